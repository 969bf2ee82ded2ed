"""Start-up: commands or window, one copy per data folder, the window shown before
the database is opened, a damaged database, closing while the database opens, the
exception hook, and a real start in a separate process."""

import logging
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlmodel import func, select

from interviewdesk import app, logs
from interviewdesk.store.backups import list_backups
from interviewdesk.store.models import Interviewer
from interviewdesk.store.paths import backups_dir, database_path, lock_path
from interviewdesk.store.startup import close_store, open_store
from interviewdesk.ui import startup_dialogs
from interviewdesk.ui.startup_dialogs import DamagedChoice

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def keep_process_state(monkeypatch: pytest.MonkeyPatch, qapp: Any) -> Iterator[None]:
    """Start-up installs an exception hook, signal handlers and a log file: undo them
    after each test."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.delenv(app.QUIT_WHEN_SHOWN_ENV, raising=False)
    monkeypatch.delenv(app.QUIT_WHEN_READY_ENV, raising=False)
    monkeypatch.delenv(app.QUIT_WHEN_DATA_SHOWN_ENV, raising=False)
    handlers = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    yield
    for number, handler in handlers.items():
        signal.signal(number, handler)
    logs.stop_logging()


def make_database_with_backup(data_dir: Path, people: int = 20) -> None:
    """A database with some rows, closed the way the app closes it (with a backup)."""
    database = open_store(data_dir)
    with database.session() as session:
        for index in range(people):
            session.add(Interviewer(name=f"Interviewer {index} " + "x" * 300))
    close_store(database, data_dir)


def count_interviewers(data_dir: Path) -> int:
    database = open_store(data_dir)
    try:
        with database.session() as session:
            return session.exec(select(func.count()).select_from(Interviewer)).one()
    finally:
        database.close()


def damage(path: Path) -> None:
    with path.open("r+b") as file:
        file.write(os.urandom(100))


# -- arguments ------------------------------------------------------------------------


@pytest.mark.parametrize(("arguments", "command"), [
    ([], False),
    (["--data-dir", "D"], False),
    (["--data-dir", "check"], False),
    (["--language", "nl", "--data-dir", "D"], False),
    (["check"], True),
    (["--data-dir", "D", "demo"], True),
    (["backup", "--data-dir", "D"], True),
    (["nonsense"], True),
    (["--version"], True),
])
def test_a_word_that_is_not_an_option_is_a_command(arguments: list[str], command: bool) -> None:
    assert app.is_command(arguments) is command


def test_commands_go_to_the_command_line_module(monkeypatch: pytest.MonkeyPatch) -> None:
    from interviewdesk import cli

    called: list[list[str]] = []
    monkeypatch.setattr(cli, "main", lambda argv: called.append(argv) or 7)
    assert app.main(["--data-dir", "D", "check"]) == 7
    assert called == [["--data-dir", "D", "check"]]


def test_version_is_answered_by_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    from interviewdesk import version

    assert app.main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"interviewdesk {version()}"


def test_the_window_icon_has_every_shipped_size(qapp: Any) -> None:
    icon = app.window_icon()
    assert not icon.isNull()
    sizes = {(size.width(), size.height()) for size in icon.availableSizes()}
    assert sizes == {(size, size) for size in app.ICON_SIZES}
    assert not app.create_qapplication().windowIcon().isNull()


def test_window_options_are_parsed() -> None:
    options = app.parse_arguments(["--data-dir", "/tmp/x", "--language", "nl"])
    assert (options.data_dir, options.language) == (Path("/tmp/x"), "nl")
    with pytest.raises(SystemExit):
        app.parse_arguments(["--language", "de"])


# -- one copy per data folder ---------------------------------------------------------


def test_a_second_lock_on_the_same_folder_is_refused(data_dir: Path, tmp_path: Path) -> None:
    first = app.acquire_instance_lock(data_dir)
    assert first is not None
    assert lock_path(data_dir).is_file()
    assert app.acquire_instance_lock(data_dir) is None
    other = tmp_path / "other"
    other.mkdir()
    elsewhere = app.acquire_instance_lock(other)
    assert elsewhere is not None
    first.unlock()
    again = app.acquire_instance_lock(data_dir)
    assert again is not None
    again.unlock()
    elsewhere.unlock()


def test_the_lock_of_a_crashed_copy_is_taken_over(data_dir: Path) -> None:
    crash = textwrap.dedent(f"""
        import os, sys
        from pathlib import Path
        from interviewdesk.app import acquire_instance_lock
        lock = acquire_instance_lock(Path({str(data_dir)!r}))
        sys.stdout.write("locked" if lock is not None else "refused")
        sys.stdout.flush()
        os._exit(0)  # no unlock: the lock file stays behind, as after a crash
    """)
    result = subprocess.run([sys.executable, "-c", crash], capture_output=True, text=True,
                            cwd=ROOT, timeout=60, check=True)
    assert result.stdout == "locked"
    assert lock_path(data_dir).is_file()

    lock = app.acquire_instance_lock(data_dir)
    assert lock is not None
    lock.unlock()


def test_a_second_copy_says_so_and_exits_with_1(data_dir: Path, messages: Any,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    held = app.acquire_instance_lock(data_dir)
    assert held is not None
    opened: list[Path] = []
    monkeypatch.setattr(app, "open_database", lambda folder, _s: opened.append(folder))
    try:
        assert app.main(["--data-dir", str(data_dir)]) == 1
    finally:
        held.unlock()
    assert opened == []
    assert messages.names() == ["error"]
    assert "InterviewDesk is already open on this data folder" in messages.texts("error")[0]
    assert str(data_dir) in messages.texts("error")[0]


# -- a damaged database ---------------------------------------------------------------


def test_a_damaged_database_shows_the_dialog_and_quit_leaves_the_file_as_it_was(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_database_with_backup(data_dir)
    path = database_path(data_dir)
    damage(path)
    before = path.read_bytes()
    asked: list[tuple[Any, ...]] = []
    window_then: list[tuple[bool, str, bool]] = []

    def ask(*args: Any, **kwargs: Any) -> DamagedChoice:
        window = kwargs.pop("parent")
        window_then.append((window.isVisible(), window.current_view(),
                            window.new_vacancy_action.isEnabled()))
        asked.append((*args, kwargs))
        return DamagedChoice.QUIT

    monkeypatch.setattr(startup_dialogs, "ask_damaged_database", ask)

    assert app.main(["--data-dir", str(data_dir)]) == 1

    assert len(asked) == 1
    assert asked[0][0] == path
    assert asked[0][1]  # the problems, for the details
    assert asked[0][-1] == {"missing": False, "has_backup": True}
    # Over the main window, already shown, still waiting for its data.
    assert window_then == [(True, "loading", False)]
    assert path.read_bytes() == before  # not replaced by a new, empty database
    assert not lock_path(data_dir).exists()


def test_restoring_the_backup_sets_the_damaged_file_aside_and_starts(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch, messages: Any) -> None:
    make_database_with_backup(data_dir, people=20)
    path = database_path(data_dir)
    damage(path)
    choices = iter([DamagedChoice.RESTORE])
    monkeypatch.setattr(startup_dialogs, "ask_damaged_database",
                        lambda *a, **k: next(choices))
    shown: list[str] = []
    monkeypatch.setattr(app, "run_event_loop", lambda _app, window: shown.append(
        window.current_view()) or 0)

    assert app.main(["--data-dir", str(data_dir)]) == 0

    assert shown == ["welcome"]  # interviewers only: no vacancy yet

    assert [p for p in data_dir.iterdir() if ".damaged-" in p.name]
    assert messages.names() == ["inform"]
    assert "restored" in messages.texts("inform")[0]
    assert count_interviewers(data_dir) == 20
    assert not lock_path(data_dir).exists()


def test_choosing_another_folder_starts_over_on_that_folder(
        data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_database_with_backup(data_dir)
    damaged = database_path(data_dir)
    damage(damaged)
    before = damaged.read_bytes()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.setattr(startup_dialogs, "ask_damaged_database",
                        lambda *a, **k: DamagedChoice.OTHER_FOLDER)
    monkeypatch.setattr(startup_dialogs, "choose_data_folder",
                        lambda start, parent=None: elsewhere)
    shown: list[Path] = []
    monkeypatch.setattr(app, "run_event_loop",
                        lambda _app, window: shown.append(window.data_dir) or 0)

    assert app.main(["--data-dir", str(data_dir)]) == 0

    assert shown == [elsewhere.resolve()]
    assert database_path(elsewhere).is_file()
    assert damaged.read_bytes() == before
    assert not lock_path(data_dir).exists() and not lock_path(elsewhere).exists()


def test_a_missing_database_with_backups_is_not_replaced_silently(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_database_with_backup(data_dir)
    database_path(data_dir).unlink()
    asked: list[dict[str, Any]] = []
    monkeypatch.setattr(startup_dialogs, "ask_damaged_database",
                        lambda *a, parent, **k: asked.append(k) or DamagedChoice.QUIT)

    assert app.main(["--data-dir", str(data_dir)]) == 1

    assert asked == [{"missing": True, "has_backup": True}]
    assert not database_path(data_dir).exists()


def test_the_damaged_dialog_offers_the_backup_with_its_date(qtbot: Any, data_dir: Path) -> None:
    from datetime import UTC, datetime

    dialog = startup_dialogs.DamagedDatabaseDialog(
        database_path(data_dir), ["page 3 is corrupt"],
        datetime(2026, 1, 12, 9, 30, tzinfo=UTC))
    qtbot.addWidget(dialog)
    assert dialog.restore_button.text().startswith("Restore the newest good backup (")
    assert "2026" in dialog.restore_button.text()
    assert not dialog.empty_button.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is DamagedChoice.OTHER_FOLDER


# -- unexpected errors ----------------------------------------------------------------


def test_the_exception_hook_logs_the_traceback_and_tells_the_user_plainly(
        data_dir: Path, messages: Any) -> None:
    log_file = logs.configure_logging(data_dir)
    hook = app.install_excepthook(log_file)
    assert sys.excepthook is hook
    try:
        raise ValueError("Sanne de Vries, 06-12345678")
    except ValueError:
        hook(*sys.exc_info())  # type: ignore[arg-type]
    for handler in logging.getLogger().handlers:
        handler.flush()

    assert messages.names() == ["error"]
    _parent, title, text, details = messages.calls[0][1]
    assert title == "Something went wrong"
    assert str(log_file) in text
    assert "builtins.ValueError" in details and "test_app.py" in details
    assert "Sanne" not in text + details  # personal data stays out of the message
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "Sanne de Vries, 06-12345678" in logged


# -- the window first, then the data --------------------------------------------------


def test_closing_the_window_before_the_data_is_opened_opens_nothing(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = app._settings(data_dir)
    settings.last_view, settings.last_vacancy_id = "home", 3
    settings.sync()
    original = app.wait_until_painted

    def close_at_once(window: Any, *args: Any) -> bool:
        window.close()  # the user is quicker than the first paint
        return original(window, *args)

    opened: list[Any] = []
    monkeypatch.setattr(app, "wait_until_painted", close_at_once)
    monkeypatch.setattr(app, "open_database", lambda *a, **k: opened.append(a))

    assert app.main(["--data-dir", str(data_dir)]) == 0

    assert opened == []
    assert not database_path(data_dir).exists()
    reread = app._settings(data_dir)
    assert (reread.last_view, reread.last_vacancy_id) == ("home", 3)  # not the loading page
    assert reread.geometry  # but size and place are kept
    assert not lock_path(data_dir).exists()


def test_closing_the_window_while_the_data_opens_closes_the_database_unused(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_database_with_backup(data_dir)
    settings = app._settings(data_dir)
    settings.last_view, settings.last_vacancy_id = "home", 3
    settings.sync()
    original_open, original_shut_down = app.open_database, app.shut_down
    windows: list[Any] = []
    databases: list[Any] = []
    closed: list[Any] = []

    def open_while_closing(folder: Path, settings: Any, parent: Any = None) -> Any:
        windows.append(parent)
        parent.close()  # e.g. the session ends while a dialog is up
        databases.append(original_open(folder, settings, parent=parent))
        return databases[-1]

    def shut_down(db: Any, *args: Any) -> None:
        closed.append(db)
        original_shut_down(db, *args)

    monkeypatch.setattr(app, "open_database", open_while_closing)
    monkeypatch.setattr(app, "shut_down", shut_down)
    monkeypatch.setattr(app, "run_event_loop", lambda *_: pytest.fail("no event loop"))

    assert app.main(["--data-dir", str(data_dir)]) == 0

    [window] = windows
    assert not window.has_data()  # never attached to a closing window
    assert closed == databases and len(closed) == 1  # closed (and backed up if changed)
    assert count_interviewers(data_dir) == 20
    reread = app._settings(data_dir)
    assert (reread.last_view, reread.last_vacancy_id) == ("home", 3)
    assert not lock_path(data_dir).exists()


def test_sigterm_while_the_data_opens_closes_once_the_data_is_attached(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original_open = app.open_database
    original_loop = app.run_event_loop
    ran: list[str] = []

    def open_after_signal(folder: Path, settings: Any, parent: Any = None) -> Any:
        signal.raise_signal(signal.SIGTERM)  # handled between two bytecodes, right now
        ran.append("signal handled")
        return original_open(folder, settings, parent=parent)

    def run_loop(qapp: Any, window: Any) -> int:
        from PySide6.QtCore import QTimer

        assert window.has_data() and window.isVisible()
        QTimer.singleShot(10_000, lambda: ran.append("gave up") or qapp.quit())
        return original_loop(qapp, window)

    monkeypatch.setattr(app, "open_database", open_after_signal)
    monkeypatch.setattr(app, "run_event_loop", run_loop)

    assert app.main(["--data-dir", str(data_dir)]) == 0

    assert ran == ["signal handled"]  # the close came from the signal, not the time-out
    assert app._settings(data_dir).last_view == "welcome"
    assert [p for p in list_backups(backups_dir(data_dir)) if p.name.endswith("-close.sqlite3")]
    assert not lock_path(data_dir).exists()


def test_the_start_backup_follows_the_data_on_a_worker_thread(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from interviewdesk.store import startup
    from interviewdesk.ui.main_window import MainWindow

    make_database_with_backup(data_dir)
    database = open_store(data_dir)
    with database.session() as session:
        session.add(Interviewer(name="Anna"))
    database.close()  # an unclean end: this start owes a backup
    events: list[str] = []
    original_attach, original_backup = MainWindow.attach_database, startup.make_start_backup

    def attach(window: Any, db: Any) -> None:
        events.append(f"attached, backups: {len(list_backups(backups_dir(data_dir)))}")
        original_attach(window, db)

    def backup(*args: Any) -> Any:
        events.append(f"backup on {threading.current_thread().name}")
        return original_backup(*args)

    monkeypatch.setattr(MainWindow, "attach_database", attach)
    monkeypatch.setattr(startup, "make_start_backup", backup)
    monkeypatch.setattr(app, "run_event_loop", lambda *_: events.append("loop") or 0)

    assert app.main(["--data-dir", str(data_dir)]) == 0

    assert events[0] == "attached, backups: 1"  # the data came first, no start backup yet
    assert "backup on start-backup" in events  # then the copy, on its own thread
    made = [p.name.split("Z-")[1] for p in list_backups(backups_dir(data_dir))]
    assert made == ["start.sqlite3", "close.sqlite3"]  # made, and waited for at close
    assert count_interviewers(data_dir) == 21


# -- a real start ---------------------------------------------------------------------

#: Modules that must not be imported before the main window has been shown.
HEAVY_MODULES = ("sqlalchemy", "sqlmodel", "pydantic", "alembic", "importlib.metadata",
                 "interviewdesk.store.startup", "interviewdesk.store.database",
                 "interviewdesk.store.models", "interviewdesk.ui.home")

SHOW_PROBE = textwrap.dedent("""
    import json, sys
    from interviewdesk import app

    seen = {}
    original = app.wait_until_painted

    def wait_until_painted(window, *args):
        painted = original(window, *args)
        seen.update(
            painted=painted, visible=window.isVisible(), view=window.current_view(),
            menus=[m.title() for m in (window.file_menu, window.view_menu, window.help_menu)],
            new_vacancy=window.new_vacancy_action.isEnabled(),
            imported=sorted(m for m in HEAVY_MODULES if m in sys.modules))
        return painted

    app.wait_until_painted = wait_until_painted
    code = app.main(sys.argv[1:])
    seen["imported_at_the_end"] = "interviewdesk.store.startup" in sys.modules
    print(json.dumps(seen))
    sys.exit(code)
