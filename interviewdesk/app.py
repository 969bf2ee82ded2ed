"""Starting InterviewDesk: the command line, or the window.

:func:`main` sends a command (``interviewdesk demo``, ``check``, ``backup``,
``screenshot``) to :mod:`interviewdesk.cli`. Without one it starts the window, in
this order — each step needs the one before it:

1. **Data folder** — ``--data-dir``, else ``INTERVIEWDESK_DATA_DIR``, else the
   platform's per-user folder (:func:`~interviewdesk.store.paths.resolve_data_dir`).
2. **Logging** — to ``logs/interviewdesk.log`` in that folder, so everything after
   this point, start-up failures included, leaves a trace.
3. **QApplication** — names, icon, and the exception hook that logs a traceback and
   shows the user a plain message instead of vanishing.
4. **Language** — ``--language``, else the settings, else the system's; installed
   before any dialog, so even "already open" speaks the user's language (reading
   ``settings.ini`` changes nothing, so it may happen before the lock).
5. **Single instance** — a ``QLockFile`` in the data folder; a second copy on the
   same folder brings the first one's window to the front (else says so) and exits
   with 1. A lock left by a crashed copy is stale (its process is gone) and is taken
   over, as is an empty or unreadable lock file; a lock naming another computer is
   taken over only after asking (:func:`when_locked`).
6. **Main window, shown** — the real window (menus, top bar, status bar) at its last
   size and place, with a quiet "Opening your data…" page and everything that needs
   data disabled. The store is not even imported yet (SQLAlchemy, SQLModel and the
   models take ≈0.45 s); start-up waits until the window has been painted once.
7. **Database** — a folder protected with a passphrase asks for it first
   (:mod:`interviewdesk.ui.passphrase_dialog`; Cancel quits). Then the **first look**
   (:func:`show_first_look`): the file's quick check, its schema version and the home
   view's rows, read with the ``sqlite3`` module alone
   (:mod:`interviewdesk.store.first_look`), shown read-only in the window — the data
   is on screen before the store is imported. Anything unusual (a damaged, missing,
   older or newer file, no vacancy, a full check due, a team server) skips it. Then
   :func:`~interviewdesk.store.startup.open_store` checks (unless the first look
   just did), migrates and opens. A damaged file gets a dialog over the window:
   restore the newest good backup, choose another folder (back to step 4 for that
   folder, in a new window), or quit — never a traceback, never a new empty database
   in its place.
8. **Data attached** — the window builds its pages on the database (the home view
   takes the first look's place) and goes back to the page and vacancy the user left;
   now the data can be changed. With ``--open-interview ID`` the window of that
   interview opens in front of it (for a desktop shortcut to today's interview); then
   the start backup and the full check on worker threads, and the event loop.
9. **Close** — the window saves its state; the database is closed and backed up
   (:func:`~interviewdesk.store.startup.close_store`); the lock is released.
   Closed before step 8 (the user, Ctrl+Q, SIGTERM), the window saves only its
   size and place, and a database opened meanwhile is closed and backed up unused.

Qt and everything heavy are imported inside the functions that need them, so the
command line stays free of Qt and the window shows as early as possible.

For the start-up benchmark, ``INTERVIEWDESK_QUIT_WHEN_SHOWN=1`` quits once the
window of step 6 has been painted (the store is never opened),
``INTERVIEWDESK_QUIT_WHEN_DATA_SHOWN=1`` once the home view first shows data (the
first look of step 7 painted, else step 8), and ``INTERVIEWDESK_QUIT_WHEN_READY=1``
once step 8 is done: "window shown", "data shown" and "ready to work".
(docs/architecture.md, "Start-up", has the why.)
"""

import argparse
import contextlib
import logging
import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

