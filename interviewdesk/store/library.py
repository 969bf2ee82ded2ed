"""The firm's library of competencies and questions (migration 0009): reading it,
saving entries from a vacancy (new, or over an entry of the same name), editing and
deleting them, and turning picked entries into copies for a vacancy draft.

Entries are firm data, not personal data: no entry names a candidate, so erasure and
the access export leave these tables alone. Every write is one transaction.
"""

from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from interviewdesk.domain.agenda import QUESTION_STAGES
from interviewdesk.domain.field_limits import NAME_MAX
from interviewdesk.domain.library import (
    SCALE_POINTS,
    LibraryCompetency,
    LibraryContents,
    LibraryQuestion,
    same_name,
)
from interviewdesk.domain.scales import COMPETENCY_KINDS, QUESTION_KINDS
from interviewdesk.store.database import Database
from interviewdesk.store.edit_conflicts import DeletedMeanwhile, check_version, guarded_save
from interviewdesk.store.models import LibraryCompetency as CompetencyRow
from interviewdesk.store.models import LibraryQuestion as QuestionRow
from interviewdesk.store.models import utc_now
from interviewdesk.store.vacancies import (
    CompetencyDraft,
    QuestionDraft,
    VacancyDraft,
    new_key,
)
from interviewdesk.store.validation import ValidationError, check_length

# -- reading ------------------------------------------------------------------------------


def library_contents(db: Database) -> LibraryContents:
    """The whole library: competencies by name, each with its questions (by stage and
    position), and the questions that test no competency."""
    with db.session() as session:
        competencies = session.exec(
            select(CompetencyRow).order_by(col(CompetencyRow.name), col(CompetencyRow.id))).all()
        questions = session.exec(
            select(QuestionRow).order_by(col(QuestionRow.stage), col(QuestionRow.position),
                                         col(QuestionRow.id))).all()
    items = {row.id: _competency_item(row) for row in competencies}
    loose: list[LibraryQuestion] = []
    for row in questions:
        item = _question_item(row)
        owner = items.get(row.competency_id) if row.competency_id is not None else None
        (owner.questions if owner is not None else loose).append(item)
    return LibraryContents(list(items.values()), loose)


def _competency_item(row: CompetencyRow) -> LibraryCompetency:
    return LibraryCompetency(name=row.name, description=row.description, kind=row.kind,
                             keywords=row.keywords, anchors=row.anchors(), id=row.id,
                             version=row.version)


def _question_item(row: QuestionRow) -> LibraryQuestion:
    return LibraryQuestion(text=row.text, stage=row.stage, probes=row.probes, kind=row.kind,
                           id=row.id, competency_id=row.competency_id, version=row.version)


def find_competency(db: Database, name: str) -> int | None:
    """The id of a library competency called ``name`` (case and accents ignored)."""
    with db.session() as session:
        return _find_competency(session, name)


def find_question(db: Database, text: str) -> int | None:
    """The id of a library question with the text ``text`` (case and accents ignored)."""
    with db.session() as session:
        return _find_question(session, text)


def _find_competency(session: Session, name: str) -> int | None:
    rows = session.exec(select(CompetencyRow.id, CompetencyRow.name)).all()
    return next((int(i) for i, n in rows if i is not None and same_name(n, name)), None)


def _find_question(session: Session, text: str) -> int | None:
    rows = session.exec(select(QuestionRow.id, QuestionRow.text)).all()
    return next((int(i) for i, t in rows if i is not None and same_name(t, text)), None)


def duplicates(db: Database, contents: LibraryContents) -> list[str]:
    """The names (and question texts) in ``contents`` that the library already holds:
    what to ask about before saving ("update them, or keep both?")."""
    with db.session() as session:
        found = [c.name for c in contents.competencies if _find_competency(session, c.name)]
        for question in [q for c in contents.competencies for q in c.questions] + \
                contents.questions:
            if _find_question(session, question.text):
                found.append(question.text)
        return found


# -- saving from a vacancy ---------------------------------------------------------------


@dataclass
class SaveResult:
    """What saving to the library did: how many entries were added and updated."""

    added: int = 0
    updated: int = 0
    competency_ids: list[int] = field(default_factory=list)


def save_to_library(db: Database, contents: LibraryContents, *,
                    update_duplicates: bool) -> SaveResult:
    """Save the competencies (with their questions) and loose questions of ``contents``
    in one transaction. An entry whose name (a question: its text) the library already
    holds updates that entry if ``update_duplicates``, else is added beside it
    ("keep both")."""
    for competency in contents.competencies:
        validate_competency(competency)
        for question in competency.questions:
            validate_question(question)
    for question in contents.questions:
        validate_question(question)
    result = SaveResult()
    with db.session() as session:
        for competency in contents.competencies:
            existing = _find_competency(session, competency.name) if update_duplicates else None
            row = _write_competency(session, competency, existing, result)
            for question in competency.questions:
                _save_question(session, question, row.id, update_duplicates, result)
            assert row.id is not None
            result.competency_ids.append(row.id)
        for question in contents.questions:
            linked = (_find_competency_id(session, question.competency_id)
                      if question.competency_id is not None else None)
            _save_question(session, question, linked, update_duplicates, result)
    return result


