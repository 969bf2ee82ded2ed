"""The header bar of the interview window: the stage's time against its plan and
the interview's total against the planned length, each with a slim bar, and the
button that starts, pauses and resumes the clock.

Readable at a glance: large figures, and an overrun says so in words as well as in
colour ("2:10 over"), so it does not depend on seeing red.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from interviewdesk.domain.clock import (
    ClockState,
    InterviewClock,
    hours_minutes_seconds,
    minutes_seconds,
)
from interviewdesk.ui.style import (
    ACCENT,
    PROBLEM,
    SPACING,
    SPACING_LARGE,
    SPACING_SMALL,
    scaled_font,
)

# The colour of time over the plan; always paired with the words "over".
OVERRUN = PROBLEM
# The colour of the "Paused" badge: noticeable but not alarming.
PAUSED = QColor("#8a5a00")
PAUSED_BADGE = f"QLabel {{ color: white; background: {PAUSED.name()}; border-radius: 4px; }}"
NOT_STARTED_BADGE = ("QLabel { color: palette(text); background: palette(midlight);"
                     " border-radius: 4px; }")
BAR_HEIGHT = 6
BAR_WIDTH = 180
TIME_SIZE = 1.45


def _bar_style(colour: QColor) -> str:
    return (f"QProgressBar {{ border: none; border-radius: {BAR_HEIGHT // 2}px;"
            f" background: palette(midlight); }}"
            f" QProgressBar::chunk {{ border-radius: {BAR_HEIGHT // 2}px;"
            f" background: {colour.name()}; }}")


class TimeGauge(QWidget):
    """A caption, a large time, a slim bar and a quiet remark under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setFont(scaled_font(self.caption, 0.9))
        self.time = QLabel()
        self.time.setFont(scaled_font(self.time, TIME_SIZE, bold=True))
        self.remark = QLabel()
        self.remark.setFont(scaled_font(self.remark, 1.0, bold=True))
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setFixedSize(BAR_WIDTH, BAR_HEIGHT)
        self._over: bool | None = None
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(SPACING)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.caption, 0, 0, 1, 2)
        layout.addWidget(self.time, 1, 0)
        layout.addWidget(self.remark, 1, 1, Qt.AlignmentFlag.AlignBottom)
        layout.addWidget(self.bar, 2, 0, 1, 2)
        layout.setColumnStretch(1, 1)

    def show_time(self, text: str, elapsed: float, planned: float, over: float,
                  over_text: str) -> None:
        """Show ``text``; fill the bar to ``elapsed / planned``; mark an overrun."""
        self.time.setText(text)
        self.bar.setVisible(planned > 0)
        if planned > 0:
            self.bar.setValue(min(1000, int(1000 * elapsed / planned)))
        is_over = over > 0
        self.remark.setText(over_text if is_over else "")
        if is_over != self._over:
            self._over = is_over
            colour = OVERRUN if is_over else self.palette().color(QPalette.ColorRole.WindowText)
            for label in (self.time, self.remark):
                palette = label.palette()
                palette.setColor(QPalette.ColorRole.WindowText, colour)
                label.setPalette(palette)
            self.bar.setStyleSheet(_bar_style(OVERRUN if is_over else ACCENT))


class ClockBar(QWidget):
    """The interview's clock at the top of the window. ``toggleRequested`` when the
    start/pause button is pressed."""

    toggleRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clockBar")
        self.stage = TimeGauge()
        self.total = TimeGauge()
        self.state = QLabel()
        self.state.setFont(scaled_font(self.state, 1.1, bold=True))
        self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state.setContentsMargins(SPACING, SPACING_SMALL // 2, SPACING, SPACING_SMALL // 2)
        self._state: ClockState | None = None
        self.button = QPushButton()
        self.button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.button.clicked.connect(self.toggleRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(SPACING_LARGE, SPACING_SMALL, SPACING_LARGE, SPACING_SMALL)
        layout.setSpacing(SPACING_LARGE)
        layout.addWidget(self.stage)
        layout.addStretch(1)
        layout.addWidget(self.state, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.total)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)

    def show_clock(self, clock: InterviewClock, stage_name: str, shortcut: str) -> None:
        """Show ``clock`` with the current stage called ``stage_name``; ``shortcut`` is
        the key that starts and pauses it (shown on the button)."""
        elapsed, planned = clock.elapsed(), clock.planned()
        self.stage.caption.setText(stage_name)
        stage_text = (self.tr("{elapsed} of {planned}").format(
            elapsed=minutes_seconds(elapsed), planned=minutes_seconds(planned))
            if planned > 0 else minutes_seconds(elapsed))
        self.stage.show_time(stage_text, elapsed, planned, clock.overrun(),
                             self.tr("{time} over").format(time=minutes_seconds(clock.overrun())))
        total, planned_total = clock.total(), clock.planned_total()
        self.total.caption.setText(self.tr("Interview"))
        self.total.show_time(
            self.tr("{elapsed} / {planned}").format(elapsed=hours_minutes_seconds(total),
                                                    planned=minutes_seconds(planned_total)),
            total, planned_total, clock.total_overrun(),
            self.tr("{time} over").format(time=minutes_seconds(clock.total_overrun())))
        state = clock.state
        if state is self._state:
            return
        self._state = state
        self.state.setVisible(state is not ClockState.RUNNING)
        if state is ClockState.PAUSED:
            self.state.setText(self.tr("Paused"))
            self.state.setStyleSheet(PAUSED_BADGE)
            self.button.setText(self.tr("Resume ({key})").format(key=shortcut))
        elif state is ClockState.NOT_STARTED:
            self.state.setText(self.tr("Not started"))
            self.state.setStyleSheet(NOT_STARTED_BADGE)
            self.button.setText(self.tr("Start the clock ({key})").format(key=shortcut))
        else:
            self.button.setText(self.tr("Pause ({key})").format(key=shortcut))
