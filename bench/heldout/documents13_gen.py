"""
cd /work/main/bench/heldout && /work/main/.venv/bin/python documents13_gen.py --out documents13 --seed 131

Thirteenth blind held-out layout set: ten French tiers-payant documents of everyday practice, each rendered five ways.

Written blind (without reading parsers/, classifiers/, intake/, workers/, tests/, samples/, bench/*.py other than
the set 4 and 6 generators, or any rendered held-out set), in professions and designs not used by sets 10, 11 and
12. Like sets 10-12 it is REALISTIC: seven ordinary documents as practice software or establishments print them,
and three harder ones that a clerk still reads without hesitating.
  1. pneumologue secteur 1 (RPPS) facture in DejaVu Sans Condensed: drawn lungs logo, APC + spirometry (CCAM
     GLQP012), '12.03.2025' dot dates, rounded patient box, the referring GP's RPPS and letter date as distractors,
     N° AM and IBAN in the footer, 'Total honoraires / Part AMO / Part AMC / Reste à charge';
  2. psychologue 'Mon soutien psy' (ADELI, profession code 93) note d'honoraires in DejaVu Sans ExtraLight: one
     follow-up session ('séance 4 sur 12'), long dates ('14 mai 2025'), the orienting GP's RPPS and orientation
     date, SIRET footer, 'Montant de la séance / Part Assurance Maladie / Part complémentaire / Reste à votre
     charge';
  3. podo-orthésiste (ADELI) DEMANDE DE PRISE EN CHARGE (kind 'pec', no care date) for therapeutic made-to-measure
     shoes + moulded insoles, URW Gothic headings: request number and date, devis number and date, planned delivery
     date, prescriber (MPR) RPPS and ordonnance date, N° adhérent beside the N° AMC, LPP table with price and
     'base de remboursement' columns, AMC share a round agreed amount, patient share left, NBSP thousands;
  4. neurologue secteur 2 OPTAM (RPPS) in Nimbus Roman: APC + electroneuromyography, 'Base' / 'Dépassement' columns,
     dépassement partly covered by the AMC, weekday long dates ('lundi 3 mars 2025'), next appointment date;
  5. chirurgien maxillo-facial / stomatologue secteur 2 (RPPS) in Nimbus Sans: four wisdom-tooth extractions (CCAM
     lines with tooth numbers, base + dépassement), total above 1000 with NBSP ('1 138,00 €'), the pre-operative
     consultation date and the devis date as distractor dates, SELARL SIRET;
  6. urologue secteur 1 (RPPS) in P052 headings + DejaVu Sans: APC + uroflowmetry + bladder ultrasound, ISO act
     dates in the table, 'Fait le 15/09/2025' issue line, the referring GP's RPPS, amounts '€ 56,70' style;
  7. allergologue (RPPS) for a CHILD in C059 italic + DejaVu Serif Condensed: the insured parent's name and NIR,
     the child's name and birth date, consultation + prick tests, '15.09.25' dates, next appointment date, N° AM;
  8. HARDER - médecin vasculaire (RPPS) invoice re-sent WITH the tiers-payant operator's 'avis de rejet' attached
     as page 2 (URW Bookman invoice, Nimbus Sans Narrow notice): the notice repeats the invoice number, date and
     amounts, carries the operator's own dossier reference and dates and the OLD, wrong AMC number (distractor); one
     document in the JSON, with the corrected AMC number printed on page 1;
  9. HARDER - centre de soins infirmiers (FINESS géographique) monthly relevé of ten home dressings, laid out in
     LANDSCAPE but placed SIDEWAYS on a portrait page (rotated 90°: the reader turns the page), DejaVu Sans Mono,
     salaried nurses' initials + RPPS legend as distractors, prescriber RPPS, period line, 'dd/mm/yy' dates;
 10. HARDER - taxi conventionné receipt printed TWICE on one A4 page (ORIGINAL on top, DUPLICATA below a
     scissors cut line: the same invoice, one document in the JSON), Nimbus Mono PS, aller + retour with
     kilometres, 65 % / 35 %, NO RPPS/ADELI/FINESS of the invoicer (taxi: CPAM convention number, ADS, SIRET only;
     rpps/adeli/finess absent), the prescriber's RPPS as distractor.

Rendering, identifier and JSON helpers come from documents4_gen.py (imported); text_pdf6 and the photo renderer
from documents6_gen.py. URW base-35 Type 1 fonts are embedded with WinAnsi encoding (NBSP, never U+202F, in them).
Every identifier is checksum-valid (distractors too); amounts add up (check()). All random values are drawn before
drawing, so the page callables are pure.

Renderings, for every layout: <id>.text.pdf (real text layer), <id>.scan.pdf (image-only), <id>.photo.jpg (phone
photo), <id>.fax-fine.tif (G4, 204x196), <id>.fax-normal.tif (G3, 204x98). File ids are neutral: y101..y110 (the
order of the files is not the order above; see FILE_IDS). Each file gets <file>.json ground truth (same format as
sets 4-12).

Ground-truth conventions (as sets 5-12 and DOMAIN.md): care_date = first day of care for a series; a
prise-en-charge request (kind 'pec') has its request number as invoice_number, its request date as invoice_date and
no care_date; for a child beneficiary nir = the insured parent's number printed on the page, patient_name and
patient_birth_date = the child's; rpps/adeli/finess = the invoicer only (FINESS géographique for an establishment;
none for a taxi); amc_number = the complementary insurer's number, never the adherent/member number nor a number
quoted on an attached rejection notice; patient_name = 'LASTNAME Firstname' with accents as printed; a field not
printed is omitted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
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
from documents4_gen import (FIRST_F, FIRST_M, FONT_DIR, LAST, MONTHS, MUTUELLES, NBSP, Gen, Layout, Page, F, amt, day,
                            digits, eur, fax_tiff, fd, iban, make_adeli, make_finess, make_rpps, make_siret, nir_spaced,
                            pct, phone, scan_pdf, siret_spaced)
from documents6_gen import city_of, dnum, photo6, text_pdf6

URW_AFM = Path("/usr/share/fonts/type1/urw-base35")
URW_PFB = Path("/usr/share/fonts/X11/Type1")
for _alias, _face in {"GO": "URWGothic-Book", "GOB": "URWGothic-Demi", "GOBI": "URWGothic-DemiOblique",
                      "TR": "NimbusRoman-Regular", "TRB": "NimbusRoman-Bold", "TRI": "NimbusRoman-Italic",
                      "NS": "NimbusSans-Regular", "NSB": "NimbusSans-Bold", "NSBI": "NimbusSans-BoldItalic",
                      "NSI": "NimbusSans-Italic", "PAB": "P052-Bold", "PABI": "P052-BoldItalic",
                      "CSI": "C059-Italic", "CSBI": "C059-BdIta", "BK": "URWBookman-Light", "BKB": "URWBookman-Demi",
                      "BKI": "URWBookman-LightItalic", "NN": "NimbusSansNarrow-Regular",
                      "NNB": "NimbusSansNarrow-Bold", "NM": "NimbusMonoPS-Regular", "NMB": "NimbusMonoPS-Bold",
                      "ZC": "Z003-MediumItalic"}.items():
    _f = pdfmetrics.EmbeddedType1Face(str(URW_AFM / f"{_face}.afm"), str(URW_PFB / f"{_face}.pfb"))
    pdfmetrics.registerTypeFace(_f)
    pdfmetrics.registerFont(pdfmetrics.Font(_alias, _f.name, "WinAnsiEncoding"))
for _alias, _file in {"MI": "DejaVuSansMono-Oblique.ttf", "CBI": "DejaVuSansCondensed-BoldOblique.ttf",
                      "RCB13": "DejaVuSerifCondensed-Bold.ttf", "RC13": "DejaVuSerifCondensed.ttf",
                      "RCI13": "DejaVuSerifCondensed-Italic.ttf", "SL13": "DejaVuSans-ExtraLight.ttf",
                      "CI13": "DejaVuSansCondensed-Oblique.ttf"}.items():
    pdfmetrics.registerFont(TTFont(_alias, str(FONT_DIR / _file)))

WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
HOLIDAYS = {dt.date(2025, m, d) for m, d in [(1, 1), (4, 21), (5, 1), (5, 8), (5, 29), (6, 9), (7, 14), (8, 15),
                                             (11, 1), (11, 11), (12, 25)]}


def workday(d: dt.date) -> dt.date:
    while d.weekday() >= 5 or d in HOLIDAYS:
        d += dt.timedelta(days=1)
    return d


def other_last(r: random.Random, *who: dict) -> str:
    """A practitioner's surname different from the patient's (no accidental namesakes)."""
    return r.choice([n for n in LAST if all(n != w["last"] for w in who)])


def wlong(d: dt.date) -> str:
    return f"{WEEKDAYS[d.weekday()]} {fd(d, 'long')}"


def totals(p: Page, xl: float, xv: float, y: float, rows: list, f: str, fb: str, size: float = 9.5,
           step: float = 6.0, sep: str = " ", style: str = "eur") -> float:
    """Label right-aligned at xl, value right-aligned at xv; first row bold."""
    for i, (lab, v) in enumerate(rows):
        p.t(xl, y + i * step, lab, fb if i == 0 else f, size, "r")
        p.t(xv, y + i * step, eur(v, style, sep=sep), fb if i == 0 else f, size, "r")
    return y + len(rows) * step


def logo(p: Page, kind: str, x: float, y: float, s: float = 12, gray: float = 0.3) -> None:
    """Small drawn logos; (x, y) = top-left in mm, s = size in mm."""
    c = p.c
    c.saveState()
    c.setStrokeGray(gray)
    c.setFillGray(gray)
    X, Y = x * mm, p.h * 1.0 - y * mm  # top-left in points (p.h is in points)
    u = s * mm
    if kind == "lungs":
        c.setLineWidth(1.2)
        c.line(X + u / 2, Y - u * 0.05, X + u / 2, Y - u * 0.45)
        c.ellipse(X + u * 0.05, Y - u * 0.95, X + u * 0.45, Y - u * 0.3, stroke=1, fill=1)
        c.ellipse(X + u * 0.55, Y - u * 0.95, X + u * 0.95, Y - u * 0.3, stroke=1, fill=1)
    elif kind == "foot":
        c.ellipse(X + u * 0.2, Y - u * 0.98, X + u * 0.7, Y - u * 0.3, stroke=0, fill=1)
        for i, rr in enumerate([0.11, 0.08, 0.07, 0.06, 0.05]):
            cx = X + u * (0.25 + i * 0.12)
            c.circle(cx, Y - u * (0.15 + i * 0.02), u * rr * 0.8, stroke=0, fill=1)
    elif kind == "cross":
        c.rect(X + u * 0.35, Y - u, u * 0.3, u, stroke=0, fill=1)
        c.rect(X, Y - u * 0.65, u, u * 0.3, stroke=0, fill=1)
    elif kind == "taxi":
        c.setLineWidth(1.2)
        c.roundRect(X, Y - u * 0.75, u * 1.6, u * 0.4, u * 0.08, stroke=1, fill=0)
        c.rect(X + u * 0.35, Y - u * 0.35, u * 0.8, u * 0.25, stroke=1, fill=0)
        c.rect(X + u * 0.6, Y - u * 0.1, u * 0.35, u * 0.1, stroke=0, fill=1)
        c.circle(X + u * 0.35, Y - u * 0.8, u * 0.12, stroke=0, fill=1)
        c.circle(X + u * 1.25, Y - u * 0.8, u * 0.12, stroke=0, fill=1)
    elif kind == "vein":
        c.setLineWidth(1.6)
        pth = c.beginPath()
        pth.moveTo(X + u * 0.5, Y)
        pth.curveTo(X + u * 0.1, Y - u * 0.3, X + u * 0.9, Y - u * 0.6, X + u * 0.5, Y - u)
        c.drawPath(pth, stroke=1, fill=0)
        c.circle(X + u * 0.5, Y - u * 0.5, u * 0.48, stroke=1, fill=0)
    c.restoreState()


# ------------------------------------------------------------------------------------------- layouts
def l01_pneumologue(g: Gen) -> Layout:
    """Pneumologue secteur 1: APC + spirometry, dot4 dates, referring GP's RPPS, N° AM and IBAN footer."""
    r = g.rng
    pat = g.person(year=(1948, 1992))
    street, city, dept = g.addr()
    rpps, gp_rpps = make_rpps(r), make_rpps(r)
    am = f"{dnum(dept)}1{digits(r, 5)}"
    care = workday(day(r, (1, 10)))
    issued = care
    letter = care - dt.timedelta(days=r.randint(15, 60))
    number = f"{r.randint(2, 9)}{digits(r, 5)}"
    doc = (r.choice(FIRST_F), other_last(r, pat))
    gp = (r.choice(FIRST_M), other_last(r, pat))
    lines = [("APC", "Avis ponctuel de consultant", 6000),
             ("GLQP012", "Spirométrie standard (capacité vitale, expiration forcée)", 4028)]
    total = sum(v for *_, v in lines)
    amo = sum(pct(v, 0.70) for *_, v in lines)
    amc = total - amo
    pt = 0
    assert (total, amo, amc) == (10028, 7020, 3008)
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    tel, fax, bank = phone(r), phone(r), iban(r)
    hour = f"{r.randint(8, 17)}h{r.choice(['00', '20', '40'])}"

    def p1(p: Page):
        logo(p, "lungs", 15, 13, 13)
        p.t(32, 18, f"Docteur {doc[0]} {doc[1]}", "CB", 13)
        p.t(32, 23.5, "Pneumologie — Allergologie respiratoire — Sommeil", "C", 8.5)
        p.t(32, 28, "Ancienne assistante des hôpitaux — Conventionnée secteur 1", "CI13", 8)
        p.t(32, 33, f"{street}, {city}", "C", 8.5)
        p.t(32, 37.5, f"Tél. {tel}   Fax {fax}", "C", 8.5)
        p.t(195, 18, "FACTURE", "CB", 15, "r")
        p.t(195, 24.5, f"N° {number}", "CB", 10, "r")
        p.t(195, 30, f"{city_of(city)}, le {fd(issued, 'dot4')}", "C", 9, "r")
        p.line(15, 43, 195, 43, 1.0, 0.3)
        p.rect(15, 49, 110, 33, width=0.5, radius=2.5)
        p.t(19, 55, "PATIENT", "CB", 8, gray=0.35)
        p.t(19, 61.5, f"{pat['civ']} {pat['last']} {pat['first']}", "CB", 10.5)
        p.t(19, 67.5, f"Né(e) le {fd(pat['birth'], 'dot4')}", "C", 9)
        p.t(19, 73, f"N° de sécurité sociale : {nir_spaced(pat['nir'])}", "C", 9)
        p.t(19, 78.5, f"Complémentaire : {mut} — N° AMC {amcn}", "C", 8.5)
        p.t(132, 55, "Adressé par", "CB", 8, gray=0.35)
        p.t(132, 61.5, f"Dr {gp[0]} {gp[1]}", "C", 9)
        p.t(132, 66.5, f"Médecin traitant — RPPS {gp_rpps}", "C", 8)
        p.t(132, 71.5, f"Courrier du {fd(letter, 'dot4')}", "C", 8)
        p.t(132, 78.5, f"Consultation à {hour}", "C", 8, gray=0.35)
        y = p.table(15, 92, [24, 22, 104, 30], ["Date", "Code", "Acte", "Montant"],
                    [[fd(care, "dot4"), c, lib, eur(v, sep=NBSP)] for c, lib, v in lines], "lllr", "C", "CB",
                    9, 7.5, 0.9, grid=True, vlines=False)
        yy = totals(p, 165, 195, y + 10, [("Total honoraires", total), ("Part AMO", amo), ("Part AMC", amc),
                                          ("Reste à charge", pt)], "C", "CB", 9.5, 6.2, NBSP)
        p.t(15, y + 10, "Tiers payant intégral", "CB", 8.5)
        p.t(15, y + 15, "Participation forfaitaire (2 €) non", "C", 8)
        p.t(15, y + 19.5, "prélevée : recouvrée par votre caisse.", "C", 8)
        p.t(15, yy + 12, "Compte rendu adressé au médecin traitant.", "CI13", 8.5)
        p.line(15, 270, 195, 270, 0.4, 0.5)
        p.t(105, 275, f"RPPS {rpps}  ·  N° AM {am}  ·  Membre d'une association de gestion agréée", "C", 7.5,
            "c", gray=0.3)
        p.t(105, 279.5, f"Règlement par virement : IBAN {bank}", "C", 7.5, "c", gray=0.3)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("pneumologue secteur 1", [p1], [("invoice", f)], fax_name=f"DR {doc[1]} PNEUMO")


