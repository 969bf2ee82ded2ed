"""Erasing a candidate so that nothing personal is left in the data folder.

Deleting the row is the easy part (every child row goes with it: ``ON DELETE
CASCADE``). What is left behind is the hard part, and each step here closes one place:

1. ``secure_delete`` (on for every connection) overwrites the freed pages with zeros;
2. ``wal_checkpoint(TRUNCATE)`` moves the WAL into the file and empties it, since the
   WAL still holds the old pages;
3. ``VACUUM`` rebuilds the file without free pages, then the WAL is emptied again;
4. every backup in ``backups/`` (and any database set aside after damage) that holds
   the candidate is rewritten without them, the same way, and replaced atomically;
   a damaged copy that still carries their name is removed (it was no usable backup);
5. a fresh ``after-erasure`` backup is made, so the newest backup is the current state
   and the close backup still knows whether anything changed since.

An :class:`~interviewdesk.store.models.Erasure` row records the date, who, why and how
many records went — nothing that identifies the candidate. The log gets counts only.
Undo is impossible by design: that is what erasure means.

On a team server (PostgreSQL) the same rows go, with the same cascade and the same
:class:`~interviewdesk.store.models.Erasure` row, in one transaction; steps 1–5 are
the SQLite file's and do not apply. What the server keeps of deleted rows (dead tuples
until ``VACUUM``, WAL archives, ``pg_dump`` files) is its administrator's to clear,
like the backups (README, "Team mode").
"""

import contextlib
import getpass
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import ColumnElement
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, func, select

from interviewdesk.domain.retention import ERASURE_REASONS
from interviewdesk.store import encryption, models
from interviewdesk.store.backups import PRIVATE_FILE_MODE, list_backups, make_backup
from interviewdesk.store.database import Database
from interviewdesk.store.paths import backups_dir

log = logging.getLogger(__name__)

_SQLITE_HEADER = b"SQLite format 3\x00"


class ErasureError(RuntimeError):
    """The erasure could not be completed; the message says what is left to do."""


#: What compacting the database after an erasure may raise (it is retried later).
_COMPACT_ERRORS: tuple[type[Exception], ...] = (ErasureError, SQLAlchemyError,
                                               *encryption.ERRORS)


@dataclass(frozen=True)
class ErasureResult:
    """What an erasure removed: row counts by kind, and the backups it touched."""

    counts: dict[str, int]
    backups_rewritten: int
    copies_removed: int


