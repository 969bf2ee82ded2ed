"""A guard against a PySide6 defect that would crash the application.

In PySide6 6.12.0 on CPython 3.11, every ``Signal.emit()`` called from Python drops
one reference to ``True`` (the bool it returns is handed out without its reference).
After a few thousand emits — a few thousand keystrokes in a note field — the count
reaches zero and the interpreter aborts ("bool_dealloc: deallocating True or
False"), taking the interview with it. CPython 3.12 and later keep ``True`` and
``False`` at a fixed, "immortal" count, which is what :func:`protect_booleans` does
here for older versions, and only when the defect is actually present.
"""

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

# Added to the reference counts of ``True`` and ``False``: more emits than an
# application can make in its lifetime.
RESERVE = 1 << 40
# Emits of the probe signal used to detect the defect.
SAMPLES = 16

_state = {"checked": False, "protected": False}


class _Probe(QObject):
    ping = Signal()


def emit_drops_references(samples: int = SAMPLES) -> bool:
    """Whether emitting a signal from Python loses references to the booleans."""
    probe = _Probe()
    before = sys.getrefcount(True) + sys.getrefcount(False)
    for _ in range(samples):
        probe.ping.emit()
    after = sys.getrefcount(True) + sys.getrefcount(False)
    return before - after >= samples


def protect_booleans() -> bool:
    """Make ``True`` and ``False`` effectively immortal if this PySide6 needs it.

    Checks once per process; returns whether the protection is in place.
    """
    if not _state["checked"]:
        _state["checked"] = True
        immortal = sys.version_info >= (3, 12)
        if (sys.implementation.name == "cpython" and not immortal
                and emit_drops_references()):
            for value in (True, False):
                # ob_refcnt is the first field of every CPython object.
                ctypes.c_ssize_t.from_address(id(value)).value += RESERVE
            _state["protected"] = True
    return _state["protected"]
