"""Personal data on paper: the confidentiality line in the footer of every document
that carries candidate data, the consent section of the interview report, and the
access export's PDF (everything held on one candidate).

The retention periods come from the settings in the data folder (where the database
lives), so the footer prints the same "keep until" as the home view shows.
"""

import re
from datetime import date
from typing import Any

from reportlab.platypus import Paragraph

from interviewdesk.domain import retention as rule
from interviewdesk.domain.agenda import default_agenda
from interviewdesk.domain.scales import (
    APPLICATION_STATUSES,
    DECISION_OUTCOMES,
    PANEL_ROLES,
    RECOMMENDATIONS,
)
from interviewdesk.reports.blocks import captioned, captions, escape, text_flow
from interviewdesk.reports.labels import format_date, format_moment, label
from interviewdesk.reports.page import Layout
from interviewdesk.reports.styles import styles
from interviewdesk.store import models
from interviewdesk.store.database import Database
from interviewdesk.store.retention import (
    consents_of,
    policy_from_settings,
    retention_of,
)


def _policy(db: Database) -> rule.RetentionPolicy:
    return policy_from_settings(db.path.parent)


def notice(keep: rule.KeepUntil | None, language: str, policy: rule.RetentionPolicy) -> str:
    """The footer line for data kept until ``keep``."""
    if keep is None or keep.reason == rule.NO_END_DATE:
        return label("confidential.open", language, weeks=policy.weeks_without_consent)
    if keep.date is None:
        return label("confidential.hired", language)
    return label("confidential", language, date=format_date(keep.date, language))


def candidate_of_interview(db: Database, interview_id: int) -> int | None:
    """The candidate an interview is with, or ``None`` if there is no such interview."""
    with db.session() as session:
        interview = session.get(models.Interview, interview_id)
        application = (session.get(models.Application, interview.application_id)
                       if interview is not None else None)
        return application.candidate_id if application is not None else None


def notice_for_interview(db: Database, interview_id: int, language: str) -> str:
    """The footer line of a document about one interview's candidate."""
    policy = _policy(db)
    candidate_id = candidate_of_interview(db, interview_id)
    if candidate_id is None:
        return notice(None, language, policy)
    return notice(retention_of(db, candidate_id, policy).keep, language, policy)


def notice_for_vacancy(db: Database, vacancy_id: int, language: str) -> str:
    """The footer line of a document about a vacancy's candidates: the earliest date
    among them, since the paper must go when the first of them must."""
    from sqlmodel import select

    policy = _policy(db)
    with db.session() as session:
        ids = session.exec(select(models.Application.candidate_id).where(
            models.Application.vacancy_id == vacancy_id)).all()
    dates = [retention_of(db, int(cid), policy).keep for cid in set(ids)]
    dated = [keep for keep in dates if keep.date is not None]
    earliest = min(dated, key=lambda keep: keep.date or date.max) if dated else None
    return notice(earliest or (dates[0] if dates else None), language, policy)


def consent_lines(consents: dict[str, rule.Consent], language: str) -> list[str]:
    """One sentence per consent: what for, when, how, recorded by whom."""
    found = []
    purposes = rule.CONSENT_PURPOSES.keys()
    for purpose in purposes:
        consent = consents.get(purpose)
        if consent is None:
            continue
        what = rule.CONSENT_PURPOSES.label(purpose).in_language(language)
        if consent.note.strip():
            what = f"{what} ({consent.note.strip()})"
        how = (rule.CONSENT_METHODS.label(consent.method).in_language(language).lower()
               if consent.method in rule.CONSENT_METHODS
               else label("consent.how_unknown", language))
        found.append(label("consent.line", language, purpose=what,
                           date=format_date(consent.given_on, language), method=how,
                           by=consent.recorded_by.strip() or label("consent.unknown", language)))
    return found


def consent_section(db: Database, interview_id: int, language: str) -> list[Any]:
    """The report's "Consent" section: each consent the candidate gave, or that none
    was recorded (and what that means)."""
    s = styles()
    candidate_id = candidate_of_interview(db, interview_id)
    if candidate_id is None:
        return []
    lines = consent_lines(consents_of(db, candidate_id), language)
    story: list[Any] = [Paragraph(escape(label("consents", language)), s.h1)]
    if not lines:
        weeks = _policy(db).weeks_without_consent
        return [*story, Paragraph(escape(label("consent.none", language, weeks=weeks)),
                                  s.muted)]
    return [*story, *(Paragraph(escape(line), s.body) for line in lines)]


# -- the access export's PDF ------------------------------------------------------------

#: reportlab splits a paragraph across pages in time that grows with the square of its
#: length (a 500 kB note without a blank line took 80 s); cut longer ones at a space.
LONGEST_PARAGRAPH = 3000


