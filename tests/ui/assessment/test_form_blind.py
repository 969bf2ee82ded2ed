"""Blind scoring on the form: a panel member's form shows their own assessment and
nothing of anyone else's — not another member's evidence, texts, scores or name —
even when everyone else has submitted; and it never reads other members' ratings."""

from typing import Any

import pytest

from interviewdesk.example.database import ExampleIds
from interviewdesk.example.panel_texts import COMPLETED, RENE, WAITING
from interviewdesk.store.assessments import _reading
from interviewdesk.ui.assessment.form_competency import CompetencyRow
from tests.ui.assessment.form_fixtures import (
    ModalAnswer,
    rene,
    texts_in,
)


@pytest.fixture(autouse=True)
def no_other_ratings(monkeypatch: pytest.MonkeyPatch) -> None:
    """The store's only ways to other members' ratings fail the test if called."""
    def forbidden(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("the form read the panel's ratings")

    monkeypatch.setattr(_reading, "submitted_ratings", forbidden)
    monkeypatch.setattr(_reading, "analysis", forbidden)


def others_texts(interview: Any) -> list[str]:
    """What the other panel members wrote on their forms."""
    texts = []
    for form in interview.forms:
        if form.rater != RENE:
            texts += [form.strengths, form.weaknesses]
            texts += [evidence for _score, evidence in form.ratings.values()]
    return [text.strip() for text in texts if text.strip()]


def own_texts(interview: Any) -> list[str]:
    (form,) = (form for form in interview.forms if form.rater == RENE)
    texts = [form.strengths, form.weaknesses] + [e for _s, e in form.ratings.values()]
    return [text.strip() for text in texts if text.strip()]


@pytest.mark.parametrize(("interview", "texts"), [("completed", COMPLETED),
                                                   ("waiting", WAITING)])
def test_the_form_shows_nothing_of_the_other_members(open_form_window: Any, example: ExampleIds,
                                                     interview: str, texts: Any) -> None:
    window = open_form_window(*rene(example, interview))
    shown = "\n".join(texts_in(window))
    for own in own_texts(texts):  # the walk does see what the form holds
        assert own in shown
    secrets = others_texts(texts)
    assert len(secrets) >= 10
    for secret in secrets:
        assert secret not in shown, f"another member's text is on the form: {secret!r}"
    for name, _role in texts.panel:
        if name != RENE:
            assert name not in shown
    # The only scores on the form are René's own: one chosen card per row at most,
    # and it is the score he gave.
    (own,) = (form for form in texts.forms if form.rater == RENE)
    by_name = {row.competency.name: row for row in window.findChildren(CompetencyRow)}
    for name, row in by_name.items():
        chosen = [value for value, card in row.choice.cards.items() if card.chosen]
        assert len(chosen) <= 1
        score, _evidence = own.ratings.get(name, (None, ""))
        if score is not None:
            assert chosen == [score]


def test_the_notes_offered_for_quoting_are_the_interviews_not_the_forms(
        qtbot: Any, open_form_window: Any, example: ExampleIds) -> None:
    window = open_form_window(*rene(example, "waiting"))
    seen: list[str] = []

    def read(dialog: Any) -> None:
        seen.extend(texts_in(dialog))
        dialog.reject()

    with ModalAnswer(qtbot, read):
        window.rows[example.competency_ids[0]].quote.click()
    shown = "\n".join(seen)
    assert "Other notes from this interview" in shown
    for secret in others_texts(WAITING):
        assert secret not in shown
