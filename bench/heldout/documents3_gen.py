"""Third blind held-out layout set: ten new French practice invoices, rendered five ways.

.venv/bin/python bench/heldout/documents3_gen.py --out bench/heldout/documents3 --seed 31

Layouts are shaped after real practice software output (a secretary's Word template, a dentist's note
d'honoraires, optician / audioprothésiste invoices with LPP lines, kiné series, IDEL with IFD/IK, lab with
NABM B codes, radiology with forfait technique, a centre de santé billing a child's visit, a pharmacy
tiers-payant invoice with CIP lines). Every identifier is checksum-valid; amounts add up.

Renderings: <id>.text.pdf, <id>.scan.pdf (image-only JPEG), <id>.fax-fine.tif (G4, 204x196), and for half
the layouts <id>.fax-normal.tif (G3, 204x98) and <id>.photo.jpg. Each file gets <file>.json ground truth.
"""

from __future__ import annotations

import argparse
import io
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from stdnum import ean, luhn

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {
    "S": "DejaVuSans.ttf", "SB": "DejaVuSans-Bold.ttf", "SI": "DejaVuSans-Oblique.ttf",
    "C": "DejaVuSansCondensed.ttf", "CB": "DejaVuSansCondensed-Bold.ttf",
    "R": "DejaVuSerif.ttf", "RB": "DejaVuSerif-Bold.ttf", "RI": "DejaVuSerif-Italic.ttf",
    "M": "DejaVuSansMono.ttf", "MB": "DejaVuSansMono-Bold.ttf",
}
for _name, _file in FONTS.items():
    pdfmetrics.registerFont(TTFont(_name, str(FONT_DIR / _file)))

NBSP, NNBSP = "\u00a0", "\u202f"
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]


# ----------------------------------------------------------------------------------------- identifiers
def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def make_rpps(rng: random.Random) -> str:
    body = "1" + digits(rng, 9)
    return body + luhn.calc_check_digit(body)


def make_adeli(rng: random.Random, dept: str, prof: str) -> str:
    body = dept + prof + digits(rng, 8 - len(dept) - len(prof))
    return body + luhn.calc_check_digit(body)


def make_finess(rng: random.Random, dept: str) -> str:
    body = dept + digits(rng, 6)
    return body + luhn.calc_check_digit(body)


def make_siret(rng: random.Random) -> str:
    siren = digits(rng, 8)
    siren += luhn.calc_check_digit(siren)
    nic = digits(rng, 4)
    return siren + nic + luhn.calc_check_digit(siren + nic)


def make_nir(rng: random.Random, sex: int, year: int, month: int, dept: str) -> str:
    body = f"{sex}{year % 100:02d}{month:02d}{dept}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
    num = int(body.replace("2A", "19").replace("2B", "18"))
    return body + f"{97 - num % 97:02d}"


def nir_spaced(n: str) -> str:
    return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"


def phone(rng: random.Random) -> str:
    return "0" + str(rng.choice([1, 2, 3, 4, 5])) + " " + " ".join(digits(rng, 2) for _ in range(4))


def iban(rng: random.Random) -> str:
    raw = "FR76" + digits(rng, 23)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


# ------------------------------------------------------------------------------------- money and dates
def eur(cents: int, style: str = "eur", sep: str = " ") -> str:
    units, c = divmod(cents, 100)
    s = f"{units:,}".replace(",", sep) if style != "nogroup" else str(units)
    s = f"{s},{c:02d}"
    return {"eur": f"{s} €", "EUR": f"{s} EUR", "pre": f"€ {s}", "plain": s, "nogroup": f"{s} €"}[style]


def norm_amount(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


@dataclass
class D:
    y: int
    m: int
    d: int

    def iso(self) -> str:
        return f"{self.y:04d}-{self.m:02d}-{self.d:02d}"

    def fr(self, style: str = "slash") -> str:
        if style == "slash":
            return f"{self.d:02d}/{self.m:02d}/{self.y}"
        if style == "dot2":
            return f"{self.d:02d}.{self.m:02d}.{self.y % 100:02d}"
        if style == "long":
            return f"{self.d if self.d > 1 else '1er'} {MONTHS[self.m - 1]} {self.y}"
        if style == "dash":
            return f"{self.d:02d}-{self.m:02d}-{self.y}"
        raise ValueError(style)


def split_cents(total: int, amo_rate: float, patient: int = 0) -> tuple[int, int, int]:
    amo = int(round(total * amo_rate)) - patient
    amc = total - amo - patient
    return amo, amc, patient


# ----------------------------------------------------------------------------------------- drawing
class Page:
    """Top-left-origin helpers on a reportlab canvas, units in mm."""

    def __init__(self, c: canvas.Canvas, size: tuple[float, float]):
        self.c, self.w, self.h = c, size[0], size[1]

    def t(self, x: float, y: float, s: str, f: str = "S", size: float = 9.5, align: str = "l", gray: float = 0):
        self.c.setFillGray(gray)
        self.c.setFont(f, size)
        X, Y = x * mm, self.h - y * mm
        if align == "l":
            self.c.drawString(X, Y, s)
        elif align == "r":
            self.c.drawRightString(X, Y, s)
        else:
            self.c.drawCentredString(X, Y, s)
        self.c.setFillGray(0)

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.6, gray: float = 0):
        self.c.setStrokeGray(gray)
        self.c.setLineWidth(width)
        self.c.line(x1 * mm, self.h - y1 * mm, x2 * mm, self.h - y2 * mm)
        self.c.setStrokeGray(0)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, width: float = 0.6,
             stroke: bool = True):
        self.c.setLineWidth(width)
        if fill is not None:
            self.c.setFillGray(fill)
        self.c.rect(x * mm, self.h - (y + h) * mm, w * mm, h * mm, stroke=int(stroke), fill=int(fill is not None))
        self.c.setFillGray(0)

    def table(self, x: float, y: float, widths: list[float], header: list[str], rows: list[list[str]],
              aligns: str, f: str = "S", fh: str = "SB", size: float = 8.5, rh: float = 6.0,
              head_fill: float | None = 0.88, grid: bool = True) -> float:
        total_w = sum(widths)
        rows_all = [header] + rows
        for r, row in enumerate(rows_all):
            top = y + r * rh
            if r == 0 and head_fill is not None:
                self.rect(x, top, total_w, rh, fill=head_fill, stroke=False)
            cx = x
            for i, cell in enumerate(row):
                a = aligns[i]
                tx = cx + 1.5 if a == "l" else (cx + widths[i] - 1.5 if a == "r" else cx + widths[i] / 2)
                self.t(tx, top + rh - 1.8, cell, fh if r == 0 else f, size, a)
                cx += widths[i]
            if grid:
                self.line(x, top, x + total_w, top, 0.4)
        bottom = y + len(rows_all) * rh
        if grid:
            self.line(x, bottom, x + total_w, bottom, 0.4)
            cx = x
            for wdt in [0] + widths:
                cx += wdt
                self.line(cx, y, cx, bottom, 0.4)
        return bottom


@dataclass
class Layout:
    id: str
    pages: list  # list of callables(Page)
    fields: dict
    kind: str = "invoice"
    landscape: bool = False
    fax_name: str = "CABINET"
    extra: bool = False  # also fax-normal + photo
    meta: dict = field(default_factory=dict)


LAST = ["LEFÈVRE", "MOREAU", "GARNIER", "BÉNARD", "FAURE", "CHEVALIER", "GAUTHIER", "MÉNARD", "ROUSSEL",
        "PERRIN", "LEMAÎTRE", "BOYER", "FONTAINE", "MERCIER", "LAGARDE", "NGUYEN", "BENSAÏD", "OLIVIER",
        "RENAUD", "COLLIN", "HUET", "BRUNET", "LECLERC", "DESCHAMPS", "MAILLARD", "ÉTIENNE"]
