"""The store's refusals, in the user's language.

The dialogs check their own fields first and explain in the user's language; what
only the store can notice — mostly a record deleted in another window meanwhile —
arrives as a :class:`ValidationError` with a plain English message. This table
translates those; a message not listed (a programming error, not a user's) is shown
as it is.
"""

from PySide6.QtCore import QCoreApplication

from interviewdesk.store.validation import ValidationError


def user_message(error: ValidationError) -> str:
    """``error``'s message in the interface language."""
    table = {
        "The candidate needs a name.": QCoreApplication.translate(
            "StoreMessages", "The candidate needs a name."),
        "The candidate applied to the same vacancy twice.": QCoreApplication.translate(
            "StoreMessages", "The candidate applied to the same vacancy twice."),
        "This candidate was deleted meanwhile.": QCoreApplication.translate(
            "StoreMessages", "This candidate was deleted in the meantime."),
        "The candidate was deleted meanwhile.": QCoreApplication.translate(
            "StoreMessages", "The candidate was deleted in the meantime."),
        "The vacancy was deleted meanwhile.": QCoreApplication.translate(
            "StoreMessages", "The vacancy was deleted in the meantime."),
        "This vacancy was deleted meanwhile.": QCoreApplication.translate(
            "StoreMessages", "This vacancy was deleted in the meantime."),
        "The interviewer needs a name.": QCoreApplication.translate(
            "StoreMessages", "The interviewer needs a name."),
        "This interviewer was deleted meanwhile.": QCoreApplication.translate(
            "StoreMessages", "This interviewer was deleted in the meantime."),
        "An interviewer on the panel was deleted meanwhile.": QCoreApplication.translate(
            "StoreMessages", "An interviewer on the panel was deleted in the meantime."),
        "This interview was deleted meanwhile.": QCoreApplication.translate(
            "StoreMessages", "This interview was deleted in the meantime."),
        "Choose the candidate.": QCoreApplication.translate(
            "StoreMessages", "Choose the candidate."),
        "Choose the vacancy.": QCoreApplication.translate("StoreMessages", "Choose the vacancy."),
        "The panel needs at least one interviewer.": QCoreApplication.translate(
            "StoreMessages", "The panel needs at least one interviewer."),
        "An interviewer sits on the panel twice.": QCoreApplication.translate(
            "StoreMessages", "An interviewer sits on the panel twice."),
        "The panel can have only one chair.": QCoreApplication.translate(
            "StoreMessages", "The panel can have only one chair."),
        "The vacancy needs a title.": QCoreApplication.translate(
            "StoreMessages", "The vacancy needs a title."),
    }
    return table.get(str(error), str(error))
