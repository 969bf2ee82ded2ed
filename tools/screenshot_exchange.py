"""Render docs/screenshot-exchange.png: the main window on the example, with the
"Panel package for a member" dialog open over it (offscreen, English, 1280x800).

    .venv/bin/python tools/screenshot_exchange.py [OUTPUT.png]

Made in a temporary data folder; nothing of the user's is read or written.
"""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(output: Path) -> int:
    """Render the picture to ``output``; the exit code."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtWidgets import QApplication

    from interviewdesk.example.database import load_example
    from interviewdesk.store.assessments import status_of_forms
    from interviewdesk.store.interview_records import load_session
    from interviewdesk.store.startup import open_store
    from interviewdesk.ui.application import create_main_window, create_qapplication
    from interviewdesk.ui.exchange.package_dialog import PackageDialog, Seat
    from interviewdesk.ui.i18n import install_language
    from interviewdesk.ui.settings import Settings

    app = create_qapplication()
    install_language("en")
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        db = open_store(data_dir)
        try:
            ids = load_example(db)
            window = create_main_window(db, data_dir, Settings(data_dir))
            window.resize(1280, 800)
            window.show()
            window.home.select_vacancy(ids.vacancy_id)
            window.home.detail.select_interview(ids.waiting_interview_id)
            seats = [Seat(s.panel_member_id, s.name, s.state == "submitted")
                     for s in status_of_forms(db, ids.waiting_interview_id)]
            candidate = load_session(db, ids.waiting_interview_id).candidate_name
            dialog = PackageDialog("panel", seats, Path("/home/sanne/Documents"), candidate,
                                   window)
            dialog.member.setCurrentIndex(1)  # René Mulder scores on his own laptop
            dialog.show()
            for _ in range(5):
                app.processEvents()
            picture = window.grab()
            painter = QPainter(picture)
            corner = QPoint((picture.width() - dialog.width()) // 2,
                            (picture.height() - dialog.height()) // 2)
            painter.fillRect(corner.x() + 6, corner.y() + 6, dialog.width(), dialog.height(),
                             QColor(0, 0, 0, 60))  # a shadow: it floats over the window
            painter.drawPixmap(corner, dialog.grab())
            painter.setPen(QColor(120, 120, 120))
            painter.drawRect(corner.x(), corner.y(), dialog.width() - 1, dialog.height() - 1)
            painter.end()
            if not picture.save(str(output)):
                print(f"{output} could not be written.", file=sys.stderr)
                return 2
            dialog.close()
            window.close()
            QApplication.processEvents()
        finally:
            db.close()
    print(output)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else
                  ROOT / "docs" / "screenshot-exchange.png"))
