"""A picture of the real main window, interview window, assessment form or panel
discussion, made without a display.

Used by ``interviewdesk screenshot`` (for the README, and for anyone who wants to see
what a change looks like on a server); the command line stays free of Qt and imports
this module only when the command runs. The windows are the ones the app shows, built
on the given data folder: the main window through
:func:`interviewdesk.ui.application.create_main_window` ("home", "welcome"); for "wizard" the
:class:`~interviewdesk.ui.wizard.InterviewWindow` of the interview under way (the
example has one), at its stage, with its notes and side panels; for "assessment" a
form in progress (the example's: René Mulder's, on the interview that waits for it),
and for "panel" the panel discussion of the latest decided interview — both drawn by
the assessment package's own renderers.

Windows are rendered without ever being shown (``grab()`` lays them out), so no
platform window is made, and never closed through ``closeEvent``, so the user's saved
window geometry, panels and last view stay untouched. The interview window saves
nothing either: nothing is typed into it, and it is gone long before its autosave
would write.
"""

import os
from pathlib import Path
from typing import TYPE_CHECKING

from interviewdesk.ui.screenshot_error import ScreenshotError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from interviewdesk.store.database import Database
    from interviewdesk.ui.settings import Settings

VIEWS = ("home", "welcome", "wizard", "assessment", "panel")
DEFAULT_SIZE = (1280, 800)
# The windows' own default sizes: the interview window holds the stage and two side
# panels; the form and the panel discussion are tall.
VIEW_SIZES = {"wizard": (1440, 900), "assessment": (1280, 900), "panel": (1280, 900)}
#: The views drawn by a renderer of their own rather than grabbed here.
RENDERED_VIEWS = ("assessment", "panel")
EXAMPLE_HINT = "the example has one ('interviewdesk demo' loads it)"


def default_size(view: str) -> tuple[int, int]:
    """The window size a picture of ``view`` has unless another is asked for."""
    return VIEW_SIZES.get(view, DEFAULT_SIZE)

# How long the window gets to settle (deferred loads, first layout) before the picture.
SETTLE_MS = 150


def render_screenshot(
    data_dir: Path,
    view: str,
    output: Path,
    size: tuple[int, int] | None = None,
    language: str | None = None,
) -> Path:
    """Render ``view`` on ``data_dir`` at ``size`` (default: :func:`default_size`); save
    it as PNG.

    ``language`` is "nl" or "en", or ``None`` for the one in the settings (else the
    system's). Returns ``output``. Raises :class:`ScreenshotError` for an unknown
    view, a data folder without what the view shows (an interview under way for
    "wizard", a form in progress or submitted for "assessment", a decided interview
    for "panel"), or a file that cannot be written; and the store's own exceptions
    (``DatabaseDamaged``, ``MigrationError``) for a database that cannot be opened.
    """
    if view not in VIEWS:
        choices = ", ".join(VIEWS)
        raise ScreenshotError(f"There is no view called {view!r}; choose one of {choices}.")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from interviewdesk.store.startup import open_store
    from interviewdesk.ui.application import create_qapplication
    from interviewdesk.ui.i18n import current_language, install_language
    from interviewdesk.ui.settings import Settings

    embedded = QApplication.instance() is not None  # e.g. a test: leave it as found
    previous_language = current_language()
    app = create_qapplication()
    data_dir = Path(data_dir)
    settings = Settings(data_dir)
    install_language(language or settings.language)
    db = None
    window = None
    try:
        db = open_store(data_dir, keep_backups=settings.keep_backups)
        if view in RENDERED_VIEWS:
            return _render_assessment_view(view, db, data_dir, Path(output),
                                           size or default_size(view))
        window = _build_window(view, db, data_dir, settings)
        window.resize(*(size or default_size(view)))
        loop = QEventLoop()
        QTimer.singleShot(SETTLE_MS, loop.quit)
        loop.exec()
        image = window.grab().toImage()
        if not image.save(str(output), "PNG"):
            raise ScreenshotError(f"The picture could not be saved as {output}.")
    finally:
        if window is not None:
            window.hide()
            window.deleteLater()
        app.processEvents()
        if db is not None:
            db.close()
        if embedded:
            install_language(previous_language)
    return Path(output)


