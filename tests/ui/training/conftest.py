"""Fixtures for the training window: the example loaded into the test's store."""

import pytest

from interviewdesk.example.database import ExampleIds, load_example
from interviewdesk.store.database import Database


@pytest.fixture
def example(db: Database) -> ExampleIds:
    """The example (three interviewers: Sanne de Vries, René Mulder, Inge Meijer)."""
    return load_example(db)
