"""An editor dialog's save meets someone else's save of the same record.

The candidate, vacancy and library editors remember the ``version`` their record had
when they opened it (``Versioned``, migrations 0014 and 0018). Saving checks it
against the stored row: if someone else — another laptop on the team server, or
another window on the same data folder — saved the record meanwhile, nothing is
written and :class:`ChangedMeanwhile` says who and when, so the dialog can show both
versions (``domain.concurrent_edits.merge_fields``) and save again on the version it
has now seen. A record deleted meanwhile is :class:`DeletedMeanwhile`: the dialog keeps
the user's input and may save it as a new record.

A version of 0 means "not tracked" (a new record, or a caller that does not edit on
screen, such as an import): the last write wins there, as before.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session, select

from interviewdesk.domain.concurrent_edits import Change
from interviewdesk.store.database import Database
from interviewdesk.store.models import Interviewer, session_login
from interviewdesk.store.validation import ValidationError

Result = TypeVar("Result")


class ChangedMeanwhile(Exception):
    """The record was saved by someone else after the editor read it: nothing of this
    save was written. ``version`` is the stored one now; ``change`` who saved it."""

    def __init__(self, record_id: int, version: int, change: Change) -> None:
        super().__init__(f"Record {record_id} was changed meanwhile (now version {version}).")
        self.record_id = record_id
        self.version = version
        self.change = change


class DeletedMeanwhile(ValidationError, LookupError):
    """The record the editor shows was deleted after it was read (the message is the
    store's usual "… was deleted meanwhile.")."""


def change_of(session: Session, row: Any) -> Change:
    """Who saved ``row`` last and when: the interviewer linked to the login that wrote
    it on a team server (or the login itself if it names no interviewer), nobody on a
    laptop (another window of the same user)."""
    return change_by(session, str(getattr(row, "changed_by", "") or ""),
                     getattr(row, "updated_at", None))


def change_by(session: Session, login: str, at: datetime | None = None) -> Change:
    """Who ``login`` is to this session's user: the interviewer linked to it, else the
    login itself; ``by_me`` for this session's own login; nobody for "" (a laptop, or
    not known)."""
    if not login:
        return Change(at=at)
    name = session.exec(select(Interviewer.name).where(Interviewer.login_role == login)).first()
    return Change(by=name or login, at=at, by_me=login == session_login(session))


def check_version(session: Session, row: Any, seen_version: int) -> None:
    """:class:`ChangedMeanwhile` if ``row`` is no longer at the ``seen_version`` the
    editor opened (0: not tracked)."""
    if seen_version and row.version != seen_version:
        raise ChangedMeanwhile(int(row.id), int(row.version), change_of(session, row))


def current_change(db: Database, model: type, record_id: int) -> tuple[int, Change]:
    """The stored version of a record and who saved it; ``DeletedMeanwhile`` if gone."""
    with db.session() as session:
        row = session.get(model, record_id)
        if row is None:
            raise DeletedMeanwhile("This record was deleted meanwhile.", "id")
        return int(row.version), change_of(session, row)  # type: ignore[attr-defined]


@contextmanager
def stale_is_changed(db: Database, model: type, record_id: int | None,
                     seen_version: int) -> Iterator[None]:
    """A save whose UPDATE met a row someone else wrote between its read and its write
    (SQLAlchemy's ``StaleDataError``) reports that as :class:`ChangedMeanwhile` (or
    :class:`DeletedMeanwhile`), like a change found before writing."""
    try:
        yield
    except StaleDataError:
        if record_id is None or not seen_version:
            raise
        version, change = current_change(db, model, record_id)
        raise ChangedMeanwhile(record_id, version, change) from None


def guarded_save(db: Database, model: type, record_id: int | None, seen_version: int,
                 save: Callable[[], Result]) -> Result:
    """``save()`` with :func:`stale_is_changed` around it."""
    with stale_is_changed(db, model, record_id, seen_version):
        return save()
