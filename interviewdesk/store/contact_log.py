"""Storing and reading the contact log of an application (see
``interviewdesk.domain.contact_log``). Entries are only added or removed, never edited:
a log that changes after the fact proves nothing."""

from dataclasses import dataclass
from datetime import date

from sqlmodel import col, select

from interviewdesk.domain.contact_log import ContactDraft, problems
from interviewdesk.store.database import Database
from interviewdesk.store.models import Application, ContactEntry
from interviewdesk.store.validation import ValidationError


@dataclass(frozen=True)
class Contact:
    """A stored contact, as the dialog and the report show it."""

    id: int
    application_id: int
    contacted_on: date
    by: str
    channel: str
    summary: str
    rejection: bool
    reasons: str


def _contact(row: ContactEntry) -> Contact:
    return Contact(id=int(row.id or 0), application_id=row.application_id,
                   contacted_on=row.contacted_on, by=row.by, channel=row.channel,
                   summary=row.summary, rejection=row.rejection, reasons=row.reasons)


def add_contact(db: Database, application_id: int, draft: ContactDraft,
                today: date | None = None) -> Contact:
    """Store ``draft`` for the application; :class:`ValidationError` if it is
    incomplete, ``LookupError`` if the application is gone."""
    found = problems(draft, today or date.today())
    if found:
        field, message = found[0]
        raise ValidationError(message, field)
    with db.session() as session:
        if session.get(Application, application_id) is None:
            raise LookupError(f"There is no application {application_id}.")
        row = ContactEntry(application_id=application_id, contacted_on=draft.contacted_on,
                           by=draft.by.strip(), channel=draft.channel,
                           summary=draft.summary.strip(), rejection=draft.rejection,
                           reasons=draft.reasons.strip() if draft.rejection else "")
        session.add(row)
        session.flush()
        return _contact(row)


def contacts_of(db: Database, application_id: int) -> list[Contact]:
    """The application's contacts, newest first."""
    with db.session() as session:
        rows = session.exec(
            select(ContactEntry).where(ContactEntry.application_id == application_id)
            .order_by(col(ContactEntry.contacted_on).desc(), col(ContactEntry.id).desc()))
        return [_contact(row) for row in rows]


def delete_contact(db: Database, contact_id: int) -> None:
    """Remove an entry typed in error (no error if it is gone already)."""
    with db.session() as session:
        row = session.get(ContactEntry, contact_id)
        if row is not None:
            session.delete(row)
