"""Second held-out document set for tp-intake, written blind (final honest measurement only).

    .venv/bin/python bench/heldout/documents2_gen.py --out bench/heldout/documents2 --seed 23

Twelve layouts modelled on what real French practices print (practice-management software,
hand-made Word templates, normalised devis, a pharmacy till receipt...), each rendered as a text PDF,
an image-only scan PDF, a fine fax TIFF (G4) and, for half of them, a normal fax TIFF (G3) and a
phone photo. Ground truth sits next to each file as `<file>.json`.

Do not tune the extractor on this set: it exists to measure generalisation.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
import shutil
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from stdnum import luhn

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "S": "DejaVuSans.ttf", "SB": "DejaVuSans-Bold.ttf", "SI": "DejaVuSans-Oblique.ttf",
    "R": "DejaVuSerif.ttf", "RB": "DejaVuSerif-Bold.ttf", "RI": "DejaVuSerif-Italic.ttf",
    "M": "DejaVuSansMono.ttf", "MB": "DejaVuSansMono-Bold.ttf",
    "C": "DejaVuSansCondensed.ttf", "CB": "DejaVuSansCondensed-Bold.ttf",
}
for _k, _f in FONTS.items():
    pdfmetrics.registerFont(TTFont("D2" + _k, DEJAVU + _f))

NBSP, NNBSP = "\u00a0", "\u202f"
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]


# ---------------------------------------------------------------- identifiers

def rpps(rng: random.Random) -> str:
    body = "1" + "".join(rng.choice("0123456789") for _ in range(9))
    return body + luhn.calc_check_digit(body)


def adeli(rng: random.Random, dept: str, prof: str) -> str:
    body = dept + prof + "".join(rng.choice("0123456789") for _ in range(8 - len(dept) - len(prof)))
    return body + luhn.calc_check_digit(body)


def finess(rng: random.Random, dept: str) -> str:
    body = dept + "".join(rng.choice("0123456789") for _ in range(6))
    return body + luhn.calc_check_digit(body)


def nir(rng: random.Random, sex: int, birth: dt.date, dept: str) -> str:
    first = f"{sex}{birth.year % 100:02d}{birth.month:02d}{dept}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
    num = int(first.replace("2A", "19").replace("2B", "18"))
    return first + f"{97 - num % 97:02d}"


def nir_spaced(n: str) -> str:
    return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"


def siret(rng: random.Random) -> str:
    siren = "".join(rng.choice("0123456789") for _ in range(8))
    siren += luhn.calc_check_digit(siren)
    body = siren + f"{rng.randint(1, 99):04d}"
    return body + luhn.calc_check_digit(body)


def phone(rng: random.Random, prefix: str) -> str:
    return prefix + " " + " ".join(f"{rng.randint(0, 99):02d}" for _ in range(4))


# ---------------------------------------------------------------- formats

def fd(d: dt.date, style: str = "n") -> str:
    if style == "n":
        return d.strftime("%d/%m/%Y")
    if style == "d2":
        return d.strftime("%d-%m-%y")
    if style == "p2":
        return d.strftime("%d.%m.%y")
    day = "1er" if d.day == 1 else str(d.day)
    if style == "l":
        return f"{JOURS[d.weekday()]} {day} {MOIS[d.month - 1]} {d.year}"
    if style == "m":
        return f"{day} {MOIS[d.month - 1]} {d.year}"
    raise ValueError(style)


def fa(cents: int, style: str = "sp", sep: str = NBSP) -> str:
    euros, c = divmod(cents, 100)
    grouped = f"{euros:,}"
    if style == "plain":
        return f"{euros},{c:02d}"
    if style == "dot":
        return grouped.replace(",", ".") + f",{c:02d} EUR"
    if style == "int" and c == 0:
        return grouped.replace(",", sep) + " €"
    if style == "pre":
        return "€ " + grouped.replace(",", sep) + f",{c:02d}"
    if style == "num":
        return grouped.replace(",", sep) + f",{c:02d}"
    return grouped.replace(",", sep) + f",{c:02d} €"


def ta(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


# ---------------------------------------------------------------- drawing

class Doc:
    """A reportlab canvas addressed in millimetres from the top-left corner."""

    def __init__(self, pagesize=A4):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=pagesize)
        self.W, self.H = pagesize
        self.c.setTitle("document")

    def t(self, x, y, s, size=9, f="S", a="l", color=None):
        c = self.c
        c.setFont("D2" + f, size)
        c.setFillColor(color or colors.black)
        X, Y = x * mm, self.H - y * mm
        {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[a](X, Y, s)
        c.setFillColor(colors.black)

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.6):
        c = self.c
        c.setLineWidth(lw)
        if fill is not None:
            c.setFillColor(fill)
        c.rect(x * mm, self.H - (y + h) * mm, w * mm, h * mm, stroke=int(stroke), fill=int(fill is not None))
        c.setFillColor(colors.black)

    def line(self, x1, y1, x2, y2, lw=0.5, dash=None):
        c = self.c
        c.setLineWidth(lw)
        if dash:
            c.setDash(*dash)
        c.line(x1 * mm, self.H - y1 * mm, x2 * mm, self.H - y2 * mm)
        c.setDash()

    def para(self, x, y, text, width, size=9, f="S", leading=None):
        leading = leading or size * 0.5
        words, line = text.split(" "), ""
        for w in words:
            cand = (line + " " + w).strip()
            if pdfmetrics.stringWidth(cand, "D2" + f, size) > width * mm and line:
                self.t(x, y, line, size, f)
                y += leading
                line = w
            else:
                line = cand
        if line:
            self.t(x, y, line, size, f)
            y += leading
        return y

    def table(self, x, y, widths, rows, size=8, f="S", hf="SB", rh=6.0, aligns=None, grid=True,
              header_fill=None, header=True, header_color=None):
        aligns = aligns or ["l"] * len(widths)
        total = sum(widths)
        for i, row in enumerate(rows):
            is_h = header and i == 0
            if is_h and header_fill is not None:
                self.rect(x, y, total, rh, fill=header_fill, stroke=False)
            cx = x
            for cell, w, a in zip(row, widths, aligns):
                if cell:
                    tx = {"l": cx + 1.2, "r": cx + w - 1.2, "c": cx + w / 2}[a if not is_h else "c" if a == "c" else a]
                    self.t(tx, y + rh * 0.7, cell, size, hf if is_h else f, a,
                           color=header_color if is_h else None)
                cx += w
            if grid:
                self.rect(x, y, total, rh, lw=0.4)
                cx = x
                for w in widths[:-1]:
                    cx += w
                    self.line(cx, y, cx, y + rh, lw=0.4)
            y += rh
        return y

    def next(self):
        self.c.showPage()

    def pdf(self) -> bytes:
        self.c.save()
        return self.buf.getvalue()


GREY = colors.Color(0.85, 0.85, 0.85)
DARK = colors.Color(0.18, 0.27, 0.42)


# ---------------------------------------------------------------- layouts
# Each returns (pdf bytes, [ {"kind":..., "fields":...}, ... ], meta)


def lay_gp(rng):
    """Généraliste, 'Note d'honoraires' from a practice-management software."""
    d = Doc()
    p_rpps, birth = rpps(rng), dt.date(1978, 4, 12)
    p_nir = nir(rng, 2, birth, "69")
    care, issued, rdv = dt.date(2025, 3, 3), dt.date(2025, 3, 4), dt.date(2025, 3, 17)
    folio = f"2025-{rng.randint(1000, 9999):05d}"
    amc = f"{rng.randint(10000000, 99999999)}"
    lines = [("GS", "Consultation de médecine générale", 3000), ("MCG", "Majoration de coordination", 500)]
    total = sum(v for *_, v in lines)
    amo, amcv, pat = 2250, 1050, 200
    assert amo + amcv + pat == total
    d.rect(0, 0, 210, 18, fill=DARK, stroke=False)
    d.t(12, 11.5, "NOTE D'HONORAIRES", 15, "SB", color=colors.white)
    d.t(198, 8, "MédiCab Pro v8.4", 7, "S", "r", color=colors.white)
    d.t(198, 13, f"Édité le {fd(issued)}", 8, "S", "r", color=colors.white)
    # practitioner block on the right
    x = 118
    d.rect(x - 3, 24, 95, 50, lw=0.5)
    d.t(x, 30, "Docteur Jean-Marc ROUSSEL", 10, "SB")
    d.t(x, 35, "Médecin généraliste — Secteur 1", 8)
    d.t(x, 40, "Maison de santé des Pentes", 8)
    d.t(x, 44, "14 montée de la Grande-Côte", 8)
    d.t(x, 48, "69001 LYON", 8)
    d.t(x, 53, f"Tél. {phone(rng, '04')}", 8)
    d.t(x, 58, f"N° PS (RPPS) : {p_rpps}", 8.5, "SB")
    d.t(x, 63, f"N° AM : 69 1 {rng.randint(10000, 99999)} {rng.randint(1, 9)}", 8)
    d.t(x, 68, f"SIRET : {siret(rng)}", 8)
    # patient block on the left
    d.t(12, 30, "Bénéficiaire des soins", 8, "SB", color=DARK)
    d.t(12, 36, "Mme DUPUIS-MOREAU Hélène", 10, "SB")
    d.t(12, 41, f"Né(e) le : {fd(birth)}", 8.5)
    d.t(12, 46, f"N° INSEE : {nir_spaced(p_nir)}", 8.5)
    d.t(12, 51, "27 rue Burdeau, 69001 LYON", 8)
    d.t(12, 56, "Régime : 01 - Caisse : 691 - Centre : 0000", 7.5)
    d.t(12, 61, f"Mutuelle n° : {amc}", 8.5)
    d.t(12, 66, "Tiers payant AMO/AMC : OUI", 8)
    d.line(12, 80, 198, 80, 1.2)
    d.t(12, 87, f"Folio : {folio}", 10, "SB")
    d.t(198, 87, f"Acte réalisé le {fd(care)}", 9, "S", "r")
    rows = [["Date", "Code", "Libellé de l'acte", "Qté", "Montant"]]
    rows += [[fd(care), c, lab, "1", fa(v, "num")] for c, lab, v in lines]
    y = d.table(12, 93, [26, 18, 98, 12, 32], rows, 8.5, rh=7, aligns=["l", "l", "l", "c", "r"],
                header_fill=GREY)
    y += 8
    for lab, v, f in [("Total honoraires", total, "SB"), ("Dont part obligatoire", amo, "S"),
                      ("Dont part complémentaire", amcv, "S"), ("Part restant à votre charge", pat, "SB")]:
        d.t(130, y, lab, 9, f)
        d.t(198, y, fa(v), 9, f, "r")
        y += 6
    d.t(12, y + 8, f"Prochain rendez-vous : {fd(rdv)} à 10h30", 8, "SI")
    d.t(12, y + 14, "Tiers payant AMO et AMC — participation forfaitaire de 2,00 € à la charge du patient.", 7.5)
    d.line(12, 272, 198, 272, 0.4)
    d.t(105, 277, f"IBAN FR76 1007 1690 0000 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} 512 — BIC TRPUFRP1 — Code APE 8621Z",
        6.5, "S", "c")
    d.t(105, 281, "Médecin conventionné — Membre d'une association agréée, le règlement des honoraires par chèque est accepté.",
        6.5, "S", "c")
    fields = {"rpps": p_rpps, "nir": p_nir, "patient_name": "DUPUIS-MOREAU Hélène",
              "patient_birth_date": birth.isoformat(), "invoice_number": folio, "invoice_date": issued.isoformat(),
              "care_date": care.isoformat(), "total_amount": ta(total), "amo_amount": ta(amo),
              "amc_amount": ta(amcv), "patient_amount": ta(pat), "amc_number": amc}
    return d.pdf(), [{"kind": "invoice", "fields": fields}], {"tsi": "MSP DES PENTES"}


