"""The broker and the database restarted in the middle of a run (real Celery workers, real Dovecot).

Each test starts its OWN server (a private `redis-server`, a private PostgreSQL cluster) on a free
loopback port, so that stopping it never disturbs the shared services on 6379/5432. The private Redis
keeps nothing across a restart (no RDB, no AOF): the tasks queued in it are gone, and recovery relies
on the poller re-enqueueing the ledger rows left undecided. The database restart must be survived by
the workers (tasks retried with backoff on OperationalError, engines with `pool_pre_ping`).
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from intake.settings import Settings
from intake.storage.db import dispose_engines, migrate, unit_of_work
from intake.storage.models import Claim, Message
from tests import factories
from tests.services import Dovecot, dovecot_server, free_port, start_worker, wait_for_port, wait_until

pytestmark = [pytest.mark.imap, pytest.mark.postgres, pytest.mark.redis, pytest.mark.slow]

COUNT = 12
PG_BIN = Path("/usr/lib/postgresql/15/bin")


@pytest.fixture
def dovecot() -> Iterator[Dovecot]:
    with dovecot_server() as server:
        yield server


# -- a private Redis ---------------------------------------------------------------------------------


@dataclass
class PrivateRedis:
    port: int
    root: Path
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [
                "redis-server",
                "--bind",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.root),
                "--logfile",
                str(self.root / "redis.log"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_port(self.port, proc=self.proc)

    def kill(self) -> None:
        """SIGKILL: whatever the broker held (queued and unacked tasks) is gone."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=10)


@contextmanager
def private_redis() -> Iterator[PrivateRedis]:
    if shutil.which("redis-server") is None:
        pytest.fail("redis-server is required")
    server = PrivateRedis(port=free_port(), root=Path(tempfile.mkdtemp(prefix="intake-redis-")))
    try:
        server.start()
        yield server
    finally:
        server.kill()
        shutil.rmtree(server.root, ignore_errors=True)


# -- a private PostgreSQL cluster --------------------------------------------------------------------


@dataclass
class PrivatePostgres:
    root: Path
    port: int

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str, timeout: float = 60) -> None:
        command = list(args)
        if os.geteuid() == 0:  # postgres refuses to run as root
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(command, capture_output=True, timeout=timeout, check=False)
        if result.returncode != 0:
            path = self.root / "pg.log"
            log = path.read_text(errors="replace")[-2000:] if path.exists() else ""
            raise RuntimeError(f"{args[0]} failed: {result.stderr.decode(errors='replace')}\n{log}")

    def init(self) -> None:
        self._run(str(PG_BIN / "initdb"), "-A", "trust", "-U", "postgres", "-D", str(self.data), "--no-sync")

    def start(self) -> None:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(
            str(PG_BIN / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.root / "pg.log"),
            "-w",
            "-t",
            "30",
            "start",
        )

    def stop(self) -> None:
        """A fast shutdown: every session is cut, in-flight transactions are rolled back."""
        self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "-t", "30", "stop")

    def running(self) -> bool:
        return (self.data / "postmaster.pid").exists()


@contextmanager
def private_postgres() -> Iterator[PrivatePostgres]:
    if not (PG_BIN / "initdb").exists():
        pytest.fail(f"PostgreSQL 15 binaries are required in {PG_BIN}")
    root = Path(tempfile.mkdtemp(prefix="intake-pg-"))
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        os.chown(root, owner.pw_uid, owner.pw_gid)
    root.chmod(0o755)
    server = PrivatePostgres(root=root, port=free_port())
    try:
        server.init()
        server.start()
        yield server
    finally:
        if server.running():
            with contextlib.suppress(Exception):
                server._run(str(PG_BIN / "pg_ctl"), "-D", str(server.data), "-m", "immediate", "stop")
        dispose_engines()
        shutil.rmtree(root, ignore_errors=True)


# -- helpers -----------------------------------------------------------------------------------------


def _env(server: Dovecot, data_dir: Path, database_url: str, broker_url: str) -> dict[str, str]:
    return {
        **server.settings_env(),
        "INTAKE_DATA_DIR": str(data_dir),
        "INTAKE_DATABASE_URL": database_url,
        "INTAKE_BROKER_URL": broker_url,
        "INTAKE_POLL_INTERVAL": "1",
        "INTAKE_STALE_AFTER": "3",  # re-enqueue an undecided row after 3 s (production: minutes)
        "INTAKE_LEASE_TTL": "5",  # a lease stranded by the database restart blocks the mailbox 5 s
        "INTAKE_TASK_MAX_RETRIES": "5",
    }


def _outcomes(url: str) -> list[str | None]:
    with unit_of_work(url) as session:
        return list(session.scalars(select(Message.outcome).order_by(Message.id)))


def _decided(url: str) -> int:
    try:
        return len([o for o in _outcomes(url) if o])
    except Exception:  # noqa: BLE001 - the database may be down on purpose
        return 0


def _all_done(url: str, server: Dovecot) -> bool:
    try:
        outcomes = _outcomes(url)
    except Exception:  # noqa: BLE001 - the database may be down on purpose
        return False
    return len(outcomes) == COUNT and None not in outcomes and server.uids("INBOX") == []


