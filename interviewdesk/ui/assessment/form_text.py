"""How the assessment form writes what the store keeps as keys and moments: panel
roles, form states, scores, recommendations and dates, in the interface language.

Scale and role labels are bilingual data (``domain/scales.py``); the words of the
interface itself go through Qt's translation (context ``form_text``).
"""

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from interviewdesk.domain.scales import (
    COMPETENCY_KINDS,
    NOT_ASSESSED_LABEL,
    PANEL_ROLES,
    RECOMMENDATIONS,
    Choices,
    scale_point,
)
from interviewdesk.store.assessments import FormStatus
from interviewdesk.ui.i18n import current_language

DATE_FORMAT = "d MMM yyyy"


translate = QCoreApplication.translate


def _label(choices: Choices, key: str) -> str:
    """The label of ``key`` in the interface language; an unknown key as stored."""
    return choices.label(key).in_language(current_language()) if key in choices else key


def role_label(role: str) -> str:
    """What a panel role ("chair", "hr", …) is called."""
    return _label(PANEL_ROLES, role)


def kind_label(kind: str) -> str:
    """What a competency kind ("core", "technical", "soft") is called."""
    return _label(COMPETENCY_KINDS, kind)


def recommendation_label(key: str) -> str:
    """What a recommendation ("strong_no" … "strong_yes") is called."""
    return _label(RECOMMENDATIONS, key)


def score_title(score: int) -> str:
    """A score with its label on the scale, such as "3 · Meets"."""
    return f"{score} · {scale_point(score).label.in_language(current_language())}"


def not_assessed_label() -> str:
    """What "not assessed" is called."""
    return NOT_ASSESSED_LABEL.in_language(current_language())


def format_date(day: date) -> str:
    """A calendar date such as "12 Jan 2026" in the current locale."""
    return QLocale().toString(QDate(day.year, day.month, day.day), DATE_FORMAT)


def format_moment(moment: datetime) -> str:
    """A stored (UTC) moment as local date and time, such as "12 Jan 2026 10:00"."""
    local = moment.astimezone()
    clock = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return translate("form_text", "{date} at {time}").format(
        date=format_date(local.date()), time=clock)


def state_text(status: FormStatus) -> str:
    """Where a panel member's form stands, for the chooser and the wizard."""
    if status.state == "submitted":
        if status.submitted_at is None:
            return translate("form_text", "Submitted")
        if status.late:
            return translate("form_text", "Submitted on {moment}, after the round was closed"
                             ).format(moment=format_moment(status.submitted_at))
        return translate("form_text", "Submitted on {moment}").format(
            moment=format_moment(status.submitted_at))
    if status.state == "in_progress":
        return translate("form_text", "In progress")
    return translate("form_text", "Not started")
