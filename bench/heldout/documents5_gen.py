"""Fifth blind held-out layout set: eight new French tiers-payant invoices, rendered three to five ways.

/work/main/.venv/bin/python bench/heldout/documents5_gen.py --out bench/heldout/documents5 --seed 51

Written blind (without reading parsers/, classifiers/, intake/, tests/, samples/ or any rendered held-out set),
in layouts different from sets 1-4: infirmier monthly relevé with a day-by-day grid (landscape), kiné
feuille-de-soins form with identifiers printed one digit per box (child beneficiary), dentist note with a
right-hand band and a CCAM dépassement, centre de santé (FINESS in a footer, salaried GP's RPPS as distractor),
laboratory terminal print-out (monospace, B coefficients), taxi conventionné (no invoicer RPPS/ADELI/FINESS on the
page at all), pharmacy thermal receipt with CIP13 lines, EHPAD monthly stay invoice with an APA deduction.
Rendering, identifier and JSON helpers are copied from documents4_gen.py. Every identifier is checksum-valid;
amounts add up (asserted in check()).

Renderings: <id>.text.pdf, <id>.scan.pdf (image-only), <id>.fax-fine.tif (G4, 204x196) for all; <id>.fax-normal.tif
(G3, 204x98) and <id>.photo.jpg for four layouts. Each file gets <file>.json ground truth.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path

from stdnum import ean, luhn
from stdnum.fr import nir as stdnir

# Rendering, identifier and ground-truth helpers: the same as set 4's generator (run from this folder).
from documents4_gen import *  # noqa: F403


def boxes(p: Page, x: float, y: float, s: str, w: float = 4.4, h: float = 6.0, size: float = 10) -> float:
    """One character per box (feuille de soins style); spaces leave a gap. Returns the right edge."""
    cx = x
    for ch in s:
        if ch == " ":
            cx += 1.8
            continue
        p.rect(cx, y, w, h, width=0.45)
        p.t(cx + w / 2, y + h - 1.6, ch, "M", size, "c")
        cx += w
    return cx


def city_of(c: str) -> str:
    return c.split(" ", 1)[1].title()


# ------------------------------------------------------------------------------------------- layouts
def l01_infirmier(g: Gen) -> Layout:
    """Infirmier libéral monthly relevé, landscape, a day-by-day grid (one column per visit day) of AMI/IFD/IK
    counts, dot2 dates, 'EUR' amounts without grouping, AMO 60 % / AMC 40 %, prescriber RPPS + ordonnance date."""
    r = g.rng
    pat = g.person(year=(1935, 1955))
    street, city, dept = g.addr()
    rpps, presc = make_rpps(r), make_rpps(r)
    first = dt.date(2025, r.randint(6, 9), r.randint(2, 6))
    days = [first + dt.timedelta(days=2 * i) for i in range(8)]
    ordo = first - dt.timedelta(days=r.randint(3, 9))
    issued = days[-1] + dt.timedelta(days=r.randint(1, 3))
    number = f"IDE{issued.strftime('%y%m')}-{r.randint(100, 999)}"
    km = r.choice([4, 6, 7, 9])
    lines = [("AMI 1", "Injection sous-cutanée", 315, [1] * 8),
             ("AMI 4", "Pansement lourd et complexe", 1260, [1, 0, 1, 0, 1, 0, 1, 0]),
             ("IFD", "Indemnité forfaitaire de déplacement", 275, [1] * 8),
             (f"IK {km} km", "Indemnités kilométriques (plaine, 0,35/km)", 35 * km, [1] * 8)]
    total = sum(v * sum(n) for _, _, v, n in lines)
    amo = pct(total, 0.60)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    nom = (r.choice(FIRST_F), r.choice(LAST))
    tel, siret, ib = phone(r, "."), make_siret(r), iban(r)
    mut = r.choice(MUTUELLES)
    presc_name = f"Dr {r.choice(FIRST_M)} {r.choice(LAST)}"

    def p1(p: Page):
        p.rect(0, 0, 297, 14, fill=0.15, stroke=False)
        p.t(12, 9.5, f"CABINET INFIRMIER — {nom[0]} {nom[1]}, IDE libérale", "SB", 12, gray=1)
        p.t(285, 9.5, f"Relevé d'actes n° {number}", "SB", 11, "r", gray=1)
        p.t(12, 22, f"{street}, {city}   ·   tél/fax {tel}   ·   SIRET {siret_spaced(siret)}", "S", 8.5)
        p.t(12, 28, f"Identifiant RPPS : {rpps}", "SB", 9)
        p.t(285, 22, f"Édité le {fd(issued, 'dot2')}", "S", 9, "r")
        p.rect(12, 33, 130, 26, width=0.5)
        p.t(15, 38, "Bénéficiaire des soins", "SI", 7.5, gray=0.3)
        p.t(15, 44, f"{pat['last']} {pat['first']}", "SB", 11)
        p.t(15, 50, f"né(e) le {fd(pat['birth'], 'dot2')}   N° immatriculation {nir_spaced(pat['nir'])}", "S", 8.5)
        p.t(15, 56, f"Complémentaire : {mut} — adhérent n° {amcn}", "S", 8.5)
        p.rect(150, 33, 135, 26, width=0.5)
        p.t(153, 38, "Prescription", "SI", 7.5, gray=0.3)
        p.t(153, 44, f"{presc_name} — RPPS {presc}", "S", 9)
        p.t(153, 50, f"Ordonnance du {fd(ordo, 'dot2')} — soins à domicile, 1 jour sur 2", "S", 9)
        p.t(153, 56, f"Période de soins : du {fd(days[0], 'dot2')} au {fd(days[-1], 'dot2')}", "SB", 9)
        x0, y0 = 12, 66
        widths = [22, 62] + [17] * 8 + [14, 19, 26]
        head = ["Acte", "Libellé"] + [f"{d.day:02d}.{d.month:02d}" for d in days] + ["Nb", "P.U.", "Montant"]
        rows = []
        for code, lib, v, n in lines:
            rows.append([code, lib] + ["x" if k else "" for k in n] + [str(sum(n)), eur(v, "plain"),
                                                                       eur(v * sum(n), "EURn")])
        y = p.table(x0, y0, widths, head, rows, "ll" + "c" * 8 + "crr", "S", "SB", 8, 8, 0.85)
        p.t(x0, y + 5, f"Année de soins : {first.year}. Les dates de passage sont cochées (x).", "SI", 7.5)
        bx = 175
        for i, (lab, v) in enumerate([("Montant total des soins", total), ("Part AMO (60 %)", amo),
                                      ("Part AMC (40 %)", amc), ("Reste à charge assuré", pt)]):
            p.leader(bx, y + 14 + i * 7, 285, lab, eur(v, "EURn"), "SB" if i == 0 else "S", "SB", 9.5)
        p.t(12, y + 16, "Règlement : tiers payant AMO + AMC.", "S", 8.5)
        p.t(12, y + 22, f"Coordonnées bancaires : IBAN {ib}", "S", 8)
        p.t(148, 203, "Infirmière conventionnée — membre d'une AGA, règlement des honoraires par chèque accepté", "S",
            6.5, "c", gray=0.35)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=first, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("infirmier-releve", [p1], [("invoice", f)], landscape=True, fax_name=f"IDE {nom[1]}", extra=True,
                  photo=True)


def l02_kine(g: Gen) -> Layout:
    """Kiné series on a feuille-de-soins-like form: identifiers one digit per box, 'AMK 7,5' lines per session,
    long dates in the header, amounts with U+202F, a child beneficiary (NIR = parent's)."""
    r = g.rng
    parent = g.person(year=(1975, 1990))
    child = {"last": parent["last"], "first": r.choice(FIRST_F + FIRST_M),
             "birth": dt.date(r.randint(2012, 2018), r.randint(1, 12), r.randint(1, 28))}
    child["norm"] = f"{child['last']} {child['first']}"
    street, city, dept = g.addr()
    rpps, presc = make_rpps(r), make_rpps(r)
    am = f"{dept if dept.isdigit() else '20'}7{digits(r, 5)}"
    first = day(r, (3, 8))
    sessions = [first + dt.timedelta(days=k) for k in (0, 3, 7, 10, 14, 17)]
    issued = sessions[-1] + dt.timedelta(days=r.randint(0, 2))
    ordo = first - dt.timedelta(days=r.randint(5, 15))
    number = f"{r.randint(2025000, 2025999)}"
    unit = 1613  # AMK 7,5 x 2,15
    total = unit * len(sessions)
    amo = pct(total, 0.60)
    amc = total - amo
    pt = 0
    nom = (r.choice(FIRST_M), r.choice(LAST))
    tel = phone(r)

    def p1(p: Page):
        p.t(105, 14, "FEUILLE DE SOINS — ACTES DE MASSO-KINÉSITHÉRAPIE", "SB", 12, "c")
        p.t(105, 20, f"Facture n° {number} — établie le {fd(issued, 'long')}", "S", 9, "c")
        p.rect(12, 25, 186, 46, width=0.8)
        p.t(15, 30, "PERSONNE RECEVANT LES SOINS", "SB", 8)
        p.t(15, 37, "Nom et prénom", "S", 7, gray=0.3)
        p.t(45, 37, f"{child['last']} {child['first']}", "SB", 10)
        p.t(15, 44, "Date de naissance", "S", 7, gray=0.3)
        boxes(p, 45, 39.5, fd(child["birth"], "slash").replace("/", " "))
        p.t(110, 44, "Rang : 1   (ayant droit — enfant)", "S", 8)
        p.t(15, 52, "ASSURÉ(E)", "SB", 8)
        p.t(45, 52, f"{parent['civ']} {parent['last']} {parent['first']}", "S", 9)
        p.t(15, 60, "N° d'immatriculation", "S", 7, gray=0.3)
        e = boxes(p, 45, 55.5, f"{parent['nir'][:13]} {parent['nir'][13:]}")
        p.t(e + 2, 60, "(clé)", "S", 6.5, gray=0.4)
        p.t(15, 68, f"Adresse : {r.randint(1, 60)} {r.choice(STREETS)}, {city}", "S", 8)
        p.rect(12, 75, 186, 38, width=0.8)
        p.t(15, 80, "PRATICIEN", "SB", 8)
        p.t(45, 80, f"{nom[1]} {nom[0]} — Masseur-kinésithérapeute D.E.", "S", 9)
        p.t(15, 88, "Identifiant", "S", 7, gray=0.3)
        boxes(p, 45, 83.5, rpps)
        p.t(100, 88, "N° AM", "S", 7, gray=0.3)
        boxes(p, 112, 83.5, am)
        p.t(15, 96, f"{street}, {city} — Tél. {tel}", "S", 8)
        p.t(15, 103, "Prescripteur", "S", 7, gray=0.3)
        p.t(45, 103, f"Dr {r.choice(FIRST_F)} {r.choice(LAST)}", "S", 8.5)
        p.t(100, 103, "N° RPPS", "S", 7, gray=0.3)
        boxes(p, 112, 98.5, presc, 3.6, 5.5, 8.5)
        p.t(15, 110, f"Date de la prescription : {fd(ordo, 'long')}    Accident causé par un tiers : non", "S", 8)
        rows = [[fd(d), "AMK 7,5", "Rééducation du rachis", "", eur(unit, sep=NNBSP)] for d in sessions]
        y = p.table(12, 118, [32, 26, 78, 20, 30], ["Date de l'acte", "Cotation", "Nature de l'acte", "Dépass.",
                                                     "Honoraires"], rows, "lcl r".replace(" ", "c") + "r", "S", "SB",
                    9, 7, 0.9)
        p.rect(110, y + 6, 88, 30, width=0.8)
        for i, (lab, v) in enumerate([("MONTANT TOTAL", total), ("Remboursement Sécurité sociale", amo),
                                      ("Part mutuelle", amc), ("Payé par l'assuré", pt)]):
            p.t(113, y + 13 + i * 6.5, lab, "SB" if i == 0 else "S", 9)
            p.t(195, y + 13 + i * 6.5, eur(v, sep=NNBSP), "SB" if i == 0 else "S", 9.5, "r")
        p.t(12, y + 12, f"Série de {len(sessions)} séances (1re séance le", "S", 8.5)
        p.t(12, y + 17, f"{fd(first, 'long')}).", "S", 8.5)
        p.t(12, y + 26, "Signature du praticien :", "S", 8)
        p.stamp(50, y + 40, [f"{nom[1]} {nom[0]}", "Kinésithérapeute", city], -6)

    f = F(rpps=rpps, nir=parent["nir"], patient_name=child["norm"], patient_birth_date=child["birth"],
          invoice_number=number, invoice_date=issued, care_date=first, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt)
    return Layout("kine-boxed-series", [p1], [("invoice", f)], fax_name=f"KINE {nom[1]}", extra=True, photo=True)


def l03_dentiste(g: Gen) -> Layout:
    """Dentist note d'honoraires, right-hand blue-grey band holding practitioner block; CCAM codes with a
    dépassement column; '€ 45,00' amounts; ISO dates; AMO / AMC / RAC stacked in the band."""
    r = g.rng
    pat = g.person(year=(1960, 1995))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    care = day(r, (2, 9))
    issued = care
    number = f"NH{care.strftime('%Y%m%d')}{r.randint(10, 99)}"
    acts = [("HBJD001", "Détartrage et polissage des dents", 2892, 0, 0),
            ("HBMD053", "Restauration 2 faces dent 36 (composite)", 5060, 0, 0),
            ("HBLD634", "Couronne céramo-métallique dent 36", 12000, 38000, 1)]
    total = sum(a[2] + a[3] for a in acts)
    base = sum(a[2] for a in acts)
    amo = pct(base, 0.70)
    amc = r.choice([20000, 24000, 26000])
    pt = total - amo - amc
    amcn = g.amc_number()
    nom = (r.choice(FIRST_F), r.choice(LAST))
    tel, tel2 = phone(r), phone(r)

    def p1(p: Page):
        p.rect(150, 0, 60, 297, fill=0.9, stroke=False)
        p.t(154, 20, "Dr " + nom[0], "SB", 11)
        p.t(154, 26, nom[1], "SB", 11)
        p.t(154, 32, "Chirurgien-dentiste", "S", 8.5)
        p.t(154, 37, "Omnipraticien conventionné", "S", 8.5)
        p.t(154, 46, street, "S", 8)
        p.t(154, 51, city, "S", 8)
        p.t(154, 58, f"Tél. {tel}", "S", 8)
        p.t(154, 63, f"Urgences {tel2}", "S", 8)
        p.t(154, 72, "RPPS", "S", 7, gray=0.35)
        p.t(154, 77, rpps, "MB", 10)
        p.t(154, 120, "RÉPARTITION", "SB", 8, gray=0.35)
        for i, (lab, v) in enumerate([("Total", total), ("Part AMO", amo), ("Part AMC", amc), ("RAC patient", pt)]):
            p.t(154, 129 + i * 12, lab, "S", 8)
            p.t(204, 135 + i * 12, eur(v, "pre"), "SB", 11, "r")
        p.t(15, 22, "NOTE D'HONORAIRES", "RB", 16)
        p.t(15, 29, f"N° {number}", "M", 10)
        p.t(15, 35, f"Date : {fd(issued, 'iso')}", "S", 9.5)
        p.t(15, 48, "Patient(e)", "S", 7.5, gray=0.4)
        p.t(15, 54, f"{pat['civ']} {pat['first']} {pat['last']}", "SB", 11)
        p.t(15, 60, f"Date de naissance : {fd(pat['birth'], 'iso')}", "S", 9)
        p.t(15, 66, f"N° SS : {pat['nir'][:13]} {pat['nir'][13:]}", "S", 9)
        p.t(15, 72, f"Mutuelle : {r.choice(MUTUELLES)} (n° {amcn})", "S", 8.5)
        y = p.table(15, 82, [22, 20, 52, 20, 18], ["Date", "CCAM", "Acte", "Base", "Dépass."],
                    [[fd(care, "iso"), a[0], a[1], eur(a[2], "pre"), eur(a[3], "pre") if a[3] else "—"]
                     for a in acts], "lllrr", "C", "CB", 7.2, 7, 0.8)
        p.t(15, y + 8, f"Dont dépassement d'honoraires : {eur(acts[2][3], 'pre')} (entente directe, devis signé"
            " le", "S", 7.5)
        p.t(15, y + 12.5, f"{fd(care - dt.timedelta(days=r.randint(15, 40)), 'iso')}).", "S", 7.5)
        p.t(15, y + 22, "Actes réalisés au cabinet. Prothèse : panier à tarifs maîtrisés.", "S", 7.5)
        p.t(15, 280, "Membre d'une association agréée, le règlement des honoraires par chèque est accepté.", "S",
            6.5, gray=0.35)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("dentiste-band", [p1], [("invoice", f)], fax_name=f"DR {nom[1]}")


def l04_centre_sante(g: Gen) -> Layout:
    """Centre de santé: FINESS of the centre is the invoicer; the executing GP's RPPS sits in the act line;
    identifiers in a footer strip; header with big logo-like initials; long dates; NBSP amounts."""
    r = g.rng
    pat = g.person(year=(1950, 2002))
    street, city, dept = g.addr()
    finess = make_finess(r, dept if dept.isdigit() else "20")
    doc_rpps = make_rpps(r)
    care = day(r, (1, 10))
    issued = care + dt.timedelta(days=r.randint(0, 2))
    number = f"CDS/{care.year}/{r.randint(10000, 99999)}"
    acts = [("G", "Consultation de médecine générale", 3000), ("MPA", "Majoration personne âgée", 0),
            ("ECG (DEQP003)", "Électrocardiogramme", 1452)]
    acts = [a for a in acts if a[2]]
    total = sum(a[2] for a in acts)
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    cname = r.choice(["Centre de santé municipal", "Centre médical mutualiste", "Centre de santé Les Tilleuls"])
    doc = f"Dr {r.choice(FIRST_F)} {r.choice(LAST)}"
    tel, fax, siret = phone(r), phone(r), make_siret(r)

    def p1(p: Page):
        p.rect(15, 12, 22, 22, fill=0.25, stroke=False, radius=4)
        p.t(26, 26.5, "CS", "SB", 18, "c", gray=1)
        p.t(42, 20, cname, "SB", 13)
        p.t(42, 26, f"{street} — {city}", "S", 9)
        p.t(42, 32, f"Accueil {tel}   Télécopie {fax}", "S", 8.5)
        p.line(15, 40, 195, 40, 0.3, 0.5)
        p.t(15, 52, "Facture de consultation", "SB", 14)
        p.t(195, 50, f"{city_of(city)}, {fd(issued, 'long')}", "S", 9.5, "r")
        p.t(195, 56, f"Réf. facture : {number}", "SB", 9.5, "r")
        p.t(15, 66, "Patient :", "S", 9, gray=0.3)
        p.t(40, 66, f"{pat['civ']} {pat['first']} {pat['last']}", "SB", 10)
        p.t(15, 72, "Né(e) le :", "S", 9, gray=0.3)
        p.t(40, 72, fd(pat["birth"], "long"), "S", 9.5)
        p.t(15, 78, "N° sécu :", "S", 9, gray=0.3)
        p.t(40, 78, nir_spaced(pat["nir"]), "S", 9.5)
        p.t(110, 66, "Organisme complémentaire :", "S", 9, gray=0.3)
        p.t(110, 72, r.choice(MUTUELLES), "S", 9.5)
        p.t(110, 78, f"Numéro AMC {amcn}", "S", 9.5)
        p.t(15, 92, f"Consultation du {fd(care, 'long')}", "SB", 10)
        rows = [[a[0], a[1], doc, eur(a[2], sep=NBSP)] for a in acts]
        y = p.table(15, 97, [30, 70, 50, 30], ["Code", "Prestation", "Praticien exécutant", "Tarif"], rows, "lllr",
                    "S", "SB", 8.5, 7, None)
        p.t(15, y + 6, f"Praticien exécutant : {doc}, médecin salarié du centre — RPPS {doc_rpps}", "S", 8)
        yy = y + 18
        for i, (lab, v) in enumerate([("Montant total", total), ("Prise en charge Assurance Maladie", amo),
                                      ("Prise en charge mutuelle", amc), ("Reste dû par le patient", pt)]):
            p.t(125, yy + i * 6.5, lab, "SB" if i in (0, 3) else "S", 9, "r")
            p.t(165, yy + i * 6.5, eur(v, sep=NBSP), "SB" if i in (0, 3) else "S", 9.5, "r")
        p.t(15, yy + 34, "Tiers payant intégral appliqué. Aucun règlement n'est demandé au patient.", "SI", 8.5)
        p.rect(15, 262, 180, 16, fill=0.93, stroke=False)
        p.t(18, 268, f"Gestionnaire : {cname} — SIRET {siret_spaced(siret)}", "S", 7.5)
        p.t(18, 274, f"N° FINESS de l'établissement : {finess}     Code APE 8621Z", "SB", 7.5)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("centre-sante-footer", [p1], [("invoice", f)], fax_name=cname[:24])


def l05_labo(g: Gen) -> Layout:
    """Laboratory statement printed from a terminal: all monospace, 'KEY.....: value' lines, B coefficients,
    dates as dd.mm.yy, 'EUR' amounts, dossier / prescription / collection dates, FINESS juridique distractor."""
    r = g.rng
    pat = g.person(year=(1940, 1999))
    street, city, dept = g.addr()
    d2 = dept if dept.isdigit() else "20"
    finess, finess_ej = make_finess(r, d2), make_finess(r, d2)
    presc = make_rpps(r)
    care = day(r, (2, 10))
    presc_date = care - dt.timedelta(days=r.randint(1, 20))
    issued = care + dt.timedelta(days=r.randint(2, 5))
    number = f"F{r.randint(100000, 999999)}"
    acts = [("0322", "IONOGRAMME (NA K CL)", 17), ("0996", "HEMOGLOBINE GLYQUEE HBA1C", 27),
            ("0592", "CHOLESTEROL TOTAL HDL TG", 24), ("1207", "FERRITINE", 22), ("0578", "CRP", 10),
            ("9105", "FORFAIT PRELEVEMENT", 0)]
    acts = [(c, lib, b, b * 27 if b else 252) for c, lib, b in acts]
    total = sum(a[3] for a in acts)
    amo = pct(total, 0.60)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    lab = f"LBM {r.choice(['ALPHABIO', 'BIOMNIS', 'EUROFINS BIOMED', 'BIO-OUEST'])}"

    def p1(p: Page):
        L = []
        L.append(f"{lab}  -  SITE {city_of(city).upper()}")
        L.append(f"{street.upper()}  {city}")
        L.append(f"TEL {phone(r, '')}   FAX {phone(r, '')}")
        L.append(f"FINESS EJ : {finess_ej}   FINESS SITE : {finess}")
        L.append("=" * 78)
        L.append("RELEVE DE FACTURATION - TIERS PAYANT".center(78))
        L.append("=" * 78)
        L.append(f"NO FACTURE.........: {number}")
        L.append(f"DATE FACTURATION...: {fd(issued, 'dot2')}")
        L.append(f"DOSSIER............: {care.strftime('%y%j')}{r.randint(1000, 9999)}")
        L.append(f"PRELEVE LE.........: {fd(care, 'dot2')} A {r.randint(7, 11):02d}H{r.randint(0, 59):02d}")
        L.append(f"PRESCRIPTION DU....: {fd(presc_date, 'dot2')}  PRESCRIPTEUR RPPS {presc}")
        L.append("-" * 78)
        L.append(f"PATIENT............: {pat['last']} {pat['first'].upper()}")
        L.append(f"NE(E) LE...........: {fd(pat['birth'], 'dot2')}")
        L.append(f"NIR................: {pat['nir']}")
        L.append(f"ORGANISME COMPL....: {amcn}")
        L.append("-" * 78)
        L.append(f"{'ACTE':<6}{'LIBELLE':<34}{'COEF':>10}{'MONTANT':>14}")
        for c, lib, b, v in acts:
            L.append(f"{c:<6}{lib:<34}{('B ' + str(b)) if b else 'PB':>10}{eur(v, 'EURn'):>14}")
        L.append(" " * 40 + "-" * 24)
        L.append(f"{'':<20}{'SOUS-TOTAL ACTES B':<30}{eur(total - 252, 'EURn'):>14}")
        L.append(f"{'':<20}{'TOTAL FACTURE':<30}{eur(total, 'EURn'):>14}")
        L.append(f"{'':<20}{'PART CAISSE (60%)':<30}{eur(amo, 'EURn'):>14}")
        L.append(f"{'':<20}{'PART MUTUELLE':<30}{eur(amc, 'EURn'):>14}")
        L.append(f"{'':<20}{'RESTE A PAYER':<30}{eur(pt, 'EURn'):>14}")
        L.append("=" * 78)
        L.append("VALEUR DU B : 0,27 EUR.  FACTURE TRANSMISE PAR FLUX NOEMIE.")
        for i, s in enumerate(L):
            p.t(14, 18 + i * 5.6, s, "MB" if i == 0 or "FACTURE" in s[:34] and "RELEVE" not in s else "M", 8.6)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("labo-terminal", [p1], [("invoice", f)], fax_name=lab[:24])


def l06_transport(g: Gen) -> Layout:
    """Taxi conventionné return trip to a hospital (dialysis): no RPPS/ADELI/FINESS for the invoicer (only a
    numéro AM, SIRET, licence and a vehicle number), prescriber RPPS + hospital FINESS as distractors, km lines,
    '2025-09-15' trip dates, '1 234,56 €' totals. Patient share 0 (ALD 100 %)."""
    r = g.rng
    pat = g.person(year=(1940, 1970))
    street, city, dept = g.addr()
    d2 = dept if dept.isdigit() else "20"
    hosp_finess, presc = make_finess(r, d2), make_rpps(r)
    first = day(r, (2, 9))
    trips = [first + dt.timedelta(days=k) for k in (0, 2, 4)]
    issued = trips[-1] + dt.timedelta(days=r.randint(1, 5))
    ordo = first - dt.timedelta(days=r.randint(10, 30))
    number = f"TX-{issued.year % 100}{r.randint(1000, 9999)}"
    km = r.randint(18, 34)
    pec, per_km = 400, 107
    leg = pec + km * per_km
    lines = []
    for d in trips:
        lines.append((d, "Aller", km, leg))
        lines.append((d, "Retour", km, leg))
    total = sum(x[3] for x in lines)
    amo, amc, pt = total, 0, 0
    am = f"{d2}{digits(r, 6)}"
    comp = r.choice(["TAXI ", "TAXIS ", "ALLO TAXI "]) + r.choice(LAST)

    def p1(p: Page):
        p.t(15, 16, comp, "RB", 15)
        p.t(15, 22, "Taxi conventionné CPAM — transport assis professionnalisé", "RI", 9)
        p.t(15, 28, f"{street} {city} · {phone(r)}", "S", 8.5)
        p.t(15, 33, f"Licence n° {r.randint(1, 60)} · Véhicule {''.join(r.choice('ABCDEFGHJK') for _ in range(2))}-"
            f"{digits(r, 3)}-{''.join(r.choice('LMNPRSTVWX') for _ in range(2))} · N° AM transporteur {am}", "S", 8.5)
        p.t(15, 38, f"SIRET {make_siret(r)} · TVA non applicable (art. 261-4 CGI)", "S", 8.5)
        p.rect(120, 46, 75, 18, fill=0.92, width=0.5)
        p.t(123, 52, "FACTURE", "SB", 11)
        p.t(123, 58, f"N° {number}", "S", 9.5)
        p.t(192, 52, f"du {fd(issued, 'iso')}", "S", 9, "r")
        p.t(15, 50, "Personne transportée", "SB", 9)
        p.t(15, 56, f"{pat['civ']} {pat['last']} {pat['first']}", "S", 10)
        p.t(15, 62, f"Date de naissance {fd(pat['birth'], 'iso')}", "S", 9)
        p.t(15, 68, f"Immatriculation {nir_spaced(pat['nir'])} — ALD exonérante", "S", 9)
        p.t(15, 80, f"Prescription médicale de transport du {fd(ordo, 'iso')} (série), Dr {r.choice(LAST)}"
            f" — RPPS {presc}", "S", 8.5)
        p.t(15, 86, f"Destination : Centre hospitalier de {city_of(city)} (FINESS {hosp_finess}), service d'hémodialyse",
            "S", 8.5)
        rows = [[fd(d, "iso"), s, f"{k} km", eur(pec), eur(k * per_km), eur(v)] for d, s, k, v in lines]
        y = p.table(15, 94, [28, 22, 22, 38, 38, 32], ["Date", "Trajet", "Distance", "Prise en charge",
                                                       f"Km ({eur(per_km, 'plain')} €/km)", "Montant"],
                    rows, "llrrrr", "S", "SB", 8.5, 6.5, 0.88)
        p.t(15, y + 6, f"{len(lines)} trajets — {sum(x[2] for x in lines)} km facturés", "SI", 8)
        yy = y + 16
        for i, (lab, v) in enumerate([("TOTAL TRANSPORTS", total), ("Part Assurance Maladie (100 %)", amo),
                                      ("Part complémentaire", amc), ("Montant restant à la charge du patient", pt)]):
            p.t(150, yy + i * 7, lab, "SB" if i == 0 else "S", 9, "r")
            p.t(193, yy + i * 7, eur(v, sep=NNBSP if i == 0 else " "), "SB" if i == 0 else "S", 10, "r")
        p.t(15, yy + 38, "Dispense d'avance des frais. Signature de l'assuré(e) :", "S", 8.5)
        p.line(110, yy + 46, 190, yy + 46, 0.4, dash=(1, 2))

    f = F(nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=first, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt)
    return Layout("taxi-conventionne", [p1], [("invoice", f)], fax_name=comp[:24], extra=True, photo=True)


def l07_pharmacie_ticket(g: Gen) -> Layout:
    """Pharmacy thermal receipt pasted on an A4 page: narrow monospace column, CIP13 lines, 'Part RO / Part RC'
    wording, '15.09.2025' dates, FINESS on a 'Ph.' line, a sales 'sous-total' and TVA lines."""
    r = g.rng
    pat = g.person(year=(1945, 1990))
    street, city, dept = g.addr()
    d2 = dept if dept.isdigit() else "20"
    finess, presc = make_finess(r, d2), make_rpps(r)
    care = day(r, (1, 10))
    issued = care
    ordo = care - dt.timedelta(days=r.randint(1, 25))
    number = f"{r.randint(10, 99)}-{r.randint(100000, 999999)}"

    def cip():
        body = "34009" + digits(r, 7)
        return body + ean.calc_check_digit(body)

    drugs = [("DOLIPRANE 1000MG CPR 8", 1, 211, 0.65), ("AMOXICILLINE 1G CPR 14", 1, 425, 0.65),
             ("EUPANTOL 20MG CPR 28", 2, 513, 0.65), ("SPASFON LYOC 80MG 10", 1, 312, 0.30)]
    lines = [(cip(), n, q, pu, rate) for n, q, pu, rate in drugs]
    honor = [("HONORAIRE ORDONNANCE", 1, 100, 0.70), ("HONOR. DISPENSATION", 5, 102, 0.70)]
    total = sum(q * pu for _, _, q, pu, _ in lines) + sum(q * pu for _, q, pu, _ in honor)
    amo = sum(pct(q * pu, rate) for _, _, q, pu, rate in lines) + sum(pct(q * pu, rate) for _, q, pu, rate in honor)
    amc = total - amo - r.choice([0, 0, 50])
    pt = total - amo - amc
    amcn = g.amc_number()
    ph = f"PHARMACIE {r.choice(['DU MARCHÉ', 'DES ARCADES', 'CENTRALE', 'DE LA GARE'])}"

    def p1(p: Page):
        x0, w = 62, 86
        p.rect(x0 - 4, 10, w + 8, 262, width=0.3, gray=0.6)
        L = [ph.center(40), f"{street}"[:40].center(40), city.center(40), f"Tel {phone(r)}".center(40),
             f"Ph. FINESS {finess}".center(40), f"SIRET {make_siret(r)}".center(40), "-" * 40,
             f"FACTURE N. {number}", f"LE {fd(issued, 'dot4')} {r.randint(9, 19):02d}:{r.randint(0, 59):02d}"
             f" OP:{r.randint(1, 9)}", "-" * 40,
             f"BENEF : {pat['last']} {pat['first']}"[:40], f"NE LE : {fd(pat['birth'], 'dot4')}",
             f"NIR   : {pat['nir'][:13]} {pat['nir'][13:]}", f"AMC   : {amcn}",
             f"PRESCR: RPPS {presc}", f"ORDO DU {fd(ordo, 'dot4')}", "-" * 40]
        for cp, nm, q, pu, rate in lines:
            L.append(nm[:40])
            L.append(f" {cp}  {q} x {eur(pu, 'plain'):>6}{eur(q * pu, 'plain'):>10}")
        for nm, q, pu, rate in honor:
            L.append(f"{nm:<22}{q:>2} x{eur(pu, 'plain'):>5}{eur(q * pu, 'plain'):>9}")
        L += ["-" * 40, f"{'SOUS-TOTAL MEDICAMENTS':<28}{eur(sum(q * pu for _, _, q, pu, _ in lines), 'plain'):>12}",
              f"{'DONT TVA 2,10%':<28}{eur(pct(total, 0.021 / 1.021), 'plain'):>12}",
              "=" * 40, f"{'TOTAL TTC':<24}{eur(total):>16}", f"{'PART RO':<24}{eur(amo):>16}",
              f"{'PART RC':<24}{eur(amc):>16}", f"{'A PAYER ASSURE':<24}{eur(pt):>16}", "=" * 40,
              "TIERS PAYANT RO + RC", "MERCI DE VOTRE VISITE".center(40)]
        for i, s in enumerate(L):
            p.t(x0, 18 + i * 5.2, s, "MB" if s.startswith(("TOTAL", "FACTURE")) else "M", 8.4)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("pharmacie-ticket", [p1], [("invoice", f)], fax_name=ph[:24], extra=True, photo=True)


def l08_ehpad(g: Gen) -> Layout:
    """EHPAD monthly invoice, letter style with recipient window top-right (the resident's son), period
    'du 1er au 30 ...', FINESS, hébergement + dépendance + forfait soins lines, APA deduction, thousands with
    NBSP, a previous balance line (distractor), 'Montant à régler' as patient share."""
    r = g.rng
    res = g.person(year=(1928, 1942))
    son = {"last": res["last"], "first": r.choice(FIRST_M)}
    street, city, dept = g.addr()
    finess = make_finess(r, dept if dept.isdigit() else "20")
    m = r.randint(6, 9)
    start = dt.date(2025, m, 1)
    end = dt.date(2025, m + 1, 1) - dt.timedelta(days=1)
    ndays = end.day
    issued = end + dt.timedelta(days=r.randint(2, 6))
    number = f"{r.randint(2025, 2025)}{m:02d}-{r.randint(1000, 9999)}"
    heb, dep, soins = 6842, 612, 1380
    l_heb, l_dep, l_soins = heb * ndays, dep * ndays, soins * ndays
    apa = -pct(l_dep, 0.75)
    total = l_heb + l_dep + l_soins + apa
    amo = l_soins
    amc = r.choice([3000, 4500, 6000])
    pt = total - amo - amc
    amcn = g.amc_number()
    name = f"EHPAD {r.choice(['Les Glycines', 'Le Clos Fleuri', 'Résidence Saint-Joseph', 'Les Jardins du Lac'])}"
    tel, ib = phone(r), iban(r)
    prev = 0

    def p1(p: Page):
        p.t(15, 18, name, "RB", 14)
        p.t(15, 24, "Établissement d'hébergement pour personnes âgées dépendantes", "RI", 8.5)
        p.t(15, 29, f"{street} · {city}", "S", 8.5)
        p.t(15, 34, f"Standard {tel} · Comptabilité résidents {phone(r)}", "S", 8.5)
        p.t(15, 39, f"N° FINESS : {finess}", "SB", 8.5)
        p.rect(115, 48, 80, 28, width=0.3, gray=0.5)
        p.t(119, 55, f"M. {son['first']} {son['last']}", "S", 10)
        p.t(119, 61, f"{r.randint(1, 99)} {r.choice(STREETS)}", "S", 9.5)
        p.t(119, 67, " ".join(r.choice(CITIES)[:2]), "S", 9.5)
        p.t(15, 88, f"{city_of(city)}, le {fd(issued, 'long')}", "S", 9.5)
        p.t(15, 100, f"FACTURE DE SÉJOUR N° {number}", "SB", 12)
        p.t(15, 107, f"Période : du {fd(start, 'long')} au {fd(end, 'long')}", "S", 10)
        p.t(15, 117, "Résident(e) :", "S", 9, gray=0.3)
        p.t(45, 117, f"{res['civ']} {res['last']} {res['first']}, née le {fd(res['birth'])}" if res['sex'] == 2 else
            f"{res['civ']} {res['last']} {res['first']}, né le {fd(res['birth'])}", "SB", 9.5)
        p.t(15, 123, "N° de sécurité sociale :", "S", 9, gray=0.3)
        p.t(58, 123, nir_spaced(res["nir"]), "S", 9.5)
        p.t(15, 129, f"Chambre {r.randint(101, 240)} · GIR 2 · Complémentaire {r.choice(MUTUELLES)}, contrat {amcn}", "S", 9)
        rows = [["Tarif hébergement (chambre individuelle)", str(ndays), eur(heb, sep=NBSP), eur(l_heb, sep=NBSP)],
                ["Tarif dépendance GIR 1-2", str(ndays), eur(dep, sep=NBSP), eur(l_dep, sep=NBSP)],
                ["Forfait soins (dotation Assurance Maladie)", str(ndays), eur(soins, sep=NBSP),
                 eur(l_soins, sep=NBSP)],
                ["Déduction APA versée par le Département", "", "", "− " + eur(-apa, sep=NBSP)]]
        y = p.table(15, 136, [95, 18, 30, 37], ["Désignation", "Jours", "Prix journée", "Montant"], rows, "lrrr",
                    "S", "SB", 8.8, 7.5, 0.9, vlines=False)
        yy = y + 9
        for i, (lab, v, b) in enumerate([("Total du séjour", total, True),
                                         ("dont pris en charge par l'Assurance Maladie (forfait soins)", amo, False),
                                         ("dont participation de la complémentaire", amc, False),
                                         ("Montant à régler par le résident", pt, True)]):
            p.t(150, yy + i * 7, lab, "SB" if b else "S", 9, "r")
            p.t(193, yy + i * 7, eur(v, sep=NBSP), "SB" if b else "S", 10, "r")
        p.t(15, yy + 36, f"Solde antérieur : {eur(prev, sep=NBSP)} — Prélèvement le 10 du mois suivant sur IBAN {ib}",
            "S", 8)
        p.t(15, yy + 42, "Tarifs fixés par arrêté du Président du Conseil départemental.", "SI", 8)

    f = F(finess=finess, nir=res["nir"], patient_name=res["norm"], patient_birth_date=res["birth"],
          invoice_number=number, invoice_date=issued, care_date=start, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("ehpad-sejour-mensuel", [p1], [("invoice", f)], fax_name=name[:24])


LAYOUTS = [l01_infirmier, l02_kine, l03_dentiste, l04_centre_sante, l05_labo, l06_transport, l07_pharmacie_ticket,
           l08_ehpad]


def check(lay: Layout) -> None:
    """Identifiers valid and amounts consistent, or fail loudly."""
    for kind, f in lay.docs:
        if "rpps" in f:
            assert len(f["rpps"]) == 11 and luhn.is_valid(f["rpps"]), f["rpps"]
        for k in ("adeli", "finess"):
            if k in f:
                assert len(f[k]) == 9 and luhn.is_valid(f[k]), (k, f[k])
        # the taxi layout shows no invoicer RPPS/ADELI/FINESS at all: its truth has none
        assert sum(k in f for k in ("rpps", "adeli", "finess")) == (0 if lay.id == "taxi-conventionne" else 1)
        assert stdnir.is_valid(f["nir"]), f["nir"]
        assert f["nir"][0] in "12" and 1 <= int(f["nir"][3:5]) <= 12
        c = {k: int(f[k].replace(".", "")) for k in ("total_amount", "amo_amount", "amc_amount", "patient_amount")}
        assert c["total_amount"] == c["amo_amount"] + c["amc_amount"] + c["patient_amount"], (lay.id, c)
        assert all(v >= 0 for v in c.values())
        if "amc_number" in f:
            assert f["amc_number"].isdigit(), f["amc_number"]
        assert f["patient_name"].split(" ", 1)[0].replace("-", "").replace(" ", "").isupper()
        if kind == "invoice":
            assert "care_date" in f and f["care_date"] <= f["invoice_date"], lay.id
            assert f["patient_birth_date"] < f["care_date"]
        else:
            assert "care_date" not in f


# Renderings (text_pdf, render, scan_pdf, fax_tiff, photo_jpg): set 4's, from the import above.


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="bench/heldout/documents5")
    ap.add_argument("--seed", type=int, default=51)
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    g = Gen(args.seed)
    rng = random.Random(args.seed * 7 + 1)
    for n, make in enumerate(LAYOUTS, 1):
        lay = make(g)
        check(lay)
        stem = f"h5-{n:02d}-{lay.id}"
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
