"""The search field also finds words in CVs, letters and interview notes: each result
says where (CV, letter, notes of the interview on a date at a stage) with the text
around the hit, and Down then Enter opens it there — the candidate's CV with the word
selected, or the interview at the stage (and question) of the note."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from interviewdesk.example.database import ExampleIds, load_example
from interviewdesk.store.database import Database
from interviewdesk.store.models import Candidate
from interviewdesk.store.search_places import PlacedHit
from interviewdesk.ui.editors import CandidateDialog
from interviewdesk.ui.home.delegates import snippet_parts
from interviewdesk.ui.home.models import SNIPPET_ROLE, SUBTITLE_ROLE
from interviewdesk.ui.main_window import MainWindow
from tests.ui.modal import when_modal
from tests.ui.test_main_window import type_text


def search_for(main_window: MainWindow, qtbot: Any, text: str) -> Any:
    """Type ``text`` in the search field (Ctrl+F first); the results model once filled."""
    main_window.activateWindow()  # back from an interview window
    qtbot.waitUntil(main_window.isActiveWindow)
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    main_window.search_field.clear()
    type_text(main_window.search_field, text)
    results = main_window.home.sidebar.results.model
    qtbot.waitUntil(lambda: results.rowCount() > 0 and main_window.home.sidebar.searching())
    return results


def open_with_keyboard(main_window: MainWindow, qtbot: Any, position: int = 0) -> None:
    qtbot.keyClick(main_window.search_field, Qt.Key.Key_Down)
    view = main_window.home.sidebar.results.view
    assert view.hasFocus()
    for _ in range(position):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)


def test_a_cv_hit_says_cv_and_opens_the_cv_at_the_word(
        main_window: MainWindow, qtbot: Any, records: Any, db: Database) -> None:
    job = records.vacancy("Monteur")
    sanne = records.candidate("Sanne de Vries", job)
    with db.session() as session:
        row = session.get(Candidate, sanne)
        row.cv_text = "Profiel\nTien jaar ervaring als kraanmachinist op de Maasvlakte."
        row.letter_text = "Graag kom ik bij jullie werken."
        session.add(row)
    main_window.home.refresh()
    main_window.show_view("home")

    results = search_for(main_window, qtbot, "kraanmach")
    assert results.rowCount() == 1
    hit = results.row_at(0)
    assert isinstance(hit, PlacedHit) and hit.kind == "cv"
    index = results.index(0, 0)
    assert index.data() == "Sanne de Vries"
    assert index.data(SUBTITLE_ROLE) == "CV"
    snippet = index.data(SNIPPET_ROLE)
    assert ("kraanmachinist", True) in snippet_parts(snippet)
    assert "«" not in index.data(Qt.ItemDataRole.ToolTipRole)  # plain text in the tooltip

    seen: dict[str, Any] = {}

    def look(dialog: CandidateDialog) -> None:
        seen["tab"] = dialog.documents.currentWidget() is dialog.cv
        seen["selected"] = dialog.cv.text.textCursor().selectedText()
        dialog.reject()

    shown = when_modal(CandidateDialog, look)
    open_with_keyboard(main_window, qtbot)
    qtbot.waitUntil(lambda: bool(seen))
    assert len(shown.seen) == 1
    assert seen == {"tab": True, "selected": "kraanmachinist"}
    assert main_window.home.selected_vacancy_id() == job
    assert main_window.home.selected_candidate_id() == sanne


def interview_windows() -> list[Any]:
    from interviewdesk.ui.wizard import InterviewWindow

    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, InterviewWindow) and w.isVisible()]


def test_notes_hits_say_which_interview_and_open_it_at_the_stage(
        main_window: MainWindow, qtbot: Any, db: Database) -> None:
    ids: ExampleIds = load_example(db)
    main_window.home.refresh()
    main_window.show_view("home")

    results = search_for(main_window, qtbot, "bus mee naar huis")
    [closing] = [r for r in results.rows() if isinstance(r, PlacedHit)]
    assert (closing.kind, closing.interview_id) == ("closing_notes", ids.completed_interview_id)
    where = results.index(results.rows().index(closing), 0).data(SUBTITLE_ROLE)
    assert where.startswith("Interview notes ") and where.endswith(" · Closing")
    open_with_keyboard(main_window, qtbot, results.rows().index(closing))
    qtbot.waitUntil(lambda: len(interview_windows()) == 1)
    [window] = interview_windows()
    assert window.context.session.interview_id == ids.completed_interview_id
    assert window.current_stage() == "closing"
    assert main_window.home.selected_candidate_id() == closing.candidate_id
    window.close()

    results = search_for(main_window, qtbot, "elektrische kachel")
    [answer] = [r for r in results.rows() if isinstance(r, PlacedHit)]
    assert answer.kind == "answer_notes" and answer.question_id
    open_with_keyboard(main_window, qtbot, results.rows().index(answer))
    qtbot.waitUntil(lambda: len(interview_windows()) == 1)
    [window] = interview_windows()
    assert window.current_stage() == answer.stage
    page = window.pages[answer.stage]
    card = page.questions.cards[answer.question_id]
    qtbot.waitUntil(lambda: window.focusWidget() is card.notes)
    window.close()


def test_a_name_is_listed_once_and_an_empty_search_goes_back(
        main_window: MainWindow, qtbot: Any, records: Any) -> None:
    job = records.vacancy("Monteur")
    records.candidate("Renée Jansen", job, email="renee@jansen.nl")
    main_window.home.refresh()
    main_window.show_view("home")
    results = search_for(main_window, qtbot, "renée")
    assert [type(r).__name__ for r in results.rows()] == ["SearchResult"]
    results = search_for(main_window, qtbot, "jansen.nl")  # the e-mail: a text hit
    [hit] = results.rows()
    assert isinstance(hit, PlacedHit) and hit.kind == "name"
    assert results.index(0, 0).data(SUBTITLE_ROLE) == "Name or e-mail"
    main_window.search_field.clear()
    assert not main_window.home.sidebar.searching()


def test_snippet_parts() -> None:
    assert snippet_parts("…de «bus» mee naar «huis» mag") == [
        ("…de ", False), ("bus", True), (" mee naar ", False), ("huis", True), (" mag", False)]
    assert snippet_parts("«open") == [("open", False)]
    assert snippet_parts("") == []
