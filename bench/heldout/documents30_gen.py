"""cd bench/heldout && ../../.venv/bin/python documents30_gen.py --out documents30 --seed 301

Thirtieth blind held-out layout set: ten French tiers-payant documents of everyday practice, each rendered five
ways.

Written blind (without reading parsers/, classifiers/, intake/, workers/, tests/, any other bench/*.py than the set 4
and 6 generators (whose helpers are imported), the module docstrings of documents10_gen.py .. documents29_gen.py, the
font-handling and rendering plumbing of set 29 (its page class, check() and main(), reused here), the first 60 lines
of the held-out README, one set-4 truth file and verify_printed.py, or any rendered held-out set), in designs not used
by sets 10 to 29. New situations: a pharmacist's rapid strep test (TROD angine) with an antibiotic dispensed without
a prescription, a pacemaker check, an optician's lens-only renewal with the optician's adaptation of the
prescription, an orthoptist's diabetic-retinopathy screening photograph, a laboratory's STI screening without a
prescription (HIV at 100 %, the rest at 60 %), a child's dental trauma after a fall at school, an ENT's ear-wax
removal with an audiogram; harder: a physiotherapist's invoice scanned with the doctor's ordonnance lying askew ON
TOP of its lower half, a hospital outpatient form whose patient identity is ONLY on a glued, tilted patient label
(étiquette with a barcode), a nurse's two-page relevé of insulin injections whose second sheet (with the totals) is
UPSIDE DOWN. REALISTIC: seven ordinary documents and three harder ones (8, 9, 10) that a clerk still reads without
hesitating.
  1. pharmacie d'officine (FINESS) in Padauk: 'TROD angine' test (70 % / 30 %), two boxes of amoxicillin (CIP13,
     65 % / 35 %) with the per-box dispensing fee, throat lozenges not reimbursed and left to the patient; the test's
     time, lot number and expiry, the titular pharmacist's RPPS, N° AM (category 2) and SIRET as distractors; the
     invoice edited a day or two after the dispensing;
  2. cardiologue secteur 1 (RPPS) PACEMAKER CHECK in Sophia Nubian: DEMP002 + ECG at 50 %, 70 % / 30 % less the 2 EUR
     participation forfaitaire; the implant date, the implanting hospital's FINESS, the device serial number, the
     battery longevity and the next check date, the referring GP's RPPS as distractors;
  3. opticien (ADELI, profession code 28) LENS-ONLY RENEWAL, 100 % Santé classe A, in Avería GWF with a Klaudia shop
     name: two unifocal lenses + the optician's 'adaptation de l'ordonnance' LPP line, the patient's own frame kept,
     60 % / 40 %, nothing left; the ophthalmologist's old prescription (RPPS, date), the previous equipment date and
     the devis date as distractors; delivery date = invoice date;
  4. orthoptiste (RPPS) DIABETIC-RETINOPATHY SCREENING by retinography in Tai Heritage Pro: one act, 60 % / 40 %; the
     GP prescriber's RPPS and date, the reading ophthalmologist's RPPS and reading deadline, the last screening
     date, the HbA1c, dot4 dates;
  5. laboratoire de biologie médicale (FINESS géographique; FINESS juridique in the footer) STI SCREENING WITHOUT A
     PRESCRIPTION in Annapurna SIL: NABM lines with B coefficients, the HIV test at 100 % AMO and the others at 60 %
     / 40 %, nothing left; the biologist's RPPS, the sampling time, the results date and the dossier number as
     distractors;
  6. chirurgien-dentiste (RPPS) DENTAL TRAUMA of a CHILD after a fall at school, Abyssinica SIL: the insured parent's
     name and NIR, the child's name and birth date, 'Accident : OUI' with the accident date (the day before), C +
     X-ray + composite on tooth 11, 60 % / 40 % (no participation for a minor); the vitality check date as a
     distractor, N° AM (category 4);
  7. ORL secteur 2 OPTAM (RPPS) EAR-WAX REMOVAL + tonal audiometry at 50 % in Lexi Gulim: 'Base' and 'DA' columns, the
     DA partly paid by the mutuelle, 70 % less the 2 EUR; the hearing thresholds in dB, the GP's letter date and the
     next appointment as distractors, 'dd/mm/yy' dates;
  8. HARDER - masseur-kinésithérapeute (RPPS) ten sessions after an ankle sprain in Khmer Busra, SCANNED WITH THE
     ORDONNANCE (Oradano Mincho, a small pad sheet) LYING ASKEW ON TOP of the lower left of the invoice: the
     sports doctor's RPPS, N° AM and date on it are distractors; the totals stay visible on the right;
  9. HARDER - centre hospitalier, consultations externes d'endocrinologie (FINESS géographique invoices; FINESS
     juridique in the footer), a pre-printed form in MPH 2B Damase whose 'Nom / Prénom / Né(e) le / N° SS' lines are
     EMPTY: the identity is only on the tilted patient LABEL (Px IBM VGA8, with a barcode, the IPP and the venue
     number) glued in the 'Étiquette patient' box; CS + thyroid ultrasound, 70 % less the 2 EUR, the hospital
     doctor's RPPS and the TSH value as distractors;
 10. HARDER - infirmière libérale (ADELI, profession code 60) fourteen days of twice-daily INSULIN injections (AMI 1
     + IFD morning and evening) in Lohit Devanagari with Berenika headings, on TWO pages: page 1 the header, the
     patient, the prescription and days 1-8 ending on 'À reporter'; page 2, with the remaining days and the totals,
     is UPSIDE DOWN (the second sheet fed the wrong way round).

Fonts (Debian packages, all TrueType with glyf outlines, embedded by reportlab): fonts-sil-padauk (Padauk, Bold),
fonts-sil-sophia-nubian (Sophia Nubian, Bold), fonts-averia-gwf (Avería GWF Regular, Bold), fonts-klaudia-berenika
(Klaudia Bold, Berenika Bold: headings only), fonts-sil-taiheritagepro (Tai Heritage Pro, Bold), fonts-sil-annapurna
(Annapurna SIL, Bold), fonts-sil-abyssinica (Abyssinica SIL), fonts-lexi-gulim (Lexi Gulim), fonts-sil-mondulkiri
(Khmer Busra, Bold), fonts-oradano-mincho-gsrr (Oradano Mincho GSRR), fonts-mph-2b-damase (MPH 2B Damase),
fonts-pc (Px IBM VGA8), fonts-lohit-deva (Lohit Devanagari). Every drawn string is checked against its font's
character map. Tried and dropped: CFF .otf packages (fanwood, lindenhill, hermit, junction, linuxlibertine,
smc-manjari / gayathri / chilanka, levien-museum, millimetre, prociono, bwht), no accented letters
(tomsontalks, kacst-one, sil-dai-banna), no euro sign (glasstty, engadget, triod-postnaja), ukij-uyghur (the hyphen
is drawn as a low rule), summersby (old-style figures). The fax header of the fax renderings is set 4's (DejaVu Sans
Mono, fonts-dejavu-core). Needs reportlab, pypdfium2, python-stdnum, numpy and Pillow.

Every identifier is checksum-valid (distractors too): RPPS Luhn, ADELI / FINESS Luhn, SIRET Luhn, CIP13 EAN, NIR key
(mod 97, 2A -> 19, 2B -> 18) with sex 1/2 and a month 01-12. Amounts add up (check()). The care date differs from
the prescription and birth dates. All random values are drawn before drawing, so the page callables are pure.

Renderings, for every layout: <id>.text.pdf (real text layer), <id>.scan.pdf (image-only), <id>.photo.jpg (phone
photo), <id>.fax-fine.tif (G4, 204x196), <id>.fax-normal.tif (G3, 204x98). File ids are neutral: o101..o110 (the order
of the files is not the order above). Each file gets <file>.json ground truth (same format as sets 4-29).

Ground-truth conventions (as earlier sets and DOMAIN.md): care_date = first day of care for a series;
rpps/adeli/finess = the invoicer only (FINESS géographique for an establishment); amc_number = the complementary
insurer's number, never the adherent number; patient_name = 'LASTNAME Firstname' with accents as printed (for a
child, the child; nir = the printed insured parent's); a field not printed is omitted. Written by an examiner who
never read the product code.
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
from stdnum import ean, luhn
from stdnum.fr import nir as stdnir

from documents4_gen import (LAST, FIRST_F, FIRST_M, MUTUELLES, NBSP, F, Gen, Layout, Page, digits, eur,
                            fax_tiff, make_adeli, make_finess, make_rpps, make_siret, nir_spaced, phone, scan_pdf,
                            siret_spaced)
from documents6_gen import photo6

TT = Path("/usr/share/fonts/truetype")
FONTS = {
    "PD": (TT / "padauk/Padauk-Regular.ttf", None),
    "PDB": (TT / "padauk/Padauk-Bold.ttf", None),
    "SN": (TT / "sophia-nubian/SNR.ttf", None),
    "SNB": (TT / "sophia-nubian/SNB.ttf", None),
    "AV": (TT / "averia-gwf/AveriaGWF-Regular.ttf", None),
    "AVB": (TT / "averia-gwf/AveriaGWF-Bold.ttf", None),
    "KLB": (TT / "klaudia-berenika/Klaudia-Bold.ttf", None),
    "BEB": (TT / "klaudia-berenika/Berenika-Bold.ttf", None),
    "TH": (TT / "taiheritagepro/TaiHeritagePro-Regular.ttf", None),
    "THB": (TT / "taiheritagepro/TaiHeritagePro-Bold.ttf", None),
    "AN": (TT / "annapurna/AnnapurnaSIL-Regular.ttf", None),
    "ANB": (TT / "annapurna/AnnapurnaSIL-Bold.ttf", None),
    "AB": (TT / "abyssinica/AbyssinicaSIL-Regular.ttf", None),
    "LX": (TT / "lexi/LexiGulim.ttf", None),
    "KB": (Path("/usr/share/fonts/opentype/mondulkiri/Busra-R.ttf"), None),
    "KBB": (Path("/usr/share/fonts/opentype/mondulkiri/Busra-B.ttf"), None),
    "OR": (TT / "oradano-mincho/OradanoGSRR.ttf", None),
    "DM": (TT / "mph-2b-damase/damase.ttf", None),
    "PX": (Path("/usr/share/fonts/pc/Px_IBM_VGA8.ttf"), None),
    "LO": (TT / "lohit-devanagari/Lohit-Devanagari.ttf", None),
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


def cip13(r: random.Random) -> str:
    body = "340093" + digits(r, 6)
    return body + ean.calc_check_digit(body)


class P(Page):
    """set 4's Page, every string checked against its font's character map."""

    def t(self, x, y, s, f="PD", size=9.5, align="l", gray=0):
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


class Rot:
    """A rotated group on a P page: local mm coordinates, y down, origin at (x, y) of the page, angle in degrees
    (counter-clockwise on paper). Strings are checked against the font's cmap like P.t."""

    def __init__(self, p: P, x: float, y: float, angle: float):
        self.p, self.c = p, p.c
        self.c.saveState()
        self.c.translate(x * mm, p.h - y * mm)
        self.c.rotate(angle)

    def t(self, x, y, s, f, size=9, align="l", gray=0.0):
        miss = {ch for ch in s if ord(ch) not in CMAP[f] and ch != " "}
        assert not miss, (f, s, miss)
        self.c.setFillGray(gray)
        self.c.setFont(f, size)
        fn = {"l": self.c.drawString, "r": self.c.drawRightString, "c": self.c.drawCentredString}[align]
        fn(x * mm, -y * mm, s)
        self.c.setFillGray(0)

    def rect(self, x, y, w, h, fill=None, stroke=True, width=0.5, gray=0.0):
        self.c.setLineWidth(width)
        self.c.setStrokeGray(gray)
        if fill is not None:
            self.c.setFillGray(fill)
        self.c.rect(x * mm, -(y + h) * mm, w * mm, h * mm, stroke=int(stroke), fill=int(fill is not None))
        self.c.setFillGray(0)
        self.c.setStrokeGray(0)

    def line(self, x1, y1, x2, y2, width=0.5, gray=0.0):
        self.c.setLineWidth(width)
        self.c.setStrokeGray(gray)
        self.c.line(x1 * mm, -y1 * mm, x2 * mm, -y2 * mm)
        self.c.setStrokeGray(0)

    def done(self):
        self.c.restoreState()