def lay_odf(rng):
    """Orthodontist, 'Facture de soins ODF' over a semester, two pages, child patient."""
    d = Doc()
    p_rpps, presc = rpps(rng), rpps(rng)
    parent_birth, child_birth = dt.date(1985, 11, 2), dt.date(2013, 9, 5)
    p_nir = nir(rng, 2, parent_birth, "33")
    start, end, issued = dt.date(2025, 1, 6), dt.date(2025, 7, 5), dt.date(2025, 1, 8)
    num = f"ODF-2025/{rng.randint(100, 999):04d}"
    amc = f"{rng.randint(100000000, 999999999)}"
    total, amo, amcv, pat = 72000, 19350, 38000, 14650
    assert amo + amcv + pat == total
    d.t(15, 18, "CABINET D'ORTHODONTIE DES CHARTRONS", 13, "RB")
    d.t(15, 24, "Dr Claire VASSEUR — Spécialiste qualifiée en orthopédie dento-faciale", 9, "R")
    d.t(15, 29, "52 quai des Chartrons — 33000 BORDEAUX — Tél. " + phone(rng, "05"), 8.5, "R")
    d.t(15, 34, f"Numéro RPPS du PS exécutant : {p_rpps}", 9, "RB")
    d.line(15, 38, 195, 38, 0.8)
    d.t(105, 50, "FACTURE DE SOINS ODF", 16, "RB", "c")
    d.t(105, 57, "Traitement d'orthopédie dento-faciale — semestre de traitement actif", 9, "RI", "c")
    d.rect(15, 66, 85, 40)
    d.t(18, 72, "Assuré(e)", 8, "RB")
    d.t(18, 78, "Mme BERTRAND Sophie", 9.5, "R")
    d.t(18, 84, f"N° assuré : {nir_spaced(p_nir)}", 9, "R")
    d.t(18, 90, f"Née le {fd(parent_birth)}", 8, "R")
    d.t(18, 96, "9 allée de Boutaut, 33300 BORDEAUX", 8, "R")
    d.rect(110, 66, 85, 40)
    d.t(113, 72, "Patient (ayant droit)", 8, "RB")
    d.t(113, 78, "BERTRAND-NGUYEN Lucas", 9.5, "R")
    d.t(113, 84, f"Date de naissance : {fd(child_birth)}", 9, "R")
    d.t(113, 90, "Rang : 2", 8, "R")
    d.t(113, 96, f"Mutuelle : MUTUELLE ATLANTIQUE — n° {amc}", 8, "R")
    d.t(15, 118, f"Facture N° {num}", 11, "RB")
    d.t(195, 118, f"Bordeaux, le {fd(issued)}", 9.5, "R", "r")
    d.t(15, 128, f"Période du {fd(start)} au {fd(end)} (semestre n° 3)", 10, "R")
    d.t(15, 135, f"Entente préalable accordée — Adressé par Dr P. LACOSTE, chirurgien-dentiste (RPPS {presc})", 8, "RI")
    rows = [["Code", "Désignation", "Base SS", "Honoraires"],
            ["TO90", "Traitement ODF actif, semestre", fa(19350, "num"), fa(72000, "num")]]
    d.table(15, 145, [22, 98, 30, 30], rows, 9, "R", "RB", rh=8, aligns=["l", "l", "r", "r"])
    d.t(15, 172, "Le détail du règlement figure en page 2.", 9, "RI")
    d.t(105, 285, "page 1/2", 7.5, "R", "c")
    d.next()
    d.t(15, 18, f"Facture N° {num} — suite", 10, "RB")
    d.t(195, 18, "Dr Claire VASSEUR", 9, "R", "r")
    d.line(15, 22, 195, 22, 0.5)
    d.t(15, 34, "Répartition de la prise en charge", 11, "RB")
    y = 44
    for lab, v, f in [("Montant total des honoraires", total, "RB"),
                      ("Remboursement Sécurité sociale (100 % BR, patient de moins de 16 ans)", amo, "R"),
                      ("Part mutuelle (tiers payant)", amcv, "R"),
                      ("Reste à charge famille", pat, "RB")]:
        d.t(20, y, lab, 9.5, f)
        d.t(190, y, fa(v, "sp"), 9.5, f, "r")
        d.line(20, y + 2, 190, y + 2, 0.2, (1, 2))
        y += 9
    d.t(15, y + 10, "Échéancier du reste à charge", 10, "RB")
    y += 18
    for k, when in enumerate([dt.date(2025, 2, 5), dt.date(2025, 4, 5)]):
        d.t(20, y, f"Échéance {k + 1} : {fd(when)}", 9, "R")
        d.t(120, y, fa(7325 if k == 0 else 7325), 9, "R", "r")
        y += 6
    d.t(15, y + 10, "Prochain contrôle : " + fd(dt.date(2025, 2, 19)) + " à 17h15", 9, "RI")
    d.para(15, y + 22, "Facture acquittée pour la part réglée. Conformément à la convention nationale des "
           "chirurgiens-dentistes, le semestre est facturé au premier jour de la période. Pénalités de retard : "
           "taux légal. Indemnité forfaitaire de recouvrement : 40 €.", 180, 8, "R", 4.5)
    d.t(105, 270, f"SIRET {siret(rng)} — RCS non applicable — Membre d'une AGA", 7, "R", "c")
    d.t(105, 285, "page 2/2", 7.5, "R", "c")
    fields = {"rpps": p_rpps, "nir": p_nir, "patient_name": "BERTRAND-NGUYEN Lucas",
              "patient_birth_date": child_birth.isoformat(), "invoice_number": num,
              "invoice_date": issued.isoformat(), "care_date": start.isoformat(), "total_amount": ta(total),
              "amo_amount": ta(amo), "amc_amount": ta(amcv), "patient_amount": ta(pat), "amc_number": amc}
    return d.pdf(), [{"kind": "invoice", "fields": fields}], {"tsi": "ORTHO CHARTRONS"}


