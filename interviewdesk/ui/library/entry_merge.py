"""A library entry saved by someone else while this user edited it: both versions
merged field by field (:mod:`interviewdesk.ui.editors.save_conflicts`)."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from interviewdesk.domain.concurrent_edits import merge_fields
from interviewdesk.domain.library import LibraryCompetency, LibraryContents, LibraryQuestion
from interviewdesk.domain.scales import COMPETENCY_KINDS, QUESTION_KINDS
from interviewdesk.ui.editors.save_conflicts import EditMerge, choice_label, field_clashes, plain

translate = QCoreApplication.translate

ANCHORS = tuple(f"anchor_{n}" for n in range(1, 6))
COMPETENCY_TEXTS = ("description", *ANCHORS)
QUESTION_TEXTS = ("text", "probes")


def find_entry(contents: LibraryContents, entry: LibraryCompetency | LibraryQuestion
               ) -> LibraryCompetency | LibraryQuestion:
    """The stored entry with ``entry``'s id in ``contents``; ``LookupError`` if gone."""
    if isinstance(entry, LibraryCompetency):
        found: LibraryCompetency | LibraryQuestion | None = next(
            (c for c in contents.competencies if c.id == entry.id), None)
    else:
        questions = [*contents.questions, *(q for c in contents.competencies
                                            for q in c.questions)]
        found = next((q for q in questions if q.id == entry.id), None)
    if found is None:
        raise LookupError("This library entry was deleted meanwhile.")
    return found


def competency_fields(entry: LibraryCompetency) -> dict[str, object]:
    """A library competency as one flat record."""
    return {"name": entry.name, "kind": entry.kind, "description": entry.description,
            "keywords": entry.keywords, **dict(zip(ANCHORS, entry.anchors, strict=True))}


def question_fields(entry: LibraryQuestion) -> dict[str, object]:
    """A library question as one flat record."""
    return {"text": entry.text, "probes": entry.probes, "stage": entry.stage,
            "kind": entry.kind, "competency_id": entry.competency_id}


def merge_competency(base: LibraryCompetency, theirs: LibraryCompetency,
                     mine: LibraryCompetency) -> EditMerge:
    """Both versions of a library competency."""
    outcome = merge_fields(competency_fields(base), competency_fields(theirs),
                           competency_fields(mine))
    merged = dict(outcome.merged)
    names = dict(name=translate("EntryMerge", "the competency's name"),
                 kind=translate("EntryMerge", "the kind of competency"),
                 description=translate("EntryMerge", "the competency's description"),
                 keywords=translate("EntryMerge", "the keywords"))
    anchor = translate("EntryMerge", "the anchor for score {n}")
    for n, field in enumerate(ANCHORS, start=1):
        names[field] = anchor.format(n=n)

    def shown(name: str, value: object) -> str:
        return choice_label(COMPETENCY_KINDS, value) if name == "kind" else plain(value)

    def build() -> LibraryCompetency:
        return LibraryCompetency(
            name=str(merged["name"]), kind=str(merged["kind"]),
            description=str(merged["description"]), keywords=str(merged["keywords"]),
            anchors=[str(merged[a]) for a in ANCHORS], questions=theirs.questions,
            id=theirs.id, version=theirs.version)

    return EditMerge(build, field_clashes(outcome.clashes, names, COMPETENCY_TEXTS, shown,
                                          merged))


def merge_question(base: LibraryQuestion, theirs: LibraryQuestion, mine: LibraryQuestion,
                   stage_name: Callable[[str], str],
                   competency_name: Callable[[object], str]) -> EditMerge:
    """Both versions of a library question; ``stage_name`` and ``competency_name``
    name a stage key and a library competency id as the dialog does."""
    outcome = merge_fields(question_fields(base), question_fields(theirs),
                           question_fields(mine))
    merged = dict(outcome.merged)
    names = dict(text=translate("EntryMerge", "the question"),
                 probes=translate("EntryMerge", "the probes"),
                 stage=translate("EntryMerge", "the stage the question is asked in"),
                 kind=translate("EntryMerge", "the kind of question"),
                 competency_id=translate("EntryMerge", "the competency the question tests"))

    def shown(name: str, value: object) -> str:
        if name == "kind":
            return choice_label(QUESTION_KINDS, value)
        if name == "stage":
            return stage_name(str(value))
        if name == "competency_id":
            return competency_name(value)
        return plain(value)

    def build() -> LibraryQuestion:
        linked = merged.get("competency_id")
        return LibraryQuestion(
            text=str(merged["text"]), probes=str(merged["probes"]),
            stage=str(merged["stage"]), kind=str(merged["kind"]),
            competency_id=linked if isinstance(linked, int) else None,
            id=theirs.id, version=theirs.version)

    return EditMerge(build, field_clashes(outcome.clashes, names, QUESTION_TEXTS, shown,
                                          merged))
