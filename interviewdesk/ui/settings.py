"""The user's settings: one typed object over ``settings.ini`` in the data folder.

Keeping the file beside the database (instead of the registry or ``~/.config``)
means a portable install, a test, or a second profile carries its own settings, and
tests only have to point the data folder somewhere temporary.
"""

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from interviewdesk.domain import retention
from interviewdesk.domain.letters import FIRM_ADDRESS_KEY, FIRM_NAME_KEY, SENDER_NAME_KEY
from interviewdesk.preferences import KEEP_BACKUPS, LANGUAGES, PAGE_SIZES
from interviewdesk.store.paths import DATABASE_URL_SETTING, settings_path

DEFAULT_KEEP_BACKUPS = KEEP_BACKUPS.default
MIN_KEEP_BACKUPS = KEEP_BACKUPS.minimum
MAX_KEEP_BACKUPS = KEEP_BACKUPS.maximum
#: Where the team server's URL is kept (read without Qt by ``paths.resolve_database_url``).
DATABASE_URL_KEY = "/".join(DATABASE_URL_SETTING)


class Settings:
    """Typed access to the settings with their defaults; writes go to the file at once
    (QSettings batches them) and :meth:`sync` forces them out."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.path = settings_path(self.data_dir)
        _make_private(self.path, create=False)
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    # -- language -------------------------------------------------------------------

    @property
    def language(self) -> str | None:
        """"nl" or "en", or ``None`` for the system's language."""
        value = self._text("ui/language")
        return value if value in LANGUAGES else None

    @language.setter
    def language(self, value: str | None) -> None:
        self._set("ui/language", value if value in LANGUAGES else "")

    # -- team server ----------------------------------------------------------------

    @property
    def database_url(self) -> str:
        """Team mode: the PostgreSQL server to use instead of this folder's database
        ("" = the folder's own database). Never with a password in it."""
        return self._text(DATABASE_URL_KEY)

    @database_url.setter
    def database_url(self, value: str) -> None:
        from interviewdesk.store.database import url_without_password  # SQLAlchemy: not at start

        self._set(DATABASE_URL_KEY, url_without_password(value) if value.strip() else "")

    # -- window ---------------------------------------------------------------------

    @property
    def geometry(self) -> bytes:
        """The main window's saved geometry (``QWidget.saveGeometry``), or empty."""
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: bytes) -> None:
        self._set("window/geometry", QByteArray(bytes(value)))

    @property
    def window_state(self) -> bytes:
        """The main window's toolbars and docks (``QMainWindow.saveState``), or empty."""
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: bytes) -> None:
        self._set("window/state", QByteArray(bytes(value)))

    @property
    def interview_geometry(self) -> bytes:
        """The interview window's saved geometry (``QWidget.saveGeometry``), or empty."""
        return self._bytes("interview/geometry")

    @interview_geometry.setter
    def interview_geometry(self, value: bytes) -> None:
        self._set("interview/geometry", QByteArray(bytes(value)))

    @property
    def interview_state(self) -> bytes:
        """The interview window's side panels (``QMainWindow.saveState``), or empty."""
        return self._bytes("interview/state")

    @interview_state.setter
    def interview_state(self, value: bytes) -> None:
        self._set("interview/state", QByteArray(bytes(value)))

    @property
    def cv_panel_zoom(self) -> float:
        """Text size in the interview window's CV panel, a factor of the system size."""
        return self._float("interview/cv_zoom", 1.0)

    @cv_panel_zoom.setter
    def cv_panel_zoom(self, value: float) -> None:
        self._set("interview/cv_zoom", float(value))

    @property
    def vacancy_panel_zoom(self) -> float:
        """Text size in the interview window's vacancy panel (1.0 is the system size)."""
        return self._float("interview/vacancy_zoom", 1.0)

    @vacancy_panel_zoom.setter
    def vacancy_panel_zoom(self, value: float) -> None:
        self._set("interview/vacancy_zoom", float(value))

    @property
    def home_splitter(self) -> bytes:
        """How the home view was split between sidebar and vacancy, or empty."""
        return self._bytes("window/home_splitter")

    @home_splitter.setter
    def home_splitter(self, value: bytes) -> None:
        self._set("window/home_splitter", QByteArray(bytes(value)))

    @property
    def last_view(self) -> str:
        """The view that was shown when the window closed ("home", "welcome"), or ""."""
        return self._text("window/last_view")

    @last_view.setter
    def last_view(self, value: str) -> None:
        self._set("window/last_view", value)

    @property
    def last_vacancy_id(self) -> int | None:
        """The vacancy that was selected when the window closed, if any."""
        return self._int("window/last_vacancy_id")

    @last_vacancy_id.setter
    def last_vacancy_id(self, value: int | None) -> None:
        self._set("window/last_vacancy_id", "" if value is None else int(value))

    # -- data -----------------------------------------------------------------------

    @property
    def keep_backups(self) -> int:
        """How many rotating backups of the database to keep (1–100, default 10)."""
        value = self._int("data/keep_backups")
        if value is None:
            return DEFAULT_KEEP_BACKUPS
        return max(MIN_KEEP_BACKUPS, min(MAX_KEEP_BACKUPS, value))

    @keep_backups.setter
    def keep_backups(self, value: int) -> None:
        self._set("data/keep_backups", max(MIN_KEEP_BACKUPS, min(MAX_KEEP_BACKUPS, int(value))))

    @property
    def full_check_due(self) -> bool:
        """Whether the next start checks the whole database file rather than only the
        quick check: set when the full check in the background found damage, so that
        the start then offers the newest good backup (:mod:`interviewdesk.ui.full_check`)."""
        return self._int("data/full_check_due") == 1

    @full_check_due.setter
    def full_check_due(self, value: bool) -> None:
        self._set("data/full_check_due", 1 if value else 0)

    # -- retention (NVP Sollicitatiecode) -------------------------------------------

    @property
    def retention_weeks(self) -> int:
        """Weeks a candidate's data is kept after the procedure ends (default 4)."""
        value = self._int(retention.WEEKS_KEY)
        if value is None or not 0 <= value <= retention.MAX_WEEKS:
            return retention.DEFAULT_WEEKS_WITHOUT_CONSENT
        return value

    @retention_weeks.setter
    def retention_weeks(self, value: int) -> None:
        self._set(retention.WEEKS_KEY, max(0, min(retention.MAX_WEEKS, int(value))))

    @property
    def retention_months(self) -> int:
        """Months it is kept with the candidate's consent (default 12)."""
        value = self._int(retention.MONTHS_KEY)
        if value is None or not 0 <= value <= retention.MAX_MONTHS:
            return retention.DEFAULT_MONTHS_WITH_CONSENT
        return value

    @retention_months.setter
    def retention_months(self, value: int) -> None:
        self._set(retention.MONTHS_KEY, max(0, min(retention.MAX_MONTHS, int(value))))

    def retention_policy(self) -> retention.RetentionPolicy:
        """Both periods, as the rule takes them."""
        return retention.RetentionPolicy(self.retention_weeks, self.retention_months)

    # -- printing -------------------------------------------------------------------

    @property
    def page_size(self) -> str:
        """The paper printed documents are laid out on: "A4" (default) or "Letter".
        The command line reads the same key (``print/page_size``)."""
        value = self._text("print/page_size")
        return value if value in PAGE_SIZES else PAGE_SIZES[0]

    @page_size.setter
    def page_size(self, value: str) -> None:
        self._set("print/page_size", value if value in PAGE_SIZES else PAGE_SIZES[0])

    @property
    def pdf_folder(self) -> Path | None:
        """The folder a PDF was last saved in (the next Save as PDF starts there), or
        ``None`` before the first save."""
        value = self._text("print/pdf_folder")
        return Path(value) if value else None

    @pdf_folder.setter
    def pdf_folder(self, value: Path | None) -> None:
        self._set("print/pdf_folder", str(value) if value else "")

    # -- letters to candidates ------------------------------------------------------

    @property
    def firm_name(self) -> str:
        """The firm's name: the letterhead of letters and their signature."""
        return self._text(FIRM_NAME_KEY)

    @firm_name.setter
    def firm_name(self, value: str) -> None:
        self._set(FIRM_NAME_KEY, value.strip())

    @property
    def firm_address(self) -> str:
        """The firm's postal address, one line per line, under the letterhead."""
        return self._text(FIRM_ADDRESS_KEY)

    @firm_address.setter
    def firm_address(self, value: str) -> None:
        self._set(FIRM_ADDRESS_KEY, value.strip())

    @property
    def sender_name(self) -> str:
        """Who signs letters, and is noted in the contact log as having sent them."""
        return self._text(SENDER_NAME_KEY)

    @sender_name.setter
    def sender_name(self, value: str) -> None:
        self._set(SENDER_NAME_KEY, value.strip())

    # -- plumbing -------------------------------------------------------------------

    def sync(self) -> None:
        """Write pending changes to ``settings.ini`` now (readable by the owner only)."""
        self._qsettings.sync()
        _make_private(self.path, create=False)

    def _set(self, key: str, value: object) -> None:
        _make_private(self.path, create=True)  # before Qt writes it, whenever that is
        self._qsettings.setValue(key, value)

    def _text(self, key: str) -> str:
        value = self._qsettings.value(key, "")
        return value if isinstance(value, str) else ""

    def _int(self, key: str) -> int | None:
        value = self._qsettings.value(key, "")
        try:
            return int(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return None

    def _float(self, key: str, default: float) -> float:
        value = self._qsettings.value(key, "")
        try:
            return float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return default

    def _bytes(self, key: str) -> bytes:
        value = self._qsettings.value(key, QByteArray())
        if isinstance(value, QByteArray):
            return value.data()
        if isinstance(value, bytes):
            return value
        return b""


def _make_private(path: Path, *, create: bool) -> None:
    """``path`` readable by its owner only (with ``create``, made empty if missing): Qt
    writes a new file with the umask's mode (0644), and keeps an existing file's mode.
    Without ``create`` nothing is written (the screenshot command writes nothing)."""
    try:
        if create and path.parent.is_dir():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        if path.exists():
            os.chmod(path, 0o600)
    except OSError:  # a read-only folder: the settings are then not saved at all
        pass