FIRST_F = ["Hélène", "Amélie", "Françoise", "Cécile", "Maëlle", "Inès", "Léa", "Zoé", "Agnès", "Noémie"]
FIRST_M = ["Gérard", "Noël", "Jérôme", "Théo", "Benoît", "Loïc", "Raphaël", "Joël", "André", "Hervé"]
STREETS = ["rue de la République", "avenue Jean Jaurès", "boulevard Gambetta", "rue Victor Hugo",
           "place du Marché", "rue des Tanneurs", "allée des Tilleuls", "quai de la Loire", "rue Pasteur"]
CITIES = [("75011", "PARIS", "75"), ("69003", "LYON", "69"), ("13006", "MARSEILLE", "13"), ("33000", "BORDEAUX", "33"),
          ("59800", "LILLE", "59"), ("44000", "NANTES", "44"), ("31000", "TOULOUSE", "31"),
          ("20000", "AJACCIO", "2A"), ("67000", "STRASBOURG", "67"), ("35000", "RENNES", "35")]
MUTUELLES = ["Harmonie Mutuelle", "MGEN", "Malakoff Humanis", "AG2R La Mondiale", "Mutuelle Générale",
             "Apivia", "MAAF Santé", "Swiss Life Prévoyance et Santé", "Groupama Gan Vie", "Klesia"]


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)

    def person(self, sex: int | None = None, year: tuple[int, int] = (1940, 2000), dept: str | None = None):
        r = self.rng
        sex = sex or r.choice([1, 2])
        last = r.choice(LAST)
        first = r.choice(FIRST_F if sex == 2 else FIRST_M)
        birth = D(r.randint(*year), r.randint(1, 12), r.randint(1, 28))
        dept = dept or r.choice(["75", "69", "13", "33", "59", "44", "2A", "2B", "93", "06"])
        nir = make_nir(r, sex, birth.y, birth.m, dept)
        return {"sex": sex, "last": last, "first": first, "birth": birth, "nir": nir,
                "civ": "Mme" if sex == 2 else "M.", "norm": f"{last} {first}"}

    def addr(self):
        r = self.rng
        cp, city, dept = r.choice(CITIES)
        return f"{r.randint(1, 140)} {r.choice(STREETS)}", f"{cp} {city}", dept

    def amc_number(self) -> str:
        return digits(self.rng, self.rng.choice([8, 9])).lstrip("0").rjust(8, "7")


# ------------------------------------------------------------------------------------------- layouts
def l01_gp_word(g: Gen) -> Layout:
    """GP invoice re-typed by the secretary in a Word template (serif, centred header)."""
    r = g.rng
    pat = g.person()
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    care = D(2025, r.randint(2, 6), r.randint(2, 20))
    issued = D(care.y, care.m, care.d + r.randint(3, 8))
    number = f"{care.y}-{r.randint(100, 999):04d}"
    acts = [(care, "Consultation (médecin traitant)", "G", 3000), (care, "Électrocardiogramme", "DEQP003", 1426)]
    total = sum(a[3] for a in acts)
    amo, amc, pt = split_cents(total, 0.70, 200)
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    siret = make_siret(r)
    doc_first, doc_last = r.choice(FIRST_M), r.choice(LAST)

    def p1(p: Page):
        p.t(105, 22, f"Docteur {doc_first} {doc_last}", "RB", 16, "c")
        p.t(105, 29, "Médecin généraliste — Conventionné secteur 1", "RI", 10.5, "c")
        p.t(105, 35, f"{street} — {city}", "R", 10, "c")
        p.t(105, 41, f"Tél. {phone(r)}   —   SIRET {siret[:3]} {siret[3:6]} {siret[6:9]} {siret[9:]}", "R", 9.5, "c")
        p.t(105, 47, f"N° d'identification : {rpps}", "R", 10, "c")
        p.line(25, 52, 185, 52, 1.0)
        p.t(105, 66, "FACTURE", "RB", 20, "c")
        p.t(25, 80, f"Nº de la facture : {number}", "RB", 11)
        p.t(185, 80, f"{city.split(' ', 1)[1].title()}, le {issued.fr('long')}", "R", 11, "r")
        p.t(25, 96, "Assuré(e) :", "RB", 11)
        p.t(55, 96, f"{pat['civ']} {pat['first']} {pat['last']}", "R", 11)
        p.t(25, 103, "Date de naissance :", "R", 10.5)
        p.t(65, 103, pat["birth"].fr(), "R", 10.5)
        p.t(25, 110, "N° de sécurité sociale :", "R", 10.5)
        p.t(72, 110, nir_spaced(pat["nir"]), "R", 10.5)
        p.t(25, 117, f"Organisme complémentaire : {mut} — N° AMC {amcn}", "R", 10.5)
        y = p.table(25, 130, [56, 58, 23, 23], ["Date d'exécution des actes", "Désignation", "Code", "Montant"],
                    [[a[0].fr(), a[1], a[2], eur(a[3])] for a in acts], "llcr", "R", "RB", 9.5, 7.5, 0.92)
        rows = [("Total honoraires", total), ("Montant réglé par l'AMO", amo),
                ("Part organisme complémentaire", amc), ("Reste dû", pt)]
        for i, (lab, v) in enumerate(rows):
            p.t(130, y + 10 + i * 7, lab + " :", "RB" if i in (0, 3) else "R", 10.5, "r")
            p.t(185, y + 10 + i * 7, eur(v, sep=NBSP), "RB" if i in (0, 3) else "R", 10.5, "r")
        p.t(25, y + 48, "Tiers payant appliqué sur la part obligatoire et la part complémentaire.", "RI", 9.5)
        p.t(25, y + 54, "Acte non consécutif à un accident.", "RI", 9.5)
        p.t(140, y + 75, "Signature", "RI", 10)
        p.t(105, 285, f"Cabinet médical — {street}, {city} — Règlement par virement : IBAN {iban(r)}", "R", 7, "c")

    fields = {"rpps": rpps, "nir": pat["nir"], "patient_name": pat["norm"], "patient_birth_date": pat["birth"].iso(),
              "invoice_number": number, "invoice_date": issued.iso(), "care_date": care.iso(),
              "total_amount": norm_amount(total), "amo_amount": norm_amount(amo), "amc_amount": norm_amount(amc),
              "patient_amount": norm_amount(pt), "amc_number": amcn}
    return Layout("gp-word", [p1], fields, fax_name=f"DR {doc_last}", extra=True)


