"""The five behavioural anchors of a competency, one field per point of the scale,
each labelled with the point's number and name (``1 · Clearly below``)."""

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QWidget

from interviewdesk.domain.scales import RATING_SCALE
from interviewdesk.ui.i18n import current_language
from interviewdesk.ui.style import SPACING, SPACING_SMALL

ANCHOR_LINES = 3


class AnchorsEditor(QWidget):
    """Edit the anchor texts for scores 1–5; ``changed`` fires on every keystroke."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(SPACING)
        layout.setVerticalSpacing(SPACING_SMALL)
        language = current_language()
        self.fields: list[QPlainTextEdit] = []
        line_height = QFontMetrics(self.font()).lineSpacing()
        for row, point in enumerate(RATING_SCALE):
            field = QPlainTextEdit()
            field.setTabChangesFocus(True)
            field.setFixedHeight(line_height * ANCHOR_LINES + 12)
            field.setPlaceholderText(
                self.tr("What does a {score} look like for this competency?").format(
                    score=point.score
                )
            )
            field.textChanged.connect(self.changed)
            name = point.label.in_language(language)
            label = QLabel(self.tr("&{score} · {name}").format(score=point.score, name=name))
            label.setBuddy(field)
            label.setWordWrap(True)
            label.setMinimumWidth(label.fontMetrics().horizontalAdvance("5 · Clearly exceeds"))
            layout.addWidget(label, row, 0)
            layout.addWidget(field, row, 1)
            self.fields.append(field)
        layout.setColumnStretch(1, 1)

    def anchors(self) -> list[str]:
        """The five anchor texts, index 0 for score 1."""
        return [field.toPlainText() for field in self.fields]

    def set_anchors(self, anchors: list[str]) -> None:
        """Show ``anchors`` (index 0 for score 1) without emitting ``changed``."""
        for field, text in zip(self.fields, anchors, strict=True):
            field.blockSignals(True)
            field.setPlainText(text)
            field.blockSignals(False)
