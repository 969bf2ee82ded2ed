"""The fixed vocabularies of an assessment: the 1–5 rating scale and every closed list
whose keys the store keeps as plain strings (see ``store/models.py``).

The store holds keys such as ``"strong_yes"`` or ``"chair"``, never labels, so that
labels can be reworded or translated without touching stored data. This module is the
one place that says which keys exist, in which order they are shown, and what they
are called in Dutch and English. Looking up an unknown key raises ``KeyError``: a
stored key this module does not know is a bug to surface, not a blank to show.
"""

from collections.abc import Iterator
from dataclasses import dataclass

from interviewdesk.domain.agenda import Text

MIN_SCORE = 1
MAX_SCORE = 5
#: The score of a rating the interviewer left open: no evidence, so no number.
NOT_ASSESSED = None
NOT_ASSESSED_LABEL = Text(nl="Niet beoordeeld", en="Not assessed")


def is_valid_score(value: object) -> bool:
    """Whether ``value`` is a score on the scale: a whole number from 1 to 5.

    ``True`` and ``3.0`` are refused: they compare equal to scores but would be
    stored as something else, and would hide a caller's mistake.
    """
    return type(value) is int and MIN_SCORE <= value <= MAX_SCORE


def is_valid_rating(value: object) -> bool:
    """Whether ``value`` may be stored as a rating's score: a valid score, or
    :data:`NOT_ASSESSED` — not assessing is allowed, a made-up number is not."""
    return value is NOT_ASSESSED or is_valid_score(value)


@dataclass(frozen=True)
class ScalePoint:
    """One point of the rating scale: its short label, and the generic behavioural
    anchor a vacancy's competency starts from until the firm writes its own."""

    score: int
    label: Text
    anchor: Text


RATING_SCALE: tuple[ScalePoint, ...] = (
    ScalePoint(
        1,
        Text(nl="Duidelijk onder niveau", en="Clearly below"),
        Text(
            nl="Duidelijk onder wat de functie vraagt. Geeft geen voorbeelden of alleen "
            "algemene uitspraken (‘dat doe ik altijd goed’); het gedrag ontbreekt of werkt "
            "averechts.",
            en="Clearly below what the role needs. Gives no examples, or only general "
            "claims (‘I always do that well’); the behaviour is missing or counterproductive.",
        ),
    ),
    ScalePoint(
        2,
        Text(nl="Onder niveau", en="Below"),
        Text(
            nl="Onder wat de functie vraagt. Geeft een enkel voorbeeld, maar oppervlakkig, "
            "met veel hulp van anderen of met een wisselend resultaat; belangrijke stappen "
            "ontbreken.",
            en="Below what the role needs. Gives an example or two, but superficial, with a "
            "lot of help from others or with mixed results; important steps are missing.",
        ),
    ),
    ScalePoint(
        3,
        Text(nl="Op niveau", en="Meets"),
        Text(
            nl="Voldoet aan wat de functie vraagt. Beschrijft concreet wat hij of zij zelf "
            "deed in gewone situaties uit het werk, zelfstandig en met een goed resultaat.",
            en="Meets what the role needs. Describes concretely what they did themselves in "
            "ordinary work situations, independently and with a good result.",
        ),
    ),
    ScalePoint(
        4,
        Text(nl="Boven niveau", en="Above"),
        Text(
            nl="Boven wat de functie vraagt. Geeft meerdere concrete voorbeelden, ook in "
            "lastige of nieuwe situaties; denkt vooruit en stuurt bij op basis van het "
            "resultaat.",
            en="Above what the role needs. Gives several concrete examples, also in difficult "
            "or new situations; thinks ahead and adjusts course based on the result.",
        ),
    ),
    ScalePoint(
        5,
        Text(nl="Duidelijk boven niveau", en="Clearly exceeds"),
        Text(
            nl="Duidelijk boven wat de functie vraagt. Overtuigende voorbeelden in complexe "
            "situaties met aantoonbaar resultaat; verbetert de werkwijze of is een voorbeeld "
            "en vraagbaak voor anderen.",
            en="Clearly exceeds what the role needs. Convincing examples in complex situations "
            "with a demonstrable result; improves the way of working or is a model and a go-to "
            "person for others.",
        ),
    ),
)