def l02_dentist_two_pages(g: Gen) -> Layout:
    """Dentist note d'honoraires with CCAM lines and a crown, running over two pages."""
    r = g.rng
    pat = g.person(year=(1955, 1995))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    first = D(2025, r.randint(3, 9), r.randint(2, 8))
    issued = D(first.y, first.m, 27)
    number = f"NH{first.y % 100}-{r.randint(1000, 9999)}"
    lines = [
        (D(first.y, first.m, first.d), "", "HBJD001", "Détartrage et polissage des dents", 2892, 2892),
        (D(first.y, first.m, first.d), "16", "HBMD049", "Restauration d'une dent sur 2 faces (composite)", 5000, 5000),
        (D(first.y, first.m, first.d + 7), "36", "HBFD006", "Exérèse de la pulpe camérale (pulpotomie)", 3374, 3374),
        (D(first.y, first.m, first.d + 7), "36", "HBLD090", "Pose d'une infrastructure coronoradiculaire", 9000, 9000),
        (D(first.y, first.m, first.d + 14), "36", "HBLD634",
         "Pose d'une couronne dentaire dentoportée céramo-métallique", 12000, 55000),
        (D(first.y, first.m, first.d + 14), "", "YYYY183", "Supplément radiographie rétroalvéolaire", 199, 199),
    ]
    total = sum(l[5] for l in lines)
    base = sum(l[4] for l in lines)
    amo = int(round(base * 0.6))
    amc = int(round((total - amo) * 0.7))
    pt = total - amo - amc
    amcn = g.amc_number()
    dr = (r.choice(FIRST_F), r.choice(LAST))
    tel = phone(r)
    am = f"{dept if dept.isdigit() else '20'}4{digits(r, 5)}"

    def header(p: Page, suite: bool):
        p.t(15, 18, f"Dr {dr[0]} {dr[1]}", "CB", 13)
        p.t(15, 24, "Chirurgien-dentiste — Docteur en chirurgie dentaire", "C", 9)
        p.t(15, 29, f"{street}, {city}", "C", 9)
        p.t(15, 34, f"Tél : {tel}", "C", 9)
        p.t(195, 18, f"RPPS {rpps}", "C", 9.5, "r")
        p.t(195, 24, f"N° AM {am}", "C", 9, "r")
        p.t(105, 48, "NOTE D'HONORAIRES" + (" (suite)" if suite else ""), "CB", 15, "c")
        p.t(15, 58, f"N° Facture : {number}", "CB", 10)
        p.t(195, 58, f"Page {2 if suite else 1}/2", "C", 9, "r")

    widths = [20, 10, 20, 78, 26, 26]
    head = ["Date", "Dent", "Code CCAM", "Libellé de l'acte", "Base remb.", "Honoraires"]

    def row(l):
        return [l[0].fr(), l[1], l[2], l[3][:46], eur(l[4], "plain"), eur(l[5], "plain")]

    def p1(p: Page):
        header(p, False)
        p.t(195, 66, f"Le {issued.fr()}", "C", 10, "r")
        p.rect(15, 72, 180, 30, width=0.5)
        p.t(18, 78, "Bénéficiaire des soins", "CB", 9.5)
        p.t(18, 84, f"{pat['last']} {pat['first']}", "C", 10)
        p.t(18, 90, f"Né(e) le {pat['birth'].fr()}", "C", 9.5)
        p.t(18, 96, f"N° immatriculation : {pat['nir'][:13]} {pat['nir'][13:]}", "C", 9.5)
        p.t(120, 84, f"Mutuelle : {r.choice(MUTUELLES)}", "C", 9.5)
        p.t(120, 90, f"N° AMC : {amcn}", "C", 9.5)
        y = p.table(15, 110, widths, head, [row(l) for l in lines[:4]], "lccl" + "rr", "C", "CB", 8.5, 6.5)
        sub = sum(l[5] for l in lines[:4])
        p.t(169, y + 6, "Report", "CB", 9, "r")
        p.t(193.5, y + 6, eur(sub, "plain"), "CB", 9, "r")
        p.t(15, 280, "Devis n° " + f"D{first.y % 100}-{r.randint(100, 999)} accepté le {D(first.y, first.m - 1, 12).fr()}"
            " — Prothèse fabriquée en France (laboratoire agréé).", "C", 7.5)

    def p2(p: Page):
        header(p, True)
        p.t(15, 66, f"Patient : {pat['last']} {pat['first']}", "C", 9.5)
        sub = sum(l[5] for l in lines[:4])
        y = p.table(15, 74, widths, head, [["", "", "", "Report page 1", "", eur(sub, "plain")]] +
                    [row(l) for l in lines[4:]], "lccl" + "rr", "C", "CB", 8.5, 6.5)
        rows = [("Total honoraires", total), ("dont base de remboursement", base), ("Part AMO", amo),
                ("Part AMC (tiers payant)", amc), ("Reste à charge patient", pt)]
        for i, (lab, v) in enumerate(rows):
            p.t(160, y + 10 + i * 6.5, lab, "CB" if i in (0, 4) else "C", 10, "r")
            p.t(195, y + 10 + i * 6.5, eur(v, sep=NNBSP), "CB" if i in (0, 4) else "C", 10, "r")
        p.t(15, y + 50, "Matériau couronne : alliage non précieux + céramique. Dent 36.", "C", 8.5)
        p.t(15, y + 56, "Actes réalisés hors parcours d'urgence. Paiement de la part patient par CB.", "C", 8.5)
        p.t(15, 285, f"IBAN {iban(r)} — BIC CCBPFRPPXXX", "C", 7)

    fields = {"rpps": rpps, "nir": pat["nir"], "patient_name": pat["norm"], "patient_birth_date": pat["birth"].iso(),
              "invoice_number": number, "invoice_date": issued.iso(), "care_date": lines[0][0].iso(),
              "total_amount": norm_amount(total), "amo_amount": norm_amount(amo), "amc_amount": norm_amount(amc),
              "patient_amount": norm_amount(pt), "amc_number": amcn}
    return Layout("dentist-note-2p", [p1, p2], fields, fax_name=f"CAB DENTAIRE {dr[1]}")


def l03_optician(g: Gen) -> Layout:
    """Optician invoice: monture + 2 verres with LPP codes, classes, prescriber shown."""
    r = g.rng
    pat = g.person(year=(1950, 1990))
    street, city, dept = g.addr()
    adeli = make_adeli(r, dept if dept.isdigit() else "20", "28")
    presc = make_rpps(r)
    presc_date = D(2025, r.randint(1, 4), r.randint(2, 25))
    care = D(2025, presc_date.m + 2, r.randint(2, 25))
    issued = care
    number = f"FA{r.randint(100000, 999999)}"
    items = [("Monture ACETATE réf. LK-2241", "2223342", "B", 1, 14500, 3),
             ("Verre unifocal OD -2,25 (4)", "2203240", "B", 1, 11900, 3),
             ("Verre unifocal OG -2,50 (4)", "2203240", "B", 1, 11900, 3)]
    total = sum(i[4] for i in items)
    amo = sum(i[5] for i in items)
    amc_line = [10000, 9000, 9000]
    amc = sum(amc_line)
    pt = total - amo - amc
    amcn = g.amc_number()
    siret = make_siret(r)
    shop = r.choice(["OPTIQUE DU MARCHÉ", "LES LUNETIERS DE LA GARE", "VISION PLUS CENTRE"])

    def p1(p: Page):
        p.rect(0, 0, 210, 30, fill=0.2, stroke=False)
        p.t(15, 15, shop, "SB", 17, gray=1)
        p.t(15, 23, f"{street} · {city} · Tél. {phone(r)}", "S", 8.5, gray=1)
        p.t(195, 15, "FACTURE", "SB", 18, "r", gray=1)
        p.t(15, 40, f"Opticien : {r.choice(FIRST_M)} {r.choice(LAST)} — N° ADELI {adeli}", "S", 9)
        p.t(15, 45, f"SIRET {siret} — TVA FR{digits(r, 2)}{siret[:9]}", "S", 8)
        p.t(130, 40, "Facture N°", "SB", 9)
        p.t(160, 40, number, "S", 9)
        p.t(130, 45, "Date facture", "SB", 9)
        p.t(160, 45, issued.fr(), "S", 9)
        p.t(130, 50, "Date de délivrance", "SB", 9)
        p.t(160, 50, care.fr(), "S", 9)
        p.rect(15, 58, 85, 30, width=0.4)
        p.t(18, 64, "CLIENT / BÉNÉFICIAIRE", "SB", 8)
        p.t(18, 70, f"{pat['civ']} {pat['last']} {pat['first']}", "S", 9.5)
        p.t(18, 76, f"Né(e) le : {pat['birth'].fr('dot2')}", "S", 8.5)
        p.t(18, 82, f"NIR : {nir_spaced(pat['nir'])}", "S", 8.5)
        p.rect(110, 58, 85, 30, width=0.4)
        p.t(113, 64, "PRESCRIPTION", "SB", 8)
        p.t(113, 70, f"Dr {r.choice(FIRST_F)} {r.choice(LAST)}, ophtalmologiste", "S", 8.5)
        p.t(113, 76, f"RPPS prescripteur : {presc}", "S", 8.5)
        p.t(113, 82, f"Ordonnance du {presc_date.fr()}", "S", 8.5)
        p.t(15, 96, f"Complémentaire : {r.choice(MUTUELLES)}   N° organisme : {amcn}   "
                    f"Accord PEC n° {r.randint(10**9, 10**10 - 1)}", "S", 8.5)
        head = ["Désignation", "Code LPP", "Classe", "Qté", "Prix TTC", "PC Sécu", "PC Mutuelle", "RAC"]
        rows = [[i[0], i[1], i[2], str(i[3]), eur(i[4], "plain"), eur(i[5], "plain"), eur(amc_line[k], "plain"),
                 eur(i[4] - i[5] - amc_line[k], "plain")] for k, i in enumerate(items)]
        rows.append(["TOTAL", "", "", "", eur(total, "plain"), eur(amo, "plain"), eur(amc, "plain"),
                     eur(pt, "plain")])
        y = p.table(15, 104, [56, 20, 13, 9, 21, 19, 23, 19], head, rows, "lcccrrrr", "S", "SB", 8, 6.5, 0.85)
        p.t(195, y + 10, f"Montant total TTC : {eur(total, 'EUR', '')}", "SB", 10, "r")
        p.t(195, y + 16, f"Prise en charge Sécurité sociale : {eur(amo, 'EUR', '')}", "S", 9, "r")
        p.t(195, y + 22, f"Prise en charge complémentaire : {eur(amc, 'EUR', '')}", "S", 9, "r")
        p.t(195, y + 28, f"Reste à charge client : {eur(pt, 'EUR', '')}", "SB", 10, "r")
        p.t(15, y + 42, "Équipement relevant de la classe B (tarifs libres). Une offre 100 % Santé (classe A) a été "
                        "proposée.", "SI", 7.5)
        p.t(15, y + 47, "TVA 5,5 % incluse sur verres et monture. Garantie 2 ans.", "SI", 7.5)
        p.t(105, 287, f"Règlement du tiers payant sur le compte IBAN {iban(r)}", "S", 7, "c")

    fields = {"adeli": adeli, "nir": pat["nir"], "patient_name": pat["norm"], "patient_birth_date": pat["birth"].iso(),
              "invoice_number": number, "invoice_date": issued.iso(), "care_date": care.iso(),
              "total_amount": norm_amount(total), "amo_amount": norm_amount(amo), "amc_amount": norm_amount(amc),
              "patient_amount": norm_amount(pt), "amc_number": amcn}
    return Layout("optician-lpp", [p1], fields, fax_name=shop)


