"""cd bench/heldout && ../../.venv/bin/python documents15_gen.py --out documents15 --seed 151

Fifteenth blind held-out layout set: ten French tiers-payant documents of everyday practice, each rendered five
ways.

Written blind (without reading parsers/, classifiers/, intake/, workers/, tests/, samples/, bench/*.py other than
the set 4 and 6 generators, or any rendered held-out set), in professions and designs not used by sets 10 to 14.
Like sets 10-14 it is REALISTIC: seven ordinary documents as practice software, a word processor or an
establishment prints them, and three harder ones that a clerk still reads without hesitating.
  1. cardiologue libéral secteur 1 (RPPS) facture in Roboto: drawn heart logo, APC + ECG (DEQP003) on the first
     day and a 24 h Holter (DEQP005) posed the same day and read the next day (care date = the first day), the
     referring GP's RPPS and letter date, N° AM, SIRET footer, 'Part AMO / Part AMC / Reste à charge';
  2. SOS Médecins night home visit (the visiting doctor's RPPS invoices) in Open Sans: association letterhead with
     its SIRET and the 3624 number, call time and visit time (02:40), VG + MD + MM (majoration milieu de nuit),
     'N° d'intervention' beside the invoice number, 70 % / 30 %, '15.09.25' dates, the regulating doctor's RPPS;
  3. centre d'hémodialyse (FINESS géographique in the header, FINESS juridique in the footer) monthly relevé of
     twelve in-centre sessions in Lato: period line, session table with weekdays, ALD exonération (AMO 100 %,
     AMC 0, patient 0), the nephrologist's RPPS as distractor, U+202F thousands ('2 919,36 €');
  4. orthopédiste-orthésiste (ADELI) facture in FreeSerif: knee brace + lumbar belt (LPP codes, prix vs tarif LPP
     columns), the price above the LPP tariff partly covered by the AMC and the rest left to the patient, the
     prescriber's RPPS and ordonnance date, delivery date = care date, SIRET, '89,90 EUR' amounts;
  5. pharmacie d'officine (FINESS) 'vaccination et dépistage' facture in FreeSans: flu vaccine (CIP13) +
     pharmacist's injection act + TROD angine (rapid strep test), per-line rates, NBSP amounts, N° AM category 2,
     the vaccination certificate's lot number and next reminder date as distractors;
  6. médecin anesthésiste-réanimateur secteur 2 OPTAM (RPPS) consultation pré-anesthésique alone, Roboto Condensed:
     CS + DA dépassement partly covered by the AMC, the planned operation date (after the invoice) and the clinic's
     FINESS as distractors, the surgeon's RPPS in a 'copie à' line, long dates ('12 mars 2025');
  7. gériatre (RPPS) visite longue at home (VL + IK), Open Sans Light body + Lato headings: the patient over 80 in
     ALD (AMO 100 % on VL, 60 % on IK), the carer's phone and the EHPAD-entry date as distractors, dot4 dates;
  8. HARDER - hématologue secteur 1 (RPPS) 'FACTURE RECTIFICATIVE' in Roboto: 'annule et remplace la facture
     n° ... du ...' (the cancelled number, date and WRONG amounts printed in a boxed notice), the new number and
     issue date (truth = the new ones), the reason (wrong AMC number; the old one printed in the notice);
  9. HARDER - médecin du sport (RPPS) pre-printed note d'honoraires with a HAND-CORRECTED total: the printed total
     is struck through and the right total written beside it in a slanted hand font (Lato Italic), initialled;
     the AMO / AMC / patient lines are printed right; truth = the corrected total; FreeSans;
 10. HARDER - chirurgien vasculaire secteur 2 (RPPS) faxed with the cover sheet and the invoice on the SAME page:
     top third 'TÉLÉCOPIE' cover (from/to, both fax numbers, the secretariat's date, 'Nb de pages : 1', message),
     dashed rule, the note d'honoraires below (echo-doppler + consultation, dépassement), Open Sans.

Rendering, identifier and JSON helpers come from documents4_gen.py (imported); text_pdf6 and the photo renderer
from documents6_gen.py. Fonts new to the held-out sets: Roboto / Roboto Condensed, Open Sans, Lato, FreeSans /
FreeSerif (Debian packages fonts-roboto-unhinted, fonts-open-sans, fonts-lato, fonts-freefont-ttf: `apt-get
install` them before running). Every identifier is checksum-valid (distractors too); amounts add up (check()). All
random values are drawn before drawing, so the page callables are pure.

Renderings, for every layout: <id>.text.pdf (real text layer), <id>.scan.pdf (image-only), <id>.photo.jpg (phone
photo), <id>.fax-fine.tif (G4, 204x196), <id>.fax-normal.tif (G3, 204x98). File ids are neutral: a101..a110 (the
order of the files is not the order above; see FILE_IDS). Each file gets <file>.json ground truth (same format as
sets 4-14).

Ground-truth conventions (as sets 5-14 and DOMAIN.md): care_date = first day of care for a series, a stay or a
multi-day act; rpps/adeli/finess = the invoicer only (FINESS géographique for an establishment); amc_number = the
complementary insurer's number, never the adherent/member number; a corrective invoice's number and date are the
NEW ones; a hand-corrected amount is the corrected one; patient_name = 'LASTNAME Firstname' with accents as
printed; a field not printed is omitted; a fax cover is not a document of its own.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from stdnum import ean, luhn  # noqa: E402
from stdnum.fr import nir as stdnir  # noqa: E402
from stdnum.fr import siret as stdsiret  # noqa: E402

from documents4_gen import (FIRST_F, FIRST_M, LAST, MONTHS, MUTUELLES, NBSP, NNBSP, Gen, Layout, Page, F, day,  # noqa: E402
                            digits, eur, fd, fax_tiff, iban, make_adeli, make_finess, make_rpps, make_siret,
                            nir_spaced, pct, phone, scan_pdf, siret_spaced)
from documents6_gen import city_of, dnum, photo6, text_pdf6  # noqa: E402

_FONTS = {
    "RO": "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf", "ROB": "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "ROI": "roboto/unhinted/RobotoTTF/Roboto-Italic.ttf", "ROL": "roboto/unhinted/RobotoTTF/Roboto-Light.ttf",
    "RC": "roboto/unhinted/RobotoCondensed-Regular.ttf", "RCB": "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "RCI": "roboto/unhinted/RobotoCondensed-Italic.ttf",
    "OS": "open-sans/OpenSans-Regular.ttf", "OSB": "open-sans/OpenSans-Bold.ttf",
    "OSI": "open-sans/OpenSans-Italic.ttf", "OSL": "open-sans/OpenSans-Light.ttf",
    "OSS": "open-sans/OpenSans-Semibold.ttf",
    "LA": "lato/Lato-Regular.ttf", "LAB": "lato/Lato-Bold.ttf", "LAI": "lato/Lato-Italic.ttf",
    "LAH": "lato/Lato-Heavy.ttf", "LAL": "lato/Lato-Light.ttf", "LAHI": "lato/Lato-MediumItalic.ttf",
    "FS": "freefont/FreeSans.ttf", "FSB": "freefont/FreeSansBold.ttf", "FSI": "freefont/FreeSansOblique.ttf",
    "FR": "freefont/FreeSerif.ttf", "FRB": "freefont/FreeSerifBold.ttf", "FRI": "freefont/FreeSerifItalic.ttf",
}
for _a, _f in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_a, f"/usr/share/fonts/truetype/{_f}"))

DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]


def workday(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def other_last(r: random.Random, who: dict) -> str:
    return r.choice([n for n in LAST if n != who["last"]])


def long_date(d: dt.date) -> str:
    return fd(d, "long")


def totals_block(p: Page, x_lab: float, x_val: float, y: float, rows, f: str, fb: str, size: float = 9.5,
                 step: float = 6.0, style: str = "eur", sep: str = NBSP) -> float:
    for i, (lab, v) in enumerate(rows):
        p.t(x_lab, y + i * step, lab, fb if i == 0 else f, size)
        p.t(x_val, y + i * step, eur(v, style, sep), fb if i == 0 else f, size, "r")
    return y + len(rows) * step


def heart(p: Page, x: float, y: float, s: float, gray: float = 0.3) -> None:
    c = p.c
    c.saveState()
    c.setFillGray(gray)
    X, Y, S = x * mm, p.h - y * mm, s * mm
    pth = c.beginPath()
    pth.moveTo(X + S / 2, Y - S)
    pth.curveTo(X - S * 0.1, Y - S * 0.45, X + S * 0.1, Y + S * 0.05, X + S / 2, Y - S * 0.25)
    pth.curveTo(X + S * 0.9, Y + S * 0.05, X + S * 1.1, Y - S * 0.45, X + S / 2, Y - S)
    c.drawPath(pth, fill=1, stroke=0)
    c.restoreState()


# ------------------------------------------------------------------------------------------- layouts
def l01_cardiologue(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1948, 1975))
    street, city, dept = g.addr()
    rpps, gp = make_rpps(r), make_rpps(r)
    am = f"{dnum(dept)}1{digits(r, 5)}"
    siret = make_siret(r)
    care = workday(day(r, (2, 9)))
    read = care + dt.timedelta(days=1)
    issued = read + dt.timedelta(days=r.randint(0, 2))
    letter = care - dt.timedelta(days=r.randint(8, 25))
    number = f"C{issued.strftime('%y%m')}-{r.randint(100, 999)}"
    acts = [(care, "APC", "Avis ponctuel de consultant", 5600), (care, "DEQP003", "Électrocardiographie (ECG) 12 dérivations", 1426),
            (care, "DEQP005", "Holter ECG 24 h — pose de l'enregistreur", 0),
            (read, "DEQP005", "Holter ECG 24 h — lecture et interprétation", 7859)]
    total = sum(a[3] for a in acts)
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    doc = (r.choice(FIRST_M), other_last(r, pat))
    gpn = other_last(r, pat)
    tel = phone(r)

    def p1(p: Page):
        heart(p, 15, 14, 11)
        p.t(30, 18, f"Dr {doc[0]} {doc[1]}", "ROB", 14)
        p.t(30, 23.5, "Cardiologie et maladies vasculaires — Secteur 1", "RO", 9, gray=0.3)
        p.t(30, 28, f"{street} · {city} · Tél. {tel}", "RO", 8.5)
        p.t(30, 32.5, f"RPPS {rpps}   ·   N° AM {am}", "RO", 8.5)
        p.t(195, 18, "FACTURE", "ROB", 16, "r")
        p.t(195, 25, f"N° {number}", "ROB", 10, "r")
        p.t(195, 30.5, f"Date : {fd(issued)}", "RO", 9.5, "r")
        p.line(15, 37, 195, 37, 1.2, 0.3)
        p.rect(15, 43, 100, 30, fill=0.95, width=0.4, radius=2)
        p.t(19, 49, "PATIENT", "ROB", 8, gray=0.35)
        p.t(19, 55, f"{pat['civ']} {pat['last']} {pat['first']}", "ROB", 10.5)
        p.t(19, 61, f"Né(e) le {fd(pat['birth'])}", "RO", 9)
        p.t(19, 66.5, f"N° de sécurité sociale : {nir_spaced(pat['nir'])}", "RO", 9)
        p.t(19, 71, f"Complémentaire : {mut} — N° AMC {amcn}", "RO", 8)
        p.t(122, 49, "ADRESSÉ PAR", "ROB", 8, gray=0.35)
        p.t(122, 55, f"Dr {'Claire'} {gpn}, médecin généraliste", "RO", 9)
        p.t(122, 60.5, f"RPPS {gp}", "RO", 9)
        p.t(122, 66, f"Courrier du {fd(letter)}", "RO", 9)
        rows = [[fd(d), c, lib, eur(v, sep=NBSP) if v else "inclus"] for d, c, lib, v in acts]
        y = p.table(15, 82, [24, 24, 100, 32], ["Date", "Code", "Acte", "Montant"], rows, "lllr", "RO", "ROB",
                    8.8, 7, 0.9)
        totals_block(p, 120, 195, y + 10, [("Total", total), ("Part AMO (70 %)", amo), ("Part AMC", amc),
                                           ("Reste à charge", pt)], "RO", "ROB", 10, 6.5)
        p.t(15, y + 45, "Tiers payant intégral. Holter posé au cabinet, restitué le lendemain.", "ROI", 8.5)
        p.line(15, 280, 195, 280, 0.3, 0.5)
        p.t(105, 284, f"Dr {doc[1]} — SIRET {siret_spaced(siret)} — membre d'une AGA, règlement par chèque accepté",
            "ROL", 7, "c")

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("cardiologue-holter", [p1], [("invoice", f)], fax_name=f"DR {doc[1]} CARDIO")


def l02_sos_medecins(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1960, 2000))
    street, city, dept = g.addr()
    rpps, regul = make_rpps(r), make_rpps(r)
    siret = make_siret(r)
    care = day(r, (1, 10))
    issued = care
    number = f"SOS{issued.strftime('%y')}-{r.randint(10000, 99999)}"
    interv = f"{r.randint(100000, 999999)}"
    acts = [("VG", "Visite à domicile", 3000), ("MD", "Majoration de déplacement", 1000),
            ("MM", "Majoration milieu de nuit (0 h - 6 h)", 4350)]
    total = sum(a[2] for a in acts)
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    doc = (r.choice(FIRST_F), other_last(r, pat))
    pstreet, pcity, _ = g.addr()

    def p1(p: Page):
        p.rect(15, 12, 180, 24, fill=0.2, stroke=False)
        p.t(20, 22, "SOS MÉDECINS", "OSB", 18, gray=1)
        p.t(20, 29, f"Association SOS Médecins {city_of(city)} — 24 h/24, 7 j/7 — 3624", "OS", 9, gray=1)
        p.t(190, 22, "Facture", "OSB", 13, "r", gray=1)
        p.t(190, 29, f"N° {number}", "OS", 9.5, "r", gray=1)
        p.t(15, 46, f"Médecin intervenant : Dr {doc[0]} {doc[1]}", "OSS", 10)
        p.t(15, 52, f"N° RPPS : {rpps}", "OS", 9.5)
        p.t(120, 46, f"N° d'intervention : {interv}", "OS", 9.5)
        p.t(120, 52, f"Date de facture : {fd(issued, 'dot2')}", "OS", 9.5)
        p.line(15, 57, 195, 57, 0.4)
        p.t(15, 65, "Patient", "OSB", 10)
        p.t(45, 65, f"{pat['last']} {pat['first']}", "OS", 10)
        p.t(15, 71, "Né(e) le", "OSB", 9.5)
        p.t(45, 71, fd(pat["birth"], "dot2"), "OS", 9.5)
        p.t(15, 77, "N° SS", "OSB", 9.5)
        p.t(45, 77, nir_spaced(pat["nir"]), "OS", 9.5)
        p.t(15, 83, "Adresse", "OSB", 9.5)
        p.t(45, 83, f"{pstreet}, {pcity}", "OS", 9.5)
        p.t(15, 89, "Mutuelle", "OSB", 9.5)
        p.t(45, 89, f"{mut} — N° AMC {amcn}", "OS", 9.5)
        p.rect(15, 96, 180, 14, fill=0.93, width=0.3)
        p.t(19, 102, f"Appel régulé le {fd(care, 'dot2')} à 02:05 (régulation : Dr {'MOREAU'}, RPPS {regul})",
            "OS", 8.5)
        p.t(19, 107.5, f"Visite effectuée le {fd(care, 'dot2')} à 02:40 — motif : fièvre, douleurs abdominales", "OS", 8.5)
        y = p.table(15, 118, [25, 115, 40], ["Code", "Libellé", "Montant"],
                    [[c, lib, eur(v, sep=NBSP)] for c, lib, v in acts], "llr", "OS", "OSB", 9, 7, 0.88)
        totals_block(p, 115, 195, y + 10, [("Total", total), ("Part Sécurité sociale", amo),
                                           ("Part complémentaire", amc), ("Reste à payer", pt)], "OS", "OSB", 10, 6.5)
        p.t(15, y + 42, "Dispense d'avance des frais (tiers payant AMO + AMC).", "OSI", 8.5)
        p.t(105, 285, f"SOS Médecins {city_of(city)} — association loi 1901 — SIRET {siret_spaced(siret)}", "OSL", 7, "c")

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("sos-medecins-nuit", [p1], [("invoice", f)], fax_name="SOS MEDECINS")


def l03_dialyse(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1945, 1970))
    street, city, dept = g.addr()
    fin_geo, fin_jur = make_finess(r, dnum(dept)), make_finess(r, dnum(dept))
    neph = make_rpps(r)
    month = r.randint(2, 9)
    first = dt.date(2025, month, 1)
    while first.weekday() not in (0, 2, 4):
        first += dt.timedelta(days=1)
    sessions = []
    d = first
    while len(sessions) < 12:
        if d.weekday() in (0, 2, 4):
            sessions.append(d)
        d += dt.timedelta(days=1)
    last_day = dt.date(2025, month + 1, 1) - dt.timedelta(days=1)
    issued = last_day + dt.timedelta(days=r.randint(3, 8))
    number = f"HD{issued.year}{month:02d}-{r.randint(1000, 9999)}"
    unit = 24328
    total = unit * 12
    amo, amc, pt = total, 0, 0
    dossier = digits(r, 8)

    def p1(p: Page):
        p.rect(15, 12, 6, 26, fill=0.3, stroke=False)
        p.t(25, 19, "Centre d'Hémodialyse", "LAH", 15)
        p.t(25, 25, f"{street} — {city}", "LA", 9)
        p.t(25, 30, f"N° FINESS : {fin_geo}", "LAB", 9)
        p.t(25, 35, f"Tél. {phone(random.Random(fin_geo))}", "LA", 9)
        p.t(195, 19, "RELEVÉ MENSUEL — FACTURE", "LAB", 12, "r")
        p.t(195, 25, f"Facture n° {number}", "LA", 10, "r")
        p.t(195, 30, f"Éditée le {fd(issued)}", "LA", 9.5, "r")
        p.t(195, 35, f"Dossier {dossier}", "LA", 8.5, "r", gray=0.4)
        p.rect(15, 44, 180, 26, width=0.4)
        p.t(19, 50, f"Patient : {pat['last']} {pat['first']}", "LAB", 10)
        p.t(19, 56, f"Date de naissance : {fd(pat['birth'])}", "LA", 9.5)
        p.t(19, 62, f"NIR : {nir_spaced(pat['nir'])}", "LA", 9.5)
        p.t(19, 67.5, "Exonération : ALD n° 19 — insuffisance rénale chronique terminale", "LA", 8.5)
        p.t(120, 50, f"Néphrologue référent : Dr {'PERRIN'}", "LA", 8.5)
        p.t(120, 56, f"RPPS {neph}", "LA", 8.5)
        p.t(15, 78, f"Période : du {fd(sessions[0])} au {fd(sessions[-1])} — hémodialyse en centre, 3 séances/semaine",
            "LAB", 9.5)
        rows = [[f"{k + 1}", f"{DAYS[s.weekday()]} {fd(s)}", "D11", "Forfait séance d'hémodialyse en centre",
                 eur(unit, sep=NNBSP)] for k, s in enumerate(sessions)]
        y = p.table(15, 83, [12, 36, 16, 86, 30], ["N°", "Date", "Code", "Prestation", "Montant"], rows, "cllll"[:4] + "r",
                    "LA", "LAB", 8.5, 6.2, 0.9)
        totals_block(p, 110, 195, y + 9, [("Montant total", total), ("Part Assurance Maladie (100 %)", amo),
                                          ("Part organisme complémentaire", amc), ("Reste à charge patient", pt)],
                     "LA", "LAB", 9.5, 6, sep=NNBSP)
        p.line(15, 280, 195, 280, 0.3, 0.5)
        p.t(105, 284, f"Association gestionnaire — FINESS juridique {fin_jur} — établissement privé d'intérêt collectif",
            "LAL", 7, "c")

    f = F(finess=fin_geo, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=sessions[0], total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt)
    return Layout("centre-dialyse-mensuel", [p1], [("invoice", f)], fax_name="CENTRE HEMODIALYSE")


def l04_orthesiste(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1955, 1995))
    street, city, dept = g.addr()
    adeli = make_adeli(r, dnum(dept), "82")
    presc = make_rpps(r)
    siret = make_siret(r)
    care = workday(day(r, (2, 10)))
    ordo = care - dt.timedelta(days=r.randint(5, 20))
    issued = care
    number = f"OR-{issued.year}-{r.randint(1000, 9999)}"
    lines = [("2188416", "Orthèse de genou articulée, stabilisation ligamentaire", 1, 8990, 6860),
             ("2101720", "Ceinture de soutien lombaire, hauteur 26 cm", 1, 5490, 3804)]
    total = sum(q * pr for _, _, q, pr, _ in lines)
    base = sum(q * b for _, _, q, _, b in lines)
    amo = pct(base, 0.60)
    amc = base - amo + 1200
    pt = total - amo - amc
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    nom = (r.choice(FIRST_M), other_last(r, pat))

    def p1(p: Page):
        p.t(105, 18, "ORTHOPÉDIE " + nom[1], "FRB", 16, "c")
        p.t(105, 24, f"{nom[0]} {nom[1]} — orthopédiste-orthésiste diplômé", "FRI", 10, "c")
        p.t(105, 29, f"{street}, {city} — Tél. {phone(random.Random(adeli))}", "FR", 9, "c")
        p.t(105, 34, f"N° ADELI {adeli} — SIRET {siret}", "FR", 9, "c")
        p.line(40, 38, 170, 38, 0.6)
        p.t(15, 48, f"FACTURE N° {number}", "FRB", 12)
        p.t(195, 48, f"{city_of(city)}, le {fd(issued)}", "FR", 10, "r")
        p.t(15, 58, "Assuré(e) :", "FRB", 10)
        p.t(45, 58, f"{pat['civ']} {pat['last']} {pat['first']}, né(e) le {fd(pat['birth'])}", "FR", 10)
        p.t(15, 64, "N° SS :", "FRB", 10)
        p.t(45, 64, nir_spaced(pat["nir"]), "FR", 10)
        p.t(15, 70, "Mutuelle :", "FRB", 10)
        p.t(45, 70, f"{mut}, n° AMC {amcn}", "FR", 10)
        p.t(15, 76, "Prescription :", "FRB", 10)
        p.t(45, 76, f"Dr {'LAMBERT'} (RPPS {presc}), ordonnance du {fd(ordo)}", "FR", 10)
        p.t(15, 82, "Délivrance :", "FRB", 10)
        p.t(45, 82, f"{fd(care)}, essayage et adaptation au magasin", "FR", 10)
        rows = [[c, lib, str(q), eur(pr, "EUR"), eur(b, "EUR")] for c, lib, q, pr, b in lines]
        y = p.table(15, 90, [20, 90, 10, 30, 30], ["Code LPP", "Désignation", "Qté", "Prix", "Tarif LPP"], rows,
                    "llcrr", "FR", "FRB", 9, 7, 0.9)
        totals_block(p, 110, 195, y + 10, [("Montant total", total), ("Part Assurance Maladie", amo),
                                           ("Part mutuelle", amc), ("Reste à la charge de l'assuré", pt)],
                     "FR", "FRB", 10, 6.5, "EUR")
        p.t(15, y + 44, f"Base de remboursement LPP : {eur(base, 'EUR')}. Dépassement sur tarif LPP : {eur(total - base, 'EUR')}.",
            "FRI", 9)
        p.t(15, y + 50, "Tiers payant pratiqué sur les parts obligatoire et complémentaire.", "FRI", 9)

    f = F(adeli=adeli, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("orthesiste-genou", [p1], [("invoice", f)], fax_name=f"ORTHOPEDIE {nom[1]}")


def l05_pharmacie_vaccin(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1975, 2000))
    street, city, dept = g.addr()
    finess = make_finess(r, dnum(dept))
    am = f"{dnum(dept)}2{digits(r, 5)}"
    care = day(r, (10, 11))
    issued = care
    number = f"{r.randint(100000, 999999)}"
    cip = "3400930" + digits(r, 5)
    cip += ean.calc_check_digit(cip)
    lines = [(cip, "VAXIGRIP TETRA susp inj seringue 0,5 mL", 1, 1068, 65),
             ("VGP", "Injection du vaccin par le pharmacien", 1, 790, 70),
             ("TRD", "Test rapide d'orientation diagnostique angine (TROD)", 1, 1000, 70)]
    lt = [q * u for _, _, q, u, _ in lines]
    la = [pct(x, t / 100) for x, (_, _, _, _, t) in zip(lt, lines)]
    total, amo = sum(lt), sum(la)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    lot = f"{r.choice('UVWX')}{digits(r, 4)}"
    ph_name = r.choice(['Marché', 'Centre', 'Pont'])
    rappel = dt.date(care.year + 1, 10, 15)

    def p1(p: Page):
        c = p.c
        c.saveState()
        c.setFillGray(0.35)
        X, Y = 15 * mm, p.h - 24 * mm
        c.rect(X + 3.5 * mm, Y - 5 * mm, 4 * mm, 11 * mm, fill=1, stroke=0)
        c.rect(X - 0 * mm, Y - 1.5 * mm, 11 * mm, 4 * mm, fill=1, stroke=0)
        c.restoreState()
        p.t(30, 19, f"Pharmacie du {ph_name}", "FSB", 14)
        p.t(30, 24.5, f"{street} {city} — Tél. {phone(random.Random(finess))}", "FS", 8.5)
        p.t(30, 29, f"FINESS {finess} — N° AM {am}", "FS", 8.5)
        p.t(195, 19, "FACTURE", "FSB", 14, "r")
        p.t(195, 25, f"N° {number}", "FS", 10, "r")
        p.t(195, 30, f"Date : {fd(issued)}", "FS", 10, "r")
        p.t(15, 42, "Vaccination et dépistage à l'officine", "FSB", 11)
        p.rect(15, 46, 180, 25, width=0.4)
        p.t(18, 52, f"Patient : {pat['last']} {pat['first']}", "FSB", 10)
        p.t(18, 58, f"Date de naissance : {fd(pat['birth'])}", "FS", 9.5)
        p.t(18, 64, f"N° d'immatriculation : {nir_spaced(pat['nir'])}", "FS", 9.5)
        p.t(18, 69.5, f"Organisme complémentaire : {mut} (AMC {amcn})", "FS", 9)
        rows = [[c_, n, str(q), eur(u, sep=NBSP), f"{t} %", eur(x, sep=NBSP), eur(a, sep=NBSP)]
                for (c_, n, q, u, t), x, a in zip(lines, lt, la)]
        y = p.table(15, 78, [27, 71, 10, 18, 14, 20, 20], ["Code", "Désignation", "Qté", "P.U.", "Taux", "Montant",
                                                           "Part AMO"], rows, "llcrcrr", "FS", "FSB", 8.3, 6.5, 0.9)
        totals_block(p, 115, 195, y + 10, [("Total", total), ("Part Sécu", amo), ("Part mutuelle", amc),
                                           ("À régler par le patient", pt)], "FS", "FSB", 10, 6.5)
        p.t(15, y + 42, f"Vaccin n° de lot {lot} — injection deltoïde gauche le {fd(care)}. "
                        f"Prochain rappel conseillé : {fd(rappel)}.", "FSI", 8.5)
        p.t(15, y + 47, "TROD angine négatif : pas de délivrance d'antibiotique.", "FSI", 8.5)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("pharmacie-vaccination-trod", [p1], [("invoice", f)], fax_name="PHARMACIE")


def l06_anesthesiste(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1950, 1998))
    street, city, dept = g.addr()
    rpps, surg = make_rpps(r), make_rpps(r)
    clinic = make_finess(r, dnum(dept))
    care = workday(day(r, (2, 9)))
    issued = care
    op = care + dt.timedelta(days=r.randint(8, 20))
    number = f"{issued.year}/{r.randint(1000, 9999)}"
    acts = [("CS", "Consultation pré-anesthésique", 3000, 0), ("DA", "Dépassement autorisé", 0, 2500)]
    total = 5500
    amo = pct(3000, 0.70)
    amc = 3000 - amo + 1500
    pt = total - amo - amc
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    doc = (r.choice(FIRST_M), other_last(r, pat))

    def p1(p: Page):
        p.t(15, 18, f"Docteur {doc[0]} {doc[1].upper()}", "RCB", 14)
        p.t(15, 24, "Anesthésiste-réanimateur — Secteur 2 OPTAM", "RC", 9.5)
        p.t(15, 29, f"Consultations : Clinique des Tilleuls, {street}, {city}", "RC", 9)
        p.t(15, 34, f"N° RPPS {rpps}", "RC", 9)
        p.t(195, 18, "NOTE D'HONORAIRES", "RCB", 13, "r")
        p.t(195, 25, f"N° {number}", "RC", 10, "r")
        p.t(195, 31, f"{city_of(city)}, le {long_date(issued)}", "RC", 10, "r")
        p.line(15, 39, 195, 39, 0.5)
        p.t(15, 49, f"Patient : {pat['civ']} {pat['last']} {pat['first']}", "RCB", 10.5)
        p.t(15, 55, f"Né(e) le {long_date(pat['birth'])}", "RC", 10)
        p.t(15, 61, f"N° de sécurité sociale : {nir_spaced(pat['nir'])}", "RC", 10)
        p.t(15, 67, f"Mutuelle : {mut} — numéro AMC {amcn}", "RC", 10)
        p.t(15, 77, f"Consultation pré-anesthésique du {long_date(care)} en vue de l'intervention programmée le "
                    f"{long_date(op)}", "RCI", 9.5)
        p.t(15, 82, f"(Clinique des Tilleuls, FINESS {clinic}).", "RCI", 9.5)
        rows = [[fd(care), c, lib, eur(b, sep=NBSP) if b else "", eur(dep, sep=NBSP) if dep else ""]
                for c, lib, b, dep in acts]
        y = p.table(15, 90, [25, 18, 77, 30, 30], ["Date", "Code", "Libellé", "Base", "Dépassement"], rows, "lllrr",
                    "RC", "RCB", 9.5, 7, 0.9)
        totals_block(p, 115, 195, y + 10, [("Total honoraires", total), ("Part AMO", amo), ("Part AMC", amc),
                                           ("Reste à charge", pt)], "RC", "RCB", 10.5, 7)
        p.t(15, y + 45, f"Copie à : Dr {'FONTAINE'}, chirurgien orthopédiste (RPPS {surg})",
            "RC", 9)
        p.t(15, y + 51, "Tiers payant : part obligatoire et part complémentaire.", "RCI", 9)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("anesthesiste-cpa", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def l07_geriatre(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1930, 1944))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    am = f"{dnum(dept)}1{digits(r, 5)}"
    care = day(r, (2, 10))
    issued = care + dt.timedelta(days=r.randint(1, 4))
    ehpad = issued + dt.timedelta(days=r.randint(20, 60))
    number = f"G{issued.strftime('%Y%m%d')}-{r.randint(1, 9)}"
    km = r.randint(6, 14)
    lines = [("VL", "Visite longue (patient en ALD, ≥ 80 ans)", 6000, 1.0), ("IK", f"Indemnités kilométriques ({km} km × 2)", km * 2 * 61, 0.6)]
    total = sum(v for _, _, v, _ in lines)
    amo = sum(pct(v, t) for _, _, v, t in lines)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    doc = (r.choice(FIRST_F), other_last(r, pat))
    carer = phone(r)
    pstreet, pcity, _ = g.addr()

    def p1(p: Page):
        p.t(15, 20, f"Dr {doc[0]} {doc[1]}", "LAH", 15)
        p.t(15, 26, "Gériatre — médecine générale orientation gériatrie", "LAI", 9.5)
        p.t(15, 31, f"{street} — {city}", "OSL", 9)
        p.t(15, 36, f"RPPS {rpps} · N° AM {am}", "OSL", 9)
        p.rect(130, 14, 65, 24, width=0.5, radius=1.5)
        p.t(134, 21, "FACTURE", "LAB", 11)
        p.t(134, 27.5, f"N° {number}", "OSL", 9.5)
        p.t(134, 33.5, f"du {fd(issued, 'dot4')}", "OSL", 9.5)
        p.t(15, 52, "Patient", "LAB", 10)
        p.t(50, 52, f"{pat['civ']} {pat['last']} {pat['first']}", "OS", 10)
        p.t(15, 58, "Né(e) le", "LAB", 10)
        p.t(50, 58, fd(pat["birth"], "dot4"), "OSL", 10)
        p.t(15, 64, "Immatriculation", "LAB", 10)
        p.t(50, 64, nir_spaced(pat["nir"]), "OSL", 10)
        p.t(15, 70, "Domicile", "LAB", 10)
        p.t(50, 70, f"{pstreet}, {pcity}", "OSL", 10)
        p.t(15, 76, "Complémentaire", "LAB", 10)
        p.t(50, 76, f"{mut} — AMC n° {amcn}", "OSL", 10)
        p.t(15, 82, "Aidant", "LAB", 10)
        p.t(50, 82, f"sa fille, tél. {carer}", "OSL", 10)
        p.t(15, 93, f"Visite à domicile le {fd(care, 'dot4')} : évaluation gériatrique standardisée, "
                    "révision des traitements.", "OSL", 9.5)
        y = p.table(15, 99, [20, 110, 20, 30], ["Code", "Libellé", "Taux", "Montant"],
                    [[c, lib, f"{int(t * 100)} %", eur(v, sep=NBSP)] for c, lib, v, t in lines], "llcr", "OSL", "LAB",
                    9.5, 7.5, 0.92)
        totals_block(p, 115, 195, y + 10, [("Total", total), ("Part AMO", amo), ("Part mutuelle", amc),
                                           ("Reste dû", pt)], "OSL", "LAB", 10, 6.5)
        p.t(15, y + 42, f"Entrée en EHPAD envisagée à partir du {fd(ehpad, 'dot4')} (dossier en cours).", "LAI", 9)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("geriatre-visite-longue", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def l08_hemato_rectif(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1950, 1990))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    care = workday(day(r, (2, 8)))
    old_issued = care + dt.timedelta(days=r.randint(0, 2))
    issued = old_issued + dt.timedelta(days=r.randint(15, 40))
    seq = r.randint(300, 700)
    old_number = f"H{old_issued.year}-{seq:05d}"
    number = f"H{issued.year}-{seq + r.randint(40, 120):05d}"
    acts = [("APC", "Avis ponctuel de consultant", 5600), ("MCS", "Majoration de coordination spécialiste", 500)]
    total = sum(v for *_, v in acts)
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    old_amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    doc = (r.choice(FIRST_M), other_last(r, pat))

    def p1(p: Page):
        p.t(15, 18, f"Dr {doc[0]} {doc[1]}", "ROB", 13)
        p.t(15, 23.5, "Hématologie clinique — Secteur 1", "RO", 9)
        p.t(15, 28, f"{street}, {city}", "RO", 9)
        p.t(15, 32.5, f"RPPS : {rpps}", "RO", 9)
        p.t(195, 18, "FACTURE RECTIFICATIVE", "ROB", 14, "r")
        p.t(195, 25, f"N° {number}", "ROB", 11, "r")
        p.t(195, 31, f"Date d'émission : {fd(issued)}", "RO", 9.5, "r")
        p.rect(15, 40, 180, 24, fill=0.92, width=0.8)
        p.t(19, 46.5, f"Annule et remplace la facture n° {old_number} du {fd(old_issued)}", "ROB", 10)
        p.t(19, 52.5, f"Motif : numéro d'organisme complémentaire erroné (AMC {old_amcn} indiqué à tort).", "RO", 9)
        p.t(19, 58, f"Facture initiale : montant {eur(total, sep=NBSP)} — part AMC {eur(amc, sep=NBSP)} rejetée "
                    f"par l'organisme. Ne pas tenir compte de la facture initiale.", "RO", 8)
        p.t(15, 74, "Patient", "ROB", 10)
        p.t(50, 74, f"{pat['last']} {pat['first']}", "RO", 10)
        p.t(15, 80, "Date de naissance", "ROB", 10)
        p.t(50, 80, fd(pat["birth"]), "RO", 10)
        p.t(15, 86, "N° sécu", "ROB", 10)
        p.t(50, 86, nir_spaced(pat["nir"]), "RO", 10)
        p.t(15, 92, "Mutuelle", "ROB", 10)
        p.t(50, 92, f"{mut} — N° AMC {amcn}", "RO", 10)
        y = p.table(15, 100, [28, 22, 100, 30], ["Date de l'acte", "Code", "Libellé", "Montant"],
                    [[fd(care), c, lib, eur(v, sep=NBSP)] for c, lib, v in acts], "lllr", "RO", "ROB", 9.5, 7, 0.9)
        totals_block(p, 115, 195, y + 10, [("Total", total), ("Part AMO (70 %)", amo), ("Part AMC", amc),
                                           ("Reste à charge", pt)], "RO", "ROB", 10, 6.5)
        p.t(15, y + 42, "Tiers payant. Merci de régler la part complémentaire sur la présente facture.", "ROI", 9)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("hematologue-rectificative", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def l09_sport_manuscrit(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1980, 2003))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    care = day(r, (2, 10))
    issued = care
    number = f"{r.randint(1000, 9999)}"
    acts = [("G", "Consultation", 3000), ("MZQM001", "Échographie de l'épaule", 3780)]
    total = sum(v for *_, v in acts)
    wrong = total + 900
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    doc = (r.choice(FIRST_M), other_last(r, pat))
    club = r.choice(["handball", "rugby", "natation", "tennis"])

    def p1(p: Page):
        p.rect(15, 12, 180, 28, width=1)
        p.t(20, 20, f"Docteur {doc[0]} {doc[1]}", "FSB", 13)
        p.t(20, 26, "Médecine du sport — Traumatologie du sport — Échographie", "FS", 9)
        p.t(20, 31, f"{street}, {city}", "FS", 9)
        p.t(20, 36, f"RPPS {rpps}", "FS", 9)
        p.t(190, 20, "NOTE D'HONORAIRES", "FSB", 11, "r")
        p.t(190, 27, f"N° {number}", "FSB", 11, "r")
        p.t(15, 52, f"Nom du patient : {pat['last']} {pat['first']}", "FS", 10)
        p.t(15, 59, f"Date de naissance : {fd(pat['birth'])}", "FS", 10)
        p.t(15, 66, f"N° d'assuré social : {nir_spaced(pat['nir'])}", "FS", 10)
        p.t(15, 73, f"Mutuelle : {mut}   N° AMC : {amcn}", "FS", 10)
        p.t(15, 80, f"Date des soins : {fd(care)}   (licencié {club}, traumatisme de l'épaule)", "FS", 10)
        y = p.table(15, 88, [25, 125, 30], ["Code", "Acte", "Honoraires"],
                    [[c, lib, eur(v, sep=NBSP)] for c, lib, v in acts], "llr", "FS", "FSB", 9.5, 7.5, None)
        yy = y + 12
        p.t(110, yy, "TOTAL", "FSB", 10.5)
        p.t(170, yy, eur(wrong, sep=NBSP), "FS", 10.5, "r")
        p.line(148, yy - 1.3, 172, yy - 1.8, 1.3, 0.1)
        p.line(148, yy - 2.6, 172, yy - 0.6, 0.9, 0.1)
        # handwritten correction
        c = p.c
        c.saveState()
        c.translate(174 * mm, p.h - (yy + 0.5) * mm)
        c.rotate(7)
        c.setFillColorRGB(0.05, 0.1, 0.45)
        c.setFont("LAHI", 13)
        c.drawString(0, 0, eur(total, sep=NBSP))
        c.setFont("LAI", 8)
        c.drawString(2 * mm, -4.5 * mm, f"corrigé {doc[0][0]}.{doc[1][0]}.")
        c.restoreState()
        rows = [("Part AMO", amo), ("Part AMC", amc), ("Reste à payer par le patient", pt)]
        for i, (lab, v) in enumerate(rows):
            p.t(110, yy + 9 + i * 6.5, lab, "FS", 10)
            p.t(170, yy + 9 + i * 6.5, eur(v, sep=NBSP), "FS", 10, "r")
        p.t(15, yy + 38, f"Fait à {city_of(city)}, le {fd(issued)}", "FS", 10)
        p.t(15, yy + 44, "Signature :", "FS", 10)
        p.t(15, yy + 60, "Le certificat de non contre-indication au sport n'est pas remboursable et n'est pas facturé.",
            "FSI", 8.5)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("medecin-sport-total-corrige", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def l10_vasculaire_fax(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1945, 1985))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    care = workday(day(r, (2, 9)))
    issued = care + dt.timedelta(days=r.randint(0, 3))
    sent = issued + dt.timedelta(days=r.randint(10, 30))
    number = f"VA{issued.strftime('%y')}{r.randint(10000, 99999)}"
    acts = [("CS", "Consultation", 3000, 0), ("EJQM003", "Écho-doppler veineux des membres inférieurs", 6944, 3000)]
    base = sum(a[2] for a in acts)
    dep = sum(a[3] for a in acts)
    total = base + dep
    amo = pct(base, 0.70)
    amc = base - amo + 2000
    pt = total - amo - amc
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    doc = (r.choice(FIRST_F), other_last(r, pat))
    fax_from, fax_to = phone(r, "."), phone(r, ".")
    sec = r.choice([n for n in FIRST_F if n != doc[0]])

    def p1(p: Page):
        p.t(15, 18, "TÉLÉCOPIE", "OSB", 18)
        p.t(195, 18, f"Date : {fd(sent)}", "OS", 10, "r")
        for i, (a, b) in enumerate([("De :", f"Secrétariat du Dr {doc[1]} — {sec}"), ("Fax :", fax_from),
                                    ("À :", "Service tiers payant — factures"), ("Fax :", fax_to),
                                    ("Nb de pages :", "1 (page de garde incluse)")]):
            p.t(15, 27 + i * 5.5, a, "OSB", 9.5)
            p.t(45, 27 + i * 5.5, b, "OS", 9.5)
        p.t(15, 58, "Message : veuillez trouver ci-dessous la note d'honoraires de notre patient(e), en tiers payant.", "OSI", 9)
        p.t(15, 63, "Cordialement.", "OSI", 9)
        p.line(15, 70, 195, 70, 0.6, 0.2, dash=(4, 3))
        p.t(15, 80, f"Dr {doc[0]} {doc[1]}", "OSB", 12)
        p.t(15, 85.5, "Chirurgie vasculaire — Secteur 2", "OS", 9)
        p.t(15, 90.5, f"{street} · {city}", "OS", 9)
        p.t(15, 95.5, f"RPPS {rpps}", "OS", 9)
        p.t(195, 80, "Note d'honoraires", "OSB", 12, "r")
        p.t(195, 86, f"N° {number}", "OSB", 10, "r")
        p.t(195, 92, f"du {fd(issued)}", "OS", 10, "r")
        p.rect(15, 101, 180, 25, width=0.4)
        p.t(19, 107, f"{pat['civ']} {pat['last']} {pat['first']}", "OSB", 10)
        p.t(110, 107, f"Né(e) le {fd(pat['birth'])}", "OS", 9.5)
        p.t(19, 113.5, f"NIR : {nir_spaced(pat['nir'])}", "OS", 9.5)
        p.t(19, 120, f"{mut} — N° AMC {amcn}", "OS", 9.5)
        rows = [[fd(care), c, lib, eur(b, sep=NBSP), eur(d, sep=NBSP) if d else "—"] for c, lib, b, d in acts]
        y = p.table(15, 131, [24, 22, 78, 28, 28], ["Date", "Code", "Acte", "Base", "Dépassement"], rows, "lllrr",
                    "OS", "OSB", 8.8, 7, 0.9)
        totals_block(p, 115, 195, y + 9, [("Total honoraires", total), ("Part Sécu", amo), ("Part complémentaire", amc),
                                          ("Reste à charge patient", pt)], "OS", "OSB", 10, 6.5)
        p.t(15, y + 40, "Tiers payant sur la part obligatoire et la part complémentaire.", "OSI", 8.5)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    lay = Layout("vasculaire-fax-meme-page", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")
    lay.sent = sent  # the fax header carries the cover's date, not the invoice's
    return lay


LAYOUTS = [l01_cardiologue, l02_sos_medecins, l03_dialyse, l04_orthesiste, l05_pharmacie_vaccin, l06_anesthesiste,
           l07_geriatre, l08_hemato_rectif, l09_sport_manuscrit, l10_vasculaire_fax]

# file id -> layout number (1-based, the docstring's order); the file order is shuffled
FILE_IDS = {"a101": 6, "a102": 3, "a103": 9, "a104": 1, "a105": 10, "a106": 5, "a107": 2, "a108": 8, "a109": 4,
            "a110": 7}


def check(lay: Layout) -> None:
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
        assert all(v >= 0 for v in c.values()), (lay.id, c)
        assert "care_date" in f and f["care_date"] <= f["invoice_date"], lay.id
        assert f["patient_birth_date"] < f["care_date"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="documents15")
    ap.add_argument("--seed", type=int, default=151)
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    g = Gen(args.seed)
    rng = random.Random(args.seed * 7 + 1)
    lays = [make(g) for make in LAYOUTS]
    for lay in lays:
        check(lay)
    for stem, n in FILE_IDS.items():
        lay = lays[n - 1]
        pdf = text_pdf6(lay)
        inv = getattr(lay, "sent", None)
        inv = inv.isoformat() if inv else max(f["invoice_date"] for _, f in lay.docs)
        when = f"{inv[8:10]}/{inv[5:7]}/{inv[:4]} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
        files = {f"{stem}.text.pdf": ("text", pdf),
                 f"{stem}.scan.pdf": ("scan", scan_pdf(pdf, rng)),
                 f"{stem}.photo.jpg": ("photo", photo6(pdf, rng)),
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
