"""cd /work/main/bench/heldout && /work/main/.venv/bin/python documents12_gen.py --out documents12 --seed 121

Twelfth blind held-out layout set: ten French tiers-payant documents of everyday practice, each rendered five ways.

Written blind (without reading parsers/, classifiers/, intake/, workers/, tests/, samples/, bench/*.py other than
the set 4 and 6 generators, or any rendered held-out set), in professions and designs not used by sets 10 and 11.
Like sets 10-11 it is REALISTIC: seven ordinary documents as practice software or establishments print them, and
three harder ones that a clerk still reads without hesitating.
  1. audioprothésiste (ADELI) DEMANDE DE PRISE EN CHARGE (kind 'pec', no care date) for two class II hearing aids,
     URW Gothic: drawn ear logo, request number + date, the devis number and devis date, the ORL prescriber's RPPS
     and ordonnance date, N° adhérent beside the N° AMC, per-ear LPP table, the 100 % Santé class I offer quoted
     with its own price, NBSP thousands ('2 980,00 €'), SIRET;
  2. centre d'imagerie médicale (the radiologist, RPPS, invoices) in Nimbus Sans: drawn logo, mammography +
     breast ultrasound CCAM lines, exam date with time, 'N° d'examen' beside the invoice number, prescribing
     gynaecologist's RPPS, SELARL SIRET, '12.03.2025' dates;
  3. dermatologue secteur 2 OPTAM (RPPS) in C059: consultation + biopsy + DE dépassement partly left to the
     patient ('Dépassement' column), 'Remboursement Sécurité sociale / Part mutuelle / Reste à votre charge',
     next appointment date after the invoice date, N° AM;
  4. gynécologue médicale (RPPS) note d'honoraires in P052: long dates ('3 avril 2025'), consultation + cervical
     smear, 'PC Sécu / PC Mutuelle / RAC', a '1er' day-of-month date style, next smear advised (year only);
  5. ORL (RPPS) facture for a child in DejaVu Serif Condensed: the insured parent's NIR and name, the child's name
     and birth date, consultation + tympanometry + audiometry, '15.09.25' dates, '45,50 EUR' amounts, the
     referring paediatrician's RPPS;
  6. centre de santé dentaire (FINESS géographique) in Nimbus Sans Narrow: drawn smile logo, the salaried dentist's
     RPPS as distractor, association SIRET and the FINESS juridique in the footer, consultation + scaling +
     composite with tooth numbers, 'Part AMO / Part AMC / À régler', U+202F-free NBSP amounts;
  7. rhumatologue secteur 1 (RPPS) in URW Bookman: consultation + knee injection, dotted leader totals
     ('Montant total / Part Sécu / Part mutuelle / Reste dû'), 'EUR' amounts, dot4 dates, the referring GP's RPPS,
     N° AM, IBAN in the footer;
  8. HARDER - hospitalisation à domicile (HAD, FINESS géographique) TWO-PAGE invoice in DejaVu Sans: page 1 the
     header, patient, stay (entrée/sortie), the sending hospital's FINESS, the médecin coordonnateur's RPPS and
     days 1-8 of a day-by-day GHT table ending on 'À reporter'; page 2 the FINESS juridique, the remaining days and
     the totals (80 % / 20 %), '3 345,95 €' NBSP thousands;
  9. HARDER - psychiatre (RPPS) sends TWO monthly invoices for the SAME patient in one file (one page each, two
     documents in the JSON), Nimbus Roman: consecutive months, different numbers, issue dates at month end;
 10. HARDER - pharmacie (FINESS) invoice for a four-week hospital-bed rental (LPP: delivery + weekly bed and mattress
     lines, period line), page 2 is the prescribing GP's ordonnance (its own RPPS, N° AM, date, the patient's name)
     attached as a justificatif: one document in the JSON.

Rendering, identifier and JSON helpers come from documents4_gen.py (imported); text_pdf6 and the photo renderer
from documents6_gen.py. URW base-35 Type 1 fonts are embedded with WinAnsi encoding (NBSP, never U+202F, in them).
Every identifier is checksum-valid (distractors too); amounts add up (check()). All random values are drawn before
drawing, so the page callables are pure.

Renderings, for every layout: <id>.text.pdf (real text layer), <id>.scan.pdf (image-only), <id>.photo.jpg (phone
photo), <id>.fax-fine.tif (G4, 204x196), <id>.fax-normal.tif (G3, 204x98). File ids are neutral: x101..x110 (the
order of the files is not the order above; see FILE_IDS). Each file gets <file>.json ground truth (same format as
sets 4-11).

Ground-truth conventions (as sets 5-11 and DOMAIN.md): care_date = first day of care for a series, a stay or a
rental period; a prise-en-charge request (kind 'pec') has its request number as invoice_number, its request date as
invoice_date and no care_date; for a child beneficiary nir = the insured parent's number printed on the page,
patient_name and patient_birth_date = the child's; rpps/adeli/finess = the invoicer only (FINESS géographique for an
establishment); amc_number = the complementary insurer's number, never the adherent/member number; patient_name =
'LASTNAME Firstname' with accents as printed; a field not printed is omitted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from stdnum import luhn
from stdnum.fr import nir as stdnir
from stdnum.fr import siret as stdsiret

# Rendering, identifier and ground-truth helpers: the same as set 4's and set 6's generators (run from this folder).
from documents4_gen import *  # noqa: F403
from documents4_gen import (FIRST_F, FIRST_M, LAST, MONTHS, MUTUELLES, NBSP, Gen, Layout, Page, F, amt, day, digits, eur, fd,
                            fax_tiff, iban, make_adeli, make_finess, make_rpps, make_siret, nir_spaced, pct, phone,
                            scan_pdf, siret_spaced)
from documents6_gen import city_of, dnum, photo6, text_pdf6

URW_AFM = Path("/usr/share/fonts/type1/urw-base35")
URW_PFB = Path("/usr/share/fonts/X11/Type1")
for _alias, _face in {"GO": "URWGothic-Book", "GOB": "URWGothic-Demi", "NS": "NimbusSans-Regular",
                      "NSB": "NimbusSans-Bold", "NSI": "NimbusSans-Italic", "CS": "C059-Roman", "CSB": "C059-Bold",
                      "CSI": "C059-Italic", "PA": "P052-Roman", "PAB": "P052-Bold", "PAI": "P052-Italic",
                      "NN": "NimbusSansNarrow-Regular", "NNB": "NimbusSansNarrow-Bold", "BK": "URWBookman-Light",
                      "BKB": "URWBookman-Demi", "BKI": "URWBookman-LightItalic", "TR": "NimbusRoman-Regular",
                      "TRB": "NimbusRoman-Bold", "TRI": "NimbusRoman-Italic", "ZC": "Z003-MediumItalic"}.items():
    _f = pdfmetrics.EmbeddedType1Face(str(URW_AFM / f"{_face}.afm"), str(URW_PFB / f"{_face}.pfb"))
    pdfmetrics.registerTypeFace(_f)
    pdfmetrics.registerFont(pdfmetrics.Font(_alias, _f.name, "WinAnsiEncoding"))

WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def workday(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def other_last(r: random.Random, who: dict) -> str:
    """A practitioner's surname different from the patient's (no accidental namesakes)."""
    return r.choice([n for n in LAST if n != who["last"]])


def logo(p: Page, kind: str, x: float, y: float, s: float = 12, gray: float = 0.25) -> None:
    """Small drawn logos; (x, y) = top-left in mm, s = size in mm."""
    c = p.c
    c.saveState()
    c.setStrokeGray(gray)
    c.setFillGray(gray)
    X, Y = x * mm, p.h - y * mm
    S = s * mm
    if kind == "ear":
        c.setLineWidth(2.2)
        c.arc(X + S * 0.1, Y - S * 0.95, X + S * 0.85, Y - S * 0.05, 10, 240)
        c.setLineWidth(1.4)
        c.arc(X + S * 0.3, Y - S * 0.65, X + S * 0.65, Y - S * 0.3, 0, 250)
        for k in range(3):
            c.arc(X + S * (0.75 + 0.1 * k), Y - S * (0.75 + 0.05 * k), X + S * (1.05 + 0.12 * k),
                  Y - S * (0.25 - 0.05 * k), -40, 80)
    elif kind == "imaging":
        c.setLineWidth(1.5)
        c.rect(X, Y - S, S, S, stroke=1, fill=0)
        c.circle(X + S / 2, Y - S / 2, S * 0.32, stroke=1, fill=0)
        c.circle(X + S / 2, Y - S / 2, S * 0.14, stroke=0, fill=1)
        c.line(X + S / 2, Y - S * 0.05, X + S / 2, Y - S * 0.95)
    elif kind == "smile":
        c.setLineWidth(1.6)
        c.circle(X + S / 2, Y - S / 2, S / 2, stroke=1, fill=0)
        c.arc(X + S * 0.2, Y - S * 0.8, X + S * 0.8, Y - S * 0.3, 200, 140)
        c.circle(X + S * 0.35, Y - S * 0.35, S * 0.06, stroke=0, fill=1)
        c.circle(X + S * 0.65, Y - S * 0.35, S * 0.06, stroke=0, fill=1)
    elif kind == "house":
        c.setLineWidth(1.6)
        path = c.beginPath()
        path.moveTo(X, Y - S * 0.45)
        path.lineTo(X + S / 2, Y)
        path.lineTo(X + S, Y - S * 0.45)
        c.drawPath(path, stroke=1, fill=0)
        c.rect(X + S * 0.15, Y - S, S * 0.7, S * 0.6, stroke=1, fill=0)
        c.rect(X + S * 0.44, Y - S * 0.92, S * 0.12, S * 0.42, stroke=0, fill=1)
        c.rect(X + S * 0.29, Y - S * 0.77, S * 0.42, S * 0.12, stroke=0, fill=1)
    elif kind == "cross":
        a = S / 3
        for dx, dy, w, h in [(a, 0, a, S), (0, a, S, a)]:
            c.rect(X + dx, Y - dy - h, w, h, stroke=0, fill=1)
    elif kind == "mono":  # initials in a circle
        c.setLineWidth(1.2)
        c.circle(X + S / 2, Y - S / 2, S / 2, stroke=1, fill=0)
    c.restoreState()


# ------------------------------------------------------------------------------------------- layouts
def l01_audio_pec(g: Gen) -> Layout:
    """Audioprothésiste (ADELI) demande de prise en charge, two class II aids, URW Gothic."""
    r = g.rng
    pat = g.person(year=(1938, 1956))
    street, city, dept = g.addr()
    adeli = make_adeli(r, dnum(dept), "26")
    presc, siret = make_rpps(r), make_siret(r)
    issued = workday(day(r, (3, 10)))
    devis_date = issued - dt.timedelta(days=r.randint(3, 10))
    ordo = devis_date - dt.timedelta(days=r.randint(15, 45))
    number = f"DPC{issued.strftime('%y')}-{r.randint(10000, 99999)}"
    devis = f"D{issued.strftime('%y%m')}{r.randint(100, 999)}"
    adherent = digits(r, 10)
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    unit, base, unit_amc = 149000, 40000, 75000
    unit_amo = pct(base, 0.60)
    total, amo, amc = 2 * unit, 2 * unit_amo, 2 * unit_amc
    pt = total - amo - amc
    name = (r.choice(FIRST_M), other_last(r, pat))
    shop = f"Audition {r.choice(['Conseil', 'Santé', 'Plus', 'Services'])} {city_of(city)}"
    tel, fax = phone(r), phone(r)
    orl = (r.choice(FIRST_F), other_last(r, pat))
    lpp = "2335791"

    def p1(p: Page):
        logo(p, "ear", 15, 12, 14)
        p.t(35, 18, shop, "GOB", 14)
        p.t(35, 24, f"{street} — {city}", "GO", 8.5)
        p.t(35, 28.5, f"Tél. {tel} — Fax {fax}", "GO", 8.5)
        p.t(195, 18, "DEMANDE DE", "GOB", 11, "r")
        p.t(195, 23.5, "PRISE EN CHARGE", "GOB", 11, "r")
        p.t(195, 29, "Aides auditives", "GO", 8.5, "r")
        p.line(15, 34, 195, 34, 1.0)
        rows = [("N° de la demande", number), ("Date de la demande", fd(issued)),
                ("Devis normalisé n°", f"{devis} du {fd(devis_date)}")]
        for i, (a, b) in enumerate(rows):
            p.t(15, 42 + i * 5.5, a, "GO", 9)
            p.t(60, 42 + i * 5.5, b, "GOB" if i < 2 else "GO", 9.5)
        p.rect(120, 38, 75, 18, width=0.5, radius=2)
        p.t(123, 43, "Audioprothésiste", "GO", 7.5, gray=0.35)
        p.t(123, 48, f"{name[0]} {name[1]}", "GOB", 10)
        p.t(123, 53, f"N° ADELI {adeli}", "GO", 9)
        p.t(15, 66, "BÉNÉFICIAIRE", "GOB", 9, gray=0.3)
        p.line(15, 67.5, 100, 67.5, 0.4)
        p.t(15, 73, f"{pat['civ']} {pat['last']} {pat['first']}", "GOB", 10)
        p.t(15, 78.5, f"Né(e) le {fd(pat['birth'])}", "GO", 9)
        p.t(15, 84, f"N° de sécurité sociale : {nir_spaced(pat['nir'])}", "GO", 9)
        p.t(110, 66, "ORGANISME COMPLÉMENTAIRE", "GOB", 9, gray=0.3)
        p.line(110, 67.5, 195, 67.5, 0.4)
        p.t(110, 73, mut, "GOB", 10)
        p.t(110, 78.5, f"N° AMC : {amcn}", "GO", 9)
        p.t(110, 84, f"N° adhérent : {adherent}", "GO", 9)
        p.t(15, 95, "PRESCRIPTION MÉDICALE", "GOB", 9, gray=0.3)
        p.line(15, 96.5, 195, 96.5, 0.4)
        p.t(15, 102, f"Dr {orl[0]} {orl[1]}, ORL — RPPS {presc} — ordonnance du {fd(ordo)}", "GO", 9)
        p.t(15, 107.5, "Perte auditive bilatérale, appareillage stéréophonique. Premier appareillage.", "GO", 9)
        rows = [[o, lpp, "Classe II — contour écouteur déporté", eur(unit, sep=NBSP),
                 eur(unit_amo, sep=NBSP), eur(unit_amc, sep=NBSP), eur(unit - unit_amo - unit_amc, sep=NBSP)]
                for o in ("OD", "OG")]
        rows.append(["", "", "Total", eur(total, sep=NBSP), eur(amo, sep=NBSP), eur(amc, sep=NBSP),
                     eur(pt, sep=NBSP)])
        y = p.table(15, 116, [10, 18, 70, 22, 20, 20, 20],
                    ["", "Code LPP", "Équipement", "Prix TTC", "Part AMO", "Part AMC", "RAC"], rows, "cclrrrr",
                    "GO", "GOB", 7.8, 7, 0.88)
        p.rect(110, y + 6, 85, 30, width=0.6, fill=0.95)
        for i, (a, v) in enumerate([("Montant total TTC", total), ("Part assurance maladie", amo),
                                    ("Prise en charge demandée (AMC)", amc), ("Reste à charge", pt)]):
            p.t(113, y + 13 + i * 6.5, a, "GOB" if i in (0, 2) else "GO", 9)
            p.t(192, y + 13 + i * 6.5, eur(v, sep=NBSP), "GOB" if i in (0, 2) else "GO", 9, "r")
        p.t(15, y + 12, "Offre 100 % Santé (classe I) présentée :", "GO", 8)
        p.t(15, y + 16.5, f"{eur(95000, sep=NBSP)} par oreille, sans reste à charge.", "GO", 8)
        p.t(15, y + 21, "Le patient a choisi l'équipement de classe II.", "GO", 8)
        p.t(15, y + 45, "Accord souhaité avant délivrance. Période d'essai de 30 jours prévue.", "GO", 8.5)
        p.t(15, y + 50.5, "Réponse par retour de fax ou sur le portail professionnel.", "GO", 8.5)
        p.t(140, y + 62, "Cachet et signature", "GO", 8, gray=0.4)
        p.rect(125, y + 64, 70, 22, width=0.4, gray=0.5)
        p.line(15, 281, 195, 281, 0.3, 0.5)
        p.t(105, 285, f"{shop} — SIRET {siret_spaced(siret)} — TVA 5,5 % incluse sur les aides auditives", "GO",
            6.8, "c", gray=0.3)

    f = F(adeli=adeli, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, total_amount=total, amo_amount=amo, amc_amount=amc,
          patient_amount=pt, amc_number=amcn)
    lay = Layout("audio pec classe II", [p1], [("pec", f)], fax_name=shop.upper())
    lay.ids = [adeli, presc]
    lay.sirets = [siret]
    return lay


def l02_imagerie(g: Gen) -> Layout:
    """Imaging centre, the radiologist invoices (RPPS): mammography + breast ultrasound, exam time, dot4 dates."""
    r = g.rng
    pat = g.person(sex=2, year=(1955, 1980))
    street, city, dept = g.addr()
    rpps, presc, siret = make_rpps(r), make_rpps(r), make_siret(r)
    care = workday(day(r, (2, 10)))
    issued = care
    ordo = care - dt.timedelta(days=r.randint(10, 40))
    number = f"{care.strftime('%y%m%d')}{r.randint(100, 999)}"
    exam = f"E{r.randint(1000000, 9999999)}"
    hour = f"{r.randint(8, 17):02d}:{r.choice(['00', '15', '30', '45'])}"
    acts = [("QEQK004", "Mammographie bilatérale", 6642), ("QELM001", "Échographie bilatérale du sein", 4158),
            ("YYYY600", "Archivage numérique des images", 100)]
    total = sum(a[2] for a in acts)
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    rad = (r.choice(FIRST_M), other_last(r, pat))
    gyn = (r.choice(FIRST_F), other_last(r, pat))
    centre = f"Centre d'Imagerie Médicale {r.choice(['du Parc', 'des Tilleuls', 'Pasteur', 'de la Gare'])}"
    tel = phone(r)
    am = f"{dnum(dept)}1{digits(r, 5)}"

    def p1(p: Page):
        logo(p, "imaging", 15, 12, 15)
        p.t(35, 18, centre, "NSB", 13)
        p.t(35, 23.5, "Radiologie — Échographie — Mammographie — Scanner — IRM", "NS", 8)
        p.t(35, 28, f"{street}, {city} · Standard {tel}", "NS", 8)
        p.line(15, 33, 195, 33, 0.4, 0.4)
        p.t(15, 44, "FACTURE", "NSB", 16)
        p.t(15, 51, f"N° de facture : {number}", "NS", 9.5)
        p.t(15, 56.5, f"Date de facture : {fd(issued, 'dot4')}", "NS", 9.5)
        p.t(15, 62, f"N° d'examen : {exam}", "NS", 9.5)
        p.rect(112, 38, 83, 30, width=0.5)
        p.t(115, 44, "Patiente", "NS", 7.5, gray=0.4)
        p.t(115, 50, f"{pat['civ']} {pat['last']} {pat['first']}", "NSB", 10)
        p.t(115, 55.5, f"Date de naissance : {fd(pat['birth'], 'dot4')}", "NS", 8.5)
        p.t(115, 60.5, f"NIR : {nir_spaced(pat['nir'])}", "NS", 8.5)
        p.t(115, 65.5, f"{mut} — N° AMC {amcn}", "NS", 8)
        p.t(15, 77, "Radiologue", "NSB", 9)
        p.t(45, 77, f"Dr {rad[0]} {rad[1]} — RPPS {rpps} — N° AM {am}", "NS", 9)
        p.t(15, 83, "Prescripteur", "NSB", 9)
        p.t(45, 83, f"Dr {gyn[0]} {gyn[1]}, gynécologue — RPPS {presc} — demande du {fd(ordo, 'dot4')}", "NS", 9)
        p.t(15, 89, "Examen réalisé le", "NSB", 9)
        p.t(45, 89, f"{fd(care, 'dot4')} à {hour}", "NS", 9)
        rows = [[fd(care, "dot4"), c, lib, eur(v)] for c, lib, v in acts]
        y = p.table(15, 97, [26, 24, 100, 30], ["Date", "Code CCAM", "Libellé", "Montant"], rows, "lclr",
                    "NS", "NSB", 9, 7, 0.9, vlines=False)
        for i, (a, v) in enumerate([("Total", total), ("Part Sécu (70 %)", amo), ("Part complémentaire", amc),
                                    ("Reste à payer", pt)]):
            p.t(160, y + 10 + i * 6, a, "NSB" if i == 0 else "NS", 9.5, "r")
            p.t(195, y + 10 + i * 6, eur(v), "NSB" if i == 0 else "NS", 9.5, "r")
        p.t(15, y + 40, "Tiers payant AMO et AMC — aucune avance de frais. Compte rendu remis à la patiente.", "NSI",
            8)
        p.t(15, y + 45, "Les images sont consultables 1 an sur le serveur du centre.", "NSI", 8)
        p.line(15, 280, 195, 280, 0.3, 0.5)
        p.t(105, 284, f"SELARL {centre.split(' ', 3)[-1].upper()} d'imagerie — SIRET {siret} — RCS {city_of(city)}",
            "NS", 6.8, "c", gray=0.3)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    lay = Layout("imagerie mammographie", [p1], [("invoice", f)], fax_name="IMAGERIE MEDICALE")
    lay.ids, lay.sirets = [rpps, presc], [siret]
    return lay


def l03_dermato(g: Gen) -> Layout:
    """Dermatologue secteur 2 OPTAM: CS + biopsy + DE, base/dépassement columns, RAC > 0, C059."""
    r = g.rng
    pat = g.person(year=(1950, 1995))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    am = f"{dnum(dept)}1{digits(r, 5)}"
    care = workday(day(r, (1, 10)))
    issued = care
    nxt = care + dt.timedelta(days=r.randint(20, 40))
    number = f"{care.year}-{r.randint(1000, 4999)}"
    lines = [("CS", "Consultation spécialiste", 3000, 0), ("QZHA001", "Biopsie cutanée avec suture", 3344, 2500)]
    base = sum(l[2] for l in lines)
    dep = sum(l[3] for l in lines)
    total = base + dep
    amo = pct(base, 0.70)
    amc = base - amo + 1500
    pt = total - amo - amc
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    doc = (r.choice(FIRST_F), other_last(r, pat))
    tel = phone(r)

    def p1(p: Page):
        p.t(105, 20, f"Docteur {doc[0]} {doc[1]}", "CSB", 15, "c")
        p.t(105, 26, "Dermatologie — Vénéréologie — Dermatologie chirurgicale", "CSI", 9, "c")
        p.t(105, 31, f"{street} · {city} · {tel}", "CS", 8.5, "c")
        p.t(105, 35.5, f"Secteur 2 — adhérente OPTAM · RPPS {rpps} · N° AM {am}", "CS", 8.5, "c")
        p.line(60, 39, 150, 39, 0.6)
        p.t(15, 52, "Facture d'honoraires", "CSB", 13)
        p.t(15, 59, f"N° {number}", "CS", 10)
        p.t(15, 65, f"{city_of(city)}, le {fd(issued)}", "CS", 10)
        p.t(118, 52, f"{pat['civ']} {pat['last']} {pat['first']}", "CSB", 10.5)
        p.t(118, 58, f"née le {fd(pat['birth'])}" if pat["sex"] == 2 else f"né le {fd(pat['birth'])}", "CS", 9.5)
        p.t(118, 64, f"N° SS {nir_spaced(pat['nir'])}", "CS", 9.5)
        p.t(118, 70, f"Mutuelle : {mut}", "CS", 9)
        p.t(118, 75.5, f"N° AMC {amcn}", "CS", 9)
        rows = [[fd(care), c, lib, eur(b), eur(d) if d else "—", eur(b + d)] for c, lib, b, d in lines]
        y = p.table(15, 86, [24, 22, 62, 24, 24, 24], ["Date", "Code", "Acte", "Base", "Dépassement", "Total"], rows,
                    "lcllrr", "CS", "CSB", 8.5, 7.5, 0.9)
        for i, (a, v) in enumerate([("Total des honoraires", total), ("Remboursement Sécurité sociale", amo),
                                    ("Part mutuelle", amc), ("Reste à votre charge", pt)]):
            p.t(158, y + 10 + i * 6.5, a, "CSB" if i in (0, 3) else "CS", 9.5, "r")
            p.t(195, y + 10 + i * 6.5, eur(v), "CSB" if i in (0, 3) else "CS", 9.5, "r")
        p.t(15, y + 42, "Prélèvement adressé au laboratoire d'anatomopathologie ; résultats sous 15 jours.", "CSI", 8.5)
        p.t(15, y + 47.5, f"Prochain rendez-vous (ablation des fils et résultats) : {fd(nxt)}.", "CSI", 8.5)
        p.t(15, y + 53, "Tiers payant sur la part obligatoire et la part complémentaire.", "CSI", 8.5)
        p.t(150, y + 68, f"Dr {doc[1]}", "ZC", 16, "c")

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    lay = Layout("dermatologue optam", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")
    lay.ids = [rpps]
    return lay


def l04_gyneco(g: Gen) -> Layout:
    """Gynécologue médicale note d'honoraires, long dates, CS + frottis, PC Sécu / PC Mutuelle / RAC, P052."""
    r = g.rng
    pat = g.person(sex=2, year=(1965, 1998))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    care = dt.date(2025, r.randint(2, 10), 1)
    while care.weekday() >= 5:
        care = dt.date(2025, care.month + 1, 1)
    issued = care + dt.timedelta(days=r.randint(0, 2))
    number = f"NH{r.randint(10000, 99999)}"
    acts = [("CS", "Consultation de gynécologie médicale", 3000),
            ("JKHD001", "Prélèvement cervicovaginal (frottis)", 1246)]
    total = sum(a[2] for a in acts)
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    doc = (r.choice(FIRST_F), other_last(r, pat))
    tel = phone(r)

    def p1(p: Page):
        p.t(15, 20, f"Dr {doc[0]} {doc[1]}", "PAB", 14)
        p.t(15, 26, "Gynécologie médicale", "PAI", 10)
        p.t(15, 31, street, "PA", 9)
        p.t(15, 35.5, city, "PA", 9)
        p.t(15, 40, f"Tél. {tel}", "PA", 9)
        p.t(195, 20, f"N° RPPS {rpps}", "PA", 9, "r")
        p.t(195, 25, "Conventionnée secteur 1", "PA", 9, "r")
        p.rect(15, 48, 180, 10, fill=0.9, stroke=False)
        p.t(105, 54.5, "NOTE D'HONORAIRES", "PAB", 12, "c")
        p.t(15, 67, "Note n°", "PA", 10)
        p.t(45, 67, number, "PAB", 10)
        p.t(15, 73, "Établie le", "PA", 10)
        p.t(45, 73, fd(issued, "long"), "PA", 10)
        p.t(15, 85, "Patiente", "PA", 10)
        p.t(45, 85, f"{pat['last']} {pat['first']}", "PAB", 10.5)
        p.t(15, 91, "Née le", "PA", 10)
        p.t(45, 91, fd(pat["birth"], "long"), "PA", 10)
        p.t(15, 97, "N° de SS", "PA", 10)
        p.t(45, 97, nir_spaced(pat["nir"]), "PA", 10)
        p.t(15, 103, "Mutuelle", "PA", 10)
        p.t(45, 103, f"{mut} (n° AMC {amcn})", "PA", 10)
        rows = [[fd(care, "long"), c, lib, eur(v)] for c, lib, v in acts]
        y = p.table(15, 113, [35, 24, 91, 30], ["Date de l'acte", "Code", "Désignation", "Honoraires"], rows, "lclr", "PA", "PAB", 9.5, 7.5, None, vlines=False)
        for i, (a, v) in enumerate([("Total", total), ("PC Sécu", amo), ("PC Mutuelle", amc), ("RAC", pt)]):
            p.leader(110, y + 10 + i * 6.5, 195, a, eur(v, sep=NBSP), "PAB" if i == 0 else "PA", "PAB", 10)
        p.t(15, y + 42, f"Prochain frottis de dépistage conseillé en {care.year + 3}.", "PAI", 9)
        p.t(15, y + 48, "Tiers payant intégral. Merci de votre confiance.", "PAI", 9)
        p.t(140, y + 62, "Signature", "PAI", 9)
        p.t(140, y + 70, doc[1].title(), "ZC", 15)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    lay = Layout("gynecologue note", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")
    lay.ids = [rpps]
    return lay


def l05_orl_enfant(g: Gen) -> Layout:
    """ORL facture for a child: insured parent's NIR, child's name/birth, dot2 dates, '45,50 EUR' amounts."""
    r = g.rng
    parent = g.person(year=(1978, 1992))
    child_first = r.choice(FIRST_F + FIRST_M)
    child_birth = dt.date(r.randint(2016, 2021), r.randint(1, 12), r.randint(1, 28))
    street, city, dept = g.addr()
    rpps, presc = make_rpps(r), make_rpps(r)
    care = workday(day(r, (1, 10)))
    issued = care
    number = f"{r.randint(10, 99)}{digits(r, 5)}"
    acts = [("CS", "Consultation ORL", 3000), ("CDQP010", "Tympanométrie", 1920),
            ("CDQP002", "Audiométrie tonale liminaire", 2560)]
    total = sum(a[2] for a in acts)
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    doc = (r.choice(FIRST_M), other_last(r, parent))
    ped = other_last(r, parent)
    tel = phone(r, ".")

    def p1(p: Page):
        p.t(15, 18, f"Docteur {doc[0]} {doc[1]}", "RCB", 13)
        p.t(15, 23.5, "Oto-rhino-laryngologie — Chirurgie cervico-faciale", "RCI", 9)
        p.t(15, 28.5, f"{street} — {city} — Tél. {tel}", "RC", 8.5)
        p.t(15, 33, f"RPPS {rpps}", "RC", 8.5)
        p.t(195, 18, "FACTURE", "RCB", 16, "r")
        p.t(195, 25, f"n° {number}", "RC", 10, "r")
        p.t(195, 31, f"du {fd(issued, 'dot2')}", "RC", 10, "r")
        p.line(15, 37, 195, 37, 0.8)
        p.cell(15, 42, 90, 12, "Assuré(e)", f"{parent['civ']} {parent['last']} {parent['first']}", "RC", "RCB")
        p.cell(105, 42, 90, 12, "N° d'immatriculation de l'assuré(e)", nir_spaced(parent["nir"]), "RC", "RCB")
        p.cell(15, 54, 90, 12, "Enfant bénéficiaire des soins", f"{parent['last']} {child_first}", "RC", "RCB")
        p.cell(105, 54, 45, 12, "Date de naissance", fd(child_birth, "dot2"), "RC", "RCB")
        p.cell(150, 54, 45, 12, "Rang", "1", "RC", "RCB")
        p.cell(15, 66, 90, 12, "Organisme complémentaire", mut, "RC", "RC", sv=9.5)
        p.cell(105, 66, 90, 12, "N° AMC", amcn, "RC", "RCB")
        p.t(15, 86, f"Adressé par le Dr {ped}, pédiatre (RPPS {presc}) — otites à répétition.", "RCI", 9)
        rows = [[fd(care, "dot2"), c, lib, eur(v, "EURn")] for c, lib, v in acts]
        y = p.table(15, 93, [25, 25, 95, 35], ["Date", "Code", "Acte", "Montant"], rows, "lclr", "RC", "RCB", 9.5,
                    7.5, 0.88)
        for i, (a, v) in enumerate([("Montant total", total), ("Part AMO", amo), ("Part AMC", amc),
                                    ("À régler par l'assuré", pt)]):
            p.t(155, y + 10 + i * 6.5, a, "RCB" if i == 0 else "RC", 9.5, "r")
            p.t(195, y + 10 + i * 6.5, eur(v, "EURn"), "RCB" if i == 0 else "RC", 9.5, "r")
        p.t(15, y + 42, "Contrôle dans 3 mois. Dispense d'avance de frais (tiers payant AMO + AMC).", "RCI", 8.5)
        p.t(105, 285, "Conventionné secteur 1 — carte Vitale de l'assuré(e) lue en mode sécurisé", "RC", 7, "c",
            gray=0.4)

    f = F(rpps=rpps, nir=parent["nir"], patient_name=f"{parent['last']} {child_first}", patient_birth_date=child_birth,
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    lay = Layout("orl enfant", [p1], [("invoice", f)], fax_name=f"ORL {doc[1]}")
    lay.ids = [rpps, presc]
    return lay


def l06_centre_dentaire(g: Gen) -> Layout:
    """Centre de santé dentaire (FINESS géo), salaried dentist's RPPS, FINESS juridique in footer, Nimbus Narrow."""
    r = g.rng
    pat = g.person(year=(1960, 2003))
    street, city, dept = g.addr()
    fin_geo, fin_jur = make_finess(r, dnum(dept)), make_finess(r, dnum(dept))
    dent, siret = make_rpps(r), make_siret(r)
    care = workday(day(r, (1, 10)))
    issued = care
    number = f"CSD-{care.strftime('%y')}-{r.randint(10000, 99999)}"
    acts = [("", "C", "Consultation", 2300), ("", "HBJD001", "Détartrage et polissage (1 séance)", 4338),
            (str(r.choice([16, 26, 36, 46])), "HBMD053", "Restauration composite 2 faces", 5060)]
    total = sum(a[3] for a in acts)
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    dname = (r.choice(FIRST_F + FIRST_M), other_last(r, pat))
    assoc = f"Association {r.choice(['Santé Solidaire', 'Dentaire Mutualiste', 'Sourire Pour Tous'])}"
    tel = phone(r)

    def p1(p: Page):
        logo(p, "smile", 15, 12, 16)
        p.t(36, 19, f"Centre de santé dentaire {city_of(city)}", "NNB", 15)
        p.t(36, 25, f"{street} — {city} — Rendez-vous : {tel}", "NN", 9)
        p.t(36, 30, f"N° FINESS {fin_geo}", "NNB", 9.5)
        p.rect(140, 38, 55, 22, width=0.6, fill=0.93)
        p.t(143, 44, "FACTURE", "NNB", 12)
        p.t(143, 50, f"N° {number}", "NN", 9.5)
        p.t(143, 56, f"Date : {fd(issued)}", "NN", 9.5)
        p.t(15, 42, "Patient", "NN", 8, gray=0.4)
        p.t(15, 47.5, f"{pat['last']} {pat['first']}", "NNB", 11)
        p.t(15, 53, f"Né(e) le {fd(pat['birth'])}  —  NIR {nir_spaced(pat['nir'])}", "NN", 9.5)
        p.t(15, 58.5, f"Complémentaire : {mut} — N° AMC {amcn}", "NN", 9.5)
        p.t(15, 68, f"Praticien : Dr {dname[0]} {dname[1]}, chirurgien-dentiste salarié du centre — RPPS {dent}",
            "NN", 9)
        rows = [[fd(care), t or "—", c, lib, eur(v, sep=NBSP)] for t, c, lib, v in acts]
        y = p.table(15, 75, [24, 16, 26, 84, 30], ["Date", "Dent", "Code", "Acte", "Honoraires"], rows, "lcclr",
                    "NN", "NNB", 9.5, 7, 0.85)
        for i, (a, v) in enumerate([("Total", total), ("Part AMO", amo), ("Part AMC", amc), ("À régler", pt)]):
            p.t(160, y + 10 + i * 6.5, a, "NNB" if i == 0 else "NN", 10, "r")
            p.t(195, y + 10 + i * 6.5, eur(v, sep=NBSP), "NNB" if i == 0 else "NN", 10, "r")
        p.t(15, y + 40, "Centre de santé conventionné — tiers payant pratiqué sur la part obligatoire et "
            "complémentaire.", "NN", 8.5)
        p.t(15, y + 45, "Aucun dépassement d'honoraires n'est pratiqué au centre.", "NN", 8.5)
        p.line(15, 278, 195, 278, 0.4, 0.5)
        p.t(105, 282, f"Centre géré par l'{assoc} — FINESS juridique {fin_jur} — SIRET {siret_spaced(siret)}", "NN",
            7.5, "c", gray=0.3)

    f = F(finess=fin_geo, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    lay = Layout("centre dentaire finess", [p1], [("invoice", f)], fax_name="CENTRE DENTAIRE")
    lay.ids, lay.sirets = [fin_geo, fin_jur, dent], [siret]
    return lay


def l07_rhumato(g: Gen) -> Layout:
    """Rhumatologue secteur 1: CS + knee injection, dotted-leader totals, 'EUR' amounts, dot4 dates, URW Bookman."""
    r = g.rng
    pat = g.person(year=(1945, 1985))
    street, city, dept = g.addr()
    rpps, gp = make_rpps(r), make_rpps(r)
    am = f"{dnum(dept)}1{digits(r, 5)}"
    care = workday(day(r, (1, 10)))
    issued = care + dt.timedelta(days=r.randint(0, 3))
    number = f"R{issued.strftime('%Y%m')}-{r.randint(10, 999):03d}"
    acts = [("CS", "Consultation de rhumatologie", 3000), ("NZLB001", "Injection intraarticulaire du genou", 2613)]
    total = sum(a[2] for a in acts)
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    doc = (r.choice(FIRST_M), other_last(r, pat))
    tel = phone(r)
    ib = iban(r)
    gp_name = other_last(r, pat)

    def p1(p: Page):
        p.t(15, 20, f"Docteur {doc[0]} {doc[1].title()}", "BKB", 13)
        p.t(15, 26, "Rhumatologue — Ancien interne des hôpitaux", "BKI", 8.5)
        p.t(15, 31, f"{street}, {city}", "BK", 8.5)
        p.t(15, 35.5, f"Tél. {tel}", "BK", 8.5)
        p.t(195, 20, f"RPPS : {rpps}", "BK", 8.5, "r")
        p.t(195, 25, f"N° AM : {am}", "BK", 8.5, "r")
        p.t(195, 30, "Secteur 1", "BK", 8.5, "r")
        p.line(15, 40, 195, 40, 0.4)
        p.t(15, 52, "FACTURE", "BKB", 14)
        p.leader(15, 61, 100, "Facture n°", number, "BK", "BKB", 9.5)
        p.leader(15, 67, 100, "Date", fd(issued, "dot4"), "BK", "BK", 9.5)
        p.leader(15, 73, 100, "Consultation du", fd(care, "dot4"), "BK", "BK", 9.5)
        p.t(115, 52, "Patient(e)", "BK", 8, gray=0.4)
        p.t(115, 58, f"{pat['last']} {pat['first']}", "BKB", 10)
        p.t(115, 64, f"Né(e) le {fd(pat['birth'], 'dot4')}", "BK", 9)
        p.t(115, 70, f"N° SS : {nir_spaced(pat['nir'])}", "BK", 9)
        p.t(115, 76, f"{mut}", "BK", 8.5)
        p.t(115, 81, f"N° AMC : {amcn}", "BK", 8.5)
        p.t(15, 91, f"Adressé(e) par le Dr {gp_name}, médecin traitant (RPPS {gp}).", "BKI", 8.5)
        rows = [[c, lib, eur(v, "EURn")] for c, lib, v in acts]
        y = p.table(15, 97, [30, 110, 40], ["Code", "Acte", "Montant"], rows, "llr", "BK", "BKB", 9, 7.5, 0.9)
        for i, (a, v) in enumerate([("Montant total", total), ("Part Sécu (70 %)", amo), ("Part mutuelle (30 %)", amc),
                                    ("Reste dû", pt)]):
            p.leader(95, y + 10 + i * 6.5, 195, a, eur(v, "EURn"), "BKB" if i == 0 else "BK", "BKB", 9.5)
        p.t(15, y + 42, "Infiltration réalisée sous contrôle échographique ; produit délivré en pharmacie.", "BKI", 8)
        p.t(15, y + 47, "Tiers payant intégral (AMO + AMC).", "BKI", 8)
        p.line(15, 279, 195, 279, 0.3, 0.5)
        p.t(105, 283, f"Règlement éventuel par virement : IBAN {ib}", "BK", 7, "c", gray=0.3)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    lay = Layout("rhumatologue leaders", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")
    lay.ids = [rpps, gp]
    return lay


def l08_had_2p(g: Gen) -> Layout:
    """HAD two-page invoice: day-by-day GHT table across two pages, totals on page 2, FINESS géo vs juridique."""
    r = g.rng
    pat = g.person(year=(1935, 1960))
    street, city, dept = g.addr()
    d2 = dnum(dept)
    fin_geo, fin_jur, fin_src = make_finess(r, d2), make_finess(r, d2), make_finess(r, d2)
    coord = make_rpps(r)
    entree = day(r, (2, 9))
    ndays = 12
    days = [entree + dt.timedelta(days=k) for k in range(ndays)]
    sortie = days[-1]
    issued = sortie + dt.timedelta(days=r.randint(8, 20))
    number = f"HAD{issued.strftime('%y')}{r.randint(100000, 999999)}"
    sejour = f"{entree.strftime('%y')}{r.randint(1000000, 9999999)}"
    ipp = f"{r.randint(10000000, 99999999)}"
    lines = [(d, "GHT 14" if k < 5 else "GHT 11", 31247 if k < 5 else 25480) for k, d in enumerate(days)]
    total = sum(v for *_, v in lines)
    amo = pct(total, 0.80)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    name = f"HAD {r.choice(['Santé Service', 'Soins et Maintien', 'Hospidom', 'Domicile Santé'])} {city_of(city)}"
    tel, fax = phone(r), phone(r)
    ib = iban(r)
    src = f"Centre hospitalier de {city_of(city)}"
    first_part = lines[:8]
    coord_name = (r.choice(FIRST_M), other_last(r, pat))
    sub1 = sum(v for *_, v in first_part)

    def header(p: Page, n: int):
        logo(p, "house", 15, 11, 13)
        p.t(33, 17, name, "SB", 12.5)
        p.t(33, 22.5, "Établissement d'hospitalisation à domicile", "S", 8.5)
        p.t(33, 27, f"{street} — {city} — Tél. {tel} — Fax {fax}", "S", 8)
        p.t(195, 17, "N° FINESS", "S", 7.5, "r", gray=0.4)
        p.t(195, 22.5, fin_geo, "SB", 10, "r")
        p.t(195, 28, f"Page {n}/2", "S", 8, "r", gray=0.4)
        p.line(15, 32, 195, 32, 0.8)

    def p1(p: Page):
        header(p, 1)
        p.t(105, 42, "FACTURE — HOSPITALISATION À DOMICILE", "SB", 12, "c")
        for i, (a, b) in enumerate([("N° de facture", number), ("Date de facture", fd(issued)),
                                    ("N° de séjour", sejour), ("IPP", ipp)]):
            p.t(15, 52 + i * 5.5, a, "S", 8.5, gray=0.3)
            p.t(50, 52 + i * 5.5, b, "SB" if i < 2 else "S", 9)
        p.rect(110, 47, 85, 27, width=0.5)
        p.t(113, 52, "Patient", "S", 7.5, gray=0.4)
        p.t(113, 57.5, f"{pat['civ']} {pat['last']} {pat['first']}", "SB", 10)
        p.t(113, 62.5, f"Né(e) le {fd(pat['birth'])}", "S", 8.5)
        p.t(113, 67.5, f"NIR {nir_spaced(pat['nir'])}", "S", 8.5)
        p.t(113, 72, f"{mut} — N° AMC {amcn}", "S", 7.5)
        p.t(15, 82, "Séjour", "SB", 9)
        p.t(50, 82, f"Entrée le {fd(entree)} — Sortie le {fd(sortie)} ({ndays} journées)", "S", 9)
        p.t(15, 88, "Adressé par", "SB", 9)
        p.t(50, 88, f"{src} (FINESS {fin_src}), service de médecine", "S", 9)
        p.t(15, 94, "Médecin coord.", "SB", 9)
        p.t(50, 94, f"Dr {coord_name[0]} {coord_name[1]} — RPPS {coord}", "S", 9)
        rows = [[f"{k + 1}", fd(d), code, "Journée d'HAD (forfait GHT)", eur(v, sep=NBSP)]
                for k, (d, code, v) in enumerate(first_part)]
        y = p.table(15, 102, [12, 28, 22, 88, 30], ["J", "Date", "GHT", "Libellé", "Montant"], rows, "ccclr", "S", "SB", 8.8, 7, 0.88)
        p.t(160, y + 8, "À reporter", "SB", 9.5, "r")
        p.t(193, y + 8, eur(sub1, sep=NBSP), "SB", 9.5, "r")
        p.t(15, y + 20, "Suite du détail et récapitulatif en page 2.", "SI", 8.5)

    def p2(p: Page):
        header(p, 2)
        p.t(15, 42, f"Facture n° {number} (suite) — {pat['last']} {pat['first']}", "SB", 10)
        p.t(160, 52, "Report", "S", 9.5, "r")
        p.t(193, 52, eur(sub1, sep=NBSP), "S", 9.5, "r")
        rows = [[f"{k + 9}", fd(d), code, "Journée d'HAD (forfait GHT)", eur(v, sep=NBSP)]
                for k, (d, code, v) in enumerate(lines[8:])]
        y = p.table(15, 56, [12, 28, 22, 88, 30], ["J", "Date", "GHT", "Libellé", "Montant"], rows, "ccclr", "S",
                    "SB", 8.8, 7, 0.88)
        p.rect(95, y + 8, 100, 32, width=0.6, fill=0.94)
        for i, (a, v) in enumerate([("Total du séjour", total), ("Part assurance maladie (80 %)", amo),
                                    ("Ticket modérateur — part mutuelle (20 %)", amc), ("Reste à la charge du patient", pt)]):
            p.t(98, y + 15 + i * 6.5, a, "SB" if i == 0 else "S", 9)
            p.t(192, y + 15 + i * 6.5, eur(v, sep=NBSP), "SB" if i == 0 else "S", 9, "r")
        p.t(15, y + 52, "Le forfait journalier n'est pas dû en hospitalisation à domicile.", "SI", 8.5)
        p.t(15, y + 58, f"Règlement à l'ordre de {name} — IBAN {ib}", "S", 8.5)
        p.line(15, 278, 195, 278, 0.4, 0.5)
        p.t(105, 282, f"Établissement géré par l'association {name.split(' ', 1)[1]} — FINESS juridique {fin_jur}",
            "S", 7.5, "c", gray=0.3)

    f = F(finess=fin_geo, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=entree, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    lay = Layout("had 2 pages", [p1, p2], [("invoice", f)], fax_name="HAD")
    lay.ids = [fin_geo, fin_jur, fin_src, coord]
    lay.lines_check = (sub1 + sum(v for *_, v in lines[8:]), total)
    return lay


def l09_psy_2factures(g: Gen) -> Layout:
    """Psychiatre: two monthly invoices for the same patient in one file (two documents), Nimbus Roman."""
    r = g.rng
    pat = g.person(year=(1970, 2000))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    am = f"{dnum(dept)}1{digits(r, 5)}"
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    doc = (r.choice(FIRST_F), other_last(r, pat))
    tel = phone(r)
    m0 = r.randint(2, 8)
    n0 = r.randint(200, 600)
    docs, pages = [], []
    for k, nsess in enumerate((2, 3)):
        month = m0 + k
        sess = sorted({workday(dt.date(2025, month, d)) for d in r.sample(range(2, 26), nsess)})
        while len(sess) < nsess or sess[-1].month != month:
            sess = sorted({workday(dt.date(2025, month, d)) for d in r.sample(range(2, 24), nsess)})
        nxt_month = dt.date(2025, month + 1, 1)
        issued = nxt_month - dt.timedelta(days=1)
        number = f"2025/{n0 + 37 * k:04d}"
        total = 5500 * nsess
        amo = pct(total, 0.70)
        amc = total - amo
        pt = 0

        def page(p: Page, sess=sess, issued=issued, number=number, total=total, amo=amo, amc=amc, pt=pt, k=k):
            p.t(15, 20, f"Docteur {doc[0]} {doc[1]}", "TRB", 14)
            p.t(15, 26, "Psychiatre — Psychothérapeute", "TRI", 10)
            p.t(15, 31, f"{street}, {city}", "TR", 9.5)
            p.t(15, 36, f"Tél. {tel}", "TR", 9.5)
            p.t(195, 20, f"N° RPPS {rpps}", "TR", 9.5, "r")
            p.t(195, 25.5, f"N° AM {am}", "TR", 9.5, "r")
            p.t(195, 31, "Conventionnée secteur 1", "TR", 9.5, "r")
            p.line(15, 41, 195, 41, 0.5)
            p.t(105, 53, f"FACTURE N° {number}", "TRB", 13, "c")
            mname = MONTHS[issued.month - 1]
            de = "d'" if mname[0] in "ao" else "de "
            p.t(105, 60, f"Relevé du mois {de}{mname} {issued.year}", "TRI", 10, "c")
            p.t(15, 72, "Patient :", "TR", 10)
            p.t(45, 72, f"{pat['civ']} {pat['last']} {pat['first']}", "TRB", 10.5)
            p.t(15, 78, "Né(e) le :", "TR", 10)
            p.t(45, 78, fd(pat["birth"]), "TR", 10)
            p.t(15, 84, "N° SS :", "TR", 10)
            p.t(45, 84, nir_spaced(pat["nir"]), "TR", 10)
            p.t(15, 90, "Mutuelle :", "TR", 10)
            p.t(45, 90, f"{mut} — n° AMC {amcn}", "TR", 10)
            rows = [[fd(s), "CNPSY", "Consultation de psychiatrie", eur(5500)] for s in sess]
            y = p.table(15, 100, [32, 28, 85, 35], ["Date", "Acte", "Libellé", "Montant"], rows, "lclr",
                        "TR", "TRB", 10, 7.5, 0.9)
            for i, (a, v) in enumerate([("Total", total), ("Part Sécurité sociale", amo),
                                        ("Part complémentaire", amc), ("Reste à charge", pt)]):
                p.t(160, y + 10 + i * 6.5, a, "TRB" if i == 0 else "TR", 10, "r")
                p.t(195, y + 10 + i * 6.5, eur(v), "TRB" if i == 0 else "TR", 10, "r")
            p.t(15, y + 42, "Participation forfaitaire recouvrée ultérieurement par la caisse.", "TRI", 9)
            p.t(15, y + 48, f"Fait à {city_of(city)}, le {fd(issued)}", "TR", 10)
            p.t(105, 285, f"Facture {k + 1} sur 2 du présent envoi", "TR", 8, "c", gray=0.4)

        pages.append(page)
        docs.append(("invoice", F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
                                  invoice_number=number, invoice_date=issued, care_date=sess[0], total_amount=total,
                                  amo_amount=amo, amc_amount=amc, patient_amount=pt, amc_number=amcn)))
    lay = Layout("psychiatre 2 factures", pages, docs, fax_name=f"DR {doc[1]}")
    lay.ids = [rpps]
    return lay


def l10_location_lit(g: Gen) -> Layout:
    """Pharmacy (FINESS) hospital-bed rental invoice (LPP) + the GP's ordonnance attached on page 2."""
    r = g.rng
    pat = g.person(year=(1930, 1950))
    street, city, dept = g.addr()
    finess = make_finess(r, dnum(dept))
    gp, siret = make_rpps(r), make_siret(r)
    gp_am = f"{dnum(dept)}1{digits(r, 5)}"
    start = workday(day(r, (2, 9)))
    end = start + dt.timedelta(days=27)
    issued = end + dt.timedelta(days=r.randint(1, 4))
    ordo = start - dt.timedelta(days=r.randint(2, 8))
    number = f"{issued.strftime('%y')}{r.randint(100000, 999999)}"
    weeks = [start + dt.timedelta(days=7 * k) for k in range(4)]
    lines = [(start, "1243061", "Livraison et installation lit médical (forfait)", 1, 3811)]
    for w in weeks:
        lines.append((w, "1251063", "Location lit médical électrique — semaine", 1, 1296))
        lines.append((w, "1214950", "Location matelas à air motorisé — semaine", 1, 1885))
    total = sum(q * u for *_, q, u in lines)
    amo = pct(total, 0.60)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    ph = f"Pharmacie {r.choice(['de l' + chr(39) + 'Église', 'du Centre', 'des Arcades', 'Principale'])}"
    gpn = (r.choice(FIRST_M), other_last(r, pat))
    tel, tel2 = phone(r), phone(r)
    am_ph = f"{dnum(dept)}2{digits(r, 5)}"
    gp_street = f"{r.randint(1, 60)} {r.choice(['rue Victor Hugo', 'avenue Jean Jaurès', 'rue Pasteur'])}"

    def p1(p: Page):
        logo(p, "cross", 15, 12, 13, gray=0.35)
        p.t(33, 18, ph, "CB", 14)
        p.t(33, 24, f"{street} — {city} — Tél. {tel}", "C", 8.5)
        p.t(33, 28.5, f"FINESS {finess} — N° AM {am_ph} — Matériel médical : location et vente", "C", 8.5)
        p.t(195, 18, "FACTURE", "CB", 14, "r")
        p.t(195, 24, f"N° {number}", "C", 9.5, "r")
        p.t(195, 29, f"Éditée le {fd(issued)}", "C", 9, "r")
        p.line(15, 33, 195, 33, 0.6)
        p.t(15, 42, "Patient", "CB", 9)
        p.t(45, 42, f"{pat['last']} {pat['first']}", "C", 10)
        p.t(15, 48, "Né(e) le", "CB", 9)
        p.t(45, 48, fd(pat["birth"]), "C", 10)
        p.t(15, 54, "NIR", "CB", 9)
        p.t(45, 54, nir_spaced(pat["nir"]), "C", 10)
        p.t(15, 60, "Mutuelle", "CB", 9)
        p.t(45, 60, f"{mut} — N° AMC {amcn}", "C", 9.5)
        p.t(15, 66, "Prescripteur", "CB", 9)
        p.t(45, 66, f"Dr {gpn[0]} {gpn[1]} — ordonnance du {fd(ordo)} (jointe)", "C", 9.5)
        p.t(15, 72, "Période", "CB", 9)
        p.t(45, 72, f"Location du {fd(start)} au {fd(end)} (4 semaines)", "C", 9.5)
        rows = [[fd(d), c, lib, str(q), eur(u, "plain"), eur(q * u, "plain")] for d, c, lib, q, u in lines]
        y = p.table(15, 80, [22, 20, 84, 10, 20, 24], ["Date", "Code LPP", "Désignation", "Qté", "P.U. €",
                                                        "Montant €"], rows, "lclcrr", "C", "CB", 8.5, 6.5, 0.88)
        for i, (a, v) in enumerate([("Total TTC", total), ("Part AMO (60 %)", amo), ("Part AMC (40 %)", amc),
                                    ("Reste à payer", pt)]):
            p.t(160, y + 9 + i * 6, a, "CB" if i == 0 else "C", 9.5, "r")
            p.t(195, y + 9 + i * 6, eur(v, sep=NBSP), "CB" if i == 0 else "C", 9.5, "r")
        p.t(15, y + 38, "Matériel installé au domicile du patient. Reprise du matériel sur simple appel.", "C", 8)
        p.t(15, y + 43, f"SIRET {siret_spaced(siret)} — Astreinte matériel : {tel2}", "C", 8)

    def p2(p: Page):
        p.t(15, 22, f"Docteur {gpn[0]} {gpn[1]}", "TRB", 13)
        p.t(15, 28, "Médecine générale", "TRI", 10)
        p.t(15, 33, f"{gp_street}, {city}", "TR", 9.5)
        p.t(15, 38, f"RPPS {gp} — N° AM {gp_am}", "TR", 9.5)
        p.t(195, 22, f"{city_of(city)}, le {fd(ordo)}", "TR", 10, "r")
        p.line(15, 43, 195, 43, 0.4)
        p.t(105, 58, "ORDONNANCE", "TRB", 12, "c")
        p.t(25, 72, f"{pat['civ']} {pat['last']} {pat['first']}", "TRB", 11)
        p.t(25, 78, f"{int((ordo - pat['birth']).days // 365.25)} ans", "TR", 10)
        p.t(25, 95, "Location d'un lit médical à hauteur variable électrique avec barrières,", "ZC", 14)
        p.t(25, 103, "matelas à air motorisé (prévention des escarres),", "ZC", 14)
        p.t(25, 111, "livraison et installation au domicile.", "ZC", 14)
        p.t(25, 123, "Durée : 3 mois.", "ZC", 14)
        p.t(140, 150, f"Dr {gpn[1].title()}", "ZC", 17)
        p.t(105, 285, "En cas d'urgence, composez le 15", "TR", 8, "c", gray=0.4)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=start, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    lay = Layout("pharmacie location lit ordonnance", [p1, p2], [("invoice", f)], fax_name=ph.upper())
    lay.ids, lay.sirets = [finess, gp], [siret]
    return lay


LAYOUTS = [l01_audio_pec, l02_imagerie, l03_dermato, l04_gyneco, l05_orl_enfant, l06_centre_dentaire, l07_rhumato,
           l08_had_2p, l09_psy_2factures, l10_location_lit]
FILE_IDS = ["x107", "x103", "x110", "x101", "x105", "x109", "x102", "x108", "x104", "x106"]  # by layout order


# ------------------------------------------------------------------------------------------- checks
def check(lay: Layout) -> None:
    """Identifiers valid (distractors too) and amounts consistent, or fail loudly."""
    for x in getattr(lay, "ids", []):
        assert len(x) in (9, 11) and luhn.is_valid(x), x
    for s in getattr(lay, "sirets", []):
        assert stdsiret.is_valid(s), s
    if hasattr(lay, "lines_check"):
        assert lay.lines_check[0] == lay.lines_check[1], lay.lines_check
    for kind, f in lay.docs:
        if "rpps" in f:
            assert len(f["rpps"]) == 11 and luhn.is_valid(f["rpps"]), f["rpps"]
        for k in ("adeli", "finess"):
            if k in f:
                assert len(f[k]) == 9 and luhn.is_valid(f[k]), (k, f[k])
        assert sum(k in f for k in ("rpps", "adeli", "finess")) == 1
        n = f["nir"]
        assert stdnir.is_valid(n) and len(n) == 15, n
        assert n[0] in "12" and 1 <= int(n[3:5]) <= 12
        assert int(n[13:]) == 97 - int(n[:13].replace("2A", "19").replace("2B", "18")) % 97
        c = {k: int(f[k].replace(".", "")) for k in ("total_amount", "amo_amount", "amc_amount", "patient_amount")}
        assert c["total_amount"] == c["amo_amount"] + c["amc_amount"] + c["patient_amount"], (lay.id, c)
        assert all(v >= 0 for v in c.values())
        assert f["amc_number"].isdigit() and len(f["amc_number"]) in (8, 9), f["amc_number"]
        assert f["patient_name"].split(" ", 1)[0].replace("-", "").replace(" ", "").isupper()
        assert f["patient_birth_date"] < f["invoice_date"]
        if kind == "invoice":
            assert "care_date" in f and f["care_date"] <= f["invoice_date"], lay.id
            assert f["patient_birth_date"] < f["care_date"]
        else:
            assert kind == "pec" and "care_date" not in f


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="documents12")
    ap.add_argument("--seed", type=int, default=121)
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    g = Gen(args.seed)
    rng = random.Random(args.seed * 7 + 1)
    lays = [make(g) for make in LAYOUTS]
    for lay in lays:
        check(lay)
    assert len(set(FILE_IDS)) == len(LAYOUTS)
    for stem, lay in zip(FILE_IDS, lays):
        pdf = text_pdf6(lay)
        inv = max(f["invoice_date"] for _, f in lay.docs)
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
