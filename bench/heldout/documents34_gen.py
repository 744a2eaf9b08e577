"""cd bench/heldout && ../../.venv/bin/python documents34_gen.py --out documents34 --seed 341

Thirty-fourth blind held-out layout set: ten French tiers-payant documents, each rendered five ways.

Written blind (without reading parsers/, classifiers/, intake/, workers/, tests/ or the bench harness; allowed sources
only: DOMAIN.md, the held-out README, documents33_gen.py in full (its P page class, helpers, check() and main()
copied here; like set 33 it imports set 4's and set 6's helpers, used but not read: their signatures only), the module
docstrings of documents10_gen.py .. documents33_gen.py, one set-30 truth file and verify_printed.py; never any
rendered held-out set, output or score), in designs not used by sets 1 to 33.
REALISTIC: seven ordinary documents and three harder ones (8, 9, 10) that a clerk still reads.
  1. cardiologue secteur 2 OPTAM (RPPS) EXERCISE STRESS TEST (DKRP004) + CSC in Arundina Sans with a Rampart One
     cabinet name: dates with the WEEKDAY ('mercredi 12 mars 2025'), amounts with a no-break space before
     '€', 'Total honoraires / Part RO / Part RC / Net à payer' labels, base + DA, the referring GP's RPPS, the
     previous test's date and the SELARL's SIRET as distractors;
  2. clinique (FINESS) SUPPLEMENTS INVOICE after a stay, in Gentium Plus: single room (chambre particulière) per
     night + forfait journalier per day + TV rental, AMO 0,00, the AMC's accord de prise en charge number and date,
     the stay number, the surgery date and the discharge date as distractors ('du ... au ...', care = admission);
  3. pharmacie d'officine (FINESS) SHORT-TERM OXYGEN THERAPY in Awami Nastaliq (its Latin): four weekly LPP
     forfaits, two-digit-year dates ('03/03/25'), the pulmonologist's RPPS and prescription date, the concentrator's
     serial number and the end of the period as distractors, 'Montant TTC / Part obligatoire / Part complémentaire
     / Reste dû';
  4. ophtalmologiste secteur 1 (RPPS) GLAUCOMA follow-up (CS + OCT + visual field at 50 %) from a practice software
     in Noto Sans Mono: 'dd.mm.yy' dates, amounts in 'EUR', UPPERCASE 'PART AMO / PART AMC / PART ASSURE', eye
     pressures, the previous OCT date and the next appointment as distractors;
  5. laboratoire de biologie médicale (FINESS) SPERMOGRAM for an infertility work-up in Summersby (OLD-STYLE
     figures): B-coefficient NABM lines, AMO 100 % (stérilité), the sampling date (= care date), the validation
     date, the couple's gynaecologist's RPPS and the partner's name as distractors;
  6. médecin généraliste in GUADELOUPE (RPPS) in YOzFont Antique: a patient born in Guadeloupe (NIR department 971,
     3-digit department + 2-digit commune), 'Part CGSS' (the DOM caisse générale) / 'Part mutuelle' / 'Reste à
     charge', G + ECG, 'No' instead of 'n°', 97110 address, the fax/phone numbers in +590 as distractors;
  7. orthoprothésiste (ADELI; profession code 86 is a guess) made-to-measure scoliosis BRACE for a TEENAGER in
     Sahadeva (no euro sign: 'EUR'): the child and the insured mother's NIR, long dates, the measuring date, the
     prescribing surgeon's RPPS and the prescription date as distractors, 60 % / 40 %;
  8. HARDER - chirurgien-dentiste (RPPS) three-unit BRIDGE in Arundina Sans Mono with Amiga codes printed by a LASER
     PRINTER RUNNING OUT OF TONER: a pale vertical band runs through the amount column, the right part of the page
     fades progressively and toner drop-outs speckle the text;
  9. HARDER - infirmière libérale (ADELI, profession code 60) suture removal + post-operative dressings in YOzFont
     Cute, the sheet hit by a COFFEE STAIN: brown rings and a tide-mark over the patient block and the shares, with
     ink-bleed halos around the wet lines;
 10. HARDER - pédiatre (RPPS) infant consultation + vaccination from a CARBONLESS RECEIPT BOOK (Nakula, EUR)
     PHOTOCOPIED WITH THE LID OPEN: black borders around the page, a dark gutter shadow from the book's binding on
     the left, a slight skew and toner specks.

Fonts (Debian packages, all TrueType with glyf outlines, embedded by reportlab): fonts-arundina (Arundina Sans,
Bold, Sans Mono), fonts-rampart (Rampart One), fonts-sil-gentiumplus (Gentium Plus, Bold), fonts-sil-awami-nastaliq
(Awami Nastaliq, Latin part), fonts-noto-mono (Noto Sans Mono, Bold), fonts-summersby (Summersby: old-style digits,
no ×), fonts-yozvox-yozfont-antique (YOzFont Antique: long hyphen, wide degree: no value holds a hyphen, 'No'),
fonts-yozvox-yozfont-cute (YOzFont Cute: same long hyphen, kept in a hyphenated surname as a realistic glyph trap), fonts-sahadeva (Sahadeva: no euro sign, wide word space),
fonts-nakula (Nakula: no euro sign), fonts-amiga (Amiga Topaz). Every drawn string is checked against its font's
character map. Tried and dropped: Karumbi (tiny glyphs, floating accents), Triod Postnaja (Church-Slavonic Latin, no
€), Tomson Talks, Mona, Woowa BM, Dai Banna, F500, Gargi, Sarai, Kalapi, Gubbi, Navilu, Raghu Malayalam Sans,
Telugu Vijayam, AR PL gbsn/bsmi, LKLUG, Dejima Mincho, Tagbanwa (no accents or no euro), Junicode 2 beta,
Levien Museum/TypoScript, Cantarell, OCR-B, Elstob, Lobster, Zaghawa Beria, Solide Mirage, Cherry Bomb, Gemunu Libre,
Unifont (CFF .otf only), Aenigma (no font with all of digits, accents, €, °). The fax header of the fax renderings is
set 4's. Needs reportlab, pypdfium2, python-stdnum, numpy and Pillow.

Every identifier is checksum-valid (distractors too): RPPS Luhn, ADELI / FINESS Luhn, SIRET Luhn, NIR key (mod 97)
with sex 1/2 and a month 01-12. Amounts add up (check()). The care date differs from the prescription and birth
dates. All random values are drawn before drawing, so the page callables are pure.

Renderings, for every layout: <id>.text.pdf (real text layer), <id>.scan.pdf (image-only), <id>.photo.jpg (phone
photo), <id>.fax-fine.tif (G4, 204x196), <id>.fax-normal.tif (G3, 204x98). File ids are neutral: ae101..ae110 (the
order of the files is not the order above). Each file gets <file>.json ground truth (same format as sets 4-33).

Ground-truth conventions (as earlier sets and DOMAIN.md): care_date = first day of care for a series or a stay;
rpps/adeli/finess = the invoicer only; amc_number = the complementary insurer's number, never the adherent number;
patient_name = 'LASTNAME Firstname' with accents as printed (for a child, the child; nir = the printed insured
parent's); a field not printed is omitted. Written by an examiner who never read the product code.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from stdnum import luhn
from stdnum.fr import nir as stdnir

from documents4_gen import (LAST, FIRST_F, FIRST_M, MUTUELLES, NBSP, F, Gen, Layout, Page, digits, eur,
                            fax_tiff, make_adeli, make_finess, make_rpps, make_siret, nir_spaced, phone,
                            scan_pdf, siret_spaced)
from documents6_gen import photo6

TT = Path("/usr/share/fonts/truetype")
FONTS = {
    "AS": TT / "arundina/ArundinaSans.ttf",
    "ASB": TT / "arundina/ArundinaSans-Bold.ttf",
    "AM": TT / "arundina/ArundinaSansMono.ttf",
    "AMB": TT / "arundina/ArundinaSansMono-Bold.ttf",
    "RO": TT / "rampart/RampartOne-Regular.ttf",
    "GP": TT / "gentiumplus/GentiumPlus-Regular.ttf",
    "GPB": TT / "gentiumplus/GentiumPlus-Bold.ttf",
    "AW": TT / "awami/AwamiNastaliq-Regular.ttf",
    "NM": TT / "noto/NotoSansMono-Regular.ttf",
    "NMB": TT / "noto/NotoSansMono-Bold.ttf",
    "SU": TT / "summersby/summersby.ttf",
    "YA": TT / "yozvox-yozfont/YOzRA_.ttf",
    "YAB": TT / "yozvox-yozfont/YOzBA_.ttf",
    "YC": TT / "yozvox-yozfont/YOzRC_.ttf",
    "YCB": TT / "yozvox-yozfont/YOzBC_.ttf",
    "SD": TT / "Sahadeva/sahadeva.ttf",
    "NK": TT / "Nakula/nakula.ttf",
    "AMI": TT / "amiga/Amiga-Regular.ttf",
}
CMAP: dict[str, set[int]] = {}
for _n, _f in FONTS.items():
    _t = TTFont(_n, str(_f))
    pdfmetrics.registerFont(_t)
    CMAP[_n] = set(_t.face.charToGlyph)

D = dt.timedelta
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
NNB = "\u202f"


def longd(d: dt.date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"


def wlong(d: dt.date) -> str:
    return f"{JOURS[d.weekday()]} {longd(d)}"


def sl(d: dt.date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def sl2(d: dt.date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"


def dot2(d: dt.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"


def money(c: int) -> str:
    return eur(c, "eur", NBSP)


def meur(c: int) -> str:
    return eur(c, "EUR", NBSP)


def nn(c: int) -> str:
    return eur(c, "plain", NBSP) + " €"


def pct(c: int, rate: float) -> int:
    return int(round(c * rate))


def workday(r: random.Random, months=(2, 10)) -> dt.date:
    d = dt.date(2025, r.randint(*months), r.randint(1, 24))
    while d.weekday() >= 5:
        d += D(1)
    return d


def am_num(r: random.Random, dept: str, cat: str) -> str:
    return (dept if dept.isdigit() else "20") + cat + digits(r, 5)


def d2of(dept: str) -> str:
    return dept if dept.isdigit() else "20"


def other(r: random.Random, *names: str) -> str:
    return r.choice([n for n in LAST if n not in names])


class P(Page):
    """set 4's Page, every string checked against its font's character map."""

    def t(self, x, y, s, f="AS", size=9.5, align="l", gray=0):
        miss = {ch for ch in s if ord(ch) not in CMAP[f] and ch != " "}
        assert not miss, (f, s, miss)
        super().t(x, y, s, f, size, align, gray)


def tbl(p: P, x, y, widths, header, rows, aligns, f, fh, size=8.5, rh=6.2, fill=0.9, grid=True, vlines=True):
    return Page.table(p, x, y, widths, header, rows, aligns, f, fh, size, rh, fill, grid, vlines)


def shares(rows, p: P, x, y, x2, f, fb, size=9.5, step=6.0):
    for i, (a, b) in enumerate(rows):
        p.t(x, y + i * step, a, fb if i == 0 else f, size)
        p.t(x2, y + i * step, b, fb if i == 0 else f, size, "r")


def alpha_rect(p: P, x, y, w, h, rgb, a):
    c = p.c
    c.saveState()
    c.setFillColorRGB(*rgb)
    c.setFillAlpha(a)
    c.rect(x * mm, p.h - (y + h) * mm, w * mm, h * mm, stroke=0, fill=1)
    c.restoreState()


def check_split(tot, amo, amc, rest):
    assert tot == amo + amc + rest and min(amo, amc, rest) >= 0, (tot, amo, amc, rest)


# ------------------------------------------------------------------------------------------------- layouts
def d01_cardio_effort(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1950, 1975))
    street, city, dept = g.addr()
    doc = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    rpps, am, tel, siret = make_rpps(r), am_num(r, dept, "1"), phone(r), make_siret(r)
    gp, gp_rpps = other(r, pat["last"], doc[1]), make_rpps(r)
    care = workday(r, (2, 10))
    prev = care - D(r.randint(380, 700))
    issued = care
    number = f"HC{care.year}{r.randint(10000, 99999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    csc, eff, da = 4773, 7680, 4000
    base = csc + eff
    tot = base + da
    amo = pct(base, 0.7) - 200
    amc_s = pct(base, 0.3) + da
    rest = tot - amo - amc_s
    check_split(tot, amo, amc_s, rest)

    def p1(p: P):
        p.t(18, 24, "CARDIO" + NBSP + "CONSEIL", "RO", 20)
        p.t(18, 31, f"SELARL de cardiologie — SIRET {siret_spaced(siret)}", "AS", 8.5, gray=0.3)
        p.t(192, 20, f"Dr {doc[0]} {doc[1]}", "ASB", 12, "r")
        p.t(192, 26, "Cardiologue — secteur 2, adhérent OPTAM", "AS", 9, "r")
        p.t(192, 31, f"{street}, {city}", "AS", 9, "r")
        p.t(192, 36, f"Tél. {tel}", "AS", 9, "r")
        p.t(192, 41, f"N° RPPS : {rpps}   N° AM : {am}", "AS", 9, "r")
        p.line(18, 46, 192, 46, 1.2)
        p.t(18, 57, "NOTE D'HONORAIRES", "ASB", 14)
        p.t(18, 64, f"N° {number}", "AS", 10)
        p.t(192, 64, f"Émise le {wlong(issued)}", "AS", 10, "r")
        p.rect(18, 70, 174, 26, fill=0.96, width=0.4)
        p.t(22, 77, f"Patient(e) : {pat['civ']} {pat['last']} {pat['first']}", "ASB", 10.5)
        p.t(22, 83, f"Né(e) le {sl(pat['birth'])}  —  N° d'immatriculation {nir_spaced(pat['nir'])}", "AS", 9.5)
        p.t(22, 89, f"Organisme complémentaire : {mut} (AMC {amc})", "AS", 9.5)
        p.t(18, 104, f"Adressé(e) par le Dr {gp} (RPPS {gp_rpps}) pour bilan de dyspnée d'effort.", "AS", 9)
        p.t(18, 109, f"Précédente épreuve d'effort : {sl(prev)} (négative).", "AS", 9)
        rows = [[wlong(care), "CSC", "Consultation de cardiologie", nn(csc)],
                [wlong(care), "DKRP004", "Épreuve d'effort sur tapis roulant", nn(eff)],
                [wlong(care), "DA", "Dépassement autorisé (OPTAM)", nn(da)]]
        y = tbl(p, 18, 116, [46, 22, 78, 28], ["Date des soins", "Acte", "Libellé", "Montant"], rows, "lllr",
                "AS", "ASB", 8.6, 7.0, 0.9)
        shares([("Total honoraires", nn(tot)), ("Part RO (régime obligatoire, 70 % de la base - 2,00 €)", nn(amo)),
                ("Part RC (régime complémentaire)", nn(amc_s)), ("Net à payer", nn(rest))],
               p, 70, y + 12, 192, "AS", "ASB", 9.8, 6.6)
        p.t(18, y + 46, "Le net à payer correspond à la participation forfaitaire, non remboursable.", "AS", 8.5)
        p.t(18, y + 51, "Tiers payant RO + RC. Conditions : règlement à réception.", "AS", 8.5)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("cardiologue-epreuve-effort-jour-semaine", [p1], [("invoice", f)], fax_name=f"CARDIO {doc[1]}")


def d02_clinique_chambre(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1950, 1990))
    street, city, dept = g.addr()
    d2 = d2of(dept)
    finess, siret, tel = make_finess(r, d2), make_siret(r), phone(r)
    admit = workday(r, (2, 9))
    while admit.weekday() != 0:
        admit += D(1)
    surgery = admit + D(1)
    out = admit + D(4)
    issued = out + D(r.randint(2, 6))
    number = f"{issued.year % 100:02d}{r.randint(100000, 999999)}"
    stay = f"S{r.randint(1000000, 9999999)}"
    accord, acc_date = f"PEC{r.randint(100000, 999999)}", admit - D(r.randint(3, 9))
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    name = f"Clinique {r.choice(['Saint-Roch', 'des Cèdres', 'du Val Fleuri', 'Sainte-Odile'])}"
    nights, days = 4, 5
    fj, cp, cap, tv = 2000, 8500, 6000, 600
    tot = days * fj + nights * cp + nights * tv
    amo = 0
    amc_s = days * fj + nights * cap
    rest = tot - amc_s
    check_split(tot, amo, amc_s, rest)

    def p1(p: P):
        p.t(105, 22, name, "GPB", 18, "c")
        p.t(105, 29, f"{street} — {city} — Standard {tel}", "GP", 9.5, "c")
        p.t(105, 34, f"FINESS {finess} — SIRET {siret_spaced(siret)}", "GP", 9, "c")
        p.line(40, 38, 170, 38, 0.5)
        p.t(18, 50, "FACTURE DES PRESTATIONS HÔTELIÈRES ET FORFAIT JOURNALIER", "GPB", 12)
        p.t(18, 57, f"Facture n° {number}", "GP", 10.5)
        p.t(192, 57, f"Date d'édition : {sl(issued)}", "GP", 10.5, "r")
        p.t(18, 67, f"Patient : {pat['civ']} {pat['last']} {pat['first']}, né(e) le {sl(pat['birth'])}", "GP", 10.5)
        p.t(18, 73, f"N° de sécurité sociale : {nir_spaced(pat['nir'])}", "GP", 10)
        p.t(18, 79, f"Séjour n° {stay} — chirurgie orthopédique, intervention le {sl(surgery)}", "GP", 10)
        p.t(18, 85, f"Période : du {sl(admit)} au {sl(out)} ({nights} nuits)", "GP", 10)
        p.t(18, 91, f"Mutuelle : {mut} — n° AMC {amc} — accord {accord} du {sl(acc_date)}", "GP", 10)
        rows = [["Forfait journalier hospitalier", f"{days} j", money(fj), money(days * fj)],
                ["Chambre particulière (confort)", f"{nights} nuits", money(cp), money(nights * cp)],
                ["Location téléviseur", f"{nights} j", money(tv), money(nights * tv)]]
        y = tbl(p, 18, 100, [84, 24, 32, 34], ["Prestation", "Quantité", "Prix unitaire", "Montant"], rows, "lrrr",
                "GP", "GPB", 9.3, 7.4, 0.9)
        shares([("Montant total", money(tot)), ("Part Assurance Maladie", money(amo)),
                (f"Prise en charge mutuelle (chambre plafonnée à {money(cap)} / nuit)", money(amc_s)),
                ("Solde à votre charge", money(rest))], p, 60, y + 12, 192, "GP", "GPB", 10, 6.8)
        p.t(18, y + 45, "Les frais de séjour et honoraires sont facturés séparément à l'Assurance Maladie.", "GP", 9)
        p.t(18, y + 50, "Solde payable au bureau des admissions ou par chèque à l'ordre de la clinique.", "GP", 9)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=admit, total_amount=tot, amo_amount=amo,
          amc_amount=amc_s, patient_amount=rest, amc_number=amc)
    return Layout("clinique-chambre-particuliere-forfait-journalier", [p1], [("invoice", f)],
                  fax_name="CLINIQUE FACTURATION")


def d03_pharma_oxygene(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1935, 1955))
    street, city, dept = g.addr()
    d2 = d2of(dept)
    finess, am, tel = make_finess(r, d2), am_num(r, dept, "2"), phone(r)
    pneumo, pn_rpps = other(r, pat["last"]), make_rpps(r)
    start = workday(r, (2, 9))
    presc = start - D(r.randint(1, 3))
    end = start + D(27)
    issued = end + D(1)
    number = f"OX{r.randint(100000, 999999)}"
    serial = f"SN{r.randint(10000000, 99999999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    week = 6158
    tot = 4 * week
    amo = pct(tot, 0.6)
    amc_s, rest = tot - amo, 0
    check_split(tot, amo, amc_s, rest)
    shop = f"Pharmacie {r.choice(['de la Gare', 'du Parc', 'des Halles', 'Saint-Michel'])}"
    weeks = [start + D(7 * i) for i in range(4)]

    def p1(p: P):
        p.t(18, 22, shop, "AW", 17)
        p.t(18, 29, f"{street}, {city}", "AW", 9.5)
        p.t(18, 34, f"Tél. {tel} — FINESS {finess} — N° AM {am}", "AW", 9.5)
        p.t(192, 22, "FACTURE", "AW", 15, "r")
        p.t(192, 29, f"N° {number}", "AW", 10.5, "r")
        p.t(192, 35, f"Le {sl2(issued)}", "AW", 10.5, "r")
        p.line(18, 40, 192, 40, 0.6)
        p.t(18, 50, f"Assuré : {pat['civ']} {pat['last']} {pat['first']}", "AW", 10.5)
        p.t(18, 56, f"Date de naissance : {sl2(pat['birth'])}", "AW", 10)
        p.t(18, 62, f"NIR : {nir_spaced(pat['nir'])}", "AW", 10)
        p.t(18, 68, f"Complémentaire : {mut}, n° {amc}", "AW", 10)
        p.t(18, 77, f"Prescription du Dr {pneumo}, pneumologue (RPPS {pn_rpps}), du {sl2(presc)} :", "AW", 9.5)
        p.t(18, 82, f"oxygénothérapie à court terme par concentrateur (n° de série {serial}) jusqu'au {sl2(end)}.",
            "AW", 9.5)
        rows = [[sl2(w), "1128104", f"Forfait hebdomadaire O2 court terme, semaine {i + 1}", money(week)]
                for i, w in enumerate(weeks)]
        y = tbl(p, 18, 90, [24, 24, 98, 28], ["Du", "Code LPP", "Désignation", "Montant"], rows, "lllr", "AW", "AW",
                9, 7.4, 0.9)
        shares([("Montant TTC", money(tot)), ("Part obligatoire (60 %)", money(amo)),
                ("Part complémentaire (40 %)", money(amc_s)), ("Reste dû", money(rest))], p, 100, y + 12, 192,
               "AW", "AW", 10, 7)
        p.t(18, y + 48, "Livraison, installation et maintenance du concentrateur comprises dans les forfaits.", "AW", 9)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=start, total_amount=tot, amo_amount=amo,
          amc_amount=amc_s, patient_amount=rest, amc_number=amc)
    return Layout("pharmacie-oxygenotherapie-court-terme", [p1], [("invoice", f)], fax_name="PHARMACIE")


def d04_ophtalmo_glaucome(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1945, 1970))
    street, city, dept = g.addr()
    doc = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    rpps, am, tel = make_rpps(r), am_num(r, dept, "1"), phone(r)
    care = workday(r, (2, 10))
    prev_oct = care - D(r.randint(170, 200))
    nextv = care + D(r.randint(170, 190))
    issued = care
    number = f"{r.randint(100000, 999999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    cs, oct_, cv = 3150, 4500, 1512
    tot = cs + oct_ + cv
    amo = pct(tot, 0.7) - 200
    amc_s = pct(tot, 0.3)
    rest = tot - amo - amc_s
    check_split(tot, amo, amc_s, rest)
    po, pg = r.randint(14, 21), r.randint(14, 21)

    def p1(p: P):
        p.t(18, 20, f"DR {doc[0].upper()} {doc[1]}", "NMB", 12)
        p.t(18, 25.5, "OPHTALMOLOGIE - SECTEUR 1", "NM", 9)
        p.t(18, 30.5, f"{street.upper()}", "NM", 9)
        p.t(18, 35.5, f"{city}   TEL {tel}", "NM", 9)
        p.t(18, 40.5, f"RPPS {rpps}   AM {am}", "NM", 9)
        p.t(192, 20, "FACTURE", "NMB", 12, "r")
        p.t(192, 26, f"NUMERO   : {number}", "NM", 9.5, "r")
        p.t(192, 31.5, f"EDITEE LE: {dot2(issued)}", "NM", 9.5, "r")
        p.line(18, 45, 192, 45, 0.4, dash=(2, 2))
        p.t(18, 53, f"PATIENT  : {pat['last']} {pat['first']}", "NM", 9.5)
        p.t(18, 58.5, f"NE(E) LE : {dot2(pat['birth'])}", "NM", 9.5)
        p.t(18, 64, f"NIR      : {nir_spaced(pat['nir'])}", "NM", 9.5)
        p.t(18, 69.5, f"AMC      : {amc} ({mut.upper()})", "NM", 9.5)
        p.t(18, 78, f"SUIVI GLAUCOME - PIO OD {po} mmHg / OG {pg} mmHg - OCT PRECEDENT {dot2(prev_oct)}", "NM", 8.5)
        rows = [[dot2(care), "CS", "CONSULTATION SPECIALISTE", meur(cs)],
                [dot2(care), "BZQK001", "OCT SEGMENT POSTERIEUR", meur(oct_)],
                [dot2(care), "BLQP010/2", "CHAMP VISUEL (ACTE 2 A 50 %)", meur(cv)]]
        y = tbl(p, 18, 84, [22, 26, 96, 30], ["DATE", "CODE", "LIBELLE", "MONTANT"], rows, "lllr", "NM", "NMB", 8.5,
                6.6, None, False, False)
        p.line(18, y + 2, 192, y + 2, 0.4, dash=(2, 2))
        shares([("TOTAL", meur(tot)), ("PART AMO", meur(amo)), ("PART AMC", meur(amc_s)),
                ("PART ASSURE", meur(rest))], p, 110, y + 10, 192, "NM", "NMB", 9.5, 6)
        p.t(18, y + 40, f"PROCHAIN RDV : {dot2(nextv)}  - PARTICIPATION FORFAITAIRE 2,00 EUR A REGLER", "NM", 8.5)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("ophtalmologiste-suivi-glaucome-logiciel", [p1], [("invoice", f)], fax_name=f"OPH {doc[1]}")


def d05_labo_spermogramme(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(sex=1, year=(1982, 1996))
    street, city, dept = g.addr()
    d2 = d2of(dept)
    finess, tel = make_finess(r, d2), phone(r)
    partner = (r.choice(FIRST_F), other(r, pat["last"]))
    gyn, gyn_rpps = other(r, pat["last"], partner[1]), make_rpps(r)
    care = workday(r, (2, 10))
    presc = care - D(r.randint(10, 30))
    valid = care + D(2)
    issued = valid + D(1)
    number = f"{care.year % 100:02d}{care.month:02d}-{r.randint(1000, 9999)}"
    dossier = f"{r.randint(10000000, 99999999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    lines = [("0070", "Spermogramme", 130), ("0071", "Spermocytogramme", 60), ("0072", "Test de survie", 40)]
    tot = sum(b * 27 for _, _, b in lines)
    amo, amc_s, rest = tot, 0, 0
    check_split(tot, amo, amc_s, rest)
    lab = f"Laboratoire {r.choice(['Biolab', 'Bio Avenir', 'Labosud', 'Analys'])}"

    def p1(p: P):
        p.t(18, 22, lab, "SU", 18)
        p.t(18, 29, "Laboratoire de biologie médicale — site de biologie de la reproduction", "SU", 9)
        p.t(18, 34, f"{street}, {city} — {tel}", "SU", 9)
        p.t(18, 39, f"FINESS {finess}", "SU", 9)
        p.t(192, 22, "Facture", "SU", 15, "r")
        p.t(192, 29, f"n° {number}", "SU", 10.5, "r")
        p.t(192, 35, f"du {sl(issued)}", "SU", 10.5, "r")
        p.line(18, 44, 192, 44, 0.5)
        p.t(18, 53, f"Patient : {pat['civ']} {pat['last']} {pat['first']}", "SU", 10.5)
        p.t(18, 59, f"Né le : {sl(pat['birth'])}   NIR : {nir_spaced(pat['nir'])}", "SU", 10)
        p.t(18, 65, f"Mutuelle : {mut}   AMC : {amc}", "SU", 10)
        p.t(110, 53, f"Dossier n° {dossier}", "SU", 9.5)
        p.t(18, 74, f"Bilan d'infertilité du couple (conjointe : Mme {partner[1]} {partner[0]}), prescrit le "
            f"{sl(presc)}", "SU", 9)
        p.t(18, 79, f"par le Dr {gyn}, gynécologue (RPPS {gyn_rpps}). Prélèvement au laboratoire le {sl(care)}, "
            "délai d'abstinence 3 jours.", "SU", 9)
        rows = [[sl(care), c, lib, f"B {b}", money(b * 27)] for c, lib, b in lines]
        y = tbl(p, 18, 86, [24, 18, 78, 22, 32], ["Date", "NABM", "Analyse", "Cotation", "Montant"], rows, "lllrr",
                "SU", "SU", 9.3, 7.2, 0.9)
        shares([("Montant", money(tot)), ("Part caisse (100 %, stérilité)", money(amo)),
                ("Part mutuelle", money(amc_s)), ("À votre charge", money(rest))], p, 100, y + 12, 192, "SU", "SU",
               10, 6.8)
        p.t(18, y + 44, f"Résultats validés le {sl(valid)} par le biologiste responsable.", "SU", 9)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo,
          amc_amount=amc_s, patient_amount=rest, amc_number=amc)
    return Layout("laboratoire-spermogramme-chiffres-elzeviriens", [p1], [("invoice", f)], fax_name="LABORATOIRE")


def dom_nir(r: random.Random, sex: int, birth: dt.date) -> str:
    body = f"{sex}{birth.year % 100:02d}{birth.month:02d}971{r.randint(1, 34):02d}{r.randint(1, 999):03d}"
    return body + f"{97 - int(body) % 97:02d}"


def d06_mg_guadeloupe(g: Gen) -> Layout:
    r = g.rng
    sex = r.choice([1, 2])
    first = r.choice(FIRST_M if sex == 1 else FIRST_F)
    last = r.choice(["LUBIN", "SAINT-CYR", "JEAN-BAPTISTE", "DESIRE", "CELESTIN", "ZAMI", "BELAIR"])
    last = last.replace("-", " ") if "-" in last else last
    birth = dt.date(r.randint(1950, 1985), r.randint(1, 12), r.randint(1, 28))
    nir = dom_nir(r, sex, birth)
    civ = "M." if sex == 1 else "Mme"
    doc = (r.choice(FIRST_F + FIRST_M), r.choice(["RAMASSAMY", "BOURGEOIS", "MARIE SAINTE", "CAPITAINE"]))
    rpps, am = make_rpps(r), "97" + "1" + digits(r, 5)
    tel = f"+590 590 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
    fax = f"+590 590 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
    care = workday(r, (2, 10))
    issued = care
    number = f"{care.year}{r.randint(1000, 9999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    gfee, ecg = 3000, 1426
    tot = gfee + ecg
    amo = pct(tot, 0.7) - 200
    amc_s = pct(tot, 0.3)
    rest = tot - amo - amc_s
    check_split(tot, amo, amc_s, rest)
    street = f"{r.randint(2, 60)} rue Frébault"

    def p1(p: P):
        p.t(18, 22, f"Docteur {doc[0]} {doc[1]}", "YAB", 14)
        p.t(18, 28, "Médecin généraliste conventionné secteur 1", "YA", 9.5)
        p.t(18, 33, f"{street}, 97110 Pointe à Pitre, Guadeloupe", "YA", 9.5)
        p.t(18, 38, f"Tél. {tel}   Fax {fax}", "YA", 9.5)
        p.t(18, 43, f"RPPS {rpps}   AM {am}", "YA", 9.5)
        p.t(192, 22, "FACTURE", "YAB", 15, "r")
        p.t(192, 30, f"No {number}", "YA", 10.5, "r")
        p.t(192, 36, f"Pointe à Pitre, le {longd(issued)}", "YA", 10, "r")
        p.rect(18, 52, 174, 27, width=0.5, radius=2)
        p.t(22, 59, f"Patient : {civ} {last} {first}", "YAB", 10.5)
        p.t(22, 65, f"Né(e) le {longd(birth)}   Immatriculation {nir_spaced(nir)}", "YA", 10)
        p.t(22, 71, f"Caisse : CGSS de la Guadeloupe   Mutuelle : {mut}, No AMC {amc}", "YA", 10)
        rows = [[longd(care), "G", "Consultation de médecine générale", money(gfee)],
                [longd(care), "DEQP003", "Électrocardiogramme de repos", money(ecg)]]
        y = tbl(p, 18, 86, [36, 24, 86, 28], ["Date", "Code", "Acte", "Montant"], rows, "lllr", "YA", "YAB", 9,
                7.2, 0.9)
        shares([("Total", money(tot)), ("Part CGSS (70 % moins 2,00 €)", money(amo)),
                ("Part mutuelle (30 %)", money(amc_s)), ("Reste à charge", money(rest))], p, 96, y + 12, 192,
               "YA", "YAB", 10, 6.8)
        p.t(18, y + 45, "Tiers payant CGSS et mutuelle. Participation forfaitaire réglée au cabinet.", "YA", 9)

    norm = f"{last} {first}"
    f = F(rpps=rpps, nir=nir, patient_name=norm, patient_birth_date=birth, invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("generaliste-guadeloupe-cgss", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def d07_corset_ado(g: Gen) -> Layout:
    r = g.rng
    mother = g.person(sex=2, year=(1975, 1988))
    street, city, dept = g.addr()
    d2 = d2of(dept)
    kid_first = r.choice(FIRST_F)
    kid_birth = dt.date(r.randint(2010, 2013), r.randint(1, 12), r.randint(1, 28))
    op = (r.choice(FIRST_F + FIRST_M), other(r, mother["last"]))
    adeli, tel, siret = make_adeli(r, d2, "86"), phone(r), make_siret(r)
    surgeon, s_rpps = other(r, mother["last"], op[1]), make_rpps(r)
    care = workday(r, (2, 10))
    measure = care - D(r.randint(14, 24))
    presc = measure - D(r.randint(5, 20))
    issued = care
    number = f"OP{r.randint(10000, 99999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    tot = 58960
    amo = pct(tot, 0.6)
    amc_s, rest = tot - amo, 0
    check_split(tot, amo, amc_s, rest)
    name = f"{mother['last']} {kid_first}"

    def p1(p: P):
        p.t(18, 22, f"{op[0]} {op[1]}", "SD", 16)
        p.t(18, 28, "Orthoprothésiste D.E. — appareillage du tronc et des membres", "SD", 9.5)
        p.t(18, 33, f"{street}, {city}. Tél. {tel}", "SD", 9.5)
        p.t(18, 38, f"ADELI {adeli}. SIRET {siret_spaced(siret)}", "SD", 9.5)
        p.t(192, 22, "FACTURE", "SD", 15, "r")
        p.t(192, 29, f"N° {number}", "SD", 10.5, "r")
        p.t(192, 35, f"le {longd(issued)}", "SD", 10.5, "r")
        p.line(18, 43, 192, 43, 0.8)
        p.t(18, 52, f"Bénéficiaire : {name}, née le {longd(kid_birth)}", "SD", 10.5)
        p.t(18, 58, f"Assurée : {mother['civ']} {mother['last']} {mother['first']}", "SD", 10)
        p.t(18, 64, f"N° de sécurité sociale de l'assurée : {nir_spaced(mother['nir'])}", "SD", 10)
        p.t(18, 70, f"Organisme complémentaire : {mut}, AMC {amc}", "SD", 10)
        p.t(18, 79, f"Prescription du {longd(presc)} par le Dr {surgeon}, chirurgien orthopédiste pédiatre "
            f"(RPPS {s_rpps}).", "SD", 9)
        p.t(18, 84, f"Scoliose idiopathique. Prise de mesures et moulage le {longd(measure)}.", "SD", 9)
        rows = [[longd(care), "2145610", "Corset de maintien sur mesure (livraison et essayage)", meur(tot)]]
        y = tbl(p, 18, 91, [34, 22, 90, 28], ["Date", "LPP", "Désignation", "Montant"], rows, "lllr", "SD", "SD",
                9, 7.5, 0.9)
        shares([("Montant total", meur(tot)), ("Remboursement Assurance Maladie (60 %)", meur(amo)),
                ("Part complémentaire (40 %)", meur(amc_s)), ("À régler par le patient", meur(rest))], p, 90, y + 12,
               192, "SD", "SD", 10, 6.8)
        p.t(18, y + 45, "Prix conforme au tarif LPP, sans dépassement. Tiers payant intégral.", "SD", 9)

    f = F(adeli=adeli, nir=mother["nir"], patient_name=name, patient_birth_date=kid_birth, invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("orthoprothesiste-corset-adolescente", [p1], [("invoice", f)], fax_name=f"ORTHOPROTHESE {op[1]}")


def d08_dentiste_toner(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1955, 1985))
    street, city, dept = g.addr()
    doc = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    rpps, am, tel = make_rpps(r), am_num(r, dept, "4"), phone(r)
    care = workday(r, (3, 10))
    devis_d = care - D(r.randint(20, 40))
    prep = care - D(r.randint(14, 21))
    issued = care
    number = f"D{care.year % 100:02d}{r.randint(10000, 99999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    lines = [("HBLD785", "Pilier céramo-métallique, dent 24", 48000, 7000),
             ("HBLD785", "Intermédiaire céramo-métallique, dent 25", 32000, 7000),
             ("HBLD785", "Pilier céramo-métallique, dent 26", 48000, 7000)]
    tot = sum(l[2] for l in lines)
    base = sum(l[3] for l in lines)
    amo = pct(base, 0.6)
    amc_s = 69000
    rest = tot - amo - amc_s
    check_split(tot, amo, amc_s, rest)
    band_x, band_w = 168 + r.random() * 6, 5 + r.random() * 2
    specks = [(r.random() * 210, 15 + r.random() * 200, 0.4 + r.random() * 1.0) for _ in range(420)]

    def p1(p: P):
        p.t(18, 21, f"Dr {doc[0]} {doc[1]}", "ASB", 13)
        p.t(18, 27, "Chirurgien-dentiste", "AS", 9.5)
        p.t(18, 32, f"{street} - {city}", "AS", 9.5)
        p.t(18, 37, f"Tél {tel}", "AS", 9.5)
        p.t(18, 42, f"RPPS {rpps}  /  N° AM {am}", "AS", 9.5)
        p.t(192, 21, "FACTURE", "ASB", 14, "r")
        p.t(192, 28, f"N° {number}", "AM", 10, "r")
        p.t(192, 34, f"Date : {sl(issued)}", "AM", 10, "r")
        p.t(18, 54, f"Patient : {pat['civ']} {pat['last']} {pat['first']}", "AM", 10)
        p.t(18, 60, f"Né(e) le : {sl(pat['birth'])}", "AM", 10)
        p.t(18, 66, f"NIR : {nir_spaced(pat['nir'])}", "AM", 10)
        p.t(18, 72, f"AMC : {mut} - {amc}", "AM", 10)
        p.t(18, 81, f"Selon devis accepté du {sl(devis_d)} ; préparation et empreintes le {sl(prep)}.", "AS", 9)
        p.t(18, 87, "Bridge 24-25-26 céramo-métallique (panier à tarifs maîtrisés).", "AS", 9)
        rows = [[sl(care), c, lib, meur(base_), meur(h)] for c, lib, h, base_ in lines]
        y = tbl(p, 18, 93, [22, 20, 80, 24, 28], ["Date", "CCAM", "Acte", "Base", "Honoraires"], rows, "lllrr",
                "AM", "ASB", 8.0, 7.2, 0.9)
        shares([("Total honoraires", meur(tot)), ("Remboursement Sécurité sociale", meur(amo)),
                ("Remboursement mutuelle", meur(amc_s)), ("Reste à charge", meur(rest))], p, 96, y + 12, 192,
               "AM", "AMB", 9.8, 6.8)
        p.t(18, y + 44, "Tiers payant Sécurité sociale et mutuelle (accord sur devis).", "AS", 9)
        p.t(18, 282, f"DENTALOG 4.2 / IMPRESSION {sl(issued)} / PAGE 1 SUR 1", "AMI", 7.5, gray=0.2)
        c = p.c
        # laser printer running out of toner: pale vertical band, fading to the right, drop-out specks
        alpha_rect(p, band_x, 0, band_w, 297, (1, 1, 1), 0.56)
        alpha_rect(p, band_x - 1.5, 0, 1.5, 297, (1, 1, 1), 0.25)
        for k in range(12):
            alpha_rect(p, 120 + k * 7.5, 0, 7.5, 297, (1, 1, 1), 0.024 * k)
        c.saveState()
        c.setFillGray(1)
        for x, y_, s in specks:
            c.circle(x * mm, p.h - y_ * mm, s * 0.35 * mm, stroke=0, fill=1)
        c.restoreState()

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("dentiste-bridge-toner-epuise", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def d09_infirmiere_cafe(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1945, 1980))
    street, city, dept = g.addr()
    d2 = d2of(dept)
    nurse = (r.choice(FIRST_F), other(r, pat["last"]))
    adeli, tel = make_adeli(r, d2, "60"), phone(r)
    surgeon, s_rpps = other(r, pat["last"], nurse[1]), make_rpps(r)
    op_date = workday(r, (2, 9))
    first = op_date + D(3)
    days = [first, first + D(3), first + D(6), first + D(10)]
    issued = days[-1] + D(1)
    presc = op_date
    number = f"{issued.year}{issued.month:02d}{r.randint(100, 999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    ami2, ami4, ifd = 630, 1260, 275
    rows_data = [(days[0], "AMI 2 + IFD", ami2 + ifd), (days[1], "AMI 2 + IFD", ami2 + ifd),
                 (days[2], "AMI 2 + IFD", ami2 + ifd), (days[3], "AMI 4 + IFD", ami4 + ifd)]
    tot = sum(x[2] for x in rows_data)
    amo = pct(tot, 0.6)
    amc_s, rest = tot - amo, 0
    check_split(tot, amo, amc_s, rest)
    cx, cy = 62 + r.random() * 14, 60 + r.random() * 6
    cx2, cy2 = 150 + r.random() * 16, 146 + r.random() * 8

    def p1(p: P):
        p.t(18, 22, f"{nurse[0]} {nurse[1]}", "YCB", 15)
        p.t(18, 28, "Infirmière diplômée d'État, soins à domicile", "YC", 9.5)
        p.t(18, 33, f"{street}, {city}", "YC", 9.5)
        p.t(18, 38, f"Tél. {tel}   ADELI {adeli}", "YC", 9.5)
        p.t(192, 22, "Facture", "YCB", 15, "r")
        p.t(192, 29, f"n° {number}", "YC", 10.5, "r")
        p.t(192, 35, f"du {sl(issued)}", "YC", 10.5, "r")
        p.t(18, 52, f"Patient : {pat['civ']} {pat['last']} {pat['first']}", "YCB", 10.5)
        p.t(18, 58, f"Date de naissance : {sl(pat['birth'])}", "YC", 10)
        p.t(18, 64, f"N° SS : {nir_spaced(pat['nir'])}", "YC", 10)
        p.t(18, 70, f"Mutuelle : {mut}  (AMC {amc})", "YC", 10)
        p.t(18, 80, f"Ordonnance du Dr {surgeon}, chirurgien (RPPS {s_rpps}), du {sl(presc)} : pansements", "YC", 9)
        p.t(18, 85, "post-opératoires à domicile et ablation des fils à J14.", "YC", 9)
        rows = [[sl(d), code, "Ablation de fils + pansement" if "4" in code else "Pansement simple", money(m)]
                for d, code, m in rows_data]
        y = tbl(p, 18, 92, [26, 32, 88, 28], ["Date", "Cotation", "Soin", "Montant"], rows, "lllr", "YC", "YCB",
                9, 7.2, 0.9)
        shares([("Total", money(tot)), ("Part AMO (60 %)", money(amo)), ("Part AMC (40 %)", money(amc_s)),
                ("Reste à charge", money(rest))], p, 100, y + 12, 192, "YC", "YCB", 10, 6.8)
        p.t(18, y + 44, "Tiers payant intégral. Merci.", "YC", 9)
        # coffee stain: a cup ring over the patient block, a second ring and drops, ink-bleed halos
        c = p.c
        c.saveState()
        for k, (x0, y0, rad, a) in enumerate([(cx, cy, 24, 0.22), (cx2, cy2, 19, 0.16)]):
            c.setFillColorRGB(0.62, 0.42, 0.2)
            c.setFillAlpha(a * 0.35)
            c.circle(x0 * mm, p.h - y0 * mm, rad * mm, stroke=0, fill=1)
            c.setStrokeColorRGB(0.45, 0.28, 0.12)
            for w_, al in ((2.2, a), (1.0, a * 1.4), (0.5, a * 0.8)):
                c.setStrokeAlpha(al)
                c.setLineWidth(w_ * mm)
                c.circle(x0 * mm, p.h - y0 * mm, (rad - 0.6 * w_) * mm, stroke=1, fill=0)
        c.setFillColorRGB(0.5, 0.33, 0.15)
        for dx, dy, rr in ((-30, 12, 2.2), (-34, 17, 1.2), (26, 30, 1.6), (-12, -22, 0.9)):
            c.setFillAlpha(0.3)
            c.circle((cx + dx) * mm, p.h - (cy + dy) * mm, rr * mm, stroke=0, fill=1)
        c.setFillColorRGB(0.2, 0.2, 0.35)
        c.setFillAlpha(0.06)
        for yy in (52, 58, 64, 70):
            for xx in range(int(cx - 22), int(cx + 22), 2):
                if (xx - cx) ** 2 + (yy - cy) ** 2 < 22 ** 2 and 18 <= xx <= 64:
                    c.circle(xx * mm, p.h - (yy - 1.2) * mm, 1.6 * mm, stroke=0, fill=1)
        c.restoreState()

    f = F(adeli=adeli, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=first, total_amount=tot, amo_amount=amo,
          amc_amount=amc_s, patient_amount=rest, amc_number=amc)
    return Layout("infirmiere-ablation-fils-tache-cafe", [p1], [("invoice", f)], fax_name=f"IDE {nurse[1]}")


def d10_pediatre_photocopie(g: Gen) -> Layout:
    r = g.rng
    parent = g.person(year=(1985, 1996))
    street, city, dept = g.addr()
    kid_first = r.choice(FIRST_F + FIRST_M)
    care = workday(r, (3, 10))
    kid_birth = care - D(r.randint(58, 75))
    doc = (r.choice(FIRST_F + FIRST_M), other(r, parent["last"]))
    rpps, am, tel = make_rpps(r), am_num(r, dept, "1"), phone(r)
    nextv = care + D(r.randint(55, 65))
    issued = care
    number = f"{r.randint(1000, 9999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    cons = 3000
    tot = cons + 500
    amo = tot
    amc_s, rest = 0, 0
    check_split(tot, amo, amc_s, rest)
    name = f"{parent['last']} {kid_first}"
    skew = (r.random() - 0.5) * 2.4
    specks = [(r.random() * 200 + 5, r.random() * 287 + 5, 0.2 + r.random() * 0.5) for _ in range(320)]

    def p1(p: P):
        c = p.c
        # photocopy with the lid open: black surround, the carnet page slightly skewed, a gutter shadow
        c.setFillGray(0.05)
        c.rect(0, 0, p.w, p.h, stroke=0, fill=1)
        c.saveState()
        c.translate(105 * mm, p.h / 2)
        c.rotate(skew)
        c.translate(-105 * mm, -p.h / 2)
        c.setFillGray(1)
        c.rect(14 * mm, 22 * mm, 184 * mm, p.h - 40 * mm, stroke=0, fill=1)
        p.t(22, 30, f"Docteur {doc[0]} {doc[1]}", "NK", 15)
        p.t(22, 36, "Pédiatre — secteur 1", "NK", 10)
        p.t(22, 41, f"{street}, {city}", "NK", 10)
        p.t(22, 46, f"Tél. {tel}", "NK", 10)
        p.t(22, 51, f"RPPS {rpps}    AM {am}", "NK", 10)
        p.t(190, 30, "REÇU D'HONORAIRES", "NK", 13, "r")
        p.t(190, 37, f"N° {number}", "NK", 12, "r")
        p.t(190, 43, "Feuillet 1 / 2 (original)", "NK", 8.5, "r", gray=0.4)
        p.line(22, 56, 190, 56, 0.5)
        p.t(22, 66, f"Reçu de : {parent['civ']} {parent['last']} {parent['first']} (assuré(e))", "NK", 11)
        p.t(22, 73, f"N° d'immatriculation : {nir_spaced(parent['nir'])}", "NK", 11)
        p.t(22, 80, f"Pour l'enfant : {name}, né(e) le {sl(kid_birth)}", "NK", 11)
        p.t(22, 87, f"Mutuelle : {mut}  AMC {amc}", "NK", 11)
        p.t(22, 94, f"Date des soins : {sl(care)}          Date du reçu : {sl(issued)}", "NK", 11)
        rows = [["G", "Consultation du nourrisson (examen du 2e mois)", meur(cons)],
                ["MEP", "Majoration enfant", meur(500)]]
        y = tbl(p, 22, 102, [22, 118, 28], ["Code", "Nature des soins", "Montant"], rows, "llr", "NK", "NK", 10,
                8, None)
        shares([("Total", meur(tot)), ("Part Assurance Maladie (100 %)", meur(amo)), ("Part mutuelle", meur(amc_s)),
                ("Reste à payer", meur(rest))], p, 90, y + 12, 190, "NK", "NK", 11, 7.2)
        p.t(22, y + 40, "Vaccins hexavalent et pneumocoque injectés (délivrés en pharmacie).", "NK", 10)
        p.t(22, y + 46, f"Prochain rendez-vous (vaccins du 4e mois) : {sl(nextv)}", "NK", 10)
        p.t(150, y + 62, f"Dr {doc[1]}", "NK", 12, "c", gray=0.2)
        # the binding gutter shadow on the left of the carnet page
        for k in range(16):
            alpha_rect(p, 14 + k * 1.1, 0, 1.1, 297, (0, 0, 0), 0.55 * (1 - k / 16) ** 2)
        c.restoreState()
        c.saveState()
        c.setFillGray(0.15)
        for x, y_, s in specks:
            c.circle(x * mm, p.h - y_ * mm, s * 0.3 * mm, stroke=0, fill=1)
        c.restoreState()

    f = F(rpps=rpps, nir=parent["nir"], patient_name=name, patient_birth_date=kid_birth, invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("pediatre-carnet-photocopie-capot-ouvert", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


LAYOUTS = [d01_cardio_effort, d02_clinique_chambre, d03_pharma_oxygene, d04_ophtalmo_glaucome, d05_labo_spermogramme,
           d06_mg_guadeloupe, d07_corset_ado, d08_dentiste_toner, d09_infirmiere_cafe, d10_pediatre_photocopie]


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


def text_pdf34(lay: Layout) -> bytes:
    size = A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle("Facture")
    c.setCreator(random.Random(len(lay.id)).choice(["Logiciel de facturation", "LibreOffice", "Microsoft Word"]))
    for draw in lay.pages:
        draw(P(c, size))
        c.showPage()
    c.save()
    return buf.getvalue()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="documents34")
    ap.add_argument("--seed", type=int, default=341)
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
        stem = f"ae1{slot:02d}"
        pdf = text_pdf34(L)
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
