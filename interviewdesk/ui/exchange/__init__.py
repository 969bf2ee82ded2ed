"""Panel members on their own laptops: the windows for making and reading exchange
packages (the packages themselves are :mod:`interviewdesk.exchange`, without Qt)."""

from interviewdesk.ui.exchange.commands import ExchangeCommands, package_path

__all__ = ["ExchangeCommands", "package_path"]
