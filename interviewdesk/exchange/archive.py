"""The package file: one zip (``.idpkg``) with a versioned JSON manifest, one JSON file
per table and original documents as files, each listed in the manifest with its
SHA-256.

Reading is the dangerous half, so :func:`read_package` checks everything before the
caller sees a byte of content: the zip's member count and declared sizes against
:class:`Limits` (a zip bomb is refused before it is inflated), every member name
against the few shapes a package has (``../``, absolute paths and anything else are
refused), the manifest's format version and kind, every checksum, and that each table
file holds a list of objects. Nothing is ever extracted to disk.
"""

import hashlib
import json
import os
import re
import struct
import tempfile
import uuid
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from interviewdesk.exchange.errors import PackageError

#: The file name ending the app offers and recognises (drag and drop, dialogs).
SUFFIX = ".idpkg"
FORMAT = "interviewdesk-package"
#: The manifest layout this build writes and the ones it can read.
FORMAT_VERSION = 1
READABLE_VERSIONS = frozenset({1})
KINDS = ("panel", "return", "move", "offline")
MANIFEST = "manifest.json"

_TABLE_NAME = re.compile(r"^tables/[a-z][a-z0-9_]{0,62}\.json$")
_DOCUMENT_NAME = re.compile(r"^documents/[0-9a-f]{64}$")


@dataclass(frozen=True)
class Limits:
    """Caps on what a package may unpack to; generous for a firm's whole database,
    far below what would exhaust a laptop."""

    max_files: int = 20_000
    max_total_bytes: int = 2_000_000_000
    max_file_bytes: int = 300_000_000
    max_manifest_bytes: int = 8_000_000


DEFAULT_LIMITS = Limits()


@dataclass
class Package:
    """A package's content in memory: its manifest, its tables (rows as JSON objects)
    and its documents by SHA-256."""

    kind: str
    package_id: str
    created_at: datetime
    app_version: str
    header: dict[str, Any] = field(default_factory=dict)
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    documents: dict[str, bytes] = field(default_factory=dict)

    def table(self, name: str) -> list[dict[str, Any]]:
        """The rows of table ``name`` (none if the package has no such file)."""
        return self.tables.get(name, [])


def new_package(kind: str, header: dict[str, Any] | None = None) -> Package:
    """An empty package of ``kind`` with a fresh id, made now by this version."""
    from interviewdesk import version

    if kind not in KINDS:
        raise ValueError(f"unknown package kind {kind!r}")
    return Package(kind, str(uuid.uuid4()), datetime.now(UTC), version(), dict(header or {}))


def add_document(package: Package, content: bytes) -> str:
    """Keep ``content`` in the package; returns the reference a row stores for it."""
    digest = hashlib.sha256(content).hexdigest()
    package.documents[digest] = content
    return digest


