"""The data a letter to a candidate is filled from (``domain.letters``): the candidate,
the vacancy, the interview (date, time, place, length, panel), the feedback date, and
the firm's name, address and the sender from the settings.

The interview is the one given, else the application's latest planned one, else none
(its placeholders then show as missing). Nothing from an assessment is read: a letter
carries no scores and no evidence. The settings are read without Qt (the command line
writes letters too), from the ``[letters]`` section ``ui/settings.py`` writes.
"""

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from sqlmodel import Session, col, select

from interviewdesk.domain import letters
from interviewdesk.domain.contact_log import ContactDraft
from interviewdesk.preferences import read_ini, value_of
from interviewdesk.store.contact_log import Contact, add_contact
from interviewdesk.store.database import Database
from interviewdesk.store.models import (
    Application,
    Candidate,
    Decision,
    Interview,
    Interviewer,
    PanelMember,
    Vacancy,
)
from interviewdesk.store.paths import settings_path

FIRM_NAME_KEY = letters.FIRM_NAME_KEY
FIRM_ADDRESS_KEY = letters.FIRM_ADDRESS_KEY
SENDER_NAME_KEY = letters.SENDER_NAME_KEY


@dataclass(frozen=True)
class Firm:
    """Who writes: the letterhead and the signature."""

    name: str = ""
    address: str = ""
    sender: str = ""


@dataclass(frozen=True)
class Recipient:
    """The candidate a letter goes to, and about which application."""

    application_id: int
    candidate_id: int
    name: str
    email: str
    city: str
    address_form: str
    vacancy_title: str
    interview_id: int | None = None
    values: dict[str, str] = field(default_factory=dict)


def firm_from_settings(data_dir: Path) -> Firm:
    """The firm's details as the user set them in Settings (empty when not set or the
    file cannot be read: the letter then shows the missing values)."""
    parser = read_ini(settings_path(Path(data_dir)))
    if parser is None:
        return Firm()

    def value(key: str) -> str:
        return qsettings_text(value_of(parser, key) or "")

    return Firm(name=value(FIRM_NAME_KEY).strip(), address=value(FIRM_ADDRESS_KEY).strip(),
                sender=value(SENDER_NAME_KEY).strip())


_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", '"': '"', "\\": "\\", "a": "\a", "b": "\b",
            "f": "\f", "v": "\v", "0": "\0", "'": "'", "?": "?"}


def qsettings_text(raw: str) -> str:
    """A text value as ``QSettings`` wrote it in an INI file, decoded: quoted when it
    holds a comma or quote, backslash escapes (``\\n``, ``\\"``, ``\\x263a``), and a
    leading ``@`` doubled."""
    text = raw.strip()
    if len(text) >= 2 and text.startswith('"') and text.endswith('"'):
        text = text[1:-1]
    out: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char != "\\" or i + 1 >= len(text):
            out.append(char)
            i += 1
            continue
        code = text[i + 1]
        if code == "x":
            j = i + 2
            while j < len(text) and j < i + 6 and text[j] in "0123456789abcdefABCDEF":
                j += 1
            if j > i + 2:
                out.append(chr(int(text[i + 2:j], 16)))
                i = j
                continue
        out.append(_ESCAPES.get(code, code))
        i += 2
    decoded = "".join(out)
    return decoded[1:] if decoded.startswith("@@") else decoded


def _local(moment: datetime | None) -> datetime | None:
    """A stored moment on this machine's clock, as the rest of the app shows it."""
    if moment is None:
        return None
    if moment.tzinfo is None:  # SQLite hands back UTC without its offset
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