def _flow(text: str, *, empty: str | None = None) -> list[Any]:
    """A note as paragraphs (:func:`text_flow`), none longer than LONGEST_PARAGRAPH."""
    pieces = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        while len(block) > LONGEST_PARAGRAPH:
            cut = block.rfind(" ", 0, LONGEST_PARAGRAPH)
            cut = cut if cut > LONGEST_PARAGRAPH // 2 else LONGEST_PARAGRAPH
            pieces.append(block[:cut])
            block = block[cut:].lstrip(" ")
        pieces.append(block)
    return text_flow("\n\n".join(pieces), empty=empty)



def _day(text: str | None, language: str) -> str:
    return format_date(date.fromisoformat(text[:10]), language) if text else ""


def _moment(text: str | None, language: str) -> str:
    from datetime import datetime

    return format_moment(datetime.fromisoformat(text), language) if text else ""


def _choice(choices: Any, key: str | None, language: str) -> str:
    if key is None:
        return "—"
    return choices.label(key).in_language(language) if key in choices else key


def keep_text(held: dict[str, Any], language: str, policy: rule.RetentionPolicy) -> str:
    """The "keep until" of an export in words: a date, or why there is none yet."""
    keep = held["retention"]
    if keep["keep_until"]:
        return _day(keep["keep_until"], language)
    if keep["reason"] == rule.HIRED:
        return label("access.keep_hired", language)
    return label("access.keep_open", language, weeks=policy.weeks_without_consent)


def access_story(held: dict[str, Any], language: str, layout: Layout,
                 policy: rule.RetentionPolicy, today: date) -> list[Any]:
    """Everything in ``held`` (:func:`~interviewdesk.store.access_request.everything_held`)
    as flowables, in the order a reader asks: who, how long, what documents, then each
    application with its interviews."""
    s = styles()
    person = held["candidate"]
    story: list[Any] = [
        Paragraph(escape(label("access.title", language)), s.title),
        Paragraph(escape(_cut(person["name"], 200)), s.subtitle),
        Paragraph(escape(label("access.intro", language, date=format_date(today, language))),
                  s.body),
        Paragraph(escape(label("access.personal", language)), s.h1),
        captions([
            (label("name", language), _cut(person["name"])),
            (label("access.email", language), _cut(person["email"])),
            (label("access.phone", language), _cut(person["phone"])),
            (label("access.city", language), _cut(person["city"])),
            (label("access.entered", language), _moment(person["entered_at"], language)),
        ], layout.width),
    ]
    if person["notes"].strip():
        story += captioned(Paragraph(escape(label("access.notes", language)), s.caption),
                           _flow(person["notes"]))
    story.append(Paragraph(escape(label("access.retention", language)), s.h1))
    story.append(captions([(label("access.keep_until", language),
                            keep_text(held, language, policy))], layout.width))
    consents = {c["purpose"]: rule.Consent(c["purpose"], date.fromisoformat(c["given_on"]),
                                           c["recorded_by"], c["method"], c["note"])
                for c in held["consents"]}
    lines = consent_lines(consents, language)
    story += [Paragraph(escape(line), s.body) for line in lines] or [
        Paragraph(escape(label("consent.none", language, weeks=policy.weeks_without_consent)),
                  s.muted)]
    story.append(Paragraph(escape(label("access.documents", language)), s.h1))
    if held["documents"]:
        story.append(captions([(d["kind"].upper() if d["kind"] == "cv" else d["kind"],
                                f"{_cut(d['filename'])} ({d['size']:,} bytes)".replace(",", "."))
                               for d in held["documents"]], layout.width))
    else:
        story.append(Paragraph(escape(label("access.no_documents", language)), s.muted))
    for key, caption in (("cv_text", "access.cv_text"), ("letter_text", "access.letter_text")):
        if person[key].strip():
            story += captioned(Paragraph(escape(label(caption, language)), s.h2),
                               _flow(person[key]))
    story.append(Paragraph(escape(label("access.applications", language)), s.h1))
    if not held["applications"]:
        story.append(Paragraph(escape(label("access.no_applications", language)), s.muted))
    for application in held["applications"]:
        story += _application(application, language, layout)
    return story


def _application(application: dict[str, Any], language: str, layout: Layout) -> list[Any]:
    s = styles()
    story: list[Any] = [
        Paragraph(escape(_cut(application["vacancy"], 300)), s.h2),
        captions([
            (label("status", language),
             _choice(APPLICATION_STATUSES, application["status"], language)),
            (label("access.applied_on", language), _day(application["applied_at"], language)),
        ], layout.width),
    ]
    for interview in application["interviews"]:
        story += _interview(interview, language, layout)
    return story + _references(application.get("reference_checks", []), language)


