"""cd bench/heldout && ../../.venv/bin/python documents31_gen.py --out documents31 --seed 311

Thirty-first blind held-out layout set: ten French tiers-payant documents of everyday practice, each rendered five
ways.

Written blind (without reading parsers/, classifiers/, intake/, workers/, tests/, any other bench/*.py than the set 4
and 6 generators (whose helpers are imported), the module docstrings of documents10_gen.py .. documents30_gen.py, the
plumbing of set 30 (its page class, rotated group, check() and main(), reused here), the first 60 lines of the
held-out README, one set-4 truth file and verify_printed.py, or any rendered held-out set), in designs not used by
sets 10 to 30. REALISTIC: seven ordinary documents and three harder ones (7, 8, 9) that a clerk still reads.
  1. sage-femme (RPPS) ENTRETIEN PRÉNATAL PRÉCOCE in Tagmukay: assurance maternité 100 % (AMC and reste 0,00 printed),
     long dates ('3 avril 2025'), the last-period date, the due date, the pregnancy declaration date and the
     declaring GP's RPPS as distractors, the SIRET beside the RPPS; 'Total honoraires / Part obligatoire / Part
     complémentaire / Reste à charge';
  2. orthophoniste (RPPS) six DYSPHAGIA sessions in a NURSING HOME (EHPAD) in Mingzat with a Stay Puft name: act code
     'AMO 13,5' (the orthophonie key letter, not the AMO share), the EHPAD's FINESS, room number and the coordinating
     doctor's RPPS as distractors, dd.mm.yy dates, 'Part Sécu / Part mutuelle / À régler par le patient', the
     invoice reference in a box on the left;
  3. médecin anesthésiste-réanimateur secteur 2 OPTAM (RPPS) ANAESTHESIA FOR A COLONOSCOPY in Ezra SIL: 'Base' and
     'Dépassement' columns, amounts in 'EUR', the gastroenterologist's RPPS, the clinic's FINESS, the
     pre-anaesthesia consultation date as distractors, 70 % less 2 EUR, the DA partly paid by the mutuelle;
  4. pharmacie d'officine (FINESS) CLASS 2 COMPRESSION STOCKINGS in UmePlus CL with a Cabin Sketch shop name: LPP
     'Prix' vs 'Tarif LPP', the excess left to the patient, amounts as '€ 45,00', the angiologist prescriber's RPPS,
     the titular pharmacist's RPPS, N° AM, SIRET and an IBAN in the footer as distractors;
  5. laboratoire de biologie médicale (FINESS) a month of weekly HOME INR CHECKS in Nuosu SIL: one row per sampling
     date (care date = the first), the INR results and target range, the GP's and the biologist's RPPS, the lab's
     SIRET and a dossier number as distractors, 'Montant total / Part AMO / Part AMC / RAC';
  6. radiologue (RPPS) DENTAL PANORAMIC + LATERAL CEPHALOGRAM for a TEENAGER sent by an orthodontist, in Lateef: the
     insured parent's name and NIR, the teenager's name and birth date, the orthodontist's RPPS and prescription
     date, the exam number, dd.mm.yyyy dates, 'PC Sécu / PC Mutuelle / RAC';
  7. HARDER - masseur-kinésithérapeute (RPPS) twelve HOME sessions after a KNEE REPLACEMENT in Alkalami, printed
     CROOKED (the whole page content turned by about 3.5 degrees on the sheet): the surgeon's RPPS, the operation
     date and N° AM as distractors;
  8. HARDER - psychiatre secteur 1 (RPPS) two consultations in one note, YOz fonts, with a rubber 'ACQUITTÉ' stamp
     (AR PL UKai) across the invoice number and a round practice cachet across the totals; the stamp's payment date
     is a distractor;
  9. HARDER - infirmier libéral (ADELI, profession code 60) home FLU VACCINATION and a dressing on a PRE-PRINTED
     receipt pad (UmePlus CL labels, pad number printed) FILLED BY HAND (Leckerli One): every value handwritten,
     slightly tilted;
 10. audioprothésiste (ADELI, profession code 26) two class I '100 % Santé' HEARING AIDS on TWO pages in AR PL UKai
     with Stay Puft headings: page 1 the identities, the ENT prescription (RPPS, date), the trial period and the
     devices with serial numbers; page 2 the follow-up schedule and the totals ('1 900,00 €').

Fonts (Debian packages, all TrueType with glyf outlines, embedded by reportlab): fonts-sil-tagmukay (Tagmukay,
Bold), fonts-sil-mingzat (Mingzat), fonts-staypuft (Stay Puft: headings, no 'œ'), fonts-sil-ezra (Ezra SIL),
fonts-umeplus-cl (UmePlus CL P Gothic, CL Gothic), fonts-cabinsketch (Cabin Sketch Bold: shop name),
fonts-sil-nuosusil (Nuosu SIL), fonts-sil-lateef (Lateef, Bold), fonts-sil-alkalami (Alkalami, Light),
fonts-yozvox-yozfont-standard-kana (YOzFont RSP, BSP), fonts-arphic-ukai (AR PL UKai), fonts-leckerli-one
(Leckerli One: handwriting). Every drawn string is checked against its font's character map. Tried and dropped:
CFF .otf (kaushanscript, goudybookletter, zaghawa-beria), no accented letters (woowa-bm, unikurdweb, mona), no euro
sign (lexi-saebom), sil-akatab (the comma is drawn as a low mark), sil-shimenkan (zero-width space: words run
together). The fax header of the fax renderings is set 4's (DejaVu Sans Mono, fonts-dejavu-core). Needs reportlab,
pypdfium2, python-stdnum, numpy and Pillow.

Every identifier is checksum-valid (distractors too): RPPS Luhn, ADELI / FINESS Luhn, SIRET Luhn, NIR key (mod 97,
2A -> 19, 2B -> 18) with sex 1/2 and a month 01-12. Amounts add up (check()). The care date differs from the
prescription and birth dates. All random values are drawn before drawing, so the page callables are pure.

Renderings, for every layout: <id>.text.pdf (real text layer), <id>.scan.pdf (image-only), <id>.photo.jpg (phone
photo), <id>.fax-fine.tif (G4, 204x196), <id>.fax-normal.tif (G3, 204x98). File ids are neutral: ab101..ab110 (the
order of the files is not the order above). Each file gets <file>.json ground truth (same format as sets 4-30).

Ground-truth conventions (as earlier sets and DOMAIN.md): care_date = first day of care for a series;
rpps/adeli/finess = the invoicer only; amc_number = the complementary insurer's number, never the adherent number;
patient_name = 'LASTNAME Firstname' with accents as printed (for a child, the child; nir = the printed insured
parent's); a field not printed is omitted. Written by an examiner who never read the product code.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from stdnum import ean, luhn
from stdnum.fr import nir as stdnir

from documents4_gen import (LAST, FIRST_F, FIRST_M, MUTUELLES, NBSP, F, Gen, Layout, Page, digits, eur,
                            fax_tiff, iban, make_adeli, make_finess, make_rpps, make_siret, nir_spaced, phone,
                            scan_pdf, siret_spaced)
from documents6_gen import photo6

TT = Path("/usr/share/fonts/truetype")
OT = Path("/usr/share/fonts/opentype")
FONTS = {
    "TG": (TT / "tagmukay/Tagmukay-Regular.ttf", None),
    "TGB": (TT / "tagmukay/Tagmukay-Bold.ttf", None),
    "MZ": (TT / "mingzat/Mingzat-Regular.ttf", None),
    "SP": (TT / "staypuft/StayPuft.ttf", None),
    "EZ": (TT / "ezra/SILEOT.ttf", None),
    "UC": (TT / "umeplus-cl/umeplus-clp-gothic.ttf", None),
    "UM": (TT / "umeplus-cl/umeplus-cl-gothic.ttf", None),
    "CS": (TT / "cabinsketch/CabinSketch-Bold.ttf", None),
    "NU": (TT / "nuosusil/NuosuSIL-Regular.ttf", None),
    "LF": (OT / "lateef/Lateef-Regular.ttf", None),
    "LFB": (OT / "lateef/Lateef-Bold.ttf", None),
    "AL": (TT / "alkalami/Alkalami-Regular.ttf", None),
    "ALL": (TT / "alkalami/Alkalami-Light.ttf", None),
    "YR": (TT / "yozvox-yozfont/YOzRSP.ttf", None),
    "YB": (TT / "yozvox-yozfont/YOzBSP.ttf", None),
    "UK": (TT / "arphic/ukai.ttc", 0),
    "LK": (TT / "leckerli-one/LeckerliOne-Regular.ttf", None),
}
CMAP: dict[str, set[int]] = {}
for _n, (_f, _i) in FONTS.items():
    _t = TTFont(_n, str(_f), subfontIndex=_i) if _i is not None else TTFont(_n, str(_f))
    pdfmetrics.registerFont(_t)
    CMAP[_n] = set(_t.face.charToGlyph)

D = dt.timedelta
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def longd(d: dt.date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"


def sl(d: dt.date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def sl2(d: dt.date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"


def dot4(d: dt.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def money(c: int) -> str:
    return eur(c, "eur", NBSP)


def meur(c: int) -> str:
    return eur(c, "EUR", NBSP)


def num(c: int) -> str:
    return eur(c, "plain", NBSP)


def pct(c: int, rate: float) -> int:
    return int(round(c * rate))


def workday(r: random.Random, months=(2, 10)) -> dt.date:
    d = dt.date(2025, r.randint(*months), r.randint(1, 24))
    while d.weekday() >= 5:
        d += D(1)
    return d


def nxt(d: dt.date, n: int = 1) -> dt.date:
    for _ in range(n):
        d += D(1)
        while d.weekday() >= 5:
            d += D(1)
    return d


def am_num(r: random.Random, dept: str, cat: str) -> str:
    return (dept if dept.isdigit() else "20") + cat + digits(r, 5)


def other(r: random.Random, *names: str) -> str:
    return r.choice([n for n in LAST if n not in names])


def cip13(r: random.Random) -> str:
    body = "340093" + digits(r, 6)
    return body + ean.calc_check_digit(body)


class P(Page):
    """set 4's Page, every string checked against its font's character map."""

    def t(self, x, y, s, f="PD", size=9.5, align="l", gray=0):
        miss = {ch for ch in s if ord(ch) not in CMAP[f] and ch != " "}
        assert not miss, (f, s, miss)
        super().t(x, y, s, f, size, align, gray)


def tbl(p: P, x, y, widths, header, rows, aligns, f, fh, size=8.5, rh=6.2, fill=0.9, grid=True, vlines=True):
    return Page.table(p, x, y, widths, header, rows, aligns, f, fh, size, rh, fill, grid, vlines)


def shares(rows: list[tuple[str, str]], p: P, x: float, y: float, x2: float, f: str, fb: str, size=9.5, step=6.0):
    for i, (a, b) in enumerate(rows):
        p.t(x, y + i * step, a, fb if i == 0 else f, size)
        p.t(x2, y + i * step, b, fb if i == 0 else f, size, "r")


def city_name(city: str) -> str:
    return city.split(" ", 1)[1].title()


class Rot:
    """A rotated group on a P page: local mm coordinates, y down, origin at (x, y) of the page, angle in degrees
    (counter-clockwise on paper). Strings are checked against the font's cmap like P.t."""

    def __init__(self, p: P, x: float, y: float, angle: float):
        self.p, self.c = p, p.c
        self.c.saveState()
        self.c.translate(x * mm, p.h - y * mm)
        self.c.rotate(angle)

    def t(self, x, y, s, f, size=9, align="l", gray=0.0):
        miss = {ch for ch in s if ord(ch) not in CMAP[f] and ch != " "}
        assert not miss, (f, s, miss)
        self.c.setFillGray(gray)
        self.c.setFont(f, size)
        fn = {"l": self.c.drawString, "r": self.c.drawRightString, "c": self.c.drawCentredString}[align]
        fn(x * mm, -y * mm, s)
        self.c.setFillGray(0)

    def rect(self, x, y, w, h, fill=None, stroke=True, width=0.5, gray=0.0):
        self.c.setLineWidth(width)
        self.c.setStrokeGray(gray)
        if fill is not None:
            self.c.setFillGray(fill)
        self.c.rect(x * mm, -(y + h) * mm, w * mm, h * mm, stroke=int(stroke), fill=int(fill is not None))
        self.c.setFillGray(0)
        self.c.setStrokeGray(0)

    def line(self, x1, y1, x2, y2, width=0.5, gray=0.0):
        self.c.setLineWidth(width)
        self.c.setStrokeGray(gray)
        self.c.line(x1 * mm, -y1 * mm, x2 * mm, -y2 * mm)
        self.c.setStrokeGray(0)

    def done(self):
        self.c.restoreState()


