"""cd bench/heldout && ../../.venv/bin/python documents21_gen.py --out documents21 --seed 211

Twenty-first blind held-out layout set: ten French tiers-payant documents of everyday practice, each rendered five
ways.

Written blind (without reading parsers/, classifiers/, intake/, workers/, tests/, samples/, bench/*.py other than
the set 4 and 6 generators (whose helpers are imported), the module docstrings of documents10_gen.py ..
documents19_gen.py, the import block (and, as it fills the first lines, the docstring) and README of set 20, three
set-4 truth files and verify_printed.py, or any rendered held-out set), in designs not used by sets 10 to 20 (some
professions recur: orthophoniste, sage-femme, rhumatologue, audioprothésiste, dentiste, psychiatre, pharmacie,
laboratoire; the PUI rétrocession and the maison médicale de garde are new). REALISTIC: documents as practice
software, LaTeX, a typewriter-styled template, a pharmacy or a hospital prints them.
  1. orthophoniste (ADELI, profession code 91) relevé of six aphasia sessions for an adult after a stroke, half
     of them in TÉLÉSOIN (video), Comfortaa: the act letter is 'AMO' ('AMO 15.6', the orthophonists' key letter,
     not the AMO share), '12.03.25' session dates, long issue date, the neurologist prescriber's RPPS and
     ordonnance date, SIRET and IBAN footer, 60 % / 40 %;
  2. sage-femme (RPPS) antenatal HOME VISIT (grossesse à risque) on her printed template, Century Catalogue labels
     with the acts, dates and amounts HANDWRITTEN (dkg handwriting), Kristi signature, a pre-printed carnet number,
     assurance maternité (AMO 100 %), the terme prévu and the SA as distractors, no currency sign;
  3. rhumatologue secteur 2 OPTAM (RPPS) note typeset with LaTeX (CMU Serif / Typewriter): two-column header
     (practitioner | patient), booktabs table with 'Base' / 'Dépassement' columns, ultrasound-guided shoulder
     injection (CCAM), dépassement partly covered by the AMC, the referring GP's RPPS, the X-ray date and a
     control date as distractors, long dates;
  4. audioprothésiste (ADELI) invoice for the SECOND EAR only (classe II aid, LPP line with 'Base LPP'), the first
     ear's invoice number and date, the devis number and date and the ORL prescriber's RPPS as distractors,
     OSP-DIN headings + Linex API body, drawn sound-wave logo, NBSP thousands ('1 650,00 €'), 'dont TVA', SIRET,
     IBAN;
  5. chirurgien-dentiste implantologue (RPPS) invoice after an ACCEPTED DEVIS, Quercus: implant and abutment not
     reimbursable (NR), implant-borne crown with a base, two act dates months apart (care date = the first), the
     devis number, devis date and acceptance date, an acompte already paid as distractors, NBSP thousands;
  6. psychiatre secteur 2 OPTAM (RPPS) note typed from a TYPEWRITER-style template (GNU Typewriter, no currency
     sign but 'EUR', 'No' instead of 'N°'), CNPSY + DA, a rotated rubber stamp with the RPPS, a handwritten
     signature (Domestic Manners), next appointment date, the GP's name;
  7. pharmacie d'officine (FINESS) invoice for continuous glucose monitoring sensors on an A5 LANDSCAPE page in
     TINY print (osifont, 6-7 pt): LPP lines at 100 % (ALD), a non-reimbursed adhesive spray left to the patient,
     AMC 0, 'dd/mm/yy' dates, the titular pharmacist's and the diabetologist's RPPS, next delivery date;
  8. centre hospitalier universitaire, pharmacie à usage intérieur, RÉTROCESSION invoice (FINESS géographique in
     the header, FINESS juridique in the footer), CMU Sans + Century Catalogue: UCD code lines + marge de
     rétrocession, ALD 100 %, IPP, the prescribing infectiologist's and the dispensing pharmacist's RPPS, NBSP
     thousands, 'payable auprès du comptable public';
  9. maison médicale de garde, SUNDAY consultation by the GP on duty (his own RPPS invoices), Dustismo (old-style
     figures) + Beteckna GS headings: drawn moon logo, the association's SIRET and the 116 117 number, the
     regulation call time and dossier number, G + F + SNP, weekday long care date ('dimanche 14 septembre
     2025'), '15.09.25' issue date, the doctor's usual practice address;
 10. HARDER - laboratoire de biologie médicale (FINESS) fax BATCH: TWO invoices for two different patients on two
     pages of one file (two documents in the JSON), Karmilla + Routed Gothic headings, NABM lines with B
     coefficients, prélèvement date and time (care date) vs édition date, dossier number, the biologist's and the
     prescribers' RPPS as distractors, 'Réf. facture' label (no 'N°').

Rendering, identifier and JSON helpers come from documents4_gen.py (imported); the photo renderer (photo6) from
documents6_gen.py; the fax renderer is a copy of set 4's with the header line in osifont. Fonts new to the held-out
sets (Debian packages to `apt-get install` before running): fonts-comfortaa, fonts-century-catalogue,
fonts-dkg-handwriting, fonts-kristi, fonts-cmu, fonts-linex, fonts-opendin, fonts-gnutypewriter, fonts-dustin,
fonts-osifont, fonts-beteckna, fonts-karmilla, fonts-routed-gothic. All TrueType (glyf outlines), embedded by
reportlab. None has U+202F, so thousands use NBSP. Every drawn string is checked against its font's character map.

Every identifier is checksum-valid (distractors too): RPPS Luhn, ADELI / FINESS Luhn, SIRET Luhn, CIP/UCD EAN, NIR
key (mod 97). Amounts add up (check()). All random values are drawn before drawing, so the page callables are pure.

Renderings, for every layout: <id>.text.pdf (real text layer), <id>.scan.pdf (image-only), <id>.photo.jpg (phone
photo), <id>.fax-fine.tif (G4, 204x196), <id>.fax-normal.tif (G3, 204x98). File ids are neutral: g101..g110 (the
order of the files is not the order above; see FILE_IDS). Each file gets <file>.json ground truth (same format as
sets 4-20).

Ground-truth conventions (as sets 5-20 and DOMAIN.md): care_date = first day of care for a series or a multi-date
invoice (a laboratory: the prélèvement date; a pharmacy: the delivery date); rpps/adeli/finess = the invoicer only
(FINESS géographique for an establishment); amc_number = the complementary insurer's number, never the adherent
number; patient_name = 'LASTNAME Firstname' with accents as printed; a field not printed is omitted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from stdnum import ean, luhn
from stdnum.fr import nir as stdnir

from documents4_gen import (CITIES, FIRST_F, FIRST_M, LAST, MONTHS, MUTUELLES, NBSP, STREETS, F, Gen, Layout, Page,
                            amt, day, digits, eur, fd, iban, make_adeli, make_finess, make_nir, make_rpps, make_siret,
                            nir_spaced, pct, phone, render, scan_pdf, siret_spaced)
from documents6_gen import city_of, dnum, photo6

FONT_ROOT = Path("/usr/share/fonts/truetype")
FONTS21 = {
    "CO": "comfortaa/Comfortaa-Regular.ttf", "COB": "comfortaa/Comfortaa-Bold.ttf",
    "COL": "comfortaa/Comfortaa-Light.ttf",
    "CC": "fonts-century-catalogue/Century-Catalogue.ttf",
    "HW": "fifthhorseman/dkg.ttf", "HWB": "fifthhorseman/dkgBd.ttf", "KR": "kristi/Kristi.ttf",
    "CM": "cmu/cmunrm.ttf", "CMB": "cmu/cmunbx.ttf", "CMI": "cmu/cmunti.ttf", "CMT": "cmu/cmuntt.ttf",
    "CMS": "cmu/cmunss.ttf", "CMSB": "cmu/cmunsx.ttf",
    "API": "linex/apiregul.ttf", "APIB": "linex/apibold.ttf", "APII": "linex/apiitali.ttf",
    "DIN": "opendin/OSP-DIN.ttf",
    "QU": "linex/Quercus.ttf", "QUB": "linex/Quercus_Bold.ttf", "QUI": "linex/Quercus_It.ttf",
    "TW": "gnutypewriter/GNUTypewriter.ttf", "DM": "dustin/Domestic_Manners.ttf",
    "OSI": "osifont/osifont.ttf",
    "DU": "dustin/Dustismo.ttf", "DUB": "dustin/dustismo_bold.ttf", "DUI": "dustin/dustismo_italic.ttf",
    "BT": "beteckna/BetecknaGS.ttf", "BTB": "beteckna/BetecknaGS-Bold.ttf",
    "KA": "karmilla/Karmilla-Regular.ttf", "KAB": "karmilla/Karmilla-Bold.ttf",
    "RG": "routed-gothic/routed-gothic.ttf", "RGW": "routed-gothic/routed-gothic-wide.ttf",
}
CMAP: dict[str, set] = {}
for _n, _f in FONTS21.items():
    _t = TTFont(_n, str(FONT_ROOT / _f))
    pdfmetrics.registerFont(_t)
    CMAP[_n] = set(_t.face.charToGlyph)
FAX_FONT = FONT_ROOT / "osifont/osifont.ttf"
DAYS_LONG = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


class P21(Page):
    """Page whose every string is checked against the font's character map (no silent .notdef boxes)."""

    def t(self, x, y, s, f="CO", size=9.5, align="l", gray=0):
        missing = {c for c in s if ord(c) not in CMAP[f] and c != " "}
        assert not missing, (f, s, missing)
        super().t(x, y, s, f, size, align, gray)

    def stamp21(self, x, y, lines, angle, fb, fr, size=8.5, gray=0.3):
        for i, s in enumerate(lines):
            missing = {ch for ch in s if ord(ch) not in CMAP[fb if i == 0 else fr] and ch != " "}
            assert not missing, (s, missing)
        c = self.c
        c.saveState()
        c.translate(x * mm, self.h - y * mm)
        c.rotate(angle)
        wmax = max(pdfmetrics.stringWidth(s, fb, size) for s in lines) / mm + 6
        hh = len(lines) * size * 0.45 + 4
        c.setStrokeGray(gray)
        c.setFillGray(gray)
        c.setLineWidth(1.3)
        c.roundRect(-wmax / 2 * mm, -hh / 2 * mm, wmax * mm, hh * mm, 1.5 * mm, stroke=1, fill=0)
        for i, s in enumerate(lines):
            c.setFont(fb if i == 0 else fr, size)
            c.drawCentredString(0, (hh / 2 - 3 - size * 0.35 - i * size * 0.45) * mm + 1.5 * mm, s)
        c.restoreState()


