"""cd /work/main/bench/heldout && /work/main/.venv/bin/python documents14_gen.py --out documents14 --seed 141

Fourteenth blind held-out layout set: ten French tiers-payant documents of everyday practice, each rendered five
ways.

Written blind (without reading parsers/, classifiers/, intake/, workers/, tests/, samples/, bench/*.py other than
the set 4 and 6 generators, or any rendered held-out set), in professions and designs not used by sets 10 to 13.
Like sets 10-13 it is REALISTIC: seven ordinary documents as practice software, a word processor or an
establishment prints them, and three harder ones that a clerk still reads without hesitating.
  1. endocrinologue-diabétologue secteur 1 (RPPS) note d'honoraires typed in a word processor (Carlito): drawn
     monogram logo, APC + thyroid ultrasound (KCQM001), the 2 EUR participation forfaitaire deducted from the AMO
     share and left to the patient, the referring GP's RPPS and letter date, next appointment date, N° AM, SIRET
     and IBAN in the footer;
  2. clinique psychiatrique privée (FINESS géographique in the header, FINESS juridique in the footer) 'facture de
     séjour' in Liberation Sans: drawn tree logo, entrée (with time) / sortie dates, prix de journée 80 % / 20 %,
     forfait journalier psychiatrie (15 EUR) for the AMC, chambre particulière capped by the AMC (the rest to the
     patient), per-line AMO / AMC / patient columns, IPP and séjour numbers, the attending psychiatrist's RPPS and
     the AMC's prise-en-charge number as distractors, U+202F thousands ('4 573,40 €');
  3. infirmière en pratique avancée (IPA, RPPS) in Caladea: quarterly follow-up forfait (FPAS = PAI 5, 50 EUR),
     60 % / 40 %, dash dates ('12-08-2025'), NIR printed as 13 + 2 digits, the orienting GP's RPPS and orientation
     date, next contact date, N° AM (category 6) and SIRET in the footer;
  4. médecin de médecine physique et de réadaptation (MPR) secteur 2 OPTAM (RPPS) in Liberation Serif: 'note
     récapitulative' of two visits (consultation, then a knee injection a week later: care date = the first), each
     with its own 'DA' dépassement line, dépassement partly covered by the AMC, long issue date ('20 juin 2025'),
     the referring orthopaedic surgeon's RPPS, a physiotherapy prescription note;
  5. néphrologue secteur 1 (RPPS) with a shaded LEFT SIDEBAR carrying the practitioner's identity (RPPS, N° AM,
     hours), Liberation Sans body and Caladea headings: CS + MPC + MCS, AMO 70 % printed gross, laboratory values
     with their own date, the GP's RPPS in a 'copie à' line, '37,00 EUR' amounts;
  6. orthodontiste (ODF, RPPS) semester invoice for a TEENAGER in Liberation Sans: rounded two-column block
     (patient | responsable légal = the insured parent, whose NIR is printed), 'TO 90' semester line with base
     193,50 and fee 700,00, the semester period (care date = its first day), treatment-plan (devis) number and
     entente préalable date as distractors, NBSP amounts;
  7. oncologue médical secteur 2 (RPPS) in a private cancer institute, Caladea headings + Carlito body: APC + DA
     dépassement, ALD exonération (AMO 100 % of the base), dépassement shared by the AMC and the patient, the
     protocole de soins date and the next chemotherapy date as distractors, the institute's FINESS as distractor;
  8. HARDER - a clinic secretariat sends, in ONE two-page PDF, the SURGEON's and the ANAESTHETIST's notes
     d'honoraires for the same laparoscopic cholecystectomy (HMFC004, activities 1 and 4): two different invoicers
     (two RPPS, two numbers, two issue dates), the same patient, date and AMC; both secteur 2 OPTAM-CO with a
     dépassement, the 24 EUR participation forfaitaire taken by the AMC, the clinic's FINESS as distractor; TWO
     documents in the JSON; Carlito;
  9. HARDER - hépato-gastro-entérologue (RPPS): page 1 is the COMPTE RENDU D'ENDOSCOPIE (Liberation Serif: exam
     date, anaesthetist, findings, biopsies sent to pathology, control colonoscopy in three years, 'copie à' the GP
     with his RPPS), page 2 the note d'honoraires (Caladea: HHQE005 + HEQE002 at 50 % + DA dépassement, 24 EUR
     participation forfaitaire); one document in the JSON;
 10. HARDER - cabinet d'anatomie et cytologie pathologiques (the pathologist's RPPS invoices) TWO-PAGE invoice
     printed '2 pages par feuille': both A4 pages reduced side by side on ONE landscape sheet (left: header,
     patient, prescribing gastroenterologist's RPPS, prélèvement / reçu / compte-rendu dates, flacons 1-6 and an
     'à reporter' subtotal; right: the remaining lines and the totals), Liberation Sans with Liberation Mono codes;
     care date = the prélèvement date, which is the date printed on the act lines.

Rendering, identifier and JSON helpers come from documents4_gen.py (imported); text_pdf6 and the photo renderer
from documents6_gen.py. Fonts new to the held-out sets: Carlito, Caladea, Liberation Sans / Serif / Mono (Debian
packages fonts-crosextra-carlito, fonts-crosextra-caladea, fonts-liberation2: `apt-get install` them before running).
Every identifier is checksum-valid (distractors too); amounts add up (check()). All random values are drawn before
drawing, so the page callables are pure.

Renderings, for every layout: <id>.text.pdf (real text layer), <id>.scan.pdf (image-only), <id>.photo.jpg (phone
photo), <id>.fax-fine.tif (G4, 204x196), <id>.fax-normal.tif (G3, 204x98). File ids are neutral: z101..z110 (the
order of the files is not the order above; see FILE_IDS). Each file gets <file>.json ground truth (same format as
sets 4-13).

Ground-truth conventions (as sets 5-13 and DOMAIN.md): care_date = first day of care for a series, a stay or a
treatment period (a two-visit recap: the first visit); for a child beneficiary nir = the insured parent's number
printed on the page, patient_name and patient_birth_date = the child's; rpps/adeli/finess = the invoicer only
(FINESS géographique for an establishment); amc_number = the complementary insurer's number, never the
adherent/member number nor a prise-en-charge number; patient_name = 'LASTNAME Firstname' with accents as printed; a
field not printed is omitted; an attached medical report is not a document of its own.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import unicodedata
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from stdnum import luhn
from stdnum.fr import nir as stdnir
from stdnum.fr import siret as stdsiret

# Rendering, identifier and ground-truth helpers: the same as set 4's and set 6's generators (run from this folder).
from documents4_gen import *  # noqa: F403
from documents4_gen import (FIRST_F, FIRST_M, LAST, MONTHS, MUTUELLES, NBSP, NNBSP, Gen, Layout, Page, F, amt, day,
                            digits, eur, fd, fax_tiff, iban, make_finess, make_rpps, make_siret, nir_spaced, pct,
                            phone, scan_pdf, siret_spaced)
from documents6_gen import city_of, dnum, photo6, text_pdf6

_TTF = {"CA": "crosextra/Carlito-Regular.ttf", "CAB": "crosextra/Carlito-Bold.ttf",
        "CAI": "crosextra/Carlito-Italic.ttf", "KA": "crosextra/Caladea-Regular.ttf",
        "KAB": "crosextra/Caladea-Bold.ttf", "KAI": "crosextra/Caladea-Italic.ttf",
        "LS": "liberation2/LiberationSans-Regular.ttf", "LSB": "liberation2/LiberationSans-Bold.ttf",
        "LSI": "liberation2/LiberationSans-Italic.ttf", "LR": "liberation2/LiberationSerif-Regular.ttf",
        "LRB": "liberation2/LiberationSerif-Bold.ttf", "LRI": "liberation2/LiberationSerif-Italic.ttf",
        "LM": "liberation2/LiberationMono-Regular.ttf", "LMB": "liberation2/LiberationMono-Bold.ttf"}
for _alias, _file in _TTF.items():
    pdfmetrics.registerFont(TTFont(_alias, f"/usr/share/fonts/truetype/{_file}"))

HOLIDAYS = {dt.date(2025, m, d) for m, d in [(1, 1), (4, 21), (5, 1), (5, 8), (5, 29), (6, 9), (7, 14), (8, 15),
                                             (11, 1), (11, 11), (12, 25)]}
TD = dt.timedelta


def workday(d: dt.date) -> dt.date:
    while d.weekday() >= 5 or d in HOLIDAYS:
        d += TD(days=1)
    return d


def other_last(r: random.Random, *avoid: str) -> str:
    while True:
        n = r.choice(LAST)
        if n not in avoid:
            return n


def am_number(r: random.Random, dept: str, cat: str) -> str:
    return f"{dnum(dept)}{cat}{digits(r, 5)}"


def hm(r: random.Random) -> str:
    return f"{r.randint(8, 17)}h{r.choice(['00', '15', '30', '45'])}"


def circle(p: Page, x: float, y: float, rad: float, fill: float | None = None, width: float = 0.8, gray: float = 0):
    c = p.c
    c.setLineWidth(width)
    c.setStrokeGray(gray)
    if fill is not None:
        c.setFillGray(fill)
    c.circle(x * mm, p.h - y * mm, rad * mm, stroke=1, fill=int(fill is not None))
    c.setFillGray(0)
    c.setStrokeGray(0)


def totals(p: Page, x_lab: float, x_val: float, y: float, rows, f: str, fb: str, size: float = 9.5,
           step: float = 6.5, bold=(0,), align_lab: str = "r") -> float:
    for i, (lab, v) in enumerate(rows):
        p.t(x_lab, y + i * step, lab, fb if i in bold else f, size, align_lab)
        p.t(x_val, y + i * step, v, fb if i in bold else f, size, "r")
    return y + len(rows) * step


# ------------------------------------------------------------------------------------------- layouts
def l01_endocrino(g: Gen) -> Layout:
    """Endocrinologist secteur 1, word-processor note (Carlito), APC + thyroid ultrasound, participation forfaitaire."""
    r = g.rng
    pat = g.person(sex=2, year=(1950, 1985))
    street, city, dept = g.addr()
    rpps, gp = make_rpps(r), make_rpps(r)
    am, siret, ib, tel = am_number(r, dept, "1"), make_siret(r), iban(r), phone(r)
    care = workday(day(r, (2, 9)))
    issued = care
    letter = care - TD(days=r.randint(15, 45))
    nxt = workday(care + TD(days=r.choice([91, 119, 182])))
    nxt_h = hm(r)
    number = f"{care.year}-{r.randint(300, 1900):05d}"
    acts = [("APC", "Avis ponctuel de consultant", 6000), ("KCQM001", "Échographie de la glande thyroïde", 3780)]
    total = sum(a[2] for a in acts)
    pt = 200
    amo = pct(total, 0.70) - pt
    amc = total - amo - pt
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    doc = (r.choice(FIRST_F), other_last(r, pat["last"]))
    gp_name = f"Dr {r.choice(FIRST_M)} {other_last(r, pat['last'], doc[1])}"
    tsh = f"{r.randint(2, 9)},{r.randint(0, 99):02d}"

    def p1(p: Page):
        circle(p, 185, 22, 9, fill=0.9, width=1.2, gray=0.25)
        p.t(185, 25, f"{doc[0][0]}{doc[1][0]}", "CAB", 17, "c", gray=0.25)
        p.t(15, 18, f"Docteur {doc[0]} {doc[1]}", "CAB", 16)
        p.t(15, 24.5, "Endocrinologie – Diabétologie – Maladies métaboliques", "CAI", 10.5)
        p.t(15, 30, "Ancienne Assistante des Hôpitaux – Conventionnée secteur 1", "CA", 10)
        p.t(15, 35.5, f"{street} – {city}", "CA", 10)
        p.t(15, 41, f"Tél. {tel} – Consultations sur rendez-vous", "CA", 10)
        p.line(15, 46, 195, 46, 1.0, 0.3)
        p.t(195, 56, f"{city_of(city)}, le {fd(issued)}", "CA", 11, "r")
        p.t(105, 70, "NOTE D'HONORAIRES", "CAB", 15, "c")
        p.t(105, 76.5, f"N° {number}", "CA", 11, "c")
        rows = [("Patiente", f"{pat['civ']} {pat['last']} {pat['first']}"),
                ("Née le", fd(pat["birth"])),
                ("N° de sécurité sociale", nir_spaced(pat["nir"])),
                ("Complémentaire santé", f"{mut} – N° AMC {amcn}"),
                ("Adressée par", f"{gp_name} (RPPS {gp}), courrier du {fd(letter)}")]
        for i, (a, b) in enumerate(rows):
            p.t(15, 90 + i * 6.5, f"{a} :", "CA", 10.5)
            p.t(62, 90 + i * 6.5, b, "CAB" if i == 0 else "CA", 10.5)
        y = p.table(15, 128, [26, 26, 98, 30], ["Date", "Code", "Libellé de l'acte", "Montant"],
                    [[fd(care), c, lib, eur(v, sep=NNBSP)] for c, lib, v in acts], "lllr", "CA", "CAB", 10.5, 7.5,
                    0.9)
        y = totals(p, 160, 195, y + 9, [("Total des honoraires", eur(total, sep=NNBSP)),
                                        ("Part Assurance Maladie (70 %, participation déduite)", eur(amo, sep=NNBSP)),
                                        ("Part complémentaire (30 %)", eur(amc, sep=NNBSP)),
                                        ("Reste à charge : participation forfaitaire", eur(pt, sep=NNBSP))],
                   "CA", "CAB", 10.5, 6.5, bold=(0, 3))
        p.t(15, y + 8, "Tiers payant AMO et AMC. La participation forfaitaire de 2,00 € reste à la charge de "
            "la patiente.", "CAI", 9.5)
        p.t(15, y + 14, f"Dernière TSH communiquée : {tsh} mUI/l.", "CAI", 9.5)
        p.t(15, y + 24, f"Prochain rendez-vous : le {fd(nxt)} à {nxt_h} (échographie de contrôle).", "CAB", 10)
        p.t(140, y + 40, f"Dr {doc[0][0]}. {doc[1]}", "CAI", 11)
        p.line(15, 276, 195, 276, 0.4, 0.5)
        p.t(105, 280.5, f"RPPS {rpps} – N° AM {am} – SIRET {siret_spaced(siret)}", "CA", 8, "c", gray=0.3)
        p.t(105, 284.5, f"Membre d'une AGA, le règlement par chèque est accepté – IBAN {ib}", "CA", 8, "c", gray=0.3)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("endocrinologue note traitement de texte", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def l02_clinique_psy(g: Gen) -> Layout:
    """Private psychiatric clinic stay: PJ 80/20, forfait journalier psy, chambre particulière capped by the AMC."""
    r = g.rng
    pat = g.person(year=(1960, 2000))
    street, city, dept = g.addr()
    fgeo, fjur = make_finess(r, dnum(dept)), make_finess(r, dnum(dept))
    psy = make_rpps(r)
    psy_name = f"Dr {r.choice(FIRST_M + FIRST_F)} {other_last(r, pat['last'])}"
    entree = workday(day(r, (1, 9)))
    nights = r.randint(9, 14)
    sortie = entree + TD(days=nights)
    issued = workday(sortie + TD(days=r.randint(2, 8)))
    number = f"FS{issued.strftime('%y')}-{r.randint(1000, 9999):06d}"
    ipp, sej = digits(r, 8), f"{entree.strftime('%y')}{digits(r, 6)}"
    pec_n, pec_d = f"{r.randint(10, 99)}{digits(r, 8)}", entree - TD(days=r.randint(1, 3))
    ent_h = f"{r.randint(9, 17):02d}:{r.randint(0, 59):02d}"
    pj = r.choice([24560, 25310, 23880])
    cp, cp_amc = 6500, 5000
    lines = [("PJ", "Prix de journée — hospitalisation complète", nights, pj),
             ("FJ", "Forfait journalier psychiatrie", nights + 1, 1500),
             ("CP", "Chambre particulière", nights, cp)]
    split = []
    for code, _, q, u in lines:
        m = q * u
        if code == "PJ":
            a = pct(m, 0.80)
            split.append((m, a, m - a, 0))
        elif code == "FJ":
            split.append((m, 0, m, 0))
        else:
            split.append((m, 0, q * cp_amc, m - q * cp_amc))
    total = sum(s[0] for s in split)
    amo, amc, pt = (sum(s[i] for s in split) for i in (1, 2, 3))
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    name = r.choice(["Clinique des Tilleuls", "Clinique du Val Fleuri", "Clinique Saint-Vincent"])
    tel, fax, siret = phone(r), phone(r), make_siret(r)
    sp = lambda v: eur(v, "plain", NNBSP)  # noqa: E731

    def p1(p: Page):
        # tree logo
        p.rect(20.5, 24, 2, 7, fill=0.3, stroke=False)
        for dx, dy, rad in [(0, 0, 4.5), (-3.5, 3, 3.2), (3.5, 3, 3.2)]:
            circle(p, 21.5 + dx, 19 + dy, rad, fill=0.55, width=0.2, gray=0.55)
        p.t(30, 19, name.upper(), "LSB", 14)
        p.t(30, 24.5, "Établissement de santé mentale privé — hospitalisation complète et de jour", "LS", 8.5)
        p.t(30, 29, f"{street} · {city} · Tél. {tel} · Fax {fax}", "LS", 8.5)
        p.t(195, 19, "N° FINESS", "LS", 7.5, "r", gray=0.4)
        p.t(195, 24.5, fgeo, "LSB", 11, "r")
        p.line(15, 34, 195, 34, 1.2)
        p.t(15, 44, "FACTURE DE SÉJOUR", "LSB", 15)
        p.t(15, 50, "Hospitalisation complète en psychiatrie — facture de sortie", "LS", 9)
        p.rect(120, 38, 75, 24, fill=0.93, width=0.4)
        for i, (a, b) in enumerate([("Facture n°", number), ("Date", fd(issued)), ("N° de séjour", sej),
                                    ("IPP", ipp)]):
            p.t(123, 43 + i * 5.3, a, "LS", 8.5)
            p.t(192, 43 + i * 5.3, b, "LSB" if i < 2 else "LS", 9, "r")
        p.t(15, 70, "Patient", "LSB", 9, gray=0.35)
        p.t(15, 76, f"{pat['last']} {pat['first']}", "LSB", 11)
        p.t(15, 81.5, f"Né(e) le {fd(pat['birth'])}", "LS", 9.5)
        p.t(15, 87, f"NIR {nir_spaced(pat['nir'])}", "LS", 9.5)
        p.t(110, 70, "Organisme complémentaire (tiers payant)", "LSB", 9, gray=0.35)
        p.t(110, 76, mut, "LS", 9.5)
        p.t(110, 81.5, f"N° AMC {amcn}", "LSB", 9.5)
        p.t(110, 87, f"Prise en charge n° {pec_n} du {fd(pec_d)}", "LS", 8.5)
        p.t(15, 98, f"Entrée le {fd(entree)} à {ent_h}    Sortie le {fd(sortie)}    ({nights} journées)", "LSB", 9.5)
        p.t(15, 103.5, f"Médecin psychiatre responsable : {psy_name} — RPPS {psy}    Mode : hospitalisation libre",
            "LS", 8.5)
        rows = [[c, lib, str(q), sp(u), sp(s[0]), sp(s[1]), sp(s[2]), sp(s[3])]
                for (c, lib, q, u), s in zip(lines, split)]
        rows.append(["", "TOTAL", "", "", sp(total), sp(amo), sp(amc), sp(pt)])
        y = p.table(15, 110, [10, 62, 10, 17, 21, 20, 20, 20],
                    ["Code", "Prestation", "Qté", "P.U.", "Montant", "Part AMO", "Part AMC", "Patient"], rows,
                    "llcrrrrr", "LS", "LSB", 8, 7, 0.85)
        p.t(15, y + 5, "Montants en euros.", "LSI", 7.5)
        y = totals(p, 160, 195, y + 14, [("Total du séjour", eur(total, sep=NNBSP)),
                                         ("Pris en charge par l'Assurance Maladie", eur(amo, sep=NNBSP)),
                                         ("Pris en charge par l'organisme complémentaire", eur(amc, sep=NNBSP)),
                                         ("Reste dû par le patient", eur(pt, sep=NNBSP))], "LS", "LSB", 9.5, 6.5,
                   bold=(0, 3))
        p.t(15, y + 6, f"Chambre particulière facturée {eur(cp)} par jour ; prise en charge complémentaire "
            f"plafonnée à {eur(cp_amc)} par jour selon votre contrat.", "LS", 8.5)
        p.t(15, y + 11, "Le reste dû est à régler à l'accueil ou par virement à réception de la présente facture.",
            "LS", 8.5)
        p.line(15, 275, 195, 275, 0.4, 0.5)
        p.t(105, 279.5, f"SAS {name} — FINESS juridique {fjur} — SIRET {siret_spaced(siret)}", "LS", 7, "c",
            gray=0.35)
        p.t(105, 283.5, "Établissement privé à but lucratif, autorisé en psychiatrie générale.", "LS", 7, "c",
            gray=0.35)

    f = F(finess=fgeo, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=entree, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("clinique psychiatrique sejour", [p1], [("invoice", f)], fax_name=name.upper()[:24])


def l03_ipa(g: Gen) -> Layout:
    """Infirmière en pratique avancée, quarterly forfait FPAS (PAI 5), dash dates, NIR 13 + 2."""
    r = g.rng
    pat = g.person(year=(1948, 1960))
    street, city, dept = g.addr()
    rpps, gp = make_rpps(r), make_rpps(r)
    am, siret, tel = am_number(r, dept, "6"), make_siret(r), phone(r, ".")
    care = workday(dt.date(2025, r.choice([4, 5, 7, 8]), r.randint(1, 25)))
    q = (care.month - 1) // 3 + 1
    issued = care
    orient = dt.date(2025, 1, 1) + TD(days=r.randint(10, 60))
    nxt = workday(care + TD(days=r.randint(80, 95)))
    number = f"IPA{care.strftime('%y')}-{r.randint(100, 999):04d}"
    total, amo = 5000, 3000
    amc, pt = total - amo, 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    nom = (r.choice(FIRST_F), other_last(r, pat["last"]))
    gp_name = f"Dr {r.choice(FIRST_M)} {other_last(r, pat['last'], nom[1])}"

    def dash(d: dt.date) -> str:
        return d.strftime("%d-%m-%Y")

    def p1(p: Page):
        p.rect(15, 13, 2.2, 28, fill=0.35, stroke=False)
        p.t(21, 20, f"{nom[0]} {nom[1]}", "KAB", 16)
        p.t(21, 26, "Infirmière en pratique avancée (IPA)", "KA", 10.5)
        p.t(21, 31, "Mention « Pathologies chroniques stabilisées, prévention, polypathologies »", "KAI", 9)
        p.t(21, 36.5, f"{street}, {city} · {tel}", "KA", 9.5)
        p.t(195, 20, "FACTURE", "KAB", 17, "r")
        p.t(195, 27, f"N° {number}", "KA", 10.5, "r")
        p.t(195, 33, f"Date : {dash(issued)}", "KA", 10.5, "r")
        p.t(195, 39, f"RPPS {rpps}", "KAB", 10, "r")
        p.line(15, 46, 195, 46, 0.4)
        info = [("BÉNÉFICIAIRE", f"{pat['last']} {pat['first']}"), ("DATE DE NAISSANCE", dash(pat["birth"])),
                ("N° D'IMMATRICULATION", f"{pat['nir'][:13]} {pat['nir'][13:]}"),
                ("COMPLÉMENTAIRE", f"{mut} · AMC n° {amcn}"),
                ("ORIENTÉ(E) PAR", f"{gp_name}, médecin traitant — RPPS {gp} — le {dash(orient)}"),
                ("PATHOLOGIE SUIVIE", "Diabète de type 2 — suivi régulier")]
        for i, (a, b) in enumerate(info):
            p.t(15, 56 + i * 6.5, a, "KA", 7.5, gray=0.4)
            p.t(62, 56 + i * 6.5, b, "KAB" if i == 0 else "KA", 10)
        y0 = 104
        p.line(15, y0, 195, y0, 0.8)
        p.t(17, y0 + 5, "Date", "KAB", 9.5)
        p.t(45, y0 + 5, "Code", "KAB", 9.5)
        p.t(70, y0 + 5, "Désignation", "KAB", 9.5)
        p.t(193, y0 + 5, "Montant", "KAB", 9.5, "r")
        p.line(15, y0 + 7.5, 195, y0 + 7.5, 0.4)
        p.t(17, y0 + 14, dash(care), "KA", 10)
        p.t(45, y0 + 14, "FPAS", "KA", 10)
        p.t(70, y0 + 14, f"Forfait de suivi IPA (PAI 5) — {q}e trimestre {care.year}", "KA", 10)
        p.t(193, y0 + 14, eur(total, sep=NBSP), "KA", 10, "r")
        p.t(70, y0 + 19.5, "Consultation au cabinet : bilan, examen clinique, renouvellement adapté.", "KAI", 8.5,
            gray=0.3)
        p.line(15, y0 + 24, 195, y0 + 24, 0.8)
        totals(p, 160, 193, y0 + 34, [("Total", eur(total, sep=NBSP)), ("Part AMO (60 %)", eur(amo, sep=NBSP)),
                                      ("Part AMC (40 %)", eur(amc, sep=NBSP)),
                                      ("Reste à charge", eur(pt, sep=NBSP))], "KA", "KAB", 10.5, 6.5)
        p.t(15, y0 + 70, "Dispense d'avance des frais : tiers payant Assurance Maladie et complémentaire.", "KAI", 9)
        p.t(15, y0 + 76, f"Prochain contact prévu : semaine du {dash(nxt)}.", "KAI", 9)
        p.t(15, y0 + 82, "Compte rendu de suivi adressé au médecin traitant.", "KAI", 9)
        p.line(15, 277, 195, 277, 0.3, 0.5)
        p.t(105, 281.5, f"N° AM {am} · SIRET {siret} · Exonération de TVA, art. 261-4-1° du CGI", "KA", 7.5, "c",
            gray=0.35)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("infirmiere pratique avancee forfait", [p1], [("invoice", f)], fax_name=f"IPA {nom[1]}")


def l04_mpr(g: Gen) -> Layout:
    """MPR secteur 2 OPTAM note récapitulative of two visits with DA lines, long issue date (Liberation Serif)."""
    r = g.rng
    pat = g.person(year=(1955, 1990))
    street, city, dept = g.addr()
    rpps, ortho = make_rpps(r), make_rpps(r)
    am, siret = am_number(r, dept, "1"), make_siret(r)
    v1 = workday(day(r, (2, 8)))
    v2 = workday(v1 + TD(days=r.randint(6, 9)))
    issued = workday(v2 + TD(days=r.randint(0, 3)))
    number = f"{r.randint(10000, 99999)}"
    lines = [(v1, "CS", "Consultation de médecine physique", 3000), (v1, "DA", "Dépassement autorisé (OPTAM)", 2000),
             (v2, "NZLB001", "Injection intra-articulaire du genou, sans guidage", 4180),
             (v2, "DA", "Dépassement autorisé (OPTAM)", 1500)]
    base = sum(v for _, c, _, v in lines if c != "DA")
    dep = sum(v for _, c, _, v in lines if c == "DA")
    total = base + dep
    amo = pct(base, 0.70)
    amc = (base - amo) + 2000
    pt = total - amo - amc
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    doc = (r.choice(FIRST_M), other_last(r, pat["last"]))
    ortho_name = f"Dr {r.choice(FIRST_F)} {other_last(r, pat['last'], doc[1])}"
    tel = phone(r)

    def p1(p: Page):
        p.t(195, 18, f"Docteur {doc[0]} {doc[1]}", "LRB", 14, "r")
        p.t(195, 24, "Médecine Physique et de Réadaptation", "LRI", 10.5, "r")
        p.t(195, 29, "Médecine du sport — Échographie musculo-squelettique", "LR", 9.5, "r")
        p.t(195, 34, "Secteur 2 — adhérent OPTAM", "LR", 9.5, "r")
        p.t(195, 39.5, f"{street} — {city}", "LR", 9.5, "r")
        p.t(195, 44.5, f"Tél. {tel}", "LR", 9.5, "r")
        p.line(120, 13, 120, 47, 0.8)
        p.t(15, 20, "N° RPPS", "LR", 8.5, gray=0.4)
        p.t(15, 25, rpps, "LRB", 10.5)
        p.t(15, 31, "N° AM", "LR", 8.5, gray=0.4)
        p.t(15, 36, am, "LR", 10.5)
        p.t(15, 62, "NOTE D'HONORAIRES RÉCAPITULATIVE", "LRB", 14)
        p.t(15, 68.5, f"N° {number} — établie le {fd(issued, 'long')}", "LR", 10.5)
        p.rect(15, 76, 110, 32, width=0.5)
        p.t(18, 82, f"{pat['civ']} {pat['last']} {pat['first']}", "LRB", 11)
        p.t(18, 88, f"Né(e) le {fd(pat['birth'], 'long')}", "LR", 10)
        p.t(18, 94, f"N° SS : {nir_spaced(pat['nir'])}", "LR", 10)
        p.t(18, 100, f"Mutuelle : {mut}", "LR", 10)
        p.t(18, 105, f"N° AMC : {amcn}", "LR", 10)
        p.t(132, 82, "Adressé(e) par", "LRI", 9, gray=0.3)
        p.t(132, 88, ortho_name, "LR", 9.5)
        p.t(132, 93, "Chirurgien orthopédiste", "LR", 9.5)
        p.t(132, 98, f"RPPS {ortho}", "LR", 9.5)
        rows = [[fd(d), c, lib, eur(v, sep=NBSP)] for d, c, lib, v in lines]
        y = p.table(15, 116, [26, 24, 100, 30], ["Date", "Code", "Acte", "Honoraires"], rows, "lllr", "LR", "LRB",
                    10, 7.5, 0.9, vlines=False)
        y = totals(p, 160, 195, y + 10, [("Total des honoraires", eur(total, sep=NBSP)),
                                         ("dont dépassements", eur(dep, sep=NBSP)),
                                         ("Remboursement Sécurité sociale (70 % de la base)", eur(amo, sep=NBSP)),
                                         ("Part mutuelle", eur(amc, sep=NBSP)),
                                         ("Reste à votre charge", eur(pt, sep=NBSP))], "LR", "LRB", 10, 6.5,
                   bold=(0, 4))
        p.t(15, y + 8, "Le patient a été informé du montant des dépassements avant les soins (OPTAM).", "LRI", 9)
        p.t(15, y + 14, "Prescription remise ce jour : 15 séances de rééducation du genou (kinésithérapie).", "LRI",
            9)
        p.t(15, y + 20, "Tiers payant sur la part obligatoire et la part complémentaire.", "LRI", 9)
        p.t(150, y + 34, f"Dr {doc[1]}", "LRI", 11, "c")
        p.line(15, 280, 195, 280, 0.3, 0.5)
        p.t(105, 284, f"SIRET {siret_spaced(siret)} — Honoraires exonérés de TVA", "LR", 7.5, "c", gray=0.4)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=v1, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("mpr note recapitulative deux visites", [p1], [("invoice", f)], fax_name=f"DR {doc[1]} MPR")


def l05_nephro(g: Gen) -> Layout:
    """Nephrologist secteur 1, shaded left sidebar with the identity, CS + MPC + MCS, lab values, 'EUR' amounts."""
    r = g.rng
    pat = g.person(year=(1945, 1980))
    street, city, dept = g.addr()
    rpps, gp = make_rpps(r), make_rpps(r)
    am, tel = am_number(r, dept, "1"), phone(r)
    care = workday(day(r, (2, 10)))
    issued = care
    lab_d = care - TD(days=r.randint(4, 15))
    number = f"N{care.strftime('%y%m')}{r.randint(100, 999)}"
    acts = [("CS", "Consultation spécialiste", 3000), ("MPC", "Majoration provisoire clinicien", 200),
            ("MCS", "Majoration de coordination spécialiste", 500)]
    total = sum(a[2] for a in acts)
    amo = pct(total, 0.70)
    amc, pt = total - amo, 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    doc = (r.choice(FIRST_M), other_last(r, pat["last"]))
    gp_name = f"Dr {r.choice(FIRST_F)} {other_last(r, pat['last'], doc[1])}"
    creat, dfg = r.randint(140, 230), r.randint(25, 45)

    def p1(p: Page):
        p.rect(0, 0, 60, 297, fill=0.9, stroke=False)
        p.t(8, 24, "Docteur", "KA", 11)
        p.t(8, 31, doc[0], "KAB", 13)
        p.t(8, 37.5, doc[1], "KAB", 13)
        for i, s in enumerate(["Néphrologie", "Dialyse", "Transplantation rénale", "Hypertension artérielle"]):
            p.t(8, 48 + i * 5, s, "LS", 8.5)
        p.line(8, 70, 52, 70, 0.5, 0.4)
        side = [street, city, f"Tél. {tel}", "", "Consultations", "lun. – ven. 9h – 18h", "sur rendez-vous", "",
                "Conventionné secteur 1", "", "N° RPPS", rpps, "", "N° AM", am]
        for i, s in enumerate(side):
            p.t(8, 78 + i * 5, s, "LSB" if s in (rpps, am) else "LS", 8.5)
        p.t(195, 24, f"{city_of(city)}, le {fd(issued)}", "LS", 10, "r")
        p.t(70, 45, "Facture", "KAB", 20)
        p.t(70, 52, f"N° {number}", "LS", 11)
        p.t(70, 66, "Patient", "LSB", 9, gray=0.4)
        p.t(70, 72, f"{pat['last']} {pat['first']}", "LSB", 11)
        p.t(70, 78, f"Date de naissance : {fd(pat['birth'])}", "LS", 10)
        p.t(70, 84, f"N° de sécurité sociale : {nir_spaced(pat['nir'])}", "LS", 10)
        p.t(70, 90, f"Organisme complémentaire : {mut}", "LS", 10)
        p.t(70, 96, f"N° AMC : {amcn}", "LS", 10)
        y = p.table(70, 108, [25, 18, 60, 22], ["Date", "Code", "Libellé", "Montant"],
                    [[fd(care), c, lib, eur(v, "EUR")] for c, lib, v in acts], "lllr", "LS", "LSB", 9, 7, 0.88)
        y = totals(p, 165, 195, y + 10, [("Total", eur(total, "EUR")), ("Part obligatoire (70 %)", eur(amo, "EUR")),
                                         ("Part complémentaire", eur(amc, "EUR")),
                                         ("Net à payer", eur(pt, "EUR"))], "LS", "LSB", 10, 6.5, bold=(0, 3))
        p.t(70, y + 8, "Tiers payant intégral. Acte sans rapport avec une ALD.", "LSI", 8.5)
        p.t(70, y + 20, "Éléments du suivi", "LSB", 9)
        p.t(70, y + 26, f"Bilan biologique du {fd(lab_d)} : créatininémie {creat} µmol/l, DFG {dfg} ml/min/1,73 m².",
            "LS", 8.5)
        p.t(70, y + 31, "Prochain bilan dans trois mois, résultats à adresser au cabinet.", "LS", 8.5)
        p.t(70, y + 40, f"Copie à : {gp_name}, médecin traitant (RPPS {gp})", "LSI", 8.5)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("nephrologue barre laterale", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def l06_odf(g: Gen) -> Layout:
    """Orthodontist semester (TO 90) for a teenager: patient | responsable légal (insured parent's NIR)."""
    r = g.rng
    parent = g.person(year=(1975, 1988))
    child = {"last": parent["last"], "first": r.choice(FIRST_F + FIRST_M),
             "birth": dt.date(r.randint(2011, 2014), r.randint(1, 12), r.randint(1, 28))}
    child["norm"] = f"{child['last']} {child['first']}"
    street, city, dept = g.addr()
    rpps, am, siret = make_rpps(r), am_number(r, dept, "4"), make_siret(r)
    start = workday(dt.date(2025, r.choice([3, 4, 5, 9]), r.randint(1, 10)))
    end = start + TD(days=182)
    issued = workday(start + TD(days=r.randint(0, 6)))
    sem = r.randint(2, 5)
    ep = start - TD(days=180 * (sem - 1) + r.randint(10, 30))
    plan = f"PT-{ep.year}-{r.randint(100, 999)}"
    number = f"{issued.strftime('%Y%m')}{r.randint(10, 99)}"
    fee, base = 70000, 19350
    amo = pct(base, 0.70)
    amc = r.choice([35000, 40000])
    pt = fee - amo - amc
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    doc = (r.choice(FIRST_F), other_last(r, parent["last"]))
    tel = phone(r)

    def p1(p: Page):
        circle(p, 22, 21, 6.5, fill=None, width=1.4, gray=0.3)
        p.line(16.5, 21, 27.5, 21, 1.0, 0.3)
        for dx in (-3.2, 0, 3.2):
            p.rect(22 + dx - 0.9, 20.1, 1.8, 1.8, fill=0.3, stroke=False)
        p.t(33, 19, f"Dr {doc[0]} {doc[1]}", "LSB", 13)
        p.t(33, 24.5, "Chirurgien-dentiste qualifiée spécialiste en orthopédie dento-faciale", "LS", 8.5)
        p.t(33, 29, f"{street} — {city} — {tel}", "LS", 8.5)
        p.t(195, 19, "FACTURE", "LSB", 14, "r")
        p.t(195, 25, f"N° {number}", "LS", 10, "r")
        p.t(195, 30.5, f"du {fd(issued)}", "LS", 10, "r")
        p.rect(15, 40, 87, 36, radius=3, width=0.6)
        p.t(19, 46, "PATIENT(E)", "LSB", 8, gray=0.4)
        p.t(19, 53, f"{child['last']} {child['first']}", "LSB", 11)
        p.t(19, 59, f"Né(e) le {fd(child['birth'])}", "LS", 9.5)
        p.t(19, 65, "Lien avec l'assuré : enfant", "LS", 9.5)
        p.rect(108, 40, 87, 36, radius=3, width=0.6, fill=0.95)
        p.t(112, 46, "RESPONSABLE LÉGAL — ASSURÉ(E)", "LSB", 8, gray=0.4)
        p.t(112, 53, f"{parent['civ']} {parent['last']} {parent['first']}", "LS", 10)
        p.t(112, 59, f"N° SS {nir_spaced(parent['nir'])}", "LS", 9.5)
        p.t(112, 65, mut, "LS", 9)
        p.t(112, 71, f"N° AMC {amcn}", "LS", 9.5)
        p.t(15, 88, f"Traitement d'orthopédie dento-faciale — semestre {sem} de traitement actif", "LSB", 10.5)
        p.t(15, 94, f"Période : du {fd(start)} au {fd(end)}", "LS", 10)
        p.t(15, 100, f"Plan de traitement {plan} — entente préalable acceptée le {fd(ep)}", "LS", 9)
        y = p.table(15, 106, [26, 20, 74, 30, 30], ["Date", "Cotation", "Acte", "Base remb.", "Honoraires"],
                    [[fd(start), "TO 90", f"Traitement ODF, semestre {sem}", eur(base, sep=NBSP),
                      eur(fee, sep=NBSP)]], "lllrr", "LS", "LSB", 9.5, 7.5, 0.88)
        y = totals(p, 160, 195, y + 10, [("Honoraires", eur(fee, sep=NBSP)),
                                         ("Part Assurance Maladie", eur(amo, sep=NBSP)),
                                         ("Part complémentaire", eur(amc, sep=NBSP)),
                                         ("Reste à charge", eur(pt, sep=NBSP))], "LS", "LSB", 10, 6.5, bold=(0, 3))
        p.t(15, y + 8, "Dépassement d'honoraires sur devis signé. Tiers payant AMO et complémentaire.", "LSI", 8.5)
        p.t(15, y + 13, "Contrôles mensuels inclus dans le forfait semestriel.", "LSI", 8.5)
        p.line(15, 278, 195, 278, 0.3, 0.5)
        p.t(105, 282.5, f"RPPS {rpps} · N° AM {am} · SIRET {siret_spaced(siret)}", "LS", 7.5, "c", gray=0.35)

    f = F(rpps=rpps, nir=parent["nir"], patient_name=child["norm"], patient_birth_date=child["birth"],
          invoice_number=number, invoice_date=issued, care_date=start, total_amount=fee, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("orthodontiste semestre adolescent", [p1], [("invoice", f)], fax_name=f"ODF {doc[1]}")


def l07_onco(g: Gen) -> Layout:
    """Medical oncologist secteur 2 in a private institute: APC + DA, ALD 100 % of the base, protocol date."""
    r = g.rng
    pat = g.person(year=(1950, 1980))
    street, city, dept = g.addr()
    rpps, inst_f = make_rpps(r), make_finess(r, dnum(dept))
    am = am_number(r, dept, "1")
    care = workday(day(r, (2, 10)))
    issued = workday(care + TD(days=r.randint(0, 2)))
    proto = care - TD(days=r.randint(60, 200))
    cure = workday(care + TD(days=r.choice([7, 14, 21])))
    number = f"ONC-{r.randint(10000, 99999)}"
    base, dep = 6000, r.choice([3000, 4000])
    total = base + dep
    amo = base
    amc = dep - 1000
    pt = total - amo - amc
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    doc = (r.choice(FIRST_F + FIRST_M), other_last(r, pat["last"]))
    inst = f"Institut {r.choice(['des Ormeaux', 'Saint-Clair', 'du Val d’Orge', 'Rive Gauche'])}"
    tel = phone(r)

    def p1(p: Page):
        p.rect(15, 12, 180, 1.2, fill=0.2, stroke=False)
        p.t(15, 21, inst.upper(), "KAB", 13)
        p.t(15, 26.5, "Centre privé de cancérologie — Consultations d'oncologie médicale", "CA", 9.5)
        p.t(15, 31.5, f"{street}, {city} — {tel}", "CA", 9.5)
        p.t(15, 36.5, f"Établissement FINESS {inst_f}", "CA", 8.5, gray=0.35)
        p.t(195, 21, f"Dr {doc[0]} {doc[1]}", "KAB", 11.5, "r")
        p.t(195, 26.5, "Oncologie médicale — secteur 2", "CA", 9.5, "r")
        p.t(195, 31.5, f"RPPS {rpps}", "CAB", 10, "r")
        p.t(195, 36.5, f"N° AM {am}", "CA", 9.5, "r")
        p.rect(15, 41, 180, 0.6, fill=0.2, stroke=False)
        p.t(15, 54, "NOTE D'HONORAIRES", "KAB", 14)
        p.t(15, 60.5, f"N° {number}    —    Date d'émission : {fd(issued)}", "CA", 10.5)
        p.t(15, 74, "Patient(e)", "CAB", 10)
        p.t(50, 74, f"{pat['civ']} {pat['last']} {pat['first']}", "CAB", 10.5)
        p.t(15, 80, "Naissance", "CAB", 10)
        p.t(50, 80, fd(pat["birth"]), "CA", 10.5)
        p.t(15, 86, "N° SS", "CAB", 10)
        p.t(50, 86, nir_spaced(pat["nir"]), "CA", 10.5)
        p.t(15, 92, "Mutuelle", "CAB", 10)
        p.t(50, 92, f"{mut} — AMC n° {amcn}", "CA", 10.5)
        p.t(15, 98, "Exonération", "CAB", 10)
        p.t(50, 98, f"ALD n° 30 — acte en rapport — protocole de soins du {fd(proto)}", "CA", 10.5)
        rows = [[fd(care), "APC", "Avis ponctuel de consultant (oncologie)", eur(base, sep=NNBSP)],
                [fd(care), "DA", "Dépassement autorisé", eur(dep, sep=NNBSP)]]
        y = p.table(15, 108, [28, 20, 102, 30], ["Date de l'acte", "Code", "Libellé", "Montant"], rows, "lllr",
                    "CA", "CAB", 10.5, 7.5, 0.9)
        y = totals(p, 160, 195, y + 10, [("Total", eur(total, sep=NNBSP)),
                                         ("Part AMO (ALD, 100 % de la base)", eur(amo, sep=NNBSP)),
                                         ("Part AMC", eur(amc, sep=NNBSP)), ("Part patient", eur(pt, sep=NNBSP))],
                   "CA", "CAB", 10.5, 6.5)
        p.t(15, y + 8, f"Prochaine cure prévue le {fd(cure)} en hôpital de jour.", "CAI", 9.5)
        p.t(15, y + 14, "Tiers payant : part obligatoire et part complémentaire. Le dépassement a fait l'objet "
            "d'une information préalable.", "CAI", 9.5)
        p.t(105, 284, f"{inst} — consultations privées des praticiens — honoraires perçus par le praticien",
            "CA", 7.5, "c", gray=0.4)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("oncologue ald depassement", [p1], [("invoice", f)], fax_name=inst.upper()[:24])


def l08_chir_anesth(g: Gen) -> Layout:
    """Surgeon's and anaesthetist's notes for the same operation, sent together (two invoicers, two docs)."""
    r = g.rng
    pat = g.person(year=(1950, 1992))
    street, city, dept = g.addr()
    clinic_f = make_finess(r, dnum(dept))
    clinic = f"Clinique {r.choice(['Saint-Joseph', 'de l’Anjou', 'Mutualiste', 'du Millénaire', 'Jeanne d’Arc'])}"
    op = workday(day(r, (2, 9)))
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    sec_tel = phone(r)
    specs = [("Chirurgie digestive et viscérale", "1", 25122, 40000, 30000, "CV"),
             ("Anesthésie-Réanimation", "4", 12600, 15000, 15000, "AR")]
    used = [pat["last"]]
    docs_data = []
    for spec, act, base, dep, dep_amc, pre in specs:
        name = (r.choice(FIRST_M + FIRST_F), other_last(r, *used))
        used.append(name[1])
        rpps, am = make_rpps(r), am_number(r, dept, "1")
        issued = workday(op + TD(days=r.randint(1, 6)))
        number = f"{pre}{issued.strftime('%y')}-{r.randint(100, 9999):04d}"
        total = base + dep
        amo = base - 2400
        amc = 2400 + dep_amc
        pt = total - amo - amc
        docs_data.append(dict(spec=spec, act=act, base=base, dep=dep, name=name, rpps=rpps, am=am, issued=issued,
                              number=number, total=total, amo=amo, amc=amc, pt=pt))
    if docs_data[1]["issued"] == docs_data[0]["issued"]:
        docs_data[1]["issued"] = workday(docs_data[1]["issued"] + TD(days=1))
    pages, docs = [], []
    for k, d in enumerate(docs_data):
        other = docs_data[1 - k]

        def page(p: Page, d=d, other=other, k=k):
            p.rect(15, 10, 180, 7, fill=0.9, stroke=False)
            p.t(18, 14.8, f"Secrétariat médical — {clinic} — envoi groupé des notes d'honoraires", "CA", 8.5)
            p.t(192, 14.8, f"page {k + 1}/2", "CA", 8.5, "r")
            p.t(15, 28, f"Docteur {d['name'][0]} {d['name'][1]}", "CAB", 15)
            p.t(15, 34, d["spec"], "CA", 11)
            p.t(15, 39.5, "Ancien chef de clinique — secteur 2, adhérent OPTAM-CO", "CA", 9.5)
            p.t(15, 44.5, f"Consultations : {clinic}, {street}, {city}", "CA", 9.5)
            p.t(15, 49.5, f"RPPS {d['rpps']}  ·  N° AM {d['am']}  ·  Secrétariat {sec_tel}", "CA", 9.5)
            p.t(195, 28, "NOTE D'HONORAIRES", "CAB", 13, "r")
            p.t(195, 34.5, f"N° {d['number']}", "CAB", 11, "r")
            p.t(195, 40, f"Émise le {fd(d['issued'])}", "CA", 10, "r")
            p.line(15, 55, 195, 55, 0.6)
            p.t(15, 64, "Patient(e) :", "CA", 10)
            p.t(45, 64, f"{pat['last']} {pat['first']}", "CAB", 11)
            p.t(120, 64, f"né(e) le {fd(pat['birth'])}", "CA", 10)
            p.t(15, 70, "N° SS :", "CA", 10)
            p.t(45, 70, nir_spaced(pat["nir"]), "CA", 10.5)
            p.t(15, 76, "Mutuelle :", "CA", 10)
            p.t(45, 76, f"{mut} — N° AMC {amcn}", "CA", 10.5)
            p.t(15, 86, f"Intervention du {fd(op)} — cholécystectomie par cœlioscopie", "CAB", 10.5)
            role = "Anesthésiste" if k == 0 else "Chirurgien"
            p.t(15, 92, f"Lieu : {clinic} (FINESS {clinic_f}) — {role} : Dr {other['name'][1]}", "CA", 9.5)
            rows = [[fd(op), "HMFC004", d["act"], "Cholécystectomie par cœlioscopie" if k == 0 else
                     "Anesthésie générale — cholécystectomie", eur(d["base"], "plain", NNBSP),
                     eur(d["dep"], "plain", NNBSP)]]
            y = p.table(15, 100, [24, 24, 12, 70, 25, 25], ["Date", "Code CCAM", "Act.", "Libellé", "Base €",
                                                            "Dépassement €"], rows, "llclrr", "CA", "CAB", 9.5,
                        7.5, 0.88)
            y = totals(p, 160, 195, y + 10, [("Total des honoraires", eur(d["total"], sep=NNBSP)),
                                             ("Part Assurance Maladie", eur(d["amo"], sep=NNBSP)),
                                             ("Part complémentaire", eur(d["amc"], sep=NNBSP)),
                                             ("Reste à la charge du patient", eur(d["pt"], sep=NNBSP))],
                       "CA", "CAB", 10.5, 6.5, bold=(0, 3))
            p.t(15, y + 8, "Participation forfaitaire de 24,00 € (acte d'un tarif supérieur à 120 €) incluse dans la "
                "part complémentaire.", "CAI", 9)
            p.t(15, y + 13.5, "Devis remis et signé avant l'intervention. Tiers payant AMO + AMC.", "CAI", 9)
            p.t(150, y + 30, f"Dr {d['name'][1]}", "CAI", 11, "c")

        pages.append(page)
        docs.append(("invoice", F(rpps=d["rpps"], nir=pat["nir"], patient_name=pat["norm"],
                                  patient_birth_date=pat["birth"], invoice_number=d["number"],
                                  invoice_date=d["issued"], care_date=op, total_amount=d["total"],
                                  amo_amount=d["amo"], amc_amount=d["amc"], patient_amount=d["pt"],
                                  amc_number=amcn)))
    return Layout("chirurgien et anesthesiste meme intervention", pages, docs,
                  fax_name=f"SECRETARIAT {clinic.split()[-1].upper()}"[:24])


def l09_gastro_cr(g: Gen) -> Layout:
    """Gastroenterologist: endoscopy report (page 1) then the note d'honoraires (page 2), one document."""
    r = g.rng
    pat = g.person(year=(1950, 1975))
    street, city, dept = g.addr()
    rpps, gp, am = make_rpps(r), make_rpps(r), am_number(r, dept, "1")
    clinic_f = make_finess(r, dnum(dept))
    clinic = f"Clinique {r.choice(['des Cèdres', 'Saint-Augustin', 'du Pont de Chaume', 'Bon Secours'])}"
    exam = workday(day(r, (2, 9)))
    issued = workday(exam + TD(days=r.randint(3, 10)))
    number = f"{r.randint(2000, 8999)}/{exam.strftime('%y')}"
    lines = [("HHQE005", "Coloscopie totale avec franchissement de l'orifice iléocolique", 14413),
             ("HEQE002", "Endoscopie œso-gastro-duodénale (association, 50 %)", 4807),
             ("DA", "Dépassement d'honoraires (OPTAM)", 8000)]
    base = 14413 + 4807
    total = base + 8000
    amo = base - 2400
    amc = 2400 + 6000
    pt = total - amo - amc
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    doc = (r.choice(FIRST_M), other_last(r, pat["last"]))
    anes = f"Dr {r.choice(FIRST_F)} {other_last(r, pat['last'], doc[1])}"
    gp_name = f"Dr {r.choice(FIRST_M)} {other_last(r, pat['last'], doc[1])}"
    tel = phone(r)
    boston = r.choice([7, 8, 9])

    def head(p: Page, f: str, fb: str):
        p.t(15, 18, f"Docteur {doc[0]} {doc[1]}", fb, 14)
        p.t(15, 24, "Hépato-gastro-entérologie — Endoscopie digestive", f, 10)
        p.t(15, 29, f"{street}, {city} — Tél. {tel}", f, 9.5)
        p.t(15, 34, f"RPPS {rpps} — N° AM {am}", f, 9.5)
        p.line(15, 38, 195, 38, 0.8)

    def p1(p: Page):
        head(p, "LR", "LRB")
        p.t(105, 50, "COMPTE RENDU D'ENDOSCOPIE DIGESTIVE", "LRB", 13, "c")
        p.t(15, 62, f"Patient : {pat['last']} {pat['first']}, né(e) le {fd(pat['birth'])}", "LR", 10.5)
        p.t(15, 68, f"Examen du {fd(exam)} — {clinic}, plateau d'endoscopie", "LR", 10.5)
        p.t(15, 74, f"Anesthésie générale : {anes}", "LR", 10.5)
        body = [("Indication", "Anémie ferriprive ; antécédent familial de cancer colorectal."),
                ("Préparation", f"Bonne (score de Boston {boston}/9)."),
                ("Gastroscopie", "Œsophage normal. Gastrite antrale érythémateuse, biopsies (Sydney). "),
                ("", "Duodénum normal, biopsies duodénales."),
                ("Coloscopie", "Coloscopie totale jusqu'à l'iléon terminal. Pas de polype. Diverticules"),
                ("", "sigmoïdiens non compliqués. Biopsies coliques étagées."),
                ("Prélèvements", f"Adressés au laboratoire d'anatomopathologie le {fd(exam)}."),
                ("Conclusion", "Gastrite antrale à documenter histologiquement. Diverticulose sigmoïdienne."),
                ("Surveillance", f"Coloscopie de contrôle dans 3 ans ({exam.year + 3}). Résultats histologiques"),
                ("", "à revoir en consultation.")]
        for i, (a, b) in enumerate(body):
            p.t(15, 88 + i * 7, a, "LRB", 10)
            p.t(50, 88 + i * 7, b, "LR", 10)
        p.t(15, 170, f"Copie : {gp_name}, médecin traitant (RPPS {gp}).", "LRI", 9.5)
        p.t(150, 185, f"Dr {doc[0][0]}. {doc[1]}", "LRI", 11, "c")
        p.t(105, 285, "Page 1/2", "LR", 8, "c", gray=0.4)

    def p2(p: Page):
        head(p, "KA", "KAB")
        p.t(15, 50, "NOTE D'HONORAIRES", "KAB", 14)
        p.t(195, 50, f"N° {number}", "KAB", 11, "r")
        p.t(195, 56, f"{city_of(city)}, le {fd(issued)}", "KA", 10, "r")
        p.t(15, 66, f"{pat['civ']} {pat['last']} {pat['first']}", "KAB", 11)
        p.t(15, 72, f"Né(e) le {fd(pat['birth'])}", "KA", 10)
        p.t(15, 78, f"N° d'immatriculation : {nir_spaced(pat['nir'])}", "KA", 10)
        p.t(15, 84, f"Complémentaire : {mut} — N° AMC {amcn}", "KA", 10)
        p.t(15, 94, f"Actes réalisés le {fd(exam)} à la {clinic} (FINESS {clinic_f})", "KA", 10)
        y = p.table(15, 100, [25, 115, 40], ["Code", "Acte", "Honoraires"],
                    [[c, lib, eur(v, sep=NBSP)] for c, lib, v in lines], "llr", "KA", "KAB", 9.5, 7.5, 0.88)
        y = totals(p, 160, 195, y + 10, [("Total", eur(total, sep=NBSP)), ("Part Sécurité sociale", eur(amo, sep=NBSP)),
                                         ("Part mutuelle", eur(amc, sep=NBSP)), ("Reste à payer", eur(pt, sep=NBSP))],
                   "KA", "KAB", 10.5, 6.5, bold=(0, 3))
        p.t(15, y + 8, "Acte supérieur à 120 € : participation forfaitaire de 24,00 € comprise dans la part mutuelle.",
            "KAI", 9)
        p.t(15, y + 14, "Tiers payant AMO et AMC. Le compte rendu est joint (page 1).", "KAI", 9)
        p.t(105, 285, "Page 2/2", "KA", 8, "c", gray=0.4)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=exam, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("gastro compte rendu puis note", [p1, p2], [("invoice", f)], fax_name=f"DR {doc[1]} GASTRO")


def l10_acp_2up(g: Gen) -> Layout:
    """Pathology practice two-page invoice printed '2 pages par feuille' on one landscape sheet."""
    r = g.rng
    pat = g.person(year=(1950, 1985))
    street, city, dept = g.addr()
    rpps, presc = make_rpps(r), make_rpps(r)
    siret, ib, tel = make_siret(r), iban(r), phone(r)
    prel = workday(day(r, (2, 9)))
    recu = prel + TD(days=1)
    cr = workday(recu + TD(days=r.randint(2, 5)))
    issued = cr
    exam_n = f"{prel.strftime('%y')}H{r.randint(10000, 99999)}"
    number = f"F{issued.strftime('%y')}{r.randint(100000, 999999)}"
    lines = [("ZZQX126", "Flacon 1 — biopsies antrales (Sydney)", 5600),
             ("ZZQX126", "Flacon 2 — biopsies fundiques", 2800),
             ("ZZQX127", "Flacon 3 — biopsies duodénales", 2800),
             ("ZZQX126", "Flacon 4 — biopsies coliques droites", 2800),
             ("ZZQX126", "Flacon 5 — biopsies coliques gauches", 2800),
             ("ZZQX126", "Flacon 6 — biopsies rectales", 2800),
             ("ZZQX097", "Coloration spéciale (Giemsa), flacon 1", 1500),
             ("ZZQX071", "Immunohistochimie, 1 anticorps", 3780)]
    total = sum(v for *_, v in lines)
    amo = pct(total, 0.70)
    amc, pt = total - amo, 0
    carried = sum(v for *_, v in lines[:6])
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    doc = (r.choice(FIRST_F), other_last(r, pat["last"]))
    presc_name = f"Dr {r.choice(FIRST_M)} {other_last(r, pat['last'], doc[1])}"
    cab = f"Cabinet de Pathologie {r.choice(['du Val de Loire', 'Océane', 'des Remparts', 'Saint-Éloi'])}"

    def head(p: Page, n: int):
        p.t(15, 20, cab, "LSB", 15)
        p.t(15, 27, "Anatomie et cytologie pathologiques — SELARL", "LS", 10.5)
        p.t(15, 33, f"{street} · {city} · Tél. {tel}", "LS", 10.5)
        p.t(195, 20, f"Page {n}/2", "LS", 10, "r", gray=0.4)
        p.line(15, 37, 195, 37, 1.0)

    def row(c, lib, v):
        return [fd(prel), c, lib, eur(v, "plain")]

    widths, hdr, al = [28, 24, 98, 30], ["Date", "Code", "Examen", "Montant €"], "lllr"

    def page1(p: Page):
        head(p, 1)
        p.t(15, 50, "FACTURE", "LSB", 17)
        p.t(15, 58, f"N° {number}", "LSB", 12)
        p.t(15, 65, f"Date : {fd(issued)}", "LS", 12)
        p.t(15, 72, f"N° d'examen : {exam_n}", "LS", 12)
        p.t(110, 50, "Pathologiste", "LS", 10, gray=0.4)
        p.t(110, 57, f"Dr {doc[0]} {doc[1]}", "LSB", 12)
        p.t(110, 64, f"RPPS {rpps}", "LSB", 12)
        p.rect(15, 80, 180, 40, width=0.6)
        p.t(19, 88, f"{pat['last']} {pat['first']}", "LSB", 13)
        p.t(19, 96, f"Né(e) le {fd(pat['birth'])}", "LS", 12)
        p.t(19, 104, f"NIR {nir_spaced(pat['nir'])}", "LS", 12)
        p.t(19, 112, f"{mut} — AMC {amcn}", "LS", 11.5)
        p.t(15, 131, f"Prescripteur : {presc_name}, gastro-entérologue", "LS", 11)
        p.t(15, 138, f"RPPS {presc}", "LS", 11)
        p.t(15, 147, f"Prélèvement du {fd(prel)} — reçu le {fd(recu)} — compte rendu du {fd(cr)}", "LS", 11)
        y = p.table(15, 154, widths, hdr, [row(*x) for x in lines[:6]], al, "LS", "LSB", 11, 9, 0.88)
        p.t(195, y + 9, f"À reporter : {eur(carried)}", "LSB", 12, "r")
        p.t(105, 285, "Suite et totaux en page 2", "LSI", 10, "c")

    def page2(p: Page):
        head(p, 2)
        p.t(15, 50, f"Facture N° {number} (suite) — {pat['last']} {pat['first']}", "LS", 12)
        p.t(15, 59, f"Report page 1 : {eur(carried)}", "LS", 12)
        y = p.table(15, 66, widths, hdr, [row(*x) for x in lines[6:]], al, "LS", "LSB", 11, 9, 0.88)
        y = totals(p, 150, 195, y + 14, [("Total", eur(total)), ("Part AMO (70 %)", eur(amo)),
                                         ("Part AMC (30 %)", eur(amc)), ("Reste dû", eur(pt))], "LS", "LSB", 12, 8,
                   bold=(0, 3))
        p.t(15, y + 10, "Tiers payant : AMO et organisme complémentaire.", "LSI", 11)
        p.t(15, y + 18, "Codes CCAM d'anatomie et cytologie pathologiques.", "LSI", 11)
        p.t(105, 278, f"SIRET {siret_spaced(siret)}", "LM", 10, "c", gray=0.3)
        p.t(105, 284, f"IBAN {ib}", "LM", 10, "c", gray=0.3)

    def sheet(p: Page):
        c = p.c
        s = 200 / 297
        wpage = 210 * s
        gap = (297 - 2 * wpage) / 3
        for i, draw in enumerate([page1, page2]):
            x0 = gap + i * (wpage + gap)
            c.saveState()
            c.translate(x0 * mm, 5 * mm)
            c.scale(s, s)
            draw(Page(c, A4))
            c.restoreState()
            p.rect(x0, 5, wpage, 200, width=0.3, gray=0.6)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=prel, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("anapath deux pages par feuille", [sheet], [("invoice", f)], landscape=True,
                  fax_name="CABINET PATHOLOGIE")


LAYOUTS = [l01_endocrino, l02_clinique_psy, l03_ipa, l04_mpr, l05_nephro, l06_odf, l07_onco, l08_chir_anesth,
           l09_gastro_cr, l10_acp_2up]
# file id -> layout number (1-based, as in the docstring)
FILE_IDS = {"z101": 5, "z102": 8, "z103": 2, "z104": 10, "z105": 1, "z106": 7, "z107": 3, "z108": 9, "z109": 6,
            "z110": 4}


# ------------------------------------------------------------------------------------------- checks
def check(lay: Layout) -> None:
    """Identifiers valid and amounts consistent, or fail loudly."""
    for kind, f in lay.docs:
        assert kind == "invoice"
        if "rpps" in f:
            assert len(f["rpps"]) == 11 and f["rpps"][0] == "1" and luhn.is_valid(f["rpps"]), f["rpps"]
        for k in ("adeli", "finess"):
            if k in f:
                assert len(f[k]) == 9 and luhn.is_valid(f[k]), (k, f[k])
        assert sum(k in f for k in ("rpps", "adeli", "finess")) == 1
        n = f["nir"]
        assert stdnir.is_valid(n) and len(n) == 15, n
        assert n[0] in "12" and 1 <= int(n[3:5]) <= 12
        num = int(n[:13].replace("2A", "19").replace("2B", "18"))
        assert int(n[13:]) == 97 - num % 97
        c = {k: int(f[k].replace(".", "")) for k in ("total_amount", "amo_amount", "amc_amount", "patient_amount")}
        assert c["total_amount"] == c["amo_amount"] + c["amc_amount"] + c["patient_amount"], (lay.id, c)
        assert all(v >= 0 for v in c.values()), (lay.id, c)
        assert f["amc_number"].isdigit() and len(f["amc_number"]) in (8, 9), f["amc_number"]
        assert f["patient_name"].split(" ", 1)[0].replace("-", "").replace(" ", "").isupper()
        assert f["care_date"] <= f["invoice_date"], lay.id
        assert f["patient_birth_date"] < f["care_date"]
    if len(lay.docs) == 2:
        a, b = (f for _, f in lay.docs)
        assert a["rpps"] != b["rpps"] and a["invoice_number"] != b["invoice_number"]


def ascii_fold(s: str) -> str:
    s = s.replace("\u2019", "'")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def check_helpers() -> None:
    r = random.Random(5)
    for _ in range(50):
        assert luhn.is_valid(make_rpps(r)) and luhn.is_valid(make_finess(r, "49"))
        assert stdsiret.is_valid(make_siret(r))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="documents14")
    ap.add_argument("--seed", type=int, default=141)
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    check_helpers()
    g = Gen(args.seed)
    rng = random.Random(args.seed * 7 + 1)
    lays = [make(g) for make in LAYOUTS]
    for lay in lays:
        check(lay)
    assert sorted(FILE_IDS.values()) == list(range(1, len(lays) + 1))
    for stem, n in FILE_IDS.items():
        lay = lays[n - 1]
        lay.fax_name = ascii_fold(lay.fax_name)
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