def _find_competency_id(session: Session, competency_id: int) -> int | None:
    return competency_id if session.get(CompetencyRow, competency_id) is not None else None


def _write_competency(session: Session, item: LibraryCompetency, existing: int | None,
                      result: SaveResult) -> CompetencyRow:
    row = session.get(CompetencyRow, existing) if existing is not None else None
    if row is None:
        row = CompetencyRow(name="")
        result.added += 1
    else:
        result.updated += 1
    _fill_competency(row, item)
    session.add(row)
    session.flush()
    return row


def _save_question(session: Session, item: LibraryQuestion, competency_id: int | None,
                   update_duplicates: bool, result: SaveResult) -> None:
    existing = _find_question(session, item.text) if update_duplicates else None
    row = session.get(QuestionRow, existing) if existing is not None else None
    if row is None:
        row = QuestionRow(stage=item.stage, text="", position=_next_position(session))
        result.added += 1
    else:
        result.updated += 1
    _fill_question(row, item, competency_id)
    session.add(row)
    session.flush()


def _next_position(session: Session) -> int:
    positions = session.exec(select(QuestionRow.position)).all()
    return max(positions, default=-1) + 1


def _fill_competency(row: CompetencyRow, item: LibraryCompetency) -> None:
    row.name = item.name.strip()
    row.kind = item.kind
    row.description = item.description.strip()
    row.keywords = item.keywords.strip()
    (row.anchor_1, row.anchor_2, row.anchor_3, row.anchor_4, row.anchor_5) = (
        a.strip() for a in item.anchors)
    row.updated_at = utc_now()


def _fill_question(row: QuestionRow, item: LibraryQuestion, competency_id: int | None) -> None:
    row.text = item.text.strip()
    row.stage = item.stage
    row.probes = item.probes.strip()
    row.kind = item.kind
    row.competency_id = competency_id
    row.updated_at = utc_now()


def validate_competency(item: LibraryCompetency) -> None:
    """:class:`ValidationError` for a library competency that cannot be saved."""
    if not item.name.strip():
        raise ValidationError("A library competency needs a name.", "name")
    check_length(item.name, NAME_MAX, "A competency's name", "name")
    if item.kind not in COMPETENCY_KINDS:
        raise ValidationError(f"{item.name}: unknown kind {item.kind!r}.", "kind")
    if len(item.anchors) != SCALE_POINTS:
        raise ValidationError(f"{item.name}: needs {SCALE_POINTS} anchor texts.", "anchors")


def validate_question(item: LibraryQuestion) -> None:
    """:class:`ValidationError` for a library question that cannot be saved."""
    if not item.text.strip():
        raise ValidationError("A library question needs a text.", "text")
    if item.stage not in QUESTION_STAGES:
        raise ValidationError(f"Questions cannot belong to the stage {item.stage!r}.", "stage")
    if item.kind not in QUESTION_KINDS:
        raise ValidationError(f"Unknown question kind {item.kind!r}.", "kind")


# -- managing entries ---------------------------------------------------------------------


def update_competency(db: Database, item: LibraryCompetency) -> None:
    """Write an edited (or renamed) library competency; ``LookupError`` if it is gone,
    :class:`ChangedMeanwhile` if someone else saved it after ``item.version``."""
    validate_competency(item)
    guarded_save(db, CompetencyRow, item.id, item.version,
                 lambda: _update_competency(db, item))


def _update_competency(db: Database, item: LibraryCompetency) -> None:
    with db.session() as session:
        row = session.get(CompetencyRow, item.id) if item.id is not None else None
        if row is None:
            raise DeletedMeanwhile("This library entry was deleted meanwhile.", "id")
        check_version(session, row, item.version)
        _fill_competency(row, item)
        session.add(row)


def update_question(db: Database, item: LibraryQuestion) -> None:
    """Write an edited library question (its competency link included); ``LookupError``
    if it is gone, :class:`ChangedMeanwhile` if someone else saved it after
    ``item.version``."""
    validate_question(item)
    guarded_save(db, QuestionRow, item.id, item.version,
                 lambda: _update_question(db, item))


def _update_question(db: Database, item: LibraryQuestion) -> None:
    with db.session() as session:
        row = session.get(QuestionRow, item.id) if item.id is not None else None
        if row is None:
            raise DeletedMeanwhile("This library entry was deleted meanwhile.", "id")
        check_version(session, row, item.version)
        linked = item.competency_id
        if linked is not None and session.get(CompetencyRow, linked) is None:
            linked = None
        _fill_question(row, item, linked)
        session.add(row)


def delete_competency(db: Database, competency_id: int, *, with_questions: bool) -> None:
    """Delete a library competency; its questions go too if ``with_questions``, else
    they stay in the library testing no competency. Vacancies are untouched: what
    they took from the library were copies."""
    with db.session() as session:
        row = session.get(CompetencyRow, competency_id)
        if row is None:
            raise LookupError("This library entry was deleted meanwhile.")
        questions = session.exec(
            select(QuestionRow).where(QuestionRow.competency_id == competency_id)).all()
        for question in questions:
            if with_questions:
                session.delete(question)
            else:
                question.competency_id = None
                session.add(question)
        session.delete(row)


