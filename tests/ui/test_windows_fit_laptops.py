"""Every window fits a 1366×768 laptop and a 1920×1080 screen at 150 % (1280×720 for
Qt): none asks for more than the available room, and none needs more at its smallest."""

from typing import Any

import pytest
from PySide6.QtCore import QSize

from interviewdesk.ui.window_size import FRAME_ALLOWANCE, bounded_size

SCREENS = [QSize(1366, 768), QSize(1280, 720)]


@pytest.mark.parametrize("screen", SCREENS)
def test_preferred_sizes_are_bounded_by_the_screen(screen: QSize) -> None:
    for preferred in (QSize(1440, 900), QSize(1280, 900), QSize(1000, 720), QSize(760, 900)):
        size = bounded_size(preferred, screen)
        assert size.width() <= screen.width() - FRAME_ALLOWANCE.width()
        assert size.height() <= screen.height() - FRAME_ALLOWANCE.height()
        assert size.width() == min(preferred.width(), screen.width() - 16)


def test_the_editors_fit_at_their_smallest(qtbot: Any, english: None, db: Any) -> None:
    from interviewdesk.ui.editors.candidate_dialog import CandidateDialog
    from interviewdesk.ui.editors.interview_dialog import InterviewDialog
    from interviewdesk.ui.editors.vacancy_dialog import VacancyDialog

    room = QSize(1280, 720) - FRAME_ALLOWANCE
    for dialog in (VacancyDialog(db), CandidateDialog(db), InterviewDialog(db)):
        qtbot.addWidget(dialog)
        assert dialog.minimumSize().width() <= room.width()
        assert dialog.minimumSize().height() <= room.height()
        screen = dialog.screen().availableGeometry().size()
        assert dialog.height() <= max(screen.height(), dialog.minimumSize().height())
