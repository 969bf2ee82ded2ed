"""The agenda holds everything the firm's interview document lists, in Dutch and English;
planned minutes add up; a firm's own agenda file replaces the shipped one, and a broken
one is refused with a message that says what is wrong.

The document's lists are copied here literally (from ``shared/seed/000_…txt``), so that
these tests do not depend on a file outside the repository.
"""

import json
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interviewdesk.domain.agenda import (
    AGENDA_FILE,
    DEFAULT_AGENDA_PATH,
    QUESTION_STAGES,
    REQUIRED_STAGES,
    Agenda,
    AgendaError,
    default_agenda,
    load_agenda,
    read_agenda,
)

#: "Wat moet je bespreken?": each heading of the document, the stage it became, and
#: its bullets.
SEED_STAGES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "preparation",
        "Voorbereiding",
        (
            "Review vacatureomschrijving",
            "Identificeer kerncompetenties",
            "Interviewpanel samenstellen",
            "Kandidateninformatie doornemen",
        ),
    ),
    (
        "opening",
        "Begin van het Interview",
        (
            "Voorstellen interviewpanel",
            "Introductie bedrijf en functie",
            "Uitleg opzet en duur interview",
        ),
    ),
    (
        "experience",
        "Vragen over Werkervaring",
        (
            "Huidige en vorige banen bespreken",
            "Reden voor vertrek",
            "Belangrijke projecten en prestaties",
        ),
    ),
    (
        "skills",
        "Vragen over Vaardigheden en Competenties",
        (
            "Technische vaardigheden beoordelen",
            "Soft skills (communicatie, teamwork, probleemoplossing)",
            "Voorbeelden van vaardigheden",
        ),
    ),
    (
        "behavioural",
        "Gedrags- en Situationele Vragen",
        ("Hypothetische vragen", "Specifieke situaties uit het verleden"),
    ),
    (
        "candidate_questions",
        "Kandidaat Vragen",
        ("Gelegenheid voor kandidaat om vragen te stellen",),
    ),
    (
        "closing",
        "Afsluiting van het Interview",
        (
            "Informeer over volgende stappen",
            "Tijdlijn voor feedback",
            "Bedank de kandidaat",
        ),
    ),
    (
        "assessment",
        "Beoordeling na het Interview",
        (
            "Beoordelingsformulier invullen",
            "Sterke en zwakke punten noteren",
            "Panelbespreking",
        ),
    ),
)

SEED_NOT_FORGET = (
    "Functieomschrijving document",
    "Bewerkingstool voor interviewvragen (zoals een tekstverwerker)",
    "Beoordelingsformulieren",
    "CRM of ATS (Applicant Tracking System) voor kandidatenbeheer",
    "Notitieblok of digitale notitietool",
)

#: "Hoe volg je dit gesprek op?"
SEED_FOLLOW_UP = (
    "Zorg ervoor dat alle informatie nauwkeurig wordt gedocumenteerd. Analyseer de notities van "
    "het interviewpanel en bespreek deze om een gezamenlijke beslissing te nemen. Let op feedback "
    "en opmerkingen van de kandidaat en wees voorbereid op vervolggesprekken of onderhandelingen.",
    "Zorg ervoor dat het interview soepel verloopt en dat de kandidaat zich op zijn gemak voelt.",
    "Documenteer alle relevante details over werkervaring en prestaties van de kandidaat.",
    "Zorg ervoor dat technische en soft skills grondig worden beoordeeld en gedocumenteerd.",
    "Documenteer de antwoorden op gedrags- en situationele vragen zorgvuldig.",
    "Noteer de vragen van de kandidaat en zorg ervoor dat alle vragen adequaat beantwoord worden.",
    "Zorg ervoor dat de kandidaat volledig geïnformeerd is over de volgende stappen en dat ze "
    "zich gewaardeerd voelen.",
    "Analyseer en bespreek de evaluaties om een weloverwogen beslissing te nemen. Let op "
    "eventuele discrepanties in de beoordelingen en werk deze uit.",
)


