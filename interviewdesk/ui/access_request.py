"""File › "Export a candidate's data…": the access request (inzageverzoek) from the
window. The user picks the candidate (the selected one is offered first) and a folder
(starting in Documents); the export goes into a new folder there, named after the
candidate and the day, so nothing of the user's is overwritten.
"""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from interviewdesk.documents.pdf import DocumentExportError
from interviewdesk.documents.pdf.access_export import AccessExport, safe_name, write_access_export
from interviewdesk.store.candidates import candidate_choices
from interviewdesk.store.database import Database
from interviewdesk.ui import messages
from interviewdesk.ui.i18n import current_language
from interviewdesk.ui.printing import documents_folder, show_status, wait_cursor

translate = QCoreApplication.translate


def choose_candidate(parent: QWidget | None, db: Database, selected: int | None
                     ) -> tuple[int, str] | None:
    """The candidate to export: chosen from the list, the selected one first."""
    choices = candidate_choices(db)
    if not choices:
        messages.inform(parent, translate("access_request", "Export a candidate's data"),
                        translate("access_request", "There are no candidates yet."))
        return None
    names = [name for _id, name in choices]
    current = next((i for i, (cid, _n) in enumerate(choices) if cid == selected), 0)
    name, accepted = QInputDialog.getItem(
        parent, translate("access_request", "Export a candidate's data"),
        translate("access_request", "Whose data?"), names, current, False)
    if not accepted:
        return None
    return choices[names.index(name)]


def choose_folder(parent: QWidget | None) -> Path | None:
    """The folder to put the export in (a new folder is made inside it)."""
    chosen = QFileDialog.getExistingDirectory(
        parent, translate("access_request", "Where to put the export"), str(documents_folder()))
    return Path(chosen) if chosen else None


def new_folder(parent_folder: Path, name: str, day: date) -> Path:
    """A folder that does not exist yet: "Inzage Sanne de Vries 2026-12-03" (2, 3 …)."""
    base = safe_name(translate("access_request", "Personal data {name} {date}").format(
        name=name, date=day.isoformat()), "InterviewDesk")
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