""").replace("HEAVY_MODULES", repr(HEAVY_MODULES))


def _start(folder: Path, quit_when: str, *probe: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANGUAGE="en", LC_ALL="C.UTF-8")
    env.pop("INTERVIEWDESK_DATA_DIR", None)
    env.pop(app.QUIT_WHEN_SHOWN_ENV, None)
    env.pop(app.QUIT_WHEN_READY_ENV, None)
    env.pop(app.QUIT_WHEN_DATA_SHOWN_ENV, None)
    env[quit_when] = "1"
    command = [*probe] if probe else ["-m", "interviewdesk"]
    return subprocess.run(
        [sys.executable, *command, "--data-dir", str(folder), "--language", "en"],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_the_window_is_shown_before_the_store_is_imported(tmp_path: Path) -> None:
    import json

    folder = tmp_path / "fresh"
    result = _start(folder, app.QUIT_WHEN_READY_ENV, "-c", SHOW_PROBE)

    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["painted"] and seen["visible"]
    assert seen["view"] == "loading"
    assert seen["menus"] == ["&File", "&View", "&Help"]  # the real window, not a splash
    assert seen["new_vacancy"] is False
    assert seen["imported"] == []
    assert seen["imported_at_the_end"] is True  # ...and then the data was opened
    assert database_path(folder).is_file()


#: Modules only a menu, a dialog or a drag needs: not imported until one is used.
MENU_MODULES = ("alembic", "reportlab", "pypdf", "docx", "interviewdesk.exchange",
                "interviewdesk.reports", "interviewdesk.ui.printing",
                "PySide6.QtPdf", "PySide6.QtPrintSupport")

READY_PROBE = textwrap.dedent("""
    import json, sys
    from interviewdesk import app

    seen = {}
    original = app.run_event_loop

    def run_event_loop(application, window):
        seen.update(view=window.current_view(),
                    imported=sorted(m for m in MENU_MODULES if m in sys.modules))
        return original(application, window)

    app.run_event_loop = run_event_loop
    code = app.main(sys.argv[1:])
    print(json.dumps(seen))
    sys.exit(code)
