"""Team mode on a throwaway PostgreSQL server (``conftest.pg_server``): migrations,
erasure, the interviewers' logins, and the blind rule enforced by row-level security,
proved by connecting as two interviewers and as the owner with raw SQL."""

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy.engine import make_url
from sqlmodel import select

from interviewdesk.domain import blind
from interviewdesk.example.database import load_example
from interviewdesk.store import migrate, team
from interviewdesk.store.database import Database, ServerUnavailable, driver_url
from interviewdesk.store.erasure import erase_candidate
from interviewdesk.store.migrate import HEAD_REVISION, current_revision, upgrade
from interviewdesk.store.models import Assessment, Candidate, Erasure, Interviewer, Rating
from interviewdesk.store.startup import ServerProblem, open_server, open_store
from tests.store.test_assessments import TODAY, Panel, make_interview

PASSWORD = "correct horse battery staple"


def revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    return [script.revision for script in reversed(list(scripts.walk_revisions()))]


# -- the same migrations, the same store ----------------------------------------------


def test_every_migration_runs_on_postgresql_and_keeps_the_rows(
        empty_pg_database: str, fill_every_table: Any, read_every_row: Any) -> None:
    database = Database.on_server(empty_pg_database)
    try:
        steps = revisions()
        assert steps[0] == "0001" and steps[-1] == HEAD_REVISION
        # Filled before 0013, whose login_role must come out empty; later migrations
        # (0014's version counters) run on the filled rows as well.
        for revision in steps[:steps.index("0013")]:
            upgrade(database.engine, revision=revision)
            assert current_revision(database.engine) == revision
        rows = fill_every_table(database)
        upgrade(database.engine)
        assert current_revision(database.engine) == HEAD_REVISION
        after = read_every_row(database, sorted(rows))
        for table, row in rows.items():
            assert len(after[table]) == 1, table
            for column, value in row.items():
                if isinstance(value, str):
                    assert after[table][0][column] == value, (table, column)
        if "login_role" not in rows["interviewer"]:  # 0013 was the last step: added empty
            assert after["interviewer"][0]["login_role"] == ""
        # The one entry is of no form kind, so 0017 links it to no seat.
        assert after["auditentry"][0]["panel_member_id"] is None
        tables = set(sa.inspect(database.engine).get_table_names())
        assert tables == {*sa.MetaData().tables, *_model_tables(), "alembic_version"}
        assert not any(name.startswith("search_index") for name in tables)  # no FTS5
        with database.engine.connect() as connection:
            command.downgrade(migrate.alembic_config(connection), "0001")
            connection.commit()
        assert current_revision(database.engine) == "0001"
    finally:
        database.close()


def _model_tables() -> set[str]:
    from sqlmodel import SQLModel

    return set(SQLModel.metadata.tables)


def test_the_laptop_does_not_migrate_the_server_and_says_who_must(
        empty_pg_database: str, data_dir: Path) -> None:
    with pytest.raises(migrate.MigrationError, match="team init"):
        open_store(data_dir, database_url=empty_pg_database)
    database = Database.on_server(empty_pg_database)
    upgrade(database.engine, revision="0006")
    database.close()
    with pytest.raises(migrate.MigrationError, match="older than this version"):
        open_server(empty_pg_database)
    assert list(data_dir.iterdir()) == []  # nothing local was made


@pytest.mark.parametrize("url, expected", [
    ("mysql://x@y/z", "postgresql://user@host/database"),
    ("postgresql://nobody@/nowhere?host=/nonexistent-socket-dir", "could not be used"),
])
def test_a_bad_server_is_one_clear_sentence(url: str, expected: str) -> None:
    with pytest.raises(ServerProblem, match=expected) as raised:
        open_server(url)
    assert "\n" not in str(raised.value)


def test_a_password_in_the_url_stays_out_of_messages() -> None:
    with pytest.raises(ServerUnavailable) as raised:
        driver_url("mysql://anna:geheim@host/db")
    assert "geheim" not in str(raised.value)


