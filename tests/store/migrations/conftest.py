"""The migration tests run Alembic's scripts on every new database, never the test
session's template copy (see ``tests/conftest.py``)."""

import pytest


@pytest.fixture(autouse=True)
def _new_databases_from_template() -> None:
    """Overrides the session-wide template copy: here the scripts are what is tested."""
