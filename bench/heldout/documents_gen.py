"""Independent held-out set of tiers-payant documents, written blind (without reading parsers/ or
samples/samplegen/), in layouts and wordings different from the bundled samples.

.venv/bin/python bench/heldout/documents_gen.py --out bench/heldout/documents --seed 11

Each document is rendered as `<id>.text.pdf`, `<id>.scan.pdf` (image-only, greyscale JPEG, skewed,
noisy) and `<id>.fax-fine.tif` (G4, 204x196 dpi, fax header line); every other document also as
`<id>.fax-normal.tif` (G3, 204x98 dpi) and `<id>.photo.jpg` (rotated, uneven lighting). Ground truth
is `<file>.json` next to each file, with normalised values.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import shutil
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from stdnum import luhn

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {
    "S": "DejaVuSans.ttf", "SB": "DejaVuSans-Bold.ttf", "SI": "DejaVuSans-Oblique.ttf",
    "C": "DejaVuSansCondensed.ttf", "CB": "DejaVuSansCondensed-Bold.ttf",
    "R": "DejaVuSerif.ttf", "RB": "DejaVuSerif-Bold.ttf", "RI": "DejaVuSerif-Italic.ttf",
    "M": "DejaVuSansMono.ttf", "MB": "DejaVuSansMono-Bold.ttf",
}
for _key, _file in FONTS.items():
    pdfmetrics.registerFont(TTFont(_key, str(FONT_DIR / _file)))

NBSP, NNBSP = "\u00a0", "\u202f"
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]
MONTHS_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
               "nov.", "déc."]
D = Decimal
CENT = D("0.01")


# ---------------------------------------------------------------- identifiers and formats

def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def make_rpps(rng: random.Random) -> str:
    body = "1" + digits(rng, 9)
    return body + luhn.calc_check_digit(body)


def make_luhn9(rng: random.Random, prefix: str) -> str:
    body = prefix + digits(rng, 8 - len(prefix))
    return body + luhn.calc_check_digit(body)


def make_nir(rng: random.Random, sex: int, birth: date, dept: str) -> str:
    body = f"{sex}{birth.year % 100:02d}{birth.month:02d}{dept}{digits(rng, 3)}{rng.randint(1, 399):03d}"
    num = int(body.replace("2A", "19").replace("2B", "18"))
    return body + f"{97 - num % 97:02d}"


def make_siret(rng: random.Random) -> str:
    body = digits(rng, 13)
    return body + luhn.calc_check_digit(body)


def nir_spaced(n: str) -> str:
    return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"


def eur(x: Decimal, style: str = "sp") -> str:
    q = x.quantize(CENT)
    whole, frac = f"{q:.2f}".split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    if style == "sp":        # 1 234,56 € (no-break spaces)
        return NBSP.join(groups) + "," + frac + NBSP + "€"
    if style == "nn":        # 1 234,56 € (narrow no-break)
        return NNBSP.join(groups) + "," + frac + NNBSP + "€"
    if style == "eur":       # 1234,56 EUR
        return "".join(groups) + "," + frac + " EUR"
    if style == "pre":       # € 45,00
        return "€ " + " ".join(groups) + "," + frac
    if style == "bare":      # 1 234,56
        return " ".join(groups) + "," + frac
    raise ValueError(style)


def fdate(d: date, style: str = "slash") -> str:
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "dot2":
        return d.strftime("%d.%m.%y")
    if style == "long":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


def money(x) -> str:
    return f"{D(x).quantize(CENT):.2f}"


def split(total: Decimal, amo_rate: Decimal, patient: Decimal = D("0")) -> tuple[Decimal, Decimal, Decimal]:
    amo = (total * amo_rate).quantize(CENT, ROUND_HALF_UP)
    amc = total - amo - patient
    return amo, amc, patient


# ---------------------------------------------------------------- drawing helpers (mm, top-left origin)

class Page:
    def __init__(self, c: canvas.Canvas, size):
        self.c, self.w, self.h = c, size[0] / mm, size[1] / mm

    def t(self, x, y, s, size=9, font="S", align="l", grey=0.0):
        c = self.c
        c.setFillGray(grey)
        c.setFont(font, size)
        X, Y = x * mm, (self.h - y) * mm
        if align == "r":
            c.drawRightString(X, Y, s)
        elif align == "c":
            c.drawCentredString(X, Y, s)
        else:
            c.drawString(X, Y, s)
        c.setFillGray(0)

    def lines(self, x, y, items, size=9, font="S", lead=4.4, align="l"):
        for i, s in enumerate(items):
            self.t(x, y + i * lead, s, size, font, align)
        return y + len(items) * lead

    def rect(self, x, y, w, h, fill=None, lw=0.6):
        c = self.c
        c.setLineWidth(lw)
        if fill is not None:
            c.setFillGray(fill)
        c.rect(x * mm, (self.h - y - h) * mm, w * mm, h * mm, stroke=1, fill=1 if fill is not None else 0)
        c.setFillGray(0)

    def hl(self, x1, x2, y, lw=0.5):
        self.c.setLineWidth(lw)
        self.c.line(x1 * mm, (self.h - y) * mm, x2 * mm, (self.h - y) * mm)

    def vl(self, x, y1, y2, lw=0.5):
        self.c.setLineWidth(lw)
        self.c.line(x * mm, (self.h - y1) * mm, x * mm, (self.h - y2) * mm)

    def labelled_box(self, x, y, w, label, value, h=11, lsize=6.5, vsize=10, vfont="SB"):
        """Label above the value, both inside a box."""
        self.rect(x, y, w, h)
        self.t(x + 1.5, y + 3.2, label, lsize, "S", grey=0.35)
        self.t(x + 1.5, y + h - 2.5, value, vsize, vfont)

    def digit_grid(self, x, y, value, cell=4.6, size=10, gaps=()):
        """One character per cell (cerfa style); gaps: indexes after which a blank cell is left."""
        cx = x
        for i, ch in enumerate(value):
            self.rect(cx, y, cell, cell + 1)
            self.t(cx + cell / 2, y + cell - 0.4, ch, size, "M", "c")
            cx += cell
            if i in gaps:
                cx += cell * 0.6
        return cx

    def table(self, x, y, widths, header, rows, size=8, rh=5.5, aligns=None, font="S", hfont="SB",
              hfill=0.88, grid=True):
        aligns = aligns or ["l"] * len(widths)
        total_w = sum(widths)
        if header:
            self.rect(x, y, total_w, rh, fill=hfill)
            cx = x
            for wd, head, al in zip(widths, header, aligns):
                self._cell(cx, y, wd, rh, head, size, hfont, al)
                cx += wd
            y += rh
        for row in rows:
            if grid:
                self.rect(x, y, total_w, rh)
            cx = x
            for i, (wd, val, al) in enumerate(zip(widths, row, aligns)):
                if grid and i:
                    self.vl(cx, y, y + rh, 0.3)
                self._cell(cx, y, wd, rh, val, size, font, al)
                cx += wd
            if not grid:
                self.hl(x, x + total_w, y + rh, 0.2)
            y += rh
        return y

    def _cell(self, x, y, w, h, s, size, font, al):
        if al == "r":
            self.t(x + w - 1.5, y + h - 1.6, s, size, font, "r")
        elif al == "c":
            self.t(x + w / 2, y + h - 1.6, s, size, font, "c")
        else:
            self.t(x + 1.5, y + h - 1.6, s, size, font)

    def totals(self, xr, y, items, size=9.5, lead=5.5, label_x=None, font="S", bold_last=True):
        """Right-aligned totals block: label right-aligned at label_x, value right-aligned at xr."""
        label_x = label_x if label_x is not None else xr - 32
        for i, (label, value) in enumerate(items):
            f = "SB" if bold_last and i == len(items) - 1 else font
            self.t(label_x, y + i * lead, label, size, f, "r")
            self.t(xr, y + i * lead, value, size, f, "r")
        return y + len(items) * lead


@dataclass
class Doc:
    id: str
    layout: str
    kind: str
    fields: dict
    pagesize: tuple = A4
    draw: callable = None
    photo_fax_normal: bool = False
    fax_sender: str = ""
    fax_number: str = ""
    extra_docs: list = field(default_factory=list)


def footer(p: Page, rng: random.Random, name: str, addr: str, phone: str, size=6.5):
    iban = "FR76 " + " ".join(digits(rng, 4) for _ in range(5)) + " " + digits(rng, 3)
    siret = make_siret(rng)
    p.hl(15, p.w - 15, p.h - 17, 0.3)
    p.t(p.w / 2, p.h - 13, f"{name} — {addr} — Tél. {phone} — SIRET {siret[:3]} {siret[3:6]} {siret[6:9]} {siret[9:]}",
        size, "S", "c", grey=0.3)
    p.t(p.w / 2, p.h - 9.5, f"Règlement par virement : IBAN {iban} — BIC {rng.choice(['CCBPFRPPXXX', 'AGRIFRPP881', 'CMCIFR2A'])}",
        size, "S", "c", grey=0.3)


def phone(rng: random.Random, prefix: str = "") -> str:
    prefix = prefix or f"0{rng.randint(1, 5)}"
    return prefix + " " + " ".join(digits(rng, 2) for _ in range(4))


# ---------------------------------------------------------------- the documents

def build_docs(rng: random.Random) -> list[Doc]:
    docs: list[Doc] = []

    def _doc1():
        # 1. Hospital "avis des sommes à payer", two pages, FINESS, stay period --------------------
        finess = make_luhn9(rng, "03")
        birth = date(1948, 2, 3)
        nir = make_nir(rng, 2, birth, "03")
        stay0, stay1 = date(2025, 10, 6), date(2025, 10, 10)
        issued = date(2025, 10, 17)
        lines1 = [
            ("06/10/2025", "GHS 4587", "Séjour médecine — groupe homogène", "1", D("2871.40")),
            ("06/10/2025", "FJ", "Forfait journalier hospitalier", "4", D("80.00")),
            ("06/10/2025", "SUP", "Supplément chambre particulière", "4", D("160.00")),
            ("07/10/2025", "ATU", "Actes et consultations externes associés", "1", D("25.00")),
        ]
        lines2 = [
            ("08/10/2025", "IRM", "Imagerie — forfait technique", "1", D("79.00")),
            ("09/10/2025", "LAB", "Biologie — actes hors nomenclature", "1", D("80.00")),
        ]
        total = sum(l[4] for l in lines1 + lines2)
        patient = D("160.00")
        amo = D("2340.32")
        amc = total - amo - patient
        amc_no = digits(rng, 8)
        f = dict(finess=finess, nir=nir, patient_name="PRÉVOST-NAVARRO Liliane", patient_birth_date=birth.isoformat(),
                 invoice_number="T2025-004871", invoice_date=issued.isoformat(), care_date=stay0.isoformat(),
                 total_amount=money(total), amo_amount=money(amo), amc_amount=money(amc), patient_amount=money(patient),
                 amc_number=amc_no)
        ph = phone(rng, "04")

        def draw_hopital(c):
            p = Page(c, A4)
            p.t(15, 18, "CENTRE HOSPITALIER", 13, "RB")
            p.t(15, 24, "DE MONTLUÇON-NÉRIS-LES-BAINS", 11, "RB")
            p.lines(15, 30, ["18 avenue du 8 Mai 1945", "03100 MONTLUÇON", f"Standard : {ph}",
                             f"N° FINESS établissement : {finess}"], 8)
            p.rect(118, 12, 77, 34)
            p.t(156.5, 19, "AVIS DES SOMMES À PAYER", 11, "SB", "c")
            p.t(121, 26, "Réf. du titre", 8)
            p.t(192, 26, "T2025-004871", 9, "SB", "r")
            p.t(121, 31.5, "Date d'émission", 8)
            p.t(192, 31.5, fdate(issued), 9, "S", "r")
            p.t(121, 37, "Exercice / budget", 8)
            p.t(192, 37, "2025 / H", 9, "S", "r")
            p.t(121, 42.5, "Page", 8)
            p.t(192, 42.5, "1 / 2", 9, "S", "r")
            p.rect(15, 54, 180, 30, fill=0.96)
            p.t(18, 60, "PATIENT HOSPITALISÉ", 8, "SB")
            p.t(18, 66, "Mme PRÉVOST-NAVARRO Liliane", 10, "SB")
            p.t(18, 71.5, f"Née le {fdate(birth)}", 8.5)
            p.t(18, 77, f"Immatriculation : {nir_spaced(nir)}", 8.5)
            p.t(110, 60, "SÉJOUR", 8, "SB")
            p.t(110, 66, f"Entrée le {fdate(stay0)} — sortie le {fdate(stay1)}", 8.5)
            p.t(110, 71.5, "Service : Médecine polyvalente (UF 2104)", 8.5)
            p.t(110, 77, f"Organisme complémentaire n° {amc_no} (Mut. du Bourbonnais)", 7.5)
            p.t(15, 94, "Détail des prestations", 10, "SB")
            p.table(15, 98, [24, 22, 92, 12, 30], ["Date", "Code", "Libellé", "Qté", "Montant"],
                    [(a, b, c_, d, eur(e)) for a, b, c_, d, e in lines1], size=8,
                    aligns=["l", "l", "l", "c", "r"])
            p.t(195, 130, "suite au verso / page suivante ▸", 8, "SI", "r")
            p.lines(15, 150, ["Médecin responsable du séjour : Dr Bertrand ALLARD-CHASTEL",
                              "Tiers payant : part obligatoire réglée directement par la CPAM de l'Allier."], 8)
            footer(p, rng, "Centre hospitalier de Montluçon", "03100 MONTLUÇON", ph)
            c.showPage()
            p = Page(c, A4)
            p.t(15, 16, "CH MONTLUÇON-NÉRIS — Avis des sommes à payer T2025-004871 (suite)", 9, "SB")
            p.t(195, 16, "Page 2 / 2", 8, "S", "r")
            p.hl(15, 195, 19)
            y = p.table(15, 25, [24, 22, 92, 12, 30], ["Date", "Code", "Libellé", "Qté", "Montant"],
                        [(a, b, c_, d, eur(e)) for a, b, c_, d, e in lines2], size=8, aligns=["l", "l", "l", "c", "r"])
            y = p.totals(193, y + 10, [("Total des frais de séjour", eur(total)),
                                       ("Prise en charge AMO", eur(amo)),
                                       ("Prise en charge AMC", eur(amc)),
                                       ("Montant dû", eur(patient))], label_x=160)
            p.rect(15, y + 8, 180, 22)
            p.lines(18, y + 14, ["Modalités de paiement : à réception, auprès du Trésor public — Service de gestion comptable",
                                 "de Montluçon, par carte bancaire sur www.payfip.gouv.fr ou par virement.",
                                 "Référence à rappeler : T2025-004871 — Identifiant collectivité 031504"], 7.5)
            footer(p, rng, "Centre hospitalier de Montluçon", "03100 MONTLUÇON", ph)
            c.showPage()

        docs.append(Doc("hopital-avis", "hospital-two-page", "invoice", f, A4, draw_hopital, True,
                        "CH MONTLUCON FACTURATION", "+33 4 70 02 30 30"))


    _doc1()

    def _doc2():
        # 2. Centre de soins infirmiers relevé, landscape, table of acts over several dates -----------
        finess = make_luhn9(rng, "69")
        birth = date(1937, 11, 28)
        nir = make_nir(rng, 1, birth, "69")
        days = [date(2025, 9, 2) + timedelta(days=3 * i) for i in range(8)]
        acts = []
        for i, d in enumerate(days):
            acts.append((d, "AMI 4", "Pansement complexe", D("12.60")))
            if i % 2 == 0:
                acts.append((d, "IFD", "Indemnité forfaitaire de déplacement", D("2.75")))
        total = sum(a[3] for a in acts)
        amo, amc, patient = split(total, D("0.60"))
        amc_no = digits(rng, 8)
        edited = date(2025, 10, 3)
        f = dict(finess=finess, nir=nir, patient_name="FAURE-MARTINEAU Lucien", patient_birth_date=birth.isoformat(),
                 invoice_number="CSI-0925-117", invoice_date=edited.isoformat(), care_date=days[0].isoformat(),
                 total_amount=money(total), amo_amount=money(amo), amc_amount=money(amc), patient_amount=money(patient),
                 amc_number=amc_no)
        ph = phone(rng)

        def draw_csi(c):
            size = landscape(A4)
            p = Page(c, size)
            p.t(15, 16, "Centre de Soins Infirmiers « Les Glycines »", 13, "CB")
            p.lines(15, 22, ["Association ADMR Val de Saône — 12 rue Pasteur, 69250 NEUVILLE-SUR-SAÔNE",
                             f"Tél. {ph} — FINESS {finess}"], 8)
            p.t(282, 16, "RELEVÉ DE PRESTATIONS", 13, "CB", "r")
            p.t(282, 22, "Réf. CSI-0925-117", 9, "S", "r")
            p.t(282, 26.5, f"Édité le {fdate(edited, 'long')}", 8.5, "S", "r")
            p.t(282, 31, "Période : septembre 2025", 8.5, "S", "r")
            p.rect(15, 37, 130, 20)
            p.t(18, 42, "Patient", 7, "S", grey=0.4)
            p.t(18, 47.5, "FAURE-MARTINEAU Lucien", 10, "SB")
            p.t(18, 53, f"né le {fdate(birth, 'dot2')}   —   Num. Sécu {nir[:13]} {nir[13:]}", 8.5)
            p.rect(152, 37, 130, 20)
            p.t(155, 42, "Complémentaire santé", 7, "S", grey=0.4)
            p.t(155, 47.5, "Harmonie Mutuelle", 10, "SB")
            p.t(155, 53, f"AMC {amc_no} — tiers payant intégral", 8.5)
            rows = []
            for d, code, lib, amt in acts:
                ro = (amt * D("0.60")).quantize(CENT, ROUND_HALF_UP)
                rows.append((fdate(d), code, lib, eur(amt, "bare"), eur(ro, "bare"), eur(amt - ro, "bare"), "0,00"))
            widths = [26, 22, 95, 30, 30, 30, 14]
            y = p.table(15, 63, widths, ["Date", "Acte", "Libellé", "Montant", "Remb. RO", "Remb. RC", "Reste"], rows,
                        size=7.5, rh=4.6, aligns=["l", "l", "l", "r", "r", "r", "r"], font="C", hfont="CB")
            p.rect(15, y, sum(widths), 6, fill=0.9)
            p.t(17, y + 4.3, "TOTAUX", 8, "CB")
            xs = [15 + sum(widths[:i + 1]) for i in range(len(widths))]
            for xr, val in zip(xs[3:], [total, amo, amc, patient]):
                p.t(xr - 1.5, y + 4.3, eur(val, "bare"), 8, "CB", "r")
            p.t(282, y + 14, f"Net à payer par le patient : {eur(patient)}", 10, "SB", "r")
            p.t(15, y + 14, "Montants en euros. Soins réalisés au domicile du patient sur prescription médicale.", 7.5, "SI")
            footer(p, rng, "CSI Les Glycines", "69250 NEUVILLE-SUR-SAÔNE", ph)
            c.showPage()

        docs.append(Doc("csi-releve", "landscape-statement", "invoice", f, landscape(A4), draw_csi, False,
                        "CSI LES GLYCINES", "04 78 91 22 10"))


    _doc2()

    def _doc3():
        # 3. Dentist devis with CCAM codes, "Proposition de prise en charge" ----------------------------
        rpps = make_rpps(rng)
        birth = date(1979, 3, 14)
        nir = make_nir(rng, 2, birth, "35")
        made = date(2025, 10, 9)
        acts = [("36", "HBLD036", "Couronne dentoportée céramique — panier 100 % Santé", D("500.00"), D("120.00"), D("84.00")),
                ("46", "HBLD634", "Couronne céramo-métallique — panier libre", D("780.00"), D("120.00"), D("84.00")),
                ("46", "HBMD351", "Inlay-core — panier modéré", D("230.00"), D("90.00"), D("63.00"))]
        total = sum(a[3] for a in acts)
        amo = sum(a[5] for a in acts)
        amc = D("812.00")
        patient = total - amo - amc
        amc_no = digits(rng, 8)
        f = dict(rpps=rpps, nir=nir, patient_name="LE BIHAN Maïwenn", patient_birth_date=birth.isoformat(),
                 invoice_number="D25-0412", invoice_date=made.isoformat(), total_amount=money(total),
                 amo_amount=money(amo), amc_amount=money(amc), patient_amount=money(patient), amc_number=amc_no)
        ph = phone(rng)

        def draw_devis_dent(c):
            p = Page(c, A4)
            p.t(105, 16, "DEVIS POUR TRAITEMENT ET ACTES BUCCO-DENTAIRES", 12, "SB", "c")
            p.t(105, 21.5, "Proposition de prise en charge — à retourner à votre complémentaire santé", 8.5, "SI", "c")
            p.labelled_box(15, 28, 88, "Praticien", "Dr Erwan KERGOAT — Chirurgien-dentiste")
            p.labelled_box(15, 39, 44, "Ident. PS", rpps)
            p.labelled_box(59, 39, 44, "Téléphone du cabinet", ph)
            p.labelled_box(15, 50, 88, "Adresse", "4 quai Duguay-Trouin, 35000 RENNES", vsize=8.5, vfont="S")
            p.labelled_box(107, 28, 88, "Nom du patient", "LE BIHAN")
            p.labelled_box(107, 39, 44, "Prénom", "Maïwenn")
            p.labelled_box(151, 39, 44, "Date de naissance", fdate(birth, "dot2"))
            p.labelled_box(107, 50, 88, "N° d'immatriculation de l'assuré(e)", nir_spaced(nir))
            p.labelled_box(15, 64, 44, "N° de devis", "D25-0412")
            p.labelled_box(59, 64, 44, "Valable jusqu'au", fdate(made + timedelta(days=91)))
            p.labelled_box(107, 64, 88, "Organisme complémentaire (n° AMC)", f"{amc_no} — MGEN")
            rows = [(t, code, lib, eur(h, "bare"), eur(b, "bare"), eur(r, "bare")) for t, code, lib, h, b, r in acts]
            y = p.table(15, 82, [12, 22, 82, 22, 20, 22], ["Dent", "Code CCAM", "Nature de l'acte", "Honoraires",
                                                            "Base remb.", "Remb. AMO"], rows, size=7.5, rh=6,
                        aligns=["c", "l", "l", "r", "r", "r"])
            y = p.totals(193, y + 9, [("Montant total des honoraires", eur(total, "nn")),
                                      ("Remboursement Assurance Maladie obligatoire", eur(amo, "nn")),
                                      ("Part complémentaire (estimation)", eur(amc, "nn")),
                                      ("Reste à charge du patient", eur(patient, "nn"))], label_x=160)
            p.lines(15, y + 10, ["Le présent devis est établi conformément à la convention nationale des chirurgiens-dentistes.",
                                 "Les honoraires comprennent les prestations de soins et le dispositif médical sur mesure.",
                                 "Une alternative thérapeutique « 100 % Santé » a été proposée pour la dent 46."], 7.5)
            p.t(15, y + 30, f"Fait le {fdate(made, 'long')} à Rennes", 9)
            p.t(130, y + 30, "Signature du praticien", 8, "SI")
            p.t(130, y + 48, "Signature du patient, précédée de « lu et approuvé »", 8, "SI")
            footer(p, rng, "Cabinet dentaire Kergoat", "35000 RENNES", ph)
            c.showPage()

        docs.append(Doc("dentiste-devis", "boxed-quote", "quote", f, A4, draw_devis_dent, True,
                        "DR KERGOAT DENTISTE", "02 99 30 41 17"))


    _doc3()

    def _doc4():
        # 4. Optician normalised devis, Classe A / Classe B, child beneficiary ---------------------------
        adeli = make_luhn9(rng, "13")
        child_birth = date(2016, 6, 22)
        parent_nir = make_nir(rng, 2, date(1984, 1, 9), "13")
        made = date(2025, 10, 1)
        classA = [("Monture", "2210546", D("30.00"), D("18.00"), D("12.00"), D("0.00")),
                  ("Verre OD", "2242457", D("32.50"), D("19.50"), D("13.00"), D("0.00")),
                  ("Verre OG", "2242457", D("32.50"), D("19.50"), D("13.00"), D("0.00"))]
        classB = [("Monture", "2223342", D("119.00"), D("0.02"), D("59.98"), D("59.00")),
                  ("Verre OD", "2259966", D("145.00"), D("0.05"), D("104.95"), D("40.00")),
                  ("Verre OG", "2259966", D("145.00"), D("0.05"), D("104.95"), D("40.00"))]
        tot = [sum(r[i] for r in classB) for i in (2, 3, 4, 5)]
        amc_no = digits(rng, 8)
        f = dict(adeli=adeli, nir=parent_nir, patient_name="ÉTIENNE-LAMBERT Noé", patient_birth_date=child_birth.isoformat(),
                 invoice_number="OPT/DV/25-1001-3", invoice_date=made.isoformat(), total_amount=money(tot[0]),
                 amo_amount=money(tot[1]), amc_amount=money(tot[2]), patient_amount=money(tot[3]), amc_number=amc_no)
        ph = phone(rng, "04")

        def draw_optique(c):
            p = Page(c, A4)
            p.t(15, 17, "Optique du Vieux-Port", 14, "RB")
            p.lines(15, 23, ["Opticien-lunetier diplômé — Léa SANTONI", "27 rue de la République, 13002 MARSEILLE",
                             f"No ADELI : {adeli}", f"Tél. {ph}"], 8)
            p.rect(120, 12, 75, 26, fill=0.94)
            p.t(157.5, 18, "DEVIS NORMALISÉ", 11, "SB", "c")
            p.t(157.5, 23, "Équipement d'optique médicale", 8, "S", "c")
            p.t(123, 29, "Devis n°", 8)
            p.t(192, 29, "OPT/DV/25-1001-3", 9, "SB", "r")
            p.t(123, 34, "Date du devis", 8)
            p.t(192, 34, fdate(made), 9, "S", "r")
            p.t(15, 48, "Bénéficiaire des soins", 8, "SB")
            p.t(15, 53, "Noé ÉTIENNE-LAMBERT", 10, "SB")
            p.t(15, 58, f"Date de naissance : {fdate(child_birth)}", 8.5)
            p.t(110, 48, "Assuré(e) ouvrant droit", 8, "SB")
            p.t(110, 53, "Mme Claire ÉTIENNE", 9)
            p.t(110, 58, f"Num. Sécu : {nir_spaced(parent_nir)}", 8.5)
            p.t(110, 63, f"Mutuelle : Apivia — n° AMC {amc_no}", 8.5)
            p.t(15, 68, "Prescription du Dr Mathilde OUEDRAOGO, ophtalmologiste, du 18/09/2025", 8, "SI")
            hdr = ["Élément", "Code LPP", "Prix TTC", "PC Sécu", "PC Mutuelle", "RAC"]
            al = ["l", "l", "r", "r", "r", "r"]
            w = [26, 22, 19, 17, 21, 15]
            p.t(15, 78, "Offre Classe A — « 100 % Santé » (obligatoirement proposée)", 8.5, "SB")
            p.table(15, 81, w, hdr, [(a, b, eur(c_, "bare"), eur(d, "bare"), eur(e, "bare"), eur(g, "bare"))
                                     for a, b, c_, d, e, g in classA], size=7, rh=5, aligns=al, font="C", hfont="CB")
            p.t(15, 110, "Offre Classe B — tarifs libres (équipement choisi)", 8.5, "SB")
            y = p.table(15, 113, w, hdr, [(a, b, eur(c_, "bare"), eur(d, "bare"), eur(e, "bare"), eur(g, "bare"))
                                          for a, b, c_, d, e, g in classB], size=7, rh=5, aligns=al, font="C", hfont="CB")
            p.rect(140, 78, 55, 55)
            p.t(167.5, 84, "Équipement retenu : Classe B", 8, "SB", "c")
            labels = ["Total TTC", "PC Sécu", "PC Mutuelle", "RAC"]
            for i, (lab, val) in enumerate(zip(labels, tot)):
                p.t(143, 94 + i * 10, lab, 7, "S", grey=0.4)
                p.t(192, 99 + i * 10, eur(val), 11, "SB", "r")
            p.lines(15, y + 12, ["Verres unifocaux, sphère -2,25 / -2,50, indice 1,6, traitement anti-reflet durci.",
                                 "Devis valable 3 mois. Prise en charge sous réserve de l'accord de l'organisme complémentaire.",
                                 "Renouvellement : un équipement tous les 2 ans (enfant de moins de 16 ans : 1 an)."], 7.5)
            footer(p, rng, "Optique du Vieux-Port SARL", "13002 MARSEILLE", ph)
            c.showPage()

        docs.append(Doc("optique-devis", "classe-ab-quote", "quote", f, A4, draw_optique, False,
                        "OPTIQUE VIEUX-PORT", "04 91 90 12 12"))


    _doc4()

    def _doc5():
        # 5. Audioprothésiste facture, two ears, prescriber block -----------------------------------
        rpps = make_rpps(rng)
        presc = make_rpps(rng)
        birth = date(1951, 8, 30)
        nir = make_nir(rng, 1, birth, "59")
        delivered, issued = date(2025, 10, 14), date(2025, 10, 15)
        ears = [("Oreille droite", "2355084", "Aide auditive classe I — contour RIC", D("950.00"), D("240.00")),
                ("Oreille gauche", "2355084", "Aide auditive classe I — contour RIC", D("950.00"), D("240.00"))]
        total = sum(e[3] for e in ears)
        amo = sum(e[4] for e in ears)
        amc, patient = total - amo, D("0.00")
        amc_no = digits(rng, 8)
        f = dict(rpps=rpps, nir=nir, patient_name="VANDENBERGHE Jean-Loïc", patient_birth_date=birth.isoformat(),
                 invoice_number="AUD-1014-07", invoice_date=issued.isoformat(), care_date=delivered.isoformat(),
                 total_amount=money(total), amo_amount=money(amo), amc_amount=money(amc), patient_amount=money(patient),
                 amc_number=amc_no)
        ph = phone(rng, "03")

        def draw_audio(c):
            p = Page(c, A4)
            p.t(195, 18, "Audition Flandres", 15, "SB", "r")
            p.lines(195, 24, ["Centre d'audioprothèse", "56 rue Nationale, 59000 LILLE", f"Tél. {ph}"], 8, "S", align="r")
            p.t(15, 18, "Audioprothésiste D.E.", 8, "SB")
            p.t(15, 23, "Mathis DELCOURT", 10)
            p.t(15, 28, f"No RPPS {rpps}", 8.5)
            p.rect(15, 40, 180, 14, fill=0.15)
            c.setFillGray(1)
            p.c.setFont("SB", 14)
            p.c.drawString(20 * mm, (p.h - 49.5) * mm, "FACTURE")
            p.c.setFont("S", 9)
            p.c.drawRightString(190 * mm, (p.h - 46) * mm, "Facture n° AUD-1014-07")
            p.c.drawRightString(190 * mm, (p.h - 51) * mm, f"Fait le {fdate(issued)}")
            c.setFillGray(0)
            p.t(15, 64, "Facturé pour", 7.5, "S", grey=0.4)
            p.lines(15, 69, ["M. VANDENBERGHE Jean-Loïc", f"Né le {fdate(birth, 'long')}",
                             f"N° de sécurité sociale {nir}", f"Complémentaire : Malakoff Humanis — n° {amc_no}"], 9)
            p.rect(110, 60, 85, 22)
            p.t(113, 65, "Prescrit par Dr Hugo MARTINEZ-ROUX — ORL", 8, "SB")
            p.t(113, 70, f"RPPS {presc}", 8)
            p.t(113, 75, "Ordonnance du 02/09/2025 — audiogramme joint", 8)
            p.t(15, 94, f"Date de délivrance des appareils : {fdate(delivered)}", 9, "SB")
            rows = [(a, b, lib, eur(x), eur(r)) for a, b, lib, x, r in ears]
            y = p.table(15, 99, [30, 22, 68, 30, 30], ["Côté", "Code LPP", "Désignation", "Prix TTC", "Base/remb. Sécu"],
                        rows, size=8, rh=6.5, aligns=["l", "l", "l", "r", "r"])
            p.t(15, y + 6, "Garantie 4 ans, piles et entretien inclus. Période d'essai réalisée du 16/09 au 13/10/2025.", 7.5, "SI")
            y = p.totals(193, y + 18, [("Total TTC", eur(total)), ("Remb. RO", eur(amo)), ("Remb. RC", eur(amc)),
                                       ("Net à payer", eur(patient))], label_x=165, size=10, lead=6)
            footer(p, rng, "Audition Flandres SAS", "59000 LILLE", ph)
            c.showPage()

        docs.append(Doc("audio-facture", "inverse-banner", "invoice", f, A4, draw_audio, True,
                        "AUDITION FLANDRES", "03 20 55 41 00"))


    _doc5()

    def _doc6():
        # 6. Pharmacy facture subrogatoire with CIP codes ------------------------------------------
        finess = make_luhn9(rng, "75")
        presc = make_rpps(rng)
        birth = date(1990, 12, 5)
        nir = make_nir(rng, 1, birth, "75")
        executed = date(2025, 10, 3)
        drugs = [("3400930000120", "AMOXICILLINE 1 g cp", 1, D("4.93"), "65 %"),
                 ("3400936403114", "PARACÉTAMOL 1 g cp B/8", 2, D("2.18"), "65 %"),
                 ("3400949500138", "HUMEX rhume gélules", 1, D("6.40"), "30 %"),
                 ("—", "Honoraire de dispensation (HD)", 4, D("1.02"), "70 %")]
        total = sum(q * u for _, _, q, u, _ in drugs)
        amo = D("9.75")
        amc = total - amo
        patient = D("0.00")
        amc_no = digits(rng, 8)
        f = dict(finess=finess, nir=nir, patient_name="D'ALMEIDA Rui", patient_birth_date=birth.isoformat(),
                 invoice_number="FS 000 8841", care_date=executed.isoformat(),
                 total_amount=money(total), amo_amount=money(amo), amc_amount=money(amc), patient_amount=money(patient),
                 amc_number=amc_no)
        ph = phone(rng, "01")

        def draw_pharma(c):
            p = Page(c, A4)
            p.t(15, 16, "PHARMACIE DES BATIGNOLLES", 12, "MB")
            p.lines(15, 21, ["S.E.L.A.S. — 81 rue des Dames, 75017 PARIS", f"Tél. {ph}",
                             f"N° FINESS : {finess}     N° AM : 75 2 {digits(rng, 5)}"], 8, "M")
            p.t(15, 40, "FACTURE SUBROGATOIRE", 14, "MB")
            p.t(15, 45, "(dispense d'avance de frais — tiers payant AMO + AMC)", 8, "M")
            p.lines(115, 40, [f"Facture  : FS 000 8841", f"Date d'exécution : {fdate(executed)}",
                              "Lot télétrans. : 2025-0277"], 8.5, "M", lead=4.8)
            p.hl(15, 195, 52)
            p.lines(15, 58, ["Bénéficiaire : M. Rui D'ALMEIDA", f"Date de naissance : {fdate(birth)}",
                             f"NIR : {nir_spaced(nir)}", f"AMC : {amc_no} (Mutuelle Générale)"], 8.5, "M", lead=4.8)
            p.lines(115, 58, [f"Prescripteur : Dr Sylvie NGUYEN-THANH", f"RPPS prescripteur : {presc}",
                              "Ordonnance du 29/09/2025"], 8.5, "M", lead=4.8)
            rows = [(cip, lib, str(q), eur(u, "bare"), eur(q * u, "bare"), taux) for cip, lib, q, u, taux in drugs]
            y = p.table(15, 82, [32, 70, 12, 22, 24, 20], ["Code CIP", "Désignation", "Qté", "P.U.", "Montant", "Taux"],
                        rows, size=8, rh=5.5, aligns=["l", "l", "c", "r", "r", "c"], font="M", hfont="MB", grid=False)
            y = p.totals(193, y + 10, [("TOTAL FACTURE", eur(total, "eur")), ("Part AMO", eur(amo, "eur")),
                                       ("Part AMC", eur(amc, "eur")), ("Reste dû assuré", eur(patient, "eur"))],
                         label_x=160, font="M")
            p.t(15, y + 10, "Pièce justificative à conserver. Médicaments délivrés selon prescription.", 7.5, "M")
            footer(p, rng, "Pharmacie des Batignolles", "75017 PARIS", ph)
            c.showPage()

        docs.append(Doc("pharmacie-subrogatoire", "mono-receipt", "invoice", f, A4, draw_pharma, False,
                        "PHARMACIE BATIGNOLLES", "01 42 93 17 70"))


    _doc6()

    def _doc7():
        # 7. Nurse "feuille de soins infirmiers" AMI / IFD / IK over several dates ---------------------
        adeli = make_luhn9(rng, "29")
        birth = date(1944, 5, 17)
        nir = make_nir(rng, 2, birth, "29")
        sdays = [date(2025, 9, 22), date(2025, 9, 23), date(2025, 9, 24), date(2025, 9, 26), date(2025, 9, 29)]
        lines = []
        for d in sdays:
            lines += [(d, "AMI 1", "Injection sous-cutanée", D("3.15")),
                      (d, "IFD", "Indemnité forfaitaire déplacement", D("2.75")),
                      (d, "IK 6", "Indemnités kilométriques plaine (6 km)", D("2.10"))]
        total = sum(l[3] for l in lines)
        amo, amc, patient = split(total, D("0.60"))
        issued = date(2025, 9, 30)
        f = dict(adeli=adeli, nir=nir, patient_name="GUÉGUEN Marie-Thérèse", patient_birth_date=birth.isoformat(),
                 invoice_number="000418", invoice_date=issued.isoformat(), care_date=sdays[0].isoformat(),
                 total_amount=money(total), amo_amount=money(amo), amc_amount=money(amc), patient_amount=money(patient))
        ph = phone(rng, "06")

        def draw_infirmier(c):
            p = Page(c, A4)
            p.rect(15, 10, 180, 12, fill=0.9)
            p.t(105, 18, "FEUILLE DE SOINS INFIRMIERS", 13, "SB", "c")
            p.t(195, 27, "Pièce n° 000418", 9, "SB", "r")
            p.t(15, 30, "Identification du professionnel", 8, "SB")
            p.lines(15, 35, ["Yannick LE ROUX, infirmier diplômé d'État", "3 place de la Mairie, 29200 BREST"], 8.5)
            p.t(15, 45, "Ident. PS", 7.5, "S", grey=0.4)
            p.digit_grid(32, 41.5, adeli, gaps=(1, 2, 7))
            p.t(15, 55, "Identification du patient", 8, "SB")
            p.t(15, 61, "Nom", 7.5, "S", grey=0.4)
            p.t(40, 61, "GUÉGUEN", 10, "SB")
            p.t(100, 61, "Prénom", 7.5, "S", grey=0.4)
            p.t(115, 61, "Marie-Thérèse", 10, "SB")
            p.t(15, 68, "Date de naissance", 7.5, "S", grey=0.4)
            p.t(40, 68, fdate(birth), 9.5)
            p.t(15, 75.5, "N° d'immatriculation", 7.5, "S", grey=0.4)
            p.digit_grid(45, 72, nir, gaps=(0, 2, 4, 6, 9, 12))
            p.t(15, 84, "Prescription : Dr Anne-Sophie CORRE, ordonnance du 19/09/2025 (traitement anticoagulant 10 jours)",
                7.5, "SI")
            rows = [(fdate(d, "dot2"), code, lib, eur(a, "bare")) for d, code, lib, a in lines]
            y = p.table(15, 89, [24, 22, 104, 30], ["Date des soins", "Cotation", "Désignation", "Montant €"], rows,
                        size=7.5, rh=4.7, aligns=["l", "l", "l", "r"])
            rows2 = [("Total honoraires", eur(total)), ("Part AMO (60 %)", eur(amo)), ("Part AMC (40 %)", eur(amc)),
                     ("À régler par le patient", eur(patient))]
            for i, (lab, v) in enumerate(rows2):
                p.rect(115, y + 4 + i * 6.5, 50, 6.5, fill=0.93)
                p.rect(165, y + 4 + i * 6.5, 30, 6.5)
                p.t(117, y + 8.8 + i * 6.5, lab, 8, "SB" if i == 0 else "S")
                p.t(193, y + 8.8 + i * 6.5, v, 8.5, "SB" if i == 0 else "S", "r")
            p.t(15, y + 8.8, f"Fait le {fdate(issued)}, à Brest", 8.5)
            p.t(15, y + 14, "Signature de l'assuré(e) :", 8, "SI")
            footer(p, rng, "Cabinet infirmier Le Roux", "29200 BREST", ph)
            c.showPage()

        docs.append(Doc("infirmier-feuille", "digit-grid-form", "invoice", f, A4, draw_infirmier, True,
                        "IDE LE ROUX", "06 71 18 44 02"))


    _doc7()

    def _doc8():
        # 8. Physiotherapist note d'honoraires, 15 sessions AMK 7.5 over two pages --------------------
        rpps = make_rpps(rng)
        presc = make_rpps(rng)
        birth = date(1986, 7, 1)
        nir = make_nir(rng, 1, birth, "2A")
        sess = []
        d = date(2025, 9, 8)
        while len(sess) < 15:
            if d.weekday() in (0, 2, 4):
                sess.append(d)
            d += timedelta(days=1)
        unit = D("16.13")
        total = unit * len(sess)
        amo, amc, patient = split(total, D("0.60"))
        issued = date(2025, 10, 8)
        amc_no = digits(rng, 8)
        f = dict(rpps=rpps, nir=nir, patient_name="SANTUCCI Ange-Mathieu", patient_birth_date=birth.isoformat(),
                 invoice_number="K-2025/311", invoice_date=issued.isoformat(), care_date=sess[0].isoformat(),
                 total_amount=money(total), amo_amount=money(amo), amc_amount=money(amc), patient_amount=money(patient),
                 amc_number=amc_no)
        ph = phone(rng, "04")

        def draw_kine(c):
            p = Page(c, A4)

            def head(pg):
                p.t(15, 16, "Cabinet de masso-kinésithérapie du Cours Napoléon", 11, "RB")
                p.t(15, 21, "Chiara PAOLI, masseur-kinésithérapeute — 22 cours Napoléon, 20000 AJACCIO", 8, "R")
                p.t(195, 9, f"Note d'honoraires K-2025/311 — page {pg}/2", 8.5, "R", "r")
                p.hl(15, 195, 24)
            head(1)
            p.t(15, 32, "Identification du professionnel : RPPS", 8.5, "R")
            p.t(74, 32, rpps, 9.5, "RB")
            p.t(15, 37, f"Tél. cabinet {ph}", 8.5, "R")
            p.rect(15, 43, 85, 28)
            p.lines(18, 49, ["Patient :", "M. SANTUCCI Ange-Mathieu", f"né le {fdate(birth, 'long')}",
                             f"N° SS : {nir[:13]}  clé {nir[13:]}", f"Mutuelle n° {amc_no}"], 8.5, "R")
            p.rect(110, 43, 85, 28, fill=0.95)
            p.lines(113, 49, ["Prescrit par Dr Paul-Antoine FILIPPI", f"— RPPS {presc}",
                              "Prescription du 01/09/2025 : 15 séances", "Rééducation du genou après ligamentoplastie",
                              "Entente préalable non requise"], 8, "R")
            p.t(15, 82, "Détail des séances (cotation AMK 7.5 — 16,13 € la séance)", 9, "RB")
            rows = [(str(i + 1), fdate(s), "AMK 7.5", eur(unit, "bare")) for i, s in enumerate(sess[:10])]
            p.table(15, 86, [15, 40, 40, 30], ["N°", "Date", "Cotation", "Montant"], rows, size=8, rh=5.5,
                    aligns=["c", "l", "l", "r"], font="R", hfont="RB")
            p.t(195, 160, "Suite des séances page 2 ▸", 8, "RI", "r")
            footer(p, rng, "Cabinet Paoli", "20000 AJACCIO", ph)
            c.showPage()
            p = Page(c, A4)
            head(2)
            rows = [(str(i + 11), fdate(s), "AMK 7.5", eur(unit, "bare")) for i, s in enumerate(sess[10:])]
            y = p.table(15, 32, [15, 40, 40, 30], ["N°", "Date", "Cotation", "Montant"], rows, size=8, rh=5.5,
                        aligns=["c", "l", "l", "r"], font="R", hfont="RB")
            y = p.totals(193, y + 12, [("Total des 15 séances", eur(total)),
                                       ("Remboursement Sécurité sociale (60 %)", eur(amo)),
                                       ("Ticket modérateur", eur(total - amo)),
                                       ("dont pris en charge par la mutuelle", eur(amc)),
                                       ("Reste à payer par le patient", eur(patient))], label_x=160, font="R")
            p.t(15, y + 10, f"Ajaccio, le {fdate(issued, 'long')}", 9, "R")
            p.t(15, y + 16, "Acquittée en tiers payant intégral.", 8, "RI")
            footer(p, rng, "Cabinet Paoli", "20000 AJACCIO", ph)
            c.showPage()

        docs.append(Doc("kine-seances", "serif-two-page", "invoice", f, A4, draw_kine, False,
                        "KINE PAOLI AJACCIO", "04 95 21 60 33"))


    _doc8()

    def _doc9():
        # 9. Lab "facture d'analyses" with B codes ---------------------------------------------------
        finess = make_luhn9(rng, "33")
        presc = make_rpps(rng)
        birth = date(1972, 4, 26)
        nir = make_nir(rng, 2, birth, "33")
        sampled, prescr, issued = date(2025, 10, 14), date(2025, 10, 10), date(2025, 10, 16)
        bval = D("0.25")
        tests = [("1104", "Hémogramme (NFS)", 25), ("0593", "Glycémie à jeun", 5), ("1610", "Bilan lipidique (EAL)", 22),
                 ("0996", "TSH", 52), ("9105", "Forfait prélèvement sanguin", 17), ("9005", "Forfait sécurité", 5)]
        total = sum(bval * b for _, _, b in tests)
        amo, amc, patient = split(total, D("0.60"))
        f = dict(finess=finess, nir=nir, patient_name="BOUTELOUP-HÉBRARD Sévérine", patient_birth_date=birth.isoformat(),
                 invoice_number="251014-0392", invoice_date=issued.isoformat(), care_date=sampled.isoformat(),
                 total_amount=money(total), amo_amount=money(amo), amc_amount=money(amc), patient_amount=money(patient))
        ph = phone(rng, "05")

        def draw_labo(c):
            p = Page(c, A4)
            p.rect(15, 10, 180, 22, fill=0.92)
            p.t(18, 17, "BIOLAB AQUITAINE", 13, "SB")
            p.t(18, 22.5, "Laboratoire de biologie médicale — site de Mérignac Centre", 8)
            p.t(18, 27.5, f"FINESS {finess}   •   {ph}   •   12 av. de l'Yser 33700 MÉRIGNAC", 7.5)
            p.t(192, 19, "FACTURE D'ANALYSES", 11, "SB", "r")
            p.t(192, 25.5, "Dossier n° 251014-0392", 9, "S", "r")
            p.labelled_box(15, 38, 70, "Nom d'usage et prénom", "BOUTELOUP-HÉBRARD Sévérine", vsize=9)
            p.labelled_box(85, 38, 35, "Née le", fdate(birth))
            p.labelled_box(120, 38, 75, "Immatriculation", nir_spaced(nir))
            p.labelled_box(15, 49, 70, "Prélevé le", f"{fdate(sampled)} à 07h42")
            p.labelled_box(85, 49, 35, "Édition", fdate(issued))
            p.labelled_box(120, 49, 75, "Prescripteur", f"Dr Karim BENHAMOU — RPPS {presc}", vsize=8, vfont="S")
            p.t(15, 68, f"Ordonnance du {fdate(prescr)} — Valeur de la lettre-clé B : 0,25 €", 8, "SI")
            rows = [(code, lib, f"B {b}", eur(bval * b, "pre")) for code, lib, b in tests]
            y = p.table(15, 72, [22, 98, 25, 35], ["Code NABM", "Analyse", "Cotation", "Montant"], rows, size=8, rh=5.5,
                        aligns=["l", "l", "l", "r"])
            y = p.totals(193, y + 10, [("Total", eur(total, "pre")), ("Prise en charge AMO", eur(amo, "pre")),
                                       ("Prise en charge complémentaire", eur(amc, "pre")),
                                       ("Net à payer", eur(patient, "pre"))], label_x=160)
            p.t(15, y + 10, "Tiers payant appliqué. Résultats disponibles sur le serveur de résultats sécurisé.", 7.5, "SI")
            footer(p, rng, "SELAS Biolab Aquitaine", "33700 MÉRIGNAC", ph)
            c.showPage()

        docs.append(Doc("labo-analyses", "header-band-boxes", "invoice", f, A4, draw_labo, True,
                        "BIOLAB AQUITAINE", "05 56 12 48 90"))


    _doc9()

    def _doc10():
        # 10. Paediatrician letter-style note, child beneficiary with the parent's NIR -----------------
        rpps = make_rpps(rng)
        child = date(2021, 5, 4)
        parent_nir = make_nir(rng, 1, date(1988, 3, 12), "35")
        consult, issued = date(2025, 9, 15), date(2025, 9, 16)
        total, amo, amc = D("35.00"), D("24.50"), D("10.50")
        amc_no = digits(rng, 8)
        am = "35" + "1" + digits(rng, 5)
        f = dict(rpps=rpps, nir=parent_nir, patient_name="BOUCHÉ Maël", patient_birth_date=child.isoformat(),
                 invoice_number="2025-0915-03", invoice_date=issued.isoformat(), care_date=consult.isoformat(),
                 total_amount=money(total), amo_amount=money(amo), amc_amount=money(amc), patient_amount="0.00",
                 amc_number=amc_no)
        ph = phone(rng, "02")

        def draw_pediatre(c):
            p = Page(c, A4)
            p.t(15, 20, "Docteur Amandine ROUSSEL-KOUASSI", 12, "RB")
            p.lines(15, 26, ["Pédiatre — ancienne interne des hôpitaux", "Conventionnée secteur 1",
                             "9 rue de Brest, 35000 RENNES"], 8.5, "R")
            p.t(120, 20, "Identification du professionnel", 7.5, "R")
            p.t(120, 25, rpps, 10, "RB")
            p.t(120, 30, f"N° AM {am}", 8.5, "R")
            p.t(120, 35, f"Tél. {ph}", 8.5, "R")
            p.t(105, 56, "NOTE D'HONORAIRES", 13, "RB", "c")
            p.t(105, 62, "n° 2025-0915-03", 9, "R", "c")
            p.lines(25, 76, ["Enfant : Maël BOUCHÉ", f"Date de naissance : {fdate(child, 'dot2')}",
                             "Assuré : M. Thomas BOUCHÉ", f"Num. Sécu de l'assuré : {nir_spaced(parent_nir)}",
                             f"Organisme complémentaire : {amc_no}"], 9.5, "R", lead=5.5)
            p.t(25, 110, f"Consultation du {fdate(consult, 'dot2')}", 9.5, "RB")
            y = p.table(25, 114, [25, 95, 40], ["Code", "Acte", "Honoraires"],
                        [("G", "Consultation de pédiatrie", eur(D("30.00"))),
                         ("MEG", "Majoration enfant (0-6 ans)", eur(D("5.00")))], size=9, rh=6.5,
                        aligns=["l", "l", "r"], font="R", hfont="RB", grid=False)
            y = p.totals(185, y + 10, [("Total honoraires", eur(total)), ("Part Sécu", eur(amo)),
                                       ("Part mutuelle", eur(amc)), ("Reste à charge", eur(D("0")))],
                         label_x=150, font="R")
            p.t(25, y + 14, f"Fait le {fdate(issued, 'dot2')}, à Rennes", 9.5, "R")
            p.t(130, y + 14, "A. Roussel-Kouassi", 11, "RI")
            footer(p, rng, "Dr Roussel-Kouassi", "35000 RENNES", ph)
            c.showPage()

        docs.append(Doc("pediatre-note", "serif-letter-child", "invoice", f, A4, draw_pediatre, False,
                        "DR ROUSSEL-KOUASSI", "02 99 79 11 08"))


    _doc10()

    def _doc11():
        # 11. Centre dentaire demande de prise en charge (PEC), landscape grid ------------------------
        finess = make_luhn9(rng, "93")
        birth = date(1995, 11, 2)
        nir = make_nir(rng, 2, birth, "93")
        asked = date(2025, 10, 21)
        acts = [("11", "HBLD038", "Couronne céramique monolithique", D("540.00"), D("72.00"), D("348.00")),
                ("21", "HBLD038", "Couronne céramique monolithique", D("540.00"), D("72.00"), D("348.00")),
                ("12", "HBLD364", "Couronne provisoire", D("60.00"), D("7.00"), D("33.00"))]
        total = sum(a[3] for a in acts)
        amo = sum(a[4] for a in acts)
        amc = sum(a[5] for a in acts)
        patient = total - amo - amc
        amc_no = digits(rng, 8)
        f = dict(finess=finess, nir=nir, patient_name="N'DIAYE Aïssatou", patient_birth_date=birth.isoformat(),
                 invoice_number="PEC/CSD/25/1187", invoice_date=asked.isoformat(), total_amount=money(total),
                 amo_amount=money(amo), amc_amount=money(amc), patient_amount=money(patient), amc_number=amc_no)
        ph = phone(rng, "01")

        def draw_pec(c):
            size = landscape(A4)
            p = Page(c, size)
            p.t(148.5, 15, "DEMANDE DE PRISE EN CHARGE — SOINS PROTHÉTIQUES DENTAIRES", 13, "SB", "c")
            p.hl(15, 282, 19, 1.2)
            p.labelled_box(15, 24, 85, "Établissement demandeur", "Centre de santé dentaire Pleyel")
            p.labelled_box(100, 24, 45, "N° FINESS", finess)
            p.labelled_box(145, 24, 50, "Réf.", "PEC/CSD/25/1187")
            p.labelled_box(195, 24, 45, "Date de la demande", fdate(asked, "long"), vsize=9)
            p.labelled_box(240, 24, 42, "Téléphone", ph, vsize=9, vfont="S")
            p.labelled_box(15, 38, 60, "Nom du bénéficiaire", "N'DIAYE")
            p.labelled_box(75, 38, 40, "Prénom", "Aïssatou")
            p.labelled_box(115, 38, 35, "Né(e) le", fdate(birth))
            p.labelled_box(150, 38, 70, "Immatriculation", nir_spaced(nir))
            p.labelled_box(220, 38, 62, "Organisme complémentaire", f"{amc_no}")
            p.t(15, 57, "Praticien traitant : Dr Omar HADJ-SAÏD, chirurgien-dentiste salarié du centre", 8, "SI")
            rows = [(t, code, lib, eur(h, "bare"), eur(a, "bare"), eur(b, "bare"), eur(h - a - b, "bare"))
                    for t, code, lib, h, a, b in acts]
            y = p.table(15, 61, [15, 25, 87, 35, 35, 35, 35], ["Dent", "CCAM", "Acte proposé", "Honoraires",
                                                              "PC Sécu", "Demande AMC", "RAC"], rows, size=8, rh=6,
                        aligns=["c", "l", "l", "r", "r", "r", "r"])
            labels = [("Montant total", total), ("Part AMO", amo), ("Part AMC demandée", amc), ("Reste à charge", patient)]
            x = 122
            for lab, v in labels:
                p.labelled_box(x, y + 6, 40, lab, eur(v), h=12)
                x += 40
            p.lines(15, y + 30, ["Soins non encore réalisés : la présente demande porte sur un plan de traitement.",
                                 "Merci de nous adresser votre accord de prise en charge avant le début des soins."], 8)
            footer(p, rng, "Centre de santé dentaire Pleyel", "93200 SAINT-DENIS", ph)
            c.showPage()

        docs.append(Doc("cds-pec", "landscape-box-grid", "pec", f, landscape(A4), draw_pec, True,
                        "CDS PLEYEL", "01 49 33 70 70"))


    _doc11()

    def _doc12():
        # 12. Speech therapist cerfa-like feuille with "AMO 12.1" act code (a key letter, not the scheme) --
        adeli = make_luhn9(rng, "44")
        birth = date(2014, 1, 30)
        parent_nir = make_nir(rng, 2, date(1983, 10, 21), "44")
        sdays = [date(2025, 9, 3) + timedelta(days=7 * i) for i in range(6)]
        unit = D("31.46")
        total = unit * len(sdays)
        amo, amc, patient = split(total, D("0.60"))
        issued = date(2025, 10, 9)
        amc_no = digits(rng, 8)
        f = dict(adeli=adeli, nir=parent_nir, patient_name="MORVAN-LÉGER Éloane", patient_birth_date=birth.isoformat(),
                 invoice_number="OR-25-0093", invoice_date=issued.isoformat(), care_date=sdays[0].isoformat(),
                 total_amount=money(total), amo_amount=money(amo), amc_amount=money(amc), patient_amount=money(patient),
                 amc_number=amc_no)
        ph = phone(rng, "02")

        def draw_ortho(c):
            p = Page(c, A4)
            p.t(15, 15, "FEUILLE DE SOINS — AUXILIAIRE MÉDICAL", 11, "CB")
            p.t(195, 15, "Orthophonie", 11, "CB", "r")
            p.t(195, 20, "Réf. OR-25-0093", 9, "C", "r")
            p.rect(15, 24, 180, 38)
            p.t(17, 29, "PERSONNE RECEVANT LES SOINS ET ASSURÉ(E)", 8, "CB")
            p.t(17, 35, "Nom et prénom du bénéficiaire", 7, "C", grey=0.4)
            p.t(70, 35, "MORVAN-LÉGER Éloane", 10, "CB")
            p.t(140, 35, "Date de naissance", 7, "C", grey=0.4)
            p.t(165, 35, fdate(birth), 10, "C")
            p.t(17, 42, "Nom et prénom de l'assuré(e)", 7, "C", grey=0.4)
            p.t(70, 42, "LÉGER Sandrine", 9.5, "C")
            p.t(17, 50, "Numéro d'immatriculation", 7, "C", grey=0.4)
            p.digit_grid(55, 46, parent_nir, gaps=(12,))
            p.t(17, 58, f"Mutuelle : n° AMC {amc_no}", 8, "C")
            p.rect(15, 66, 180, 26)
            p.t(17, 71, "PROFESSIONNEL DE SANTÉ", 8, "CB")
            p.t(17, 77, "Nolwenn PICHAVANT, orthophoniste — 14 bd Guist'hau, 44000 NANTES", 9, "C")
            p.t(17, 84.5, "Identifiant", 7, "C", grey=0.4)
            p.digit_grid(40, 80.5, adeli)
            p.t(100, 84.5, f"Tél. {ph}", 8, "C")
            p.t(17, 90, "Prescription du Dr Yves TANGUY du 25/08/2025 — bilan et rééducation du langage écrit", 7, "C")
            rows = [(fdate(d), "AMO 12.1", "Rééducation du langage écrit (séance individuelle)", eur(unit, "bare"))
                    for d in sdays]
            y = p.table(15, 97, [30, 25, 95, 30], ["Date", "Cotation", "Nature de l'acte", "Honoraires"], rows,
                        size=8, rh=5.5, aligns=["l", "l", "l", "r"], font="C", hfont="CB")
            rows2 = [("Montant total", eur(total, "nn")), ("Remb. RO", eur(amo, "nn")),
                     ("Remb. RC", eur(amc, "nn")), ("Montant dû", eur(patient, "nn"))]
            for i, (lab, v) in enumerate(rows2):
                p.rect(15 + i * 45, y + 6, 45, 13)
                p.t(17 + i * 45, y + 10, lab, 7, "C", grey=0.4)
                p.t(58 + i * 45, y + 16.5, v, 10, "CB", "r")
            p.t(15, y + 28, f"Fait le {fdate(issued, 'long')} — signature du professionnel", 8.5, "C")
            footer(p, rng, "N. Pichavant orthophoniste", "44000 NANTES", ph)
            c.showPage()

        docs.append(Doc("orthophonie-feuille", "cerfa-grid-child", "invoice", f, A4, draw_ortho, False,
                        "ORTHOPHONIE PICHAVANT", "02 40 47 12 12"))


    _doc12()

    def _doc13():
        # 13. Radiology cabinet, ISO dates, "€ 45,00", prescriber distractor, right-aligned totals ---------
        rpps = make_rpps(rng)
        presc = make_rpps(rng)
        birth = date(1963, 9, 11)
        nir = make_nir(rng, 2, birth, "67")
        exam, issued = date(2025, 10, 14), date(2025, 10, 14)
        acts = [("QEQK004", "Mammographie bilatérale", D("66.42")), ("QEQJ001", "Échographie mammaire bilatérale", D("41.58")),
                ("YYYY033", "Forfait technique / archivage", D("12.00"))]
        depassement = D("30.00")
        total = sum(a[2] for a in acts) + depassement
        amo = D("84.00")
        amc = D("36.00")
        patient = total - amo - amc
        f = dict(rpps=rpps, nir=nir, patient_name="KLEIN-SCHWEITZER Anne-Lise", patient_birth_date=birth.isoformat(),
                 invoice_number="RX-67-2025-10-5521", invoice_date=issued.isoformat(), care_date=exam.isoformat(),
                 total_amount=money(total), amo_amount=money(amo), amc_amount=money(amc), patient_amount=money(patient))
        ph = phone(rng, "03")

        def draw_radio(c):
            p = Page(c, A4)
            p.rect(15, 12, 85, 30)
            p.lines(18, 18, ["IMAGERIE MÉDICALE DE L'ILL", "Dr Frédéric MEYER, radiologue", "5 quai Kléber, 67000 STRASBOURG",
                             f"Tél. {ph}", f"No RPPS {rpps}"], 8.5, lead=4.6)
            p.rect(110, 12, 85, 30)
            p.lines(113, 18, ["Patiente : Mme Anne-Lise KLEIN-SCHWEITZER", f"Date de naissance : {fdate(birth, 'iso')}",
                              f"Num. Sécu : {nir}", "Régime local Alsace-Moselle (90 %)",
                              "Médecin demandeur : Dr Claire WEBER"], 8, lead=4.6)
            p.t(113, 41, f"(RPPS {presc})", 7.5, "S", grey=0.3)
            p.t(15, 55, "Facture n° RX-67-2025-10-5521", 12, "SB")
            p.t(15, 61, f"Date de l'examen : {fdate(exam, 'iso')}", 9)
            p.t(195, 61, f"Émise le {fdate(issued, 'iso')}", 9, "S", "r")
            rows = [(code, lib, eur(v, "pre")) for code, lib, v in acts] + [("DE", "Dépassement d'honoraires", eur(depassement, "pre"))]
            y = p.table(15, 66, [30, 110, 40], ["Code", "Libellé", "Montant"], rows, size=8.5, rh=6,
                        aligns=["l", "l", "r"], grid=False, hfill=0.95)
            y = p.totals(193, y + 12, [("Total", eur(total, "pre")), ("Part AMO", eur(amo, "pre")),
                                       ("Part AMC", eur(amc, "pre")), ("Montant dû", eur(patient, "pre"))],
                         label_x=165, size=10)
            p.t(15, y + 10, "Dépassement d'honoraires non remboursable par l'assurance maladie.", 7.5, "SI")
            footer(p, rng, "SELARL Imagerie de l'Ill", "67000 STRASBOURG", ph)
            c.showPage()

        docs.append(Doc("radiologie-facture", "twin-boxes-iso", "invoice", f, A4, draw_radio, True,
                        "IMAGERIE DE L ILL", "03 88 14 00 21"))


    _doc13()

    def _doc14():
        # 14. Midwife, label-above-value ruled form, abbreviated months, EUR suffix --------------------
        rpps = make_rpps(rng)
        birth = date(1993, 2, 17)
        nir = make_nir(rng, 2, birth, "97")
        care, issued = date(2025, 10, 7), date(2025, 10, 8)
        acts = [("SF 16", "Séance de préparation à la naissance", D("45.60")),
                ("IFD", "Indemnité forfaitaire de déplacement", D("4.00")),
                ("SF 12", "Surveillance à domicile grossesse", D("33.60"))]
        total = sum(a[2] for a in acts)
        amo, amc, patient = total, D("0.00"), D("0.00")
        amc_no = digits(rng, 8)
        f = dict(rpps=rpps, nir=nir, patient_name="NAGAU-PÉTRO Marie-Ange", patient_birth_date=birth.isoformat(),
                 invoice_number="SF-25-0311", invoice_date=issued.isoformat(), care_date=care.isoformat(),
                 total_amount=money(total), amo_amount=money(amo), amc_amount=money(amc), patient_amount=money(patient),
                 amc_number=amc_no)
        ph = "0690 " + " ".join(digits(rng, 2) for _ in range(3))

        def draw_sf(c):
            p = Page(c, A4)
            p.t(15, 18, "Sage-femme libérale", 9, "SI")
            p.t(15, 25, "Mélissa NAGAU", 16, "SB")
            p.t(15, 31, "Résidence Les Flamboyants, 97110 POINTE-À-PITRE", 8.5)
            p.t(195, 25, "FACTURE", 16, "SB", "r")

            def field_(x, y, w, label, value, size=10):
                p.t(x, y, label.upper(), 6.5, "SB", grey=0.4)
                p.t(x, y + 6, value, size)
                p.hl(x, x + w, y + 8, 0.4)
            field_(15, 44, 55, "Ident. PS", rpps)
            field_(75, 44, 55, "Réf.", "SF-25-0311")
            field_(135, 44, 60, "Date de facturation", fdate(issued, "abbr"))
            field_(15, 60, 55, "Nom", "NAGAU-PÉTRO")
            field_(75, 60, 55, "Prénom", "Marie-Ange")
            field_(135, 60, 60, "Date de naissance", fdate(birth, "abbr"))
            field_(15, 76, 115, "Num. Sécu", nir_spaced(nir))
            field_(135, 76, 60, "Date d'exécution", fdate(care, "abbr"))
            field_(15, 92, 115, "Complémentaire (n° AMC)", amc_no)
            field_(135, 92, 60, "Maternité — exonération", "oui (100 %)")
            rows = [(code, lib, eur(v, "eur")) for code, lib, v in acts]
            y = p.table(15, 106, [30, 110, 40], ["Cotation", "Désignation", "Montant"], rows, size=8.5, rh=6.5,
                        aligns=["l", "l", "r"], hfill=0.92)
            y = p.totals(193, y + 12, [("Montant total", eur(total, "eur")), ("Part obligatoire", eur(amo, "eur")),
                                       ("Part complémentaire", eur(amc, "eur")), ("À régler par le patient", eur(patient, "eur"))],
                         label_x=160)
            p.t(15, y + 10, "Assurance maternité : prise en charge à 100 % par l'assurance maladie à partir du 6e mois.", 7.5, "SI")
            footer(p, rng, "M. Nagau sage-femme", "97110 POINTE-À-PITRE", ph)
            c.showPage()

        docs.append(Doc("sage-femme-facture", "ruled-label-above", "invoice", f, A4, draw_sf, False,
                        "SF NAGAU", "0590 82 14 14"))

    _doc14()

    return docs


# ---------------------------------------------------------------- renderings

def render_text_pdf(doc: Doc) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=doc.pagesize)
    c.setTitle(doc.id)
    doc.draw(c)
    c.save()
    return buf.getvalue()


def raster(pdf: bytes, dpi: float) -> list[Image.Image]:
    pdf_doc = pdfium.PdfDocument(pdf)
    out = []
    for page in pdf_doc:
        out.append(page.render(scale=dpi / 72).to_pil().convert("L"))
    return out


def degrade_scan(img: Image.Image, rng: random.Random) -> Image.Image:
    angle = rng.uniform(-2, 2)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    arr = np.asarray(img, dtype=np.float32)
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    arr = arr * 0.93 + 10 + nrng.normal(0, 5, arr.shape)
    # a few specks
    for _ in range(250):
        y, x = nrng.integers(0, arr.shape[0]), nrng.integers(0, arr.shape[1])
        arr[y:y + 2, x:x + 2] = 60
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    return img.filter(ImageFilter.GaussianBlur(0.5))


def render_scan(pdf: bytes, rng: random.Random, dpi: int = 200) -> bytes:
    pages = [degrade_scan(im, rng) for im in raster(pdf, dpi)]
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", resolution=dpi, save_all=True, append_images=pages[1:], quality=45)
    return buf.getvalue()


def render_photo(pdf: bytes, rng: random.Random) -> bytes:
    page = raster(pdf, 180)[0]
    w, h = page.size
    canvas_img = Image.new("RGB", (int(w * 1.12), int(h * 1.1)), (92, 78, 64))  # wooden desk
    paper = Image.merge("RGB", [page, page, page.point(lambda v: int(v * 0.97))])
    angle = rng.uniform(-3, 3)
    mask = Image.new("L", paper.size, 255)
    paper = paper.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(0, 0, 0))
    mask = mask.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=0)
    ox, oy = (canvas_img.width - paper.width) // 2, (canvas_img.height - paper.height) // 2
    canvas_img.paste(paper, (ox + rng.randint(-15, 15), oy + rng.randint(-15, 15)), mask)
    arr = np.asarray(canvas_img, dtype=np.float32)
    H, W = arr.shape[:2]
    yy, xx = np.mgrid[0:H, 0:W]
    cx, cy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.1, 0.5) * H
    dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(W, H)
    light = 1.05 - 0.45 * dist + 0.05 * (xx / W)
    arr = arr * light[..., None] * np.array([1.0, 0.97, 0.9])
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    arr += nrng.normal(0, 5, arr.shape)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=80)
    return buf.getvalue()


def render_fax(pdf: bytes, rng: random.Random, doc: Doc, when: str, normal: bool) -> bytes:
    xdpi, ydpi = 204, (98 if normal else 196)
    imgs = raster(pdf, 204)
    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSansMono.ttf"), 22)
    pages = []
    n = len(imgs)
    for i, im in enumerate(imgs):
        # fit to 1728 px width (landscape pages are scaled down)
        scale = min(1.0, 1728 / im.width) if im.width > 1728 else 1.0
        if im.width > 1728:
            im = im.resize((1728, int(im.height * scale)), Image.LANCZOS)
        page = Image.new("L", (1728, im.height + 40), 255)
        page.paste(im, ((1728 - im.width) // 2, 40))
        d = ImageDraw.Draw(page)
        d.text((20, 8), f"{when}   DE: {doc.fax_number}   {doc.fax_sender}   P.{i + 1:02d}/{n:02d}", font=font, fill=0)
        if not normal:
            page = page.resize((1728, int(page.height * ydpi / 204)), Image.LANCZOS)
        else:
            page = page.resize((1728, int(page.height * ydpi / 204)), Image.BOX)
        arr = np.asarray(page, dtype=np.float32)
        nrng = np.random.default_rng(rng.randint(0, 2**31))
        arr = arr + nrng.normal(0, 18, arr.shape)
        bw = Image.fromarray(np.where(arr > 165, 255, 0).astype(np.uint8)).convert("1", dither=Image.NONE)
        pages.append(bw)
    buf = io.BytesIO()
    pages[0].save(buf, "TIFF", compression="group3" if normal else "group4", dpi=(xdpi, ydpi), save_all=True,
                  append_images=pages[1:])
    return buf.getvalue()


def write(out: Path, name: str, data: bytes, doc: Doc, rendering: str) -> None:
    (out / name).write_bytes(data)
    truth = {"file": name, "rendering": rendering, "layout": doc.layout,
             "documents": [{"kind": doc.kind, "fields": doc.fields}]}
    (out / f"{name}.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="bench/heldout/documents")
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    docs = build_docs(rng)
    for doc in docs:
        check(doc)
        pdf = render_text_pdf(doc)
        write(out, f"{doc.id}.text.pdf", pdf, doc, "text")
        write(out, f"{doc.id}.scan.pdf", render_scan(pdf, rng), doc, "scan")
        when = f"{rng.randint(1, 28):02d}/10/2025 {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
        write(out, f"{doc.id}.fax-fine.tif", render_fax(pdf, rng, doc, when, False), doc, "fax-fine")
        if doc.photo_fax_normal:
            write(out, f"{doc.id}.fax-normal.tif", render_fax(pdf, rng, doc, when, True), doc, "fax-normal")
            write(out, f"{doc.id}.photo.jpg", render_photo(pdf, rng), doc, "photo")
    total = sum(p.stat().st_size for p in out.iterdir())
    print(f"{len(docs)} documents, {len(list(out.glob('*.json')))} files, {total / 1e6:.1f} MB in {out}")
    return 0


def check(doc: Doc) -> None:
    """Identifiers valid and amounts consistent, or fail loudly."""
    f = doc.fields
    for key in ("rpps", "adeli", "finess"):
        if key in f:
            assert luhn.is_valid(f[key]), (doc.id, key)
    assert f["rpps"].startswith("1") and len(f["rpps"]) == 11 if "rpps" in f else True
    nir = f["nir"]
    num = int(nir[:13].replace("2A", "19").replace("2B", "18"))
    assert int(nir[13:]) == 97 - num % 97, doc.id
    assert nir[0] in "12" and 1 <= int(nir[3:5]) <= 12, doc.id
    parts = [D(f[k]) for k in ("amo_amount", "amc_amount", "patient_amount")]
    assert sum(parts) == D(f["total_amount"]), (doc.id, parts, f["total_amount"])
    assert all(x >= 0 for x in parts), doc.id
    assert (doc.kind == "invoice") == ("care_date" in f), doc.id


if __name__ == "__main__":
    raise SystemExit(main())
