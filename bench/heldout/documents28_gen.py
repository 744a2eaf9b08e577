"""cd bench/heldout && ../../.venv/bin/python documents28_gen.py --out documents28 --seed 281

Twenty-eighth blind held-out layout set: ten French tiers-payant documents of everyday practice, each rendered five
ways.

Written blind (without reading parsers/, classifiers/, intake/, workers/, tests/, any other bench/*.py than the set 4
and 6 generators (whose helpers are imported), the module docstrings of documents10_gen.py .. documents27_gen.py, the
font-handling and rendering plumbing of set 27 (its page class, check() and main(), reused here), the first 60 lines
of the held-out README, one set-4 truth file and verify_printed.py, or any rendered held-out set), in designs not used
by sets 10 to 27. New situations: a nurse's fasting home blood draw, a pharmacy's monthly ostomy supplies, a GP's
wound suture, a bone densitometry, a 24-hour Holter ECG, vestibular rehabilitation, a dentist's occlusal splint, a
speech therapist's invoice typed in a spreadsheet, a gastroenterologist's reverse-video form, a geneticist's two-page
invoice printed two-up on one sheet. REALISTIC: seven ordinary documents and three harder ones (8, 9, 10) that a
clerk still reads without hesitating.
  1. infirmière libérale (ADELI) FASTING HOME BLOOD DRAW in Ume UI Gothic (no euro sign: 'EUR'): one visit (AMI 1,5 +
     IFD) with the draw time, 60 % / 40 %, the prescriber's RPPS and ordonnance date, the destination laboratory's
     name and FINESS and the nurse's N° AM (category 6) as distractors, '12.03.2025' dates;
  2. pharmacie d'officine (FINESS) monthly OSTOMY SUPPLIES in IPAexGothic: LPP lines with 'Prix' and 'Tarif LPP'
     columns (ALD, AMO 100 % of the tariff), one paste priced above the tariff (the difference paid by the mutuelle),
     a non-reimbursed adhesive-remover spray left to the patient; the surgeon prescriber's RPPS and ordonnance date,
     the titular pharmacist's RPPS, N° AM (category 2) and SIRET as distractors, NBSP amounts;
  3. médecin généraliste secteur 1 (RPPS) WOUND SUTURE (QZJA002) in IPAexMincho: 70 % less the 2 EUR participation
     forfaitaire, the mutuelle 30 %, 2 EUR left; the stitch-removal date and the last tetanus booster year as
     distractors, long dates ('3 avril 2025'), N° AM and SIRET footer;
  4. radiologue (RPPS) BONE DENSITOMETRY (PAQK007) in Ume P Mincho (no euro sign): exam number beside the invoice
     number, the prescribing gynaecologist's RPPS and date, the previous exam's date, T-scores and BMI as distractor
     numbers, 70 % / 30 %, SELARL SIRET;
  5. cardiologue secteur 1 (RPPS) 24-HOUR HOLTER ECG (DEQP005) in Ume P Gothic with Ume Hy Gothic headings (no
     euro sign: 'EUR'): fitting day (care date) and removal day (invoice date) both printed, the report's expected date and the referring GP's RPPS as distractors, 70 % / 30 %,
     'dd/mm/yy' dates, N° AM;
  6. masseur-kinésithérapeute (RPPS) eight VESTIBULAR REHABILITATION sessions in Ume P Gothic C4: the ENT prescriber's
     RPPS and ordonnance date, the videonystagmography date as a distractor, sessions table (care date = the first),
     60 % / 40 %, N° AM (category 7);
  7. chirurgien-dentiste (RPPS) OCCLUSAL SPLINT for bruxism in Ume P Gothic S5: consultation (C, 70 % / 30 %) and
     the impressions on the first day, the splint OUT of the nomenclature with the mutuelle's forfait, its fitting on
     a later day (the invoice date); the accepted devis date and the control date as distractors;
  8. HARDER - orthophoniste (RPPS) invoice for a CHILD typed in a SPREADSHEET and printed with gridlines and the
     column letters / row numbers (Ume T Gothic): labels in column A, values in column B, the insured parent's NIR,
     bilan + three sessions ('AMO 34' / 'AMO 12,1' act codes), 60 % / 40 %, the workbook name and print date;
  9. HARDER - gastro-entérologue secteur 1 (RPPS) APC in Ume P Gothic O5 where the invoice number, the patient band and
     the amounts are printed in REVERSE VIDEO (white on black bars); the planned colonoscopy date, the previous
     gastroscopy date and the referring GP's RPPS as distractors;
 10. HARDER - médecin généticien secteur 1 (RPPS) two-page A5 invoice PRINTED TWO-UP on one A4 sheet (page 1/2 on the
     top half, page 2/2 on the bottom half behind a fold line), Ume T Mincho with Motoya L Cedar headings: the
     genetic consultation and the results visit on two dates (care date = the first), the totals only on page 2/2
     ('Report page 1'), the laboratory's FINESS and the family-file number as distractors.

Fonts: IPAexGothic, IPAexMincho (fonts-ipaexfont-gothic, fonts-ipaexfont-mincho), Ume fonts (fonts-horai-umefont),
Motoya L Cedar (fonts-motoya-l-cedar); every drawn string is checked against its font's cmap.
Fax headers as set 4's (DejaVu Sans Mono). Written by an examiner who never read the product code.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from stdnum import luhn
from stdnum.fr import nir as stdnir

from documents4_gen import (LAST, FIRST_F, FIRST_M, MUTUELLES, NBSP, F, Gen, Layout, Page, digits, eur,
                            fax_tiff, make_adeli, make_finess, make_rpps, make_siret, nir_spaced, phone, scan_pdf,
                            siret_spaced)
from documents6_gen import photo6

OT = Path("/usr/share/fonts/opentype")
TT = Path("/usr/share/fonts/truetype")
UME = TT / "horai-umefont"
FONTS = {
    "IG": OT / "ipaexfont-gothic/ipaexg.ttf",
    "IM": OT / "ipaexfont-mincho/ipaexm.ttf",
    "UG": UME / "ume-ugo4.ttf",
    "UC": UME / "ume-pgc4.ttf",
    "UM": UME / "ume-pms3.ttf",
    "US": UME / "ume-pgs5.ttf",
    "UP": UME / "ume-pgo5.ttf",
    "UT": UME / "ume-tgo4.ttf",
    "UN": UME / "ume-tmo3.ttf",
    "UQ": UME / "ume-pgo4.ttf",
    "UH": UME / "ume-hgo5.ttf",
    "MC": TT / "motoya-l-cedar/MTLc3m.ttf",
}
CMAP: dict[str, set[int]] = {}
for _n, _f in FONTS.items():
    _t = TTFont(_n, str(_f))
    pdfmetrics.registerFont(_t)
    CMAP[_n] = set(_t.face.charToGlyph)

D = dt.timedelta
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre"]


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


class P(Page):
    """set 4's Page, every string checked against its font's character map."""

    def t(self, x, y, s, f="IG", size=9.5, align="l", gray=0):
        miss = {ch for ch in s if ord(ch) not in CMAP[f] and ch != " "}
        assert not miss, (f, s, miss)
        super().t(x, y, s, f, size, align, gray)


def tbl(p: P, x, y, widths, header, rows, aligns, f, fh, size=8.5, rh=6.2, fill=0.9, grid=True, vlines=True):
    return Page.table(p, x, y, widths, header, rows, aligns, f, fh, size, rh, fill, grid, vlines)


def shares(rows: list[tuple[str, int]], p: P, x: float, y: float, x2: float, f: str, fb: str, size=9.5, step=6.0):
    for i, (a, b) in enumerate(rows):
        p.t(x, y + i * step, a, fb if i == 0 else f, size)
        p.t(x2, y + i * step, b, fb if i == 0 else f, size, "r")


# ------------------------------------------------------------------------------------------------- layouts
def s01_ide_prise_de_sang(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1950, 1985))
    street, city, dept = g.addr()
    adeli = make_adeli(r, dept if dept.isdigit() else "20", "6")
    nurse = (r.choice(FIRST_F), other(r, pat["last"]))
    care = workday(r)
    issued = care
    presc_d = care - D(r.randint(3, 12))
    presc = make_rpps(r)
    lab_finess = make_finess(r, dept if dept.isdigit() else "20")
    number = f"IDE{care.year % 100:02d}-{r.randint(300, 990)}"
    ami, ifd = 473, 250
    total = ami + ifd
    amo = pct(total, 0.60)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    heure = f"{r.randint(6, 8)} h {r.choice(['05', '20', '35', '50'])}"

    def p1(p: P):
        p.t(15, 20, f"{nurse[0]} {nurse[1]}", "UG", 15)
        p.t(15, 27, "Infirmière Diplômée d'État — soins à domicile", "UG", 9.5, gray=0.3)
        p.t(15, 33, f"{street} — {city}", "UG", 9)
        p.t(15, 38, f"Tél. {phone(r)}  (messagerie : laisser nom et adresse)", "UG", 9)
        p.t(15, 43, f"N° ADELI : {adeli}      N° AM : {am_num(r, dept, '6')}", "UG", 9)
        p.rect(130, 14, 65, 30, width=0.8)
        p.t(162.5, 22, "FACTURE DE SOINS", "UG", 11, "c")
        p.t(134, 30, f"N° {number}", "UG", 9.5)
        p.t(134, 36, f"Établie le {dot4(issued)}", "UG", 9.5)
        p.line(15, 52, 195, 52, 1.0)
        y = 62
        for a, b in [("Patient(e)", f"{pat['last']} {pat['first']}"), ("Date de naissance", dot4(pat["birth"])),
                     ("N° de sécurité sociale", nir_spaced(pat["nir"])), ("Organisme complémentaire", mut),
                     ("N° AMC", amcn)]:
            p.t(15, y, a, "UG", 9, gray=0.35)
            p.t(70, y, b, "UG", 10)
            y += 6.5
        p.t(15, y + 4, f"Prescription : Dr {other(r, nurse[1])}, RPPS {presc}, ordonnance du {dot4(presc_d)}", "UG", 9)
        p.t(15, y + 10, f"Prélèvement transmis au Laboratoire Bio{r.choice(['Ouest', 'Val', 'Centre'])} "
                        f"(FINESS {lab_finess}) par coursier", "UG", 9)
        y = tbl(p, 15, y + 18, [30, 22, 88, 20, 20], ["Date", "Heure", "Acte", "Cotation", "Montant"],
                [[dot4(care), heure, "Prélèvement sanguin par ponction veineuse (patient à jeun)", "AMI 1,5",
                  num(ami)],
                 [dot4(care), "", "Indemnité forfaitaire de déplacement", "IFD", num(ifd)]],
                "lllcr", "UG", "UG", 8.8, 7)
        p.rect(115, y + 6, 80, 30, fill=0.93, width=0.4)
        shares([("Total", meur(total)), ("Part AMO (60 %)", meur(amo)), ("Part AMC (40 %)", meur(amc)),
                ("Reste à charge", meur(pt))], p, 119, y + 13, 191, "UG", "UG", 9.5)
        p.t(15, y + 50, "Tiers payant intégral (AMO + AMC). Le patient ne fait pas l'avance des frais.", "UG", 8.5)
        p.t(15, y + 56, f"Prochain bilan sanguin conseillé dans 3 mois.", "UG", 8.5, gray=0.3)

    f = F(adeli=adeli, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("ide-prise-de-sang", [p1], [("invoice", f)], fax_name=f"IDE {nurse[1]}")


def s02_pharma_stomie(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1940, 1965))
    street, city, dept = g.addr()
    d2 = dept if dept.isdigit() else "20"
    finess = make_finess(r, d2)
    care = workday(r)
    issued = care
    presc_d = care - D(r.randint(40, 200))
    presc = make_rpps(r)
    titulaire = make_rpps(r)
    number = f"F{care.year}{r.randint(10000, 99999)}"
    items = [(digits(r, 7), "Poche vidangeable colostomie 57 mm (bte 30)", 1, 15630, 15630),
             (digits(r, 7), "Support adhésif 57 mm (bte 10)", 1, 9842, 9842),
             (digits(r, 7), "Pâte protectrice cutanée (tube 60 g)", 2, 1290, 1150)]
    spray = 1190
    lines = [q * pr for _, _, q, pr, _ in items]
    tarif = [q * tf for _, _, q, _, tf in items]
    total = sum(lines) + spray
    amo = sum(tarif)
    amc = sum(lines) - sum(tarif)
    pt = spray
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)

    def p1(p: P):
        p.rect(15, 12, 180, 24, fill=0.94, width=0.5)
        p.t(20, 20, f"PHARMACIE {r.choice(['DU MARCHÉ', 'DES TILLEULS', 'CENTRALE', 'DU PORT'])}", "IG", 13)
        p.t(20, 26, f"{street}, {city} — Tél. {phone(r)}", "IG", 8.5)
        p.t(20, 31, f"FINESS {finess}   ·   N° AM {am_num(r, dept, '2')}   ·   Pharmacien titulaire : "
                    f"{r.choice(FIRST_M)} {other(r)} (RPPS {titulaire})", "IG", 7.5)
        p.t(195, 46, f"Facture n° {number}", "IG", 11, "r")
        p.t(195, 52, f"Date de délivrance : {sl(care)}", "IG", 9, "r")
        p.t(15, 46, "Assuré(e)", "IG", 8, gray=0.4)
        p.t(15, 52, f"{pat['civ']} {pat['last']} {pat['first']}", "IG", 10.5)
        p.t(15, 58, f"né(e) le {sl(pat['birth'])}   NIR {nir_spaced(pat['nir'])}", "IG", 9)
        p.t(15, 64, f"Exonération : ALD   ·   Complémentaire : {mut} (N° AMC {amcn})", "IG", 9)
        p.t(15, 72, f"Prescripteur : Dr {other(r, pat['last'])}, chirurgien viscéral, RPPS {presc} — "
                    f"ordonnance du {sl(presc_d)} (renouvelable 12 mois)", "IG", 8.5)
        rows = [[c, n, str(q), num(pr), num(tf), num(q * pr), num(q * tf)] for c, n, q, pr, tf in items]
        rows.append(["—", "Spray retrait d'adhésif 50 ml (non remboursable)", "1", num(spray), "—", num(spray),
                     "0,00"])
        y = tbl(p, 15, 80, [18, 74, 9, 17, 18, 22, 22], ["Code LPP", "Désignation", "Qté", "Prix", "Tarif LPP",
                                                         "Montant", "Part AMO"], rows, "llcrrrr", "IG", "IG", 7.8, 6.6)
        p.t(15, y + 7, "Période couverte : un mois de traitement à compter de la délivrance.", "IG", 8, gray=0.35)
        p.rect(105, y + 14, 90, 32, width=0.6)
        shares([("Total facture", money(total)), ("Part Sécurité sociale (100 % tarif)", money(amo)),
                ("Part mutuelle", money(amc)), ("À régler par le patient", money(pt))], p, 109, y + 21, 191, "IG",
               "IG", 9.5)
        p.t(105, 287, f"SIRET {siret_spaced(make_siret(r))} — SELAS au capital de 10 000 €", "IG", 7, "c", gray=0.4)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("pharmacie-stomie", [p1], [("invoice", f)], fax_name="PHARMACIE")


def s03_mg_suture(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1960, 2004))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    doc = (r.choice(FIRST_M), other(r, pat["last"]))
    care = workday(r)
    issued = care
    number = f"{care.year}/{r.randint(1000, 4999)}"
    act = 3135
    total = act
    amo = pct(act, 0.70) - 200
    pt = 200
    amc = total - amo - pt
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)

    def p1(p: P):
        p.t(105, 20, f"Docteur {doc[0]} {doc[1]}", "IM", 15, "c")
        p.t(105, 27, "Médecin généraliste — Conventionné secteur 1", "IM", 9.5, "c")
        p.t(105, 32, f"{street} · {city} · Tél. {phone(r)}", "IM", 8.5, "c")
        p.t(105, 37, f"RPPS {rpps} · N° AM {am_num(r, dept, '1')}", "IM", 8.5, "c")
        p.line(40, 41, 170, 41, 0.5)
        p.t(15, 54, f"Note d'honoraires n° {number}", "IM", 12)
        p.t(195, 54, f"{city.split(' ', 1)[1].title()}, le {longd(issued)}", "IM", 9.5, "r")
        p.t(15, 66, f"Patient : {pat['civ']} {pat['last']} {pat['first']}, né(e) le {longd(pat['birth'])}", "IM", 10)
        p.t(15, 72, f"N° d'immatriculation : {nir_spaced(pat['nir'])}", "IM", 10)
        p.t(15, 78, f"Mutuelle : {mut}, N° AMC {amcn}", "IM", 10)
        y = tbl(p, 15, 88, [34, 24, 92, 30], ["Date de l'acte", "Code", "Libellé", "Honoraires"],
                [[longd(care), "QZJA002", "Réparation de plaie de la peau < 3 cm (4 points)", money(act)]],
                "lclr", "IM", "IM", 9, 7.5)
        shares([("Total des honoraires", money(total)), ("Part assurance maladie (70 % − 2 €)", money(amo)),
                ("Part complémentaire (30 %)", money(amc)), ("Reste dû (participation forfaitaire)", money(pt))],
               p, 95, y + 12, 195, "IM", "IM", 10, 6.5)
        p.t(15, y + 48, f"Ablation des fils à prévoir le {longd(nxt(care, 7))} (infirmière ou cabinet).", "IM", 9)
        p.t(15, y + 54, f"Vaccination antitétanique : dernier rappel en {care.year - r.randint(3, 9)}, à jour.",
            "IM", 9)
        p.t(15, y + 60, "Acte réalisé au cabinet, sans dépassement. Tiers payant AMO + AMC.", "IM", 9)
        p.t(105, 287, f"SIRET {siret_spaced(make_siret(r))} — Membre d'une association de gestion agréée", "IM", 7,
            "c", gray=0.4)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("mg-suture", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def s04_osteodensito(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(sex=2, year=(1948, 1968))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    rad = (r.choice(FIRST_F), other(r, pat["last"]))
    presc = make_rpps(r)
    care = workday(r)
    issued = care
    presc_d = care - D(r.randint(10, 40))
    prev = dt.date(care.year - r.randint(3, 5), r.randint(1, 12), r.randint(1, 28))
    number = f"R{care.year % 100:02d}{r.randint(100000, 999999)}"
    exam = f"EX-{r.randint(4000000, 4999999)}"
    total = 3996
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()

    site = r.choice(["Remparts", "Cordeliers", "Augustins"])

    def p1(p: P):
        p.t(15, 20, "CABINET D'IMAGERIE DES " + site.upper(), "UM", 13)
        p.t(15, 26, f"{street} — {city} — Tél. {phone(r)}", "UM", 8.5)
        p.t(15, 31, f"Dr {rad[0]} {rad[1]}, radiologue — RPPS {rpps}", "UM", 9)
        p.line(15, 35, 195, 35, 1.2)
        p.t(15, 46, "FACTURE", "UM", 14)
        p.t(60, 46, f"N° {number}", "UM", 10)
        p.t(195, 46, f"Édition : {sl(issued)}", "UM", 9, "r")
        p.t(195, 52, f"N° d'examen : {exam}", "UM", 9, "r")
        y = 62
        for a, b in [("Patiente", f"{pat['last']} {pat['first']}"), ("Née le", sl(pat["birth"])),
                     ("NIR", nir_spaced(pat["nir"])), ("Complémentaire", f"{r.choice(MUTUELLES)} — AMC {amcn}"),
                     ("Prescripteur", f"Dr {other(r, rad[1])}, gynécologue — RPPS {presc} — demande du "
                                      f"{sl(presc_d)}")]:
            p.t(15, y, a, "UM", 9, gray=0.35)
            p.t(48, y, b, "UM", 9.5)
            y += 6
        p.t(15, y + 4, f"Examen réalisé le {sl(care)} à {r.randint(8, 17)} h {r.choice(['00', '15', '30', '45'])}",
            "UM", 9.5)
        y = tbl(p, 15, y + 10, [22, 98, 30, 30], ["Code CCAM", "Acte", "Base", "Honoraires"],
                [["PAQK007", "Ostéodensitométrie sur 2 sites par méthode biphotonique", num(total), num(total)]],
                "clrr", "UM", "UM", 8.8, 7)
        p.t(15, y + 8, f"Résultats : T-score rachis lombaire −{r.randint(10, 24) / 10:.1f}".replace(".", ",")
            + f" · col fémoral −{r.randint(10, 24) / 10:.1f}".replace(".", ",")
            + f" · IMC {r.randint(190, 260) / 10:.1f}".replace(".", ","), "UM", 8.5, gray=0.3)
        p.t(15, y + 13, f"Examen précédent : {sl(prev)} (autre centre).", "UM", 8.5, gray=0.3)
        shares([("Montant total", meur(total)), ("Part AMO (70 %)", meur(amo)), ("Part AMC (30 %)", meur(amc)),
                ("Reste à charge", meur(pt))], p, 110, y + 25, 195, "UM", "UM", 10, 6.5)
        p.t(105, 287, f"SELARL Imagerie des {site} — SIRET {make_siret(r)}", "UM", 7, "c", gray=0.4)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("radio-osteodensito", [p1], [("invoice", f)], fax_name="IMAGERIE")


def s05_holter(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1945, 1980))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    card = (r.choice(FIRST_M), other(r, pat["last"]))
    ref = make_rpps(r)
    care = workday(r, (2, 9))
    while care.weekday() == 4:
        care -= D(1)
    issued = care + D(1)
    number = f"H-{r.randint(10000, 99999)}"
    total = 6912
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()

    def p1(p: P):
        p.t(15, 20, f"Dr {card[0]} {card[1]}", "UH", 14)
        p.t(15, 27, "Cardiologie — Maladies vasculaires — Secteur 1", "UQ", 9)
        p.t(15, 32, f"{street}, {city}", "UQ", 9)
        p.t(15, 37, f"RPPS {rpps}   N° AM {am_num(r, dept, '1')}   Tél. {phone(r)}", "UQ", 9)
        p.t(195, 20, "FACTURE", "UH", 13, "r")
        p.t(195, 27, f"n° {number}", "UQ", 10, "r")
        p.t(195, 33, f"le {sl2(issued)}", "UQ", 10, "r")
        p.rect(15, 44, 180, 27, width=0.5, radius=2)
        p.t(19, 51, f"Patient : {pat['last']} {pat['first']}", "UH", 10)
        p.t(19, 57, f"Date de naissance : {sl2(pat['birth'])}     NIR : {pat['nir']}", "UQ", 9.5)
        p.t(19, 63, f"Mutuelle : {r.choice(MUTUELLES)}     N° AMC : {amcn}", "UQ", 9.5)
        p.t(19, 69, f"Adressé par Dr {other(r, card[1])} (RPPS {ref})", "UQ", 8.5)
        p.t(15, 82, f"Pose du Holter : {sl2(care)} à {r.randint(8, 11)}h{r.choice(['00', '30'])}", "UQ", 9.5)
        p.t(15, 88, f"Dépose et lecture : {sl2(issued)}", "UQ", 9.5)
        p.t(15, 94, f"Compte rendu adressé au médecin traitant vers le {sl2(nxt(issued, 3))}", "UQ", 9.5)
        y = tbl(p, 15, 102, [24, 26, 90, 40], ["Date", "Code", "Acte", "Montant"],
                [[sl2(care), "DEQP005", "Électrocardiographie continue sur 24 heures (Holter)", meur(total)]],
                "lclr", "UQ", "UH", 9, 7)
        shares([("Total", meur(total)), ("Part Assurance Maladie 70 %", meur(amo)),
                ("Part complémentaire 30 %", meur(amc)), ("Reste à votre charge", meur(pt))], p, 105, y + 12, 195,
               "UQ", "UH", 10, 6.5)
        p.t(15, y + 45, "Merci de rapporter le boîtier et la ceinture au secrétariat.", "UQ", 8.5, gray=0.35)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("cardio-holter", [p1], [("invoice", f)], fax_name=f"DR {card[1]}")


def s06_kine_vestib(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1950, 1990))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    kin = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    orl = make_rpps(r)
    first = workday(r, (2, 8))
    dates = [first]
    while len(dates) < 8:
        dates.append(nxt(dates[-1], r.choice([2, 3])))
    presc_d = first - D(r.randint(8, 20))
    vng = presc_d - D(r.randint(3, 15))
    issued = dates[-1]
    number = f"K{issued.year}-{r.randint(200, 899)}"
    unit = 1720
    total = unit * 8
    amo = pct(total, 0.60)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()

    def p1(p: P):
        p.t(15, 20, f"{kin[0]} {kin[1]}", "UC", 14)
        p.t(15, 26, "Masseur-kinésithérapeute D.E. — Rééducation vestibulaire", "UC", 9)
        p.t(15, 31, f"{street} — {city} — {phone(r, '.')}", "UC", 8.5)
        p.t(15, 36, f"RPPS : {rpps}   ·   N° AM : {am_num(r, dept, '7')}", "UC", 8.5)
        p.t(195, 20, "Facture", "UC", 14, "r")
        p.t(195, 27, number, "UC", 10, "r")
        p.t(195, 33, f"Date : {sl(issued)}", "UC", 9.5, "r")
        p.line(15, 41, 195, 41, 0.4)
        p.t(15, 50, "Patient", "UC", 8, gray=0.4)
        p.t(15, 56, f"{pat['last']} {pat['first']}", "UC", 11)
        p.t(15, 62, f"né(e) le {sl(pat['birth'])}", "UC", 9)
        p.t(15, 67, f"NIR {nir_spaced(pat['nir'])}", "UC", 9)
        p.t(110, 50, "Prescription", "UC", 8, gray=0.4)
        p.t(110, 56, f"Dr {other(r, kin[1])}, ORL", "UC", 9.5)
        p.t(110, 62, f"RPPS {orl} — le {sl(presc_d)}", "UC", 9)
        p.t(110, 67, f"VNG du {sl(vng)} : déficit vestibulaire", "UC", 9)
        rows = [[str(i + 1), sl(d), "AMK 8", num(unit)] for i, d in enumerate(dates)]
        y = tbl(p, 15, 76, [16, 40, 40, 34], ["Séance", "Date", "Cotation", "Honoraires"], rows, "cccr", "UC", "UC",
                8.8, 6.3)
        p.rect(150, 76, 45, 37, fill=0.93, width=0.4)
        p.t(172.5, 84, "Mutuelle", "UC", 8, "c", gray=0.4)
        p.t(172.5, 91, r.choice(MUTUELLES)[:22], "UC", 8, "c")
        p.t(172.5, 98, "N° AMC", "UC", 8, "c", gray=0.4)
        p.t(172.5, 105, amcn, "UC", 10, "c")
        shares([("Total", meur(total)), ("Part AMO 60 %", meur(amo)), ("Part AMC 40 %", meur(amc)),
                ("Reste dû", meur(pt))], p, 110, y + 12, 195, "UC", "UC", 10, 6.5)
        p.t(15, y + 44, "Exercices d'habituation à poursuivre à domicile. Tiers payant.", "UC", 8.5, gray=0.3)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=first, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("kine-vestibulaire", [p1], [("invoice", f)], fax_name="KINE")


def s07_dentiste_gouttiere(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1970, 2000))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    den = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    care = workday(r, (2, 8))
    issued = nxt(care, r.randint(7, 12))
    devis = care - D(r.randint(10, 30))
    control = issued + D(r.randint(25, 40))
    number = f"{issued.year}{issued.month:02d}-{r.randint(100, 999)}"
    c_ = 2300
    c_amo = pct(c_, 0.70)
    splint = 22000
    forfait = 10000
    total = c_ + splint
    amo = c_amo
    amc = (c_ - c_amo) + forfait
    pt = total - amo - amc
    amcn = g.amc_number()

    def p1(p: P):
        p.t(15, 20, f"Dr {den[0]} {den[1]}", "US", 14)
        p.t(15, 26, "Chirurgien-dentiste — Occlusodontie", "US", 9)
        p.t(15, 31, f"{street}, {city} · {phone(r)}", "US", 8.5)
        p.t(15, 36, f"RPPS {rpps} · N° AM {am_num(r, dept, '4')}", "US", 8.5)
        p.rect(120, 14, 75, 26, fill=0.92, stroke=False)
        p.t(124, 21, "NOTE D'HONORAIRES", "US", 11)
        p.t(124, 28, f"N° {number}", "US", 9.5)
        p.t(124, 34, f"du {sl(issued)}", "US", 9.5)
        p.t(15, 50, f"Patient(e) : {pat['last']} {pat['first']}  —  né(e) le {sl(pat['birth'])}", "US", 10)
        p.t(15, 56, f"N° SS : {nir_spaced(pat['nir'])}", "US", 10)
        p.t(15, 62, f"Complémentaire : {r.choice(MUTUELLES)}  —  N° AMC {amcn}", "US", 10)
        p.t(15, 68, f"Devis n° D{r.randint(1000, 9999)} accepté le {sl(devis)}", "US", 9, gray=0.35)
        rows = [[sl(care), "C", "Consultation — bilan occlusal", num(c_), num(c_amo)],
                [sl(care), "HN", "Gouttière occlusale de relaxation (empreintes)", num(splint), "0,00"],
                [sl(issued), "—", "Pose et réglage de la gouttière (inclus)", "0,00", "0,00"]]
        y = tbl(p, 15, 76, [26, 14, 90, 25, 25], ["Date", "Code", "Désignation", "Honoraires", "Base AMO 70 %"],
                rows, "lclrr", "US", "US", 8.8, 6.8)
        p.t(15, y + 6, "HN : acte hors nomenclature, non remboursé par l'assurance maladie.", "US", 8, gray=0.35)
        p.t(15, y + 11, f"Forfait mutuelle « gouttière » : {meur(forfait)}", "US", 8, gray=0.35)
        shares([("Total honoraires", meur(total)), ("Part AMO", meur(amo)), ("Part AMC", meur(amc)),
                ("Reste à la charge du patient", meur(pt))], p, 105, y + 22, 195, "US", "US", 10, 6.5)
        p.t(15, y + 54, f"Contrôle de l'occlusion prévu le {sl(control)}.", "US", 9)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("dentiste-gouttiere", [p1], [("invoice", f)], fax_name=f"DR {den[1]}")


def s08_ortho_tableur(g: Gen) -> Layout:
    r = g.rng
    parent = g.person(year=(1978, 1992))
    child = g.person(year=(2015, 2019))
    child["last"] = parent["last"]
    child["norm"] = f"{child['last']} {child['first']}"
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    ort = (r.choice(FIRST_F), other(r, parent["last"]))
    first = workday(r, (2, 8))
    dates = [first] + [nxt(first, 7 * k) for k in (1, 2, 3)]
    issued = dates[-1]
    number = f"{issued.year}-{r.randint(40, 300):03d}"
    bil, ses = 8976, 3194
    total = bil + 3 * ses
    amo = pct(total, 0.60)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    cells = [("FACTURE ORTHOPHONIE", ""), ("", ""), ("Orthophoniste", f"{ort[0]} {ort[1]}"),
             ("Adresse", f"{street}, {city}"), ("RPPS", rpps), ("Téléphone", phone(r)), ("", ""),
             ("Facture n°", number), ("Date facture", sl(issued)), ("", ""),
             ("Enfant", f"{child['last']} {child['first']}"), ("Date de naissance", sl(child["birth"])),
             ("Assuré(e)", f"{parent['civ']} {parent['last']} {parent['first']}"), ("NIR assuré(e)", parent["nir"]),
             ("Mutuelle", mut), ("N° AMC", amcn), ("", "")]
    acts = [(dates[0], "AMO 34", "Bilan de la communication et du langage écrit", bil)] + \
           [(d, "AMO 12,1", "Séance de rééducation", ses) for d in dates[1:]]

    def p1(p: P):
        p.t(15, 10, f"facture_{ort[1].lower().replace(' ', '_')}_{issued.year}.xlsx — Feuille1", "UT", 7, gray=0.4)
        x0, cols = 22, [58, 62, 30, 28]
        letters = "ABCD"
        top = 16
        rh = 6.2
        nrows = len(cells) + 2 + len(acts) + 6
        p.rect(15, top, 7, rh, fill=0.85, width=0.3, gray=0.5)
        cx = x0
        for L, w in zip(letters, cols):
            p.rect(cx, top, w, rh, fill=0.85, width=0.3, gray=0.5)
            p.t(cx + w / 2, top + 4.3, L, "UT", 8, "c", gray=0.3)
            cx += w
        rows: list[list[str]] = [[a, b, "", ""] for a, b in cells]
        rows.append(["Date", "Acte", "Cotation", "Montant"])
        for d, code, lib, m in acts:
            rows.append([sl(d), lib, code, num(m)])
        rows.append(["", "", "", ""])
        rows += [["", "", "TOTAL", num(total)], ["", "", "Part AMO 60%", num(amo)],
                 ["", "", "Part AMC 40%", num(amc)], ["", "", "Reste à charge", num(pt)]]
        for i, row in enumerate(rows):
            y = top + (i + 1) * rh
            p.rect(15, y, 7, rh, fill=0.85, width=0.3, gray=0.5)
            p.t(18.5, y + 4.3, str(i + 1), "UT", 7, "c", gray=0.3)
            cx = x0
            for j, (v, w) in enumerate(zip(row, cols)):
                p.rect(cx, y, w, rh, width=0.2, gray=0.6)
                if v:
                    right = j == 3 and i >= len(cells)
                    p.t(cx + w - 1.2 if right else cx + 1.2, y + 4.3, v[:40], "UT",
                        10 if i == 0 else 8, "r" if right else "l")
                cx += w
        p.t(105, 290, f"Imprimé le {sl(issued)} — Page 1", "UT", 7, "c", gray=0.4)

    f = F(rpps=rpps, nir=parent["nir"], patient_name=child["norm"], patient_birth_date=child["birth"],
          invoice_number=number, invoice_date=issued, care_date=first, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("orthophonie-tableur", [p1], [("invoice", f)], fax_name="ORTHOPHONIE")


def s09_gastro_inverse(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1950, 1985))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    ref = make_rpps(r)
    gas = (r.choice(FIRST_M + FIRST_F), other(r, pat["last"]))
    care = workday(r)
    issued = care
    colo = nxt(care, r.randint(15, 30))
    prev = dt.date(care.year - r.randint(2, 6), r.randint(1, 12), r.randint(1, 28))
    number = f"GE{r.randint(100000, 999999)}"
    total = 5500
    amo = pct(total, 0.70) - 200
    pt = 200
    amc = total - amo - pt
    amcn = g.amc_number()

    def bar(p: P, x, y, w, h, s, size=10, align="l"):
        p.rect(x, y, w, h, fill=0.12, stroke=False)
        tx = x + 2 if align == "l" else (x + w - 2 if align == "r" else x + w / 2)
        p.t(tx, y + h - 1.9, s, "UP", size, align, gray=1)

    def p1(p: P):
        p.t(15, 19, f"Dr {gas[0]} {gas[1]}", "UP", 14)
        p.t(15, 25, "Hépato-gastro-entérologie — Secteur 1", "UP", 9)
        p.t(15, 30, f"{street}, {city} · Tél. {phone(r)}", "UP", 8.5)
        p.t(15, 35, f"RPPS {rpps} · N° AM {am_num(r, dept, '1')}", "UP", 8.5)
        bar(p, 125, 14, 70, 9, f"FACTURE N° {number}", 10.5)
        p.t(195, 30, f"Date : {sl(issued)}", "UP", 9.5, "r")
        bar(p, 15, 45, 180, 8, "PATIENT", 9)
        p.t(17, 60, f"{pat['last']} {pat['first']}", "UP", 11)
        p.t(17, 66, f"Né(e) le {sl(pat['birth'])}", "UP", 9.5)
        p.t(100, 60, f"NIR {nir_spaced(pat['nir'])}", "UP", 9.5)
        p.t(100, 66, f"{r.choice(MUTUELLES)} · AMC {amcn}", "UP", 9.5)
        p.t(17, 74, f"Adressé(e) par Dr {other(r, gas[1])} (RPPS {ref}). Gastroscopie antérieure : {sl(prev)}.",
            "UP", 8.5, gray=0.3)
        bar(p, 15, 82, 180, 8, "ACTES", 9)
        y = tbl(p, 15, 92, [30, 22, 98, 30], ["Date", "Code", "Libellé", "Montant"],
                [[sl(care), "APC", "Avis ponctuel de consultant", num(total)]], "lclr", "UP", "UP", 9, 7,
                fill=None)
        y += 8
        for i, (a, b) in enumerate([("TOTAL", total), ("PART AMO (70 % − 2,00)", amo), ("PART AMC (30 %)", amc),
                                    ("RESTE DÛ", pt)]):
            bar(p, 105, y + i * 9, 55, 8, a, 9)
            bar(p, 161, y + i * 9, 34, 8, meur(b), 9.5, "r")
        p.t(15, y + 45, f"Coloscopie programmée le {sl(colo)} en clinique (préparation remise).", "UP", 9)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("gastro-inverse", [p1], [("invoice", f)], fax_name=f"DR {gas[1]}")


def s10_genetique_2up(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1970, 2000))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    gen = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    care = workday(r, (2, 6))
    second = nxt(care, r.randint(30, 45))
    issued = second
    lab = make_finess(r, dept if dept.isdigit() else "20")
    number = f"GEN-{issued.year}-{r.randint(1000, 9999)}"
    apc, cs = 5500, 3000
    total = apc + cs
    amo = pct(total, 0.70) - 400
    pt = 400
    amc = total - amo - pt
    amcn = g.amc_number()
    fam = f"FAM-{r.randint(10000, 99999)}"

    def p1(p: P):
        p.line(8, 148.5, 202, 148.5, 0.4, 0.5, dash=(3, 3))
        p.rect(8, 5, 194, 139, width=0.3, gray=0.6)
        p.rect(8, 153, 194, 139, width=0.3, gray=0.6)
        # page 1/2 (top half)
        p.t(14, 15, f"Dr {gen[0]} {gen[1]}", "UN", 12)
        p.t(14, 20, "Génétique médicale — Conseil génétique — Secteur 1", "UN", 8)
        p.t(14, 24.5, f"{street}, {city} — Tél. {phone(r)}", "UN", 7.5)
        p.t(14, 29, f"RPPS {rpps}   N° AM {am_num(r, dept, '1')}", "UN", 7.5)
        p.t(196, 15, "NOTE D'HONORAIRES", "MC", 11, "r")
        p.t(196, 21, f"N° {number}", "UN", 9, "r")
        p.t(196, 26, f"Émise le {sl(issued)}", "UN", 8.5, "r")
        p.t(14, 40, f"Consultant(e) : {pat['last']} {pat['first']}", "UN", 9.5)
        p.t(14, 45.5, f"Date de naissance : {sl(pat['birth'])}", "UN", 8.5)
        p.t(14, 51, f"N° de sécurité sociale : {nir_spaced(pat['nir'])}", "UN", 8.5)
        p.t(14, 56.5, f"Mutuelle : {r.choice(MUTUELLES)} — N° AMC {amcn}", "UN", 8.5)
        p.t(14, 62, f"Dossier familial : {fam}", "UN", 8, gray=0.35)
        y = tbl(p, 14, 68, [26, 16, 108, 32], ["Date", "Code", "Prestation", "Honoraires"],
                [[sl(care), "APC", "Consultation de génétique (arbre généalogique, prescription)", num(apc)],
                 [sl(second), "CS", "Consultation de rendu des résultats", num(cs)]], "lclr", "UN", "UN", 8, 6.2)
        p.t(14, y + 7, f"Analyse réalisée par le laboratoire de génétique moléculaire (FINESS {lab}).", "UN", 7.5,
            gray=0.35)
        p.t(196, y + 14, f"À reporter : {num(total)}", "UN", 9, "r")
        p.t(105, 140, "Page 1/2", "MC", 7.5, "c", gray=0.4)
        # page 2/2 (bottom half)
        p.t(14, 163, f"Dr {gen[0]} {gen[1]} — suite de la note n° {number}", "UN", 8.5, gray=0.3)
        p.t(14, 176, f"Report page 1 : {num(total)}", "UN", 9)
        p.rect(100, 183, 96, 34, width=0.5)
        shares([("Total des honoraires", meur(total)), ("Part assurance maladie", meur(amo)),
                ("Part mutuelle", meur(amc)), ("Participations forfaitaires (2 × 2,00 EUR)", meur(pt))], p, 104, 190,
               192, "UN", "UN", 9, 6.5)
        p.t(14, 228, "Tiers payant AMO et AMC. Reste réglé par carte bancaire le jour de la seconde consultation.",
            "UN", 8)
        p.t(14, 234, "Les résultats ont été remis et expliqués au (à la) consultant(e).", "UN", 8)
        p.t(150, 250, "Signature", "UN", 8, gray=0.4)
        p.t(105, 288, "Page 2/2", "MC", 7.5, "c", gray=0.4)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("genetique-2up", [p1], [("invoice", f)], fax_name=f"DR {gen[1]}")


LAYOUTS = [s01_ide_prise_de_sang, s02_pharma_stomie, s03_mg_suture, s04_osteodensito, s05_holter, s06_kine_vestib,
           s07_dentiste_gouttiere, s08_ortho_tableur, s09_gastro_inverse, s10_genetique_2up]


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


def text_pdf28(lay: Layout) -> bytes:
    size = A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle("Facture")
    c.setCreator(random.Random(len(lay.id)).choice(["Logiciel de facturation", "LibreOffice", "Microsoft Excel"]))
    for draw in lay.pages:
        draw(P(c, size))
        c.showPage()
    c.save()
    return buf.getvalue()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="documents28")
    ap.add_argument("--seed", type=int, default=281)
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
        stem = f"s1{slot:02d}"
        pdf = text_pdf28(L)
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
