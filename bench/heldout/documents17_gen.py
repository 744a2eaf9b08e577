"""cd /tmp/set17 && /work/main/.venv/bin/python documents17_gen.py --out documents17 --seed 171

Seventeenth blind held-out layout set: ten French tiers-payant documents of everyday practice, each rendered five
ways.

Written blind (without reading parsers/, classifiers/, intake/, workers/, tests/, samples/, bench/*.py other than
the set 4 and 6 generators, or any rendered held-out set), in professions and designs not used by sets 10 to 16.
Like sets 10-16 it is REALISTIC: seven ordinary documents as practice software, a word processor or an
establishment prints them, and three harder ones that a clerk still reads without hesitating.
  1. neurochirurgien secteur 2 OPTAM (RPPS) note d'honoraires in Tinos body + Arimo headings: APC with a
     'Base' / 'Dépassement' / 'Montant' table, dépassement partly covered by the AMC, the referring GP's RPPS and
     letter date, the MRI date, the clinic's FINESS as distractor, N° AM, SIRET footer;
  2. centre de radiothérapie (SELARL; the radiation oncologist's RPPS invoices) relevé in Charis SIL: period line,
     a preparation forfait + fifteen weekday sessions (dot4 dates), ALD exonération (AMO 100 %, AMC 0, patient 0),
     the medical oncologist's RPPS and the ALD protocol date as distractors, U+202F thousands ('2 984,80 €');
  3. médecin généraliste (RPPS) facture from an old practice software in Hack (monospace): UPPERCASE labels,
     rules drawn with '=' and '-', G + ECG (DEQP003), 70 % / 30 %, '44,52 EUR' amounts, issued the day after;
  4. orthoprothésiste (ADELI) facture in Arimo: tibial prosthesis parts (LPP codes, 'Prix' vs 'Tarif LPP'
     columns), grand appareillage at 100 % of the LPP tariff, stump socks above the tariff partly covered by the
     AMC and the rest left to the patient, the MPR prescriber's RPPS and ordonnance date, fitting date = care date,
     '12.03.2025' dates, NBSP thousands, SIRET;
  5. chirurgien viscéral et digestif (proctologie) secteur 1 (RPPS) in Charis SIL: CS + rubber-band ligation
     (CCAM line), long dates ('3 avril 2025'), 'Montant total / Remboursement Sécurité sociale / Part mutuelle /
     Reste dû', a control appointment after the invoice date, N° AM;
  6. centre de soins médicaux et de réadaptation (SMR, FINESS géographique in the header, FINESS juridique in the
     footer) monthly relevé of eight hôpital-de-jour days in Go: 'dd/mm/yy' dates, prix de journée 80 % / 20 %,
     IPP and séjour numbers, the MPR physician's RPPS and the operating surgeon's RPPS as distractors, the accident
     date, '3296,00 EUR' amounts without grouping;
  7. pédopsychiatre secteur 1 (RPPS) relevé of two consultations for a TEENAGER in Tinos: the insured parent's
     name and NIR ('responsable légal'), the teenager's name and birth date, '15.09.25' dates, '€ 55,00' amounts,
     care date = the first consultation;
  8. HARDER - centre hospitalier, service des urgences (FINESS géographique), Arimo + Cousine: the patient's
     identity (name, birth date, IPP, barcode) is ONLY on a hospital LABEL STICKER stuck slightly askew on the
     page; arrival at 23:41 one day and discharge after midnight the next (care date = the arrival date), forfait
     urgences + X-ray for the AMO, the forfait patient urgences (FPU 19,61) for the AMC, the emergency
     physician's RPPS as distractor, issue date days later;
  9. HARDER - médecin de la douleur (algologue) secteur 1 (RPPS) in Go Mono: the patient is the insured person's
     SPOUSE (adult ayant droit): an 'ASSURÉ' block (the husband/wife: name, birth date, NIR) beside a
     'BÉNÉFICIAIRE DES SOINS' block (name, birth date, 'qualité : conjoint'); truth nir = the insured's printed
     NIR, patient_name and patient_birth_date = the beneficiary's;
 10. HARDER - chirurgien thoracique secteur 1 (RPPS) note d'honoraires written as a LETTER in prose (Tinos, word
     processor): every field is inside sentences ('certifie avoir examiné en consultation le 20 mars 2025 ...',
     'la part obligatoire de 42,00 € ...'), the operation date months before as a distractor date, the invoice
     number and date in a closing sentence.

Rendering, identifier and JSON helpers come from documents4_gen.py (imported); text_pdf6 and the photo renderer
from documents6_gen.py. Fonts new to the held-out sets: Arimo / Tinos / Cousine (Debian fonts-croscore), Charis SIL
(fonts-sil-charis), Go / Go Mono (fonts-go), Hack (fonts-hack): `apt-get install` them before running. Every
identifier is checksum-valid (distractors too); amounts add up (check()). All random values are drawn before drawing,
so the page callables are pure.

Renderings, for every layout: <id>.text.pdf (real text layer), <id>.scan.pdf (image-only), <id>.photo.jpg (phone
photo), <id>.fax-fine.tif (G4, 204x196), <id>.fax-normal.tif (G3, 204x98). File ids are neutral: c101..c110 (the
order of the files is not the order above; see FILE_IDS). Each file gets <file>.json ground truth (same format as
sets 4-16).

Ground-truth conventions (as sets 5-16 and DOMAIN.md): care_date = first day of care for a series or a period
(an emergency visit across midnight: the arrival date); for a child or spouse beneficiary nir = the insured
person's number printed on the page, patient_name and patient_birth_date = the beneficiary's; rpps/adeli/finess =
the invoicer only (FINESS géographique for an establishment); amc_number = the complementary insurer's number, never
the adherent/member number; patient_name = 'LASTNAME Firstname' with accents as printed; a field not printed is
omitted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from stdnum import luhn  # noqa: E402
from stdnum.fr import nir as stdnir  # noqa: E402

from documents4_gen import (FIRST_F, FIRST_M, LAST, MONTHS, MUTUELLES, NBSP, NNBSP, Gen, Layout, Page, F, day,  # noqa: E402
                            digits, eur, fd, fax_tiff, make_adeli, make_finess, make_rpps, make_siret, nir_spaced,
                            pct, phone, scan_pdf, siret_spaced)
from documents6_gen import city_of, dnum, photo6, text_pdf6  # noqa: E402

_FONTS = {
    "AR": "truetype/croscore/Arimo-Regular.ttf", "ARB": "truetype/croscore/Arimo-Bold.ttf",
    "ARI": "truetype/croscore/Arimo-Italic.ttf",
    "TI": "truetype/croscore/Tinos-Regular.ttf", "TIB": "truetype/croscore/Tinos-Bold.ttf",
    "TII": "truetype/croscore/Tinos-Italic.ttf",
    "CO": "truetype/croscore/Cousine-Regular.ttf", "COB": "truetype/croscore/Cousine-Bold.ttf",
    "CH": "truetype/charis/CharisSIL-Regular.ttf", "CHB": "truetype/charis/CharisSIL-Bold.ttf",
    "CHI": "truetype/charis/CharisSIL-Italic.ttf",
    "GO": "fonts-go/Go-Regular.ttf", "GOB": "fonts-go/Go-Bold.ttf", "GOI": "fonts-go/Go-Italic.ttf",
    "GM": "fonts-go/Go-Mono.ttf", "GMB": "fonts-go/Go-Mono-Bold.ttf",
    "HA": "truetype/hack/Hack-Regular.ttf", "HAB": "truetype/hack/Hack-Bold.ttf",
}
for _a, _f in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_a, f"/usr/share/fonts/{_f}"))

HOLIDAYS17 = {dt.date(2025, m, d) for m, d in [(4, 21), (5, 1), (5, 8), (5, 29), (6, 9), (7, 14), (8, 15)]}
DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]


def workday(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def am_number(r: random.Random, dept: str, cat: str) -> str:
    return f"{dnum(dept)}{cat}{digits(r, 5)}"


def other_name(r: random.Random, *avoid: str) -> str:
    return r.choice([n for n in LAST if n not in avoid])


def wrap(text: str, font: str, size: float, width_mm: float) -> list[str]:
    """Greedy wrap on ordinary spaces only (NBSP / U+202F keep amounts and numbers together)."""
    out, cur = [], ""
    for w in text.split(" "):
        cand = w if not cur else cur + " " + w
        if pdfmetrics.stringWidth(cand, font, size) / mm <= width_mm or not cur:
            cur = cand
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


# ------------------------------------------------------------------------------------------- layouts
def l01_neurochirurgien(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1950, 1985))
    street, city, dept = g.addr()
    rpps, gp_rpps = make_rpps(r), make_rpps(r)
    am = am_number(r, dept, "1")
    siret = make_siret(r)
    clinic_finess = make_finess(r, dnum(dept))
    doc = (r.choice(FIRST_M + FIRST_F), other_name(r, pat["last"]))
    gp = other_name(r, doc[1], pat["last"])
    care = workday(day(r, (2, 10)))
    issued = care
    letter = care - dt.timedelta(days=r.randint(15, 40))
    mri = letter - dt.timedelta(days=r.randint(3, 12))
    number = f"NC-{care.year}-{r.randint(100, 2999):04d}"
    mut, amcn = r.choice(MUTUELLES), g.amc_number()
    adh = digits(r, 10)
    base, dep = 6000, r.choice([3000, 4000, 5000])
    total = base + dep
    amo = pct(base, 0.70)
    amc = (base - amo) + dep // 2
    pt = total - amo - amc
    clinic = r.choice(["Clinique du Parc", "Clinique Saint-Vincent", "Polyclinique des Quatre Pavillons"])
    tel = phone(r, ".")

    def p1(p: Page):
        p.t(18, 22, f"Docteur {doc[0]} {doc[1]}", "ARB", 14)
        p.t(18, 28, "Neurochirurgien — Ancien Chef de Clinique des Hôpitaux", "TII", 10)
        p.t(18, 33.5, "Chirurgie du rachis et des nerfs périphériques", "TI", 9.5)
        p.t(18, 39, "Conventionné secteur 2 — adhérent OPTAM", "TI", 9.5)
        p.t(18, 45, f"RPPS {rpps}", "TI", 9.5)
        p.t(70, 45, f"N° AM {am}", "TI", 9.5)
        p.t(192, 22, clinic, "ARB", 9.5, "r")
        p.t(192, 27, street, "TI", 9.5, "r")
        p.t(192, 32, city, "TI", 9.5, "r")
        p.t(192, 37, f"Secrétariat : {tel}", "TI", 9.5, "r")
        p.line(18, 50, 192, 50, 1.2, 0.2)
        p.t(105, 63, "NOTE D'HONORAIRES", "ARB", 15, "c")
        p.t(105, 70, f"N° {number}", "AR", 10, "c")
        p.rect(18, 78, 174, 34, fill=0.96, width=0.4)
        p.t(22, 85, "Patient(e)", "ARB", 9)
        p.t(60, 85, f"{pat['civ']} {pat['last']} {pat['first']}", "TIB", 11)
        p.t(22, 91.5, "Date de naissance", "AR", 9)
        p.t(60, 91.5, fd(pat["birth"]), "TI", 10)
        p.t(22, 98, "N° de sécurité sociale", "AR", 9)
        p.t(60, 98, nir_spaced(pat["nir"]), "TI", 10)
        p.t(22, 104.5, "Complémentaire", "AR", 9)
        p.t(60, 104.5, f"{mut} — N° AMC {amcn}", "TI", 10)
        p.t(60, 109.5, f"N° adhérent {adh}", "TI", 8.5, gray=0.3)
        p.t(18, 122, f"Adressé(e) par le Dr {gp} (RPPS {gp_rpps}), courrier du {fd(letter)}.", "TII", 9.5)
        p.t(18, 128, f"Avis sur IRM du rachis lombaire réalisée le {fd(mri)}.", "TII", 9.5)
        rows = [[fd(care), "APC", "Avis ponctuel de consultant", eur(base, sep=NBSP), eur(dep, sep=NBSP),
                 eur(total, sep=NBSP)]]
        y = p.table(18, 138, [25, 16, 58, 25, 27, 23], ["Date", "Code", "Acte", "Base", "Dépassement", "Montant"],
                    rows, "lcllrr", "TI", "ARB", 9.5, 7.5, head_fill=0.85)
        yy = y + 12
        for i, (lab, v) in enumerate([("Total des honoraires", total), ("Part AMO (70 % de la base)", amo),
                                      ("Part AMC (tiers payant)", amc), ("Reste à charge du patient", pt)]):
            f = "ARB" if i in (0, 3) else "AR"
            p.t(110, yy + i * 6.5, lab, f, 9.5)
            p.t(192, yy + i * 6.5, eur(v, sep=NBSP), f, 9.5, "r")
        p.line(110, yy + 1.8, 192, yy + 1.8, 0.4, 0.5)
        p.t(18, yy + 40, f"Fait à {city_of(city)}, le {fd(issued)}", "TI", 10)
        p.t(130, yy + 52, f"Dr {doc[1]}", "TII", 11)
        p.line(18, 272, 192, 272, 0.4, 0.5)
        p.t(105, 277, f"Consultations à la {clinic} — FINESS {clinic_finess} — {street}, {city}", "AR", 7, "c",
            gray=0.3)
        p.t(105, 281, f"SIRET {siret_spaced(siret)} — Dépassement d'honoraires fixé avec tact et mesure (OPTAM)", "AR",
            7, "c", gray=0.3)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("neurochirurgien-optam", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def l02_radiotherapie(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1945, 1975))
    street, city, dept = g.addr()
    rpps, onco_rpps = make_rpps(r), make_rpps(r)
    siret = make_siret(r)
    doc = (r.choice(FIRST_M + FIRST_F), other_name(r, pat["last"]))
    onco = other_name(r, doc[1], pat["last"])
    start = dt.date(2025, r.randint(2, 9), 1)
    start = workday(start + dt.timedelta(days=r.randint(0, 6)))
    sessions = []
    d = start
    while len(sessions) < 15:
        if d.weekday() < 5:
            sessions.append(d)
        d += dt.timedelta(days=1)
    issued = sessions[-1] + dt.timedelta(days=r.randint(1, 4))
    protocol = start - dt.timedelta(days=r.randint(20, 45))
    next_visit = issued + dt.timedelta(days=r.randint(25, 40))
    number = f"RT{issued.year % 100}-{r.randint(1000, 9999)}"
    mut, amcn = r.choice(MUTUELLES), g.amc_number()
    prep, sess = 31240, 17816
    lines = [(start, "ZZMP013", "Préparation et dosimétrie (forfait)", prep)]
    lines += [(s, "ZZNL061", f"Séance d'irradiation n° {i + 1}", sess) for i, s in enumerate(sessions)]
    total = sum(x[3] for x in lines)
    amo, amc, pt = total, 0, 0
    centre = f"Centre de Radiothérapie {r.choice(['des Tilleuls', 'Marie Curie', 'du Val', 'Saint-Louis'])}"

    def p1(p: Page):
        p.rect(0, 0, 210, 30, fill=0.9, stroke=False)
        p.t(16, 13, centre, "CHB", 15)
        p.t(16, 19.5, f"SELARL de radiothérapie oncologique — {street}, {city}", "CH", 9)
        p.t(16, 25, f"SIRET {siret_spaced(siret)}", "CH", 8.5, gray=0.25)
        p.t(16, 40, f"Dr {doc[0]} {doc[1]}, oncologue radiothérapeute — RPPS {rpps}", "CHB", 10)
        p.t(16, 50, "RELEVÉ D'HONORAIRES", "CHB", 12)
        p.t(16, 55.5, "Radiothérapie externe", "CHI", 10)
        p.t(16, 61, f"Relevé n° {number} du {fd(issued, 'dot4')}", "CH", 10)
        p.t(16, 67, f"Période : du {fd(sessions[0], 'dot4')} au {fd(sessions[-1], 'dot4')}", "CH", 10)
        p.rect(118, 44, 76, 27, width=0.4, radius=1.5)
        p.t(121, 49.5, "Patient", "CHI", 8.5, gray=0.3)
        p.t(121, 55, f"{pat['civ']} {pat['last']} {pat['first']}", "CHB", 10)
        p.t(121, 60, f"né(e) le {fd(pat['birth'], 'dot4')}", "CH", 9)
        p.t(121, 64.5, f"NIR {nir_spaced(pat['nir'])}", "CH", 9)
        p.t(121, 69, f"{mut} — AMC {amcn}", "CH", 8.5)
        p.t(16, 76, f"Exonération ALD — protocole de soins du {fd(protocol, 'dot4')}. Oncologue référent : "
                    f"Dr {onco} (RPPS {onco_rpps}).", "CHI", 8.5)
        rows = [[fd(x[0], "dot4"), DAYS[x[0].weekday()], x[1], x[2], eur(x[3], sep=NNBSP)] for x in lines]
        y = p.table(16, 81, [26, 14, 24, 86, 28], ["Date", "Jour", "Code", "Libellé", "Montant"], rows, "lcllr", "CH", "CHB", 8.5, 5.6, head_fill=0.85, vlines=False)
        yy = y + 8
        for i, (lab, v) in enumerate([("Montant total", total), ("Part Assurance Maladie (ALD 100 %)", amo),
                                      ("Part complémentaire", amc), ("Reste à charge", pt)]):
            p.t(100, yy + i * 6, lab, "CHB" if i == 0 else "CH", 9.5)
            p.t(194, yy + i * 6, eur(v, sep=NNBSP), "CHB" if i == 0 else "CH", 9.5, "r")
        p.t(16, yy + 32, f"Prochaine consultation de surveillance : {fd(next_visit, 'dot4')}.", "CHI", 9)
        p.line(16, 282, 194, 282, 0.3, 0.5)
        p.t(105, 286, f"{centre} — {street} — {city}", "CH", 7, "c", gray=0.35)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=start, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("radiotherapie-ald", [p1], [("invoice", f)], fax_name="RADIOTHERAPIE")


def l03_generaliste_hack(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1948, 1995))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    am = am_number(r, dept, "1")
    doc = (r.choice(FIRST_M + FIRST_F), other_name(r, pat["last"]))
    care = day(r, (1, 10))
    issued = care + dt.timedelta(days=1)
    number = f"{care.year}/{r.randint(1, 9999):05d}"
    mut, amcn = r.choice(MUTUELLES), g.amc_number()
    acts = [("G", "CONSULTATION", 3000), ("DEQP003", "ECG SUR AU MOINS 12 DERIVATIONS", 1452)]
    total = sum(a[2] for a in acts)
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    tel = phone(r)
    W = 70

    def p1(p: Page):
        lines = [
            f"CABINET MEDICAL - {street.upper()}",
            f"{city}                      TEL {tel}",
            f"DR {doc[1]} {doc[0].upper()}",
            "MEDECINE GENERALE - CONVENTIONNE SECTEUR 1",
            f"RPPS : {rpps}       N° AM : {am}",
            "=" * W,
            f"FACTURE N° {number}".ljust(44) + f"EDITEE LE {fd(issued)}",
            "=" * W,
            f"PATIENT      : {pat['last']} {pat['first']}",
            f"NE(E) LE     : {fd(pat['birth'])}",
            f"NIR          : {nir_spaced(pat['nir'])}",
            f"COMPLEMENT.  : {mut.upper()}",
            f"N° AMC       : {amcn}            TIERS PAYANT : OUI",
            "-" * W,
            "DATE        CODE      LIBELLE                               MONTANT",
            "-" * W,
        ]
        for code, lab, v in acts:
            lines.append(f"{fd(care)}  {code:<9} {lab:<33} {eur(v, 'plain'):>10}")
        lines += ["-" * W,
                  f"{'TOTAL HONORAIRES':<50}{eur(total, 'EUR'):>20}",
                  f"{'PART AMO (70%)':<50}{eur(amo, 'EUR'):>20}",
                  f"{'PART AMC (TIERS PAYANT)':<50}{eur(amc, 'EUR'):>20}",
                  f"{'RESTE A CHARGE':<50}{eur(pt, 'EUR'):>20}",
                  "=" * W, "",
                  "ACTES EFFECTUES AU CABINET - FACTURE ACQUITTEE PAR TIERS PAYANT",
                  "EN CAS DE NON PRISE EN CHARGE PAR VOTRE COMPLEMENTAIRE, LE MONTANT",
                  "RESTANT SERA A REGLER AU CABINET."]
        for i, s in enumerate(lines):
            bold = i in (2, 6) or s.startswith("TOTAL")
            p.t(18, 22 + i * 5.2, s, "HAB" if bold else "HA", 8.6)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("generaliste-hack", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def l04_orthoprothesiste(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1950, 1990))
    street, city, dept = g.addr()
    adeli = make_adeli(r, dnum(dept), "82")
    mpr_rpps = make_rpps(r)
    siret = make_siret(r)
    who = (r.choice(FIRST_M + FIRST_F), other_name(r, pat["last"]))
    mpr = other_name(r, who[1], pat["last"])
    fitted = workday(day(r, (2, 10)))
    issued = fitted + dt.timedelta(days=r.randint(0, 3))
    presc = fitted - dt.timedelta(days=r.randint(30, 70))
    number = f"OP-{issued.year % 100}-{r.randint(100, 999)}"
    mut, amcn = r.choice(MUTUELLES), g.amc_number()
    # (LPP, label, qty, unit price, unit tariff)
    items = [("2755217", "Emboîture de contact tibiale, moulage + essayage", 1, 112050, 112050),
             ("2726060", "Manchon silicone avec accroche distale", 1, 64312, 64312),
             ("2747330", "Pied prothétique à restitution d'énergie", 1, 151804, 151804),
             ("2773094", "Chaussettes de moignon (lot)", 6, 900, 540)]
    price = sum(q * pu for _, _, q, pu, _ in items)
    tariff = sum(q * t for _, _, q, _, t in items)
    total = price
    amo = tariff
    over = price - tariff
    amc = over // 2
    pt = over - amc

    def p1(p: Page):
        p.rect(16, 14, 4, 30, fill=0.2, stroke=False)
        p.t(24, 20, "ATELIER D'ORTHOPROTHÈSE", "ARB", 13)
        p.t(24, 26, f"{who[0]} {who[1]} — Orthoprothésiste D.E.", "AR", 10)
        p.t(24, 31, f"{street} — {city}", "AR", 9)
        p.t(24, 36, f"N° ADELI {adeli}", "ARB", 9)
        p.t(24, 41, f"SIRET {siret_spaced(siret)}", "AR", 8.5, gray=0.3)
        p.t(194, 20, "FACTURE", "ARB", 18, "r")
        p.t(194, 27, f"N° {number}", "AR", 10, "r")
        p.t(194, 32, f"Date : {fd(issued, 'dot4')}", "AR", 10, "r")
        p.rect(16, 52, 86, 30, width=0.5, radius=2)
        p.t(19, 58, "ASSURÉ(E) / PATIENT(E)", "ARB", 8, gray=0.3)
        p.t(19, 64, f"{pat['civ']} {pat['last']} {pat['first']}", "ARB", 10)
        p.t(19, 69.5, f"Né(e) le {fd(pat['birth'], 'dot4')}", "AR", 9)
        p.t(19, 75, f"NIR {nir_spaced(pat['nir'])}", "AR", 9)
        p.rect(108, 52, 86, 30, width=0.5, radius=2)
        p.t(111, 58, "PRESCRIPTION / PRISE EN CHARGE", "ARB", 8, gray=0.3)
        p.t(111, 64, f"Dr {mpr}, MPR — RPPS {mpr_rpps}", "AR", 9)
        p.t(111, 69.5, f"Ordonnance du {fd(presc, 'dot4')}", "AR", 9)
        p.t(111, 75, f"{mut} — N° AMC {amcn}", "AR", 9)
        p.t(16, 92, f"Appareillage livré et adapté le {fd(fitted, 'dot4')} — prothèse tibiale (renouvellement).", "ARI",
            9.5)
        rows = [[c, lab, str(q), eur(q * pu, sep=NBSP), eur(q * t, sep=NBSP)] for c, lab, q, pu, t in items]
        y = p.table(16, 98, [22, 88, 12, 28, 28], ["Code LPP", "Désignation", "Qté", "Prix", "Tarif LPP"], rows,
                    "llcrr", "AR", "ARB", 8.8, 7, head_fill=0.88)
        yy = y + 10
        for i, (lab, v) in enumerate([("Total facturé", total), ("Part AMO (100 % du tarif LPP)", amo),
                                      ("Part AMC", amc), ("Reste à charge assuré", pt)]):
            p.t(112, yy + i * 6.5, lab, "ARB" if i == 0 else "AR", 9.5)
            p.t(194, yy + i * 6.5, eur(v, sep=NBSP), "ARB" if i == 0 else "AR", 9.5, "r")
        p.t(16, yy + 36, "Grand appareillage — garantie 1 an pièces et main d'œuvre.", "ARI", 8.5)
        p.t(105, 284, f"{who[1]} Orthoprothèse — {street}, {city} — SIRET {siret}", "AR", 7, "c", gray=0.35)

    f = F(adeli=adeli, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=fitted, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("orthoprothesiste", [p1], [("invoice", f)], fax_name="ORTHOPROTHESE")


def l05_proctologue(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1955, 1992))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    am = am_number(r, dept, "1")
    doc = (r.choice(FIRST_M + FIRST_F), other_name(r, pat["last"]))
    care = workday(day(r, (1, 10)))
    issued = care
    control = care + dt.timedelta(days=r.randint(25, 45))
    number = f"{r.randint(10000, 99999)}"
    mut, amcn = r.choice(MUTUELLES), g.amc_number()
    acts = [("CS", "Consultation spécialiste", 3000), ("EGED001", "Ligature élastique d'hémorroïdes", 6270)]
    total = sum(a[2] for a in acts)
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    tel = phone(r)

    def p1(p: Page):
        p.t(105, 20, f"Docteur {doc[0]} {doc[1]}", "CHB", 15, "c")
        p.t(105, 27, "Chirurgie viscérale et digestive — Proctologie", "CHI", 10.5, "c")
        p.t(105, 33, f"{street} — {city} — Tél. {tel}", "CH", 9, "c")
        p.t(105, 38.5, f"RPPS {rpps} · N° AM {am} · Secteur 1", "CH", 9, "c")
        p.line(60, 43, 150, 43, 0.5)
        p.t(16, 56, f"{city_of(city)}, le {fd(issued, 'long')}", "CH", 10)
        p.t(16, 68, "Note d'honoraires", "CHB", 14)
        p.t(16, 74.5, f"N° {number}", "CH", 10)
        p.t(110, 56, f"{pat['civ']} {pat['last']} {pat['first']}", "CHB", 10.5)
        p.t(110, 62, f"Date de naissance : {fd(pat['birth'], 'long')}", "CH", 9.5)
        p.t(110, 68, f"N° d'immatriculation : {nir_spaced(pat['nir'])}", "CH", 9.5)
        p.t(110, 74, f"Mutuelle : {mut}", "CH", 9.5)
        p.t(110, 80, f"N° AMC : {amcn}", "CH", 9.5)
        p.t(16, 92, f"Actes réalisés le {fd(care, 'long')} :", "CH", 10)
        y = 100
        for code, lab, v in acts:
            p.leader(20, y, 194, f"{code} — {lab}", eur(v, sep=NBSP), "CH", "CH", 10)
            y += 7
        p.line(120, y - 2, 194, y - 2, 0.5)
        y += 4
        for i, (lab, v) in enumerate([("Montant total", total), ("Remboursement Sécurité sociale", amo),
                                      ("Part mutuelle", amc), ("Reste dû", pt)]):
            p.leader(100, y + i * 6.5, 194, lab, eur(v, sep=NBSP), "CHB" if i in (0, 3) else "CH",
                     "CHB" if i in (0, 3) else "CH", 10)
        p.t(16, y + 40, f"Contrôle prévu le {fd(control, 'long')}.", "CHI", 9.5)
        p.t(16, y + 46, "Tiers payant appliqué sur la part obligatoire et la part complémentaire.", "CHI", 9.5)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("proctologue", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def l06_smr_hdj(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1950, 1990))
    street, city, dept = g.addr()
    fin_geo, fin_jur = make_finess(r, dnum(dept)), make_finess(r, dnum(dept))
    mpr_rpps, surg_rpps = make_rpps(r), make_rpps(r)
    siret = make_siret(r)
    mpr, surg = other_name(r, pat["last"]), other_name(r, pat["last"])
    month = r.randint(2, 9)
    days_ = []
    d = dt.date(2025, month, 1)
    while d.month == month:
        if d.weekday() in (0, 2, 4) and d not in HOLIDAYS17:
            days_.append(d)
        d += dt.timedelta(days=1)
    k = r.randint(0, 1)
    days_ = days_[k:k + 8]
    issued = dt.date(2025, month + 1, r.randint(2, 6))
    accident = days_[0] - dt.timedelta(days=r.randint(40, 90))
    ipp, sej = digits(r, 8), f"{issued.year % 100}{digits(r, 7)}"
    number = f"{r.randint(200000, 999999)}"
    mut, amcn = r.choice(MUTUELLES), g.amc_number()
    pj = 41200
    total = pj * len(days_)
    amo = pct(total, 0.80)
    amc = total - amo
    pt = 0
    name = f"Centre SMR {r.choice(['Les Cèdres', 'Le Belvédère', 'Les Tamaris'])}"

    def p1(p: Page):
        p.rect(16, 14, 178, 26, width=1.0)
        p.t(20, 21, name, "GOB", 14)
        p.t(20, 27, "Soins médicaux et de réadaptation — Hôpital de jour locomoteur", "GO", 9)
        p.t(20, 32.5, f"{street} {city}", "GO", 9)
        p.t(20, 37.5, f"FINESS établissement : {fin_geo}", "GOB", 9)
        p.t(190, 21, "RELEVÉ DE FACTURATION", "GOB", 11, "r")
        p.t(190, 27, f"Facture n° {number}", "GO", 9.5, "r")
        p.t(190, 32.5, f"Éditée le {fd(issued)}", "GO", 9.5, "r")
        p.t(16, 50, "Patient", "GOB", 9)
        p.t(16, 55.5, f"{pat['last']} {pat['first']}", "GOB", 10.5)
        p.t(16, 61, f"Né(e) le {fd(pat['birth'])}", "GO", 9)
        p.t(16, 66.5, f"N° SS {nir_spaced(pat['nir'])}", "GO", 9)
        p.t(16, 72, f"IPP {ipp} — Séjour {sej}", "GO", 8.5, gray=0.3)
        p.t(110, 50, "Organisme complémentaire", "GOB", 9)
        p.t(110, 55.5, mut, "GO", 9.5)
        p.t(110, 61, f"N° AMC {amcn}", "GO", 9.5)
        p.t(110, 66.5, f"Accident du {fd(accident)} — opéré par le Dr {surg} (RPPS {surg_rpps})", "GO", 7.5,
            gray=0.3)
        p.t(110, 72, f"Médecin MPR : Dr {mpr} (RPPS {mpr_rpps})", "GO", 7.5, gray=0.3)
        p.t(16, 84, f"Journées d'hospitalisation de jour — {MONTHS[month - 1]} {days_[0].year}", "GOB", 10)
        rows = [[fd(x, "dot2").replace(".", "/"), "HDJ SMR", "Prix de journée", "80 %", f"{pj // 100},{pj % 100:02d}"]
                for x in days_]
        y = p.table(16, 89, [28, 28, 62, 20, 40], ["Date", "Code", "Libellé", "Taux", "Montant (EUR)"], rows,
                    "lllcr", "GO", "GOB", 9, 6.5, head_fill=0.9)
        yy = y + 10
        for i, (lab, v) in enumerate([("TOTAL", total), ("Part Assurance Maladie (80 %)", amo),
                                      ("Ticket modérateur — part complémentaire", amc), ("À la charge du patient", pt)]):
            p.t(90, yy + i * 6.5, lab, "GOB" if i == 0 else "GO", 9.5)
            p.t(190, yy + i * 6.5, eur(v, "EURn"), "GOB" if i == 0 else "GO", 9.5, "r")
        p.line(16, 276, 194, 276, 0.4, 0.5)
        p.t(105, 281, f"Association gestionnaire — FINESS juridique {fin_jur} — SIRET {siret_spaced(siret)}", "GO", 7,
            "c", gray=0.35)

    f = F(finess=fin_geo, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=days_[0], total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("smr-hdj", [p1], [("invoice", f)], fax_name="SMR HDJ")


def l07_pedopsychiatre(g: Gen) -> Layout:
    r = g.rng
    parent = g.person(year=(1972, 1988))
    teen_first = r.choice(FIRST_F + FIRST_M)
    teen_birth = dt.date(r.randint(2009, 2012), r.randint(1, 12), r.randint(1, 28))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    am = am_number(r, dept, "1")
    doc = (r.choice(FIRST_M + FIRST_F), other_name(r, parent["last"]))
    c1 = workday(day(r, (1, 9)))
    c2 = c1 + dt.timedelta(days=14)
    issued = c2
    number = f"PP{issued.year}{r.randint(100, 999)}"
    mut, amcn = r.choice(MUTUELLES), g.amc_number()
    fee = 5500
    total = 2 * fee
    amo = 2 * pct(fee, 0.70)
    amc = total - amo
    pt = 0

    def p1(p: Page):
        p.t(16, 22, f"Dr {doc[0]} {doc[1]}", "TIB", 14)
        p.t(16, 28, "Psychiatre de l'enfant et de l'adolescent", "TII", 10.5)
        p.t(16, 33.5, f"{street}, {city}", "TI", 9.5)
        p.t(16, 39, f"RPPS : {rpps} — N° AM : {am} — Conventionné secteur 1", "TI", 9.5)
        p.rect(120, 15, 74, 24, width=0.6)
        p.t(157, 23, "RELEVÉ D'HONORAIRES", "TIB", 11, "c")
        p.t(157, 29.5, f"N° {number}", "TI", 10, "c")
        p.t(157, 35.5, f"Date : {fd(issued, 'dot2')}", "TI", 10, "c")
        p.t(16, 54, "Patient(e) :", "TIB", 10)
        p.t(50, 54, f"{parent['last']} {teen_first}", "TIB", 10.5)
        p.t(50, 60, f"Date de naissance : {fd(teen_birth, 'dot2')}", "TI", 10)
        p.t(16, 70, "Responsable légal / assuré(e) :", "TIB", 10)
        p.t(72, 70, f"{parent['civ']} {parent['last']} {parent['first']}", "TI", 10.5)
        p.t(72, 76, f"N° de sécurité sociale : {nir_spaced(parent['nir'])}", "TI", 10)
        p.t(72, 82, f"Complémentaire : {mut} — n° AMC {amcn}", "TI", 10)
        rows = [[fd(c, "dot2"), "CNPSY", "Consultation de psychiatrie", eur(fee, "pre")] for c in (c1, c2)]
        y = p.table(16, 94, [30, 25, 85, 38], ["Date", "Code", "Acte", "Honoraires"], rows, "lclr",
                    "TI", "TIB", 10, 7.5, head_fill=None)
        yy = y + 10
        for i, (lab, v) in enumerate([("Total", total), ("Part Assurance Maladie", amo),
                                      ("Part complémentaire", amc), ("Reste à votre charge", pt)]):
            p.t(110, yy + i * 6.5, lab, "TIB" if i == 0 else "TI", 10)
            p.t(194, yy + i * 6.5, eur(v, "pre"), "TIB" if i == 0 else "TI", 10, "r")
        p.t(16, yy + 36, "Parcours de soins coordonné — tiers payant intégral.", "TII", 9.5)

    f = F(rpps=rpps, nir=parent["nir"], patient_name=f"{parent['last']} {teen_first}", patient_birth_date=teen_birth,
          invoice_number=number, invoice_date=issued, care_date=c1, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("pedopsychiatre-ado", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def l08_urgences_etiquette(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1950, 2000))
    street, city, dept = g.addr()
    fin = make_finess(r, dnum(dept))
    urg_rpps = make_rpps(r)
    siret = make_siret(r)
    urg = other_name(r, pat["last"])
    arrival = day(r, (1, 9))
    departure = arrival + dt.timedelta(days=1)
    t_in = f"23:{r.randint(10, 55):02d}"
    t_out = f"0{r.randint(2, 5)}:{r.randint(0, 59):02d}"
    issued = departure + dt.timedelta(days=r.randint(5, 15))
    ipp, sej = digits(r, 9), digits(r, 9)
    number = f"{issued.year}{digits(r, 6)}"
    mut, amcn = r.choice(MUTUELLES), g.amc_number()
    lines = [("FU", "Forfait d'activité urgences", 9671, "AMO"),
             ("MZQK002", "Radiographie du poignet (2 incidences)", 1995, "AMO"),
             ("FPU", "Forfait patient urgences", 1961, "AMC")]
    total = sum(x[2] for x in lines)
    amo = sum(x[2] for x in lines if x[3] == "AMO")
    amc = sum(x[2] for x in lines if x[3] == "AMC")
    pt = 0
    hosp = f"Centre Hospitalier de {city_of(city)}"

    def p1(p: Page):
        p.t(16, 20, hosp.upper(), "ARB", 13)
        p.t(16, 26, "Pôle urgences — Service d'accueil des urgences", "AR", 9.5)
        p.t(16, 31, f"{street} — {city}", "AR", 9)
        p.t(16, 36, f"FINESS {fin}", "ARB", 9)
        p.t(16, 50, "FACTURE — PASSAGE AUX URGENCES", "ARB", 12)
        p.t(16, 56.5, f"Facture n° {number}     Date d'émission : {fd(issued)}", "AR", 9.5)
        # patient sticker (hospital label), slightly askew
        c = p.c
        c.saveState()
        c.translate(118 * mm, p.h - 14 * mm)
        c.rotate(-2.5)
        c.setFillGray(0.97)
        c.setStrokeGray(0.55)
        c.setLineWidth(0.5)
        c.roundRect(0, -34 * mm, 76 * mm, 34 * mm, 2 * mm, stroke=1, fill=1)
        c.setFillGray(0)
        c.setFont("COB", 10)
        c.drawString(3 * mm, -6 * mm, f"{pat['last']} {pat['first']}")
        c.setFont("CO", 8.5)
        c.drawString(3 * mm, -11 * mm, f"Né(e) le {fd(pat['birth'])}  Sexe {'F' if pat['sex'] == 2 else 'M'}")
        c.drawString(3 * mm, -15.5 * mm, f"IPP {ipp}")
        c.drawString(3 * mm, -20 * mm, f"Séjour {sej}  UF 4120")
        c.restoreState()
        barcode_rot(p, 118, 14, -2.5, ipp)
        p.rect(16, 66, 178, 28, width=0.5, fill=0.97)
        p.t(20, 72, "Assuré(e) — N° d'immatriculation", "AR", 8.5, gray=0.3)
        p.t(20, 78, nir_spaced(pat["nir"]), "ARB", 10.5)
        p.t(20, 85, f"Organisme complémentaire : {mut}", "AR", 9)
        p.t(20, 90.5, f"N° AMC : {amcn}", "AR", 9)
        p.t(110, 72, "Passage", "AR", 8.5, gray=0.3)
        p.t(110, 78, f"Arrivée le {fd(arrival)} à {t_in}", "AR", 9.5)
        p.t(110, 84, f"Sortie le {fd(departure)} à {t_out}", "AR", 9.5)
        p.t(110, 90, f"Médecin : Dr {urg} (RPPS {urg_rpps})", "AR", 8, gray=0.3)
        rows = [[fd(arrival), code, lab, who, eur(v, sep=NBSP)] for code, lab, v, who in lines]
        y = p.table(16, 102, [24, 22, 86, 16, 30], ["Date", "Code", "Prestation", "Payeur", "Montant"], rows,
                    "lllcr", "AR", "ARB", 8.8, 7, head_fill=0.86)
        yy = y + 10
        for i, (lab, v) in enumerate([("Total des prestations", total), ("Pris en charge Assurance Maladie", amo),
                                      ("Pris en charge complémentaire", amc), ("Reste à payer", pt)]):
            p.t(100, yy + i * 6.5, lab, "ARB" if i in (0, 3) else "AR", 9.5)
            p.t(194, yy + i * 6.5, eur(v, sep=NBSP), "ARB" if i in (0, 3) else "AR", 9.5, "r")
        p.t(16, yy + 34, "Le forfait patient urgences est dû pour tout passage non suivi d'hospitalisation.", "ARI",
            8.5)
        p.line(16, 278, 194, 278, 0.4, 0.5)
        p.t(105, 283, f"{hosp} — SIRET {siret_spaced(siret)} — Trésorerie hospitalière", "AR", 7, "c", gray=0.35)

    f = F(finess=fin, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=arrival, total_amount=total, amo_amount=amo, amc_amount=amc,
          patient_amount=pt, amc_number=amcn)
    return Layout("urgences-etiquette", [p1], [("invoice", f)], fax_name="CH URGENCES")


def barcode_rot(p: Page, x: float, y: float, angle: float, code: str) -> None:
    c = p.c
    c.saveState()
    c.translate(x * mm, p.h - y * mm)
    c.rotate(angle)
    cx = 3.0
    pattern = "101" + "".join(f"{int(ch):04b}" + "0" for ch in code) + "101"
    c.setFillGray(0)
    for i, b in enumerate(pattern):
        wdt = 0.32 * (2 if i % 3 == 0 else 1)
        if b == "1":
            c.rect(cx * mm, -32 * mm, wdt * mm, 9 * mm, stroke=0, fill=1)
        cx += wdt + 0.2
    c.restoreState()


def l09_algologue_conjoint(g: Gen) -> Layout:
    r = g.rng
    ins = g.person(year=(1955, 1980))
    spouse_sex = 2 if ins["sex"] == 1 else 1
    sp_first = r.choice(FIRST_F if spouse_sex == 2 else FIRST_M)
    sp_birth = dt.date(r.randint(1955, 1982), r.randint(1, 12), r.randint(1, 28))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    am = am_number(r, dept, "1")
    doc = (r.choice(FIRST_M + FIRST_F), other_name(r, ins["last"]))
    care = workday(day(r, (1, 10)))
    issued = care + dt.timedelta(days=r.randint(0, 2))
    number = f"DL-{r.randint(1000, 9999)}"
    mut, amcn = r.choice(MUTUELLES), g.amc_number()
    adh = digits(r, 9)
    acts = [("APC", "Avis ponctuel de consultant (douleur chronique)", 6000)]
    total = sum(a[2] for a in acts)
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0

    def p1(p: Page):
        p.t(16, 20, f"Dr {doc[0]} {doc[1].upper()}", "GMB", 12)
        p.t(16, 25.5, "Médecin spécialiste — Évaluation et traitement de la douleur", "GM", 8.5)
        p.t(16, 30.5, f"{street}, {city}", "GM", 8.5)
        p.t(16, 35.5, f"RPPS {rpps}  N° AM {am}  Secteur 1", "GM", 8.5)
        p.t(194, 20, "FACTURE", "GMB", 14, "r")
        p.t(194, 26, f"N° {number}", "GM", 9, "r")
        p.t(194, 31, f"Date {fd(issued)}", "GM", 9, "r")
        p.rect(16, 44, 86, 38, width=0.6)
        p.t(19, 50, "ASSURÉ(E)", "GMB", 9)
        p.t(19, 57, f"{ins['last']} {ins['first']}", "GM", 9.5)
        p.t(19, 63, f"Né(e) le {fd(ins['birth'])}", "GM", 8.5)
        p.t(19, 69, f"NIR {nir_spaced(ins['nir'])}", "GM", 8.5)
        p.t(19, 75, f"Caisse : CPAM {city_of(city)}", "GM", 8.5)
        p.rect(108, 44, 86, 38, width=1.2)
        p.t(111, 50, "BÉNÉFICIAIRE DES SOINS", "GMB", 9)
        p.t(111, 57, f"{ins['last']} {sp_first}", "GMB", 9.5)
        p.t(111, 63, f"Né(e) le {fd(sp_birth)}", "GM", 8.5)
        p.t(111, 69, "Qualité : conjoint(e)", "GM", 8.5)
        p.t(111, 75, f"{mut} — AMC {amcn}", "GM", 8)
        p.t(16, 90, f"N° adhérent complémentaire : {adh}", "GM", 8, gray=0.3)
        rows = [[fd(care), code, lab, eur(v, "plain")] for code, lab, v in acts]
        y = p.table(16, 96, [26, 16, 106, 30], ["Date", "Code", "Libellé", "Montant €"], rows, "lclr", "GM", "GMB",
                    8.5, 7, head_fill=0.9)
        yy = y + 10
        for i, (lab, v) in enumerate([("Total", total), ("Part obligatoire (70 %)", amo),
                                      ("Part complémentaire", amc), ("Reste à charge", pt)]):
            p.t(104, yy + i * 6, lab, "GMB" if i == 0 else "GM", 9)
            p.t(194, yy + i * 6, eur(v, sep=NBSP), "GMB" if i == 0 else "GM", 9, "r")
        p.t(16, yy + 32, "Tiers payant AMO + AMC. Facture à conserver.", "GM", 8)

    f = F(rpps=rpps, nir=ins["nir"], patient_name=f"{ins['last']} {sp_first}", patient_birth_date=sp_birth,
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("algologue-conjoint", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def l10_thoracique_lettre(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1948, 1980))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    am = am_number(r, dept, "1")
    doc = (r.choice(FIRST_M + FIRST_F), other_name(r, pat["last"]))
    care = workday(day(r, (3, 10)))
    issued = care + dt.timedelta(days=r.randint(1, 5))
    surgery = care - dt.timedelta(days=r.randint(60, 120))
    number = f"CT-{issued.year % 100}-{r.randint(100, 999):04d}"
    mut, amcn = r.choice(MUTUELLES), g.amc_number()
    total = 6000
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    born = "né" if pat["sex"] == 1 else "née"
    imm = "immatriculé" if pat["sex"] == 1 else "immatriculée"
    op = "opéré" if pat["sex"] == 1 else "opérée"
    tel = phone(r)

    def p1(p: Page):
        p.t(16, 22, f"Docteur {doc[0]} {doc[1]}", "TIB", 13)
        p.t(16, 27.5, "Chirurgien thoracique et cardio-vasculaire", "TI", 10)
        p.t(16, 32.5, f"{street}", "TI", 10)
        p.t(16, 37.5, f"{city} — Tél. {tel}", "TI", 10)
        p.t(194, 50, f"{city_of(city)}, le {fd(issued, 'long')}", "TI", 11, "r")
        p.t(16, 64, "Objet : note d'honoraires — consultation", "TIB", 11)
        paras = [
            f"Je soussigné(e), Docteur {doc[0]} {doc[1]}, chirurgien thoracique conventionné en secteur 1, "
            f"inscrit(e) au RPPS sous le n° {rpps} (n° AM {am}), certifie avoir examiné en consultation le "
            f"{fd(care, 'long')} {pat['civ']} {pat['last']} {pat['first']}, {born} le {fd(pat['birth'], 'long')}, "
            f"{imm} sous le n° {nir_spaced(pat['nir']).replace(' ', NBSP)}.",
            f"Il s'agissait de la consultation de suivi après la lobectomie pulmonaire dont {pat['civ']} "
            f"{pat['last']} a été {op} le {fd(surgery, 'long')}.",
            f"Les honoraires correspondants s'élèvent à {eur(total, sep=NBSP).replace(' ', NBSP)} (avis ponctuel "
            f"de consultant, APC). Conformément au tiers payant, la part obligatoire de "
            f"{eur(amo, sep=NBSP).replace(' ', NBSP)} est demandée à l'Assurance Maladie et la part complémentaire "
            f"de {eur(amc, sep=NBSP).replace(' ', NBSP)} à {mut} (n° AMC {amcn}) ; le reste à charge du patient "
            f"est de {eur(pt, sep=NBSP).replace(' ', NBSP)}.",
            f"La présente note d'honoraires porte le n° {number} ; elle a été établie le "
            f"{fd(issued, 'long')} pour servir et valoir ce que de droit.",
        ]
        y = 78
        for para in paras:
            for ln in wrap(para, "TI", 11, 176):
                p.t(16, y, ln, "TI", 11)
                y += 6
            y += 4
        p.t(120, y + 12, f"Dr {doc[0]} {doc[1]}", "TII", 11)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"], invoice_number=number,
          invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo, amc_amount=amc, patient_amount=pt,
          amc_number=amcn)
    return Layout("thoracique-lettre", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


LAYOUTS = [l01_neurochirurgien, l02_radiotherapie, l03_generaliste_hack, l04_orthoprothesiste, l05_proctologue,
           l06_smr_hdj, l07_pedopsychiatre, l08_urgences_etiquette, l09_algologue_conjoint, l10_thoracique_lettre]
# file id -> layout number (1-based, as in the docstring)
FILE_IDS = {"c101": 7, "c102": 3, "c103": 9, "c104": 1, "c105": 6, "c106": 10, "c107": 4, "c108": 2, "c109": 8,
            "c110": 5}


# ------------------------------------------------------------------------------------------- checks
def check(lay: Layout) -> None:
    """Identifiers valid and amounts consistent, or fail loudly."""
    assert len(lay.docs) == 1
    for kind, f in lay.docs:
        assert kind == "invoice"
        if "rpps" in f:
            assert len(f["rpps"]) == 11 and f["rpps"][0] == "1" and luhn.is_valid(f["rpps"]), f["rpps"]
        for k in ("adeli", "finess"):
            if k in f:
                assert len(f[k]) == 9 and luhn.is_valid(f[k]), (k, f[k])
        assert sum(k in f for k in ("rpps", "adeli", "finess")) == 1
        n = f["nir"]
        assert stdnir.is_valid(n) and len(n) == 15 and n[0] in "12" and 1 <= int(n[3:5]) <= 12, n
        c = {k: int(f[k].replace(".", "")) for k in ("total_amount", "amo_amount", "amc_amount", "patient_amount")}
        assert c["total_amount"] == c["amo_amount"] + c["amc_amount"] + c["patient_amount"], (lay.id, c)
        assert all(v >= 0 for v in c.values())
        assert f["amc_number"].isdigit() and len(f["amc_number"]) in (8, 9), f["amc_number"]
        last = f["patient_name"].split(" ")[0]
        assert last.replace("-", "").isupper(), f["patient_name"]
        assert f["care_date"] <= f["invoice_date"], lay.id
        assert f["patient_birth_date"] < f["care_date"]


# ------------------------------------------------------------------------------------------- main
def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="documents17")
    ap.add_argument("--seed", type=int, default=171)
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    g = Gen(args.seed)
    rng = random.Random(args.seed * 7 + 1)
    lays = [make(g) for make in LAYOUTS]
    for lay in lays:
        check(lay)
    assert sorted(FILE_IDS.values()) == list(range(1, 11))
    for stem, n in sorted(FILE_IDS.items()):
        lay = lays[n - 1]
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
        print(stem, lay.id, len(files), "files")


if __name__ == "__main__":
    main()
