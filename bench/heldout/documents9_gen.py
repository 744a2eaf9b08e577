"""cd /work/main/bench/heldout && /work/main/.venv/bin/python documents9_gen.py --out documents9 --seed 93

Ninth blind held-out layout set: ten new French tiers-payant invoices, each rendered five ways.

Written blind (without reading parsers/, classifiers/, intake/, tests/, samples/, workers/, bench/*.py other than
the set 4-7 generators, or any rendered held-out set), in layouts different from sets 1-7:
  1. psychologue 'Mon soutien psy' monthly relevé of four sessions for one patient (ADELI), labels above values,
     patient block right-aligned, the AMC number field left BLANK (amc_number absent), the referring GP's RPPS and
     the adressage date as distractors, non-padded '7/10/2025' dates in the table, URW Gothic font;
  2. pédicure-podologue diabetic foot care (bilan + two grade-2 prevention sessions), patient identity in table
     cells (Nom | Prénom | Né(e) le), amounts written '30,00 euros', a Luhn-valid SIREN in the footer and the
     ADELI number half hidden under an ink blot (NO readable invoicer id: rpps/adeli/finess all absent);
  3. audioprothésiste, landscape A4, right ear and left ear on two LPP lines (100 % Santé class I) + a
     non-reimbursed kit, 4-year renewal note with the previous fitting date, trial period dates before the
     delivery date, '950,00€' amounts (no space), non-padded dates, ORL prescriber's RPPS;
  4. masseur-kinésithérapeute home visits (AMK + IFD on each line), patient block right-aligned at the top,
     the practitioner's identity ONLY in the footer, prescription date/number and prescriber RPPS, Palatino font;
  5. SSR rehabilitation centre stay (FINESS): prix de journée + forfait journalier + chambre particulière, '7.872,00 €'
     dot-thousands amounts, letter-style addressee block for the mutuelle on the right, the referring hospital's
     FINESS printed as a distractor, 'Part régime obligatoire / complémentaire / hospitalisé' wordings;
  6. dermatologue secteur 2 non-OPTAM: header fields as a two-row table (labels row above values row), CCAM
     excision + DE dépassement partly left to the patient, '15/09/25' dates, next appointment date after the
     invoice date, anatomopathology dispatch number;
  7. laboratory results page (child, the insured parent's NIR) with the invoice as a strip at the bottom: many
     numeric results and reference ranges, an 'antériorité' date, prélevé/validé/édité dates, COFRAC number;
  8. cross-border GP invoice in English-influenced format ('INVOICE / FACTURE', 'Oct 9, 2025', 'EUR 44.52',
     'LAST, First', due date, Swiss IBAN, member ID) with French RPPS/NIR/AMC number;
  9. handwritten-looking home-visit receipt on an A5 pad (script font, blue ink, few labels), printed letterhead
     with the RPPS, 'G + MD' amounts written '40 €', the date as '14/10/25', and NO invoice number (absent);
 10. ORL letter-style note whose only date is written in words ('le quatorze octobre deux mille vingt-cinq'),
     the amount repeated in words, no birth date printed (patient_birth_date absent), Bookman font.

Rendering, identifier and JSON helpers come from documents4_gen.py (imported), the photo renderer and text_pdf6 from
documents6_gen.py. Every identifier is checksum-valid; amounts add up (check()). All random values are drawn
before drawing, so the page callables are pure.

Renderings, for every layout: <id>.text.pdf (real text layer), <id>.scan.pdf (image-only), <id>.photo.jpg (phone
photo), <id>.fax-fine.tif (G4, 204x196), <id>.fax-normal.tif (G3, 204x98). File ids are neutral: t901..t910.
Each file gets <file>.json ground truth (same format as sets 4-7).

Ground-truth conventions (as sets 5-7 and DOMAIN.md): care_date = first day of care for a series or a stay (for a
hearing aid: the delivery date); for a child beneficiary nir = the insured parent's number printed on the page,
patient_name and patient_birth_date = the child's; rpps/adeli/finess = the invoicer only; amc_number = the
complementary insurer's number, never the adherent/member number; a field not printed, or not readable by a clerk,
is omitted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path

# Rendering, identifier and ground-truth helpers: the same as set 4's generator (run from this folder).
from documents4_gen import *  # noqa: F403
from documents4_gen import (
    FIRST_F,
    FIRST_M,
    LAST,
    MONTHS,
    MUTUELLES,
    NBSP,
    F,
    Gen,
    Layout,
    Page,
    day,
    digits,
    eur,
    fax_tiff,
    fd,
    iban,
    make_adeli,
    make_finess,
    make_rpps,
    make_siret,
    nir_spaced,
    pct,
    phone,
    scan_pdf,
    siret_spaced,
)
from documents6_gen import city_of, dnum, photo6, text_pdf6
from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from stdnum import luhn
from stdnum.fr import nir as stdnir
from stdnum.fr import siren as stdsiren

# Extra Type 1 fonts (URW base35), WinAnsi encoding: no U+202F with these.
_AFM = Path("/usr/share/fonts/type1/urw-base35")
_PFB = Path("/usr/share/fonts/X11/Type1")
for _key, _name in {"Z": "Z003-MediumItalic", "G": "URWGothic-Book", "GB": "URWGothic-Demi",
                    "GI": "URWGothic-BookOblique", "K": "URWBookman-Light", "KB": "URWBookman-Demi",
                    "KI": "URWBookman-LightItalic", "P": "P052-Roman", "PB": "P052-Bold", "PI": "P052-Italic",
                    "H": "NimbusSans-Regular", "HB": "NimbusSans-Bold", "HI": "NimbusSans-Italic",
                    "N": "NimbusSansNarrow-Regular", "NB": "NimbusSansNarrow-Bold", "CS": "C059-Roman",
                    "CSB": "C059-Bold", "CSI": "C059-Italic"}.items():
    _face = pdfmetrics.EmbeddedType1Face(str(_AFM / f"{_name}.afm"), str(_PFB / f"{_name}.pfb"))
    pdfmetrics.registerTypeFace(_face)
    pdfmetrics.registerFont(pdfmetrics.Font(_key, _face.name, "WinAnsiEncoding"))

EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
         "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def w99(n: int) -> str:
    if n < 20:
        return UNITS[n]
    t, u = divmod(n, 10)
    if t == 7:
        return "soixante et onze" if n == 71 else "soixante-" + UNITS[n - 60]
    if t == 8:
        return "quatre-vingts" if u == 0 else "quatre-vingt-" + UNITS[u]
    if t == 9:
        return "quatre-vingt-" + UNITS[n - 80]
    if u == 0:
        return TENS[t]
    return TENS[t] + (" et un" if u == 1 else "-" + UNITS[u])


def w999(n: int) -> str:
    h, rest = divmod(n, 100)
    if h == 0:
        return w99(rest)
    head = "cent" if h == 1 else UNITS[h] + " cent" + ("s" if rest == 0 else "")
    return head + (" " + w99(rest) if rest else "")


def date_words(d: dt.date) -> str:
    """'quatorze octobre deux mille vingt-cinq' (1 -> 'premier')."""
    j = "premier" if d.day == 1 else w99(d.day)
    return f"{j} {MONTHS[d.month - 1]} deux mille {w99(d.year - 2000)}"


def amount_words(cents: int) -> str:
    e, c = divmod(cents, 100)
    assert e < 1000
    s = f"{w999(e)} euro{'s' if e > 1 else ''}"
    return s + (f" et {w99(c)} centime{'s' if c > 1 else ''}" if c else "")


def fd9(d: dt.date, style: str) -> str:
    if style == "np":  # non-padded '7/10/2025'
        return f"{d.day}/{d.month}/{d.year}"
    if style == "slash2":
        return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
    if style == "en":
        return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "enlong":
        return f"{EN_LONG[d.month - 1]} {d.day}, {d.year}"
    if style == "en_dmy":
        return f"{d.day:02d} {EN_MONTHS[d.month - 1]} {d.year}"
    return fd(d, style)


def eur9(cents: int, style: str) -> str:
    e, c = divmod(cents, 100)
    if style == "nospace":
        return f"{e},{c:02d}€"
    if style == "euros":
        return f"{e},{c:02d} euros"
    if style == "dots":
        return f"{e:,}".replace(",", ".") + f",{c:02d} €"
    if style == "EURpre":
        return f"EUR {e:,}.{c:02d}"
    raise ValueError(style)


def workday(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def make_siren(rng: random.Random) -> str:
    body = digits(rng, 8)
    return body + luhn.calc_check_digit(body)


def hand(p: Page, x: float, y: float, s: str, size: float = 13, seed: int = 0) -> float:
    """Handwriting imitation: script font, blue ink, each word slightly off the baseline and tilted."""
    c = p.c
    rr = random.Random(seed * 7919 + int(x * 10) + int(y * 1000))  # noqa: S311
    cx = x
    sp = pdfmetrics.stringWidth(" ", "Z", size) / mm
    for word in s.split(" "):
        c.saveState()
        c.translate(cx * mm, p.h - (y + rr.uniform(-0.5, 0.5)) * mm)
        c.rotate(rr.uniform(-2.5, 2.0))
        c.setFillColorRGB(0.08, 0.12, 0.45)
        c.setFont("Z", size)
        c.drawString(0, 0, word)
        c.restoreState()
        cx += pdfmetrics.stringWidth(word, "Z", size) / mm + sp * rr.uniform(1.0, 1.5)
    return cx


def blot(p: Page, x: float, y: float, w: float, h: float, seed: int) -> None:
    """An ink blot / marker smear covering [x, x+w] x [y-h, y] (mm, top-left origin)."""
    rr = random.Random(seed)  # noqa: S311
    c = p.c
    c.setFillGray(0.12)
    for _ in range(14):
        cx, cy = x + rr.uniform(0.1, 0.9) * w, y - rr.uniform(0.2, 0.8) * h
        c.circle(cx * mm, p.h - cy * mm, rr.uniform(0.35, 0.6) * h * mm, stroke=0, fill=1)
    c.rect(x * mm, p.h - y * mm - 0.8 * mm, w * mm, h * mm + 0.8 * mm, stroke=0, fill=1)
    for _ in range(4):
        c.circle((x + rr.uniform(-1, w + 1)) * mm, p.h - (y + rr.uniform(1, 4)) * mm, rr.uniform(0.3, 0.8) * mm,
                 stroke=0, fill=1)
    c.setFillGray(0)


# ------------------------------------------------------------------------------------------- layouts
def l01_psy(g: Gen) -> Layout:
    """Psychologue Mon soutien psy monthly relevé: ADELI, four sessions, blank AMC number field."""
    r = g.rng
    pat = g.person(year=(1975, 2004))
    street, city, dept = g.addr()
    adeli = make_adeli(r, dnum(dept), "93")
    gp = make_rpps(r)
    gp_name = f"Dr {r.choice(FIRST_M)} {r.choice(LAST)}"
    first = workday(dt.date(2025, r.randint(3, 9), r.randint(1, 6)))
    sessions = [first + dt.timedelta(days=7 * k) for k in range(4)]
    issued = sessions[-1] + dt.timedelta(days=r.randint(1, 4))
    adress = first - dt.timedelta(days=r.randint(8, 25))
    number = f"R-{issued.year}/{r.randint(40, 180)}"
    unit = 5000
    total = unit * 4
    amo = pct(total, 0.60)
    amc = total - amo
    pt = 0
    nom = (r.choice(FIRST_F), r.choice(LAST))
    tel, siret, mut, adh = phone(r, "."), make_siret(r), r.choice(MUTUELLES), digits(r, 10)
    labels = ["Entretien d'évaluation", "Séance d'accompagnement", "Séance d'accompagnement",
              "Séance d'accompagnement"]

    def p1(p: Page):
        def lv(x, y, lab, val, fv="G", size=10, align="l"):
            p.t(x, y, lab, "G", 7, align, gray=0.45)
            p.t(x, y + 5, val, fv, size, align)

        p.t(15, 20, f"{nom[0]} {nom[1].title()}", "GB", 15)
        p.t(15, 26, "Psychologue — partenaire du dispositif Mon soutien psy", "G", 9)
        lv(15, 34, "Cabinet", f"{street}, {city}", size=9)
        lv(15, 45, "Numéro ADELI", f"{adeli[:2]} {adeli[2:4]} {adeli[4:8]} {adeli[8]}", "GB")
        lv(15, 56, "Téléphone", tel, size=9)
        lv(195, 20, "Bénéficiaire des soins", f"{pat['civ']} {pat['first']} {pat['last']}", "GB", 11, "r")
        lv(195, 31, "Date de naissance", fd(pat["birth"], "long"), align="r")
        lv(195, 42, "N° de sécurité sociale", nir_spaced(pat["nir"]), align="r")
        lv(195, 53, "Organisme complémentaire", mut, size=9.5, align="r")
        p.t(195, 64, "N° AMC : ................................", "G", 9, "r")
        p.t(195, 68.5, "(carte de tiers payant non présentée — à compléter)", "GI", 7, "r", gray=0.4)
        p.t(195, 73, f"N° adhérent : {adh}", "G", 8, "r", gray=0.3)
        p.line(15, 80, 195, 80, 1.4, 0.2)
        p.t(15, 90, "RELEVÉ DE SÉANCES — FACTURE", "GB", 13)
        lv(15, 96, "Référence", number, "GB", 10.5)
        lv(70, 96, "Édité le", fd(issued, "long"), size=10)
        lv(125, 96, "Période", f"{MONTHS[first.month - 1]} {first.year}" if sessions[-1].month == first.month else
           f"{MONTHS[first.month - 1]} – {MONTHS[sessions[-1].month - 1]} {first.year}", size=10)
        p.t(15, 113, f"Adressage : {gp_name}, médecin traitant (RPPS {gp}) — courrier du {fd(adress)}", "G", 8.5)
        rows = [[str(k + 1), fd9(d, "np"), "PSY", labels[k], eur(unit, sep=NBSP)] for k, d in enumerate(sessions)]
        y = p.table(15, 118, [18, 30, 18, 84, 30], ["Séance", "Date", "Code", "Nature", "Honoraires"], rows, "ccllr",
                    "G", "GB", 9, 7.5, 0.9, grid=True, vlines=False)
        heads = ["Montant des séances", "Assurance Maladie (60 %)", "Complémentaire (40 %)", "Reste à votre charge"]
        vals = [total, amo, amc, pt]
        for i, (h, v) in enumerate(zip(heads, vals, strict=True)):
            x = 15 + i * 45
            p.rect(x, y + 8, 45, 18, width=0.6, fill=0.93 if i == 0 else None)
            p.t(x + 22.5, y + 14, h, "G", 7.5, "c", gray=0.3)
            p.t(x + 22.5, y + 22, eur(v, sep=NBSP), "GB", 11, "c")
        p.t(15, y + 36, "Séances de 30 à 45 minutes réalisées au cabinet. Tiers payant sur les deux parts.", "GI", 8.5)
        p.t(15, y + 41, "Dispositif limité à 12 séances par année civile.", "GI", 8.5)
        p.t(105, 287, f"EI {nom[0]} {nom[1].title()} — SIRET {siret_spaced(siret)} — Non assujettie à la TVA "
                      "(art. 261-4-1° du CGI)", "G", 6.5, "c", gray=0.4)

    f = F(adeli=adeli, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=first, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt)
    return Layout("psychologue releve mon soutien psy", [p1], [("invoice", f)], fax_name=f"PSY {nom[1]}"[:24])


def l02_podo(g: Gen) -> Layout:
    """Pédicure-podologue diabetic foot care; identity in table cells; ADELI under an ink blot; SIREN footer."""
    r = g.rng
    pat = g.person(year=(1944, 1966))
    street, city, dept = g.addr()
    adeli = make_adeli(r, dnum(dept), "80")
    presc = make_rpps(r)
    d1 = workday(day(r, (3, 9)))
    d2 = workday(d1 + dt.timedelta(days=r.randint(28, 40)))
    issued = d2
    ordo = d1 - dt.timedelta(days=r.randint(5, 30))
    number = f"{issued.year % 100}{r.randint(1, 12):02d}{r.randint(100, 999)}"
    lines = [(d1, "POD B", "Bilan podologique — pied diabétique, gradation du risque 2", 4000),
             (d1, "POD 2", "Séance de soins de prévention (grade 2)", 3000),
             (d2, "POD 2", "Séance de soins de prévention (grade 2)", 3000)]
    total = sum(x[3] for x in lines)
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    nom = (r.choice(FIRST_M), r.choice(LAST))
    tel, siren, mut = phone(r), make_siren(r), r.choice(MUTUELLES)
    ordo_n = digits(r, 11)
    presc_name = f"Dr {r.choice(FIRST_F)} {r.choice(LAST)}"

    def p1(p: Page):
        p.t(15, 20, f"{nom[0]} {nom[1]}", "CSB", 13)
        p.t(15, 25.5, "Pédicure-Podologue D.E. — Conventionné", "CSI", 9)
        p.t(15, 30.5, street, "CS", 9)
        p.t(15, 35, city, "CS", 9)
        p.t(15, 39.5, f"Tél. {tel}", "CS", 9)
        shown = f"N° ADELI : {adeli[:2]} {adeli[2:4]}"
        p.t(15, 45, shown, "CS", 9)
        blot(p, 15 + pdfmetrics.stringWidth(shown, "CS", 9) / mm + 1.2, 45.8, 19, 4.2, seed=int(adeli[-4:]))
        p.t(195, 20, "FACTURE DE SOINS", "CSB", 12, "r")
        p.t(195, 26, f"N° {number}", "CS", 10, "r")
        p.t(195, 31.5, f"{city_of(city)}, le {fd(issued)}", "CS", 9.5, "r")
        p.t(15, 58, "Patient", "CSB", 10)
        p.table(15, 61, [50, 45, 35, 50], ["Nom", "Prénom", "Né(e) le", "N° d'immatriculation"],
                [[pat["last"], pat["first"], fd(pat["birth"]), nir_spaced(pat["nir"])]], "llll", "CS", "CSB", 9.5, 7,
                0.9)
        p.table(15, 79, [95, 85], ["Organisme complémentaire", "N° AMC"], [[mut, amcn]], "ll", "CS", "CSB", 9.5, 7, 0.9)
        p.t(15, 101, f"Sur prescription du {presc_name} (RPPS {presc}), ordonnance n° {ordo_n} du {fd(ordo)}.",
            "CS", 8.5)
        p.t(15, 106, "Patient diabétique — gradation du risque podologique : 2 (neuropathie + déformation).", "CS",
            8.5)
        rows = [[fd(d), c, lib, eur9(v, "euros")] for d, c, lib, v in lines]
        y = p.table(15, 112, [25, 18, 107, 30], ["Date", "Acte", "Désignation", "Montant"], rows, "lllr", "CS",
                    "CSB", 9, 7.5, None)
        for i, (lab, v) in enumerate([("Total des soins", total), ("Part Assurance Maladie (70 %)", amo),
                                      ("Part mutuelle (30 %)", amc), ("À régler par le patient", pt)]):
            p.leader(95, y + 11 + i * 6.5, 195, lab, eur9(v, "euros"), "CSB" if i == 0 else "CS", "CSB", 9.5)
        p.t(15, y + 44, "Tiers payant intégral. Prochaine séance à programmer dans 2 mois.", "CSI", 8.5)
        p.t(105, 287, f"Cabinet de podologie {nom[1].title()} — SIREN {siren} — APE 8690E", "CS", 7, "c", gray=0.35)

    f = F(nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=d1, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    lay = Layout("podologue pied diabetique adeli masque", [p1], [("invoice", f)], fax_name=f"PODOLOGUE {nom[1]}"[:24])
    lay.hidden = {"adeli": adeli, "siren": siren}
    return lay


def l03_audio(g: Gen) -> Layout:
    """Audioprothésiste, landscape: right/left ear on two LPP lines, 4-year renewal, trial period, '950,00€'."""
    r = g.rng
    pat = g.person(year=(1938, 1958))
    street, city, _dept = g.addr()
    rpps, orl = make_rpps(r), make_rpps(r)
    deliv = workday(day(r, (4, 10)))
    trial0 = deliv - dt.timedelta(days=r.randint(28, 35))
    issued = deliv
    ordo = trial0 - dt.timedelta(days=r.randint(10, 40))
    prev = dt.date(deliv.year - 4, r.randint(1, deliv.month), r.randint(1, 28))
    if prev + dt.timedelta(days=4 * 365 + 1) > deliv:
        prev = prev - dt.timedelta(days=40)
    number = f"A{deliv.year}{r.randint(1000, 9999)}"
    devis = f"D{deliv.year}{r.randint(1000, 9999)}"
    ears = [("OD", "2355084", "Aide auditive classe I, oreille droite (contour RIC)", 95000, 40000, 24000, 71000, 0),
            ("OG", "2335791", "Aide auditive classe I, oreille gauche (contour RIC)", 95000, 40000, 24000, 71000, 0),
            ("—", "", "Kit d'entretien et déshumidificateur (non remboursable)", 1990, 0, 0, 0, 1990)]
    total = sum(x[3] for x in ears)
    amo = sum(x[5] for x in ears)
    amc = sum(x[6] for x in ears)
    pt = sum(x[7] for x in ears)
    amcn = g.amc_number()
    serials = [f"{r.choice('KLMP')}{digits(r, 8)}" for _ in range(2)]
    nom = (r.choice(FIRST_F), r.choice(LAST))
    centre = f"Audition {r.choice(['Conseil', 'Santé', 'Plus', 'Clarté'])} {city_of(city)}"
    tel, siret, mut = phone(r), make_siret(r), r.choice(MUTUELLES)
    orl_name = f"Dr {r.choice(LAST)}"
    ibn = iban(random.Random(int(number[1:])))  # noqa: S311

    def p1(p: Page):
        p.rect(0, 0, 297, 22, fill=0.9, stroke=False)
        p.t(15, 13, centre, "HB", 16)
        p.t(15, 18.5, f"{street}, {city} · Tél. {tel} · SIRET {siret}", "H", 8)
        p.t(282, 11, "FACTURE", "HB", 15, "r")
        p.t(282, 17.5, f"N° {number} · Devis {devis}", "H", 9, "r")
        p.t(15, 32, "Audioprothésiste", "HB", 8.5, gray=0.35)
        p.t(15, 37, f"{nom[0]} {nom[1]}, audioprothésiste D.E.", "H", 10)
        p.t(15, 42, f"RPPS {rpps}", "H", 10)
        p.t(105, 32, "Patient", "HB", 8.5, gray=0.35)
        p.t(105, 37, f"{pat['civ']} {pat['last']} {pat['first']} — né(e) le {fd9(pat['birth'], 'np')}", "H", 10)
        p.t(105, 42, f"NIR {nir_spaced(pat['nir'])}", "H", 10)
        p.t(205, 32, "Complémentaire", "HB", 8.5, gray=0.35)
        p.t(205, 37, mut, "H", 10)
        p.t(205, 42, f"N° AMC {amcn}", "H", 10)
        p.t(15, 53, f"Date de délivrance : {fd9(deliv, 'np')}", "HB", 10)
        p.t(90, 53, f"Essai du {fd9(trial0, 'np')} au {fd9(deliv - dt.timedelta(days=1), 'np')}", "H", 9)
        p.t(165, 53, f"Prescription ORL : {orl_name} (RPPS {orl}) du {fd9(ordo, 'np')}", "H", 9)
        p.t(15, 59, f"Renouvellement : précédent appareillage délivré le {fd9(prev, 'np')} (délai de 4 ans révolus "
                    "respecté).", "H", 8.5, gray=0.2)
        rows = [[e, c, lib, "I" if c else "", eur9(pv, "nospace"), eur9(b, "nospace") if c else "",
                 eur9(a, "nospace"), eur9(m, "nospace"), eur9(pp, "nospace")] for e, c, lib, pv, b, a, m, pp in ears]
        y = p.table(15, 66, [14, 22, 98, 14, 28, 26, 22, 22, 21],
                    ["Oreille", "Code LPP", "Désignation", "Classe", "Prix de vente", "Base LPP", "PC Sécu",
                     "PC Mutuelle", "RAC"], rows, "cclcrrrrr", "H", "HB", 8.5, 7.5, 0.85)
        p.t(15, y + 6, f"N° de série : OD {serials[0]} · OG {serials[1]} — garantie 4 ans, suivi inclus.", "H", 8)
        for i, (lab, v) in enumerate([("TOTAL TTC", total), ("PC Sécu", amo), ("PC Mutuelle", amc), ("RAC", pt)]):
            p.t(250, y + 14 + i * 6, lab, "HB" if i == 0 else "H", 10, "r")
            p.t(282, y + 14 + i * 6, eur9(v, "nospace"), "HB" if i == 0 else "H", 10, "r")
        p.t(15, y + 20, "Équipement 100 % Santé (classe I) : aucun reste à charge sur les aides auditives.", "H", 8.5)
        p.t(15, y + 25, "Tiers payant AMO + AMC. TVA 5,5 % incluse.", "H", 8.5)
        p.t(148, 200, f"{centre} — RCS {city_of(city)} — IBAN {ibn}", "H", 6.5, "c", gray=0.4)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=deliv, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("audioprothesiste deux oreilles paysage", [p1], [("invoice", f)], landscape=True,
                  fax_name=centre.upper()[:24])


def l04_kine(g: Gen) -> Layout:
    """Kiné home visits (AMK + IFD), patient block right-aligned at the top, practitioner only in the footer."""
    r = g.rng
    pat = g.person(year=(1936, 1955))
    street, city, dept = g.addr()
    rpps, presc = make_rpps(r), make_rpps(r)
    start = day(r, (3, 9))
    while start.weekday() not in (0, 3):
        start += dt.timedelta(days=1)
    dates = []
    d = start
    while len(dates) < 6:
        dates.append(d)
        d += dt.timedelta(days=3 if d.weekday() == 0 else 4)
    issued = dates[-1] + dt.timedelta(days=r.randint(1, 3))
    ordo = start - dt.timedelta(days=r.randint(3, 12))
    number = f"NH-{issued.year}-{r.randint(1, 999):04d}"
    amk, ifd = 1720, 400
    total = 6 * (amk + ifd)
    amo = pct(total, 0.60)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    nom = (r.choice(FIRST_M), r.choice(LAST))
    pstreet = f"{r.randint(1, 90)} {r.choice(['allée des Tilleuls', 'rue Pasteur', 'route de Lyon'])}"
    am = f"{dnum(dept)}7{digits(r, 5)}"
    tel, siret, mut, ordo_n = phone(r), make_siret(r), r.choice(MUTUELLES), digits(r, 8)
    presc_name = f"Dr {r.choice(FIRST_F)} {r.choice(LAST)}"

    def p1(p: Page):
        p.t(15, 24, "NOTE D'HONORAIRES", "PB", 18)
        p.t(15, 31, f"n° {number}", "P", 11)
        p.t(15, 37, f"établie le {fd(issued)}", "P", 10)
        p.t(195, 18, "Patient(e) soigné(e) à domicile", "PI", 8.5, "r", gray=0.35)
        p.t(195, 24, f"{pat['civ']} {pat['last']} {pat['first']}", "PB", 11, "r")
        p.t(195, 29.5, f"{pstreet}", "P", 9.5, "r")
        p.t(195, 34.5, f"{city}", "P", 9.5, "r")
        p.t(195, 40, f"{'née' if pat['sex'] == 2 else 'né'} le {fd(pat['birth'])}", "P", 9.5, "r")
        p.t(195, 45.5, f"N° SS {nir_spaced(pat['nir'])}", "P", 9.5, "r")
        p.t(195, 51, f"{mut} — AMC n° {amcn}", "P", 9.5, "r")
        p.line(15, 58, 195, 58, 0.5)
        p.t(15, 67, f"Prescription médicale du {fd(ordo)} — {presc_name} (RPPS {presc}) — n° {ordo_n}", "P", 9)
        p.t(15, 72.5, "Rééducation à domicile (patient ne pouvant se déplacer) — 6 séances", "P", 9)
        rows = []
        for d in dates:
            rows.append([fd(d), "AMK 8", "Rééducation de la marche (sujet âgé)", eur(amk, sep=NBSP)])
            rows.append(["", "IFD", "Indemnité forfaitaire de déplacement", eur(ifd, sep=NBSP)])
        y = p.table(15, 80, [28, 22, 100, 30], ["Date de la séance", "Cotation", "Libellé", "Montant"], rows, "lllr",
                    "P", "PB", 8.8, 6.2, 0.9, grid=False)
        p.line(15, y + 1, 195, y + 1, 0.5)
        for i, (lab, v) in enumerate([("Total honoraires", total), ("PC Sécu", amo), ("PC Mutuelle", amc),
                                      ("Reste à charge", pt)]):
            p.t(165, y + 9 + i * 6, lab, "PB" if i == 0 else "P", 10, "r")
            p.t(195, y + 9 + i * 6, eur(v, sep=NBSP), "PB" if i == 0 else "P", 10, "r")
        p.t(15, y + 9, "Dispense d'avance de frais", "PI", 9)
        p.t(15, y + 14, "(tiers payant AMO et AMC).", "PI", 9)
        p.line(15, 264, 195, 264, 0.4, 0.4)
        p.t(105, 270, f"{nom[0]} {nom[1]} — Masseur-kinésithérapeute D.E.", "PB", 9.5, "c")
        p.t(105, 275, f"{street} — {city} — Tél. {tel}", "P", 8.5, "c")
        p.t(105, 280, f"RPPS {rpps} — Identifiant AM {am} — SIRET {siret_spaced(siret)}", "P", 8.5, "c")
        p.t(105, 285, "Conventionné — Membre d'une AGA, le règlement des honoraires par chèque est accepté.", "PI", 7,
            "c", gray=0.4)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=start, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("kine domicile praticien en pied de page", [p1], [("invoice", f)], fax_name=f"KINE {nom[1]}"[:24])


def l05_ssr(g: Gen) -> Layout:
    """SSR rehabilitation stay (FINESS): dot-thousands amounts, letter addressee block, other hospital's FINESS."""
    r = g.rng
    pat = g.person(year=(1940, 1965))
    street, city, dept = g.addr()
    fin, fin_chu = make_finess(r, dnum(dept)), make_finess(r, dnum(dept))
    entry = day(r, (2, 8))
    days = 21  # days of presence, entry and discharge days included
    out = entry + dt.timedelta(days=days - 1)
    issued = out + dt.timedelta(days=r.randint(5, 15))
    number = f"{issued.year}{r.randint(100000, 999999)}"
    dossier, ipp = f"SSR{entry.strftime('%y')}-{digits(r, 5)}", digits(r, 9)
    pj, fj, cp, cp_amc = 31200, 2000, 4500, 4000
    nights = days - 1
    lines = [("Prix de journée SSR — rééducation locomotrice", days, pj, pct(days * pj, 0.80),
              days * pj - pct(days * pj, 0.80), 0),
             ("Forfait journalier", days, fj, 0, days * fj, 0),
             ("Chambre particulière", nights, cp, 0, nights * cp_amc, nights * (cp - cp_amc))]
    total = sum(q * u for _, q, u, *_ in lines)
    amo = sum(x[3] for x in lines)
    amc = sum(x[4] for x in lines)
    pt = sum(x[5] for x in lines)
    amcn = g.amc_number()
    name = f"Centre de Rééducation {r.choice(['Les Embruns', 'Le Belvédère', 'Val-Fleuri', 'La Châtaigneraie'])}"
    mut = r.choice(MUTUELLES)
    tel, siret = phone(r), make_siret(r)
    chu = f"CHU de {city_of(city)}"

    def p1(p: Page):
        p.rect(15, 12, 180, 10, fill=0.2, stroke=False)
        p.t(18, 19, name.upper(), "NB", 12, gray=1)
        p.t(192, 19, "Soins médicaux et de réadaptation", "N", 8.5, "r", gray=1)
        p.t(15, 28, f"{street} — {city}", "N", 8.5)
        p.t(15, 32.5, f"Accueil {tel} — Service facturation poste 214", "N", 8.5)
        p.t(15, 37, f"N° FINESS {fin}", "NB", 9)
        p.t(15, 41.5, f"SIRET {siret}", "N", 8, gray=0.35)
        p.t(120, 50, mut, "NB", 10)
        p.t(120, 55, "Service tiers payant — Gestion hospitalisation", "N", 9)
        p.t(120, 60, f"Code organisme (AMC) : {amcn}", "N", 9)
        p.t(120, 65, "TSA 40123 — 69283 LYON CEDEX 02", "N", 9)
        p.t(15, 75, f"Facture n° {number}", "NB", 12)
        p.t(15, 81, f"Date de facturation : {fd(issued, 'dot4')}", "N", 9.5)
        p.t(15, 86, f"Dossier {dossier} — IPP {ipp}", "N", 9, gray=0.3)
        p.rect(15, 92, 180, 31, width=0.5)
        p.t(18, 98, "HOSPITALISÉ(E)", "NB", 8, gray=0.4)
        p.t(18, 104, f"{pat['last']} {pat['first']}", "NB", 11)
        p.t(18, 109.5, f"Date de naissance {fd(pat['birth'], 'dot4')}", "N", 9.5)
        p.t(18, 115, f"N° d'immatriculation {nir_spaced(pat['nir'])}", "N", 9.5)
        p.t(18, 120.5, f"Séjour du {fd(entry, 'dot4')} au {fd(out, 'dot4')} — hospitalisation complète", "N", 9.5)
        p.t(110, 104, f"Adressé(e) par : {chu}, service d'orthopédie", "N", 8.5)
        p.t(110, 109.5, f"(établissement d'origine, FINESS {fin_chu})", "N", 8.5, gray=0.3)
        p.t(110, 115, "Motif : rééducation après prothèse totale de hanche", "N", 8.5)
        rows = [[lib, str(q), eur9(u, "dots"), eur9(q * u, "dots"), eur9(a, "dots"), eur9(m, "dots"), eur9(pp, "dots")]
                for lib, q, u, a, m, pp in lines]
        y = p.table(15, 130, [58, 12, 22, 24, 22, 22, 20],
                    ["Prestation", "Nb", "Prix unit.", "Montant", "Part RO", "Part RC", "Hospitalisé"], rows, "lcrrrrr",
                    "N", "NB", 8.5, 7.5, 0.85)
        for i, (lab, v) in enumerate([("Total du séjour", total), ("Part régime obligatoire", amo),
                                      ("Part régime complémentaire", amc), ("Part hospitalisé", pt)]):
            p.leader(100, y + 11 + i * 6.5, 195, lab, eur9(v, "dots"), "NB" if i == 0 else "N", "NB", 10)
        p.t(15, y + 42, "RO : régime obligatoire (80 % du prix de journée) ; RC : régime complémentaire (ticket "
                        "modérateur, forfait journalier,", "N", 8)
        p.t(15, y + 46.5, "chambre particulière dans la limite de 40,00 € par nuit selon votre contrat).", "N", 8)
        p.t(15, y + 53, "La part hospitalisé a été réglée à la sortie.", "N", 8)
        p.t(105, 287, f"{name} — association loi 1901 reconnue ESPIC — FINESS {fin}", "N", 7, "c", gray=0.4)

    f = F(finess=fin, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=entry, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("ssr sejour readaptation", [p1], [("invoice", f)], fax_name=name.upper()[:24])


def l06_dermato(g: Gen) -> Layout:
    """Dermatologist secteur 2: header as a labels-row/values-row table, DE partly left to the patient."""
    r = g.rng
    pat = g.person(year=(1950, 1995))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    care = workday(day(r, (2, 9)))
    issued = care + dt.timedelta(days=r.randint(0, 2))
    nxt = care + dt.timedelta(days=r.randint(30, 60))
    number = f"{care.year % 100}-{r.randint(1000, 9999)}"
    acts = [("CS", "Consultation de dermatologie", 3000, 2100, 900, 0),
            ("QZFA036", "Exérèse de lésion superficielle de la peau", 4180, 2926, 1254, 0),
            ("DE", "Dépassement d'honoraires", 4000, 0, 2000, 2000)]
    total = sum(a[2] for a in acts)
    amo = sum(a[3] for a in acts)
    amc = sum(a[4] for a in acts)
    pt = sum(a[5] for a in acts)
    amcn = g.amc_number()
    nom = (r.choice(FIRST_F), r.choice(LAST))
    tel, fax, am, mut = phone(r), phone(r), f"{dnum(dept)}1{digits(r, 5)}", r.choice(MUTUELLES)
    envoi = f"AP{care.year % 100}-{digits(r, 6)}"

    def p1(p: Page):
        p.t(15, 18, f"Docteur {nom[0]} {nom[1]}", "SB", 13)
        p.t(15, 23.5, "Dermatologie — Vénéréologie — Dermatologie chirurgicale", "S", 8.5)
        p.t(15, 28, "Conventionnée secteur 2 (honoraires libres)", "SI", 8, gray=0.3)
        p.t(195, 18, f"{street}", "S", 8.5, "r")
        p.t(195, 22.5, city, "S", 8.5, "r")
        p.t(195, 27, f"Tél. {tel} · Fax {fax}", "S", 8.5, "r")
        p.t(195, 31.5, f"RPPS {rpps} · AM {am}", "S", 8.5, "r")
        p.t(105, 45, "FACTURE D'HONORAIRES", "SB", 14, "c")
        p.table(15, 52, [26, 22, 54, 22, 56],
                ["Facture n°", "Date", "Patient(e)", "Né(e) le", "N° de sécurité sociale"],
                [[number, fd9(issued, "slash2"), f"{pat['last']} {pat['first']}", fd9(pat["birth"], "slash2"),
                  nir_spaced(pat["nir"])]], "lllll", "S", "SB", 8.5, 7, 0.88)
        p.table(15, 68, [80, 40, 60], ["Complémentaire santé", "N° AMC", "Date des soins"],
                [[mut, amcn, fd9(care, "slash2")]], "lll", "S", "SB", 8.5, 7, 0.88)
        rows = [[c, lib, eur(v), eur(a), eur(m), eur(pp)] for c, lib, v, a, m, pp in acts]
        y = p.table(15, 90, [20, 70, 24, 22, 22, 22], ["Code", "Acte", "Honoraires", "AMO", "AMC", "Patient"], rows,
                    "llrrrr", "S", "SB", 8.5, 7, None, grid=True, vlines=False)
        for i, (lab, v) in enumerate([("Montant total", total), ("Part AMO", amo), ("Part AMC", amc),
                                      ("Reste à votre charge", pt)]):
            p.t(160, y + 10 + i * 6.3, lab, "SB" if i in (0, 3) else "S", 9.5, "r")
            p.t(195, y + 10 + i * 6.3, eur(v), "SB" if i in (0, 3) else "S", 9.5, "r")
        p.t(15, y + 10, "Base de remboursement : 71,80 €.", "S", 8.5)
        p.t(15, y + 15, f"Pièce adressée en anatomopathologie, envoi n° {envoi}.", "S", 8.5)
        p.t(15, y + 20, "Dépassement de 20,00 € réglé ce jour par carte bancaire.", "S", 8.5)
        p.t(15, y + 40, f"Prochain rendez-vous (résultats, retrait des fils) : {fd9(nxt, 'slash2')} à 9 h 30.", "SI",
            8.5)
        p.t(15, y + 45, "Les dépassements d'honoraires sont fixés avec tact et mesure ; information affichée en salle "
                        "d'attente.", "SI", 7.8, gray=0.3)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("dermatologue secteur 2 table entete", [p1], [("invoice", f)], fax_name=f"DR {nom[1]} DERMATO"[:24])


def l07_labo(g: Gen) -> Layout:
    """Laboratory results page with the invoice strip at the bottom; child beneficiary, parent's NIR; FINESS."""
    r = g.rng
    street, city, dept = g.addr()
    parent = g.person(year=(1978, 1990), dept=dnum(dept))
    child = g.person(year=(2013, 2019))
    child["last"] = parent["last"]
    child["norm"] = f"{child['last']} {child['first']}"
    fin = make_finess(r, dnum(dept))
    presc = make_rpps(r)
    prel = workday(day(r, (2, 9)))
    valid = prel + dt.timedelta(days=1)
    issued = valid
    ante = prel - dt.timedelta(days=r.randint(200, 400))
    dossier = f"{prel.strftime('%y%m%d')}-{r.randint(100, 999)}"
    number = f"FL{digits(r, 8)}"
    cofrac = f"8-{r.randint(1000, 4999)}"
    acts = [("1104", "Hémogramme (NFS, plaquettes)", 702), ("0888", "Ferritine", 810),
            ("1208", "TSH (thyréostimuline)", 1026), ("9105", "Forfait prélèvement (enfant)", 630),
            ("9005", "Forfait de sécurité échantillon sanguin", 405)]
    total = sum(a[2] for a in acts)
    amo = pct(total, 0.60)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    results = [("Hématies", f"{r.uniform(4.2, 5.1):.2f}".replace(".", ","), "T/L", "4,00 - 5,20", "4,61"),
               ("Hémoglobine", f"{r.uniform(11.8, 13.9):.1f}".replace(".", ","), "g/dL", "11,5 - 14,5", "12,4"),
               ("Hématocrite", f"{r.uniform(35, 41):.1f}".replace(".", ","), "%", "35,0 - 44,0", "37,9"),
               ("Leucocytes", f"{r.uniform(5, 9):.2f}".replace(".", ","), "G/L", "4,50 - 13,50", "7,12"),
               ("Plaquettes", str(r.randint(210, 390)), "G/L", "150 - 450", "288"),
               ("Ferritine", str(r.randint(14, 60)), "µg/L", "15 - 150", "19"),
               ("TSH", f"{r.uniform(0.9, 3.5):.2f}".replace(".", ","), "mUI/L", "0,70 - 5,97", "2,05")]
    lab = f"Laboratoire {r.choice(['BioVal', 'Biolab', 'Cerballiance', 'Synlab'])} — site {city_of(city)}"
    tel, siret, mut = phone(r), make_siret(r), r.choice(MUTUELLES)
    presc_name = f"Dr {r.choice(LAST)}"

    def p1(p: Page):
        p.t(15, 16, lab, "HB", 11.5)
        p.t(15, 21, f"{street} — {city} — Tél. {tel}", "H", 8)
        p.t(15, 25, f"Accréditation COFRAC n° {cofrac} — portée disponible sur www.cofrac.fr", "H", 7, gray=0.35)
        p.t(195, 16, "COMPTE RENDU D'ANALYSES", "HB", 10, "r")
        p.t(195, 21, f"Dossier {dossier}", "H", 8.5, "r")
        p.t(195, 25.5, f"Prélevé le {fd(prel)} à 08h{r.randint(10, 55)}", "H", 8.5, "r")
        p.t(195, 30, f"Validé le {fd(valid)} — édité le {fd(issued)}", "H", 8.5, "r")
        p.rect(112, 35, 83, 24, width=0.4)
        p.t(115, 41, f"{child['first']} {child['last']}", "HB", 10.5)
        p.t(115, 46.5, f"Né(e) le {fd(child['birth'])}", "H", 9)
        p.t(115, 52, f"Prescripteur : {presc_name} (pédiatre)", "H", 8.5)
        p.t(115, 56.5, f"RPPS prescripteur {presc}", "H", 7.5, gray=0.3)
        p.t(15, 68, "HÉMATOLOGIE — BIOCHIMIE", "HB", 9.5)
        rows = [[n, v, u, ref, a] for n, v, u, ref, a in results]
        p.table(15, 72, [55, 25, 20, 40, 40], ["Analyse", "Résultat", "Unité", "Valeurs de référence",
                                                f"Antériorité {fd(ante)}"], rows, "lrlcr", "H", "HB", 8.5, 6.3, 0.92,
                grid=False)
        p.t(15, 129, "Commentaire : ferritine à la limite inférieure, à contrôler selon la clinique.", "HI", 8.5)
        p.t(15, 134, "Biologiste responsable de la validation : Dr " + r.choice(LAST) + ", pharmacien biologiste.",
            "H", 8)
        p.line(15, 170, 195, 170, 0.5, 0.3, dash=(3, 2))
        p.t(15, 176, "FACTURE — partie à conserver / à transmettre à votre organisme complémentaire", "HB", 9.5)
        p.t(15, 182, f"Facture {number} du {fd(issued)}", "H", 9)
        p.t(15, 187, f"Laboratoire — FINESS {fin} — SIRET {siret_spaced(siret)}", "H", 8.5)
        p.t(15, 192, f"Assuré : {parent['civ']} {parent['last']} {parent['first']} — NIR {nir_spaced(parent['nir'])}",
            "H", 8.5)
        p.t(15, 197, f"Bénéficiaire : {child['last']} {child['first']} (enfant, rang 2)", "H", 8.5)
        p.t(15, 202, f"Complémentaire : {mut} — AMC {amcn}", "H", 8.5)
        rows2 = [[c, lib, eur(v, "plain")] for c, lib, v in acts]
        y = p.table(15, 207, [18, 77, 20], ["NABM", "Acte", "€"], rows2, "llr", "H", "HB", 8, 5.8, 0.9)
        for i, (lab2, v) in enumerate([("Total", total), ("Part Sécurité sociale 60 %", amo),
                                       ("Part complémentaire", amc), ("Reste dû", pt)]):
            p.t(175, 215 + i * 6, lab2, "HB" if i == 0 else "H", 9, "r")
            p.t(195, 215 + i * 6, eur(v, "plain"), "HB" if i == 0 else "H", 9, "r")
        p.t(135, y + 6, "Tiers payant intégral.", "HI", 8)
        p.t(105, 289, "Page 1/1 — Résultats transmis au prescripteur par messagerie sécurisée.", "H", 6.5, "c",
            gray=0.4)

    f = F(finess=fin, nir=parent["nir"], patient_name=child["norm"], patient_birth_date=child["birth"],
          invoice_number=number, invoice_date=issued, care_date=prel, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("labo resultats facture en bas", [p1], [("invoice", f)], fax_name=lab.upper()[:24])


def l08_english(g: Gen) -> Layout:
    """Cross-border GP, English-influenced invoice with French ids: 'Oct 9, 2025', 'EUR 44.52', 'LAST, First'."""
    r = g.rng
    pat = g.person(year=(1965, 2000), dept="99")
    rpps = make_rpps(r)
    care = workday(day(r, (2, 9)))
    issued = care + dt.timedelta(days=r.randint(2, 6))
    due = issued + dt.timedelta(days=30)
    number = f"INV-{issued.year}-{r.randint(100, 999):05d}"
    acts = [("G", "General practice consultation / Consultation de médecine générale", 3000),
            ("DEQP003", "ECG (12 leads) / Électrocardiogramme", 1452)]
    total = sum(a[2] for a in acts)
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    member = f"M{digits(r, 9)}"
    nom = (r.choice(FIRST_M), r.choice(LAST))
    tel = "+33 4 50 " + " ".join(digits(r, 2) for _ in range(3))
    ch_iban = "CH" + digits(r, 2) + " " + " ".join(digits(r, 4) for _ in range(4)) + " " + digits(r, 1)
    mut = r.choice(MUTUELLES)

    def p1(p: Page):
        p.t(15, 20, f"Dr. {nom[0]} {nom[1].title()}, MD", "HB", 14)
        p.t(15, 26, "General Practitioner — Médecin généraliste (secteur 1)", "H", 9)
        p.t(15, 31, "12 avenue de Genève, 74100 ANNEMASSE, France", "H", 9)
        p.t(15, 36, f"Phone {tel} · English / Français / Deutsch", "H", 8.5)
        p.t(15, 41, f"RPPS No. {rpps}", "HB", 9)
        p.t(195, 20, "INVOICE / FACTURE", "HB", 16, "r")
        for i, (lab, v) in enumerate([("Invoice No.", number), ("Invoice date", fd9(issued, "en")),
                                      ("Date of service", fd9(care, "en")), ("Payment due", fd9(due, "en"))]):
            p.t(150, 28 + i * 5.5, lab, "H", 9, "r", gray=0.3)
            p.t(195, 28 + i * 5.5, v, "HB", 9, "r")
        p.rect(15, 55, 180, 30, fill=0.96, width=0.4)
        p.t(18, 61, "BILL TO / PATIENT", "HB", 8, gray=0.4)
        p.t(18, 67, f"{pat['last']}, {pat['first']}", "HB", 11)
        p.t(18, 72.5, f"Date of birth: {fd9(pat['birth'], 'en_dmy')}", "H", 9.5)
        p.t(18, 78, f"French social security no. (NIR): {nir_spaced(pat['nir'])}", "H", 9.5)
        p.t(112, 67, f"Supplementary insurer (AMC): {mut}", "H", 8.5)
        p.t(112, 72.5, f"Insurer no. (AMC): {amcn}", "H", 9)
        p.t(112, 78, f"Member ID: {member}", "H", 8.5, gray=0.3)
        rows = [[fd9(care, "en"), c, lib, eur9(v, "EURpre")] for c, lib, v in acts]
        y = p.table(15, 94, [26, 22, 102, 30], ["Date", "Code", "Description", "Amount"], rows, "lllr", "H", "HB", 8.5,
                    7.5, 0.85, grid=True, vlines=False)
        for i, (lab, v) in enumerate([("Total amount", total), ("Covered by French health insurance (AMO 70%)", amo),
                                      ("Covered by supplementary insurer (AMC)", amc), ("Patient share / balance due",
                                                                                        pt)]):
            p.t(160, y + 10 + i * 6.3, lab, "HB" if i == 0 else "H", 9.3, "r")
            p.t(195, y + 10 + i * 6.3, eur9(v, "EURpre"), "HB" if i == 0 else "H", 9.3, "r")
        p.t(15, y + 42, "Third-party payment (tiers payant) applied: nothing to pay at the practice.", "H", 8.5)
        p.t(15, y + 47, "Cross-border patient (frontalier) — French coverage, CPAM de Haute-Savoie.", "H", 8.5)
        p.t(15, y + 57, f"Bank details for any balance: IBAN {ch_iban} (CHF account) — VAT: not applicable.", "H", 7.5,
            gray=0.35)
        p.t(105, 287, "Thank you for your visit — Merci de votre visite.", "HI", 7, "c", gray=0.4)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("frontalier facture anglais", [p1], [("invoice", f)], fax_name=f"DR {nom[1]} ANNEMASSE"[:24])


def l09_manuscrit(g: Gen) -> Layout:
    """Handwritten-looking A5 home-visit receipt: script font, few labels, printed letterhead, no invoice number."""
    r = g.rng
    pat = g.person(year=(1932, 1948))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    care = day(r, (2, 10))
    issued = care
    total, amo = 4000, 2800
    amc, pt = total - amo, 0
    amcn = g.amc_number()
    nom = (r.choice(FIRST_M), r.choice(LAST))
    tel, am, mut = phone(r), f"{dnum(dept)}1{digits(r, 5)}", r.choice(MUTUELLES)
    n = pat["nir"]
    seed = int(n[7:13])

    def p1(p: Page):
        p.t(10, 12, f"Docteur {nom[0]} {nom[1]}", "PB", 11)
        p.t(10, 16.5, "Médecine générale — Visites à domicile", "P", 8)
        p.t(10, 20.5, f"{street} — {city}", "P", 7.5)
        p.t(10, 24.5, f"Tél. {tel} — RPPS {rpps} — AM {am}", "P", 7.5)
        p.line(10, 27, 138, 27, 0.5)
        p.t(10, 36, "Nom :", "P", 8.5, gray=0.3)
        hand(p, 22, 36, f"{pat['civ']} {pat['last']} {pat['first']}", 14, seed)
        hand(p, 22, 44, f"née le {pat['birth'].day}/{pat['birth'].month}/{pat['birth'].year}"
             if pat["sex"] == 2 else
             f"né le {pat['birth'].day}/{pat['birth'].month}/{pat['birth'].year}", 13, seed + 1)
        hand(p, 22, 52, f"n° SS {n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}", 13, seed + 2)
        hand(p, 22, 60, f"{mut} — AMC {amcn}", 12, seed + 3)
        p.t(10, 71, "Date :", "P", 8.5, gray=0.3)
        hand(p, 22, 71, f"le {fd9(care, 'slash2')}", 14, seed + 4)
        p.t(10, 81, "Actes :", "P", 8.5, gray=0.3)
        hand(p, 24, 81, "Visite à domicile  G + MD", 14, seed + 5)
        hand(p, 24, 89, "(patiente alitée)" if pat["sex"] == 2 else "(patient alité)", 12, seed + 6)
        hand(p, 24, 101, "Total 40 €", 15, seed + 7)
        hand(p, 24, 109, "Sécu 28 €", 13, seed + 8)
        hand(p, 24, 116, "Mutuelle 12 €", 13, seed + 9)
        hand(p, 24, 123, "reste 0 — tiers payant", 13, seed + 10)
        p.stamp(105, 150, [f"Dr {nom[1]}", "Médecin généraliste", city_of(city)], 8, 7.5, 0.3)
        hand(p, 85, 168, f"Dr {nom[1].title()}", 16, seed + 11)
        p.t(74, 200, "Ne tient pas lieu de feuille de soins — à joindre à la demande de remboursement.", "PI", 6,
            "c", gray=0.45)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_date=issued,
          care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt, amc_number=amcn)
    lay = Layout("manuscrit visite domicile a5", [p1], [("invoice", f)], fax_name=f"DR {nom[1]}"[:24])
    lay.size = A5
    return lay


def l10_orl(g: Gen) -> Layout:
    """ORL letter whose only date is in words; amount repeated in words; no birth date printed."""
    r = g.rng
    pat = g.person(year=(1950, 1990))
    street, city, _dept = g.addr()
    rpps = make_rpps(r)
    care = workday(day(r, (2, 10)))
    issued = care
    number = f"{r.randint(100, 899)}/{care.year % 100}"
    acts = [("CS", "Consultation d'oto-rhino-laryngologie", 3000),
            ("CDQP010", "Audiométrie tonale et vocale avec tympanométrie", 3856)]
    total = sum(a[2] for a in acts)
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    nom = (r.choice(FIRST_F), r.choice(LAST))
    tel, dossier, mut = phone(r), digits(r, 6), r.choice(MUTUELLES)
    civ = "Madame" if pat["sex"] == 2 else "Monsieur"
    imm = "immatriculée" if pat["sex"] == 2 else "immatriculé"

    def p1(p: Page):
        p.t(105, 20, f"Docteur {nom[0]} {nom[1].title()}", "KB", 14, "c")
        p.t(105, 26, "Oto-rhino-laryngologie et chirurgie cervico-faciale", "KI", 9, "c")
        p.t(105, 31, f"Ancienne interne des hôpitaux — {street}, {city}", "K", 8.5, "c")
        p.t(105, 36, f"Tél. {tel} — RPPS {rpps}", "K", 8.5, "c")
        p.line(60, 40, 150, 40, 0.5)
        p.t(195, 54, f"Note d'honoraires n° {number}", "KB", 10.5, "r")
        p.t(195, 60, f"Dossier patient {dossier}", "K", 8.5, "r", gray=0.35)
        p.t(15, 76, "Je soussignée, Docteur " + f"{nom[0]} {nom[1].title()}, certifie avoir donné ce jour mes soins à",
            "K", 10)
        p.t(15, 83, f"{civ} {pat['last']} {pat['first']}, {imm} sous le numéro {nir_spaced(pat['nir'])},", "KB", 10)
        p.t(15, 90, f"adhérent(e) de {mut} (organisme complémentaire n° {amcn}), pour les actes suivants :", "K",
            10)
        y = p.table(25, 98, [30, 105, 25], ["Code", "Acte", "Honoraires"], [[c, lib, eur(v)] for c, lib, v in acts],
                    "llr", "K", "KB", 9.5, 7.5, None, grid=True, vlines=False)
        p.t(15, y + 10, f"soit un total de {eur(total)} ({amount_words(total)}),", "K", 10)
        p.t(15, y + 17, f"dont {eur(amo)} à la charge de l'assurance maladie obligatoire et {eur(amc)} à la charge de",
            "K", 10)
        p.t(15, y + 24, f"l'organisme complémentaire ; reste à la charge du patient : {eur(pt)}.", "K", 10)
        p.t(15, y + 34, "Honoraires conformes aux tarifs conventionnels (secteur 1). Tiers payant intégral.", "KI", 9)
        p.t(195, y + 52, f"Fait à {city_of(city)}, le {date_words(care)}.", "K", 10, "r")
        p.stamp(165, y + 72, [f"Dr {nom[1]}", "ORL", city_of(city)], -4, 8, 0.35)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], invoice_number=number, invoice_date=issued,
          care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("orl lettre date en lettres", [p1], [("invoice", f)], fax_name=f"DR {nom[1]} ORL"[:24])


