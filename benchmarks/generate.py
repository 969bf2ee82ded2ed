"""A large, realistic database for the benchmarks: thousands of vacancies and candidates.

The schema comes from the real migrations (:func:`interviewdesk.store.startup.open_store`),
so the benchmark measures the database a user would have; the rows go in with SQLAlchemy
Core ``insert()`` and executemany, one transaction per table, because building ten
thousand ORM objects would take longer than the thing being measured.

Names are Dutch-ish, with the diacritics and name particles real candidate lists have
(``Zoë van den Berg``, ``Noël ’t Hart``), so sorting and searching see realistic text.
"""

import argparse
import random
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Table, func, insert, select

from interviewdesk.store import models
from interviewdesk.store.startup import open_store

FIRST_NAMES = (
    "Sanne", "Daan", "Anouk", "Eline", "Jeroen", "Thijs", "Loïs", "Zoë", "Noël", "Chloë",
    "Ruud", "Joël", "Maëlle", "Anaïs", "René", "Hélène", "Gaël", "Inge", "Bram", "Femke",
    "Sven", "Lotte", "Niels", "Iris", "Wouter", "Fleur", "Joost", "Marloes", "Koen", "Esmée",
    "Mohamed", "Fatima", "Ayşe", "Emre", "Priya", "Nguyễn", "Jan-Willem", "Anne-Marie",
    "Siebe", "Tjitske", "Sjoerd", "Renée", "Désirée", "Michiel", "Hanneke", "Stijn",
)
LAST_NAMES = (
    "de Vries", "van den Berg", "van Dijk", "Bakker", "Jansen", "Visser", "Smit", "Meijer",
    "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen",
    "Dekker", "Brouwer", "de Wit", "Dijkstra", "de Graaf", "van der Meer", "van der Linden",
    "Kok", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "de Bruijn",
    "van der Heijden", "Schouten", "van Beek", "Willems", "Hoekstra", "Verhoeven",
    "van Dam", "van der Wal", "Prins", "Huisman", "’t Hart", "Çelik", "Yılmaz", "El Amrani",
    "Öztürk", "Bouzid", "Kuiper", "IJzerman", "Sánchez", "Müller", "Wójcik",
)
CITIES = (
    "Utrecht", "Amsterdam", "’s-Hertogenbosch", "Den Haag", "Groningen", "Zwolle",
    "Leeuwarden", "Eindhoven", "Maastricht", "Nijmegen", "Arnhem", "Tilburg", "Breda",
    "Delft", "Haarlem", "Enschede", "Almere", "Hoorn", "Zaandam", "Sittard-Geleen",
)
JOB_TITLES = (
    "Servicemonteur", "Backend-ontwikkelaar", "Medewerker klantenservice",
    "Financieel administratief medewerker", "Projectleider", "Verpleegkundige",
    "Logistiek medewerker", "Accountmanager", "HR-adviseur", "Elektricien",
    "Chauffeur C/E", "Docent Nederlands", "Data-analist", "Receptionist(e)", "Kok",
    "Timmerman", "Office manager", "Controller", "Installateur warmtepompen",
    "Communicatieadviseur",
)
LEVELS = ("", "", "Junior ", "Senior ", "Allround ", "Leerling-")
DEPARTMENTS = ("Service", "ICT", "Klantcontact", "Financiën", "Zorg", "Logistiek",
               "Verkoop", "HR", "Techniek", "Onderwijs")
COMPETENCIES = (
    ("Klantgerichtheid", "core"), ("Samenwerken", "soft"),
    ("Probleemoplossend vermogen", "core"), ("Communicatie", "soft"),
    ("Zelfstandigheid", "core"), ("Nauwkeurigheid", "core"),
    ("Technisch inzicht", "technical"), ("Flexibiliteit", "soft"),
    ("Resultaatgerichtheid", "core"), ("Stressbestendigheid", "soft"),
    ("Leervermogen", "core"), ("Initiatief", "soft"),
)
ANCHORS = (
    "Laat het gedrag niet zien, ook niet met hulp.",
    "Laat het gedrag soms zien, met hulp.",
    "Laat het gedrag zelfstandig zien in gewone situaties.",
    "Laat het gedrag ook onder druk zien.",
    "Is er een voorbeeld in voor anderen.",
)
STATUSES = ("applied", "invited", "interviewed", "offered", "hired", "rejected", "withdrawn")
STATUS_WEIGHTS = (30, 20, 25, 5, 5, 12, 3)
STAGES = ("preparation", "opening", "experience", "skills", "behavioural",
          "candidate_questions", "closing", "assessment")
