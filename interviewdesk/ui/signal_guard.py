"""A guard against a PySide6 defect that would crash the application.

In PySide6 6.12.0 on CPython 3.11, every ``Signal.emit()`` called from Python drops
one reference to ``True``, and every Qt method that returns nothing (``setText``,
``setValue`` …) drops one reference to ``None`` (the value handed back is returned
without its reference). After a few thousand emits or calls — a few thousand
keystrokes in a note field, an hour of the interview clock ticking — a count reaches
zero and the interpreter aborts ("bool_dealloc" / "none_dealloc"), taking the
interview with it. CPython 3.12 and later keep ``True``, ``False`` and ``None`` at a
fixed, "immortal" count; :func:`protect_booleans` gives them a reserve that no
session can use up on older versions, and only when the defect is actually present.
It runs once, when the application object is created (``ui.application.create_qapplication``),
and logs which case applies: immortal (3.12 and later, the frozen build's Python where the
build machine has one: ``dev.py build``), guarded (the defect found and the reserve
given), not needed (an older Python whose PySide6 keeps its references), or another
interpreter than CPython (nothing to do).
"""

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, Signal

#: Added to the reference counts of ``True``, ``False`` and ``None``: more emits and
#: calls than an application can make in its lifetime.
RESERVE = 1 << 40
#: Emits (and calls) of the probe used to detect the defect.
SAMPLES = 16

_state = {"checked": False, "protected": False}

log = logging.getLogger(__name__)


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


def void_call_drops_references(samples: int = SAMPLES) -> bool:
    """Whether calling a Qt method that returns nothing loses references to ``None``."""
    probe = _Probe()
    before = sys.getrefcount(None)
    for _ in range(samples):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None) >= samples


def protect_booleans() -> bool:
    """Give ``True``, ``False`` and ``None`` a lifetime's reserve of references if
    this PySide6 needs it. Checks once per process, logs which case applies
    (:func:`describe_case`); returns whether it gave the reserve."""
    if not _state["checked"]:
        _state["checked"] = True
        needed: list[object] = []
        if sys.implementation.name == "cpython" and not immortal_constants():
            if emit_drops_references():
                needed += [True, False]
            if void_call_drops_references():
                needed.append(None)
            for value in needed:
                # ob_refcnt is the first field of every CPython object.
                ctypes.c_ssize_t.from_address(id(value)).value += RESERVE
        _state["protected"] = bool(needed)
        log.info("Signal guard: %s", describe_case(needed))
    return _state["protected"]


def immortal_constants() -> bool:
    """Whether this Python keeps ``True``, ``False`` and ``None`` at a fixed count
    (CPython 3.12 and later, PEP 683): then no PySide6 can use them up."""
    return sys.version_info >= (3, 12)


def describe_case(needed: list[object]) -> str:
    """The log line's words for the case that applies, ``needed`` being the values
    given a reserve (no names, no data: only versions)."""
    python = ".".join(str(part) for part in sys.version_info[:3])
    if sys.implementation.name != "cpython":
        return f"not needed on {sys.implementation.name} {python}"
    if immortal_constants():
        return f"not needed, Python {python} keeps True, False and None immortal"
    if needed:
        names = ", ".join(repr(value) for value in needed)
        return (f"active on Python {python}: this PySide6 loses references, "
                f"{names} given a reserve")
    return f"not needed on Python {python}: this PySide6 keeps its references"
