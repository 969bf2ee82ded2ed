"""Team mode under load: twenty interviewers' apps on one PostgreSQL server.

``python -m benchmarks.team_load [--clients 20] [--seconds 60] [--pause 0.7]`` starts a
throwaway server from the ``pgserver`` wheel (listening on 127.0.0.1 only, SCRAM
passwords, in a temporary folder that is stopped and removed at the end), runs
``team init``, and gives every client its own interviewer login. Each client is a
process of its own with its own connection, as a laptop is, and runs the store
functions the app runs:

* the interview's autosave (``interview_records.apply_changes``): the notes and the
  "asked" tick of the client's own question, and the client's own item of the
  stage's checklist — a JSON field every panel member of the interview writes to;
* the assessment form's autosave (``forms.save_form``): one score and its evidence;
* every :data:`FLUSHES_PER_FORM` flushes, ``forms.submit_form`` and on to the next
  interview, where the same four panel members (one group) meet again.

Four clients share each interview, so they contend on the same rows; the row-level
security of ``store/team.py`` is on throughout. A flush that fails (a clash with a
panel member's write) is tried again at once, as the app's autosave keeps a failed
batch and writes it again; its latency is the time until it was saved.

At the end, read as the owner: every client's last saved value of every field it
wrote must be what the server holds, and every form it submitted must be submitted
(with its "form submitted" audit entry): ``lost_writes`` counts what is not. The
autosave latency is reported as p50/p95/max over every flush of every client
(``TARGET_P95_MS`` is judged by the benchmark runner, never by a test). Prints one
JSON object. ``tests/benchmarks/test_team_load.py`` runs a short version on the test
server and fails on any lost write.
"""

import argparse
import importlib.util
import json
import multiprocessing
import os
import shutil
import socket
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

#: Target for the 95th percentile of one autosave flush on the server, in milliseconds.
TARGET_P95_MS = 20.0
#: Panel members per interview: the clients that write to the same rows.
PANEL = 4
#: Autosave flushes of one form before it is submitted.
FLUSHES_PER_FORM = 20
#: The stage whose notes and checklist the clients write.
STAGE = "skills"
#: How often a failed flush is tried again before it counts as an error.
ATTEMPTS = 10
#: What every benchmark login's password is (the server lives a minute, on loopback).
PASSWORD = "load-test-password"
#: Seconds a client waits between its saves, by default: the app's autosave delay
#: (``ui.pending_writes.DELAY_MS``, kept in step by the tests). The autosave writes
#: at most that long after the *first* unsaved change, so someone typing without a
#: pause saves once per delay and window, never more often; and every round here
#: saves both the interview's notes and the form, as if each of the 20 typed
#: nonstop in both windows at once — already more than real use. A shorter
#: ``--pause`` is a stress test of the server, not a measure of what users wait for.
AUTOSAVE_PAUSE_S = 0.7


