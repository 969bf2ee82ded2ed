"""Team mode: the blind rule of ``domain.blind`` also on what else carries a member's
form — the reasons a form was reopened, the audit trail's entries about a form, a
returned form waiting for the chair — and on the consensus scores and the calibration
exercises' ratings. Proved as in ``test_team.py``: the app's own store functions run
as two interviewers' logins, then psql-like raw SQL as each login and as the owner."""

from datetime import timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
import sqlalchemy as sa
from alembic import command
from sqlmodel import select

from interviewdesk.domain import blind
from interviewdesk.example.database import load_example
from interviewdesk.store import migrate, team
from interviewdesk.store.assessments import AssessmentEdit, RatingEdit
from interviewdesk.store.assessments.forms import (
    open_own_form,
    reopen_form,
    save_form,
    submit_form,
)
from interviewdesk.store.assessments.panel import record_consensus
from interviewdesk.store.assessments.round import close_round
from interviewdesk.store.audit import FORM_KINDS
from interviewdesk.store.database import Database
from interviewdesk.store.erasure import erase_candidate
from interviewdesk.store.migrate import HEAD_REVISION, current_revision, upgrade
from interviewdesk.store.models import (
    AuditEntry,
    Candidate,
    ConsensusScore,
    ExerciseRating,
    PendingReturn,
)
from interviewdesk.store.startup import open_server, open_store
from tests.store.test_assessments import TODAY, Panel, make_interview
from tests.store.test_team import (  # noqa: F401  (fixtures)
    PASSWORD,
    as_login,
    domain_round,
    login_url,
    server,
)

#: The tables whose rows belong to one member's form, and how a row finds its seat.
SEAT_OF = {
    "assessmentreopening": "SELECT a.panel_member_id FROM assessmentreopening r "
                           "JOIN assessment a ON a.id = r.assessment_id",
    "pendingreturn": "SELECT a.panel_member_id FROM pendingreturn r "
                     "JOIN assessment a ON a.id = r.assessment_id",
    "auditentry": "SELECT panel_member_id FROM auditentry WHERE panel_member_id IS NOT NULL",
}


def seats_read(connection: psycopg.Connection, table: str) -> set[int]:
    return {row[0] for row in connection.execute(SEAT_OF[table])}


def owner_sql(url: str, sql: str, **values: Any) -> list[tuple[Any, ...]]:
    """Raw SQL as the owner (any schema version)."""
    database = Database.on_server(url)
    try:
        with database.engine.begin() as connection:
            result = connection.execute(sa.text(sql), values)
            return [tuple(row) for row in result] if result.returns_rows else []
    finally:
        database.close()


@pytest.fixture
def panel(server: str) -> Panel:  # noqa: F811  (uses the imported fixture)
    owner = open_server(server)
    try:
        return make_interview(owner, "Daniëlle Kok", TODAY - timedelta(days=1))
    finally:
        owner.close()


def as_app(url: str, role: str, data_dir: Path) -> Database:
    """The store as an interviewer's app opens it: through their own login."""
    return open_store(data_dir, database_url=login_url(url, role))


def fill_in(database: Database, made: Panel, seat: int) -> int:
    form = open_own_form(database, made.interview, seat, pin_checked=False)
    save_form(database, form.assessment_id,
              [RatingEdit(made.vak, score=4), RatingEdit(made.klant, score=3),
               RatingEdit(made.samen, score=2), AssessmentEdit(recommendation="yes")])
    submit_form(database, form.assessment_id)
    return form.assessment_id


