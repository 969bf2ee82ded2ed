"""What pyproject.toml cannot say on its own: the top-level ``resources/`` folder (icons,
fonts, translations, agenda, letters, library, exercises) goes into the wheel inside the
package, as ``interviewdesk/resources``, where ``interviewdesk/resource_files.py`` looks
for it in an installed copy. Everything else is in pyproject.toml.

Folders that hold only data (the migrations, the resources' subfolders) are listed as
namespace packages, so that setuptools ships their files without warning about them.
"""

from pathlib import Path

from setuptools import find_namespace_packages, setup

RESOURCES = Path(__file__).resolve().parent / "resources"

setup(
    packages=[
        *find_namespace_packages(include=["interviewdesk", "interviewdesk.*"],
                                 exclude=["*.__pycache__"]),
        "interviewdesk.resources",
        *(f"interviewdesk.resources.{folder.name}" for folder in sorted(RESOURCES.iterdir())
          if folder.is_dir() and not folder.name.startswith((".", "_"))),
    ],
    package_dir={"interviewdesk.resources": "resources"},
)