#: The seed's wording where the agenda says it in natural Dutch with the firm's words
#: (docs/glossary.md): the meaning is unchanged.
NATURAL: dict[str, str] = {
    "Review vacatureomschrijving": "Vacaturetekst doornemen",
    "Identificeer kerncompetenties": "Kerncompetenties bepalen",
    "Interviewpanel samenstellen": "Panel samenstellen",
    "Kandidateninformatie doornemen": "Cv en motivatiebrief doornemen",
    "Voorstellen interviewpanel": "Panel voorstellen",
    "Uitleg opzet en duur interview": "Opzet en duur van het gesprek uitleggen",
    "Soft skills (communicatie, teamwork, probleemoplossing)":
        "Persoonlijke vaardigheden (communicatie, samenwerken, problemen oplossen)",
    "Informeer over volgende stappen": "Vervolgstappen toelichten",
    "Tijdlijn voor feedback": "Termijn voor terugkoppeling noemen",
    "Bedank de kandidaat": "Kandidaat bedanken",
    "Functieomschrijving document": "Functieomschrijving",
    "Bewerkingstool voor interviewvragen (zoals een tekstverwerker)":
        "Programma om gespreksvragen te bewerken (zoals een tekstverwerker)",
    SEED_FOLLOW_UP[0]:
        "Zorg ervoor dat alle informatie nauwkeurig wordt vastgelegd. Analyseer de notities "
        "van het panel en bespreek ze om samen een besluit te nemen. Let op reacties en "
        "opmerkingen van de kandidaat en wees voorbereid op vervolggesprekken of "
        "onderhandelingen.",
    SEED_FOLLOW_UP[1]:
        "Zorg ervoor dat het gesprek soepel verloopt en dat de kandidaat zich op zijn gemak "
        "voelt.",
    SEED_FOLLOW_UP[3]:
        "Zorg ervoor dat vaktechnische en persoonlijke vaardigheden grondig worden beoordeeld "
        "en vastgelegd.",
    SEED_FOLLOW_UP[6]:
        "Zorg ervoor dat de kandidaat volledig geïnformeerd is over de vervolgstappen en zich "
        "gewaardeerd voelt.",
    SEED_FOLLOW_UP[7]:
        "Analyseer en bespreek de beoordelingen om een weloverwogen besluit te nemen. Bespreek "
        "grote verschillen tussen de beoordelingen tot het panel het eens is.",
}


def natural(seed: str) -> str:
    """The agenda's wording of a seed text."""
    return NATURAL.get(seed, seed)


def _words(text: str) -> set[str]:
    return set(text.casefold().replace("interview", "gesprek").split())


@pytest.fixture
def agenda() -> Agenda:
    return default_agenda()


# --- the shipped agenda holds the whole document -------------------------------------


def test_stages_follow_the_document_in_order(agenda: Agenda) -> None:
    assert agenda.keys() == tuple(key for key, _, _ in SEED_STAGES)
    assert set(REQUIRED_STAGES) == set(agenda.keys())


@pytest.mark.parametrize(
    ("key", "heading", "bullets"), SEED_STAGES, ids=[key for key, _, _ in SEED_STAGES]
)
def test_each_document_heading_and_bullet_is_in_its_stage(
    agenda: Agenda, key: str, heading: str, bullets: tuple[str, ...]
) -> None:
    stage = agenda.stage(key)
    # Word order may differ ("Kandidaat Vragen" became "Vragen van de kandidaat"),
    # but every word of the document's heading is in the stage's Dutch name.
    assert _words(heading) <= _words(stage.name.nl), stage.name.nl
    assert [item.label.nl for item in stage.items] == [natural(b) for b in bullets]


def test_not_forget_list_is_the_documents(agenda: Agenda) -> None:
    assert [item.label.nl for item in agenda.not_forget] == [natural(t) for t in SEED_NOT_FORGET]


def test_every_follow_up_bullet_is_guidance_of_a_stage(agenda: Agenda) -> None:
    guidance = [stage.guidance.nl for stage in agenda.stages]
    for bullet in SEED_FOLLOW_UP:
        assert any(natural(bullet) in text for text in guidance), bullet


def test_follow_up_bullets_sit_with_their_stage(agenda: Agenda) -> None:
    # The first bullet is about following up as a whole: it belongs after the interview.
    assert natural(SEED_FOLLOW_UP[0]) in agenda.stage("assessment").guidance.nl
    assert natural(SEED_FOLLOW_UP[0]) not in agenda.stage("preparation").guidance.nl
    for (key, _, _), bullet in zip(SEED_STAGES[1:], SEED_FOLLOW_UP[1:], strict=True):
        assert natural(bullet) in agenda.stage(key).guidance.nl, key


