"""Celery workers (real processes) on Redis and RabbitMQ, from a real Dovecot into PostgreSQL, under
faults: a worker SIGKILLed mid-batch, the core system answering 500 first, SMTP refusing first."""

from __future__ import annotations

import random
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from intake.settings import Settings
from intake.storage.db import unit_of_work
from intake.storage.models import Claim, Message, Outbox
from tests import factories
from tests.services import (
    Dovecot,
    Worker,
    dovecot_server,
    fake_core,
    refusing_smtp,
    start_worker,
    wait_until,
)

pytestmark = [pytest.mark.imap, pytest.mark.postgres, pytest.mark.slow]

REDIS = "redis://127.0.0.1:6379"
RABBIT = "amqp://guest:guest@127.0.0.1:5672//"
QUEUES = ("intake", "intake-poll")


@pytest.fixture
def dovecot() -> Iterator[Dovecot]:
    with dovecot_server() as server:
        yield server


def redis_url() -> str:
    """A Redis database of its own, emptied (no task left over from another run)."""
    import redis

    index = random.randint(1, 15)  # noqa: S311
    client = redis.Redis.from_url(f"{REDIS}/{index}")
    try:
        client.flushdb()
    except redis.exceptions.ConnectionError as error:
        pytest.fail(f"Redis on 127.0.0.1:6379 is required: {error}")
    return f"{REDIS}/{index}"


def rabbit_url() -> str:
    from kombu import Connection

    try:
        with Connection(RABBIT, connect_timeout=5) as conn:
            channel = conn.channel()
            for name in QUEUES:
                try:
                    channel.queue_purge(name)
                except Exception:  # noqa: BLE001 - a missing queue closes the channel
                    channel = conn.channel()
    except OSError as error:
        pytest.fail(f"RabbitMQ on 127.0.0.1:5672 is required: {error}")
    return RABBIT


@dataclass
class Run:
    settings: Settings
    env: dict[str, str]
    log: Path


def _env(settings: Settings, server: Dovecot, broker: str, **extra: str) -> dict[str, str]:
    return {
        **server.settings_env(),
        "INTAKE_DATA_DIR": settings.data_dir,
        "INTAKE_DATABASE_URL": settings.database_url,
        "INTAKE_BROKER_URL": broker,
        "INTAKE_POLL_INTERVAL": "1",
        "INTAKE_TASK_MAX_RETRIES": "5",
        **extra,
    }


@contextmanager
def worker(env: dict[str, str], log: Path) -> Iterator[Worker]:
    running = start_worker(env, log)
    try:
        yield running
    finally:
        running.stop()


def _outcomes(settings: Settings) -> list[str | None]:
    with unit_of_work(settings.effective_database_url) as session:
        return list(session.scalars(select(Message.outcome).order_by(Message.id)))


def _count(settings: Settings, model: type) -> int:
    with unit_of_work(settings.effective_database_url) as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _all_done(settings: Settings, server: Dovecot, expected: int) -> bool:
    outcomes = _outcomes(settings)
    return len(outcomes) == expected and None not in outcomes and server.uids("INBOX") == []


def _log_tail(log: Path) -> str:
    return log.read_text(errors="replace")[-3000:] if log.exists() else ""


def _invoices(server: Dovecot, count: int, prefix: str) -> None:
    for index in range(count):
        server.append(factories.invoice_email(number=f"{prefix}-{index:04d}"))


def _through_workers(pg_settings: Settings, server: Dovecot, broker: str, tmp_path: Path, count: int) -> None:
    _invoices(server, count, "W")
    env = _env(pg_settings, server, broker)
    log = tmp_path / "worker.log"
    with worker(env, log):
        try:
            wait_until(lambda: _all_done(pg_settings, server, count), timeout=180, what="all messages done")
        except AssertionError:
            pytest.fail(f"not done; worker log:\n{_log_tail(log)}")
    assert _outcomes(pg_settings) == ["claim"] * count
    assert _count(pg_settings, Claim) == count
    assert len(server.uids("Processed")) == count


@pytest.mark.redis
def test_worker_on_redis_from_dovecot_into_postgres(
    pg_settings: Settings, dovecot: Dovecot, tmp_path: Path
) -> None:
    _through_workers(pg_settings, dovecot, redis_url(), tmp_path, 6)


@pytest.mark.rabbitmq
def test_worker_on_rabbitmq_from_dovecot_into_postgres(
    pg_settings: Settings, dovecot: Dovecot, tmp_path: Path
) -> None:
    _through_workers(pg_settings, dovecot, rabbit_url(), tmp_path, 4)


@pytest.mark.redis
def test_worker_killed_mid_batch_loses_and_duplicates_nothing(
    pg_settings: Settings, dovecot: Dovecot, tmp_path: Path
) -> None:
    count = 24
    _invoices(dovecot, count, "K")
    env = _env(pg_settings, dovecot, redis_url())
    log = tmp_path / "worker.log"
    first = start_worker(env, log)
    try:
        wait_until(
            lambda: len([o for o in _outcomes(pg_settings) if o]) >= 2, timeout=120, what="a first outcome"
        )
    finally:
        first.kill()  # SIGKILL, main process and children, in the middle of the batch
    decided_at_kill = len([o for o in _outcomes(pg_settings) if o])
    assert decided_at_kill < count, "the batch finished before the kill: nothing was tested"
    with worker(env, log):
        try:
            wait_until(lambda: _all_done(pg_settings, dovecot, count), timeout=180, what="all messages done")
        except AssertionError:
            pytest.fail(f"not done after restart ({decided_at_kill} decided at kill):\n{_log_tail(log)}")
    assert _outcomes(pg_settings) == ["claim"] * count  # every message, exactly one outcome
    with unit_of_work(pg_settings.effective_database_url) as session:
        keys = list(session.scalars(select(Claim.dedup_key)))
        uids = list(session.scalars(select(Message.uid)))
    assert len(keys) == count and len(set(keys)) == count  # none missing, none twice
    assert sorted(uids) == list(range(1, count + 1))
    assert len(dovecot.uids("Processed")) == count