def dd2(d: dt.date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"


def wlong(d: dt.date) -> str:
    return f"{DAYS_LONG[d.weekday()]} {fd(d, 'long')}"


def adeli_spaced(a: str) -> str:
    return f"{a[:2]} {a[2:4]} {a[4:]}"


def rpps_spaced(r: str) -> str:
    return f"{r[:1]} {r[1:6]} {r[6:]}"


# ------------------------------------------------------------------------------------------- layouts
def l01_orthophonie_telesoin(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1948, 1975))
    street, city, dept = g.addr()
    adeli = make_adeli(r, dnum(dept), "91")
    presc = make_rpps(r)
    first = day(r, (2, 8))
    dates = [first]
    for k in range(5):
        dates.append(dates[-1] + dt.timedelta(days=r.choice([3, 4, 7])))
    modes = ["Cabinet", "Télésoin (vidéo)", "Cabinet", "Télésoin (vidéo)", "Télésoin (vidéo)", "Cabinet"]
    hours = [f"{r.randint(9, 17)}h{r.choice(['00', '30'])}" for _ in dates]
    ordo = first - dt.timedelta(days=r.randint(10, 40))
    issued = dates[-1] + dt.timedelta(days=r.randint(0, 3))
    number = f"OR{issued:%y%m}-{r.randint(10, 199):03d}"
    unit = 4134  # AMO 15.6 x 2,65
    total = unit * len(dates)
    amo = pct(total, 0.60)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    nom = (r.choice(FIRST_F), r.choice(LAST))
    doc = (r.choice(FIRST_M), r.choice(LAST))
    tel, siret, rib = phone(r), make_siret(r), iban(r)

    def p1(p: P21):
        p.c.setFillGray(0.55)
        p.c.circle(22 * mm, p.h - 22 * mm, 7 * mm, stroke=0, fill=1)
        p.c.setFillGray(1)
        p.c.setFont("COB", 11)
        p.c.drawCentredString(22 * mm, p.h - 23.6 * mm, "O")
        p.c.setFillGray(0)
        p.t(33, 19, f"{nom[0]} {nom[1]}", "COB", 13)
        p.t(33, 24.5, "Orthophoniste — rééducation neurologique de l'adulte", "COL", 8.5)
        p.t(33, 29, f"{street}, {city}", "CO", 8)
        p.t(33, 33.5, f"Tél. {tel}  ·  N° ADELI : {adeli_spaced(adeli)}", "CO", 8)
        p.t(195, 21, "FACTURE", "COB", 22, "r")
        p.t(195, 28.5, f"N° {number}", "CO", 10, "r")
        p.t(195, 34, f"Émise le {fd(issued, 'long')}", "CO", 8.5, "r")
        p.rect(15, 42, 180, 31, width=0.5, radius=3, gray=0.45)
        p.t(19, 48.5, "Patient", "COB", 9)
        p.t(19, 54.5, f"{pat['civ']} {pat['last']} {pat['first']}", "COB", 10)
        p.t(19, 60, f"Né(e) le {fd(pat['birth'])}", "CO", 8.5)
        p.t(19, 65.5, f"N° de sécurité sociale : {nir_spaced(pat['nir'])}", "CO", 8.5)
        p.t(110, 54.5, "Organisme complémentaire", "COL", 8)
        p.t(110, 60, mut, "CO", 8.5)
        p.t(110, 65.5, f"N° AMC : {amcn}", "CO", 8.5)
        p.t(15, 82, f"Prescription : Dr {doc[0]} {doc[1]}, neurologue (RPPS {presc}), ordonnance du "
                    f"{fd(ordo, 'dot2')}.", "CO", 8)
        p.t(15, 87, "Rééducation des troubles du langage (aphasie) — série de séances individuelles de 30 min.",
            "COL", 8)
        rows = [[fd(d, "dot2"), h, m, "AMO 15.6", eur(unit, sep=NBSP)] for d, h, m in zip(dates, hours, modes)]
        y = p.table(15, 94, [28, 20, 52, 36, 44], ["Séance du", "Heure", "Modalité", "Cotation", "Montant"],
                    rows, "lcllr", "CO", "COB", 8.5, 7.2, 0.9, grid=True, vlines=False)
        labs = [("Total des séances", total), ("Part Assurance Maladie (60 %)", amo),
                ("Part organisme complémentaire (40 %)", amc), ("Reste à charge", pt)]
        for i, (lab, v) in enumerate(labs):
            p.t(155, y + 10 + i * 6.5, lab, "COB" if i == 0 else "CO", 9, "r")
            p.t(195, y + 10 + i * 6.5, eur(v, sep=NBSP), "COB" if i == 0 else "CO", 9, "r")
        p.t(15, y + 42, "Séances en télésoin réalisées par vidéotransmission, patient connu (bilan initial au cabinet).",
            "COL", 7.5)
        p.t(15, y + 46.5, "Tiers payant intégral : aucune somme demandée au patient.", "COL", 7.5)
        p.line(15, 278, 195, 278, 0.3, 0.5)
        p.t(105, 282, f"SIRET {siret_spaced(siret)}  ·  IBAN {rib}  ·  TVA non applicable, art. 261-4-1° du CGI",
            "COL", 6.5, "c", gray=0.3)

    f = F(adeli=adeli, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=first, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("orthophonie-telesoin", [p1], [("invoice", f)], fax_name=f"ORTHOPHONIE {nom[1]}")


def l02_sagefemme_manuscrit(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(sex=2, year=(1987, 2000))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    care = day(r, (2, 10))
    issued = care
    number = f"{r.randint(1000, 9999):07d}"
    km = r.choice([6, 8, 11, 14])
    acts = [("SF 15", "Surveillance grossesse à risque", 4200), ("IFD", "Déplacement", 400),
            (f"IK {km} km", "Indemn. kilométriques", 61 * km)]
    total = sum(v for *_, v in acts)
    amo, amc, pt = total, 0, 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    nom = (r.choice(FIRST_F), r.choice(LAST))
    terme = care + dt.timedelta(days=r.randint(40, 90))
    sa = 40 - (terme - care).days // 7
    tel, siret = phone(r), make_siret(r)
    presc = make_rpps(r)

    def p1(p: P21):
        p.t(105, 18, "CABINET DE SAGE-FEMME", "CC", 9, "c", gray=0.35)
        p.t(105, 26, f"{nom[0]} {nom[1].title()}", "CC", 17, "c")
        p.t(105, 32, "Sage-femme diplômée d'État — suivi de grossesse, préparation à la naissance, rééducation",
            "CC", 8.5, "c")
        p.t(105, 37, f"{street} · {city} · Tél. {tel}", "CC", 8.5, "c")
        p.t(105, 42, f"N° RPPS {rpps}", "CC", 9, "c")
        p.line(40, 46, 170, 46, 0.4)
        p.t(15, 57, "NOTE D'HONORAIRES — VISITE À DOMICILE", "CC", 12.5)
        p.t(195, 57, f"N° {number}", "CC", 12, "r", gray=0.25)
        y0 = 68
        rows = [("Patiente", f"{pat['last']} {pat['first']}"), ("Née le", fd(pat["birth"])),
                ("N° d'immatriculation", nir_spaced(pat["nir"])), ("Organisme complémentaire", f"{mut} — N° AMC {amcn}"),
                ("Adresse de la visite", f"{r.randint(2, 90)} {r.choice(STREETS)}, {city}")]
        for i, (lab, v) in enumerate(rows):
            p.t(15, y0 + i * 6.5, lab, "CC", 9, gray=0.3)
            p.t(62, y0 + i * 6.5, v, "CC", 10)
        p.t(15, y0 + 35, "Grossesse en cours", "CC", 9, gray=0.3)
        p.t(62, y0 + 35, f"terme prévu le {fd(terme)} — {sa} SA le jour de la visite", "CC", 9.5)
        p.t(15, y0 + 41.5, "Prescription", "CC", 9, gray=0.3)
        p.t(62, y0 + 41.5, f"Dr {r.choice(LAST)}, gynécologue-obstétricien — RPPS {presc}", "CC", 9)
        top = 122
        p.table(15, top, [32, 30, 80, 38], ["Date", "Code acte", "Désignation", "Montant (euros)"],
                [["", "", "", ""]] * 4, "llll", "CC", "CC", 9, 9, 0.9)
        for i, (code, lib, v) in enumerate(acts):
            yy = top + 9 * (i + 2) - 2.5
            if i == 0:
                p.t(17, yy, dd2(care), "HW", 12)
            p.t(49, yy, code, "HW", 12)
            p.t(79, yy, lib, "HW", 11)
            p.t(192, yy, eur(v, "plain"), "HW", 12, "r")
        yb = top + 9 * 5 + 10
        labs = [("Total", total), ("Part assurance maladie (maternité 100 %)", amo), ("Part mutuelle", amc),
                ("Reste à payer par la patiente", pt)]
        for i, (lab, v) in enumerate(labs):
            p.t(150, yb + i * 8, lab, "CC", 9.5, "r")
            p.line(153, yb + i * 8 + 1, 195, yb + i * 8 + 1, 0.3, 0.5, dash=(1, 1.5))
            p.t(190, yb + i * 8 - 0.5, eur(v, "plain"), "HWB" if i == 0 else "HW", 12.5, "r")
        p.t(15, yb + 40, "Fait à", "CC", 9.5)
        p.t(27, yb + 40, city_of(city), "HW", 12)
        p.t(75, yb + 40, "le", "CC", 9.5)
        p.t(81, yb + 40, fd(issued), "HW", 12)
        p.t(140, yb + 40, "Signature", "CC", 8.5, gray=0.4)
        p.t(142, yb + 51, f"{nom[0][0]}. {nom[1].title()}", "KR", 20)
        p.t(15, yb + 62, "Dispense d'avance des frais — assurance maternité.", "CC", 8.5)
        p.line(15, 280, 195, 280, 0.3, 0.5)
        p.t(105, 284, f"SIRET {siret} · Membre d'une association agréée, le règlement par chèque est accepté.",
            "CC", 7, "c", gray=0.35)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("sagefemme-domicile-manuscrit", [p1], [("invoice", f)], fax_name=f"SF {nom[1]}")


def l03_rhumato_latex(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1950, 1985))
    street, city, dept = g.addr()
    rpps, gp = make_rpps(r), make_rpps(r)
    care = day(r, (2, 10))
    issued = care + dt.timedelta(days=r.randint(0, 2))
    xray = care - dt.timedelta(days=r.randint(15, 60))
    ctrl = care + dt.timedelta(days=r.choice([42, 49, 56]))
    number = f"{issued.year}/{r.randint(1000, 4999)}"
    base, da = 5608, r.choice([3500, 4000, 4400])
    total = base + da
    amo = pct(base, 0.70)
    amc = (base - amo) + 2000
    pt = total - amo - amc
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    nom = (r.choice(FIRST_M), r.choice(LAST))
    am = f"{dnum(dept)}1{digits(r, 5)}"
    tel, siret = phone(r), make_siret(r)

    def p1(p: P21):
        p.t(20, 22, f"Docteur {nom[0]} {nom[1]}", "CMB", 13)
        p.t(20, 27.5, "Rhumatologue", "CMI", 10)
        p.t(20, 32, "Ancien chef de clinique-assistant des hôpitaux", "CM", 8.5)
        p.t(20, 36.5, "Conventionné secteur 2 — adhérent OPTAM", "CM", 8.5)
        p.t(20, 41, street, "CM", 8.5)
        p.t(20, 45.5, f"{city} — Tél. {tel}", "CM", 8.5)
        p.t(20, 50, f"RPPS {rpps}", "CMT", 8.5)
        p.line(110, 18, 110, 52, 0.4)
        p.t(115, 22, "Patient", "CMB", 10)
        p.t(115, 28, f"{pat['last']} {pat['first']}", "CM", 10)
        p.t(115, 33, f"né(e) le {fd(pat['birth'], 'long')}", "CM", 9)
        p.t(115, 38, f"NIR : {nir_spaced(pat['nir'])}", "CM", 9)
        p.t(115, 43, f"Complémentaire : {mut}", "CM", 9)
        p.t(115, 48, f"N° AMC {amcn}", "CM", 9)
        p.t(105, 66, f"Note d'honoraires n° {number}", "CMB", 14, "c")
        p.t(105, 72, f"Date de l'acte : {fd(care, 'long')}", "CM", 10, "c")
        y0 = 82
        p.line(20, y0, 190, y0, 0.9)
        hdr = ["Date", "Code", "Libellé", "Base", "Dépassement", "Montant"]
        xs = [20, 42, 62, 144, 170, 190]
        al = ["l", "l", "l", "r", "r", "r"]
        for x, h, a in zip(xs, hdr, al):
            p.t(x, y0 + 5, h, "CMB", 9, a)
        p.line(20, y0 + 7.5, 190, y0 + 7.5, 0.4)
        p.t(20, y0 + 13, fd(care), "CM", 9)
        p.t(42, y0 + 13, "MZLH001", "CMT", 9)
        p.t(62, y0 + 13, "Injection intra-articulaire de l'épaule,", "CM", 9)
        p.t(62, y0 + 17.5, "avec guidage échographique", "CM", 9)
        p.t(144, y0 + 13, eur(base, "plain"), "CM", 9, "r")
        p.t(170, y0 + 13, eur(0, "plain"), "CM", 9, "r")
        p.t(190, y0 + 13, eur(base, "plain"), "CM", 9, "r")
        p.t(20, y0 + 24, fd(care), "CM", 9)
        p.t(42, y0 + 24, "DA", "CMT", 9)
        p.t(62, y0 + 24, "Dépassement autorisé (OPTAM)", "CM", 9)
        p.t(144, y0 + 24, "—", "CM", 9, "r")
        p.t(170, y0 + 24, eur(da, "plain"), "CM", 9, "r")
        p.t(190, y0 + 24, eur(da, "plain"), "CM", 9, "r")
        p.line(20, y0 + 27.5, 190, y0 + 27.5, 0.9)
        yb = y0 + 38
        for i, (lab, v) in enumerate([("Montant total", total), ("Remboursement Assurance Maladie (70 % de la base)", amo),
                                      ("Part complémentaire", amc), ("Reste à votre charge", pt)]):
            p.t(160, yb + i * 6, lab, "CMB" if i in (0, 3) else "CM", 10, "r")
            p.t(190, yb + i * 6, eur(v, sep=NBSP), "CMB" if i in (0, 3) else "CM", 10, "r")
        p.t(20, yb + 34, f"Adressé par le Dr {r.choice(LAST)}, médecin traitant (RPPS {gp}), pour une capsulite "
                         "rétractile.", "CM", 9)
        p.t(20, yb + 39, f"Radiographie de l'épaule du {fd(xray)} ; contrôle clinique prévu le {fd(ctrl)}.", "CM", 9)
        p.t(20, yb + 48, f"Établie à {city_of(city)}, le {fd(issued, 'long')}.", "CMI", 9.5)
        p.line(20, 276, 190, 276, 0.3)
        p.t(105, 280, f"RPPS {rpps} — N° AM {am} — SIRET {siret}", "CMT", 7.5, "c")
        p.t(105, 284, "Tiers payant sur la part obligatoire et la part complémentaire.", "CM", 7.5, "c")

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("rhumatologue-latex-infiltration", [p1], [("invoice", f)], fax_name=f"DR {nom[1]}")


def l04_audio_seconde_oreille(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1940, 1962))
    street, city, dept = g.addr()
    adeli = make_adeli(r, dnum(dept), "26")
    orl = make_rpps(r)
    care = day(r, (3, 10))
    issued = care
    first_ear = care - dt.timedelta(days=r.randint(60, 200))
    ordo = first_ear - dt.timedelta(days=r.randint(10, 30))
    devis_d = ordo + dt.timedelta(days=r.randint(2, 8))
    number = f"FA-{issued.year}-{r.randint(1000, 9999)}"
    old_number = f"FA-{first_ear.year}-{r.randint(1000, 9999)}"
    devis = f"DN{r.randint(100000, 999999)}"
    price, base = 165000, 40000
    amo = pct(base, 0.60)
    amc = r.choice([85000, 90000])
    total = price
    pt = total - amo - amc
    tva = price - int(round(price / 1.055))
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    nom = (r.choice(FIRST_M), r.choice(LAST))
    serial = f"{r.choice(['SN', 'S/N '])}{digits(r, 9)}"
    tel, siret, rib = phone(r), make_siret(r), iban(r)
    lpp = "2355084"

    def p1(p: P21):
        c = p.c
        c.setLineWidth(1.4)
        c.setStrokeGray(0.3)
        for k in range(3):
            c.arc((18 + 0) * mm - (3 + 3 * k) * mm, p.h - 24 * mm - (3 + 3 * k) * mm,
                  (18 + 0) * mm + (3 + 3 * k) * mm, p.h - 24 * mm + (3 + 3 * k) * mm, -50, 100)
        c.setStrokeGray(0)
        p.t(32, 20, f"AUDITION {city_of(city).upper()}", "DIN", 16)
        p.t(32, 26, "Centre d'audioprothèse", "API", 9)
        p.t(32, 30.5, f"{street} — {city} — {tel}", "API", 8)
        p.rect(128, 13, 67, 22, width=0.8)
        p.t(161.5, 20, "FACTURE", "DIN", 14, "c")
        p.t(131, 26.5, f"N° {number}", "APIB", 9.5)
        p.t(131, 31.5, f"Date : {fd(issued, 'dot4')}", "API", 9.5)
        p.t(15, 46, "AUDIOPROTHÉSISTE", "DIN", 10)
        p.t(15, 51.5, f"{nom[0]} {nom[1]}, audioprothésiste D.E.", "API", 9.5)
        p.t(15, 56.5, f"N° ADELI {adeli}", "APIB", 9.5)
        p.t(110, 46, "PATIENT", "DIN", 10)
        p.t(110, 51.5, f"{pat['last']} {pat['first']}", "APIB", 9.5)
        p.t(110, 56.5, f"Né(e) le {fd(pat['birth'], 'dot4')}", "API", 9.5)
        p.t(110, 61.5, f"NIR {nir_spaced(pat['nir'])}", "API", 9.5)
        p.t(110, 66.5, f"{mut} — N° AMC {amcn}", "API", 9)
        p.t(15, 66.5, f"Prescription ORL : Dr {r.choice(LAST)} — RPPS {orl}", "API", 8.5)
        p.t(15, 71, f"Ordonnance du {fd(ordo, 'dot4')}", "API", 8.5)
        p.rect(15, 78, 180, 17, fill=0.95, width=0.3)
        p.t(18, 83.5, "Appareillage de la DEUXIÈME OREILLE (droite). La première oreille (gauche) a été appareillée",
            "API", 8.5)
        p.t(18, 88, f"le {fd(first_ear, 'dot4')}, facture {old_number}. Devis normalisé n° {devis} du "
                    f"{fd(devis_d, 'dot4')}.", "API", 8.5)
        p.t(18, 92.5, "Délivrance de l'aide auditive droite ce jour, après période d'essai.", "API", 8.5)
        rows = [[lpp, f"Aide auditive contour RIC — droite — {serial}", "II", "1", eur(price, sep=NBSP),
                 eur(base, sep=NBSP), eur(amo, sep=NBSP)],
                ["—", "Prestations de suivi (4 ans) incluses", "", "1", eur(0), "", ""]]
        y = p.table(15, 102, [20, 72, 12, 9, 24, 22, 21],
                    ["Code LPP", "Désignation", "Classe", "Qté", "Prix TTC", "Base LPP", "Part AMO"], rows,
                    "llccrrr", "API", "APIB", 8, 7, 0.85)
        yb = y + 10
        for i, (lab, v) in enumerate([("Prix total TTC", total), ("Part Sécurité sociale", amo), ("Part mutuelle", amc),
                                      ("Reste à payer", pt)]):
            p.t(160, yb + i * 6.5, lab, "APIB" if i in (0, 3) else "API", 10, "r")
            p.t(195, yb + i * 6.5, eur(v, sep=NBSP), "APIB" if i in (0, 3) else "API", 10, "r")
        p.t(160, yb + 27, f"dont TVA 5,5 % : {eur(tva, sep=NBSP)}", "APII", 8, "r", gray=0.35)
        p.t(15, yb + 40, "Garantie constructeur 4 ans. Piles non comprises.", "APII", 8)
        p.line(15, 279, 195, 279, 0.3, 0.5)
        p.t(105, 283, f"SARL Audition {city_of(city)} — SIRET {siret} — IBAN {rib}", "API", 7, "c", gray=0.3)

    f = F(adeli=adeli, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("audio-deuxieme-oreille", [p1], [("invoice", f)], fax_name=f"AUDITION {city_of(city).upper()}")


def l05_implant(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1952, 1980))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    d1 = day(r, (1, 4))
    d2 = d1 + dt.timedelta(days=r.randint(95, 140))
    issued = d2 + dt.timedelta(days=r.randint(0, 5))
    devis_d = d1 - dt.timedelta(days=r.randint(20, 45))
    accept_d = devis_d + dt.timedelta(days=r.randint(3, 12))
    number = f"F{issued:%y}{r.randint(10000, 99999)}"
    devis = f"D{devis_d:%y}{r.randint(1000, 9999)}"
    tooth = r.choice(["36", "46", "25", "15"])
    crown_fee = r.choice([85000, 90000])
    lines = [(d1, tooth, "LBLD015", "Pose d'un implant intra-osseux", None, 100000),
             (d2, tooth, "—", "Pilier implantaire titane", None, 30000),
             (d2, tooth, "HBLD724", "Couronne implantoportée céramo-métallique", 10750, crown_fee)]
    total = sum(l[5] for l in lines)
    amo = pct(10750, 0.70)
    amc = r.choice([60000, 70000])
    pt = total - amo - amc
    acompte = 70000
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    nom = (r.choice(FIRST_F), r.choice(LAST))
    am = f"{dnum(dept)}4{digits(r, 5)}"
    tel = phone(r)

    def p1(p: P21):
        p.t(105, 17, "Cabinet d'implantologie et de parodontologie", "QUI", 10, "c", gray=0.3)
        p.t(105, 25, f"Docteur {nom[0]} {nom[1]}", "QUB", 15, "c")
        p.t(105, 30.5, "Chirurgien-dentiste — exercice exclusif en implantologie", "QU", 9, "c")
        p.t(105, 35.5, f"{street} — {city} — {tel}", "QU", 8.5, "c")
        p.t(105, 40.5, f"RPPS {rpps} — N° AM {am}", "QU", 8.5, "c")
        p.line(15, 45, 195, 45, 0.3)
        p.line(15, 46, 195, 46, 0.3)
        p.t(15, 56, f"FACTURE D'HONORAIRES N° {number}", "QUB", 12)
        p.t(195, 56, f"Date : {fd(issued, 'dot4')}", "QU", 10, "r")
        p.t(15, 66, f"Patient(e) : {pat['last']} {pat['first']}", "QUB", 10)
        p.t(120, 66, f"Date de naissance : {fd(pat['birth'], 'dot4')}", "QU", 10)
        p.t(15, 72, f"N° de sécurité sociale : {nir_spaced(pat['nir'])}", "QU", 10)
        p.t(15, 78, f"Complémentaire santé : {mut} — N° AMC {amcn}", "QU", 10)
        p.t(15, 87, f"Traitement réalisé conformément au devis n° {devis} du {fd(devis_d, 'dot4')}, accepté et signé "
                    f"le {fd(accept_d, 'dot4')}.", "QUI", 9)
        rows = [[fd(d, "dot4"), t, c, lib, "NR" if b is None else eur(b, "plain"), eur(v, "plain", NBSP)]
                for d, t, c, lib, b, v in lines]
        y = p.table(15, 93, [22, 12, 22, 76, 22, 26],
                    ["Date", "Dent", "Code", "Acte", "Base rbt", "Honoraires"], rows, "lcclrr", "QU", "QUB", 8.8, 7.5,
                    0.88)
        p.t(15, y + 5, "NR : acte non remboursable par l'assurance maladie.", "QUI", 7.5, gray=0.35)
        yb = y + 15
        for i, (lab, v) in enumerate([("Total des honoraires", total), ("Part AMO", amo),
                                      ("Part AMC (forfait implantologie)", amc), ("Reste à charge", pt)]):
            p.t(155, yb + i * 6.5, lab, "QUB" if i == 0 else "QU", 10, "r")
            p.t(195, yb + i * 6.5, eur(v, sep=NBSP), "QUB" if i == 0 else "QU", 10, "r")
        p.t(15, yb + 34, f"Acompte versé à l'acceptation du devis : {eur(acompte, sep=NBSP)} (déduit du reste à "
                         "charge).", "QU", 9)
        p.t(15, yb + 40, "Matériel implanté : implant Ø 4,1 × 10 mm, lot et traçabilité remis au patient.", "QU", 9)
        p.t(120, yb + 58, "Signature du praticien", "QUI", 9)
        p.t(15, 284, "Membre d'une association de gestion agréée — règlement par chèque accepté.", "QUI", 7,
            gray=0.4)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=d1, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("dentiste-implant-apres-devis", [p1], [("invoice", f)], fax_name=f"DR {nom[1]}")


