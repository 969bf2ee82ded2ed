"""The privacy commands: retention (and, below, erase and access-export)."""

from datetime import date, timedelta
from pathlib import Path

import pytest

from interviewdesk import cli
from interviewdesk.store.models import Application, Candidate, Vacancy
from interviewdesk.store.startup import close_store, open_store


@pytest.fixture
def demo_dir(data_dir: Path) -> Path:
    assert cli.main(["--data-dir", str(data_dir), "demo"]) == 0
    return data_dir


def add_ended_vacancy(data_dir: Path, weeks_ago: int, names: tuple[str, ...]) -> list[int]:
    db = open_store(data_dir)
    try:
        with db.session() as session:
            vacancy = Vacancy(title="Planner", procedure_end=date.today()
                              - timedelta(weeks=weeks_ago))
            session.add(vacancy)
            session.flush()
            ids = []
            for name in names:
                candidate = Candidate(name=name, email=f"{name.split()[0].lower()}@example.nl",
                                      cv_text=f"{name} werkte tien jaar bij Hollander Techniek.")
                session.add(candidate)
                session.flush()
                session.add(Application(candidate_id=candidate.id, vacancy_id=vacancy.id,
                                        status="rejected"))
                ids.append(int(candidate.id))  # type: ignore[arg-type]
            return ids
    finally:
        close_store(db, data_dir)