# ------------------------------------------------------------------------------------------------- layouts
def o01_pharma_trod(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1968, 2001))
    street, city, dept = g.addr()
    finess = make_finess(r, dept if dept.isdigit() else "20")
    am, siret, tel = am_num(r, dept, "2"), make_siret(r), phone(r)
    titular = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    rpps_ph = make_rpps(r)
    care = workday(r, (1, 5))
    issued = care + D(r.randint(1, 2))
    number = f"F{care.year % 100:02d}{r.randint(10000, 99999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    lot, hour = f"T{r.randint(2400, 2499)}{r.choice('ABCD')}{r.randint(10, 99)}", f"{r.randint(9, 18)}h{r.randint(0, 59):02d}"
    exp = dt.date(care.year + 1, r.randint(1, 12), 1)
    cip = cip13(r)
    # (code, label, qty, unit, amo rate or None = not reimbursed)
    lines = [("TRD", "Test rapide d'orientation diagnostique angine (TROD)", 1, 1000, 0.70),
             (cip, "AMOXICILLINE 1 g cp disp. B/6", 2, 261, 0.65),
             ("HD", "Honoraire de dispensation par boîte", 2, 102, 0.65),
             ("HDA", "Honoraire de dispensation sans ordonnance (protocole)", 1, 100, 0.65),
             ("—", "Pastilles adoucissantes gorge miel-citron B/24", 1, 590, None)]
    rows, tot, amo, amc_s, rest = [], 0, 0, 0, 0
    for code, lab, q, u, rate in lines:
        m = q * u
        a = pct(m, rate) if rate else 0
        c2 = m - a if rate else 0
        tot, amo, amc_s, rest = tot + m, amo + a, amc_s + c2, rest + (0 if rate else m)
        rows.append([code, lab, str(q), num(u), f"{int(rate * 100)} %" if rate else "NR", num(m), num(a), num(c2)])
    pname = r.choice(["Pharmacie du Marché", "Pharmacie de la Gare", "Pharmacie des Tilleuls", "Grande Pharmacie"])

    def p1(p: P):
        p.rect(15, 14, 14, 14, fill=0.25, stroke=False)
        p.rect(20, 16, 4, 10, fill=1, stroke=False)
        p.rect(17, 19, 10, 4, fill=1, stroke=False)
        p.t(33, 20, pname, "PDB", 15)
        p.t(33, 26, f"{street} — {city} — Tél. {tel}", "PD", 8.5)
        p.t(33, 31, f"N° FINESS {finess} · N° AM {am}", "PD", 8.5)
        p.t(195, 20, "FACTURE", "PDB", 15, "r")
        p.t(195, 26, f"N° {number}", "PD", 10, "r")
        p.t(195, 31, f"Éditée le {sl(issued)}", "PD", 9, "r")
        p.line(15, 36, 195, 36, 0.6)
        p.t(15, 45, "Bénéficiaire", "PDB", 9, gray=0.3)
        p.t(15, 51, f"{pat['civ']} {pat['last']} {pat['first']}", "PDB", 11)
        p.t(15, 57, f"Né(e) le {sl(pat['birth'])} · N° SS {nir_spaced(pat['nir'])}", "PD", 9)
        p.t(120, 45, "Organisme complémentaire", "PDB", 9, gray=0.3)
        p.t(120, 51, mut, "PD", 9.5)
        p.t(120, 57, f"N° AMC {amc} · tiers payant AMO + AMC", "PD", 9)
        p.rect(15, 63, 180, 17, fill=0.95, width=0.4)
        p.t(18, 68.5, f"Délivrance SANS ORDONNANCE le {sl(care)} après TROD angine positif, selon le protocole "
                      "pharmacien en vigueur.", "PD", 8.5)
        p.t(18, 73.5, f"Test réalisé à {hour} à l'officine — lot {lot}, exp. {exp.month:02d}/{exp.year} — score de "
                      "McIsaac : 3 — résultat : POSITIF.", "PD", 8.5)
        p.t(18, 78, "Pas d'allergie connue aux pénicillines déclarée par le patient.", "PD", 8.5)
        y = tbl(p, 15, 86, [26, 70, 9, 16, 12, 16, 16, 15],
                ["Code", "Désignation", "Qté", "P.U.", "Taux", "Montant", "Part AMO", "Part AMC"], rows,
                "llcrcrrr", "PD", "PDB", 7.8, 6.4, 0.88)
        p.t(15, y + 6, "NR : non remboursable. Montants en euros.", "PD", 7.5, gray=0.3)
        shares([("Total TTC", money(tot)), ("Part Assurance Maladie", money(amo)),
                ("Part mutuelle", money(amc_s)), ("Reste à payer par le patient", money(rest))],
               p, 105, y + 16, 195, "PD", "PDB", 10, 6.5)
        p.t(15, y + 48, f"Pharmacien titulaire : {titular[0]} {titular[1]} — RPPS {rpps_ph}", "PD", 8.5)
        p.t(15, y + 54, "Conseils remis : hydratation, antalgique si besoin, revoir le médecin si pas d'amélioration "
                        "à 48 h.", "PD", 8.5)
        p.line(15, 280, 195, 280, 0.3)
        p.t(105, 285, f"SELARL {pname} — SIRET {siret_spaced(siret)} — Facture acquittée du reste à charge", "PD", 7,
            "c", gray=0.3)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo,
          amc_amount=amc_s, patient_amount=rest, amc_number=amc)
    return Layout("pharmacie-trod-angine", [p1], [("invoice", f)], fax_name=pname.upper())


