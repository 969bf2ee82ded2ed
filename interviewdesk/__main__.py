"""``python -m interviewdesk``: the same entry point as the ``interviewdesk`` command."""

import sys

from interviewdesk.app import main

sys.exit(main())
