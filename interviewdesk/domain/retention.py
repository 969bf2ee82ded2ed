"""How long a candidate's data may be kept: the NVP Sollicitatiecode's rule as pure
functions, so the home view, the command line and the printed documents all compute
the same "keep until" date.

The rule (NVP Sollicitatiecode; the Autoriteit Persoonsgegevens says the same): an
applicant's data may be kept 4 weeks after the procedure ends, or 1 year with the
applicant's consent. A hired candidate's data moves to the personnel file, so it is
kept here until the firm does that. Both periods are settings; the defaults are the
NVP's. A candidate is erased as a whole, so their date is the latest over all their
applications.
"""

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from interviewdesk.domain.scales import Choices, _choices

DEFAULT_WEEKS_WITHOUT_CONSENT = 4
DEFAULT_MONTHS_WITH_CONSENT = 12
#: The settings keys (section/key in ``settings.ini``), read by the app and the CLI.
WEEKS_KEY = "retention/weeks_without_consent"
MONTHS_KEY = "retention/months_with_consent"
MAX_WEEKS = 52
MAX_MONTHS = 60
#: "Due within 7 days": how far ahead the home view looks.
SOON_DAYS = 7

#: How a consent was given; the firm must be able to show it.
CONSENT_METHODS: Choices = _choices(
    ("verbal", "Mondeling", "Verbally"),
    ("email", "Per e-mail", "By e-mail"),
    ("form", "Via een formulier", "On a form"),
)

#: What a consent is for: keeping the data a year, asking a reference.
CONSENT_PURPOSES: Choices = _choices(
    ("retention", "Gegevens 1 jaar bewaren", "Keep data for 1 year"),
    ("reference", "Referentie opvragen", "Ask for a reference"),
)

#: Why a candidate was erased (stored on the erasure entry).
ERASURE_REASONS: Choices = _choices(
    ("request", "Op verzoek van de kandidaat", "At the candidate's request"),
    ("retention", "Bewaartermijn verstreken", "Retention period over"),
    ("personnel_file", "Naar het personeelsdossier", "Moved to the personnel file"),
)

#: Reasons a "keep until" date has (or has not).
NO_END_DATE = "no_end_date"
AFTER_PROCEDURE = "after_procedure"
WITH_CONSENT = "with_consent"
HIRED = "hired"


@dataclass(frozen=True)
class RetentionPolicy:
    """The two periods, as the firm set them (defaults: the NVP's)."""

    weeks_without_consent: int = DEFAULT_WEEKS_WITHOUT_CONSENT
    months_with_consent: int = DEFAULT_MONTHS_WITH_CONSENT

    def __post_init__(self) -> None:
        if self.weeks_without_consent < 0 or self.months_with_consent < 0:
            raise ValueError("A retention period cannot be negative.")


@dataclass(frozen=True)
class Consent:
    """A consent the candidate gave: when, who at the firm recorded it, and how."""

    purpose: str
    given_on: date
    recorded_by: str = ""
    method: str = ""
    note: str = ""


#: ``date``, under a name that :class:`KeepUntil`'s field ``date`` does not hide.
Day = date


@dataclass(frozen=True)
class KeepUntil:
    """The date until which data may be kept, and why; ``date`` is ``None`` while
    there is no end yet (procedure still open, or hired)."""

    date: Day | None
    reason: str
    procedure_end: Day | None = None


def policy_from_texts(weeks: str | None, months: str | None) -> RetentionPolicy:
    """The policy the settings file describes (``weeks``, ``months``: the texts stored
    under :data:`WEEKS_KEY` and :data:`MONTHS_KEY`, ``None`` when missing): a period
    that is missing, not a whole number or out of range (0 to :data:`MAX_WEEKS` weeks,
    0 to :data:`MAX_MONTHS` months) falls back to the NVP's default."""
    return RetentionPolicy(
        weeks_without_consent=_period(weeks, DEFAULT_WEEKS_WITHOUT_CONSENT, MAX_WEEKS),
        months_with_consent=_period(months, DEFAULT_MONTHS_WITH_CONSENT, MAX_MONTHS),
    )


def _period(text: str | None, default: int, maximum: int) -> int:
    try:
        value = int(text or str(default))
    except ValueError:
        return default
    return value if 0 <= value <= maximum else default


def add_months(day: date, months: int) -> date:
    """``day`` moved ``months`` calendar months on; the 31st becomes the month's last day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def keep_until(procedure_end: date | None, *, consented: bool, hired: bool,
               policy: RetentionPolicy | None = None) -> KeepUntil:
    """The "keep until" of one application.

    Hired comes first: that data belongs in the personnel file, not deleted. Without
    an end date the procedure is still running and nothing is due.
    """
    policy = policy or RetentionPolicy()
    if hired:
        return KeepUntil(None, HIRED, procedure_end)
    if procedure_end is None:
        return KeepUntil(None, NO_END_DATE, None)
    if consented:
        return KeepUntil(add_months(procedure_end, policy.months_with_consent), WITH_CONSENT,
                         procedure_end)
    return KeepUntil(procedure_end + timedelta(weeks=policy.weeks_without_consent),
                     AFTER_PROCEDURE, procedure_end)


def latest(dates: Iterable[KeepUntil]) -> KeepUntil | None:
    """The candidate's date over all their applications: any open one (no date) wins,
    hired first, else the latest date. ``None`` for a candidate without applications."""
    best: KeepUntil | None = None
    for item in dates:
        if item.date is None:
            if item.reason == HIRED:
                return item
            if best is None or best.date is not None:
                best = item
        elif best is None or (best.date is not None and item.date > best.date):
            best = item
    return best


def standalone(created: date, *, consented: bool,
               policy: RetentionPolicy | None = None) -> KeepUntil:
    """A candidate without any application: there is no procedure to wait for, so the
    period runs from the day they were entered."""
    return keep_until(created, consented=consented, hired=False, policy=policy)


def state(keep: KeepUntil, today: date, soon_days: int = SOON_DAYS) -> str:
    """``"overdue"`` (the date has passed), ``"soon"`` (within ``soon_days``, today
    included) or ``"kept"``."""
    if keep.date is None:
        return "kept"
    if keep.date < today:
        return "overdue"
    if keep.date <= today + timedelta(days=soon_days):
        return "soon"
    return "kept"
