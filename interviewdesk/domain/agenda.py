"""The interview agenda as data: stages, checklists, guidance and planned minutes.

The agenda lives in ``agenda.toml`` beside this module, in Dutch and English, so a
firm can adapt it (rename, reorder, add checklist items, plan minutes) by dropping its
own ``agenda.toml`` into the data folder, without touching any widget. Interviews store
stage and checklist *keys*, which therefore stay stable across such edits.
"""

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from interviewdesk.preferences import LANGUAGES
from interviewdesk.resource_files import resource

AGENDA_FILE = "agenda.toml"
DEFAULT_AGENDA_PATH = resource(AGENDA_FILE)

#: The stages the application gives a special page to; an agenda must contain them.
PREPARATION = "preparation"
OPENING = "opening"
EXPERIENCE = "experience"
SKILLS = "skills"
BEHAVIOURAL = "behavioural"
CANDIDATE_QUESTIONS = "candidate_questions"
CLOSING = "closing"
ASSESSMENT = "assessment"
REQUIRED_STAGES = (
    PREPARATION,
    OPENING,
    EXPERIENCE,
    SKILLS,
    BEHAVIOURAL,
    CANDIDATE_QUESTIONS,
    CLOSING,
    ASSESSMENT,
)
#: Stages whose questions come from the vacancy's question kit.
QUESTION_STAGES = (EXPERIENCE, SKILLS, BEHAVIOURAL)


class AgendaError(ValueError):
    """An agenda file that cannot be used, with a message naming what is wrong."""


@dataclass(frozen=True)
class Text:
    """A piece of user-visible text in every shipped language."""

    nl: str
    en: str

    def in_language(self, language: str) -> str:
        """The text in ``language`` ("nl" or "en"); English for anything else."""
        return self.nl if language == "nl" else self.en


@dataclass(frozen=True)
class ChecklistItem:
    """One tick box on a stage's checklist (or on the "Niet vergeten" list).

    ``covered`` (only on "Niet vergeten") says how InterviewDesk itself provides the
    thing — the forms, the notes, the candidate records — so it is shown as covered,
    not as a box to tick.
    """

    key: str
    label: Text
    covered: Text | None = None


@dataclass(frozen=True)
class Stage:
    """One step of the interview, as the wizard shows it."""

    key: str
    name: Text
    short_name: Text
    minutes: int
    during_interview: bool
    guidance: Text
    items: tuple[ChecklistItem, ...]


@dataclass(frozen=True)
class Agenda:
    """The whole agenda: ordered stages plus the "Niet vergeten" list."""

    intro: Text
    stages: tuple[Stage, ...]
    not_forget: tuple[ChecklistItem, ...]

    def stage(self, key: str) -> Stage:
        """The stage with ``key``; ``KeyError`` if the agenda has none."""
        for stage in self.stages:
            if stage.key == key:
                return stage
        raise KeyError(key)

    def keys(self) -> tuple[str, ...]:
        """Stage keys in agenda order."""
        return tuple(stage.key for stage in self.stages)

    def index(self, key: str) -> int:
        """Position (0-based) of the stage with ``key``."""
        return self.keys().index(key)

    def planned_minutes(self, total_minutes: int) -> dict[str, int]:
        """Minutes per stage for an interview planned at ``total_minutes``.

        Stages held during the interview share ``total_minutes`` in proportion to
        their default minutes, rounded so that they add up exactly (largest
        remainder); stages before or after the interview keep their own minutes.
        """
        inside = [s for s in self.stages if s.during_interview]
        weight = sum(s.minutes for s in inside)
        shares = {s.key: 0 for s in inside}
        if inside and weight > 0:
            total = max(0, int(total_minutes))
            # Whole-number arithmetic: floats could misjudge an exact share (7.0 as 6.99…).
            split = {s.key: divmod(total * s.minutes, weight) for s in inside}
            shares = {key: whole for key, (whole, _) in split.items()}
            short = total - sum(shares.values())
            by_remainder = sorted(split, key=lambda k: split[k][1], reverse=True)
            for key in by_remainder[:short]:
                shares[key] += 1
        return {s.key: shares.get(s.key, s.minutes) for s in self.stages}

    def interview_minutes(self) -> int:
        """The default interview length: the minutes of the stages held during it."""
        return sum(s.minutes for s in self.stages if s.during_interview)