""").replace("MENU_MODULES", repr(MENU_MODULES))


def test_the_data_is_shown_without_the_modules_of_menus_and_dialogs(tmp_path: Path) -> None:
    import json

    from interviewdesk.example.database import load_example

    folder = tmp_path / "example"
    database = open_store(folder)
    load_example(database)
    close_store(database, folder)

    result = _start(folder, app.QUIT_WHEN_READY_ENV, "-c", READY_PROBE)

    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["view"] == "home"
    assert seen["imported"] == []  # a current schema: not even Alembic


#: What the first look must show its data without (the store and its imports).
STORE_MODULES = ("sqlalchemy", "sqlmodel", "pydantic", "alembic",
                 "interviewdesk.store.startup", "interviewdesk.store.database",
                 "interviewdesk.store.models", "interviewdesk.store.queries",
                 "interviewdesk.ui.home.view", "interviewdesk.ui.home.commands")

FIRST_LOOK_PROBE = textwrap.dedent("""
    import json, sys
    from interviewdesk import app

    seen = {}
    original = app.show_first_look

    def show_first_look(data_dir, settings, window):
        shown = original(data_dir, settings, window)
        page = window.first_look
        seen.update(
            shown=shown, painted=page is not None and page.was_painted,
            view=window.current_view() if not window.was_closed else "closed",
            vacancies=page.sidebar.vacancies.model.rowCount() if page else 0,
            candidates=page.detail.candidates.model.rowCount() if page else 0,
            new_vacancy=window.new_vacancy_action.isEnabled(),
            imported=sorted(m for m in STORE_MODULES if m in sys.modules))
        return shown

    app.show_first_look = show_first_look
    code = app.main(sys.argv[1:])
    seen["store_at_the_end"] = "interviewdesk.store.startup" in sys.modules
    print(json.dumps(seen))
    sys.exit(code)
