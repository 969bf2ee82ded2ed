"""The three-way rule of bringing an offline copy back (pure)."""

import pytest

from interviewdesk.domain.three_way import FieldConflict, merge_field, resolved_value


@pytest.mark.parametrize(("base", "local", "server", "outcome"), [
    ("a", "a", "a", "same"),
    ("a", "b", "a", "take_local"),
    ("a", "a", "c", "keep_server"),
    ("a", "b", "b", "same"),
    ("a", "b", "c", "conflict"),
    (None, 3, None, "take_local"),
    (None, 3, 4, "conflict"),
    (False, True, False, "take_local"),
])
def test_each_field_is_decided_against_its_base(base, local, server, outcome) -> None:
    assert merge_field(base, local, server) == outcome


def test_a_choice_stands_for_a_value_and_only_texts_merge() -> None:
    text = FieldConflict("k", "interview", "The interview", "notes", "", "mine", "theirs")
    assert resolved_value(text, "local") == "mine"
    assert resolved_value(text, "server") == "theirs"
    assert resolved_value(text, ("merged", "both")) == "both"
    score = FieldConflict("s", "rating", "Your rating", "score", None, 3, 4)
    with pytest.raises(ValueError, match="not a text"):
        resolved_value(score, ("merged", "3.5"))
    with pytest.raises(ValueError, match="Not a choice"):
        resolved_value(score, "both")