def l04_kine(g: Gen) -> Layout:
    """Kiné invoice for 10 sessions over a month (AMK 7.5), prescriber and prescription date shown."""
    r = g.rng
    pat = g.person(year=(1960, 2002))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    presc = make_rpps(r)
    m = r.randint(3, 10)
    presc_date = D(2025, m - 1, r.randint(5, 25))
    days = sorted(r.sample(range(2, 29), 10))
    sessions = [D(2025, m, d) for d in days]
    issued = D(2025, m, 30)
    number = f"K{2025 % 100}{m:02d}-{r.randint(10, 99):03d}"
    unit = 1613
    total = unit * 10
    amo, amc, pt = split_cents(total, 0.60)
    amcn = g.amc_number()
    kin = (r.choice(FIRST_F), r.choice(LAST))

    def p1(p: Page):
        p.t(15, 20, f"{kin[1]} {kin[0]}", "SB", 12)
        p.t(15, 26, "Masseur-Kinésithérapeute D.E.", "S", 9)
        p.t(15, 31, street, "S", 9)
        p.t(15, 36, city, "S", 9)
        p.t(15, 41, f"☎ {phone(r)}", "S", 9)
        p.t(15, 47, f"RPPS : {rpps[:1]} {rpps[1:5]} {rpps[5:8]} {rpps[8:]}", "S", 9)
        p.rect(120, 15, 75, 34, width=0.5)
        p.t(123, 21, "Bénéficiaire", "SB", 9)
        p.t(123, 27, f"{pat['civ']} {pat['last']} {pat['first']}", "S", 9.5)
        p.t(123, 33, f"Date de naissance : {pat['birth'].fr('dot2')}", "S", 8.5)
        p.t(123, 39, f"N° SS : {pat['nir']}", "S", 8.5)
        p.t(123, 45, f"AMC : {amcn}", "S", 8.5)
        p.t(15, 62, f"FACTURE N° {number}", "SB", 13)
        p.t(195, 62, f"Émise le {issued.fr('dot2')}", "S", 9.5, "r")
        p.t(15, 72, f"Prescription du Dr {r.choice(FIRST_M)} {r.choice(LAST)} (RPPS {presc}) du {presc_date.fr()}"
                    " — rééducation du rachis lombaire", "S", 8.5)
        rows = [[str(i + 1), s.fr("dot2"), "AMK", "7,5", eur(unit, "plain")] for i, s in enumerate(sessions)]
        y = p.table(15, 80, [15, 35, 25, 20, 30], ["N°", "Date de la séance", "Lettre clé", "Coef.", "Montant"],
                    rows, "cccrr", "S", "SB", 8.5, 6.0, 0.9)
        p.t(15, y + 8, f"Période de soins : du {sessions[0].fr()} au {sessions[-1].fr()} — 10 séances", "S", 9)
        y += 16
        rows = [("Total", total), ("Part Sécu (60 %)", amo), ("Part mutuelle", amc), ("Reste à votre charge", pt)]
        for i, (lab, v) in enumerate(rows):
            p.t(150, y + i * 6.5, lab, "SB" if i == 0 else "S", 10, "r")
            p.t(190, y + i * 6.5, eur(v, "pre"), "SB" if i == 0 else "S", 10, "r")
        p.t(15, y + 36, "Dispense d'avance des frais (tiers payant AMO + AMC). Soins non liés à un accident.", "SI", 8)
        p.t(15, 285, f"SIRET {make_siret(r)} — Membre d'une AGA, règlement par chèque accepté", "S", 7)

    fields = {"rpps": rpps, "nir": pat["nir"], "patient_name": pat["norm"], "patient_birth_date": pat["birth"].iso(),
              "invoice_number": number, "invoice_date": issued.iso(), "care_date": sessions[0].iso(),
              "total_amount": norm_amount(total), "amo_amount": norm_amount(amo), "amc_amount": norm_amount(amc),
              "patient_amount": norm_amount(pt), "amc_number": amcn}
    return Layout("kine-10-seances", [p1], fields, fax_name=f"KINE {kin[1]}", extra=True)