def l02_psychologue(g: Gen) -> Layout:
    """Psychologue Mon soutien psy (ADELI 93), one session, ExtraLight font, long dates, orienting GP's RPPS."""
    r = g.rng
    pat = g.person(year=(1972, 2006))
    street, city, dept = g.addr()
    adeli = make_adeli(r, dnum(dept), "93")
    gp_rpps = make_rpps(r)
    care = workday(day(r, (2, 10)))
    issued = care
    orient = care - dt.timedelta(days=r.randint(40, 90))
    n = r.randint(3, 9)
    number = f"{issued.year}{issued.month:02d}-{r.randint(10, 60):03d}"
    psy = (r.choice(FIRST_M), other_last(r, pat))
    gp = (r.choice(FIRST_F), other_last(r, pat))
    total, amo, amc, pt = 5000, 3000, 2000, 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    tel, siret = phone(r, "."), make_siret(r)
    mail = f"{psy[0][0].lower()}.{psy[1].lower().replace(' ', '')}@cabinet-psy.fr"
    for a, b in (("é", "e"), ("è", "e"), ("ê", "e"), ("ë", "e"), ("ï", "i"), ("î", "i"), ("â", "a"), ("ç", "c")):
        mail = mail.replace(a, b)

    def p1(p: Page):
        p.t(105, 22, f"{psy[0]} {psy[1]}", "SB", 15, "c")
        p.t(105, 28.5, "PSYCHOLOGUE CLINICIEN", "SL13", 10, "c")
        p.t(105, 33.5, "Psychologue partenaire du dispositif « Mon soutien psy »", "SL13", 8.5, "c")
        p.line(60, 37.5, 150, 37.5, 0.4, 0.4)
        p.t(105, 42.5, f"{street} · {city} · {tel} · {mail}", "SL13", 8, "c")
        p.t(15, 60, "NOTE D'HONORAIRES", "SB", 12)
        p.t(15, 66, f"n° {number}", "SL13", 10)
        p.t(195, 60, f"{city_of(city)}, le {fd(issued, 'long')}", "SL13", 10, "r")
        p.t(15, 82, "Patient(e)", "SB", 9)
        p.t(62, 82, f"{pat['last']} {pat['first']}", "S", 10)
        p.t(15, 89, "Date de naissance", "SB", 9)
        p.t(62, 89, fd(pat["birth"], "long"), "SL13", 10)
        p.t(15, 96, "N° de sécurité sociale", "SB", 9)
        p.t(62, 96, nir_spaced(pat["nir"]), "SL13", 10)
        p.t(15, 103, "Complémentaire santé", "SB", 9)
        p.t(62, 103, f"{mut} (N° AMC {amcn})", "SL13", 10)
        p.t(15, 114, f"Orientation par Dr {gp[0]} {gp[1]}, médecin traitant (RPPS {gp_rpps}), le "
                     f"{fd(orient, 'long')}.", "SL13", 8.5)
        p.rect(15, 124, 180, 22, width=0.4, gray=0.5)
        p.t(20, 131, f"Séance de suivi psychologique n° {n} sur 12", "S", 10)
        p.t(20, 137.5, f"réalisée le {fd(care, 'long')} au cabinet (45 minutes)", "SL13", 9.5)
        p.t(20, 142.5, "Code prestation : PSY", "SL13", 8, gray=0.35)
        p.t(190, 134, eur(total), "SB", 11, "r")
        yy = 160
        for i, (lab, v) in enumerate([("Montant de la séance", total), ("Part Assurance Maladie (60 %)", amo),
                                      ("Part complémentaire (40 %)", amc), ("Reste à votre charge", pt)]):
            p.t(110, yy + i * 7, lab, "SB" if i == 0 else "SL13", 10)
            p.t(190, yy + i * 7, eur(v), "SB" if i == 0 else "S", 10, "r")
            p.line(110, yy + i * 7 + 2, 190, yy + i * 7 + 2, 0.3, 0.7)
        p.t(15, 200, "Acquittée en tiers payant : aucune avance de frais.", "SL13", 9)
        p.t(15, 205, "Prochaine séance sur rendez-vous.", "SL13", 9)
        p.t(150, 222, psy[0][0] + ". " + psy[1].title(), "ZC", 16)
        p.t(105, 278, f"N° ADELI {adeli} · SIRET {siret_spaced(siret)} · TVA non applicable, art. 261-4-1° du CGI",
            "SL13", 7.5, "c")

    f = F(adeli=adeli, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("psychologue mon soutien psy", [p1], [("invoice", f)], fax_name=f"CABINET {psy[1]}")


def l03_podo_orthesiste_pec(g: Gen) -> Layout:
    """Podo-orthésiste (ADELI) demande de prise en charge for made-to-measure shoes + insoles (kind 'pec')."""
    r = g.rng
    pat = g.person(year=(1940, 1972))
    street, city, dept = g.addr()
    adeli = make_adeli(r, dnum(dept), "82")
    presc = make_rpps(r)
    issued = workday(day(r, (2, 9)))
    devis_d = issued - dt.timedelta(days=r.randint(2, 8))
    ordo = devis_d - dt.timedelta(days=r.randint(10, 30))
    livr = issued + dt.timedelta(days=r.randint(28, 42))
    number = f"DPC{issued.strftime('%y%m')}{r.randint(100, 999)}"
    devis_n = f"DV-{r.randint(2000, 4999)}"
    size = r.randint(37, 44)
    lpp1, lpp2 = "21" + digits(r, 5), "21" + digits(r, 5)
    lines = [(lpp1, f"Chaussures thérapeutiques sur mesure, P. {size}", 72500, 53911),
             (lpp2, "Orthèses plantaires moulées intégrées", 14000, 2886)]
    total = sum(x[2] for x in lines)
    amo = sum(pct(x[3], 0.60) for x in lines)
    amc = 40000
    pt = total - amo - amc
    assert (total, amo, pt) == (86500, 34079, 12421)
    amcn = g.amc_number()
    adh = digits(r, 10)
    mut = r.choice(MUTUELLES)
    nom = (r.choice(FIRST_M), other_last(r, pat))
    dr = (r.choice(FIRST_F), other_last(r, pat))
    tel, siret = phone(r), make_siret(r)

    def p1(p: Page):
        logo(p, "foot", 15, 12, 14)
        p.t(33, 18, f"Atelier de podo-orthèse {nom[1].title()}", "GOB", 13)
        p.t(33, 23.5, f"{nom[0]} {nom[1]} — Podo-orthésiste", "S", 8.5)
        p.t(33, 28, f"{street} — {city}", "S", 8.5)
        p.t(33, 32.5, f"Tél. {tel} — N° ADELI {adeli}", "S", 8.5)
        p.rect(126, 12, 69, 24, fill=0.92, width=0.4)
        p.t(160.5, 19, "DEMANDE DE PRISE EN CHARGE", "GOB", 9.5, "c")
        p.t(129, 26, "N° de demande", "S", 8.5)
        p.t(192, 26, number, "SB", 9, "r")
        p.t(129, 31.5, "Date de la demande", "S", 8.5)
        p.t(192, 31.5, fd(issued), "SB", 9, "r")
        p.t(15, 46, "Assuré / bénéficiaire", "GOBI", 10)
        p.line(15, 47.5, 100, 47.5, 0.4)
        p.t(15, 53, f"{pat['last']} {pat['first']}", "SB", 9.5)
        p.t(15, 58, f"Né(e) le {fd(pat['birth'])}", "S", 8.5)
        p.t(15, 63, f"NIR {nir_spaced(pat['nir'])}", "S", 8.5)
        p.t(110, 46, "Organisme complémentaire", "GOBI", 10)
        p.line(110, 47.5, 195, 47.5, 0.4)
        p.t(110, 53, mut, "SB", 9.5)
        p.t(110, 58, f"N° AMC : {amcn}", "S", 8.5)
        p.t(110, 63, f"N° adhérent : {adh}", "S", 8.5)
        p.t(15, 74, "Prescription", "GOBI", 10)
        p.line(15, 75.5, 195, 75.5, 0.4)
        p.t(15, 81, f"Dr {dr[0]} {dr[1]}, médecine physique et de réadaptation — RPPS {presc}", "S", 8.5)
        p.t(15, 86, f"Ordonnance du {fd(ordo)} — pied diabétique, grade 3", "S", 8.5)
        p.t(15, 91, f"Devis n° {devis_n} du {fd(devis_d)} signé par le patient — livraison prévue le {fd(livr)}",
            "S", 8.5)
        rows = [[c, lib, eur(px, sep=NBSP), eur(b, sep=NBSP), eur(pct(b, 0.6), sep=NBSP)] for c, lib, px, b in lines]
        y = p.table(15, 100, [20, 86, 24, 26, 24], ["Code LPP", "Désignation", "Prix TTC", "Base LPP", "Part AMO"],
                    rows, "llrrr", "S", "SB", 8.2, 7, 0.88)
        p.t(121, y + 5, "Total", "SB", 8.5, "r")
        p.t(145, y + 5, eur(total, sep=NBSP), "SB", 8.5, "r")
        p.t(171, y + 5, eur(sum(x[3] for x in lines), sep=NBSP), "S", 8.5, "r")
        p.t(195, y + 5, eur(amo, sep=NBSP), "S", 8.5, "r")
        p.rect(100, y + 14, 95, 31, width=0.5)
        for i, (lab, v) in enumerate([("Montant total du devis", total), ("Part Assurance Maladie", amo),
                                      ("Prise en charge demandée à l'AMC", amc), ("Reste à charge de l'assuré", pt)]):
            p.t(103, y + 21 + i * 6.5, lab, "SB" if i in (0, 2) else "S", 9)
            p.t(192, y + 21 + i * 6.5, eur(v, sep=NBSP), "SB" if i in (0, 2) else "S", 9, "r")
        p.t(15, y + 21, "Accord préalable AMO transmis le", "S", 8)
        p.t(15, y + 25.5, f"{fd(devis_d)} (CPAM).", "S", 8)
        p.t(15, y + 58, "Merci de nous retourner votre accord de prise en charge avant la fabrication.", "SI", 8.5)
        p.t(105, 280, f"SIRET {siret_spaced(siret)} — Appareillage sur mesure — TVA 5,5 % incluse", "S", 7, "c",
            gray=0.35)

    f = F(adeli=adeli, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, total_amount=total, amo_amount=amo, amc_amount=amc,
          patient_amount=pt, amc_number=amcn)
    return Layout("podo-orthesiste demande pec", [p1], [("pec", f)], fax_name="PODO-ORTHESE")


def l04_neurologue(g: Gen) -> Layout:
    """Neurologue secteur 2 OPTAM: APC + ENMG with base/dépassement columns, weekday long dates."""
    r = g.rng
    pat = g.person(year=(1950, 1995))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    am = f"{dnum(dept)}1{digits(r, 5)}"
    care = workday(day(r, (1, 9)))
    issued = care
    nxt = care + dt.timedelta(days=r.randint(60, 120))
    number = f"NE{care.year % 100}{r.randint(1000, 9999)}"
    lines = [("APC", "Avis ponctuel de consultant", 6000, 2500),
             ("AHQB027", "Électroneuromyographie de deux membres", 9408, 1500)]
    base = sum(x[2] for x in lines)
    dep = sum(x[3] for x in lines)
    total = base + dep
    amo = sum(pct(x[2], 0.70) for x in lines)
    amc = base - amo + 2500
    pt = total - amo - amc
    assert (total, amo, amc, pt) == (19408, 10786, 7122, 1500)
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    doc = (r.choice(FIRST_M), other_last(r, pat))
    tel = phone(r)

    def p1(p: Page):
        p.line(15, 12, 195, 12, 1.2)
        p.t(15, 20, f"Docteur {doc[0]} {doc[1].title()}", "TRB", 15)
        p.t(15, 26, "Neurologue — Ancien chef de clinique des universités", "TRI", 10)
        p.t(15, 31.5, "Électroneuromyographie — Électroencéphalographie", "TR", 9.5)
        p.t(195, 20, street, "TR", 9.5, "r")
        p.t(195, 25.5, city, "TR", 9.5, "r")
        p.t(195, 31, f"Secrétariat : {tel}", "TR", 9.5, "r")
        p.line(15, 35, 195, 35, 0.4)
        p.t(15, 40, f"Secteur 2 — adhérent OPTAM · RPPS {rpps} · N° AM {am}", "TR", 8.5, gray=0.3)
        p.t(105, 56, "NOTE D'HONORAIRES", "TRB", 13, "c")
        p.t(105, 62, f"N° {number}", "TR", 10.5, "c")
        p.t(15, 76, "Patient :", "TR", 10)
        p.t(45, 76, f"{pat['civ']} {pat['last']} {pat['first']}", "TRB", 10.5)
        p.t(15, 82, "Né(e) le :", "TR", 10)
        p.t(45, 82, fd(pat["birth"], "long"), "TR", 10)
        p.t(15, 88, "N° SS :", "TR", 10)
        p.t(45, 88, nir_spaced(pat["nir"]), "TR", 10)
        p.t(15, 94, "Mutuelle :", "TR", 10)
        p.t(45, 94, f"{mut}, organisme n° {amcn}", "TR", 10)
        p.t(15, 106, f"Actes réalisés le {wlong(care)}", "TRB", 10)
        rows = [[c, lib, eur(b), eur(d), eur(b + d)] for c, lib, b, d in lines]
        y = p.table(15, 111, [22, 78, 26, 28, 26], ["Code", "Libellé", "Base", "Dépassement", "Total"], rows,
                    "llrrr", "TR", "TRB", 9.5, 7.5, 0.9)
        p.t(115, y + 5.5, "Totaux", "TRB", 9.5, "r")
        p.t(141, y + 5.5, eur(base), "TRB", 9.5, "r")
        p.t(169, y + 5.5, eur(dep), "TRB", 9.5, "r")
        p.t(195, y + 5.5, eur(total), "TRB", 9.5, "r")
        totals(p, 165, 195, y + 18, [("Montant total", total), ("Remboursement Sécurité sociale", amo),
                                     ("Part mutuelle", amc), ("Reste à votre charge", pt)], "TR", "TRB", 10, 6.5)
        p.t(15, y + 18, "Tiers payant AMO et AMC.", "TRI", 9)
        p.t(15, y + 24, "Dépassement partiellement pris", "TRI", 9)
        p.t(15, y + 29, "en charge par votre mutuelle.", "TRI", 9)
        p.t(15, y + 50, f"Prochain rendez-vous : {wlong(nxt)}", "TR", 9.5)
        p.t(15, y + 62, f"{city_of(city)}, le {fd(issued, 'long')}", "TR", 10)
        p.t(130, y + 66, f"Dr {doc[1].title()}", "ZC", 16)
        p.line(15, 272, 195, 272, 1.2)
        p.t(105, 278, "Honoraires conformes à l'OPTAM. Information sur les tarifs affichée en salle d'attente.",
            "TRI", 8, "c")

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("neurologue secteur 2 optam", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def l05_maxillo(g: Gen) -> Layout:
    """Chirurgien maxillo-facial secteur 2: four wisdom-tooth extractions, base + dépassement, > 1000 with NBSP."""
    r = g.rng
    pat = g.person(year=(1995, 2006))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    care = workday(day(r, (2, 10)))
    issued = care
    preop = care - dt.timedelta(days=r.randint(14, 40))
    number = f"{care.year}-{r.randint(1000, 4999)}"
    lines = [("18", "HBGD037", "Avulsion 3e molaire maxillaire retenue", 8360, 18000),
             ("28", "HBGD037", "Avulsion 3e molaire maxillaire retenue", 8360, 18000),
             ("38", "HBGD064", "Avulsion 3e molaire mandibulaire incluse", 12540, 18000),
             ("48", "HBGD064", "Avulsion 3e molaire mandibulaire incluse", 12540, 18000)]
    base = sum(x[3] for x in lines)
    dep = sum(x[4] for x in lines)
    total = base + dep
    amo = sum(pct(x[3], 0.70) for x in lines)
    amc = base - amo + 50000
    pt = total - amo - amc
    assert (total, amo, amc, pt) == (113800, 29260, 62540, 22000)
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    doc = (r.choice(FIRST_M), other_last(r, pat))
    tel, siret = phone(r), make_siret(r)

    def p1(p: Page):
        p.rect(0, 0, 210, 8, fill=0.3, stroke=False)
        p.t(15, 22, f"Dr {doc[0]} {doc[1]}", "NSBI", 14)
        p.t(15, 28, "Chirurgie maxillo-faciale et stomatologie", "NS", 9.5)
        p.t(15, 33, "Ancien interne des Hôpitaux — Secteur 2", "NSI", 8.5)
        p.t(195, 22, "Clinique du Parc — Consultations", "NS", 8.5, "r")
        p.t(195, 27, street, "NS", 8.5, "r")
        p.t(195, 32, f"{city} — {tel}", "NS", 8.5, "r")
        p.t(15, 48, "FACTURE D'HONORAIRES", "NSB", 12)
        p.t(15, 54, f"Facture n° {number}  —  date : {fd(issued)}", "NS", 9.5)
        p.t(15, 66, "Patient", "NSB", 9)
        p.t(45, 66, f"{pat['last']} {pat['first']}", "NS", 9.5)
        p.t(115, 66, "Né(e) le", "NSB", 9)
        p.t(135, 66, fd(pat["birth"]), "NS", 9.5)
        p.t(15, 72, "N° SS", "NSB", 9)
        p.t(45, 72, nir_spaced(pat["nir"]), "NS", 9.5)
        p.t(115, 72, "AMC", "NSB", 9)
        p.t(135, 72, f"{amcn} ({mut})", "NS", 9)
        p.t(15, 82, f"Intervention du {fd(care)} sous anesthésie locale, au cabinet. Consultation pré-opératoire du "
                    f"{fd(preop)} ; devis remis le {fd(preop)}.", "NS", 8.5)
        rows = [[d, c, lib, eur(b, sep=NBSP), eur(x, sep=NBSP), eur(b + x, sep=NBSP)] for d, c, lib, b, x in lines]
        y = p.table(15, 88, [12, 22, 70, 24, 26, 26], ["Dent", "Code", "Acte", "Base", "Dépassement", "Montant"],
                    rows, "cllrrr", "NS", "NSB", 8.5, 7, 0.88)
        p.t(145, y + 5.5, "Total", "NSB", 9, "r")
        p.t(195, y + 5.5, eur(total, sep=NBSP), "NSB", 9, "r")
        p.rect(105, y + 12, 90, 30, fill=0.95, width=0.4)
        for i, (lab, v) in enumerate([("Total des honoraires", total), ("Part AMO", amo), ("Part AMC", amc),
                                      ("Reste à la charge du patient", pt)]):
            p.t(108, y + 19 + i * 6.5, lab, "NSB" if i == 0 else "NS", 9.5)
            p.t(192, y + 19 + i * 6.5, eur(v, sep=NBSP), "NSB" if i == 0 else "NS", 9.5, "r")
        p.t(15, y + 19, "Tiers payant : part obligatoire et", "NS", 8.5)
        p.t(15, y + 24, "complémentaire. Reste à charge réglé", "NS", 8.5)
        p.t(15, y + 29, "par carte bancaire le jour de l'intervention.", "NS", 8.5)
        p.t(105, 276, f"SELARL Dr {doc[1]} — SIRET {siret_spaced(siret)} — RPPS {rpps}", "NS", 7.5, "c", gray=0.3)
        p.t(105, 280.5, "Prise en charge des dépassements selon votre contrat complémentaire.", "NS", 7, "c", gray=0.4)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("maxillo-facial extractions", [p1], [("invoice", f)], fax_name="CHIR MAXILLO")


def l06_urologue(g: Gen) -> Layout:
    """Urologue secteur 1: APC + débitmétrie + échographie, ISO act dates, '€ 56,70' amounts, GP's RPPS."""
    r = g.rng
    pat = g.person(sex=1, year=(1945, 1975))
    street, city, dept = g.addr()
    rpps, gp_rpps = make_rpps(r), make_rpps(r)
    care = workday(day(r, (1, 10)))
    issued = care + dt.timedelta(days=r.randint(0, 2))
    number = f"U{r.randint(10000, 99999)}"
    lines = [("APC", "Avis ponctuel de consultant", 6000),
             ("JDQP001", "Débitmétrie urinaire", 2240),
             ("JGQM001", "Échographie vésicoprostatique par voie transcutanée", 5670)]
    total = sum(x[2] for x in lines)
    amo = sum(pct(x[2], 0.70) for x in lines)
    amc = total - amo
    pt = 0
    assert (total, amo, amc) == (13910, 9737, 4173)
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    doc = (r.choice(FIRST_F), other_last(r, pat))
    gp = (r.choice(FIRST_M), other_last(r, pat))
    tel = phone(r)

    def p1(p: Page):
        p.rect(15, 12, 4, 28, fill=0.35, stroke=False)
        p.t(23, 18, f"Dr {doc[0]} {doc[1]}", "PAB", 14)
        p.t(23, 24, "Urologue — Chirurgie urologique", "S", 9)
        p.t(23, 29, f"{street}, {city}", "S", 8.5)
        p.t(23, 34, f"Rendez-vous : {tel}", "S", 8.5)
        p.t(23, 39, f"RPPS {rpps} — Conventionné secteur 1", "S", 8.5)
        p.t(195, 18, "Facture", "PABI", 16, "r")
        p.t(195, 25, number, "SB", 10, "r")
        p.t(15, 56, "Bénéficiaire des soins", "PAB", 10)
        p.t(15, 62.5, f"{pat['last']} {pat['first']}, né le {fd(pat['birth'])}", "S", 9.5)
        p.t(15, 68, f"Immatriculation : {nir_spaced(pat['nir'])}", "S", 9.5)
        p.t(15, 73.5, f"Organisme complémentaire : {mut} — n° {amcn}", "S", 9.5)
        p.t(120, 56, "Médecin traitant", "PAB", 10)
        p.t(120, 62.5, f"Dr {gp[0]} {gp[1]}", "S", 9.5)
        p.t(120, 68, f"RPPS {gp_rpps}", "S", 9.5)
        rows = [[c_date, c, lib, eur(v, "pre")] for c_date, (c, lib, v) in zip([fd(care, "iso")] * 3, lines)]
        y = p.table(15, 86, [26, 24, 102, 28], ["Date", "Acte", "Désignation", "Montant"], rows, "lllr", "S", "SB",
                    8.8, 7, 0.85, grid=True, vlines=False)
        totals(p, 165, 195, y + 9, [("Total", total), ("Part obligatoire", amo), ("Part complémentaire", amc),
                                    ("Reste dû", pt)], "S", "SB", 9.5, 6.3, " ", "pre")
        p.t(15, y + 42, f"Fait le {fd(issued)}, à {city_of(city)}.", "S", 9.5)
        p.t(15, y + 48, "Tiers payant total. Résultats remis au patient et adressés au médecin traitant.", "SI", 8)
        p.t(105, 282, "Cabinet d'urologie — Ne pas jeter sur la voie publique", "S", 6.5, "c", gray=0.45)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("urologue secteur 1", [p1], [("invoice", f)], fax_name=f"UROLOGIE {doc[1]}")


def l07_allergologue_enfant(g: Gen) -> Layout:
    """Allergologue, child patient: insured parent's NIR, child's name and birth date, dot2 dates."""
    r = g.rng
    parent = g.person(year=(1980, 1992))
    child = g.person(year=(2014, 2021))
    child["last"] = parent["last"]
    child["norm"] = f"{child['last']} {child['first']}"
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    am = f"{dnum(dept)}1{digits(r, 5)}"
    care = workday(day(r, (1, 10)))
    issued = care
    nxt = care + dt.timedelta(days=r.randint(90, 180))
    number = f"{care.strftime('%y%m%d')}{r.randint(10, 99)}"
    lines = [("CS", "Consultation spécialiste", 3000), ("MPC", "Majoration provisoire clinique", 200),
             ("FGRB001", "Tests cutanés (prick-tests, batterie pneumallergènes)", 3936)]
    total = sum(x[2] for x in lines)
    amo = sum(pct(x[2], 0.70) for x in lines)
    amc = total - amo
    pt = 0
    assert (total, amo, amc) == (7136, 4995, 2141)
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    doc = (r.choice(FIRST_F), other_last(r, parent))
    tel = phone(r)

    def p1(p: Page):
        p.t(105, 20, f"Docteur {doc[0]} {doc[1]}", "CSBI", 15, "c")
        p.t(105, 26.5, "Allergologie de l'enfant et de l'adulte", "CSI", 10.5, "c")
        p.t(105, 32, f"{street} · {city} · {tel}", "RC13", 8.5, "c")
        p.t(105, 36.5, f"RPPS {rpps} · N° AM {am}", "RC13", 8.5, "c")
        p.line(40, 40, 170, 40, 0.5)
        p.t(15, 52, "FACTURE", "RCB13", 12)
        p.t(15, 58, f"N° {number} du {fd(issued, 'dot2')}", "RC13", 9.5)
        p.rect(110, 46, 85, 38, width=0.4)
        p.t(113, 52, "Assuré(e)", "RCB13", 8.5)
        p.t(113, 57, f"{parent['civ']} {parent['last']} {parent['first']}", "RC13", 9)
        p.t(113, 62, f"N° SS {nir_spaced(parent['nir'])}", "RC13", 9)
        p.t(113, 67, f"{mut}", "RC13", 8.5)
        p.t(113, 72, f"N° AMC {amcn}", "RC13", 9)
        p.t(113, 79, "Bénéficiaire : enfant de l'assuré(e)", "RCI13", 8)
        p.t(15, 70, "Patient", "RCB13", 9)
        p.t(15, 75.5, f"{child['last']} {child['first']}", "RCB13", 10.5)
        p.t(15, 81, f"né(e) le {fd(child['birth'], 'dot2')}", "RC13", 9.5)
        y = p.table(15, 94, [24, 24, 102, 30], ["Date", "Code", "Libellé", "Montant"],
                    [[fd(care, "dot2"), c, lib, eur(v, sep=NBSP)] for c, lib, v in lines], "lllr", "RC13", "RCB13",
                    9, 7, 0.9)
        totals(p, 165, 195, y + 10, [("Total", total), ("Part AMO", amo), ("Part AMC", amc),
                                     ("Reste à charge", pt)], "RC13", "RCB13", 9.5, 6.3, NBSP)
        p.t(15, y + 10, "Tiers payant intégral.", "RCI13", 9)
        p.t(15, y + 44, "Conduite à tenir remise aux parents : éviction des acariens, traitement antihistaminique.",
            "RCI13", 8.5)
        p.t(15, y + 50, f"Prochaine consultation (contrôle) : {fd(nxt, 'dot2')}", "RC13", 9)

    f = F(rpps=rpps, nir=parent["nir"], patient_name=child["norm"], patient_birth_date=child["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("allergologue enfant", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def l08_vasculaire_rejet(g: Gen) -> Layout:
    """Médecin vasculaire invoice re-sent with the operator's rejection notice attached as page 2."""
    r = g.rng
    pat = g.person(year=(1950, 1985))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    am = f"{dnum(dept)}1{digits(r, 5)}"
    care = workday(day(r, (1, 6)))
    issued = care
    recv = issued + dt.timedelta(days=r.randint(2, 6))
    rej = recv + dt.timedelta(days=r.randint(5, 12))
    number = f"MV-{r.randint(10000, 99999)}"
    total = 7560
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    assert (amo, amc) == (5292, 2268)
    amcn = g.amc_number()
    old = g.amc_number()
    while old == amcn:
        old = g.amc_number()
    mut = r.choice(MUTUELLES)
    doc = (r.choice(FIRST_M), other_last(r, pat))
    tel = phone(r)
    dossier = f"{r.randint(1000000, 9999999)}"
    lot = f"{r.randint(100, 999)}"
    op_tel = "09 " + " ".join(digits(r, 2) for _ in range(4))

    def p1(p: Page):
        logo(p, "vein", 15, 13, 14)
        p.t(33, 18, f"Docteur {doc[0]} {doc[1]}", "BKB", 12.5)
        p.t(33, 23.5, "Médecine vasculaire — Échographie-doppler", "BK", 9)
        p.t(33, 28.5, f"{street} — {city}", "BK", 8.5)
        p.t(33, 33, f"Tél. {tel} — RPPS {rpps} — N° AM {am}", "BK", 8.5)
        p.t(195, 18, "FACTURE", "BKB", 13, "r")
        p.t(195, 24, f"N° {number}", "BK", 9.5, "r")
        p.t(195, 29.5, f"Date : {fd(issued)}", "BK", 9.5, "r")
        p.rect(110, 40, 85, 10, fill=0.9, width=0.4)
        p.t(152.5, 46.5, "2e envoi — voir avis de rejet joint", "BKI", 8.5, "c")
        p.t(15, 60, "Patient :", "BKB", 9)
        p.t(48, 60, f"{pat['civ']} {pat['last']} {pat['first']}", "BK", 9.5)
        p.t(15, 66, "Né(e) le :", "BKB", 9)
        p.t(48, 66, fd(pat["birth"]), "BK", 9.5)
        p.t(15, 72, "N° SS :", "BKB", 9)
        p.t(48, 72, nir_spaced(pat["nir"]), "BK", 9.5)
        p.t(15, 78, "Mutuelle :", "BKB", 9)
        p.t(48, 78, f"{mut} — N° AMC {amcn} (corrigé)", "BK", 9.5)
        y = p.table(15, 90, [26, 26, 98, 30], ["Date", "Code CCAM", "Acte", "Montant"],
                    [[fd(care), "EJQM004", "Écho-doppler veineux des membres inférieurs", eur(total)]], "lllr",
                    "BK", "BKB", 8.5, 7.5, 0.88)
        totals(p, 160, 195, y + 10, [("Total", total), ("Part Sécurité sociale", amo), ("Part mutuelle", amc),
                                     ("Reste à payer", pt)], "BK", "BKB", 9.5, 6.3)
        p.t(15, y + 45, "Facture initialement transmise avec un numéro d'organisme complémentaire erroné ;", "BKI", 8.5)
        p.t(15, y + 50, "nous vous la retransmettons avec le numéro figurant sur la carte de tiers payant.", "BKI", 8.5)
        p.t(105, 280, "Page 1/2", "BK", 7.5, "c", gray=0.4)

    def p2(p: Page):
        logo(p, "cross", 15, 14, 10, 0.45)
        p.t(30, 19, "TIERS PAYANT SANTÉ SERVICES", "NNB", 13)
        p.t(30, 24, "Gestion du tiers payant pour le compte des organismes complémentaires", "NN", 8.5)
        p.t(30, 28.5, f"Service Professionnels de santé — {op_tel} (appel non surtaxé)", "NN", 8.5)
        p.t(120, 44, f"Dr {doc[0]} {doc[1]}", "NN", 10)
        p.t(120, 49, street, "NN", 10)
        p.t(120, 54, city, "NN", 10)
        p.t(15, 66, f"Le {fd(rej)}", "NN", 10)
        p.t(15, 76, "AVIS DE REJET DE FACTURE", "NNB", 12)
        p.t(15, 82, f"Référence dossier : {dossier} — lot n° {lot}", "NN", 10)
        rows = [("N° de facture", number), ("Date de facture", fd(issued)), ("Date des soins", fd(care)),
                ("Reçue le", fd(recv)), ("Bénéficiaire", f"{pat['last']} {pat['first']}"),
                ("NIR", nir_spaced(pat["nir"])), ("N° organisme complémentaire déclaré", old),
                ("Montant total facturé", eur(total)), ("Part complémentaire demandée", eur(amc)),
                ("Montant réglé", eur(0))]
        for i, (a, b) in enumerate(rows):
            p.t(20, 94 + i * 6.5, a, "NN", 10)
            p.t(90, 94 + i * 6.5, b, "NNB", 10)
        y = 94 + len(rows) * 6.5 + 6
        p.rect(15, y, 180, 16, fill=0.92, width=0.4)
        p.t(19, y + 6.5, "Motif : R12 — Organisme complémentaire inconnu ou non géré pour ce bénéficiaire.", "NNB", 10)
        p.t(19, y + 12, "Aucun paiement n'a été effectué sur cette facture.", "NN", 9.5)
        p.t(15, y + 28, "Pour obtenir le règlement, merci de nous retransmettre la facture corrigée accompagnée du "
                        "présent avis,", "NN", 9.5)
        p.t(15, y + 33.5, "en indiquant la référence dossier ci-dessus. Délai de traitement : 7 à 10 jours ouvrés.",
            "NN", 9.5)
        p.t(15, y + 45, "Le service Professionnels de santé", "NN", 9.5)
        p.t(105, 280, "Page 2/2", "NN", 7.5, "c", gray=0.4)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("vasculaire renvoi avec avis de rejet", [p1, p2], [("invoice", f)], fax_name=f"DR {doc[1]}")


def l09_csi_sideways(g: Gen) -> Layout:
    """Centre de soins infirmiers (FINESS) monthly relevé in landscape, placed sideways on a portrait page."""
    r = g.rng
    pat = g.person(year=(1930, 1955))
    street, city, dept = g.addr()
    finess = make_finess(r, dnum(dept))
    siret = make_siret(r)
    presc = make_rpps(r)
    first = workday(day(r, (1, 9)))
    dates = [first + dt.timedelta(days=2 * k) for k in range(10)]
    ordo = first - dt.timedelta(days=r.randint(1, 6))
    issued = dates[-1] + dt.timedelta(days=r.randint(1, 4))
    number = f"CSI-{issued.year}-{issued.month:02d}-{r.randint(100, 999):04d}"
    nurses = []
    for _ in range(3):
        fn, ln = r.choice(FIRST_F), other_last(r, pat)
        nurses.append((f"{fn[0]}{ln[0]}", f"{fn} {ln}", make_rpps(r)))
    who = [r.choice(nurses)[0] for _ in dates]
    times = [f"{r.randint(7, 10):02d}:{r.choice(['00', '15', '30', '45'])}" for _ in dates]
    line_v = 1260 + 275
    total = line_v * len(dates)
    amo = pct(total, 0.60)
    amc = total - amo
    pt = 0
    assert (total, amo, amc) == (15350, 9210, 6140)
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    tel = phone(r)
    dr = (r.choice(FIRST_M), other_last(r, pat))

    def land(p: Page):  # drawn on a 297 x 210 landscape frame
        p.t(12, 14, f"CENTRE DE SOINS INFIRMIERS — ASSOCIATION AIDE À DOMICILE {city_of(city).upper()}", "MB", 10.5)
        p.t(12, 19, f"{street}, {city} · Tél. {tel} · FINESS {finess} · SIRET {siret}", "M", 8)
        p.t(285, 14, f"RELEVÉ N° {number}", "MB", 10, "r")
        p.t(285, 19, f"Édité le {fd(issued)}", "M", 8.5, "r")
        p.line(12, 22, 285, 22, 0.6)
        p.t(12, 29, f"Patient   : {pat['last']} {pat['first']}   né(e) le {fd(pat['birth'])}", "M", 8.5)
        p.t(12, 34, f"NIR       : {nir_spaced(pat['nir'])}", "M", 8.5)
        p.t(12, 39, f"Mutuelle  : {mut} / AMC {amcn}", "M", 8.5)
        p.t(160, 29, f"Période   : du {fd(dates[0])} au {fd(dates[-1])}", "M", 8.5)
        p.t(160, 34, f"Prescript.: Dr {dr[0][0]}. {dr[1]} RPPS {presc}", "M", 8.5)
        p.t(160, 39, f"Ordonnance: {fd(ordo)} — pansements 1 jour sur 2", "M", 8.5)
        rows = [[fd(d, "slash")[:6] + fd(d, "slash")[8:], t, w, "AMI 4", eur(1260, "plain"), "IFD",
                 eur(275, "plain"), eur(line_v, "plain")] for d, t, w in zip(dates, times, who)]
        y = p.table(12, 44, [24, 16, 14, 22, 22, 16, 20, 26],
                    ["Date", "Heure", "IDE", "Acte", "Montant", "Dépl.", "Montant", "Total"], rows, "lccllcrr",
                    "M", "MB", 8, 6.2, 0.88)
        legend = "   ".join(f"{i} = {n} (RPPS {rp})" for i, n, rp in nurses)
        p.t(12, y + 5, "IDE salariées : " + legend, "M", 6.8, gray=0.3)
        bx = 190
        p.rect(bx, 44, 95, 34, width=0.5)
        for i, (lab, v) in enumerate([("Total du relevé", total), ("Part AMO 60 %", amo), ("Part AMC 40 %", amc),
                                      ("Reste à charge", pt)]):
            p.t(bx + 3, 51 + i * 7, lab, "MB" if i == 0 else "M", 9)
            p.t(bx + 92, 51 + i * 7, eur(v), "MB" if i == 0 else "M", 9, "r")
        p.t(bx, 86, "Pansement complexe (ulcère)", "M", 8)
        p.t(bx, 90.5, "à domicile, tiers payant intégral.", "M", 8)
        p.t(12, 200, "Centre de santé infirmier géré par une association loi 1901 — soins 7 jours sur 7.", "MI", 7)

    def p1(p: Page):
        c = p.c
        c.saveState()
        c.translate(p.w, 0)
        c.rotate(90)
        land(Page(c, landscape(A4)))
        c.restoreState()

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=first, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("centre de soins infirmiers releve de travers", [p1], [("invoice", f)], fax_name="CSI")


def l10_taxi_deux_exemplaires(g: Gen) -> Layout:
    """Taxi conventionné receipt printed twice on one page (original + duplicata), Nimbus Mono, no health id."""
    r = g.rng
    pat = g.person(year=(1938, 1970))
    street, city, dept = g.addr()
    presc = make_rpps(r)
    siret = make_siret(r)
    care = workday(day(r, (1, 10)))
    issued = care
    pmt = care - dt.timedelta(days=r.randint(3, 15))
    number = f"T{care.year % 100}-{r.randint(100, 999):04d}"
    conv = f"{dnum(dept)}-{r.randint(100, 999)}"
    ads = r.randint(1, 40)
    plate = f"{r.choice('ABCDEFGH')}{r.choice('ABCDEFGHJKL')}-{r.randint(100, 999)}-{r.choice('KLMNPR')}" \
            f"{r.choice('STVWXZ')}"
    km = r.randint(14, 38)
    rate = 112
    trip = 1300 + km * rate
    total = 2 * trip
    amo = pct(total, 0.65)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    owner = (r.choice(FIRST_M), other_last(r, pat))
    dr = other_last(r, pat)
    tel = phone(r)
    dest = r.choice(["Centre hospitalier", "Institut de cancérologie", "Clinique Saint-Joseph"])
    t_out, t_back = f"{r.randint(7, 9):02d}:{r.choice(['05', '20', '40'])}", f"{r.randint(11, 16):02d}:" \
                                                                             f"{r.choice(['10', '30', '50'])}"

    def half(p: Page, y0: float, label: str):
        logo(p, "taxi", 15, y0 + 8, 9, 0.2)
        p.t(34, y0 + 12, f"TAXI {owner[1]}", "NMB", 12)
        p.t(34, y0 + 16.5, f"{owner[0]} {owner[1]} - {street}, {city} - {tel}", "NM", 7.8)
        p.t(34, y0 + 20.5, f"Taxi conventionné CPAM n° {conv} - ADS n° {ads} - Véhicule {plate}", "NM", 7.8)
        p.t(34, y0 + 24.5, f"SIRET {siret}", "NM", 7.8)
        p.t(195, y0 + 12, label, "NMB", 10, "r")
        p.t(195, y0 + 17, f"FACTURE N° {number}", "NMB", 9, "r")
        p.t(195, y0 + 21, f"du {fd(issued)}", "NM", 8.5, "r")
        p.line(15, y0 + 27, 195, y0 + 27, 0.5)
        p.t(15, y0 + 32.5, f"Patient : {pat['last']} {pat['first']}    Né(e) le : {fd(pat['birth'])}", "NM", 8.5)
        p.t(15, y0 + 37, f"NIR     : {nir_spaced(pat['nir'])}", "NM", 8.5)
        p.t(15, y0 + 41.5, f"AMC     : {mut} - N° {amcn}", "NM", 8.5)
        p.t(15, y0 + 46, f"Prescription médicale de transport du {fd(pmt)} - Dr {dr} (RPPS {presc})", "NM", 8.5)
        p.t(15, y0 + 50.5, f"Transport assis - destination : {dest}, {city_of(city)}", "NM", 8.5)
        rows = [[fd(care), "Aller", t_out, str(km), eur(1300, "plain"), eur(km * rate, "plain"), eur(trip, "plain")],
                [fd(care), "Retour", t_back, str(km), eur(1300, "plain"), eur(km * rate, "plain"),
                 eur(trip, "plain")]]
        y = p.table(15, y0 + 54, [26, 20, 18, 14, 30, 38, 34], ["Date", "Trajet", "Heure", "Km", "Prise en ch.",
                                                                   "Km x 1,12", "Total"], rows, "llccrrr", "NM",
                    "NMB", 8, 5.8, None, grid=True, vlines=False)
        p.t(165, y + 6, "TOTAL", "NMB", 8.5, "r")
        p.t(195, y + 6, eur(total), "NMB", 8.5, "r")
        p.t(165, y + 10.5, "Part AMO (65 %)", "NM", 8.5, "r")
        p.t(195, y + 10.5, eur(amo), "NM", 8.5, "r")
        p.t(165, y + 15, "Part AMC (35 %)", "NM", 8.5, "r")
        p.t(195, y + 15, eur(amc), "NM", 8.5, "r")
        p.t(165, y + 19.5, "Reste à payer", "NM", 8.5, "r")
        p.t(195, y + 19.5, eur(pt), "NM", 8.5, "r")
        p.t(15, y + 6, "Dispense d'avance des frais.", "NM", 7.5)
        p.t(15, y + 10.5, "Franchise 4,00 EUR/trajet récupérée", "NM", 7.5)
        p.t(15, y + 15, "ultérieurement par la caisse.", "NM", 7.5)

    def p1(p: Page):
        half(p, 4, "ORIGINAL")
        p.line(8, 148.5, 202, 148.5, 0.5, 0.3, dash=(3, 3))
        p.t(10, 147.3, "\u2702", "S", 9, gray=0.3)
        p.t(105, 152, "DUPLICATA - exemplaire du transporteur", "NM", 7, "c", gray=0.3)
        half(p, 152, "DUPLICATA")

    f = F(nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("taxi conventionne deux exemplaires", [p1], [("invoice", f)], fax_name=f"TAXI {owner[1]}")


LAYOUTS = [l01_pneumologue, l02_psychologue, l03_podo_orthesiste_pec, l04_neurologue, l05_maxillo, l06_urologue,
           l07_allergologue_enfant, l08_vasculaire_rejet, l09_csi_sideways, l10_taxi_deux_exemplaires]
# file id for each layout above (neutral, shuffled)
FILE_IDS = ["y104", "y109", "y101", "y107", "y103", "y110", "y106", "y102", "y108", "y105"]


# ------------------------------------------------------------------------------------------- checks
def check(lay: Layout) -> None:
    """Identifiers valid and amounts consistent, or fail loudly."""
    for kind, f in lay.docs:
        if "rpps" in f:
            assert len(f["rpps"]) == 11 and luhn.is_valid(f["rpps"]), f["rpps"]
        for k in ("adeli", "finess"):
            if k in f:
                assert len(f[k]) == 9 and luhn.is_valid(f[k]), (k, f[k])
        ids = sum(k in f for k in ("rpps", "adeli", "finess"))
        assert ids == (0 if lay.id.startswith("taxi") else 1), lay.id
        n = f["nir"]
        assert stdnir.is_valid(n) and len(n) == 15, n
        assert n[0] in "12" and 1 <= int(n[3:5]) <= 12
        num = int(n[:13].replace("2A", "19").replace("2B", "18"))
        assert int(n[13:]) == 97 - num % 97
        c = {k: int(f[k].replace(".", "")) for k in ("total_amount", "amo_amount", "amc_amount", "patient_amount")}
        assert c["total_amount"] == c["amo_amount"] + c["amc_amount"] + c["patient_amount"], (lay.id, c)
        assert all(v >= 0 for v in c.values()) and c["amc_amount"] > 0
        assert f["amc_number"].isdigit() and len(f["amc_number"]) in (8, 9), f["amc_number"]
        assert f["patient_name"].split(" ", 1)[0].replace("-", "").replace(" ", "").isupper()
        assert f["patient_birth_date"] < f["invoice_date"]
        if kind == "invoice":
            assert f["care_date"] <= f["invoice_date"], lay.id
            assert f["patient_birth_date"] < f["care_date"]
        else:
            assert kind == "pec" and "care_date" not in f


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="documents13")
    ap.add_argument("--seed", type=int, default=131)
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    g = Gen(args.seed)
    rng = random.Random(args.seed * 7 + 1)
    lays = [make(g) for make in LAYOUTS]
    for lay in lays:
        check(lay)
    assert sorted(FILE_IDS) == [f"y{101 + k}" for k in range(10)]
    for stem, lay in sorted(zip(FILE_IDS, lays), key=lambda t: t[0]):
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
