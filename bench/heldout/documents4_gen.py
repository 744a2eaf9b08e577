"""Fourth blind held-out layout set: twelve new French tiers-payant documents, rendered five ways.

.venv/bin/python bench/heldout/documents4_gen.py --out bench/heldout/documents4 --seed 41

Written blind (without reading parsers/, classifiers/, intake/ or samples/samplegen/), in layouts different
from sets 1-3: sage-femme postnatal home visits, orthophoniste series for a child (ISO dates), pédicure-
podologue orthopaedic insoles (ADELI, "EUR"), psychiatre note with "€ 45,00" amounts, hospital day-care
facture (FINESS géographique + juridique), ophtalmologist secteur 2 with a sidebar and a rotated stamp,
dental prosthesis devis, optician two lenses + frame, audio demande de prise en charge, laboratory,
pharmacy A4 invoice with subtotal lines, and a two-invoice psychologist fax batch. Every identifier is
checksum-valid; amounts add up.

Renderings: <id>.text.pdf (real text layer), <id>.scan.pdf (image-only JPEG), <id>.fax-fine.tif (G4,
204x196), and for half the layouts <id>.fax-normal.tif (G3, 204x98) and <id>.photo.jpg. One layout also has
<id>.scan-ocr.pdf: a deskewed scan with an invisible OCR text layer (what copiers' "searchable PDF" gives).
Each file gets <file>.json ground truth (one entry per invoice in the file).
"""

from __future__ import annotations

import argparse
import datetime as dt
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
from stdnum.fr import nir as stdnir
from stdnum.fr import siret as stdsiret

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
    body = "10" + digits(rng, 8)
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


def siret_spaced(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}"


def phone(rng: random.Random, sep: str = " ") -> str:
    return "0" + str(rng.choice([1, 2, 3, 4, 5, 9])) + sep + sep.join(digits(rng, 2) for _ in range(4))


def iban(rng: random.Random) -> str:
    raw = "FR76" + digits(rng, 23)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


# ------------------------------------------------------------------------------------- money and dates
def eur(cents: int, style: str = "eur", sep: str = " ") -> str:
    units, c = divmod(cents, 100)
    s = f"{units:,}".replace(",", sep) if style not in ("nogroup", "EURn") else str(units)
    s = f"{s},{c:02d}"
    return {"eur": f"{s} €", "EUR": f"{s} EUR", "EURn": f"{s} EUR", "pre": f"€ {s}", "plain": s,
            "nogroup": f"{s} €"}[style]


def amt(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def fd(d: dt.date, style: str = "slash") -> str:
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dot2":
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
    if style == "dot4":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "long":
        return f"{d.day if d.day > 1 else '1er'} {MONTHS[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


def day(rng: random.Random, months: tuple[int, int] = (1, 10)) -> dt.date:
    return dt.date(2025, rng.randint(*months), rng.randint(1, 28))


def pct(cents: int, rate: float) -> int:
    return int(round(cents * rate))


# ----------------------------------------------------------------------------------------- drawing
class Page:
    """Top-left-origin helpers on a reportlab canvas, units in mm. invisible=True: OCR text layer only."""

    def __init__(self, c: canvas.Canvas, size: tuple[float, float], invisible: bool = False):
        self.c, self.w, self.h = c, size[0], size[1]
        self.invisible = invisible
        self._rot = 0.0

    def t(self, x: float, y: float, s: str, f: str = "S", size: float = 9.5, align: str = "l", gray: float = 0):
        if self.invisible:
            w = pdfmetrics.stringWidth(s, f, size) / mm
            x0 = x if align == "l" else (x - w if align == "r" else x - w / 2)
            to = self.c.beginText()
            to.setTextRenderMode(3)
            to.setFont(f, size)
            to.setTextOrigin(x0 * mm, self.h - y * mm)
            to.textOut(s)
            self.c.drawText(to)
            return
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

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.6, gray: float = 0, dash=None):
        if self.invisible:
            return
        self.c.setStrokeGray(gray)
        self.c.setLineWidth(width)
        if dash:
            self.c.setDash(*dash)
        self.c.line(x1 * mm, self.h - y1 * mm, x2 * mm, self.h - y2 * mm)
        self.c.setDash()
        self.c.setStrokeGray(0)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, width: float = 0.6,
             stroke: bool = True, radius: float = 0, gray: float = 0):
        if self.invisible:
            return
        self.c.setLineWidth(width)
        self.c.setStrokeGray(gray)
        if fill is not None:
            self.c.setFillGray(fill)
        if radius:
            self.c.roundRect(x * mm, self.h - (y + h) * mm, w * mm, h * mm, radius * mm, stroke=int(stroke),
                             fill=int(fill is not None))
        else:
            self.c.rect(x * mm, self.h - (y + h) * mm, w * mm, h * mm, stroke=int(stroke), fill=int(fill is not None))
        self.c.setFillGray(0)
        self.c.setStrokeGray(0)

    def leader(self, x: float, y: float, x2: float, label: str, value: str, f: str = "S", fv: str = "SB",
               size: float = 9.5):
        """'Label ........ value' with a dotted leader, value right-aligned at x2."""
        self.t(x, y, label, f, size)
        lw = pdfmetrics.stringWidth(label, f, size) / mm
        vw = pdfmetrics.stringWidth(value, fv, size) / mm
        self.line(x + lw + 1.5, y + 0.3, x2 - vw - 1.5, y + 0.3, 0.5, 0.35, dash=(1, 2))
        self.t(x2, y, value, fv, size, "r")

    def stamp(self, x: float, y: float, lines: list[str], angle: float, size: float = 8.5, gray: float = 0.35):
        """A rubber stamp (rotated box of text) centred on (x, y)."""
        if self.invisible:
            return
        c = self.c
        c.saveState()
        c.translate(x * mm, self.h - y * mm)
        c.rotate(angle)
        wmax = max(pdfmetrics.stringWidth(s, "CB", size) for s in lines) / mm + 6
        hh = len(lines) * size * 0.45 + 4
        c.setStrokeGray(gray)
        c.setFillGray(gray)
        c.setLineWidth(1.2)
        c.roundRect(-wmax / 2 * mm, -hh / 2 * mm, wmax * mm, hh * mm, 2 * mm, stroke=1, fill=0)
        for i, s in enumerate(lines):
            c.setFont("CB" if i == 0 else "C", size)
            c.drawCentredString(0, (hh / 2 - 3 - size * 0.35 - i * size * 0.45) * mm + 1.5 * mm, s)
        c.restoreState()

    def table(self, x: float, y: float, widths: list[float], header: list[str], rows: list[list[str]],
              aligns: str, f: str = "S", fh: str = "SB", size: float = 8.5, rh: float = 6.0,
              head_fill: float | None = 0.88, grid: bool = True, vlines: bool = True) -> float:
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
            if vlines:
                cx = x
                for wdt in [0] + widths:
                    cx += wdt
                    self.line(cx, y, cx, bottom, 0.4)
        return bottom

    def cell(self, x: float, y: float, w: float, h: float, label: str, value: str, fl: str = "S", fv: str = "SB",
             sl: float = 6.5, sv: float = 10):
        """Boxed cell, small label above the value."""
        self.rect(x, y, w, h, width=0.5)
        self.t(x + 1.5, y + 3.2, label, fl, sl, gray=0.25)
        self.t(x + 1.5, y + h - 2.2, value, fv, sv)


@dataclass
class Layout:
    id: str
    pages: list  # callables(Page)
    docs: list  # [(kind, fields)]
    landscape: bool = False
    fax_name: str = "CABINET"
    extra: bool = False  # also fax-normal
    photo: bool = False  # also photo.jpg
    ocr: bool = False  # also a scan with an invisible OCR text layer


LAST = ["ROCHE", "MARCHAND", "DUFOUR", "BLANCHARD", "GIRAUD", "JOLY", "GAILLARD", "BARBIER", "ARNAUD",
        "MARTINEZ", "LE GALL", "CARPENTIER", "HAMON", "PELLETIER", "VASSEUR", "DA SILVA", "BRETON",
        "AUBRY", "LEBRETON", "TESSIER", "CHARPENTIER", "BOULANGER", "COUSIN", "GERMAIN", "LEROUX-PÉRÈS",
        "CHÂTELAIN", "BENOÎT", "SAÏDI", "NOËL", "HÉBERT"]
FIRST_F = ["Élodie", "Mathilde", "Sylvie", "Clémence", "Océane", "Géraldine", "Ophélie", "Anaïs", "Josiane",
           "Laëtitia", "Brigitte", "Maëva"]
FIRST_M = ["Stéphane", "Rémi", "Grégoire", "Jean-François", "Mickaël", "Bruno", "Cédric", "Aurélien",
           "François", "Yannick", "Séverin", "Jérémy"]
