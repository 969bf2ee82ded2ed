"""InterviewDesk: structured job interviews, anchored scoring and printed forms, offline."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("interviewdesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
