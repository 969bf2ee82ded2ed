"""The forbidden-question warning in a text field: words of a question an interviewer
may not ask (health, pregnancy, religion, orientation, politics, union, origin, age,
marital status) get a wavy underline while they are typed, and hovering one shows why.

The rule and the word lists are :mod:`interviewdesk.domain.forbidden_questions`; this
module only marks what it finds. :func:`watch` attaches the warning to a
``QPlainTextEdit`` (the question kit editor, every note field); :func:`explanations`
says it in sentences, for a hint under a field.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QHelpEvent, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QToolTip

from interviewdesk.domain.forbidden_questions import Finding, find
from interviewdesk.ui.i18n import current_language

#: A warning, not an error: the dark orange of the app's other cautions.
UNDERLINE = QColor("#b35900")


def explanation(finding: Finding) -> str:
    """Why the found words should not be asked, in the interface language."""
    return finding.topic.explanation.in_language(current_language())


def explanations(text: str) -> list[str]:
    """The explanation of each forbidden topic in ``text``, once each, in order."""
    seen: list[str] = []
    for finding in find(text):
        sentence = explanation(finding)
        if sentence not in seen:
            seen.append(sentence)
    return seen


class ForbiddenWordsHighlighter(QSyntaxHighlighter):
    """Underlines, paragraph by paragraph, the forbidden terms of a document;
    ``on_found`` is called whenever a paragraph holds one."""

    def __init__(self, document: QTextDocument,
                 on_found: Callable[[], None] | None = None) -> None:
        super().__init__(document)
        self.on_found = on_found
        self.format = QTextCharFormat()
        self.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.format.setUnderlineColor(UNDERLINE)

    def highlightBlock(self, text: str) -> None:
        findings = find(text)
        for finding in findings:
            self.setFormat(finding.start, finding.end - finding.start, self.format)
        if findings and self.on_found is not None:
            self.on_found()


class ForbiddenWordsTips(QObject):
    """Shows the explanation as a tooltip over an underlined word.

    It watches the editor's viewport only from the first underlined word on
    (:meth:`watch_viewport`): an event filter sees every event of the field, and an
    interview page holds hundreds of note fields, nearly all without such a word,
    whose events would each pass through Python when the page is shown or hidden.
    """

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self.editor = editor
        self.watching = False

    def watch_viewport(self) -> None:
        """Start showing the tooltips (once): a forbidden word has been underlined."""
        if not self.watching:
            self.watching = True
            self.editor.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.tip_at(event.pos())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.editor.viewport())
                return True
        return super().eventFilter(watched, event)

    def tip_at(self, position: object) -> str:
        """The explanation for the word at ``position`` in the viewport, or ""."""
        cursor = self.editor.cursorForPosition(position)  # type: ignore[arg-type]
        offset = cursor.positionInBlock()
        for finding in find(cursor.block().text()):
            if finding.start <= offset <= finding.end:
                return explanation(finding)
        return ""


def watch(editor: QPlainTextEdit) -> ForbiddenWordsHighlighter:
    """Underline forbidden terms in ``editor`` as they are typed, with tooltips."""
    tips = ForbiddenWordsTips(editor)
    return ForbiddenWordsHighlighter(editor.document(), tips.watch_viewport)
