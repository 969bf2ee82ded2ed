"""Printed documents (issue #5): the assessment form, the interview report, the blank
interview kit and the candidate comparison, as PDF with reportlab.

Every function reads through the store, lays the document out on A4 or US Letter in
Dutch or English, embeds DejaVu Sans, and writes ``output`` (replacing it only once the
new file is complete). They raise :class:`DocumentExportError`, whose text is for the
user, for an unknown interview or vacancy, a member not on the panel, or a file that
cannot be written; ``ValueError`` for a language or page size they do not know.

Importing this package does not import reportlab: the app starts without it, and the
first document loads it.
"""

from datetime import date
from pathlib import Path

from interviewdesk.reports.errors import DocumentExportError
from interviewdesk.reports.labels import LANGUAGES
from interviewdesk.reports.page import PAGE_SIZES
from interviewdesk.store.database import Database

__all__ = [
    "LANGUAGES",
    "PAGE_SIZES",
    "DocumentExportError",
    "write_assessment_form",
    "write_calibration",
    "write_comparison",
    "write_dossier",
    "write_interview_kit",
    "write_interview_report",
]


def write_dossier(db: Database, interview_id: int, output: Path, *, language: str = "nl",
                  page_size: str = "A4") -> Path:
    """The dossier: the interview report, then every panel member's completed form
    (once every form is in), one PDF numbered over the whole. Returns ``output``."""
    from interviewdesk.reports import dossier

    return dossier.write_dossier(db, interview_id, output, language=language,
                                 page_size=page_size)


def write_assessment_form(db: Database, interview_id: int, panel_member_id: int, output: Path,
                          *, language: str = "nl", page_size: str = "A4",
                          asker: int | None = None, compact: bool = False) -> Path:
    """One panel member's assessment form: their scores against the anchors, evidence,
    strengths, weaknesses and recommendation. Returns ``output``.

    ``asker`` is who wants it: the member themselves (their own form, any time), or
    ``None`` for someone without an identity here, who gets it only once the round
    is closed (blind scoring; else ``DocumentExportError`` "form_hidden")."""
    from interviewdesk.reports import assessment_form

    return assessment_form.write_assessment_form(db, interview_id, panel_member_id, output,
                                                 language=language, page_size=page_size,
                                                 asker=asker, compact=compact)


def write_interview_report(db: Database, interview_id: int, output: Path, *,
                           language: str = "nl", page_size: str = "A4") -> Path:
    """The interview report: stages with checklists and notes, questions with notes and
    STAR, the candidate's questions, next steps, the panel's scores (only once every
    form is in) with discrepancies and consensus, and the decision. Returns ``output``."""
    from interviewdesk.reports import interview_report

    return interview_report.write_interview_report(db, interview_id, output,
                                                   language=language, page_size=page_size)


def write_interview_kit(db: Database, interview_id: int | None, output: Path, *,
                        vacancy_id: int | None = None, language: str = "nl",
                        page_size: str = "A4") -> Path:
    """A blank kit for paper — agenda with planned minutes, questions with room to
    write, the rating grid with anchors and empty boxes, signature lines — for an
    interview (its length and panel) or, with ``interview_id=None``, for ``vacancy_id``.
    It carries no candidate data. Returns ``output``."""
    from interviewdesk.reports import interview_kit

    return interview_kit.write_interview_kit(db, interview_id, output, vacancy_id=vacancy_id,
                                             language=language, page_size=page_size)


def write_comparison(db: Database, vacancy_id: int, output: Path, *, language: str = "nl",
                     page_size: str = "A4") -> Path:
    """The vacancy's candidates side by side: the panel's result per competency as heat
    cells, the overall score as a bar, and the decision. Returns ``output``."""
    from interviewdesk.reports import comparison

    return comparison.write_comparison(db, vacancy_id, output, language=language,
                                       page_size=page_size)


def write_calibration(db: Database, vacancy_id: int | None, output: Path, *,
                      language: str = "nl", page_size: str = "A4",
                      since: date | None = None, until: date | None = None) -> Path:
    """How consistently the interviewers rate (closed rounds only): ICC per competency
    with its interval, each interviewer's scores against the others', interviewers as
    letters. ``vacancy_id=None`` is every vacancy; ``since``/``until`` limit the days
    the interviews were planned on. Returns ``output``."""
    from interviewdesk.reports import calibration

    return calibration.write_calibration(db, vacancy_id, output, language=language,
                                         page_size=page_size, since=since, until=until)
