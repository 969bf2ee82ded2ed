"""Merging two saves of one record (``concurrent_edits.merge_fields`` and
``merge_records``): one-sided changes merge, two-sided ones are asked about."""

from interviewdesk.domain.concurrent_edits import FieldClash, merge_fields, merge_records


def test_fields_only_one_side_changed_merge_without_asking() -> None:
    base = {"name": "Eva", "city": "Gouda", "notes": "", "consent": False}
    theirs = {"name": "Eva", "city": "Delft", "notes": "", "consent": False}
    mine = {"name": "Eva Smit", "city": "Gouda", "notes": "", "consent": True}
    outcome = merge_fields(base, theirs, mine)
    assert outcome.merged == {"name": "Eva Smit", "city": "Delft", "notes": "",
                              "consent": True}
    assert outcome.clashes == ()


def test_the_same_change_on_both_sides_is_no_clash() -> None:
    outcome = merge_fields({"a": 1}, {"a": 2}, {"a": 2})
    assert (outcome.merged, outcome.clashes) == ({"a": 2}, ())


def test_two_different_changes_clash_and_hold_theirs_until_chosen() -> None:
    outcome = merge_fields({"notes": "x", "weight": 1.0}, {"notes": "theirs", "weight": 2.0},
                           {"notes": "mine", "weight": 3.0})
    assert outcome.clashes == (FieldClash("notes", "x", "theirs", "mine"),
                               FieldClash("weight", 1.0, 2.0, 3.0))
    assert outcome.merged == {"notes": "theirs", "weight": 2.0}


def test_a_field_added_or_removed_on_one_side() -> None:
    # Someone else recorded a reference consent; this user removed the retention one.
    base = {"consent:retention": "r"}
    theirs = {"consent:retention": "r", "consent:reference": "ref"}
    mine: dict[str, object] = {}
    outcome = merge_fields(base, theirs, mine)
    assert outcome.merged == {"consent:reference": "ref"} and outcome.clashes == ()
    # Both changed it: one removed, the other changed — asked, with None for "absent".
    clash = merge_fields({"x": 1}, {"x": 2}, {}).clashes
    assert clash == (FieldClash("x", 1, 2, None),)


def test_records_merge_by_key_and_keep_what_either_side_added() -> None:
    base = {1: {"name": "Vak"}, 2: {"name": "Klant"}, 3: {"name": "Samen"}}
    theirs = [(1, {"name": "Vakkennis"}), (2, {"name": "Klant"}), (4, {"name": "Nieuw"})]
    mine = [(3, {"name": "Samen"}), (1, {"name": "Vak"}), (None, {"name": "Eigen"})]
    outcome = merge_records(base, theirs, mine)
    # Mine's order; 2 removed by me and untouched by them: gone; 3 removed by them and
    # untouched by me: gone; their new 4 at the end.
    assert outcome.records == [(1, {"name": "Vakkennis"}), (None, {"name": "Eigen"}),
                               (4, {"name": "Nieuw"})]
    assert (outcome.clashes, outcome.kept, outcome.revived) == ({}, (), ())


def test_a_removal_never_swallows_the_other_sides_change() -> None:
    base = {1: {"name": "Vak"}, 2: {"name": "Klant"}}
    theirs = [(1, {"name": "Vakkennis"})]            # they removed 2, changed 1
    mine = [(2, {"name": "Klantgericht"})]           # I removed 1, changed 2
    outcome = merge_records(base, theirs, mine)
    assert outcome.records == [(2, {"name": "Klantgericht"}), (1, {"name": "Vakkennis"})]
    assert (outcome.kept, outcome.revived) == ((1,), (2,))


def test_records_changed_on_both_sides_report_their_clashes() -> None:
    outcome = merge_records({1: {"text": "a", "kind": "open"}},
                            [(1, {"text": "b", "kind": "open"})],
                            [(1, {"text": "c", "kind": "star"})])
    assert outcome.records == [(1, {"text": "b", "kind": "star"})]
    assert outcome.clashes == {1: (FieldClash("text", "a", "b", "c"),)}
