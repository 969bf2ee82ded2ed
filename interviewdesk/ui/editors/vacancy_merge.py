"""A vacancy saved by someone else while this user edited it: the vacancy's fields,
its competencies and its question kit merged (:mod:`~interviewdesk.ui.editors.save_conflicts`).

Competencies are matched by their key (``id-…`` for a saved one) and questions by id,
each merged field by field (``domain.concurrent_edits.merge_records``); the order is
this user's, with what someone else added at the end. A competency or question one
side removed and the other changed is kept, and the user is told (the merge is then
shown, not saved at once). A question that would probe a competency no longer in the
vacancy keeps its text and probes nothing, as when a competency is removed by hand.
"""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from interviewdesk.domain.concurrent_edits import merge_fields, merge_records
from interviewdesk.domain.scales import COMPETENCY_KINDS, QUESTION_KINDS
from interviewdesk.store.vacancies import CompetencyDraft, QuestionDraft, VacancyDraft
from interviewdesk.ui.editors.save_conflicts import (
    Clash,
    EditMerge,
    choice_label,
    date_text,
    field_clashes,
    plain,
)

translate = QCoreApplication.translate

VACANCY_FIELDS = ("title", "department", "location", "text", "procedure_end")
ANCHORS = tuple(f"anchor_{n}" for n in range(1, 6))
COMPETENCY_TEXTS = ("description", *ANCHORS)
QUESTION_TEXTS = ("text", "probes")


def competency_fields(competency: CompetencyDraft) -> dict[str, object]:
    """One competency as a flat record."""
    return {"name": competency.name, "kind": competency.kind, "weight": competency.weight,
            "description": competency.description, "keywords": competency.keywords,
            **dict(zip(ANCHORS, competency.anchors, strict=True))}


def question_fields(question: QuestionDraft, stage: str) -> dict[str, object]:
    """One question of the kit as a flat record (its stage one of the fields)."""
    return {"stage": stage, "text": question.text, "probes": question.probes,
            "kind": question.kind, "competency_key": question.competency_key}


def _questions(draft: VacancyDraft) -> list[tuple[object, dict[str, object]]]:
    return [(q.id, question_fields(q, stage)) for stage, questions in draft.questions.items()
            for q in questions]


