"""The editor dialogs: vacancies (with competencies and questions), candidates,
interviewers and interviews.

Each dialog has a class method that opens it modally and returns the saved row's id,
or ``None`` when the user cancelled: ``VacancyDialog.edit(parent, db, vacancy_id)``,
``CandidateDialog.edit(parent, db, candidate_id, vacancy_id)``,
``InterviewerDialog.edit(parent, db, interviewer_id)``,
``InterviewDialog.edit(parent, db, interview_id, vacancy_id, candidate_id)``, and
``InterviewersDialog.manage(parent, db)`` for the list of interviewers.
"""

from interviewdesk.ui.editors.candidate_dialog import CandidateDialog
from interviewdesk.ui.editors.interview_dialog import InterviewDialog
from interviewdesk.ui.editors.interviewer_dialogs import InterviewerDialog, InterviewersDialog
from interviewdesk.ui.editors.vacancy_dialog import VacancyDialog

__all__ = [
    "CandidateDialog",
    "InterviewDialog",
    "InterviewerDialog",
    "InterviewersDialog",
    "VacancyDialog",
]
