"""Which Python ``python3 dev.py build`` freezes with: 3.12 or newer where the machine
has one (immune to PySide6 6.12's lost references), ``.venv``'s otherwise or when asked."""

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def dev(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    spec = importlib.util.spec_from_file_location("dev_under_test", ROOT / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.delenv("INTERVIEWDESK_BUILD_PYTHON", raising=False)
    return module


def versions(dev: ModuleType, monkeypatch: pytest.MonkeyPatch,
             known: dict[str, tuple[int, int]]) -> None:
    """Interpreters as the machine would report them (no real one is started)."""
    monkeypatch.setattr(dev, "_version_of", known.get)
    monkeypatch.setattr(dev, "_build_candidates",
                        lambda: [path for path in known if path != "/venv/python"])


def test_an_older_venv_freezes_with_the_3_12_the_machine_has(
        dev: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    versions(dev, monkeypatch, {"/venv/python": (3, 11), "/usr/bin/python3.12": (3, 12)})
    chosen, why = dev.build_python(Path("/venv/python"))
    assert chosen == Path("/usr/bin/python3.12")
    assert "3.12" in why


def test_a_3_12_venv_is_frozen_as_it_is(dev: ModuleType,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    versions(dev, monkeypatch, {"/venv/python": (3, 12), "/usr/bin/python3.13": (3, 13)})
    assert dev.build_python(Path("/venv/python"))[0] == Path("/venv/python")


def test_without_a_newer_python_the_venv_is_frozen_and_says_so(
        dev: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    versions(dev, monkeypatch, {"/venv/python": (3, 11)})
    chosen, why = dev.build_python(Path("/venv/python"))
    assert chosen == Path("/venv/python")
    assert "no Python 3.12 or newer" in why


def test_a_broken_candidate_is_passed_over(dev: ModuleType,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    known: dict[str, tuple[int, int] | None] = {
        "/venv/python": (3, 11), "/shim/python3.12": None, "/usr/bin/python3.13": (3, 13)}
    monkeypatch.setattr(dev, "_version_of", known.get)
    monkeypatch.setattr(dev, "_build_candidates", lambda: ["/shim/python3.12",
                                                           "/usr/bin/python3.13"])
    assert dev.build_python(Path("/venv/python"))[0] == Path("/usr/bin/python3.13")


def test_the_venv_can_be_asked_for(dev: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    versions(dev, monkeypatch, {"/venv/python": (3, 11), "/usr/bin/python3.12": (3, 12)})
    monkeypatch.setenv("INTERVIEWDESK_BUILD_PYTHON", "venv")
    assert dev.build_python(Path("/venv/python"))[0] == Path("/venv/python")


def test_a_named_interpreter_is_used(dev: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    versions(dev, monkeypatch, {"/venv/python": (3, 11)})
    monkeypatch.setenv("INTERVIEWDESK_BUILD_PYTHON", "/opt/python3.13/bin/python3")
    assert dev.build_python(Path("/venv/python"))[0] == Path("/opt/python3.13/bin/python3")


def test_the_real_machine_gives_an_interpreter_that_runs(dev: ModuleType) -> None:
    chosen, why = dev.build_python(Path(sys.executable))
    assert dev._version_of(str(chosen)) is not None, why


@pytest.mark.parametrize(("library", "python"), [
    ("_internal/libpython3.12.so.1.0", "3.12"), ("_internal/python313.dll", "3.13"),
    ("_internal/libpython3.11.dylib", "3.11"), ("_internal/unrelated.so", "")])
def test_the_smoke_test_says_which_python_was_frozen(tmp_path: Path, library: str,
                                                     python: str) -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import smoke_frozen
    finally:
        sys.path.remove(str(ROOT / "tools"))
    (tmp_path / "_internal" / "python3.12").mkdir(parents=True)  # a folder is not the library
    (tmp_path / library).write_bytes(b"")
    assert smoke_frozen.frozen_python(tmp_path) == python