# ------------------------------------------------------------------------------------------------- layouts
NNB = "\u202f"


def nn(c: int) -> str:
    """'42,00 €' with a narrow no-break space before the sign."""
    return eur(c, "plain", NBSP) + NNB + "€"


def pre(c: int) -> str:
    return eur(c, "pre", NBSP)


def a01_sf_epp(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(sex=2, year=(1988, 2000))
    street, city, dept = g.addr()
    sf = (r.choice(FIRST_F), other(r, pat["last"]))
    rpps, siret, tel = make_rpps(r), make_siret(r), phone(r)
    gp, gp_rpps = other(r, pat["last"], sf[1]), make_rpps(r)
    care = workday(r, (2, 9))
    issued = care
    ddr = care - D(r.randint(95, 120))
    decl = ddr + D(r.randint(50, 70))
    terme = ddr + D(280)
    number = f"SF{care.year % 100:02d}-{r.randint(1000, 9999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    epp = 4200
    tot, amo, amc_s, rest = epp, epp, 0, 0

    def p1(p: P):
        p.t(105, 20, f"{sf[0]} {sf[1]}", "TGB", 16, "c")
        p.t(105, 27, "Sage-femme diplômée d'État — suivi de grossesse, préparation à la naissance", "TG", 9, "c")
        p.t(105, 32, f"{street} · {city} · Tél. {tel}", "TG", 9, "c")
        p.t(105, 37, f"RPPS {rpps} · SIRET {siret_spaced(siret)}", "TG", 9, "c")
        p.line(30, 41, 180, 41, 0.4)
        p.t(20, 52, "NOTE D'HONORAIRES", "TGB", 13)
        p.t(190, 52, f"n° {number}", "TGB", 11, "r")
        p.t(190, 58, f"{city_name(city)}, le {longd(issued)}", "TG", 10, "r")
        p.t(20, 68, f"Patiente : {pat['civ']} {pat['last']} {pat['first']}", "TGB", 10.5)
        p.t(20, 74, f"Née le {longd(pat['birth'])} — N° de sécurité sociale {nir_spaced(pat['nir'])}", "TG", 9.8)
        p.t(20, 80, f"Complémentaire : {mut} (n° {amc})", "TG", 9.8)
        p.rect(20, 86, 170, 22, fill=0.95, width=0.3)
        p.t(24, 92, f"Date des dernières règles : {longd(ddr)}    Terme prévu : {longd(terme)}", "TG", 9)
        p.t(24, 98, f"Grossesse déclarée le {longd(decl)} par le Dr {gp} (RPPS {gp_rpps})", "TG", 9)
        p.t(24, 104, "Assurance maternité : prise en charge à 100 % à compter du 1er jour du 6e mois et pour l'EPP.",
            "TG", 8.5)
        rows = [[longd(care), "SF 15", "Entretien prénatal précoce (EPP), 55 min, au cabinet", nn(epp)]]
        y = tbl(p, 20, 116, [36, 20, 86, 28], ["Date", "Cotation", "Acte", "Montant"], rows, "lllr", "TG", "TGB",
                9.2, 7, 0.88)
        shares([("Total honoraires", nn(tot)), ("Part obligatoire (maternité 100 %)", nn(amo)),
                ("Part complémentaire", nn(amc_s)), ("Reste à charge", nn(rest))], p, 100, y + 12, 190, "TG", "TGB",
               10, 6.5)
        p.t(20, y + 46, "Tiers payant intégral. Aucune somme n'a été demandée à la patiente.", "TG", 9)
        p.t(150, y + 62, "Signature", "TG", 9, "c", gray=0.45)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("sagefemme-entretien-prenatal", [p1], [("invoice", f)], fax_name=f"SF {sf[1]}")


def a02_ortho_ehpad(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1932, 1945))
    street, city, dept = g.addr()
    d2 = dept if dept.isdigit() else "20"
    ot = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    rpps, tel = make_rpps(r), phone(r)
    ehpad_finess = make_finess(r, d2)
    coord, coord_rpps = other(r, pat["last"], ot[1]), make_rpps(r)
    first = workday(r, (2, 8))
    while first.weekday() not in (0, 3):
        first += D(1)
    sessions = [first]
    while len(sessions) < 6:
        d = sessions[-1] + D(1)
        while d.weekday() not in (0, 3):
            d += D(1)
        sessions.append(d)
    presc = first - D(r.randint(5, 15))
    issued = sessions[-1] + D(r.randint(1, 4))
    number = f"{r.randint(100, 999)}/{issued.year}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    room = r.randint(101, 248)
    fee = 3645
    tot = fee * 6
    amo = pct(tot, 0.6)
    amc_s, rest = tot - amo, 0
    ehpad = f"EHPAD Les {r.choice(['Tilleuls', 'Glycines', 'Charmilles', 'Hortensias'])}"

    def p1(p: P):
        p.t(15, 20, f"{ot[0]} {ot[1]}", "SP", 17)
        p.t(15, 27, "Orthophoniste — troubles de la déglutition, neurologie adulte", "MZ", 9)
        p.t(15, 32, f"{street}, {city}", "MZ", 9)
        p.t(15, 37, f"Tél. {tel} — RPPS {rpps}", "MZ", 9)
        p.t(195, 22, "FACTURE D'ORTHOPHONIE", "SP", 12, "r")
        p.t(195, 29, f"Émise le {dot2(issued)}", "MZ", 9.5, "r")
        p.rect(15, 44, 56, 14, width=0.6)
        p.t(18, 49, "Réf. facture", "MZ", 7.5, gray=0.35)
        p.t(18, 55, number, "MZ", 11)
        p.t(80, 49, f"Patient(e) : {pat['civ']} {pat['last']} {pat['first']}", "MZ", 10)
        p.t(80, 55, f"né(e) le {dot2(pat['birth'])} — NIR {nir_spaced(pat['nir'])}", "MZ", 9.2)
        p.t(15, 66, f"Lieu des soins : {ehpad}, chambre {room} — FINESS {ehpad_finess}", "MZ", 9)
        p.t(15, 71.5, f"Prescription du Dr {coord}, médecin coordonnateur (RPPS {coord_rpps}), du {dot2(presc)}",
            "MZ", 9)
        p.t(15, 77, f"Mutuelle : {mut} — n° AMC {amc}", "MZ", 9)
        rows = [[dot2(d), "AMO 13,5", "Rééducation des troubles de la déglutition", money(fee)] for d in sessions]
        y = tbl(p, 15, 84, [26, 26, 98, 30], ["Séance", "Cotation", "Libellé", "Honoraires"], rows, "lllr", "MZ",
                "MZ", 9, 6.6, 0.9)
        p.leader(95, y + 12, 195, "Total", money(tot), "MZ", "MZ", 10)
        p.leader(95, y + 19, 195, "Part Sécu (60 %)", money(amo), "MZ", "MZ", 10)
        p.leader(95, y + 26, 195, "Part mutuelle (40 %)", money(amc_s), "MZ", "MZ", 10)
        p.leader(95, y + 33, 195, "À régler par le patient", money(rest), "MZ", "MZ", 10)
        p.t(15, y + 46, "Séances réalisées au sein de l'établissement, tiers payant Sécu + mutuelle.", "MZ", 8.5)
        p.t(15, y + 51, "AMO : acte médical d'orthophonie (lettre-clé).", "MZ", 7.5, gray=0.4)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=first, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("orthophonie-deglutition-ehpad", [p1], [("invoice", f)], fax_name=f"ORTHOPHONIE {ot[1]}")


