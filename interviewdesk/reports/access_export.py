"""The access export (inzageverzoek, AVG art. 15; portability, art. 20): everything held
on one candidate, written into a folder the user chose::

    FOLDER/
        inzage-persoonsgegevens.pdf    readable: every detail, note, score and decision
        persoonsgegevens.json          the same data, for another system
        documenten/                    the original CV and letter as they arrived

(English names with ``language="en"``.) The folder must be new or empty, so nothing
of the user's is overwritten; it is made readable by its owner only (0700) and every
file in it 0600, on Linux and macOS. Both files print
:func:`~interviewdesk.store.access_request.everything_held`, so they always agree.
"""

import json
import os
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from interviewdesk.domain.retention import KeepUntil
from interviewdesk.reports.errors import DocumentExportError
from interviewdesk.reports.labels import check_language, format_date, label
from interviewdesk.store.database import Database

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
NAMES = {
    "nl": ("inzage-persoonsgegevens.pdf", "persoonsgegevens.json", "documenten"),
    "en": ("personal-data.pdf", "personal-data.json", "documents"),
}
_UNSAFE = re.compile(r"[\x00-\x1f<>:\"/\\|?*]+")


@dataclass(frozen=True)
class AccessExport:
    """What was written."""

    folder: Path
    pdf: Path
    json: Path
    documents: tuple[Path, ...]


def safe_name(name: str, fallback: str) -> str:
    """A file name that cannot leave its folder or trip a file system: no separators,
    no control characters, no leading dots, at most 120 characters."""
    cleaned = _UNSAFE.sub("_", Path(name.replace("\\", "/")).name).strip(" .")
    return cleaned[:120] or fallback


def write_access_export(db: Database, candidate_id: int, folder: Path, *,
                        language: str = "nl", page_size: str = "A4",
                        today: date | None = None) -> AccessExport:
    """Write the export of ``candidate_id`` into ``folder`` (created if missing).

    Raises :class:`DocumentExportError` (text for the user, in ``language``) for an
    unknown candidate, a folder that is not empty or cannot be written.
    """
    from interviewdesk.reports import privacy
    from interviewdesk.reports.page import (
        APP_NAME,
        Layout,
        Metadata,
        Running,
        ensure_fonts,
        render,
    )
    from interviewdesk.store.access_request import everything_held, original_documents
    from interviewdesk.store.retention import policy_from_settings

    check_language(language)
    layout = Layout(page_size)
    today = today or date.today()
    policy = policy_from_settings(db.path.parent)
    try:
        held = everything_held(db, candidate_id, policy, today)
    except LookupError as error:
        raise DocumentExportError(label("error.no_candidate", language, id=candidate_id),
                                  "no_candidate", id=str(candidate_id)) from error
    originals = original_documents(db, candidate_id)
    ensure_fonts(language)
    name = held["candidate"]["name"]
    title = label("access.title", language)
    keep = held["retention"]
    notice = privacy.notice(
        KeepUntil(date.fromisoformat(keep["keep_until"]) if keep["keep_until"] else None,
                  keep["reason"]), language, policy)
    # The header fits the name by trimming it a character at a time: give it a sane start.
    running = Running(header_left=title, header_right=name[:200],
                      footer_left=f"{APP_NAME} · "
                      f"{label('printed_on', language, date=format_date(today, language))}",
                      language=language, notice=notice)
    metadata = Metadata(title=f"{title} – {name}", author=APP_NAME,
                        subject=label("access.subject", language, candidate=name),
                        language=language, keywords=(APP_NAME, title))
    pdf_bytes = render(privacy.access_story(held, language, layout, policy, today), layout,
                       running, metadata)
    json_bytes = json.dumps(held, ensure_ascii=False, indent=2).encode("utf-8")

    pdf_name, json_name, documents_name = NAMES[language]
    folder = Path(folder).expanduser()
    try:
        _private_empty_folder(folder, language)
        pdf = _write_private(folder / pdf_name, pdf_bytes)
        data = _write_private(folder / json_name, json_bytes)
        written = []
        if originals:
            documents = folder / documents_name
            documents.mkdir(mode=PRIVATE_DIR)
            os.chmod(documents, PRIVATE_DIR)
            used: set[str] = set()
            for original in originals:
                file_name = f"{original.kind} - {safe_name(original.filename, 'original')}"
                while file_name in used:
                    file_name = f"_{file_name}"
                used.add(file_name)
                written.append(_write_private(documents / file_name, original.content))
    except OSError as error:
        reason = error.strerror or str(error)
        raise DocumentExportError(
            label("error.cannot_write", language, path=error.filename or folder, reason=reason),
            "cannot_write", path=str(folder), cause=reason) from error
    return AccessExport(folder=folder, pdf=pdf, json=data, documents=tuple(written))


def _private_empty_folder(folder: Path, language: str) -> None:
    if folder.exists():
        if not folder.is_dir() or any(folder.iterdir()):
            raise DocumentExportError(label("error.folder_not_empty", language, path=folder),
                                      "folder_not_empty", path=str(folder))
    else:
        folder.mkdir(mode=PRIVATE_DIR, parents=True)
    os.chmod(folder, PRIVATE_DIR)


def _write_private(path: Path, data: bytes) -> Path:
    """Write a new file readable by its owner only (never over an existing one)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.chmod(path, PRIVATE_FILE)
    return path
