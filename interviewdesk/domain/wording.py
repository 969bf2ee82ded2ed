"""Typed text inside the app's own sentences.

A reason the user typed ("René is ziek, kandidaat wacht.") is quoted inside a sentence
that has its own full stop ("Reason: {reason}."): the typed one would print twice.
"""


def in_sentence(text: str) -> str:
    """``text`` for the middle of a sentence that supplies its own full stop: trimmed,
    without a final "." (a "?", "!" or "…" stays: it says something)."""
    trimmed = text.strip()
    if trimmed.endswith(".") and not trimmed.endswith(".."):
        return trimmed[:-1].rstrip()
    return trimmed