def test_every_text_has_dutch_and_english(agenda: Agenda) -> None:
    texts = [agenda.intro]
    for stage in agenda.stages:
        texts += [stage.name, stage.short_name, stage.guidance]
        texts += [item.label for item in stage.items]
    texts += [item.label for item in agenda.not_forget]
    for text in texts:
        assert text.nl.strip() and text.en.strip(), text
        assert text.in_language("nl") == text.nl
        assert text.in_language("en") == text.en


def test_keys_are_unique_within_each_list(agenda: Agenda) -> None:
    for items in [stage.items for stage in agenda.stages] + [agenda.not_forget]:
        keys = [item.key for item in items]
        assert len(keys) == len(set(keys))


def test_question_stages_are_agenda_stages(agenda: Agenda) -> None:
    assert set(QUESTION_STAGES) <= set(agenda.keys())


def test_stage_lookup(agenda: Agenda) -> None:
    assert agenda.stage("closing").key == "closing"
    assert agenda.index("opening") == 1
    with pytest.raises(KeyError):
        agenda.stage("lunch")


# --- planned minutes ------------------------------------------------------------------


def test_sixty_minutes_split_as_planned(agenda: Agenda) -> None:
    minutes = agenda.planned_minutes(60)
    assert minutes["opening"] == 7
    assert sum(minutes[key] for key in QUESTION_STAGES) == 40
    assert minutes["candidate_questions"] == 8
    assert minutes["closing"] == 5
    assert agenda.interview_minutes() == 60


def test_stages_outside_the_interview_keep_their_minutes(agenda: Agenda) -> None:
    for total in (30, 60, 90):
        minutes = agenda.planned_minutes(total)
        assert minutes["preparation"] == agenda.stage("preparation").minutes
        assert minutes["assessment"] == agenda.stage("assessment").minutes


@given(total=st.integers(min_value=0, max_value=600))
def test_planned_minutes_add_up_to_the_total(total: int) -> None:
    agenda = default_agenda()
    minutes = agenda.planned_minutes(total)
    inside = [stage.key for stage in agenda.stages if stage.during_interview]
    assert sum(minutes[key] for key in inside) == total
    assert all(minutes[key] >= 0 for key in inside)
    assert list(minutes) == list(agenda.keys())


@given(total=st.integers(min_value=0, max_value=600))
def test_planned_minutes_stay_within_one_of_the_exact_share(total: int) -> None:
    agenda = default_agenda()
    minutes = agenda.planned_minutes(total)
    weight = agenda.interview_minutes()
    for stage in agenda.stages:
        if stage.during_interview:
            assert abs(minutes[stage.key] - total * stage.minutes / weight) < 1


# --- a firm's own agenda --------------------------------------------------------------


def _shipped() -> dict[str, Any]:
    with DEFAULT_AGENDA_PATH.open("rb") as handle:
        return tomllib.load(handle)


def _toml(data: dict[str, Any]) -> str:
    """Just enough of a TOML writer for agenda files (JSON strings are valid TOML)."""

    def value(v: Any) -> str:
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, int | str):
            return json.dumps(v)
        if isinstance(v, dict):
            return "{ " + ", ".join(f"{k} = {value(x)}" for k, x in v.items()) + " }"
        return "[" + ", ".join(value(x) for x in v) + "]"

    lines: list[str] = []
    for name, content in data.items():
        tables = content if isinstance(content, list) else [content]
        for table in tables:
            lines.append(f"[[{name}]]" if isinstance(content, list) else f"[{name}]")
            lines += [f"{k} = {value(v)}" for k, v in table.items()]
            lines.append("")
    return "\n".join(lines)


def _write(folder: Path, data: dict[str, Any] | str) -> Path:
    path = folder / AGENDA_FILE
    path.write_text(data if isinstance(data, str) else _toml(data), encoding="utf-8")
    return path


def test_the_test_writer_round_trips_the_shipped_agenda(tmp_path: Path) -> None:
    assert load_agenda(_write(tmp_path, _shipped()).parent) == default_agenda()


def test_without_a_firm_agenda_the_shipped_one_is_used(tmp_path: Path) -> None:
    assert load_agenda(tmp_path) == default_agenda()
    assert load_agenda(None) == default_agenda()


