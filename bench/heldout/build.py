"""Helpers to write held-out triage messages (`<name>.eml` + `<name>.eml.json`) with the `email` library.

The messages themselves live in `set1.py` / `set2.py`; run `python -m bench.heldout.set1` to rebuild.
"""

from __future__ import annotations

import io
import json
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from stdnum import luhn

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "samples" / "documents"
TO = "factures@intake.example.fr"
_T0 = datetime(2025, 11, 4, 8, 12, tzinfo=timezone(timedelta(hours=1)))


def rpps(seed: str) -> str:
    """An 11-digit RPPS-looking number with a valid Luhn key."""
    body = ("1" + seed + "0" * 9)[:10]
    return body + luhn.calc_check_digit(body)


def doc(name: str) -> tuple[str, bytes, str]:
    data = (DOCS / name).read_bytes()
    return name, data, "application/pdf"


def pdf_letter(lines: list[str]) -> bytes:
    """A one-page text PDF (reportlab) — e.g. a bank-details letter."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 800
    for line in lines:
        c.drawString(60, y, line)
        y -= 18
    c.showPage()
    c.save()
    return buf.getvalue()


class Writer:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self.n = 0

    def write(self, name: str, *, frm: str, subject: str, body: str | None, action: str, reason: str,
              attachments: list[tuple[str, bytes, str]] | None = None, html: str | None = None,
              headers: dict[str, str] | None = None, to: str = TO, note: str | None = None,
              raw: bytes | None = None) -> None:
        self.n += 1
        when = _T0 + timedelta(hours=7 * self.n, minutes=13 * self.n)
        if raw is None:
            msg = EmailMessage()
            addr = frm.split("<")[-1].rstrip(">") if "<" in frm else frm
            domain = addr.split("@")[-1]
            msg["Return-Path"] = f"<{addr}>"
            msg["From"] = frm
            msg["To"] = to
            msg["Subject"] = subject
            msg["Date"] = format_datetime(when)
            msg["Message-ID"] = make_msgid(idstring=f"h{self.n}", domain=domain)
            for key, value in (headers or {}).items():
                if key in msg:
                    del msg[key]
                msg[key] = value
            if body is not None:
                msg.set_content(body)
                if html:
                    msg.add_alternative(html, subtype="html")
            elif html:
                msg.set_content(html, subtype="html")
            for filename, data, ctype in attachments or []:
                maintype, subtype = ctype.split("/")
                msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
            raw = bytes(msg)
        (self.folder / f"{name}.eml").write_bytes(raw)
        truth = {"action": action, "reason": reason, "fields": {}}
        if note:
            truth["note"] = note
        (self.folder / f"{name}.eml.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n")
