"""The main window: menus, the top bar with search and "+" buttons, and the pages
(loading while the database opens; then welcome on an empty database, home otherwise).

The window comes in two steps, so that it can be shown before the store is even
imported (start-up, see :mod:`interviewdesk.app`):

1. ``MainWindow(None, data_dir, settings)`` is the frame: title, menus, top bar,
   status bar and a quiet "Opening your data…" page, at the size and place the user
   left it. Everything that needs the database is disabled.
2. :meth:`MainWindow.attach_database` builds the welcome and home pages on the open
   database, enables those actions and goes back to the page and vacancy the user
   left. ``MainWindow(db, …)`` does both at once (tests, the screenshot command).

The window wires things together and remembers its state; what the pages show lives
in :mod:`interviewdesk.ui.home` and :mod:`interviewdesk.ui.welcome`, and everything
that changes records goes through :class:`~interviewdesk.ui.home.RecordCommands`.
Interviews are held in windows of their own, kept by
:class:`~interviewdesk.ui.home.interview_windows.InterviewWindows` (one per interview),
and so are assessment forms and panel discussions
(:class:`~interviewdesk.ui.home.assessment_windows.AssessmentWindows`); closing the
main window closes them first, and stays open if one cannot save.
This module imports neither of them, nor the store, until data is attached: SQLModel
and the models alone take ≈0.4 s.
"""

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.store.paths import backups_dir, database_path
from interviewdesk.ui import messages
from interviewdesk.ui.retention_banner import RetentionBanner
from interviewdesk.ui.settings import Settings
from interviewdesk.ui.style import SPACING, SPACING_SMALL, make_muted, scaled_font

if TYPE_CHECKING:
    from interviewdesk.domain.agenda import Agenda
    from interviewdesk.store.database import Database
    from interviewdesk.store.first_look import FirstLook
    from interviewdesk.ui.exchange import ExchangeCommands
    from interviewdesk.ui.exchange.offline_commands import OfflineCommands
    from interviewdesk.ui.home import HomeView, RecordCommands
    from interviewdesk.ui.home.assessment_windows import AssessmentWindows
    from interviewdesk.ui.home.first_look import FirstLookPage
    from interviewdesk.ui.home.interview_windows import InterviewWindows
    from interviewdesk.ui.live_updates import LiveUpdates
    from interviewdesk.ui.training.exercise_window import ExerciseWindow
    from interviewdesk.ui.welcome import WelcomePage
    from interviewdesk.ui.wizard import InterviewWindow

log = logging.getLogger(__name__)

VIEWS = ("welcome", "home")
# What :meth:`MainWindow.current_view` says before data is attached.
LOADING_VIEW = "loading"
# ...and while the first look (read-only, before the store is open) is shown.
FIRST_LOOK_VIEW = "first look"
DEFAULT_SIZE = QSize(1280, 800)
STATUS_MS = 6000


