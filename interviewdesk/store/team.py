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

The gate (``interviewdesk_round_closed``, ``interviewdesk_has_rated``) opens only in
a transaction that has written nothing: submitting one's own form in a transaction,
reading the others' and rolling back shows nothing. A submitted form is changed by its
rater only together with a reopening (its reason) written in the same transaction
(checked at commit); a saved exercise rating is not changed at all.

``decision`` (the panel's joint conclusion, taken in the discussion after the matrix) is
read by anyone and written only once the round is closed; an ``offlinecopy`` mark is
written only in the writer's own login. The other tables need no policy: nothing in them
is one member's assessment. ``stagerecord``, ``answer`` and ``candidatequestion`` are
the interview's shared notes (one per interview, shown to every rater while they fill
in their form); ``packageimport`` holds counts only; ``interview``'s round fields say when and why a
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
allows (a trigger on ``interview``); reopening a closed round is the owner's. Seats are
added or changed only while no form of the interview is submitted and its round is
open, and nobody makes themselves chair once forms exist (a trigger on
``panelmember``).

What the server records is the server's: ``changed_by`` / ``texts_by`` are stamped with
``session_user``, an interviewer's audit entry is in their own name and dated now (see
:func:`_functions` for the two flows that keep other values), a submitted form is not
removed by deleting its interview, candidate or vacancy except in an erasure, another's
PIN is only cleared, and each login has time limits (:data:`ROLE_LIMITS`).
"""

import logging
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text
from sqlmodel import select

from interviewdesk.store import models
from interviewdesk.store.audit import FORM_KINDS
from interviewdesk.store.change_watch import install_notices
from interviewdesk.store.database import Database
from interviewdesk.store.models import Authored, Interviewer, TextsAuthored
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


def server_refusal(error: BaseException) -> str | None:
    """The sentence a rule of this module's (a trigger's ``RAISE EXCEPTION``) refused a
    write with, for the store to pass on as a clear message; ``None`` for any other
    error. Only this module's triggers raise with SQLSTATE P0001 in our schema."""
    original = getattr(error, "orig", error)
    if getattr(original, "sqlstate", None) != "P0001":
        return None
    diag = getattr(original, "diag", None)
    message = getattr(diag, "message_primary", None) or ""
    return message.splitlines()[0] if message else None


# -- team init ------------------------------------------------------------------------

#: The tables an interviewer's app only reads.
_READ_ONLY = ("alembic_version",)
#: The trails that keep blind scoring honest: an interviewer adds to them, and never
#: changes or removes an entry (a cascade from a removed interview still does).
_APPEND_ONLY = ("assessmentreopening", "auditentry", "erasure")


#: The session is an interviewer's login (not the administrator's): the rows that say so.
#: The guards below let the administrator do what they refuse an interviewer.
INTERVIEWER_SESSION = ("SELECT 1 FROM interviewer "
                       "WHERE login_role <> '' AND login_role = session_user::text")


