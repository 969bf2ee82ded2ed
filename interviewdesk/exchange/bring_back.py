"""Bring back: an interview held offline on this laptop merged into the team server.

Every record of the copy is compared field by field with its *base* (the value when
it was taken, kept in the copy's package in the data folder) by the rule of
:mod:`interviewdesk.domain.three_way`: a field changed only here is written to the
server, one changed only on the server stays, one changed on both to different values
is a conflict the user resolves — nothing is overwritten silently. Records made
offline (questions added on the spot, the candidate's questions, stage records,
answers, the taker's own form and ratings, the decision, consensus scores, contacts,
reference checks, a consent) are created on the server, their ids mapped. Other
members' forms travelled for reading only and never come back. A consensus comes back
only while the server's round is closed (as row-level security demands there).

Everything happens in one server transaction, after the base file passed the
exchange reader's checks and the laptop's rows their type checks: a damaged or
hostile file, an unresolved conflict or any refusal leaves the server as it was.
Afterwards the server's mark is cleared and the laptop's copy is marked as brought
back, so it is not brought back twice.
"""

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlmodel import Session, col, select

from interviewdesk.domain import blind
from interviewdesk.domain.three_way import Choice, FieldConflict, merge_field, resolved_value
from interviewdesk.exchange.archive import Package, new_package, read_package
from interviewdesk.exchange.codec import decode_row, encode_row
from interviewdesk.exchange.errors import PackageError
from interviewdesk.exchange.offline import abandon, base_path
from interviewdesk.exchange.offline_marks import who_is_asking
from interviewdesk.exchange.offline_parts import BY_APPLICATION, BY_CANDIDATE, BY_NAME, PARTS, Part
from interviewdesk.exchange.records import rows_of
from interviewdesk.store import audit
from interviewdesk.store.assessments import _reading as reading
from interviewdesk.store.assessments.round import describe
from interviewdesk.store.database import Database
from interviewdesk.store.models import (
    Application,
    Assessment,
    AssessmentReopening,
    AuditEntry,
    Interview,
    OfflineCopy,
    PanelMember,
    Question,
    utc_now,
)

#: The tables that come back, parents first (ids of new parents are needed by children).
RETURNING = ("interview", "application", "question", "stagerecord", "answer",
             "candidatequestion", "assessment", "rating", "decision", "consensusscore",
             "consent", "contactentry", "referencecheck")
#: Records that may be removed offline (and then are on the server, if unchanged there).
REMOVABLE = ("question", "candidatequestion", "consensusscore", "contactentry",
             "referencecheck")


class ConflictsFound(Exception):
    """Fields changed on both sides; nothing was written. ``conflicts`` lists them."""

    def __init__(self, conflicts: tuple[FieldConflict, ...]) -> None:
        super().__init__(f"{len(conflicts)} field(s) were changed both on this laptop and on "
                         "the server; choose which to keep.")
        self.conflicts = conflicts


@dataclass(frozen=True)
class LaptopCopy:
    """A copy this laptop holds (or held): which local interviews, taken by whom."""

    copy_uuid: str
    interview_ids: tuple[int, ...]
    taken_by: str
    taken_at: datetime
    state: str
    closed_at: datetime | None


@dataclass
class BroughtBack:
    """What a bring-back did (or, with ``dry_run``, would do)."""

    copy_uuid: str
    interview_ids: tuple[int, ...] = ()  # on the server
    written: Counter[str] = field(default_factory=Counter)  # records updated
    created: Counter[str] = field(default_factory=Counter)
    removed: Counter[str] = field(default_factory=Counter)
    kept_server: int = 0  # fields changed only on the server, kept
    resolved: int = 0
    gone: int = 0  # records removed on the server meanwhile (their offline edits dropped)
    conflicts: tuple[FieldConflict, ...] = ()
    dry_run: bool = False

    def summary(self) -> str:
        """One English sentence (or two) for the command line."""
        parts = [f"{sum(self.written.values())} record(s) updated",
                 f"{sum(self.created.values())} created"]
        if sum(self.removed.values()):
            parts.append(f"{sum(self.removed.values())} removed")
        text = (f"Brought back interview(s) {', '.join(map(str, self.interview_ids))}: "
                f"{', '.join(parts)} on the server; {self.kept_server} field(s) changed only "
                f"on the server kept; {self.resolved} conflict(s) resolved.")
        if self.gone:
            text += (f" {self.gone} record(s) had been removed on the server meanwhile; "
                     "their offline changes were not brought back.")
        return text


