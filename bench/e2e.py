"""End-to-end throughput: a Dovecot mailbox of N text-PDF invoices → 2 Celery workers on Redis →
PostgreSQL; then a spool of faxes (pages per minute). Not a test: `make bench` runs it.

    .venv/bin/python bench/e2e.py --n 1000 --faxes 20

Prints one JSON object: messages per minute, per-stage latency (fetch, parse, extract, route: median
and p95 over a sample run in-process), peak worker memory, fax pages per minute, and how many
process_message tasks ran per message (duplicates from re-enqueued rows show there).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

from sqlalchemy import create_engine, func, select, text  # noqa: E402

from intake.settings import Settings  # noqa: E402
from intake.storage.db import migrate, unit_of_work  # noqa: E402
from intake.storage.models import Message  # noqa: E402
from tests import factories  # noqa: E402
from tests.services import dovecot_server, start_worker  # noqa: E402

PG_ADMIN = os.environ.get("INTAKE_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


def fresh_database() -> tuple[str, Any]:
    name = f"intake_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"
    migrate(url)

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    return url, drop


def fresh_redis(base: str) -> str:
    import redis

    url = f"{base.rstrip('/')}/14"
    redis.Redis.from_url(url).flushdb()
    return url


def fax_tiff(number: str, pages: int = 2) -> bytes:
    """A fine-mode G4 fax of a text invoice (the sender's header on top of each page)."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.load_default(size=26)
    frames = []
    for page in range(1, pages + 1):
        image = Image.new("1", (1728, 2200), 1)
        draw = ImageDraw.Draw(image)
        draw.text(
            (30, 10), f"16/03/2026 10:02 CABINET MARTIN 01 45 67 89 10 P.{page}/{pages}", fill=0, font=font
        )
        lines = [
            "Cabinet du Dr Paul MARTIN - Medecin generaliste",
            f"N° RPPS : {factories.rpps()}",
            f"FACTURE N° {number}",
            "Date de facturation : 16/03/2026",
            "Date des soins : 12/03/2026",
            "Total honoraires : 60,00 €",
            "Part AMO : 42,00 €",
            "Part AMC : 18,00 €",
        ]
        for index, line in enumerate(lines):
            draw.text((120, 200 + index * 60), line, fill=0, font=font)
        frames.append(image)
    out = io.BytesIO()
    frames[0].save(
        out,
        format="TIFF",
        compression="group4",
        dpi=(204, 196),
        save_all=True,
        append_images=frames[1:],
        tiffinfo={270: "CABINET MARTIN\n0145678910"},
    )
    return out.getvalue()


def worker_rss(pid: int) -> int:
    """Resident memory (bytes) of a process and its children."""
    total = 0
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            stat = (proc / "stat").read_text().split()
            if int(proc.name) != pid and int(stat[4]) != os.getpgid(pid):
                continue
            for line in (proc / "status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except (OSError, ValueError, IndexError, ProcessLookupError):
            continue
    return total


class MemorySampler(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self.stopped = pid, 0, False

    def run(self) -> None:
        while not self.stopped:
            self.peak = max(self.peak, worker_rss(self.pid))
            time.sleep(0.5)


def decided(url: str, source: str) -> int:
    with unit_of_work(url) as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(Message)
                .where(Message.source == source, Message.outcome.is_not(None))
            )
            or 0
        )


def wait_for(url: str, source: str, expected: int, limit: float) -> float:
    started = time.monotonic()
    while decided(url, source) < expected:
        if time.monotonic() - started > limit:
            raise SystemExit(f"gave up: {decided(url, source)}/{expected} {source} decided after {limit}s")
        time.sleep(0.5)
    return time.monotonic() - started


def process_tasks_per_message(log: Path, messages: int) -> float | None:
    """process_message tasks the workers ran per message (1.0: no duplicate); None without the log."""
    if not log.exists():
        return None
    runs = sum(1 for line in log.read_text(errors="replace").splitlines() if "process message=" in line)
    return round(runs / max(messages, 1), 2)


def stage_latencies(raws: list[bytes], fetch_seconds: float) -> dict[str, dict[str, float]]:
    """parse / extract / decide on the same messages, in-process; route = full process - analysis."""
    from classifiers.triage import decide
    from intake.pipeline import Pipeline
    from parsers.fields import extract_documents
    from parsers.limits import Limits
    from parsers.mime import parse_message
    from parsers.read import read_document

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=tmp)
        migrate(settings.effective_database_url)
        pipeline = Pipeline(settings)
        limits = Limits.from_settings(settings)
        times: dict[str, list[float]] = {"parse": [], "extract": [], "route": []}
        for index, raw in enumerate(raws):
            t0 = time.perf_counter()
            message = parse_message(raw)
            t1 = time.perf_counter()
            docs = []
            for attachment in message.attachments:
                result = read_document(attachment.content, limits=limits, filename=attachment.filename)
                docs.extend(extract_documents(result.pages, review_threshold=settings.review_threshold))
            t2 = time.perf_counter()
            decide(message, docs, own_addresses=settings.own_address_list)
            row_id, _ = pipeline.ingest(raw, source="email", source_key=f"bench:{index}")
            t3 = time.perf_counter()
            pipeline.process(row_id)
            t4 = time.perf_counter()
            times["parse"].append(t1 - t0)
            times["extract"].append(t2 - t1)
            times["route"].append(max(0.0, (t4 - t3) - (t2 - t0)))
    out = {stage: _summary(values) for stage, values in times.items()}
    out["fetch"] = {"median_ms": round(fetch_seconds * 1000, 2), "p95_ms": round(fetch_seconds * 1000, 2)}
    return out


