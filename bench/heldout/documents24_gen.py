"""cd bench/heldout && ../../.venv/bin/python documents24_gen.py --out documents24 --seed 241

Twenty-fourth blind held-out layout set: ten French tiers-payant documents of everyday practice, each rendered five
ways.

Written blind (without reading parsers/, classifiers/, intake/, workers/, tests/, samples/, bench/*.py,
bench/results/, any first-run or scored file, or any rendered held-out set; read: /work/shared/DOMAIN.md, the set 4
and 6 generators (whose helpers are imported), the module docstrings of documents10_gen.py .. documents23_gen.py, the
import block of set 23, the first 60 lines of the READMEs of sets 22 and 23 (font lists), one set-4 truth file and
verify_printed.py), in designs not used by sets 10 to 23. Two professions are new (a diététicienne and a transport
sanitaire company running a VSL); the others recur (psychologue, radiologue, kinésithérapeute, pharmacie,
sage-femme, centre de santé, audioprothésiste, pédicure-podologue) in new designs. REALISTIC: seven ordinary
documents, and three harder ones (8, 9, 10) that a clerk still reads without hesitating.
  1. diététicienne-nutritionniste (ADELI) invoice written as a LETTER to the mutuelle in a WINDOW-ENVELOPE layout
     (folding marks, the mutuelle's postal address in the window block, 'N/Réf. / V/Réf.' reference lines), Averia
     Serif GWF: the patient is a CHILD (the insured parent's NIR), bilan + two follow-up consultations NOT in the
     AMO nomenclature ('Part Assurance Maladie 0,00 €'), the mutuelle's 'forfait diététique' paid in tiers payant,
     the rest paid by the family; the N° adhérent (V/Réf.) beside the N° AMC, long letter date;
  2. psychologue 'Mon soutien psy' (ADELI, profession code 93) on a FORM whose values are typed on UNDERLINED field
     lines under small labels, three framed sections (la psychologue / le patient / la séance), Kinnari: 50 EUR
     session, 60 % / 40 %, 'séance n° 5 / 12', direct access without a doctor's referral, dot4 dates, the next
     session's date as a distractor;
  3. cabinet de radiologie (the radiologist's RPPS invoices) CT scan (scanographie) in IPAPGothic with Loma Bold
     headings: a shaded PATIENT BAND across the page (name, birth date, NIR, exam number), CCAM table with
     'Activité / Phase / Modif.' columns, forfait technique and archiving lines, exam date with time, the 2 EUR
     participation forfaitaire deducted from the AMO share and left to the patient, the prescribing GP's RPPS;
  4. masseur-kinésithérapeute (RPPS) home lymphatic drainage relevé with a detachable COUNTERFOIL (talon) on the
     left third of the page behind a dashed cut line (invoice number, patient, amounts, a 'transmis le' date),
     Sawasdee: eight AMK sessions + IFD, dot2 dates ('12.03.25'), the prescriber's RPPS and date, N° AM (category
     7), 60 % / 40 %;
  5. pharmacie d'officine (FINESS) 'BON DE LIVRAISON VALANT FACTURE' for a manual WHEELCHAIR RENTAL in Norasi:
     four weekly rental lines + delivery + an anti-bedsore cushion (LPP, 60 %), a non-reimbursed tray paid by the
     patient, rental period (care date = delivery = first day), serial number, a 'matériel reçu' signature box,
     the prescriber's and the titular pharmacist's RPPS as distractors, dot4 dates;
  6. entreprise de transports sanitaires, VSL (véhicule sanitaire léger) relevé of a SERIES of round trips to a SMR
     in TlwgTypewriter (no euro sign: 'EUR'): six trips (departure / arrival, kilometres, forfait + km), 65 % /
     35 %, the prescription date, the accord préalable number, the SMR's FINESS and the prescriber's RPPS as
     distractors; the company has NO RPPS/ADELI/FINESS (ARS agrément, code transporteur and SIRET only:
     rpps/adeli/finess absent from the truth);
  7. sage-femme (RPPS) gynaecological prevention visit (consultation + cervical smear JKHD001) with a shaded RIGHT
     SIDEBAR holding the practitioner's identity, RPPS, N° AM and hours, Garuda (no euro sign: 'EUR'), long care
     date ('12 mars 2025'), 70 % / 30 %, a next smear date (year) and a contraception renewal date as distractors;
  8. HARDER - centre de santé (FINESS géographique invoices) on a pre-printed form with COMB FIELDS: the FINESS,
     the salaried doctor's RPPS (distractor), the NIR (13 + 2 boxes) and the N° AMC are typed one character per box;
     Umpush with TlwgMono in the boxes, amounts in a 'Montant (euros)' column without a currency sign, G + ECG,
     70 % / 30 %, the FINESS juridique in the footer;
  9. HARDER - audioprothésiste (RPPS) invoice for two hearing aids with a COMMERCIAL DISCOUNT: 'Total avant remise',
     'Remise 15 %', 'Total TTC net' (truth = the net), 'dont TVA 5,5 %', LPP base per ear, AMO 60 % of the base, an
     AMC share and a large rest for the patient, the devis number and date and the ORL's RPPS as distractors, NBSP
     thousands ('3 043,00 €'), Laksaman;
 10. HARDER - pédicure-podologue (ADELI) invoice for a diabetic patient's bilan + three POD sessions, IPAPMincho with
     Loma Bold headings, with a yellow POST-IT NOTE stuck on the page (handwritten in Purisa: 'Mutuelle : merci de
     régler la part complémentaire - 2e envoi (1er envoi le ...)', a phone number): the first sending date and the
     phone are distractors; the note covers no field.

Rendering, identifier and JSON helpers come from documents4_gen.py (imported: scan_pdf, fax_tiff, render, the
identifier makers); the phone-photo renderer (photo6) from documents6_gen.py. Fonts new to the held-out sets (Debian
packages to `apt-get install` before running): fonts-averia-serif-gwf, fonts-tlwg-kinnari-ttf, fonts-ipafont-gothic,
fonts-ipafont-mincho, fonts-tlwg-loma-ttf, fonts-tlwg-sawasdee-ttf, fonts-tlwg-norasi-ttf,
fonts-tlwg-typewriter-ttf, fonts-tlwg-garuda-ttf, fonts-tlwg-umpush-ttf, fonts-tlwg-mono-ttf,
fonts-tlwg-laksaman-ttf, fonts-tlwg-purisa-ttf. All TrueType (glyf outlines), embedded by reportlab; none has
U+202F, so thousands use NBSP. Every drawn string is checked against its font's character map, and only these fonts
may be drawn.

Every identifier is checksum-valid (distractors too): RPPS Luhn, ADELI / FINESS Luhn, SIRET Luhn, NIR key (mod 97).
Amounts add up (check()). All random values are drawn before drawing, so the page callables are pure.

Renderings, for every layout: <id>.text.pdf (real text layer), <id>.scan.pdf (image-only), <id>.photo.jpg (phone
photo), <id>.fax-fine.tif (G4, 204x196), <id>.fax-normal.tif (G3, 204x98). File ids are neutral: j101..j110 (the
order of the files is not the order above; see FILE_IDS). Each file gets <file>.json ground truth (same format as
sets 4-23).

Ground-truth conventions (as sets 5-23 and DOMAIN.md): care_date = first day of care for a series or a rental
period; for a child beneficiary nir = the insured parent's number printed on the page, patient_name and
patient_birth_date = the child's; rpps/adeli/finess = the invoicer only (FINESS géographique for an establishment;
none for a transport company); amc_number = the complementary insurer's number, never the adherent number;
total_amount = the net total after a discount; patient_name = 'LASTNAME Firstname' with accents as printed; a field
not printed is omitted.
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
from stdnum.fr import siret as stdsiret

from documents4_gen import (FIRST_F, FIRST_M, LAST, MUTUELLES, NBSP, F, Gen, Layout, Page, day, digits, eur, fd,
                            fax_tiff, make_adeli, make_finess, make_rpps, make_siret, nir_spaced, pct, phone,
                            scan_pdf, siret_spaced, iban)
from documents6_gen import HOLIDAYS, city_of, dnum, photo6

TT = Path("/usr/share/fonts/truetype")
OT = Path("/usr/share/fonts/opentype")
FONTS = {
    # fonts-averia-serif-gwf
    "AV": TT / "averia-gwf/AveriaSerifGWF-Regular.ttf", "AVB": TT / "averia-gwf/AveriaSerifGWF-Bold.ttf",
    "AVI": TT / "averia-gwf/AveriaSerifGWF-Italic.ttf", "AVL": TT / "averia-gwf/AveriaSerifGWF-Light.ttf",
    # fonts-tlwg-kinnari-ttf
    "KI": TT / "tlwg/Kinnari.ttf", "KIB": TT / "tlwg/Kinnari-Bold.ttf", "KII": TT / "tlwg/Kinnari-Italic.ttf",
    # fonts-ipafont-gothic / fonts-ipafont-mincho
    "IPG": OT / "ipafont-gothic/ipagp.ttf", "IPGM": OT / "ipafont-gothic/ipag.ttf",
    "IPM": OT / "ipafont-mincho/ipamp.ttf",
    # fonts-tlwg-loma-ttf
    "LO": TT / "tlwg/Loma.ttf", "LOB": TT / "tlwg/Loma-Bold.ttf",
    # fonts-tlwg-sawasdee-ttf
    "SW": TT / "tlwg/Sawasdee.ttf", "SWB": TT / "tlwg/Sawasdee-Bold.ttf", "SWO": TT / "tlwg/Sawasdee-Oblique.ttf",
    # fonts-tlwg-norasi-ttf
    "NO": TT / "tlwg/Norasi.ttf", "NOB": TT / "tlwg/Norasi-Bold.ttf", "NOI": TT / "tlwg/Norasi-Italic.ttf",
    # fonts-tlwg-typewriter-ttf
    "TW": TT / "tlwg/TlwgTypewriter.ttf", "TWB": TT / "tlwg/TlwgTypewriter-Bold.ttf",
    # fonts-tlwg-garuda-ttf
    "GA": TT / "tlwg/Garuda.ttf", "GAB": TT / "tlwg/Garuda-Bold.ttf", "GAO": TT / "tlwg/Garuda-Oblique.ttf",
    # fonts-tlwg-umpush-ttf / fonts-tlwg-mono-ttf
    "UM": TT / "tlwg/Umpush.ttf", "UMB": TT / "tlwg/Umpush-Bold.ttf", "UML": TT / "tlwg/Umpush-Light.ttf",
    "TM": TT / "tlwg/TlwgMono.ttf", "TMB": TT / "tlwg/TlwgMono-Bold.ttf",
    # fonts-tlwg-laksaman-ttf
    "LK": TT / "tlwg/Laksaman.ttf", "LKB": TT / "tlwg/Laksaman-Bold.ttf", "LKI": TT / "tlwg/Laksaman-Italic.ttf",
    # fonts-tlwg-purisa-ttf (handwriting)
    "PU": TT / "tlwg/Purisa.ttf", "PUB": TT / "tlwg/Purisa-Bold.ttf",
}
CMAP: dict[str, set[int]] = {}
for _n, _f in FONTS.items():
    _t = TTFont(_n, str(_f))
    pdfmetrics.registerFont(_t)
    CMAP[_n] = set(_t.face.charToGlyph)

D = dt.timedelta
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre"]


def workday(d: dt.date) -> dt.date:
    """The same date, or the last working day before it."""
    while d.weekday() >= 5 or d in HOLIDAYS:
        d -= D(days=1)
    return d


def later_workday(d: dt.date) -> dt.date:
    while d.weekday() >= 5 or d in HOLIDAYS:
        d += D(days=1)
    return d


def longd(d: dt.date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"


class CP(Page):
    """Page whose every string is checked against its font's character map (only this set's fonts allowed)."""

    def t(self, x, y, s, f="?", size=9.5, align="l", gray=0):
        assert f in CMAP, f
        miss = sorted({c for c in s if ord(c) not in CMAP[f]})
        assert not miss, (f, miss, s)
        super().t(x, y, s, f, size, align, gray)

    def stamp(self, *a, **k):  # set 4's stamp draws DejaVu: not used here
        raise NotImplementedError

    def width(self, s: str, f: str, size: float) -> float:
        return pdfmetrics.stringWidth(s, f, size) / mm


def money(cents: int, style: str = "eur") -> str:
    return eur(cents, style, sep=NBSP)


# ------------------------------------------------------------------------------------------- layouts
def l01_dieteticienne(g: Gen) -> Layout:
    r = g.rng
    parent = g.person(year=(1978, 1990))
    child_first = r.choice(FIRST_F + FIRST_M)
    child_birth = dt.date(r.randint(2011, 2016), r.randint(1, 12), r.randint(1, 28))
    street, city, dept = g.addr()
    adeli = make_adeli(r, dnum(dept), "86")
    first = workday(day(r, (2, 6)))
    dates = [first, workday(first + D(days=r.randint(26, 32))), workday(first + D(days=r.randint(58, 66)))]
    issued = later_workday(dates[-1] + D(days=r.randint(1, 5)))
    number = f"D-{issued.year}-{r.randint(40, 240):04d}"
    acts = [(dates[0], "Bilan diététique initial (enfant) — 1 h", 6000),
            (dates[1], "Consultation de suivi — 30 min", 4000),
            (dates[2], "Consultation de suivi — 30 min", 4000)]
    total = sum(a[2] for a in acts)
    amo = 0
    amc = 10000
    pt = total - amo - amc
    amcn = g.amc_number()
    adherent = digits(r, 9)
    mut = r.choice(MUTUELLES)
    mut_addr = (f"{r.randint(2, 80)} {r.choice(['rue de Provence', 'boulevard Haussmann', 'rue La Fayette'])}",
                f"750{r.choice(['08', '09', '10'])} PARIS")
    name = (r.choice(FIRST_F), r.choice(LAST))
    tel, siret = phone(r), make_siret(r)
    paid_on = issued

    def p1(p: CP):
        # folding marks (A4 in three) and a hole-punch mark
        p.line(4, 99, 9, 99, 0.4, 0.3)
        p.line(4, 198, 9, 198, 0.4, 0.3)
        p.line(2, 148.5, 6, 148.5, 0.4, 0.3)
        p.t(20, 22, f"{name[0]} {name[1]}", "AVB", 14)
        p.t(20, 28, "Diététicienne-nutritionniste D.E.", "AVI", 9.5)
        p.t(20, 33, "Nutrition pédiatrique — troubles du comportement alimentaire", "AVL", 8.5)
        p.t(20, 40, street, "AV", 9)
        p.t(20, 45, city, "AV", 9)
        p.t(20, 50, f"Tél. {tel}", "AV", 9)
        p.t(20, 55, f"N° ADELI : {adeli}", "AV", 9)
        # window block (DL window: 110 mm from the left, 45 mm from the top)
        p.t(112, 52, mut.upper(), "AVB", 10)
        p.t(112, 57.5, "Service Prestations — Tiers payant", "AV", 9.5)
        p.t(112, 63, mut_addr[0], "AV", 9.5)
        p.t(112, 68.5, mut_addr[1], "AV", 9.5)
        p.t(195, 88, f"{city_of(city)}, le {longd(issued)}", "AV", 9.5, "r")
        p.t(20, 98, "N/Réf. :", "AVB", 9)
        p.t(40, 98, f"facture n° {number}", "AV", 9)
        p.t(20, 103.5, "V/Réf. :", "AVB", 9)
        p.t(40, 103.5, f"adhérent n° {adherent} — N° AMC {amcn}", "AV", 9)
        p.t(20, 112, "Objet :", "AVB", 9.5)
        p.t(40, 112, "Facture de consultations diététiques — demande de règlement en tiers payant", "AV", 9.5)
        p.t(20, 124, "Madame, Monsieur,", "AV", 10)
        for i, s in enumerate([
                "Veuillez trouver ci-dessous ma facture pour le suivi diététique de l'enfant de votre adhérent(e).",
                "Conformément à la garantie « forfait diététique » de son contrat, je vous remercie de bien vouloir",
                "me régler directement la part qui vous revient ; le solde a été acquitté par la famille."]):
            p.t(20, 132 + i * 5.5, s, "AV", 9.5)
        p.t(20, 154, "Assuré(e) :", "AVB", 9)
        p.t(52, 154, f"{parent['civ']} {parent['last']} {parent['first']} — N° de sécurité sociale "
                     f"{nir_spaced(parent['nir'])}", "AV", 9)
        p.t(20, 160, "Patient(e) :", "AVB", 9)
        p.t(52, 160, f"{parent['last']} {child_first}, né(e) le {fd(child_birth)} (enfant de l'assuré(e))", "AV", 9)
        y = p.table(20, 168, [30, 115, 30], ["Date", "Prestation", "Montant"],
                    [[fd(d), lib, money(v)] for d, lib, v in acts], "llr", "AV", "AVB", 9, 6.8, 0.9,
                    vlines=False)
        rows = [("Total des honoraires", total, "AVB"), ("Part Assurance Maladie (acte non remboursable)", amo, "AV"),
                ("Forfait diététique — part mutuelle demandée", amc, "AVB"),
                (f"Réglé par la famille le {fd(paid_on)}", pt, "AV")]
        for i, (lab, v, f) in enumerate(rows):
            p.leader(80, y + 9 + i * 6.2, 195, lab, money(v), f, f, 9.5)
        p.t(20, y + 40, "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.", "AV",
            9.5)
        p.t(150, y + 52, f"{name[0]} {name[1]}", "AVI", 10, "c")
        p.line(15, 280, 195, 280, 0.3, 0.5)
        p.t(105, 285, f"SIRET {siret_spaced(siret)} — TVA non applicable, article 261-4-1° du CGI — membre d'une AGA",
            "AVL", 7, "c", gray=0.3)

    f = F(adeli=adeli, nir=parent["nir"], patient_name=f"{parent['last']} {child_first}",
          patient_birth_date=child_birth, invoice_number=number, invoice_date=issued, care_date=dates[0],
          total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("dieteticienne lettre fenetre", [p1], [("invoice", f)], fax_name=f"DIET {name[1]}")


def l02_psychologue(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1970, 2004))
    street, city, dept = g.addr()
    adeli = make_adeli(r, dnum(dept), "93")
    care = workday(day(r, (2, 10)))
    issued = care
    number = f"MSP{care.strftime('%y%m')}-{r.randint(10, 99)}"
    nxt = care + D(days=14)
    rank = r.randint(3, 8)
    total, amo, amc, pt = 5000, 3000, 2000, 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    name = (r.choice(FIRST_F), r.choice(LAST))
    tel = phone(r)

    def field(p: CP, x, y, w, label, value, fv="KI", sv=10.5):
        p.t(x, y, label, "KII", 7.5, gray=0.35)
        p.t(x + 1, y + 6, value, fv, sv)
        p.line(x, y + 7.5, x + w, y + 7.5, 0.4, 0.2)

    def p1(p: CP):
        p.t(105, 20, "NOTE D'HONORAIRES", "KIB", 16, "c")
        p.t(105, 27, "Dispositif « Mon soutien psy » — séance remboursable", "KII", 10, "c")
        p.t(105, 33, f"N° {number}", "KIB", 11, "c")
        secs = [("LA PSYCHOLOGUE", 42, 36), ("LE PATIENT", 84, 46), ("LA SÉANCE", 136, 46)]
        for lab, y0, h in secs:
            p.rect(15, y0, 180, h, width=0.6, radius=2)
            p.rect(19, y0 - 3, p.width(lab, "KIB", 9) + 6, 6, fill=1, stroke=False)
            p.t(22, y0 + 1.5, lab, "KIB", 9)
        field(p, 20, 49, 80, "Nom et prénom", f"{name[0]} {name[1]}")
        field(p, 110, 49, 80, "N° ADELI", adeli)
        field(p, 20, 63, 110, "Adresse du cabinet", f"{street}, {city}", sv=9.5)
        field(p, 140, 63, 50, "Téléphone", tel, sv=9.5)
        field(p, 20, 91, 100, "Nom et prénom", f"{pat['last']} {pat['first']}", "KIB")
        field(p, 130, 91, 60, "Date de naissance", fd(pat["birth"], "dot4"))
        field(p, 20, 105, 80, "N° de sécurité sociale", nir_spaced(pat["nir"]))
        field(p, 110, 105, 80, "Complémentaire santé", mut, sv=9.5)
        field(p, 20, 119, 80, "N° AMC (organisme complémentaire)", amcn)
        field(p, 110, 119, 80, "Accès au dispositif", "direct (sans adressage médical)", sv=9.5)
        field(p, 20, 143, 50, "Date de la séance", fd(care, "dot4"), "KIB")
        field(p, 80, 143, 55, "Séance", f"n° {rank} / 12 (année {care.year})")
        field(p, 145, 143, 45, "Durée", "45 minutes")
        field(p, 20, 157, 80, "Nature", "Séance de suivi psychologique")
        field(p, 110, 157, 80, "Tarif conventionnel", money(total), "KIB")
        p.t(20, 186, "Répartition du règlement", "KIB", 10.5)
        rows = [("Montant de la séance", total), ("Part Assurance Maladie (60 %)", amo),
                ("Part complémentaire (40 %)", amc), ("Reste à la charge du patient", pt)]
        for i, (lab, v) in enumerate(rows):
            p.leader(20, 194 + i * 6.5, 120, lab, money(v), "KI", "KIB", 10)
        p.t(20, 226, f"Fait à {city_of(city)}, le {fd(issued, 'dot4')}.", "KI", 10)
        p.t(20, 232, f"Prochaine séance prévue le {fd(nxt, 'dot4')}.", "KII", 9)
        p.t(145, 226, "Signature", "KII", 9)
        p.t(145, 236, f"{name[0][0]}. {name[1].title()}", "KII", 12)
        p.t(105, 285, "Tiers payant : dispense d'avance des frais sur les parts obligatoire et complémentaire.",
            "KII", 7.5, "c", gray=0.35)

    f = F(adeli=adeli, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("psychologue formulaire souligne", [p1], [("invoice", f)], fax_name=f"PSY {name[1]}")


def l03_scanner(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1948, 1992))
    street, city, dept = g.addr()
    rpps, presc = make_rpps(r), make_rpps(r)
    care = workday(day(r, (1, 10)))
    issued = later_workday(care + D(days=r.randint(0, 2)))
    ordo = care - D(days=r.randint(3, 20))
    hour = f"{r.randint(8, 17)} h {r.choice(['05', '20', '35', '50'])}"
    number = f"{care.strftime('%y')}-{r.randint(100000, 999999)}"
    exam = f"E{r.randint(1000000, 9999999)}"
    lines = [("ZCQH001", "1", "0", "", "Scanographie abdomen-pelvis avec injection IV", 2527),
             ("YYYY600", "1", "0", "", "Forfait d'archivage numérique", 152),
             ("FT", "", "", "", "Forfait technique scanographe (classe 2)", 6735)]
    total = sum(l[-1] for l in lines)
    amo70 = pct(total, 0.70)
    amo = amo70 - 200
    amc = total - amo70
    pt = 200
    amcn = g.amc_number()
    doc = (r.choice(FIRST_M + FIRST_F), r.choice(LAST))
    gp = (r.choice(FIRST_M), r.choice(LAST))
    siret, tel = make_siret(r), phone(r)
    am = f"{dnum(dept)}1{digits(r, 5)}"
    mutx = r.choice(MUTUELLES)

    def p1(p: CP):
        p.t(15, 18, "CABINET D'IMAGERIE MÉDICALE", "LOB", 13)
        p.t(15, 24, f"Scanner · IRM · Radiologie · Échographie — {street}, {city}", "IPG", 8.5)
        p.t(15, 29, f"Rendez-vous {tel} — SELARL au capital de 20 000 € — SIRET {siret}", "IPG", 8)
        p.t(195, 18, "FACTURE", "LOB", 15, "r")
        p.t(195, 25, f"N° {number}", "IPG", 10, "r")
        p.t(195, 30, f"éditée le {fd(issued)}", "IPG", 8.5, "r")
        p.rect(15, 36, 180, 17, fill=0.86, stroke=False)
        p.t(18, 42, "PATIENT", "LOB", 7.5, gray=0.3)
        p.t(18, 48.5, f"{pat['last']} {pat['first']}", "LOB", 11)
        p.t(85, 42, "NÉ(E) LE", "LOB", 7.5, gray=0.3)
        p.t(85, 48.5, fd(pat["birth"]), "IPG", 10)
        p.t(112, 42, "N° DE SÉCURITÉ SOCIALE", "LOB", 7.5, gray=0.3)
        p.t(112, 48.5, nir_spaced(pat["nir"]), "IPG", 10)
        p.t(168, 42, "N° D'EXAMEN", "LOB", 7.5, gray=0.3)
        p.t(168, 48.5, exam, "IPGM", 9.5)
        p.t(15, 62, "Radiologue", "LOB", 9)
        p.t(45, 62, f"Dr {doc[0]} {doc[1]}", "IPG", 9.5)
        p.t(45, 67, f"RPPS {rpps} — N° AM {am}", "IPG", 9)
        p.t(15, 74, "Prescripteur", "LOB", 9)
        p.t(45, 74, f"Dr {gp[0]} {gp[1]} (RPPS {presc}), ordonnance du {fd(ordo)}", "IPG", 9)
        p.t(15, 81, "Examen", "LOB", 9)
        p.t(45, 81, f"réalisé le {fd(care)} à {hour} — scanner 2", "IPG", 9.5)
        p.t(15, 88, "Complémentaire", "LOB", 9)
        p.t(45, 88, f"{mutx} — N° AMC {amcn}", "IPG", 9)
        rows = [[fd(care), c, a, ph, m, lib, money(v)] for c, a, ph, m, lib, v in lines]
        y = p.table(15, 96, [22, 20, 10, 10, 12, 79, 27], ["Date", "Code", "Act.", "Ph.", "Modif.", "Libellé",
                                                            "Montant"], rows, "lcccclr", "IPG", "LOB", 8.5, 7, 0.9)
        rows = [("Total", total), ("Part AMO (70 %)", amo70), ("dont participation forfaitaire", -200),
                ("Part AMO versée", amo), ("Part AMC", amc), ("À la charge du patient", pt)]
        for i, (lab, v) in enumerate(rows):
            bold = i in (0, 3, 5)
            p.t(160, y + 9 + i * 6, lab, "LOB" if bold else "IPG", 9, "r")
            vv = money(v) if v >= 0 else "- " + money(-v)
            p.t(195, y + 9 + i * 6, vv, "IPG", 10 if bold else 9, "r")
        p.t(15, y + 50, "Tiers payant AMO + AMC. La participation forfaitaire de 2 € reste due par le patient.", "IPG",
            8)
        p.t(15, y + 55, "Images et compte rendu disponibles sur le portail patient du cabinet.", "IPG", 8)
        p.t(105, 286, "Cabinet conventionné secteur 1 — accès PMR — parking patients", "IPG", 7, "c", gray=0.4)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("radiologie scanner bandeau patient", [p1], [("invoice", f)], fax_name="IMAGERIE MEDICALE")


def l04_kine_talon(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1945, 1975))
    street, city, dept = g.addr()
    rpps, presc = make_rpps(r), make_rpps(r)
    first = workday(day(r, (2, 8)))
    dates, d = [], first
    while len(dates) < 8:
        if d.weekday() < 5 and d not in HOLIDAYS:
            dates.append(d)
        d += D(days=r.choice([2, 3]))
    issued = later_workday(dates[-1] + D(days=r.randint(1, 3)))
    sent = issued + D(days=r.randint(2, 6))
    ordo = first - D(days=r.randint(4, 15))
    number = f"K{issued.strftime('%y%m')}{r.randint(100, 999)}"
    amk, ifd = 2043, 250
    total = 8 * (amk + ifd)
    amo = pct(total, 0.60)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    kin = (r.choice(FIRST_M + FIRST_F), r.choice(LAST))
    am = f"{dnum(dept)}7{digits(r, 5)}"
    tel = phone(r, ".")
    mutx = r.choice(MUTUELLES)
    prescn = r.choice(LAST)

    def p1(p: CP):
        # counterfoil
        p.t(10, 20, "TALON", "SWB", 11)
        p.t(10, 25, "à conserver par le praticien", "SWO", 7.5, gray=0.3)
        rows = [("Facture", number), ("Patient", f"{pat['last']} {pat['first'][0]}."), ("Séances", "8"),
                ("Du", fd(dates[0], "dot2")), ("Au", fd(dates[-1], "dot2")), ("Total", money(total)),
                ("Part AMO", money(amo)), ("Part AMC", money(amc)), ("Transmis le", fd(sent, "dot2"))]
        for i, (a, b) in enumerate(rows):
            p.t(10, 36 + i * 8, a, "SW", 7.5, gray=0.35)
            p.t(10, 40 + i * 8, b, "SWB" if i in (0, 5) else "SW", 9)
        p.line(58, 10, 58, 287, 0.6, 0.3, dash=(3, 2))
        p.t(56, 150, "découper ici", "SWO", 6.5, "r", gray=0.4)
        # main part
        x0 = 64
        p.t(x0, 20, f"{kin[0]} {kin[1]}", "SWB", 13)
        p.t(x0, 26, "Masseur-kinésithérapeute D.E. — drainage lymphatique, soins à domicile", "SW", 8.5)
        p.t(x0, 31, f"{street} — {city} — {tel}", "SW", 8.5)
        p.t(x0, 36, f"RPPS {rpps}   ·   N° AM {am}", "SW", 8.5)
        p.t(195, 48, "RELEVÉ D'HONORAIRES", "SWB", 12, "r")
        p.t(195, 54, f"Facture n° {number} du {fd(issued, 'dot2')}", "SW", 9.5, "r")
        p.rect(x0, 60, 131, 30, width=0.5, radius=2)
        p.t(x0 + 3, 66, "Patient :", "SW", 8.5, gray=0.35)
        p.t(x0 + 30, 66, f"{pat['civ']} {pat['last']} {pat['first']}", "SWB", 10)
        p.t(x0 + 3, 72, "Né(e) le :", "SW", 8.5, gray=0.35)
        p.t(x0 + 30, 72, fd(pat["birth"], "dot2"), "SW", 9.5)
        p.t(x0 + 3, 78, "N° SS :", "SW", 8.5, gray=0.35)
        p.t(x0 + 30, 78, nir_spaced(pat["nir"]), "SW", 9.5)
        p.t(x0 + 3, 84, "Mutuelle :", "SW", 8.5, gray=0.35)
        p.t(x0 + 30, 84, f"{mutx} — AMC n° {amcn}", "SW", 9)
        p.t(x0, 98, f"Prescription du Dr {prescn} (RPPS {presc}) du {fd(ordo, 'dot2')} : drainage "
                    "lymphatique", "SW", 8.5)
        p.t(x0, 103, "manuel du membre inférieur droit, 8 séances, à domicile.", "SW", 8.5)
        rows = [[fd(d, "dot2"), "AMK 9.5 + IFD", money(amk), money(ifd), money(amk + ifd)] for d in dates]
        y = p.table(x0, 110, [22, 35, 24, 22, 28], ["Date", "Cotation", "Acte", "Dépl.", "Total"], rows, "lcrrr",
                    "SW", "SWB", 8.5, 6.5, 0.88)
        rows = [("Montant total", total), ("Part AMO (60 %)", amo), ("Part AMC", amc), ("Reste à charge", pt)]
        for i, (lab, v) in enumerate(rows):
            p.t(165, y + 9 + i * 6.5, lab, "SWB" if i == 0 else "SW", 9.5, "r")
            p.t(195, y + 9 + i * 6.5, money(v), "SWB" if i == 0 else "SW", 9.5, "r")
        p.t(x0, y + 42, "Tiers payant intégral. Séances réalisées au domicile du patient (IFD).", "SWO", 8)
        p.t(x0, 283, "Conventionné — exonération de TVA, article 261-4-1° du CGI", "SW", 7, gray=0.4)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=first, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("kine talon detachable", [p1], [("invoice", f)], fax_name=f"KINE {kin[1]}")


def l05_pharmacie_fauteuil(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1935, 1960))
    street, city, dept = g.addr()
    finess = make_finess(r, dnum(dept))
    presc, titu = make_rpps(r), make_rpps(r)
    care = workday(day(r, (1, 9)))
    issued = care
    ordo = care - D(days=r.randint(1, 6))
    end = care + D(days=27)
    number = f"BL{care.strftime('%y')}{r.randint(10000, 99999)}"
    serial = f"FRM-{r.randint(10, 99)}{r.choice('ABCDEFGH')}-{r.randint(100000, 999999)}"
    lpp = [("1286315", "Location hebdomadaire fauteuil roulant manuel — sem. 1", 1, 1372),
           ("1286315", "Location hebdomadaire fauteuil roulant manuel — sem. 2", 1, 1372),
           ("1286315", "Location hebdomadaire fauteuil roulant manuel — sem. 3", 1, 1372),
           ("1286315", "Location hebdomadaire fauteuil roulant manuel — sem. 4", 1, 1372),
           ("1283770", "Livraison et mise en service à domicile", 1, 2380),
           ("1270036", "Coussin d'aide à la prévention des escarres (achat)", 1, 4260)]
    nr = [("NR", "Tablette amovible pour fauteuil", 1, 1990)]
    base = sum(q * u for *_, q, u in lpp)
    total = base + sum(q * u for *_, q, u in nr)
    amo = pct(base, 0.60)
    amc = base - amo
    pt = total - amo - amc
    amcn = g.amc_number()
    ph = f"PHARMACIE {r.choice(['DU CENTRE', 'DES TILLEULS', 'DE LA POSTE', 'SAINT-EXUPÉRY'])}"
    titu_n = (r.choice(FIRST_F + FIRST_M), r.choice(LAST))
    tel = phone(r)
    mutx = r.choice(MUTUELLES)
    prescn = r.choice(LAST)

    def p1(p: CP):
        p.t(15, 20, ph, "NOB", 15)
        p.t(15, 26, f"{street} · {city} · Tél. {tel}", "NO", 9)
        p.t(15, 31, f"N° FINESS {finess} — Pharmacien titulaire : {titu_n[0]} {titu_n[1]} (RPPS {titu})", "NO", 8.5)
        p.line(15, 35, 195, 35, 1.0)
        p.t(105, 45, "BON DE LIVRAISON VALANT FACTURE", "NOB", 13, "c")
        p.t(105, 51, "Location de matériel médical — maintien à domicile", "NOI", 9.5, "c")
        p.t(15, 62, "N° :", "NOB", 10)
        p.t(28, 62, number, "NO", 10)
        p.t(15, 68, "Date :", "NOB", 10)
        p.t(28, 68, fd(issued, "dot4"), "NO", 10)
        p.t(15, 74, "Période de location :", "NOB", 9.5)
        p.t(15, 79.5, f"du {fd(care, 'dot4')} au {fd(end, 'dot4')}", "NO", 9.5)
        p.t(15, 85.5, f"Matériel n° de série {serial}", "NO", 8.5)
        p.rect(105, 57, 90, 34, width=0.5)
        p.t(108, 63, "Livré à", "NOI", 8.5, gray=0.35)
        p.t(108, 69, f"{pat['civ']} {pat['last']} {pat['first']}", "NOB", 10.5)
        p.t(108, 74.5, f"né(e) le {fd(pat['birth'], 'dot4')}", "NO", 9.5)
        p.t(108, 80, f"N° SS {nir_spaced(pat['nir'])}", "NO", 9.5)
        p.t(108, 85.5, f"{mutx} — N° AMC {amcn}", "NO", 8.5)
        p.t(15, 98, f"Prescription du Dr {prescn}, RPPS {presc}, du {fd(ordo, 'dot4')} — fauteuil roulant "
                    "manuel, location de courte durée.", "NO", 9)
        rows = [[c, lib, str(q), money(u), money(q * u), "60 %"] for c, lib, q, u in lpp] + \
               [[c, lib, str(q), money(u), money(q * u), "—"] for c, lib, q, u in nr]
        y = p.table(15, 105, [20, 88, 10, 22, 24, 16], ["Code LPP", "Désignation", "Qté", "P.U. TTC", "Montant",
                                                          "Taux"], rows, "llcrrc", "NO", "NOB", 8.5, 6.5, 0.9)
        rows = [("Total TTC", total), ("Part Assurance Maladie", amo), ("Part complémentaire", amc),
                ("Reste à payer (article non remboursable)", pt)]
        for i, (lab, v) in enumerate(rows):
            p.t(160, y + 9 + i * 6.5, lab, "NOB" if i in (0, 3) else "NO", 9.5, "r")
            p.t(195, y + 9 + i * 6.5, money(v), "NOB" if i in (0, 3) else "NO", 9.5, "r")
        p.rect(15, y + 40, 85, 28, width=0.4)
        p.t(18, y + 45, "Matériel reçu en bon état, notice remise.", "NOI", 8.5)
        p.t(18, y + 50, "Date et signature du patient ou de l'aidant :", "NOI", 8.5)
        p.t(110, y + 45, "Renouvellement de la location : nouvelle prescription", "NO", 8)
        p.t(110, y + 50, "nécessaire au-delà de la période indiquée.", "NO", 8)
        p.t(105, 285, "Tiers payant AMO + AMC — TVA 5,5 % incluse sur le matériel.", "NO", 7.5, "c", gray=0.35)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("pharmacie location fauteuil", [p1], [("invoice", f)], fax_name=ph)


def l06_vsl(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1940, 1970))
    street, city, dept = g.addr()
    presc = make_rpps(r)
    smr_finess = make_finess(r, dnum(dept))
    first = workday(day(r, (2, 8)))
    days, d = [], first
    while len(days) < 3:
        if d.weekday() < 5 and d not in HOLIDAYS:
            days.append(d)
        d += D(days=r.choice([2, 3]))
    issued = later_workday(days[-1] + D(days=r.randint(1, 4)))
    ordo = first - D(days=r.randint(3, 10))
    km = r.randint(18, 34)
    forfait, per_km = 1484, 99
    trips = []
    for dd in days:
        t1 = f"{r.randint(7, 9)}h{r.choice(['00', '15', '30', '45'])}"
        t2 = f"{r.randint(15, 17)}h{r.choice(['00', '15', '30', '45'])}"
        trips.append((dd, t1, "Domicile > SMR", km, forfait + km * per_km))
        trips.append((dd, t2, "SMR > Domicile", km, forfait + km * per_km))
    total = sum(t[-1] for t in trips)
    amo = pct(total, 0.65)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    number = f"{issued.year}/{r.randint(1000, 9999)}"
    accord = f"{r.randint(100000000, 999999999)}"
    comp = r.choice(["TRANSPORTS SANITAIRES DU VAL", "AMBULANCES-VSL DES REMPARTS", "VSL ASSISTANCE SANTE"])
    agrement = f"{dnum(dept)}-{r.randint(100, 999)}"
    code = f"{dnum(dept)}{digits(r, 6)}"
    siret, tel = make_siret(r), phone(r)
    mutname = r.choice(MUTUELLES)
    vehicle = f"{r.choice('BCDEFG')}{r.choice('ABKLMN')}-{r.randint(100, 999)}-{r.choice('PQRSTV')}{r.choice('ABCDEF')}"
    prescn = r.choice(LAST)

    def p1(p: CP):
        p.t(15, 18, comp, "TWB", 12)
        p.t(15, 24, f"{street} - {city} - Tel {tel} (24h/24)", "TW", 8.5)
        p.t(15, 29, f"Agrement ARS n° {agrement} - Code transporteur {code} - SIRET {siret}", "TW", 8)
        p.line(15, 33, 195, 33, 0.6)
        p.t(15, 42, "FACTURE DE TRANSPORT - VEHICULE SANITAIRE LEGER (VSL)", "TWB", 11)
        p.t(15, 52, f"Facture n° : {number}", "TW", 9.5)
        p.t(15, 58, f"Date de facture : {fd(issued)}", "TW", 9.5)
        p.t(15, 64, f"Vehicule : VSL {vehicle}", "TW", 9)
        p.rect(108, 45, 87, 31, width=0.5)
        p.t(111, 50, "PATIENT TRANSPORTE", "TWB", 9)
        p.t(111, 56, f"{pat['last']} {pat['first']}", "TWB", 10)
        p.t(111, 61, f"Ne(e) le : {fd(pat['birth'])}", "TW", 9)
        p.t(111, 66, f"NIR : {nir_spaced(pat['nir'])}", "TW", 9)
        p.t(111, 71, f"{mutname} - N° AMC : {amcn}", "TW", 8)
        p.t(15, 84, f"Prescription medicale de transport du {fd(ordo)} - Dr {prescn} (RPPS {presc})", "TW",
            8.5)
        p.t(15, 89.5, f"Transport en serie - accord prealable n° {accord}", "TW", 8.5)
        p.t(15, 95, f"Destination : SMR {city_of(city)} (FINESS {smr_finess}), reeducation en hopital de jour",
            "TW", 8.5)
        rows = [[fd(dd), t, trj, str(k), money(forfait, "EUR"), money(k * per_km, "EUR"), money(v, "EUR")]
                for dd, t, trj, k, v in trips]
        y = p.table(15, 102, [23, 13, 38, 11, 30, 30, 35], ["Date", "Heure", "Trajet", "Km", "Forfait", "Km x 0,99",
                                                            "Montant"], rows, "lcllrrr", "TW", "TWB", 8, 6.5, 0.9)
        rows = [("TOTAL FACTURE", total), ("Part AMO (65 %)", amo), ("Part AMC (35 %)", amc),
                ("Reste a charge", pt)]
        for i, (lab, v) in enumerate(rows):
            p.t(158, y + 9 + i * 6.5, lab, "TWB" if i == 0 else "TW", 9.5, "r")
            p.t(195, y + 9 + i * 6.5, money(v, "EUR"), "TWB" if i == 0 else "TW", 9.5, "r")
        p.t(15, y + 40, "Transport assis professionnalise. Dispense d'avance de frais (tiers payant AMO + AMC).", "TW",
            8)
        p.t(15, y + 45, "Bon de transport et accord prealable joints.", "TW", 8)
        p.t(150, y + 60, "Cachet et signature", "TW", 8.5)

    f = F(nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=first, total_amount=total, amo_amount=amo, amc_amount=amc,
          patient_amount=pt, amc_number=amcn)
    return Layout("vsl transport en serie", [p1], [("invoice", f)], fax_name=comp[:24])


def l07_sagefemme(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(sex=2, year=(1976, 2000))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    care = workday(day(r, (1, 10)))
    issued = care
    number = f"SF{care.strftime('%Y%m%d')}-{r.randint(1, 9)}"
    acts = [("C", "Consultation de gynécologie de prévention", 3000),
            ("JKHD001", "Prélèvement cervicovaginal (frottis)", 1246)]
    total = sum(a[2] for a in acts)
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    name = (r.choice(FIRST_F), r.choice(LAST))
    am = f"{dnum(dept)}5{digits(r, 5)}"
    tel = phone(r)
    renew = care + D(days=r.randint(150, 200))
    mutx = r.choice(MUTUELLES)

    def p1(p: CP):
        p.rect(150, 0, 60, 297, fill=0.9, stroke=False)
        sx = 154
        p.t(sx, 22, name[0], "GAB", 12)
        p.t(sx, 28, name[1], "GAB", 12)
        p.t(sx, 35, "Sage-femme", "GA", 9)
        p.t(sx, 40, "libérale conventionnée", "GA", 9)
        for i, s in enumerate(["RPPS", rpps, "", "N° AM", am, "", "Cabinet", street, city, "", "Téléphone", tel, "",
                               "Consultations", "lun.-ven. 9h-18h", "sur rendez-vous"]):
            p.t(sx, 52 + i * 5, s, "GAB" if s in ("RPPS", "N° AM", "Cabinet", "Téléphone", "Consultations") else "GA",
                8.5)
        p.t(15, 25, "Facture", "GAB", 20)
        p.t(15, 33, f"n° {number}", "GA", 10)
        p.t(15, 39, f"{city_of(city)}, le {longd(issued)}", "GA", 9.5)
        p.t(15, 54, "Patiente", "GAB", 10)
        p.line(15, 56, 140, 56, 0.4)
        p.t(15, 62, f"{pat['civ']} {pat['last']} {pat['first']}", "GA", 10.5)
        p.t(15, 68, f"Née le {fd(pat['birth'])}", "GA", 9.5)
        p.t(15, 74, f"N° de sécurité sociale : {nir_spaced(pat['nir'])}", "GA", 9.5)
        p.t(15, 80, f"Complémentaire : {mutx}, N° AMC {amcn}", "GA", 9)
        p.t(15, 93, "Soins réalisés le", "GAB", 10)
        p.t(15, 99, longd(care), "GA", 10.5)
        y = p.table(15, 106, [25, 75, 25], ["Code", "Acte", "Montant"],
                    [[c, lib, money(v, "EUR")] for c, lib, v in acts], "llr", "GA", "GAB", 9, 7, 0.85)
        rows = [("Total", total), ("Part Sécurité sociale (70 %)", amo), ("Part mutuelle (30 %)", amc),
                ("Reste à votre charge", pt)]
        for i, (lab, v) in enumerate(rows):
            p.t(110, y + 10 + i * 6.5, lab, "GAB" if i == 0 else "GA", 9.5, "r")
            p.t(140, y + 10 + i * 6.5, money(v, "EUR"), "GAB" if i == 0 else "GA", 9.5, "r")
        p.t(15, y + 44, f"Prochain frottis conseillé en {care.year + 3}.", "GAO", 8.5)
        p.t(15, y + 49, f"Renouvellement de la contraception à prévoir avant le {fd(renew)}.", "GAO", 8.5)
        p.t(15, y + 58, "Tiers payant : dispense d'avance des frais (AMO et AMC).", "GA", 8.5)
        p.t(15, 283, "Document à conserver. Aucune somme n'a été versée par la patiente.", "GA", 7, gray=0.4)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("sage-femme barre laterale droite", [p1], [("invoice", f)], fax_name=f"SF {name[1]}")


def comb(p: CP, x: float, y: float, s: str, bw: float = 4.6, bh: float = 6.5, gap_after: tuple = ()) -> float:
    """One character per box; returns the x after the last box."""
    for i, ch in enumerate(s):
        p.rect(x, y, bw, bh, width=0.45)
        p.t(x + bw / 2, y + bh - 1.6, ch, "TMB", 10, "c")
        x += bw + (2.5 if i in gap_after else 0)
    return x


def l08_centre_sante_peigne(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1976, 1998), dept="2A")
    street, city, dept = g.addr()
    fin_geo, fin_jur = make_finess(r, dnum(dept)), make_finess(r, dnum(dept))
    doc_rpps = make_rpps(r)
    care = workday(day(r, (1, 10)))
    issued = care
    number = f"CS-{care.strftime('%y')}-{r.randint(100000, 999999)}"
    acts = [("G", "Consultation de médecine générale", 3000),
            ("DEQP003", "Électrocardiogramme (ECG) sur au moins 12 dérivations", 1426)]
    total = sum(a[2] for a in acts)
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    doc = (r.choice(FIRST_M + FIRST_F), r.choice(LAST))
    centre = f"CENTRE DE SANTÉ {r.choice(['MUNICIPAL', 'MUTUALISTE', 'ASSOCIATIF'])} {city_of(city).upper()}"
    acc_tel = phone(r)
    mutx = r.choice(MUTUELLES)

    def p1(p: CP):
        p.t(15, 18, centre, "UMB", 12)
        p.t(15, 24, f"{street} — {city} — accueil {acc_tel}", "UM", 8.5)
        p.t(195, 18, "FACTURE", "UMB", 14, "r")
        p.t(195, 24, "modèle établissement — tiers payant", "UML", 8, "r")
        p.t(15, 36, "1. ÉTABLISSEMENT", "UMB", 9)
        p.t(15, 42, "N° FINESS géographique", "UML", 8)
        comb(p, 60, 37.5, fin_geo)
        p.t(115, 42, "Facture n°", "UML", 8)
        p.t(135, 42, number, "UMB", 10)
        p.t(15, 51, "Médecin (salarié)", "UML", 8)
        p.t(60, 51, f"Dr {doc[0]} {doc[1]}", "UM", 9)
        p.t(115, 51, "RPPS", "UML", 8)
        comb(p, 125, 46.5, doc_rpps, bw=4.4)
        p.t(15, 62, "2. ASSURÉ / PATIENT", "UMB", 9)
        p.t(15, 69, "Nom, prénom", "UML", 8)
        p.t(60, 69, f"{pat['last']} {pat['first']}", "UMB", 10)
        p.t(130, 69, "Date de naissance", "UML", 8)
        p.t(160, 69, fd(pat["birth"]), "UM", 10)
        p.t(15, 78, "N° d'immatriculation", "UML", 8)
        comb(p, 60, 73.5, pat["nir"], bw=4.4, gap_after=(0, 2, 4, 6, 9, 12))
        p.t(15, 87, "Organisme complémentaire", "UML", 8)
        p.t(60, 87, mutx, "UM", 9.5)
        p.t(115, 87, "N° AMC", "UML", 8)
        comb(p, 130, 82.5, amcn, bw=4.4)
        p.t(15, 98, "3. SOINS", "UMB", 9)
        p.t(15, 105, "Date des soins", "UML", 8)
        p.t(60, 105, fd(care), "UMB", 10)
        p.t(115, 105, "Date de facturation", "UML", 8)
        p.t(150, 105, fd(issued), "UM", 10)
        y = p.table(15, 111, [28, 112, 40], ["Code", "Libellé de l'acte", "Montant (euros)"],
                    [[c, lib, money(v, "plain")] for c, lib, v in acts], "llr", "UM", "UMB", 9, 7, 0.85)
        p.t(15, y + 10, "4. RÈGLEMENT", "UMB", 9)
        cells = [("Montant total", total), ("Part obligatoire (70 %)", amo), ("Part complémentaire", amc),
                 ("Part patient", pt)]
        for i, (lab, v) in enumerate(cells):
            x = 15 + i * 45
            p.rect(x, y + 13, 45, 13, width=0.5)
            p.t(x + 2, y + 17, lab, "UML", 7.5)
            p.t(x + 43, y + 23.5, money(v, "plain"), "UMB", 10.5, "r")
        p.t(15, y + 34, "Montants en euros. Dispense d'avance des frais : tiers payant AMO et AMC.", "UM", 8)
        p.line(15, 279, 195, 279, 0.3, 0.4)
        p.t(105, 284, f"Gestionnaire : FINESS juridique {fin_jur} — centre de santé conventionné (accord national)",
            "UML", 7, "c")

    f = F(finess=fin_geo, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("centre de sante cases peigne", [p1], [("invoice", f)], fax_name="CENTRE DE SANTE")


def l09_audio_remise(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1938, 1962))
    street, city, dept = g.addr()
    rpps, orl = make_rpps(r), make_rpps(r)
    care = workday(day(r, (2, 10)))
    issued = care
    devis_d = care - D(days=r.randint(20, 45))
    ordo = devis_d - D(days=r.randint(5, 30))
    number = f"FA{care.strftime('%y')}-{r.randint(1000, 9999)}"
    devis = f"DV{devis_d.strftime('%y')}-{r.randint(1000, 9999)}"
    unit = 179000
    gross = 2 * unit
    remise = pct(gross, 0.15)
    total = gross - remise
    base = 40000
    amo = 2 * pct(base, 0.60)
    amc = 2 * 60000
    pt = total - amo - amc
    tva = round(total * 55 / 1055)
    amcn = g.amc_number()
    name = (r.choice(FIRST_F + FIRST_M), r.choice(LAST))
    shop = f"AUDITION {name[1]}"
    siret, tel = make_siret(r), phone(r)
    lpp = r.choice(["2355084", "2335791"])
    serials = [f"{r.randint(10, 99)}{digits(r, 7)}" for _ in range(2)]
    bank = iban(r)
    mutx = r.choice(MUTUELLES)

    def p1(p: CP):
        p.t(15, 20, shop, "LKB", 16)
        p.t(15, 26, f"Centre auditif — {street}, {city} — {tel}", "LK", 9)
        p.t(15, 31, f"{name[0]} {name[1]}, audioprothésiste D.E. — RPPS {rpps}", "LK", 9)
        p.t(195, 20, "FACTURE", "LKB", 15, "r")
        p.t(195, 27, f"N° {number}", "LK", 10.5, "r")
        p.t(195, 33, f"du {fd(issued)}", "LK", 10, "r")
        p.line(15, 37, 195, 37, 0.8)
        p.t(15, 46, "Client", "LKB", 10)
        p.t(15, 52, f"{pat['civ']} {pat['last']} {pat['first']}", "LK", 10.5)
        p.t(15, 57.5, f"Né(e) le {fd(pat['birth'])}", "LK", 9.5)
        p.t(15, 63, f"N° SS {nir_spaced(pat['nir'])}", "LK", 9.5)
        p.t(15, 68.5, f"{mutx} — N° AMC {amcn}", "LK", 9)
        p.t(110, 46, "Références", "LKB", 10)
        p.t(110, 52, f"Devis n° {devis} du {fd(devis_d)} (accepté)", "LK", 9)
        p.t(110, 57.5, f"Prescription ORL du {fd(ordo)} — RPPS {orl}", "LK", 9)
        p.t(110, 63, f"Date de délivrance : {fd(care)}", "LK", 9.5)
        p.t(110, 68.5, "Appareillage stéréophonique — classe II", "LK", 9)
        rows = [[side, lpp, f"Contour RIC rechargeable — n° {s}", money(unit), money(base)]
                for side, s in zip(["OD", "OG"], serials)]
        y = p.table(15, 78, [12, 22, 86, 30, 30], ["", "Code LPP", "Désignation", "Prix TTC", "Base LPP"], rows,
                    "cclrr", "LK", "LKB", 9, 7, 0.88)
        rows = [("Total avant remise", gross, "LK"), ("Remise commerciale 15 %", -remise, "LK"),
                ("TOTAL TTC NET", total, "LKB"), ("dont TVA 5,5 %", tva, "LKI"),
                ("Part Assurance Maladie (60 % de la base)", amo, "LK"), ("Part mutuelle", amc, "LK"),
                ("Reste à charge du client", pt, "LKB")]
        yy = y + 9
        for lab, v, f in rows:
            p.t(160, yy, lab, f, 9.5, "r")
            p.t(195, yy, money(v) if v >= 0 else "- " + money(-v), f, 9.5, "r")
            if lab == "dont TVA 5,5 %":
                p.line(100, yy + 2.2, 195, yy + 2.2, 0.3, 0.5)
                yy += 2.5
            yy += 6.5
        p.t(15, yy + 6, "Forfait de suivi inclus : réglages et contrôles pendant toute la durée de vie des appareils.",
            "LKI", 8.5)
        p.t(15, yy + 11, "Offre 100 % Santé (classe I, sans reste à charge) présentée au client et refusée.", "LKI",
            8.5)
        p.t(15, yy + 16, "Garantie constructeur 4 ans. Tiers payant AMO et mutuelle.", "LKI", 8.5)
        p.t(105, 285, f"SIRET {siret} — IBAN {bank}", "LK", 7, "c", gray=0.35)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("audio remise commerciale", [p1], [("invoice", f)], fax_name=shop[:24])


def l10_podologue_postit(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1976, 1986), dept="2B")
    street, city, dept = g.addr()
    adeli = make_adeli(r, dnum(dept), "80")
    first = workday(day(r, (1, 6)))
    dates = [first, workday(first + D(days=r.randint(40, 50))), workday(first + D(days=r.randint(85, 95))),
             workday(first + D(days=r.randint(130, 140)))]
    issued = later_workday(dates[-1] + D(days=r.randint(0, 3)))
    sent1 = issued + D(days=r.randint(3, 8))
    number = f"{issued.year}-P{r.randint(100, 999)}"
    acts = [(dates[0], "POD", "Bilan podologique du pied diabétique (grade 2)", 4000)] + \
           [(d, "POD", "Séance de soins de prévention (grade 2)", 3000) for d in dates[1:]]
    total = sum(a[3] for a in acts)
    amo = pct(total, 0.60)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    name = (r.choice(FIRST_F + FIRST_M), r.choice(LAST))
    tel, mob = phone(r), "06 " + " ".join(digits(r, 2) for _ in range(4))
    presc = make_rpps(r)
    ordo = first - D(days=r.randint(5, 20))
    angle = r.uniform(-6, -3)
    mutx = r.choice(MUTUELLES)
    prescn = r.choice(LAST)

    def p1(p: CP):
        p.t(15, 20, f"{name[0]} {name[1]}", "LOB", 14)
        p.t(15, 26, "Pédicure-podologue D.E. — conventionné", "IPM", 9.5)
        p.t(15, 31, f"{street}, {city}", "IPM", 9)
        p.t(15, 36, f"Tél. {tel} — N° ADELI {adeli}", "IPM", 9)
        p.t(15, 52, "FACTURE", "LOB", 15)
        p.t(15, 59, f"N° {number}", "IPM", 10)
        p.t(15, 65, f"Date : {fd(issued)}", "IPM", 10)
        p.t(110, 52, "Patient", "LOB", 10)
        p.t(110, 58, f"{pat['last']} {pat['first']}", "IPM", 10.5)
        p.t(110, 64, f"Né(e) le {fd(pat['birth'])}", "IPM", 9.5)
        p.t(110, 70, f"NIR {nir_spaced(pat['nir'])}", "IPM", 9.5)
        p.t(110, 76, f"Mutuelle {mutx}", "IPM", 9)
        p.t(110, 82, f"N° AMC {amcn}", "IPM", 9.5)
        p.t(15, 94, f"Prescription : Dr {prescn}, RPPS {presc}, du {fd(ordo)} — patient diabétique, "
                    "pied à risque de grade 2.", "IPM", 8.5)
        rows = [[fd(d), c, lib, money(v)] for d, c, lib, v in acts]
        y = p.table(15, 100, [25, 18, 107, 30], ["Date", "Code", "Acte", "Montant"], rows, "lclr", "IPM", "LOB",
                    9, 7, 0.88)
        rows = [("Total", total), ("Part AMO (60 %)", amo), ("Part AMC (40 %)", amc), ("Reste à charge", pt)]
        for i, (lab, v) in enumerate(rows):
            p.t(160, y + 10 + i * 6.5, lab, "LOB" if i == 0 else "IPM", 9.5, "r")
            p.t(195, y + 10 + i * 6.5, money(v), "IPM", 10.5 if i == 0 else 9.5, "r")
        p.t(15, y + 44, "Conditions de règlement : tiers payant sur la part obligatoire et la part complémentaire.",
            "IPM", 8.5)
        p.t(15, y + 49, "En cas de rejet, la part complémentaire sera facturée au patient.", "IPM", 8.5)
        p.t(15, y + 54, "Prochain bilan annuel sur prescription médicale.", "IPM", 8.5)
        # the post-it, stuck below the text (covers no field)
        c = p.c
        c.saveState()
        c.translate(112 * mm, p.h - (y + 62) * mm)
        c.rotate(angle)
        c.setFillColorRGB(0.98, 0.91, 0.45)
        c.setStrokeColorRGB(0.9, 0.8, 0.35)
        c.rect(0, -62 * mm, 72 * mm, 62 * mm, stroke=1, fill=1)
        c.setFillColorRGB(0.1, 0.12, 0.35)
        for i, s in enumerate(["Mutuelle : merci de", "régler la part", "complémentaire !",
                               f"2e envoi (1er le {fd(sent1, 'dot2')})", f"{name[0][0]}. {name[1].title()}",
                               mob]):
            assert not {ch for ch in s if ord(ch) not in CMAP["PU"]}, s
            c.setFont("PU", 10.5)
            c.drawString(5 * mm, (-10 - i * 8.5) * mm, s)
        c.restoreState()

    f = F(adeli=adeli, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=first, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("podologue post-it", [p1], [("invoice", f)], fax_name=f"PODOLOGUE {name[1]}")


LAYOUTS = [l01_dieteticienne, l02_psychologue, l03_scanner, l04_kine_talon, l05_pharmacie_fauteuil, l06_vsl,
           l07_sagefemme, l08_centre_sante_peigne, l09_audio_remise, l10_podologue_postit]
# file id -> layout number (1-based): the file order is not the layout order
FILE_IDS = {"j101": 6, "j102": 3, "j103": 9, "j104": 1, "j105": 7, "j106": 10, "j107": 4, "j108": 2, "j109": 5,
            "j110": 8}


# ------------------------------------------------------------------------------------------- checks
def check(lay: Layout) -> None:
    for kind, f in lay.docs:
        if "rpps" in f:
            assert len(f["rpps"]) == 11 and luhn.is_valid(f["rpps"]), f["rpps"]
        for k in ("adeli", "finess"):
            if k in f:
                assert len(f[k]) == 9 and luhn.is_valid(f[k]), (k, f[k])
        assert sum(k in f for k in ("rpps", "adeli", "finess")) == (0 if lay.id.startswith("vsl") else 1), lay.id
        n = f["nir"]
        assert stdnir.is_valid(n), n
        assert n[0] in "12" and 1 <= int(n[3:5]) <= 12 and len(n) == 15
        num = int(n[:13].replace("2A", "19").replace("2B", "18"))
        assert int(n[13:]) == 97 - num % 97
        if n[5:7] in ("2A", "2B"):
            assert int(n[1:3]) >= 76
        c = {k: int(f[k].replace(".", "")) for k in ("total_amount", "amo_amount", "amc_amount", "patient_amount")}
        assert c["total_amount"] == c["amo_amount"] + c["amc_amount"] + c["patient_amount"], (lay.id, c)
        assert all(v >= 0 for v in c.values())
        assert f["amc_number"].isdigit() and len(f["amc_number"]) in (8, 9), f["amc_number"]
        assert f["patient_name"].split(" ", 1)[0].replace("-", "").isupper()
        assert kind == "invoice" and f["care_date"] <= f["invoice_date"], lay.id
        assert f["patient_birth_date"] < f["care_date"]


def check_distractors() -> None:
    assert stdsiret.is_valid(make_siret(random.Random(1)))


# ---------------------------------------------------------------------------------------- renderings
def text_pdf(lay: Layout) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Facture")
    c.setCreator(random.Random(lay.id).choice(["Logiciel de facturation", "LibreOffice", "Microsoft Word"]))
    for draw in lay.pages:
        draw(CP(c, A4))
        c.showPage()
    c.save()
    return buf.getvalue()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="documents24")
    ap.add_argument("--seed", type=int, default=241)
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    g = Gen(args.seed)
    rng = random.Random(args.seed * 7 + 1)
    check_distractors()
    lays = [make(g) for make in LAYOUTS]
    for lay in lays:
        check(lay)
    assert any(f["nir"][5:7] == "2A" for lay in lays for _, f in lay.docs)
    assert any(f["nir"][5:7] == "2B" for lay in lays for _, f in lay.docs)
    for stem, n in sorted(FILE_IDS.items()):
        lay = lays[n - 1]
        pdf = text_pdf(lay)
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
