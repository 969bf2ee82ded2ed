"""The home view's follow-up: who waits for feedback, whose assessment is open, and
"Feedback given" — through the real sidebar, on the example data."""

import re
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel
from sqlmodel import select

from interviewdesk.domain.scales import RECOMMENDATIONS
from interviewdesk.example import panel_texts as example_panel_texts
from interviewdesk.example.database import ExampleIds, load_example
from interviewdesk.store.assessments import AwaitingFeedback, OpenAssessment
from interviewdesk.store.database import Database
from interviewdesk.store.models import Application, Decision, Interview
from interviewdesk.ui.home import HomeView
from interviewdesk.ui.home.follow_up import FollowUpSection
from interviewdesk.ui.home.models import SUBTITLE_ROLE
from interviewdesk.ui.main_window import MainWindow


@pytest.fixture
def example(db: Database) -> ExampleIds:
    return load_example(db)


@pytest.fixture
def home(main_window: MainWindow, example: ExampleIds, qtbot: Any) -> HomeView:
    """The home view on the example, with its follow-up read."""
    main_window.home.refresh()
    main_window.show_view("home")
    wait_for_follow_up(qtbot, main_window.home)
    return main_window.home


def wait_for_follow_up(qtbot: Any, home: HomeView) -> None:
    qtbot.waitUntil(lambda: home.sidebar.follow_up.loaded and not home.follow_up_pending())


def rows(section: FollowUpSection) -> list[tuple[str, str]]:
    model = section.model
    return [(model.index(r, 0).data(), model.index(r, 0).data(SUBTITLE_ROLE))
            for r in range(model.rowCount())]


def position(section: FollowUpSection, name: str) -> int:
    for row, (title, _subtitle) in enumerate(rows(section)):
        if name in title:
            return row
    raise AssertionError(f"{name} is not in the follow-up: {rows(section)}")


