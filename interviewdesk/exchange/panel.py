"""The panel package: what a panel member needs to score on their own laptop, made on
the chair's, and read on the member's.

What goes in is chosen column by column, never "everything of the interview": the
vacancy with its competencies (anchors, weights) and question kit, the candidate's
name, the interview's date, place and panel, and only when asked the CV and letter
(text and original files). No assessment of anyone travels in it, no notes, no
decision, no contact details; a test opens a package and looks.
"""

from typing import Any

from sqlmodel import Session, col, select

from interviewdesk.exchange.archive import Package, new_package
from interviewdesk.exchange.codec import encode_row
from interviewdesk.exchange.errors import PackageError
from interviewdesk.exchange.ledger import scoring_member
from interviewdesk.exchange.records import Tally, require_refs, rows_of, table_name, upsert
from interviewdesk.store.database import Database
from interviewdesk.store.lookups import interview_context
from interviewdesk.store.models import (
    Application,
    Assessment,
    Candidate,
    CandidateDocument,
    Competency,
    Interview,
    Interviewer,
    PanelMember,
    Question,
    Rating,
    Vacancy,
)

VACANCY = ("id", "uuid", "title", "department", "location", "text", "procedure_end")
COMPETENCY = ("id", "uuid", "vacancy_id", "position", "name", "kind", "weight", "description",
              "keywords", "anchor_1", "anchor_2", "anchor_3", "anchor_4", "anchor_5")
QUESTION = ("id", "uuid", "vacancy_id", "stage", "position", "text", "probes", "kind",
            "competency_id")
CANDIDATE = ("id", "uuid", "name")
CANDIDATE_DOCUMENTS = ("cv_text", "letter_text")
DOCUMENT = ("id", "candidate_id", "kind", "filename", "media_type", "content", "added_at")
APPLICATION = ("id", "uuid", "candidate_id", "vacancy_id")
INTERVIEWER = ("id", "uuid", "name", "job_title")
INTERVIEW = ("id", "uuid", "application_id", "scheduled_at", "planned_minutes", "location")
PANEL_MEMBER = ("id", "uuid", "interview_id", "interviewer_id", "role", "position")


def build_panel_package(db: Database, interview_id: int, panel_member_id: int, *,
                        with_documents: bool = False) -> Package:
    """The panel package of ``interview_id`` for the panel member ``panel_member_id``.

    Raises ``LookupError`` for an unknown interview or a member not on its panel.
    """
    with db.session() as session:
        context = interview_context(session, interview_id)
        member = session.get(PanelMember, panel_member_id)
        if member is None or member.interview_id != interview_id:
            raise LookupError(f"Panel member {panel_member_id} is not on interview "
                              f"{interview_id}.")
        vacancy_id = int(context.vacancy.id or 0)
        package = new_package("panel", {
            "interview": context.interview.uuid,
            "panel_member": member.uuid,
            "with_documents": with_documents,
        })
        seats = list(session.exec(select(PanelMember).where(
            PanelMember.interview_id == interview_id).order_by(col(PanelMember.position))))
        people = [session.get(Interviewer, seat.interviewer_id) for seat in seats]
        candidate_fields = CANDIDATE + (CANDIDATE_DOCUMENTS if with_documents else ())

        def put(model: Any, objects: list[Any], fields: tuple[str, ...]) -> None:
            table = model.__table__
            package.tables[table_name(model)] = [
                encode_row(package, table, thing, fields) for thing in objects]

        put(Vacancy, [context.vacancy], VACANCY)
        put(Competency, list(session.exec(select(Competency).where(
            Competency.vacancy_id == vacancy_id).order_by(col(Competency.position),
                                                          col(Competency.id)))), COMPETENCY)
        put(Question, list(session.exec(select(Question).where(
            Question.vacancy_id == vacancy_id, col(Question.interview_id).is_(None)
        ).order_by(col(Question.stage), col(Question.position), col(Question.id)))), QUESTION)
        put(Candidate, [context.candidate], candidate_fields)
        put(Application, [context.application], APPLICATION)
        put(Interviewer, [person for person in people if person is not None], INTERVIEWER)
        put(Interview, [context.interview], INTERVIEW)
        put(PanelMember, seats, PANEL_MEMBER)
        if with_documents:
            put(CandidateDocument, list(session.exec(select(CandidateDocument).where(
                CandidateDocument.candidate_id == context.candidate.id).order_by(
                    col(CandidateDocument.id)))), DOCUMENT)
        return package


