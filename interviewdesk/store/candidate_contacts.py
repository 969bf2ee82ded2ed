"""Writing the contact details a user confirmed after importing a CV (the values are
found by :mod:`interviewdesk.domain.cv_contacts`; only ticked ones arrive here)."""

from interviewdesk.domain.field_limits import LINE_MAX, LOCATION_MAX, NAME_MAX
from interviewdesk.store.database import Database
from interviewdesk.store.models import Candidate, utc_now
from interviewdesk.store.validation import ValidationError, check_length

#: The contact fields that may be set this way, with their limit and how they are named.
CONTACT_FIELDS = {
    "name": (NAME_MAX, "The candidate's name"),
    "email": (LINE_MAX, "The e-mail address"),
    "phone": (LINE_MAX, "The phone number"),
    "city": (LOCATION_MAX, "The place of residence"),
}


def set_contact_details(db: Database, candidate_id: int, values: dict[str, str]) -> None:
    """Write ``values`` (field → value) to the candidate in one transaction.

    Raises :class:`ValidationError` for an unknown field, an empty name, a value too
    long or an e-mail address without "@" (nothing written), ``LookupError`` if the
    candidate is gone.
    """
    for field, value in values.items():
        if field not in CONTACT_FIELDS:
            raise ValidationError(f"{field!r} is not a contact detail.", field)
        limit, what = CONTACT_FIELDS[field]
        check_length(value, limit, what, field)
    if "name" in values and not values["name"].strip():
        raise ValidationError("The candidate needs a name.", "name")
    email = values.get("email", "").strip()
    if email and ("@" not in email or " " in email):
        raise ValidationError(f"{email!r} is not an e-mail address.", "email")
    with db.session() as session:
        candidate = session.get(Candidate, candidate_id)
        if candidate is None:
            raise LookupError(f"There is no candidate {candidate_id}.")
        for field, value in values.items():
            setattr(candidate, field, value.strip())
        candidate.updated_at = utc_now()
        session.add(candidate)
