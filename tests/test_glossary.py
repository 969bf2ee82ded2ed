"""One word for one thing: the Dutch texts use the firm's glossary (docs/glossary.md)
and none of the words it says to avoid — in the interface's Dutch translation, the
agenda, the printed documents' labels and the scales.

The words below are the glossary's "avoid" column as patterns. A few of its entries
are ordinary words elsewhere ("stap", "verder", "ja"), so they are matched only in
the combinations the glossary means.
"""

import re
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from interviewdesk.domain import scales
from interviewdesk.domain.agenda import DEFAULT_AGENDA_PATH
from interviewdesk.reports.labels import MESSAGES

ROOT = Path(__file__).resolve().parents[1]
DUTCH_TS = ROOT / "resources" / "translations" / "interviewdesk_nl.ts"

#: (pattern, what the glossary says instead). Case-insensitive unless noted.
AVOID: tuple[tuple[str, str], ...] = (
    (r"(?<![-\w])interview(?!er|desk)", "gesprek (sollicitatiegesprek)"),
    (r"interviewvenster", "gespreksvenster"),
    (r"\bfase", "onderdeel"),
    (r"\bstage\b", "onderdeel"),
    (r"interviewkit", "gespreksleidraad"),
    (r"evaluatieformulier|scorekaart", "beoordelingsformulier"),
    (r"eindscore", "panelscore"),
    (r"\buitkomst", "besluit"),
    (r"\bbeslissing", "besluit"),
    (r"volgende stappen", "vervolgstappen"),
    (r"\bfeedback", "terugkoppeling"),
    (r"tijdlijn", "termijn voor terugkoppeling"),
    (r"\bgehouden\b", "gevoerd"),
    (r"\bpaneel\b", "zijvenster"),
    (r"eensgezind", "geen groot verschil"),
    (r"discrepantie", "groot verschil"),
    (r"wie kijkt", "Bekeken door:"),
    (r"iemand anders kijkt", "Andere gebruiker…"),
    (r"\bte lang\b", "over tijd"),
    (r"klok laten doorlopen|^verder \(", "klok hervatten"),
    (r"zeker niet|zeker wel", "sterk afraden · sterk aanraden"),
    (r"soft skill", "persoonlijke vaardigheid"),
    (r"vacatureomschrijving", "vacaturetekst"),
    (r"functieomschrijving document", "functieomschrijving"),
    (r"(?-i:\bCV\b)|C\.V\.", "cv"),
    (r"vragenlijst", "vragenset"),
    (r"vervolgvra", "doorvragen"),
    (r"sjabloonbank", "bibliotheek"),
    (r"standaardset|voorbeeldset", "startset"),
    (r"dupliceren|klonen", "kopiëren"),
)


def _without_placeholders(text: str) -> str:
    """The text as read: no ``{placeholders}``, no "&" of a keyboard mnemonic."""
    return re.sub(r"\{[^}]*\}", "", text).replace("&", "")


def dutch_translations() -> Iterator[tuple[str, str]]:
    """(context, text) of every Dutch translation, plural forms included."""
    for context in ET.parse(DUTCH_TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            texts = [translation.text or ""] + [form.text or "" for form in
                                                 translation.iter("numerusform")]
            yield from ((name, text) for text in texts if text.strip())


def agenda_texts() -> Iterator[tuple[str, str]]:
    """(where, text) of every Dutch text in the shipped agenda."""
    data = tomllib.loads(DEFAULT_AGENDA_PATH.read_text(encoding="utf-8"))

    def walk(value: object, where: str) -> Iterator[tuple[str, str]]:
        if isinstance(value, dict):
            for key, inner in value.items():
                if key == "nl" and isinstance(inner, str):
                    yield where, inner
                else:
                    yield from walk(inner, f"{where}.{key}")
        elif isinstance(value, list):
            for index, inner in enumerate(value):
                yield from walk(inner, f"{where}[{index}]")

    yield from walk(data, "agenda")


def label_texts() -> Iterator[tuple[str, str]]:
    """(where, text) of the printed documents' Dutch labels and the scales' labels."""
    yield from ((f"labels.{key}", texts["nl"]) for key, texts in MESSAGES.items())
    for name in ("RECOMMENDATIONS", "DECISION_OUTCOMES", "COMPETENCY_KINDS",
                 "QUESTION_KINDS", "PANEL_ROLES", "APPLICATION_STATUSES"):
        choices = getattr(scales, name)
        yield from ((f"{name}.{choice.key}", choice.label.nl) for choice in choices)


def offences(texts: Iterator[tuple[str, str]]) -> list[str]:
    found = []
    for where, text in texts:
        plain = _without_placeholders(text)
        for pattern, instead in AVOID:
            match = re.search(pattern, plain, re.IGNORECASE)
            if match:
                found.append(f"{where}: “{match.group(0)}” (use {instead}) in {text[:80]!r}")
    return found


def starter_texts() -> Iterator[tuple[str, str]]:
    """(where, text) of every text in the library's Dutch starter set."""
    from interviewdesk.domain.library import load_starter

    for competency in load_starter("nl").competencies:
        where = f"starter.{competency.name}"
        yield from ((where, text) for text in (competency.name, competency.description,
                                                competency.keywords, *competency.anchors))
        for question in competency.questions:
            yield f"{where}.question", question.text
            yield f"{where}.probes", question.probes


@pytest.mark.parametrize("source", [dutch_translations, agenda_texts, label_texts,
                                    starter_texts],
                         ids=["translations", "agenda", "pdf-labels-and-scales", "starter-set"])
def test_no_word_the_glossary_says_to_avoid(source: object) -> None:
    assert offences(source()) == []  # type: ignore[operator]


def test_the_check_itself_catches_the_avoided_words() -> None:
    bad = [("x", "Het interview is gehouden"), ("y", "Paneel kandidaat"),
           ("z", "Uitkomst: zeker wel"), ("w", "Zie het CV"), ("ok", "InterviewDesk, de "
                                                                   "interviewer, het cv")]
    flagged = offences(iter(bad))
    assert len([f for f in flagged if f.startswith("x:")]) == 2
    assert any(f.startswith("y:") for f in flagged)
    assert len([f for f in flagged if f.startswith("z:")]) == 2
    assert any(f.startswith("w:") for f in flagged)
    assert not any(f.startswith("ok:") for f in flagged)
