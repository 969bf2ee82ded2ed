"""The team-mode load test, short: four interviewers' apps (processes, each with its
own login and connection) autosave and submit on the test server at once, and not one
saved value may be missing afterwards. No timing is asserted (the benchmark reports
it: ``python -m benchmarks.team_load``)."""

from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from benchmarks import team_load
from interviewdesk.store import team
from interviewdesk.store.database import Database, driver_url


@pytest.fixture
def load_database(empty_pg_database: str) -> Iterator[str]:
    """An empty database; the roles the load test makes are dropped again afterwards
    (roles belong to the whole test server)."""
    yield empty_pg_database
    database = Database.on_server(empty_pg_database)
    with database.engine.begin() as connection:
        roles = [row[0] for row in connection.exec_driver_sql(
            "SELECT login_role FROM interviewer WHERE login_role <> ''")]
        connection.exec_driver_sql(f"DROP OWNED BY {', '.join([*roles, team.GROUP_ROLE])}")
    database.close()
    admin = sa.create_engine(driver_url(empty_pg_database), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        for role in [*roles, team.GROUP_ROLE]:
            connection.exec_driver_sql(f"DROP ROLE IF EXISTS {role}")
    admin.dispose()


def test_four_clients_writing_at_once_lose_nothing(load_database: str) -> None:
    result = team_load.run_load(load_database, clients=4, seconds=3, pause=0,
                                flushes_per_form=2)
    assert result["lost"] == [] and result["lost_writes"] == 0
    assert result["failed"] == []
    # Two members writing the first note of a stage at once do not clash either.
    assert result["retries"] == {}
    # It did what it claims: every client saved, and forms were submitted.
    assert result["flushes"] >= 4 and result["form_saves"] >= 4
    assert result["forms_submitted"] >= 1


def test_a_missing_write_is_counted(load_database: str) -> None:
    """The check itself: a value a client claims to have saved, that the server does
    not hold, is a lost write (and so is a claimed submission that is not there)."""
    plans = team_load.prepare(load_database, clients=1, seconds=1, pause=1)
    interview, seat = plans[0].interviews[0]
    report = team_load.ClientReport(0, notes={interview: "never written"},
                                    ticks={interview: True},
                                    submitted={12345: seat})
    lost = team_load.lost_writes(load_database, [report])
    assert len(lost) == 4  # the notes, the tick, the form, its audit entry
    assert team_load.lost_writes(load_database, [team_load.ClientReport(0)]) == []


def test_the_default_pause_is_the_apps_autosave_delay() -> None:
    """The benchmark's clients save as often as the app's autosave can, no more."""
    from interviewdesk.ui.pending_writes import DELAY_MS

    assert team_load.AUTOSAVE_PAUSE_S == DELAY_MS / 1000
    assert team_load.run_load.__kwdefaults__["pause"] == team_load.AUTOSAVE_PAUSE_S