def o02_cardio_pacemaker(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1938, 1958))
    street, city, dept = g.addr()
    dr = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    rpps, am, tel = make_rpps(r), am_num(r, dept, "1"), phone(r)
    gp, gp_rpps = other(r, pat["last"], dr[1]), make_rpps(r)
    care = workday(r, (2, 9))
    issued = care + D(r.randint(1, 4))
    implant = dt.date(care.year - r.randint(2, 6), r.randint(1, 12), r.randint(1, 28))
    chu_finess = make_finess(r, dept if dept.isdigit() else "20")
    nextc = care + D(r.choice([182, 183, 184]))
    serial = f"PJN{r.randint(100000, 999999)}"
    number = f"{care.year}-{r.randint(1000, 4999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    a1, a2 = 4827, 713
    tot = a1 + a2
    amo = pct(tot, 0.7) - 200
    amc_s = pct(tot, 0.3)
    rest = tot - amo - amc_s

    def p1(p: P):
        p.t(15, 22, f"Docteur {dr[0]} {dr[1]}", "SNB", 15)
        p.t(15, 28, "Cardiologue — Rythmologie — Secteur 1", "SN", 9.5)
        p.t(15, 33, f"{street}, {city} · {tel}", "SN", 9)
        p.t(15, 38, f"RPPS {rpps} · N° AM {am}", "SN", 9)
        p.rect(125, 15, 70, 25, width=0.6)
        p.t(130, 22, "NOTE D'HONORAIRES", "SNB", 11)
        p.t(130, 28.5, f"N° {number}", "SN", 9.5)
        p.t(130, 34.5, f"Date : {sl(issued)}", "SN", 9.5)
        p.t(15, 52, "Patient", "SNB", 10)
        p.t(15, 58, f"{pat['civ']} {pat['last']} {pat['first']}, né(e) le {sl(pat['birth'])}", "SN", 10)
        p.t(15, 64, f"N° de sécurité sociale : {nir_spaced(pat['nir'])}", "SN", 10)
        p.t(15, 70, f"Complémentaire : {mut} — N° AMC {amc}", "SN", 9.5)
        p.t(15, 80, "Contrôle de stimulateur cardiaque double chambre", "SNB", 10)
        p.t(15, 86, f"Implanté le {sl(implant)} au CHU (FINESS {chu_finess}) — boîtier n° de série {serial}", "SN", 9)
        p.t(15, 91.5, f"Adressé par le Dr {gp} (RPPS {gp_rpps}). Longévité estimée de la pile : "
                      f"{r.randint(5, 9)},{r.randint(0, 9)} ans. Seuils stables.", "SN", 9)
        rows = [[sl(care), "DEMP002", "Contrôle et réglage d'un stimulateur cardiaque", "1", num(a1)],
                [sl(care), "DEQP003", "Électrocardiographie (ECG) — association 50 %", "2", num(713)]]
        y = tbl(p, 15, 100, [25, 24, 96, 12, 23], ["Date", "Code", "Acte", "Asso.", "Montant €"], rows, "lllcr",
                "SN", "SNB", 9, 7, 0.9)
        shares([("Total honoraires", money(tot)), ("Part Assurance Maladie (70 % - 2 € de participation)", money(amo)),
                ("Part complémentaire (30 %)", money(amc_s)), ("Reste à charge (participation forfaitaire)", money(rest))],
               p, 70, y + 12, 195, "SN", "SNB", 9.5, 6.5)
        p.t(15, y + 44, f"Prochain contrôle conseillé le {sl(nextc)}. Tiers payant intégral.", "SN", 9)
        p.t(150, y + 62, "Signature", "SN", 9, "c", gray=0.4)
        p.t(105, 285, "Membre d'une association de gestion agréée — règlement par chèque accepté", "SN", 7, "c", gray=0.4)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("cardiologue-pacemaker", [p1], [("invoice", f)], fax_name=f"DR {dr[1]} CARDIO")


