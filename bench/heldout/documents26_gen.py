"""cd bench/heldout && ../../.venv/bin/python documents26_gen.py --out documents26 --seed 261

Twenty-sixth blind held-out layout set: ten French tiers-payant documents of everyday practice, each rendered five
ways.

Written blind (without reading parsers/, classifiers/, intake/, workers/, tests/, any other bench/*.py than the set 4
and 6 generators (whose helpers are imported), the module docstrings of documents10_gen.py .. documents25_gen.py, the
font-handling part of set 25, the first 60 lines of the held-out README, one set-4 truth file and verify_printed.py,
or any rendered held-out set), in designs not used by sets 10 to 25. New professions or situations: a chiropracteur,
a pharmacy's 'Mon bilan prévention', an international vaccination centre, periodontal treatment of a diabetic, a
polyvalent health centre billing a doctor's and a nurse's acts on one invoice, a patient under the Complémentaire
santé solidaire, a cardiologist's stress test, balneotherapy physiotherapy, a midwife's contraceptive implant, a
misaligned pre-printed feuille de soins. REALISTIC: seven ordinary documents and three harder ones (8, 9, 10) that a
clerk still reads without hesitating.
  1. chiropracteur (ADELI) 'REÇU D'HONORAIRES' on an A5 page in Konatu (no euro sign: 'EUR'): first visit + one
     follow-up session, NOT in the AMO nomenclature ('Part Assurance Maladie 0,00 EUR'), the mutuelle's 'forfait
     médecines douces' in tiers payant, the rest paid by the patient (card), the next session date as a distractor;
  2. pharmacie d'officine (FINESS) 'Mon bilan prévention' (45-50 age bracket, AMO 100 %) + nicotine patches
     prescribed during the bilan (CIP13, 65 % / 35 %), UmePlus P Gothic: the plan-personnalisé follow-up date, the
     titular pharmacist's RPPS and the N° AM (category 2) as distractors, NBSP amounts;
  3. centre de vaccinations internationales of a hospital (FINESS géographique in the header, FINESS juridique in the
     footer) in Karla: travel-medicine consultation (70 %), yellow-fever vaccine NOT reimbursed, typhoid vaccine
     (65 %), the mutuelle pays the ticket modérateur plus a 'forfait vaccins voyageurs', the rest left to the
     traveller; the departure date (after the invoice), the destination and the international certificate number as
     distractors, the vaccinating physician's RPPS as a distractor;
  4. chirurgien-dentiste (RPPS) periodontal treatment of a DIABETIC patient in MigMix 1P: bilan parodontal +
     assainissement of two sextants (CCAM lines with sextant numbers), 60 % / 40 %, the HbA1c value and its date, the
     diabetologist's RPPS and the next session date as distractors, '12.03.2025' dates, N° AM (category 4);
  5. centre de santé polyvalent (FINESS) in Migu 1C: ONE invoice carrying a salaried GP's consultation (G, 70 %, the
     2 EUR participation forfaitaire left to the patient) and a salaried nurse's dressing the same day (AMI 2, 60 %),
     each line with the professional's initials and a legend listing both RPPS as distractors, SIRET footer;
  6. médecin généraliste (RPPS) HOME VISIT for a patient covered by the COMPLÉMENTAIRE SANTÉ SOLIDAIRE managed by a
     mutuelle, Sawarabi Gothic (no euro sign: 'EUR'): VG + MD + IK (kilometres), AMO 70 % / CSS 30 %, nothing left,
     'dépassements non autorisés', the CSS validity dates as distractors, long care date;
  7. cardiologue secteur 1 (RPPS) in D2Coding (a practice-software printout): resting echocardiography (DZQM006) +
     stress test (DKRP004) on one day, 70 % / 30 %, 'dd/mm/yy' dates, the referring GP's RPPS and letter date, the
     maximal heart rate and METs as distractor numbers, N° AM and SIRET;
  8. HARDER - masseur-kinésithérapeute (RPPS) ten BALNÉOTHÉRAPIE sessions printed as a TRANSPOSED table on a
     LANDSCAPE page (one COLUMN per session, rows Date / Cotation / Honoraires / Part AMO / Part AMC, a 'Total'
     column at the right), MigMix 2M: 'dd/mm/yy' dates in the column headers (care date = the first column), the
     prescriber's RPPS and prescription date as distractors, 60 % / 40 %;
  9. HARDER - sage-femme (RPPS) CONTRACEPTIVE IMPLANT insertion (consultation + QZLA004) in UmePlus P Gothic: the
     midwife's identity, RPPS, N° AM and address exist ONLY in a VERTICAL band along the left edge (text rotated
     90°), the implant's delivery date at the pharmacy and its lot number, the removal date (three years later)
     as distractors, 70 % / 30 %, a Setofont signature;
 10. HARDER - ophtalmologiste secteur 1 (RPPS) PRE-PRINTED FEUILLE DE SOINS form (Konatu labels in grey boxes) whose
     values were typed by a printer fed MISALIGNED (D2Coding values shifted down-right and slightly skewed, straddling
     the box rules and touching the next labels): consultation + OCT, a 'ventilation tiers payant' box with the
     shares, 'dd/mm/yyyy' dates, the prescription date of the glasses as a distractor.

Fonts (Debian packages, all TrueType with glyf outlines, embedded by reportlab): fonts-konatu (Konatu), fonts-umeplus
(UmePlus P Gothic), fonts-karla (the variable Karla[wght].ttf at its default weight), fonts-migmix (MigMix 1P, MigMix
1P Bold, MigMix 2M, Migu 1C, Migu 1C Bold), fonts-sawarabi-gothic (Sawarabi Gothic), fonts-naver-d2coding (D2Coding,
D2Coding Bold: subfonts 0 and 1 of the .ttc), fonts-seto (Setofont). Every drawn string is checked against its
font's character map (no U+202F: these fonts lack it; NBSP thousands). The fax header of the fax renderings is set
4's (DejaVu Sans Mono).

Every identifier is checksum-valid (distractors too): RPPS Luhn, ADELI / FINESS Luhn, SIRET Luhn, NIR key (mod 97,
2A -> 19). Amounts add up (check()). All random values are drawn before drawing, so the page callables are pure.

Renderings, for every layout: <id>.text.pdf (real text layer), <id>.scan.pdf (image-only), <id>.photo.jpg (phone
photo), <id>.fax-fine.tif (G4, 204x196), <id>.fax-normal.tif (G3, 204x98). File ids are neutral: l101..l110 (the order
of the files is not the order above). Each file gets <file>.json ground truth (same format as sets 4-25).

Ground-truth conventions (as earlier sets and DOMAIN.md): care_date = first day of care for a series; rpps/adeli/finess
= the invoicer only (FINESS géographique for an establishment); amc_number = the complementary insurer's number, never
the adherent number; patient_name = 'LASTNAME Firstname' with accents as printed; a field not printed is omitted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from stdnum import ean, luhn
from stdnum.fr import nir as stdnir

from documents4_gen import (LAST, FIRST_F, FIRST_M, MUTUELLES, NBSP, F, Gen, Layout, Page, digits, eur, fax_tiff,
                            make_adeli, make_finess, make_rpps, make_siret, nir_spaced, phone, scan_pdf, siret_spaced)
from documents6_gen import city_of, dnum, photo6

TT = Path("/usr/share/fonts/truetype")
FONTS = {
    "KO": (TT / "konatu/Konatu.ttf", 0),
    "UM": (TT / "umeplus/umeplus-p-gothic.ttf", 0),
    "KA": (TT / "karla-variable/Karla[wght].ttf", 0),
    "MP": (TT / "migmix/migmix-1p-regular.ttf", 0), "MPB": (TT / "migmix/migmix-1p-bold.ttf", 0),
    "MM": (TT / "migmix/migmix-2m-regular.ttf", 0), "MMB": (TT / "migmix/migmix-2m-bold.ttf", 0),
    "MC": (TT / "migmix/migu-1c-regular.ttf", 0), "MCB": (TT / "migmix/migu-1c-bold.ttf", 0),
    "SW": (TT / "sawarabi-gothic/sawarabi-gothic-medium.ttf", 0),
    "D2": (TT / "naver-d2coding/D2Coding-Ver1.3.2-20180524-all.ttc", 0),
    "D2B": (TT / "naver-d2coding/D2Coding-Ver1.3.2-20180524-all.ttc", 1),
    "SE": (TT / "seto/setofont.ttf", 0),
}
CMAP: dict[str, set[int]] = {}
for _n, (_f, _i) in FONTS.items():
    _t = TTFont(_n, str(_f), subfontIndex=_i)
    pdfmetrics.registerFont(_t)
    CMAP[_n] = set(_t.face.charToGlyph)

D = dt.timedelta
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def longd(d: dt.date, weekday: bool = False) -> str:
    s = f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"
    return f"{JOURS[d.weekday()]} {s}" if weekday else s


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


def other(r: random.Random, pat: dict) -> str:
    """A practitioner's surname different from the patient's."""
    return r.choice([n for n in LAST if n != pat["last"]])


class P(Page):
    """set 4's Page, every string checked against its font's character map; rotated text and a skew helper."""

    def t(self, x, y, s, f="UM", size=9.5, align="l", gray=0):
        miss = {ch for ch in s if ord(ch) not in CMAP[f] and ch != " "}
        assert not miss, (f, s, miss)
        super().t(x, y, s, f, size, align, gray)

    def vt(self, x, y, s, f, size, gray=0):
        """Text rotated 90 degrees (reading bottom to top), baseline starting at (x, y) in mm."""
        miss = {ch for ch in s if ord(ch) not in CMAP[f] and ch != " "}
        assert not miss, (f, s, miss)
        c = self.c
        c.saveState()
        c.translate(x * mm, self.h - y * mm)
        c.rotate(90)
        c.setFillGray(gray)
        c.setFont(f, size)
        c.drawString(0, 0, s)
        c.restoreState()


class Skewed(P):
    """Values typed by a printer fed misaligned: shifted by (dx, dy) mm and rotated by angle about the page origin."""

    def __init__(self, base: P, dx: float, dy: float, angle: float):
        self.c, self.w, self.h, self.invisible, self._rot = base.c, base.w, base.h, base.invisible, 0.0
        self.dx, self.dy, self.angle = dx, dy, angle

    def t(self, x, y, s, f="D2", size=9.5, align="l", gray=0):
        c = self.c
        c.saveState()
        c.rotate(self.angle)
        super().t(x + self.dx, y + self.dy, s, f, size, align, gray)
        c.restoreState()


def tbl(p: P, x, y, widths, header, rows, aligns, f, fh, size=8.5, rh=6.2, fill=0.9, grid=True, vlines=True):
    return Page.table(p, x, y, widths, header, rows, aligns, f, fh, size, rh, fill, grid, vlines)


# ------------------------------------------------------------------------------------------------- layouts
def l01_chiro(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1960, 1998))
    street, city, dept = g.addr()
    adeli = make_adeli(r, dnum(dept), "00")
    siret = make_siret(r)
    name = (r.choice(FIRST_M), other(r, pat))
    first = workday(r, (2, 9))
    second = first + D(r.randint(7, 14))
    nxt = second + D(r.randint(21, 35))
    issued = second
    number = f"R{issued.year % 100}-{r.randint(100, 899):04d}"
    total = 6500 + 5500
    amc = 6000
    pt = total - amc
    amo = 0
    amcn = g.amc_number()
    adh = digits(r, 10)
    mut = r.choice(MUTUELLES)
    tel = phone(r)

    def p1(p: P):
        p.t(74, 16, f"{name[0]} {name[1]}", "KO", 14, "c")
        p.t(74, 22, "Chiropracteur D.C. — diplômé de l'IFEC", "KO", 8.5, "c")
        p.t(74, 26.5, f"{street} · {city} · Tél. {tel}", "KO", 7.5, "c")
        p.t(74, 30.5, f"N° ADELI {adeli}  ·  SIRET {siret_spaced(siret)}", "KO", 7.5, "c")
        p.line(14, 33.5, 134, 33.5, 0.9)
        p.t(74, 42, "REÇU D'HONORAIRES", "KO", 12, "c")
        p.t(74, 47.5, f"n° {number} du {sl(issued)}", "KO", 9, "c")
        y = 57
        for lab, val in [("Reçu de", f"{pat['civ']} {pat['last']} {pat['first']}"),
                         ("Date de naissance", sl(pat["birth"])),
                         ("N° de sécurité sociale", nir_spaced(pat["nir"])),
                         ("Complémentaire", f"{mut}"), ("N° AMC / N° adhérent", f"{amcn} / {adh}")]:
            p.t(14, y, lab, "KO", 8, gray=0.35)
            p.t(56, y, val, "KO", 9)
            y += 5.5
        y = tbl(p, 14, y + 3, [24, 70, 26], ["Date", "Prestation", "Montant"],
                [[sl(first), "Bilan et première séance", meur(6500)],
                 [sl(second), "Séance de suivi (ajustement)", meur(5500)]], "llr", "KO", "KO", 8.2, 6, 0.88)
        for i, (lab, v) in enumerate([("Total des honoraires", total), ("Part Assurance Maladie", amo),
                                      ("Forfait médecines douces (tiers payant mutuelle)", amc),
                                      ("Réglé par le patient (carte bancaire)", pt)]):
            p.t(96, y + 7 + i * 5.5, lab, "KO", 8.2, "r")
            p.t(134, y + 7 + i * 5.5, meur(v), "KO", 8.8, "r")
        p.t(14, y + 33, "Acte non remboursé par l'Assurance Maladie (chiropraxie hors nomenclature).", "KO", 7, gray=0.3)
        p.t(14, y + 37, f"Prochaine séance conseillée : {sl(nxt)}", "KO", 7.5, gray=0.3)
        p.t(134, y + 48, f"{city_of(city)}, le {sl(issued)}", "KO", 8.5, "r")
        p.t(120, y + 58, f"{name[0][0]}. {name[1].title()}", "SE", 13, "c")
        p.t(74, 204, "TVA non applicable — article 261-4-1° du CGI. Membre d'une association agréée.", "KO", 6.3,
            "c", gray=0.4)

    f = F(adeli=adeli, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=first, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    lay = Layout("chiropracteur-recu-a5", [p1], [("invoice", f)], fax_name=f"CHIRO {name[1]}")
    lay.size = A5
    return lay


def l02_pharma_bilan(g: Gen) -> Layout:
    r = g.rng
    care = workday(r, (3, 10))
    pat = g.person(year=(1975, 1980))
    while not (45 <= (care - pat["birth"]).days // 365 <= 50):
        pat = g.person(year=(1975, 1980))
    street, city, dept = g.addr()
    finess = make_finess(r, dnum(dept))
    titu = make_rpps(r)
    am = f"{dnum(dept)}2{digits(r, 5)}"
    issued = care
    suivi = care + D(r.randint(60, 120))
    number = f"F{issued.year}{r.randint(10000, 99999)}"
    cip = "34009" + digits(r, 7)
    cip += ean.calc_check_digit(cip)
    bilan = 3000
    patch_u, qty = r.choice([2395, 2670, 2180]), 2
    patch = patch_u * qty
    total = bilan + patch
    amo = bilan + pct(patch, 0.65)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    pharma = r.choice(["Pharmacie des Tilleuls", "Pharmacie du Marché", "Pharmacie Centrale", "Pharmacie du Pont"])
    tit = (r.choice(FIRST_F), other(r, pat))
    tel_p = phone(r)

    def p1(p: P):
        p.rect(15, 12, 180, 24, fill=0.93, stroke=False)
        p.t(20, 20, pharma, "UM", 14)
        p.t(20, 26, f"{street}, {city} — Tél. {tel_p}", "UM", 8.5)
        p.t(20, 31, f"FINESS {finess}   ·   N° AM {am}", "UM", 8.5)
        p.t(190, 20, "FACTURE", "UM", 14, "r")
        p.t(190, 26, f"N° {number}", "UM", 9.5, "r")
        p.t(190, 31, f"Date : {sl(issued)}", "UM", 9.5, "r")
        p.t(15, 46, "Patient", "UM", 10)
        p.t(15, 52, f"{pat['last']} {pat['first']}, né(e) le {sl(pat['birth'])}", "UM", 9.5)
        p.t(15, 57.5, f"NIR {nir_spaced(pat['nir'])}", "UM", 9.5)
        p.t(110, 46, "Organisme complémentaire", "UM", 10)
        p.t(110, 52, mut, "UM", 9.5)
        p.t(110, 57.5, f"N° AMC {amcn} — tiers payant", "UM", 9.5)
        p.t(15, 70, f"Mon bilan prévention — tranche d'âge 45-50 ans, réalisé le {sl(care)} à l'officine.", "UM", 9)
        p.t(15, 75.5, "Substituts nicotiniques prescrits par le pharmacien à l'issue du bilan.", "UM", 9)
        rows = [["RKD", "Mon bilan prévention (entretien et plan personnalisé)", "1", num(bilan), "100 %", num(bilan)],
                [cip, "NICOTINE PATCH 21MG/24H B/28", str(qty), num(patch_u), "65 %", num(pct(patch, 0.65))]]
        y = tbl(p, 15, 84, [30, 80, 10, 20, 16, 24], ["Code", "Désignation", "Qté", "Prix", "Taux", "Part AMO"],
                rows, "llcrcr", "UM", "UM", 8.5, 6.5, 0.88)
        for i, (lab, v) in enumerate([("Montant total", total), ("Part Assurance Maladie", amo),
                                      ("Part complémentaire", amc), ("Reste à payer", pt)]):
            p.t(150, y + 10 + i * 6.5, lab, "UM", 9.5, "r")
            p.t(190, y + 10 + i * 6.5, money(v), "UM", 9.5, "r")
        p.t(15, y + 42, f"Rendez-vous de suivi du plan personnalisé prévu le {sl(suivi)}.", "UM", 8.5, gray=0.3)
        p.t(15, y + 47, f"Pharmacien titulaire : {tit[0]} {tit[1]} — RPPS {titu}", "UM", 8.5, gray=0.3)
        p.line(15, 280, 195, 280, 0.3, 0.5)
        p.t(105, 285, "Dispense d'avance des frais. Document à conserver.", "UM", 7, "c", gray=0.4)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("pharmacie-bilan-prevention", [p1], [("invoice", f)], fax_name="PHARMACIE")


def l03_vaccins(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1970, 2002))
    street, city, dept = g.addr()
    fin_g, fin_j = make_finess(r, dnum(dept)), make_finess(r, dnum(dept))
    doc_rpps = make_rpps(r)
    care = workday(r, (2, 9))
    issued = care
    depart = care + D(r.randint(15, 40))
    dest = r.choice(["Sénégal", "Guyane", "Côte d'Ivoire", "Pérou", "Cameroun"])
    cert = f"CIV-{digits(r, 6)}"
    number = f"{issued.year}/VI/{r.randint(1000, 9999)}"
    consult, fj, typh = 3000, 4200 + r.choice([0, 300]), 2870
    total = consult + fj + typh
    amo = pct(consult, 0.70) + pct(typh, 0.65)
    forfait = r.choice([3000, 4000])
    amc = (consult - pct(consult, 0.70)) + (typh - pct(typh, 0.65)) + forfait
    pt = total - amo - amc
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    hosp = f"Centre hospitalier de {city_of(city)}"
    vacc = f"{r.choice(FIRST_F)[0]}. {r.choice(LAST)}"

    def p1(p: P):
        p.t(15, 18, hosp, "KA", 14)
        p.t(15, 24, "Centre de vaccinations internationales — Médecine des voyages", "KA", 10)
        p.t(15, 29, f"{street}, {city}", "KA", 8.5)
        p.t(15, 33.5, f"FINESS établissement {fin_g}", "KA", 8.5)
        p.rect(125, 13, 70, 24, width=0.5)
        p.t(128, 19, "Facture", "KA", 11)
        p.t(128, 25, f"N° {number}", "KA", 9)
        p.t(128, 30.5, f"Émise le {dot4(issued)}", "KA", 9)
        p.line(15, 42, 195, 42, 0.4)
        p.t(15, 50, "Voyageur", "KA", 8, gray=0.4)
        p.t(15, 55, f"{pat['last']} {pat['first']}", "KA", 10.5)
        p.t(15, 60.5, f"Né(e) le {dot4(pat['birth'])} — N° SS {nir_spaced(pat['nir'])}", "KA", 9)
        p.t(120, 50, "Complémentaire santé", "KA", 8, gray=0.4)
        p.t(120, 55, mut, "KA", 9.5)
        p.t(120, 60.5, f"N° AMC {amcn}", "KA", 9)
        p.t(15, 71, f"Destination : {dest} — départ prévu le {dot4(depart)}", "KA", 8.5, gray=0.3)
        p.t(15, 76, f"Certificat international de vaccination n° {cert}", "KA", 8.5, gray=0.3)
        rows = [[dot4(care), "Consultation de conseil aux voyageurs", money(consult), "70 %", money(pct(consult, .7))],
                [dot4(care), "Vaccin fièvre jaune + injection (non remboursable)", money(fj), "NR", money(0)],
                [dot4(care), "Vaccin typhoïde polyosidique", money(typh), "65 %", money(pct(typh, .65))]]
        y = tbl(p, 15, 84, [24, 84, 26, 16, 30], ["Date", "Prestation", "Montant", "Taux", "Part AMO"], rows,
                "llrcr", "KA", "KA", 8.5, 6.5, 0.9, vlines=False)
        for i, (lab, v) in enumerate([("Total", total), ("Part obligatoire", amo),
                                      (f"Part mutuelle (dont forfait vaccins voyageurs {money(forfait)})", amc),
                                      ("Reste à la charge du voyageur", pt)]):
            p.t(160, y + 10 + i * 6.3, lab, "KA", 9, "r")
            p.t(195, y + 10 + i * 6.3, money(v), "KA", 9.5, "r")
        p.t(15, y + 42, f"Vaccination réalisée par le Dr {vacc}, "
                        f"médecin du centre (RPPS {doc_rpps}).", "KA", 8, gray=0.3)
        p.line(15, 278, 195, 278, 0.3, 0.5)
        p.t(105, 283, f"{hosp} — FINESS juridique {fin_j} — payable auprès du Trésor public", "KA", 7, "c",
            gray=0.4)

    f = F(finess=fin_g, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("vaccinations-internationales", [p1], [("invoice", f)], fax_name="CVI HOPITAL")


def l04_paro(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1950, 1985))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    diab = make_rpps(r)
    am = f"{dnum(dept)}4{digits(r, 5)}"
    care = workday(r, (2, 9))
    hba = care - D(r.randint(10, 40))
    nxt = care + D(r.randint(7, 21))
    issued = care + D(r.randint(0, 2))
    number = f"{r.randint(2000, 8999)}"
    lines = [("HBQD001", "Bilan parodontal", "—", 5000), ("HBJA003", "Assainissement parodontal", "sextant 1 (18-14)", 8000),
             ("HBJA003", "Assainissement parodontal", "sextant 2 (13-23)", 8000)]
    total = sum(v for *_, v in lines)
    amo = pct(total, 0.60)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    nom = (r.choice(FIRST_F), other(r, pat))

    def p1(p: P):
        p.t(15, 18, f"Dr {nom[0]} {nom[1]}", "MPB", 13)
        p.t(15, 23.5, "Chirurgien-dentiste — Parodontologie", "MP", 9)
        p.t(15, 28, f"{street} — {city}", "MP", 8.5)
        p.t(15, 32.5, f"RPPS {rpps}  —  N° AM {am}", "MP", 8.5)
        p.t(195, 18, "NOTE D'HONORAIRES", "MPB", 12, "r")
        p.t(195, 24, f"N° {number}", "MP", 9.5, "r")
        p.t(195, 29, f"Date : {dot4(issued)}", "MP", 9.5, "r")
        p.rect(15, 40, 180, 26, width=0.4, radius=2)
        p.t(19, 47, f"Patient : {pat['last']} {pat['first']}", "MPB", 9.5)
        p.t(19, 53, f"Né(e) le {dot4(pat['birth'])}   N° d'immatriculation {nir_spaced(pat['nir'])}", "MP", 9)
        p.t(19, 59, f"Mutuelle : {mut} — N° AMC {amcn}", "MP", 9)
        p.t(15, 75, "Patient diabétique (ALD) — parcours de soins parodontaux.", "MP", 8.5, gray=0.3)
        p.t(15, 80, f"HbA1c 7,4 % du {dot4(hba)} (courrier du diabétologue, RPPS {diab}).", "MP", 8.5, gray=0.3)
        rows = [[dot4(care), c, lib, loc, money(v)] for c, lib, loc, v in lines]
        y = tbl(p, 15, 88, [24, 22, 60, 44, 30], ["Date", "Code CCAM", "Acte", "Localisation", "Honoraires"], rows,
                "lcllr", "MP", "MPB", 8.5, 6.5, 0.9)
        for i, (lab, v) in enumerate([("Total des honoraires", total), ("Part Assurance Maladie (60 %)", amo),
                                      ("Part complémentaire", amc), ("Reste dû", pt)]):
            p.t(165, y + 10 + i * 6.3, lab, "MPB" if i == 0 else "MP", 9.3, "r")
            p.t(195, y + 10 + i * 6.3, money(v), "MPB" if i == 0 else "MP", 9.3, "r")
        p.t(15, y + 42, f"Prochaine séance (sextants 3 à 6) : {dot4(nxt)}.", "MP", 8.5, gray=0.3)
        p.t(15, y + 47, "Tiers payant AMO et AMC.", "MP", 8.5, gray=0.3)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("dentiste-parodontie", [p1], [("invoice", f)], fax_name=f"DR {nom[1]}")


def l05_cds(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1945, 1995))
    street, city, dept = g.addr()
    finess = make_finess(r, dnum(dept))
    siret = make_siret(r)
    gp, nurse = make_rpps(r), make_rpps(r)
    gpn, nun = (r.choice(FIRST_M), other(r, pat)), (r.choice(FIRST_F), other(r, pat))
    care = workday(r, (2, 9))
    issued = care + D(r.randint(0, 3))
    number = f"CDS-{issued.year % 100}{r.randint(10000, 99999)}"
    g_fee, ami = 3000, 670
    total = g_fee + ami
    amo = pct(g_fee, 0.70) - 200 + pct(ami, 0.60)
    pt = 200
    amc = total - amo - pt
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    cname = r.choice(["Les Acacias", "du Parc", "Jean Jaurès", "des Trois Rivières"])
    tel_c = phone(r)
    ini = lambda n: f"{n[0][0]}{n[1][0]}"  # noqa: E731

    def p1(p: P):
        p.t(15, 18, f"Centre de santé polyvalent {cname}", "MCB", 14)
        p.t(15, 24, f"{street} — {city} — Tél. {tel_c}", "MC", 9)
        p.t(15, 29, f"N° FINESS : {finess}", "MC", 9)
        p.t(195, 18, f"Facture {number}", "MCB", 11, "r")
        p.t(195, 24, f"du {sl(issued)}", "MC", 9.5, "r")
        p.line(15, 34, 195, 34, 0.5)
        p.t(15, 42, "Patient(e)", "MCB", 9.5)
        p.t(45, 42, f"{pat['last']} {pat['first']} — né(e) le {sl(pat['birth'])}", "MC", 9.5)
        p.t(15, 48, "N° SS", "MCB", 9.5)
        p.t(45, 48, nir_spaced(pat["nir"]), "MC", 9.5)
        p.t(15, 54, "Mutuelle", "MCB", 9.5)
        p.t(45, 54, f"{mut} — n° AMC {amcn}", "MC", 9.5)
        rows = [[sl(care), ini(gpn), "G", "Consultation de médecine générale", money(g_fee), "70 %",
                 money(pct(g_fee, .7) - 200)],
                [sl(care), ini(nun), "AMI 2", "Pansement (soins infirmiers au centre)", money(ami), "60 %",
                 money(pct(ami, .6))]]
        y = tbl(p, 15, 64, [22, 12, 16, 66, 22, 14, 28], ["Date", "Prof.", "Code", "Acte", "Montant", "Taux",
                                                           "Part AMO"], rows, "lcclrcr", "MC", "MCB", 8.5, 6.5, 0.9)
        p.t(15, y + 6, "Part AMO de la consultation nette de la participation forfaitaire (2,00 €).", "MC", 7.5,
            gray=0.35)
        for i, (lab, v) in enumerate([("Total facturé", total), ("Part AMO", amo), ("Part AMC", amc),
                                      ("Reste à charge patient", pt)]):
            p.t(160, y + 16 + i * 6.3, lab, "MCB" if i == 0 else "MC", 9.5, "r")
            p.t(195, y + 16 + i * 6.3, money(v), "MCB" if i == 0 else "MC", 9.5, "r")
        p.t(15, y + 48, "Professionnels salariés du centre :", "MC", 8, gray=0.3)
        p.t(15, y + 53, f"{ini(gpn)} : Dr {gpn[0]} {gpn[1]}, médecin généraliste — RPPS {gp}", "MC", 8, gray=0.3)
        p.t(15, y + 58, f"{ini(nun)} : {nun[0]} {nun[1]}, infirmière — RPPS {nurse}", "MC", 8, gray=0.3)
        p.line(15, 280, 195, 280, 0.3, 0.5)
        p.t(105, 285, f"Association gestionnaire — SIRET {siret_spaced(siret)} — centre de santé conventionné",
            "MC", 7, "c", gray=0.4)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("centre-sante-medecin-infirmiere", [p1], [("invoice", f)], fax_name="CENTRE DE SANTE")


def l06_css(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1940, 1990))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    am = f"{dnum(dept)}1{digits(r, 5)}"
    care = workday(r, (3, 10))
    issued = care + D(r.randint(0, 2))
    css_from = (care - D(r.randint(40, 300))).replace(day=1)
    css_to = css_from.replace(year=css_from.year + 1) - D(1)
    number = f"{issued.strftime('%Y%m%d')}-{r.randint(10, 99)}"
    km = r.randint(4, 12)
    ik_unit = 61
    lines = [("VG", "Visite à domicile", 3000), ("MD", "Majoration de déplacement", 1000),
             (f"IK x {km}", f"Indemnités kilométriques ({km} km)", km * ik_unit)]
    total = sum(v for *_, v in lines)
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    doc = (r.choice(FIRST_M), r.choice([n for n in LAST if n != pat["last"]]))

    def p1(p: P):
        p.t(15, 18, f"Docteur {doc[0]} {doc[1]}", "SW", 13)
        p.t(15, 24, "Médecine générale — conventionné secteur 1", "SW", 9)
        p.t(15, 29, f"{street}, {city}", "SW", 9)
        p.t(15, 34, f"RPPS {rpps} — N° AM {am}", "SW", 9)
        p.t(195, 18, "FACTURE", "SW", 13, "r")
        p.t(195, 24, f"N° {number}", "SW", 9.5, "r")
        p.t(195, 29, f"éditée le {sl(issued)}", "SW", 9.5, "r")
        p.rect(15, 42, 180, 30, fill=0.95, width=0.4)
        p.t(19, 49, f"Patient : {pat['last']} {pat['first']} (né(e) le {sl(pat['birth'])})", "SW", 9.5)
        p.t(19, 55, f"N° de sécurité sociale : {nir_spaced(pat['nir'])}", "SW", 9.5)
        p.t(19, 61, f"Complémentaire santé solidaire gérée par {mut} — N° AMC {amcn}", "SW", 9.5)
        p.t(19, 67, f"Droits CSS ouverts du {sl(css_from)} au {sl(css_to)}", "SW", 8.5, gray=0.35)
        p.t(15, 82, f"Visite réalisée au domicile du patient le {longd(care, True)}.", "SW", 9.5)
        rows = [[c, lib, meur(v)] for c, lib, v in lines]
        y = tbl(p, 15, 90, [30, 110, 40], ["Cotation", "Libellé", "Montant"], rows, "llr", "SW", "SW", 9, 6.8, 0.9)
        for i, (lab, v) in enumerate([("Montant total", total), ("Part Assurance Maladie (70 %)", amo),
                                      ("Part CSS (organisme complémentaire)", amc), ("Reste à charge", pt)]):
            p.t(160, y + 10 + i * 6.5, lab, "SW", 9.5, "r")
            p.t(195, y + 10 + i * 6.5, meur(v), "SW", 9.5, "r")
        p.t(15, y + 42, "Bénéficiaire de la CSS : tiers payant intégral, dépassements d'honoraires non autorisés,", "SW",
            8, gray=0.35)
        p.t(15, y + 46.5, "participation forfaitaire non applicable.", "SW", 8, gray=0.35)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("generaliste-visite-css", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def l07_cardio(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1948, 1985))
    street, city, dept = g.addr()
    rpps, ref = make_rpps(r), make_rpps(r)
    am = f"{dnum(dept)}1{digits(r, 5)}"
    siret = make_siret(r)
    care = workday(r, (2, 10))
    letter = care - D(r.randint(10, 40))
    issued = care
    number = f"C{issued.year % 100}{r.randint(1000, 9999)}"
    lines = [("DZQM006", "Echocardiographie transthoracique", 9554), ("DKRP004", "Epreuve d'effort sur bicyclette", 7609)]
    total = sum(v for _, _, v in lines)
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    doc = (r.choice(FIRST_F), other(r, pat))

    def p1(p: P):
        p.t(15, 16, f"Dr {doc[0].upper()} {doc[1]}", "D2B", 12)
        p.t(15, 21.5, "CARDIOLOGIE ET MALADIES VASCULAIRES", "D2", 9)
        p.t(15, 26, f"{street} - {city}", "D2", 8.5)
        p.t(15, 30.5, f"RPPS : {rpps}   N° AM : {am}", "D2", 8.5)
        p.t(15, 38, "=" * 78, "D2", 8.5)
        p.t(15, 44, f"FACTURE N° : {number}", "D2B", 10)
        p.t(120, 44, f"DATE FACTURE : {sl2(issued)}", "D2", 9.5)
        p.t(15, 52, f"PATIENT      : {pat['last']} {pat['first']}", "D2", 9.5)
        p.t(15, 57, f"NE(E) LE     : {sl2(pat['birth'])}", "D2", 9.5)
        p.t(15, 62, f"N° SS        : {nir_spaced(pat['nir'])}", "D2", 9.5)
        p.t(15, 67, f"MUTUELLE     : {mut.upper()}", "D2", 9.5)
        p.t(15, 72, f"N° AMC       : {amcn}", "D2", 9.5)
        p.t(15, 77, f"ADRESSE PAR  : Dr {r.choice(LAST)} (RPPS {ref}), courrier du {sl2(letter)}", "D2", 9)
        p.t(15, 83, "-" * 78, "D2", 8.5)  # noqa
        p.t(15, 89, "DATE      CODE       LIBELLE                                 MONTANT", "D2B", 9)
        for i, (c, lib, v) in enumerate(lines):
            yy = 95 + i * 5.5
            p.t(15, yy, sl2(care), "D2", 9)
            p.t(35, yy, c, "D2", 9)
            p.t(56, yy, lib, "D2", 9)
            p.t(150, yy, meur(v), "D2", 9, "r")
        p.t(15, 107, "-" * 78, "D2", 8.5)
        for i, (lab, v) in enumerate([("TOTAL HONORAIRES", total), ("PART AMO 70%", amo), ("PART AMC", amc),
                                      ("RESTE A CHARGE", pt)]):
            p.t(56, 113 + i * 5.5, lab, "D2B" if i == 0 else "D2", 9)
            p.t(150, 113 + i * 5.5, meur(v), "D2B" if i == 0 else "D2", 9, "r")
        p.t(15, 140, "Epreuve maximale : FC max 162/min (93 % FMT), 9,2 METs, pas de signe ischémique.", "D2", 8.5)
        p.t(15, 146, "Tiers payant : part obligatoire et part complémentaire.", "D2", 8.5)
        p.t(15, 280, f"SIRET {siret}", "D2", 7.5, gray=0.4)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("cardiologue-echo-effort", [p1], [("invoice", f)], fax_name=f"CARDIO {doc[1]}")


def l08_balneo(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1950, 1995))
    street, city, dept = g.addr()
    rpps, presc = make_rpps(r), make_rpps(r)
    first = workday(r, (2, 8))
    sessions = [first]
    while len(sessions) < 10:
        d = sessions[-1] + D(r.choice([2, 2, 3]))
        while d.weekday() >= 5:
            d += D(1)
        sessions.append(d)
    ordo = first - D(r.randint(5, 20))
    issued = sessions[-1] + D(r.randint(0, 3))
    number = f"K{issued.year}-{r.randint(100, 999)}"
    fee = 2258  # AMK 10,5 x 2,15
    amo_s, amc_s = pct(fee, 0.60), fee - pct(fee, 0.60)
    total, amo, amc, pt = fee * 10, amo_s * 10, amc_s * 10, 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    kin = (r.choice(FIRST_M), other(r, pat))

    def p1(p: P):
        p.t(15, 16, f"{kin[0]} {kin[1]} — Masseur-kinésithérapeute", "MPB", 12)
        p.t(15, 22, f"Cabinet avec bassin de balnéothérapie · {street}, {city} · RPPS {rpps}", "MM", 8.5)
        p.t(282, 16, f"Facture {number}", "MPB", 12, "r")
        p.t(282, 22, f"établie le {sl(issued)}", "MM", 9, "r")
        p.line(15, 26, 282, 26, 0.5)
        p.t(15, 33, f"Patient : {pat['last']} {pat['first']}   Né(e) le : {sl(pat['birth'])}   "
                    f"NIR : {nir_spaced(pat['nir'])}", "MM", 9)
        p.t(15, 39, f"Mutuelle : {mut}   N° AMC : {amcn}", "MM", 9)
        p.t(15, 45, f"Prescription du Dr {r.choice(LAST)} (RPPS {presc}) du {sl(ordo)} : 10 séances de "
                    f"rééducation en piscine", "MM", 8.5, gray=0.3)
        x0, lw, cw, tw = 15, 34, 21.5, 33
        rows = [("Séance", [str(i + 1) for i in range(10)], "TOTAL"),
                ("Date", [sl2(d) for d in sessions], ""),
                ("Cotation", ["AMK 10,5"] * 10, ""),
                ("Honoraires", [num(fee)] * 10, num(total)),
                ("Part AMO", [num(amo_s)] * 10, num(amo)),
                ("Part AMC", [num(amc_s)] * 10, num(amc)),
                ("Reste dû", [num(0)] * 10, num(pt))]
        y0, rh = 55, 8
        for k, (lab, cells, tot) in enumerate(rows):
            yy = y0 + k * rh
            if k == 0:
                p.rect(x0, yy, lw + 10 * cw + tw, rh, fill=0.88, stroke=False)
            p.t(x0 + 1.5, yy + rh - 2.5, lab, "MPB", 8.5)
            for i, cval in enumerate(cells):
                p.t(x0 + lw + i * cw + cw / 2, yy + rh - 2.5, cval, "MPB" if k == 0 else "MM", 8, "c")
            p.t(x0 + lw + 10 * cw + tw - 1.5, yy + rh - 2.5, tot, "MPB", 8.5, "r")
            p.line(x0, yy, x0 + lw + 10 * cw + tw, yy, 0.4)
        yb = y0 + len(rows) * rh
        p.line(x0, yb, x0 + lw + 10 * cw + tw, yb, 0.4)
        for xx in [x0] + [x0 + lw + i * cw for i in range(11)]:
            p.line(xx, y0, xx, yb, 0.4)
        p.line(x0 + lw + 10 * cw + tw, y0, x0 + lw + 10 * cw + tw, yb, 0.4)
        p.t(15, yb + 9, "Montants en euros. Rééducation en balnéothérapie, séances individuelles de 30 minutes.",
            "MM", 8.5)
        p.t(15, yb + 15, "Tiers payant : part obligatoire 60 % et part complémentaire 40 %.", "MM", 8.5)
        p.t(282, yb + 30, f"{city_of(city)}, le {sl(issued)}", "MM", 9, "r")

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=first, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    lay = Layout("kine-balneo-transpose", [p1], [("invoice", f)], fax_name=f"KINE {kin[1]}", landscape=True)
    return lay


def l09_sf_implant(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(sex=2, year=(1985, 2004))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    am = f"{dnum(dept)}5{digits(r, 5)}"
    care = workday(r, (2, 10))
    deliv = care - D(r.randint(2, 12))
    removal = dt.date(care.year + 3, care.month, min(care.day, 28))
    lot = f"{r.choice('ABCDEFGH')}{digits(r, 6)}"
    issued = care
    number = f"SF{issued.year % 100}-{r.randint(100, 999)}"
    lines = [("C", "Consultation de contraception", 3000), ("QZLA004", "Pose d'un implant contraceptif sous-cutané",
                                                            2750)]
    total = sum(v for *_, v in lines)
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    sf = (r.choice(FIRST_F), other(r, pat))
    tel = phone(r)

    def p1(p: P):
        p.rect(0, 0, 26, 297, fill=0.9, stroke=False)
        p.vt(12, 285, f"{sf[0]} {sf[1]} — Sage-femme libérale", "UM", 13)
        p.vt(19, 285, f"{street}, {city} · Tél. {tel} · RPPS {rpps} · N° AM {am}", "UM", 8.5)
        p.t(40, 24, "Note d'honoraires", "UM", 16)
        p.t(40, 31, f"N° {number} — {longd(issued)}", "UM", 10)
        p.t(40, 46, "Patiente", "UM", 8, gray=0.4)
        p.t(40, 51.5, f"{pat['last']} {pat['first']}", "UM", 11)
        p.t(40, 57, f"née le {sl(pat['birth'])}", "UM", 9.5)
        p.t(40, 62.5, f"N° de sécurité sociale {nir_spaced(pat['nir'])}", "UM", 9.5)
        p.t(125, 46, "Complémentaire", "UM", 8, gray=0.4)
        p.t(125, 51.5, mut, "UM", 9.5)
        p.t(125, 57, f"N° AMC {amcn}", "UM", 9.5)
        p.t(40, 76, f"Acte réalisé au cabinet le {longd(care)}.", "UM", 9.5)
        rows = [[c, lib, money(v)] for c, lib, v in lines]
        y = tbl(p, 40, 84, [26, 100, 29], ["Code", "Acte", "Honoraires"], rows, "llr", "UM", "UM", 9, 7, 0.9,
                vlines=False)
        for i, (lab, v) in enumerate([("Total", total), ("Assurance Maladie 70 %", amo), ("Mutuelle 30 %", amc),
                                      ("À votre charge", pt)]):
            p.t(165, y + 10 + i * 6.3, lab, "UM", 9.5, "r")
            p.t(195, y + 10 + i * 6.3, money(v), "UM", 9.5, "r")
        p.t(40, y + 42, f"Implant délivré en pharmacie le {sl(deliv)}, lot {lot}.", "UM", 8.5, gray=0.3)
        p.t(40, y + 47, f"Retrait ou remplacement à prévoir avant le {sl(removal)}.", "UM", 8.5, gray=0.3)
        p.t(40, y + 52, "Tiers payant AMO + AMC.", "UM", 8.5, gray=0.3)
        p.t(160, y + 68, f"{sf[0]} {sf[1]}", "SE", 14, "c")

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("sagefemme-implant-bandeau-vertical", [p1], [("invoice", f)], fax_name=f"SF {sf[1]}")


def l10_fds(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1945, 1995))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    am = f"{dnum(dept)}1{digits(r, 5)}"
    care = workday(r, (2, 10))
    glasses = care - D(r.randint(200, 400))
    issued = care
    number = f"{r.randint(10000, 99999)}"
    serial = digits(r, 10)
    lines = [("CS", 3000), ("BGQP140", 4816)]
    total = sum(v for _, v in lines)
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    doc = (r.choice(FIRST_M), other(r, pat))
    dx, dy, ang = r.uniform(2.2, 3.0), r.uniform(2.8, 3.6), r.uniform(0.35, 0.6)

    def p1(p: P):
        # pre-printed form (grey)
        p.t(105, 14, "FEUILLE DE SOINS — ACTES MÉDICAUX", "KO", 12, "c", gray=0.35)
        p.t(195, 20, f"N° {serial}", "KO", 7.5, "r", gray=0.45)
        boxes = [(15, 26, 180, 24, "PERSONNE RECEVANT LES SOINS ET ASSURÉ(E)",
                  ["nom et prénom", "date de naissance", "numéro d'immatriculation"]),
                 (15, 54, 180, 24, "IDENTIFICATION DU MÉDECIN", ["nom et prénom, adresse", "identifiant (RPPS)",
                                                                 "N° AM"]),
                 (15, 82, 180, 16, "ORGANISME COMPLÉMENTAIRE", ["nom", "N° AMC"]),
                 (15, 102, 180, 10, "FACTURE", ["N° de facture", "date"])]
        for x, y, w, h, title, labs in boxes:
            p.rect(x, y, w, h, width=0.5, gray=0.45)
            p.t(x + 1.5, y + 3.3, title, "KO", 7, gray=0.4)
            for i, lab in enumerate(labs):
                p.t(x + 1.5, y + 8 + i * 6, lab, "KO", 6.3, gray=0.5)
        p.t(15, 121, "ACTES EFFECTUÉS", "KO", 7.5, gray=0.4)
        cols = [(15, "date"), (45, "code"), (80, "montant des honoraires")]
        p.rect(15, 123, 180, 32, width=0.5, gray=0.45)
        for x, lab in cols:
            p.t(x + 1.5, 127, lab, "KO", 6.3, gray=0.5)
        for k in range(1, 5):
            p.line(15, 123 + k * 6.4, 195, 123 + k * 6.4, 0.3, 0.6)
        p.t(15, 163, "VENTILATION TIERS PAYANT", "KO", 7.5, gray=0.4)
        p.rect(15, 165, 180, 26, width=0.5, gray=0.45)
        for i, lab in enumerate(["montant total", "part obligatoire", "part complémentaire", "reste à charge"]):
            p.t(16.5, 170 + i * 6, lab, "KO", 6.3, gray=0.5)
        p.t(15, 200, "Signature du médecin", "KO", 7, gray=0.45)
        p.t(120, 200, "Signature de l'assuré(e)", "KO", 7, gray=0.45)
        # typed values, misaligned
        s = Skewed(p, dx, dy, ang)
        s.t(60, 34, f"{pat['last']} {pat['first']}", "D2", 9.5)
        s.t(60, 40, sl(pat["birth"]), "D2", 9.5)
        s.t(60, 46, nir_spaced(pat["nir"]), "D2", 9.5)
        s.t(60, 62, f"Dr {doc[0]} {doc[1]}, ophtalmologiste, {street} {city}", "D2", 9)
        s.t(60, 68, rpps, "D2", 9.5)
        s.t(60, 74, am, "D2", 9.5)
        s.t(60, 90, mut, "D2", 9.5)
        s.t(60, 96, amcn, "D2", 9.5)
        s.t(60, 110, f"{number}        {sl(issued)}", "D2", 9.5)
        for i, (c, v) in enumerate(lines):
            s.t(17, 134 + i * 6.4, sl(care), "D2", 9.5)
            s.t(47, 134 + i * 6.4, c, "D2", 9.5)
            s.t(82, 134 + i * 6.4, money(v), "D2", 9.5)
        for i, v in enumerate([total, amo, amc, pt]):
            s.t(60, 170 + i * 6, money(v), "D2", 9.5)
        s.t(17, 218, f"Précédente ordonnance de verres correcteurs : {sl(glasses)}", "D2", 8.5)
        p.t(40, 212, f"{doc[1]}", "SE", 13)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("feuille-soins-decalee", [p1], [("invoice", f)], fax_name=f"OPHTALMO {doc[1]}")


LAYOUTS = [l01_chiro, l02_pharma_bilan, l03_vaccins, l04_paro, l05_cds, l06_css, l07_cardio, l08_balneo,
           l09_sf_implant, l10_fds]


# ------------------------------------------------------------------------------------------------- checks
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


# ------------------------------------------------------------------------------------------------ renderings
def text_pdf26(lay: Layout) -> bytes:
    size = getattr(lay, "size", None) or (landscape(A4) if lay.landscape else A4)
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
    ap.add_argument("--out", default="documents26")
    ap.add_argument("--seed", type=int, default=261)
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
        stem = f"l1{slot:02d}"
        pdf = text_pdf26(L)
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
