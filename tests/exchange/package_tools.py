"""Helpers for the exchange tests: dump a database, rewrite a package."""

import json
import zipfile
from collections.abc import Callable
from pathlib import Path

from interviewdesk.store.database import Database


def dump(db: Database) -> str:
    """The whole database as SQL text: equal dumps, equal databases."""
    connection = db.engine.raw_connection()
    try:
        return "\n".join(connection.driver_connection.iterdump())  # type: ignore[union-attr]
    finally:
        connection.close()


Rewrite = Callable[[Path, Path], None]


def rewrite(source: Path, target: Path, *, manifest: Callable[[dict], None] | None = None,
            members: Callable[[dict[str, bytes]], None] | None = None) -> Path:
    """A copy of the package ``source`` at ``target`` with its manifest and/or members
    changed by the callbacks (checksums left as they were unless a callback fixes them)."""
    with zipfile.ZipFile(source) as archive:
        content = {name: archive.read(name) for name in archive.namelist()}
    data = json.loads(content.pop("manifest.json"))
    if manifest is not None:
        manifest(data)
    if members is not None:
        members(content)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(data))
        for name, value in content.items():
            archive.writestr(name, value)
    return target