def l06_psychiatre_machine(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1960, 2002))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    care = day(r, (2, 10))
    issued = care
    nxt = care + dt.timedelta(days=r.choice([14, 21, 28]))
    number = f"{issued:%Y}-{r.randint(100, 999)}"
    base, da = 5500, r.choice([2500, 3000])
    total = base + da
    amo = pct(base, 0.70)
    amc = base - amo + 2000
    pt = total - amo - amc
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    nom = (r.choice(FIRST_M), r.choice(LAST))
    tel = phone(r, ".")

    def p1(p: P21):
        p.t(20, 22, f"Docteur {nom[0]} {nom[1]}", "TW", 12)
        p.t(20, 28, "Psychiatre - Psychothérapeute", "TW", 9.5)
        p.t(20, 33, "Conventionné secteur 2 - OPTAM", "TW", 9.5)
        p.t(20, 38, street, "TW", 9.5)
        p.t(20, 43, city, "TW", 9.5)
        p.t(20, 48, f"Tél. {tel}", "TW", 9.5)
        p.t(20, 53, f"RPPS : {rpps}", "TW", 9.5)
        p.t(190, 22, f"{city_of(city)}, le {fd(issued)}", "TW", 9.5, "r")
        p.t(105, 72, "NOTE D'HONORAIRES", "TW", 14, "c")
        p.t(105, 79, f"No {number}", "TW", 10, "c")
        rows = [("Patient", f"{pat['last']} {pat['first']}"), ("Date de naissance", fd(pat["birth"])),
                ("No Sécurité sociale", nir_spaced(pat["nir"])), ("Mutuelle", mut), ("No AMC", amcn),
                ("Date de la consultation", fd(care))]
        for i, (lab, v) in enumerate(rows):
            p.t(25, 95 + i * 7, f"{lab:<24}: {v}", "TW", 9.5)
        y = 145
        p.t(25, y, "-" * 62, "TW", 9.5)
        p.t(25, y + 6, "CNPSY   Consultation de psychiatrie", "TW", 9.5)
        p.t(185, y + 6, eur(base, "EUR"), "TW", 9.5, "r")
        p.t(25, y + 12, "DA      Dépassement autorisé OPTAM", "TW", 9.5)
        p.t(185, y + 12, eur(da, "EUR"), "TW", 9.5, "r")
        p.t(25, y + 18, "-" * 62, "TW", 9.5)
        for i, (lab, v) in enumerate([("TOTAL", total), ("Part Assurance Maladie", amo), ("Part Mutuelle", amc),
                                      ("Reste à votre charge", pt)]):
            p.t(25, y + 25 + i * 7, f"{lab:<28}:", "TW", 9.5)
            p.t(185, y + 25 + i * 7, eur(v, "EUR"), "TW", 9.5, "r")
        p.t(25, y + 62, f"Prochain rendez-vous : {fd(nxt)} à {r.randint(9, 18)}h{r.choice(['00', '30'])}", "TW", 9)
        p.t(25, y + 68, f"Médecin traitant : Dr {r.choice(LAST)}", "TW", 9)
        p.stamp21(150, y + 88, [f"Dr {nom[0][0]}. {nom[1]}", "Psychiatre", f"RPPS {rpps}", city_of(city)], -6,
                  "TW", "TW", 8, 0.4)
        p.t(120, y + 92, f"{nom[0][0]}. {nom[1].title()}", "DM", 17)
        p.t(105, 284, "Dispense d'avance de frais sur la part obligatoire et la part mutuelle.", "TW", 7.5, "c",
            gray=0.4)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("psychiatre-machine-a-ecrire", [p1], [("invoice", f)], fax_name=f"DR {nom[1]}")


