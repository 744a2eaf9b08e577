"""cd /tmp/set19 && /work/main/.venv/bin/python documents19_gen.py --out documents19 --seed 191

Nineteenth blind held-out layout set: ten French tiers-payant documents of everyday practice, each rendered five
ways.

Written blind (without reading parsers/, classifiers/, intake/, workers/, tests/, samples/, bench/*.py other than
the set 4 and 6 generators, or any rendered held-out set), in professions and designs not used by sets 10 to 18.
Like sets 10-18 it is REALISTIC: seven ordinary documents as practice software, a word processor or an
establishment prints them, and three harder ones that a clerk still reads without hesitating.
  1. opticien (ADELI) FACTURE (not a devis) for a CHILD's glasses in Gentium: 100 % Santé classe A frame + two
     classe A lenses (LPP codes, AMO 60 % / AMC 40 %, nothing left), the insured parent's NIR, the child's name and
     birth date, the ophthalmologist prescriber's RPPS and ordonnance date, delivery date = care date, SIRET;
  2. clinique (FINESS géographique in the header, FINESS juridique in the footer) MATERNITY stay invoice in Andika:
     entrée / sortie dates (care date = entrée), GHS + forfaits journaliers under assurance maternité (AMO 100 %),
     single room partly covered by the AMC and the rest left to the mother, the obstetrician's and paediatrician's
     RPPS and the baby's birth date as distractors, U+202F thousands separators, FINESS juridique + IBAN footer;
  3. neuropédiatre secteur 2 OPTAM (RPPS) for a CHILD in Gentium: the child's block and the insured parent with
     NIR, APC + DA dépassement partly covered by the AMC, long dates ('3 avril 2025'), the EEG date and the
     referring paediatrician's RPPS as distractors, next appointment date;
  4. chirurgien sénologue secteur 2 OPTAM (RPPS) in Andika: CS + DA, 'Base' / 'Complément' columns, dot4 dates
     ('12.03.2025'), the mammography date and the radiologist's RPPS as distractors, 'EUR' amounts, N° AM, SIRET;
  5. chirurgien du rachis secteur 1 (RPPS) from a practice software in Fira Code: key/value header with colons,
     UPPERCASE labels, one APC line, 70 % / 30 %, 'dd/mm/yy' dates, the MRI date and the GP's RPPS as
     distractors, '60,00 EUR' amounts;
  6. chirurgien cardiaque, praticien hospitalier in ACTIVITÉ LIBÉRALE at a CHU (his own RPPS invoices, the CHU's
     FINESS is a distractor), Gentium: CS + DA, dépassement shared by the AMC and the patient, the operation date
     months earlier as a distractor, '€ 56,70' amounts;
  7. phoniatre (ORL, RPPS) in Andika: APC + laryngoscopie line, 'PC Sécu / PC Mutuelle / RAC', '15.09.25' dates,
     a voice-therapy prescription for speech therapy and its date, N° AM;
  8. HARDER - pédicure-podologue (ADELI) diabetic-foot prevention session (POD) printed as an 80 mm THERMAL TICKET
     (narrow page, Fira Code), every field on short lines, '30,00 EUR', card-payment lines as distractors;
  9. HARDER - médecin de station de ski (cabinet médical de montagne, RPPS) BILINGUAL French / English invoice
     ('Date des soins / Date of care', 'Part mutuelle / Insurer share'), G + ankle X-ray + strapping, 70 % / 30 %,
     the resort address (hotel, room) and the time of care beside the care date, Andika + Fira Code amounts;
 10. HARDER - chirurgien-dentiste spécialiste en chirurgie orale (RPPS) note printed as a dense TINY-PRINT form
     (6-7 pt, boxed grid of numbered fields), one extraction + a panoramic X-ray, the referring dentist's RPPS,
     dot2 dates ('12.03.25'), Gentium.

Rendering, identifier and JSON helpers come from documents4_gen.py (imported); text_pdf6 and the photo renderer
from documents6_gen.py. Fonts new to the held-out sets: Gentium (Debian fonts-sil-gentium), Andika
(fonts-sil-andika) and Fira Code (fonts-firacode): `apt-get install` them before running. Only Andika has U+202F,
so U+202F thousands appear only in Andika text; every drawn string is checked against its font's character map.
Every identifier is checksum-valid (distractors too); amounts add up (check()). Truth values are drawn before
drawing; a few distractors (phone numbers, colleagues' names, IBAN, card-terminal numbers) are drawn from the same
seeded stream while a page is drawn, each page once and in a fixed order, so a run is reproducible.

Renderings, for every layout: <id>.text.pdf (real text layer), <id>.scan.pdf (image-only), <id>.photo.jpg (phone
photo), <id>.fax-fine.tif (G4, 204x196), <id>.fax-normal.tif (G3, 204x98). File ids are neutral: e101..e110 (the
order of the files is not the order above; see FILE_IDS). Each file gets <file>.json ground truth (same format as
sets 4-18).

Ground-truth conventions (as sets 5-18 and DOMAIN.md): care_date = first day of care for a period (a stay: the
entry date); for a child beneficiary nir = the insured parent's number printed on the page, patient_name and
patient_birth_date = the child's; rpps/adeli/finess = the invoicer only (FINESS géographique for an
establishment); amc_number = the complementary insurer's number, never the adherent number; patient_name =
'LASTNAME Firstname' with accents as printed; a field not printed is omitted.
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

from documents4_gen import (FIRST_F, FIRST_M, LAST, MUTUELLES, NBSP, NNBSP, Gen, Layout, Page, F, day,  # noqa: E402
                            digits, eur, fax_tiff, fd, iban, make_adeli, make_finess, make_rpps, make_siret,
                            nir_spaced, pct, phone, scan_pdf, siret_spaced)
from documents6_gen import city_of, dnum, photo6, text_pdf6  # noqa: E402

_FONTS = {
    "GR": "truetype/gentium/Gentium-R.ttf", "GI": "truetype/gentium/Gentium-I.ttf",
    "AR": "truetype/andika/Andika-Regular.ttf", "AB": "truetype/andika/Andika-Bold.ttf",
    "AI": "truetype/andika/Andika-Italic.ttf",
    "FR": "truetype/firacode/FiraCode-Regular.ttf", "FB": "truetype/firacode/FiraCode-Bold.ttf",
    "FL": "truetype/firacode/FiraCode-Light.ttf",
}
_CMAP = {}
for _a, _f in _FONTS.items():
    _t = TTFont(_a, f"/usr/share/fonts/{_f}")
    pdfmetrics.registerFont(_t)
    _CMAP[_a] = set(_t.face.charToGlyph)

_orig_t = Page.t


def _checked_t(self, x, y, s, f="S", size=9.5, align="l", gray=0):
    if f in _CMAP:
        miss = [ch for ch in s if ord(ch) not in _CMAP[f]]
        assert not miss, (f, s, miss)
    return _orig_t(self, x, y, s, f, size, align, gray)


Page.t = _checked_t

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]


def longd(d: dt.date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {MONTHS[d.month - 1]} {d.year}"


def yy(d: dt.date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"


def child_family(g: Gen, year=(2012, 2021)):
    r = g.rng
    parent = g.person(year=(1978, 1990))
    csex = r.choice([1, 2])
    child = {"last": parent["last"], "first": r.choice(FIRST_F if csex == 2 else FIRST_M),
             "birth": dt.date(r.randint(*year), r.randint(1, 12), r.randint(1, 28))}
    child["norm"] = f"{child['last']} {child['first']}"
    return parent, child


# ------------------------------------------------------------------------------------------- layouts
def l01_opticien_enfant(g: Gen) -> Layout:
    r = g.rng
    parent, child = child_family(g, (2013, 2019))
    street, city, dept = g.addr()
    adeli = make_adeli(r, dnum(dept), "28")
    siret = make_siret(r)
    presc = make_rpps(r)
    presc_date = day(r, (1, 6))
    care = presc_date + dt.timedelta(days=r.randint(10, 30))
    issued = care
    number = f"FA{care.year % 100}{r.randint(1000, 9999)}"
    amcn, mut = g.amc_number(), r.choice(MUTUELLES)
    tel = phone(r)
    shop = r.choice(["Optique des Halles", "Vision Plus Centre", "L'Atelier des Lunettes"])
    lines = [("2210546", "Monture enfant classe A — 100 % Santé", 3000),
             ("2242457", "Verre unifocal classe A OD (sph -1,75)", 2500),
             ("2242457", "Verre unifocal classe A OG (sph -2,00)", 2500)]
    total = sum(x for _, _, x in lines)
    amo = pct(total, 0.6)
    amc = total - amo
    pt = 0
    adh = digits(r, 10)

    def p1(p: Page):
        p.t(15, 20, shop, "GR", 17)
        p.t(15, 26, f"{street} — {city} — Tél. {tel}", "GR", 8.5)
        p.t(15, 31, f"Opticien-lunetier diplômé — N° ADELI {adeli} — SIRET {siret_spaced(siret)}", "GR", 8.5)
        p.line(15, 35, 195, 35, 1.2)
        p.t(195, 46, f"FACTURE N° {number}", "GR", 13, "r")
        p.t(195, 52, f"Date : {fd(issued)}", "GR", 10, "r")
        p.t(15, 46, "Bénéficiaire (enfant)", "GI", 9.5)
        p.t(15, 52, f"{child['last']} {child['first']}", "GR", 11)
        p.t(15, 57, f"Né(e) le {fd(child['birth'])}", "GR", 9.5)
        p.t(15, 66, "Assuré(e) ouvrant droit", "GI", 9.5)
        p.t(15, 71, f"{parent['civ']} {parent['last']} {parent['first']} — N° SS {nir_spaced(parent['nir'])}", "GR",
            9.5)
        p.t(15, 77, f"Organisme complémentaire : {mut} — N° AMC {amcn} — N° adhérent {adh}", "GR", 9.5)
        p.t(15, 86, f"Ordonnance du Dr {r.choice(LAST)}, ophtalmologiste (RPPS {presc}) du {fd(presc_date)}", "GI", 9)
        p.t(15, 91, f"Équipement délivré le {fd(care)} — renouvellement enfant", "GI", 9)
        y = p.table(15, 98, [24, 96, 18, 42], ["Code LPP", "Désignation", "Classe", "Prix TTC"],
                    [[c, n, "A", eur(x, sep=NBSP)] for c, n, x in lines], "llcr", "GR", "GI", 9.5, 7, 0.9)
        for i, (a, b) in enumerate([("Total TTC", total), ("Part Assurance Maladie", amo),
                                    ("Part complémentaire", amc), ("Reste à charge", pt)]):
            p.t(150, y + 9 + i * 6.5, a, "GR", 10, "r")
            p.t(195, y + 9 + i * 6.5, eur(b, sep=NBSP), "GR", 10, "r")
        p.t(15, y + 45, "Offre 100 % Santé : aucun reste à charge. Tiers payant AMO et AMC.", "GI", 8.5)
        p.t(105, 285, f"{shop} — SIRET {siret} — TVA non applicable sur dispositifs médicaux remboursables", "GR", 7,
            "c")

    f = F(adeli=adeli, nir=parent["nir"], patient_name=child["norm"], patient_birth_date=child["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("opticien-enfant", [p1], [("invoice", f)], fax_name="OPTIQUE")


def l02_maternite(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(sex=2, year=(1986, 1997))
    street, city, dept = g.addr()
    finess = make_finess(r, dnum(dept))
    fjur = make_finess(r, dnum(dept))
    obst, pedia = make_rpps(r), make_rpps(r)
    entry = day(r, (2, 8))
    nights = r.choice([3, 4])
    exit_ = entry + dt.timedelta(days=nights)
    issued = exit_ + dt.timedelta(days=r.randint(3, 9))
    number = f"{r.randint(250000, 259999)}"
    sejour = f"S{digits(r, 8)}"
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    ghs = r.randint(218000, 262000)
    fj = 2000 * (nights + 1)
    ch_price, ch_amc = 9500, 6000
    total = ghs + fj + ch_price * nights
    amo = ghs + fj
    amc = ch_amc * nights
    pt = total - amo - amc
    name = r.choice(["Clinique Sainte-Anne", "Polyclinique du Parc", "Clinique des Cèdres"])
    tel = phone(r)

    def p1(p: Page):
        p.rect(15, 12, 180, 24, fill=0.93, stroke=False)
        p.t(20, 21, name, "AB", 15)
        p.t(20, 27, f"Maternité niveau 1 — {street}, {city}", "AR", 8.5)
        p.t(20, 32, f"Tél. {tel} — FINESS {finess}", "AR", 8.5)
        p.t(190, 21, "FACTURE DE SÉJOUR", "AB", 12, "r")
        p.t(190, 27, f"N° {number}", "AR", 10, "r")
        p.t(190, 32, f"Éditée le {fd(issued)}", "AR", 9, "r")
        p.t(15, 46, f"Patiente : {pat['last']} {pat['first']}", "AB", 10.5)
        p.t(15, 52, f"Née le {fd(pat['birth'])} — N° de sécurité sociale {nir_spaced(pat['nir'])}", "AR", 9.5)
        p.t(15, 58, f"Séjour n° {sejour} — Entrée le {fd(entry)} — Sortie le {fd(exit_)}", "AR", 9.5)
        p.t(15, 64, f"Naissance le {fd(entry + dt.timedelta(days=1))} — Dr {r.choice(LAST)}, gynécologue-obstétricien "
                    f"(RPPS {obst}) — Dr {r.choice(LAST)}, pédiatre (RPPS {pedia})", "AR", 8)
        p.t(15, 70, f"Assurance maternité — Complémentaire : {mut}, N° AMC {amcn}", "AR", 9.5)
        rows = [["GHS accouchement par voie basse", "1", eur(ghs, sep=NNBSP), eur(ghs, sep=NNBSP), "0,00 €", "0,00 €"],
                ["Forfait journalier (maternité)", str(nights + 1), eur(fj, sep=NNBSP), eur(fj, sep=NNBSP), "0,00 €",
                 "0,00 €"],
                ["Chambre particulière", str(nights), eur(ch_price * nights, sep=NNBSP), "0,00 €",
                 eur(amc, sep=NNBSP), eur(pt, sep=NNBSP)]]
        y = p.table(15, 78, [66, 12, 26, 26, 26, 24], ["Prestation", "Qté", "Montant", "AMO", "AMC", "Patiente"],
                    rows, "lcrrrr", "AR", "AB", 8.5, 7, 0.85)
        p.rect(105, y + 6, 90, 30, width=0.6)
        for i, (a, b) in enumerate([("Montant total", total), ("Part AMO (maternité 100 %)", amo),
                                    ("Part AMC", amc), ("Reste à la charge de la patiente", pt)]):
            p.t(108, y + 13 + i * 6.5, a, "AB" if i == 0 else "AR", 9)
            p.t(192, y + 13 + i * 6.5, eur(b, sep=NNBSP), "AB" if i == 0 else "AR", 9, "r")
        p.t(105, 284, f"{name} — SAS — FINESS juridique {fjur} — IBAN {iban(r)}", "AR", 6.8, "c")

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=entry, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("maternite-sejour", [p1], [("invoice", f)], fax_name="CLINIQUE FACTURATION")


def l03_neuropediatre(g: Gen) -> Layout:
    r = g.rng
    parent, child = child_family(g, (2014, 2022))
    street, city, dept = g.addr()
    rpps, ref = make_rpps(r), make_rpps(r)
    care = day(r, (2, 9))
    issued = care
    eeg = care - dt.timedelta(days=r.randint(8, 30))
    nxt = care + dt.timedelta(days=r.randint(60, 120))
    number = f"NP-{care.year}-{r.randint(100, 999)}"
    amcn, mut = g.amc_number(), r.choice(MUTUELLES)
    base, da = 6000, r.choice([2000, 2500, 3000])
    total = base + da
    amo = pct(base, 0.7)
    amc = base - amo + da - 1000
    pt = total - amo - amc
    doc = (r.choice(FIRST_F), r.choice(LAST))

    def p1(p: Page):
        p.t(105, 20, f"Docteur {doc[0]} {doc[1]}", "GR", 15, "c")
        p.t(105, 26, "Neurologie pédiatrique — Secteur 2, adhérent OPTAM", "GI", 10, "c")
        p.t(105, 31, f"{street} · {city} · {phone(r)}", "GR", 9, "c")
        p.t(105, 36, f"RPPS {rpps}", "GR", 9, "c")
        p.line(40, 40, 170, 40, 0.5)
        p.t(15, 52, "NOTE D'HONORAIRES", "GR", 13)
        p.t(195, 52, f"n° {number}", "GR", 10, "r")
        p.t(15, 62, f"Enfant : {child['last']} {child['first']}, né(e) le {longd(child['birth'])}", "GR", 10.5)
        p.t(15, 68, f"Assuré(e) : {parent['last']} {parent['first']} — NIR {nir_spaced(parent['nir'])}", "GR", 10)
        p.t(15, 74, f"Mutuelle : {mut} (AMC n° {amcn})", "GR", 10)
        p.t(15, 80, f"Adressé par le Dr {r.choice(LAST)}, pédiatre (RPPS {ref}) — EEG du {longd(eeg)}", "GI", 9)
        y = p.table(15, 90, [40, 20, 90, 30], ["Date", "Acte", "Libellé", "Montant"],
                    [[longd(care), "APC", "Avis ponctuel de consultant", eur(base, sep=NBSP)],
                     [longd(care), "DA", "Dépassement autorisé (OPTAM)", eur(da, sep=NBSP)]],
                    "lcll", "GR", "GI", 9.5, 7, None)
        for i, (a, b) in enumerate([("Total", total), ("Part Assurance Maladie", amo), ("Part mutuelle", amc),
                                    ("Reste à charge de la famille", pt)]):
            p.leader(95, y + 10 + i * 6.5, 195, a, eur(b, sep=NBSP), "GR", "GR", 10)
        p.t(15, y + 42, f"Fait à {city_of(city)}, le {longd(issued)}", "GR", 10)
        p.t(15, y + 50, f"Prochain rendez-vous : {longd(nxt)}", "GI", 9)

    f = F(rpps=rpps, nir=parent["nir"], patient_name=child["norm"], patient_birth_date=child["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("neuropediatre-enfant", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def l04_senologue(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(sex=2, year=(1955, 1985))
    street, city, dept = g.addr()
    rpps, radio = make_rpps(r), make_rpps(r)
    siret = make_siret(r)
    care = day(r, (2, 9))
    issued = care + dt.timedelta(days=r.choice([0, 1]))
    mammo = care - dt.timedelta(days=r.randint(10, 40))
    number = f"{care.year}{r.randint(1, 12):02d}-{r.randint(1000, 9999)}"
    amcn, mut = g.amc_number(), r.choice(MUTUELLES)
    base, da = 3000, r.choice([2000, 3500, 4000])
    total = base + da
    amo = pct(base, 0.7)
    amc = base - amo + da // 2
    pt = total - amo - amc
    doc = (r.choice(FIRST_M), r.choice(LAST))
    am = f"{dnum(dept)}1{digits(r, 5)}"

    def p1(p: Page):
        p.t(15, 20, f"Dr {doc[0]} {doc[1]}", "AB", 14)
        p.t(15, 26, "Chirurgie gynécologique et sénologique — Secteur 2 OPTAM", "AR", 9.5)
        p.t(15, 31, f"{street}, {city} — {phone(r)}", "AR", 9)
        p.t(15, 36, f"N° RPPS {rpps} — N° AM {am}", "AR", 9)
        p.rect(125, 15, 70, 22, width=0.8, radius=2)
        p.t(130, 23, "Note d'honoraires", "AB", 11)
        p.t(130, 29, f"N° {number}", "AR", 9.5)
        p.t(130, 34, f"Du {fd(issued, 'dot4')}", "AR", 9.5)
        p.t(15, 50, "Patiente", "AB", 10)
        p.t(45, 50, f"{pat['last']} {pat['first']}", "AR", 10)
        p.t(15, 56, "Née le", "AB", 10)
        p.t(45, 56, fd(pat["birth"], "dot4"), "AR", 10)
        p.t(15, 62, "N° SS", "AB", 10)
        p.t(45, 62, nir_spaced(pat["nir"]), "AR", 10)
        p.t(15, 68, "Mutuelle", "AB", 10)
        p.t(45, 68, f"{mut} — N° AMC {amcn}", "AR", 10)
        p.t(15, 76, f"Mammographie du {fd(mammo, 'dot4')} — Dr {r.choice(LAST)}, radiologue (RPPS {radio})", "AI", 8.5)
        y = p.table(15, 84, [30, 18, 62, 24, 24, 22], ["Date", "Code", "Acte", "Base", "Complément", "Montant"],
                    [[fd(care, "dot4"), "CS", "Consultation spécialiste", eur(base, "EUR"), "", eur(base, "EUR")],
                     [fd(care, "dot4"), "DA", "Dépassement autorisé", "", eur(da, "EUR"), eur(da, "EUR")]],
                    "lclrrr", "AR", "AB", 8.5, 7, 0.9)
        for i, (a, b) in enumerate([("Montant total", total), ("Part Sécurité sociale", amo),
                                    ("Part mutuelle", amc), ("Reste à votre charge", pt)]):
            p.t(160, y + 10 + i * 6, a, "AB" if i == 0 else "AR", 9.5, "r")
            p.t(195, y + 10 + i * 6, eur(b, "EUR"), "AB" if i == 0 else "AR", 9.5, "r")
        p.t(105, 285, f"SELARL Dr {doc[1]} — SIRET {siret_spaced(siret)}", "AR", 7, "c")

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("senologue-optam", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def l05_rachis(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1950, 1990))
    street, city, dept = g.addr()
    rpps, gp = make_rpps(r), make_rpps(r)
    care = day(r, (2, 9))
    issued = care
    mri = care - dt.timedelta(days=r.randint(15, 60))
    number = f"{r.randint(10000, 99999)}"
    amcn, mut = g.amc_number(), r.choice(MUTUELLES)
    total = 6000
    amo = 4200
    amc = 1800
    pt = 0
    doc = (r.choice(FIRST_M), r.choice(LAST))

    def p1(p: Page):
        p.t(15, 18, f"DR {doc[1]} {doc[0].upper()}", "FB", 12)
        p.t(15, 24, "CHIRURGIE DU RACHIS - SECTEUR 1", "FR", 9)
        p.t(15, 29, f"{street.upper()} {city}", "FR", 9)
        p.t(15, 34, f"TEL {phone(r, '.')}", "FR", 9)
        p.line(15, 38, 195, 38, 0.8)
        kv = [("RPPS", rpps), ("FACTURE N°", number), ("DATE FACTURE", yy(issued)), ("", ""),
              ("PATIENT", f"{pat['last']} {pat['first']}"), ("NÉ(E) LE", yy(pat["birth"])),
              ("IMMATRICULATION", nir_spaced(pat["nir"])), ("MUTUELLE", mut), ("CODE AMC", amcn), ("", ""),
              ("MÉDECIN TRAITANT", f"DR {r.choice(LAST)} - RPPS {gp}"), ("IRM LOMBAIRE DU", yy(mri))]
        for i, (k, v) in enumerate(kv):
            if k:
                p.t(15, 48 + i * 5.5, f"{k:<18}: {v}", "FL", 9)
        y = 48 + len(kv) * 5.5 + 6
        p.t(15, y, "-" * 70, "FL", 9)
        p.t(15, y + 5.5, f"{'DATE':<10}{'ACTE':<7}{'LIBELLE':<36}{'MONTANT':>12}", "FB", 9)
        p.t(15, y + 11, f"{yy(care):<10}{'APC':<7}{'AVIS PONCTUEL DE CONSULTANT':<36}{eur(total, 'EUR'):>12}", "FR",
            9)
        p.t(15, y + 16.5, "-" * 70, "FL", 9)
        for i, (a, b) in enumerate([("TOTAL", total), ("PART AMO 70%", amo), ("PART AMC 30%", amc),
                                    ("RESTE A CHARGE", pt)]):
            p.t(15, y + 23 + i * 5.5, f"{a:<53}{eur(b, 'EUR'):>12}", "FB" if i == 0 else "FR", 9)
        p.t(15, y + 50, "TIERS PAYANT INTEGRAL - AUCUNE AVANCE DE FRAIS", "FL", 8)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("rachis-logiciel", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def l06_cardiaque_chu(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1945, 1975))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    chu_finess = make_finess(r, dnum(dept))
    care = day(r, (3, 9))
    issued = care + dt.timedelta(days=r.randint(0, 3))
    op = care - dt.timedelta(days=r.randint(90, 200))
    op = op if op.year == care.year else dt.date(care.year, 1, 15)
    number = f"AL-{r.randint(1000, 9999)}"
    amcn, mut = g.amc_number(), r.choice(MUTUELLES)
    base, da = 3000, r.choice([3000, 4000, 5000])
    total = base + da
    amo = pct(base, 0.7)
    amc = base - amo + da - 1500
    pt = total - amo - amc
    doc = (r.choice(FIRST_M), r.choice(LAST))

    def p1(p: Page):
        p.t(15, 18, f"CENTRE HOSPITALIER UNIVERSITAIRE DE {city_of(city).upper()}", "GR", 11)
        p.t(15, 23, f"FINESS {chu_finess} — {street}, {city}", "GR", 8.5)
        p.line(15, 27, 195, 27, 0.4)
        p.t(15, 36, "Activité libérale — Service de chirurgie cardiaque", "GI", 11)
        p.t(15, 42, f"Pr {doc[0]} {doc[1]}, praticien hospitalier — Secteur 2", "GR", 10)
        p.t(15, 47, f"Identifiant RPPS : {rpps}", "GR", 10)
        p.t(15, 52, f"Secrétariat : {phone(r)}", "GR", 9)
        p.t(195, 36, f"Facture {number}", "GR", 12, "r")
        p.t(195, 42, f"émise le {fd(issued)}", "GR", 10, "r")
        p.rect(15, 60, 180, 26, width=0.5)
        p.t(19, 67, f"Patient : {pat['last']} {pat['first']}", "GR", 10.5)
        p.t(19, 73, f"Date de naissance : {fd(pat['birth'])}    N° SS : {nir_spaced(pat['nir'])}", "GR", 10)
        p.t(19, 79, f"Complémentaire : {mut} — N° AMC {amcn}", "GR", 10)
        p.t(19, 84, f"Consultation de suivi à distance du remplacement valvulaire opéré le {fd(op)}", "GI", 8.5)
        y = p.table(15, 94, [34, 20, 96, 30], ["Date", "Code", "Désignation", "Montant"],
                    [[fd(care), "CS", "Consultation de spécialiste", eur(base, "pre")],
                     [fd(care), "DA", "Dépassement d'honoraires", eur(da, "pre")]], "lclr", "GR", "GI", 9.5, 7, 0.92)
        for i, (a, b) in enumerate([("Montant total", total), ("Remboursement Sécurité sociale", amo),
                                    ("Part complémentaire", amc), ("Reste dû", pt)]):
            p.t(160, y + 10 + i * 6.5, a, "GR", 10, "r")
            p.t(195, y + 10 + i * 6.5, eur(b, "pre"), "GR", 10, "r")
        p.t(15, y + 46, "Honoraires perçus au titre de l'activité libérale des praticiens hospitaliers temps plein.",
            "GI", 8)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("cardiaque-chu-liberal", [p1], [("invoice", f)], fax_name="CHU ACTIVITE LIBERALE")


def l07_phoniatre(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1960, 2000))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    care = day(r, (2, 9))
    issued = care
    number = f"PH{r.randint(10000, 99999)}"
    amcn, mut = g.amc_number(), r.choice(MUTUELLES)
    l1, l2 = 6000, 3840
    total = l1 + l2
    amo = pct(total, 0.7)
    amc = total - amo
    pt = 0
    doc = (r.choice(FIRST_F), r.choice(LAST))
    am = f"{dnum(dept)}1{digits(r, 5)}"

    def p1(p: Page):
        p.rect(15, 12, 4, 30, fill=0.3, stroke=False)
        p.t(23, 19, f"Dr {doc[0]} {doc[1]}", "AB", 14)
        p.t(23, 25, "Phoniatre — ORL, pathologie de la voix et de la déglutition", "AR", 9.5)
        p.t(23, 30, f"{street} — {city}", "AR", 9)
        p.t(23, 35, f"RPPS {rpps} · N° AM {am} · {phone(r)}", "AR", 9)
        p.t(195, 52, f"Facture {number} — {fd(issued, 'dot2')}", "AB", 11, "r")
        p.t(15, 52, "Patient(e)", "AI", 9)
        p.t(15, 58, f"{pat['last']} {pat['first']} · né(e) le {fd(pat['birth'], 'dot2')}", "AR", 10)
        p.t(15, 64, f"NIR {nir_spaced(pat['nir'])}", "AR", 10)
        p.t(15, 70, f"{mut} · AMC {amcn}", "AR", 10)
        y = p.table(15, 80, [26, 22, 102, 30], ["Date", "Code", "Acte", "Montant"],
                    [[fd(care, "dot2"), "APC", "Avis ponctuel de consultant", eur(l1, sep=NNBSP)],
                     [fd(care, "dot2"), "GDQE001", "Laryngoscopie indirecte par fibroscope", eur(l2, sep=NNBSP)]],
                    "lllr", "AR", "AB", 9, 7, 0.9)
        for i, (a, b) in enumerate([("Total", total), ("PC Sécu", amo), ("PC Mutuelle", amc), ("RAC", pt)]):
            p.t(160, y + 10 + i * 6.5, a, "AB" if i == 0 else "AR", 10, "r")
            p.t(195, y + 10 + i * 6.5, eur(b, sep=NNBSP), "AB" if i == 0 else "AR", 10, "r")
        rx = care + dt.timedelta(days=r.randint(1, 5))
        p.t(15, y + 44, f"Prescription de rééducation vocale (orthophonie, 20 séances) remise le {fd(rx, 'dot2')}.",
            "AI", 8.5)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("phoniatre", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def l08_podologue_ticket(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1940, 1970))
    street, city, dept = g.addr()
    adeli = make_adeli(r, dnum(dept), "80")
    care = day(r, (2, 9))
    issued = care
    number = f"T{r.randint(100000, 999999)}"
    amcn, mut = g.amc_number(), r.choice(MUTUELLES)
    total, amo = 3000, 1800
    amc, pt = 1200, 0
    name = (r.choice(FIRST_M), r.choice(LAST))
    W = 80
    lines = [("c", "CABINET DE PODOLOGIE", "FB", 9), ("c", f"{name[0]} {name[1]}", "FR", 8),
             ("c", "Pédicure-podologue D.E.", "FR", 7.5), ("c", street, "FR", 7.5), ("c", city, "FR", 7.5),
             ("c", f"Tél {phone(r)}", "FR", 7.5), ("c", f"ADELI {adeli}", "FR", 7.5), ("-",),
             ("l", f"FACTURE {number}", "FB", 8), ("l", f"Le {fd(issued)} {r.randint(8, 18):02d}:{r.randint(0, 59):02d}",
                                                   "FR", 7.5), ("-",),
             ("l", "PATIENT", "FB", 7.5), ("l", f"{pat['last']} {pat['first']}", "FR", 7.5),
             ("l", f"Né(e) {fd(pat['birth'])}", "FR", 7.5), ("l", f"NIR {pat['nir'][:13]} {pat['nir'][13:]}", "FR", 7.5),
             ("l", f"AMC {amcn}", "FR", 7.5), ("l", mut[:30], "FR", 7.5), ("-",),
             ("l", f"Soin du {fd(care)}", "FR", 7.5), ("kv", "POD2 prévention", eur(total, "EUR")),
             ("l", "Pied diabétique grade 2", "FL", 7), ("-",),
             ("kv", "TOTAL", eur(total, "EUR")), ("kv", "PART AMO 60%", eur(amo, "EUR")),
             ("kv", "PART AMC 40%", eur(amc, "EUR")), ("kv", "A PAYER", eur(pt, "EUR")), ("-",),
             ("l", "CB SANS CONTACT   0,00 EUR", "FL", 7), ("l", f"AUTO {digits(r, 6)}  TERM {digits(r, 8)}", "FL", 7),
             ("c", "Merci de votre visite", "FR", 7.5)]
    H = 14 + len(lines) * 4.6

    def p1(p: Page):
        y = 8
        for ln in lines:
            if ln[0] == "-":
                p.t(4, y, "-" * 36, "FL", 7)
            elif ln[0] == "c":
                p.t(W / 2, y, ln[1], ln[2], ln[3], "c")
            elif ln[0] == "l":
                p.t(4, y, ln[1], ln[2], ln[3])
            else:
                p.t(4, y, ln[1], "FR", 7.5)
                p.t(W - 4, y, ln[2], "FB", 7.5, "r")
            y += 4.6

    f = F(adeli=adeli, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    lay = Layout("podologue-ticket", [p1], [("invoice", f)], fax_name="PODOLOGUE")
    lay.size = (W * mm, H * mm)
    return lay


def l09_station_ski(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1965, 2003))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    care = day(r, (1, 3))
    issued = care
    number = f"MM{care.year % 100}-{r.randint(1000, 9999)}"
    amcn, mut = g.amc_number(), r.choice(MUTUELLES)
    station = r.choice(["Les Arcs", "Val Thorens", "La Plagne", "Tignes"])
    lines = [("G", "Consultation / Consultation", 3000), ("MZQK002", "Radiographie cheville / Ankle X-ray", 2793),
             ("", "Contention adhésive / Strapping", 1500)]
    total = sum(x for _, _, x in lines)
    amo = pct(total, 0.7)
    amc = total - amo
    pt = 0
    doc = (r.choice(FIRST_F), r.choice(LAST))

    def p1(p: Page):
        p.t(15, 19, f"CABINET MÉDICAL DE {station.upper()}", "AB", 14)
        p.t(15, 25, "Médecine de montagne · Traumatologie du ski · Radiologie", "AR", 9)
        p.t(15, 30, f"Galerie commerciale, 73320 {station} — {phone(r)}", "AR", 9)
        p.t(15, 35, f"Dr {doc[0]} {doc[1]} — RPPS {rpps}", "AR", 9)
        p.t(195, 19, "FACTURE / INVOICE", "AB", 12, "r")
        p.t(195, 25, f"N° {number}", "FR", 10, "r")
        p.t(195, 31, f"Date : {fd(issued)}", "FR", 9.5, "r")
        rows = [("Patient / Patient", f"{pat['last']} {pat['first']}"),
                ("Date de naissance / Date of birth", fd(pat["birth"])),
                ("N° sécurité sociale / Social security no.", nir_spaced(pat["nir"])),
                ("Mutuelle / Insurer", f"{mut} — AMC {amcn}"),
                ("Adresse en station / Local address", f"Hôtel {r.choice(['Le Chamois', 'Les Mélèzes'])}, ch. "
                                                        f"{r.randint(10, 300)}"),
                ("Date des soins / Date of care", f"{fd(care)} ({r.randint(9, 16)}h{r.randint(0, 59):02d})")]
        for i, (a, b) in enumerate(rows):
            p.t(15, 48 + i * 6.5, a, "AI", 9)
            p.t(95, 48 + i * 6.5, b, "AR", 10)
        y = p.table(15, 92, [26, 120, 34], ["Code", "Acte / Service", "Montant / Amount"],
                    [[c, n, eur(x, sep=NBSP)] for c, n, x in lines], "llr", "AR", "AB", 9, 7, 0.9)
        for i, (a, b) in enumerate([("Total / Total", total), ("Part Sécu / Social security share", amo),
                                    ("Part mutuelle / Insurer share", amc), ("Reste à payer / Balance due", pt)]):
            p.t(160, y + 10 + i * 6.5, a, "AB" if i == 0 else "AR", 9.5, "r")
            p.t(195, y + 10 + i * 6.5, eur(b, sep=NBSP), "FB" if i == 0 else "FR", 9.5, "r")
        p.t(15, y + 44, "Accident de ski : entorse de la cheville droite. / Skiing accident: right ankle sprain.", "AI",
            8.5)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("station-ski-bilingue", [p1], [("invoice", f)], fax_name="CAB MED MONTAGNE")


def l10_chirurgie_orale_form(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1970, 2004))
    street, city, dept = g.addr()
    rpps, ref = make_rpps(r), make_rpps(r)
    care = day(r, (2, 9))
    issued = care
    number = f"{r.randint(100, 999)}/{care.year % 100}"
    amcn, mut = g.amc_number(), r.choice(MUTUELLES)
    l1, l2 = 3344, 2400
    total = l1 + l2
    amo = pct(total, 0.7)
    amc = total - amo
    pt = 0
    doc = (r.choice(FIRST_M), r.choice(LAST))

    def p1(p: Page):
        p.t(15, 14, f"Dr {doc[0]} {doc[1]} — Chirurgien-dentiste spécialiste qualifié en chirurgie orale", "GR", 8)
        p.t(15, 18, f"{street}, {city} · {phone(r)} · RPPS {rpps}", "GR", 6.5)
        p.t(195, 14, "NOTE D'HONORAIRES", "GR", 8, "r")
        p.t(195, 18, "Imprimé CO-2 · à conserver", "GI", 6, "r")
        boxes = [("1 N° de note", number), ("2 Date d'émission", fd(issued, "dot2")),
                 ("3 Nom Prénom du patient", f"{pat['last']} {pat['first']}"),
                 ("4 Date de naissance", fd(pat["birth"], "dot2")), ("5 N° d'immatriculation", nir_spaced(pat["nir"])),
                 ("6 Organisme complémentaire", mut), ("7 N° AMC", amcn),
                 ("8 Praticien adresseur (RPPS)", f"Dr {r.choice(LAST)} {ref}"),
                 ("9 Date des soins", fd(care, "dot2")), ("10 Accident", "non")]
        for i, (a, b) in enumerate(boxes):
            x = 15 + (i % 2) * 90
            yb = 22 + (i // 2) * 9
            p.rect(x, yb, 90, 9, width=0.3)
            p.t(x + 1, yb + 2.6, a, "GI", 5.5, gray=0.2)
            p.t(x + 1, yb + 7.3, b, "GR", 7)
        y = 22 + 5 * 9 + 3
        y = p.table(15, y, [14, 22, 14, 84, 46], ["11 Dent", "12 Code CCAM", "13 Qté", "14 Désignation",
                                                  "15 Honoraires"],
                    [["38", "HBGD035", "1", "Avulsion d'une dent permanente sur arcade", eur(l1, sep=NBSP)],
                     ["—", "HBQK002", "1", "Radiographie panoramique dentomaxillaire", eur(l2, sep=NBSP)]],
                    "cccll", "GR", "GI", 6.5, 4.5, 0.9)
        for i, (a, b) in enumerate([("16 Total honoraires", total), ("17 Part AMO (70 %)", amo),
                                    ("18 Part AMC", amc), ("19 Reste à charge", pt)]):
            x = 15 + i * 45
            p.rect(x, y + 2, 45, 9, width=0.3)
            p.t(x + 1, y + 4.6, a, "GI", 5.5, gray=0.2)
            p.t(x + 44, y + 9.3, eur(b, sep=NBSP), "GR", 7, "r")
        p.t(15, y + 16, "Conditions : tiers payant AMO et AMC. Les honoraires sont dus à la date des soins. En cas de "
                        "dépassement, un devis préalable est remis.", "GI", 5.5)
        p.t(15, y + 19, "Signature du praticien :", "GI", 5.5)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("chirurgie-orale-formulaire", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


LAYOUTS = [l01_opticien_enfant, l02_maternite, l03_neuropediatre, l04_senologue, l05_rachis, l06_cardiaque_chu,
           l07_phoniatre, l08_podologue_ticket, l09_station_ski, l10_chirurgie_orale_form]
ORDER = [5, 8, 2, 10, 1, 7, 4, 9, 6, 3]  # file e1NN holds layout ORDER[NN-1]
FILE_IDS = {f"e1{n:02d}": LAYOUTS[k - 1].__name__ for n, k in enumerate(ORDER, 1)}


# ------------------------------------------------------------------------------------------- checks
def check(lay: Layout) -> None:
    """Identifiers valid and amounts consistent, or fail loudly."""
    for kind, f in lay.docs:
        assert sum(k in f for k in ("rpps", "adeli", "finess")) == 1, lay.id
        if "rpps" in f:
            assert len(f["rpps"]) == 11 and f["rpps"].isdigit() and luhn.is_valid(f["rpps"]), f["rpps"]
        for k in ("adeli", "finess"):
            if k in f:
                assert len(f[k]) == 9 and f[k].isdigit() and luhn.is_valid(f[k]), (k, f[k])
        n = f["nir"]
        assert stdnir.is_valid(n) and len(n) == 15, n
        assert n[0] in "12" and 1 <= int(n[3:5]) <= 12
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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="documents19")
    ap.add_argument("--seed", type=int, default=191)
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    g = Gen(args.seed)
    rng = random.Random(args.seed * 7 + 1)
    lays = [make(g) for make in LAYOUTS]
    for lay in lays:
        check(lay)
    for n, k in enumerate(ORDER, 1):
        lay = lays[k - 1]
        stem = f"e1{n:02d}"
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
                     "documents": [{"kind": kk, "fields": f} for kk, f in lay.docs]}
            (out / f"{name}.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(stem, lay.id, len(files), "files")


if __name__ == "__main__":
    main()
