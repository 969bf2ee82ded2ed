"""Contact details found in the text of a CV: name, e-mail address, phone number and
city, to be *offered* when a CV is imported — never saved without the user ticking
them (a CV's text is the candidate's, but a wrong guess in the contact fields would
send a rejection to the wrong person).

Why heuristics and no list of towns or names: the app works offline and small, and
CVs state their contact details in a few ways only — a label ("Naam:", "Telefoon:",
"Woonplaats:", "E-mail:") or an address line with a Dutch postcode ("1234 AB
Utrecht"). What looks like a number but is not a phone number — dates, IBANs, KvK,
BSN and BTW numbers, year ranges — is removed before phone numbers are looked for.
A value that is not certain enough is left out: finding nothing costs the user a
few keystrokes, a wrong value costs a wrong letter.
"""

import re
from dataclasses import dataclass

#: Lines from the top of the CV in which a name without a label is looked for.
NAME_LINES = 12
#: Characters read from the start of the text: contact details stand at the top or
#: foot of a CV's first pages, and a document of megabytes (a hostile or mis-read file)
#: must not keep the window waiting (≈ 1 s per megabyte).
SCAN_CHARS = 20_000
#: Longest value offered (longer is not a name, number or town).
VALUE_MAX = 120

_LABEL_END = r"\s*[:：]\s*"
_NAME_LABEL = re.compile(r"^\s*(?:naam|volledige naam|name|full name)" + _LABEL_END + r"(.+)$",
                         re.IGNORECASE | re.MULTILINE)
_CITY_LABEL = re.compile(r"^\s*(?:woonplaats|plaats|city|town|place of residence|residence)"
                         + _LABEL_END + r"(.+)$", re.IGNORECASE | re.MULTILINE)
_PHONE_LABEL = re.compile(r"\b(?:tel(?:efoon)?(?:nummer)?|mobiel|mob|gsm|phone|mobile|"
                          r"telephone|cell)\b", re.IGNORECASE)
_EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+"
                    r"(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}(?![\w-])")

# Numbers that are no phone numbers, blanked out before phone numbers are looked for.
_NOT_PHONES = (
    # IBAN: country, check digits, 11–30 letters and digits, often in groups of four.
    re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b"),
    # Dates: 12-03-2024, 1.3.24, 2024-03-12, 03/2019.
    re.compile(r"(?<!\d[-/.])\b\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})(?![-/.]?\d)"),
    re.compile(r"\b\d{4}-\d{2}-\d{2}\b"),
    re.compile(r"\b\d{1,2}[-/]\d{4}\b"),
    # Numbers with a label that says what they are (KvK, BSN, BTW/VAT, account).
    re.compile(r"\b(?:kvk|k\.v\.k\.|kamer van koophandel|bsn|sofi|btw|vat|iban|rekening|"
               r"account|bank|postbus|p\.?o\.? box)\b[^\n]{0,25}?[\d][\d .-]*",
               re.IGNORECASE),
)
# A run that may be a phone number: an optional + or 00, then digits with spaces,
# dashes, dots, slashes or a "(0)" in between.
_PHONE_RUN = re.compile(r"(?<![\w+])(?:\+|00)?\d(?:[\d \-./]|\(0\)|\(\d{1,4}\)){7,22}\d(?!\w)")

# A Dutch postcode and the town after it on the same line: "3511 AB Utrecht",
# "3511AB  Den Haag", "5211 AB 's-Hertogenbosch".
_POSTCODE_CITY = re.compile(
    r"(?<![\w-])(?P<digits>[1-9]\d{3})[ ]?(?P<letters>[A-Z]{2})(?![\w-])[ \t,]+"
    r"(?P<city>(?:'[st][ -])?[A-Z][\w'’.-]*(?:[ -](?:[a-z]{1,3}/[a-z]{1,3}|aan|op|de|den|"
    r"der|bij|in|van|ter|ten|het|'t|[A-Z][\w'’.-]*)(?![\w'’]))*)")
