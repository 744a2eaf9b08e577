"""Pages that are not claims: ordonnance, cover sheets, notes, letters, RIB."""

from __future__ import annotations

import random
from datetime import date

from reportlab.pdfgen.canvas import Canvas

from .data import Doc, Party, Person, Prescriber
from .fmt import fmt_date, fmt_siret
from .ids import group_iban
from .pen import GREY, H, Pen, W


def draw_ordonnance(
    c: Canvas,
    prescriber: Prescriber,
    patient: Person,
    day: date,
    lines: list[str],
    *,
    address: str = "14 avenue de la République",
    city: str = "75011 PARIS",
) -> None:
    pen = Pen(c, "serif")
    pen.text(50, 45, prescriber.name, 14, bold=True)
    pen.text(50, 64, prescriber.specialty.capitalize(), 10)
    pen.text(50, 78, f"{address} — {city}", 9)
    pen.text(50, 91, f"RPPS {prescriber.rpps}", 9)
    pen.text(50, 104, "Sur rendez-vous — Tél. 01 43 55 21 08", 9)
    pen.right(545, 150, f"Le {fmt_date(day, 'long')}", 11)
    pen.text(80, 190, f"{patient.civility} {patient.first} {patient.last}", 12, bold=True)
    pen.text(80, 207, f"({fmt_date(patient.birth, 'slash')})", 9, color=GREY)
    pen.center(W / 2, 250, "ORDONNANCE", 13, bold=True)
    top: float = 290
    for line in lines:
        top = pen.para(80, top, line, 430, 11.5, 17) + 8
    pen.text(380, 640, prescriber.name, 11, italic=True)
    pen.center(W / 2, 800, "En cas d'urgence, composez le 15", 7.5, color=GREY)
    c.showPage()


def draw_bordereau(c: Canvas, party: Party, numbers: list[str], day: date) -> None:
    pen = Pen(c, "dejavu")
    pen.lines(
        50,
        45,
        [party.name, party.street, f"{party.postcode} {party.city}", f"Tél. {party.phone}"],
        10,
        bold_first=True,
    )
    pen.lines(
        330, 130, ["Service Tiers Payant", "Gestion des factures", "TSA 40111", "69301 LYON CEDEX 07"], 10
    )
    pen.right(545, 210, f"{party.city.title()}, le {fmt_date(day, 'long')}", 10)
    pen.text(50, 250, "Objet : bordereau d'envoi de factures en tiers payant", 10.5, bold=True)
    top = pen.para(
        50,
        280,
        "Madame, Monsieur, veuillez trouver ci-joint les factures suivantes pour règlement "
        "de la part complémentaire :",
        490,
        10.5,
        15,
    )
    for number in numbers:
        pen.text(80, top + 6, f"•  facture {number}", 10.5)
        top += 18
    pen.para(
        50,
        top + 20,
        "Je vous remercie de bien vouloir procéder au règlement sur le compte habituel. "
        "Je reste à votre disposition pour tout renseignement complémentaire. Veuillez agréer, "
        "Madame, Monsieur, mes salutations distinguées.",
        490,
        10.5,
        15,
    )
    pen.text(350, top + 110, party.name, 10.5, italic=True)
    c.showPage()


def draw_fax_cover(c: Canvas, party: Party, pages: int, day: date, message: str) -> None:
    pen = Pen(c, "helv")
    pen.text(50, 50, "TÉLÉCOPIE", 26, bold=True)
    pen.hline(50, 545, 90, 2)
    rows = [
        ("De", party.name),
        ("Tél.", party.phone),
        ("Fax", party.fax or party.phone),
        ("À", "Service Tiers Payant - Factures"),
        ("Fax destinataire", "04 72 00 00 00"),
        ("Date", fmt_date(day, "slash")),
        ("Nombre de pages (y compris celle-ci)", str(pages)),
    ]
    top: float = 115
    for label, value in rows:
        pen.text(50, top, f"{label} :", 11, bold=True)
        pen.text(300, top, value, 11)
        top += 22
    pen.hline(50, 545, top + 5, 1)
    pen.text(50, top + 25, "Message :", 11, bold=True)
    pen.para(50, top + 45, message, 490, 11, 16)
    pen.para(
        50,
        760,
        "Ce document est confidentiel et destiné uniquement à son destinataire. Si vous l'avez reçu "
        "par erreur, merci de nous en informer et de le détruire.",
        490,
        8,
    )
    c.showPage()


