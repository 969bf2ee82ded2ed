"""The three-way rule for bringing an offline copy back: every field compared with
the value it had when it was taken (its *base*).

* changed only on the laptop → the laptop's value goes to the server;
* changed only on the server (or on both, to the same value) → the server's stays;
* changed on both, to different values → a *conflict*: the user sees both and
  chooses (or writes a merged text). Nothing is overwritten without being asked.

Pure: the store hands in plain values and applies what comes out.
"""

from dataclasses import dataclass
from typing import Any, Literal

#: What happens to one field.
Outcome = Literal["same", "take_local", "keep_server", "conflict"]


def merge_field(base: Any, local: Any, server: Any) -> Outcome:
    """What bringing back does with one field whose values are these."""
    if local == server:
        return "same"
    if local == base:
        return "keep_server"
    if server == base:
        return "take_local"
    return "conflict"


@dataclass(frozen=True)
class FieldConflict:
    """One field changed on both sides to different values.

    ``key`` identifies it across two passes over the same data (table, server id or
    natural key, field), so a choice made after seeing the list can be handed back.
    """

    key: str
    table: str
    record: str  # what the user recognises, in English: "Answer to 'Tell us about…'"
    field: str
    base: Any
    local: Any
    server: Any
    #: The record's own words (a stage key, a question's text, a competency's name),
    #: for a screen that words the record in its own language.
    detail: str = ""

    @property
    def is_text(self) -> bool:
        """Whether a merged text may be written instead of choosing a side."""
        return isinstance(self.local, str) and isinstance(self.server, str)


#: A choice for one conflict: "local", "server", or ("merged", text).
Choice = str | tuple[str, str]


def resolved_value(conflict: FieldConflict, choice: Choice) -> Any:
    """The value a choice stands for; ``ValueError`` for a choice that is none."""
    if choice == "local":
        return conflict.local
    if choice == "server":
        return conflict.server
    if isinstance(choice, tuple) and len(choice) == 2 and choice[0] == "merged":
        if not conflict.is_text:
            raise ValueError(f"{conflict.field} is not a text; choose one of the two values.")
        return str(choice[1])
    raise ValueError(f"Not a choice: {choice!r}.")
