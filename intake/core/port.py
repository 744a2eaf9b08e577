"""The core system: where claims and tickets are created. One port, two adapters.

- `LocalCore`: the embedded default; the claims and tickets tables are the record, nothing to send.
- `HttpCore`: POSTs JSON to `INTAKE_CORE_URL` with an `Idempotency-Key`, so a retried call after a
  crash creates nothing twice on the other side.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any, Protocol


class TransientError(Exception):
    """The call may succeed later (timeout, 5xx, connection refused)."""


class PermanentError(Exception):
    """The call will never succeed as it is (4xx other than 408/429)."""


class CoreSystem(Protocol):
    def create(self, kind: str, payload: dict[str, Any], *, idempotency_key: str) -> str:
        """Create a claim or a ticket (`kind`), return the core system's reference."""


class LocalCore:
    def create(self, kind: str, payload: dict[str, Any], *, idempotency_key: str) -> str:
        return str(payload.get("number") or idempotency_key)


class HttpCore:
    def __init__(self, base_url: str, *, timeout: float = 10.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def create(self, kind: str, payload: dict[str, Any], *, idempotency_key: str) -> str:
        body = json.dumps(payload, ensure_ascii=False).encode()
        request = urllib.request.Request(  # noqa: S310 - the URL is the operator's configured core system
            f"{self.base_url}/{kind}s",
            data=body,
            method="POST",
            headers={"Content-Type": "application/json", "Idempotency-Key": idempotency_key},
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                answer = json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as error:
            if error.code >= 500 or error.code in (408, 429):
                raise TransientError(f"core system answered {error.code}") from error
            raise PermanentError(f"core system refused: {error.code}") from error
        except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
            raise TransientError(f"core system unreachable: {error}") from error
        return str(answer.get("id") or answer.get("reference") or idempotency_key)


def core_for(core_url: str, timeout: float = 10.0) -> CoreSystem:
    return HttpCore(core_url, timeout=timeout) if core_url else LocalCore()
