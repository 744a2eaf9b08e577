"""Prometheus metrics, exposed by the workers on `INTAKE_METRICS_PORT` (0 or unset: off).

- Counters and histograms measured in the code: messages ingested by source, stage latencies
  (fetch, process, deliver, move, and parse/extract/route where a caller measures them), OCR seconds.
- Gauges read from the database at scrape time, so they are right across worker processes and
  restarts: messages by source and outcome, queue depth (rows without an outcome), age of the oldest
  unprocessed message, outbox rows pending.

With several worker processes set `PROMETHEUS_MULTIPROC_DIR` before this module is imported
(`intake worker` does it) so that every process's counters are summed.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, start_http_server
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

STAGE_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)

INGESTED = Counter("intake_ingested", "Messages committed to the ledger", ["source"])
STAGE_SECONDS = Histogram("intake_stage_seconds", "Time spent per stage", ["stage"], buckets=STAGE_BUCKETS)
OCR_SECONDS = Histogram("intake_ocr_seconds", "Time spent in OCR per page", buckets=STAGE_BUCKETS)
TASKS = Counter("intake_tasks", "Celery tasks run, by task and result", ["task", "result"])


def count_ingested(source: str, count: int) -> None:
    if count:
        INGESTED.labels(source=source).inc(count)


def observe_stage(stage: str, seconds: float) -> None:
    STAGE_SECONDS.labels(stage=stage).observe(seconds)


def observe_ocr(seconds: float) -> None:
    OCR_SECONDS.observe(seconds)


def count_task(task: str, result: str) -> None:
    TASKS.labels(task=task, result=result).inc()


class LedgerCollector(Collector):
    """Gauges computed from the ledger when Prometheus scrapes."""

    def __init__(self, database_url: str) -> None:
        self.url = database_url

    def collect(self) -> Iterator[GaugeMetricFamily]:
        from sqlalchemy import func, select

        from intake.storage.db import unit_of_work
        from intake.storage.models import Message, Outbox, utcnow

        by_outcome = GaugeMetricFamily(
            "intake_messages", "Messages in the ledger by source and outcome", labels=["source", "outcome"]
        )
        depth = GaugeMetricFamily("intake_queue_depth", "Messages without an outcome yet")
        oldest = GaugeMetricFamily(
            "intake_oldest_unprocessed_seconds", "Age of the oldest message without outcome"
        )
        outbox = GaugeMetricFamily("intake_outbox_pending", "Outbox rows waiting to be delivered")
        with unit_of_work(self.url) as session:
            rows = session.execute(
                select(Message.source, Message.outcome, func.count()).group_by(
                    Message.source, Message.outcome
                )
            ).all()
            first = session.scalar(select(func.min(Message.received_at)).where(Message.outcome.is_(None)))
            pending = session.scalar(
                select(func.count()).select_from(Outbox).where(Outbox.status == "pending")
            )
        waiting = 0
        for source, outcome, count in rows:
            by_outcome.add_metric([source, outcome or "pending"], count)
            waiting += count if outcome is None else 0
        depth.add_metric([], waiting)
        oldest.add_metric([], _age(first, utcnow()) if first else 0.0)
        outbox.add_metric([], pending or 0)
        yield from (by_outcome, depth, oldest, outbox)


def _age(first: Any, now: Any) -> float:
    if first.tzinfo is None:
        first = first.replace(tzinfo=now.tzinfo)
    return max(0.0, float((now - first).total_seconds()))


def metrics_port(default: int = 0) -> int:
    """`INTAKE_METRICS_PORT` (read from the environment until Settings carries it)."""
    return int(os.environ.get("INTAKE_METRICS_PORT", default) or 0)


def serve(database_url: str, port: int) -> CollectorRegistry | None:
    """Start the /metrics HTTP server (a daemon thread) with the ledger gauges; None when port is 0."""
    if not port:
        return None
    registry = CollectorRegistry()
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
    else:
        from prometheus_client import REGISTRY

        registry = REGISTRY
    registry.register(LedgerCollector(database_url))
    start_http_server(port, addr="0.0.0.0", registry=registry)  # noqa: S104 - scraped from the network
    return registry
