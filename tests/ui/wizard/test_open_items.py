"""The assessment page's "Still open" list and the stage pages agree on the checklist
items that the record answers (a question logged ticks "Give the candidate the
opportunity to ask questions")."""

from typing import Any

from interviewdesk.domain.agenda import CANDIDATE_QUESTIONS
from interviewdesk.domain.record import RecordFacts
from interviewdesk.ui.wizard.open_items import unticked_items


def test_an_item_the_record_ticks_is_not_still_open(open_window: Any) -> None:
    context = open_window().context
    context.session.stage(CANDIDATE_QUESTIONS).checklist["invite_questions"] = False

    def still_open(facts: RecordFacts) -> set[tuple[str, str]]:
        return {(item.stage, item.key)
                for item in unticked_items(context.session, context.agenda, "en", facts)}

    assert (CANDIDATE_QUESTIONS, "invite_questions") in still_open(RecordFacts())
    assert (CANDIDATE_QUESTIONS, "invite_questions") not in still_open(
        RecordFacts(questions_logged=1))
