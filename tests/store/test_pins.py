"""PINs in the store: only a hash is kept; the owner sets, changes and removes theirs
with the current one; a chair resets a forgotten one; each is in the audit trail."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from interviewdesk.example.database import ExampleIds, load_example
from interviewdesk.store import audit, pins
from interviewdesk.store.database import Database
from interviewdesk.store.models import Interviewer
from interviewdesk.store.startup import open_store
from interviewdesk.store.validation import ValidationError


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    database = open_store(data_dir)
    yield database
    database.close()


@pytest.fixture
def example(db: Database) -> ExampleIds:
    return load_example(db)


def ids_by_name(db: Database) -> dict[str, int]:
    with db.session() as session:
        return {p.name: int(p.id or 0) for p in session.exec(select(Interviewer))}


def stored_hash(db: Database, interviewer_id: int) -> str:
    with db.session() as session:
        person = session.get(Interviewer, interviewer_id)
        assert person is not None
        return person.pin_hash


def pin_lines(db: Database, interview_id: int) -> list[tuple[str, str, str, str]]:
    return [(line.kind, line.actor, line.subject, line.detail)
            for line in audit.trail(db, interview_id) if line.kind.startswith("pin_")]


def test_set_change_and_remove_with_the_current_pin(db: Database, example: ExampleIds) -> None:
    rene = ids_by_name(db)["René Mulder"]
    assert not pins.has_pin(db, rene)
    assert pins.check_pin(db, rene, "anything")  # nothing to check without a PIN

    pins.set_pin(db, rene, "2468")
    assert pins.has_pin(db, rene) and rene in pins.with_pin(db)
    assert "2468" not in stored_hash(db, rene)
    assert stored_hash(db, rene).startswith("scrypt$")
    assert pins.check_pin(db, rene, "2468") and not pins.check_pin(db, rene, "2469")

    with pytest.raises(pins.WrongPin):
        pins.set_pin(db, rene, "1357", current_pin="0000")
    assert pins.check_pin(db, rene, "2468")
    pins.set_pin(db, rene, "een lange zin", current_pin="2468")
    assert pins.check_pin(db, rene, "een lange zin")
    with pytest.raises(pins.WrongPin):
        pins.remove_pin(db, rene, "2468")
    pins.remove_pin(db, rene, "een lange zin")
    assert not pins.has_pin(db, rene)

    assert pin_lines(db, example.waiting_interview_id) == [
        ("pin_set", "René Mulder", "", ""),
        ("pin_changed", "René Mulder", "", ""),
        ("pin_removed", "René Mulder", "", ""),
    ]


def test_a_pin_the_rules_refuse_is_not_set(db: Database, example: ExampleIds) -> None:
    rene = ids_by_name(db)["René Mulder"]
    for bad in ("", "12", "x" * 201):
        with pytest.raises(ValidationError):
            pins.set_pin(db, rene, bad)
    assert not pins.has_pin(db, rene)
    assert pin_lines(db, example.waiting_interview_id) == []


def test_a_chair_resets_a_forgotten_pin_typing_their_own(
        db: Database, example: ExampleIds) -> None:
    people = ids_by_name(db)
    sanne, rene = people["Sanne de Vries"], people["René Mulder"]
    assert [p.name for p in pins.chairs(db)] == ["Sanne de Vries"]
    pins.set_pin(db, rene, "2468")
    pins.set_pin(db, sanne, "1357")

    with pytest.raises(ValidationError, match="chairs no panel"):
        pins.reset_pin(db, sanne, rene, "2468")
    with pytest.raises(pins.WrongPin):
        pins.reset_pin(db, rene, sanne, "0000")
    with pytest.raises(ValidationError, match="your own"):
        pins.reset_pin(db, sanne, sanne, "1357")
    assert pins.has_pin(db, rene)

    pins.reset_pin(db, rene, sanne, "1357", "Vergeten na de vakantie")

    assert not pins.has_pin(db, rene)
    assert pin_lines(db, example.waiting_interview_id)[-1] == (
        "pin_reset", "Sanne de Vries", "René Mulder", "Vergeten na de vakantie")


def test_pin_entries_show_only_with_interviews_the_interviewer_sits_on(
        db: Database, example: ExampleIds) -> None:
    with db.session() as session:
        outsider = Interviewer(name="Kees Buiten")
        session.add(outsider)
        session.flush()
        outsider_id = int(outsider.id or 0)
    pins.set_pin(db, outsider_id, "9999")
    assert pin_lines(db, example.waiting_interview_id) == []
    with pytest.raises(LookupError):
        pins.has_pin(db, 999)