class _Released(PackageError):
    """An administrator released the server's marks, or the interview was deleted on
    the server: the copy can never come back. ``why`` is kept with the laptop's copy."""

    def __init__(self, message: str, why: str = "released on the team server") -> None:
        super().__init__(message)
        self.why = why


class _DryRun(Exception):
    """Rolls the server transaction back after a dry run."""


def laptop_copies(local: Database) -> list[LaptopCopy]:
    """The copies this laptop holds, newest first (brought-back ones too)."""
    with local.session() as session:
        rows = list(session.exec(select(OfflineCopy).where(OfflineCopy.side == "laptop")
                                 .order_by(col(OfflineCopy.taken_at).desc(),
                                           col(OfflineCopy.id))))
    grouped: dict[str, list[OfflineCopy]] = {}
    for row in rows:
        grouped.setdefault(row.copy_uuid, []).append(row)
    return [LaptopCopy(uuid, tuple(r.interview_id for r in group), group[0].taken_by,
                       _utc(group[0].taken_at), group[0].state, _utc(group[0].closed_at))
            for uuid, group in grouped.items()]


def copy_of(local: Database, interview_id: int) -> LaptopCopy | None:
    """The copy still out that holds local interview ``interview_id``, if any."""
    return next((c for c in laptop_copies(local)
                 if c.state == "out" and interview_id in c.interview_ids), None)


def bring_back(server: Database, local: Database, copy_uuid: str, *, data_dir: Path,
               choices: dict[str, Choice] | None = None, dry_run: bool = False,
               progress: Callable[[str], None] | None = None) -> BroughtBack:
    """Merge copy ``copy_uuid`` into ``server`` (see the module docstring).

    Raises :class:`ConflictsFound` while a conflict has no entry in ``choices`` (keyed
    by :attr:`FieldConflict.key`), :class:`PackageError` for a damaged or hostile
    copy, a copy brought back before or released by an administrator, and
    ``PermissionError`` when someone else's login brings it back. ``dry_run`` computes
    everything (the conflicts included) and writes nothing.
    """
    say = progress or (lambda _text: None)
    say("Checking the copy on this laptop")
    copy = _laptop_copy(local, copy_uuid)
    package = read_package(base_path(data_dir, copy_uuid))
    header = _check_header(package, copy_uuid)
    base = {part.name: {row["id"]: row for row in rows_of(package, part.model, part.fields)}
            for part in PARTS}
    ids = header["ids"]
    local_rows = _local_rows(local, copy, ids)
    result = BroughtBack(copy_uuid, tuple(header["interviews"]), dry_run=dry_run)
    say("Merging into the server")
    try:
        with server.session() as session:
            merger = _Merger(session, header, base, ids, choices or {}, result)
            merger.check_marks()
            for name in RETURNING:
                merger.merge(BY_NAME[name], local_rows[name])
            merger.append_trail(*_local_trail(local, copy))
            result.conflicts = tuple(merger.conflicts)
            unresolved = [c for c in merger.conflicts if c.key not in (choices or {})]
            if dry_run:
                raise _DryRun
            if unresolved:
                raise ConflictsFound(tuple(unresolved))
            merger.clear_marks()
    except _DryRun:
        return result
    except _Released as gone:
        abandon(local, data_dir, copy_uuid, gone.why)
        raise
    except (IntegrityError, DBAPIError) as error:
        raise PackageError(
            "The server refused the merge (a record clashes or is not yours to change: "
            f"{str(getattr(error, 'orig', error)).splitlines()[0]}); nothing was changed on "
            "the server."
        ) from error
    say("Marking the copy on this laptop as brought back")
    with local.session() as session:
        for row in session.exec(select(OfflineCopy).where(
                OfflineCopy.copy_uuid == copy_uuid, OfflineCopy.side == "laptop")):
            row.state, row.closed_at = "back", utc_now()
            session.add(row)
    # The base held the interview as it was taken; it has served its purpose, and
    # candidate data is kept nowhere it is not needed.
    base_path(data_dir, copy_uuid).unlink(missing_ok=True)
    return result