# The application object, the exception hook and the early checks live in the ui
# layer, shared with the screenshot command; imported here cheaply (no Qt yet).
from interviewdesk.ui.application import (  # noqa: F401 - part of this module's API
    APP_NAME,
    DESKTOP_FILE_NAME,
    ICON_SIZES,
    ICONS_DIR,
    ExceptionHook,
    create_main_window,
    create_qapplication,
    install_excepthook,
    qt_can_start,
    technical_details,
    translate,
    window_icon,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile
    from PySide6.QtWidgets import QApplication, QWidget

    from interviewdesk.store.database import Database
    from interviewdesk.ui.full_check import BackgroundFullCheck
    from interviewdesk.ui.main_window import MainWindow
    from interviewdesk.ui.settings import Settings

log = logging.getLogger(__name__)

# Set to 1 to quit as soon as the main window has been shown (start-up benchmark).
QUIT_WHEN_SHOWN_ENV = "INTERVIEWDESK_QUIT_WHEN_SHOWN"
# Set to 1 to quit as soon as the window shows the data and can change it, i.e. the
# store is open and attached (start-up benchmark).
QUIT_WHEN_READY_ENV = "INTERVIEWDESK_QUIT_WHEN_READY"
# Set to 1 to quit as soon as the home view first shows data: the first look (step 7)
# or, without one, the attached store (start-up benchmark).
QUIT_WHEN_DATA_SHOWN_ENV = "INTERVIEWDESK_QUIT_WHEN_DATA_SHOWN"
# The longest start-up waits for the window's first paint before it opens the
# database anyway (a window that starts minimised is not painted).
FIRST_PAINT_TIMEOUT_MS = 500
# Options of the window that take a value; anything else not starting with "-" is a
# command for :mod:`interviewdesk.cli`.
_VALUE_OPTIONS = ("--data-dir", "--language", "--open-interview", "--database-url")

EXIT_OK = 0
EXIT_NOT_STARTED = 1


# -- entry point ------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Run InterviewDesk with ``argv`` (default: the process's arguments); returns the
    exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if is_command(arguments):
        from interviewdesk import cli

        return cli.main(arguments)
    options = parse_arguments(arguments)
    return run_gui(options.data_dir, options.language, options.open_interview,
                   database_url=options.database_url)


def is_command(arguments: list[str]) -> bool:
    """Whether ``arguments`` name a command-line command rather than the window: the
    window takes options only, so any other word is a command (the CLI reports
    unknown ones)."""
    skip_value = False
    for argument in arguments:
        if skip_value:
            skip_value = False
        elif argument in _VALUE_OPTIONS:
            skip_value = True
        elif argument == "--version" or not argument.startswith("-"):
            return True  # --version: the command line's (no Qt needed to say it)
    return False


def parse_arguments(arguments: list[str]) -> argparse.Namespace:
    """The window's options: ``--data-dir PATH``, ``--language nl|en`` and
    ``--open-interview ID``."""
    parser = argparse.ArgumentParser(
        prog="interviewdesk",
        description="Structured job interviews, offline. Commands: demo, check, backup, "
        "screenshot (see 'interviewdesk COMMAND --help').",
    )
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="the folder with the database, settings, backups and logs")
    parser.add_argument("--language", choices=("nl", "en"), default=None,
                        help="the interface language (default: settings, else the system's)")
    parser.add_argument("--open-interview", type=int, default=None, metavar="ID",
                        help="open the window of interview ID once the data is shown (the "
                        "id is in the tooltip of the interview in the Interviews tab)")
    parser.add_argument("--database-url", default=None, metavar="URL",
                        help="team mode: a PostgreSQL server, postgresql://user@host/database "
                        "(default: $INTERVIEWDESK_DATABASE_URL, else Settings → Team server, "
                        "else the data folder's own database)")
    return parser.parse_args(arguments)


# -- the window's start-up --------------------------------------------------------------


