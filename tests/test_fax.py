"""The fax gateway: a HylaFAX recvq/ spool and a drop folder, settled files only, TSI recorded but not
trusted, files moved out of the spool after the outcome is committed, the gateway's hook command."""

from __future__ import annotations

import io
import json
import os
import subprocess
import time
from dataclasses import replace
from pathlib import Path

from PIL import Image, ImageDraw
from sqlalchemy import func, select

from intake.pipeline import Pipeline
from intake.settings import Settings
from intake.sources.fax import FaxSpool, read_tsi
from intake.sources.poller import poll_once
from intake.storage.db import unit_of_work
from intake.storage.models import Claim, Message
from tests import factories
from tests.services import PYTHON, ROOT


def fax_tiff(tsi: str = "+33 1 45 67 89 10 CABINET MARTIN", caller: str = "0145678910") -> bytes:
    """A one-page TIFF Class F (G4, 204x196 dpi) with HylaFAX's ImageDescription."""
    page = Image.new("1", (1728, 600), 1)
    draw = ImageDraw.Draw(page)
    draw.text((40, 20), "16/03/2026 10:02  CABINET MARTIN  P.1/1", fill=0)
    draw.text((40, 120), "Bonjour, merci de rappeler le cabinet.", fill=0)
    out = io.BytesIO()
    page.save(out, format="TIFF", compression="group4", dpi=(204, 196), tiffinfo={270: f"{tsi}\n{caller}"})
    return out.getvalue()


def _rows(settings: Settings) -> list[Message]:
    with unit_of_work(settings.effective_database_url) as session:
        rows = list(session.scalars(select(Message).order_by(Message.id)))
        session.expunge_all()
        return rows


def _claims(settings: Settings) -> int:
    with unit_of_work(settings.effective_database_url) as session:
        return int(session.scalar(select(func.count()).select_from(Claim)) or 0)


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_tsi_is_read_from_the_image_description() -> None:
    assert read_tsi(fax_tiff(tsi="CABINET X", caller="0102030405")) == ("CABINET X", ["0102030405"])
    assert read_tsi(b"junk") == ("", [])


def test_hylafax_spool_settled_files_only_then_moved(settings: Settings, tmp_path: Path) -> None:
    spool = tmp_path / "hylafax"
    (spool / "recvq").mkdir(parents=True)
    s = replace(settings, fax_spool=str(spool), fax_settle_seconds=60)
    ready = spool / "recvq" / "fax000000012.tif"
    ready.write_bytes(fax_tiff())
    _age(ready, 120)
    writing = spool / "recvq" / "fax13.tif"
    writing.write_bytes(fax_tiff()[:200])  # still arriving: changed just now
    (spool / "recvq" / "seqf").write_text("13")  # HylaFAX's own files are not faxes

    counts = poll_once(s)
    assert counts["new"] == 1 and counts["unsettled"] == 1
    (row,) = _rows(s)
    assert row.source == "fax"
    assert row.meta["tsi"] == "+33 1 45 67 89 10 CABINET MARTIN"
    assert row.meta["caller_id"] == "0145678910"
    assert row.meta["tsi_verified"] is False
    assert row.outcome in {"review", "quarantine", "claim"}  # a fax never gets an auto-reply
    assert row.source_done
    assert not ready.exists()
    target = "quarantine" if row.outcome == "quarantine" else "done"
    assert (spool / target / "fax000000012.tif").exists()  # beside recvq/
    assert writing.exists()

    # once settled, the second file is taken; the first is not taken twice
    writing.write_bytes(fax_tiff(tsi="OTHER"))
    _age(writing, 120)
    counts = poll_once(s)
    assert counts["new"] == 1
    assert len(_rows(s)) == 2
    assert not writing.exists()


def test_drop_folder_pdf_invoice_and_same_invoice_by_email_is_one_claim(
    settings: Settings, tmp_path: Path
) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    s = replace(settings, fax_spool=str(drop), fax_settle_seconds=0)
    pipeline = Pipeline(s)
    email_id, _ = pipeline.ingest(factories.invoice_email(number="F-8001"), source="email", source_key="t:1")
    assert pipeline.process(email_id) == "claim"
    (drop / "scan.part").write_bytes(b"partial")  # being written under a temporary name
    pdf = drop / "scan-0001.pdf"
    pdf.write_bytes(factories.invoice_pdf(number="F-8001"))
    counts = poll_once(s)
    assert counts["new"] == 1
    fax_row = _rows(s)[-1]
    assert fax_row.source == "fax" and fax_row.outcome == "claim"
    assert "duplicate" in (fax_row.reason or "")
    assert _claims(s) == 1
    assert (drop / "done" / "scan-0001.pdf").exists()
    assert (drop / "scan.part").exists()


def test_spool_picks_nothing_that_is_not_settled(settings: Settings, tmp_path: Path) -> None:
    spool = FaxSpool(replace(settings, fax_spool=str(tmp_path), fax_settle_seconds=5), clock=lambda: 1000.0)
    path = tmp_path / "fax1.tif"
    path.write_bytes(b"x")
    os.utime(path, (997.0, 997.0))
    assert not spool.settled(path)
    os.utime(path, (995.0, 995.0))
    assert spool.settled(path)
    path.write_bytes(b"")
    os.utime(path, (900.0, 900.0))
    assert not spool.settled(path)  # empty: the gateway has not written yet


def test_fax_received_hook_command(tmp_path: Path) -> None:
    spool = tmp_path / "hylafax"
    (spool / "recvq").mkdir(parents=True)
    fax = spool / "recvq" / "fax7.tif"
    fax.write_bytes(fax_tiff())
    env = {
        **os.environ,
        "INTAKE_DATA_DIR": str(tmp_path / "var"),
        "INTAKE_FAX_SPOOL": str(spool),
        "INTAKE_FAX_SETTLE_SECONDS": "3600",
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [PYTHON, "-m", "intake.cli", "fax-received", str(fax), "--caller-id", "0611223344"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        cwd=str(tmp_path),
    )
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    assert answer["outcome"] in {"review", "quarantine", "claim"}
    assert not fax.exists()
    assert any((spool / d / "fax7.tif").exists() for d in ("done", "quarantine"))
    s = Settings(data_dir=str(tmp_path / "var"))
    (row,) = _rows(s)
    assert row.meta["caller_id"] == "0611223344" and row.source_done
