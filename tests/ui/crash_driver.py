"""Run InterviewDesk as a user would start it, and type into the interview window.

Used by ``test_crash_safety.py`` as a separate process::

    python crash_driver.py DATA_DIR INTERVIEW_ID STAGE_TEXT ANSWER_TEXT

It starts the real application (``interviewdesk.app.main`` with ``--data-dir`` and
``--open-interview``). Once the interview window is on screen it types
``STAGE_TEXT`` into the notes of the stage shown and ``ANSWER_TEXT`` into the notes of
that stage's first question, key by key, then prints::

    TARGET <stage key> <question id>
    TYPED <time.monotonic() after the last key>

and keeps running until it is killed (or closed).
"""

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from interviewdesk import app

POLL_MS = 50


def type_notes(window: object, stage_text: str, answer_text: str) -> None:
    """Type into the shown stage's notes and its first question's notes."""
    stage = window.current_stage()  # type: ignore[attr-defined]
    page = window.pages[stage]  # type: ignore[attr-defined]
    if page.questions is None or not page.questions.cards:
        raise SystemExit(f"The stage {stage!r} has no questions to type into.")
    question_id, card = next(iter(page.questions.cards.items()))
    page.notes.moveCursor(page.notes.textCursor().MoveOperation.End)
    QTest.keyClicks(page.notes, stage_text)
    card.notes.moveCursor(card.notes.textCursor().MoveOperation.End)
    QTest.keyClicks(card.notes, answer_text)
    typed_at = time.monotonic()
    print(f"TARGET {stage} {question_id}", flush=True)
    print(f"TYPED {typed_at:.6f}", flush=True)


def main(argv: list[str]) -> int:
    data_dir, interview_id, stage_text, answer_text = argv
    qapp = app.create_qapplication()
    poll = QTimer(qapp)
    poll.setInterval(POLL_MS)

    def find_window() -> None:
        from interviewdesk.ui.wizard import InterviewWindow

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, InterviewWindow) and widget.isVisible():
                poll.stop()
                type_notes(widget, stage_text, answer_text)
                return

    poll.timeout.connect(find_window)
    poll.start()
    return app.main(["--data-dir", data_dir, "--open-interview", interview_id])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
