"""Calibration in the store: closed rounds only, per vacancy and across, by period."""

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from interviewdesk.domain.calibration import deviations, icc
from interviewdesk.store.calibration import anonymised, calibration_data, calibration_report
from interviewdesk.store.database import Database
from interviewdesk.store.startup import open_store
from tests.calibration_support import fill

#: Four interviews, two competencies, three interviewers; Bram is a point milder.
PANELS = [
    [[2, 3, 2], [4, 4, 3]],
    [[3, 4, 3], [2, None, 2]],
    [[4, 5, 4], [5, 5, 4]],
    [[1, 3, 1], [3, 4, 3]],
]


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    database = open_store(data_dir)
    yield database
    database.close()


def test_closed_rounds_are_gathered_and_open_ones_skipped(db: Database) -> None:
    filled = fill(db, "Monteur", ["Anna", "Bram", "Cem"], PANELS,
                  submitted=[True, True, True, False])
    data = calibration_data(db, filled.vacancy_id)
    assert (data.interviews, data.open_rounds) == (3, 1)
    assert {r.interview for r in data.ratings} == set(filled.interview_ids[:3])
    assert data.interviewers == dict(zip(filled.interviewer_ids, ["Anna", "Bram", "Cem"],
                                         strict=True))
    assert len(data.ratings) == 3 * 2 * 3


def test_the_report_computes_the_domain_figures(db: Database) -> None:
    filled = fill(db, "Monteur", ["Anna", "Bram", "Cem"], PANELS)
    report = calibration_report(db, filled.vacancy_id)
    first = report.reliability[0]
    assert first.name == "Samenwerken" and first.vacancy_title == "Monteur"
    expected = icc([p[0] for p in PANELS], "ICC(2,1)")
    assert first.single == expected and first.single.candidates == 4
    # Vakkennis: Bram left one open; keeping him keeps 3 interviews × 3 raters = 9
    # scores, dropping him 4 × 2 = 8, so that interview drops out.
    second = report.reliability[1]
    assert (second.single.candidates, second.single.raters) == (3, 3)
    bram = next(f for f in report.figures if f.rater == filled.interviewer_ids[1])
    assert bram.leniency.value is not None and bram.leniency.value > 0.9
    assert bram.not_assessed.count == 8 and bram.not_assessed.value == pytest.approx(1 / 8)
    dots = deviations(report.data.ratings)[filled.interviewer_ids[1]]
    assert len(dots) == 7 and min(dots) > 0


def test_across_vacancies_and_by_period(db: Database) -> None:
    first = fill(db, "Monteur", ["Anna", "Bram", "Cem"], PANELS)
    fill(db, "Planner", [], PANELS[:3], interviewer_ids=first.interviewer_ids)
    everything = calibration_data(db)
    assert everything.interviews == 7
    assert {v[2] for v in everything.competencies.values()} == {"Monteur", "Planner"}
    # Interviews are planned on 2, 3, 4 and 5 March 2026.
    window = calibration_data(db, first.vacancy_id, since=date(2026, 3, 3),
                              until=date(2026, 3, 4))
    assert window.interviews == 2
    assert calibration_data(db, since=date(2027, 1, 1)).interviews == 0


def test_too_little_and_wrong_input(db: Database) -> None:
    filled = fill(db, "Monteur", ["Anna", "Bram"], [[[3, 4], [2, 2]], [[4, 4], [3, 3]]])
    report = calibration_report(db, filled.vacancy_id)
    assert all(r.single.reading == "not_enough_data" for r in report.reliability)
    with pytest.raises(LookupError):
        calibration_data(db, 9999)
    with pytest.raises(ValueError):
        calibration_data(db, since=date(2026, 3, 5), until=date(2026, 3, 1))


def test_empty_store_and_the_example(db: Database) -> None:
    from interviewdesk.example.database import load_example

    assert calibration_report(db).data.interviews == 0
    ids = load_example(db)
    data = calibration_data(db, ids.vacancy_id)
    # Only Daniëlle Kok's round is closed; Thijs van Dijk's is waiting for a form.
    assert data.interviews == 1
    assert {r.interview for r in data.ratings} == {ids.completed_interview_id}
    assert data.open_rounds >= 1


def test_anonymised_letters() -> None:
    labels = anonymised([7, 3, 100, *range(200, 226)])
    assert labels[3] == "A" and labels[7] == "B" and labels[223] == "AA"
    assert labels[225] == "AC" and len(set(labels.values())) == 29
