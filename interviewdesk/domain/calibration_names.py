"""Whose calibration figures are shown by name, and to whom (pure; no Qt, no SQL).

Calibration figures say how an interviewer rates — milder than the panel, often far
off — which is feedback for them, not a ranking for everyone. So:

* an interviewer always sees their **own** figures by name;
* another interviewer's figures are shown by name when that interviewer has
  **consented** ("share my calibration figures with colleagues"), or when the viewer
  was the **chair** of every interview of theirs that the figures rest on (the chair
  led those panels and saw those forms in the discussion anyway);
* everyone else is **anonymised** as a letter ("A", "B", …), given in id order among
  the anonymised only, so the letters are stable within one view and say nothing
  about the named;
* nobody at the keyboard (``viewer`` ``None``: a printed document, the command line)
  sees names only of those who consented.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Shown:
    """How one interviewer appears: ``name`` when ``named``, otherwise ``letter``."""

    interviewer: int
    named: bool
    name: str
    letter: str
    why: str  # "own" / "consent" / "chair" / "anonymous"


def letters(count: int) -> list[str]:
    """``count`` neutral letters: A … Z, AA, AB, …"""
    result = []
    for index in range(count):
        text = ""
        number = index
        while True:
            text = chr(ord("A") + number % 26) + text
            number = number // 26 - 1
            if number < 0:
                break
        result.append(text)
    return result


def shown_names(
    names: Mapping[int, str],
    viewer: int | None,
    consenting: Iterable[int],
    rated_in: Mapping[int, Iterable[int]],
    chairs: Mapping[int, Iterable[int]],
) -> dict[int, Shown]:
    """How each interviewer of ``names`` (id → name) appears to ``viewer``.

    ``rated_in`` gives per interviewer the interviews their figures rest on,
    ``chairs`` per interview the interviewer ids in the chair (see the module
    docstring for the rule).
    """
    agreed = set(consenting)
    why: dict[int, str] = {}
    for interviewer in names:
        interviews = set(rated_in.get(interviewer, ()))
        if viewer is not None and interviewer == viewer:
            why[interviewer] = "own"
        elif interviewer in agreed:
            why[interviewer] = "consent"
        elif viewer is not None and interviews and all(
                viewer in set(chairs.get(i, ())) for i in interviews):
            why[interviewer] = "chair"
        else:
            why[interviewer] = "anonymous"
    hidden = sorted(i for i in names if why[i] == "anonymous")
    letter_of = dict(zip(hidden, letters(len(hidden)), strict=True))
    return {
        i: Shown(i, why[i] != "anonymous", names[i] if why[i] != "anonymous" else "",
                 letter_of.get(i, ""), why[i])
        for i in names
    }
