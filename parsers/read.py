"""The one entry point: any attachment's bytes to a `ReadResult`, never an exception for bad input."""

from __future__ import annotations

import logging
import time

from intake.domain.model import ReadResult
from parsers.base import ReadError
from parsers.limits import Limits
from parsers.registry import REFUSED, REGISTRY, Registry
from parsers.sniff import sniff

log = logging.getLogger(__name__)

NO_TEXT = "aucun texte lisible"
_FAILED = {
    "pdf": "PDF corrompu ou tronqué",
    "zip": "archive ZIP corrompue",
    "text": "texte illisible",
    "html": "HTML illisible",
}


def read_document(
    data: bytes,
    *,
    limits: Limits | None = None,
    filename: str | None = None,
    registry: Registry | None = None,
) -> ReadResult:
    """Read any attachment. The type is sniffed from the bytes; `filename` is only for diagnostics.

    Every failure is a `ReadResult` with `error` set to a one-line reason a clerk understands.
    """
    limits = limits or Limits()
    data = bytes(data or b"")
    kind = sniff(data)
    if len(data) > limits.max_bytes:
        return ReadResult(kind=kind, error=f"fichier trop gros ({_mb(len(data))} > {_mb(limits.max_bytes)})")
    if kind in REFUSED:
        return ReadResult(kind=kind, error=REFUSED[kind])
    reader = (registry or REGISTRY).reader_for(kind)
    if reader is None:
        return ReadResult(kind=kind, error=f"type de fichier non pris en charge ({kind})")
    started = time.monotonic()
    try:
        result = reader.read(data, limits)
    except ReadError as error:
        return ReadResult(kind=kind, error=str(error))
    except MemoryError:
        return ReadResult(kind=kind, error="fichier trop lourd à lire (mémoire)")
    except RecursionError:
        return ReadResult(kind=kind, error=_FAILED.get(kind, "fichier corrompu"))
    except Exception as error:  # noqa: BLE001 - any library's surprise on hostile bytes is a bad file, not a crash
        log.warning("reader failed", extra={"kind": kind, "error_type": type(error).__name__})
        return ReadResult(kind=kind, error=_FAILED.get(kind, "image illisible ou corrompue"))
    result.meta.setdefault("seconds", round(time.monotonic() - started, 3))
    return _check_text(result)


def _check_text(result: ReadResult) -> ReadResult:
    if result.error is None and not any(page.words for page in result.pages):
        failures = sorted({note for page in result.pages for note in page.notes if note.startswith("OCR")})
        result.error = NO_TEXT + (f" ({failures[0]})" if failures else "")
    return result


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.0f} Mo" if size >= 1_000_000 else f"{size // 1000} ko"
