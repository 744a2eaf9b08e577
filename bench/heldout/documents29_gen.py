"""cd bench/heldout && ../../.venv/bin/python documents29_gen.py --out documents29 --seed 291

Twenty-ninth blind held-out layout set: ten French tiers-payant documents of everyday practice, each rendered five
ways.

Written blind (without reading parsers/, classifiers/, intake/, workers/, tests/, any other bench/*.py than the set 4
and 6 generators (whose helpers are imported), the module docstrings of documents10_gen.py .. documents28_gen.py, the
font-handling and rendering plumbing of set 28 (its page class, check() and main(), reused here), the first 60 lines
of the held-out README, one set-4 truth file and verify_printed.py, or any rendered held-out set), in designs not used
by sets 10 to 28. New situations: a pharmacy's crutches and ankle brace after a sprain seen at the emergency
department, a dentist's root-canal treatment over two sessions, a urologist's vasectomy after the legal reflection
period, an ophthalmologist's YAG-laser capsulotomy, an audioprosthetist's yearly hearing-aid batteries, a midwife
sonographer's first-trimester dating scan, a paediatrician's compulsory 24th-month examination; harder: a
physiotherapist's invoice for a child whose NIR is printed only on the photocopied 'attestation de droits' stapled
behind it (with the whole family and their birth dates), a vascular physician's acts table whose amount columns are
headed only '(1)'..'(4)' with the meaning in a legend under the table, a GP's note printed on thin paper with the
NEXT patient's invoice on the verso showing through mirrored. REALISTIC: seven ordinary documents and three harder
ones (8, 9, 10) that a clerk still reads without hesitating.
  1. pharmacie d'officine (FINESS) in WenQuanYi Zen Hei with a Smiley Sans (oblique) shop name: two CANNES ANGLAISES
     and an ankle brace (LPP lines with 'Prix unit.' and 'Tarif LPP' columns, 60 % / 40 % of the tariff, the brace
     priced above its tariff with the excess left to the patient), a non-reimbursed cold pack; the emergency
     physician's RPPS, the hospital's FINESS and the ER visit date (the evening before the delivery), the titular
     pharmacist's RPPS, N° AM (category 2) and SIRET as distractors; invoice edited two days after the delivery;
  2. chirurgien-dentiste (RPPS) ROOT-CANAL TREATMENT of a molar over TWO SESSIONS, BIZ UDPMincho with UnYetgul
     headings: acts grouped under 'Séance du 3 avril 2025' sub-headers (care date = the first session, invoice date
     = the second), consultation + retro-alveolar X-rays + HBFD035 + a two-face composite, 60 % / 40 %, the control
     appointment date and tooth numbers as distractors, N° AM (category 4), SIRET footer;
  3. urologue secteur 2 OPTAM (RPPS) VASECTOMY under local anaesthesia in UnVada with UnShinmun headings: JHSA001 +
     DA dépassement partly covered by the AMC, AMO 70 % of the base less the 2 EUR participation forfaitaire, the
     first consultation date (start of the 4-month legal reflection period) and the planned spermogram date as
     distractors, the referring GP's RPPS, '12.03.2025' dates;
  4. ophtalmologiste secteur 1 (RPPS) YAG-LASER CAPSULOTOMY in Takao PGothic with Roadgeek 2014 headings: the laser
     act + a fundus examination at 50 %, 70 % / 30 % less the 2 EUR participation forfaitaire, the cataract
     operation date months before, the intra-ocular pressure and visual acuity, the control date as distractors,
     'dd/mm/yy' act dates;
  5. audioprothésiste (ADELI, profession code 26) yearly HEARING-AID BATTERIES in Ricty Diminished (a shop-software
     printout): four boxes of batteries at the LPP tariff (60 % / 40 %), a drying kit and wax filters not
     reimbursed, the fitting date two years before, the two aids' serial numbers, the ORL prescriber's RPPS and old
     ordonnance date as distractors, 'Remboursement Sécurité sociale / PC Mutuelle / Reste à votre charge';
  6. sage-femme échographiste (RPPS) FIRST-TRIMESTER DATING ULTRASOUND (JQQM010) in IPAmj Mincho with a Klee One
     signature: 70 % / 30 %, the last-period date (DDR), the computed pregnancy start date, the expected term, the
     crown-rump length and the 22-week scan appointment as distractors, the prescribing GP's RPPS and date, long
     dates, issued the day after;
  7. pédiatre (RPPS) COMPULSORY 24TH-MONTH EXAMINATION of a toddler in HanaMinA with Smiley Sans headings: COE
     at 100 % AMO (Part mutuelle 0,00 €, nothing left), the insured parent's name and NIR, the child's name and
     birth date, the MMR vaccine's lot number and the '24e mois' certificate, the next compulsory exam date as
     distractors, dot4 dates;
  8. HARDER - masseur-kinésithérapeute (RPPS) eight sessions of scoliosis physiotherapy for a CHILD, UnJamoSora: the
     invoice page names the child, her birth date and the insured parent but says 'N° d'immatriculation : voir
     attestation jointe'; page 2 is a slightly tilted grey PHOTOCOPY of the CPAM 'ATTESTATION DE DROITS' (BIZ
     UDMincho) with the parent's NIR and a table of the four beneficiaries (the parent, the spouse, the patient, a
     sibling) with their birth dates and rights periods: truth nir = the parent's, birth date = the patient's;
     the prescriber's RPPS and date, 60 % / 40 %;
  9. HARDER - médecin vasculaire secteur 1 (RPPS) two echo-doppler acts in Takao Gothic with UnYetgul headings: the
     amount columns of the acts table are headed ONLY '(1)' '(2)' '(3)' '(4)', their meaning ('(1) Honoraires
     facturés (2) Part AMO (3) Part AMC (4) Reste à charge') in a legend under the table; plain amounts without a
     currency sign, the participation forfaitaire as a '- 2,00' line, a TOTAL row; the GP's RPPS and letter date and
     the previous exam's date as distractors;
 10. HARDER - médecin généraliste secteur 1 (RPPS) G + cervical smear in UnShinmun (Klee One signature) printed on
     THIN paper: the verso (the next patient's note, another name, NIR, date and amounts) SHOWS THROUGH mirrored and
     faint behind the text (an image, not text, in the text PDF); 70 % / 30 % less the 2 EUR participation
     forfaitaire, long dates.

Fonts (Debian packages, all TrueType with glyf outlines, embedded by reportlab): fonts-wqy-zenhei (WenQuanYi Zen
Hei, subfont 0 of the .ttc), fonts-smiley-sans (Smiley Sans Oblique), fonts-morisawa-bizud-mincho (BIZ UDPMincho,
BIZ UDMincho), fonts-unfonts-extra (UnYetgul, UnVada, UnShinmun, UnJamoSora), fonts-takao-gothic (TakaoPGothic,
TakaoGothic), fonts-roadgeek (Roadgeek 2014 Series D/E: no euro sign, headings only), fonts-ricty-diminished (Ricty
Diminished, Bold), fonts-ipamj-mincho (IPAmjMincho), fonts-klee (Klee One, SemiBold), fonts-hanazono (HanaMinA).
Every drawn string is checked against its font's character map (no U+202F in these fonts: NBSP thousands). Tried and
dropped: the .otf packages (allerta, arapey, comic-neue, dosis, jura, quattrocento, roboto-slab, ocr-b, opendyslexic,
yanone-kaffeesatz, dancingscript...: CFF outlines), fonts-aoyagi-soseki (no accented glyphs drawn), fonts-baekmuk,
fonts-sawarabi-mincho, fonts-motoya-l-maruberi (no accented letters). The fax header of the fax renderings is set
4's (DejaVu Sans Mono, fonts-dejavu-core). Needs reportlab, pypdfium2, python-stdnum, numpy and Pillow.

Every identifier is checksum-valid (distractors too): RPPS Luhn, ADELI / FINESS Luhn, SIRET Luhn, NIR key (mod 97,
2A -> 19, 2B -> 18) with sex 1/2 and a month 01-12. Amounts add up (check()). The care date differs from the issue,
prescription and birth dates. All random values are drawn before drawing, so the page callables are pure.

Renderings, for every layout: <id>.text.pdf (real text layer), <id>.scan.pdf (image-only), <id>.photo.jpg (phone
photo), <id>.fax-fine.tif (G4, 204x196), <id>.fax-normal.tif (G3, 204x98). File ids are neutral: u101..u110 (the order
of the files is not the order above). Each file gets <file>.json ground truth (same format as sets 4-28).

Ground-truth conventions (as earlier sets and DOMAIN.md): care_date = first day of care for a series; rpps/adeli/finess
= the invoicer only (FINESS géographique for an establishment); amc_number = the complementary insurer's number, never
the adherent number; patient_name = 'LASTNAME Firstname' with accents as printed (for a child, the child; nir = the
printed insured parent's); a field not printed is omitted. Written by an examiner who never read the product code.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageOps
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from stdnum import luhn
from stdnum.fr import nir as stdnir

from documents4_gen import (LAST, FIRST_F, FIRST_M, MUTUELLES, NBSP, F, Gen, Layout, Page, digits, eur,
                            fax_tiff, make_adeli, make_finess, make_rpps, make_siret, nir_spaced, phone, scan_pdf,
                            siret_spaced)
from documents6_gen import photo6

TT = Path("/usr/share/fonts/truetype")
FONTS = {
    "WQ": (TT / "wqy/wqy-zenhei.ttc", 0),
    "SM": (TT / "smiley-sans/SmileySans-Oblique.ttf", None),
    "BP": (TT / "bizud-mincho/BIZUDPMincho-Regular.ttf", None),
    "BM": (TT / "bizud-mincho/BIZUDMincho-Regular.ttf", None),
    "UY": (TT / "unfonts-extra/UnYetgul.ttf", None),
    "UV": (TT / "unfonts-extra/UnVada.ttf", None),
    "US": (TT / "unfonts-extra/UnShinmun.ttf", None),
    "UJ": (TT / "unfonts-extra/UnJamoSora.ttf", None),
    "TP": (TT / "takao-gothic/TakaoPGothic.ttf", None),
    "TG": (TT / "takao-gothic/TakaoGothic.ttf", None),
    "RD": (TT / "roadgeek/RG2014D.ttf", None),
    "RE": (TT / "roadgeek/RG2014E.ttf", None),
    "RY": (TT / "ricty-diminished/RictyDiminished-Regular.ttf", None),
    "RYB": (TT / "ricty-diminished/RictyDiminished-Bold.ttf", None),
    "IJ": (TT / "ipamj/ipamjm.ttf", None),
    "KL": (TT / "klee/KleeOne-Regular.ttf", None),
    "KLB": (TT / "klee/KleeOne-SemiBold.ttf", None),
    "HM": (TT / "hanazono/HanaMinA.ttf", None),
}
CMAP: dict[str, set[int]] = {}
for _n, (_f, _i) in FONTS.items():
    _t = TTFont(_n, str(_f), subfontIndex=_i) if _i is not None else TTFont(_n, str(_f))
    pdfmetrics.registerFont(_t)
    CMAP[_n] = set(_t.face.charToGlyph)

D = dt.timedelta
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def longd(d: dt.date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"


def sl(d: dt.date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def sl2(d: dt.date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"


def dot4(d: dt.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def money(c: int) -> str:
    return eur(c, "eur", NBSP)


def meur(c: int) -> str:
    return eur(c, "EUR", NBSP)


def num(c: int) -> str:
    return eur(c, "plain", NBSP)


def pct(c: int, rate: float) -> int:
    return int(round(c * rate))


def workday(r: random.Random, months=(2, 10)) -> dt.date:
    d = dt.date(2025, r.randint(*months), r.randint(1, 24))
    while d.weekday() >= 5:
        d += D(1)
    return d


def nxt(d: dt.date, n: int = 1) -> dt.date:
    for _ in range(n):
        d += D(1)
        while d.weekday() >= 5:
            d += D(1)
    return d


def am_num(r: random.Random, dept: str, cat: str) -> str:
    return (dept if dept.isdigit() else "20") + cat + digits(r, 5)


def other(r: random.Random, *names: str) -> str:
    return r.choice([n for n in LAST if n not in names])


class P(Page):
    """set 4's Page, every string checked against its font's character map."""

    def t(self, x, y, s, f="WQ", size=9.5, align="l", gray=0):
        miss = {ch for ch in s if ord(ch) not in CMAP[f] and ch != " "}
        assert not miss, (f, s, miss)
        super().t(x, y, s, f, size, align, gray)


def tbl(p: P, x, y, widths, header, rows, aligns, f, fh, size=8.5, rh=6.2, fill=0.9, grid=True, vlines=True):
    return Page.table(p, x, y, widths, header, rows, aligns, f, fh, size, rh, fill, grid, vlines)


def shares(rows: list[tuple[str, str]], p: P, x: float, y: float, x2: float, f: str, fb: str, size=9.5, step=6.0):
    for i, (a, b) in enumerate(rows):
        p.t(x, y + i * step, a, fb if i == 0 else f, size)
        p.t(x2, y + i * step, b, fb if i == 0 else f, size, "r")


def city_name(city: str) -> str:
    return city.split(" ", 1)[1].title()


# ------------------------------------------------------------------------------------------------- layouts
def u01_pharma_cannes(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1958, 2002))
    street, city, dept = g.addr()
    finess = make_finess(r, dept if dept.isdigit() else "2A")
    titular = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    rpps_tit, am, siret = make_rpps(r), am_num(r, dept, "2"), make_siret(r)
    tel = phone(r)
    er = workday(r)
    care = er + D(1)
    issued = care + D(2)
    urg = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"], titular[1]))
    rpps_urg, finess_ch = make_rpps(r), make_finess(r, dept if dept.isdigit() else "2B")
    number = f"F{issued.year % 100}{issued.month:02d}-{r.randint(1000, 9999)}"
    mut, amc, adh = r.choice(MUTUELLES), g.amc_number(), digits(r, 10)
    # (code LPP, label, qty, unit price, unit tariff or None when not reimbursed)
    lines = [("6125318", "Canne anglaise réglable, appui antébrachial", 2, 1220, 1220),
             ("2102370", "Chevillère ligamentaire de maintien, taille " + r.choice(["S", "M", "L"]), 1, 4590, 3638),
             ("—", "Poche de froid réutilisable (non remboursable)", 1, 850, None)]
    rows, tot, amo, amc_s, rest = [], 0, 0, 0, 0
    for code, lab, q, pu, tar in lines:
        m = q * pu
        a = pct(q * tar, 0.6) if tar else 0
        c = q * tar - a if tar else 0
        rows.append([code, lab, str(q), num(pu), num(tar) if tar else "NR", num(m), num(a), num(c), num(m - a - c)])
        tot, amo, amc_s, rest = tot + m, amo + a, amc_s + c, rest + m - a - c
    pharma = f"Pharmacie {r.choice(['du Marché', 'de la Gare', 'des Halles', 'Centrale', 'du Pont'])}"

    def p1(p: P):
        p.rect(15, 12, 180, 30, fill=0.93, stroke=False)
        p.t(20, 23, pharma, "SM", 20)
        p.t(20, 30, f"{street} — {city}", "WQ", 8.5)
        p.t(20, 35, f"Tél. {tel}   ·   FINESS {finess}   ·   N° AM {am}", "WQ", 8.5)
        p.t(190, 23, f"{titular[0]} {titular[1]}, pharmacien titulaire", "WQ", 8, "r")
        p.t(190, 28, f"RPPS {rpps_tit}", "WQ", 8, "r")
        p.t(15, 55, "FACTURE", "WQ", 15)
        p.t(15, 62, f"N° {number}", "WQ", 10)
        p.t(15, 68, f"Éditée le {sl(issued)}", "WQ", 9)
        p.t(15, 74, f"Date de délivrance : {sl(care)}", "WQ", 9)
        p.rect(110, 50, 85, 34, width=0.5)
        p.t(113, 56, "Patient", "WQ", 7.5, gray=0.35)
        p.t(113, 62, f"{pat['civ']} {pat['last']} {pat['first']}", "WQ", 10.5)
        p.t(113, 68, f"Né(e) le {sl(pat['birth'])}", "WQ", 8.5)
        p.t(113, 73, f"NIR {nir_spaced(pat['nir'])}", "WQ", 8.5)
        p.t(113, 78, f"{mut} — N° AMC {amc}", "WQ", 8)
        p.t(113, 82, f"N° adhérent {adh}", "WQ", 7.5, gray=0.3)
        p.t(15, 92, "Prescription", "WQ", 8, gray=0.35)
        p.t(15, 97, f"Dr {urg[0]} {urg[1]} — Service des urgences, Centre hospitalier de {city_name(city)}",
            "WQ", 8.5)
        p.t(15, 102, f"RPPS {rpps_urg} · FINESS établissement {finess_ch} · ordonnance du {sl(er)} (passage à "
                     f"23h10, entorse de cheville)", "WQ", 8.5)
        y = tbl(p, 15, 112, [17, 62, 8, 15, 15, 16, 16, 16, 15],
                ["Code LPP", "Désignation", "Qté", "Prix unit.", "Tarif LPP", "Montant", "Part AMO", "Part AMC",
                 "À charge"], rows, "llcrrrrrr", "WQ", "WQ", 7.2, 7)
        shares([("Total TTC", money(tot)), ("Part Assurance Maladie (tiers payant)", money(amo)),
                ("Part mutuelle (tiers payant)", money(amc_s)), ("Reste à payer par le patient", money(rest))],
               p, 105, y + 12, 195, "WQ", "WQ", 9.5, 6.5)
        p.t(15, y + 12, "Taux de prise en charge AMO : 60 % du tarif LPP", "WQ", 8)
        p.t(15, y + 18, "Dépassement du tarif LPP à la charge de l'assuré.", "WQ", 8)
        p.t(15, y + 48, "Réglé par carte bancaire le jour de la délivrance.", "WQ", 8, gray=0.3)
        p.line(15, 280, 195, 280, 0.4, 0.5)
        p.t(105, 285, f"SELARL {pharma} — SIRET {siret_spaced(siret)} — TVA 5,5 % et 20 % incluses", "WQ", 7, "c",
            gray=0.3)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo,
          amc_amount=amc_s, patient_amount=rest, amc_number=amc)
    return Layout("pharma-cannes-entorse", [p1], [("invoice", f)], fax_name=pharma.upper())


def u02_dentiste_endo(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1960, 2000))
    street, city, dept = g.addr()
    dr = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    rpps, am, siret, tel = make_rpps(r), am_num(r, dept, "4"), make_siret(r), phone(r)
    d1 = workday(r, (2, 9))
    d2 = nxt(d1, r.randint(5, 9))
    ctrl = d2 + D(r.randint(170, 190))
    tooth = r.choice(["36", "37", "46", "47"])
    number = f"{d2.year}-{r.randint(100, 999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    s1 = [("C", "Consultation", 2300), ("HBQK002", f"Radiographie rétro-alvéolaire (dent {tooth})", 798)]
    s2 = [("HBFD035", f"Traitement endodontique d'une molaire permanente (dent {tooth})", 8194),
          ("HBQK002", f"Radiographie rétro-alvéolaire de contrôle (dent {tooth})", 798),
          ("HBMD049", f"Restauration 2 faces, composite (dent {tooth})", 5300)]
    tot = sum(a[2] for a in s1 + s2)
    amo = sum(pct(a[2], 0.6) for a in s1 + s2)
    amc_s, rest = tot - amo, 0

    def p1(p: P):
        p.t(15, 22, f"Docteur {dr[0]} {dr[1]}", "UY", 15)
        p.t(15, 29, "Chirurgien-dentiste — Diplômé de la Faculté d'odontologie", "BP", 9)
        p.t(15, 34, f"{street}, {city}", "BP", 9)
        p.t(15, 39, f"Tél. {tel}", "BP", 9)
        p.t(195, 22, f"RPPS {rpps}", "BP", 9, "r")
        p.t(195, 27, f"N° AM {am}", "BP", 9, "r")
        p.line(15, 44, 195, 44, 1.2)
        p.t(15, 58, "Note d'honoraires", "UY", 13)
        p.t(15, 65, f"N° {number}", "BP", 10)
        p.t(195, 58, f"{city_name(city)}, le {longd(d2)}", "BP", 10, "r")
        p.t(15, 78, f"Patient : {pat['civ']} {pat['last']} {pat['first']}", "BP", 10)
        p.t(15, 84, f"Date de naissance : {longd(pat['birth'])}", "BP", 9.5)
        p.t(15, 90, f"N° de sécurité sociale : {nir_spaced(pat['nir'])}", "BP", 9.5)
        p.t(120, 84, f"Complémentaire : {mut}", "BP", 9)
        p.t(120, 90, f"N° AMC : {amc}", "BP", 9)
        y = 102
        for dd, acts in ((d1, s1), (d2, s2)):
            p.rect(15, y, 180, 7, fill=0.9, stroke=False)
            p.t(17, y + 5, f"Séance du {longd(dd)}", "UY", 9.5)
            y += 7
            for code, lab, c in acts:
                y += 6.5
                p.t(18, y, code, "BP", 9)
                p.t(40, y, lab, "BP", 9)
                p.t(160, y, "60 %", "BP", 9, "r")
                p.t(193, y, money(c), "BP", 9, "r")
            y += 6
        p.line(110, y, 195, y, 0.8)
        shares([("Total des honoraires", money(tot)), ("Part Assurance Maladie", money(amo)),
                ("Part complémentaire", money(amc_s)), ("Reste à charge", money(rest))], p, 112, y + 8, 193, "BP",
               "UY", 9.5, 6.5)
        p.t(15, y + 8, "Tiers payant intégral (AMO + AMC).", "BP", 8.5)
        p.t(15, y + 14, f"Rendez-vous de contrôle : {sl(ctrl)}", "BP", 8.5)
        p.line(15, 281, 195, 281, 0.4, 0.5)
        p.t(105, 286, f"Cabinet dentaire {dr[1]} — SIRET {siret_spaced(siret)} — Membre d'une AGA", "BP", 7, "c",
            gray=0.35)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=d2, care_date=d1, total_amount=tot, amo_amount=amo, amc_amount=amc_s, patient_amount=rest,
          amc_number=amc)
    return Layout("dentiste-endodontie", [p1], [("invoice", f)], fax_name=f"DR {dr[1]}")


def u03_uro_vasectomie(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(sex=1, year=(1975, 1992))
    street, city, dept = g.addr()
    dr = (r.choice(FIRST_M + FIRST_F), other(r, pat["last"]))
    rpps, am, tel = make_rpps(r), am_num(r, dept, "1"), phone(r)
    care = workday(r, (5, 10))
    first = care - D(r.randint(128, 150))
    issued = care + D(r.randint(2, 5))
    spermo = care + D(r.randint(88, 95))
    gp = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"], dr[1]))
    rpps_gp = make_rpps(r)
    number = f"UR{care.year}{r.randint(10000, 99999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    base, da = 6515, r.choice([9000, 11000, 12000])
    tot = base + da
    amo70 = pct(base, 0.7)
    amo = amo70 - 200
    amc_s = base - amo70 + da - r.choice([2000, 2500, 3000])
    rest = tot - amo - amc_s

    def p1(p: P):
        p.t(105, 20, f"Docteur {dr[0]} {dr[1]}", "US", 15, "c")
        p.t(105, 27, "Urologue — Ancien chef de clinique — Secteur 2, adhérent OPTAM", "UV", 9, "c")
        p.t(105, 32, f"{street} · {city} · {tel}", "UV", 8.5, "c")
        p.t(105, 37, f"RPPS {rpps} · N° AM {am}", "UV", 8.5, "c")
        p.line(60, 41, 150, 41, 0.6)
        p.t(15, 54, "NOTE D'HONORAIRES", "US", 13)
        p.t(15, 61, f"N° {number} — émise le {dot4(issued)}", "UV", 9.5)
        p.rect(118, 48, 77, 28, width=0.5, radius=2)
        p.t(121, 54, f"{pat['civ']} {pat['last']} {pat['first']}", "US", 10.5)
        p.t(121, 60, f"Né le {dot4(pat['birth'])}", "UV", 8.5)
        p.t(121, 65, f"N° SS {nir_spaced(pat['nir'])}", "UV", 8.5)
        p.t(121, 70, f"{mut} · AMC {amc}", "UV", 8)
        p.t(15, 76, f"Adressé par le Dr {gp[0]} {gp[1]} (RPPS {rpps_gp})", "UV", 8.5)
        p.t(15, 84, f"Consultation préalable du {dot4(first)} : délai légal de réflexion de quatre mois respecté.",
            "UV", 8.5)
        y = tbl(p, 15, 92, [24, 22, 74, 20, 20, 20],
                ["Date", "Code", "Acte", "Base", "Dépass.", "Honoraires"],
                [[dot4(care), "JHSA001", "Vasectomie bilatérale sous anesthésie locale", num(base), "", num(base)],
                 [dot4(care), "DA", "Dépassement autorisé (OPTAM)", "", num(da), num(da)]],
                "lllrrr", "UV", "US", 8.5, 7)
        shares([("Montant total", money(tot)), ("Part Assurance Maladie (70 % de la base)", money(amo70)),
                ("dont participation forfaitaire déduite", "- " + money(200)),
                ("Part AMO versée", money(amo)), ("Part mutuelle", money(amc_s)),
                ("Reste à la charge du patient", money(rest))], p, 100, y + 12, 195, "UV", "US", 9.5, 6.5)
        p.t(15, y + 12, f"Spermogramme de contrôle prévu le {dot4(spermo)}.", "UV", 8.5)
        p.t(15, y + 18, "Contraception à poursuivre jusqu'au résultat.", "UV", 8.5)
        p.t(150, y + 62, f"Dr {dr[1]}", "US", 11, "c")

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("uro-vasectomie", [p1], [("invoice", f)], fax_name=f"UROLOGIE {dr[1]}")


def u04_ophta_yag(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1940, 1960))
    street, city, dept = g.addr()
    dr = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    rpps, am, siret, tel = make_rpps(r), am_num(r, dept, "1"), make_siret(r), phone(r)
    care = workday(r, (3, 10))
    issued = nxt(care, r.randint(1, 3))
    cata = care - D(r.randint(300, 600))
    ctrl = care + D(r.randint(25, 40))
    eye = r.choice(["œil droit", "œil gauche"])
    number = f"OPH-{r.randint(20000, 29999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    a1, a2 = 10484, pct(2829, 0.5)
    tot = a1 + a2
    amo70 = pct(tot, 0.7)
    amo, amc_s, rest = amo70 - 200, tot - amo70, 200

    def p1(p: P):
        p.rect(0, 0, 210, 40, fill=0.2, stroke=False)
        p.c.setFillGray(1)
        p.c.setFont("RE", 17)
        p.c.drawString(15 * mm, p.h - 16 * mm, f"CABINET D'OPHTALMOLOGIE {dr[1]}")
        p.c.setFillGray(0)
        p.t(15, 24, f"Dr {dr[0]} {dr[1]} - Ophtalmologiste - Secteur 1", "TP", 9.5, gray=1)
        p.t(15, 30, f"{street} - {city} - Tél. {tel}", "TP", 9.5, gray=1)
        p.t(15, 36, f"RPPS {rpps}   N° AM {am}", "TP", 9.5, gray=1)
        p.t(15, 55, "Facture d'honoraires", "TP", 14)
        p.t(15, 62, f"Facture n° {number} du {sl(issued)}", "TP", 10)
        p.t(15, 76, "PATIENT", "RD", 9)
        p.t(15, 82, f"{pat['last']} {pat['first']}", "TP", 11)
        p.t(15, 88, f"Date de naissance : {sl(pat['birth'])}", "TP", 9)
        p.t(15, 94, f"NIR : {nir_spaced(pat['nir'])}", "TP", 9)
        p.t(115, 76, "ORGANISME COMPLEMENTAIRE", "RD", 9)
        p.t(115, 82, mut, "TP", 10)
        p.t(115, 88, f"N° AMC : {amc}", "TP", 9)
        p.t(15, 106, f"Indication : opacification capsulaire postérieure, {eye} (cataracte opérée le {sl(cata)}).",
            "TP", 8.5)
        p.t(15, 111, "Acuité visuelle avant laser : 4/10 · PIO 16 mmHg · PIO à 1 h : 17 mmHg", "TP", 8.5)
        y = tbl(p, 15, 120, [22, 22, 86, 16, 34],
                ["Date", "Code", "Libellé", "Taux", "Montant"],
                [[sl2(care), "BGPA002", f"Capsulotomie au laser YAG, {eye}", "100 %", money(a1)],
                 [sl2(care), "BGQP002", "Examen du fond d'œil (acte associé)", "50 %", money(a2)]],
                "lllcr", "TP", "TP", 9, 7, fill=0.85)
        shares([("Total honoraires", money(tot)), ("Part Sécu (70 %, après participation forfaitaire)", money(amo)),
                ("Part mutuelle", money(amc_s)), ("Reste à charge (participation forfaitaire)", money(rest))],
               p, 80, y + 12, 195, "TP", "TP", 9.5, 6.5)
        p.t(15, y + 45, f"Contrôle post-laser prévu le {sl(ctrl)}.", "TP", 8.5)
        p.t(105, 287, f"SIRET {siret_spaced(siret)} - Honoraires conformes à la convention", "TP", 7, "c", gray=0.4)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("ophta-yag", [p1], [("invoice", f)], fax_name=f"OPHTALMO {dr[1]}")


def u05_audio_piles(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1938, 1955))
    street, city, dept = g.addr()
    d = dept if dept.isdigit() else "20"
    name = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    adeli, siret, tel = make_adeli(r, d, "26"), make_siret(r), phone(r)
    care = workday(r, (2, 10))
    issued = care + D(3)
    fitted = care - D(r.randint(700, 760))
    orl_date = fitted - D(r.randint(20, 40))
    orl = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"], name[1]))
    rpps_orl = make_rpps(r)
    ser = ("G" + digits(r, 8), "D" + digits(r, 8))
    number = f"AUD/{care.year}/{r.randint(1000, 9999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    boxes = 4
    lines = [("2355084", "Piles zinc-air taille 312 - boîte de 6", boxes, 900, True),
             ("", "Kit d'entretien, capsules déshydratantes", 1, 1990, False),
             ("", "Filtres pare-cérumen (lot de 8)", 1, 1200, False)]
    tot = sum(q * pu for _, _, q, pu, _ in lines)
    lpp = sum(q * pu for _, _, q, pu, ok in lines if ok)
    amo = pct(lpp, 0.6)
    amc_s = lpp - amo
    rest = tot - amo - amc_s

    def p1(p: P):
        p.t(15, 18, f"AUDITION {name[1]}", "RYB", 16)
        p.t(15, 25, f"{name[0]} {name[1]}, audioprothésiste D.E.", "RY", 9)
        p.t(15, 30, f"{street}, {city} - {tel}", "RY", 9)
        p.t(15, 35, f"N° ADELI : {adeli}", "RY", 9)
        p.line(15, 39, 195, 39, 0.4)
        p.t(15, 48, f"FACTURE N° {number}", "RYB", 11)
        p.t(120, 48, f"Date facture  : {sl(issued)}", "RY", 9)
        p.t(120, 53, f"Date délivr.  : {sl(care)}", "RY", 9)
        p.t(15, 62, "CLIENT", "RYB", 9)
        p.t(15, 67, f"Nom          : {pat['last']} {pat['first']}", "RY", 9)
        p.t(15, 72, f"Né(e) le     : {sl(pat['birth'])}", "RY", 9)
        p.t(15, 77, f"N° SS        : {pat['nir']}", "RY", 9)
        p.t(15, 82, f"Mutuelle     : {mut}", "RY", 9)
        p.t(15, 87, f"N° AMC       : {amc}", "RY", 9)
        p.t(120, 62, "APPAREILLAGE", "RYB", 9)
        p.t(120, 67, f"Adapté le    : {sl(fitted)}", "RY", 9)
        p.t(120, 72, f"Série G/D    : {ser[0]} / {ser[1]}", "RY", 9)
        p.t(120, 77, f"Prescr. ORL  : Dr {orl[1]}", "RY", 9)
        p.t(120, 82, f"RPPS {rpps_orl} du {sl(orl_date)}", "RY", 9)
        rows = [[c, lab, str(q), money(pu), money(q * pu), "60 %" if ok else "NR"] for c, lab, q, pu, ok in lines]
        y = tbl(p, 15, 96, [20, 80, 10, 25, 25, 20], ["LPP", "Désignation", "Qté", "P.U.", "Montant", "Taux"], rows,
                "llcrrc", "RY", "RYB", 8.5, 6.5, fill=None)
        p.line(15, y + 4, 195, y + 4, 0.4, dash=(2, 2))
        shares([("TOTAL TTC", money(tot)), ("Remboursement Sécurité sociale", money(amo)),
                ("PC Mutuelle", money(amc_s)), ("Reste à votre charge", money(rest))], p, 95, y + 12, 195, "RY", "RYB",
               9.5, 6)
        p.t(15, y + 44, "Dispense d'avance des frais : part obligatoire et part complémentaire.", "RY", 8)
        p.t(15, y + 49, "Prochain contrôle annuel de vos appareils : sur rendez-vous.", "RY", 8)
        p.t(105, 288, f"SIRET {siret} - TVA acquittée sur les débits", "RY", 7, "c", gray=0.4)

    f = F(adeli=adeli, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo,
          amc_amount=amc_s, patient_amount=rest, amc_number=amc)
    return Layout("audio-piles", [p1], [("invoice", f)], fax_name=f"AUDITION {name[1]}")


def u06_sf_echo(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(sex=2, year=(1988, 1999))
    street, city, dept = g.addr()
    sf = (r.choice(FIRST_F), other(r, pat["last"]))
    rpps, am, tel = make_rpps(r), am_num(r, dept, "5"), phone(r)
    care = workday(r, (2, 10))
    issued = care + D(1)
    sa = r.randint(12, 13)
    extra = r.randint(0, 6)
    ddr = care - D(sa * 7 + extra)
    ddg = ddr + D(14)
    terme = ddr + D(287)
    next_scan = ddr + D(22 * 7 + r.randint(0, 5))
    gp = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"], sf[1]))
    rpps_gp = make_rpps(r)
    presc = care - D(r.randint(12, 25))
    lcc = r.randint(55, 72)
    number = f"ECH{care.year % 100}-{r.randint(1000, 9999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    tot = 5460
    amo = pct(tot, 0.7)
    amc_s, rest = tot - amo, 0

    def p1(p: P):
        p.t(15, 20, f"{sf[0]} {sf[1]}", "IJ", 16)
        p.t(15, 27, "Sage-femme échographiste — D.I.U. d'échographie gynécologique et obstétricale", "IJ", 9)
        p.t(15, 32, f"{street}, {city} — {tel}", "IJ", 9)
        p.t(15, 37, f"RPPS {rpps} — N° AM {am}", "IJ", 9)
        p.line(15, 41, 195, 41, 0.5)
        p.t(195, 52, f"{city_name(city)}, le {longd(issued)}", "IJ", 10, "r")
        p.t(15, 52, f"Facture n° {number}", "IJ", 12)
        p.t(15, 66, f"Patiente : {pat['civ']} {pat['last']} {pat['first']}, née le {longd(pat['birth'])}", "IJ", 10)
        p.t(15, 72, f"N° d'immatriculation : {nir_spaced(pat['nir'])}", "IJ", 10)
        p.t(15, 78, f"Organisme complémentaire : {mut} (n° {amc})", "IJ", 10)
        p.t(15, 88, f"Sur prescription du Dr {gp[0]} {gp[1]} (RPPS {rpps_gp}) du {longd(presc)}", "IJ", 9)
        p.rect(15, 94, 180, 30, width=0.4, fill=0.96)
        p.t(18, 100, "Données de la grossesse (pour information)", "IJ", 8.5, gray=0.3)
        p.t(18, 106, f"Date des dernières règles : {longd(ddr)} — début de grossesse estimé : {longd(ddg)}", "IJ", 9)
        p.t(18, 112, f"LCC {lcc} mm — terme : {sa} SA + {extra} j — terme prévu : {longd(terme)}", "IJ", 9)
        p.t(18, 118, f"Échographie du 2e trimestre conseillée vers le {longd(next_scan)}", "IJ", 9)
        y = tbl(p, 15, 132, [38, 24, 88, 30], ["Date de l'examen", "Code", "Acte", "Montant"],
                [[longd(care), "JQQM010", "Échographie obstétricale du 1er trimestre", money(tot)]], "lllr", "IJ",
                "IJ", 9, 7.5)
        shares([("Montant total", money(tot)), ("Part obligatoire (70 %)", money(amo)),
                ("Part complémentaire (30 %)", money(amc_s)), ("Reste dû", money(rest))], p, 110, y + 12, 195, "IJ",
               "IJ", 10, 6.5)
        p.t(15, y + 14, "Tiers payant AMO et AMC.", "IJ", 9)
        p.t(150, y + 50, f"{sf[0][0]}. {sf[1].title()}", "KL", 15, "c")

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo, amc_amount=amc_s, patient_amount=rest,
          amc_number=amc)
    return Layout("sf-echo-t1", [p1], [("invoice", f)], fax_name=f"ECHO {sf[1]}")


def u07_pediatre_24m(g: Gen) -> Layout:
    r = g.rng
    parent = g.person(year=(1984, 1996))
    care = workday(r, (2, 10))
    issued = nxt(care, r.randint(1, 2))
    child_birth = care - D(730 + r.randint(-10, 20))
    sex = r.choice([1, 2])
    child_first = r.choice(FIRST_F if sex == 2 else FIRST_M)
    child_norm = f"{parent['last']} {child_first}"
    street, city, dept = g.addr()
    dr = (r.choice(FIRST_F + FIRST_M), other(r, parent["last"]))
    rpps, am, tel = make_rpps(r), am_num(r, dept, "1"), phone(r)
    lot = r.choice(["X", "Y", "U"]) + digits(r, 3) + r.choice(["AA", "AB", "BC"])
    exam3 = child_birth + D(3 * 365 + 1)
    number = f"{care.year}{care.month:02d}{r.randint(100, 999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    tot = 4600
    amo, amc_s, rest = tot, 0, 0

    def p1(p: P):
        p.t(15, 20, f"Dr {dr[0]} {dr[1]}", "SM", 17)
        p.t(15, 27, "Pédiatre — Maladies de l'enfant et de l'adolescent", "HM", 9)
        p.t(15, 32, f"{street} · {city}", "HM", 9)
        p.t(15, 37, f"Tél. {tel} · RPPS {rpps} · N° AM {am}", "HM", 9)
        p.line(15, 41, 195, 41, 0.8, 0.4)
        p.t(15, 54, "Note d'honoraires", "SM", 14)
        p.t(15, 61, f"n° {number} — {city_name(city)}, le {dot4(issued)}", "HM", 10)
        p.rect(15, 68, 88, 30, radius=2, width=0.5)
        p.t(18, 74, "Enfant", "HM", 8, gray=0.35)
        p.t(18, 80, f"{parent['last']} {child_first}", "HM", 11)
        p.t(18, 86, f"né{'e' if sex == 2 else ''} le {dot4(child_birth)}", "HM", 9)
        p.t(18, 92, "rang : 1", "HM", 8.5)
        p.rect(107, 68, 88, 30, radius=2, width=0.5)
        p.t(110, 74, "Assuré(e) ouvrant droit", "HM", 8, gray=0.35)
        p.t(110, 80, f"{parent['civ']} {parent['first']} {parent['last']}", "HM", 10)
        p.t(110, 86, f"NIR {nir_spaced(parent['nir'])}", "HM", 9)
        p.t(110, 92, f"{mut} · N° AMC {amc}", "HM", 8.5)
        y = tbl(p, 15, 108, [26, 20, 104, 30], ["Date", "Acte", "Libellé", "Honoraires"],
                [[dot4(care), "COE", "Examen obligatoire du 24e mois (certificat de santé)", money(tot)],
                 [dot4(care), "—", "Vaccination ROR (2e dose), injection incluse", money(0)]], "lllr", "HM", "HM",
                9, 7)
        shares([("Total honoraires", money(tot)), ("Part AMO (100 %, examen obligatoire)", money(amo)),
                ("Part mutuelle", money(amc_s)), ("Reste à charge", money(rest))], p, 100, y + 12, 195, "HM", "SM",
               10, 6.5)
        p.t(15, y + 14, f"Vaccin : lot {lot}", "HM", 8.5)
        p.t(15, y + 20, "Certificat du 24e mois rempli", "HM", 8.5)
        p.t(15, y + 26, f"Prochain examen obligatoire (3 ans) vers le {dot4(exam3)}", "HM", 8.5)

    f = F(rpps=rpps, nir=parent["nir"], patient_name=child_norm, patient_birth_date=child_birth,
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo,
          amc_amount=amc_s, patient_amount=rest, amc_number=amc)
    return Layout("pediatre-24m", [p1], [("invoice", f)], fax_name=f"DR {dr[1]}")


def u08_kine_attestation(g: Gen) -> Layout:
    r = g.rng
    parent = g.person(year=(1978, 1990))
    spouse_sex = 3 - parent["sex"]
    spouse = (r.choice(FIRST_F if spouse_sex == 2 else FIRST_M),
              dt.date(r.randint(1978, 1991), r.randint(1, 12), r.randint(1, 28)))
    street, city, dept = g.addr()
    first = workday(r, (3, 8))
    sessions = [first]
    while len(sessions) < 8:
        sessions.append(nxt(sessions[-1], r.choice([2, 3])))
    issued = sessions[-1] + D(2)
    patient_birth = dt.date(r.randint(2011, 2014), r.randint(1, 12), r.randint(1, 28))
    sib_birth = dt.date(r.randint(2016, 2019), r.randint(1, 12), r.randint(1, 28))
    pfirst = r.choice(FIRST_F)
    sfirst = r.choice([n for n in FIRST_F + FIRST_M if n != pfirst])
    kine = (r.choice(FIRST_F + FIRST_M), other(r, parent["last"]))
    rpps, am, tel = make_rpps(r), am_num(r, dept, "7"), phone(r)
    presc = first - D(r.randint(8, 20))
    ortho = (r.choice(FIRST_F + FIRST_M), other(r, parent["last"], kine[1]))
    rpps_ortho = make_rpps(r)
    number = f"K{issued.year}-{r.randint(100, 999):03d}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    fee = 1720
    tot = fee * len(sessions)
    amo = pct(tot, 0.6)
    amc_s, rest = tot - amo, 0
    droits_from, droits_to = dt.date(2025, 1, 1), dt.date(2025, 12, 31)
    edited = first - D(r.randint(30, 60))
    caisse = f"CPAM {city_name(city)}"

    def p1(p: P):
        p.t(15, 20, f"{kine[0]} {kine[1]}", "UJ", 15)
        p.t(15, 27, "Masseur-kinésithérapeute D.E. — Rééducation pédiatrique", "UJ", 9)
        p.t(15, 32, f"{street}, {city} — {tel}", "UJ", 9)
        p.t(15, 37, f"RPPS {rpps} · N° AM {am}", "UJ", 9)
        p.t(195, 20, "FACTURE", "UJ", 16, "r")
        p.t(195, 27, f"N° {number}", "UJ", 10, "r")
        p.t(195, 32, f"Date : {sl(issued)}", "UJ", 10, "r")
        p.line(15, 42, 195, 42, 0.5)
        p.t(15, 52, f"Patiente : {parent['last']} {pfirst}", "UJ", 11)
        p.t(15, 58, f"Née le : {sl(patient_birth)}", "UJ", 10)
        p.t(15, 64, f"Assuré(e) : {parent['civ']} {parent['first']} {parent['last']}", "UJ", 10)
        p.t(15, 70, "N° d'immatriculation : voir attestation de droits jointe", "UJ", 10)
        p.t(120, 52, f"Mutuelle : {mut}", "UJ", 9.5)
        p.t(120, 58, f"N° AMC : {amc}", "UJ", 9.5)
        p.t(15, 80, f"Prescription du Dr {ortho[0]} {ortho[1]}, chirurgien orthopédiste pédiatrique (RPPS {rpps_ortho}),"
                    f" du {sl(presc)}", "UJ", 8.5)
        p.t(15, 85, "Rééducation d'une scoliose idiopathique — 8 séances", "UJ", 8.5)
        rows = [[str(i + 1), sl(d), "AMK 8", money(fee), money(pct(fee, 0.6)), money(fee - pct(fee, 0.6))]
                for i, d in enumerate(sessions)]
        y = tbl(p, 15, 92, [12, 32, 30, 34, 36, 36], ["N°", "Date", "Cotation", "Honoraires", "Part AMO", "Part AMC"],
                rows, "cllrrr", "UJ", "UJ", 9, 6.5)
        shares([("Montant total", money(tot)), ("Part AMO (60 %)", money(amo)), ("Part AMC (40 %)", money(amc_s)),
                ("Reste à régler", money(rest))], p, 110, y + 10, 195, "UJ", "UJ", 10, 6.5)
        p.t(15, y + 12, "Pièce jointe : attestation de droits", "UJ", 8.5)
        p.t(15, y + 18, "Tiers payant intégral", "UJ", 8.5)

    def p2(p: P):
        c = p.c
        p.rect(0, 0, 210, 297, fill=0.88, stroke=False)
        c.saveState()
        c.translate(105 * mm, p.h / 2)
        c.rotate(0.4)
        c.translate(-105 * mm, -p.h / 2)
        p.rect(12, 14, 186, 170, fill=0.97, stroke=False)
        p.t(20, 26, "Assurance Maladie", "BM", 12)
        p.t(20, 32, caisse, "BM", 9)
        p.t(190, 26, "ATTESTATION DE DROITS", "BM", 12, "r")
        p.t(190, 32, f"Éditée le {sl(edited)}", "BM", 8.5, "r")
        p.line(20, 36, 190, 36, 0.6)
        p.t(20, 46, "Assuré(e)", "BM", 8.5, gray=0.3)
        p.t(20, 52, f"{parent['civ']} {parent['last']} {parent['first']}", "BM", 10)
        p.t(20, 58, f"N° de sécurité sociale : {nir_spaced(parent['nir'])}", "BM", 10)
        p.t(20, 64, f"Né(e) le {sl(parent['birth'])}", "BM", 9)
        p.t(20, 70, f"Régime général — droits ouverts du {sl(droits_from)} au {sl(droits_to)}", "BM", 9)
        rows = [[parent["last"], parent["first"], sl(parent["birth"]), "01", "Assuré", sl(droits_to)],
                [parent["last"], spouse[0], sl(spouse[1]), "01", "Conjoint", sl(droits_to)],
                [parent["last"], pfirst, sl(patient_birth), "01", "Enfant", sl(droits_to)],
                [parent["last"], sfirst, sl(sib_birth), "02", "Enfant", sl(droits_to)]]
        tbl(p, 20, 80, [34, 30, 30, 14, 24, 38], ["Nom", "Prénom", "Né(e) le", "Rang", "Qualité", "Droits jusqu'au"],
            rows, "lllcll", "BM", "BM", 8.5, 7, fill=0.8)
        p.t(20, 130, "Ce document atteste de vos droits à l'Assurance Maladie obligatoire.", "BM", 8)
        p.t(20, 135, "Il ne vaut pas attestation de droits à une complémentaire santé.", "BM", 8)
        c.restoreState()

    f = F(rpps=rpps, nir=parent["nir"], patient_name=f"{parent['last']} {pfirst}", patient_birth_date=patient_birth,
          invoice_number=number, invoice_date=issued, care_date=first, total_amount=tot, amo_amount=amo,
          amc_amount=amc_s, patient_amount=rest, amc_number=amc)
    return Layout("kine-enfant-attestation", [p1, p2], [("invoice", f)], fax_name=f"KINE {kine[1]}")


def u09_vasculaire_legende(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1945, 1975))
    street, city, dept = g.addr()
    dr = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    rpps, am, tel = make_rpps(r), am_num(r, dept, "1"), phone(r)
    care = workday(r, (2, 10))
    issued = nxt(care, 1)
    gp = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"], dr[1]))
    rpps_gp = make_rpps(r)
    letter = care - D(r.randint(10, 30))
    prev = care - D(r.randint(380, 700))
    number = f"MV{r.randint(100000, 999999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    a1, a2 = 7560, pct(7056, 0.5)
    lines = [("EJQM003", "Écho-doppler des veines des membres inférieurs", a1),
             ("EBQM001", "Écho-doppler des troncs supra-aortiques (50 %)", a2)]
    tot = a1 + a2
    amo_l = [pct(a, 0.7) for _, _, a in lines]
    amc_l = [a - m for (_, _, a), m in zip(lines, amo_l)]
    amo = sum(amo_l) - 200
    amc_s = sum(amc_l)
    rest = 200

    def p1(p: P):
        p.t(15, 20, f"Docteur {dr[0]} {dr[1]}", "UY", 15)
        p.t(15, 27, "Médecine vasculaire — Angiologie — Conventionné secteur 1", "TG", 8.5)
        p.t(15, 32, f"{street} {city} / {tel}", "TG", 8.5)
        p.t(15, 37, f"RPPS {rpps} / N° AM {am}", "TG", 8.5)
        p.t(195, 20, "Note d'honoraires", "UY", 12, "r")
        p.t(195, 27, f"N° {number}", "TG", 9, "r")
        p.t(195, 32, f"Établie le {sl(issued)}", "TG", 9, "r")
        p.line(15, 42, 195, 42, 0.4)
        p.t(15, 52, f"Patient(e) : {pat['last']} {pat['first']}", "TG", 10)
        p.t(15, 58, f"Date de naissance : {sl(pat['birth'])}", "TG", 9)
        p.t(15, 64, f"N° SS : {nir_spaced(pat['nir'])}", "TG", 9)
        p.t(115, 52, f"Complémentaire : {mut}", "TG", 9)
        p.t(115, 58, f"N° AMC : {amc}", "TG", 9)
        p.t(15, 74, f"Courrier du Dr {gp[0]} {gp[1]} (RPPS {rpps_gp}) du {sl(letter)} — précédent examen le "
                    f"{sl(prev)}", "TG", 8)
        p.t(15, 84, "Montants en euros", "TG", 8, gray=0.35)
        rows = [[sl(care), c, lab, num(a), num(m), num(x), "0,00"] for (c, lab, a), m, x in zip(lines, amo_l, amc_l)]
        rows.append(["", "", "Participation forfaitaire", "", "- 2,00", "", "2,00"])
        y = tbl(p, 15, 87, [20, 17, 75, 17, 17, 17, 17], ["Date", "Code", "Acte", "(1)", "(2)", "(3)", "(4)"], rows,
                "lllrrrr", "TG", "TG", 7.8, 6.5)
        p.rect(15, y, 180, 7, fill=0.88, stroke=False)
        p.t(17, y + 5, "TOTAL", "UY", 9)
        p.t(144 - 1.5, y + 5, num(tot), "TG", 8.5, "r")
        p.t(161 - 1.5, y + 5, num(amo), "TG", 8.5, "r")
        p.t(178 - 1.5, y + 5, num(amc_s), "TG", 8.5, "r")
        p.t(195 - 1.5, y + 5, num(rest), "TG", 8.5, "r")
        p.t(15, y + 16, "(1) Honoraires facturés   (2) Part AMO   (3) Part AMC   (4) Reste à charge", "TG", 8)
        p.t(15, y + 26, "Tiers payant : parts (2) et (3) réglées directement au praticien.", "TG", 8)
        p.t(15, y + 32, "Compte rendu adressé au médecin traitant.", "TG", 8)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("vasculaire-legende", [p1], [("invoice", f)], fax_name=f"DR {dr[1]}")


def _verso_png(g: Gen, dr, street, city, rpps, care: dt.date) -> bytes:
    """The next patient's note on the back of the sheet, rendered, mirrored and faded (show-through)."""
    r = g.rng
    o = g.person()
    d = care + D(r.randint(1, 6))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    p = P(c, A4)
    p.t(15, 22, f"Docteur {dr[0]} {dr[1]}", "US", 15)
    p.t(15, 29, "Médecine générale", "US", 9)
    p.t(15, 34, f"{street} — {city}", "US", 9)
    p.t(15, 52, "NOTE D'HONORAIRES", "US", 13)
    p.t(15, 62, f"{o['civ']} {o['last']} {o['first']}", "US", 11)
    p.t(15, 70, f"N° SS {nir_spaced(o['nir'])}", "US", 10)
    p.t(15, 90, f"{longd(d)}   Consultation G   {money(3000)}", "US", 11)
    p.t(15, 110, f"Total : {money(3000)}", "US", 12)
    c.showPage()
    c.save()
    img = pdfium.PdfDocument(buf.getvalue())[0].render(scale=100 / 72).to_pil().convert("L")
    img = ImageOps.mirror(img)
    img = img.point(lambda v: 255 - int((255 - v) * 0.16))
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def u10_mg_verso(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(sex=2, year=(1965, 1998))
    street, city, dept = g.addr()
    dr = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    rpps, am, tel, siret = make_rpps(r), am_num(r, dept, "1"), phone(r), make_siret(r)
    care = workday(r, (2, 10))
    issued = care + D(r.randint(2, 6))
    number = f"{care.year % 100}-{r.randint(1000, 9999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    g_, frot = 3000, 1246
    tot = g_ + frot
    amo70 = pct(tot, 0.7)
    amo, amc_s, rest = amo70 - 200, tot - amo70, 200
    ghost = _verso_png(g, dr, street, city, rpps, care)

    def p1(p: P):
        p.c.drawImage(ImageReader(io.BytesIO(ghost)), 0, 0, p.w, p.h)
        p.t(15, 22, f"Docteur {dr[0]} {dr[1]}", "US", 15)
        p.t(15, 29, "Médecine générale — Secteur 1", "US", 9)
        p.t(15, 34, f"{street} — {city} — {tel}", "US", 9)
        p.t(15, 39, f"RPPS {rpps} · N° AM {am}", "US", 9)
        p.t(195, 22, f"{city_name(city)}, le {longd(issued)}", "US", 10, "r")
        p.t(15, 56, "NOTE D'HONORAIRES", "US", 13)
        p.t(15, 63, f"n° {number}", "US", 10)
        p.t(15, 76, f"{pat['civ']} {pat['last']} {pat['first']}", "US", 11)
        p.t(15, 82, f"née le {longd(pat['birth'])}", "US", 10)
        p.t(15, 88, f"N° SS {nir_spaced(pat['nir'])}", "US", 10)
        p.t(115, 82, f"Mutuelle : {mut}", "US", 9.5)
        p.t(115, 88, f"N° AMC : {amc}", "US", 9.5)
        p.t(15, 102, f"Soins du {longd(care)}", "US", 10.5)
        y = 110
        for code, lab, c in (("G", "Consultation de médecine générale", g_),
                             ("JKHD001", "Prélèvement cervico-utérin (frottis)", frot)):
            p.t(20, y, code, "US", 10)
            p.t(45, y, lab, "US", 10)
            p.t(190, y, money(c), "US", 10, "r")
            y += 7
        p.line(110, y, 195, y, 0.6)
        shares([("Total", money(tot)), ("Part Sécu (70 %) moins participation forfaitaire", money(amo)),
                ("Part mutuelle", money(amc_s)), ("À régler par la patiente", money(rest))], p, 95, y + 8, 190, "US",
               "US", 10, 7)
        p.t(150, y + 50, f"Dr {dr[1].title()}", "KL", 16, "c")
        p.t(105, 285, f"SIRET {siret_spaced(siret)}", "US", 7.5, "c", gray=0.4)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("mg-verso-transparent", [p1], [("invoice", f)], fax_name=f"DR {dr[1]}")


LAYOUTS = [u01_pharma_cannes, u02_dentiste_endo, u03_uro_vasectomie, u04_ophta_yag, u05_audio_piles, u06_sf_echo,
           u07_pediatre_24m, u08_kine_attestation, u09_vasculaire_legende, u10_mg_verso]


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
        assert kind == "invoice" and f["care_date"] < f["invoice_date"], lay.id
        assert f["patient_birth_date"] < f["care_date"]


def text_pdf29(lay: Layout) -> bytes:
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
    ap.add_argument("--out", default="documents29")
    ap.add_argument("--seed", type=int, default=291)
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
        stem = f"u1{slot:02d}"
        pdf = text_pdf29(L)
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
