"""cd bench/heldout && ../../.venv/bin/python documents32_gen.py --out documents32 --seed 321

Thirty-second blind held-out layout set: ten French tiers-payant documents of everyday practice, each rendered five
ways.

Written blind (without reading parsers/, classifiers/, intake/, workers/, tests/, any bench/*.py other than this
set's allowed sources: DOMAIN.md, the held-out README's table rows and notes, documents31_gen.py in full (its page
class, rotated group, check() and main(), copied here; like set 31 it imports set 4's and set 6's helpers, used but
not read: their signatures only), the module docstrings of documents10_gen.py .. documents31_gen.py, one set-30 truth
file and verify_printed.py; never any rendered held-out set, output or score), in designs not used by sets 1 to 31.
REALISTIC: seven ordinary documents and three harder ones (8, 9, 10) that a clerk still reads.
  1. médecin généraliste (RPPS) in a MAISON DE SANTÉ PLURIPROFESSIONNELLE, Waree: a grey left column lists the
     whole team (three GPs, a physiotherapist, a midwife with their RPPS, a nurse with her ADELI) and the invoicing
     GP is one of them, named in a 'Praticien' box with RPPS and N° AM; the SISA's SIRET and the MSP's FINESS in the
     letterhead as distractors; weekday dates ('mer. 02/07/2025'); G at 70 % less 2 EUR, 'Part Assurance Maladie /
     Part complémentaire santé / Participation forfaitaire à votre charge';
  2. gynécologue-obstétricien secteur 2 OPTAM (RPPS) DELIVERY fee (JQGD010) in Aboriginal Serif: assurance maternité
     100 % of the base, the dépassement partly paid by the mutuelle, long dates, the maternity clinic's FINESS, the
     discharge date, the baby's birth time and the paediatrician's RPPS as distractors, amounts with U+202F
     ('763,50 €'), the shares in a 'Répartition' table;
  3. pharmacie d'officine (FINESS) three weeks' RENTAL OF A PNEUMATIC NEBULISER + consumables in BPG Mrgvlovani with
     a Reggae One shop name: LPP lines one per rental week, dd.mm.yy dates (care date = the delivery, first day of
     the rental period), the pneumologist's RPPS, the device's lot number, N° AM and SIRET as distractors, 'Total TTC
     / Part obligatoire / Part complémentaire / Net à payer par l'assuré';
  4. podo-orthésiste (ADELI; profession code 82 is a guess) a post-operative SHOE (CHUT) in AnjaliOldLipi with
     RocknRoll One headings: 'Prix TTC' vs 'Tarif LPP', the excess left to the patient, dotted-leader shares, the
     surgeon's RPPS, the prescription and the hallux-valgus operation dates as distractors, the number and date in a
     rounded box;
  5. ORL secteur 1 (RPPS) TONSILLECTOMY of a CHILD in Conakry: the child ('Enfant opéré'), the insured parent's name
     and NIR, dd/mm/yy dates, the clinic's FINESS, the anaesthetist's RPPS and the pre-operative consultation date as
     distractors, 80 % / 20 %, 'Remboursement CPAM / Organisme complémentaire / Reste à la charge de la famille';
  6. neurologue secteur 2 OPTAM (RPPS) BOTULINUM TOXIN injections for post-stroke spasticity in Eeyek: ALD at 100 %
     less the 2 EUR participation, the dépassement paid by the mutuelle, ABBREVIATED month dates ('21 juil. 2025'),
     the ALD end date, the toxin's CIP13 and lot, the next session's date and a SIRET as distractors;
  7. chirurgien-dentiste (RPPS) scaling + two composite fillings over TWO sessions in Meera Inimai: ISO dates
     ('2025-07-21'; care date = the first session, invoice date = the second), tooth numbers, amounts without a
     currency sign under 'Honoraires (€)', the next appointment, N° AM and SIRET as distractors, NIR printed in one
     block with its key apart, 'Honoraires / AMO / AMC / Reste patient' in a small table;
  8. HARDER - chirurgien orthopédiste (main) secteur 2 OPTAM (RPPS) carpal tunnel release in Khmer OS printed by a
     laser printer SHORT OF TONER: a pale vertical band with paler streaks runs down the right part of the page
     through the invoice number, the date, the amount columns and the share values, toner specks all over; the
     clinic's FINESS and the anaesthetist's RPPS as distractors;
  9. HARDER - infirmière libérale (ADELI, code 60) eight ulcer dressings (AMI 4 + IFD) in cwTeX Kai, the paper as
     the patient's family kept it: a COFFEE-CUP RING and drips across the acts table, YELLOW HIGHLIGHTER over the
     invoice number and the total, and a ballpoint note in the margin (Eunjin Nakseo) with a later date ('envoyé à
     la mutuelle le ...'); the GP's RPPS and prescription date as distractors;
 10. HARDER - masseur-kinésithérapeute (RPPS) ten sessions printed as a SCREEN CAPTURE of the practice software
     (Aboriginal Sans, Px TandyNew status bar): title bar, menus, toolbar, tabs, every value in a sunken input box
     with its label on the left, a per-session grid with AMO/AMC columns, the FSE batch number, the capture's date and
     the taskbar clock as distractor dates.

Fonts (Debian packages, all TrueType with glyf outlines, embedded by reportlab): fonts-tlwg-waree-ttf (Waree, Bold),
fonts-lg-aboriginal (Aboriginal Serif, Serif Bold, Sans, Sans Bold), fonts-bpg-georgian (BPG Mrgvlovani),
fonts-reggae (Reggae One), fonts-smc-anjalioldlipi (AnjaliOldLipi), fonts-rocknroll (RocknRoll One),
fonts-evertype-conakry (Conakry), fonts-eeyek (Eeyek), fonts-meera-inimai (Meera Inimai: its middle dot is blank,
not used), fonts-khmeros (Khmer OS), fonts-cwtex-kai (cwTeX Kai: its typographic apostrophe is odd, not used),
fonts-alee (Eunjin Nakseo: handwriting), fonts-pc-extra (Px TandyNew 225). Every drawn string is checked against its
font's character map. Tried and dropped: DDC Uchen (the comma looks like a full stop), Stick (odd euro and digits),
Meera (blank degree sign and middle dot), BPG Nateli (no Œ), ProggyTiny (no Œ), Phetsarath OT, Rachana and
Gamaliel (old-style figures), Uroob (odd À), fonts-paktype (broken file list), and the GFS, Nanum Coding, Lohit,
Samyak, Kacst and Farsi packages (no TrueType face with the accented capitals, digits and euro sign). The fax header of the fax renderings is set 4's (DejaVu Sans
Mono, fonts-dejavu-core). Needs reportlab, pypdfium2, python-stdnum, numpy and Pillow.

Every identifier is checksum-valid (distractors too): RPPS Luhn, ADELI / FINESS Luhn, SIRET Luhn, NIR key (mod 97,
2A -> 19, 2B -> 18) with sex 1/2 and a month 01-12. Amounts add up (check()). The care date differs from the
prescription and birth dates. All random values are drawn before drawing, so the page callables are pure.

Renderings, for every layout: <id>.text.pdf (real text layer), <id>.scan.pdf (image-only), <id>.photo.jpg (phone
photo), <id>.fax-fine.tif (G4, 204x196), <id>.fax-normal.tif (G3, 204x98). File ids are neutral: ac101..ac110 (the
order of the files is not the order above). Each file gets <file>.json ground truth (same format as sets 4-31).

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
PC = Path("/usr/share/fonts/pc")
FONTS = {
    "WR": (TT / "tlwg/Waree.ttf", None),
    "WRB": (TT / "tlwg/Waree-Bold.ttf", None),
    "AS": (TT / "aboriginal/AboriginalSerifREGULAR943.ttf", None),
    "ASB": (TT / "aboriginal/AboriginalSerifBOLD943.ttf", None),
    "AN": (TT / "aboriginal/AboriginalSansREGULAR9433.ttf", None),
    "ANB": (TT / "aboriginal/AboriginalSansBOLD9433.ttf", None),
    "BM": (TT / "fonts-bpg-georgian/BPG_Mrgvlovani_GPL&GNU.ttf", None),
    "RG": (TT / "reggae/ReggaeOne-Regular.ttf", None),
    "AJ": (TT / "malayalam/AnjaliOldLipi-Regular.ttf", None),
    "RR": (TT / "rocknroll/RocknRollOne-Regular.ttf", None),
    "CK": (TT / "evertype-conakry/Conakry.ttf", None),
    "EY": (TT / "eeyek/Eeyek-Regular.ttf", None),
    "MI": (TT / "fonts-meera-inimai/MeeraInimai-Regular.ttf", None),
    "KH": (TT / "khmeros/KhmerOS.ttf", None),
    "CW": (TT / "cwtex/cwkai.ttf", None),
    "EN": (TT / "alee/EunjinNakseo.ttf", None),
    "TD": (PC / "Px_TandyNew_225.ttf", None),
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
JAB = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MAB = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


def dot2(d: dt.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"


def iso(d: dt.date) -> str:
    return d.isoformat()


def abbr(d: dt.date) -> str:
    return f"{d.day} {MAB[d.month - 1]} {d.year}"


def wsl(d: dt.date) -> str:
    return f"{JAB[d.weekday()]} {sl(d)}"


def nn(c: int) -> str:
    return eur(c, "plain", NNB) + NNB + "€"


def pre(c: int) -> str:
    return eur(c, "pre", NBSP)


def d2of(dept: str) -> str:
    return dept if dept.isdigit() else "20"


def alpha_rect(p: P, x, y, w, h, rgb, a):
    c = p.c
    c.saveState()
    c.setFillColorRGB(*rgb)
    c.setFillAlpha(a)
    c.rect(x * mm, p.h - (y + h) * mm, w * mm, h * mm, stroke=0, fill=1)
    c.restoreState()


def b01_msp_mg(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1952, 1992))
    street, city, dept = g.addr()
    d2 = d2of(dept)
    msp = f"Maison de santé pluriprofessionnelle {r.choice(['du Val', 'des Trois Rivières', 'du Bocage', 'Pasteur'])}"
    team = []
    used = [pat["last"]]
    for role in ["Médecin généraliste", "Médecin généraliste", "Médecin généraliste", "Masseur-kinésithérapeute",
                 "Sage-femme"]:
        nm = other(r, *used)
        used.append(nm)
        team.append((role, r.choice(FIRST_F + FIRST_M), nm, make_rpps(r)))
    nurse = (r.choice(FIRST_F), other(r, *used))
    nurse_adeli = make_adeli(r, d2, "60")
    who = r.randint(0, 2)
    role, doc_first, doc_last, rpps = team[who]
    am = am_num(r, dept, "1")
    siret, finess_msp, tel = make_siret(r), make_finess(r, d2), phone(r)
    care = workday(r, (2, 10))
    issued = care
    number = f"MSP{care.year % 100:02d}-{who + 1}{r.randint(10000, 99999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    gfee = 3000
    tot = gfee
    amo = pct(tot, 0.7) - 200
    amc_s = pct(tot, 0.3)
    rest = tot - amo - amc_s

    def p1(p: P):
        p.rect(0, 0, 58, 297, fill=0.92, stroke=False)
        p.t(8, 22, "MSP", "WRB", 22)
        y = 40
        p.t(8, y, "L'équipe", "WRB", 9.5)
        y += 7
        for rl, fi, la, rp in team[:3]:
            p.t(8, y, f"Dr {fi} {la}", "WRB", 7.8)
            p.t(8, y + 4, rl, "WR", 7)
            p.t(8, y + 8, f"RPPS {rp}", "WR", 7)
            y += 14
        for rl, fi, la, rp in team[3:]:
            p.t(8, y, f"{fi} {la}", "WRB", 7.8)
            p.t(8, y + 4, rl, "WR", 7)
            p.t(8, y + 8, f"RPPS {rp}", "WR", 7)
            y += 14
        p.t(8, y, f"{nurse[0]} {nurse[1]}", "WRB", 7.8)
        p.t(8, y + 4, "Infirmière", "WR", 7)
        p.t(8, y + 8, f"ADELI {nurse_adeli}", "WR", 7)
        y += 18
        p.t(8, y, "Secrétariat commun", "WRB", 7.8)
        p.t(8, y + 4, tel, "WR", 7.5)
        p.t(8, y + 8, "lun.-ven. 8 h - 19 h", "WR", 7)
        p.t(68, 22, msp, "WRB", 12.5)
        p.t(68, 28, f"{street} — {city}", "WR", 9)
        p.t(68, 33, f"SISA {msp.split(' ', 3)[-1]} — SIRET {siret_spaced(siret)} — FINESS {finess_msp}", "WR", 7.8,
            gray=0.3)
        p.line(68, 37, 198, 37, 0.8)
        p.t(68, 48, "FACTURE", "WRB", 15)
        p.t(198, 46, f"N° {number}", "WRB", 10, "r")
        p.t(198, 52, f"Date : {wsl(issued)}", "WR", 9.5, "r")
        p.rect(68, 58, 130, 20, fill=0.97, width=0.4)
        p.t(72, 64, f"Praticien : Dr {doc_first} {doc_last}, {role.lower()}", "WRB", 9.5)
        p.t(72, 70, f"N° RPPS {rpps} — N° AM {am} — conventionné secteur 1", "WR", 9)
        p.t(72, 75, "Médecin traitant déclaré", "WR", 8, gray=0.35)
        p.t(68, 88, "Patient(e)", "WRB", 10)
        p.t(68, 94, f"{pat['civ']} {pat['last']} {pat['first']}", "WR", 10)
        p.t(68, 100, f"Date de naissance : {sl(pat['birth'])}", "WR", 9.5)
        p.t(68, 106, f"N° de sécurité sociale : {nir_spaced(pat['nir'])}", "WR", 9.5)
        p.t(68, 112, f"Complémentaire santé : {mut} — N° AMC {amc}", "WR", 9.5)
        rows = [[wsl(care), "G", "Consultation de médecine générale", money(gfee)]]
        y = tbl(p, 68, 122, [28, 12, 62, 28], ["Date", "Code", "Acte", "Honoraires"], rows, "lclr", "WR", "WRB",
                8.8, 7, 0.85)
        shares([("Montant des honoraires", money(tot)), ("Part Assurance Maladie (70 % - 2,00 €)", money(amo)),
                ("Part complémentaire santé", money(amc_s)), ("Participation forfaitaire à votre charge", money(rest))],
               p, 100, y + 12, 198, "WR", "WRB", 9.5, 6.5)
        p.t(68, y + 44, "Tiers payant sur la part obligatoire et la part complémentaire.", "WR", 8.5)
        p.t(68, y + 49, "Participation forfaitaire de 2 € non prise en charge (art. L160-13 CSS).", "WR", 8, gray=0.35)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("msp-medecin-generaliste-equipe", [p1], [("invoice", f)], fax_name="MSP SECRETARIAT")


def b02_obst_accouchement(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(sex=2, year=(1986, 1998))
    street, city, dept = g.addr()
    d2 = d2of(dept)
    ob = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    rpps, tel = make_rpps(r), phone(r)
    ped, ped_rpps = other(r, pat["last"], ob[1]), make_rpps(r)
    clin_finess = make_finess(r, d2)
    care = workday(r, (2, 9))
    sortie = care + D(3)
    issued = sortie + D(r.randint(2, 6))
    hour = f"{r.randint(0, 23):02d} h {r.randint(0, 59):02d}"
    baby = r.choice(FIRST_F + FIRST_M)
    number = f"{issued.year}-{r.randint(300, 899)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    base, da = 31350, 45000
    tot = base + da
    amo = base
    amc_s = 35000
    rest = tot - amo - amc_s
    clinic = f"Clinique {r.choice(['Sainte-Marthe', 'du Belvédère', 'Bon Secours', 'de l’Étang'])}"

    def p1(p: P):
        p.t(105, 22, f"Docteur {ob[0]} {ob[1]}", "ASB", 16, "c")
        p.t(105, 28, "Gynécologie — Obstétrique — Échographie", "AS", 10, "c")
        p.t(105, 33, "Ancien chef de clinique-assistant des hôpitaux", "AS", 9, "c")
        p.t(105, 38, f"Conventionné secteur 2 — adhérent OPTAM — RPPS {rpps}", "AS", 9, "c")
        p.t(105, 43, f"Maternité de la {clinic} (FINESS {clin_finess}) · {street} · {city} · {tel}", "AS", 8.3, "c")
        p.line(40, 47, 170, 47, 0.4)
        p.line(40, 48, 170, 48, 0.4)
        p.t(20, 60, "NOTE D'HONORAIRES", "ASB", 13)
        p.t(190, 60, f"n° {number}", "ASB", 11, "r")
        p.t(190, 66, f"{city_name(city)}, le {longd(issued)}", "AS", 10, "r")
        p.t(20, 76, f"Patiente : {pat['civ']} {pat['last']} {pat['first']}", "ASB", 10.5)
        p.t(20, 82, f"née le {longd(pat['birth'])}", "AS", 10)
        p.t(20, 88, f"Immatriculation : {nir_spaced(pat['nir'])}", "AS", 10)
        p.t(20, 94, f"Mutuelle : {mut} — numéro {amc}", "AS", 10)
        p.t(20, 104, f"Admission en salle de naissance le {longd(care)}, sortie le {longd(sortie)}.", "AS", 9.3)
        p.t(20, 109.5, f"Naissance de {baby} le {longd(care)} à {hour}. Examen du nouveau-né par le Dr {ped}, "
            f"pédiatre (RPPS {ped_rpps}).", "AS", 9.3)
        rows = [[longd(care), "JQGD010", "Accouchement unique par voie naturelle", nn(base), nn(da),
                 nn(tot)]]
        y = tbl(p, 20, 117, [30, 20, 60, 20, 22, 20], ["Date", "CCAM", "Acte", "Base", "Dépassement", "Total"], rows,
                "lllrrr", "AS", "ASB", 8.2, 7, 0.9)
        rows2 = [["Total des honoraires", nn(tot)], ["Prise en charge Assurance Maternité (100 % de la base)",
                                                     nn(amo)],
                 ["Prise en charge mutuelle (dépassement)", nn(amc_s)], ["Restant dû par la patiente", nn(rest)]]
        y2 = tbl(p, 80, y + 10, [80, 30], ["Répartition", "Montant"], rows2, "lr", "AS", "ASB", 9.5, 7, 0.9)
        p.t(20, y2 + 10, "Dépassement d'honoraires conforme au devis remis à la consultation du 8e mois.", "AS", 9)
        p.t(20, y2 + 15, "Assurance maternité : exonération du ticket modérateur, pas de participation forfaitaire.",
            "AS", 9)
        p.t(150, y2 + 32, f"Dr {ob[1]}", "AS", 10, "c", gray=0.3)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("obstetricien-accouchement", [p1], [("invoice", f)], fax_name=f"DR {ob[1]} OBST")


def b03_pharma_aerosol(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1940, 1970))
    street, city, dept = g.addr()
    d2 = d2of(dept)
    finess, am, siret, tel = make_finess(r, d2), am_num(r, dept, "2"), make_siret(r), phone(r)
    titular = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    pneumo, pneumo_rpps = other(r, pat["last"], titular[1]), make_rpps(r)
    care = workday(r, (1, 9))
    presc = care - D(r.randint(1, 3))
    end = care + D(20)
    issued = end + D(r.randint(1, 3))
    number = f"FA{issued.year % 100:02d}{r.randint(100000, 999999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    lot = f"{r.randint(10, 99)}{chr(65 + r.randint(0, 25))}{r.randint(1000, 9999)}"
    lpp1, lpp2, lpp3 = "1" + digits(r, 6), "1" + digits(r, 6), "1" + digits(r, 6)
    first_w, next_w, kit = 2352, 1450, 1067
    tot = first_w + 2 * next_w + kit
    amo = pct(tot, 0.6)
    amc_s = tot - amo
    rest = 0
    shop = f"Pharmacie {r.choice(['de la Poste', 'des Halles', 'du Centre', 'Saint-Michel'])}"

    def p1(p: P):
        p.t(15, 22, shop, "RG", 19)
        p.t(15, 29, f"{street}, {city}", "BM", 9)
        p.t(15, 34, f"Tél. {tel} — FINESS {finess} — N° AM {am}", "BM", 8.5)
        p.t(15, 39, f"Pharmacien titulaire : {titular[0]} {titular[1]}", "BM", 8.5)
        p.t(195, 22, "FACTURE", "RG", 15, "r")
        p.t(195, 29, f"N° {number}", "BM", 10, "r")
        p.t(195, 35, f"Date : {dot2(issued)}", "BM", 9.5, "r")
        p.line(15, 43, 195, 43, 0.5)
        p.t(15, 52, f"Assuré(e) : {pat['last']} {pat['first']} — né(e) le {dot2(pat['birth'])}", "BM", 10)
        p.t(15, 58, f"NIR : {nir_spaced(pat['nir'])}", "BM", 9.5)
        p.t(15, 64, f"Complémentaire : {mut} / N° organisme {amc}", "BM", 9.5)
        p.t(15, 72, f"Prescription : Dr {pneumo}, pneumologue (RPPS {pneumo_rpps}), ordonnance du {dot2(presc)}", "BM",
            8.8)
        p.t(15, 77, f"Location du {dot2(care)} au {dot2(end)} — appareil n° de lot {lot}, livré et installé au domicile",
            "BM", 8.8)
        rows = [[dot2(care), lpp1, "Générateur d'aérosol pneumatique, location 1re semaine (mise à disposition)", "1",
                 num(first_w)],
                [dot2(care + D(7)), lpp2, "Générateur d'aérosol pneumatique, location semaine suivante", "1",
                 num(next_w)],
                [dot2(care + D(14)), lpp2, "Générateur d'aérosol pneumatique, location semaine suivante", "1",
                 num(next_w)],
                [dot2(care), lpp3, "Nébuliseur + masque adulte + tubulure (consommables)", "1", num(kit)]]
        y = tbl(p, 15, 84, [18, 18, 112, 10, 22], ["Date", "LPP", "Désignation", "Qté", "Montant €"], rows, "lllcr",
                "BM", "BM", 8, 6.8, 0.88)
        shares([("Total TTC", money(tot)), ("Part obligatoire (60 %)", money(amo)),
                ("Part complémentaire (40 %)", money(amc_s)), ("Net à payer par l'assuré", money(rest))],
               p, 110, y + 12, 195, "BM", "BM", 9.8, 6.5)
        p.t(15, y + 14, "Prix de vente = tarif LPP,", "BM", 8.5)
        p.t(15, y + 19, "aucun dépassement.", "BM", 8.5)
        p.t(15, y + 44, "Restitution de l'appareil au plus tard 48 h après la fin de location.", "BM", 8.5)
        p.line(15, 276, 195, 276, 0.3)
        p.t(105, 281, f"{shop} — SELAS au capital de 40 000 € — SIRET {siret} — TVA 5,5 %", "BM", 7, "c", gray=0.35)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo,
          amc_amount=amc_s, patient_amount=rest, amc_number=amc)
    return Layout("pharmacie-location-aerosol", [p1], [("invoice", f)], fax_name="PHARMACIE")


def b04_podo_orthesiste_chut(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1950, 1980))
    street, city, dept = g.addr()
    d2 = d2of(dept)
    po = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    adeli, siret, tel = make_adeli(r, d2, "82"), make_siret(r), phone(r)
    surg, surg_rpps = other(r, pat["last"], po[1]), make_rpps(r)
    op = workday(r, (2, 9))
    presc = op - D(r.randint(3, 10))
    care = op + D(1)
    while care.weekday() >= 5:
        care += D(1)
    issued = care
    number = f"PO-{issued.year}-{r.randint(100, 999):04d}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    lpp = "2" + digits(r, 6)
    ref = f"CHUT-AVP-{r.randint(100, 999)}"
    size_ = r.randint(36, 45)
    price, tarif = 9500, 8000
    tot = price
    amo = pct(tarif, 0.6)
    amc_s = tarif - amo
    rest = tot - amo - amc_s

    def p1(p: P):
        p.t(15, 22, f"{po[0]} {po[1]}", "RR", 16)
        p.t(15, 29, "Podo-orthésiste — chaussures thérapeutiques, orthèses plantaires", "AJ", 9.5)
        p.t(15, 34, f"{street} — {city} — {tel}", "AJ", 9)
        p.t(15, 39, f"N° ADELI {adeli} — SIRET {siret}", "AJ", 9)
        p.rect(130, 15, 65, 27, width=0.7, radius=3)
        p.t(162.5, 23, "FACTURE", "RR", 13, "c")
        p.t(162.5, 30, f"n° {number}", "AJ", 10, "c")
        p.t(162.5, 37, f"du {sl(issued)}", "AJ", 10, "c")
        p.t(15, 53, "Patient", "RR", 10)
        p.t(15, 60, f"{pat['civ']} {pat['last']} {pat['first']}", "AJ", 10.5)
        p.t(15, 66, f"Né(e) le {sl(pat['birth'])} — N° SS {nir_spaced(pat['nir'])}", "AJ", 9.8)
        p.t(15, 72, f"Mutuelle {mut} — N° AMC {amc}", "AJ", 9.8)
        p.t(15, 82, f"Prescription du Dr {surg}, chirurgien orthopédiste (RPPS {surg_rpps}), du {sl(presc)} :",
            "AJ", 9)
        p.t(15, 87, f"chaussure post-opératoire de décharge de l'avant-pied après chirurgie de l'hallux valgus "
            f"du {sl(op)}.", "AJ", 9)
        rows = [[sl(care), lpp, f"CHUT de décharge de l'avant-pied, pointure {size_}",
                 ref, money(price), money(tarif)]]
        y = tbl(p, 15, 94, [22, 18, 78, 22, 20, 20], ["Délivrance", "LPP", "Désignation", "Référence", "Prix TTC",
                                                     "Tarif LPP"], rows, "lllrrr", "AJ", "AJ", 7.8, 7, 0.88)
        p.leader(100, y + 12, 195, "Montant TTC", money(tot), "AJ", "AJ", 10)
        p.leader(100, y + 19, 195, "Remboursement Sécurité sociale (60 % du tarif)", money(amo), "AJ", "AJ", 10)
        p.leader(100, y + 26, 195, "Remboursement mutuelle (40 % du tarif)", money(amc_s), "AJ", "AJ", 10)
        p.leader(100, y + 33, 195, "Reste à payer (dépassement)", money(rest), "AJ", "AJ", 10)
        p.t(15, y + 46, "Essayage et délivrance au cabinet. Tiers payant part obligatoire et complémentaire.", "AJ",
            8.8)
        p.t(15, y + 51, "Le dépassement du tarif LPP a été réglé par carte bancaire le jour de la délivrance.", "AJ",
            8.8)

    f = F(adeli=adeli, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo,
          amc_amount=amc_s, patient_amount=rest, amc_number=amc)
    return Layout("podo-orthesiste-chaussure-chut", [p1], [("invoice", f)], fax_name=f"PODO-ORTHESE {po[1]}")


def b05_orl_amygdale(g: Gen) -> Layout:
    r = g.rng
    parent = g.person(year=(1978, 1990))
    street, city, dept = g.addr()
    d2 = d2of(dept)
    kid_first = r.choice(FIRST_F + FIRST_M)
    kid_birth = dt.date(r.randint(2017, 2020), r.randint(1, 12), r.randint(1, 28))
    orl = (r.choice(FIRST_F + FIRST_M), other(r, parent["last"]))
    rpps, tel = make_rpps(r), phone(r)
    an, an_rpps = other(r, parent["last"], orl[1]), make_rpps(r)
    clin_finess = make_finess(r, d2)
    care = workday(r, (2, 10))
    cs_date = care - D(r.randint(20, 40))
    issued = care + D(r.randint(1, 4))
    number = f"ORL/{issued.year % 100:02d}/{r.randint(1000, 9999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    act = 10450
    tot = act
    amo = pct(tot, 0.8)
    amc_s, rest = tot - amo, 0
    name = f"{parent['last']} {kid_first}"
    clinic = f"Clinique {r.choice(['Jeanne-d’Arc', 'des Lilas', 'du Mail', 'Saint-Roch'])}"

    def p1(p: P):
        p.t(15, 21, f"Dr {orl[0]} {orl[1]}", "CK", 16)
        p.t(15, 27, "Oto-rhino-laryngologie — chirurgie cervico-faciale — ORL pédiatrique", "CK", 9.5)
        p.t(15, 32, f"{street}, {city} — {tel}", "CK", 9.5)
        p.t(15, 37, f"RPPS {rpps} — Secteur 1", "CK", 9.5)
        p.t(195, 21, "Facture d'honoraires", "CK", 13, "r")
        p.t(195, 28, f"N° {number}", "CK", 10.5, "r")
        p.t(195, 34, f"Émise le {sl2(issued)}", "CK", 10, "r")
        p.line(15, 41, 195, 41, 0.6)
        p.t(15, 51, f"Enfant opéré : {name}, né(e) le {sl2(kid_birth)}", "CK", 11)
        p.t(15, 57, f"Assuré(e) ouvrant droit : {parent['civ']} {parent['last']} {parent['first']}", "CK", 10)
        p.t(15, 63, f"N° de sécurité sociale de l'assuré : {nir_spaced(parent['nir'])}", "CK", 10)
        p.t(15, 69, f"Mutuelle : {mut} — n° AMC {amc}", "CK", 10)
        p.t(15, 78, f"Intervention réalisée à la {clinic} (FINESS {clin_finess}), en ambulatoire.", "CK", 9.3)
        p.t(15, 83, f"Consultation pré-opératoire du {sl2(cs_date)} ; anesthésie par le Dr {an} (RPPS {an_rpps}), "
            "facturée séparément.", "CK", 9.3)
        rows = [[sl2(care), "FAFA014", "Amygdalectomie totale bilatérale par dissection", "80 %", money(act)]]
        y = tbl(p, 15, 90, [22, 22, 96, 14, 26], ["Date", "Code", "Acte", "Taux", "Montant"], rows, "lllcr", "CK",
                "CK", 9.2, 7, 0.9)
        shares([("Montant total", money(tot)), ("Remboursement CPAM (80 %)", money(amo)),
                ("Organisme complémentaire (20 %)", money(amc_s)),
                ("Reste à la charge de la famille", money(rest))], p, 95, y + 12, 195, "CK", "CK", 10.5, 6.8)
        p.t(15, y + 46, "Patient mineur : pas de participation forfaitaire. Tiers payant intégral.", "CK", 9)

    f = F(rpps=rpps, nir=parent["nir"], patient_name=name, patient_birth_date=kid_birth, invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("orl-amygdalectomie-enfant", [p1], [("invoice", f)], fax_name=f"DR {orl[1]} ORL")


def b06_neuro_toxine(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1948, 1975))
    street, city, dept = g.addr()
    neu = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    rpps, tel, siret = make_rpps(r), phone(r), make_siret(r)
    care = workday(r, (2, 9))
    issued = care
    nextd = care + D(r.randint(84, 98))
    ald_end = dt.date(care.year + r.randint(2, 4), r.randint(1, 12), r.randint(1, 28))
    number = f"N{care.year}{care.month:02d}{r.randint(100, 999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    cip = cip13(r)
    lot = f"C{r.randint(1000, 9999)}C{r.randint(1, 9)}"
    a1, a2, da = 8640, 4320, 3000
    tot = a1 + a2 + da
    amo = a1 + a2 - 200
    amc_s = da
    rest = tot - amo - amc_s

    def p1(p: P):
        p.t(18, 22, f"Docteur {neu[0]} {neu[1]}", "EY", 15)
        p.t(18, 28, "Neurologue — consultation spasticité et mouvements anormaux", "EY", 9.5)
        p.t(18, 33, f"Secteur 2 OPTAM — RPPS {rpps}", "EY", 9.5)
        p.t(18, 38, f"{street}, {city} — Tél. {tel}", "EY", 9.5)
        p.t(192, 22, "NOTE D'HONORAIRES", "EY", 13, "r")
        p.t(192, 29, f"N° {number}", "EY", 10.5, "r")
        p.t(192, 35, f"{city_name(city)}, le {abbr(issued)}", "EY", 10, "r")
        p.line(18, 42, 192, 42, 0.5)
        p.t(18, 52, f"Patient(e) : {pat['last']} {pat['first']}", "EY", 11)
        p.t(18, 58, f"Né(e) le {abbr(pat['birth'])}", "EY", 10)
        p.t(18, 64, f"N° d'immatriculation : {nir_spaced(pat['nir'])}", "EY", 10)
        p.t(18, 70, f"Organisme complémentaire : {mut}, n° {amc}", "EY", 10)
        p.t(18, 76, f"Affection de longue durée (séquelles d'AVC), exonération jusqu'au {abbr(ald_end)}", "EY", 9.5)
        rows = [[abbr(care), "PCLB002", "Injection de toxine botulique, membre supérieur, guidage EMG", money(a1)],
                [abbr(care), "PCLB003/2", "Injection de toxine botulique, membre inférieur (50 %)", money(a2)],
                [abbr(care), "DA", "Dépassement d'honoraires (OPTAM)", money(da)]]
        y = tbl(p, 18, 84, [26, 24, 94, 30], ["Date", "Code", "Acte", "Montant"], rows, "lllr", "EY", "EY", 8.8,
                7, 0.9)
        shares([("Total dû", money(tot)), ("Assurance Maladie (ALD 100 %, moins 2,00 €)", money(amo)),
                ("Organisme complémentaire", money(amc_s)), ("Votre part", money(rest))], p, 95, y + 12, 192, "EY",
               "EY", 10.5, 6.8)
        p.t(18, y + 44, f"Toxine fournie par la pharmacie hospitalière (CIP {cip}, lot {lot}), non facturée ici.",
            "EY", 8.8)
        p.t(18, y + 49, f"Prochaine séance d'injections prévue le {abbr(nextd)}.", "EY", 8.8)
        p.t(18, y + 54, f"SIRET {siret}", "EY", 8, gray=0.4)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("neurologue-toxine-botulique", [p1], [("invoice", f)], fax_name=f"DR {neu[1]} NEURO")


def b07_dentiste_soins(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1960, 2000))
    street, city, dept = g.addr()
    den = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    rpps, am, tel, siret = make_rpps(r), am_num(r, dept, "4"), phone(r), make_siret(r)
    care = workday(r, (2, 8))
    s2 = care + D(r.randint(7, 14))
    while s2.weekday() >= 5:
        s2 += D(1)
    issued = s2
    rdv = s2 + D(r.randint(150, 200))
    number = f"{issued.year}{r.randint(10000, 99999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    t1, t2 = r.choice([16, 17, 26, 27]), r.choice([36, 37, 46, 47])
    detar, comp2, comp1 = 2892, 5301, 3133
    tot = detar + comp2 + comp1
    amo = pct(tot, 0.6)
    amc_s, rest = tot - amo, 0

    def p1(p: P):
        p.t(15, 22, f"Cabinet dentaire du Dr {den[0]} {den[1]}", "MI", 14)
        p.t(15, 28, "Chirurgien-dentiste — omnipratique", "MI", 9.5)
        p.t(15, 33, f"{street} — {city}", "MI", 9)
        p.t(15, 38, f"RPPS {rpps} — N° AM {am} — Tél. {tel}", "MI", 9)
        p.t(195, 22, "FACTURE", "MI", 14, "r")
        p.t(195, 29, f"Numéro : {number}", "MI", 10, "r")
        p.t(195, 35, f"Date : {iso(issued)}", "MI", 10, "r")
        p.line(15, 42, 195, 42, 0.6)
        p.t(15, 51, f"Patient : {pat['last']} {pat['first']}", "MI", 10.5)
        p.t(15, 57, f"Date de naissance : {iso(pat['birth'])}", "MI", 9.8)
        p.t(15, 63, f"NIR : {pat['nir'][:13]} {pat['nir'][13:]}", "MI", 9.8)
        p.t(110, 57, f"Mutuelle : {mut}", "MI", 9.8)
        p.t(110, 63, f"N° AMC : {amc}", "MI", 9.8)
        rows = [[iso(care), "", "HBJD001", "Détartrage et polissage des dents", num(detar)],
                [iso(care), str(t1), "HBMD049", "Restauration 2 faces, composite", num(comp2)],
                [iso(s2), str(t2), "HBMD038", "Restauration 1 face, composite", num(comp1)]]
        y = tbl(p, 15, 72, [24, 12, 22, 92, 30], ["Date", "Dent", "Code", "Acte", "Honoraires (€)"], rows, "lclll",
                "MI", "MI", 9, 7, 0.9)
        rows2 = [["Honoraires", money(tot)], ["AMO (60 %)", money(amo)], ["AMC (40 %)", money(amc_s)],
                 ["Reste patient", money(rest)]]
        tbl(p, 115, y + 10, [45, 35], ["", "Montant"], rows2, "lr", "MI", "MI", 9.8, 7, 0.9)
        p.t(15, y + 14, "Soins conservateurs sans dépassement.", "MI", 8.8)
        p.t(15, y + 19, f"Prochain rendez-vous (contrôle) : {iso(rdv)}", "MI", 8.8)
        p.t(105, 282, f"SELARL Dr {den[1]} — SIRET {siret}", "MI", 7.5, "c", gray=0.4)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("dentiste-soins-conservateurs", [p1], [("invoice", f)], fax_name=f"CABINET DENTAIRE {den[1]}")


def b08_ortho_canal_toner(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1955, 1985))
    street, city, dept = g.addr()
    d2 = d2of(dept)
    su = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    rpps, tel = make_rpps(r), phone(r)
    an, an_rpps = other(r, pat["last"], su[1]), make_rpps(r)
    clin_finess = make_finess(r, d2)
    care = workday(r, (2, 10))
    cs = care - D(r.randint(15, 40))
    issued = care + D(r.randint(0, 3))
    number = f"CH{care.year}-{r.randint(1000, 9999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    base, da = 11830, 15000
    tot = base + da
    amo = pct(base, 0.7)
    amc_s = base - amo + 12000
    rest = tot - amo - amc_s
    band_x = r.uniform(140, 146)
    band_w = r.uniform(52, 58)
    specks = [(r.uniform(10, 200), r.uniform(10, 287), r.uniform(0.15, 0.5)) for _ in range(260)]
    streaks = [(band_x + r.uniform(0, band_w - 3), r.uniform(1.0, 3.0), r.uniform(0.08, 0.16)) for _ in range(7)]
    clinic = f"Clinique {r.choice(['de la Main', 'du Pont-Neuf', 'Saint-Vincent', 'des Alpes'])}"

    def p1(p: P):
        p.t(15, 21, f"Docteur {su[0]} {su[1]}", "KH", 15)
        p.t(15, 27, "Chirurgie orthopédique — chirurgie de la main et du membre supérieur", "KH", 9)
        p.t(15, 32, f"{clinic}, {street}, {city}", "KH", 9)
        p.t(15, 37, f"Tél. {tel} — RPPS {rpps} — secteur 2, OPTAM", "KH", 9)
        p.t(195, 21, "NOTE D'HONORAIRES", "KH", 12, "r")
        p.t(195, 28, f"N° {number}", "KH", 10, "r")
        p.t(195, 34, f"Date : {sl(issued)}", "KH", 10, "r")
        p.line(15, 41, 195, 41, 0.7)
        p.t(15, 51, f"Patient : {pat['civ']} {pat['last']} {pat['first']}", "KH", 10.5)
        p.t(15, 57, f"Né(e) le {sl(pat['birth'])}", "KH", 10)
        p.t(15, 63, f"N° de sécurité sociale : {nir_spaced(pat['nir'])}", "KH", 10)
        p.t(15, 69, f"Mutuelle : {mut} — N° AMC : {amc}", "KH", 10)
        p.t(15, 78, f"Consultation du {sl(cs)}. Intervention en ambulatoire, {clinic} (FINESS {clin_finess}).",
            "KH", 9)
        p.t(15, 83, f"Anesthésie loco-régionale : Dr {an} (RPPS {an_rpps}).", "KH", 9)
        rows = [[sl(care), "AHPA009", "Libération du nerf médian au canal carpien, à ciel ouvert", money(base),
                 money(da), money(tot)]]
        y = tbl(p, 15, 90, [22, 20, 74, 22, 22, 20], ["Date", "CCAM", "Acte", "Base", "Dépassement", "Total"],
                rows, "lllrrr", "KH", "KH", 8.2, 7, 0.88)
        shares([("Total honoraires", money(tot)), ("Part Sécurité sociale (70 %)", money(amo)),
                ("Part mutuelle (30 % + dépassement)", money(amc_s)), ("Reste à charge", money(rest))],
               p, 90, y + 12, 195, "KH", "KH", 10.5, 7)
        p.t(15, y + 46, "Dépassement OPTAM annoncé par devis. Tiers payant part obligatoire et mutuelle.", "KH", 9)
        p.t(15, y + 51, "Ablation des fils au cabinet à J15.", "KH", 9)
        # a laser printer short of toner: a pale vertical band, a few paler streaks, toner specks
        c = p.c
        c.saveState()
        c.setFillColorRGB(1, 1, 1)
        c.setFillAlpha(0.42)
        c.rect(band_x * mm, 0, band_w * mm, p.h, stroke=0, fill=1)
        for x, w, a in streaks:
            c.setFillAlpha(a)
            c.rect(x * mm, 0, w * mm, p.h, stroke=0, fill=1)
        c.setFillAlpha(1)
        for x, y0, rad in specks:
            c.setFillGray(0.35)
            c.circle(x * mm, p.h - y0 * mm, rad, stroke=0, fill=1)
        c.restoreState()

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("chirurgien-main-toner-pale", [p1], [("invoice", f)], fax_name=f"DR {su[1]}")


def b09_idel_cafe(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1930, 1950))
    street, city, dept = g.addr()
    d2 = d2of(dept)
    nurse = (r.choice(FIRST_F), other(r, pat["last"]))
    adeli, tel = make_adeli(r, d2, "60"), phone(r)
    gp, gp_rpps = other(r, pat["last"], nurse[1]), make_rpps(r)
    first = workday(r, (2, 9))
    visits = [first + D(2 * i) for i in range(8)]
    presc = first - D(r.randint(2, 6))
    issued = visits[-1] + D(r.randint(1, 3))
    called = issued + D(r.randint(5, 12))
    number = f"{r.randint(10, 99)}-{r.randint(1000, 9999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    ami4, ifd = 1260, 275
    per = ami4 + ifd
    tot = per * len(visits)
    amo = pct(tot, 0.6)
    amc_s, rest = tot - amo, 0
    ring = (r.uniform(40, 52), r.uniform(94, 100), r.uniform(18, 21))
    drip = [(ring[0] + r.uniform(-30, 30), ring[1] + r.uniform(-30, 30), r.uniform(1.5, 4)) for _ in range(5)]
    tilt = r.uniform(-6, -2)

    def p1(p: P):
        p.t(18, 22, f"{nurse[0]} {nurse[1]}", "CW", 15)
        p.t(18, 28, "Infirmière diplômée d'État — soins à domicile", "CW", 9.5)
        p.t(18, 33, f"{street}, {city}", "CW", 9.5)
        p.t(18, 38, f"Tél. {tel} — N° ADELI {adeli}", "CW", 9.5)
        p.t(192, 22, "Facture", "CW", 14, "r")
        p.t(192, 29, f"N° {number}", "CW", 11, "r")
        p.t(192, 35, f"le {sl(issued)}", "CW", 10, "r")
        p.line(18, 42, 192, 42, 0.5)
        p.t(18, 51, f"Patient : {pat['civ']} {pat['last']} {pat['first']}", "CW", 11)
        p.t(18, 57, f"Né(e) le {sl(pat['birth'])}", "CW", 10)
        p.t(18, 63, f"N° SS : {nir_spaced(pat['nir'])}", "CW", 10)
        p.t(18, 69, f"Mutuelle : {mut} — N° AMC {amc}", "CW", 10)
        p.t(18, 77, f"Ordonnance du Dr {gp} (RPPS {gp_rpps}) du {sl(presc)} : pansement d'ulcère veineux "
            "un jour sur deux.", "CW", 9)
        rows = [[sl(d), "AMI 4 + IFD", "Pansement lourd et complexe (ulcère), déplacement", money(per)]
                for d in visits]
        y = tbl(p, 18, 84, [26, 30, 90, 28], ["Date", "Cotation", "Soin", "Montant"], rows, "lllr", "CW", "CW", 9,
                6.6, 0.9)
        shares([("Total", money(tot)), ("Part Sécurité sociale (60 %)", money(amo)),
                ("Part mutuelle (40 %)", money(amc_s)), ("Reste à payer", money(rest))], p, 100, y + 12, 192, "CW",
               "CW", 10.5, 6.8)
        p.t(18, y + 44, "Tiers payant intégral. Merci de votre confiance.", "CW", 9)
        bottom = y
        c = p.c
        # the patient's (or a relative's) yellow highlighter over the number and the total
        alpha_rect(p, 150, 24.2, 43, 6.2, (1.0, 0.93, 0.1), 0.42)
        alpha_rect(p, 99, bottom + 7.5, 94, 6.2, (1.0, 0.93, 0.1), 0.42)
        # a ballpoint note in the margin
        q = Rot(p, 22, bottom + 62, tilt)
        q.t(0, 0, f"envoyé à la mutuelle le {sl(called)}", "EN", 12, gray=0.15)
        q.t(0, 7, "-> tiers payant, rien à payer !", "EN", 12, gray=0.15)
        q.done()
        # a coffee-cup ring and drips
        c.saveState()
        cx, cy, rad = ring
        c.setStrokeColorRGB(0.45, 0.27, 0.1)
        for dr, w, a in ((0, 2.6, 0.5), (-0.8, 0.9, 0.3), (0.9, 0.7, 0.25)):
            c.setStrokeAlpha(a)
            c.setLineWidth(w)
            c.circle(cx * mm, p.h - cy * mm, (rad + dr) * mm, stroke=1, fill=0)
        c.setFillColorRGB(0.55, 0.35, 0.15)
        c.setFillAlpha(0.09)
        c.circle(cx * mm, p.h - cy * mm, rad * mm, stroke=0, fill=1)
        for x, y0, rr in drip:
            c.setFillAlpha(0.16)
            c.circle(x * mm, p.h - y0 * mm, rr * mm, stroke=0, fill=1)
        c.restoreState()

    f = F(adeli=adeli, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=first, total_amount=tot, amo_amount=amo,
          amc_amount=amc_s, patient_amount=rest, amc_number=amc)
    return Layout("infirmiere-ulcere-tache-cafe", [p1], [("invoice", f)], fax_name=f"IDE {nurse[1]}")


def b10_kine_capture_ecran(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1960, 1995))
    street, city, dept = g.addr()
    kine = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    rpps, am = make_rpps(r), am_num(r, dept, "7")
    first = workday(r, (2, 8))
    sessions = [first]
    while len(sessions) < 10:
        d = sessions[-1] + D(1)
        while d.weekday() not in (0, 2, 4):
            d += D(1)
        sessions.append(d)
    issued = sessions[-1]
    shot = issued + D(r.randint(10, 30))
    lotn = r.randint(100, 999)
    number = f"{r.randint(1, 9)}{r.randint(10000, 99999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    per = 1613
    tot = per * 10
    amo = 10 * pct(per, 0.6)
    amc_s, rest = tot - amo, 0
    clock = f"{r.randint(8, 18):02d}:{r.randint(0, 59):02d}"

    def field(p, x, y, w, label, value, lw=34):
        p.t(x + lw - 2, y + 4.2, label, "AN", 7.8, "r")
        p.rect(x + lw, y, w, 6, fill=1.0, width=0.35, gray=0.45)
        p.line(x + lw, y, x + lw + w, y, 0.6, 0.25)
        p.line(x + lw, y, x + lw, y + 6, 0.6, 0.25)
        p.t(x + lw + 1.5, y + 4.3, value, "AN", 8.2)

    def p1(p: P):
        X, Y, W, H = 10, 30, 190, 196
        p.t(10, 15, f"Capture d'écran — impression du {sl(shot)}", "AN", 7.5, gray=0.4)
        p.rect(X, Y, W, H, fill=0.93, width=0.8, gray=0.3)
        p.rect(X, Y, W, 7, fill=0.3, stroke=False)
        p.t(X + 3, Y + 5, f"KinéPlanet 7.4 — Facturation — Dossier {pat['last']} {pat['first']}", "ANB", 7.8,
            gray=1.0)
        for i, s in enumerate(("_", "o", "x")):
            p.t(X + W - 16 + 5 * i, Y + 5, s, "AN", 8, gray=1.0)
        p.rect(X, Y + 7, W, 5.5, fill=0.97, stroke=False)
        p.t(X + 3, Y + 11, "Fichier    Patients    Agenda    Facturation    Télétransmission    Outils    Aide",
            "AN", 7.3)
        for i, lab in enumerate(("Nouveau", "Enregistrer", "Imprimer", "FSE", "Rechercher")):
            p.rect(X + 3 + 22 * i, Y + 14, 20, 7, fill=0.88, width=0.3, gray=0.5)
            p.t(X + 13 + 22 * i, Y + 19, lab, "AN", 6.5, "c")
        tabs = ["Identité", "Prescription", "Séances", "Facture", "Règlements"]
        for i, lab in enumerate(tabs):
            p.rect(X + 3 + 26 * i, Y + 24, 25, 6, fill=1.0 if lab == "Facture" else 0.85, width=0.3, gray=0.5)
            p.t(X + 15.5 + 26 * i, Y + 28.3, lab, "ANB" if lab == "Facture" else "AN", 7, "c")
        p.rect(X + 3, Y + 30, W - 6, H - 41, fill=1.0, width=0.3, gray=0.5)
        fx, fy = X + 5, Y + 34
        field(p, fx, fy, 62, "Praticien", f"{kine[0]} {kine[1]}")
        field(p, fx + 95, fy, 50, "N° RPPS", rpps, 28)
        field(p, fx, fy + 8, 40, "N° AM", am)
        field(p, fx + 95, fy + 8, 50, "N° facture", number, 28)
        field(p, fx, fy + 16, 62, "Patient", f"{pat['last']} {pat['first']}")
        field(p, fx + 95, fy + 16, 50, "Date facture", sl(issued), 28)
        field(p, fx, fy + 24, 40, "Date de naissance", sl(pat["birth"]))
        field(p, fx + 95, fy + 24, 50, "Lot FSE", f"{lotn} (en attente)", 28)
        field(p, fx, fy + 32, 62, "NIR", nir_spaced(pat["nir"]))
        field(p, fx, fy + 40, 62, "Organisme compl.", mut)
        field(p, fx + 95, fy + 40, 50, "N° AMC", amc, 28)
        rows = [[str(i + 1), sl(d), "AMS 7,5", num(per), num(pct(per, 0.6)), num(per - pct(per, 0.6)), num(0)]
                for i, d in enumerate(sessions)]
        y = tbl(p, X + 6, fy + 50, [10, 26, 26, 26, 26, 26, 26], ["N°", "Date séance", "Cotation", "Montant",
                                                                 "Part AMO", "Part AMC", "Reste"], rows,
                "cllrrrr", "AN", "ANB", 7.8, 5.6, 0.82)
        field(p, fx, y + 4, 30, "Total facture", money(tot))
        field(p, fx + 66, y + 4, 26, "Part AMO", money(amo), 22)
        field(p, fx + 124, y + 4, 26, "Part AMC", money(amc_s), 22)
        field(p, fx + 66, y + 12, 26, "Reste dû", money(rest), 22)
        p.rect(X, Y + H - 7, W, 7, fill=0.85, stroke=False)
        p.t(X + 3, Y + H - 2.2, f"Utilisateur : SECRETARIAT   |   Base : CABINET   |   {sl(shot)} {clock}", "TD",
            6.5)
        p.t(X + W - 3, Y + H - 2.2, "Prêt", "TD", 6.5, "r")
        p.rect(0, 287, 210, 10, fill=0.2, stroke=False)
        p.t(205, 293.5, f"{clock}  {sl(shot)}", "TD", 7, "r", gray=1.0)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=first, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("kine-capture-ecran-logiciel", [p1], [("invoice", f)], fax_name=f"KINE {kine[1]}")


LAYOUTS = [b01_msp_mg, b02_obst_accouchement, b03_pharma_aerosol, b04_podo_orthesiste_chut, b05_orl_amygdale,
           b06_neuro_toxine, b07_dentiste_soins, b08_ortho_canal_toner, b09_idel_cafe, b10_kine_capture_ecran]


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


def text_pdf32(lay: Layout) -> bytes:
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
    ap.add_argument("--out", default="documents32")
    ap.add_argument("--seed", type=int, default=321)
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
        stem = f"ac1{slot:02d}"
        pdf = text_pdf32(L)
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
