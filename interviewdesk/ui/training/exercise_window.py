"""Training: rate an example answer. An interviewer chooses their name (their PIN is
asked, ``ui.assessment.identity``), picks an exercise, rates the candidate's answer
on the competency's anchors on their own, saves — and only then sees the reference
score with its reasoning and the colleagues' scores, anonymous. Their agreement with
the reference over time is beside the list; nobody else's.

The firm's own exercises are written and changed here too (New / Edit / Delete);
the ones that ship with the app can be copied, not changed.
"""

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain.exercises import Exercise
from interviewdesk.store import exercises
from interviewdesk.store.database import Database
from interviewdesk.store.interviewers import list_interviewers
from interviewdesk.ui import messages
from interviewdesk.ui.assessment.identity import confirm_member, no_pin_note
from interviewdesk.ui.i18n import current_language
from interviewdesk.ui.style import SPACING, SPACING_SMALL, make_heading
from interviewdesk.ui.training.exercise_editor import ExerciseEditor, language_name
from interviewdesk.ui.training.exercise_view import ExerciseView
from interviewdesk.ui.training.results_view import ResultsView
from interviewdesk.ui.window_size import fitting_size
from interviewdesk.ui.wizard.fields import quiet

KEY_ROLE = Qt.ItemDataRole.UserRole
ALL_LANGUAGES = ""


