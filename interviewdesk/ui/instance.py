"""One copy of the app per data folder: who holds the lock, and bringing that copy to
the front.

The lock is a ``QLockFile`` in the data folder (see :func:`interviewdesk.app.
acquire_instance_lock`). When it is held, :func:`lock_holder` says by whom: a process
on this computer (then :func:`bring_to_front` asks that copy, over a local socket, to
raise its window), a process on another computer (a data folder on a USB stick or a
network share: the user is asked, since this computer cannot see whether it still
runs), or nobody readable at all (an empty or damaged lock file, which no running copy
leaves behind).
"""

import hashlib
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QByteArray, QLockFile, QSysInfo
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

_RAISE = b"raise\n"
_ANSWER = b"raised\n"
_TIMEOUT_MS = 1500


@dataclass(frozen=True)
class LockHolder:
    """What the lock file of a data folder says about the copy that holds it."""

    readable: bool
    pid: int
    host: str
    since: datetime | None

    @property
    def elsewhere(self) -> bool:
        """Held by a copy on another computer (its host name is not ours)."""
        return self.readable and bool(self.host) and self.host != QSysInfo.machineHostName()


def lock_holder(lock: QLockFile, path: Path) -> LockHolder:
    """Who holds ``lock`` (whose file is ``path``), as far as its file tells."""
    pid, host, _app = lock.getLockInfo()
    try:
        since: datetime | None = datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        since = None
    return LockHolder(readable=pid > 0, pid=pid, host=host, since=since)


def channel_name(data_dir: Path) -> str:
    """The local socket name of the copy that has ``data_dir`` open (one per folder)."""
    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode()).hexdigest()[:20]
    return f"interviewdesk-{digest}"


def bring_to_front(data_dir: Path) -> bool:
    """Ask the copy that has ``data_dir`` open to raise its window; whether it did."""
    socket = QLocalSocket()
    socket.connectToServer(channel_name(data_dir))
    if not socket.waitForConnected(_TIMEOUT_MS):
        return False
    socket.write(QByteArray(_RAISE))
    socket.flush()
    answered = socket.waitForReadyRead(_TIMEOUT_MS) and bytes(socket.readAll().data()) == _ANSWER
    socket.disconnectFromServer()
    return answered


class FrontChannel:
    """Listens, for as long as this copy has ``data_dir`` open, for a second copy that
    asks to raise ``window``."""

    def __init__(self, data_dir: Path, window: QWidget) -> None:
        self.window = window
        self.server = QLocalServer(window)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = channel_name(data_dir)
        QLocalServer.removeServer(name)  # a socket file left by a crashed copy
        self.listening = self.server.listen(name)
        if not self.listening:
            log.info("No bring-to-front channel: %s", self.server.errorString())
        self.server.newConnection.connect(self._connected)

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._asked(s))

    def _asked(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()) == _RAISE:
            log.info("Another start on this data folder: window brought to the front")
            if self.window.isMinimized():
                self.window.showNormal()
            self.window.show()
            self.window.raise_()
            self.window.activateWindow()
            socket.write(QByteArray(_ANSWER))
            socket.flush()
        socket.disconnectFromServer()

    def close(self) -> None:
        """Stop listening (the data folder is being closed)."""
        self.server.close()