@pytest.mark.redis
@pytest.mark.smtp
def test_core_500_then_200_and_smtp_451_then_250(
    pg_settings: Settings, dovecot: Dovecot, tmp_path: Path
) -> None:
    dovecot.append(factories.invoice_email(number="C-0001"))
    dovecot.append(
        factories.email_with(
            subject="Remboursement de mes lunettes",
            body="Bonjour, je suis assurée et je voudrais savoir quand je serai remboursée de mes lunettes. "
            "Merci, Mme Durand",
            sender=f"patient-{uuid.uuid4().hex[:6]}@orange.fr",
        )
    )
    with fake_core(tmp_path, fail_first=2) as core, refusing_smtp(refuse_first=1) as smtp:
        env = _env(
            pg_settings,
            dovecot,
            redis_url(),
            INTAKE_CORE_URL=core.url,
            INTAKE_SMTP_HOST="127.0.0.1",
            INTAKE_SMTP_PORT=str(smtp.port),
        )
        log = tmp_path / "worker.log"

        def delivered() -> bool:
            with unit_of_work(pg_settings.effective_database_url) as session:
                statuses = list(session.scalars(select(Outbox.status)))
            return len(statuses) == 2 and set(statuses) == {"sent"} and _all_done(pg_settings, dovecot, 2)

        with worker(env, log):
            try:
                wait_until(delivered, timeout=180, what="claim and reply delivered")
            except AssertionError:
                pytest.fail(f"not delivered:\n{_log_tail(log)}")
        calls = core.calls()
    assert [c["status"] for c in calls][:2] == [500, 500]
    created = [c for c in calls if c["status"] == 201]
    assert len(created) == 1 and created[0]["path"] == "/claims"
    assert created[0]["key"].startswith("claim:")
    assert sorted(_outcomes(pg_settings)) == ["auto_reply", "claim"]
    assert smtp.attempts >= 2
    assert len(smtp.received) == 1
    assert smtp.received[0][1][0].startswith("patient-")


# -- re-enqueueing undecided rows ------------------------------------------------------------------


@pytest.mark.redis
@pytest.mark.rabbitmq
@pytest.mark.parametrize("broker", ["redis", "rabbitmq"])
def test_waiting_tasks_counts_what_the_broker_holds(broker: str) -> None:
    from workers.app import make_app, waiting_tasks

    url = redis_url() if broker == "redis" else rabbit_url()
    celery = make_app(Settings(broker_url=url))
    queue = f"intake-count-{uuid.uuid4().hex[:8]}"
    assert waiting_tasks(celery, queue) == 0  # a queue the broker never saw
    for row_id in (1, 2, 3):
        celery.send_task("intake.process_message", args=[row_id], queue=queue)
    try:
        wait_until(lambda: waiting_tasks(celery, queue) == 3, timeout=10, what="three tasks waiting")
    finally:
        with celery.connection_for_write() as connection:
            connection.default_channel.queue_delete(queue)


def test_undecided_rows_are_enqueued_again_only_when_the_queue_is_empty(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Behind a backlog, an undecided row is waiting its turn: polls must not add duplicates of it at
    every interval (they buried a fax under thousands of no-op tasks in the e2e benchmark)."""
    from intake.pipeline import Pipeline
    from intake.sources import poller
    from workers import tasks

    stale_settings = Settings(data_dir=settings.data_dir, broker_url="memory://", stale_after=0.001)
    pipeline = Pipeline(stale_settings)
    ids = [pipeline.ingest(factories.invoice_email(number=f"S-{i}"), source="email", source_key=f"s:{i}")[0]
           for i in range(3)]
    sent: list[int] = []  # the broker's queue: what was enqueued and not yet taken
    monkeypatch.setattr(tasks.process_message, "delay", sent.append)
    monkeypatch.setattr("workers.app.waiting_tasks", lambda _app: len(sent))
    time.sleep(0.01)
    poller.enqueue(stale_settings, [], Counter())
    assert sent == ids  # queue empty: every undecided row is enqueued again
    poller.enqueue(stale_settings, [], Counter())
    assert sent == ids  # their tasks are still waiting: no duplicates
    new_id = pipeline.ingest(factories.invoice_email(number="S-new"), source="email", source_key="s:new")[0]
    poller.enqueue(stale_settings, [new_id], Counter())
    assert sent == [*ids, new_id]  # a new row is always enqueued
    sent.clear()
    time.sleep(0.01)  # the new row too is older than stale_after now (no race with a fast run)
    poller.enqueue(stale_settings, [], Counter())
    assert sorted(sent) == sorted([*ids, new_id])  # queue drained, rows still undecided: lost, sent again