def test_erasure_on_the_server_removes_every_row_and_makes_no_local_copy(
        pg_database: str, data_dir: Path) -> None:
    database = open_store(data_dir, database_url=pg_database)
    try:
        ids = load_example(database)
        person = ids.candidate_ids[0]
        result = erase_candidate(database, data_dir, person, reason="request")
        assert result.counts["applications"] >= 1
        assert (result.backups_rewritten, result.copies_removed) == (0, 0)
        with database.session() as session:
            assert session.get(Candidate, person) is None
            assert len(session.exec(select(Erasure)).all()) == 1
        with database.engine.connect() as connection:
            orphans = connection.exec_driver_sql(
                "SELECT count(*) FROM application WHERE candidate_id = %(id)s",
                {"id": person}).scalar_one()
        assert orphans == 0
    finally:
        database.close()
    assert list(data_dir.iterdir()) == []


# -- logins and row-level security ------------------------------------------------------


@pytest.fixture
def server(empty_pg_database: str) -> Iterator[str]:
    """A server after ``team init``; the roles it made are dropped afterwards (roles
    belong to the whole server, not to the database)."""
    result = team.init_server(empty_pg_database)
    assert result.revision == HEAD_REVISION and result.group_created
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


def as_login(url: str, role: str) -> psycopg.Connection:
    """A plain psycopg connection as ``role`` — what someone with psql would have."""
    parsed = make_url(url)
    return psycopg.connect(dbname=parsed.database, user=role,
                           host=parsed.query["host"], autocommit=True)


@pytest.fixture
def panel(server: str) -> Panel:
    database = open_server(server)
    try:
        made = make_interview(database, "Daniëlle Kok", TODAY - timedelta(days=1))
        with database.session() as session:
            for seat in (made.chair, made.member, made.hr):
                form = Assessment(interview_id=made.interview, panel_member_id=seat,
                                  strengths=f"strengths of seat {seat}")
                session.add(form)
                session.flush()
                session.add(Rating(assessment_id=int(form.id or 0), competency_id=made.vak,
                                   score=3, evidence=f"evidence of seat {seat}"))
    finally:
        database.close()
    return made


def seat_of_form(url: str) -> dict[int, int]:
    database = open_server(url)
    try:
        with database.session() as session:
            return {int(a.id or 0): a.panel_member_id for a in session.exec(select(Assessment))}
    finally:
        database.close()


def visible_seats(connection: psycopg.Connection, table: str) -> set[int]:
    """The panel seats whose rows of ``table`` the login reads with raw SQL."""
    if table == "assessment":
        sql = "SELECT panel_member_id FROM assessment"
    else:
        sql = ("SELECT a.panel_member_id FROM rating r "
               "LEFT JOIN assessment a ON a.id = r.assessment_id")
    return {row[0] for row in connection.execute(sql)}


def domain_round(url: str, interview_id: int) -> blind.Round:
    """The round as the store describes it to ``domain.blind`` (read as the owner)."""
    from interviewdesk.store.assessments import _reading as reading
    from interviewdesk.store.assessments.round import describe
    from interviewdesk.store.models import Interview

    database = open_server(url)
    try:
        with database.session() as session:
            interview = session.get(Interview, interview_id)
            assert interview is not None
            return describe(reading.seats(session, interview_id), interview)
    finally:
        database.close()


def test_logins_are_made_hashed_linked_and_turned_off(server: str) -> None:
    login = team.add_interviewer(server, "Daniëlle  de Kok", PASSWORD, email="d@kok.nl")
    assert (login.role, login.created) == ("danielle_de_kok", True)
    database = open_server(server)
    try:
        with database.session() as session:
            row = session.get(Interviewer, login.interviewer_id)
            assert row is not None and (row.name, row.email, row.login_role) == (
                "Daniëlle de Kok", "d@kok.nl", "danielle_de_kok")
        with database.engine.connect() as connection:
            stored, can_login = connection.exec_driver_sql(
                "SELECT rolpassword, rolcanlogin FROM pg_authid "
                "WHERE rolname = 'danielle_de_kok'").one()
        assert stored.startswith("SCRAM-SHA-256$") and PASSWORD not in stored and can_login
        assert team.remove_interviewer(server, "daniëlle de kok").role == "danielle_de_kok"
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql(
                "SELECT rolcanlogin FROM pg_roles WHERE rolname = 'danielle_de_kok'"
            ).scalar_one() is False
        with database.session() as session:  # the record stays
            assert session.get(Interviewer, login.interviewer_id) is not None
        again = team.add_interviewer(server, "Daniëlle de Kok", PASSWORD)
        assert (again.role, again.created, again.interviewer_id) == (
            "danielle_de_kok", False, login.interviewer_id)
    finally:
        database.close()