def l05_idel_landscape(g: Gen) -> Layout:
    """IDEL invoice, landscape, AMI/AIS with IFD and IK over a week."""
    r = g.rng
    pat = g.person(year=(1932, 1950))
    street, city, dept = g.addr()
    adeli = make_adeli(r, dept if dept.isdigit() else "20", "60")
    presc = make_rpps(r)
    m = r.randint(2, 11)
    start = r.randint(3, 18)
    days = [D(2025, m, start + i) for i in range(7)]
    presc_date = D(2025, m, start - 2)
    issued = D(2025, m, start + 9)
    number = f"{r.randint(2025000, 2025999)}"
    km = r.randint(3, 8)
    lines = []
    for d in days:
        lines.append((d, "AMI 1", 315, 275, km * 35))
        lines.append((d, "AIS 3", 795, 0, 0))
    total = sum(l[2] + l[3] + l[4] for l in lines)
    amo, amc, pt = split_cents(total, 0.60)
    amcn = g.amc_number()
    nurse = (r.choice(FIRST_F), r.choice(LAST))

    def p1(p: Page):
        p.t(15, 16, f"Cabinet infirmier — {nurse[0]} {nurse[1]}, Infirmière D.E.", "CB", 12)
        p.t(15, 22, f"{street}, {city}   Tél./Fax {phone(r)}   Portable {phone(r).replace('01', '06', 1)}", "C", 8.5)
        p.t(15, 27, f"N° ADELI : {adeli[:2]} {adeli[2:4]} {adeli[4:8]} {adeli[8]}", "C", 9)
        p.t(282, 16, "FACTURE DE SOINS INFIRMIERS", "CB", 13, "r")
        p.t(282, 23, f"Facture n° {number}", "C", 10, "r")
        p.t(282, 28, f"établie le {issued.fr('long')}", "C", 9, "r")
        p.line(15, 32, 282, 32, 0.8)
        p.t(15, 39, f"Patient(e) : {pat['last']} {pat['first']}", "CB", 10)
        p.t(110, 39, f"né(e) le {pat['birth'].fr()}", "C", 9.5)
        p.t(160, 39, f"Immatriculation : {nir_spaced(pat['nir'])}", "C", 9.5)
        p.t(15, 45, f"Prescripteur : Dr {r.choice(FIRST_M)} {r.choice(LAST)} — N° RPPS {presc} — prescription du "
                    f"{presc_date.fr()}", "C", 8.5)
        p.t(160, 45, f"Mutuelle : {r.choice(MUTUELLES)}  N° AMC {amcn}", "C", 8.5)
        rows = [[l[0].fr(), l[1], eur(l[2], "plain"), eur(l[3], "plain") if l[3] else "",
                 f"{km} km" if l[4] else "", eur(l[4], "plain") if l[4] else "",
                 eur(l[2] + l[3] + l[4], "plain")] for l in lines]
        y = p.table(15, 50, [28, 32, 26, 22, 22, 26, 28], ["Date des soins", "Acte (NGAP)", "Montant acte",
                                                          "IFD", "Distance", "IK", "Total ligne"],
                    rows, "lcrrcrr", "C", "CB", 8, 5.0, 0.85)
        x0 = 218
        p.rect(x0 - 8, 52, 60, 42, width=0.5)
        rows = [("Total facture", total), ("Part AMO", amo), ("Part AMC", amc), ("RAC", pt)]
        for i, (lab, v) in enumerate(rows):
            p.t(x0 - 5, 60 + i * 9, lab, "CB" if i == 0 else "C", 9.5)
            p.t(x0 + 49, 60 + i * 9, eur(v, "EUR", NBSP), "CB" if i == 0 else "C", 9.5, "r")
        p.t(x0 - 8, 102, "Soins à domicile — IK plaine", "C", 8)
        p.t(x0 - 8, 107, f"Période du {days[0].fr()}", "C", 8)
        p.t(x0 - 8, 112, f"au {days[-1].fr()}", "C", 8)
        p.t(15, y + 7, "Tiers payant intégral. Soins non consécutifs à un accident.", "C", 8)

    fields = {"adeli": adeli, "nir": pat["nir"], "patient_name": pat["norm"], "patient_birth_date": pat["birth"].iso(),
              "invoice_number": number, "invoice_date": issued.iso(), "care_date": days[0].iso(),
              "total_amount": norm_amount(total), "amo_amount": norm_amount(amo), "amc_amount": norm_amount(amc),
              "patient_amount": norm_amount(pt), "amc_number": amcn}
    return Layout("idel-landscape", [p1], fields, landscape=True, fax_name=f"IDE {nurse[1]}")


def l06_lab(g: Gen) -> Layout:
    """Medical laboratory invoice with NABM B codes, FINESS, prescriber and sampling date."""
    r = g.rng
    pat = g.person(year=(1945, 1999))
    street, city, dept = g.addr()
    finess = make_finess(r, dept if dept.isdigit() else "20")
    presc = make_rpps(r)
    care = D(2025, r.randint(1, 11), r.randint(2, 25))
    presc_date = D(care.y, care.m, care.d - 1)
    issued = D(care.y, care.m, care.d + 2)
    number = f"F{care.y % 100}-{r.randint(100000, 999999)}"
    dossier = f"{care.y % 100}{care.m:02d}{care.d:02d}-{r.randint(1000, 9999)}"
    tests = [("1104", "Hémogramme (NFS)", 22), ("0552", "Glycémie à jeun", 5), ("0593", "Créatinine + DFG", 7),
             ("1208", "TSH", 52), ("0996", "Bilan lipidique (EAL)", 20), ("9105", "Forfait prélèvement sanguin", 0),
             ("9005", "Forfait sécurité échantillon", 0)]
    bval = 25  # cents per B
    amounts = [t[2] * bval if t[2] else (450 if t[0] == "9105" else 500) for t in tests]
    total = sum(amounts)
    amo, amc, pt = split_cents(total, 0.60)
    amcn = g.amc_number()

    def p1(p: Page):
        p.t(15, 18, "BIOLAB " + city.split(" ", 1)[1], "SB", 15)
        p.t(15, 24, "Laboratoire de biologie médicale multisite — SELAS", "S", 8.5)
        p.t(15, 29, f"{street}, {city}", "S", 8.5)
        p.t(15, 34, f"Standard {phone(r)}  —  Fax {phone(r)}", "S", 8.5)
        p.t(15, 39, f"FINESS : {finess}", "SB", 9)
        p.t(195, 18, "FACTURE", "SB", 14, "r")
        p.t(195, 25, f"N° {number}", "S", 10, "r")
        p.t(195, 31, f"Date d'édition : {issued.fr()}", "S", 9, "r")
        p.t(195, 37, f"Dossier n° {dossier}", "S", 9, "r")
        p.line(15, 44, 195, 44, 0.5)
        p.t(15, 52, "Patient", "SB", 9)
        p.t(45, 52, f"{pat['civ']} {pat['last']} {pat['first']}", "S", 9.5)
        p.t(15, 58, "Né(e) le", "SB", 9)
        p.t(45, 58, pat["birth"].fr(), "S", 9.5)
        p.t(15, 64, "N° assuré", "SB", 9)
        p.t(45, 64, nir_spaced(pat["nir"]), "S", 9.5)
        p.t(115, 52, "Prescripteur", "SB", 9)
        p.t(145, 52, f"Dr {r.choice(LAST)} {r.choice(FIRST_F)}", "S", 9)
        p.t(115, 58, "RPPS", "SB", 9)
        p.t(145, 58, presc, "S", 9)
        p.t(115, 64, "Ordonnance", "SB", 9)
        p.t(145, 64, presc_date.fr(), "S", 9)
        p.t(15, 74, f"Date de prélèvement : {care.fr()} à 08h{r.randint(10, 59)}", "SB", 9.5)
        p.t(115, 74, f"Organisme compl. : {amcn}", "S", 9)
        rows = [[t[0], t[1], f"B {t[2]}" if t[2] else ("TB 17" if t[0] == "9105" else "PB 5"), eur(a, "plain")]
                for t, a in zip(tests, amounts)]
        y = p.table(15, 82, [25, 90, 30, 35], ["Code NABM", "Libellé", "Cotation", "Montant (€)"], rows, "llcr",
                    "S", "SB", 8.5, 6.0, None)
        rows = [("Montant total", total), ("Régime obligatoire", amo), ("Régime complémentaire", amc),
                ("Reste à payer", pt)]
        for i, (lab, v) in enumerate(rows):
            p.t(150, y + 9 + i * 6, lab, "SB" if i == 0 else "S", 9.5, "r")
            p.t(193, y + 9 + i * 6, eur(v), "SB" if i == 0 else "S", 9.5, "r")
        p.t(15, y + 40, "Valeur de la lettre clé B : 0,25 €. Examens non remboursables : néant.", "S", 7.5)
        p.t(105, 285, f"SELAS au capital de 150 000 € — SIRET {make_siret(r)} — RCS", "S", 7, "c")

    fields = {"finess": finess, "nir": pat["nir"], "patient_name": pat["norm"], "patient_birth_date": pat["birth"].iso(),
              "invoice_number": number, "invoice_date": issued.iso(), "care_date": care.iso(),
              "total_amount": norm_amount(total), "amo_amount": norm_amount(amo), "amc_amount": norm_amount(amc),
              "patient_amount": norm_amount(pt), "amc_number": amcn}
    return Layout("lab-nabm", [p1], fields, fax_name="BIOLAB", extra=True)