def run_gui(data_dir: Path | None = None, language: str | None = None,
            open_interview: int | None = None, *, database_url: str | None = None) -> int:
    """Start the window on ``data_dir`` and run until it closes (steps 1–9 above);
    ``open_interview`` is the id of an interview to open at once; ``database_url`` a
    team server to work on instead of the folder's database (README, "Team mode")."""
    from interviewdesk.logs import configure_logging, record_fatal_errors
    from interviewdesk.store.paths import (
        folder_problem_of,
        resolve_data_dir,
        writable_folder_problem,
    )

    try:
        folder = resolve_data_dir(data_dir)  # 1
        problem = writable_folder_problem(folder)
    except OSError as error:
        folder, problem = Path(data_dir or "."), (folder_problem_of(error), error)
    if not qt_can_start():  # Qt would abort with its own cryptic message
        return EXIT_NOT_STARTED
    if problem is not None:  # logging goes to a temporary folder, the user to a dialog
        _log_to_temporary_folder()
        create_qapplication()
        _show_folder_problem(folder, *problem)
        return EXIT_NOT_STARTED
    log_file = configure_logging(folder)  # 2
    record_fatal_errors(folder)
    log.info("Starting InterviewDesk")
    app = create_qapplication()  # 3
    install_excepthook(log_file)

    while True:
        settings = _settings(folder)
        _install_language(language or settings.language)  # 4
        try:
            lock = acquire_instance_lock(folder)  # 5
        except OSError as error:
            _show_folder_problem(folder, folder_problem_of(error), error)
            return EXIT_NOT_STARTED
        if lock is None:
            lock = when_locked(folder)
            if lock is None:
                return EXIT_NOT_STARTED
        window = create_main_window(None, folder, settings)  # 6
        from interviewdesk.ui.instance import FrontChannel

        window.front_channel = FrontChannel(folder, window)  # a second start raises it
        keep = False  # the window and the lock, for the database that opened
        try:
            opened = show_then_open(window, folder, settings,  # 6, 7
                                    database_url=database_url)
            if window.was_closed:  # by the user, SIGTERM or the benchmark: nothing to attach
                log.info("InterviewDesk closed before its data was attached")
                if opened is not None and not isinstance(opened, Path):
                    shut_down(opened, folder, settings)
                return EXIT_OK
            if opened is None:
                return EXIT_NOT_STARTED
            keep = not isinstance(opened, Path)
        finally:
            if not keep:
                _discard_window(window)
                lock.unlock()
        if keep:
            break
        folder = opened  # another data folder: start again there, in a new window
        log_file = configure_logging(folder)
        install_excepthook(log_file)

    backup = StartBackup(folder, settings.keep_backups)
    full_check = None
    try:
        window.attach_database(opened)  # 8
        if open_interview is not None:
            log.info("Opening interview %s as asked on the command line", open_interview)
            window.open_interview(open_interview)
        if opened.is_sqlite:  # a team server is backed up by its administrator
            backup.start()  # copies on its own connection while the data is painted
            full_check = start_full_check(opened, settings, window)
        code = run_event_loop(app, window)
        if window.isVisible():
            window.close()  # saves the window's state, as a user's close would
    finally:
        if full_check is not None:
            full_check.stop()  # interrupted, never waited for
        backup.wait()
        shut_down(opened, folder, settings)  # 9
        lock.unlock()
    log.info("InterviewDesk closed (exit code %s)", code)
    return int(code)


def show_then_open(window: "MainWindow", data_dir: Path, settings: "Settings", *,
                   database_url: str | None = None) -> "Database | Path | None":
    """Show ``window`` (step 6), and once it has been painted open the database over
    it (step 7), as :func:`open_database`. Opens nothing if the window is closed first,
    or with ``INTERVIEWDESK_QUIT_WHEN_SHOWN=1``, which closes it once it is shown."""
    _close_on_signals(window)
    window.show()
    wait_until_painted(window)
    log.info("Main window shown")
    if os.environ.get(QUIT_WHEN_SHOWN_ENV) == "1":
        window.close()
    if window.was_closed:
        return None
    if database_url:
        return open_database(data_dir, settings, parent=window, database_url=database_url)
    return open_database(data_dir, settings, parent=window)


def wait_until_painted(window: "MainWindow", timeout_ms: int = FIRST_PAINT_TIMEOUT_MS) -> bool:
    """Run the event loop until the shown ``window`` has been painted once, so the user
    sees it before the database is opened (which keeps the event loop busy); returns
    whether it was. Gives up when the window is closed, or after ``timeout_ms``."""
    from PySide6.QtCore import QEventLoop, QTimer

    if not (window.was_painted or window.was_closed):
        loop = QEventLoop()
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        window.first_painted.connect(loop.quit)
        window.closed.connect(loop.quit)
        timer.start(timeout_ms)
        loop.exec()
        timer.stop()
        window.first_painted.disconnect(loop.quit)
        window.closed.disconnect(loop.quit)
    if not window.was_painted:
        log.info("The main window was not painted within %d ms", timeout_ms)
    return window.was_painted


