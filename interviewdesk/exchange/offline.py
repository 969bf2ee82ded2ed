"""Take offline: interviews copied from the team server into this laptop's own data
folder, to be held in a room without network and brought back afterwards
(:mod:`interviewdesk.exchange.bring_back`).

The copy goes through the exchange package format: what is taken is written as an
``offline`` package in the data folder (``offline/<copy>.idpkg``, private). That file
is the *base* — every value as it was when taken — against which bring-back decides,
field by field, what changed where; the safe reader checks it before it is used.
The same rows go into the laptop's SQLite database under new ids (the map is in the
package's header), and the server marks each interview "taken offline by … since …".

What the taker may see is all that travels: other members' forms only when
:func:`interviewdesk.domain.blind.may_see` lets them see them, the panel's consensus
only when :func:`~interviewdesk.domain.blind.matrix_refusal` opens the matrix to them.
The decision, the application's contact log and reference checks (with the
candidate's consents) go along, so that they can be recorded in the room too.

A laptop holds one candidate in one copy at a time: their application's records have
no stable id, so two copies of them out at once could each bring the same new contact
back. Interviews of one candidate are taken together, or one after the other is back.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, delete, select

from interviewdesk.domain import blind
from interviewdesk.exchange.archive import Package, new_package, write_package
from interviewdesk.exchange.codec import encode_row
from interviewdesk.exchange.errors import PackageError
from interviewdesk.exchange.offline_marks import TakenOffline, Who, mark_in, who_is_asking
from interviewdesk.exchange.offline_parts import PARTS, Part
from interviewdesk.exchange.records import Tally, rows_of, upsert
from interviewdesk.store.assessments import _reading as reading
from interviewdesk.store.assessments.round import describe
from interviewdesk.store.database import Database, url_without_password
from interviewdesk.store.lookups import interview_context
from interviewdesk.store.models import (
    Answer,
    Assessment,
    AuditEntry,
    CandidateDocument,
    CandidateQuestion,
    Competency,
    ConsensusScore,
    Consent,
    ContactEntry,
    Decision,
    Interview,
    Interviewer,
    OfflineCopy,
    PanelMember,
    Question,
    Rating,
    ReferenceCheck,
    StageRecord,
    utc_now,
)
from interviewdesk.store.paths import ensure_private_dir

#: Progress callback: a short English phrase saying what is being done.
Progress = Callable[[str], None]


def offline_dir(data_dir: Path) -> Path:
    """The folder (0700) that holds the base of every copy taken to this laptop."""
    return Path(data_dir) / "offline"


def base_path(data_dir: Path, copy_uuid: str) -> Path:
    """Where the base of copy ``copy_uuid`` is kept."""
    return offline_dir(data_dir) / f"{copy_uuid}.idpkg"


@dataclass(frozen=True)
class TakenInterview:
    """One interview of a copy: its id on the server and on this laptop."""

    server_id: int
    local_id: int
    candidate: str
    vacancy: str


@dataclass(frozen=True)
class TakenCopy:
    """What :func:`take_offline` did."""

    copy_uuid: str
    taken_by: str
    interviews: tuple[TakenInterview, ...]
    path: Path
    counts: dict[str, int] = field(default_factory=dict)
    forms_hidden: int = 0  # other members' forms left on the server (blind scoring)

    def summary(self) -> str:
        """One English sentence for the command line."""
        which = ", ".join(f"{i.server_id} ({i.candidate})" for i in self.interviews)
        hidden = (f" {self.forms_hidden} other member(s)' form(s) stayed on the server "
                  "(blind scoring)." if self.forms_hidden else "")
        return (f"Took {len(self.interviews)} interview(s) offline to this laptop: {which}; "
                f"the server shows them as taken offline by {self.taken_by}.{hidden}")


def take_offline(server: Database, local: Database, interview_ids: Iterable[int], *,
                 data_dir: Path, as_interviewer: int | None = None,
                 progress: Progress | None = None) -> TakenCopy:
    """Copy ``interview_ids`` from ``server`` into ``local`` and mark them on the server.

    The taker is the interviewer linked to this server login; an administrator's login
    names one with ``as_interviewer`` (or takes only what anyone may see). Raises
    :class:`TakenOffline` if one is taken offline already, ``LookupError`` for an
    unknown interview, :class:`PackageError` if the laptop cannot hold the copy. The
    server's marks are committed only once the laptop's copy is written.
    """
    say = progress or (lambda _text: None)
    wanted = list(dict.fromkeys(int(i) for i in interview_ids))
    if not wanted:
        raise ValueError("Choose at least one interview to take offline.")
    written: list[str] = []  # the copy's id, once the laptop holds it
    try:
        with server.session() as session:
            who = who_is_asking(session)
            taker = _taker(session, who, as_interviewer)
            package = new_package("offline")
            collected: dict[str, dict[int, Any]] = {part.name: {} for part in PARTS}
            members: dict[str, str] = {}
            hidden = 0
            for number, interview_id in enumerate(wanted, start=1):
                say(f"Reading interview {number} of {len(wanted)}")
                _lock(session, interview_id)
                mark = mark_in(session, interview_id)
                if mark is not None:
                    raise TakenOffline(f"Interview {interview_id} is {mark.sentence()}; bring "
                                       "it back (or have an administrator release it) "
                                       "first.")
                seat, hidden_here = _collect(session, interview_id, taker, collected)
                members[str(interview_id)] = seat.uuid if seat is not None else ""
                hidden += hidden_here
            for part in PARTS:
                package.tables[part.name] = [
                    encode_row(package, part.model.__table__,  # type: ignore[attr-defined]
                               row, part.fields)
                    for _id, row in sorted(collected[part.name].items())]
            taken_at = utc_now()
            package.header.update({
                "copy_uuid": package.package_id,
                "taken_by": taker[1],
                "taken_by_login": who.login,
                "taken_at": taken_at.isoformat(),
                "server": url_without_password(str(server.engine.url.render_as_string(
                    hide_password=True)).replace("postgresql+psycopg://", "postgresql://")),
                "interviews": wanted,
                "members": members,
            })
            say("Writing the copy on this laptop")
            ids, taken = _write_local(local, package, wanted, members)
            written.append(package.package_id)
            package.header["ids"] = {name: {str(k): v for k, v in table.items()}
                                     for name, table in ids.items()}
            ensure_private_dir(offline_dir(ensure_private_dir(Path(data_dir))))
            path = write_package(package, base_path(data_dir, package.package_id))
            for interview_id in wanted:
                session.add(OfflineCopy(copy_uuid=package.package_id, side="server",
                                        interview_id=interview_id, taken_by=taker[1],
                                        taken_by_login=who.login, taken_at=taken_at,
                                        member_uuid=members[str(interview_id)]))
            counts = {name: len(rows) for name, rows in package.tables.items() if rows}
    except BaseException:
        if written:  # the server kept no mark: the laptop's copy must not look taken
            abandon(local, data_dir, written[0], "the server did not record it")
        raise
    say("Done")
    return TakenCopy(package.package_id, taker[1], tuple(taken), path, counts, hidden)


def abandon(local: Database, data_dir: Path, copy_uuid: str, why: str) -> None:
    """A copy on the laptop that can never be brought back (the server did not keep
    its marks, or an administrator released them): marked released, base removed, so
    the interview may be taken to this laptop again."""
    with local.session() as session:
        for row in session.exec(select(OfflineCopy).where(
                OfflineCopy.copy_uuid == copy_uuid, OfflineCopy.side == "laptop")):
            row.state, row.closed_at, row.closed_by = "released", utc_now(), why
            session.add(row)
    base_path(data_dir, copy_uuid).unlink(missing_ok=True)


def _taker(session: Session, who: Who, as_interviewer: int | None) -> tuple[int | None, str]:
    """The interviewer taking the copy (their id, or none) and the name the mark shows."""
    if as_interviewer is not None and as_interviewer != who.interviewer_id:
        if not who.is_administrator:
            raise PermissionError("An interviewer takes interviews offline for themselves "
                                  "only.")
        person = session.get(Interviewer, as_interviewer)
        if person is None:
            raise LookupError(f"There is no interviewer {as_interviewer}.")
        return int(person.id or 0), person.name
    return who.interviewer_id, who.name or "the administrator"


def _lock(session: Session, interview_id: int) -> None:
    """Hold the interview's row until the mark is written, so two laptops cannot take
    it at the same moment (PostgreSQL; SQLite has one writer anyway)."""
    found = session.exec(select(Interview.id).where(Interview.id == interview_id)
                         .with_for_update()).first()
    if found is None:
        raise LookupError(f"There is no interview {interview_id}.")


def _collect(session: Session, interview_id: int, taker: tuple[int | None, str],
             collected: dict[str, dict[int, Any]]) -> tuple[PanelMember | None, int]:
    """Put the interview's rows into ``collected``; returns the taker's seat and how
    many other members' forms stayed behind."""
    context = interview_context(session, interview_id)
    vacancy_id = int(context.vacancy.id or 0)

    def put(name: str, rows: Iterable[Any]) -> None:
        for row in rows:
            collected[name][int(row.id)] = row

    put("vacancy", [context.vacancy])
    put("competency", session.exec(select(Competency).where(
        Competency.vacancy_id == vacancy_id)))
    put("question", session.exec(select(Question).where(
        Question.vacancy_id == vacancy_id,
        (col(Question.interview_id).is_(None)) | (Question.interview_id == interview_id))))
    put("candidate", [context.candidate])
    put("candidatedocument", session.exec(select(CandidateDocument).where(
        CandidateDocument.candidate_id == context.candidate.id)))
    put("application", [context.application])
    put("interview", [context.interview])
    seats = reading.seats(session, interview_id)
    put("interviewer", [seat.interviewer for seat in seats])
    put("panelmember", [seat.member for seat in seats])
    put("stagerecord", session.exec(select(StageRecord).where(
        StageRecord.interview_id == interview_id)))
    put("answer", session.exec(select(Answer).where(Answer.interview_id == interview_id)))
    put("candidatequestion", session.exec(select(CandidateQuestion).where(
        CandidateQuestion.interview_id == interview_id)))
    own = next((seat for seat in seats if taker[0] is not None
                and seat.interviewer.id == taker[0]), None)
    round_ = describe(seats, context.interview)
    put("decision", session.exec(select(Decision).where(Decision.interview_id == interview_id)))
    if blind.matrix_refusal(round_, own.id if own else None) is None:
        put("consensusscore", session.exec(select(ConsensusScore).where(
            ConsensusScore.interview_id == interview_id)))
    application_id = int(context.application.id or 0)
    put("consent", session.exec(select(Consent).where(
        Consent.candidate_id == context.candidate.id)))
    put("contactentry", session.exec(select(ContactEntry).where(
        ContactEntry.application_id == application_id)))
    references = list(session.exec(select(ReferenceCheck).where(
        ReferenceCheck.application_id == application_id)))
    callers = {r.interviewer_id for r in references if r.interviewer_id is not None}
    put("interviewer", session.exec(select(Interviewer).where(col(Interviewer.id).in_(callers))))
    put("referencecheck", references)
    hidden = 0
    for seat in seats:
        if seat.assessment is None:
            continue
        if not blind.may_see(round_, own.id if own else None, seat.id):
            hidden += 1
            continue
        put("assessment", [seat.assessment])
        put("rating", session.exec(select(Rating).where(
            Rating.assessment_id == seat.assessment.id)))
    return (own.member if own else None), hidden


