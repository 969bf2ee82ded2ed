"""Every route to another panel member's assessment, in one table, each proven to
refuse while the round is open — to a member who has not submitted (René Mulder in
the example's waiting interview) and to someone with no identity here (the command
line, a printed document) — and, where the route shows assessments at all, to show
them once the chair has closed the round. The table is the point: the last test
fails for a module that reads another member's assessment without being in it, so
the next route someone adds must join the table (and this proof).

The rule itself is ``interviewdesk.domain.blind``; the routes are the screens,
documents and commands that ask it (through the store).
"""

import ast
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

import interviewdesk
from interviewdesk import cli
from interviewdesk.example.database import ExampleIds
from interviewdesk.reports import (
    DocumentExportError,
    write_assessment_form,
    write_comparison,
    write_interview_report,
)
from interviewdesk.store import audit, pins
from interviewdesk.store.assessments import (
    ScoresHidden,
    close_round,
    follow_up,
    panel_scores,
    read_form,
    status_of_forms,
    vacancy_comparison,
)
from interviewdesk.store.database import Database
from interviewdesk.ui.assessment.form_chooser import RaterChooser
from interviewdesk.ui.assessment.identity import PinDialog
from interviewdesk.ui.assessment.panel_cells import ScoreCell
from tests.reports.pdf_support import text_of
from tests.ui.assessment.panel_fixtures import visible_texts
from tests.ui.modal import when_modal

SANNE_PIN = "1357"


@dataclass
class World:
    """What a route needs: the store, the example, the asker, a folder, the Qt bot."""

    db: Database
    ids: ExampleIds
    data_dir: Path
    tmp: Path
    qtbot: Any
    settings: Any
    asker: int | None  # René Mulder (not submitted), or None (no identity)
    secrets: list[str]

    @property
    def interview(self) -> int:
        return self.ids.waiting_interview_id

    @property
    def sanne(self) -> int:
        return self.ids.waiting_panel_member_ids[0]

    def reveals(self, text: str) -> bool:
        """Whether ``text`` holds what Sanne or Inge wrote in their forms."""
        flat = " ".join(text.split())
        return any(secret in flat for secret in self.secrets)


Route = Callable[[World], bool]


@dataclass(frozen=True)
class Entry:
    """One route: what it is, the modules it lives in, how to take it (``True``: it
    showed another member's assessment), and whether it shows assessments at all
    (routes that never do prove that they do not, in both states)."""

    name: str
    modules: tuple[str, ...]
    take: Route
    shows_assessments: bool = True


# -- the routes ------------------------------------------------------------------------


def store_matrix(w: World) -> bool:
    try:
        view = panel_scores(w.db, w.interview, w.asker)
    except ScoresHidden:
        return False
    return any(rater.panel_member_id != w.asker for rater in view.raters)


def store_form(w: World) -> bool:
    try:
        return w.reveals(repr(read_form(w.db, w.interview, w.sanne, w.asker)))
    except ScoresHidden:
        return False


def store_comparison(w: World) -> bool:
    rows = vacancy_comparison(w.db, w.ids.vacancy_id).rows
    return next(r for r in rows if r.interview_id == w.interview).overall is not None


def store_follow_up_and_states(w: World) -> bool:
    return w.reveals(repr(follow_up(w.db)) + repr(status_of_forms(w.db, w.interview))
                     + repr(audit.trail(w.db, w.interview)))


def store_calibration(w: World) -> bool:
    from interviewdesk.store.calibration import calibration_data

    data = calibration_data(w.db, w.ids.vacancy_id)
    return any(rating.interview == w.interview for rating in data.ratings)


def pdf_calibration(w: World) -> bool:
    """The calibration document counts the waiting interview only once it is closed:
    its header counts the closed rounds of the example vacancy (one before)."""
    from interviewdesk.reports import write_calibration

    text = text_of(write_calibration(w.db, w.ids.vacancy_id, w.tmp / "cal.pdf",
                                     language="en"))
    return "2 interviews;" in text