def l07_pharmacie_capteurs(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1955, 1995))
    street, city, dept = g.addr()
    finess = make_finess(r, dnum(dept))
    titular, presc = make_rpps(r), make_rpps(r)
    care = day(r, (2, 10))
    issued = care
    ordo = care - dt.timedelta(days=r.randint(5, 60))
    nxt = care + dt.timedelta(days=28)
    number = f"{r.randint(100000, 999999)}"
    items = [("1149223", "FREESTYLE LIBRE 2 PLUS CAPTEUR 15J", 2, 5544, 100),
             ("1163640", "LANCETTES ACCU-CHEK FASTCLIX B/204", 1, 1080, 100),
             ("—", "SPRAY RETRAIT ADHESIF 50ML", 1, 890, 0)]
    lt = [q * u for _, _, q, u, _ in items]
    la = [pct(x, t / 100) for (_, _, _, _, t), x in zip(items, lt)]
    total = sum(lt)
    amo = sum(la)
    amc = 0
    pt = total - amo
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    ph = f"PHARMACIE {r.choice(['DU CENTRE', 'DES HALLES', 'DE LA POSTE', 'DU PONT'])}"
    am = f"{dnum(dept)}2{digits(r, 5)}"
    tel, siret = phone(r), make_siret(r)
    tit = (r.choice(FIRST_F), r.choice(LAST))

    def p1(p: P21):
        f, fs = "OSI", 6.8
        p.t(10, 10, ph, f, 11)
        p.t(10, 14.5, f"{street} {city} - Tél {tel}", f, fs)
        p.t(10, 18, f"FINESS {finess} - N° AM {am} - SIRET {siret}", f, fs)
        p.t(10, 21.5, f"Pharmacien titulaire : {tit[0]} {tit[1]} - RPPS {titular}", f, fs)
        p.rect(140, 7, 60, 15, width=0.4)
        p.t(143, 11.5, f"FACTURE N° {number}", f, 8.5)
        p.t(143, 16, f"du {dd2(issued)}", f, fs)
        p.t(143, 19.5, "Tiers payant AMO", f, fs)
        p.t(10, 29, f"Assuré(e) : {pat['last']} {pat['first']}   né(e) le {dd2(pat['birth'])}", f, 7.5)
        p.t(10, 33, f"NIR : {nir_spaced(pat['nir'])}   Régime général - Exonération ALD", f, fs)
        p.t(10, 36.5, f"AMC : {mut} - N° {amcn}", f, fs)
        p.t(115, 29, f"Prescripteur : Dr {r.choice(LAST)} (diabétologue) RPPS {presc}", f, fs)
        p.t(115, 33, f"Ordonnance du {dd2(ordo)} - renouvelable 6 mois", f, fs)
        p.t(115, 36.5, f"Délivrance le {dd2(care)}", f, 7.5)
        rows = [[c, n, str(q), eur(u, "plain"), eur(x, "plain"), f"{t} %" if t else "NR", eur(a, "plain")]
                for (c, n, q, u, t), x, a in zip(items, lt, la)]
        y = p.table(10, 41, [20, 78, 10, 18, 20, 16, 28],
                    ["Code LPP", "Désignation", "Qté", "P.U.", "Montant", "Taux", "Part AMO"], rows, "llcrrcr",
                    f, f, fs, 5.2, 0.85)
        yb = y + 6
        for i, (lab, v) in enumerate([("Total TTC", total), ("Part AMO", amo), ("Part AMC", amc),
                                      ("Reste à payer assuré", pt)]):
            p.t(160, yb + i * 4.5, lab, f, 7.5, "r")
            p.t(200, yb + i * 4.5, eur(v), f, 7.5, "r")
        p.t(10, yb + 1, f"Prochaine délivrance de capteurs possible à partir du {dd2(nxt)}.", f, fs)
        p.t(10, yb + 5, "Produit non remboursable réglé par le patient (carte bancaire).", f, fs)
        p.t(105, 143, "Merci de votre visite - Conservez cette facture", f, 6, "c", gray=0.35)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    lay = Layout("pharmacie-capteurs-a5", [p1], [("invoice", f)], fax_name=ph)
    lay.size = landscape(A5)
    return lay