def _write_local(local: Database, package: Package, wanted: list[int],
                 members: dict[str, str]) -> tuple[dict[str, dict[int, int]],
                                                   list[TakenInterview]]:
    """The package's rows into the laptop's database, new ids mapped; one transaction."""
    decoded = {part.name: rows_of(package, part.model, part.fields) for part in PARTS}
    ids: dict[str, dict[int, int]] = {part.name: {} for part in PARTS}
    tally = Tally()
    with local.session() as session:
        for row in decoded["candidate"]:
            _one_copy_per_candidate(session, row["uuid"])
        for part in PARTS:
            for row in decoded[part.name]:
                values = _mapped(part, row, ids)
                if part.name == "interview":
                    _make_room(session, row["uuid"])
                if hasattr(part.model, "uuid"):
                    thing = upsert(session, part.model, values, tally)
                else:
                    thing = part.model(**{k: v for k, v in values.items() if k != "id"})
                    session.add(thing)
                    session.flush()
                ids[part.name][row["id"]] = int(thing.id)
                if part.name == "interview":
                    _clear_children(session, int(thing.id))
                if part.name == "candidate":
                    _clear(session, (CandidateDocument, Consent), "candidate_id", thing)
                if part.name == "application":
                    _clear(session, (ContactEntry, ReferenceCheck), "application_id", thing)
        taken = []
        by_id = {row["id"]: row for row in decoded["interview"]}
        for server_id in wanted:
            local_id = ids["interview"][server_id]
            session.add(OfflineCopy(copy_uuid=package.package_id, side="laptop",
                                    interview_id=local_id,
                                    taken_by=str(package.header["taken_by"]),
                                    taken_by_login=str(package.header["taken_by_login"]),
                                    member_uuid=members[str(server_id)]))
            application = next(r for r in decoded["application"]
                               if r["id"] == by_id[server_id]["application_id"])
            candidate = next(r for r in decoded["candidate"]
                             if r["id"] == application["candidate_id"])
            vacancy = next(r for r in decoded["vacancy"] if r["id"] == application["vacancy_id"])
            taken.append(TakenInterview(server_id, local_id, candidate["name"], vacancy["title"]))
    return ids, taken


