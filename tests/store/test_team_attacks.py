"""Team mode against someone who opens psql as an interviewer's login: the attacks an
attacker review showed on a ``team init`` server, each refused by the server itself
(``store/team.py``), while the app's own flows keep working (``test_team.py``,
``test_team_trails.py``)."""

from pathlib import Path

import psycopg
import pytest

from interviewdesk.store import team
from interviewdesk.store.startup import open_store
from tests.store import test_team as base
from tests.store.test_assessments import Panel
from tests.store.test_team import PASSWORD, as_login, login_url, seat_of_form

#: The fixtures of ``test_team.py``: a server after ``team init``, a panel of three.
server = base.server
panel = base.panel


def seats_read(connection: psycopg.Connection) -> tuple[set[int], set[int]]:
    """The seats whose assessment and whose ratings the login reads now."""
    forms = {row[0] for row in connection.execute("SELECT panel_member_id FROM assessment")}
    ratings = {row[0] for row in connection.execute(
        "SELECT a.panel_member_id FROM rating r JOIN assessment a ON a.id = r.assessment_id")}
    return forms, ratings


def as_owner(url: str, sql: str, params: tuple[object, ...] = ()) -> None:
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(sql, params)


def refused(url: str, login: str, sql: str, params: tuple[object, ...] = (),
            error: type[Exception] = psycopg.errors.InsufficientPrivilege,
            match: str | None = None) -> None:
    """``sql`` run as ``login`` on a connection of its own is refused with ``error``."""
    with as_login(url, login) as connection, pytest.raises(error, match=match):
        connection.execute(sql, params)


def submit_as_owner(url: str, seat: int) -> None:
    as_owner(url, "UPDATE assessment SET submitted_at = now() WHERE panel_member_id = %s",
             (seat,))


@pytest.fixture
def logins(server: str, panel: Panel) -> dict[str, str]:
    """René (member) and Sanne (chair) have logins; Inge (hr) has none."""
    return {"rene": team.add_interviewer(server, "René", PASSWORD).role,
            "sanne": team.add_interviewer(server, "Sanne", PASSWORD).role}


# -- 1. the blind gate inside one's own transaction -------------------------------------


@pytest.mark.parametrize("how", ["update", "savepoint"])
def test_submitting_in_a_transaction_that_is_rolled_back_opens_nothing(
        server: str, panel: Panel, logins: dict[str, str], how: str) -> None:
    """Sanne and Inge have submitted; René has not. Submitting his own form inside a
    transaction would complete the round: he still reads only his own form there."""
    submit_as_owner(server, panel.chair)
    submit_as_owner(server, panel.hr)
    with as_login(server, "rene") as connection:
        connection.execute("BEGIN")
        if how == "savepoint":
            connection.execute("SAVEPOINT s")
        connection.execute("UPDATE assessment SET submitted_at = now() "
                           "WHERE panel_member_id = %s", (panel.member,))
        if how == "savepoint":
            connection.execute("RELEASE SAVEPOINT s")
        assert seats_read(connection) == ({panel.member}, {panel.member})
        connection.execute("ROLLBACK")
        assert seats_read(connection) == ({panel.member}, {panel.member})
    # Submitted for real (its own transaction): the round is closed, all is read.
    with as_login(server, "rene") as connection:
        connection.execute("UPDATE assessment SET submitted_at = now() "
                           "WHERE panel_member_id = %s", (panel.member,))
        every = {panel.chair, panel.member, panel.hr}
        assert seats_read(connection) == (every, every)


def _interviewer_id(url: str, login: str) -> int:
    with psycopg.connect(url, autocommit=True) as connection:
        row = connection.execute("SELECT id FROM interviewer WHERE login_role = %s",
                                 (login,)).fetchone()
    assert row is not None
    return int(row[0])


RATE = ("INSERT INTO exerciserating (interviewer_id, exercise_key, score, reason, "
        "reference_score, rated_at) VALUES (%s, 'oefening', %s, 'waarom', 3, now())")