def l08_retrocession(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1960, 1995))
    cp, cityname, dept = r.choice(CITIES)
    city = f"{cp} {cityname}"
    geo, jur = make_finess(r, dnum(dept)), make_finess(r, dnum(dept))
    presc, pharma = make_rpps(r), make_rpps(r)
    care = day(r, (2, 10))
    issued = care + dt.timedelta(days=r.randint(1, 6))
    number = f"R{issued:%y}-{r.randint(100000, 999999)}"
    ipp = digits(r, 9)
    ucd = "340093" + digits(r, 6)
    ucd += ean.calc_check_digit(ucd)
    qty, unit = r.choice([2, 3]), 71629
    marge = 2200
    lines = [(ucd, "BICTEGRAVIR/EMTRICITABINE/TENOFOVIR ALAF. 50/200/25 MG CPR B/30", qty, unit, qty * unit),
             ("MRET", "Marge forfaitaire de rétrocession (par ligne et par boîte)", qty, marge, qty * marge)]
    total = sum(l[4] for l in lines)
    amo, amc, pt = total, 0, 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    siret = make_siret(r)

    def p1(p: P21):
        p.t(15, 18, f"Centre Hospitalier Universitaire de {cityname.title()}", "CC", 15)
        p.t(15, 24, "Pharmacie à usage intérieur — Unité de rétrocession", "CMS", 9)
        p.t(15, 28.5, f"Site Hôpital Nord — {r.randint(1, 80)} {r.choice(STREETS)} — {city}", "CMS", 8.5)
        p.t(15, 33, f"FINESS établissement : {geo}", "CMSB", 8.5)
        p.t(195, 18, "FACTURE DE RÉTROCESSION", "CMSB", 11, "r")
        p.t(195, 24, f"N° de facture : {number}", "CMS", 9, "r")
        p.t(195, 29, f"Date de facturation : {fd(issued)}", "CMS", 9, "r")
        p.t(195, 34, f"Date de dispensation : {fd(care)}", "CMS", 9, "r")
        p.rect(15, 41, 180, 29, fill=0.94, width=0.3)
        for i, (lab, v) in enumerate([("Patient", f"{pat['last']} {pat['first']}"), ("Né(e) le", fd(pat["birth"])),
                                      ("NIR", nir_spaced(pat["nir"])), ("Organisme complémentaire",
                                                                          f"{mut} — N° AMC {amcn}")]):
            p.t(19, 47 + i * 6, lab, "CMS", 8.5, gray=0.3)
            p.t(62, 47 + i * 6, v, "CMSB" if i == 0 else "CMS", 9)
        p.t(150, 47, f"IPP {ipp}", "CMS", 8.5)
        p.t(150, 53, "Exonération : ALD", "CMS", 8.5)
        p.t(15, 78, f"Prescripteur : Dr {r.choice(LAST)}, maladies infectieuses et tropicales — RPPS {presc}", "CMS",
            8.5)
        p.t(15, 83, f"Pharmacien dispensateur : Dr {r.choice(FIRST_F)} {r.choice(LAST)} — RPPS {pharma}", "CMS", 8.5)
        rows = [[c, n, str(q), eur(u, "plain", NBSP), eur(x, "plain", NBSP)] for c, n, q, u, x in lines]
        y = p.table(15, 90, [27, 103, 10, 20, 20], ["Code UCD", "Désignation", "Qté", "P.U. (€)", "Montant (€)"],
                    rows, "llcrr", "CMS", "CMSB", 7.6, 7, 0.85)
        yb = y + 11
        for i, (lab, v) in enumerate([("Montant total facturé", total),
                                      ("Part Assurance Maladie (100 % — ALD)", amo), ("Part complémentaire", amc),
                                      ("Reste à charge patient", pt)]):
            p.t(160, yb + i * 6.5, lab, "CMSB" if i == 0 else "CMS", 9.5, "r")
            p.t(195, yb + i * 6.5, eur(v, sep=NBSP), "CMSB" if i == 0 else "CMS", 9.5, "r")
        p.t(15, yb + 36, "Médicament réservé à l'usage hospitalier dispensé en rétrocession. Facture adressée en "
                         "tiers payant.", "CMS", 8)
        p.t(15, yb + 41, "Tout règlement éventuel est payable auprès du comptable public, trésorerie hospitalière.",
            "CMS", 8)
        p.line(15, 277, 195, 277, 0.3)
        p.t(105, 281, f"Entité juridique : CHU de {cityname.title()} — FINESS juridique {jur} — SIRET {siret}",
            "CMS", 7, "c")
        p.t(105, 285, f"Bureau des admissions — Tél. {phone(r)}", "CMS", 7, "c")

    f = F(finess=geo, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("chu-pui-retrocession", [p1], [("invoice", f)], fax_name=f"CHU {cityname} PUI")


def l09_maison_garde(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1950, 2004))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    d = day(r, (2, 10))
    care = d + dt.timedelta(days=(6 - d.weekday()))
    issued = care
    number = f"MMG{care:%y}-{r.randint(1000, 9999)}"
    acts = [("G", "Consultation de médecine générale", 3000), ("F", "Majoration dimanche et jour férié", 1906),
            ("SNP", "Majoration soins non programmés (régulés)", 1500)]
    total = sum(v for *_, v in acts)
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    nom = (r.choice(FIRST_F), r.choice(LAST))
    am = f"{dnum(dept)}1{digits(r, 5)}"
    siret = make_siret(r)
    call = (r.randint(8, 11), r.randint(0, 59))
    seen = (call[0] + 1, r.randint(0, 59))
    dossier = digits(r, 8)
    prac_street = f"{r.randint(1, 90)} {r.choice(STREETS)}"

    def p1(p: P21):
        c = p.c
        c.setFillGray(0.35)
        c.circle(23 * mm, p.h - 22 * mm, 8 * mm, stroke=0, fill=1)
        c.setFillGray(1)
        c.circle(26 * mm, p.h - 20 * mm, 7 * mm, stroke=0, fill=1)
        c.setFillGray(0)
        p.t(36, 19, "MAISON MÉDICALE DE GARDE", "BTB", 14)
        p.t(36, 25, f"Association de permanence des soins du secteur de {city_of(city)}", "DU", 8.5)
        p.t(36, 29.5, f"{street}, {city} — SIRET {siret}", "DU", 8)
        p.t(36, 34, "Ouverte samedi après-midi, dimanche et jours fériés — accès sur appel au 116 117", "DUI", 8)
        p.line(15, 40, 195, 40, 0.6)
        p.t(15, 50, f"Facture n° {number}", "DUB", 12)
        p.t(195, 50, f"Éditée le {fd(issued, 'dot2')}", "DU", 9.5, "r")
        p.t(15, 60, "Médecin de garde", "BT", 9, gray=0.3)
        p.t(55, 60, f"Dr {nom[0]} {nom[1]}, médecin généraliste", "DUB", 9.5)
        p.t(55, 65, f"RPPS {rpps} — N° AM {am}", "DU", 9)
        p.t(55, 70, f"Cabinet habituel : {prac_street}, {city}", "DU", 8.5)
        p.t(15, 80, "Patient", "BT", 9, gray=0.3)
        p.t(55, 80, f"{pat['last']} {pat['first']}", "DUB", 9.5)
        p.t(55, 85, f"né(e) le {fd(pat['birth'])} — NIR {nir_spaced(pat['nir'])}", "DU", 9)
        p.t(55, 90, f"{mut} — N° AMC {amcn}", "DU", 9)
        p.t(15, 100, "Consultation", "BT", 9, gray=0.3)
        p.t(55, 100, f"{wlong(care)} à {seen[0]} h {seen[1]:02d}", "DUB", 9.5)
        p.t(55, 105, f"Appel régulé au 116 117 à {call[0]} h {call[1]:02d} — dossier de régulation {dossier}", "DU",
            8.5)
        rows = [[c_, lib, eur(v, sep=NBSP)] for c_, lib, v in acts]
        y = p.table(15, 114, [22, 118, 40], ["Code", "Libellé", "Montant"], rows, "llr", "DU", "DUB", 9, 7.2, 0.9)
        yb = y + 10
        for i, (lab, v) in enumerate([("Montant total", total), ("Part Sécurité sociale (70 %)", amo),
                                      ("Part complémentaire (30 %)", amc), ("Reste à payer", pt)]):
            p.leader(95, yb + i * 6.5, 195, lab, eur(v, sep=NBSP), "DUB" if i == 0 else "DU", "DUB", 9.5)
        p.t(15, yb + 34, "Tiers payant intégral. Un compte rendu a été adressé à votre médecin traitant.", "DUI", 8)
        p.line(15, 279, 195, 279, 0.3, 0.5)
        p.t(105, 283, f"En dehors des heures d'ouverture, composez le 15 en cas d'urgence vitale. Secrétariat "
                      f"{phone(r)}", "DU", 7, "c", gray=0.35)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("maison-medicale-garde-dimanche", [p1], [("invoice", f)], fax_name="MMG GARDE")