class ExerciseWindow(QWidget):
    """The training window on ``db``. :attr:`viewer` is the interviewer rating
    (``None`` until someone chose their name)."""

    closed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.db = db
        self.viewer: int | None = None
        self.viewer_name = ""
        self.setWindowTitle(self.tr("Training: rate an example answer"))

        self.who = QComboBox()
        self.who.setAccessibleName(self.tr("Who is rating"))
        self.who.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.who.setMinimumContentsLength(16)
        self.who.activated.connect(self._choose_viewer)
        who_label = QLabel(self.tr("&Viewed by:"))
        who_label.setBuddy(self.who)
        self.who_note = quiet()
        self.language = QComboBox()
        self.language.addItem(self.tr("All languages"), ALL_LANGUAGES)
        for language in ("nl", "en"):
            self.language.addItem(language_name(language), language)
        self.language.setCurrentIndex(self.language.findData(current_language()))
        self.language.currentIndexChanged.connect(lambda _i: self.refresh_list())
        language_label = QLabel(self.tr("&Exercises in:"))
        language_label.setBuddy(self.language)
        self.new_button = QPushButton(self.tr("&New exercise…"))
        self.new_button.clicked.connect(self.new_exercise)
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.edit_button.clicked.connect(self.edit_exercise)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.clicked.connect(self.delete_exercise)

        top = QHBoxLayout()
        top.setSpacing(SPACING_SMALL)
        top.addWidget(who_label)
        top.addWidget(self.who)
        top.addWidget(self.who_note, 1)
        top.addSpacing(SPACING)
        top.addWidget(language_label)
        top.addWidget(self.language)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Exercises"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(lambda _new, _old: self.show_current())
        self.list.itemActivated.connect(lambda _item: self.view.focus_score())
        list_heading = make_heading(QLabel(self.tr("Exe&rcises")), 1.05)
        list_heading.setBuddy(self.list)
        editing = QHBoxLayout()
        editing.addWidget(self.new_button)
        editing.addWidget(self.edit_button)
        editing.addWidget(self.delete_button)
        editing.addStretch(1)
        self.results = ResultsView()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, SPACING_SMALL, 0)
        left_layout.addWidget(list_heading)
        left_layout.addWidget(self.list, 3)
        left_layout.addLayout(editing)
        left_layout.addSpacing(SPACING)
        left_layout.addWidget(self.results, 2)

        self.view = ExerciseView()
        self.view.score_chosen.connect(lambda _s: self._update_buttons())
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([400, 900])

        self.status = quiet()
        self.save_button = QPushButton(self.tr("&Save my rating"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save your score (Ctrl+Enter); then the reference "
                                            "and your colleagues' scores appear."))
        self.save_button.clicked.connect(self.save_rating)
        self.next_button = QPushButton(self.tr("Ne&xt exercise"))
        self.next_button.clicked.connect(self.next_exercise)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.close)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.next_button)
        bar.addWidget(close)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        layout.setSpacing(SPACING)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bar)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save_rating)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.resize(fitting_size(QSize(1280, 860), self))
        self.refresh_people()
        self.refresh_list()
        self.who.setFocus()  # first: who is rating

    # -- who is rating --------------------------------------------------------------

    def refresh_people(self) -> None:
        """The interviewers to choose from (the current choice kept if still there)."""
        self.who.clear()
        people = list_interviewers(self.db)
        self.who.addItem(self.tr("Choose your name…"), None)
        for person in people:
            self.who.addItem(person.name, person.id)
        if self.viewer is not None and self.who.findData(self.viewer) < 0:
            self.set_viewer(None, "")  # deleted meanwhile
        index = self.who.findData(self.viewer) if self.viewer is not None else 0
        self.who.setCurrentIndex(max(0, index))
        if not people:
            self.who_note.setText(self.tr(
                "No interviewers yet: add them under File → Interviewers, then rate here."))
        elif self.viewer is None:
            self.who_note.setText(self.tr("Your ratings and results are kept under your name."))

    def _choose_viewer(self, index: int) -> None:
        interviewer = self.who.itemData(index)
        if interviewer == self.viewer:
            return
        if interviewer is None:
            self.set_viewer(None, "")
            return
        name = self.who.itemText(index)
        try:
            confirmed = confirm_member(self, self.db, interviewer, name, self.tr(
                "Type your PIN to rate exercises and see your results as {name}.").format(
                name=name))
        except LookupError:
            messages.error(self, self.tr("Interviewer not found"),
                           self.tr("{name} was deleted meanwhile.").format(name=name))
            self.refresh_people()
            return
        if confirmed is None:  # cancelled: whoever was rating still is
            self.who.setCurrentIndex(max(0, self.who.findData(self.viewer))
                                     if self.viewer is not None else 0)
            return
        self.set_viewer(interviewer, name)
        self.who_note.setText(self.tr("PIN checked.") if confirmed else no_pin_note())

    def set_viewer(self, interviewer: int | None, name: str) -> None:
        """Rate as ``interviewer`` (``None``: nobody) from now on."""
        self.viewer, self.viewer_name = interviewer, name
        self.who.setCurrentIndex(max(0, self.who.findData(interviewer))
                                 if interviewer is not None else 0)
        self.refresh_list()

    # -- the list -------------------------------------------------------------------

    def refresh_list(self, select: str | None = None) -> None:
        """The exercises in the chosen language, rated ones ticked (for the viewer)."""
        current = select or self.current_key()
        rated = exercises.rated_keys(self.db, self.viewer) if self.viewer is not None else set()
        language = self.language.currentData() or None
        self.list.blockSignals(True)
        self.list.clear()
        for exercise in exercises.all_exercises(self.db, language):
            mark = "✓" if exercise.key in rated else "○"
            template = (self.tr("{mark}  {title} ({competency})") if exercise.builtin
                        else self.tr("{mark}  {title} ({competency}, the firm's own)"))
            text = template.format(mark=mark, title=exercise.title,
                                   competency=exercise.competency)
            item = QListWidgetItem(text)
            item.setData(KEY_ROLE, exercise.key)
            item.setToolTip(self.tr("Rated") if exercise.key in rated
                            else self.tr("Not rated yet"))
            self.list.addItem(item)
            if exercise.key == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            first_open = next((self.list.item(i) for i in range(self.list.count())
                               if self.list.item(i).data(KEY_ROLE) not in rated), None)
            self.list.setCurrentItem(first_open or self.list.item(0))
        self.list.blockSignals(False)
        self.results.set_results(exercises.results(self.db, self.viewer)
                                 if self.viewer is not None else None)
        self.show_current()

    def current_key(self) -> str | None:
        """The key of the exercise selected in the list."""
        item = self.list.currentItem()
        return None if item is None else str(item.data(KEY_ROLE))

    def current_exercise(self) -> Exercise | None:
        """The selected exercise, read afresh (``None`` if none or gone)."""
        key = self.current_key()
        if key is None:
            return None
        try:
            return exercises.find_exercise(self.db, key)
        except LookupError:
            return None

    def show_current(self) -> None:
        """Show the selected exercise as the viewer may see it now."""
        exercise = self.current_exercise()
        if self.viewer is None:
            self.view.show_message(self.tr(
                "Choose your name at the top to start. You rate an answer on your own; "
                "after you save, you see the reference score with its reasoning and your "
                "colleagues' scores (without their names)."))
        elif exercise is None:
            self.view.show_message(self.tr(
                "No exercises in this language. Choose another language at the top, or "
                "write one with New exercise."))
        else:
            try:
                revealed = exercises.reveal(self.db, exercise, self.viewer)
            except exercises.RateFirst:
                revealed = None
            self.view.show_exercise(exercise, revealed, self.viewer_name)
            self.status.setText(self.tr(
                "Choose a score with the keys 1–5 or a click, add why, then save.")
                if revealed is None else self.tr("Rated. The reference and the other scores "
                                                 "are shown below your score."))
        self._update_buttons()

    def next_exercise(self) -> None:
        """The next exercise in the list (the first after the last)."""
        if self.list.count():
            row = (self.list.currentRow() + 1) % self.list.count()
            self.list.setCurrentRow(row)
            self.view.focus_score()

    # -- rating ---------------------------------------------------------------------

    def save_rating(self) -> None:
        """Save the viewer's score; then reveal the reference and the others' scores."""
        exercise = self.view.exercise
        if self.viewer is None or exercise is None or self.view.reason is None:
            return
        score = self.view.chosen_score()
        if len(self.view.reason_text()) > exercises.MAX_REASON:
            self.status.setText(self.tr(
                "Your reason is longer than {count} characters; shorten it a little.").format(
                count=exercises.MAX_REASON))
            return
        if score is None:
            self.status.setText(self.tr("Choose a score first: the keys 1–5, or click an "
                                        "anchor."))
            self.view.focus_score()
            return
        try:
            exercises.rate(self.db, self.viewer, exercise, score, self.view.reason_text())
        except exercises.AlreadyRated:
            messages.inform(self, self.tr("Already rated"), self.tr(
                "You rated this exercise before; your first rating counts."))
        except LookupError:
            messages.error(self, self.tr("Not saved"), self.tr(
                "This exercise or your name was deleted meanwhile."))
            self.refresh_people()
        self.refresh_list(select=exercise.key)
        self.view.show_reveal()
        self.next_button.setFocus()

    def _update_buttons(self) -> None:
        item = self.list.currentItem()
        key = None if item is None else str(item.data(KEY_ROLE))
        own = key is not None and key.startswith(exercises.FIRM_PREFIX)
        self.save_button.setEnabled(self.view.reason is not None)
        self.edit_button.setEnabled(key is not None)
        self.edit_button.setText(self.tr("Ed&it…") if own or key is None
                                 else self.tr("Cop&y…"))
        self.delete_button.setEnabled(own)
        self.next_button.setEnabled(self.list.count() > 1)

    # -- the firm's exercises --------------------------------------------------------

    def new_exercise(self) -> None:
        """Write a new exercise of the firm's own."""
        saved = ExerciseEditor.edit(self, self.db)
        if saved is not None:
            self._after_edit(saved)

    def edit_exercise(self) -> None:
        """Change the firm's selected exercise, or copy a shipped one into a new one."""
        exercise = self.current_exercise()
        if exercise is None or not self._may_see_reference(exercise):
            return
        start = exercise if not exercise.builtin else exercises.without_key(exercise)
        saved = ExerciseEditor.edit(self, self.db, start)
        if saved is not None:
            self._after_edit(saved)

    def _may_see_reference(self, exercise: Exercise) -> bool:
        """The editor shows the reference: someone rating who has not rated this
        exercise yet is asked first, so nobody spoils their own exercise by accident."""
        if self.viewer is None or exercise.key in exercises.rated_keys(self.db, self.viewer):
            return True
        return messages.confirm(self, self.tr("Show the reference?"), self.tr(
            "The editor shows the reference score and its reasoning. If you want to train "
            "on this exercise, rate it first; a rating given after seeing the reference "
            "tells you nothing."), self.tr("Open the editor"))

    def _after_edit(self, saved: Exercise) -> None:
        index = self.language.findData(saved.language)
        if self.language.currentData() not in (ALL_LANGUAGES, saved.language):
            self.language.setCurrentIndex(index)
        self.refresh_list(select=saved.key)

    def delete_exercise(self) -> None:
        """Delete the firm's selected exercise, with everyone's ratings of it."""
        exercise = self.current_exercise()
        if exercise is None or exercise.builtin or exercise.exercise_id is None:
            return
        if not messages.confirm(self, self.tr("Delete exercise"), self.tr(
                "Delete the exercise “{title}”? Everyone's ratings of it go too, and their "
                "results no longer count it.").format(title=exercise.title),
                self.tr("Delete")):
            return
        exercises.delete_exercise(self.db, exercise.exercise_id)
        self.refresh_list()

    def changeEvent(self, event: QEvent) -> None:
        """Back in this window: interviewers may have been added or deleted meanwhile."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            names = [self.who.itemText(i) for i in range(1, self.who.count())]
            if names != [person.name for person in list_interviewers(self.db)]:
                self.refresh_people()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Nothing to save: a rating is saved by Save. Say that the window is gone."""
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()


def open_training(parent: QWidget | None, db: Database,
                  existing: ExerciseWindow | None = None) -> ExerciseWindow:
    """Show the training window (``existing``, the one already open, if given) and
    return it."""
    window = existing if existing is not None else ExerciseWindow(db, parent)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
