"""cd /work/main/bench/heldout && /work/main/.venv/bin/python documents11_gen.py --out documents11 --seed 111

Eleventh blind held-out layout set: ten French tiers-payant documents of everyday practice, each rendered five ways.

Written blind (without reading parsers/, classifiers/, intake/, workers/, tests/, samples/, bench/*.py other than
the set 4 and 6 generators, or any rendered held-out set), in professions and designs not used by set 10. Like
set 10 it is REALISTIC: seven ordinary documents as practice software or establishments print them, and three
harder ones that a clerk still reads without hesitating.
  1. centre hospitalier 'AVIS DES SOMMES À PAYER' for a full medical stay (FINESS géographique in the header,
     FINESS juridique in the footer): frais de séjour (80 % AMO / 20 % ticket modérateur), forfait journalier
     (nights + 1 days) and chambre particulière partly left to the patient, entrée/sortie dates (care date =
     entrée), addressee block for the mutuelle, IPP/séjour/titre/bordereau numbers, payment slip, U+202F amounts;
  2. entreprise de transport sanitaire (ambulance, FINESS) invoice: drawn star-of-life logo, aller + retour
     lines with times and kilometres, 65 % AMO, '105,37 EUR' amounts, '12.03.2025' dates, ARS agrément number,
     vehicle registration, the prescriber's RPPS and the DESTINATION hospital's FINESS as distractors;
  3. sage-femme (RPPS) note d'honoraires for eight perineal re-education sessions (70 % / 30 %): drawn initials
     logo, shaded title band, session table with '15.09.25' dates, delivery date, prescription date and a
     follow-up appointment date as distractors, '€ 168,00' amounts, DejaVu Serif;
  4. chirurgien-dentiste DEMANDE DE PRISE EN CHARGE (kind 'pec', no care date) for prosthesis: request number
     and date, the devis number and devis date, a planned treatment date, N° adhérent beside the N° AMC,
     tooth-level CCAM lines with panier, '1 420,00 €' NBSP thousands, DejaVu Serif Condensed;
  5. centre municipal de santé (FINESS) cardiology visit (APC + ECG): drawn city crest, the salaried
     cardiologist's RPPS as distractor, appointment box with weekday + time, next appointment date, dot4 issue date;
  6. ophtalmologiste secteur 2 OPTAM (RPPS) note d'honoraires in Times: double-rule letterhead, CS + OCT lines with
     'Base' and 'Dépassement' columns, dépassement partly left to the patient, abbreviated-month dates
     ('12 mars 2025'), next appointment date;
  7. orthophoniste (RPPS) relevé d'honoraires for an adult: bilan + seven sessions in a zebra table, AMO 60 %,
     period line, neurologist prescriber's RPPS, N° AM, 'N° adhérent' next to the N° AMC, U+202F amounts;
  8. HARDER - orthoptiste fax batch: page 1 a fax cover sheet, pages 2 and 3 two invoices for two different
     patients (two documents in the JSON; the second patient is a child, the NIR printed is the insured
     parent's), Helvetica;
  9. HARDER - chirurgien orthopédiste secteur 2: page 1 a cover letter from the secretariat (RPPS and patient in
     the subject, the AMC amount repeated, an accord de prise en charge number and the letter's own later
     date), page 2 the note d'honoraires for a knee arthroscopy with a large dépassement ('1 250,00 €'), 24 EUR
     participation forfaitaire on a CCAM act above 120 EUR, the clinic's FINESS as distractor;
 10. HARDER - pédicure-podologue, LANDSCAPE page, child's orthopaedic insoles: the practitioner prints BOTH his
     ADELI and his RPPS (both are the invoicer's: both in the JSON), insured parent's NIR, non-reimbursed bilan,
     '€ 145,00' amounts, '15.09.25' dates, two panels side by side.

Rendering, identifier and JSON helpers come from documents4_gen.py (imported); text_pdf6 and the photo renderer
from documents6_gen.py. Every identifier is checksum-valid (distractors too); amounts add up (check()). All random
values are drawn before drawing, so the page callables are pure.

Renderings, for every layout: <id>.text.pdf (real text layer), <id>.scan.pdf (image-only), <id>.photo.jpg (phone
photo), <id>.fax-fine.tif (G4, 204x196), <id>.fax-normal.tif (G3, 204x98). File ids are neutral: w101..w110 (the
order of the files is not the order above; see FILE_IDS). Each file gets <file>.json ground truth (same format as
sets 4-10).

Ground-truth conventions (as sets 5-10 and DOMAIN.md): care_date = first day of care for a series or a stay; a
prise-en-charge request (kind 'pec') has its request number as invoice_number, its request date as invoice_date
and no care_date; for a child beneficiary nir = the insured parent's number printed on the page, patient_name and
patient_birth_date = the child's; rpps/adeli/finess = the invoicer only; amc_number = the complementary insurer's
number, never the adherent/member number; patient_name = 'LASTNAME Firstname' with accents as printed; a field
not printed is omitted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path

from reportlab.lib.units import mm
from stdnum import luhn
from stdnum.fr import nir as stdnir
from stdnum.fr import siret as stdsiret

# Rendering, identifier and ground-truth helpers: set 4's generator, set 6's text PDF and photo (run from this folder).
from documents4_gen import *  # noqa: F403
from documents4_gen import (FONT_DIR, Gen, Layout, Page, F, eur, fd, amt, pct, digits, day, phone, iban,  # noqa: F401
                            make_rpps, make_adeli, make_finess, make_siret, make_nir, nir_spaced, siret_spaced,
                            scan_pdf, fax_tiff, MUTUELLES, LAST, FIRST_F, FIRST_M, STREETS, CITIES, NBSP, NNBSP,
                            MONTHS)
from documents6_gen import text_pdf6, photo6, city_of, dnum  # also registers RC/RCB/RCI/SL/CI/SBI

MONTHS_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
HOLIDAYS = {dt.date(2025, m, d) for m, d in [(1, 1), (4, 21), (5, 1), (5, 8), (5, 29), (6, 9), (7, 14), (8, 15),
                                             (11, 1), (11, 11), (12, 25)]}

# file ids, in layout order (deliberately shuffled)
FILE_IDS = ["w107", "w103", "w110", "w101", "w106", "w109", "w104", "w102", "w108", "w105"]


def fabbr(d: dt.date) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year}"


def workday(d: dt.date) -> dt.date:
    while d.weekday() > 4 or d in HOLIDAYS:
        d += dt.timedelta(days=1)
    return d


def other(r: random.Random, *exclude: str) -> str:
    """A last name different from the given ones (practitioners and prescribers never share the patient's name)."""
    return r.choice([x for x in LAST if x not in exclude])


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def circle(p: Page, x: float, y: float, rad: float, fill: float | None = None, width: float = 0.8,
           stroke: bool = True, gray: float = 0):
    c = p.c
    c.setLineWidth(width)
    c.setStrokeGray(gray)
    if fill is not None:
        c.setFillGray(fill)
    c.circle(x * mm, p.h - y * mm, rad * mm, stroke=int(stroke), fill=int(fill is not None))
    c.setFillGray(0)
    c.setStrokeGray(0)


def star_of_life(p: Page, x: float, y: float, size: float, fill: float = 0.25):
    """Six-armed star (three rotated bars) with a white staff, as painted on ambulances."""
    c = p.c
    c.saveState()
    c.translate(x * mm, p.h - y * mm)
    c.setFillGray(fill)
    for a in (0, 60, 120):
        c.saveState()
        c.rotate(a)
        c.rect(-size * 0.17 * mm, -size / 2 * mm, size * 0.34 * mm, size * mm, stroke=0, fill=1)
        c.restoreState()
    c.setStrokeGray(1)
    c.setLineWidth(1.3)
    c.line(0, -size * 0.33 * mm, 0, size * 0.33 * mm)
    c.restoreState()


def crest(p: Page, x: float, y: float, w: float, h: float):
    """A simple city crest: shield outline, chief band and three dots."""
    c = p.c
    X, Y = x * mm, p.h - y * mm
    path = c.beginPath()
    path.moveTo(X, Y)
    path.lineTo(X + w * mm, Y)
    path.lineTo(X + w * mm, Y - h * 0.6 * mm)
    path.curveTo(X + w * mm, Y - h * 0.85 * mm, X + w * 0.6 * mm, Y - h * mm, X + w / 2 * mm, Y - h * mm)
    path.curveTo(X + w * 0.4 * mm, Y - h * mm, X, Y - h * 0.85 * mm, X, Y - h * 0.6 * mm)
    path.close()
    c.setFillGray(0.82)
    c.setLineWidth(1)
    c.drawPath(path, stroke=1, fill=1)
    c.setFillGray(0.3)
    c.rect(X, Y - h * 0.25 * mm, w * mm, h * 0.25 * mm, stroke=0, fill=1)
    c.setFillGray(1)
    for i in range(3):
        c.circle(X + w * (0.25 + 0.25 * i) * mm, Y - h * 0.125 * mm, h * 0.06 * mm, stroke=0, fill=1)
    c.setFillGray(0.3)
    c.circle(X + w / 2 * mm, Y - h * 0.55 * mm, h * 0.14 * mm, stroke=0, fill=1)
    c.setFillGray(0)


# ------------------------------------------------------------------------------------------- layouts
def l01_hopital_sejour(g: Gen) -> Layout:
    """Public hospital 'avis des sommes à payer' for a full medical stay."""
    r = g.rng
    pat = g.person(year=(1936, 1962))
    street, city, dept = g.addr()
    d2 = dnum(dept)
    fin_geo, fin_jur = make_finess(r, d2), make_finess(r, d2)
    siret = make_siret(r)
    tel, tel2 = phone(r), phone(r)
    entree = day(r, (2, 9))
    nights = r.randint(3, 6)
    sortie = plus(entree, nights)
    issued = plus(sortie, r.randint(12, 30))
    number = f"{entree.year}{r.randint(100000, 999999)}"
    titre, bordereau = str(r.randint(1000, 9999)), str(r.randint(100, 900))
    sejour, ipp = digits(r, 9), digits(r, 8)
    tjp = r.choice([98400, 112560, 125400])
    sej_total = nights * tjp
    sej_amo = pct(sej_total, 0.80)
    sej_amc = sej_total - sej_amo
    fj_days = nights + 1
    cp_unit, cp_amc_unit = 6500, 5000
    lines = [("Frais de séjour — Médecine polyvalente", nights, tjp, sej_total, sej_amo, sej_amc),
             ("Forfait journalier hospitalier", fj_days, 2000, fj_days * 2000, 0, fj_days * 2000),
             ("Chambre particulière (à la demande)", nights, cp_unit, nights * cp_unit, 0, nights * cp_amc_unit)]
    total = sum(x[3] for x in lines)
    amo = sum(x[4] for x in lines)
    amc = sum(x[5] for x in lines)
    pt = total - amo - amc
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    mut_street = f"{r.randint(1, 80)} {r.choice(STREETS)}"
    mut_cp, mut_city, _ = r.choice(CITIES)
    hosp = f"CENTRE HOSPITALIER DE {city.split(' ', 1)[1]}"
    service = r.choice(["Médecine interne", "Médecine polyvalente", "Gériatrie aiguë", "Pneumologie"])

    def p1(p: Page):
        p.rect(15, 12, 16, 16, fill=0.25, stroke=False)
        p.t(23, 24.5, "H", "SB", 17, "c", gray=1)
        p.t(35, 17, hosp, "SB", 12)
        p.t(35, 22, "Direction des finances — Bureau des frais de séjour", "S", 8)
        p.t(35, 26.5, f"{street} — {city}", "S", 8)
        p.t(35, 31, f"Tél. {tel} (lundi-vendredi, 8 h 30-16 h 30) — Fax {tel2}", "S", 8)
        p.t(195, 17, "N° FINESS établissement", "S", 7, "r", gray=0.35)
        p.t(195, 22, fin_geo, "SB", 10, "r")
        p.rect(15, 38, 180, 9, fill=0.88, stroke=False)
        p.t(20, 44.2, "AVIS DES SOMMES À PAYER", "SB", 12)
        p.t(190, 44.2, "Hospitalisation complète", "S", 9, "r")
        labels = [("N° de facture", number), ("Date d'émission", fd(issued)), ("Exercice", str(issued.year)),
                  ("Titre / Bordereau", f"{titre} / {bordereau}")]
        for i, (lab, v) in enumerate(labels):
            p.t(15, 54 + i * 5.5, lab, "C", 8.5, gray=0.3)
            p.t(50, 54 + i * 5.5, v, "CB" if i < 2 else "C", 9)
        p.t(115, 54, "Débiteur", "C", 7.5, gray=0.4)
        p.t(115, 59.5, mut.upper(), "CB", 9.5)
        p.t(115, 64.5, "Service tiers payant hospitalier", "C", 9)
        p.t(115, 69.5, mut_street, "C", 9)
        p.t(115, 74.5, f"{mut_cp} {mut_city}", "C", 9)
        p.t(115, 79.5, f"N° AMC : {amcn}", "CB", 9)
        p.line(15, 86, 195, 86, 0.4, 0.4)
        p.t(15, 92, "Hospitalisé(e)", "SB", 9)
        p.t(15, 97.5, f"{pat['civ']} {pat['last']} {pat['first']}", "S", 10)
        p.t(15, 103, f"Né(e) le {fd(pat['birth'])}", "S", 9)
        p.t(15, 108.5, f"N° de sécurité sociale : {nir_spaced(pat['nir'])}", "S", 9)
        p.t(115, 92, "Séjour", "SB", 9)
        p.t(115, 97.5, f"N° {sejour} — IPP {ipp}", "S", 9)
        p.t(115, 103, f"Service : {service}", "S", 9)
        p.t(115, 108.5, f"Entrée le {fd(entree)} — sortie le {fd(sortie)}", "S", 9)
        per = f"{entree.day:02d}/{entree.month:02d} au {fd(sortie)}"
        rows = [[x[0], per, str(x[1]), eur(x[2], "plain", NNBSP), eur(x[3], "plain", NNBSP),
                 eur(x[4], "plain", NNBSP), eur(x[5], "plain", NNBSP)] for x in lines]
        y = p.table(15, 116, [52, 31, 9, 20, 22, 22, 22],
                    ["Prestation", "Période", "Qté", "P.U. €", "Montant €", "Part AMO €", "Part AMC €"], rows,
                    "llcrrrr", "C", "CB", 7.8, 6.8, 0.88)
        p.t(15, y + 6, "Ticket modérateur de 20 % sur les frais de séjour et forfait journalier "
            f"({fj_days} jours, jour de sortie compris) pris en charge par l'organisme complémentaire.", "C", 7.2,
            gray=0.25)
        yy = y + 15
        p.rect(100, yy - 5, 95, 29, width=0.5)
        for i, (lab, v) in enumerate([("Montant total des frais", total), ("Part Assurance Maladie", amo),
                                      ("Part organisme complémentaire", amc),
                                      ("Reste dû par l'hospitalisé(e)", pt)]):
            bold = i in (0, 3)
            p.t(103, yy + 1 + i * 6.3, lab, "SB" if bold else "S", 9)
            p.t(192, yy + 1 + i * 6.3, eur(v, sep=NNBSP), "SB" if bold else "S", 9, "r")
        p.t(15, yy + 2, "Le reste dû concerne la", "S", 8)
        p.t(15, yy + 6.5, "chambre particulière non couverte", "S", 8)
        p.t(15, yy + 11, "par votre contrat.", "S", 8)
        yt = 236
        p.line(15, yt, 195, yt, 0.5, dash=(3, 2))
        p.t(15, yt + 5, "Talon à joindre à votre règlement — ne pas agrafer", "S", 7.5, gray=0.3)
        p.t(15, yt + 11, f"Facture n° {number}", "S", 9)
        p.t(15, yt + 16.5, f"Redevable : {pat['last']} {pat['first']}", "S", 9)
        p.t(120, yt + 11, f"Somme à payer : {eur(pt, sep=NNBSP)}", "SB", 9)
        p.t(120, yt + 16.5, "Paiement en ligne : www.payfip.gouv.fr", "S", 8.5)
        p.line(15, 272, 195, 272, 0.3)
        p.t(105, 277, f"Entité juridique : {hosp} — N° FINESS EJ {fin_jur} — SIRET {siret_spaced(siret)}", "S", 6.8,
            "c", gray=0.3)
        p.t(105, 281, "Établissement public de santé — comptable public : Trésorerie hospitalière.", "S", 6.8, "c",
            gray=0.3)

    f = F(finess=fin_geo, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=entree, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    lay = Layout("hopital avis des sommes sejour", [p1], [("invoice", f)], fax_name="CH FRAIS DE SEJOUR")
    lay.distractor_ids = {"finess": [fin_jur], "siret": [siret]}
    return lay


def l02_ambulance(g: Gen) -> Layout:
    """Ambulance company invoice: aller + retour, 65 % AMO, EUR amounts, dot4 dates."""
    r = g.rng
    pat = g.person(year=(1932, 1958))
    street, city, dept = g.addr()
    d2 = dnum(dept)
    fin = make_finess(r, d2)
    fin_dest = make_finess(r, d2)
    presc = make_rpps(r)
    siret = make_siret(r)
    tel = phone(r)
    agrement = f"{d2}-{r.randint(10, 99)}-{r.randint(100, 999)}"
    immat = f"{r.choice('BCDEFGH')}{r.choice('ABCDEFGHJKLM')}-{r.randint(100, 999)}-{r.choice('KLMNPRST')}" \
            f"{r.choice('ABCDEFGHJ')}"
    care = workday(day(r, (2, 10)))
    presc_date = plus(care, -r.randint(3, 15))
    issued = plus(care, r.randint(2, 7))
    number = f"T{issued.strftime('%y%m')}-{r.randint(1000, 9999)}"
    km = r.randint(9, 28)
    forfait, km_rate = 6307, 235
    trip = forfait + km * km_rate
    total = 2 * trip
    amo = pct(total, 0.65)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    h1 = r.randint(7, 9)
    m1 = r.choice([0, 10, 20, 30, 40])
    dur = r.randint(20, 40)
    h3 = r.randint(11, 15)
    times = [(f"{h1:02d}h{m1:02d}", f"{h1 + (m1 + dur) // 60:02d}h{(m1 + dur) % 60:02d}"),
             (f"{h3:02d}h{m1:02d}", f"{h3 + (m1 + dur) // 60:02d}h{(m1 + dur) % 60:02d}")]
    company = f"AMBULANCES {r.choice(['DU LITTORAL', 'SAINT-CHRISTOPHE', 'DES TROIS VALLÉES', 'CENTRE ASSISTANCE'])}"
    dest = f"CHU de {city_of(city)}"
    presc_name = f"Dr {r.choice(FIRST_M)} {other(r, pat['last'])}"

    def p1(p: Page):
        p.rect(15, 12, 180, 27, width=0.8, radius=2)
        star_of_life(p, 28, 25.5, 17)
        p.t(40, 20, company, "SB", 13)
        p.t(40, 25.5, "Transports sanitaires — Ambulance — VSL — 24 h/24", "S", 8.5)
        p.t(40, 30, f"{street}, {city}", "S", 8.5)
        p.t(40, 34.5, f"Tél. {tel}", "S", 8.5)
        p.t(190, 20, f"N° FINESS : {fin}", "S", 8.5, "r")
        p.t(190, 25.5, f"Agrément ARS n° {agrement}", "S", 8.5, "r")
        p.t(190, 30, f"SIRET {siret}", "S", 8, "r")
        p.t(15, 48, "FACTURE DE TRANSPORT SANITAIRE", "SB", 13)
        p.t(15, 55, f"Facture n° {number}", "SB", 10)
        p.t(15, 60.5, f"Date de facturation : {fd(issued, 'dot4')}", "S", 9.5)
        p.rect(115, 42, 80, 36, fill=0.95, width=0.4)
        p.t(118, 48, "PATIENT TRANSPORTÉ", "SB", 8, gray=0.35)
        p.t(118, 54, f"{pat['civ']} {pat['last']} {pat['first']}", "SB", 10)
        p.t(118, 59.5, f"Né(e) le {fd(pat['birth'], 'dot4')}", "S", 9)
        p.t(118, 65, f"N° SS : {nir_spaced(pat['nir'])}", "S", 9)
        p.t(118, 70.5, f"Mutuelle : {mut}", "S", 8.5)
        p.t(118, 75.5, f"N° AMC : {amcn}", "S", 8.5)
        p.t(15, 70, f"Date du transport : {fd(care, 'dot4')}", "SB", 10)
        p.t(15, 76, "Transport allongé — ambulance", "S", 9)
        p.t(15, 86, f"Prescription médicale de transport du {fd(presc_date, 'dot4')}", "S", 9)
        p.t(15, 91.5, f"Prescripteur : {presc_name} — RPPS {presc}", "S", 9)
        p.t(15, 97, f"Destination : {dest} — consultation programmée (FINESS {fin_dest})", "S", 9)
        p.t(15, 102.5, f"Véhicule : {immat} — équipage DEA + auxiliaire ambulancier", "S", 9)
        rows = [["Aller", "Domicile → " + dest, times[0][0], times[0][1], str(km), eur(forfait, "EURn"),
                 eur(km * km_rate, "EURn"), eur(trip, "EURn")],
                ["Retour", dest + " → domicile", times[1][0], times[1][1], str(km), eur(forfait, "EURn"),
                 eur(km * km_rate, "EURn"), eur(trip, "EURn")]]
        y = p.table(15, 110, [14, 52, 15, 15, 12, 24, 24, 24],
                    ["Trajet", "Itinéraire", "Départ", "Arrivée", "Km", "Forfait", "Km facturés", "Montant"],
                    rows, "llcccrrr", "C", "CB", 8, 7, 0.85)
        p.t(15, y + 5.5, f"Tarif : forfait départemental + {eur(km_rate, 'EURn')} par kilomètre en charge.", "C", 7.5,
            gray=0.3)
        yy = y + 16
        for i, (lab, v) in enumerate([("Montant total", total), ("Part Assurance Maladie (65 %)", amo),
                                      ("Part complémentaire (35 %)", amc), ("Reste à charge du patient", pt)]):
            p.leader(95, yy + i * 7, 195, lab, eur(v, "EURn"), "SB" if i == 0 else "S", "SB", 9.5)
        p.t(15, yy + 38, "Dispense d'avance des frais (tiers payant AMO et AMC).", "S", 8.5)
        p.t(15, yy + 43.5, "Franchise médicale de 4,00 EUR par trajet, recouvrée ultérieurement par votre caisse.", "S",
            8.5)
        p.t(140, yy + 60, "Signature de l'équipage", "SI", 8.5)
        p.line(15, 276, 195, 276, 0.3)
        p.t(105, 281, f"{company} — SARL au capital de 8 000 € — Entreprise agréée par l'ARS — "
            f"RCS {city_of(city)}", "S", 6.8, "c", gray=0.3)

    f = F(finess=fin, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    lay = Layout("ambulance aller retour", [p1], [("invoice", f)], fax_name=company[:24])
    lay.distractor_ids = {"finess": [fin_dest], "rpps": [presc], "siret": [siret]}
    return lay


def l03_sagefemme(g: Gen) -> Layout:
    """Sage-femme, eight perineal re-education sessions, shaded title band, '€ 21,00' amounts."""
    r = g.rng
    pat = g.person(sex=2, year=(1986, 1998))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    presc = make_rpps(r)
    siret = make_siret(r)
    tel = phone(r, ".")
    first = workday(day(r, (3, 8)))
    sessions = [first]
    for _ in range(7):
        sessions.append(workday(plus(sessions[-1], 7 + r.randint(-1, 1))))
    issued = plus(sessions[-1], r.randint(0, 3))
    birth_baby = plus(first, -r.randint(50, 80))
    presc_date = plus(first, -r.randint(8, 20))
    follow = plus(issued, r.randint(21, 40))
    number = f"{issued.year}-{r.randint(100, 999)}"
    unit = 2100
    total = unit * len(sessions)
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    nom = (r.choice(FIRST_F), other(r, pat['last']))
    presc_name = f"Dr {r.choice(FIRST_F)} {other(r, pat['last'], nom[1])}"

    def p1(p: Page):
        circle(p, 27, 25, 10, fill=0.9, width=1.0, gray=0.3)
        p.t(27, 28, f"{nom[0][0]}{nom[1][0]}", "RB", 15, "c", gray=0.25)
        p.t(42, 20, f"{nom[0]} {nom[1]}", "RB", 14)
        p.t(42, 26, "Sage-femme diplômée d'État", "RI", 9.5)
        p.t(42, 31, "Rééducation périnéale et abdominale — suivi gynécologique", "R", 8.5)
        p.t(42, 36, f"RPPS {rpps}", "R", 8.5)
        p.t(195, 20, street, "R", 8.5, "r")
        p.t(195, 25, city, "R", 8.5, "r")
        p.t(195, 30, f"Tél. {tel}", "R", 8.5, "r")
        p.t(195, 35, "Sur rendez-vous", "RI", 8, "r", gray=0.4)
        p.rect(15, 44, 180, 10, fill=0.86, stroke=False)
        p.t(19, 50.8, f"NOTE D'HONORAIRES N° {number}", "RB", 11)
        p.t(191, 50.8, f"{city_of(city)}, le {fd(issued, 'long')}", "R", 9.5, "r")
        p.t(15, 64, "Patiente", "RB", 9.5)
        p.t(56, 64, f"{pat['last']} {pat['first']}", "RB", 10)
        p.t(15, 70, "Date de naissance", "R", 9)
        p.t(56, 70, fd(pat["birth"]), "R", 9)
        p.t(15, 76, "N° d'immatriculation", "R", 9)
        p.t(56, 76, nir_spaced(pat["nir"]), "R", 9)
        p.t(115, 64, "Complémentaire", "RB", 9.5)
        p.t(115, 70, mut, "R", 9)
        p.t(115, 76, f"N° AMC {amcn}", "R", 9)
        p.t(15, 86, f"Rééducation du post-partum (accouchement du {fd(birth_baby)}), prescrite par {presc_name},",
            "RI", 8.5)
        p.t(15, 90.5, f"gynécologue-obstétricienne (RPPS {presc}), ordonnance du {fd(presc_date)} : 8 séances.", "RI",
            8.5)
        rows = [[str(i + 1), fd(s, "dot2"), "Rééducation périnéale (séance individuelle)", "SF 7,5", eur(unit, "pre")]
                for i, s in enumerate(sessions)]
        y = p.table(15, 97, [12, 24, 92, 24, 28], ["N°", "Date", "Acte", "Cotation", "Honoraires"], rows, "cclcr",
                    "R", "RB", 9, 6.6, 0.9, vlines=False)
        yy = y + 10
        for i, (lab, v) in enumerate([("Total des honoraires", total), ("Part Assurance Maladie (70 %)", amo),
                                      ("Part complémentaire (30 %)", amc), ("Reste à payer", pt)]):
            p.leader(100, yy + i * 6.5, 195, lab, eur(v, "pre"), "RB" if i == 0 else "R", "RB", 9.5)
        p.t(15, yy + 34, "Tiers payant intégral : aucune somme n'a été réglée par la patiente.", "RI", 8.5)
        p.t(15, yy + 40, f"Bilan de fin de rééducation prévu le {fd(follow)}.", "RI", 8.5)
        p.line(15, 278, 195, 278, 0.3, 0.5)
        p.t(105, 283, f"{nom[0]} {nom[1]} — sage-femme conventionnée — SIRET {siret_spaced(siret)} — "
            "TVA non applicable, art. 261-4-1° du CGI", "R", 6.8, "c", gray=0.35)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=first, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    lay = Layout("sage-femme reeducation perineale", [p1], [("invoice", f)], fax_name=f"SF {nom[1]}")
    lay.distractor_ids = {"rpps": [presc], "siret": [siret]}
    return lay


def l04_dentaire_pec(g: Gen) -> Layout:
    """Dentist's demande de prise en charge for prosthesis: request number/date, devis number/date."""
    r = g.rng
    pat = g.person(year=(1950, 1985))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    am = f"{dnum(dept)}4{digits(r, 5)}"
    tel = phone(r)
    devis_d = day(r, (2, 9))
    req_d = plus(devis_d, r.randint(2, 9))
    planned = plus(req_d, r.randint(15, 30))
    req = f"DPC{req_d.strftime('%y')}{r.randint(10000, 99999)}"
    devis = f"D{devis_d.strftime('%y%m')}-{r.randint(100, 999)}"
    adherent = digits(r, 10)
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    lines = [("46", "HBLD490", "Couronne céramique monolithique zircone", "RAC maîtrisé", 55000, 12000),
             ("24", "HBLD036", "Couronne dentoportée céramométallique", "Tarif libre", 62000, 12000),
             ("24", "HBLD245", "Inlay-core (ancrage radiculaire)", "Tarif libre", 25000, 9000)]
    total = sum(x[4] for x in lines)
    base = sum(x[5] for x in lines)
    amo = pct(base, 0.60)
    amc = 95000
    pt = total - amo - amc
    nom = (r.choice(FIRST_M), other(r, pat['last']))

    def sect(p: Page, y: float, title: str):
        p.rect(15, y, 180, 6, fill=0.86, width=0.4)
        p.t(17, y + 4.3, title, "RCB", 8.5)

    def p1(p: Page):
        p.t(15, 18, f"Docteur {nom[0]} {nom[1]}", "RCB", 13)
        p.t(15, 23.5, "Chirurgien-dentiste — Omnipratique et prothèse", "RCI", 9)
        p.t(15, 28.5, f"{street} — {city}", "RC", 8.5)
        p.t(15, 33, f"Tél. {tel}", "RC", 8.5)
        p.rect(118, 12, 77, 24, width=0.8)
        p.t(156.5, 18.5, "DEMANDE DE PRISE EN CHARGE", "RCB", 10, "c")
        p.t(156.5, 23, "Prothèse dentaire — tiers payant", "RC", 8.5, "c")
        p.t(121, 28.5, f"N° de demande : {req}", "RCB", 9)
        p.t(121, 33.5, f"Date de la demande : {fd(req_d)}", "RC", 9)
        sect(p, 42, "PRATICIEN")
        p.t(17, 53, f"N° RPPS : {rpps}", "RCB", 9.5)
        p.t(75, 53, f"N° AM : {am}", "RC", 9.5)
        p.t(125, 53, "Conventionné", "RC", 9.5)
        sect(p, 58, "ASSURÉ — BÉNÉFICIAIRE DES SOINS")
        p.t(17, 69, "Nom, prénom :", "RC", 9)
        p.t(50, 69, f"{pat['last']} {pat['first']}", "RCB", 10)
        p.t(125, 69, f"Né(e) le : {fd(pat['birth'])}", "RC", 9)
        p.t(17, 75, "N° de sécurité sociale :", "RC", 9)
        p.t(58, 75, nir_spaced(pat["nir"]), "RC", 9.5)
        sect(p, 80, "ORGANISME COMPLÉMENTAIRE")
        p.t(17, 91, f"Organisme : {mut}", "RC", 9)
        p.t(17, 97, f"N° AMC : {amcn}", "RCB", 9.5)
        p.t(75, 97, f"N° adhérent : {adherent}", "RC", 9)
        sect(p, 102, "TRAITEMENT PROPOSÉ")
        p.t(17, 113, f"Devis n° {devis} remis au patient le {fd(devis_d)} (copie signée jointe).", "RC", 9)
        p.t(17, 118.5, f"Date prévisionnelle de début des soins : {fd(planned)}", "RC", 9)
        rows = [[x[0], x[1], x[2], x[3], eur(x[4], sep=NBSP), eur(x[5], sep=NBSP)] for x in lines]
        y = p.table(15, 123, [12, 20, 72, 24, 26, 26],
                    ["Dent", "CCAM", "Acte prothétique", "Panier", "Honoraires", "Base rbt"], rows, "cclcrr",
                    "RC", "RCB", 8.5, 7, 0.9)
        yy = y + 10
        for i, (lab, v) in enumerate([("Montant total des honoraires", total), ("Base de remboursement", base),
                                      ("Part Assurance Maladie (60 % de la base)", amo),
                                      ("Montant demandé à l'organisme complémentaire", amc),
                                      ("Reste à charge du patient", pt)]):
            b = i in (0, 3)
            p.t(160, yy + i * 6.3, lab, "RCB" if b else "RC", 9.5, "r")
            p.t(195, yy + i * 6.3, eur(v, sep=NBSP), "RCB" if b else "RC", 9.5, "r")
        p.t(15, yy + 38, "Accord à retourner au cabinet avant réalisation des soins (portail ou télécopie).", "RCI",
            8.5)
        p.t(15, yy + 52, "Cachet et signature du praticien", "RC", 8.5)
        p.rect(15, yy + 55, 70, 24, width=0.4)
        p.t(120, yy + 52, "Signature du patient", "RC", 8.5)
        p.rect(120, yy + 55, 75, 24, width=0.4)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=req,
          invoice_date=req_d, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("dentiste demande pec prothese", [p1], [("pec", f)], fax_name=f"DR {nom[1]}")


def l05_centre_sante(g: Gen) -> Layout:
    """Centre municipal de santé (FINESS), cardiology visit: APC + ECG, salaried cardiologist's RPPS."""
    r = g.rng
    pat = g.person(year=(1945, 1980))
    street, city, dept = g.addr()
    fin = make_finess(r, dnum(dept))
    card = make_rpps(r)
    siret = make_siret(r)
    tel = phone(r)
    care = workday(day(r, (2, 10)))
    issued = care
    hour = f"{r.randint(9, 17)}h{r.choice(['00', '15', '30', '45'])}"
    nxt = workday(plus(care, r.randint(120, 200)))
    number = f"CMS-{care.year}-{r.randint(10000, 99999)}"
    acts = [("APC", "Avis ponctuel de consultant", 6000), ("DEQP003", "Électrocardiogramme (ECG) 12 dérivations",
                                                           1426)]
    total = sum(a[2] for a in acts)
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    cms = f"Centre municipal de santé {r.choice(['Louise-Michel', 'Simone-Veil', 'Jean-Jaurès', 'Ambroise-Paré'])}"
    doc = f"Dr {r.choice(FIRST_F)} {other(r, pat['last'])}"
    ville = city_of(city)

    def p1(p: Page):
        crest(p, 15, 12, 16, 20)
        p.t(36, 17, f"VILLE DE {ville.upper()}", "CB", 9, gray=0.35)
        p.t(36, 23, cms, "CB", 13)
        p.t(36, 28.5, f"{street} · {city}", "C", 8.5)
        p.t(36, 33, f"Accueil {tel} · FINESS {fin}", "C", 8.5)
        p.t(195, 18, "FACTURE", "CB", 16, "r")
        p.t(195, 25, f"N° {number}", "C", 9.5, "r")
        p.t(195, 30.5, f"Éditée le {fd(issued, 'dot4')}", "C", 9, "r")
        p.line(15, 39, 195, 39, 1.2, 0.3)
        p.rect(15, 45, 88, 30, width=0.5)
        p.t(18, 51, "PATIENT", "CB", 8, gray=0.4)
        p.t(18, 57, f"{pat['civ']} {pat['last']} {pat['first']}", "CB", 10.5)
        p.t(18, 62.5, f"Né(e) le {fd(pat['birth'], 'dot4')}", "C", 9)
        p.t(18, 68, f"N° SS {nir_spaced(pat['nir'])}", "C", 9)
        p.t(18, 73, f"{mut} — N° AMC {amcn}", "C", 8)
        p.rect(107, 45, 88, 30, fill=0.93, width=0.5)
        p.t(110, 51, "VOTRE RENDEZ-VOUS", "CB", 8, gray=0.4)
        p.t(110, 57, f"{WEEKDAYS[care.weekday()]} {fd(care, 'long')} à {hour}", "CB", 10)
        p.t(110, 62.5, f"Consultation de cardiologie — {doc}", "C", 9)
        p.t(110, 68, f"Médecin salarié du centre — RPPS {card}", "C", 8.5)
        p.t(110, 73, "Salle 2, rez-de-chaussée", "C", 8, gray=0.4)
        rows = [[fd(care, "dot4"), c, lib, eur(v, sep=NBSP)] for c, lib, v in acts]
        y = p.table(15, 84, [26, 24, 95, 35], ["Date", "Code", "Prestation", "Montant"], rows, "lllr", "C", "CB",
                    9, 7.5, 0.85)
        yy = y + 10
        for i, (lab, v) in enumerate([("Total", total), ("Part Assurance Maladie", amo),
                                      ("Part mutuelle", amc), ("À régler par le patient", pt)]):
            p.t(155, yy + i * 6.5, lab, "CB" if i == 0 else "C", 9.5, "r")
            p.t(195, yy + i * 6.5, eur(v, sep=NBSP), "CB" if i == 0 else "C", 9.5, "r")
        p.t(15, yy + 35, "Centre de santé conventionné : tarifs opposables, sans dépassement d'honoraires.", "C", 8.5)
        p.t(15, yy + 40.5, "Tiers payant intégral pratiqué par le centre.", "C", 8.5)
        p.rect(15, yy + 50, 110, 12, width=0.4, gray=0.4)
        p.t(18, yy + 57.5, f"Prochain rendez-vous : {fd(nxt, 'dot4')} (échographie cardiaque)", "CB", 9)
        p.line(15, 276, 195, 276, 0.3)
        p.t(105, 281, f"Centre de santé géré par la Ville de {ville} — SIRET {siret_spaced(siret)} — "
            f"FINESS {fin}", "C", 7, "c", gray=0.3)

    f = F(finess=fin, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    lay = Layout("centre municipal de sante cardio", [p1], [("invoice", f)], fax_name="CMS ACCUEIL")
    lay.distractor_ids = {"rpps": [card], "siret": [siret]}
    return lay


def l06_ophtalmo_optam(g: Gen) -> Layout:
    """Ophtalmologist secteur 2 OPTAM, Times, base + dépassement columns, abbreviated months."""
    r = g.rng
    pat = g.person(year=(1948, 1990))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    am = f"{dnum(dept)}1{digits(r, 5)}"
    tel = phone(r)
    care = workday(day(r, (2, 10)))
    issued = care
    nxt = plus(care, r.randint(170, 200))
    number = f"{care.strftime('%y')}{r.randint(10000, 99999)}"
    acts = [("CS", "Consultation spécialiste", 3000, 2500), ("BZQK001", "Tomographie par cohérence optique (OCT)",
                                                             4546, 0)]
    base = sum(a[2] for a in acts)
    dep = sum(a[3] for a in acts)
    total = base + dep
    amo = pct(base, 0.70)
    amc = (base - amo) + 2000
    pt = total - amo - amc
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    nom = (r.choice(FIRST_M), other(r, pat['last']))

    def p1(p: Page):
        p.t(105, 20, f"Docteur {nom[0]} {nom[1]}", "Times-Bold", 16, "c")
        p.t(105, 26.5, "Ophtalmologiste — Ancien Chef de Clinique à la Faculté", "Times-Italic", 10, "c")
        p.t(105, 32, f"{street} — {city} — Tél. {tel}", "Times-Roman", 9.5, "c")
        p.t(105, 37, f"Secteur 2 — adhérent OPTAM — RPPS {rpps} — N° AM {am}", "Times-Roman", 9, "c")
        p.line(25, 40.5, 185, 40.5, 1.0)
        p.line(25, 41.6, 185, 41.6, 0.4)
        p.t(15, 54, "Note d'honoraires", "Times-Bold", 15)
        p.t(15, 61, f"N° {number}", "Times-Roman", 11)
        p.t(195, 54, f"{city_of(city)}, le {fabbr(issued)}", "Times-Roman", 11, "r")
        p.t(15, 74, "Patient :", "Times-Italic", 10.5)
        p.t(40, 74, f"{pat['civ']} {pat['first']} {pat['last']}", "Times-Bold", 11)
        p.t(40, 80, f"né(e) le {fabbr(pat['birth'])}", "Times-Roman", 10.5)
        p.t(40, 86, f"N° de sécurité sociale : {nir_spaced(pat['nir'])}", "Times-Roman", 10.5)
        p.t(40, 92, f"Complémentaire santé : {mut} (n° {amcn})", "Times-Roman", 10.5)
        p.t(15, 104, f"Actes effectués le {fabbr(care)} :", "Times-Roman", 10.5)
        rows = [[c, lib, eur(b, sep=NBSP), eur(d, sep=NBSP) if d else "—", eur(b + d, sep=NBSP)]
                for c, lib, b, d in acts]
        y = p.table(15, 108, [24, 74, 27, 27, 28], ["Code", "Acte", "Base", "Dépassement", "Honoraires"], rows,
                    "llrrr", "Times-Roman", "Times-Bold", 10, 7.5, 0.9)
        yy = y + 11
        for i, (lab, v) in enumerate([("Total des honoraires", total), ("Remboursement Assurance Maladie", amo),
                                      ("Remboursement complémentaire", amc), ("Reste à votre charge", pt)]):
            p.t(155, yy + i * 7, lab, "Times-Bold" if i in (0, 3) else "Times-Roman", 11, "r")
            p.t(195, yy + i * 7, eur(v, sep=NBSP), "Times-Bold" if i in (0, 3) else "Times-Roman", 11, "r")
        p.t(15, yy + 38, "Dépassement d'honoraires avec tact et mesure (OPTAM), information préalable délivrée.",
            "Times-Italic", 9.5)
        p.t(15, yy + 44, "Tiers payant appliqué sur la part obligatoire et la part complémentaire.", "Times-Italic",
            9.5)
        p.t(15, yy + 50, f"Prochain contrôle conseillé : {fabbr(nxt)}.", "Times-Italic", 9.5)
        p.stamp(160, yy + 75, [f"Dr {nom[0][0]}. {nom[1]}", "Ophtalmologie", city_of(city)], -6, 8.5, 0.3)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("ophtalmologiste optam depassement", [p1], [("invoice", f)], fax_name=f"DR {nom[1]} OPHTALMO")


def l07_orthophoniste(g: Gen) -> Layout:
    """Orthophoniste relevé for an adult: bilan + seven sessions, zebra table, N° adhérent beside the N° AMC."""
    r = g.rng
    pat = g.person(year=(1940, 1970))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    presc = make_rpps(r)
    am = f"{dnum(dept)}9{digits(r, 5)}"
    tel = phone(r, ".")
    first = workday(day(r, (2, 7)))
    dates = [first]
    for _ in range(7):
        dates.append(workday(plus(dates[-1], r.choice([3, 4, 7]))))
    issued = plus(dates[-1], r.randint(1, 5))
    presc_date = plus(first, -r.randint(10, 40))
    number = f"{issued.year}/{r.randint(1000, 9999)}"
    lines = [(dates[0], "AMO 40", "Bilan de la communication et du langage (aphasie)", 10000)] + \
            [(d, "AMO 15,6", "Rééducation de l'aphasie", 3900) for d in dates[1:]]
    total = sum(x[3] for x in lines)
    amo = pct(total, 0.60)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    adherent = digits(r, 8)
    mut = r.choice(MUTUELLES)
    nom = (r.choice(FIRST_F), other(r, pat['last']))
    presc_name = f"Dr {r.choice(FIRST_M)} {other(r, pat['last'], nom[1])}"

    def p1(p: Page):
        p.t(15, 18, f"{nom[0]} {nom[1]}", "SB", 14)
        p.t(15, 24, "Orthophoniste", "S", 10)
        p.t(15, 29.5, f"{street}, {city}", "S", 8.5)
        p.t(15, 34, f"Tél. {tel}", "S", 8.5)
        p.t(15, 38.5, f"RPPS {rpps}  ·  N° AM {am}", "S", 8.5)
        p.t(195, 18, "RELEVÉ D'HONORAIRES", "SB", 12, "r")
        p.t(195, 24, "Tiers payant AMO / AMC", "S", 9, "r", gray=0.4)
        p.t(195, 31, f"Facture n° {number}", "SB", 10, "r")
        p.t(195, 36.5, f"Établie le {fd(issued, 'long')}", "S", 9, "r")
        p.line(15, 43, 195, 43, 0.6)
        rows = [("Patient(e)", f"{pat['civ']} {pat['last']} {pat['first']}"),
                ("Date de naissance", fd(pat["birth"])),
                ("N° Sécurité sociale", nir_spaced(pat["nir"])),
                ("Mutuelle", f"{mut}  —  N° AMC {amcn}  —  N° adhérent {adherent}"),
                ("Prescription", f"{presc_name}, neurologue (RPPS {presc}), le {fd(presc_date)}")]
        for i, (a, b) in enumerate(rows):
            p.t(15, 51 + i * 6, a, "C", 9, gray=0.35)
            p.t(52, 51 + i * 6, b, "CB" if i == 0 else "C", 9.5 if i == 0 else 9)
        p.t(15, 85, f"Période de soins : du {fd(dates[0])} au {fd(dates[-1])}", "SB", 9.5)
        y0 = 90
        head = ["Date", "Cotation", "Acte", "Montant"]
        widths = [30, 28, 92, 30]
        p.rect(15, y0, 180, 7, fill=0.75, stroke=False)
        xs = [15]
        for w in widths:
            xs.append(xs[-1] + w)
        for i, h in enumerate(head):
            p.t(xs[i] + 2 if i < 3 else xs[i + 1] - 2, y0 + 5, h, "CB", 9, "l" if i < 3 else "r")
        for k, (d, c, lib, v) in enumerate(lines):
            yy = y0 + 7 + k * 6.5
            if k % 2:
                p.rect(15, yy, 180, 6.5, fill=0.93, stroke=False)
            for i, s in enumerate([fd(d), c, lib, eur(v, sep=NNBSP)]):
                p.t(xs[i] + 2 if i < 3 else xs[i + 1] - 2, yy + 4.6, s, "C", 9, "l" if i < 3 else "r")
        y = y0 + 7 + len(lines) * 6.5
        p.line(15, y, 195, y, 0.6)
        yy = y + 9
        for i, (lab, v) in enumerate([("Montant total", total), ("Part AMO (60 %)", amo), ("Part AMC (40 %)", amc),
                                      ("Reste à charge", pt)]):
            p.t(165, yy + i * 6.3, lab, "SB" if i == 0 else "S", 9.5, "r")
            p.t(195, yy + i * 6.3, eur(v, sep=NNBSP), "SB" if i == 0 else "S", 9.5, "r")
        p.t(15, yy + 32, "Séances de 30 minutes au cabinet. Pas d'accident de droit commun.", "S", 8)
        p.t(105, 286, "Orthophoniste conventionnée — exonération de TVA, article 261-4-1° du CGI — page 1/1", "S",
            6.5, "c", gray=0.4)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=first, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    lay = Layout("orthophoniste releve adulte", [p1], [("invoice", f)], fax_name=f"ORTHOPHONIE {nom[1]}")
    lay.distractor_ids = {"rpps": [presc]}
    return lay


def l08_orthoptiste_fax(g: Gen) -> Layout:
    """Orthoptiste fax batch: cover sheet + two invoices for two patients (the second a child)."""
    r = g.rng
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    tel, fax = phone(r), phone(r)
    siret = make_siret(r)
    op_fax = phone(r)
    d0 = workday(day(r, (2, 9)))
    a = g.person(year=(1955, 1990))
    parent = g.person(year=(1980, 1992))
    child_first = r.choice(FIRST_F + FIRST_M)
    child_birth = dt.date(r.randint(2014, 2020), r.randint(1, 12), r.randint(1, 28))
    nom = (r.choice(FIRST_F), other(r, a["last"], parent["last"]))
    # invoice 1: two sessions for an adult
    s1 = d0
    s2 = workday(plus(s1, 7))
    iss1 = plus(s2, r.randint(0, 1))
    # invoice 2: bilan for a child
    c1 = workday(plus(s1, r.randint(1, 5)))
    iss2 = max(c1, iss1)
    send = plus(max(iss1, iss2), r.randint(0, 2))
    base_n = r.randint(200, 800)
    n1, n2 = f"{iss1.year}-{base_n:04d}", f"{iss2.year}-{base_n + 1:04d}"
    presc1, presc2 = make_rpps(r), make_rpps(r)
    ordo1, ordo2 = plus(s1, -r.randint(10, 30)), plus(c1, -r.randint(10, 30))
    amc1, amc2 = g.amc_number(), g.amc_number()
    mut1, mut2 = r.choice(MUTUELLES), r.choice(MUTUELLES)
    lines1 = [(s1, "AMY 10", "Rééducation orthoptique (séance)", 2600), (s2, "AMY 10", "Rééducation orthoptique "
                                                                                        "(séance)", 2600)]
    lines2 = [(c1, "AMY 15", "Bilan orthoptique (strabisme)", 3900)]
    invs = []
    for lines in (lines1, lines2):
        tot = sum(x[3] for x in lines)
        o = pct(tot, 0.60)
        invs.append((tot, o, tot - o, 0))
    taken = (a["last"], parent["last"], nom[1])
    presc_names = [f"Dr {r.choice(FIRST_M)} {other(r, *taken)}", f"Dr {r.choice(FIRST_F)} {other(r, *taken)}"]
    child_norm = f"{parent['last']} {child_first}"

    def cover(p: Page):
        p.t(15, 25, "TÉLÉCOPIE", "Helvetica-Bold", 26)
        p.line(15, 30, 195, 30, 2)
        rows = [("Date", fd(send)), ("À", "Service tiers payant — factures et PEC"), ("Fax destinataire", op_fax),
                ("De", f"{nom[0]} {nom[1]}, orthoptiste"), ("Fax expéditeur", fax), ("Tél.", tel),
                ("Nombre de pages", "3 (y compris celle-ci)"), ("Objet", "Envoi de 2 factures en tiers payant")]
        for i, (k, v) in enumerate(rows):
            p.t(15, 44 + i * 9, k, "Helvetica-Bold", 11)
            p.t(60, 44 + i * 9, v, "Helvetica", 11)
            p.line(15, 46.5 + i * 9, 195, 46.5 + i * 9, 0.3, 0.6)
        p.t(15, 130, "Message :", "Helvetica-Bold", 11)
        msg = ["Madame, Monsieur,", "",
               "Veuillez trouver ci-après deux factures de soins orthoptiques réalisés en tiers payant,",
               "pour deux patients différents (une facture par page).",
               "Merci de procéder au règlement de la part complémentaire.", "",
               "Cordialement,", f"{nom[0]} {nom[1]}"]
        for i, s in enumerate(msg):
            p.t(15, 138 + i * 6, s, "Helvetica", 10.5)
        p.t(15, 270, "Ce message est confidentiel et destiné uniquement au destinataire indiqué. Si vous l'avez reçu "
            "par erreur,", "Helvetica-Oblique", 7.5, gray=0.3)
        p.t(15, 274, "merci de nous en avertir immédiatement et de le détruire.", "Helvetica-Oblique", 7.5, gray=0.3)

    def invoice(p: Page, k: int):
        lines = lines1 if k == 0 else lines2
        tot, o, c, pt = invs[k]
        num, iss = (n1, iss1) if k == 0 else (n2, iss2)
        p.t(15, 20, f"{nom[0]} {nom[1]}", "Helvetica-Bold", 13)
        p.t(15, 26, "Orthoptiste — diplômée d'État", "Helvetica", 9.5)
        p.t(15, 31, f"{street}, {city}", "Helvetica", 9)
        p.t(15, 36, f"Tél. {tel} — Fax {fax}", "Helvetica", 9)
        p.t(15, 41, f"N° RPPS : {rpps}", "Helvetica-Bold", 9)
        p.rect(125, 14, 70, 27, width=0.7)
        p.t(160, 21, "FACTURE", "Helvetica-Bold", 13, "c")
        p.t(128, 29, f"N° : {num}", "Helvetica-Bold", 10)
        p.t(128, 35.5, f"Date : {fd(iss)}", "Helvetica", 10)
        if k == 0:
            ident = [("Patient", f"{a['last']} {a['first']}"), ("Né(e) le", fd(a["birth"])),
                     ("N° de sécurité sociale", nir_spaced(a["nir"])), ("Mutuelle", f"{mut1} — N° AMC {amc1}")]
        else:
            ident = [("Assuré(e)", f"{parent['civ']} {parent['last']} {parent['first']}"),
                     ("N° de sécurité sociale", nir_spaced(parent["nir"])),
                     ("Bénéficiaire (enfant)", child_norm), ("Né(e) le", fd(child_birth)),
                     ("Mutuelle", f"{mut2} — N° AMC {amc2}")]
        for i, (kk, v) in enumerate(ident):
            p.t(15, 54 + i * 6.5, kk, "Helvetica", 9.5, gray=0.3)
            p.t(62, 54 + i * 6.5, v, "Helvetica-Bold" if "enfant" in kk or kk == "Patient" else "Helvetica", 10)
        yb = 54 + len(ident) * 6.5 + 3
        pn, pr, od = (presc_names[0], presc1, ordo1) if k == 0 else (presc_names[1], presc2, ordo2)
        p.t(15, yb, f"Prescription : {pn}, ophtalmologiste, RPPS {pr}, du {fd(od)}", "Helvetica-Oblique", 9)
        rows = [[fd(d), cc, lib, eur(v, sep=NBSP)] for d, cc, lib, v in lines]
        y = p.table(15, yb + 7, [30, 25, 95, 30], ["Date des soins", "Cotation", "Acte", "Montant"], rows, "lllr",
                    "Helvetica", "Helvetica-Bold", 9.5, 7.5, 0.88)
        for i, (lab, v) in enumerate([("Total", tot), ("Part AMO (60 %)", o), ("Part AMC (40 %)", c),
                                      ("Reste à charge", pt)]):
            p.t(160, y + 10 + i * 6.5, lab, "Helvetica-Bold" if i == 0 else "Helvetica", 10, "r")
            p.t(195, y + 10 + i * 6.5, eur(v, sep=NBSP), "Helvetica-Bold" if i == 0 else "Helvetica", 10, "r")
        p.t(15, y + 45, "Tiers payant AMO + AMC — soins réalisés au cabinet.", "Helvetica-Oblique", 8.5)
        p.t(105, 284, f"SIRET {siret} — Orthoptiste conventionnée — TVA non applicable (art. 261-4-1° CGI)",
            "Helvetica", 7, "c", gray=0.35)

    docs = [("invoice", F(rpps=rpps, nir=a["nir"], patient_name=a["norm"], patient_birth_date=a["birth"],
                          invoice_number=n1, invoice_date=iss1, care_date=s1, total_amount=invs[0][0],
                          amo_amount=invs[0][1], amc_amount=invs[0][2], patient_amount=invs[0][3], amc_number=amc1)),
            ("invoice", F(rpps=rpps, nir=parent["nir"], patient_name=child_norm, patient_birth_date=child_birth,
                          invoice_number=n2, invoice_date=iss2, care_date=c1, total_amount=invs[1][0],
                          amo_amount=invs[1][1], amc_amount=invs[1][2], patient_amount=invs[1][3], amc_number=amc2))]
    lay = Layout("orthoptiste fax couverture deux factures", [cover, lambda p: invoice(p, 0),
                                                              lambda p: invoice(p, 1)], docs,
                 fax_name=f"ORTHOPTIE {nom[1]}")
    lay.distractor_ids = {"rpps": [presc1, presc2], "siret": [siret]}
    return lay


def l09_chirurgien_lettre(g: Gen) -> Layout:
    """Orthopaedic surgeon: cover letter page + note d'honoraires with a large dépassement."""
    r = g.rng
    pat = g.person(year=(1955, 1985))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    fin_clin = make_finess(r, dnum(dept))
    siret = make_siret(r)
    tel, fax = phone(r), phone(r)
    care = workday(day(r, (2, 9)))
    consult = plus(care, -r.randint(15, 40))
    issued = plus(care, r.randint(0, 3))
    letter = plus(issued, r.randint(3, 10))
    accord = plus(consult, r.randint(3, 8))
    accord_n = f"{r.randint(2025000000, 2025999999)}"
    number = f"NH{care.strftime('%y')}-{r.randint(10000, 99999)}"
    base, dep = 29263, 95737
    total = base + dep
    amo = base - 2400
    amc = 2400 + 60000
    pt = total - amo - amc
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    nom = (r.choice(FIRST_M), other(r, pat['last']))
    sec = f"{r.choice(FIRST_F)} {other(r, pat['last'], nom[1]).title()}"
    clinic = f"Clinique {r.choice(['du Parc', 'Saint-Joseph', 'des Cèdres', 'Mutualiste'])}"
    side = r.choice(["droit", "gauche"])

    def head(p: Page):
        p.t(15, 18, f"Docteur {nom[0]} {nom[1]}", "SB", 13)
        p.t(15, 23.5, "Chirurgie orthopédique et traumatologique", "S", 9)
        p.t(15, 28, "Chirurgie du genou et du sport — Secteur 2 (OPTAM-CO)", "S", 8.5)
        p.t(15, 32.5, f"{clinic} — {street} — {city}", "S", 8.5)
        p.t(15, 37, f"Secrétariat : {tel} — Fax : {fax}", "S", 8.5)
        p.t(195, 18, "N° RPPS", "S", 7.5, "r", gray=0.4)
        p.t(195, 23, rpps, "SB", 10, "r")
        p.line(15, 41, 195, 41, 0.5)

    def p1(p: Page):
        head(p)
        p.t(120, 58, "Service Tiers Payant", "S", 10)
        p.t(120, 63, mut, "S", 10)
        p.t(120, 68, "Gestion des prises en charge", "S", 10)
        p.t(120, 82, f"{city_of(city)}, le {fd(letter, 'long')}", "S", 10)
        p.t(15, 96, f"Objet : note d'honoraires n° {number} — RPPS {rpps} — patient {pat['last']} {pat['first']}",
            "SB", 9.5)
        body = ["Madame, Monsieur,", "",
                f"Veuillez trouver ci-joint la note d'honoraires du Docteur {nom[1]} relative à l'intervention",
                f"pratiquée le {fd(care, 'long')} à la {clinic} sur la personne de {pat['civ']} {pat['last']}",
                f"{pat['first']} (arthroscopie du genou {side}).", "",
                f"Cette intervention a fait l'objet de votre accord de prise en charge n° {accord_n}",
                f"en date du {fd(accord, 'long')}.", "",
                f"Nous vous remercions de bien vouloir procéder au règlement de la part complémentaire, soit",
                f"{eur(amc, sep=NBSP)}, par virement sur le compte habituel du Docteur {nom[1]}.", "",
                "Nous restons à votre disposition pour tout renseignement complémentaire.", "",
                "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées."]
        for i, s in enumerate(body):
            p.t(15, 110 + i * 6, s, "S", 10)
        p.t(120, 215, sec, "S", 10)
        p.t(120, 220, f"Secrétariat du Dr {nom[1]}", "S", 10)
        p.t(15, 250, "P.J. : note d'honoraires (1 page), copie de l'accord de prise en charge.", "SI", 8.5)

    def p2(p: Page):
        head(p)
        p.t(15, 54, "NOTE D'HONORAIRES", "SB", 15)
        p.t(15, 61, f"N° {number}", "S", 10)
        p.t(15, 66.5, f"Date : {fd(issued)}", "S", 10)
        p.rect(105, 47, 90, 32, width=0.5)
        p.t(108, 53, f"{pat['civ']} {pat['last']} {pat['first']}", "SB", 10.5)
        p.t(108, 59, f"Né(e) le {fd(pat['birth'])}", "S", 9)
        p.t(108, 64.5, f"NIR {nir_spaced(pat['nir'])}", "S", 9)
        p.t(108, 70, mut, "S", 8.5)
        p.t(108, 75, f"N° AMC {amcn}", "S", 9)
        p.t(15, 88, f"Lieu de l'intervention : {clinic} (FINESS {fin_clin})", "S", 9)
        p.t(15, 93.5, f"Consultation pré-opératoire du {fd(consult)} (facturée séparément)", "S", 9)
        rows = [[fd(care), "NFFC004", f"Méniscectomie arthroscopique, genou {side}", eur(base, sep=NBSP),
                 eur(dep, sep=NBSP), eur(total, sep=NBSP)]]
        y = p.table(15, 100, [22, 20, 68, 22, 25, 23],
                    ["Date", "CCAM", "Acte", "Base", "Dépassement", "Honoraires"], rows, "lllrrr", "C", "CB", 8.5,
                    7.5, 0.88)
        yy = y + 11
        for i, (lab, v) in enumerate([("Total des honoraires", total), ("Part Assurance Maladie", amo),
                                      ("Part organisme complémentaire", amc), ("Reste à charge du patient", pt)]):
            p.t(155, yy + i * 7, lab, "SB" if i in (0, 3) else "S", 10, "r")
            p.t(195, yy + i * 7, eur(v, sep=NBSP), "SB" if i in (0, 3) else "S", 10, "r")
        p.t(15, yy + 36, "Acte d'un tarif supérieur à 120 € : participation forfaitaire de 24,00 € au lieu du ticket"
            " modérateur.", "S", 8.5)
        p.t(15, yy + 42, "Dépassement d'honoraires dans le cadre de l'OPTAM-CO, devis remis et signé avant "
            "l'intervention.", "S", 8.5)
        p.t(15, yy + 48, "Tiers payant : part obligatoire et part complémentaire (accord de prise en charge).", "S",
            8.5)
        p.t(105, 284, f"SIRET {siret_spaced(siret)} — Membre d'une AGA, le règlement par chèque est accepté", "S",
            6.8, "c", gray=0.35)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    lay = Layout("chirurgien lettre + note d'honoraires", [p1, p2], [("invoice", f)], fax_name=f"DR {nom[1]}")
    lay.distractor_ids = {"finess": [fin_clin], "siret": [siret]}
    return lay


def l10_podologue_paysage(g: Gen) -> Layout:
    """Pédicure-podologue, landscape page, child's insoles, both ADELI and RPPS printed."""
    r = g.rng
    parent = g.person(year=(1978, 1990))
    child_first = r.choice(FIRST_F + FIRST_M)
    child_birth = dt.date(r.randint(2015, 2019), r.randint(1, 12), r.randint(1, 28))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    adeli = make_adeli(r, dnum(dept), "8")
    presc = make_rpps(r)
    tel = phone(r)
    siret = make_siret(r)
    care = workday(day(r, (2, 10)))
    presc_date = plus(care, -r.randint(7, 30))
    issued = care
    ctrl = plus(care, r.randint(150, 200))
    number = f"P{care.strftime('%y%m')}{r.randint(100, 999)}"
    lines = [("—", "Bilan podologique et examen de la marche", 3500, 0, "NR"),
             ("2148127", "Semelles orthopédiques (pointure ≤ 28)", 11000, 2482, "60 %")]
    total = sum(x[2] for x in lines)
    amo = pct(2482, 0.60)
    amc = 8000
    pt = total - amo - amc
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    nom = (r.choice(FIRST_M), other(r, parent['last']))
    child_norm = f"{parent['last']} {child_first}"
    presc_name = f"Dr {r.choice(FIRST_F)} {other(r, parent['last'], nom[1])}"

    def p1(p: Page):
        # left panel: practitioner + patient
        p.rect(12, 12, 118, 186, fill=0.95, stroke=False)
        p.t(18, 24, f"{nom[0]} {nom[1]}", "SB", 15)
        p.t(18, 30.5, "Pédicure-Podologue D.E.", "S", 10)
        p.t(18, 36, "Podologie de l'enfant et du sportif", "SI", 9)
        p.t(18, 44, street, "S", 9)
        p.t(18, 49, city, "S", 9)
        p.t(18, 54, f"Tél. {tel}", "S", 9)
        p.t(18, 62, f"N° ADELI : {adeli}", "SB", 9.5)
        p.t(18, 67.5, f"N° RPPS : {rpps}", "SB", 9.5)
        p.line(18, 74, 124, 74, 0.4, 0.5)
        p.t(18, 83, "ASSURÉ(E)", "SB", 8, gray=0.4)
        p.t(18, 89, f"{parent['civ']} {parent['last']} {parent['first']}", "S", 10)
        p.t(18, 95, f"N° SS : {nir_spaced(parent['nir'])}", "S", 9.5)
        p.t(18, 101, f"{mut}", "S", 9)
        p.t(18, 106.5, f"N° AMC : {amcn}", "S", 9.5)
        p.t(18, 117, "BÉNÉFICIAIRE DES SOINS", "SB", 8, gray=0.4)
        p.t(18, 123, child_norm, "SB", 11)
        p.t(18, 129, f"Enfant né(e) le {fd(child_birth, 'dot2')}", "S", 9.5)
        p.t(18, 140, "PRESCRIPTION", "SB", 8, gray=0.4)
        p.t(18, 146, f"{presc_name}, pédiatre — RPPS {presc}", "S", 9)
        p.t(18, 151.5, f"Ordonnance du {fd(presc_date, 'dot2')}", "S", 9)
        p.t(18, 185, f"SIRET {siret}", "S", 7.5, gray=0.4)
        p.t(18, 190, "TVA non applicable, art. 261-4-1° du CGI", "S", 7.5, gray=0.4)
        # right panel: invoice
        p.t(140, 24, "FACTURE", "SB", 20)
        p.t(285, 20, f"Facture n° {number}", "SB", 11, "r")
        p.t(285, 26, f"Date : {fd(issued, 'dot2')}", "S", 10, "r")
        p.t(140, 38, f"Soins réalisés le {fd(care, 'dot2')} au cabinet", "S", 10)
        rows = [[x[0], x[1], x[4], eur(x[2], "pre"), eur(x[3], "pre") if x[3] else "—"] for x in lines]
        y = p.table(140, 44, [20, 67, 12, 22, 24], ["Code LPP", "Désignation", "Taux", "Prix", "Base rbt"],
                    rows, "llcrr", "C", "CB", 8.5, 8, 0.85)
        yy = y + 12
        for i, (lab, v) in enumerate([("Total TTC", total), ("Part Sécurité sociale", amo),
                                      ("Part mutuelle", amc), ("Reste à la charge de l'assuré", pt)]):
            p.leader(180, yy + i * 7.5, 285, lab, eur(v, "pre"), "SB" if i in (0, 3) else "S", "SB", 10)
        p.t(140, yy + 38, "Semelles thermoformées au cabinet et remises le jour même.", "SI", 8.5)
        p.t(140, yy + 44, "Le bilan podologique n'est pas remboursé par l'Assurance Maladie (NR).", "SI", 8.5)
        p.t(140, yy + 50, f"Contrôle conseillé vers le {fd(ctrl, 'dot2')} (croissance).", "SI", 8.5)
        p.t(240, 185, "Cachet et signature", "SI", 9)

    f = F(rpps=rpps, adeli=adeli, nir=parent["nir"], patient_name=child_norm, patient_birth_date=child_birth,
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    lay = Layout("podologue paysage enfant adeli+rpps", [p1], [("invoice", f)], landscape=True,
                 fax_name=f"PODOLOGUE {nom[1]}")
    lay.distractor_ids = {"rpps": [presc], "siret": [siret]}
    return lay


LAYOUTS = [l01_hopital_sejour, l02_ambulance, l03_sagefemme, l04_dentaire_pec, l05_centre_sante, l06_ophtalmo_optam,
           l07_orthophoniste, l08_orthoptiste_fax, l09_chirurgien_lettre, l10_podologue_paysage]


# ------------------------------------------------------------------------------------------- checks
def check(lay: Layout) -> None:
    """Identifiers valid (distractors too), amounts consistent, dates coherent, or fail loudly."""
    for kind, f in lay.docs:
        assert kind in ("invoice", "pec"), kind
        if "rpps" in f:
            assert len(f["rpps"]) == 11 and f["rpps"][0] == "1" and luhn.is_valid(f["rpps"]), f["rpps"]
        for k in ("adeli", "finess"):
            if k in f:
                assert len(f[k]) == 9 and luhn.is_valid(f[k]), (k, f[k])
        assert any(k in f for k in ("rpps", "adeli", "finess"))
        assert not ("finess" in f and ("rpps" in f or "adeli" in f))
        n = f["nir"]
        assert stdnir.is_valid(n) and len(n) == 15, n
        assert n[0] in "12" and 1 <= int(n[3:5]) <= 12
        num = int(n[:13].replace("2A", "19").replace("2B", "18"))
        assert int(n[13:]) == 97 - num % 97
        c = {k: int(f[k].replace(".", "")) for k in ("total_amount", "amo_amount", "amc_amount", "patient_amount")}
        assert c["total_amount"] == c["amo_amount"] + c["amc_amount"] + c["patient_amount"], (lay.id, c)
        assert all(v >= 0 for v in c.values())
        assert f["amc_number"].isdigit() and len(f["amc_number"]) in (8, 9), f["amc_number"]
        assert f["patient_name"].split(" ", 1)[0].replace("-", "").replace(" ", "").isupper()
        if kind == "invoice":
            assert "care_date" in f and f["care_date"] <= f["invoice_date"], lay.id
            assert f["patient_birth_date"] < f["care_date"]
        else:
            assert "care_date" not in f
            assert f["patient_birth_date"] < f["invoice_date"]
    for k, vals in getattr(lay, "distractor_ids", {}).items():
        for v in vals:
            if k == "siret":
                assert stdsiret.is_valid(v), v
            else:
                assert luhn.is_valid(v), (k, v)


def check_lines() -> None:
    """Line sums written by hand in the layouts (re-derived here for the record)."""
    assert 55000 + 62000 + 25000 == 142000  # dental PEC: 1 420,00 €
    assert 29263 + 95737 == 125000  # surgeon: 1 250,00 €
    assert 6000 + 1426 == 7426
    assert 10000 + 7 * 3900 == 37300
    assert 3500 + 11000 == 14500


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="documents11")
    ap.add_argument("--seed", type=int, default=111)
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    g = Gen(args.seed)
    rng = random.Random(args.seed * 7 + 1)
    check_lines()
    lays = [make(g) for make in LAYOUTS]  # every random value is drawn here, before any page is drawn
    for lay in lays:
        check(lay)
    assert sorted(FILE_IDS) == [f"w{101 + i}" for i in range(10)]
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
