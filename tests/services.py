"""Real services started by the tests: a Dovecot IMAP server, a core-system HTTP server process,
a TCP proxy that can cut a connection, an SMTP server that refuses first, Celery workers.

Everything listens on 127.0.0.1 on a free port and lives under a temporary folder.
"""

from __future__ import annotations

import contextlib
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
PYTHON = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv").is_dir() else sys.executable


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(port: int, *, timeout: float = 20.0, proc: subprocess.Popen[Any] | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"process exited with {proc.returncode} before listening on {port}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port}")


def wait_until(
    check: Callable[[], Any], *, timeout: float = 60.0, interval: float = 0.1, what: str = ""
) -> Any:
    """Poll `check` until it returns something truthy (a liveness bound, not a timed assertion)."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what or check}")
        time.sleep(interval)


# -- Dovecot ---------------------------------------------------------------------------------------

DOVECOT_CONF = """\
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
instance_name = intake-test-{port}
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
ssl = {ssl}
{ssl_lines}
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = dovecot
default_internal_group = dovecot
default_login_user = dovenull
first_valid_uid = 1
mail_location = maildir:{root}/mail/%u
mail_uid = {uid}
mail_gid = {gid}
namespace inbox {{
  inbox = yes
  separator = /
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
protocol imap {{
  imap_capability = {capability}
}}
"""


@dataclass
class Dovecot:
    root: Path
    port: int
    user: str = "claims"
    password: str = "secret-test-pw"  # noqa: S105 - a throwaway test account
    proc: subprocess.Popen[bytes] | None = None

    def client(self) -> Any:
        from imapclient import IMAPClient

        client = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=30)
        client.login(self.user, self.password)
        return client

    def append(self, raw: bytes, folder: str = "INBOX") -> None:
        with self.client() as client:
            client.append(folder, raw)

    def uids(self, folder: str = "INBOX") -> list[int]:
        with self.client() as client:
            if not client.folder_exists(folder):
                return []
            client.select_folder(folder, readonly=True)
            return sorted(int(u) for u in client.search(["ALL"]))

    def flags(self, folder: str = "INBOX") -> dict[int, tuple[bytes, ...]]:
        with self.client() as client:
            client.select_folder(folder, readonly=True)
            return {int(k): v for k, v in client.get_flags(client.search(["ALL"])).items()}

    def settings_env(self) -> dict[str, str]:
        return {
            "INTAKE_IMAP_HOST": "127.0.0.1",
            "INTAKE_IMAP_PORT": str(self.port),
            "INTAKE_IMAP_USER": self.user,
            "INTAKE_IMAP_PASSWORD": self.password,
            "INTAKE_IMAP_TLS": "none",
        }

    def settings_kwargs(self) -> dict[str, Any]:
        return {
            "imap_host": "127.0.0.1",
            "imap_port": self.port,
            "imap_user": self.user,
            "imap_password": self.password,
            "imap_tls": "none",
        }

    def reset_uidvalidity(self, folder: str = "INBOX") -> None:
        """Simulate a server that renumbered the folder: remove its UID list, the next SELECT
        announces a new UIDVALIDITY with the same messages under new UIDs."""
        maildir = self.root / "mail" / self.user
        target = maildir if folder == "INBOX" else maildir / f".{folder}"
        (target / "dovecot-uidlist").unlink()
        for index in target.glob("dovecot.index*"):
            index.unlink()
        time.sleep(1.1)  # dovecot derives the new UIDVALIDITY from the clock (seconds)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def start_dovecot(*, move_capability: bool = True) -> Dovecot:
    if shutil.which("dovecot") is None:
        pytest.fail("Debian's dovecot-imapd is required (apt-get install dovecot-imapd)")
    root = Path(tempfile.mkdtemp(prefix="intake-dovecot-"))
    root.chmod(0o755)
    mail_user = pwd.getpwnam("dovecot")
    port = free_port()
    server = Dovecot(root=root, port=port)
    for sub in ("run", "state", "mail", "home"):
        (root / sub).mkdir()
    for sub in ("mail", "home"):
        os.chown(root / sub, mail_user.pw_uid, mail_user.pw_gid)
    (root / "passwd").write_text(f"{server.user}:{{PLAIN}}{server.password}\n")
    capability = (
        "+IDLE"
        if move_capability
        else "IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE IDLE "
        "SORT SORT=DISPLAY THREAD=REFERENCES THREAD=REFS THREAD=ORDEREDSUBJECT MULTIAPPEND URL-PARTIAL "
        "CATENATE UNSELECT CHILDREN NAMESPACE UIDPLUS LIST-EXTENDED I18NLEVEL=1 CONDSTORE QRESYNC ESEARCH "
        "ESORT SEARCHRES WITHIN CONTEXT=SEARCH LIST-STATUS BINARY SPECIAL-USE"
    )
    conf = root / "dovecot.conf"
    conf.write_text(
        DOVECOT_CONF.format(
            root=root,
            port=port,
            uid=mail_user.pw_uid,
            gid=mail_user.pw_gid,
            ssl="no",
            ssl_lines="",
            capability=capability,
        )
    )
    server.proc = subprocess.Popen(
        ["dovecot", "-F", "-c", str(conf)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        wait_for_port(port, proc=server.proc)
    except RuntimeError as error:
        log = (root / "dovecot.log").read_text() if (root / "dovecot.log").exists() else ""
        stderr = (
            server.proc.stderr.read().decode()
            if server.proc.stderr and server.proc.poll() is not None
            else ""
        )
        server.stop()
        pytest.fail(f"dovecot did not start: {error}\n{stderr}\n{log[-2000:]}")
    return server


@contextmanager
def dovecot_server(**kwargs: Any) -> Iterator[Dovecot]:
    server = start_dovecot(**kwargs)
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(server.root, ignore_errors=True)


# -- a TCP proxy that can drop the connection --------------------------------------------------------


class CuttingProxy:
    """Forwards 127.0.0.1:<port> to a target; `cut_after(n)` closes every open connection once
    the server has sent `n` more bytes (a connection dropped mid-fetch)."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.port = free_port()
        self._listener = socket.create_server(("127.0.0.1", self.port))
        self._budget: int | None = None
        self._lock = threading.Lock()
        self.cuts = 0
        self._stop = False
        threading.Thread(target=self._accept, daemon=True).start()