def write_package(package: Package, path: Path) -> Path:
    """Write ``package`` to ``path`` (private, 0600), replacing it only once complete."""
    path = Path(path)
    if not path.parent.is_dir():
        raise PackageError(f"The folder {path.parent} does not exist.")
    members: list[tuple[str, bytes]] = []
    for name, rows in sorted(package.tables.items()):
        data = json.dumps(rows, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
        members.append((f"tables/{name}.json", data))
    for digest, content in sorted(package.documents.items()):
        members.append((f"documents/{digest}", content))
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "kind": package.kind,
        "package_id": package.package_id,
        "created_at": package.created_at.isoformat(),
        "app_version": package.app_version,
        "header": package.header,
        "files": [
            {"name": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in members
        ],
    }
    fd, temporary = tempfile.mkstemp(prefix=".idpkg-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle, zipfile.ZipFile(
            handle, "w", compression=zipfile.ZIP_DEFLATED
        ) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
            for name, data in members:
                archive.writestr(name, data)
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def read_package(path: Path, limits: Limits = DEFAULT_LIMITS) -> Package:
    """Read and check the package at ``path``; :class:`PackageError` says what is wrong."""
    path = Path(path)
    if not path.is_file():
        raise PackageError(f"There is no file {path}.")
    try:
        with zipfile.ZipFile(path) as archive:
            return _read(archive, path, limits)
    except zipfile.BadZipFile as error:
        raise PackageError(
            f"{path.name} is not an InterviewDesk package, or it is damaged or incomplete "
            f"({error})."
        ) from error
    except (zipfile.LargeZipFile, NotImplementedError, EOFError, ValueError, RuntimeError,
            zlib.error, struct.error) as error:
        # CRC mismatches come as BadZipFile; a cut-off or garbled stream, an odd method
        # or an encrypted member as these.
        raise PackageError(f"{path.name} is damaged and cannot be read ({error}).") from error
    except OSError as error:
        raise PackageError(f"{path.name} cannot be read: {error.strerror or error}.") from error


def _read(archive: zipfile.ZipFile, path: Path, limits: Limits) -> Package:
    infos = archive.infolist()
    if len(infos) > limits.max_files:
        raise PackageError(
            f"{path.name} holds {len(infos)} files, more than a package may "
            f"({limits.max_files}); it was not read."
        )
    names = [info.filename for info in infos]
    for name in names:
        _check_name(name, path)
    if len(set(names)) != len(names):
        raise PackageError(f"{path.name} holds a file twice; it is not a valid package.")
    declared = sum(info.file_size for info in infos)
    if declared > limits.max_total_bytes:
        raise PackageError(
            f"{path.name} would unpack to {declared:,} bytes, more than a package may "
            f"({limits.max_total_bytes:,}); it was not read."
        )
    if MANIFEST not in names:
        raise PackageError(f"{path.name} has no manifest: it is not an InterviewDesk package.")
    manifest = _json(_member(archive, archive.getinfo(MANIFEST), limits.max_manifest_bytes),
                     MANIFEST, path)
    listed = _check_manifest(manifest, path)
    present = set(names) - {MANIFEST}
    if set(listed) != present:
        missing = sorted(set(listed) - present)
        extra = sorted(present - set(listed))
        what = f"missing {missing[0]}" if missing else f"an unlisted file {extra[0]}"
        raise PackageError(f"{path.name} does not match its manifest ({what}); it was not read.")
    package = Package(
        manifest["kind"],
        manifest["package_id"],
        _moment(manifest["created_at"], path),
        manifest["app_version"],
        manifest["header"],
    )
    for name, (digest, size) in listed.items():
        info = archive.getinfo(name)
        if info.file_size != size:
            raise PackageError(
                f"{path.name}: the size of {name} does not match the manifest; the package "
                "was changed or damaged after it was made."
            )
        data = _member(archive, info, limits.max_file_bytes)
        if hashlib.sha256(data).hexdigest() != digest:
            raise PackageError(
                f"{path.name}: the checksum of {name} does not match; the package was changed "
                "or damaged after it was made, so nothing was imported."
            )
        if name.startswith("tables/"):
            package.tables[name[len("tables/"):-len(".json")]] = _rows(_json(data, name, path),
                                                                       name, path)
        else:
            package.documents[name[len("documents/"):]] = data
    return package


def _check_name(name: str, path: Path) -> None:
    """Only the shapes a package has; a path that climbs out or starts at a root is
    named as such, since that is what a crafted package tries."""
    pure = PurePosixPath(name.replace("\\", "/"))
    if name.startswith(("/", "\\")) or pure.is_absolute() or re.match(r"^[A-Za-z]:", name):
        raise PackageError(f"{path.name} contains an absolute path ({name!r}); refused.")
    if ".." in pure.parts:
        raise PackageError(f"{path.name} contains a path that leaves the package ({name!r}); "
                           "refused.")
    if name != MANIFEST and not (_TABLE_NAME.match(name) or _DOCUMENT_NAME.match(name)):
        raise PackageError(f"{path.name} contains an unexpected file ({name!r}); refused.")


def _member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    """One member's bytes, never more than ``cap`` whatever its header claims."""
    if info.file_size > cap:
        raise PackageError(f"{info.filename} is larger than a package file may be ({cap:,} "
                           "bytes); refused.")
    with archive.open(info) as stream:
        data = stream.read(cap + 1)
    if len(data) > cap:
        raise PackageError(f"{info.filename} unpacks to more than it declares; refused.")
    return data


def _json(data: bytes, name: str, path: Path) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise PackageError(f"{path.name}: {name} is not valid JSON ({error}).") from error


def _check_manifest(manifest: Any, path: Path) -> dict[str, tuple[str, int]]:
    """The files the manifest lists, as name → (sha256, size), once it proves sound."""
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackageError(f"{path.name} is not an InterviewDesk package (its manifest is not "
                           "one).")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or \
            version not in READABLE_VERSIONS:
        raise PackageError(
            f"{path.name} is a package of format version {version!r}, which this version of "
            f"InterviewDesk cannot read (it reads version {FORMAT_VERSION}); update the app "
            "on this laptop."
        )
    kind = manifest.get("kind")
    if kind not in KINDS:
        raise PackageError(f"{path.name} is a package of an unknown kind ({kind!r}).")
    try:
        uuid.UUID(str(manifest.get("package_id")))
    except ValueError:
        raise PackageError(f"{path.name} has no valid package id.") from None
    if not isinstance(manifest.get("app_version"), str) or \
            not isinstance(manifest.get("header"), dict) or \
            not isinstance(manifest.get("created_at"), str):
        raise PackageError(f"{path.name}: the manifest is incomplete.")
    files = manifest.get("files")
    if not isinstance(files, list):
        raise PackageError(f"{path.name}: the manifest lists no files.")
    listed: dict[str, tuple[str, int]] = {}
    for entry in files:
        if not (isinstance(entry, dict) and isinstance(entry.get("name"), str)
                and isinstance(entry.get("sha256"), str)
                and re.fullmatch(r"[0-9a-f]{64}", entry["sha256"])
                and isinstance(entry.get("size"), int) and not isinstance(entry["size"], bool)):
            raise PackageError(f"{path.name}: the manifest's list of files is malformed.")
        _check_name(entry["name"], path)
        if entry["name"] == MANIFEST or entry["name"] in listed:
            raise PackageError(f"{path.name}: the manifest lists {entry['name']} wrongly.")
        listed[entry["name"]] = (entry["sha256"], entry["size"])
    return listed


def _moment(text: str, path: Path) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise PackageError(f"{path.name}: the manifest's date is not a date.") from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _rows(value: Any, name: str, path: Path) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(row, dict) for row in value):
        raise PackageError(f"{path.name}: {name} is not a list of records.")
    return value
