"""The overall recommendation as four clear buttons, from strong no to strong yes;
the chosen one filled with the accent colour (and still so on a submitted form)."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from interviewdesk.domain.scales import RECOMMENDATIONS
from interviewdesk.ui.assessment.form_text import recommendation_label
from interviewdesk.ui.style import ACCENT, SPACING

BUTTON_STYLE = (
    "QPushButton {{ border: 1px solid palette(mid); border-radius: 6px;"
    " padding: 10px 18px; background: palette(base); color: palette(text); }}"
    " QPushButton:hover {{ border-color: {accent}; }}"
    " QPushButton:focus {{ border: 2px solid {accent}; }}"
    " QPushButton:checked {{ background: {accent}; border-color: {accent}; color: white;"
    " font-weight: bold; }}"
    " QPushButton:disabled {{ color: palette(mid); }}"
    " QPushButton:checked:disabled {{ background: {accent}; color: white; }}"
)


class RecommendationChoice(QWidget):
    """Four buttons, one per recommendation; ``chosen(key)`` when the user picks one."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        style = BUTTON_STYLE.format(accent=ACCENT.name())
        for choice in RECOMMENDATIONS:
            button = QPushButton(recommendation_label(choice.key))
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setStyleSheet(style)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _checked=False, key=choice.key: self.chosen.emit(key))
            self.group.addButton(button)
            self.buttons[choice.key] = button
            layout.addWidget(button, 1)

    @property
    def value(self) -> str | None:
        """The key of the recommendation chosen, or ``None``."""
        return next((key for key, b in self.buttons.items() if b.isChecked()), None)

    def set_value(self, key: str | None) -> None:
        """Show ``key`` as chosen (``None``: none), without reporting an edit."""
        self.group.setExclusive(False)
        for button_key, button in self.buttons.items():
            button.setChecked(button_key == key)
        self.group.setExclusive(True)

    def set_read_only(self, read_only: bool) -> None:
        """A submitted form shows its recommendation and offers no other."""
        for button in self.buttons.values():
            button.setEnabled(not read_only)

    def focus_first(self) -> None:
        """Put the keyboard on the recommendation."""
        (self.group.checkedButton() or self.buttons[RECOMMENDATIONS.keys()[0]]).setFocus()