def run_event_loop(app: "QApplication", window: "MainWindow") -> int:
    """Run until the last window closes; with ``INTERVIEWDESK_QUIT_WHEN_READY=1``,
    stop as soon as the window with its data has been painted once (the start-up
    benchmark)."""
    from PySide6.QtCore import QTimer

    log.info("Main window ready")
    _set_application_version(app)
    if "1" in (os.environ.get(QUIT_WHEN_READY_ENV), os.environ.get(QUIT_WHEN_DATA_SHOWN_ENV)):
        QTimer.singleShot(0, app.quit)
    return int(app.exec())


def _discard_window(window: "MainWindow") -> None:
    """Close a window whose data was never attached (it saves only its size and place)."""
    if not window.was_closed:
        window.close()
    window.deleteLater()


def _set_application_version(app: "QApplication") -> None:
    """The version, for Qt; set once the window is ready (reading it costs ≈15 ms)."""
    from interviewdesk import version

    app.setApplicationVersion(version())


def _close_on_signals(window: "MainWindow") -> None:
    """Ctrl+C in a terminal, or the session ending (SIGTERM), closes the window the
    normal way — state saved, database closed and backed up — instead of killing it.

    Python handles signals only between bytecodes, and the Qt event loop runs none of
    its own; a slow timer hands control to Python a few times a second. The handler
    only asks for the close: it runs at the next turn of an event loop, not in the
    middle of whatever Python was doing (opening the database, say).
    """
    import signal

    from PySide6.QtCore import QTimer

    def close_soon(_number: int, _frame: object) -> None:
        QTimer.singleShot(0, window, window.close)

    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, close_soon)
    wake_up = QTimer(window)
    wake_up.timeout.connect(lambda: None)
    wake_up.start(300)


def acquire_instance_lock(data_dir: Path) -> "QLockFile | None":
    """Lock ``data_dir`` for this process; ``None`` if another running copy holds it.

    Age never makes the lock stale (a session may last all day); a lock whose process
    is gone is. Raises ``PermissionError`` if the folder cannot hold a lock file.
    """
    from PySide6.QtCore import QLockFile

    from interviewdesk.store.paths import lock_path

    lock = QLockFile(str(lock_path(data_dir)))
    lock.setStaleLockTime(0)
    if lock.tryLock(100):
        with contextlib.suppress(OSError):  # like every file in the folder: owner only
            os.chmod(lock_path(data_dir), 0o600)
        return lock
    if lock.error() != QLockFile.LockError.LockFailedError:
        raise PermissionError(f"Cannot create the lock file in {data_dir}.")
    if lock.getLockInfo()[0] <= 0:
        # Empty, unreadable or garbage: no running copy leaves such a file (Qt writes
        # the process id at once). One being written right now gets a moment first.
        import time

        time.sleep(0.2)
        if lock.getLockInfo()[0] <= 0 and lock.removeStaleLockFile() and lock.tryLock(100):
            log.warning("Took over an empty or unreadable lock file")
            return lock
    return None


def when_locked(data_dir: Path) -> "QLockFile | None":
    """Another copy holds the lock of ``data_dir``: bring it to the front if it runs on
    this computer; if the lock names another computer (a folder on a USB stick or a
    share), ask whether to open anyway and take the lock over if so. The lock, or
    ``None`` when this start should end."""
    from PySide6.QtCore import QLockFile

    from interviewdesk.store.paths import lock_path
    from interviewdesk.ui import startup_dialogs
    from interviewdesk.ui.instance import bring_to_front, lock_holder

    lock = QLockFile(str(lock_path(data_dir)))
    lock.setStaleLockTime(0)
    holder = lock_holder(lock, lock_path(data_dir))
    if holder.elsewhere:
        log.info("The data folder is locked by a copy on another computer")
        if not startup_dialogs.ask_open_anyway(holder.host, holder.since):
            return None
        if lock.removeStaleLockFile() and lock.tryLock(100):
            log.warning("Lock of another computer taken over at the user's request")
            return lock
        startup_dialogs.show_already_running(data_dir)
        return None
    if bring_to_front(data_dir):
        log.info("Refused: another copy has the data folder open; it was brought to the front")
        return None
    log.info("Refused: another copy has the data folder open")
    startup_dialogs.show_already_running(data_dir)
    return None


