"""The first page on an empty database: what the app does, and two ways to begin."""

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.ui.style import SPACING, SPACING_LARGE, make_muted, scaled_font

CONTENT_WIDTH = 720


class WelcomePage(QWidget):
    """Two big choices: create a vacancy, or load the example to look around."""

    create_vacancy_requested = Signal()
    load_example_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setFont(scaled_font(self.title, 1.8, bold=True))
        self.title.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setFont(scaled_font(self.explanation, 1.1))
        self.privacy = make_muted(QLabel())
        self.privacy.setWordWrap(True)

        self.create_button = QCommandLinkButton()
        self.example_button = QCommandLinkButton()
        for button in (self.create_button, self.example_button):
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.setMinimumHeight(96)
            # A quiet frame makes each choice read as one big button on every style.
            button.setStyleSheet(
                "QCommandLinkButton { border: 1px solid palette(mid); border-radius: 6px;"
                f" padding: {SPACING}px; }}"
                " QCommandLinkButton:hover { border-color: palette(highlight); }"
                " QCommandLinkButton:focus { border: 2px solid palette(highlight); }")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_vacancy_requested)
        self.example_button.clicked.connect(self.load_example_requested)

        choices = QHBoxLayout()
        choices.setSpacing(SPACING_LARGE)
        choices.addWidget(self.create_button, 1)
        choices.addWidget(self.example_button, 1)

        content = QWidget()
        content.setMaximumWidth(CONTENT_WIDTH)
        column = QVBoxLayout(content)
        column.setSpacing(SPACING)
        column.addWidget(self.title)
        column.addWidget(self.explanation)
        column.addSpacing(SPACING_LARGE)
        column.addLayout(choices)
        column.addSpacing(SPACING_LARGE)
        column.addWidget(self.privacy)

        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(content, 100)
        centred.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING_LARGE * 2, SPACING_LARGE, SPACING_LARGE * 2,
                                  SPACING_LARGE)
        layout.addStretch(1)
        layout.addLayout(centred)
        layout.addStretch(2)
        self.retranslate_ui()

    def set_example_available(self, available: bool) -> None:
        """Offer the example only while it has not been loaded."""
        self.example_button.setEnabled(available)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Welcome to InterviewDesk"))
        self.explanation.setText(self.tr(
            "InterviewDesk walks you through a structured job interview. Prepare the "
            "vacancy with the core competencies that matter and a question for every part "
            "of the agenda; follow the agenda during the conversation while your notes are "
            "saved as you type; then let each panel member score on their own before you "
            "compare and decide together."))
        self.create_button.setText(self.tr("Create a vacancy"))
        self.create_button.setDescription(self.tr(
            "Start with the job you are hiring for: its text, core competencies and "
            "interview questions."))
        self.example_button.setText(self.tr("Load the example"))
        self.example_button.setDescription(self.tr(
            "Look around in a filled-in vacancy with candidates, a panel and interviews. "
            "You can delete it when you are done."))
        self.privacy.setText(self.tr(
            "Everything stays on this computer: no account, no network. Candidates' data is "
            "kept until 4 weeks after the procedure ends, or 1 year with their consent; "
            "the app tells you when it is due for deletion."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

