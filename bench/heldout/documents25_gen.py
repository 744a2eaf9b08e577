"""cd bench/heldout && ../../.venv/bin/python documents25_gen.py --out documents25 --seed 251

Twenty-fifth blind held-out layout set: ten French tiers-payant documents of everyday practice, each rendered five
ways.

Written blind (without reading parsers/, classifiers/, intake/, workers/, tests/, bench/*.py other than the set 4 and 6
generators (whose helpers are imported), the module docstrings of documents10_gen.py .. documents24_gen.py, the
import block of set 24, the first 60 lines of the held-out README, one set-4 truth file and verify_printed.py, or any
rendered held-out set), in designs not used by sets 10 to 24. Two professions are new (an ostéopathe and a
psychomotricien, both outside the AMO nomenclature) and so is the médecin thermal's surveillance forfait; the others
recur in new designs. REALISTIC: seven ordinary documents and three harder ones (8, 9, 10) that a clerk still reads
without hesitating.
  1. ostéopathe D.O. (ADELI) note d'honoraires for two sessions in Yrsa: centred letterhead, 'le 3 mars 2025' long
     dates everywhere, NOT in the AMO nomenclature ('Part Assurance Maladie 0,00 €'), the mutuelle's share printed
     as a DEDUCTION line ('− Prise en charge mutuelle (tiers payant) − 70,00 €'), 'Reste à régler', a rotated
     'ACQUITTÉ' rubber stamp repeating the patient's payment and its date, N° adhérent beside the N° AMC;
  2. médecin généraliste secteur 1 (RPPS) in Nanum Gothic: G + ECG (DEQP003), every share printed as a minus line
     under 'Montant des actes' ('− Part obligatoire (tiers payant)', '− Part complémentaire (tiers payant)'), the
     2 EUR participation forfaitaire left as 'Reste dû', the NIR printed in groups of FIVE digits, long dates
     ('le 3 mars 2025'), N° AM, SIRET footer;
  3. opticien (ADELI) FACTURE for adult PROGRESSIVE glasses, classe B, in VL PGothic with Rasa headings: frame and
     each lens on its own line with LPP code, eye, 'Prix TTC / PC Sécu / PC Mutuelle / RAC' columns, AMO of a few
     cents, total above 1000 with NBSP thousands, the ophthalmologist's RPPS and prescription date, the prescription
     (sphere / cylinder / addition), a Corsican (2A) NIR, delivery date = care date;
  4. médecin thermal (RPPS) 'forfait de surveillance médicale' of an 18-day cure in UnBatang: the thermal
     establishment's FINESS and the CPAM's prise-en-charge number as distractors, period 'du ... au ...' (care date
     = the first day), STH forfait + PMC lines, 70 % / 30 %, orientation code, '12.03.2025' dot dates;
  5. chirurgien-dentiste (RPPS) SUNDAY ON-CALL (permanence des soins dentaires) in UnDotum: consultation + Sunday
     majoration + one extraction with an 'anesthésie locale — incluse' line at 0,00, the call time from the
     regulation, 70 % / 30 %, weekday long date ('dimanche 6 avril 2025'), N° AM;
  6. dermatologue (RPPS) 12 sessions of UVB PHOTOTHERAPY in Takao PMincho with UnGraphic headings: the session dates
     in a 4 × 3 GRID of cells ('dd/mm/yy'), the period line, 70 % / 30 %, the cumulative dose, the next series'
     date as a distractor;
  7. psychomotricien (ADELI) bilan + two sessions for a CHILD in LXGW WenKai: the insured parent's name and NIR,
     the child's name and birth date, NO AMO share, the mutuelle's 'forfait psychomotricité' in tiers payant, the
     rest for the family, the school's name, dot4 dates, the paediatrician's RPPS and letter date;
  8. HARDER - gynécologue médicale secteur 1 (RPPS) IUD insertion note in UnGraphic that was received by fax,
     printed and sent again: an OLD FAX HEADER (Monoid) printed across the top of the letterhead, the SIRET printed
     on the SAME LINE right after the RPPS, the earlier pre-insertion consultation date and the pharmacy's IUD
     price as distractors, invoice date the day after the care;
  9. HARDER - entreprise de transports sanitaires (FINESS) EMERGENCY AMBULANCE transport at the SAMU's request, the
     SECOND SHEET of a carbon-copy set ('exemplaire organisme complémentaire'): faint blue-grey print with a blurred
     ghost of the first sheet (an image under the text), Monoid values and UnDotum labels, night transport at 23:40,
     the prescription made out the NEXT DAY by the emergency physician (RPPS) and the destination hospital's FINESS
     as distractors, forfait + km + night majoration + SAMU supplement, 65 % / 35 %;
 10. HARDER - infirmière libérale (ADELI) relevé of five daily IV antibiotic infusions in Rasa: the hospital
     PRESCRIPTION box fills the top of the page (hospital FINESS, prescriber's RPPS, prescription date the day before
     the first infusion, discharge date), the nurse's identity and ADELI ONLY inside a rotated rubber stamp at the
     bottom (Yusei Magic), AMI 14 + IFD per day, 60 % / 40 %.

Fonts (Debian packages): fonts-yrsa-rasa (Yrsa, Rasa), fonts-nanum (NanumGothic), fonts-vlgothic (VL PGothic),
fonts-unfonts-core (UnBatang, UnDotum, UnGraphic), fonts-takao-mincho (TakaoPMincho), fonts-lxgw-wenkai (LXGW WenKai),
fonts-monoid (Monoid), fonts-yusei-magic (Yusei Magic). All TrueType (glyf outlines), embedded by reportlab. Every
drawn string is checked against its font's character map. The fax header of the fax renderings is set 4's (DejaVu
Sans Mono).

Every identifier is checksum-valid (distractors too): RPPS Luhn, ADELI / FINESS Luhn, SIRET Luhn, NIR key (mod 97,
2A -> 19). Amounts add up (check()). All random values are drawn before drawing, so the page callables are pure.

Renderings, for every layout: <id>.text.pdf (real text layer), <id>.scan.pdf (image-only), <id>.photo.jpg (phone
photo), <id>.fax-fine.tif (G4, 204x196), <id>.fax-normal.tif (G3, 204x98). File ids are neutral: k101..k110 (the order
of the files is not the order above). Each file gets <file>.json ground truth (same format as sets 4-24).

Ground-truth conventions (as earlier sets and DOMAIN.md): care_date = first day of care for a series; for a child
beneficiary nir = the insured parent's number printed on the page, patient_name and patient_birth_date = the child's;
rpps/adeli/finess = the invoicer only (FINESS for the ambulance company); amc_number = the complementary insurer's
number, never the adherent number; patient_name = 'LASTNAME Firstname' with accents as printed; a field not printed is
omitted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from stdnum import luhn
from stdnum.fr import nir as stdnir
from stdnum.fr import siret as stdsiret

from documents4_gen import (LAST, MUTUELLES, NBSP, F, Gen, Layout, Page, digits, eur, fax_tiff, make_adeli,
                            make_finess, make_rpps, make_siret, nir_spaced, phone, render, scan_pdf, siret_spaced)
from documents6_gen import city_of, dnum, photo6

TT = Path("/usr/share/fonts/truetype")
FONTS = {
    "YR": TT / "fonts-yrsa-rasa/Yrsa-Regular.ttf", "YRB": TT / "fonts-yrsa-rasa/Yrsa-Bold.ttf",
    "YRI": TT / "fonts-yrsa-rasa/Yrsa-Italic.ttf",
    "RA": TT / "fonts-yrsa-rasa/Rasa-Regular.ttf", "RAB": TT / "fonts-yrsa-rasa/Rasa-Bold.ttf",
    "RAL": TT / "fonts-yrsa-rasa/Rasa-Light.ttf", "RAS": TT / "fonts-yrsa-rasa/Rasa-SemiBold.ttf",
    "NG": TT / "nanum/NanumGothic.ttf", "NGB": TT / "nanum/NanumGothicBold.ttf",
    "VL": TT / "vlgothic/VL-PGothic-Regular.ttf",
    "UB": TT / "unfonts-core/UnBatang.ttf", "UBB": TT / "unfonts-core/UnBatangBold.ttf",
    "UD": TT / "unfonts-core/UnDotum.ttf", "UDB": TT / "unfonts-core/UnDotumBold.ttf",
    "UG": TT / "unfonts-core/UnGraphic.ttf", "UGB": TT / "unfonts-core/UnGraphicBold.ttf",
    "TM": TT / "takao-mincho/TakaoPMincho.ttf",
    "WK": TT / "lxgw-wenkai/LXGWWenKai-Regular.ttf", "WKB": TT / "lxgw-wenkai/LXGWWenKai-Bold.ttf",
    "WKL": TT / "lxgw-wenkai/LXGWWenKai-Light.ttf",
    "MO": TT / "monoid/Monoid-Regular.ttf", "MOB": TT / "monoid/Monoid-Bold.ttf",
    "YU": TT / "yusei-magic/YuseiMagic-Regular.ttf",
}
CMAP: dict[str, set[int]] = {}
for _n, _f in FONTS.items():
    _t = TTFont(_n, str(_f))
    pdfmetrics.registerFont(_t)
    CMAP[_n] = set(_t.face.charToGlyph)

D = dt.timedelta
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MINUS = "\u2212"


def longd(d: dt.date, weekday: bool = False) -> str:
    s = f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"
    return f"{JOURS[d.weekday()]} {s}" if weekday else s


def sl(d: dt.date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def dot4(d: dt.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def sl2(d: dt.date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"


def money(c: int, sep: str = NBSP) -> str:
    return eur(c, "eur", sep)


def num(c: int) -> str:
    return eur(c, "plain", NBSP)


class P(Page):
    """set 4's Page, with every string checked against its font's character map."""

    def t(self, x, y, s, f="YR", size=9.5, align="l", gray=0):
        miss = {ch for ch in s if ord(ch) not in CMAP[f] and ch != " "}
        assert not miss, (f, s, miss)
        super().t(x, y, s, f, size, align, gray)

    def stamp2(self, x, y, lines, angle, font, size, gray=0.3, box=True):
        """Rubber stamp centred on (x, y) in mm, rotated by angle degrees, lines in font."""
        for s in lines:
            miss = {ch for ch in s if ord(ch) not in CMAP[font] and ch != " "}
            assert not miss, (font, s, miss)
        c = self.c
        c.saveState()
        c.translate(x * mm, self.h - y * mm)
        c.rotate(angle)
        wmax = max(pdfmetrics.stringWidth(s, font, size[i] if isinstance(size, list) else size)
                   for i, s in enumerate(lines)) / mm + 8
        sizes = size if isinstance(size, list) else [size] * len(lines)
        hh = sum(s * 0.42 for s in sizes) + 6
        c.setStrokeGray(gray)
        c.setFillGray(gray)
        if box:
            c.setLineWidth(1.6)
            c.roundRect(-wmax / 2 * mm, -hh / 2 * mm, wmax * mm, hh * mm, 2.5 * mm, stroke=1, fill=0)
            c.setLineWidth(0.6)
            c.roundRect((-wmax / 2 + 1.2) * mm, (-hh / 2 + 1.2) * mm, (wmax - 2.4) * mm, (hh - 2.4) * mm, 1.8 * mm,
                        stroke=1, fill=0)
        yy = hh / 2 - 3
        for s, sz in zip(lines, sizes):
            yy -= sz * 0.36
            c.setFont(font, sz)
            c.drawCentredString(0, yy * mm, s)
            yy -= sz * 0.06
        c.restoreState()


def sunday(r: random.Random, months=(2, 10)) -> dt.date:
    d = dt.date(2025, r.randint(*months), r.randint(1, 20))
    while d.weekday() != 6:
        d += D(1)
    return d


def weekday_date(r: random.Random, months=(2, 10), wd: int = 0) -> dt.date:
    d = dt.date(2025, r.randint(*months), r.randint(1, 20))
    while d.weekday() != wd:
        d += D(1)
    return d


def lay(id_, pages, docs, fax_name, size=None) -> Layout:
    L = Layout(id_, pages, docs, fax_name=fax_name, extra=True, photo=True)
    if size:
        L.size = size
    return L


# ------------------------------------------------------------------------------------------------ layouts
def l01_osteopathe(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1960, 2001))
    street, city, dept = g.addr()
    adeli = make_adeli(r, dnum(dept), "0")
    prac = (r.choice(["Thibault", "Margaux", "Quentin", "Camille"]), r.choice(LAST))
    d1 = weekday_date(r, (2, 9), r.choice([1, 3]))
    d2 = d1 + D(r.choice([14, 21]))
    issued = d2
    number = f"OST-{issued.year}-{r.randint(100, 999):04d}"
    fee = 6000
    total, amo, amc = 2 * fee, 0, 2 * 3500
    pt = total - amo - amc
    amcn, adh = g.amc_number(), digits(r, 10)
    mut = r.choice(MUTUELLES)
    siret = make_siret(r)
    tel = phone(r)
    motif = r.choice(["Lombalgie", "Cervicalgie", "Dorsalgie"])

    def p1(p: P):
        p.t(105, 22, f"{prac[0]} {prac[1]}", "YRB", 17, "c")
        p.t(105, 29, "Ostéopathe D.O. — Membre du registre des ostéopathes", "YRI", 10, "c")
        p.t(105, 35, f"{street} · {city} · {tel}", "YR", 9.5, "c")
        p.t(105, 40.5, f"N° ADELI {adeli}  ·  SIRET {siret_spaced(siret)}", "YR", 9.5, "c")
        p.line(60, 45, 150, 45, 0.5)
        p.t(105, 58, "NOTE D'HONORAIRES", "YRB", 14, "c")
        p.t(105, 64, f"n° {number}", "YR", 10.5, "c")
        y = 78
        p.t(25, y, "Patient :", "YRB", 11)
        p.t(50, y, f"{pat['civ']} {pat['last']} {pat['first']}, né{'e' if pat['sex'] == 2 else ''} le "
                   f"{longd(pat['birth'])}", "YR", 11)
        p.t(25, y + 7, "N° de sécurité sociale :", "YR", 10.5)
        p.t(70, y + 7, nir_spaced(pat["nir"]), "YR", 10.5)
        p.t(25, y + 14, "Mutuelle :", "YR", 10.5)
        p.t(50, y + 14, f"{mut} — N° AMC {amcn} — N° adhérent {adh}", "YR", 10.5)
        p.t(25, y + 21, f"Motif de consultation : {motif.lower()}", "YRI", 10.5)
        y = 112
        rows = [[f"le {longd(d1)}", "Séance d'ostéopathie (45 min)", money(fee)],
                [f"le {longd(d2)}", "Séance d'ostéopathie (45 min)", money(fee)]]
        y = p.table(25, y, [55, 80, 25], ["Date", "Prestation", "Honoraires"], rows, "llr", "YR", "YRB", 10.5,
                    8, 0.92, grid=True, vlines=False)
        y += 10
        p.t(130, y, "Total des honoraires", "YRB", 11, "r")
        p.t(185, y, money(total), "YRB", 11, "r")
        p.t(130, y + 7, "Part Assurance Maladie (acte non remboursé)", "YR", 10.5, "r")
        p.t(185, y + 7, money(amo), "YR", 10.5, "r")
        p.t(130, y + 14, f"{MINUS} Prise en charge mutuelle (tiers payant)", "YR", 10.5, "r")
        p.t(185, y + 14, f"{MINUS} {money(amc)}", "YR", 10.5, "r")
        p.line(110, y + 17, 185, y + 17, 0.5)
        p.t(130, y + 23, "Reste à régler par le patient", "YRB", 11, "r")
        p.t(185, y + 23, money(pt), "YRB", 11, "r")
        p.t(25, y + 40, f"Fait à {city_of(city)}, le {longd(issued)}", "YR", 10.5)
        p.t(25, y + 47, "Les séances d'ostéopathie ne sont pas prises en charge par l'Assurance Maladie.", "YRI", 9)
        p.t(25, y + 52, "TVA non applicable, article 261-4-1° du CGI.", "YRI", 9)
        p.stamp2(150, y + 52, ["ACQUITTÉ", f"{num(pt)} € — CB", f"le {longd(issued)}"], 9, "YRB", [15, 10, 10],
                 gray=0.35)

    f = F(adeli=adeli, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=d1, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return lay("osteopathe-deduction-acquitte", [p1], [("invoice", f)], f"OSTEO {prac[1]}")


def l02_generaliste(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1950, 1990))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    doc = (r.choice(["Hélène", "Pascal", "Nadia", "Olivier"]), r.choice(LAST))
    care = dt.date(2025, r.randint(2, 10), r.randint(1, 28))
    issued = care
    number = f"{care:%y%m}{r.randint(10, 99)}"
    lines = [("G", "Consultation de médecine générale", 3000), ("DEQP003", "Électrocardiogramme (ECG) sur au moins 12 "
                                                                           "dérivations", 1426)]
    total = sum(x for *_, x in lines)
    amo = int(round(total * 0.7)) - 200
    amc = total - int(round(total * 0.7))
    pt = total - amo - amc
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    am = f"{dnum(dept)}1{digits(r, 5)}"
    siret = make_siret(r)
    n = pat["nir"]
    nir5 = f"{n[0:5]} {n[5:10]} {n[10:15]}"

    def p1(p: P):
        p.rect(0, 0, 210, 30, fill=0.93, stroke=False)
        p.t(18, 13, f"Docteur {doc[0]} {doc[1].title() if '-' not in doc[1] else doc[1]}", "NGB", 15)
        p.t(18, 19.5, "Médecin généraliste — Conventionné secteur 1", "NG", 9.5)
        p.t(18, 25, f"{street}, {city} — Tél. {phone(random.Random(rpps))}", "NG", 9)
        p.t(192, 13, f"RPPS {rpps}", "NG", 9.5, "r")
        p.t(192, 19.5, f"N° AM {am}", "NG", 9.5, "r")
        p.t(105, 45, "FACTURE — DISPENSE D'AVANCE DE FRAIS", "NGB", 13, "c")
        p.t(18, 58, f"Facture n° {number}", "NGB", 10)
        p.t(192, 58, f"{city_of(city)}, le {longd(issued)}", "NG", 10, "r")
        p.rect(18, 64, 174, 30, width=0.5)
        p.t(22, 71, "Patient(e)", "NG", 8, gray=0.35)
        p.t(22, 77, f"{pat['last']} {pat['first']}", "NGB", 11)
        p.t(22, 83, f"Date de naissance : {sl(pat['birth'])}", "NG", 9.5)
        p.t(22, 89, f"N° d'immatriculation : {nir5}", "NG", 9.5)
        p.t(110, 71, "Organisme complémentaire", "NG", 8, gray=0.35)
        p.t(110, 77, mut, "NGB", 10)
        p.t(110, 83, f"N° AMC : {amcn}", "NG", 9.5)
        p.t(110, 89, "Tiers payant intégral AMO + AMC", "NG", 9.5)
        p.t(18, 106, f"Actes réalisés le {longd(care)}", "NGB", 10.5)
        rows = [[c, lab, money(x)] for c, lab, x in lines]
        y = p.table(18, 110, [28, 116, 30], ["Code", "Libellé", "Montant"], rows, "llr", "NG", "NGB", 9.5, 7.5, 0.88)
        y += 10
        items = [("Montant des actes", money(total), "NGB"),
                 (f"- Part obligatoire (tiers payant)", f"-{money(amo)}", "NG"),
                 (f"- Part complémentaire (tiers payant)", f"-{money(amc)}", "NG")]
        for i, (a, b, fn) in enumerate(items):
            p.t(150, y + i * 7, a, fn, 10, "r")
            p.t(192, y + i * 7, b, fn, 10, "r")
        p.line(110, y + 17, 192, y + 17, 0.6)
        p.t(150, y + 23, "Reste dû (participation forfaitaire)", "NGB", 10, "r")
        p.t(192, y + 23, money(pt), "NGB", 10, "r")
        p.t(18, y + 40, "La participation forfaitaire de 2 € reste à la charge de l'assuré(e).", "NG", 8.5, gray=0.3)
        p.t(105, 285, f"SIRET {siret_spaced(siret)} — Membre d'une association de gestion agréée", "NG", 7.5, "c",
            gray=0.35)

    f = F(rpps=rpps, nir=n, patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return lay("generaliste-ecg-lignes-moins", [p1], [("invoice", f)], f"DR {doc[1]}")


def l03_opticien(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1976, 1972 + 10), dept="2A")
    street, city, dept = g.addr()
    adeli = make_adeli(r, dnum(dept), "28")
    shop = r.choice(["Optique du Marché", "Lunetterie Centrale", "Optique Vision Plus"])
    presc_rpps = make_rpps(r)
    presc_date = dt.date(2025, r.randint(1, 7), r.randint(1, 28))
    care = presc_date + D(r.randint(20, 60))
    issued = care
    number = f"F{care.year}{r.randint(1000, 9999)}"
    frame, lens = r.choice([21900, 24500, 19900]), r.choice([39500, 41000, 38500])
    lines = [("2223342", "Monture adulte classe B — réf. " + f"{r.choice(['TR', 'KL', 'MX'])}{r.randint(100, 999)}",
              "—", frame, 3, 10000),
             ("2227038", "Verre progressif très complexe classe B", "OD", lens, 3, 25000),
             ("2227038", "Verre progressif très complexe classe B", "OG", lens, 3, 25000)]
    total = sum(l[3] for l in lines)
    amo = sum(l[4] for l in lines)
    amc = sum(l[5] for l in lines)
    pt = total - amo - amc
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    siret = make_siret(r)
    sph = [f"{r.choice(['+', '-'])}{r.choice(['0,75', '1,25', '2,00', '1,50'])}" for _ in range(2)]
    add = r.choice(["+2,00", "+2,25", "+1,75"])
    opht = r.choice(LAST)

    def p1(p: P):
        p.t(18, 20, shop, "RAB", 18)
        p.t(18, 27, f"{street} — {city} — Tél. {phone(random.Random(adeli))}", "VL", 9)
        p.t(18, 32, f"Opticien diplômé — N° ADELI {adeli} — SIRET {siret_spaced(siret)}", "VL", 9)
        p.line(18, 36, 192, 36, 1.2)
        p.t(192, 47, "FACTURE", "RAB", 16, "r")
        p.t(192, 54, f"N° {number}", "VL", 10, "r")
        p.t(192, 60, f"Date : {sl(issued)}", "VL", 10, "r")
        p.t(18, 47, "Client(e)", "RAS", 11)
        p.t(18, 54, f"{pat['civ']} {pat['last']} {pat['first']}", "VL", 10)
        p.t(18, 60, f"Né(e) le {sl(pat['birth'])}", "VL", 10)
        p.t(18, 66, f"N° SS {nir_spaced(pat['nir'])}", "VL", 10)
        p.t(18, 72, f"Complémentaire : {mut} (N° AMC {amcn})", "VL", 10)
        p.rect(18, 80, 174, 24, fill=0.95, width=0.4)
        p.t(22, 86, f"Ordonnance du Dr {opht}, ophtalmologiste — RPPS {presc_rpps} — du {sl(presc_date)}", "VL", 9)
        p.t(22, 92, f"OD : {sph[0]} (-0,50 à 90°)  add {add}      OG : {sph[1]} (-0,25 à 80°)  add {add}", "VL", 9)
        p.t(22, 98, f"Équipement délivré le {sl(care)} — renouvellement (dernier équipement > 2 ans)", "VL", 9)
        rows = [[c, lab, e, num(pr), num(a), num(m), num(pr - a - m)] for c, lab, e, pr, a, m in lines]
        y = p.table(18, 112, [18, 72, 10, 20, 16, 20, 18], ["Code LPP", "Désignation", "Œil", "Prix TTC", "PC Sécu",
                                                             "PC Mutuelle", "RAC"], rows, "llcrrrr", "VL", "RAB", 8.5,
                    7, 0.86)
        y += 4
        p.rect(18, y, 174, 8, fill=0.9, stroke=False)
        p.t(22, y + 5.5, "TOTAUX", "RAB", 9.5)
        for x, v in [(138, total), (154, amo), (174, amc), (192, pt)]:
            p.t(x - 1.5, y + 5.5, num(v), "RAB", 9, "r")
        y += 18
        for i, (a, v) in enumerate([("Total TTC", total), ("Prise en charge Sécurité sociale", amo),
                                    ("Prise en charge mutuelle (tiers payant)", amc), ("Reste à charge client", pt)]):
            p.t(150, y + i * 6.5, a, "RAS" if i in (0, 3) else "RA", 10.5, "r")
            p.t(192, y + i * 6.5, money(v), "RAS" if i in (0, 3) else "RA", 10.5, "r")
        p.t(18, y + 34, "Équipement classe B (tarifs libres). Une offre 100 % Santé (classe A) vous a été proposée.",
            "VL", 8.5)
        p.t(18, y + 39, "Dont TVA 20 % incluse. Garantie 2 ans monture, adaptation des verres progressifs 3 mois.",
            "VL", 8.5)

    f = F(adeli=adeli, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return lay("opticien-progressifs-classe-b", [p1], [("invoice", f)], shop.upper())


def l04_thermal(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1945, 1965))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    station = r.choice([("Dax", "40"), ("Aix-les-Bains", "73"), ("Vichy", "03"), ("Balaruc-les-Bains", "34")])
    finess_th = make_finess(r, station[1])
    doc = (r.choice(["Marc", "Isabelle", "Antoine"]), r.choice(LAST))
    start = weekday_date(r, (3, 9), 0)
    end = start + D(20)
    issued = end + D(r.randint(0, 3))
    number = f"TH{start.year % 100}-{r.randint(1000, 9999)}"
    pec = f"{digits(r, 2)} {digits(r, 6)}"
    lines = [("STH", "Forfait de surveillance médicale de la cure", 1, 8000),
             ("PMC", "Pratique médicale complémentaire (douche filiforme)", 6, 1000)]
    total = sum(q * u for _, _, q, u in lines)
    amo = int(round(total * 0.7))
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    orient = r.choice([("RH", "Rhumatologie"), ("VR", "Voies respiratoires"), ("PHL", "Phlébologie")])

    def p1(p: P):
        p.t(20, 20, f"Docteur {doc[0]} {doc[1]}", "UBB", 15)
        p.t(20, 26, f"Médecin thermal — Station de {station[0]}", "UB", 10)
        p.t(20, 31, f"{street} — {city}", "UB", 9.5)
        p.t(20, 36, f"N° RPPS : {rpps}", "UB", 9.5)
        p.t(190, 20, "NOTE D'HONORAIRES", "UBB", 13, "r")
        p.t(190, 26, f"N° {number}", "UB", 10, "r")
        p.t(190, 31, f"Émise le {dot4(issued)}", "UB", 10, "r")
        p.line(20, 41, 190, 41, 0.8)
        p.line(20, 42, 190, 42, 0.3)
        p.t(20, 52, "Curiste", "UBB", 10.5)
        p.t(55, 52, f"{pat['last']} {pat['first']}", "UB", 10.5)
        p.t(20, 58, "Né(e) le", "UBB", 10.5)
        p.t(55, 58, dot4(pat["birth"]), "UB", 10.5)
        p.t(20, 64, "NIR", "UBB", 10.5)
        p.t(55, 64, nir_spaced(pat["nir"]), "UB", 10.5)
        p.t(20, 70, "Mutuelle", "UBB", 10.5)
        p.t(55, 70, f"{mut} — N° AMC {amcn}", "UB", 10.5)
        p.rect(20, 78, 170, 26, fill=0.95, width=0.4)
        p.t(24, 85, f"Cure thermale conventionnée du {dot4(start)} au {dot4(end)} (18 jours de soins)", "UBB", 10)
        p.t(24, 91, f"Orientation : {orient[1]} ({orient[0]}) — Établissement : Thermes de {station[0]}, "
                    f"FINESS {finess_th}", "UB", 9)
        p.t(24, 97, f"Prise en charge CPAM n° {pec} — première visite médicale le {dot4(start)}", "UB", 9)
        rows = [[c, lab, str(q), num(u), num(q * u)] for c, lab, q, u in lines]
        y = p.table(20, 112, [18, 96, 12, 20, 24], ["Code", "Désignation", "Qté", "P.U.", "Montant"], rows, "llcrr",
                    "UB", "UBB", 9.5, 7.5, 0.88)
        y += 10
        for i, (a, v) in enumerate([("Total honoraires", total), ("Part Assurance Maladie (70 %)", amo),
                                    ("Part mutuelle (30 %)", amc), ("Reste à charge du curiste", pt)]):
            p.t(150, y + i * 6.5, a, "UBB" if i == 0 else "UB", 10, "r")
            p.t(190, y + i * 6.5, money(v), "UBB" if i == 0 else "UB", 10, "r")
        p.t(20, y + 36, "Les frais d'hébergement et de transport ne figurent pas sur cette note.", "UB", 8.5, gray=0.3)
        p.t(20, y + 41, "Les soins thermaux sont facturés séparément par l'établissement thermal.", "UB", 8.5, gray=0.3)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=start, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return lay("medecin-thermal-forfait", [p1], [("invoice", f)], f"DR {doc[1]} THERMAL")


def l05_dentiste_garde(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1970, 2004))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    doc = (r.choice(["Lucie", "Damien", "Sophie", "Karim"]), r.choice(LAST))
    care = sunday(r)
    issued = care
    number = f"PDSD-{care:%m%d}-{r.randint(10, 99)}"
    call = f"{r.randint(8, 11)} h {r.choice(['05', '20', '35', '50'])}"
    tooth = r.choice(["36", "46", "27", "17"])
    lines = [("C", "Consultation", "", 2300), ("F", "Majoration dimanche et jours fériés", "", 1906),
             ("HBGD036", "Avulsion d'une dent permanente sur arcade", tooth, 3344),
             ("", "Anesthésie locale — incluse", tooth, 0)]
    total = sum(l[3] for l in lines)
    amo = int(round(total * 0.7))
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    am = f"{dnum(dept)}4{digits(r, 5)}"

    def p1(p: P):
        p.rect(18, 14, 174, 12, fill=0.2, stroke=False)
        p.c.setFillGray(1)
        p.c.setFont("UDB", 12)
        head = "PERMANENCE DES SOINS DENTAIRES — DIMANCHES ET JOURS FÉRIÉS"
        assert all(ord(ch) in CMAP["UDB"] for ch in head if ch != " ")
        p.c.drawString(22 * mm, p.h - 22 * mm, head)
        p.c.setFillGray(0)
        p.t(18, 36, f"Dr {doc[0]} {doc[1]}, chirurgien-dentiste de garde", "UDB", 11.5)
        p.t(18, 42, f"Cabinet : {street}, {city}", "UD", 9.5)
        p.t(18, 47.5, f"RPPS {rpps}   ·   N° AM {am}", "UD", 9.5)
        p.t(192, 36, f"Facture {number}", "UDB", 10.5, "r")
        p.t(192, 42, f"Le {longd(issued, True)}", "UD", 9.5, "r")
        p.t(18, 60, "Patient", "UDB", 10)
        p.t(48, 60, f"{pat['last']} {pat['first']} — né(e) le {sl(pat['birth'])}", "UD", 10)
        p.t(18, 66, "Sécurité sociale", "UDB", 10)
        p.t(48, 66, nir_spaced(pat["nir"]), "UD", 10)
        p.t(18, 72, "Complémentaire", "UDB", 10)
        p.t(48, 72, f"{mut}, N° AMC {amcn}", "UD", 10)
        p.t(18, 80, f"Appel reçu par la régulation (15) à {call}, patient reçu au cabinet le {longd(care, True)}.",
            "UD", 9)
        rows = [[c, lab, t, num(x)] for c, lab, t, x in lines]
        y = p.table(18, 88, [24, 100, 20, 30], ["Code", "Acte", "Dent", "Honoraires"], rows, "llcr", "UD", "UDB", 9.5,
                    7.5, 0.85)
        y += 12
        p.rect(112, y - 6, 80, 31, width=0.6)
        for i, (a, v) in enumerate([("Total", total), ("Part AMO (70 %)", amo), ("Part AMC (30 %)", amc),
                                    ("À régler", pt)]):
            p.t(116, y + i * 7, a, "UDB" if i in (0, 3) else "UD", 10)
            p.t(188, y + i * 7, money(v), "UDB" if i in (0, 3) else "UD", 10, "r")
        p.t(18, y + 38, "Ordonnance remise : antalgique, bain de bouche. Revoir votre dentiste traitant sous 8 jours.",
            "UD", 8.5)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return lay("dentiste-garde-dimanche", [p1], [("invoice", f)], "PDSD GARDE DENTAIRE")


def l06_phototherapie(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1965, 2002))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    doc = (r.choice(["Claire", "Vincent", "Agnès"]), r.choice(LAST))
    start = weekday_date(r, (2, 7), 0)
    sess = []
    d = start
    while len(sess) < 12:
        if d.weekday() in (0, 2, 4):
            sess.append(d)
        d += D(1)
    issued = sess[-1]
    number = f"{issued.year}/{r.randint(1000, 4999)}"
    unit = 1760
    total = unit * 12
    amo = int(round(total * 0.7))
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    nxt = issued + D(r.randint(60, 90))
    dose = f"{r.randint(9, 16)},{r.randint(0, 9)} J/cm²"

    def p1(p: P):
        p.t(20, 20, "CABINET DE DERMATOLOGIE", "UGB", 10, gray=0.4)
        p.t(20, 28, f"Dr {doc[0]} {doc[1]}", "UGB", 15)
        p.t(20, 34, "Dermatologue — Vénéréologue — Secteur 1", "TM", 10)
        p.t(20, 39.5, f"{street}, {city}", "TM", 10)
        p.t(20, 45, f"RPPS : {rpps}", "TM", 10)
        p.t(190, 28, "Relevé de séances", "UGB", 13, "r")
        p.t(190, 34, f"Facture n° {number}", "TM", 10, "r")
        p.t(190, 39.5, f"Date : {sl(issued)}", "TM", 10, "r")
        p.line(20, 50, 190, 50, 0.6)
        p.t(20, 60, f"Patient : {pat['last']} {pat['first']}", "TM", 10.5)
        p.t(120, 60, f"Né(e) le : {sl(pat['birth'])}", "TM", 10.5)
        p.t(20, 66, f"N° d'assuré : {nir_spaced(pat['nir'])}", "TM", 10.5)
        p.t(20, 72, f"Assurance complémentaire : {mut} — N° AMC {amcn}", "TM", 10.5)
        p.t(20, 84, f"Photothérapie UVB TL01, corps entier — série de 12 séances du {sl(start)} au {sl(issued)}",
            "UGB", 10)
        p.t(20, 90, f"Acte QZNP001 ({num(unit)} € la séance) — dose cumulée {dose}", "TM", 9.5)
        x0, y0, cw, ch = 20, 96, 42.5, 14
        for i, sd in enumerate(sess):
            cx, cy = x0 + (i % 4) * cw, y0 + (i // 4) * ch
            p.rect(cx, cy, cw, ch, width=0.4)
            p.t(cx + 2, cy + 5, f"Séance {i + 1}", "UG", 7.5, gray=0.4)
            p.t(cx + cw / 2, cy + 11, sl2(sd), "TM", 11, "c")
        y = y0 + 3 * ch + 14
        for i, (a, v) in enumerate([("Total des 12 séances", total), ("Part Assurance Maladie", amo),
                                    ("Part complémentaire", amc), ("Reste à votre charge", pt)]):
            p.t(140, y + i * 7, a, "UGB" if i == 0 else "TM", 10.5, "r")
            p.t(190, y + i * 7, money(v), "UGB" if i == 0 else "TM", 10.5, "r")
        p.t(20, y + 38, f"Prochaine série envisagée à partir du {sl(nxt)} selon l'évolution.", "TM", 9)
        p.t(20, y + 44, "Tiers payant appliqué sur la part obligatoire et la part complémentaire.", "TM", 9)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=start, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return lay("dermatologue-phototherapie-grille", [p1], [("invoice", f)], f"DERMATO {doc[1]}")


def l07_psychomot(g: Gen) -> Layout:
    r = g.rng
    parent = g.person(year=(1978, 1992))
    child = g.person(year=(2016, 2020))
    child["last"] = parent["last"]
    child["norm"] = f"{child['last']} {child['first']}"
    street, city, dept = g.addr()
    adeli = make_adeli(r, dnum(dept), "96")
    prac = (r.choice(["Manon", "Julien", "Pauline"]), r.choice(LAST))
    d1 = weekday_date(r, (2, 9), 2)
    sess = [d1, d1 + D(7), d1 + D(14)]
    issued = sess[-1]
    number = f"PM{issued.year}-{r.randint(100, 999)}"
    lines = [(sess[0], "Bilan psychomoteur (test + compte rendu)", 18000), (sess[1], "Séance de psychomotricité", 4500),
             (sess[2], "Séance de psychomotricité", 4500)]
    total = sum(x for *_, x in lines)
    amo, amc = 0, 10000
    pt = total - amc
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    ped_rpps = make_rpps(r)
    letter = d1 - D(r.randint(20, 40))
    school = r.choice(["école élémentaire Jules-Ferry", "école Pasteur", "école des Tilleuls"])

    def p1(p: P):
        p.t(20, 22, f"{prac[0]} {prac[1]}", "WKB", 17)
        p.t(20, 29, "Psychomotricien(ne) diplômé(e) d'État", "WK", 10.5)
        p.t(20, 35, f"{street} — {city}", "WK", 10)
        p.t(20, 41, f"N° ADELI : {adeli}", "WK", 10)
        p.t(190, 22, "Facture", "WKB", 15, "r")
        p.t(190, 29, f"n° {number}", "WK", 10.5, "r")
        p.t(190, 35, f"du {dot4(issued)}", "WK", 10.5, "r")
        p.rect(20, 50, 82, 36, radius=3, width=0.5)
        p.t(24, 57, "Enfant suivi", "WKB", 10)
        p.t(24, 64, f"{child['last']} {child['first']}", "WK", 10.5)
        p.t(24, 70, f"Né(e) le {dot4(child['birth'])}", "WK", 10)
        p.t(24, 76, f"Scolarisé(e) : {school}", "WKL", 9)
        p.rect(108, 50, 82, 36, radius=3, width=0.5)
        p.t(112, 57, "Assuré(e) — représentant légal", "WKB", 10)
        p.t(112, 64, f"{parent['civ']} {parent['last']} {parent['first']}", "WK", 10.5)
        p.t(112, 70, f"NIR {nir_spaced(parent['nir'])}", "WK", 10)
        p.t(112, 76, f"{mut}", "WK", 9.5)
        p.t(112, 82, f"N° AMC {amcn}", "WK", 9.5)
        p.t(20, 96, f"Indication : courrier du Dr {r_ped} (pédiatre), RPPS {ped_rpps}, du {dot4(letter)}.", "WKL",
            9.5)
        rows = [[dot4(d), lab, money(x)] for d, lab, x in lines]
        y = p.table(20, 104, [32, 108, 30], ["Date", "Prestation", "Montant"], rows, "llr", "WK", "WKB", 10, 8,
                    0.9)
        y += 12
        for i, (a, v) in enumerate([("Total", total), ("Part Assurance Maladie (hors nomenclature)", amo),
                                    ("Forfait psychomotricité mutuelle (tiers payant)", amc),
                                    ("Reste à la charge de la famille", pt)]):
            p.t(150, y + i * 7, a, "WKB" if i in (0, 3) else "WK", 10.5, "r")
            p.t(190, y + i * 7, money(v), "WKB" if i in (0, 3) else "WK", 10.5, "r")
        p.t(20, y + 40, "Les séances de psychomotricité en libéral ne sont pas remboursées par l'Assurance Maladie.",
            "WKL", 9)

    r_ped = r.choice(LAST)
    f = F(adeli=adeli, nir=parent["nir"], patient_name=child["norm"], patient_birth_date=child["birth"],
          invoice_number=number, invoice_date=issued, care_date=d1, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return lay("psychomotricien-enfant", [p1], [("invoice", f)], f"PSYCHOMOT {prac[1]}")


def l08_gyneco_refax(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(sex=2, year=(1985, 2000))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    siret = make_siret(r)
    doc = (r.choice(["Anne", "Delphine", "Sarah"]), r.choice(LAST))
    care = dt.date(2025, r.randint(2, 10), r.randint(2, 26))
    pre = care - D(r.randint(6, 9))
    issued = care + D(1)
    number = f"G{issued:%y}{r.randint(10000, 99999)}"
    lines = [("CS", "Consultation spécialiste", 3000), ("JKLD001", "Pose d'un dispositif intra-utérin", 3840)]
    total = sum(x for *_, x in lines)
    amo = int(round(total * 0.7))
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    oldfax = f"{sl(issued)} {r.randint(9, 17):02d}:{r.randint(0, 59):02d}  FAX +33 {phone(r)[1:]}  CABINET GYNECO " \
             f"{doc[1]}  P.01/01"
    am = f"{dnum(dept)}1{digits(r, 5)}"

    def p1(p: P):
        p.t(14, 11.5, oldfax, "MO", 8.2, gray=0.15)
        p.t(105, 14, f"Docteur {doc[0]} {doc[1]}", "UGB", 16, "c")
        p.t(105, 21, "Gynécologie médicale — Secteur 1", "UG", 10, "c")
        p.t(105, 27, f"{street} — {city}", "UG", 9.5, "c")
        p.t(105, 33, f"RPPS {rpps} SIRET {siret} — N° AM {am}", "UG", 9.5, "c")
        p.line(20, 37, 190, 37, 0.5)
        p.t(20, 50, "NOTE D'HONORAIRES", "UGB", 13)
        p.t(190, 50, f"N° {number}", "UG", 10.5, "r")
        p.t(190, 56, f"établie le {sl(issued)}", "UG", 10, "r")
        p.t(20, 64, f"Patiente : {pat['last']} {pat['first']}", "UGB", 10.5)
        p.t(20, 70, f"Née le {sl(pat['birth'])} — NIR {nir_spaced(pat['nir'])}", "UG", 10)
        p.t(20, 76, f"Mutuelle : {mut} — N° AMC {amcn}", "UG", 10)
        p.t(20, 86, f"Consultation préalable d'information le {sl(pre)}. Pose réalisée le {sl(care)}.", "UG", 9.5)
        rows = [[sl(care), c, lab, money(x)] for c, lab, x in lines]
        y = p.table(20, 92, [26, 22, 92, 30], ["Date", "Code", "Acte", "Montant"], rows, "lllr", "UG", "UGB", 9.5, 7.5,
                    0.88)
        y += 8
        p.t(20, y, "DIU au cuivre délivré en pharmacie sur ordonnance (30,50 €), non facturé sur cette note.", "UG",
            8.5, gray=0.3)
        y += 12
        for i, (a, v) in enumerate([("Total des honoraires", total), ("Part AMO", amo), ("Part AMC", amc),
                                    ("Reste à charge", pt)]):
            p.t(150, y + i * 7, a, "UGB" if i == 0 else "UG", 10.5, "r")
            p.t(190, y + i * 7, money(v), "UGB" if i == 0 else "UG", 10.5, "r")
        p.t(20, y + 38, "Contrôle échographique conseillé 4 à 6 semaines après la pose.", "UG", 9)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return lay("gyneco-diu-refaxe", [p1], [("invoice", f)], f"DR {doc[1]}")


def l09_ambulance_carbone(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1940, 1985))
    street, city, dept = g.addr()
    finess = make_finess(r, dnum(dept))
    finess_h = make_finess(r, dnum(dept))
    siret = make_siret(r)
    er_rpps = make_rpps(r)
    company = f"Ambulances {r.choice(['du Littoral', 'Saint-Roch', 'des Trois Vallées', 'Secours Plus'])}"
    care = dt.date(2025, r.randint(2, 10), r.randint(1, 26))
    pmt = care + D(1)
    issued = care + D(r.randint(2, 4))
    number = f"AMB{care:%y%m}{r.randint(100, 999)}"
    km = r.randint(9, 24)
    forfait, kmu = 6600, 233
    kmt = km * kmu
    night = (forfait + kmt) // 2
    samu = 2500
    total = forfait + kmt + night + samu
    amo = int(round(total * 0.65))
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    agr = f"{dnum(dept)}-{r.randint(100, 999)}"
    imm = f"{r.choice('ABCDEFG')}{r.choice('HJKLMN')}-{r.randint(100, 999)}-{r.choice('PQRST')}{r.choice('VWXYZ')}"

    def p1(p: P):
        p.t(15, 12, "2e FEUILLET — EXEMPLAIRE ORGANISME COMPLÉMENTAIRE", "UDB", 8, gray=0.35)
        p.t(15, 22, company, "UDB", 15)
        p.t(15, 28, f"{street} — {city}", "UD", 9)
        p.t(15, 33, f"N° FINESS {finess}   Agrément ARS n° {agr}   SIRET {siret_spaced(siret)}", "UD", 8.5)
        p.t(195, 22, "FACTURE DE TRANSPORT", "UDB", 12, "r")
        p.t(195, 28, "AMBULANCE — URGENCE (appel SAMU 15)", "UD", 9, "r")
        p.rect(140, 31, 55, 14, width=0.6)
        p.t(143, 36, "N° facture", "UD", 7.5)
        p.t(143, 42, number, "MO", 10)
        p.t(195, 49, f"Date de facturation : {sl(issued)}", "UD", 8.5, "r")
        p.t(15, 53, "Patient", "UD", 7.5)
        p.t(15, 59, f"{pat['last']} {pat['first']}", "MOB", 10)
        p.t(100, 53, "Date de naissance", "UD", 7.5)
        p.t(100, 59, sl(pat["birth"]), "MO", 10)
        p.t(145, 53, "N° immatriculation", "UD", 7.5)
        p.t(145, 59, pat["nir"], "MO", 9.5)
        p.t(15, 67, "Organisme complémentaire / N° AMC", "UD", 7.5)
        p.t(15, 73, f"{mut} / {amcn}", "MO", 9.5)
        p.line(15, 77, 195, 77, 0.4, gray=0.4)
        p.t(15, 84, "Transport du", "UD", 7.5)
        p.t(15, 90, f"{sl(care)} 23:40", "MO", 10)
        p.t(62, 84, "Départ", "UD", 7.5)
        p.t(62, 90, f"Domicile, {city_of(city)}", "MO", 9.5)
        p.t(125, 84, "Arrivée", "UD", 7.5)
        p.t(125, 90, f"Urgences CH {city_of(city)}"[:30], "MO", 9.5)
        p.t(125, 95, f"FINESS {finess_h}", "MO", 8.5)
        p.t(15, 101, f"Prescription médicale de transport établie le {sl(pmt)} par le Dr {r.choice(LAST)}, "
                    f"urgentiste, RPPS {er_rpps}", "UD", 8.5)
        p.t(15, 106, f"Véhicule {imm} — équipage : 2 ambulanciers DE — sortie sur demande du Centre 15", "UD", 8.5)
        rows = [["Forfait de prise en charge ambulance", "1", num(forfait)],
                [f"Kilomètres parcourus en charge", f"{km} km x {num(kmu)}", num(kmt)],
                ["Majoration de nuit (20 h - 8 h) 50 %", "", num(night)],
                ["Supplément intervention urgente SAMU", "1", num(samu)]]
        y = p.table(15, 112, [110, 40, 30], ["Désignation", "Quantité", "Montant"], rows, "lcr", "MO", "UDB", 8.5, 7,
                    None)
        y += 10
        for i, (a, v) in enumerate([("TOTAL", total), ("Part AMO 65 %", amo), ("Part AMC 35 %", amc),
                                    ("Reste dû par l'assuré", pt)]):
            p.t(150, y + i * 6.5, a, "UDB", 9.5, "r")
            p.t(195, y + i * 6.5, money(v), "MOB" if i == 0 else "MO", 9.5, "r")
        p.t(15, y + 34, "Dispense d'avance de frais. Signature du patient ou de son représentant :", "UD", 8)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    L = lay("ambulance-samu-carbone", [p1], [("invoice", f)], company.upper())
    L.carbon = True
    return L


def l10_infirmiere_tampon(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1945, 1980))
    street, city, dept = g.addr()
    adeli = make_adeli(r, dnum(dept), "6")
    finess_h = make_finess(r, dnum(dept))
    presc_rpps = make_rpps(r)
    nurse = (r.choice(["Corinne", "Aurélie", "Nathalie"]), r.choice(LAST))
    presc = dt.date(2025, r.randint(2, 10), r.randint(1, 22))
    first = presc + D(1)
    days = [first + D(i) for i in range(5)]
    issued = days[-1] + D(r.randint(1, 2))
    number = f"{issued:%Y%m}-{r.randint(10, 99)}"
    per_day = 14 * 315 + 275
    total = per_day * 5
    amo = int(round(total * 0.6))
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    hosp = f"Centre hospitalier de {city_of(city)}"
    tel = phone(r)

    def p1(p: P):
        p.rect(15, 12, 180, 56, width=1.0)
        p.t(19, 20, hosp.upper(), "RAB", 12)
        p.t(19, 26, f"Service des maladies infectieuses — FINESS {finess_h}", "RA", 9.5)
        p.t(19, 34, "PRESCRIPTION MÉDICALE DE SOINS INFIRMIERS À DOMICILE", "RAB", 11)
        p.t(19, 41, f"Dr {r_pr}, praticien hospitalier — RPPS {presc_rpps}", "RA", 10)
        p.t(19, 47, f"Prescription du {sl(presc)} — sortie d'hospitalisation le {sl(presc)}", "RA", 10)
        p.t(19, 53, "Perfusion intraveineuse d'antibiotique sur voie veineuse périphérique, une fois par jour", "RA",
            10)
        p.t(19, 59, "pendant 5 jours, à domicile, à partir du lendemain de la sortie.", "RA", 10)
        p.t(19, 65, "Ordonnance jointe en original au dossier.", "RAL", 8.5)
        p.t(15, 80, "Relevé d'honoraires — soins infirmiers", "RAS", 11)
        p.t(195, 80, f"Relevé n° {number} du {sl(issued)}", "RA", 9.5, "r")
        p.t(15, 88, f"Patient : {pat['civ']} {pat['last']} {pat['first']}, né(e) le {sl(pat['birth'])}", "RA", 10)
        p.t(15, 94, f"N° de sécurité sociale : {nir_spaced(pat['nir'])}", "RA", 10)
        p.t(15, 100, f"Mutuelle : {mut} — N° AMC {amcn} — tiers payant AMO + AMC", "RA", 10)
        rows = [[sl(d), "AMI 14 + IFD", "Perfusion IV > 1 h, surveillance", num(per_day)] for d in days]
        y = p.table(15, 106, [28, 34, 88, 30], ["Date", "Cotation", "Soin", "Montant"], rows, "lllr", "RA", "RAB", 9.5,
                    7, 0.9)
        y += 10
        for i, (a, v) in enumerate([("Total", total), ("Part obligatoire (60 %)", amo),
                                    ("Part complémentaire (40 %)", amc), ("Reste à payer", pt)]):
            p.t(150, y + i * 6.5, a, "RAS" if i == 0 else "RA", 10, "r")
            p.t(195, y + i * 6.5, money(v), "RAS" if i == 0 else "RA", 10, "r")
        p.t(15, y + 34, "Soins réalisés par l'infirmière soussignée (cachet ci-dessous).", "RAL", 9)
        p.stamp2(145, y + 60, [f"{nurse[0]} {nurse[1]}", "Infirmière Diplômée d'État", street, city,
                                f"ADELI {adeli}", f"Tél. {tel}"], -7, "YU", [11, 9, 9, 9, 10, 9], gray=0.3)

    r_pr = r.choice(LAST)
    f = F(adeli=adeli, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=first, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return lay("infirmiere-perfusion-tampon", [p1], [("invoice", f)], f"IDE {nurse[1]}")


LAYOUTS = [l01_osteopathe, l02_generaliste, l03_opticien, l04_thermal, l05_dentiste_garde, l06_phototherapie,
           l07_psychomot, l08_gyneco_refax, l09_ambulance_carbone, l10_infirmiere_tampon]


# ------------------------------------------------------------------------------------------------- checks
def check(L: Layout) -> None:
    for kind, f in L.docs:
        ids = [k for k in ("rpps", "adeli", "finess") if k in f]
        assert len(ids) == 1, L.id
        if "rpps" in f:
            assert len(f["rpps"]) == 11 and luhn.is_valid(f["rpps"])
        for k in ("adeli", "finess"):
            if k in f:
                assert len(f[k]) == 9 and luhn.is_valid(f[k]), (k, f[k])
        n = f["nir"]
        assert stdnir.is_valid(n) and n[0] in "12" and 1 <= int(n[3:5]) <= 12 and len(n) == 15, n
        assert int(n[13:]) == 97 - int(n[:13].replace("2A", "19").replace("2B", "18")) % 97
        if n[5:7] in ("2A", "2B"):
            assert int(n[1:3]) >= 76
        c = {k: int(f[k].replace(".", "")) for k in ("total_amount", "amo_amount", "amc_amount", "patient_amount")}
        assert c["total_amount"] == c["amo_amount"] + c["amc_amount"] + c["patient_amount"], (L.id, c)
        assert all(v >= 0 for v in c.values())
        assert f["amc_number"].isdigit() and len(f["amc_number"]) in (8, 9)
        assert kind == "invoice" and f["care_date"] <= f["invoice_date"], L.id
        assert f["patient_birth_date"] < f["care_date"]


# ---------------------------------------------------------------------------------------------- renderings
def text_pdf25(L: Layout) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Facture")
    c.setCreator("Logiciel de facturation")
    ghost = None
    if getattr(L, "carbon", False):
        ghost = carbon_ghost(L)
    for draw in L.pages:
        if ghost is not None:
            c.drawImage(ImageReader(ghost), 0, 0, A4[0], A4[1])
            c.setFillColorRGB(0.32, 0.36, 0.52)
        p = P(c, A4)
        if ghost is not None:  # carbon ink: blue-grey
            orig = p.t

            def tinted(x, y, s, f="YR", size=9.5, align="l", gray=0, _o=orig):
                c.setFillColorRGB(0.30, 0.34, 0.50)
                miss = {ch for ch in s if ord(ch) not in CMAP[f] and ch != " "}
                assert not miss, (f, s, miss)
                X, Y = x * mm, p.h - y * mm
                c.setFont(f, size)
                (c.drawString if align == "l" else c.drawRightString if align == "r" else c.drawCentredString)(X, Y, s)
            p.t = tinted
        draw(p)
        c.showPage()
    c.save()
    return buf.getvalue()


def carbon_ghost(L: Layout) -> Image.Image:
    """The first sheet pressed through: the same page, offset by ~1.5 mm, blurred and very faint, as an image."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    L.pages[0](P(c, A4))
    c.showPage()
    c.save()
    img = render(buf.getvalue(), 110)[0]
    img = img.filter(ImageFilter.GaussianBlur(1.6))
    a = np.asarray(img).astype(np.float32)
    a = 255 - (255 - a) * 0.22
    rgb = np.stack([a * 0.97, a * 0.98, a], -1)
    ghost = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8))
    out = Image.new("RGB", ghost.size, (248, 248, 252))
    out.paste(ghost, (7, -5))
    return out


FILE_ORDER = None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="documents25")
    ap.add_argument("--seed", type=int, default=251)
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    g = Gen(args.seed)  # g.rng = random.Random(251)
    rng = random.Random(args.seed * 7 + 1)
    lays = [make(g) for make in LAYOUTS]
    for L in lays:
        check(L)
    order = list(range(len(lays)))
    random.Random(args.seed + 1).shuffle(order)
    for slot, i in enumerate(order, 1):
        L = lays[i]
        stem = f"k1{slot:02d}"
        pdf = text_pdf25(L)
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