def o03_optique_verres(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1960, 1995))
    street, city, dept = g.addr()
    adeli = make_adeli(r, dept if dept.isdigit() else "20", "28")
    siret, tel = make_siret(r), phone(r)
    care = workday(r, (3, 10))
    issued = care
    devis = care - D(r.randint(6, 15))
    old_rx = dt.date(care.year - 2, r.randint(1, 12), r.randint(1, 28))
    prev_eq = dt.date(care.year - 3, r.randint(1, 12), r.randint(1, 28))
    oph, oph_rpps = other(r, pat["last"]), make_rpps(r)
    number = f"OPT-{r.randint(10000, 99999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    lpp_l, lpp_a = "22" + digits(r, 5), "27" + digits(r, 5)
    lens = 3250
    adapt = 1000
    tot = 2 * lens + adapt
    amo = pct(tot, 0.6)
    amc_s = tot - amo
    rest = 0
    shop = r.choice(["Optique des Halles", "Atelier Vision", "Lunetterie du Centre"])
    sph = [f"{r.choice('-+')}{r.randint(1, 4)},{r.choice(['00', '25', '50', '75'])}" for _ in range(2)]

    def p1(p: P):
        p.t(15, 23, shop, "KLB", 20)
        p.t(15, 30, f"Opticien diplômé · {street} · {city} · {tel}", "AV", 9)
        p.t(15, 35, f"N° ADELI {adeli} · SIRET {siret_spaced(siret)}", "AV", 9)
        p.t(195, 23, "FACTURE", "AVB", 16, "r")
        p.t(195, 30, f"n° {number}", "AV", 10, "r")
        p.t(195, 35, f"du {sl(issued)}", "AV", 10, "r")
        p.rect(15, 42, 180, 26, radius=3, width=0.5)
        p.t(19, 49, f"Client : {pat['civ']} {pat['last']} {pat['first']} — né(e) le {sl(pat['birth'])}", "AVB", 10)
        p.t(19, 55, f"N° de sécurité sociale : {nir_spaced(pat['nir'])}", "AV", 9.5)
        p.t(19, 61, f"Mutuelle : {mut} — N° AMC {amc}", "AV", 9.5)
        p.t(15, 77, "RENOUVELLEMENT DES VERRES — monture du client conservée", "AVB", 10.5)
        p.t(15, 83, f"Ordonnance du Dr {oph}, ophtalmologiste (RPPS {oph_rpps}), du {sl(old_rx)} ; dernier équipement "
                    f"délivré le {sl(prev_eq)}.", "AV", 8.5)
        p.t(15, 88, f"Adaptation de la correction par l'opticien : OD {sph[0]} / OG {sph[1]} (acuité contrôlée). "
                    f"Devis accepté le {sl(devis)}.", "AV", 8.5)
        rows = [["Verre unifocal OD — classe A (100 % Santé)", lpp_l, "A", money(lens), money(lens)],
                ["Verre unifocal OG — classe A (100 % Santé)", lpp_l, "A", money(lens), money(lens)],
                ["Prestation d'adaptation de l'ordonnance", lpp_a, "A", money(adapt), money(adapt)]]
        y = tbl(p, 15, 96, [80, 24, 14, 31, 31], ["Désignation", "Code LPP", "Classe", "Prix TTC", "Base LPP"], rows,
                "llcrr", "AV", "AVB", 8.8, 7, 0.9)
        shares([("Total TTC", money(tot)), ("PC Sécu (60 %)", money(amo)), ("PC Mutuelle", money(amc_s)),
                ("RAC", money(rest))], p, 110, y + 12, 195, "AV", "AVB", 10, 6.5)
        p.t(15, y + 12, f"Verres délivrés le {sl(care)}.", "AV", 9)
        p.t(15, y + 18, "Garantie adaptation : 3 mois.", "AV", 9)
        p.t(105, 285, "Offre 100 % Santé : aucun reste à charge sur les équipements de classe A.", "AV", 7.5, "c",
            gray=0.35)

    f = F(adeli=adeli, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("opticien-renouvellement-verres", [p1], [("invoice", f)], fax_name=shop.upper())


def o04_orthoptie_retino(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1950, 1980))
    street, city, dept = g.addr()
    who = (r.choice(FIRST_F), other(r, pat["last"]))
    rpps, am, tel = make_rpps(r), am_num(r, dept, "9"), phone(r)
    gp, gp_rpps = other(r, pat["last"], who[1]), make_rpps(r)
    oph, oph_rpps = other(r, pat["last"], who[1], gp), make_rpps(r)
    care = workday(r, (2, 10))
    issued = care + D(r.randint(1, 3))
    presc = care - D(r.randint(15, 60))
    last = dt.date(care.year - 2, r.randint(1, 12), r.randint(1, 28))
    number = f"{r.randint(100, 999)}/{care.year}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    fee = 2400
    amo = pct(fee, 0.6)
    amc_s, rest = fee - amo, 0

    def p1(p: P):
        p.t(105, 20, f"{who[0]} {who[1]}", "THB", 16, "c")
        p.t(105, 26, "Orthoptiste D.E. — dépistage et rééducation", "TH", 9.5, "c")
        p.t(105, 31, f"{street} — {city} — {tel}", "TH", 9, "c")
        p.t(105, 36, f"RPPS : {rpps}   N° AM : {am}", "TH", 9, "c")
        p.line(30, 40, 180, 40, 0.5)
        p.t(15, 52, f"Facture n° {number}", "THB", 12)
        p.t(195, 52, f"le {dot4(issued)}", "TH", 10.5, "r")
        p.t(15, 64, f"Patient : {pat['last']} {pat['first']}", "THB", 10.5)
        p.t(15, 70, f"Date de naissance : {dot4(pat['birth'])}", "TH", 10)
        p.t(15, 76, f"N° d'immatriculation : {nir_spaced(pat['nir'])}", "TH", 10)
        p.t(120, 64, f"Mutuelle : {mut}", "TH", 9.5)
        p.t(120, 70, f"N° AMC : {amc}", "TH", 9.5)
        p.t(15, 88, f"Dépistage de la rétinopathie diabétique — prescription du Dr {gp} (RPPS {gp_rpps}) du "
                    f"{dot4(presc)}.", "TH", 9)
        p.t(15, 94, f"Diabète de type 2. HbA1c : {r.randint(6, 8)},{r.randint(0, 9)} %. Dernier dépistage : "
                    f"{dot4(last)}.", "TH", 9)
        y = tbl(p, 15, 102, [26, 24, 100, 30], ["Date", "Code", "Acte", "Montant"],
                [[dot4(care), "BGQP140", "Rétinographie en couleur des deux yeux, sans mydriase", money(fee)]],
                "lllr", "TH", "THB", 9, 7, 0.9)
        shares([("Total des honoraires", money(fee)), ("Part Sécurité sociale (60 %)", money(amo)),
                ("Part mutuelle (40 %)", money(amc_s)), ("Reste dû", money(rest))], p, 100, y + 12, 195, "TH", "THB",
               10, 6.5)
        p.t(15, y + 44, f"Clichés transmis pour lecture au Dr {oph}, ophtalmologiste (RPPS {oph_rpps}) ; compte rendu "
                        f"attendu avant le {dot4(care + D(8))}.", "TH", 8.5)
        p.t(15, y + 50, "L'interprétation est facturée séparément par l'ophtalmologiste lecteur.", "TH", 8.5)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=fee, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("orthoptiste-retinographie", [p1], [("invoice", f)], fax_name=f"ORTHOPTIE {who[1]}")