# neutral ids: the order of the layouts below is not the order of the docstring
LAYOUTS = [l05_ssr, l09_manuscrit, l03_audio, l01_psy, l08_english, l02_podo, l10_orl, l06_dermato, l04_kine,
           l07_labo]

# what each layout deliberately leaves out of the truth (not printed, or not readable by a clerk)
ABSENT = {"psychologue releve mon soutien psy": {"amc_number"},
          "podologue pied diabetique adeli masque": {"rpps", "adeli", "finess"},
          "manuscrit visite domicile a5": {"invoice_number"},
          "orl lettre date en lettres": {"patient_birth_date"}}
ALL = ["nir", "patient_name", "patient_birth_date", "invoice_number", "invoice_date", "care_date", "total_amount",
       "amo_amount", "amc_amount", "patient_amount", "amc_number"]


# ------------------------------------------------------------------------------------------- checks
def check(lay: Layout) -> None:
    """Identifiers valid, amounts consistent, absences exactly the intended ones, or fail loudly."""
    absent = ABSENT.get(lay.id, set())
    for kind, f in lay.docs:
        assert kind == "invoice"
        if "rpps" in f:
            assert len(f["rpps"]) == 11 and f["rpps"][0] == "1" and luhn.is_valid(f["rpps"]), f["rpps"]
        for k in ("adeli", "finess"):
            if k in f:
                assert len(f[k]) == 9 and f[k].isdigit() and luhn.is_valid(f[k]), (k, f[k])
        n_ids = sum(k in f for k in ("rpps", "adeli", "finess"))
        assert n_ids == (0 if "adeli" in absent else 1), lay.id
        for k in ALL:
            assert (k in f) == (k not in absent), (lay.id, k)
        n = f["nir"]
        assert stdnir.is_valid(n) and len(n) == 15, n
        assert n[0] in "12" and 1 <= int(n[3:5]) <= 12
        num = int(n[:13].replace("2A", "19").replace("2B", "18"))
        assert int(n[13:]) == 97 - num % 97
        if n[5:7] in ("2A", "2B"):
            assert int(n[1:3]) >= 76
        c = {k: int(f[k].replace(".", "")) for k in ("total_amount", "amo_amount", "amc_amount", "patient_amount")}
        assert c["total_amount"] == c["amo_amount"] + c["amc_amount"] + c["patient_amount"], (lay.id, c)
        assert all(v >= 0 for v in c.values())
        if "amc_number" in f:
            assert f["amc_number"].isdigit() and len(f["amc_number"]) in (8, 9), f["amc_number"]
        assert f["patient_name"].split(" ", 1)[0].replace("-", "").replace(" ", "").isupper()
        assert f["care_date"] <= f["invoice_date"], lay.id
        if "patient_birth_date" in f:
            assert f["patient_birth_date"] < f["care_date"]
    hidden = getattr(lay, "hidden", None)
    if hidden:  # the masked ADELI is valid, the footer SIREN is a valid SIREN (a Luhn-valid 9-digit distractor)
        assert luhn.is_valid(hidden["adeli"]) and stdsiren.is_valid(hidden["siren"])