def click_row(section: FollowUpSection, row: int) -> None:
    rect = section.view.visualRect(section.model.index(row, 0))
    QTest.mouseClick(section.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def application_status(db: Database, candidate_id: int) -> str:
    with db.session() as session:
        return session.exec(select(Application.status).where(
            Application.candidate_id == candidate_id)).one()


def test_follow_up_is_read_after_the_rest_of_the_view(
        main_window: MainWindow, example: ExampleIds, qtbot: Any) -> None:
    home = main_window.home
    home.refresh()
    assert home.follow_up_pending()  # not read while the window is being built
    with qtbot.waitSignal(home.follow_up_loaded):
        pass
    assert home.sidebar.follow_up.model.rowCount() == 3


def test_overdue_feedback_is_marked_by_sign_and_word_not_colour_alone(home: HomeView) -> None:
    section = home.sidebar.follow_up
    assert section.heading.text() == "Follow-up"
    assert section.overdue.isVisible()
    assert section.overdue.text() == "! 1 overdue"
    shown = rows(section)
    # Thijs: feedback promised at the interview's close, now overdue; Daniëlle: the
    # panel decided, feedback due in a few days; René's form for Thijs is open.
    assert shown[0][0] == "! Thijs van Dijk"
    assert shown[0][1].startswith("Overdue · due ")
    assert "Servicemonteur" in shown[0][1]
    assert shown[1][0] == "Daniëlle Kok"
    assert shown[1][1].startswith("Feedback by ")
    assert "overdue" not in shown[1][1].lower() and "!" not in shown[1][0]
    assert shown[2] == ("René Mulder — Thijs van Dijk",
                        shown[2][1])
    assert shown[2][1].startswith("Form in progress · interview ")
    assert section.model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert section.model.index(1, 0).data(Qt.ItemDataRole.FontRole) is None


def _texts(root: Any, sections: tuple[Any, ...]) -> list[str]:
    texts = [label.text() for label in root.findChildren(QLabel)]
    texts += [button.text() for button in root.findChildren(QAbstractButton)]
    texts += [widget.toolTip() for widget in root.findChildren(QAbstractButton)]
    for section in sections:
        model = section.model
        texts += [action.text() for action in section.view.actions()]
        for row in range(model.rowCount()):
            for role in (Qt.ItemDataRole.DisplayRole, SUBTITLE_ROLE,
                         Qt.ItemDataRole.ToolTipRole):
                texts.append(str(model.index(row, 0).data(role) or ""))
    return texts


def test_no_score_appears_in_the_sidebar(home: HomeView) -> None:
    section = home.sidebar.follow_up
    for row in range(section.model.rowCount()):  # every row's button text and tip too
        section.view.setCurrentIndex(section.model.index(row, 0))
        sidebar = home.sidebar
        texts = " ".join(_texts(sidebar, (sidebar.vacancies, sidebar.upcoming, section)))
        assert not re.search(r"\d[.,]\d", texts), texts  # no mean or weighted total
        assert "score" not in texts.lower()
        ours = " ".join(_texts(section, (section,)))
        for choice in RECOMMENDATIONS:
            label = choice.label.in_language("en")
            assert not re.search(rf"\b{label}\b", ours), ours
        for interview in example_panel_texts.PAST_INTERVIEWS:
            for form in interview.forms:
                for _score, evidence in form.ratings.values():
                    assert not evidence or evidence[:40] not in texts
                assert not form.strengths or form.strengths[:40] not in texts


def test_clicking_awaiting_feedback_shows_the_candidate_and_offers_feedback_given(
        home: HomeView, example: ExampleIds) -> None:
    section = home.sidebar.follow_up
    assert not section.next_button.isEnabled()
    row = position(section, "Daniëlle Kok")
    click_row(section, row)
    daniëlle = example.candidate_ids[2]
    assert home.selected_candidate_id() == daniëlle
    assert home.selected_vacancy_id() == example.vacancy_id
    assert section.next_button.isEnabled()
    assert section.next_button.text() == "Feedback given…"
    assert section.feedback_action.isEnabled()


def test_feedback_given_changes_the_status_and_removes_the_row(
        home: HomeView, main_window: MainWindow, example: ExampleIds, db: Database,
        messages: Any, qtbot: Any) -> None:
    section = home.sidebar.follow_up
    daniëlle = example.candidate_ids[2]
    assert application_status(db, daniëlle) == "decided"
    click_row(section, position(section, "Daniëlle Kok"))

    QTest.mouseClick(section.next_button, Qt.MouseButton.LeftButton)

    assert messages.names() == ["ask"]
    assert "Next round" in messages.texts("ask")[0]
    assert application_status(db, daniëlle) == "invited"  # on to the next round
    wait_for_follow_up(qtbot, home)
    assert all("Daniëlle" not in title for title, _sub in rows(section))
    assert len(rows(section)) == 2
    assert "Feedback to Daniëlle Kok recorded" in main_window.statusBar().currentMessage()
    candidates = home.detail.candidates.model
    shown = {candidates.index(r, 0).data(): candidates.index(r, 1).data()
             for r in range(candidates.rowCount())}
    assert shown["Daniëlle Kok"] == "Invited"


def test_feedback_not_confirmed_changes_nothing(
        home: HomeView, example: ExampleIds, db: Database, messages: Any) -> None:
    section = home.sidebar.follow_up
    messages.answer = False
    click_row(section, position(section, "Daniëlle Kok"))
    section.feedback_action.trigger()
    assert messages.names() == ["ask"]
    assert application_status(db, example.candidate_ids[2]) == "decided"
    assert position(section, "Daniëlle Kok") is not None


def _put_on_hold(db: Database, interview_id: int) -> None:
    with db.session() as session:
        decision = session.exec(select(Decision).where(
            Decision.interview_id == interview_id)).one()
        decision.outcome = "hold"
        session.add(decision)


def test_on_hold_asks_for_the_next_feedback_date(
        home: HomeView, example: ExampleIds, db: Database, messages: Any, qtbot: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from interviewdesk.ui.home import feedback_date

    _put_on_hold(db, example.completed_interview_id)
    later = date.today() + timedelta(days=10)
    asked: list[tuple[str, date]] = []

    def answer(_parent: Any, name: str, suggested: date) -> date:
        asked.append((name, suggested))
        return later

    monkeypatch.setattr(feedback_date, "ask_next_feedback_date", answer)
    section = home.sidebar.follow_up
    click_row(section, position(section, "Daniëlle Kok"))
    QTest.mouseClick(section.next_button, Qt.MouseButton.LeftButton)

    assert [name for name, _day in asked] == ["Daniëlle Kok"]
    assert asked[0][1] > date.today()
    assert messages.names() == []  # the date dialog is the confirmation
    assert application_status(db, example.candidate_ids[2]) == "decided"  # still waiting
    with db.session() as session:
        assert session.get(Interview, example.completed_interview_id).feedback_date == later
    wait_for_follow_up(qtbot, home)
    shown = rows(section)[position(section, "Daniëlle Kok")]
    assert shown[1].startswith("Feedback by ")


def test_on_hold_without_a_date_records_nothing(
        home: HomeView, example: ExampleIds, db: Database,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from interviewdesk.ui.home import feedback_date

    _put_on_hold(db, example.completed_interview_id)
    monkeypatch.setattr(feedback_date, "ask_next_feedback_date", lambda *_args: None)
    section = home.sidebar.follow_up
    click_row(section, position(section, "Daniëlle Kok"))
    section.feedback_action.trigger()
    with db.session() as session:
        decision = session.exec(select(Decision).where(
            Decision.interview_id == example.completed_interview_id)).one()
        assert decision.feedback_date != date.today() + timedelta(days=7)


def test_the_date_dialog_offers_a_date_from_today(qtbot: Any, english: None) -> None:
    from interviewdesk.ui.home.feedback_date import FeedbackDateDialog

    suggested = date.today() + timedelta(days=7)
    dialog = FeedbackDateDialog("Daniëlle Kok", suggested)
    qtbot.addWidget(dialog)
    assert dialog.chosen() == suggested
    assert "Daniëlle Kok" in dialog.findChildren(QLabel)[0].text()
    dialog.date_edit.setDate(dialog.date_edit.minimumDate().addDays(-5))
    assert dialog.chosen() == date.today()  # never before today


def test_undecided_feedback_leads_to_the_panel_discussion(
        home: HomeView, example: ExampleIds, qtbot: Any) -> None:
    section = home.sidebar.follow_up
    click_row(section, position(section, "Thijs van Dijk"))
    assert section.next_button.text() == "Panel discussion…"
    assert not section.feedback_action.isEnabled()  # nothing decided to tell yet
    with qtbot.waitSignal(home.panel_discussion_requested) as signal:
        QTest.mouseClick(section.next_button, Qt.MouseButton.LeftButton)
    assert signal.args == [example.waiting_interview_id]


def test_activating_an_open_assessment_opens_that_members_form(
        home: HomeView, main_window: MainWindow, example: ExampleIds, qtbot: Any) -> None:
    from interviewdesk.ui.assessment.form_window import AssessmentFormWindow

    section = home.sidebar.follow_up
    row = position(section, "René Mulder")
    item = section.model.row_at(row)
    assert isinstance(item, OpenAssessment)
    rect = section.view.visualRect(section.model.index(row, 0))
    QTest.mouseClick(section.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(section.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    windows = main_window.assessment_windows.open_windows()
    assert len(windows) == 1
    form = windows[0]
    assert isinstance(form, AssessmentFormWindow)
    qtbot.addWidget(form)
    assert form.form.interview_id == example.waiting_interview_id
    assert form.form.panel_member_id == item.panel_member_id
    assert form.form.rater_name == "René Mulder"
    # Asking again brings the same window forward.
    section.form_action.trigger()
    assert main_window.assessment_windows.open_windows() == [form]
    form.close()
    assert main_window.assessment_windows.open_windows() == []


def test_the_follow_up_keeps_its_selection_across_a_reload(home: HomeView) -> None:
    section = home.sidebar.follow_up
    row = position(section, "René Mulder")
    click_row(section, row)
    home.load_follow_up()
    assert isinstance(section.selected(), OpenAssessment)
    assert section.next_button.text() == "Assessment form…"


def test_nothing_to_follow_up_says_so(main_window: MainWindow, records: Any,
                                      qtbot: Any) -> None:
    records.vacancy("Planner")
    home = main_window.home
    home.refresh()
    main_window.show_view("home")
    wait_for_follow_up(qtbot, home)
    section = home.sidebar.follow_up
    assert section.empty.isVisible()
    assert section.empty.text().startswith("Nothing to follow up")
    assert not section.view.isVisible()
    assert not section.next_button.isVisible()
    assert not section.overdue.isVisible()


def test_awaiting_rows_are_dated_plainly(english: None) -> None:
    from datetime import datetime

    from interviewdesk.store.assessments import FollowUp
    from interviewdesk.ui.home.follow_up import FollowUpModel

    today = date(2026, 11, 25)
    due_today = AwaitingFeedback(1, 1, 1, "Sanne", 1, "Planner",
                                 datetime(2026, 11, 20, 9), today, False, True)
    last_year = AwaitingFeedback(2, 2, 2, "Bram", 1, "Planner",
                                 datetime(2025, 12, 1, 9), date(2025, 12, 8), True, False)
    model = FollowUpModel()
    model.set_follow_up(FollowUp((last_year, due_today), ()), today)
    first, second = (model.index(r, 0) for r in range(2))
    assert first.data() == "! Bram"
    assert first.data(SUBTITLE_ROLE) == "Overdue · due 8 Dec 2025 · Planner"
    assert second.data(SUBTITLE_ROLE) == "Feedback due today · Planner"
    assert "panel has not decided" in first.data(Qt.ItemDataRole.ToolTipRole)
    assert not model.index(5, 0).data()
    assert model.data(QModelIndex()) is None
