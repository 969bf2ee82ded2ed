"""The stage pages: what they show, and that everything typed or ticked on them lands
in the database and comes back when the interview is reopened."""

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton

from interviewdesk.ui.wizard.context import working_days_after
from interviewdesk.ui.wizard.question_card import STAR_FIELDS

CTRL = Qt.KeyboardModifier.ControlModifier


def card_of_kind(page: Any, kind: str) -> Any:
    return next(c for c in page.questions.cards.values() if c.question.kind == kind)


def test_every_page_shows_its_checklist_and_guidance(open_window: Any) -> None:
    window = open_window()
    for stage in window.context.agenda.stages:
        window.go_to(stage.key)
        page = window.pages[stage.key]
        assert page.guidance.text() == stage.guidance.en
        assert [box.text().split(" — ")[0] for box in page.checklist.boxes.values()] == [
            item.label.en for item in stage.items]
        assert page.notes.isVisible()
        assert (page.questions is not None) == (stage.key in ("experience", "skills",
                                                              "behavioural"))


def test_stage_notes_and_ticks_are_saved(click_box: Any, type_into: Any, open_window: Any,
                                         qtbot: Any, stored: Any) -> None:
    window = open_window()
    page = window.pages["preparation"]
    type_into(page.notes, "CV gelezen, vragen over BBL-leerlingen.")
    click_box(page.checklist.boxes["review_vacancy"])
    not_forget = page.section.not_forget.boxes
    assert list(not_forget) == ["not_forget:job_description"]  # the rest: InterviewDesk
    covered = page.section.covered.text()
    for item in ("Assessment forms", "Notepad or digital note-taking tool",
                 "each panel member fills in their assessment form in InterviewDesk"):
        assert item in covered
    click_box(not_forget["not_forget:job_description"])
    qtbot.waitUntil(lambda: stored().stage("preparation").notes
                    == "CV gelezen, vragen over BBL-leerlingen.", timeout=2000)
    assert stored().stage("preparation").checklist == {"review_vacancy": True,
                                                       "not_forget:job_description": True}
    assert window.save_status.state.text().startswith("Saved ")


def test_question_cards_notes_and_star(type_into: Any, open_window: Any, qtbot: Any,
                                       stored: Any) -> None:
    window = open_window()
    window.go_to("behavioural")
    page = window.pages["behavioural"]
    card = card_of_kind(page, "behavioural")
    assert card.text.font().bold()
    assert set(card.star) == set(STAR_FIELDS)
    assert card.anchors_button is not None
    assert "1 · Clearly below" in card.anchors_button.toolTip()
    assert not card.asked.isChecked()
    type_into(card.notes, "Rustig, gestructureerd.")
    assert card.asked.isChecked()  # notes mean it was asked
    for field, text in zip(STAR_FIELDS, ("Storing bij klant", "Oorzaak vinden",
                                         "Stap voor stap gemeten", "Opgelost"), strict=True):
        type_into(card.star[field], text)
    assert window.flush()
    answer = stored().answer(card.question.id)
    assert (answer.asked, answer.notes, answer.situation, answer.task, answer.action,
            answer.result) == (True, "Rustig, gestructureerd.", "Storing bij klant",
                               "Oorzaak vinden", "Stap voor stap gemeten", "Opgelost")


def test_open_questions_have_no_star_fields(open_window: Any) -> None:
    window = open_window()
    window.go_to("experience")
    card = card_of_kind(window.pages["experience"], "open")
    assert card.star == {}


def test_anchors_open_with_one_click(open_window: Any, qtbot: Any) -> None:
    window = open_window()
    window.go_to("skills")
    card = next(c for c in window.pages["skills"].questions.cards.values()
                if c.anchors_button is not None)
    assert card.anchors is None  # built only when wanted
    qtbot.mouseClick(card.anchors_button, Qt.MouseButton.LeftButton)
    assert card.anchors is not None and card.anchors.isVisible()
    for anchor in card.competency.anchors:
        assert anchor[:30] in card.anchors.text().replace("&#x27;", "'")
    qtbot.mouseClick(card.anchors_button, Qt.MouseButton.LeftButton)
    assert not card.anchors.isVisible()


