"""Which document the app prints for what the user selected, and under what file name.

Each function previews one document (with Print… and Save as PDF… in the preview),
in the interface language on the paper chosen in the settings. The PDF layer keeps
the blindness rules: a report holds no scores until every form is in, and a form
holds its own member's ratings only.
"""

from datetime import date, datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from interviewdesk.reports import (
    write_assessment_form,
    write_comparison,
    write_dossier,
    write_interview_kit,
    write_interview_report,
)
from interviewdesk.store import queries
from interviewdesk.store.database import Database
from interviewdesk.store.interview_records import load_session
from interviewdesk.ui import messages
from interviewdesk.ui.i18n import current_language
from interviewdesk.ui.printing import PdfPreview, show_document


def _day(moment: datetime | None) -> str:
    when = moment.astimezone().date() if moment is not None else date.today()
    return when.isoformat()


def _interview(
    parent: QWidget | None, db: Database, interview_id: int
) -> tuple[str, str, str] | None:
    """The candidate, vacancy and day of the interview, for a file name; ``None`` (and
    the user told) if it no longer exists."""
    try:
        session = load_session(db, interview_id)
    except LookupError:
        messages.error(
            parent,
            QCoreApplication.translate("print_documents", "Document not made"),
            QCoreApplication.translate(
                "print_documents", "This interview no longer exists. It may have been deleted."
            ),
        )
        return None
    return session.candidate_name, session.vacancy_title, _day(session.scheduled_at)


def interview_report(
    parent: QWidget | None, db: Database, interview_id: int, page_size: str
) -> PdfPreview | None:
    """Preview the interview report of ``interview_id``."""
    found = _interview(parent, db, interview_id)
    if found is None:
        return None
    candidate, _vacancy, day = found
    name = QCoreApplication.translate(
        "print_documents", "Interview report - {candidate} - {date}"
    ).format(candidate=candidate, date=day)
    write = partial(_report, db, interview_id, current_language(), page_size)
    return show_document(
        parent, QCoreApplication.translate("print_documents", "Interview report"), write, name
    )


def dossier(
    parent: QWidget | None, db: Database, interview_id: int, page_size: str
) -> PdfPreview | None:
    """Preview the dossier of ``interview_id``: the report, then every panel member's
    completed form (once every form is in)."""
    found = _interview(parent, db, interview_id)
    if found is None:
        return None
    candidate, _vacancy, day = found
    name = QCoreApplication.translate(
        "print_documents", "Dossier - {candidate} - {date}"
    ).format(candidate=candidate, date=day)
    write = partial(_dossier, db, interview_id, current_language(), page_size)
    return show_document(
        parent, QCoreApplication.translate("print_documents", "Dossier"), write, name
    )


def interview_kit(
    parent: QWidget | None, db: Database, interview_id: int, page_size: str
) -> PdfPreview | None:
    """Preview the blank interview kit for ``interview_id`` (no candidate data in it,
    nor in its file name)."""
    found = _interview(parent, db, interview_id)
    if found is None:
        return None
    _candidate, vacancy, day = found
    name = QCoreApplication.translate(
        "print_documents", "Interview kit - {vacancy} - {date}"
    ).format(vacancy=vacancy, date=day)
    write = partial(_kit, db, interview_id, current_language(), page_size)
    return show_document(
        parent, QCoreApplication.translate("print_documents", "Blank interview kit"), write, name
    )


def comparison(
    parent: QWidget | None, db: Database, vacancy_id: int, page_size: str
) -> PdfPreview | None:
    """Preview the comparison of the candidates of ``vacancy_id``."""
    header = queries.vacancy_header(db, vacancy_id)
    if header is None:
        messages.error(
            parent,
            QCoreApplication.translate("print_documents", "Document not made"),
            QCoreApplication.translate(
                "print_documents", "This vacancy no longer exists. It may have been deleted."
            ),
        )
        return None
    name = QCoreApplication.translate(
        "print_documents", "Candidate comparison - {vacancy} - {date}"
    ).format(vacancy=header.title, date=date.today().isoformat())
    write = partial(_comparison, db, vacancy_id, current_language(), page_size)
    return show_document(
        parent, QCoreApplication.translate("print_documents", "Candidate comparison"), write, name
    )


def assessment_form(
    parent: QWidget | None,
    db: Database,
    interview_id: int,
    panel_member_id: int,
    rater: str,
    candidate: str,
    scheduled_at: datetime | None,
    page_size: str,
    *,
    compact: bool = False,
) -> PdfPreview | None:
    """Preview ``panel_member_id``'s own assessment form — never another member's
    (``compact``: only the chosen anchor per competency)."""
    name = QCoreApplication.translate(
        "print_documents", "Assessment form - {rater} - {candidate} - {date}"
    ).format(rater=rater, candidate=candidate, date=_day(scheduled_at))
    write = partial(_form, db, interview_id, panel_member_id, current_language(), page_size,
                    compact)
    return show_document(
        parent, QCoreApplication.translate("print_documents", "Assessment form"), write, name
    )


def _report(db: Database, interview_id: int, language: str, page_size: str, output: Path) -> Path:
    return write_interview_report(db, interview_id, output, language=language, page_size=page_size)


def _dossier(db: Database, interview_id: int, language: str, page_size: str, output: Path
             ) -> Path:
    return write_dossier(db, interview_id, output, language=language, page_size=page_size)


def _kit(db: Database, interview_id: int, language: str, page_size: str, output: Path) -> Path:
    return write_interview_kit(db, interview_id, output, language=language, page_size=page_size)


def _comparison(db: Database, vacancy_id: int, language: str, page_size: str, output: Path) -> Path:
    return write_comparison(db, vacancy_id, output, language=language, page_size=page_size)


def _form(
    db: Database,
    interview_id: int,
    panel_member_id: int,
    language: str,
    page_size: str,
    compact: bool,
    output: Path,
) -> Path:
    return write_assessment_form(
        db, interview_id, panel_member_id, output, language=language, page_size=page_size,
        asker=panel_member_id,  # the form window belongs to this member
        compact=compact,
    )
