"""The dossier's reference checks: the consent they rest on, then per referee who they
are, how they were reached, when and by whom they were called, what was asked and
what they said. Printed whole, however long: the texts flow from page to page.

A reference check holds no assessment, so no blind-scoring gate applies.
"""

from typing import Any

from reportlab.platypus import Paragraph

from interviewdesk.reports.blocks import captioned, captions, escape, gap, text_flow
from interviewdesk.reports.labels import format_date, label
from interviewdesk.reports.privacy import consent_lines
from interviewdesk.reports.styles import styles
from interviewdesk.store.database import Database
from interviewdesk.store.reference_checks import Reference, references_of
from interviewdesk.store.retention import consents_of


def _referee(reference: Reference) -> str:
    """"Kees Hollander — Leidinggevende, Hollander Techniek"."""
    about = ", ".join(part for part in (reference.relation, reference.organisation) if part)
    return f"{reference.referee_name} — {about}" if about else reference.referee_name


def reference_story(db: Database, application_id: int, candidate_id: int, language: str,
                    width: float) -> list[Any]:
    """The "Reference checks" section of an application; empty when none was made."""
    checks = references_of(db, application_id)
    if not checks:
        return []
    s = styles()
    consent = consents_of(db, candidate_id).get("reference")
    story: list[Any] = [Paragraph(escape(label("references.title", language)), s.h1)]
    if consent is not None:
        story += [Paragraph(escape(line), s.muted)
                  for line in consent_lines({"reference": consent}, language)]
    else:
        story.append(Paragraph(escape(label("references.consent_withdrawn", language)),
                               s.muted))
    for check in checks:
        reach = " · ".join(part for part in (check.phone, check.email) if part)
        rows = [(label("references.reached", language), reach),
                (label("references.called", language), label(
                    "references.called_by", language,
                    date=format_date(check.called_on, language),
                    by=check.called_by or label("consent.unknown", language)))]
        story += [gap(), *captioned(Paragraph(escape(_referee(check)), s.h2),
                                    [captions(rows, width)])]
        if check.asked:
            story += captioned(Paragraph(escape(label("references.asked", language)),
                                         s.body_bold), text_flow(check.asked))
        story += captioned(Paragraph(escape(label("references.said", language)), s.body_bold),
                           text_flow(check.said, empty="—"))
    return story
