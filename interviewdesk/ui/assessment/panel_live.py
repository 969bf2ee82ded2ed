"""What the panel discussion must keep when it follows someone else's change
(another member submitting, on another laptop or in another window).

:meth:`~interviewdesk.ui.assessment.panel_window.PanelWindow.show_changes_by_others`
reads the panel again through the same gate as always; these helpers only look at the
widgets, so that nothing being typed is lost: a consensus half written holds the new
matrix back until it is recorded or cancelled, a decision being written is kept, the
evidence opened under a competency stays open, and the "who is looking?" buttons keep
the keyboard where it was. No store access here: what is shown is the gate's to
decide.
"""

from interviewdesk.store.assessments import DecisionInfo, FormStatus
from interviewdesk.ui.assessment.panel_decision import DecisionForm
from interviewdesk.ui.assessment.panel_gate import ViewerChooser
from interviewdesk.ui.assessment.panel_matrix import PanelMatrix


def consensus_typed(matrix: PanelMatrix | None) -> bool:
    """Whether a consensus editor holds a score or reason that is not recorded."""
    if matrix is None:
        return False
    for editor in matrix.editors.values():
        if editor.is_resolved_shown():
            continue
        stored = editor.row.consensus
        score = editor.chosen_score()
        reason = editor.reason.toPlainText().strip()
        if stored is None:
            if score != "" or reason:
                return True
        elif (score, reason) != (stored.score, stored.reason.strip()):
            return True
    return False


def decision_untouched(form: DecisionForm, stored: DecisionInfo | None) -> bool:
    """Whether the decision form still shows ``stored`` (nothing typed over it)."""
    rationale = form.rationale.toPlainText().strip()
    override = form.override_reason.toPlainText().strip()
    if stored is None:
        return form.outcome() is None and not rationale and not override
    return (form.outcome() == stored.outcome and rationale == stored.rationale.strip()
            and form.next_steps.toPlainText().strip() == stored.next_steps.strip()
            and override == stored.override_reason.strip())


def shown_evidence(matrix: PanelMatrix | None) -> set[int]:
    """The competencies whose evidence is open under them."""
    if matrix is None:
        return set()
    return {competency_id for competency_id, label in matrix.evidence.items()
            if label.isVisibleTo(matrix)}


def show_evidence(matrix: PanelMatrix | None, competency_ids: set[int]) -> None:
    """Open the evidence under ``competency_ids`` again (those still in the matrix)."""
    if matrix is None:
        return
    for competency_id in competency_ids & set(matrix.evidence):
        matrix.show_evidence(competency_id, True)


def reload_chooser(chooser: ViewerChooser, statuses: list[FormStatus],
                   with_pin: frozenset[int]) -> None:
    """New form states on the "who is looking?" buttons, the keyboard staying on the
    same person's button (loading puts it on the first)."""
    focused = chooser.window().focusWidget()
    member = next((key for key, button in chooser.buttons.items() if button is focused),
                  False)
    chooser.load(statuses, with_pin)
    for button in chooser.buttons.values():
        button.show()  # now, not when the event loop gets to it: hidden ones take no focus
    if member is not False and member in chooser.buttons:
        chooser.buttons[member].setFocus()
