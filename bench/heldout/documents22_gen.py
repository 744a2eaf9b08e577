"""
cd bench/heldout && ../../.venv/bin/python documents22_gen.py --out documents22 --seed 221

Twenty-second blind held-out layout set: ten French tiers-payant documents of everyday practice, each rendered five
ways.

Written blind (without reading parsers/, classifiers/, intake/, workers/, tests/, samples/, bench/*.py, bench/results/,
any first-run or scored file, or any rendered held-out set; read: the set 4 and 6 generators (whose helpers are
imported; lines 266-621 of set 6 were cut from the terminal output, not read), the module docstrings of
documents10_gen.py .. documents21_gen.py, the import block of set 21, the READMEs of sets 20 and 21 (in part), one
set-4 truth file and verify_printed.py), in designs not used by sets 10 to 21. Some
professions recur (dermatologue, infirmier, kinésithérapeute, pédiatre, chirurgien-dentiste, radiologue,
ophtalmologiste) in new designs; an ORL surgeon, a prestataire de santé à domicile (PSAD) and a clinic's
hospital prise-en-charge request are new. REALISTIC: seven ordinary documents as practice software, a web
invoicing service, an old line-printer program or a clinic prints them, and three harder ones that a clerk still
reads without hesitating.
  1. ORL - chirurgien cervico-facial secteur 2 OPTAM (RPPS) note d'honoraires: engraved-style letterhead (Isabella)
     over a Caslon body, labels LEFT of values with colons, CS + nasofibroscopy + DA dépassement partly covered by
     the AMC, 'Base' / 'Dépassement' / 'Honoraires' columns, long 'Fait à ..., le 3 avril 2025' issue line, the
     referring GP's RPPS and letter date, the audiogram date and a control date as distractors, SIRET footer;
  2. dermatologue secteur 1 (RPPS) invoice from a WEB invoicing service in Aerial: dark banner, small grey
     UPPERCASE labels ABOVE the values in a strip of four cells, patient card, a drawn QR code 'vérifier ce
     document', CS + exérèse line, '84,34 EUR' amounts, an appointment reference and the service's SIRET as
     distractors;
  3. prestataire de santé à domicile (PSAD) monthly relevé for a CPAP machine (PPC, sleep apnoea) in Veranda:
     four weekly LPP forfaits over a month (care date = the first day of the period), labels right-aligned in a
     column left of the values, AMO 60 % / AMC 40 %; the PSAD has NO RPPS/ADELI/FINESS (a 'code prestataire' N° AM
     and a SIRET only: rpps/adeli/finess absent from the truth); the responsible pharmacist's RPPS, the prescribing
     pulmonologist's RPPS and prescription date, the device serial number, the nightly use and an IBAN as
     distractors; NIR printed as 13 + 2 digits;
  4. infirmier libéral (ADELI) relevé of fourteen daily BSI forfaits (BSA + IFD) printed by an OLD LINE-PRINTER
     program on green-bar continuous paper (pin-feed holes, shaded bands), mononoki, UPPERCASE dotted labels
     ('NO FACTURE......:'), '12.03.25' dates, NIR printed without spaces, the prescriber's RPPS and prescription
     date, the N° AM, an 'EDITE LE' timestamp;
  5. HARDER - clinique chirurgicale (FINESS géographique) DEMANDE DE PRISE EN CHARGE HOSPITALIÈRE (kind 'pec', no
     care date) in Tymes: a form whose labels are all in shaded TABLE HEADER cells with the values below, DMT code
     and mode de traitement, planned entry date and length, the surgeon's RPPS, the FINESS juridique in the
     footer, N° adhérent beside the N° AMC, an estimate table (forfait journalier + chambre particulière) with
     'Part AMC demandée', AMO 0;
  6. HARDER - pédiatre (RPPS) fax BATCH of THREE pages: page 1 a 'bordereau d'envoi' (Aerial) listing the two
     invoices with their AMC amounts and a GRAND TOTAL (distractor) and its own later date; pages 2 and 3 two
     invoices (Caslon) for two children of two different families (APC; CS + MPE; two documents in the JSON; each
     NIR printed is the insured parent's), '15.09.25' dates;
  7. HARDER - masseur-kinésithérapeute (ADELI) invoice of ten sessions in Veranda where the HANDWRITTEN part is the
     mutuelle and its N° AMC (Breip hand: the patient brought the card later), the patient's initials in an
     'émargement' column and a 'tiers payant mutuelle ok' note (Femke Klaver hand); session dates, amounts and
     totals printed; the prescriber's RPPS and prescription date as distractors;
  8. cabinet de radiologie dentaire (the radiologist's RPPS invoices) in Tymes + GW Monospace codes: panoramic +
     cone beam CT, the invoice number and issue date ONLY in the page FOOTER ('Facture n° ... éditée le ...'), the
     exam date in the table header band, an 'N° d'examen' near the top and the prescribing dentist's RPPS as
     distractors, '€ 21,28' amounts, dot4 dates;
  9. chirurgien-dentiste (RPPS) facture in Cardo with a drawn ODONTOGRAM (treated teeth shaded), identity as a
     one-row TABLE with the labels in its header, inlay-core + crown + retro-alveolar X-ray, total above 1000 with
     U+202F thousands ('1 087,98 €'), the devis number and devis date as distractors, Corsican (2A) NIR;
 10. ophtalmologiste (RPPS) intravitreal injection in ALD (AMO 100 %, AMC 0, nothing left) in agave: a shaded LEFT
     LABEL COLUMN form (label cells left, values right), 'dd/mm/yy' dates (birth date in full), the previous and
     next injection dates, the eye treated, the drug delivered by the pharmacy (not billed) as distractors.

Rendering, identifier and JSON helpers come from documents4_gen.py (imported); the photo renderer (photo6) from
documents6_gen.py. Fonts new to the held-out sets (Debian packages to `apt-get install` before running):
fonts-isabella (Isabella), fonts-georgewilliams (Caslon Roman/Bold/Italic, GW Monospace), fonts-arkpandora (Aerial,
Veranda, Tymes), fonts-cardo (Cardo), fonts-mononoki (mononoki), fonts-agave (agave), fonts-femkeklaver (Femke
Klaver), fonts-breip (Breip). All TrueType (glyf outlines), embedded by reportlab. Only Cardo and mononoki have
U+202F; elsewhere thousands use NBSP. Every drawn string is checked against its font's character map.

Every identifier is checksum-valid (distractors too): RPPS Luhn, ADELI / FINESS Luhn, SIRET Luhn, NIR key (mod 97).
Amounts add up (check()). All random values are drawn before drawing, so the page callables are pure.

Renderings, for every layout: <id>.text.pdf (real text layer), <id>.scan.pdf (image-only), <id>.photo.jpg (phone
photo), <id>.fax-fine.tif (G4, 204x196), <id>.fax-normal.tif (G3, 204x98). File ids are neutral: h101..h110 (the
order of the files is not the order above; see FILE_IDS). Each file gets <file>.json ground truth (same format as
sets 4-21).

Ground-truth conventions (as sets 5-21 and DOMAIN.md): care_date = first day of care for a series or a period;
a prise-en-charge request (kind 'pec') has its request number as invoice_number, its request date as invoice_date
and no care_date; for a child beneficiary nir = the insured parent's number printed on the page, patient_name and
patient_birth_date = the child's; rpps/adeli/finess = the invoicer only (FINESS géographique for an establishment;
none for a PSAD); amc_number = the complementary insurer's number, never the adherent number; patient_name =
'LASTNAME Firstname' with accents as printed; a field not printed is omitted.
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

from documents4_gen import (FIRST_F, FIRST_M, LAST, MUTUELLES, NBSP, NNBSP, F, Gen, Layout, Page, day, digits, eur,
                            fd, fax_tiff, iban, make_adeli, make_finess, make_rpps, make_siret, nir_spaced, pct,
                            phone, scan_pdf, siret_spaced)
from documents6_gen import city_of, dnum, photo6

FONT_ROOT = Path("/usr/share/fonts/truetype")
FONTS22 = {
    "IS": "isabella/Isabella.ttf",
    "CA": "fonts-georgewilliams/CaslonRoman.ttf", "CAB": "fonts-georgewilliams/CaslonBold.ttf",
    "CAI": "fonts-georgewilliams/CaslonItalic.ttf",
    "GW": "fonts-georgewilliams/GWMonospace.ttf", "GWB": "fonts-georgewilliams/GWMonospaceBold.ttf",
    "AE": "arkpandora/Aerial.ttf", "AEB": "arkpandora/AerialBd.ttf", "AEI": "arkpandora/AerialIt.ttf",
    "VE": "arkpandora/Veranda.ttf", "VEB": "arkpandora/VerandaBd.ttf", "VEI": "arkpandora/VerandaIt.ttf",
    "TY": "arkpandora/Tymes.ttf", "TYB": "arkpandora/TymesBd.ttf",
    "CD": "cardo/Cardo104s.ttf", "CDB": "cardo/Cardob101.ttf", "CDI": "cardo/Cardoi99.ttf",
    "MN": "mononoki/mononoki-Regular.ttf", "MNB": "mononoki/mononoki-Bold.ttf",
    "AG": "agave/agave-r-autohinted.ttf", "AGB": "agave/agave-b-autohinted.ttf",
    "FK": "femkeklaver/femkeklaver.ttf", "BR": "breip/Breip.ttf",
}
CMAP: dict[str, set] = {}
for _n, _f in FONTS22.items():
    _t = TTFont(_n, str(FONT_ROOT / _f))
    pdfmetrics.registerFont(_t)
    CMAP[_n] = set(_t.face.charToGlyph)


class P(Page):
    """Set 4's Page, with every drawn string checked against its font's character map."""

    def t(self, x, y, s, f="AE", size=9.5, align="l", gray=0):
        miss = {c for c in s if ord(c) not in CMAP[f]}
        assert not miss, (f, s, miss)
        super().t(x, y, s, f, size, align, gray)

    def stamp22(self, x, y, lines, angle, f="AEB", size=8, gray=0.3):
        for s in lines:
            assert not {c for c in s if ord(c) not in CMAP[f]}, (f, s)
        c = self.c
        c.saveState()
        c.translate(x * mm, self.h - y * mm)
        c.rotate(angle)
        wmax = max(pdfmetrics.stringWidth(s, f, size) for s in lines) / mm + 6
        hh = len(lines) * size * 0.45 + 4
        c.setStrokeGray(gray)
        c.setFillGray(gray)
        c.setLineWidth(1.1)
        c.rect(-wmax / 2 * mm, -hh / 2 * mm, wmax * mm, hh * mm, stroke=1, fill=0)
        for i, s in enumerate(lines):
            c.setFont(f, size)
            c.drawCentredString(0, (hh / 2 - 3 - size * 0.35 - i * size * 0.45) * mm + 1.5 * mm, s)
        c.restoreState()


def dot2(d: dt.date) -> str:
    return fd(d, "dot2")


def ddmmyy(d: dt.date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"


def nir13(n: str) -> str:
    return f"{n[:13]} {n[13:]}"


def norm(p: dict) -> str:
    return f"{p['last']} {p['first']}"


# ------------------------------------------------------------------------------------------- layouts
def l01_orl(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1950, 1995))
    street, city, dept = g.addr()
    rpps, gp = make_rpps(r), make_rpps(r)
    care = day(r, (2, 10))
    issued = care
    letter = care - dt.timedelta(days=r.randint(8, 30))
    audio = care - dt.timedelta(days=r.randint(40, 120))
    ctrl = care + dt.timedelta(days=r.randint(40, 90))
    number = f"{care.year}-{r.randint(1000, 4999)}"
    acts = [("CS", "Consultation spécialiste", 3000, 0), ("GEQE004", "Nasofibroscopie", 2900, 0),
            ("DA", "Dépassement d'honoraires (OPTAM)", 0, 2500)]
    base = sum(a[2] for a in acts)
    da = sum(a[3] for a in acts)
    total = base + da
    amo = pct(base, 0.70)
    amc = (base - amo) + 1500
    pt = total - amo - amc
    amcn = g.amc_number()
    doc = (r.choice(FIRST_M + FIRST_F), r.choice(LAST))
    tel, siret, mut = phone(r), make_siret(r), r.choice(MUTUELLES)
    gpname = f"Dr {r.choice(FIRST_F)} {r.choice(LAST)}"

    def p1(p: P):
        p.t(105, 24, f"Docteur {doc[0]} {doc[1].title()}", "IS", 24, "c")
        p.t(105, 31, "Oto-Rhino-Laryngologie — Chirurgie cervico-faciale", "CAI", 11, "c")
        p.t(105, 36, "Ancien Chef de Clinique — Ancien Assistant des Hôpitaux", "CA", 9, "c")
        p.t(105, 41, f"{street} · {city} · Tél. {tel}", "CA", 9, "c")
        p.t(105, 46, f"Conventionné secteur 2 — adhérent OPTAM · N° RPPS {rpps}", "CA", 9, "c")
        p.line(45, 50, 165, 50, 0.4)
        p.line(45, 51, 165, 51, 0.4)
        p.t(20, 64, "NOTE D'HONORAIRES", "CAB", 14)
        p.t(20, 71, "Note n° :", "CA", 10.5)
        p.t(45, 71, number, "CAB", 10.5)
        p.t(20, 83, "Patient :", "CA", 10.5)
        p.t(58, 83, f"{pat['civ']} {norm(pat)}", "CAB", 10.5)
        p.t(20, 89, "Né(e) le :", "CA", 10.5)
        p.t(58, 89, fd(pat["birth"], "dot4"), "CA", 10.5)
        p.t(20, 95, "N° de sécurité sociale :", "CA", 10.5)
        p.t(58, 95, nir_spaced(pat["nir"]), "CA", 10.5)
        p.t(20, 101, "Mutuelle :", "CA", 10.5)
        p.t(58, 101, mut, "CA", 10.5)
        p.t(20, 107, "N° AMC :", "CA", 10.5)
        p.t(58, 107, amcn, "CA", 10.5)
        p.t(20, 116, f"Adressé(e) par le {gpname} (RPPS {gp}), courrier du {fd(letter, 'dot4')}.", "CAI", 9.5)
        p.t(20, 121, f"Audiogramme antérieur du {fd(audio, 'dot4')} apporté par le patient.", "CAI", 9.5)
        rows = [[fd(care, "dot4"), c, lib, eur(b, sep=NBSP) if b else "—", eur(d, sep=NBSP) if d else "—",
                 eur(b + d, sep=NBSP)] for c, lib, b, d in acts]
        y = p.table(20, 128, [24, 20, 58, 24, 24, 22],
                    ["Date de l'acte", "Code", "Désignation", "Base", "Dépassement", "Honoraires"], rows, "lllrrr",
                    "CA", "CAB", 9, 7, 0.9, vlines=False)
        for i, (lab, v) in enumerate([("Total des honoraires", total), ("Remboursement Assurance Maladie", amo),
                                      ("Part complémentaire", amc), ("Reste à votre charge", pt)]):
            p.leader(92, y + 10 + i * 6.5, 192, lab, eur(v, sep=NBSP), "CAB" if i in (0, 3) else "CA",
                     "CAB" if i in (0, 3) else "CA", 10)
        p.t(20, y + 44, "Le dépassement a fait l'objet d'une information écrite préalable (OPTAM).", "CAI", 9)
        p.t(20, y + 49, f"Contrôle conseillé vers le {fd(ctrl, 'dot4')}. Tiers payant AMO et AMC.", "CAI", 9)
        p.t(120, y + 62, f"Fait à {city_of(city)}, le {fd(issued, 'long')}", "CA", 10)
        p.t(140, y + 70, "Signature", "CAI", 9, gray=0.4)
        p.line(20, 276, 190, 276, 0.3, 0.5)
        p.t(105, 281, f"SELARL ORL {doc[1]} — SIRET {siret_spaced(siret)} — Membre d'une AGA", "CA", 7.5, "c", 0.3)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=norm(pat), patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("orl secteur 2 lettre gravee", [p1], [("invoice", f)], fax_name=f"DR {doc[1]} ORL")


def l02_dermato_web(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1950, 2000))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    care = day(r, (2, 10))
    issued = care + dt.timedelta(days=r.randint(0, 2))
    number = f"F{care.year}{care.month:02d}-{r.randint(10000, 99999)}"
    rdv = "RDV-" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
    acts = [("CS", "Consultation spécialiste", 3000), ("QZFA031", "Exérèse de lésion superficielle de la peau", 5434)]
    total = sum(a[2] for a in acts)
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    doc = (r.choice(FIRST_F), r.choice(LAST))
    mut, siret, siret2, tel = r.choice(MUTUELLES), make_siret(r), make_siret(r), phone(r)
    qr = [[r.random() < 0.5 for _ in range(21)] for _ in range(21)]

    def p1(p: P):
        p.rect(0, 0, 210, 30, fill=0.22, stroke=False)
        p.t(15, 14, "Cabinet de dermatologie", "AE", 9, gray=0.85)
        p.t(15, 22, f"Dr {doc[0]} {doc[1]}", "AEB", 15, gray=1)
        p.rect(160, 10, 35, 11, fill=1, stroke=False, radius=5.5)
        p.t(177.5, 17.6, "FACTURE", "AEB", 10, "c")
        p.t(15, 40, f"{street}, {city} · {tel} · Dermatologie et vénéréologie · Secteur 1", "AE", 8.5, gray=0.3)
        cells = [("NUMÉRO", number), ("ÉMISE LE", fd(issued)), ("DATE DE CONSULTATION", fd(care)),
                 ("PRATICIEN — N° RPPS", rpps)]
        for i, (lab, v) in enumerate(cells):
            x = 15 + i * 45
            p.rect(x, 46, 43, 16, fill=0.95, stroke=False, radius=2)
            p.t(x + 3, 51.5, lab, "AEB", 6.5, gray=0.45)
            p.t(x + 3, 58.5, v, "AEB", 10)
        p.rect(15, 68, 118, 42, width=0.3, gray=0.6, radius=2)
        p.t(19, 74, "PATIENT", "AEB", 6.5, gray=0.45)
        p.t(19, 80, norm(pat), "AEB", 11)
        p.t(19, 87, "DATE DE NAISSANCE", "AEB", 6.5, gray=0.45)
        p.t(19, 92, fd(pat["birth"]), "AE", 9.5)
        p.t(70, 87, "N° SÉCURITÉ SOCIALE", "AEB", 6.5, gray=0.45)
        p.t(70, 92, nir_spaced(pat["nir"]), "AE", 9.5)
        p.t(19, 99, "COMPLÉMENTAIRE", "AEB", 6.5, gray=0.45)
        p.t(19, 104, mut, "AE", 9.5)
        p.t(70, 99, "N° AMC", "AEB", 6.5, gray=0.45)
        p.t(70, 104, amcn, "AE", 9.5)
        for yy in range(21):
            for xx in range(21):
                corner = (xx < 7 and yy < 7) or (xx > 13 and yy < 7) or (xx < 7 and yy > 13)
                on = qr[yy][xx]
                if corner:
                    a, b = xx % 14, yy % 14
                    on = a in (0, 6) or b in (0, 6) or (2 <= a <= 4 and 2 <= b <= 4)
                if on:
                    p.rect(148 + xx * 1.6, 70 + yy * 1.6, 1.6, 1.6, fill=0, stroke=False)
        p.t(165, 108, "Vérifier ce document", "AE", 6.5, "c", gray=0.4)
        rows = [[c, lib, "1", eur(v, "EURn")] for c, lib, v in acts]
        y = p.table(15, 120, [25, 105, 15, 35], ["Code", "Prestation", "Qté", "Montant"], rows, "llcr",
                    "AE", "AEB", 9, 8, 0.9, vlines=False)
        p.t(15, y + 6, "Prélèvement adressé au laboratoire d'anatomopathologie (facturé séparément).", "AEI", 8,
            gray=0.35)
        p.rect(110, y + 12, 85, 34, fill=0.95, stroke=False, radius=2)
        for i, (lab, v) in enumerate([("Total", total), ("Part Assurance Maladie", amo),
                                      ("Part complémentaire", amc), ("Reste à charge patient", pt)]):
            p.t(114, y + 20 + i * 7, lab, "AEB" if i == 0 else "AE", 9.5)
            p.t(191, y + 20 + i * 7, eur(v, "EURn"), "AEB" if i == 0 else "AE", 9.5, "r")
        p.t(15, y + 20, "Mode de règlement", "AEB", 6.5, gray=0.45)
        p.t(15, y + 25, "Tiers payant AMO + AMC", "AE", 9)
        p.t(15, y + 33, "Référence du rendez-vous", "AEB", 6.5, gray=0.45)
        p.t(15, y + 38, rdv, "AE", 9)
        p.line(15, 280, 195, 280, 0.3, 0.6)
        p.t(15, 285, f"Facture générée par un service de facturation en ligne — éditeur SIRET {siret2}", "AE", 6.5,
            gray=0.45)
        p.t(195, 285, f"Cabinet SIRET {siret}", "AE", 6.5, "r", gray=0.45)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=norm(pat), patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("dermatologue facture web", [p1], [("invoice", f)], fax_name=f"DERMATO {doc[1]}")


def l03_psad_ppc(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1948, 1975))
    street, city, dept = g.addr()
    pharma, presc = make_rpps(r), make_rpps(r)
    month = r.randint(2, 9)
    first = dt.date(2025, month, r.randint(1, 3))
    weeks = [first + dt.timedelta(days=7 * k) for k in range(4)]
    issued = weeks[-1] + dt.timedelta(days=r.randint(7, 10))
    ordo = first - dt.timedelta(days=r.randint(200, 400))
    number = f"RP{issued.strftime('%y%m')}{r.randint(10000, 99999)}"
    unit = 1436
    total = 4 * unit
    amo = pct(total, 0.60)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    company = r.choice(["OXYSOM SANTÉ", "RESPIR'DOMICILE", "ALIZÉ ASSISTANCE"])
    am = f"{dnum(dept)}3{digits(r, 5)}"
    siret, bank, tel = make_siret(r), iban(r), phone(r)
    serial = f"23{digits(r, 9)}"
    use = f"{r.randint(5, 7)} h {r.randint(10, 59)}"
    mut = r.choice(MUTUELLES)
    phname, pname = f"{r.choice(FIRST_F)} {r.choice(LAST)}", f"Dr {r.choice(FIRST_M)} {r.choice(LAST)}"

    def kv(p, y, lab, val, bold=False):
        p.t(68, y, lab, "VE", 9, "r", gray=0.3)
        p.t(72, y, val, "VEB" if bold else "VE", 9.5)

    def p1(p: P):
        p.rect(15, 12, 6, 22, fill=0.35, stroke=False)
        p.t(25, 19, company, "VEB", 15)
        p.t(25, 25, "Prestataire de santé à domicile — assistance respiratoire", "VE", 8.5)
        p.t(25, 30, f"{street}, {city} · Astreinte 24 h/24 : {tel}", "VE", 8.5)
        p.t(195, 19, "RELEVÉ DE PRESTATIONS", "VEB", 11, "r")
        p.t(195, 25, "Pression positive continue (PPC)", "VE", 8.5, "r")
        kv(p, 48, "Relevé n°", number, True)
        kv(p, 54, "Date d'émission", fd(issued))
        kv(p, 60, "Période facturée", f"du {fd(weeks[0])} au {fd(weeks[-1] + dt.timedelta(days=6))}")
        kv(p, 70, "Bénéficiaire", f"{pat['civ']} {norm(pat)}", True)
        kv(p, 76, "Date de naissance", fd(pat["birth"]))
        kv(p, 82, "N° d'immatriculation", nir13(pat["nir"]))
        kv(p, 88, "Organisme complémentaire", mut)
        kv(p, 94, "N° AMC", amcn)
        kv(p, 104, "Prescripteur", f"{pname}, pneumologue — RPPS {presc}")
        kv(p, 110, "Prescription initiale du", fd(ordo))
        kv(p, 116, "Appareil", f"PPC autopilotée, n° de série {serial}")
        kv(p, 122, "Observance moyenne", f"{use} par nuit (télésuivi)")
        rows = [[fd(w), fd(w + dt.timedelta(days=6)), "1188541", "Forfait hebdomadaire PPC (forfait 9)",
                 eur(unit, sep=NBSP)] for w in weeks]
        y = p.table(15, 132, [26, 26, 22, 76, 30], ["Du", "Au", "Code LPP", "Prestation", "Montant"], rows, "llllr",
                    "VE", "VEB", 8.5, 7, 0.88)
        for i, (lab, v) in enumerate([("Montant total", total), ("Part Assurance Maladie (60 %)", amo),
                                      ("Part complémentaire (40 %)", amc), ("Reste à charge", pt)]):
            p.t(160, y + 10 + i * 6.5, lab, "VEB" if i == 0 else "VE", 9.5, "r")
            p.t(193, y + 10 + i * 6.5, eur(v, sep=NBSP), "VEB" if i == 0 else "VE", 9.5, "r")
        p.t(15, y + 42, "Tiers payant : part obligatoire télétransmise, part complémentaire demandée à l'organisme.",
            "VEI", 8)
        p.t(15, y + 47, "Matériel restant la propriété du prestataire. Masque et consommables inclus dans le forfait.",
            "VEI", 8)
        p.line(15, 268, 195, 268, 0.3)
        p.t(105, 273, f"Pharmacien responsable : {phname} — RPPS {pharma}", "VE", 7, "c")
        p.t(105, 277, f"Code prestataire (N° AM) {am} — SIRET {siret_spaced(siret)}", "VE", 7, "c")
        p.t(105, 281, f"Règlement par virement : IBAN {bank}", "VE", 7, "c")

    f = F(nir=pat["nir"], patient_name=norm(pat), patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=first, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("psad ppc releve", [p1], [("invoice", f)], fax_name=company.replace("É", "E").replace("'", " "))


def l04_infirmier_listing(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1930, 1950))
    street, city, dept = g.addr()
    adeli = make_adeli(r, dnum(dept), "6")
    presc = make_rpps(r)
    first = day(r, (2, 9))
    days = [first + dt.timedelta(days=k) for k in range(14)]
    issued = days[-1] + dt.timedelta(days=1)
    ordo = first - dt.timedelta(days=r.randint(3, 15))
    number = f"{issued.year}/{r.randint(100, 999):05d}"
    lines = []
    for d in days:
        lines += [(d, "BSA", "FORFAIT JOURNALIER SOINS INFIRMIERS", 1300), (d, "IFD", "DEPLACEMENT", 275)]
    total = sum(v for *_, v in lines)
    amo = pct(total, 0.60)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    nom = (r.choice(FIRST_M), r.choice(LAST))
    am = f"{dnum(dept)}6{digits(r, 5)}"
    tel = phone(r, "")
    hhmm = f"{r.randint(17, 21):02d}:{r.randint(0, 59):02d}"
    mut = r.choice(MUTUELLES).upper()
    pres = f"DR {r.choice(LAST)}"

    def p1(p: P):
        c = p.c
        for k in range(0, 34):
            y = 8 + k * 8.4
            if k % 2 == 0:
                p.rect(12, y, 186, 4.2, fill=0.86, stroke=False)
        c.setStrokeGray(0.55)
        c.setLineWidth(0.5)
        for k in range(0, 56):
            yy = 5 + k * 5.08
            c.circle(5 * mm, p.h - yy * mm, 1.8 * mm, stroke=1, fill=0)
            c.circle(205 * mm, p.h - yy * mm, 1.8 * mm, stroke=1, fill=0)
        c.setStrokeGray(0)
        L = lambda y, s, f="MN", sz=9: p.t(16, y, s, f, sz)  # noqa: E731
        L(14, f"CABINET INFIRMIER {nom[1]} {nom[0].upper()}", "MNB", 10)
        L(18.5, f"{street.upper()} - {city} - TEL {tel}")
        L(23, f"ADELI {adeli}   N.AM {am}")
        p.t(194, 14, "FACTURE", "MNB", 12, "r")
        L(32, "=" * 86)
        L(37, f"NO FACTURE........: {number}", "MNB")
        L(41.5, f"DATE FACTURE......: {dot2(issued)}")
        L(46, f"PERIODE DE SOINS..: {dot2(days[0])} AU {dot2(days[-1])}")
        L(54.5, f"PATIENT...........: {norm(pat)}", "MNB")
        L(59, f"NE(E) LE..........: {dot2(pat['birth'])}")
        L(63.5, f"NO IMMATRICULATION: {pat['nir']}")
        L(68, f"ORGANISME COMPL...: {mut}")
        L(72.5, f"NO AMC............: {amcn}")
        L(81, f"PRESCRIPTEUR......: {pres} RPPS {presc} ORDONNANCE DU {dot2(ordo)}")
        L(85.5, "PRISE EN CHARGE...: BILAN SOINS INFIRMIERS (BSI) - DEPENDANCE LOURDE")
        L(92, "-" * 86)
        L(96.5, " DATE     ACTE  LIBELLE                                   MONTANT", "MNB")
        L(101, "-" * 86)
        y = 105.5
        for d, code, lib, v in lines:
            L(y, f" {dot2(d)} {code:<5} {lib:<40} {eur(v, 'plain'):>9}", "MN", 7.6)
            y += 4.2
        L(y, "-" * 86)
        y += 5
        for lab, v in [("TOTAL FACTURE", total), ("PART AMO 60%", amo), ("PART AMC 40%", amc),
                       ("RESTE DU ASSURE", pt)]:
            L(y, f"{'':<34}{lab:.<24}: {eur(v, 'plain'):>9} EUR", "MNB" if lab.startswith("TOTAL") else "MN")
            y += 4.5
        L(y + 3, "TIERS PAYANT AMO + AMC - DISPENSE D'AVANCE DE FRAIS")
        L(283, f"EDITE LE {dot2(issued)} A {hhmm}  PAGE 001", "MN", 7.5)

    f = F(adeli=adeli, nir=pat["nir"], patient_name=norm(pat), patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=first, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("infirmier bsi listing", [p1], [("invoice", f)], fax_name=f"CAB INF {nom[1]}")


def l05_clinique_pec(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1950, 1990))
    street, city, dept = g.addr()
    fin_geo, fin_jur = make_finess(r, dnum(dept)), make_finess(r, dnum(dept))
    surgeon = make_rpps(r)
    issued = day(r, (2, 10))
    entry = issued + dt.timedelta(days=r.randint(12, 30))
    number = f"DPC{issued.strftime('%y')}{r.randint(100000, 999999)}"
    nights = r.choice([3, 4, 5])
    fj, cp, cp_cap = 2000, 9500, 6500
    total = (nights + 1) * fj + nights * cp
    amo = 0
    amc = (nights + 1) * fj + nights * cp_cap
    pt = total - amc
    amcn = g.amc_number()
    adherent = digits(r, 10)
    mut = r.choice(MUTUELLES)
    clin = f"Clinique {r.choice(['du Parc', 'Saint-Joseph', 'des Cèdres', 'Sainte-Anne'])}"
    fax, tel, siret = phone(r), phone(r), make_siret(r)
    sname = f"Dr {r.choice(FIRST_M)} {r.choice([n for n in LAST if n != pat['last']])}"

    def grid(p, y, widths, heads, vals, x=15, h=12):
        cx = x
        for w, hd, v in zip(widths, heads, vals):
            p.rect(cx, y, w, 5, fill=0.82, width=0.4)
            p.t(cx + 1.5, y + 3.7, hd, "TYB", 7.5)
            p.rect(cx, y + 5, w, h - 5, width=0.4)
            p.t(cx + 1.5, y + h - 2, v, "TY", 10)
            cx += w
        return y + h

    def p1(p: P):
        p.t(15, 18, clin, "TYB", 16)
        p.t(15, 24, f"Établissement de santé privé — {street} — {city}", "TY", 9)
        p.t(15, 29, f"Service des admissions : {tel} — Télécopie : {fax}", "TY", 9)
        p.t(195, 18, "À l'attention de :", "TY", 8.5, "r")
        p.t(195, 23, mut, "TYB", 9.5, "r")
        p.t(195, 28, "Service tiers payant / prises en charge", "TY", 8.5, "r")
        p.rect(15, 36, 180, 10, fill=0.3, stroke=False)
        p.t(105, 43, "DEMANDE DE PRISE EN CHARGE HOSPITALIÈRE", "TYB", 13, "c", gray=1)
        y = grid(p, 52, [40, 35, 40, 25, 40], ["N° de demande", "Date de la demande", "N° FINESS établissement",
                                               "Code DMT", "Mode de traitement"],
                 [number, fd(issued, "dot4"), fin_geo, "181", "03 - Hospit. complète"])
        y = grid(p, y + 4, [65, 30, 60, 25], ["Nom et prénom du patient", "Date de naissance",
                                              "N° d'immatriculation", "Rang"],
                 [norm(pat), fd(pat["birth"], "dot4"), nir_spaced(pat["nir"]), "01"])
        y = grid(p, y + 4, [75, 50, 55], ["Organisme complémentaire", "N° AMC", "N° adhérent"],
                 [mut, amcn, adherent])
        y = grid(p, y + 4, [35, 30, 65, 50], ["Date d'entrée prévue", "Durée prévue", "Chirurgien",
                                              "RPPS du chirurgien"],
                 [fd(entry, "dot4"), f"{nights} nuits", sname, surgeon])
        p.t(15, y + 10, "ESTIMATION DES FRAIS À LA CHARGE DE L'ORGANISME COMPLÉMENTAIRE", "TYB", 9.5)
        rows = [["Forfait journalier hospitalier", str(nights + 1), eur(fj, "plain"), eur((nights + 1) * fj, "plain"),
                 "0,00", eur((nights + 1) * fj, "plain"), "0,00"],
                ["Chambre particulière (par nuit)", str(nights), eur(cp, "plain"), eur(nights * cp, "plain"), "0,00",
                 eur(nights * cp_cap, "plain"), eur(nights * (cp - cp_cap), "plain")],
                ["TOTAL", "", "", eur(total, "plain"), eur(amo, "plain"), eur(amc, "plain"), eur(pt, "plain")]]
        y = p.table(15, y + 13, [50, 10, 18, 24, 20, 34, 24], ["Prestation", "Qté", "P.U. €", "Montant €",
                                                                "Part AMO", "Part AMC demandée", "Reste"],
                    rows, "lcrrrrr", "TY", "TYB", 8, 6.5, 0.82)
        p.t(15, y + 7, "Montants estimés selon la durée prévue ; la facture définitive sera établie à la sortie.",
            "TY", 8.5)
        p.t(15, y + 12, "Chambre particulière demandée par le patient (garantie plafonnée à 65,00 € par nuit).",
            "TY", 8.5)
        p.t(15, y + 22, f"Merci de nous retourner votre accord par télécopie au {fax} ou via le portail.", "TYB", 9)
        p.t(140, y + 36, "Le service des admissions", "TY", 9)
        p.line(15, 272, 195, 272, 0.3)
        p.t(105, 277, f"{clin} — FINESS juridique {fin_jur} — SIRET {siret_spaced(siret)}", "TY", 7.5, "c")
        p.t(105, 281, "Les informations médicales ne figurent pas sur ce document (secret médical).", "TY", 7.5, "c")

    f = F(finess=fin_geo, nir=pat["nir"], patient_name=norm(pat), patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, total_amount=total, amo_amount=amo, amc_amount=amc,
          patient_amount=pt, amc_number=amcn)
    return Layout("clinique demande pec hospitaliere", [p1], [("pec", f)], fax_name=clin.upper()[:24])


def l06_pediatre_bordereau(g: Gen) -> Layout:
    r = g.rng
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    doc = (r.choice(FIRST_F), r.choice(LAST))
    tel, am = phone(r), f"{dnum(dept)}1{digits(r, 5)}"
    d0 = day(r, (2, 9))
    n0 = r.randint(300, 900)
    sent = d0 + dt.timedelta(days=r.randint(6, 10))
    docs, invs = [], []
    for k in range(2):
        parent = g.person(year=(1982, 1995))
        child_first = r.choice(FIRST_F + FIRST_M)
        care = d0 + dt.timedelta(days=2 * k + r.randint(0, 1))
        cb = care - dt.timedelta(days=r.randint(250, 1400))
        issued = care
        number = f"P{care.year % 100}-{n0 + k:05d}"
        acts = [("APC", "Avis ponctuel de consultant", 5600)] if k == 0 else \
            [("CS", "Consultation", 3000), ("MPE", "Majoration pédiatre enfant", 300)]
        total = sum(a[2] for a in acts)
        amo = pct(total, 0.70)
        amc = total - amo
        amcn = g.amc_number()
        inv = dict(parent=parent, child=f"{parent['last']} {child_first}", cb=cb, care=care, issued=issued,
                   number=number, acts=acts, total=total, amo=amo, amc=amc, pt=0, amcn=amcn, mut=r.choice(MUTUELLES))
        invs.append(inv)
        docs.append(("invoice", F(rpps=rpps, nir=parent["nir"], patient_name=inv["child"], patient_birth_date=cb,
                                  invoice_number=number, invoice_date=issued, care_date=care, total_amount=total,
                                  amo_amount=amo, amc_amount=amc, patient_amount=0, amc_number=amcn)))

    def cover(p: P):
        p.t(15, 20, f"Dr {doc[0]} {doc[1]} — Pédiatre", "AEB", 13)
        p.t(15, 26, f"{street}, {city} — Tél. {tel}", "AE", 9)
        p.t(15, 31, f"RPPS {rpps} — N° AM {am}", "AE", 9)
        p.t(105, 50, "BORDEREAU D'ENVOI — FACTURES EN TIERS PAYANT", "AEB", 13, "c")
        p.t(105, 57, f"Envoi du {fd(sent)} — 3 pages, bordereau compris", "AE", 9.5, "c")
        rows = [[str(i + 1), v["number"], fd(v["issued"]), v["child"], eur(v["total"], sep=NBSP),
                 eur(v["amc"], sep=NBSP)] for i, v in enumerate(invs)]
        y = p.table(15, 70, [10, 32, 26, 56, 28, 28], ["#", "Facture", "Date", "Enfant", "Total", "Part AMC"],
                    rows, "cllrrr".replace("r", "l", 1) if False else "clllrr", "AE", "AEB", 9, 7.5, 0.88)
        p.t(120, y + 8, "Total part AMC demandée :", "AEB", 9.5, "r")
        p.t(193, y + 8, eur(sum(v["amc"] for v in invs), sep=NBSP), "AEB", 9.5, "r")
        p.t(15, y + 22, "Madame, Monsieur,", "AE", 10)
        p.t(15, y + 29, "Veuillez trouver ci-joint deux factures de consultations pédiatriques réalisées en tiers",
            "AE", 10)
        p.t(15, y + 35, "payant intégral, pour règlement de la part complémentaire. Cordialement.", "AE", 10)
        p.t(140, y + 50, f"Dr {doc[1]}", "AEI", 10)

    pages = [cover]
    for k, v in enumerate(invs):
        def page(p: P, v=v, k=k):
            pa = v["parent"]
            p.t(15, 20, f"Docteur {doc[0]} {doc[1]}", "CAB", 14)
            p.t(15, 26, "Pédiatre — Médecine de l'enfant et de l'adolescent", "CAI", 10)
            p.t(15, 31, f"{street} — {city} — {tel}", "CA", 9.5)
            p.t(15, 36, f"N° RPPS : {rpps}", "CA", 9.5)
            p.t(195, 20, "FACTURE", "CAB", 14, "r")
            p.t(195, 27, f"N° {v['number']}", "CA", 11, "r")
            p.t(195, 33, f"du {dot2(v['issued'])}", "CA", 10.5, "r")
            p.line(15, 42, 195, 42, 0.6)
            p.t(15, 52, "Enfant", "CAB", 10)
            p.t(55, 52, v["child"], "CAB", 11)
            p.t(15, 58, "Né(e) le", "CA", 10)
            p.t(55, 58, dot2(v["cb"]), "CA", 10.5)
            p.t(15, 66, "Assuré(e)", "CA", 10)
            p.t(55, 66, f"{pa['civ']} {pa['last']} {pa['first']} (parent)", "CA", 10.5)
            p.t(15, 72, "N° SS de l'assuré", "CA", 10)
            p.t(55, 72, nir_spaced(pa["nir"]), "CA", 10.5)
            p.t(15, 78, "Complémentaire", "CA", 10)
            p.t(55, 78, f"{v['mut']} — N° AMC {v['amcn']}", "CA", 10.5)
            rows = [[dot2(v["care"]), c, lib, eur(x, sep=NBSP)] for c, lib, x in v["acts"]]
            y = p.table(15, 90, [28, 22, 95, 35], ["Date des soins", "Acte", "Libellé", "Montant"], rows, "lllr",
                        "CA", "CAB", 10, 7.5, 0.9)
            for i, (lab, x) in enumerate([("Total", v["total"]), ("Part AMO", v["amo"]), ("Part AMC", v["amc"]),
                                          ("Reste à charge", v["pt"])]):
                p.t(160, y + 10 + i * 6.5, lab, "CAB" if i == 0 else "CA", 10.5, "r")
                p.t(195, y + 10 + i * 6.5, eur(x, sep=NBSP), "CAB" if i == 0 else "CA", 10.5, "r")
            p.t(15, y + 44, "Tiers payant intégral. Carnet de santé complété.", "CAI", 9.5)
            p.t(195, 285, f"Page {k + 2}/3", "CA", 8, "r")

        pages.append(page)
    lay = Layout("pediatre bordereau deux factures", pages, docs, fax_name=f"DR {doc[1]} PEDIATRE")
    lay.fax_date = sent.isoformat()
    return lay


def l07_kine_manuscrit(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1955, 2000))
    street, city, dept = g.addr()
    adeli = make_adeli(r, dnum(dept), "7")
    presc = make_rpps(r)
    first = day(r, (2, 8))
    sessions = [first]
    while len(sessions) < 10:
        sessions.append(sessions[-1] + dt.timedelta(days=r.choice([2, 2, 3, 4])))
    issued = sessions[-1] + dt.timedelta(days=r.randint(1, 3))
    ordo = first - dt.timedelta(days=r.randint(4, 20))
    number = f"K{issued.strftime('%y%m')}-{r.randint(100, 999)}"
    unit = 1742
    total = unit * len(sessions)
    amo = pct(total, 0.60)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(["MGEN", "Harmonie", "Mutuelle Bleue", "Apivia", "Solimut"])
    nom = (r.choice(FIRST_M), r.choice(LAST))
    tel, siret = phone(r), make_siret(r)
    ini = (pat["first"][0] + pat["last"][0]).lower().translate(str.maketrans("éèêëàâäîïôöûüùç", "eeeeaaaiioouuuc"))
    pres = f"Dr {r.choice(LAST)}"

    def p1(p: P):
        p.t(15, 18, f"{nom[0]} {nom[1]}", "VEB", 13)
        p.t(15, 24, "Masseur-kinésithérapeute D.E.", "VE", 9)
        p.t(15, 29, f"{street} — {city} — {tel}", "VE", 8.5)
        p.t(15, 34, f"N° ADELI {adeli}", "VE", 8.5)
        p.t(195, 18, "FACTURE DE SÉANCES", "VEB", 12, "r")
        p.t(195, 25, f"N° {number}", "VEB", 10, "r")
        p.t(195, 31, f"Date : {fd(issued)}", "VE", 9.5, "r")
        p.line(15, 39, 195, 39, 0.5)
        p.t(15, 48, "Patient :", "VE", 9.5)
        p.t(50, 48, f"{pat['civ']} {norm(pat)}", "VEB", 10)
        p.t(15, 54, "Né(e) le :", "VE", 9.5)
        p.t(50, 54, fd(pat["birth"]), "VE", 9.5)
        p.t(15, 60, "N° de SS :", "VE", 9.5)
        p.t(50, 60, nir_spaced(pat["nir"]), "VE", 9.5)
        p.t(15, 68, "Mutuelle :", "VE", 9.5)
        p.line(50, 69, 110, 69, 0.3, 0.4, dash=(1, 1.5))
        p.t(52, 67.5, mut, "BR", 14)
        p.t(115, 68, "N° AMC :", "VE", 9.5)
        p.line(133, 69, 190, 69, 0.3, 0.4, dash=(1, 1.5))
        p.t(135, 67.5, amcn, "BR", 14)
        p.t(15, 77, f"Prescription : {pres} (RPPS {presc}) du {fd(ordo)} — rééducation du genou, 10 séances.",
            "VEI", 8.5)
        rows = [[str(i + 1), fd(s), "AMK 8.1", eur(unit, sep=NBSP), ""] for i, s in enumerate(sessions)]
        y = p.table(15, 84, [12, 35, 30, 35, 68], ["N°", "Date de la séance", "Cotation", "Montant",
                                                  "Émargement du patient"], rows, "cllrl", "VE", "VEB", 9, 7.5, 0.88)
        for i in range(len(sessions)):
            p.t(132 + (i % 3) * 4, 84 + 7.5 * (i + 2) - 1.5, ini, "FK", 12)
        for i, (lab, v) in enumerate([("Total", total), ("Part AMO (60 %)", amo), ("Part AMC (40 %)", amc),
                                      ("Reste à charge", pt)]):
            p.t(160, y + 10 + i * 6.5, lab, "VEB" if i == 0 else "VE", 9.5, "r")
            p.t(195, y + 10 + i * 6.5, eur(v, sep=NBSP), "VEB" if i == 0 else "VE", 9.5, "r")
        p.t(15, y + 12, "tiers payant mutuelle ok", "FK", 13, gray=0.15)
        p.t(15, y + 45, "Séances réalisées au cabinet. Dispense d'avance de frais (AMO + AMC).", "VEI", 8.5)
        p.t(15, 284, f"SIRET {siret_spaced(siret)} — Exonéré de TVA (art. 261-4-1° du CGI)", "VE", 7, gray=0.35)

    f = F(adeli=adeli, nir=pat["nir"], patient_name=norm(pat), patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=first, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("kine amc manuscrit", [p1], [("invoice", f)], fax_name=f"KINE {nom[1]}")


def l08_radio_dentaire(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1960, 2005))
    street, city, dept = g.addr()
    rpps, dentist = make_rpps(r), make_rpps(r)
    care = day(r, (2, 10))
    issued = care + dt.timedelta(days=r.randint(0, 2))
    presc_d = care - dt.timedelta(days=r.randint(3, 25))
    number = f"{r.randint(100000, 999999)}"
    exam = f"EX{care.strftime('%y%m%d')}{r.randint(10, 99)}"
    acts = [("HBQK002", "Radiographie panoramique dentomaxillaire", 2128),
            ("LAQK027", "Scanographie volumique à faisceau conique (cone beam)", 6900)]
    total = sum(a[2] for a in acts)
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    doc = (r.choice(FIRST_M), r.choice(LAST))
    tel, siret, mut = phone(r), make_siret(r), r.choice(MUTUELLES)
    hh = f"{r.randint(8, 17)} h {r.choice(['00', '20', '40'])}"
    dname = f"Dr {r.choice(FIRST_F)} {r.choice(LAST)}"

    def p1(p: P):
        p.t(15, 20, "IMAGERIE DENTAIRE ET MAXILLO-FACIALE", "TYB", 14)
        p.t(15, 26, f"Dr {doc[0]} {doc[1]}, radiologue — RPPS {rpps}", "TY", 10)
        p.t(15, 31, f"{street}, {city} — Rendez-vous : {tel}", "TY", 9.5)
        p.t(195, 20, f"N° d'examen : {exam}", "GW", 9, "r")
        p.line(15, 36, 195, 36, 1.0)
        p.t(15, 46, "Patient", "TYB", 10)
        p.t(15, 52, norm(pat), "TY", 11)
        p.t(15, 58, f"né(e) le {fd(pat['birth'], 'dot4')}", "TY", 10)
        p.t(15, 64, f"Immatriculation {nir_spaced(pat['nir'])}", "TY", 10)
        p.t(110, 46, "Complémentaire", "TYB", 10)
        p.t(110, 52, mut, "TY", 10.5)
        p.t(110, 58, f"AMC n° {amcn}", "TY", 10.5)
        p.t(15, 76, f"Demande du {dname}, chirurgien-dentiste (RPPS {dentist}), du {fd(presc_d, 'dot4')} :", "TY",
            9.5)
        p.t(15, 81, "bilan pré-implantaire secteur mandibulaire.", "TY", 9.5)
        p.rect(15, 90, 180, 8, fill=0.85, stroke=False)
        p.t(18, 95.5, f"Date d'examen : {fd(care, 'dot4')} à {hh}", "TYB", 10)
        rows = [[c, lib, eur(v, "pre")] for c, lib, v in acts]
        y = p.table(15, 100, [30, 115, 35], ["Code CCAM", "Acte", "Honoraires"], rows, "llr", "TY", "TYB", 10, 8,
                    None)
        for i, (lab, v) in enumerate([("Total honoraires", total), ("Part Assurance Maladie", amo),
                                      ("Part organisme complémentaire", amc), ("Reste dû par le patient", pt)]):
            p.t(160, y + 10 + i * 6.5, lab, "TYB" if i == 0 else "TY", 10, "r")
            p.t(195, y + 10 + i * 6.5, eur(v, "pre"), "TYB" if i == 0 else "TY", 10, "r")
        p.t(15, y + 45, "Images et compte rendu transmis au praticien demandeur. Tiers payant AMO + AMC.", "TY", 9)
        p.line(15, 272, 195, 272, 0.4)
        p.t(105, 277, f"Facture n° {number} — éditée le {fd(issued, 'dot4')} — page 1/1", "TYB", 9, "c")
        p.t(105, 282, f"SELARL d'imagerie — SIRET {siret_spaced(siret)}", "TY", 7.5, "c")

    f = F(rpps=rpps, nir=pat["nir"], patient_name=norm(pat), patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("radiologie dentaire pied de page", [p1], [("invoice", f)], fax_name="IMAGERIE DENTAIRE")


def l09_dentiste_odontogramme(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1976, 1995), dept="2A")
    street, city, dept = "8 cours Napoléon", "20000 AJACCIO", "2A"
    rpps = make_rpps(r)
    care = day(r, (3, 10))
    issued = care
    devis_d = care - dt.timedelta(days=r.randint(20, 60))
    devis = f"D{devis_d.strftime('%y')}{r.randint(1000, 9999)}"
    number = f"{care.year}{r.randint(10000, 99999)}"
    tooth = r.choice([36, 46, 26, 16])
    acts = [(str(tooth), "HBLD090", "Inlay-core", 23000, 9000),
            (str(tooth), "HBLD036", "Couronne dentoportée céramométallique", 85000, 12000),
            (str(tooth), "HBQK389", "Radiographie intrabuccale rétroalvéolaire", 798, 798)]
    total = sum(a[3] for a in acts)
    base = sum(a[4] for a in acts)
    amo = pct(base, 0.70)
    amc = 60000
    pt = total - amo - amc
    amcn = g.amc_number()
    doc = (r.choice(FIRST_F), r.choice(LAST))
    tel, am, mut = phone(r), f"204{digits(r, 5)}", r.choice(MUTUELLES)

    def p1(p: P):
        p.t(15, 20, f"Docteur {doc[0]} {doc[1]}", "CDB", 14)
        p.t(15, 26, "Chirurgien-dentiste — Omnipratique", "CDI", 10)
        p.t(15, 31, f"{street} — {city} — {tel}", "CD", 9.5)
        p.t(15, 36, f"RPPS {rpps} — N° AM {am}", "CD", 9.5)
        p.t(195, 24, "FACTURE", "CDB", 16, "r")
        y = p.table(15, 44, [28, 26, 52, 28, 46], ["Facture n°", "Date", "Patient", "Né(e) le", "N° SS"],
                    [[number, fd(issued), norm(pat), fd(pat["birth"]), nir_spaced(pat["nir"])]], "lllll",
                    "CD", "CDB", 9, 7, 0.88)
        p.t(15, y + 7, f"Organisme complémentaire : {mut} — N° AMC : {amcn}", "CD", 9.5)
        p.t(15, y + 13, f"Selon devis n° {devis} du {fd(devis_d)}, accepté par le patient.", "CDI", 9)
        top = ["18", "17", "16", "15", "14", "13", "12", "11", "21", "22", "23", "24", "25", "26", "27", "28"]
        bot = ["48", "47", "46", "45", "44", "43", "42", "41", "31", "32", "33", "34", "35", "36", "37", "38"]
        oy = y + 20
        for row, teeth in enumerate([top, bot]):
            for i, t in enumerate(teeth):
                x = 25 + i * 10 + (4 if i >= 8 else 0)
                yy = oy + row * 12
                p.rect(x, yy, 9, 9, fill=0.55 if t == str(tooth) else None, width=0.4)
                p.t(x + 4.5, yy + 6, t, "CDB" if t == str(tooth) else "CD", 8, "c", gray=1 if t == str(tooth) else 0)
        p.line(105, oy - 2, 105, oy + 23, 0.6)
        rows = [[a[0], a[1], a[2], eur(a[3], sep=NNBSP), eur(a[4], sep=NNBSP)] for a in acts]
        y = p.table(15, oy + 30, [16, 24, 84, 28, 28], ["Dent", "Code", "Acte", "Honoraires", "Base rbt"], rows,
                    "cllrr", "CD", "CDB", 9, 7, 0.88)
        p.t(15, y + 6, f"Acte réalisé le {fd(care)}.", "CD", 9)
        for i, (lab, v) in enumerate([("Montant total", total), ("Part Sécurité sociale", amo),
                                      ("Part mutuelle", amc), ("Reste à charge", pt)]):
            p.t(160, y + 14 + i * 6.5, lab, "CDB" if i in (0, 3) else "CD", 10, "r")
            p.t(195, y + 14 + i * 6.5, eur(v, sep=NNBSP), "CDB" if i in (0, 3) else "CD", 10, "r")
        p.t(15, y + 48, "Couronne « RAC maîtrisé ». Tiers payant AMO + AMC ; reste à charge réglé par carte.", "CDI",
            9)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=norm(pat), patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("dentiste odontogramme", [p1], [("invoice", f)], fax_name=f"CAB DENTAIRE {doc[1]}")


def l10_ophtalmo_ivt(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1935, 1955))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    care = day(r, (2, 10))
    issued = care
    prev = care - dt.timedelta(days=r.choice([28, 35, 42]))
    nxt = care + dt.timedelta(days=r.choice([28, 35, 42]))
    number = f"{r.randint(10, 99)}-{r.randint(10000, 99999)}"
    acts = [("BGLB001", "Injection intravitréenne (OD)", 8700), ("BZQK001", "Tomographie à cohérence optique", 5824)]
    total = sum(a[2] for a in acts)
    amo, amc, pt = total, 0, 0
    amcn = g.amc_number()
    doc = (r.choice(FIRST_M), r.choice(LAST))
    tel, siret, mut = phone(r), make_siret(r), r.choice(MUTUELLES)

    def rowkv(p, y, lab, val, h=8):
        p.rect(15, y, 55, h, fill=0.86, width=0.4)
        p.rect(70, y, 125, h, width=0.4)
        p.t(17, y + h - 2.6, lab, "AGB", 8.5)
        p.t(72, y + h - 2.6, val, "AG", 9.5)
        return y + h

    def p1(p: P):
        p.t(15, 20, f"Dr {doc[0]} {doc[1]}", "AGB", 14)
        p.t(15, 26, "Ophtalmologiste — Rétine médicale", "AG", 9.5)
        p.t(15, 31, f"{street} / {city} / {tel}", "AG", 9)
        p.t(195, 20, "FACTURE", "AGB", 14, "r")
        y = 40
        for lab, val in [("N° de facture", number), ("Date de la facture", ddmmyy(issued)),
                         ("Identifiant RPPS du médecin", rpps), ("Patient", norm(pat)),
                         ("Date de naissance", fd(pat["birth"])), ("N° de sécurité sociale", nir_spaced(pat["nir"])),
                         ("Organisme complémentaire", f"{mut} (n° {amcn})"), ("Date des soins", ddmmyy(care)),
                         ("Exonération", "ALD — prise en charge à 100 %"),
                         ("Injection précédente", f"{ddmmyy(prev)} (OD)"), ("Prochaine injection", f"{ddmmyy(nxt)}")]:
            y = rowkv(p, y, lab, val)
        rows = [[c, lib, eur(v)] for c, lib, v in acts]
        y = p.table(15, y + 8, [30, 110, 40], ["Code", "Acte", "Montant"], rows, "llr", "AG", "AGB", 9.5, 8, 0.86)
        for lab, v in [("Total", total), ("Part AMO", amo), ("Part AMC", amc), ("Reste à charge", pt)]:
            y = rowkv(p, y + (6 if lab == "Total" else 0), lab, eur(v))
        p.t(15, y + 10, "Médicament anti-VEGF délivré par la pharmacie sur ordonnance, non facturé ici.", "AG", 8.5)
        p.t(15, y + 15, "Tiers payant intégral.", "AG", 8.5)
        p.t(105, 284, f"SIRET {siret} - Conventionné secteur 1", "AG", 7.5, "c", gray=0.35)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=norm(pat), patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("ophtalmo ivt colonne libelles", [p1], [("invoice", f)], fax_name=f"DR {doc[1]} OPH")


LAYOUTS = [l01_orl, l02_dermato_web, l03_psad_ppc, l04_infirmier_listing, l05_clinique_pec, l06_pediatre_bordereau,
           l07_kine_manuscrit, l08_radio_dentaire, l09_dentiste_odontogramme, l10_ophtalmo_ivt]
FILE_IDS = ["h104", "h107", "h101", "h109", "h103", "h110", "h106", "h102", "h108", "h105"]


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
        assert ids == (0 if lay.id.startswith("psad") else 1), lay.id
        n = f["nir"]
        assert stdnir.is_valid(n), n
        assert n[0] in "12" and 1 <= int(n[3:5]) <= 12 and len(n) == 15
        assert int(n[13:]) == 97 - int(n[:13].replace("2A", "19").replace("2B", "18")) % 97
        c = {k: int(f[k].replace(".", "")) for k in ("total_amount", "amo_amount", "amc_amount", "patient_amount")}
        assert c["total_amount"] == c["amo_amount"] + c["amc_amount"] + c["patient_amount"], (lay.id, c)
        assert all(v >= 0 for v in c.values())
        assert f["amc_number"].isdigit() and len(f["amc_number"]) in (8, 9)
        if kind == "invoice":
            assert f["care_date"] <= f["invoice_date"], lay.id
            assert f["patient_birth_date"] < f["care_date"]
        else:
            assert kind == "pec" and "care_date" not in f


# ---------------------------------------------------------------------------------------- renderings
def text_pdf22(lay: Layout) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Facture")
    c.setCreator("Logiciel de facturation")
    for draw in lay.pages:
        draw(P(c, A4))
        c.showPage()
    c.save()
    return buf.getvalue()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="bench/heldout/documents22")
    ap.add_argument("--seed", type=int, default=221)
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    g = Gen(args.seed)
    rng = random.Random(args.seed * 7 + 1)
    lays = [make(g) for make in LAYOUTS]
    for lay in lays:
        check(lay)
    for stem, lay in sorted(zip(FILE_IDS, lays)):
        pdf = text_pdf22(lay)
        inv = max(f["invoice_date"] for _, f in lay.docs)
        inv = getattr(lay, "fax_date", inv)  # the batch is faxed on the bordereau's date
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