def lay_ophtalmo(rng):
    """Ophthalmologist, secteur 2, dépassement d'honoraires, long dates, 'EUR' amounts."""
    d = Doc()
    p_rpps, birth = rpps(rng), dt.date(1959, 1, 30)
    p_nir = nir(rng, 1, birth, "2A")
    care, issued = dt.date(2025, 2, 28), dt.date(2025, 3, 3)
    num = f"{rng.randint(10, 99)}{rng.randint(100000, 999999)}"
    amc = f"{rng.randint(10000000, 99999999)}"
    lines = [("CS", "Consultation spécialiste", 3000, 3000), ("BGQP002", "Examen du fond d'oeil", 2828, 1172)]
    total = sum(b + e for *_, b, e in lines)
    amo, amcv, pat = 3880, 4500, 1620
    assert amo + amcv + pat == total == 10000
    d.t(15, 16, "Centre d'Ophtalmologie du Golfe", 14, "CB", color=DARK)
    d.t(15, 22, "Dr Antoine SANTONI — Ophtalmologiste, ancien chef de clinique", 9, "C")
    d.t(15, 27, "Résidence Les Palmiers, 8 cours Napoléon, 20000 AJACCIO", 8.5, "C")
    d.t(15, 32, f"Standard {phone(rng, '04')} — Fax {phone(rng, '04')}", 8.5, "C")
    d.t(195, 16, "Conventionné secteur 2", 8.5, "C", "r")
    d.t(195, 22, f"Identifiant national : {p_rpps}", 9, "CB", "r")
    d.t(195, 27, f"RCS Ajaccio {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}", 8, "C", "r")
    d.line(15, 36, 195, 36, 1.5)
    d.t(195, 46, f"Ajaccio, le {fd(issued, 'l')}", 9.5, "C", "r")
    d.t(15, 56, "FACTURE", 18, "CB")
    d.t(60, 56, f"N° de pièce : {num}", 10, "C")
    d.t(15, 68, "Patient :", 9, "CB")
    d.t(40, 68, "M. CASANOVA Pierre-Paul", 10, "C")
    d.t(15, 74, "Né le :", 9, "CB")
    d.t(40, 74, fd(birth, "m"), 9.5, "C")
    d.t(15, 80, "Sécurité sociale n° :", 9, "CB")
    d.t(55, 80, f"{p_nir[:13]}  clé {p_nir[13:]}", 9.5, "C")
    d.t(120, 68, "Code organisme :", 9, "CB")
    d.t(150, 68, amc, 9.5, "C")
    d.t(120, 74, "Tiers payant AMO/AMC", 9, "C")
    d.t(120, 80, f"Prescrit par : Dr F. MATTEI le {fd(dt.date(2025, 1, 14))}", 8, "C")
    d.t(15, 92, f"Date des soins : {fd(care, 'l')}", 10, "CB")
    rows = [["Code acte", "Désignation", "Base de remb.", "Dépassement", "Honoraires"]]
    rows += [[c, lab, fa(b, "dot"), fa(e, "dot"), fa(b + e, "dot")] for c, lab, b, e in lines]
    y = d.table(15, 98, [25, 65, 30, 30, 30], rows, 8.5, "C", "CB", rh=7, aligns=["l", "l", "r", "r", "r"],
                header_fill=GREY)
    y += 10
    for lab, v, f in [("Montant TTC", total, "CB"), ("Part AMO (70 % BR - participation forfaitaire)", amo, "C"),
                      ("Part AMC", amcv, "C"), ("Reste dû par le patient", pat, "CB")]:
        d.t(95, y, lab, 9.5, f)
        d.t(195, y, fa(v, "dot"), 9.5, f, "r")
        y += 6.5
    d.para(15, y + 12, "Le dépassement d'honoraires est justifié par le temps consacré et la technicité de "
           "l'examen. Honoraires exonérés de TVA (art. 261-4-1° du CGI). Prochain examen conseillé : "
           "mars 2026.", 180, 8, "C", 4.5)
    d.t(105, 280, "Membre d'une association de gestion agréée — règlement par chèque accepté", 7, "C", "c")
    fields = {"rpps": p_rpps, "nir": p_nir, "patient_name": "CASANOVA Pierre-Paul",
              "patient_birth_date": birth.isoformat(), "invoice_number": num, "invoice_date": issued.isoformat(),
              "care_date": care.isoformat(), "total_amount": ta(total), "amo_amount": ta(amo),
              "amc_amount": ta(amcv), "patient_amount": ta(pat), "amc_number": amc}
    return d.pdf(), [{"kind": "invoice", "fields": fields}], {"tsi": "OPHTALMO GOLFE"}


def lay_psy(rng):
    """Psychiatrist, 'Reçu d'honoraires' hand-made Word template (serif, centred)."""
    d = Doc()
    p_rpps, birth = rpps(rng), dt.date(1991, 11, 23)
    p_nir = nir(rng, 1, birth, "33")
    care = dt.date(2025, 2, 12)
    num = f"R{rng.randint(10, 99)}-{rng.randint(100, 999)}"
    total, amo, amcv, pat = 7500, 3650, 1500, 2350
    assert amo + amcv + pat == total
    d.t(25, 25, "Docteur Marc-Antoine LEBLANC", 12, "RB")
    d.t(25, 31, "Psychiatre — Ancien interne des Hôpitaux de Bordeaux", 9.5, "RI")
    d.t(25, 37, "17, rue Judaïque", 9.5, "R")
    d.t(25, 42, "33000 Bordeaux", 9.5, "R")
    d.t(25, 47, f"{phone(rng, '05')}", 9.5, "R")
    d.t(25, 52, f"RPPS {p_rpps}", 9.5, "R")
    d.t(105, 75, "REÇU D'HONORAIRES", 16, "RB", "c")
    d.t(105, 83, f"n° {num}", 10, "R", "c")
    y = d.para(25, 100, "Je soussigné, Docteur Marc-Antoine LEBLANC, certifie avoir reçu de Monsieur Théo "
               "GARNIER-DUVAL, la somme de soixante-quinze euros (75,00 €) au titre de ses honoraires "
               f"pour une consultation psychiatrique (CNPSY) effectuée le {fd(care)}.", 160, 11, "R", 6.5)
    y += 6
    d.t(25, y, f"Patient né le {fd(birth)} — N° de Sécurité sociale : {nir_spaced(p_nir)}", 10, "R")
    y += 14
    for lab, v in [("Honoraires perçus", total), ("dont part obligatoire", amo),
                   ("dont part complémentaire", amcv), ("Reste à charge", pat)]:
        d.t(45, y, lab, 10.5, "R")
        d.line(95, y, 140, y, 0.3, (1, 2))
        d.t(165, y, fa(v), 10.5, "R", "r")
        y += 7
    y += 10
    d.t(25, y, "Prochaine séance : " + fd(dt.date(2025, 2, 26)), 10, "RI")
    d.t(120, y + 18, f"Fait à Bordeaux, le {fd(care)}", 10.5, "R")
    d.t(140, y + 40, "M.-A. Leblanc", 14, "RI")
    d.t(105, 282, "Pour valoir ce que de droit. Reçu à conserver.", 8, "RI", "c")
    fields = {"rpps": p_rpps, "nir": p_nir, "patient_name": "GARNIER-DUVAL Théo",
              "patient_birth_date": birth.isoformat(), "invoice_number": num, "invoice_date": care.isoformat(),
              "care_date": care.isoformat(), "total_amount": ta(total), "amo_amount": ta(amo),
              "amc_amount": ta(amcv), "patient_amount": ta(pat)}
    return d.pdf(), [{"kind": "invoice", "fields": fields}], {"tsi": "DR LEBLANC"}


