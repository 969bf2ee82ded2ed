"""Following someone else's saves in an open editor (domain/live_edits.py): their text
shows where the user is not typing; where they are, it is held back for the save's
conflict check, and the record keeps the version that makes that check happen."""

from interviewdesk.domain.concurrent_edits import Seen, reconcile
from interviewdesk.domain.live_edits import follow

NOTES = ("stage", "preparation")
ANSWER = ("answer", 7)


def test_nothing_saved_elsewhere_changes_nothing() -> None:
    screen = {NOTES: Seen(3, {"notes": "Mijn tekst"})}
    followed = follow(screen, dict(screen), set())
    assert not followed.anything and followed.show == {} and followed.held == ()


def test_a_text_the_user_is_not_typing_in_shows_theirs() -> None:
    screen = {NOTES: Seen(3, {"notes": "Oud"}), ANSWER: Seen(1, {"notes": "Antwoord"})}
    stored = {NOTES: Seen(4, {"notes": "Nieuw van Aysel"}), ANSWER: Seen(1, {"notes": "Antwoord"})}
    followed = follow(screen, stored, {(ANSWER, "notes")})
    assert followed.show == {(NOTES, "notes"): "Nieuw van Aysel"}
    assert followed.seen == {NOTES: stored[NOTES]}  # the screen is now based on theirs
    assert followed.held == ()


def test_a_text_being_typed_is_held_and_its_save_still_meets_the_change() -> None:
    screen = {ANSWER: Seen(2, {"situation": "S", "task": "T"})}
    stored = {ANSWER: Seen(3, {"situation": "S van Aysel", "task": "T van Aysel"})}
    followed = follow(screen, stored, {(ANSWER, "situation")})
    assert followed.show == {(ANSWER, "task"): "T van Aysel"}
    assert followed.held == ((ANSWER, "situation"),)
    after = followed.seen[ANSWER]
    assert after.version == 2  # not moved on: the save compares text by text
    assert after.text("task") == "T van Aysel" and after.text("situation") == "S"
    # The typed situation meets theirs at the save: a conflict, not an overwrite …
    typed = reconcile(ANSWER, after, 3, stored[ANSWER].texts, {"situation": "Mijn S"})
    assert [c.theirs for c in typed.conflicts] == ["S van Aysel"] and typed.write == {}
    # … while the task, shown as theirs and then typed on, saves without a question.
    on_top = reconcile(ANSWER, after, 3, stored[ANSWER].texts, {"task": "T van Aysel en mij"})
    assert on_top.write == {"task": "T van Aysel en mij"} and on_top.conflicts == ()


def test_a_new_record_elsewhere_is_followed_from_nothing() -> None:
    stored = {ANSWER: Seen(1, {"notes": "Gevraagd door Aysel"})}
    followed = follow({}, stored, set())
    assert followed.show == {(ANSWER, "notes"): "Gevraagd door Aysel"}
    assert followed.seen == {ANSWER: stored[ANSWER]}


def test_a_change_that_leaves_the_texts_alone_moves_the_version_on() -> None:
    """A tick or the clock's seconds saved elsewhere: no text to show, and the typed
    text's save is not taken for a conflict."""
    screen = {NOTES: Seen(3, {"notes": "Mijn tekst"})}
    stored = {NOTES: Seen(4, {"notes": "Mijn tekst"})}
    followed = follow(screen, stored, {(NOTES, "notes")})
    assert followed.show == {} and followed.held == ()
    assert followed.seen == {NOTES: stored[NOTES]}