def delete_question(db: Database, question_id: int) -> None:
    """Delete a library question."""
    with db.session() as session:
        row = session.get(QuestionRow, question_id)
        if row is None:
            raise LookupError("This library entry was deleted meanwhile.")
        session.delete(row)


# -- between a vacancy and the library --------------------------------------------------


def competency_from_draft(draft: VacancyDraft, key: str, *,
                          with_questions: bool = True) -> LibraryCompetency:
    """The competency ``key`` of a vacancy draft as a library entry, with the kit's
    questions that test it (if ``with_questions``). The weight stays with the vacancy:
    how much a competency counts is decided per role."""
    competency = draft.competency(key)
    if competency is None:
        raise LookupError("That competency is not in the vacancy.")
    questions = [
        question_from_draft(q, stage)
        for stage, stage_questions in draft.questions.items()
        for q in stage_questions if with_questions and q.competency_key == key
    ]
    return LibraryCompetency(name=competency.name, description=competency.description,
                             kind=competency.kind, keywords=competency.keywords,
                             anchors=list(competency.anchors), questions=questions)


def question_from_draft(question: QuestionDraft, stage: str) -> LibraryQuestion:
    """A question of a vacancy's kit as a library entry (without competency link)."""
    return LibraryQuestion(text=question.text, stage=stage, probes=question.probes,
                           kind=question.kind)


def kit_from_draft(draft: VacancyDraft) -> LibraryContents:
    """A vacancy draft's whole kit as library entries: each competency with the
    questions that test it, and the questions that test none."""
    competencies = [competency_from_draft(draft, c.key) for c in draft.competencies]
    keys = {c.key for c in draft.competencies}
    loose = [question_from_draft(q, stage) for stage, questions in draft.questions.items()
             for q in questions if q.competency_key not in keys]
    return LibraryContents(competencies, loose)


def library_link(db: Database, competency_name: str) -> int | None:
    """The library competency a question saved alone should test: the one with the
    name of the competency it tests in the vacancy, if the library holds it."""
    return find_competency(db, competency_name) if competency_name.strip() else None


@dataclass
class PickedQuestion:
    """A library question picked for a vacancy, with the name of the library
    competency it tests ("" for none), to link it in the vacancy."""

    question: LibraryQuestion
    competency_name: str = ""


@dataclass
class Additions:
    """Copies of picked library entries, ready to append to a vacancy draft."""

    competencies: list[CompetencyDraft] = field(default_factory=list)
    questions: dict[str, list[QuestionDraft]] = field(
        default_factory=lambda: {stage: [] for stage in QUESTION_STAGES})
    skipped: list[str] = field(default_factory=list)
    skipped_questions: list[str] = field(default_factory=list)

    def count(self) -> int:
        """How many entries will be added."""
        return len(self.competencies) + sum(len(q) for q in self.questions.values())


def additions_for(existing: list[CompetencyDraft], competencies: list[LibraryCompetency],
                  questions: list[PickedQuestion], *, with_questions: bool,
                  existing_questions: tuple[str, ...] = ()) -> Additions:
    """Copies of the picked ``competencies`` (with all their questions if
    ``with_questions``) and ``questions`` for a vacancy that has ``existing``
    competencies. A competency whose name the vacancy already has is skipped (a vacancy
    cannot hold two of one name) and named in ``skipped``; a question is linked to the
    vacancy's competency of the same name, new or existing. New competencies weigh 1.
    A question whose text is among ``existing_questions`` (the vacancy's kit) is
    skipped too, and named in ``skipped_questions``."""
    result = Additions()
    keys = {" ".join(c.name.split()).casefold(): c.key for c in existing}

    def key_for(name: str) -> str | None:
        folded = " ".join(name.split()).casefold()
        return next((k for n, k in keys.items() if same_name(n, folded)), None)

    picked: list[PickedQuestion] = list(questions)
    for item in competencies:
        if key_for(item.name) is not None:
            result.skipped.append(item.name)
        else:
            draft = CompetencyDraft(name=item.name, kind=item.kind, weight=1.0,
                                    description=item.description, keywords=item.keywords,
                                    anchors=list(item.anchors), key=new_key())
            result.competencies.append(draft)
            keys[" ".join(item.name.split()).casefold()] = draft.key
        if with_questions:
            picked.extend(PickedQuestion(q, item.name) for q in item.questions)
    seen: set[int] = set()
    for pick in picked:
        marker = id(pick.question)
        if marker in seen:
            continue
        seen.add(marker)
        question = pick.question
        if any(same_name(question.text, text) for text in existing_questions):
            result.skipped_questions.append(question.text)
            continue
        result.questions[question.stage].append(QuestionDraft(
            text=question.text, probes=question.probes, kind=question.kind,
            competency_key=key_for(pick.competency_name) if pick.competency_name else None))
    return result
