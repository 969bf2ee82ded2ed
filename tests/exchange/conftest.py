"""Two laptops in one test: the chair's data folder with the example loaded, and a
panel member's, empty at first; helpers to dump a database and to rewrite a package."""

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from interviewdesk.example.database import ExampleIds, load_example
from interviewdesk.store.database import Database
from interviewdesk.store.startup import open_store


@dataclass
class Chair:
    """The chair's laptop: the example, and René Mulder's seat on the waiting interview."""

    db: Database
    ids: ExampleIds

    @property
    def interview_id(self) -> int:
        return self.ids.waiting_interview_id

    @property
    def rene(self) -> int:
        return self.ids.waiting_panel_member_ids[1]


@pytest.fixture
def chair(tmp_path: Path) -> Iterator[Chair]:
    db = open_store(tmp_path / "chair")
    try:
        yield Chair(db, load_example(db))
    finally:
        db.close()


@pytest.fixture
def member_db(tmp_path: Path) -> Iterator[Database]:
    """A panel member's laptop: a fresh, empty data folder."""
    db = open_store(tmp_path / "member")
    try:
        yield db
    finally:
        db.close()
