"""Each test leaves the interface language as it found it (``language_restored`` in
``tests/ui/conftest.py``, on :func:`interviewdesk.ui.i18n.restore_language`): a test
that switches to Dutch does not change the texts of whichever test runs next.

The two tests at the end run in file order: the first leaves Dutch installed on
purpose, the second reads English.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from interviewdesk.ui.i18n import (
    current_language,
    install_language,
    language_state,
    restore_language,
)

DUTCH = "Alle wijzigingen opgeslagen"


def saved_text() -> str:
    return QCoreApplication.translate("SaveStatus", "All changes saved")


def test_restore_language_puts_back_translators_language_and_locale(qapp: Any) -> None:
    found = language_state()
    install_language("nl")
    assert saved_text() == DUTCH
    assert current_language() == "nl"
    assert QLocale().language() == QLocale.Language.Dutch
    assert restore_language(found)
    assert language_state() == found
    assert saved_text() == "All changes saved"
    assert current_language() == found.language
    assert QLocale() == found.locale
    assert not restore_language(found)  # nothing changed: nothing to do


def test_a_test_that_switches_to_dutch_and_leaves_it(qapp: Any) -> None:
    install_language("nl")
    assert saved_text() == DUTCH


def test_the_next_test_reads_english(qapp: Any) -> None:
    assert current_language() == "en"
    assert saved_text() == "All changes saved"
    assert QLocale().language() == QLocale.Language.English
