"""What the interview window and the assessment form share to follow someone else's
saves (:mod:`interviewdesk.domain.live_edits` decides; this puts it on screen).

:func:`texts_being_edited` says which texts the user is typing (a change waits to be
saved, or a conflict about it is open); :func:`keeping_caret` keeps the text cursor
and the scrolling of the field with the keyboard focus when its text is replaced
(someone else's text shown in a field the user clicked into but did not type in).
"""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from interviewdesk.domain.live_edits import TextKey


def texts_being_edited(writes: Any) -> set[TextKey]:
    """The texts of an autosaver (:class:`~interviewdesk.ui.pending_writes.PendingWrites`
    with ``conflicts``) that the user is editing: typed and not saved yet, or waiting
    for the user's choice in a conflict."""
    editing: set[TextKey] = set(writes.conflicts)
    for edit in writes.waiting():
        editing.update((edit.record, name) for name in edit.texts())
    return editing


@contextmanager
def keeping_caret(window: QWidget) -> Iterator[None]:
    """Run the block (texts replaced in ``window``'s fields); then the focused field's
    cursor is where it was (at most at the end of its new text), and so is its scroll."""
    focused = window.focusWidget()  # also while another window is active
    if focused is None:
        yield
        return
    if isinstance(focused, QPlainTextEdit):
        position = focused.textCursor().position()
        scroll = focused.verticalScrollBar().value()
        yield
        if focused.textCursor().position() != position:
            cursor = focused.textCursor()
            cursor.setPosition(min(position, len(focused.toPlainText())))
            focused.setTextCursor(cursor)
        focused.verticalScrollBar().setValue(scroll)
    elif isinstance(focused, QLineEdit):
        position = focused.cursorPosition()
        yield
        focused.setCursorPosition(min(position, len(focused.text())))
    else:
        yield
