"""How the home view writes dates, times, numbers and stored keys.

Timestamps are stored in UTC and shown in the computer's local time; dates and
numbers follow the interface language's locale (set by ``i18n.install_language``).
"""

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from interviewdesk.domain.scales import (
    APPLICATION_STATUSES,
    COMPETENCY_KINDS,
    DECISION_OUTCOMES,
    Choices,
)
from interviewdesk.ui.i18n import current_language

DATE_FORMAT = "d MMM yyyy"
DAY_MONTH_FORMAT = "d MMM"
WEEKDAY_DATE_FORMAT = "ddd d MMM"

translate = QCoreApplication.translate


def local(moment: datetime) -> datetime:
    """A stored (UTC) moment in the computer's local time."""
    return moment.astimezone()


def format_date(day: date | None) -> str:
    """A calendar date such as "31 Jan 2026" in the current locale; "" for none."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), DATE_FORMAT)


def format_near_date(day: date, today: date | None = None) -> str:
    """A date close to today, short where the year goes without saying: "23 Nov" in
    this year, "23 Nov 2025" in another."""
    today = today or date.today()
    if day.year != today.year:
        return format_date(day)
    return QLocale().toString(QDate(day.year, day.month, day.day), DAY_MONTH_FORMAT)


def format_time(moment: datetime) -> str:
    """The local clock time of a stored moment, in the locale's short format."""
    at = local(moment)
    return QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)


def format_moment(moment: datetime | None) -> str:
    """A stored moment as local date and time, such as "12 Jan 2026 10:00"."""
    if moment is None:
        return ""
    return f"{format_date(local(moment).date())} {format_time(moment)}"


def format_upcoming(moment: datetime, today: date | None = None) -> str:
    """A moment in the coming days, as people say it: "Today 10:00",
    "Tomorrow 09:30", "Wed 14 Jan 14:00"."""
    day = local(moment).date()
    today = today or datetime.now().astimezone().date()
    clock = format_time(moment)
    if day == today:
        return translate("formatting", "Today {time}").format(time=clock)
    if (day - today).days == 1:
        return translate("formatting", "Tomorrow {time}").format(time=clock)
    weekday = QLocale().toString(QDate(day.year, day.month, day.day), WEEKDAY_DATE_FORMAT)
    return f"{weekday} {clock}"


def format_number(value: float) -> str:
    """A weight or score with at most two decimals, in the locale's notation."""
    return QLocale().toString(float(value), "g", 3)


def _label(choices: Choices, key: str) -> str:
    try:
        return choices.label(key).in_language(current_language())
    except KeyError:
        return key


def status_label(key: str) -> str:
    """What an application status key is called in the interface language."""
    return _label(APPLICATION_STATUSES, key)


def competency_kind_label(key: str) -> str:
    """What a competency kind key is called in the interface language."""
    return _label(COMPETENCY_KINDS, key)


def decision_label(key: str) -> str:
    """What a decision outcome key ("next_round") is called in the interface language."""
    return _label(DECISION_OUTCOMES, key)
