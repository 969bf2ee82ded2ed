"""Fixtures shared by the assessment tests (the forms and the panel discussion): the
test data folder's store with the example loaded.

The example holds a decided interview (every form submitted), one waiting for René
Mulder's form (in progress), one under way and one planned; ``example`` has their ids.
The form tests' own fixture (``open_form_window``) lives in ``form_fixtures``.
"""

import pytest

from interviewdesk.example.database import ExampleIds, load_example
from interviewdesk.store.database import Database
from tests.ui.assessment.form_fixtures import open_form_window  # noqa: F401 (a fixture)


@pytest.fixture
def example(db: Database) -> ExampleIds:
    """The example loaded into the test's store (``db``); the ids of what it wrote."""
    return load_example(db)
