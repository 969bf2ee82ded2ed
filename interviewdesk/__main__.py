"""``python -m interviewdesk``: the same entry point as the ``interviewdesk`` command."""

import sys

from interviewdesk.app import main

# Guarded: a child process that reads a large CV (multiprocessing, "spawn") imports
# the parent's main module again, and must not start a second app.
if __name__ == "__main__":
    sys.exit(main())
