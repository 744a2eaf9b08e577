"""cd /tmp/set16 && /work/main/.venv/bin/python documents16_gen.py --out documents16 --seed 161

Sixteenth blind held-out layout set: ten French tiers-payant documents of everyday practice, each rendered five
ways.

Written blind (without reading parsers/, classifiers/, intake/, workers/, tests/, samples/, bench/*.py other than
the set 4 and 6 generators, or any rendered held-out set), in professions and designs not used by sets 10 to 15.
Like sets 10-15 it is REALISTIC: seven ordinary documents as practice software, a word processor or an
establishment prints them, and three harder ones that a clerk still reads without hesitating.
  1. médecin généraliste (RPPS) TÉLÉCONSULTATION note in Noto Sans: the video platform's banner and SIRET, the
     consultation's date with its start time ('14/03/2025 à 18h20'), TCG line, 70 % / 30 %, N° AM, the patient's
     phone as distractor, issue date the next day;
  2. centre de santé ophtalmologique (FINESS géographique in the header, FINESS juridique in the footer) in Noto
     Sans with Noto Serif headings: consultation + fond d'œil + champ visuel, abbreviated-month dates ('3 févr.
     2025'), the salaried ophthalmologist's and orthoptist's RPPS as distractors, 'Part AMO / Part AMC / Reste à
     charge';
  3. radiologue libéral (RPPS) IRM du genou in EB Garamond headings + Noto Sans body: CCAM act + forfait technique
     IRM, exam date with time, 'N° d'examen' beside the invoice number, the prescribing GP's RPPS and ordonnance
     date, SELARL SIRET, 70 % / 30 %;
  4. établissement thermal (FINESS) cure of 18 days in Noto Serif: period line 'du ... au ...' (care date = the
     first day), forfait thermal 65 % AMO, the AMC's share capped, the rest left to the patient, the CPAM accord
     number and the médecin thermal's RPPS as distractors, NBSP amounts;
  5. médecin nucléaire (RPPS) scintigraphie osseuse in EB Garamond: injection time and imaging time on the same day,
     CCAM act + tomographic supplement, 'Montant total / Remboursement Sécurité sociale / Part complémentaire /
     Reste dû', prescriber (rheumatologist) RPPS, '€ 56,70' style amounts;
  6. chirurgien de la main secteur 2 OPTAM (RPPS) in Noto Serif: 'SOS Main' emergency consultation + wound suture
     + DA dépassement partly covered by the AMC, dot4 dates ('12.03.2025'), the clinic's FINESS as distractor, a
     dressing-check date after the invoice date;
  7. gynécologue-obstétricien secteur 2 (RPPS) third-trimester ultrasound in Noto Sans: assurance maternité (AMO 100
     % of the base), DA dépassement shared by the AMC and the patient, DDR, terme prévu and SA as distractors,
     long dates ('15 septembre 2025');
  8. HARDER - médecin interniste (RPPS) pre-printed NOTE D'HONORAIRES from a carbon receipt book FILLED BY HAND
     (Humor Sans handwriting: patient, NIR, birth date, date, acts, amounts), the pre-printed receipt number in the
     corner, and a rotated rubber STAMP (tampon) holding the doctor's name, address, RPPS and N° AM;
  9. HARDER - chirurgien plasticien secteur 2 (RPPS): page 1 the note d'honoraires of a consultation (CS + DA),
     page 2 a DEVIS stapled behind it for a breast reduction (its own number, date, planned operation date,
     larger amounts, validity): one document in the JSON (the invoice), EB Garamond + Noto Sans;
 10. HARDER - sage-femme (RPPS) préparation à la naissance relevé in Noto Sans: a table with ROTATED (vertical)
     column headers, four sessions, then an AVOIR line (a session billed on the previous invoice but not held)
     that reduces the total; assurance maternité (AMO 100 %); truth = the net total.

Rendering, identifier and JSON helpers come from documents4_gen.py (imported); text_pdf6 and the photo renderer
from documents6_gen.py. Fonts new to the held-out sets: Noto Sans / Noto Serif (fonts-noto-core), EB Garamond 12
(fonts-ebgaramond-extra), Humor Sans (fonts-humor-sans): `apt-get install` them before running. Every identifier is
checksum-valid (distractors too); amounts add up (check()). All random values are drawn before drawing, so the
page callables are pure.

Renderings, for every layout: <id>.text.pdf (real text layer), <id>.scan.pdf (image-only), <id>.photo.jpg (phone
photo), <id>.fax-fine.tif (G4, 204x196), <id>.fax-normal.tif (G3, 204x98). File ids are neutral: b101..b110 (the
order of the files is not the order above; see FILE_IDS). Each file gets <file>.json ground truth (same format as
sets 4-15).

Ground-truth conventions (as sets 5-15 and DOMAIN.md): care_date = first day of care for a series or a stay;
rpps/adeli/finess = the invoicer only (FINESS géographique for an establishment); amc_number = the complementary
insurer's number, never the adherent/member number; a devis attached behind an invoice is not a document of its
own; an avoir line reduces the total (truth = the net total printed); patient_name = 'LASTNAME Firstname' with
accents as printed; a field not printed is omitted.
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
from stdnum import luhn  # noqa: E402
from stdnum.fr import nir as stdnir  # noqa: E402

from documents4_gen import (FIRST_F, FIRST_M, LAST, MUTUELLES, NBSP, Gen, Layout, Page, F, day,  # noqa: E402
                            digits, eur, fd, fax_tiff, make_finess, make_rpps, make_siret,
                            nir_spaced, pct, phone, scan_pdf, siret_spaced)
from documents6_gen import city_of, dnum, photo6, text_pdf6  # noqa: E402

_FONTS = {
    "NS": "noto/NotoSans-Regular.ttf", "NSB": "noto/NotoSans-Bold.ttf", "NSI": "noto/NotoSans-Italic.ttf",
    "NR": "noto/NotoSerif-Regular.ttf", "NRB": "noto/NotoSerif-Bold.ttf", "NRI": "noto/NotoSerif-Italic.ttf",
    "GA": "ebgaramond/EBGaramond12-Regular.ttf",
    "GAI": "ebgaramond/EBGaramond12-Italic.ttf", "HU": "humor-sans/Humor-Sans.ttf",
}
for _a, _f in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_a, f"/usr/share/fonts/truetype/{_f}"))

ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
PLAIN = [n for n in LAST if n.isascii()]  # for the handwritten form (the hand font has no accents)


def abbr(d: dt.date) -> str:
    return f"{d.day} {ABBR[d.month - 1]} {d.year}"


def workday(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def am_number(r: random.Random, dept: str, cat: str) -> str:
    return f"{dnum(dept)}{cat}{digits(r, 5)}"


def totals(p: Page, x_lab: float, x_val: float, y: float, rows, f: str, fb: str, size: float = 9.5,
           step: float = 6.0, style: str = "eur", sep: str = NBSP) -> float:
    for i, (lab, v) in enumerate(rows):
        p.t(x_lab, y + i * step, lab, fb if i == 0 else f, size)
        p.t(x_val, y + i * step, eur(v, style, sep), fb if i == 0 else f, size, "r")
    return y + len(rows) * step


def split(total: int, amo_rate: float) -> tuple[int, int]:
    amo = pct(total, amo_rate)
    return amo, total - amo


def patient_box(p: Page, x: float, y: float, w: float, pat: dict, amcn: str, mut: str, f: str, fb: str,
                title: str = "PATIENT", adh: str | None = None, born: str = "slash") -> None:
    p.rect(x, y, w, 35 if adh else 35, radius=2, width=0.5)
    p.t(x + 3, y + 5, title, fb, 7.5, gray=0.35)
    p.t(x + 3, y + 11, f"{pat['civ']} {pat['last']} {pat['first']}", fb, 10)
    p.t(x + 3, y + 16.5, f"Né{'e' if pat['sex'] == 2 else ''} le {fd(pat['birth'], born) if born != 'abbr' else abbr(pat['birth'])}", f, 8.5)
    p.t(x + 3, y + 21.5, f"N° de sécurité sociale : {nir_spaced(pat['nir'])}", f, 8.5)
    p.t(x + 3, y + 26.5, f"Organisme complémentaire : {mut}", f, 8.5)
    p.t(x + 3, y + 31.5, f"N° AMC : {amcn}", f, 8.5)
    if adh:
        p.t(x + 50, y + 31.5, f"N° adhérent : {adh}", f, 8.5)


# ------------------------------------------------------------------------------------------- layouts
def l01_teleconsultation(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1960, 2001))
    street, city, dept = g.addr()
    doc = (r.choice(FIRST_F + FIRST_M), r.choice(LAST))
    rpps, am = make_rpps(r), am_number(r, dept, "1")
    plat_siret = make_siret(r)
    care = workday(day(r, (2, 9)))
    hh, mn = r.randint(8, 19), r.choice([0, 10, 20, 30, 40, 50])
    issued = care + dt.timedelta(days=1)
    number = f"TC{issued.year}{issued.month:02d}-{r.randint(1000, 9999)}"
    amcn, mut = g.amc_number(), r.choice(MUTUELLES)
    total = 2500
    amo, amc = split(total, 0.70)
    ptel = "06 " + " ".join(digits(r, 2) for _ in range(4))
    dur = r.randint(9, 18)

    def p1(p: Page):
        p.rect(0, 0, 210, 18, fill=0.2, stroke=False)
        p.t(15, 11.5, "MédiVisio — téléconsultation", "NSB", 13, gray=1)
        p.t(195, 11.5, "Document généré par la plateforme", "NS", 8, "r", gray=1)
        p.t(15, 32, f"Dr {doc[0]} {doc[1]}", "NSB", 12)
        p.t(15, 38, "Médecin généraliste — secteur 1", "NS", 9)
        p.t(15, 43.5, f"{street}, {city}", "NS", 9)
        p.t(15, 49, f"RPPS : {rpps}     N° AM : {am}", "NS", 9)
        patient_box(p, 110, 26, 85, pat, amcn, mut, "NS", "NSB")
        p.t(15, 72, "NOTE D'HONORAIRES — TÉLÉCONSULTATION", "NSB", 14)
        p.t(15, 80, f"Facture n° {number}", "NS", 10)
        p.t(195, 80, f"Émise le {fd(issued)}", "NS", 10, "r")
        p.rect(15, 86, 180, 20, fill=0.95, stroke=False)
        p.t(19, 93, f"Téléconsultation réalisée le {fd(care)} à {hh:02d}h{mn:02d} (vidéo, durée {dur} min)", "NS", 9.5)
        p.t(19, 100, f"Téléphone du patient : {ptel}    Patient connu du médecin (parcours de soins)", "NS", 8.5)
        y = p.table(15, 114, [30, 25, 85, 40], ["Date", "Code", "Libellé", "Montant"],
                    [[fd(care), "TCG", "Téléconsultation médecin généraliste", eur(total, sep=NBSP)]], "lclr",
                    "NS", "NSB", 9, 7)
        totals(p, 115, 195, y + 10, [("Total", total), ("Part AMO (70 %)", amo), ("Part AMC", amc),
                                     ("Reste à charge patient", 0)], "NS", "NSB")
        p.t(15, y + 45, "Tiers payant appliqué sur la part obligatoire et la part complémentaire.", "NSI", 8.5)
        p.t(15, y + 51, "La participation forfaitaire de 2 € sera recouvrée ultérieurement par votre caisse.", "NSI", 8.5)
        p.line(15, 276, 195, 276, 0.4, 0.5)
        p.t(105, 281, f"MédiVisio SAS — SIRET {siret_spaced(plat_siret)} — hébergeur de données de santé certifié",
            "NS", 7, "c", gray=0.3)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=0,
          amc_number=amcn)
    return Layout("generaliste-teleconsultation", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def l02_centre_ophtalmo(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1950, 1995))
    street, city, dept = g.addr()
    finess_geo, finess_jur = make_finess(r, dnum(dept)), make_finess(r, dnum(dept))
    oph = (r.choice(FIRST_F + FIRST_M), r.choice(LAST), make_rpps(r))
    ort = (r.choice(FIRST_F), r.choice(LAST), make_rpps(r))
    care = workday(day(r, (1, 9)))
    issued = care
    number = f"CSO-{r.randint(100000, 999999)}"
    amcn, mut = g.amc_number(), r.choice(MUTUELLES)
    adh = digits(r, 10)
    acts = [("CS", "Consultation ophtalmologique", 3000), ("BGQP002", "Examen du fond d'œil", 2800),
            ("BLQP010", "Périmétrie (champ visuel) bilatérale", 2988)]
    total = sum(a[2] for a in acts)
    amo, amc = split(total, 0.70)
    siret = make_siret(r)
    tel = phone(r)

    def p1(p: Page):
        p.c.setFillGray(0.3)
        p.c.circle(24 * mm, p.h - 26 * mm, 8 * mm, stroke=0, fill=1)
        p.c.setFillGray(1)
        p.c.circle(24 * mm, p.h - 26 * mm, 3.5 * mm, stroke=0, fill=1)
        p.c.setFillGray(0)
        p.t(36, 22, "Centre de santé ophtalmologique Vision Plus", "NRB", 14)
        p.t(36, 28, f"{street} — {city}", "NS", 9)
        p.t(36, 33, f"FINESS : {finess_geo}    Tél. {tel}", "NS", 9)
        p.t(15, 50, "FACTURE", "NRB", 18)
        p.t(15, 57, f"N° {number}", "NS", 10)
        p.t(15, 62.5, f"Le {abbr(issued)}", "NS", 10)
        patient_box(p, 110, 42, 85, pat, amcn, mut, "NS", "NSB", adh=adh, born="abbr")
        p.t(15, 90, f"Soins du {abbr(care)} — Praticiens salariés du centre :", "NSB", 9.5)
        p.t(15, 96, f"Dr {oph[0]} {oph[1]}, ophtalmologiste (RPPS {oph[2]})", "NS", 9)
        p.t(15, 101.5, f"{ort[0]} {ort[1]}, orthoptiste (RPPS {ort[2]})", "NS", 9)
        y = p.table(15, 110, [26, 94, 30, 30], ["Code", "Acte", "Date", "Montant"],
                    [[a[0], a[1], abbr(care), eur(a[2], sep=NBSP)] for a in acts], "llcr", "NS", "NSB", 9, 7,
                    head_fill=0.85)
        totals(p, 115, 195, y + 10, [("Total", total), ("Part AMO", amo), ("Part AMC", amc),
                                     ("Reste à charge", 0)], "NS", "NSB")
        p.t(15, y + 12, "Tiers payant intégral.", "NSI", 8.5)
        p.line(15, 274, 195, 274, 0.4, 0.5)
        p.t(105, 279, f"Association Vision Plus — FINESS juridique {finess_jur} — SIRET {siret_spaced(siret)}", "NS",
            7, "c", gray=0.3)

    f = F(finess=finess_geo, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=0, amc_number=amcn)
    return Layout("centre-ophtalmologique", [p1], [("invoice", f)], fax_name="CS VISION PLUS")


def l03_irm(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1955, 2000))
    street, city, dept = g.addr()
    rad = (r.choice(FIRST_F + FIRST_M), r.choice(LAST))
    rpps = make_rpps(r)
    presc = (r.choice(LAST), make_rpps(r))
    care = workday(day(r, (2, 9)))
    ordo = care - dt.timedelta(days=r.randint(10, 40))
    issued = care
    number = f"R{care.year % 100}{r.randint(100000, 999999)}"
    exam = f"EX{r.randint(1000000, 9999999)}"
    siret = make_siret(r)
    amcn, mut = g.amc_number(), r.choice(MUTUELLES)
    acts = [("NZQN001", "IRM du genou droit", 6900), ("YYYY015", "Forfait technique IRM (appareil 1,5 T)", 13232)]
    total = sum(a[2] for a in acts)
    amo, amc = split(total, 0.70)
    tm = f"{r.randint(8, 17)}h{r.choice(['00', '15', '30', '45'])}"

    def p1(p: Page):
        p.t(15, 22, "Cabinet d'imagerie du Parc", "GA", 20)
        p.t(15, 29, f"Dr {rad[0]} {rad[1]} — Radiologue", "GA", 12)
        p.t(15, 35, f"{street}, {city}", "NS", 8.5)
        p.t(15, 40, f"N° RPPS {rpps}", "NS", 8.5)
        p.line(15, 45, 195, 45, 1.2)
        p.t(15, 56, "Facture d'examen", "GA", 16)
        p.t(15, 63, f"Facture n° {number}      N° d'examen : {exam}", "NS", 9)
        p.t(15, 68.5, f"Date de facture : {fd(issued)}", "NS", 9)
        p.t(15, 74, f"Examen réalisé le {fd(care)} à {tm}", "NS", 9)
        p.t(15, 93, f"Prescripteur : Dr {presc[0]} (RPPS {presc[1]}), ordonnance du {fd(ordo)}", "NS", 8.5)
        patient_box(p, 110, 50, 85, pat, amcn, mut, "NS", "NSB")
        y = p.table(15, 100, [26, 94, 30, 30], ["Code CCAM", "Libellé", "Date", "Honoraires"],
                    [[a[0], a[1], fd(care), eur(a[2], sep=NBSP)] for a in acts], "llcr", "NS", "NSB", 9, 7,
                    head_fill=None)
        totals(p, 115, 195, y + 10, [("Total honoraires", total), ("Part Sécu (70 %)", amo),
                                     ("Part mutuelle", amc), ("À régler par le patient", 0)], "NS", "NSB")
        p.t(15, 270, "Résultats et images disponibles sur le portail patient du cabinet.", "GAI", 10)
        p.line(15, 276, 195, 276, 0.4, 0.5)
        p.t(105, 281, f"SELARL Imagerie du Parc — SIRET {siret_spaced(siret)}", "NS", 7, "c", gray=0.3)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=0,
          amc_number=amcn)
    return Layout("radiologue-irm", [p1], [("invoice", f)], fax_name="IMAGERIE DU PARC")


def l04_thermes(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1945, 1970))
    street, city, dept = g.addr()
    finess = make_finess(r, dnum(dept))
    med = (r.choice(LAST), make_rpps(r))
    first = dt.date(2025, r.randint(4, 9), r.randint(1, 8))
    while first.weekday() != 0:
        first += dt.timedelta(days=1)
    last = first + dt.timedelta(days=19)
    issued = last
    number = f"TH-{first.year}-{r.randint(10000, 99999)}"
    accord = digits(r, 11)
    amcn, mut = g.amc_number(), r.choice(MUTUELLES)
    forfait = 52047
    amo = pct(forfait, 0.65)
    amc = 15000
    pt = forfait - amo - amc

    def p1(p: Page):
        p.rect(15, 12, 180, 26, width=0.8)
        p.t(105, 22, "THERMES DE LA SOURCE SAINT-ROCH", "NRB", 15, "c")
        p.t(105, 28.5, f"Établissement thermal agréé — {street} — {city}", "NR", 9, "c")
        p.t(105, 34, f"N° FINESS {finess} — Orientation : Rhumatologie (RH)", "NR", 9, "c")
        p.t(15, 52, "FACTURE DE CURE THERMALE", "NRB", 13)
        p.t(15, 59, f"Facture n° {number}", "NR", 10)
        p.t(15, 65, f"Date d'émission : {fd(issued)}", "NR", 10)
        p.t(15, 73, f"Cure du {fd(first)} au {fd(last)} — 18 jours de soins", "NRB", 10)
        p.t(15, 79, f"Accord de prise en charge CPAM n° {accord}", "NR", 8.5)
        p.t(15, 84.5, f"Médecin thermal : Dr {med[0]} (RPPS {med[1]})", "NR", 8.5)
        patient_box(p, 110, 45, 85, pat, amcn, mut, "NR", "NRB", title="CURISTE")
        y = p.table(15, 96, [30, 100, 50], ["Code", "Prestation", "Montant"],
                    [["RH1", "Forfait thermal rhumatologie, 18 jours (4 soins/jour)", eur(forfait, sep=NBSP)]],
                    "llr", "NR", "NRB", 9, 8, head_fill=0.9)
        totals(p, 110, 195, y + 12, [("Montant total de la cure", forfait), ("Part assurance maladie (65 %)", amo),
                                     ("Part complémentaire (plafonnée)", amc), ("Reste à la charge du curiste", pt)],
               "NR", "NRB")
        p.t(15, y + 45, "Les frais d'hébergement et de transport ne figurent pas sur cette facture.", "NRI", 8.5)
        p.t(15, y + 51, "Le forfait de surveillance médicale est facturé séparément par le médecin thermal.", "NRI", 8.5)
        p.line(15, 278, 195, 278, 0.4, 0.5)
        p.t(105, 283, "SAS Thermes de la Source Saint-Roch — capital 1 200 000 €", "NR", 7, "c", gray=0.3)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=first, total_amount=forfait, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("etablissement-thermal", [p1], [("invoice", f)], fax_name="THERMES ST ROCH")


def l05_nucleaire(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1945, 1985))
    street, city, dept = g.addr()
    doc = (r.choice(FIRST_F + FIRST_M), r.choice(LAST))
    rpps = make_rpps(r)
    presc = (r.choice(LAST), make_rpps(r))
    care = workday(day(r, (1, 9)))
    issued = care + dt.timedelta(days=r.randint(0, 3))
    number = f"MN/{care.year}/{r.randint(1000, 9999)}"
    amcn, mut = g.amc_number(), r.choice(MUTUELLES)
    acts = [("PAQL002", "Scintigraphie osseuse du corps entier", 26373),
            ("ZZQL006", "Supplément tomoscintigraphie (TEMP-TDM)", 4320)]
    total = sum(a[2] for a in acts)
    amo, amc = split(total, 0.70)
    am = am_number(r, dept, "1")

    def p1(p: Page):
        p.t(105, 20, f"Docteur {doc[0]} {doc[1]}", "GA", 18, "c")
        p.t(105, 27, "Médecine nucléaire — Ancien assistant des hôpitaux", "GAI", 11, "c")
        p.t(105, 33, f"{street} · {city} · RPPS {rpps} · N° AM {am}", "GA", 10, "c")
        p.line(40, 37, 170, 37, 0.5)
        p.t(15, 50, f"Note d'honoraires n° {number}", "GA", 14)
        p.t(15, 57, f"{city_of(city)}, le {fd(issued)}", "GA", 11)
        p.t(15, 88, f"Examen du {fd(care)} : injection à 9h10, acquisition des images à 12h30", "GA", 11)
        p.t(15, 94, f"Demandé par le Dr {presc[0]}, rhumatologue (RPPS {presc[1]})", "GA", 11)
        patient_box(p, 110, 44, 85, pat, amcn, mut, "NS", "NSB")
        y = p.table(15, 102, [26, 104, 50], ["Acte", "Libellé", "Honoraires"],
                    [[a[0], a[1], eur(a[2], "pre")] for a in acts], "llr", "GA", "GA", 11, 7.5, head_fill=None,
                    vlines=False)
        totals(p, 105, 195, y + 12, [("Montant total", total), ("Remboursement Sécurité sociale", amo),
                                     ("Part complémentaire", amc), ("Reste dû", 0)], "GA", "GA", 11.5, 6.5, "pre")
        p.t(15, 272, "Radiopharmaceutique fourni par la pharmacie à usage intérieur — non facturé au patient.", "GAI", 9.5)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=0,
          amc_number=amcn)
    return Layout("medecine-nucleaire", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def l06_main(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1965, 2004))
    street, city, dept = g.addr()
    doc = (r.choice(FIRST_M), r.choice(LAST))
    rpps = make_rpps(r)
    clin = make_finess(r, dnum(dept))
    care = day(r, (1, 9))
    issued = care
    check_date = care + dt.timedelta(days=r.randint(3, 6))
    number = f"SM{care.year}{r.randint(10000, 99999)}"
    amcn, mut = g.amc_number(), r.choice(MUTUELLES)
    base = [("CS", "Consultation en urgence", 3000), ("QZJA002", "Parage et suture de plaie de la main", 6270)]
    da = 6000
    b = sum(x[2] for x in base)
    amo = pct(b, 0.70)
    amc = (b - amo) + 4000
    pt = da - 4000
    total = b + da

    def p1(p: Page):
        p.t(15, 20, f"Dr {doc[0]} {doc[1]}", "NRB", 14)
        p.t(15, 26, "Chirurgie de la main — SOS Main", "NRI", 9.5)
        p.t(15, 31, "Secteur 2 — adhérent OPTAM", "NR", 9)
        p.t(15, 36, f"Clinique des Tilleuls, {city}", "NR", 9)
        p.t(15, 46, f"FINESS clinique : {clin}", "NR", 8, gray=0.3)
        p.t(15, 41, f"RPPS {rpps}", "NR", 9)
        patient_box(p, 110, 15, 85, pat, amcn, mut, "NR", "NRB", born="dot4")
        p.t(15, 62, "NOTE D'HONORAIRES", "NRB", 15)
        p.t(15, 69, f"N° {number} du {fd(issued, 'dot4')}", "NR", 10)
        rows = [[fd(care, "dot4"), x[0], x[1], eur(x[2], "EUR"), "—"] for x in base]
        rows.append([fd(care, "dot4"), "DA", "Dépassement autorisé", "—", eur(da, "EUR")])
        y = p.table(15, 78, [24, 22, 74, 30, 30], ["Date", "Code", "Acte", "Base", "Dépassement"], rows, "lllrr",
                    "NR", "NRB", 8.8, 7)
        totals(p, 110, 195, y + 10, [("Total honoraires", total), ("Part AMO", amo), ("Part AMC", amc),
                                     ("Reste à charge", pt)], "NR", "NRB", 10, 6.5, "EUR")
        p.t(15, y + 10, f"Contrôle du pansement le {fd(check_date, 'dot4')}", "NRI", 9)
        p.t(15, y + 16, "Tiers payant AMO + AMC.", "NRI", 9)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("chirurgien-main", [p1], [("invoice", f)], fax_name="SOS MAIN")


def l07_echo_t3(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(sex=2, year=(1986, 2000))
    street, city, dept = g.addr()
    doc = (r.choice(FIRST_F + FIRST_M), r.choice(LAST))
    rpps = make_rpps(r)
    care = workday(day(r, (3, 9)))
    sa = r.randint(31, 33)
    ddr = care - dt.timedelta(weeks=sa - 2, days=r.randint(0, 5))
    terme = ddr + dt.timedelta(days=280)
    issued = care
    number = f"{care.year}-{r.randint(1000, 9999)}"
    amcn, mut = g.amc_number(), r.choice(MUTUELLES)
    base, da = 7560, 2500
    amc = 1500
    total = base + da
    pt = da - amc
    am = am_number(r, dept, "1")

    def p1(p: Page):
        p.rect(15, 12, 180, 30, fill=0.93, stroke=False)
        p.t(20, 21, f"Dr {doc[0]} {doc[1]}", "NSB", 13)
        p.t(20, 27, "Gynécologie-obstétrique — Échographie obstétricale", "NS", 9)
        p.t(20, 32, f"{street}, {city}", "NS", 9)
        p.t(20, 37, f"RPPS {rpps} · N° AM {am} · Secteur 2", "NS", 9)
        p.t(15, 55, "Facture", "NSB", 16)
        p.t(15, 62, f"N° {number}", "NS", 10)
        p.t(15, 67.5, f"{city_of(city)}, le {fd(issued, 'long')}", "NS", 10)
        patient_box(p, 110, 48, 85, pat, amcn, mut, "NS", "NSB", title="PATIENTE", born="long")
        p.t(15, 90, f"Grossesse : DDR {fd(ddr, 'long')} — terme prévu le {fd(terme, 'long')} — {sa} SA", "NS", 9)
        p.t(15, 95.5, "Assurance maternité : exonération du ticket modérateur (100 % de la base)", "NSI", 9)
        rows = [[fd(care, "long"), "JQQM019", "Échographie du 3e trimestre", eur(base, sep=NBSP), ""],
                [fd(care, "long"), "DA", "Dépassement", "", eur(da, sep=NBSP)]]
        y = p.table(15, 102, [34, 22, 64, 30, 30], ["Date", "Code", "Acte", "Base", "Dépassement"], rows, "lllrr",
                    "NS", "NSB", 8.8, 7, head_fill=0.85)
        totals(p, 110, 195, y + 10, [("Total", total), ("Part AMO (maternité)", base), ("Part AMC", amc),
                                     ("Reste à charge", pt)], "NS", "NSB")

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=base, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("obstetricien-echographie", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def l08_carnet_manuscrit(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1950, 1990))
    pat["last"] = r.choice(PLAIN)
    pat["first"] = r.choice([n for n in FIRST_F + FIRST_M if n.isascii() and (n in FIRST_F) == (pat["sex"] == 2)])
    pat["norm"] = f"{pat['last']} {pat['first']}"
    street, city, dept = g.addr()
    doc = (r.choice(["Pierre", "Anne", "Marc", "Claire"]), r.choice(LAST))
    rpps, am = make_rpps(r), am_number(r, dept, "1")
    care = workday(day(r, (1, 9)))
    number = f"{r.randint(100, 999)}{r.randint(100, 999)}"
    amcn, mut = g.amc_number(), r.choice(["MNT", "Pro BTP", "Alptis", "Solimut", "Mutuelle Bleue"])
    total = 6000
    amo, amc = split(total, 0.70)
    n = pat["nir"]

    def hand(p: Page, x, y, s, size=12):
        c = p.c
        c.saveState()
        c.translate(x * mm, p.h - y * mm)
        c.rotate(1.2)
        c.setFillColorRGB(0.05, 0.1, 0.45)
        c.setFont("HU", size)
        c.drawString(0, 0, s)
        c.restoreState()

    def p1(p: Page):
        p.rect(15, 15, 180, 150, width=0.8)
        p.t(22, 26, "NOTE D'HONORAIRES", "NSB", 15)
        p.t(188, 26, f"N° {number}", "NSB", 12, "r", gray=0.35)
        p.t(22, 32, "(à conserver par le patient — duplicata au carnet)", "NSI", 7.5, gray=0.35)
        labels = [(46, "Reçu de M. / Mme"), (58, "Né(e) le"), (70, "N° d'immatriculation"), (82, "Mutuelle / N° AMC"),
                  (94, "Date des soins"), (106, "Nature des actes"), (118, "Montant des honoraires"),
                  (130, "Dont part AMO / part AMC"), (142, "Reste payé par le patient")]
        for y, lab in labels:
            p.t(22, y, lab, "NS", 8.5)
            p.line(72, y + 1, 188, y + 1, 0.4, 0.5, dash=(1, 1.5))
        p.t(22, 158, "Date et signature :", "NS", 8.5)
        hand(p, 75, 45, f"{pat['last']} {pat['first']}", 13)
        hand(p, 75, 57, fd(pat["birth"]))
        hand(p, 75, 69, f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]}  {n[13:]}")
        hand(p, 75, 81, f"{mut}  -  AMC {amcn}")
        hand(p, 75, 93, fd(care))
        hand(p, 75, 105, "APC - avis ponctuel de consultant")
        hand(p, 75, 117, eur(total, sep=NBSP), 13)
        hand(p, 75, 129, f"{eur(amo, sep=NBSP)}  /  {eur(amc, sep=NBSP)}  (tiers payant)")
        hand(p, 75, 141, eur(0, sep=NBSP))
        hand(p, 55, 157, f"le {fd(care)}")
        p.c.saveState()
        p.c.setStrokeColorRGB(0.05, 0.1, 0.45)
        p.c.setLineWidth(1)
        pth = p.c.beginPath()
        pth.moveTo(100 * mm, p.h - 158 * mm)
        pth.curveTo(108 * mm, p.h - 150 * mm, 112 * mm, p.h - 162 * mm, 125 * mm, p.h - 154 * mm)
        p.c.drawPath(pth, stroke=1, fill=0)
        p.c.restoreState()
        # rubber stamp (tampon), violet ink, rotated
        c = p.c
        c.saveState()
        c.translate(160 * mm, p.h - 150 * mm)
        c.rotate(-7)
        c.setStrokeColorRGB(0.35, 0.2, 0.55)
        c.setFillColorRGB(0.35, 0.2, 0.55)
        c.setLineWidth(1.3)
        c.roundRect(-33 * mm, -12 * mm, 66 * mm, 24 * mm, 2 * mm, stroke=1, fill=0)
        lines = [(f"Docteur {doc[0]} {doc[1]}", "NSB", 9), ("Médecine interne", "NS", 7.5),
                 (street, "NS", 7.5), (city, "NS", 7.5), (f"RPPS {rpps}", "NSB", 8), (f"N° AM {am}", "NS", 7.5)]
        for i, (s, f_, sz) in enumerate(lines):
            c.setFont(f_, sz)
            c.drawCentredString(0, (8 - i * 3.6) * mm, s)
        c.restoreState()
        p.t(15, 172, "Carnet de notes d'honoraires — modèle conforme à l'arrêté du 30 mai 2018", "NS", 6.5, gray=0.4)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=care, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=0,
          amc_number=amcn)
    return Layout("interniste-carnet-manuscrit", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def l09_plasticien_devis(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(sex=2, year=(1970, 1998))
    street, city, dept = g.addr()
    doc = (r.choice(FIRST_F + FIRST_M), r.choice(LAST))
    rpps, am = make_rpps(r), am_number(r, dept, "1")
    siret = make_siret(r)
    care = workday(day(r, (1, 8)))
    issued = care
    number = f"H{care.year}-{r.randint(100, 999)}"
    devis_no = f"D{care.year}-{r.randint(100, 999)}"
    op_date = workday(care + dt.timedelta(days=r.randint(40, 80)))
    amcn, mut = g.amc_number(), r.choice(MUTUELLES)
    base, da = 3000, 5000
    amo = pct(base, 0.70)
    amc = (base - amo) + 3000
    pt = da - 3000
    total = base + da
    d_base, d_da = 43750, 150000

    def head(p: Page):
        p.t(15, 20, f"Dr {doc[0]} {doc[1]}", "GA", 17)
        p.t(15, 27, "Chirurgie plastique, reconstructrice et esthétique", "GAI", 11)
        p.t(15, 33, f"{street}, {city} — Secteur 2 OPTAM", "NS", 8.5)
        p.t(15, 38, f"RPPS {rpps} — N° AM {am} — SIRET {siret_spaced(siret)}", "NS", 8.5)
        p.line(15, 42, 195, 42, 0.8)

    def p1(p: Page):
        head(p)
        p.t(15, 55, "Note d'honoraires", "GA", 16)
        p.t(15, 62, f"N° {number} — {city_of(city)}, le {fd(issued)}", "NS", 9.5)
        patient_box(p, 110, 48, 85, pat, amcn, mut, "NS", "NSB", title="PATIENTE")
        rows = [[fd(care), "CS", "Consultation spécialiste", eur(base, sep=NBSP)],
                [fd(care), "DA", "Dépassement autorisé", eur(da, sep=NBSP)]]
        y = p.table(15, 92, [30, 20, 90, 40], ["Date", "Code", "Libellé", "Montant"], rows, "llll"[:3] + "r",
                    "NS", "NSB", 9, 7, head_fill=None)
        totals(p, 110, 195, y + 10, [("Total", total), ("Part AMO", amo), ("Part AMC", amc),
                                     ("Reste à votre charge", pt)], "NS", "NSB")
        p.t(15, y + 45, "Devis de l'intervention envisagée joint (page 2).", "NSI", 8.5)

    def p2(p: Page):
        head(p)
        p.t(15, 55, "DEVIS — Intervention chirurgicale", "GA", 16)
        p.t(15, 62, f"Devis n° {devis_no} établi le {fd(issued)} — valable 3 mois", "NS", 9.5)
        p.t(15, 68, f"Patiente : {pat['civ']} {pat['last']} {pat['first']}", "NS", 9.5)
        p.t(15, 74, f"Intervention prévue le {fd(op_date)} — Clinique du Lac (hospitalisation 2 nuits)", "NS", 9.5)
        rows = [["QEMA013", "Réduction mammaire bilatérale", eur(d_base, sep=NBSP), eur(d_da, sep=NBSP)]]
        y = p.table(15, 84, [26, 84, 35, 35], ["Code", "Acte", "Base", "Dépassement"], rows, "llrr", "NS", "NSB", 9, 7)
        totals(p, 110, 195, y + 10, [("Montant total du devis", d_base + d_da), ("Base de remboursement", d_base),
                                     ("Dépassement d'honoraires", d_da)], "NS", "NSB")
        p.t(15, y + 35, "Honoraires de l'anesthésiste et frais de clinique non compris.", "NSI", 8.5)
        p.t(15, y + 45, "Bon pour accord, date et signature de la patiente :", "NS", 9)
        p.rect(15, y + 49, 80, 25, width=0.4)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("plasticien-facture-devis", [p1, p2], [("invoice", f)], fax_name=f"DR {doc[1]}")


def l10_sagefemme_avoir(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(sex=2, year=(1988, 2001))
    street, city, dept = g.addr()
    sf = (r.choice(FIRST_F), r.choice(LAST))
    rpps, am = make_rpps(r), am_number(r, dept, "5")
    first = workday(day(r, (3, 8)))
    sessions = [first + dt.timedelta(days=7 * i) for i in range(4)]
    issued = sessions[-1] + dt.timedelta(days=1)
    number = f"SF{issued.year}-{r.randint(100, 999)}"
    prev_no = f"SF{issued.year}-{r.randint(10, 99)}"
    prev_date = first - dt.timedelta(days=r.randint(3, 6))
    cancelled = prev_date - dt.timedelta(days=2)
    amcn, mut = g.amc_number(), r.choice(MUTUELLES)
    unit = 3360
    sub = unit * 4
    total = sub - unit
    terme = first + dt.timedelta(days=r.randint(40, 70))

    def p1(p: Page):
        p.t(15, 20, f"{sf[0]} {sf[1]}", "NSB", 13)
        p.t(15, 26, "Sage-femme libérale — préparation à la naissance", "NS", 9)
        p.t(15, 31, f"{street}, {city}", "NS", 9)
        p.t(15, 36, f"N° RPPS : {rpps}   N° AM : {am}", "NS", 9)
        patient_box(p, 110, 15, 85, pat, amcn, mut, "NS", "NSB", title="PATIENTE")
        p.t(15, 62, f"RELEVÉ D'HONORAIRES N° {number}", "NSB", 13)
        p.t(15, 68.5, f"Établi le {fd(issued)} — terme prévu le {fd(terme)} — assurance maternité 100 %", "NS", 9)
        # table with rotated column headers
        widths = [28, 78, 18, 18, 18, 20]
        heads = ["Date", "Prestation", "Montant", "Part AMO", "Part AMC", "Reste"]
        x0, y0, hh = 15, 76, 22
        x = x0
        for w, h in zip(widths, heads):
            p.rect(x, y0, w, hh, width=0.4)
            if h in ("Date", "Prestation"):
                p.t(x + 2, y0 + hh - 3, h, "NSB", 8.5)
            else:
                c = p.c
                c.saveState()
                c.translate((x + w / 2 + 1.2) * mm, p.h - (y0 + hh - 2) * mm)
                c.rotate(90)
                c.setFont("NSB", 8.5)
                c.drawString(0, 0, h)
                c.restoreState()
            x += w
        rows = [[fd(s), f"Séance de préparation n° {i + 3} (SF 12)", eur(unit, "plain"), eur(unit, "plain"),
                 "0,00", "0,00"] for i, s in enumerate(sessions)]
        rows.append(["", "Sous-total des séances", eur(sub, "plain"), eur(sub, "plain"), "0,00", "0,00"])
        rows.append([fd(issued), f"Avoir sur facture {prev_no} du {fd(prev_date)}", "-" + eur(unit, "plain"),
                     "-" + eur(unit, "plain"), "0,00", "0,00"])
        rows.append(["", f"(séance du {fd(cancelled)} facturée mais non réalisée)", "", "", "", ""])
        y = y0 + hh
        for i, row in enumerate(rows):
            x = x0
            for j, (w, cell) in enumerate(zip(widths, row)):
                p.rect(x, y, w, 7, width=0.3)
                if j <= 1:
                    p.t(x + 1.5, y + 5, cell, "NSI" if i == 6 else "NS", 8.3)
                else:
                    p.t(x + w - 1.5, y + 5, cell, "NS", 8.3, "r")
                x += w
            y += 7
        y += 8
        totals(p, 110, 195, y, [("Total à payer", total), ("Part AMO", total), ("Part AMC", 0),
                                ("Reste à charge", 0)], "NS", "NSB")
        p.t(15, y, "Montants en euros.", "NSI", 8.5)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=sessions[0], total_amount=total, amo_amount=total, amc_amount=0,
          patient_amount=0, amc_number=amcn)
    return Layout("sagefemme-preparation-avoir", [p1], [("invoice", f)], fax_name=f"SF {sf[1]}")


LAYOUTS = [l01_teleconsultation, l02_centre_ophtalmo, l03_irm, l04_thermes, l05_nucleaire, l06_main, l07_echo_t3,
           l08_carnet_manuscrit, l09_plasticien_devis, l10_sagefemme_avoir]
FILE_IDS = {1: "b104", 2: "b109", 3: "b101", 4: "b107", 5: "b103", 6: "b110", 7: "b106", 8: "b102", 9: "b108",
            10: "b105"}


# ------------------------------------------------------------------------------------------- checks
def check(lay: Layout) -> None:
    """Identifiers valid and amounts consistent, or fail loudly."""
    for kind, f in lay.docs:
        if "rpps" in f:
            assert len(f["rpps"]) == 11 and luhn.is_valid(f["rpps"]), f["rpps"]
        for k in ("adeli", "finess"):
            if k in f:
                assert len(f[k]) == 9 and luhn.is_valid(f[k]), (k, f[k])
        assert sum(k in f for k in ("rpps", "adeli", "finess")) == 1
        n = f["nir"]
        assert stdnir.is_valid(n) and n[0] in "12" and 1 <= int(n[3:5]) <= 12 and len(n) == 15, n
        c = {k: int(f[k].replace(".", "")) for k in ("total_amount", "amo_amount", "amc_amount", "patient_amount")}
        assert c["total_amount"] == c["amo_amount"] + c["amc_amount"] + c["patient_amount"], (lay.id, c)
        assert all(v >= 0 for v in c.values())
        assert f["amc_number"].isdigit() and len(f["amc_number"]) in (8, 9), f["amc_number"]
        assert f["patient_name"].split(" ", 1)[0].replace("-", "").replace(" ", "").isupper()
        assert kind == "invoice" and f["care_date"] <= f["invoice_date"], lay.id
        assert f["patient_birth_date"] < f["care_date"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="documents16")
    ap.add_argument("--seed", type=int, default=161)
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    g = Gen(args.seed)
    rng = random.Random(args.seed * 7 + 1)
    lays = [make(g) for make in LAYOUTS]
    for lay in lays:
        check(lay)
    assert sorted(FILE_IDS.values()) == [f"b{101 + i}" for i in range(10)]
    for n, lay in enumerate(lays, 1):
        stem = FILE_IDS[n]
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