def _functions(schema: str, group: str) -> list[str]:
    path = f"SET search_path = {schema}, pg_temp"
    form_kinds = ", ".join(f"'{kind}'" for kind in sorted(FORM_KINDS))
    return [
        # Is panel seat ``member`` the asker's own? (blind.refusal: "own form")
        f"""CREATE OR REPLACE FUNCTION interviewdesk_own_seat(member integer)
        RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
          SELECT EXISTS (SELECT 1 FROM panelmember pm
                         JOIN interviewer i ON i.id = pm.interviewer_id
                         WHERE pm.id = member AND i.login_role <> ''
                           AND i.login_role = session_user::text)
        $$""",
        # Is the round of ``interview_`` closed? (blind.Round.closed) As stored: what
        # the guards of writes (closing, consensus, decision, seats) go by.
        f"""CREATE OR REPLACE FUNCTION interviewdesk_round_done(interview_ integer)
        RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
          SELECT EXISTS (SELECT 1 FROM interview
                         WHERE id = interview_ AND round_closed_at IS NOT NULL)
              OR NOT EXISTS (SELECT 1 FROM panelmember pm
                             WHERE pm.interview_id = interview_
                               AND NOT EXISTS (SELECT 1 FROM assessment a
                                               WHERE a.panel_member_id = pm.id
                                                 AND a.submitted_at IS NOT NULL))
        $$""",
        # The blind gate: the round is closed, and the asker's transaction has written
        # nothing. Otherwise one could submit their own form (or close the round) in a
        # transaction, read the others' forms and roll it all back, unseen; a write in
        # a savepoint assigns the top transaction's id too. The app reads the others'
        # forms only in transactions of their own.
        f"""CREATE OR REPLACE FUNCTION interviewdesk_round_closed(interview_ integer)
        RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
          SELECT pg_current_xact_id_if_assigned() IS NULL
             AND interviewdesk_round_done(interview_)
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
          SELECT pg_current_xact_id_if_assigned() IS NULL
             AND EXISTS (SELECT 1 FROM exerciserating r
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
             OR NOT EXISTS ({INTERVIEWER_SESSION}) THEN
            RETURN NEW;
          END IF;
          IF NEW.round_closed_at IS NULL THEN
            RAISE EXCEPTION 'Only the administrator reopens a closed assessment round.';
          END IF;
          IF interviewdesk_round_done(NEW.id) THEN
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
        # A submitted form (the assessment and its ratings) is changed by its rater
        # only after reopening it, which leaves a reason (``assessmentreopening``):
        # checked at commit, so the reopening may be written before or after the
        # form in the same transaction (the app's reopen_form; a form reopened on a
        # laptop and brought back). A reopening counts when this transaction wrote it.
        f"""CREATE OR REPLACE FUNCTION interviewdesk_reopened_now(form integer)
        RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
          SELECT EXISTS (SELECT 1 FROM assessmentreopening r
                         WHERE r.assessment_id = form
                           AND r.xmin = pg_current_xact_id()::xid)
        $$""",
        f"""CREATE OR REPLACE FUNCTION interviewdesk_guard_form() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER {path} AS $$
        DECLARE
          form integer;
        BEGIN
          IF NOT EXISTS ({INTERVIEWER_SESSION}) THEN
            RETURN NULL;
          END IF;
          IF TG_TABLE_NAME = 'assessment' THEN
            IF OLD.submitted_at IS NULL OR interviewdesk_reopened_now(OLD.id) THEN
              RETURN NULL;
            END IF;
          ELSE
            form := CASE WHEN TG_OP = 'DELETE' THEN OLD.assessment_id
                         ELSE NEW.assessment_id END;
            -- Open now, gone, or written in this transaction (then the check on the
            -- assessment itself decides).
            IF NOT EXISTS (SELECT 1 FROM assessment a WHERE a.id = form
                             AND a.submitted_at IS NOT NULL
                             AND a.xmin <> pg_current_xact_id()::xid)
               OR interviewdesk_reopened_now(form) THEN
              RETURN NULL;
            END IF;
          END IF;
          RAISE EXCEPTION 'This assessment form is submitted: reopen it (with a reason) '
                          'before changing it.';
        END
        $$""",
        "DROP TRIGGER IF EXISTS interviewdesk_guard_form ON assessment",
        "CREATE CONSTRAINT TRIGGER interviewdesk_guard_form AFTER UPDATE ON assessment "
        "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION interviewdesk_guard_form()",
        "DROP TRIGGER IF EXISTS interviewdesk_guard_form ON rating",
        "CREATE CONSTRAINT TRIGGER interviewdesk_guard_form AFTER INSERT OR UPDATE OR DELETE "
        "ON rating DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
        "EXECUTE FUNCTION interviewdesk_guard_form()",
        # Panel seats: the panel decides whose forms close the round and who may close
        # it early, so an interviewer changes it only while no form of the interview is
        # submitted and its round is open, and never makes themselves chair once the
        # panel has started its forms. The administrator (the owner) may always.
        f"""CREATE OR REPLACE FUNCTION interviewdesk_guard_seat() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER {path} AS $$
        BEGIN
          IF NOT EXISTS ({INTERVIEWER_SESSION}) THEN
            RETURN NEW;
          END IF;
          IF TG_OP = 'UPDATE' AND NEW.role IS NOT DISTINCT FROM OLD.role
             AND NEW.position IS NOT DISTINCT FROM OLD.position THEN
            RETURN NEW;
          END IF;
          IF EXISTS (SELECT 1 FROM interview WHERE id = NEW.interview_id
                       AND round_closed_at IS NOT NULL)
             OR EXISTS (SELECT 1 FROM assessment WHERE interview_id = NEW.interview_id
                          AND submitted_at IS NOT NULL) THEN
            RAISE EXCEPTION 'The panel is fixed once a form of this interview is '
                            'submitted: ask the administrator to change it.';
          END IF;
          IF NEW.role = 'chair' AND (TG_OP = 'INSERT' OR OLD.role IS DISTINCT FROM 'chair')
             AND interviewdesk_own_interviewer(NEW.interviewer_id)
             AND EXISTS (SELECT 1 FROM assessment WHERE interview_id = NEW.interview_id)
          THEN
            RAISE EXCEPTION 'You cannot make yourself the chair once the panel has started '
                            'its forms: ask the administrator.';
          END IF;
          RETURN NEW;
        END
        $$""",
        "DROP TRIGGER IF EXISTS interviewdesk_guard_seat ON panelmember",
        "CREATE TRIGGER interviewdesk_guard_seat BEFORE INSERT OR UPDATE ON panelmember "
        "FOR EACH ROW EXECUTE FUNCTION interviewdesk_guard_seat()",
        # Who wrote what (migrations 0018-0019) is the server's to say: the login that
        # wrote, whatever the client stamped, so an editor's "saved meanwhile by ..."
        # names the real author. In the same form as the app stamps it (models.py,
        # ``_stamp_authors``): ``session_user``; a new row's non-empty texts, a
        # changed row's changed texts, the other texts keeping who wrote them.
        f"""CREATE OR REPLACE FUNCTION interviewdesk_stamp_author() RETURNS trigger
        LANGUAGE plpgsql {path} AS $$
        BEGIN
          NEW.changed_by := session_user::text;
          RETURN NEW;
        END
        $$""",
        f"""CREATE OR REPLACE FUNCTION interviewdesk_stamp_texts() RETURNS trigger
        LANGUAGE plpgsql {path} AS $$
        DECLARE
          after jsonb := to_jsonb(NEW);
          before jsonb := CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(OLD) END;
          authors jsonb := CASE WHEN TG_OP = 'UPDATE'
                                THEN COALESCE(OLD.texts_by::jsonb, '{{}}'::jsonb)
                                ELSE '{{}}'::jsonb END;
          field text;
        BEGIN
          IF jsonb_typeof(authors) <> 'object' THEN
            authors := '{{}}'::jsonb;
          END IF;
          FOREACH field IN ARRAY TG_ARGV LOOP
            IF (TG_OP = 'INSERT' AND COALESCE(after ->> field, '') <> '')
               OR (TG_OP = 'UPDATE' AND (after -> field) IS DISTINCT FROM (before -> field))
            THEN
              authors := authors || jsonb_build_object(field, session_user::text);
            END IF;
          END LOOP;
          NEW.texts_by := authors::json;
          RETURN NEW;
        END
        $$""",
        *_stamp_triggers(),
        # The audit trail says who and when as the server knows it: an interviewer's
        # entry is in their own name and dated now. Two flows write otherwise, and
        # keep doing so: an imported exchange package names the member whose package
        # it was; an interview brought back from the asker's own offline copy keeps
        # the times its entries were made on the laptop (not before it was taken).
        f"""CREATE OR REPLACE FUNCTION interviewdesk_stamp_audit() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER {path} AS $$
        DECLARE
          own_name text;
          now_utc timestamp := now() AT TIME ZONE 'UTC';
        BEGIN
          SELECT name INTO own_name FROM interviewer
            WHERE login_role <> '' AND login_role = session_user::text
            ORDER BY id LIMIT 1;
          IF NOT FOUND THEN
            RETURN NEW;
          END IF;
          IF NEW.kind <> 'package_imported' THEN
            NEW.actor := own_name;
          END IF;
          -- An interviewer's entry about a form is about their own (a laptop's entries
          -- brought back name no seat): it follows that form (the blind_read policy).
          IF NEW.kind IN ({form_kinds}) AND NEW.panel_member_id IS NULL THEN
            NEW.panel_member_id := (
              SELECT pm.id FROM panelmember pm JOIN interviewer i ON i.id = pm.interviewer_id
              WHERE pm.interview_id = NEW.interview_id AND i.login_role <> ''
                AND i.login_role = session_user::text
              ORDER BY pm.id LIMIT 1);
          END IF;
          IF NEW.at IS NULL OR NEW.at > now_utc OR NOT EXISTS (
               SELECT 1 FROM offlinecopy o
               WHERE o.interview_id = NEW.interview_id AND o.side = 'server'
                 AND o.state = 'out' AND o.taken_by_login = session_user::text
                 AND o.taken_at <= NEW.at) THEN
            NEW.at := now_utc;
          END IF;
          RETURN NEW;
        END
        $$""",
        "DROP TRIGGER IF EXISTS interviewdesk_stamp_audit ON auditentry",
        "CREATE TRIGGER interviewdesk_stamp_audit BEFORE INSERT ON auditentry "
        "FOR EACH ROW EXECUTE FUNCTION interviewdesk_stamp_audit()",
        # Removing an interview, an application, a candidate or a vacancy takes its
        # forms with it (a cascade): an interviewer does not so remove a submitted
        # form, unless it is an erasure (the candidate's right; the ``erasure`` row,
        # written first in the same transaction, records it). The administrator may.
        f"""CREATE OR REPLACE FUNCTION interviewdesk_guard_removal() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER {path} AS $$
        DECLARE
          submitted boolean;
        BEGIN
          IF NOT EXISTS ({INTERVIEWER_SESSION})
             OR pg_trigger_depth() > 1
             OR EXISTS (SELECT 1 FROM erasure e WHERE e.xmin = pg_current_xact_id()::xid)
          THEN
            RETURN OLD;
          END IF;
          SELECT EXISTS (
            SELECT 1 FROM assessment a JOIN interview i ON i.id = a.interview_id
              JOIN application p ON p.id = i.application_id
            WHERE a.submitted_at IS NOT NULL
              AND CASE TG_TABLE_NAME WHEN 'interview' THEN i.id = OLD.id
                                     WHEN 'application' THEN p.id = OLD.id
                                     WHEN 'candidate' THEN p.candidate_id = OLD.id
                                     ELSE p.vacancy_id = OLD.id END)
            INTO submitted;
          IF submitted THEN
            RAISE EXCEPTION 'A submitted assessment form would be removed with this %: only '
                            'the administrator removes it.', TG_TABLE_NAME;
          END IF;
          RETURN OLD;
        END
        $$""",
        *(statement for table in ("interview", "application", "candidate", "vacancy")
          for statement in (
            f"DROP TRIGGER IF EXISTS interviewdesk_guard_removal ON {table}",
            f"CREATE TRIGGER interviewdesk_guard_removal BEFORE DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION interviewdesk_guard_removal()")),
        # An interviewer's PIN is their own: another's is only cleared (a chair's
        # reset for someone who forgot theirs), never set to one the writer knows.
        f"""CREATE OR REPLACE FUNCTION interviewdesk_guard_pin() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER {path} AS $$
        BEGIN
          IF NEW.pin_hash IS DISTINCT FROM OLD.pin_hash AND NEW.pin_hash <> ''
             AND OLD.login_role IS DISTINCT FROM session_user::text
             AND EXISTS ({INTERVIEWER_SESSION}) THEN
            RAISE EXCEPTION 'Only the interviewer themselves sets their PIN.';
          END IF;
          RETURN NEW;
        END
        $$""",
        "DROP TRIGGER IF EXISTS interviewdesk_guard_pin ON interviewer",
        "CREATE TRIGGER interviewdesk_guard_pin BEFORE UPDATE OF pin_hash ON interviewer "
        "FOR EACH ROW EXECUTE FUNCTION interviewdesk_guard_pin()",
        # A name is who an audit entry says did it: an interviewer does not rename a
        # colleague who has a login (they and the administrator may), nor take a
        # name another interviewer has (which would also make two people one).
        f"""CREATE OR REPLACE FUNCTION interviewdesk_guard_name() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER {path} AS $$
        BEGIN
          IF (TG_OP = 'UPDATE' AND NEW.name IS NOT DISTINCT FROM OLD.name)
             OR NOT EXISTS ({INTERVIEWER_SESSION}) THEN
            RETURN NEW;
          END IF;
          IF TG_OP = 'UPDATE' AND OLD.login_role <> ''
             AND OLD.login_role <> session_user::text THEN
            RAISE EXCEPTION 'Only the interviewer themselves (or the administrator) '
                            'renames a colleague who has a login.';
          END IF;
          IF EXISTS (SELECT 1 FROM interviewer i WHERE i.id IS DISTINCT FROM NEW.id
                       AND lower(regexp_replace(btrim(i.name), '[[:space:]]+', ' ', 'g'))
                         = lower(regexp_replace(btrim(NEW.name), '[[:space:]]+', ' ', 'g'))) THEN
            RAISE EXCEPTION 'Another interviewer has that name already.';
          END IF;
          RETURN NEW;
        END
        $$""",
        "DROP TRIGGER IF EXISTS interviewdesk_guard_name ON interviewer",
        "CREATE TRIGGER interviewdesk_guard_name BEFORE INSERT OR UPDATE OF name "
        "ON interviewer FOR EACH ROW EXECUTE FUNCTION interviewdesk_guard_name()",
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
            "interviewdesk_round_done(integer)", "interviewdesk_reopened_now(integer)",
            "interviewdesk_may_see(integer, integer)",
            "interviewdesk_may_see_assessment(integer)",
            "interviewdesk_own_assessment(integer)",
            "interviewdesk_own_interviewer(integer)", "interviewdesk_has_rated(text)",
            "interviewdesk_form_states(integer)")),
        *(f"GRANT EXECUTE ON FUNCTION {name} TO {group}" for name in (
            "interviewdesk_own_seat(integer)", "interviewdesk_round_closed(integer)",
            "interviewdesk_round_done(integer)", "interviewdesk_reopened_now(integer)",
            "interviewdesk_may_see(integer, integer)",
            "interviewdesk_may_see_assessment(integer)",
            "interviewdesk_own_assessment(integer)",
            "interviewdesk_own_interviewer(integer)", "interviewdesk_has_rated(text)",
            "interviewdesk_form_states(integer)")),
    ]


def _stamp_triggers() -> list[str]:
    """The triggers that stamp ``changed_by`` and ``texts_by`` on every table that has
    them (the model classes say which, and which texts)."""
    statements = []
    for model in sorted(_authored_models(), key=lambda model: model.__tablename__):
        table = model.__tablename__
        statements.append(f"DROP TRIGGER IF EXISTS interviewdesk_stamp_author ON {table}")
        if issubclass(model, Authored):
            statements.append(
                f"CREATE TRIGGER interviewdesk_stamp_author BEFORE INSERT OR UPDATE ON "
                f"{table} FOR EACH ROW EXECUTE FUNCTION interviewdesk_stamp_author()")
        statements.append(f"DROP TRIGGER IF EXISTS interviewdesk_stamp_texts ON {table}")
        if issubclass(model, TextsAuthored):
            fields = ", ".join(f"'{field}'" for field in model.AUTHORED_TEXTS)
            statements.append(
                f"CREATE TRIGGER interviewdesk_stamp_texts BEFORE INSERT OR UPDATE ON "
                f"{table} FOR EACH ROW EXECUTE FUNCTION interviewdesk_stamp_texts({fields})")
    return statements


def _authored_models() -> list[Any]:
    return [model for model in vars(models).values()
            if isinstance(model, type) and hasattr(model, "__tablename__")
            and issubclass(model, Authored | TextsAuthored)]


#: (table, policy, command, USING, WITH CHECK): the blind rule on the forms and on
#: every table that holds a member's scores, evidence or words about their form.
POLICIES = (
    ("assessment", "blind_read", "SELECT", "interviewdesk_may_see(interview_id, panel_member_id)",
     None),
    ("assessment", "own_insert", "INSERT", None, "interviewdesk_own_seat(panel_member_id)"),
    ("assessment", "own_update", "UPDATE", "interviewdesk_own_seat(panel_member_id)",
     "interviewdesk_own_seat(panel_member_id)"),
    # Not a submitted form: it would go with its ratings, and come back as new.
    ("assessment", "own_delete", "DELETE",
     "interviewdesk_own_seat(panel_member_id) AND submitted_at IS NULL", None),
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
    # (As stored: its writes read it back in the same transaction.)
    ("consensusscore", "round_closed", "ALL", "interviewdesk_round_done(interview_id)",
     "interviewdesk_round_done(interview_id)"),
    # The panel's decision follows the matrix: written only once the round is closed;
    # anyone reads it (lists, letters).
    ("decision", "read", "SELECT", "true", None),
    ("decision", "round_closed_insert", "INSERT", None,
     "interviewdesk_round_done(interview_id)"),
    ("decision", "round_closed_update", "UPDATE", "interviewdesk_round_done(interview_id)",
     "interviewdesk_round_done(interview_id)"),
    ("decision", "round_closed_delete", "DELETE", "interviewdesk_round_done(interview_id)",
     None),
    # The mark of an interview taken offline is its taker's: nobody fakes one in
    # another's name or releases another's (the administrator, the owner, may).
    ("offlinecopy", "read", "SELECT", "true", None),
    ("offlinecopy", "own_insert", "INSERT", None, "taken_by_login = session_user::text"),
    ("offlinecopy", "own_update", "UPDATE", "taken_by_login = session_user::text",
     "taken_by_login = session_user::text"),
    # Calibration exercises: colleagues' scores only after rating it yourself
    # (domain.exercises.may_see_reference); each writes only their own ratings.
    ("exerciserating", "rate_first_read", "SELECT",
     "interviewdesk_own_interviewer(interviewer_id) OR interviewdesk_has_rated(exercise_key)",
     None),
    ("exerciserating", "own_insert", "INSERT", None,
     "interviewdesk_own_interviewer(interviewer_id)"),
)

#: Policies of earlier versions that no longer exist (dropped by ``team init``): an
#: exercise rating, once saved, is not changed or taken back (only INSERT is granted).
_DROPPED_POLICIES = (("exerciserating", "own_update"), ("exerciserating", "own_delete"))


def _policies(group: str, policies: tuple[tuple[str, str, str, str | None, str | None], ...]
              = POLICIES) -> list[str]:
    statements = []
    for table in sorted({policy[0] for policy in policies}):
        statements.append(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    for table, name in _DROPPED_POLICIES:
        statements.append(f"DROP POLICY IF EXISTS interviewdesk_{name} ON {table}")
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
                  # USAGE (nextval) only: a sequence's last value would tell how many
                  # ratings or forms the others have saved.
                  f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {group}",
                  f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {schema} TO {group}"]
    for table in tables:
        statements.append(f"REVOKE ALL ON {table} FROM {group}")
        if table in _READ_ONLY:
            statements.append(f"GRANT SELECT ON {table} TO {group}")
        elif table in _APPEND_ONLY or table == "exerciserating":
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


#: Each interviewer login's limits (``ALTER ROLE ... SET``), so that one stuck or
#: hostile session cannot hold the others up for long: a transaction left open holds
#: its locks only this long, a colleague's app waits this long for a lock before it
#: says so, and no statement runs longer. The app's statements and transactions take
#: milliseconds to a few seconds (a bring-back, an erasure on a big server); the
#: limits leave ample room. A login can change its own session's values, but not a
#: colleague's: the lock timeout is what keeps the others' apps from hanging.
ROLE_LIMITS = (("idle_in_transaction_session_timeout", "2min"),
               ("lock_timeout", "20s"),
               ("statement_timeout", "2min"))


def _limit_statements(role: str) -> list[str]:
    return [f"ALTER ROLE {check_role_name(role)} SET {name} = '{value}'"
            for name, value in ROLE_LIMITS]


def _members(connection: Connection, group: str) -> list[str]:
    return [row[0] for row in connection.execute(text(
        "SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
        "JOIN pg_roles g ON g.oid = m.roleid WHERE g.rolname = :group ORDER BY 1"),
        {"group": group}) if _ROLE_NAME.match(row[0])]


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
            for role in _members(connection, group):  # logins added by an older version
                for statement in _limit_statements(role):
                    connection.exec_driver_sql(statement)
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
            for statement in _limit_statements(role):
                connection.exec_driver_sql(statement)
            connection.execute(text("UPDATE interviewer SET login_role = :role WHERE id = :id"),
                               {"role": role, "id": interviewer.id})
    finally:
        database.close()
    log.info("Interviewer login %s", "renewed" if exists else "created")
    return Login(int(interviewer.id or 0), interviewer.name, role, not exists)


def remove_interviewer(url: str, name: str) -> Login:
    """Turn off the login of the interviewer called ``name`` — or whose login is
    ``name``, which is what tells two colleagues of the same name apart —
    (``NOLOGIN``); their record, their forms and the link stay, so their history is
    kept and :func:`add_interviewer` can turn it on again."""
    database = open_server(url)
    try:
        interviewer = (_interviewer_with_login(database, name)
                       or _interviewer_called(database, name, create_with_email=None))
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


def _interviewer_with_login(database: Database, login: str) -> Interviewer | None:
    """The interviewer whose login is ``login`` exactly, if any."""
    if not login or not _ROLE_NAME.match(login):
        return None
    with database.session() as session:
        return session.exec(select(Interviewer).where(
            Interviewer.login_role == login)).first()


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
            logins = sorted(row.login_role for row in found if row.login_role)
            which = (f" or give the login instead ({', '.join(logins)})" if logins else "")
            raise TeamError(f"There are {len(found)} interviewers called {name!r}: rename one "
                            f"in the app first{which}.")
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
