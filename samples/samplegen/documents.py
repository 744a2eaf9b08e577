"""Writes samples/documents/: every invoice in its renderings, with a ground truth per file."""

from __future__ import annotations

import io
import json
import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from .data import Doc, build_docs
from .extras import draw_bordereau, draw_ordonnance
from .layouts import draw_doc
from .pen import new_canvas
from .raster import (
    draw_image_page,
    fax_tiff,
    jpeg_bytes,
    photo_jpeg,
    render_pages,
    scan_effect,
    scan_pdf,
)

FAX_FINE, FAX_NORMAL = 196, 98


@dataclass
class Output:
    """The documents written, for the emails and the fax spool to reuse."""

    docs: dict[str, Doc]
    pdf: dict[str, bytes] = field(default_factory=dict)  # doc key -> text PDF bytes
    pages: dict[str, int] = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)  # file name -> path


def write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def doc_pdf(doc: Doc) -> tuple[bytes, int]:
    buf = io.BytesIO()
    canvas = new_canvas(buf, f"{doc.title or doc.kind} {doc.number}")
    pages = draw_doc(canvas, doc)
    canvas.save()
    return buf.getvalue(), pages


def doc_entry(doc: Doc, first_page: int, pages: int) -> dict[str, Any]:
    return {
        "kind": doc.kind,
        "fields": doc.truth(),
        "pages": list(range(first_page, first_page + pages)),
        "printed": doc.raw(),
    }


def truth(name: str, rendering: str, docs: list[tuple[Doc, int, int]], **extra: Any) -> dict[str, Any]:
    first = docs[0][0]
    layouts = sorted({d.layout for d, _, _ in docs})
    professions = sorted({d.profession for d, _, _ in docs})
    data: dict[str, Any] = {
        "file": name,
        "rendering": rendering,
        "layout": layouts[0] if len(layouts) == 1 else "+".join(layouts),
        "profession": first.profession if len(professions) == 1 else "+".join(professions),
        "documents": [doc_entry(d, start, n) for d, start, n in docs],
    }
    data.update(extra)
    return data


# Fax senders: (TSI as the machine sends it, the header name, CallID1, header style)
def fax_sender(doc: Doc, index: int) -> tuple[str, str, str, int]:
    number = "+33 " + doc.party.phone[1:].lstrip()
    compact = doc.party.phone.replace(" ", "")
    name = doc.party.name.replace("Dr ", "DR ").split(" - ")[0][:26]
    tsi_forms = (number, compact, f"{name[:20]}", f"+33{compact[1:]}", "", number)
    return tsi_forms[index % len(tsi_forms)], name, compact, index % 5


def fax_when(doc: Doc, index: int) -> datetime:
    day = doc.issue_date or doc.care_date or date(2025, 9, 30)
    return datetime(day.year, day.month, day.day, 8 + index % 10, (index * 17) % 60) + timedelta(days=1)


def write_documents(out: Path, seed: int) -> Output:
    folder = out / "documents"
    folder.mkdir(parents=True, exist_ok=True)
    docs = build_docs(seed)
    result = Output(docs={d.key: d for d in docs})
    rng = random.Random(seed * 1000 + 1)  # noqa: S311 - reproducible samples, not secrets
    for index, doc in enumerate(docs):
        pdf, pages = doc_pdf(doc)
        result.pdf[doc.key] = pdf
        result.pages[doc.key] = pages
        entry = [(doc, 1, pages)]
        if "text" in doc.renderings:
            _write(result, folder, f"{doc.key}.text.pdf", pdf, truth(f"{doc.key}.text.pdf", "text", entry))
        if "scan" in doc.renderings:
            _write(
                result,
                folder,
                f"{doc.key}.scan.pdf",
                scan_pdf(pdf, rng),
                truth(f"{doc.key}.scan.pdf", "scan", entry),
            )
        if "photo" in doc.renderings:
            page = render_pages(pdf, rng.choice((160, 170, 180)), grey=False)[0]
            taken = fax_when(doc, index)
            name = f"{doc.key}.photo.jpg"
            _write(
                result,
                folder,
                name,
                photo_jpeg(page, rng, doc.photo_orientation, taken),
                truth(name, "photo", entry, exif_orientation=doc.photo_orientation),
            )
        for rendering, ydpi in (("fax-fine", FAX_FINE), ("fax-normal", FAX_NORMAL)):
            if rendering not in doc.renderings:
                continue
            tsi, header_name, callid, style = fax_sender(doc, index + (ydpi == FAX_NORMAL))
            name = f"{doc.key}.{rendering}.tif"
            description = tsi if index % 3 else f"{tsi}\n{callid}\n{header_name}"
            data = fax_tiff(
                pdf,
                rng,
                ydpi=ydpi,
                header_style=style,
                when=fax_when(doc, index),
                number=tsi or callid,
                name=header_name,
                description=description,
            )
            _write(result, folder, name, data, truth(name, rendering, entry, tsi=tsi))
    _write_batch(result, folder, rng)
    _write_mixed(result, folder, rng)
    return result


