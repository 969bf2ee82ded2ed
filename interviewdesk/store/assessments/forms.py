"""One panel member's assessment form: open it, fill it in small autosaved writes,
submit it, reopen it with a reason.

A form holds that member's own ratings and nothing of anyone else's (blind scoring,
docs/architecture.md, the blind rule). How a rating's state is stored, without a column of
its own:

* no ``Rating`` row: **untouched** — the member has not dealt with the competency;
* a row with a score 1–5: **scored**;
* a row with score ``None``: **not assessed** (key 0 on the form).

Evidence lives on the row, so writing evidence for an untouched competency creates
the row and makes it "not assessed" until a score is picked. That is what the form
shows, and :func:`submit_form` treats the one ambiguous case — evidence but no score,
usually a forgotten click — as a question for the rater, not as an answer: it refuses
unless the caller confirms with ``accept_not_assessed=True``. The rule itself (what
complete means, where a form stands) is :mod:`interviewdesk.domain.form_completeness`;
this module reads the form and writes it.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from interviewdesk.domain.blind import submitted_after_close
from interviewdesk.domain.concurrent_edits import Conflict, RecordKey, Seen, after_write
from interviewdesk.domain.form_completeness import (
    Completeness,
    FormState,
    GivenRating,
    RatingState,
    completeness,
    form_state,
    rating_state,
)
from interviewdesk.domain.form_completeness import has_content as content_rule
from interviewdesk.domain.scales import RECOMMENDATIONS, is_valid_rating
from interviewdesk.store import audit, direct_writes
from interviewdesk.store.assessments import _reading as reading
from interviewdesk.store.assessments import round as round_gate
from interviewdesk.store.assessments.form_edits import AssessmentEdit, FormEdit, RatingEdit
from interviewdesk.store.assessments.notes import InterviewNote, interview_notes
from interviewdesk.store.database import Database
from interviewdesk.store.edits import (
    UNCHANGED,
    Guarded,
    Saved,
    combine,
    direct_first,
    guard,
    stored_texts,
    with_retries,
)
from interviewdesk.store.lookups import interview_context
from interviewdesk.store.models import (
    Assessment,
    AssessmentReopening,
    Interviewer,
    PanelMember,
    Rating,
    utc_now,
)
from interviewdesk.store.validation import ValidationError

__all__ = ["FormState", "RatingState"]  # the rule's names, as callers import them here


class FormLocked(ValidationError):
    """The form is submitted: it is read-only until it is reopened with a reason."""

    def __init__(self, assessment_id: int) -> None:
        super().__init__(
            f"Assessment {assessment_id} is submitted and read-only; reopen it first.",
            "submitted",
        )
        self.assessment_id = assessment_id


class FormIncomplete(ValidationError):
    """A form that cannot be submitted yet; the attributes say what is missing, by
    competency name, so the form can point at each."""

    def __init__(self, lacking: Completeness) -> None:
        parts = []
        if lacking.missing_recommendation:
            parts.append("Choose an overall recommendation.")
        if lacking.untouched:
            parts.append("Give a score, or mark as not assessed: "
                         + ", ".join(lacking.untouched) + ".")
        if lacking.evidence_without_score:
            parts.append(
                "Evidence but no score (confirm to leave them not assessed): "
                + ", ".join(lacking.evidence_without_score)
                + "."
            )
        super().__init__(" ".join(parts),
                         "recommendation" if lacking.missing_recommendation else "ratings")
        self.lacking = lacking
        self.missing_recommendation = lacking.missing_recommendation
        self.untouched = lacking.untouched
        self.evidence_without_score = lacking.evidence_without_score

    @property
    def needs_confirmation_only(self) -> bool:
        """Nothing is missing but the rater's word that evidence without a score means
        "not assessed": submitting again with ``accept_not_assessed=True`` succeeds."""
        return self.lacking.needs_confirmation_only


@dataclass(frozen=True)
class FormCompetency:
    """A competency as the form shows it: name, weight and the five anchors."""

    id: int
    name: str
    kind: str
    weight: float
    description: str
    anchors: tuple[str, str, str, str, str]


@dataclass(frozen=True)
class FormRating:
    """This member's rating of one competency."""

    competency_id: int
    state: RatingState = "untouched"
    score: int | None = None
    evidence: str = ""


