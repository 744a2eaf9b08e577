"""Writes samples/fax/recvq/: a HylaFAX-style receive queue with a ground truth per fax."""

from __future__ import annotations

import io
import random
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .data import Doc
from .documents import FAX_FINE, FAX_NORMAL, Output, doc_entry, write_json
from .extras import draw_fax_cover, draw_note, draw_relance
from .pen import new_canvas
from .raster import fax_tiff, render_pages


def _pdf(draw: Any) -> bytes:
    buf = io.BytesIO()
    canvas = new_canvas(buf, "fax")
    draw(canvas)
    canvas.save()
    return buf.getvalue()


def _tsi(doc: Doc) -> str:
    return "+33 " + doc.party.phone[1:].lstrip()


def _description(tsi: str, callid: str, name: str) -> str:
    return f"{tsi}\n{callid}\n{name}"


def write_fax_spool(out: Output, root: Path, seed: int) -> dict[str, str]:
    folder = root / "fax" / "recvq"
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed * 1000 + 3)  # noqa: S311 - reproducible samples, not secrets
    docs = out.docs
    written: dict[str, str] = {}

    def save(name: str, data: bytes, gt: dict[str, Any]) -> None:
        (folder / name).write_bytes(data)
        write_json(folder / f"{name}.json", {"file": name, **gt})
        written[name] = gt["action"]

    # 1. one invoice, fine resolution
    med2 = docs["medecin-02"]
    tsi = _tsi(med2)
    data = fax_tiff(
        out.pdf[med2.key],
        rng,
        ydpi=FAX_FINE,
        header_style=0,
        when=datetime(2025, 9, 24, 9, 41),
        number=tsi,
        name="CARDIO LAFAYETTE",
        description=_description(tsi, "0475749118", "CARDIO LAFAYETTE"),
    )
    save(
        "fax000000012.tif",
        data,
        {"action": "claim", "tsi": tsi, "quality": "fine", "documents": [doc_entry(med2, 1, 1)]},
    )
    # 2. a PEC in normal resolution (G3, 98 dpi)
    pec = docs["pec-01"]
    tsi = _tsi(pec)
    data = fax_tiff(
        out.pdf[pec.key],
        rng,
        ydpi=FAX_NORMAL,
        header_style=4,
        when=datetime(2025, 9, 26, 16, 5),
        number=tsi,
        name="DR VERNIER",
        description=tsi,
    )
    save(
        "fax000000013.tif",
        data,
        {"action": "claim", "tsi": tsi, "quality": "normal", "documents": [doc_entry(pec, 1, 1)]},
    )
    # 3. a cover sheet, then a two-page invoice (the spool's padding width differs on purpose)
    cds2 = docs["centre-sante-02"]
    cover = _pdf(
        lambda c: draw_fax_cover(
            c,
            cds2.party,
            3,
            date(2025, 10, 1),
            "Veuillez trouver ci-après la facture de Mme D'ALMEIDA (2 pages). "
            "Merci de nous confirmer la bonne réception.",
        )
    )
    tsi = _tsi(cds2)
    extra = render_pages(out.pdf[cds2.key], 204, FAX_FINE)
    data = fax_tiff(
        cover,
        rng,
        ydpi=FAX_FINE,
        header_style=2,
        when=datetime(2025, 10, 1, 11, 20),
        number=tsi,
        name="CDM CROIX-ROUSSE",
        description=_description(tsi, "0455706360", "CDM CROIX-ROUSSE"),
        extra_pages=extra,
    )
    save(
        "fax00014.tif",
        data,
        {
            "action": "claim",
            "tsi": tsi,
            "quality": "fine",
            "documents": [doc_entry(cds2, 2, 2)],
            "note": "page 1 is a fax cover sheet",
        },
    )
    # 4. a handwritten-looking note asking to be called back
    note = _pdf(
        lambda c: draw_note(
            c,
            ["Bonjour,", "Merci de me rappeler au", "04 78 52 19 33", "au sujet d'un patient.", "Dr Fabre"],
            seed,
        )
    )
    data = fax_tiff(
        note,
        rng,
        ydpi=FAX_FINE,
        header_style=3,
        when=datetime(2025, 10, 3, 17, 52),
        number="+33 4 78 52 19 33",
        name="",
        description="+33 4 78 52 19 33",
    )
    save(
        "fax000000015.tif",
        data,
        {
            "action": "review",
            "reason": "off-topic handwritten note, no invoice",
            "tsi": "+33 4 78 52 19 33",
            "quality": "fine",
            "documents": [],
        },
    )
    # 5. a blank page (misdial, or the sender fed the page upside down)
    data = fax_tiff(
        _pdf(lambda c: c.showPage()),
        rng,
        ydpi=FAX_FINE,
        header_style=1,
        when=datetime(2025, 10, 6, 7, 58),
        number="0380123456",
        name="FAX",
        description="0380123456",
    )
    save(
        "fax000000016.tif",
        data,
        {"action": "ignore", "reason": "blank page", "tsi": "0380123456", "quality": "fine", "documents": []},
    )
    # 6. a payment chase letter followed by the invoice it is about
    kin = docs["kine-01"]
    letter = _pdf(lambda c: draw_relance(c, kin, date(2025, 11, 4), "123456"))
    tsi = _tsi(kin)
    extra = render_pages(out.pdf[kin.key], 204, FAX_NORMAL)
    data = fax_tiff(
        letter,
        rng,
        ydpi=FAX_NORMAL,
        header_style=0,
        when=datetime(2025, 11, 4, 12, 30),
        number=tsi,
        name="KINE GARNIER",
        description=tsi,
        extra_pages=extra,
    )
    save(
        "fax000000017.tif",
        data,
        {
            "action": "ticket",
            "reason": "payment chase",
            "tsi": tsi,
            "quality": "normal",
            "documents": [doc_entry(kin, 2, 1)],
            "note": "a reminder letter with a copy of the unpaid invoice: a ticket, not a new claim",
        },
    )
    return written
