"""The calibration document, read back: its figures, its anonymity, its edges."""

import os
import stat
from pathlib import Path

import pytest

from interviewdesk.domain.calibration import icc
from interviewdesk.example.database import ExampleIds
from interviewdesk.reports import DocumentExportError
from interviewdesk.reports.calibration import icc_text, write_calibration
from interviewdesk.store.database import Database
from interviewdesk.store.startup import open_store
from tests.calibration_support import fill
from tests.reports.pdf_support import page_count, text_of

PANELS = [
    [[2, 3, 2], [4, 4, 3]],
    [[3, 4, 3], [2, None, 2]],
    [[4, 5, 4], [5, 5, 4]],
    [[1, 3, 1], [3, 4, 3]],
    [[3, 5, 2], [2, 4, 4]],
]


@pytest.fixture
def db(tmp_path: Path) -> Database:
    return open_store(tmp_path / "store")


def test_the_figures_are_printed_and_nobody_is_named(db: Database, tmp_path: Path) -> None:
    filled = fill(db, "Monteur", ["Anna Jansen", "Bram Visser", "Cem Yilmaz"], PANELS)
    output = write_calibration(db, filled.vacancy_id, tmp_path / "c.pdf")
    text = text_of(output)
    assert "Kalibratie van interviewers" in text and "Monteur" in text
    assert "Samenwerken" in text and "Vakkennis" in text
    expected = icc([p[0] for p in PANELS], "ICC(2,1)")
    assert icc_text(expected.value, "nl") in text
    assert "Interviewer A" in text and "Interviewer C" in text
    for name in ("Anna", "Bram", "Cem", "Jansen"):
        assert name not in text
    assert "Pagina 1 van" in text and "Afgedrukt op" in text
    assert stat.S_IMODE(os.stat(output).st_mode) == 0o600


def test_across_vacancies_in_english(db: Database, tmp_path: Path) -> None:
    first = fill(db, "Monteur", ["Anna", "Bram", "Cem"], PANELS)
    fill(db, "Planner", [], PANELS[:2], interviewer_ids=first.interviewer_ids)
    text = text_of(write_calibration(db, None, tmp_path / "all.pdf", language="en"))
    assert "All vacancies" in text and "Planner · Samenwerken" in text
    assert "not enough data" in text  # the planner has two interviews
    assert "7 interviews" in text


def test_open_rounds_do_not_count(db: Database, tmp_path: Path) -> None:
    filled = fill(db, "Monteur", ["Anna", "Bram", "Cem"], PANELS,
                  submitted=[True, True, False, False, False])
    text = text_of(write_calibration(db, filled.vacancy_id, tmp_path / "c.pdf", language="en"))
    assert "2 interviews; 3 with an open round do not count" in text
    assert "not enough data" in text


def test_an_empty_store_and_an_unknown_vacancy(db: Database, tmp_path: Path) -> None:
    text = text_of(write_calibration(db, None, tmp_path / "e.pdf", language="en"))
    assert "No closed assessment rounds to compare yet." in text
    with pytest.raises(DocumentExportError) as refused:
        write_calibration(db, 999, tmp_path / "x.pdf", language="en")
    assert refused.value.reason == "no_vacancy"
    assert not (tmp_path / "x.pdf").exists()


def test_many_competencies_and_interviewers_continue_on_more_pages(
        db: Database, tmp_path: Path) -> None:
    names = [f"Interviewer {n}" for n in range(30)]
    competencies = [f"Competentie {n} met een heel erg lange naam die niet past" for n in range(30)]
    panels = [[[(i + j + c) % 5 + 1 for j in range(30)] for c in range(30)] for i in range(4)]
    filled = fill(db, "Groot", names, panels, competencies=competencies)
    output = write_calibration(db, filled.vacancy_id, tmp_path / "big.pdf")
    assert page_count(output) >= 3
    assert "AD" in text_of(output)  # the 30th interviewer's letter


def test_the_example_has_too_little_data(example: tuple[Database, ExampleIds],
                                         tmp_path: Path) -> None:
    db, ids = example
    text = text_of(write_calibration(db, ids.vacancy_id, tmp_path / "ex.pdf", language="en"))
    assert "1 interview; 3 with an open round do not count" in text
    assert "not enough data" in text
    assert "Sanne" not in text


def test_an_interviewer_who_assessed_nothing(db: Database, tmp_path: Path) -> None:
    """Dirk left everything "not assessed": his row says so, with no figures made up."""
    panels = [[[2, 3, None], [4, 4, None]], [[3, 4, None], [2, 3, None]],
              [[4, 5, None], [5, 5, None]]]
    filled = fill(db, "Monteur", ["Anna", "Bram", "Dirk"], panels)
    text = text_of(write_calibration(db, filled.vacancy_id, tmp_path / "d.pdf", language="en"))
    assert "Interviewer C — n = 0 — n = 0 — n = 0 100% n = 6 — n = 0" in text


def test_consenting_interviewers_are_named_the_others_lettered(db: Database,
                                                               tmp_path: Path) -> None:
    from interviewdesk.store.calibration_practice import set_sharing

    filled = fill(db, "Monteur", ["Anna Jansen", "Bram Visser", "Cem Yilmaz"], PANELS)
    set_sharing(db, filled.interviewer_ids[1], True)
    text = " ".join(text_of(write_calibration(db, filled.vacancy_id, tmp_path / "c.pdf",
                                              language="en")).split())
    assert "Bram Visser" in text
    assert "Anna" not in text and "Cem" not in text
    # Letters among the anonymised only: Anna A, Cem B.
    assert "Interviewer A" in text and "Interviewer B" in text
    assert "Interviewer C" not in text
    assert "Only interviewers who share their calibration figures" in text


def test_made_for_a_chair_names_the_panel_they_led(db: Database, tmp_path: Path) -> None:
    filled = fill(db, "Monteur", ["Anna Jansen", "Bram Visser", "Cem Yilmaz"], PANELS)
    text = " ".join(text_of(write_calibration(db, filled.vacancy_id, tmp_path / "c.pdf",
                                              language="en",
                                              viewer=filled.interviewer_ids[0])).split())
    # fill() puts the first interviewer in the chair of every interview.
    for name in ("Anna Jansen", "Bram Visser", "Cem Yilmaz"):
        assert name in text
    assert "Made for Anna Jansen" in text


def test_how_the_interviews_went_is_printed(example: tuple[Database, ExampleIds],
                                            tmp_path: Path) -> None:
    db, ids = example
    text = " ".join(text_of(write_calibration(db, ids.vacancy_id, tmp_path / "e.pdf",
                                              language="en")).split())
    assert "How the interviews went" in text
    assert "From 2 finished interviews" in text
    assert "Time per stage (minutes)" in text and "Over plan" in text
    assert "2 of 2" in text and "0 of 2" in text  # questions asked in both, in neither
    assert "No questions were added on the spot." in text
    assert "0% on time (0 of 1); 0 late, 1 not yet told" in text
    nl = " ".join(text_of(write_calibration(db, ids.vacancy_id, tmp_path / "n.pdf")).split())
    assert "Hoe de gesprekken verliepen" in nl and "Terugkoppeling op tijd" in nl
