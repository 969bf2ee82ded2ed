"""The guard of every window that changes an interview's data on the team server:
while a laptop holds the interview offline (:mod:`interviewdesk.exchange.offline_marks`
says which records, and why the rest stay free), the user is told who holds it since
when, and nothing is opened or changed.

Each call costs one small query; a laptop's own database has no marks, so it always
answers "free".
"""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from interviewdesk.store.database import Database
from interviewdesk.ui import messages
from interviewdesk.ui.home.formatting import format_moment


def _texts() -> dict[str, str]:
    """What cannot be done, per kind of window, in the user's language."""
    return {
        "form": QCoreApplication.translate(
            "HeldOffline", "This assessment form cannot be opened here now"),
        "panel": QCoreApplication.translate(
            "HeldOffline", "The panel discussion of this interview cannot be opened here now"),
        "interview": QCoreApplication.translate(
            "HeldOffline", "This interview cannot be changed here now"),
        "candidate": QCoreApplication.translate(
            "HeldOffline", "This candidate cannot be deleted now"),
        "vacancy": QCoreApplication.translate(
            "HeldOffline", "This vacancy cannot be deleted now"),
        "feedback": QCoreApplication.translate(
            "HeldOffline", "The feedback cannot be recorded here now"),
        "references": QCoreApplication.translate(
            "HeldOffline", "The reference checks cannot be changed here now"),
    }


def refused(parent: QWidget | None, db: Database, kind: str, *,
            interview_id: int | None = None, application_id: int | None = None,
            candidate_id: int | None = None, vacancy_id: int | None = None,
            panel_member_id: int | None = None) -> bool:
    """Whether ``kind`` (a key of the texts above) is refused because an interview
    among those named is held offline; the user has then been told why. With
    ``panel_member_id`` only that member's form counts (the taker's own)."""
    from interviewdesk.exchange.offline_marks import held, held_form

    if panel_member_id is not None and interview_id is not None:
        mark = held_form(db, interview_id, panel_member_id)
    else:
        mark = held(db, interview_id=interview_id, application_id=application_id,
                    candidate_id=candidate_id, vacancy_id=vacancy_id)
    if mark is None:
        return False
    messages.error(parent, QCoreApplication.translate("HeldOffline", "Taken offline"),
                   QCoreApplication.translate(
                       "HeldOffline",
                       "{what}: the interview is taken offline by {name} since {moment}, to "
                       "be held on their laptop, and what is recorded there comes back "
                       "when they bring it back. It can be changed here again then, or once "
                       "an administrator releases it.").format(
                           what=_texts()[kind], name=mark.taken_by,
                           moment=format_moment(mark.taken_at)))
    return True
