"""The parts of a stage page that only some stages have, by stage key."""

from interviewdesk.domain.agenda import (
    ASSESSMENT,
    CANDIDATE_QUESTIONS,
    CLOSING,
    OPENING,
    PREPARATION,
)
from interviewdesk.ui.wizard.sections.assessment import AssessmentSection
from interviewdesk.ui.wizard.sections.base import Section
from interviewdesk.ui.wizard.sections.candidate_questions import CandidateQuestionsSection
from interviewdesk.ui.wizard.sections.closing import ClosingSection
from interviewdesk.ui.wizard.sections.opening import OpeningSection
from interviewdesk.ui.wizard.sections.preparation import PreparationSection

# The section class of each stage that has one.
SECTIONS: dict[str, type[Section]] = {
    PREPARATION: PreparationSection,
    OPENING: OpeningSection,
    CANDIDATE_QUESTIONS: CandidateQuestionsSection,
    CLOSING: ClosingSection,
    ASSESSMENT: AssessmentSection,
}

__all__ = ["SECTIONS", "Section"]
