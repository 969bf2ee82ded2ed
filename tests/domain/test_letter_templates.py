"""Letter templates: every shipped one renders in both languages and both forms of
address, a missing value shows, a firm's own file wins and a broken one is named, and
the ``mailto:`` link carries every character."""

from datetime import date, datetime
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from interviewdesk.domain import letters
from interviewdesk.domain.letters import (
    PLACEHOLDERS,
    TEMPLATES,
    LetterTemplateError,
    load_template,
    mailto_url,
    render,
)

FILLED = {
    "candidate_name": "Daniëlle Kok",
    "candidate_first_name": "Daniëlle",
    "vacancy_title": "Servicemonteur Utrecht",
    "interview_date": "donderdag 3 december 2026",
    "interview_time": "10:00",
    "interview_place": "Kantoor Utrecht, Vaartweg 12",
    "interview_length": "60 minuten",
    "panel": "Anna Bakker en Bert Smit",
    "reasons": "Te weinig ervaring met storingen aan koelinstallaties.",
    "feedback_date": "vrijdag 11 december 2026",
    "firm_name": "Koeltechniek Jansen B.V.",
    "sender_name": "Marieke Jansen",
}


def _placeholders(text: str) -> set[str]:
    return {name for name in PLACEHOLDERS if "{" + name + "}" in text}


@pytest.mark.parametrize("name", TEMPLATES)
@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("form", ["u", "je"])
def test_every_template_renders_with_every_value_filled(name: str, language: str,
                                                        form: str) -> None:
    template = load_template(name, language)
    letter = render(template, FILLED, form)
    assert letter.missing == ()
    assert "{" not in letter.body + letter.subject and "}" not in letter.body
    assert "«" not in letter.body + letter.subject
    assert letter.subject and "\n" not in letter.subject
    assert "Servicemonteur Utrecht" in letter.subject
    # Dutch picks the full name for "u" and the first name for "je".
    skipped = {"nl": {"u": "candidate_first_name", "je": "candidate_name"}}
    for placeholder in _placeholders(template.body) - {skipped.get(language, {}).get(form)}:
        assert FILLED[placeholder] in letter.body, placeholder
    assert letter.body.rstrip().endswith("Koeltechniek Jansen B.V.")
    if name in letters.REJECTIONS:
        assert FILLED["reasons"] in letter.body
    if language == "en":
        assert letter.body.startswith("Dear Daniëlle Kok,")
    elif form == "u":
        assert letter.body.startswith("Geachte Daniëlle Kok,")
        assert " je " not in letter.body and " jouw " not in letter.body
    else:
        assert letter.body.startswith("Beste Daniëlle,")
        assert " u " not in letter.body and " uw " not in letter.body


@pytest.mark.parametrize("name", TEMPLATES)
@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_missing_value_is_visible_never_blank(name: str, language: str) -> None:
    template = load_template(name, language)
    used = _placeholders(template.subject + template.body)
    for placeholder in used:
        values = {**FILLED, placeholder: "  "}
        marker = letters.missing_marker(placeholder, language)
        shown = 0
        for form in ("u", "je"):
            letter = render(template, values, form)
            if letter.missing:
                assert letter.missing == (placeholder,)
                assert marker in letter.subject + letter.body
                shown += 1
            else:  # a Dutch choice left it out in this form of address
                assert placeholder in ("candidate_name", "candidate_first_name")
        assert shown


def test_the_dutch_markers_are_dutch() -> None:
    letter = render(load_template("invitation", "nl"), {}, "u")
    assert "Datum: «datum gesprek»" in letter.body
    assert "«naam organisatie»" in letter.body
    template = load_template("invitation", "nl")
    # "u": the full name; the first name (for "je") is not asked for
    assert set(letter.missing) == (_placeholders(template.body + template.subject)
                                   - {"candidate_first_name"})
    assert "Date: «interview date»" in render(load_template("invitation", "en"), {}).body


def test_every_template_exists_in_both_languages_and_tells_the_rejected_why() -> None:
    for name in TEMPLATES:
        for language in ("nl", "en"):
            assert (letters.SHIPPED_FOLDER / letters.file_name(name, language)).is_file()
    for name in letters.REJECTIONS:
        assert "{reasons}" in load_template(name, "nl").body
        assert "{reasons}" in load_template(name, "en").body
    invitation = load_template("invitation", "nl").body
    for needed in ("interview_date", "interview_time", "interview_place", "panel",
                   "interview_length"):
        assert "{" + needed + "}" in invitation
    assert "identiteitsbewijs" in invitation  # what to bring


def _firm_file(data_dir: Path, name: str, language: str, text: str) -> Path:
    folder = data_dir / letters.FIRM_FOLDER
    folder.mkdir(exist_ok=True)
    path = folder / letters.file_name(name, language)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_firm_file_overrides_the_shipped_template(tmp_path: Path) -> None:
    _firm_file(tmp_path, "thank_you", "nl",
               'subject = "Dank, {candidate_first_name}"\n'
               'body = """\n{Geachte {candidate_name}|Hoi {candidate_first_name}},\n\n'
               'Groet van {firm_name}\n"""\n')
    template = load_template("thank_you", "nl", tmp_path)
    assert letters.is_firm_template("thank_you", "nl", tmp_path)
    letter = render(template, FILLED, "je")
    assert letter.subject == "Dank, Daniëlle"
    assert letter.body == "Hoi Daniëlle,\n\nGroet van Koeltechniek Jansen B.V."
    # the other language and the other templates stay the shipped ones
    assert load_template("thank_you", "en", tmp_path).source.endswith(
        str(Path("resources") / "letters" / "thank_you.en.toml"))
    assert not letters.is_firm_template("invitation", "nl", tmp_path)