def test_a_firm_agenda_overrides_the_shipped_one(tmp_path: Path) -> None:
    data = _shipped()
    stages = data["stage"]
    # Move the candidate's questions before the behavioural ones, rename a stage,
    # add a checklist item and give the opening more time.
    stages.insert(4, stages.pop(5))
    opening = next(s for s in stages if s["key"] == "opening")
    opening["name"] = {"nl": "Kennismaking", "en": "Getting acquainted"}
    opening["minutes"] = 10
    opening["items"].append({"key": "coffee", "nl": "Koffie aanbieden", "en": "Offer coffee"})
    _write(tmp_path, data)

    agenda = load_agenda(tmp_path)

    assert agenda != default_agenda()
    assert agenda.keys()[4:6] == ("candidate_questions", "behavioural")
    assert agenda.stage("opening").name.nl == "Kennismaking"
    assert agenda.stage("opening").items[-1].label.en == "Offer coffee"
    assert agenda.interview_minutes() == 63
    assert sum(agenda.planned_minutes(45)[k] for k in agenda.keys()[1:7]) == 45


def _broken(tmp_path: Path, change: Any) -> str:
    data = _shipped()
    change(data)
    with pytest.raises(AgendaError) as raised:
        load_agenda(_write(tmp_path, data).parent)
    return str(raised.value)


def test_a_missing_stage_is_named(tmp_path: Path) -> None:
    def drop_closing(data: dict[str, Any]) -> None:
        data["stage"] = [s for s in data["stage"] if s["key"] != "closing"]

    message = _broken(tmp_path, drop_closing)
    assert "lacks the stage(s): closing" in message
    assert AGENDA_FILE in message


def test_a_missing_english_text_is_named(tmp_path: Path) -> None:
    def drop_english(data: dict[str, Any]) -> None:
        del data["stage"][2]["items"][1]["en"]

    message = _broken(tmp_path, drop_english)
    assert "stage 3 (experience), item 2" in message
    assert "en is missing" in message


def test_a_blank_english_stage_name_is_refused(tmp_path: Path) -> None:
    def blank_name(data: dict[str, Any]) -> None:
        data["stage"][0]["name"]["en"] = "   "

    assert "stage 1 (preparation), name: the text in en is missing" in _broken(tmp_path, blank_name)


def test_duplicate_stage_keys_are_named(tmp_path: Path) -> None:
    def duplicate(data: dict[str, Any]) -> None:
        data["stage"][3]["key"] = "experience"

    assert "share the key experience" in _broken(tmp_path, duplicate)


def test_duplicate_item_keys_are_named(tmp_path: Path) -> None:
    def duplicate(data: dict[str, Any]) -> None:
        data["not_forget"][1]["key"] = data["not_forget"][0]["key"]

    assert "not_forget: two items share the key job_description" in _broken(tmp_path, duplicate)


def test_negative_minutes_are_refused(tmp_path: Path) -> None:
    def negative(data: dict[str, Any]) -> None:
        data["stage"][1]["minutes"] = -5

    assert "'minutes' must be a whole number" in _broken(tmp_path, negative)


def test_bad_toml_is_reported_not_crashed_on(tmp_path: Path) -> None:
    _write(tmp_path, '[[stage]\nkey = "opening"\n')
    with pytest.raises(AgendaError, match="not valid TOML"):
        load_agenda(tmp_path)


def test_a_duplicate_toml_key_is_bad_toml(tmp_path: Path) -> None:
    _write(tmp_path, '[intro]\nnl = "Hallo"\nnl = "Dag"\nen = "Hello"\n')
    with pytest.raises(AgendaError, match="not valid TOML"):
        load_agenda(tmp_path)


def test_a_single_stage_table_instead_of_a_list_is_explained(tmp_path: Path) -> None:
    _write(tmp_path, '[stage]\nkey = "opening"\n')
    with pytest.raises(AgendaError, match=r"written as \[\[stage\]\]"):
        load_agenda(tmp_path)


def test_an_unreadable_agenda_is_reported(tmp_path: Path) -> None:
    (tmp_path / "missing").mkdir()
    with pytest.raises(AgendaError, match="cannot be read"):
        read_agenda(tmp_path / "missing")