def test_retention_on_the_example_is_quiet_and_exits_0(
        demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert cli.main(["retention"]) == 0
    out = capsys.readouterr().out
    assert "Kept 4 weeks after the procedure ends, or 12 months with consent." in out
    assert "Nothing is due for deletion" in out


def test_retention_lists_overdue_with_the_reason_and_exits_1(
        demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    [bram] = add_ended_vacancy(demo_dir, 6, ("Bram Verlopen",))
    capsys.readouterr()
    assert cli.main(["retention"]) == 1
    out = capsys.readouterr().out
    assert "Due for deletion (overdue):" in out
    ended = date.today() - timedelta(weeks=6)
    assert (f"{bram:>5}  Bram Verlopen: keep until {ended + timedelta(weeks=4):%Y-%m-%d} "
            f"(procedure ended {ended:%Y-%m-%d} + 4 weeks without consent); 14 days overdue"
            ) in out


def test_retention_follows_the_settings(demo_dir: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    add_ended_vacancy(demo_dir, 6, ("Bram Verlopen",))
    (demo_dir / "settings.ini").write_text("[retention]\nweeks_without_consent=8\n")
    capsys.readouterr()
    assert cli.main(["retention"]) == 0
    assert "Kept 8 weeks" in capsys.readouterr().out


def test_retention_without_a_database(data_dir: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["retention"]) == 0
    assert "no database yet" in capsys.readouterr().out


def every_file_mentions(folder: Path, needle: str) -> list[str]:
    return [str(p) for p in folder.rglob("*")
            if p.is_file() and needle.encode() in p.read_bytes()]


def test_erase_with_yes_leaves_no_trace(demo_dir: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    [bram, _chris] = add_ended_vacancy(demo_dir, 6, ("Bram Verlopen", "Chris Jansen"))
    assert every_file_mentions(demo_dir, "Bram Verlopen")
    capsys.readouterr()
    assert cli.main(["erase", "--candidate", str(bram), "--yes", "--reason", "retention"]) == 0
    out = capsys.readouterr().out
    assert "Erase Bram Verlopen (candidate" in out and "cannot be undone" in out
    assert "Erased." in out
    for needle in ("Bram Verlopen", "bram@example.nl", "Bram Verlopen werkte tien jaar"):
        assert every_file_mentions(demo_dir, needle) == []
    assert every_file_mentions(demo_dir, "Chris Jansen")
    assert cli.main(["retention"]) == 1
    out = capsys.readouterr().out
    assert "Chris Jansen" in out and "Bram" not in out


def test_erase_asks_and_a_no_keeps_everything(
        demo_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    [bram] = add_ended_vacancy(demo_dir, 6, ("Bram Verlopen",))
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda _prompt: "no")
    assert cli.main(["erase", "--candidate", str(bram)]) == 0
    assert "Nothing was erased." in capsys.readouterr().out
    assert every_file_mentions(demo_dir, "Bram Verlopen")
    monkeypatch.setattr("builtins.input", lambda _prompt: "erase")
    assert cli.main(["erase", "--candidate", str(bram)]) == 0
    assert every_file_mentions(demo_dir, "Bram Verlopen") == []


def test_erase_without_a_terminal_needs_yes(
        demo_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    [bram] = add_ended_vacancy(demo_dir, 6, ("Bram Verlopen",))
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    capsys.readouterr()
    assert cli.main(["erase", "--candidate", str(bram)]) == 2
    err = capsys.readouterr().err
    assert "add --yes" in err and "Traceback" not in err
    assert every_file_mentions(demo_dir, "Bram Verlopen")


def test_erase_refuses_an_unknown_id_and_a_running_app(
        demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["erase", "--candidate", "999", "--yes"]) == 2
    assert "There is no candidate with id 999." in capsys.readouterr().err
    import os
    import socket
    (demo_dir / "interviewdesk.lock").write_text(
        f"{os.getpid()}\nInterviewDesk\n{socket.gethostname()}\n")
    assert cli.main(["erase", "--candidate", "1", "--yes"]) == 2
    assert "close it first" in capsys.readouterr().err


def test_access_export_writes_pdf_json_and_originals_private(
        demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from pypdf import PdfReader

    from interviewdesk.example.texts import CANDIDATES

    db = open_store(demo_dir)
    try:
        with db.session() as session:
            from sqlmodel import select
            danielle = session.exec(select(Candidate).where(
                Candidate.name == CANDIDATES[2].name)).one()
        from interviewdesk.store.candidates import (
            DocumentFile,
            load_candidate_draft,
            save_candidate,
        )
        draft = load_candidate_draft(db, danielle.id)
        draft.new_documents = [DocumentFile("cv", "../../etc/cv Daniëlle.pdf", b"%PDF-1.4 cv")]
        save_candidate(db, draft)
    finally:
        close_store(db, demo_dir)
    folder = tmp_path / "inzage"
    capsys.readouterr()
    assert cli.main(["access-export", "--candidate", str(danielle.id), "-o", str(folder),
                     "--language", "en"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [Path(line).name for line in out] == [
        "personal-data.pdf", "personal-data.json", "cv - cv Daniëlle.pdf"]
    assert folder.stat().st_mode & 0o777 == 0o700
    assert (folder / "documents").stat().st_mode & 0o777 == 0o700
    for line in out:
        assert Path(line).stat().st_mode & 0o777 == 0o600
    assert (folder / "documents" / "cv - cv Daniëlle.pdf").read_bytes() == b"%PDF-1.4 cv"
    held = json.loads((folder / "personal-data.json").read_text(encoding="utf-8"))
    assert held["candidate"]["email"] == CANDIDATES[2].email
    [application] = held["applications"]
    [interview] = application["interviews"]
    assert len(interview["assessments"]) == 3 and interview["decision"]["outcome"] == "next_round"
    assert held["retention"]["keep_until"]
    text = "".join(page.extract_text() for page in PdfReader(folder / "personal-data.pdf").pages)
    assert "Personal data held" in text and CANDIDATES[2].email in text
    assert "Confidential — personal data; keep until" in text
    assert "Assessment by René Mulder" in text

    # A second export into the same folder is refused: nothing is overwritten.
    assert cli.main(["access-export", "--candidate", str(danielle.id), "-o", str(folder)]) == 2
    assert "not an empty folder" in capsys.readouterr().err


def test_access_export_of_nobody(demo_dir: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["access-export", "--candidate", "999", "-o", str(tmp_path / "x")]) == 2
    err = capsys.readouterr().err
    assert "There is no candidate with id 999." in err and "Traceback" not in err
    assert not (tmp_path / "x").exists()


def test_personnel_file_exports_then_erases_a_hired_candidate(
        demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    [bram, chris] = add_ended_vacancy(demo_dir, 6, ("Bram Verlopen", "Chris Jansen"))
    db = open_store(demo_dir)
    try:
        from interviewdesk.store.candidates import applications_of, set_application_status

        [application] = applications_of(db, bram)
        set_application_status(db, application.id, "hired")
    finally:
        close_store(db, demo_dir)
    capsys.readouterr()
    assert cli.main(["personnel-file", "--candidate", str(chris), "-o",
                     str(tmp_path / "x"), "--yes"]) == 2
    assert "was not hired" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()

    folder = tmp_path / "personeelsdossier"
    assert cli.main(["personnel-file", "--candidate", str(bram), "-o", str(folder),
                     "--yes"]) == 0
    assert "Exported to" in capsys.readouterr().out
    assert (folder / "inzage-persoonsgegevens.pdf").exists()
    assert "Bram Verlopen" in (folder / "persoonsgegevens.json").read_text(encoding="utf-8")
    assert every_file_mentions(demo_dir, "Bram Verlopen") == []
    db = open_store(demo_dir)
    try:
        from sqlmodel import select

        from interviewdesk.store.models import Erasure

        with db.session() as session:
            assert [e.reason for e in session.exec(select(Erasure))] == ["personnel_file"]
    finally:
        close_store(db, demo_dir)
