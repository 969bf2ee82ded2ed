"""The vacancy editor's Competencies tab: the ordered list on the left, the selected
competency's form (name, kind, weight, keywords, five anchors) on the right.

The page edits :class:`CompetencyDraft` objects in place; the Questions tab listens
to ``competenciesChanged`` so its "probes" choice follows every add, rename and move.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain.field_limits import NAME_MAX
from interviewdesk.domain.scales import COMPETENCY_KINDS, default_anchors
from interviewdesk.store.vacancies import MAX_WEIGHT, MIN_WEIGHT, CompetencyDraft
from interviewdesk.ui import messages
from interviewdesk.ui.editors.anchors import AnchorsEditor
from interviewdesk.ui.editors.decimal_box import DecimalSpinBox
from interviewdesk.ui.editors.widgets import (
    ReorderableList,
    empty_state,
    fill_choices,
    hint_label,
    select_data,
)
from interviewdesk.ui.i18n import current_language
from interviewdesk.ui.style import SPACING, SPACING_LARGE, make_heading

LIST_WIDTH = 230


class CompetenciesPage(QWidget):
    """Add, order and describe the vacancy's core competencies."""

    competenciesChanged = Signal()
    competencyRemoved = Signal(str)
    # "Add from library…" and "Save to library": the dialog knows the database.
    libraryAddRequested = Signal()
    librarySaveRequested = Signal()

    def __init__(self, rated: dict[int, int] | None = None,
                 parent: QWidget | None = None, *, decided: int = 0) -> None:
        super().__init__(parent)
        self._rated = rated or {}
        self._decided = decided
        self._current: CompetencyDraft | None = None

        self.list = ReorderableList(self.tr("&Add competency"))
        self.list.setMinimumWidth(LIST_WIDTH)
        self.list.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.list.addRequested.connect(self.add_competency)
        self.list.removeRequested.connect(self._remove)
        self.list.currentChanged.connect(self._show)
        self.list.orderChanged.connect(self.competenciesChanged)

        self.stack = QStackedWidget()
        first = QPushButton(self.tr("Add the first competency"))
        first.clicked.connect(self.add_competency)
        self.empty, _label = empty_state(
            self.tr("No competencies yet — add the 3 to 6 that matter most for this role. "
                    "Each one is rated from 1 to 5, against an anchor text per point."),
            first,
        )
        self.form = self._build_form()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.form)

        left = QVBoxLayout()
        left.setSpacing(SPACING)
        heading = make_heading(QLabel(self.tr("Competencies")))
        order_hint = hint_label(self.tr("Most important first. Drag to reorder, or use "
                                        "Alt+Up and Alt+Down."))
        left.addWidget(heading)
        left.addWidget(self.list, 1)
        self.from_library = QPushButton(self.tr("Add from li&brary…"))
        self.from_library.clicked.connect(self.libraryAddRequested)
        left.addWidget(self.from_library)
        left.addWidget(order_hint)
        layout = QHBoxLayout(self)
        layout.setSpacing(SPACING_LARGE)
        layout.addLayout(left)
        layout.addWidget(self.stack, 1)

    def _build_form(self) -> QWidget:
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_MAX)
        self.name.setPlaceholderText(self.tr("e.g. Customer focus"))
        self.kind = QComboBox()
        fill_choices(self.kind, COMPETENCY_KINDS)
        self.weight = DecimalSpinBox()
        self.weight.setRange(MIN_WEIGHT, MAX_WEIGHT)
        self.weight.setSingleStep(0.5)
        self.weight.setDecimals(1)
        self.weight.setToolTip(self.tr("How much this competency counts in the overall score "
                                       "(1 is normal, 2 counts double)."))
        self.keywords = QLineEdit()
        self.keywords.setPlaceholderText(
            self.tr("Words to highlight in the CV, separated by commas"))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.description.fontMetrics().lineSpacing() * 2 + 12)
        self.description.setPlaceholderText(self.tr("What this competency means in this role"))
        self.anchors = AnchorsEditor()
        self.missing = hint_label()

        heading_row = QHBoxLayout()
        heading_row.addWidget(make_heading(QLabel(self.tr("Competency"))), 1)
        self.to_library = QPushButton(self.tr("Sa&ve to library"))
        self.to_library.setToolTip(self.tr("Keep this competency, its anchors and the questions "
                                           "that test it in the firm's library, to reuse "
                                           "in other vacancies"))
        self.to_library.clicked.connect(self.librarySaveRequested)
        heading_row.addWidget(self.to_library)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setSpacing(SPACING)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Descr&iption:"), self.description)
        kind_label = QLabel(self.tr("&Kind:"))
        kind_label.setBuddy(self.kind)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind, 1)
        weight_label = QLabel(self.tr("&Weight:"))
        weight_label.setBuddy(self.weight)
        kind_row.addSpacing(SPACING)
        kind_row.addWidget(weight_label)
        kind_row.addWidget(self.weight)
        form.addRow(kind_label, kind_row)
        form.addRow(self.tr("Ke&ywords:"), self.keywords)
        anchors_heading = make_heading(QLabel(self.tr("Anchors: what each score looks like")),
                                       1.0)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addLayout(heading_row)
        layout.addLayout(form)
        layout.addSpacing(SPACING)
        layout.addWidget(anchors_heading)
        layout.addWidget(self.anchors)
        layout.addWidget(self.missing)
        layout.addStretch(1)

        self.name.textEdited.connect(self._edited)
        self.description.textChanged.connect(self._edited)
        self.keywords.textEdited.connect(self._edited)
        self.kind.currentIndexChanged.connect(self._edited)
        self.weight.valueChanged.connect(self._edited)
        self.anchors.changed.connect(self._edited)
        return page

    # -- contents -------------------------------------------------------------------

    def set_competencies(self, competencies: list[CompetencyDraft]) -> None:
        """Show ``competencies`` (edited in place from now on)."""
        self.list.set_objects(competencies, self._label)
        self.competenciesChanged.emit()

    def competencies(self) -> list[CompetencyDraft]:
        """The competencies in the order shown."""
        return [c for c in self.list.objects() if isinstance(c, CompetencyDraft)]

    def confirm_adding(self) -> bool:
        """Whether a competency may be added: once interviews for the vacancy were
        decided, ask first, since their scores stay as they were decided."""
        return not self._decided or messages.confirm(
            self,
            self.tr("Add competency"),
            self.tr("The panel has already decided on %n interview(s) for this vacancy. "
                    "A competency added now counts for the interviews still to be "
                    "assessed; the decided interviews keep their scores and decision "
                    "as they are.", "", self._decided),
            self.tr("Add competency"),
        )

    def add_competencies(self, competencies: list[CompetencyDraft]) -> None:
        """Append ``competencies`` (copies from the library) and show the first."""
        for competency in competencies:
            self.list.append(competency)
        if competencies:
            self.list.select(competencies[0])
        self.competenciesChanged.emit()

    def current(self) -> CompetencyDraft | None:
        """The competency shown in the form, if any."""
        return self._current

    def add_competency(self) -> None:
        """Add a competency that starts from the scale's generic anchors, so the user
        adapts them rather than starting blank (after :meth:`confirm_adding`)."""
        if not self.confirm_adding():
            return
        language = current_language()
        competency = CompetencyDraft(
            anchors=[text.in_language(language) for text in default_anchors()]
        )
        self.list.append(competency)
        self.competenciesChanged.emit()
        self.name.setFocus()

    def show_competency(self, competency: CompetencyDraft) -> None:
        """Select ``competency`` (to point the user at a problem)."""
        self.list.select(competency)

    def _remove(self, competency: CompetencyDraft) -> None:
        ratings = self._rated.get(competency.id or 0, 0)
        if ratings and not messages.confirm(
            self,
            self.tr("Remove competency"),
            self.tr("“{name}” has been rated on %n assessment form(s). Removing it deletes "
                    "those ratings when you save the vacancy.", "", ratings).format(
                name=competency.name),
            self.tr("Remove competency"),
        ):
            return
        self.list.remove(competency)
        self.competencyRemoved.emit(competency.key)
        self.competenciesChanged.emit()

    def _label(self, competency: object) -> str:
        assert isinstance(competency, CompetencyDraft)
        return competency.name.strip() or self.tr("(new competency)")

    # -- the form -------------------------------------------------------------------

    def _show(self, competency: object) -> None:
        self._current = competency if isinstance(competency, CompetencyDraft) else None
        if self._current is None:
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self.form)
        c = self._current
        for widget in (self.name, self.description, self.keywords, self.kind, self.weight):
            widget.blockSignals(True)
        self.name.setText(c.name)
        self.description.setPlainText(c.description)
        self.keywords.setText(c.keywords)
        self.name.setCursorPosition(0)
        self.keywords.setCursorPosition(0)
        select_data(self.kind, c.kind)
        self.weight.setValue(c.weight)
        for widget in (self.name, self.description, self.keywords, self.kind, self.weight):
            widget.blockSignals(False)
        self.anchors.set_anchors(c.anchors)
        self._show_missing()

    def _edited(self) -> None:
        c = self._current
        if c is None:
            return
        renamed = c.name != self.name.text()
        c.name = self.name.text()
        c.description = self.description.toPlainText()
        c.keywords = self.keywords.text()
        c.kind = str(self.kind.currentData())
        c.weight = round(self.weight.value(), 1)
        c.anchors = self.anchors.anchors()
        self._show_missing()
        if renamed:
            self.list.refresh_current()
            self.competenciesChanged.emit()

    def _show_missing(self) -> None:
        missing = self._current.missing_anchors() if self._current else []
        self.missing.setVisible(bool(missing))
        if missing:
            self.missing.setText(
                self.tr("%n anchor(s) still empty ({points}). You can save now, but raters "
                        "need a description of every score.", "", len(missing)).format(
                    points=", ".join(str(n) for n in missing))
            )

    def focus_name(self) -> QWidget:
        """The name field, for pointing the user at a missing name."""
        return self.name

