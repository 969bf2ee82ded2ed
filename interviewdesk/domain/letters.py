"""Letters and e-mails to candidates: the templates, and filling them in.

A template is a small TOML file with a ``subject`` and a ``body``, one per template and
language (``invitation.nl.toml``). The shipped ones live in
``resources/letters/``; a firm overrides any of them by putting a file
of the same name in the ``letters/`` folder of its data folder.

In the text, ``{candidate_name}`` and the other names of :data:`PLACEHOLDERS` are
filled from the data; ``{u-text|je-text}`` picks the text for the candidate's form of
address (Dutch "u" or "je": ``{Geachte|Beste}``, ``{uw|je}``), and ``{{`` / ``}}`` are
literal braces. A name that is not a placeholder is an error naming it and the file —
a firm's typo must not reach a candidate. A value the data does not have is written
as «its name» (``«datum gesprek»``): visible, so that nobody sends a letter with a
hole in it.

Pure Python: no Qt, no database. ``store.letters`` gathers the values.
"""

import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from urllib.parse import quote

from interviewdesk.resource_files import resource

#: The templates, in the order the dialog offers them.
TEMPLATES = ("invitation", "rejection_cv", "rejection_interview", "next_round",
             "offer_on_hold", "thank_you")
#: Templates that tell the candidate "no": the contact log then needs the reasons.
REJECTIONS = frozenset({"rejection_cv", "rejection_interview"})
LANGUAGES = ("nl", "en")
#: The candidate's form of address in Dutch letters; "u" unless they chose otherwise.
ADDRESS_FORMS = ("u", "je")
DEFAULT_ADDRESS_FORM = "u"
#: The folder in the data folder where a firm keeps its own templates.
FIRM_FOLDER = "letters"
SHIPPED_FOLDER = resource("letters")
#: The settings keys (section/name) of the firm's details; ``ui/settings.py`` writes
#: them, the command line reads them without Qt (``store.letters``).
FIRM_NAME_KEY = "letters/firm_name"
FIRM_ADDRESS_KEY = "letters/firm_address"
SENDER_NAME_KEY = "letters/sender_name"
#: Longest template file read (a letter, not a book); larger is a clear error.
TEMPLATE_MAX_BYTES = 64_000

#: Every placeholder with how a missing value shows, per language.
PLACEHOLDERS: dict[str, dict[str, str]] = {
    "candidate_name": {"nl": "naam kandidaat", "en": "candidate's name"},
    "candidate_first_name": {"nl": "voornaam kandidaat", "en": "candidate's first name"},
    "vacancy_title": {"nl": "vacature", "en": "vacancy"},
    "interview_date": {"nl": "datum gesprek", "en": "interview date"},
    "interview_time": {"nl": "tijd gesprek", "en": "interview time"},
    "interview_place": {"nl": "plaats gesprek", "en": "interview place"},
    "interview_length": {"nl": "duur gesprek", "en": "interview length"},
    "panel": {"nl": "namen panel", "en": "panel names"},
    "reasons": {"nl": "redenen", "en": "reasons"},
    "feedback_date": {"nl": "datum terugkoppeling", "en": "feedback date"},
    "firm_name": {"nl": "naam organisatie", "en": "firm name"},
    "sender_name": {"nl": "naam afzender", "en": "sender's name"},
}

_WEEKDAYS = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}
_AND = {"nl": "en", "en": "and"}
_MINUTES = {"nl": "{n} minuten", "en": "{n} minutes"}


class LetterTemplateError(Exception):
    """A template cannot be used; ``str(error)`` names the file and what is wrong (in
    English, as every message of the domain)."""


@dataclass(frozen=True)
class LetterTemplate:
    """One template in one language, as read from ``source`` (a path, for messages)."""

    name: str
    language: str
    subject: str
    body: str
    source: str


@dataclass(frozen=True)
class Letter:
    """A filled-in template; ``missing`` names the placeholders the data lacked (shown
    as «…» in the text)."""

    subject: str
    body: str
    missing: tuple[str, ...] = ()


# -- reading templates --------------------------------------------------------------


def file_name(name: str, language: str) -> str:
    """The template's file name, shipped and in a firm's folder alike."""
    return f"{name}.{language}.toml"


