"""The printed texts: every message in Dutch and English, with the same placeholders,
and each one used; dates and numbers written the way each language writes them."""

import re
import string
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from interviewdesk.reports import labels

SOURCE = Path(labels.__file__).parent


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(labels.MESSAGES))
def test_every_message_has_both_languages_with_the_same_placeholders(key: str) -> None:
    message = labels.MESSAGES[key]
    assert set(message) == set(labels.LANGUAGES)
    assert all(message[language].strip() for language in labels.LANGUAGES)
    assert placeholders(message["nl"]) == placeholders(message["en"])


def test_every_message_is_used_by_a_document() -> None:
    code = "\n".join(path.read_text(encoding="utf-8") for path in SOURCE.glob("*.py")
                     if path.name != "labels.py")
    used = set(re.findall(r"""["']([a-z_]+(?:\.[a-z_]+)?)["']""", code))
    unused = sorted(set(labels.MESSAGES) - used - {"and"})  # "and": in join_names
    assert not unused


def test_months_and_pdf_languages() -> None:
    assert all(len(labels.MONTHS[language]) == 12 for language in labels.LANGUAGES)
    assert set(labels.PDF_LANG) == set(labels.LANGUAGES)


def test_dates_numbers_and_names_per_language() -> None:
    assert labels.format_date(date(2026, 2, 3), "nl") == "3 februari 2026"
    assert labels.format_date(date(2026, 2, 3), "en") == "3 February 2026"
    assert labels.format_date(None, "nl") == ""
    moment = datetime(2026, 3, 9, 12, 0, tzinfo=UTC)
    local = moment.astimezone()
    assert labels.format_moment(moment, "nl") == (
        f"{labels.format_date(local.date(), 'nl')}, {local:%H:%M}")
    assert labels.format_number(3.6666, "nl") == "3,7"
    assert labels.format_number(3.6666, "en") == "3.7"
    assert labels.format_number(4.0, "nl") == "4"
    assert labels.join_names(["A"], "nl") == "A"
    assert labels.join_names(["A", "B", "C"], "nl") == "A, B en C"
    assert labels.join_names(["A", "B"], "en") == "A and B"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="nl or en"):
        labels.check_language("de")
