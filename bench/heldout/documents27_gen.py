"""
cd bench/heldout && ../../.venv/bin/python documents27_gen.py --out documents27 --seed 271

Twenty-seventh blind held-out layout set: ten French tiers-payant documents of everyday practice, each rendered five
ways.

Written blind (without reading parsers/, classifiers/, intake/, workers/, tests/, any other bench/*.py than the set 4
and 6 generators (whose helpers are imported), the module docstrings of documents10_gen.py .. documents26_gen.py, the
font-handling and rendering plumbing of set 26 (its P page class, check() and main(), reused here), the first 60
lines of the held-out README, one set-4 truth file and verify_printed.py, or any rendered held-out set), in designs
not used by sets 10 to 26. New professions or situations: a GP under the Alsace-Moselle régime local (90 %), an
orthopaedic surgeon's cast after a work accident (accident du travail), a pharmacy's external breast prosthesis after
a mastectomy, a physical-medicine doctor's ultrasound-guided shoulder injection, a university student health service,
an infant's respiratory physiotherapy for bronchiolitis, a dentist's maternity oral check-up and scaling, a
neurologist's electromyography, a newborn's 8th-day examination, an allergist's desensitisation injections.
REALISTIC: seven ordinary documents and three harder ones (8, 9, 10) that a clerk still reads without hesitating.
  1. médecin généraliste secteur 1 (RPPS) in ALSACE-MOSELLE, Inter: G + MOP (patient over 80), the RÉGIME LOCAL
     90 % rate printed, AMO = 90 % less the 2 EUR participation forfaitaire, the mutuelle 10 %, 2 EUR left to the
     patient, the régime-local rights opening date and the next appointment as distractors, N° AM, SIRET footer;
  2. chirurgien orthopédiste secteur 2 OPTAM (RPPS) ACCIDENT DU TRAVAIL note in Amiri: CS + closed reduction and
     cast (CCAM line), DA dépassement partly covered by the AMC, AMO 100 % of the base (AT), the accident date, the
     employer's name and SIRET and the clinic's FINESS as distractors, long dates ('3 avril 2025');
  3. pharmacie d'officine (FINESS) facture for an EXTERNAL BREAST PROSTHESIS after a mastectomy, WenQuanYi Micro
     Hei: LPP lines with 'Prix' and 'Tarif LPP' columns (ALD, AMO 100 % of the tariff), two adapted bras above the
     tariff, a non-reimbursed cover, the mutuelle's forfait, the rest left to the patient; the oncologist's RPPS,
     ordonnance date and surgery date, the N° AM (category 2) and SIRET as distractors, NBSP amounts;
  4. médecin de médecine physique et de réadaptation (RPPS) in Inter Display + small Harmattan Bold labels above the values: CS +
     ultrasound-guided shoulder injection, 70 % / 30 % with nothing left, the referring rheumatologist's RPPS and
     letter date, the injected product's lot number and expiry, the control visit date as distractors, '12.03.2025'
     dates;
  5. service de santé étudiante of a university (FINESS of the health centre) in Komatuna: G consultation for a
     student, 2 EUR participation forfaitaire left, the consulting doctor's RPPS, the student number and the INE as
     distractors, the university's SIRET, issue date the next day;
  6. masseur-kinésithérapeute (RPPS) three respiratory-physiotherapy sessions for an INFANT with bronchiolitis in
     Thabit (monospace, no euro sign: 'EUR'): the insured parent's NIR, the baby's name and birth date, AMK 8 lines on three consecutive days
     (care date = the first), 60 % / 40 %, the paediatrician prescriber's RPPS and prescription date, N° AM;
  7. chirurgien-dentiste (RPPS) MATERNITY oral check-up (BDC) + scaling (HBJD001) in AR PL UMing: assurance
     maternité (AMO 100 %, AMC 0, patient 0), the pregnancy start date and the expected delivery date as
     distractors, next appointment after the invoice, N° AM (category 4) and SIRET;
  8. HARDER - neurologue secteur 1 (RPPS) APC + ELECTROMYOGRAPHY, DotGothic16 (a practice-software look): the
     total and the shares exist ONLY in a shaded 'RÉCAPITULATIF' band at the TOP of the page (above the letterhead),
     the acts table below has no total row, the patient block is at the bottom; the GP's RPPS and letter date, the
     report's sending date as distractors;
  9. HARDER - pédiatre secteur 1 (RPPS) NEWBORN 8th-day examination (COE, AMO 100 %) in Scheherazade: the big
     block is the MOTHER (assurée, her birth date and NIR); the newborn, who is the patient, appears on one smaller
     line with his or her birth date and 'rang de naissance : 1'; the maternity discharge date and the next
     compulsory examination date as distractors;
 10. HARDER - allergologue secteur 1 (RPPS) three DESENSITISATION injection sessions in a TWO-COLUMN page (Harmattan): the left column holds the letterhead, the patient and the mutuelle, the right column the invoice
     number, the sessions and the totals, a Rufscript signature; the start of the treatment, the extract's lot, and
     the dispensing pharmacy's FINESS as distractors; 2 EUR per session left to the patient.

Fonts (Debian packages, all TrueType with glyf outlines, embedded by reportlab): fonts-inter-variable (Inter.var.ttf
and InterDisplay.var.ttf at their default instance), fonts-wqy-microhei (WenQuanYi Micro Hei, subfont 0 of the .ttc),
fonts-hosny-amiri (Amiri, Amiri Bold), fonts-sil-scheherazade (Scheherazade, Scheherazade Bold: small Latin glyphs, set
30 % larger), fonts-komatuna (Komatuna P), fonts-sil-harmattan (Harmattan, Harmattan Bold), fonts-hosny-thabit (Thabit,
Thabit Bold), fonts-arphic-uming (AR PL UMing, subfont 0), fonts-dotgothic16 (DotGothic16), fonts-rufscript (Rufscript:
a signature with no accents). fonts-uralic was tried and dropped: its cmap claims Latin-1 but draws Cyrillic glyphs.
Every drawn string is checked against its font's character map. The fax header of the fax renderings is set 4's
(DejaVu Sans Mono, fonts-dejavu-core).

Every identifier is checksum-valid (distractors too): RPPS Luhn, FINESS Luhn, SIRET Luhn, NIR key (mod 97, 2A -> 19,
2B -> 18). Amounts add up (check()). All random values are drawn before drawing, so the page callables are pure.

Renderings, for every layout: <id>.text.pdf (real text layer), <id>.scan.pdf (image-only), <id>.photo.jpg (phone
photo), <id>.fax-fine.tif (G4, 204x196), <id>.fax-normal.tif (G3, 204x98). File ids are neutral: p101..p110 (the order
of the files is not the order above). Each file gets <file>.json ground truth (same format as sets 4-26).

Ground-truth conventions (as earlier sets and DOMAIN.md): care_date = first day of care for a series; rpps/adeli/finess
= the invoicer only (FINESS géographique for an establishment); amc_number = the complementary insurer's number, never
the adherent number; patient_name = 'LASTNAME Firstname' with accents as printed (for a child or a newborn, the child;
nir = the printed insured parent's); a field not printed is omitted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from stdnum import luhn
from stdnum.fr import nir as stdnir

from documents4_gen import (LAST, FIRST_F, FIRST_M, MUTUELLES, NBSP, F, Gen, Layout, Page, digits, eur,
                            fax_tiff, make_finess, make_rpps, make_siret, nir_spaced, phone, scan_pdf,
                            siret_spaced)
from documents6_gen import photo6

TT = Path("/usr/share/fonts/truetype")
FONTS = {
    "IN": (TT / "inter-vf/Inter.var.ttf", 0),
    "WQ": (TT / "wqy/wqy-microhei.ttc", 0),
    "AM": (Path("/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf"), 0),
    "AMB": (Path("/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Bold.ttf"), 0),
    "SH": (TT / "scheherazade/Scheherazade-Regular.ttf", 0),
    "SHB": (TT / "scheherazade/Scheherazade-Bold.ttf", 0),
    "KT": (TT / "komatuna/komatuna-p.ttf", 0),
    "IND": (TT / "inter-vf/InterDisplay.var.ttf", 0),
    "HA": (TT / "harmattan/Harmattan-Regular.ttf", 0), "HAB": (TT / "harmattan/Harmattan-Bold.ttf", 0),
    "TH": (Path("/usr/share/fonts/opentype/fonts-hosny-thabit/Thabit.ttf"), 0),
    "THB": (Path("/usr/share/fonts/opentype/fonts-hosny-thabit/Thabit-Bold.ttf"), 0),
    "UMG": (TT / "arphic/uming.ttc", 0),
    "DG": (TT / "dotgothic16/DotGothic16-Regular.ttf", 0),
    "RU": (TT / "rufscript/Rufscript010.ttf", 0),
}
CMAP: dict[str, set[int]] = {}
for _n, (_f, _i) in FONTS.items():
    _t = TTFont(_n, str(_f), subfontIndex=_i)
    pdfmetrics.registerFont(_t)
    CMAP[_n] = set(_t.face.charToGlyph)

D = dt.timedelta
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre"]


def longd(d: dt.date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"


def sl(d: dt.date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


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


def nxt(d: dt.date) -> dt.date:
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

    def t(self, x, y, s, f="IN", size=9.5, align="l", gray=0):
        miss = {ch for ch in s if ord(ch) not in CMAP[f] and ch != " "}
        assert not miss, (f, s, miss)
        super().t(x, y, s, f, size, align, gray)


def tbl(p: P, x, y, widths, header, rows, aligns, f, fh, size=8.5, rh=6.2, fill=0.9, grid=True, vlines=True):
    return Page.table(p, x, y, widths, header, rows, aligns, f, fh, size, rh, fill, grid, vlines)


# ------------------------------------------------------------------------------------------------- layouts
def p01_alsace(g: Gen) -> Layout:
    r = g.rng
    city, dept = r.choice([("67000 STRASBOURG", "67"), ("68100 MULHOUSE", "68"), ("57000 METZ", "57"),
                           ("67500 HAGUENAU", "67")])
    pat = g.person(year=(1930, 1943), dept=dept)
    doc = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    rpps, am, siret = make_rpps(r), am_num(r, dept, "1"), make_siret(r)
    care = workday(r)
    issued = care
    number = f"{care.year}-{r.randint(1000, 9999):05d}"
    lines = [("G", "Consultation de médecine générale", 3000), ("MOP", "Majoration personne âgée (80 ans et +)", 500)]
    total = sum(v for *_, v in lines)
    amo = pct(total, 0.90) - 200
    pt = 200
    amc = total - amo - pt
    amcn, mut = g.amc_number(), r.choice(MUTUELLES)
    droits = dt.date(r.randint(2008, 2020), r.randint(1, 12), 1)
    rdv = care + D(r.randint(28, 90))
    street = f"{r.randint(2, 60)} {r.choice(['rue des Tanneurs', 'rue du Vieux-Marché', 'Grand-Rue', 'rue de la Forêt-Noire'])}"
    tel = phone(r)

    def p1(p: P):
        p.t(18, 20, f"Docteur {doc[0]} {doc[1]}", "IN", 15)
        p.t(18, 26, "Médecine générale — Conventionné secteur 1", "IN", 9.5, gray=0.3)
        p.t(18, 31, f"{street} · {city}", "IN", 9)
        p.t(18, 36, f"Tél. {tel}", "IN", 9)
        p.t(192, 20, f"RPPS : {rpps}", "IN", 9, "r")
        p.t(192, 25.5, f"N° AM : {am}", "IN", 9, "r")
        p.line(18, 41, 192, 41, 1.2, 0.2)
        p.t(18, 52, "FACTURE — NOTE D'HONORAIRES", "IN", 13)
        p.t(18, 59, f"N° {number}", "IN", 10)
        p.t(192, 59, f"Date : {sl(issued)}", "IN", 10, "r")
        p.rect(18, 66, 174, 38, fill=0.95, width=0.4, radius=2)
        p.t(22, 73, "Patient(e)", "IN", 8, gray=0.35)
        p.t(22, 79, f"{pat['civ']} {pat['last']} {pat['first']}", "IN", 11)
        p.t(22, 85, f"Né(e) le {sl(pat['birth'])}", "IN", 9)
        p.t(22, 90.5, f"N° de sécurité sociale : {nir_spaced(pat['nir'])}", "IN", 9)
        p.t(22, 96, f"Régime : général — RÉGIME LOCAL D'ALSACE-MOSELLE (droits ouverts depuis le {sl(droits)})",
            "IN", 8.3)
        p.t(22, 101, f"Complémentaire : {mut} — N° AMC {amcn}", "IN", 8.3)
        rows = [[sl(care), c, lib, money(v)] for c, lib, v in lines]
        y = tbl(p, 18, 114, [26, 20, 98, 30], ["Date", "Code", "Acte", "Montant"], rows, "lllr", "IN", "IN", 9, 7)
        y += 8
        for i, (lab, v) in enumerate([("Total des honoraires", total),
                                      ("Part Assurance Maladie (90 % régime local, moins 2 € de participation)", amo),
                                      ("Part complémentaire (10 %)", amc), ("Reste à charge patient", pt)]):
            p.t(18, y + i * 6.5, lab, "IN", 9)
            p.t(192, y + i * 6.5, money(v), "IN", 9.5, "r")
        p.line(18, y + 2, 192, y + 2, 0.3, 0.5)
        p.t(18, y + 32, "Tiers payant intégral : part obligatoire et part complémentaire. Participation forfaitaire",
            "IN", 8, gray=0.3)
        p.t(18, y + 36.5, "de 2,00 € réglée par le patient le jour de la consultation.", "IN", 8, gray=0.3)
        p.t(18, y + 46, f"Prochain rendez-vous conseillé : {sl(rdv)}", "IN", 8.5)
        p.line(18, 274, 192, 274, 0.3, 0.5)
        p.t(105, 279, f"Dr {doc[0]} {doc[1]} · SIRET {siret_spaced(siret)} · Membre d'une AGA, paiement des "
                      f"honoraires par chèque accepté", "IN", 6.8, "c", gray=0.35)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("generaliste regime local alsace-moselle", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def p02_at_platre(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1968, 2001))
    doc = (r.choice(FIRST_M + FIRST_F), other(r, pat["last"]))
    street, city, dept = g.addr()
    rpps, am, finess = make_rpps(r), am_num(r, dept, "1"), make_finess(r, dept if dept.isdigit() else "20")
    emp_siret = make_siret(r)
    employer = r.choice(["SAS Transports Morel", "SARL Bâtiment Lefèvre", "Boulangerie Perrin SARL",
                         "SA Logistique du Centre"])
    acc = workday(r)
    care = acc + D(r.randint(0, 2))
    issued = care + D(r.randint(0, 3))
    number = f"CO-{r.randint(10000, 99999)}"
    base = [("CS", "Consultation spécialiste", 3000), ("MDEP002", "Réduction orthopédique fermée de fracture de "
                                                                  "l'extrémité distale du radius, contention plâtrée",
                                                     r.choice([6144, 7210, 8358]))]
    da = r.choice([4000, 5000, 6000])
    total = sum(v for *_, v in base) + da
    amo = total - da
    amc = r.choice([2500, 3000, da - 1000])
    pt = total - amo - amc
    amcn = g.amc_number()
    tel = phone(r, ".")

    def p1(p: P):
        p.t(105, 20, f"Docteur {doc[0]} {doc[1]}", "AMB", 17, "c")
        p.t(105, 27, "Chirurgie orthopédique et traumatologique — Secteur 2, adhérent OPTAM", "AM", 10.5, "c")
        p.t(105, 33, f"Clinique du Parc (FINESS {finess}) · {street}, {city} · Tél. {tel}", "AM", 9, "c")
        p.t(105, 38.5, f"RPPS {rpps} — N° AM {am}", "AM", 9.5, "c")
        p.line(40, 42, 170, 42, 0.6)
        p.t(20, 54, "NOTE D'HONORAIRES", "AMB", 14)
        p.t(190, 54, f"N° {number}", "AMB", 11, "r")
        p.t(190, 60, f"{city.split(' ', 1)[1].title()}, le {longd(issued)}", "AM", 10, "r")
        p.rect(20, 66, 170, 22, width=0.8)
        p.t(24, 73, "ACCIDENT DU TRAVAIL", "AMB", 12)
        p.t(24, 79.5, f"Date de l'accident : {longd(acc)} — Employeur : {employer}, SIRET {siret_spaced(emp_siret)}",
            "AM", 9.5)
        p.t(24, 85, "Prise en charge à 100 % du tarif de responsabilité, sans avance de frais (feuille d'accident).",
            "AM", 9.5)
        p.t(20, 98, f"Patient : {pat['civ']} {pat['last']} {pat['first']}, né(e) le {longd(pat['birth'])}",
            "AM", 10.5)
        p.t(20, 104.5, f"N° d'immatriculation : {nir_spaced(pat['nir'])}", "AM", 10.5)
        p.t(20, 111, f"Organisme complémentaire : N° {amcn}", "AM", 10.5)
        rows = [[longd(care), c, lib if len(lib) < 60 else lib[:57] + "…", money(v), "—"] for c, lib, v in base]
        rows[1][2] = "Réduction de fracture du radius + plâtre"
        rows.append([longd(care), "DA", "Dépassement autorisé (OPTAM)", "—", money(da)])
        y = tbl(p, 20, 122, [34, 22, 64, 25, 25], ["Date", "Code", "Acte", "Base", "Dépassement"], rows, "lllrr",
                "AM", "AMB", 9.5, 7)
        y += 10
        for i, (lab, v) in enumerate([("Total des honoraires", total),
                                      ("Part Assurance Maladie — accident du travail (100 % de la base)", amo),
                                      ("Part organisme complémentaire", amc), ("Reste à la charge du patient", pt)]):
            p.t(24, y + i * 7, lab, "AMB" if i == 0 else "AM", 10.5)
            p.t(186, y + i * 7, money(v), "AMB" if i == 0 else "AM", 10.5, "r")
        p.t(20, y + 38, "Code CCAM de l'acte de réduction : " + base[1][0] + ".", "AM", 9, gray=0.3)
        p.t(20, 268, "Honoraires exonérés de TVA (art. 261-4-1° du CGI). Pas d'escompte pour paiement anticipé.",
            "AM", 8.5, gray=0.4)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("orthopediste accident du travail platre", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def p03_prothese_sein(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(sex=2, year=(1950, 1985))
    street, city, dept = g.addr()
    d2 = dept if dept.isdigit() else "20"
    finess, siret, am = make_finess(r, d2), make_siret(r), am_num(r, dept, "2")
    onco = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    onco_rpps = make_rpps(r)
    name = f"Pharmacie {r.choice(['du Marché', 'des Halles', 'de la Cathédrale', 'Centrale'])}"
    titul = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"], onco[1]))
    surgery = workday(r, (1, 5))
    ordo = surgery + D(r.randint(20, 40))
    care = ordo + D(r.randint(3, 15))
    issued = care
    number = f"F{care.year % 100}{r.randint(100000, 999999)}"
    bra_p, bra_t, cover = r.choice([4500, 5290, 3990]), 1600, r.choice([1200, 1490])
    proth = r.choice([18000, 19050])
    lines = [("2435137", "Prothèse mammaire externe définitive, silicone", 1, proth, proth),
             ("2435166", "Soutien-gorge adapté pour prothèse", 2, bra_p, bra_t),
             ("—", "Housse de protection (non remboursable)", 1, cover, 0)]
    total = sum(q * pr for _, _, q, pr, _ in lines)
    amo = sum(q * t for _, _, q, _, t in lines)
    amc = r.choice([5000, 6000, 4000])
    pt = total - amo - amc
    assert pt > 0
    amcn, adh = g.amc_number(), digits(r, 10)
    tel = phone(r)

    def p1(p: P):
        p.rect(15, 12, 180, 26, fill=0.92, stroke=False)
        p.t(20, 21, name.upper(), "WQ", 15)
        p.t(20, 27, f"{street} — {city} — Tél. {tel}", "WQ", 8.5)
        p.t(20, 32.5, f"Pharmacien titulaire : {titul[0]} {titul[1]}", "WQ", 8.5)
        p.t(190, 21, f"FINESS {finess}", "WQ", 9.5, "r")
        p.t(190, 27, f"N° AM {am}", "WQ", 8.5, "r")
        p.t(15, 50, "FACTURE", "WQ", 16)
        p.t(15, 57, f"N° {number}   du {sl(issued)}", "WQ", 10)
        p.t(15, 63, f"Essayage et délivrance le {sl(care)}", "WQ", 9.5)
        p.rect(112, 44, 83, 34, width=0.5)
        p.t(115, 50, "Patiente", "WQ", 8, gray=0.4)
        p.t(115, 56, f"{pat['civ']} {pat['last']} {pat['first']}", "WQ", 10)
        p.t(115, 61.5, f"Née le {sl(pat['birth'])}", "WQ", 8.5)
        p.t(115, 66.5, f"NIR {pat['nir']}", "WQ", 8.5)
        p.t(115, 71.5, f"AMC {amcn}  ·  adhérent {adh}", "WQ", 8.5)
        p.t(115, 76, "Affection de longue durée (ALD 30)", "WQ", 7.5, gray=0.3)
        p.t(15, 88, f"Prescription : Dr {onco[0]} {onco[1]}, oncologue — RPPS {onco_rpps} — ordonnance du {sl(ordo)}",
            "WQ", 8.5)
        p.t(15, 93.5, f"Mastectomie du {sl(surgery)} — appareillage définitif", "WQ", 8.5)
        rows = [[c, lib, str(q), num(pr), num(t) if t else "—", num(q * pr)] for c, lib, q, pr, t in lines]
        y = tbl(p, 15, 101, [20, 84, 10, 22, 22, 22], ["LPP", "Désignation", "Qté", "Prix", "Tarif LPP", "Montant"],
                rows, "llcrrr", "WQ", "WQ", 8.5, 7)
        y += 10
        for i, (lab, v) in enumerate([("Montant total TTC", total), ("Part AMO (100 % du tarif LPP)", amo),
                                      ("Part mutuelle (forfait)", amc), ("À régler par la patiente", pt)]):
            p.t(110, y + i * 6.5, lab, "WQ", 9.5)
            p.t(195, y + i * 6.5, money(v), "WQ", 9.5, "r")
        p.rect(108, y - 5, 89, 27, width=0.4)
        p.t(15, y + 40, "TVA 5,5 % incluse. Garantie de la prothèse : 12 mois.", "WQ", 8, gray=0.3)
        p.t(105, 280, f"{name} — SIRET {siret} — Code APE 4773Z", "WQ", 7, "c", gray=0.4)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("pharmacie prothese mammaire externe", [p1], [("invoice", f)], fax_name=name.upper())


def p04_mpr(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1950, 1990))
    doc = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    rhum = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"], doc[1]))
    street, city, dept = g.addr()
    rpps, rhum_rpps, am = make_rpps(r), make_rpps(r), am_num(r, dept, "1")
    care = workday(r)
    letter = care - D(r.randint(10, 40))
    ctrl = care + D(r.randint(30, 60))
    issued = care
    number = f"MPR{care.year}/{r.randint(100, 999)}"
    lines = [("CS", "Consultation", 3000), ("MZLJ001", "Infiltration de l'articulation de l'épaule, guidage "
                                                      "échographique", r.choice([4180, 5090, 3962]))]
    total = sum(v for *_, v in lines)
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    lot, exp = f"{r.choice('ABKT')}{digits(r, 5)}", f"{r.randint(1, 12):02d}/{r.randint(2026, 2028)}"

    def p1(p: P):
        p.t(20, 22, f"Dr {doc[0]} {doc[1]}", "IND", 16)
        p.t(20, 28.5, "Médecine physique et de réadaptation", "IND", 11)
        p.t(20, 34, "Médecine du sport — Échographie interventionnelle", "IND", 9.5, gray=0.3)
        p.t(190, 22, street, "IND", 9.5, "r")
        p.t(190, 27.5, city, "IND", 9.5, "r")
        p.t(190, 33, f"RPPS {rpps}", "IND", 9.5, "r")
        p.t(190, 38.5, f"N° Assurance Maladie {am}", "IND", 9.5, "r")
        p.line(20, 43, 190, 43, 0.4)
        p.t(20, 55, "Facture d'honoraires", "IND", 13)
        p.t(20, 62, "NUMÉRO", "HAB", 7, gray=0.4)
        p.t(20, 67, number, "IND", 10.5)
        p.t(80, 62, "DATE DE FACTURE", "HAB", 7, gray=0.4)
        p.t(80, 67, dot4(issued), "IND", 10.5)
        p.t(20, 78, "PATIENT", "HAB", 7, gray=0.4)
        p.t(20, 83, f"{pat['last']} {pat['first']}", "IND", 10.5)
        p.t(80, 78, "DATE DE NAISSANCE", "HAB", 7, gray=0.4)
        p.t(80, 83, dot4(pat["birth"]), "IND", 10.5)
        p.t(130, 78, "N° SÉCURITÉ SOCIALE", "HAB", 7, gray=0.4)
        p.t(130, 83, nir_spaced(pat["nir"]), "IND", 10.5)
        p.t(20, 93, "ORGANISME COMPLÉMENTAIRE (N° AMC)", "HAB", 7, gray=0.4)
        p.t(20, 98, amcn, "IND", 10.5)
        p.t(110, 93, "ADRESSÉ(E) PAR", "HAB", 7, gray=0.4)
        p.t(110, 98, f"Dr {rhum[0]} {rhum[1]}, rhumatologue (RPPS {rhum_rpps})", "IND", 9)
        p.t(110, 103, f"courrier du {dot4(letter)}", "IND", 9)
        rows = [[dot4(care), c, lib if len(lib) < 58 else "Infiltration épaule sous échographie", money(v)]
                for c, lib, v in lines]
        y = tbl(p, 20, 114, [26, 24, 90, 30], ["Date", "Code", "Libellé", "Honoraires"], rows, "lllr", "IND", "HAB",
                9.5, 7.5, fill=0.93)
        y += 10
        for i, (lab, v) in enumerate([("Total", total), ("Part obligatoire (70 %)", amo),
                                      ("Part complémentaire (30 %)", amc), ("Reste dû par le patient", pt)]):
            p.t(120, y + i * 6.8, lab, "IND" if i == 0 else "IND", 10)
            p.t(190, y + i * 6.8, money(v), "IND" if i == 0 else "IND", 10, "r")
        p.t(20, y + 36, f"Produit injecté : acétate de méthylprednisolone 40 mg — lot {lot}, exp. {exp}", "IND", 9)
        p.t(20, y + 42, f"Consultation de contrôle prévue le {dot4(ctrl)}.", "IND", 9)
        p.t(20, 272, "Tiers payant AMO + AMC. Conventionné secteur 1.", "HA", 8, gray=0.4)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("mpr infiltration epaule", [p1], [("invoice", f)], fax_name=f"DR {doc[1]} MPR")


def p05_sse(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(2002, 2006))
    uni, city, dept = r.choice([("Université de Bourgogne", "21000 DIJON", "21"),
                                ("Université de Rouen Normandie", "76130 MONT-SAINT-AIGNAN", "76"),
                                ("Université de Limoges", "87000 LIMOGES", "87"),
                                ("Université Clermont Auvergne", "63000 CLERMONT-FERRAND", "63")])
    finess, siret, doc_rpps = make_finess(r, dept), make_siret(r), make_rpps(r)
    doc = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    care = workday(r, (2, 6))
    issued = nxt(care)
    number = f"SSE-{care.year}-{r.randint(1000, 9999)}"
    total = 3000
    amo = pct(total, 0.70) - 200
    pt = 200
    amc = total - amo - pt
    amcn = g.amc_number()
    etu, ine = digits(r, 8), digits(r, 9) + r.choice("ABCDEFGHJK") + r.choice("ABCDEFGHJK")
    tel = phone(r)

    def p1(p: P):
        p.t(20, 20, uni, "KT", 11, gray=0.3)
        p.t(20, 28, "Service de Santé Étudiante", "KT", 17)
        p.t(20, 34, f"Centre de santé universitaire — Bâtiment B, campus — {city}", "KT", 9)
        p.t(20, 39, f"FINESS {finess} · Tél. {tel}", "KT", 9)
        p.rect(130, 46, 62, 20, width=0.5, radius=1.5)
        p.t(133, 52, "Facture n°", "KT", 8, gray=0.4)
        p.t(133, 57.5, number, "KT", 10.5)
        p.t(133, 63, f"Éditée le {sl(issued)}", "KT", 8.5)
        p.t(20, 52, "Étudiant(e)", "KT", 8, gray=0.4)
        p.t(20, 58, f"{pat['last']} {pat['first']}", "KT", 12)
        p.t(20, 64, f"Date de naissance : {sl(pat['birth'])}", "KT", 9)
        p.t(20, 69.5, f"N° étudiant : {etu}    INE : {ine}", "KT", 9)
        p.t(20, 75, f"N° de sécurité sociale : {nir_spaced(pat['nir'])}", "KT", 9)
        p.t(20, 80.5, f"Mutuelle étudiante — N° organisme (AMC) : {amcn}", "KT", 9)
        rows = [[sl(care), "G", "Consultation de médecine générale", f"Dr {doc[1]}", money(total)]]
        y = tbl(p, 20, 92, [25, 12, 75, 34, 26], ["Date", "Acte", "Libellé", "Médecin", "Montant"], rows, "lllll",
                "KT", "KT", 9, 7)
        p.t(20, y + 6, f"Médecin consultant : Dr {doc[0]} {doc[1]}, RPPS {doc_rpps} (salarié du centre)", "KT", 8.5,
            gray=0.3)
        y += 16
        for i, (lab, v) in enumerate([("Montant total", total), ("Part Assurance Maladie", amo),
                                      ("Part mutuelle", amc), ("Participation forfaitaire à votre charge", pt)]):
            p.t(100, y + i * 6.5, lab, "KT", 9.5)
            p.t(192, y + i * 6.5, money(v), "KT", 9.5, "r")
        p.t(20, y + 36, "Tiers payant pratiqué sur la part obligatoire et sur la part complémentaire.", "KT", 8.5)
        p.t(105, 280, f"{uni} — SIRET {siret_spaced(siret)} — le centre de santé ne facture aucun dépassement",
            "KT", 7, "c", gray=0.4)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("sante etudiante consultation", [p1], [("invoice", f)], fax_name="SANTE ETUDIANTE")


def p06_kine_bronchio(g: Gen) -> Layout:
    r = g.rng
    parent = g.person(year=(1985, 1998))
    sex = r.choice([1, 2])
    child_first = r.choice(["Léo", "Inès", "Noé", "Zoé", "Jules", "Chloé", "Théo", "Léna"])
    care = workday(r, (1, 3)) if r.random() < 0.5 else workday(r, (10, 11))
    birth = care - D(r.randint(60, 300))
    doc = (r.choice(FIRST_F + FIRST_M), other(r, parent["last"]))
    ped = (r.choice(FIRST_F + FIRST_M), other(r, parent["last"], doc[1]))
    street, city, dept = g.addr()
    rpps, ped_rpps, am = make_rpps(r), make_rpps(r), am_num(r, dept, "7")
    ordo = care - D(r.randint(0, 2))
    sessions = [care, care + D(1), care + D(2)]
    issued = sessions[-1]
    number = f"{issued.year}{issued.month:02d}-{r.randint(100, 999)}"
    total = 3 * 1720
    amo = pct(total, 0.60)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    tel = phone(r)

    def p1(p: P):
        p.t(20, 21, f"{doc[0]} {doc[1]}", "THB", 14)
        p.t(20, 27, "Masseur-Kinésithérapeute D.E. — kinésithérapie respiratoire pédiatrique", "TH", 9)
        p.t(20, 32.5, f"{street}, {city} — {tel}", "TH", 9)
        p.t(20, 38, f"RPPS {rpps}    N° AM {am}", "TH", 9)
        p.t(190, 52, f"Facture n° {number}", "THB", 11, "r")
        p.t(190, 58, f"le {sl(issued)}", "TH", 10, "r")
        p.t(20, 52, "Enfant soigné :", "TH", 9, gray=0.35)
        p.t(20, 58, f"{parent['last']} {child_first}", "THB", 11)
        p.t(20, 64, f"né{'e' if sex == 2 else ''} le {sl(birth)}", "TH", 9.5)
        p.t(20, 73, f"Assuré(e) : {parent['civ']} {parent['last']} {parent['first']}", "TH", 9.5)
        p.t(20, 79, f"N° de sécurité sociale de l'assuré(e) : {nir_spaced(parent['nir'])}", "TH", 9.5)
        p.t(20, 85, f"Mutuelle : N° AMC {amcn}", "TH", 9.5)
        p.t(20, 94, f"Prescription du Dr {ped[0]} {ped[1]}, pédiatre (RPPS {ped_rpps}) du {sl(ordo)} :", "TH", 9)
        p.t(20, 99, "kinésithérapie respiratoire — bronchiolite", "TH", 9)
        rows = [[sl(d), "AMK 8", "Désencombrement bronchique du nourrisson", meur(1720)] for d in sessions]
        y = tbl(p, 20, 106, [28, 20, 92, 30], ["Séance du", "Cotation", "Acte", "Honoraires"], rows, "lllr", "TH",
                "THB", 9, 7)
        y += 10
        for i, (lab, v) in enumerate([("Total", total), ("Part AMO 60 %", amo), ("Part AMC 40 %", amc),
                                      ("Reste à charge", pt)]):
            p.t(120, y + i * 6.5, lab, "THB" if i == 0 else "TH", 9.5)
            p.t(190, y + i * 6.5, meur(v), "THB" if i == 0 else "TH", 9.5, "r")
        p.t(20, y + 36, "Séances réalisées au cabinet. Tiers payant AMO et AMC.", "TH", 8.5, gray=0.3)

    f = F(rpps=rpps, nir=parent["nir"], patient_name=f"{parent['last']} {child_first}", patient_birth_date=birth,
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("kine bronchiolite nourrisson", [p1], [("invoice", f)], fax_name=f"KINE {doc[1]}")


def p07_dentiste_maternite(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(sex=2, year=(1988, 2000))
    doc = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    street, city, dept = g.addr()
    rpps, am, siret = make_rpps(r), am_num(r, dept, "4"), make_siret(r)
    care = workday(r)
    gross = care - D(r.randint(110, 170))
    terme = gross + D(280)
    issued = care
    nextv = care + D(r.randint(14, 40))
    number = f"{r.randint(20000, 29999)}"
    lines = [("BDC", "Examen bucco-dentaire de prévention (maternité)", 3000),
             ("HBJD001", "Détartrage et polissage des dents", 2892)]
    total = sum(v for *_, v in lines)
    amo, amc, pt = total, 0, 0
    amcn = g.amc_number()
    tel = phone(r)

    def p1(p: P):
        p.t(20, 20, f"Dr {doc[0]} {doc[1]}", "UMG", 15.4)
        p.t(20, 26, "Chirurgien-dentiste — Omnipratique", "UMG", 11.0)
        p.t(20, 31.5, f"{street} — {city}", "UMG", 9.9)
        p.t(20, 36.5, f"Tél. {tel} — RPPS {rpps} — N° AM {am}", "UMG", 9.9)
        p.line(20, 40, 190, 40, 0.5)
        p.t(105, 50, "FACTURE", "UMG", 15.4, "c")
        p.t(20, 60, f"Facture n° {number}", "UMG", 11.0)
        p.t(190, 60, f"Date : {sl(issued)}", "UMG", 11.0, "r")
        p.t(20, 70, f"Patiente : {pat['civ']} {pat['last']} {pat['first']}", "UMG", 11.0)
        p.t(20, 76, f"Née le : {sl(pat['birth'])}", "UMG", 11.0)
        p.t(20, 82, f"N° INSEE : {pat['nir']}", "UMG", 11.0)
        p.t(20, 88, f"Complémentaire santé : {amcn}", "UMG", 11.0)
        p.rect(118, 66, 72, 24, width=0.4, fill=0.95)
        p.t(121, 72, "ASSURANCE MATERNITÉ", "UMG", 9.9)
        p.t(121, 77.5, f"Début de grossesse : {sl(gross)}", "UMG", 9.4)
        p.t(121, 83, f"Terme prévu : {sl(terme)}", "UMG", 9.4)
        p.t(121, 88, "Exonération du ticket modérateur", "UMG", 8.8)
        rows = [[sl(care), c, lib, money(v)] for c, lib, v in lines]
        y = tbl(p, 20, 98, [26, 24, 90, 30], ["Date", "Code", "Acte", "Montant"], rows, "lllr", "UMG", "UMG", 9.9, 7)
        y += 10
        for i, (lab, v) in enumerate([("Total honoraires", total), ("Remboursement Sécurité sociale (100 %)", amo),
                                      ("Part mutuelle", amc), ("Reste dû", pt)]):
            p.t(100, y + i * 6.5, lab, "UMG", 10.5)
            p.t(190, y + i * 6.5, money(v), "UMG", 10.5, "r")
        p.t(20, y + 36, f"Prochain rendez-vous : {sl(nextv)}", "UMG", 9.9)
        p.t(105, 280, f"SIRET {siret_spaced(siret)} — Membre d'une association agréée", "UMG", 7.7, "c", gray=0.4)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("dentiste examen maternite", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def p08_emg_recap(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1950, 1995))
    doc = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    gp = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"], doc[1]))
    street, city, dept = g.addr()
    rpps, gp_rpps, am = make_rpps(r), make_rpps(r), am_num(r, dept, "1")
    care = workday(r)
    letter = care - D(r.randint(15, 50))
    sent = care + D(r.randint(2, 6))
    issued = care
    number = f"N{care.year % 100}-{r.randint(1000, 9999)}"
    lines = [("APC", "Avis ponctuel de consultant", 5650),
             ("AHQB027", "Électroneuromyographie des membres supérieurs", 11656)]
    total = sum(v for *_, v in lines)
    amo = pct(total, 0.70) - 200
    pt = 200
    amc = total - amo - pt
    amcn, mut = g.amc_number(), r.choice(MUTUELLES)
    tel = phone(r)

    def p1(p: P):
        p.rect(0, 0, 210, 34, fill=0.85, stroke=False)
        p.t(15, 9, "RÉCAPITULATIF", "DG", 10)
        p.t(15, 16, f"Facture {number} du {sl(issued)}", "DG", 9)
        cols = [("Montant facturé", total), ("dont Assurance Maladie", amo), ("dont complémentaire", amc),
                ("dont assuré", pt)]
        for i, (lab, v) in enumerate(cols):
            x = 15 + i * 46
            p.t(x, 24, lab, "DG", 8)
            p.t(x, 30.5, money(v), "DG", 11)
        p.t(15, 46, f"Dr {doc[0]} {doc[1]}", "DG", 15)
        p.t(15, 52, "Neurologue — Explorations fonctionnelles du système nerveux", "DG", 9.5)
        p.t(15, 57.5, f"{street}, {city} · {tel}", "DG", 9)
        p.t(195, 46, f"RPPS {rpps}", "DG", 9, "r")
        p.t(195, 51.5, f"N° AM {am}", "DG", 9, "r")
        p.t(195, 57, "Secteur 1", "DG", 9, "r")
        p.line(15, 62, 195, 62, 0.4)
        p.t(15, 72, "Détail des actes", "DG", 11)
        rows = [[sl(care), c, lib, money(v)] for c, lib, v in lines]
        y = tbl(p, 15, 77, [26, 24, 100, 30], ["Date", "Code", "Libellé", "Honoraires"], rows, "lllr", "DG", "DG", 9,
                7)
        p.t(15, y + 8, f"Examen demandé par le Dr {gp[0]} {gp[1]}, médecin traitant (RPPS {gp_rpps}), courrier du "
                       f"{sl(letter)}.", "DG", 8.5)
        p.t(15, y + 13.5, f"Compte rendu adressé au médecin traitant le {sl(sent)}.", "DG", 8.5)
        p.t(15, y + 19, "Participation forfaitaire de 2 € déduite de la part Assurance Maladie.", "DG", 8.5,
            gray=0.3)
        y2 = 232
        p.line(15, y2 - 6, 195, y2 - 6, 0.3, 0.5)
        p.t(15, y2, "Patient", "DG", 10)
        p.t(15, y2 + 6, f"{pat['last']} {pat['first']} — né(e) le {sl(pat['birth'])}", "DG", 9.5)
        p.t(15, y2 + 11.5, f"Immatriculation : {nir_spaced(pat['nir'])}", "DG", 9.5)
        p.t(15, y2 + 17, f"{mut} — N° AMC {amcn}", "DG", 9.5)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("neurologue emg recapitulatif en tete", [p1], [("invoice", f)], fax_name=f"DR {doc[1]} NEURO")


def p09_nouveau_ne(g: Gen) -> Layout:
    r = g.rng
    mother = g.person(sex=2, year=(1986, 2000))
    baby_first = r.choice(["Louise", "Gabriel", "Jade", "Raphaël", "Ambre", "Arthur", "Rose", "Maël"])
    care = workday(r)
    birth = care - D(8)
    out = birth + D(r.randint(2, 4))
    next_exam = birth + D(r.randint(30, 35))
    doc = (r.choice(FIRST_F + FIRST_M), other(r, mother["last"]))
    street, city, dept = g.addr()
    rpps, am = make_rpps(r), am_num(r, dept, "1")
    issued = care
    number = f"PED-{r.randint(10000, 99999)}"
    total = 4600
    amo, amc, pt = total, 0, 0
    amcn = g.amc_number()
    tel = phone(r)

    def p1(p: P):
        p.t(20, 22, f"Docteur {doc[0]} {doc[1]}", "SHB", 20.8)
        p.t(20, 29, "Pédiatre — ancien(ne) interne des hôpitaux — secteur 1", "SH", 14.3)
        p.t(20, 35, f"{street}, {city} — Tél. {tel}", "SH", 13.0)
        p.t(20, 41, f"RPPS {rpps} — N° AM {am}", "SH", 13.0)
        p.t(190, 55, f"Note d'honoraires n° {number}", "SHB", 15.6, "r")
        p.t(190, 62, f"Le {sl(issued)}", "SH", 14.3, "r")
        p.rect(20, 68, 170, 30, width=0.7)
        p.t(24, 76, "ASSURÉE", "SHB", 13.0, gray=0.3)
        p.t(24, 84, f"Mme {mother['last']} {mother['first']}", "SHB", 18.2)
        p.t(24, 91, f"née le {sl(mother['birth'])} — N° de sécurité sociale : {nir_spaced(mother['nir'])}", "SH", 14.3)
        p.t(24, 96, f"Organisme complémentaire : {amcn}", "SH", 13.0)
        p.t(20, 105, f"Bénéficiaire des soins : enfant {mother['last']} {baby_first}, né(e) le {sl(birth)} — rang "
                     f"de naissance : 1 (nouveau-né)", "SH", 11.7)
        rows = [[sl(care), "COE", "Consultation obligatoire de l'enfant — examen du 8e jour", money(total)]]
        y = tbl(p, 20, 113, [26, 18, 96, 30], ["Date", "Code", "Acte", "Montant"], rows, "lllr", "SH", "SHB", 13.0, 7.5)
        p.t(20, y + 7, "Certificat de santé du 8e jour rempli et remis aux parents.", "SH", 13.0)
        y += 16
        for i, (lab, v) in enumerate([("Total", total), ("Part Assurance Maladie (100 %)", amo),
                                      ("Part complémentaire", amc), ("Reste à payer", pt)]):
            p.t(110, y + i * 7, lab, "SHB" if i == 0 else "SH", 14.3)
            p.t(190, y + i * 7, money(v), "SHB" if i == 0 else "SH", 14.3, "r")
        p.t(20, y + 38, f"Sortie de maternité le {sl(out)}. Prochain examen obligatoire (1 mois) : "
                        f"{sl(next_exam)}.", "SH", 13.0)
        p.t(20, y + 45, "Tiers payant — dispense d'avance de frais.", "SH", 13.0)

    f = F(rpps=rpps, nir=mother["nir"], patient_name=f"{mother['last']} {baby_first}", patient_birth_date=birth,
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("pediatre nouveau-ne 8e jour", [p1], [("invoice", f)], fax_name=f"DR {doc[1]} PEDIATRE")


def p10_allergo_2col(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1975, 2005))
    doc = (r.choice(FIRST_F + FIRST_M), other(r, pat["last"]))
    street, city, dept = g.addr()
    rpps, am = make_rpps(r), am_num(r, dept, "1")
    pharma_finess = make_finess(r, dept if dept.isdigit() else "20")
    first = workday(r)
    sessions = [first, first + D(7), first + D(14)]
    start = first - D(r.randint(60, 200))
    issued = sessions[-1] + D(r.randint(0, 2))
    number = f"AL{issued.year}{r.randint(1000, 9999)}"
    unit = 3000
    total = 3 * unit
    amo = pct(total, 0.70) - 600
    pt = 600
    amc = total - amo - pt
    amcn = g.amc_number()
    lot = f"{digits(r, 6)}{r.choice('ABC')}"
    tel = phone(r)
    sig = f"{doc[0][0]}. {doc[1]}".encode("ascii", "ignore").decode()

    def p1(p: P):
        p.line(105, 15, 105, 270, 0.4, 0.5)
        # left column
        p.t(15, 22, f"Dr {doc[0]} {doc[1]}", "HAB", 15.6)
        p.t(15, 28, "Allergologue", "HA", 12.0)
        p.t(15, 33, "Secteur 1 — conventionné", "HA", 10.8)
        p.t(15, 40, street, "HA", 10.8)
        p.t(15, 45, city, "HA", 10.8)
        p.t(15, 50, f"Tél. {tel}", "HA", 10.8)
        p.t(15, 57, f"RPPS : {rpps}", "HA", 10.8)
        p.t(15, 62, f"N° AM : {am}", "HA", 10.8)
        p.line(15, 70, 98, 70, 0.3)
        p.t(15, 78, "PATIENT", "HAB", 10.8)
        p.t(15, 84, f"{pat['last']} {pat['first']}", "HA", 12.0)
        p.t(15, 89.5, f"Né(e) le {sl(pat['birth'])}", "HA", 10.8)
        p.t(15, 95, "N° de sécurité sociale :", "HA", 10.8)
        p.t(15, 100, nir_spaced(pat["nir"]), "HA", 11.4)
        p.line(15, 106, 98, 106, 0.3)
        p.t(15, 114, "MUTUELLE", "HAB", 10.8)
        p.t(15, 120, f"N° AMC : {amcn}", "HA", 11.4)
        p.t(15, 125.5, "Tiers payant AMO et AMC", "HA", 10.8)
        p.line(15, 131, 98, 131, 0.3)
        p.t(15, 139, "TRAITEMENT", "HAB", 10.8)
        p.t(15, 145, "Immunothérapie allergénique", "HA", 10.8)
        p.t(15, 150, "(acariens), voie sous-cutanée", "HA", 10.8)
        p.t(15, 155.5, f"Début du traitement : {sl(start)}", "HA", 10.8)
        p.t(15, 161, f"Extrait n° de lot {lot}", "HA", 10.8)
        p.t(15, 166.5, "délivré par la pharmacie", "HA", 10.8)
        p.t(15, 172, f"FINESS {pharma_finess}", "HA", 10.8)
        # right column
        p.t(112, 22, "FACTURE", "HAB", 18.0)
        p.t(112, 30, f"N° {number}", "HA", 12.0)
        p.t(112, 36, f"Date : {sl(issued)}", "HA", 12.0)
        p.t(112, 48, "Injections de désensibilisation", "HAB", 12.0)
        rows = [[sl(d), "CS", money(unit)] for d in sessions]
        y = tbl(p, 112, 52, [30, 20, 30], ["Séance", "Acte", "Montant"], rows, "lcr", "HA", "HAB", 10.8, 7)
        y += 10
        for i, (lab, v) in enumerate([("Total", total), ("Part AMO", amo), ("Part AMC", amc),
                                      ("Reste à charge", pt)]):
            p.t(112, y + i * 6.5, lab, "HAB" if i == 0 else "HA", 11.4)
            p.t(192, y + i * 6.5, money(v), "HAB" if i == 0 else "HA", 11.4, "r")
        p.t(112, y + 32, "Reste à charge : participation", "HA", 10.2, gray=0.3)
        p.t(112, y + 36.5, "forfaitaire de 2 € par séance.", "HA", 10.2, gray=0.3)
        p.t(112, y + 48, "Surveillance 30 minutes après", "HA", 10.2, gray=0.3)
        p.t(112, y + 52.5, "chaque injection.", "HA", 10.2, gray=0.3)
        p.t(150, y + 68, sig, "RU", 16)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=first, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("allergologue desensibilisation deux colonnes", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


LAYOUTS = [p01_alsace, p02_at_platre, p03_prothese_sein, p04_mpr, p05_sse, p06_kine_bronchio, p07_dentiste_maternite,
           p08_emg_recap, p09_nouveau_ne, p10_allergo_2col]


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


# ------------------------------------------------------------------------------------------------ renderings
def text_pdf27(lay: Layout) -> bytes:
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
    ap.add_argument("--out", default="documents27")
    ap.add_argument("--seed", type=int, default=271)
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
        stem = f"p1{slot:02d}"
        pdf = text_pdf27(L)
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
