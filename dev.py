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
The frozen app runs on Python 3.12 or newer where the machine has one (it keeps
``True``/``None`` immortal, immune to PySide6 6.12's lost references, see
``interviewdesk/ui/signal_guard.py``): ``.venv``'s own if it is 3.12 or newer, else
``build`` makes a second environment, ``.venv-build``, on the first 3.12 or newer it
finds (the PATH, then pyenv's versions) with the runtime dependencies and PyInstaller only
(:func:`build_environment`). Without one it freezes ``.venv``'s older Python, where the
signal guard protects the app. ``INTERVIEWDESK_BUILD_PYTHON=venv`` always freezes
``.venv``'s Python; ``INTERVIEWDESK_BUILD_PYTHON=/path/to/python`` freezes with that
interpreter. Making ``.venv-build`` on a clean clone takes about 2.5 minutes on a busy
two-core machine; later builds reuse it while ``pyproject.toml`` and the interpreter are
unchanged.
"""

import glob
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
BUILD_VENV = ROOT / ".venv-build"
#: The oldest Python the frozen build prefers (see the module docstring).
BUILD_PYTHON_AT_LEAST = (3, 12)
TRANSLATIONS = ROOT / "resources" / "translations"


def _venv_python(folder: Path = VENV) -> Path:
    if os.name == "nt":
        return folder / "Scripts" / "python.exe"
    return folder / "bin" / "python"


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


def _version_of(python: str) -> tuple[int, int] | None:
    """``python``'s (major, minor), or ``None`` if it does not run (a pyenv shim of a
    version that is not selected exits with an error)."""
    try:
        done = subprocess.run([python, "-c", "import sys; print(*sys.version_info[:2])"],
                              capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    parts = done.stdout.split()
    if done.returncode != 0 or len(parts) != 2:
        return None
    return int(parts[0]), int(parts[1])


def _build_candidates() -> list[str]:
    """Interpreters that may be 3.12 or newer: on the PATH, then pyenv's, lowest first
    (the oldest that qualifies is the best tested with the pinned dependencies)."""
    found: list[str] = []
    for minor in range(BUILD_PYTHON_AT_LEAST[1], BUILD_PYTHON_AT_LEAST[1] + 4):
        name = f"python3.{minor}"
        on_path = shutil.which(name)
        if on_path:
            found.append(on_path)
        pyenv = os.environ.get("PYENV_ROOT") or str(Path.home() / ".pyenv")
        found += sorted(glob.glob(os.path.join(pyenv, "versions", f"3.{minor}.*", "bin", name)))
    return found


def build_python(python: Path) -> tuple[Path, str]:
    """The interpreter to freeze with, and why: ``.venv``'s own when it is 3.12 or newer,
    else the first 3.12 or newer found (:func:`_build_candidates`), else ``.venv``'s
    (older: the signal guard protects the app). ``INTERVIEWDESK_BUILD_PYTHON=venv``
    keeps ``.venv``'s; a path names another interpreter."""
    chosen = os.environ.get("INTERVIEWDESK_BUILD_PYTHON", "auto")
    own = _version_of(str(python))
    named = f"Python {own[0]}.{own[1]}" if own else "Python"
    if chosen == "venv":
        return python, f"the environment's {named} (INTERVIEWDESK_BUILD_PYTHON=venv)"
    if chosen and chosen != "auto":
        return Path(chosen), f"INTERVIEWDESK_BUILD_PYTHON={chosen}"
    if own is not None and own >= BUILD_PYTHON_AT_LEAST:
        return python, f"the environment's {named}"
    for candidate in _build_candidates():
        found = _version_of(candidate)
        if found is not None and found >= BUILD_PYTHON_AT_LEAST:
            return Path(candidate), f"Python {found[0]}.{found[1]} found at {candidate}"
    return python, f"the environment's {named}: no Python 3.12 or newer found"


def build_environment(base: Path) -> Path:
    """``.venv-build`` on ``base`` with the runtime dependencies, the project and
    PyInstaller (pyproject.toml's pin), installed again only when pyproject.toml or the
    interpreter changed; returns its python. No development tools: the frozen app
    ships only what is installed here (build.spec leaves out the rest anyway)."""
    import tomllib  # here: dev.py must still start on an older python3 to say it is too old

    python = _venv_python(BUILD_VENV)
    version = subprocess.run([str(base), "-c", "import sys; print(sys.version)"],
                             check=True, capture_output=True, text=True).stdout.strip()
    pyproject = (ROOT / "pyproject.toml").read_bytes()
    wanted = hashlib.sha256(pyproject + version.encode()).hexdigest()
    stamp = BUILD_VENV / ".interviewdesk-installed"
    if stamp.exists() and stamp.read_text() == wanted and python.exists():
        return python
    print(f"Creating the build environment in {BUILD_VENV.name} on Python "
          f"{version.split()[0]} …", flush=True)
    shutil.rmtree(BUILD_VENV, ignore_errors=True)
    _run(base, "-m", "venv", BUILD_VENV)
    pyinstaller = next(spec for spec in tomllib.loads(pyproject.decode())["project"]
                       ["optional-dependencies"]["dev"] if spec.startswith("pyinstaller"))
    _run(python, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    _run(python, "-m", "pip", "install", "--quiet", "-e", ROOT, pyinstaller)
    stamp.write_text(wanted)
    return python


def build(python: Path, rest: list[str]) -> int:
    """Build ``dist/InterviewDesk/`` from ``build.spec`` with :func:`build_python`; with
    ``--smoke``, then run the smoke test of ``tools/smoke_frozen.py`` on it (other
    arguments go to that script; it runs in ``.venv``, reading the frozen app's output)."""
    smoke = "--smoke" in rest
    rest = [argument for argument in rest if argument != "--smoke"]
    base, why = build_python(python)
    print(f"Freezing with {why}.", flush=True)
    freezer = python if base == python else build_environment(base)
    shutil.rmtree(ROOT / "dist" / "InterviewDesk", ignore_errors=True)
    code = subprocess.call([str(freezer), "-m", "PyInstaller", "--noconfirm", "--clean",
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
