"""A text of the assessment form saved elsewhere while this member typed it (the same
form open on another laptop of a team server, or in another process on this one).

As in the interview window (:mod:`interviewdesk.ui.wizard.conflicts`): the rest of the
form was saved; :class:`FormConflictHandler` shows both versions of the text, saves the
choice through :meth:`~interviewdesk.ui.assessment.form_autosave.FormAutosaver.resolve`
and puts it in the field.
"""

from typing import TYPE_CHECKING, cast

from interviewdesk.domain.concurrent_edits import Conflict
from interviewdesk.ui.conflict_dialog import ConflictAsker
from interviewdesk.ui.wizard.fields import NoteField

if TYPE_CHECKING:
    from interviewdesk.ui.assessment.form_window import AssessmentFormWindow


class FormConflictHandler(ConflictAsker):
    """Asks about each conflict of the form window's autosaver, one at a time."""

    @property
    def window(self) -> "AssessmentFormWindow":
        """The window asked for (its parent)."""
        return cast("AssessmentFormWindow", self.parent())

    def describe(self, conflict: Conflict) -> str:
        """Which text it is, as the rater knows it."""
        kind, key = conflict.record
        if kind == "rating":
            name = next((c.name for c in self.window.form.competencies if c.id == key), "")
            return self.tr("the evidence for “{competency}”").format(competency=name)
        if conflict.field == "strengths":
            return self.tr("the strengths")
        return self.tr("the weaknesses")

    def show(self, conflict: Conflict, text: str) -> None:
        field = self.field(conflict)
        if field is not None:
            field.set_text(text)

    def field(self, conflict: Conflict) -> NoteField | None:
        """The field on the form that shows the conflict's text."""
        kind, key = conflict.record
        if kind == "rating":
            row = self.window.rows.get(int(key))
            return row.evidence if row is not None else None
        summary = self.window.summary
        return summary.strengths if conflict.field == "strengths" else summary.weaknesses
