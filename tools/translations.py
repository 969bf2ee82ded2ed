"""Keep the translation sources (``.ts``) in step with the code.

    python3 dev.py translations     # runs this with the project's environment

Runs Qt's ``lupdate`` over the Qt layer (``interviewdesk/ui`` and ``app.py``) for
every shipped language. English is the source language, so its ``.ts`` is filled
with the source texts automatically (plural forms excepted: those are written by
hand); Dutch is translated by hand in Qt Linguist (``pyside6-linguist``) or any
editor. ``tests/ui/test_translations.py`` uses :func:`run_lupdate` and
:func:`problems` to fail on any string that is new, unfinished or missing.
"""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "interviewdesk"
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = {"nl": "nl_NL", "en": "en_GB"}


def ts_file(language: str, folder: Path = TS_DIR) -> Path:
    """The translation source of ``language``."""
    return folder / f"interviewdesk_{language}.ts"


def sources() -> list[Path]:
    """Every Python file whose strings the user can see: the Qt layer."""
    return sorted([*(PACKAGE / "ui").rglob("*.py"), PACKAGE / "app.py"])


def _tool(name: str) -> Path:
    base = Path(PySide6.__file__).parent
    for candidate in (base / name, base / f"{name}.exe", base / "Qt" / "bin" / name):
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"Qt's {name} is not in the PySide6 installation.")


def run_lupdate(folder: Path = TS_DIR) -> None:
    """Bring the ``.ts`` files in ``folder`` up to date with the sources."""
    files = [str(p) for p in sources()]
    for language, locale in LANGUAGES.items():
        subprocess.run(
            [str(_tool("lupdate")), "-silent", "-no-obsolete", "-locations", "none",
             "-target-language", locale, *files, "-ts", str(ts_file(language, folder))],
            check=True,
        )


def fill_english(folder: Path = TS_DIR) -> int:
    """Give every unfinished English message its source text; returns how many."""
    path = ts_file("en", folder)
    tree = ET.parse(path)
    filled = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        if message.get("numerus") == "yes":
            continue
        translation.text = message.findtext("source")
        del translation.attrib["type"]
        filled += 1
    if filled:
        # ElementTree drops the DOCTYPE line that lupdate and Qt Linguist write.
        body = ET.tostring(tree.getroot(), encoding="unicode")
        path.write_text(
            f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
        )
    return filled


def problems(path: Path) -> list[str]:
    """What is unfinished, missing or obsolete in the translation source ``path``."""
    found: list[str] = []
    for context in ET.parse(path).iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            forms = [] if translation is None else list(translation.iter("numerusform"))
            texts = [f.text for f in forms] if forms else [
                None if translation is None else translation.text]
            kind = None if translation is None else translation.get("type")
            if kind in {"unfinished", "obsolete", "vanished"}:
                found.append(f"{path.name}: {name}: {source!r} is {kind}")
            elif not all(t and t.strip() for t in texts):
                found.append(f"{path.name}: {name}: {source!r} has no translation")
    return found


def main() -> int:
    run_lupdate()
    print(f"English: {fill_english()} message(s) filled from the source texts.")
    remaining = [p for lang in LANGUAGES for p in problems(ts_file(lang))]
    for line in remaining:
        print(line)
    return 1 if remaining else 0


if __name__ == "__main__":
    sys.exit(main())