def lay_osteo(rng):
    """Osteopath-like free-text receipt on an A5 page, ADELI, '07-03-25' dates."""
    d = Doc(A5)
    p_adeli = adeli(rng, "69", "00")
    care = dt.date(2025, 3, 7)
    num = f"OST-25-{rng.randint(100, 999)}"
    total = 6000
    d.t(12, 16, "Mathilde FERRAND", 13, "SB")
    d.t(12, 22, "Ostéopathe D.O. — Diplômée de l'ISOstéo Lyon", 8.5, "SI")
    d.t(12, 27, "3 place Carnot, 69002 LYON", 8.5)
    d.t(12, 32, f"Tél. {phone(rng, '06')} — www.osteo-ferrand.fr", 8.5)
    d.t(12, 37, f"N° ADELI : {p_adeli[:2]} {p_adeli[2:4]} {p_adeli[4:8]} {p_adeli[8]}", 8.5, "SB")
    d.t(12, 42, f"SIRET {siret(rng)}", 8)
    d.t(136, 16, f"N° de pièce : {num}", 9, "S", "r")
    d.line(12, 48, 136, 48, 0.8)
    d.t(74, 60, "Note d'honoraires", 14, "SB", "c")
    y = d.para(12, 76, f"Reçu de Mme Inès CHAKROUN la somme de 60 € pour une séance d'ostéopathie effectuée le "
               f"{fd(care, 'd2')}.", 120, 10.5, "S", 6)
    y = d.para(12, y + 4, "Mode de règlement : chèque n° " + str(rng.randint(1000000, 9999999)) + ".", 120, 10, "S", 6)
    y = d.para(12, y + 4, "Acte non remboursé par l'Assurance Maladie. Peut faire l'objet d'une prise en charge par "
               "votre complémentaire santé selon votre contrat.", 120, 8.5, "SI", 5)
    d.t(12, y + 10, "Montant TTC", 10, "SB")
    d.t(136, y + 10, fa(total, "int"), 10, "SB", "r")
    d.t(80, y + 26, f"Fait le {fd(care, 'd2')}", 10)
    d.t(84, y + 38, "M. Ferrand", 13, "SI")
    d.t(74, 200, "TVA non applicable, art. 261-4-1° du CGI", 7, "S", "c")
    fields = {"adeli": p_adeli, "patient_name": "CHAKROUN Inès", "invoice_number": num,
              "invoice_date": care.isoformat(), "care_date": care.isoformat(), "total_amount": ta(total)}
    return d.pdf(), [{"kind": "invoice", "fields": fields}], {"tsi": "0612345678"}


def lay_ambulance(rng):
    """'Facture de transport sanitaire', landscape, FINESS, prescriber RPPS, kilometres."""
    d = Doc(landscape(A4))
    fin, presc, birth = finess(rng, "69"), rpps(rng), dt.date(1948, 6, 9)
    p_nir = nir(rng, 1, birth, "42")
    presc_date, t_date, issued = dt.date(2025, 2, 20), dt.date(2025, 2, 24), dt.date(2025, 2, 28)
    num = f"AMB25-{rng.randint(10000, 99999)}"
    amc = f"{rng.randint(10000000, 99999999)}"
    trips = [("Aller", "Domicile — Villeurbanne", "Centre Léon Bérard — Lyon 8e", 18, 7042, 4104),
             ("Retour", "Centre Léon Bérard — Lyon 8e", "Domicile — Villeurbanne", 18, 7042, 4104)]
    total = sum(f + k for *_, f, k in trips)
    amo = total * 65 // 100
    amcv = total - amo
    pat = 0
    d.rect(0, 0, 297, 14, fill=colors.Color(0.75, 0.1, 0.1), stroke=False)
    d.t(10, 9.5, "AMBULANCES DU RHÔNE — TAXI CONVENTIONNÉ", 13, "SB", color=colors.white)
    d.t(287, 9.5, "FACTURE DE TRANSPORT SANITAIRE", 13, "SB", "r", color=colors.white)
    d.t(10, 22, "SARL Ambulances du Rhône — 112 cours Émile-Zola — 69100 VILLEURBANNE", 8.5)
    d.t(10, 27, f"Tél. 24h/24 : {phone(rng, '04')} — SIRET {siret(rng)} — Agrément ARS n° 69-{rng.randint(100, 999)}", 8.5)
    d.t(10, 32, f"N° FINESS : {fin}", 9.5, "SB")
    d.t(10, 37, f"N° AM transporteur : 69 3 {rng.randint(10000, 99999)}", 8.5)
    d.t(200, 22, f"Facture n° {num}", 10, "SB")
    d.t(200, 27, f"Émise le {fd(issued)}", 9)
    d.t(200, 32, "Tiers payant : AMO + AMC", 9)
    d.line(10, 41, 287, 41, 0.8)
    d.t(10, 49, "Personne transportée", 9, "SB")
    d.t(10, 55, "M. RIVIÈRE Gérard", 10)
    d.t(10, 60, f"né le {fd(birth)}", 9)
    d.t(10, 65, f"N° immatriculation : {nir_spaced(p_nir)}", 9)
    d.t(110, 49, "Prescription", 9, "SB")
    d.t(110, 55, f"Dr Nadia BENSAÏD — RPPS {presc}", 9)
    d.t(110, 60, f"Prescription médicale de transport du {fd(presc_date)}", 9)
    d.t(110, 65, "Motif : ALD — séance de radiothérapie", 9)
    d.t(215, 49, "Complémentaire", 9, "SB")
    d.t(215, 55, "HARMONIE SANTÉ RÉGION", 9)
    d.t(215, 60, f"Mutuelle n° {amc}", 9)
    rows = [["Date du transport", "Trajet", "Départ", "Arrivée", "Km", "Forfait", "Indemn. km", "Montant"]]
    rows += [[fd(t_date), tr, dep, arr, str(km), fa(f, "num"), fa(k, "num"), fa(f + k, "num")]
             for tr, dep, arr, km, f, k in trips]
    y = d.table(10, 74, [34, 18, 56, 56, 14, 30, 32, 37], rows, 8.5, rh=7,
                aligns=["l", "l", "l", "l", "r", "r", "r", "r"], header_fill=GREY)
    y += 8
    for lab, v, f in [("Montant TTC", total, "SB"), ("Part AMO (65 %)", amo, "S"), ("Part AMC", amcv, "S"),
                      ("Reste dû par l'assuré", pat, "SB")]:
        d.t(200, y, lab, 9.5, f)
        d.t(287, y, fa(v), 9.5, f, "r")
        y += 6
    d.t(10, y - 18, "Véhicule : AMBULANCE (ASSU) — immatriculation GH-412-TK — équipage : 2", 8)
    d.t(10, y - 12, "Transport assis professionnalisé : non — Accident du travail : non", 8)
    d.t(148, 200, f"IBAN FR76 3000 4008 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} 2156 749 — BIC BNPAFRPPXXX",
        7, "S", "c")
    fields = {"finess": fin, "nir": p_nir, "patient_name": "RIVIÈRE Gérard", "patient_birth_date": birth.isoformat(),
              "invoice_number": num, "invoice_date": issued.isoformat(), "care_date": t_date.isoformat(),
              "total_amount": ta(total), "amo_amount": ta(amo), "amc_amount": ta(amcv),
              "patient_amount": ta(pat), "amc_number": amc}
    return d.pdf(), [{"kind": "invoice", "fields": fields}], {"tsi": "AMBULANCES RHONE"}


