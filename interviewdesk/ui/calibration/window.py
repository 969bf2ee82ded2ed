"""View ▸ Calibration: how consistently the interviewers rate, and how the interviews
went — per vacancy or across all, over a period. Pictures first (the agreement bars
and the dot plot), each with the same figures in a table below it, then questions,
time and feedback.

Blind scoring and names: only closed rounds count (``store.calibration``). Who is
looking is asked the way forms ask it (:mod:`..assessment.identity`, with the PIN if
the interviewer has one); names follow ``domain.calibration_names`` — your own, those
who share their figures, those you chaired — and everyone else is "Interviewer A,
B…". Nobody chosen: only those who share are named.
"""

import logging
from datetime import date
from functools import partial

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain.agenda import Agenda
from interviewdesk.domain.calibration import IccResult, comparisons
from interviewdesk.domain.calibration_names import Shown, shown_names
from interviewdesk.reports.calibration import write_calibration
from interviewdesk.store.calibration import CalibrationReport, calibration_report
from interviewdesk.store.calibration_practice import (
    PracticeReport,
    chairs,
    consenting,
    practice_report,
)
from interviewdesk.store.database import Database
from interviewdesk.store.interviewers import list_interviewers
from interviewdesk.store.vacancies import vacancy_choices
from interviewdesk.ui.assessment.identity import confirm_member
from interviewdesk.ui.calibration.dot_plot import Dot, DotPlot, DotRow, Legend
from interviewdesk.ui.calibration.icc_bars import Bar, IccBars
from interviewdesk.ui.calibration.tables import FigureTable
from interviewdesk.ui.i18n import current_language
from interviewdesk.ui.latest_read import LatestRead
from interviewdesk.ui.printing import show_document
from interviewdesk.ui.style import (
    SPACING,
    SPACING_LARGE,
    SPACING_SMALL,
    make_heading,
    make_muted,
    plain_text,
)

log = logging.getLogger(__name__)

#: What a reading on the worker thread hands over: the two reports, who share their
#: figures, and the chairs of the interviews counted.
_Figures = tuple[CalibrationReport, PracticeReport, set[int], dict[int, set[int]]]


def number(value: float | None, digits: int = 1, signed: bool = False) -> str:
    """A figure as the UI language writes it (decimal comma in Dutch); "—" for none."""
    if value is None:
        return "—"
    text = f"{value:+.{digits}f}" if signed else f"{value:.{digits}f}"
    return text.replace(".", ",") if current_language() == "nl" else text


def percent(value: float | None) -> str:
    """A share as a whole percentage; "—" for none."""
    return "—" if value is None else f"{round(value * 100)}%"