def ui_calibration_view(w: World) -> bool:
    """The calibration view counts the waiting interview only once it is closed (one
    closed round before), whoever looks."""
    from interviewdesk.domain.agenda import default_agenda
    from interviewdesk.ui.calibration.window import CalibrationWindow

    view = CalibrationWindow(w.db, default_agenda())
    w.qtbot.addWidget(view)
    view.choose_vacancy(w.ids.vacancy_id)
    shown = "Closed rounds counted: 2." in view.summary.text()
    view.close()
    return shown


def pdf_report(w: World) -> bool:
    return w.reveals(text_of(write_interview_report(w.db, w.interview, w.tmp / "r.pdf")))


def pdf_form(w: World) -> bool:
    try:
        path = write_assessment_form(w.db, w.interview, w.sanne, w.tmp / "f.pdf",
                                     asker=w.asker)
    except DocumentExportError as refused:
        assert refused.reason == "form_hidden"
        return False
    return w.reveals(text_of(path))


def pdf_comparison(w: World) -> bool:
    text = text_of(write_comparison(w.db, w.ids.vacancy_id, w.tmp / "c.pdf"))
    return "Wacht op het formulier van René Mulder" not in " ".join(text.split())


def cli_export_form(w: World) -> bool:
    output = w.tmp / "cli-form.pdf"
    code = cli.main(["--data-dir", str(w.data_dir), "export", "form", "--interview",
                     str(w.interview), "--panel-member", "Sanne", "-o", str(output)])
    return code == 0 and w.reveals(text_of(output))


def cli_export_report(w: World) -> bool:
    output = w.tmp / "cli-report.pdf"
    assert cli.main(["--data-dir", str(w.data_dir), "export", "report", "--interview",
                     str(w.interview), "-o", str(output)]) == 0
    return w.reveals(text_of(output))


def ui_panel_window(w: World) -> bool:
    from interviewdesk.ui.assessment.panel_window import PanelWindow

    window = PanelWindow(w.db, w.data_dir, w.settings, w.interview)
    w.qtbot.addWidget(window)
    window.show()
    if window.stack.currentWidget() is window.chooser:
        window.look_as(w.asker)
    shown = bool(window.findChildren(ScoreCell)) or w.reveals("\n".join(visible_texts(window)))
    window.close()
    return shown


def _open_sanne_as_someone_else(w: World, opener: Callable[[], Any]) -> bool:
    """Try to open Sanne's form; whoever is at the keyboard does not know her PIN."""
    script = when_modal(PinDialog, lambda dialog: dialog.reject())
    window = opener()
    assert len(script.seen) == 1, "her PIN was not asked"
    return window is not None


def ui_stage_8(w: World) -> bool:
    from interviewdesk.ui.wizard import InterviewWindow

    interview_window = InterviewWindow(w.db, w.data_dir, w.settings, w.interview)
    w.qtbot.addWidget(interview_window)
    interview_window.show()
    interview_window.go_to("assessment")
    section = interview_window.pages["assessment"].section
    shown = w.reveals("\n".join(visible_texts(interview_window)))
    opened = _open_sanne_as_someone_else(
        w, lambda: section.panel.button(w.sanne).click() or section._form_windows.get(w.sanne))
    interview_window.close()
    return shown or opened


def ui_form_chooser(w: World) -> bool:
    from interviewdesk.ui.assessment.form_window import open_assessment_form

    chooser = when_modal(RaterChooser, lambda dialog: dialog.buttons[w.sanne].click())
    opened = _open_sanne_as_someone_else(w, lambda: open_assessment_form(
        None, w.db, w.data_dir, w.settings, w.interview))
    assert len(chooser.seen) == 1
    return opened