_POSTCODE_LETTERS_NEVER = {"SA", "SD", "SS"}
#: Letter pairs after a year that are far more often a job word than a postcode.
_JOB_ABBREVIATIONS = {"HR", "IT", "PR", "QA", "BV", "NV", "CV", "UX", "UI", "VS", "EU", "UK",
                      "US", "MA", "BA", "MT", "KAM", "ZZP", "HBO", "MBO", "WO"}

# Words that open a CV but are not the candidate's name.
_NOT_NAMES = {
    "curriculum", "vitae", "cv", "resume", "résumé", "personalia", "persoonsgegevens",
    "personal", "details", "profiel", "profile", "motivatiebrief", "sollicitatiebrief",
    "contact", "contactgegevens", "adres", "address", "werkervaring", "experience",
    "opleiding", "opleidingen", "education", "vaardigheden", "skills", "over", "mij",
    "about", "me", "summary", "samenvatting", "page", "pagina", "van", "de",
}
# Endings of job titles and trades, which also come in two capitalised words at the top
# of a CV ("Senior Developer", "Allround Monteur").
_JOB_ENDINGS = ("monteur", "manager", "developer", "engineer", "medewerker", "adviseur",
                "specialist", "consultant", "assistent", "assistant", "verkoper",
                "technicus", "coördinator", "coordinator", "directeur", "director", "student",
                "designer", "analist", "analyst", "officer", "planner", "leider", "trainee",
                "installateur", "elektricien", "vitae", "kundige", "kundig")
_PARTICLES = {"van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "in", "op", "la",
              "le", "du", "da", "di", "von", "el", "al", "bin", "y"}
_NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿA-ZÀ-ÖØ-Þ'’.-]*$")


@dataclass(frozen=True)
class FoundContacts:
    """What was found; "" for what was not."""

    name: str = ""
    email: str = ""
    phone: str = ""
    city: str = ""

    def items(self) -> list[tuple[str, str]]:
        """(field, value) of each value found, in the order of the candidate form."""
        return [(field, value) for field, value in (("name", self.name), ("email", self.email),
                                                    ("phone", self.phone), ("city", self.city))
                if value]


@dataclass(frozen=True)
class Offer:
    """One value to offer: the field, the value found, what the field holds now, and
    whether it is ticked at first (only when the field is empty: a value the user
    typed is never replaced unless they tick it)."""

    field: str
    value: str
    current: str
    ticked: bool


def find_contacts(text: str) -> FoundContacts:
    """The name, e-mail, phone and city in the CV ``text`` (each "" if not found)."""
    text = text[:SCAN_CHARS].replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    return FoundContacts(name=find_name(text), email=find_email(text),
                         phone=find_phone(text), city=find_city(text))


def offers(found: FoundContacts, current: dict[str, str]) -> list[Offer]:
    """The values of ``found`` worth offering against the fields' ``current`` values:
    a value the field already holds (ignoring case and spacing; for phones, the
    digits) is not offered again."""
    result = []
    for field, value in found.items():
        now = current.get(field, "")
        if _same(field, value, now):
            continue
        result.append(Offer(field, value, now, ticked=not now.strip()))
    return result


def _same(field: str, found: str, current: str) -> bool:
    if field == "phone":
        return bool(current) and _phone_digits(found) == _phone_digits(current)
    return " ".join(found.split()).casefold() == " ".join(current.split()).casefold()


def _phone_digits(number: str) -> str:
    """The number as digits in international form where it can be told (Dutch
    "06…" and "+316…" compare equal)."""
    digits = re.sub(r"\D", "", number.replace("(0)", ""))
    if number.strip().startswith("+"):
        return digits
    if digits.startswith("00"):
        return digits[2:]
    if digits.startswith("0"):
        return "31" + digits[1:]
    return digits


def _clean(value: str) -> str:
    value = " ".join(value.split()).strip(" ,;·|•-–")
    return value if 0 < len(value) <= VALUE_MAX else ""


# -- e-mail ------------------------------------------------------------------------------


def find_email(text: str) -> str:
    """The first e-mail address in ``text``."""
    match = _EMAIL.search(text)
    return match.group(0).rstrip(".") if match else ""


# -- phone -------------------------------------------------------------------------------


