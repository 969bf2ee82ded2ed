"""What pyproject.toml cannot say on its own: the top-level ``resources/`` folder (icons,
fonts, translations, agenda, letters, library, exercises) goes into the wheel inside the
package, as ``interviewdesk/resources``, where ``interviewdesk/resource_files.py`` looks
for it in an installed copy. Everything else is in pyproject.toml."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["interviewdesk*"]), "interviewdesk.resources"],
    package_dir={"interviewdesk.resources": "resources"},
)
