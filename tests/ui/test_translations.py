"""Every visible string is translated into Dutch and English, and the set-up built
the ``.qm`` files Qt loads.

lupdate runs over the code into a copy of the committed ``.ts`` files: a string
added to the code but not to the translations shows up as unfinished and fails here.
"""

import importlib.util
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]


def _tools():
    spec = importlib.util.spec_from_file_location("translations", ROOT / "tools/translations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


translations = _tools()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_translation_source_is_complete(language: str, tmp_path: Path) -> None:
    for lang in translations.LANGUAGES:
        committed = translations.ts_file(lang)
        assert committed.exists(), f"{committed.name} is missing"
        shutil.copy(committed, translations.ts_file(lang, tmp_path))
    translations.run_lupdate(tmp_path)
    assert translations.problems(translations.ts_file(language, tmp_path)) == []


def test_sources_include_the_whole_qt_layer() -> None:
    names = {p.relative_to(ROOT / "interviewdesk").as_posix() for p in translations.sources()}
    assert {"app.py", "ui/main_window.py", "ui/messages.py"} <= names


def test_problems_reports_an_unfinished_message(tmp_path: Path) -> None:
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="nl_NL">'
        "<context><name>C</name><message><source>Open</source>"
        '<translation type="unfinished"></translation></message>'
        "<message><source>Close</source><translation>Sluiten</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    assert translations.problems(ts) == ["x.ts: C: 'Open' is unfinished"]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_compiled_translation_loads(language: str, qapp: object) -> None:
    from interviewdesk.ui.i18n import translation_file

    path = translation_file(language)
    assert path.exists(), f"{path.name} was not built by the set-up (python3 dev.py setup)"
    translator = QTranslator()
    assert translator.load(str(path))
    assert not translator.isEmpty()
    expected = {"nl": "&Bestand", "en": "&File"}[language]
    assert translator.translate("MainWindow", "&File") == expected


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_compiled_translation_is_up_to_date(language: str, qapp: object) -> None:
    """Every finished message of the ``.ts`` file reads the same from the ``.qm`` that
    the app loads. A ``.qm`` left from before a change of the ``.ts`` (a merge without
    ``python3 dev.py setup``) shows old or English texts, which look like a test that
    leaked its language into the next."""
    import xml.etree.ElementTree as ElementTree

    from interviewdesk.ui.i18n import translation_file

    translator = QTranslator()
    assert translator.load(str(translation_file(language)))
    stale = []
    for context in ElementTree.parse(translations.ts_file(language)).getroot():
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if (translation is None or translation.get("type") or message.get("numerus")
                    or not translation.text):
                continue
            source = message.findtext("source", "")
            if translator.translate(name, source, message.findtext("comment")) != \
                    translation.text:
                stale.append(f"{name}: {source[:60]}")
    assert stale == [], (f"{translation_file(language).name} is older than its .ts: "
                         "run python3 dev.py setup")


def test_no_translation_call_hides_inside_an_f_string() -> None:
    """lupdate cannot see ``tr()`` inside an f-string's braces: such a text would stay
    English in the Dutch interface without any test noticing."""
    import re

    hidden = re.compile(r"\{[^}]*\b(tr|translate)\(")
    found = [
        f"{path.name}:{number}"
        for path in translations.sources()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if hidden.search(line)
    ]
    assert found == []


def test_qts_own_dialogs_and_buttons_speak_dutch(qapp: Any) -> None:
    """Qt's translations (``qtbase_nl``) come with the app's own: standard buttons and
    the file dialog's texts are Dutch too."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialogButtonBox

    from interviewdesk.ui.i18n import install_language

    try:
        assert install_language("nl") == "nl"
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        assert sorted(b.text() for b in buttons.buttons()) == ["Annuleren", "Opslaan"]
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "Zoeken in:"
    finally:
        install_language("en")