def test_rating_an_exercise_in_a_rolled_back_transaction_shows_no_colleague(
        server: str, panel: Panel, logins: dict[str, str]) -> None:
    sanne, rene = _interviewer_id(server, "sanne"), _interviewer_id(server, "rene")
    with as_login(server, "sanne") as connection:
        connection.execute(RATE, (sanne, 4))
    with as_login(server, "rene") as connection:
        connection.execute("BEGIN")
        connection.execute(RATE, (rene, 2))
        seen = {row[0] for row in connection.execute(
            "SELECT interviewer_id FROM exerciserating")}
        assert seen == {rene}
        connection.execute("ROLLBACK")
        connection.execute(RATE, (rene, 2))  # rated for real: the colleague's score shows
        assert {row[0] for row in connection.execute(
            "SELECT interviewer_id FROM exerciserating")} == {rene, sanne}
        # ... and the rating stays as it was saved.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("UPDATE exerciserating SET score = 4 WHERE interviewer_id = %s",
                               (rene,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("DELETE FROM exerciserating WHERE interviewer_id = %s", (rene,))


# -- 1b. a submitted form is changed only after reopening it ----------------------------


def _own_form(url: str, seat: int) -> int:
    return next(form for form, member in seat_of_form(url).items() if member == seat)


@pytest.mark.parametrize("sql", [
    "UPDATE assessment SET submitted_at = NULL WHERE id = %(form)s",
    "UPDATE assessment SET strengths = 'later' WHERE id = %(form)s",
    "UPDATE assessment SET submitted_at = submitted_at - interval '1 day' WHERE id = %(form)s",
    "UPDATE rating SET score = 5 WHERE assessment_id = %(form)s",
    "DELETE FROM rating WHERE assessment_id = %(form)s",
    "INSERT INTO rating (assessment_id, competency_id, score, evidence, version, texts_by) "
    "VALUES (%(form)s, %(competency)s, 5, 'later', 1, '{}')",
])
def test_a_submitted_form_is_not_changed_without_reopening_it(
        server: str, panel: Panel, logins: dict[str, str], sql: str) -> None:
    form = _own_form(server, panel.member)
    with as_login(server, "rene") as connection:
        connection.execute("UPDATE assessment SET submitted_at = now() WHERE id = %s", (form,))
        with pytest.raises(psycopg.errors.RaiseException, match="reopen it"):
            connection.execute(sql, {"form": form, "competency": panel.klant})
        # Nor thrown away, to be made again.
        assert connection.execute("DELETE FROM assessment WHERE id = %s",
                                  (form,)).rowcount == 0
        # Reopened with a reason, in the same transaction: it may be changed.
        with connection.transaction():
            connection.execute(sql, {"form": form, "competency": panel.klant})
            connection.execute("INSERT INTO assessmentreopening (assessment_id, reason, "
                                "reopened_at) VALUES (%s, 'typo', now())", (form,))
        reasons = connection.execute("SELECT reason FROM assessmentreopening").fetchall()
        assert reasons == [("typo",)]


def test_the_apps_reopening_still_works_as_the_rater(server: str, panel: Panel,
                                                     logins: dict[str, str],
                                                     data_dir: Path) -> None:
    from interviewdesk.store.assessments.forms import (
        AssessmentEdit,
        load_form,
        reopen_form,
        save_form,
    )

    form = _own_form(server, panel.member)
    with as_login(server, "rene") as connection:
        connection.execute("UPDATE assessment SET submitted_at = now() WHERE id = %s", (form,))
    database = open_store(data_dir, database_url=login_url(server, "rene"))
    try:
        reopen_form(database, form, "I mixed up two candidates")
        save_form(database, form, [AssessmentEdit(strengths="corrected")])
        assert load_form(database, form).strengths == "corrected"
    finally:
        database.close()


# -- 2. panel seats and the chair's role ------------------------------------------------


def test_nobody_makes_themselves_chair_or_changes_a_panel_with_forms_in(
        server: str, panel: Panel, logins: dict[str, str]) -> None:
    piet = team.add_interviewer(server, "Piet", PASSWORD, email="p@x.nl")
    seat = ("INSERT INTO panelmember (interview_id, interviewer_id, role, position) "
            "VALUES (%s, %s, %s, 9)")
    # Forms were opened (the panel fixture): no new chair from outside, none from inside.
    refused(server, piet.role, seat, (panel.interview, piet.interviewer_id, "chair"),
            psycopg.errors.RaiseException, "chair")
    refused(server, "rene", "UPDATE panelmember SET role = 'chair' WHERE id = %s",
            (panel.member,), psycopg.errors.RaiseException, "chair")
    with as_login(server, "rene") as connection:  # but it may be arranged before a submit
        connection.execute("UPDATE panelmember SET position = 7 WHERE id = %s", (panel.hr,))
    submit_as_owner(server, panel.chair)
    with as_login(server, "rene") as connection:
        for sql in ("UPDATE panelmember SET role = 'member' WHERE id = %s",
                    "UPDATE panelmember SET position = 3 WHERE id = %s"):
            with pytest.raises(psycopg.errors.RaiseException, match="panel is fixed"):
                connection.execute(sql, (panel.chair,))
    refused(server, piet.role, seat, (panel.interview, piet.interviewer_id, "member"),
            psycopg.errors.RaiseException, "panel is fixed")


# -- 3. the decision --------------------------------------------------------------------

DECIDE = ("INSERT INTO decision (interview_id, outcome, rationale, next_steps, "
          "override_reason) VALUES (%s, 'hire', 'early', '', '')")


def test_the_decision_is_written_only_once_the_round_is_closed(
        server: str, panel: Panel, logins: dict[str, str]) -> None:
    refused(server, "rene", DECIDE, (panel.interview,))
    as_owner(server, "UPDATE interview SET round_closed_at = now() WHERE id = %s",
             (panel.interview,))
    with as_login(server, "rene") as connection:
        connection.execute(DECIDE, (panel.interview,))
        assert connection.execute("SELECT outcome FROM decision").fetchall() == [("hire",)]


# -- 6. offline marks -------------------------------------------------------------------


def test_an_offline_mark_is_only_its_takers(server: str, panel: Panel,
                                            logins: dict[str, str]) -> None:
    mark = ("INSERT INTO offlinecopy (copy_uuid, side, interview_id, taken_by, "
            "taken_by_login, member_uuid, taken_at, state, closed_by) "
            "VALUES ('c', 'server', %s, %s, %s, '', now(), 'out', '')")
    refused(server, "rene", mark, (panel.interview, "Sanne", "sanne"))
    with as_login(server, "sanne") as connection:
        connection.execute(mark, (panel.interview, "Sanne", "sanne"))
    with as_login(server, "rene") as connection:
        assert connection.execute("UPDATE offlinecopy SET state = 'released'").rowcount == 0
        assert connection.execute("DELETE FROM offlinecopy").rowcount == 0
        assert connection.execute("SELECT state FROM offlinecopy").fetchall() == [("out",)]


# -- 9. sequences -----------------------------------------------------------------------


def test_a_sequence_does_not_tell_how_much_the_others_wrote(
        server: str, panel: Panel, logins: dict[str, str]) -> None:
    refused(server, "rene", "SELECT last_value FROM rating_id_seq")


def test_team_init_again_keeps_every_guard(server: str, panel: Panel,
                                           logins: dict[str, str]) -> None:
    team.init_server(server)
    form = _own_form(server, panel.member)
    with as_login(server, "rene") as connection:
        connection.execute("UPDATE assessment SET submitted_at = now() WHERE id = %s", (form,))
        with pytest.raises(psycopg.errors.RaiseException, match="reopen it"):
            connection.execute("UPDATE rating SET score = 5 WHERE assessment_id = %s", (form,))


# -- 4. who wrote what ------------------------------------------------------------------


def test_the_server_says_who_wrote_a_text_whatever_the_client_stamps(
        server: str, panel: Panel, logins: dict[str, str]) -> None:
    forged = '{"next_steps": "sanne", "follow_up_notes": "sanne"}'
    with as_login(server, "rene") as connection:
        connection.execute("UPDATE interview SET next_steps = 'bellen', texts_by = %s "
                           "WHERE id = %s", (forged, panel.interview))
        connection.execute("UPDATE candidate SET notes = 'x', changed_by = 'sanne'")
        assert connection.execute("SELECT texts_by::jsonb FROM interview WHERE id = %s",
                                  (panel.interview,)).fetchone() == ({"next_steps": "rene"},)
        assert connection.execute("SELECT DISTINCT changed_by FROM candidate").fetchall() \
            == [("rene",)]
    with as_login(server, "sanne") as connection:  # a later write of another text
        connection.execute("UPDATE interview SET follow_up_notes = 'mail', texts_by = '{}' "
                           "WHERE id = %s", (panel.interview,))
        assert connection.execute("SELECT texts_by::jsonb FROM interview WHERE id = %s",
                                  (panel.interview,)).fetchone() == (
            {"next_steps": "rene", "follow_up_notes": "sanne"},)


# -- 5. the audit trail -----------------------------------------------------------------


def test_an_audit_entry_is_in_the_writers_own_name_and_dated_now(
        server: str, panel: Panel, logins: dict[str, str]) -> None:
    with as_login(server, "rene") as connection:
        connection.execute("INSERT INTO auditentry (interview_id, at, kind, actor, subject, "
                           "detail) VALUES (%s, '2020-01-01', 'round_closed', 'Sanne', '', "
                           "'all agreed')", (panel.interview,))
        actor, old = connection.execute(
            "SELECT actor, at < now() AT TIME ZONE 'UTC' - interval '1 hour' "
            "FROM auditentry").fetchone()  # type: ignore[misc]
    assert (actor, old) == ("René", False)


# -- 7. destructive writes --------------------------------------------------------------


def test_a_submitted_form_is_not_removed_with_its_interview_but_erased_with_its_candidate(
        server: str, panel: Panel, logins: dict[str, str], data_dir: Path) -> None:
    from interviewdesk.store.erasure import erase_candidate

    submit_as_owner(server, panel.chair)
    with as_login(server, "rene") as connection:
        for sql in ("DELETE FROM interview", "DELETE FROM application",
                    "DELETE FROM candidate", "DELETE FROM vacancy"):
            with pytest.raises(psycopg.errors.RaiseException, match="administrator"):
                connection.execute(sql)
        with pytest.raises(psycopg.Error):  # nor a competency's scores
            connection.execute("DELETE FROM competency")
        person = connection.execute("SELECT candidate_id FROM application").fetchone()
    assert person is not None
    database = open_store(data_dir, database_url=login_url(server, "rene"))
    try:
        erase_candidate(database, data_dir, int(person[0]), reason="request")
    finally:
        database.close()
    with psycopg.connect(server, autocommit=True) as connection:
        assert connection.execute("SELECT count(*) FROM assessment").fetchone() == (0,)
        assert connection.execute("SELECT count(*) FROM erasure").fetchone() == (1,)
    refused(server, "rene", "DELETE FROM erasure")  # and the erasure's record stays


def test_only_the_interviewer_sets_their_pin(server: str, panel: Panel,
                                             logins: dict[str, str]) -> None:
    refused(server, "rene", "UPDATE interviewer SET pin_hash = 'known' WHERE login_role = "
            "'sanne'", (), psycopg.errors.RaiseException, "PIN")
    with as_login(server, "rene") as connection:
        connection.execute("UPDATE interviewer SET pin_hash = 'mine' WHERE login_role = 'rene'")
        # A chair's reset of a forgotten PIN clears it.
        connection.execute("UPDATE interviewer SET pin_hash = '' WHERE login_role = 'sanne'")


def test_a_login_is_turned_off_by_its_name_when_two_share_a_name(server: str) -> None:
    first = team.add_interviewer(server, "Piet", PASSWORD, login="piet_a")
    team.add_interviewer(server, "Piet Twee", PASSWORD, login="piet_b")
    as_owner(server, "UPDATE interviewer SET name = 'Piet' WHERE login_role = 'piet_b'")
    with pytest.raises(team.TeamError, match="piet_a, piet_b"):
        team.remove_interviewer(server, "Piet")
    assert team.remove_interviewer(server, "piet_a").interviewer_id == first.interviewer_id


# -- 8. a stuck session does not hold up the others -------------------------------------


def _limits(url: str, role: str) -> set[str]:
    with psycopg.connect(url, autocommit=True) as connection:
        rows = connection.execute(
            "SELECT unnest(s.setconfig) FROM pg_db_role_setting s "
            "JOIN pg_roles r ON r.oid = s.setrole WHERE r.rolname = %s", (role,)).fetchall()
    return {row[0] for row in rows}


def test_every_login_has_time_limits_also_after_an_upgrade(server: str) -> None:
    wanted = {f"{name}={value}" for name, value in team.ROLE_LIMITS}
    team.add_interviewer(server, "René", PASSWORD)
    assert _limits(server, "rene") == wanted
    as_owner(server, "ALTER ROLE rene RESET ALL")  # a login made by an older version
    team.init_server(server)
    assert _limits(server, "rene") == wanted
    with as_login(server, "rene") as connection:
        assert connection.execute("SHOW lock_timeout").fetchone() == ("20s",)


# -- the offline flow through an interviewer's own login --------------------------------


@pytest.mark.parametrize("reopened", [False, True])
def test_the_last_form_comes_back_from_an_offline_copy_through_the_raters_login(
        server: str, panel: Panel, logins: dict[str, str], tmp_path: Path,
        reopened: bool) -> None:
    """René takes the interview offline, fills in and submits his form on the laptop
    (the last one: Sanne and Inge are in) and brings it back with his own login: the
    form, its ratings and its audit trail come in, each entry in his name and seat.
    Also when his form was submitted on the server already and he reopened it (with a
    reason) on the laptop: the reopening comes back with it."""
    from interviewdesk.exchange.bring_back import bring_back
    from interviewdesk.exchange.offline import take_offline
    from interviewdesk.store.assessments.forms import (
        AssessmentEdit,
        RatingEdit,
        open_form,
        reopen_form,
        save_form,
        submit_form,
    )

    submit_as_owner(server, panel.chair)
    submit_as_owner(server, panel.hr)
    if reopened:
        submit_as_owner(server, panel.member)
    folder = tmp_path / "laptop"
    local = open_store(folder)
    rene = open_store(tmp_path / "rene", database_url=login_url(server, "rene"))
    try:
        copy = take_offline(rene, local, [panel.interview], data_dir=folder)
        here = copy.interviews[0].local_id
        with local.session() as session:
            from sqlmodel import select

            from interviewdesk.store.models import Interviewer, PanelMember

            seat = session.exec(select(PanelMember.id).join(
                Interviewer, Interviewer.id == PanelMember.interviewer_id).where(
                PanelMember.interview_id == here, Interviewer.name == "René")).one()
        form = open_form(local, here, int(seat))
        if reopened:
            reopen_form(local, form.assessment_id, "forgot a competency")
        save_form(local, form.assessment_id, [
            *(RatingEdit(c.id, score=4) for c in form.competencies),
            AssessmentEdit(recommendation="yes")])
        submit_form(local, form.assessment_id)
        bring_back(rene, local, copy.copy_uuid, data_dir=folder)
    finally:
        rene.close()
        local.close()
    with psycopg.connect(server, autocommit=True) as connection:
        assert connection.execute("SELECT submitted_at IS NOT NULL FROM assessment "
                                  "WHERE panel_member_id = %s", (panel.member,)).fetchone() \
            == (True,)
        entries = connection.execute(
            "SELECT actor, panel_member_id FROM auditentry WHERE kind = 'form_submitted'"
        ).fetchall()
        reasons = connection.execute("SELECT reason FROM assessmentreopening").fetchall()
    assert entries == [("René", panel.member)]
    assert reasons == ([("forgot a competency",)] if reopened else [])


def test_nobody_renames_a_colleague_with_a_login_or_takes_a_colleagues_name(
        server: str, panel: Panel, logins: dict[str, str]) -> None:
    rename = "UPDATE interviewer SET name = %s WHERE login_role = %s"
    refused(server, "rene", rename, ("Sanne B.", "sanne"), psycopg.errors.RaiseException,
            "renames a colleague")
    refused(server, "rene", rename, (" sanne ", "rene"), psycopg.errors.RaiseException,
            "has that name")
    with as_login(server, "rene") as connection:
        connection.execute(rename, ("René V.", "rene"))
        connection.execute("UPDATE interviewer SET name = 'Inge B.' WHERE name = 'Inge'")
        connection.execute("INSERT INTO auditentry (interview_id, kind, actor, subject, "
                           "detail) VALUES (%s, 'round_closed', 'Sanne', '', '')",
                           (panel.interview,))
        assert connection.execute("SELECT actor FROM auditentry").fetchall() == [("René V.",)]


def test_the_interview_editor_says_why_a_panel_with_a_form_in_stays(
        server: str, panel: Panel, logins: dict[str, str], data_dir: Path) -> None:
    from dataclasses import replace

    from interviewdesk.store.interviews import PanelSeat, load_interview_draft, save_interview
    from interviewdesk.store.validation import ValidationError

    database = open_store(data_dir, database_url=login_url(server, "rene"))
    try:
        draft = load_interview_draft(database, panel.interview)
        swapped = [PanelSeat(seat.interviewer_id, {"chair": "member", "member": "chair"}.get(
            seat.role, seat.role)) for seat in draft.panel]
        save_interview(database, replace(draft, location="Zaal 2"))  # nothing submitted yet
        submit_as_owner(server, panel.chair)
        draft = load_interview_draft(database, panel.interview)
        with pytest.raises(ValidationError, match="panel is fixed") as raised:
            save_interview(database, replace(draft, panel=swapped))
        # The editor shows it in the user's language (a message it knows).
        from interviewdesk.ui.editors.store_messages import user_message

        assert "team server's administrator" in user_message(raised.value)
        assert save_interview(database, replace(draft, location="Zaal 3")) == panel.interview
    finally:
        database.close()


def test_team_init_on_a_server_of_the_previous_version_takes_back_what_it_gave(
        server: str, panel: Panel, logins: dict[str, str]) -> None:
    """What the previous ``team init`` granted and no longer should (exercise ratings
    changeable, sequences readable) is taken back by running the new one."""
    group = team.GROUP_ROLE
    as_owner(server, f"CREATE POLICY interviewdesk_own_update ON exerciserating FOR UPDATE "
             f"TO {group} USING (interviewdesk_own_interviewer(interviewer_id))")
    as_owner(server, f"GRANT UPDATE, DELETE ON exerciserating TO {group}")
    as_owner(server, f"GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO {group}")
    with as_login(server, "rene") as connection:
        connection.execute("SELECT last_value FROM rating_id_seq")  # the old grants
    team.init_server(server)
    refused(server, "rene", "SELECT last_value FROM rating_id_seq")
    refused(server, "rene", "UPDATE exerciserating SET score = 1")
    with psycopg.connect(server, autocommit=True) as connection:
        assert connection.execute(
            "SELECT count(*) FROM pg_policies WHERE tablename = 'exerciserating' "
            "AND policyname IN ('interviewdesk_own_update', 'interviewdesk_own_delete')"
        ).fetchone() == (0,)
