"""File › "Export a candidate's data…": the access request (inzageverzoek) from the
window. The user picks the candidate (the selected one is offered first) and a folder
(starting in Documents); the export goes into a new folder there, named after the
candidate and the day, so nothing of the user's is overwritten.
"""

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from interviewdesk.reports import DocumentExportError
from interviewdesk.reports.access_export import AccessExport, safe_name, write_access_export
from interviewdesk.store.candidates import candidate_choices
from interviewdesk.store.database import Database
from interviewdesk.ui import messages
from interviewdesk.ui.i18n import current_language
from interviewdesk.ui.printing import documents_folder, show_status, wait_cursor

if TYPE_CHECKING:
    from interviewdesk.ui.home import RecordCommands

translate = QCoreApplication.translate


def choose_candidate(parent: QWidget | None, db: Database, selected: int | None
                     ) -> tuple[int, str] | None:
    """The candidate to export: chosen from the list, the selected one first."""
    choices = candidate_choices(db)
    if not choices:
        messages.inform(parent, translate("access_request", "Export a candidate's data"),
                        translate("access_request", "There are no candidates yet."))
        return None
    return _pick(parent, translate("access_request", "Export a candidate's data"), choices,
                 selected)


def _pick(parent: QWidget | None, title: str, choices: list[tuple[int, str]],
          selected: int | None) -> tuple[int, str] | None:
    names = [name for _id, name in choices]
    current = next((i for i, (cid, _n) in enumerate(choices) if cid == selected), 0)
    name, accepted = QInputDialog.getItem(
        parent, title, translate("access_request", "Whose data?"), names, current, False)
    if not accepted:
        return None
    return choices[names.index(name)]


def choose_folder(parent: QWidget | None) -> Path | None:
    """The folder to put the export in (a new folder is made inside it)."""
    chosen = QFileDialog.getExistingDirectory(
        parent, translate("access_request", "Where to put the export"), str(documents_folder()))
    return Path(chosen) if chosen else None


def new_folder(parent_folder: Path, name: str, day: date, label: str = "") -> Path:
    """A folder that does not exist yet: "Inzage Sanne de Vries 2026-12-03" (2, 3 …)."""
    label = label or translate("access_request", "Personal data {name} {date}")
    base = safe_name(label.format(name=name, date=day.isoformat()), "InterviewDesk")
    folder = parent_folder / base
    number = 2
    while folder.exists():
        folder = parent_folder / f"{base} ({number})"
        number += 1
    return folder


def export_candidate_data(parent: QWidget | None, db: Database, selected: int | None,
                          page_size: str) -> AccessExport | None:
    """Ask whose data and where, write the export and say where it is."""
    candidate = choose_candidate(parent, db, selected)
    if candidate is None:
        return None
    folder = choose_folder(parent)
    if folder is None:
        return None
    candidate_id, name = candidate
    target = new_folder(folder, name, date.today())
    try:
        with wait_cursor():
            written = write_access_export(db, candidate_id, target, language=current_language(),
                                          page_size=page_size)
    except DocumentExportError as error:
        messages.error(parent, translate("access_request", "Export not made"),
                       str(error))
        return None
    title = translate("access_request", "Export a candidate's data")
    messages.inform(parent, title, translate(
        "access_request",
        "Everything held on {name} is in {folder}: a PDF to read, a JSON file with the same "
        "data, and the original documents. Only your user account can open them.").format(
            name=name, folder=written.folder))
    show_status(parent, translate("access_request", "Data of {name} exported to {folder}"
                                  ).format(name=name, folder=written.folder))
    return written


def move_to_personnel_file(parent: QWidget | None, db: Database, commands: "RecordCommands",
                           selected: int | None, page_size: str) -> bool:
    """A hired candidate's data to the personnel file: export everything into a new
    folder, then (only if that worked) erase it here, also from the backups."""
    from interviewdesk.store.retention import hired_candidates

    title = translate("access_request", "Move to the personnel file")
    hired = hired_candidates(db)
    if not hired:
        messages.inform(parent, title, translate(
            "access_request", "Nobody has been hired yet: only a hired candidate's data "
            "moves to the personnel file."))
        return False
    candidate = _pick(parent, title, hired, selected)
    if candidate is None:
        return False
    folder = choose_folder(parent)
    if folder is None:
        return False
    candidate_id, name = candidate
    target = new_folder(folder, name, date.today(),
                        translate("access_request", "Personnel file {name} {date}"))
    if not messages.confirm(parent, title, translate(
            "access_request", "Export everything held on {name} to {folder}, then delete "
            "{name} here, also from the backups? Put the exported folder in the personnel "
            "file. The deletion cannot be undone.").format(name=name, folder=target),
            translate("access_request", "Export and delete")):
        return False
    try:
        with wait_cursor():
            write_access_export(db, candidate_id, target, language=current_language(),
                                page_size=page_size)
    except DocumentExportError as error:
        messages.error(parent, translate("access_request", "Export not made"),
                       translate("access_request", "Nothing was deleted.") + " " + str(error))
        return False
    return commands.erase_candidate(candidate_id, name, "personnel_file", ask=False)
