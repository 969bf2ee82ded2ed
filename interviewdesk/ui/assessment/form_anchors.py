"""The score of one competency as five anchor cards side by side, plus "Not assessed".

Each card shows the score, its label on the scale and this vacancy's anchor text,
wrapped; the five anchors get equal widths so they can be read across. The chosen
card is filled with a tint of the accent colour and edged in it: visible at a
glance, without shouting. The group is one keyboard stop: keys 1–5 choose a score,
0 "not assessed", the arrow keys move the choice.
"""

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QEnterEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from interviewdesk.domain.scales import MAX_SCORE, MIN_SCORE
from interviewdesk.ui.assessment.form_text import not_assessed_label, score_title
from interviewdesk.ui.style import ACCENT, SPACING, SPACING_SMALL, scaled_font

# The choice of "not assessed" (the store keeps it as a score of None).
NOT_ASSESSED = 0
# Narrowest a card may become before the form scrolls sideways.
CARD_MIN_WIDTH = 120
# Layout stretch of an anchor card and of the narrower "not assessed" card.
ANCHOR_STRETCH = 10
NOT_ASSESSED_STRETCH = 7
RADIUS = 6.0
# How much of the accent tints the chosen card.
CHOSEN_TINT = 0.14

DIGIT_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(NOT_ASSESSED, MAX_SCORE + 1)}


def tint(base: QColor, amount: float) -> QColor:
    """``amount`` (0–1) of the accent over ``base``."""
    return QColor.fromRgbF(*(getattr(base, c)() + (getattr(ACCENT, c)() - getattr(base, c)())
                             * amount for c in ("redF", "greenF", "blueF")))


class AnchorCard(QWidget):
    """One choice: a title ("3 · Meets") over a wrapped description. ``clicked`` when
    the user clicks it (the group decides what that means)."""

    clicked = Signal()

    def __init__(self, value: int, title: str, text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        self.chosen = False
        self.read_only = False
        self._hover = False
        self.title = QLabel(title)
        self.title.setFont(scaled_font(self.title, 1.0, bold=True))
        self.title.setWordWrap(True)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING, SPACING_SMALL + 2, SPACING, SPACING)
        layout.setSpacing(SPACING_SMALL // 2)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumWidth(CARD_MIN_WIDTH)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)

    def set_chosen(self, chosen: bool) -> None:
        """Show this card as the chosen one, or not."""
        if chosen != self.chosen:
            self.chosen = chosen
            palette = self.title.palette()
            palette.setColor(QPalette.ColorRole.WindowText,
                             ACCENT if chosen else self.palette().color(
                                 QPalette.ColorRole.WindowText))
            self.title.setPalette(palette)
            self.update()

    def set_read_only(self, read_only: bool) -> None:
        """A read-only card shows its state but is not a thing to click."""
        self.read_only = read_only
        self.setCursor(Qt.CursorShape.ArrowCursor if read_only
                       else Qt.CursorShape.PointingHandCursor)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click on the card chooses it."""
        if (event.button() == Qt.MouseButton.LeftButton and not self.read_only
                and self.rect().contains(event.position().toPoint())):
            self.clicked.emit()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def enterEvent(self, event: QEnterEvent) -> None:
        """Edge the card under the mouse, so it reads as clickable."""
        self._hover = True
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event: object) -> None:
        """The mouse left: no more hover edge."""
        self._hover = False
        self.update()
        super().leaveEvent(event)  # type: ignore[arg-type]

    def paintEvent(self, event: QPaintEvent) -> None:
        """A rounded card; tinted and edged in the accent colour when chosen."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        if self.chosen:
            fill, edge, width = tint(base, CHOSEN_TINT), ACCENT, 2.0
        elif self._hover and not self.read_only:
            fill, edge, width = base, ACCENT, 1.0
        else:
            fill, edge, width = base, palette.color(QPalette.ColorRole.Mid), 1.0
        painter.setBrush(fill)
        painter.setPen(QPen(edge, width))
        inset = width / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset),
                                RADIUS, RADIUS)


class ScoreChoice(QWidget):
    """Five anchor cards and "Not assessed" for one competency.

    :attr:`choice` is ``None`` (nothing chosen), ``0`` (not assessed) or 1–5.
    ``chosen(value)`` when the user picks one by mouse or key; ``keyChosen(value)``
    additionally when it was a key, so the form can move on to the next competency.
    """

    chosen = Signal(int)
    keyChosen = Signal(int)

    def __init__(self, anchors: tuple[str, ...], not_assessed_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: int | None = None
        self.read_only = False
        self.cards: dict[int, AnchorCard] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(3, 3, 3, 3)  # room for the focus ring
        layout.setSpacing(SPACING_SMALL + 2)
        for score, anchor in zip(range(MIN_SCORE, MAX_SCORE + 1), anchors, strict=True):
            self._add_card(AnchorCard(score, score_title(score), anchor), ANCHOR_STRETCH)
        self._add_card(AnchorCard(NOT_ASSESSED, f"{NOT_ASSESSED} · {not_assessed_label()}",
                                  not_assessed_text), NOT_ASSESSED_STRETCH)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _add_card(self, card: AnchorCard, stretch: int) -> None:
        card.clicked.connect(lambda value=card.value: self._clicked(value))
        self.cards[card.value] = card
        self.layout().addWidget(card, stretch)

    # -- state ----------------------------------------------------------------------

    def set_choice(self, value: int | None) -> None:
        """Show ``value`` as chosen (``None``: nothing), without reporting an edit."""
        self.choice = value
        for card_value, card in self.cards.items():
            card.set_chosen(card_value == value)

    def set_read_only(self, read_only: bool) -> None:
        """Show the choice without letting it change (a submitted form)."""
        self.read_only = read_only
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus if read_only else Qt.FocusPolicy.StrongFocus)
        for card in self.cards.values():
            card.set_read_only(read_only)

    def choose(self, value: int) -> None:
        """Choose ``value`` as the user would (0 is "not assessed")."""
        if self.read_only or value not in self.cards:
            return
        self.set_choice(value)
        self.chosen.emit(value)

    def _clicked(self, value: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.choose(value)

    # -- keyboard -------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """1–5 choose a score, 0 "not assessed"; Left and Right move the choice."""
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        value = DIGIT_KEYS.get(Qt.Key(event.key()))
        if self.read_only or modifiers != Qt.KeyboardModifier.NoModifier:
            super().keyPressEvent(event)
        elif value is not None:
            self.choose(value)
            self.keyChosen.emit(value)
        elif event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = 1 if event.key() == Qt.Key.Key_Right else -1
            current = self.choice if self.choice else (MIN_SCORE - 1 if step > 0 else MAX_SCORE + 1)
            self.choose(min(MAX_SCORE, max(MIN_SCORE, current + step)))
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Show the focus ring."""
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Hide the focus ring."""
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """A quiet ring around the cards while the keys 0–5 act on them."""
        if not self.hasFocus():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(ACCENT)
        colour.setAlphaF(0.55)
        painter.setPen(QPen(colour, 2.0, Qt.PenStyle.DotLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1),
                                RADIUS + 2, RADIUS + 2)
