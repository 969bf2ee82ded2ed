"""Damaged and crafted packages: each refused with a clear message, and the database
exactly as it was (a dump before and after)."""

import hashlib
import json
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interviewdesk.exchange import (
    Limits,
    PackageError,
    build_panel_package,
    import_package,
    write_package,
)
from interviewdesk.store.database import Database
from tests.exchange.conftest import Chair
from tests.exchange.package_tools import dump, rewrite


@pytest.fixture
def panel(chair: Chair, tmp_path: Path) -> Path:
    return write_package(build_panel_package(chair.db, chair.interview_id, chair.rene),
                         tmp_path / "panel.idpkg")


def refused(db: Database, path: Path, message: str, limits: Limits | None = None) -> str:
    """Import ``path`` expecting :class:`PackageError` matching ``message``; the
    database must be unchanged. Returns the message."""
    before = dump(db)
    with pytest.raises(PackageError, match=message) as raised:
        if limits is None:
            import_package(db, path)
        else:
            import_package(db, path, limits=limits)
    assert dump(db) == before
    text = str(raised.value)
    assert "\n" not in text and "Traceback" not in text
    return text


def fix_checksums(content: dict[str, bytes]) -> Callable[[dict], None]:
    """A manifest callback that makes the listed checksums fit ``content`` again."""
    def fix(manifest: dict) -> None:
        manifest["files"] = [{"name": name, "sha256": hashlib.sha256(data).hexdigest(),
                              "size": len(data)} for name, data in content.items()]
    return fix


def test_a_tampered_file_fails_its_checksum(panel: Path, member_db: Database,
                                            tmp_path: Path) -> None:
    def tamper(content: dict[str, bytes]) -> None:
        content["tables/competency.json"] = content["tables/competency.json"].replace(
            b'"weight": 1.0', b'"weight": 9.0', 1)
    rewrite(panel, tmp_path / "bad.idpkg", members=tamper)
    refused(member_db, tmp_path / "bad.idpkg", "checksum of tables/competency.json")


def test_an_unknown_format_version_is_refused(panel: Path, member_db: Database,
                                              tmp_path: Path) -> None:
    rewrite(panel, tmp_path / "v2.idpkg", manifest=lambda m: m.update(format_version=2))
    text = refused(member_db, tmp_path / "v2.idpkg", "format version 2")
    assert "update the app" in text


def test_a_zip_bomb_is_refused_before_it_is_inflated(member_db: Database,
                                                     tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.idpkg"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", "{}")
        archive.writestr("tables/vacancy.json", b"\0" * 30_000_000)
    assert bomb.stat().st_size < 100_000
    refused(member_db, bomb, "would unpack to 30,000,0\\d\\d bytes",
            limits=Limits(max_total_bytes=10_000_000))


def test_too_many_files_are_refused(member_db: Database, tmp_path: Path) -> None:
    many = tmp_path / "many.idpkg"
    with zipfile.ZipFile(many, "w") as archive:
        for number in range(30):
            archive.writestr(f"tables/t{number}.json", "[]")
    refused(member_db, many, "holds 30 files", limits=Limits(max_files=25))


@pytest.mark.parametrize(("name", "message"), [
    ("../../evil.json", "leaves the package"),
    ("tables/../../../etc/passwd", "leaves the package"),
    ("/etc/passwd", "absolute path"),
    ("C:/Windows/evil.json", "absolute path"),
    ("tables/evil.exe", "unexpected file"),
])
def test_a_path_outside_the_package_is_refused(panel: Path, member_db: Database,
                                               tmp_path: Path, name: str, message: str) -> None:
    def add(content: dict[str, bytes]) -> None:
        content[name] = b"[]"
    rewrite(panel, tmp_path / "path.idpkg", members=add)
    refused(member_db, tmp_path / "path.idpkg", message)