def lay_ssr(rng):
    """SSR 'Relevé de frais de séjour' over a month, FINESS, two pages, totals on page 2."""
    d = Doc()
    fin, birth = finess(rng, "38"), dt.date(1936, 6, 2)
    p_nir = nir(rng, 2, birth, "38")
    admit, start, end, issued = dt.date(2025, 1, 14), dt.date(2025, 2, 1), dt.date(2025, 2, 28), dt.date(2025, 3, 5)
    num = f"2025-02-{rng.randint(10000, 99999)}"
    amc = f"{rng.randint(100000000, 999999999)}"
    days = 28
    fj, pj = 2000, 24530
    total = days * fj + days * pj
    amo = 549472
    amcv = total - amo
    pat = 0
    assert total == 742840
    d.t(15, 18, "CLINIQUE DE SOINS DE SUITE ET DE RÉADAPTATION", 9.5, "SB")
    d.t(15, 24, "Les Terrasses du Vercors", 11, "S")
    d.t(15, 30, "210 avenue de Grenoble — 38170 SEYSSINET-PARISET", 8.5)
    d.t(15, 35, f"Accueil {phone(rng, '04')} — Service facturation {phone(rng, '04')}", 8.5)
    d.t(15, 40, f"N° FINESS : {fin[:2]} {fin[2:5]} {fin[5:8]} {fin[8]}", 9, "SB")
    d.t(15, 45, f"SIRET {siret(rng)} — Code APE 8610Z", 8)
    d.rect(120, 14, 75, 30, lw=0.8)
    d.t(157, 21, "RELEVÉ DE FRAIS DE SÉJOUR", 10, "SB", "c")
    d.t(124, 29, f"Relevé N° : {num}", 9)
    d.t(124, 35, f"Date d'édition : {fd(issued)}", 9)
    d.t(124, 41, "Page 1 / 2", 8)
    d.t(15, 60, "Patient hospitalisé", 9.5, "SB")
    info = [("Nom d'usage", "LEMAIRE"), ("Nom de naissance", "FAURE"), ("Prénom", "Odette"),
            ("Date de naissance", fd(birth)), ("N° de sécurité sociale", nir_spaced(p_nir)),
            ("Date d'admission", fd(admit)), ("Service", "SSR polyvalent — chambre 214")]
    y = 67
    for lab, v in info:
        d.t(15, y, lab, 9)
        d.t(62, y, ": " + v, 9)
        y += 5.5
    d.t(120, 60, "Organisme complémentaire", 9.5, "SB")
    d.t(120, 67, "MGEN — Section Isère", 9)
    d.t(120, 72.5, f"N° adhérent : {rng.randint(1000000, 9999999)}", 9)
    d.t(120, 78, f"Code organisme : {amc}", 9)
    d.t(120, 83.5, "Prise en charge n° PEC-" + str(rng.randint(100000, 999999)), 9)
    d.t(15, 118, f"Période du {fd(start)} au {fd(end)}", 11, "SB")
    d.t(15, 125, f"Nombre de journées facturées : {days}", 9)
    d.para(15, 140, "Le présent relevé récapitule les frais du séjour pour la période indiquée. Le détail des "
           "prestations, la répartition entre l'Assurance Maladie, votre organisme complémentaire et la part "
           "restant à votre charge figurent en page 2. Les suppléments de confort (chambre particulière, "
           "télévision, téléphone) font l'objet d'une facture séparée.", 180, 9, "S", 5)
    d.t(105, 288, "Suite au verso", 7.5, "SI", "c")
    d.next()
    d.t(15, 16, f"Relevé N° {num} — LEMAIRE Odette", 9, "SB")
    d.t(195, 16, "Page 2 / 2", 8, "S", "r")
    d.line(15, 19, 195, 19, 0.5)
    d.t(15, 30, "Détail des prestations", 11, "SB")
    rows = [["Prestation", "Code", "Quantité", "Prix unitaire", "Montant"],
            ["Prix de journée SSR", "PJ", str(days), fa(pj, "num", NNBSP), fa(days * pj, "num", NNBSP)],
            ["Forfait journalier hospitalier", "FJ", str(days), fa(fj, "num", NNBSP), fa(days * fj, "num", NNBSP)]]
    y = d.table(15, 36, [70, 18, 22, 35, 35], rows, 9, rh=7, aligns=["l", "c", "r", "r", "r"], header_fill=GREY)
    y += 12
    for lab, v, f in [("Total du séjour", total, "SB"), ("Part Assurance Maladie (80 % PJ)", amo, "S"),
                      ("Part organisme complémentaire", amcv, "S"), ("Total à payer par le patient", pat, "SB")]:
        d.t(95, y, lab, 9.5, f)
        d.t(195, y, fa(v, "sp", NNBSP), 9.5, f, "r")
        y += 6.5
    d.para(15, y + 12, "Règlement à réception. Virement : IBAN FR76 1390 6000 1785 4122 0036 921 — BIC AGRIFRPP839. "
           "En cas de contestation, adressez-vous au service des admissions.", 180, 8, "S", 4.5)
    fields = {"finess": fin, "nir": p_nir, "patient_name": "LEMAIRE Odette", "patient_birth_date": birth.isoformat(),
              "invoice_number": num, "invoice_date": issued.isoformat(), "care_date": start.isoformat(),
              "total_amount": ta(total), "amo_amount": ta(amo), "amc_amount": ta(amcv),
              "patient_amount": ta(pat), "amc_number": amc}
    return d.pdf(), [{"kind": "invoice", "fields": fields}], {"tsi": "SSR TERRASSES"}


def lay_podo(rng):
    """Pédicure-podologue, two invoices (two patients) in one file, '03-03-25' dates, '45 €' amounts."""
    d = Doc()
    p_adeli = adeli(rng, "44", "80")
    docs = []
    patients = [("M.", "LE GOFF", "Yannick", 1, dt.date(1955, 8, 19), dt.date(2025, 3, 3), True),
                ("Mme", "PÉRON", "Annick", 2, dt.date(1949, 12, 1), dt.date(2025, 3, 4), False)]
    base = rng.randint(300, 800)
    for i, (civ, last, first, sex, birth, care, diabetic) in enumerate(patients):
        p_nir = nir(rng, sex, birth, "44")
        num = f"{base + i:04d}"
        issued = care + dt.timedelta(days=1)
        d.t(15, 20, "Cabinet de Pédicurie-Podologie", 12, "RB")
        d.t(15, 26, "Gaëlle MORVAN — Pédicure-Podologue D.E.", 9.5, "R")
        d.t(15, 31, "5 rue de la Marne — 44000 NANTES — " + phone(rng, "02"), 8.5, "R")
        d.t(15, 36, f"ADELI {p_adeli}", 9, "R")
        d.t(195, 20, f"Facture N° {num}", 11, "RB", "r")
        d.t(195, 27, f"Nantes, le {fd(issued, 'd2')}", 9.5, "R", "r")
        d.line(15, 41, 195, 41, 0.6)
        d.t(15, 52, f"Patient : {civ} {last} {first}", 10.5, "R")
        d.t(15, 58, f"Date de naissance : {fd(birth, 'd2')}", 9.5, "R")
        d.t(15, 64, f"N° sécu : {p_nir}", 9.5, "R")
        d.t(15, 76, f"Séance du {fd(care, 'd2')}", 10, "RB")
        fields = {"adeli": p_adeli, "nir": p_nir, "patient_name": f"{last} {first}",
                  "patient_birth_date": birth.isoformat(), "invoice_number": num,
                  "invoice_date": issued.isoformat(), "care_date": care.isoformat()}
        if diabetic:
            rows = [["Acte", "Désignation", "Montant"], ["POD 2", "Séance de prévention des lésions des pieds (grade 2)", "27 €"]]
            y = d.table(15, 84, [25, 120, 35], rows, 9.5, "R", "RB", rh=8, aligns=["l", "l", "r"])
            d.t(15, y + 10, "Total : 27 €", 10.5, "RB")
            d.t(15, y + 17, "Tiers payant AMO — Part obligatoire : 27 €", 9.5, "R")
            d.t(15, y + 24, "Reste à charge : 0 €", 9.5, "R")
            d.t(15, y + 34, f"Sur prescription du Dr Le Bihan du {fd(dt.date(2025, 1, 9), 'd2')} (forfait de 4 séances).", 8.5, "RI")
            fields.update(total_amount="27.00", amo_amount="27.00", patient_amount="0.00")
        else:
            rows = [["Acte", "Désignation", "Montant"], ["—", "Soins de pédicurie (hors nomenclature)", "35 €"],
                    ["—", "Semelles : prise d'empreinte (à facturer à la livraison)", "0 €"]]
            y = d.table(15, 84, [25, 120, 35], rows, 9.5, "R", "RB", rh=8, aligns=["l", "l", "r"])
            d.t(15, y + 10, "Montant TTC : 35 €", 10.5, "RB")
            d.t(15, y + 17, f"Réglé le {fd(care, 'd2')} en espèces. Acte non remboursable.", 9, "RI")
            fields.update(total_amount="35.00")
        d.t(105, 280, "Exonération de TVA — art. 261-4-1° du CGI — Membre d'une AGA", 7.5, "R", "c")
        docs.append({"kind": "invoice", "fields": fields})
        d.next()
    return d.pdf(), docs, {"tsi": "PODO MORVAN"}