def l07_radiology(g: Gen) -> Layout:
    """Radiology: CT scan with forfait technique and archivage, radiologist's RPPS, requesting doctor."""
    r = g.rng
    pat = g.person(year=(1950, 1995))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    presc = make_rpps(r)
    care = D(2025, r.randint(1, 11), r.randint(5, 25))
    presc_date = D(care.y, care.m, care.d - 4)
    issued = D(care.y, care.m, care.d)
    number = f"RX/{care.y}/{r.randint(10000, 99999)}"
    lines = [("ZCQH001", "Scanographie de l'abdomen et du petit bassin, avec injection", 10152),
             ("YYYY 600", "Forfait technique scanner (appareil classe 2)", 6930),
             ("YYYY 001", "Archivage numérique des images", 140),
             ("ZZLF900", "Supplément produit de contraste (injection)", 1520)]
    total = sum(l[2] for l in lines)
    amo = int(round(total * 0.7)) - 200
    amc = total - amo - 200
    pt = 200
    amcn = g.amc_number()
    rad = (r.choice(FIRST_M), r.choice(LAST))

    def p1(p: Page):
        p.rect(15, 12, 180, 26, fill=0.93, width=0.3)
        p.t(20, 20, "CENTRE D'IMAGERIE MÉDICALE DES TILLEULS", "SB", 12)
        p.t(20, 26, f"{street} — {city} — secrétariat {phone(r)}", "S", 8.5)
        p.t(20, 32, "IRM · Scanner · Radiologie · Échographie · Mammographie", "SI", 8)
        p.t(15, 48, "Praticien", "SB", 9)
        p.t(45, 48, f"Dr {rad[0]} {rad[1]}, radiologue", "S", 9)
        p.t(15, 54, "N° RPPS", "SB", 9)
        p.t(45, 54, rpps, "S", 9)
        p.t(15, 60, "Médecin demandeur", "SB", 9)
        p.t(52, 60, f"Dr {r.choice(LAST)} (RPPS {presc}), demande du {presc_date.fr()}", "S", 9)
        p.t(130, 48, "Facture", "SB", 11)
        p.t(130, 54, f"Nº {number}", "S", 9.5)
        p.t(130, 60, f"Date : {issued.fr('dash')}", "S", 9.5)
        p.rect(15, 66, 180, 22, width=0.4)
        p.t(18, 72, f"Assuré(e) : {pat['last']} {pat['first']}", "S", 9.5)
        p.t(120, 72, f"Date de naissance : {pat['birth'].fr()}", "S", 9)
        p.t(18, 78, f"N° de sécurité sociale : {nir_spaced(pat['nir'])}", "S", 9)
        p.t(18, 84, f"Complémentaire santé : {r.choice(MUTUELLES)} (n° {amcn})", "S", 9)
        p.t(15, 96, f"Examen réalisé le {care.fr('long')}", "SB", 10)
        rows = [[l[0], l[1], eur(l[2], "pre")] for l in lines]
        y = p.table(15, 101, [28, 122, 30], ["Code", "Libellé", "Montant"], rows, "llr", "S", "SB", 8.5, 6.5, 0.9)
        rows = [("Total facturé", total), ("Part obligatoire", amo), ("Part complémentaire", amc),
                ("À régler par le patient", pt)]
        for i, (lab, v) in enumerate(rows):
            p.t(160, y + 9 + i * 6.5, lab, "SB" if i in (0, 3) else "S", 9.5, "r")
            p.t(193, y + 9 + i * 6.5, eur(v, "pre"), "SB" if i in (0, 3) else "S", 9.5, "r")
        p.t(15, y + 42, "Participation forfaitaire de 2,00 € à la charge du patient. Accident : non.", "SI", 8)
        p.t(105, 285, f"SELARL — SIRET {make_siret(r)} — N° TVA non applicable, art. 261-4-1° du CGI", "S", 7, "c")

    fields = {"rpps": rpps, "nir": pat["nir"], "patient_name": pat["norm"], "patient_birth_date": pat["birth"].iso(),
              "invoice_number": number, "invoice_date": issued.iso(), "care_date": care.iso(),
              "total_amount": norm_amount(total), "amo_amount": norm_amount(amo), "amc_amount": norm_amount(amc),
              "patient_amount": norm_amount(pt), "amc_number": amcn}
    return Layout("radiology-scanner", [p1], fields, fax_name="CIM TILLEULS")


def l08_centre_sante_child(g: Gen) -> Layout:
    """Centre de santé invoice (FINESS) for a child; the NIR printed is the parent's."""
    r = g.rng
    parent = g.person(year=(1978, 1992))
    street, city, dept = g.addr()
    finess = make_finess(r, dept if dept.isdigit() else "20")
    doctor_rpps = make_rpps(r)
    child_birth = D(r.randint(2020, 2022), r.randint(1, 12), r.randint(1, 28))
    child_first = r.choice(FIRST_F + FIRST_M)
    care = D(2025, r.randint(1, 11), r.randint(2, 26))
    issued = D(care.y, care.m, care.d + 1)
    number = f"CS-{care.y}{care.m:02d}-{r.randint(1000, 9999)}"
    lines = [("G", "Consultation", 3000), ("MEG", "Majoration enfant (0-6 ans)" if care.y - child_birth.y < 6 else
                                          "Majoration pédiatrique", 500)]
    total = sum(l[2] for l in lines)
    amo, amc, pt = split_cents(total, 0.70)
    amcn = g.amc_number()

    def p1(p: Page):
        p.t(105, 18, f"CENTRE DE SANTÉ MUNICIPAL {r.choice(['PAUL ÉLUARD', 'LOUISE MICHEL', 'JEAN MOULIN'])}", "SB",
            12.5, "c")
        p.t(105, 24, f"{street} — {city} — Tél. {phone(r)}", "S", 8.5, "c")
        p.t(105, 29, f"N° FINESS : {finess}   —   SIRET {make_siret(r)}", "S", 8.5, "c")
        p.line(15, 34, 195, 34, 0.5)
        p.t(15, 44, "FACTURE ACQUITTÉE — TIERS PAYANT", "SB", 11)
        p.t(15, 51, f"N° : {number}", "S", 9.5)
        p.t(195, 51, f"Édition : {issued.fr()}", "S", 9.5, "r")
        p.rect(15, 56, 88, 32, width=0.4)
        p.t(18, 62, "Assuré", "SB", 9)
        p.t(18, 68, f"{parent['civ']} {parent['last']} {parent['first']}", "S", 9.5)
        p.t(18, 74, f"NIR : {nir_spaced(parent['nir'])}", "S", 9)
        p.t(18, 80, f"N° adhérent mutuelle / AMC : {amcn}", "S", 8.5)
        p.rect(107, 56, 88, 32, width=0.4)
        p.t(110, 62, "Bénéficiaire des soins (ayant droit)", "SB", 9)
        p.t(110, 68, f"{parent['last']} {child_first}", "S", 9.5)
        p.t(110, 74, f"Date de naissance : {child_birth.fr()}", "S", 9)
        p.t(110, 80, "Rang de naissance : 1   Qualité : enfant", "S", 8.5)
        p.t(15, 96, f"Médecin exécutant : Dr {r.choice(FIRST_F)} {r.choice(LAST)} — RPPS {doctor_rpps}", "S", 9)
        rows = [[care.fr(), l[0], l[1], eur(l[2], sep=NNBSP)] for l in lines]
        y = p.table(15, 102, [35, 20, 90, 35], ["Date des soins", "Code", "Acte", "Honoraires"], rows, "lclr",
                    "S", "SB", 9, 7, 0.9)
        rows = [("Montant total", total), ("Part Assurance Maladie", amo), ("Part Mutuelle", amc),
                ("Reste à charge", pt)]
        for i, (lab, v) in enumerate(rows):
            p.t(155, y + 10 + i * 6.5, lab, "SB" if i == 0 else "S", 9.5, "r")
            p.t(193, y + 10 + i * 6.5, eur(v, sep=NNBSP), "SB" if i == 0 else "S", 9.5, "r")
        p.t(15, y + 44, "Centre de santé conventionné — dispense d'avance de frais.", "SI", 8)

    fields = {"finess": finess, "nir": parent["nir"], "patient_name": f"{parent['last']} {child_first}",
              "patient_birth_date": child_birth.iso(), "invoice_number": number, "invoice_date": issued.iso(),
              "care_date": care.iso(), "total_amount": norm_amount(total), "amo_amount": norm_amount(amo),
              "amc_amount": norm_amount(amc), "patient_amount": norm_amount(pt), "amc_number": amcn}
    return Layout("centre-sante-child", [p1], fields, fax_name="CDS MUNICIPAL", extra=True)


