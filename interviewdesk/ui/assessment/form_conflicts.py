"""A text of the assessment form saved elsewhere while this member typed it (the same
form open on another laptop of a team server, or in another process on this one).

As in the interview window (:mod:`interviewdesk.ui.wizard.conflicts`): the rest of the
form was saved; :class:`FormConflictHandler` shows both versions of the text, saves the
choice through :meth:`~interviewdesk.ui.assessment.form_autosave.FormAutosaver.resolve`
and puts it in the field.
"""

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Qt

from interviewdesk.domain.concurrent_edits import Conflict, RecordKey
from interviewdesk.ui.conflict_dialog import ConflictDialog
from interviewdesk.ui.wizard.fields import NoteField

if TYPE_CHECKING:
    from interviewdesk.ui.assessment.form_window import AssessmentFormWindow


class FormConflictHandler(QObject):
    """Asks about each conflict of the form window's autosaver, one at a time."""

    def __init__(self, window: "AssessmentFormWindow") -> None:
        super().__init__(window)
        self._asking: set[tuple[RecordKey, str]] = set()
        # Queued: the dialog opens once the write that met the conflict is over.
        window.autosaver.conflicted.connect(self.ask, Qt.ConnectionType.QueuedConnection)

    @property
    def window(self) -> "AssessmentFormWindow":
        """The window asked for (its parent: no Python reference back to it, so a
        closed window is freed at once rather than by the garbage collector)."""
        return cast("AssessmentFormWindow", self.parent())

    def ask(self, conflict: Conflict) -> None:
        """Show both versions, save the choice, and show it in the field (unless it
        was decided already)."""
        key = (conflict.record, conflict.field)
        if key not in self.window.autosaver.conflicts or key in self._asking:
            return  # decided already, or its dialog is open (the window is closing)
        # The latest report of it: typing went on in that field after the first one.
        conflict = self.window.autosaver.conflicts[key]
        self._asking.add(key)
        try:
            text = ConflictDialog.choose(conflict, self.describe(conflict), self.window)
        finally:
            self._asking.discard(key)
        self.window.autosaver.resolve(conflict, text)
        field = self.field(conflict)
        if field is not None:
            field.set_text(text)

    def settle(self) -> None:
        """Ask about every conflict not decided yet, now."""
        for conflict in list(self.window.autosaver.conflicts.values()):
            self.ask(conflict)

    def describe(self, conflict: Conflict) -> str:
        """Which text it is, as the rater knows it."""
        kind, key = conflict.record
        if kind == "rating":
            name = next((c.name for c in self.window.form.competencies if c.id == key), "")
            return self.tr("the evidence for “{competency}”").format(competency=name)
        if conflict.field == "strengths":
            return self.tr("the strengths")
        return self.tr("the weaknesses")

    def field(self, conflict: Conflict) -> NoteField | None:
        """The field on the form that shows the conflict's text."""
        kind, key = conflict.record
        if kind == "rating":
            row = self.window.rows.get(int(key))
            return row.evidence if row is not None else None
        summary = self.window.summary
        return summary.strengths if conflict.field == "strengths" else summary.weaknesses
