"""Where the files the app ships are: icons, fonts, translations, the agenda, the
starter library, letters and exercises — the top-level ``resources/`` folder of the
repository (docs/architecture.md, "Resources").

One question answered the same way in the three places the app runs from:

* a checkout (also an editable install): ``resources/`` beside the package folder;
* an installed wheel: the wheel carries that folder as ``interviewdesk/resources``
  (``[tool.setuptools.package-dir]`` in pyproject.toml);
* the frozen folder: PyInstaller puts it under ``sys._MEIPASS`` as ``resources``
  (build.spec).

Nothing here imports anything of the app: every layer may ask.
"""

import sys
from functools import cache
from pathlib import Path

#: A file every resources folder has: a folder without it is somebody else's.
_MARKER = Path("agenda.toml")


class ResourcesMissing(RuntimeError):
    """The app's own files are not where an installation puts them (a broken copy)."""


def _candidates() -> list[Path]:
    package = Path(__file__).resolve().parent
    places = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        places.append(Path(bundle) / "resources")
    places += [package / "resources", package.parent / "resources"]
    return places


@cache
def resources_dir() -> Path:
    """The folder with the shipped files, wherever the app runs from."""
    for place in _candidates():
        if (place / _MARKER).is_file():
            return place
    tried = ", ".join(str(place) for place in _candidates())
    raise ResourcesMissing(f"InterviewDesk's own files are missing (looked in {tried}); "
                           "reinstall the app.")


def resource(*parts: str) -> Path:
    """A shipped file or folder, e.g. ``resource("fonts", "DejaVuSans.ttf")``."""
    return resources_dir().joinpath(*parts)
