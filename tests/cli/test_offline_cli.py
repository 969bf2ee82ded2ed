"""``team take-offline`` / ``bring-back`` / ``release-offline`` against a team server
with real interviewer logins (row-level security on), and the laptop's data folder."""

from pathlib import Path

import pytest
from sqlmodel import select

from interviewdesk.cli_team import NEW_PASSWORD_ENV
from interviewdesk.example.database import load_example
from interviewdesk.exchange.offline_marks import marks
from interviewdesk.store import team
from interviewdesk.store.database import Database
from interviewdesk.store.interview_edits import InterviewEdit
from interviewdesk.store.interview_records import apply_changes
from interviewdesk.store.models import Assessment, Interview
from interviewdesk.store.paths import DATABASE_URL_ENV
from interviewdesk.store.startup import open_store
from tests.cli.test_team_cli import drop_roles, run


def as_login(url: str, login: str) -> str:
    """``url`` with another user (the test server trusts its socket)."""
    scheme, rest = url.split("://", 1)
    return f"{scheme}://{login}@{rest.split('@', 1)[1]}"


def test_take_offline_and_bring_back_as_an_interviewer(
        empty_pg_database: str, data_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    owner = empty_pg_database
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    try:
        assert run(capsys, "team", "init", "--database-url", owner)[0] == 0
        server = Database.on_server(owner)
        ids = load_example(server)
        interview = ids.waiting_interview_id
        monkeypatch.setenv(NEW_PASSWORD_ENV, "een lang wachtwoord")
        code, _out, err = run(capsys, "team", "add-interviewer", "René Mulder",
                              "--database-url", owner)
        assert code == 0, err
        rene = as_login(owner, "rene_mulder")

        code, out, err = run(capsys, "team", "take-offline", str(interview),
                             "--database-url", rene)
        assert code == 0 and "taken offline by René Mulder" in out, err
        assert interview in marks(server)
        laptop = open_store(data_dir)
        try:
            with laptop.session() as session:
                (here,) = session.exec(select(Interview.id)).all()
                forms = session.exec(select(Assessment)).all()
            assert all(form.submitted_at is None for form in forms)  # only his own
            apply_changes(laptop, here, [
                InterviewEdit(follow_up_notes="from the laptop")])
        finally:
            laptop.close()
        apply_changes(server, interview, [
            InterviewEdit(follow_up_notes="from the server")])

        code, out, err = run(capsys, "team", "bring-back", "--database-url", rene)
        assert code == 2 and err.count("\n") == 1 and "--prefer" in err
        assert "'from the laptop'" in err and "'from the server'" in err
        assert interview in marks(server)
        code, _out, err = run(capsys, "team", "release-offline", str(interview),
                              "--database-url", rene)
        assert code == 2 and "administrator" in err
        code, out, err = run(capsys, "team", "bring-back", "--prefer", "laptop",
                             "--database-url", rene)
        assert code == 0 and "1 conflict(s) resolved" in out, err
        with server.session() as session:
            assert session.get(Interview, interview).follow_up_notes == "from the laptop"
        assert interview not in marks(server)
        code, _out, err = run(capsys, "team", "bring-back", "--database-url", rene)
        assert code == 2 and "no interview taken offline" in err

        # A stale mark: the owner releases it; the laptop's copy then cannot come back.
        assert run(capsys, "team", "take-offline", str(interview), "--database-url",
                   rene)[0] == 0
        code, out, err = run(capsys, "team", "release-offline", str(interview),
                             "--database-url", owner)
        assert code == 0 and "Released" in out, err
        code, _out, err = run(capsys, "team", "bring-back", "--database-url", rene)
        assert code == 2 and "released" in err and err.count("\n") == 1
        server.close()
    finally:
        drop_roles(owner, ["rene_mulder", team.GROUP_ROLE])
