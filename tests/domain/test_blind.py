"""The blind rule, by example and by property: nobody sees another member's
assessment until the round is closed; then everyone does; a member always sees
their own."""

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from interviewdesk.domain.blind import (
    PanelSeat,
    Round,
    close_refusal,
    matrix_refusal,
    may_see,
    refusal,
    submitted_after_close,
)

ROLES = ("chair", "member", "note_taker", "hr")


def panel(*submitted: bool, roles: tuple[str, ...] = ()) -> Round:
    return Round.of(
        PanelSeat(index + 1, roles[index] if index < len(roles) else "member", done)
        for index, done in enumerate(submitted)
    )


@st.composite
def rounds(draw: st.DrawFn) -> Round:
    size = draw(st.integers(min_value=1, max_value=6))
    seats = tuple(
        PanelSeat(index + 1, draw(st.sampled_from(ROLES)), draw(st.booleans()))
        for index in range(size)
    )
    return Round(seats, draw(st.booleans()))


askers = st.one_of(st.none(), st.integers(min_value=-1, max_value=8))


# --- examples -------------------------------------------------------------------------


def test_before_everyone_submitted_nobody_sees_another() -> None:
    round_ = panel(True, False, True)
    assert refusal(round_, 1, 3) == "others_not_submitted"
    assert refusal(round_, 2, 1) == "viewer_not_submitted"
    assert refusal(round_, None, 1) == "others_not_submitted"
    assert refusal(round_, 99, 1) == "others_not_submitted"  # not on the panel
    assert matrix_refusal(round_, 1) == "others_not_submitted"
    assert matrix_refusal(round_, 2) == "viewer_not_submitted"


def test_a_member_always_sees_their_own_form() -> None:
    round_ = panel(True, False, True)
    assert may_see(round_, 2, 2)
    assert may_see(round_, 1, 1)


def test_a_panel_of_one_discusses_only_once_its_form_is_in() -> None:
    assert matrix_refusal(panel(False), 1) == "viewer_not_submitted"
    assert matrix_refusal(panel(True), 1) is None


def test_once_every_form_is_in_everyone_sees_everything() -> None:
    round_ = panel(True, True, True)
    assert round_.closed and round_.all_in
    assert all(may_see(round_, asker, member) for asker in (None, 1, 2, 3, 42)
               for member in (1, 2, 3))
    assert matrix_refusal(round_, None) is None


def test_a_round_closed_early_shows_everyone_everything_even_to_the_member_still_open() -> None:
    round_ = Round(panel(True, False, True).seats, closed_early=True)
    assert round_.closed and not round_.all_in
    assert [seat.panel_member_id for seat in round_.missing] == [2]
    assert may_see(round_, 2, 1)
    assert may_see(round_, None, 3)


def test_only_the_chair_closes_early_and_only_after_submitting() -> None:
    roles = ("chair", "member", "member")
    assert close_refusal(panel(False, True, False, roles=roles), 1) == "closer_not_submitted"
    assert close_refusal(panel(True, True, False, roles=roles), 2) == "not_chair"
    assert close_refusal(panel(True, True, False, roles=roles), 9) == "not_on_panel"
    assert close_refusal(panel(True, True, True, roles=roles), 1) == "already_closed"
    assert close_refusal(panel(True, False, False, roles=roles), 1) is None
    # No chair on the panel: any member who has submitted.
    assert close_refusal(panel(False, True, False), 2) is None
    assert close_refusal(panel(False, True, False), 1) == "closer_not_submitted"


def test_a_form_submitted_after_the_round_closed_is_late() -> None:
    closed = datetime(2026, 1, 5, 10, tzinfo=UTC)
    assert submitted_after_close(closed + timedelta(minutes=1), closed)
    assert not submitted_after_close(closed - timedelta(minutes=1), closed)
    assert not submitted_after_close(None, closed)
    assert not submitted_after_close(closed, None)


# --- properties ------------------------------------------------------------------------


@given(rounds(), askers, st.integers(min_value=1, max_value=6))
def test_the_rule_in_one_sentence(round_: Round, asker: int | None, member: int) -> None:
    on_panel = round_.seat(asker) is not None
    expected = round_.closed or (on_panel and asker == member)
    assert may_see(round_, asker, member) == expected


@given(rounds(), st.integers(min_value=1, max_value=6))
def test_an_open_round_hides_every_other_member_from_every_asker(
        round_: Round, member: int) -> None:
    if round_.closed:
        return
    for asker in [None, *(seat.panel_member_id for seat in round_.seats)]:
        if asker != member:
            assert not may_see(round_, asker, member)


@given(rounds(), askers)
def test_who_has_not_submitted_is_told_to_submit_first(
        round_: Round, asker: int | None) -> None:
    seat = round_.seat(asker)
    for other in round_.seats:
        reason = refusal(round_, asker, other.panel_member_id)
        if reason == "viewer_not_submitted":
            assert seat is not None and not seat.submitted
        elif reason == "others_not_submitted":
            assert seat is None or seat.submitted


@given(rounds(), askers)
def test_the_matrix_opens_with_the_round_and_never_shows_a_refused_column(
        round_: Round, asker: int | None) -> None:
    shown = matrix_refusal(round_, asker) is None
    assert shown == round_.closed
    if shown:
        assert all(may_see(round_, asker, s.panel_member_id) for s in round_.seats)
    else:
        others = [s for s in round_.seats if s.panel_member_id != asker]
        assert not others or matrix_refusal(round_, asker) in {
            refusal(round_, asker, s.panel_member_id) for s in others}


@given(rounds(), st.integers(min_value=1, max_value=6))
def test_closing_is_possible_only_while_open_and_opens_every_form(
        round_: Round, closer: int) -> None:
    if close_refusal(round_, closer) is None:
        assert not round_.closed
        closed = Round(round_.seats, closed_early=True)
        assert all(may_see(closed, None, s.panel_member_id) for s in round_.seats)
