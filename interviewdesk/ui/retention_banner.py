"""A calm line across the top of the main window at start, when candidates' data is
past its retention date: says how many, and leads to the list. No colour alarm, no
dialog: the user may be about to hold an interview."""

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from interviewdesk.ui.style import SPACING, SPACING_SMALL


class RetentionBanner(QFrame):
    """Hidden until :meth:`set_overdue` reports any; "Close" hides it for this session.

    ``show_requested`` asks for the "Due for deletion" list.
    """

    show_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.backgroundRole().AlternateBase)
        self.count = 0
        self.dismissed = False
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.show_button = QPushButton()
        self.show_button.clicked.connect(self.show_requested)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(SPACING, SPACING_SMALL, SPACING, SPACING_SMALL)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.close_button)
        self.retranslate_ui()
        self.setVisible(False)

    def set_overdue(self, count: int) -> None:
        """Show the number past their date (hidden at 0, or once dismissed)."""
        self.count = count
        self.retranslate_ui()
        self.setVisible(count > 0 and not self.dismissed)

    def dismiss(self) -> None:
        """Hide the banner for the rest of this session ("Not now")."""
        self.dismissed = True
        self.setVisible(False)

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr(
            "The retention period of %n candidate(s) has passed. Their data should now be "
            "erased, unless they consented to a longer period.", "", self.count))
        self.show_button.setText(self.tr("&Show who"))
        self.close_button.setText(self.tr("Not now"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