def _references(checks: list[dict[str, Any]], language: str) -> list[Any]:
    """The application's reference checks: who, how reached, when and by whom, what
    was asked and said."""
    if not checks:
        return []
    s = styles()
    story: list[Any] = [Paragraph(escape(label("references.title", language)), s.h2)]
    for check in checks:
        about = ", ".join(part for part in (check["relation"], check["organisation"]) if part)
        who = f"{check['referee']} — {about}" if about else check["referee"]
        reach = " · ".join(part for part in (check["phone"], check["email"]) if part)
        when = label("references.called_by", language, date=_day(check["called_on"], language),
                     by=check["called_by"] or label("consent.unknown", language))
        story += [Paragraph(escape(_cut(who)), s.caption),
                  Paragraph(escape(_cut(f"{reach} · {when}" if reach else when)), s.muted),
                  *_entries([(label("references.asked", language), check["asked"]),
                             (label("references.said", language), check["said"])])]
    return story


def _interview(interview: dict[str, Any], language: str, layout: Layout) -> list[Any]:
    s = styles()
    when = _moment(interview["scheduled_at"], language)
    title = (label("access.interview", language, date=when) if when
             else label("access.interview_unplanned", language))
    panel = ", ".join(f"{p['name']} ({_choice(PANEL_ROLES, p['role'], language).lower()})"
                      for p in interview["panel"])
    story: list[Any] = [Paragraph(escape(title), s.h2),
                        captions([(label("panel", language), _cut(panel, 1000))],
                                 layout.width)]
    stages = {stage.key: stage.name.in_language(language) for stage in default_agenda().stages}
    if interview["stage_notes"]:
        story.append(Paragraph(escape(label("access.stage_notes", language)), s.caption))
        for note in interview["stage_notes"]:
            story += captioned(Paragraph(escape(stages.get(note["stage"], note["stage"])),
                                         s.body_bold), _flow(note["notes"]))
    if interview["answers"]:
        story.append(Paragraph(escape(label("access.answers", language)), s.caption))
        for answer in interview["answers"]:
            parts = [answer["notes"]] + [f"{label(k, language)}: {answer[k]}" for k in
                                         ("situation", "task", "action", "result")
                                         if answer[k].strip()]
            story += captioned(Paragraph(escape(answer["question"]), s.body_bold),
                               _flow("\n\n".join(p for p in parts if p.strip()),
                                         empty=label("nothing_noted", language)))
    if interview["candidate_questions"]:
        story.append(Paragraph(escape(label("access.your_questions", language)), s.caption))
        for asked in interview["candidate_questions"]:
            story += captioned(Paragraph(escape(asked["question"]), s.body_bold),
                               _flow(asked["answer"]))
    closing = [(label(key, language), interview.get(field, ""))
               for key, field in (("next_steps", "next_steps"),
                                  ("access.your_remarks", "candidate_remarks"),
                                  ("follow_up_notes", "follow_up_notes"))]
    if any(text.strip() for _caption, text in closing):
        story.append(Paragraph(escape(label("access.closing", language)), s.caption))
        story += _entries([(caption, text) for caption, text in closing if text.strip()])
    for assessment in interview["assessments"]:
        story += _assessment(assessment, language, layout)
    if interview["consensus"]:
        story.append(Paragraph(escape(label("access.consensus", language)), s.caption))
        story += _entries([(f"{c['competency']}: {c['score'] or '—'}", c["reason"])
                           for c in interview["consensus"]])
    decision = interview["decision"]
    if decision is not None and decision["outcome"]:
        story.append(Paragraph(escape(label("access.decision", language)), s.caption))
        story += _entries([
            (_choice(DECISION_OUTCOMES, decision["outcome"], language), decision["rationale"]),
            (label("next_steps", language), decision["next_steps"]),
            (label("feedback_date", language), _day(decision["feedback_date"], language))])
    return story


def _assessment(assessment: dict[str, Any], language: str, layout: Layout) -> list[Any]:
    s = styles()
    heading = label("access.assessment", language, rater=assessment["rater"])
    if assessment["submitted_at"] is None:
        heading += f" ({label('access.not_submitted', language)})"
    rows = [(f"{r['competency']}: {r['score'] if r['score'] is not None else '—'}",
             r["evidence"]) for r in assessment["ratings"]]
    rows += [(label("strengths", language), assessment["strengths"]),
             (label("weaknesses", language), assessment["weaknesses"]),
             (f"{label('recommendation', language)}: "
              f"{_choice(RECOMMENDATIONS, assessment['recommendation'], language)}", "")]
    return [Paragraph(escape(heading), s.caption), *_entries(rows)]


def _entries(rows: list[tuple[str, str]]) -> list[Any]:
    """Caption and free text pairs as paragraphs (not a table: a table row may not be
    taller than a page, and evidence or a rationale can be any length)."""
    s = styles()
    story: list[Any] = []
    for caption, text in rows:
        head = Paragraph(escape(_cut(caption)), s.body_bold)
        story += captioned(head, _flow(text)) if text.strip() else [head]
    return story


def _cut(text: str, longest: int = 500) -> str:
    """A short field (a name, an e-mail address) for a table cell: whole in the JSON,
    cut here so that no cell can outgrow a page."""
    return text if len(text) <= longest else text[:longest].rstrip() + "…"