def dot2(d: dt.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"


def a03_anesth_colo(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1950, 1975))
    street, city, dept = g.addr()
    d2 = dept if dept.isdigit() else "20"
    an = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    rpps, tel = make_rpps(r), phone(r)
    gastro, gastro_rpps = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"], an[1])), make_rpps(r)
    clin_finess = make_finess(r, d2)
    care = workday(r, (2, 10))
    cpa = care - D(r.randint(8, 20))
    issued = care + D(r.randint(0, 3))
    number = f"AN-{care.year % 100:02d}-{r.randint(1000, 9999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    base, da = 9583, 5000
    tot = base + da
    amo = pct(base, 0.7) - 200
    amc_s = pct(base, 0.3) + 3000
    rest = tot - amo - amc_s
    clinic = f"Clinique {r.choice(['du Parc', 'Saint-Joseph', 'des Cèdres', 'Sainte-Anne'])}"

    def p1(p: P):
        p.t(15, 20, f"Docteur {an[0]} {an[1]}", "EZ", 15)
        p.t(15, 26, "Anesthésiste-réanimateur — ancien chef de clinique", "EZ", 9)
        p.t(15, 31, f"Secteur 2 — OPTAM · RPPS {rpps}", "EZ", 9)
        p.t(15, 36, f"{clinic}, {street}, {city} — FINESS {clin_finess}", "EZ", 8.5)
        p.t(15, 41, f"Secrétariat {tel}", "EZ", 8.5)
        p.line(15, 45, 195, 45, 0.8)
        p.t(15, 54, "NOTE D'HONORAIRES", "EZ", 13)
        p.t(195, 54, f"N° {number} du {sl(issued)}", "EZ", 10, "r")
        p.t(15, 64, f"Patient : {pat['last']} {pat['first']} ({pat['civ']})", "EZ", 10)
        p.t(15, 70, f"Date de naissance : {sl(pat['birth'])}", "EZ", 9.5)
        p.t(110, 70, f"NIR : {nir_spaced(pat['nir'])}", "EZ", 9.5)
        p.t(15, 76, f"Organisme complémentaire : {mut} — N° {amc}", "EZ", 9.5)
        p.t(15, 85, f"Consultation pré-anesthésique du {sl(cpa)}. Coloscopie totale réalisée par le Dr {gastro[0]} "
            f"{gastro[1]} (RPPS {gastro_rpps}).", "EZ", 8.5)
        rows = [[sl(care), "ZZQP002/4", "Anesthésie générale pour endoscopie colique", meur(base), meur(da),
                 meur(tot)]]
        y = tbl(p, 15, 92, [22, 22, 62, 24, 26, 24], ["Date", "CCAM", "Acte", "Base", "Dépassement", "Total"],
                rows, "lllrrr", "EZ", "EZ", 8.5, 7, 0.88, True, True)
        shares([("Montant total", meur(tot)), ("Remboursement Sécurité sociale (70 % - 2 EUR)", meur(amo)),
                ("PC Mutuelle (30 % + dépassement)", meur(amc_s)), ("Reste à votre charge", meur(rest))],
               p, 80, y + 12, 195, "EZ", "EZ", 10, 6.5)
        p.t(15, y + 44, "Score ASA 2. Début d'anesthésie 09h10, fin 09h42. Ambulatoire.", "EZ", 8.5)
        p.t(15, y + 49, "Dépassement d'honoraires OPTAM communiqué au préalable.", "EZ", 8.5)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("anesthesie-coloscopie", [p1], [("invoice", f)], fax_name=f"DR {an[1]} ANESTH")


