"""Poll every configured source once (or forever): ingest, process, deliver, tell the source.

    fetch_new (per source, under its lease)  →  process pending rows (in-process, or one Celery task
    per row when INTAKE_BROKER_URL is set, enqueued after the ingest committed)  →  deliver the outbox
    →  move_done (per source, under its lease: only rows whose outcome is committed)

Each step is idempotent, so an interrupted poll is finished by the next one.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import timedelta
from typing import Any, Protocol

from imapclient.exceptions import IMAPClientError
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from intake import metrics
from intake.settings import Settings
from intake.sources.lease import LeaseLost, acquire, holder_id, release
from intake.storage.db import unit_of_work
from intake.storage.models import Message, utcnow

log = logging.getLogger("intake.sources.poller")

PENDING_LIMIT = 1000
SOURCE_ERRORS = (OSError, EOFError, RuntimeError, ValueError, IMAPClientError)


class Source(Protocol):
    kind: str

    @property
    def name(self) -> str: ...

    def fetch_new(self, pipeline: Any) -> Any: ...

    def move_done(self) -> int: ...


def configured_sources(settings: Settings) -> list[Source]:
    sources: list[Source] = []
    if settings.imap_host:
        from intake.sources.imap import ImapSource

        sources.append(ImapSource(settings))
    if settings.fax_spool:
        from intake.sources.fax import FaxSpool

        sources.append(FaxSpool(settings))
    return sources


def lease_ttl(settings: Settings) -> float:
    """INTAKE_LEASE_TTL, else max(30 s, 3 poll intervals). It bounds how long a source stays blocked
    when its lease could not be released (the database went away during the step); it must stay
    longer than one fetch or move step, or two pollers could overlap."""
    if settings.lease_ttl > 0:
        return settings.lease_ttl
    return max(30.0, 3 * settings.poll_interval)


def _under_lease(settings: Settings, source: Source, step: Callable[[], Any]) -> Any:
    url = settings.effective_database_url
    holder = holder_id()
    ttl = lease_ttl(settings)
    if not acquire(url, f"poll:{source.name}", holder, ttl=ttl):
        raise LeaseLost(source.name)
    try:
        return step()
    finally:
        try:
            release(url, f"poll:{source.name}", holder)
        except OperationalError:
            log.warning(
                "source %s: lease not released (database unavailable), expires in %.0fs", source.name, ttl
            )
            raise


def fetch_source(settings: Settings, source: Source, pipeline: Any, counts: Counter[str]) -> list[int]:
    """Ingest what is new on one source; errors are logged and counted, never raised."""
    started = time.monotonic()
    try:
        report = _under_lease(settings, source, lambda: source.fetch_new(pipeline))
    except LeaseLost:
        counts["locked"] += 1
        log.info("source %s: another poller holds it", source.name)
        return []
    except SOURCE_ERRORS as error:
        counts["errors"] += 1
        log.warning("source %s: fetch failed: %s", source.name, type(error).__name__)
        return []
    metrics.observe_stage("fetch", time.monotonic() - started)
    counts["fetched"] += getattr(report, "fetched", len(report.new_ids))
    counts["new"] += len(report.new_ids)
    counts["oversized"] += getattr(report, "oversized", 0)
    counts["unsettled"] += getattr(report, "unsettled", 0)
    metrics.count_ingested(source.kind, len(report.new_ids))
    return list(report.new_ids)


def move_source(settings: Settings, source: Source, counts: Counter[str]) -> None:
    try:
        counts["moved"] += _under_lease(settings, source, source.move_done)
    except LeaseLost:
        counts["locked"] += 1
    except SOURCE_ERRORS as error:
        counts["errors"] += 1
        log.warning("source %s: move failed: %s", source.name, type(error).__name__)


def pending_ids(
    settings: Settings, *, older_than: float | None = None, limit: int = PENDING_LIMIT
) -> list[int]:
    """Ledger rows without an outcome (oldest first); `older_than` seconds keeps only stale ones."""
    query = select(Message.id).where(Message.outcome.is_(None)).order_by(Message.id).limit(limit)
    if older_than is not None:
        query = query.where(Message.received_at < utcnow() - timedelta(seconds=older_than))
    with unit_of_work(settings.effective_database_url) as session:
        return [int(i) for i in session.scalars(query)]


def process_in_process(pipeline: Any, ids: Iterable[int], counts: Counter[str]) -> None:
    for row_id in ids:
        started = time.monotonic()
        outcome = pipeline.process(row_id)
        metrics.observe_stage("process", time.monotonic() - started)
        counts[f"outcome:{outcome}"] += 1


def stale_after(settings: Settings) -> float:
    """How long a row may stay undecided before the poller enqueues it again (its task was lost with
    a broker that restarted empty, or with a killed worker): INTAKE_STALE_AFTER, else 5 intervals."""
    return settings.stale_after if settings.stale_after > 0 else 5 * settings.poll_interval


def enqueue(settings: Settings, new_ids: list[int], counts: Counter[str]) -> None:
    """One task per new row, plus rows left undecided for a while (a lost task, a killed worker).
    Called after the ingest committed; a row processed twice is a no-op (the row is locked).

    Undecided rows are re-enqueued only when the broker's queue is empty: behind a backlog an old
    row is simply waiting its turn, and re-enqueueing every waiting row at every poll buried new work
    (a fax) under thousands of no-op duplicates. With the queue empty, an undecided row's task was
    lost (a broker restarted empty) or is running now (the duplicate is then a no-op)."""
    from kombu.exceptions import OperationalError as BrokerError

    from workers.tasks import process_message

    stale = pending_ids(settings, older_than=stale_after(settings)) if _queue_empty(counts) else []
    for row_id in dict.fromkeys([*new_ids, *stale]):
        try:
            process_message.delay(row_id)
        except BrokerError as error:  # broker down: the rows stay pending and are re-enqueued once stale
            counts["errors"] += 1
            log.warning(
                "enqueue: broker unavailable (%s), %s row(s) left for a later poll",
                type(error).__name__,
                len(new_ids) + len(stale) - counts["enqueued"],
            )
            return
        counts["enqueued"] += 1


def _queue_empty(counts: Counter[str]) -> bool:
    from kombu.exceptions import OperationalError as BrokerError

    from workers.app import app, waiting_tasks

    try:
        waiting = waiting_tasks(app)
    except BrokerError:  # broker down: the enqueue below fails and says so
        return True
    counts["waiting"] = waiting
    return waiting == 0


def poll_once(
    settings: Settings, pipeline: Any = None, *, sources: list[Source] | None = None
) -> dict[str, int]:
    """Poll every configured source once; returns counters (fetched, new, outcome:<x>, moved, ...)."""
    if pipeline is None:
        from intake.pipeline import Pipeline

        pipeline = Pipeline(settings)
    counts: Counter[str] = Counter()
    chosen = configured_sources(settings) if sources is None else sources
    new_ids: list[int] = []
    for source in chosen:
        new_ids.extend(fetch_source(settings, source, pipeline, counts))
    if settings.broker_url:
        enqueue(settings, new_ids, counts)
    else:
        process_in_process(pipeline, pending_ids(settings), counts)
    started = time.monotonic()
    counts["delivered"] += pipeline.deliver_outbox()
    metrics.observe_stage("deliver", time.monotonic() - started)
    for source in chosen:
        move_source(settings, source, counts)
    return dict(counts)


def poll_forever(settings: Settings, *, stop: Callable[[], bool] | None = None) -> None:
    """`poll_once` every `poll_interval` seconds until SIGTERM/SIGINT (or `stop()` says so)."""
    stopping = {"now": False}

    def _stop(*_: object) -> None:
        stopping["now"] = True

    if threading.current_thread() is threading.main_thread():  # signals only reach the main thread
        signal.signal(signal.SIGTERM, _stop)
        signal.signal(signal.SIGINT, _stop)
    from intake.pipeline import Pipeline

    pipeline = Pipeline(settings)

    def stopped() -> bool:
        return stopping["now"] or bool(stop and stop())

    while not stopped():
        started = time.monotonic()
        try:
            counts = poll_once(settings, pipeline)
        except OperationalError as error:  # the database restarting: try again next round
            log.warning("poll: database unavailable: %s", type(error).__name__)
            counts = {"errors": 1}
        log.info("poll: %s", {k: v for k, v in counts.items() if v})
        _wait_for_work(settings, started + settings.poll_interval, stopped)


def _wait_for_work(settings: Settings, deadline: float, stopped: Callable[[], bool]) -> None:
    """Until the next poll: IDLE on the mailbox where the server offers it (new mail ends the wait
    early), plain sleep otherwise. The fax spool is polled at least every interval either way."""
    mailboxes = [s for s in configured_sources(settings) if hasattr(s, "wait_for_mail")]
    if len(mailboxes) == 1 and not stopped():
        try:
            if mailboxes[0].wait_for_mail(deadline, stopped):
                return
        except OperationalError:  # the ledger unreachable: sleep, the next poll says why
            pass
    _sleep_until(deadline, stopped)


def _sleep_until(deadline: float, stopped: Callable[[], bool]) -> None:
    while not stopped() and time.monotonic() < deadline:
        time.sleep(min(0.5, max(0.0, deadline - time.monotonic())))
