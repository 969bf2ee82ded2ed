"""Importing a CV offers the name, e-mail, phone and city found in it: in the
candidate dialog (filled in on the form, saved only with the candidate) and when a CV
is dropped on a candidate on home (saved when the user says so). Nothing is taken
without a tick; a value the user typed is offered unticked."""

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from interviewdesk.store.candidates import candidate_choices, get_candidate
from interviewdesk.store.database import Database
from interviewdesk.ui.editors import CandidateDialog
from interviewdesk.ui.editors.contact_offer import ContactOfferDialog
from tests.ui.editors.test_candidate_dialog_import import make_pdf
from tests.ui.modal import when_modal

CV_LINES = ["Mehmet Öztürk", "Oudegracht 12, 3511 AB Utrecht",
            "Telefoon: +31 6 8765 4321 · IBAN NL91 ABNA 0417 1643 00",
            "mehmet.ozturk@example.nl", "Geboren 01-03-1990"]


def open_dialog(qtbot: Any, db: Database, candidate_id: int | None = None) -> CandidateDialog:
    dlg = CandidateDialog(db, candidate_id)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def test_a_new_candidates_cv_fills_the_empty_form_once_confirmed(
        qtbot: Any, english: None, db: Database, tmp_path: Path, messages: Any) -> None:
    cv = make_pdf(tmp_path / "cv-mehmet.pdf", CV_LINES)
    dlg = open_dialog(qtbot, db)
    shown: dict[str, Any] = {}

    def look_and_fill(offer: ContactOfferDialog) -> None:
        shown.update({field: (box.text(), box.isChecked()) for field, box in offer.boxes.items()})
        qtbot.mouseClick(offer.apply_button, Qt.MouseButton.LeftButton)

    offered = when_modal(ContactOfferDialog, look_and_fill)
    assert dlg.cv.import_file(cv)
    assert len(offered.seen) == 1
    assert shown == {"name": ("Name: Mehmet Öztürk", True),
                     "email": ("Email: mehmet.ozturk@example.nl", True),
                     "phone": ("Phone: +31 6 8765 4321", True),
                     "city": ("City: Utrecht", True)}
    assert (dlg.name.text(), dlg.email.text(), dlg.phone.text(), dlg.city.text()) == (
        "Mehmet Öztürk", "mehmet.ozturk@example.nl", "+31 6 8765 4321", "Utrecht")
    assert candidate_choices(db) == []  # filled in, not saved
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert messages.calls == []
    saved = get_candidate(db, dlg.saved_id)
    assert (saved.name, saved.phone, saved.city) == ("Mehmet Öztürk", "+31 6 8765 4321",
                                                     "Utrecht")


def test_what_the_user_typed_is_offered_unticked_and_kept(
        qtbot: Any, english: None, db: Database, tmp_path: Path) -> None:
    cv = make_pdf(tmp_path / "cv.pdf", CV_LINES)
    dlg = open_dialog(qtbot, db)
    dlg.name.setText("Mehmet Öztürk")  # the same: not offered
    dlg.email.setText("m.ozturk@werk.nl")
    dlg.phone.setText("06-87654321")  # the same number written the Dutch way
    seen: dict[str, bool] = {}
    texts: list[str] = []

    def keep_mine(offer: ContactOfferDialog) -> None:
        from PySide6.QtWidgets import QLabel

        seen.update({field: box.isChecked() for field, box in offer.boxes.items()})
        texts.extend(label.text() for label in offer.findChildren(QLabel))
        offer.apply_button.click()

    when_modal(ContactOfferDialog, keep_mine)
    assert dlg.cv.import_file(cv)
    assert seen == {"email": False, "city": True}
    assert "now: m.ozturk@werk.nl" in texts
    assert dlg.email.text() == "m.ozturk@werk.nl" and dlg.city.text() == "Utrecht"


def test_skip_changes_nothing_and_a_cv_with_nothing_new_asks_nothing(
        qtbot: Any, english: None, db: Database, tmp_path: Path) -> None:
    dlg = open_dialog(qtbot, db)
    script = when_modal(ContactOfferDialog, lambda offer: offer.skip_button.click())
    assert dlg.cv.import_file(make_pdf(tmp_path / "cv.pdf", CV_LINES))
    assert len(script.seen) == 1
    assert (dlg.name.text(), dlg.email.text(), dlg.phone.text(), dlg.city.text()) == (
        "", "", "", "")
    plain = tmp_path / "plain.txt"
    plain.write_text("Storingen verhelpen sinds 2015.\nGeboren 01-03-1990.", encoding="utf-8")
    none = when_modal(ContactOfferDialog, lambda offer: offer.reject(), timeout_ms=300)
    assert dlg.cv.import_file(plain)
    qtbot.wait(400)
    assert none.seen == []


@pytest.fixture
def candidate_on_home(main_window: Any, records: Any) -> tuple[Any, int]:
    main_window.show_view("home")
    home = main_window.home
    job = records.vacancy("Monteur")
    mehmet = records.candidate("Mehmet Öztürk", job)
    home.refresh()
    home.select_vacancy(job)
    return home, mehmet


def test_a_cv_dropped_on_a_candidate_offers_and_saves_what_is_ticked(
        candidate_on_home: Any, db: Database, tmp_path: Path, qtbot: Any,
        messages: Any) -> None:
    from tests.ui.home.test_home import drop_files

    home, mehmet = candidate_on_home
    cv = tmp_path / "cv-mehmet.txt"
    cv.write_text("\n".join(CV_LINES), encoding="utf-8")

    def untick_city(offer: ContactOfferDialog) -> None:
        assert set(offer.boxes) == {"email", "phone", "city"}  # the name is already his
        offer.boxes["city"].setChecked(False)
        offer.apply_button.click()

    script = when_modal(ContactOfferDialog, untick_city)
    assert drop_files(home.detail.candidates.table, 0, cv)
    qtbot.waitUntil(lambda: get_candidate(db, mehmet).email != "", timeout=5000)
    assert len(script.seen) == 1
    saved = get_candidate(db, mehmet)
    assert (saved.email, saved.phone, saved.city) == (
        "mehmet.ozturk@example.nl", "+31 6 8765 4321", "")
    assert messages.names() == []
