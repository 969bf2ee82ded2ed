"""The dossier a firm files: the interview report, the reference checks of the
application (if any), then every panel member's completed assessment form, in one PDF
numbered "page x of y" over the whole.

Blind scoring holds here as everywhere: the forms are built from the panel view the
store hands out behind its gate to someone outside the panel (``viewer None``), so
they appear only once every panel member has submitted. Until then the dossier is
the report alone, which says whose form is missing.

Each part keeps its own running header (report, then each form with its rater): a
mark at the start of a part tells the page canvas which header to draw on the pages
that follow, and the numbers are drawn at the end, when the total is known
(:mod:`.parts`).
"""

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.platypus import PageBreak

from interviewdesk.reports import privacy, sources
from interviewdesk.reports.assessment_form import form_story
from interviewdesk.reports.interview_report import report_story
from interviewdesk.reports.labels import check_language, format_date, label
from interviewdesk.reports.page import (
    APP_NAME,
    Layout,
    Metadata,
    Running,
    ensure_fonts,
    render,
    write_file,
)
from interviewdesk.reports.parts import PartMark, parts_canvas
from interviewdesk.reports.references import reference_story
from interviewdesk.store.assessments import (
    AssessmentForm,
    FormCompetency,
    FormRating,
    PanelView,
)
from interviewdesk.store.database import Database
from interviewdesk.store.rounds import application_of


def every_form_in(data: sources.ReportData) -> bool:
    """Every panel member submitted (and there is a panel): the forms may be filed."""
    return bool(data.forms) and all(form.state == "submitted" for form in data.forms)


def forms_from_view(data: sources.ReportData, view: PanelView) -> list[AssessmentForm]:
    """Each rater's completed form, rebuilt from the gated panel view and the
    vacancy's competencies (their anchors are no one's secret)."""
    session = data.session
    competencies = tuple(
        FormCompetency(c.id, c.name, c.kind, c.weight, c.description, c.anchors)
        for c in session.competencies)
    forms = []
    for index, rater in enumerate(view.raters):
        ratings: dict[int, FormRating] = {}
        for row in view.rows:
            score = row.scores[index]
            ratings[row.competency_id] = FormRating(
                row.competency_id, "scored" if score is not None else "not_assessed", score,
                row.evidence[index])
        forms.append(AssessmentForm(
            assessment_id=0, interview_id=session.interview_id,
            panel_member_id=rater.panel_member_id, rater_name=rater.name, role=rater.role,
            candidate_name=session.candidate_name, vacancy_title=session.vacancy_title,
            scheduled_at=session.scheduled_at, competencies=competencies, ratings=ratings,
            strengths=rater.strengths, weaknesses=rater.weaknesses,
            recommendation=rater.recommendation, submitted_at=rater.submitted_at))
    return forms


def write_dossier(db: Database, interview_id: int, output: Path, *, language: str = "nl",
                  page_size: str = "A4") -> Path:
    """Print the dossier of ``interview_id`` to ``output``: the report, then every
    panel member's completed form once every form is in."""
    check_language(language)
    layout = Layout(page_size)
    ensure_fonts(language)
    data = sources.report_data(db, interview_id, language)
    session = data.session
    printed = label("printed_on", language, date=format_date(date.today(), language))
    title = label("dossier.title", language)
    notice = privacy.notice_for_interview(db, interview_id, language)
    report_running = Running(
        header_left=f"{label('report.title', language)} · {session.vacancy_title}",
        header_right=session.candidate_name,
        footer_left=f"{APP_NAME} · {title} · {printed}", language=language, notice=notice)
    story: list[Any] = [PartMark(report_running), *report_story(data, language, layout)]
    application = application_of(db, interview_id)
    if application is not None:
        story += reference_story(db, application[0], application[1], language,
                                 layout.width)
    if data.panel is not None and every_form_in(data):
        form_title = label("form.title", language)
        for form in forms_from_view(data, data.panel):
            running = Running(
                header_left=f"{form_title} · {form.rater_name}",
                header_right=session.candidate_name,
                footer_left=f"{APP_NAME} · {title} · {printed}", language=language,
                notice=notice)
            story += [PageBreak(), PartMark(running), *form_story(form, language, layout)]
    metadata = Metadata(
        title=f"{title} – {session.candidate_name} – {session.vacancy_title}",
        author=APP_NAME,
        subject=label("dossier.subject", language, candidate=session.candidate_name,
                      vacancy=session.vacancy_title),
        language=language, keywords=(APP_NAME, title))
    data_bytes = render(story, layout, report_running, metadata,
                        canvas_class=parts_canvas(report_running))
    return write_file(output, data_bytes, language)