@pytest.mark.parametrize("name, login, message", [
    ("Sanne", "postgres", "not an InterviewDesk interviewer"),
    ("Sanne", "Robert'); DROP TABLE x; --", "not a usable login name"),
    ("   ", None, "name is empty"),
])
def test_bad_logins_are_refused(server: str, name: str, login: str | None,
                                message: str) -> None:
    with pytest.raises(team.TeamError, match=message):
        team.add_interviewer(server, name, PASSWORD, login=login)


def test_removing_someone_unknown_is_refused(server: str) -> None:
    with pytest.raises(team.TeamError, match="no interviewer called"):
        team.remove_interviewer(server, "Niemand")


@pytest.mark.parametrize("how", ["chair_closes_early", "everyone_submits"])
def test_the_server_keeps_the_blind_rule_against_raw_sql(server: str, panel: Panel,
                                                         how: str) -> None:
    """René (member) and Sanne (chair) log in; Inge (hr) has no login. Every step,
    what each login reads equals what ``domain.blind.may_see`` allows."""
    rene = team.add_interviewer(server, "René", PASSWORD).role
    sanne = team.add_interviewer(server, "Sanne", PASSWORD).role
    seats = {rene: panel.member, sanne: panel.chair}
    forms = {seat: form for form, seat in seat_of_form(server).items()}

    def agrees_with_domain() -> None:
        round_ = domain_round(server, panel.interview)
        for login, seat in seats.items():
            allowed = {member for member in (panel.chair, panel.member, panel.hr)
                       if blind.may_see(round_, seat, member)}
            with as_login(server, login) as connection:
                assert visible_seats(connection, "assessment") == allowed, (login, round_)
                assert visible_seats(connection, "rating") == allowed, (login, round_)

    def submit(login: str) -> None:
        with as_login(server, login) as connection:
            done = connection.execute(
                "UPDATE assessment SET submitted_at = now() WHERE panel_member_id = %s",
                (seats[login],))
            assert done.rowcount == 1

    # Before anyone submits: each reads their own form only.
    agrees_with_domain()
    with as_login(server, rene) as connection:
        assert visible_seats(connection, "rating") == {panel.member}
        # Not someone else's form: no row to change, none to add to.
        assert connection.execute("UPDATE rating SET score = 1 WHERE assessment_id = %s",
                                  (forms[panel.chair],)).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("INSERT INTO rating (assessment_id, competency_id, score, "
                               "evidence) VALUES (%s, %s, 5, 'sneaky')",
                               (forms[panel.chair], panel.klant))
        # Nor can he make Sanne's seat his, or pass for Sanne.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("UPDATE panelmember SET interviewer_id = interviewer_id "
                               "WHERE id = %s", (panel.chair,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("UPDATE interviewer SET login_role = %s", (rene,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # its seats would go too
            connection.execute("DELETE FROM interviewer WHERE login_role = ''")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("DELETE FROM panelmember WHERE id = %s", (panel.hr,))
        # His own form is his to fill in.
        assert connection.execute("UPDATE rating SET evidence = 'mine' WHERE assessment_id "
                                  "= %s", (forms[panel.member],)).rowcount == 1

    # Sanne submits: René, who has not, still reads nothing of hers (viewer_not_submitted).
    submit(sanne)
    agrees_with_domain()
    # René submits too, Inge has not: still hidden (others_not_submitted).
    submit(rene)
    agrees_with_domain()
    with as_login(server, rene) as connection:
        assert visible_seats(connection, "rating") == {panel.member}
        # A member who is not the chair cannot close the round early.
        with pytest.raises(psycopg.errors.RaiseException, match="Only the chair"):
            connection.execute("UPDATE interview SET round_closed_at = now() WHERE id = %s",
                               (panel.interview,))

    if how == "chair_closes_early":
        with as_login(server, sanne) as connection:
            connection.execute("UPDATE interview SET round_closed_at = now(), "
                               "round_closed_by = 'Sanne' WHERE id = %s", (panel.interview,))
            with pytest.raises(psycopg.errors.RaiseException, match="administrator reopens"):
                connection.execute("UPDATE interview SET round_closed_at = NULL "
                                   "WHERE id = %s", (panel.interview,))
    else:  # Inge's form comes in through the owner (she has no login)
        database = open_server(server)
        with database.engine.begin() as connection:
            connection.exec_driver_sql("UPDATE assessment SET submitted_at = now() "
                                       "WHERE panel_member_id = %(seat)s", {"seat": panel.hr})
        database.close()
    # The round is closed: everyone reads every form.
    agrees_with_domain()
    with as_login(server, rene) as connection:
        assert visible_seats(connection, "rating") == {panel.chair, panel.member, panel.hr}


def test_the_owner_reads_everything_at_any_time(server: str, panel: Panel) -> None:
    database = open_server(server)
    try:
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM rating").scalar_one() == 3
    finally:
        database.close()


def test_team_init_can_run_again(server: str) -> None:
    again = team.init_server(server)
    assert (again.revision, again.group_created) == (HEAD_REVISION, False)


def login_url(url: str, role: str) -> str:
    return make_url(url).set(username=role).render_as_string(hide_password=False)


def test_an_interviewers_app_works_through_its_own_login(server: str, data_dir: Path) -> None:
    """The store's own functions, run as René's and Sanne's logins: the grants are
    enough to fill in and submit a form and close a round, and the app's blind gate
    and the server's agree."""
    from interviewdesk.store.assessments.forms import (
        AssessmentEdit,
        RatingEdit,
        open_form,
        save_form,
        status_of_forms,
        submit_form,
    )
    from interviewdesk.store.assessments.reminders import follow_up
    from interviewdesk.store.assessments.round import ScoresHidden, close_round, round_state

    owner = open_server(server)
    made = make_interview(owner, "Thijs van Dijk", TODAY - timedelta(days=1))
    owner.close()
    team.add_interviewer(server, "René", PASSWORD)
    team.add_interviewer(server, "Sanne", PASSWORD)

    def fill_and_submit(role: str, seat: int) -> None:
        database = open_store(data_dir, database_url=login_url(server, role))
        try:
            form = open_form(database, made.interview, seat)
            save_form(database, form.assessment_id,
                      [RatingEdit(made.vak, score=4), RatingEdit(made.klant, score=3),
                       RatingEdit(made.samen, score=3), AssessmentEdit(recommendation="yes")])
            submit_form(database, form.assessment_id, accept_not_assessed=True)
        finally:
            database.close()

    fill_and_submit("sanne", made.chair)
    fill_and_submit("rene", made.member)
    rene = open_store(data_dir, database_url=login_url(server, "rene"))
    try:
        from interviewdesk.store.assessments.forms import read_form

        with pytest.raises(ScoresHidden):
            read_form(rene, made.interview, made.chair, made.member)
        states = {status.panel_member_id: status.state
                  for status in status_of_forms(rene, made.interview)}
        assert states[made.member] == "submitted"
        # Sanne's form stays unreadable for René until the round closes, but that it
        # is in is no secret: the panel's progress and the follow-up list say so.
        assert states[made.chair] == "submitted"
        assert states[made.hr] == "not_started"
        with rene.session() as session:
            readable = {a.panel_member_id for a in session.exec(select(Assessment))}
        assert readable == {made.member}
        assert round_state(rene, made.interview).missing_ids == (made.hr,)
        chased = {item.panel_member_id for item in follow_up(rene, TODAY).open_assessments}
        assert made.hr in chased and made.chair not in chased
    finally:
        rene.close()
    sanne = open_store(data_dir, database_url=login_url(server, "sanne"))
    try:
        assert close_round(sanne, made.interview, made.chair, "Inge is ziek").closed
    finally:
        sanne.close()
    rene = open_store(data_dir, database_url=login_url(server, "rene"))
    try:
        assert read_form(rene, made.interview, made.chair, made.member).ratings
    finally:
        rene.close()