def _summary(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return {"median_ms": round(statistics.median(ordered) * 1000, 2), "p95_ms": round(p95 * 1000, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1000, help="messages in the mailbox")
    parser.add_argument("--faxes", type=int, default=20, help="faxes (2 pages each) in the spool")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--broker", default="redis://127.0.0.1:6379")
    parser.add_argument("--sample", type=int, default=50, help="messages timed stage by stage in-process")
    parser.add_argument("--limit", type=float, default=3600.0, help="give up after this many seconds")
    args = parser.parse_args()

    db_url, drop_db = fresh_database()
    broker = fresh_redis(args.broker)
    work = Path(tempfile.mkdtemp(prefix="intake-bench-"))
    spool = work / "fax"
    (spool / "recvq").mkdir(parents=True)
    raws = [factories.invoice_email(number=f"B-{i:06d}") for i in range(args.n)]
    result: dict[str, Any] = {
        "messages": args.n,
        "workers": args.workers,
        "broker": "redis",
        "database": "postgresql",
    }
    try:
        with dovecot_server() as server:
            with server.client() as client:
                for raw in raws:
                    client.append("INBOX", raw)
                client.select_folder("INBOX", readonly=True)
                t0 = time.perf_counter()
                client.fetch(client.search(["ALL"])[: args.sample], ["BODY.PEEK[]"])
                fetch_each = (time.perf_counter() - t0) / max(1, min(args.sample, args.n))
            env = {
                **server.settings_env(),
                "INTAKE_DATA_DIR": str(work / "var"),
                "INTAKE_DATABASE_URL": db_url,
                "INTAKE_BROKER_URL": broker,
                "INTAKE_POLL_INTERVAL": "2",
                "INTAKE_FAX_SPOOL": str(spool),
                "INTAKE_FAX_SETTLE_SECONDS": "0",
            }
            worker = start_worker(env, work / "worker.log", concurrency=args.workers)
            sampler = MemorySampler(worker.proc.pid)
            sampler.start()
            try:
                seconds = wait_for(db_url, "email", args.n, args.limit)
                result["email_seconds"] = round(seconds, 1)
                result["messages_per_minute"] = round(args.n / seconds * 60, 1)
                if args.faxes:
                    pages = 0
                    for index in range(args.faxes):
                        data = fax_tiff(f"FX-{index:04d}")
                        partial = spool / "recvq" / f".fax{index:06d}.tif"
                        partial.write_bytes(data)
                        partial.rename(spool / "recvq" / f"fax{index:06d}.tif")
                        pages += 2
                    seconds = wait_for(db_url, "fax", args.faxes, args.limit)
                    result["fax_pages"] = pages
                    result["fax_seconds"] = round(seconds, 1)
                    result["fax_pages_per_minute"] = round(pages / seconds * 60, 1)
            finally:
                sampler.stopped = True
                worker.stop()
            result["worker_peak_rss_mb"] = round(sampler.peak / 1e6, 1)
            result["process_tasks_per_message"] = process_tasks_per_message(work / "worker.log", args.n + args.faxes)
        result["stages"] = stage_latencies(raws[: args.sample], fetch_each)
        with unit_of_work(db_url) as session:
            rows = session.execute(select(Message.outcome, func.count()).group_by(Message.outcome)).all()
        result["outcomes"] = {str(o): int(c) for o, c in rows}
    finally:
        from intake.storage.db import dispose_engines

        dispose_engines()
        drop_db()
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
