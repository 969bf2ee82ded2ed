"""Making a panel or return package: whose package, one choice (the CV and letter for
a panel package, with a privacy warning; the member's notes for a return), and where
to save it."""

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.exchange import SUFFIX
from interviewdesk.ui.exchange import files
from interviewdesk.ui.style import SPACING, make_heading
from interviewdesk.ui.wizard.fields import quiet


@dataclass(frozen=True)
class Seat:
    """A panel member as the dialog lists them."""

    panel_member_id: int
    name: str
    submitted: bool


@dataclass(frozen=True)
class PackageChoice:
    """What the user chose: whose package, the one option, and the file."""

    panel_member_id: int
    option: bool
    path: Path


class PackageDialog(QDialog):
    """``kind`` is "panel" (for a member, made by the chair) or "return" (a member's
    own submitted form). Save stays disabled without a member and a file name."""

    def __init__(self, kind: str, seats: list[Seat], folder: Path, candidate: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.folder = folder
        self.candidate = candidate
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.member = QComboBox()
        for seat in seats:
            label = seat.name if kind == "panel" or seat.submitted else \
                self.tr("{name} (not submitted)").format(name=seat.name)
            self.member.addItem(label, seat.panel_member_id)
        if kind == "return":
            submitted = [i for i, seat in enumerate(seats) if seat.submitted]
            if submitted:
                self.member.setCurrentIndex(submitted[0])
        self.option = QCheckBox()
        self.warning = quiet()
        self.path = QLineEdit()
        self.path.setClearButtonEnabled(True)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("&Save package"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        heading = make_heading(QLabel())
        if kind == "panel":
            self.setWindowTitle(self.tr("Panel package for a member"))
            heading.setText(self.tr("A package to score on another laptop"))
            intro = self.tr(
                "The panel member imports this file on their own laptop, holds the interview "
                "there and fills in their own assessment form. It holds the vacancy, its "
                "competencies with their anchors and weights, the question kit, and the "
                "interview's date, place and panel. It never holds anyone's assessment or "
                "the notes taken on this laptop.")
            self.option.setText(self.tr("Include the candidate's &CV and letter"))
            self.warning.setText(self.tr(
                "Privacy: the CV and letter are personal data. Include them only if the "
                "panel member needs them, send the file by a safe route, and ask them to "
                "delete it after the interview. Without them, the package holds only the "
                "candidate's name."))
        else:
            self.setWindowTitle(self.tr("Return an assessment to the chair"))
            heading.setText(self.tr("Your submitted assessment, for the chair"))
            intro = self.tr(
                "The chair imports this file on their laptop; your form is then in as "
                "submitted. Only a submitted form can be returned. If you reopen and change "
                "it later, return it again: the chair sees it as a change, with your reason.")
            self.option.setText(self.tr("Include my interview &notes"))
            self.warning.setText(self.tr(
                "Your notes are added below the chair's, under your name."))
        self.member.setAccessibleName(self.tr("Panel member"))
        self.path.setAccessibleName(self.tr("Save as"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        member_label = QLabel(self.tr("&Panel member:"))
        member_label.setBuddy(self.member)
        form.addRow(member_label, self.member)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        path_label = QLabel(self.tr("Save &as:"))
        path_label.setBuddy(self.path)
        form.addRow(path_label, where)

        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addWidget(heading)
        layout.addWidget(quiet(intro))
        layout.addLayout(form)
        layout.addWidget(self.option)
        layout.addWidget(self.warning)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.member.currentIndexChanged.connect(self._suggest)
        self.path.textChanged.connect(self._update)
        self._suggest()
        self.resize(620, max(340, self.sizeHint().height()))

    def _suggest(self) -> None:
        """A file name that says what the package is and for whom."""
        name = self.member.currentText().split(" (")[0]
        what = self.tr("panel") if self.kind == "panel" else self.tr("assessment")
        stem = " - ".join(part for part in (self.candidate, name, what) if part)
        cleaned = "".join(c if c.isalnum() or c in " -_." else " " for c in stem)
        self.path.setText(str(self.folder / (" ".join(cleaned.split()) + SUFFIX)))

    def _browse(self) -> None:
        chosen = files.choose_save_path(self, Path(self.path.text() or self.folder))
        if chosen is not None:
            self.path.setText(str(chosen))

    def _update(self) -> None:
        self.save_button.setEnabled(bool(self.path.text().strip()) and self.member.count() > 0)

    def choice(self) -> PackageChoice:
        """The current choice (the file gets ``.idpkg`` if it lacks it)."""
        path = Path(self.path.text().strip()).expanduser()
        if path.suffix.lower() != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        return PackageChoice(int(self.member.currentData()), self.option.isChecked(), path)

    @classmethod
    def ask(cls, parent: QWidget | None, kind: str, seats: list[Seat], folder: Path,
            candidate: str) -> tuple[PackageChoice | None, bool]:
        """Show the dialog; ``(choice, True)`` if the user chose Save."""
        dialog = cls(kind, seats, folder, candidate, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return (dialog.choice() if accepted else None), accepted
        finally:
            dialog.deleteLater()