def l09_audio(g: Gen) -> Layout:
    """Audioprothésiste invoice, two hearing aids classe II (stereo), thousands separators."""
    r = g.rng
    pat = g.person(year=(1938, 1960))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    presc = make_rpps(r)
    care = D(2025, r.randint(3, 11), r.randint(2, 25))
    presc_date = D(care.y, care.m - 2, r.randint(2, 25))
    issued = D(care.y, care.m, care.d)
    number = f"AUD{care.y}{r.randint(1000, 9999)}"
    price = 165000
    lines = [("Aide auditive classe II — oreille droite", "2355084", price, 24000),
             ("Aide auditive classe II — oreille gauche", "2355084", price, 24000)]
    total = sum(l[2] for l in lines)
    amo = sum(l[3] for l in lines)
    amc = 2 * 70000
    pt = total - amo - amc
    amcn = g.amc_number()

    def p1(p: Page):
        p.t(15, 20, "AUDITION CONSEIL", "RB", 16)
        p.t(15, 27, f"{street} · {city}", "R", 9)
        p.t(15, 32, f"Tél. {phone(r)} · contact@audition-conseil.fr", "R", 9)
        p.t(15, 40, f"Audioprothésiste D.E. : {r.choice(FIRST_F)} {r.choice(LAST)}", "R", 9)
        p.t(15, 45, f"Identifiant RPPS : {rpps}", "R", 9)
        p.t(195, 20, "Facture", "RB", 15, "r")
        p.t(195, 27, f"N° {number}", "R", 10, "r")
        p.t(195, 33, f"du {issued.fr()}", "R", 10, "r")
        p.line(15, 51, 195, 51, 0.8)
        p.t(15, 60, "Patient :", "RB", 10)
        p.t(40, 60, f"{pat['civ']} {pat['first']} {pat['last']}", "R", 10)
        p.t(120, 60, f"né(e) le {pat['birth'].fr('long')}", "R", 9.5)
        p.t(15, 66, "N° SS :", "RB", 10)
        p.t(40, 66, nir_spaced(pat["nir"]), "R", 10)
        p.t(15, 72, "Mutuelle :", "RB", 10)
        p.t(40, 72, f"{r.choice(MUTUELLES)} — N° AMC : {amcn}", "R", 10)
        p.t(15, 80, f"Prescription ORL : Dr {r.choice(LAST)} — RPPS {presc} — ordonnance du {presc_date.fr()}", "R", 8.5)
        p.t(15, 86, f"Date d'adaptation et de délivrance : {care.fr()}", "RB", 9.5)
        rows = [[l[0], l[1], "1", eur(l[2], sep=NBSP), eur(l[3], sep=NBSP)] for l in lines]
        rows.append(["Prestations de suivi (4 ans) incluses", "", "", "0,00 €", ""])
        y = p.table(15, 94, [78, 22, 10, 35, 35], ["Désignation", "Code LPP", "Qté", "Prix de vente TTC",
                                                  "Base de remb."], rows, "lccrr", "R", "RB", 8.5, 7, 0.9)
        p.t(15, y + 6, "N° de série : OD " + digits(r, 10) + " / OG " + digits(r, 10), "R", 8)
        rows = [("Montant total TTC", total), ("Remboursement Sécurité sociale", amo),
                ("Remboursement organisme complémentaire", amc), ("À régler par le patient", pt)]
        for i, (lab, v) in enumerate(rows):
            p.t(150, y + 16 + i * 7, lab, "RB" if i in (0, 3) else "R", 10, "r")
            p.t(195, y + 16 + i * 7, eur(v, sep=NBSP), "RB" if i in (0, 3) else "R", 10, "r")
        p.t(15, y + 52, "Équipement de classe II (prix libre). Garantie 4 ans. TVA 5,5 % incluse.", "RI", 8)
        p.t(105, 285, f"IBAN {iban(r)} — SIRET {make_siret(r)}", "R", 7, "c")

    fields = {"rpps": rpps, "nir": pat["nir"], "patient_name": pat["norm"], "patient_birth_date": pat["birth"].iso(),
              "invoice_number": number, "invoice_date": issued.iso(), "care_date": care.iso(),
              "total_amount": norm_amount(total), "amo_amount": norm_amount(amo), "amc_amount": norm_amount(amc),
              "patient_amount": norm_amount(pt), "amc_number": amcn}
    return Layout("audio-classe2", [p1], fields, fax_name="AUDITION CONSEIL")


def l10_pharmacy(g: Gen) -> Layout:
    """Pharmacy tiers-payant invoice, monospaced printer output, CIP13 lines (13-digit distractors)."""
    r = g.rng
    pat = g.person(year=(1940, 1998))
    street, city, dept = g.addr()
    finess = make_finess(r, dept if dept.isdigit() else "20")
    presc = make_rpps(r)
    care = D(2025, r.randint(1, 11), r.randint(5, 25))
    presc_date = D(care.y, care.m, care.d - 3)
    issued = care
    number = f"{r.randint(100000, 999999)}"
    meds = [("3400930000000", "DOLIPRANE 1000MG CPR B/8", 2, 218, 65),
            ("3400934000000", "AMOXICILLINE 1G CPR B/6", 1, 267, 65),
            ("3400936000000", "ESOMEPRAZOLE 20MG GEL B/14", 1, 384, 65),
            ("3400937000000", "SPASFON LYOC 80MG B/10", 1, 286, 30)]
    meds = [(c[:7] + digits(r, 5), n, q, u, t) for c, n, q, u, t in meds]
    meds = [(c + ean.calc_check_digit(c), n, q, u, t) for c, n, q, u, t in meds]
    honoraires = [("HD", "Honoraire de dispensation", 1, 102, 70), ("HO", "Honoraire ordonnance", 1, 51, 70)]
    lines = meds + honoraires
    line_tot = [q * u for _, _, q, u, _ in lines]
    line_amo = [int(round(q * u * t / 100)) for (_, _, q, u, t) in lines]
    total = sum(line_tot)
    amo = sum(line_amo)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()

    def p1(p: Page):
        M = "M"
        p.t(15, 15, f"PHARMACIE {r.choice(LAST)}", "MB", 12)
        p.t(15, 20, f"{street}  {city}", M, 8.5)
        p.t(15, 24, f"Tel {phone(r).replace(' ', '.')}  Fax {phone(r).replace(' ', '.')}", M, 8.5)
        p.t(15, 28, f"FINESS {finess}   SIRET {make_siret(r)}", M, 8.5)
        p.t(15, 38, "*" * 22 + " FACTURE TIERS PAYANT " + "*" * 22, "MB", 9.5)
        p.t(15, 45, f"Facture No : {number:<12}        Date facture : {issued.fr()}", M, 9)
        p.t(15, 50, f"Date de délivrance : {care.fr()}", M, 9)
        p.t(15, 58, f"ASSURE(E)    : {pat['last']} {pat['first']}", M, 9)
        p.t(15, 63, f"NIR          : {pat['nir']}", M, 9)
        p.t(15, 68, f"Né(e) le     : {pat['birth'].fr()}", M, 9)
        p.t(15, 73, f"Regime       : 01 Caisse {dept} Organisme AMC : {amcn}", M, 9)
        p.t(15, 81, f"Prescripteur : Dr {r.choice(LAST)}   RPPS {presc}   Ord. du {presc_date.fr()}", M, 9)
        p.t(15, 89, "-" * 88, M, 8)
        p.t(15, 94, f"{'CIP':<14}{'Désignation':<30}{'Qté':>4}{'P.U.':>9}{'Taux':>6}{'Montant':>10}{'Part RO':>10}",
            "MB", 8)
        p.t(15, 98, "-" * 88, M, 8)
        y = 103
        for (c, n, q, u, t), tot, a in zip(lines, line_tot, line_amo):
            p.t(15, y, f"{c:<14}{n[:29]:<30}{q:>4}{eur(u, 'plain'):>9}{str(t) + '%':>6}{eur(tot, 'plain'):>10}"
                       f"{eur(a, 'plain'):>10}", M, 8)
            y += 4.6
        p.t(15, y, "-" * 88, M, 8)
        y += 7
        rows = [("TOTAL FACTURE", total), ("Part Régime obligatoire", amo), ("Part Régime complémentaire", amc),
                ("Reste à payer assuré", pt)]
        for i, (lab, v) in enumerate(rows):
            p.t(100, y + i * 5, f"{lab:<28}{eur(v, 'nogroup'):>12}", "MB" if i == 0 else M, 9)
        p.t(15, y + 28, "Dispense d'avance de frais AMO+AMC. Délivrance conforme à la prescription.", M, 8)
        p.t(15, y + 33, "Conservez cette facture. Merci de votre visite.", M, 8)

    fields = {"finess": finess, "nir": pat["nir"], "patient_name": pat["norm"], "patient_birth_date": pat["birth"].iso(),
              "invoice_number": number, "invoice_date": issued.iso(), "care_date": care.iso(),
              "total_amount": norm_amount(total), "amo_amount": norm_amount(amo), "amc_amount": norm_amount(amc),
              "patient_amount": norm_amount(pt), "amc_number": amcn}
    return Layout("pharmacy-cip", [p1], fields, fax_name="PHARMACIE", extra=True)