@dataclass(frozen=True)
class Reopening:
    """One time the submitted form was opened again, and why."""

    reason: str
    reopened_at: datetime


@dataclass(frozen=True)
class AssessmentForm:
    """Everything one panel member's form shows, read once; nothing of other members."""

    assessment_id: int
    interview_id: int
    panel_member_id: int
    rater_name: str
    role: str
    candidate_name: str
    vacancy_title: str
    scheduled_at: datetime | None
    competencies: tuple[FormCompetency, ...]
    ratings: dict[int, FormRating]
    strengths: str
    weaknesses: str
    recommendation: str | None
    submitted_at: datetime | None
    reopenings: tuple[Reopening, ...] = ()
    notes: tuple[InterviewNote, ...] = field(default=())
    #: What this form is based on (versions and texts as read), for :func:`save_form`.
    seen: dict[RecordKey, Seen] = field(default_factory=dict)

    @property
    def submitted(self) -> bool:
        """A submitted form is read-only."""
        return self.submitted_at is not None

    def rating(self, competency_id: int) -> FormRating:
        """The rating of ``competency_id`` (an untouched one if there is none)."""
        return self.ratings.get(competency_id, FormRating(competency_id))

    def notes_for(self, competency_id: int) -> tuple[InterviewNote, ...]:
        """The notes on questions about ``competency_id`` first, then all the others:
        what the "quote a note" action offers for that competency."""
        linked = tuple(n for n in self.notes if n.competency_id == competency_id)
        return linked + tuple(n for n in self.notes if n.competency_id != competency_id)


@dataclass(frozen=True)
class FormStatus:
    """Where one panel member's form stands: a state, never a score, so it is safe to
    show to everyone."""

    panel_member_id: int
    interviewer_id: int
    name: str
    role: str
    state: FormState
    submitted_at: datetime | None
    #: Submitted after the chair closed the round early: its author could have seen
    #: the others' scores first.
    late: bool = False


def _given(rating: Rating) -> GivenRating:
    return GivenRating(rating.score, rating.evidence)


def _read_form(session: Session, assessment: Assessment) -> AssessmentForm:
    context = interview_context(session, assessment.interview_id)
    member = session.get(PanelMember, assessment.panel_member_id)
    assert member is not None  # the form goes with its panel member (cascade)
    person = session.get(Interviewer, member.interviewer_id)
    assert person is not None
    assessment_id = int(assessment.id or 0)
    ratings = reading.own_ratings(session, assessment_id)
    reopenings = session.exec(
        select(AssessmentReopening)
        .where(AssessmentReopening.assessment_id == assessment_id)
        .order_by(col(AssessmentReopening.reopened_at), col(AssessmentReopening.id))
    )
    return AssessmentForm(
        assessment_id=assessment_id,
        interview_id=assessment.interview_id,
        panel_member_id=assessment.panel_member_id,
        rater_name=person.name,
        role=member.role,
        candidate_name=context.candidate.name,
        vacancy_title=context.vacancy.title,
        scheduled_at=reading.as_utc(context.interview.scheduled_at),
        competencies=tuple(
            FormCompetency(
                int(c.id or 0),
                c.name,
                c.kind,
                c.weight,
                c.description,
                (c.anchor_1, c.anchor_2, c.anchor_3, c.anchor_4, c.anchor_5),
            )
            for c in reading.competencies(session, context.vacancy.id or 0)
        ),
        ratings={
            cid: FormRating(cid, rating_state(_given(r)), r.score, r.evidence)
            for cid, r in ratings.items()
        },
        strengths=assessment.strengths,
        weaknesses=assessment.weaknesses,
        recommendation=assessment.recommendation,
        submitted_at=reading.as_utc(assessment.submitted_at),
        reopenings=tuple(Reopening(r.reason, reading.as_utc(r.reopened_at)) for r in reopenings),
        notes=interview_notes(session, assessment.interview_id),
        seen=form_seen(assessment, ratings),
    )