def ui_own_form_window(w: World) -> bool:
    """René's own form: his ratings and the interview notes, nothing of the others."""
    from interviewdesk.ui.assessment.form_window import open_assessment_form

    rene = w.ids.waiting_panel_member_ids[1]
    window = open_assessment_form(None, w.db, w.data_dir, w.settings, w.interview, rene)
    assert window is not None
    shown = w.reveals("\n".join(visible_texts(window)))
    window.close()
    return shown


def ui_comparison_tab(w: World) -> bool:
    from interviewdesk.ui.assessment.comparison_view import ComparisonView

    view = ComparisonView()
    w.qtbot.addWidget(view)
    view.load(w.db, w.ids.vacancy_id)
    texts = "\n".join(visible_texts(view))
    view.close()
    return "Awaiting forms (missing: René Mulder)" not in texts


def ui_follow_up(w: World) -> bool:
    from PySide6.QtCore import Qt

    from interviewdesk.ui.home.follow_up import FollowUpSection

    section = FollowUpSection()
    w.qtbot.addWidget(section)
    section.set_follow_up(follow_up(w.db))
    model = section.model
    texts = [str(model.index(row, 0).data(role)) for row in range(model.rowCount())
             for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)]
    assert any("René Mulder" in text for text in texts)  # his open form is chased
    return w.reveals("\n".join([*texts, section.heading.text(), section.overdue.text()]))


def exchange_return_package(w: World) -> bool:
    """A return package of Sanne's form, made on a laptop that is not hers: refused,
    before and after the round (it would carry her form to whoever asks)."""
    from interviewdesk.exchange import PackageError, build_return_package

    try:
        build_return_package(w.db, w.interview, w.sanne)
    except PackageError:
        return False
    return True


def exchange_returned_changes(w: World) -> bool:
    """The returned changes the chair reviews show scores only through the gate (the
    exchange tests hold a real pending change; the example has none to show)."""
    from interviewdesk.exchange import returned_changes

    return any(change.scores_visible and change.ratings
               for change in returned_changes(w.db, w.interview, w.asker))


def exchange_take_offline(w: World) -> bool:
    """An interview taken offline to a laptop carries the taker's own form and the
    others' only once the round is closed (the laptop's database is read whole), and
    the panel's consensus only then too."""
    import uuid

    from sqlmodel import select

    from interviewdesk.exchange.offline import take_offline
    from interviewdesk.exchange.offline_marks import release
    from interviewdesk.store.models import Assessment, PanelMember, Rating
    from interviewdesk.store.startup import open_store

    as_interviewer = None
    if w.asker is not None:
        with w.db.session() as session:
            seat = session.get(PanelMember, w.asker)
            assert seat is not None
            as_interviewer = seat.interviewer_id
    # The panel's consensus travels with the matrix only (blind.matrix_refusal).
    from interviewdesk.store.assessments import record_consensus
    from interviewdesk.store.models import ConsensusScore

    record_consensus(w.db, w.interview, w.ids.competency_ids[0], 3, "Consensus secret")
    folder = w.tmp / f"laptop-{uuid.uuid4().hex[:8]}"
    laptop = open_store(folder)
    try:
        take_offline(w.db, laptop, [w.interview], data_dir=folder,
                     as_interviewer=as_interviewer)
        release(w.db, w.interview)
        with laptop.session() as session:
            texts = [f"{a.strengths} {a.weaknesses}" for a in session.exec(select(Assessment))]
            texts += [r.evidence for r in session.exec(select(Rating))]
            forms = len(texts)
            agreed = [c.reason for c in session.exec(select(ConsensusScore))]
    finally:
        laptop.close()
    closed = "Consensus secret" in agreed
    return w.reveals("\n".join(texts)) or (forms > 0 and w.asker is None) or closed


