"""The whole path on the embedded default and on PostgreSQL: one outcome per message, no claim twice."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from intake.pipeline import Pipeline
from intake.settings import Settings
from intake.status import message_status
from intake.storage.db import unit_of_work
from intake.storage.models import AuditEntry, Claim, Message, Outbox, Ticket
from tests import factories

ROOT = Path(__file__).resolve().parents[1]


def _run(settings: Settings, raw: bytes, key: str) -> tuple[int, str]:
    pipeline = Pipeline(settings)
    row_id, _ = pipeline.ingest(raw, source="email", source_key=key)
    return row_id, pipeline.process(row_id)


def _count(settings: Settings, model: type) -> int:
    with unit_of_work(settings.effective_database_url) as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _whole_path(settings: Settings) -> None:
    row_id, outcome = _run(settings, factories.invoice_email(), "test:invoice-1")
    assert outcome == "claim"
    assert _count(settings, Claim) == 1
    # processing again, or ingesting the same key again, changes nothing
    assert Pipeline(settings).process(row_id) == "claim"
    again_id, created = Pipeline(settings).ingest(b"ignored", source="email", source_key="test:invoice-1")
    assert (again_id, created) == (row_id, False)
    # the same bytes under another key (a UIDVALIDITY change, a second copy) make no second claim
    _, outcome = _run(settings, factories.invoice_email(), "test:invoice-1-copy")
    assert _count(settings, Claim) == 1
    # a patient's question gets an auto-reply in the outbox, not a claim
    question = factories.email_with(
        subject="Remboursement de mes lunettes",
        body="Bonjour, je suis assurée et je voudrais savoir quand je serai remboursée de mes lunettes. "
        "Merci, Mme Durand",
        sender="claire.durand@orange.fr",
    )
    _, outcome = _run(settings, question, "test:patient-1")
    assert outcome == "auto_reply"
    with unit_of_work(settings.effective_database_url) as session:
        replies = list(session.scalars(select(Outbox).where(Outbox.kind == "reply")))
        assert [r.recipient for r in replies] == ["claire.durand@orange.fr"]
        assert session.scalar(select(func.count()).select_from(AuditEntry)) >= 3
    # every message has exactly one outcome and a reason
    rows = message_status(settings)
    assert len(rows) == 3
    assert all(r["outcome"] and r["reason"] for r in rows)
    claims = [r["claim"] for r in rows if r["outcome"] == "claim"]
    assert len(set(claims)) == 1 and claims[0].startswith("CL-")


def test_whole_path_on_sqlite(settings: Settings) -> None:
    _whole_path(settings)


@pytest.mark.postgres
def test_whole_path_on_postgres(pg_settings: Settings) -> None:
    _whole_path(pg_settings)


def test_follow_up_joins_the_existing_ticket(settings: Settings) -> None:
    chase = factories.email_with(
        subject="Relance paiement dossier 123456",
        body="Bonjour, le dossier n°123456 transmis le 15/09/2025 n'apparaît toujours pas dans mes paiements. "
        "Pouvez-vous vérifier ?\nDr Martin",
        message_id="<chase-1@cabinet-martin.fr>",
    )
    _, outcome = _run(settings, chase, "test:chase")
    assert outcome == "ticket"
    with unit_of_work(settings.effective_database_url) as session:
        number = session.scalars(select(Ticket.number)).one()
    assert number and number.startswith("TP-")
    reply = factories.email_with(subject=f"RE: [{number}] Relance paiement", body="Toujours rien reçu.",
                                 headers={"In-Reply-To": "<chase-1@cabinet-martin.fr>"})
    _, outcome = _run(settings, reply, "test:chase-reply")
    assert outcome == "ticket"
    assert _count(settings, Ticket) == 1
    assert [r["ticket"] for r in message_status(settings)] == [number, number]


def test_broken_input_is_recorded_not_crashed(settings: Settings) -> None:
    broken = factories.email_with(subject="Facture", body="ci-joint",
                                  attachments=[("facture.pdf", b"%PDF-1.4 truncated", "application/pdf")])
    row_id, outcome = _run(settings, broken, "test:broken")
    assert outcome in ("review", "quarantine")
    with unit_of_work(settings.effective_database_url) as session:
        row = session.get(Message, row_id)
        assert row is not None and row.reason


def _intake(*args: str, env: dict[str, str], stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "intake.cli", *args], env=env, input=stdin,
                          capture_output=True, timeout=600, check=False)


def test_cli_contracts(tmp_path: Path) -> None:
    import os

    env = {**os.environ, "INTAKE_DATA_DIR": str(tmp_path / "var")}
    pdf = tmp_path / "facture.pdf"
    pdf.write_bytes(factories.invoice_pdf())
    empty = tmp_path / "vide.pdf"
    empty.write_bytes(b"")
    out = _intake("extract", str(pdf), str(empty), "--json", env=env)
    assert out.returncode == 0, out.stderr
    lines = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert [line["file"] for line in lines] == [str(pdf), str(empty)]
    fields = lines[0]["documents"][0]["fields"]
    assert fields["rpps"]["value"] == factories.rpps()
    assert fields["nir"]["value"] == factories.nir()
    assert fields["total_amount"]["value"] == "60.00"
    assert lines[1]["documents"][0]["needs_review"] is True
    assert b"Traceback" not in out.stderr

    eml = tmp_path / "facture.eml"
    eml.write_bytes(factories.invoice_email())
    out = _intake("triage", str(eml), "--json", env=env)
    decision = json.loads(out.stdout)
    assert decision["action"] == "claim" and 0 <= decision["confidence"] <= 1
    assert decision["fields"]["rpps"]["value"] == factories.rpps()
    assert not (tmp_path / "var" / "intake.db").exists()  # a dry run stores nothing

    folder = tmp_path / "mails"
    folder.mkdir()
    (folder / "a.eml").write_bytes(factories.invoice_email())
    (folder / "b.eml").write_bytes(b"\x00\xff not a mail at all")
    out = _intake("process", str(folder), env=env)
    assert out.returncode == 0, out.stderr
    assert "2 message(s)" in out.stdout.decode()
    out = _intake("status", "--json", env=env)
    rows = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert len(rows) == 2 and all(r["outcome"] for r in rows)
    assert set(rows[0]) == {"source_key", "message_id", "outcome", "reason", "claim", "ticket"}


def test_logs_carry_ids_and_never_health_data(settings: Settings, caplog: pytest.LogCaptureFixture) -> None:
    import logging

    from intake.logs import JsonFormatter

    caplog.set_level(logging.DEBUG)
    row_id, _ = _run(settings, factories.invoice_email(), "test:logs")
    lines = [json.loads(JsonFormatter().format(r)) for r in caplog.records]
    assert any(line.get("message") == row_id and line["msg"].startswith("outcome") for line in lines)
    text = "\n".join(r.getMessage() for r in caplog.records)
    for secret in (factories.nir(), "LE GALL", "Éloïse", "60,00", "60.00", "42.00"):
        assert secret not in text


@pytest.mark.postgres
def test_cli_process_and_status_on_postgres(tmp_path: Path, pg_url: str) -> None:
    import os

    env = {**os.environ, "INTAKE_DATA_DIR": str(tmp_path / "var"), "INTAKE_DATABASE_URL": pg_url}
    folder = tmp_path / "mails"
    folder.mkdir()
    (folder / "a.eml").write_bytes(factories.invoice_email())
    out = _intake("process", str(folder), env=env)
    assert out.returncode == 0, out.stderr
    assert "postgresql" in out.stdout.decode()
    out = _intake("process", str(folder), env=env)  # a second run over the same files adds nothing
    rows = [json.loads(line) for line in _intake("status", "--json", env=env).stdout.decode().splitlines()]
    assert len(rows) == 1 and rows[0]["outcome"] == "claim" and rows[0]["claim"].startswith("CL-")
    assert not (tmp_path / "var" / "intake.db").exists()


def test_process_quarantines_an_oversized_message(tmp_path: Path) -> None:
    import os

    env = {**os.environ, "INTAKE_DATA_DIR": str(tmp_path / "var"), "INTAKE_IMAP_MAX_MESSAGE_BYTES": "100000"}
    folder = tmp_path / "mails"
    folder.mkdir()
    big = factories.email_with(subject="Facture", body="x",
                               attachments=[("scan.pdf", os.urandom(200_000), "application/pdf")])
    (folder / "big.eml").write_bytes(big)
    assert _intake("process", str(folder), env=env).returncode == 0
    rows = [json.loads(line) for line in _intake("status", "--json", env=env).stdout.decode().splitlines()]
    assert rows[0]["outcome"] == "quarantine" and "too large" in rows[0]["reason"]


def test_bank_change_with_an_invoice_goes_to_review_and_is_refused(settings: Settings) -> None:
    raw = factories.email_with(
        subject="Facture et RIB",
        body="Bonjour,\nVeuillez trouver ma facture ci-joint. Merci également de modifier notre RIB : "
        "nouvel IBAN FR76 3000 4000 0500 0012 3456 789.\nDr Paul Martin",
        attachments=[("facture.pdf", factories.invoice_pdf(), "application/pdf")],
    )
    _, outcome = _run(settings, raw, "test:bank-and-invoice")
    assert outcome == "review"  # the invoice is not lost behind a refusal, and no claim is made unseen
    assert _count(settings, Claim) == 0 and _count(settings, Outbox) == 0
    with unit_of_work(settings.effective_database_url) as session:
        refused = session.scalar(select(func.count()).select_from(AuditEntry)
                                 .where(AuditEntry.action == "bank_details.refused"))
    assert refused == 1
