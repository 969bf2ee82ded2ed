"""The forbidden-question warning: what it finds, and the innocent text it must leave."""

import pytest

from interviewdesk.domain.forbidden_questions import find, topics
from interviewdesk.example import panel_texts as example_panel_texts
from interviewdesk.example import texts as example_texts


def keys(text: str) -> list[str]:
    return [finding.topic.key for finding in find(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ben je weleens langdurig ziek geweest?", ["health"]),
    ("Hoeveel ziektedagen had je vorig jaar?", ["health"]),
    ("How many sick days did you take?", ["health"]),
    ("Heb je een kinderwens?", ["pregnancy"]),
    ("Are you planning to have children soon?", ["pregnancy"]),
    ("Ben je zwanger?", ["pregnancy"]),
    ("Ga je naar de moskee op vrijdag?", ["religion"]),
    ("Is your husband okay with the hours?", ["marital"]),
    ("Ben je getrouwd?", ["marital"]),
    ("Op welke partij heb je gestemd?", ["politics"]),
    ("Ben je lid van een vakbond?", ["union"]),
    ("Waar kom je oorspronkelijk vandaan?", ["origin"]),
    ("What is your nationality?", ["origin"]),
    ("Hoe oud ben je eigenlijk?", ["age"]),
    ("Wat is je geboortedatum?", ["age"]),
    ("Wat is je LEEFTIJD?", ["age"]),
    ("What is your sexual orientation?", ["orientation"]),
])
def test_forbidden_questions_are_found(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


def test_the_finding_points_at_the_words() -> None:
    text = "Vraag: heb je een kinderwens, en ben je getrouwd?"
    [wish, married] = find(text)
    assert text[wish.start:wish.end] == "kinderwens"
    assert text[married.start:married.end] == "getrouwd"
    assert "geslacht" in wish.topic.explanation.nl
    assert "discrimination" in wish.topic.explanation.en


@pytest.mark.parametrize("text", [
    "De leeftijdsgrens in de cao geldt voor nachtdiensten.",
    "leeftijdsgrens in cao",
    "Hoe stem je af met de planning als een klus uitloopt?",
    "Ik geloof dat ze goed in het team past.",
    "Hoe oud was de cv-ketel die je verving?",
    "Ken je de regels voor gezondheid en veiligheid op de bouwplaats?",
    "Gebruik je gezond verstand bij een storing?",
    "Do you know the health and safety rules?",
    "Heb je een werkvergunning voor Nederland?",
    "Waar woon je en hoe lang reis je naar Utrecht?",
    "Hoe werk je samen met onze ketenpartners?",
    "Which of our partners have you worked with?",
    "Welke verzuimregistratie gebruikte je als teamleider?",
    "Zie je jezelf als een teamspeler?",
    "Hoe ga je om met een ontevreden klant?",
])
def test_innocent_text_is_left_alone(text: str) -> None:
    assert find(text) == []


def test_the_example_kit_and_notes_raise_no_warning() -> None:
    texts = [q.text for q in example_texts.QUESTIONS]
    texts += [example_texts.VACANCY_TEXT]
    texts += [notes for _seconds, _ticked, notes in example_texts.PROGRESS_STAGES.values()]
    for interview in example_panel_texts.PAST_INTERVIEWS:
        texts += list(interview.stage_notes.values())
    flagged = {text: keys(text) for text in texts if find(text)}
    assert flagged == {}


def test_every_topic_the_issue_names_is_there() -> None:
    assert {topic.key for topic in topics()} == {
        "health", "pregnancy", "religion", "orientation", "politics", "union", "origin",
        "age", "marital"}