def o05_labo_ist(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1990, 1996))
    street, city, dept = g.addr()
    d2 = dept if dept.isdigit() else "20"
    finess, fin_j = make_finess(r, d2), make_finess(r, d2)
    bio, bio_rpps = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"])), make_rpps(r)
    siret, tel = make_siret(r), phone(r)
    care = workday(r, (2, 10))
    results = care + D(r.randint(2, 3))
    issued = results + D(1)
    dossier = f"{care.strftime('%y%m%d')}-{r.randint(100, 999)}"
    number = f"LB{r.randint(1000000, 9999999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    acts = [("1610", "VIH 1 et 2 : dépistage (Ac + Ag p24)", 50, 1.0),
            ("5301", "Chlamydia trachomatis + N. gonorrhoeae par TAAN", 85, 0.6),
            ("1615", "Syphilis : test tréponémique (TT)", 20, 0.6),
            ("0322", "Hépatite B : antigène HBs", 30, 0.6),
            ("9005", "Forfait de sécurité pour échantillon sanguin", 5, 0.6)]
    rows, tot, amo = [], 0, 0
    for code, lab, b, rate in acts:
        m = b * 25
        a = pct(m, rate)
        tot, amo = tot + m, amo + a
        rows.append([code, lab, f"B {b}", f"{int(rate * 100)} %", num(m), num(a), num(m - a)])
    amc_s, rest = tot - amo, 0
    labname = r.choice(["Biolab", "Laboratoire Bio-Santé", "Cerballiance", "Laborizon"])

    def p1(p: P):
        p.rect(15, 14, 180, 24, fill=0.93, stroke=False)
        p.t(20, 23, labname, "ANB", 16)
        p.t(20, 29, f"Laboratoire de biologie médicale — site de {city_name(city)}", "AN", 9)
        p.t(20, 34, f"{street}, {city} — {tel} — FINESS {finess}", "AN", 8.5)
        p.t(190, 23, "FACTURE", "ANB", 14, "r")
        p.t(190, 29, f"N° {number}", "AN", 9.5, "r")
        p.t(190, 34, f"Éditée le {sl(issued)}", "AN", 9, "r")
        p.t(15, 48, f"Patient(e) : {pat['last']} {pat['first']}", "ANB", 10.5)
        p.t(15, 54, f"Né(e) le {sl(pat['birth'])} — NIR {nir_spaced(pat['nir'])}", "AN", 9.5)
        p.t(15, 60, f"Complémentaire : {mut} — N° AMC {amc}", "AN", 9.5)
        p.t(125, 48, f"Dossier n° {dossier}", "AN", 9.5)
        p.t(125, 54, f"Prélevé le {sl(care)} à {r.randint(7, 11)}h{r.randint(0, 59):02d}", "AN", 9.5)
        p.t(125, 60, f"Résultats le {sl(results)}", "AN", 9.5)
        p.rect(15, 66, 180, 9, width=0.4)
        p.t(18, 72, "Dépistage des IST SANS ORDONNANCE à la demande du patient — VIH pris en charge à 100 %.", "AN", 9)
        y = tbl(p, 15, 82, [14, 80, 16, 12, 19, 19, 20], ["NABM", "Analyse", "Cotation", "Taux", "Montant",
                                                         "Part AMO", "Part AMC"], rows, "llccrrr", "AN", "ANB", 8.2,
                6.6, 0.88)
        shares([("Total", money(tot)), ("Part assurance maladie", money(amo)), ("Part complémentaire", money(amc_s)),
                ("Net à payer par l'assuré", money(rest))], p, 105, y + 12, 195, "AN", "ANB", 10, 6.5)
        p.t(15, y + 44, f"Biologiste responsable : {bio[0]} {bio[1]} (RPPS {bio_rpps}).", "AN", 8.5)
        p.t(15, y + 50, "Valeur de la lettre clé B : 0,25 €.", "AN", 8.5)
        p.line(15, 279, 195, 279, 0.3)
        p.t(105, 284, f"SELAS {labname} — FINESS juridique {fin_j} — SIRET {siret_spaced(siret)}", "AN", 7, "c",
            gray=0.35)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo,
          amc_amount=amc_s, patient_amount=rest, amc_number=amc)
    return Layout("labo-ist-sans-ordonnance", [p1], [("invoice", f)], fax_name=labname.upper())