def _mapped(part: Part, row: dict[str, Any], ids: dict[str, dict[int, int]]) -> dict[str, Any]:
    values = dict(row)
    for column, parent in part.refs.items():
        if values.get(column) is not None:
            values[column] = ids[parent][values[column]]
    return values


def _make_room(session: Session, interview_uuid: str) -> None:
    """An interview may come to this laptop again once its last copy is back; one
    this laptop made itself, or one still out, is never written over."""
    found = session.exec(select(Interview).where(Interview.uuid == interview_uuid)).first()
    if found is None:
        return
    copies = list(session.exec(select(OfflineCopy).where(
        OfflineCopy.interview_id == found.id, OfflineCopy.side == "laptop")))
    if not copies:
        raise PackageError("This laptop's own database already holds this interview (it was "
                           "not taken offline to it); nothing was taken offline.")
    if any(copy.state == "out" for copy in copies):
        raise PackageError("This laptop still holds this interview offline; bring it back "
                           "before taking it offline again. Nothing was taken offline.")


def _clear(session: Session, models: tuple[Any, ...], column: str, parent: Any) -> None:
    """The records of ``parent`` an earlier copy left here (no stable id to match them
    by): the server's, just read, replace them."""
    for model in models:
        session.exec(delete(model).where(  # type: ignore[call-overload]
            col(getattr(model, column)) == parent.id))


