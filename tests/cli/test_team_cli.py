"""The team commands and ``--database-url`` on a throwaway PostgreSQL server."""

from pathlib import Path

import pytest
import sqlalchemy as sa

from interviewdesk import cli
from interviewdesk.cli_team import NEW_PASSWORD_ENV
from interviewdesk.store import team
from interviewdesk.store.database import driver_url
from interviewdesk.store.paths import DATABASE_URL_ENV, resolve_database_url, settings_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def drop_roles(url: str, roles: list[str]) -> None:
    engine = sa.create_engine(driver_url(url), isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        roles = [role for role in roles if connection.exec_driver_sql(
            "SELECT 1 FROM pg_roles WHERE rolname = %(role)s", {"role": role}).first()]
        if roles:
            connection.exec_driver_sql(f"DROP OWNED BY {', '.join(roles)}")
        for role in roles:
            connection.exec_driver_sql(f"DROP ROLE IF EXISTS {role}")
    engine.dispose()


def test_team_set_up_then_the_same_commands_on_the_server(
        empty_pg_database: str, data_dir: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    url = empty_pg_database
    try:
        code, out, err = run(capsys, "team", "init", "--database-url", url)
        assert (code, err) == (0, "") and "row-level security" in out
        assert "auditentry" in out and "consensusscore" in out
        monkeypatch.setenv(NEW_PASSWORD_ENV, "kort")
        code, _out, err = run(capsys, "team", "add-interviewer", "Sanne de Vries",
                              "--database-url", url)
        assert code == 2 and "shorter than 8" in err
        monkeypatch.setenv(NEW_PASSWORD_ENV, "een lang wachtwoord")
        code, out, err = run(capsys, "--database-url", url, "team", "add-interviewer",
                             "Sanne de Vries", "--email", "sanne@firma.nl")
        assert code == 0 and "'sanne_de_vries'" in out, err
        code, out, _err = run(capsys, "team", "remove-interviewer", "Sanne de Vries",
                              "--database-url", url)
        assert code == 0 and "turned off" in out

        # The everyday commands, on the server through the environment variable.
        monkeypatch.setenv(DATABASE_URL_ENV, url)
        code, out, err = run(capsys, "demo")
        assert code == 0 and "the team server" in out, err
        code, out, _err = run(capsys, "search", "Daniëlle")
        assert code == 0 and "Daniëlle" in out
        code, out, err = run(capsys, "retention")
        assert code == 0, err
        code, out, err = run(capsys, "export", "kit", "--vacancy", "1", "-o",
                             str(tmp_path / "kit.pdf"))
        assert code == 0 and (tmp_path / "kit.pdf").read_bytes().startswith(b"%PDF"), err
        code, out, err = run(capsys, "access-export", "--candidate", "1", "-o",
                             str(tmp_path / "inzage"))
        assert code == 0 and any((tmp_path / "inzage").iterdir()), err
        code, out, err = run(capsys, "erase", "--candidate", "1", "--yes")
        assert code == 0, err
        code, out, err = run(capsys, "access-export", "--candidate", "1", "-o",
                             str(tmp_path / "weg"))
        assert code == 2 and "no candidate with id 1" in err
        assert not (data_dir / "interviewdesk.sqlite3").exists()  # nothing local
        code, _out, err = run(capsys, "--database-url", url, "backup")
        assert code == 2 and "pg_dump" in err
    finally:
        drop_roles(url, ["sanne_de_vries", team.GROUP_ROLE])


def test_without_a_server_team_says_what_it_needs(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "team", "init")
    assert code == 2 and "--database-url" in err and "Traceback" not in err


def test_an_unreachable_server_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "--database-url",
                          "postgresql://x:geheim@/nowhere?host=/nonexistent-dir", "search", "a")
    assert code == 2 and err.count("\n") == 1 and "could not be used" in err
    assert "geheim" not in err


def test_the_url_comes_from_option_then_environment_then_settings(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    assert resolve_database_url(None, data_dir) is None  # the default: the local file
    settings_path(data_dir).write_text("[team]\ndatabase_url=postgresql://s@h/firma\n",
                                       encoding="utf-8")
    assert resolve_database_url(None, data_dir) == "postgresql://s@h/firma"
    monkeypatch.setenv(DATABASE_URL_ENV, "postgresql://e@h/firma")
    assert resolve_database_url(None, data_dir) == "postgresql://e@h/firma"
    assert resolve_database_url("postgresql://o@h/firma", data_dir) == "postgresql://o@h/firma"


# -- the administrator's password: libpq, the system keyring, or the terminal ---------


class Terminal:
    """A terminal: stdin is one, getpass and input answer in turn; what was asked is
    kept."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *answers: str) -> None:
        import getpass
        import sys

        self.answers = list(answers)
        self.prompts: list[str] = []
        monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
        monkeypatch.setattr(getpass, "getpass", self.answer)
        monkeypatch.setattr("builtins.input", self.answer)

    def answer(self, prompt: str = "") -> str:
        self.prompts.append(prompt)
        if not self.answers:
            raise AssertionError(f"asked once too often: {prompt}")
        return self.answers.pop(0)


def test_team_init_asks_the_password_once_and_remembers_it(
        pg_server: object, empty_pg_database: str, memory_keyring: object,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from interviewdesk.store.server_passwords import saved_password
    from tests.postgres import PASSWORD, password_role

    with password_role(pg_server, empty_pg_database) as url:
        try:
            terminal = Terminal(monkeypatch, "fout wachtwoord", "", PASSWORD)
            code, out, err = run(capsys, "team", "init", "--database-url", url)
            assert code == 0 and "row-level security" in out, err
            assert "The password was not accepted." in err
            assert terminal.prompts[0].startswith("Password for the team server postgresql://"
                                                  "keyring_tester@")
            assert "[Y/n]" in terminal.prompts[1] and len(terminal.prompts) == 3
            assert saved_password(url) == PASSWORD
            assert PASSWORD not in out + err

            # The next command: from the keyring, nothing asked.
            Terminal(monkeypatch)
            monkeypatch.setenv(NEW_PASSWORD_ENV, "een lang wachtwoord")
            code, out, err = run(capsys, "team", "add-interviewer", "Sanne de Vries",
                                 "--database-url", url)
            assert code == 0 and "'sanne_de_vries'" in out, err
            assert "system keyring" in out

            # A password changed on the server: the saved one is refused, removed, asked.
            engine = sa.create_engine(driver_url(empty_pg_database),
                                      isolation_level="AUTOCOMMIT")
            with engine.connect() as connection:
                connection.exec_driver_sql("ALTER ROLE keyring_tester PASSWORD 'nieuw-ww-123'")
            engine.dispose()
            Terminal(monkeypatch, "nieuw-ww-123", "n")
            code, out, err = run(capsys, "team", "remove-interviewer", "Sanne de Vries",
                                 "--database-url", url)
            assert code == 0 and "turned off" in out, err
            assert "keyring was not accepted; it was removed" in err
            assert saved_password(url) is None  # "n": not remembered again
        finally:
            drop_roles(empty_pg_database, ["sanne_de_vries", team.GROUP_ROLE])


def test_without_a_terminal_or_keyring_the_password_is_said_missing(
        pg_server: object, empty_pg_database: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    from tests.postgres import password_role

    with password_role(pg_server, empty_pg_database) as url:
        code, _out, err = run(capsys, "team", "init", "--database-url", url)
    assert code == 2 and "wants a password" in err and "~/.pgpass" in err
    assert err.count("\n") == 1


def test_without_a_terminal_a_refused_saved_password_is_said_removed(
        pg_server: object, empty_pg_database: str, memory_keyring: object,
        capsys: pytest.CaptureFixture[str]) -> None:
    from interviewdesk.store.server_passwords import remember, saved_password
    from tests.postgres import password_role

    with password_role(pg_server, empty_pg_database) as url:
        remember(url, "het oude wachtwoord")
        code, _out, err = run(capsys, "team", "init", "--database-url", url)
        assert saved_password(url) is None
    assert code == 2 and "keyring was not accepted; it was removed" in err
    assert "wants a password" in err and "oude" not in err


def test_a_locked_keyring_on_the_terminal_asks_and_offers_nothing(
        pg_server: object, empty_pg_database: str, locked_keyring: object,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.postgres import PASSWORD, password_role

    with password_role(pg_server, empty_pg_database) as url:
        try:
            terminal = Terminal(monkeypatch, PASSWORD)
            code, _out, err = run(capsys, "team", "init", "--database-url", url)
            assert code == 0, err
            assert "keyring could not be used (Failed to unlock the collection!)." in err
            assert len(terminal.prompts) == 1  # no "Remember?" question
        finally:
            drop_roles(empty_pg_database, [team.GROUP_ROLE])


def test_everyday_commands_use_the_remembered_password(
        password_login: str, memory_keyring: object, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from interviewdesk.store.server_passwords import remember
    from tests.postgres import PASSWORD

    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    code, _out, err = run(capsys, "--database-url", password_login, "search", "Daniëlle")
    assert code == 2 and "wants a password" in err  # no terminal, nothing remembered
    remember(password_login, PASSWORD)
    code, out, err = run(capsys, "--database-url", password_login, "search", "Daniëlle")
    assert (code, err.strip()) == (1, "Nothing found for 'Daniëlle'.")  # it got in
    assert PASSWORD not in out + err