def o06_dentiste_trauma(g: Gen) -> Layout:
    r = g.rng
    parent = g.person(year=(1980, 1990))
    street, city, dept = g.addr()
    child = r.choice(FIRST_F + FIRST_M)
    cbirth = dt.date(r.randint(2014, 2017), r.randint(1, 12), r.randint(1, 28))
    dr = (r.choice(FIRST_F + FIRST_M), other(r, parent["last"]))
    rpps, am, tel = make_rpps(r), am_num(r, dept, "4"), phone(r)
    care = workday(r, (2, 6))
    acc = care - D(1)
    issued = care + D(r.randint(1, 3))
    vital = care + D(21)
    number = f"NH{care.year}{r.randint(1000, 9999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    acts = [("C", "Consultation", 2300), ("HBQK002", "Radiographie intrabuccale rétroalvéolaire (11, 21)", 1596),
            ("HBMD049", "Restauration d'un angle par matériau composite — dent 11", 9438)]
    tot = sum(a[2] for a in acts)
    amo = pct(tot, 0.6)
    amc_s, rest = tot - amo, 0

    def p1(p: P):
        p.t(15, 21, f"Dr {dr[0]} {dr[1]}", "AB", 15)
        p.t(15, 27, "Chirurgien-dentiste — Omnipratique et pédodontie", "AB", 9.5)
        p.t(15, 32, f"{street} · {city} · {tel}", "AB", 9)
        p.t(15, 37, f"RPPS {rpps} — N° AM {am}", "AB", 9)
        p.t(195, 21, "FACTURE", "AB", 15, "r")
        p.t(195, 28, f"N° {number}", "AB", 10, "r")
        p.t(195, 34, f"Le {sl(issued)}", "AB", 10, "r")
        p.rect(15, 44, 88, 30, width=0.5)
        p.t(18, 50, "ASSURÉ", "AB", 8, gray=0.35)
        p.t(18, 56, f"{parent['civ']} {parent['last']} {parent['first']}", "AB", 10)
        p.t(18, 62, f"N° SS : {nir_spaced(parent['nir'])}", "AB", 9.5)
        p.t(18, 68, f"{mut} — AMC {amc}", "AB", 8.5)
        p.rect(107, 44, 88, 30, width=0.5)
        p.t(110, 50, "BÉNÉFICIAIRE DES SOINS (enfant)", "AB", 8, gray=0.35)
        p.t(110, 56, f"{parent['last']} {child}", "AB", 10.5)
        p.t(110, 62, f"Né(e) le {sl(cbirth)}", "AB", 9.5)
        p.t(110, 68, "Rang : 01", "AB", 9)
        p.rect(15, 79, 180, 9, fill=0.92, width=0.4)
        p.t(18, 85, f"Soins en rapport avec un ACCIDENT : OUI — survenu le {sl(acc)} (chute dans la cour de l'école), "
                    "tiers non responsable", "AB", 8.5)
        rows = [[sl(care), c, lab, money(m)] for c, lab, m in acts]
        y = tbl(p, 15, 95, [25, 24, 101, 30], ["Date", "Code", "Acte", "Honoraires"], rows, "lllr", "AB", "AB", 8.8,
                7, 0.9)
        shares([("Total honoraires", money(tot)), ("Part Assurance Maladie (60 %)", money(amo)),
                ("Part complémentaire (40 %)", money(amc_s)), ("Reste à la charge de la famille", money(rest))],
               p, 95, y + 12, 195, "AB", "AB", 9.8, 6.5)
        p.t(15, y + 44, f"Fracture amélaire et dentinaire de la 11 sans exposition pulpaire. Test de vitalité à "
                        f"prévoir le {sl(vital)}.", "AB", 8.5)
        p.t(15, y + 50, "Mineur : pas de participation forfaitaire. Tiers payant AMO et AMC.", "AB", 8.5)

    f = F(rpps=rpps, nir=parent["nir"], patient_name=f"{parent['last']} {child}", patient_birth_date=cbirth,
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo,
          amc_amount=amc_s, patient_amount=rest, amc_number=amc)
    return Layout("dentiste-traumatisme-enfant", [p1], [("invoice", f)], fax_name=f"DR {dr[1]} DENTISTE")


def o07_orl_cerumen(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1945, 1975))
    street, city, dept = g.addr()
    dr = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    rpps, am, tel = make_rpps(r), am_num(r, dept, "1"), phone(r)
    care = workday(r, (2, 10))
    issued = care + D(r.randint(1, 5))
    letter = care - D(r.randint(10, 30))
    rdv = care + D(r.randint(60, 120))
    number = f"ORL{care.year % 100}-{r.randint(1000, 9999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    b1, da1, b2 = 3840, 1200, 1440
    tot = b1 + da1 + b2
    base = b1 + b2
    amo = pct(base, 0.7) - 200
    amc_s = pct(base, 0.3) + 800
    rest = tot - amo - amc_s
    thr = [r.choice([20, 25, 30, 35, 40]) for _ in range(4)]

    def p1(p: P):
        p.t(15, 21, f"Docteur {dr[0]} {dr[1]}", "LX", 15)
        p.t(15, 27, "Oto-rhino-laryngologiste — Secteur 2 OPTAM", "LX", 9.5)
        p.t(15, 32, f"{street}, {city} — {tel}", "LX", 9)
        p.t(15, 37, f"N° RPPS {rpps} — N° AM {am}", "LX", 9)
        p.t(195, 21, "Note d'honoraires", "LX", 14, "r")
        p.t(195, 28, f"N° {number}", "LX", 10, "r")
        p.t(195, 34, f"Date : {sl2(issued)}", "LX", 10, "r")
        p.line(15, 41, 195, 41, 0.8)
        p.t(15, 50, f"Patient : {pat['civ']} {pat['last']} {pat['first']}", "LX", 10.5)
        p.t(15, 56, f"Date de naissance : {sl2(pat['birth'])}    N° SS : {nir_spaced(pat['nir'])}", "LX", 9.5)
        p.t(15, 62, f"Mutuelle : {mut} (N° AMC {amc})", "LX", 9.5)
        p.t(15, 72, f"Adressé par son médecin traitant (courrier du {sl2(letter)}) pour hypoacousie bilatérale.", "LX",
            9)
        rows = [[sl2(care), "CAGD001", "Ablation de bouchon de cérumen, bilatérale", num(b1), num(da1), num(b1 + da1)],
                [sl2(care), "CDQP010", "Audiométrie tonale et vocale (50 %)", num(b2), "0,00", num(b2)]]
        y = tbl(p, 15, 80, [20, 22, 78, 20, 18, 22], ["Date", "Code", "Acte", "Base", "DA", "Total"], rows, "lllrrr",
                "LX", "LX", 8.6, 7, 0.88)
        shares([("Montant total (€)", num(tot)), ("Part AMO (70 % de la base - 2,00)", num(amo)),
                ("Part AMC (ticket modérateur + 8,00 de DA)", num(amc_s)), ("Reste à charge", num(rest))],
               p, 85, y + 12, 195, "LX", "LX", 9.8, 6.5)
        p.t(15, y + 44, f"Audiogramme après ablation : OD {thr[0]} dB / OG {thr[1]} dB (500-2000 Hz) ; "
                        f"{thr[2]} dB et {thr[3]} dB à 4000 Hz.", "LX", 8.5)
        p.t(15, y + 50, f"Contrôle prévu le {sl2(rdv)}.", "LX", 8.5)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("orl-cerumen-audiometrie", [p1], [("invoice", f)], fax_name=f"DR {dr[1]} ORL")


