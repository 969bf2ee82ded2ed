"""Reading a document in a child process: what runs on the other side.

A large PDF makes pypdf build millions of Python objects. On a thread in the app's own
process, the garbage collector then pauses every thread — the window included — for
up to a second, and a file that slipped past the limits could exhaust the app's
memory. In a child process neither reaches the window: the app stays responsive, and
cancelling is ending the child.

:func:`read_in_child` is the child's entry point; it imports no Qt, so the child starts
quickly. It sends ``("progress", done, total)`` while reading, then one of
``("text", text)`` or ``("error", message, reason, details)`` over ``connection``.
"""

import sys
from multiprocessing.connection import Connection

from interviewdesk.readers.errors import DocumentError
from interviewdesk.readers.extract import extract_text, too_complex

#: The address space the child may use (Linux and macOS): far more than any CV needs,
#: so a file that would take more ends in MemoryError — a clear error — in the child.
CHILD_MEMORY_LIMIT = 1536 * 1024 * 1024


def read_in_child(path: str, name: str, connection: Connection) -> None:
    """Read ``path`` and send what happened over ``connection`` (see the module)."""
    _limit_memory()
    percent = -1

    def progress(done: int, total: int) -> None:
        nonlocal percent
        now = done * 100 // max(total, 1)
        if now != percent:  # a hundred messages at most, not one per page
            percent = now
            connection.send(("progress", done, total))

    try:
        text = extract_text(path, progress)
    except DocumentError as error:
        connection.send(("error", str(error), error.reason, error.details))
    except MemoryError:
        problem = too_complex(name)
        connection.send(("error", str(problem), problem.reason, problem.details))
    else:
        connection.send(("text", text))
    finally:
        connection.close()


def _limit_memory() -> None:
    if sys.platform not in ("linux", "darwin"):
        return
    import resource

    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = CHILD_MEMORY_LIMIT if hard == resource.RLIM_INFINITY else min(
            hard, CHILD_MEMORY_LIMIT)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):  # not allowed here: the limits in extract still hold
        pass