def _utc(moment: datetime | None) -> Any:
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


def _norm(value: Any) -> Any:
    """Values compared as the user sees them: moments in UTC whatever their form."""
    if isinstance(value, datetime):
        return _utc(value).astimezone(UTC)
    return value


def _laptop_copy(local: Database, copy_uuid: str) -> LaptopCopy:
    found = next((c for c in laptop_copies(local) if c.copy_uuid == copy_uuid), None)
    if found is None:
        raise LookupError("This laptop holds no such offline copy.")
    if found.state == "released":
        raise PackageError("This copy can no longer be brought back: an administrator "
                           "released it on the team server.")
    if found.state != "out":
        when = f" on {found.closed_at:%Y-%m-%d %H:%M} UTC" if found.closed_at else ""
        raise PackageError(f"This copy was brought back already{when}; it is not brought "
                           "back twice.")
    return found


def _check_header(package: Package, copy_uuid: str) -> dict[str, Any]:
    """The base's header, once it proves to be this copy's and well formed."""
    header = package.header
    if package.kind != "offline" or header.get("copy_uuid") != copy_uuid or \
            package.package_id != copy_uuid:
        raise PackageError("The offline copy's file on this laptop belongs to another copy; "
                           "nothing was brought back.")
    interviews = header.get("interviews")
    ids = header.get("ids")
    members = header.get("members")
    if not (isinstance(interviews, list) and interviews
            and all(type(i) is int for i in interviews)
            and isinstance(members, dict) and isinstance(ids, dict)
            and all(name in BY_NAME and isinstance(table, dict) for name, table in ids.items())):
        raise PackageError("The offline copy's file on this laptop is damaged (its header); "
                           "nothing was brought back.")
    clean: dict[str, dict[int, int]] = {part.name: {} for part in PARTS}
    for name, table in ids.items():
        for key, value in table.items():
            if not (isinstance(key, str) and key.isdigit() and type(value) is int):
                raise PackageError("The offline copy's file on this laptop is damaged (its "
                                   "map of records); nothing was brought back.")
            clean[name][int(key)] = value
    return {**header, "ids": clean}


def _local_rows(local: Database, copy: LaptopCopy, ids: dict[str, dict[int, int]]
                ) -> dict[str, list[dict[str, Any]]]:
    """The laptop's current rows of the copied interviews, by table, each checked by
    the package codec (type, length) as a package's row would be."""
    scratch = new_package("offline")
    interviews = set(copy.interview_ids)
    if set(ids["interview"].values()) != interviews:
        raise PackageError("The offline copy's file and this laptop's database disagree on "
                           "which interviews were taken; nothing was brought back.")
    found: dict[str, list[dict[str, Any]]] = {}
    with local.session() as session:
        applications = set(session.exec(select(Interview.application_id).where(
            col(Interview.id).in_(interviews))).all())
        candidates = set(session.exec(select(Application.candidate_id).where(
            col(Application.id).in_(applications))).all())
        for name in RETURNING:
            part = BY_NAME[name]
            model: Any = part.model
            if name == "interview":
                query = select(model).where(col(model.id).in_(interviews))
            elif name == "application":
                query = select(model).where(col(model.id).in_(applications))
            elif name in BY_APPLICATION:
                query = select(model).where(col(model.application_id).in_(applications))
            elif name in BY_CANDIDATE:
                query = select(model).where(col(model.candidate_id).in_(candidates))
            elif name == "rating":
                forms = select(Assessment.id).where(col(Assessment.interview_id).in_(interviews))
                query = select(model).where(col(model.assessment_id).in_(forms))
            else:
                query = select(model).where(col(model.interview_id).in_(interviews))
            table = model.__table__
            rows = []
            for number, thing in enumerate(session.exec(query.order_by(col(model.id))), 1):
                if name == "question" and thing.interview_id is None:
                    continue
                encoded = encode_row(scratch, table, thing, part.fields)
                rows.append(decode_row(scratch, table, encoded,
                                       f"this laptop's {name} record {number}",
                                       required=part.fields))
            found[name] = rows
    for row in [*found["rating"], *found["consensusscore"]]:
        if row["score"] is not None and not 1 <= row["score"] <= 5:
            raise PackageError("A score on this laptop is not between 1 and 5; the local "
                               "database was changed outside InterviewDesk. Nothing was "
                               "brought back.")
    return found


