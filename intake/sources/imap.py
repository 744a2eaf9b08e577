"""The claims mailbox over IMAP (imapclient).

One poll is two short sessions with the server:

1. `fetch_new`: SELECT the folder, `UID SEARCH UID <last+1>:*`, fetch `RFC822.SIZE` and
   `BODY.PEEK[HEADER]` first, then `BODY.PEEK[]` of the messages under the size limit, and commit each
   one to the ledger (`Pipeline.ingest`, keyed on account, folder, UIDVALIDITY, UID). An oversized
   message is recorded from its headers alone, already in quarantine. Nothing is flagged: PEEK
   never sets `\\Seen`.
2. `move_done`: the messages whose outcome is committed are moved to the done or quarantine folder
   (MOVE, or COPY + `\\Deleted` + UID EXPUNGE), then marked `source_done` in the ledger.

A crash anywhere leaves a state the next poll finishes: ingest is idempotent on the source key, the
last UID is saved after the ingest commits, and moving a UID that is already gone is a no-op.
A new UIDVALIDITY restarts from UID 1 under new keys; the pipeline recognises the same bytes (sha256)
and records the copy as a duplicate instead of creating a second claim.
"""

from __future__ import annotations

import contextlib
import logging
import random
import ssl
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError
from sqlalchemy import select, update

from intake.settings import Settings
from intake.sources.base import Ingestor
from intake.storage.db import unit_of_work
from intake.storage.models import MailboxState, Message

log = logging.getLogger("intake.sources.imap")

HEADER_BATCH = 200
BODY_BATCH_BYTES = 20 * 1024 * 1024
MOVE_BATCH = 200
CONNECTION_ERRORS = (OSError, IMAPClientError, EOFError)


@dataclass(frozen=True)
class MailboxConfig:
    host: str
    port: int
    user: str
    password: str = field(repr=False)
    tls: str = "ssl"
    folder: str = "INBOX"
    done_folder: str = "Processed"
    quarantine_folder: str = "Quarantine"
    max_bytes: int = 40 * 1024 * 1024

    @classmethod
    def from_settings(cls, settings: Settings) -> MailboxConfig:
        return cls(
            host=settings.imap_host,
            port=settings.imap_port,
            user=settings.imap_user,
            password=settings.imap_password,
            tls=settings.imap_tls,
            folder=settings.imap_folder,
            done_folder=settings.imap_done_folder,
            quarantine_folder=settings.imap_quarantine_folder,
            max_bytes=settings.imap_max_message_bytes,
        )

    @property
    def account(self) -> str:
        return f"{self.user}@{self.host}"

    @property
    def name(self) -> str:
        """The source's name (lease, logs, metrics)."""
        return f"imap:{self.account}/{self.folder}"

    def source_key(self, uidvalidity: int, uid: int) -> str:
        return f"imap:{self.account}/{self.folder}/{uidvalidity}/{uid}"


@dataclass
class FetchReport:
    new_ids: list[int] = field(default_factory=list)
    fetched: int = 0
    oversized: int = 0
    uidvalidity: int = 0


# -- connecting ------------------------------------------------------------------------------------


def open_client(config: MailboxConfig, *, timeout: float = 60.0) -> IMAPClient:
    """Connect and log in (TLS modes: `ssl`, `starttls`, `none`)."""
    context = ssl.create_default_context()
    if config.tls == "ssl":
        client = IMAPClient(config.host, port=config.port, ssl=True, ssl_context=context, timeout=timeout)
    else:
        client = IMAPClient(config.host, port=config.port, ssl=False, timeout=timeout)
        if config.tls == "starttls":
            client.starttls(context)
        elif config.tls != "none":
            raise ValueError(f"unknown INTAKE_IMAP_TLS mode {config.tls!r} (ssl, starttls or none)")
    client.login(config.user, config.password)
    return client


def connect(
    config: MailboxConfig,
    *,
    attempts: int = 5,
    base_delay: float = 0.5,
    max_delay: float = 30.0,
    opener: Callable[[MailboxConfig], IMAPClient] = open_client,
    sleep: Callable[[float], None] = time.sleep,
) -> IMAPClient:
    """`opener` with exponential backoff and full jitter between failed attempts."""
    for attempt in range(1, attempts + 1):
        try:
            return opener(config)
        except CONNECTION_ERRORS as error:
            if attempt == attempts:
                raise
            delay = backoff_delay(attempt, base=base_delay, cap=max_delay)
            log.warning(
                "imap %s: connection failed (%s), retry in %.1fs", config.name, type(error).__name__, delay
            )
            sleep(delay)
    raise AssertionError("unreachable")


def backoff_delay(attempt: int, *, base: float, cap: float) -> float:
    return float(random.uniform(0, min(cap, base * 2 ** (attempt - 1))))  # noqa: S311 - jitter, not crypto


