"""Team mode on one PostgreSQL server: the schema, the interviewers' logins, and the
blind rule enforced by the server itself (README, "Team mode").

:func:`init_server` (``interviewdesk team init``, run by whoever owns the database)
brings the schema up to date with the same Alembic migrations as a laptop, makes one
group role for interviewers, grants it what the app needs, and installs the
row-level security below. :func:`add_interviewer` gives an interviewer a LOGIN role
in that group and writes its name into ``interviewer.login_role`` (migration 0013);
:func:`remove_interviewer` turns the login off (``NOLOGIN``) and keeps the record.

The blind rule (``domain/blind.py``, :func:`~interviewdesk.domain.blind.refusal`) as
SQL, written once here, in :data:`POLICIES`:

* a member always reads their own assessment and its ratings;
* anyone reads every assessment of an interview once its round is closed: the chair
  closed it early (``interview.round_closed_at``), or every panel member has
  submitted (an empty panel has nothing to hide);
* before that, nobody reads another member's form — also not someone who has
  submitted their own, and not with psql and raw SQL: the rows are simply not there.

The same rule covers what else carries a member's form: a returned form waiting for
the chair (``pendingreturn``), the reasons a form was reopened
(``assessmentreopening``) and the audit trail's entries about a form (which name
their panel seat, migration 0017). The panel's consensus scores are agreed on in the
matrix, which opens with the round, so they are read and written only once it is
closed. Colleagues' scores on a calibration exercise are read only after rating it
yourself (``domain.exercises.may_see_reference``). The reopenings and the audit trail
are append-only for interviewers.

The other tables need no policy: nothing in them is one member's assessment.
``decision`` is the panel's joint conclusion, taken in the discussion after the
matrix; ``stagerecord``, ``answer`` and ``candidatequestion`` are the interview's
shared notes (one per interview, shown to every rater while they fill in their form);
``packageimport`` holds counts only; ``interview``'s round fields say when and why a
round was closed, which everyone may know; the rest is firm or candidate data that
every interviewer of the firm works with.

"Who asks" is ``session_user`` (the login, which ``SET ROLE`` cannot change) matched
against ``interviewer.login_role``. The functions that check it are ``SECURITY
DEFINER``: they run as the database owner, who is not subject to row-level security,
so a policy on ``assessment`` can look at the other members' forms without
recursing into itself. The owner (the administrator) is not in the group and reads
everything, as a laptop's own user does.

What the policies rely on is guarded too: an interviewer cannot write
``interviewer.login_role`` (column privileges), cannot move or remove a panel seat
(``panelmember`` takes only INSERT and UPDATE of role and position from them, and
``interviewer`` no DELETE, whose cascade would remove seats), and
closes a round early only as :func:`~interviewdesk.domain.blind.close_refusal`
allows (a trigger on ``interview``); reopening a closed round is the owner's.
"""

import logging
import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlmodel import select

from interviewdesk.store.audit import FORM_KINDS
from interviewdesk.store.change_watch import install_notices
from interviewdesk.store.database import Database
from interviewdesk.store.models import Interviewer
from interviewdesk.store.startup import open_server

log = logging.getLogger(__name__)

#: The group role every interviewer's login is a member of.
GROUP_ROLE = "interviewdesk_interviewers"
#: A role name this module creates: plain, so it never needs quoting tricks.
_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class TeamError(RuntimeError):
    """A team-mode step could not be done; the message is one line for the user."""


@dataclass(frozen=True)
class Login:
    """An interviewer's login on the server."""

    interviewer_id: int
    name: str
    role: str
    created: bool