def _text(value: Any, where: str) -> Text:
    if not isinstance(value, Mapping):
        raise AgendaError(f"{where}: expected a table with 'nl' and 'en' texts.")
    missing = [lang for lang in LANGUAGES if not str(value.get(lang, "")).strip()]
    if missing:
        raise AgendaError(f"{where}: the text in {', '.join(missing)} is missing.")
    return Text(nl=str(value["nl"]).strip(), en=str(value["en"]).strip())


def _items(values: Iterable[Any], where: str) -> tuple[ChecklistItem, ...]:
    items: list[ChecklistItem] = []
    for n, raw in enumerate(values, start=1):
        if not isinstance(raw, Mapping) or not str(raw.get("key", "")).strip():
            raise AgendaError(f"{where}, item {n}: every item needs a 'key'.")
        covered = raw.get("covered")
        items.append(ChecklistItem(
            key=str(raw["key"]), label=_text(raw, f"{where}, item {n}"),
            covered=None if covered is None else _text(covered, f"{where}, item {n}, covered")))
    duplicates = _duplicates(i.key for i in items)
    if duplicates:
        raise AgendaError(f"{where}: two items share the key {', '.join(duplicates)}.")
    return tuple(items)


def _duplicates(keys: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    twice: list[str] = []
    for key in keys:
        if key in seen and key not in twice:
            twice.append(key)
        seen.add(key)
    return twice


def _list_of_tables(data: Mapping[str, Any], name: str) -> list[Mapping[str, Any]]:
    """``data[name]`` as a list of tables, so that a ``[stage]`` written where
    ``[[stage]]`` was meant gives a clear message instead of a crash."""
    value = data.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
        raise AgendaError(f"'{name}' must be a list of tables, each written as [[{name}]].")
    return value


def parse_agenda(data: Mapping[str, Any]) -> Agenda:
    """Build an :class:`Agenda` from parsed TOML, checking everything the app relies on."""
    stages: list[Stage] = []
    for n, raw in enumerate(_list_of_tables(data, "stage"), start=1):
        key = str(raw.get("key", "")).strip()
        where = f"stage {n} ({key or 'no key'})"
        if not key:
            raise AgendaError(f"{where}: every stage needs a 'key'.")
        minutes = raw.get("minutes", 0)
        if isinstance(minutes, bool) or not isinstance(minutes, int) or minutes < 0:
            raise AgendaError(f"{where}: 'minutes' must be a whole number of 0 or more.")
        during_interview = raw.get("during_interview", True)
        if not isinstance(during_interview, bool):
            raise AgendaError(f"{where}: 'during_interview' must be true or false.")
        stages.append(
            Stage(
                key=key,
                name=_text(raw.get("name"), f"{where}, name"),
                short_name=_text(raw.get("short", raw.get("name")), f"{where}, short name"),
                minutes=minutes,
                during_interview=during_interview,
                guidance=_text(raw.get("guidance"), f"{where}, guidance"),
                items=_items(raw.get("items", []), where),
            )
        )
    keys = [s.key for s in stages]
    duplicates = _duplicates(keys)
    if duplicates:
        raise AgendaError(f"Two stages share the key {', '.join(duplicates)}.")
    missing = [k for k in REQUIRED_STAGES if k not in keys]
    if missing:
        raise AgendaError(f"The agenda lacks the stage(s): {', '.join(missing)}.")
    return Agenda(
        intro=_text(data.get("intro"), "intro"),
        stages=tuple(stages),
        not_forget=_items(_list_of_tables(data, "not_forget"), "not_forget"),
    )


def read_agenda(path: Path) -> Agenda:
    """Read and check the agenda file at ``path``."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as error:
        raise AgendaError(f"{path}: cannot be read ({error.strerror}).") from error
    except tomllib.TOMLDecodeError as error:
        raise AgendaError(f"{path}: not valid TOML ({error}).") from error
    try:
        return parse_agenda(data)
    except AgendaError as error:
        raise AgendaError(f"{path}: {error}") from error


@cache
def default_agenda() -> Agenda:
    """The agenda shipped with the application."""
    return read_agenda(DEFAULT_AGENDA_PATH)


def load_agenda(data_dir: Path | None = None) -> Agenda:
    """The firm's own agenda from ``data_dir/agenda.toml`` if there is one, else the
    shipped one. A broken firm agenda raises :class:`AgendaError` rather than being
    silently ignored: the interviewer must know their edits did not take."""
    if data_dir is not None:
        custom = Path(data_dir) / AGENDA_FILE
        if custom.exists():
            return read_agenda(custom)
    return default_agenda()
