"""Two versions of one text: someone else saved it while this user was typing.

Shown by the interview window and the assessment form when their autosaver reports a
:class:`~interviewdesk.domain.concurrent_edits.Conflict`. Nothing was overwritten:
their text is stored, this user's text is on screen. The user keeps theirs, keeps
their own, or edits a merge that starts as both texts one after the other. Closing the
dialog any other way (Escape, the window's close button) keeps the merge as it stands,
so neither text is lost.

Where the store knows who saved the other text (``Conflict.change``, migration 0019)
the autosaver's dialog says so in the editors' words (:func:`who_saved`); on a rater's
own form it names nobody but the rater (the blind rule).

The editor dialogs (candidate, vacancy, library entry) ask through
:meth:`ConflictDialog.decide` about each field both people changed, saying who saved
the other version and when (:func:`who_saved`): a name only where a team server's
login knows it, "another window" otherwise. A value that cannot be merged (a date, a
choice) offers only the two versions. Closed without a choice, nothing is saved and
the user's version stays in the editor.
"""

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain.concurrent_edits import Change, Conflict, RecordKey
from interviewdesk.ui.style import SPACING, SPACING_SMALL, make_heading, make_muted, plain_text

translate = QCoreApplication.translate

#: The texts side by side need room; the dialog still fits a 1366×768 screen.
PREFERRED_WIDTH = 900


