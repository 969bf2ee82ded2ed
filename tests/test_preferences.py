"""The user's choices, defined once and read the same by the window and the command line."""

from pathlib import Path

import pytest

from interviewdesk import cli, preferences
from interviewdesk.domain import agenda
from interviewdesk.reports import labels, page
from interviewdesk.ui import i18n, settings


def test_every_layer_uses_the_one_definition() -> None:
    for languages in (cli.LANGUAGES, i18n.LANGUAGES, agenda.LANGUAGES, labels.LANGUAGES,
                      settings.LANGUAGES):
        assert languages is preferences.LANGUAGES
    assert cli.PAGE_SIZES is page.PAGE_SIZES is settings.PAGE_SIZES is preferences.PAGE_SIZES


def test_what_the_window_writes_the_command_line_reads(tmp_path: Path, qapp: object) -> None:
    stored = settings.Settings(tmp_path)
    stored.language, stored.page_size, stored.keep_backups = "en", "Letter", 250
    stored.sync()
    path = tmp_path / "settings.ini"
    assert preferences.read_choice(path, preferences.LANGUAGE) == "en"
    assert preferences.read_choice(path, preferences.PAGE_SIZE) == "Letter"
    assert preferences.read_number(path, preferences.KEEP_BACKUPS) == 100  # the window's cap
    assert cli._keep_backups(tmp_path) == stored.keep_backups == 100


@pytest.mark.parametrize("text", ["", "[ui]\nlanguage = de\n[data]\nkeep_backups = lots\n",
                                  "no section at all", "[data]\nkeep_backups = -5\n"])
def test_odd_settings_files_read_as_defaults_or_in_range(tmp_path: Path, text: str) -> None:
    path = tmp_path / "settings.ini"
    path.write_text(text, encoding="utf-8")
    assert preferences.read_choice(path, preferences.LANGUAGE) is None
    assert 1 <= preferences.read_number(path, preferences.KEEP_BACKUPS) <= 100


def test_a_settings_file_that_is_not_text_reads_as_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_bytes(b"\xff\xfe[ui]\x00language=en")
    assert preferences.read_choice(path, preferences.LANGUAGE) is None
    assert preferences.read_number(path, preferences.KEEP_BACKUPS) == 10
