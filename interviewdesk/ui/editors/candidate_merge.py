"""A candidate saved by someone else while this user edited them: both versions
merged field by field (:mod:`interviewdesk.ui.editors.save_conflicts`).

The candidate's own fields, each consent (by purpose) and each application's status
(by vacancy) are fields of one record here: what only one side changed is taken, what
both changed is asked about. Originals imported in this window stay this window's.
"""

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from interviewdesk.domain.concurrent_edits import merge_fields
from interviewdesk.domain.retention import CONSENT_METHODS, Consent
from interviewdesk.domain.scales import APPLICATION_STATUSES
from interviewdesk.store.candidates import ApplicationDraft, CandidateDraft
from interviewdesk.ui.editors.save_conflicts import (
    EditMerge,
    choice_label,
    date_text,
    field_clashes,
    plain,
)

translate = QCoreApplication.translate

#: The candidate's own fields, merged one by one.
FIELDS = ("name", "email", "phone", "city", "address_form", "notes", "cv_text",
          "letter_text", "retention_consent")
#: The free texts: a merge of both makes sense.
TEXTS = ("notes", "cv_text", "letter_text")


def candidate_fields(draft: CandidateDraft) -> dict[str, object]:
    """``draft`` as one flat record: its fields, ``consent:<purpose>`` and
    ``application:<vacancy id>``."""
    fields: dict[str, object] = {name: getattr(draft, name) for name in FIELDS}
    for purpose, consent in draft.consents.items():
        fields[f"consent:{purpose}"] = consent
    for application in draft.applications:
        fields[f"application:{application.vacancy_id}"] = application.status
    return fields


def merge_candidate(base: CandidateDraft, theirs: CandidateDraft, mine: CandidateDraft,
                    vacancies: Mapping[int, str], address_forms: Mapping[str, str]
                    ) -> EditMerge:
    """``mine`` and ``theirs`` merged against ``base``; ``vacancies`` names them,
    ``address_forms`` labels the forms of address as the dialog does."""
    outcome = merge_fields(candidate_fields(base), candidate_fields(theirs),
                           candidate_fields(mine))
    merged = dict(outcome.merged)
    names = _names(merged.keys() | {c.field for c in outcome.clashes}, vacancies)

    def shown(name: str, value: object) -> str:
        if name == "address_form":
            return address_forms.get(str(value), plain(value))
        return _shown(name, value)

    clashes = field_clashes(outcome.clashes, names, TEXTS, shown, merged)

    def build() -> CandidateDraft:
        draft = CandidateDraft(
            id=theirs.id, version=theirs.version,
            consent_recorded_at=theirs.consent_recorded_at,
            new_documents=list(mine.new_documents),
            **{name: merged.get(name, getattr(CandidateDraft(), name)) for name in FIELDS})
        ids = {a.vacancy_id: a.id for a in [*mine.applications, *theirs.applications]}
        for key, value in merged.items():
            kind, _colon, rest = key.partition(":")
            if kind == "consent" and isinstance(value, Consent):
                draft.consents[rest] = value
            elif kind == "application":
                draft.applications.append(ApplicationDraft(
                    vacancy_id=int(rest), status=str(value), id=ids.get(int(rest))))
        return draft

    return EditMerge(build, clashes)


def _names(keys: set[str], vacancies: Mapping[int, str]) -> dict[str, str]:
    names = {
        "name": translate("CandidateMerge", "the candidate's name"),
        "email": translate("CandidateMerge", "the e-mail address"),
        "phone": translate("CandidateMerge", "the phone number"),
        "city": translate("CandidateMerge", "the place of residence"),
        "address_form": translate("CandidateMerge", "the form of address"),
        "notes": translate("CandidateMerge", "the notes on the candidate"),
        "cv_text": translate("CandidateMerge", "the CV text"),
        "letter_text": translate("CandidateMerge", "the motivation letter"),
        "retention_consent": translate("CandidateMerge", "the consent to keep the data for 1 year"),
        "consent:retention": translate("CandidateMerge", "how the consent to keep the data was "
                                "given"),
        "consent:reference": translate("CandidateMerge", "the consent to ask a reference"),
    }
    for key in keys:
        if key.startswith("application:"):
            title = vacancies.get(int(key.partition(":")[2]), "")
            names[key] = translate("CandidateMerge", "the status of the application for "
                            "“{vacancy}”").format(vacancy=title)
    return names


def _shown(name: str, value: object) -> str:
    if name.startswith("application:"):
        return choice_label(APPLICATION_STATUSES, value)
    if isinstance(value, Consent):
        parts = [QCoreApplication.translate("CandidateMerge", "Given on {date}").format(
            date=date_text(value.given_on))]
        if value.method:
            parts.append(choice_label(CONSENT_METHODS, value.method))
        if value.recorded_by:
            parts.append(QCoreApplication.translate(
                "CandidateMerge", "recorded by {who}").format(who=value.recorded_by))
        if value.note:
            parts.append(value.note)
        return ", ".join(parts)
    return plain(value)
