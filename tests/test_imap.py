"""The mailbox source against a real Dovecot: ledger, moves after commit, incremental polls,
oversized mail, UIDVALIDITY changes, a connection dropped mid-fetch, the poller lease."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from intake.pipeline import Pipeline
from intake.settings import Settings
from intake.sources import lease
from intake.sources.imap import ImapSource
from intake.sources.poller import poll_once
from intake.storage.db import migrate, unit_of_work
from intake.storage.models import Blob, Claim, Message
from tests import factories
from tests.services import CuttingProxy, Dovecot, dovecot_server

pytestmark = pytest.mark.imap


@pytest.fixture
def dovecot() -> Iterator[Dovecot]:
    with dovecot_server() as server:
        yield server


@pytest.fixture
def dovecot_without_move() -> Iterator[Dovecot]:
    with dovecot_server(move_capability=False) as server:
        yield server


def _settings(base: Settings, server: Dovecot, **extra: Any) -> Settings:
    return replace(base, **server.settings_kwargs(), **extra)


def _invoice(number: str) -> bytes:
    return factories.invoice_email(number=number)


def _count(settings: Settings, model: type) -> int:
    with unit_of_work(settings.effective_database_url) as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _rows(settings: Settings) -> list[Message]:
    with unit_of_work(settings.effective_database_url) as session:
        rows = list(session.scalars(select(Message).order_by(Message.id)))
        session.expunge_all()
        return rows


def _whole_poll(settings: Settings, server: Dovecot) -> None:
    for number in ("F-1001", "F-1002", "F-1003"):
        server.append(_invoice(number))
    counts = poll_once(settings)
    assert counts["new"] == 3
    assert counts["outcome:claim"] == 3
    assert counts["moved"] == 3
    assert server.uids("INBOX") == []
    assert len(server.uids("Processed")) == 3
    # BODY.PEEK: the moved mail is still unread for a human looking at the folder
    assert all(b"\\Seen" not in flags for flags in server.flags("Processed").values())
    rows = _rows(settings)
    assert [r.outcome for r in rows] == ["claim"] * 3
    assert all(r.source_done and r.uidvalidity and r.uid for r in rows)
    assert rows[0].source_key.startswith(f"imap:{server.user}@127.0.0.1/INBOX/")
    assert _count(settings, Claim) == 3


def test_poll_ingests_processes_then_moves(settings: Settings, dovecot: Dovecot) -> None:
    _whole_poll(_settings(settings, dovecot), dovecot)


@pytest.mark.postgres
def test_poll_on_postgres(pg_settings: Settings, dovecot: Dovecot) -> None:
    _whole_poll(_settings(pg_settings, dovecot), dovecot)


def test_copy_delete_expunge_when_move_is_missing(settings: Settings, dovecot_without_move: Dovecot) -> None:
    server = dovecot_without_move
    with server.client() as client:
        assert not client.has_capability("MOVE")
    _whole_poll(_settings(settings, server), server)


class _FailingPipeline(Pipeline):
    """Checks the server while processing, then fails before anything is committed."""

    def __init__(self, settings: Settings, server: Dovecot) -> None:
        super().__init__(settings)
        self.server = server
        self.seen_during_process: list[tuple[list[int], bool]] = []

    def process(self, message_row_id: int) -> str:
        flags = self.server.flags("INBOX")
        self.seen_during_process.append((sorted(flags), any(b"\\Seen" in f for f in flags.values())))
        return "retry"


def test_nothing_moved_or_seen_before_the_outcome_is_committed(settings: Settings, dovecot: Dovecot) -> None:
    s = _settings(settings, dovecot)
    dovecot.append(_invoice("F-2001"))
    failing = _FailingPipeline(s, dovecot)
    counts = poll_once(s, failing)
    assert counts["new"] == 1 and counts.get("moved", 0) == 0
    assert failing.seen_during_process == [([1], False)]
    assert dovecot.uids("INBOX") == [1]
    assert all(b"\\Seen" not in f for f in dovecot.flags("INBOX").values())
    (row,) = _rows(s)
    assert row.outcome is None and not row.source_done
    # the next poll (a healthy pipeline) finishes the job without fetching again
    counts = poll_once(s)
    assert counts.get("new", 0) == 0 and counts["outcome:claim"] == 1 and counts["moved"] == 1
    assert dovecot.uids("INBOX") == []


def test_incremental_polls_fetch_only_new_uids(settings: Settings, dovecot: Dovecot) -> None:
    s = _settings(settings, dovecot)
    dovecot.append(_invoice("F-3001"))
    dovecot.append(_invoice("F-3002"))
    assert poll_once(s)["fetched"] == 2
    assert poll_once(s).get("fetched", 0) == 0
    dovecot.append(_invoice("F-3003"))
    counts = poll_once(s)
    assert counts["fetched"] == 1 and counts["new"] == 1
    assert [r.uid for r in _rows(s)] == [1, 2, 3]
    assert _count(s, Claim) == 3


def test_oversized_message_is_quarantined_from_its_headers(settings: Settings, dovecot: Dovecot) -> None:
    s = _settings(settings, dovecot, imap_max_message_bytes=1500)
    big = _invoice("F-4001")
    assert len(big) > 1500
    dovecot.append(big)
    dovecot.append(factories.email_with(subject="Question", body="Bonjour, une question."))
    counts = poll_once(s)
    assert counts["oversized"] == 1
    rows = _rows(s)
    assert rows[0].outcome == "quarantine" and "over the 1500-byte limit" in (rows[0].reason or "")
    assert rows[0].meta["imap_size"] == len(big.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    with unit_of_work(s.effective_database_url) as session:
        blob = session.get(Blob, rows[0].sha256)
        assert blob is not None and blob.size < 1500 and b"Subject:" in blob.data  # headers only
    assert rows[1].outcome != "quarantine"
    assert dovecot.uids("Quarantine") == [1]
    assert dovecot.uids("INBOX") == []


def test_uidvalidity_change_creates_no_second_claim(
    settings: Settings, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = _settings(settings, dovecot)
    dovecot.append(_invoice("F-5001"))
    dovecot.append(_invoice("F-5002"))
    # decided but not yet moved (a crash right after the outcome's commit)
    monkeypatch.setattr(ImapSource, "move_done", lambda self: 0)
    assert poll_once(s)["outcome:claim"] == 2
    monkeypatch.undo()
    old = {r.uidvalidity for r in _rows(s)}
    dovecot.reset_uidvalidity()
    counts = poll_once(s)
    assert counts["new"] == 2 and counts["moved"] == 4 - 2
    rows = _rows(s)
    assert len(rows) == 4
    new_rows = [r for r in rows if r.uidvalidity not in old]
    assert len(new_rows) == 2
    assert all(r.duplicate_of is not None and "duplicate" in (r.reason or "") for r in new_rows)
    assert _count(s, Claim) == 2
    assert dovecot.uids("INBOX") == []


def test_connection_dropped_mid_fetch_then_recovered(settings: Settings, dovecot: Dovecot) -> None:
    for index in range(5):
        dovecot.append(_invoice(f"F-600{index}"))
    proxy = CuttingProxy(dovecot.port)
    try:
        s = replace(_settings(settings, dovecot), imap_port=proxy.port)
        proxy.cut_after(4000)  # greeting, login, select, search, headers pass; the bodies do not
        first = poll_once(s)
        assert proxy.cuts == 1
        assert first.get("errors", 0) >= 1
        assert dovecot.uids("INBOX") == [1, 2, 3, 4, 5]
        second = poll_once(s)
        assert second.get("errors", 0) == 0
    finally:
        proxy.close()
    rows = _rows(s)
    assert [r.uid for r in rows] == [1, 2, 3, 4, 5]
    assert {r.outcome for r in rows} == {"claim"}
    assert _count(s, Claim) == 5
    assert dovecot.uids("INBOX") == []


def _lease_rules(url: str) -> None:
    assert lease.acquire(url, "poll:x", "a", ttl=60)
    assert not lease.acquire(url, "poll:x", "b", ttl=60)
    assert lease.acquire(url, "poll:x", "a", ttl=60)  # renewal by the holder
    lease.release(url, "poll:x", "a")
    assert lease.acquire(url, "poll:x", "b", ttl=-1)  # already expired: anyone may take it over
    assert lease.acquire(url, "poll:x", "c", ttl=60)
    with pytest.raises(lease.LeaseLost), lease.lease(url, "poll:x"):
        pass


def test_one_poller_per_mailbox_on_sqlite(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'lease.db'}"
    migrate(url)
    _lease_rules(url)


@pytest.mark.postgres
def test_one_poller_per_mailbox_on_postgres(pg_url: str) -> None:
    _lease_rules(pg_url)


def test_a_held_lease_skips_the_mailbox(settings: Settings, dovecot: Dovecot) -> None:
    s = _settings(settings, dovecot)
    dovecot.append(_invoice("F-7001"))
    name = f"poll:{ImapSource(s).name}"
    assert lease.acquire(s.effective_database_url, name, "someone-else", ttl=600)
    counts = poll_once(s)
    assert counts["locked"] >= 1 and counts.get("new", 0) == 0
    assert dovecot.uids("INBOX") == [1]