def lay_sagefemme(rng):
    """Sage-femme devis (quote): no care date."""
    d = Doc()
    p_rpps, birth = rpps(rng), dt.date(1993, 7, 14)
    p_nir = nir(rng, 2, birth, "31")
    issued = dt.date(2025, 3, 11)
    num = f"SF-D-2025-{rng.randint(10, 99):03d}"
    amc = f"{rng.randint(10000000, 99999999)}"
    lines = [("Forfait accouchement à domicile (AAD)", 31300, 100000), ("Suivi post-natal, 2 visites (SF 16)", 7400, 15000),
             ("Astreinte et matériel", 0, 30000)]
    total = sum(h for _, _, h in lines)
    amo = 38700
    amcv, pat = 60000, total - 38700 - 60000
    d.t(15, 20, "Élise DAUMAS", 14, "SB", color=colors.Color(0.45, 0.15, 0.4))
    d.t(15, 26, "Sage-femme libérale — Accompagnement global", 9, "SI")
    d.t(15, 31, "22 allée des Demoiselles, 31400 TOULOUSE", 8.5)
    d.t(15, 36, f"{phone(rng, '07')} — elise.daumas@sagefemme.example", 8.5)
    d.t(15, 41, f"N° RPPS : {p_rpps}", 9)
    d.t(195, 20, "DEVIS", 20, "SB", "r", color=colors.Color(0.45, 0.15, 0.4))
    d.t(195, 28, f"Devis n° {num}", 9.5, "S", "r")
    d.t(195, 33, f"Date : {fd(issued)}", 9.5, "S", "r")
    d.t(195, 38, "Validité : 3 mois", 8.5, "S", "r")
    d.rect(15, 50, 180, 26, lw=0.5)
    d.t(18, 56, "Pour : Mme Camille ROUQUETTE", 10, "SB")
    d.t(18, 62, f"Née le {fd(birth)} — N° INSEE {nir_spaced(p_nir)}", 9)
    d.t(18, 68, f"Mutuelle : MUTUELLE DU SUD-OUEST — n° AMC {amc}", 9)
    d.t(18, 73, f"Date prévue du terme : {fd(dt.date(2025, 5, 28))}", 9)
    rows = [["Prestation", "Base AMO", "Honoraires"]]
    rows += [[lab, fa(b, "num") if b else "—", fa(h, "num")] for lab, b, h in lines]
    y = d.table(15, 84, [120, 30, 30], rows, 9, rh=7.5, aligns=["l", "r", "r"], header_fill=GREY)
    y += 10
    for lab, v, f in [("Total du devis", total, "SB"), ("Prise en charge Assurance Maladie (estimation)", amo, "S"),
                      ("Prise en charge complémentaire (estimation)", amcv, "S"), ("Reste à votre charge", pat, "SB")]:
        d.t(80, y, lab, 9.5, f)
        d.t(195, y, fa(v), 9.5, f, "r")
        y += 6.5
    d.para(15, y + 12, "Devis gratuit. Bon pour accord : date et signature précédées de la mention « lu et approuvé ». "
           "Un acompte de 30 % est demandé à la signature.", 180, 8.5, "S", 4.5)
    fields = {"rpps": p_rpps, "nir": p_nir, "patient_name": "ROUQUETTE Camille", "patient_birth_date": birth.isoformat(),
              "invoice_number": num, "invoice_date": issued.isoformat(), "total_amount": ta(total),
              "amo_amount": ta(amo), "amc_amount": ta(amcv), "patient_amount": ta(pat), "amc_number": amc}
    return d.pdf(), [{"kind": "quote", "fields": fields}], {"tsi": "SF DAUMAS"}


def lay_dentist(rng):
    """Chirurgien-dentiste 'Devis pour traitements et actes bucco-dentaires' (normalised form)."""
    d = Doc()
    p_rpps, birth = rpps(rng), dt.date(1967, 10, 3)
    p_nir = nir(rng, 1, birth, "59")
    issued, valid = dt.date(2025, 3, 4), dt.date(2025, 9, 4)
    num = f"{rng.randint(100, 999):06d}"
    amc = f"{rng.randint(10000000, 99999999)}"
    acts = [("36", "HBLD634", "100 % Santé", "Céramo-métallique", 50000, 12000, 50000 - 8400),
            ("46", "HBLD038", "Tarifs maîtrisés", "Céramique monolithe zircone", 58000, 12000, 58000 - 8400),
            ("46", "HBMD058", "Libre", "Inlay-core", 23000, 9000, 23000 - 6300)]
    total = sum(a[4] for a in acts)
    amo = sum(a[5] for a in acts) * 70 // 100
    amcv = 64000
    pat = total - amo - amcv
    d.t(105, 14, "DEVIS POUR TRAITEMENTS ET ACTES BUCCO-DENTAIRES", 12.5, "SB", "c")
    d.t(105, 19.5, "faisant l'objet d'une prise en charge par l'Assurance Maladie (modèle conventionnel)", 8, "SI", "c")
    d.rect(12, 25, 90, 34, lw=0.5)
    d.t(14, 30, "Identification du praticien", 8, "SB")
    d.t(14, 35.5, "Dr Olivier DELATTRE, chirurgien-dentiste", 9)
    d.t(14, 40.5, "11 rue Esquermoise, 59800 LILLE", 8.5)
    d.t(14, 45.5, f"Identifiant du praticien : {p_rpps}", 8.5, "SB")
    d.t(14, 50.5, f"N° AM : 59 4 {rng.randint(10000, 99999)} {rng.randint(1, 9)}", 8.5)
    d.t(14, 55.5, f"Tél. {phone(rng, '03')}", 8.5)
    d.rect(108, 25, 90, 34, lw=0.5)
    d.t(110, 30, "Identification du patient", 8, "SB")
    d.t(110, 35.5, "Nom : VANDENBERGHE   Prénom : Luc", 9)
    d.t(110, 40.5, f"Date de naissance : {fd(birth)}", 8.5)
    d.t(110, 45.5, f"N° d'immatriculation : {nir_spaced(p_nir)}", 8.5)
    d.t(110, 50.5, f"Organisme complémentaire n° {amc}", 8.5)
    d.t(12, 66, f"Devis n° {num}", 10, "SB")
    d.t(80, 66, f"établi le {fd(issued)}", 9.5)
    d.t(198, 66, f"valable jusqu'au {fd(valid)}", 9, "S", "r")
    rows = [["Dent", "Code CCAM", "Panier", "Matériau", "Honoraires", "Base remb.", "Non remb. AMO"]]
    rows += [[a[0], a[1], a[2], a[3], fa(a[4], "num"), fa(a[5], "num"), fa(a[6], "num")] for a in acts]
    y = d.table(12, 72, [12, 22, 27, 46, 27, 25, 27], rows, 7.8, "C", "CB", rh=7,
                aligns=["c", "l", "l", "l", "r", "r", "r"], header_fill=GREY)
    y += 8
    for lab, v, f in [("Montant total des honoraires", total, "SB"), ("Montant remboursé par l'Assurance Maladie", amo, "S"),
                      ("Montant pris en charge par la complémentaire (estimation)", amcv, "S"),
                      ("Reste à charge estimé du patient", pat, "SB")]:
        d.t(70, y, lab, 9, f)
        d.t(198, y, fa(v), 9, f, "r")
        y += 6
    d.para(12, y + 8, "Le patient reconnaît avoir reçu une proposition alternative « 100 % Santé » sans reste à charge "
           "pour la dent 46 : couronne céramo-métallique HBLD634, honoraires 500,00 €. Les honoraires des actes du "
           "panier « 100 % Santé » respectent les plafonds réglementaires.", 186, 8, "S", 4.3)
    d.t(12, 250, "Date et signature du patient :", 8.5)
    d.t(120, 250, "Cachet et signature du praticien :", 8.5)
    d.t(105, 285, f"SIRET {siret(rng)} — Société d'exercice libéral — RCS Lille Métropole", 6.5, "S", "c")
    fields = {"rpps": p_rpps, "nir": p_nir, "patient_name": "VANDENBERGHE Luc", "patient_birth_date": birth.isoformat(),
              "invoice_number": num, "invoice_date": issued.isoformat(), "total_amount": ta(total),
              "amo_amount": ta(amo), "amc_amount": ta(amcv), "patient_amount": ta(pat), "amc_number": amc}
    return d.pdf(), [{"kind": "quote", "fields": fields}], {"tsi": "CABINET DENTAIRE"}


