"""Choosing a package file: one module, so tests can stand in for the file dialogs."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from interviewdesk.exchange import SUFFIX


def _filter() -> str:
    return QCoreApplication.translate("exchange", "InterviewDesk packages (*{suffix})").format(
        suffix=SUFFIX)


def choose_save_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where to save a package (``.idpkg`` added if missing); ``None`` if cancelled."""
    chosen, _filter_used = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("exchange", "Save the package"), str(suggested),
        _filter())
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)


def choose_open_path(parent: QWidget | None, folder: Path) -> Path | None:
    """A package to import; ``None`` if cancelled."""
    chosen, _filter_used = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("exchange", "Import a package"), str(folder),
        _filter())
    return Path(chosen) if chosen else None
