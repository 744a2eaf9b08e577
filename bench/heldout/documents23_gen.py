"""cd bench/heldout && ../../.venv/bin/python documents23_gen.py --out documents23 --seed 231

Twenty-third blind held-out layout set: ten French tiers-payant documents of everyday practice, each rendered five
ways.

Written blind (without reading parsers/, classifiers/, intake/, workers/, tests/, samples/, bench/*.py,
bench/results/, any first-run or scored file, or any rendered held-out set; read: /work/shared/DOMAIN.md, the set 4
and 6 generators (whose helpers are imported; lines 561-971 of set 4 and 266-621 of set 6 were cut from the terminal
output, not read), the module docstrings of documents10_gen.py .. documents22_gen.py, the import block of set 22, the
README of set 22 and the first 60 lines of set 21's (font lists), one set-4 truth file and verify_printed.py), in
designs not used by sets 10 to 22. Two professions are new (a prothésiste capillaire and an
épithésiste); the others recur (pharmacie, médecin généraliste, centre hospitalier, chirurgien-dentiste, laboratoire,
orthophoniste, infirmier, orthoptiste) in new designs. REALISTIC: seven ordinary documents as practice software, a
boutique, a pharmacy, a laboratory or a hospital prints them, and three harder ones (4, 8, 9) that a clerk still
reads without hesitating.
  1. prothésiste capillaire (wig for chemotherapy alopecia) A5 boutique invoice in Okolaks: labels LEFT of the
     values with colons, classe II wig (LPP code, 'Base LPP' 250 EUR at 100 % in ALD), a mutuelle forfait, two
     non-reimbursed accessories, 'dont TVA 5,5 % / 20 %' amounts, the oncologist's RPPS and prescription date, the
     N° adhérent beside the N° AMC, the client's phone; the prestataire has NO RPPS/ADELI/FINESS (a 'code
     prestataire Assurance Maladie' and a SIRET only: rpps/adeli/finess absent from the truth); a handwritten
     signature (Delphine); delivery date = care date, issue date up to two days later;
  2. pharmacie d'officine (FINESS) invoice for a PRÉPARATION MAGISTRALE in Tahoma (Wine's): every identity block is a
     small TABLE with its labels in the shaded HEADER row (N° de facture | Date de facture | Date de délivrance |
     N° d'ordonnancier; Bénéficiaire | Né(e) le | N° d'immatriculation | Rang; Organisme complémentaire | N° AMC |
     Prescripteur | Prescrit le), PMR + CIP13 + dispensing-fee lines at 65 % / 70 %, the totals as a four-column
     header table, the preparation date (the day before), the controlling pharmacist's and the prescriber's RPPS and
     the N° AM as distractors;
  3. médecin généraliste (RPPS) VISIT AT A NURSING HOME (EHPAD) in BIZ UDPGothic: small bold labels ABOVE the values
     in two rounded cards (patient | lieu de la visite), VG + MD, AMO 70 % minus the 2 EUR participation forfaitaire
     left to the patient, the EHPAD's FINESS, the room number, the visit time and the next visit date as
     distractors, N° AM in the header;
  4. HARDER - centre hospitalier (FINESS géographique) pediatric stay printed by a MAINFRAME-style billing program in
     IBM 3270 (monospace, UPPERCASE labels without accents, 'N. FACTURE      : ...'): the child patient, the insured
     FATHER (his NIR), the accompanying MOTHER under another surname ('lit accompagnant' left to the family), entry
     and exit dates with times (care date = entry), PJ 80 % / TM + forfait journalier for the AMC, IPP, séjour and
     titre numbers, the pediatrician's RPPS and the FINESS juridique in the footer as distractors, NBSP thousands;
  5. chirurgien-dentiste (RPPS) note d'honoraires for two COMPLETE DENTURES '100 % Santé' in Essays 1743 (old-style
     figures): labels RIGHT-ALIGNED in an italic column left of the values, CCAM lines with 'Base' and 'Honoraires',
     AMO 60 % of the base and the AMC the rest (nothing left), NBSP thousands ('1 980,70 €'), the devis number, devis
     date and acceptance date, the N° AM and a control appointment as distractors, a SteveHand signature;
  6. laboratoire de biologie médicale (FINESS) pregnancy check-up in Eurofurence: light labels followed by BOLD
     values at a tab stop (no colons), dot4 dates, NABM lines with B coefficients at 100 % (assurance maternité) and
     60 %, one out-of-nomenclature test paid by the patient, prélèvement date and time (care date) vs results date vs
     édition date (invoice date), dossier number, the prescribing midwife's RPPS and the last-period date as
     distractors;
  7. épithésiste (ADELI) invoice for a made-to-measure silicone FINGER EPITHESIS in BabelStone Modern: grey labels
     left of the values without colons, LPP line priced above the tariff ('Tarif LPP' / 'Prix' columns, AMO 60 % of
     the tariff, the AMC the ticket modérateur plus a forfait, the rest to the patient), a non-reimbursed care kit,
     U+202F thousands ('1 468,00 €'), long issue date, the hand surgeon's RPPS, the ordonnance date, the amputation
     date and the devis number and date as distractors, a Corsican-born (2A) NIR;
  8. HARDER - orthophoniste (RPPS) invoice for a CHILD pasted as PLAIN TEXT in an E-MAIL and printed from a webmail
     (Tahoma chrome, Fantasque Sans Mono for the pasted invoice): the mail's own later date and time, a subject with
     the RPPS and the patient, the practitioner's note, and the QUOTED rejection from the tiers-payant service (its
     dossier number, the transmission and rejection dates and the OLD wrong AMC number) as distractors; the insured
     parent's NIR, six 'AMO 12.1' sessions (care date = the first);
  9. HARDER - infirmier (ADELI) relevé of twenty daily home visits (AMI 2 + IFD) on TWO pages fed in REVERSE order:
     the file's first page is 'Page 2/2' (sessions 13-20 and the totals, the issue date), its second page is
     'Page 1/2' (patient, NIR, AMC, period, prescriber's RPPS, sessions 1-12 and 'À reporter'); Monofur;
 10. orthoptiste (ADELI) for a CHILD in Galatia SIL: dotted-LEADER labels ('Facture n° ........ 250885'), bilan +
     three sessions, the insured mother's NIR, the prescribing ophthalmologist's RPPS and ordonnance date in a side
     block, dot4 dates, 'EUR' amounts (Galatia has no euro sign), SIRET footer.

Rendering, identifier and JSON helpers come from documents4_gen.py (imported); the photo renderer (photo6) from
documents6_gen.py; the fax renderer is a copy of set 4's with the sending machine's header line in IBM 3270. Fonts
new to the held-out sets (Debian packages to `apt-get install` before running): fonts-okolaks (Okolaks), fonts-wine
(Tahoma), fonts-morisawa-bizud-gothic (BIZ UDPGothic), fonts-3270 (IBM 3270), fonts-essays1743 (Essays 1743),
fonts-eurofurence (Eurofurence), fonts-babelstone-modern (BabelStone Modern), fonts-fantasque-sans (Fantasque Sans
Mono), fonts-monofur (Monofur), fonts-sil-galatia (Galatia SIL), fonts-sjfonts (SteveHand, Delphine). All TrueType
(glyf outlines), embedded by reportlab. Only BabelStone Modern has U+202F (used for its thousands); elsewhere NBSP.
Every drawn string is checked against its font's character map, and only these fonts may be drawn.

Every identifier is checksum-valid (distractors too): RPPS Luhn, ADELI / FINESS Luhn, SIRET Luhn, CIP13 EAN, NIR
key (mod 97). Amounts add up (check()). All random values are drawn before drawing, so the page callables are pure.
Care dates fall on working days (no Sundays or public holidays) except for the nurse and the hospital.

Renderings, for every layout: <id>.text.pdf (real text layer), <id>.scan.pdf (image-only), <id>.photo.jpg (phone
photo), <id>.fax-fine.tif (G4, 204x196), <id>.fax-normal.tif (G3, 204x98). File ids are neutral: i101..i110 (the
order of the files is not the order above; see FILE_IDS). Each file gets <file>.json ground truth (same format as
sets 4-22).

Ground-truth conventions (as sets 5-22 and DOMAIN.md): care_date = first day of care for a series or a stay (a
laboratory: the prélèvement date; a supplier: the delivery date); for a child beneficiary nir = the insured parent's
number printed on the page, patient_name and patient_birth_date = the child's; rpps/adeli/finess = the invoicer only
(FINESS géographique for an establishment; none for the prothésiste capillaire); amc_number = the complementary
insurer's number, never the adherent number or an old wrong number quoted in a rejection; patient_name = 'LASTNAME
Firstname' with accents as printed; a field not printed is omitted.
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
from reportlab.lib.pagesizes import A4, A5
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from stdnum import ean, luhn
from stdnum.fr import nir as stdnir

from documents4_gen import (FIRST_F, FIRST_M, LAST, MUTUELLES, NBSP, NNBSP, F, Gen, Layout, Page, day, digits, eur,
                            fd, make_adeli, make_finess, make_rpps, make_siret, nir_spaced, pct, phone, render,
                            scan_pdf, siret_spaced)
from documents6_gen import HOLIDAYS, city_of, dnum, photo6

TT = Path("/usr/share/fonts/truetype")
WINE = Path("/usr/share/wine/fonts")
FONTS23 = {
    # fonts-okolaks
    "OK": TT / "okolaks/okolaksRegular.ttf", "OKB": TT / "okolaks/okolaksBold.ttf",
    "OKI": TT / "okolaks/okolaksRegularItalic.ttf",
    # fonts-wine (Wine's Tahoma replacement)
    "TA": WINE / "tahoma.ttf", "TAB": WINE / "tahomabd.ttf",
    # fonts-morisawa-bizud-gothic (BIZ UDPGothic, proportional)
    "UD": TT / "bizud-gothic/BIZUDPGothic-Regular.ttf", "UDB": TT / "bizud-gothic/BIZUDPGothic-Bold.ttf",
    # fonts-3270
    "IBM": TT / "3270/3270-Regular.ttf", "IBMC": TT / "3270/3270SemiCondensed-Regular.ttf",
    # fonts-essays1743
    "ES": TT / "essays1743/Essays1743.ttf", "ESB": TT / "essays1743/Essays1743-Bold.ttf",
    "ESI": TT / "essays1743/Essays1743-Italic.ttf",
    # fonts-eurofurence
    "EU": TT / "eurofurence/eurof55.ttf", "EUB": TT / "eurofurence/eurof75.ttf",
    "EUL": TT / "eurofurence/eurof35.ttf", "EUI": TT / "eurofurence/eurof56.ttf",
    # fonts-babelstone-modern
    "BS": TT / "babelstone/BabelStoneModern.ttf",
    # fonts-fantasque-sans
    "FQ": TT / "fantasque-sans/Normal/TTF/FantasqueSansMono-Regular.ttf",
    "FQB": TT / "fantasque-sans/Normal/TTF/FantasqueSansMono-Bold.ttf",
    # fonts-monofur
    "MF": TT / "monofur/monof55.ttf", "MFI": TT / "monofur/monof56.ttf",
    # fonts-sil-galatia
    "GA": TT / "galatia/GalSILR.ttf", "GAB": TT / "galatia/GalSILB.ttf",
    # fonts-sjfonts (handwriting)
    "SH": TT / "sjfonts/SteveHand.ttf", "DL": TT / "sjfonts/Delphine.ttf",
}
CMAP: dict[str, set] = {}
for _n, _f in FONTS23.items():
    _t = TTFont(_n, str(_f))
    pdfmetrics.registerFont(_t)
    CMAP[_n] = set(_t.face.charToGlyph)

D = dt.timedelta


def workday(d: dt.date) -> dt.date:
    """The same date, or the last working day before it (no care on Sundays and public holidays here)."""
    while d.weekday() >= 5 or d in HOLIDAYS:
        d -= D(days=1)
    return d


def off(ds: list) -> bool:
    return any(d.weekday() >= 5 or d in HOLIDAYS for d in ds)


class P(Page):
    """Page whose every string is checked against its font's character map (only this set's fonts allowed)."""

    def t(self, x, y, s, f="?", size=9.5, align="l", gray=0):
        assert f in CMAP, f
        miss = sorted({c for c in s if ord(c) not in CMAP[f]})
        assert not miss, (f, s, miss)
        super().t(x, y, s, f, size, align, gray)



# ------------------------------------------------------------------------------------------- layouts
def l01_capillaire(g: Gen) -> Layout:
    """Prothésiste capillaire (no RPPS/ADELI/FINESS), A5 boutique invoice, Okolaks, labels left with colons."""
    r = g.rng
    pat = g.person(sex=2, year=(1956, 1988))
    street, city, dept = g.addr()
    shop = r.choice(["Atelier Capillaire Éléonore", "Institut Cheveux & Bien-être", "Maison Héloïse Perruques"])
    owner = (r.choice(FIRST_F), r.choice(LAST))
    siret = make_siret(r)
    am = f"{dnum(dept)}0{digits(r, 5)}"
    onco = (r.choice(FIRST_M + FIRST_F), r.choice(LAST))
    presc = make_rpps(r)
    care = workday(day(r, (2, 10)))
    ordo = care - D(days=r.randint(12, 35))
    issued = care + D(days=r.randint(0, 2))
    number = f"PC{care.year % 100}-{r.randint(100, 899):04d}"
    lpp = "626" + digits(r, 4)
    price, base = r.choice([(59000, 25000), (54000, 25000)])
    amo = base
    amc = r.choice([15000, 20000])
    acc = [("Bonnet de nuit en coton", 1990), ("Shampooing spécial fibres synthétiques", 1450)]
    total = price + sum(a[1] for a in acc)
    pt = total - amo - amc
    tva1 = pct(price, 0.055 / 1.055)
    tva2 = pct(sum(a[1] for a in acc), 0.2 / 1.2)
    amcn = g.amc_number()
    adher = digits(r, 10)
    mut = r.choice(MUTUELLES)
    tel = phone(r)
    model = f"modèle « {r.choice(['Sophia', 'Clara', 'Louise', 'Manon'])} », réf. {r.randint(10, 99)}-{digits(r, 3)}"
    tel_client = "06 " + " ".join(digits(r, 2) for _ in range(4))

    def p1(p: P):
        p.t(74, 15, shop, "OKB", 13, "c")
        p.t(74, 20.5, "Prothésiste capillaire agréée — perruques, turbans, compléments", "OKI", 7.8, "c")
        p.t(74, 25, f"{street} · {city} · Tél. {tel}", "OK", 7.5, "c")
        p.line(12, 28, 136, 28, 0.8)
        p.t(12, 37, "FACTURE", "OKB", 13)
        p.t(136, 37, f"{city_of(city)}, le {fd(issued)}", "OK", 8.5, "r")
        rows = [("Facture n° :", number), ("Date de livraison :", fd(care)),
                ("Cliente :", f"{pat['civ']} {pat['last']} {pat['first']}"), ("Née le :", fd(pat["birth"])),
                ("N° de sécurité sociale :", nir_spaced(pat["nir"])), ("Téléphone :", tel_client),
                ("Mutuelle :", mut), ("N° AMC :", amcn), ("N° d'adhérent :", adher)]
        for i, (a, b) in enumerate(rows):
            p.t(12, 45 + i * 5, a, "OK", 8.5)
            p.t(54, 45 + i * 5, b, "OKB" if a in ("Facture n° :", "Cliente :") else "OK", 8.8)
        y = 45 + len(rows) * 5 + 2
        p.t(12, y, f"Prescription du Dr {onco[0]} {onco[1]}, oncologue (RPPS {presc}), du {fd(ordo)}.", "OKI", 7.5)
        p.t(12, y + 4, "Alopécie consécutive à une chimiothérapie — affection de longue durée (100 %).", "OKI", 7.5)
        rows_t = [[f"Prothèse capillaire totale, classe II", lpp, eur(base, sep=NBSP), eur(price, sep=NBSP)],
                  [model, "", "", ""]] + [[a, "—", "NR", eur(v, sep=NBSP)] for a, v in acc]
        yt = p.table(12, y + 9, [62, 18, 20, 24], ["Désignation", "Code LPP", "Base LPP", "Prix TTC"], rows_t,
                     "lcrr", "OK", "OKB", 7.6, 5.6, 0.9, vlines=False)
        yy = yt + 7
        for i, (a, v) in enumerate([("Total TTC :", total), ("Part Assurance Maladie (100 % base LPP) :", amo),
                                    ("Part mutuelle (forfait prothèse capillaire) :", amc),
                                    ("Reste à votre charge :", pt)]):
            p.t(108, yy + i * 5.2, a, "OKB" if i in (0, 3) else "OK", 8.3, "r")
            p.t(136, yy + i * 5.2, eur(v, sep=NBSP), "OKB" if i in (0, 3) else "OK", 8.3, "r")
        p.t(12, yy + 24, f"dont TVA 5,5 % : {eur(tva1, sep=NBSP)} — dont TVA 20 % : {eur(tva2, sep=NBSP)}", "OK", 7)
        p.t(12, yy + 29, "Tiers payant Assurance Maladie et mutuelle. Reste à charge réglé par carte bancaire.", "OKI",
            7)
        p.t(100, yy + 38, "La prothésiste", "OKI", 7.5)
        p.t(100, yy + 45, f"{owner[0]} {owner[1][0]}{owner[1][1:].lower()}", "DL", 15)
        p.line(12, 196, 136, 196, 0.3, 0.5)
        p.t(74, 200, f"{shop} — EI {owner[0]} {owner[1]} — SIRET {siret_spaced(siret)}", "OK", 6.3, "c")
        p.t(74, 203.5, f"Code prestataire Assurance Maladie {am} — Garantie fibres 6 mois", "OK", 6.3, "c", gray=0.3)

    f = F(nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    lay = Layout("protheses capillaires A5", [p1], [("invoice", f)], fax_name=shop.upper()[:24])
    lay.size = A5
    return lay


def l02_pharmacie_pmr(g: Gen) -> Layout:
    """Pharmacie (FINESS), préparation magistrale, Tahoma, identity and totals as tables with labels in the headers."""
    r = g.rng
    pat = g.person(year=(1942, 2003))
    street, city, dept = g.addr()
    finess = make_finess(r, dnum(dept))
    presc, pharm = make_rpps(r), make_rpps(r)
    doc = (r.choice(FIRST_F + FIRST_M), r.choice(LAST))
    ph_name = (r.choice(FIRST_F + FIRST_M), r.choice(LAST))
    care = workday(day(r, (2, 10)))
    prep = care - D(days=1)
    ordo = care - D(days=r.randint(2, 8))
    issued = care
    number = f"{r.randint(1, 9)}{digits(r, 6)}"
    ordonnancier = f"{r.randint(10000, 99999)}"
    cip = "34009" + digits(r, 7)
    cip += ean.calc_check_digit(cip)
    lines = [("PMR", "Prép. magistrale : vaseline salicylée 10 % (pot 100 g)", 1, 1462, 65),
             (cip, "DEXERYL CREME TUBE 250G", 1, 535, 65),
             ("HD", "Honoraire de dispensation", 2, 102, 70),
             ("HDR", "Honoraire ordonnance", 1, 51, 70)]
    lt = [q * u for _, _, q, u, _ in lines]
    la = [pct(x, t / 100) for x, (*_, t) in zip(lt, lines)]
    total = sum(lt)
    amo = sum(la)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    pharmacy = f"Pharmacie {r.choice(['du Parc', 'des Halles', 'de l’Abbaye', 'du Centre'])}"
    tel, fax = phone(r), phone(r)
    am = f"{dnum(dept)}2{digits(r, 5)}"
    siret = make_siret(r)

    def p1(p: P):
        p.rect(15, 12, 180, 24, fill=0.93, stroke=False)
        p.t(19, 20, pharmacy, "TAB", 14)
        p.t(19, 26, f"{street} — {city}", "TA", 8.5)
        p.t(19, 31, f"Tél. {tel} — Fax {fax}", "TA", 8.5)
        p.t(191, 20, "FACTURE", "TAB", 14, "r")
        p.t(191, 26, "Dispense d'avance de frais", "TA", 8.5, "r")
        p.t(191, 31, f"N° FINESS {finess}", "TA", 8.5, "r")
        y = p.table(15, 42, [45, 45, 45, 45], ["N° de facture", "Date de facture", "Date de délivrance",
                                               "N° d'ordonnancier"],
                    [[number, fd(issued), fd(care), ordonnancier]], "llll", "TA", "TAB", 8.5, 6.5, 0.85)
        y = p.table(15, y + 4, [62, 30, 58, 30], ["Bénéficiaire", "Né(e) le", "N° d'immatriculation", "Rang"],
                    [[f"{pat['last']} {pat['first']}", fd(pat["birth"]), nir_spaced(pat["nir"]), "01"]],
                    "llll", "TA", "TAB", 8.5, 6.5, 0.85)
        y = p.table(15, y + 4, [62, 30, 58, 30], ["Organisme complémentaire", "N° AMC", "Prescripteur",
                                                  "Prescrit le"],
                    [[mut, amcn, f"Dr {doc[1]} — {presc}", fd(ordo)]], "llll", "TA", "TAB", 8.5, 6.5, 0.85)
        rows = [[c, n, str(q), eur(u, "plain"), f"{t} %", eur(x, "plain"), eur(a, "plain")]
                for (c, n, q, u, t), x, a in zip(lines, lt, la)]
        y = p.table(15, y + 8, [26, 74, 10, 18, 12, 20, 20], ["Code", "Désignation", "Qté", "P.U. €", "Taux",
                                                               "Montant €", "Part AMO €"], rows, "llcrcrr",
                    "TA", "TAB", 8, 6.3, 0.85)
        p.t(15, y + 6, f"Préparation réalisée le {fd(prep)} à l'officine (ordonnancier n° {ordonnancier}), "
                       f"contrôlée par {ph_name[0]} {ph_name[1]}, pharmacien (RPPS {pharm}).", "TA", 7.5)
        y = p.table(75, y + 13, [30, 30, 30, 30], ["Total facture", "Part AMO", "Part AMC", "Reste à payer"],
                    [[eur(total), eur(amo), eur(amc), eur(pt)]], "rrrr", "TAB", "TAB", 9, 7, 0.85)
        p.t(15, y + 10, "Franchise médicale : 0,50 € par boîte, recouvrée ultérieurement par votre caisse.", "TA", 7.5)
        p.t(15, y + 14.5, "Les préparations magistrales ne sont ni reprises ni échangées.", "TA", 7.5)
        p.line(15, 280, 195, 280, 0.3, 0.5)
        p.t(105, 284, f"SELARL {pharmacy} — SIRET {siret_spaced(siret)} — N° AM {am} — Titulaire : {ph_name[0]} "
                      f"{ph_name[1]}", "TA", 6.5, "c", gray=0.3)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("pharmacie preparation magistrale", [p1], [("invoice", f)], fax_name=pharmacy.upper()[:24])


def l03_generaliste_ehpad(g: Gen) -> Layout:
    """GP (RPPS) visit at a nursing home (EHPAD), BIZ UDPGothic, labels ABOVE the values in cards."""
    r = g.rng
    pat = g.person(year=(1929, 1942))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    am = f"{dnum(dept)}1{digits(r, 5)}"
    doc = (r.choice(FIRST_M + FIRST_F), r.choice(LAST))
    ehpad = f"EHPAD {r.choice(['Les Tilleuls', 'Résidence du Lac', 'Le Clos Fleuri', 'Les Glycines'])}"
    ehpad_finess = make_finess(r, dnum(dept))
    room = r.randint(101, 248)
    care = workday(day(r, (2, 10)))
    hour = f"{r.randint(13, 17)} h {r.choice(['00', '15', '30', '45'])}"
    issued = care + D(days=r.randint(1, 3))
    nextv = care + D(days=r.choice([28, 30, 35]))
    number = f"F{issued.year}-{r.randint(1, 9999):05d}"
    acts = [("VG", "Visite du médecin généraliste", 3000), ("MD", "Majoration de déplacement", 1000)]
    total = sum(a[2] for a in acts)
    amo = pct(total, 0.70) - 200
    amc = pct(total, 0.30)
    pt = total - amo - amc
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    tel = phone(r)

    def cellv(p: P, x, y, w, lab, val, fv="UD", sv=10):
        p.t(x, y, lab, "UDB", 7, gray=0.35)
        p.t(x, y + 5.2, val, fv, sv)

    def p1(p: P):
        p.t(15, 20, f"Dr {doc[0]} {doc[1]}", "UDB", 15)
        p.t(15, 26, "Médecine générale — Conventionné secteur 1", "UD", 9)
        p.t(15, 31, f"{street}, {city}", "UD", 9)
        p.t(15, 36, f"Tél. {tel}", "UD", 9)
        cellv(p, 140, 18, 55, "Identifiant RPPS", rpps)
        cellv(p, 140, 30, 55, "N° Assurance Maladie", am)
        p.rect(15, 44, 180, 20, fill=0.95, stroke=False, radius=2)
        p.t(20, 51, "FACTURE — VISITE EN ÉTABLISSEMENT", "UDB", 11)
        cellv(p, 20, 56, 40, "Facture n°", number, "UDB")
        cellv(p, 75, 56, 40, "Éditée le", fd(issued))
        cellv(p, 120, 56, 40, "Date de la visite", fd(care), "UDB")
        cellv(p, 165, 56, 30, "Heure", hour)
        p.rect(15, 70, 88, 56, width=0.5, radius=2)
        p.t(19, 76, "PATIENT", "UDB", 8, gray=0.4)
        cellv(p, 19, 82, 80, "Nom et prénom", f"{pat['last']} {pat['first']}", "UDB")
        cellv(p, 19, 93, 80, "Date de naissance", fd(pat["birth"]))
        cellv(p, 19, 104, 80, "N° de sécurité sociale", nir_spaced(pat["nir"]))
        cellv(p, 19, 115, 80, "Organisme complémentaire — N° AMC", f"{mut} — {amcn}", sv=9)
        p.rect(107, 70, 88, 56, width=0.5, radius=2)
        p.t(111, 76, "LIEU DE LA VISITE", "UDB", 8, gray=0.4)
        cellv(p, 111, 82, 80, "Établissement", ehpad)
        cellv(p, 111, 93, 80, "Chambre", str(room))
        cellv(p, 111, 104, 80, "FINESS de l'établissement", ehpad_finess)
        cellv(p, 111, 115, 80, "Médecin traitant", "Oui (parcours de soins)", sv=9)
        y = p.table(15, 134, [30, 100, 50], ["Code", "Acte", "Honoraires"],
                    [[c, lib, eur(v)] for c, lib, v in acts], "llr", "UD", "UDB", 9.5, 7.5, 0.9, vlines=False)
        for i, (lab, v) in enumerate([("Total", total), ("Part AMO (70 % moins 2,00 € de participation)", amo),
                                      ("Part AMC", amc), ("Reste à charge", pt)]):
            x = 15 + i * 45
            p.rect(x, y + 8, 43, 16, width=0.5, radius=1.5, fill=0.95 if i == 0 else None)
            p.t(x + 2, y + 13, lab if i != 1 else "Part AMO", "UDB", 7, gray=0.35)
            p.t(x + 41, y + 20.5, eur(v), "UDB", 11, "r")
        p.t(15, y + 31, "Part AMO : 70 % du tarif, déduction faite de la participation forfaitaire de 2,00 € "
                        "laissée à la charge du patient.", "UD", 7.5)
        p.t(15, y + 36, f"Prochaine visite programmée le {fd(nextv)} (renouvellement de traitement).", "UD", 7.5)
        p.t(15, y + 41, "Tiers payant AMO et AMC — facture transmise à l'organisme complémentaire.", "UD", 7.5)
        p.line(15, 282, 195, 282, 0.3, 0.5)
        p.t(105, 286, f"Dr {doc[0]} {doc[1]} — {street}, {city} — Membre d'une AGA, le règlement par chèque est "
                      "accepté.", "UD", 6.5, "c", gray=0.35)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("generaliste visite ehpad", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def l04_ch_pediatrie(g: Gen) -> Layout:
    """HARDER - CH pediatric stay (FINESS géographique) printed by a mainframe-style billing program in IBM 3270:
    the child, the insured father (his NIR) and the accompanying mother (another surname) all named."""
    r = g.rng
    father = g.person(sex=1, year=(1980, 1994))
    mother_last = r.choice([n for n in LAST if n != father["last"]])
    mother_first = r.choice(FIRST_F)
    child_first = r.choice(FIRST_F + FIRST_M)
    child_birth = dt.date(r.randint(2022, 2024), r.randint(1, 12), r.randint(1, 28))
    street, city, dept = g.addr()
    finess = make_finess(r, dnum(dept))
    finess_j = make_finess(r, dnum(dept))
    ped = (r.choice(FIRST_M + FIRST_F), r.choice(LAST))
    ped_rpps = make_rpps(r)
    entry = day(r, (1, 9))
    nights = r.randint(2, 4)
    exit_ = entry + D(days=nights)
    issued = exit_ + D(days=r.randint(5, 12))
    number = f"{issued.year % 100}{r.randint(100000, 999999)}"
    ipp, sejour, titre = digits(r, 8), f"{entry.year % 100}{digits(r, 7)}", f"{r.randint(1000, 9999)}-{digits(r, 5)}"
    pj = r.choice([124500, 118730, 131210])
    sej = pj * nights
    amo = pct(sej, 0.80)
    tm = sej - amo
    fj = 2000 * (nights + 1)
    lit = 2500 * nights
    total = sej + fj + lit
    amc = tm + fj
    pt = lit
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES).upper()
    hin = f"{r.randint(18, 23)}:{r.randint(0, 59):02d}"
    hout = f"{r.randint(10, 16)}:{r.randint(0, 59):02d}"
    tel = phone(r)
    ch = f"CENTRE HOSPITALIER DE {city.split(' ', 1)[1]}"

    def p1(p: P):
        F1, F2 = "IBM", "IBMC"
        p.t(15, 16, ch, F1, 11)
        p.t(15, 21, f"{street.upper()} - {city}", F1, 8.5)
        p.t(15, 25.5, f"BUREAU DES ADMISSIONS - TEL {tel}", F1, 8.5)
        p.t(15, 30, f"FINESS ETABLISSEMENT : {finess}", F1, 8.5)
        p.t(195, 16, "FACTURE", F1, 11, "r")
        p.t(195, 21, "HOSPITALISATION COMPLETE", F1, 8.5, "r")
        p.t(195, 25.5, "PEDIATRIE GENERALE - UF 2104", F1, 8.5, "r")
        p.line(15, 34, 195, 34, 0.6)
        L = [("N. FACTURE", number), ("DATE D'EMISSION", fd(issued)), ("N. DE TITRE", titre),
             ("IPP", ipp), ("N. DE SEJOUR", sejour)]
        for i, (a, b) in enumerate(L):
            p.t(15, 41 + i * 4.6, f"{a:<17}: {b}", F1, 8.8)
        p.t(110, 41, "ORGANISME COMPLEMENTAIRE", F1, 8.8)
        p.t(110, 45.6, mut[:34], F1, 8.8)
        p.t(110, 50.2, f"N. AMC : {amcn}", F1, 8.8)
        p.t(110, 54.8, "PRISE EN CHARGE : TM + FJ", F1, 8.8)
        p.line(15, 66, 195, 66, 0.3, dash=(2, 2))
        L2 = [("PATIENT", f"{father['last']} {child_first}"), ("NE(E) LE", fd(child_birth)),
              ("QUALITE", "ENFANT DE L'ASSURE - RANG 01"),
              ("ASSURE", f"{father['last']} {father['first']} (PERE)"),
              ("N. IMMATRICULATION", nir_spaced(father["nir"])),
              ("ACCOMPAGNANT", f"{mother_last} {mother_first} (MERE) - LIT ACCOMPAGNANT"),
              ("ENTREE LE", f"{fd(entry)} A {hin}   (URGENCES PEDIATRIQUES)"),
              ("SORTIE LE", f"{fd(exit_)} A {hout}   (RETOUR A DOMICILE)"),
              ("MEDECIN RESPONSABLE", f"DR {ped[1]} {ped[0][0]}. - RPPS {ped_rpps}")]
        for i, (a, b) in enumerate(L2):
            p.t(15, 73 + i * 4.8, f"{a:<19}: {b}", F1, 8.8)
        y0 = 73 + len(L2) * 4.8 + 6
        p.line(15, y0, 195, y0, 0.6)
        p.t(15, y0 + 5, f"{'PRESTATION':<34}{'QTE':>5}{'P.U.':>12}{'MONTANT':>12}{'AMO':>12}{'AMC':>11}{'FAMILLE':>11}",
            F2, 8.5)
        p.line(15, y0 + 7, 195, y0 + 7, 0.3)
        rows = [("FRAIS DE SEJOUR PEDIATRIE (PJ)", nights, pj, sej, amo, tm, 0),
                ("FORFAIT JOURNALIER (FJ)", nights + 1, 2000, fj, 0, fj, 0),
                ("LIT ACCOMPAGNANT (NUITEE)", nights, 2500, lit, 0, 0, lit)]
        for i, (lib, q, u, m, a, c, f_) in enumerate(rows):
            s = (f"{lib:<34}{q:>5}{eur(u, 'plain', NBSP):>12}{eur(m, 'plain', NBSP):>12}"
                 f"{eur(a, 'plain', NBSP):>12}{eur(c, 'plain', NBSP):>11}{eur(f_, 'plain', NBSP):>11}")
            p.t(15, y0 + 12 + i * 4.8, s, F2, 8.5)
        y = y0 + 12 + len(rows) * 4.8
        p.line(15, y, 195, y, 0.3)
        T = [("TOTAL SEJOUR", total), ("PART ASSURANCE MALADIE (80 %)", amo),
             ("PART ORGANISME COMPLEMENTAIRE", amc), ("RESTE A CHARGE FAMILLE", pt)]
        for i, (a, v) in enumerate(T):
            p.t(90, y + 7 + i * 5, f"{a:<31}{eur(v, sep=NBSP):>15}", F1, 9)
        p.rect(88, y + 3, 107, 23, width=0.6)
        p.t(15, y + 36, "LE RESTE A CHARGE EST PAYABLE AUPRES DU COMPTABLE PUBLIC A RECEPTION DE L'AVIS.", F1, 8)
        p.t(15, y + 40.5, "LE LIT ACCOMPAGNANT N'EST PAS PRIS EN CHARGE PAR L'ASSURANCE MALADIE.", F1, 8)
        p.t(15, y + 45, f"ADMISSION PAR LES URGENCES LE {fd(entry)} - NON LIE A UN ACCIDENT.", F1, 8)
        p.line(15, 279, 195, 279, 0.3)
        p.t(105, 283, f"ENTITE JURIDIQUE : FINESS {finess_j} - EDITION PAR LE SERVICE FACTURATION", F1, 7, "c")
        p.t(105, 287, f"REF. {sejour}/{titre} - PAGE 1/1", F1, 7, "c")

    f = F(finess=finess, nir=father["nir"], patient_name=f"{father['last']} {child_first}",
          patient_birth_date=child_birth, invoice_number=number, invoice_date=issued, care_date=entry,
          total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("ch pediatrie sejour enfant", [p1], [("invoice", f)], fax_name="CH FACTURATION")


def l05_dentiste_complet(g: Gen) -> Layout:
    """Chirurgien-dentiste (RPPS): two complete dentures 100 % Santé, Essays 1743, labels right-aligned in a column."""
    r = g.rng
    pat = g.person(year=(1936, 1952))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    am = f"{dnum(dept)}4{digits(r, 5)}"
    doc = (r.choice(FIRST_F + FIRST_M), r.choice(LAST))
    pose = workday(day(r, (3, 10)))
    devis_d = pose - D(days=r.randint(40, 70))
    accept = devis_d + D(days=r.randint(5, 12))
    ctrl = pose + D(days=r.choice([7, 8, 14]))
    issued = pose
    number = f"{pose.year}/{r.randint(1000, 4999)}"
    devis_n = f"DV-{devis_d.year}-{r.randint(100, 999)}"
    base, fee = 18275, 110000
    acts = [("HBLD031", "Prothèse amovible complète maxillaire, base résine", "18 à 28"),
            ("HBLD035", "Prothèse amovible complète mandibulaire, base résine", "38 à 48")]
    total = fee * 2
    amo = pct(base, 0.60) * 2
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    tel = phone(r)
    siret = make_siret(r)

    def p1(p: P):
        p.t(105, 18, f"Docteur {doc[0]} {doc[1]}", "ESB", 16, "c")
        p.t(105, 24.5, "Chirurgien-dentiste — Diplômé de la Faculté d'odontologie", "ESI", 10, "c")
        p.t(105, 30, f"{street} — {city} — {tel}", "ES", 9.5, "c")
        p.line(60, 33.5, 150, 33.5, 0.5)
        p.t(105, 45, "Note d'honoraires", "ESB", 15, "c")
        rows = [("N° de la note", number, "ESB"), ("Date", fd(issued), "ES"), ("Patient", f"{pat['last']} {pat['first']}",
                "ESB"), ("Date de naissance", fd(pat["birth"]), "ES"), ("N° de sécurité sociale",
                                                                       nir_spaced(pat["nir"]), "ES"),
                ("Complémentaire santé", mut, "ES"), ("N° AMC", amcn, "ES"),
                ("Devis", f"n° {devis_n} du {fd(devis_d)}, accepté le {fd(accept)}", "ES"),
                ("Identifiant RPPS", rpps, "ES"), ("N° Assurance Maladie", am, "ES")]
        for i, (a, b, fv) in enumerate(rows):
            p.t(70, 58 + i * 6, a, "ESI", 10, "r", gray=0.25)
            p.t(75, 58 + i * 6, b, fv, 10.5)
        y0 = 58 + len(rows) * 6 + 6
        y = p.table(15, y0, [24, 18, 22, 64, 24, 28], ["Date", "Dents", "Code", "Acte", "Base", "Honoraires"],
                    [[fd(pose), d, c, lib, eur(base, sep=NBSP), eur(fee, sep=NBSP)] for c, lib, d in acts],
                    "lccl" + "rr", "ES", "ESB", 9, 7.5, None, vlines=False)
        p.t(15, y + 6, "Panier « 100 % Santé » : honoraires limites de facturation respectés, aucun reste à charge.",
            "ESI", 9)
        for i, (a, v) in enumerate([("Total des honoraires", total), ("Remboursement Assurance Maladie (60 % de la base)",
                                                                       amo),
                                    ("Part complémentaire santé", amc), ("Reste à votre charge", pt)]):
            p.t(150, y + 17 + i * 6.5, a, "ESB" if i == 0 else "ES", 10.5, "r")
            p.t(195, y + 17 + i * 6.5, eur(v, sep=NBSP), "ESB" if i == 0 else "ES", 10.5, "r")
        p.t(15, y + 50, f"Contrôle et retouches éventuelles : rendez-vous le {fd(ctrl)}.", "ESI", 9)
        p.t(15, y + 55, "Tiers payant intégral (AMO + AMC) — dispense d'avance de frais.", "ESI", 9)
        p.t(140, y + 68, "Signature", "ESI", 9)
        p.t(140, y + 78, f"{doc[0][0]}. {doc[1][0]}{doc[1][1:].lower()}", "SH", 18)
        p.line(15, 281, 195, 281, 0.3, 0.5)
        p.t(105, 285, f"SIRET {siret_spaced(siret)} — Conventionné — Honoraires exonérés de TVA (art. 261-4-1° du CGI)",
            "ES", 7.5, "c", gray=0.3)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=pose, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("dentiste protheses completes", [p1], [("invoice", f)], fax_name=f"DR {doc[1]} DENTISTE")


def l06_labo_grossesse(g: Gen) -> Layout:
    """Laboratoire (FINESS), pregnancy check-up: maternity 100 % lines, 60 % lines, one non-reimbursed test;
    Eurofurence, labels followed by bold values at a tab stop (no colons)."""
    r = g.rng
    pat = g.person(sex=2, year=(1988, 2000))
    street, city, dept = g.addr()
    finess = make_finess(r, dnum(dept))
    sf = (r.choice(FIRST_F), r.choice(LAST))
    sf_rpps = make_rpps(r)
    bio = (r.choice(FIRST_M + FIRST_F), r.choice(LAST))
    care = workday(day(r, (2, 10)))
    heure = f"{r.randint(7, 10)} h {r.randint(0, 59):02d}"
    results = care + D(days=1)
    issued = care + D(days=2)
    ordo = care - D(days=r.randint(3, 15))
    ddr = care - D(days=r.randint(120, 150))
    dossier = f"{care.strftime('%y%m%d')}-{r.randint(100, 999)}"
    number = f"L{r.randint(1000000, 9999999)}"
    B = 27
    tests = [("1601", "Toxoplasmose : sérologie IgG et IgM", 60, 100),
             ("1406", "Recherche d'agglutinines irrégulières (RAI)", 50, 100),
             ("0552", "Glucose (glycémie à jeun)", 5, 100),
             ("1104", "Hémogramme (NFS, plaquettes)", 24, 60),
             ("1101", "Ferritine", 20, 60),
             ("9105", "Forfait de prise en charge pré-analytique", 5, 100)]
    lt = [c * B for *_, c, t in tests]
    la = [x if t == 100 else pct(x, 0.60) for x, (*_, t) in zip(lt, tests)]
    nr = 1500
    total = sum(lt) + nr
    amo = sum(la)
    amc = sum(lt) - amo
    pt = nr
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    tel = phone(r)
    siret = make_siret(r)
    lab = f"Laboratoire {r.choice(['BioVal', 'Biolys', 'Cerballiance Sud', 'Bio Santé Loire'])}"

    def tab(p: P, x, y, lab_, val, xv=None, fv="EUB", sv=9.5):
        p.t(x, y, lab_, "EUL", 9)
        p.t(xv if xv else x + 38, y, val, fv, sv)

    def p1(p: P):
        p.t(15, 19, lab, "EUB", 16)
        p.t(15, 25, "Laboratoire de biologie médicale multisite", "EU", 9)
        p.t(15, 30, f"Site de prélèvement : {street}, {city}", "EU", 9)
        p.t(15, 35, f"Tél. {tel} · FINESS {finess}", "EU", 9)
        p.t(195, 19, "Facture", "EUB", 16, "r")
        p.t(195, 25, f"Biologiste responsable : {bio[0]} {bio[1]}", "EU", 8.5, "r")
        p.line(15, 40, 195, 40, 1.2, 0.6)
        tab(p, 15, 49, "Facture n°", number)
        tab(p, 15, 55, "Éditée le", fd(issued, "dot4"))
        tab(p, 15, 61, "Dossier", dossier, fv="EU")
        tab(p, 15, 67, "Prélèvement du", f"{fd(care, 'dot4')} à {heure}")
        tab(p, 15, 73, "Résultats le", fd(results, "dot4"), fv="EU")
        tab(p, 110, 49, "Patiente", f"{pat['last']} {pat['first']}", 138)
        tab(p, 110, 55, "Née le", fd(pat["birth"], "dot4"), 138, "EU")
        tab(p, 110, 61, "N° SS", nir_spaced(pat["nir"]), 138, "EU")
        tab(p, 110, 67, "Mutuelle", mut, 138, "EU", 9)
        tab(p, 110, 73, "N° AMC", amcn, 138, "EU")
        p.t(15, 83, f"Prescription de {sf[0]} {sf[1]}, sage-femme (RPPS {sf_rpps}), du {fd(ordo, 'dot4')}. "
                    f"Suivi de grossesse — date des dernières règles : {fd(ddr, 'dot4')}.", "EUI", 8.3)
        rows = [[c, lib, f"B {coef}", f"{t} %", eur(x, sep=NBSP), eur(a, sep=NBSP)]
                for (c, lib, coef, t), x, a in zip(tests, lt, la)]
        rows.append(["HN", "Vitamine D (25-OH) — hors nomenclature, non remboursable", "—", "NR", eur(nr, sep=NBSP),
                     eur(0, sep=NBSP)])
        y = p.table(15, 90, [16, 88, 18, 16, 21, 21], ["Code", "Analyse", "Cotation", "Taux", "Montant",
                                                       "Part AMO"], rows, "llcc" + "rr", "EU", "EUB", 8.8, 6.6, 0.9)
        p.t(15, y + 6, "Taux 100 % : examens obligatoires de la grossesse (assurance maternité). Valeur du B : 0,27 €.",
            "EUI", 7.8)
        yy = y + 15
        p.rect(105, yy - 5, 90, 30, fill=0.94, stroke=False, radius=2)
        for i, (a, v) in enumerate([("Total facturé", total), ("Part assurance maladie", amo),
                                    ("Part complémentaire", amc), ("Reste à votre charge", pt)]):
            p.t(109, yy + 1 + i * 6.3, a, "EUB" if i == 0 else "EU", 9.8)
            p.t(191, yy + 1 + i * 6.3, eur(v, sep=NBSP), "EU", 9.8, "r")
        p.t(15, yy + 36, "Tiers payant : part obligatoire et part complémentaire réglées directement au laboratoire.",
            "EU", 8)
        p.t(15, yy + 41, "Reste à charge (analyse hors nomenclature) réglé sur place par carte bancaire.", "EU", 8)
        p.line(15, 280, 195, 280, 0.3, 0.5)
        p.t(105, 284, f"SELAS {lab} — SIRET {siret_spaced(siret)} — Laboratoire accrédité COFRAC ISO 15189", "EU",
            6.8, "c", gray=0.35)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("laboratoire suivi grossesse", [p1], [("invoice", f)], fax_name=lab.upper()[:24])


def l07_epithesiste(g: Gen) -> Layout:
    """Épithésiste (ADELI): silicone finger epithesis (LPP, price above the tariff), BabelStone Modern, U+202F
    thousands, grey labels left of the values without colons."""
    r = g.rng
    pat = g.person(year=(1950, 1995))
    street, city, dept = g.addr()
    adeli = make_adeli(r, dnum(dept), "85")
    siret = make_siret(r)
    name = (r.choice(FIRST_F + FIRST_M), r.choice(LAST))
    surg = (r.choice(FIRST_M + FIRST_F), r.choice(LAST))
    surg_rpps = make_rpps(r)
    care = workday(day(r, (3, 10)))
    op = care - D(days=r.randint(120, 300))
    ordo = care - D(days=r.randint(45, 80))
    devis_d = ordo + D(days=r.randint(3, 10))
    issued = care + D(days=r.randint(0, 4))
    number = f"EP-{issued.year}-{r.randint(10, 300):03d}"
    devis_n = f"D{devis_d.year % 100}{r.randint(100, 999)}"
    lpp = "2" + digits(r, 6)
    price, tarif = 145000, 121400
    kit = 1800
    amo = pct(tarif, 0.60)
    amc = (tarif - amo) + 15000
    total = price + kit
    pt = total - amo - amc
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    tel = phone(r, ".")
    finger = r.choice(["index droit (P2-P3)", "majeur gauche (P3)", "annulaire droit (P2-P3)"])

    def p1(p: P):
        p.rect(15, 14, 70, 36, fill=0.92, stroke=False)
        p.t(19, 22, f"{name[0]} {name[1]}", "BS", 13)
        p.t(19, 28, "Épithésiste — Prothèses faciales", "BS", 8.5)
        p.t(19, 32.5, "et épithèses digitales sur mesure", "BS", 8.5)
        p.t(19, 38, street, "BS", 8.5)
        p.t(19, 42.5, f"{city} — {tel}", "BS", 8.5)
        p.t(19, 47, f"ADELI {adeli}", "BS", 8.5)
        p.t(195, 22, "FACTURE", "BS", 18, "r")
        p.t(195, 29, f"N° {number}", "BS", 10.5, "r")
        p.t(195, 35, f"{city_of(city)}, le {fd(issued, 'long')}", "BS", 9.5, "r")
        K = [("Patient", f"{pat['last']} {pat['first']}"), ("Date de naissance", fd(pat["birth"])),
             ("N° d'immatriculation", nir_spaced(pat["nir"])), ("Complémentaire", mut),
             ("N° AMC", amcn), ("Prescripteur", f"Dr {surg[0]} {surg[1]}, chirurgien de la main — RPPS {surg_rpps}"),
             ("Ordonnance du", fd(ordo)), ("Intervention", f"amputation du {finger} le {fd(op)}"),
             ("Devis", f"n° {devis_n} du {fd(devis_d)}")]
        for i, (a, b) in enumerate(K):
            p.t(15, 62 + i * 6, a, "BS", 9, gray=0.45)
            p.t(58, 62 + i * 6, b, "BS", 10 if i < 5 else 9)
        y0 = 62 + len(K) * 6 + 4
        rows = [[fd(care), f"Épithèse digitale sur mesure ({finger.split(' (')[0]})", lpp,
                 eur(tarif, sep=NNBSP), eur(price, sep=NNBSP)],
                [fd(care), "Kit d'entretien — non remboursable", "—", "NR", eur(kit, sep=NNBSP)]]
        y = p.table(15, y0, [22, 98, 18, 21, 21], ["Pose", "Désignation", "Code LPP", "Tarif LPP", "Prix"], rows,
                    "llcrr", "BS", "BS", 8.2, 7.5, 0.88)
        for i, (a, v) in enumerate([("Total", total), ("Part Assurance Maladie (60 % du tarif LPP)", amo),
                                    ("Part complémentaire", amc), ("Reste à la charge du patient", pt)]):
            p.t(155, y + 10 + i * 6.5, a, "BS", 10, "r", gray=0 if i in (0, 3) else 0.2)
            p.t(195, y + 10 + i * 6.5, eur(v, sep=NNBSP), "BS", 10.5 if i == 0 else 10, "r")
        p.line(120, y + 5, 195, y + 5, 0.4)
        p.t(15, y + 42, "Épithèse garantie 12 mois. Contrôle de la tenue et de la teinte à 3 mois.", "BS", 8.5)
        p.t(15, y + 47, "Tiers payant AMO et AMC. Le reste à charge a été réglé le jour de la pose.", "BS", 8.5)
        p.line(15, 281, 195, 281, 0.3, 0.5)
        p.t(105, 285, f"{name[0]} {name[1]} — EI — SIRET {siret_spaced(siret)} — TVA non applicable, art. 293 B du CGI",
            "BS", 7, "c", gray=0.35)

    f = F(adeli=adeli, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("epithesiste epithese digitale", [p1], [("invoice", f)], fax_name=f"EPITHESE {name[1]}")


def l08_mail_orthophonie(g: Gen) -> Layout:
    """HARDER - orthophoniste (RPPS) invoice pasted as plain text in an e-mail, printed from a webmail: the mail
    headers (its own later date, the RPPS and patient in the subject), the operator's quoted rejection with the
    old wrong AMC number, the transmission date and a dossier number; Tahoma + Fantasque Sans Mono."""
    r = g.rng
    parent = g.person(year=(1978, 1992))
    child_first = r.choice(FIRST_F + FIRST_M)
    child_birth = dt.date(r.randint(2015, 2019), r.randint(1, 12), r.randint(1, 28))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    name = (r.choice(FIRST_F), r.choice(LAST))
    presc = make_rpps(r)
    s0 = day(r, (2, 7))
    while off([s0 + D(days=7 * k) for k in range(6)]):
        s0 += D(days=1)
    sessions = [s0 + D(days=7 * k) for k in range(6)]
    issued = sessions[-1] + D(days=r.randint(1, 3))
    sent = issued + D(days=2)
    reject = sent + D(days=r.randint(8, 12))
    mail = reject + D(days=r.randint(2, 5))
    number = f"{issued.year}-{r.randint(100, 999):04d}"
    unit = 3194
    total = unit * len(sessions)
    amo = pct(total, 0.60)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    old_amc = amcn[:-3] + f"{(int(amcn[-3:]) + r.randint(11, 500)) % 1000:03d}"
    dossier = f"{r.randint(100000, 999999)}"
    mut = r.choice(MUTUELLES)
    wd = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."][mail.weekday()]
    mo = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
    email = f"cabinet.{name[1].lower().replace(' ', '').replace('é', 'e').replace('è', 'e')}@orange.fr"
    email = "".join(c for c in email if c.isascii())
    hh = f"{r.randint(8, 19):02d}:{r.randint(0, 59):02d}"

    def p1(p: P):
        p.t(15, 12, f"{wd} {mail.day} {mo[mail.month - 1]} {mail.year} {hh}", "TA", 7.5, gray=0.3)
        p.t(195, 12, "Messagerie — Imprimer", "TA", 7.5, "r", gray=0.3)
        p.t(15, 22, f"Facture {number} — RPPS {rpps} — Patient {parent['last']} {child_first} — Renvoi après rejet",
            "TA", 11)
        p.line(15, 25, 195, 25, 0.4, 0.5)
        H = [("De :", f"{name[0]} {name[1]} <{email}>"), ("À :", "Service Tiers Payant - Factures"),
             ("Date :", f"{wd} {mail.day} {mo[mail.month - 1]} {mail.year} à {hh}"),
             ("Pièce jointe :", "aucune (facture dans le corps du message)")]
        for i, (a, b) in enumerate(H):
            p.t(15, 31 + i * 4.8, a, "TA", 8.5, gray=0.35)
            p.t(38, 31 + i * 4.8, b, "TA", 8.5)
        p.line(15, 50, 195, 50, 0.4, 0.5)
        body = ["Bonjour,",
                "",
                f"Suite à votre message ci-dessous, je vous renvoie ma facture avec le bon numéro AMC de la mutuelle",
                "(la famille m'a transmis la nouvelle attestation de tiers payant). Le reste est inchangé.",
                "Merci de bien vouloir procéder au règlement de la part complémentaire.",
                ""]
        for i, s in enumerate(body):
            p.t(15, 57 + i * 4.8, s, "TA", 9)
        y = 57 + len(body) * 4.8
        inv = [f"FACTURE N° {number}                       Date : {fd(issued)}",
               f"Orthophoniste : {name[0]} {name[1]}  -  RPPS {rpps}",
               f"{street}, {city}",
               "",
               f"Patient     : {parent['last']} {child_first}   né(e) le {fd(child_birth)}",
               f"Assuré      : {parent['last']} {parent['first']}",
               f"N° SS assuré: {nir_spaced(parent['nir'])}",
               f"Mutuelle    : {mut}   N° AMC : {amcn}",
               f"Prescription: Dr {r.choice(LAST)} (RPPS {presc}) du {fd(s0 - D(days=24))}",
               "",
               "Date        Acte       Libellé                      Montant"]
        inv += [f"{fd(s)}  AMO 12.1   Rééducation langage écrit    {eur(unit, sep=NBSP):>9}" for s in sessions]
        inv += ["",
                f"Total                                              {eur(total, sep=NBSP):>9}",
                f"Part AMO (60 %)                                    {eur(amo, sep=NBSP):>9}",
                f"Part AMC (40 %)                                    {eur(amc, sep=NBSP):>9}",
                f"Reste à charge                                     {eur(pt, sep=NBSP):>9}"]
        p.rect(15, y - 3, 180, len(inv) * 4.3 + 5, fill=0.97, stroke=False)
        for i, s in enumerate(inv):
            p.t(18, y + 1.5 + i * 4.3, s, "FQB" if i == 0 else "FQ", 8.4)
        y += len(inv) * 4.3 + 8
        tail = ["Bien cordialement,", f"{name[0]} {name[1]}", f"Orthophoniste - {city_of(city)}", ""]
        for i, s in enumerate(tail):
            p.t(15, y + i * 4.8, s, "TA", 9)
        y += len(tail) * 4.8
        q = [f"Le {fd(reject)} à 16:05, Service Tiers Payant a écrit :",
             f"> Dossier n° {dossier} - Votre facture n° {number} transmise le {fd(sent)} ne peut être réglée :",
             f"> le numéro AMC {old_amc} ne correspond à aucun organisme complémentaire conventionné.",
             "> Merci de nous renvoyer la facture corrigée en réponse à ce message.",
             "> Cordialement, le service tiers payant."]
        for i, s in enumerate(q):
            p.t(15, y + i * 4.6, s, "TA", 8.5, gray=0.35)
        p.t(105, 288, "1 / 1", "TA", 7, "c", gray=0.4)

    f = F(rpps=rpps, nir=parent["nir"], patient_name=f"{parent['last']} {child_first}",
          patient_birth_date=child_birth, invoice_number=number, invoice_date=issued, care_date=sessions[0],
          total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("mail orthophonie facture dans le corps", [p1], [("invoice", f)], fax_name=f"ORTHO {name[1]}")


def l09_infirmier_pages_inversees(g: Gen) -> Layout:
    """HARDER - infirmier (ADELI) relevé of twenty daily home visits on two pages fed in REVERSE order (page 2/2,
    with the totals, comes first in the file); Monofur."""
    r = g.rng
    pat = g.person(year=(1935, 1960))
    street, city, dept = g.addr()
    adeli = make_adeli(r, dnum(dept), "60")
    am = f"{dnum(dept)}6{digits(r, 5)}"
    nurse = (r.choice(FIRST_M + FIRST_F), r.choice(LAST))
    presc = make_rpps(r)
    doc = r.choice(LAST)
    d0 = day(r, (2, 9))
    days = [d0 + D(days=k) for k in range(20)]
    ordo = d0 - D(days=r.randint(1, 6))
    issued = days[-1] + D(days=r.randint(1, 3))
    number = f"R{issued.strftime('%y%m')}-{r.randint(10, 99)}"
    unit = 630 + 275
    total = unit * len(days)
    amo = pct(total, 0.60)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    tel = phone(r)
    sub1 = unit * 12
    DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]

    def head(p: P, k: int):
        p.t(15, 16, f"{nurse[0]} {nurse[1]}", "MF", 13)
        p.t(15, 21.5, "Infirmier(e) diplômé(e) d'État — soins à domicile", "MFI", 8.5)
        p.t(15, 26, f"{street}, {city} — {tel}", "MF", 8.5)
        p.t(195, 16, f"RELEVÉ DE SOINS N° {number}", "MF", 11, "r")
        p.t(195, 21.5, f"Page {k}/2", "MF", 9, "r")
        p.line(15, 29, 195, 29, 0.6)

    def row(p: P, y, i, d):
        p.t(15, y, f"{i + 1:>2}", "MF", 8.8)
        p.t(24, y, f"{DAYS[d.weekday()]} {fd(d)}", "MF", 8.8)
        p.t(66, y, "AMI 2 + IFD", "MF", 8.8)
        p.t(98, y, "Pansement simple + déplacement", "MF", 8.8)
        p.t(195, y, eur(unit, sep=NBSP), "MF", 8.8, "r")

    def page1(p: P):
        head(p, 1)
        L = [("Patient", f"{pat['civ']} {pat['last']} {pat['first']}"), ("Né(e) le", fd(pat["birth"])),
             ("N° SS", nir_spaced(pat["nir"])), ("Mutuelle", f"{mut} — AMC {amcn}"),
             ("Prescripteur", f"Dr {doc} — RPPS {presc} — ordonnance du {fd(ordo)}"),
             ("Période", f"du {fd(days[0])} au {fd(days[-1])}"), ("ADELI", adeli), ("N° AM", am)]
        for i, (a, b) in enumerate(L):
            p.t(15, 37 + i * 5, f"{a:<13}", "MFI", 9)
            p.t(45, 37 + i * 5, b, "MF", 9)
        y = 37 + len(L) * 5 + 5
        p.line(15, y, 195, y, 0.4)
        p.t(15, y + 4.5, " n  Date de passage         Cotation     Soin", "MFI", 8.8)
        p.t(195, y + 4.5, "Montant", "MFI", 8.8, "r")
        p.line(15, y + 6.5, 195, y + 6.5, 0.4)
        for i, d in enumerate(days[:12]):
            row(p, y + 12 + i * 5.5, i, d)
        yy = y + 12 + 12 * 5.5
        p.line(120, yy - 2, 195, yy - 2, 0.4)
        p.t(170, yy + 3, "À reporter", "MFI", 9, "r")
        p.t(195, yy + 3, eur(sub1, sep=NBSP), "MF", 9, "r")
        p.t(15, 286, "Suite du relevé et totaux en page 2/2.", "MFI", 7.5, gray=0.4)

    def page2(p: P):
        head(p, 2)
        p.t(15, 37, f"Patient : {pat['last']} {pat['first']} — relevé n° {number} (suite)", "MF", 9)
        p.t(170, 47, "Report", "MFI", 9, "r")
        p.t(195, 47, eur(sub1, sep=NBSP), "MF", 9, "r")
        for i, d in enumerate(days[12:], start=12):
            row(p, 55 + (i - 12) * 5.5, i, d)
        y = 55 + 8 * 5.5 + 3
        p.line(15, y, 195, y, 0.4)
        for i, (a, v) in enumerate([("Total du relevé", total), ("Part AMO (60 %)", amo), ("Part AMC (40 %)", amc),
                                    ("Reste à charge", pt)]):
            p.t(170, y + 8 + i * 6, a, "MF", 10 if i == 0 else 9.5, "r")
            p.t(195, y + 8 + i * 6, eur(v, sep=NBSP), "MF", 10 if i == 0 else 9.5, "r")
        p.t(15, y + 40, f"Relevé établi le {fd(issued)} à {city_of(city)}.", "MF", 9)
        p.t(15, y + 46, "Tiers payant : part obligatoire et part complémentaire. Aucun accident de droit commun.",
            "MFI", 8.5)
        p.t(15, y + 52, f"Prochain renouvellement de l'ordonnance à prévoir avant le {fd(days[-1] + D(days=10))}.",
            "MFI", 8.5)

    f = F(adeli=adeli, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=days[0], total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("infirmier releve pages inversees", [page2, page1], [("invoice", f)],
                  fax_name=f"IDE {nurse[1]}")


def l10_orthoptiste_enfant(g: Gen) -> Layout:
    """Orthoptiste (ADELI) for a child: bilan + three sessions, Galatia SIL, dotted-leader labels, 'EUR' amounts,
    dot4 dates."""
    r = g.rng
    parent = g.person(sex=2, year=(1980, 1993))
    child_first = r.choice(FIRST_F + FIRST_M)
    child_birth = dt.date(r.randint(2016, 2020), r.randint(1, 12), r.randint(1, 28))
    street, city, dept = g.addr()
    adeli = make_adeli(r, dnum(dept), "92")
    name = (r.choice(FIRST_F), r.choice(LAST))
    ophta = (r.choice(FIRST_M), r.choice(LAST))
    presc = make_rpps(r)
    d0 = day(r, (2, 8))
    shifts = [0] + [7 * k + r.randint(0, 1) for k in (1, 2, 3)]
    while off([d0 + D(days=k) for k in shifts]):
        d0 += D(days=1)
    sess = [d0 + D(days=k) for k in shifts]
    ordo = d0 - D(days=r.randint(10, 30))
    issued = sess[-1]
    number = f"{issued.year % 100}{issued.month:02d}{r.randint(10, 99)}"
    lines = [(sess[0], "AMY 15", "Bilan orthoptique (amblyopie, strabisme)", 3900)] + \
            [(d, "AMY 5", "Séance de rééducation orthoptique", 1300) for d in sess[1:]]
    total = sum(v for *_, v in lines)
    amo = pct(total, 0.60)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    tel = phone(r, ".")
    siret = make_siret(r)

    def p1(p: P):
        p.t(15, 20, f"{name[0]} {name[1]}", "GAB", 15)
        p.t(15, 26, "Orthoptiste diplômée — Rééducation et bilans de la vision", "GA", 9)
        p.t(15, 31, f"{street} · {city} · {tel}", "GA", 9)
        p.t(15, 36, f"N° ADELI {adeli}", "GA", 9)
        p.t(195, 20, "FACTURE", "GAB", 15, "r")
        p.t(195, 26, "Soins en cabinet — tiers payant", "GA", 9, "r")
        p.line(15, 40, 195, 40, 0.8)
        L = [("Facture n°", number), ("Date de la facture", fd(issued, "dot4")),
             ("Enfant", f"{parent['last']} {child_first}"), ("Date de naissance", fd(child_birth, "dot4")),
             ("Assurée (mère)", f"{parent['last']} {parent['first']}"),
             ("N° de sécurité sociale", nir_spaced(parent["nir"])), ("Mutuelle", mut), ("N° AMC", amcn)]
        for i, (a, b) in enumerate(L):
            p.leader(15, 50 + i * 6.3, 120, a, b, "GA", "GAB", 9.8)
        p.t(130, 50, "Prescription", "GAB", 9.5)
        p.t(130, 55.5, f"Dr {ophta[0]} {ophta[1]}", "GA", 9)
        p.t(130, 60.5, "ophtalmologiste", "GA", 9)
        p.t(130, 65.5, f"RPPS {presc}", "GA", 9)
        p.t(130, 70.5, f"du {fd(ordo, 'dot4')}", "GA", 9)
        y = p.table(15, 108, [28, 22, 95, 35], ["Date", "Cotation", "Acte", "Montant"],
                    [[fd(d, "dot4"), c, lib, eur(v, "EUR", NBSP)] for d, c, lib, v in lines], "lclr",
                    "GA", "GAB", 9.3, 7.2, 0.9, vlines=False)
        for i, (a, v) in enumerate([("Total", total), ("Part Assurance Maladie (60 %)", amo),
                                    ("Part mutuelle (40 %)", amc), ("Reste à charge", pt)]):
            p.leader(95, y + 11 + i * 6.5, 195, a, eur(v, "EUR", NBSP), "GAB" if i == 0 else "GA",
                     "GAB" if i == 0 else "GA", 10)
        p.t(15, y + 45, "Dispense d'avance de frais : tiers payant AMO et mutuelle. Prochain bilan de contrôle dans "
                        "six mois.", "GA", 8.5)
        p.t(15, y + 50, "Lunettes à porter en permanence ; occlusion 2 heures par jour.", "GA", 8.5)
        p.line(15, 281, 195, 281, 0.3, 0.5)
        p.t(105, 285, f"{name[0]} {name[1]} — SIRET {siret_spaced(siret)} — Conventionnée — Exonération de TVA, "
                      "art. 261-4-1° du CGI", "GA", 7, "c", gray=0.35)

    f = F(adeli=adeli, nir=parent["nir"], patient_name=f"{parent['last']} {child_first}",
          patient_birth_date=child_birth, invoice_number=number, invoice_date=issued, care_date=sess[0],
          total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("orthoptiste enfant pointilles", [p1], [("invoice", f)], fax_name=f"ORTHOPTIE {name[1]}")


LAYOUTS = [l01_capillaire, l02_pharmacie_pmr, l03_generaliste_ehpad, l04_ch_pediatrie, l05_dentiste_complet,
           l06_labo_grossesse, l07_epithesiste, l08_mail_orthophonie, l09_infirmier_pages_inversees,
           l10_orthoptiste_enfant]
# file i10k holds layout FILE_IDS[k - 1] (1-based), so the file order is not the order above
FILE_IDS = [6, 9, 2, 7, 1, 4, 10, 3, 8, 5]


# ------------------------------------------------------------------------------------------- checks
def check(lay: Layout) -> None:
    """Identifiers valid and amounts consistent, or fail loudly."""
    for kind, f in lay.docs:
        if "rpps" in f:
            assert len(f["rpps"]) == 11 and luhn.is_valid(f["rpps"]), f["rpps"]
        for k in ("adeli", "finess"):
            if k in f:
                assert len(f[k]) == 9 and luhn.is_valid(f[k]), (k, f[k])
        assert sum(k in f for k in ("rpps", "adeli", "finess")) <= 1
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
        assert kind == "invoice" and f["care_date"] <= f["invoice_date"], lay.id
        assert f["patient_birth_date"] < f["care_date"]


# ---------------------------------------------------------------------------------------- renderings
def text_pdf23(lay: Layout) -> bytes:
    size = getattr(lay, "size", None) or A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle("Facture")
    c.setCreator(random.Random(lay.id).choice(["Logiciel de facturation", "LibreOffice", "Microsoft Word"]))
    for draw in lay.pages:
        draw(P(c, size))
        c.showPage()
    c.save()
    return buf.getvalue()


def fax23(pdf: bytes, lay: Layout, rng: random.Random, fine: bool, when: str) -> bytes:
    """Set 4's fax renderer, with the sending machine's header line in IBM 3270."""
    dpi_y = 196 if fine else 98
    pages = render(pdf, 204)
    sender = "+33 " + phone(rng)[1:]
    font = ImageFont.truetype(str(FONTS23["IBM"]), 24)
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
    ap.add_argument("--out", default="documents23")
    ap.add_argument("--seed", type=int, default=231)
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    g = Gen(args.seed)
    rng = random.Random(args.seed * 7 + 1)
    lays = [make(g) for make in LAYOUTS]
    for lay in lays:
        check(lay)
    assert sorted(FILE_IDS) == list(range(1, len(lays) + 1))
    for k, n in enumerate(FILE_IDS, 1):
        lay = lays[n - 1]
        stem = f"i1{k:02d}"
        pdf = text_pdf23(lay)
        inv = max(f["invoice_date"] for _, f in lay.docs)
        when = f"{inv[8:10]}/{inv[5:7]}/{inv[:4]} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
        files = {f"{stem}.text.pdf": ("text", pdf),
                 f"{stem}.scan.pdf": ("scan", scan_pdf(pdf, rng)),
                 f"{stem}.photo.jpg": ("photo", photo6(pdf, rng)),
                 f"{stem}.fax-fine.tif": ("fax-fine", fax23(pdf, lay, rng, True, when)),
                 f"{stem}.fax-normal.tif": ("fax-normal", fax23(pdf, lay, rng, False, when))}
        for name, (rendering, data) in files.items():
            (out / name).write_bytes(data)
            truth = {"file": name, "rendering": rendering, "layout": lay.id,
                     "documents": [{"kind": kd, "fields": fl} for kd, fl in lay.docs]}
            (out / f"{name}.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(stem, lay.id, len(files), "files")


if __name__ == "__main__":
    main()