def check_lines() -> None:
    """Fixed-price sums re-derived by hand."""
    assert 4000 + 3000 + 3000 == 10000  # podologue
    assert 2 * 95000 + 1990 == 191990 and 2 * 24000 == 48000 and 2 * 71000 == 142000  # audio
    assert 6 * (1720 + 400) == 12720  # kiné
    assert 3000 + 4180 + 4000 == 11180 and 2100 + 2926 == 5026 and 900 + 1254 + 2000 == 4154  # dermato
    assert 3000 + 1452 == 4452  # frontalier
    assert 702 + 810 + 1026 + 630 + 405 == 3573  # labo
    assert 3000 + 3856 == 6856  # ORL
    assert date_words(dt.date(2025, 10, 14)) == "quatorze octobre deux mille vingt-cinq"
    assert amount_words(6856) == "soixante-huit euros et cinquante-six centimes"
    assert w99(71) == "soixante et onze" and w99(80) == "quatre-vingts" and w99(91) == "quatre-vingt-onze"
    assert eur9(787200, "dots") == "7.872,00 €"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="documents9")
    ap.add_argument("--seed", type=int, default=93)
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    g = Gen(args.seed)
    rng = random.Random(args.seed * 7 + 1)  # noqa: S311
    check_lines()
    lays = [make(g) for make in LAYOUTS]
    for lay in lays:
        check(lay)
    assert len({lay.id for lay in lays}) == len(lays) == 10
    for n, lay in enumerate(lays, 1):
        stem = f"t9{n:02d}"
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
        print(stem, len(files), "files", lay.id)


if __name__ == "__main__":
    main()