def parse_template(text: str, name: str, language: str, source: str) -> LetterTemplate:
    """Check and return the template in ``text``; :class:`LetterTemplateError` naming
    ``source`` for bad TOML, a missing or non-text subject/body, an unknown key or
    placeholder, or a malformed je/u choice."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise LetterTemplateError(f"{source}: not valid TOML ({error}).") from error
    unknown_keys = sorted(set(data) - {"subject", "body"})
    if unknown_keys:
        raise LetterTemplateError(
            f"{source}: unknown key {unknown_keys[0]!r} (a template has 'subject' and "
            "'body').")
    for key in ("subject", "body"):
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise LetterTemplateError(f"{source}: '{key}' is missing or empty.")
    subject, body = data["subject"], data["body"]
    if "\n" in subject.strip():
        raise LetterTemplateError(f"{source}: the subject must be one line.")
    for key, value in (("subject", subject), ("body", body)):
        _check_fields(value, f"{source}, {key}")
    return LetterTemplate(name=name, language=language, subject=subject.strip(),
                          body=body.strip("\n"), source=source)


def _check_fields(text: str, where: str) -> None:
    def name(field: str) -> str:
        if field.strip() not in PLACEHOLDERS:
            raise LetterTemplateError(
                f"{where}: unknown placeholder {{{field}}}; known are "
                f"{', '.join('{' + known + '}' for known in PLACEHOLDERS)}.")
        return ""

    _walk(text, name, None, where)


def _walk(text: str, on_name: Callable[[str], str], side: int | None, where: str) -> str:
    """``text`` with each ``{name}`` replaced by ``on_name(name)`` and each
    ``{u-text|je-text}`` by its side ``side`` (0 for "u"), walked in turn: a choice may
    hold placeholders (``{Geachte {candidate_name}|Beste {candidate_first_name}}``).
    With ``side`` ``None`` both sides are walked (to check them) and nothing is kept."""
    out: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "}":
            raise LetterTemplateError(f"{where}: a '}}' without its '{{'.")
        if char != "{":
            out.append(char)
            i += 1
            continue
        depth, j = 1, i + 1
        while j < len(text) and depth:
            depth += {"{": 1, "}": -1}.get(text[j], 0)
            j += 1
        if depth:
            raise LetterTemplateError(f"{where}: a '{{' without its '}}'.")
        inner = text[i + 1:j - 1]
        parts = _top_level_split(inner)
        if len(parts) == 1:
            out.append(on_name(inner))
        elif len(parts) == 2:
            if side is None:
                for part in parts:
                    _walk(part, on_name, None, where)
            else:
                out.append(_walk(parts[side], on_name, side, where))
        else:
            raise LetterTemplateError(
                f"{where}: {{{inner}}} must be one choice {{u-text|je-text}}.")
        i = j
    return "".join(out)


def _top_level_split(inner: str) -> list[str]:
    """``inner`` split at the '|' outside nested braces."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(inner):
        depth += {"{": 1, "}": -1}.get(char, 0)
        if char == "|" and depth == 0:
            parts.append(inner[start:index])
            start = index + 1
    parts.append(inner[start:])
    return parts


def read_template(path: Path, name: str, language: str) -> LetterTemplate:
    """Read and check the template file at ``path``."""
    try:
        if not path.is_file():  # a folder, a pipe or a device would never end
            raise LetterTemplateError(f"{path}: not a file.")
        with path.open("rb") as handle:
            raw = handle.read(TEMPLATE_MAX_BYTES + 1)
        if len(raw) > TEMPLATE_MAX_BYTES:
            raise LetterTemplateError(
                f"{path}: too large for a letter template (at most {TEMPLATE_MAX_BYTES} "
                "bytes).")
    except OSError as error:
        raise LetterTemplateError(
            f"{path}: cannot be read ({error.strerror or error}).") from error
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise LetterTemplateError(f"{path}: not UTF-8 text.") from error
    return parse_template(text, name, language, str(path))


def _check_choice(name: str, language: str) -> None:
    if name not in TEMPLATES:
        raise LetterTemplateError(
            f"There is no letter template {name!r}; known are {', '.join(TEMPLATES)}.")
    if language not in LANGUAGES:
        raise LetterTemplateError(
            f"Letters are written in {' or '.join(LANGUAGES)}, not {language!r}.")


def firm_template_path(data_dir: Path, name: str, language: str) -> Path:
    """Where a firm's own version of the template lives (it may not exist)."""
    return Path(data_dir) / FIRM_FOLDER / file_name(name, language)


def load_template(name: str, language: str, data_dir: Path | None = None) -> LetterTemplate:
    """The firm's own template from ``data_dir/letters/`` if it has one, else the
    shipped one. A broken firm file raises :class:`LetterTemplateError` rather than
    falling back silently: the firm must know its edit did not take."""
    _check_choice(name, language)
    if data_dir is not None:
        custom = firm_template_path(data_dir, name, language)
        if custom.exists():
            return read_template(custom, name, language)
    return read_template(SHIPPED_FOLDER / file_name(name, language), name, language)