def import_panel(session: Session, package: Package) -> tuple[int, int, Tally]:
    """Create or update the package's vacancy, candidate and interview in the caller's
    transaction; returns the local interview id, the local id of the panel member the
    package is for, and what changed.

    Everything is checked before the first write; a competency that was removed on
    the chair's laptop but is scored on this one stops the import (nothing is lost).
    """
    with_documents = package.header.get("with_documents") is True
    rows = {
        "vacancy": rows_of(package, Vacancy, VACANCY),
        "competency": rows_of(package, Competency, COMPETENCY),
        "question": rows_of(package, Question, QUESTION),
        "candidate": rows_of(package, Candidate,
                             CANDIDATE + (CANDIDATE_DOCUMENTS if with_documents else ())),
        "application": rows_of(package, Application, APPLICATION),
        "interviewer": rows_of(package, Interviewer, INTERVIEWER),
        "interview": rows_of(package, Interview, INTERVIEW),
        "panelmember": rows_of(package, PanelMember, PANEL_MEMBER),
        "candidatedocument": rows_of(package, CandidateDocument, DOCUMENT)
        if with_documents else [],
    }
    _check_shape(package, rows, with_documents)
    _check_destination(session, package, rows)

    tally = Tally()
    ids: dict[str, dict[int, int]] = {name: {} for name in rows}

    def put(name: str, model: Any, row: dict[str, Any], refs: dict[str, str],
            on_create: dict[str, Any] | None = None) -> Any:
        values = dict(row)
        for column, parent in refs.items():
            if values[column] is not None:
                values[column] = ids[parent][values[column]]
        thing = upsert(session, model, values, tally, on_create=on_create)
        ids[name][row["id"]] = int(thing.id)
        return thing

    (vacancy_row,) = rows["vacancy"]
    vacancy = put("vacancy", Vacancy, vacancy_row, {})
    for row in rows["competency"]:
        put("competency", Competency, row, {"vacancy_id": "vacancy"})
    _remove_missing_competencies(session, int(vacancy.id), set(ids["competency"].values()),
                                 tally)
    for row in rows["question"]:
        put("question", Question, row, {"vacancy_id": "vacancy", "competency_id": "competency"})
    for question in session.exec(select(Question).where(
            Question.vacancy_id == vacancy.id, col(Question.interview_id).is_(None))):
        if question.id not in set(ids["question"].values()):
            session.delete(question)
            tally.removed["question"] += 1
    (candidate_row,) = rows["candidate"]
    candidate = put("candidate", Candidate, candidate_row, {})
    (application_row,) = rows["application"]
    put("application", Application, application_row,
        {"candidate_id": "candidate", "vacancy_id": "vacancy"}, {"status": "invited"})
    for row in rows["interviewer"]:
        put("interviewer", Interviewer, row, {})
    (interview_row,) = rows["interview"]
    interview = put("interview", Interview, interview_row, {"application_id": "application"})
    for row in rows["panelmember"]:
        put("panelmember", PanelMember, row,
            {"interview_id": "interview", "interviewer_id": "interviewer"})
    kept = set(ids["panelmember"].values())
    for seat in session.exec(select(PanelMember).where(PanelMember.interview_id == interview.id)):
        has_form = session.exec(select(Assessment.id).where(
            Assessment.panel_member_id == seat.id)).first() is not None
        if seat.id not in kept and not has_form:
            session.delete(seat)
            tally.removed["panelmember"] += 1
    if with_documents:
        _replace_documents(session, int(candidate.id), rows["candidatedocument"], tally)
    session.flush()
    member = session.exec(select(PanelMember).where(
        PanelMember.uuid == package.header["panel_member"])).one()
    return int(interview.id), int(member.id or 0), tally


