"""What a source needs from the pipeline: committing a ledger row (see `Pipeline.ingest`)."""

from __future__ import annotations

from typing import Any, Protocol


class Ingestor(Protocol):
    def ingest(
        self,
        raw: bytes,
        *,
        source: str,
        source_key: str,
        account: str | None = None,
        folder: str | None = None,
        uidvalidity: int | None = None,
        uid: int | None = None,
        meta: dict[str, Any] | None = None,
        quarantine_reason: str | None = None,
    ) -> tuple[int, bool]: ...