def role_name_for(name: str) -> str:
    """A login name for the interviewer called ``name``: lower-case ASCII letters,
    digits and ``_`` ("Daniëlle de Kok" → ``danielle_de_kok``)."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "_", plain).strip("_")[:63]
    if not slug:
        raise TeamError(f"No login name can be made from {name!r}: give one with --login.")
    return slug if not slug[0].isdigit() else f"i_{slug}"[:63]


def check_role_name(role: str) -> str:
    """``role`` if it is a plain role name, else :class:`TeamError`."""
    if not _ROLE_NAME.match(role):
        raise TeamError(f"'{role}' is not a usable login name: lower-case letters, digits "
                        "and _ only, starting with a letter, at most 63 characters.")
    return role


# -- team init ------------------------------------------------------------------------

#: The tables an interviewer's app only reads.
_READ_ONLY = ("alembic_version",)
#: The trails that keep blind scoring honest: an interviewer adds to them, and never
#: changes or removes an entry (a cascade from a removed interview still does).
_APPEND_ONLY = ("assessmentreopening", "auditentry")


def _functions(schema: str, group: str) -> list[str]:
    path = f"SET search_path = {schema}, pg_temp"
    return [
        # Is panel seat ``member`` the asker's own? (blind.refusal: "own form")
        f"""CREATE OR REPLACE FUNCTION interviewdesk_own_seat(member integer)
        RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
          SELECT EXISTS (SELECT 1 FROM panelmember pm
                         JOIN interviewer i ON i.id = pm.interviewer_id
                         WHERE pm.id = member AND i.login_role <> ''
                           AND i.login_role = session_user::text)
        $$""",
        # Is the round of ``interview_`` closed? (blind.Round.closed)
        f"""CREATE OR REPLACE FUNCTION interviewdesk_round_closed(interview_ integer)
        RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
          SELECT EXISTS (SELECT 1 FROM interview
                         WHERE id = interview_ AND round_closed_at IS NOT NULL)
              OR NOT EXISTS (SELECT 1 FROM panelmember pm
                             WHERE pm.interview_id = interview_
                               AND NOT EXISTS (SELECT 1 FROM assessment a
                                               WHERE a.panel_member_id = pm.id
                                                 AND a.submitted_at IS NOT NULL))
        $$""",
        # blind.may_see for the asker (session_user).
        f"""CREATE OR REPLACE FUNCTION interviewdesk_may_see(interview_ integer,
                                                             member integer)
        RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
          SELECT interviewdesk_own_seat(member) OR interviewdesk_round_closed(interview_)
        $$""",
        f"""CREATE OR REPLACE FUNCTION interviewdesk_may_see_assessment(form integer)
        RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
          SELECT COALESCE((SELECT interviewdesk_may_see(a.interview_id, a.panel_member_id)
                           FROM assessment a WHERE a.id = form), false)
        $$""",
        f"""CREATE OR REPLACE FUNCTION interviewdesk_own_assessment(form integer)
        RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
          SELECT COALESCE((SELECT interviewdesk_own_seat(a.panel_member_id)
                           FROM assessment a WHERE a.id = form), false)
        $$""",
        # Is interviewer ``person`` the asker? (an exercise rating's own row)
        f"""CREATE OR REPLACE FUNCTION interviewdesk_own_interviewer(person integer)
        RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
          SELECT EXISTS (SELECT 1 FROM interviewer i WHERE i.id = person
                           AND i.login_role <> '' AND i.login_role = session_user::text)
        $$""",
        # domain.exercises.may_see_reference: has the asker rated exercise ``key``?
        f"""CREATE OR REPLACE FUNCTION interviewdesk_has_rated(key text)
        RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
          SELECT EXISTS (SELECT 1 FROM exerciserating r
                         JOIN interviewer i ON i.id = r.interviewer_id
                         WHERE r.exercise_key = key AND i.login_role <> ''
                           AND i.login_role = session_user::text)
        $$""",
        # blind.close_refusal for a linked interviewer closing a round early; the
        # owner (no linked login) is not checked, and only the owner reopens a round.
        f"""CREATE OR REPLACE FUNCTION interviewdesk_guard_round() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER {path} AS $$
        DECLARE
          seat_role text;
          seat_submitted boolean;
        BEGIN
          IF NEW.round_closed_at IS NOT DISTINCT FROM OLD.round_closed_at
             OR NOT EXISTS (SELECT 1 FROM interviewer
                            WHERE login_role <> '' AND login_role = session_user::text) THEN
            RETURN NEW;
          END IF;
          IF NEW.round_closed_at IS NULL THEN
            RAISE EXCEPTION 'Only the administrator reopens a closed assessment round.';
          END IF;
          IF interviewdesk_round_closed(NEW.id) THEN
            RAISE EXCEPTION 'The assessment round is closed already.';
          END IF;
          SELECT pm.role, EXISTS (SELECT 1 FROM assessment a WHERE a.panel_member_id = pm.id
                                    AND a.submitted_at IS NOT NULL)
            INTO seat_role, seat_submitted
            FROM panelmember pm JOIN interviewer i ON i.id = pm.interviewer_id
            WHERE pm.interview_id = NEW.id AND i.login_role = session_user::text
            ORDER BY pm.role = 'chair' DESC LIMIT 1;
          IF NOT FOUND THEN
            RAISE EXCEPTION 'Only a member of the panel closes its assessment round.';
          END IF;
          IF seat_role <> 'chair' AND EXISTS (SELECT 1 FROM panelmember
                                              WHERE interview_id = NEW.id AND role = 'chair')
          THEN
            RAISE EXCEPTION 'Only the chair closes the assessment round early.';
          END IF;
          IF NOT seat_submitted THEN
            RAISE EXCEPTION 'Submit your own form before closing the assessment round.';
          END IF;
          RETURN NEW;
        END
        $$""",
        "DROP TRIGGER IF EXISTS interviewdesk_guard_round ON interview",
        "CREATE TRIGGER interviewdesk_guard_round BEFORE UPDATE OF round_closed_at "
        "ON interview FOR EACH ROW EXECUTE FUNCTION interviewdesk_guard_round()",
        # Where each form stands, never what it says: whether it is submitted (and
        # when) and whether anything is filled in. "Anyone may see who is done" (the
        # panel's progress, the follow-up list), also for forms the policies hide.
        # ``interview_`` NULL: every interview's forms.
        f"""CREATE OR REPLACE FUNCTION interviewdesk_form_states(interview_ integer)
        RETURNS TABLE (interview_id integer, panel_member_id integer,
                       submitted_at timestamp, started boolean)
        LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
          SELECT a.interview_id, a.panel_member_id, a.submitted_at,
                 a.recommendation IS NOT NULL OR btrim(a.strengths) <> ''
                 OR btrim(a.weaknesses) <> ''
                 OR EXISTS (SELECT 1 FROM rating r WHERE r.assessment_id = a.id)
          FROM assessment a
          WHERE interview_ IS NULL OR a.interview_id = interview_
          ORDER BY a.id DESC
        $$""",
        *(f"REVOKE ALL ON FUNCTION {name} FROM PUBLIC" for name in (
            "interviewdesk_own_seat(integer)", "interviewdesk_round_closed(integer)",
            "interviewdesk_may_see(integer, integer)",
            "interviewdesk_may_see_assessment(integer)",
            "interviewdesk_own_assessment(integer)",
            "interviewdesk_own_interviewer(integer)", "interviewdesk_has_rated(text)",
            "interviewdesk_form_states(integer)")),
        *(f"GRANT EXECUTE ON FUNCTION {name} TO {group}" for name in (
            "interviewdesk_own_seat(integer)", "interviewdesk_round_closed(integer)",
            "interviewdesk_may_see(integer, integer)",
            "interviewdesk_may_see_assessment(integer)",
            "interviewdesk_own_assessment(integer)",
            "interviewdesk_own_interviewer(integer)", "interviewdesk_has_rated(text)",
            "interviewdesk_form_states(integer)")),
    ]


#: (table, policy, command, USING, WITH CHECK): the blind rule on the forms and on
#: every table that holds a member's scores, evidence or words about their form.
POLICIES = (
    ("assessment", "blind_read", "SELECT", "interviewdesk_may_see(interview_id, panel_member_id)",
     None),
    ("assessment", "own_insert", "INSERT", None, "interviewdesk_own_seat(panel_member_id)"),
    ("assessment", "own_update", "UPDATE", "interviewdesk_own_seat(panel_member_id)",
     "interviewdesk_own_seat(panel_member_id)"),
    ("assessment", "own_delete", "DELETE", "interviewdesk_own_seat(panel_member_id)", None),
    ("rating", "blind_read", "SELECT", "interviewdesk_may_see_assessment(assessment_id)", None),
    ("rating", "own_insert", "INSERT", None, "interviewdesk_own_assessment(assessment_id)"),
    ("rating", "own_update", "UPDATE", "interviewdesk_own_assessment(assessment_id)",
     "interviewdesk_own_assessment(assessment_id)"),
    ("rating", "own_delete", "DELETE", "interviewdesk_own_assessment(assessment_id)", None),
    # A returned form waiting for the chair carries that member's scores and evidence.
    ("pendingreturn", "blind_read", "SELECT",
     "interviewdesk_may_see_assessment(assessment_id)", None),
    ("pendingreturn", "own_insert", "INSERT", None,
     "interviewdesk_own_assessment(assessment_id)"),
    ("pendingreturn", "own_update", "UPDATE", "interviewdesk_own_assessment(assessment_id)",
     "interviewdesk_own_assessment(assessment_id)"),
    ("pendingreturn", "own_delete", "DELETE", "interviewdesk_own_assessment(assessment_id)",
     None),
    # A reopening's reason is the member's own words about their form; append-only
    # (no UPDATE or DELETE is granted, see _APPEND_ONLY).
    ("assessmentreopening", "blind_read", "SELECT",
     "interviewdesk_may_see_assessment(assessment_id)", None),
    ("assessmentreopening", "own_insert", "INSERT", None,
     "interviewdesk_own_assessment(assessment_id)"),
    # The audit trail: an entry about a member's form (it names the seat, migration
    # 0017) follows that form; one about a form whose seat is unknown waits for the
    # round to close; the rest (round closed, package imported, PINs) hold no form.
    # Append-only, and nobody writes an entry in another member's name.
    ("auditentry", "blind_read", "SELECT",
     "interview_id IS NULL OR CASE WHEN panel_member_id IS NOT NULL "
     "THEN interviewdesk_may_see(interview_id, panel_member_id) "
     f"WHEN kind IN ({', '.join(repr(kind) for kind in sorted(FORM_KINDS))}) "
     "THEN interviewdesk_round_closed(interview_id) ELSE true END", None),
    ("auditentry", "own_insert", "INSERT", None,
     "panel_member_id IS NULL OR interviewdesk_own_seat(panel_member_id)"),
    # The consensus is agreed on in the panel matrix, which opens with the round
    # (blind.matrix_refusal): before that (or again, once a form is reopened) no one
    # reads or writes it.
    ("consensusscore", "round_closed", "ALL", "interviewdesk_round_closed(interview_id)",
     "interviewdesk_round_closed(interview_id)"),
    # Calibration exercises: colleagues' scores only after rating it yourself
    # (domain.exercises.may_see_reference); each writes only their own ratings.
    ("exerciserating", "rate_first_read", "SELECT",
     "interviewdesk_own_interviewer(interviewer_id) OR interviewdesk_has_rated(exercise_key)",
     None),
    ("exerciserating", "own_insert", "INSERT", None,
     "interviewdesk_own_interviewer(interviewer_id)"),
    ("exerciserating", "own_update", "UPDATE", "interviewdesk_own_interviewer(interviewer_id)",
     "interviewdesk_own_interviewer(interviewer_id)"),
    ("exerciserating", "own_delete", "DELETE", "interviewdesk_own_interviewer(interviewer_id)",
     None),
)


def _policies(group: str, policies: tuple[tuple[str, str, str, str | None, str | None], ...]
              = POLICIES) -> list[str]:
    statements = []
    for table in sorted({policy[0] for policy in policies}):
        statements.append(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    for table, name, command, using, check in policies:
        statements.append(f"DROP POLICY IF EXISTS interviewdesk_{name} ON {table}")
        clauses = (f" USING ({using})" if using else "") + (
            f" WITH CHECK ({check})" if check else "")
        statements.append(f"CREATE POLICY interviewdesk_{name} ON {table} FOR {command} "
                          f"TO {group}{clauses}")
    return statements


def _present(connection: Connection, table: str, columns: tuple[str, ...]) -> list[str]:
    """Those of ``columns`` that ``table`` has in the current schema."""
    found: set[str] = set(connection.execute(text(
        "SELECT column_name FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND table_name = :table"),
        {"table": table}).scalars())
    return [column for column in columns if column in found]


def _grants(connection: Connection, schema: str, group: str) -> list[str]:
    tables = [row[0] for row in connection.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = :schema"), {"schema": schema})]
    statements = [f"GRANT USAGE ON SCHEMA {schema} TO {group}",
                  f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {group}"]
    for table in tables:
        statements.append(f"REVOKE ALL ON {table} FROM {group}")
        if table in _READ_ONLY:
            statements.append(f"GRANT SELECT ON {table} TO {group}")
        elif table in _APPEND_ONLY:
            statements.append(f"GRANT SELECT, INSERT ON {table} TO {group}")
        elif table == "interviewer":  # never login_role: the policies trust it; no
            # DELETE, whose cascade would take a seat off a panel and so "close" its round
            statements.append(f"GRANT SELECT ON {table} TO {group}")
            # ``version``: every ORM write raises it (migration 0020, ``Versioned``);
            # an older schema, granted before it is upgraded, has none yet.
            written = ", ".join(("name", "email", "job_title", "pin_hash",
                                 *_present(connection, table, ("version",))))
            statements.append(f"GRANT INSERT (uuid, {written}), UPDATE ({written}) "
                              f"ON {table} TO {group}")
        elif table == "panelmember":  # a seat is not moved or removed behind the panel
            statements.append(f"GRANT SELECT, INSERT, UPDATE (role, position) ON {table} "
                              f"TO {group}")
        else:
            statements.append(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO {group}")
    return statements


@dataclass(frozen=True)
class TeamInit:
    """What :func:`init_server` did."""

    revision: str
    group: str
    group_created: bool
    policies: int


def init_server(url: str, *, group: str = GROUP_ROLE) -> TeamInit:
    """Schema, group role, grants and policies on the server at ``url``; safe to run
    again (after an upgrade of InterviewDesk it brings everything up to date)."""
    from interviewdesk.store.migrate import current_revision

    check_role_name(group)
    database = open_server(url, migrate=True)
    try:
        with database.engine.begin() as connection:
            schema: str = connection.execute(text("SELECT current_schema()")).scalar_one()
            created = not _role_exists(connection, group)
            if created:
                connection.exec_driver_sql(f"CREATE ROLE {group} NOLOGIN")
            for statement in (*_functions(_quote(connection, schema), group),
                              *_policies(group),
                              *_grants(connection, _quote(connection, schema), group)):
                connection.execute(text(statement))
            install_notices(connection)  # tables added after migration 0016 notify too
        revision = current_revision(database.engine) or ""
    finally:
        database.close()
    log.info("Team server initialised (group created: %s)", created)
    return TeamInit(revision, group, created, len(POLICIES))


# -- interviewers' logins -------------------------------------------------------------


def add_interviewer(url: str, name: str, password: str, *, email: str = "",
                    login: str | None = None, group: str = GROUP_ROLE) -> Login:
    """A LOGIN role for the interviewer called ``name`` (created if there is none),
    linked to their record. Adding someone again sets a new password and turns their
    login on again. The password is hashed (SCRAM) here, so it never reaches the
    server's logs in clear."""
    check_role_name(group)
    if not password:
        raise TeamError("The password is empty.")
    database = open_server(url)
    try:
        interviewer = _interviewer_called(database, name, create_with_email=email)
        role = check_role_name(login or interviewer.login_role or role_name_for(name))
        with database.engine.begin() as connection:
            if not _role_exists(connection, group):
                raise TeamError("The server has no interviewer group yet: run "
                                "'interviewdesk team init' first.")
            exists = _role_exists(connection, role)
            if exists and not _is_member(connection, role, group):
                raise TeamError(f"The server has a role '{role}' already that is not an "
                                "InterviewDesk interviewer: choose another name with --login.")
            taken = connection.execute(text(
                "SELECT name FROM interviewer WHERE login_role = :role AND id <> :id"),
                {"role": role, "id": interviewer.id}).first()
            if taken:
                raise TeamError(f"The login '{role}' belongs to {taken[0]} already: choose "
                                "another name with --login.")
            hashed = _scram(connection, password, role)
            verb = "ALTER" if exists else "CREATE"
            connection.exec_driver_sql(f"{verb} ROLE {role} WITH LOGIN PASSWORD '{hashed}'")
            connection.exec_driver_sql(f"GRANT {group} TO {role}")
            connection.execute(text("UPDATE interviewer SET login_role = :role WHERE id = :id"),
                               {"role": role, "id": interviewer.id})
    finally:
        database.close()
    log.info("Interviewer login %s", "renewed" if exists else "created")
    return Login(int(interviewer.id or 0), interviewer.name, role, not exists)