def scale_point(score: int) -> ScalePoint:
    """The point of the rating scale for ``score``; ``KeyError`` for anything not 1–5."""
    if not is_valid_score(score):
        raise KeyError(score)
    return RATING_SCALE[score - MIN_SCORE]


def score_label(score: int | None) -> Text:
    """The label to show for a stored score, including "not assessed" for ``None``."""
    return NOT_ASSESSED_LABEL if score is NOT_ASSESSED else scale_point(score).label


def default_anchors() -> tuple[Text, ...]:
    """The five generic anchors, index 0 for score 1: what a new competency starts with."""
    return tuple(point.anchor for point in RATING_SCALE)


@dataclass(frozen=True)
class Choice:
    """One stored key and what the interviewer sees for it."""

    key: str
    label: Text


@dataclass(frozen=True)
class Choices:
    """A closed, ordered list of choices, e.g. the panel roles, in display order."""

    choices: tuple[Choice, ...]

    def __post_init__(self) -> None:
        keys = self.keys()
        if len(set(keys)) != len(keys):
            raise ValueError(f"Duplicate keys in {keys}.")

    def __iter__(self) -> Iterator[Choice]:
        return iter(self.choices)

    def __len__(self) -> int:
        return len(self.choices)

    def __contains__(self, key: object) -> bool:
        return any(choice.key == key for choice in self.choices)

    def keys(self) -> tuple[str, ...]:
        """The stored keys, in display order."""
        return tuple(choice.key for choice in self.choices)

    def get(self, key: str) -> Choice:
        """The choice stored as ``key``; ``KeyError`` if there is none."""
        for choice in self.choices:
            if choice.key == key:
                return choice
        raise KeyError(key)

    def label(self, key: str) -> Text:
        """The label of ``key``; ``KeyError`` if there is none."""
        return self.get(key).label

    def rank(self, key: str) -> int:
        """The position of ``key`` (0-based), for the lists whose order means
        something, such as the recommendation from strong no to strong yes."""
        keys = self.keys()
        if key not in keys:
            raise KeyError(key)
        return keys.index(key)


def _choices(*pairs: tuple[str, str, str]) -> Choices:
    return Choices(tuple(Choice(key, Text(nl=nl, en=en)) for key, nl, en in pairs))


#: Each panel member's overall advice on the assessment form, from worst to best.
RECOMMENDATIONS = _choices(
    ("strong_no", "Sterk afraden", "Strong no"),
    ("no", "Afraden", "No"),
    ("yes", "Aanraden", "Yes"),
    ("strong_yes", "Sterk aanraden", "Strong yes"),
)

#: The panel's one decision on an interview.
DECISION_OUTCOMES = _choices(
    ("hire", "Aannemen", "Hire"),
    ("next_round", "Door naar de volgende ronde", "Next round"),
    ("reject", "Afwijzen", "Reject"),
    ("hold", "Aanhouden", "On hold"),
)

COMPETENCY_KINDS = _choices(
    ("core", "Gedragscompetentie", "Behavioural"),
    ("technical", "Vaktechnisch", "Technical"),
    ("soft", "Persoonlijke vaardigheid", "Personal skill"),
)

QUESTION_KINDS = _choices(
    ("open", "Open vraag", "Open question"),
    ("behavioural", "Gedragsvraag (STAR)", "Behavioural question (STAR)"),
    ("situational", "Situationele vraag", "Situational question"),
    ("technical", "Vakinhoudelijke vraag", "Technical question"),
)

PANEL_ROLES = _choices(
    ("chair", "Voorzitter", "Chair"),
    ("member", "Panellid", "Panel member"),
    ("note_taker", "Notulist", "Note-taker"),
    ("hr", "HR", "HR"),
)

#: Where an application stands, in the order a procedure usually runs.
APPLICATION_STATUSES = _choices(
    ("applied", "Gesolliciteerd", "Applied"),
    ("invited", "Uitgenodigd", "Invited"),
    ("interviewed", "Gesprek gevoerd", "Interviewed"),
    ("decided", "Besluit genomen", "Decided"),
    ("offered", "Aanbod gedaan", "Offered"),
    ("hired", "Aangenomen", "Hired"),
    ("rejected", "Afgewezen", "Rejected"),
    ("withdrawn", "Teruggetrokken", "Withdrawn"),
)
