"""Thin tasks: ids in, early return when already done, the pipeline does the work.

Transient failures are retried with exponential backoff and jitter. A message that keeps failing is
put in `quarantine` by the pipeline after `task_max_retries` attempts, with its error: never dropped.
"""

from __future__ import annotations

import logging
import random
from typing import Any

from kombu.exceptions import OperationalError as BrokerError
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from intake import metrics
from intake.logs import bind
from intake.storage.db import unit_of_work
from intake.storage.models import Message, Outbox
from workers.app import app, get_settings

log = logging.getLogger("intake.workers")

_PIPELINE: Any = None


def pipeline() -> Any:
    global _PIPELINE
    if _PIPELINE is None:
        from intake.pipeline import Pipeline

        _PIPELINE = Pipeline(get_settings())
    return _PIPELINE


def reset_pipeline() -> None:
    global _PIPELINE
    _PIPELINE = None


def backoff(retries: int, *, base: float = 2.0, cap: float = 300.0) -> float:
    """Exponential backoff with full jitter (seconds)."""
    return random.uniform(base / 2, min(cap, base * 2**retries))  # noqa: S311 - jitter, not crypto


def _outcome(row_id: int) -> str | None:
    with unit_of_work(get_settings().effective_database_url) as session:
        return session.scalar(select(Message.outcome).where(Message.id == row_id))


def _pending_outbox(row_id: int) -> list[int]:
    with unit_of_work(get_settings().effective_database_url) as session:
        return list(
            session.scalars(select(Outbox.id).where(Outbox.message_id == row_id, Outbox.status == "pending"))
        )


def _outbox_status(outbox_id: int) -> str | None:
    with unit_of_work(get_settings().effective_database_url) as session:
        return session.scalar(select(Outbox.status).where(Outbox.id == outbox_id))


@app.task(bind=True, name="intake.process_message", max_retries=None)
def process_message(self: Any, row_id: int) -> str | None:
    log.info("process message=%s task=%s", row_id, self.request.id)
    try:
        with bind(task=self.request.id):
            outcome = _outcome(row_id) or pipeline().process(row_id)
    except OperationalError as error:  # the database restarting: not the message's fault
        raise self.retry(countdown=backoff(self.request.retries), exc=error) from error
    metrics.count_task("process_message", outcome)
    if outcome == "retry":
        raise self.retry(countdown=backoff(self.request.retries))
    try:
        for outbox_id in _pending_outbox(row_id):  # enqueued after the outcome's commit
            deliver.delay(outbox_id)
    except BrokerError as error:  # the outcome is committed; the next poll delivers the outbox
        log.warning("message=%s: deliveries not enqueued (broker unavailable: %s)", row_id, error)
    return outcome


@app.task(bind=True, name="intake.deliver", max_retries=None)
def deliver(self: Any, outbox_id: int) -> str | None:
    log.info("deliver outbox=%s task=%s", outbox_id, self.request.id)
    try:
        if _outbox_status(outbox_id) == "pending":
            pipeline().deliver_one(outbox_id)
        status = _outbox_status(outbox_id)
    except OperationalError as error:
        raise self.retry(countdown=backoff(self.request.retries), exc=error) from error
    metrics.count_task("deliver", str(status))
    if status == "pending":  # transient failure recorded by the pipeline; it gives up after its limit
        raise self.retry(countdown=backoff(self.request.retries))
    return status


@app.task(bind=True, name="intake.poll_source")
def poll_source(self: Any, name: str) -> dict[str, int]:
    from intake.sources.poller import configured_sources, poll_once
    from workers.schedule import ALL_SOURCES

    settings = get_settings()
    sources = [s for s in configured_sources(settings) if name in (ALL_SOURCES, s.name)]
    try:
        counts = poll_once(settings, pipeline(), sources=sources)
    except OperationalError as error:
        raise self.retry(countdown=backoff(self.request.retries), exc=error, max_retries=3) from error
    log.info("poll %s task=%s: %s", name, self.request.id, {k: v for k, v in counts.items() if v})
    return counts
