"""Two editors on one text: whose text is written, and when neither may be."""

from hypothesis import given
from hypothesis import strategies as st

from interviewdesk.domain.concurrent_edits import (
    Conflict,
    Seen,
    after_write,
    merge_texts,
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


def test_a_merge_has_the_note_both_started_from_once() -> None:
    # Both added a sentence to the same note: the note once, then theirs, then mine.
    assert merge_texts("Eerste indruk goed. Aysel: kent het product.",
                       "Eerste indruk goed. Ik: stelt goede vragen.") == (
        "Eerste indruk goed. Aysel: kent het product. Ik: stelt goede vragen.")
    assert merge_texts("Intro.\n\nHun stuk.\n\nSlot.", "Intro.\n\nMijn stuk.\n\nSlot.") == (
        "Intro.\n\nHun stuk.\n\nMijn stuk.\n\nSlot.")
    # One text holds the other: that one.
    assert merge_texts("Goed.", "Goed. Rustig.") == "Goed. Rustig."
    # Never two different sentences spliced at a shared word.
    assert merge_texts("De kandidaat was rustig", "De kandidaat was nerveus") == (
        "De kandidaat was rustig\n\nDe kandidaat was nerveus")


@given(st.text(alphabet="ab .\n", max_size=30), st.text(alphabet="ab .\n", max_size=30))
def test_a_merge_loses_no_word_of_either_text(theirs: str, mine: str) -> None:
    merged = merge_texts(theirs, mine)
    for text in (theirs, mine):
        for word in text.split():
            assert merged.split().count(word) >= 1
    assert len(merged) <= len(theirs) + len(mine) + 2
