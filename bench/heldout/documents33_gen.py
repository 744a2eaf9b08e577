"""cd bench/heldout && ../../.venv/bin/python documents33_gen.py --out documents33 --seed 331

Thirty-third blind held-out layout set: ten French tiers-payant documents of everyday practice, each rendered five
ways.

Written blind (without reading parsers/, classifiers/, intake/, workers/, tests/, any bench/*.py other than this
set's allowed sources: DOMAIN.md, the held-out README, documents32_gen.py in full (its helpers, P page class, Rot
group, check() and main() copied here; like set 32 it imports set 4's and set 6's helpers, used but not read: their
signatures only), the module docstrings of documents10_gen.py .. documents32_gen.py, one set-30 truth file and
verify_printed.py; never any rendered held-out set, output or score), in designs not used by sets 1 to 32.
REALISTIC: seven ordinary documents and three harder ones (8, 9, 10) that a clerk still reads.
  1. pharmacie d'officine (FINESS) ORAL NUTRITIONAL SUPPLEMENTS (CNO) for an undernourished elderly patient in
     Keraleeyam with a Dyuthi shop name: LPP lines per flavour with quantity x unit price, two deliveries on one
     invoice (care date = the first delivery), DASHED dates ('05-08-2025'), the GP's RPPS, the prescription date,
     the end of the treatment, N° AM and SIRET as distractors, 'Montant TTC / Remboursement AMO / Remboursement AMC
     / Votre participation';
  2. pneumologue secteur 1 (RPPS) BRONCHOSCOPY (GEQE007) in Dyuthi whose identity (name, RPPS, N° AM, address)
     is printed ONLY in a FOOTER band; the referring GP's RPPS and the chest CT date as distractors, 70 % / 30 %,
     'Montant dû / Pris en charge AMO / Pris en charge AMC / Solde patient';
  3. chirurgien-dentiste (RPPS) CERAMIC-METAL CROWN on tooth 14 at a 'reste à charge maîtrisé' price in cwTeX Ming:
     ZERO-PADDED long dates ('07 août 2025'), the devis number, its date and acceptance date as distractors, the
     shares in ONE HORIZONTAL BAND 'Honoraires | Base de remboursement | Remboursement AMO | Prise en charge AMC |
     Reste à charge' (the base is a distractor amount);
  4. chirurgien viscéral et digestif secteur 2 OPTAM (RPPS) SLEEVE GASTRECTOMY (HFFC018) billed by the CLINIC'S
     BILLING OFFICE 'pour le compte du Dr ...' in UKIJ Tuz with UKIJ Tor headings: the clinic's FINESS and SIRET,
     the anaesthetist's RPPS, the pre-operative consultation and the discharge date as distractors, the 24 EUR
     participation forfaitaire in the AMC share, base + DA;
  5. sage-femme (RPPS) two POST-NATAL HOME VISITS to the mother after discharge (PRADO) in Tibetan Machine Uni:
     assurance maternité 100 %, amounts with the euro sign FIRST ('€ 49,70'), the baby's first name and birth date
     and the maternity discharge date as distractors;
  6. chirurgien orthopédiste pédiatrique secteur 1 (RPPS) closed reduction + cast of a CHILD's wrist fracture in
     cwTeX Yen: the child and the insured mother's NIR, dd.mm.yyyy dates, the fall on the previous day (accident
     box) and the cast-removal appointment as distractors, 70 % / 30 %;
  7. laboratoire de biologie médicale (FINESS) 13C-UREA BREATH TEST (Helicobacter pylori) in Lexi Saebom with Tlwg
     Typist codes (no euro sign: 'EUR'): UPPERCASE small labels, a 'N° de dossier' beside the 'Facture n°', the
     sampling time, the validation date, the biologist's and the gastroenterologist's RPPS as distractors;
  8. HARDER - dermatologue secteur 1 (RPPS) CRYOTHERAPY of actinic keratoses in Tlwg Typo (EUR) on a sheet FOLDED
     IN THREE for a window envelope and flattened again: two crease shadows run through the patient block and the
     shares, and the top right corner is DOG-EARED (folded over, the back of the paper showing);
  9. HARDER - médecin généraliste secteur 1 (RPPS) home visit (G + MD) printed on the GP's ORDONNANCE SÉCURISÉE
     paper (Washra / Jiret, EUR): a pale blue GUILLOCHE pattern behind all the text, a microprint border, the
     pre-printed 'carré' for the number of drugs and the paper's lot number as distractors;
 10. HARDER - orthoptiste (RPPS) bilan + six convergence-training sessions in UKIJ Ekran from an INKJET printer with
     CLOGGED NOZZLES: thin white horizontal gaps repeat in every print-head pass across the whole page (every line,
     every digit is cut by one or two gaps), the header and notes print greyish; the ophthalmologist's RPPS and prescription date
     as distractors.

Fonts (Debian packages, all TrueType with glyf outlines, embedded by reportlab): fonts-smc-keraleeyam (Keraleeyam),
fonts-smc-dyuthi (Dyuthi), fonts-cwtex-ming (cwTeX Ming),
fonts-ukij-uyghur (UKIJ Tuz, UKIJ Tor, UKIJ Ekran: their hyphen and dashes sit low, near the baseline, so no value
printed in them holds one and their separators are middle dots), fonts-tibetan-machine (Tibetan Machine Uni), fonts-cwtex-yen
(cwTeX Yen), fonts-lexi-saebom (Lexi Saebom: no euro sign), fonts-tlwg-typist-ttf (Tlwg Typist, Bold: no euro
sign), fonts-tlwg-typo-ttf (Tlwg Typo, Bold: no euro sign), fonts-senamirmir-washra (Washra Bold, Jiret: no euro
sign). Every drawn string is checked against its font's character map. Tried and dropped: B612, Cabin, Comic Neue,
Courier Prime, Roboto Slab, Allerta, Arapey, Jura, Sora, Lemonada, M+, Manjari, Chilanka, Gayathri, Dancing Script,
Kaushan Script, Yanone Kaffeesatz, Quattrocento, Dosis, League Spartan (Debian ships them as CFF .otf only,
reportlab cannot embed them), Akatab (odd comma), Shimenkan (word space a ninth of an em: words run together), cwTeX HeiB (broken advance widths, blank degree sign), Nanum Gothic
Eco (ink-saving holes, prints grey), Kiloji and Kouzan Mouhitsu (blank accented letters). The fax header of the fax
renderings is set 4's (DejaVu Sans Mono, fonts-dejavu-core). Needs reportlab, pypdfium2, python-stdnum, numpy and
Pillow.

Every identifier is checksum-valid (distractors too): RPPS Luhn, ADELI / FINESS Luhn, SIRET Luhn, NIR key (mod 97,
2A -> 19, 2B -> 18) with sex 1/2 and a month 01-12. Amounts add up (check()). The care date differs from the
prescription and birth dates. All random values are drawn before drawing, so the page callables are pure.
verify_printed.py reports design 1's care and invoice dates missing: it does not look for dashed dates.

Renderings, for every layout: <id>.text.pdf (real text layer), <id>.scan.pdf (image-only), <id>.photo.jpg (phone
photo), <id>.fax-fine.tif (G4, 204x196), <id>.fax-normal.tif (G3, 204x98). File ids are neutral: ad101..ad110 (the
order of the files is not the order above). Each file gets <file>.json ground truth (same format as sets 4-32).

Ground-truth conventions (as earlier sets and DOMAIN.md): care_date = first day of care for a series;
rpps/adeli/finess = the invoicer only; amc_number = the complementary insurer's number, never the adherent number;
patient_name = 'LASTNAME Firstname' with accents as printed (for a child, the child; nir = the printed insured
parent's); a field not printed is omitted. Written by an examiner who never read the product code.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import math
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
                            fax_tiff, iban, make_adeli, make_finess, make_rpps, make_siret, nir_spaced, phone,
                            scan_pdf, siret_spaced)
from documents6_gen import photo6

TT = Path("/usr/share/fonts/truetype")
FONTS = {
    "KE": (TT / "malayalam/Keraleeyam-Regular.ttf", None),
    "DY": (TT / "malayalam/Dyuthi-Regular.ttf", None),
    "CM": (TT / "cwtex/cwming.ttf", None),
    "UT": (TT / "fonts-ukij-uyghur/UKIJTuz.ttf", None),
    "UTB": (TT / "fonts-ukij-uyghur/UKIJTor.ttf", None),
    "UE": (TT / "fonts-ukij-uyghur/UKIJEkran.ttf", None),
    "TM": (TT / "tibetan-machine/TibetanMachineUni.ttf", None),
    "CY": (TT / "cwtex/cwyen.ttf", None),
    "LX": (TT / "lexi/LexiSaebomR.ttf", None),
    "TY": (TT / "tlwg/TlwgTypist.ttf", None),
    "TYB": (TT / "tlwg/TlwgTypist-Bold.ttf", None),
    "TP": (TT / "tlwg/TlwgTypo.ttf", None),
    "TPB": (TT / "tlwg/TlwgTypo-Bold.ttf", None),
    "WB": (TT / "fonts-senamirmir-washra/washrab.ttf", None),
    "JR": (TT / "fonts-senamirmir-washra/jiret.ttf", None),
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
NNB = "\u202f"
JAB = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MAB = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


def dot2(d: dt.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"


def iso(d: dt.date) -> str:
    return d.isoformat()


def abbr(d: dt.date) -> str:
    return f"{d.day} {MAB[d.month - 1]} {d.year}"


def wsl(d: dt.date) -> str:
    return f"{JAB[d.weekday()]} {sl(d)}"


def nn(c: int) -> str:
    return eur(c, "plain", NNB) + NNB + "€"


def pre(c: int) -> str:
    return eur(c, "pre", NBSP)


def d2of(dept: str) -> str:
    return dept if dept.isdigit() else "20"


def alpha_rect(p: P, x, y, w, h, rgb, a):
    c = p.c
    c.saveState()
    c.setFillColorRGB(*rgb)
    c.setFillAlpha(a)
    c.rect(x * mm, p.h - (y + h) * mm, w * mm, h * mm, stroke=0, fill=1)
    c.restoreState()




# ------------------------------------------------------------------------------------------------- set 33
def dash(d: dt.date) -> str:
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def longz(d: dt.date) -> str:
    return f"{d.day:02d} {MOIS[d.month - 1]} {d.year}"


def d01_pharma_cno(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1931, 1945))
    street, city, dept = g.addr()
    d2 = d2of(dept)
    finess, am, siret, tel = make_finess(r, d2), am_num(r, dept, "2"), make_siret(r), phone(r)
    titular = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    gp, gp_rpps = other(r, pat["last"], titular[1]), make_rpps(r)
    care = workday(r, (2, 9))
    presc = care - D(r.randint(1, 4))
    second = care + D(15)
    end = care + D(29)
    issued = second
    number = f"F{r.randint(10, 99)}-{r.randint(100000, 999999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    l1, l2, l3 = "1" + digits(r, 6), "1" + digits(r, 6), "1" + digits(r, 6)
    unit, gel = 948, 610
    q1, q2, q3 = 8, 7, 3
    tot = q1 * unit + q2 * unit + q3 * gel
    amo = pct(tot, 0.6)
    amc_s, rest = tot - amo, 0
    shop = f"Pharmacie {r.choice(['des Tilleuls', 'du Marché', 'de l’Abbaye', 'Centrale'])}"

    def p1(p: P):
        p.rect(15, 14, 180, 30, fill=0.94, stroke=False)
        p.t(20, 25, shop, "DY", 18)
        p.t(20, 32, f"{street} — {city} — Tél. {tel}", "KE", 9.5)
        p.t(20, 38, f"FINESS {finess}    N° AM {am}    Titulaire : {titular[0]} {titular[1]}", "KE", 9.5)
        p.t(190, 25, "FACTURE", "DY", 14, "r")
        p.t(15, 56, "Facture n°", "KE", 10)
        p.t(45, 56, number, "KE", 10.5)
        p.t(15, 62, "Date", "KE", 10)
        p.t(45, 62, dash(issued), "KE", 10.5)
        p.t(110, 56, f"{pat['civ']} {pat['last']} {pat['first']}", "KE", 10.5)
        p.t(110, 62, f"Né(e) le {sl(pat['birth'])}", "KE", 10)
        p.t(110, 68, f"N° SS {nir_spaced(pat['nir'])}", "KE", 10)
        p.t(110, 74, f"AMC : {mut} — n° {amc}", "KE", 10)
        p.t(15, 86, f"Ordonnance du Dr {gp}, médecin généraliste (RPPS {gp_rpps}), datée du {dash(presc)} :", "KE", 9.3)
        p.t(15, 91, f"compléments nutritionnels oraux, 2 par jour pendant 1 mois (fin de traitement le {dash(end)}).",
            "KE", 9.3)
        rows = [[dash(care), l1, "CNO hyperprotéiné hypercalorique 4 x 200 ml, vanille", str(q1), num(unit),
                 num(q1 * unit)],
                [dash(second), l2, "CNO hyperprotéiné hypercalorique 4 x 200 ml, chocolat", str(q2), num(unit),
                 num(q2 * unit)],
                [dash(care), l3, "Eau gélifiée sucrée 4 x 125 g, grenadine", str(q3), num(gel), num(q3 * gel)]]
        y = tbl(p, 15, 98, [22, 18, 88, 10, 20, 22], ["Délivré le", "Code LPP", "Désignation", "Qté", "P.U.",
                                                     "Montant"], rows, "lllcrr", "KE", "DY",
                8.4, 7, 0.9)
        p.t(15, y + 5, "Montants en euros TTC, prix de vente = tarif LPP.", "KE", 8.5, gray=0.35)
        shares([("Montant TTC", money(tot)), ("Remboursement AMO (60 %)", money(amo)),
                ("Remboursement AMC (40 %)", money(amc_s)), ("Votre participation", money(rest))],
               p, 110, y + 16, 195, "KE", "DY", 10, 6.6)
        p.t(15, y + 48, f"Délivrances : {dash(care)} (1re) et {dash(second)} (2e). Tiers payant AMO + AMC.", "KE", 9)
        p.line(15, 280, 195, 280, 0.3)
        p.t(105, 285, f"{shop} — SELARL — SIRET {siret} — Membre d'une AGA acceptant les règlements par chèque",
            "KE", 7.3, "c", gray=0.35)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo,
          amc_amount=amc_s, patient_amount=rest, amc_number=amc)
    return Layout("pharmacie-complements-nutritionnels", [p1], [("invoice", f)], fax_name="PHARMACIE")


def d02_pneumo_fibro(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1945, 1975))
    street, city, dept = g.addr()
    doc = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    rpps, am, tel = make_rpps(r), am_num(r, dept, "1"), phone(r)
    gp, gp_rpps = other(r, pat["last"], doc[1]), make_rpps(r)
    care = workday(r, (2, 10))
    ct = care - D(r.randint(8, 20))
    issued = nxt(care, r.randint(1, 3))
    number = f"{issued.year % 100:02d}{issued.month:02d}-{r.randint(100, 999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    act = 11142
    tot = act
    amo = pct(tot, 0.7)
    amc_s, rest = tot - amo, 0

    def p1(p: P):
        p.t(20, 26, "NOTE D'HONORAIRES", "DY", 17)
        p.t(20, 33, "Endoscopie bronchique — plateau technique d'endoscopie", "DY", 10, gray=0.3)
        p.rect(130, 18, 65, 20, width=0.5)
        p.t(134, 25, "N° de note", "DY", 8.5, gray=0.35)
        p.t(191, 25, number, "DY", 10.5, "r")
        p.t(134, 33, "Établie le", "DY", 8.5, gray=0.35)
        p.t(191, 33, sl(issued), "DY", 10.5, "r")
        p.t(20, 52, "Patient", "DY", 10)
        p.t(20, 58, f"{pat['last']} {pat['first']}", "DY", 10.5)
        p.t(20, 64, f"Date de naissance : {sl(pat['birth'])}", "DY", 10)
        p.t(20, 70, f"NIR : {nir_spaced(pat['nir'])}", "DY", 10)
        p.t(120, 52, "Organisme complémentaire", "DY", 10)
        p.t(120, 58, mut, "DY", 10)
        p.t(120, 64, f"N° AMC : {amc}", "DY", 10)
        p.t(20, 82, f"Adressé par le Dr {gp}, médecin traitant (RPPS {gp_rpps}), pour bilan d'une opacité vue au "
            f"scanner thoracique du {sl(ct)}.", "DY", 9)
        rows = [[sl(care), "GEQE007", "Endoscopie trachéobronchique par voie naturelle, avec lavage", "1",
                 money(act)]]
        y = tbl(p, 20, 90, [24, 22, 96, 10, 24], ["Date de l'acte", "Code CCAM", "Libellé", "Act.", "Honoraires"],
                rows, "lllcr", "DY", "DY", 8.6, 7.5, 0.9)
        shares([("Montant dû", money(tot)), ("Pris en charge AMO (70 %)", money(amo)),
                ("Pris en charge AMC (30 %)", money(amc_s)), ("Solde patient", money(rest))],
               p, 110, y + 14, 196, "DY", "DY", 10, 6.8)
        p.t(20, y + 50, "Acte réalisé sous anesthésie locale. Tiers payant intégral.", "DY", 9)
        p.t(20, y + 55, "Le compte rendu a été remis au patient et adressé au médecin traitant.", "DY", 9)
        p.rect(0, 262, 210, 35, fill=0.9, stroke=False)
        p.t(105, 272, f"Docteur {doc[0]} {doc[1]}", "DY", 11.5, "c")
        p.t(105, 278, "Pneumologue — Allergologie respiratoire — Ancien interne des hôpitaux", "DY", 8.8, "c")
        p.t(105, 283.5, f"{street} · {city} · {tel}", "DY", 8.8, "c")
        p.t(105, 289, f"Conventionné secteur 1 · RPPS {rpps} · N° AM {am}", "DY", 8.8, "c")

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("pneumologue-fibroscopie-pied-de-page", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def d03_dentiste_couronne(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1955, 1990))
    street, city, dept = g.addr()
    den = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    rpps, am, tel, siret = make_rpps(r), am_num(r, dept, "4"), phone(r), make_siret(r)
    care = dt.date(2025, r.randint(3, 10), r.randint(1, 9))
    while care.weekday() >= 5:
        care += D(1)
    devis_d = care - D(r.randint(30, 45))
    accept = devis_d + D(r.randint(3, 9))
    issued = care
    number = f"{r.randint(2, 9)}{r.randint(1000, 9999)}"
    devis_n = f"D{devis_d.year}-{r.randint(100, 999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    tot, base = 50000, 12000
    amo = pct(base, 0.6)
    amc_s = 33000
    rest = tot - amo - amc_s

    def p1(p: P):
        p.t(105, 24, f"Cabinet dentaire du Dr {den[0]} {den[1]}", "CM", 15, "c")
        p.t(105, 31, f"Chirurgien-dentiste — {street} — {city}", "CM", 9.5, "c")
        p.t(105, 36, f"Tél. {tel} — RPPS {rpps} — N° AM {am} — SIRET {siret_spaced(siret)}", "CM", 8.8, "c")
        p.line(20, 41, 190, 41, 1.0)
        p.t(20, 54, f"Facture n° {number}", "CM", 12.5)
        p.t(190, 54, f"{city_name(city)}, le {longz(issued)}", "CM", 10, "r")
        p.t(20, 66, f"Patient : {pat['civ']} {pat['last']} {pat['first']}, né(e) le {longz(pat['birth'])}", "CM",
            10.2)
        p.t(20, 72, f"N° d'immatriculation : {nir_spaced(pat['nir'])}", "CM", 10)
        p.t(20, 78, f"Complémentaire : {mut}, numéro AMC {amc}", "CM", 10)
        p.t(20, 88, f"Selon le devis n° {devis_n} du {longz(devis_d)}, signé par le patient le {longz(accept)}.",
            "CM", 9.3)
        p.t(20, 93, "Panier « reste à charge maîtrisé » — prothèse fabriquée en France (laboratoire agréé).", "CM", 9.3)
        rows = [[longz(care), "14", "HBLD634", "Couronne dentoportée céramométallique", money(tot)]]
        y = tbl(p, 20, 100, [30, 12, 22, 80, 26], ["Date", "Dent", "Code", "Acte", "Honoraires"], rows, "lclll",
                "CM", "CM", 9, 7.5, 0.9)
        y = tbl(p, 20, y + 10, [34, 34, 34, 34, 34],
                ["Honoraires", "Base de rembours.", "Remb. AMO (60 %)", "Prise en charge AMC", "Reste à charge"],
                [[money(tot), money(base), money(amo), money(amc_s), money(rest)]], "ccccc", "CM", "CM", 9, 8, 0.86)
        p.t(20, y + 12, "Tiers payant : part obligatoire et part complémentaire. Le reste à charge a été réglé par "
            "carte bancaire.", "CM", 9)
        p.t(150, y + 32, f"Dr {den[1]}", "CM", 11, "c", gray=0.3)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("dentiste-couronne-rac-maitrise", [p1], [("invoice", f)], fax_name="CABINET DENTAIRE")


def d04_sleeve_clinique(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1975, 1998))
    street, city, dept = g.addr()
    d2 = d2of(dept)
    surg = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    rpps = make_rpps(r)
    an, an_rpps = other(r, pat["last"], surg[1]), make_rpps(r)
    clin_finess, siret, tel = make_finess(r, d2), make_siret(r), phone(r)
    care = workday(r, (2, 9))
    cs = care - D(r.randint(30, 60))
    out = care + D(2)
    issued = out + D(r.randint(3, 8))
    number = f"HON/{issued.year}/{r.randint(10000, 99999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    base, da = 57929, 80000
    tot = base + da
    amo = base - 2400
    amc_s = 2400 + 50000
    rest = tot - amo - amc_s
    clinic = f"Clinique {r.choice(['du Parc', 'des Cèdres', 'Saint-Hilaire', 'Belle-Rive'])}"

    def p1(p: P):
        p.t(20, 22, clinic, "UTB", 17)
        p.t(20, 28, f"{street} · {city} · standard {tel}", "UT", 9.5)
        p.t(20, 33, f"FINESS {clin_finess} · SIRET {siret}", "UT", 9, gray=0.3)
        p.t(190, 22, "Service facturation", "UTB", 10, "r")
        p.t(190, 28, "honoraires des praticiens libéraux", "UT", 9, "r")
        p.line(20, 37, 190, 37, 0.5)
        p.t(20, 49, "FACTURE D'HONORAIRES", "UTB", 13)
        p.t(20, 55, f"établie pour le compte du Dr {surg[0]} {surg[1]}, chirurgien viscéral et digestif", "UT", 10)
        p.t(20, 60.5, f"Secteur 2, adhérent OPTAM · RPPS {rpps}", "UT", 10)
        p.t(135, 72, "Facture n°", "UT", 9.5)
        p.t(190, 72, number, "UTB", 10, "r")
        p.t(135, 78, "Date d'édition", "UT", 9.5)
        p.t(190, 78, sl(issued), "UTB", 10, "r")
        p.t(20, 72, f"Patient(e) : {pat['last']} {pat['first']}", "UTB", 10.5)
        p.t(20, 78, f"Né(e) le {sl(pat['birth'])}", "UT", 10)
        p.t(20, 84, f"N° de Sécurité sociale : {nir_spaced(pat['nir'])}", "UT", 10)
        p.t(20, 90, f"Mutuelle : {mut} (n° AMC {amc})", "UT", 10)
        p.t(20, 100, f"Séjour du {sl(care)} au {sl(out)} · consultation pré-opératoire du {sl(cs)} · anesthésie : "
            f"Dr {an} (RPPS {an_rpps}).", "UT", 9)
        rows = [[sl(care), "HFFC018", "Gastrectomie longitudinale (sleeve) par cœlioscopie", money(base), money(da),
                 money(tot)]]
        y = tbl(p, 20, 107, [20, 20, 66, 22, 20, 22], ["Date", "CCAM", "Intervention", "Base", "DA", "Total"], rows,
                "lllrrr", "UT", "UTB", 8.6, 7.5, 0.88)
        p.leader(95, y + 12, 190, "Honoraires conventionnels", money(base), "UT", "UT", 9.8)
        p.leader(95, y + 18, 190, "Dépassement autorisé (DA)", money(da), "UT", "UT", 9.8)
        p.leader(95, y + 26, 190, "Total facturé", money(tot), "UTB", "UTB", 10.5)
        p.leader(95, y + 33, 190, "Part Assurance Maladie", money(amo), "UT", "UT", 9.8)
        p.leader(95, y + 39, 190, "Part complémentaire (dont forfait 24 €)", money(amc_s), "UT", "UT", 9.8)
        p.leader(95, y + 46, 190, "Reste à votre charge", money(rest), "UTB", "UTB", 10.5)
        p.t(20, y + 60, "Participation forfaitaire de 24 € (acte supérieur à 120 €) prise en charge par la mutuelle.",
            "UT", 8.8)
        p.t(20, y + 65, "Dépassement conforme au devis signé lors de la consultation pré-opératoire.", "UT", 8.8)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("chirurgien-sleeve-facturation-clinique", [p1], [("invoice", f)], fax_name="CLINIQUE FACTURATION")


def d05_sf_postnatal(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(sex=2, year=(1985, 1999))
    street, city, dept = g.addr()
    sf = (r.choice(FIRST_F), other(r, pat["last"]))
    rpps, am, tel = make_rpps(r), am_num(r, dept, "5"), phone(r)
    born = workday(r, (2, 9))
    discharge = born + D(3)
    care = discharge + D(1)
    second = care + D(2)
    issued = second
    baby = r.choice(FIRST_F + FIRST_M)
    number = f"SF{second.year % 100:02d}{r.randint(1000, 9999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    per = 4970
    tot = 2 * per
    amo, amc_s, rest = tot, 0, 0

    def p1(p: P):
        p.t(20, 24, f"{sf[0]} {sf[1]}", "TM", 17)
        p.t(20, 31, "Sage-femme libérale — suivi de grossesse, retour à domicile après accouchement", "TM", 9.5)
        p.t(20, 37, f"{street}, {city} — {tel}", "TM", 9.5)
        p.t(20, 43, f"RPPS {rpps}   N° AM {am}", "TM", 9.5)
        p.rect(128, 52, 64, 18, width=0.6)
        p.t(132, 59, f"Facture {number}", "TM", 11)
        p.t(132, 66, f"du {sl(issued)}", "TM", 10.5)
        p.t(20, 58, "Accompagnement du retour à domicile", "TM", 10.5)
        p.t(20, 64, "(programme PRADO maternité)", "TM", 9.5, gray=0.35)
        p.t(20, 80, f"Patiente : {pat['civ']} {pat['last']} {pat['first']}", "TM", 10.5)
        p.t(20, 86, f"née le {sl(pat['birth'])} — N° SS {nir_spaced(pat['nir'])}", "TM", 10)
        p.t(20, 92, f"Mutuelle {mut} — N° AMC {amc}", "TM", 10)
        p.t(20, 101, f"Accouchement le {sl(born)} (naissance de {baby}), sortie de maternité le {sl(discharge)}.",
            "TM", 9.3)
        rows = [[sl(care), "Visite post-natale à domicile (1re visite) + IFD", pre(per)],
                [sl(second), "Visite post-natale à domicile (2e visite) + IFD", pre(per)]]
        y = tbl(p, 20, 108, [30, 110, 30], ["Date", "Soins", "Montant"], rows, "llr", "TM", "TM", 9.5, 7.5, 0.9)
        shares([("Total", pre(tot)), ("Assurance maternité (100 %)", pre(amo)), ("Complémentaire", pre(amc_s)),
                ("Reste dû", pre(rest))], p, 110, y + 14, 190, "TM", "TM", 10.5, 7)
        p.t(20, y + 50, "Assurance maternité : prise en charge à 100 %, sans avance de frais.", "TM", 9)
        p.t(20, y + 55, "Pesée du nouveau-né et examen de la mère réalisés à chaque visite.", "TM", 9)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("sage-femme-visites-post-natales", [p1], [("invoice", f)], fax_name=f"SF {sf[1]}")


def d06_ortho_ped_platre(g: Gen) -> Layout:
    r = g.rng
    mother = g.person(sex=2, year=(1980, 1992))
    street, city, dept = g.addr()
    kid_first = r.choice(FIRST_F + FIRST_M)
    kid_birth = dt.date(r.randint(2013, 2018), r.randint(1, 12), r.randint(1, 28))
    doc = (r.choice(FIRST_F + FIRST_M), other(r, mother["last"]))
    rpps, tel = make_rpps(r), phone(r)
    care = workday(r, (2, 10))
    fall = care - D(1)
    removal = care + D(35)
    issued = care
    number = f"OP{care.year % 100:02d}.{r.randint(1000, 9999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    act = 10932
    tot = act
    amo = pct(tot, 0.7)
    amc_s, rest = tot - amo, 0
    name = f"{mother['last']} {kid_first}"

    def p1(p: P):
        p.t(18, 22, f"Dr {doc[0]} {doc[1]}", "CY", 15.5)
        p.t(18, 28.5, "Chirurgie orthopédique et traumatologique de l'enfant", "CY", 9.8)
        p.t(18, 34, f"{street} — {city} — secrétariat {tel}", "CY", 9.3)
        p.t(18, 39.5, f"Secteur 1 — N° RPPS {rpps}", "CY", 9.3)
        p.t(192, 22, "FACTURE", "CY", 14, "r")
        p.t(192, 29, f"N° {number}", "CY", 10.5, "r")
        p.t(192, 35, f"Date : {dot4(issued)}", "CY", 10, "r")
        p.line(18, 44, 192, 44, 0.8)
        p.rect(18, 50, 84, 30, fill=0.95, width=0.4)
        p.t(21, 56, "Enfant (patient)", "CY", 8.5, gray=0.35)
        p.t(21, 63, name, "CY", 11)
        p.t(21, 70, f"né(e) le {dot4(kid_birth)}", "CY", 10)
        p.rect(108, 50, 84, 30, width=0.4)
        p.t(111, 56, "Assurée ouvrant droit", "CY", 8.5, gray=0.35)
        p.t(111, 63, f"{mother['civ']} {mother['last']} {mother['first']}", "CY", 10)
        p.t(111, 69, f"NIR {nir_spaced(mother['nir'])}", "CY", 9.5)
        p.t(111, 75, f"{mut} — AMC {amc}", "CY", 9.2)
        p.t(18, 89, f"Accident : OUI — chute à trottinette le {dot4(fall)} au soir — causé par un tiers : NON",
            "CY", 9.3)
        p.t(18, 94.5, "Fracture déplacée de l'extrémité distale du radius gauche, réduite sous MEOPA aux urgences "
            "pédiatriques.", "CY", 9.3)
        rows = [[dot4(care), "MDEP001", "Réduction orthopédique de fracture du radius + plâtre brachio-antébrachial",
                 money(act)]]
        y = tbl(p, 18, 101, [24, 20, 104, 26], ["Date", "Code", "Acte", "Montant"], rows, "lllr", "CY", "CY", 8.8,
                7.5, 0.88)
        shares([("Montant de la facture", money(tot)), ("Remboursement Assurance Maladie (70 %)", money(amo)),
                ("Mutuelle (30 %)", money(amc_s)), ("Reste à payer", money(rest))], p, 100, y + 14, 192, "CY", "CY",
               10.2, 6.8)
        p.t(18, y + 48, f"Contrôle radiographique et ablation du plâtre prévus le {dot4(removal)}.", "CY", 9)
        p.t(18, y + 53, "Patient mineur : pas de participation forfaitaire. Tiers payant intégral.", "CY", 9)

    f = F(rpps=rpps, nir=mother["nir"], patient_name=name, patient_birth_date=kid_birth, invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("orthopediste-pediatrique-platre-enfant", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def d07_labo_test_uree(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1960, 1995))
    street, city, dept = g.addr()
    d2 = d2of(dept)
    finess, tel = make_finess(r, d2), phone(r)
    bio, bio_rpps = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"])), make_rpps(r)
    gastro, gastro_rpps = other(r, pat["last"], bio[1]), make_rpps(r)
    care = workday(r, (2, 10))
    presc = care - D(r.randint(5, 15))
    valid = nxt(care, 1)
    issued = nxt(care, 2)
    dossier = f"{care.year % 100:02d}{care.month:02d}{care.day:02d}-{r.randint(1000, 9999)}"
    number = f"{r.randint(30, 99)}{r.randint(100000, 999999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    b1, b2 = 3780, 135
    tot = b1 + b2
    amo = pct(tot, 0.6)
    amc_s, rest = tot - amo, 0
    hour = f"{r.randint(7, 11):02d}h{r.randint(0, 59):02d}"
    lab = f"Laboratoire {r.choice(['BioSud', 'Bioval', 'Analys', 'BioLoire'])}"

    def lab_(p, x, y, label, value, size=10.2):
        p.t(x, y, label, "LX", 7.2, gray=0.4)
        p.t(x, y + 5, value, "LX", size)

    def p1(p: P):
        p.t(18, 22, lab, "LX", 19)
        p.t(18, 28.5, f"Site de {city_name(city)} — {street} — {city} — {tel}", "LX", 9)
        p.t(18, 33.5, f"FINESS {finess} — Biologiste responsable : Dr {bio[0]} {bio[1]} (RPPS {bio_rpps})", "LX", 8.6)
        p.line(18, 38, 192, 38, 0.5)
        lab_(p, 18, 47, "FACTURE N°", number, 11)
        lab_(p, 70, 47, "N° DE DOSSIER", dossier)
        lab_(p, 125, 47, "DATE DE FACTURE", sl(issued))
        lab_(p, 18, 62, "NOM ET PRÉNOM DU PATIENT", f"{pat['last']} {pat['first']}")
        lab_(p, 100, 62, "DATE DE NAISSANCE", sl(pat["birth"]))
        lab_(p, 145, 62, "SEXE", "F" if pat["nir"][0] == "2" else "M")
        lab_(p, 18, 76, "N° DE SÉCURITÉ SOCIALE", nir_spaced(pat["nir"]))
        lab_(p, 100, 76, "ORGANISME COMPLÉMENTAIRE", f"{mut} — {amc}")
        lab_(p, 18, 90, "PRESCRIPTEUR", f"Dr {gastro}, gastro-entérologue (RPPS {gastro_rpps}) — ordonnance du "
             f"{sl(presc)}", 9.3)
        lab_(p, 18, 104, "PRÉLÈVEMENT", f"{sl(care)} à {hour}, au laboratoire (à jeun)", 9.8)
        lab_(p, 110, 104, "VALIDATION BIOLOGIQUE", sl(valid), 9.8)
        y = 120
        p.t(18, y, "CODE", "LX", 7.2, gray=0.4)
        p.t(38, y, "ANALYSE", "LX", 7.2, gray=0.4)
        p.t(150, y, "COTATION", "LX", 7.2, gray=0.4)
        p.t(192, y, "MONTANT EUR", "LX", 7.2, "r", gray=0.4)
        p.line(18, y + 2, 192, y + 2, 0.3)
        for i, (code, lib, cot, v) in enumerate([("4490", "Test respiratoire à l'urée marquée au 13C (Helicobacter "
                                                  "pylori)", "B 140", b1),
                                                 ("9105", "Forfait pré-analytique", "B 5", b2)]):
            yy = y + 8 + 6.5 * i
            p.t(18, yy, code, "TY", 9.5)
            p.t(38, yy, lib, "LX", 9.5)
            p.t(150, yy, cot, "TY", 9.5)
            p.t(192, yy, num(v), "TY", 9.5, "r")
        y += 22
        p.line(18, y, 192, y, 0.3)
        for i, (a, b) in enumerate([("TOTAL", tot), ("PART AMO (60 %)", amo), ("PART AMC (40 %)", amc_s),
                                    ("À RÉGLER PAR LE PATIENT", rest)]):
            p.t(120, y + 8 + 6.5 * i, a, "LX", 9.5)
            p.t(192, y + 8 + 6.5 * i, f"{num(b)} EUR", "TYB" if i == 0 else "TY", 9.8, "r")
        p.t(18, y + 44, "Tiers payant AMO et AMC appliqué. Résultats transmis au prescripteur.", "LX", 8.8)
        p.t(105, 285, f"{lab} — SELAS de biologistes médicaux — site autorisé FINESS {finess}", "LX", 7, "c",
            gray=0.4)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo,
          amc_amount=amc_s, patient_amount=rest, amc_number=amc)
    return Layout("laboratoire-test-respiratoire-uree", [p1], [("invoice", f)], fax_name="LABORATOIRE")


def crease(p: P, y: float, dark: float):
    """a fold line across the sheet: a shadow band above, a highlight below."""
    for i in range(6):
        alpha_rect(p, 0, y - 3.0 + 0.5 * i, 210, 0.5, (0.3, 0.3, 0.3), dark * (i + 1) / 6)
    p.line(0, y, 210, y, 0.5, 0.45)
    alpha_rect(p, 0, y + 0.2, 210, 1.0, (1.0, 1.0, 1.0), 0.6)


def d08_derm_plie(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1940, 1965))
    street, city, dept = g.addr()
    doc = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    rpps, am, tel = make_rpps(r), am_num(r, dept, "1"), phone(r)
    care = workday(r, (2, 10))
    prev = care - D(r.randint(60, 120))
    issued = care
    number = f"DER{r.randint(100000, 999999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    act = 2880
    tot = act
    amo = pct(tot, 0.7) - 200
    amc_s = pct(tot, 0.3)
    rest = tot - amo - amc_s
    dark = 0.11 + r.random() * 0.04

    def p1(p: P):
        p.t(20, 22, f"Dr {doc[0]} {doc[1]}", "TPB", 14)
        p.t(20, 28, "Dermatologie et vénéréologie", "TP", 9.5)
        p.t(20, 33, f"{street}", "TP", 9.5)
        p.t(20, 38, f"{city}", "TP", 9.5)
        p.t(20, 43, f"Tél. {tel}", "TP", 9.5)
        p.t(20, 48, f"RPPS {rpps}  AM {am}  Secteur 1", "TP", 9.5)
        p.t(20, 62, f"FACTURE N° {number}", "TPB", 12)
        p.t(20, 68, f"DATE : {sl(issued)}", "TP", 10.5)
        p.t(112, 74, f"{pat['civ']} {pat['last']} {pat['first']}", "TP", 10.5)
        p.t(112, 79.5, f"{street.split(' ', 1)[0]} rue des Acacias", "TP", 9.8)
        p.t(112, 85, f"{city}", "TP", 9.8)
        p.t(20, 98, f"Né(e) le {sl(pat['birth'])}", "TP", 10)
        p.t(20, 104, f"NIR   {nir_spaced(pat['nir'])}", "TP", 10)
        p.t(20, 110, f"AMC   {mut} / {amc}", "TP", 10)
        p.t(20, 158, f"Kératoses actiniques du visage (dernier contrôle le {sl(prev)}).", "TP", 9.5)
        rows = [[sl(care), "QZNP011", "Cryothérapie de 2 à 10 lésions cutanées", meur(act)]]
        y = tbl(p, 20, 165, [24, 22, 100, 24], ["Date", "Code", "Acte", "Montant"], rows, "lllr", "TP", "TPB", 8.6,
                7.5, 0.88)
        p.t(20, y + 14, "TOTAL FACTURE", "TPB", 10.5)
        p.t(190, y + 14, meur(tot), "TPB", 10.5, "r")
        p.t(20, y + 21, "Part obligatoire (70 % - 2,00 EUR)", "TP", 10)
        p.t(190, y + 21, meur(amo), "TP", 10, "r")
        p.t(20, y + 28, "Part complémentaire (30 %)", "TP", 10)
        p.t(190, y + 28, meur(amc_s), "TP", 10, "r")
        p.t(20, y + 35, "Reste à votre charge", "TP", 10)
        p.t(190, y + 35, meur(rest), "TP", 10, "r")
        p.t(20, y + 50, "Participation forfaitaire de 2,00 EUR à régler au cabinet.", "TP", 9)
        # folded in three (window envelope) then flattened: creases at a third and two thirds of the sheet
        crease(p, 99, dark)
        crease(p, 198, dark)
        # dog-eared top right corner: the corner folded over along (183, 0)-(210, 27)
        c = p.c
        c.saveState()
        c.setFillGray(0.985)
        c.setStrokeGray(0.985)
        path = c.beginPath()
        path.moveTo(183 * mm, p.h)
        path.lineTo(210 * mm, p.h)
        path.lineTo(210 * mm, p.h - 27 * mm)
        path.close()
        c.drawPath(path, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFillAlpha(0.12)
        path = c.beginPath()
        path.moveTo(183 * mm, p.h)
        path.lineTo(182 * mm, p.h - 28.5 * mm)
        path.lineTo(210 * mm, p.h - 27 * mm)
        path.close()
        c.drawPath(path, stroke=0, fill=1)
        c.setFillAlpha(1)
        c.setFillGray(0.9)
        path = c.beginPath()
        path.moveTo(183 * mm, p.h)
        path.lineTo(183 * mm, p.h - 27 * mm)
        path.lineTo(210 * mm, p.h - 27 * mm)
        path.close()
        c.drawPath(path, stroke=0, fill=1)
        c.setStrokeGray(0.55)
        c.setLineWidth(0.5)
        c.line(183 * mm, p.h, 210 * mm, p.h - 27 * mm)
        c.restoreState()

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("dermatologue-feuille-pliee-coin-corne", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def d09_mg_ordonnance_securisee(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1930, 1950))
    street, city, dept = g.addr()
    doc = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    rpps, am, tel = make_rpps(r), am_num(r, dept, "1"), phone(r)
    care = workday(r, (2, 10))
    issued = care
    number = f"{care.year}/{r.randint(1000, 9999)}"
    lot = f"{care.year % 100:02d}{chr(65 + r.randint(0, 25))}{r.randint(100000, 999999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    gfee, md = 3000, 1000
    tot = gfee + md
    amo = pct(tot, 0.7) - 200
    amc_s = pct(tot, 0.3)
    rest = tot - amo - amc_s
    phases = [r.random() * 6.28 for _ in range(3)]

    def p1(p: P):
        c = p.c
        # the pre-printed secure paper: pale blue guilloche, microprint border, lot number, the drug-count square
        c.saveState()
        c.setStrokeColorRGB(0.55, 0.68, 0.9)
        c.setStrokeAlpha(0.45)
        c.setLineWidth(0.25)
        for k in range(120):
            y0 = 6 + k * 2.4
            path = c.beginPath()
            for j in range(106):
                x = j * 2.0
                yy = y0 + 2.2 * math.sin(x / 9.0 + phases[0] + k * 0.35) + 1.1 * math.sin(x / 3.1 + phases[1])
                (path.moveTo if j == 0 else path.lineTo)(x * mm, p.h - yy * mm)
            c.drawPath(path, stroke=1, fill=0)
        c.setStrokeAlpha(0.3)
        for k in range(60):
            x0 = k * 3.6
            path = c.beginPath()
            for j in range(150):
                yy = j * 2.0
                x = x0 + 1.8 * math.sin(yy / 7.0 + phases[2] + k * 0.5)
                (path.moveTo if j == 0 else path.lineTo)(x * mm, p.h - yy * mm)
            c.drawPath(path, stroke=1, fill=0)
        c.setFillColorRGB(0.3, 0.45, 0.75)
        c.setFont("JR", 3.2)
        micro = "ORDONNANCE SÉCURISÉE " * 30
        c.drawString(6 * mm, p.h - 5 * mm, micro)
        c.drawString(6 * mm, p.h - 293.5 * mm, micro)
        c.restoreState()
        p.t(8, 290, f"Papier sécurisé — lot n° {lot}", "JR", 6.5, gray=0.35)
        p.rect(176, 262, 22, 16, width=0.8)
        p.t(187, 283, "Nombre de", "JR", 6.5, "c", gray=0.3)
        p.t(187, 286, "médicaments", "JR", 6.5, "c", gray=0.3)
        # the GP's header (pre-printed) and the invoice typed over it
        p.t(18, 20, f"Docteur {doc[0]} {doc[1]}", "WB", 14)
        p.t(18, 26, "Médecine générale", "JR", 10)
        p.t(18, 31, f"{street} — {city}", "JR", 9.5)
        p.t(18, 36, f"Tél. {tel} — visites à domicile sur rendez-vous", "JR", 9.5)
        p.t(192, 20, f"RPPS {rpps}", "JR", 9.5, "r")
        p.t(192, 26, f"AM {am}", "JR", 9.5, "r")
        p.t(192, 32, "Conventionné secteur 1", "JR", 9, "r")
        p.t(105, 52, "FACTURE — VISITE À DOMICILE", "WB", 13, "c")
        p.t(18, 64, f"Facture n° : {number}", "WB", 10.5)
        p.t(192, 64, f"Date : {sl(issued)}", "JR", 10.5, "r")
        p.t(18, 76, f"Patient : {pat['civ']} {pat['last']} {pat['first']}", "JR", 10.5)
        p.t(18, 82, f"Date de naissance : {sl(pat['birth'])}", "JR", 10)
        p.t(18, 88, f"Immatriculation : {nir_spaced(pat['nir'])}", "JR", 10)
        p.t(18, 94, f"Mutuelle : {mut}  N° AMC : {amc}", "JR", 10)
        rows = [[sl(care), "G", "Consultation de médecine générale", meur(gfee)],
                [sl(care), "MD", "Majoration de déplacement (visite justifiée)", meur(md)]]
        y = tbl(p, 18, 104, [26, 14, 104, 30], ["Date", "Code", "Acte", "Montant"], rows, "lllr", "JR", "WB", 9.2,
                7.2, None)
        p.leader(90, y + 12, 192, "Total", meur(tot), "WB", "WB", 10.5)
        p.leader(90, y + 19, 192, "Part AMO (70 % - 2,00 EUR)", meur(amo), "JR", "JR", 10)
        p.leader(90, y + 26, 192, "Part AMC (30 %)", meur(amc_s), "JR", "JR", 10)
        p.leader(90, y + 33, 192, "Reste à charge du patient", meur(rest), "JR", "JR", 10)
        p.t(18, y + 46, "Visite à domicile d'un patient ne pouvant se déplacer. Tiers payant AMO + AMC.", "JR", 9)
        p.t(150, y + 66, f"Dr {doc[1]}", "WB", 11, "c", gray=0.25)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("generaliste-papier-ordonnance-securisee", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def d10_orthoptiste_jet_encre(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1990, 2008))
    street, city, dept = g.addr()
    ort = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    rpps, am, tel = make_rpps(r), am_num(r, dept, "9"), phone(r)
    oph, oph_rpps = other(r, pat["last"], ort[1]), make_rpps(r)
    first = workday(r, (2, 7))
    presc = first - D(r.randint(6, 20))
    sessions = [first]
    while len(sessions) < 7:
        sessions.append(nxt(sessions[-1] + D(6), 1) if len(sessions) > 1 else nxt(first, 3))
    issued = sessions[-1]
    number = f"ORT/{r.randint(1000, 9999)}"
    mut, amc = r.choice(MUTUELLES), g.amc_number()
    bilan, per = 4250, 2100
    tot = bilan + 6 * per
    amo = pct(tot, 0.6)
    amc_s, rest = tot - amo, 0
    # the clogged nozzles: gap offsets (mm) inside one print-head pass, repeated down the page
    pass_h = round(5.6 + r.random() * 0.8, 2)
    gaps = sorted(round(r.random() * pass_h, 2) for _ in range(4))
    widths = [round(0.12 + r.random() * 0.08, 2) for _ in gaps]
    ink = round(0.2 + r.random() * 0.08, 2)

    def p1(p: P):
        p.t(18, 22, f"{ort[0]} {ort[1]}", "UE", 15, gray=ink)
        p.t(18, 28, "Orthoptiste · rééducation, bilans, dépistage", "UE", 9.5, gray=ink)
        p.t(18, 33, f"{street}, {city} · {tel}", "UE", 9.5, gray=ink)
        p.t(18, 38, f"RPPS {rpps} · N° AM {am}", "UE", 9.5, gray=ink)
        p.t(192, 22, "FACTURE", "UE", 14, "r", gray=ink)
        p.t(192, 29, f"N° {number}", "UE", 10.5, "r", gray=ink)
        p.t(192, 35, f"Date : {sl(issued)}", "UE", 10, "r", gray=ink)
        p.t(18, 52, f"Patient : {pat['last']} {pat['first']}", "UE", 10.5, gray=ink)
        p.t(18, 58, f"Né(e) le : {sl(pat['birth'])}", "UE", 10, gray=ink)
        p.t(18, 64, f"N° de sécurité sociale : {nir_spaced(pat['nir'])}", "UE", 10, gray=ink)
        p.t(18, 70, f"Complémentaire : {mut} · N° AMC {amc}", "UE", 10, gray=ink)
        p.t(18, 79, f"Prescription du Dr {oph}, ophtalmologiste (RPPS {oph_rpps}), du {sl(presc)} : bilan et "
            "rééducation", "UE", 9, gray=ink)
        p.t(18, 84, "orthoptique d'une insuffisance de convergence.", "UE", 9, gray=ink)
        rows = [[sl(sessions[0]), "AMY 15,5", "Bilan orthoptique", money(bilan)]]
        rows += [[sl(d), "AMY 8", f"Séance de rééducation n° {i}", money(per)] for i, d in enumerate(sessions[1:], 1)]
        y = tbl(p, 18, 91, [28, 26, 90, 30], ["Date", "Cotation", "Acte", "Montant"], rows, "lllr", "UE", "UE", 9.2,
                6.8, 0.9)
        shares([("Total", money(tot)), ("Part Assurance Maladie (60 %)", money(amo)),
                ("Part complémentaire (40 %)", money(amc_s)), ("Reste à régler", money(rest))], p, 100, y + 12, 192,
               "UE", "UE", 10.5, 6.8)
        p.t(18, y + 46, "Tiers payant AMO et AMC. Merci de votre confiance.", "UE", 9, gray=ink)
        # inkjet with clogged nozzles: thin white gaps repeated in every pass of the print head
        c = p.c
        c.saveState()
        c.setFillGray(1)
        y0 = 0.0
        while y0 < 297:
            for gp_, w in zip(gaps, widths):
                c.rect(0, p.h - (y0 + gp_ + w) * mm, p.w, w * mm, stroke=0, fill=1)
            y0 += pass_h
        c.restoreState()

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=first, total_amount=tot, amo_amount=amo, amc_amount=amc_s,
          patient_amount=rest, amc_number=amc)
    return Layout("orthoptiste-jet-encre-buses-bouchees", [p1], [("invoice", f)], fax_name=f"ORTHOPTIE {ort[1]}")


LAYOUTS = [d01_pharma_cno, d02_pneumo_fibro, d03_dentiste_couronne, d04_sleeve_clinique, d05_sf_postnatal,
           d06_ortho_ped_platre, d07_labo_test_uree, d08_derm_plie, d09_mg_ordonnance_securisee,
           d10_orthoptiste_jet_encre]


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


def text_pdf33(lay: Layout) -> bytes:
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
    ap.add_argument("--out", default="documents33")
    ap.add_argument("--seed", type=int, default=331)
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
        stem = f"ad1{slot:02d}"
        pdf = text_pdf33(L)
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
