"""A panel on separate laptops, as people would do it: two data folders in one test.

The chair makes René's panel package from the Interview menu; René drops it on his
own main window, scores and submits through the real assessment form, returns it
from the menu; the chair drops the return on theirs, and the panel discussion then
shows every member's scores. Then René changes his mind, and the chair reviews it.
"""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from interviewdesk.example.database import ExampleIds, load_example
from interviewdesk.store.assessments import load_form, status_of_forms
from interviewdesk.store.database import Database
from interviewdesk.store.models import Assessment, Competency, Interviewer, PanelMember
from interviewdesk.store.startup import open_store
from interviewdesk.ui.exchange.changes_dialog import ReturnedChangesDialog
from interviewdesk.ui.exchange.package_dialog import PackageDialog
from interviewdesk.ui.settings import Settings
from tests.ui.assessment.form_fixtures import WAIT_MS, ModalAnswer

SCORES = (4, 3, 4, 5, 3)


@pytest.fixture
def chair_example(db: Database) -> ExampleIds:
    """The chair's laptop: the example, without René's draft (he scores on his own)."""
    ids = load_example(db)
    with db.session() as session:
        session.delete(session.exec(select(Assessment).where(
            Assessment.panel_member_id == ids.waiting_panel_member_ids[1])).one())
    return ids