def _second_round(w: World) -> int:
    """A second-round interview after the waiting interview (made once per test)."""
    from sqlmodel import select

    from interviewdesk.store.interviews import InterviewDraft, PanelSeat, save_interview
    from interviewdesk.store.models import Application, Interview

    with w.db.session() as session:
        found = session.exec(select(Interview.id).where(
            Interview.follows_interview_id == w.interview)).first()
        if found is not None:
            return int(found)
        first = session.get(Interview, w.interview)
        assert first is not None
        application = session.get(Application, first.application_id)
        assert application is not None
        candidate, vacancy = application.candidate_id, application.vacancy_id
    return save_interview(w.db, InterviewDraft(
        candidate_id=candidate, vacancy_id=vacancy,
        panel=[PanelSeat(w.ids.interviewer_ids[0], "chair")], follows_interview_id=w.interview))


def store_first_round(w: World) -> bool:
    """What a second round reads of the first: scores only once it is closed."""
    from interviewdesk.store.assessments.first_round import first_round_of

    first = first_round_of(w.db, _second_round(w))
    assert first is not None
    return bool(first.discussed or first.consensus or first.overall is not None) \
        or w.reveals(repr(first))


def ui_first_round(w: World) -> bool:
    """The preparation page of the second round: the first round's scores only once
    that round is closed."""
    from interviewdesk.ui.wizard import InterviewWindow

    window = InterviewWindow(w.db, w.data_dir, w.settings, _second_round(w))
    w.qtbot.addWidget(window)
    window.show()
    window.go_to("preparation")
    box = window.pages["preparation"].section.first_round
    assert box.isVisible() and box.open_points.isVisible()
    texts = "\n".join(visible_texts(window))
    shown = (box.discussed.isVisible() or box.consensus.isVisible()
             or "Weighted total" in box.decision.text() or w.reveals(texts))
    assert shown != box.hidden_note.isVisible()
    window.close()
    return shown


ROUTES: tuple[Entry, ...] = (
    Entry("store: the panel matrix", ("store/assessments/panel.py",), store_matrix),
    Entry("store: a member's form", ("store/assessments/forms.py",), store_form),
    Entry("store: the comparison", ("store/assessments/comparison.py",), store_comparison),
    Entry("store: follow-up, form states, audit trail",
          ("store/assessments/reminders.py", "store/audit.py"), store_follow_up_and_states,
          shows_assessments=False),
    Entry("store: the first round, read by the second", ("store/assessments/first_round.py",),
          store_first_round),
    Entry("store: calibration (closed rounds only)", ("store/calibration.py",),
          store_calibration),
    Entry("PDF: calibration", ("reports/calibration.py",), pdf_calibration),
    Entry("window: calibration view", ("ui/calibration/window.py",), ui_calibration_view),
    Entry("PDF: interview report", ("reports/sources.py",), pdf_report),
    Entry("PDF: assessment form (and every bundle of forms)", ("reports/sources.py",),
          pdf_form),
    Entry("PDF: comparison", ("reports/sources.py",), pdf_comparison),
    Entry("CLI: export form", ("cli.py",), cli_export_form),
    Entry("CLI: export report", ("cli.py",), cli_export_report),
    Entry("window: panel discussion (and its tooltips)", ("ui/assessment/panel_window.py",),
          ui_panel_window),
    Entry("window: interview window, stage 8", ("ui/wizard/sections/assessment.py",),
          ui_stage_8, shows_assessments=False),
    Entry("window: interview window, the first round on a second round's preparation",
          ("ui/wizard/sections/first_round.py",), ui_first_round),
    Entry("window: who fills in the form?", ("ui/assessment/form_chooser.py",),
          ui_form_chooser, shows_assessments=False),
    Entry("window: a member's own form", ("ui/assessment/form_window.py",),
          ui_own_form_window, shows_assessments=False),
    Entry("widget: comparison tab (and its tooltips)", ("ui/assessment/comparison_view.py",),
          ui_comparison_tab),
    Entry("widget: follow-up list", ("ui/home/follow_up.py", "ui/home/view.py"), ui_follow_up,
          shows_assessments=False),
    Entry("exchange: a return package of another member's form", ("exchange/returns.py",),
          exchange_return_package, shows_assessments=False),
    Entry("exchange: returned changes for the chair", ("exchange/changes.py",),
          exchange_returned_changes, shows_assessments=False),
    Entry("exchange: an interview taken offline from the team server",
          ("exchange/offline.py",), exchange_take_offline),
)

