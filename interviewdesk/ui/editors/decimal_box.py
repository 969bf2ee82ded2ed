"""A number field that takes both decimal marks.

A Dutch interviewer types "1,5"; one who learnt on an English keyboard, or copies a
figure from elsewhere, types "1.5". Both mean one and a half, so both are accepted
and shown in the interface's own notation (weights are small numbers: neither mark
is ever a thousands separator here).
"""

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox


class DecimalSpinBox(QDoubleSpinBox):
    """A :class:`QDoubleSpinBox` that reads "," and "." alike as the decimal mark."""

    def _normal(self, text: str) -> str:
        point = self.locale().decimalPoint()
        other = "." if point == "," else ","
        return text.replace(other, point)

    def validate(self, text: str, pos: int) -> object:
        """Check ``text`` with the other decimal mark read as this locale's."""
        result = super().validate(self._normal(text), pos)
        return result if isinstance(result, tuple) else (QValidator.State(result), text, pos)

    def valueFromText(self, text: str) -> float:
        """The number in ``text``, whichever decimal mark it uses."""
        return super().valueFromText(self._normal(text))

    def fixup(self, text: str) -> str:
        """Correct ``text`` after the other decimal mark is read as this locale's."""
        return super().fixup(self._normal(text))
