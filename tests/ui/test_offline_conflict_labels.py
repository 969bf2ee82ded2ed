"""The conflict dialog names the panel's and the application's records and fields that
an offline copy brings back (decision, consensus, contact, reference check, consent), in
English and in Dutch."""

from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QGroupBox

from interviewdesk.domain.three_way import FieldConflict
from interviewdesk.ui.exchange.conflict_dialog import ConflictDialog

CONFLICTS = (
    FieldConflict("decision:1:rationale", "decision", "The panel's decision", "rationale",
                  "base", "laptop", "server"),
    FieldConflict("consensusscore:2:score", "consensusscore", "x", "score", None, 2, 4,
                  "Vakmanschap"),
    FieldConflict("contactentry:3:summary", "contactentry", "x", "summary", "", "a", "b",
                  "2026-12-01"),
    FieldConflict("referencecheck:4:said", "referencecheck", "x", "said", "", "a", "b",
                  "Karin Smit"),
    FieldConflict("consent:5:given_on", "consent", "x", "given_on", None,
                  date(2026, 12, 1), date(2026, 11, 30), "reference"),
    FieldConflict("application:6:status", "application", "x", "status", "invited",
                  "decided", "rejected"),
)


@pytest.mark.parametrize("language, expected", [
    ("en", ["The panel's decision: rationale", "The consensus on “Vakmanschap”: score",
            "Contact of 1 Dec 2026: what was told", "Reference check with Karin Smit: "
            "what was said", "The candidate's consent: given on",
            "The application: status"]),
    ("nl", ["Het besluit van het panel: motivering", "De consensus over “Vakmanschap”: score",
            "Referentie bij Karin Smit: wat er is gezegd",
            "De toestemming van de kandidaat: gegeven op", "De sollicitatie: status"]),
])
def test_the_new_records_and_fields_are_named(qtbot: Any, language: str,
                                              expected: list[str]) -> None:
    from interviewdesk.ui.i18n import install_language

    install_language(language)
    try:
        dialog = ConflictDialog(CONFLICTS)
        qtbot.addWidget(dialog)
        titles = [box.title() for box in dialog.findChildren(QGroupBox)]
    finally:
        install_language("en")
    for title in expected:
        assert title in titles, titles


def test_a_status_and_an_outcome_are_shown_by_their_names(qtbot: Any) -> None:
    from PySide6.QtWidgets import QLabel

    from interviewdesk.ui.i18n import install_language

    install_language("en")
    outcome = FieldConflict("decision:1:outcome", "decision", "x", "outcome", "", "hire",
                            "reject")
    dialog = ConflictDialog((CONFLICTS[-1], outcome))
    qtbot.addWidget(dialog)
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"Decided", "Rejected", "Hire", "Reject"} <= texts, texts
