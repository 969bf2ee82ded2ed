"""Text in any script prints legibly: right-to-left words in reading order, CJK from
the fallback font, and what no font has as a visible � with a note — never an
empty box."""

from pathlib import Path

from interviewdesk.reports.blocks import text_flow
from interviewdesk.reports.page import Layout, Metadata, Running, render
from interviewdesk.reports.scripts import (
    FALLBACK,
    HANGUL,
    paragraph_markup,
    take_unprintable,
    visual_order,
)
from tests.reports.pdf_support import font_names, text_of


def _pdf(tmp_path: Path, text: str, header: str = "Report") -> Path:
    take_unprintable()
    data = render(text_flow(text), Layout(), Running(header, "", "InterviewDesk", "en"),
                  Metadata("t", "a", "s", "en"))
    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    return path


def test_right_to_left_words_come_in_reading_order() -> None:
    # Hebrew "shalom olam david": read from the right, so drawn left to right reversed.
    assert visual_order("שלום עולם דוד") == "דוד עולם שלום"
    assert visual_order("Naam محمد علي") == "Naam علي محمد"
    assert visual_order("Sanne de Vries") == "Sanne de Vries"
    assert visual_order("Naam محمد علي (2024)") == "Naam (2024) علي محمد"
    assert visual_order("محمد (علي)") == "(علي) محمد"  # HarfBuzz turns and mirrors it


def test_arabic_and_hebrew_print_as_words_in_order(tmp_path: Path) -> None:
    path = _pdf(tmp_path, "مرحبا بالعالم\n\nשלום עולם")
    text = text_of(path)  # in drawing order: each word's letters from the left
    assert "םולש" in text and "םלוע" in text
    assert "ابحرم" in text  # the joined word, turned by HarfBuzz
    assert "�" not in text


def test_cjk_prints_in_the_fallback_font(tmp_path: Path) -> None:
    path = _pdf(tmp_path, "王小明 山田太郎 ひらがな")
    assert any(FALLBACK in name for name in font_names(path))
    assert "王小明" in text_of(path)
    assert "none of InterviewDesk's fonts" not in text_of(path)


def test_korean_prints_in_the_hangul_font(tmp_path: Path) -> None:
    # Droid Sans Fallback has no Hangul syllables: they come from the second fallback,
    # while the Chinese beside them stays in the first.
    path = _pdf(tmp_path, "김민준 (金民俊), 한국어 이력서, ㄱㄴ")
    assert any(HANGUL in name for name in font_names(path))
    assert any(FALLBACK in name for name in font_names(path))
    text = text_of(path)
    assert "김민준" in text and "한국어" in text and "金民俊" in text
    assert "�" not in text
    assert "none of InterviewDesk's fonts" not in text


def test_what_no_font_has_is_marked_and_explained(tmp_path: Path) -> None:
    path = _pdf(tmp_path, "Devanagari: नमस्ते, Korean: 김민준")
    text = text_of(path)
    assert "�" in text  # the Devanagari
    assert "김민준" in text
    assert "none of InterviewDesk's fonts" in text


def test_plain_latin_needs_nothing_special(tmp_path: Path) -> None:
    assert paragraph_markup("Joël & <Anna>") == "Joël &amp; &lt;Anna&gt;"
    path = _pdf(tmp_path, "Sanne de Vries, servicemonteur")
    assert "none of InterviewDesk's fonts" not in text_of(path)
    assert not any(FALLBACK in name for name in font_names(path))