#: Modules that read assessments for the routes above, not routes of their own.
INNER_READERS = {
    "store/assessments/_reading.py": "the readers themselves",
    "store/assessments/__init__.py": "re-exports them",
    "ui/assessment/form_screenshot.py": "the screenshot tool, on the example's own form",
    "ui/screenshot.py": "the screenshot tool, picking a form from the follow-up (names)",
}


@pytest.fixture
def world(qtbot: Any, english: None, db: Database, data_dir: Path, settings: Any,
          example: ExampleIds, tmp_path: Path) -> Iterator[Callable[[int | None], World]]:
    """``world(asker)`` on the example, with Sanne's PIN set (nobody at the keyboard
    knows it) and the texts Sanne and Inge wrote in their forms as the secrets."""
    sanne, _rene, inge = example.waiting_panel_member_ids
    secrets = []
    notes = ""
    for member in (sanne, inge):
        form = read_form(db, example.waiting_interview_id, member, member)
        notes = " ".join(" ".join(n.text for n in form.notes).split())
        for text in [*(r.evidence for r in form.ratings.values()), form.strengths,
                     form.weaknesses]:
            flat = " ".join(text.split())[:50]
            if len(flat) > 20 and flat not in notes:  # not a quote of the shared notes
                secrets.append(flat)
    assert len(secrets) >= 4
    interviewer = next(s.interviewer_id for s in status_of_forms(db, example.waiting_interview_id)
                       if s.panel_member_id == sanne)
    pins.set_pin(db, interviewer, SANNE_PIN)
    yield lambda asker: World(db, example, data_dir, tmp_path, qtbot, settings, asker, secrets)
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget.windowTitle():
            widget.close()


@pytest.mark.parametrize("route", ROUTES, ids=[r.name for r in ROUTES])
def test_each_route_refuses_while_the_round_is_open_and_opens_with_it(
        route: Entry, world: Callable[[int | None], World], example: ExampleIds) -> None:
    rene = example.waiting_panel_member_ids[1]
    for asker in (rene, None):
        assert not route.take(world(asker)), f"{route.name} showed an assessment to {asker}"

    w = world(None)
    close_round(w.db, w.interview, w.sanne, "René is met verlof tot maart")

    assert route.take(world(rene)) == route.shows_assessments
    assert route.take(world(None)) == route.shows_assessments


def _readers_of_assessments() -> set[str]:
    """The modules that import a function handing out an assessment (or call the
    store's readers of other members' ratings)."""
    gated = {"panel_scores", "read_form", "vacancy_comparison", "open_form", "open_own_form",
             "load_form", "follow_up", "trail"}
    readers = {"submitted_ratings", "analysis", "own_ratings"}
    root = Path(interviewdesk.__file__).parent
    found = set()
    for path in root.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            imports = (isinstance(node, ast.ImportFrom) and node.module is not None
                       and node.module.startswith(("interviewdesk.store.assessments",
                                                   "interviewdesk.store.audit"))
                       and any(alias.name in gated for alias in node.names))
            reads = (isinstance(node, ast.Attribute) and node.attr in readers
                     and isinstance(node.value, ast.Name) and node.value.id == "reading")
            if imports or reads:
                found.add(path.relative_to(root).as_posix())
    return found


def test_every_module_that_reads_assessments_is_a_route_in_the_table() -> None:
    in_table = {module for route in ROUTES for module in route.modules}
    readers = _readers_of_assessments() - set(INNER_READERS)
    not_in_table = sorted(readers - in_table)
    assert not not_in_table, (
        f"{not_in_table} read(s) panel members' assessments: add the route to ROUTES "
        "with a test that it refuses before the round is closed")
