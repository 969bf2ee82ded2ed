"""Set up InterviewDesk in an isolated environment, then start it or test it.

The README's quick start is these two commands, and they work on a fresh machine
that has nothing but Python 3.11 or newer:

    python3 dev.py start      # set up, then start the app
    python3 dev.py test       # set up, then run the checks and the whole test suite headless

Set-up creates ``.venv`` beside this file, installs the project with its dev extra
(only again when ``pyproject.toml`` changed), and compiles the translations
(``.ts`` -> ``.qm``), which are built, never committed. Extra arguments go to the app
(``start``) or to pytest (``test``). ``test`` runs, in this order: ruff, the layer
contracts (import-linter, ``[tool.importlinter]`` in ``pyproject.toml``), mypy
(:data:`TYPE_CHECKS`), then pytest; it fails if any of them fails. ``bench`` runs the
benchmark suite (``bench --json``: one JSON object of the headline figures);
``translations`` brings the ``.ts`` sources up to date with the code.

    python3 dev.py build      # set up, then build the desktop app into dist/InterviewDesk/

``build`` runs PyInstaller on ``build.spec`` (one folder, for the system it runs on);
``python3 dev.py build --smoke`` then runs the frozen app's smoke test
(``tools/smoke_frozen.py``: demo, check, screenshot, export, sizes, start-up time).
"""

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".interviewdesk-installed"
TRANSLATIONS = ROOT / "resources" / "translations"


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


def build(python: Path, rest: list[str]) -> int:
    """Build ``dist/InterviewDesk/`` from ``build.spec``; with ``--smoke``, then run the
    smoke test of ``tools/smoke_frozen.py`` on it (other arguments go to that script)."""
    smoke = "--smoke" in rest
    rest = [argument for argument in rest if argument != "--smoke"]
    shutil.rmtree(ROOT / "dist" / "InterviewDesk", ignore_errors=True)
    code = subprocess.call([str(python), "-m", "PyInstaller", "--noconfirm", "--clean",
                            "--log-level", "WARN", "--distpath", str(ROOT / "dist"),
                            "--workpath", str(ROOT / "build"), str(ROOT / "build.spec")],
                           cwd=ROOT)
    if code != 0:
        print("The build failed; see PyInstaller's messages above.", file=sys.stderr)
        return code
    print(f"Built {ROOT / 'dist' / 'InterviewDesk'}", flush=True)
    if not smoke:
        return 0
    return subprocess.call([str(python), str(ROOT / "tools" / "smoke_frozen.py"), *rest],
                           cwd=ROOT)


#: Run by ``lint-imports`` (the console script, found beside the environment's python).
LINT_IMPORTS = "from importlinter.cli import lint_imports_command; lint_imports_command()"


def check_layers(python: Path) -> int:
    """The import-linter contracts of ``pyproject.toml``: which layer may import which."""
    return subprocess.call([str(python), "-c", LINT_IMPORTS, "--no-cache"], cwd=ROOT)


#: mypy's runs: strict on the pure rules and the modules every layer reads, the default
#: checks on the store, the CV readers, the printed documents and the example data
#: (``[tool.mypy]`` in ``pyproject.toml``).
TYPE_CHECKS = (["--strict", "interviewdesk/domain", "interviewdesk/preferences.py",
                "interviewdesk/resource_files.py", "interviewdesk/private_file.py"],
               ["interviewdesk/store", "interviewdesk/readers", "interviewdesk/reports",
                "interviewdesk/example"])


def check_types(python: Path) -> int:
    """mypy over :data:`TYPE_CHECKS`; non-zero if any run finds an error."""
    codes = [subprocess.call([str(python), "-m", "mypy", *arguments], cwd=ROOT)
             for arguments in TYPE_CHECKS]
    return max(codes)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"start", "test", "bench", "setup", "translations", "build"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    python = set_up()
    env = dict(os.environ)
    if command == "setup":
        return 0
    if command == "start":
        # Missing system libraries for Qt's window: say which packages, not Qt's abort.
        if subprocess.call([str(python), "-m", "interviewdesk.early_checks"], env=env):
            return 1
        return subprocess.call([str(python), "-m", "interviewdesk", *rest], env=env)
    if command == "translations":
        return subprocess.call([str(python), str(ROOT / "tools" / "translations.py")])
    if command == "build":
        return build(python, rest)
    if command == "bench":
        return subprocess.call([str(python), "-m", "benchmarks", *rest], cwd=ROOT, env=env)
    lint = subprocess.call([str(python), "-m", "ruff", "check", str(ROOT)], cwd=ROOT)
    layers = check_layers(python)
    types = check_types(python)
    # The whole suite on every core (pytest-xdist; a test file stays on one worker, so
    # its module fixtures are built once): CI's two cores halve the time. Given
    # arguments (a file, -k …) run as typed, in one process.
    spread = [] if rest else ["-n", "auto", "--dist", "loadfile"]
    tests = subprocess.call([str(python), "-m", "pytest", *spread, *rest], cwd=ROOT, env=env)
    return lint or layers or types or tests


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
