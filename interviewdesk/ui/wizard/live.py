"""The interview window follows the notes someone else saves meanwhile: another panel
member on a team server typing in the same interview, or another process on this
data folder.

Called (through :meth:`InterviewWindow.show_changes_by_others`) when the main
window's :class:`~interviewdesk.ui.live_updates.LiveUpdates` hears of a change, never
while a dialog is open. It reads the versions and texts of the interview's records
(one small query, :func:`~interviewdesk.store.interview_records.load_seen`) and lets
:func:`~interviewdesk.domain.live_edits.follow` decide: a note the interviewer is not
typing in shows the other person's text (in the field and in the window's copy of the
interview, through the conflict handler's :meth:`show`); a note they are typing in
stays as typed, and its next save meets the change and asks through the conflict
dialog.

Not followed live, on purpose: the clock (each laptop times its own stage while it is
held; the seconds are "the latest wins"), stage marks, ticks, and questions added on
the spot elsewhere — they show when the interview is opened again.
"""

import logging
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from interviewdesk.domain.concurrent_edits import Conflict
from interviewdesk.domain.live_edits import follow
from interviewdesk.store import interview_records
from interviewdesk.ui.live_texts import keeping_caret, texts_being_edited

if TYPE_CHECKING:
    from interviewdesk.ui.wizard.window import InterviewWindow

log = logging.getLogger(__name__)


def show_changes_by_others(window: "InterviewWindow") -> int:
    """Show what others saved of ``window``'s interview; how many texts changed on
    screen. Quiet on a database that does not answer (the main window says so)."""
    autosaver = window.autosaver
    try:
        stored = interview_records.load_seen(window.db, window.context.interview_id)
    except LookupError:  # deleted elsewhere: the window keeps what it shows
        log.info("The interview of an open window was deleted elsewhere")
        return 0
    except SQLAlchemyError as error:
        log.warning("Following the interview's changes failed: %s", type(error).__name__)
        return 0
    followed = follow(autosaver.seen, stored, texts_being_edited(autosaver))
    if not followed.anything:
        return 0
    with keeping_caret(window):
        for (record, name), text in followed.show.items():
            # Shown as if the user had chosen "theirs": the field and the window's copy.
            window.conflicts.show(Conflict(record, name, text, text, 0), text)
    autosaver.seen.update(followed.seen)
    return len(followed.show)
