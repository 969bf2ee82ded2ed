"""The store's refusals, in the user's language.

The dialogs check their own fields first and explain in the user's language; what
only the store can notice — mostly a record deleted in another window meanwhile —
arrives as a :class:`ValidationError` with a plain English message. This table
translates those; a message not listed (a programming error, not a user's) is shown
as it is.
"""

import re

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
        # A team server's rules on panel seats (store/team.py).
        "The panel is fixed once a form of this interview is submitted: ask the "
        "administrator to change it.": QCoreApplication.translate(
            "StoreMessages", "The panel is fixed once an assessment form of this interview "
            "is submitted: ask the team server's administrator to change it."),
        "You cannot make yourself the chair once the panel has started its forms: ask the "
        "administrator.": QCoreApplication.translate(
            "StoreMessages", "You cannot make yourself the chair once the panel has started "
            "its assessment forms: ask the team server's administrator."),
        "The vacancy needs a title.": QCoreApplication.translate(
            "StoreMessages", "The vacancy needs a title."),
    }
    if str(error) in table:
        return table[str(error)]
    return _too_long(str(error)) or str(error)


_TOO_LONG = re.compile(r"^(?P<what>.+) can be at most (?P<limit>\d+) characters long\.$")


def _too_long(message: str) -> str | None:
    """The store's "… can be at most N characters long." in the interface language."""
    match = _TOO_LONG.match(message)
    if match is None:
        return None
    names = {
        "The candidate's name": QCoreApplication.translate("StoreMessages", "The name"),
        "The interviewer's name": QCoreApplication.translate("StoreMessages", "The name"),
        "A competency's name": QCoreApplication.translate(
            "StoreMessages", "A competency's name"),
        "The e-mail address": QCoreApplication.translate("StoreMessages", "The e-mail address"),
        "The phone number": QCoreApplication.translate("StoreMessages", "The phone number"),
        "The place of residence": QCoreApplication.translate(
            "StoreMessages", "The place of residence"),
        "The vacancy's title": QCoreApplication.translate("StoreMessages", "The title"),
        "The department": QCoreApplication.translate("StoreMessages", "The department"),
        "The location": QCoreApplication.translate("StoreMessages", "The location"),
        "The interview's location": QCoreApplication.translate(
            "StoreMessages", "The location"),
        "The job title": QCoreApplication.translate("StoreMessages", "The job title"),
    }
    what = names.get(match["what"])
    if what is None:
        return None
    return QCoreApplication.translate(
        "StoreMessages", "{what} can be at most {limit} characters long.").format(
            what=what, limit=match["limit"])