@pytest.fixture
def member(qtbot: Any, english: None, tmp_path: Path) -> Iterator[tuple[Any, Database, Path,
                                                                        Settings]]:
    """René's laptop: an empty data folder and the main window on it."""
    from interviewdesk.app import create_main_window

    folder = tmp_path / "rene"
    db = open_store(folder)
    settings = Settings(folder)
    window = create_main_window(db, folder, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window, db, folder, settings
    window.close()
    db.close()


def drop_file(qtbot: Any, window: Any, path: Path) -> None:
    """Drop ``path`` on ``window`` as the file manager would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    drop = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    for event in (enter, drop):
        event.ignore()
        QApplication.sendEvent(window, event)
        assert event.isAccepted()
    qtbot.wait(50)  # the import runs once the drop is over


def save_package(qtbot: Any, action: Any, member_name: str, path: Path,
                 *, option: bool = False) -> None:
    """Trigger ``action`` and answer its package dialog: whose, the option, the file."""
    def answer(dialog: Any) -> None:
        assert isinstance(dialog, PackageDialog)
        dialog.member.setCurrentIndex(dialog.member.findText(member_name,
                                                             Qt.MatchFlag.MatchStartsWith))
        dialog.option.setChecked(option)
        dialog.path.setText(str(path))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    with ModalAnswer(qtbot, answer):
        action.trigger()
    assert path.is_file()


def fill_in_and_submit(qtbot: Any, db: Database, folder: Path, settings: Settings,
                       interview_id: int, panel_member_id: int, scores: tuple[int, ...],
                       recommendation: str) -> None:
    """René's form on his laptop, through the real widgets: keys 1–5, a button, Submit."""
    from interviewdesk.ui.assessment import form_window
    from interviewdesk.ui.assessment.form_window import open_assessment_form

    window = open_assessment_form(None, db, folder, settings, interview_id, panel_member_id)
    assert window is not None
    qtbot.waitExposed(window)
    with db.session() as session:
        competencies = [int(c.id or 0) for c in session.exec(
            select(Competency).order_by(Competency.position, Competency.id))]
    for cid, value in zip(competencies, scores, strict=True):
        window.show_row(cid)
        qtbot.keyClick(window.rows[cid].choice, getattr(Qt.Key, f"Key_{value}"))
    qtbot.mouseClick(window.summary.recommendation.buttons[recommendation],
                     Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.summary.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: load_form(db, window.form.assessment_id).submitted,
                    timeout=WAIT_MS)
    assert window.read_only
    window.close()  # it deletes itself; the next opening reads the form afresh
    qtbot.waitUntil(lambda: not form_window._open_windows, timeout=WAIT_MS)


def test_a_panel_member_scores_on_their_own_laptop(
        qtbot: Any, main_window: Any, db: Database, data_dir: Path, settings: Settings,
        chair_example: ExampleIds, member: Any, tmp_path: Path, messages: Any) -> None:
    ids = chair_example
    rene_window, rene_db, rene_folder, rene_settings = member
    main_window.home.select_vacancy(ids.vacancy_id)
    main_window.home.detail.select_interview(ids.waiting_interview_id)
    assert main_window.panel_package_action in main_window.interview_menu.actions()
    assert main_window.panel_package_action.isEnabled()

    # The chair: René's panel package, from the Interview menu.
    panel = tmp_path / "for-rene.idpkg"
    save_package(qtbot, main_window.panel_package_action, "René", panel)
    assert messages.names()[-1] == "inform"

    # René: drops it on his window; the interview is there, nobody's scores are.
    drop_file(qtbot, rene_window, panel)
    qtbot.waitUntil(lambda: "is now on this laptop" in " ".join(messages.texts("inform")),
                    timeout=WAIT_MS)
    with rene_db.session() as session:
        seat = session.exec(select(PanelMember).join(
            Interviewer, onclause=PanelMember.interviewer_id == Interviewer.id)
            .where(Interviewer.name == "René Mulder")).one()
        interview_id = seat.interview_id
        assert list(session.exec(select(Assessment))) == []
    assert rene_window.current_view() == "home"

    fill_in_and_submit(qtbot, rene_db, rene_folder, rene_settings, interview_id,
                       int(seat.id or 0), SCORES, "yes")

    # René returns it from his Interview menu.
    rene_window.home.detail.select_interview(interview_id)
    returned = tmp_path / "from-rene.idpkg"
    save_package(qtbot, rene_window.return_package_action, "René", returned)

    # The chair drops the return: René's form is in, and the discussion shows all.
    drop_file(qtbot, main_window, returned)
    qtbot.waitUntil(lambda: "is in, as submitted" in " ".join(messages.texts("inform")),
                    timeout=WAIT_MS)
    assert {s.state for s in status_of_forms(db, ids.waiting_interview_id)} == {"submitted"}
    from interviewdesk.ui.assessment.panel_window import PanelWindow

    sanne, rene, _inge = ids.waiting_panel_member_ids
    panel_window = PanelWindow(db, data_dir, settings, ids.waiting_interview_id)
    qtbot.addWidget(panel_window)
    panel_window.show()
    # Every form is in, so the round is closed: nobody is asked who is looking.
    assert panel_window.stack.currentWidget() is not panel_window.chooser
    matrix = panel_window.discussion.matrix
    assert [r.name for r in matrix.raters] == ["Sanne de Vries", "René Mulder", "Inge Meijer"]
    assert [matrix.score_cells[(cid, rene)].text() for cid in ids.competency_ids] == \
        [str(value) for value in SCORES]
    assert all(matrix.score_cells[(cid, sanne)].text() for cid in ids.competency_ids)
    panel_window.close()

    # The same return again: nothing changes, and the chair is told so.
    drop_file(qtbot, main_window, returned)
    qtbot.waitUntil(lambda: "imported before" in " ".join(messages.texts("inform")),
                    timeout=WAIT_MS)


def test_a_changed_return_waits_for_the_chair(
        qtbot: Any, main_window: Any, db: Database, chair_example: ExampleIds,
        member: Any, tmp_path: Path, messages: Any) -> None:
    from interviewdesk.exchange import build_panel_package, build_return_package, write_package
    from interviewdesk.store.assessments import reopen_form

    ids = chair_example
    rene_window, rene_db, rene_folder, rene_settings = member
    sanne, rene, _inge = ids.waiting_panel_member_ids
    package = build_panel_package(db, ids.waiting_interview_id, rene)
    rene_window.exchange.import_file(write_package(package, tmp_path / "p.idpkg"))
    with rene_db.session() as session:
        seat = session.exec(select(PanelMember).where(
            PanelMember.uuid == package.header["panel_member"])).one()
    fill_in_and_submit(qtbot, rene_db, rene_folder, rene_settings, seat.interview_id,
                       int(seat.id or 0), SCORES, "yes")
    main_window.exchange.import_file(write_package(
        build_return_package(rene_db, seat.interview_id, int(seat.id or 0)),
        tmp_path / "one.idpkg"))
    form = load_form(rene_db, load_form_id(rene_db, int(seat.id or 0)))
    reopen_form(rene_db, form.assessment_id, "Samenwerken was beter dan ik dacht")
    fill_in_and_submit(qtbot, rene_db, rene_folder, rene_settings, seat.interview_id,
                       int(seat.id or 0), (4, 3, 4, 5, 5), "strong_yes")
    main_window.exchange.import_file(write_package(
        build_return_package(rene_db, seat.interview_id, int(seat.id or 0)),
        tmp_path / "two.idpkg"))
    assert "The change was not applied" in messages.texts("inform")[-1]

    dialog = ReturnedChangesDialog(db, ids.waiting_interview_id, sanne)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 1
    assert "Samenwerken was beter dan ik dacht" in dialog.reason.text()
    assert dialog.table.isVisibleTo(dialog)
    cells = [[dialog.table.item(r, c).text() for c in range(3)]
             for r in range(dialog.table.rowCount())]
    assert ["Zelfstandigheid en betrouwbaarheid", "3", "5"] in cells
    assert ["Recommendation", "Yes", "Strong yes"] in cells
    chair_form = load_form_id(db, rene)
    assert load_form(db, chair_form).recommendation == "yes"

    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)

    assert load_form(db, chair_form).recommendation == "strong_yes"
    assert dialog.list.count() == 0 and dialog.empty.isVisibleTo(dialog)