def test_reopenings_audit_trail_returns_and_consensus_keep_the_blind_rule(
        server: str, panel: Panel, data_dir: Path) -> None:  # noqa: F811
    team.add_interviewer(server, "René", PASSWORD)
    team.add_interviewer(server, "Sanne", PASSWORD)
    seats = {"rene": panel.member, "sanne": panel.chair}
    everyone = {panel.chair, panel.member, panel.hr}

    def agrees_with_domain(*tables: str) -> None:
        round_ = domain_round(server, panel.interview)
        present = {table: {row[0] for row in owner_sql(server, SEAT_OF[table])}
                   for table in tables}
        for login, seat in seats.items():
            allowed = {m for m in everyone if blind.may_see(round_, seat, m)}
            with as_login(server, login) as connection:
                for table in tables:
                    assert seats_read(connection, table) == allowed & present[table], (
                        login, table, round_)

    # Both fill in and submit through the app, then reopen with a reason and submit again.
    forms = {}
    for login, seat in seats.items():
        database = as_app(server, login, data_dir)
        try:
            forms[login] = fill_in(database, panel, seat)
            reopen_form(database, forms[login], f"reden van {login}: ik twijfel over vak")
            submit_form(database, forms[login])
        finally:
            database.close()
    # A returned form of Sanne's waits for the chair (written as the owner would import it).
    owner_sql(server, "INSERT INTO pendingreturn (assessment_id, package_uuid, reason, "
              "content, received_at, state) VALUES (:form, 'p1', 'nagekomen', "
              "'{\"ratings\": {\"x\": {\"score\": 5}}}', now(), 'pending')",
              form=forms["sanne"])
    # A consensus the owner recorded early (the app cannot: the matrix is closed).
    owner_sql(server, "INSERT INTO consensusscore (interview_id, competency_id, score, reason) "
              "VALUES (:interview, :vak, 3, 'eens')", interview=panel.interview, vak=panel.vak)
    tables = ("assessmentreopening", "pendingreturn", "auditentry")
    # Inge (hr) has not submitted: each login reads only their own form's trail.
    agrees_with_domain(*tables)
    with as_login(server, "rene") as connection:
        reasons = [row[0] for row in connection.execute(
            "SELECT detail FROM auditentry WHERE kind = 'form_reopened'")]
        assert reasons == ["reden van rene: ik twijfel over vak"]
        assert connection.execute("SELECT count(*) FROM consensusscore").fetchone() == (0,)
        # He cannot write the consensus, nor an entry in Sanne's name.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("INSERT INTO consensusscore (interview_id, competency_id, "
                               "score, reason) VALUES (%s, %s, 1, 'ik')",
                               (panel.interview, panel.klant))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("INSERT INTO auditentry (interview_id, at, kind, actor, subject, "
                               "detail, panel_member_id) VALUES (%s, now(), 'form_reopened', "
                               "'Sanne', '', 'vals', %s)", (panel.interview, panel.chair))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("INSERT INTO pendingreturn (assessment_id, package_uuid, "
                               "reason, content, received_at, state) VALUES (%s, 'p2', 'x', "
                               "'{}', now(), 'pending')", (forms["sanne"],))
        # The trails are append-only, also for his own entries.
        for table in ("auditentry", "assessmentreopening"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(f"DELETE FROM {table}")
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(f"UPDATE {table} SET id = id")

    # Sanne closes the round early through the app: every trail and the consensus open up.
    sanne = as_app(server, "sanne", data_dir)
    try:
        assert close_round(sanne, panel.interview, panel.chair, "Inge is ziek").closed
        record_consensus(sanne, panel.interview, panel.klant, 4, "na overleg")
    finally:
        sanne.close()
    agrees_with_domain(*tables)
    with as_login(server, "rene") as connection:
        assert len(list(connection.execute(
            "SELECT detail FROM auditentry WHERE kind = 'form_reopened'"))) == 2
        assert connection.execute("SELECT count(*) FROM consensusscore").fetchone() == (2,)
        assert connection.execute("SELECT count(*) FROM auditentry WHERE kind = "
                                  "'round_closed'").fetchone() == (1,)

    # The owner reopens the round (only the owner may): the consensus closes again.
    owner_sql(server, "UPDATE interview SET round_closed_at = NULL WHERE id = :id",
              id=panel.interview)
    agrees_with_domain(*tables)
    with as_login(server, "rene") as connection:
        assert connection.execute("SELECT count(*) FROM consensusscore").fetchone() == (0,)
        assert connection.execute("UPDATE consensusscore SET score = 1").rowcount == 0
    # The owner reads everything, whatever the round.
    assert owner_sql(server, "SELECT count(*) FROM consensusscore") == [(2,)]
    assert owner_sql(server, "SELECT count(*) FROM assessmentreopening") == [(2,)]


def test_an_entry_about_a_form_whose_seat_is_unknown_waits_for_the_round(
        server: str, panel: Panel) -> None:  # noqa: F811
    """Entries written before 0017 that it could not link stay hidden until the round
    closes; entries about no form (a PIN, a package) are everyone's."""
    team.add_interviewer(server, "René", PASSWORD)
    for kind in sorted(FORM_KINDS):
        owner_sql(server, "INSERT INTO auditentry (interview_id, at, kind, actor, subject, "
                  "detail) VALUES (:i, now(), :kind, 'Iemand', '', 'oud')",
                  i=panel.interview, kind=kind)
    owner_sql(server, "INSERT INTO auditentry (interview_id, at, kind, actor, subject, "
              "detail) VALUES (:i, now(), 'package_imported', 'Inge', '', '')",
              i=panel.interview)
    owner_sql(server, "INSERT INTO auditentry (interview_id, at, kind, actor, subject, "
              "detail) VALUES (NULL, now(), 'pin_set', 'Inge', '', '')")
    with as_login(server, "rene") as connection:
        assert {row[0] for row in connection.execute("SELECT kind FROM auditentry")} == {
            "package_imported", "pin_set"}
    owner_sql(server, "UPDATE interview SET round_closed_at = now() WHERE id = :id",
              id=panel.interview)
    with as_login(server, "rene") as connection:
        assert connection.execute("SELECT count(*) FROM auditentry").fetchone() == (
            len(FORM_KINDS) + 2,)


def test_colleagues_exercise_scores_only_after_rating_it_yourself(
        server: str, data_dir: Path) -> None:  # noqa: F811
    from interviewdesk.store.exercises import RateFirst, rate, reveal, shipped_exercises

    exercise = shipped_exercises()[0]
    rene = team.add_interviewer(server, "René", PASSWORD)
    sanne = team.add_interviewer(server, "Sanne", PASSWORD)
    database = as_app(server, "sanne", data_dir)
    try:
        rate(database, sanne.interviewer_id, exercise, 4, "mijn reden")
    finally:
        database.close()
    database = as_app(server, "rene", data_dir)
    try:
        with pytest.raises(RateFirst):
            reveal(database, exercise, rene.interviewer_id)
        with database.session() as session:  # the app's rule, and the rows are not there
            assert session.exec(select(ExerciseRating)).all() == []
        with as_login(server, "rene") as connection, pytest.raises(
                psycopg.errors.InsufficientPrivilege):
            connection.execute("INSERT INTO exerciserating (interviewer_id, exercise_key, "
                               "score, reason, reference_score, rated_at) VALUES "
                               "(%s, 'x', 1, '', 3, now())", (sanne.interviewer_id,))
        rate(database, rene.interviewer_id, exercise, 2, "")
        assert [c.score for c in reveal(database, exercise, rene.interviewer_id).colleagues] \
            == [4]
        with database.session() as session:
            assert len(session.exec(select(ExerciseRating)).all()) == 2
    finally:
        database.close()


def test_erasure_as_the_owner_removes_every_trail_of_the_candidate(
        server: str, data_dir: Path) -> None:  # noqa: F811
    owner = open_store(data_dir, database_url=server)
    try:
        ids = load_example(owner)
        team.add_interviewer(server, "Sanne de Vries", PASSWORD)
        interviews = [row[0] for row in owner_sql(
            server, "SELECT i.id FROM interview i JOIN application a ON a.id = i.application_id"
            " WHERE a.candidate_id = :c", c=ids.candidate_ids[0])]
        assert interviews
        owner_sql(server, "INSERT INTO consensusscore (interview_id, competency_id, score, "
                  "reason) SELECT :i, id, 3, 'x' FROM competency WHERE vacancy_id = :v "
                  "ON CONFLICT DO NOTHING", i=interviews[0], v=ids.vacancy_id)
        result = erase_candidate(owner, data_dir, ids.candidate_ids[0], reason="request")
        assert result.counts["applications"] >= 1
        with owner.session() as session:
            assert session.get(Candidate, ids.candidate_ids[0]) is None
            for model in (AuditEntry, ConsensusScore, PendingReturn):
                column = getattr(model, "interview_id", None)
                if column is not None:
                    assert session.exec(select(model).where(
                        column.in_(interviews))).all() == []  # type: ignore[attr-defined]
        assert owner_sql(server, "SELECT count(*) FROM assessmentreopening r JOIN assessment a "
                         "ON a.id = r.assessment_id WHERE a.interview_id = ANY(:i)",
                         i=interviews) == [(0,)]
    finally:
        owner.close()
    assert list(data_dir.iterdir()) == []


def test_team_init_upgrades_a_server_initialised_by_the_previous_version(
        empty_pg_database: str, data_dir: Path) -> None:
    """A server at 0016 (before the audit trail learnt its seats) with the policies of
    before (forms and ratings only), a login and a trail: ``team init`` of this version
    migrates it, links the old entries to
    their seats, puts the new policies on, and can run again."""
    owner = Database.on_server(empty_pg_database)
    upgrade(owner.engine)
    # The interview is made with today's models, then the schema goes back to 0016
    # (the columns added since are dropped, the rows stay).
    made = make_interview(owner, "Thijs van Dijk", TODAY - timedelta(days=1))
    with owner.engine.connect() as connection:
        command.downgrade(migrate.alembic_config(connection), "0016")
        connection.commit()
    owner.close()
    engine = sa.create_engine(team_url(empty_pg_database))
    # What team init did then: the group, the functions, the two tables' policies.
    with engine.begin() as connection:
        connection.exec_driver_sql(f"CREATE ROLE {team.GROUP_ROLE} NOLOGIN")
        old = team._policies(team.GROUP_ROLE, tuple(
            policy for policy in team.POLICIES if policy[0] in ("assessment", "rating")))
        for statement in (*team._functions("public", team.GROUP_ROLE), *old,
                          *team._grants(connection, "public", team.GROUP_ROLE)):
            connection.execute(sa.text(statement))
        assert connection.exec_driver_sql(
            "SELECT count(*) FROM pg_policies WHERE tablename = 'auditentry'").scalar_one() == 0
    engine.dispose()
    try:
        # René's login, as add-interviewer made it then.
        owner_sql(empty_pg_database, f"CREATE ROLE rene LOGIN; GRANT {team.GROUP_ROLE} TO "
                  "rene; UPDATE interviewer SET login_role = 'rene' WHERE name = 'René'")
        owner_sql(empty_pg_database, "INSERT INTO auditentry (interview_id, at, kind, actor, "
                  "subject, detail) VALUES (:i, now(), 'form_reopened', 'René', '', 'twijfel'),"
                  " (:i, now(), 'form_reopened', 'Sanne', '', 'geheim')", i=made.interview)
        assert current_revision_of(empty_pg_database) == "0016"

        again = team.init_server(empty_pg_database)
        assert (again.revision, again.group_created) == (HEAD_REVISION, False)
        assert owner_sql(empty_pg_database, "SELECT actor, panel_member_id FROM auditentry "
                         "ORDER BY actor") == [("René", made.member), ("Sanne", made.chair)]
        with as_login(empty_pg_database, "rene") as connection:
            assert [row[0] for row in connection.execute("SELECT detail FROM auditentry")] \
                == ["twijfel"]
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute("DELETE FROM auditentry")
        assert team.init_server(empty_pg_database).revision == HEAD_REVISION
        # René's app still works through his login on the upgraded server.
        database = as_app(empty_pg_database, "rene", data_dir)
        try:
            fill_in(database, made, made.member)
        finally:
            database.close()
    finally:
        drop_roles(empty_pg_database)


def team_url(url: str) -> str:
    from interviewdesk.store.database import driver_url

    return driver_url(url)


def current_revision_of(url: str) -> str | None:
    database = Database.on_server(url)
    try:
        return current_revision(database.engine)
    finally:
        database.close()


def drop_roles(url: str) -> None:
    """The roles a test made belong to the whole server: drop them again."""
    roles = [row[0] for row in owner_sql(
        url, "SELECT login_role FROM interviewer WHERE login_role <> ''")]
    owner_sql(url, f"DROP OWNED BY {', '.join([*roles, team.GROUP_ROLE])}")
    engine = sa.create_engine(team_url(url), isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        for role in [*roles, team.GROUP_ROLE]:
            connection.exec_driver_sql(f"DROP ROLE IF EXISTS {role}")
    engine.dispose()
