"""Assessment forms, the panel discussion, the candidate comparison and follow-up
(issue #4): the store side, without Qt.

Blind scoring is kept here, by the one rule in :mod:`interviewdesk.domain.blind`: a
form shows its own member's ratings only; other members' assessments leave the store
only through :func:`panel_scores` and :func:`read_form` (which raise
:class:`ScoresHidden` for an asker who may not see them yet) and
:func:`vacancy_comparison` (only for interviews whose round is closed). The chair
closes a round early with :func:`close_round`; every step is in the audit trail
(``store.audit``).
:func:`status_of_forms` and :func:`follow_up` carry states, names and dates, never a
score. The numbers themselves come from :mod:`interviewdesk.domain.scoring`.

The modules: ``forms`` (one member's form), ``notes`` (interview notes to quote),
``panel`` (matrix, consensus, decision, feedback), ``comparison`` and ``reminders``
(the home screen's follow-up); everything public is importable from here.
"""

from interviewdesk.domain.application_status import STATUS_AFTER_FEEDBACK
from interviewdesk.store.assessments.comparison import (
    ComparisonCompetency,
    ComparisonRow,
    VacancyComparison,
    vacancy_comparison,
)
from interviewdesk.store.assessments.form_edits import (
    AssessmentEdit,
    FormEdit,
    RatingEdit,
    form_text_edit,
)
from interviewdesk.store.assessments.forms import (
    AssessmentForm,
    FormCompetency,
    FormIncomplete,
    FormLocked,
    FormRating,
    FormStatus,
    Reopening,
    load_form,
    open_form,
    open_own_form,
    read_form,
    reopen_form,
    save_form,
    status_of_forms,
    submit_form,
)
from interviewdesk.store.assessments.notes import InterviewNote
from interviewdesk.store.assessments.panel import (
    Consensus,
    DecisionDraft,
    DecisionInfo,
    MissingRater,
    OpenFlags,
    PanelRater,
    PanelRow,
    PanelView,
    decision_of,
    panel_scores,
    record_consensus,
    record_feedback_given,
    remove_consensus,
    save_decision,
)
from interviewdesk.store.assessments.reminders import (
    AwaitingFeedback,
    FollowUp,
    OpenAssessment,
    follow_up,
)
from interviewdesk.store.assessments.round import (
    CloseRefused,
    RoundState,
    ScoresHidden,
    close_round,
    round_state,
)

__all__ = [
    "STATUS_AFTER_FEEDBACK",
    "AssessmentEdit",
    "AssessmentForm",
    "AwaitingFeedback",
    "CloseRefused",
    "ComparisonCompetency",
    "ComparisonRow",
    "Consensus",
    "DecisionDraft",
    "DecisionInfo",
    "FollowUp",
    "FormCompetency",
    "FormEdit",
    "FormIncomplete",
    "FormLocked",
    "FormRating",
    "FormStatus",
    "InterviewNote",
    "MissingRater",
    "OpenAssessment",
    "OpenFlags",
    "PanelRater",
    "PanelRow",
    "PanelView",
    "RatingEdit",
    "Reopening",
    "RoundState",
    "ScoresHidden",
    "VacancyComparison",
    "close_round",
    "decision_of",
    "follow_up",
    "form_text_edit",
    "load_form",
    "open_form",
    "open_own_form",
    "panel_scores",
    "read_form",
    "record_consensus",
    "record_feedback_given",
    "remove_consensus",
    "reopen_form",
    "round_state",
    "save_decision",
    "save_form",
    "status_of_forms",
    "submit_form",
    "vacancy_comparison",
]