""").replace("STORE_MODULES", repr(STORE_MODULES))


def _example_folder(folder: Path) -> Path:
    from interviewdesk.example.database import load_example

    database = open_store(folder)
    load_example(database)
    close_store(database, folder)
    return folder


def test_the_first_look_shows_the_data_before_the_store_is_imported(tmp_path: Path) -> None:
    import json

    folder = _example_folder(tmp_path / "example")
    before = database_path(folder).stat().st_mtime_ns

    result = _start(folder, app.QUIT_WHEN_DATA_SHOWN_ENV, "-c", FIRST_LOOK_PROBE)

    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["shown"] and seen["painted"]
    assert seen["vacancies"] >= 1 and seen["candidates"] >= 1  # real rows on screen
    assert seen["new_vacancy"] is False  # nothing to edit with yet
    assert seen["imported"] == []
    assert seen["store_at_the_end"] is False  # quit on the first look: never opened
    assert database_path(folder).stat().st_mtime_ns == before
    logged = (folder / "logs" / "interviewdesk.log").read_text()
    assert logged.index("Main window shown") < logged.index("First look shown")
    assert "Database opened" not in logged
    assert not lock_path(folder).exists()


def test_after_the_first_look_the_store_opens_and_takes_over(tmp_path: Path) -> None:
    import json

    folder = _example_folder(tmp_path / "example")
    result = _start(folder, app.QUIT_WHEN_READY_ENV, "-c", READY_PROBE)

    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["view"] == "home"
    logged = (folder / "logs" / "interviewdesk.log").read_text()
    assert logged.index("First look shown") < logged.index("Database opened")
    assert logged.index("Database opened") < logged.index("Main window ready")


def test_a_damaged_file_gets_no_first_look_but_its_dialog(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _example_folder(data_dir)
    path = database_path(data_dir)
    content = bytearray(path.read_bytes())
    content[len(content) // 2:len(content) // 2 + 4096] = b"\xff" * 4096
    path.write_bytes(bytes(content))
    asked: list[Any] = []
    shown: list[Any] = []
    monkeypatch.setattr(startup_dialogs, "ask_damaged_database",
                        lambda *args, **kwargs: asked.append(args) or DamagedChoice.QUIT)
    original = app.show_first_look
    monkeypatch.setattr(app, "show_first_look",
                        lambda *args: shown.append(original(*args)) or shown[-1])

    assert app.main(["--data-dir", str(data_dir)]) == 1

    assert shown == [False] and len(asked) == 1
    assert path.read_bytes() == bytes(content)


def test_quit_when_shown_quits_before_the_database_is_opened(tmp_path: Path) -> None:
    folder = tmp_path / "fresh"
    result = _start(folder, app.QUIT_WHEN_SHOWN_ENV)

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert (folder / "settings.ini").is_file()
    assert not database_path(folder).exists()  # never opened, so never created
    assert not lock_path(folder).exists()
    assert "Main window shown" in (folder / "logs" / "interviewdesk.log").read_text()


def test_the_app_starts_and_quits_when_ready_in_its_own_process(tmp_path: Path) -> None:
    folder = tmp_path / "fresh"
    result = _start(folder, app.QUIT_WHEN_READY_ENV)

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert database_path(folder).is_file()
    assert "last_view=welcome" in (folder / "settings.ini").read_text()
    assert list_backups(backups_dir(folder))  # the closing backup
    assert not lock_path(folder).exists()
    logged = (folder / "logs" / "interviewdesk.log").read_text()
    assert logged.index("Main window shown") < logged.index("Database opened")
    assert logged.index("Database opened") < logged.index("Main window ready")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM ends a process at once on Windows")
def test_sigterm_closes_the_window_the_normal_way(tmp_path: Path) -> None:
    folder = tmp_path / "running"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("INTERVIEWDESK_DATA_DIR", None)
    env.pop(app.QUIT_WHEN_SHOWN_ENV, None)
    env.pop(app.QUIT_WHEN_READY_ENV, None)
    process = subprocess.Popen(
        [sys.executable, "-m", "interviewdesk", "--data-dir", str(folder)],
        env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    log_file = folder / "logs" / "interviewdesk.log"
    try:
        deadline = time.monotonic() + 60
        while not (log_file.is_file() and "Main window ready" in log_file.read_text()):
            assert process.poll() is None, process.stderr.read()  # type: ignore[union-attr]
            assert time.monotonic() < deadline, "the window never got its data"
            time.sleep(0.05)
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=60) == 0
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate()

    assert [p for p in list_backups(backups_dir(folder)) if p.name.endswith("-close.sqlite3")]
    assert "last_view=welcome" in (folder / "settings.ini").read_text()
    assert not lock_path(folder).exists()


# -- lock files that would refuse every start forever ---------------------------------


def test_an_empty_lock_file_is_taken_over(data_dir: Path) -> None:
    lock_path(data_dir).write_bytes(b"")
    lock = app.acquire_instance_lock(data_dir)
    assert lock is not None
    assert lock.getLockInfo()[0] == os.getpid()
    lock.unlock()


def test_an_unreadable_lock_file_is_taken_over(data_dir: Path) -> None:
    lock_path(data_dir).write_bytes(b"\xff\xfe garbage")
    lock_path(data_dir).chmod(0)
    lock = app.acquire_instance_lock(data_dir)
    assert lock is not None
    lock.unlock()


def _foreign_lock(data_dir: Path) -> None:
    lock_path(data_dir).write_text("4242\ninterviewdesk\nlaptop-of-anna\n\n\n")


def test_a_lock_of_another_computer_asks_and_no_leaves_it(
        data_dir: Path, messages: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    _foreign_lock(data_dir)
    assert app.acquire_instance_lock(data_dir) is None
    messages.answer = False  # "Cancel"
    monkeypatch.setattr(app, "open_database", lambda *_a, **_k: None)
    assert app.main(["--data-dir", str(data_dir)]) == 1
    assert messages.names() == ["confirm"]
    text = messages.texts("confirm")[0]
    assert "may be open on another computer (laptop-of-anna, since" in text
    assert "Open anyway?" in text
    assert "laptop-of-anna" in lock_path(data_dir).read_text()  # left as it was


def test_a_lock_of_another_computer_is_taken_over_when_the_user_says_so(
        data_dir: Path, messages: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    _foreign_lock(data_dir)
    lock = app.when_locked(data_dir)  # the recorder says "Open anyway"
    assert messages.names() == ["confirm"]
    assert lock is not None
    assert lock.getLockInfo()[0] == os.getpid()
    lock.unlock()


def test_a_second_start_brings_the_open_copy_to_the_front(
        data_dir: Path, messages: Any, qapp: Any) -> None:
    from PySide6.QtWidgets import QWidget

    from interviewdesk.ui.instance import FrontChannel

    held = app.acquire_instance_lock(data_dir)
    assert held is not None
    window = QWidget()
    window.showMinimized()
    channel = FrontChannel(data_dir, window)
    assert channel.listening
    ask = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from interviewdesk.ui.instance import bring_to_front
        app = QApplication([])
        sys.stdout.write("raised" if bring_to_front(Path({str(data_dir)!r})) else "no")
    """)
    second = subprocess.Popen([sys.executable, "-c", ask], cwd=ROOT, text=True,
                              stdout=subprocess.PIPE,
                              env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    deadline = time.monotonic() + 60
    while second.poll() is None and time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.01)
    answer, _ = second.communicate(timeout=10)
    assert answer == "raised"
    assert not window.isMinimized()
    channel.close()
    window.close()
    held.unlock()
