"""The interview wizard: one window per interview that walks the agenda stage by
stage, with the CV and the vacancy beside it, the clock on top, and every note
saved as it is typed.

:func:`open_interview` builds and shows the window; :class:`InterviewWindow` is the
window itself (tests and the screenshot build it directly).
"""

from interviewdesk.ui.wizard.window import InterviewWindow, open_interview

__all__ = ["InterviewWindow", "open_interview"]