def o08_kine_ordonnance(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1975, 2003))
    street, city, dept = g.addr()
    kine = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    rpps, am, tel = make_rpps(r), am_num(r, dept, "7"), phone(r)
    doc = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"], kine[1]))
    doc_rpps, doc_am = make_rpps(r), am_num(r, dept, "1")
    first = workday(r, (2, 8))
    while first.weekday() not in (1, 3):
        first += D(1)
    sessions = [first]
    while len(sessions) < 10:
        d = sessions[-1] + D(1)
        while d.weekday() not in (1, 3):
            d += D(1)
        sessions.append(d)
    issued = sessions[-1] + D(r.randint(1, 3))
    presc = first - D(r.randint(3, 10))
    number = f"{issued.year}{issued.month:02d}{r.randint(10, 99)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    fee = 1613
    tot = fee * len(sessions)
    amo = pct(tot, 0.6)
    amc_s, rest = tot - amo, 0

    def p1(p: P):
        p.t(15, 20, f"{kine[0]} {kine[1]}", "KBB", 15)
        p.t(15, 27, "Masseur-kinésithérapeute — rééducation du sportif", "KB", 9)
        p.t(15, 32, f"{street} — {city} — {tel}", "KB", 9)
        p.t(15, 37, f"RPPS {rpps} — N° AM {am}", "KB", 9)
        p.t(195, 20, "FACTURE", "KBB", 15, "r")
        p.t(195, 27, f"N° {number}", "KB", 10, "r")
        p.t(195, 33, f"Établie le {sl(issued)}", "KB", 9.5, "r")
        p.line(15, 41, 195, 41, 0.5)
        p.t(15, 50, f"Patient : {pat['civ']} {pat['last']} {pat['first']} — né(e) le {sl(pat['birth'])}", "KBB", 10)
        p.t(15, 56, f"N° de sécurité sociale : {nir_spaced(pat['nir'])}", "KB", 9.5)
        p.t(15, 62, f"Organisme complémentaire : {mut} — N° AMC {amc}", "KB", 9.5)
        p.t(15, 69, "Rééducation de la cheville droite après entorse — 10 séances (ordonnance jointe).", "KB", 9)
        rows = [[str(i + 1), sl(d), "AMK 7,5", money(fee)] for i, d in enumerate(sessions)]
        tbl(p, 15, 76, [12, 34, 30, 30], ["N°", "Date", "Cotation", "Montant"], rows, "clcr", "KB", "KBB", 9, 6.3,
            0.9)
        p.rect(122, 170, 73, 34, width=0.6)
        shares([("Total", money(tot)), ("Part AMO (60 %)", money(amo)), ("Part AMC (40 %)", money(amc_s)),
                ("Reste à régler", money(rest))], p, 125, 178, 192, "KB", "KBB", 10, 7)
        p.t(158, 222, "Cachet et signature", "KB", 8.5, "c", gray=0.4)
        # the ordonnance lying on top of the invoice on the scanner glass (drawn last, over blank paper)
        q = Rot(p, 14, 168, -6.5)
        q.rect(1.5, 1.5, 98, 118, fill=0.72, stroke=False)
        q.rect(0, 0, 98, 118, fill=1.0, width=0.3, gray=0.6)
        q.t(6, 10, f"Docteur {doc[0]} {doc[1]}", "OR", 11)
        q.t(6, 15, "Médecine du sport — Traumatologie", "OR", 7.5)
        q.t(6, 19.5, f"RPPS {doc_rpps} · N° AM {doc_am}", "OR", 7.5)
        q.t(6, 24, f"{city}", "OR", 7.5)
        q.line(6, 27, 92, 27, 0.3)
        q.t(92, 34, f"le {sl(presc)}", "OR", 8.5, "r")
        q.t(6, 44, f"{pat['civ']} {pat['first']} {pat['last']}", "OR", 9.5)
        q.t(6, 56, "Kinésithérapie :", "OR", 9)
        q.t(6, 62, "10 séances de rééducation de la cheville D", "OR", 8.5)
        q.t(6, 67, "(entorse du ligament latéral externe).", "OR", 8.5)
        q.t(6, 72, "Proprioception, renforcement des fibulaires.", "OR", 8.5)
        q.t(6, 77, "À faire au cabinet.", "OR", 8.5)
        q.t(60, 98, "Signature", "OR", 8, gray=0.4)
        q.line(50, 104, 90, 101, 0.7, 0.15)
        q.done()

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=first, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("kine-ordonnance-posee-dessus", [p1], [("invoice", f)], fax_name=f"KINE {kine[1]}")


def o09_ch_etiquette(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1955, 1985))
    street, city, dept = g.addr()
    d2 = dept if dept.isdigit() else "20"
    finess, fin_j = make_finess(r, d2), make_finess(r, d2)
    ph, ph_rpps = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"])), make_rpps(r)
    care = workday(r, (2, 10))
    issued = care + D(r.randint(3, 10))
    ipp, venue = f"{r.randint(10000000, 99999999)}", f"{care.year % 100}{r.randint(1000000, 9999999)}"
    number = f"{care.year}/{r.randint(100000, 999999)}"
    titre = f"T{r.randint(10000, 99999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    rdv = care + D(r.randint(90, 180))
    cs, echo = 3000, 3780
    tot = cs + echo
    amo = pct(tot, 0.7) - 200
    amc_s = pct(tot, 0.3)
    rest = tot - amo - amc_s
    sx = "F" if pat["sex"] == 2 else "M"
    bars = [r.choice([0.25, 0.35, 0.5, 0.7]) for _ in range(46)]
    chname = f"Centre hospitalier de {city_name(city)}"

    def p1(p: P):
        p.t(15, 20, chname, "DM", 14)
        p.t(15, 26, "Consultations et actes externes — Endocrinologie, diabétologie", "DM", 9)
        p.t(15, 31, f"{street}, {city} — FINESS {finess}", "DM", 8.5)
        p.t(195, 20, "FACTURE", "DM", 14, "r")
        p.t(195, 26, f"N° {number}", "DM", 9.5, "r")
        p.t(195, 31, f"Émise le {sl(issued)}", "DM", 9, "r")
        p.line(15, 35, 195, 35, 0.6)
        p.rect(15, 40, 88, 42, width=0.5)
        p.t(18, 45, "ÉTIQUETTE PATIENT", "DM", 7, gray=0.4)
        p.rect(107, 40, 88, 42, width=0.5)
        p.t(110, 46, "Nom : ..........................................", "DM", 8.5, gray=0.3)
        p.t(110, 53, "Prénom : .....................................", "DM", 8.5, gray=0.3)
        p.t(110, 60, "Né(e) le : ...... / ...... / ..........", "DM", 8.5, gray=0.3)
        p.t(110, 67, "N° SS : ........................................", "DM", 8.5, gray=0.3)
        p.t(110, 76, f"Organisme complémentaire : {mut}", "DM", 8.5)
        p.t(110, 80.5, f"N° AMC : {amc}", "DM", 8.5)
        p.t(15, 92, f"Consultation du {sl(care)} — Dr {ph[0]} {ph[1]}, praticien hospitalier (RPPS {ph_rpps})", "DM",
            9)
        rows = [[sl(care), "CS", "Consultation spécialisée", money(cs)],
                [sl(care), "KCQM001", "Échographie de la glande thyroïde", money(echo)]]
        y = tbl(p, 15, 98, [26, 24, 100, 30], ["Date", "Code", "Libellé", "Montant"], rows, "lllr", "DM", "DM", 9, 7,
                0.9)
        shares([("Montant total", money(tot)), ("Part assurance maladie (70 % - 2 €)", money(amo)),
                ("Part organisme complémentaire (30 %)", money(amc_s)), ("Participation forfaitaire à régler",
                                                                         money(rest))],
               p, 85, y + 12, 195, "DM", "DM", 9.8, 6.5)
        p.t(15, y + 44, f"TSH : {r.randint(1, 4)},{r.randint(10, 99)} mUI/L. Prochain rendez-vous : {sl(rdv)}.", "DM",
            8.5)
        p.t(15, y + 50, f"Titre de recette {titre} — à régler à la caisse de l'hôpital ou en ligne.", "DM", 8.5)
        p.line(15, 279, 195, 279, 0.3)
        p.t(105, 284, f"{chname} — établissement public de santé — FINESS juridique {fin_j}", "DM", 7, "c",
            gray=0.35)
        # the patient label, glued askew in the label box
        q = Rot(p, 20, 50, 1.6)
        q.rect(0.8, 0.8, 78, 28, fill=0.75, stroke=False)
        q.rect(0, 0, 78, 28, fill=1.0, width=0.25, gray=0.55)
        q.t(3, 5.5, f"{pat['last']} {pat['first']}", "PX", 9.5)
        q.t(3, 10, f"Né(e) le {sl(pat['birth'])}   {sx}", "PX", 8)
        q.t(3, 14.5, f"NIR {nir_spaced(pat['nir'])}", "PX", 8)
        q.t(3, 19, f"IPP {ipp}  Venue {venue}", "PX", 7.5)
        x = 3.0
        for w in bars:
            q.rect(x, 21, w * 0.55, 5.5, fill=0, stroke=False)
            x += w * 0.55 + 0.45
        q.t(76, 25, "UF 4205", "PX", 6.5, "r")
        q.done()

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo,
          amc_amount=amc_s, patient_amount=rest, amc_number=amc)
    return Layout("hopital-etiquette-patient", [p1], [("invoice", f)], fax_name="CH CONSULT EXTERNES")