def l10_labo_lot(g: Gen) -> Layout:
    r = g.rng
    street, city, dept = g.addr()
    finess = make_finess(r, dnum(dept))
    bio = make_rpps(r)
    bio_name = (r.choice(FIRST_M), r.choice(LAST))
    siret = make_siret(r)
    tel = phone(r)
    catalog = [("1104", "Hémogramme (NFS, plaquettes)", 24), ("0552", "Glycémie à jeun", 5),
               ("0593", "Créatinine et DFG estimé", 7), ("1127", "Ferritine", 16),
               ("0996", "Bilan lipidique (EAL)", 25), ("1208", "TSH", 22), ("0322", "Hémoglobine glyquée (HbA1c)", 26),
               ("1610", "Vitamine D (25-OH)", 33)]
    d0 = day(r, (2, 9))
    r_names = [r.choice(LAST), r.choice(LAST)]
    docs, pages = [], []
    nbase = r.randint(200000, 800000)
    for k in range(2):
        pat = g.person(year=(1945, 2000))
        prel = d0 + dt.timedelta(days=k * r.randint(1, 3))
        issued = prel + dt.timedelta(days=r.randint(1, 3))
        number = f"{prel:%y}{nbase + 17 * k + r.randint(1, 9)}"
        dossier = f"{prel:%y%m%d}-{r.randint(100, 999)}"
        picks = sorted(r.sample(range(len(catalog)), r.choice([3, 4])))
        lines = [catalog[i] for i in picks] + [("9105", "Forfait prélèvement sanguin (PB)", None),
                                               ("9005", "Forfait de sécurité pour échantillon sanguin", 5)]
        amounts = [(c, lib, b, 252 if b is None else b * 25) for c, lib, b in lines]
        total = sum(a[3] for a in amounts)
        amo = pct(total, 0.60)
        amc = total - amo
        pt = 0
        amcn = g.amc_number()
        mut = r.choice(MUTUELLES)
        presc = make_rpps(r)
        hour = f"{r.randint(7, 10):02d}:{r.randint(0, 59):02d}"

        def page(p: P21, pat=pat, prel=prel, issued=issued, number=number, dossier=dossier, amounts=amounts,
                 total=total, amo=amo, amc=amc, pt=pt, amcn=amcn, mut=mut, presc=presc, hour=hour, k=k):
            p.t(15, 18, "LABORATOIRE DE BIOLOGIE MEDICALE", "RGW", 12)
            p.t(15, 24, f"SELAS BIO {city_of(city).upper()} — site {street}, {city}", "KA", 8.5)
            p.t(15, 28.5, f"FINESS {finess} — Tél. {tel}", "KA", 8.5)
            p.t(15, 33, f"Biologiste responsable : Dr {bio_name[0]} {bio_name[1]} — RPPS {bio}", "KA", 8)
            p.rect(130, 13, 65, 24, width=0.5)
            p.t(133, 19, f"Réf. facture : {number}", "KAB", 9.5)
            p.t(133, 24.5, f"Édition : {fd(issued, 'dot4')}", "KA", 9)
            p.t(133, 30, f"Dossier : {dossier}", "KA", 9)
            p.t(15, 46, "PATIENT", "RG", 9)
            p.t(15, 52, f"{pat['last']} {pat['first']}", "KAB", 10)
            p.t(15, 57.5, f"Né(e) le {fd(pat['birth'], 'dot4')}", "KA", 9)
            p.t(15, 63, f"NIR {nir_spaced(pat['nir'])}", "KA", 9)
            p.t(15, 68.5, f"{mut} — AMC {amcn}", "KA", 9)
            p.t(110, 46, "PRESCRIPTION", "RG", 9)
            p.t(110, 52, f"Dr {r_names[k]} — RPPS {presc}", "KA", 9)
            p.t(110, 57.5, f"Prélèvement du {fd(prel, 'dot4')} à {hour}", "KAB", 9)
            p.t(110, 63, "Prélèvement au laboratoire, patient à jeun", "KA", 8.5)
            rows = [[c, lib, "PB" if b is None else f"B {b}", eur(a, sep=NBSP)] for c, lib, b, a in amounts]
            y = p.table(15, 78, [22, 100, 26, 32], ["Code NABM", "Analyse", "Cotation", "Montant"], rows, "llcr",
                        "KA", "KAB", 8.8, 6.8, 0.9)
            yb = y + 10
            for i, (lab, v) in enumerate([("Total", total), ("Part AMO 60 %", amo), ("Part AMC 40 %", amc),
                                          ("Net à payer", pt)]):
                p.t(160, yb + i * 6.5, lab, "KAB" if i == 0 else "KA", 9.5, "r")
                p.t(195, yb + i * 6.5, eur(v, sep=NBSP), "KAB" if i == 0 else "KA", 9.5, "r")
            p.t(15, yb + 36, "Résultats transmis au prescripteur et disponibles sur le serveur de résultats.", "KA", 8)
            p.line(15, 280, 195, 280, 0.3, 0.5)
            p.t(15, 284, f"SIRET {siret}", "KA", 7, gray=0.35)
            p.t(195, 284, f"Page {k + 1}/2 — envoi groupé de factures en tiers payant", "KA", 7, "r", gray=0.35)

        pages.append(page)
        docs.append(("invoice", F(finess=finess, nir=pat["nir"], patient_name=pat["norm"],
                                  patient_birth_date=pat["birth"], invoice_number=number, invoice_date=issued,
                                  care_date=prel, total_amount=total, amo_amount=amo, amc_amount=amc,
                                  patient_amount=pt, amc_number=amcn)))
    return Layout("labo-lot-2-factures", pages, docs, fax_name=f"LABO BIO {city_of(city).upper()}")