ROLES = ("chair", "member", "note_taker", "hr")
#: Part of the applications that has an interview scheduled.
INTERVIEW_SHARE = 0.3


@dataclass(frozen=True)
class GeneratedCounts:
    """How many rows of each kind the generator wrote."""

    vacancies: int
    competencies: int
    candidates: int
    applications: int
    interviewers: int
    interviews: int
    panel_members: int


def _table(model: type) -> Table:
    return model.__table__  # type: ignore[attr-defined,no-any-return]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def _email(name: str, number: int) -> str:
    plain = name.lower().replace(" ", ".").replace("’", "")
    return f"{plain}.{number}@example.nl"


def _vacancy_rows(count: int, rng: random.Random, now: datetime) -> list[dict[str, Any]]:
    rows = []
    for number in range(1, count + 1):
        city = rng.choice(CITIES)
        level, job = rng.choice(LEVELS), rng.choice(JOB_TITLES)
        title = f"{level}{job.lower() if level else job} {city}"
        rows.append({
            "id": number,
            "title": title,
            "department": rng.choice(DEPARTMENTS),
            "location": city,
            "text": f"Voor ons team in {city} zoeken wij een {title.lower()} (32–40 uur).",
            "procedure_end": (now + timedelta(days=rng.randint(-30, 90))).date(),
            "created_at": now - timedelta(days=rng.randint(0, 365)),
            "updated_at": now,
        })
    return rows


def _competency_rows(vacancy_ids: Sequence[int], rng: random.Random) -> list[dict[str, Any]]:
    rows = []
    for vacancy_id in vacancy_ids:
        for position, (name, kind) in enumerate(rng.sample(COMPETENCIES, rng.randint(3, 6))):
            rows.append({
                "id": len(rows) + 1,
                "vacancy_id": vacancy_id,
                "position": position,
                "name": name,
                "kind": kind,
                "weight": rng.choice((1.0, 1.0, 1.5, 2.0)),
                "description": "",
                "keywords": name.lower(),
                **{f"anchor_{point}": ANCHORS[point - 1] for point in range(1, 6)},
            })
    return rows


def _candidate_rows(count: int, rng: random.Random, now: datetime) -> list[dict[str, Any]]:
    rows = []
    for number in range(1, count + 1):
        name = _person(rng)
        rows.append({
            "id": number,
            "name": name,
            "email": _email(name, number),
            "phone": f"06-{rng.randint(10_000_000, 99_999_999)}",
            "city": rng.choice(CITIES),
            "notes": "",
            "cv_text": f"{name}\nWerkervaring: {rng.choice(JOB_TITLES)} bij Bakker & Zn.",
            "letter_text": "",
            "retention_consent": rng.random() < 0.2,
            "consent_recorded_at": None,
            "created_at": now - timedelta(days=rng.randint(0, 180)),
            "updated_at": now,
        })
    return rows


def _application_rows(
    candidate_count: int, vacancy_count: int, rng: random.Random, now: datetime
) -> list[dict[str, Any]]:
    return [
        {
            "id": number,
            "candidate_id": number,
            "vacancy_id": rng.randint(1, vacancy_count),
            "status": rng.choices(STATUSES, STATUS_WEIGHTS)[0],
            "created_at": now - timedelta(days=rng.randint(0, 120)),
        }
        for number in range(1, candidate_count + 1)
    ]


def _interviewer_rows(count: int, rng: random.Random) -> list[dict[str, Any]]:
    return [
        {"id": number, "name": (name := _person(rng)), "email": _email(name, number),
         "job_title": rng.choice(("Teamleider", "HR-adviseur", "Directeur", "Vakspecialist"))}
        for number in range(1, count + 1)
    ]