def current_user() -> str:
    """Who is erasing: the computer's user name (the app has no log-in of its own)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or password file
        return ""


def what_would_go(db: Database, candidate_id: int) -> dict[str, int]:
    """How many records of each kind erasing the candidate removes (for the question)."""
    with db.session() as session:
        if session.get(models.Candidate, candidate_id) is None:
            raise LookupError(f"There is no candidate {candidate_id}.")
        return _counts(session, candidate_id)


def erase_candidate(db: Database, data_dir: Path, candidate_id: int, *, reason: str,
                    erased_by: str | None = None, keep_backups: int = 10) -> ErasureResult:
    """Erase the candidate everywhere in ``data_dir`` (see the module docstring).

    ``LookupError`` if there is no such candidate; :class:`ErasureError` if the
    database was cleaned but a backup could not be (the message names the file).
    """
    if reason not in ERASURE_REASONS:
        raise ValueError(f"Unknown reason for erasure {reason!r}.")
    with db.session() as session:
        candidate = session.get(models.Candidate, candidate_id)
        if candidate is None:
            raise LookupError(f"There is no candidate {candidate_id}.")
        marks = _marks(candidate)
        counts = _counts(session, candidate_id)
        # The record first: on a team server it is what lets an interviewer's
        # erasure take submitted forms with it (store/team.py).
        session.add(models.Erasure(erased_by=erased_by if erased_by is not None
                                   else current_user(), reason=reason, counts=counts))
        session.flush()
        session.delete(candidate)
    log.info("Candidate erased (%s): %s", reason,
             ", ".join(f"{kind} {count}" for kind, count in counts.items()))
    if not db.is_sqlite:  # a team server: no file, no local copies (module docstring)
        return ErasureResult(counts=counts, backups_rewritten=0, copies_removed=0)
    problems = []
    try:
        _compact(db)
    except _COMPACT_ERRORS as error:
        # The row is gone; the backups must still be cleaned, so this is said at the end.
        log.warning("The database could not be compacted after an erasure: %s",
                    type(error).__name__)
        problems.append("its journal could not be emptied yet because another program has "
                        "the database open; that happens when every program using it has "
                        "closed it")

    rewritten, removed, failed = 0, 0, []
    for copy in _copies(data_dir, db.path):
        try:
            outcome = purge_copy(copy, candidate_id, marks)
        except encryption.FILE_ERRORS:
            log.warning("A copy of the database could not be cleaned", exc_info=True)
            failed.append(copy.name)
            continue
        rewritten += outcome == "rewritten"
        removed += outcome == "removed"
    if rewritten or removed:
        make_backup(db.path, backups_dir(data_dir), keep=keep_backups, reason="after-erasure")
    log.info("Copies cleaned after erasure: %d rewritten, %d removed", rewritten, removed)
    if failed:
        problems.append(f"{len(failed)} cop{'y' if len(failed) == 1 else 'ies'} could not be "
                        f"cleaned ({', '.join(failed)}): delete these files yourself")
    if problems:
        raise ErasureError("The candidate was erased from the database, but "
                           + "; and ".join(problems) + ".")
    return ErasureResult(counts=counts, backups_rewritten=rewritten, copies_removed=removed)


def _marks(candidate: models.Candidate) -> list[bytes]:
    """Strings that betray the candidate in a file that cannot be opened as a database."""
    marks = [candidate.name.strip(), candidate.email.strip()]
    return [mark.encode("utf-8") for mark in marks if len(mark) >= 3]


def _counts(session: Session, candidate_id: int) -> dict[str, int]:
    """Records about the candidate, by kind (all go with the candidate row)."""
    applications = select(models.Application.id).where(
        models.Application.candidate_id == candidate_id)
    interviews = select(models.Interview.id).where(
        col(models.Interview.application_id).in_(applications))
    assessments = select(models.Assessment.id).where(
        col(models.Assessment.interview_id).in_(interviews))

    def count(model: type, clause: "ColumnElement[bool] | bool") -> int:
        """How many rows of ``model`` match ``clause``."""
        return int(session.exec(select(func.count()).select_from(model).where(clause)).one())

    return {
        "applications": count(models.Application, models.Application.candidate_id == candidate_id),
        "documents": count(models.CandidateDocument,
                           models.CandidateDocument.candidate_id == candidate_id),
        "consents": count(models.Consent, models.Consent.candidate_id == candidate_id),
        "contacts": count(models.ContactEntry,
                          col(models.ContactEntry.application_id).in_(applications)),
        "reference_checks": count(models.ReferenceCheck,
                                  col(models.ReferenceCheck.application_id).in_(applications)),
        "interviews": count(models.Interview, col(models.Interview.id).in_(interviews)),
        "stage_notes": count(models.StageRecord,
                             col(models.StageRecord.interview_id).in_(interviews)),
        "answers": count(models.Answer, col(models.Answer.interview_id).in_(interviews)),
        "candidate_questions": count(models.CandidateQuestion,
                                     col(models.CandidateQuestion.interview_id).in_(interviews)),
        "assessments": count(models.Assessment, col(models.Assessment.id).in_(assessments)),
        "decisions": count(models.Decision, col(models.Decision.interview_id).in_(interviews)),
    }


def _merge_search_index(connection: sqlite3.Connection) -> None:
    """The full-text index (migration 0006) keeps a deleted row's words in its older
    segments until they are merged: merge them all, so none is left for VACUUM to keep.
    A backup made before 0006 has no index."""
    if connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_index'"
                          ).fetchone():
        connection.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")


def _compact(db: Database) -> None:
    """Empty the WAL into the file, rebuild the file without free pages, empty the WAL
    again. Runs outside any transaction, as VACUUM must."""
    with db.engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        saved = raw.isolation_level
        raw.isolation_level = None
        try:
            _merge_search_index(raw)
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            raw.execute("VACUUM")
            busy = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            raw.isolation_level = saved
    if busy and busy[0]:
        raise ErasureError("The database was busy, so its journal could not be emptied.")


def _copies(data_dir: Path, db_path: Path) -> list[Path]:
    """Every other database copy in the data folder: the backups, and files set aside
    after damage or a restore (``interviewdesk.sqlite3.<label>-<time>``)."""
    found = list(list_backups(backups_dir(data_dir)))
    for path in Path(data_dir).glob(db_path.name + ".*"):
        if path.is_file() and not path.name.endswith(("-wal", "-shm", "-journal")):
            found.append(path)
    return found


def purge_copy(path: Path, candidate_id: int, marks: list[bytes]) -> str:
    """Rewrite the database copy at ``path`` without the candidate; ``"rewritten"``,
    ``"removed"`` (it could not be opened but carried their name), or ``"clean"``."""
    try:
        holds = _holds_candidate(path, candidate_id, marks)
    except encryption.DATABASE_ERRORS:
        if _mentions(path, marks):
            _remove_with_sidecars(path)
            return "removed"
        return "clean"
    if not holds:
        return "clean"
    staging = path.with_name(path.name + ".erasing")
    staging.unlink(missing_ok=True)
    encrypted = encryption.is_encrypted(path)
    source = encryption.connect(path, mode="rw")
    try:
        fd = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
        os.close(fd)
        target = encryption.connect(staging, encrypted=encrypted, isolation_level=None)
        try:
            source.backup(target)
            for pragma in ("journal_mode=MEMORY", "temp_store=MEMORY", "secure_delete=ON",
                           "foreign_keys=ON"):
                target.execute(f"PRAGMA {pragma}")
            target.execute("DELETE FROM candidate WHERE id = ?", (candidate_id,))
            _merge_search_index(target)
            target.execute("VACUUM")
            target.execute("PRAGMA journal_mode=DELETE")
            if target.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("the cleaned copy failed its check")
        finally:
            target.close()
    except BaseException:
        staging.unlink(missing_ok=True)
        raise
    finally:
        source.close()
    os.chmod(staging, PRIVATE_FILE_MODE)
    os.replace(staging, path)
    for suffix in ("-wal", "-shm", "-journal"):  # the old copy's, now folded in
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    return "rewritten"


def _holds_candidate(path: Path, candidate_id: int, marks: list[bytes]) -> bool:
    """Whether the copy has the candidate's row: same id, and the same name or e-mail
    (an id can be given again to someone else after a deletion)."""
    with open(path, "rb") as handle:
        plain = handle.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    if not plain and not encryption.is_encrypted(path):
        raise sqlite3.DatabaseError("not a database")
    connection = encryption.connect(path, mode="ro")
    try:
        row = connection.execute("SELECT name, email FROM candidate WHERE id = ?",
                                 (candidate_id,)).fetchone()
    finally:
        connection.close()
    if row is None:
        return False
    return not marks or any(str(value).strip().encode("utf-8") in marks for value in row)


def _mentions(path: Path, marks: list[bytes]) -> bool:
    try:
        content = path.read_bytes()
    except OSError:
        return False
    return any(mark in content for mark in marks)


def _remove_with_sidecars(path: Path) -> None:
    path.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