def draw_note(c: Canvas, lines: list[str], seed: int) -> None:
    """A handwritten-looking note: italic, uneven baseline and size."""
    rng = random.Random(seed)  # noqa: S311 - reproducible samples, not secrets
    c.saveState()
    top: float = 150.0
    for line in lines:
        c.saveState()
        x, y = 70 + rng.uniform(-8, 8), H - top
        c.translate(x, y)
        c.rotate(rng.uniform(-2.5, 2.5))
        cx = 0.0
        for ch in line:
            size = 19 + rng.uniform(-1.5, 1.5)
            c.setFont("DejaVuSerif-Italic", size)
            c.setFillColorRGB(0.05, 0.05, 0.3)
            c.drawString(cx, rng.uniform(-1.2, 1.2), ch)
            cx += c.stringWidth(ch, "DejaVuSerif-Italic", size) * rng.uniform(0.95, 1.08)
        c.restoreState()
        top += 38 + rng.uniform(-4, 6)
    c.restoreState()
    c.showPage()


def draw_relance(c: Canvas, doc: Doc, day: date, dossier: str) -> None:
    pen = Pen(c, "times")
    p = doc.party
    pen.lines(
        50,
        45,
        [
            p.name,
            p.title,
            p.street,
            f"{p.postcode} {p.city}",
            f"Tél. {p.phone}",
            f"{doc.pid_label} {doc.pid_text}",
        ],
        11,
        bold_first=True,
    )
    pen.right(545, 170, f"{p.city.title()}, le {fmt_date(day, 'long')}", 11)
    pen.text(
        50, 210, f"Objet : RELANCE - facture {doc.number} non réglée (dossier n° {dossier})", 11.5, bold=True
    )
    text = (
        f"Madame, Monsieur, sauf erreur de ma part, la facture n° {doc.number} concernant mon patient "
        f"{doc.patient.last} {doc.patient.first}, transmise le {fmt_date(doc.issue_date or day, 'slash')}, "
        f"n'apparaît toujours pas dans mes paiements. Pourriez-vous m'indiquer où en est son traitement ? "
        "Je vous en joins une copie pour mémoire si nécessaire. Dans l'attente de votre retour, je vous "
        "prie "
        f"d'agréer mes salutations distinguées."
    )
    top = pen.para(50, 245, text, 495, 11.5, 17)
    pen.text(330, top + 40, p.name, 11.5, italic=True)
    c.showPage()


def draw_rib(c: Canvas, party: Party, holder: str) -> None:
    pen = Pen(c, "helv")
    iban = party.iban
    pen.text(50, 50, "RELEVÉ D'IDENTITÉ BANCAIRE", 16, bold=True)
    pen.text(50, 75, "Banque Populaire du Nord — Agence Lille Grand Place", 10)
    pen.box(50, 100, 495, 150)
    pen.text(60, 110, f"Titulaire du compte : {holder}", 10.5, bold=True)
    pen.text(60, 126, f"{party.street}, {party.postcode} {party.city}", 10)
    header = ["Code banque", "Code guichet", "N° de compte", "Clé RIB"]
    row = [iban[4:9], iban[9:14], iban[14:25], iban[25:27]]
    pen.table(60, 150, [100, 100, 170, 100], header, [row], aligns="cccc", size=10, row_h=18)
    pen.text(60, 200, f"IBAN : {group_iban(iban)}", 11, bold=True)
    pen.text(60, 218, "BIC : CCBPFRPPLIL", 11)
    pen.text(50, 270, f"SIRET du titulaire : {fmt_siret(party.siret)}", 9, color=GREY)
    c.showPage()
