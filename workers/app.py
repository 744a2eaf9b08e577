"""The Celery app, built from the settings (broker: INTAKE_BROKER_URL, redis:// or amqp://).

JSON only (no pickle), `acks_late` with `reject_on_worker_lost` (a task whose worker died is run
again, never dropped), prefetch 1 (a long OCR task holds no one else's work). Database engines are
disposed after the fork, so no pooled connection is shared between processes.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from celery import Celery
from celery.signals import worker_process_init

from intake.settings import Settings
from workers.schedule import beat_schedule

PROCESS_QUEUE = "intake"
POLL_QUEUE = "intake-poll"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings.from_env()


def make_app(settings: Settings) -> Celery:
    app = Celery("intake", broker=settings.broker_url or "memory://", include=["workers.tasks"])
    app.conf.update(
        task_serializer="json",
        result_serializer="json",
        accept_content=["json"],
        event_serializer="json",
        task_ignore_result=True,
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_cancel_long_running_tasks_on_connection_loss=True,  # acks_late tasks come back anyway
        worker_prefetch_multiplier=1,
        worker_max_tasks_per_child=1000,
        worker_hijack_root_logger=False,
        broker_connection_retry_on_startup=True,
        broker_transport_options=_transport_options(settings.broker_url),
        task_default_queue=PROCESS_QUEUE,
        task_routes={"intake.poll_source": {"queue": POLL_QUEUE}},
        beat_schedule=beat_schedule(settings),
        timezone="UTC",
    )
    return app


def _transport_options(broker_url: str) -> dict[str, Any]:
    if broker_url.startswith(("redis://", "rediss://")):
        # a task whose worker vanished is handed out again after this long (the poller also
        # re-enqueues rows left undecided for 5 poll intervals)
        return {"visibility_timeout": 3600}
    return {}


def waiting_tasks(celery: Celery, queue: str = PROCESS_QUEUE) -> int:
    """Tasks waiting in `queue` on the broker (not those a worker has taken); 0 for a queue the
    broker does not know yet. Redis and RabbitMQ both answer a passive declare with the count."""
    with celery.connection_for_read() as connection, connection.channel() as channel:
        try:
            return int(channel.queue_declare(queue=queue, passive=True).message_count)
        except connection.channel_errors:  # RabbitMQ: no such queue (it closes the channel)
            return 0


@worker_process_init.connect
def _after_fork(**_: Any) -> None:
    from intake.storage.db import dispose_engines

    dispose_engines()
    from workers import tasks

    tasks.reset_pipeline()


app = make_app(get_settings())