def _log_tail(log: Path) -> str:
    return log.read_text(errors="replace")[-4000:] if log.exists() else ""


def _assert_exactly_once(url: str, server: Dovecot) -> None:
    assert _outcomes(url) == ["claim"] * COUNT  # every message, exactly one outcome
    with unit_of_work(url) as session:
        keys = list(session.scalars(select(Claim.dedup_key)))
        uids = sorted(int(u) for u in session.scalars(select(Message.uid)))
        attempts = list(session.scalars(select(Message.attempts)))
        claims = int(session.scalar(select(func.count()).select_from(Claim)) or 0)
    assert claims == COUNT and len(set(keys)) == COUNT  # one claim per invoice: none missing, none twice
    assert uids == list(range(1, COUNT + 1))  # nothing lost, nothing ingested twice
    assert attempts == [0] * COUNT  # an outage is not the message's fault
    assert len(server.uids("Processed")) == COUNT


def _invoices(server: Dovecot, prefix: str) -> None:
    for index in range(COUNT):
        server.append(factories.invoice_email(number=f"{prefix}-{index:04d}"))


# -- the tests ---------------------------------------------------------------------------------------


def test_broker_restarted_mid_run_loses_and_duplicates_nothing(
    pg_url: str, dovecot: Dovecot, tmp_path: Path
) -> None:
    _invoices(dovecot, "B")
    log = tmp_path / "worker.log"
    with private_redis() as broker:
        env = _env(dovecot, tmp_path / "var", pg_url, broker.url)
        worker = start_worker(env, log)
        try:
            try:
                wait_until(lambda: _decided(pg_url) >= 1, timeout=40, what="a first outcome")
            except AssertionError:
                pytest.fail(f"no outcome before the restart:\n{_log_tail(log)}")
            broker.kill()  # queued and unacked tasks are gone with it
            decided_at_kill = _decided(pg_url)
            assert decided_at_kill < COUNT, "the run finished before the broker died: nothing was tested"
            time.sleep(3)
            broker.start()  # same port, empty
            try:
                wait_until(lambda: _all_done(pg_url, dovecot), timeout=45, interval=0.3, what="all done")
            except AssertionError:
                pytest.fail(
                    f"not done after the broker restart ({decided_at_kill} decided at kill, "
                    f"{_outcomes(pg_url)}):\n{_log_tail(log)}"
                )
        finally:
            worker.stop()
    _assert_exactly_once(pg_url, dovecot)


def test_database_restarted_mid_run_loses_and_duplicates_nothing(dovecot: Dovecot, tmp_path: Path) -> None:
    _invoices(dovecot, "D")
    log = tmp_path / "worker.log"
    with private_postgres() as database, private_redis() as broker:
        migrate(database.url)
        env = _env(dovecot, tmp_path / "var", database.url, broker.url)
        worker = start_worker(env, log)
        try:
            try:
                wait_until(lambda: _decided(database.url) >= 1, timeout=40, what="a first outcome")
            except AssertionError:
                pytest.fail(f"no outcome before the restart:\n{_log_tail(log)}")
            decided = _decided(database.url)
            dispose_engines()  # the test's own pooled connections
            database.stop()  # sessions cut mid-transaction
            assert decided < COUNT, "the run finished before the database stopped: nothing was tested"
            time.sleep(3)
            database.start()
            try:
                wait_until(
                    lambda: _all_done(database.url, dovecot), timeout=45, interval=0.3, what="all done"
                )
            except AssertionError:
                pytest.fail(
                    f"not done after the database restart ({decided} decided at stop, "
                    f"{_outcomes(database.url)}):\n{_log_tail(log)}"
                )
            assert worker.proc.poll() is None, "the worker died with the database"
        finally:
            worker.stop()
        _assert_exactly_once(database.url, dovecot)


# -- IDLE: new mail processed without waiting a poll interval -----------------------------------------
# (it lives here because this file is the one this change owns; it belongs with tests/test_imap.py,
# and needs neither Redis nor PostgreSQL despite the module's marks)


def test_idle_processes_a_message_appended_during_idle(settings: Settings, dovecot: Dovecot) -> None:
    import threading
    from dataclasses import replace

    from intake.sources.poller import poll_forever

    interval = 30.0
    s = replace(settings, **dovecot.settings_kwargs(), poll_interval=interval)
    dovecot.append(factories.invoice_email(number="I-0001"))
    stop = threading.Event()
    thread = threading.Thread(target=poll_forever, args=(s,), kwargs={"stop": stop.is_set}, daemon=True)
    thread.start()
    try:
        wait_until(lambda: _decided(s.effective_database_url) == 1, timeout=20, what="the first poll")
        time.sleep(1.0)  # the poller is now IDLE on INBOX until the next interval (30 s away)
        appended = time.monotonic()
        dovecot.append(factories.invoice_email(number="I-0002"))
        wait_until(
            lambda: _decided(s.effective_database_url) == 2 and dovecot.uids("INBOX") == [],
            timeout=interval / 2,
            what="the message appended during IDLE",
        )
        assert time.monotonic() - appended < interval / 2
    finally:
        stop.set()
        thread.join(timeout=10)
    assert not thread.is_alive(), "poll_forever did not stop while IDLE"
    assert _outcomes(s.effective_database_url) == ["claim", "claim"]
