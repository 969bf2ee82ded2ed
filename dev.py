"""Set up InterviewDesk in an isolated environment, then start it or test it.

The README's quick start is these two commands, and they work on a fresh machine
that has nothing but Python 3.11 or newer:

    python3 dev.py start      # set up, then start the app
    python3 dev.py test       # set up, then run ruff and the whole test suite headless

Set-up creates ``.venv`` beside this file, installs the project with its dev extra
(only again when ``pyproject.toml`` changed), and compiles the translations
(``.ts`` -> ``.qm``), which are built, never committed. Extra arguments go to the app
(``start``) or to pytest (``test``). ``bench`` runs the benchmark suite;
``translations`` brings the ``.ts`` sources up to date with the code.
"""

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".interviewdesk-installed"
TRANSLATIONS = ROOT / "interviewdesk" / "resources" / "translations"


def _venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def _run(*args: object, **kwargs: object) -> None:
    subprocess.run([str(a) for a in args], check=True, **kwargs)  # type: ignore[arg-type]


def set_up() -> Path:
    """Create the environment, install the project, build the translations."""
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be run by an older python3
        sys.exit("InterviewDesk needs Python 3.11 or newer.")
    python = _venv_python()
    if not python.exists():
        print("Creating the environment in .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text() != wanted:
        print("Installing InterviewDesk and its dependencies …", flush=True)
        _run(python, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
        _run(python, "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[dev]")
        STAMP.write_text(wanted)
    build_translations(python)
    return python


def build_translations(python: Path) -> None:
    """Compile every ``.ts`` source into the ``.qm`` file Qt loads at run time."""
    script = (
        "import sys, pathlib, PySide6;"
        "d = pathlib.Path(PySide6.__file__).parent;"
        "c = [p for p in (d / 'lrelease', d / 'lrelease.exe', d / 'Qt' / 'bin' / 'lrelease')"
        " if p.exists()];"
        "print(c[0] if c else '')"
    )
    lrelease = subprocess.run(
        [str(python), "-c", script], check=True, capture_output=True, text=True
    ).stdout.strip()
    if not lrelease:
        sys.exit("Qt's lrelease was not found in the PySide6 installation.")
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        _run(lrelease, "-silent", ts, "-qm", ts.with_suffix(".qm"))


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"start", "test", "bench", "setup", "translations"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    python = set_up()
    env = dict(os.environ)
    if command == "setup":
        return 0
    if command == "start":
        return subprocess.call([str(python), "-m", "interviewdesk", *rest], env=env)
    if command == "translations":
        return subprocess.call([str(python), str(ROOT / "tools" / "translations.py")])
    if command == "bench":
        return subprocess.call([str(python), "-m", "benchmarks", *rest], cwd=ROOT, env=env)
    lint = subprocess.call([str(python), "-m", "ruff", "check", str(ROOT)], cwd=ROOT)
    tests = subprocess.call([str(python), "-m", "pytest", *rest], cwd=ROOT, env=env)
    return lint or tests


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
