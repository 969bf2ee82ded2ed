"""Team mode's laptop in the interview room: Interview ▸ "Take offline…" copies
interviews from the team server into this computer's own data folder, "Bring back…"
merges them into the server again (asking about fields changed on both sides), and
an administrator's "Release offline mark…" clears a mark that went stale.

The work is :mod:`interviewdesk.exchange.offline` and
:mod:`interviewdesk.exchange.bring_back`; here are the dialogs. Each slow step runs
on a worker thread with the "please wait" window (:func:`run_in_background`), and
each job opens and closes the local database itself, so no connection crosses threads.
"""

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.exchange.bring_back import (
    BroughtBack,
    ConflictsFound,
    LaptopCopy,
    bring_back,
    laptop_copies,
)
from interviewdesk.exchange.errors import PackageError
from interviewdesk.exchange.offline import TakenCopy, take_offline
from interviewdesk.exchange.offline_marks import TakenOffline, marks, release
from interviewdesk.store.database import Database
from interviewdesk.store.queries import InterviewRow, list_interviews
from interviewdesk.ui import messages
from interviewdesk.ui.background import run_in_background
from interviewdesk.ui.home.formatting import format_moment
from interviewdesk.ui.style import plain_text

log = logging.getLogger(__name__)
T = TypeVar("T")

#: How often bring-back asks again when the server changed while the user chose.
ROUNDS = 3


def laptop_labels(db: Database) -> dict[int, str]:
    """On a laptop: "Offline copy since …" or "Brought back …", by local interview id."""
    labels: dict[int, str] = {}
    for copy in laptop_copies(db):
        for interview_id in copy.interview_ids:
            if copy.state == "out":
                text = QCoreApplication.translate(
                    "OfflineCommands", "offline copy since {moment}").format(
                        moment=format_moment(copy.taken_at))
            else:
                text = QCoreApplication.translate(
                    "OfflineCommands", "brought back {moment}").format(
                        moment=format_moment(copy.closed_at))
            labels.setdefault(interview_id, text)
    return labels


class LocalFolderProblem(Exception):
    """This computer's own data folder cannot be opened; the message says why."""