class CalibrationWindow(QWidget):
    """The calibration view of ``db`` (stage names from ``agenda``)."""

    def __init__(self, db: Database, agenda: Agenda, parent: QWidget | None = None,
                 page_size: str = "A4") -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.db = db
        self.agenda = agenda
        self.page_size = page_size
        self.viewer: int | None = None
        self.report: CalibrationReport | None = None
        self.practice: PracticeReport | None = None
        self.shown: dict[int, Shown] = {}
        self.setObjectName("calibration_window")
        self.resize(1100, 720)

        self.vacancy = QComboBox()
        self.since_on = QCheckBox()
        self.since = QDateEdit()
        self.until_on = QCheckBox()
        self.until = QDateEdit()
        for check, edit in ((self.since_on, self.since), (self.until_on, self.until)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
        today = QDate.currentDate()
        self.since.setDate(today.addMonths(-12))
        self.until.setDate(today)
        self.viewer_box = QComboBox()
        self.vacancy_label = QLabel()
        self.vacancy_label.setBuddy(self.vacancy)
        self.viewer_label = QLabel()
        self.viewer_label.setBuddy(self.viewer_box)

        bar = QHBoxLayout()
        bar.setSpacing(SPACING_SMALL)
        for widget in (self.vacancy_label, self.vacancy):
            bar.addWidget(widget)
        bar.addSpacing(SPACING)
        for widget in (self.since_on, self.since, self.until_on, self.until):
            bar.addWidget(widget)
        bar.addSpacing(SPACING)
        bar.addWidget(self.viewer_label)
        bar.addWidget(self.viewer_box, 1)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_document)
        bar.addWidget(self.print_button)

        self.summary = plain_text(QLabel())
        self.summary.setWordWrap(True)
        self.names_note = make_muted(plain_text(QLabel()))
        self.names_note.setWordWrap(True)
        self.agreement_heading = make_heading(QLabel())
        self.agreement_note = make_muted(QLabel())
        self.agreement_note.setWordWrap(True)
        self.bars = IccBars()
        self.reliability_table = FigureTable([""] * 4)
        self.interviewers_heading = make_heading(QLabel())
        self.dots_note = make_muted(QLabel())
        self.dots_note.setWordWrap(True)
        self.dots = DotPlot()
        self.figures_table = FigureTable([""] * 6)
        self.empty = make_muted(QLabel())
        self.empty.setWordWrap(True)
        self.practice_heading = make_heading(QLabel())
        self.practice_note = make_muted(QLabel())
        self.practice_note.setWordWrap(True)
        self.questions_heading = make_heading(QLabel(), 1.0)
        self.questions_table = FigureTable([""] * 4)
        self.added_label = plain_text(QLabel())
        self.added_label.setWordWrap(True)
        self.time_heading = make_heading(QLabel(), 1.0)
        self.time_table = FigureTable([""] * 6)
        self.time_note = make_muted(QLabel())
        self.time_note.setWordWrap(True)
        self.feedback_heading = make_heading(QLabel(), 1.0)
        self.feedback_label = plain_text(QLabel())
        self.feedback_label.setWordWrap(True)

        page = QWidget()
        content = QVBoxLayout(page)
        content.setContentsMargins(SPACING_LARGE, SPACING, SPACING_LARGE, SPACING_LARGE)
        content.setSpacing(SPACING_SMALL)
        self.figure_widgets: list[QWidget] = [
            self.agreement_heading, self.agreement_note, self.bars, self.reliability_table,
            self.interviewers_heading, self.dots_note, self.dots, self.figures_table]
        for widget in (self.summary, self.names_note, self.empty):
            content.addWidget(widget)
        for widget in self.figure_widgets:
            if widget in (self.interviewers_heading,):
                content.addSpacing(SPACING)
            content.addWidget(widget)
        content.addSpacing(SPACING)
        for widget in (self.practice_heading, self.practice_note, self.questions_heading,
                       self.questions_table, self.added_label, self.time_heading,
                       self.time_note, self.time_table, self.feedback_heading,
                       self.feedback_label):
            if widget in (self.questions_heading, self.time_heading, self.feedback_heading):
                content.addSpacing(SPACING_SMALL)
            content.addWidget(widget)
        content.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(page)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING, SPACING, SPACING, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        close = QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self)
        close.activated.connect(self.close)

        self._fill_choices()
        for check, edit in ((self.since_on, self.since), (self.until_on, self.until)):
            check.toggled.connect(self.reload)
            edit.dateChanged.connect(self.reload)
        self.vacancy.currentIndexChanged.connect(self.reload)
        self.viewer_box.activated.connect(self._viewer_chosen)
        # Others' changes are read again on a worker thread (see show_changes_by_others).
        self._following = LatestRead(lambda: None, self, "interviewdesk-calibration")
        self._following.done.connect(self._show_followed)
        self._following.failed.connect(
            lambda error: log.warning("Following the calibration figures failed: %s", error))
        self.retranslate_ui()

    # -- choices --------------------------------------------------------------------

    def _fill_choices(self) -> None:
        chosen_vacancy = self.vacancy.currentData()
        self.vacancy.blockSignals(True)
        self.vacancy.clear()
        self.vacancy.addItem("", None)
        for vacancy_id, title in vacancy_choices(self.db):
            self.vacancy.addItem(title, vacancy_id)
        index = self.vacancy.findData(chosen_vacancy)
        self.vacancy.setCurrentIndex(max(0, index))
        self.vacancy.blockSignals(False)
        self.viewer_box.clear()
        self.viewer_box.addItem("", None)
        for person in list_interviewers(self.db):
            self.viewer_box.addItem(person.name, person.id)
        self.viewer_box.setCurrentIndex(max(0, self.viewer_box.findData(self.viewer)))

    def choose_vacancy(self, vacancy_id: int | None) -> None:
        """Show ``vacancy_id`` (``None``: all vacancies)."""
        self.vacancy.setCurrentIndex(max(0, self.vacancy.findData(vacancy_id)))

    def look_as(self, interviewer_id: int | None) -> bool:
        """Look as ``interviewer_id`` after their PIN (if they have one); ``False`` if
        that was cancelled or they no longer exist (the view stays as it was)."""
        if interviewer_id is not None:
            name = self.viewer_box.itemText(self.viewer_box.findData(interviewer_id))
            try:
                confirmed = confirm_member(self, self.db, interviewer_id, name, self.tr(
                    "The calibration view shows your own figures by name, and those of "
                    "colleagues who share theirs or whose interviews you chaired."))
            except LookupError:
                confirmed = None
            if confirmed is None:
                self.viewer_box.setCurrentIndex(max(0, self.viewer_box.findData(self.viewer)))
                return False
        self.viewer = interviewer_id
        self.viewer_box.setCurrentIndex(max(0, self.viewer_box.findData(interviewer_id)))
        self.reload()
        return True

    def _viewer_chosen(self, index: int) -> None:
        chosen = self.viewer_box.itemData(index)
        if chosen != self.viewer:
            self.look_as(chosen)

    def period(self) -> tuple[date | None, date | None]:
        """The chosen period; either end may be open."""
        since = self.since.date().toPython() if self.since_on.isChecked() else None
        until = self.until.date().toPython() if self.until_on.isChecked() else None
        return since, until  # type: ignore[return-value]

    # -- loading --------------------------------------------------------------------

    def reload(self) -> None:
        """Read the figures for the chosen vacancy, period and viewer, and show them."""
        self._following.cancel()  # read here, newer than any reading under way
        since, until = self.period()
        vacancy_id = self.vacancy.currentData()

        db, agenda = self.db, self.agenda  # the worker touches no widget

        def work() -> tuple[CalibrationReport, PracticeReport]:
            # About 2 s for 250 closed rounds (measured); ui.background's worker
            # thread crashed the test process at exit here, so a busy cursor instead.
            return (calibration_report(db, vacancy_id, since=since, until=until),
                    practice_report(db, agenda, vacancy_id, since=since, until=until))

        try:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            try:
                report, practice = work()
            finally:
                QApplication.restoreOverrideCursor()
        except ValueError:
            self._show_problem(self.tr("The period ends before it starts: choose an end "
                                       "on or after the start."))
            return
        except LookupError:
            self._fill_choices()
            self._show_problem(self.tr("That vacancy was deleted meanwhile."))
            return
        self.report, self.practice = report, practice
        rated_in: dict[int, set[int]] = {}
        for rating in report.data.ratings:
            rated_in.setdefault(int(rating.rater), set()).add(int(rating.interview))  # type: ignore[call-overload]
        interviews = {i for found in rated_in.values() for i in found}
        self.shown = shown_names(report.data.interviewers, self.viewer, consenting(self.db),
                                 rated_in, chairs(self.db, interviews))
        self._show()

    def show_changes_by_others(self) -> None:
        """Someone else changed data (a round closed, a form reopened, an interviewer
        who now shares their figures): read the figures for the same choices again on
        a worker thread — about 2 s for 250 closed rounds, which must not freeze the
        window every time a colleague saves — and show them in place, scrolled where
        the reader was. A newer change or choice supersedes a reading under way."""
        if not self.isVisible() or self.report is None:
            return
        since, until = self.period()
        vacancy_id = self.vacancy.currentData()
        db, agenda = self.db, self.agenda  # the worker touches no widget

        def work() -> "_Figures | None":
            try:
                report = calibration_report(db, vacancy_id, since=since, until=until)
                practice = practice_report(db, agenda, vacancy_id, since=since, until=until)
            except (ValueError, LookupError):
                return None  # the choices no longer fit: the view's own reload says why
            interviews = {int(rating.interview) for rating in report.data.ratings}  # type: ignore[call-overload]
            return report, practice, consenting(db), chairs(db, interviews)

        self._following.start(work)

    def _show_followed(
            self, read: "_Figures | None",
    ) -> None:
        if read is None:
            self.reload()
            return
        report, practice, consent, chaired = read
        self.report, self.practice = report, practice
        rated_in: dict[int, set[int]] = {}
        for rating in report.data.ratings:
            rated_in.setdefault(int(rating.rater), set()).add(int(rating.interview))  # type: ignore[call-overload]
        self.shown = shown_names(report.data.interviewers, self.viewer, consent, rated_in,
                                 chaired)
        scrolled = self.scroll.verticalScrollBar().value()
        self._show()
        self.scroll.widget().adjustSize()
        self.scroll.verticalScrollBar().setValue(scrolled)

    def _show_problem(self, text: str) -> None:
        self.summary.setText(text)
        for widget in self.figure_widgets:
            widget.hide()

    def label_of(self, interviewer: int) -> str:
        """How an interviewer appears in this view."""
        shown = self.shown[interviewer]
        if shown.named:
            return shown.name
        return self.tr("Interviewer {letter}").format(letter=shown.letter)

    def _reading(self, result: IccResult) -> str:
        return {
            "good": self.tr("good agreement"),
            "moderate": self.tr("moderate agreement"),
            "poor": self.tr("poor agreement"),
            "not_enough_data": self.tr("not enough data"),
            "undefined": self.tr("cannot be determined"),
        }[result.reading]

    def _bar_text(self, result: IccResult) -> str:
        """The short words beside a bar: the value and a one-word reading."""
        short = dict(good=self.tr("good"), moderate=self.tr("moderate"),
                     poor=self.tr("poor"))
        if result.value is None:
            return self._reading(result)
        return number(result.value, 2) + " " + short[result.reading]

    def _icc_text(self, result: IccResult) -> str:
        if result.value is None:
            return self._reading(result)
        band = ""
        if result.low is not None and result.high is not None:
            band = self.tr(" (95% interval {low} to {high})").format(
                low=number(result.low, 2), high=number(result.high, 2))
        return self.tr("{value}{band}, {reading}").format(
            value=number(result.value, 2), band=band, reading=self._reading(result))

    def _show(self) -> None:
        assert self.report is not None and self.practice is not None
        data = self.report.data
        self.summary.setText(self.tr(
            "Closed rounds counted: {n}. Interviews with a round still open, not counted: "
            "{open}.").format(n=data.interviews, open=data.open_rounds))
        if self.viewer is None:
            self.names_note.setText(self.tr(
                "Nobody chosen: only interviewers who share their calibration figures are "
                "named; the others appear as a letter. Choose who you are to see your own."))
        else:
            self.names_note.setText(self.tr(
                "Named: you, colleagues who share their calibration figures and those whose "
                "interviews you chaired; the others appear as a letter."))
        has_ratings = bool(data.ratings)
        self.empty.setVisible(not has_ratings)
        self.empty.setText(self.tr("No closed assessment rounds to compare yet."))
        for widget in self.figure_widgets:
            widget.setVisible(has_ratings)
        if has_ratings:
            self._show_agreement()
            self._show_interviewers()
        self._show_practice()

    def _show_agreement(self) -> None:
        assert self.report is not None
        across = self.vacancy.currentData() is None
        bars, rows = [], []
        for row in self.report.reliability:
            name = f"{row.vacancy_title} · {row.name}" if across else row.name
            single, average = row.single, row.average
            basis = (self.tr("{n} × {k}").format(n=single.candidates, k=single.raters)
                     if single.candidates else "—")
            text = self._icc_text(single)
            tooltip = self.tr(
                "{competency}: ICC(2,1) {text}; interviews × interviewers: {basis}").format(
                competency=name, text=text, basis=basis)
            bars.append(Bar(name, single.value, single.low, single.high, single.reading,
                            self._bar_text(single), tooltip))
            rows.append([name, basis, text, self._icc_text(average)])
        self.bars.number = lambda value: number(value, 2)
        self.bars.set_bars(bars, {
            "good": self.tr("good (from 0.75)").replace("0.75", number(0.75, 2)),
            "moderate": self.tr("moderate (from 0.50)").replace("0.50", number(0.5, 2)),
            "poor": self.tr("poor"),
            "band": self.tr("95% confidence interval")})
        self.reliability_table.fill(rows)

    def _show_interviewers(self) -> None:
        assert self.report is not None
        data = self.report.data
        found = comparisons(data.ratings)
        dot_rows, rows, bold = [], [], []
        for index, figure in enumerate(self.report.figures):
            rater = int(figure.rater)  # type: ignore[call-overload]
            who = self.label_of(rater)
            dots = []
            for c in found.get(rater, []):
                competency, _vid, title = data.competencies.get(
                    int(c.competency), ("", 0, ""))  # type: ignore[call-overload]
                dots.append(Dot(c.deviation, self.tr(
                    "{who} · {competency} ({vacancy}): scored {score}; mean of the others "
                    "{mean} (n = {n}); difference {difference}").format(
                    who=who, competency=competency, vacancy=title, score=c.score, n=c.others,
                    mean=number(c.others_mean), difference=number(c.deviation, 1, True))))
            shown = self.shown[rater]
            dot_rows.append(DotRow(who, tuple(dots), figure.leniency.value, shown.named))
            if shown.named:
                bold.append(index)
            scale = (f" ({figure.lowest}–{figure.highest})" if figure.lowest is not None else "")
            rows.append([
                who,
                self._with_n(number(figure.leniency.value, 2, True), figure.leniency.count),
                self._with_n(number(figure.spread.value, 2) + scale, figure.spread.count),
                self._with_n(percent(figure.far_off.value), figure.far_off.count),
                self._with_n(percent(figure.not_assessed.value), figure.not_assessed.count),
                self._with_n(number(figure.evidence_length.value, 0),
                             figure.evidence_length.count),
            ])
        self.dots.set_rows(dot_rows, Legend(
            self.tr("one score against the others' mean"), self.tr("mean (leniency)"),
            self.tr("less than 2 points apart"), self.tr("milder →"), self.tr("← stricter")))
        self.figures_table.fill(rows, bold_rows=bold)

    def _with_n(self, text: str, count: int) -> str:
        return self.tr("{figure}   (n = {n})").format(figure=text, n=count)

    def _stage(self, key: str) -> str:
        try:
            return self.agenda.stage(key).name.in_language(current_language())
        except KeyError:
            return key

    def _show_practice(self) -> None:
        practice = self.practice
        assert practice is not None
        self.practice_note.setText(self.tr(
            "From {n} finished interviews in this selection (finished in the interview "
            "window).").format(n=practice.interviews))
        across = self.vacancy.currentData() is None
        rows = []
        for usage in practice.questions:
            text, title = practice.question_texts.get(int(usage.question), ("", ""))  # type: ignore[call-overload]
            rows.append([f"{title} · {text}" if across else text, self._stage(usage.stage),
                         self.tr("{x} of {n}").format(x=usage.asked_times, n=usage.asked.count),
                         str(usage.skipped)])
        self.questions_table.fill(rows)
        self.questions_table.setVisible(bool(rows))
        added = [a for a in practice.added if a.questions]
        if not practice.interviews:
            self.added_label.setText(self.tr("No finished interviews in this selection."))
        elif not added:
            self.added_label.setText(self.tr("No questions were added on the spot."))
        else:
            self.added_label.setText(self.tr("Added on the spot: {list}.").format(list="; ".join(
                self.tr("{stage} {n} (in {k} of {total} interviews)").format(
                    stage=self._stage(a.stage), n=a.questions, k=a.in_interviews,
                    total=a.interviews) for a in added)))
        time_rows = [[self._stage(t.stage),
                      self._with_n(number(t.planned.value), t.planned.count),
                      self._with_n(number(t.actual.value), t.actual.count),
                      self._with_n(number(t.difference.value, 1, True), t.difference.count),
                      self._with_n(percent(t.over_plan.value), t.over_plan.count),
                      str(t.untimed)] for t in practice.timing]
        self.time_table.fill(time_rows)
        for widget in (self.time_heading, self.time_note, self.time_table,
                       self.questions_heading, self.feedback_heading, self.feedback_label):
            widget.setVisible(practice.interviews > 0)
        f = practice.feedback
        if not f.on_time.count and not f.not_yet_due:
            text = self.tr("None of these interviews has a feedback date.")
        else:
            text = self.tr("{share} on time ({x} of {n}); {late} late, {overdue} not yet told "
                           "although the date has passed, {pending} not yet due.").format(
                share=percent(f.on_time.value), x=f.on_time_count, n=f.on_time.count,
                late=f.late, overdue=f.overdue, pending=f.not_yet_due)
            if f.days_late.value is not None:
                text += " " + self.tr("Late ones came {days} days after the date on "
                                      "average.").format(days=number(f.days_late.value))
        self.feedback_label.setText(text)

    def print_document(self) -> QWidget | None:
        """Preview the calibration document of what the view shows, with the names
        the view shows (Print… and Save as PDF… in the preview)."""
        since, until = self.period()
        vacancy_id, viewer = self.vacancy.currentData(), self.viewer
        scope = self.vacancy.currentText()
        name = self.tr("Interviewer calibration - {scope} - {date}").format(
            scope=scope, date=date.today().isoformat())
        write = partial(write_calibration, self.db, vacancy_id, language=current_language(),
                        page_size=self.page_size, since=since, until=until, viewer=viewer,
                        agenda=self.agenda)
        return show_document(self, self.tr("Interviewer calibration"),
                             lambda output: write(output=output), name)

    # -- words ----------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Every word in the UI language, then the figures again."""
        self.setWindowTitle(self.tr("Calibration"))
        self.vacancy_label.setText(self.tr("&Vacancy:"))
        self.vacancy.setItemText(0, self.tr("All vacancies"))
        self.since_on.setText(self.tr("&From"))
        self.until_on.setText(self.tr("&Until"))
        self.since.setAccessibleName(self.tr("Period starts"))
        self.until.setAccessibleName(self.tr("Period ends"))
        self.viewer_label.setText(self.tr("&Viewed by:"))
        self.viewer_box.setItemText(0, self.tr("Nobody chosen"))
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr(
            "The same figures as a document, with the names this view shows"))
        self.agreement_heading.setText(self.tr("Agreement per competency"))
        self.agreement_note.setText(self.tr(
            "Bar: ICC(2,1), how far one interviewer's score can be trusted on its own; line: "
            "its 95% confidence interval; dashed: 0.50 and 0.75 (Koo & Li 2016). Fewer than "
            "3 interviews rated by the same 2 or more interviewers give no number."))
        self.bars.setAccessibleName(self.tr("Agreement per competency, as bars"))
        self.bars.setAccessibleDescription(self.tr("The table below holds the same figures."))
        self.reliability_table.set_headers([
            self.tr("Competency"), self.tr("Interviews × interviewers"),
            self.tr("ICC(2,1) one interviewer"), self.tr("ICC(2,k) panel mean")])
        self.interviewers_heading.setText(self.tr("Per interviewer"))
        self.dots_note.setText(self.tr(
            "Each dot is one score minus the mean of the other panel members on the same "
            "competency in the same interview: right of 0 milder, left stricter. The bar is "
            "the mean (leniency); the grey band is less than 2 points apart."))
        self.dots.setAccessibleName(self.tr("Scores against the panel, as dots"))
        self.dots.setAccessibleDescription(self.tr("The table below holds the same figures."))
        self.figures_table.set_headers([
            self.tr("Interviewer"), self.tr("Leniency"), self.tr("Spread (range)"),
            self.tr("2+ points off"), self.tr("Not assessed"), self.tr("Evidence (characters)")])
        self.practice_heading.setText(self.tr("How the interviews went"))
        self.questions_heading.setText(self.tr("Questions"))
        self.time_heading.setText(self.tr("Time per stage"))
        self.questions_table.set_headers([self.tr("Question"), self.tr("Stage"),
                                          self.tr("Asked"), self.tr("Skipped")])
        self.time_note.setText(self.tr(
            "Minutes per stage, means over the interviews in which the stage was timed (n). "
            "Over plan: more than a quarter and at least 3 minutes over the plan."))
        self.time_table.set_headers([
            self.tr("Stage"), self.tr("Planned"), self.tr("Actual"), self.tr("Difference"),
            self.tr("Over plan"), self.tr("Not timed")])
        self.feedback_heading.setText(self.tr("Feedback on time"))
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Forget who was looking: the next one to open the view chooses again."""
        self.viewer = None
        super().closeEvent(event)