def open_form(db: Database, interview_id: int, panel_member_id: int) -> AssessmentForm:
    """The form of ``panel_member_id`` for ``interview_id``, created on first opening.

    Raises ``LookupError`` if the interview does not exist or the member is not on
    its panel.
    """
    with db.session() as session:
        interview_context(session, interview_id)
        member = session.get(PanelMember, panel_member_id)
        if member is None or member.interview_id != interview_id:
            raise LookupError(f"Panel member {panel_member_id} is not on interview {interview_id}.")
        assessment = reading.form_of(session, interview_id, panel_member_id)
        if assessment is None:
            assessment = Assessment(interview_id=interview_id, panel_member_id=panel_member_id)
            session.add(assessment)
            session.flush()
        return _read_form(session, assessment)


def open_own_form(
    db: Database, interview_id: int, panel_member_id: int, *, pin_checked: bool
) -> AssessmentForm:
    """:func:`open_form` for the member themselves at the keyboard, recorded in the
    audit trail ("form opened", with or without their PIN typed)."""
    form = open_form(db, interview_id, panel_member_id)
    audit.record(db, interview_id, "form_opened_pin" if pin_checked else "form_opened",
                 form.rater_name, panel_member_id=panel_member_id)
    return form


def read_form(
    db: Database, interview_id: int, panel_member_id: int, asker: int | None
) -> AssessmentForm:
    """``panel_member_id``'s form for ``asker`` (a panel member id, or ``None`` for
    someone with no identity here: the command line, a printed report): through the
    blind rule, so before the round is closed only the member themselves gets it.

    Raises :class:`~.round.ScoresHidden` when the rule refuses, ``LookupError`` for
    an unknown interview or a member not on its panel. The form is created (empty)
    if it was never opened, as opening it on screen does.
    """
    with db.session() as session:
        round_gate.check_member(session, interview_id, asker, panel_member_id)
    return open_form(db, interview_id, panel_member_id)


def load_form(db: Database, assessment_id: int) -> AssessmentForm:
    """The form with id ``assessment_id`` as stored now; ``LookupError`` if it is gone."""
    with db.session() as session:
        return _read_form(session, _assessment(session, assessment_id))


def _assessment(session: Session, assessment_id: int) -> Assessment:
    assessment = session.get(Assessment, assessment_id)
    if assessment is None:
        raise LookupError(f"There is no assessment {assessment_id}.")
    return assessment


def _check_values(edit: FormEdit) -> None:
    """A score off the scale or an unknown recommendation: ``ValidationError``."""
    if isinstance(edit, RatingEdit):
        if edit.score is not UNCHANGED and not is_valid_rating(edit.score):
            raise ValidationError(f"{edit.score!r} is not a score from 1 to 5.", "ratings")
    elif edit.recommendation is not UNCHANGED and edit.recommendation is not None \
            and edit.recommendation not in RECOMMENDATIONS:
        raise ValidationError(f"{edit.recommendation!r} is not a recommendation.",
                              "recommendation")


def _check(edit: FormEdit, competency_ids: set[int]) -> None:
    if isinstance(edit, RatingEdit) and edit.competency_id not in competency_ids:
        raise ValidationError(
            f"Competency {edit.competency_id} is not one of this vacancy's.", "ratings"
        )
    _check_values(edit)


#: The form (bound parameter ``open_form_id``) exists and is not submitted: a
#: submitted form is read-only.
_FORM_IS_OPEN = sa.exists().where(col(Assessment.id) == sa.bindparam("open_form_id"),
                                  col(Assessment.submitted_at).is_(None))
_NOT_SUBMITTED = col(Assessment.submitted_at).is_(None)


