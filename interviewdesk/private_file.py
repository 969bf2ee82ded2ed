"""Writing a document the app hands to the user: private and all-or-nothing.

A printed report or a calendar file names a candidate, so it is readable by its owner
only (0600) from the first byte; and it goes through a temporary file beside the
target, so a failure (disk full, no permission, folder gone) leaves any earlier file
untouched and no half-written one behind.
"""

import contextlib
import os
from pathlib import Path


def write_private(output: Path, data: bytes) -> Path:
    """Write ``data`` to ``output`` (mode 0600, replaced atomically); ``OSError`` if it
    cannot be, and then nothing changed."""
    output = Path(output)
    temporary = output.with_name(f".{output.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(temporary, 0o600)  # an existing temporary file kept its old mode
        os.replace(temporary, output)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise
    return output