def a04_pharma_contention(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(sex=2, year=(1950, 1985))
    street, city, dept = g.addr()
    d2 = dept if dept.isdigit() else "20"
    finess, am, siret, tel = make_finess(r, d2), am_num(r, dept, "2"), make_siret(r), phone(r)
    titular, rpps_ph = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"])), make_rpps(r)
    angio, angio_rpps = other(r, pat["last"], titular[1]), make_rpps(r)
    care = workday(r, (1, 9))
    presc = care - D(r.randint(2, 12))
    issued = care + D(1)
    number = f"{r.randint(200000, 299999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    lpp = "1" + digits(r, 6)
    price, tarif = 4500, 2984
    tot, base = 2 * price, 2 * tarif
    amo = pct(base, 0.6)
    amc_s = base - amo
    rest = tot - amo - amc_s
    bank = iban(r)
    shop = f"Pharmacie {r.choice(['du Marché', 'de la Gare', 'Centrale', 'des Remparts'])}"

    def p1(p: P):
        p.t(15, 22, shop, "CS", 18)
        p.t(15, 29, f"{street} — {city} — {tel}", "UC", 9)
        p.t(15, 34, f"FINESS {finess} · N° AM {am} · SIRET {siret}", "UC", 8.5)
        p.t(15, 39, f"Pharmacien titulaire : {titular[0]} {titular[1]} (RPPS {rpps_ph})", "UC", 8.5)
        p.rect(120, 16, 75, 26, width=0.6, radius=2)
        p.t(124, 23, "FACTURE", "UC", 12)
        p.t(124, 30, f"N° {number}", "UC", 10)
        p.t(124, 37, f"Date : {sl(issued)}", "UC", 9.5)
        p.t(15, 52, f"Cliente : {pat['civ']} {pat['last']} {pat['first']} — née le {sl(pat['birth'])}", "UC", 10)
        p.t(15, 58, f"N° SS : {nir_spaced(pat['nir'])}", "UC", 9.5)
        p.t(15, 64, f"Mutuelle : {mut} · AMC {amc}", "UC", 9.5)
        p.t(15, 70, f"Ordonnance du Dr {angio}, angiologue (RPPS {angio_rpps}), du {sl(presc)}. Délivrance le "
            f"{sl(care)}.", "UC", 8.8)
        rows = [[lpp, "Bas de contention classe 2 (15-20 mmHg), taille 3 normal, beige", "2", pre(price),
                 pre(tarif), pre(tot)]]
        y = tbl(p, 15, 78, [20, 84, 10, 22, 22, 22], ["Code LPP", "Désignation", "Qté", "Prix", "Tarif LPP",
                                                     "Montant"], rows, "llcrrr", "UC", "UC", 8.3, 7, 0.88)
        rows2 = [["Base de remboursement", pre(base)], ["Part AMO (60 %)", pre(amo)], ["Part AMC (40 %)", pre(amc_s)],
                 ["Dépassement LPP à votre charge", pre(rest)], ["Total TTC", pre(tot)]]
        tbl(p, 105, y + 10, [60, 30], ["Répartition", "€"], rows2, "lr", "UC", "UC", 9.5, 7, 0.88)
        p.t(15, y + 20, "Renouvellement possible tous les 6 mois", "UC", 8.5)
        p.t(15, y + 25, "(2 paires par an).", "UC", 8.5)
        p.line(15, 276, 195, 276, 0.3)
        p.t(105, 281, f"{shop} — SELARL au capital de 10 000 € — IBAN {bank} — BIC CCBPFRPPXXX", "UC", 7, "c",
            gray=0.35)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo,
          amc_amount=amc_s, patient_amount=rest, amc_number=amc)
    return Layout("pharmacie-bas-contention", [p1], [("invoice", f)], fax_name="PHARMACIE")