def _one_copy_per_candidate(session: Session, candidate_uuid: str) -> None:
    """Refuse a second copy of a candidate this laptop holds out already (see the
    module docstring): the records of their application would come back twice."""
    from interviewdesk.store.models import Application, Candidate

    held = session.exec(
        select(Interview.id)
        .join(OfflineCopy, col(OfflineCopy.interview_id) == col(Interview.id))
        .join(Application, col(Application.id) == col(Interview.application_id))
        .join(Candidate, col(Candidate.id) == col(Application.candidate_id))
        .where(OfflineCopy.side == "laptop", OfflineCopy.state == "out",
               Candidate.uuid == candidate_uuid)).first()
    if held is not None:
        raise PackageError("This laptop already holds an interview of this candidate "
                           f"offline (this laptop's interview {held}); bring it back first, "
                           "or take the candidate's interviews offline together. Nothing was "
                           "taken offline.")


def _clear_children(session: Session, interview_id: int) -> None:
    """What an earlier copy (brought back already) left of the interview here: the
    server's current state replaces it."""
    for model in (StageRecord, Answer, CandidateQuestion, Assessment, AuditEntry, Decision,
                  ConsensusScore):
        session.exec(delete(model).where(  # type: ignore[call-overload]
            col(model.interview_id) == interview_id))
    session.exec(delete(Question).where(  # type: ignore[call-overload]
        col(Question.interview_id) == interview_id))
    session.flush()
