"""``interviewdesk copy-vacancy``: prints the new id, speaks one line on a problem."""

from pathlib import Path

import pytest

from interviewdesk import cli
from interviewdesk.example.texts import VACANCY_TITLE
from interviewdesk.store.database import Database
from interviewdesk.store.paths import database_path
from interviewdesk.store.vacancies import get_vacancy, load_vacancy_draft, vacancy_choices


@pytest.fixture
def demo_dir(data_dir: Path) -> Path:
    assert cli.main(["--data-dir", str(data_dir), "demo"]) == 0
    return data_dir


def test_copy_prints_the_new_id_and_names_it_copy_of(
        demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    db = Database(database_path(demo_dir))
    try:
        [(source, _title)] = vacancy_choices(db)
    finally:
        db.close()
    assert cli.main(["copy-vacancy", "--vacancy", str(source)]) == 0
    new_id = int(capsys.readouterr().out.strip())
    assert cli.main(["copy-vacancy", "--vacancy", str(source), "--title", "Monteur Zwolle"]) == 0
    named_id = int(capsys.readouterr().out.strip())
    db = Database(database_path(demo_dir))
    try:
        assert get_vacancy(db, new_id).title == f"Copy of {VACANCY_TITLE}"
        assert get_vacancy(db, named_id).title == "Monteur Zwolle"
        assert [c.name for c in load_vacancy_draft(db, named_id).competencies] == [
            c.name for c in load_vacancy_draft(db, source).competencies]
    finally:
        db.close()


@pytest.mark.parametrize("args, message", [
    (["--vacancy", "999"], "There is no vacancy 999."),
    (["--vacancy", "abc"], "is not an id"),
    (["--vacancy", "1", "--title", "  "], "The copy needs a title."),
])
def test_problems_are_one_line_and_exit_2(
        demo_dir: Path, capsys: pytest.CaptureFixture[str], args: list[str],
        message: str) -> None:
    capsys.readouterr()
    assert cli.main(["copy-vacancy", *args]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_without_a_database_nothing_is_made(data_dir: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["copy-vacancy", "--vacancy", "1"]) == 2
    assert "nothing to copy" in capsys.readouterr().err
    assert not database_path(data_dir).exists()
