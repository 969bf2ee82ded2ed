"""The picture of the assessment form: made at the size asked, of the member's own
form as stored, and without writing anything."""

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from sqlmodel import func, select

from interviewdesk.example.database import ExampleIds
from interviewdesk.store.assessments import open_form, status_of_forms
from interviewdesk.store.database import Database
from interviewdesk.store.models import Assessment
from interviewdesk.ui.assessment.form_screenshot import render_form_screenshot
from interviewdesk.ui.assessment.form_window import AssessmentFormWindow
from tests.ui.assessment.form_fixtures import rene


def forms_count(db: Database) -> int:
    with db.session() as session:
        return session.exec(select(func.count()).select_from(Assessment)).one()


def test_the_form_is_pictured_without_a_write(english: None, db: Database, data_dir: Path,
                                              example: ExampleIds, tmp_path: Path) -> None:
    interview_id, rene_id = rene(example)
    before = (open_form(db, interview_id, rene_id), status_of_forms(db, interview_id),
              forms_count(db))
    output = render_form_screenshot(db, data_dir, interview_id, rene_id, tmp_path / "form.png")
    assert output == tmp_path / "form.png"
    image = QImage(str(output))
    assert (image.width(), image.height()) == (1280, 900)
    assert image.pixelColor(5, 5) != image.pixelColor(640, 300)  # not blank
    after = (open_form(db, interview_id, rene_id), status_of_forms(db, interview_id),
             forms_count(db))
    assert after == before
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, AssessmentFormWindow) and w.isVisible()]


def test_the_size_can_be_chosen(english: None, db: Database, data_dir: Path,
                                example: ExampleIds, tmp_path: Path) -> None:
    output = render_form_screenshot(db, data_dir, *rene(example, "completed"),
                                    tmp_path / "form.png", size=(1000, 700))
    assert QImage(str(output)).size().toTuple() == (1000, 700)


def test_a_member_without_a_form_is_refused_not_created(english: None, db: Database,
                                                         data_dir: Path, example: ExampleIds,
                                                         tmp_path: Path) -> None:
    count = forms_count(db)
    with pytest.raises(LookupError, match="has not started"):
        render_form_screenshot(db, data_dir, example.interview_id,
                               example.panel_member_ids[0], tmp_path / "form.png")
    with pytest.raises(LookupError, match="not on interview"):
        render_form_screenshot(db, data_dir, example.interview_id,
                               example.waiting_panel_member_ids[0], tmp_path / "form.png")
    assert forms_count(db) == count
    assert not (tmp_path / "form.png").exists()


def test_an_unwritable_picture_is_an_error(english: None, db: Database, data_dir: Path,
                                           example: ExampleIds, tmp_path: Path,
                                           qapp: Any) -> None:
    with pytest.raises(OSError, match="could not be saved"):
        render_form_screenshot(db, data_dir, *rene(example),
                               tmp_path / "missing" / "form.png")