class SearchField(QLineEdit):
    """The search box: Down moves into the results, Esc clears the search."""

    move_down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.move_down.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class LoadingPage(QWidget):
    """What the window shows while the database is being opened: one quiet line, no
    animation (the opening blocks the event loop, so a spinner would only freeze)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = make_muted(QLabel())
        self.label.setFont(scaled_font(self.label, 1.1))
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.label)
        layout.addStretch(3)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("Opening your data…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class MainWindow(QMainWindow):
    """InterviewDesk's one main window; on an open database, or (``db=None``) the frame
    that waits for :meth:`attach_database`."""

    # The window has been painted on screen for the first time.
    first_painted = Signal()
    # The database is attached and the pages are filled.
    data_attached = Signal()
    # The window was closed (by the user, Ctrl+Q, or the session ending).
    closed = Signal()

    def __init__(self, db: "Database | None", data_dir: Path, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.data_dir = Path(data_dir)
        self.settings = settings
        self.commands: RecordCommands | None = None
        self.interview_windows: InterviewWindows | None = None
        self.assessment_windows: AssessmentWindows | None = None
        self.exchange: ExchangeCommands | None = None
        self.offline: OfflineCommands | None = None  # team mode only
        self.home: HomeView | None = None
        self.live_updates: LiveUpdates | None = None
        self.welcome: WelcomePage | None = None
        self.training_window: ExerciseWindow | None = None
        self.was_painted = False
        self.was_closed = False
        # Set while the user works in another of the app's windows (see changeEvent).
        self._away_in_other_windows = False
        self.loading: LoadingPage | None = LoadingPage()
        self.first_look: FirstLookPage | None = None  # see show_first_look
        self.stack = QStackedWidget()
        self.stack.addWidget(self.loading)
        self.retention_banner = RetentionBanner()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.retention_banner)
        central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._data_actions: list[QAction] = []
        self._create_actions()
        self._create_menus()
        self._create_top_bar()
        self.statusBar().setSizeGripEnabled(True)
        self._connect()
        self.retranslate_ui()
        self._enable_data_actions(False)
        self.restore_geometry()
        if db is not None:
            self.attach_database(db)
        else:
            self.statusBar().showMessage(self.tr("Opening your data…"))

    def attach_database(self, db: "Database") -> None:
        """Build the pages on the open ``db``, enable what needs data, and go back to
        the page and vacancy the user left (an empty database: the welcome page)."""
        if self.db is not None:
            raise RuntimeError("The main window already has a database.")
        from interviewdesk.ui.home import HomeView, RecordCommands
        from interviewdesk.ui.home.assessment_windows import AssessmentWindows
        from interviewdesk.ui.home.interview_windows import InterviewWindows
        from interviewdesk.ui.welcome import WelcomePage

        self.db = db
        self.commands = RecordCommands(db, self)
        self.commands.keep_backups = self.settings.keep_backups
        self.interview_windows = InterviewWindows(db, self.data_dir, self.settings, self)
        self.commands.interview_windows = self.interview_windows
        self.assessment_windows = AssessmentWindows(db, self.data_dir, self.settings, self)
        self.commands.assessment_windows = self.assessment_windows
        self.home = HomeView(db, self.commands, self._agenda())
        self.welcome = WelcomePage()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.home)
        self.welcome.create_vacancy_requested.connect(self._create_first_vacancy)
        self.welcome.load_example_requested.connect(self.load_example)
        self.commands.changed.connect(self._update_actions)
        self.commands.status.connect(lambda text: self.statusBar().showMessage(text, STATUS_MS))
        self.home.open_interview_requested.connect(self.open_interview)
        self.home.open_interview_at_requested.connect(self.open_interview_at)
        self.home.interview_selection_changed.connect(self._update_interview_actions)
        self.home.vacancy_changed.connect(lambda _id: self._update_interview_actions())
        self.interview_windows.closed.connect(self._interview_closed)
        self.home.assessment_form_requested.connect(
            lambda interview_id, member_id: self.open_assessment_form(interview_id,
                                                                      member_id or None))
        self.home.panel_discussion_requested.connect(self.open_panel_discussion)
        self._attach_exchange(db)
        self._attach_offline(db)
        self.home.retention_policy = self.settings.retention_policy()
        self.home.retention_loaded.connect(self.retention_banner.set_overdue)
        self.retention_banner.show_requested.connect(self.show_due_for_deletion)
        self.assessment_windows.changed.connect(self.home.refresh)
        self.home.refresh()
        self._enable_data_actions(True)
        self._update_actions()
        self._update_protection_action()
        self._keep_local_actions_local(db)
        self._attach_live_updates(db)
        self.restore_view()
        if self.loading is not None:
            self.stack.removeWidget(self.loading)
            self.loading.deleteLater()
            self.loading = None
        self._drop_first_look()
        self.statusBar().clearMessage()
        self._update_interview_actions()
        self._focus_page()
        self.data_attached.emit()

    def show_first_look(self, look: "FirstLook") -> "FirstLookPage":
        """Show the home view's data read before the store is open (start-up's first
        look, :mod:`interviewdesk.ui.home.first_look`): read-only, everything that
        changes data still off, until :meth:`attach_database` puts the home view in
        its place. Only before data is attached."""
        if self.db is not None:
            raise RuntimeError("The main window already has its data.")
        from interviewdesk.ui.home.first_look import FirstLookPage

        self._drop_first_look()
        self.first_look = FirstLookPage(look, self._agenda(), self.settings.home_splitter)
        self.stack.addWidget(self.first_look)
        self.stack.setCurrentWidget(self.first_look)
        return self.first_look

    def _drop_first_look(self) -> None:
        if self.first_look is not None:
            self.stack.removeWidget(self.first_look)
            self.first_look.deleteLater()
            self.first_look = None

    def _agenda(self) -> "Agenda":
        """The firm's agenda, for naming the stages interviews stand at; the standard
        one if the firm's file is broken (opening an interview then says why)."""
        from interviewdesk.domain.agenda import AgendaError, default_agenda, load_agenda

        try:
            return load_agenda(self.data_dir)
        except AgendaError as error:
            log.warning("The agenda cannot be used: %s", error)
            return default_agenda()

    def has_data(self) -> bool:
        """Whether a database is attached (the pages and data actions exist)."""
        return self.db is not None

    # -- building -------------------------------------------------------------------

    def _action(self, slot: Callable[[], object],
                shortcut: QKeySequence | str | QKeySequence.StandardKey | None = None, *,
                needs_data: bool = False) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if needs_data:
            # Disabled until attach_database; the check guards a trigger() in code too.
            self._data_actions.append(action)
            action.triggered.connect(lambda: slot() if self.db is not None else None)
        else:
            action.triggered.connect(lambda: slot())
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        def data(slot: Callable[[], object], shortcut: QKeySequence | str | None = None
                 ) -> QAction:
            return self._action(slot, shortcut, needs_data=True)

        self.new_vacancy_action = data(self._new_vacancy, "Ctrl+N")
        self.new_candidate_action = data(self._new_candidate, "Ctrl+Shift+N")
        self.new_interview_action = data(self._new_interview, "Ctrl+Shift+I")
        self.interviewers_action = data(self._manage_interviewers)
        self.copy_vacancy_action = self._action(self._copy_selected_vacancy)
        self.library_action = data(self._open_library)
        self.load_example_action = data(self.load_example)
        self.backup_action = data(self.back_up_now)
        self.access_export_action = data(self.export_candidate_data)
        self.personnel_file_action = data(self.move_to_personnel_file)
        self.protection_action = data(self.change_protection)
        self.open_folder_action = self._action(self.open_data_folder)
        self.settings_action = self._action(self.edit_settings, "Ctrl+,")
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action = self._action(self.close, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.open_interview_action = self._action(self._open_selected_interview,
                                                  QKeySequence.StandardKey.Open)
        self.edit_planning_action = self._action(self._edit_selected_planning)
        self.assessment_form_action = self._action(self._open_selected_form, "Ctrl+Shift+A")
        self.panel_discussion_action = self._action(self._open_selected_panel, "Ctrl+Shift+P")
        self.report_action = self._action(lambda: self._print_selected("report"), "Ctrl+P")
        self.kit_action = self._action(lambda: self._print_selected("kit"))
        self.dossier_action = self._action(lambda: self._print_selected("dossier"))
        self.calendar_action = self._action(self._export_selected_calendar)
        self.letter_action = self._action(self._write_to_selected_candidate)
        self.comparison_action = self._action(lambda: self._print_selected("comparison"))
        self.panel_package_action = self._action(lambda: self._exchange_selected("panel"))
        self.return_package_action = self._action(lambda: self._exchange_selected("return"))
        self.returned_changes_action = self._action(lambda: self._exchange_selected("changes"))
        self.training_action = data(self.open_training)
        # Team mode only (see _attach_offline): in the menu once a server is attached.
        self.take_offline_action = self._action(self._take_selected_offline)
        self.bring_back_action = data(self._bring_back)
        self.release_offline_action = self._action(self._release_selected_offline)
        self.import_package_action = data(self._choose_package)
        self.move_action = data(self._move_database)
        self.home_action = data(lambda: self.show_view("home"), "Ctrl+1")
        self.find_action = self._action(self.focus_search, QKeySequence.StandardKey.Find,
                                        needs_data=True)
        self.calibration_action = data(self.show_calibration, "Ctrl+Shift+K")
        self.about_action = self._action(self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _enable_data_actions(self, enabled: bool) -> None:
        for action in self._data_actions:
            action.setEnabled(enabled)
        self.search_field.setEnabled(enabled)
        self._update_interview_actions()

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for action in (self.new_vacancy_action, self.new_candidate_action,
                       self.new_interview_action, self.copy_vacancy_action, None,
                       self.interviewers_action, self.library_action, None,
                       self.comparison_action, self.access_export_action,
                       self.personnel_file_action, None,
                       self.import_package_action, self.move_action, None,
                       self.load_example_action, self.backup_action, self.open_folder_action,
                       None, self.settings_action, self.protection_action, None,
                       self.quit_action):
            if action is None:
                self.file_menu.addSeparator()
            else:
                self.file_menu.addAction(action)
        self.interview_menu = bar.addMenu("")
        self.interview_menu.addAction(self.open_interview_action)
        self.interview_menu.addAction(self.edit_planning_action)
        self.interview_menu.addSeparator()
        self.assessment_menu = self.interview_menu.addMenu("")
        self.assessment_menu.addAction(self.assessment_form_action)
        self.assessment_menu.addAction(self.panel_discussion_action)
        self.interview_menu.addSeparator()
        self.interview_menu.addAction(self.report_action)
        self.interview_menu.addAction(self.dossier_action)
        self.interview_menu.addAction(self.kit_action)
        self.interview_menu.addAction(self.calendar_action)
        self.interview_menu.addAction(self.letter_action)
        self.interview_menu.addSeparator()
        self.interview_menu.addAction(self.panel_package_action)
        self.interview_menu.addAction(self.return_package_action)
        self.interview_menu.addAction(self.returned_changes_action)
        self.interview_menu.addSeparator()
        self.interview_menu.addAction(self.training_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.home_action)
        self.view_menu.addAction(self.find_action)
        self.view_menu.addAction(self.calibration_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def _create_top_bar(self) -> None:
        bar = QToolBar()
        bar.setObjectName("topBar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        bar.setStyleSheet(f"QToolBar {{ spacing: {SPACING}px; padding: {SPACING_SMALL}px; }}")
        self.search_field = SearchField()
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(340)
        self.search_field.setSizePolicy(QSizePolicy.Policy.Preferred,
                                        QSizePolicy.Policy.Fixed)
        bar.addWidget(self.search_field)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.add_vacancy_button = QPushButton()
        self.add_candidate_button = QPushButton()
        self.add_interview_button = QPushButton()
        for button, action in ((self.add_vacancy_button, self.new_vacancy_action),
                               (self.add_candidate_button, self.new_candidate_action),
                               (self.add_interview_button, self.new_interview_action)):
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            bar.addWidget(button)
        self.top_bar = bar
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def _connect(self) -> None:
        self.search_field.textChanged.connect(self._search)
        self.search_field.move_down.connect(self._enter_results)

    # -- views ----------------------------------------------------------------------

    def show_view(self, name: str) -> None:
        """Show the page called ``name``: "home" or "welcome" (once data is attached)."""
        if name not in VIEWS:
            raise ValueError(f"There is no view called {name!r}.")
        if self.home is None or self.welcome is None:
            raise RuntimeError("The pages exist once a database is attached.")
        self.stack.setCurrentWidget(self.home if name == "home" else self.welcome)

    def current_view(self) -> str:
        """The name of the page shown now: "home", "welcome", or before data is
        attached "loading" ("first look" while :meth:`show_first_look`'s page shows)."""
        if self.home is None:
            shown = self.first_look is not None and self.stack.currentWidget() is self.first_look
            return FIRST_LOOK_VIEW if shown else LOADING_VIEW
        return "home" if self.stack.currentWidget() is self.home else "welcome"

    def _focus_page(self) -> None:
        """Give the keyboard to the first control of the page shown, as a window that
        is shown with its page does (the frame had nothing to focus but disabled
        controls)."""
        focused = self.focusWidget()
        if focused is not None and focused.isEnabled():
            return
        page = self.stack.currentWidget()
        widget = page.nextInFocusChain()
        while widget is not None and widget is not page:
            if (page.isAncestorOf(widget) and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                    and widget.isVisibleTo(page)):
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            widget = widget.nextInFocusChain()

    def focus_search(self) -> None:
        """Put the cursor in the search field (Ctrl+F)."""
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _search(self, text: str) -> None:
        if self.home is None:
            return
        if text.strip():
            self.show_view("home")
        self.home.search(text)

    def _enter_results(self) -> None:
        if self.home is None:
            return
        if self.search_field.text().strip():
            self.show_view("home")
            self.home.search_now(self.search_field.text())
            self.home.sidebar.focus_results()

    # -- commands -------------------------------------------------------------------

    # The pages and commands exist only once data is attached: these look them up
    # when triggered, and do nothing before (their actions are disabled then, too).

    def _new_vacancy(self) -> None:
        if self.commands is not None:
            self.commands.edit_vacancy()

    def _new_candidate(self) -> None:
        if self.home is not None:
            self.home.new_candidate()

    def _new_interview(self) -> None:
        if self.home is not None:
            self.home.new_interview()

    def open_interview(self, interview_id: int) -> "InterviewWindow | None":
        """Show the interview window of ``interview_id`` (the one already open, if it
        is); ``None`` if it cannot be opened (the user has been told why)."""
        if self.interview_windows is None:
            return None
        return self.interview_windows.open(interview_id)

    def open_interview_at(self, interview_id: int, stage: str,
                          question_id: int = 0) -> "InterviewWindow | None":
        """Show the interview window of ``interview_id`` at ``stage`` (and question
        ``question_id``), e.g. where a search found a note; a stage the agenda does not
        have leaves the window where it was."""
        window = self.open_interview(interview_id)
        if window is not None and stage in window.keys:
            window.go_to(stage, question_id)
        return window

    def _open_selected_interview(self) -> None:
        if self.home is not None:
            self.home.open_selected_interview()

    def _edit_selected_planning(self) -> None:
        if self.home is not None:
            self.home.edit_selected_planning()

    def open_assessment_form(self, interview_id: int,
                             panel_member_id: int | None = None) -> "QWidget | None":
        """Show a panel member's assessment form of ``interview_id`` (``None``: ask who
        fills it in); ``None`` if cancelled or not opened."""
        if self.assessment_windows is None:
            return None
        return self.assessment_windows.open_form(interview_id, panel_member_id)

    def open_panel_discussion(self, interview_id: int) -> "QWidget | None":
        """Show the panel discussion of ``interview_id``; ``None`` if not opened."""
        if self.assessment_windows is None:
            return None
        return self.assessment_windows.open_panel(interview_id)

    def _open_selected_form(self) -> None:
        interview = self.home.selected_interview() if self.home is not None else None
        if interview is not None:
            self.open_assessment_form(interview.id)

    def _open_selected_panel(self) -> None:
        interview = self.home.selected_interview() if self.home is not None else None
        if interview is not None:
            self.open_panel_discussion(interview.id)

    def _print_selected(self, document: str) -> "QWidget | None":
        """Preview ``document`` ("report", "kit", "comparison") of the selection."""
        from interviewdesk.ui import print_documents

        if self.db is None or self.home is None:
            return None
        page_size = self.settings.page_size
        if document == "comparison":
            vacancy_id = self.home.selected_vacancy_id()
            return (print_documents.comparison(self, self.db, vacancy_id, page_size)
                    if vacancy_id is not None else None)
        interview = self.home.selected_interview()
        if interview is None:
            return None
        show = {"report": print_documents.interview_report,
                "dossier": print_documents.dossier}.get(document, print_documents.interview_kit)
        return show(self, self.db, interview.id, page_size)

    def _export_selected_calendar(self) -> None:
        """Save the selected interview's calendar file (ui/calendar_export.py)."""
        from interviewdesk.ui.calendar_export import export_interview_calendar
        from interviewdesk.ui.i18n import current_language

        interview = self.home.selected_interview() if self.home is not None else None
        if self.db is None or interview is None:
            return
        written = export_interview_calendar(self, self.db, interview.id,
                                            interview.candidate_name, current_language())
        if written is not None:
            self.statusBar().showMessage(
                self.tr("Calendar file saved: {path}").format(path=written), 8000)

    def _write_to_selected_candidate(self) -> None:
        """Write to the selected interview's candidate (ui/letter_dialog.py)."""
        from interviewdesk.store.letters import application_of_interview

        interview = self.home.selected_interview() if self.home is not None else None
        if self.db is None or self.commands is None or interview is None:
            return
        application_id = application_of_interview(self.db, interview.id)
        if application_id is None:
            self.home.refresh()
            return
        self.commands.write_letter(application_id, interview.id)

    # -- exchange packages (panel members on their own laptops) ---------------------

    def _attach_exchange(self, db: "Database") -> None:
        from interviewdesk.ui.exchange import ExchangeCommands

        self.exchange = ExchangeCommands(db, self)
        self.exchange.imported.connect(self._package_imported)
        self.exchange.decided.connect(lambda: self.home.refresh() if self.home else None)
        self.setAcceptDrops(True)

    def _exchange_selected(self, what: str) -> None:
        """Make a panel or return package of, or review the returned changes of, the
        selected interview."""
        interview = self.home.selected_interview() if self.home is not None else None
        if interview is None or self.exchange is None:
            return
        if what == "panel":
            self.exchange.send_panel_package(interview.id)
        elif what == "return":
            self.exchange.send_return(interview.id)
        else:
            self.exchange.review_changes(interview.id)

    def _choose_package(self) -> None:
        if self.exchange is not None:
            self.exchange.choose_and_import()

    def _move_database(self) -> None:
        if self.exchange is not None:
            self.exchange.move_database()

    def _package_imported(self, interview_id: int) -> None:
        """Show what came in: the interview's vacancy, or everything after a move."""
        if self.home is None or self.db is None:
            return
        self.home.refresh()
        self.show_view("home")
        if interview_id:
            from interviewdesk.store.interview_records import load_session

            self.home.select_vacancy(load_session(self.db, interview_id).vacancy_id)
        self._update_actions()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Take a dragged ``.idpkg`` file (an exchange package), nothing else."""
        if self.exchange is None:
            event.ignore()
            return
        from interviewdesk.ui.exchange import package_path

        if package_path(event) is not None:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """Import the dropped package once the drop is over (a dialog opened inside
        it would keep the file manager waiting)."""
        if self.exchange is None:
            event.ignore()
            return
        from interviewdesk.ui.exchange import package_path

        path = package_path(event)
        if path is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        exchange = self.exchange
        QTimer.singleShot(0, self, lambda: exchange.import_file(path))

    # -- team mode: the laptop in the interview room ------------------------------------

    def _attach_offline(self, db: "Database") -> None:
        """On a team server: Take offline / Bring back in the Interview menu and on the
        interview's row, and each row saying who holds it offline. Not on a laptop's
        own database (nothing to take from)."""
        if self.home is None:
            return
        if db.is_sqlite:  # a laptop: its copies say so in the list
            self.home.offline_labels = lambda: _laptop_labels(db)
            return
        from interviewdesk.ui.exchange.offline_commands import OfflineCommands

        self.offline = OfflineCommands(db, self.data_dir, self)
        self.offline.changed.connect(self.home.refresh)
        self.home.offline_labels = self.offline.taken_labels
        before = self.interview_menu.actions()[-2]  # the separator above Training
        for action in (self.take_offline_action, self.bring_back_action,
                       self.release_offline_action):
            self.interview_menu.insertAction(before, action)
        self.interview_menu.insertSeparator(before)
        table = self.home.detail.interviews.table
        table.addAction(self.take_offline_action)
        table.addAction(self.bring_back_action)

    def _take_selected_offline(self) -> None:
        interview = self.home.selected_interview() if self.home is not None else None
        vacancy = self.home.selected_vacancy_id() if self.home is not None else None
        if interview is not None and vacancy is not None and self.offline is not None:
            self.offline.take(vacancy, interview.id)

    def _bring_back(self) -> None:
        if self.offline is not None:
            self.offline.bring_back()

    def _release_selected_offline(self) -> None:
        interview = self.home.selected_interview() if self.home is not None else None
        if interview is not None and self.offline is not None:
            self.offline.release(interview.id)

    def _interview_closed(self, _interview_id: int) -> None:
        """An interview window closed: its stage and progress show in the lists."""
        if self.home is not None:
            self.home.refresh()

    def _update_interview_actions(self) -> None:
        """Open, Edit planning, Assessment form and Panel discussion work on the
        selected interview; Open is called Continue once that interview has started."""
        interview = self.home.selected_interview() if self.home is not None else None
        for action in (self.open_interview_action, self.edit_planning_action,
                       self.assessment_form_action, self.panel_discussion_action,
                       self.report_action, self.kit_action, self.dossier_action,
                       self.panel_package_action, self.return_package_action,
                       self.returned_changes_action, self.letter_action):
            action.setEnabled(interview is not None)
        self.take_offline_action.setEnabled(interview is not None)
        self.release_offline_action.setEnabled(interview is not None)
        self.calendar_action.setEnabled(interview is not None
                                        and interview.scheduled_at is not None)
        vacancy = self.home.selected_vacancy_id() if self.home is not None else None
        self.comparison_action.setEnabled(vacancy is not None)
        self.copy_vacancy_action.setEnabled(vacancy is not None)
        if interview is not None and interview.started:
            self.open_interview_action.setText(self.tr("&Continue interview"))
        else:
            self.open_interview_action.setText(self.tr("&Open interview"))

    def show_calibration(self) -> "QWidget | None":
        """View ▸ Calibration: one window, raised if it is open already."""
        from interviewdesk.ui.calibration.window import CalibrationWindow

        if self.db is None:
            return None
        window = getattr(self, "_calibration_window", None)
        if window is None or window.db is not self.db:
            window = CalibrationWindow(self.db, self._agenda(), self, self.settings.page_size)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(lambda: setattr(self, "_calibration_window", None))
            self._calibration_window = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _copy_selected_vacancy(self) -> None:
        if self.home is not None:
            self.home.copy_vacancy()

    def _open_library(self) -> None:
        """File → Library…: look through, edit and delete the firm's library."""
        if self.db is None:
            return
        from interviewdesk.ui.library.manager import LibraryDialog

        LibraryDialog.manage(self, self.db, self._agenda())

    def _manage_interviewers(self) -> None:
        if self.commands is not None:
            self.commands.manage_interviewers()

    def _create_first_vacancy(self) -> None:
        if self.commands is not None and self.commands.edit_vacancy() is not None:
            self.show_view("home")

    def load_example(self) -> None:
        """Load the example vacancy with its candidates and panel, and show it."""
        if self.db is None or self.home is None:
            return
        from interviewdesk.example.database import ExampleAlreadyLoaded, load_example

        try:
            vacancy_id = load_example(self.db).vacancy_id
            self.statusBar().showMessage(self.tr("The example has been loaded."), STATUS_MS)
        except ExampleAlreadyLoaded as already:
            vacancy_id = already.vacancy_id
        self.home.refresh()
        self.show_view("home")
        self.home.select_vacancy(vacancy_id)
        self._update_actions()

    def back_up_now(self) -> None:
        """Copy the database to the backups folder now."""
        if self.db is None:  # still being checked, migrated, backed up: not yet
            return
        from interviewdesk.store.backups import BackupError, make_backup

        try:
            backup = make_backup(database_path(self.data_dir), backups_dir(self.data_dir),
                                 keep=self.settings.keep_backups, reason="manual")
        except BackupError as error:
            log.error("Manual backup failed: %s", error)
            messages.error(self, self.tr("Backup failed"),
                           self.tr("The backup could not be made. Your data itself is "
                                   "unchanged."), str(error))
            return
        self.statusBar().showMessage(
            self.tr("Backup saved as {name}.").format(name=backup.name), STATUS_MS)

    def open_data_folder(self) -> None:
        """Show the data folder (database, backups, logs) in the file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))

    def edit_settings(self) -> None:
        """Open the Settings dialog and apply a changed language at once."""
        from interviewdesk.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self,
                                data_dir=self.data_dir if self.db is not None else None)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_language(self.settings.language)
            if self.home is not None:
                self.home.retention_policy = self.settings.retention_policy()
                self.home.load_retention()
        if dialog.protection_requested:
            self.change_protection()

    def change_protection(self) -> None:
        """Protect the data folder with a passphrase, or remove it (whichever applies)."""
        if self.db is None:
            return
        from interviewdesk.store import encryption
        from interviewdesk.ui import protection_commands

        change = (protection_commands.remove_protection
                  if encryption.is_protected(self.data_dir)
                  else protection_commands.protect_data_folder)
        if change(self, self.db, self.data_dir, self._close_data_windows) and self.home:
            self.home.refresh()
        self._update_protection_action()

    def _close_data_windows(self) -> bool:
        """Close every interview window and assessment form (each saves first), and the
        calibration view and the training window (they hold nothing unsaved)."""
        calibration = getattr(self, "_calibration_window", None)
        if calibration is not None:
            calibration.close()
        if self.training_window is not None:
            self.training_window.close()  # a rating is saved when given: nothing to lose
        return all(windows is None or windows.close_all()
                   for windows in (self.interview_windows, self.assessment_windows))

    def open_training(self) -> None:
        """Training: the calibration exercises (``ui.training``), one window at a time."""
        if self.db is None:
            return
        from interviewdesk.ui.training.exercise_window import open_training

        window = open_training(self, self.db, self.training_window)
        if window is not self.training_window:
            window.closed.connect(self._training_closed)
            self.training_window = window

    def _training_closed(self) -> None:
        self.training_window = None

    def _keep_local_actions_local(self, db: "Database") -> None:
        """Team mode: backing up, the passphrase and moving the database act on this
        computer's data folder, not on a team server, whose administrator backs it up
        and protects it (README, "Team mode"); so they are off."""
        if db.is_sqlite:
            return
        for action in (self.backup_action, self.protection_action, self.move_action):
            action.setEnabled(False)

    def _attach_live_updates(self, db: "Database") -> None:
        """Lists follow what someone else changes: another laptop on the team server,
        or another process on the same file (:mod:`interviewdesk.ui.live_updates`)."""
        from interviewdesk.ui.live_updates import LiveUpdates

        self.live_updates = LiveUpdates(db, self)
        self.live_updates.changed.connect(self.show_changes_by_others)
        self.live_updates.reachable_changed.connect(self._database_reachable)
        self.closed.connect(self.live_updates.stop)
        self.unreachable_label = make_muted(QLabel())
        self.unreachable_label.setVisible(False)
        self.statusBar().addPermanentWidget(self.unreachable_label)

    def show_changes_by_others(self) -> None:
        """Someone else changed the data: reload the home view without disturbing it
        (selection, scrolling, search, focus stay), and the open panel discussions."""
        if self.home is None:
            return
        from interviewdesk.ui.quiet_refresh import keeping_view

        with keeping_view(self.home):
            self.home.refresh()
        # On a worker thread: ≈0.7 s on 10,000 candidates (kept as it is when it shows).
        self.home.read_follow_up()
        self._update_actions()
        for window in self.windows_following_changes():
            window.show_changes_by_others()  # type: ignore[attr-defined]

    def windows_following_changes(self) -> list[QWidget]:
        """The open windows on this database that follow others' changes themselves:
        interview windows, assessment forms, panel discussions, the calibration view
        (those opened from an interview window too, which no list here holds)."""
        return [window for window in QApplication.topLevelWidgets()
                if window is not self and window.isVisible()
                and getattr(window, "db", None) is self.db
                and callable(getattr(window, "show_changes_by_others", None))]

    def _database_reachable(self, reachable: bool) -> None:
        """One quiet line while the database does not answer, never a dialog."""
        if reachable:
            self.unreachable_label.setVisible(False)
            self.statusBar().showMessage(self.tr(
                "The team server answers again; the lists are up to date.")
                if self.db is not None and not self.db.is_sqlite else
                self.tr("The lists are up to date again."), STATUS_MS)
            return
        self.unreachable_label.setText(self.tr(
            "The team server cannot be reached: the lists are not updated until it is back.")
            if self.db is not None and not self.db.is_sqlite else
            self.tr("Changes made elsewhere cannot be followed right now."))
        self.unreachable_label.setVisible(True)

    def _update_protection_action(self) -> None:
        protected = False
        if self.db is not None:  # the store (and SQLCipher) is not imported before
            from interviewdesk.store import encryption

            protected = encryption.is_protected(self.data_dir)
        self.protection_action.setText(
            self.tr("Remove the &passphrase…") if protected
            else self.tr("Protect with a &passphrase…"))

    def export_candidate_data(self) -> None:
        """Everything held on a candidate, for an access request (the selected one first)."""
        if self.db is None or self.home is None:
            return
        from interviewdesk.ui.access_request import export_candidate_data

        export_candidate_data(self, self.db, self.home.selected_candidate_id(),
                              self.settings.page_size)

    def move_to_personnel_file(self) -> None:
        """A hired candidate's data out to the personnel file (exported, then erased)."""
        if self.db is None or self.home is None or self.commands is None:
            return
        from interviewdesk.ui.access_request import move_to_personnel_file

        move_to_personnel_file(self, self.db, self.commands, self.home.selected_candidate_id(),
                               self.settings.page_size)

    def show_due_for_deletion(self) -> None:
        """Bring the home view's "Due for deletion" list into sight and focus."""
        if self.home is None:
            return
        self.show_view("home")
        self.search_field.clear()
        self.home.load_retention()
        section = self.home.sidebar.retention
        if section.model.rowCount():
            section.view.setCurrentIndex(section.model.index(0, 0))
        section.view.setFocus()

    def apply_language(self, language: str | None) -> None:
        """Switch the interface to ``language`` ("nl", "en", or ``None`` for the system's)."""
        from interviewdesk.ui.i18n import install_language

        install_language(language)
        # No LanguageChange event arrives when no translation file was loaded (English
        # source text); dates and numbers still follow the new locale.
        self.retranslate_ui()
        for page in (self.loading, self.welcome, self.home):
            if page is not None:
                page.retranslate_ui()

    def show_about(self) -> None:
        from interviewdesk import version

        messages.inform(self, self.tr("About InterviewDesk"), self.tr(
            "InterviewDesk {version}\n\nStructured job interviews, anchored scoring and "
            "printed assessment forms — offline, on this computer.").format(
                version=version()))

    def _update_actions(self) -> None:
        if self.db is None or self.welcome is None:
            return
        from interviewdesk.example.texts import VACANCY_TITLE
        from interviewdesk.store import queries

        available = queries.vacancy_id_by_title(self.db, VACANCY_TITLE) is None
        self.load_example_action.setEnabled(available)
        self.welcome.set_example_available(available)

    # -- state ----------------------------------------------------------------------

    def restore_state(self) -> None:
        """Put the window back as the user left it: size and place, the page, the
        vacancy (:meth:`restore_geometry`, then :meth:`restore_view`)."""
        self.restore_geometry()
        self.restore_view()

    def restore_geometry(self) -> None:
        """The window's size, place and toolbars as the user left them (before it is
        shown, so it never jumps)."""
        if not self.settings.geometry or not self.restoreGeometry(self.settings.geometry):
            self.resize(self._default_size())
        if self.settings.window_state:
            self.restoreState(self.settings.window_state)

    def restore_view(self) -> None:
        """The page and vacancy the user left, once data is attached. An empty
        database always starts on the welcome page."""
        if self.db is None or self.home is None:
            return
        from interviewdesk.store import queries

        if self.settings.home_splitter:
            self.home.splitter.restoreState(self.settings.home_splitter)
        if queries.count_vacancies(self.db) == 0:
            self.show_view("welcome")
            return
        self.show_view(self.settings.last_view if self.settings.last_view in VIEWS else "home")
        last = self.settings.last_vacancy_id
        if last is None or not self.home.select_vacancy(last):
            rows = self.home.sidebar.vacancies.model.rows()
            if rows:
                self.home.select_vacancy(rows[0].id)

    def _default_size(self) -> QSize:
        """1280×800, or less on a smaller screen."""
        screen = self.screen()
        if screen is None:
            return DEFAULT_SIZE
        room = screen.availableGeometry().size() * 0.9
        return DEFAULT_SIZE.boundedTo(room)

    def save_state(self) -> None:
        """Remember size, place, page and selected vacancy for the next start. Closed
        before data was attached, only size and place: the page and vacancy saved
        last time still hold."""
        self.settings.geometry = self.saveGeometry().data()
        self.settings.window_state = self.saveState().data()
        if self.home is not None:
            self.settings.home_splitter = self.home.splitter.saveState().data()
            self.settings.last_view = self.current_view()
            self.settings.last_vacancy_id = self.home.selected_vacancy_id()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Close the interview windows and assessment forms first (each saves what is
        typed); if one cannot save, it stays open in front and so does this window."""
        for windows in (self.interview_windows, self.assessment_windows):
            if windows is not None and not windows.close_all():
                log.info("Not closing: an interview or assessment window could not save")
                event.ignore()
                return
        self.save_state()
        super().closeEvent(event)
        if event.isAccepted() and not self.was_closed:
            self.was_closed = True
            self.closed.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.was_painted:
            self.was_painted = True
            self.first_painted.emit()

    # -- language -------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(messages.application_title())
        self.file_menu.setTitle(self.tr("&File"))
        self.interview_menu.setTitle(self.tr("&Interview"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.assessment_menu.setTitle(self.tr("&Assessment"))
        texts = (
            (self.new_vacancy_action, self.tr("New &vacancy…")),
            (self.new_candidate_action, self.tr("New &candidate…")),
            (self.new_interview_action, self.tr("New &interview…")),
            (self.interviewers_action, self.tr("I&nterviewers…")),
            (self.copy_vacancy_action, self.tr("Cop&y vacancy…")),
            (self.library_action, self.tr("Lib&rary…")),
            (self.load_example_action, self.tr("Load &example data")),
            (self.backup_action, self.tr("&Back up now")),
            (self.access_export_action, self.tr("Export a candidate's &data…")),
            (self.personnel_file_action, self.tr("&Move to the personnel file…")),
            (self.open_folder_action, self.tr("&Open data folder")),
            (self.settings_action, self.tr("&Settings…")),
            (self.quit_action, self.tr("&Quit")),
            (self.edit_planning_action, self.tr("&Edit planning…")),
            (self.assessment_form_action, self.tr("Assessment &form…")),
            (self.panel_discussion_action, self.tr("&Panel discussion…")),
            (self.report_action, self.tr("Interview &report…")),
            (self.kit_action, self.tr("Blank interview &kit…")),
            (self.dossier_action, self.tr("&Dossier (report and forms)…")),
            (self.calendar_action, self.tr("Calendar file (.&ics)…")),
            (self.letter_action, self.tr("&Write to the candidate…")),
            (self.comparison_action, self.tr("Print &comparison…")),
            (self.panel_package_action, self.tr("Panel package for a &member…")),
            (self.return_package_action, self.tr("Re&turn an assessment to the chair…")),
            (self.returned_changes_action, self.tr("Returned c&hanges…")),
            (self.training_action, self.tr("Trai&ning: rate an example answer…")),
            (self.take_offline_action, self.tr("Take o&ffline…")),
            (self.bring_back_action, self.tr("Bring &back…")),
            (self.release_offline_action, self.tr("Release offline mar&k…")),
            (self.import_package_action, self.tr("I&mport package…")),
            (self.move_action, self.tr("Move to another &laptop…")),
            (self.home_action, self.tr("&Home")),
            (self.find_action, self.tr("&Search")),
            (self.calibration_action, self.tr("&Calibration…")),
            (self.about_action, self.tr("&About InterviewDesk")),
        )
        for action, text in texts:
            action.setText(text)
        self._update_protection_action()
        self._update_interview_actions()
        self.top_bar.setWindowTitle(self.tr("Search and add"))
        self.search_field.setPlaceholderText(self.tr("Search candidates, vacancies…"))
        self.add_vacancy_button.setText(self.tr("+ Vacancy"))
        self.add_candidate_button.setText(self.tr("+ Candidate"))
        self.add_interview_button.setText(self.tr("+ Interview"))
        for button, action in ((self.search_field, self.find_action),
                               (self.add_vacancy_button, self.new_vacancy_action),
                               (self.add_candidate_button, self.new_candidate_action),
                               (self.add_interview_button, self.new_interview_action)):
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{action.text().replace('&', '').rstrip('…')} ({shortcut})")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.ActivationChange and self.home is not None:
            self._activation_changed()
        super().changeEvent(event)

    def _activation_changed(self) -> None:
        """Back from an interview window, a form or a panel discussion: what was done
        there (a stage reached, a form submitted, a decision) shows in the lists at
        once, the view kept as the user left it. Changes from this process do not come
        through the live updates, which follow other programs' changes."""
        if not self.isActiveWindow():
            if self.windows_following_changes():
                self._away_in_other_windows = True
            return
        if self._away_in_other_windows:
            self._away_in_other_windows = False
            QTimer.singleShot(0, self._refresh_after_other_windows)

    def _refresh_after_other_windows(self) -> None:
        if self.home is None or self.was_closed:
            return
        from interviewdesk.ui.quiet_refresh import keeping_view

        with keeping_view(self.home):
            self.home.refresh()
        self.home.read_follow_up()
        self._update_actions()


def _laptop_labels(db: "Database") -> dict[int, str]:
    """The home view's labels of interviews held offline on this laptop; the exchange
    code loads only when there are any (not at every start)."""
    from interviewdesk.store.queries import holds_offline_copies

    if not holds_offline_copies(db):
        return {}
    from interviewdesk.ui.exchange.offline_commands import laptop_labels

    return laptop_labels(db)
