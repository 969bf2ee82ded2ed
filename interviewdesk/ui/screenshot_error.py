"""The one error of the screenshot command, in a module of its own so that the
renderers of single windows (``ui/assessment/panel_screenshot.py``) can raise it
without importing :mod:`interviewdesk.ui.screenshot`, which imports them."""


class ScreenshotError(RuntimeError):
    """The picture could not be made or saved; the message says why, in one line."""