    def cut_after(self, server_bytes: int | None) -> None:
        with self._lock:
            self._budget = server_bytes

    def _accept(self) -> None:
        while not self._stop:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            threading.Thread(target=self._pump, args=(client, upstream, False), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, True), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, from_server: bool) -> None:
        try:
            while True:
                data = src.recv(4096)
                if not data:
                    break
                if from_server and self._spend(len(data)):
                    break
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (src, dst):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()

    def _spend(self, count: int) -> bool:
        with self._lock:
            if self._budget is None:
                return False
            self._budget -= count
            if self._budget < 0:
                self._budget = None
                self.cuts += 1
                return True
            return False

    def close(self) -> None:
        self._stop = True
        self._listener.close()


# -- the core system ---------------------------------------------------------------------------------


@dataclass
class FakeCore:
    url: str
    log: Path
    proc: subprocess.Popen[bytes]

    def calls(self) -> list[dict[str, Any]]:
        if not self.log.exists():
            return []
        return [json.loads(line) for line in self.log.read_text().splitlines() if line.strip()]

    def created(self) -> list[dict[str, Any]]:
        """Calls that created something (replays of a known key excluded)."""
        return [c for c in self.calls() if c["status"] == 201]


@contextmanager
def fake_core(tmp: Path, *, fail_first: int = 0) -> Iterator[FakeCore]:
    port = free_port()
    log = tmp / "core-calls.jsonl"
    proc = subprocess.Popen(
        [
            PYTHON,
            str(ROOT / "tests" / "fake_core.py"),
            "--port",
            str(port),
            "--log",
            str(log),
            "--fail-first",
            str(fail_first),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port, proc=proc)
        yield FakeCore(url=f"http://127.0.0.1:{port}", log=log, proc=proc)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


# -- an SMTP server that answers 451 first -----------------------------------------------------------


@dataclass
class RefusingSmtp:
    port: int
    refuse_first: int
    attempts: int = 0
    received: list[tuple[str, list[str], bytes]] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.attempts += 1
        if self.attempts <= self.refuse_first:
            return "451 4.3.0 try again later"
        self.received.append((envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content)))
        return "250 OK"


@contextmanager
def refusing_smtp(*, refuse_first: int = 1) -> Iterator[RefusingSmtp]:
    from aiosmtpd.controller import Controller

    handler = RefusingSmtp(port=free_port(), refuse_first=refuse_first)
    controller = Controller(handler, hostname="127.0.0.1", port=handler.port)
    controller.start()
    try:
        yield handler
    finally:
        controller.stop()


# -- Celery workers ---------------------------------------------------------------------------------


@dataclass
class Worker:
    proc: subprocess.Popen[bytes]
    log: Path

    def kill(self) -> None:
        """SIGKILL the whole worker (main process and pool children)."""
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()  # warm shutdown: the main process lets its children finish
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()


def start_worker(env: dict[str, str], log: Path, *, concurrency: int = 2, beat: bool = True) -> Worker:
    args = [PYTHON, "-m", "intake.cli", "worker", "--concurrency", str(concurrency)]
    if not beat:
        args.append("--no-beat")
    full_env = {**os.environ, **env, "PYTHONPATH": str(ROOT)}
    handle = log.open("ab")
    proc = subprocess.Popen(
        args, cwd=str(ROOT), env=full_env, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True
    )
    return Worker(proc=proc, log=log)