def lay_audio(rng):
    """Audioprothésiste 'Devis normalisé' with the chosen class II offer and the mandatory class I offer."""
    d = Doc()
    p_adeli, presc, birth = adeli(rng, "13", "26"), rpps(rng), dt.date(1944, 2, 17)
    p_nir = nir(rng, 2, birth, "99")
    issued = dt.date(2025, 3, 10)
    num = f"DN{issued:%y%m}-{rng.randint(100, 999)}"
    amc = f"{rng.randint(10000000, 99999999)}"
    chosen = [("Oreille droite", "2335791", "Classe II", 165000), ("Oreille gauche", "2335791", "Classe II", 165000)]
    total = sum(c[3] for c in chosen)
    amo = 2 * 24000
    amcv = 2 * 85000
    pat = total - amo - amcv
    d.t(12, 15, "AUDITION PROVENCE", 14, "SB", color=DARK)
    d.t(12, 21, "Centre d'audioprothèse — 40 La Canebière — 13001 MARSEILLE", 8.5)
    d.t(12, 26, f"{phone(rng, '04')} — SIRET {siret(rng)}", 8.5)
    d.t(12, 31, "Audioprothésiste D.E. : Karim HADDAD", 8.5)
    d.t(12, 36, f"N° ADELI : {p_adeli}", 9, "SB")
    d.t(198, 15, "DEVIS NORMALISÉ", 13, "SB", "r")
    d.t(198, 21, "Aides auditives — arrêté du 14/11/2018", 7.5, "S", "r")
    d.t(198, 27, f"N° devis : {num}", 9.5, "S", "r")
    d.t(198, 32, f"Le {fd(issued)}", 9.5, "S", "r")
    d.line(12, 40, 198, 40, 0.7)
    d.t(12, 47, "Bénéficiaire : Mme Joséphine ESPOSITO", 10, "SB")
    d.t(12, 53, f"Née le {fd(birth)} — N° SS : {p_nir}", 9)
    d.t(12, 59, f"Organisme complémentaire : MUTUELLE DE PROVENCE — n° {amc}", 9)
    d.t(12, 65, f"Prescription ORL du Dr Vincent ROCCA (RPPS {presc}) du {fd(dt.date(2025, 1, 10))}", 8.5)
    d.t(12, 76, "Offre choisie par le patient", 10.5, "SB")
    rows = [["Appareil", "Code LPP", "Classe", "Prix de vente TTC"]]
    rows += [[c[0], c[1], c[2], fa(c[3], "num")] for c in chosen]
    y = d.table(12, 80, [60, 40, 40, 46], rows, 9, rh=7, aligns=["l", "l", "c", "r"], header_fill=GREY)
    y += 7
    for lab, v, f in [("Total TTC", total, "SB"), ("Prise en charge AMO", amo, "S"), ("Prise en charge AMC", amcv, "S"),
                      ("RAC", pat, "SB")]:
        d.t(110, y, lab, 9.5, f)
        d.t(198, y, fa(v), 9.5, f, "r")
        y += 6
    y += 8
    d.t(12, y, "Pour information : offre « 100 % Santé » (classe I) proposée", 9.5, "SB")
    rows = [["Appareil", "Code LPP", "Classe", "Prix limite de vente"],
            ["Oreille droite", "2355084", "Classe I", fa(95000, "num")], ["Oreille gauche", "2355084", "Classe I", fa(95000, "num")]]
    y = d.table(12, y + 4, [60, 40, 40, 46], rows, 8.5, rh=6.5, aligns=["l", "l", "c", "r"])
    d.t(12, y + 6, "Offre classe I : reste à charge nul après interventions AMO et AMC.", 8.5, "SI")
    d.para(12, y + 16, "Prestations de suivi incluses pendant toute la durée d'utilisation (minimum 4 ans). Période "
           "d'essai de 30 jours minimum avant achat. Devis valable 2 mois.", 186, 8, "S", 4.3)
    fields = {"adeli": p_adeli, "nir": p_nir, "patient_name": "ESPOSITO Joséphine", "patient_birth_date": birth.isoformat(),
              "invoice_number": num, "invoice_date": issued.isoformat(), "total_amount": ta(total),
              "amo_amount": ta(amo), "amc_amount": ta(amcv), "patient_amount": ta(pat), "amc_number": amc}
    return d.pdf(), [{"kind": "quote", "fields": fields}], {"tsi": "AUDITION PROVENCE"}


def lay_pharma(rng):
    """Pharmacy till 'facturette': narrow 80 mm page, monospace."""
    d = Doc((80 * mm, 215 * mm))
    fin, presc, birth = finess(rng, "75"), rpps(rng), dt.date(1962, 7, 14)
    p_nir = nir(rng, 1, birth, "75")
    presc_date, day = dt.date(2025, 3, 1), dt.date(2025, 3, 5)
    num = f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    amc = f"{rng.randint(100000000, 999999999)}"
    items = [("3400930000632", "DOLIPRANE 1000MG CPR B/8", 1, 218, "65%"),
             ("3400936403114", "AMOXICILLINE 1G CPR B/14", 1, 595, "65%"),
             ("3400949500635", "KARDEGIC 75MG SACH B/30", 3, 223, "65%"),
             ("3400930124987", "PANTOPRAZOLE 40MG B/28", 1, 1048, "65%"),
             ("HONO", "HONORAIRES DISPENSATION", 6, 102, "70%"),
             ("HONO", "HONO. ORDONNANCE COMPLEXE", 1, 102, "70%")]
    total = sum(q * p for _, _, q, p, _ in items)
    amo = 2138
    amcv = total - amo
    pat = 0
    x0, W = 4, 72
    y = 10
    for s, f, sz in [("PHARMACIE DU MARCHÉ", "MB", 9), ("M. et Mme OLLIVIER", "M", 7.5), ("8 RUE DES MARTYRS", "M", 7.5),
                     ("75009 PARIS", "M", 7.5), (f"TEL {phone(rng, '01')}", "M", 7.5), (f"FINESS {fin}", "M", 7.5),
                     (f"SIRET {siret(rng)}", "M", 7.5)]:
        d.t(40, y, s, sz, f, "c")
        y += 4
    y += 2
    d.t(x0, y, "-" * 42, 7, "M")
    y += 4.5
    d.t(x0, y, f"FACTURE N° {num}", 8, "MB")
    y += 4
    d.t(x0, y, f"DATE DELIVRANCE: {fd(day)}", 7.5, "M")
    y += 4
    d.t(x0, y, f"ORDONNANCE DU {fd(presc_date)}", 7.5, "M")
    y += 4
    d.t(x0, y, "PRESCRIPTEUR: DR HOANG MINH", 7.5, "M")
    y += 4
    d.t(x0, y, f"RPPS PRESCR.: {presc}", 7.5, "M")
    y += 4.5
    d.t(x0, y, f"ASSURE: {p_nir}", 7.5, "M")
    y += 4
    d.t(x0, y, "BENEF.: DURAND PAUL", 7.5, "M")
    y += 4
    d.t(x0, y, f"NE(E) LE {fd(birth)}", 7.5, "M")
    y += 4
    d.t(x0, y, f"AMC: {amc}", 7.5, "M")
    y += 3
    d.t(x0, y, "-" * 42, 7, "M")
    y += 4.5
    for cip, lab, q, p, rate in items:
        d.t(x0, y, lab[:28], 7, "M")
        y += 3.6
        d.t(x0 + 2, y, f"{cip}  {q} x {fa(p, 'plain')}  {rate}", 6.5, "M")
        d.t(x0 + W, y, fa(q * p, "plain"), 7, "M", "r")
        y += 4.2
    d.t(x0, y, "-" * 42, 7, "M")
    y += 5
    for lab, v, f in [("TOTAL TTC", total, "MB"), ("PART AMO", amo, "M"), ("PART AMC", amcv, "M"),
                      ("A PAYER", pat, "MB")]:
        d.t(x0, y, lab, 8, f)
        d.t(x0 + W, y, fa(v, "plain"), 8, f, "r")
        y += 4.5
    y += 2
    d.t(x0, y, "TIERS PAYANT AMO+AMC", 7.5, "M")
    y += 4
    d.t(x0, y, "TVA 2,10% INCLUSE", 7, "M")
    y += 6
    d.t(40, y, f"{fd(day)} 14:32  CAISSE 2  OP 07", 7, "M", "c")
    y += 4
    d.t(40, y, "MERCI DE VOTRE VISITE", 7, "M", "c")
    fields = {"finess": fin, "nir": p_nir, "patient_name": "DURAND Paul", "patient_birth_date": birth.isoformat(),
              "invoice_number": num, "invoice_date": day.isoformat(), "care_date": day.isoformat(),
              "total_amount": ta(total), "amo_amount": ta(amo), "amc_amount": ta(amcv), "patient_amount": ta(pat),
              "amc_number": amc}
    return d.pdf(), [{"kind": "invoice", "fields": fields}], {"tsi": "PHARMA MARCHE"}


