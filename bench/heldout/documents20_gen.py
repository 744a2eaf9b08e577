"""cd bench/heldout && ../../.venv/bin/python documents20_gen.py --out documents20 --seed 201

Twentieth blind held-out layout set: ten French tiers-payant documents of everyday practice, each rendered five
ways.

Written blind (without reading parsers/, classifiers/, intake/, workers/, tests/, samples/, bench/*.py other than
the set 4 and 6 generators (whose helpers are COPIED below, nothing is imported from another generator), the module
docstrings of documents10_gen.py .. documents19_gen.py, the import block and README of set 19, one set-4 truth file
and verify_printed.py, or any rendered held-out set), in professions and designs not used by sets 10 to 19. Like
sets 10-19 it is REALISTIC: seven ordinary documents as practice software, a word processor or an establishment
prints them, and three harder ones that a clerk still reads without hesitating.
  1. pharmacie d'officine (FINESS) facture de LOCATION of an electric breast pump in Play (fonts-play):
     drawn cross logo, rental period 'du ... au ...' (care date = the first day of the rental), weekly rental lines
     at the LPP tariff under assurance maternité (AMO 100 % of the tariff), a breast-pump kit priced above the
     tariff (the excess to the AMC), nursing pads not reimbursed (left to the mother), the baby's birth date, the
     prescribing midwife's RPPS and the titular pharmacist's RPPS as distractors, a 150 EUR deposit cheque and
     'dont TVA' amounts as distractor amounts, the device serial number;
  2. ergothérapeute (ADELI) note d'honoraires typed in a word processor, Doulos SIL with an Ecolier (French school
     cursive) signature: home assessment + two sessions, NOT in the AMO nomenclature ('Part Sécurité sociale
     0,00 €'), the mutuelle pays a forfait and the patient the rest, the GP prescriber's RPPS and prescription date,
     the date of the fall and a follow-up call date as distractors, long dates ('14 mai 2025'), addressee block for
     the mutuelle, IBAN footer;
  3. gynécologue (RPPS) in an assistance médicale à la procréation (AMP) centre, secteur 2 OPTAM, Vollkorn: four
     ovulation-monitoring ultrasounds with the cycle day (J8..J13) in the table, AMO 100 % of the base (AMP), a DA
     dépassement per session shared by the AMC and the patient, the PARTNER's name and birth date, the cycle start
     date, the 100 % accord number and date and the planned insemination date as distractors, the centre's FINESS,
     '12.03.2025' dates, 'EUR' amounts;
  4. ophtalmologiste chirurgien secteur 2 OPTAM-CO (RPPS) cataract-surgery fee note in Old Standard TT: BFGA004
     with a large DA (total above 1000, U+202F thousands '1 071,70 €'), the 24 EUR participation forfaitaire
     taken by the AMC ('Part mutuelle (dont participation forfaitaire 24,00 €)'), the clinic's FINESS, the
     anaesthetist's RPPS, the pre-operative consultation date and the second eye's planned date as distractors,
     the AMC's accord number beside the N° AMC;
  5. médecin généraliste PROPHARMACIEN (rural GP allowed to dispense drugs; RPPS) in Averia Sans + Anonymous Pro: one
     invoice with a G consultation section and a dispensed-drugs section (CIP13 codes, 65 % / 30 % rates,
     dispensing fees), section subtotals, 'MONTANT TOTAL / PART RO / PART RC / NET À PAYER', '12.03.25' dates, the
     prefectoral authorisation date and franchise amounts as distractors, N° AM;
  6. chirurgien-dentiste (RPPS) for a CHILD in Tuffy: 'M'T dents' prevention exam (BDC, 100 % AMO) + two fissure
     sealants (60 % / 40 %), the insured parent's NIR and name, the child's name and birth date, the M'T dents
     invitation number and its validity date and the next appointment date as distractors, tooth numbers, N° AM;
  7. opticien (ADELI) facture for CONTACT LENSES in Manrope: high myopia (LPP indication), the annual LPP forfait
     per eye as the AMO base (60 %), an AMC lens forfait, a lens solution not reimbursed, the prescription table
     (spheres, cylinders, radius, diameter), the ophthalmologist's RPPS and ordonnance date, a renewal date,
     'dont TVA 20 %', 'dd/mm/yy' dates, SIRET;
  8. HARDER - pharmacie (FINESS) compression-stocking invoice re-sent as a DUPLICATA, in Tiresias Infofont: a large
     grey diagonal 'DUPLICATA' watermark behind the text, a boxed 'DUPLICATA édité le ... à ...' (a LATER date: the
     truth invoice_date is the original 'Facture du ...'), a drawn 2D-Doc barcode, the measurement date one day
     before delivery (care date = délivrance), the vascular physician's and the titular pharmacist's RPPS as
     distractors;
  9. HARDER - masseur-kinésithérapeute (RPPS) weekend respiratory physiotherapy for TWINS: TWO invoices on ONE A4
     page (upper and lower half, a dashed cut line between them; two documents in the JSON), the same insured
     parent's NIR and the same birth date on both, different first names, numbers, session counts and amounts,
     the prescribing paediatrician's RPPS, '12.03.2025' dates, Clear Sans;
 10. HARDER - médecin généraliste acupuncteur secteur 2 (RPPS) in JetBrains Mono: QZRB001 + DA, the previous and
     next session dates as distractors, long dates; the page was fed UPSIDE DOWN: its scan and both faxes show the
     page rotated 180 degrees (the fax header line, added by the sending machine, stays upright on top); the
     text PDF and the phone photo are upright.

Fonts (all new to the held-out sets, Debian packages to `apt-get install` before running): fonts-play (Play),
fonts-sil-doulos (Doulos SIL), fonts-ecolier-court (Ecolier court), fonts-vollkorn (Vollkorn), fonts-oldstandard
(Old Standard TT), fonts-averia-sans-gwf (Averia Sans GWF), fonts-anonymous-pro (Anonymous Pro), fonts-tuffy (Tuffy),
fonts-manrope (Manrope), fonts-tiresias (Tiresias Infofont), fonts-clear-sans (Clear Sans), fonts-jetbrains-mono
(JetBrains Mono; also the fax header line). All are TrueType (glyf outlines), embedded by reportlab. U+202F thousands
appear only in the Old Standard text (the cataract note); elsewhere NBSP. Every drawn string is checked against its
font's character map.

Every identifier is checksum-valid (distractors too): RPPS Luhn, ADELI / FINESS Luhn, SIRET Luhn, CIP13 EAN, NIR
key (mod 97). Amounts add up (check()). All random values are drawn before drawing, so the page callables are pure.

Renderings, for every layout: <id>.text.pdf (real text layer), <id>.scan.pdf (image-only), <id>.photo.jpg (phone
photo), <id>.fax-fine.tif (G4, 204x196), <id>.fax-normal.tif (G3, 204x98). File ids are neutral: f101..f110 (the
order of the files is not the order above; see FILE_IDS). Each file gets <file>.json ground truth (same format as
sets 4-19).

Ground-truth conventions (as sets 5-19 and DOMAIN.md): care_date = first day of care for a series or a rental
period (pharmacy: the delivery date); for a child beneficiary nir = the insured parent's number printed on the page,
patient_name and patient_birth_date = the child's; rpps/adeli/finess = the invoicer only (FINESS for a pharmacy);
amc_number = the complementary insurer's number, never an accord / prise-en-charge number; a duplicata's
invoice_date is the original invoice date, not the date the duplicata was printed; patient_name = 'LASTNAME
Firstname' with accents as printed; a field not printed is omitted.
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
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from stdnum import ean, luhn
from stdnum.fr import nir as stdnir

# ----------------------------------------------------------------------------------------------- fonts
FONT_ROOT = Path("/usr/share/fonts/truetype")
FONTS = {
    # fonts-play, fonts-oldstandard, fonts-averia-sans-gwf, fonts-anonymous-pro
    "PL": "play/Play-Regular.ttf", "PLB": "play/Play-Bold.ttf",
    "OS": "fonts-oldstandard/OldStandard-Regular.ttf", "OSB": "fonts-oldstandard/OldStandard-Bold.ttf",
    "OSI": "fonts-oldstandard/OldStandard-Italic.ttf",
    "AV": "averia-gwf/AveriaSansGWF-Regular.ttf", "AVB": "averia-gwf/AveriaSansGWF-Bold.ttf",
    "AVI": "averia-gwf/AveriaSansGWF-Italic.ttf",
    "AP": "anonymous-pro/Anonymous Pro.ttf", "APB": "anonymous-pro/Anonymous Pro B.ttf",
    # fonts-sil-doulos, fonts-ecolier-court
    "DO": "doulos/DoulosSIL-Regular.ttf", "EC": "ecolier-court/Ecolier-court.ttf",
    # fonts-vollkorn
    "VK": "vollkorn/Vollkorn-Regular.ttf", "VKB": "vollkorn/Vollkorn-Bold.ttf", "VKI": "vollkorn/Vollkorn-Italic.ttf",
    "VKS": "vollkorn/Vollkorn-SemiBold.ttf",
    # fonts-tuffy
    "TU": "tuffy/Tuffy.ttf", "TUB": "tuffy/Tuffy_Bold.ttf", "TUI": "tuffy/Tuffy_Italic.ttf",
    # fonts-manrope
    "MR": "manrope/Manrope-Regular.ttf", "MRB": "manrope/Manrope-Bold.ttf", "MRL": "manrope/Manrope-Light.ttf",
    "MRS": "manrope/Manrope-SemiBold.ttf",
    # fonts-tiresias
    "TI": "tiresias/tiresias_infofont.ttf", "TIB": "tiresias/tiresias_infofont_bold.ttf",
    "TII": "tiresias/tiresias_infofont_italic.ttf",
    # fonts-clear-sans
    "CS": "clear-sans/ClearSans-Regular.ttf", "CSB": "clear-sans/ClearSans-Bold.ttf",
    "CSM": "clear-sans/ClearSans-Medium.ttf", "CSL": "clear-sans/ClearSans-Light.ttf",
    # fonts-jetbrains-mono
    "JM": "jetbrains-mono/JetBrainsMono-Regular.ttf", "JMB": "jetbrains-mono/JetBrainsMono-Bold.ttf",
    "JML": "jetbrains-mono/JetBrainsMono-Light.ttf",
}
CMAP: dict[str, set[int]] = {}
for _name, _file in FONTS.items():
    _t = TTFont(_name, str(FONT_ROOT / _file))
    pdfmetrics.registerFont(_t)
    CMAP[_name] = set(_t.face.charToGlyph)
FAX_FONT = FONT_ROOT / "jetbrains-mono/JetBrainsMono-Regular.ttf"

NBSP, NNBSP = "\u00a0", "\u202f"
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


# ------------------------------------------------------------------------- identifiers (copied from set 4)
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


def make_cip(rng: random.Random) -> str:
    body = "34009" + digits(rng, 7)
    return body + ean.calc_check_digit(body)


def nir_spaced(n: str) -> str:
    return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"


def siret_spaced(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}"


def phone(rng: random.Random, sep: str = " ", first: str | None = None) -> str:
    return "0" + (first or str(rng.choice([1, 2, 3, 4, 5, 9]))) + sep + sep.join(digits(rng, 2) for _ in range(4))


def iban(rng: random.Random) -> str:
    raw = "FR76" + digits(rng, 23)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def dnum(dept: str) -> str:
    return dept if dept.isdigit() else "20"


def city_of(c: str) -> str:
    return c.split(" ", 1)[1].title().replace("D'", "d'").replace("-Sur-", "-sur-")


# ------------------------------------------------------------------------------------- money and dates
def eur(cents: int, style: str = "eur", sep: str = NBSP) -> str:
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
    if style == "slash2":
        return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
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


# ----------------------------------------------------------------------------- drawing (copied from set 4)
class Page:
    """Top-left-origin helpers on a reportlab canvas, units in mm. Every string is checked against its font."""

    def __init__(self, c: canvas.Canvas, size: tuple[float, float]):
        self.c, self.w, self.h = c, size[0], size[1]

    def t(self, x: float, y: float, s: str, f: str = "AV", size: float = 9.5, align: str = "l", gray: float = 0):
        missing = {ch for ch in s if ord(ch) not in CMAP[f]}
        assert not missing, (f, s, missing)
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

    def width(self, s: str, f: str, size: float) -> float:
        return pdfmetrics.stringWidth(s, f, size) / mm

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.6, gray: float = 0, dash=None):
        self.c.setStrokeGray(gray)
        self.c.setLineWidth(width)
        if dash:
            self.c.setDash(*dash)
        self.c.line(x1 * mm, self.h - y1 * mm, x2 * mm, self.h - y2 * mm)
        self.c.setDash()
        self.c.setStrokeGray(0)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, width: float = 0.6,
             stroke: bool = True, radius: float = 0, gray: float = 0):
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

    def leader(self, x: float, y: float, x2: float, label: str, value: str, f: str, fv: str, size: float = 9.5):
        """'Label ........ value' with a dotted leader, value right-aligned at x2."""
        self.t(x, y, label, f, size)
        lw = self.width(label, f, size)
        vw = self.width(value, fv, size)
        self.line(x + lw + 1.5, y + 0.3, x2 - vw - 1.5, y + 0.3, 0.5, 0.35, dash=(1, 2))
        self.t(x2, y, value, fv, size, "r")

    def table(self, x: float, y: float, widths: list[float], header: list[str], rows: list[list[str]],
              aligns: str, f: str, fh: str, size: float = 8.5, rh: float = 6.0,
              head_fill: float | None = 0.88, grid: bool = True, vlines: bool = True, zebra: float | None = None,
              hsize: float | None = None) -> float:
        total_w = sum(widths)
        rows_all = [header] + rows
        for r, row in enumerate(rows_all):
            top = y + r * rh
            if r == 0 and head_fill is not None:
                self.rect(x, top, total_w, rh, fill=head_fill, stroke=False)
            elif r > 0 and zebra is not None and r % 2 == 0:
                self.rect(x, top, total_w, rh, fill=zebra, stroke=False)
            cx = x
            for i, cell in enumerate(row):
                a = aligns[i]
                tx = cx + 1.5 if a == "l" else (cx + widths[i] - 1.5 if a == "r" else cx + widths[i] / 2)
                self.t(tx, top + rh - 1.8, cell, fh if r == 0 else f, (hsize or size) if r == 0 else size, a)
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

    def rotated(self, x: float, y: float, angle: float, s: str, f: str, size: float, gray: float):
        """Text rotated about (x, y) (a watermark)."""
        assert not {ch for ch in s if ord(ch) not in CMAP[f]}
        c = self.c
        c.saveState()
        c.translate(x * mm, self.h - y * mm)
        c.rotate(angle)
        c.setFillGray(gray)
        c.setFont(f, size)
        c.drawCentredString(0, 0, s)
        c.restoreState()


@dataclass
class Layout:
    id: str
    pages: list  # callables(Page)
    docs: list  # [(kind, fields)]
    fax_name: str = "CABINET"
    flip: bool = False  # scan and faxes upside down (page fed the wrong way)
    extra: dict = field(default_factory=dict)


# ------------------------------------------------------------------------------------------ people
LAST = ["LEMAIRE", "FOUCHER", "DELMAS", "PRÉVOST", "BESNARD", "CHEVALLIER", "GUILLOT", "MAILLARD", "RIVIÈRE",
        "COLLIN", "PERRIN", "BOUVIER", "HUMBERT", "JACQUET", "FLEURY", "MEUNIER", "CARON", "RENAUD", "LECOMTE",
        "GAUTHIER", "TRAN", "BEN AMAR", "KONATÉ", "DUMONT-LÉVY", "LE BIHAN", "FERREIRA", "D'ALMEIDA", "VERDIER",
        "POULAIN", "LAGARDE", "ESNAULT", "MÉNARD", "COURTOIS", "BAILLY", "TEXIER", "GODARD"]
FIRST_F = ["Solène", "Margaux", "Inès", "Bérénice", "Noémie", "Chloé", "Agnès", "Hélène", "Romane", "Léa",
           "Capucine", "Maïwenn", "Françoise", "Ghislaine", "Zoé", "Aurélie", "Lucie", "Mireille"]
FIRST_M = ["Théo", "Maxime", "Benoît", "Gaël", "Loïc", "Hervé", "Joël", "Nathan", "Étienne", "Raphaël", "Antoine",
           "Mathis", "Baptiste", "Thierry", "Noé", "Gérard", "Marcel", "Quentin"]
STREETS = ["rue de la République", "avenue Jean Jaurès", "rue des Tanneurs", "boulevard Victor Hugo",
           "rue du Faubourg Saint-Jean", "allée des Platanes", "rue Pasteur", "place du Marché",
           "rue de la Gare", "avenue du Maréchal Juin", "rue des Écoles", "quai de la Loire", "rue Gambetta"]
CITIES = [("37000", "TOURS", "37"), ("86000", "POITIERS", "86"), ("25000", "BESANÇON", "25"), ("64000", "PAU", "64"),
          ("80000", "AMIENS", "80"), ("42000", "SAINT-ÉTIENNE", "42"), ("56000", "VANNES", "56"),
          ("68100", "MULHOUSE", "68"), ("13200", "ARLES", "13"), ("24000", "PÉRIGUEUX", "24"),
          ("74000", "ANNECY", "74"), ("45000", "ORLÉANS", "45"), ("20000", "AJACCIO", "2A")]
VILLAGES = [("15300", "MURAT", "15"), ("48200", "SAINT-CHÉLY-D'APCHER", "48"), ("04400", "BARCELONNETTE", "04"),
            ("23200", "AUBUSSON", "23")]
MUTUELLES = ["Harmonie Mutuelle", "MGEN", "Malakoff Humanis", "AG2R La Mondiale", "Mutuelle Saint-Christophe",
             "Intériale", "Apivia Mutuelle", "Ociane Matmut", "Mutuelle Entrain", "Mutuelle Just", "Kereis Santé",
             "Groupama Santé", "Mutuelle Générale", "La Mutuelle Verte"]
BIRTH_DEPTS = ["37", "86", "25", "64", "80", "42", "56", "68", "13", "2A", "2B", "99", "75", "93", "971"]


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.avoid: set[str] = set()  # last names already used in the current layout

    def last(self) -> str:
        while True:
            s = self.rng.choice(LAST)
            if s not in self.avoid:
                self.avoid.add(s)
                return s

    def person(self, sex: int | None = None, year: tuple[int, int] = (1945, 2000), last: str | None = None,
               birth: dt.date | None = None):
        r = self.rng
        sex = sex or r.choice([1, 2])
        last = last or self.last()
        first = r.choice(FIRST_F if sex == 2 else FIRST_M)
        birth = birth or dt.date(r.randint(*year), r.randint(1, 12), r.randint(1, 28))
        dept = r.choice(BIRTH_DEPTS)
        if dept in ("2A", "2B") and birth.year < 1976:
            dept = "20"
        if dept == "971":  # overseas: 3-digit department, 2-digit commune
            body = f"{sex}{birth.year % 100:02d}{birth.month:02d}971{r.randint(1, 34):02d}{r.randint(1, 999):03d}"
            nir = body + f"{97 - int(body) % 97:02d}"
        else:
            nir = make_nir(r, sex, birth.year, birth.month, dept)
        return {"sex": sex, "last": last, "first": first, "birth": birth, "nir": nir,
                "civ": "Mme" if sex == 2 else "M.", "norm": f"{last} {first}"}

    def addr(self, places=CITIES):
        r = self.rng
        cp, city, dept = r.choice(places)
        return f"{r.randint(1, 120)} {r.choice(STREETS)}", f"{cp} {city}", dept

    def amc_number(self) -> str:
        return str(self.rng.randint(1, 9)) + digits(self.rng, self.rng.choice([7, 8]))

    def name(self, sex: int | None = None) -> tuple[str, str]:
        sex = sex or self.rng.choice([1, 2])
        first = self.rng.choice(FIRST_F if sex == 2 else FIRST_M)
        return first, self.last()


def F(**kw) -> dict:
    """Ground-truth fields in the usual order, keeping only those given."""
    order = ["rpps", "adeli", "finess", "nir", "patient_name", "patient_birth_date", "invoice_number",
             "invoice_date", "care_date", "total_amount", "amo_amount", "amc_amount", "patient_amount", "amc_number"]
    assert set(kw) <= set(order), set(kw) - set(order)
    out = {}
    for k in order:
        if k in kw and kw[k] is not None:
            v = kw[k]
            if isinstance(v, dt.date):
                v = v.isoformat()
            elif isinstance(v, int) and k.endswith("_amount"):
                v = amt(v)
            out[k] = v
    return out


def cross_logo(p: Page, x: float, y: float, s: float, gray: float = 0.35):
    """A pharmacy cross (filled), top-left at (x, y), size s mm."""
    a = s / 3
    p.rect(x + a, y, a, s, fill=gray, stroke=False)
    p.rect(x, y + a, s, a, fill=gray, stroke=False)


# ------------------------------------------------------------------------------------------- layouts
def l01_pharmacie_tire_lait(g: Gen) -> Layout:
    """Pharmacy breast-pump rental, maternity 100 % of the LPP tariff, kit above the tariff, pads not covered."""
    r = g.rng
    pat = g.person(sex=2, year=(1987, 1999))
    street, city, dept = g.addr()
    finess = make_finess(r, dnum(dept))
    am = f"{dnum(dept)}2{digits(r, 5)}"
    siret = make_siret(r)
    tit, rpps_tit = g.name(), make_rpps(r)
    sf, rpps_sf = g.name(2), make_rpps(r)
    baby = day(r, (2, 9))
    ordo = baby + dt.timedelta(days=r.randint(2, 3))
    start = ordo + dt.timedelta(days=r.randint(0, 2))
    end = start + dt.timedelta(days=27)
    issued = end + dt.timedelta(days=r.randint(0, 1))
    number = f"FA{issued:%y}-{r.randint(10000, 99999)}"
    serial = f"SYM-{digits(r, 7)}"
    cheque = digits(r, 7)
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    tel, fax = phone(r), phone(r)
    name = f"Pharmacie {r.choice(['des Tilleuls', 'du Pont Neuf', 'de la Halle', 'Saint-Éloi'])}"
    lines = [(f"11{digits(r, 5)}", "Tire-lait électrique double, location hebdomadaire", 4, 750, 750),
             (f"11{digits(r, 5)}", "Kit double pompage (téterelles, tubulures)", 1, 2490, 1200),
             ("—", "Coussinets d'allaitement x 6 (non rembours.)", 1, 790, None)]
    lt = [q * u for _, _, q, u, _ in lines]
    la = [q * t if t is not None else 0 for _, _, q, _, t in lines]
    total, amo = sum(lt), sum(la)
    pt = lt[2]
    amc = total - amo - pt
    tva55 = (lt[0] + lt[1]) - round((lt[0] + lt[1]) / 1.055)
    tva20 = lt[2] - round(lt[2] / 1.2)

    def p1(p: Page):
        cross_logo(p, 15, 13, 14, 0.3)
        p.t(33, 18.5, name.upper(), "PLB", 13.5)
        p.t(33, 24, f"{street} — {city}", "PL", 8.5)
        p.t(33, 28.5, f"Tél. {tel}   Fax {fax}", "PL", 8.5)
        p.rect(138, 12, 57, 21, width=0.7, radius=1.5)
        p.t(166.5, 18, "FACTURE", "PLB", 12, "c")
        p.t(141, 24.5, f"N° {number}", "PLB", 9)
        p.t(141, 30, f"Date : {fd(issued)}", "PL", 9)
        p.line(15, 37, 195, 37, 1.2, 0.3)
        p.t(15, 44, "LOCATION DE MATÉRIEL MÉDICAL — ASSURANCE MATERNITÉ", "PLB", 10)
        # patient | prescription
        p.rect(15, 49, 88, 40, width=0.5)
        p.t(18, 54.5, "Assurée / bénéficiaire", "PLB", 8.5, gray=0.3)
        p.t(18, 60.5, f"{pat['civ']} {pat['last']} {pat['first']}", "PLB", 9.5)
        p.t(18, 66, f"Née le {fd(pat['birth'])}", "PL", 8.5)
        p.t(18, 71, f"N° SS : {nir_spaced(pat['nir'])}", "PL", 8.5)
        p.t(18, 76, f"Complémentaire : {mut}", "PL", 8.5)
        p.t(18, 81, f"N° AMC : {amcn}", "PL", 8.5)
        p.t(18, 86, f"Enfant né le {fd(baby)}", "PL", 8.5, gray=0.25)
        p.rect(107, 49, 88, 40, width=0.5)
        p.t(110, 54.5, "Prescription", "PLB", 8.5, gray=0.3)
        p.t(110, 60.5, f"{sf[0]} {sf[1]}, sage-femme", "PL", 8.5)
        p.t(110, 65.5, f"RPPS {rpps_sf}", "PL", 8.5)
        p.t(110, 70.5, f"Ordonnance du {fd(ordo)}", "PL", 8.5)
        p.t(110, 77, f"Appareil n° de série {serial}", "PL", 8.5)
        p.t(110, 82, "Durée prescrite : 4 semaines", "PL", 8.5)
        p.t(15, 97, f"Période de location : du {fd(start)} au {fd(end)} (4 semaines)", "PLB", 9.5)
        rows = [[c, lib, str(q), eur(u, "plain"), eur(t, "plain") if t is not None else "—", eur(x, "plain"),
                 eur(a, "plain")] for (c, lib, q, u, t), x, a in zip(lines, lt, la)]
        y = p.table(15, 102, [18, 78, 9, 19, 18, 19, 19],
                    ["Code LPP", "Désignation", "Qté", "Prix unit.", "Tarif LPP", "Montant", "Part AMO"], rows,
                    "llcrrrr", "PL", "PLB", 7.8, 7, 0.85, hsize=7.6)
        p.t(15, y + 8, f"dont TVA 5,5 % : {eur(tva55)}   —   dont TVA 20 % : {eur(tva20)}", "PL", 7.8, gray=0.3)
        p.t(15, y + 13, f"Caution : chèque n° {cheque} de {eur(15000)} (non encaissé, restitué au retour de "
                        "l'appareil).", "PL", 7.8, gray=0.3)
        bx, by = 112, y + 20
        p.rect(bx, by, 83, 30, fill=0.93, width=0.5)
        for i, (lab, v) in enumerate([("Total TTC", total), ("Part Assurance Maladie (maternité 100 %)", amo),
                                      ("Part complémentaire", amc), ("Reste à votre charge", pt)]):
            p.t(bx + 3, by + 7 + i * 6.5, lab, "PLB" if i in (0, 3) else "PL", 8.5)
            p.t(bx + 80, by + 7 + i * 6.5, eur(v), "PLB" if i in (0, 3) else "PL", 8.5, "r")
        p.t(15, by + 7, "Tiers payant AMO + AMC.", "PL", 8.5)
        p.t(15, by + 12.5, f"Retour de l'appareil prévu le {fd(end + dt.timedelta(days=1))}.", "PL", 8.5)
        p.t(15, by + 18, "Réglé ce jour par carte bancaire : reste à charge.", "PL", 8.5)
        p.line(15, 270, 195, 270, 0.4, 0.5)
        p.t(105, 275, f"{name} — SELAS au capital de 40 000 € — SIRET {siret} — N° FINESS {finess} — N° AM {am}",
            "PL", 6.8, "c")
        p.t(105, 279, f"Pharmacien titulaire : {tit[0]} {tit[1]} — RPPS {rpps_tit} — Inscrit à l'Ordre des "
                      "pharmaciens, section A", "PL", 6.8, "c")

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=start, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("pharmacie-tire-lait", [p1], [("invoice", f)], fax_name=name.upper())


def l02_ergotherapeute(g: Gen) -> Layout:
    """Ergothérapeute (ADELI), home assessment, outside the AMO nomenclature, mutuelle forfait."""
    r = g.rng
    pat = g.person(year=(1936, 1950))
    street, city, dept = g.addr()
    adeli = make_adeli(r, dnum(dept), "94")
    siret = make_siret(r)
    ergo = g.name(2)
    gp, rpps_gp = g.name(1), make_rpps(r)
    fall = day(r, (1, 7))
    ordo = fall + dt.timedelta(days=r.randint(10, 20))
    d1 = ordo + dt.timedelta(days=r.randint(8, 15))
    d2 = d1 + dt.timedelta(days=r.randint(6, 8))
    d3 = d2 + dt.timedelta(days=r.randint(6, 8))
    issued = d3 + dt.timedelta(days=r.randint(1, 3))
    follow = issued + dt.timedelta(days=r.randint(55, 65))
    number = f"{issued.year}-{r.randint(30, 140):03d}"
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    tel, mail_user, ib = phone(r, " ", "6"), ergo[0].lower().replace("é", "e").replace("ë", "e"), iban(r)
    lines = [(d1, "Bilan ergothérapique au domicile (évaluation, mises en situation)", "2 h", 15000),
             (d2, "Séance : essai d'aides techniques (planche de bain, rehausseur)", "1 h", 5500),
             (d3, "Séance : restitution du rapport et préconisations d'aménagement", "1 h", 5500)]
    total = sum(v for *_, v in lines)
    amo = 0
    amc = 15000
    pt = total - amo - amc
    town = city_of(city)

    def p1(p: Page):
        p.t(20, 22, f"{ergo[0]} {ergo[1].title()}", "DO", 16)
        p.t(20, 28, "Ergothérapeute D.E.", "DO", 10.5)
        p.t(20, 33.5, street, "DO", 9.5)
        p.t(20, 38.5, city, "DO", 9.5)
        p.t(20, 43.5, f"{tel} · {mail_user}.ergo@orange.fr", "DO", 9.5)
        p.t(20, 48.5, f"N° ADELI : {adeli}", "DO", 9.5)
        p.t(120, 58, mut, "DO", 10)
        p.t(120, 63, "Service des prestations", "DO", 10)
        p.t(120, 68, "Tiers payant — forfait ergothérapie", "DO", 10)
        p.t(190, 82, f"À {town}, le {fd(issued, 'long')}", "DO", 10, "r")
        p.t(105, 96, f"NOTE D'HONORAIRES N° {number}", "DO", 13, "c")
        p.line(62, 98, 148, 98, 0.5)
        y0 = 110
        kv = [("Bénéficiaire", f"{pat['civ']} {pat['last']} {pat['first']}"),
              ("Né(e) le", fd(pat["birth"], "long")),
              ("N° de sécurité sociale", nir_spaced(pat["nir"])),
              ("Organisme complémentaire", f"{mut} — N° AMC {amcn}"),
              ("Prescription", f"Dr {gp[0]} {gp[1]}, médecin traitant (RPPS {rpps_gp}), le {fd(ordo, 'long')}"),
              ("Motif", f"chute au domicile le {fd(fall, 'long')} ; évaluation de l'autonomie et du logement")]
        for i, (k, v) in enumerate(kv):
            p.t(20, y0 + i * 6, f"{k} :", "DO", 9.5)
            p.t(68, y0 + i * 6, v, "DO", 9.5)
        y = p.table(20, y0 + 42, [32, 106, 12, 20], ["Date", "Prestation", "Durée", "Montant"],
                    [[fd(d, "long"), lib, du, eur(v, sep=NNBSP)] for d, lib, du, v in lines], "llcr", "DO", "DO",
                    8.8, 7, 0.9, vlines=False)
        items = [("Montant total des honoraires", total), ("Part Sécurité sociale (acte hors nomenclature)", amo),
                 ("Prise en charge mutuelle (forfait)", amc), ("Reste à la charge du patient", pt)]
        for i, (lab, v) in enumerate(items):
            p.leader(88, y + 9 + i * 6.5, 190, lab, eur(v, sep=NNBSP), "DO", "DO", 9.5)
        p.t(20, y + 40, "Actes non inscrits à la nomenclature : non remboursés par l'Assurance Maladie.", "DO", 8.5)
        p.t(20, y + 45, "Frais de déplacement inclus (moins de 15 km). TVA non applicable, art. 261-4-1° du CGI.",
            "DO", 8.5)
        p.t(20, y + 50, f"Point de suivi téléphonique prévu le {fd(follow, 'long')}.", "DO", 8.5)
        p.t(130, y + 62, f"{ergo[0]} {ergo[1].title()}", "EC", 17)
        p.line(20, 272, 190, 272, 0.3, 0.4)
        p.t(105, 277, f"SIRET {siret_spaced(siret)} · IBAN {ib}", "DO", 7.5, "c", gray=0.3)
        p.t(105, 281, "Membre d'une association de gestion agréée : règlement par chèque ou virement accepté.", "DO",
            7.5, "c", gray=0.3)

    f = F(adeli=adeli, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=d1, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("ergotherapeute-domicile", [p1], [("invoice", f)], fax_name=f"ERGO {ergo[1]}")


def l03_amp_monitorage(g: Gen) -> Layout:
    """AMP ovulation monitoring: four ultrasounds, AMO 100 % of the base, DA shared by the AMC and the patient."""
    r = g.rng
    pat = g.person(sex=2, year=(1986, 1993))
    partner = g.person(sex=1, year=(1981, 1992))
    street, city, dept = g.addr()
    rpps, am = make_rpps(r), f"{dnum(dept)}1{digits(r, 5)}"
    clinic_finess = make_finess(r, dnum(dept))
    doc = g.name()
    clinic = "Clinique " + r.choice(["Saint-Gatien", "du Parc", "des Augustines", "Jeanne d'Arc"])
    j1 = day(r, (2, 9))
    offs = [7, 9, 11, 12]
    sess = [j1 + dt.timedelta(days=o) for o in offs]
    issued = sess[-1]
    iiu = sess[-1] + dt.timedelta(days=2)
    accord, accord_d = digits(r, 10), j1 - dt.timedelta(days=r.randint(20, 45))
    number = f"AMP-{issued:%Y}-{r.randint(1000, 9999)}"
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    base, da = 3780, 2000
    rows_v = [(d, o + 1, base, da) for d, o in zip(sess, offs)]
    total = sum(b + x for *_, b, x in rows_v)
    amo = sum(b for *_, b, _ in rows_v)
    amc = 5000
    pt = total - amo - amc
    tel = phone(r)

    def p1(p: Page):
        p.rect(0, 0, 8, 297, fill=0.8, stroke=False)
        p.t(20, 17, f"{clinic} — Centre d'Assistance Médicale à la Procréation", "VKI", 9, gray=0.3)
        p.t(20, 26, f"Docteur {doc[0]} {doc[1]}", "VKB", 16)
        p.t(20, 32, "Gynécologie médicale — Médecine de la reproduction", "VK", 10)
        p.t(20, 37, f"Secteur 2 — adhérent OPTAM · RPPS {rpps} · N° AM {am}", "VK", 9)
        p.t(20, 42, f"{street}, {city} · Secrétariat AMP {tel}", "VK", 9)
        p.line(20, 46, 195, 46, 0.8)
        p.t(20, 56, "NOTE D'HONORAIRES", "VKB", 13)
        p.t(195, 54, f"N° {number}", "VKS", 10, "r")
        p.t(195, 59.5, f"Établie le {fd(issued, 'dot4')}", "VK", 10, "r")
        p.t(20, 70, "Patiente", "VKB", 10)
        p.t(20, 76, f"{pat['last']} {pat['first']}", "VKS", 10.5)
        p.t(20, 81.5, f"née le {fd(pat['birth'], 'dot4')}", "VK", 9.5)
        p.t(20, 87, f"NIR {nir_spaced(pat['nir'])}", "VK", 9.5)
        p.t(20, 92.5, f"{mut} — N° AMC {amcn}", "VK", 9.5)
        p.t(115, 70, "Conjoint", "VKB", 10)
        p.t(115, 76, f"{partner['last']} {partner['first']}", "VK", 10)
        p.t(115, 81.5, f"né le {fd(partner['birth'], 'dot4')}", "VK", 9.5)
        p.t(20, 103, f"Accord de prise en charge à 100 % (AMP) n° {accord} du {fd(accord_d, 'dot4')} — "
                     f"cycle débuté le {fd(j1, 'dot4')} (J1)", "VKI", 9)
        rows = [[fd(d, "dot4"), f"J{j}", "Échographie de surveillance de l'ovulation", "JZQJ001",
                 eur(b, "EUR"), eur(x, "EUR"), eur(b + x, "EUR")] for d, j, b, x in rows_v]
        y = p.table(20, 109, [22, 10, 63, 18, 21, 21, 20],
                    ["Date", "Cycle", "Acte", "Code", "Base", "Dépass.", "Total"], rows, "lclcrrr",
                    "VK", "VKB", 8.6, 7, 0.88)
        items = [("Total des honoraires", total), ("Remboursement Assurance Maladie (100 % AMP)", amo),
                 ("Part complémentaire", amc), ("Reste à charge", pt)]
        for i, (lab, v) in enumerate(items):
            p.t(160, y + 10 + i * 6.5, lab, "VKB" if i == 0 else "VK", 10, "r")
            p.t(195, y + 10 + i * 6.5, eur(v, "EUR"), "VKB" if i == 0 else "VK", 10, "r")
        p.t(20, y + 42, f"Déclenchement réalisé le {fd(sess[-1], 'dot4')} ; insémination intra-utérine programmée "
                        f"le {fd(iiu, 'dot4')}.", "VK", 9)
        p.t(20, y + 48, "Dépassement d'honoraires : tact et mesure, information préalable remise (OPTAM).", "VK", 9)
        p.t(20, y + 54, "Tiers payant sur la part obligatoire et la part complémentaire.", "VK", 9)
        p.line(20, 274, 195, 274, 0.4, 0.5)
        p.t(107, 279, f"{clinic} — Centre AMP autorisé par l'ARS — FINESS {clinic_finess}", "VKI", 8, "c", gray=0.3)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=sess[0], total_amount=total, amo_amount=amo, amc_amount=amc,
          patient_amount=pt, amc_number=amcn)
    return Layout("amp-monitorage", [p1], [("invoice", f)], fax_name=f"DR {doc[1]} AMP")


def l04_cataracte(g: Gen) -> Layout:
    """Cataract surgeon secteur 2: BFGA004 + DA, 24 EUR forfait taken by the AMC, total above 1000."""
    r = g.rng
    pat = g.person(year=(1940, 1958))
    street, city, dept = g.addr()
    rpps, am = make_rpps(r), f"{dnum(dept)}1{digits(r, 5)}"
    doc = g.name()
    an, rpps_an = g.name(), make_rpps(r)
    clinic = "Clinique " + r.choice(["de l'Alliance", "Saint-Joseph", "Ambroise Paré", "des Cèdres"])
    clinic_finess = make_finess(r, dnum(dept))
    care = day(r, (2, 9))
    preop = care - dt.timedelta(days=r.randint(20, 40))
    issued = care + dt.timedelta(days=r.randint(0, 1))
    second = care + dt.timedelta(days=r.randint(14, 21))
    number = f"CH{issued:%y}-{r.randint(100, 999)}"
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    accord = f"{issued.year}{digits(r, 6)}"
    base, da = 27170, 80000
    total = base + da
    amo = base - 2400
    amc = 2400 + 65000
    pt = total - amo - amc
    tel = phone(r)
    eye = r.choice(["droit", "gauche"])
    other = "gauche" if eye == "droit" else "droit"

    def p1(p: Page):
        p.t(20, 20, f"Docteur {doc[0]} {doc[1].upper()}", "OSB", 15)
        p.t(20, 26, "Ophtalmologiste — Chirurgie de la cataracte et du segment antérieur", "OS", 10.5)
        p.t(20, 31, "Ancien Chef de Clinique-Assistant des Hôpitaux", "OS", 10)
        p.t(20, 36, f"{street} — {city} — Tél. {tel}", "OS", 10)
        p.t(20, 41, f"RPPS {rpps} — N° AM {am} — Secteur 2, OPTAM-CO", "OS", 10)
        p.t(190, 20, clinic, "OSB", 10, "r")
        p.t(190, 25, "Lieu des interventions", "OS", 9, "r")
        p.t(190, 30, f"FINESS {clinic_finess}", "OS", 9, "r")
        p.line(20, 45, 190, 45, 0.5)
        p.line(20, 46.2, 190, 46.2, 0.5)
        p.t(105, 58, "NOTE D'HONORAIRES — ACTE CHIRURGICAL", "OSB", 13, "c")
        p.t(105, 64, f"N° {number}", "OS", 11, "c")
        kv = [("Patient(e)", f"{pat['civ']} {pat['last']} {pat['first']}"),
              ("Date de naissance", fd(pat["birth"])),
              ("N° d'immatriculation", nir_spaced(pat["nir"])),
              ("Organisme complémentaire", f"{mut} — N° AMC {amcn}"),
              ("Accord de prise en charge", f"n° {accord}")]
        for i, (k, v) in enumerate(kv):
            p.t(20, 76 + i * 6, k, "OS", 10.5)
            p.t(70, 76 + i * 6, v, "OSB" if i == 0 else "OS", 10.5)
        p.t(20, 112, f"Intervention réalisée le {fd(care)} à la {clinic} (chirurgie ambulatoire).", "OS", 10.5)
        p.t(20, 118, f"Consultation pré-opératoire du {fd(preop)}.", "OS", 9.5)
        p.t(20, 123, f"Anesthésie : Dr {an[0]} {an[1]} (RPPS {rpps_an}), honoraires facturés séparément.", "OS", 9.5)
        rows = [["BFGA004", "Extraction extracapsulaire du cristallin", eur(base, sep=NNBSP),
                 eur(da, sep=NNBSP), eur(total, sep=NNBSP)],
                ["", "par phacoémulsification, avec implant", "", "", ""],
                ["", f"de cristallin artificiel — œil {eye}", "", "", ""]]
        y = p.table(20, 130, [20, 82, 21, 25, 22], ["Code CCAM", "Libellé", "Base", "Dépassement", "Honoraires"],
                    rows, "llrrr", "OS", "OSB", 9, 6.5, 0.9, vlines=False)
        items = [("Total des honoraires", total), ("Part Assurance Maladie", amo),
                 ("Part mutuelle (dont participation forfaitaire 24,00 €)", amc),
                 ("Reste à régler par le patient", pt)]
        for i, (lab, v) in enumerate(items):
            p.leader(78, y + 10 + i * 7, 190, lab, eur(v, sep=NNBSP), "OSB" if i == 0 else "OS", "OSB", 10.5)
        p.t(20, y + 44, "Participation forfaitaire de 24 € (actes d'un tarif ≥ 120 €) : prise en charge par la "
                        "complémentaire.", "OS", 9)
        p.t(20, y + 50, f"Intervention de l'œil {other} programmée le {fd(second)}.", "OS", 9)
        p.t(20, y + 56, "Dépassement d'honoraires dans le cadre de l'OPTAM-CO ; devis signé remis au patient.", "OS",
            9)
        p.t(190, y + 70, f"Fait à {city_of(city)}, le {fd(issued, 'long')}", "OS", 10.5, "r")
        p.t(190, y + 77, f"Dr {doc[0][0]}. {doc[1].upper()}", "OSB", 10.5, "r")

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc,
          patient_amount=pt, amc_number=amcn)
    return Layout("cataracte-chirurgien", [p1], [("invoice", f)], fax_name=f"DR {doc[1]} OPH")


def l05_propharmacien(g: Gen) -> Layout:
    """Rural GP propharmacien: consultation + dispensed drugs on one invoice, section subtotals, RO / RC labels."""
    r = g.rng
    pat = g.person(year=(1935, 1962))
    street, city, dept = g.addr(VILLAGES)
    rpps, am = make_rpps(r), f"{dept}1{digits(r, 5)}"
    doc = g.name()
    arrete = dt.date(r.randint(2008, 2018), r.randint(1, 12), r.randint(1, 28))
    care = day(r, (2, 10))
    issued = care
    number = f"{issued:%y%m}{r.randint(100, 999)}"
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    drugs = [(make_cip(r), "AMOXICILLINE 1G CPR DISP B/6", 2, 253, 65),
             (make_cip(r), "PARACETAMOL 1000MG CPR B/8", 1, 216, 65),
             (make_cip(r), "CARBOCISTEINE 5% SIROP FL 250ML", 1, 198, 30),
             ("HD", "Honoraire de dispensation (par boîte)", 4, 102, 70),
             ("HO", "Honoraire d'ordonnance", 1, 51, 70)]
    acts = [("G", "Consultation de médecine générale", 1, 3000, 70)]
    dl = [q * u for _, _, q, u, _ in drugs]
    da = [pct(q * u, t / 100) for _, _, q, u, t in drugs]
    cl = [q * u for _, _, q, u, _ in acts]
    ca = [pct(q * u, t / 100) for _, _, q, u, t in acts]
    total = sum(dl) + sum(cl)
    amo = sum(da) + sum(ca)
    amc = total - amo
    pt = 0
    tel = phone(r, ".", "4" if dept == "04" else str(r.choice([4, 5])))
    town = city_of(city)

    def p1(p: Page):
        p.rect(15, 12, 180, 26, fill=0.92, stroke=False)
        p.t(19, 19, f"CABINET MÉDICAL DE {city.split(' ', 1)[1]}", "AVB", 12)
        p.t(19, 25, f"Dr {doc[0]} {doc[1]} — Médecin généraliste — Médecin propharmacien", "AV", 9)
        p.t(19, 30, f"{street}, {city} — Tél. {tel}", "AV", 8.5)
        p.t(19, 35, f"Autorisation de propharmacie : arrêté préfectoral du {fd(arrete, 'dot2')}", "AV", 8, gray=0.3)
        p.t(191, 19, "FACTURE", "AVB", 12, "r")
        p.t(191, 25, f"N° {number}", "AV", 9.5, "r")
        p.t(191, 30, f"Date : {fd(issued, 'dot2')}", "AV", 9.5, "r")
        p.t(15, 47, "PATIENT", "AVB", 9)
        p.t(45, 47, f"{pat['last']} {pat['first']}", "AVB", 9.5)
        p.t(120, 47, f"Né(e) le {fd(pat['birth'], 'dot2')}", "AV", 9)
        p.t(15, 53, "N° SS", "AVB", 9)
        p.t(45, 53, nir_spaced(pat["nir"]), "AP", 9)
        p.t(15, 59, "MUTUELLE", "AVB", 9)
        p.t(45, 59, f"{mut}   N° AMC {amcn}", "AV", 9)
        p.t(15, 65, "SOINS DU", "AVB", 9)
        p.t(45, 65, fd(care, "dot2"), "AV", 9.5)
        p.t(15, 76, "1. Honoraires médicaux", "AVB", 10)
        y = p.table(15, 79, [22, 98, 12, 24, 24],
                    ["Code", "Libellé", "Taux", "Montant €", "Part RO €"],
                    [[c, lib, f"{t} %", eur(x, "plain"), eur(a, "plain")] for (c, lib, q, u, t), x, a
                     in zip(acts, cl, ca)], "llcrr", "AV", "AVB", 8.5, 6.5, 0.86)
        p.t(191, y + 5, f"Sous-total honoraires : {eur(sum(cl))}", "AV", 8.5, "r")
        p.t(15, y + 14, "2. Médicaments délivrés (propharmacie)", "AVB", 10)
        y = p.table(15, y + 17, [30, 66, 10, 14, 12, 24, 24],
                    ["CIP / code", "Désignation", "Qté", "P.U.", "Taux", "Montant €", "Part RO €"],
                    [[c, lib, str(q), eur(u, "plain"), f"{t} %", eur(x, "plain"), eur(a, "plain")]
                     for (c, lib, q, u, t), x, a in zip(drugs, dl, da)], "llcrcrr", "AP", "AVB", 7.8, 6.5, 0.86,
                    hsize=8.2)
        p.t(191, y + 5, f"Sous-total médicaments : {eur(sum(dl))}", "AV", 8.5, "r")
        by = y + 13
        p.rect(110, by, 85, 30, width=0.8)
        for i, (lab, v) in enumerate([("MONTANT TOTAL", total), ("PART RO", amo), ("PART RC", amc),
                                      ("NET À PAYER", pt)]):
            p.t(114, by + 7 + i * 6.5, lab, "AVB" if i in (0, 3) else "AV", 9.5)
            p.t(191, by + 7 + i * 6.5, eur(v), "AVB" if i in (0, 3) else "AV", 9.5, "r")
        p.t(15, by + 7, "RO : régime obligatoire", "AV", 8, gray=0.3)
        p.t(15, by + 12, "RC : régime complémentaire", "AV", 8, gray=0.3)
        p.t(15, by + 17, "Dispense d'avance des frais (tiers payant).", "AV", 8, gray=0.3)
        p.t(15, by + 40, f"Franchises médicales ({eur(100)} par boîte) et participation forfaitaire ({eur(200)}) : "
                         "recouvrées ultérieurement par votre caisse.", "AVI", 8)
        p.t(15, by + 45, "Pas de pharmacie d'officine dans la commune : délivrance par le médecin autorisé.", "AVI", 8)
        p.line(15, 275, 195, 275, 0.4)
        p.t(105, 280, f"Dr {doc[0]} {doc[1]} · RPPS {rpps} · N° AM {am} · Conventionné secteur 1 · {town}", "AV", 7.5,
            "c")

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc,
          patient_amount=pt, amc_number=amcn)
    return Layout("generaliste-propharmacien", [p1], [("invoice", f)], fax_name=f"CAB MED {doc[1]}")


def l06_dentiste_mtdents(g: Gen) -> Layout:
    """Dentist, child: M'T dents exam (100 %) + two sealants (60 / 40), insured parent's NIR."""
    r = g.rng
    parent = g.person(year=(1982, 1992))
    care = day(r, (2, 10))
    child_birth = dt.date(care.year - 6, r.randint(1, 12), r.randint(1, 28))
    if child_birth > care.replace(year=care.year - 6):
        child_birth = child_birth.replace(year=care.year - 7)
    child = {"last": parent["last"], "first": r.choice(FIRST_F + FIRST_M), "birth": child_birth}
    child["norm"] = f"{child['last']} {child['first']}"
    street, city, dept = g.addr()
    rpps, am = make_rpps(r), f"{dnum(dept)}4{digits(r, 5)}"
    doc = g.name()
    issued = care
    number = f"{r.randint(10000, 99999)}"
    invit = digits(r, 11)
    valid = dt.date(child_birth.year + 7, child_birth.month, child_birth.day)
    nxt = care + dt.timedelta(days=r.randint(170, 200))
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    sealant = 2169
    teeth = r.choice([("36", "46"), ("26", "36"), ("16", "46")])
    acts = [("BDC", "Examen bucco-dentaire de prévention (M'T dents)", "—", 3000, 100),
            ("HBBD005", "Scellement prophylactique des sillons", teeth[0], sealant, 60),
            ("HBBD005", "Scellement prophylactique des sillons", teeth[1], sealant, 60)]
    total = sum(a[3] for a in acts)
    amo = sum(pct(a[3], a[4] / 100) for a in acts)
    amc = total - amo
    pt = 0
    tel = phone(r)

    def p1(p: Page):
        p.t(15, 20, f"Dr {doc[0]} {doc[1]}", "TUB", 15)
        p.t(15, 26, "Chirurgien-dentiste — Omnipratique et soins aux enfants", "TU", 9.5)
        p.t(15, 31, f"{street} · {city}", "TU", 9)
        p.t(15, 36, f"Tél. {tel}", "TU", 9)
        p.t(195, 20, f"RPPS {rpps}", "TU", 9, "r")
        p.t(195, 25, f"N° AM {am}", "TU", 9, "r")
        p.line(15, 41, 195, 41, 1.0, 0.2)
        p.t(15, 52, f"Facture n° {number}", "TUB", 12)
        p.t(195, 52, f"le {fd(issued)}", "TU", 10.5, "r")
        p.rect(15, 58, 180, 34, fill=0.95, width=0.4, radius=2)
        p.t(19, 65, "Patient", "TUB", 9.5)
        p.t(60, 65, f"{child['last']} {child['first']}", "TUB", 10)
        p.t(19, 71, "Date de naissance", "TU", 9.5)
        p.t(60, 71, fd(child["birth"]), "TU", 9.5)
        p.t(19, 77, "Assuré(e)", "TU", 9.5)
        p.t(60, 77, f"{parent['civ']} {parent['last']} {parent['first']} — N° SS {nir_spaced(parent['nir'])}", "TU",
            9.5)
        p.t(19, 83, "Mutuelle", "TU", 9.5)
        p.t(60, 83, f"{mut} — N° AMC {amcn}", "TU", 9.5)
        p.t(19, 89, "Examen M'T dents", "TU", 9.5)
        p.t(60, 89, f"invitation n° {invit}, valable jusqu'au {fd(valid)}", "TU", 9.5)
        rows = [[fd(care), c, lib, tooth, eur(v), f"{rate} %"] for c, lib, tooth, v, rate in acts]
        y = p.table(15, 100, [24, 20, 82, 14, 24, 16], ["Date", "Code", "Acte", "Dent", "Honoraires", "Taux AMO"],
                    rows, "lllcrc", "TU", "TUB", 8.8, 7, 0.86)
        items = [("Total", total), ("Part Assurance Maladie", amo), ("Part complémentaire", amc),
                 ("Reste à payer", pt)]
        for i, (lab, v) in enumerate(items):
            p.t(155, y + 10 + i * 6.5, lab, "TUB" if i == 0 else "TU", 10, "r")
            p.t(195, y + 10 + i * 6.5, eur(v), "TUB" if i == 0 else "TU", 10, "r")
        p.t(15, y + 10, "Examen de prévention pris en charge à 100 %,", "TUI", 8.5)
        p.t(15, y + 15, "sans avance de frais.", "TUI", 8.5)
        p.t(15, y + 45, f"Prochain rendez-vous de contrôle : {fd(nxt)}.", "TU", 9)
        p.t(15, y + 51, "Brossage deux fois par jour avec un dentifrice fluoré adapté à l'âge de l'enfant.", "TU", 9)

    f = F(rpps=rpps, nir=parent["nir"], patient_name=child["norm"], patient_birth_date=child["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("dentiste-mtdents-enfant", [p1], [("invoice", f)], fax_name=f"DR {doc[1]} DENT")


def l07_opticien_lentilles(g: Gen) -> Layout:
    """Optician contact lenses: LPP annual forfait per eye at 60 %, AMC lens forfait, solution not covered."""
    r = g.rng
    pat = g.person(year=(1972, 2001))
    street, city, dept = g.addr()
    adeli = make_adeli(r, dnum(dept), "28")
    siret = make_siret(r)
    oph, rpps_oph = g.name(), make_rpps(r)
    care = day(r, (2, 10))
    ordo = care - dt.timedelta(days=r.randint(30, 150))
    issued = care
    renew = care + dt.timedelta(days=365)
    number = f"F{issued.year}{r.randint(10000, 99999)}"
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    shop = f"Optique {r.choice(['Lumière', 'du Beffroi', 'Horizon', 'des Halles'])}"
    lpp = f"2{digits(r, 6)}"
    box = 3490
    lines = [(lpp, "Lentilles mensuelles silicone-hydrogel, boîte de 6", "OD", 2, box),
             (lpp, "Lentilles mensuelles silicone-hydrogel, boîte de 6", "OG", 2, box),
             ("—", "Solution multifonction 2 x 360 ml (non remboursable)", "", 1, 1990)]
    lt = [q * u for *_, q, u in lines]
    total = sum(lt)
    base = 2 * 3948
    amo = pct(base, 0.60)
    amc = 8000
    pt = total - amo - amc
    tva = total - round(total / 1.2)
    tel = phone(r)
    sph = (r.choice([-850, -875, -900, -925]), r.choice([-825, -900, -950]))

    def dio(v: int) -> str:
        return f"{'-' if v < 0 else '+'}{abs(v) // 100},{abs(v) % 100:02d}"

    def p1(p: Page):
        p.t(15, 20, shop, "MRB", 17)
        p.t(15, 26, "Opticien-lunetier · Contactologie", "MRL", 9.5)
        p.t(15, 31, f"{street}, {city} · {tel}", "MR", 8.5)
        p.rect(130, 12, 65, 24, fill=0.1, stroke=False, radius=2)
        p.c.setFillGray(1)
        p.c.setFont("MRB", 12)
        p.c.drawString(134 * mm, p.h - 20 * mm, "FACTURE")
        p.c.setFont("MR", 9)
        p.c.drawString(134 * mm, p.h - 26 * mm, f"N° {number}")
        p.c.drawString(134 * mm, p.h - 31.5 * mm, f"Date : {fd(issued, 'slash2')}")
        p.c.setFillGray(0)
        p.t(15, 46, "CLIENT", "MRS", 8, gray=0.4)
        p.t(15, 52, f"{pat['last']} {pat['first']}", "MRB", 10.5)
        p.t(15, 57.5, f"Date de naissance : {fd(pat['birth'], 'slash2')}", "MR", 9)
        p.t(15, 63, f"N° sécurité sociale : {nir_spaced(pat['nir'])}", "MR", 9)
        p.t(15, 68.5, f"Complémentaire : {mut}", "MR", 9)
        p.t(15, 74, f"N° AMC : {amcn}", "MR", 9)
        p.t(112, 46, "PRESCRIPTION", "MRS", 8, gray=0.4)
        p.t(112, 52, f"Dr {oph[0]} {oph[1]}, ophtalmologiste", "MR", 9)
        p.t(112, 57.5, f"RPPS {rpps_oph}", "MR", 9)
        p.t(112, 63, f"Ordonnance du {fd(ordo, 'slash2')}", "MR", 9)
        p.t(112, 68.5, "Indication LPP : myopie forte (≥ 8 dioptries)", "MR", 9)
        p.table(112, 77, [14, 19, 17, 16, 17], ["", "Sphère", "Cylindre", "Rayon", "Diam."],
                [["OD", dio(sph[0]), "-0,75", "8,60", "14,20"], ["OG", dio(sph[1]), "-0,50", "8,60", "14,20"]],
                "ccccc", "MR", "MRS", 8, 5.5, 0.9)
        p.t(15, 103, f"Date de délivrance : {fd(care, 'slash2')}", "MRS", 9.5)
        rows = [[c, lib, e, str(q), eur(u), eur(x)] for (c, lib, e, q, u), x in zip(lines, lt)]
        y = p.table(15, 108, [20, 88, 12, 10, 24, 26], ["Code LPP", "Désignation", "Œil", "Qté", "P.U. TTC",
                                                        "Montant TTC"], rows, "llccrr", "MR", "MRS", 8.5, 7.5, None,
                    vlines=False, zebra=0.95)
        p.t(15, y + 8, f"Base de remboursement : forfait annuel lentilles {eur(3948)} par œil, soit {eur(base)}.",
            "MR", 8.5)
        p.t(15, y + 13, f"dont TVA 20 % : {eur(tva)}", "MR", 8.5, gray=0.35)
        items = [("Total TTC", total), ("Part AMO", amo), ("Part AMC (forfait lentilles)", amc),
                 ("Reste à charge", pt)]
        for i, (lab, v) in enumerate(items):
            yy = y + 22 + i * 7.5
            if i == 0:
                p.rect(110, yy - 5.5, 85, 7.5, fill=0.9, stroke=False)
            p.t(113, yy, lab, "MRB" if i == 0 else "MR", 9.5)
            p.t(192, yy, eur(v), "MRB" if i == 0 else "MR", 9.5, "r")
        p.t(15, y + 60, f"Renouvellement conseillé avant le {fd(renew, 'slash2')}. Port maximal recommandé : "
                        "12 heures par jour.", "MRL", 8.5)
        p.line(15, 274, 195, 274, 0.3, 0.5)
        p.t(105, 279, f"{shop} — SARL — SIRET {siret} — N° ADELI {adeli} — TVA intracom. FR{digits_from(siret)}",
            "MRL", 7, "c")

    f = F(adeli=adeli, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("opticien-lentilles", [p1], [("invoice", f)], fax_name=shop.upper())


def digits_from(siret: str) -> str:
    """French intra-community VAT number of a SIREN: FR + key + SIREN."""
    siren = int(siret[:9])
    return f"{(12 + 3 * (siren % 97)) % 97:02d}{siret[:9]}"


def l08_contention_duplicata(g: Gen) -> Layout:
    """HARDER: pharmacy compression stockings re-sent as a DUPLICATA (watermark, later print date, 2D-Doc)."""
    r = g.rng
    pat = g.person(year=(1944, 1975))
    street, city, dept = g.addr()
    finess = make_finess(r, dnum(dept))
    am = f"{dnum(dept)}2{digits(r, 5)}"
    tit, rpps_tit = g.name(), make_rpps(r)
    mv, rpps_mv = g.name(), make_rpps(r)
    care = day(r, (2, 8))
    ordo = care - dt.timedelta(days=r.randint(3, 20))
    measure = care - dt.timedelta(days=1)
    issued = care
    dup = care + dt.timedelta(days=r.randint(35, 60))
    dup_time = f"{r.randint(9, 17)}:{r.randint(0, 59):02d}"
    number = f"{r.randint(100, 999)}-{digits(r, 6)}"
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    name = "Pharmacie " + r.choice(["Mutualiste", "des Remparts", "de l'Hôtel de Ville", "Principale"])
    size = r.choice(["2", "3", "4"])
    code = f"12{digits(r, 5)}"
    lines = [(code, f"Bas de contention classe II (15-20 mmHg), jarret, taille {size} normal, paire", 2, 4250, 2240)]
    total = sum(q * u for _, _, q, u, _ in lines)
    base = sum(q * t for _, _, q, _, t in lines)
    amo = pct(base, 0.60)
    amc = 5000
    pt = total - amo - amc
    matrix = [[r.random() < 0.5 for _ in range(20)] for _ in range(20)]
    tel = phone(r)

    def p1(p: Page):
        p.rotated(105, 175, 38, "DUPLICATA", "TIB", 90, 0.86)
        cross_logo(p, 15, 12, 12, 0.45)
        p.t(31, 17, name, "TIB", 13)
        p.t(31, 22.5, f"{street} — {city}", "TI", 8.5)
        p.t(31, 27, f"Tél. {tel} — FINESS {finess} — N° AM {am}", "TI", 8.5)
        p.rect(132, 10, 63, 20, width=1.2, gray=0.2)
        p.t(163.5, 17, "DUPLICATA", "TIB", 12, "c", gray=0.2)
        p.t(163.5, 22.5, f"édité le {fd(dup)} à {dup_time}", "TI", 8.5, "c", gray=0.2)
        p.t(163.5, 27, "ne vaut pas second paiement", "TII", 7.5, "c", gray=0.2)
        p.t(15, 44, f"FACTURE N° {number}", "TIB", 12)
        p.t(15, 50, f"Facture du {fd(issued)}", "TI", 10)
        p.t(15, 62, "Patient :", "TIB", 9.5)
        p.t(50, 62, f"{pat['last']} {pat['first']}", "TI", 9.5)
        p.t(15, 68, "Né(e) le :", "TIB", 9.5)
        p.t(50, 68, fd(pat["birth"]), "TI", 9.5)
        p.t(15, 74, "N° SS :", "TIB", 9.5)
        p.t(50, 74, nir_spaced(pat["nir"]), "TI", 9.5)
        p.t(15, 80, "Mutuelle :", "TIB", 9.5)
        p.t(50, 80, f"{mut} — N° AMC {amcn}", "TI", 9.5)
        p.t(15, 86, "Prescripteur :", "TIB", 9.5)
        p.t(50, 86, f"Dr {mv[0]} {mv[1]}, médecin vasculaire — RPPS {rpps_mv} — ordonnance du {fd(ordo)}", "TI", 9)
        p.t(15, 95, f"Mesures prises le {fd(measure)}", "TI", 9.5)
        p.t(15, 101, f"Date de délivrance : {fd(care)}", "TIB", 9.5)
        rows = [[c, lib, str(q), eur(u), eur(t), eur(q * u)] for c, lib, q, u, t in lines]
        y = p.table(15, 107, [20, 96, 10, 18, 18, 18], ["LPP", "Désignation", "Qté", "Prix", "Tarif", "Montant"],
                    rows, "llcrrr", "TI", "TIB", 7.6, 7, 0.86)
        items = [("Montant TTC", total), ("Part obligatoire (60 % du tarif LPP)", amo), ("Part mutuelle", amc),
                 ("Reste dû", pt)]
        for i, (lab, v) in enumerate(items):
            p.t(160, y + 10 + i * 6.5, lab, "TIB" if i == 0 else "TI", 9.5, "r")
            p.t(195, y + 10 + i * 6.5, eur(v), "TIB" if i == 0 else "TI", 9.5, "r")
        p.t(15, y + 45, "Tiers payant AMO et AMC. Reste dû réglé en espèces le jour de la délivrance.", "TI", 8.5)
        p.t(15, y + 50, "Duplicata établi à la demande de l'organisme complémentaire (facture non reçue).", "TII", 8.5)
        x0, y0, cell = 165, 238, 1.3
        for i, row in enumerate(matrix):
            for j, on in enumerate(row):
                edge = j == 0 or i == 19 or (i == 0 and j % 2 == 0) or (j == 19 and i % 2 == 1)
                if on or edge:
                    p.rect(x0 + j * cell, y0 + i * cell, cell, cell, fill=0, stroke=False)
        p.t(178, 267, "2D-Doc", "TI", 7, "c", gray=0.3)
        p.t(15, 275, f"Pharmacien titulaire : {tit[0]} {tit[1]} — RPPS {rpps_tit}", "TI", 7.5, gray=0.3)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("pharmacie-contention-duplicata", [p1], [("invoice", f)], fax_name=name.upper())


def l09_kine_jumeaux(g: Gen) -> Layout:
    """HARDER: respiratory physiotherapy for twins, two invoices on one A4 page (two documents)."""
    r = g.rng
    parent = g.person(year=(1984, 1994))
    street, city, dept = g.addr()
    rpps, am = make_rpps(r), f"{dnum(dept)}7{digits(r, 5)}"
    kine = g.name()
    ped, rpps_ped = g.name(), make_rpps(r)
    sat = day(r, (1, 3))
    sat += dt.timedelta(days=(5 - sat.weekday()) % 7)
    twins_birth = dt.date(sat.year - r.choice([2, 3]), r.randint(1, 12), r.randint(1, 28))
    firsts = r.sample(FIRST_F + FIRST_M, 2)
    ordo = sat - dt.timedelta(days=r.randint(1, 2))
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    base_n = r.randint(1200, 4800)
    amk = 1720
    tel = phone(r, " ", "6")
    kids = []
    for k, (first, n_sess) in enumerate(zip(firsts, [2, 3])):
        sess = [sat + dt.timedelta(days=i) for i in range(n_sess)]
        total = amk * n_sess
        amo = pct(total, 0.60)
        kids.append({"first": first, "sess": sess, "number": f"{sat:%y}-{base_n + k:05d}", "issued": sess[-1],
                     "total": total, "amo": amo, "amc": total - amo, "pt": 0})

    def half(p: Page, y0: float, kid: dict):
        p.t(15, y0 + 8, f"{kine[0]} {kine[1]} — Masseur-kinésithérapeute", "CSB", 11)
        p.t(15, y0 + 13, f"{street}, {city} · {tel} · RPPS {rpps} · N° AM {am}", "CS", 8)
        p.t(15, y0 + 17.5, "Réseau bronchiolite — cabinet de garde du week-end", "CSL", 8)
        p.t(195, y0 + 8, f"FACTURE N° {kid['number']}", "CSB", 11, "r")
        p.t(195, y0 + 13, f"du {fd(kid['issued'], 'dot4')}", "CS", 9, "r")
        p.line(15, y0 + 21, 195, y0 + 21, 0.5, 0.4)
        p.t(15, y0 + 28, "Patient", "CSM", 8.5, gray=0.35)
        p.t(40, y0 + 28, f"{parent['last']} {kid['first']}", "CSB", 9.5)
        p.t(100, y0 + 28, f"né(e) le {fd(twins_birth, 'dot4')}", "CS", 9)
        p.t(15, y0 + 34, "Assuré(e)", "CSM", 8.5, gray=0.35)
        p.t(40, y0 + 34, f"{parent['civ']} {parent['last']} {parent['first']}", "CS", 9)
        p.t(100, y0 + 34, f"NIR {nir_spaced(parent['nir'])}", "CS", 9)
        p.t(15, y0 + 40, "Mutuelle", "CSM", 8.5, gray=0.35)
        p.t(40, y0 + 40, f"{mut} — N° AMC {amcn}", "CS", 9)
        p.t(15, y0 + 46, "Prescription", "CSM", 8.5, gray=0.35)
        p.t(40, y0 + 46, f"Dr {ped[0]} {ped[1]}, pédiatre — RPPS {rpps_ped} — le {fd(ordo, 'dot4')}", "CS", 9)
        rows = [[f"{WEEKDAYS[d.weekday()]} {fd(d, 'dot4')}", "AMK 8", "Kinésithérapie respiratoire (désencombrement)",
                 eur(amk)] for d in kid["sess"]]
        y = p.table(15, y0 + 51, [36, 20, 99, 25], ["Séance", "Cotation", "Acte", "Montant"], rows, "lclr", "CS",
                    "CSB", 8.5, 6, 0.9, vlines=False)
        for i, (lab, v) in enumerate([("Total", kid["total"]), ("Part AMO (60 %)", kid["amo"]),
                                      ("Part AMC (40 %)", kid["amc"]), ("Reste à charge", kid["pt"])]):
            p.t(165, y + 6 + i * 5, lab, "CSB" if i == 0 else "CS", 9, "r")
            p.t(195, y + 6 + i * 5, eur(v), "CSB" if i == 0 else "CS", 9, "r")
        p.t(15, y + 6, "Tiers payant intégral.", "CS", 8)

    def p1(p: Page):
        half(p, 5, kids[0])
        p.line(8, 148.5, 202, 148.5, 0.6, 0.4, dash=(4, 3))
        p.t(105, 147.5, "découper selon le pointillé", "CSL", 6.5, "c", gray=0.4)
        half(p, 152, kids[1])

    docs = [("invoice", F(rpps=rpps, nir=parent["nir"], patient_name=f"{parent['last']} {k['first']}",
                          patient_birth_date=twins_birth, invoice_number=k["number"], invoice_date=k["issued"],
                          care_date=k["sess"][0], total_amount=k["total"], amo_amount=k["amo"],
                          amc_amount=k["amc"], patient_amount=k["pt"], amc_number=amcn)) for k in kids]
    return Layout("kine-jumeaux-2-factures", [p1], docs, fax_name=f"KINE {kine[1]}")


def l10_acupuncteur(g: Gen) -> Layout:
    """HARDER: GP acupuncturist secteur 2, page fed upside down (scan and faxes rotated 180 degrees)."""
    r = g.rng
    pat = g.person(year=(1958, 1992))
    street, city, dept = g.addr()
    rpps, am = make_rpps(r), f"{dnum(dept)}1{digits(r, 5)}"
    doc = g.name()
    care = day(r, (2, 10))
    issued = care
    prev = care - dt.timedelta(days=14)
    nxt = care + dt.timedelta(days=14)
    number = f"{issued.year}/{r.randint(100, 999)}"
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    base, da = 1800, 3200
    total = base + da
    amo = pct(base, 0.70)
    amc = 2500
    pt = total - amo - amc
    tel = phone(r)

    def p1(p: Page):
        p.t(15, 18, f"Dr {doc[0]} {doc[1]}", "JMB", 13)
        p.t(15, 23.5, "Médecine générale - Acupuncture (capacité)", "JM", 8.5)
        p.t(15, 28, f"{street}", "JM", 8.5)
        p.t(15, 32.5, f"{city}", "JM", 8.5)
        p.t(15, 37, f"Tél. {tel}", "JM", 8.5)
        p.t(195, 18, "Secteur 2", "JM", 8.5, "r")
        p.t(195, 23, f"RPPS {rpps}", "JM", 8.5, "r")
        p.t(195, 28, f"AM {am}", "JM", 8.5, "r")
        p.t(15, 52, f"FACTURE n° {number}", "JMB", 11)
        p.t(195, 52, f"{city_of(city)}, le {fd(issued, 'long')}", "JM", 9, "r")
        p.line(15, 55, 195, 55, 0.5)
        kv = [("Patient", f"{pat['last']} {pat['first']}"), ("Date de naissance", fd(pat["birth"], "long")),
              ("Immatriculation", nir_spaced(pat["nir"])), ("Complémentaire", f"{mut}"), ("N° AMC", amcn)]
        for i, (k, v) in enumerate(kv):
            p.t(15, 64 + i * 5.5, f"{k:<18}: {v}", "JM", 9)
        p.t(15, 97, f"Séance d'acupuncture du {fd(care, 'long')} (3e séance d'un cycle de 5 ;", "JM", 9)
        p.t(15, 102, f"séance précédente le {fd(prev, 'long')}).", "JM", 9)
        y = p.table(15, 108, [24, 86, 22, 24, 24], ["Code", "Acte", "Base", "Dépass.", "Honoraires"],
                    [["QZRB001", "Séance d'acupuncture", eur(base), eur(da), eur(total)]], "llrrr", "JM", "JMB", 8.5,
                    7, 0.9)
        for i, (lab, v) in enumerate([("Total honoraires", total), ("Remb. Assurance Maladie (70 %)", amo),
                                      ("Remb. complémentaire", amc), ("À votre charge", pt)]):
            p.t(15 + 95, y + 10 + i * 6, f"{lab:<31}{eur(v):>10}", "JMB" if i == 0 else "JM", 9)
        p.t(15, y + 42, f"Prochaine séance : {fd(nxt, 'long')}.", "JM", 9)
        p.t(15, y + 48, "Dépassement d'honoraires : information préalable remise au patient.", "JM", 8.5)
        p.t(15, y + 53, "Tiers payant AMO + AMC ; reste à charge réglé par chèque.", "JM", 8.5)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc,
          patient_amount=pt, amc_number=amcn)
    return Layout("acupuncteur-page-retournee", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}", flip=True)


LAYOUTS = [l01_pharmacie_tire_lait, l02_ergotherapeute, l03_amp_monitorage, l04_cataracte, l05_propharmacien,
           l06_dentiste_mtdents, l07_opticien_lentilles, l08_contention_duplicata, l09_kine_jumeaux, l10_acupuncteur]
# neutral file id -> layout number (1-based index into LAYOUTS)
FILE_IDS = {"f101": 5, "f102": 9, "f103": 1, "f104": 10, "f105": 3, "f106": 7, "f107": 2, "f108": 8, "f109": 4,
            "f110": 6}


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
        n = f["nir"]
        assert stdnir.is_valid(n), n
        assert n[0] in "12" and 1 <= int(n[3:5]) <= 12 and len(n) == 15
        num = int(n[:13].replace("2A", "19").replace("2B", "18"))
        assert int(n[13:]) == 97 - num % 97
        c = {k: int(f[k].replace(".", "")) for k in ("total_amount", "amo_amount", "amc_amount", "patient_amount")}
        assert c["total_amount"] == c["amo_amount"] + c["amc_amount"] + c["patient_amount"], (lay.id, c)
        assert all(v >= 0 for v in c.values()), (lay.id, c)
        assert f["amc_number"].isdigit() and len(f["amc_number"]) in (8, 9), f["amc_number"]
        assert f["patient_name"].split(" ")[0].replace("-", "").replace("'", "").isupper()
        assert kind == "invoice" and f["care_date"] <= f["invoice_date"], lay.id
        assert f["patient_birth_date"] < f["care_date"]


# ---------------------------------------------------------------------------------------- renderings
def text_pdf(lay: Layout) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Facture")
    c.setCreator(random.Random(lay.id).choice(["Logiciel de facturation", "Microsoft Word", "LibreOffice Writer"]))
    for draw in lay.pages:
        draw(Page(c, A4))
        c.showPage()
    c.save()
    return buf.getvalue()


def render(pdf: bytes, dpi_x: float, grey: bool = True) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    out = []
    for page in doc:
        img = page.render(scale=dpi_x / 72).to_pil()
        out.append(img.convert("L" if grey else "RGB"))
    return out


def scan_pdf(pdf: bytes, rng: random.Random, flip: bool = False) -> bytes:
    """Image-only scan (copied from set 4): blur, slight skew, grey level shift, noise, low JPEG quality."""
    dpi = rng.choice([200, 240, 300])
    pages = render(pdf, dpi)
    buf = io.BytesIO()
    c = None
    for img in pages:
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        if flip:
            img = img.rotate(180)
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
    """Fax (copied from set 4): sender's header line on top, slight skew, noise, bilevel G4 (fine) / G3 (normal)."""
    dpi_y = 196 if fine else 98
    pages = render(pdf, 204)
    sender = "+33 " + phone(rng)[1:]
    font = ImageFont.truetype(str(FAX_FONT), 21)
    frames = []
    n = len(pages)
    for i, img in enumerate(pages):
        if img.width > 1728:
            img = img.resize((1728, round(img.height * 1728 / img.width)), Image.LANCZOS)
        if lay.flip:
            img = img.rotate(180)
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