def a05_labo_inr(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1935, 1950))
    street, city, dept = g.addr()
    d2 = dept if dept.isdigit() else "20"
    finess, siret, tel = make_finess(r, d2), make_siret(r), phone(r)
    bio, bio_rpps = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"])), make_rpps(r)
    gp, gp_rpps = other(r, pat["last"], bio[1]), make_rpps(r)
    first = workday(r, (2, 8))
    dates = [first + D(7 * i) for i in range(4)]
    issued = dates[-1] + D(r.randint(2, 5))
    number = f"L{issued.year}{issued.month:02d}-{r.randint(10000, 99999)}"
    dossier = f"{r.randint(1000000, 9999999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    pv, inr, dep = 284, 378, 250
    daily = pv + inr + dep
    tot = daily * 4
    amo = pct(tot, 0.6)
    amc_s, rest = tot - amo, 0
    results = [f"{r.randint(1, 3)},{r.randint(0, 9)}" for _ in dates]

    def p1(p: P):
        p.t(15, 20, "BIOLAB " + city_name(city).upper(), "NU", 15)
        p.t(15, 26, "Laboratoire de biologie médicale — site de prélèvement et plateau technique", "NU", 8.8)
        p.t(15, 31, f"{street}, {city} · {tel}", "NU", 8.8)
        p.t(15, 36, f"N° FINESS {finess} · SIRET {siret_spaced(siret)}", "NU", 8.8)
        p.t(195, 20, "Facture", "NU", 14, "r")
        p.t(195, 27, number, "NU", 10, "r")
        p.t(195, 33, f"éditée le {sl(issued)}", "NU", 9, "r")
        p.line(15, 40, 195, 40, 0.5)
        p.t(15, 49, f"Patient : {pat['last']} {pat['first']}", "NU", 10.5)
        p.t(15, 55, f"Né(e) le {sl(pat['birth'])} · N° d'immatriculation {nir_spaced(pat['nir'])}", "NU", 9.5)
        p.t(15, 61, f"Organisme complémentaire : {mut} ({amc})", "NU", 9.5)
        p.t(120, 49, f"Dossier {dossier}", "NU", 9)
        p.t(15, 69, f"Prescripteur : Dr {gp} (RPPS {gp_rpps}) — INR cible 2,0 - 3,0, contrôle hebdomadaire à "
            "domicile.", "NU", 8.8)
        rows = [[sl(d), money(pv), money(inr), money(dep), res, money(daily)] for d, res in zip(dates, results)]
        y = tbl(p, 15, 76, [30, 30, 30, 30, 24, 30], ["Prélèvement", "Acte PB", "INR (B 14)", "Déplacement",
                                                     "INR", "Total"], rows, "lrrrcr", "NU", "NU", 9, 7, 0.9)
        shares([("Montant total", money(tot)), ("Part AMO (60 %)", money(amo)), ("Part AMC (40 %)", money(amc_s)),
                ("RAC", money(rest))], p, 110, y + 12, 195, "NU", "NU", 10, 6.5)
        p.t(15, y + 14, f"Biologiste responsable :", "NU", 8.5)
        p.t(15, y + 19, f"{bio[0]} {bio[1]} (RPPS {bio_rpps})", "NU", 8.5)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=first, total_amount=tot, amo_amount=amo,
          amc_amount=amc_s, patient_amount=rest, amc_number=amc)
    return Layout("labo-inr-domicile", [p1], [("invoice", f)], fax_name="LABO BIOLAB")