def remove_interviewer(url: str, name: str) -> Login:
    """Turn off the login of the interviewer called ``name`` (``NOLOGIN``); their
    record, their forms and the link stay, so their history is kept and
    :func:`add_interviewer` can turn it on again."""
    database = open_server(url)
    try:
        interviewer = _interviewer_called(database, name, create_with_email=None)
        role = interviewer.login_role
        if not role:
            raise TeamError(f"{interviewer.name} has no login on this server.")
        with database.engine.begin() as connection:
            if _role_exists(connection, check_role_name(role)):
                connection.exec_driver_sql(f"ALTER ROLE {role} WITH NOLOGIN")
    finally:
        database.close()
    log.info("Interviewer login turned off")
    return Login(int(interviewer.id or 0), interviewer.name, role, False)


def _interviewer_called(database: Database, name: str,
                        create_with_email: str | None) -> Interviewer:
    """The one interviewer whose name is ``name`` (case and spaces ignored); with
    ``create_with_email`` not ``None``, a new one if there is none."""
    wanted = " ".join(name.split()).casefold()
    if not wanted:
        raise TeamError("The interviewer's name is empty.")
    with database.session() as session:
        found = [row for row in session.exec(select(Interviewer))
                 if " ".join(row.name.split()).casefold() == wanted]
        if len(found) > 1:
            raise TeamError(f"There are {len(found)} interviewers called {name!r}: rename one "
                            "in the app first.")
        if found:
            return found[0]
    if create_with_email is None:
        raise TeamError(f"There is no interviewer called {name!r}.")
    from interviewdesk.store.interviewers import InterviewerDraft, save_interviewer

    new_id = save_interviewer(database, InterviewerDraft(name=" ".join(name.split()),
                                                         email=create_with_email))
    with database.session() as session:
        row = session.get(Interviewer, new_id)
        assert row is not None
        return row


def _role_exists(connection: Connection, role: str) -> bool:
    return connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :role"),
                              {"role": role}).first() is not None


def _is_member(connection: Connection, role: str, group: str) -> bool:
    return connection.execute(text(
        "SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
        "JOIN pg_roles g ON g.oid = m.roleid WHERE r.rolname = :role AND g.rolname = :group"),
        {"role": role, "group": group}).first() is not None


def _quote(connection: Connection, identifier: str) -> str:
    return connection.dialect.identifier_preparer.quote(identifier)


def _scram(connection: Connection, password: str, role: str) -> str:
    """``password`` as the SCRAM-SHA-256 verifier libpq makes for ``role``."""
    driver = connection.connection.driver_connection
    hashed = driver.pgconn.encrypt_password(  # type: ignore[union-attr]
        password.encode("utf-8"), role.encode("utf-8"), b"scram-sha-256").decode("ascii")
    if not re.fullmatch(r"[A-Za-z0-9$:+/=-]+", hashed):  # pragma: no cover - libpq's format
        raise TeamError("The password could not be prepared.")
    return hashed