def photo(pdf: bytes, rng: random.Random) -> bytes:
    """Phone photo (copied from set 6): page on a desk, perspective warp, hand shadow, uneven light, blur."""
    shots = []
    for img in render(pdf, 150, grey=False):
        W, H = img.width + 260, img.height + 300
        bg = Image.new("RGB", (W, H), (118, 96, 74))
        nz = np.random.default_rng(rng.randint(0, 10**9)).normal(0, 10, (H // 8 + 1, W // 8 + 1))
        grain = Image.fromarray(np.clip(128 + nz, 0, 255).astype(np.uint8)).resize((W, H), Image.BILINEAR)
        bg = Image.composite(bg, Image.new("RGB", (W, H), (96, 76, 58)), grain)
        ox, oy = 130 + rng.randint(-25, 25), 150 + rng.randint(-25, 25)
        bg.paste(img, (ox, oy))
        w, h = img.width, img.height
        src = [(ox, oy), (ox + w, oy), (ox + w, oy + h), (ox, oy + h)]
        k = 0.045
        dst = [(ox + rng.uniform(0, k) * w, oy + rng.uniform(0, k) * h),
               (ox + w - rng.uniform(0, k) * w, oy + rng.uniform(0, k / 2) * h),
               (ox + w + rng.uniform(-k / 2, k / 2) * w, oy + h - rng.uniform(0, k / 2) * h),
               (ox - rng.uniform(-k / 2, k / 2) * w, oy + h - rng.uniform(0, k) * h)]
        A, B = [], []
        for (xs, ys), (xd, yd) in zip(src, dst):
            A.append([xd, yd, 1, 0, 0, 0, -xs * xd, -xs * yd])
            A.append([0, 0, 0, xd, yd, 1, -ys * xd, -ys * yd])
            B += [xs, ys]
        coeffs = np.linalg.solve(np.array(A, float), np.array(B, float))
        bg = bg.transform((W, H), Image.PERSPECTIVE, tuple(coeffs), Image.BICUBIC, fillcolor=(100, 80, 62))
        bg = bg.rotate(rng.uniform(-2.5, 2.5), resample=Image.BICUBIC, fillcolor=(100, 80, 62))
        a = np.asarray(bg).astype(np.float32)
        yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
        cx, cy = rng.uniform(0.3, 0.7) * W, rng.uniform(0.1, 0.4) * H
        dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / np.hypot(W, H)
        light = 1.06 - 0.5 * dist
        sh = Image.new("L", (W, H), 0)
        d = ImageDraw.Draw(sh)
        if rng.choice(["right", "bottom"]) == "right":
            x0 = int(W * rng.uniform(0.72, 0.85))
            d.polygon([(x0, 0), (W, 0), (W, H), (x0 + int(W * 0.08), H)], fill=110)
        else:
            y0 = int(H * rng.uniform(0.78, 0.88))
            d.polygon([(0, y0 + int(H * 0.05)), (W, y0), (W, H), (0, H)], fill=110)
        sh = np.asarray(sh.filter(ImageFilter.GaussianBlur(60))).astype(np.float32) / 255
        a = a * (light * (1 - sh))[..., None] * np.array([1.0, 0.97, 0.9], np.float32)
        a += np.random.default_rng(rng.randint(0, 10**9)).normal(0, 4, a.shape)
        shot = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(
            ImageFilter.GaussianBlur(rng.uniform(0.7, 1.0)))
        shots.append(shot.crop((70, 80, W - 70, H - 80)))
    out = Image.new("RGB", (max(s.width for s in shots), sum(s.height for s in shots)), (100, 80, 62))
    y = 0
    for s in shots:
        out.paste(s, (0, y))
        y += s.height
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=rng.randint(72, 84))
    return buf.getvalue()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="documents20")
    ap.add_argument("--seed", type=int, default=201)
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    g = Gen(args.seed)
    rng = random.Random(args.seed * 7 + 1)
    lays = []
    for make in LAYOUTS:
        g.avoid = set()
        lays.append(make(g))
    for lay in lays:
        check(lay)
    assert sorted(FILE_IDS.values()) == list(range(1, len(lays) + 1))
    for stem, n in sorted(FILE_IDS.items()):
        lay = lays[n - 1]
        pdf = text_pdf(lay)
        inv = max(f["invoice_date"] for _, f in lay.docs)
        when = f"{inv[8:10]}/{inv[5:7]}/{inv[:4]} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
        files = {f"{stem}.text.pdf": ("text", pdf),
                 f"{stem}.scan.pdf": ("scan", scan_pdf(pdf, rng, lay.flip)),
                 f"{stem}.photo.jpg": ("photo", photo(pdf, rng)),
                 f"{stem}.fax-fine.tif": ("fax-fine", fax_tiff(pdf, lay, rng, True, when)),
                 f"{stem}.fax-normal.tif": ("fax-normal", fax_tiff(pdf, lay, rng, False, when))}
        for name, (rendering, data) in files.items():
            (out / name).write_bytes(data)
            truth = {"file": name, "rendering": rendering, "layout": lay.id,
                     "documents": [{"kind": k, "fields": f} for k, f in lay.docs]}
            (out / f"{name}.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(stem, lay.id, len(files), "files")


if __name__ == "__main__":
    main()
