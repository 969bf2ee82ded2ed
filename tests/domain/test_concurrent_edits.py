"""Two editors on one text: whose text is written, and when neither may be."""

from interviewdesk.domain.concurrent_edits import (
    Conflict,
    Seen,
    after_write,
    reconcile,
    resolved,
)

NOTE = ("stage", "skills")


def test_nobody_else_wrote_so_mine_is_written() -> None:
    outcome = reconcile(NOTE, Seen(3, {"notes": "oud"}), 3, {"notes": "oud"}, {"notes": "nieuw"})
    assert outcome.write == {"notes": "nieuw"} and outcome.conflicts == ()


def test_someone_else_changed_the_same_text_so_nothing_is_written() -> None:
    outcome = reconcile(NOTE, Seen(3, {"notes": "oud"}), 4, {"notes": "van Aysel"},
                        {"notes": "van Joris"})
    assert outcome.write == {}
    assert outcome.conflicts == (Conflict(NOTE, "notes", "van Aysel", "van Joris", 4),)


def test_someone_else_changed_another_text_of_the_record_so_mine_is_written() -> None:
    seen = Seen(3, {"notes": "oud", "task": ""})
    outcome = reconcile(("answer", 7), seen, 4, {"notes": "oud", "task": "van Aysel"},
                        {"notes": "van Joris"})
    assert outcome.write == {"notes": "van Joris"} and outcome.conflicts == ()


def test_the_same_text_typed_twice_is_no_conflict() -> None:
    outcome = reconcile(NOTE, Seen(1, {}), 2, {"notes": "zelfde"}, {"notes": "zelfde"})
    assert outcome.write == {"notes": "zelfde"} and outcome.conflicts == ()


def test_a_record_made_by_someone_else_meanwhile_is_a_conflict() -> None:
    outcome = reconcile(NOTE, Seen(), 1, {"notes": "van Aysel"}, {"notes": "van Joris"})
    assert [c.theirs for c in outcome.conflicts] == ["van Aysel"]


def test_the_version_moves_on_only_when_the_screen_is_in_step() -> None:
    seen = Seen(3, {"notes": "oud", "task": "oud"})
    assert after_write(seen, {"notes": "nieuw"}, 5, {"notes": "nieuw", "task": "oud"}) \
        == Seen(5, {"notes": "nieuw", "task": "oud"})
    # Someone else's task is not on this screen: the next save must compare again.
    behind = after_write(seen, {"notes": "nieuw"}, 5, {"notes": "nieuw", "task": "ander"})
    assert behind.version == 3
    assert reconcile(NOTE, behind, 5, {"task": "ander"}, {"task": "mijn"}).conflicts


def test_a_resolved_conflict_is_written_over_theirs_only() -> None:
    conflict = Conflict(NOTE, "notes", "van Aysel", "van Joris", 4)
    seen = resolved(Seen(3, {"notes": "oud"}), conflict)
    assert reconcile(NOTE, seen, 4, {"notes": "van Aysel"}, {"notes": "samen"}).write \
        == {"notes": "samen"}
    again = reconcile(NOTE, seen, 5, {"notes": "Aysel weer"}, {"notes": "samen"})
    assert again.write == {} and again.conflicts[0].theirs == "Aysel weer"


def test_a_merge_starts_as_both_texts() -> None:
    assert Conflict(NOTE, "notes", "Eerst.", "Dan.", 2).merged() == "Eerst.\n\nDan."
    assert Conflict(NOTE, "notes", "  ", "Dan.", 2).merged() == "Dan."
    assert Conflict(NOTE, "notes", "Eerst.", "", 2).merged() == "Eerst."
