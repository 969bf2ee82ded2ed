"""An interview plan or an interviewer saved by someone else while this user edited
it: both versions merged field by field (:mod:`interviewdesk.ui.editors.save_conflicts`).

The interview's planning fields and each panel seat (``panel:<interviewer id>``, its
role; absent when that person is not on the panel) are fields of one record: what
only one side changed is taken, what both changed is asked about. The panel keeps this
user's order, with people only the other side seated after them. When each side named
a different chair, the first in that order stays chair and the dialog says so and waits
for Save (a panel has one chair).
"""

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication

from interviewdesk.domain.concurrent_edits import merge_fields
from interviewdesk.store.interviewers import InterviewerDraft
from interviewdesk.store.interviews import CHAIR, InterviewDraft, PanelSeat
from interviewdesk.ui.editors.save_conflicts import EditMerge, field_clashes, plain

translate = QCoreApplication.translate

#: The interview's own planning fields, merged one by one.
INTERVIEW_FIELDS = ("candidate_id", "vacancy_id", "scheduled_at", "planned_minutes",
                    "location", "follows_interview_id")
#: The interviewer's fields.
INTERVIEWER_FIELDS = ("name", "email", "job_title")
SEAT = "panel:"


def interview_fields(draft: InterviewDraft) -> dict[str, object]:
    """``draft`` as one flat record: its fields and ``panel:<interviewer id>``."""
    fields: dict[str, object] = {name: getattr(draft, name) for name in INTERVIEW_FIELDS}
    for seat in draft.panel:
        fields[f"{SEAT}{seat.interviewer_id}"] = seat.role
    return fields


def merge_interview(base: InterviewDraft, theirs: InterviewDraft, mine: InterviewDraft,
                    shown: Callable[[str, object], str], people: Mapping[int, str]
                    ) -> EditMerge:
    """``mine`` and ``theirs`` merged against ``base``. ``shown(field, value)`` is a
    planning value as the dialog shows it (a seat's value is its role, or ``None``:
    not on the panel); ``people`` names the interviewers."""
    outcome = merge_fields(interview_fields(base), interview_fields(theirs),
                           interview_fields(mine))
    merged = dict(outcome.merged)
    names = {
        "candidate_id": translate("PlanningMerge", "the candidate"),
        "vacancy_id": translate("PlanningMerge", "the vacancy"),
        "scheduled_at": translate("PlanningMerge", "the date and time"),
        "planned_minutes": translate("PlanningMerge", "the length"),
        "location": translate("PlanningMerge", "the location"),
        "follows_interview_id": translate("PlanningMerge", "the round"),
    }
    for clash in outcome.clashes:
        if clash.field.startswith(SEAT):
            person = people.get(int(clash.field.removeprefix(SEAT)), "?")
            names[clash.field] = translate(
                "PlanningMerge", "the seat of {name} on the panel").format(name=person)
    clashes = field_clashes(outcome.clashes, names, (), shown, merged)

    def build() -> InterviewDraft:
        order = [s.interviewer_id for s in mine.panel] + [
            s.interviewer_id for s in theirs.panel
            if all(s.interviewer_id != m.interviewer_id for m in mine.panel)]
        panel = [PanelSeat(person, str(merged[f"{SEAT}{person}"])) for person in order
                 if merged.get(f"{SEAT}{person}") is not None]
        chairs = [seat for seat in panel if seat.role == CHAIR]
        for seat in chairs[1:]:  # each side named a different chair: one stays
            seat.role = "member"
            result.notes.append(translate(
                "PlanningMerge", "Both versions named a chair: {chair} stays chair and "
                "{name} is a panel member now.").format(
                    chair=people.get(chairs[0].interviewer_id, "?"),
                    name=people.get(seat.interviewer_id, "?")))
        values = {name: merged.get(name) for name in INTERVIEW_FIELDS}
        return InterviewDraft(id=theirs.id, version=theirs.version, panel=panel,
                              **values)  # type: ignore[arg-type]

    result = EditMerge(build, clashes)
    return result


def merge_interviewer(base: InterviewerDraft, theirs: InterviewerDraft,
                      mine: InterviewerDraft) -> EditMerge:
    """``mine`` and ``theirs`` merged against ``base``, field by field."""

    def fields(draft: InterviewerDraft) -> dict[str, object]:
        return {name: getattr(draft, name) for name in INTERVIEWER_FIELDS}

    outcome = merge_fields(fields(base), fields(theirs), fields(mine))
    merged = dict(outcome.merged)
    names = {
        "name": translate("PlanningMerge", "the interviewer's name"),
        "email": translate("PlanningMerge", "the e-mail address"),
        "job_title": translate("PlanningMerge", "the job title"),
    }
    clashes = field_clashes(outcome.clashes, names, (), lambda _f, v: plain(v), merged)

    def build() -> InterviewerDraft:
        return InterviewerDraft(id=theirs.id, version=theirs.version,
                                **{name: str(merged.get(name) or "")
                                   for name in INTERVIEWER_FIELDS})

    return EditMerge(build, clashes)