def close_quietly(client: IMAPClient) -> None:
    try:
        client.logout()
    except Exception:  # noqa: BLE001 - the connection may already be gone
        with contextlib.suppress(Exception):
            client.shutdown()


# -- the source --------------------------------------------------------------------------------------


class ImapSource:
    """The configured mailbox folder as a source of ledger rows."""

    kind = "email"

    def __init__(
        self, settings: Settings, *, opener: Callable[[MailboxConfig], IMAPClient] = open_client
    ) -> None:
        self.settings = settings
        self.url = settings.effective_database_url
        self.config = MailboxConfig.from_settings(settings)
        self.opener = opener

    @property
    def name(self) -> str:
        return self.config.name

    def session(self) -> _Session:
        return _Session(self)

    def fetch_new(self, pipeline: Ingestor) -> FetchReport:
        with self.session() as client:
            return self._fetch_new(client, pipeline)

    def move_done(self) -> int:
        with self.session() as client:
            return self._move_done(client)

    # -- waiting for mail (IDLE) -----------------------------------------------------------------
    def wait_for_mail(self, deadline: float, stopped: Callable[[], bool] = lambda: False) -> bool:
        """Block until new mail shows in the folder (True) or `deadline` (monotonic) passes (False).

        With IDLE (RFC 2177) the server pushes `EXISTS` as soon as a message arrives; the wait is
        cut into short `idle_check` slices so that `stopped()` is honoured. A message that arrived
        between the last poll and the IDLE is seen from UIDNEXT at SELECT. Without IDLE, or when the
        connection fails, False is returned at once and the caller sleeps as it would have anyway.
        """
        try:
            with self.session() as client:
                if not client.has_capability("IDLE"):
                    return False
                info = client.select_folder(self.config.folder, readonly=True)
                uidvalidity = int(info[b"UIDVALIDITY"])
                uidnext = int(info.get(b"UIDNEXT") or 0)
                if uidnext and uidnext > self._last_uid(uidvalidity) + 1:
                    return True
                client.idle()
                try:
                    while not stopped():
                        remaining = deadline - time.monotonic()
                        if remaining <= 0:
                            return False
                        responses = client.idle_check(timeout=min(1.0, remaining))
                        if any(_is_exists(r) for r in responses):
                            return True
                finally:
                    with contextlib.suppress(*CONNECTION_ERRORS):
                        client.idle_done()
                return False
        except CONNECTION_ERRORS as error:
            log.warning("imap %s: IDLE failed (%s), polling instead", self.name, type(error).__name__)
            return False

    # -- fetching --------------------------------------------------------------------------------
    def _fetch_new(self, client: IMAPClient, pipeline: Ingestor) -> FetchReport:
        uidvalidity = self._select(client)
        report = FetchReport(uidvalidity=uidvalidity)
        last = self._last_uid(uidvalidity)
        uids = sorted(int(u) for u in client.search(["UID", f"{last + 1}:*"]) if int(u) > last)
        for chunk in _chunks(uids, HEADER_BATCH):
            sizes = client.fetch(chunk, ["RFC822.SIZE", "BODY.PEEK[HEADER]"])
            small = [u for u in chunk if _size(sizes.get(u)) <= self.config.max_bytes]
            bodies = self._bodies(client, small, sizes)
            for uid in chunk:
                created = self._ingest_one(
                    pipeline, uidvalidity, uid, sizes.get(uid) or {}, bodies.get(uid), report
                )
                if created is not None:
                    report.new_ids.append(created)
            self._save_last_uid(uidvalidity, chunk[-1])
        return report

    def _select(self, client: IMAPClient) -> int:
        info = client.select_folder(self.config.folder)
        return int(info[b"UIDVALIDITY"])

    def _bodies(self, client: IMAPClient, uids: list[int], sizes: dict[int, Any]) -> dict[int, bytes]:
        out: dict[int, bytes] = {}
        for batch in _by_bytes(uids, {u: _size(sizes.get(u)) for u in uids}, BODY_BATCH_BYTES):
            for uid, data in client.fetch(batch, ["BODY.PEEK[]"]).items():
                body = data.get(b"BODY[]")
                if body is not None:
                    out[int(uid)] = bytes(body)
        return out

    def _ingest_one(
        self,
        pipeline: Ingestor,
        uidvalidity: int,
        uid: int,
        head: dict[bytes, Any],
        body: bytes | None,
        report: FetchReport,
    ) -> int | None:
        size = _size(head)
        reason = None
        raw = body
        if size > self.config.max_bytes:
            reason = (
                f"message of {size} bytes over the {self.config.max_bytes}-byte limit (headers kept only)"
            )
            raw = bytes(head.get(b"BODY[HEADER]") or b"")
            report.oversized += 1
        if raw is None:  # expunged by someone else between SEARCH and FETCH
            return None
        row_id, created = pipeline.ingest(
            raw,
            source="email",
            source_key=self.config.source_key(uidvalidity, uid),
            account=self.config.account,
            folder=self.config.folder,
            uidvalidity=uidvalidity,
            uid=uid,
            meta={"imap_size": size},
            quarantine_reason=reason,
        )
        report.fetched += 1
        return row_id if created else None

    def _state_key(self) -> str:
        return f"{self.config.account}/{self.config.folder}"

    def _last_uid(self, uidvalidity: int) -> int:
        with unit_of_work(self.url) as session:
            state = session.get(MailboxState, self._state_key())
            if state is None or state.uidvalidity != uidvalidity:
                if state is not None:
                    log.warning(
                        "imap %s: UIDVALIDITY changed %s -> %s, rescanning",
                        self.name,
                        state.uidvalidity,
                        uidvalidity,
                    )
                return 0
            return int(state.last_uid)

    def _save_last_uid(self, uidvalidity: int, uid: int) -> None:
        with unit_of_work(self.url) as session:
            state = session.get(MailboxState, self._state_key())
            if state is None:
                session.add(MailboxState(key=self._state_key(), uidvalidity=uidvalidity, last_uid=uid))
            elif state.uidvalidity != uidvalidity or state.last_uid < uid:
                state.uidvalidity, state.last_uid = uidvalidity, uid
            session.commit()

    # -- moving ----------------------------------------------------------------------------------
    def _move_done(self, client: IMAPClient) -> int:
        uidvalidity = self._select(client)
        moved = 0
        for target, rows in self._decided(uidvalidity).items():
            self._ensure_folder(client, target)
            for chunk in _chunks(sorted(rows), MOVE_BATCH):
                self._move(client, chunk, target)
                self._mark_done([rows[uid] for uid in chunk])
                moved += len(chunk)
        return moved

    def _decided(self, uidvalidity: int) -> dict[str, dict[int, int]]:
        """{target folder: {uid: row id}} for committed outcomes not yet moved."""
        query = select(Message.id, Message.uid, Message.outcome).where(
            Message.source == "email",
            Message.account == self.config.account,
            Message.folder == self.config.folder,
            Message.uidvalidity == uidvalidity,
            Message.outcome.is_not(None),
            Message.source_done.is_(False),
        )
        out: dict[str, dict[int, int]] = {}
        with unit_of_work(self.url) as session:
            for row_id, uid, outcome in session.execute(query):
                target = self.config.quarantine_folder if outcome == "quarantine" else self.config.done_folder
                out.setdefault(target, {})[int(uid)] = int(row_id)
        return out

    @staticmethod
    def _ensure_folder(client: IMAPClient, folder: str) -> None:
        if not client.folder_exists(folder):
            try:
                client.create_folder(folder)
            except IMAPClientError:
                if not client.folder_exists(folder):
                    raise

    @staticmethod
    def _move(client: IMAPClient, uids: list[int], target: str) -> None:
        if client.has_capability("MOVE"):
            client.move(uids, target)
            return
        client.copy(uids, target)
        client.add_flags(uids, [b"\\Deleted"], silent=True)
        if client.has_capability("UIDPLUS"):
            client.uid_expunge(uids)
        else:
            client.expunge()

    def _mark_done(self, row_ids: list[int]) -> None:
        with unit_of_work(self.url) as session:
            session.execute(update(Message).where(Message.id.in_(row_ids)).values(source_done=True))
            session.commit()


class _Session:
    """A connected, logged-in client for one `with` block (connect with backoff, always log out)."""

    def __init__(self, source: ImapSource) -> None:
        self.source = source
        self.client: IMAPClient | None = None

    def __enter__(self) -> IMAPClient:
        self.client = connect(self.source.config, opener=self.source.opener)
        return self.client

    def __exit__(self, *_: object) -> None:
        if self.client is not None:
            close_quietly(self.client)


def _is_exists(response: Any) -> bool:
    """An untagged `* <n> EXISTS` (or `RECENT`) push during IDLE: something arrived."""
    return isinstance(response, tuple) and len(response) >= 2 and response[1] in (b"EXISTS", b"RECENT")


def _size(data: dict[bytes, Any] | None) -> int:
    return int((data or {}).get(b"RFC822.SIZE") or 0)


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _by_bytes(uids: Iterable[int], sizes: dict[int, int], budget: int) -> Iterator[list[int]]:
    batch: list[int] = []
    total = 0
    for uid in uids:
        if batch and total + sizes[uid] > budget:
            yield batch
            batch, total = [], 0
        batch.append(uid)
        total += sizes[uid]
    if batch:
        yield batch