def test_note_field_grows_with_its_content(type_into: Any, open_window: Any) -> None:
    window = open_window()
    window.go_to("skills")
    card = next(iter(window.pages["skills"].questions.cards.values()))
    before = card.notes.height()
    type_into(card.notes, "regel\n" * 8)
    assert card.notes.height() > before + 4 * card.notes.fontMetrics().lineSpacing()
    assert card.notes.verticalScrollBar().maximum() == 0  # all of it in view


def test_add_and_remove_a_question_on_the_spot(type_into: Any, open_window: Any, qtbot: Any,
                                               stored: Any) -> None:
    window = open_window()
    window.go_to("skills")
    questions = window.pages["skills"].questions
    count = len(questions.cards)
    questions.new_kind.setCurrentIndex(questions.new_kind.findData("situational"))
    type_into(questions.new_text, "Wat doe je als de klant niet thuis is?")
    qtbot.keyClick(questions.new_text, Qt.Key.Key_Return)
    assert len(questions.cards) == count + 1
    assert questions.new_text.text() == ""
    added = list(questions.cards.values())[-1]
    assert added.notes.hasFocus()
    assert set(added.star) == set(STAR_FIELDS)
    qtbot.keyClicks(added.notes, "Belt eerst.")
    assert window.flush()
    kept = [q for q in stored().questions_for("skills") if q.added_during_interview]
    assert [(q.text, q.kind) for q in kept] == [("Wat doe je als de klant niet thuis is?",
                                                 "situational")]
    assert stored().answer(kept[0].id).notes == "Belt eerst."
    assert questions.title.text() == f"Questions ({count + 1})"

    window.go_to("experience")
    window.go_to("skills")
    window.flush()
    added.notes.setFocus()
    qtbot.keyClicks(added.notes, " En dan?")  # pending when removed: must not be written
    remove = added.findChild(type(questions.add_button), "")
    qtbot.mouseClick(next(b for b in added.findChildren(type(questions.add_button))
                          if b.text() == "Remove"), Qt.MouseButton.LeftButton)
    assert remove is not None
    assert len(questions.cards) == count
    assert window.flush()
    assert not [q for q in stored().questions_for("skills") if q.added_during_interview]


def test_kit_questions_cannot_be_removed(open_window: Any) -> None:
    window = open_window()
    window.go_to("skills")
    for card in window.pages["skills"].questions.cards.values():
        assert "Remove" not in [b.text() for b in card.findChildren(
            type(window.pages["skills"].questions.add_button))]


def test_candidate_questions(click_box: Any, type_into: Any, open_window: Any, qtbot: Any,
                             stored: Any, messages: Any) -> None:
    window = open_window()
    window.go_to("candidate_questions")
    section = window.pages["candidate_questions"].section
    assert section.empty.isVisible()
    for text in ("Hoe ziet de inwerkperiode eruit?", "Is er een bus van de zaak?"):
        type_into(section.new_question, text)
        qtbot.keyClick(section.new_question, Qt.Key.Key_Return)
        assert section.new_question.hasFocus() and section.new_question.text() == ""
    assert not section.empty.isVisible()
    first, second = section.rows.values()
    type_into(first.answer, "Drie weken meelopen met René.")
    assert first.answered.isChecked()  # typing the answer answered it
    type_into(second.question, " En een telefoon?")
    qtbot.waitUntil(lambda: [(q.question, q.answer, q.answered)
                             for q in stored().candidate_questions] == [
        ("Hoe ziet de inwerkperiode eruit?", "Drie weken meelopen met René.", True),
        ("Is er een bus van de zaak? En een telefoon?", "", False)], timeout=2000)

    qtbot.mouseClick(second.remove, Qt.MouseButton.LeftButton)
    assert messages.names() == ["confirm"]  # it has text: asked first
    assert len(section.rows) == 1
    assert [q.question for q in stored().candidate_questions] == [
        "Hoe ziet de inwerkperiode eruit?"]


