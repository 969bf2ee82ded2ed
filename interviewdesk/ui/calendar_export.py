"""Saving an interview's calendar file (.ics) from the Interview menu: asks where,
writes it (0600, see ``reports.calendar``), and says what happened. The file holds
the interview (with panel and candidate, place and panel names) and the date the
candidate must hear from the firm; it can be mailed to the panel and the candidate."""

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from interviewdesk.reports.calendar import CalendarError, write_interview_calendar
from interviewdesk.store.database import Database
from interviewdesk.ui import messages
from interviewdesk.ui.printing import documents_folder

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def ask_ics_path(parent: QWidget | None, suggested_name: str) -> Path | None:
    """The file the user chose to save the calendar file as; ``None`` if cancelled.
    (One function, so that tests can stand in for the file dialog.)"""
    name = " ".join(_UNSAFE.sub(" ", suggested_name).split()).strip(" .") or "InterviewDesk"
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("calendar_export", "Save calendar file"),
        str(documents_folder() / f"{name}.ics"),
        QCoreApplication.translate("calendar_export", "Calendar files (*.ics)"))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".ics" else path.with_name(path.name + ".ics")


def export_interview_calendar(parent: QWidget | None, db: Database, interview_id: int,
                              candidate_name: str, language: str) -> Path | None:
    """Ask where, write the calendar file of ``interview_id``; the path, or ``None``."""
    output = ask_ics_path(parent, QCoreApplication.translate(
        "calendar_export", "Interview {name}").format(name=candidate_name))
    if output is None:
        return None
    try:
        return write_interview_calendar(db, interview_id, output, language=language)
    except CalendarError as error:
        text = str(error)
        if "no date and time" in text:
            shown = QCoreApplication.translate(
                "calendar_export", "This interview has no date and time yet. Plan it first "
                "with “Edit planning…”.")
        elif "no interview" in text:
            shown = QCoreApplication.translate("calendar_export",
                                               "This interview no longer exists.")
        else:
            shown = QCoreApplication.translate(
                "calendar_export", "The calendar file could not be written to {path}. Check "
                "that the folder exists and that you may write in it.").format(path=output)
        messages.error(parent, QCoreApplication.translate(
            "calendar_export", "Calendar file not made"), shown, text)
        return None
