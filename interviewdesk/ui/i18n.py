"""Language: which one is in use, and installing Qt translators for it.

The source strings are English; Dutch and English ``.ts`` files are compiled to
``.qm`` by the set-up. The agenda and scales carry both languages as data, and
:func:`current_language` tells the widgets which one to show.
"""

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from interviewdesk.preferences import LANGUAGES
from interviewdesk.resource_files import resource

TRANSLATIONS_DIR = resource("translations")

_state: dict[str, object] = {"language": "en", "translators": []}


def system_language() -> str:
    """Dutch when the system locale is Dutch, English otherwise."""
    name = QLocale.system().name()
    return "nl" if name.lower().startswith("nl") else "en"


def current_language() -> str:
    """The language the interface is in now ("nl" or "en")."""
    return str(_state["language"])


def translation_file(language: str) -> Path:
    """The compiled translation of the application's own strings for ``language``."""
    return TRANSLATIONS_DIR / f"interviewdesk_{language}.qm"


@dataclass(frozen=True)
class LanguageState:
    """The interface language as it is at one moment: which language, the translators
    installed for it, and the default locale (dates and numbers)."""

    language: str
    translators: tuple[QTranslator, ...]
    locale: QLocale


def language_state() -> LanguageState:
    """The language now, to be put back with :func:`restore_language` by code that
    switches it for a while (a test)."""
    return LanguageState(current_language(), tuple(_state["translators"]),  # type: ignore[arg-type]
                         QLocale())


def restore_language(state: LanguageState) -> bool:
    """Put the language back as it was in ``state`` (the same translator objects, no
    file read again); ``False`` if nothing had changed."""
    now = language_state()
    if (now.language == state.language and now.translators == state.translators
            and now.locale == state.locale):
        return False
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("restore_language needs a QApplication.")
    for translator in now.translators:
        app.removeTranslator(translator)
    for translator in state.translators:  # in the order install_language put them
        app.installTranslator(translator)
    _state["translators"] = list(state.translators)
    _state["language"] = state.language
    QLocale.setDefault(state.locale)
    return True


def install_language(language: str | None) -> str:
    """Make ``language`` (or the system's, if ``None`` or unknown) the interface
    language: removes earlier translators, installs the application's and Qt's own
    (standard buttons, dialogs). Returns the language now in use."""
    if language not in LANGUAGES:
        language = system_language()
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication.")
    for old in _state["translators"]:  # type: ignore[union-attr]
        app.removeTranslator(old)
    installed: list[QTranslator] = []
    own = QTranslator(app)
    if own.load(str(translation_file(language))):
        app.installTranslator(own)
        installed.append(own)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en" and qt.load(QLocale(language), "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    _state["translators"] = installed
    _state["language"] = language
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if language == "nl"
                               else QLocale.Language.English,
                               QLocale.Country.Netherlands if language == "nl"
                               else QLocale.Country.UnitedKingdom))
    return language
