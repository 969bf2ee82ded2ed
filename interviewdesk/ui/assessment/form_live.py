"""The assessment form follows what was saved of it elsewhere: the same member's form
open on another laptop of the team server, or in another process on this data folder.

The form window reads its own form again (``load_form``, in
:meth:`~interviewdesk.ui.assessment.form_window.AssessmentFormWindow.show_changes_by_others`:
nothing of another member is read here) and hands it to :func:`follow_form`:

- texts (evidence, strengths, weaknesses) as :func:`~interviewdesk.domain.live_edits.
  follow` decides — the other text shows in a field the rater is not typing in; one
  they are typing in stays, and its next save asks through the conflict dialog;
- a score or the recommendation changed elsewhere shows, unless the rater's own
  change of it waits to be saved (clicks are "the latest wins", as when saving);
- submitted or reopened elsewhere: the form turns read-only or editable, as if it had
  just been opened.
"""

from typing import TYPE_CHECKING

from interviewdesk.domain.concurrent_edits import Conflict, RecordKey
from interviewdesk.domain.live_edits import follow
from interviewdesk.store.assessments import AssessmentEdit, AssessmentForm, RatingEdit
from interviewdesk.ui.assessment.form_competency import initial_choice
from interviewdesk.ui.live_texts import keeping_caret, texts_being_edited

if TYPE_CHECKING:
    from interviewdesk.ui.assessment.form_window import AssessmentFormWindow


def _waiting_fields(window: "AssessmentFormWindow") -> dict[RecordKey, set[str]]:
    """The fields of each record with a change of the rater's not saved yet."""
    waiting: dict[RecordKey, set[str]] = {}
    for edit in window.autosaver.waiting():
        waiting.setdefault(edit.record, set()).update(edit.changed())
    return waiting


def follow_form(window: "AssessmentFormWindow", stored: AssessmentForm) -> bool:
    """Show the texts, scores and recommendation of ``stored`` (the window's form as
    it is now) that changed elsewhere; ``True`` if someone else saved anything of it.
    Whether it was submitted or reopened is the window's to show."""
    autosaver = window.autosaver
    seen = autosaver.seen
    if seen is None:  # a form whose saves are not compared: nothing to follow by
        return False
    by_others = {record for record, now in stored.seen.items()
                 if now.version != seen.get(record, now).version}
    if not by_others:
        return False
    waiting = _waiting_fields(window)
    followed = follow(seen, stored.seen, texts_being_edited(autosaver))
    with keeping_caret(window):
        for (record, name), text in followed.show.items():
            window.conflicts.show(Conflict(record, name, text, text, 0), text)
        for cid, row in window.rows.items():
            record = RatingEdit(cid).record
            if record in by_others and "score" not in waiting.get(record, set()):
                row.choice.set_choice(initial_choice(stored.rating(cid)))
        record = AssessmentEdit().record
        if record in by_others and "recommendation" not in waiting.get(record, set()):
            window.summary.recommendation.set_value(stored.recommendation)
    seen.update(followed.seen)
    return True
