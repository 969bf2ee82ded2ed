"""The example database the PDF tests print from: made once per test session, then
copied for each test, so a test may change it without disturbing the others."""

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from interviewdesk.example.database import ExampleIds, load_example
from interviewdesk.store.database import Database
from interviewdesk.store.paths import database_path
from interviewdesk.store.startup import open_store


@pytest.fixture(scope="session")
def example_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ExampleIds]:
    """A data folder with the example loaded and the database closed cleanly."""
    folder = tmp_path_factory.mktemp("example-template")
    db = open_store(folder)
    try:
        ids = load_example(db)
    finally:
        db.close()
    return database_path(folder), ids


@pytest.fixture
def example(tmp_path: Path, example_template: tuple[Path, ExampleIds]
            ) -> Iterator[tuple[Database, ExampleIds]]:
    """A private copy of the example database, open, with the ids of what is in it."""
    source, ids = example_template
    folder = tmp_path / "store"
    folder.mkdir()
    target = database_path(folder)
    for part in source.parent.glob(source.name + "*"):  # the file, and a WAL if one is left
        shutil.copyfile(part, folder / part.name)
    db = Database(target)
    yield db, ids
    db.close()


@pytest.fixture
def db(example: tuple[Database, ExampleIds]) -> Database:
    """The example database."""
    return example[0]


@pytest.fixture
def ids(example: tuple[Database, ExampleIds]) -> ExampleIds:
    """The ids of the example's rows."""
    return example[1]