STREETS = ["rue du Général Leclerc", "avenue de la Libération", "rue Nationale", "boulevard Carnot",
           "rue Saint-Martin", "chemin des Vignes", "rue de l'Hôtel de Ville", "avenue Foch",
           "place de la Mairie", "rue du Docteur Roux", "impasse des Lilas", "cours Lafayette"]
CITIES = [("49100", "ANGERS", "49"), ("21000", "DIJON", "21"), ("34000", "MONTPELLIER", "34"),
          ("76000", "ROUEN", "76"), ("63000", "CLERMONT-FERRAND", "63"), ("87000", "LIMOGES", "87"),
          ("20200", "BASTIA", "2B"), ("57000", "METZ", "57"), ("29200", "BREST", "29"), ("06000", "NICE", "06"),
          ("38000", "GRENOBLE", "38"), ("51100", "REIMS", "51")]
MUTUELLES = ["Mutuelle Générale de l'Éducation", "MACIF Mutualité", "Mutuelle des Motards", "Aésio Mutuelle",
             "Mutuelle Bleue", "Pro BTP", "Mutuelle Familiale", "Alptis", "Uniprévoyance", "Solimut",
             "MNT", "Mutuelle SMI", "April Santé"]


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)

    def person(self, sex: int | None = None, year: tuple[int, int] = (1945, 2000), dept: str | None = None):
        r = self.rng
        sex = sex or r.choice([1, 2])
        last = r.choice(LAST)
        first = r.choice(FIRST_F if sex == 2 else FIRST_M)
        birth = dt.date(r.randint(*year), r.randint(1, 12), r.randint(1, 28))
        dept = dept or r.choice(["49", "21", "34", "76", "2A", "2B", "57", "29", "06", "38", "99", "93"])
        if dept in ("2A", "2B") and birth.year < 1976:
            dept = "20"
        nir = make_nir(r, sex, birth.year, birth.month, dept)
        return {"sex": sex, "last": last, "first": first, "birth": birth, "nir": nir,
                "civ": "Mme" if sex == 2 else "M.", "norm": f"{last} {first}"}

    def addr(self):
        r = self.rng
        cp, city, dept = r.choice(CITIES)
        return f"{r.randint(1, 120)} {r.choice(STREETS)}", f"{cp} {city}", dept

    def amc_number(self) -> str:
        return str(self.rng.randint(1, 9)) + digits(self.rng, self.rng.choice([7, 8]))


def F(**kw) -> dict:
    """Ground-truth fields in the set-3 order, keeping only those given."""
    order = ["rpps", "adeli", "finess", "nir", "patient_name", "patient_birth_date", "invoice_number",
             "invoice_date", "care_date", "total_amount", "amo_amount", "amc_amount", "patient_amount", "amc_number"]
    out = {}
    for k in order:
        if k in kw and kw[k] is not None:
            v = kw[k]
            if isinstance(v, dt.date):
                v = v.isoformat()
            elif isinstance(v, int) and k.endswith("_amount"):
                v = amt(v)
            out[k] = v
    assert set(kw) <= set(order), set(kw) - set(order)
    return out


# ------------------------------------------------------------------------------------------- layouts
def l01_sagefemme(g: Gen) -> Layout:
    """Sage-femme, postnatal home visits, two-column rounded header boxes, long dates, maternity 100 %."""
    r = g.rng
    pat = g.person(sex=2, year=(1988, 1998))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    first = day(r, (3, 9))
    second = first + dt.timedelta(days=2)
    birth_baby = first - dt.timedelta(days=r.randint(2, 4))
    issued = second + dt.timedelta(days=r.randint(1, 4))
    number = f"SF-{issued.year}-{r.randint(10, 999):03d}"
    acts = [(first, "SF 16,5", "Suivi postnatal à domicile (J+%d)" % (first - birth_baby).days, 4620),
            (first, "IFS", "Indemnité forfaitaire de déplacement", 400),
            (second, "SF 12", "Visite postnatale à domicile", 3360),
            (second, "IFS", "Indemnité forfaitaire de déplacement", 400)]
    total = sum(a[3] for a in acts)
    amo, amc, pt = total, 0, 0
    name = (r.choice(FIRST_F), r.choice(LAST))
    am = f"{dept if dept.isdigit() else '20'}5{digits(r, 5)}{r.randint(0, 9)}"

    def p1(p: Page):
        p.rect(15, 15, 88, 40, radius=3, width=0.7)
        p.t(19, 23, f"{name[0]} {name[1]}", "SB", 12)
        p.t(19, 29, "Sage-femme D.E. — libérale conventionnée", "S", 8.5)
        p.t(19, 35, street, "S", 8.5)
        p.t(19, 40, city, "S", 8.5)
        p.t(19, 46, f"Port. {phone(r)}", "S", 8.5)
        p.t(19, 51, f"N° RPPS {rpps}    N° AM {am}", "S", 8.5)
        p.rect(110, 15, 85, 40, radius=3, width=0.7, fill=0.95)
        p.t(114, 22, "PATIENTE", "SB", 8, gray=0.3)
        p.t(114, 29, f"{pat['civ']} {pat['last']} {pat['first']}", "SB", 10.5)
        p.t(114, 35, f"Née le {fd(pat['birth'], 'long')}", "S", 8.5)
        p.t(114, 41, f"NIR : {nir_spaced(pat['nir'])}", "S", 8.5)
        p.t(114, 47, f"Accouchement le {fd(birth_baby, 'long')}", "S", 8.5)
        p.t(114, 52, "Assurance maternité (exonération 100 %)", "SI", 7.5)
        p.t(15, 70, "Facture", "SB", 20)
        p.t(15, 78, f"n° {number}", "S", 11)
        p.t(195, 70, f"{city.split(' ', 1)[1].title()}, le {fd(issued, 'long')}", "S", 10, "r")
        p.t(15, 92, "Acte réalisé le", "SB", 9)
        p.t(15, 97, fd(first, "long"), "S", 10)
        rows = [[fd(a[0]), a[1], a[2], eur(a[3], sep=NBSP)] for a in acts]
        y = p.table(15, 106, [28, 22, 95, 35], ["Date", "Cotation", "Prestation", "Montant"], rows, "lclr",
                    "S", "SB", 9, 7, head_fill=None, vlines=False)
        p.line(15, 106, 195, 106, 1.0)
        yy = y + 10
        p.rect(110, yy - 5, 85, 29, width=0.5)
        for i, (lab, v, b) in enumerate([("Total de la facture", total, True), ("Part assurance maladie", amo, False),
                                         ("Part complémentaire", amc, False), ("Reste à payer", pt, True)]):
            p.t(113, yy + 1 + i * 6.5, lab, "SB" if b else "S", 9.5)
            p.t(192, yy + 1 + i * 6.5, eur(v, sep=NBSP), "SB" if b else "S", 9.5, "r")
        p.t(15, yy + 40, "Tiers payant intégral — soins pris en charge au titre de l'assurance maternité.", "SI", 8.5)
        p.t(15, yy + 46, "Prochaine visite : sur rendez-vous.", "SI", 8.5)
        p.line(15, 278, 195, 278, 0.4, 0.5)
        p.t(105, 283, f"Cabinet de sage-femme — {street} {city} — Membre d'une association de gestion agréée", "S",
            6.5, "c", gray=0.3)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=first, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt)
    return Layout("sagefemme-postnatal", [p1], [("invoice", f)], fax_name=f"SF {name[1]}", photo=True)


