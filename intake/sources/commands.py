"""CLI commands of the sources and workers: `intake poll`, `intake worker`, `intake fax-received`.

Registered in `intake/cli.py` with `main.add_command(...)`.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import click

from intake.settings import Settings


def _settings() -> Settings:
    return Settings.from_env()


def _logging(level: str = "INFO") -> None:
    from intake.logs import configure

    configure(level)


@click.command("poll")
@click.option("--once", is_flag=True, help="Poll every configured source once, process what was found, exit.")
def poll(once: bool) -> None:
    """Poll the mailbox and the fax spool (every INTAKE_POLL_INTERVAL seconds, or once)."""
    from intake.sources.poller import poll_forever, poll_once
    from intake.storage.db import migrate

    settings = _settings()
    migrate(settings.effective_database_url)
    if once:
        counts = poll_once(settings)
        click.echo(json.dumps({k: v for k, v in sorted(counts.items()) if v}, ensure_ascii=False))
        return
    _logging()
    poll_forever(settings)


@click.command("worker")
@click.option("--concurrency", "-c", default=2, show_default=True, help="Worker processes.")
@click.option("--beat/--no-beat", default=True, show_default=True, help="Run the poll scheduler too.")
@click.option("--loglevel", default="INFO", show_default=True)
def worker(concurrency: int, beat: bool, loglevel: str) -> None:
    """Start the Celery workers (and the scheduler that triggers the polls). Needs INTAKE_BROKER_URL."""
    settings = _settings()
    if not settings.broker_url:
        raise click.UsageError(
            "INTAKE_BROKER_URL is empty: set a redis:// or amqp:// broker "
            "(or use `intake poll` for the in-process mode)"
        )
    metrics_dir = Path(settings.data_dir) / "prometheus"  # per-process files, wiped at each start
    shutil.rmtree(metrics_dir, ignore_errors=True)
    metrics_dir.mkdir(parents=True)
    os.environ.setdefault("PROMETHEUS_MULTIPROC_DIR", str(metrics_dir))
    from intake import metrics
    from intake.storage.db import migrate
    from workers.app import POLL_QUEUE, PROCESS_QUEUE, app

    migrate(settings.effective_database_url)
    metrics.serve(settings.effective_database_url, metrics.metrics_port())
    schedule = Path(settings.data_dir) / "celerybeat-schedule"
    schedule.parent.mkdir(parents=True, exist_ok=True)
    argv = [
        "worker",
        f"--concurrency={concurrency}",
        f"--loglevel={loglevel}",
        "--pool=prefork",
        f"--queues={PROCESS_QUEUE},{POLL_QUEUE}",
        "--without-gossip",
        "--without-mingle",
    ]
    if beat:
        argv += ["--beat", f"--schedule={schedule}"]
    app.worker_main(argv)


@click.command("fax-received")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--caller-id", default=None, help="The calling number (CallID1), recorded, not trusted.")
def fax_received(file: Path, caller_id: str | None) -> None:
    """The fax gateway's hook: ingest and process one received fax now, then move it out of the spool."""
    from intake.pipeline import Pipeline
    from intake.sources.fax import spool_for
    from intake.storage.db import migrate

    settings = _settings()
    migrate(settings.effective_database_url)
    pipeline = Pipeline(settings)
    spool = spool_for(settings, file)
    row_id, _ = spool.ingest_file(pipeline, file, caller_id=caller_id)
    outcome = pipeline.process(row_id)
    pipeline.deliver_outbox()
    if outcome != "retry":
        spool.move_done()
    click.echo(json.dumps({"message": row_id, "outcome": outcome}))
