"""The fax gateway: a HylaFAX-compatible spool (`recvq/fax*.tif`) or a plain drop folder.

- A file is picked up only once it is settled: not hidden, not a `.part`/`.tmp`, and unchanged
  (size and mtime) for `fax_settle_seconds`. The gateway's "fax received" hook
  (`intake fax-received FILE`) skips the wait: HylaFAX runs it once the file is complete.
- The sender's TSI (TIFF ImageDescription, tag 270, first line) and the caller id are recorded in
  `Message.meta`; they help a clerk match the practitioner but never prove who sent the fax.
- Once the outcome is committed the file moves to `done/` (or `quarantine/`) beside the spool's
  `recvq/` (inside a plain drop folder), then the ledger row is marked `source_done`.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from intake.settings import Settings
from intake.sources.base import Ingestor
from intake.storage.db import unit_of_work
from intake.storage.models import Message

log = logging.getLogger("intake.sources.fax")

FAX_SUFFIXES = {".tif", ".tiff", ".pdf"}
PARTIAL_SUFFIXES = {".part", ".tmp", ".partial"}


@dataclass
class FaxReport:
    new_ids: list[int] = field(default_factory=list)
    unsettled: int = 0


def read_tsi(data: bytes) -> tuple[str, list[str]]:
    """(TSI, caller ids) from the TIFF ImageDescription tag as HylaFAX writes it; ("", []) if absent.

    >>> read_tsi(b"not a tiff")
    ('', [])
    """
    try:
        from PIL import Image

        with Image.open(io.BytesIO(data)) as image:
            description = image.tag_v2.get(270) if hasattr(image, "tag_v2") else None
    except Exception:  # noqa: BLE001 - any unreadable TIFF tag means no TSI, never a crash
        return "", []
    if not description:
        return "", []
    lines = [line.strip() for line in str(description).splitlines()]
    return (lines[0] if lines else ""), [line for line in lines[1:] if line]


def fax_meta(path: Path, data: bytes, *, caller_id: str | None = None) -> dict[str, Any]:
    tsi, caller_ids = read_tsi(data)
    meta: dict[str, Any] = {"path": str(path), "filename": path.name, "tsi": tsi[:100], "tsi_verified": False}
    caller = caller_id or (caller_ids[0] if caller_ids else "")
    if caller:
        meta["caller_id"] = caller[:40]
    return meta


class FaxSpool:
    """A HylaFAX spool (with `recvq/`) or a drop folder of TIFF/PDF files."""

    kind = "fax"

    def __init__(self, settings: Settings, *, clock: Any = time.time) -> None:
        self.settings = settings
        self.url = settings.effective_database_url
        self.root = Path(settings.fax_spool).resolve()
        recvq = self.root / "recvq"
        self.incoming = recvq if recvq.is_dir() else self.root
        self.done_dir = self.root / "done"
        self.quarantine_dir = self.root / "quarantine"
        self.clock = clock

    @property
    def name(self) -> str:
        return f"fax:{self.root}"

    def source_key(self, path: Path, sha256: str) -> str:
        return f"fax:{path.resolve()}:{sha256[:16]}"

    # -- finding files ----------------------------------------------------------------------------
    def candidates(self) -> list[Path]:
        if not self.incoming.is_dir():
            return []
        found = [p for p in self.incoming.iterdir() if p.is_file() and self._looks_like_fax(p)]
        return sorted(found, key=lambda p: (p.stat().st_mtime, p.name))

    def _looks_like_fax(self, path: Path) -> bool:
        if path.name.startswith(".") or path.suffix.lower() in PARTIAL_SUFFIXES:
            return False
        if self.incoming.name == "recvq":
            return path.name.startswith("fax") and path.suffix.lower() in {".tif", ".tiff"}
        return path.suffix.lower() in FAX_SUFFIXES

    def settled(self, path: Path) -> bool:
        """Unchanged for `fax_settle_seconds` (size above zero, mtime old enough)."""
        try:
            stat = path.stat()
        except FileNotFoundError:
            return False
        return stat.st_size > 0 and self.clock() - stat.st_mtime >= self.settings.fax_settle_seconds

    # -- ingesting --------------------------------------------------------------------------------
    def fetch_new(self, pipeline: Ingestor) -> FaxReport:
        report = FaxReport()
        for path in self.candidates():
            if not self.settled(path):
                report.unsettled += 1
                continue
            row_id, created = self.ingest_file(pipeline, path)
            if created:
                report.new_ids.append(row_id)
        return report

    def ingest_file(
        self, pipeline: Ingestor, path: Path, *, caller_id: str | None = None
    ) -> tuple[int, bool]:
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        return pipeline.ingest(
            data,
            source="fax",
            source_key=self.source_key(path, digest),
            meta=fax_meta(path.resolve(), data, caller_id=caller_id),
        )

    # -- moving -----------------------------------------------------------------------------------
    def move_done(self) -> int:
        moved = 0
        for row_id, outcome, path in self._decided():
            target_dir = self.quarantine_dir if outcome == "quarantine" else self.done_dir
            if self._move(Path(path), target_dir):
                self._mark_done(row_id)
                moved += 1
        return moved

    def _decided(self) -> list[tuple[int, str, str]]:
        prefix = f"fax:{self.root}/"
        query = select(Message.id, Message.outcome, Message.meta).where(
            Message.source == "fax",
            Message.source_key.startswith(prefix, autoescape=True),
            Message.outcome.is_not(None),
            Message.source_done.is_(False),
        )
        with unit_of_work(self.url) as session:
            return [(int(i), str(o), str((m or {}).get("path", ""))) for i, o, m in session.execute(query)]

    @staticmethod
    def _move(path: Path, target_dir: Path) -> bool:
        """True once the file is out of the spool (moved now, or already gone by an earlier run)."""
        target_dir.mkdir(parents=True, exist_ok=True)
        target = target_dir / path.name
        if not path.exists():
            return True
        if target.exists():
            target = target_dir / f"{path.stem}-{int(time.time() * 1000)}{path.suffix}"
        try:
            os.replace(path, target)
        except OSError:
            shutil.move(str(path), str(target))
        return True

    def _mark_done(self, row_id: int) -> None:
        with unit_of_work(self.url) as session:
            session.execute(update(Message).where(Message.id == row_id).values(source_done=True))
            session.commit()


def spool_for(settings: Settings, path: Path) -> FaxSpool:
    """The configured spool, or a drop folder made of the file's own folder (hook on a bare file)."""
    if settings.fax_spool:
        spool = FaxSpool(settings)
        resolved = path.resolve()
        if resolved.parent in (spool.incoming, spool.root):
            return spool
    parent = path.resolve().parent
    root = parent.parent if parent.name == "recvq" else parent
    from dataclasses import replace

    return FaxSpool(replace(settings, fax_spool=str(root)))
