"""InterviewDesk: structured job interviews, anchored scoring and printed forms, offline.

The version is read from the installed package's metadata only when asked for
(:func:`version`, or ``interviewdesk.__version__``): ``importlib.metadata`` costs
≈25 ms, and nothing before the main window is shown needs it.
"""

_version: str | None = None


def version() -> str:
    """The installed version of InterviewDesk ("0.0.0" in a source tree that was never
    installed); read once, on first use."""
    global _version
    if _version is None:
        from importlib.metadata import PackageNotFoundError
        from importlib.metadata import version as package_version

        try:
            _version = package_version("interviewdesk")
        except PackageNotFoundError:  # running from a source tree that was never installed
            _version = "0.0.0"
    return _version


def __getattr__(name: str) -> str:
    """``interviewdesk.__version__``, computed on first access (see :func:`version`)."""
    if name == "__version__":
        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
