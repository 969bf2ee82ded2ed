"""While a laptop holds an interview offline, the team server's windows and commands
that would change its data refuse, naming who holds it since when: the taker's own
form, the panel discussion, the interview's editor, deleting it (or its candidate or
vacancy), telling the candidate the decision, the reference checks, ``erase``. What the
merge keeps safe stays free: another member's form, the contact log. The server here is
a SQLite folder (the marks are rows, the same on both engines)."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from sqlmodel import select

from interviewdesk import cli
from interviewdesk.example.database import ExampleIds, load_example
from interviewdesk.exchange.offline import take_offline
from interviewdesk.exchange.offline_marks import (
    TakenOffline,
    check_free,
    held,
    held_form,
    release,
)
from interviewdesk.store.database import Database
from interviewdesk.store.models import Application, Interview, PanelMember
from interviewdesk.store.startup import open_store


@pytest.fixture
def example(db: Database) -> ExampleIds:
    return load_example(db)


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[tuple[Database, Path]]:
    folder = tmp_path / "laptop"
    local = open_store(folder)
    try:
        yield local, folder
    finally:
        local.close()


def _held_by_rene(db: Database, example: ExampleIds, laptop: tuple[Database, Path]
                  ) -> tuple[int, int, int, int]:
    """René (whose form is open) takes the waiting interview; its ids on the server:
    interview, René's seat, the application, the candidate."""
    interview = example.waiting_interview_id
    rene = example.waiting_panel_member_ids[1]
    with db.session() as session:
        seat = session.get(PanelMember, rene)
        found = session.get(Interview, interview)
        application = session.get(Application, found.application_id)
        who, candidate = seat.interviewer_id, application.candidate_id
        application_id = int(application.id or 0)
    take_offline(db, laptop[0], [interview], data_dir=laptop[1], as_interviewer=who)
    return interview, rene, application_id, candidate


def test_what_is_held_is_found_by_interview_application_candidate_and_vacancy(
        db: Database, example: ExampleIds, laptop: Any) -> None:
    interview, rene, application, candidate = _held_by_rene(db, example, laptop)
    for where in ({"interview_id": interview}, {"application_id": application},
                  {"candidate_id": candidate}, {"vacancy_id": example.vacancy_id}):
        mark = held(db, **where)
        assert mark is not None and mark.interview_id == interview, where
    assert held(db, interview_id=example.completed_interview_id) is None
    assert held_form(db, interview, rene) is not None
    sanne = example.waiting_panel_member_ids[0]
    assert held_form(db, interview, sanne) is None  # never comes back: free
    with pytest.raises(TakenOffline, match=r"taken offline by .* since"):
        check_free(db, "The candidate", candidate_id=candidate)
    release(db, interview)
    assert held(db, vacancy_id=example.vacancy_id) is None
    check_free(db, "The candidate", candidate_id=candidate)


def test_the_windows_refuse_what_the_laptop_holds_and_leave_the_rest_free(
        qtbot: Any, english: None, db: Database, data_dir: Path, settings: Any,
        example: ExampleIds, laptop: Any, messages: Any) -> None:
    from interviewdesk.ui.assessment.form_window import open_assessment_form
    from interviewdesk.ui.assessment.panel_window import open_panel_discussion
    from interviewdesk.ui.home.commands import RecordCommands

    interview, rene, application, candidate = _held_by_rene(db, example, laptop)

    def refused() -> str:
        assert messages.names()[-1] == "error", messages.calls
        text = messages.texts("error")[-1]
        assert "taken offline by" in text
        return text

    assert open_assessment_form(None, db, data_dir, settings, interview, rene) is None
    assert "assessment form" in refused()
    sanne = example.waiting_panel_member_ids[0]
    other = open_assessment_form(None, db, data_dir, settings, interview, sanne)
    assert other is not None  # another member's form never comes back from the laptop
    other.close()
    assert open_panel_discussion(None, db, data_dir, settings, interview) is None
    assert "panel discussion" in refused()

    parent = QWidget()
    qtbot.addWidget(parent)
    commands = RecordCommands(db, parent)
    assert commands.edit_interview(interview) is None
    refused()
    assert not commands.delete_interview(interview, "Thijs")
    refused()
    assert not commands.erase_candidate(candidate, "Thijs")
    assert "candidate" in refused()
    assert not commands.delete_vacancy(example.vacancy_id, "Vacancy")
    assert "vacancy" in refused()
    assert not commands.reference_checks(application, candidate, "Thijs")
    assert "reference checks" in refused()
    assert commands.give_feedback(interview, "Thijs") is None
    assert "feedback" in refused()
    assert "confirm" not in messages.names() and "ask" not in messages.names()
    with db.session() as session:
        assert session.get(Interview, interview) is not None

    release(db, interview)  # free again
    window = open_panel_discussion(None, db, data_dir, settings, interview)
    assert window is not None
    window.close()


def test_erase_on_the_command_line_is_refused_while_held(
        db: Database, data_dir: Path, example: ExampleIds, laptop: Any,
        capsys: pytest.CaptureFixture[str]) -> None:
    interview, _rene, _application, candidate = _held_by_rene(db, example, laptop)
    code = cli.main(["--data-dir", str(data_dir), "erase", "--candidate", str(candidate),
                     "--yes"])
    err = capsys.readouterr().err
    assert code == 2 and "taken offline by" in err and "Traceback" not in err
    with db.session() as session:
        assert session.exec(select(Interview.id).where(Interview.id == interview)).one()


def test_the_home_view_shows_the_held_interview_and_its_candidate(
        qtbot: Any, english: None, settings: Any, data_dir: Path, pg_database: str,
        tmp_path: Path) -> None:
    """On the team server the interview's stage and its candidate's status say who
    holds it since when, in both tabs of the vacancy."""
    import gc

    from PySide6.QtCore import Qt

    from interviewdesk import app

    server = app.open_database(data_dir, settings, database_url=pg_database)
    assert isinstance(server, Database)
    ids = load_example(server)
    laptop = open_store(tmp_path / "laptop")
    try:
        take_offline(server, laptop, [ids.waiting_interview_id], data_dir=tmp_path / "laptop")
    finally:
        laptop.close()
    window = app.create_main_window(None, data_dir, settings)
    try:
        window.attach_database(server)
        window.show()
        qtbot.waitExposed(window)
        window.show_view("home")
        window.home.select_vacancy(ids.vacancy_id)
        shown = []
        for table in (window.home.detail.candidates, window.home.detail.interviews):
            model = table.model
            shown.append([str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole))
                          for row in range(model.rowCount()) for column in (1, 2)])
        candidates, interviews = shown
        assert sum("taken offline by" in text for text in candidates) == 1
        assert sum(text.startswith("Taken offline by") for text in interviews) == 1
    finally:
        window.close()
        window.deleteLater()
        qtbot.wait(50)
        app.shut_down(server, data_dir, settings)
        gc.collect()