def _local_trail(local: Database, copy: LaptopCopy
                 ) -> tuple[list[AuditEntry], list[AssessmentReopening]]:
    """What the laptop's audit trail recorded of the copied interviews (forms opened,
    submitted, reopened with their reasons): appended on the server, never merged."""
    interviews = set(copy.interview_ids)
    with local.session() as session:
        entries = list(session.exec(select(AuditEntry).where(
            col(AuditEntry.interview_id).in_(interviews)).order_by(col(AuditEntry.id))))
        forms = select(Assessment.id).where(col(Assessment.interview_id).in_(interviews))
        reopenings = list(session.exec(select(AssessmentReopening).where(
            col(AssessmentReopening.assessment_id).in_(forms))
            .order_by(col(AssessmentReopening.id))))
    for entry in entries:
        if entry.kind not in audit.KINDS:
            raise PackageError("This laptop's audit trail holds an entry of an unknown kind; "
                               "the local database was changed outside InterviewDesk. "
                               "Nothing was brought back.")
    return entries, reopenings


class _Merger:
    """One pass over the laptop's rows against the server, inside its transaction."""

    def __init__(self, session: Session, header: dict[str, Any],
                 base: dict[str, dict[int, dict[str, Any]]], ids: dict[str, dict[int, int]],
                 choices: dict[str, Choice], result: BroughtBack) -> None:
        self.session = session
        self.header = header
        self.base = base
        self.choices = choices
        self.result = result
        self.conflicts: list[FieldConflict] = []
        # local id → server id, growing as records made offline are created
        self.to_server = {name: {local: server for server, local in table.items()}
                          for name, table in ids.items()}
        self.interviews = set(header["interviews"])
        self.applications: set[int] = set()  # on the server, of the copied interviews
        self.candidates: set[int] = set()
        self.own_seats: set[int] = set()
        self.own_forms: set[int] = set()  # server ids of the taker's own forms
        self.marks: list[OfflineCopy] = []

    def check_marks(self) -> None:
        """The server still holds this copy's marks, and the bringer may bring it."""
        rows = list(self.session.exec(select(OfflineCopy).where(
            OfflineCopy.copy_uuid == self.header["copy_uuid"],
            OfflineCopy.side == "server").with_for_update()))
        if not rows:
            self._check_not_deleted()
            raise PackageError("The team server has no record of this copy being taken "
                               "offline; nothing was brought back.")
        if any(row.state == "back" for row in rows):
            raise PackageError("This copy was brought back already; it is not brought back "
                               "twice.")
        if any(row.state == "released" for row in rows):
            row = next(r for r in rows if r.state == "released")
            raise _Released(
                f"An administrator ({row.closed_by}) released this interview on the server "
                f"on {_utc(row.closed_at):%Y-%m-%d %H:%M} UTC, so this laptop's copy can no "
                "longer be brought back; nothing was changed on the server."
            )
        if {row.interview_id for row in rows} != self.interviews:
            raise PackageError("The offline copy's file names other interviews than the server "
                               "marked; nothing was brought back.")
        who = who_is_asking(self.session)
        if rows[0].taken_by_login and who.login != rows[0].taken_by_login and \
                not who.is_administrator:
            raise PermissionError(f"This copy was taken offline by {rows[0].taken_by}; only "
                                  "they (or an administrator) can bring it back.")
        for row in rows:
            if row.member_uuid:
                seat = self.session.exec(select(PanelMember).where(
                    PanelMember.uuid == row.member_uuid)).first()
                if seat is not None and seat.interview_id == row.interview_id:
                    self.own_seats.add(int(seat.id or 0))
        self.marks = rows
        self.applications = {int(i) for i in self.session.exec(select(
            Interview.application_id).where(col(Interview.id).in_(self.interviews))).all()}
        self.candidates = {int(i) for i in self.session.exec(select(
            Application.candidate_id).where(col(Application.id).in_(self.applications))).all()}

    def _check_not_deleted(self) -> None:
        """The server's marks go with their interview: an interview deleted on the server
        (or its candidate erased) meanwhile is said so, and the copy can never come back."""
        uuids = {row["uuid"] for row in self.base["interview"].values()}
        there = set(self.session.exec(select(Interview.uuid).where(
            col(Interview.uuid).in_(uuids))).all())
        if uuids and there != uuids:
            raise _Released(
                f"{len(uuids - there)} interview(s) of this copy were deleted on the team "
                "server after they were taken offline (or their candidate was erased), so "
                "this copy can no longer be brought back; nothing was changed on the "
                "server. What was written offline stays readable on this laptop.",
                "deleted on the team server")

    def append_trail(self, entries: list[AuditEntry],
                     reopenings: list[AssessmentReopening]) -> None:
        """The laptop's audit entries and the reopenings of the taker's own form, added
        on the server as they are (ids mapped; whose PIN an entry is about, if that
        interviewer is not on the panel, is left empty)."""
        for entry in entries:
            interview = self.to_server["interview"].get(int(entry.interview_id or 0))
            if interview is None:
                continue
            person = self.to_server["interviewer"].get(int(entry.interviewer_id or 0))
            self.session.add(AuditEntry(interview_id=interview, interviewer_id=person,
                                        at=entry.at, kind=entry.kind, actor=entry.actor,
                                        subject=entry.subject, detail=entry.detail))
            self.result.created["auditentry"] += 1
        for reopening in reopenings:
            form = self.to_server["assessment"].get(reopening.assessment_id)
            if form is None or form not in self.own_forms:
                continue  # another member's form: read only here
            self.session.add(AssessmentReopening(assessment_id=form, reason=reopening.reason,
                                                 reopened_at=reopening.reopened_at))
            self.result.created["assessmentreopening"] += 1
        self.session.flush()

    def clear_marks(self) -> None:
        """The server's marks go: the interview is back."""
        who = who_is_asking(self.session)
        for row in self.marks:
            row.state, row.closed_at = "back", utc_now()
            row.closed_by = who.name or row.taken_by
            self.session.add(row)

    def merge(self, part: Part, rows: list[dict[str, Any]]) -> None:
        """Bring back every local row of ``part``; then what was removed offline."""
        if part.name == "consensusscore":
            self._check_round_closed(rows)
        seen: set[int] = set()
        for row in rows:
            server_id = self.to_server[part.name].get(row["id"])
            if server_id is not None:
                seen.add(server_id)
            values = self._server_refs(part, row)
            if values is None:
                continue  # another member's form (or a rating of one): read only here
            if server_id is None and part.natural:
                server_id = self._by_natural(part, values)
                base = part.defaults()
                if server_id is not None:
                    self.to_server[part.name][row["id"]] = server_id
            else:
                base = self.base[part.name].get(server_id, {}) if server_id else {}
            if server_id is None:
                self._create(part, row, values)
                continue
            target = self.session.get(part.model, server_id)
            if target is None:  # removed on the server meanwhile: a loss only if changed here
                if any(_norm(base.get(n)) != _norm(values[n]) for n in part.merged):
                    self.result.gone += 1
                continue
            self._check_belongs(part, target)
            self._merge_fields(part, server_id, target, base, values)
        if part.name in REMOVABLE:
            self._removed(part, seen)

    def _check_round_closed(self, rows: list[dict[str, Any]]) -> None:
        """A consensus made or changed offline is written only where the server's round
        is closed: before that nobody may read or write it (domain.blind)."""
        base = self.base["consensusscore"]
        changed = set()
        for row in rows:
            server_id = self.to_server["consensusscore"].get(row["id"])
            old = base.get(server_id) if server_id is not None else None
            if old is None or any(_norm(old[n]) != _norm(row[n]) for n in ("score", "reason")):
                changed.add(self.to_server["interview"].get(row["interview_id"]))
        removed = {old["interview_id"] for server_id, old in base.items()
                   if server_id not in {self.to_server["consensusscore"].get(r["id"])
                                        for r in rows}}
        for interview_id in changed | removed:
            interview = self.session.get(Interview, interview_id) if interview_id else None
            if interview is None:
                continue
            round_ = describe(reading.seats(self.session, int(interview.id or 0)), interview)
            if blind.matrix_refusal(round_, None) is not None:
                raise PackageError(
                    "The panel's consensus was changed on this laptop, but the assessment "
                    "round of this interview is open on the team server (not every form "
                    "is in there, and it was not closed early), so nobody may record a "
                    "consensus yet. Undo the consensus on this laptop (panel discussion), "
                    "or have the round closed on the server, then bring it back again. "
                    "Nothing was changed on the server.")

    def _server_refs(self, part: Part, row: dict[str, Any]) -> dict[str, Any] | None:
        """``row`` with its references as server ids; ``None`` for a row that never
        comes back (another member's form or its ratings)."""
        values = dict(row)
        for column, parent in part.refs.items():
            if values[column] is None:
                continue
            mapped = self.to_server[parent].get(values[column])
            if mapped is None and part.name == "referencecheck" and parent == "interviewer":
                values[column] = None  # a caller only this laptop knows: their name stays
                continue
            if mapped is None:
                if part.name == "rating" and parent == "assessment":
                    return None
                raise PackageError(f"A {part.name} record on this laptop refers to a record "
                                   "that was not taken offline; nothing was brought back.")
            values[column] = mapped
        if part.name == "assessment" and values["panel_member_id"] not in self.own_seats:
            return None
        if part.name == "rating" and values["assessment_id"] not in self.own_forms:
            return None
        if "interview_id" in values and part.name != "question" and \
                values["interview_id"] not in self.interviews:
            raise PackageError("A record on this laptop belongs to an interview that was not "
                               "taken offline; nothing was brought back.")
        if (part.name == "application" and row["id"] not in self.to_server["application"]) \
                or (part.name in BY_APPLICATION
                    and values["application_id"] not in self.applications) \
                or (part.name in BY_CANDIDATE and values["candidate_id"] not in self.candidates):
            raise PackageError("A record on this laptop belongs to an application that was "
                               "not taken offline; nothing was brought back.")
        return values

    def _by_natural(self, part: Part, values: dict[str, Any]) -> int | None:
        model: Any = part.model
        query = select(model.id)
        for column in part.natural:
            query = query.where(getattr(model, column) == values[column])
        found = self.session.exec(query).first()
        return int(found) if found is not None else None

    def _check_belongs(self, part: Part, target: Any) -> None:
        """A server record the base names must be one of the copied interviews' (a
        crafted base could name any record)."""
        if part.name == "rating":
            ok = target.assessment_id in self.own_forms
        elif part.name == "interview":
            ok = target.id in self.interviews
        elif part.name == "application":
            ok = target.id in self.applications
        elif part.name in BY_APPLICATION:
            ok = target.application_id in self.applications
        elif part.name in BY_CANDIDATE:
            ok = target.candidate_id in self.candidates
        else:
            ok = target.interview_id in self.interviews
        if part.name == "assessment":
            ok = ok and target.panel_member_id in self.own_seats
        if not ok:
            raise PackageError("The offline copy names a record of another interview on the "
                               "server; nothing was brought back.")
        if part.name == "assessment":
            self.own_forms.add(int(target.id))

    def _merge_fields(self, part: Part, server_id: int, target: Any,
                      base: dict[str, Any], values: dict[str, Any]) -> None:
        changed = False
        for name in part.merged:
            old, mine, theirs = (_norm(base.get(name)), _norm(values[name]),
                                 _norm(getattr(target, name)))
            outcome = merge_field(old, mine, theirs)
            if outcome == "keep_server":
                self.result.kept_server += 1
            elif outcome == "take_local":
                setattr(target, name, values[name])
                changed = True
            elif outcome == "conflict":
                record, detail = self._label(part, target)
                conflict = FieldConflict(f"{part.name}:{server_id}:{name}", part.name,
                                         record, name, old, mine, theirs, detail)
                self.conflicts.append(conflict)
                if conflict.key in self.choices:
                    try:
                        chosen = resolved_value(conflict, self.choices[conflict.key])
                    except ValueError as error:
                        raise PackageError(str(error)) from error
                    self.result.resolved += 1
                    if chosen != theirs:
                        setattr(target, name, chosen)
                        changed = True
        if changed:
            self.session.add(target)
            self.session.flush()
            self.result.written[part.name] += 1

    def _create(self, part: Part, row: dict[str, Any], values: dict[str, Any]) -> None:
        data = {k: v for k, v in values.items() if k != "id"}
        if part.name == "question":
            if data["interview_id"] is None:
                return  # a kit question made on the laptop: the kit is the server's
            if data["interview_id"] not in self.interviews:
                raise PackageError("A question on this laptop belongs to an interview that "
                                   "was not taken offline; nothing was brought back.")
        thing = part.model(**data)
        self.session.add(thing)
        self.session.flush()
        self.to_server[part.name][row["id"]] = int(thing.id)  # type: ignore[attr-defined]
        if part.name == "assessment":
            self.own_forms.add(int(thing.id))  # type: ignore[attr-defined]
        self.result.created[part.name] += 1

    def _removed(self, part: Part, seen: set[int]) -> None:
        """Records of the copy removed offline go on the server too, unless changed
        there meanwhile (then they stay: nothing the server gained is lost)."""
        for server_id, base in self.base[part.name].items():
            if server_id in seen:
                continue
            if part.name == "question" and base["interview_id"] is None:
                continue  # the kit
            target = self.session.get(part.model, server_id)
            if target is None:
                continue
            self._check_belongs(part, target)
            if all(_norm(getattr(target, n)) == _norm(base[n]) for n in part.merged):
                self.session.delete(target)
                self.session.flush()
                self.result.removed[part.name] += 1
            else:
                self.result.kept_server += 1

    def _label(self, part: Part, target: Any) -> tuple[str, str]:
        """What the user recognises the record by, in English (the UI words its own
        from the second part: the record's own words)."""
        detail = ""
        if part.name == "stagerecord":
            detail = str(target.stage)
        elif part.name == "answer":
            question = self.session.get(Question, target.question_id)
            detail = question.text[:80] if question else ""
        elif part.name == "candidatequestion":
            detail = str(target.question)[:80]
        elif part.name == "question":
            detail = str(target.text)[:80]
        elif part.name in ("rating", "consensusscore"):
            from interviewdesk.store.models import Competency
            competency = self.session.get(Competency, target.competency_id)
            detail = competency.name if competency else ""
        elif part.name == "referencecheck":
            detail = str(target.referee_name)[:80]
        elif part.name == "contactentry":
            detail = target.contacted_on.isoformat()
        elif part.name == "consent":
            detail = str(target.purpose)
        words = {"interview": "The interview", "stagerecord": "Stage '{}'",
                 "answer": "Answer to '{}'", "candidatequestion": "Candidate's question '{}'",
                 "question": "Question '{}'", "assessment": "Your assessment",
                 "rating": "Your rating of '{}'", "application": "The application",
                 "decision": "The panel's decision", "consensusscore": "The consensus on '{}'",
                 "referencecheck": "Reference check with '{}'",
                 "contactentry": "Contact of {}", "consent": "The candidate's consent ({})"}
        return words.get(part.name, part.name).format(detail), detail