def _build_window(view: str, db: "Database", data_dir: Path, settings: "Settings") -> "QWidget":
    if view == "wizard":
        return _interview_window(db, data_dir, settings)
    from interviewdesk.ui.application import create_main_window

    window = create_main_window(db, data_dir, settings)
    window.show_view(view)
    return window


def _interview_window(db: "Database", data_dir: Path, settings: "Settings") -> "QWidget":
    """The window of the interview under way, with both side panels open."""
    from interviewdesk.store.queries import interview_under_way
    from interviewdesk.ui.wizard import InterviewWindow

    interview_id = interview_under_way(db)
    if interview_id is None:
        raise ScreenshotError(
            f"There is no interview under way in {data_dir} to show; {EXAMPLE_HINT}.")
    window = InterviewWindow(db, data_dir, settings, interview_id)
    for dock in (window.vacancy_dock, window.cv_dock):  # the CV in front
        dock.show()
        dock.raise_()
    return window


def _render_assessment_view(view: str, db: "Database", data_dir: Path, output: Path,
                            size: tuple[int, int]) -> Path:
    """The assessment form or the panel discussion, through its own renderer."""
    try:
        if view == "panel":
            from interviewdesk.ui.assessment.panel_screenshot import render_panel_screenshot

            return render_panel_screenshot(db, data_dir, _decided_interview(db, data_dir),
                                           output, size)
        from interviewdesk.ui.assessment.form_screenshot import render_form_screenshot

        interview_id, panel_member_id = _form_to_show(db, data_dir)
        return render_form_screenshot(db, data_dir, interview_id, panel_member_id, output,
                                      size)
    except LookupError as error:  # deleted while we looked
        raise ScreenshotError(f"The {view} view cannot be shown: {error}") from error
    except OSError as error:
        raise ScreenshotError(f"The picture could not be saved as {output}: "
                              f"{error.strerror or error}.") from error


def _interviews_latest_first(db: "Database") -> list[int]:
    """Every interview's id, the latest first."""
    from datetime import UTC, datetime

    from interviewdesk.store import queries

    found = []
    for vacancy in queries.list_vacancies(db):
        for row in queries.list_interviews(db, vacancy.id):
            moment = row.scheduled_at or datetime.min.replace(tzinfo=UTC)
            found.append((moment, row.id))
    found.sort(reverse=True)
    return [interview_id for _moment, interview_id in found]


def _decided_interview(db: "Database", data_dir: Path) -> int:
    """The latest interview the panel has decided on."""
    from interviewdesk.store.assessments import decision_of, follow_up

    # The follow-up knows the decided ones still to be told, at once; else look around.
    for item in follow_up(db).awaiting_feedback:
        if item.decided:
            return item.interview_id
    for interview_id in _interviews_latest_first(db):
        if decision_of(db, interview_id) is not None:
            return interview_id
    raise ScreenshotError(f"There is no interview with a panel decision in {data_dir} to "
                          f"show; {EXAMPLE_HINT}.")


def _form_to_show(db: "Database", data_dir: Path) -> tuple[int, int]:
    """A form in progress (the example's waits for its rater), else a submitted one:
    its interview and panel member."""
    from interviewdesk.store.assessments import follow_up, status_of_forms

    for item in follow_up(db).open_assessments:
        if item.state == "in_progress":
            return item.interview_id, item.panel_member_id
    submitted = None
    for interview_id in _interviews_latest_first(db):
        for status in status_of_forms(db, interview_id):
            if status.state == "in_progress":
                return interview_id, status.panel_member_id
            if status.state == "submitted" and submitted is None:
                submitted = (interview_id, status.panel_member_id)
    if submitted is None:
        raise ScreenshotError(f"There is no assessment form in {data_dir} to show; "
                              f"{EXAMPLE_HINT}.")
    return submitted