def test_closing_next_steps_date_and_thanks(click_box: Any, type_into: Any, open_window: Any,
                                            stored: Any) -> None:
    window = open_window()
    window.go_to("closing")
    section = window.pages["closing"].section
    interview_day = stored().scheduled_at.astimezone().date()
    default = working_days_after(interview_day, 5)
    assert default.weekday() < 5 and (default - interview_day).days >= 5
    assert section.feedback_date.date().toPython() == default
    assert section.feedback_date.calendarPopup()
    window.flush()
    assert stored().feedback_date == default  # written on the first visit

    type_into(section.next_steps, "Tweede gesprek met de directeur.")
    section.feedback_date.setDate(QDate(default + timedelta(days=2)))
    click_box(section.thanked)
    assert window.flush()
    session = stored()
    assert session.next_steps == "Tweede gesprek met de directeur."
    assert session.feedback_date == default + timedelta(days=2)
    assert session.candidate_thanked


def test_closing_remarks_and_follow_up_notes_are_saved_and_come_back(
        type_into: Any, open_window: Any, qtbot: Any, stored: Any, db: Any) -> None:
    from interviewdesk.store import search

    window = open_window()
    window.go_to("closing")
    section = window.pages["closing"].section
    assert section.remarks.isVisible() and section.follow_up.isVisible()
    assert section.remarks.toPlainText() == section.follow_up.toPlainText() == ""
    type_into(section.remarks, "Vond de uitnodiging laat; gesprek prettig, wél te snel.")
    type_into(section.follow_up, "Wil 4 dagen werken; eerst zeilvakantie in augustus.")
    # Saved within the autosave delay, without a flush: the same crash-safe path as
    # every other note.
    qtbot.waitUntil(lambda: stored().follow_up_notes
                    == "Wil 4 dagen werken; eerst zeilvakantie in augustus.", timeout=2000)
    assert stored().candidate_remarks == "Vond de uitnodiging laat; gesprek prettig, wél te snel."
    assert stored().next_steps == ""  # each in its own field
    # Searchable as notes of this interview.
    [hit] = search.search(db, "zeilvakantie")
    assert (hit.kind, hit.interview_id) == ("closing_notes", window.context.session.interview_id)
    window.close()

    again = open_window()
    again.go_to("closing")
    reopened = again.pages["closing"].section
    assert reopened.remarks.toPlainText().startswith("Vond de uitnodiging laat")
    assert reopened.follow_up.toPlainText().startswith("Wil 4 dagen werken")


def test_working_days_skip_the_weekend() -> None:
    friday = date(2026, 1, 9)
    assert working_days_after(friday, 1) == date(2026, 1, 12)
    assert working_days_after(friday, 5) == date(2026, 1, 16)


def test_closing_lists_what_is_open_and_jumps_there(type_into: Any, open_window: Any,
                                                   qtbot: Any) -> None:
    window = open_window()
    window.go_to("candidate_questions")
    section = window.pages["candidate_questions"].section
    type_into(section.new_question, "Wanneer hoor ik iets?")
    qtbot.keyClick(section.new_question, Qt.Key.Key_Return)
    window.go_to("experience")
    first = next(iter(window.pages["experience"].questions.cards.values()))
    first.asked.setChecked(True)

    window.go_to("closing")
    closing = window.pages["closing"].section
    assert [link.text for link in closing.unanswered.targets] == ["Wanneer hoor ik iets?"]
    unasked = [link.question_id for link in closing.unasked.targets]
    assert first.question.id not in unasked
    assert len(unasked) == len(window.context.session.questions) - 1

    skills_question = next(link for link in closing.unasked.targets if link.stage == "skills")
    closing.unasked.activate(closing.unasked.targets.index(skills_question))
    assert window.current_stage() == "skills"
    assert window.pages["skills"].questions.cards[skills_question.question_id].notes.hasFocus()

    window.go_to("closing")
    closing.unanswered.activate(0)
    assert window.current_stage() == "candidate_questions"
    row = next(iter(window.pages["candidate_questions"].section.rows.values()))
    assert row.answer.hasFocus()


