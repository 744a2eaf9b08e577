"""cd /work/main/bench/heldout && /work/main/.venv/bin/python documents10_gen.py --out documents10 --seed 101

Tenth blind held-out layout set: ten French tiers-payant documents of everyday practice, each rendered five ways.

Written blind (without reading parsers/, classifiers/, intake/, tests/, samples/, workers/, bench/*.py other than
the set 4 and 6 generators, or any rendered held-out set), in designs different from sets 1-9. Unlike sets 8-9
this set is REALISTIC rather than adversarial: seven ordinary documents as practice software prints them, and
three harder ones that a clerk still reads without hesitating.
  1. pharmacie d'officine (FINESS) invoice in Nimbus Sans Narrow: drawn green-cross logo, two-column header
     (pharmacy | patient box), zebra-shaded CIP13 table with per-line Part AMO, one non-reimbursed product paid
     by the patient, 'Part Sécu / Part mutuelle / À régler par le patient', NBSP amounts, prescriber RPPS,
     N° AM, SIRET and IBAN in the footer;
  2. opticien DEMANDE DE PRISE EN CHARGE (kind 'pec', no care date) in C059 (Century Schoolbook): drawn
     glasses logo, boxed header, two-column blocks (bénéficiaire | organisme complémentaire with N° AMC AND a
     N° adhérent), prescription block (ophthalmologist RPPS, date, corrections), LPP equipment table with a
     totals row, quote validity date, FINESS + SIRET;
  3. chirurgien-dentiste note d'honoraires in Helvetica: grey header band with a drawn tooth logo, practitioner
     | patient two-column block, one session with three CCAM lines (tooth numbers), 'Total des honoraires /
     Remboursement Sécurité sociale / Part complémentaire / Reste dû', '15.09.25' dates, next appointment
     date after the invoice date, N° AM and SIRET;
  4. pédiatre (RPPS) facture for a child: the insured parent's NIR and name, child's name and birth date,
     '15 septembre 2025' long dates, CS + majoration lines, 'PC Sécu / PC Mutuelle / RAC', vaccination
     reminder date, DejaVu Serif;
  5. infirmière libérale (ADELI) relevé of five daily home dressings (AMI 2 + IFD every day), boxed two-column
     header, period line 'du ... au ...', prescriber RPPS + prescription date, DejaVu Serif Condensed,
     '45,50 EUR' style amounts;
  6. laboratoire de biologie médicale (FINESS) invoice: drawn flask logo, zebra-shaded NABM table with B
     coefficients, dossier number, prélèvement date vs prescription date vs édition date, prescriber RPPS,
     'Net à payer par l'assuré', U+202F amounts;
  7. clinique (FINESS) chirurgie ambulatoire stay invoice in P052 (Palatino): drawn logo, admission = discharge
     date, GHS line (AMO 100 % minus the 24 EUR participation forfaitaire), chambre particulière ambulatoire for
     the AMC, a comfort kit left to the patient, surgeon's and anaesthetist's RPPS, IPP and séjour numbers;
  8. HARDER - masseur-kinésithérapeute (RPPS) two-page invoice of 18 sessions: page 1 carries the header,
     patient and sessions 1-12 with an 'à reporter' subtotal, page 2 the remaining sessions and the totals;
  9. HARDER - médecin généraliste batch: two invoices in one PDF (one page each, two documents in the JSON),
     the insured mother (her own NIR) and her young child (the mother's NIR, MEG majoration), same day,
     consecutive numbers, Times;
 10. HARDER - cabinet d'échographie (radiologist, RPPS) with UPPERCASE ABBREVIATED labels ('N° FACT.', 'DT
     EXAM.', 'DDN', 'N° IMMAT.', 'TOT. HON.', 'RAC'), the patient identity printed in the header band of the
     acts table, '€ 56,70' amounts; its photo is of a crumpled and clearly tilted page.

Rendering, identifier and JSON helpers come from documents4_gen.py (imported); text_pdf6 and the photo renderer
from documents6_gen.py; layout 10's photo adds a crumple warp, fold shading and a stronger tilt. Every identifier
is checksum-valid (distractors too); amounts add up (check()). All random values are drawn before drawing, so the
page callables are pure.

Renderings, for every layout: <id>.text.pdf (real text layer), <id>.scan.pdf (image-only), <id>.photo.jpg (phone
photo), <id>.fax-fine.tif (G4, 204x196), <id>.fax-normal.tif (G3, 204x98). File ids are neutral: v101..v110 (the
order of the files is not the order above). Each file gets <file>.json ground truth (same format as sets 4-9).

Ground-truth conventions (as sets 5-9 and DOMAIN.md): care_date = first day of care for a series or a stay; a
prise-en-charge request (kind 'pec') has its request number as invoice_number, its request date as invoice_date
and no care_date; for a child beneficiary nir = the insured parent's number printed on the page, patient_name and
patient_birth_date = the child's; rpps/adeli/finess = the invoicer only; amc_number = the complementary insurer's
number, never the adherent/member number; patient_name = 'LASTNAME Firstname' with accents as printed; a field
not printed is omitted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from stdnum import ean, luhn
from stdnum.fr import nir as stdnir

# Rendering, identifier and ground-truth helpers: the same as set 4's / set 6's generators (run from this folder).
from documents4_gen import *  # noqa: F403
from documents4_gen import (FONT_DIR, Gen, Layout, Page, F, eur, fd, amt, pct, digits, day, phone, iban,  # noqa: F401
                            make_rpps, make_adeli, make_finess, make_siret, nir_spaced, siret_spaced, NBSP, NNBSP,
                            LAST, FIRST_F, FIRST_M, MUTUELLES, scan_pdf, fax_tiff, render)
from documents6_gen import text_pdf6, photo6, city_of, dnum  # noqa: F401

# Type 1 URW fonts (WinAnsi encoding: no U+202F with these, only NBSP)
_A = "/usr/share/fonts/type1/urw-base35/"
_P = "/usr/share/fonts/X11/Type1/"
for _n, _f in {"NN": "NimbusSansNarrow-Regular", "NNB": "NimbusSansNarrow-Bold", "NNI": "NimbusSansNarrow-Oblique",
               "CS": "C059-Roman", "CSB": "C059-Bold", "CSI": "C059-Italic",
               "PA": "P052-Roman", "PAB": "P052-Bold", "PAI": "P052-Italic"}.items():
    _face = pdfmetrics.EmbeddedType1Face(_A + _f + ".afm", _P + _f + ".pfb")
    pdfmetrics.registerTypeFace(_face)
    pdfmetrics.registerFont(pdfmetrics.Font(_n, _face.name, "WinAnsiEncoding"))

D = dt.timedelta


# ----------------------------------------------------------------------------------------- shapes
def circle(p: Page, x: float, y: float, rad: float, fill: float | None = None, width: float = 0.8, gray: float = 0):
    c = p.c
    c.setLineWidth(width)
    c.setStrokeGray(gray)
    if fill is not None:
        c.setFillGray(fill)
    c.circle(x * mm, p.h - y * mm, rad * mm, stroke=1 if width else 0, fill=int(fill is not None))
    c.setFillGray(0)
    c.setStrokeGray(0)


def poly(p: Page, pts: list[tuple[float, float]], fill: float | None = 0.3, width: float = 0.0, close: bool = True):
    c = p.c
    path = c.beginPath()
    path.moveTo(pts[0][0] * mm, p.h - pts[0][1] * mm)
    for x, y in pts[1:]:
        path.lineTo(x * mm, p.h - y * mm)
    if close:
        path.close()
    c.setLineWidth(width or 0.8)
    if fill is not None:
        c.setFillGray(fill)
    c.drawPath(path, stroke=1 if width else 0, fill=int(fill is not None))
    c.setFillGray(0)


def zebra(p: Page, x: float, y: float, w: float, rh: float, n: int, shade: float = 0.93):
    """Light grey shading of every other body row of a table starting at y (header row excluded)."""
    for i in range(n):
        if i % 2 == 1:
            p.rect(x, y + (i + 1) * rh, w, rh, fill=shade, stroke=False)


def other_name(r: random.Random, *avoid: str) -> str:
    return r.choice([n for n in LAST if n not in avoid])


# ------------------------------------------------------------------------------------------- layouts
def l01_pharmacie(g: Gen) -> Layout:
    """Pharmacy invoice: drawn cross logo, two-column header, zebra CIP13 table, one NR product paid by the patient."""
    r = g.rng
    pat = g.person(year=(1940, 1992))
    street, city, dept = g.addr()
    finess = make_finess(r, dnum(dept))
    presc = make_rpps(r)
    presc_name = (r.choice(FIRST_F + FIRST_M), other_name(r, pat["last"]))
    care = day(r, (2, 10))
    issued = care
    ordo = care - D(days=r.randint(0, 20))
    number = f"{issued.strftime('%y')}{r.randint(100000, 999999)}"
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    am = f"{dnum(dept)}2{digits(r, 5)}"
    siret, tel, fax, ib = make_siret(r), phone(r), phone(r), iban(r)
    name = f"Pharmacie {r.choice(['du Parc', 'des Tilleuls', 'de la Poste', 'Saint-Jacques'])}"
    titulaire = f"{r.choice(FIRST_F + FIRST_M)} {other_name(r, pat['last'], presc_name[1])}"
    meds = [("34009" + digits(r, 7), "AMOXICILLINE 1G CPR DISP B/6", 2, 412, 65),
            ("34009" + digits(r, 7), "PARACETAMOL 1G CPR B/8", 2, 196, 65),
            ("34009" + digits(r, 7), "ESOMEPRAZOLE 20MG GELU B/14", 1, 348, 65),
            ("34009" + digits(r, 7), "SPASFON LYOC 80MG B/10", 1, 367, 30),
            ("34009" + digits(r, 7), "SERUM PHYSIO UNIDOSES 5ML X40", 1, 459, 0)]
    meds = [(c + ean.calc_check_digit(c), n, q, u, t) for c, n, q, u, t in meds]
    meds += [("HD", "Honoraire de dispensation", 6, 102, 70), ("HO", "Honoraire d'ordonnance", 1, 51, 70)]
    lt = [q * u for _, _, q, u, _ in meds]
    la = [pct(q * u, t / 100) for _, _, q, u, t in meds]
    total = sum(lt)
    amo = sum(la)
    pt = sum(x for (_, _, _, _, t), x in zip(meds, lt) if t == 0)
    amc = total - amo - pt

    def p1(p: Page):
        # logo: a cross drawn as two grey bars
        p.rect(19, 15, 6, 18, fill=0.35, stroke=False)
        p.rect(13, 21, 18, 6, fill=0.35, stroke=False)
        p.t(37, 21, name.upper(), "NNB", 15)
        p.t(37, 27, f"{titulaire}, Docteur en pharmacie", "NN", 9)
        p.t(37, 32, f"{street} — {city}", "NN", 9)
        p.t(37, 37, f"Tél. {tel}  —  Fax {fax}", "NN", 9)
        p.t(37, 42, f"N° FINESS : {finess}    N° AM : {am}", "NN", 9)
        p.rect(122, 14, 73, 34, width=0.6)
        p.rect(122, 14, 73, 7, fill=0.85, width=0.6)
        p.t(125, 19, "ASSURÉ / BÉNÉFICIAIRE", "NNB", 8.5)
        p.t(125, 27, f"{pat['civ']} {pat['last']} {pat['first']}", "NNB", 10)
        p.t(125, 32.5, f"Né(e) le {fd(pat['birth'])}", "NN", 9)
        p.t(125, 37.5, f"NIR {nir_spaced(pat['nir'])}", "NN", 9)
        p.t(125, 42.5, f"{mut} — AMC n° {amcn}", "NN", 8.5)
        p.t(15, 58, "FACTURE", "NNB", 16)
        p.t(15, 64, f"N° {number}", "NN", 10)
        p.t(60, 58, "Date de délivrance", "NN", 8, gray=0.4)
        p.t(60, 63.5, fd(care), "NNB", 10)
        p.t(100, 58, "Prescripteur", "NN", 8, gray=0.4)
        p.t(100, 63.5, f"Dr {presc_name[0][0]}. {presc_name[1]} — RPPS {presc}", "NN", 9)
        p.t(100, 68, f"Ordonnance du {fd(ordo)}", "NN", 9)
        widths = [27, 66, 10, 18, 12, 22, 25]
        rows = [[c, n, str(q), eur(u, "plain"), f"{t} %" if t else "NR", eur(x, "plain"), eur(a, "plain")]
                for (c, n, q, u, t), x, a in zip(meds, lt, la)]
        zebra(p, 15, 76, sum(widths), 6.5, len(rows))
        y = p.table(15, 76, widths, ["Code", "Désignation", "Qté", "Prix unit.", "Taux", "Montant", "Part AMO"],
                    rows, "llcrcrr", "NN", "NNB", 8.8, 6.5, 0.8, grid=True, vlines=False)
        yy = y + 9
        for i, (lab, v) in enumerate([("Montant total", total), ("Part Sécu", amo), ("Part mutuelle", amc),
                                      ("À régler par le patient", pt)]):
            p.t(130, yy + i * 6.5, lab, "NNB" if i in (0, 3) else "NN", 10)
            p.t(195, yy + i * 6.5, eur(v, sep=NBSP), "NNB" if i in (0, 3) else "NN", 10, "r")
        p.line(130, yy + 2 + 2 * 6.5, 195, yy + 2 + 2 * 6.5, 0.4, 0.5)
        p.t(15, yy, "Tiers payant : part obligatoire et part complémentaire.", "NNI", 8.5)
        p.t(15, yy + 5, "NR : produit non remboursable, réglé au comptoir.", "NNI", 8.5)
        p.t(15, yy + 10, "Franchise médicale prélevée ultérieurement par votre caisse.", "NNI", 8.5)
        p.line(15, 274, 195, 274, 0.4, 0.5)
        p.t(105, 279, f"SELARL {name} — SIRET {siret_spaced(siret)} — IBAN {ib}", "NN", 7.5, "c", gray=0.3)
        p.t(105, 283.5, "Merci de votre confiance. Conservez cette facture.", "NN", 7.5, "c", gray=0.3)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("pharmacie croix deux colonnes", [p1], [("invoice", f)], fax_name=name.upper())


def l02_optique_pec(g: Gen) -> Layout:
    """Optician demande de prise en charge: glasses logo, boxed header, two-column blocks, LPP table + totals row."""
    r = g.rng
    pat = g.person(year=(1958, 2000))
    street, city, dept = g.addr()
    finess = make_finess(r, dnum(dept))
    siret, tel = make_siret(r), phone(r)
    presc = make_rpps(r)
    presc_name = other_name(r, pat["last"])
    issued = day(r, (3, 10))
    ordo = issued - D(days=r.randint(10, 120))
    valid = issued + D(days=90)
    number = f"DPC{issued.strftime('%y%m')}{r.randint(1000, 9999)}"
    amcn = g.amc_number()
    adherent = f"{digits(r, 3)} {digits(r, 3)} {digits(r, 4)}"
    mut = r.choice(MUTUELLES)
    shop = f"Optique {r.choice(['Beaulieu', 'du Marché', 'Visio', 'de la Cité'])}"
    items = [("2223342", "Monture adulte — réf. LX 204", "B", r.choice([13900, 15900, 18900]), 3, 9700),
             ("2227038", "Verre unifocal OD sph. -1,75 cyl. -0,50 — aminci", "B", 8900, 3, 7900),
             ("2227038", "Verre unifocal OG sph. -2,00 cyl. -0,25 — aminci", "B", 8900, 3, 7900)]
    total = sum(i[3] for i in items)
    amo = sum(i[4] for i in items)
    amc = sum(i[5] for i in items)
    pt = total - amo - amc

    def p1(p: Page):
        circle(p, 22, 24, 5, width=1.4)
        circle(p, 36, 24, 5, width=1.4)
        p.line(27, 23, 31, 23, 1.4)
        p.line(17, 22, 13, 20, 1.4)
        p.line(41, 22, 45, 20, 1.4)
        p.t(50, 22, shop, "CSB", 16)
        p.t(50, 28, f"{street}, {city}", "CS", 9)
        p.t(50, 33, f"Tél. {tel} — FINESS {finess}", "CS", 9)
        p.t(50, 38, f"SIRET {siret_spaced(siret)}", "CS", 8, gray=0.3)
        p.rect(15, 45, 180, 18, fill=0.9, width=0.8)
        p.t(105, 52, "DEMANDE DE PRISE EN CHARGE OPTIQUE", "CSB", 13, "c")
        p.t(105, 58.5, f"N° de la demande : {number}      Date de la demande : {fd(issued)}", "CS", 9.5, "c")
        # two-column blocks
        p.rect(15, 68, 88, 36, width=0.5)
        p.t(18, 74, "BÉNÉFICIAIRE", "CSB", 8.5, gray=0.3)
        p.t(18, 80.5, f"{pat['last']} {pat['first']}", "CSB", 10.5)
        p.t(18, 86.5, f"Date de naissance : {fd(pat['birth'])}", "CS", 9)
        p.t(18, 92.5, f"N° de sécurité sociale :", "CS", 9)
        p.t(18, 98, nir_spaced(pat["nir"]), "CS", 9.5)
        p.rect(107, 68, 88, 36, width=0.5)
        p.t(110, 74, "ORGANISME COMPLÉMENTAIRE", "CSB", 8.5, gray=0.3)
        p.t(110, 80.5, mut, "CSB", 10)
        p.t(110, 86.5, f"N° AMC : {amcn}", "CS", 9.5)
        p.t(110, 92.5, f"N° adhérent : {adherent}", "CS", 9)
        p.t(110, 98, "Contrat responsable : oui", "CS", 9)
        p.t(15, 113, "PRESCRIPTION", "CSB", 9, gray=0.3)
        p.line(15, 114.5, 195, 114.5, 0.4)
        p.t(15, 120, f"Dr {presc_name}, ophtalmologiste — RPPS {presc} — ordonnance du {fd(ordo)}", "CS", 9)
        p.t(15, 125.5, "OD : sph. -1,75 cyl. -0,50 axe 90°     OG : sph. -2,00 cyl. -0,25 axe 85°     Vision de loin",
            "CS", 9)
        p.t(15, 137, "ÉQUIPEMENT", "CSB", 9, gray=0.3)
        rows = [[c, lib, cl, eur(t, "plain"), eur(a, "plain"), eur(m, "plain"), eur(t - a - m, "plain")]
                for c, lib, cl, t, a, m in items]
        rows.append(["", "TOTAL", "", eur(total, "plain"), eur(amo, "plain"), eur(amc, "plain"), eur(pt, "plain")])
        y = p.table(15, 139, [18, 66, 12, 20, 18, 28, 18],
                    ["LPP", "Désignation", "Classe", "Prix TTC", "Rbt AMO", "Demandé AMC", "RAC"], rows,
                    "llcrrrr", "CS", "CSB", 8.3, 7, 0.85)
        p.rect(15, y - 7, 180, 7, fill=None, width=1.0)
        p.t(15, y + 7, "Montants en euros TTC. L'offre 100 % Santé (classe A) a été présentée au bénéficiaire.", "CSI",
            8.5)
        p.t(15, y + 12.5, f"Devis normalisé signé le {fd(issued)} — valable jusqu'au {fd(valid)}.", "CSI", 8.5)
        p.t(15, y + 18, "Merci de nous retourner votre accord par retour de fax ou sur le portail.", "CSI", 8.5)
        p.t(140, y + 32, "Cachet du magasin", "CSI", 8.5)
        p.rect(125, y + 35, 70, 25, width=0.4)
        p.t(105, 286, f"{shop} — opticiens diplômés — tiers payant toutes mutuelles", "CS", 7.5, "c", gray=0.35)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, total_amount=total, amo_amount=amo, amc_amount=amc,
          patient_amount=pt, amc_number=amcn)
    return Layout("opticien demande de prise en charge", [p1], [("pec", f)], fax_name=shop.upper())


def l03_dentiste(g: Gen) -> Layout:
    """Dentist note d'honoraires: grey band, tooth logo, practitioner | patient, three CCAM acts, dot2 dates."""
    r = g.rng
    pat = g.person(year=(1955, 2001))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    am = f"{dnum(dept)}4{digits(r, 5)}"
    siret, tel = make_siret(r), phone(r, ".")
    care = day(r, (2, 10))
    issued = care + D(days=r.randint(0, 2))
    nxt = issued + D(days=r.randint(14, 40))
    number = f"NH{issued.strftime('%y')}-{r.randint(1000, 9999)}"
    doc = (r.choice(FIRST_F + FIRST_M), other_name(r, pat["last"]))
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    t1, t2 = r.choice(["16", "26", "36", "46"]), r.choice(["15", "25", "35", "45"])
    acts = [("", "HBQK002", "Radiographie intrabuccale rétroalvéolaire", 798),
            (t1, "HBMD049", "Restauration 2 faces, composite, dent permanente", 8160),
            (t2, "HBMD038", "Restauration 1 face, composite, dent permanente", 5060)]
    total = sum(a[3] for a in acts)
    amo = pct(total, 0.60)
    amc = total - amo
    pt = 0

    def p1(p: Page):
        p.rect(0, 0, 210, 30, fill=0.85, stroke=False)
        # tooth logo
        poly(p, [(16, 9), (28, 9), (29, 16), (26, 25), (24, 25), (22, 19), (20, 25), (18, 25), (15, 16)], fill=1,
             width=1.0)
        p.t(35, 14, f"Docteur {doc[0]} {doc[1].title()}", "Helvetica-Bold", 14)
        p.t(35, 20, "Chirurgien-dentiste — Omnipratique", "Helvetica", 9.5)
        p.t(35, 25, "Conventionné(e)", "Helvetica-Oblique", 8.5)
        p.t(195, 14, f"{street}", "Helvetica", 9, "r")
        p.t(195, 19, city, "Helvetica", 9, "r")
        p.t(195, 24, f"Tél. {tel}", "Helvetica", 9, "r")
        p.t(15, 44, "NOTE D'HONORAIRES", "Helvetica-Bold", 15)
        p.t(15, 51, f"N° {number}", "Helvetica", 10)
        p.t(15, 56.5, f"Date : {fd(issued, 'dot2')}", "Helvetica", 10)
        p.t(15, 68, "Praticien", "Helvetica-Bold", 9)
        p.line(15, 69.5, 100, 69.5, 0.5)
        p.t(15, 75, f"Dr {doc[1]} {doc[0]}", "Helvetica", 9.5)
        p.t(15, 80.5, f"N° RPPS : {rpps}", "Helvetica", 9.5)
        p.t(15, 86, f"N° AM : {am}", "Helvetica", 9.5)
        p.t(110, 68, "Patient", "Helvetica-Bold", 9)
        p.line(110, 69.5, 195, 69.5, 0.5)
        p.t(110, 75, f"{pat['civ']} {pat['last']} {pat['first']}", "Helvetica", 9.5)
        p.t(110, 80.5, f"Né(e) le {fd(pat['birth'], 'dot2')}", "Helvetica", 9.5)
        p.t(110, 86, f"N° SS : {nir_spaced(pat['nir'])}", "Helvetica", 9.5)
        p.t(110, 91.5, f"Mutuelle : {mut} (n° {amcn})", "Helvetica", 8.5)
        rows = [[fd(care, "dot2"), dent, code, lib, eur(v, sep=NBSP)] for dent, code, lib, v in acts]
        y = p.table(15, 102, [20, 12, 22, 96, 30], ["Date", "Dent", "Code", "Acte", "Honoraires"], rows, "lcclr",
                    "Helvetica", "Helvetica-Bold", 9, 7.5, 0.9)
        yy = y + 10
        for i, (lab, v) in enumerate([("Total des honoraires", total), ("Remboursement Sécurité sociale", amo),
                                      ("Part complémentaire", amc), ("Reste dû", pt)]):
            p.leader(100, yy + i * 6.5, 195, lab, eur(v, sep=NBSP), "Helvetica-Bold" if i == 0 else "Helvetica",
                     "Helvetica-Bold", 9.5)
        p.t(15, yy + 34, "Tiers payant AMO + AMC — aucune avance de frais.", "Helvetica-Oblique", 8.5)
        p.t(15, yy + 40, f"Prochain rendez-vous : {fd(nxt, 'dot2')} à {r.randint(9, 17)} h 00", "Helvetica", 9)
        p.t(140, yy + 56, "Signature du praticien", "Helvetica-Oblique", 8.5)
        p.line(15, 276, 195, 276, 0.4, 0.5)
        p.t(105, 281, f"SIRET {siret} — Membre d'une association agréée, le règlement par chèque est accepté.",
            "Helvetica", 7, "c", gray=0.35)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("dentiste note bandeau gris", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def l04_pediatre(g: Gen) -> Layout:
    """Pédiatre invoice for a child, the insured parent's NIR, long dates, 'PC Sécu / PC Mutuelle / RAC'."""
    r = g.rng
    parent = g.person(year=(1982, 1996))
    child_first = r.choice(FIRST_F + FIRST_M)
    child_birth = dt.date(r.randint(2021, 2024), r.randint(1, 12), r.randint(1, 28))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    doc = (r.choice(FIRST_F), other_name(r, parent["last"]))
    care = day(r, (3, 10))
    if care <= child_birth:
        care = child_birth + D(days=200)
    issued = care
    rappel = care + D(days=r.randint(60, 120))
    number = f"{issued.year}/{r.randint(1000, 9999)}"
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    tel, siret = phone(r), make_siret(r)
    acts = [("CS", "Consultation", 3000), ("MPE", "Majoration pédiatrique enfant", 500)]
    total = sum(a[2] for a in acts)
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0

    def p1(p: Page):
        circle(p, 24, 24, 8, fill=0.85, width=0)
        circle(p, 24, 21, 2.6, fill=0.45, width=0)
        poly(p, [(19.5, 30), (28.5, 30), (26.5, 24.5), (21.5, 24.5)], fill=0.45)
        p.t(37, 20, f"Docteur {doc[0]} {doc[1]}", "RB", 13)
        p.t(37, 26, "Pédiatre — Ancienne interne des hôpitaux", "R", 9)
        p.t(37, 31, "Secteur 1 — sur rendez-vous", "R", 9)
        p.t(195, 20, street, "R", 9, "r")
        p.t(195, 25, city, "R", 9, "r")
        p.t(195, 30, f"Tél. {tel}", "R", 9, "r")
        p.t(195, 35, f"RPPS {rpps}", "RB", 9, "r")
        p.line(15, 40, 195, 40, 0.8)
        p.t(15, 52, f"Facture n° {number}", "RB", 12)
        p.t(195, 52, f"{city_of(city)}, le {fd(issued, 'long')}", "R", 10, "r")
        p.t(15, 66, "Enfant", "RB", 9.5)
        p.t(60, 66, f"{parent['last']} {child_first}", "R", 10)
        p.t(15, 72, "Date de naissance", "RB", 9.5)
        p.t(60, 72, fd(child_birth, "long"), "R", 10)
        p.t(15, 78, "Assuré (parent)", "RB", 9.5)
        p.t(60, 78, f"{parent['civ']} {parent['last']} {parent['first']}", "R", 10)
        p.t(15, 84, "N° de sécurité sociale", "RB", 9.5)
        p.t(60, 84, nir_spaced(parent["nir"]), "R", 10)
        p.t(15, 90, "Complémentaire", "RB", 9.5)
        p.t(60, 90, f"{mut} — N° AMC {amcn}", "R", 10)
        y = p.table(15, 102, [45, 25, 80, 30], ["Date des soins", "Acte", "Libellé", "Montant"],
                    [[fd(care, "long"), c, lib, eur(v, sep=NNBSP)] for c, lib, v in acts], "lclr", "R", "RB", 9.5, 7.5,
                    0.9)
        for i, (lab, v) in enumerate([("Total", total), ("PC Sécu", amo), ("PC Mutuelle", amc), ("RAC", pt)]):
            p.t(160, y + 11 + i * 6.5, lab, "RB" if i == 0 else "R", 10, "r")
            p.t(195, y + 11 + i * 6.5, eur(v, sep=NNBSP), "RB" if i == 0 else "R", 10, "r")
        p.t(15, y + 46, "Tiers payant intégral. Pas de participation forfaitaire (patient mineur).", "RI", 8.5)
        p.t(15, y + 52, f"Rappel de vaccination prévu le {fd(rappel, 'long')}.", "RI", 8.5)
        p.t(105, 284, f"SIRET {siret_spaced(siret)} · Médecin conventionné secteur 1", "R", 7, "c", gray=0.35)

    f = F(rpps=rpps, nir=parent["nir"], patient_name=f"{parent['last']} {child_first}", patient_birth_date=child_birth,
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("pediatre enfant", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def l05_infirmiere(g: Gen) -> Layout:
    """Nurse (ADELI) relevé of five daily home dressings, boxed two-column header, period line, 'EUR' amounts."""
    r = g.rng
    pat = g.person(year=(1938, 1970))
    street, city, dept = g.addr()
    adeli = make_adeli(r, dnum(dept), "6")
    presc = make_rpps(r)
    presc_name = other_name(r, pat["last"])
    nurse = (r.choice(FIRST_F), other_name(r, pat["last"], presc_name))
    first = day(r, (2, 9))
    days_ = [first + D(days=i) for i in range(5)]
    ordo = first - D(days=r.randint(1, 6))
    issued = days_[-1] + D(days=r.randint(1, 3))
    number = f"{issued.strftime('%Y%m')}-{r.randint(10, 99)}"
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    tel, siret = phone(r), make_siret(r)
    lines = []
    for d in days_:
        lines.append((d, "AMI 2", "Pansement de plaie opératoire", 630))
        lines.append((d, "IFD", "Indemnité forfaitaire de déplacement", 275))
    total = sum(x[3] for x in lines)
    amo = pct(total, 0.60)
    amc = total - amo
    pt = 0

    def p1(p: Page):
        p.rect(15, 14, 180, 36, width=0.8)
        p.line(105, 14, 105, 50, 0.5)
        p.t(19, 21, f"{nurse[0]} {nurse[1]}", "RCB", 12)
        p.t(19, 27, "Infirmière diplômée d'État", "RC", 9)
        p.t(19, 32, street, "RC", 9)
        p.t(19, 37, city, "RC", 9)
        p.t(19, 42, f"Tél. {tel}", "RC", 9)
        p.t(19, 47, f"N° ADELI : {adeli}", "RCB", 9)
        p.t(109, 21, "Patient(e)", "RCI", 8.5, gray=0.35)
        p.t(109, 27, f"{pat['civ']} {pat['last']} {pat['first']}", "RCB", 10.5)
        p.t(109, 33, f"Né(e) le {fd(pat['birth'])}", "RC", 9)
        p.t(109, 38.5, f"N° SS {nir_spaced(pat['nir'])}", "RC", 9)
        p.t(109, 44, f"{mut} — n° AMC {amcn}", "RC", 8.5)
        p.t(15, 62, "RELEVÉ D'HONORAIRES — SOINS INFIRMIERS À DOMICILE", "RCB", 12)
        p.t(15, 69, f"Facture n° {number} établie le {fd(issued)}", "RC", 10)
        p.t(15, 75, f"Période de soins : du {fd(days_[0])} au {fd(days_[-1])}", "RC", 10)
        p.t(15, 81, f"Prescription du Dr {presc_name} (RPPS {presc}) en date du {fd(ordo)}", "RCI", 9)
        rows = [[fd(d), c, lib, eur(v, "EUR")] for d, c, lib, v in lines]
        y = p.table(15, 88, [30, 22, 93, 35], ["Date", "Cotation", "Désignation", "Montant"], rows, "lclr",
                    "RC", "RCB", 9, 6.5, 0.88)
        yy = y + 9
        p.rect(105, yy - 5.5, 90, 28, width=0.5)
        for i, (lab, v) in enumerate([("Total", total), ("Part AMO (60 %)", amo), ("Part AMC (40 %)", amc),
                                      ("Reste à charge", pt)]):
            p.t(108, yy + i * 6.5, lab, "RCB" if i == 0 else "RC", 10)
            p.t(192, yy + i * 6.5, eur(v, "EUR"), "RCB" if i == 0 else "RC", 10, "r")
        p.t(15, yy, "Soins réalisés au domicile du patient.", "RCI", 8.5)
        p.t(15, yy + 5, "Dispense d'avance des frais.", "RCI", 8.5)
        p.t(105, 285, f"SIRET {siret} — TVA non applicable, art. 261-4-1° du CGI", "RC", 7, "c", gray=0.35)

    f = F(adeli=adeli, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=first, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("infirmiere releve pansements", [p1], [("invoice", f)], fax_name=f"IDE {nurse[1]}")


def l06_labo(g: Gen) -> Layout:
    """Laboratory (FINESS): flask logo, zebra NABM table, prélèvement vs prescription vs édition dates, NNBSP."""
    r = g.rng
    pat = g.person(year=(1948, 2003))
    street, city, dept = g.addr()
    finess = make_finess(r, dnum(dept))
    presc = make_rpps(r)
    presc_name = (r.choice(FIRST_M + FIRST_F), other_name(r, pat["last"]))
    care = day(r, (2, 10))
    ordo = care - D(days=r.randint(1, 10))
    issued = care + D(days=r.randint(1, 2))
    number = f"{r.randint(10, 99)}{digits(r, 6)}"
    dossier = f"{care.strftime('%d%m')}{r.randint(100, 999)}"
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    tel, siret = phone(r), make_siret(r)
    lab = f"LABORATOIRE {r.choice(['BIOMED', 'ANALYS', 'BIO-OUEST', 'SYNLAB'])}"
    acts = [("1104", "Hémogramme y compris plaquettes", 18), ("1610", "Ferritine", 22), ("0996", "HbA1c", 30),
            ("0593", "Bilan lipidique", 27), ("0592", "Créatinine avec DFG", 6), ("1208", "TSH", 20)]
    acts = [(c, lib, b, b * 27) for c, lib, b in acts]
    acts += [("9105", "Forfait prélèvement (PB)", None, 252), ("9005", "Forfait sécurité échantillon", None, 135)]
    total = sum(a[3] for a in acts)
    amo = pct(total, 0.60)
    amc = total - amo
    pt = 0

    def p1(p: Page):
        # flask logo
        p.rect(20, 11, 6, 8, fill=None, width=1.2)
        poly(p, [(20, 19), (26, 19), (32, 31), (14, 31)], fill=0.6, width=1.2)
        p.t(38, 19, lab, "SB", 14)
        p.t(38, 25, "Laboratoire de biologie médicale", "S", 8.5)
        p.t(38, 30, f"{street} — {city} — Tél. {tel}", "S", 8.5)
        p.t(195, 19, f"FINESS {finess}", "SB", 9, "r")
        p.t(195, 25, f"SIRET {siret}", "S", 8, "r", gray=0.3)
        p.rect(15, 38, 180, 9, fill=0.3, stroke=False)
        p.t(20, 44.3, "FACTURE", "SB", 12, gray=1)
        p.t(190, 44.3, f"N° {number}", "SB", 11, "r", gray=1)
        info = [("Date de facture", fd(issued)), ("N° de dossier", dossier), ("Prélevé le", fd(care)),
                ("Prescription du", fd(ordo))]
        for i, (a, b) in enumerate(info):
            p.t(15, 57 + i * 5.8, a, "S", 9, gray=0.35)
            p.t(50, 57 + i * 5.8, b, "SB" if a == "Prélevé le" else "S", 9.5)
        p.rect(110, 51, 85, 34, fill=0.95, width=0.4)
        p.t(113, 57, f"{pat['last']} {pat['first']}", "SB", 10.5)
        p.t(113, 63, f"Né(e) le {fd(pat['birth'])}", "S", 9)
        p.t(113, 68.5, f"NIR : {nir_spaced(pat['nir'])}", "S", 9)
        p.t(113, 74, f"Mutuelle : {mut}", "S", 8.5)
        p.t(113, 79.5, f"N° AMC : {amcn}", "S", 9)
        p.t(15, 94, f"Médecin prescripteur : Dr {presc_name[0]} {presc_name[1]} — RPPS {presc}", "S", 8.8)
        widths = [20, 95, 25, 40]
        rows = [[c, lib, f"B {b}" if b else "", eur(v, sep=NNBSP)] for c, lib, b, v in acts]
        zebra(p, 15, 100, sum(widths), 6.5, len(rows), 0.92)
        y = p.table(15, 100, widths, ["Code", "Analyse", "Cotation", "Montant"], rows, "llcr", "S", "SB", 8.8, 6.5,
                    0.78, grid=False)
        p.line(15, y, 195, y, 0.6)
        for i, (lab_, v) in enumerate([("Montant total", total), ("Part assurance maladie", amo),
                                       ("Part complémentaire santé", amc), ("Net à payer par l'assuré", pt)]):
            p.t(158, y + 10 + i * 6.5, lab_, "SB" if i in (0, 3) else "S", 9.5, "r")
            p.t(195, y + 10 + i * 6.5, eur(v, sep=NNBSP), "SB" if i in (0, 3) else "S", 9.5, "r")
        p.t(15, y + 42, f"Facture éditée le {fd(issued)} — règlement en tiers payant (AMO + AMC).", "S", 8)
        p.t(15, y + 47, "Vos résultats sont disponibles sur le serveur de résultats du laboratoire.", "S", 8)
        p.line(15, 278, 195, 278, 0.3, 0.5)
        p.t(105, 283, f"{lab} — SELAS de biologistes — {city}", "S", 7, "c", gray=0.35)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("laboratoire flacon zebre", [p1], [("invoice", f)], fax_name=lab[:24])


def l07_clinique_ambu(g: Gen) -> Layout:
    """Private clinic day-surgery stay invoice (FINESS), Palatino, GHS + chambre particulière + comfort kit."""
    r = g.rng
    pat = g.person(year=(1940, 1965))
    street, city, dept = g.addr()
    finess = make_finess(r, dnum(dept))
    surgeon, anesth = make_rpps(r), make_rpps(r)
    sname = other_name(r, pat["last"])
    aname = other_name(r, pat["last"], sname)
    stay = day(r, (2, 10))
    issued = stay + D(days=r.randint(3, 12))
    number = f"{stay.year}{r.randint(100000, 999999)}"
    ipp = f"{r.randint(1000000, 9999999)}"
    sejour = f"{stay.strftime('%y')}{r.randint(100000, 999999)}"
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    tel, fax, siret = phone(r), phone(r), make_siret(r)
    clinic = f"Clinique {r.choice(['Saint-Joseph', 'des Cèdres', 'du Parc', 'Sainte-Marie'])}"
    ghs = r.choice([112860, 124417, 131205])
    pf = 2400
    cp = 6000
    kit = 900
    lines = [("GHS 5075", "Chirurgie ambulatoire — intervention sur le cristallin", ghs, ghs - pf, pf, 0),
             ("CPA", "Chambre particulière ambulatoire", cp, 0, cp, 0),
             ("KIT", "Kit confort (prestation non remboursable)", kit, 0, 0, kit)]
    total = sum(x[2] for x in lines)
    amo = sum(x[3] for x in lines)
    amc = sum(x[4] for x in lines)
    pt = sum(x[5] for x in lines)

    def p1(p: Page):
        circle(p, 24, 24, 9, fill=None, width=1.5)
        p.rect(22.5, 17, 3, 14, fill=0.2, stroke=False)
        p.rect(17, 22.5, 14, 3, fill=0.2, stroke=False)
        p.t(38, 21, clinic.upper(), "PAB", 15)
        p.t(38, 27, "Établissement de santé privé — Chirurgie et médecine", "PAI", 9)
        p.t(38, 32, f"{street} — {city}", "PA", 9)
        p.t(38, 37, f"Standard {tel} — Fax {fax}", "PA", 9)
        p.t(195, 21, f"N° FINESS {finess}", "PAB", 9.5, "r")
        p.t(195, 27, f"SIRET {siret_spaced(siret)}", "PA", 8, "r")
        p.line(15, 43, 195, 43, 1.0)
        p.t(15, 54, "FACTURE DE SÉJOUR — AMBULATOIRE", "PAB", 13)
        p.t(15, 61, f"Facture n° {number} du {fd(issued)}", "PA", 10)
        p.rect(15, 67, 88, 36, fill=0.93, width=0.4)
        p.t(18, 73, "Patient", "PAB", 9)
        p.t(18, 79, f"{pat['civ']} {pat['last']} {pat['first']}", "PAB", 10.5)
        p.t(18, 85, f"Date de naissance : {fd(pat['birth'])}", "PA", 9)
        p.t(18, 91, f"N° d'assuré : {nir_spaced(pat['nir'])}", "PA", 9)
        p.t(18, 97, f"IPP : {ipp}", "PA", 9)
        p.rect(107, 67, 88, 36, width=0.4)
        p.t(110, 73, "Séjour", "PAB", 9)
        p.t(110, 79, f"N° de séjour : {sejour}", "PA", 9)
        p.t(110, 85, f"Entrée le {fd(stay)} — sortie le {fd(stay)}", "PA", 9)
        p.t(110, 91, f"Chirurgien : Dr {sname} (RPPS {surgeon})", "PA", 8.5)
        p.t(110, 97, f"Anesthésiste : Dr {aname} (RPPS {anesth})", "PA", 8.5)
        p.t(15, 112, f"Organisme complémentaire : {mut} — N° AMC {amcn}", "PA", 9.5)
        rows = [[c, lib, eur(t, "plain"), eur(a, "plain"), eur(m, "plain"), eur(x, "plain")]
                for c, lib, t, a, m, x in lines]
        y = p.table(15, 118, [20, 78, 22, 20, 20, 20], ["Code", "Prestation", "Montant", "Part AMO", "Part AMC",
                                                        "Patient"], rows, "llrrrr", "PA", "PAB", 8.8, 7, 0.88)
        yy = y + 10
        p.rect(105, yy - 5.5, 90, 28, width=0.6)
        for i, (lab, v) in enumerate([("Total des frais de séjour", total), ("Part assurance maladie", amo),
                                      ("Part organisme complémentaire", amc), ("Reste à la charge du patient", pt)]):
            p.t(108, yy + i * 6.5, lab, "PAB" if i == 0 else "PA", 9.5)
            p.t(192, yy + i * 6.5, eur(v, sep=NBSP), "PAB" if i == 0 else "PA", 9.5, "r")
        p.t(15, yy, "La participation forfaitaire de 24,00 €", "PAI", 8.5)
        p.t(15, yy + 5, "(actes > 120 €) est prise en charge par", "PAI", 8.5)
        p.t(15, yy + 10, "l'organisme complémentaire.", "PAI", 8.5)
        p.t(15, yy + 32, "Les honoraires des praticiens font l'objet de notes séparées.", "PA", 8.5)
        p.t(105, 285, f"{clinic} — établissement conventionné — tiers payant", "PAI", 7.5, "c", gray=0.35)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=stay, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("clinique chirurgie ambulatoire", [p1], [("invoice", f)], fax_name=clinic.upper())


def l08_kine_2pages(g: Gen) -> Layout:
    """Kiné (RPPS) 18 sessions over two pages: totals only on page 2, 'à reporter' subtotal on page 1."""
    r = g.rng
    pat = g.person(year=(1950, 1995))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    presc = make_rpps(r)
    presc_name = other_name(r, pat["last"])
    kin = (r.choice(FIRST_M), other_name(r, pat["last"], presc_name))
    start = dt.date(2025, r.randint(2, 6), r.randint(1, 20))
    while start.weekday() != 0:
        start += D(days=1)
    sessions = []
    d = start
    while len(sessions) < 18:
        if d.weekday() in (0, 2, 4):
            sessions.append(d)
        d += D(days=1)
    ordo = start - D(days=r.randint(5, 20))
    issued = sessions[-1] + D(days=r.randint(1, 5))
    number = f"K{issued.strftime('%y%m')}{r.randint(100, 999)}"
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    tel, siret = phone(r), make_siret(r)
    unit = 1720
    total = unit * len(sessions)
    amo = pct(total, 0.60)
    amc = total - amo
    pt = 0
    first_n = 12
    sub1 = unit * first_n

    def header(p: Page, n: int):
        p.t(15, 18, f"{kin[0]} {kin[1]}", "SB", 12)
        p.t(15, 23.5, "Masseur-kinésithérapeute D.E.", "S", 9)
        p.t(15, 28.5, f"{street} — {city} — Tél. {tel}", "S", 8.5)
        p.t(15, 33.5, f"RPPS {rpps}", "S", 8.5)
        p.t(195, 18, f"Facture n° {number}", "SB", 11, "r")
        p.t(195, 24, f"Page {n}/2", "S", 8.5, "r", gray=0.4)
        p.line(15, 38, 195, 38, 0.6)

    def rowsof(idx):
        return [[str(i + 1), fd(sessions[i]), "AMK 8", "Rééducation post-opératoire du genou", eur(unit, sep=NBSP)]
                for i in idx]

    widths = [12, 28, 22, 88, 30]
    head = ["N°", "Date", "Cotation", "Acte", "Montant"]

    def p1(p: Page):
        header(p, 1)
        p.t(15, 48, "FACTURE — SÉANCES DE KINÉSITHÉRAPIE", "SB", 12)
        p.t(15, 54, f"Date de facture : {fd(issued)}", "S", 9.5)
        p.t(15, 66, "Patient :", "S", 9, gray=0.35)
        p.t(40, 66, f"{pat['last']} {pat['first']}", "SB", 10)
        p.t(40, 71.5, f"né(e) le {fd(pat['birth'])}", "S", 9)
        p.t(40, 77, f"NIR {nir_spaced(pat['nir'])}", "S", 9)
        p.t(40, 82.5, f"Complémentaire : {mut} — N° AMC {amcn}", "S", 9)
        p.t(15, 92, f"Prescription : Dr {presc_name}, RPPS {presc}, du {fd(ordo)} — 18 séances", "S", 8.8)
        y = p.table(15, 100, widths, head, rowsof(range(first_n)), "clllr", "S", "SB", 9, 7, 0.88)
        p.t(150, y + 8, "Sous-total à reporter", "SB", 9.5, "r")
        p.t(195, y + 8, eur(sub1, sep=NBSP), "SB", 9.5, "r")
        p.t(105, 287, "Suite page 2", "S", 8, "c", gray=0.4)

    def p2(p: Page):
        header(p, 2)
        p.t(15, 48, f"Patient : {pat['last']} {pat['first']} (suite)", "S", 9.5)
        p.t(150, 56, "Report", "S", 9.5, "r")
        p.t(195, 56, eur(sub1, sep=NBSP), "S", 9.5, "r")
        y = p.table(15, 60, widths, head, rowsof(range(first_n, len(sessions))), "clllr", "S", "SB", 9, 7, 0.88)
        yy = y + 10
        p.rect(100, yy - 5.5, 95, 28, fill=0.94, width=0.5)
        for i, (lab, v) in enumerate([("Total honoraires (18 séances)", total), ("Part AMO", amo), ("Part AMC", amc),
                                      ("Reste à charge", pt)]):
            p.t(103, yy + i * 6.5, lab, "SB" if i == 0 else "S", 9.5)
            p.t(192, yy + i * 6.5, eur(v, sep=NBSP), "SB" if i == 0 else "S", 9.5, "r")
        p.t(15, yy + 34, f"Fait à {city_of(city)}, le {fd(issued)}", "S", 9.5)
        p.t(15, yy + 40, "Tiers payant AMO + AMC. Séances réalisées au cabinet.", "SI", 8.5)
        p.t(105, 285, f"SIRET {siret_spaced(siret)} · Conventionné", "S", 7, "c", gray=0.35)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=sessions[0], total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("kine deux pages totaux page 2", [p1, p2], [("invoice", f)], fax_name=f"KINE {kin[1]}")


def l09_generaliste_lot(g: Gen) -> Layout:
    """GP batch: two invoices in one PDF, the insured mother and her child (the mother's NIR), same day, Times."""
    r = g.rng
    mother = g.person(sex=2, year=(1984, 1995))
    child_first = r.choice(FIRST_F + FIRST_M)
    child_birth = dt.date(r.randint(2020, 2023), r.randint(1, 12), r.randint(1, 28))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    am = f"{dnum(dept)}1{digits(r, 5)}"
    doc = (r.choice(FIRST_M), other_name(r, mother["last"]))
    care = day(r, (3, 10))
    issued = care
    base = r.randint(1000, 8000)
    numbers = [f"{care.year}-{base:05d}", f"{care.year}-{base + 1:05d}"]
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    tel, siret = phone(r), make_siret(r)
    pats = [(mother["norm"], mother["birth"], f"{mother['civ']} {mother['last']} {mother['first']}", None,
             [("G", "Consultation", 3000)]),
            (f"{mother['last']} {child_first}", child_birth, f"{mother['last']} {child_first}",
             f"{mother['civ']} {mother['last']} {mother['first']} (mère)",
             [("G", "Consultation", 3000), ("MEG", "Majoration enfant de moins de 6 ans", 500)])]
    docs, pages = [], []
    for k, (norm, birth, shown, assure, acts) in enumerate(pats):
        total = sum(a[2] for a in acts)
        amo = pct(total, 0.70)
        amc = total - amo
        pt = 0

        def page(p: Page, k=k, birth=birth, shown=shown, assure=assure, acts=acts, total=total, amo=amo, amc=amc,
                 pt=pt):
            p.t(15, 20, f"Docteur {doc[0]} {doc[1]}", "Times-Bold", 14)
            p.t(15, 26, "Médecine générale", "Times-Italic", 10)
            p.t(15, 31, f"{street} — {city}", "Times-Roman", 10)
            p.t(15, 36, f"Tél. {tel}", "Times-Roman", 10)
            p.t(15, 41, f"RPPS {rpps} — N° AM {am}", "Times-Roman", 10)
            p.t(195, 20, "FACTURE", "Times-Bold", 14, "r")
            p.t(195, 27, f"N° {numbers[k]}", "Times-Bold", 11, "r")
            p.t(195, 33, f"{city_of(city)}, le {fd(issued)}", "Times-Roman", 10, "r")
            p.line(15, 46, 195, 46, 0.5)
            p.t(15, 58, "Patient :", "Times-Italic", 10.5)
            p.t(50, 58, shown, "Times-Bold", 11)
            p.t(15, 64, "Né(e) le :", "Times-Italic", 10.5)
            p.t(50, 64, fd(birth), "Times-Roman", 10.5)
            yy = 70
            if assure:
                p.t(15, yy, "Assuré(e) :", "Times-Italic", 10.5)
                p.t(50, yy, assure, "Times-Roman", 10.5)
                yy += 6
            p.t(15, yy, "N° SS :", "Times-Italic", 10.5)
            p.t(50, yy, nir_spaced(mother["nir"]), "Times-Roman", 10.5)
            p.t(15, yy + 6, "Mutuelle :", "Times-Italic", 10.5)
            p.t(50, yy + 6, f"{mut} — AMC {amcn}", "Times-Roman", 10.5)
            y = p.table(15, yy + 16, [35, 25, 85, 35], ["Date", "Code", "Désignation", "Montant"],
                        [[fd(care), c, lib, eur(v)] for c, lib, v in acts], "lclr", "Times-Roman", "Times-Bold",
                        10, 7.5, 0.9)
            for i, (lab, v) in enumerate([("Total", total), ("Part obligatoire", amo), ("Part complémentaire", amc),
                                          ("Reste à charge", pt)]):
                p.t(160, y + 11 + i * 6.5, lab, "Times-Bold" if i == 0 else "Times-Roman", 10.5, "r")
                p.t(195, y + 11 + i * 6.5, eur(v), "Times-Bold" if i == 0 else "Times-Roman", 10.5, "r")
            p.t(15, y + 45, "Tiers payant AMO + AMC.", "Times-Italic", 9.5)
            p.t(105, 285, f"SIRET {siret} — page {k + 1}/2", "Times-Roman", 8, "c", gray=0.35)

        pages.append(page)
        docs.append(("invoice", F(rpps=rpps, nir=mother["nir"], patient_name=norm, patient_birth_date=birth,
                                  invoice_number=numbers[k], invoice_date=issued, care_date=care, total_amount=total,
                                  amo_amount=amo, amc_amount=amc, patient_amount=pt, amc_number=amcn)))
    return Layout("generaliste lot mere enfant", pages, docs, fax_name=f"DR {doc[1]}")


def l10_echographie_abrev(g: Gen) -> Layout:
    """Echography practice: uppercase abbreviated labels, patient identity in the table's header band, '€ 56,70'."""
    r = g.rng
    pat = g.person(year=(1950, 2000))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    presc = make_rpps(r)
    presc_name = other_name(r, pat["last"])
    doc = (r.choice(FIRST_F + FIRST_M), other_name(r, pat["last"], presc_name))
    care = day(r, (2, 10))
    issued = care
    ordo = care - D(days=r.randint(3, 30))
    number = f"{r.randint(100000, 999999)}"
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    tel, siret = phone(r), make_siret(r)
    acts = [("ZCQM004", "ÉCHOGRAPHIE TRANSCUTANÉE ABDOMEN", 5670)]
    total = sum(a[2] for a in acts)
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0

    def p1(p: Page):
        p.rect(15, 12, 180, 24, width=1.0)
        p.t(19, 19, "CABINET D'ÉCHOGRAPHIE", "MB", 11)
        p.t(19, 25, f"DR {doc[1]} {doc[0].upper()} — RADIOLOGUE", "M", 9)
        p.t(19, 30, f"{street.upper()} {city}", "M", 8.5)
        p.t(191, 19, f"RPPS {rpps}", "MB", 9.5, "r")
        p.t(191, 25, f"TÉL. {tel}", "M", 8.5, "r")
        p.t(191, 30, f"SIRET {siret}", "M", 8.5, "r")
        p.t(15, 47, "FACTURE", "MB", 14)
        kv = [("N° FACT.", number), ("MÉD. PRESCR.", f"DR {presc_name} RPPS {presc}"),
              ("DATE FACT.", fd(issued, "dot2")), ("DT PRESCR.", fd(ordo, "dot2")),
              ("N° AMC", amcn), ("ORG. COMPL.", mut.upper())]
        for i, (a, b) in enumerate(kv):
            x = 15 if i % 2 == 0 else 100
            yy = 56 + (i // 2) * 6
            p.t(x, yy, a, "MB", 8.5)
            p.t(x + 28, yy, b, "M", 8.5)
        # table with the patient identity in its header band
        y0 = 80
        p.rect(15, y0, 180, 13, fill=0.25, stroke=False)
        p.t(18, y0 + 5, f"PATIENT : {pat['last']} {pat['first']}", "MB", 9.5, gray=1)
        p.t(18, y0 + 10.5, f"DDN {fd(pat['birth'])}   N° IMMAT. {nir_spaced(pat['nir'])}", "M", 8.5, gray=1)
        rows = [[fd(care, "dot2"), c, lib, eur(v, "pre")] for c, lib, v in acts]
        y = p.table(15, y0 + 13, [25, 25, 95, 35], ["DT EXAM.", "CODE", "LIBELLÉ", "MONTANT"], rows, "lclr",
                    "M", "MB", 8.5, 7, 0.82)
        for i, (lab, v) in enumerate([("TOT. HON.", total), ("PART AMO", amo), ("PART AMC", amc), ("RAC", pt)]):
            p.t(160, y + 10 + i * 6, lab, "MB", 9, "r")
            p.t(195, y + 10 + i * 6, eur(v, "pre"), "MB" if i == 0 else "M", 9, "r")
        p.t(15, y + 10, "TP AMO+AMC", "M", 8.5)
        p.t(15, y + 16, "COMPTE RENDU REMIS AU PATIENT", "M", 8.5)
        p.t(105, 285, "CABINET CONVENTIONNÉ SECTEUR 1 — TIERS PAYANT", "M", 7, "c", gray=0.35)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    lay = Layout("echographie abreviations majuscules", [p1], [("invoice", f)], fax_name=f"ECHO {doc[1]}")
    lay.crumpled = True
    return lay


LAYOUTS = [l01_pharmacie, l02_optique_pec, l03_dentiste, l04_pediatre, l05_infirmiere, l06_labo, l07_clinique_ambu,
           l08_kine_2pages, l09_generaliste_lot, l10_echographie_abrev]
ORDER = [6, 2, 9, 4, 1, 10, 7, 3, 8, 5]  # layout number written as v101, v102, ...


# ------------------------------------------------------------------------------------------- checks
def check(lay: Layout) -> None:
    """Identifiers valid and amounts consistent, or fail loudly."""
    assert lay.docs
    for kind, f in lay.docs:
        assert kind in ("invoice", "pec"), kind
        if "rpps" in f:
            assert len(f["rpps"]) == 11 and f["rpps"][0] == "1" and luhn.is_valid(f["rpps"]), f["rpps"]
        for k in ("adeli", "finess"):
            if k in f:
                assert len(f[k]) == 9 and f[k].isdigit() and luhn.is_valid(f[k]), (k, f[k])
        assert sum(k in f for k in ("rpps", "adeli", "finess")) == 1
        n = f["nir"]
        assert stdnir.is_valid(n) and len(n) == 15, n
        assert n[0] in "12" and 1 <= int(n[3:5]) <= 12
        num = int(n[:13].replace("2A", "19").replace("2B", "18"))
        assert int(n[13:]) == 97 - num % 97
        c = {k: int(f[k].replace(".", "")) for k in ("total_amount", "amo_amount", "amc_amount", "patient_amount")}
        assert c["total_amount"] == c["amo_amount"] + c["amc_amount"] + c["patient_amount"], (lay.id, c)
        assert all(v >= 0 for v in c.values())
        assert f["amc_number"].isdigit() and len(f["amc_number"]) in (8, 9), f["amc_number"]
        last, first = f["patient_name"].split(" ", 1)
        assert last.replace("-", "").replace(" ", "").isupper() and first[0].isupper()
        if kind == "invoice":
            assert f["care_date"] <= f["invoice_date"], lay.id
            assert f["patient_birth_date"] < f["care_date"]
        else:
            assert "care_date" not in f and f["patient_birth_date"] < f["invoice_date"]


# ---------------------------------------------------------------------------------------- renderings
def photo_crumpled(pdf: bytes, rng: random.Random) -> bytes:
    """Phone photo of a crumpled then flattened page: mesh warp, fold shading, 5-8 degree tilt, desk, light, blur."""
    shots = []
    for img in render(pdf, 150, grey=False):
        w, h = img.size
        nx, ny = 4, 6
        grid = {}
        for i in range(nx + 1):
            for j in range(ny + 1):
                jx = rng.uniform(-7, 7) if 0 < i < nx else 0.0
                jy = rng.uniform(-7, 7) if 0 < j < ny else 0.0
                grid[i, j] = (i * w / nx + jx, j * h / ny + jy)
        mesh = []
        for i in range(nx):
            for j in range(ny):
                box = (round(i * w / nx), round(j * h / ny), round((i + 1) * w / nx), round((j + 1) * h / ny))
                q = (grid[i, j], grid[i, j + 1], grid[i + 1, j + 1], grid[i + 1, j])
                mesh.append((box, tuple(v for pt in q for v in pt)))
        img = img.transform((w, h), Image.MESH, mesh, Image.BICUBIC, fillcolor=(255, 255, 255))
        a = np.asarray(img).astype(np.float32)
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        shade = np.ones((h, w), np.float32)
        for _ in range(4):
            x0, y0 = rng.uniform(0.15, 0.85) * w, rng.uniform(0.15, 0.85) * h
            ang = rng.uniform(0, np.pi)
            d = (xx - x0) * -np.sin(ang) + (yy - y0) * np.cos(ang)
            shade *= 1 - 0.13 * np.exp(-np.abs(d) / 5) + 0.05 * np.tanh(d / 90)
        a = a * shade[..., None]
        page = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        W, H = w + 320, h + 360
        bg = Image.new("RGB", (W, H), (70, 74, 80))
        ox, oy = 160 + rng.randint(-20, 20), 180 + rng.randint(-20, 20)
        bg.paste(page, (ox, oy))
        sign = rng.choice([-1, 1])
        bg = bg.rotate(sign * rng.uniform(5, 8), resample=Image.BICUBIC, fillcolor=(70, 74, 80))
        b = np.asarray(bg).astype(np.float32)
        yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
        cx, cy = rng.uniform(0.3, 0.7) * W, rng.uniform(0.1, 0.4) * H
        dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / np.hypot(W, H)
        light = 1.05 - 0.45 * dist
        b = b * light[..., None] * np.array([1.0, 0.98, 0.92], np.float32)
        b += np.random.default_rng(rng.randint(0, 10**9)).normal(0, 4, b.shape)
        shot = Image.fromarray(np.clip(b, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))
        shots.append(shot.crop((60, 60, W - 60, H - 60)))
    out = Image.new("RGB", (max(s.width for s in shots), sum(s.height for s in shots)), (70, 74, 80))
    y = 0
    for s in shots:
        out.paste(s, (0, y))
        y += s.height
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=rng.randint(74, 84))
    return buf.getvalue()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="documents10")
    ap.add_argument("--seed", type=int, default=101)
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    g = Gen(args.seed)
    rng = random.Random(args.seed * 7 + 1)
    lays = [make(g) for make in LAYOUTS]
    for lay in lays:
        check(lay)
    assert sorted(ORDER) == list(range(1, len(lays) + 1))
    for n, k in enumerate(ORDER, 1):
        lay = lays[k - 1]
        stem = f"v1{n:02d}"
        pdf = text_pdf6(lay)
        inv = max(f["invoice_date"] for _, f in lay.docs)
        when = f"{inv[8:10]}/{inv[5:7]}/{inv[:4]} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
        photo = photo_crumpled(pdf, rng) if getattr(lay, "crumpled", False) else photo6(pdf, rng)
        files = {f"{stem}.text.pdf": ("text", pdf),
                 f"{stem}.scan.pdf": ("scan", scan_pdf(pdf, rng)),
                 f"{stem}.photo.jpg": ("photo", photo),
                 f"{stem}.fax-fine.tif": ("fax-fine", fax_tiff(pdf, lay, rng, True, when)),
                 f"{stem}.fax-normal.tif": ("fax-normal", fax_tiff(pdf, lay, rng, False, when))}
        for name, (rendering, data) in files.items():
            (out / name).write_bytes(data)
            truth = {"file": name, "rendering": rendering, "layout": lay.id,
                     "documents": [{"kind": kd, "fields": f} for kd, f in lay.docs]}
            (out / f"{name}.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(stem, lay.id, len(files), "files")


if __name__ == "__main__":
    main()
