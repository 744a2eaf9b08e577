"""Small, valid test documents and messages built on the fly (no dependence on samples/)."""

from __future__ import annotations

import io
from email.message import EmailMessage
from email.utils import make_msgid

from stdnum import luhn


def rpps(serial: str = "1000387962") -> str:
    return serial + luhn.calc_check_digit(serial)


def nir(base: str = "2850375116042") -> str:
    return base + f"{97 - int(base) % 97:02d}"


def invoice_pdf(
    *,
    practitioner: str | None = None,
    patient_nir: str | None = None,
    number: str = "F-2026-0142",
    total: str = "60,00",
    amo: str = "42,00",
    amc: str = "18,00",
    patient_share: str = "0,00",
) -> bytes:
    """A one-page text PDF invoice with the usual labels."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    lines = [
        "Cabinet du Dr Paul MARTIN - Médecin généraliste",
        "12 rue des Lilas 75011 Paris - Tél. 01 45 67 89 10",
        f"N° RPPS : {practitioner or rpps()}",
        "",
        f"FACTURE N° {number}",
        "Date de facturation : 16/03/2026",
        "",
        "Patient : Mme Éloïse LE GALL",
        "Date de naissance : 03/04/1985",
        f"N° de sécurité sociale : {patient_nir or nir()}",
        "Organisme complémentaire n° 75500017",
        "",
        "Date des soins : 12/03/2026",
        f"Consultation G                                  {total} €",
        "",
        f"Total honoraires : {total} €",
        f"Part AMO : {amo} €",
        f"Part AMC : {amc} €",
        f"Reste à charge : {patient_share} €",
    ]
    y = 800
    for line in lines:
        pdf.drawString(60, y, line)
        y -= 18
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def email_with(
    *,
    subject: str,
    body: str,
    sender: str = "dr.martin@cabinet-martin.fr",
    attachments: list[tuple[str, bytes, str]] | None = None,
    headers: dict[str, str] | None = None,
    message_id: str | None = None,
) -> bytes:
    message = EmailMessage()
    message["From"] = f"Dr Paul Martin <{sender}>"
    message["To"] = "factures@tiers-payant.example.fr"
    message["Subject"] = subject
    message["Date"] = "Mon, 16 Mar 2026 10:00:00 +0100"
    message["Message-ID"] = message_id or make_msgid(domain="cabinet-martin.fr")
    message["Return-Path"] = f"<{sender}>"
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(body)
    for filename, data, mime in attachments or []:
        main, sub = mime.split("/")
        message.add_attachment(data, maintype=main, subtype=sub, filename=filename)
    return bytes(message)


def invoice_email(**pdf_args: str) -> bytes:
    return email_with(
        subject=f"Facture RPPS {rpps()}",
        body="Bonjour,\nVeuillez trouver ci-joint ma facture en tiers payant.\nCordialement,\nDr Paul Martin",
        attachments=[("facture.pdf", invoice_pdf(**pdf_args), "application/pdf")],
    )
