"""What every reader looks like, and the error a reader raises for input it refuses."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from intake.domain.model import ReadResult
from parsers.limits import Limits


class ReadError(Exception):
    """Input that cannot or must not be read; `str(error)` is a one-line reason for a clerk."""


@runtime_checkable
class Reader(Protocol):
    """Reads the bytes of one sniffed kind into pages of words. May raise; `read_document` catches."""

    kinds: frozenset[str]

    def read(self, data: bytes, limits: Limits) -> ReadResult: ...
