"""Missing system libraries for Qt's window are named, with the packages to install,
before Qt aborts with its own message."""

import ctypes
from typing import Any

import pytest

from interviewdesk import app, early_checks


def test_xcb_is_used_unless_another_platform_or_wayland(monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    monkeypatch.setattr(early_checks.sys, "platform", "linux")
    assert early_checks.uses_xcb({"DISPLAY": ":0"})
    assert early_checks.uses_xcb({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"})
    assert not early_checks.uses_xcb({"QT_QPA_PLATFORM": "offscreen"})
    assert not early_checks.uses_xcb({"WAYLAND_DISPLAY": "wayland-0"})
    monkeypatch.setattr(early_checks.sys, "platform", "win32")
    assert not early_checks.uses_xcb({})


def test_a_missing_library_is_named_with_its_packages(monkeypatch: pytest.MonkeyPatch) -> None:
    real = ctypes.CDLL

    def load(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "libxcb-cursor.so.0":
            raise OSError("libxcb-cursor.so.0: cannot open shared object file")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(early_checks.ctypes, "CDLL", load)
    assert early_checks.missing_qt_libraries() == ["libxcb-cursor.so.0"]
    advice = early_checks.qt_libraries_advice(["libxcb-cursor.so.0"])
    assert "sudo apt install libxcb-cursor0" in advice
    assert "sudo dnf install xcb-util-cursor" in advice
    assert "keysyms" not in advice


def test_the_app_stops_with_the_advice_before_qt(data_dir: Any,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(early_checks, "check_qt_libraries", lambda: "install libxcb-cursor0")
    monkeypatch.setattr(early_checks, "tell_without_qt", told.append)
    assert app.main(["--data-dir", str(data_dir)]) == app.EXIT_NOT_STARTED
    assert told == ["install libxcb-cursor0"]


def test_dev_start_runs_the_check_first() -> None:
    from pathlib import Path

    text = (Path(__file__).resolve().parents[1] / "dev.py").read_text(encoding="utf-8")
    assert '"-m", "interviewdesk.early_checks"' in text