def open_database(data_dir: Path, settings: "Settings",
                  parent: "QWidget | None" = None, *,
                  database_url: str | None = None) -> "Database | Path | None":
    """Open the store in ``data_dir``, talking the user through a damaged file in
    dialogs over ``parent`` (the main window that waits for the data) — or the team
    server of ``database_url``, ``$INTERVIEWDESK_DATABASE_URL`` or Settings → Team
    server (:func:`open_team_server`).

    Returns the open database; or another data folder the user chose (start again
    there); or ``None`` if the user chose to quit or the database cannot be used.
    """
    from interviewdesk.store.paths import resolve_database_url

    url = resolve_database_url(database_url, data_dir)
    if url:
        opened = open_team_server(url, data_dir, parent)
        if opened is not None or not offer_offline_copies(data_dir, parent):
            return opened
        log.info("Opening this computer's own data folder to hold interviews taken offline")
    from interviewdesk.ui.passphrase_dialog import unlock_data_folder

    if not unlock_data_folder(data_dir, parent=parent):  # a protected folder; Cancel quits
        log.info("The passphrase was not given; InterviewDesk closes")
        return None
    checked = show_first_look(data_dir, settings, parent)  # before the store is imported
    if checked and getattr(parent, "was_closed", False):
        return None  # closed over the first look (or the benchmark): nothing was opened
    from interviewdesk.store.backups import BackupError, backup_time, restore_backup
    from interviewdesk.store.migrate import MigrationError
    from interviewdesk.store.startup import DatabaseDamaged, DatabaseMissing, open_store
    from interviewdesk.ui import startup_dialogs
    from interviewdesk.ui.startup_dialogs import DamagedChoice

    start_empty = False
    while True:
        try:
            # A quick check, and the start backup later (StartBackup): the data shows
            # sooner. The full check runs in the background once it is shown
            # (start_full_check); after that found damage, the full check comes first
            # here, and a file that fails it gets the dialog below.
            full = settings.full_check_due
            database = open_store(data_dir, keep_backups=settings.keep_backups,
                                  start_empty=start_empty, quick=not full, start_backup=False,
                                  checked=checked)
            checked = False  # a second round (after a dialog) checks again
            if full:
                log.info("The full integrity check at start found no problem")
                settings.full_check_due = False
            return database
        except DatabaseDamaged as damaged:
            backup = damaged.newest_good_backup
            made = backup_time(backup) if backup is not None else None
            choice = startup_dialogs.ask_damaged_database(
                damaged.path, damaged.problems, made,
                missing=isinstance(damaged, DatabaseMissing), has_backup=backup is not None,
                parent=parent)
            log.info("Damaged database: the user chose %s", choice.value)
            if choice is DamagedChoice.RESTORE and backup is not None:
                try:
                    aside = restore_backup(backup, damaged.path)
                except BackupError as error:
                    startup_dialogs.show_start_failed(
                        translate("app", "The backup could not be restored"),
                        translate("app", "Nothing was changed. Try another data folder, or quit."),
                        str(error), parent=parent)
                    continue
                startup_dialogs.show_restored(made, aside, parent=parent)
            elif choice is DamagedChoice.OTHER_FOLDER:
                chosen = startup_dialogs.choose_data_folder(data_dir.parent, parent=parent)
                if chosen is not None and chosen.resolve() != data_dir.resolve():
                    return chosen.resolve()
            elif choice is DamagedChoice.START_EMPTY:
                start_empty = startup_dialogs.confirm_start_empty(damaged.path, parent=parent)
            else:
                return None
        except MigrationError as error:
            log.error("Database cannot be brought up to date: %s", error)
            startup_dialogs.show_start_failed(
                translate("app", "The database cannot be opened"),
                translate("app", "This database cannot be brought up to date by this version of "
                    "InterviewDesk. It has not been changed."), str(error), parent=parent)
            return None


