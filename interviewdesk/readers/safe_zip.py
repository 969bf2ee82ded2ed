"""Limits for reading a zip archive that may have been built to hurt: a "zip bomb".

A DOCX is a zip archive, and so is anything else the app may one day read. Before any
part is unpacked, :func:`check_zip` looks at what the archive's directory declares —
the number of parts, each part's unpacked size, and how far each part is compressed —
and refuses an archive that would unpack to more than a CV could ever need.

Checking the declared sizes is enough: Python's :mod:`zipfile` never hands out more
bytes than a part declares (it stops there and reports the archive as damaged), so a
part that lies about its size cannot unpack beyond the limit either.

This module has no dependency on the rest of the app, so any reader of zip archives
can use it.
"""

import zipfile
from dataclasses import dataclass
from typing import Literal

ZipProblem = Literal["too_many_parts", "unpacks_too_large", "compressed_too_far"]


@dataclass(frozen=True)
class ZipLimits:
    """How much an archive may hold.

    ``max_ratio`` applies only to parts that unpack to more than ``ratio_floor`` bytes:
    a tiny part of repeated text compresses far without being a threat.
    """

    max_parts: int = 2_000
    max_total_bytes: int = 100 * 1024 * 1024
    max_part_bytes: int = 50 * 1024 * 1024
    max_ratio: int = 100
    ratio_floor: int = 1024 * 1024


class ZipLimitError(Exception):
    """The archive exceeds a :class:`ZipLimits` limit; ``problem`` says which."""

    def __init__(self, message: str, problem: ZipProblem) -> None:
        super().__init__(message)
        self.problem: ZipProblem = problem


def check_zip(archive: zipfile.ZipFile, limits: ZipLimits = ZipLimits()) -> None:
    """Raise :class:`ZipLimitError` if ``archive`` declares more than ``limits`` allow.

    Reads only the archive's directory, never a part's content.
    """
    parts = archive.infolist()
    if len(parts) > limits.max_parts:
        raise ZipLimitError(
            f"The archive has {len(parts)} parts; at most {limits.max_parts} are allowed.",
            "too_many_parts",
        )
    total = 0
    for part in parts:
        total += part.file_size
        if part.file_size > limits.max_part_bytes or total > limits.max_total_bytes:
            raise ZipLimitError(
                f"The archive unpacks to more than {_mb(limits.max_total_bytes)} "
                f"(or one part to more than {_mb(limits.max_part_bytes)}).",
                "unpacks_too_large",
            )
        if part.file_size > limits.ratio_floor:
            ratio = part.file_size / max(part.compress_size, 1)
            if ratio > limits.max_ratio:
                raise ZipLimitError(
                    f"A part of the archive is compressed {ratio:.0f} to 1; at most "
                    f"{limits.max_ratio} to 1 is allowed.",
                    "compressed_too_far",
                )


def _mb(size: int) -> str:
    return f"{size // (1024 * 1024)} MB"