def recipient(db: Database, application_id: int, interview_id: int | None,
              language: str, firm: Firm) -> Recipient:
    """Everything a letter about ``application_id`` is filled from, in ``language``;
    ``LookupError`` if the application (or the given interview of it) is gone."""
    with db.session() as session:
        row = session.exec(
            select(Application, Candidate, Vacancy)
            .join(Candidate, col(Candidate.id) == Application.candidate_id)
            .join(Vacancy, col(Vacancy.id) == Application.vacancy_id)
            .where(Application.id == application_id)).first()
        if row is None:
            raise LookupError(f"There is no application {application_id}.")
        _application, candidate, vacancy = row
        interview = _interview(session, application_id, interview_id)
        panel: list[str] = []
        feedback = None
        if interview is not None:
            panel = list(session.exec(
                select(Interviewer.name)
                .join(PanelMember, col(PanelMember.interviewer_id) == Interviewer.id)
                .where(PanelMember.interview_id == interview.id)
                .order_by(col(PanelMember.position))))
            feedback = session.exec(select(col(Decision.feedback_date)).where(
                Decision.interview_id == interview.id)).first() or interview.feedback_date
        start = _local(interview.scheduled_at) if interview is not None else None
        values = {
            "candidate_name": candidate.name,
            "candidate_first_name": letters.first_name(candidate.name),
            "vacancy_title": vacancy.title,
            "interview_date": letters.long_date(start.date() if start else None, language),
            "interview_time": letters.clock_time(start),
            "interview_place": (interview.location.strip() or vacancy.location.strip())
            if interview is not None else "",
            "interview_length": letters.length(
                interview.planned_minutes if interview is not None else None, language),
            "panel": letters.name_list(panel, language),
            "feedback_date": letters.long_date(feedback, language),
            "firm_name": firm.name,
            "sender_name": firm.sender,
            "reasons": "",
        }
        return Recipient(
            application_id=application_id, candidate_id=int(candidate.id or 0),
            name=candidate.name, email=candidate.email, city=candidate.city,
            address_form=candidate.address_form
            if candidate.address_form in letters.ADDRESS_FORMS
            else letters.DEFAULT_ADDRESS_FORM,
            vacancy_title=vacancy.title,
            interview_id=interview.id if interview is not None else None, values=values)


def _interview(session: Session, application_id: int,
               interview_id: int | None) -> Interview | None:
    """The given interview (it must belong to the application), else the latest planned
    one, else the latest made."""
    if interview_id is not None:
        found = session.get(Interview, interview_id)
        if found is None or found.application_id != application_id:
            raise LookupError(f"There is no interview {interview_id} of this application.")
        return found
    rows = list(session.exec(select(Interview).where(
        Interview.application_id == application_id)))
    if not rows:
        return None
    planned = [r for r in rows if r.scheduled_at is not None]
    if planned:
        return max(planned, key=lambda r: (_local(r.scheduled_at), r.id or 0))
    return max(rows, key=lambda r: r.id or 0)


#: The template that tells the candidate the panel's decision.
TEMPLATE_FOR_OUTCOME = {"reject": "rejection_interview", "hold": "offer_on_hold",
                        "next_round": "next_round"}


def suggested_template(db: Database, application_id: int, interview_id: int | None) -> str:
    """The template to start with: the one for the decision on the interview (given, or
    the application's latest), else the invitation."""
    with db.session() as session:
        try:
            interview = _interview(session, application_id, interview_id)
        except LookupError:
            return letters.TEMPLATES[0]
        if interview is None:
            return letters.TEMPLATES[0]
        outcome = session.exec(select(Decision.outcome).where(
            Decision.interview_id == interview.id,
            col(Decision.decided_at).is_not(None))).first()
    return TEMPLATE_FOR_OUTCOME.get(outcome or "", letters.TEMPLATES[0])


def application_of_interview(db: Database, interview_id: int) -> int | None:
    """The application an interview belongs to, or ``None`` if it is gone."""
    with db.session() as session:
        interview = session.get(Interview, interview_id)
        return interview.application_id if interview is not None else None


def compose(db: Database, data_dir: Path | None, application_id: int,
            interview_id: int | None, template_name: str, language: str, *,
            reasons: str = "", firm: Firm | None = None) -> tuple[letters.Letter, Recipient]:
    """The letter ``template_name`` about ``application_id`` in ``language``, filled
    from the data, the firm's settings and the ``reasons`` given. Raises
    ``LetterTemplateError`` for a broken firm template and ``LookupError`` when the
    application is gone."""
    template = letters.load_template(template_name, language, data_dir)
    firm = firm if firm is not None else (
        firm_from_settings(data_dir) if data_dir is not None else Firm())
    person = recipient(db, application_id, interview_id, language, firm)
    values = dict(person.values, reasons=reasons.strip())
    return letters.render(template, values, person.address_form), person


def log_letter(db: Database, application_id: int, template_name: str, channel: str,
               subject: str, body: str, by: str, reasons: str = "",
               today: date | None = None) -> Contact:
    """Note in the contact log that the letter went out (``channel`` "email" or
    "letter"): today, by ``by``, the subject and first lines, and for a rejection the
    reasons. ``ValidationError`` if that entry would be incomplete (no sender, or a
    rejection without reasons)."""
    rejection = template_name in letters.REJECTIONS
    draft = ContactDraft(contacted_on=today or date.today(), by=by, channel=channel,
                         summary=letters.contact_summary(subject, body),
                         rejection=rejection, reasons=reasons if rejection else "")
    return add_contact(db, application_id, draft, today)