def _check_shape(package: Package, rows: dict[str, list[dict[str, Any]]],
                 with_documents: bool) -> None:
    for name in ("vacancy", "candidate", "application", "interview"):
        if len(rows[name]) != 1:
            raise PackageError(f"A panel package holds exactly one {name}; this one holds "
                               f"{len(rows[name])}.")
    if not rows["panelmember"]:
        raise PackageError("The panel package names no panel.")
    known = {name: {row["id"] for row in table} for name, table in rows.items()}
    require_refs(rows["competency"], "vacancy_id", known["vacancy"], "competency")
    require_refs(rows["question"], "vacancy_id", known["vacancy"], "question")
    require_refs(rows["question"], "competency_id", known["competency"], "question",
                 nullable=True)
    require_refs(rows["application"], "candidate_id", known["candidate"], "application")
    require_refs(rows["application"], "vacancy_id", known["vacancy"], "application")
    require_refs(rows["interview"], "application_id", known["application"], "interview")
    require_refs(rows["panelmember"], "interview_id", known["interview"], "panelmember")
    require_refs(rows["panelmember"], "interviewer_id", known["interviewer"], "panelmember")
    require_refs(rows["candidatedocument"], "candidate_id", known["candidate"],
                 "candidatedocument")
    if rows["interview"][0]["uuid"] != package.header.get("interview"):
        raise PackageError("The panel package's manifest names another interview than it holds.")
    if package.header.get("panel_member") not in {row["uuid"] for row in rows["panelmember"]}:
        raise PackageError("The panel package is for someone who is not on its panel.")
    if not with_documents and "candidatedocument" in package.tables:
        raise PackageError("The panel package holds documents its manifest does not announce.")


def _check_destination(session: Session, package: Package,
                       rows: dict[str, list[dict[str, Any]]]) -> None:
    """A panel package goes to its member's laptop only. Read back on the laptop that
    made it, or on another member's, it would let that laptop return a form that is not
    its own (and so show one member's scores to another)."""
    local = session.exec(select(Interview).where(
        Interview.uuid == rows["interview"][0]["uuid"])).first()
    if local is None:
        return
    scorer = scoring_member(session, int(local.id or 0))
    if scorer is None:
        raise PackageError(
            "This laptop holds the interview this panel package was made from; import the "
            "package on the panel member's own laptop. Nothing was imported."
        )
    member = session.get(PanelMember, scorer)
    if member is None or member.uuid != package.header.get("panel_member"):
        raise PackageError(
            "This laptop already scores this interview for another panel member; this "
            "package is for someone else, so it belongs on their laptop. Nothing was imported."
        )


def _remove_missing_competencies(session: Session, vacancy_id: int, kept: set[int],
                                 tally: Tally) -> None:
    """Competencies the chair removed go here too, unless someone scored them here."""
    for competency in session.exec(select(Competency).where(
            Competency.vacancy_id == vacancy_id)):
        if competency.id in kept:
            continue
        scored = session.exec(select(Rating.id).where(
            Rating.competency_id == competency.id)).first()
        if scored is not None:
            raise PackageError(
                f"The competency '{competency.name}' was removed from the vacancy on the "
                "chair's laptop, but it is scored on this one; nothing was imported. Ask "
                "the chair about it before importing this package."
            )
        session.delete(competency)
        tally.removed["competency"] += 1
    session.flush()


def _replace_documents(session: Session, candidate_id: int, documents: list[dict[str, Any]],
                       tally: Tally) -> None:
    """The candidate's original files as the package has them; unchanged ones stay."""
    local = list(session.exec(select(CandidateDocument).where(
        CandidateDocument.candidate_id == candidate_id)))
    wanted = {(d["kind"], d["filename"], d["content"]) for d in documents}
    present = {(d.kind, d.filename, d.content) for d in local}
    for document in local:
        if (document.kind, document.filename, document.content) not in wanted:
            session.delete(document)
            tally.removed["candidatedocument"] += 1
    for document in documents:
        if (document["kind"], document["filename"], document["content"]) not in present:
            values = {k: v for k, v in document.items() if k not in ("id", "candidate_id")}
            session.add(CandidateDocument(candidate_id=candidate_id, **values))
            tally.created["candidatedocument"] += 1