def a06_radio_pano(g: Gen) -> Layout:
    r = g.rng
    parent = g.person(year=(1975, 1988))
    street, city, dept = g.addr()
    teen_first = r.choice(FIRST_F + FIRST_M)
    teen_birth = dt.date(r.randint(2010, 2013), r.randint(1, 12), r.randint(1, 28))
    rad = (r.choice(FIRST_F + FIRST_M), other(r, parent["last"]))
    rpps, tel = make_rpps(r), phone(r)
    odf, odf_rpps = other(r, parent["last"], rad[1]), make_rpps(r)
    care = workday(r, (2, 10))
    presc = care - D(r.randint(7, 30))
    issued = care
    number = f"R{care.year % 100:02d}{r.randint(100000, 999999)}"
    exam = f"EX{r.randint(1000000, 9999999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    pano, ceph = 2128, 2660
    tot = pano + ceph
    amo = pct(tot, 0.7)
    amc_s, rest = tot - amo, 0
    name = f"{parent['last']} {teen_first}"

    def p1(p: P):
        p.t(15, 21, f"Cabinet de radiologie {city_name(city)}", "LFB", 19)
        p.t(15, 28, f"Dr {rad[0]} {rad[1]}, radiologue — RPPS {rpps}", "LF", 13)
        p.t(15, 34, f"{street}, {city} — Tél. {tel}", "LF", 12)
        p.t(195, 21, "FACTURE", "LFB", 19, "r")
        p.t(195, 28, f"N° {number}", "LF", 13, "r")
        p.t(195, 34, f"Date : {dot4(issued)}", "LF", 13, "r")
        p.line(15, 38, 195, 38, 0.5)
        p.t(15, 47, f"Patient : {name}, né(e) le {dot4(teen_birth)}", "LFB", 13.5)
        p.t(15, 53, f"Assuré(e) : {parent['civ']} {parent['last']} {parent['first']} — N° SS "
            f"{nir_spaced(parent['nir'])}", "LF", 12.5)
        p.t(15, 59, f"Mutuelle : {mut} — N° AMC {amc}", "LF", 12.5)
        p.t(15, 66, f"Demande du Dr {odf}, orthodontiste (RPPS {odf_rpps}), du {dot4(presc)} — examen {exam}", "LF",
            12)
        rows = [[dot4(care), "HBQK002", "Radiographie panoramique dentaire", money(pano)],
                [dot4(care), "LAQK001", "Téléradiographie du crâne de profil", money(ceph)]]
        y = tbl(p, 15, 73, [28, 28, 94, 30], ["Date", "Code", "Examen", "Montant"], rows, "lllr", "LF", "LFB", 12.5,
                7.5, 0.88)
        shares([("Total", money(tot)), ("PC Sécu (70 %)", money(amo)), ("PC Mutuelle (30 %)", money(amc_s)),
                ("RAC", money(rest))], p, 110, y + 12, 195, "LF", "LFB", 13, 7)
        p.t(15, y + 46, "Bilan orthodontique. Patient mineur : pas de participation forfaitaire.", "LF", 12)

    f = F(rpps=rpps, nir=parent["nir"], patient_name=name, patient_birth_date=teen_birth, invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("radiologue-panoramique-ado", [p1], [("invoice", f)], fax_name=f"RADIOLOGIE {rad[1]}")


def a07_kine_genou_skew(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1945, 1962))
    street, city, dept = g.addr()
    kine = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    rpps, am, tel = make_rpps(r), am_num(r, dept, "7"), phone(r)
    surg, surg_rpps = other(r, pat["last"], kine[1]), make_rpps(r)
    op = workday(r, (2, 7))
    first = op + D(r.randint(8, 12))
    while first.weekday() >= 5:
        first += D(1)
    sessions = [first]
    while len(sessions) < 12:
        sessions.append(nxt(sessions[-1]))
    issued = sessions[-1] + D(r.randint(1, 3))
    number = f"K{issued.year}-{r.randint(1000, 9999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    amk, ifd = 2043, 250
    per = amk + ifd
    tot = per * 12
    amo = pct(tot, 0.6)
    amc_s, rest = tot - amo, 0
    angle = r.choice([-3.6, -3.2, 3.3, 3.7])

    def p1(p: P):
        c = p.c
        c.saveState()
        c.translate(p.w / 2, p.h / 2)
        c.rotate(angle)
        c.translate(-p.w / 2, -p.h / 2)
        p.t(20, 22, f"{kine[0]} {kine[1]}", "AL", 14)
        p.t(20, 28, "Masseur-kinésithérapeute D.E. — soins à domicile", "ALL", 9)
        p.t(20, 33, f"{street}, {city} · {tel}", "ALL", 9)
        p.t(20, 38, f"RPPS {rpps} · N° AM {am}", "ALL", 9)
        p.t(190, 22, "Facture", "AL", 14, "r")
        p.t(190, 28, f"n° {number}", "AL", 10, "r")
        p.t(190, 34, f"le {sl(issued)}", "ALL", 9.5, "r")
        p.t(20, 49, f"Patient : {pat['last']} {pat['first']} — né(e) le {sl(pat['birth'])}", "AL", 10)
        p.t(20, 55, f"N° SS {nir_spaced(pat['nir'])} · Mutuelle {mut} (AMC {amc})", "ALL", 9.2)
        p.t(20, 62, f"Prothèse totale du genou gauche posée le {sl(op)} par le Dr {surg} (RPPS {surg_rpps}).",
            "ALL", 8.8)
        rows = [[sl(d), "AMK 9,5 + IFD", money(per)] for d in sessions]
        y = tbl(p, 20, 68, [40, 50, 30], ["Date", "Cotation", "Montant"], rows, "llr", "ALL", "AL", 9, 6.3, 0.9)
        shares([("Total", money(tot)), ("Part AMO 60 %", money(amo)), ("Part AMC 40 %", money(amc_s)),
                ("Reste dû", money(rest))], p, 120, y + 12, 190, "ALL", "AL", 10, 6.5)
        p.t(20, y + 42, "Rééducation post-opératoire à domicile, tiers payant.", "ALL", 9)
        c.restoreState()

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=first, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("kine-genou-imprime-de-travers", [p1], [("invoice", f)], fax_name=f"KINE {kine[1]}")


def a08_psy_tampon(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1970, 2000))
    street, city, dept = g.addr()
    psy = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    rpps, tel = make_rpps(r), phone(r)
    c1 = workday(r, (2, 8))
    c2 = c1 + D(r.randint(14, 21))
    while c2.weekday() >= 5:
        c2 += D(1)
    issued = c2
    paid = issued + D(r.randint(8, 20))
    number = f"P{issued.year}{r.randint(1000, 9999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    cs = 5570
    tot = 2 * cs
    amo = pct(tot, 0.7) - 400
    amc_s = pct(tot, 0.3)
    rest = tot - amo - amc_s

    def p1(p: P):
        p.t(15, 20, f"Dr {psy[0]} {psy[1]}", "YB", 15)
        p.t(15, 27, "Psychiatre - Ancien interne des hôpitaux - Secteur 1", "YR", 9)
        p.t(15, 32, f"{street}, {city}", "YR", 9)
        p.t(15, 37, f"Tél. {tel} - N° RPPS : {rpps}", "YR", 9)
        p.t(130, 52, f"Facture n° {number}", "YB", 11)
        p.t(130, 58, f"Date : {sl(issued)}", "YR", 10)
        p.t(15, 52, f"{pat['civ']} {pat['last']} {pat['first']}", "YB", 11)
        p.t(15, 58, f"Date de naissance : {sl(pat['birth'])}", "YR", 9.5)
        p.t(15, 64, f"N° d'assuré : {nir_spaced(pat['nir'])}", "YR", 9.5)
        p.t(15, 70, f"Complémentaire : {mut} - N° AMC {amc}", "YR", 9.5)
        rows = [[sl(c1), "CNPSY", "Consultation de psychiatre", money(cs)],
                [sl(c2), "CNPSY", "Consultation de psychiatre", money(cs)]]
        y = tbl(p, 15, 80, [30, 26, 94, 30], ["Date", "Code", "Désignation", "Honoraires"], rows, "lllr", "YR", "YB",
                9.5, 7, 0.9)
        shares([("Total", money(tot)), ("Part AMO (70 % - 2 × 2 €)", money(amo)), ("Part AMC (30 %)", money(amc_s)),
                ("Participation forfaitaire (patient)", money(rest))], p, 95, y + 12, 195, "YR", "YB", 10, 6.5)
        p.t(15, y + 44, "Parcours de soins coordonnés - adressé par le médecin traitant.", "YR", 8.5)
        # round practice cachet across the totals
        q = Rot(p, 160, y + 22, 14)
        q.c.setStrokeGray(0.3)
        q.c.setLineWidth(1.1)
        q.c.circle(0, 0, 17 * mm, stroke=1, fill=0)
        q.c.circle(0, 0, 15.5 * mm, stroke=1, fill=0)
        q.t(0, -4, f"Dr {psy[1]}", "UK", 8, "c", gray=0.3)
        q.t(0, 1, "Psychiatre", "UK", 7.5, "c", gray=0.3)
        q.t(0, 6, city_name(city), "UK", 7.5, "c", gray=0.3)
        q.c.setStrokeGray(0)
        q.done()
        # the rectangular ACQUITTÉ stamp across the invoice number
        s = Rot(p, 124, 68, 7)
        s.rect(0, -13, 66, 16, width=1.4, gray=0.25)
        s.t(33, -5, "ACQUITTÉ", "UK", 15, "c", gray=0.25)
        s.t(33, 1, f"Tiers payant - réglé le {sl(paid)}", "UK", 7.5, "c", gray=0.25)
        s.done()

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=c1, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("psychiatre-tampon-acquitte", [p1], [("invoice", f)], fax_name=f"DR {psy[1]}")