def o10_idel_insuline(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1935, 1955))
    street, city, dept = g.addr()
    nurse = (r.choice(FIRST_F), other(r, pat["last"]))
    adeli, tel = make_adeli(r, dept if dept.isdigit() else "20", "60"), phone(r)
    gp, gp_rpps = other(r, pat["last"], nurse[1]), make_rpps(r)
    first = dt.date(2025, r.randint(2, 9), r.randint(1, 12))
    days = [first + D(i) for i in range(14)]
    issued = days[-1] + D(r.randint(1, 3))
    presc = first - D(r.randint(2, 6))
    number = f"IDE-{issued.year}-{r.randint(100, 999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    ami, ifd = 315, 275
    daily = 2 * (ami + ifd)
    tot = daily * len(days)
    amo = pct(tot, 0.6)
    amc_s, rest = tot - amo, 0
    rows = [[sl(d), "AMI 1 + IFD", "AMI 1 + IFD", num(daily)] for d in days]
    sub1 = daily * 8

    def head(p: P, page: int):
        p.t(15, 20, f"{nurse[0]} {nurse[1]}", "BEB", 15)
        p.t(15, 26, "Infirmière diplômée d'État — soins à domicile", "LO", 9)
        p.t(15, 31, f"{street}, {city} · {tel}", "LO", 8.5)
        p.t(15, 36, f"N° ADELI {adeli}", "LO", 8.5)
        p.t(195, 20, "RELEVÉ DE SOINS — FACTURE", "BEB", 12, "r")
        p.t(195, 26, f"N° {number}", "LO", 9.5, "r")
        p.t(195, 31, f"du {sl(issued)}", "LO", 9.5, "r")
        p.t(195, 36, f"page {page}/2", "LO", 8.5, "r")
        p.line(15, 40, 195, 40, 0.5)

    def p1(p: P):
        head(p, 1)
        p.t(15, 49, f"Patient : {pat['civ']} {pat['last']} {pat['first']}, né(e) le {sl(pat['birth'])}", "LO", 10)
        p.t(15, 55, f"N° SS : {nir_spaced(pat['nir'])}", "LO", 9.5)
        p.t(15, 61, f"Mutuelle : {mut} — N° AMC {amc}", "LO", 9.5)
        p.t(15, 70, f"Prescription du Dr {gp} (RPPS {gp_rpps}) du {sl(presc)} : injection d'insuline matin et soir,",
            "LO", 8.8)
        p.t(15, 75, "surveillance glycémique, pendant 14 jours, à domicile.", "LO", 8.8)
        y = tbl(p, 15, 82, [30, 45, 45, 30], ["Date", "Matin", "Soir", "Montant €"], rows[:8], "lllr", "LO", "LO", 9,
                7, 0.9)
        p.t(15, y + 8, "À reporter", "LO", 10)
        p.t(165, y + 8, num(sub1), "LO", 10, "r")
        p.t(15, y + 20, f"AMI 1 = {num(ami)} € ; IFD = {num(ifd)} € par passage.", "LO", 8.5)

    def p2(p: P):
        c = p.c
        c.saveState()
        c.translate(p.w, p.h)
        c.rotate(180)
        head(p, 2)
        p.t(15, 50, "Report page 1", "LO", 10)
        p.t(165, 50, num(sub1), "LO", 10, "r")
        y = tbl(p, 15, 56, [30, 45, 45, 30], ["Date", "Matin", "Soir", "Montant €"], rows[8:], "lllr", "LO", "LO", 9,
                7, 0.9)
        shares([("Total des soins", money(tot)), ("Part assurance maladie (60 %)", money(amo)),
                ("Part complémentaire (40 %)", money(amc_s)), ("Reste à charge", money(rest))],
               p, 90, y + 12, 195, "LO", "LO", 10, 6.8)
        p.t(15, y + 46, "Tiers payant AMO + AMC. Feuille de surveillance glycémique laissée au domicile.", "LO", 8.5)
        p.t(150, y + 62, "Signature", "LO", 9, "c", gray=0.4)
        c.restoreState()

    f = F(adeli=adeli, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=first, total_amount=tot, amo_amount=amo,
          amc_amount=amc_s, patient_amount=rest, amc_number=amc)
    return Layout("infirmiere-insuline-page2-inversee", [p1, p2], [("invoice", f)], fax_name=f"IDE {nurse[1]}")


LAYOUTS = [o01_pharma_trod, o02_cardio_pacemaker, o03_optique_verres, o04_orthoptie_retino, o05_labo_ist,
           o06_dentiste_trauma, o07_orl_cerumen, o08_kine_ordonnance, o09_ch_etiquette, o10_idel_insuline]


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


def text_pdf30(lay: Layout) -> bytes:
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
    ap.add_argument("--out", default="documents30")
    ap.add_argument("--seed", type=int, default=301)
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
        stem = f"o1{slot:02d}"
        pdf = text_pdf30(L)
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