def _interview_rows(
    application_ids: Sequence[int], rng: random.Random, now: datetime
) -> list[dict[str, Any]]:
    rows = []
    for application_id in application_ids:
        day = now.replace(hour=0, minute=0, second=0, microsecond=0)
        when = day + timedelta(days=rng.randint(-60, 30), hours=rng.choice((9, 10, 11, 13, 14, 15)))
        finished = when < now
        rows.append({
            "id": len(rows) + 1,
            "application_id": application_id,
            "scheduled_at": when,
            "planned_minutes": rng.choice((45, 60, 60, 90)),
            "location": rng.choice(("Vergaderruimte 1", "Kantoor", "Teams")),
            "current_stage": "assessment" if finished else "preparation",
            "started_at": when if finished else None,
            "finished_at": when + timedelta(minutes=60) if finished else None,
            "next_steps": "",
            "feedback_date": (when + timedelta(days=7)).date() if finished else None,
            "candidate_thanked": finished,
        })
    return rows


def _panel_rows(
    interview_count: int, interviewer_count: int, rng: random.Random
) -> list[dict[str, Any]]:
    rows = []
    for interview_id in range(1, interview_count + 1):
        panel = rng.sample(range(1, interviewer_count + 1), rng.randint(2, 3))
        for position, interviewer_id in enumerate(panel):
            rows.append({
                "id": len(rows) + 1,
                "interview_id": interview_id,
                "interviewer_id": interviewer_id,
                "role": ROLES[0] if position == 0 else rng.choice(ROLES[1:]),
                "position": position,
            })
    return rows


def generate_database(
    path: Path,
    candidates: int = 10_000,
    vacancies: int = 2_000,
    seed: int = 20240601,
    interviewers: int = 40,
) -> GeneratedCounts:
    """Fill the data folder ``path`` with a generated database and return what it holds.

    The folder's database is created (or upgraded) by the real migrations; it must not
    hold vacancies or candidates yet, because the generator numbers rows from 1. Every
    candidate applies to one vacancy; about a third of the applications has an
    interview with a panel of two or three; every vacancy has three to six competencies.
    The same ``seed`` gives the same database.
    """
    if vacancies < 1 or candidates < 0 or interviewers < 3:
        raise ValueError("Need at least one vacancy and three interviewers.")
    rng = random.Random(seed)
    now = datetime.now(UTC).replace(microsecond=0)
    db = open_store(Path(path))
    try:
        with db.engine.begin() as connection:
            for model in (models.Vacancy, models.Candidate):
                existing = connection.execute(select(func.count()).select_from(_table(model)))
                if existing.scalar_one():
                    raise ValueError(f"{db.path} already holds data; use an empty folder.")
            vacancy_rows = _vacancy_rows(vacancies, rng, now)
            competency_rows = _competency_rows([row["id"] for row in vacancy_rows], rng)
            candidate_rows = _candidate_rows(candidates, rng, now)
            application_rows = _application_rows(candidates, vacancies, rng, now)
            interviewer_rows = _interviewer_rows(interviewers, rng)
            with_interview = [
                row["id"] for row in application_rows if rng.random() < INTERVIEW_SHARE
            ]
            interview_rows = _interview_rows(with_interview, rng, now)
            panel_rows = _panel_rows(len(interview_rows), interviewers, rng)
            for model, rows in (
                (models.Vacancy, vacancy_rows),
                (models.Competency, competency_rows),
                (models.Candidate, candidate_rows),
                (models.Application, application_rows),
                (models.Interviewer, interviewer_rows),
                (models.Interview, interview_rows),
                (models.PanelMember, panel_rows),
            ):
                if rows:
                    connection.execute(insert(_table(model)), rows)
    finally:
        db.close()
    return GeneratedCounts(
        vacancies=len(vacancy_rows),
        competencies=len(competency_rows),
        candidates=len(candidate_rows),
        applications=len(application_rows),
        interviewers=len(interviewer_rows),
        interviews=len(interview_rows),
        panel_members=len(panel_rows),
    )


def main(argv: list[str] | None = None) -> int:
    """``python -m benchmarks.generate FOLDER``: make a large database to try the app on."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=main.__doc__)
    parser.add_argument("folder", type=Path, help="an empty data folder")
    parser.add_argument("--candidates", type=int, default=10_000)
    parser.add_argument("--vacancies", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=20240601)
    args = parser.parse_args(argv)
    counts = generate_database(args.folder, args.candidates, args.vacancies, args.seed)
    print(", ".join(f"{value} {name.replace('_', ' ')}" for name, value in asdict(counts).items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

