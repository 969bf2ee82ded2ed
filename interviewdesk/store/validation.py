"""The one error the editing functions of the store raise for bad input.

The dialogs check their own fields first and explain in the user's language; this
error is the store's last line of defence, so its message is plain English and
``field`` names the draft attribute at fault, letting a dialog focus the right widget.
"""


class ValidationError(ValueError):
    """A draft that cannot be saved as it is; ``str(error)`` says why."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


def check_length(value: str, limit: int, what: str, field: str) -> None:
    """Raise :class:`ValidationError` if ``value`` is longer than ``limit`` characters;
    ``what`` names the field for the message ("The candidate's name")."""
    if len(value.strip()) > limit:
        raise ValidationError(f"{what} can be at most {limit} characters long.", field)