def load_form_id(db: Database, panel_member_id: int) -> int:
    with db.session() as session:
        return int(session.exec(select(Assessment.id).where(
            Assessment.panel_member_id == panel_member_id)).one() or 0)


def test_a_package_dropped_on_the_candidate_list_is_imported_not_taken_as_a_cv(
        qtbot: Any, main_window: Any, db: Database, chair_example: ExampleIds,
        member: Any, tmp_path: Path, messages: Any) -> None:
    from interviewdesk.exchange import build_panel_package, write_package

    rene_window = member[0]
    path = write_package(build_panel_package(db, chair_example.waiting_interview_id,
                                             chair_example.waiting_panel_member_ids[1]),
                         tmp_path / "p.idpkg")
    rene_window.home.detail.tabs.setCurrentIndex(0)
    viewport = rene_window.home.detail.candidates.table.viewport()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()  # by the main window, which the list passed it on to
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, drop)
    qtbot.waitUntil(lambda: "is now on this laptop" in " ".join(messages.texts("inform")),
                    timeout=WAIT_MS)
    assert messages.names().count("error") == 0


def test_another_file_dropped_on_the_window_is_not_taken(
        main_window: Any, tmp_path: Path) -> None:
    (tmp_path / "cv.pdf").write_bytes(b"%PDF-1.4")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "cv.pdf"))])
    enter = QDragEnterEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter.accept()
    main_window.dragEnterEvent(enter)
    assert not enter.isAccepted()


def test_the_chair_cannot_return_someone_elses_form(
        main_window: Any, chair_example: ExampleIds, messages: Any) -> None:
    """On the chair's laptop, a return would hand a member's scores to whoever asks."""
    main_window.home.select_vacancy(chair_example.vacancy_id)
    main_window.home.detail.select_interview(chair_example.completed_interview_id)
    main_window.return_package_action.trigger()
    assert messages.names() == ["inform"]
    assert "no form can be returned from here" in messages.texts("inform")[0]


def test_the_member_holds_the_interview_on_their_laptop(
        qtbot: Any, db: Database, chair_example: ExampleIds, member: Any, tmp_path: Path,
        messages: Any) -> None:
    """The interview window opens on the member's laptop with the kit's questions."""
    from interviewdesk.exchange import build_panel_package, write_package

    rene_window = member[0]
    package = build_panel_package(db, chair_example.waiting_interview_id,
                                  chair_example.waiting_panel_member_ids[1])
    result = rene_window.exchange.import_file(write_package(package, tmp_path / "p.idpkg"))
    assert result is not None and result.interview_id
    window = rene_window.open_interview(result.interview_id)
    assert window is not None
    qtbot.waitExposed(window)
    assert "Thijs van Dijk" in window.windowTitle()
    assert messages.names() == ["inform"]  # the import's, and no error
    window.close()


def test_a_whole_database_moves_into_an_empty_one(
        qtbot: Any, db: Database, chair_example: ExampleIds, member: Any, tmp_path: Path,
        messages: Any) -> None:
    from interviewdesk.exchange import build_move_package, write_package

    rene_window, rene_db, _folder, _settings = member
    assert rene_window.current_view() == "welcome"
    path = write_package(build_move_package(db), tmp_path / "move.idpkg")

    drop_file(qtbot, rene_window, path)

    qtbot.waitUntil(lambda: "moved into this data folder" in " ".join(messages.texts("inform")),
                    timeout=WAIT_MS)
    assert rene_window.current_view() == "home"
    assert {s.state for s in status_of_forms(rene_db, chair_example.completed_interview_id)} \
        == {"submitted"}
    drop_file(qtbot, rene_window, path)  # again: imported before, nothing changes
    qtbot.waitUntil(lambda: "imported before" in " ".join(messages.texts("inform")),
                    timeout=WAIT_MS)
