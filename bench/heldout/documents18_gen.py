"""cd /tmp/set18 && /work/main/.venv/bin/python documents18_gen.py --out documents18 --seed 181

Eighteenth blind held-out layout set: ten French tiers-payant documents of everyday practice, each rendered five
ways.

Written blind (without reading parsers/, classifiers/, intake/, workers/, tests/, samples/, bench/*.py other than
the set 4 and 6 generators, or any rendered held-out set), in professions and designs not used by sets 10 to 17.
Like sets 10-17 it is REALISTIC: seven ordinary documents as practice software, a word processor or an
establishment prints them, and three harder ones that a clerk still reads without hesitating.
  1. médecin du sommeil (RPPS) in a clinic's sleep unit, PT Sans + PT Sans Caption: drawn moon logo, one night of
     polysomnography (AMQP012) 'nuit du ... au ...' (care date = the evening the recording started), hook-up and
     removal times, the 24 EUR participation forfaitaire on an act above 120 EUR taken by the AMC (AMO = total - 24),
     the prescribing ENT's RPPS and ordonnance date, the clinic's FINESS as distractor, results-visit date after the
     invoice, NBSP amounts;
  2. oculariste (ADELI) facture in Oxygen Sans + Oxygen Mono codes: drawn eye logo, made-to-measure ocular
     prosthesis (LPP line with 'Prix' and 'Tarif LPP' columns, AMO 60 % / AMC 40 % of the tariff) + a
     non-reimbursed care kit paid by the patient, the ophthalmologist prescriber's RPPS and ordonnance date, fitting
     date = care date, N° adhérent beside the N° AMC, '12.03.2025' dates, '813,50 EUR' amounts, SIRET and IBAN;
  3. chirurgien pédiatrique secteur 2 OPTAM (RPPS) note d'honoraires for a CHILD in PT Serif: centred letterhead,
     the child's block first, the insured parent ('assuré(e) ouvrant droit') and NIR on one line below, CS + DA
     dépassement shared by the AMC and the family, long dates ('3 avril 2025'), the referring paediatrician's RPPS,
     the planned operation date after the invoice, 'Remboursement Assurance Maladie / Part mutuelle / Reste à votre
     charge';
  4. hépatologue secteur 1 (RPPS) in PT Sans Narrow with PT Sans Caption headings: grey header band, CS + liver
     elastography (HLQM002, FibroScan) with the measured values (kPa, dB/m) and a biology date as distractors,
     'dd/mm/yy' dates, '€ 66,48' amounts, the GP's RPPS, N° AM and SIRET in the footer;
  5. centre de soins non programmés (centre de santé, FINESS) in Quicksand headings + PT Sans body: drawn cross logo,
     arrival and care times, G + skin suture (QZJA002), the salaried GP's RPPS as distractor, an edit timestamp, a
     stitch-removal date after the invoice, the managing association's SIRET, NBSP amounts;
  6. addictologue-tabacologue secteur 1 (RPPS) in Oxygen Sans: a key/value form with right-aligned labels, CS + MPC +
     MCS, the expired-CO measure, nicotine substitutes prescribed (not billed), next appointment date, 'EUR'
     amounts, N° AM;
  7. infectiologue secteur 2 OPTAM (RPPS) in PT Serif Caption + PT Sans: amounts WITHOUT a currency sign under a
     'Montant (€)' header, '12.03.25' dates, CS + DA, the university hospital's FINESS and discharge date, a serology
     date, the dépassement partly covered by the AMC;
  8. HARDER - centre de médecine hyperbare (FINESS géographique; FINESS juridique in the footer) relevé of twenty
     oxygénothérapie hyperbare sessions in PT Sans Narrow: the session table is SPLIT INTO TWO COLUMNS side by side
     (sessions 1-10 left, 11-20 right), period line, accord préalable number and date, the prescribing
     stomatologist's and the centre's hyperbaric physician's RPPS as distractors, 80 % / 20 %, NBSP thousands;
  9. HARDER - médecin nutritionniste secteur 1 (RPPS) note in Quicksand: the invoice number appears ONLY in the page
     footer ('Réf. facture ...'), a 'dossier n°' near the top as a distractor, the total is given in a closing
     sentence IN WORDS with the figures in brackets, a non-reimbursed bio-impedance measurement paid by the patient;
 10. HARDER - centre hospitalier, consultations externes (FINESS géographique) in PT Mono: a half-page 'avis' with a
     detachable payment slip below a dashed cut line, CS + osteodensitometry (PAQK007), the hospital physician's
     RPPS as distractor, IPP and venue numbers, and a rubber STAMP ('TRANSMIS AU TIERS PAYANT' with its own later
     date) inked ACROSS the issue-date field; the date under the stamp is still legible.

Rendering, identifier and JSON helpers come from documents4_gen.py (imported); text_pdf6 and the photo renderer
from documents6_gen.py. Fonts new to the held-out sets: PT Sans / PT Sans Narrow / PT Sans Caption / PT Serif /
PT Serif Caption / PT Mono (Debian fonts-paratype), Oxygen Sans / Oxygen Mono (fonts-oxygen), Quicksand
(fonts-quicksand): `apt-get install` them before running. None of these fonts has U+202F, so amounts use NBSP only;
every drawn string is checked against its font's character map. Every identifier is checksum-valid (distractors
too); amounts add up (check()). All random values are drawn before drawing, so the page callables are pure.

Renderings, for every layout: <id>.text.pdf (real text layer), <id>.scan.pdf (image-only), <id>.photo.jpg (phone
photo), <id>.fax-fine.tif (G4, 204x196), <id>.fax-normal.tif (G3, 204x98). File ids are neutral: d101..d110 (the
order of the files is not the order above; see FILE_IDS). Each file gets <file>.json ground truth (same format as
sets 4-17).

Ground-truth conventions (as sets 5-17 and DOMAIN.md): care_date = first day of care for a series or a period
(a night recording: the evening it started); for a child beneficiary nir = the insured parent's number printed on
the page, patient_name and patient_birth_date = the child's; rpps/adeli/finess = the invoicer only (FINESS
géographique for an establishment); amc_number = the complementary insurer's number, never the adherent number;
patient_name = 'LASTNAME Firstname' with accents as printed; a field not printed is omitted.
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

from documents4_gen import (FIRST_F, FIRST_M, LAST, MUTUELLES, NBSP, Gen, Layout, Page, F, day,  # noqa: E402
                            digits, eur, fax_tiff, fd, iban, make_adeli, make_finess, make_rpps, make_siret,
                            nir_spaced, pct, phone, scan_pdf, siret_spaced)
from documents6_gen import city_of, dnum, photo6, text_pdf6  # noqa: E402

_FONTS = {
    "PS": "truetype/paratype/PTS55F.ttf", "PSB": "truetype/paratype/PTS75F.ttf",
    "PSI": "truetype/paratype/PTS56F.ttf",
    "PN": "truetype/paratype/PTN57F.ttf", "PNB": "truetype/paratype/PTN77F.ttf",
    "PC": "truetype/paratype/PTC55F.ttf", "PCB": "truetype/paratype/PTC75F.ttf",
    "PF": "truetype/paratype/PTF55F.ttf", "PFB": "truetype/paratype/PTF75F.ttf",
    "PFI": "truetype/paratype/PTF56F.ttf",
    "PZ": "truetype/paratype/PTZ55F.ttf", "PZI": "truetype/paratype/PTZ56F.ttf",
    "PM": "truetype/paratype/PTM55F.ttf", "PMB": "truetype/paratype/PTM75F.ttf",
    "OX": "truetype/oxygen/Oxygen-Sans.ttf", "OXB": "truetype/oxygen/Oxygen-Sans-Bold.ttf",
    "OM": "truetype/oxygen/OxygenMono-Regular.ttf",
    "QS": "truetype/quicksand/Quicksand-Regular.ttf", "QSB": "truetype/quicksand/Quicksand-Bold.ttf",
    "QSL": "truetype/quicksand/Quicksand-Light.ttf", "QSM": "truetype/quicksand/Quicksand-Medium.ttf",
}
for _a, _f in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_a, f"/usr/share/fonts/{_f}"))


def _covered(font: str, s: str) -> None:
    """Fail loudly if a drawn string holds a character the font cannot show (no .notdef boxes on the page)."""
    if font not in _FONTS:
        return
    cmap = pdfmetrics.getFont(font).face.charToGlyph
    missing = {ch for ch in s if ord(ch) not in cmap}
    assert not missing, (font, s, missing)


_orig_t = Page.t


def _checked_t(self, x, y, s, f="S", size=9.5, align="l", gray=0):
    _covered(f, s)
    return _orig_t(self, x, y, s, f, size, align, gray)


Page.t = _checked_t  # only affects this process (the copies of the set 4/6 modules are not changed on disk)

HOLIDAYS18 = {dt.date(2025, m, d) for m, d in [(1, 1), (4, 21), (5, 1), (5, 8), (5, 29), (6, 9), (7, 14), (8, 15),
                                               (11, 1), (11, 11), (12, 25)]}
CLINICS = ["Clinique du Parc", "Clinique Saint-Vincent", "Polyclinique des Trois Rivières", "Clinique de l'Anjou",
           "Hôpital privé du Val de Saône"]


def workday(d: dt.date) -> dt.date:
    while d.weekday() >= 5 or d in HOLIDAYS18:
        d += dt.timedelta(days=1)
    return d


def am_number(r: random.Random, dept: str, cat: str) -> str:
    return f"{dnum(dept)}{cat}{digits(r, 5)}"


def other_name(r: random.Random, *avoid: str) -> str:
    return r.choice([n for n in LAST if n not in avoid])


def nb(cents: int) -> str:
    """'1 234,56' with a no-break space as thousands separator, no currency."""
    return eur(cents, "plain", NBSP)


def e_nb(cents: int) -> str:
    """'1 234,56 €' with no-break spaces (grouping and before the sign)."""
    return f"{nb(cents)}{NBSP}€"


def yy(d: dt.date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"


_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
          "treize", "quatorze", "quinze", "seize"]
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def _below100(n: int) -> str:
    if n <= 16:
        return _UNITS[n]
    if n < 20:
        return "dix-" + _UNITS[n - 10]
    t, u = divmod(n, 10)
    if t in (7, 9):
        base = "soixante" if t == 7 else "quatre-vingt"
        rest = n - (60 if t == 7 else 80)
        if t == 7 and rest == 11:
            return "soixante et onze"
        return f"{base}-{_below100(rest)}"
    if t == 8:
        return "quatre-vingts" if u == 0 else f"quatre-vingt-{_UNITS[u]}"
    if u == 0:
        return _TENS[t]
    if u == 1:
        return f"{_TENS[t]} et un"
    return f"{_TENS[t]}-{_UNITS[u]}"


def words(n: int) -> str:
    """French number in words, 0 <= n < 1000 (traditional spelling)."""
    assert 0 <= n < 1000
    h, rest = divmod(n, 100)
    if h == 0:
        return _below100(rest)
    head = "cent" if h == 1 else f"{_UNITS[h]} cent{'s' if rest == 0 else ''}"
    return head if rest == 0 else f"{head} {_below100(rest)}"


def euros_in_words(cents: int) -> str:
    e, c = divmod(cents, 100)
    s = f"{words(e)} euro{'s' if e > 1 else ''}"
    if c:
        s += f" et {words(c)} centime{'s' if c > 1 else ''}"
    return s


def stamp18(p: Page, x: float, y: float, lines: list[str], angle: float, font: str, fontb: str, size: float,
            gray: float = 0.45, alpha: float = 0.75) -> None:
    """A rubber stamp in ink, semi-transparent: a double-ruled rotated box centred on (x, y)."""
    for i, s in enumerate(lines):
        _covered(fontb if i == 0 else font, s)
    c = p.c
    c.saveState()
    c.translate(x * mm, p.h - y * mm)
    c.rotate(angle)
    c.setStrokeAlpha(alpha)
    c.setFillAlpha(alpha)
    wmax = max(pdfmetrics.stringWidth(s, fontb, size) for s in lines) / mm + 8
    hh = len(lines) * size * 0.42 + 5
    c.setStrokeGray(gray)
    c.setFillGray(gray)
    c.setLineWidth(1.6)
    c.roundRect(-wmax / 2 * mm, -hh / 2 * mm, wmax * mm, hh * mm, 1.5 * mm, stroke=1, fill=0)
    c.setLineWidth(0.6)
    c.roundRect((-wmax / 2 + 1.2) * mm, (-hh / 2 + 1.2) * mm, (wmax - 2.4) * mm, (hh - 2.4) * mm, 1 * mm, stroke=1,
                fill=0)
    top = hh / 2 - 2.5 - size * 0.3
    for i, s in enumerate(lines):
        c.setFont(fontb if i == 0 else font, size)
        c.drawCentredString(0, (top - i * size * 0.42) * mm, s)
    c.restoreState()


# ------------------------------------------------------------------------------------------- layouts
def l01_sommeil(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1955, 1990))
    street, city, dept = g.addr()
    rpps, presc = make_rpps(r), make_rpps(r)
    am = am_number(r, dept, "1")
    clinic = r.choice(CLINICS)
    clinic_finess = make_finess(r, dnum(dept))
    siret = make_siret(r)
    doc = (r.choice(FIRST_F + FIRST_M), other_name(r, pat["last"]))
    ent = other_name(r, doc[1], pat["last"])
    night = day(r, (2, 10))
    while night.weekday() >= 4:
        night += dt.timedelta(days=1)
    ordo = night - dt.timedelta(days=r.randint(20, 60))
    issued = workday(night + dt.timedelta(days=r.randint(1, 4)))
    results = issued + dt.timedelta(days=r.randint(10, 25))
    number = f"PSG{night.strftime('%y')}-{r.randint(1000, 9999)}"
    base = r.choice([19800, 21456, 22480])
    total = base
    amc = 2400
    amo = total - amc
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    room = r.randint(3, 14)
    tel = phone(r)
    hook, off = f"21 h {r.choice(['10', '25', '40', '55'])}", f"06 h {r.choice(['05', '20', '35', '50'])}"

    def p1(p: Page):
        c = p.c
        c.setFillGray(0.25)
        c.circle(24 * mm, p.h - 22 * mm, 7 * mm, stroke=0, fill=1)
        c.setFillGray(1)
        c.circle(27 * mm, p.h - 19.5 * mm, 6.2 * mm, stroke=0, fill=1)
        c.setFillGray(0)
        p.t(35, 17, f"Unité de sommeil — {clinic}", "PCB", 12)
        p.t(35, 22.5, f"{street}, {city}", "PS", 8.5)
        p.t(35, 27, f"Secrétariat du sommeil : {tel}", "PS", 8.5)
        p.t(195, 17, f"Dr {doc[0]} {doc[1]}", "PSB", 10.5, "r")
        p.t(195, 22, "Médecin du sommeil — Pneumologue", "PSI", 8.5, "r")
        p.t(195, 26.5, f"RPPS {rpps} · N° AM {am}", "PS", 8.5, "r")
        p.line(15, 33, 195, 33, 1.0, 0.3)
        p.t(15, 43, "FACTURE", "PCB", 14)
        p.t(40, 43, "enregistrement polysomnographique", "PCB", 9.5, gray=0.35)
        p.t(15, 50, f"Facture n° {number}", "PSB", 10)
        p.t(15, 55.5, f"Date de facture : {fd(issued)}", "PS", 9.5)
        p.rect(110, 38, 85, 32, width=0.5, radius=2)
        p.t(113, 44, "Patient(e)", "PCB", 8.5, gray=0.3)
        p.t(113, 50, f"{pat['civ']} {pat['last']} {pat['first']}", "PSB", 10)
        p.t(113, 55.5, f"Né(e) le {fd(pat['birth'])}", "PS", 9)
        p.t(113, 61, f"N° SS : {nir_spaced(pat['nir'])}", "PS", 9)
        p.t(113, 66.5, f"{mut} — N° AMC {amcn}", "PS", 8.5)
        p.t(15, 80, "Enregistrement", "PCB", 10)
        p.t(15, 86, f"Nuit du {fd(night)} au {fd(night + dt.timedelta(days=1))} — chambre {room}", "PS", 9.5)
        p.t(15, 91.5, f"Pose des capteurs : {hook} — retrait : {off} (lendemain)", "PS", 9.5)
        p.t(15, 97, f"Prescription : Dr {ent}, ORL — RPPS {presc} — ordonnance du {fd(ordo)}", "PS", 9.5)
        y = p.table(15, 106, [24, 24, 102, 30], ["Date", "Code CCAM", "Libellé", "Montant"],
                    [[fd(night), "AMQP012", "Polysomnographie de 8 à 12 heures, en laboratoire", e_nb(base)]],
                    "lllr", "PS", "PSB", 9, 7.5, 0.9)
        for i, (lab, v) in enumerate([("Montant total", total), ("Part Assurance Maladie", amo),
                                      ("Part complémentaire (participation forfaitaire)", amc),
                                      ("Reste à charge", pt)]):
            p.t(160, y + 10 + i * 6.5, lab, "PSB" if i == 0 else "PS", 9.5, "r")
            p.t(195, y + 10 + i * 6.5, e_nb(v), "PSB" if i == 0 else "PS", 9.5, "r")
        p.t(15, y + 42, f"Acte d'un tarif supérieur à 120 € : participation forfaitaire de {e_nb(2400)} prise en "
                        "charge par l'organisme complémentaire (contrat responsable).", "PSI", 8)
        p.t(15, y + 47, "Dispense d'avance des frais (tiers payant AMO + AMC).", "PSI", 8)
        p.t(15, y + 57, f"Résultats remis lors de la consultation du {fd(results)}.", "PS", 9)
        p.line(15, 272, 195, 272, 0.4, 0.5)
        p.t(105, 276.5, f"{clinic} — FINESS {clinic_finess} — plateau technique mis à disposition du praticien",
            "PS", 7, "c", gray=0.35)
        p.t(105, 280.5, f"SELARL Sommeil et Vigilance — SIRET {siret_spaced(siret)} — honoraires du praticien",
            "PS", 7, "c", gray=0.35)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=night, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("sommeil-polysomnographie", [p1], [("invoice", f)], fax_name="UNITE SOMMEIL")


def l02_oculariste(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1950, 1995))
    street, city, dept = g.addr()
    adeli = make_adeli(r, dnum(dept), "88")
    presc = make_rpps(r)
    siret = make_siret(r)
    bank = iban(r)
    nom = (r.choice(FIRST_M + FIRST_F), other_name(r, pat["last"]))
    ophta = other_name(r, nom[1], pat["last"])
    care = workday(day(r, (2, 10)))
    ordo = care - dt.timedelta(days=r.randint(30, 75))
    issued = workday(care + dt.timedelta(days=r.randint(0, 2)))
    number = f"OC{issued.year}{r.randint(100, 699):04d}"
    eye = r.choice(["gauche", "droit"])
    tarif = r.choice([79500, 82614, 76850])
    kit = r.choice([1850, 2400, 1590])
    lpp = "2" + digits(r, 6)
    total = tarif + kit
    amo = pct(tarif, 0.60)
    amc = tarif - amo
    pt = kit
    amcn = g.amc_number()
    adherent = digits(r, 10)
    mut = r.choice(MUTUELLES)
    tel = phone(r, ".")

    def p1(p: Page):
        c = p.c
        c.setStrokeGray(0.2)
        c.setLineWidth(1.4)
        c.ellipse(168 * mm, p.h - 26 * mm, 192 * mm, p.h - 14 * mm, stroke=1, fill=0)
        c.setFillGray(0.3)
        c.circle(180 * mm, p.h - 20 * mm, 4.2 * mm, stroke=0, fill=1)
        c.setFillGray(1)
        c.circle(181.2 * mm, p.h - 18.8 * mm, 1.1 * mm, stroke=0, fill=1)
        c.setFillGray(0)
        p.t(15, 16, "ATELIER D'OCULARISTIQUE", "OXB", 13)
        p.t(15, 22, f"{nom[0]} {nom[1]} — Oculariste diplômé(e)", "OX", 9.5)
        p.t(15, 27, "Prothèses oculaires sur mesure — adaptation et entretien", "OX", 8.5, gray=0.3)
        p.t(15, 32, f"{street} — {city} — Tél. {tel}", "OX", 8.5)
        p.t(15, 37, "N° ADELI :", "OXB", 9)
        p.t(35, 37, adeli, "OM", 9.5)
        p.line(15, 42, 195, 42, 0.8)
        p.t(15, 51, f"FACTURE N° {number}", "OXB", 12)
        p.t(195, 51, f"Date : {fd(issued, 'dot4')}", "OX", 10, "r")
        p.t(15, 62, "PATIENT", "OXB", 8.5, gray=0.35)
        p.t(15, 68, f"{pat['last']} {pat['first']}", "OXB", 10)
        p.t(15, 73.5, f"Né(e) le {fd(pat['birth'], 'dot4')}", "OX", 9)
        p.t(15, 79, f"NIR : {pat['nir'][:13]} {pat['nir'][13:]}", "OX", 9)
        p.t(110, 62, "ORGANISME COMPLÉMENTAIRE", "OXB", 8.5, gray=0.35)
        p.t(110, 68, mut, "OX", 9.5)
        p.t(110, 73.5, f"N° AMC : {amcn}", "OXB", 9)
        p.t(110, 79, f"N° adhérent : {adherent}", "OX", 8.5)
        p.t(15, 91, f"Prescription du Dr {ophta}, ophtalmologiste (RPPS {presc}), ordonnance du "
                    f"{fd(ordo, 'dot4')}.", "OX", 9)
        p.t(15, 96.5, f"Adaptation et pose de la prothèse le {fd(care, 'dot4')} — oeil {eye}.", "OX", 9)
        rows = [[lpp, "Prothèse oculaire définitive en résine, sur mesure", "1", eur(tarif, "plain"),
                 eur(tarif, "plain"), eur(tarif, "plain")],
                ["NR", "Kit d'entretien (non remboursable)", "1", eur(kit, "plain"), "—", eur(kit, "plain")]]
        y = p.table(15, 105, [22, 83, 10, 22, 22, 21], ["Code LPP", "Désignation", "Qté", "Prix", "Tarif LPP",
                                                        "Montant"], rows, "llcrrr", "OX", "OXB", 8.5, 7, 0.9)
        for i, (lab, v) in enumerate([("Total TTC", total), ("Part AMO (60 % du tarif LPP)", amo),
                                      ("Part AMC", amc), ("Reste à charge patient", pt)]):
            p.t(150, y + 10 + i * 6.5, lab, "OXB" if i == 0 else "OX", 9.5, "r")
            p.t(195, y + 10 + i * 6.5, eur(v, "EUR"), "OXB" if i == 0 else "OX", 9.5, "r")
        p.t(15, y + 42, "Tiers payant AMO et AMC. Le kit d'entretien reste à la charge du patient.", "OX", 8)
        p.t(15, y + 47, "Contrôle et polissage conseillés tous les six mois.", "OX", 8, gray=0.3)
        p.line(15, 270, 195, 270, 0.4, 0.5)
        p.t(105, 275, f"SIRET {siret} - IBAN {bank}", "OM", 7, "c", gray=0.35)
        p.t(105, 279, "TVA 5,5 % incluse sur les dispositifs médicaux.", "OX", 7, "c", gray=0.35)

    f = F(adeli=adeli, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("oculariste", [p1], [("invoice", f)], fax_name=f"OCULARISTE {nom[1]}")


def l03_chir_pediatrique(g: Gen) -> Layout:
    r = g.rng
    parent = g.person(year=(1978, 1992))
    child = g.person(year=(2013, 2021))
    child["last"] = parent["last"]
    child["norm"] = f"{child['last']} {child['first']}"
    street, city, dept = g.addr()
    rpps, ped = make_rpps(r), make_rpps(r)
    am = am_number(r, dept, "1")
    doc = (r.choice(FIRST_M + FIRST_F), other_name(r, parent["last"]))
    pedn = other_name(r, doc[1], parent["last"])
    care = workday(day(r, (2, 10)))
    issued = care
    surgery = care + dt.timedelta(days=r.randint(20, 50))
    number = f"{care.year}/{r.randint(1000, 4999)}"
    base, da = 3000, r.choice([2500, 3000, 4000])
    total = base + da
    amo = pct(base, 0.70)
    amc = base - amo + da - r.choice([1000, 1500])
    pt = total - amo - amc
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    clinic = r.choice(CLINICS)
    tel = phone(r)

    def p1(p: Page):
        p.t(105, 16, f"Docteur {doc[0]} {doc[1]}", "PFB", 14, "c")
        p.t(105, 22, "Chirurgie pédiatrique viscérale et urologique", "PFI", 9.5, "c")
        p.t(105, 27, "Ancien chef de clinique — Secteur 2 — adhérent OPTAM", "PF", 8.5, "c")
        p.t(105, 32, f"{street} — {city} — consultations sur rendez-vous : {tel}", "PF", 8.5, "c")
        p.t(105, 37, f"RPPS {rpps} — N° AM {am}", "PF", 8.5, "c")
        p.line(40, 40.5, 170, 40.5, 0.5)
        p.t(15, 52, "NOTE D'HONORAIRES", "PFB", 12.5)
        p.t(195, 52, f"n° {number}", "PFB", 11, "r")
        p.t(195, 58, f"{city_of(city)}, le {fd(issued, 'long')}", "PF", 9.5, "r")
        p.t(15, 70, "Enfant :", "PF", 10)
        p.t(42, 70, f"{child['last']} {child['first']}", "PFB", 10.5)
        p.t(15, 76, "Né(e) le :", "PF", 10)
        p.t(42, 76, fd(child["birth"], "long"), "PF", 10)
        p.t(15, 84, f"Assuré(e) ouvrant droit : {parent['civ']} {parent['last']} {parent['first']} — N° SS "
                    f"{nir_spaced(parent['nir'])}", "PF", 9)
        p.t(15, 89.5, f"Organisme complémentaire : {mut} — N° AMC {amcn}", "PF", 9)
        p.t(15, 95, f"Adressé(e) par le Dr {pedn}, pédiatre (RPPS {ped}).", "PFI", 9)
        y = p.table(15, 104, [38, 70, 24, 24, 24], ["Date", "Acte", "Base", "Dépassement", "Total"],
                    [[fd(care, "long"), "CS — consultation de chirurgie", eur(base), "—", eur(base)],
                     [fd(care, "long"), "DA — dépassement autorisé", "—", eur(da), eur(da)]],
                    "llrrr", "PF", "PFB", 9, 7.5, 0.92)
        for i, (lab, v) in enumerate([("Montant total", total), ("Remboursement Assurance Maladie", amo),
                                      ("Part mutuelle", amc), ("Reste à votre charge", pt)]):
            p.leader(90, y + 10 + i * 6.5, 195, lab, eur(v), "PFB" if i == 0 else "PF", "PFB", 9.5)
        p.t(15, y + 44, f"Intervention programmée le {fd(surgery, 'long')} à la {clinic} (cure de hernie "
                        "inguinale, chirurgie ambulatoire).", "PF", 9)
        p.t(15, y + 49.5, "Consultation d'anesthésie à prendre auprès du secrétariat de la clinique.", "PF", 9)
        p.t(15, y + 58, "Tiers payant sur la part obligatoire et la part complémentaire ; le reste est réglé ce jour.",
            "PFI", 8.5)

    f = F(rpps=rpps, nir=parent["nir"], patient_name=child["norm"], patient_birth_date=child["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("chirurgien-pediatrique-enfant", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def l04_hepatologue(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1950, 1988))
    street, city, dept = g.addr()
    rpps, gp = make_rpps(r), make_rpps(r)
    am = am_number(r, dept, "1")
    siret = make_siret(r)
    doc = (r.choice(FIRST_M + FIRST_F), other_name(r, pat["last"]))
    gpn = other_name(r, doc[1], pat["last"])
    care = workday(day(r, (2, 10)))
    issued = workday(care + dt.timedelta(days=r.randint(0, 1)))
    bio = care - dt.timedelta(days=r.randint(8, 30))
    number = f"H{care.strftime('%y%m')}-{r.randint(10, 999):03d}"
    acts = [("CS", "Consultation spécialiste", 3000),
            ("HLQM002", "Élastographie impulsionnelle du foie (FibroScan)", r.choice([3648, 4032, 3840]))]
    total = sum(v for *_, v in acts)
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    kpa = f"{r.randint(5, 14)},{r.randint(0, 9)}"
    cap = r.randint(230, 330)
    tel = phone(r)

    def p1(p: Page):
        p.rect(0, 0, 210, 30, fill=0.88, stroke=False)
        p.t(15, 13, f"Dr {doc[0]} {doc[1]}", "PCB", 14)
        p.t(15, 19, "Hépatologie — maladies du foie et des voies biliaires", "PN", 10)
        p.t(15, 24.5, f"{street}, {city} · {tel}", "PN", 9)
        p.t(195, 13, "FACTURE", "PCB", 16, "r")
        p.t(195, 19.5, f"N° {number}", "PNB", 10.5, "r")
        p.t(195, 24.5, f"du {yy(issued)}", "PN", 10, "r")
        p.t(15, 42, "PATIENT", "PCB", 9, gray=0.35)
        p.t(15, 48, f"{pat['last']} {pat['first']}", "PNB", 11)
        p.t(15, 53.5, f"Date de naissance : {yy(pat['birth'])}", "PN", 10)
        p.t(15, 59, f"Immatriculation : {nir_spaced(pat['nir'])}", "PN", 10)
        p.t(15, 64.5, f"Complémentaire : {mut} · N° AMC {amcn}", "PN", 10)
        p.t(115, 42, "ORIENTATION", "PCB", 9, gray=0.35)
        p.t(115, 48, f"Dr {gpn}, médecin traitant", "PN", 10)
        p.t(115, 53.5, f"RPPS {gp}", "PN", 10)
        p.t(115, 59, f"Bilan biologique du {yy(bio)} joint", "PN", 10)
        y = p.table(15, 76, [22, 24, 104, 30], ["Date", "Code", "Acte", "Montant"],
                    [[yy(care), c, lib, eur(v, "pre")] for c, lib, v in acts], "lllr", "PN", "PNB", 10, 7.5,
                    None, grid=True, vlines=False)
        p.rect(15, y + 6, 90, 20, fill=0.95, width=0.3)
        p.t(18, y + 12, "Résultats de l'examen", "PCB", 8.5)
        p.t(18, y + 17, f"Élasticité hépatique : {kpa} kPa (IQR/médiane 12 %)", "PN", 9)
        p.t(18, y + 22, f"CAP : {cap} dB/m — 10 mesures valides", "PN", 9)
        for i, (lab, v) in enumerate([("Total", total), ("Part AMO", amo), ("Part AMC", amc),
                                      ("Reste à charge", pt)]):
            p.t(165, y + 10 + i * 6.5, lab, "PNB" if i == 0 else "PN", 10, "r")
            p.t(195, y + 10 + i * 6.5, eur(v, "pre"), "PNB" if i == 0 else "PN", 10, "r")
        p.t(15, y + 44, "Tiers payant intégral. Compte rendu adressé au médecin traitant.", "PN", 9)
        p.line(15, 274, 195, 274, 0.3, 0.5)
        p.t(105, 279, f"RPPS {rpps} · N° AM {am} · SIRET {siret} · secteur 1", "PN", 8, "c", gray=0.3)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("hepatologue-fibroscan", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def l05_csnp(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1960, 2004))
    street, city, dept = g.addr()
    finess = make_finess(r, dnum(dept))
    doc_rpps = make_rpps(r)
    siret = make_siret(r)
    docn = (r.choice(FIRST_M + FIRST_F), other_name(r, pat["last"]))
    name = r.choice(["Les Tilleuls", "Porte Sud", "du Centre-Ville", "Confluence"])
    care = day(r, (2, 10))
    issued = care
    arr = f"{r.randint(17, 20)}:{r.randint(10, 59):02d}"
    seen = f"{int(arr[:2]) + 1}:{r.randint(0, 50):02d}"
    stitches = care + dt.timedelta(days=10)
    number = f"CSNP-{care.strftime('%y%m%d')}-{r.randint(10, 99)}"
    acts = [("G", "Consultation de médecine générale", 3000),
            ("QZJA002", "Suture de plaie superficielle de la peau, moins de 3 cm", r.choice([3135, 3345]))]
    total = sum(v for *_, v in acts)
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    tel = phone(r)

    def p1(p: Page):
        p.rect(15, 12, 16, 16, fill=0.3, stroke=False, radius=3)
        p.rect(21, 14.5, 4, 11, fill=1, stroke=False)
        p.rect(17.5, 18, 11, 4, fill=1, stroke=False)
        p.t(36, 18, f"Centre de soins non programmés {name}", "QSB", 13)
        p.t(36, 23.5, "Centre de santé — Association Santé Accès", "QSM", 9)
        p.t(36, 28, f"{street} · {city} · {tel} · ouvert 7j/7 de 8 h à 22 h", "PS", 8.5)
        p.t(195, 18, f"FINESS {finess}", "PSB", 9, "r")
        p.line(15, 33, 195, 33, 0.8, 0.4)
        p.t(15, 43, "Facture", "QSB", 16)
        p.t(15, 50, f"N° {number}", "PSB", 10)
        p.t(195, 43, f"Édition : {fd(issued)} {seen.replace(':', 'h')}", "PS", 8.5, "r", gray=0.3)
        p.t(15, 62, "Patient", "QSB", 10)
        p.t(15, 68, f"{pat['last']} {pat['first']}", "PSB", 10)
        p.t(15, 73.5, f"Né(e) le {fd(pat['birth'])}", "PS", 9.5)
        p.t(15, 79, f"N° de sécurité sociale {nir_spaced(pat['nir'])}", "PS", 9.5)
        p.t(15, 84.5, f"{mut} · N° AMC {amcn}", "PS", 9.5)
        p.t(115, 62, "Passage", "QSB", 10)
        p.t(115, 68, f"Date : {fd(care)}", "PS", 9.5)
        p.t(115, 73.5, f"Arrivée {arr} · prise en charge {seen}", "PS", 9.5)
        p.t(115, 79, f"Médecin : Dr {docn[0]} {docn[1]}", "PS", 9.5)
        p.t(115, 84.5, f"RPPS {doc_rpps} (salarié du centre)", "PS", 9)
        y = p.table(15, 95, [26, 124, 30], ["Code", "Acte", "Montant"],
                    [[c, lib, e_nb(v)] for c, lib, v in acts], "llr", "PS", "PSB", 9.5, 7.5, 0.9)
        for i, (lab, v) in enumerate([("Total", total), ("Part AMO", amo), ("Part AMC", amc),
                                      ("Reste à charge", pt)]):
            p.t(165, y + 10 + i * 6.5, lab, "PSB" if i == 0 else "PS", 10, "r")
            p.t(195, y + 10 + i * 6.5, e_nb(v), "PSB" if i == 0 else "PS", 10, "r")
        p.t(15, y + 44, f"Ablation des fils à prévoir le {fd(stitches)} chez votre médecin traitant.", "PS", 9)
        p.t(15, y + 50, "Tiers payant pratiqué sur la part obligatoire et la part complémentaire.", "PSI", 8.5)
        p.line(15, 272, 195, 272, 0.3, 0.5)
        p.t(105, 277, f"Association Santé Accès — SIRET {siret_spaced(siret)} — centre de santé agréé", "PS", 7.5,
            "c", gray=0.35)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("soins-non-programmes", [p1], [("invoice", f)], fax_name="CSNP ACCUEIL")


def l06_addictologue(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1960, 1998))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    am = am_number(r, dept, "1")
    doc = (r.choice(FIRST_M + FIRST_F), other_name(r, pat["last"]))
    care = workday(day(r, (2, 10)))
    issued = care
    nxt = care + dt.timedelta(days=r.choice([14, 21, 28]))
    number = f"{r.randint(2000, 8999)}"
    acts = [("CS", 3000), ("MPC", 200), ("MCS", 500)]
    total = sum(v for _, v in acts)
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    co = r.randint(4, 22)
    tel = phone(r)

    def p1(p: Page):
        p.t(15, 18, f"Dr {doc[0]} {doc[1]}", "OXB", 13)
        p.t(15, 24, "Addictologie — Tabacologie", "OX", 9.5)
        p.t(15, 29, f"{street}, {city}", "OX", 9)
        p.t(15, 34, f"Tél. {tel}", "OX", 9)
        p.t(195, 18, "Conventionné secteur 1", "OX", 8.5, "r", gray=0.3)
        p.t(195, 23, f"RPPS {rpps}", "OX", 8.5, "r", gray=0.3)
        p.t(195, 28, f"N° AM {am}", "OX", 8.5, "r", gray=0.3)
        p.rect(15, 42, 180, 11, fill=0.92, stroke=False)
        p.t(105, 49.5, "FACTURE D'HONORAIRES", "OXB", 12, "c")
        rows = [("Facture", number), ("Date de facture", fd(issued)), ("Patient", f"{pat['last']} {pat['first']}"),
                ("Date de naissance", fd(pat["birth"])), ("Numéro de sécurité sociale", nir_spaced(pat["nir"])),
                ("Organisme complémentaire", mut), ("N° AMC", amcn), ("Date de la consultation", fd(care))]
        for i, (lab, v) in enumerate(rows):
            yy_ = 63 + i * 6.5
            p.t(75, yy_, lab, "OX", 9.5, "r", gray=0.3)
            p.t(80, yy_, v, "OXB" if lab in ("Facture", "Patient") else "OX", 10)
        y = p.table(40, 120, [30, 70, 30], ["Cotation", "Désignation", "Montant"],
                    [[c, {"CS": "Consultation spécialiste", "MPC": "Majoration pour consultation",
                          "MCS": "Majoration de coordination"}[c], eur(v, "EUR")] for c, v in acts],
                    "llr", "OX", "OXB", 9.5, 7.5, 0.9)
        for i, (lab, v) in enumerate([("Montant total", total), ("Part AMO", amo), ("Part AMC", amc),
                                      ("Reste à charge", pt)]):
            p.t(140, y + 10 + i * 6.5, lab, "OXB" if i == 0 else "OX", 10, "r")
            p.t(170, y + 10 + i * 6.5, eur(v, "EUR"), "OXB" if i == 0 else "OX", 10, "r")
        p.t(15, y + 45, f"CO expiré mesuré ce jour : {co} ppm.", "OX", 9)
        p.t(15, y + 51, "Substituts nicotiniques prescrits (patchs 21 mg/24 h et gommes 2 mg), remboursés sur "
                        "ordonnance en pharmacie.", "OX", 9)
        p.t(15, y + 57, f"Prochain rendez-vous : {fd(nxt)}.", "OX", 9)
        p.t(15, y + 67, "Tiers payant : aucune somme réglée par le patient.", "OX", 8.5, gray=0.3)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("addictologue-formulaire", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def l07_infectiologue(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1950, 1995))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    chu_finess = make_finess(r, dnum(dept))
    am = am_number(r, dept, "1")
    doc = (r.choice(FIRST_M + FIRST_F), other_name(r, pat["last"]))
    care = workday(day(r, (3, 10)))
    issued = workday(care + dt.timedelta(days=r.randint(0, 2)))
    discharge = care - dt.timedelta(days=r.randint(12, 30))
    sero = care - dt.timedelta(days=r.randint(2, 7))
    number = f"INF-{r.randint(100, 999)}-{care.strftime('%y')}"
    base, da = 3000, r.choice([1500, 2000, 2500])
    total = base + da
    amo = pct(base, 0.70)
    amc = base - amo + da
    pt = 0
    if r.random() < 0.7:
        amc -= 500
        pt = 500
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    tel = phone(r)

    def p1(p: Page):
        p.t(15, 18, f"Docteur {doc[0]} {doc[1]}", "PZ", 14)
        p.t(15, 24, "Maladies infectieuses et tropicales — ancien(ne) interne des hôpitaux", "PZI", 9)
        p.t(15, 29, f"{street} · {city} · {tel}", "PS", 8.5)
        p.t(15, 34, f"RPPS {rpps} · N° AM {am} · secteur 2, OPTAM", "PS", 8.5)
        p.t(195, 18, "NOTE D'HONORAIRES", "PZ", 12, "r")
        p.t(195, 24, f"N° {number}", "PS", 10, "r")
        p.t(195, 29, f"Date : {fd(issued, 'dot2')}", "PS", 10, "r")
        p.line(15, 38, 195, 38, 0.4)
        p.t(15, 48, f"Patient(e) : {pat['civ']} {pat['last']} {pat['first']}", "PS", 10)
        p.t(15, 54, f"Né(e) le {fd(pat['birth'], 'dot2')} — N° SS {nir_spaced(pat['nir'])}", "PS", 10)
        p.t(15, 60, f"Mutuelle : {mut} — N° AMC {amcn}", "PS", 10)
        p.t(15, 70, f"Consultation de suivi après hospitalisation au CHU (service des maladies infectieuses, FINESS "
                    f"{chu_finess}),", "PSI", 8.5)
        p.t(15, 74.5, f"sortie le {fd(discharge, 'dot2')} ; sérologies du {fd(sero, 'dot2')} revues ce jour.", "PSI",
            8.5)
        y = p.table(15, 84, [24, 80, 24, 28, 24], ["Date", "Acte", "Base (€)", "Dépassement (€)", "Montant (€)"],
                    [[fd(care, "dot2"), "CS — consultation", eur(base, "plain"), "0,00", eur(base, "plain")],
                     [fd(care, "dot2"), "DA — dépassement (OPTAM)", "0,00", eur(da, "plain"), eur(da, "plain")]],
                    "llrrr", "PS", "PSB", 9, 7.5, 0.9)
        p.t(100, y + 10, "Montant (€)", "PSB", 9, "r")
        for i, (lab, v) in enumerate([("Total honoraires", total), ("Part Assurance Maladie", amo),
                                      ("Part complémentaire", amc), ("Reste à la charge du patient", pt)]):
            p.t(15, y + 16 + i * 6.5, lab, "PSB" if i == 0 else "PS", 10)
            p.t(100, y + 16 + i * 6.5, eur(v, "plain"), "PSB" if i == 0 else "PS", 10, "r")
        p.t(15, y + 50, "Tiers payant sur la part obligatoire et la part complémentaire.", "PSI", 8.5)
        p.t(15, y + 55, "Dépassement dans le cadre de l'OPTAM, tact et mesure.", "PSI", 8.5)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("infectiologue-optam", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def l08_hyperbare(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1948, 1980))
    street, city, dept = g.addr()
    finess, finess_j = make_finess(r, dnum(dept)), make_finess(r, dnum(dept))
    presc, hyper = make_rpps(r), make_rpps(r)
    stoma = other_name(r, pat["last"])
    hypn = other_name(r, stoma, pat["last"])
    first = workday(day(r, (2, 8)))
    sessions = [first]
    while len(sessions) < 20:
        sessions.append(workday(sessions[-1] + dt.timedelta(days=1)))
    accord_date = first - dt.timedelta(days=r.randint(7, 20))
    accord = f"{r.randint(10, 99)}{digits(r, 7)}"
    issued = workday(sessions[-1] + dt.timedelta(days=r.randint(2, 6)))
    number = f"OHB{issued.strftime('%Y%m')}{r.randint(100, 999)}"
    unit = r.choice([15246, 14890, 16012])
    total = unit * 20
    amo = pct(total, 0.80)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    tel = phone(r)

    def p1(p: Page):
        p.t(15, 17, "CENTRE DE MÉDECINE HYPERBARE", "PNB", 14)
        p.t(15, 23, f"Centre hospitalier — {street}, {city}", "PN", 9.5)
        p.t(15, 28, f"Caisson multiplace · accueil {tel}", "PN", 9)
        p.t(195, 17, f"FINESS {finess}", "PNB", 10, "r")
        p.t(195, 23, "Relevé de séances", "PN", 9.5, "r")
        p.line(15, 32, 195, 32, 0.7)
        p.t(15, 41, f"Facture n° {number}", "PNB", 11)
        p.t(195, 41, f"Émise le {fd(issued)}", "PN", 10, "r")
        p.t(15, 50, f"Patient : {pat['last']} {pat['first']} — né(e) le {fd(pat['birth'])}", "PN", 10)
        p.t(15, 55.5, f"N° d'immatriculation : {nir_spaced(pat['nir'])}", "PN", 10)
        p.t(15, 61, f"Organisme complémentaire : {mut} — N° AMC {amcn}", "PN", 10)
        p.t(15, 66.5, f"Prescripteur : Dr {stoma}, stomatologue — RPPS {presc}", "PN", 9.5)
        p.t(15, 72, f"Accord préalable n° {accord} du {fd(accord_date)} — indication : ostéoradionécrose "
                    "mandibulaire", "PN", 9.5)
        p.t(15, 80, f"Période de soins : du {fd(sessions[0])} au {fd(sessions[-1])} — 20 séances de 90 minutes à "
                    "2,5 ATA", "PNB", 9.5)
        rows = [[str(i + 1), fd(d), "OHB", nb(unit)] for i, d in enumerate(sessions)]
        widths = [10, 26, 18, 30]
        p.table(15, 86, widths, ["N°", "Date", "Code", "Montant"], rows[:10], "lllr", "PN", "PNB", 9, 6.5, 0.88)
        p.table(111, 86, widths, ["N°", "Date", "Code", "Montant"], rows[10:], "lllr", "PN", "PNB", 9, 6.5, 0.88)
        y = 86 + 11 * 6.5 + 4
        p.t(15, y + 4, f"Tarif de la séance : {e_nb(unit)} · montants en euros", "PN", 8.5,
            gray=0.3)
        for i, (lab, v) in enumerate([("Total des 20 séances", total), ("Part Assurance Maladie (80 %)", amo),
                                      ("Part organisme complémentaire (20 %)", amc), ("Reste dû par le patient", pt)]):
            p.t(160, y + 14 + i * 6.5, lab, "PNB" if i == 0 else "PN", 10, "r")
            p.t(195, y + 14 + i * 6.5, e_nb(v), "PNB" if i == 0 else "PN", 10, "r")
        p.t(15, y + 46, f"Médecin responsable des séances : Dr {hypn} — RPPS {hyper}", "PN", 9)
        p.t(15, y + 51.5, "Tiers payant AMO et AMC — aucune avance de frais.", "PN", 9)
        p.line(15, 272, 195, 272, 0.3, 0.5)
        p.t(105, 277, f"Entité juridique : Groupement hospitalier de territoire — FINESS EJ {finess_j}", "PN", 7.5,
            "c", gray=0.35)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=first, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("hyperbare-deux-colonnes", [p1], [("invoice", f)], fax_name="CH MED HYPERBARE")


def l09_nutritionniste(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1962, 2002))
    street, city, dept = g.addr()
    rpps = make_rpps(r)
    am = am_number(r, dept, "1")
    doc = (r.choice(FIRST_F + FIRST_M), other_name(r, pat["last"]))
    care = workday(day(r, (2, 10)))
    issued = care
    nxt = care + dt.timedelta(days=r.choice([28, 35, 42]))
    number = f"NUT-{care.strftime('%y')}-{r.randint(100, 999):04d}"
    dossier = f"{r.randint(1000, 9999)}"
    bia = r.choice([2000, 2500, 3000, 2250])
    acts = [("CS", "Consultation de nutrition", 3000, True), ("MPC", "Majoration pour consultation", 200, True),
            ("MCS", "Majoration de coordination", 500, True),
            ("HN", "Impédancemétrie (composition corporelle)", bia, False)]
    remb = sum(v for *_, v, ok in acts if ok)
    total = remb + bia
    amo = pct(remb, 0.70)
    amc = remb - amo
    pt = bia
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES)
    tel = phone(r)

    def p1(p: Page):
        p.t(15, 20, f"Docteur {doc[0]} {doc[1]}", "QSB", 15)
        p.t(15, 26.5, "Médecin nutritionniste — Nutrition clinique, obésité, diabète", "QSM", 9.5)
        p.t(15, 32, f"{street} — {city} — {tel}", "QS", 9)
        p.t(195, 20, f"{city_of(city)}, le {fd(issued, 'long')}", "QS", 9.5, "r")
        p.t(195, 26.5, f"Dossier n° {dossier}", "QS", 9, "r", gray=0.35)
        p.line(15, 37, 195, 37, 0.5, 0.5)
        p.t(105, 50, "NOTE D'HONORAIRES", "QSB", 13, "c")
        p.t(15, 64, "Patient(e)", "QSB", 9.5)
        p.t(50, 64, f"{pat['last']} {pat['first']}", "QSM", 10)
        p.t(15, 70, "Né(e) le", "QSB", 9.5)
        p.t(50, 70, fd(pat["birth"]), "QS", 10)
        p.t(15, 76, "N° de sécurité sociale", "QSB", 9.5)
        p.t(65, 76, nir_spaced(pat["nir"]), "QS", 10)
        p.t(15, 82, "Complémentaire", "QSB", 9.5)
        p.t(50, 82, f"{mut} — N° AMC {amcn}", "QS", 10)
        y = p.table(15, 92, [26, 22, 102, 30], ["Date", "Code", "Prestation", "Montant"],
                    [[fd(care), c, lib + ("" if ok else ", non remboursable"), eur(v)] for c, lib, v, ok in acts],
                    "lllr", "QS", "QSB", 8.8, 7.5, 0.92)
        lines = [
            f"La part prise en charge par l'Assurance Maladie s'élève à {eur(amo)} et la part de votre",
            f"organisme complémentaire à {eur(amc)}, réglées en tiers payant. L'impédancemétrie, non",
            f"remboursable, reste à votre charge : {eur(pt)}, réglés ce jour par carte bancaire.",
            "",
            f"Arrêtée la présente note d'honoraires à la somme de {euros_in_words(total)} ({eur(total)}).",
        ]
        for i, s in enumerate(lines):
            p.t(15, y + 12 + i * 6, s, "QSM" if i == 4 else "QS", 9.5)
        p.t(15, y + 50, f"Prochaine consultation conseillée vers le {fd(nxt)}.", "QS", 9)
        p.line(15, 276, 195, 276, 0.3, 0.5)
        p.t(105, 281, f"Dr {doc[1]} · RPPS {rpps} · N° AM {am} · secteur 1 · Réf. facture {number} · page 1/1",
            "QS", 7.2, "c", gray=0.3)

    f = F(rpps=rpps, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("nutritionniste-somme-en-lettres", [p1], [("invoice", f)], fax_name=f"DR {doc[1]}")


def l10_ch_consultation_tampon(g: Gen) -> Layout:
    r = g.rng
    pat = g.person(year=(1940, 1975), sex=2)
    street, city, dept = g.addr()
    finess = make_finess(r, dnum(dept))
    ph_rpps = make_rpps(r)
    phn = other_name(r, pat["last"])
    care = workday(day(r, (2, 9)))
    issued = workday(care + dt.timedelta(days=r.randint(3, 9)))
    stamped = issued + dt.timedelta(days=r.randint(2, 6))
    number = f"{care.year}{r.randint(1, 9)}{digits(r, 6)}"
    ipp, venue = digits(r, 8), f"{r.randint(10, 99)}{digits(r, 7)}"
    acts = [("CS", "CONSULTATION SPECIALISTE", 3000), ("PAQK007", "OSTEODENSITOMETRIE DEUX SITES", 3996)]
    total = sum(v for *_, v in acts)
    amo = pct(total, 0.70)
    amc = total - amo
    pt = 0
    amcn = g.amc_number()
    mut = r.choice(MUTUELLES).upper()
    hosp = f"CENTRE HOSPITALIER DE {city_of(city).upper()}"

    def p1(p: Page):
        p.t(15, 15, hosp, "PMB", 11)
        p.t(15, 20, f"{street.upper()} {city}", "PM", 8)
        p.t(15, 24, f"FINESS : {finess}   SERVICE DES CONSULTATIONS EXTERNES", "PM", 8)
        p.t(195, 15, "AVIS DE SOMMES A PAYER", "PMB", 10, "r")
        p.t(195, 20, "RHUMATOLOGIE - ACTES EXTERNES", "PM", 8, "r")
        p.line(15, 27, 195, 27, 0.6)
        p.t(15, 34, f"N° FACTURE      : {number}", "PM", 9)
        p.t(15, 42, f"DATE D'EMISSION : {fd(issued)}", "PM", 9)
        p.t(15, 50, f"IPP : {ipp}   N° VENUE : {venue}", "PM", 9)
        p.t(112, 34, f"PATIENT  : {pat['last']} {pat['first']}", "PM", 9)
        p.t(112, 39, f"NE(E) LE : {fd(pat['birth'])}", "PM", 9)
        p.t(112, 44, f"NIR      : {pat['nir']}", "PM", 9)
        p.t(112, 49, f"MUTUELLE : {amcn} {mut[:22]}", "PM", 9)
        p.t(15, 56, f"DATE DE CONSULTATION : {fd(care)}", "PM", 9)
        p.t(15, 61, f"PRATICIEN : DR {phn}  RPPS {ph_rpps}", "PM", 8.5)
        y = p.table(15, 66, [24, 22, 96, 38], ["DATE", "CODE", "LIBELLE", "MONTANT"],
                    [[fd(care), c, lib, eur(v, "EUR")] for c, lib, v in acts], "lllr", "PM", "PMB", 8.5, 6, None,
                    grid=True, vlines=False)
        for i, (lab, v) in enumerate([("MONTANT TOTAL", total), ("PART ASSURANCE MALADIE", amo),
                                      ("PART ORGANISME COMPLEMENTAIRE", amc), ("RESTE A PAYER PAR LE PATIENT", pt)]):
            p.t(150, y + 7 + i * 5, lab, "PMB" if i == 0 else "PM", 8.5, "r")
            p.t(195, y + 7 + i * 5, eur(v, "EUR"), "PMB" if i == 0 else "PM", 8.5, "r")
        p.t(15, y + 30, "TIERS PAYANT AMO ET AMC - AUCUNE SOMME A REGLER.", "PM", 8)
        p.t(15, y + 34.5, "EN CAS DE RECLAMATION, RAPPELER LE N° DE FACTURE.", "PM", 8)
        # the bureau des entrées stamp, inked across the issue-date field
        stamp18(p, 62, 43, ["TRANSMIS AU TIERS PAYANT", f"LE {fd(stamped)}", "BUREAU DES ENTREES"], -7, "PM",
                "PMB", 8.5, gray=0.45, alpha=0.7)
        # cut line and payment slip (half-page avis)
        p.line(10, 148.5, 200, 148.5, 0.5, 0.3, dash=(3, 2))
        p.t(105, 146.5, "- - - - - - - - DECOUPER SUIVANT LE POINTILLE - - - - - - - -", "PM", 6.5, "c", gray=0.4)
        p.t(15, 158, "TALON A JOINDRE A VOTRE REGLEMENT EVENTUEL", "PMB", 9)
        p.t(15, 164, f"{hosp} - TRESORERIE HOSPITALIERE", "PM", 8)
        p.t(15, 170, f"IPP {ipp}   PATIENT {pat['last']}", "PM", 8.5)
        p.t(15, 175, f"MONTANT RESTANT DU : {eur(pt, 'EUR')}", "PM", 8.5)
        p.t(15, 180, "REGLEMENT : CHEQUE A L'ORDRE DU TRESOR PUBLIC OU PAIEMENT EN LIGNE (PAYFIP)", "PM", 8)

    f = F(finess=finess, nir=pat["nir"], patient_name=pat["norm"], patient_birth_date=pat["birth"],
          invoice_number=number, invoice_date=issued, care_date=care, total_amount=total, amo_amount=amo,
          amc_amount=amc, patient_amount=pt, amc_number=amcn)
    return Layout("ch-externe-tampon", [p1], [("invoice", f)], fax_name="CH BUREAU ENTREES")


LAYOUTS = [l01_sommeil, l02_oculariste, l03_chir_pediatrique, l04_hepatologue, l05_csnp, l06_addictologue,
           l07_infectiologue, l08_hyperbare, l09_nutritionniste, l10_ch_consultation_tampon]

# neutral file id -> layout number (1-based index in LAYOUTS); the order of the ids is not the order of the layouts
FILE_IDS = {"d101": 4, "d102": 9, "d103": 1, "d104": 7, "d105": 10, "d106": 2, "d107": 6, "d108": 8, "d109": 3,
            "d110": 5}


# ------------------------------------------------------------------------------------------- checks
def check(lay: Layout) -> None:
    """Identifiers valid and amounts consistent, or fail loudly."""
    assert len(lay.docs) == 1
    for kind, f in lay.docs:
        assert kind == "invoice"
        if "rpps" in f:
            assert len(f["rpps"]) == 11 and f["rpps"].isdigit() and luhn.is_valid(f["rpps"]), f["rpps"]
        for k in ("adeli", "finess"):
            if k in f:
                assert len(f[k]) == 9 and f[k].isdigit() and luhn.is_valid(f[k]), (k, f[k])
        assert sum(k in f for k in ("rpps", "adeli", "finess")) == 1
        n = f["nir"]
        assert stdnir.is_valid(n), n
        assert len(n) == 15 and n[0] in "12" and 1 <= int(n[3:5]) <= 12
        num = int(n[:13].replace("2A", "19").replace("2B", "18"))
        assert int(n[13:]) == 97 - num % 97
        if n[5:7] in ("2A", "2B"):
            assert int(n[1:3]) >= 76
        c = {k: int(f[k].replace(".", "")) for k in ("total_amount", "amo_amount", "amc_amount", "patient_amount")}
        assert c["total_amount"] == c["amo_amount"] + c["amc_amount"] + c["patient_amount"], (lay.id, c)
        assert all(v >= 0 for v in c.values())
        assert f["amc_number"].isdigit() and len(f["amc_number"]) in (8, 9), f["amc_number"]
        assert f["patient_name"].split(" ", 1)[0].replace("-", "").replace(" ", "").isupper()
        assert f["care_date"] <= f["invoice_date"], lay.id
        assert f["patient_birth_date"] < f["care_date"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="documents18")
    ap.add_argument("--seed", type=int, default=181)
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    g = Gen(args.seed)
    rng = random.Random(args.seed * 7 + 1)
    lays = [make(g) for make in LAYOUTS]
    for lay in lays:
        check(lay)
    assert sorted(FILE_IDS.values()) == list(range(1, len(LAYOUTS) + 1))
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
