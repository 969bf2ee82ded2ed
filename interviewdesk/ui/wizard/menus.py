"""The interview window's actions and its three menus — Interview, Stage, View —
with every shortcut the interviewer uses in the room shown beside its command.

Shortcuts that must work while typing a note: Ctrl+PgDown / Ctrl+PgUp and Alt+Right /
Alt+Left for the next and previous stage, Ctrl+Enter for "stage done", Ctrl+1 … Ctrl+9
for a stage by number, F8 (or Ctrl+Shift+Space) to start and pause the clock — keys
that type nothing.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from interviewdesk.ui.wizard.window import InterviewWindow

CLOCK_KEYS = ("F8", "Ctrl+Shift+Space")
NEXT_KEYS = ("Ctrl+PgDown", "Alt+Right")
PREVIOUS_KEYS = ("Ctrl+PgUp", "Alt+Left")
DONE_KEYS = ("Ctrl+Return", "Ctrl+Enter")
ZOOM_IN_KEYS = ("Ctrl+=", "Ctrl++")
ZOOM_OUT_KEYS = ("Ctrl+-",)
ZOOM_RESET_KEYS = ("Ctrl+0",)
CV_PANEL_KEY = "Ctrl+Shift+C"
VACANCY_PANEL_KEY = "Ctrl+Shift+V"


class InterviewMenus(QObject):
    """Creates the actions of ``window`` and puts them in its menu bar."""

    def __init__(self, window: "InterviewWindow") -> None:
        super().__init__(window)
        self.window = window
        self.clock_action = self._action(window.toggle_clock, *CLOCK_KEYS)
        self.close_action = self._action(window.close, QKeySequence.StandardKey.Close)
        self.next_action = self._action(window.next_stage, *NEXT_KEYS)
        self.previous_action = self._action(window.previous_stage, *PREVIOUS_KEYS)
        self.done_action = self._action(window.stage_done, *DONE_KEYS)
        self.stage_actions: list[QAction] = []
        context = window.context
        for number, stage in enumerate(context.agenda.stages, start=1):
            keys = [f"Ctrl+{number}"] if number <= 9 else []
            action = self._action(lambda _checked=False, key=stage.key: window.go_to(key), *keys)
            action.setText(f"&{number}  {context.stage_name(stage)}" if number <= 9
                           else context.stage_name(stage))
            self.stage_actions.append(action)
        self.cv_action = window.cv_dock.toggleViewAction()
        self.cv_action.setShortcut(QKeySequence(CV_PANEL_KEY))
        self.vacancy_action = window.vacancy_dock.toggleViewAction()
        self.vacancy_action.setShortcut(QKeySequence(VACANCY_PANEL_KEY))
        # Ctrl+F belongs to the page area: inside a panel, the panel's own Ctrl+F finds
        # in what that panel shows (two window-wide Ctrl+F shortcuts would be ambiguous).
        self.find_action = QAction(window)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action.triggered.connect(window.find_in_cv)
        window.centralWidget().addAction(self.find_action)
        # Ctrl+= / Ctrl+- / Ctrl+0 from a note zoom the side panel in view (a note would
        # zoom itself); inside a panel, the panel's own keys do the same.
        self.zoom_actions: list[QAction] = []
        for steps, keys in ((1, ZOOM_IN_KEYS), (-1, ZOOM_OUT_KEYS), (0, ZOOM_RESET_KEYS)):
            action = QAction(window)
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, s=steps: window.zoom_panel(s))
            window.centralWidget().addAction(action)
            self.zoom_actions.append(action)

        bar = window.menuBar()
        self.interview_menu = bar.addMenu(self.tr("&Interview"))
        self.interview_menu.addAction(self.clock_action)
        self.interview_menu.addSeparator()
        self.interview_menu.addAction(self.close_action)
        self.stage_menu = bar.addMenu(self.tr("&Stage"))
        self.stage_menu.addAction(self.previous_action)
        self.stage_menu.addAction(self.next_action)
        self.stage_menu.addAction(self.done_action)
        self.stage_menu.addSeparator()
        for action in self.stage_actions:
            self.stage_menu.addAction(action)
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.addAction(self.cv_action)
        self.view_menu.addAction(self.vacancy_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.find_action)
        self.view_menu.addSeparator()
        for action in self.zoom_actions:
            self.view_menu.addAction(action)

        self.close_action.setText(self.tr("&Close interview window"))
        self.next_action.setText(self.tr("&Next stage"))
        self.previous_action.setText(self.tr("&Previous stage"))
        self.done_action.setText(self.tr("Stage &done, go on"))
        window.done_button.setToolTip(self.tr("Mark this stage done and go to the next "
                                              "({key})").format(
            key=QKeySequence(DONE_KEYS[0]).toString(QKeySequence.SequenceFormat.NativeText)))
        self.cv_action.setText(self.tr("&Candidate panel (CV and letter)"))
        self.vacancy_action.setText(self.tr("&Vacancy panel"))
        self.find_action.setText(self.tr("&Find in the CV"))
        for action, text in zip(self.zoom_actions, (
                self.tr("&Larger text in the side panel"),
                self.tr("S&maller text in the side panel"),
                self.tr("&Normal text size in the side panel")), strict=True):
            action.setText(text)
        self.show_clock_state(running=False, started=False)

    def _action(self, slot: object, *keys: str | QKeySequence) -> QAction:
        action = QAction(self.window)
        if keys:
            action.setShortcuts([QKeySequence(key) for key in keys])
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def show_clock_state(self, *, running: bool, started: bool) -> None:
        """Name the clock command after what it will do now."""
        if running:
            self.clock_action.setText(self.tr("&Pause the clock"))
        elif started:
            self.clock_action.setText(self.tr("&Resume the clock"))
        else:
            self.clock_action.setText(self.tr("&Start the clock"))