def is_firm_template(name: str, language: str, data_dir: Path | None) -> bool:
    """Whether the firm has its own version of this template."""
    return data_dir is not None and firm_template_path(data_dir, name, language).exists()


# -- filling them in ----------------------------------------------------------------


def missing_marker(placeholder: str, language: str) -> str:
    """How an unknown value shows in the text: «datum gesprek»."""
    names = PLACEHOLDERS.get(placeholder, {})
    return f"«{names.get(language, placeholder)}»"


def fill(text: str, values: Mapping[str, str], language: str, address_form: str,
         missing: list[str]) -> str:
    """``text`` with its fields filled (see the module docstring); the placeholders
    without a value are appended to ``missing``."""
    form = address_form if address_form in ADDRESS_FORMS else DEFAULT_ADDRESS_FORM

    def name(field: str) -> str:
        key = field.strip()
        if key not in PLACEHOLDERS:
            raise LetterTemplateError(f"Unknown placeholder {{{key}}}.")
        value = (values.get(key) or "").strip()
        if not value:
            if key not in missing:
                missing.append(key)
            return missing_marker(key, language)
        return value

    return _walk(text, name, ADDRESS_FORMS.index(form), "the text")


def render(template: LetterTemplate, values: Mapping[str, str],
           address_form: str = DEFAULT_ADDRESS_FORM) -> Letter:
    """The letter ``template`` gives for ``values`` (placeholder → text)."""
    missing: list[str] = []
    subject = fill(template.subject, values, template.language, address_form, missing)
    body = fill(template.body, values, template.language, address_form, missing)
    return Letter(subject=" ".join(subject.split()), body=body, missing=tuple(missing))


# -- values as letters write them ---------------------------------------------------


def first_name(name: str) -> str:
    """The first word of a full name ("Sanne" of "Sanne de Vries")."""
    parts = name.split()
    return parts[0] if parts else ""


def long_date(day: date | None, language: str) -> str:
    """"donderdag 3 december 2026", "Thursday 3 December 2026"; "" for ``None``."""
    if day is None:
        return ""
    weekday = _WEEKDAYS[language][day.weekday()]
    return f"{weekday} {day.day} {_MONTHS[language][day.month - 1]} {day.year}"


def short_date(day: date | None, language: str) -> str:
    """"3 december 2026"; "" for ``None``."""
    if day is None:
        return ""
    return f"{day.day} {_MONTHS[language][day.month - 1]} {day.year}"


def clock_time(moment: datetime | None) -> str:
    """"10:00" (the moment as given: the caller puts it on the local clock)."""
    return "" if moment is None else f"{moment:%H:%M}"


def length(minutes: int | None, language: str) -> str:
    """"60 minuten"; "" when unknown."""
    return "" if not minutes or minutes <= 0 else _MINUTES[language].format(n=minutes)


def name_list(names: list[str] | tuple[str, ...], language: str) -> str:
    """"Anna, Bert en Carla"; "Anna, Bert and Carla"."""
    names = [n.strip() for n in names if n.strip()]
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {_AND[language]} {names[-1]}"


# -- sending ------------------------------------------------------------------------

#: The longest ``mailto:`` link handed to the system: Windows and several mail
#: programs cut or refuse longer ones (about 2,000 characters).
MAILTO_MAX = 2000


def mailto_url(to: str, subject: str, body: str) -> str:
    """A ``mailto:`` link (RFC 6068) with the address, subject and body, every
    character percent-encoded as UTF-8 and line breaks as CRLF."""
    address = quote(to.strip(), safe="@")
    normalised = "\r\n".join(body.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    query = f"subject={quote(subject, safe='')}&body={quote(normalised, safe='')}"
    return f"mailto:{address}?{query}"


def mailto_fits(url: str) -> bool:
    """Whether ``url`` is short enough for every mail program to receive whole."""
    return len(url) <= MAILTO_MAX


def contact_summary(subject: str, body: str, lines: int = 3, limit: int = 400) -> str:
    """What the contact log notes of a letter: the subject and its first lines of text."""
    text = [line.strip() for line in body.splitlines() if line.strip()]
    if text and text[0].endswith(","):  # the salutation says nothing
        text = text[1:]
    summary = "\n".join([subject.strip(), *text[:lines]])
    return summary if len(summary) <= limit else summary[: limit - 1].rstrip() + "…"
