"""Who is asking on a team server, and the server's marks "taken offline by … since …".

An interview taken offline to a laptop is held there; the server keeps a mark so that
nobody starts it meanwhile (the two records would then have to be merged field by
field). Bringing it back clears the mark; an administrator (a login that is no
interviewer's: the database owner) can release a mark that went stale, e.g. when the
laptop was lost.
"""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text
from sqlmodel import Session, col, select

from interviewdesk.store.database import Database
from interviewdesk.store.models import Interviewer, OfflineCopy, utc_now


class TakenOffline(Exception):
    """The interview is held offline on a laptop; the message says by whom since when."""


@dataclass(frozen=True)
class Who:
    """The person at this app: their name, their server login ("" on a laptop's own
    database), the interviewer they are, and whether they administer the data."""

    name: str
    login: str
    interviewer_id: int | None
    is_administrator: bool


@dataclass(frozen=True)
class OfflineMark:
    """An interview taken offline: by whom, since when, under which copy."""

    interview_id: int
    copy_uuid: str
    taken_by: str
    taken_by_login: str
    taken_at: datetime

    def sentence(self) -> str:
        """"Taken offline by Sanne de Vries since 2026-12-03 14:05 UTC"."""
        return f"taken offline by {self.taken_by} since {self.taken_at:%Y-%m-%d %H:%M} UTC"


def who_is_asking(session: Session) -> Who:
    """The login of this connection and the interviewer linked to it. A login linked
    to no interviewer administers (the owner); on SQLite everyone does."""
    if session.connection().dialect.name != "postgresql":
        return Who("", "", None, True)
    login = str(session.connection().execute(text("SELECT session_user")).scalar_one())
    person = session.exec(select(Interviewer).where(Interviewer.login_role == login)).first()
    if person is None:
        return Who(login, login, None, True)
    return Who(person.name, login, int(person.id or 0), False)


def _mark(row: OfflineCopy) -> OfflineMark:
    taken = row.taken_at
    return OfflineMark(row.interview_id, row.copy_uuid, row.taken_by, row.taken_by_login,
                       taken)


def mark_in(session: Session, interview_id: int) -> OfflineMark | None:
    """The interview's mark on this (server) database, if it is out."""
    row = session.exec(select(OfflineCopy).where(
        OfflineCopy.interview_id == interview_id, OfflineCopy.side == "server",
        OfflineCopy.state == "out").order_by(col(OfflineCopy.id).desc())).first()
    return _mark(row) if row is not None else None


def marks(db: Database) -> dict[int, OfflineMark]:
    """Every interview taken offline from this database, by interview id."""
    with db.session() as session:
        rows = session.exec(select(OfflineCopy).where(
            OfflineCopy.side == "server", OfflineCopy.state == "out"))
        return {row.interview_id: _mark(row) for row in rows}


def check_may_start(db: Database, interview_id: int) -> None:
    """Raise :class:`TakenOffline` if the interview is held on a laptop."""
    with db.session() as session:
        mark = mark_in(session, interview_id)
    if mark is not None:
        raise TakenOffline(
            f"This interview is {mark.sentence()}; it cannot be started here until it is "
            "brought back (or an administrator releases it)."
        )


def release(db: Database, interview_id: int) -> OfflineMark:
    """Clear a stale mark (an administrator only). ``LookupError`` if there is none,
    ``PermissionError`` for an interviewer's login. What the laptop holds can then no
    longer be brought back; the mark says so in the summary the caller shows."""
    with db.session() as session:
        who = who_is_asking(session)
        if not who.is_administrator:
            raise PermissionError("Only an administrator (the server's owner login) can "
                                  "release an interview taken offline.")
        rows = list(session.exec(select(OfflineCopy).where(
            OfflineCopy.interview_id == interview_id, OfflineCopy.side == "server",
            OfflineCopy.state == "out")))
        if not rows:
            raise LookupError(f"Interview {interview_id} is not taken offline.")
        for row in rows:
            row.state, row.closed_at, row.closed_by = "released", utc_now(), who.name
            session.add(row)
        return _mark(rows[0])


# -- what is held: the guards of the windows and commands that change an interview ----
#
# While a laptop holds an interview, what comes back from it is merged field by field
# (exchange.bring_back). Changing the same records on the server meanwhile would only
# make conflicts, or lose what was written offline when the server removes a record,
# so the windows and commands that change them ask here first and refuse, naming who
# holds it since when: the interview itself (its window, its editor, deleting it, its
# candidate or its vacancy), the taker's own assessment form, the panel discussion
# (consensus, decision, closing the round), telling the candidate the decision, and
# the application's reference checks. Left free, because the merge keeps them safe:
# the other panel members' forms (they never come back from the laptop) and the
# contact log (entries are only added or removed, never edited: both sides' entries
# are kept).


def held(db: Database, *, interview_id: int | None = None, application_id: int | None = None,
         candidate_id: int | None = None, vacancy_id: int | None = None
         ) -> OfflineMark | None:
    """The mark of an interview taken offline among those named: the interview, or any
    interview of the application, the candidate or the vacancy; ``None`` if none is."""
    from interviewdesk.store.models import Application, Interview

    query = select(OfflineCopy).where(OfflineCopy.side == "server",
                                      OfflineCopy.state == "out")
    if interview_id is not None:
        query = query.where(OfflineCopy.interview_id == interview_id)
    if application_id is not None or candidate_id is not None or vacancy_id is not None:
        query = query.join(Interview, col(Interview.id) == col(OfflineCopy.interview_id)) \
            .join(Application, col(Application.id) == col(Interview.application_id))
        if application_id is not None:
            query = query.where(Application.id == application_id)
        if candidate_id is not None:
            query = query.where(Application.candidate_id == candidate_id)
        if vacancy_id is not None:
            query = query.where(Application.vacancy_id == vacancy_id)
    with db.session() as session:
        row = session.exec(query.order_by(col(OfflineCopy.id).desc())).first()
        return _mark(row) if row is not None else None


def held_form(db: Database, interview_id: int, panel_member_id: int) -> OfflineMark | None:
    """The mark, if the form of ``panel_member_id`` is the one the laptop brings back
    (the taker's own); other members' forms stay free on the server."""
    from interviewdesk.store.models import PanelMember

    with db.session() as session:
        seat = session.get(PanelMember, panel_member_id)
        if seat is None:
            return None
        row = session.exec(select(OfflineCopy).where(
            OfflineCopy.side == "server", OfflineCopy.state == "out",
            OfflineCopy.interview_id == interview_id,
            OfflineCopy.member_uuid == seat.uuid)).first()
        return _mark(row) if row is not None else None


def check_free(db: Database, what: str, **where: int | None) -> None:
    """Raise :class:`TakenOffline` (``what`` named: "The candidate") if an interview
    among ``where`` (see :func:`held`) is held on a laptop."""
    mark = held(db, **where)
    if mark is not None:
        raise TakenOffline(
            f"{what} cannot be changed now: interview {mark.interview_id} is "
            f"{mark.sentence()}. It can be changed once it is brought back (or an "
            "administrator releases it).")