def _write(result: Output, folder: Path, name: str, data: bytes, gt: dict[str, Any]) -> None:
    path = folder / name
    path.write_bytes(data)
    write_json(folder / f"{name}.json", gt)
    result.files[name] = path


def _write_batch(result: Output, folder: Path, rng: random.Random) -> None:
    """Two invoices of the same nurse faxed back to back in one multi-page TIFF."""
    first, second = result.docs["infirmier-01"], result.docs["infirmier-02"]
    pdf = _concat([result.pdf[first.key], result.pdf[second.key]])
    tsi, header_name, callid, _ = fax_sender(first, 0)
    name = "batch-01.fax-fine.tif"
    data = fax_tiff(
        pdf,
        rng,
        ydpi=FAX_FINE,
        header_style=0,
        when=datetime(2025, 9, 23, 18, 4),
        number=tsi,
        name=header_name,
        description=f"{tsi}\n{callid}",
    )
    n1 = result.pages[first.key]
    gt = truth(name, "fax-fine", [(first, 1, n1), (second, n1 + 1, result.pages[second.key])], tsi=tsi)
    _write(result, folder, name, data, gt)


def _concat(pdfs: list[bytes]) -> bytes:
    import pypdfium2 as pdfium

    target = pdfium.PdfDocument.new()
    for pdf in pdfs:
        source = pdfium.PdfDocument(pdf)
        target.import_pages(source)
    buf = io.BytesIO()
    target.save(buf)
    return buf.getvalue()


def _scanned_jpeg(pdf: bytes, rng: random.Random, page: int = 0) -> bytes:
    return jpeg_bytes(scan_effect(render_pages(pdf, 200)[page], rng), 60)


def _ordonnance_pdf(doc: Doc, lines: list[str]) -> bytes:
    assert doc.prescriber and doc.prescription_date
    buf = io.BytesIO()
    canvas = new_canvas(buf, "Ordonnance")
    draw_ordonnance(canvas, doc.prescriber, doc.patient, doc.prescription_date, lines)
    canvas.save()
    return buf.getvalue()


def ordonnance_pdf(result: Output, key: str) -> bytes:
    doc = result.docs[key]
    text = {
        "kine-01": [
            "Dix séances de rééducation du rachis lombaire (lombalgie chronique), à domicile si besoin.",
            "À renouveler une fois.",
        ],
        "opticien-02": [
            "Verres progressifs OD +1,50 (-0,50 à 90°) add 2,25",
            "OG +1,75 add 2,25",
            "Renouvellement de l'équipement optique.",
        ],
        "infirmier-01": [
            "Soins infirmiers à domicile : injection sous-cutanée d'anticoagulant (HBPM) tous les "
            "deux jours pendant 1 mois, dimanches et jours fériés compris."
        ],
    }[key]
    return _ordonnance_pdf(doc, text)


def _write_mixed(result: Output, folder: Path, rng: random.Random) -> None:
    """PDFs mixing a text page and a scanned page."""
    docs = result.docs
    # 1. an invoice (text) followed by the scanned ordonnance it relies on
    buf = io.BytesIO()
    canvas = new_canvas(buf, "Facture kiné + ordonnance")
    draw_doc(canvas, docs["kine-01"])
    draw_image_page(canvas, _scanned_jpeg(ordonnance_pdf(result, "kine-01"), rng))
    canvas.save()
    name = "mixed-01.mixed.pdf"
    _write(
        result,
        folder,
        name,
        buf.getvalue(),
        truth(name, "mixed", [(docs["kine-01"], 1, 1)], page_renderings=["text", "scan"]),
    )
    # 2. two invoices: the first as text, the second scanned
    buf = io.BytesIO()
    canvas = new_canvas(buf, "Factures")
    draw_doc(canvas, docs["medecin-04"])
    draw_image_page(canvas, _scanned_jpeg(result.pdf["centre-sante-01"], rng))
    canvas.save()
    name = "mixed-02.mixed.pdf"
    _write(
        result,
        folder,
        name,
        buf.getvalue(),
        truth(
            name,
            "mixed",
            [(docs["medecin-04"], 1, 1), (docs["centre-sante-01"], 2, 1)],
            page_renderings=["text", "scan"],
        ),
    )
    # 3. a text cover letter, then the scanned invoice
    dent = docs["dentiste-01"]
    buf = io.BytesIO()
    canvas = new_canvas(buf, "Envoi")
    draw_bordereau(canvas, dent.party, [dent.number], date(2025, 9, 20))
    draw_image_page(canvas, _scanned_jpeg(result.pdf["dentiste-01"], rng))
    canvas.save()
    name = "mixed-03.mixed.pdf"
    _write(
        result,
        folder,
        name,
        buf.getvalue(),
        truth(name, "mixed", [(dent, 2, 1)], page_renderings=["text", "scan"]),
    )
