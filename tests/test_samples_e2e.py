"""The bundled samples through the whole pipeline: what `make run` does, checked against ground truth.

The product may send what it is unsure of to review; what it must never do is take a wrong action
(a claim from a non-invoice, an auto-reply to a machine) or create a claim with a wrong required field.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from intake.pipeline import Pipeline
from intake.settings import Settings
from intake.status import message_status
from intake.storage.db import unit_of_work
from intake.storage.models import Claim, Message, Outbox

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
REQUIRED = ("rpps", "adeli", "finess", "nir", "total_amount", "invoice_number", "care_date")

pytestmark = [pytest.mark.ocr, pytest.mark.slow]


def _jobs() -> list[tuple[str, Path]]:
    emails = sorted((SAMPLES / "emails").glob("*.eml"))
    faxes = sorted((SAMPLES / "fax").rglob("*.tif"))
    return [("email", p) for p in emails] + [("fax", p) for p in faxes]


def _truth(path: Path) -> dict[str, Any]:
    return dict(json.loads(path.with_name(path.name + ".json").read_text(encoding="utf-8")))


def _expected_documents(truth: dict[str, Any]) -> list[dict[str, str]]:
    if "documents" in truth:
        return [d["fields"] for d in truth["documents"]]
    return [truth["fields"]] if truth.get("fields") and len(truth.get("attachments", [])) == 1 else []


@pytest.fixture(scope="module")
def processed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Settings, dict[str, Path]]:
    from intake.storage.db import migrate

    settings = Settings(data_dir=str(tmp_path_factory.mktemp("samples") / "var"))
    migrate(settings.effective_database_url)
    pipeline = Pipeline(settings)
    keys: dict[str, Path] = {}
    for source, path in _jobs():
        key = f"{source}:{path}"
        row_id, _ = pipeline.ingest(path.read_bytes(), source=source, source_key=key)
        pipeline.process(row_id)
        keys[key] = path
    pipeline.deliver_outbox()
    return settings, keys


def test_every_sample_has_one_outcome_with_a_reason(processed: tuple[Settings, dict[str, Path]]) -> None:
    settings, keys = processed
    rows = message_status(settings)
    assert len(rows) == len(keys) == len(_jobs())
    assert all(r["outcome"] and r["reason"] for r in rows)


def test_no_wrong_action_only_review_when_unsure(processed: tuple[Settings, dict[str, Path]]) -> None:
    settings, keys = processed
    wrong = []
    for row in message_status(settings):
        truth = _truth(keys[row["source_key"]])
        want, got = truth["action"], row["outcome"]
        if got == "review" or (want == "ignore" and got == "review"):
            continue
        if got != want:
            wrong.append(f"{keys[row['source_key']].name}: want {want}, got {got}")
        elif want == "auto_reply" and not row["reason"].startswith(truth["reason"]):
            wrong.append(f"{keys[row['source_key']].name}: reply {row['reason']} instead of {truth['reason']}")
    assert wrong == []


def test_machines_never_get_a_reply(processed: tuple[Settings, dict[str, Path]]) -> None:
    settings, keys = processed
    with unit_of_work(settings.effective_database_url) as session:
        replied = session.scalars(select(Message.source_key).join(Outbox, Outbox.message_id == Message.id)
                                  .where(Outbox.kind == "reply")).all()
    assert replied, "the samples hold off-topic mail that must be answered"
    for key in replied:
        assert _truth(keys[key])["action"] == "auto_reply", keys[key].name
    assert len(list((Path(settings.data_dir) / "outbox").glob("*.eml"))) == len(replied)


def test_every_automatic_claim_has_right_required_fields(processed: tuple[Settings, dict[str, Path]]) -> None:
    settings, keys = processed
    with unit_of_work(settings.effective_database_url) as session:
        claims = session.execute(select(Claim.fields, Message.source_key)
                                 .join(Message, Message.id == Claim.message_id)).all()
    assert len(claims) >= 10, "most text-PDF invoices must go straight through"
    checked = 0
    for fields, key in claims:
        expected = _expected_documents(_truth(keys[key]))
        if not expected:
            continue
        matches = [e for e in expected if e.get("invoice_number") == fields.get("invoice_number")]
        assert matches, f"{keys[key].name}: invoice number {fields.get('invoice_number')}"
        for name in REQUIRED:
            assert fields.get(name) == matches[0].get(name), f"{keys[key].name}: {name}"
        checked += 1
    assert checked >= 10


def test_processing_the_samples_again_changes_nothing(processed: tuple[Settings, dict[str, Path]]) -> None:
    settings, keys = processed
    with unit_of_work(settings.effective_database_url) as session:
        before = len(session.scalars(select(Claim)).all())
    pipeline = Pipeline(settings)
    for key, path in list(keys.items())[:20]:
        row_id, created = pipeline.ingest(path.read_bytes(), source=key.split(":")[0], source_key=key)
        assert not created
        pipeline.process(row_id)
    with unit_of_work(settings.effective_database_url) as session:
        assert len(session.scalars(select(Claim)).all()) == before