def show_first_look(data_dir: Path, settings: "Settings",
                    window: "QWidget | None") -> bool:
    """Step 7's first look: read the home view's data with the ``sqlite3`` module and
    show it, read-only, in ``window`` before the store is even imported
    (:mod:`interviewdesk.store.first_look`); returns whether it was shown, and so
    whether the file has just passed the quick check that opening it runs.

    Not when the window would show the welcome page, nor when a full check is due (it
    comes first), nor when anything needs the careful path (the store's dialogs then
    say what). With ``INTERVIEWDESK_QUIT_WHEN_DATA_SHOWN=1`` the window is closed once
    the first look has been painted.
    """
    show = getattr(window, "show_first_look", None)
    if show is None or settings.full_check_due or settings.last_view == "welcome":
        return False
    from interviewdesk.store.first_look import read_first_look
    from interviewdesk.store.paths import database_path

    look = read_first_look(database_path(data_dir), settings.last_vacancy_id)
    if look is None:
        return False
    page = show(look)
    wait_until_shown(page)
    log.info("First look shown")
    if os.environ.get(QUIT_WHEN_DATA_SHOWN_ENV) == "1" and window is not None:
        window.close()
    return True


def wait_until_shown(page: "QWidget", timeout_ms: int = FIRST_PAINT_TIMEOUT_MS) -> bool:
    """Run the event loop until ``page`` (with a ``painted`` signal and flag) has been
    painted once, as :func:`wait_until_painted` does for the window."""
    from PySide6.QtCore import QEventLoop, QTimer

    if not page.was_painted:  # type: ignore[attr-defined]
        loop = QEventLoop()
        QTimer.singleShot(timeout_ms, loop.quit)
        page.painted.connect(loop.quit)  # type: ignore[attr-defined]
        loop.exec()
        page.painted.disconnect(loop.quit)  # type: ignore[attr-defined]
    return bool(page.was_painted)  # type: ignore[attr-defined]


def offer_offline_copies(data_dir: Path, parent: "QWidget | None" = None) -> bool:
    """When the team server cannot be used and this computer holds interviews taken
    offline from it (Interview ▸ Take offline…), whether to open the computer's own
    data folder instead, to hold them without network."""
    from interviewdesk.exchange.offline import offline_dir
    from interviewdesk.ui import messages

    held = len(list(offline_dir(data_dir).glob("*.idpkg")))
    if not held:
        return False
    return messages.ask(
        parent, translate("app", "Work offline?"),
        translate("app", "This computer holds interviews taken offline from the team "
                  "server ({count} copy or copies). Open this computer's own data folder to "
                  "hold them without the server? Bring them back once the server can be "
                  "reached again.").format(count=held),
        translate("app", "Open the offline copies"), translate("app", "Quit"))


def open_team_server(url: str, data_dir: Path,
                     parent: "QWidget | None" = None) -> "Database | None":
    """Open the team server at ``url``. When the server wants a password that libpq
    did not find (``~/.pgpass``, a service file, ``PGPASSWORD``), the one this
    computer's system keyring keeps is used, else it is asked (and remembered there if
    the user chooses so; :mod:`~interviewdesk.store.server_passwords`). It is never
    written to the settings. ``None`` when the user cancels or the server cannot be
    used (a dialog said why)."""
    from interviewdesk.store.migrate import MigrationError
    from interviewdesk.store.server_passwords import connect_asking
    from interviewdesk.store.startup import ServerProblem, open_store
    from interviewdesk.ui import startup_dialogs

    try:
        opened = connect_asking(
            lambda attempt: open_store(data_dir, database_url=attempt), url,
            ask=lambda asking: startup_dialogs.ask_server_password(asking, parent=parent),
            warn=lambda problem: startup_dialogs.show_not_remembered(problem, parent))
    except ServerProblem as problem:
        log.error("The team server cannot be used")
        startup_dialogs.show_start_failed(
            translate("app", "The team server cannot be used"),
            translate("app", "InterviewDesk could not open the team server. Check "
                      "the address in Settings → Team server, the network and your "
                      "login, or ask the server's administrator."),
            str(problem), parent=parent)
        return None
    except MigrationError as error:
        log.error("The team server's schema does not fit this version")
        startup_dialogs.show_start_failed(
            translate("app", "The team server cannot be used"),
            translate("app", "The team server's database does not fit this version of "
                      "InterviewDesk. Nothing was changed."), str(error), parent=parent)
        return None
    if opened is None:
        log.info("No server password was given; InterviewDesk closes")
    return opened


