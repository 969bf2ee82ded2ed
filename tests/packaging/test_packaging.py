"""The desktop build's pieces that can be checked without building: which Qt files it
leaves out, the Linux desktop entry, and the icon sizes (the build itself and the
frozen app are tested by tools/smoke_frozen.py, in CI)."""

import configparser
import importlib.util
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from interviewdesk import app

ROOT = Path(__file__).resolve().parents[2]


def _qt_trim() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "qt_trim", ROOT / "packaging" / "pyinstaller" / "qt_trim.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


qt_trim = _qt_trim()


@pytest.mark.parametrize("path", [
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",  # the screenshot command needs it
    "PySide6/plugins/platforms/qwindows.dll",
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "PySide6/Qt/translations/qtbase_nl.qm",
    "PySide6/Qt/lib/libQt6Core.so.6",
    "resources/translations/interviewdesk_nl.qm",
    "interviewdesk/store/migrations/versions/0001_initial.py",
    "resources/library/starter.nl.toml",
])
def test_what_the_app_uses_is_kept(path: str) -> None:
    assert qt_trim.keep(path)


@pytest.mark.parametrize("path", [
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/plugins/imageformats/qtiff.dll",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
])
def test_what_the_app_never_loads_is_left_out(path: str) -> None:
    assert not qt_trim.keep(path)


def test_the_desktop_entry_names_the_program_and_its_icon_in_both_languages() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "resources" / "interviewdesk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"].split()[0] == "InterviewDesk"
    assert desktop["Icon"] == app.DESKTOP_FILE_NAME
    assert desktop["Terminal"] == "false"
    assert desktop["Categories"] == "Office;"
    assert desktop["Comment"] and desktop["Comment[nl]"]


def test_every_icon_size_is_there_at_its_size(qapp: Any) -> None:
    from PySide6.QtGui import QImage

    for size in app.ICON_SIZES:
        image = QImage(str(app.ICONS_DIR / f"interviewdesk-{size}.png"))
        assert (image.width(), image.height()) == (size, size)


def test_the_build_ships_what_the_package_data_lists() -> None:
    """build.spec takes its data files from pyproject.toml: the migrations, and from the
    top-level resources/ folder the compiled translations, icons, fonts and data files."""
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "tool"]["setuptools"]["package-data"]
    for needed in ("store/migrations/*.py", "store/migrations/versions/*.py"):
        assert needed in package_data["interviewdesk"]
    for needed in ("translations/*.qm", "icons/*", "fonts/*", "*.toml", "library/*.toml",
                   "letters/*.toml", "exercises/*.toml"):
        assert needed in package_data["interviewdesk.resources"]


def test_every_shipped_file_is_matched_by_a_package_data_pattern() -> None:
    """A file added to resources/ but not to pyproject.toml would be missing from the
    wheel and the frozen folder only."""
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "tool"]["setuptools"]["package-data"]["interviewdesk.resources"]
    resources = ROOT / "resources"
    shipped = {path for pattern in patterns for path in resources.glob(pattern)}
    for path in resources.rglob("*"):
        if path.is_file() and path.suffix not in {".md", ".qm"}:
            assert path in shipped, path.relative_to(ROOT)
