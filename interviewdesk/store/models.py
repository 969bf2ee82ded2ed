"""The tables: every piece of data the app keeps (docs/architecture.md), defined once so
later features add behaviour without churning the schema.

Conventions that the rest of the store relies on:

* Every timestamp is an aware UTC ``datetime`` (SQLModel rejects naive ones); plain
  calendar dates (procedure end, feedback date) are ``date``.
* Children hang off their parent with ``ON DELETE CASCADE`` so that erasing a
  candidate or a vacancy erases everything that belongs to it, in the database
  itself and not only in Python.
* Agenda stages are referred to by their stable key (``"preparation"`` …
  ``"assessment"``, see ``interviewdesk.domain.agenda``), never by position, so a firm
  can rename or reorder its agenda without touching stored interviews.
* A rating score is ``None`` for "not assessed"; otherwise 1–5.

``from __future__ import annotations`` is deliberately absent: it breaks SQLModel's
relationship resolution.
"""

import weakref
from datetime import UTC, date, datetime
from typing import Any, ClassVar
from uuid import uuid4

from sqlalchemy import (
    Column,
    Engine,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    UniqueConstraint,
    event,
    inspect,
)
from sqlalchemy.ext.mutable import MutableDict
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import declared_attr
from sqlalchemy.types import JSON
from sqlmodel import Field, SQLModel

#: How constraints and indexes without an explicit name are named: the convention of
#: Alembic's "The Importance of Naming Constraints". Named constraints can be dropped
#: or altered by later migrations (SQLite batch mode, PostgreSQL) by name. ``ix`` is
#: SQLAlchemy's own default, so ``Field(index=True)`` still gives ``ix_<table>_<column>``.
#: Migration 0001 writes these names out; changing the convention changes no existing
#: database, only what the models expect, so it takes a migration of its own.
NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Before any table is defined: names are given as constraints attach to their tables.
SQLModel.metadata.naming_convention = NAMING_CONVENTION


def utc_now() -> datetime:
    """The current moment, aware and in UTC, as every stored timestamp is."""
    return datetime.now(UTC)


def new_uuid() -> str:
    """A fresh stable id: how a record is recognised on another laptop (exchange
    packages), where its integer ``id`` means nothing (migration 0004)."""
    return str(uuid4())


def _stable_id() -> Any:
    """The ``uuid`` column: filled on creation, unique, looked up by import."""
    return Field(default_factory=new_uuid, index=True, unique=True, max_length=36,
                 sa_column_kwargs={"default": new_uuid})


def _parent(table: str, *, nullable: bool = False, on_delete: str = "CASCADE") -> Column:
    """A foreign-key column whose rows go (or are unlinked) with their parent row."""
    return Column(
        Integer,
        ForeignKey(f"{table}.id", ondelete=on_delete),
        nullable=nullable,
        index=True,
    )


class Versioned:
    """A record people may edit at the same time (team mode, or two windows): its
    ``version`` column is SQLAlchemy's version counter (migration 0014), raised by
    every write, and an UPDATE of a row someone else wrote since it was read fails with
    ``StaleDataError`` instead of overwriting it. See
    :mod:`interviewdesk.domain.concurrent_edits` for how editors use it."""

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # The table exists by now: SQLModel made it from the class's fields.
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


def _version() -> Any:
    """The ``version`` column of a :class:`Versioned` table (existing rows start at 1)."""
    return Field(default=1, sa_column_kwargs={"server_default": "1"})


class Authored:
    """A record whose other version an editor shows with its author (migration 0018):
    ``changed_by`` is the login that wrote it last — on a team server the PostgreSQL
    ``session_user`` (an interviewer through ``Interviewer.login_role``), on a laptop
    "" (every window is the same user). Stamped on every ORM write by
    :func:`_stamp_authors`, together with ``updated_at``, so neither can be stale."""


def _changed_by() -> Any:
    """The ``changed_by`` column of an :class:`Authored` table ("" = not known)."""
    return Field(default="", sa_column_kwargs={"server_default": ""})