class ConflictDialog(QDialog):
    """Theirs and mine side by side, a merge below, and the three choices."""

    def __init__(self, conflict: Conflict, what: str, parent: QWidget | None = None, *,
                 change: Change | None = None, mergeable: bool = True) -> None:
        """``change`` (an editor dialog's save) says who saved theirs, and when;
        without it the wording is the autosaver's. A value that cannot be merged (a
        date, a choice, one line) is not ``mergeable``: only the two choices show."""
        super().__init__(parent)
        self.conflict = conflict
        self.side = ""
        self._chosen = conflict.merged() if mergeable else conflict.mine
        # An autosaver's conflict may know who saved theirs, too (``Conflict.change``).
        author = change or conflict.change
        if author is None:
            self.setWindowTitle(self.tr("Someone else changed this text"))
            intro_text = self.tr(
                "Someone else saved {what} while you were typing. Nothing has been "
                "overwritten: keep one of the two versions, or merge them below.").format(
                    what=what)
            if conflict.changed_at is not None:
                saved = self.tr("Theirs, saved at {time}").format(
                    time=conflict.changed_at.astimezone().strftime("%H:%M"))
            else:
                saved = self.tr("Theirs, saved meanwhile")
        else:
            self.setWindowTitle(self.tr("Saved meanwhile by someone else") if author.by
                                and not author.by_me else self.tr("Saved meanwhile elsewhere"))
            intro_text = " ".join((
                who_saved(author, what),
                self.tr("Nothing has been overwritten: keep one of the two versions, or "
                        "merge them below.") if mergeable else self.tr(
                    "Nothing has been overwritten: keep one of the two versions.")))
            saved = saved_heading(author)

        self.intro = intro = plain_text(QLabel(intro_text))
        intro.setWordWrap(True)

        self.theirs = self._text_box(conflict.theirs, self.tr("Their version"))
        self.mine = self._text_box(conflict.mine, self.tr("Your version"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(SPACING)
        grid.setVerticalSpacing(SPACING_SMALL)
        grid.addWidget(make_heading(plain_text(QLabel(saved)), 1.0), 0, 0)
        grid.addWidget(make_heading(QLabel(self.tr("Yours, not saved yet")), 1.0), 0, 1)
        grid.addWidget(self.theirs, 1, 0)
        grid.addWidget(self.mine, 1, 1)
        self.keep_theirs = QPushButton(self.tr("Keep &theirs"))
        self.keep_mine = QPushButton(self.tr("Keep m&ine"))
        self.keep_theirs.clicked.connect(lambda: self._choose(conflict.theirs, "theirs"))
        self.keep_mine.clicked.connect(lambda: self._choose(conflict.mine, "mine"))
        if author is not None:  # "theirs" may be this user's other window
            self.keep_theirs.setText(self.tr("Keep the &saved version"))
        grid.addWidget(self.keep_theirs, 2, 0, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.keep_mine, 2, 1, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        merge_label = make_heading(QLabel(self.tr("Or merge them (both texts, theirs first):")),
                                   1.0)
        self.merged = QPlainTextEdit(conflict.merged())
        self.merged.setAccessibleName(self.tr("Merged text"))
        self.merged.setTabChangesFocus(True)
        merge_label.setBuddy(self.merged)
        self.save_merged = QPushButton(self.tr("Save the &merged text"))
        self.save_merged.clicked.connect(
            lambda: self._choose(self.merged.toPlainText(), "merged"))
        hint = make_muted(QLabel(self.tr("Closing this window keeps the merged text.")
                                 if change is None else self.tr(
                                     "Closing this window saves nothing yet: your version "
                                     "stays in the editor.")))
        hint.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(self.save_merged)
        if mergeable:
            QShortcut(QKeySequence("Ctrl+Return"), self,
                      lambda: self._choose(self.merged.toPlainText(), "merged"))

        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addWidget(intro)
        layout.addLayout(grid, 2)
        layout.addWidget(merge_label)
        layout.addWidget(self.merged, 2)
        layout.addLayout(bottom)
        if mergeable:
            self.merged.setFocus()
            self.resize(PREFERRED_WIDTH, 560)
        else:
            for widget in (merge_label, self.merged, self.save_merged):
                widget.hide()
            layout.setStretchFactor(grid, 0)
            for box in (self.theirs, self.mine):
                box.setFixedHeight(box.fontMetrics().lineSpacing() * 4 + 16)
            self.keep_mine.setFocus()
            self.resize(PREFERRED_WIDTH * 2 // 3, self.sizeHint().height())

    def _text_box(self, text: str, name: str) -> QPlainTextEdit:
        box = QPlainTextEdit(text)
        box.setReadOnly(True)
        box.setAccessibleName(name)
        box.setTabChangesFocus(True)
        return box

    def _choose(self, text: str, side: str) -> None:
        self._chosen = text
        self.side = side
        self.accept()

    def reject(self) -> None:
        """Closed without a choice: the merge as it stands, so nothing is lost (an
        editor dialog's caller sees :attr:`side` empty and saves nothing)."""
        self._chosen = (self.conflict.mine if self.merged.isHidden()
                        else self.merged.toPlainText())
        super().reject()

    def chosen(self) -> str:
        """The text to save."""
        return self._chosen

    @classmethod
    def choose(cls, conflict: Conflict, what: str, parent: QWidget | None = None) -> str:
        """Ask the user, and return the text to save (theirs, mine or a merge)."""
        dialog = cls(conflict, what, parent)
        dialog.exec()
        return dialog.chosen()

    @classmethod
    def decide(cls, conflict: Conflict, what: str, change: Change, *, mergeable: bool = True,
               parent: QWidget | None = None) -> tuple[str, str] | None:
        """Ask about one field of an editor dialog's record: ``(side, text)`` with
        side "theirs", "mine" or "merged", or ``None`` if the user closed the dialog
        without choosing (then nothing is saved)."""
        dialog = cls(conflict, what, parent, change=change, mergeable=mergeable)
        try:
            dialog.exec()
            return (dialog.side, dialog.chosen()) if dialog.side else None
        finally:
            dialog.deleteLater()


def when_text(at: datetime) -> str:
    """When the other version was saved: the time today, else the date and time."""
    local = at.astimezone()
    moment = QDateTime(QDate(local.year, local.month, local.day),
                       QTime(local.hour, local.minute))
    if local.date() == datetime.now().astimezone().date():
        return QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat)
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def who_saved(change: Change, what: str) -> str:
    """The sentence that says who saved ``what`` meanwhile — a name only where the
    data knows it (a team server's login), else "another window", never a guess."""
    if change.by_me:
        return translate("ConflictDialog", "You saved {what} in another window (or on another "
                         "computer) while you were editing here.").format(what=what)
    if change.by:
        return translate("ConflictDialog", "{who} saved {what} while you were editing.").format(
            who=change.by, what=what)
    return translate("ConflictDialog", "Another window saved {what} while you were editing "
                     "here.").format(what=what)


def saved_heading(change: Change) -> str:
    """The heading above the other version: by whom and when, as far as known."""
    if change.at is None:
        if change.by and not change.by_me:
            return translate("ConflictDialog", "Saved by {who}").format(who=change.by)
        return translate("ConflictDialog", "Saved in another window")
    when = when_text(change.at)
    if change.by_me:
        return translate("ConflictDialog", "Saved by you elsewhere, {when}").format(when=when)
    if change.by:
        return translate("ConflictDialog", "Saved by {who}, {when}").format(
            who=change.by, when=when)
    return translate("ConflictDialog", "Saved in another window, {when}").format(when=when)


class ConflictAsker(QObject):
    """Asks about each conflict its window's autosaver reports, one at a time: shows
    both versions (:class:`ConflictDialog`), saves the choice through the autosaver's
    ``resolve`` and hands it to :meth:`show`. A window's own handler says which text it
    is (:meth:`describe`) and where it shows (:meth:`show`).

    The window is the parent, never a Python attribute: no reference back to it, so a
    closed window is freed at once rather than by the garbage collector."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._asking: set[tuple[RecordKey, str]] = set()
        # Queued: the dialog opens once the write that met the conflict is over.
        self._autosaver.conflicted.connect(self.ask, Qt.ConnectionType.QueuedConnection)

    @property
    def _autosaver(self) -> Any:
        return self.parent().autosaver  # type: ignore[attr-defined]

    def ask(self, conflict: Conflict) -> None:
        """Show both versions, save the choice, and show it in the field (unless the
        conflict was decided already, e.g. while the window was closing)."""
        autosaver = self._autosaver
        key = (conflict.record, conflict.field)
        if key not in autosaver.conflicts or key in self._asking:
            return  # decided already, or its dialog is open (the window is closing)
        # The latest report of it: typing went on in that field after the first one.
        conflict = autosaver.conflicts[key]
        self._asking.add(key)
        try:
            text = ConflictDialog.choose(conflict, self.describe(conflict),
                                         self.parent())  # type: ignore[arg-type]
        finally:
            self._asking.discard(key)
        autosaver.resolve(conflict, text)
        self.show(conflict, text)

    def settle(self) -> None:
        """Ask about every conflict not decided yet, now."""
        for conflict in list(self._autosaver.conflicts.values()):
            self.ask(conflict)

    def describe(self, conflict: Conflict) -> str:
        """Which text it is, in the words of the window's user."""
        raise NotImplementedError

    def show(self, conflict: Conflict, text: str) -> None:
        """Put the chosen ``text`` where the window shows the conflict's text."""
        raise NotImplementedError
