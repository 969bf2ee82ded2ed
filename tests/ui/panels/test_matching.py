"""Matching keywords and find queries the way an interviewer means them."""

from interviewdesk.ui.panels.matching import (
    find_spans,
    fold,
    keyword_pattern,
    keyword_spans,
    looks_like_heading,
    split_keywords,
    to_qt_spans,
    utf16_positions,
)


def words(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[start:start + length] for start, length in spans]


def test_fold_keeps_length_and_drops_case_and_accents() -> None:
    text = "Joël Çelik — CAFÉ Straße İzmir"
    assert len(fold(text)) == len(text)
    assert fold("Joël CAFÉ") == "joel cafe"


def test_keywords_match_at_word_start_as_whole_words() -> None:
    text = "Storingen verhelpen, storingsdienst; geen opstoring. Klantgerichtheid!"
    pattern = keyword_pattern(["storing", "klantgericht"])
    assert words(text, keyword_spans(text, pattern)) == [
        "Storingen", "storingsdienst", "Klantgerichtheid"]


def test_keywords_ignore_accents_and_match_phrases_over_line_breaks() -> None:
    text = "Café-ervaring en probleemoplossend\nvermogen"
    pattern = keyword_pattern(["cafe", "Probleemoplossend vermogen"])
    assert words(text, keyword_spans(text, pattern)) == [
        "Café", "probleemoplossend\nvermogen"]


def test_split_keywords_splits_dedups_and_drops_tiny_ones() -> None:
    entries = ["Klantgerichtheid", "klant, storing; cv-ketel", "KLANT", "x", "  "]
    assert split_keywords(entries) == ["Klantgerichtheid", "klant", "storing", "cv-ketel"]
    assert keyword_pattern(["", "x"]) is None


def test_find_spans_ignore_case_and_accents() -> None:
    text = "Café, cafe en CAFÉS"
    assert words(text, find_spans(text, "cafe")) == ["Café", "cafe", "CAFÉ"]
    assert find_spans(text, "   ") == []


def test_spans_convert_to_qt_positions_after_emoji() -> None:
    text = "👍 storing"
    spans = find_spans(text, "storing")
    assert spans == [(2, 7)]
    assert to_qt_spans(spans, utf16_positions(text)) == [(3, 7)]
    assert utf16_positions("storing") is None


def test_headings_are_short_lines_after_a_blank_line() -> None:
    assert looks_like_heading("Werkervaring", "", "2019 – heden")
    assert looks_like_heading("Wat ga je doen?", None, "• Onderhoud")
    assert not looks_like_heading("Geachte mevrouw Meijer,", "", "Met veel plezier")
    assert not looks_like_heading("Werkervaring", "Profiel tekst", "2019")
    assert not looks_like_heading("Werkervaring", "", "")
    assert not looks_like_heading("  • VCA-VOL", "", "x")