def percentile(values: list[float], fraction: float) -> float:
    """The ``fraction`` percentile of ``values`` (nearest rank)."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[rank]


# -- the server -------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def throwaway_server() -> Iterator[str]:
    """A new PostgreSQL server on 127.0.0.1 (the owner's URL, with a password), stopped
    and its folder removed afterwards. ``RuntimeError`` where pgserver is missing."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pgserver warns about XDG_RUNTIME_DIR on import
        try:
            import pgserver
        except ImportError as error:
            raise RuntimeError("pgserver is not installed: 'python3 dev.py setup' installs "
                               "it") from error
    import psycopg

    folder = Path(tempfile.mkdtemp(prefix="interviewdesk-load-"))
    data = folder / "pg"
    server = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            server = pgserver.get_server(data, cleanup_mode="stop")
        info = server.get_postmaster_info()
        socket_dir = str(info.socket_dir)
        with psycopg.connect(dbname="postgres", user="postgres", host=socket_dir,
                             autocommit=True) as connection:
            connection.execute(f"ALTER ROLE postgres PASSWORD '{PASSWORD}'")
        # Passwords on the loopback address, as a server in an office network would ask;
        # the Unix socket (trust) is only for starting and stopping.
        (data / "pg_hba.conf").write_text(
            "local all all trust\nhost all all 127.0.0.1/32 scram-sha-256\n")
        port = _free_port()
        pgserver.pg_ctl(["-w", "-m", "fast", "-o", f"-h 127.0.0.1 -p {port} -k {socket_dir}",
                         "-l", str(data / "log"), "restart"], pgdata=data,
                        user=server.system_user, timeout=60)
        with psycopg.connect(dbname="postgres", user="postgres", host="127.0.0.1", port=port,
                             password=PASSWORD, autocommit=True) as connection:
            connection.execute("CREATE DATABASE interviewdesk")
        yield f"postgresql://postgres:{PASSWORD}@127.0.0.1:{port}/interviewdesk"
    finally:
        if server is not None:
            with suppress(Exception):  # stopped already; the folder goes anyway
                pgserver.pg_ctl(["-w", "-m", "fast", "stop"], pgdata=data,
                                user=server.system_user, timeout=60)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                server.cleanup()
        shutil.rmtree(folder, ignore_errors=True)


# -- what the clients work on -------------------------------------------------------------


@dataclass(frozen=True)
class ClientPlan:
    """One client: its login, its question, its checklist item, and the interviews it
    works through in order, with its panel seat in each."""

    number: int
    url: str
    question: int
    item: str
    competencies: tuple[int, ...]
    interviews: tuple[tuple[int, int], ...]  # (interview id, panel member id)
    seconds: float
    pause: float
    flushes_per_form: int = FLUSHES_PER_FORM


def login_url(owner_url: str, role: str) -> str:
    """``owner_url`` as the login ``role`` (with the benchmark's password)."""
    from sqlalchemy.engine import make_url

    url = make_url(owner_url).set(username=role, password=PASSWORD)
    return url.render_as_string(hide_password=False)


def prepare(owner_url: str, clients: int, seconds: float, pause: float,
            flushes_per_form: int = FLUSHES_PER_FORM) -> list[ClientPlan]:
    """``team init``, a login per client, one vacancy with three competencies and a
    question per client, and for every group of :data:`PANEL` clients enough
    interviews to submit a form every ``flushes_per_form`` flushes until the end."""
    from interviewdesk.store import team
    from interviewdesk.store.models import (
        Application,
        Candidate,
        Competency,
        Interview,
        PanelMember,
        Question,
        Vacancy,
    )
    from interviewdesk.store.startup import open_server

    team.init_server(owner_url)
    people = [team.add_interviewer(owner_url, f"Load Interviewer {n + 1:02d}", PASSWORD,
                                   login=f"load_{n + 1:02d}") for n in range(clients)]
    # A flush takes some milliseconds whatever the pause: no need for more interviews.
    forms_each = int(seconds / max(pause, 0.02) / flushes_per_form) + 2
    database = open_server(owner_url)
    try:
        with database.session() as session:
            vacancy = Vacancy(title="Load test")
            session.add(vacancy)
            session.flush()
            vacancy_id = int(vacancy.id or 0)
            competencies = [Competency(vacancy_id=vacancy_id, position=n, name=name)
                            for n, name in enumerate(("Vakmanschap", "Klantgerichtheid",
                                                      "Samenwerken"))]
            questions = [Question(vacancy_id=vacancy_id, stage=STAGE, position=n,
                                  text=f"Vraag {n + 1}") for n in range(clients)]
            session.add_all([*competencies, *questions])
            session.flush()
            plans: dict[int, list[tuple[int, int]]] = {n: [] for n in range(clients)}
            for group in range(0, clients, PANEL):
                members = range(group, min(group + PANEL, clients))
                for _ in range(forms_each):
                    candidate = Candidate(name=f"Kandidaat {group}-{_}")
                    session.add(candidate)
                    session.flush()
                    application = Application(candidate_id=int(candidate.id or 0),
                                              vacancy_id=vacancy_id, status="invited")
                    session.add(application)
                    session.flush()
                    interview = Interview(application_id=int(application.id or 0))
                    session.add(interview)
                    session.flush()
                    for position, n in enumerate(members):
                        seat = PanelMember(interview_id=int(interview.id or 0),
                                           interviewer_id=people[n].interviewer_id,
                                           role="chair" if position == 0 else "member",
                                           position=position)
                        session.add(seat)
                        session.flush()
                        plans[n].append((int(interview.id or 0), int(seat.id or 0)))
            competency_ids = tuple(int(c.id or 0) for c in competencies)
            question_ids = [int(q.id or 0) for q in questions]
    finally:
        database.close()
    return [ClientPlan(n, login_url(owner_url, people[n].role), question_ids[n],
                       f"item_{n + 1:02d}", competency_ids, tuple(plans[n]), seconds, pause,
                       flushes_per_form)
            for n in range(clients)]


# -- one client ---------------------------------------------------------------------------


@dataclass
class ClientReport:
    """What one client did, and the last value it saved of every field it wrote."""

    number: int
    latencies_ms: list[float] = field(default_factory=list)
    form_latencies_ms: list[float] = field(default_factory=list)
    submit_ms: list[float] = field(default_factory=list)
    retries: dict[str, int] = field(default_factory=dict)  # why a flush was tried again
    failed: list[str] = field(default_factory=list)
    notes: dict[int, str] = field(default_factory=dict)  # interview → the question's notes
    ticks: dict[int, bool] = field(default_factory=dict)  # interview → own checklist item
    scores: dict[int, dict[int, tuple[int, str]]] = field(default_factory=dict)
    submitted: dict[int, int] = field(default_factory=dict)  # form → panel seat
    cpu_seconds: float = 0.0  # the client's own processor time while the clock ran


def _saved(call: Callable[[], Any], report: ClientReport) -> float | None:
    """Run ``call`` until it succeeds (at most :data:`ATTEMPTS` times); the milliseconds
    until it did, or ``None`` (then it counts as failed, and no value is claimed)."""
    from sqlalchemy.exc import DBAPIError

    started = time.perf_counter()
    for attempt in range(ATTEMPTS):
        try:
            call()
            return (time.perf_counter() - started) * 1000
        except DBAPIError as error:
            why = type(error.orig).__name__
            report.retries[why] = report.retries.get(why, 0) + 1
            if attempt == ATTEMPTS - 1:
                report.failed.append(why)
            time.sleep(0.005 * (attempt + 1))
    return None


def run_client(plan: ClientPlan, ready: Any, start: Any) -> ClientReport:
    """One interviewer's app: autosave, fill in, submit, next interview, until the time
    is up. ``ready`` is set once connected; the clock starts when ``start`` is set."""
    from interviewdesk.store.assessments import AssessmentEdit, RatingEdit
    from interviewdesk.store.assessments.forms import (
        open_own_form,
        save_form,
        submit_form,
    )
    from interviewdesk.store.interview_edits import AnswerEdit, StageEdit
    from interviewdesk.store.interview_records import apply_changes
    from interviewdesk.store.startup import open_server

    report = ClientReport(plan.number)
    database = open_server(plan.url)
    try:
        interviews = iter(plan.interviews)
        interview, seat = next(interviews)

        def open_next(interview: int, seat: int) -> int:
            form = open_own_form(database, interview, seat, pin_checked=False).assessment_id
            first = [RatingEdit(c, score=3) for c in plan.competencies]
            save_form(database, form, [*first, AssessmentEdit(recommendation="yes")])
            report.scores[form] = {c: (3, "") for c in plan.competencies}
            return form

        form = open_next(interview, seat)
        ready.set()
        start.wait()
        deadline = time.monotonic() + plan.seconds
        cpu = time.process_time()
        flush = 0
        typed = f"Notities van login {plan.number + 1}: " + "de kandidaat vertelt. " * 40
        while time.monotonic() < deadline:
            flush += 1
            notes, tick = f"{typed}[{flush}]", flush % 2 == 0
            changes = [AnswerEdit(plan.question, notes=notes),
                       AnswerEdit(plan.question, asked=True),
                       StageEdit(STAGE, checklist={plan.item: tick})]
            took = _saved(partial(apply_changes, database, interview, changes), report)
            if took is not None:
                report.latencies_ms.append(took)
                report.notes[interview], report.ticks[interview] = notes, tick
            competency = plan.competencies[flush % len(plan.competencies)]
            score, evidence = 1 + flush % 5, f"Bewijs {flush}: {typed[:120]}"
            took = _saved(partial(save_form, database, form, [
                RatingEdit(competency, score=score, evidence=evidence)]), report)
            if took is not None:
                report.form_latencies_ms.append(took)
                report.scores[form][competency] = (score, evidence)
            if flush % plan.flushes_per_form == 0:
                upcoming = next(interviews, None)
                if upcoming is not None:
                    took = _saved(partial(submit_form, database, form), report)
                    if took is not None:
                        report.submit_ms.append(took)
                        report.submitted[form] = seat
                    interview, seat = upcoming
                    form = open_next(interview, seat)
            time.sleep(plan.pause)
        report.cpu_seconds = time.process_time() - cpu
    finally:
        database.close()
    return report


def _client_process(plan: ClientPlan, ready: Any, start: Any, out: Any) -> None:
    try:
        out.put(run_client(plan, ready, start))
    except Exception as error:  # reported to the parent, which fails
        ready.set()
        out.put(f"client {plan.number + 1}: {type(error).__name__}: {error}")


# -- the run and the check ----------------------------------------------------------------


def lost_writes(owner_url: str, reports: list[ClientReport]) -> list[str]:
    """What the server does not hold of what the clients saved, read as the owner."""
    from sqlalchemy import text

    from interviewdesk.store.database import Database

    lost: list[str] = []
    database = Database.on_server(owner_url)
    try:
        with database.engine.connect() as connection:
            answers = {(row[0], row[1]): row[2] for row in connection.execute(text(
                "SELECT interview_id, question_id, notes FROM answer"))}
            checklists = {row[0]: row[1] for row in connection.execute(text(
                "SELECT interview_id, checklist FROM stagerecord WHERE stage = :stage"),
                {"stage": STAGE})}
            ratings = {(row[0], row[1]): (row[2], row[3]) for row in connection.execute(text(
                "SELECT assessment_id, competency_id, score, evidence FROM rating"))}
            submitted = {row[0] for row in connection.execute(text(
                "SELECT id FROM assessment WHERE submitted_at IS NOT NULL"))}
            trail = {row[0] for row in connection.execute(text(
                "SELECT panel_member_id FROM auditentry WHERE kind = 'form_submitted'"))}
            questions = {row[0]: row[1] for row in connection.execute(text(
                "SELECT id, position FROM question"))}
    finally:
        database.close()
    by_position = {position: question for question, position in questions.items()}
    for report in reports:
        who = f"client {report.number + 1}"
        question = by_position[report.number]
        for interview, notes in report.notes.items():
            if answers.get((interview, question)) != notes:
                lost.append(f"{who}: notes of interview {interview}")
        item = f"item_{report.number + 1:02d}"
        for interview, tick in report.ticks.items():
            if (checklists.get(interview) or {}).get(item) is not tick:
                lost.append(f"{who}: checklist tick in interview {interview}")
        for form, by_competency in report.scores.items():
            for competency, value in by_competency.items():
                if ratings.get((form, competency)) != value:
                    lost.append(f"{who}: score of form {form}")
        for form, seat in report.submitted.items():
            if form not in submitted:
                lost.append(f"{who}: form {form} not submitted")
            if seat not in trail:
                lost.append(f"{who}: no audit entry for the submitted form {form}")
    return lost


def run_load(owner_url: str, *, clients: int = 20, seconds: float = 60.0,
             pause: float = AUTOSAVE_PAUSE_S,
             flushes_per_form: int = FLUSHES_PER_FORM) -> dict[str, Any]:
    """Prepare ``owner_url`` (an empty database), run ``clients`` processes for
    ``seconds``, check every write, and return the figures."""
    plans = prepare(owner_url, clients, seconds, pause, flushes_per_form)
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    start, out = context.Event(), context.Queue()
    readies = [context.Event() for _ in plans]
    processes = [context.Process(target=_client_process, args=(plan, ready, start, out),
                                 daemon=True) for plan, ready in zip(plans, readies, strict=True)]
    for process in processes:
        process.start()
    for ready in readies:
        ready.wait(120)
    began = time.perf_counter()
    start.set()
    results = [out.get(timeout=seconds + 300) for _ in processes]
    wall = time.perf_counter() - began
    for process in processes:
        process.join(30)
    problems = [result for result in results if isinstance(result, str)]
    if problems:
        raise RuntimeError("; ".join(problems))
    reports = sorted((r for r in results if isinstance(r, ClientReport)),
                     key=lambda r: r.number)
    lost = lost_writes(owner_url, reports)
    latencies = [ms for report in reports for ms in report.latencies_ms]
    forms = [ms for report in reports for ms in report.form_latencies_ms]
    both = latencies + forms
    submits = [ms for report in reports for ms in report.submit_ms]
    return {
        "clients": clients,
        "seconds": seconds,
        "wall_seconds": round(wall, 1),
        "pause_s": pause,
        "panel": PANEL,
        "flushes": len(latencies),
        "form_saves": len(forms),
        "forms_submitted": sum(len(report.submitted) for report in reports),
        "retries": {why: sum(report.retries.get(why, 0) for report in reports)
                    for why in sorted({why for report in reports for why in report.retries})},
        "failed": [f for report in reports for f in report.failed],
        "lost_writes": len(lost),
        "lost": lost[:20],
        "autosave_p50_ms": statistics.median(both) if both else None,
        "autosave_p95_ms": percentile(both, 0.95) if both else None,
        "autosave_max_ms": max(both) if both else None,
        "notes_p95_ms": percentile(latencies, 0.95) if latencies else None,
        "form_p95_ms": percentile(forms, 0.95) if forms else None,
        "submit_p95_ms": percentile(submits, 0.95) if submits else None,
        # The clients' own Python work per save: what 20 laptops would each do alone,
        # and what here competes for the same processors as the server.
        "client_cpu_ms_per_save": (round(sum(r.cpu_seconds for r in reports) * 1000
                                         / len(both), 2) if both else None),
    }


def main(argv: list[str] | None = None) -> int:
    """Start a server, load it, print the figures as JSON; exit 1 on a lost write."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.team_load",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0,
                        help="how long the clients write (at most 60 s; default 60)")
    parser.add_argument("--pause", type=float, default=AUTOSAVE_PAUSE_S,
                        help="seconds a client waits between saves (default: the app's "
                             "autosave delay, %(default)s s; less is a stress test)")
    args = parser.parse_args(argv)
    if not 1 <= args.clients <= 100 or not 0 < args.seconds <= 60 or args.pause < 0:
        parser.error("--clients 1–100, --seconds above 0 and at most 60, --pause 0 or more")
    os.environ.pop("INTERVIEWDESK_DATABASE_URL", None)
    if importlib.util.find_spec("pgserver") is None:  # said, not measured
        print(json.dumps({"skipped": "pgserver is not installed: 'python3 dev.py setup' "
                                     "installs it"}))
        return 0
    with throwaway_server() as url:
        before = _load_average()
        result = run_load(url, clients=args.clients, seconds=args.seconds, pause=args.pause)
        result["load_average"] = [before, _load_average()]
    result["target_p95_ms"] = TARGET_P95_MS
    print(json.dumps(result))
    return 1 if result["lost_writes"] or result["failed"] else 0


def _load_average() -> float | None:
    """The machine's one-minute load average (other work slows every figure down)."""
    return round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None


if __name__ == "__main__":
    sys.exit(main())
