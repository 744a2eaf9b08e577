"""Auto-replies through a real SMTP server (aiosmtpd on a loopback port): RFC 3834 rules end to end."""

from __future__ import annotations

import email
import re
from email import policy
from pathlib import Path

import pytest
from sqlalchemy import select

from intake.pipeline import Pipeline
from intake.settings import Settings
from intake.storage.db import migrate, unit_of_work
from intake.storage.models import Message, Outbox
from tests.services import free_port, refusing_smtp

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "emails"
pytestmark = pytest.mark.smtp


def _settings(tmp_path: Path, port: int, **extra: object) -> Settings:
    s = Settings(data_dir=str(tmp_path / "var"), smtp_host="127.0.0.1", smtp_port=port,
                 smtp_from="tiers-payant@intake.example.fr", mail_domain="intake.example.fr", **extra)  # type: ignore[arg-type]
    migrate(s.effective_database_url)
    return s


def _process(settings: Settings, raw: bytes, key: str) -> int:
    pipeline = Pipeline(settings)
    row_id, _ = pipeline.ingest(raw, source="email", source_key=key)
    pipeline.process(row_id)
    pipeline.deliver_outbox()
    return row_id


def _with_message_id(raw: bytes, new_id: str) -> bytes:
    return re.sub(rb"(?im)^Message-ID:.*$", f"Message-ID: {new_id}".encode(), raw, count=1)


def test_each_reason_gets_one_rfc3834_reply(tmp_path: Path) -> None:
    with refusing_smtp(refuse_first=0) as smtp:
        settings = _settings(tmp_path, smtp.port)
        originals = {}
        for name in ("patient-01", "support-01", "security-01", "bank-01"):
            raw = (SAMPLES / f"{name}.eml").read_bytes()
            originals[name] = email.message_from_bytes(raw, policy=policy.default)
            _process(settings, raw, name)
        assert len(smtp.received) == 4
        for mail_from, rcpts, content in smtp.received:
            reply = email.message_from_bytes(content, policy=policy.default)
            original = next(o for o in originals.values() if o["Message-ID"] == reply["In-Reply-To"])
            return_path = str(original["Return-Path"]).strip("<> ")
            assert rcpts == [return_path.lower()]
            assert mail_from == "tiers-payant@intake.example.fr"
            assert reply["Auto-Submitted"] == "auto-replied"
            assert original["Message-ID"] in reply["References"]
            assert str(reply["Subject"]).startswith("Auto: ")
            assert reply["X-Loop"]
            assert str(reply["Message-ID"]).endswith("@intake.example.fr>")


def test_machines_are_never_answered(tmp_path: Path) -> None:
    with refusing_smtp(refuse_first=0) as smtp:
        settings = _settings(tmp_path, smtp.port)
        for path in sorted(SAMPLES.glob("ignore-*.eml")):
            _process(settings, path.read_bytes(), path.name)
        assert smtp.received == []
        with unit_of_work(settings.effective_database_url) as session:
            outcomes = session.scalars(select(Message.outcome)).all()
        assert outcomes and set(outcomes) == {"ignore"}


def test_our_own_reply_coming_back_is_ignored(tmp_path: Path) -> None:
    with refusing_smtp(refuse_first=0) as smtp:
        settings = _settings(tmp_path, smtp.port)
        _process(settings, (SAMPLES / "patient-01.eml").read_bytes(), "first")
        assert len(smtp.received) == 1
        _, _, looped = smtp.received[0]
        row_id = _process(settings, looped, "looped")
        assert len(smtp.received) == 1
        with unit_of_work(settings.effective_database_url) as session:
            row = session.get(Message, row_id)
            assert row is not None and row.outcome == "ignore"


def test_one_reply_per_sender_and_reason_in_the_window(tmp_path: Path) -> None:
    with refusing_smtp(refuse_first=0) as smtp:
        settings = _settings(tmp_path, smtp.port)
        raw = (SAMPLES / "patient-01.eml").read_bytes()
        _process(settings, raw, "one")
        second = _process(settings, _with_message_id(raw, "<again-1@example.org>"), "two")
        assert len(smtp.received) == 1
        with unit_of_work(settings.effective_database_url) as session:
            row = session.get(Message, second)
            assert row is not None and row.outcome == "auto_reply"
            assert "no reply sent" in (row.reason or "")


def test_hourly_cap(tmp_path: Path) -> None:
    with refusing_smtp(refuse_first=0) as smtp:
        settings = _settings(tmp_path, smtp.port, reply_cap_per_hour=1)
        _process(settings, (SAMPLES / "patient-01.eml").read_bytes(), "one")
        _process(settings, (SAMPLES / "support-01.eml").read_bytes(), "two")
        assert len(smtp.received) == 1


def test_refused_recipient_is_recorded_and_transient_failure_retried(tmp_path: Path) -> None:
    from aiosmtpd.controller import Controller

    class Refuse:
        async def handle_RCPT(self, server, session, envelope, address, options):  # type: ignore[no-untyped-def]
            return "550 5.1.1 no such user"

    port = free_port()
    controller = Controller(Refuse(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        settings = _settings(tmp_path, port)
        row_id = _process(settings, (SAMPLES / "support-02.eml").read_bytes(), "refused")
    finally:
        controller.stop()
    with unit_of_work(settings.effective_database_url) as session:
        item = session.scalars(select(Outbox).where(Outbox.message_id == row_id)).one()
        assert item.status == "refused" and "550" in (item.last_error or "")
    with refusing_smtp(refuse_first=1) as smtp:
        settings = _settings(tmp_path / "b", smtp.port)
        pipeline = Pipeline(settings)
        row_id = _process(settings, (SAMPLES / "support-03.eml").read_bytes(), "retry")
        assert smtp.received == []  # 451: still pending
        assert pipeline.deliver_outbox() == 1
        assert pipeline.deliver_outbox() == 0  # sent exactly once
        assert len(smtp.received) == 1
