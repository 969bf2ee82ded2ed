"""The command line: each command against a real data folder, as a user would run it.

Most tests call :func:`interviewdesk.cli.main` in-process; one starts the real entry
point (``python -m interviewdesk``) to cover the hand-over from ``app.main``.
"""

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage
from sqlmodel import select

from interviewdesk import cli
from interviewdesk.example import texts as example_texts
from interviewdesk.store.database import Database
from interviewdesk.store.migrate import upgrade
from interviewdesk.store.models import Application, Candidate, Interview, Vacancy
from interviewdesk.store.paths import backups_dir, database_path, settings_path

BACKUP_NAME = "interviewdesk-20200101T000000.000000Z-manual.sqlite3"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _damage(path: Path) -> None:
    """Overwrite a few pages in the middle of the file, as a failing disk might."""
    with path.open("r+b") as file:
        file.seek(4096 * 2)
        file.write(b"\xff" * 4096 * 3)


def _one_error_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


@pytest.fixture
def demo_dir(data_dir: Path) -> Path:
    """The test's data folder with the example loaded through ``demo``."""
    assert cli.main(["--data-dir", str(data_dir), "demo"]) == 0
    return data_dir


# -- demo and check -------------------------------------------------------------------


def test_demo_then_check_succeed_and_the_database_holds_the_example(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["demo", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert example_texts.VACANCY_TITLE in out
    assert "4 candidates, 3 interviewers and 4 interviews:" in out
    assert "Joël Bakker: planned for " in out
    assert "Mehmet Öztürk: under way today" in out
    assert "Daniëlle Kok (" in out and "decided: Next round; feedback due " in out
    assert "Thijs van Dijk (" in out
    assert "waiting for the assessment form of René Mulder; feedback was due " in out

    assert cli.main(["check", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert "Integrity:      ok" in out
    assert "up to date" in out
    assert "All is well." in out

    db = Database(database_path(data_dir))
    try:
        with db.session() as session:
            titles = session.exec(select(Vacancy.title)).all()
            assert titles == [example_texts.VACANCY_TITLE]
            assert len(session.exec(select(Candidate)).all()) == len(example_texts.CANDIDATES)
            assert len(session.exec(select(Interview)).all()) == 4
    finally:
        db.close()


def test_demo_a_second_time_changes_nothing_and_says_so(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert cli.main(["demo"]) == 0  # the data folder comes from INTERVIEWDESK_DATA_DIR
    assert "already loaded" in capsys.readouterr().out
    db = Database(database_path(demo_dir))
    try:
        with db.session() as session:
            assert len(session.exec(select(Vacancy)).all()) == 1
    finally:
        db.close()


def test_check_on_a_damaged_file_exits_1_and_leaves_it_untouched(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = database_path(demo_dir)
    _damage(database)
    before = _digest(database)
    capsys.readouterr()

    assert cli.main(["--data-dir", str(demo_dir), "check"]) == 1

    captured = capsys.readouterr()
    assert "DAMAGED" in captured.out
    assert "damaged" in captured.out.split("Problems:")[1]
    assert "check failed" in _one_error_line(captured.err)
    assert _digest(database) == before


def test_check_on_a_file_that_is_no_database_exits_1(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database_path(data_dir).write_text("not a database " * 100)
    assert cli.main(["check"]) == 1
    assert "not a database" in capsys.readouterr().out


def test_check_on_an_older_schema_exits_1_and_says_the_app_upgrades_it(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    upgrade(database_path(data_dir), revision="0001")
    assert cli.main(["check"]) == 1
    out = capsys.readouterr().out
    assert "0001, NOT up to date" in out
    assert "upgrades it" in out


def test_check_on_a_fresh_folder_is_fine_and_creates_nothing(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["check"]) == 0
    assert "not there yet" in capsys.readouterr().out
    assert list(data_dir.iterdir()) == []


def test_check_on_a_missing_database_with_backups_exits_1(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["backup"]) == 0
    for path in demo_dir.glob("interviewdesk.sqlite3*"):
        path.unlink()
    capsys.readouterr()
    assert cli.main(["check"]) == 1
    assert "missing" in capsys.readouterr().out


def test_check_on_a_folder_that_does_not_exist_exits_2_without_creating_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    absent = tmp_path / "typo"
    assert cli.main(["check", "--data-dir", str(absent)]) == 2
    assert "no data folder" in _one_error_line(capsys.readouterr().err)
    assert not absent.exists()


# -- backup ---------------------------------------------------------------------------


def _assert_good_copy(path: Path) -> None:
    assert path.is_file()
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        titles = connection.execute("SELECT title FROM vacancy").fetchall()
    finally:
        connection.close()
    assert titles == [(example_texts.VACANCY_TITLE,)]


def test_backup_to_a_file_writes_a_valid_private_sqlite_file(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "copy.sqlite3"
    capsys.readouterr()
    assert cli.main(["backup", str(target)]) == 0
    assert capsys.readouterr().out.strip() == str(target)
    _assert_good_copy(target)


def test_backup_without_a_path_goes_to_the_data_folders_backups(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = set(backups_dir(demo_dir).iterdir())
    capsys.readouterr()
    assert cli.main(["backup"]) == 0
    made = Path(capsys.readouterr().out.strip())
    assert made.parent == backups_dir(demo_dir)
    assert made not in before
    _assert_good_copy(made)


def test_backup_into_a_folder_never_removes_what_is_already_there(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    older = [folder / BACKUP_NAME.replace("2020", str(year)) for year in range(2000, 2015)]
    for path in older:
        path.write_bytes(b"an older copy")
    capsys.readouterr()

    assert cli.main(["backup", str(folder)]) == 0

    made = Path(capsys.readouterr().out.strip())
    assert made.parent == folder
    _assert_good_copy(made)
    assert all(path.read_bytes() == b"an older copy" for path in older)
    assert sorted(folder.iterdir()) == sorted([*older, made])  # no staging folder left


def test_backup_refuses_to_overwrite_a_file(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "precious.txt"
    target.write_text("keep me")
    assert cli.main(["backup", str(target)]) == 2
    assert "already exists" in _one_error_line(capsys.readouterr().err)
    assert target.read_text() == "keep me"


def test_backup_of_a_damaged_database_is_refused(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _damage(database_path(demo_dir))
    assert cli.main(["backup", str(tmp_path / "copy.sqlite3")]) == 2
    assert "damaged" in _one_error_line(capsys.readouterr().err)
    assert not (tmp_path / "copy.sqlite3").exists()


def test_backup_with_no_database_yet_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["backup"]) == 2
    assert "nothing to back up" in _one_error_line(capsys.readouterr().err)


# -- screenshot -----------------------------------------------------------------------


def _distinct_colours(image: QImage, step: int = 7) -> int:
    return len({image.pixel(x, y) for x in range(0, image.width(), step)
                for y in range(0, image.height(), step)})


@pytest.mark.parametrize("view", ["home", "welcome"])
def test_screenshot_writes_a_png_of_the_window_at_the_asked_size(
    qapp: object, demo_dir: Path, tmp_path: Path, view: str
) -> None:
    output = tmp_path / "shot.png"
    code = cli.main(["screenshot", "-o", str(output), "--view", view, "--size", "900x600",
                     "--language", "en"])
    assert code == 0
    image = QImage(str(output))
    assert not image.isNull()
    assert (image.width(), image.height()) == (900, 600)
    assert _distinct_colours(image) > 10  # not a blank, one-colour picture


def test_screenshot_of_the_wizard_shows_the_interview_under_way_and_changes_nothing(
    qapp: object, demo_dir: Path, tmp_path: Path
) -> None:
    from interviewdesk.store.interview_records import load_session
    from interviewdesk.store.paths import settings_path
    from interviewdesk.store.queries import interview_under_way
    from interviewdesk.store.startup import open_store

    db = open_store(demo_dir)
    interview_id = interview_under_way(db)
    assert interview_id is not None
    before = load_session(db, interview_id)
    db.close()
    settings = settings_path(demo_dir)
    settings_before = settings.read_bytes() if settings.exists() else b""

    output = tmp_path / "wizard.png"
    assert cli.main(["screenshot", "-o", str(output), "--view", "wizard",
                     "--language", "en"]) == 0
    image = QImage(str(output))
    assert (image.width(), image.height()) == (1440, 900)  # the interview window's size
    assert _distinct_colours(image) > 10

    db = open_store(demo_dir)
    after = load_session(db, interview_id)
    db.close()
    assert after == before  # nothing typed, nothing saved: not even the clock
    assert (settings.read_bytes() if settings.exists() else b"") == settings_before


def test_screenshot_of_the_wizard_without_an_interview_under_way_exits_2(
    qapp: object, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "wizard.png"
    assert cli.main(["screenshot", "-o", str(output), "--view", "wizard"]) == 2
    line = _one_error_line(capsys.readouterr().err)
    assert "no interview under way" in line and "interviewdesk demo" in line
    assert not output.exists()


def _database_dump(data_dir: Path) -> str:
    """Every row of the database as SQL, to show that nothing was written."""
    connection = sqlite3.connect(database_path(data_dir))
    try:
        return "\n".join(connection.iterdump())
    finally:
        connection.close()


@pytest.mark.parametrize(("view", "shows"), [("assessment", "René Mulder"),
                                             ("panel", "Daniëlle Kok")])
def test_screenshot_of_the_assessment_and_panel_views_writes_nothing(
    qapp: object, demo_dir: Path, tmp_path: Path, view: str, shows: str,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    from interviewdesk.ui.assessment import form_screenshot, panel_screenshot

    shown: list[tuple[int, ...]] = []
    real_form, real_panel = (form_screenshot.render_form_screenshot,
                             panel_screenshot.render_panel_screenshot)

    def form(db: Database, data_dir: Path, interview_id: int, member: int, *rest: Any) -> Any:
        shown.append((interview_id, member))
        return real_form(db, data_dir, interview_id, member, *rest)

    def panel(db: Database, data_dir: Path, interview_id: int, *rest: Any) -> Any:
        shown.append((interview_id,))
        return real_panel(db, data_dir, interview_id, *rest)

    monkeypatch.setattr(form_screenshot, "render_form_screenshot", form)
    monkeypatch.setattr(panel_screenshot, "render_panel_screenshot", panel)
    before = _database_dump(demo_dir)

    output = tmp_path / f"{view}.png"
    assert cli.main(["screenshot", "-o", str(output), "--view", view, "--language", "en"]) == 0

    image = QImage(str(output))
    assert (image.width(), image.height()) == (1280, 900)
    assert _distinct_colours(image) > 10
    assert _database_dump(demo_dir) == before  # not a row, not a timestamp changed
    db = Database(database_path(demo_dir))
    try:
        from interviewdesk.store.assessments import decision_of, status_of_forms

        [target] = shown
        if view == "panel":  # the decided interview
            assert decision_of(db, target[0]) is not None
        else:  # the form that is in progress: René's, on the interview waiting for him
            [status] = [s for s in status_of_forms(db, target[0])
                        if s.panel_member_id == target[1]]
            assert (status.name, status.state) == (shows, "in_progress")
        from interviewdesk.store.interview_records import load_session

        if view == "panel":
            assert load_session(db, target[0]).candidate_name == shows
    finally:
        db.close()


@pytest.mark.parametrize(("view", "missing"), [("assessment", "no assessment form"),
                                               ("panel", "no interview with a panel decision")])
def test_screenshot_of_assessment_or_panel_on_an_empty_folder_exits_2(
    qapp: object, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    view: str, missing: str
) -> None:
    output = tmp_path / "shot.png"
    assert cli.main(["screenshot", "-o", str(output), "--view", view]) == 2
    line = _one_error_line(capsys.readouterr().err)
    assert missing in line and "interviewdesk demo" in line
    assert not output.exists()


def test_screenshot_of_an_unknown_view_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "shot.png"
    assert cli.main(["screenshot", "-o", str(output), "--view", "cellar"]) == 2
    line = _one_error_line(capsys.readouterr().err)
    assert "cellar" in line and "home" in line and "wizard" in line
    assert "assessment" in line and "panel" in line
    assert not output.exists()


def test_screenshot_into_a_missing_folder_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["screenshot", "-o", str(tmp_path / "no" / "shot.png")]) == 2
    assert "does not exist" in _one_error_line(capsys.readouterr().err)


def test_screenshot_on_a_damaged_database_exits_2_and_names_the_problem(
    qapp: object, demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _damage(database_path(demo_dir))
    before = _digest(database_path(demo_dir))
    assert cli.main(["screenshot", "-o", str(tmp_path / "shot.png")]) == 2
    assert "damaged" in _one_error_line(capsys.readouterr().err)
    assert _digest(database_path(demo_dir)) == before


# -- arguments and errors -------------------------------------------------------------


def test_an_unknown_command_exits_2_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["frobnicate"]) == 2
    assert "frobnicate" in _one_error_line(capsys.readouterr().err)


def test_an_unexpected_error_is_one_line_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(_data_dir: Path) -> None:
        raise RuntimeError("something nobody foresaw")

    monkeypatch.setattr("interviewdesk.store.startup.store_status", broken)
    assert cli.main(["check"]) == 2
    assert "something nobody foresaw" in _one_error_line(capsys.readouterr().err)


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    assert all(command in out for command in cli.COMMANDS)


def test_the_installed_entry_point_runs_the_commands(demo_dir: Path) -> None:
    env = {key: value for key, value in os.environ.items() if key != "INTERVIEWDESK_DATA_DIR"}
    finished = subprocess.run(
        [sys.executable, "-m", "interviewdesk", "--data-dir", str(demo_dir), "check"],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert finished.returncode == 0, finished.stderr
    assert "up to date" in finished.stdout


# -- export ---------------------------------------------------------------------------


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split())
                    for page in PdfReader(path).pages)


def _ids(data_dir: Path) -> dict[str, int]:
    """The example's interview ids by candidate name, and its vacancy's id."""
    db = Database(database_path(data_dir))
    try:
        with db.session() as session:
            rows = session.exec(
                select(Interview.id, Candidate.name, Application.vacancy_id)
                .join(Application, Application.id == Interview.application_id)  # type: ignore[arg-type]
                .join(Candidate, Candidate.id == Application.candidate_id)  # type: ignore[arg-type]
            ).all()
    finally:
        db.close()
    ids = {name: interview_id for interview_id, name, _vacancy in rows}
    ids["vacancy"] = rows[0][2]
    return ids


def test_export_report_names_the_candidate_and_kit_does_not(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    interview = _ids(demo_dir)["Daniëlle Kok"]
    report, kit = tmp_path / "report.pdf", tmp_path / "kit.pdf"
    capsys.readouterr()

    assert cli.main(["export", "report", "--interview", str(interview), "-o", str(report)]) == 0
    assert capsys.readouterr().out.strip() == str(report)
    assert cli.main(["export", "kit", "--interview", str(interview), "-o", str(kit),
                     "--language", "en", "--page-size", "Letter"]) == 0

    assert "Daniëlle Kok" in _pdf_text(report)
    kit_text = _pdf_text(kit)
    assert "Daniëlle Kok" in kit_text  # her name at the top of each copy, nothing else
    assert "danielle.kok@example.nl" not in kit_text and "06-23456789" not in kit_text
    assert "René Mulder" in kit_text  # his own copy
    width = float(PdfReader(kit).pages[0].mediabox.width)
    assert round(width) == 612  # US Letter, 8.5 inch


def test_export_form_finds_the_member_without_case_or_accents(
    demo_dir: Path, tmp_path: Path
) -> None:
    ids = _ids(demo_dir)
    output = tmp_path / "form.pdf"
    assert cli.main(["export", "form", "--interview", str(ids["Daniëlle Kok"]),
                     "--panel-member", "RENE mulder", "-o", str(output)]) == 0
    text = _pdf_text(output)
    assert "René Mulder" in text and "Daniëlle Kok" in text


def test_export_form_of_an_open_round_exits_2_naming_whose_forms_are_open(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command line has no identity: a member's form prints only once the round is
    closed; the report of an open round prints, with notes but no scores or evidence."""
    from interviewdesk.store.assessments import close_round, read_form, status_of_forms

    interview = _ids(demo_dir)["Thijs van Dijk"]
    output, report = tmp_path / "form.pdf", tmp_path / "report.pdf"
    capsys.readouterr()
    for name in ("Sanne de Vries", "René Mulder"):
        assert cli.main(["export", "form", "--interview", str(interview),
                         "--panel-member", name, "-o", str(output)]) == 2
        line = _one_error_line(capsys.readouterr().err)
        assert line == (f"{cli.PROG}: This form is printed only once the assessment round "
                        "is closed; still open: René Mulder.")
        assert not output.exists()

    assert cli.main(["export", "report", "--interview", str(interview), "-o",
                     str(report)]) == 0
    db = Database(database_path(demo_dir))
    try:
        panel = status_of_forms(db, interview)
        sanne = read_form(db, interview, panel[0].panel_member_id, panel[0].panel_member_id)
        evidence = [r.evidence for r in sanne.ratings.values() if r.evidence]
        assert evidence
        text = " ".join(_pdf_text(report).split())
        assert "Thijs van Dijk" in text
        for secret in evidence:
            assert " ".join(secret.split())[:60] not in text
        close_round(db, interview, panel[0].panel_member_id, "René is met verlof")
    finally:
        db.close()
    assert cli.main(["export", "form", "--interview", str(interview),
                     "--panel-member", "Sanne", "-o", str(output)]) == 0
    assert "Sanne de Vries" in _pdf_text(output)


def test_export_comparison_and_a_kit_for_the_vacancy(demo_dir: Path, tmp_path: Path) -> None:
    vacancy = _ids(demo_dir)["vacancy"]
    comparison, kit = tmp_path / "comparison.pdf", tmp_path / "kit.pdf"
    assert cli.main(["export", "comparison", "--vacancy", str(vacancy), "-o",
                     str(comparison)]) == 0
    assert cli.main(["export", "kit", "--vacancy", str(vacancy), "-o", str(kit)]) == 0
    assert "Daniëlle Kok" in _pdf_text(comparison)
    assert example_texts.VACANCY_TITLE in _pdf_text(kit)


@pytest.mark.parametrize("arguments, expected", [
    (["report", "--interview", "999"], "There is no interview with id 999."),
    (["kit", "--interview", "999"], "There is no interview with id 999."),
    (["comparison", "--vacancy", "999"], "There is no vacancy with id 999."),
    (["dossier", "--interview", "999"], "There is no interview with id 999."),
    (["form", "--interview", "999", "--panel-member", "René"],
     "There is no interview with id 999."),
    (["form", "--interview", "{interview}", "--panel-member", "Nobody"],
     "'Nobody' is not on the panel of interview {interview}; the panel is: "
     "Sanne de Vries, René Mulder, Inge Meijer."),
    (["form", "--interview", "{interview}", "--panel-member", "e"], "fits more than one"),
    (["form", "--interview", "{interview}"], "needs --panel-member"),
    (["kit", "--interview", "{interview}", "--vacancy", "1"], "either --interview"),
    (["comparison", "--interview", "{interview}"], "takes --vacancy"),
])
def test_export_with_a_wrong_id_or_name_exits_2_with_one_line(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    arguments: list[str], expected: str,
) -> None:
    interview = str(_ids(demo_dir)["Daniëlle Kok"])
    output = tmp_path / "out.pdf"
    capsys.readouterr()
    filled = [argument.format(interview=interview) for argument in arguments]
    assert cli.main(["export", *filled, "-o", str(output)]) == 2
    assert expected.format(interview=interview) in _one_error_line(capsys.readouterr().err)
    assert not output.exists()


def test_export_follows_the_settings_language_and_page_size(
    demo_dir: Path, tmp_path: Path
) -> None:
    settings_path(demo_dir).write_text("[ui]\nlanguage=en\n\n[print]\npage_size=Letter\n",
                                       encoding="utf-8")
    output = tmp_path / "report.pdf"
    assert cli.main(["export", "report", "--interview", str(_ids(demo_dir)["Daniëlle Kok"]),
                     "-o", str(output)]) == 0
    assert round(float(PdfReader(output).pages[0].mediabox.width)) == 612
    dutch = tmp_path / "dutch.pdf"
    assert cli.main(["export", "report", "--interview", str(_ids(demo_dir)["Daniëlle Kok"]),
                     "--language", "nl", "-o", str(dutch)]) == 0
    assert _pdf_text(output) != _pdf_text(dutch)


def test_the_entry_point_hands_export_to_the_command_line(
    demo_dir: Path, tmp_path: Path
) -> None:
    from interviewdesk import app

    output = tmp_path / "kit.pdf"
    assert app.is_command(["--data-dir", str(demo_dir), "export", "kit"])
    assert app.main(["--data-dir", str(demo_dir), "export", "kit", "--vacancy",
                     str(_ids(demo_dir)["vacancy"]), "-o", str(output)]) == 0
    assert output.read_bytes().startswith(b"%PDF")


def test_export_dossier_and_a_compact_form(demo_dir: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    from pypdf import PdfReader

    interview = str(_ids(demo_dir)["Daniëlle Kok"])
    dossier, report = tmp_path / "dossier.pdf", tmp_path / "report.pdf"
    assert cli.main(["export", "dossier", "--interview", interview, "-o", str(dossier)]) == 0
    assert cli.main(["export", "report", "--interview", interview, "-o", str(report)]) == 0
    pages = len(PdfReader(dossier).pages)
    assert pages > len(PdfReader(report).pages)
    assert f"Pagina {pages} van {pages}" in _pdf_text(dossier)
    if os.name == "posix":
        assert dossier.stat().st_mode & 0o777 == 0o600
    compact = tmp_path / "compact.pdf"
    assert cli.main(["export", "form", "--interview", interview, "--panel-member", "Sanne",
                     "--compact", "-o", str(compact)]) == 0
    capsys.readouterr()
    assert cli.main(["export", "report", "--interview", interview, "--compact", "-o",
                     str(tmp_path / "x.pdf")]) == 2
    assert "--compact goes with export form" in capsys.readouterr().err