LAYOUTS = [l01_orthophonie_telesoin, l02_sagefemme_manuscrit, l03_rhumato_latex, l04_audio_seconde_oreille,
           l05_implant, l06_psychiatre_machine, l07_pharmacie_capteurs, l08_retrocession, l09_maison_garde,
           l10_labo_lot]
# neutral file ids: g101..g110 -> layout number (1-based, docstring order)
FILE_IDS = {"g101": 6, "g102": 10, "g103": 3, "g104": 8, "g105": 1, "g106": 9, "g107": 4, "g108": 7, "g109": 2,
            "g110": 5}


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
        assert stdnir.is_valid(n), n
        assert n[0] in "12" and 1 <= int(n[3:5]) <= 12 and len(n) == 15
        num = int(n[:13].replace("2A", "19").replace("2B", "18"))
        assert int(n[13:]) == 97 - num % 97
        if n[5:7] in ("2A", "2B"):
            assert int(n[1:3]) >= 76 or int(n[1:3]) <= 25
        assert n[1:3] == f["patient_birth_date"][2:4] and n[3:5] == f["patient_birth_date"][5:7]
        c = {k: int(f[k].replace(".", "")) for k in ("total_amount", "amo_amount", "amc_amount", "patient_amount")}
        assert c["total_amount"] == c["amo_amount"] + c["amc_amount"] + c["patient_amount"], (lay.id, c)
        assert all(v >= 0 for v in c.values()), (lay.id, c)
        assert f["amc_number"].isdigit() and len(f["amc_number"]) in (8, 9), f["amc_number"]
        assert f["patient_name"].split(" ", 1)[0].replace("-", "").replace(" ", "").isupper()
        assert kind == "invoice" and f["care_date"] <= f["invoice_date"], lay.id
        assert f["patient_birth_date"] < f["care_date"]