class TextsAuthored:
    """A record whose free texts the interview window or the form guard (migration
    0019): ``texts_by`` maps each of its :attr:`AUTHORED_TEXTS` to the login that
    saved it last ("" on a laptop; a text missing there: not known). Per text, not per
    row: the timer and ticks write a stage record all the time, and an answer has
    five texts, so the row's last writer need not be the note's. Stamped on every ORM
    write by :func:`_stamp_authors`."""

    AUTHORED_TEXTS: ClassVar[tuple[str, ...]] = ()


def _texts_by() -> Any:
    """The ``texts_by`` column of a :class:`TextsAuthored` table (``{}`` = not known)."""
    return Field(default_factory=dict, sa_column=Column(
        MutableDict.as_mutable(JSON), nullable=False, server_default="{}"))


class Vacancy(Versioned, Authored, SQLModel, table=True):
    """A job opening: the text candidates applied to, and the procedure's end date
    that starts the retention clock for its candidates' data."""

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _stable_id()
    title: str = Field(index=True)
    department: str = ""
    location: str = ""
    text: str = ""
    procedure_end: date | None = None
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)
    version: int = _version()
    changed_by: str = _changed_by()


class Competency(Versioned, SQLModel, table=True):
    """A core competency of a vacancy, rated 1–5 against one anchor text per point."""

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _stable_id()
    vacancy_id: int = Field(sa_column=_parent("vacancy"))
    position: int = 0
    name: str
    kind: str = "core"  # core / technical / soft
    weight: float = 1.0
    description: str = ""
    keywords: str = ""  # comma separated; highlighted in the CV
    anchor_1: str = ""
    anchor_2: str = ""
    anchor_3: str = ""
    anchor_4: str = ""
    anchor_5: str = ""
    version: int = _version()

    def anchors(self) -> list[str]:
        """The five anchor texts, index 0 for score 1."""
        return [self.anchor_1, self.anchor_2, self.anchor_3, self.anchor_4, self.anchor_5]


class Question(Versioned, SQLModel, table=True):
    """A planned question for one agenda stage of a vacancy's interviews.

    A question the interviewer adds on the spot belongs to that one interview
    (``interview_id`` set) and does not appear in other interviews.
    """

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _stable_id()
    vacancy_id: int = Field(sa_column=_parent("vacancy"))
    interview_id: int | None = Field(default=None, sa_column=_parent("interview", nullable=True))
    stage: str = Field(index=True)
    position: int = 0
    text: str
    probes: str = ""
    kind: str = "open"  # open / behavioural / situational / technical
    competency_id: int | None = Field(
        default=None, sa_column=_parent("competency", nullable=True, on_delete="SET NULL")
    )
    version: int = _version()


class Candidate(Versioned, Authored, SQLModel, table=True):
    """A person who applied. Personal data: erased on request or when retention ends."""

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _stable_id()
    name: str = Field(index=True)
    email: str = ""
    phone: str = ""
    city: str = ""
    notes: str = ""
    cv_text: str = ""
    letter_text: str = ""
    retention_consent: bool = False
    consent_recorded_at: datetime | None = None
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)
    #: How Dutch letters address them: "u" or "je" (domain.letters.ADDRESS_FORMS).
    address_form: str = "u"
    version: int = _version()
    changed_by: str = _changed_by()


class CandidateDocument(SQLModel, table=True):
    """An original file (CV or motivation letter) kept as it arrived, so it can be
    viewed offline; separate from ``Candidate`` so listing candidates never loads it."""

    id: int | None = Field(default=None, primary_key=True)
    candidate_id: int = Field(sa_column=_parent("candidate"))
    kind: str  # cv / letter
    filename: str
    media_type: str = ""
    content: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    added_at: datetime = Field(default_factory=utc_now)