def test_assessment_shows_what_is_open_and_who_assesses(open_window: Any) -> None:
    window = open_window()
    window.go_to("assessment")
    section = window.pages["assessment"].section
    checklist = section.groups["checklist"][1].targets
    assert [link.text for link in checklist][:2] == ["Preparation", "Opening"]
    assert "assessment" not in {link.stage for link in checklist}
    assert "Review the vacancy description" in checklist[0].after
    assert window.context.session.feedback_date is None  # the closing page was not shown
    assert [(link.stage, link.text) for link in section.groups["feedback"][1].targets] == [
        ("closing", "Set the date by which the candidate hears back")]
    assert section.panel.isVisible()
    for name, role in (("Sanne de Vries", "Chair"), ("René Mulder", "Panel member"),
                       ("Inge Meijer", "HR")):
        assert name in section.panel.text() and role in section.panel.text()
    buttons = [b.text() for b in section.findChildren(QPushButton) if b.isVisible()]
    assert buttons.count("Fill in assessment form") == 3
    assert "Panel discussion" in buttons


def test_assessment_says_when_nothing_is_open(open_window: Any) -> None:
    window = open_window()
    session = window.context.session
    for stage in window.context.agenda.stages:
        session.stage(stage.key).checklist.update({i.key: True for i in stage.items})
    for question in session.questions:
        session.answer(question.id).asked = True
    session.feedback_date = date(2030, 1, 1)
    window.go_to("assessment")
    section = window.pages["assessment"].section
    assert section.nothing_open.isVisible()
    assert all(not label.isVisible() for label, _ in section.groups.values())


def test_opening_script(open_window: Any) -> None:
    window = open_window()
    window.go_to("opening")
    script = window.pages["opening"].section.script
    text = script.text()
    assert "Welcome, Joël Bakker" in text
    for name in ("Sanne de Vries", "René Mulder", "Inge Meijer"):
        assert name in text
    assert "Vestigingsmanager" in text and "Chair" in text
    assert "Servicemonteur installatietechniek" in text and "Utrecht" in text
    assert "60 minute" in text and "Work experience: about 13 minute" in text
    assert "Preparation" not in text  # not part of the interview itself
    assert script.font().pointSizeF() > window.pages["opening"].notes.font().pointSizeF()


def test_everything_comes_back_when_reopened(type_into: Any, open_window: Any, qtbot: Any) -> None:
    window = open_window()
    type_into(window.pages["preparation"].notes, "Voorbereid.")
    window.pages["preparation"].section.not_forget.boxes[
        "not_forget:job_description"].setChecked(True)
    window.go_to("behavioural")
    card = card_of_kind(window.pages["behavioural"], "behavioural")
    type_into(card.notes, "Goed voorbeeld.")
    type_into(card.star["result"], "Klant tevreden.")
    window.go_to("candidate_questions")
    section = window.pages["candidate_questions"].section
    type_into(section.new_question, "Werktijden?")
    qtbot.keyClick(section.new_question, Qt.Key.Key_Return)
    window.go_to("closing")
    closing = window.pages["closing"].section
    type_into(closing.next_steps, "Bellen vrijdag.")
    closing.thanked.setChecked(True)
    chosen = closing.feedback_date.date()
    window.close()

    again = open_window()
    assert again.current_stage() == "closing"
    closing = again.pages["closing"].section
    assert closing.next_steps.toPlainText() == "Bellen vrijdag."
    assert closing.thanked.isChecked()
    assert closing.feedback_date.date() == chosen
    again.go_to("preparation")
    assert again.pages["preparation"].notes.toPlainText() == "Voorbereid."
    assert again.pages["preparation"].section.not_forget.boxes[
        "not_forget:job_description"].isChecked()
    again.go_to("behavioural")
    card = again.pages["behavioural"].questions.cards[card.question.id]
    assert card.notes.toPlainText() == "Goed voorbeeld."
    assert card.star["result"].toPlainText() == "Klant tevreden."
    assert card.asked.isChecked()
    again.go_to("candidate_questions")
    rows = again.pages["candidate_questions"].section.rows.values()
    assert [row.question.text() for row in rows] == ["Werktijden?"]