LAYOUTS = [l01_gp_word, l02_dentist_two_pages, l03_optician, l04_kine, l05_idel_landscape, l06_lab, l07_radiology,
           l08_centre_sante_child, l09_audio, l10_pharmacy]


# ---------------------------------------------------------------------------------------- renderings
def text_pdf(lay: Layout) -> bytes:
    size = landscape(A4) if lay.landscape else A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle(lay.id)
    for draw in lay.pages:
        draw(Page(c, size))
        c.showPage()
    c.save()
    return buf.getvalue()


def render(pdf: bytes, dpi_x: float, dpi_y: float | None = None, grey: bool = True) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    out = []
    for page in doc:
        img = page.render(scale=dpi_x / 72).to_pil()
        img = img.convert("L" if grey else "RGB")
        if dpi_y and dpi_y != dpi_x:
            img = img.resize((img.width, round(img.height * dpi_y / dpi_x)), Image.LANCZOS)
        out.append(img)
    return out


def scan_pdf(pdf: bytes, rng: random.Random) -> bytes:
    dpi = rng.choice([200, 240, 300])
    pages = render(pdf, dpi)
    buf = io.BytesIO()
    c = None
    for img in pages:
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        img = img.rotate(rng.uniform(-2, 2), resample=Image.BICUBIC, expand=False, fillcolor=250)
        a = np.asarray(img).astype(np.float32)
        a = a * rng.uniform(0.86, 0.94) + rng.uniform(10, 22)
        a += np.random.default_rng(rng.randint(0, 10**9)).normal(0, 4, a.shape)
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=rng.randint(40, 55), dpi=(dpi, dpi))
        jb.seek(0)
        w, h = img.width * 72 / dpi, img.height * 72 / dpi
        if c is None:
            c = canvas.Canvas(buf, pagesize=(w, h), invariant=1)
        c.setPageSize((w, h))
        c.drawImage(ImageReader(jb), 0, 0, w, h)
        c.showPage()
    c.save()
    return buf.getvalue()


def fax_tiff(pdf: bytes, lay: Layout, rng: random.Random, fine: bool, when: str) -> bytes:
    dpi_y = 196 if fine else 98
    pages = render(pdf, 204)
    sender = "+33 " + phone(rng)[1:]
    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSansMono.ttf"), 22)
    frames = []
    n = len(pages)
    for i, img in enumerate(pages):
        if img.width > 1728:  # landscape page: machine reduces to the 1728-dot line
            img = img.resize((1728, round(img.height * 1728 / img.width)), Image.LANCZOS)
        page = Image.new("L", (1728, img.height + 40), 255)
        page.paste(img, ((1728 - img.width) // 2, 40))
        ImageDraw.Draw(page).text((20, 8), f"{when}  FROM: {sender}  {lay.fax_name[:24]:<24}  P.{i + 1:03d}/{n:03d}",
                                  font=font, fill=0)
        page = page.rotate(rng.uniform(-0.4, 0.4), resample=Image.BILINEAR, fillcolor=255)
        page = page.resize((1728, round(page.height * dpi_y / 204)), Image.LANCZOS)
        a = np.asarray(page).astype(np.int16)
        a = a + np.random.default_rng(rng.randint(0, 10**9)).normal(0, 18, a.shape).astype(np.int16)
        bw = Image.fromarray(np.where(a < rng.randint(140, 175), 0, 255).astype(np.uint8)).convert("1")
        frames.append(bw)
    buf = io.BytesIO()
    frames[0].save(buf, "TIFF", compression="group4" if fine else "group3", dpi=(204, dpi_y), save_all=True,
                   append_images=frames[1:], description=lay.fax_name)
    return buf.getvalue()


def photo_jpg(pdf: bytes, rng: random.Random) -> bytes:
    img = render(pdf, 150, grey=False)[0]
    W, H = img.width + 180, img.height + 220
    bg = Image.new("RGB", (W, H), (118, 92, 70))
    bg.paste(img, (90 + rng.randint(-20, 20), 110 + rng.randint(-20, 20)))
    bg = bg.rotate(rng.uniform(-3, 3), resample=Image.BICUBIC, fillcolor=(110, 85, 64))
    a = np.asarray(bg).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.1, 0.5) * H
    dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / np.hypot(W, H)
    light = 1.05 - 0.55 * dist + 0.08 * (xx / W)
    a = a * light[..., None] * np.array([1.0, 0.97, 0.9], np.float32)
    a += np.random.default_rng(rng.randint(0, 10**9)).normal(0, 4, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=80)
    return buf.getvalue()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="bench/heldout/documents3")
    ap.add_argument("--seed", type=int, default=31)
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    g = Gen(args.seed)
    rng = random.Random(args.seed * 7 + 1)
    for n, make in enumerate(LAYOUTS, 1):
        lay = make(g)
        stem = f"h3-{n:02d}-{lay.id}"
        pdf = text_pdf(lay)
        when = f"{lay.fields['invoice_date'][8:10]}/{lay.fields['invoice_date'][5:7]}/{lay.fields['invoice_date'][:4]} " \
               f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
        files = {f"{stem}.text.pdf": ("text", pdf), f"{stem}.scan.pdf": ("scan", scan_pdf(pdf, rng)),
                 f"{stem}.fax-fine.tif": ("fax-fine", fax_tiff(pdf, lay, rng, True, when))}
        if lay.extra:
            files[f"{stem}.fax-normal.tif"] = ("fax-normal", fax_tiff(pdf, lay, rng, False, when))
            files[f"{stem}.photo.jpg"] = ("photo", photo_jpg(pdf, rng))
        for name, (rendering, data) in files.items():
            (out / name).write_bytes(data)
            truth = {"file": name, "rendering": rendering, "layout": lay.id,
                     "documents": [{"kind": lay.kind, "fields": lay.fields}]}
            (out / f"{name}.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(stem, len(files), "files")


if __name__ == "__main__":
    main()
