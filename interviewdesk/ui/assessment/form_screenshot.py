"""A picture of the assessment form, for ``interviewdesk screenshot --view assessment``.

Only a form that exists is shown: for a member who has begun (in progress or
submitted, by :func:`~interviewdesk.store.assessments.status_of_forms`) ``open_form``
only reads; one who has not started is refused rather than given a new, empty form.
The window is rendered without being shown or closed, with nothing typed into it:
the picture writes nothing to the database.
The example's best subject is René Mulder's form on the interview that waits for
him (:attr:`~interviewdesk.example.database.ExampleIds.waiting_interview_id`): in
progress, one competency scored with evidence, one with evidence but no score yet.
"""

from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from interviewdesk.store.assessments import AssessmentForm, open_form, status_of_forms
from interviewdesk.store.database import Database
from interviewdesk.ui.assessment.form_window import AssessmentFormWindow
from interviewdesk.ui.settings import Settings

DEFAULT_SIZE = (1280, 900)
# How long the window gets to lay itself out before the picture.
SETTLE_MS = 150


def render_form_screenshot(db: Database, data_dir: Path, interview_id: int,
                           panel_member_id: int, output: Path,
                           size: tuple[int, int] = DEFAULT_SIZE) -> Path:
    """Render ``panel_member_id``'s form for ``interview_id`` at ``size`` and save it
    as PNG at ``output``; returns ``output``.

    Needs a ``QApplication`` and the language installed by the caller. Raises
    ``LookupError`` for an unknown interview, or a member who is not on its panel or
    has no form yet (there would be nothing of theirs to show); ``OSError`` if the
    file cannot be written.
    """
    form = _existing_form(db, interview_id, panel_member_id)
    window = AssessmentFormWindow(db, Path(data_dir), Settings(Path(data_dir)), form)
    try:
        window.resize(*size)
        loop = QEventLoop()
        QTimer.singleShot(SETTLE_MS, loop.quit)
        loop.exec()
        if not window.grab().toImage().save(str(output), "PNG"):
            raise OSError(f"The picture could not be saved as {output}.")
    finally:
        window.hide()
        window.deleteLater()
    return Path(output)


def _existing_form(db: Database, interview_id: int, panel_member_id: int) -> AssessmentForm:
    """The member's form as stored, without creating one."""
    status = next((s for s in status_of_forms(db, interview_id)
                   if s.panel_member_id == panel_member_id), None)
    if status is None:
        raise LookupError(f"Panel member {panel_member_id} is not on interview {interview_id}.")
    if status.state == "not_started":
        raise LookupError(f"{status.name} has not started their form for interview "
                          f"{interview_id}; there is nothing to show.")
    return open_form(db, interview_id, panel_member_id)  # it exists: this only reads
