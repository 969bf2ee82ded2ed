"""Assessment forms, the panel discussion, the candidate comparison and follow-up
(issue #4): the store side, without Qt.

Blind scoring (DESIGN.md, "Assessment science") is kept here: a form shows its own
member's ratings only; other members' scores leave the store only through
:func:`panel_scores` (which raises :class:`ScoresHidden` for a viewer who may not see
them yet) and :func:`vacancy_comparison` (only for interviews whose forms are all in).
:func:`status_of_forms` and :func:`follow_up` carry states, names and dates, never a
score. The numbers themselves come from :mod:`interviewdesk.domain.scoring`.

The modules: ``forms`` (one member's form), ``notes`` (interview notes to quote),
``panel`` (matrix, consensus, decision, feedback), ``comparison`` and ``reminders``
(the home screen's follow-up); everything public is importable from here.
"""

from interviewdesk.store.assessments.comparison import (
    ComparisonCompetency,
    ComparisonRow,
    VacancyComparison,
    vacancy_comparison,
)
from interviewdesk.store.assessments.forms import (
    AssessmentForm,
    EvidenceChange,
    FormChange,
    FormCompetency,
    FormIncomplete,
    FormLocked,
    FormRating,
    FormStatus,
    RecommendationChange,
    Reopening,
    ScoreChange,
    TextChange,
    load_form,
    open_form,
    reopen_form,
    save_form,
    status_of_forms,
    submit_form,
)
from interviewdesk.store.assessments.notes import InterviewNote
from interviewdesk.store.assessments.panel import (
    STATUS_AFTER_FEEDBACK,
    Consensus,
    DecisionDraft,
    DecisionInfo,
    MissingRater,
    OpenFlags,
    PanelRater,
    PanelRow,
    PanelView,
    ScoresHidden,
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

__all__ = [
    "STATUS_AFTER_FEEDBACK",
    "AssessmentForm",
    "AwaitingFeedback",
    "ComparisonCompetency",
    "ComparisonRow",
    "Consensus",
    "DecisionDraft",
    "DecisionInfo",
    "EvidenceChange",
    "FollowUp",
    "FormChange",
    "FormCompetency",
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
    "RecommendationChange",
    "Reopening",
    "ScoreChange",
    "ScoresHidden",
    "TextChange",
    "VacancyComparison",
    "decision_of",
    "follow_up",
    "load_form",
    "open_form",
    "panel_scores",
    "record_consensus",
    "record_feedback_given",
    "remove_consensus",
    "reopen_form",
    "save_decision",
    "save_form",
    "status_of_forms",
    "submit_form",
    "vacancy_comparison",
]