def test_a_truncated_file_is_refused(panel: Path, member_db: Database, tmp_path: Path) -> None:
    data = panel.read_bytes()
    for cut in (len(data) // 2, len(data) - 30, 100):
        (tmp_path / "cut.idpkg").write_bytes(data[:cut])
        refused(member_db, tmp_path / "cut.idpkg", "damaged|incomplete")


def test_a_package_of_the_wrong_kind_is_refused(panel: Path, member_db: Database,
                                                tmp_path: Path) -> None:
    rewrite(panel, tmp_path / "bogus.idpkg", manifest=lambda m: m.update(kind="bogus"))
    refused(member_db, tmp_path / "bogus.idpkg", "unknown kind")
    rewrite(panel, tmp_path / "return.idpkg", manifest=lambda m: m.update(kind="return"))
    refused(member_db, tmp_path / "return.idpkg", "exactly one assessment form")
    rewrite(panel, tmp_path / "move.idpkg", manifest=lambda m: m.update(kind="move"))
    refused(member_db, tmp_path / "move.idpkg", "schema version")


def test_not_a_package_at_all(member_db: Database, tmp_path: Path) -> None:
    (tmp_path / "cv.idpkg").write_bytes(b"%PDF-1.4 not a zip")
    refused(member_db, tmp_path / "cv.idpkg", "not an InterviewDesk package")
    refused(member_db, tmp_path / "missing.idpkg", "There is no file")


def test_a_wrong_shape_is_refused_even_with_good_checksums(panel: Path, member_db: Database,
                                                           tmp_path: Path) -> None:
    with zipfile.ZipFile(panel) as archive:
        content = {n: archive.read(n) for n in archive.namelist() if n != "manifest.json"}
    rows = json.loads(content["tables/interview.json"])
    rows[0]["planned_minutes"] = "sixty"
    content["tables/interview.json"] = json.dumps(rows).encode()
    rewrite(panel, tmp_path / "shape.idpkg", manifest=fix_checksums(content),
            members=lambda c: c.update(content))
    refused(member_db, tmp_path / "shape.idpkg", "planned_minutes, must be a whole number")

    rows[0]["planned_minutes"] = 60
    rows[0]["application_id"] = 999
    content["tables/interview.json"] = json.dumps(rows).encode()
    rewrite(panel, tmp_path / "ref.idpkg", manifest=fix_checksums(content),
            members=lambda c: c.update(content))
    refused(member_db, tmp_path / "ref.idpkg", "refers to a record the package does not hold")


def test_a_failure_half_way_rolls_everything_back(chair: Chair, panel: Path,
                                                  member_db: Database, tmp_path: Path) -> None:
    """A package that passes every check but clashes at the last insert: the rows
    written before the clash are gone again."""
    with zipfile.ZipFile(panel) as archive:
        content = {n: archive.read(n) for n in archive.namelist() if n != "manifest.json"}
    seats = json.loads(content["tables/panelmember.json"])
    seats[1]["interviewer_id"] = seats[0]["interviewer_id"]  # the same person twice
    content["tables/panelmember.json"] = json.dumps(seats).encode()
    rewrite(panel, tmp_path / "clash.idpkg", manifest=fix_checksums(content),
            members=lambda c: c.update(content))
    refused(member_db, tmp_path / "clash.idpkg", "does not fit this database")


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_packages_never_crash_and_never_half_import(
        panel: Path, member_db: Database, tmp_path: Path, data: st.DataObject) -> None:
    original = panel.read_bytes()
    flips = data.draw(st.lists(st.tuples(st.integers(0, len(original) - 1),
                                         st.integers(0, 255)), min_size=1, max_size=8))
    mutated = bytearray(original)
    for position, value in flips:
        mutated[position] = value
    path = tmp_path / "fuzz.idpkg"
    path.write_bytes(bytes(mutated))
    before = dump(member_db)
    try:
        result = import_package(member_db, path)
    except PackageError as error:
        assert "\n" not in str(error)
        assert dump(member_db) == before
    else:  # a flip in slack space: then it is the real package, read whole
        assert result.outcome in ("created", "already_imported")


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats() | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=3),
    max_leaves=6)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_value_in_any_field_is_checked_before_writing(
        panel: Path, member_db: Database, tmp_path: Path, data: st.DataObject) -> None:
    """Checksums made to fit, so the shape checks are what stands in the way."""
    with zipfile.ZipFile(panel) as archive:
        content = {n: archive.read(n) for n in archive.namelist() if n != "manifest.json"}
    name = data.draw(st.sampled_from(sorted(content)))
    rows = json.loads(content[name])
    row = data.draw(st.sampled_from(rows))
    field = data.draw(st.sampled_from(sorted(row)) | st.text(min_size=1, max_size=8))
    row[field] = data.draw(JSON_VALUES)
    content[name] = json.dumps(rows).encode()
    fix = fix_checksums(content)

    def fresh(manifest: dict) -> None:  # a new package each time, never "imported before"
        fix(manifest)
        manifest["package_id"] = str(uuid.uuid4())
    path = rewrite(panel, tmp_path / "shape.idpkg", manifest=fresh,
                   members=lambda c: c.update(content))
    before = dump(member_db)
    try:
        import_package(member_db, path)
    except PackageError as error:
        assert "\n" not in str(error)
        assert dump(member_db) == before