def find_phone(text: str) -> str:
    """The phone number in ``text``: one on a line labelled as a phone number first,
    else the first plausible one. Dutch numbers have 10 digits starting with 0
    (06-12345678, 030 123 45 67); international ones start with + or 00 and have
    9 to 15 digits (+31 6 1234 5678, +32 470 12 34 56, +31 (0)20 123 4567)."""
    blanked = text
    for pattern in _NOT_PHONES:
        blanked = pattern.sub(lambda m: " " * len(m.group(0)), blanked)
    first = ""
    for line in blanked.split("\n"):
        for match in _PHONE_RUN.finditer(line):
            number = _clean(match.group(0))
            if not _plausible_phone(number):
                continue
            if _PHONE_LABEL.search(line[:match.start()]):
                return number
            first = first or number
    return first


def _plausible_phone(number: str) -> bool:
    digits = re.sub(r"\D", "", number.replace("(0)", ""))
    if number.startswith("+"):
        return 9 <= len(digits) <= 15 and not digits.startswith("0")
    if number.startswith("00"):
        return 11 <= len(digits) <= 17 and digits[2] != "0"
    if not digits.startswith("0") or len(digits) != 10:
        return False
    # A Dutch number written with separators groups its digits as numbers do: a run of
    # single digits with spaces ("0 1 2 3") or more than four groups is something else.
    groups = re.split(r"[ \-./]+", number)
    return len(groups) <= 5 and all(len(group) >= 2 for group in groups[1:])


# -- city --------------------------------------------------------------------------------


def find_city(text: str) -> str:
    """The town after a label ("Woonplaats: Utrecht") or after a Dutch postcode on an
    address line ("Oudegracht 1, 3511 AB Utrecht"); a postcode with no town after it
    gives nothing."""
    label = _CITY_LABEL.search(text)
    if label:
        city = _clean(re.split(r"[,;(|]", label.group(1))[0])
        if city and not re.search(r"\d", city):
            return city
    for line in text.split("\n"):
        for match in _POSTCODE_CITY.finditer(line):
            digits, letters = match.group("digits"), match.group("letters")
            if letters in _POSTCODE_LETTERS_NEVER:
                continue
            if letters in _JOB_ABBREVIATIONS and 1950 <= int(digits) <= 2049:
                continue  # "2019 HR Manager"
            before = line[:match.start()]
            if re.search(r"\b(?:19|20)\d{2}\s*[-–—]\s*$", before):
                continue  # "2017 – 2019 IT …": a year range, not an address
            city = _clean(match.group("city").rstrip(".,"))
            if city:
                return city
    return ""


# -- name --------------------------------------------------------------------------------


def find_name(text: str) -> str:
    """The name after a label ("Naam: Daniëlle Kok"), else the first line near the top
    that reads as a name: two to six words, each capitalised or a particle (van, de,
    ter …), nothing else on the line."""
    label = _NAME_LABEL.search(text)
    if label:
        name = _clean(label.group(1))
        if _reads_as_name(name):
            return name
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for line in lines[:NAME_LINES]:
        candidate = _clean(line)
        if _reads_as_name(candidate):
            return candidate if not candidate.isupper() else _title(candidate)
    return ""


def _reads_as_name(value: str) -> bool:
    words = value.split()
    if not 2 <= len(words) <= 6:
        return False
    if any(word.casefold().strip(".:") in _NOT_NAMES for word in words
           if word.casefold() not in _PARTICLES):
        return False
    if words[-1].casefold() in _PARTICLES:
        return False
    capitalised = 0
    for word in words:
        if word.casefold() in _PARTICLES:
            continue
        initials = re.fullmatch(r"[A-Z]\.(?:[A-Z]\.)*", word)  # J.P.
        if (not _NAME_WORD.match(word) or word.endswith(".")) and not initials:
            return False
        capitalised += 1
    return capitalised >= 2 and not any(
        word.casefold().endswith(_JOB_ENDINGS) for word in words)


def _title(value: str) -> str:
    """An all-capitals name as a name is written: particles in lower case."""
    return " ".join(word.lower() if word.casefold() in _PARTICLES else
                    "-".join(part.capitalize() for part in word.split("-"))
                    for word in value.split())
