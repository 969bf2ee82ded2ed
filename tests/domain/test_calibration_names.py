"""Whose calibration figures are shown by name, and to whom."""

from interviewdesk.domain.calibration_names import letters, shown_names

NAMES = {1: "Anna", 2: "Bram", 3: "Cem", 4: "Dirk"}
RATED_IN = {1: {10, 11}, 2: {10, 11}, 3: {11, 12}, 4: {12}}
CHAIRS = {10: {1}, 11: {1}, 12: {4}}


def test_nobody_at_the_keyboard_sees_only_those_who_consented() -> None:
    shown = shown_names(NAMES, None, {3}, RATED_IN, CHAIRS)
    assert [shown[i].named for i in (1, 2, 3, 4)] == [False, False, True, False]
    assert shown[3].name == "Cem" and shown[3].why == "consent"
    # Letters among the anonymised only, in id order: nothing to learn about Cem.
    assert [shown[i].letter for i in (1, 2, 4)] == ["A", "B", "C"]
    assert all(shown[i].name == "" for i in (1, 2, 4))


def test_own_figures_by_name_and_the_chaired_ones() -> None:
    shown = shown_names(NAMES, 1, set(), RATED_IN, CHAIRS)
    assert shown[1].why == "own"
    # Anna chaired both of Bram's interviews, but only one of Cem's.
    assert shown[2].why == "chair" and shown[2].name == "Bram"
    assert shown[3].why == "anonymous" and shown[4].why == "anonymous"
    assert (shown[3].letter, shown[4].letter) == ("A", "B")


def test_a_member_does_not_see_the_chair_by_name() -> None:
    shown = shown_names(NAMES, 2, set(), RATED_IN, CHAIRS)
    assert shown[2].named and not shown[1].named and not shown[3].named


def test_an_interviewer_with_no_interviews_is_not_named_by_chairing() -> None:
    shown = shown_names({1: "Anna", 5: "Eva"}, 1, set(), {1: {10}}, CHAIRS)
    assert not shown[5].named


def test_letters_go_on_after_z() -> None:
    assert letters(28)[-3:] == ["Z", "AA", "AB"]
