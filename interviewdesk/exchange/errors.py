"""What goes wrong with an exchange package, in words the user can act on."""


class PackageError(Exception):
    """A package could not be made or read; the message is one plain sentence or two.

    Raised before anything is written, or with the transaction rolled back: the
    database is as it was whenever this is raised.
    """