class StartBackup:
    """The ``start`` backup, made on a worker thread once the window holds the data
    (step 8), so that the copy of a large database never delays showing it.

    The database is open meanwhile; the copy uses SQLite's backup API on its own
    connection (:func:`~interviewdesk.store.startup.make_start_backup`), and the lock
    on the data folder keeps other copies of the app away. The closing waits for it
    (:meth:`wait`), so the ``close`` backup always follows a finished ``start`` one. A
    failed copy is logged; the data itself is untouched, and the close makes one again.
    """

    def __init__(self, data_dir: Path, keep_backups: int) -> None:
        self.data_dir = data_dir
        self.keep_backups = keep_backups
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start the copy on a worker thread (once)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="start-backup")
            self._thread.start()

    def wait(self) -> None:
        """Wait until the copy, if one was started, has finished."""
        if self._thread is not None:
            self._thread.join()

    def _run(self) -> None:
        from interviewdesk.store.backups import BackupError
        from interviewdesk.store.startup import make_start_backup

        try:
            made = make_start_backup(self.data_dir, self.keep_backups)
        except BackupError as error:
            log.error("Start backup failed: %s", error)
            return
        if made is None:
            log.info("Database unchanged since the newest backup; no start backup needed")


def start_full_check(db: "Database", settings: "Settings",
                     window: "MainWindow") -> "BackgroundFullCheck":
    """The full integrity check of ``db``'s file, started in the background a few
    seconds after the data is shown (:mod:`interviewdesk.ui.full_check`)."""
    from interviewdesk.ui.full_check import BackgroundFullCheck

    check = BackgroundFullCheck(db.path, settings, window)
    check.start()
    return check


def shut_down(db: "Database", data_dir: Path, settings: "Settings") -> None:
    """Close the database and make the closing backup; a failed backup is logged and
    told, but never stops the app from closing."""
    from interviewdesk.store.backups import BackupError
    from interviewdesk.store.startup import close_store
    from interviewdesk.ui import messages

    try:
        close_store(db, data_dir, keep_backups=settings.keep_backups)
    except BackupError as error:
        log.error("Closing backup failed: %s", error)
        messages.error(None, translate("app", "Backup failed"),
                       translate("app", "The backup at closing could not be made. Your "
                                 "data itself is saved."), str(error))


# -- helpers ----------------------------------------------------------------------------


def _settings(data_dir: Path) -> "Settings":
    from interviewdesk.ui.settings import Settings

    return Settings(data_dir)


def _install_language(language: str | None) -> str:
    from interviewdesk.ui.i18n import install_language

    return install_language(language)


def _log_to_temporary_folder() -> None:
    """Log to a private folder under the system's temporary folder: the data folder
    cannot hold the log, and a start that failed should still leave a trace."""
    import getpass
    import tempfile

    from interviewdesk.logs import configure_logging

    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "user"
    try:
        path = configure_logging(Path(tempfile.gettempdir()) / f"interviewdesk-{user}")
        log.info("Logging to %s: the data folder cannot be written", path)
    except OSError:
        pass  # no log at all; the dialog still tells the user


def _show_folder_problem(folder: Path, problem: str, error: OSError) -> None:
    """Tell the user why the data folder cannot be used and what to do, per cause."""
    from interviewdesk.ui import startup_dialogs

    log.error("Data folder unusable (%s): %s", problem, error.strerror or error)
    texts = {
        "read_only": translate(
            "app", "The data folder {folder} is read-only (a read-only disk or share, or a "
            "write-protected USB stick). InterviewDesk must write there: its database, "
            "backups and log. Make it writable, or start with --data-dir and another folder."),
        "vanished": translate(
            "app", "The data folder {folder} is not there (any more). Was a USB stick or "
            "network drive removed? Connect it again and start InterviewDesk again, or start "
            "with --data-dir and another folder."),
        "disk_full": translate(
            "app", "The disk with the data folder {folder} is full. Free some space (empty "
            "the recycle bin, remove large files you no longer need) and start InterviewDesk "
            "again. Nothing was changed."),
        "permission": translate(
            "app", "This user account may not write in the data folder {folder}. Give it "
            "permission (or ask who manages this computer), or start with --data-dir and "
            "another folder."),
    }
    startup_dialogs.show_start_failed(
        translate("app", "The data folder cannot be used"),
        texts.get(problem, texts["permission"]).format(folder=folder),
        str(error),
    )