# ---------------------------------------------------------------------------------------- renderings
def text_pdf21(lay: Layout) -> bytes:
    size = getattr(lay, "size", None) or A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle("Facture")
    c.setCreator(random.Random(lay.id).choice(["Logiciel de facturation", "LibreOffice", "pdfTeX", "Logiciel LGO"]))
    for draw in lay.pages:
        draw(P21(c, size))
        c.showPage()
    c.save()
    return buf.getvalue()


def fax_tiff21(pdf: bytes, lay: Layout, rng: random.Random, fine: bool, when: str) -> bytes:
    """Set 4's fax renderer, with the sending machine's header line in osifont."""
    dpi_y = 196 if fine else 98
    pages = render(pdf, 204)
    sender = "+33 " + phone(rng)[1:]
    font = ImageFont.truetype(str(FAX_FONT), 22)
    frames = []
    n = len(pages)
    for i, img in enumerate(pages):
        if img.width > 1728:
            img = img.resize((1728, round(img.height * 1728 / img.width)), Image.LANCZOS)
        page = Image.new("L", (1728, img.height + 40), 255)
        page.paste(img, ((1728 - img.width) // 2, 40))
        ImageDraw.Draw(page).text((20, 8), f"{when}  DE: {sender}  {lay.fax_name[:24]:<24}  P.{i + 1:02d}/{n:02d}",
                                  font=font, fill=0)
        page = page.rotate(rng.uniform(-0.4, 0.4), resample=Image.BILINEAR, fillcolor=255)
        page = page.resize((1728, round(page.height * dpi_y / 204)), Image.LANCZOS)
        a = np.asarray(page).astype(np.int16)
        a = a + np.random.default_rng(rng.randint(0, 10**9)).normal(0, 18, a.shape).astype(np.int16)
        bw = Image.fromarray(np.where(a < rng.randint(140, 175), 0, 255).astype(np.uint8)).convert("1")
        frames.append(bw)
    buf = io.BytesIO()
    frames[0].save(buf, "TIFF", compression="group4" if fine else "group3", dpi=(204, dpi_y), save_all=True,
                   append_images=frames[1:], description=lay.fax_name)
    return buf.getvalue()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="documents21")
    ap.add_argument("--seed", type=int, default=211)
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    g = Gen(args.seed)
    rng = random.Random(args.seed * 7 + 1)
    lays = [make(g) for make in LAYOUTS]
    for lay in lays:
        check(lay)
    for stem, k in sorted(FILE_IDS.items()):
        lay = lays[k - 1]
        pdf = text_pdf21(lay)
        inv = max(f["invoice_date"] for _, f in lay.docs)
        when = f"{inv[8:10]}/{inv[5:7]}/{inv[:4]} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
        files = {f"{stem}.text.pdf": ("text", pdf),
                 f"{stem}.scan.pdf": ("scan", scan_pdf(pdf, rng)),
                 f"{stem}.photo.jpg": ("photo", photo6(pdf, rng)),
                 f"{stem}.fax-fine.tif": ("fax-fine", fax_tiff21(pdf, lay, rng, True, when)),
                 f"{stem}.fax-normal.tif": ("fax-normal", fax_tiff21(pdf, lay, rng, False, when))}
        for name, (rendering, data) in files.items():
            (out / name).write_bytes(data)
            truth = {"file": name, "rendering": rendering, "layout": lay.id,
                     "documents": [{"kind": kd, "fields": f} for kd, f in lay.docs]}
            (out / f"{name}.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(stem, lay.id, len(files), "files")


if __name__ == "__main__":
    main()
