"""Checklist items that the record itself can answer.

Some agenda items are facts the app already knows: the candidate's questions are
logged on stage 6, the panel members' forms are submitted, the panel recorded its
decision. A tick typed by hand could say otherwise ("Panel discussion ☑" without a
decision), so these items are ticked from the data, on screen and on paper, and say
where the tick comes from. Pure functions: the wizard and the report gather the facts.
"""

from dataclasses import dataclass

from interviewdesk.domain.agenda import ASSESSMENT, CANDIDATE_QUESTIONS


@dataclass(frozen=True)
class RecordFacts:
    """What the record of one interview says, as far as the checklist needs it."""

    questions_logged: int = 0
    forms_submitted: int = 0
    forms_total: int = 0
    decision_recorded: bool = False

    @property
    def every_form_in(self) -> bool:
        """Every panel member submitted (a panel of nobody has no forms to be in)."""
        return self.forms_total > 0 and self.forms_submitted == self.forms_total


@dataclass(frozen=True)
class DataItem:
    """A checklist item answered by a fact. ``source`` names the fact (for the
    "from …" note); ``decides`` is False where the data can only say yes — a
    candidate may have had no questions although they were invited to ask."""

    source: str
    decides: bool


#: (stage key, item key) → how the record answers it.
DATA_ITEMS: dict[tuple[str, str], DataItem] = {
    (CANDIDATE_QUESTIONS, "invite_questions"): DataItem("questions", decides=False),
    (ASSESSMENT, "assessment_form"): DataItem("forms", decides=True),
    (ASSESSMENT, "strengths_weaknesses"): DataItem("forms", decides=True),
    (ASSESSMENT, "panel_discussion"): DataItem("decision", decides=True),
}


def data_tick(facts: RecordFacts, stage: str, item: str) -> bool | None:
    """The tick the record gives ``item`` of ``stage``: ``True`` or ``False`` where
    the data decides, ``True`` where it can only say yes and does, ``None`` where the
    interviewer's own tick counts."""
    rule = DATA_ITEMS.get((stage, item))
    if rule is None:
        return None
    if rule.source == "questions":
        ticked = facts.questions_logged > 0
    elif rule.source == "forms":
        ticked = facts.every_form_in
    else:
        ticked = facts.decision_recorded
    return ticked if ticked or rule.decides else None


def is_data_item(stage: str, item: str) -> bool:
    """Whether the record answers ``item`` of ``stage`` (at least when it is true)."""
    return (stage, item) in DATA_ITEMS