class TakeOfflineDialog(QDialog):
    """Which of the vacancy's interviews to take: the selected one ticked; those
    already taken offline shown, but not to be ticked."""

    def __init__(self, rows: list[InterviewRow], selected: int,
                 taken: dict[int, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Take offline"))
        self.setMinimumWidth(560)
        text = plain_text(QLabel(self.tr(
            "The interviews you tick are copied, with their vacancy and candidate, into this "
            "computer's own data folder, so you can hold them without network. The team "
            "server shows them as taken offline by you, and nobody can start them there "
            "until you bring them back. Other panel members' assessments go along only "
            "where you may see them.")))
        text.setWordWrap(True)
        self.list = QListWidget()
        for row in rows:
            when = format_moment(row.scheduled_at) if row.scheduled_at else \
                self.tr("Not planned")
            label = self.tr("{when} — {candidate}").format(when=when,
                                                           candidate=row.candidate_name)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            if row.id in taken:
                item.setText(self.tr("{label} ({taken})").format(label=label,
                                                                 taken=taken[row.id]))
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            else:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                              | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(Qt.CheckState.Checked if row.id == selected
                                   else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.take_button = buttons.addButton(self.tr("Take offline"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(lambda _item: self._update())
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self._update()

    def chosen(self) -> list[int]:
        """The ticked interviews' ids."""
        return [int(self.list.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def _update(self) -> None:
        self.take_button.setEnabled(bool(self.chosen()))


class OfflineCommands(QObject):
    """The three actions on the team server ``db``; ``changed`` after marks changed."""

    changed = Signal()

    def __init__(self, db: Database, data_dir: Path, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.db = db
        self.data_dir = Path(data_dir)
        self._parent = parent_widget

    # -- take offline ---------------------------------------------------------------

    def taken_labels(self) -> dict[int, str]:
        """"Taken offline by … since …" for every interview that is, by id."""
        labels: dict[int, str] = {}
        for interview_id, mark in marks(self.db).items():
            labels[interview_id] = self.tr("taken offline by {name} since {moment}").format(
                name=mark.taken_by, moment=format_moment(mark.taken_at))
        return labels

    def take(self, vacancy_id: int, selected: int) -> TakenCopy | None:
        """Ask which of the vacancy's interviews, then take them offline."""
        dialog = TakeOfflineDialog(list_interviews(self.db, vacancy_id), selected,
                                   self.taken_labels(), self._parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen():
            return None
        if not self._unlock():
            return None
        chosen = dialog.chosen()

        def job() -> TakenCopy:
            local = self._open_local()
            try:
                return take_offline(self.db, local, chosen, data_dir=self.data_dir)
            finally:
                local.close()

        try:
            copy = self._run(self.tr("Taking the interviews offline…"), job)
        except LocalFolderProblem as problem:
            self._local_problem(str(problem))
            return None
        except (TakenOffline, PackageError, PermissionError, LookupError) as error:
            messages.error(self._parent, self.tr("Not taken offline"), self.tr(
                "Nothing was taken offline and nothing was changed on the server."),
                str(error).strip("'\""))
            return None
        finally:
            self.changed.emit()
        names = "\n".join(f"• {i.candidate} ({i.vacancy})" for i in copy.interviews)
        hidden = self.tr("\n\n{count} other panel member(s)' assessment(s) stayed on the "
                         "server: you may not see them yet.").format(
                             count=copy.forms_hidden) if copy.forms_hidden else ""
        messages.inform(self._parent, self.tr("Taken offline"), self.tr(
            "These interviews are now on this computer:\n{names}\n\nTo hold them without "
            "network, start InterviewDesk when the team server cannot be reached and open "
            "this computer's own data folder. Afterwards, back on the network, choose "
            "Interview ▸ Bring back….{hidden}").format(names=names, hidden=hidden))
        return copy

    # -- bring back -----------------------------------------------------------------

    def bring_back(self) -> BroughtBack | None:
        """Choose a copy this laptop holds, show conflicts, merge it; a summary at the end."""
        if not self._unlock():
            return None
        try:
            copies = self._run(self.tr("Looking for interviews taken offline…"),
                               lambda: self._with_local(laptop_copies))
        except LocalFolderProblem as problem:
            self._local_problem(str(problem))
            return None
        held = [copy for copy in copies if copy.state == "out"]
        if not held:
            messages.inform(self._parent, self.tr("Bring back"), self.tr(
                "This computer holds no interviews taken offline."))
            return None
        copy = self._choose(held)
        if copy is None:
            return None
        choices: dict = {}
        try:
            preview = self._run(self.tr("Comparing with the team server…"), lambda: (
                self._with_local(lambda local: bring_back(
                    self.db, local, copy.copy_uuid, data_dir=self.data_dir, dry_run=True))))
            conflicts = preview.conflicts
            for _round in range(ROUNDS):
                if conflicts:
                    asked = self._ask_conflicts(conflicts)
                    if asked is None:
                        return None
                    choices.update(asked)
                elif not messages.confirm(self._parent, self.tr("Bring back"), self.tr(
                        "Merge what was done offline into the team server? Fields changed "
                        "only on this computer are written there; fields changed only on "
                        "the server stay as they are."), self.tr("Bring back")):
                    return None
                try:
                    result = self._run(self.tr("Bringing the interviews back…"), lambda: (
                        self._with_local(lambda local: bring_back(
                            self.db, local, copy.copy_uuid, data_dir=self.data_dir,
                            choices=choices))))
                    break
                except ConflictsFound as found:  # the server changed while choosing
                    conflicts = found.conflicts
            else:
                return None
        except LocalFolderProblem as problem:
            self._local_problem(str(problem))
            return None
        except (PackageError, PermissionError, LookupError) as error:
            messages.error(self._parent, self.tr("Not brought back"), self.tr(
                "Nothing was changed on the team server."), str(error).strip("'\""))
            return None
        finally:
            self.changed.emit()
        self._summary(result)
        return result

    def _choose(self, held: list[LaptopCopy]) -> LaptopCopy | None:
        if len(held) == 1:
            return held[0]
        labels = [self.tr("Taken {moment} by {name} ({count} interview(s))").format(
            moment=format_moment(copy.taken_at), name=copy.taken_by,
            count=len(copy.interview_ids)) for copy in held]
        label, ok = QInputDialog.getItem(self._parent, self.tr("Bring back"), self.tr(
            "Which interviews taken offline?"), labels, 0, False)
        return held[labels.index(label)] if ok and label in labels else None

    def _ask_conflicts(self, conflicts: tuple) -> dict | None:
        from interviewdesk.ui.exchange.conflict_dialog import ConflictDialog

        dialog = ConflictDialog(conflicts, self._parent, self._stage_names())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choices()

    def _stage_names(self) -> dict[str, str]:
        """The firm's agenda's stage names (the standard ones if its file is broken)."""
        from interviewdesk.domain.agenda import AgendaError, default_agenda, load_agenda
        from interviewdesk.ui.i18n import current_language

        try:
            agenda = load_agenda(self.data_dir)
        except AgendaError:
            agenda = default_agenda()
        return {stage.key: stage.name.in_language(current_language())
                for stage in agenda.stages}

    def _summary(self, result: BroughtBack) -> None:
        lines = [self.tr("{count} record(s) updated on the team server.").format(
                     count=sum(result.written.values())),
                 self.tr("{count} record(s) made offline created there.").format(
                     count=sum(result.created.values()))]
        if sum(result.removed.values()):
            lines.append(self.tr("{count} record(s) removed offline removed there.").format(
                count=sum(result.removed.values())))
        lines.append(self.tr("{count} field(s) changed only on the server kept.").format(
            count=result.kept_server))
        if result.resolved:
            lines.append(self.tr("{count} field(s) changed on both sides, as you chose.")
                         .format(count=result.resolved))
        if result.gone:
            lines.append(self.tr("{count} record(s) had been removed on the server "
                                 "meanwhile; what was done to them offline was not brought "
                                 "back.").format(count=result.gone))
        messages.inform(self._parent, self.tr("Brought back"), self.tr(
            "The interviews are back on the team server and free for everyone again.\n\n"
            "{lines}").format(lines="\n".join(f"• {line}" for line in lines)))

    # -- release (an administrator) -------------------------------------------------

    def release(self, interview_id: int) -> bool:
        """Clear the interview's mark, after a confirmation naming who holds it."""
        label = self.taken_labels().get(interview_id)
        if label is None:
            messages.inform(self._parent, self.tr("Release offline mark"), self.tr(
                "This interview is not taken offline."))
            return False
        if not messages.confirm(self._parent, self.tr("Release offline mark"), self.tr(
                "This interview is {label}. Release it only if that copy is lost or will "
                "not come back: what that laptop holds of it can then no longer be brought "
                "back.").format(label=label), self.tr("Release")):
            return False
        try:
            release(self.db, interview_id)
        except (PermissionError, LookupError) as error:
            messages.error(self._parent, self.tr("Not released"), self.tr(
                "The mark was not changed."), str(error).strip("'\""))
            return False
        self.changed.emit()
        return True

    # -- helpers --------------------------------------------------------------------

    def _unlock(self) -> bool:
        from interviewdesk.ui.passphrase_dialog import unlock_data_folder

        return unlock_data_folder(self.data_dir, parent=self._parent)

    def _open_local(self) -> Database:
        """This computer's own database (made if there is none yet; never a new one
        where backups show that one went missing)."""
        from interviewdesk.store import encryption
        from interviewdesk.store.migrate import MigrationError
        from interviewdesk.store.startup import DatabaseDamaged, open_store

        try:
            return open_store(self.data_dir, quick=True, start_backup=False)
        except DatabaseDamaged as damaged:
            raise LocalFolderProblem(str(damaged.problems[0] if damaged.problems
                                         else damaged)) from damaged
        except (MigrationError, OSError, *encryption.ERRORS) as error:
            raise LocalFolderProblem(str(error)) from error

    def _with_local(self, work: Callable[[Database], T]) -> T:
        local = self._open_local()
        try:
            return work(local)
        finally:
            local.close()

    def _run(self, label: str, work: Callable[[], T]) -> T:
        return run_in_background(self._parent, label, work)

    def _local_problem(self, details: str) -> None:
        log.error("This computer's own data folder cannot be opened")
        messages.error(self._parent, self.tr("This computer's data folder cannot be opened"),
                       self.tr("Nothing was taken offline or brought back, and nothing was "
                               "changed on the team server."), details)