def a09_idel_manuscrit(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1938, 1958))
    street, city, dept = g.addr()
    nurse = (r.choice(FIRST_M), other(r, pat["last"]))
    adeli, tel = make_adeli(r, dept if dept.isdigit() else "20", "60"), phone(r)
    care = dt.date(2025, r.choice([10, 11]), r.randint(2, 26))
    while care.weekday() >= 5:
        care += D(1)
    issued = care
    number = f"{r.randint(2000, 9999):06d}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    vac, pans, ifd = 756, 315, 275
    tot = vac + pans + ifd
    amo = pct(tot, 0.6)
    amc_s, rest = tot - amo, 0
    tilts = [r.uniform(-2.5, 2.5) for _ in range(16)]

    def hw(p: P, i: int, x: float, y: float, s: str, size: float = 12):
        q = Rot(p, x, y, tilts[i])
        q.t(0, 0, s, "LK", size, gray=0.12)
        q.done()

    def p1(p: P):
        p.rect(15, 15, 180, 150, width=0.8)
        p.t(20, 23, f"{nurse[0]} {nurse[1]}", "UC", 13)
        p.t(20, 29, "Infirmier diplômé d'État — soins à domicile 7j/7", "UC", 8.5)
        p.t(20, 34, f"{street}, {city} — {tel}", "UC", 8.5)
        p.t(20, 39, f"N° ADELI {adeli}", "UC", 8.5)
        p.t(190, 23, "NOTE D'HONORAIRES", "UC", 12, "r")
        p.t(190, 30, f"N° {number}", "UM", 11, "r", gray=0.2)
        p.line(15, 43, 195, 43, 0.5)
        labels = [(52, "Nom, prénom du patient :"), (62, "Né(e) le :"), (72, "N° de sécurité sociale :"),
                  (82, "Mutuelle / N° AMC :"), (92, "Date des soins :")]
        for y, lab in labels:
            p.t(20, y, lab, "UC", 9)
            p.line(62, y + 1, 190, y + 1, 0.3, 0.4, dash=(1, 1.5))
        p.t(20, 103, "Actes", "UC", 9)
        p.t(160, 103, "Montant", "UC", 9)
        for y in (110, 118, 126):
            p.line(20, y + 1, 190, y + 1, 0.3, 0.4, dash=(1, 1.5))
        p.t(20, 137, "Total", "UC", 9.5)
        p.t(20, 145, "Part Sécu", "UC", 9.5)
        p.t(20, 153, "Part mutuelle", "UC", 9.5)
        p.t(105, 137, "Reste à payer", "UC", 9.5)
        p.t(105, 153, "Le", "UC", 9.5)
        p.t(150, 160, "Signature", "UC", 8, gray=0.4)
        hw(p, 0, 65, 51.5, f"{pat['last']} {pat['first']}")
        hw(p, 1, 65, 61.5, sl(pat["birth"]))
        hw(p, 2, 65, 71.5, nir_spaced(pat["nir"]))
        hw(p, 3, 65, 81.5, f"{mut} / {amc}", 11)
        hw(p, 4, 65, 91.5, sl(care))
        hw(p, 5, 24, 109.5, "Vaccin antigrippal AMI 2,4", 11)
        hw(p, 6, 160, 109.5, num(vac), 11)
        hw(p, 7, 24, 117.5, "Pansement simple AMI 1", 11)
        hw(p, 8, 160, 117.5, num(pans), 11)
        hw(p, 9, 24, 125.5, "IFD", 11)
        hw(p, 10, 160, 125.5, num(ifd), 11)
        hw(p, 11, 50, 137, money(tot))
        hw(p, 12, 50, 145, money(amo))
        hw(p, 13, 50, 153, money(amc_s))
        hw(p, 14, 140, 137, money(rest))
        hw(p, 15, 112, 153, sl(issued), 11)

    f = F(adeli=adeli, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo,
          amc_amount=amc_s, patient_amount=rest, amc_number=amc)
    return Layout("infirmier-carnet-manuscrit", [p1], [("invoice", f)], fax_name=f"IDE {nurse[1]}")