@pytest.mark.parametrize(("text", "expected"), [
    ('subject = "Hoi"\nbody = "Beste {kandidaat_naam}"\n',
     "unknown placeholder {kandidaat_naam}"),
    ('subject = "Hoi {vacature}"\nbody = "Beste"\n', "subject: unknown placeholder {vacature}"),
    ('subject = "Hoi"\nbody = "Beste {candidate_name"\n', "a '{' without its '}'"),
    ('subject = "Hoi"\nbody = "Beste candidate_name}"\n', "a '}' without its '{'"),
    ('subject = "Hoi"\nbody = "{u|je|jij}"\n', "must be one choice"),
    ('subject = "Hoi"\n', "'body' is missing or empty"),
    ('subject = "Hoi"\nbody = 3\n', "'body' is missing or empty"),
    ('subject = "Hoi"\nbody = "x"\nfooter = "y"\n', "unknown key 'footer'"),
    ('subject = "Hoi\nbody = "x"\n', "not valid TOML"),
])
def test_a_broken_firm_file_is_a_clear_error_naming_the_file(
        tmp_path: Path, text: str, expected: str) -> None:
    path = _firm_file(tmp_path, "invitation", "en", text)
    with pytest.raises(LetterTemplateError) as raised:
        load_template("invitation", "en", tmp_path)
    assert str(path) in str(raised.value)
    assert expected in str(raised.value)


def test_a_firm_file_that_is_not_text_or_too_large_is_refused(tmp_path: Path) -> None:
    path = _firm_file(tmp_path, "invitation", "nl", "")
    path.write_bytes(b'subject = "\xff"\nbody = "x"\n')
    with pytest.raises(LetterTemplateError, match="not UTF-8"):
        load_template("invitation", "nl", tmp_path)
    path.write_bytes(b"#" * (letters.TEMPLATE_MAX_BYTES + 1))
    with pytest.raises(LetterTemplateError, match="too large"):
        load_template("invitation", "nl", tmp_path)


def test_an_unknown_template_or_language_is_refused() -> None:
    with pytest.raises(LetterTemplateError, match="no letter template 'welcome'"):
        load_template("welcome", "nl")
    with pytest.raises(LetterTemplateError, match="not 'de'"):
        load_template("invitation", "de")


def test_a_value_with_braces_is_written_as_it_is() -> None:
    """Values are never read as template text: a name with braces stays a name."""
    letter = render(load_template("thank_you", "en"),
                    {**FILLED, "candidate_name": "{panel} {x|y}"}, "je")
    assert letter.body.startswith("Dear {panel} {x|y},")


def test_values_are_written_as_letters_write_them() -> None:
    assert letters.long_date(date(2026, 12, 3), "nl") == "donderdag 3 december 2026"
    assert letters.long_date(date(2026, 12, 3), "en") == "Thursday 3 December 2026"
    assert letters.long_date(None, "nl") == ""
    assert letters.clock_time(datetime(2026, 12, 3, 9, 5)) == "09:05"
    assert letters.length(45, "nl") == "45 minuten"
    assert letters.length(0, "en") == ""
    assert letters.name_list(["Anna", "Bert", "Carla"], "nl") == "Anna, Bert en Carla"
    assert letters.name_list(["Anna", " "], "en") == "Anna"
    assert letters.name_list(["Anna", "Bert"], "en") == "Anna and Bert"
    assert letters.first_name("  Sanne de Vries ") == "Sanne"


def test_mailto_encodes_every_character_and_line_break() -> None:
    body = "Beste Daniëlle,\n\nDatum: 3-12 & tijd 10:00?\r\nGroet = 100% #1 +"
    url = mailto_url("daniëlle.kok@example.nl", "Uitnodiging: Servicemonteur & co?", body)
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "daniëlle.kok@example.nl"
    assert " " not in url and "\n" not in url and "#" not in url.split("?", 1)[1]
    query = parse_qs(parts.query, keep_blank_values=True)
    assert query["subject"] == ["Uitnodiging: Servicemonteur & co?"]
    assert query["body"] == [body.replace("\r\n", "\n").replace("\n", "\r\n")]
    assert "%0D%0A%0D%0ADatum" in url
    assert mailto_url("", "x", "y").startswith("mailto:?subject=x")


def test_a_long_body_does_not_fit_in_a_mailto_link() -> None:
    assert letters.mailto_fits(mailto_url("a@b.nl", "x", "kort"))
    assert not letters.mailto_fits(mailto_url("a@b.nl", "x", "ë" * 400))


def test_the_contact_summary_is_the_subject_and_the_first_lines() -> None:
    body = "Beste Daniëlle,\n\nHartelijk dank.\nRegel twee.\n\nRegel drie.\nRegel vier."
    assert letters.contact_summary("Onderwerp", body) == (
        "Onderwerp\nHartelijk dank.\nRegel twee.\nRegel drie.")
    assert len(letters.contact_summary("x", "y" * 5000)) == 400


def test_a_firm_template_that_is_no_file_is_refused_at_once(tmp_path: Path) -> None:
    import os

    folder = tmp_path / letters.FIRM_FOLDER
    folder.mkdir()
    (folder / letters.file_name("invitation", "nl")).mkdir()
    with pytest.raises(LetterTemplateError, match="not a file"):
        load_template("invitation", "nl", tmp_path)
    os.symlink("/dev/zero", folder / letters.file_name("invitation", "en"))
    with pytest.raises(LetterTemplateError, match="not a file"):
        load_template("invitation", "en", tmp_path)