def _write_directly(session: Session, assessment_id: int, edit: FormEdit,
                    seen: Mapping[RecordKey, Seen] | None) -> Seen | None:
    """``edit`` written in one statement (:mod:`~interviewdesk.store.direct_writes`) to
    the open form's existing row, and what the form is based on now; ``None`` when it
    needs the careful path (a new rating, a text the form never read at a version, a
    text saved meanwhile, a submitted or missing form). An existing rating's
    competency was checked against the vacancy when the rating was made."""
    base = (seen or {}).get(edit.record, Seen())
    texts = edit.texts()
    guarded = seen is not None and bool(texts)
    if guarded and not base.version:
        return None
    model: type[Assessment] | type[Rating]
    if isinstance(edit, AssessmentEdit):
        model, keys = Assessment, {"id": assessment_id}
        only_if: tuple[sa.ColumnElement[bool], dict[str, int]] = (_NOT_SUBMITTED, {})
    else:
        model, keys = Rating, {"assessment_id": assessment_id,
                               "competency_id": edit.competency_id}
        only_if = (_FORM_IS_OPEN, {"open_form_id": assessment_id})
    written = direct_writes.update_record(
        session, model, keys, edit.changed(), version=base.version if guarded else None,
        texts=edit.TEXTS, only_if=only_if)
    if written is None:
        return None
    return after_write(base, texts, written.version, written.texts)


def _save(db: Database, assessment_id: int, edits: dict[RecordKey, FormEdit],
          seen: Mapping[RecordKey, Seen] | None) -> Saved:
    with db.session() as session:
        try:
            for edit in edits.values():
                _check_values(edit)
        except ValidationError:  # the careful path says what is wrong, in the usual order
            return _save_carefully(session, assessment_id, list(edits.values()), seen)
        return direct_first(
            edits, lambda edit: _write_directly(session, assessment_id, edit, seen),
            lambda careful: _save_carefully(session, assessment_id, careful, seen))


def _save_carefully(session: Session, assessment_id: int, edits: Sequence[FormEdit],
                    seen: Mapping[RecordKey, Seen] | None) -> Saved:
    """Read the form and its ratings, guard the texts against a change saved meanwhile
    (a conflict names nobody but the form's own rater), write the rest through the ORM."""
    assessment = _assessment(session, assessment_id)
    if assessment.submitted_at is not None:
        raise FormLocked(assessment_id)
    competency_ids = reading.competency_ids_of_interview(session, assessment.interview_id)
    for edit in edits:
        _check(edit, competency_ids)
    ratings = reading.own_ratings(session, assessment_id)
    conflicts: list[Conflict] = []
    written: list[tuple[Guarded[FormEdit], Assessment | Rating]] = []
    for edit in edits:
        row: Assessment | Rating | None = (
            assessment if isinstance(edit, AssessmentEdit)
            else ratings.get(edit.competency_id))
        # A form is only its own rater's: nobody else is named (domain.blind).
        guarded = guard(edit, row, seen, session, name_others=False)
        conflicts.extend(guarded.conflicts)
        if not guarded.edit.changed():
            continue
        if row is None:
            assert isinstance(edit, RatingEdit)
            row = Rating(assessment_id=assessment_id, competency_id=edit.competency_id)
        for name, value in guarded.edit.changed().items():
            setattr(row, name, value)
        session.add(row)
        written.append((guarded, row))
    session.flush()  # raises StaleDataError if a row changed since it was read
    return Saved({g.edit.record: g.seen_after(row) for g, row in written},
                 tuple(conflicts))


def save_form(db: Database, assessment_id: int, changes: Sequence[FormEdit],
              seen: Mapping[RecordKey, Seen] | None = None) -> Saved:
    """Write ``changes`` to a form in one transaction (later changes win): the form's
    autosave flushes whatever was typed or clicked since the last flush.

    With ``seen`` (what the form on screen is based on, :attr:`AssessmentForm.seen`), a
    text saved meanwhile elsewhere is not overwritten but returned in
    :attr:`Saved.conflicts`; everything else is written. Raises :class:`FormLocked`
    for a submitted form, ``ValidationError`` for a score off the scale, an unknown
    recommendation or a competency of another vacancy (and then writes nothing),
    ``LookupError`` if the form is gone.
    """
    combined = combine(changes)
    return with_retries(lambda: _save(db, assessment_id, combined, seen))


def form_seen(assessment: Assessment, ratings: Mapping[int, Rating]) -> dict[RecordKey, Seen]:
    """What a form just read from ``assessment`` and its ``ratings`` is based on."""
    seen: dict[RecordKey, Seen] = {
        ("assessment", 0): Seen(assessment.version,
                                stored_texts(assessment, AssessmentEdit.TEXTS))}
    for competency_id, rating in ratings.items():
        seen[("rating", competency_id)] = Seen(rating.version,
                                               stored_texts(rating, RatingEdit.TEXTS))
    return seen


