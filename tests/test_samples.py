"""Fast checks on the bundled samples (samples/) and their ground truth."""

from __future__ import annotations

import email
import json
import struct
import sys
from collections import Counter
from email import policy
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from intake.domain.model import ACTIONS, AUTO_REPLY_REASONS, FIELD_NAMES

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
DOCUMENTS = SAMPLES / "documents"
EMAILS = SAMPLES / "emails"
FAX = SAMPLES / "fax" / "recvq"
sys.path.insert(0, str(SAMPLES))

from samplegen.checks import field_problems, missing_printed, pdf_text  # noqa: E402

RENDERINGS = {"text", "scan", "photo", "fax-fine", "fax-normal", "mixed"}
DOC_KINDS = {"invoice", "quote", "pec"}


def load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def doc_truths() -> list[Path]:
    return sorted(DOCUMENTS.glob("*.json"))


def all_documents() -> list[tuple[str, dict[str, Any]]]:
    """(where, document entry) for every document in every ground truth."""
    out = []
    for path in doc_truths():
        out += [(path.name, d) for d in load(path)["documents"]]
    for path in sorted(FAX.glob("*.json")):
        out += [(path.name, d) for d in load(path)["documents"]]
    return out


def test_samples_exist() -> None:
    assert len(doc_truths()) >= 60
    assert len(list(EMAILS.glob("*.eml"))) >= 65
    assert len(list(FAX.glob("*.json"))) >= 5


@pytest.mark.parametrize("path", doc_truths(), ids=lambda p: p.name)
def test_document_truth_shape(path: Path) -> None:
    gt = load(path)
    assert gt["file"] == path.name[: -len(".json")]
    assert (path.parent / gt["file"]).is_file()
    assert gt["rendering"] in RENDERINGS
    assert gt["layout"] and gt["profession"]
    assert gt["documents"]
    for doc in gt["documents"]:
        assert doc["kind"] in DOC_KINDS
        assert set(doc["fields"]) <= set(FIELD_NAMES)
        assert any(k in doc["fields"] for k in ("rpps", "adeli", "finess"))
        if doc["kind"] != "invoice":
            assert "care_date" not in doc["fields"]


@pytest.mark.parametrize("where, doc", all_documents(), ids=lambda x: x if isinstance(x, str) else "")
def test_identifiers_and_amounts(where: str, doc: dict[str, Any]) -> None:
    assert field_problems(doc["fields"]) == []


def test_email_fields_are_valid() -> None:
    for path in sorted(EMAILS.glob("*.eml.json")):
        fields = load(path)["fields"]
        assert set(fields) <= set(FIELD_NAMES), path.name
        assert field_problems(fields) == [], path.name


def test_variety() -> None:
    invoices = {d["fields"]["invoice_number"] for _, d in all_documents()}
    layouts = {load(p)["layout"] for p in doc_truths() if "+" not in load(p)["layout"]}
    renderings = Counter(load(p)["rendering"] for p in doc_truths())
    assert len(invoices) >= 16
    assert len(layouts) >= 6
    assert renderings["photo"] >= 5 and renderings["fax-normal"] >= 6 and renderings["mixed"] >= 2
    assert any(p.name.startswith("batch-") for p in doc_truths())


@pytest.mark.parametrize("path", sorted(EMAILS.glob("*.eml")), ids=lambda p: p.name)
def test_email_parses(path: Path) -> None:
    raw = path.read_bytes()
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert msg["Return-Path"] is not None
    assert msg["From"] and msg["Date"] and msg["Message-ID"]
    gt = load(path.with_name(path.name + ".json"))
    assert gt["action"] in ACTIONS
    if gt["action"] == "auto_reply":
        assert gt["reason"] in AUTO_REPLY_REASONS
    if gt["reason"] == "bounce":
        assert msg["Return-Path"] == "<>"
        assert msg.get_content_type() == "multipart/report"
    sent = {part.get_filename() for part in msg.walk() if not part.is_multipart()}
    for att in gt.get("attachments", []):
        assert att["filename"] in sent, att
        if "source" in att:
            assert (SAMPLES / att["source"]).is_file()


def test_email_classes() -> None:
    truths = [load(p) for p in EMAILS.glob("*.eml.json")]
    actions = Counter(t["action"] for t in truths)
    reasons = Counter(t["reason"] for t in truths if t["action"] == "auto_reply")
    assert (
        actions["claim"] >= 20
        and actions["ticket"] >= 12
        and actions["ignore"] >= 10
        and actions["review"] >= 3
    )
    assert all(reasons[r] >= 4 for r in AUTO_REPLY_REASONS)


def fax_files() -> list[Path]:
    return sorted([*DOCUMENTS.glob("*.fax-*.tif"), *FAX.glob("*.tif")])


@pytest.mark.parametrize("path", fax_files(), ids=lambda p: p.name)
def test_fax_tiff(path: Path) -> None:
    gt_path = path.with_name(path.name + ".json")
    gt = load(gt_path)
    normal = gt.get("rendering") == "fax-normal" or gt.get("quality") == "normal"
    with Image.open(path) as image:
        for frame in range(image.n_frames):
            image.seek(frame)
            assert image.mode == "1"
            assert image.width == 1728
            assert image.info["dpi"] == ((204.0, 98.0) if normal else (204.0, 196.0))
            assert image.info["compression"] == ("group3" if normal else "group4")
            assert 270 in image.tag_v2  # ImageDescription holds the TSI
        pages = [p for d in gt["documents"] for p in d["pages"]]
        assert all(1 <= p <= image.n_frames for p in pages)


@pytest.mark.parametrize("path", sorted(DOCUMENTS.glob("*.photo.jpg")), ids=lambda p: p.name)
def test_photo_orientation(path: Path) -> None:
    gt = load(path.with_name(path.name + ".json"))
    with Image.open(path) as image:
        assert image.format == "JPEG"
        assert image.getexif().get(0x0112) == gt["exif_orientation"]
        landscape = image.width > image.height
        assert landscape == (gt["exif_orientation"] in (6, 8))


@pytest.mark.parametrize("path", sorted(DOCUMENTS.glob("*.text.pdf")), ids=lambda p: p.name)
def test_text_layer_holds_the_truth(path: Path) -> None:
    gt = load(path.with_name(path.name + ".json"))
    text = pdf_text(path)
    for doc in gt["documents"]:
        assert missing_printed(text, doc["printed"]) == []
        first = doc["fields"]["patient_name"].split(" ")[-1]
        assert first in text


def test_bad_inputs_have_truth() -> None:
    bad = sorted((DOCUMENTS / "bad").glob("*.json"))
    assert len(bad) >= 9
    for path in bad:
        gt = load(path)
        assert gt["expect"] == "unreadable" and gt["why"]
        assert (path.parent / gt["file"]).exists()
    assert (DOCUMENTS / "bad" / "empty.pdf").stat().st_size == 0


def test_make_bombs(tmp_path: Path) -> None:
    from generate import make_bombs

    paths = make_bombs(tmp_path)
    png = paths["bomb.png"].read_bytes()
    assert len(png) < 1_000_000
    width, height = struct.unpack(">II", png[16:24])
    assert width * height >= 30000 * 30000
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(paths["500-pages.pdf"])
    try:
        assert len(pdf) == 500
    finally:
        pdf.close()
    assert paths["500-pages.pdf"].stat().st_size < 2_000_000


def test_total_size_is_moderate() -> None:
    folders = (DOCUMENTS, EMAILS, SAMPLES / "fax")
    total = sum(p.stat().st_size for folder in folders for p in folder.rglob("*") if p.is_file())
    assert total < 30_000_000
