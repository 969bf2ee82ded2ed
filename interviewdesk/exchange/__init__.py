"""Exchange packages: panel members on their own laptops, without a network (issue 9).

* ``panel``: made on the chair's laptop for one panel member, read on theirs —
  :func:`build_panel_package`;
* ``return``: that member's submitted form going back — :func:`build_return_package`;
  on the chair's laptop a later, changed return waits as a returned change
  (:func:`returned_changes`, :func:`decide_change`);
* ``move``: a whole database to a new laptop — :func:`build_move_package`.

:func:`import_package` reads any of them. The format is in
:mod:`interviewdesk.exchange.archive`. No Qt here: the windows are in
``interviewdesk.ui.exchange``.
"""

from interviewdesk.exchange.archive import (
    DEFAULT_LIMITS,
    FORMAT_VERSION,
    SUFFIX,
    Limits,
    Package,
    read_package,
    write_package,
)
from interviewdesk.exchange.changes import (
    ChangedRating,
    ReturnedChange,
    decide_change,
    pending_count,
    returned_changes,
)
from interviewdesk.exchange.errors import PackageError
from interviewdesk.exchange.importer import ImportResult, import_package
from interviewdesk.exchange.move import build_move_package
from interviewdesk.exchange.panel import build_panel_package
from interviewdesk.exchange.returns import (
    FormNotSubmitted,
    NotThisLaptopsMember,
    build_return_package,
    scoring_member_of,
)

__all__ = [
    "DEFAULT_LIMITS",
    "FORMAT_VERSION",
    "SUFFIX",
    "ChangedRating",
    "FormNotSubmitted",
    "ImportResult",
    "Limits",
    "NotThisLaptopsMember",
    "Package",
    "PackageError",
    "ReturnedChange",
    "build_move_package",
    "build_panel_package",
    "build_return_package",
    "decide_change",
    "import_package",
    "pending_count",
    "read_package",
    "returned_changes",
    "scoring_member_of",
    "write_package",
]