def l02_orthophonie(g: Gen) -> Layout:
    """Orthophoniste series for a child: label-above-value boxed grid, ISO dates (software export)."""
    r = g.rng
    parent = g.person(year=(1978, 1992))
    child_first = r.choice(FIRST_F + FIRST_M)
    child_birth = dt.date(r.randint(2015, 2019), r.randint(1, 12), r.randint(1, 28))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    presc = make_rpps(r)
    start = day(r, (2, 8))
    presc_date = start - dt.timedelta(days=r.randint(20, 40))
    sessions = [start + dt.timedelta(days=7 * i) for i in range(4)]
    issued = sessions[-1] + dt.timedelta(days=1)
    number = f"{issued.year}{issued.month:02d}-{r.randint(1, 99):04d}"
    unit = 3578  # AMO 13.5
    total = unit * len(sessions)
    amo = pct(total, 0.60)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    name = (r.choice(FIRST_F), r.choice(LAST))
    mut = r.choice(MUTUELLES)

    def p1(p: Page):
        p.t(15, 18, "ORTHOPHONIE", "CB", 9, gray=0.4)
        p.t(15, 25, f"{name[0]} {name[1]}", "CB", 15)
        p.t(15, 31, f"Orthophoniste — {street}, {city}", "C", 9)
        p.t(15, 36, f"Tél. {phone(r, '.')}", "C", 9)
        p.t(195, 25, "FACTURE DE SOINS", "CB", 14, "r")
        p.t(195, 31, "Rééducation orthophonique", "C", 9, "r")
        # boxed grid, label above value
        p.cell(15, 44, 60, 11, "Identifiant RPPS", rpps)
        p.cell(75, 44, 60, 11, "Facture n°", number)
        p.cell(135, 44, 60, 11, "Date de facturation", fd(issued, "iso"))
        p.cell(15, 55, 90, 11, "Assuré(e)", f"{parent['last']} {parent['first']}")
        p.cell(105, 55, 90, 11, "N° de sécurité sociale de l'assuré(e)", nir_spaced(parent["nir"]))
        p.cell(15, 66, 90, 11, "Bénéficiaire des soins", f"{parent['last']} {child_first}")
        p.cell(105, 66, 45, 11, "Date de naissance", fd(child_birth, "iso"))
        p.cell(150, 66, 45, 11, "Lien avec l'assuré", "Enfant")
        p.cell(15, 77, 90, 11, "Organisme complémentaire", mut)
        p.cell(105, 77, 90, 11, "N° AMC", amcn)
        p.cell(15, 88, 120, 11, "Prescripteur", f"Dr {r.choice(LAST)} — RPPS {presc}", fv="S")
        p.cell(135, 88, 60, 11, "Date de prescription", fd(presc_date, "iso"), fv="S")
        rows = [[fd(s, "iso"), "AMO 13.5", "Séance de rééducation du langage oral", eur(unit, "plain")]
                for s in sessions]
        y = p.table(15, 108, [30, 25, 95, 30], ["Date des soins", "Cotation", "Libellé", "Honoraires (€)"], rows,
                    "lclr", "C", "CB", 9, 7, 0.85)
        p.cell(15, y + 8, 45, 12, "Total honoraires", eur(total, sep=NNBSP))
        p.cell(60, y + 8, 45, 12, "Part AMO (60 %)", eur(amo, sep=NNBSP))
        p.cell(105, y + 8, 45, 12, "Part AMC", eur(amc, sep=NNBSP))
        p.cell(150, y + 8, 45, 12, "Reste à charge", eur(pt, sep=NNBSP))
        p.t(15, y + 30, f"Série de {len(sessions)} séances sur prescription. Tiers payant AMO + AMC.", "C", 8.5)
        p.t(15, y + 35, "Séances réalisées au cabinet. Pas d'accident de droit commun.", "C", 8.5)
        p.t(105, 286, f"Logiciel de gestion de cabinet — export du {fd(issued, 'iso')} — page 1/1", "C", 6.5, "c",
            gray=0.4)

    f = F(rpps=rpps, nir=parent["nir"], patient_name=f"{parent['last']} {child_first}", patient_birth_date=child_birth,
          invoice_number=number, invoice_date=issued, care_date=sessions[0], total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("orthophonie-grille-iso", [p1], [("invoice", f)], fax_name=f"ORTHOPHONIE {name[1]}", extra=True, photo=True)


def l03_podologue(g: Gen) -> Layout:
    """Pédicure-podologue, orthopaedic insoles (LPP) + non-reimbursed bilan, ADELI, '15.09.25', 'EUR'."""
    r = g.rng
    pat = g.person(year=(1950, 1985))
    street, city, dept = g.addr()
    adeli = make_adeli(r, dept if dept.isdigit() else "20", "8")
    presc = make_rpps(r)
    care = day(r, (2, 10))
    presc_date = care - dt.timedelta(days=r.randint(10, 30))
    issued = care + dt.timedelta(days=r.randint(7, 14))
    number = f"{r.randint(1000, 9999)}"
    lines = [("Bilan podologique et prise d'empreintes", "—", 4500, 0),
             ("Paire de semelles orthopédiques (pointure > 37)", "2148152", 14500, 2886)]
    total = sum(l[2] for l in lines)
    amo = pct(2886, 0.60)
    amc = 6000
    pt = total - amo - amc
    amcn = g.amc_number()
    name = (r.choice(FIRST_M), r.choice(LAST))
    siret = make_siret(r)

    def p1(p: Page):
        p.t(105, 20, f"{name[0]} {name[1]}", "RB", 14, "c")
        p.t(105, 26, "Pédicure-Podologue D.E. — Podologie du sport", "RI", 9.5, "c")
        p.t(105, 32, f"{street}  ·  {city}  ·  Tél. {phone(r, '.')}", "R", 9, "c")
        p.t(105, 37, f"N° ADELI : {adeli}   ·   SIRET : {siret}", "R", 9, "c")
        p.line(40, 41, 170, 41, 0.5)
        p.t(20, 55, "NOTE D'HONORAIRES", "RB", 13)
        p.leader(20, 66, 110, "N° de la note", number, "R", "RB", 10)
        p.leader(20, 72, 110, "Établie le", fd(issued, "dot2"), "R", "RB", 10)
        p.leader(20, 78, 110, "Date des soins", fd(care, "dot2"), "R", "RB", 10)
        p.t(120, 55, "Patient", "RB", 10)
        p.t(120, 61, f"{pat['civ']} {pat['first']} {pat['last']}", "R", 10)
        p.t(120, 67, f"né(e) le {fd(pat['birth'], 'dot2')}", "R", 9.5)
        p.t(120, 73, "N° de sécurité sociale", "R", 8.5, gray=0.3)
        p.t(120, 78, pat["nir"], "R", 10)
        p.t(20, 92, f"Prescription du Dr {r.choice(LAST)} (RPPS {presc}) en date du {fd(presc_date, 'dot2')}",
            "RI", 9)
        y = p.table(20, 100, [95, 25, 25, 25], ["Désignation", "Code LPP", "Prix", "Base remb."],
                    [[l[0], l[1], eur(l[2], "EURn"), eur(l[3], "EURn") if l[3] else "NR"] for l in lines],
                    "lcrr", "R", "RB", 9, 7.5, None)
        y += 10
        p.leader(90, y, 190, "Total TTC", eur(total, "EURn"), "RB", "RB", 10.5)
        p.leader(90, y + 7, 190, "Part Sécu (60 % de la base)", eur(amo, "EURn"), "R", "R", 10)
        p.leader(90, y + 14, 190, f"Part mutuelle ({r.choice(MUTUELLES)})", eur(amc, "EURn"), "R", "R", 10)
        p.leader(90, y + 21, 190, "Reste à la charge du patient", eur(pt, "EURn"), "RB", "RB", 10)
        p.t(20, y + 35, f"Tiers payant mutuelle — N° AMC {amcn}", "R", 9.5)
        p.t(20, y + 41, "Le bilan podologique n'est pas remboursable par l'assurance maladie (NR).", "RI", 8.5)
        p.t(20, y + 47, "Semelles fabriquées au cabinet. TVA non applicable, art. 261-4-1° du CGI.", "RI", 8.5)
        p.t(150, y + 66, "Cachet et signature", "RI", 9)
        p.t(105, 285, f"Règlement du reste à charge par chèque ou virement — IBAN {iban(r)}", "R", 7, "c")

    f = F(adeli=adeli, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("podologue-semelles", [p1], [("invoice", f)], fax_name=f"PODOLOGUE {name[1]}")


def l04_psychiatre(g: Gen) -> Layout:
    """Psychiatre secteur 1, 'N° de pièce', '€ 55,00' amounts, monthly invoice date, footer SIRET/IBAN."""
    r = g.rng
    pat = g.person(year=(1960, 2002))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    care = day(r, (1, 10))
    issued = dt.date(care.year, care.month, 28)
    number = f"P{care.year % 100}{r.randint(10000, 99999)}"
    acts = [("CNPSY", "Consultation de psychiatrie", 5500)]
    total = 5500
    amo = pct(total, 0.70) - 200
    pt = 200
    amc = total - amo - pt
    amcn = g.amc_number()
    name = (r.choice(FIRST_M), r.choice(LAST))
    siret = make_siret(r)
    am = f"{dept if dept.isdigit() else '20'}1{digits(r, 6)}"

    def p1(p: Page):
        p.rect(15, 14, 3, 30, fill=0.3, stroke=False)
        p.t(22, 20, f"Docteur {name[0]} {name[1]}", "SB", 13)
        p.t(22, 26, "Psychiatre — Ancien chef de clinique", "S", 9)
        p.t(22, 31, "Conventionné secteur 1", "S", 9)
        p.t(22, 37, f"{street}, {city}", "S", 9)
        p.t(22, 42, f"Secrétariat {phone(r)} — Fax {phone(r)}", "S", 9)
        p.t(195, 20, f"N° RPPS : {rpps}", "S", 9, "r")
        p.t(195, 25, f"N° AM : {am}", "S", 9, "r")
        p.t(15, 60, "FACTURE", "SB", 16)
        p.t(15, 68, f"N° de pièce : {number}", "S", 10)
        p.t(15, 74, f"Date d'émission : {fd(issued)}", "S", 10)
        p.t(110, 60, "Adressée à", "S", 8, gray=0.4)
        p.t(110, 66, f"{pat['last']} {pat['first']}", "SB", 10.5)
        p.t(110, 72, f"Date de naissance : {fd(pat['birth'])}", "S", 9.5)
        p.t(110, 78, f"N° d'immatriculation : {nir_spaced(pat['nir'])}", "S", 9.5)
        p.t(110, 84, f"Complémentaire : {r.choice(MUTUELLES)} (N° AMC {amcn})", "S", 9)
        rows = [[fd(care), a[0], a[1], eur(a[2], "pre")] for a in acts]
        y = p.table(15, 96, [30, 25, 90, 35], ["Date des soins", "Acte", "Libellé", "Montant"], rows, "lclr",
                    "S", "SB", 9.5, 8, 0.9)
        rows = [("Total", total), ("Remboursement Assurance Maladie", amo), ("Remboursement complémentaire", amc),
                ("Participation forfaitaire (à votre charge)", pt)]
        for i, (lab, v) in enumerate(rows):
            p.t(158, y + 10 + i * 7, lab, "SB" if i == 0 else "S", 9.5, "r")
            p.t(193, y + 10 + i * 7, eur(v, "pre"), "SB" if i == 0 else "S", 9.5, "r")
        p.t(15, y + 45, "Parcours de soins coordonné : adressé par le médecin traitant.", "S", 8.5)
        p.t(15, y + 51, "Dispense d'avance des frais (tiers payant AMO et AMC).", "S", 8.5)
        p.line(15, 272, 195, 272, 0.4)
        p.t(105, 277, f"SIRET {siret_spaced(siret)} — Code APE 8622C — IBAN {iban(r)}", "S", 7, "c")
        p.t(105, 281, "Membre d'une AGA acceptant à ce titre le règlement des honoraires par chèque.", "S", 7, "c")

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("psychiatre-piece", [p1], [("invoice", f)], fax_name=f"DR {name[1]}", extra=True, photo=True)


def l05_hdj(g: Gen) -> Layout:
    """Hospital day-care facture: FINESS géographique in the header, juridique in the footer, payment slip."""
    r = g.rng
    pat = g.person(year=(1945, 1975))
    street, city, dept = g.addr()
    d2 = dept if dept.isdigit() else "20"
    fin_geo = make_finess(r, d2)
    fin_jur = make_finess(r, d2)
    care = day(r, (2, 9))
    issued = care + dt.timedelta(days=r.randint(10, 25))
    ref = f"{care.year}{r.randint(1000000, 9999999)}"
    sejour = f"{r.randint(25000000, 25999999)}"
    lines = [("GHS 6523", "Hospitalisation de jour — chimiothérapie", 1, 71842),
             ("PHC", "Molécules onéreuses (liste en sus)", 1, 42511),
             ("ATU", "Consultation d'anesthésie (ACE)", 1, 3000)]
    total = sum(l[3] for l in lines)
    amo = pct(total, 0.80)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    hosp = r.choice(["CENTRE HOSPITALIER", "CENTRE HOSPITALIER RÉGIONAL"]) + " " + city.split(" ", 1)[1]

    def p1(p: Page):
        p.rect(15, 12, 180, 26, fill=0.92, stroke=False)
        p.t(20, 20, hosp, "SB", 13)
        p.t(20, 26, f"Site principal — {street} — {city}", "S", 8.5)
        p.t(20, 31, f"Bureau des entrées : {phone(r)}   Télécopie : {phone(r)}", "S", 8.5)
        p.t(190, 20, "FINESS géographique", "S", 7.5, "r")
        p.t(190, 26, fin_geo, "SB", 11, "r")
        p.t(105, 50, "AVIS DES SOMMES À PAYER — FACTURE", "SB", 12, "c")
        p.t(105, 56, "Hospitalisation de jour (ambulatoire)", "S", 9.5, "c")
        y0 = 66
        p.t(15, y0, "Référence", "S", 8, gray=0.4)
        p.t(15, y0 + 5, ref, "SB", 10)
        p.t(62, y0, "N° de séjour", "S", 8, gray=0.4)
        p.t(62, y0 + 5, sejour, "S", 10)
        p.t(100, y0, "Date de la facture", "S", 8, gray=0.4)
        p.t(100, y0 + 5, fd(issued), "S", 10)
        p.t(145, y0, "Date d'entrée / sortie", "S", 8, gray=0.4)
        p.t(145, y0 + 5, f"{fd(care)} / {fd(care)}", "S", 10)
        p.line(15, y0 + 9, 195, y0 + 9, 0.4)
        p.t(15, y0 + 17, "Patient(e)", "SB", 9.5)
        p.t(15, y0 + 23, f"{pat['civ']} {pat['last']} {pat['first']}", "S", 10)
        p.t(15, y0 + 29, f"Né(e) le {fd(pat['birth'])}", "S", 9.5)
        p.t(110, y0 + 17, "Couverture", "SB", 9.5)
        p.t(110, y0 + 23, f"NIR : {pat['nir'][:13]} {pat['nir'][13:]}", "S", 9.5)
        p.t(110, y0 + 29, f"Régime général — Caisse {d2}", "S", 9.5)
        p.t(110, y0 + 35, f"Mutuelle : {r.choice(MUTUELLES)} — N° AMC {amcn}", "S", 9)
        rows = [[l[0], l[1], str(l[2]), eur(l[3], sep=NNBSP)] for l in lines]
        y = p.table(15, y0 + 44, [25, 105, 15, 35], ["Code", "Prestation", "Qté", "Montant"], rows, "llcr",
                    "S", "SB", 9, 7, 0.85)
        rows = [("Montant total des frais", total), ("Pris en charge par l'Assurance Maladie (80 %)", amo),
                ("Pris en charge par l'organisme complémentaire", amc), ("Montant restant à payer", pt)]
        for i, (lab, v) in enumerate(rows):
            p.t(155, y + 9 + i * 6.5, lab, "SB" if i in (0, 3) else "S", 9.5, "r")
            p.t(193, y + 9 + i * 6.5, eur(v, sep=NNBSP), "SB" if i in (0, 3) else "S", 9.5, "r")
        yt = 228
        p.line(15, yt, 195, yt, 0.6, dash=(3, 2))
        p.t(15, yt + 5, "✂  Talon à joindre à votre règlement — Trésorerie hospitalière", "S", 8)
        p.t(15, yt + 12, f"Référence : {ref}", "S", 9)
        p.t(15, yt + 18, f"Débiteur : {pat['last']} {pat['first']}", "S", 9)
        p.t(120, yt + 12, f"Montant dû : {eur(pt, sep=NNBSP)}", "SB", 9)
        p.t(120, yt + 18, "Paiement en ligne : payfip.gouv.fr", "S", 8.5)
        p.line(15, 270, 195, 270, 0.3)
        p.t(105, 275, f"Entité juridique : {hosp} — FINESS juridique {fin_jur} — SIRET {make_siret(r)}", "S",
            6.8, "c")
        p.t(105, 279, "Établissement public de santé — Facture à conserver.", "S", 6.8, "c")

    f = F(finess=fin_geo, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=ref,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("hopital-jour-finess", [p1], [("invoice", f)], fax_name="CH BUREAU ENTREES", extra=True, photo=True)


def l06_ophtalmo(g: Gen) -> Layout:
    """Ophtalmologist secteur 2: grey left sidebar with the practitioner, dépassement, rotated cabinet stamp."""
    r = g.rng
    pat = g.person(year=(1950, 1990))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    care = day(r, (3, 10))
    issued = care
    number = f"{care.year}/{r.randint(1000, 9999)}"
    acts = [("CS", "Consultation spécialiste", 3000), ("BGQP002", "Rétinographie en couleur", 4192),
            ("DE", "Dépassement d'honoraires", 3500)]
    total = sum(a[2] for a in acts)
    base = 3000 + 4192
    amo = pct(base, 0.70) - 200
    amc = (base - pct(base, 0.70)) + 2000
    pt = total - amo - amc
    amcn = g.amc_number()
    name = (r.choice(FIRST_F), r.choice(LAST))
    tel = phone(r)

    def p1(p: Page):
        p.rect(0, 0, 55, 297, fill=0.9, stroke=False)
        p.t(8, 25, "Dr " + name[0], "SB", 11)
        p.t(8, 31, name[1], "SB", 11)
        p.t(8, 39, "Ophtalmologiste", "S", 8.5)
        p.t(8, 44, "Ancienne interne", "S", 8)
        p.t(8, 48, "des Hôpitaux", "S", 8)
        p.t(8, 56, "Secteur 2 —", "S", 8)
        p.t(8, 60, "honoraires libres", "S", 8)
        p.t(8, 72, "Identifiant RPPS", "S", 7, gray=0.35)
        p.t(8, 77, rpps, "SB", 9)
        p.t(8, 88, street, "S", 7.5)
        p.t(8, 92, city, "S", 7.5)
        p.t(8, 100, "Rendez-vous", "S", 7, gray=0.35)
        p.t(8, 104, tel, "S", 8)
        p.t(8, 112, "Urgences", "S", 7, gray=0.35)
        p.t(8, 116, phone(r), "S", 8)
        p.t(65, 28, "Facture d'honoraires", "SB", 16)
        p.t(65, 36, f"Facture n° {number}   —   émise le {fd(issued)}", "S", 9.5)
        p.t(65, 52, "Patient", "S", 7.5, gray=0.35)
        p.t(65, 57, f"{pat['last']} {pat['first']}", "SB", 10.5)
        p.t(65, 63, f"Date de naissance {fd(pat['birth'])}", "S", 9)
        p.t(135, 52, "NIR", "S", 7.5, gray=0.35)
        p.t(135, 57, nir_spaced(pat["nir"]), "S", 9.5)
        p.t(135, 63, f"N° AMC {amcn}", "S", 9)
        p.t(65, 76, "Acte réalisé le", "S", 9)
        p.t(90, 76, fd(care, "long"), "SB", 9.5)
        rows = [[a[0], a[1], eur(a[2], sep=NBSP)] for a in acts]
        y = p.table(65, 84, [28, 77, 28], ["Code", "Désignation", "Honoraires"], rows, "llr", "S", "SB", 9, 7.5,
                    0.85)
        lab = [("Total honoraires", total), ("dont base de remboursement", base), ("Part AMO", amo),
               ("Part AMC", amc), ("Reste à charge", pt)]
        for i, (l, v) in enumerate(lab):
            p.t(160, y + 9 + i * 6.5, l, "SB" if i in (0, 4) else "S", 9.5, "r")
            p.t(196, y + 9 + i * 6.5, eur(v, sep=NBSP), "SB" if i in (0, 4) else "S", 9.5, "r")
        p.t(65, y + 48, "Le dépassement d'honoraires a fait l'objet d'une information préalable.", "SI", 8)
        p.t(65, y + 53, "Tiers payant : part obligatoire et part complémentaire.", "SI", 8)
        p.stamp(150, y + 80, [f"Dr {name[0][0]}. {name[1]}", "OPHTALMOLOGIE", street, city, f"Tél. {tel}"], 12)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("ophtalmo-sidebar-tampon", [p1], [("invoice", f)], fax_name=f"DR {name[1]} OPH", ocr=True)


def l07_dentaire_devis(g: Gen) -> Layout:
    """Dental prosthesis devis: crown + bridge, 100 % Santé / RAC modéré / libre baskets, estimates, no care date."""
    r = g.rng
    pat = g.person(year=(1950, 1980))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    issued = day(r, (2, 10))
    valid = issued + dt.timedelta(days=180)
    number = f"DV{issued.year % 100}{issued.month:02d}{r.randint(100, 999)}"
    lines = [("26", "HBLD634", "Couronne dentoportée céramométallique", "RAC modéré", 54000, 12000),
             ("35-37", "HBLD785", "Bridge 3 éléments céramométallique", "Libre", 125000, 27950)]
    total = sum(l[4] for l in lines)
    base = sum(l[5] for l in lines)
    amo = pct(base, 0.70)
    amc = 80000
    pt = total - amo - amc
    amcn = g.amc_number()
    name = (r.choice(FIRST_M), r.choice(LAST))
    mut = r.choice(MUTUELLES)

    def p1(p: Page):
        p.t(15, 20, "Cabinet dentaire", "C", 9, gray=0.4)
        p.t(15, 26, f"Dr {name[0]} {name[1]}", "CB", 13)
        p.t(15, 32, f"{street} — {city} — {phone(r)}", "C", 8.5)
        p.t(15, 37, f"RPPS {rpps}", "C", 9)
        p.rect(120, 16, 75, 24, width=0.8)
        p.t(157.5, 23, "DEVIS", "CB", 14, "c")
        p.t(123, 30, f"Devis n° : {number}", "C", 9.5)
        p.t(123, 36, f"Établi le : {fd(issued, 'dot4')}", "C", 9.5)
        p.t(15, 52, "Devis pour traitements prothétiques (prothèse fixée)", "CB", 11)
        p.t(15, 60, f"Patient : {pat['last']} {pat['first']}", "C", 10)
        p.t(110, 60, f"Né(e) le {fd(pat['birth'], 'dot4')}", "C", 10)
        p.t(15, 66, f"NIR : {nir_spaced(pat['nir'])}", "C", 10)
        p.t(15, 72, f"Organisme complémentaire : {mut} — N° AMC {amcn}", "C", 9.5)
        rows = [[l[0], l[1], l[2], l[3], eur(l[4], "plain", NNBSP), eur(l[5], "plain")] for l in lines]
        y = p.table(15, 82, [14, 22, 68, 24, 28, 24],
                    ["Dent", "Code CCAM", "Nature de l'acte", "Panier", "Honoraires €", "Base rbt €"], rows,
                    "cclcrr", "C", "CB", 8.5, 7.5, 0.85)
        rows = [("Montant total des honoraires", total), ("Base de remboursement", base),
                ("Montant remboursé par l'assurance maladie (estimation)", amo),
                ("Prise en charge complémentaire (estimation)", amc), ("Reste à charge estimé", pt)]
        for i, (lab, v) in enumerate(rows):
            p.t(160, y + 10 + i * 6.5, lab, "CB" if i in (0, 4) else "C", 9.5, "r")
            p.t(194, y + 10 + i * 6.5, eur(v, sep=NNBSP), "CB" if i in (0, 4) else "C", 9.5, "r")
        p.t(15, y + 48, "Une alternative thérapeutique « 100 % Santé » (sans reste à charge) vous a été proposée :", "C",
            8.5)
        p.t(15, y + 53, "couronne céramique monolithique zircone, dent 26 — honoraires 440,00 € (HBLD350).", "C", 8.5)
        p.t(15, y + 61, f"Devis valable jusqu'au {fd(valid, 'dot4')}. Dispositifs médicaux sur mesure fabriqués en"
            " France.", "C", 8.5)
        p.t(15, y + 75, "Date et signature du praticien", "C", 8.5)
        p.t(120, y + 75, "Bon pour accord, date et signature du patient", "C", 8.5)
        p.rect(15, y + 78, 80, 22, width=0.4)
        p.rect(120, y + 78, 75, 22, width=0.4)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("dentaire-devis-prothese", [p1], [("quote", f)], fax_name=f"CAB DENTAIRE {name[1]}")


def l08_optique(g: Gen) -> Layout:
    """Optician invoice: frame + two lenses, per-line PC Sécu / PC Mutuelle / RAC columns, FINESS, dates 'dot4'."""
    r = g.rng
    pat = g.person(year=(1955, 1995))
    street, city, dept = g.addr()
    finess = make_finess(r, dept if dept.isdigit() else "20")
    presc = make_rpps(r)
    care = day(r, (3, 10))
    presc_date = care - dt.timedelta(days=r.randint(30, 200))
    issued = care
    number = f"F{r.randint(10, 99)}-{r.randint(100000, 999999)}"
    items = [("2210546", "Monture métal réf. TX-118", "B", 15000, 3, 10000),
             ("2203240", "Verre unifocal OD sph -2,75 aminci", "B", 9500, 3, 9000),
             ("2203240", "Verre unifocal OG sph -3,00 aminci", "B", 9500, 3, 9000)]
    total = sum(i[3] for i in items)
    amo = sum(i[4] for i in items)
    amc = sum(i[5] for i in items)
    pt = total - amo - amc
    amcn = g.amc_number()
    shop = r.choice(["L'ATELIER OPTIQUE", "OPTIQUE DES HALLES", "REGARDS & LUNETTES"])

    def p1(p: Page):
        p.t(105, 20, shop, "SB", 16, "c")
        p.t(105, 26, f"{street} — {city}", "S", 9, "c")
        p.t(105, 31, f"Tél. {phone(r)} — N° FINESS {finess} — SIRET {make_siret(r)}", "S", 8, "c")
        p.line(15, 35, 195, 35, 1.2)
        p.t(15, 45, "FACTURE", "SB", 13)
        p.t(15, 52, f"Facture n° {number}", "S", 9.5)
        p.t(15, 57, f"Date : {fd(issued, 'dot4')}", "S", 9.5)
        p.t(15, 62, f"Date de délivrance : {fd(care, 'dot4')}", "S", 9.5)
        p.rect(110, 40, 85, 28, width=0.5)
        p.t(113, 46, f"{pat['civ']} {pat['last']} {pat['first']}", "SB", 10)
        p.t(113, 52, f"Né(e) le {fd(pat['birth'], 'dot4')}", "S", 9)
        p.t(113, 58, f"N° SS {pat['nir'][:13]} {pat['nir'][13:]}", "S", 9)
        p.t(113, 64, f"{r.choice(MUTUELLES)} — N° AMC {amcn}", "S", 8)
        p.t(15, 76, f"Ordonnance du {fd(presc_date, 'dot4')} — Dr {r.choice(LAST)}, ophtalmologiste, RPPS {presc}",
            "S", 8.5)
        p.t(15, 81, "Renouvellement : non — Équipement de classe B (prix libre) — Offre classe A proposée.", "S", 8.5)
        rows = [[i[0], i[1], i[2], eur(i[3], "plain"), eur(i[4], "plain"), eur(i[5], "plain"),
                 eur(i[3] - i[4] - i[5], "plain")] for i in items]
        rows.append(["", "TOTAL", "", eur(total, "plain"), eur(amo, "plain"), eur(amc, "plain"), eur(pt, "plain")])
        y = p.table(15, 88, [20, 62, 12, 22, 20, 24, 20],
                    ["Code LPP", "Désignation", "Classe", "Prix TTC", "PC Sécu", "PC Mutuelle", "RAC"], rows,
                    "llcrrrr", "S", "SB", 8, 7, 0.85)
        p.t(15, y + 8, "Montants en euros TTC (TVA 20 %).", "SI", 8)
        p.t(120, y + 18, "Net à payer par le client :", "SB", 10)
        p.t(195, y + 18, eur(pt, sep=NNBSP), "SB", 10, "r")
        p.t(15, y + 30, "Écart pupillaire 62 mm — Verres traités antireflet, durcis. Garantie casse 2 ans.", "S", 8)
        p.t(15, 285, "Document à conserver 2 ans — renouvellement possible selon conditions.", "S", 7)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("optique-lignes-pc", [p1], [("invoice", f)], fax_name=shop, extra=True, photo=True)


def l09_audio_pec(g: Gen) -> Layout:
    """Audioprothésiste demande de prise en charge, two devices, boxed grid, 'N° adhérent' vs 'N° organisme'."""
    r = g.rng
    pat = g.person(year=(1940, 1960))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    presc = make_rpps(r)
    issued = day(r, (2, 10))
    presc_date = issued - dt.timedelta(days=r.randint(15, 60))
    number = f"PEC-{r.randint(100000, 999999)}"
    adherent = digits(r, 11)
    orgn = g.amc_number()
    unit, unit_amo, unit_amc = 160000, 24000, 70000
    total, amo, amc = 2 * unit, 2 * unit_amo, 2 * unit_amc
    pt = total - amo - amc
    name = (r.choice(FIRST_F), r.choice(LAST))

    def p1(p: Page):
        p.t(15, 18, f"AUDITION {name[1]}", "SB", 14)
        p.t(15, 24, f"{street}, {city} — {phone(r)}", "S", 8.5)
        p.t(195, 18, "DEMANDE DE PRISE EN CHARGE", "SB", 12, "r")
        p.t(195, 24, "Aides auditives — appareillage stéréophonique", "S", 8.5, "r")
        p.cell(15, 32, 60, 11, "Réf. demande", number)
        p.cell(75, 32, 60, 11, "Date de la demande", fd(issued))
        p.cell(135, 32, 60, 11, "Audioprothésiste — N° RPPS", rpps)
        p.t(15, 52, "ASSURÉ / BÉNÉFICIAIRE", "SB", 8.5, gray=0.3)
        p.cell(15, 54, 90, 11, "Nom, prénom", f"{pat['last']} {pat['first']}")
        p.cell(105, 54, 45, 11, "Date de naissance", fd(pat["birth"]))
        p.cell(150, 54, 45, 11, "Régime", "Général")
        p.cell(15, 65, 90, 11, "N° de sécurité sociale", pat["nir"])
        p.cell(105, 65, 90, 11, "Organisme complémentaire", r.choice(MUTUELLES))
        p.cell(15, 76, 90, 11, "N° adhérent", adherent)
        p.cell(105, 76, 90, 11, "N° organisme (AMC)", orgn)
        p.t(15, 96, "PRESCRIPTION", "SB", 8.5, gray=0.3)
        p.cell(15, 98, 120, 11, "Médecin prescripteur (ORL)", f"Dr {r.choice(LAST)} — RPPS {presc}", fv="S")
        p.cell(135, 98, 60, 11, "Date de l'ordonnance", fd(presc_date), fv="S")
        p.t(15, 118, "ÉQUIPEMENT PROPOSÉ", "SB", 8.5, gray=0.3)
        rows = [["OD", "2355084", "Classe II — contour à écouteur déporté", eur(unit, sep=NBSP),
                 eur(unit_amo, sep=NBSP), eur(unit_amc, sep=NBSP), eur(unit - unit_amo - unit_amc, sep=NBSP)],
                ["OG", "2355084", "Classe II — contour à écouteur déporté", eur(unit, sep=NBSP),
                 eur(unit_amo, sep=NBSP), eur(unit_amc, sep=NBSP), eur(unit - unit_amo - unit_amc, sep=NBSP)]]
        y = p.table(15, 120, [10, 20, 58, 24, 22, 24, 22],
                    ["", "LPP", "Appareil", "Prix TTC", "Part AMO", "Part AMC", "RAC"], rows, "cclrrrr",
                    "C", "CB", 8, 7, 0.85)
        p.cell(15, y + 6, 45, 12, "Montant total TTC", eur(total, sep=NBSP))
        p.cell(60, y + 6, 45, 12, "Part AMO", eur(amo, sep=NBSP))
        p.cell(105, y + 6, 45, 12, "Part AMC demandée", eur(amc, sep=NBSP))
        p.cell(150, y + 6, 45, 12, "Reste à charge", eur(pt, sep=NBSP))
        p.t(15, y + 28, "L'offre de classe I (100 % Santé, sans reste à charge) a été présentée au patient.", "S", 8)
        p.t(15, y + 33, "Accord demandé avant délivrance. Réponse à adresser par retour de fax ou via le portail.",
            "S", 8)
        p.t(15, y + 45, "Cachet de l'audioprothésiste", "S", 8)
        p.rect(15, y + 47, 70, 25, width=0.4)
        p.t(105, 286, f"SIRET {make_siret(r)} — Fax {phone(r)}", "S", 7, "c")

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt, amc_number=orgn)
    return Layout("audio-pec-grille", [p1], [("pec", f)], fax_name=f"AUDITION {name[1]}")


def l10_labo(g: Gen) -> Layout:
    """Laboratory facture: FINESS, dossier number, prélevé le vs prescrit le, NABM codes, 'Date d'exécution'."""
    r = g.rng
    pat = g.person(year=(1950, 2000))
    street, city, dept = g.addr()
    finess = make_finess(r, dept if dept.isdigit() else "20")
    presc = make_rpps(r)
    care = day(r, (1, 10))
    presc_date = care - dt.timedelta(days=r.randint(2, 12))
    issued = care + dt.timedelta(days=r.randint(1, 3))
    number = f"{r.randint(1000000, 9999999)}"
    dossier = f"{care.strftime('%y%m%d')}-{r.randint(100, 999)}"
    acts = [("1104", "Hémogramme (NFS, plaquettes)", 702), ("0593", "Exploration d'une anomalie lipidique", 810),
            ("0552", "Glucose (glycémie à jeun)", 135), ("1208", "TSH", 540), ("0407", "Créatinine + DFG", 155),
            ("9105", "Forfait prélèvement sanguin", 252), ("9005", "Forfait de sécurité échantillon", 135)]
    total = sum(a[2] for a in acts)
    amo = pct(total, 0.60)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    lab = r.choice(["BIOLAB", "LABORATOIRE BIO-SANTÉ", "CERBALLIANCE"]) + " " + city.split(" ", 1)[1]

    def p1(p: Page):
        p.t(15, 18, lab, "SB", 13)
        p.t(15, 24, "Laboratoire de biologie médicale multisite", "S", 8.5)
        p.t(15, 29, f"{street} — {city}", "S", 8.5)
        p.t(15, 34, f"Tél {phone(r)} — Fax {phone(r)}", "S", 8.5)
        p.t(195, 18, "N° FINESS", "S", 7.5, "r", gray=0.4)
        p.t(195, 23, finess, "SB", 10, "r")
        p.t(195, 30, f"SIRET {make_siret(r)}", "S", 7.5, "r")
        p.line(15, 39, 195, 39, 0.8)
        p.t(15, 48, "FACTURE D'ANALYSES — TIERS PAYANT", "SB", 11)
        rows = [("N° de facture", number), ("Date de facture", fd(issued)), ("N° de dossier", dossier),
                ("Date d'exécution (prélèvement)", fd(care)), ("Prescrit le", fd(presc_date))]
        for i, (a, b) in enumerate(rows):
            p.t(15, 56 + i * 5.5, a, "S", 9)
            p.t(70, 56 + i * 5.5, b, "SB" if i in (0, 3) else "S", 9)
        p.rect(115, 44, 80, 40, width=0.4)
        p.t(118, 50, "Patient", "S", 7.5, gray=0.4)
        p.t(118, 56, f"{pat['last']} {pat['first']}", "SB", 10)
        p.t(118, 62, f"DDN : {fd(pat['birth'])}", "S", 9)
        p.t(118, 68, f"NIR {nir_spaced(pat['nir'])}", "S", 9)
        p.t(118, 74, f"AMC : {r.choice(MUTUELLES)}", "S", 8)
        p.t(118, 79, f"N° AMC : {amcn}", "S", 8.5)
        p.t(15, 88, f"Médecin prescripteur : Dr {r.choice(FIRST_M)} {r.choice(LAST)} — RPPS {presc}", "S", 8.5)
        rows = [[a[0], a[1], f"B {a[2] // 27}" if a[0] not in ("9105", "9005") else "—", eur(a[2], "plain")]
                for a in acts]
        y = p.table(15, 94, [20, 110, 20, 30], ["Code", "Analyse / acte", "Cotation", "Montant €"], rows, "llcr",
                    "S", "SB", 8.5, 6.2, 0.88, vlines=False)
        rows = [("Total", total), ("Part obligatoire (60 %)", amo), ("Part complémentaire (40 %)", amc),
                ("À régler par le patient", pt)]
        for i, (a, b) in enumerate(rows):
            p.t(160, y + 9 + i * 6, a, "SB" if i == 0 else "S", 9.5, "r")
            p.t(193, y + 9 + i * 6, eur(b), "SB" if i == 0 else "S", 9.5, "r")
        p.t(15, y + 40, "Résultats disponibles sur le serveur sécurisé du laboratoire. Facture acquittée par tiers"
            " payant.", "S", 7.5)
        p.t(105, 286, f"SELAS au capital de 150 000 € — RCS {city.split(' ', 1)[1].title()}", "S", 6.5, "c")

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("labo-dossier", [p1], [("invoice", f)], fax_name=lab[:24], extra=True, photo=True)


def l11_pharmacie(g: Gen) -> Layout:
    """Pharmacy A4 invoice from the till software, with per-rate subtotal lines before the real totals."""
    r = g.rng
    pat = g.person(year=(1945, 1995))
    street, city, dept = g.addr()
    finess = make_finess(r, dept if dept.isdigit() else "20")
    presc = make_rpps(r)
    care = day(r, (1, 10))
    presc_date = care - dt.timedelta(days=r.randint(0, 5))
    issued = care
    number = f"{care.year % 100}{r.randint(100000, 999999)}"
    meds = [("34009" + digits(r, 7), "METFORMINE 1000MG CPR 30", 2, 356, 65),
            ("34009" + digits(r, 7), "ATORVASTATINE 20MG CPR 30", 1, 1224, 65),
            ("34009" + digits(r, 7), "BISOPROLOL 2.5MG CPR 30", 1, 318, 65),
            ("34009" + digits(r, 7), "GAVISCON SUSP BUV FL 250ML", 1, 290, 30)]
    meds = [(c + ean.calc_check_digit(c), n, q, u, t) for c, n, q, u, t in meds]
    meds.append(("HD", "Honoraires de dispensation", 4, 102, 70))
    lt = [q * u for _, _, q, u, _ in meds]
    la = [pct(q * u, t / 100) for _, _, q, u, t in meds]
    total = sum(lt)
    amo = sum(la)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    sub = {}
    for (c, n, q, u, t), x in zip(meds, lt):
        sub[t] = sub.get(t, 0) + x

    def p1(p: Page):
        p.rect(15, 12, 180, 20, width=0.6, radius=2)
        p.t(20, 19, f"Pharmacie de la {r.choice(['Gare', 'Cathédrale', 'Place', 'Fontaine'])}", "SB", 12)
        p.t(20, 25, f"{street} {city} — Tél {phone(r)}", "S", 8)
        p.t(20, 29, f"N° FINESS {finess} — N° AM {dept if dept.isdigit() else '20'}2{digits(r, 5)}", "S", 8)
        p.t(190, 19, "Facture", "SB", 12, "r")
        p.t(190, 25, f"n° {number}", "S", 9.5, "r")
        p.t(190, 29, f"du {fd(issued, 'dot4')}", "S", 8.5, "r")
        p.t(15, 42, "Bénéficiaire", "SB", 9)
        p.t(50, 42, f"{pat['last']} {pat['first']}   —   né(e) le {fd(pat['birth'], 'dot4')}", "S", 9)
        p.t(15, 48, "NIR", "SB", 9)
        p.t(50, 48, nir_spaced(pat["nir"]), "S", 9)
        p.t(15, 54, "AMC", "SB", 9)
        p.t(50, 54, f"{r.choice(MUTUELLES)} — n° {amcn}", "S", 9)
        p.t(15, 60, "Prescripteur", "SB", 9)
        p.t(50, 60, f"Dr {r.choice(LAST)} — Identifiant RPPS {presc} — ordonnance du {fd(presc_date, 'dot4')}", "S",
            9)
        p.t(15, 66, "Date d'exécution", "SB", 9)
        p.t(50, 66, fd(care, "dot4"), "S", 9)
        rows = [[c, n, str(q), eur(u, "plain"), f"{t} %", eur(x, "plain"), eur(a, "plain")]
                for (c, n, q, u, t), x, a in zip(meds, lt, la)]
        y = p.table(15, 74, [26, 62, 10, 18, 14, 24, 26],
                    ["Code CIP", "Désignation", "Qté", "P.U.", "Taux", "Montant", "Part AMO"], rows, "llcrcrr",
                    "C", "CB", 8, 6.5, 0.88)
        yy = y + 8
        for t in sorted(sub, reverse=True):
            p.t(130, yy, f"Sous-total {t} %", "C", 8.5, "r", gray=0.3)
            p.t(165, yy, eur(sub[t], sep=NBSP), "C", 8.5, "r", gray=0.3)
            yy += 5
        yy += 4
        p.rect(100, yy - 5, 95, 28, fill=0.94, width=0.4)
        for i, (a, b) in enumerate([("Total facture", total), ("Part assurance maladie", amo),
                                    ("Part organisme complémentaire", amc), ("Reste à charge", pt)]):
            p.t(104, yy + 1 + i * 6, a, "SB" if i == 0 else "S", 9.5)
            p.t(191, yy + 1 + i * 6, eur(b, sep=NBSP), "SB" if i == 0 else "S", 9.5, "r")
        p.t(15, yy + 34, "Franchises médicales : 0,50 € par boîte, prélevées ultérieurement par votre caisse.", "S", 7.5)
        p.t(15, yy + 39, "Médicaments délivrés en tiers payant (dispense d'avance des frais).", "S", 7.5)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("pharmacie-a4-soustotaux", [p1], [("invoice", f)], fax_name="PHARMACIE")


def l12_psychologue_lot(g: Gen) -> Layout:
    """Psychologist (Mon soutien psy), two invoices for two patients sent as one two-page fax, ADELI."""
    r = g.rng
    street, city, dept = g.addr()
    adeli = make_adeli(r, dept if dept.isdigit() else "20", "93")
    name = (r.choice(FIRST_F), r.choice(LAST))
    tel = phone(r)
    base_n = r.randint(120, 400)
    docs, pages = [], []
    d0 = day(r, (2, 9))
    for k in range(2):
        pat = g.person(year=(1975, 2004))
        care = d0 + dt.timedelta(days=3 * k + r.randint(0, 2))
        issued = care
        number = f"{issued.year}-{base_n + k:04d}"
        total = 5000
        amo = 3000
        amc = 2000
        pt = 0
        amcn = g.amc_number()
        mut = r.choice(MUTUELLES)
        seance = r.choice(["Entretien d'évaluation", "Séance de suivi n° 3"])

        def page(p: Page, pat=pat, care=care, issued=issued, number=number, amcn=amcn, mut=mut, seance=seance,
                 total=total, amo=amo, amc=amc, pt=pt, k=k):
            p.t(15, 20, f"{name[0]} {name[1]}", "RB", 13)
            p.t(15, 26, "Psychologue clinicienne — Dispositif Mon soutien psy", "R", 9)
            p.t(15, 31, f"{street}, {city}", "R", 9)
            p.t(15, 36, f"Tél. {tel}", "R", 9)
            p.t(15, 41, f"N° ADELI {adeli[:2]} {adeli[2:4]} {adeli[4:]}", "R", 9)
            p.t(195, 20, f"Facture n° {number}", "RB", 11, "r")
            p.t(195, 27, f"{city.split(' ', 1)[1].title()}, le {fd(issued)}", "R", 9.5, "r")
            p.t(195, 34, f"Page {k + 1}/2 — envoi groupé", "R", 8, "r", gray=0.4)
            p.line(15, 47, 195, 47, 0.5)
            p.t(15, 58, "Patient(e) :", "R", 10)
            p.t(45, 58, f"{pat['civ']} {pat['last']} {pat['first']}", "RB", 10)
            p.t(15, 64, "Né(e) le :", "R", 10)
            p.t(45, 64, fd(pat["birth"]), "R", 10)
            p.t(15, 70, "NIR :", "R", 10)
            p.t(45, 70, nir_spaced(pat["nir"]), "R", 10)
            p.t(15, 76, "Mutuelle :", "R", 10)
            p.t(45, 76, f"{mut} — N° AMC {amcn}", "R", 10)
            p.t(15, 88, f"Adressé(e) par son médecin (courrier d'adressage joint).", "RI", 9)
            y = p.table(15, 96, [35, 35, 80, 30], ["Date de la séance", "Code", "Prestation", "Montant"],
                        [[fd(care), "PSY", seance, eur(total)]], "lclr", "R", "RB", 9.5, 7.5, 0.9)
            for i, (a, b) in enumerate([("Total", total), ("Part AMO (60 %)", amo), ("Part AMC (40 %)", amc),
                                        ("Reste à payer", pt)]):
                p.t(160, y + 10 + i * 6.5, a, "RB" if i == 0 else "R", 10, "r")
                p.t(195, y + 10 + i * 6.5, eur(b), "RB" if i == 0 else "R", 10, "r")
            p.t(15, y + 45, "Tiers payant. Séance de 45 minutes au cabinet.", "RI", 8.5)
            p.t(105, 286, "Psychologue conventionnée — dispositif de remboursement des séances de psychologue.", "R",
                6.5, "c")

        pages.append(page)
        docs.append(("invoice", F(adeli=adeli, nir=pat["nir"], patient_name=pat["norm"],
                                  patient_birth_date=pat["birth"], invoice_number=number, invoice_date=issued,
                                  care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc,
                                  patient_amount=pt, amc_number=amcn)))
    return Layout("psychologue-lot-2-factures", pages, docs, fax_name=f"PSY {name[1]}", extra=True)


LAYOUTS = [l01_sagefemme, l02_orthophonie, l03_podologue, l04_psychiatre, l05_hdj, l06_ophtalmo,
           l07_dentaire_devis, l08_optique, l09_audio_pec, l10_labo, l11_pharmacie, l12_psychologue_lot]


# ------------------------------------------------------------------------------------------- checks
def check(lay: Layout) -> None:
    """Identifiers valid and amounts consistent, or fail loudly."""
    for kind, f in lay.docs:
        if "rpps" in f:
            assert len(f["rpps"]) == 11 and luhn.is_valid(f["rpps"]), f["rpps"]
        for k in ("adeli", "finess"):
            if k in f:
                assert len(f[k]) == 9 and luhn.is_valid(f[k]), (k, f[k])
        assert sum(k in f for k in ("rpps", "adeli", "finess")) == 1
        assert stdnir.is_valid(f["nir"]), f["nir"]
        assert f["nir"][0] in "12" and 1 <= int(f["nir"][3:5]) <= 12
        c = {k: int(f[k].replace(".", "")) for k in ("total_amount", "amo_amount", "amc_amount", "patient_amount")}
        assert c["total_amount"] == c["amo_amount"] + c["amc_amount"] + c["patient_amount"], (lay.id, c)
        assert all(v >= 0 for v in c.values())
        if kind == "invoice":
            assert "care_date" in f and f["care_date"] <= f["invoice_date"], lay.id
            assert f["patient_birth_date"] < f["care_date"]
        else:
            assert "care_date" not in f


# ---------------------------------------------------------------------------------------- renderings
def text_pdf(lay: Layout) -> bytes:
    size = landscape(A4) if lay.landscape else A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle(lay.id)
    c.setCreator("Logiciel de facturation")
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


def scan_pdf(pdf: bytes, rng: random.Random, lay: Layout | None = None) -> bytes:
    """Image-only scan; with lay given, a deskewed scan plus an invisible text layer (searchable PDF)."""
    dpi = rng.choice([200, 240, 300])
    pages = render(pdf, dpi)
    buf = io.BytesIO()
    c = None
    size = landscape(A4) if lay and lay.landscape else A4
    for n, img in enumerate(pages):
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        if lay is None:
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
            if lay is not None:
                c.setCreator("Scanner multifonction — OCR")
        c.setPageSize((w, h))
        c.drawImage(ImageReader(jb), 0, 0, w, h)
        if lay is not None:
            lay.pages[n](Page(c, size, invisible=True))
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
        if img.width > 1728:
            img = img.resize((1728, round(img.height * 1728 / img.width)), Image.LANCZOS)
        page = Image.new("L", (1728, img.height + 40), 255)
        page.paste(img, ((1728 - img.width) // 2, 40))
        ImageDraw.Draw(page).text((20, 8), f"{when}  DE: {sender}  {lay.fax_name[:24]:<24}  P.{i + 1:02d}/{n:02d}",
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
    """Phone photo of a one-page document."""
    pages = render(pdf, 150, grey=False)
    shots = []
    for img in pages:
        W, H = img.width + 180, img.height + 220
        bg = Image.new("RGB", (W, H), (96, 104, 112))
        bg.paste(img, (90 + rng.randint(-20, 20), 110 + rng.randint(-20, 20)))
        bg = bg.rotate(rng.uniform(-3, 3), resample=Image.BICUBIC, fillcolor=(90, 98, 105))
        a = np.asarray(bg).astype(np.float32)
        yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
        cx, cy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.1, 0.5) * H
        dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / np.hypot(W, H)
        light = 1.05 - 0.55 * dist + 0.08 * (xx / W)
        a = a * light[..., None] * np.array([1.0, 0.97, 0.9], np.float32)
        a += np.random.default_rng(rng.randint(0, 10**9)).normal(0, 4, a.shape)
        shots.append(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7)))
    out = Image.new("RGB", (max(s.width for s in shots), sum(s.height for s in shots)), (90, 98, 105))
    y = 0
    for s in shots:
        out.paste(s, (0, y))
        y += s.height
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=80)
    return buf.getvalue()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="bench/heldout/documents4")
    ap.add_argument("--seed", type=int, default=41)
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    g = Gen(args.seed)
    rng = random.Random(args.seed * 7 + 1)
    for n, make in enumerate(LAYOUTS, 1):
        lay = make(g)
        check(lay)
        stem = f"h4-{n:02d}-{lay.id}"
        state = g.rng.getstate()  # draw functions pick distractors (phones, SIRET...) from g.rng at draw time
        pdf = text_pdf(lay)
        inv = max(f["invoice_date"] for _, f in lay.docs)
        when = f"{inv[8:10]}/{inv[5:7]}/{inv[:4]} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
        files = {f"{stem}.text.pdf": ("text", pdf), f"{stem}.scan.pdf": ("scan", scan_pdf(pdf, rng)),
                 f"{stem}.fax-fine.tif": ("fax-fine", fax_tiff(pdf, lay, rng, True, when))}
        if lay.extra:
            files[f"{stem}.fax-normal.tif"] = ("fax-normal", fax_tiff(pdf, lay, rng, False, when))
        if lay.photo:
            files[f"{stem}.photo.jpg"] = ("photo", photo_jpg(pdf, rng))
        if lay.ocr:  # redraw the text layer with the same random stream, so it matches the image exactly
            after = g.rng.getstate()
            g.rng.setstate(state)
            files[f"{stem}.scan-ocr.pdf"] = ("scan-ocr", scan_pdf(pdf, rng, lay))
            g.rng.setstate(after)
        for name, (rendering, data) in files.items():
            (out / name).write_bytes(data)
            truth = {"file": name, "rendering": rendering, "layout": lay.id,
                     "documents": [{"kind": k, "fields": f} for k, f in lay.docs]}
            (out / f"{name}.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(stem, len(files), "files")


if __name__ == "__main__":
    main()
