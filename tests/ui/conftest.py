"""Fixtures for the widget tests: a migrated database in the test's data folder, the
main window on it, and message boxes that record instead of blocking.
"""

import inspect
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from interviewdesk.store.database import Database
from interviewdesk.ui import messages as messages_module

#: Functions of ``interviewdesk.ui.messages`` that show nothing and stay as they are.
NOT_DIALOGS = {"application_title"}

class MessageRecorder:
    """Stands in for every dialog function of ``interviewdesk.ui.messages``.

    Each call is recorded as ``(function name, arguments)``; ``confirm`` and ``ask``
    return :attr:`answer` (set ``messages.answer = False`` to "press Cancel").
    """

    def __init__(self) -> None:
        self.answer = True
        self.calls: list[tuple[str, tuple[Any, ...]]] = []

    def names(self) -> list[str]:
        """The names of the functions called, in order."""
        return [name for name, _args in self.calls]

    def texts(self, name: str) -> list[str]:
        """Everything shown by the calls of ``name``, each call's strings joined."""
        return [" ".join(str(a) for a in args if isinstance(a, str))
                for called, args in self.calls if called == name]

    def _stand_in(self, name: str) -> Any:
        def record(*args: Any, **kwargs: Any) -> Any:
            self.calls.append((name, args + tuple(kwargs.values())))
            return self.answer if name in ("confirm", "ask") else None

        return record


@pytest.fixture(autouse=True)
def messages(monkeypatch: pytest.MonkeyPatch) -> MessageRecorder:
    """Every message box is recorded, never shown (a modal box would block the test)."""
    recorder = MessageRecorder()
    for name, function in inspect.getmembers(messages_module, inspect.isfunction):
        if (function.__module__ == messages_module.__name__ and not name.startswith("_")
                and name not in NOT_DIALOGS):
            monkeypatch.setattr(messages_module, name, recorder._stand_in(name))
    return recorder


@pytest.fixture(scope="session", autouse=True)
def english_to_begin_with(qapp: Any) -> None:
    """Every widget test starts from the English interface with British dates."""
    from interviewdesk.ui.i18n import install_language

    install_language("en")


@pytest.fixture(autouse=True)
def language_restored(english_to_begin_with: None) -> Iterator[None]:
    """Every test leaves the interface language as it found it: the same translators,
    language and default locale. A test that switches language (to Dutch, through the
    settings, at a start of the app) cannot change the texts of the next test, whatever
    order the tests run in (``--dist worksteal``)."""
    from interviewdesk.ui.i18n import language_state, restore_language

    found = language_state()
    yield
    restore_language(found)


@pytest.fixture(autouse=True)
def mouse_let_go(qapp: Any) -> Iterator[None]:
    """Every test leaves no mouse button held. ``QTest.mouseDClick`` presses without a
    last release, and Qt then believes the button is still down: the next test's live
    updates wait for the user to let go (``live_updates.user_busy``) and never reload."""
    yield
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    held = QApplication.mouseButtons()
    if held == Qt.MouseButton.NoButton:
        return
    spot = QWidget()
    spot.show()
    for button in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton,
                   Qt.MouseButton.MiddleButton):
        if held & button:
            QTest.mouseRelease(spot, button)
    spot.close()
    spot.deleteLater()


@pytest.fixture
def english(qapp: Any) -> None:
    """The interface in English with British dates, whatever the machine's locale (a
    test asks for it to say that it reads English texts; :func:`language_restored`
    puts back afterwards whatever it changed)."""
    from interviewdesk.ui.i18n import current_language, install_language

    if current_language() != "en":
        install_language("en")


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    """The test data folder's database, created and migrated as at start-up."""
    from interviewdesk.store.startup import open_store

    database = open_store(data_dir)
    yield database
    database.close()


@pytest.fixture
def settings(data_dir: Path, qapp: Any) -> Any:
    """The settings of the test data folder."""
    from interviewdesk.ui.settings import Settings

    return Settings(data_dir)


@pytest.fixture
def main_window(qtbot: Any, english: None, db: Database, data_dir: Path,
                settings: Any) -> Iterator[Any]:
    """The main window on the test database, shown (offscreen)."""
    from interviewdesk.app import create_main_window

    window = create_main_window(db, data_dir, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


@pytest.fixture
def frame(qtbot: Any, english: None, data_dir: Path, settings: Any) -> Iterator[Any]:
    """The main window as start-up first shows it: no database attached yet."""
    from interviewdesk.app import create_main_window

    window = create_main_window(None, data_dir, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


class Records:
    """Puts rows straight into the database, for tests about showing them."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def vacancy(self, title: str, procedure_end: Any = None) -> int:
        from interviewdesk.store.models import Vacancy

        with self.db.session() as session:
            row = Vacancy(title=title, procedure_end=procedure_end)
            session.add(row)
            session.flush()
            return int(row.id)  # type: ignore[arg-type]

    def candidate(self, name: str, vacancy_id: int | None = None, status: str = "applied",
                  email: str = "", phone: str = "") -> int:
        from interviewdesk.store.models import Application, Candidate

        with self.db.session() as session:
            row = Candidate(name=name, email=email, phone=phone)
            session.add(row)
            session.flush()
            if vacancy_id is not None:
                session.add(Application(candidate_id=row.id, vacancy_id=vacancy_id,
                                        status=status))
            return int(row.id)  # type: ignore[arg-type]

    def interview(self, candidate_id: int, vacancy_id: int, scheduled_at: Any = None,
                  panel: tuple[str, ...] = ()) -> int:
        from sqlmodel import select

        from interviewdesk.store.models import Application, Interview, Interviewer, PanelMember

        with self.db.session() as session:
            application = session.exec(select(Application).where(
                Application.candidate_id == candidate_id,
                Application.vacancy_id == vacancy_id)).one()
            row = Interview(application_id=application.id, scheduled_at=scheduled_at)
            session.add(row)
            session.flush()
            for position, name in enumerate(panel):
                interviewer = Interviewer(name=name)
                session.add(interviewer)
                session.flush()
                session.add(PanelMember(interview_id=row.id, interviewer_id=interviewer.id,
                                        position=position))
            return int(row.id)  # type: ignore[arg-type]

    def competency(self, vacancy_id: int, name: str, weight: float = 1.0,
                   kind: str = "core", position: int = 0) -> int:
        from interviewdesk.store.models import Competency

        with self.db.session() as session:
            row = Competency(vacancy_id=vacancy_id, name=name, weight=weight, kind=kind,
                             position=position)
            session.add(row)
            session.flush()
            return int(row.id)  # type: ignore[arg-type]


@pytest.fixture
def records(db: Database) -> Records:
    """Insert vacancies, candidates and interviews directly."""
    return Records(db)