def merge_vacancy(base: VacancyDraft, theirs: VacancyDraft, mine: VacancyDraft,
                  stage_name: Callable[[str], str]) -> EditMerge:
    """``mine`` and ``theirs`` merged against ``base``; ``stage_name`` names a stage."""
    fields = merge_fields(*({name: getattr(d, name) for name in VACANCY_FIELDS}
                            for d in (base, theirs, mine)))
    vacancy = dict(fields.merged)
    competencies = merge_records(
        {c.key: competency_fields(c) for c in base.competencies},
        [(c.key, competency_fields(c)) for c in theirs.competencies],
        [(c.key, competency_fields(c)) for c in mine.competencies])
    base_questions = {key: record for key, record in _questions(base) if key is not None}
    questions = merge_records(base_questions, _questions(theirs), _questions(mine))
    named = {key: str(record["name"]) for key, record in competencies.records}

    def competency_name(key: object) -> str:
        return named.get(key, translate("VacancyMerge", "(none)")) if key else translate(
            "VacancyMerge", "(none)")

    clashes: list[Clash] = field_clashes(fields.clashes, {
        "title": translate("VacancyMerge", "the vacancy's title"),
        "department": translate("VacancyMerge", "the department"),
        "location": translate("VacancyMerge", "the location"),
        "text": translate("VacancyMerge", "the vacancy text"),
        "procedure_end": translate("VacancyMerge", "the date the procedure ends")},
        ("text",), lambda name, value: date_text(value) if name == "procedure_end"
        else plain(value), vacancy)
    records = dict(competencies.records)
    for key, found in competencies.clashes.items():
        name = str(records[key]["name"])
        names = dict(
            name=translate("VacancyMerge", "the name of the competency “{name}”"),
            kind=translate("VacancyMerge", "the kind of the competency “{name}”"),
            weight=translate("VacancyMerge", "the weight of the competency “{name}”"),
            description=translate("VacancyMerge",
                                  "the description of the competency “{name}”"),
            keywords=translate("VacancyMerge", "the keywords of the competency “{name}”"))
        anchor = translate("VacancyMerge", "the anchor for score {n} of the competency "
                           "“{name}”")
        for n, field in enumerate(ANCHORS, start=1):
            names[field] = anchor.replace("{n}", str(n))
        clashes += field_clashes(found, {k: v.format(name=name) for k, v in names.items()},
                                 COMPETENCY_TEXTS, _competency_value, records[key])
    question_records = dict(questions.records)
    for key, found in questions.clashes.items():
        text = _short(str(base_questions[key]["text"]))
        names = dict(
            text=translate("VacancyMerge", "the question “{text}”"),
            probes=translate("VacancyMerge", "the probes of the question “{text}”"),
            kind=translate("VacancyMerge", "the kind of the question “{text}”"),
            stage=translate("VacancyMerge", "the stage of the question “{text}”"),
            competency_key=translate("VacancyMerge",
                                     "the competency the question “{text}” tests"))

        def shown(name: str, value: object) -> str:
            if name == "kind":
                return choice_label(QUESTION_KINDS, value)
            if name == "stage":
                return stage_name(str(value))
            if name == "competency_key":
                return competency_name(value)
            return plain(value)

        clashes += field_clashes(found, {k: v.format(text=text) for k, v in names.items()},
                                 QUESTION_TEXTS, shown, question_records[key])

    notes = [translate("VacancyMerge", "The competency “{name}” was removed here but changed by "
                "someone else: it is kept.").format(name=named.get(key, ""))
             for key in competencies.kept]
    notes += [translate("VacancyMerge", "The competency “{name}” was removed by someone else but "
                 "changed here: it is kept, as a new competency.").format(
                     name=named.get(key, "")) for key in competencies.revived]
    notes += [translate("VacancyMerge", "The question “{text}” was removed here but changed by "
                 "someone else: it is kept.").format(
                     text=_short(str(question_records[key]["text"])))
              for key in questions.kept]
    notes += [translate("VacancyMerge", "The question “{text}” was removed by someone else but "
                 "changed here: it is kept, as a new question.").format(
                     text=_short(str(question_records[key]["text"])))
              for key in questions.revived]

    def build() -> VacancyDraft:
        stored = {c.key: c.id for c in theirs.competencies}
        kit = [CompetencyDraft(
            id=stored.get(str(key)), key=str(key), name=str(record["name"]),
            kind=str(record["kind"]), weight=float(record["weight"]),  # type: ignore[arg-type]
            description=str(record["description"]), keywords=str(record["keywords"]),
            anchors=[str(record[a]) for a in ANCHORS]) for key, record in competencies.records]
        keys = {c.key for c in kit}
        stored_questions = {key for key, _record in _questions(theirs)}
        per_stage: dict[str, list[QuestionDraft]] = {stage: [] for stage in theirs.questions}
        for key, record in questions.records:
            link = record["competency_key"]
            per_stage.setdefault(str(record["stage"]), []).append(QuestionDraft(
                id=key if key in stored_questions and isinstance(key, int) else None,
                text=str(record["text"]), probes=str(record["probes"]),
                kind=str(record["kind"]),
                competency_key=str(link) if link in keys else None))
        end = vacancy.get("procedure_end")
        return VacancyDraft(
            id=theirs.id, version=theirs.version, title=str(vacancy["title"]),
            department=str(vacancy["department"]), location=str(vacancy["location"]),
            text=str(vacancy["text"]), procedure_end=end if isinstance(end, date) else None,
            competencies=kit, questions=per_stage)

    return EditMerge(build, clashes, notes)


def _competency_value(name: str, value: object) -> str:
    if name == "kind":
        return choice_label(COMPETENCY_KINDS, value)
    if name == "weight" and isinstance(value, float | int):
        return QLocale().toString(float(value), "f", 1)
    return plain(value)


def _short(text: str, limit: int = 60) -> str:
    """A question as named in a sentence: its first ``limit`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