# slug, function, extra renderings (fax-normal, photo)
LAYOUTS = [
    ("gp-note-logiciel", lay_gp, True, True),
    ("odf-semestre", lay_odf, True, False),
    ("ophtalmo-depassement", lay_ophtalmo, True, True),
    ("psy-recu", lay_psy, False, False),
    ("osteo-texte-libre", lay_osteo, False, True),
    ("ambulance-paysage", lay_ambulance, True, True),
    ("ssr-releve-sejour", lay_ssr, False, False),
    ("podologue-lot", lay_podo, True, False),
    ("sagefemme-devis", lay_sagefemme, False, False),
    ("dentiste-devis-normalise", lay_dentist, False, True),
    ("audio-devis-normalise", lay_audio, False, False),
    ("pharmacie-ticket", lay_pharma, True, True),
]


# ---------------------------------------------------------------- renderings

def raster(pdf: bytes, dpi_x: float, dpi_y: float | None = None, grey: bool = True) -> list[Image.Image]:
    out = []
    doc = pdfium.PdfDocument(pdf)
    for page in doc:
        img = page.render(scale=dpi_x / 72, grayscale=grey).to_pil()
        img = img.convert("L" if grey else "RGB")
        if dpi_y and dpi_y != dpi_x:
            img = img.resize((img.width, round(img.height * dpi_y / dpi_x)), Image.LANCZOS)
        out.append(img)
    doc.close()
    return out


def render_scan(pdf: bytes, rng: random.Random) -> bytes:
    dpi = rng.choice([200, 220, 250])
    buf = io.BytesIO()
    c = None
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    for img in raster(pdf, dpi):
        img = img.rotate(rng.uniform(-2, 2), resample=Image.BICUBIC, expand=False, fillcolor=255)
        img = img.filter(ImageFilter.GaussianBlur(0.5))
        a = np.asarray(img, dtype=np.float32)
        a = a * 0.9 + 14 + nrng.normal(0, 2.5, a.shape)
        specks = nrng.random(a.shape) < 0.0004
        a[specks] = 60
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=rng.randint(50, 60))
        jb.seek(0)
        size = (img.width / dpi * 72, img.height / dpi * 72)
        if c is None:
            c = canvas.Canvas(buf, pagesize=size)
        else:
            c.setPageSize(size)
        c.drawImage(ImageReader(jb), 0, 0, size[0], size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def _fax_header(text: str, width: int, height: int) -> Image.Image:
    band = Image.new("L", (width, height), 255)
    font = ImageFont.truetype(DEJAVU + "DejaVuSansMono.ttf", int(height * 0.7))
    ImageDraw.Draw(band).text((20, int(height * 0.12)), text, fill=0, font=font)
    return band


def render_fax(pdf: bytes, rng: random.Random, fine: bool, tsi: str, when: dt.datetime, sender: str) -> bytes:
    vres = 196 if fine else 98
    doc = pdfium.PdfDocument(pdf)
    frames = []
    n = len(doc)
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    for i, page in enumerate(doc):
        w_pt, h_pt = page.get_size()
        dpi_x = min(204.0, 1700 / (w_pt / 72))
        img = page.render(scale=dpi_x / 72, grayscale=True).to_pil().convert("L")
        hdr = _fax_header(f"{when:%d/%m/%Y %H:%M}  DE: {sender}  {tsi:<20}  P.{i + 1:02d}/{n:02d}", img.width, 34)
        framed = Image.new("L", (img.width, img.height + hdr.height), 255)
        framed.paste(hdr, (0, 0))
        framed.paste(img, (0, hdr.height))
        img = framed
        img = img.rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=255)
        img = img.resize((img.width, round(img.height * vres * (dpi_x / 204) / dpi_x)), Image.LANCZOS)
        a = np.asarray(img, dtype=np.float32) + nrng.normal(0, 18, (img.height, img.width))
        bw = np.where(a > 150, 255, 0).astype(np.uint8)
        specks = nrng.random(bw.shape) < 0.0006
        bw[specks] = 0
        page_img = Image.new("L", (1728, img.height), 255)
        page_img.paste(Image.fromarray(bw), ((1728 - img.width) // 2, 0))
        frames.append(page_img.convert("1"))
    doc.close()
    buf = io.BytesIO()
    frames[0].save(buf, "TIFF", compression="group4" if fine else "group3", dpi=(204, vres), save_all=True,
                   append_images=frames[1:], tiffinfo={270: tsi})
    return buf.getvalue()


def render_photo(pdf: bytes, rng: random.Random) -> bytes:
    first = pdfium.PdfDocument(pdf)
    long_side_in = max(first[0].get_size()) / 72
    first.close()
    img = raster(pdf, min(200.0, 1900 / long_side_in), grey=False)[0]
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    pad = 90
    bg = np.ones((img.height + 2 * pad, img.width + 2 * pad, 3), np.float32) * np.array([112, 96, 80], np.float32)
    bg += nrng.normal(0, 6, bg.shape)
    canvas_img = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8))
    canvas_img.paste(img, (pad, pad))
    canvas_img = canvas_img.rotate(rng.uniform(-3, 3), resample=Image.BICUBIC, expand=False, fillcolor=(100, 86, 72))
    a = np.asarray(canvas_img, dtype=np.float32)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    gx, gy = rng.uniform(-0.25, 0.25), rng.uniform(-0.25, 0.25)
    light = 0.92 + gx * (xx / w - 0.5) + gy * (yy / h - 0.5)
    cx, cy = rng.uniform(0.3, 0.7) * w, rng.uniform(0.3, 0.7) * h
    light -= 0.18 * (((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2)
    a = a * light[..., None] * np.array([1.0, 0.97, 0.9], np.float32)
    a += nrng.normal(0, 3, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=80)
    return buf.getvalue()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default="bench/heldout/documents2")
    ap.add_argument("--seed", type=int, default=23)
    args = ap.parse_args()
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(args.seed)
    for idx, (slug, fn, normal, photo) in enumerate(LAYOUTS, 1):
        pdf, documents, meta = fn(rng)
        stem = f"h2-{idx:02d}-{slug}"
        sender = phone(rng, "0" + str(rng.randint(1, 5))).replace(" ", "")
        when = dt.datetime(2025, 3, rng.randint(10, 28), rng.randint(8, 18), rng.randint(0, 59))
        renders = [("text", "text.pdf", lambda: pdf), ("scan", "scan.pdf", lambda: render_scan(pdf, rng)),
                   ("fax-fine", "fax-fine.tif", lambda: render_fax(pdf, rng, True, meta["tsi"], when, sender))]
        if normal:
            renders.append(("fax-normal", "fax-normal.tif", lambda: render_fax(pdf, rng, False, meta["tsi"], when, sender)))
        if photo:
            renders.append(("photo", "photo.jpg", lambda: render_photo(pdf, rng)))
        for rendering, ext, make in renders:
            name = f"{stem}.{ext}"
            (out / name).write_bytes(make())
            truth = {"file": name, "rendering": rendering, "layout": slug, "documents": documents}
            if rendering.startswith("fax"):
                truth["tsi"] = meta["tsi"]
            (out / f"{name}.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