def a10_audio_2pages(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1940, 1960))
    street, city, dept = g.addr()
    shop = f"Audition {r.choice(['Conseil', 'Plus', 'et Vous', 'Santé'])}"
    audio = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    adeli, tel, siret = make_adeli(r, dept if dept.isdigit() else "20", "26"), phone(r), make_siret(r)
    orl, orl_rpps = other(r, pat["last"], audio[1]), make_rpps(r)
    care = workday(r, (3, 9))
    presc = care - D(r.randint(40, 70))
    essai = care - D(r.randint(28, 35))
    issued = care + D(r.randint(0, 2))
    number = f"FA{issued.year}-{r.randint(10000, 99999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    lpp_d, lpp_g = "2355084", "2335791"
    serials = [f"SN{r.randint(10000000, 99999999)}" for _ in range(2)]
    price, tarif = 95000, 40000
    tot = 2 * price
    amo = pct(2 * tarif, 0.6)
    amc_s = tot - amo
    rest = 0
    follow = [care + D(d) for d in (7, 30, 90, 180)]

    def head(p: P, page: int):
        p.t(15, 21, shop, "SP", 18)
        p.t(15, 28, f"{audio[0]} {audio[1]}, audioprothésiste D.E. — N° ADELI {adeli}", "UK", 9)
        p.t(15, 33, f"{street}, {city} — Tél. {tel} — SIRET {siret}", "UK", 8.5)
        p.t(195, 21, "FACTURE", "SP", 15, "r")
        p.t(195, 28, f"N° {number}", "UK", 9.5, "r")
        p.t(195, 33, f"Page {page}/2", "UK", 8.5, "r")
        p.line(15, 37, 195, 37, 0.6)

    def p1(p: P):
        head(p, 1)
        p.t(15, 46, f"Date de facture : {sl(issued)}", "UK", 9.5)
        p.t(15, 55, f"Patient : {pat['civ']} {pat['last']} {pat['first']}, né(e) le {sl(pat['birth'])}", "UK", 10)
        p.t(15, 61, f"N° de sécurité sociale : {nir_spaced(pat['nir'])}", "UK", 9.5)
        p.t(15, 67, f"Organisme complémentaire : {mut} — N° {amc}", "UK", 9.5)
        p.t(15, 76, f"Prescription du Dr {orl}, ORL (RPPS {orl_rpps}), du {sl(presc)}.", "UK", 9)
        p.t(15, 81, f"Période d'essai du {sl(essai)} au {sl(care - D(1))}. Date de délivrance : {sl(care)}.", "UK", 9)
        rows = [[lpp_d, "Aide auditive classe I (100 % Santé), oreille droite", serials[0], money(price)],
                [lpp_g, "Aide auditive classe I (100 % Santé), oreille gauche", serials[1], money(price)]]
        y = tbl(p, 15, 88, [22, 96, 32, 30], ["Code LPP", "Désignation", "N° de série", "Prix TTC"], rows, "lllr",
                "UK", "UK", 8.5, 7, 0.88)
        p.t(15, y + 8, "Prestations de suivi et d'entretien incluses (4 ans). Garantie 4 ans.", "UK", 8.5)
        p.t(195, y + 20, "Suite et totaux page 2 →", "UK", 9, "r")

    def p2(p: P):
        head(p, 2)
        p.t(15, 47, "Calendrier de suivi prothétique", "SP", 11)
        for i, d in enumerate(follow):
            p.t(20, 55 + 6 * i, f"Contrôle n° {i + 1} : {sl(d)}", "UK", 9)
        rows = [["Montant TTC", money(tot)], ["Base de remboursement LPP (2 × 400,00 €)", money(2 * tarif)],
                ["Part Sécurité sociale (60 %)", money(amo)], ["Part complémentaire", money(amc_s)],
                ["Reste à charge", money(rest)]]
        tbl(p, 85, 86, [80, 30], ["Récapitulatif", "Montant"], rows, "lr", "UK", "UK", 9.5, 7.5, 0.88)
        p.t(15, 140, "Équipement 100 % Santé : aucun reste à charge. Tiers payant Sécu + complémentaire.", "UK", 9)
        p.t(150, 160, "Signature et cachet", "UK", 8.5, "c", gray=0.4)

    f = F(adeli=adeli, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo,
          amc_amount=amc_s, patient_amount=rest, amc_number=amc)
    return Layout("audio-classe1-deux-pages", [p1, p2], [("invoice", f)], fax_name=f"AUDITION {audio[1]}")


LAYOUTS = [a01_sf_epp, a02_ortho_ehpad, a03_anesth_colo, a04_pharma_contention, a05_labo_inr, a06_radio_pano,
           a07_kine_genou_skew, a08_psy_tampon, a09_idel_manuscrit, a10_audio_2pages]


def check(lay: Layout) -> None:
    for kind, f in lay.docs:
        if "rpps" in f:
            assert len(f["rpps"]) == 11 and luhn.is_valid(f["rpps"]), f["rpps"]
        for k in ("adeli", "finess"):
            if k in f:
                assert len(f[k]) == 9 and luhn.is_valid(f[k]), (k, f[k])
        assert sum(k in f for k in ("rpps", "adeli", "finess")) == 1
        n = f["nir"]
        assert stdnir.is_valid(n) and n[0] in "12" and 1 <= int(n[3:5]) <= 12 and len(n) == 15, n
        num_ = int(n[:13].replace("2A", "19").replace("2B", "18"))
        assert int(n[13:]) == 97 - num_ % 97
        c = {k: int(f[k].replace(".", "")) for k in ("total_amount", "amo_amount", "amc_amount", "patient_amount")}
        assert c["total_amount"] == c["amo_amount"] + c["amc_amount"] + c["patient_amount"], (lay.id, c)
        assert all(v >= 0 for v in c.values())
        assert f["amc_number"].isdigit() and len(f["amc_number"]) in (8, 9)
        assert kind == "invoice" and f["care_date"] <= f["invoice_date"], lay.id
        assert f["patient_birth_date"] < f["care_date"]


def text_pdf31(lay: Layout) -> bytes:
    size = A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle("Facture")
    c.setCreator(random.Random(len(lay.id)).choice(["Logiciel de facturation", "LibreOffice", "Microsoft Word"]))
    for draw in lay.pages:
        draw(P(c, size))
        c.showPage()
    c.save()
    return buf.getvalue()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="documents31")
    ap.add_argument("--seed", type=int, default=311)
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    g = Gen(args.seed)
    rng = random.Random(args.seed * 7 + 1)
    lays = [make(g) for make in LAYOUTS]
    for L in lays:
        check(L)
    order = list(range(len(lays)))
    random.Random(args.seed + 1).shuffle(order)
    for slot, i in enumerate(order, 1):
        L = lays[i]
        stem = f"ab1{slot:02d}"
        pdf = text_pdf31(L)
        inv = max(f["invoice_date"] for _, f in L.docs)
        when = f"{inv[8:10]}/{inv[5:7]}/{inv[:4]} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
        files = {f"{stem}.text.pdf": ("text", pdf),
                 f"{stem}.scan.pdf": ("scan", scan_pdf(pdf, rng)),
                 f"{stem}.photo.jpg": ("photo", photo6(pdf, rng)),
                 f"{stem}.fax-fine.tif": ("fax-fine", fax_tiff(pdf, L, rng, True, when)),
                 f"{stem}.fax-normal.tif": ("fax-normal", fax_tiff(pdf, L, rng, False, when))}
        for name, (rendering, data) in files.items():
            (out / name).write_bytes(data)
            truth = {"file": name, "rendering": rendering, "layout": L.id,
                     "documents": [{"kind": k, "fields": f} for k, f in L.docs]}
            (out / f"{name}.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(stem, L.id, len(files), "files")


if __name__ == "__main__":
    main()