class Application(SQLModel, table=True):
    """A candidate applying to one vacancy; the interviews hang off this."""

    __table_args__ = (
        UniqueConstraint("candidate_id", "vacancy_id"),
        # A vacancy's candidates counted by status without reading the rows (migration 0002).
        Index("ix_application_vacancy_id_status", "vacancy_id", "status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _stable_id()
    candidate_id: int = Field(sa_column=_parent("candidate"))
    vacancy_id: int = Field(sa_column=_parent("vacancy"))
    # applied / invited / interviewed / offered / hired / rejected / withdrawn
    status: str = "applied"
    created_at: datetime = Field(default_factory=utc_now)


class Interviewer(Versioned, SQLModel, table=True):
    """Someone at the firm who sits on interview panels."""

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _stable_id()
    name: str = Field(index=True)
    email: str = ""
    job_title: str = ""
    # A salted scrypt hash of their PIN, with its parameters ("" = no PIN; migration
    # 0003); see ``interviewdesk.domain.pin``. Never the PIN itself.
    pin_hash: str = ""
    # Colleagues may see this interviewer's calibration figures by name (migration
    # 0011; ``domain.calibration_names``); off until the interviewer turns it on.
    share_calibration: bool = False
    # Their PostgreSQL login on a team server ("" = none; migration 0013); the
    # row-level security of ``store/team.py`` knows them by it.
    login_role: str = Field(default="", index=True)
    # Optimistic version (migration 0020): the interviewer editor's save is checked.
    version: int = _version()


class Interview(Versioned, TextsAuthored, SQLModel, table=True):
    """One conversation with a candidate for a vacancy, walked through the agenda."""

    AUTHORED_TEXTS: ClassVar[tuple[str, ...]] = (
        "next_steps", "candidate_remarks", "follow_up_notes")

    # An application's latest or next interview found in the index alone (migration 0002).
    __table_args__ = (
        Index("ix_interview_application_id_scheduled_at", "application_id", "scheduled_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _stable_id()
    application_id: int = Field(sa_column=_parent("application"))
    scheduled_at: datetime | None = Field(default=None, index=True)
    planned_minutes: int = 60
    location: str = ""
    current_stage: str = "preparation"
    started_at: datetime | None = None
    finished_at: datetime | None = None
    next_steps: str = ""
    feedback_date: date | None = None
    candidate_thanked: bool = False
    # The chair closed the assessment round before every form was in: when, by whom
    # (the name as it was then) and why (migration 0003; ``domain.blind``).
    round_closed_at: datetime | None = None
    round_closed_by: str = ""
    round_closed_reason: str = ""
    # A second round names the interview it follows (migration 0010); deleting that
    # one leaves this one standing, unlinked.
    follows_interview_id: int | None = Field(
        default=None, sa_column=_parent("interview", nullable=True, on_delete="SET NULL")
    )
    # The closing stage's own notes (migration 0008): what the candidate said about the
    # process, and what the panel keeps for a negotiation or follow-up conversation.
    candidate_remarks: str = ""
    follow_up_notes: str = ""
    version: int = _version()
    texts_by: dict[str, str] = _texts_by()  # migration 0019


class PanelMember(SQLModel, table=True):
    """An interviewer on one interview's panel, in a role (chair, member, notes)."""

    __table_args__ = (UniqueConstraint("interview_id", "interviewer_id"),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _stable_id()
    interview_id: int = Field(sa_column=_parent("interview"))
    interviewer_id: int = Field(sa_column=_parent("interviewer"))
    role: str = "member"  # chair / member / note_taker / hr
    position: int = 0


class StageRecord(Versioned, TextsAuthored, SQLModel, table=True):
    """What happened in one agenda stage of one interview: ticks, notes, time."""

    AUTHORED_TEXTS: ClassVar[tuple[str, ...]] = ("notes",)

    __table_args__ = (UniqueConstraint("interview_id", "stage"),)

    id: int | None = Field(default=None, primary_key=True)
    interview_id: int = Field(sa_column=_parent("interview"))
    stage: str
    checklist: dict[str, bool] = Field(
        default_factory=dict, sa_column=Column(MutableDict.as_mutable(JSON), nullable=False)
    )
    notes: str = ""
    seconds_spent: int = 0
    done: bool = False
    version: int = _version()
    texts_by: dict[str, str] = _texts_by()  # migration 0019


class Answer(Versioned, TextsAuthored, SQLModel, table=True):
    """The interviewer's record of one question in one interview, with STAR fields
    for behavioural questions."""

    AUTHORED_TEXTS: ClassVar[tuple[str, ...]] = ("notes", "situation", "task", "action", "result")

    __table_args__ = (UniqueConstraint("interview_id", "question_id"),)

    id: int | None = Field(default=None, primary_key=True)
    interview_id: int = Field(sa_column=_parent("interview"))
    question_id: int = Field(sa_column=_parent("question"))
    asked: bool = False
    notes: str = ""
    situation: str = ""
    task: str = ""
    action: str = ""
    result: str = ""
    updated_at: datetime = Field(default_factory=utc_now)
    version: int = _version()
    texts_by: dict[str, str] = _texts_by()  # migration 0019


class CandidateQuestion(Versioned, TextsAuthored, SQLModel, table=True):
    """A question the candidate asked, with the answer the panel gave."""

    AUTHORED_TEXTS: ClassVar[tuple[str, ...]] = ("question", "answer")

    id: int | None = Field(default=None, primary_key=True)
    interview_id: int = Field(sa_column=_parent("interview"))
    position: int = 0
    question: str = ""
    answer: str = ""
    answered: bool = False
    version: int = _version()
    texts_by: dict[str, str] = _texts_by()  # migration 0019


class Assessment(Versioned, TextsAuthored, SQLModel, table=True):
    """One panel member's own assessment form for one interview."""

    AUTHORED_TEXTS: ClassVar[tuple[str, ...]] = ("strengths", "weaknesses")

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _stable_id()
    interview_id: int = Field(sa_column=_parent("interview"))
    panel_member_id: int = Field(sa_column=_parent("panelmember"))
    strengths: str = ""
    weaknesses: str = ""
    recommendation: str | None = None  # strong_no / no / yes / strong_yes
    submitted_at: datetime | None = None
    version: int = _version()
    texts_by: dict[str, str] = _texts_by()  # migration 0019


class AssessmentReopening(SQLModel, table=True):
    """A submitted assessment that was opened again, with the reason: the audit trail
    that keeps blind scoring honest."""

    id: int | None = Field(default=None, primary_key=True)
    assessment_id: int = Field(sa_column=_parent("assessment"))
    reason: str
    reopened_at: datetime = Field(default_factory=utc_now)


class Rating(Versioned, TextsAuthored, SQLModel, table=True):
    """One competency's score on one assessment form; ``None`` means not assessed."""

    AUTHORED_TEXTS: ClassVar[tuple[str, ...]] = ("evidence",)

    __table_args__ = (UniqueConstraint("assessment_id", "competency_id"),)

    id: int | None = Field(default=None, primary_key=True)
    assessment_id: int = Field(sa_column=_parent("assessment"))
    competency_id: int = Field(sa_column=_parent("competency"))
    score: int | None = None
    evidence: str = ""
    version: int = _version()
    texts_by: dict[str, str] = _texts_by()  # migration 0019


class ConsensusScore(SQLModel, table=True):
    """The score the panel agreed on for a flagged competency, and why."""

    __table_args__ = (UniqueConstraint("interview_id", "competency_id"),)

    id: int | None = Field(default=None, primary_key=True)
    interview_id: int = Field(sa_column=_parent("interview"))
    competency_id: int = Field(sa_column=_parent("competency"))
    score: int | None = None
    reason: str = ""


class Decision(SQLModel, table=True):
    """The panel's one decision on an interview."""

    __table_args__ = (UniqueConstraint("interview_id"),)

    id: int | None = Field(default=None, primary_key=True)
    interview_id: int = Field(sa_column=_parent("interview"))
    outcome: str = ""  # hire / next_round / reject / hold
    rationale: str = ""
    next_steps: str = ""
    feedback_date: date | None = None
    override_reason: str = ""
    decided_at: datetime | None = None


class AuditEntry(SQLModel, table=True):
    """One thing that happened to the blindness of an interview's scoring, or to an
    interviewer's PIN: who did what, when, and why if a reason was given (migration
    0003; ``store.audit``). Never a score, nothing about the candidate.

    ``interview_id`` is empty for an entry about an interviewer (a PIN set or reset);
    ``interviewer_id`` then says whose, and the entry is shown with every interview
    they sit on.
    """

    id: int | None = Field(default=None, primary_key=True)
    interview_id: int | None = Field(default=None, sa_column=_parent("interview", nullable=True))
    interviewer_id: int | None = Field(
        default=None, sa_column=_parent("interviewer", nullable=True, on_delete="SET NULL")
    )
    at: datetime = Field(default_factory=utc_now)
    kind: str  # see store.audit.KINDS
    actor: str = ""  # the name of who did it, as it was then
    subject: str = ""  # whose form or PIN, when that is someone else
    detail: str = ""  # the reason given, if any
    # Whose form an entry about a form is (migration 0017): on a team server the entry
    # is hidden from the other members as the form is (``store/team.py``).
    panel_member_id: int | None = Field(
        default=None, sa_column=_parent("panelmember", nullable=True, on_delete="SET NULL")
    )


class PackageImport(SQLModel, table=True):
    """The import ledger: one row per exchange package read into this database, so that
    reading the same package again changes nothing (migration 0004).

    What a package was and what it did, never what it held: counts per table, no
    scores and no names.
    """

    id: int | None = Field(default=None, primary_key=True)
    package_uuid: str = Field(index=True, unique=True, max_length=36)
    kind: str  # panel / return / move
    interview_id: int | None = Field(
        default=None, sa_column=_parent("interview", nullable=True, on_delete="SET NULL")
    )
    # For a panel package: whom it was for, the one member this laptop may return a form of.
    panel_member_id: int | None = Field(
        default=None, sa_column=_parent("panelmember", nullable=True, on_delete="SET NULL")
    )
    created_at: datetime | None = None  # when the package was made, on the other laptop
    imported_at: datetime = Field(default_factory=utc_now)
    outcome: str = ""  # created / updated / submitted / pending_change / unchanged / moved
    counts: dict[str, int] = Field(
        default_factory=dict, sa_column=Column(MutableDict.as_mutable(JSON), nullable=False)
    )


class PendingReturn(SQLModel, table=True):
    """A panel member's form that came back again after their first return (they
    reopened and changed it): held apart until the chair accepts or declines it, never
    applied over the form already in (migration 0004).

    ``content`` is the returned form as the package carried it (ratings keyed by
    competency uuid); ``state`` is pending / accepted / declined.
    """

    id: int | None = Field(default=None, primary_key=True)
    assessment_id: int = Field(sa_column=_parent("assessment"))
    package_uuid: str = Field(max_length=36)
    reason: str = ""
    content: dict[str, Any] = Field(
        default_factory=dict, sa_column=Column(MutableDict.as_mutable(JSON), nullable=False)
    )
    received_at: datetime = Field(default_factory=utc_now)
    state: str = "pending"
    decided_at: datetime | None = None


class Consent(SQLModel, table=True):
    """A consent the candidate gave (migration 0005): to keep their data a year, or to
    ask a reference. When it was given, who at the firm recorded it, and how (verbal,
    e-mail, form) — what the firm must be able to show."""

    __table_args__ = (UniqueConstraint("candidate_id", "purpose"),)

    id: int | None = Field(default=None, primary_key=True)
    candidate_id: int = Field(sa_column=_parent("candidate"))
    purpose: str  # retention / reference (domain.retention.CONSENT_PURPOSES)
    given_on: date
    recorded_by: str = ""
    method: str = ""  # verbal / email / form; "" when recorded before 0005
    note: str = ""  # for a reference: whom to ask
    recorded_at: datetime = Field(default_factory=utc_now)


class Erasure(SQLModel, table=True):
    """That a candidate was erased (migration 0005): when, by whom, why, and how many
    records went. Deliberately without anything that identifies the candidate."""

    id: int | None = Field(default=None, primary_key=True)
    erased_at: datetime = Field(default_factory=utc_now)
    erased_by: str = ""
    reason: str  # request / retention / personnel_file (domain.retention.ERASURE_REASONS)
    counts: dict[str, int] = Field(
        default_factory=dict, sa_column=Column(MutableDict.as_mutable(JSON), nullable=False)
    )


class ContactEntry(SQLModel, table=True):
    """One time the firm told a candidate something about their application
    (migration 0006): the day, who at the firm, the channel
    (``domain.contact_log.CHANNELS``), what was said and, for a rejection, the reasons
    given. A contact on or after the latest interview's day satisfies the follow-up."""

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(sa_column=_parent("application"))
    contacted_on: date
    by: str
    channel: str  # phone / email / letter / in_person
    summary: str
    rejection: bool = False
    reasons: str = ""
    recorded_at: datetime = Field(default_factory=utc_now)


class Exercise(SQLModel, table=True):
    """A calibration exercise the firm wrote itself (migration 0012), e.g. from a real
    interview after the candidate was erased — so it holds no name and no link to any
    candidate. The exercises that ship with the app are files, not rows
    (``resources/exercises``); ``domain.exercises`` says what makes one complete."""

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _stable_id()
    language: str  # nl / en
    title: str
    competency: str  # the name, copied: the exercise outlives the vacancy
    anchor_1: str = ""
    anchor_2: str = ""
    anchor_3: str = ""
    anchor_4: str = ""
    anchor_5: str = ""
    situation: str = ""
    task: str = ""
    action: str = ""
    result: str = ""
    reference_score: int
    reasoning: str = ""
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class ExerciseRating(SQLModel, table=True):
    """One interviewer's rating of one calibration exercise (migration 0012): about the
    interviewer, never about a candidate. ``exercise_key`` names the exercise (a shipped
    file's name, or ``firm-<uuid>``); ``exercise_id`` links a firm's exercise so its
    ratings go with it. ``reference_score`` is the reference as it was when the rating
    was saved, so correcting an exercise later does not rewrite anyone's results."""

    __table_args__ = (UniqueConstraint("interviewer_id", "exercise_key"),)

    id: int | None = Field(default=None, primary_key=True)
    interviewer_id: int = Field(sa_column=_parent("interviewer"))
    exercise_key: str = Field(index=True)
    exercise_id: int | None = Field(default=None, sa_column=_parent("exercise", nullable=True))
    score: int
    reason: str = ""
    reference_score: int
    rated_at: datetime = Field(default_factory=utc_now)


class LibraryCompetency(Versioned, Authored, SQLModel, table=True):
    """A competency in the firm's library (migration 0009): a description and five
    anchors worth reusing, saved from a vacancy or written there, and copied into a
    vacancy when it is built. Firm data, not personal data: nothing here names a
    candidate, so erasure and the access export never touch it."""

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _stable_id()
    name: str = Field(index=True)
    kind: str = "core"
    description: str = ""
    keywords: str = ""
    anchor_1: str = ""
    anchor_2: str = ""
    anchor_3: str = ""
    anchor_4: str = ""
    anchor_5: str = ""
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)
    version: int = _version()  # migration 0018
    changed_by: str = _changed_by()

    def anchors(self) -> list[str]:
        """The five anchor texts, index 0 for score 1."""
        return [self.anchor_1, self.anchor_2, self.anchor_3, self.anchor_4, self.anchor_5]


class LibraryQuestion(Versioned, Authored, SQLModel, table=True):
    """A question in the firm's library (migration 0009), with the agenda stage it is
    asked in, its probes and, if any, the library competency it tests (unlinked, not
    deleted, when that competency goes)."""

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _stable_id()
    stage: str
    position: int = 0
    text: str
    probes: str = ""
    kind: str = "open"
    competency_id: int | None = Field(
        default=None,
        sa_column=_parent("librarycompetency", nullable=True, on_delete="SET NULL"),
    )
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)
    version: int = _version()  # migration 0018
    changed_by: str = _changed_by()


class ReferenceCheck(SQLModel, table=True):
    """One conversation with a referee about an application (migration 0010): who the
    referee is (name, relation, organisation, how to reach them), when they were
    called and by which interviewer (the name as it was then), what was asked and what
    was said. Only made while the candidate's consent for references is recorded
    (``store.reference_checks``)."""

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(sa_column=_parent("application"))
    referee_name: str
    relation: str = ""
    organisation: str = ""
    phone: str = ""
    email: str = ""
    called_on: date
    interviewer_id: int | None = Field(
        default=None, sa_column=_parent("interviewer", nullable=True, on_delete="SET NULL")
    )
    called_by: str = ""
    asked: str = ""
    said: str = ""
    recorded_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class OfflineCopy(SQLModel, table=True):
    """An interview taken offline from a team server to a laptop (migration 0015).

    On the server (``side`` "server") the row is the mark that says who holds the
    interview offline since when, and stops anyone else from starting it; on the
    laptop (``side`` "laptop") it says that the local interview is such a copy.
    ``state`` is out / back / released; ``copy_uuid`` is the same on both sides.
    """

    id: int | None = Field(default=None, primary_key=True)
    copy_uuid: str = Field(index=True, max_length=36)
    side: str  # server / laptop
    interview_id: int = Field(sa_column=_parent("interview"))
    taken_by: str = ""  # the name (or login) as it was then
    taken_by_login: str = ""  # their PostgreSQL login ("" for the owner or none)
    # The panel seat whose form the copy may bring back ("" = none: read only).
    member_uuid: str = Field(default="", max_length=36)
    taken_at: datetime = Field(default_factory=utc_now)
    state: str = "out"  # out / back / released
    closed_at: datetime | None = None
    closed_by: str = ""


# -- who wrote an edited record last (migration 0018) ----------------------------------

#: The login of each server engine (``session_user`` does not change per connection).
_LOGINS: "weakref.WeakKeyDictionary[Engine, str]" = weakref.WeakKeyDictionary()


def session_login(session: OrmSession) -> str:
    """The login this session writes as: the PostgreSQL ``session_user`` on a team
    server, "" on a laptop's SQLite (one user, whatever window)."""
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        return ""
    engine = connection.engine
    if engine not in _LOGINS:
        _LOGINS[engine] = str(connection.exec_driver_sql("SELECT session_user").scalar() or "")
    return _LOGINS[engine]


@event.listens_for(OrmSession, "before_flush")
def _stamp_authors(session: OrmSession, _context: object, _instances: object) -> None:
    """Every :class:`Authored` row written in this flush says who and when: whichever
    store function writes it, the editor that meets it later names the right author.

    The candidate editor also shows the candidate's applications and consents, which
    other screens change (a decision sets a status, a reference check records a
    consent): such a change counts as a change of the candidate (its version moves
    on), so an editor opened before it cannot save over it unseen."""
    written = [row for row in (*session.new, *session.dirty)
               if row in session.new or session.is_modified(row)]
    changed = {id(row): row for row in written if isinstance(row, Authored)}
    for row in written:
        if isinstance(row, Application | Consent) and row.candidate_id is not None:
            candidate = session.get(Candidate, row.candidate_id)
            if candidate is not None and candidate not in session.deleted:
                changed.setdefault(id(candidate), candidate)
    _stamp_texts(session, written)
    if not changed:
        return
    login, now = session_login(session), utc_now()
    for row in changed.values():
        row.changed_by = login  # type: ignore[attr-defined]
        # A time the writer set itself (a new row's, an example's) stays as it is.
        if row not in session.new and not inspect(row).attrs.updated_at.history.has_changes():
            row.updated_at = now  # type: ignore[attr-defined]


def _stamp_texts(session: OrmSession, written: list[Any]) -> None:
    """Each guarded text of a :class:`TextsAuthored` row written in this flush records
    the login that wrote it (a new row: its texts that are not empty)."""
    rows = [row for row in written if isinstance(row, TextsAuthored)]
    if not rows:
        return
    login = session_login(session)
    for row in rows:
        state = inspect(row)
        names = [name for name in row.AUTHORED_TEXTS
                 if (getattr(row, name) if row in session.new
                     else state.attrs[name].history.has_changes())]
        if names:
            before = dict(getattr(row, "texts_by", None) or {})
            after = {**before, **dict.fromkeys(names, login)}
            if after != before:
                row.texts_by = after  # type: ignore[attr-defined]