def submit_form(
    db: Database, assessment_id: int, *, accept_not_assessed: bool = False,
    check_only: bool = False,
) -> datetime | None:
    """Submit a complete form and return the moment it was submitted (with
    ``check_only``: only check, raise as below, submit nothing and return ``None``).

    Complete means: a recommendation is chosen, and every competency of the vacancy is
    scored or marked not assessed. A competency with evidence but no score counts as
    not assessed only with ``accept_not_assessed=True`` (the rater confirmed it).
    Raises :class:`FormIncomplete` listing what is missing, :class:`FormLocked` if
    the form is already submitted.
    """
    with db.session() as session:
        assessment = _assessment(session, assessment_id)
        if assessment.submitted_at is not None:
            raise FormLocked(assessment_id)
        context = interview_context(session, assessment.interview_id)
        ratings = reading.own_ratings(session, assessment_id)
        lacking = completeness(
            ((int(c.id or 0), c.name)
             for c in reading.competencies(session, context.vacancy.id or 0)),
            {cid: _given(r) for cid, r in ratings.items()},
            assessment.recommendation,
        )
        if not lacking.complete(accept_not_assessed=accept_not_assessed):
            raise FormIncomplete(lacking)
        if check_only:
            return None
        assessment.submitted_at = utc_now()
        session.add(assessment)
        audit.record(session, assessment.interview_id, "form_submitted",
                     _rater_name(session, assessment),
                     panel_member_id=assessment.panel_member_id)
        return assessment.submitted_at


def reopen_form(db: Database, assessment_id: int, reason: str) -> None:
    """Open a submitted form again, recording ``reason`` (required) and when.

    Until it is submitted again its owner counts as not submitted, so the panel
    matrix is hidden from them, and from the others unless the chair opens it early.
    """
    reason = reason.strip()
    if not reason:
        raise ValidationError("Say why the submitted form is opened again.", "reason")
    with db.session() as session:
        assessment = _assessment(session, assessment_id)
        if assessment.submitted_at is None:
            raise ValidationError("This form is not submitted; it is open already.", "submitted")
        session.add(AssessmentReopening(assessment_id=assessment_id, reason=reason))
        assessment.submitted_at = None
        session.add(assessment)
        audit.record(session, assessment.interview_id, "form_reopened",
                     _rater_name(session, assessment), reason,
                     panel_member_id=assessment.panel_member_id)


def _rater_name(session: Session, assessment: Assessment) -> str:
    member = session.get(PanelMember, assessment.panel_member_id)
    person = session.get(Interviewer, member.interviewer_id) if member else None
    return person.name if person else ""


def has_content(session: Session, assessment: Assessment) -> bool:
    """Whether the member has filled in anything of ``assessment`` yet (the rule:
    :func:`interviewdesk.domain.form_completeness.has_content`)."""
    any_rating = session.exec(
        select(Rating.id).where(Rating.assessment_id == assessment.id).limit(1)
    ).first() is not None
    return content_rule(recommendation=assessment.recommendation,
                        strengths=assessment.strengths, weaknesses=assessment.weaknesses,
                        any_rating=any_rating)


def status_of_forms(db: Database, interview_id: int) -> list[FormStatus]:
    """Each panel member's form state, in panel order: not started (nothing filled in),
    in progress, or submitted. No scores: anyone may see who is done."""
    with db.session() as session:
        interview = interview_context(session, interview_id).interview
        closed_at = reading.as_utc(interview.round_closed_at)
        statuses = []
        for seat in reading.seats(session, interview_id):
            submitted_at = reading.as_utc(seat.submitted_at)
            started = (has_content(session, seat.assessment) if seat.assessment is not None
                       else seat.hidden is not None and seat.hidden.started)
            state = form_state(submitted=seat.submitted, content=started)
            statuses.append(
                FormStatus(
                    seat.id,
                    int(seat.interviewer.id or 0),
                    seat.interviewer.name,
                    seat.member.role,
                    state,
                    submitted_at,
                    submitted_after_close(submitted_at, closed_at),
                )
            )
        return statuses
