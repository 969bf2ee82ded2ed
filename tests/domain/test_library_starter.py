"""The starter set and the library's matching rules."""

import pytest

from interviewdesk.domain.agenda import LANGUAGES, QUESTION_STAGES
from interviewdesk.domain.library import (
    LibraryError,
    load_starter,
    parse_library,
    same_name,
)

DUTCH_NAMES = ["Klantgerichtheid", "Samenwerken", "Probleemoplossend vermogen",
               "Communicatie (mondeling)", "Plannen en organiseren", "Resultaatgerichtheid",
               "Flexibiliteit", "Initiatief", "Leervermogen", "Integriteit"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_starter_set_has_five_anchors_and_star_questions_each(language: str) -> None:
    starter = load_starter(language)
    assert len(starter.competencies) == len(DUTCH_NAMES)
    for competency in starter.competencies:
        assert len(competency.anchors) == 5
        assert len(set(competency.anchors)) == 5
        assert all(len(anchor) > 40 for anchor in competency.anchors)
        assert competency.description
        assert 2 <= len(competency.questions) <= 3
        for question in competency.questions:
            assert question.stage in QUESTION_STAGES
            assert question.kind == "behavioural"
            assert len(question.probes.splitlines()) >= 3


def test_the_dutch_starter_set_holds_the_common_competencies() -> None:
    assert [c.name for c in load_starter("nl").competencies] == DUTCH_NAMES


def test_both_languages_say_the_same_in_the_same_order() -> None:
    dutch, english = load_starter("nl"), load_starter("en")
    assert [len(c.questions) for c in dutch.competencies] == [
        len(c.questions) for c in english.competencies]
    assert [c.kind for c in dutch.competencies] == [c.kind for c in english.competencies]
    assert english.competencies[0].name == "Customer focus"


def test_matching_folds_accents_and_finds_questions_under_their_competency() -> None:
    starter = load_starter("nl")
    assert [c.name for c in starter.matching("INTEGRITEIT").competencies] == ["Integriteit"]
    found = starter.matching("klant ontevreden")
    assert [c.name for c in found.competencies] == ["Klantgerichtheid"]
    assert len(found.competencies[0].questions) == 1
    assert starter.matching("  ").competencies == starter.competencies
    assert starter.matching("qqqxyz").is_empty()
    assert same_name(" Communicatie  (Mondeling)", "communicatie (mondeling)")
    assert same_name("Daniëlle", "danielle")
    assert not same_name("Samenwerken", "Samenwerking")


@pytest.mark.parametrize("text, message", [
    ("[[competency]\n", "not valid TOML"),
    ("competency = 3", "list of tables"),
    ("[[competency]]\nname = ''\n", "'name'"),
    ("[[competency]]\nname = 'X'\nanchors = ['a', 'b']\n", "5 anchor texts"),
    ("[[competency]]\nname = 'X'\nkind = 'magic'\n", "unknown kind"),
    ("[[competency]]\nname = 'X'\nanchors = ['a','b','c','d','e']\n"
     "[[competency.question]]\ntext = 'Q'\nstage = 'closing'\n", "unknown stage"),
])
def test_a_damaged_library_file_says_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(LibraryError, match=message):
        parse_library(text)


def test_an_unknown_language_has_no_starter_set() -> None:
    with pytest.raises(LibraryError):
        load_starter("de")
