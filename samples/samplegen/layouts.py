"""The page layouts: each draws one document (one or more pages) on a reportlab canvas.

Every layout prints each ground-truth field of the document with its label, and adds the usual
distractors: phone numbers, SIRET, IBAN, postcode, prescriber RPPS, birth date, prescription date.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

from reportlab.pdfgen.canvas import Canvas

from .data import Doc, Line
from .fmt import fmt_siret
from .ids import group_iban
from .pen import GREY, H, Pen, W

LIGHT = (0.93, 0.93, 0.93)


def _addr(doc: Doc) -> str:
    return f"{doc.party.street}, {doc.party.postcode} {doc.party.city}"


def _name_last_first(doc: Doc) -> str:
    return f"{doc.patient.last} {doc.patient.first}"


def _name_first_last(doc: Doc) -> str:
    return f"{doc.patient.first} {doc.patient.last}"


def _bic(doc: Doc) -> str:
    return {"3": "CCBPFRPPLIL", "0": "AGRIFRPP"}.get(doc.party.iban[4], "CEPAFRPP" + doc.party.iban[5:8])


def _footer_bank(pen: Pen, doc: Doc, top: float, size: float = 7.5) -> None:
    pen.center(W / 2, top, f"IBAN : {group_iban(doc.party.iban)}  —  BIC : {_bic(doc)}", size, color=GREY)
    pen.center(
        W / 2,
        top + size * 1.5,
        f"SIRET {fmt_siret(doc.party.siret)}  —  {_addr(doc)}  —  Tél. {doc.party.phone}",
        size,
        color=GREY,
    )


def _prescription_text(doc: Doc, sep: str = " : ") -> list[str]:
    if not doc.prescriber:
        return []
    p = doc.prescriber
    out = [f"{doc.lab('prescriber')}{sep}{p.name} ({p.specialty}) — RPPS {p.rpps}"]
    if doc.prescription_date:
        out.append(f"{doc.lab('prescription_date')}{sep}{doc.dt(doc.prescription_date)}")
    return out


# -- 1. table-classic ---------------------------------------------------------------------------


def draw_table_classic(c: Canvas, doc: Doc) -> None:
    pen = Pen(c, doc.font)
    p = doc.party
    top = pen.lines(
        45, 40, [p.name, p.title, p.street, f"{p.postcode} {p.city}", f"Tél. {p.phone}"], 9.5, bold_first=True
    )
    id_lines = [f"{doc.pid_label} : {doc.pid_text}"]
    if p.am_number:
        id_lines.append(f"N° AM : {p.am_number}")
    id_lines.append(f"SIRET : {fmt_siret(p.siret)}")
    pen.lines(45, top + 4, id_lines, 9)
    pen.box(320, 40, 230, 118)
    pen.text(328, 46, "PATIENT", 8, bold=True, color=GREY)
    rows = [
        f"{doc.patient.civility} {_name_last_first(doc)}",
        f"{doc.lab('birth')} : {doc.dt(doc.patient.birth)}",
        f"{doc.lab('nir')} :",
        f"    {doc.nir_text}",
    ]
    if doc.amc_number:
        rows.append(f"{doc.lab('amc_number')} : {doc.amc_number}  ({doc.amc_name})")
    if doc.member_number:
        rows.append(f"{doc.lab('member')} : {doc.member_number}")
    pen.lines(328, 62, rows, 9)
    pen.center(W / 2, 190, doc.title or "FACTURE", 18, bold=True)
    pen.text(45, 222, f"{doc.lab('number')} {doc.number}", 10.5, bold=True)
    if doc.issue_date and doc.shows("invoice_date"):
        pen.right(550, 222, f"{doc.lab('date')} : {doc.dt(doc.issue_date)}", 10)
    if doc.care_date:
        pen.text(45, 240, f"{doc.lab('care_date')} : {doc.dt(doc.care_date)}", 10)
    rows_t = [
        [doc.dt(line.day) if line.day else "", line.code, line.label, doc.amt(line.amount)]
        for line in doc.lines
    ]
    y = pen.table(
        45,
        270,
        [80, 70, 250, 105],
        ["Date", "Code acte", "Désignation", "Montant"],
        rows_t,
        aligns="lllr",
        row_h=18,
        size=9,
    )
    y += 18
    box_x, box_w = 330, 220
    pen.box(box_x, y - 4, box_w, 4 * 19 + 6)
    for label, value, bold in (
        (doc.lab("total"), doc.amt(doc.total), True),
        (doc.lab("amo"), doc.amt(doc.amo), False),
        (doc.lab("amc"), doc.amt(doc.amc), False),
        (doc.lab("patient_amount"), doc.amt(doc.rac), True),
    ):
        pen.text(box_x + 8, y, label, 10, bold=bold)
        pen.right(box_x + box_w - 8, y, value, 10, bold=bold)
        y += 19
    if doc.forfait:
        pen.text(
            45,
            y - 60,
            f"Participation forfaitaire de {doc.amt(doc.forfait)} déduite de la part",
            7.5,
            color=GREY,
        )
        pen.text(45, y - 50, "obligatoire (art. L160-13 CSS).", 7.5, color=GREY)
    pen.text(45, y + 30, "Mode de règlement : tiers payant intégral (AMO + AMC).", 9)
    pen.text(45, y + 45, "Acte réalisé en dehors de tout accident causé par un tiers.", 9)
    _footer_bank(pen, doc, 780)


# -- 2. kv-list ---------------------------------------------------------------------------------------


def draw_kv_list(c: Canvas, doc: Doc) -> None:
    pen = Pen(c, doc.font)
    p = doc.party
    pen.text(50, 40, p.name, 14, bold=True)
    pen.text(50, 60, p.title, 9.5)
    pen.text(50, 74, f"{_addr(doc)}  •  Tél : {p.phone}" + (f"  •  Fax : {p.fax}" if p.fax else ""), 8.5)
    pen.hline(50, 545, 92, 1.2)
    pen.text(50, 110, doc.title or "NOTE D'HONORAIRES", 13, bold=True)
    pen.hline(50, 50 + pen.width(doc.title or "NOTE D'HONORAIRES", 13, True), 127, 0.8)
    label_x, value_x = 60, 245
    top: float = 145

    def kv(label: str, value: str, bold: bool = False) -> None:
        nonlocal top
        pen.text(label_x, top, f"{label} :", 9.5, bold=bold)
        pen.text(value_x, top, value, 9.5, bold=bold)
        top += 15

    def section(title: str) -> None:
        nonlocal top
        top += 6
        pen.text(label_x - 10, top, title, 9, bold=True, color=GREY)
        top += 15

    section("PRATICIEN")
    kv("Nom", p.name)
    kv(doc.pid_label, doc.pid_text)
    if p.am_number:
        kv("N° Assurance Maladie", p.am_number)
    kv("SIRET", fmt_siret(p.siret))
    section("PATIENT")
    kv("Nom, prénom", _name_last_first(doc))
    kv("Date de naissance", doc.dt(doc.patient.birth))
    kv(doc.lab("nir"), doc.nir_text)
    if doc.amc_number:
        kv(doc.lab("amc_number"), f"{doc.amc_number} - {doc.amc_name}")
    section("FACTURE")
    kv(doc.lab("number"), doc.number, bold=True)
    if doc.issue_date and doc.shows("invoice_date"):
        kv(doc.lab("date"), doc.dt(doc.issue_date))
    if doc.care_date:
        kv(doc.lab("care_date"), doc.dt(doc.care_date))
    if doc.prescriber:
        kv(
            doc.lab("prescriber"),
            f"{doc.prescriber.name}, {doc.prescriber.specialty} (RPPS {doc.prescriber.rpps})",
        )
    if doc.prescription_date:
        kv(doc.lab("prescription_date"), doc.dt(doc.prescription_date))
    section("ACTES")
    for line in doc.lines:
        pen.leader(label_x, 540, top, f"{line.code}  {line.label}", doc.amt(line.amount), 9.5)
        top += 15
    section("RÈGLEMENT")
    kv(doc.lab("total"), doc.amt(doc.total), bold=True)
    kv(doc.lab("amo"), doc.amt(doc.amo))
    kv(doc.lab("amc"), doc.amt(doc.amc))
    kv(doc.lab("patient_amount"), doc.amt(doc.rac), bold=True)
    top += 20
    pen.para(
        50,
        top,
        "Honoraires conformes à la convention médicale - secteur 2, adhérent OPTAM. "
        "Le patient a été informé du dépassement d'honoraires avant l'acte. Pour toute question "
        f"relative à cette note, contactez le secrétariat au {p.phone}.",
        490,
        8.5,
    )
    _footer_bank(pen, doc, 785)


# -- 3. two-column -----------------------------------------------------------------------------------


def draw_two_column(c: Canvas, doc: Doc) -> None:
    pen = Pen(c, doc.font)
    p = doc.party
    pen.box(40, 35, 255, 150, stroke=doc.accent, width=1)
    pen.box(300, 35, 255, 150, stroke=doc.accent, width=1)
    pen.box(40, 35, 255, 16, fill=doc.accent, stroke=None)
    pen.box(300, 35, 255, 16, fill=doc.accent, stroke=None)
    pen.text(46, 38, "ÉMETTEUR", 8.5, bold=True, color=(1, 1, 1))
    pen.text(306, 38, "PATIENT", 8.5, bold=True, color=(1, 1, 1))
    name_size = 8.5
    while pen.width(p.name, name_size, True) > 243:
        name_size -= 0.25
    pen.text(46, 58, p.name, name_size, bold=True)
    left = [
        p.title,
        p.street,
        f"{p.postcode} {p.city}",
        f"Tél. {p.phone}",
        f"{doc.pid_label} : {doc.pid_text}",
    ]
    if p.am_number:
        left.append(f"N° AM : {p.am_number}")
    if p.staff:
        left.append(p.staff)
    pen.lines(46, 58 + 8.5 * 1.35, left, 8.5)
    right = [
        f"{doc.patient.civility} {_name_last_first(doc)}",
        f"{doc.lab('birth')} {doc.dt(doc.patient.birth)}",
        f"{doc.lab('nir')} :",
        f"{doc.nir_text}",
    ]
    if doc.amc_number:
        right += [f"{doc.lab('amc_number')} : {doc.amc_number}", doc.amc_name]
    if doc.member_number:
        right.append(f"{doc.lab('member')} : {doc.member_number}")
    pen.lines(306, 58, right, 8.5)
    pen.right(555, 200, doc.title or "FACTURE", 14, bold=True, color=doc.accent)
    info = [(doc.lab("number"), doc.number)]
    if doc.issue_date and doc.shows("invoice_date"):
        info.append((doc.lab("date"), doc.dt(doc.issue_date)))
    if doc.care_date:
        span = doc.dt(doc.care_date) + (f" au {doc.dt(doc.care_end)}" if doc.care_end else "")
        info.append((doc.lab("care_date"), span))
    top: float = 225
    for label, value in info:
        pen.right(325, top, label, 9.5, color=GREY)
        pen.text(335, top, value, 9.5, bold=True)
        top += 14
    header = ["Date", "Code CCAM", "Acte", "Honoraires"]
    widths = [95, 70, 255, 95]
    per_page = 22
    chunks = [doc.lines[i : i + per_page] for i in range(0, len(doc.lines), per_page)]
    pages = len(chunks)
    for n, chunk in enumerate(chunks, start=1):
        if n > 1:
            c.showPage()
            pen = Pen(c, doc.font)
            pen.text(40, 40, p.name, 10, bold=True)
            pen.right(555, 40, f"{doc.lab('number')} {doc.number} (suite)", 9.5)
            top = 70
        else:
            top += 12
        rows = [
            [doc.dt(line.day) if line.day else "", line.code, line.label, doc.amt(line.amount)]
            for line in chunk
        ]
        top = pen.table(
            40, top, widths, header, rows, aligns="lllr", size=8.5, row_h=16, header_fill=(0.85, 0.88, 0.95)
        )
        if n < pages:
            pen.right(555, top + 6, "Suite page suivante…", 8, color=GREY)
        else:
            totals = [
                (doc.lab("total"), doc.amt(doc.total)),
                (doc.lab("amo"), doc.amt(doc.amo)),
                (doc.lab("amc"), doc.amt(doc.amc)),
                (doc.lab("patient_amount"), doc.amt(doc.rac)),
            ]
            for i, (label, value) in enumerate(totals):
                pen.box(40, top, 420, 17, fill=LIGHT if i == 0 else None, width=0.4)
                pen.box(460, top, 95, 17, width=0.4)
                pen.right(454, top + 4, label, 9, bold=i in (0, 3))
                pen.right(551, top + 4, value, 9, bold=i in (0, 3))
                top += 17
            pen.text(
                40, top + 20, "Soins réalisés dans le cadre du tiers payant. Aucun accident de travail.", 8.5
            )
        _footer_bank(pen, doc, 790)
        pen.right(555, 815, f"Page {n}/{pages}", 7.5, color=GREY)


# -- 4. label-above (form with boxes) ---------------------------------------------------------------


def _cell(
    pen: Pen,
    x: float,
    top: float,
    w: float,
    label: str,
    value: str,
    *,
    h: float = 30,
    size: float = 10,
    bold: bool = False,
) -> None:
    pen.box(x, top, w, h, width=0.5)
    while pen.width(value, size, bold) > w - 8 and size > 6:
        size -= 0.25
    pen.text(x + 3, top + 2, label, 6.5, color=GREY)
    pen.text(x + 4, top + 13, value, size, bold=bold)


def _band(pen: Pen, top: float, title: str) -> float:
    pen.box(40, top, 515, 14, fill=(0.8, 0.8, 0.8), stroke=None)
    pen.text(45, top + 2.5, title, 8.5, bold=True)
    return top + 18


def draw_label_above(c: Canvas, doc: Doc) -> None:
    pen = Pen(c, doc.font)
    p = doc.party
    pen.text(40, 35, doc.title or "FACTURE", 20, bold=True)
    pen.right(555, 38, p.name, 10, bold=True)
    pen.right(555, 52, _addr(doc), 8)
    pen.right(555, 63, f"Tél. {p.phone}  —  {p.email}", 8)
    top = _band(pen, 85, "IDENTIFICATION DU PROFESSIONNEL")
    _cell(pen, 40, top, 200, "Nom / raison sociale", p.name, size=9)
    _cell(pen, 240, top, 120, doc.pid_label, doc.pid_text)
    _cell(pen, 360, top, 195, "SIRET", fmt_siret(p.siret))
    top += 34
    top = _band(pen, top, "CLIENT - BÉNÉFICIAIRE DES SOINS")
    _cell(pen, 40, top, 200, doc.lab("patient"), _name_last_first(doc))
    _cell(pen, 240, top, 120, doc.lab("birth"), doc.dt(doc.patient.birth))
    _cell(pen, 360, top, 195, doc.lab("nir"), doc.nir_text)
    top += 30
    if doc.amc_number:
        _cell(pen, 40, top, 200, "Organisme complémentaire", doc.amc_name)
        _cell(pen, 240, top, 120, doc.lab("amc_number"), doc.amc_number)
        _cell(pen, 360, top, 195, "Tiers payant", "AMO + AMC")
        top += 30
    top += 4
    if doc.prescriber:
        top = _band(pen, top, "PRESCRIPTION")
        _cell(pen, 40, top, 200, doc.lab("prescriber"), doc.prescriber.name)
        _cell(pen, 240, top, 120, "RPPS du prescripteur", doc.prescriber.rpps)
        _cell(
            pen,
            360,
            top,
            195,
            doc.lab("prescription_date"),
            doc.dt(doc.prescription_date) if doc.prescription_date else "",
        )
        top += 34
    top = _band(pen, top, "FACTURE")
    _cell(pen, 40, top, 200, doc.lab("number"), doc.number, bold=True)
    _cell(pen, 240, top, 155, doc.lab("date"), doc.dt(doc.issue_date) if doc.issue_date else "")
    _cell(pen, 395, top, 160, doc.lab("care_date"), doc.dt(doc.care_date) if doc.care_date else "")
    top += 38
    rows = [[line.code, line.label, line.classe or "", doc.amt(line.amount)] for line in doc.lines]
    top = pen.table(
        40,
        top,
        [70, 305, 45, 95],
        ["Code LPP", "Désignation", "Classe", "Prix TTC"],
        rows,
        aligns="llcr",
        size=8.5,
        row_h=17,
    )
    top += 14
    top = _band(pen, top, "RÈGLEMENT")
    w = 515 / 4
    for i, (key, value) in enumerate(
        (("total", doc.total), ("amo", doc.amo), ("amc", doc.amc), ("patient_amount", doc.rac))
    ):
        _cell(pen, 40 + i * w, top, w, doc.lab(key), doc.amt(value), h=34, size=11, bold=key == "total")
    top += 50
    pen.para(
        40,
        top,
        "Équipement délivré conformément à la prescription. Le client reconnaît avoir reçu "
        "l'offre 100% Santé (classe A) et avoir choisi un équipement de classe B. Garantie casse 2 ans.",
        515,
        8,
    )
    _footer_bank(pen, doc, 790)


# -- 5. devis-table ----------------------------------------------------------------------------------


def draw_devis_table(c: Canvas, doc: Doc) -> None:
    pen = Pen(c, doc.font)
    p = doc.party
    lpp = bool(doc.extra.get("lpp"))
    pen.lines(
        40,
        38,
        [
            p.name,
            p.title,
            p.street,
            f"{p.postcode} {p.city}",
            f"Tél. {p.phone}",
            f"{doc.pid_label} : {doc.pid_text}",
            f"SIRET {fmt_siret(p.siret)}",
        ],
        9,
        bold_first=True,
    )
    pen.box(360, 38, 195, 62, stroke=doc.accent, width=1.2)
    pen.center(457, 44, "DEVIS", 16, bold=True, color=doc.accent)
    pen.center(457, 66, f"{doc.lab('number')} {doc.number}", 9.5, bold=True)
    pen.center(457, 81, f"{doc.lab('date')} {doc.dt(doc.issue_date)}" if doc.issue_date else "", 9)
    pen.center(W / 2, 150, doc.title, 12, bold=True)
    top: float = 175
    if doc.insured:
        pen.text(
            40,
            top,
            f"{doc.lab('insured')} : {doc.insured.civility} {doc.insured.first} {doc.insured.last}",
            9.5,
        )
        top += 14
    pen.text(40, top, f"{doc.lab('nir')} : {doc.nir_text}", 9.5)
    top += 14
    pen.text(
        40,
        top,
        f"{doc.lab('patient')} : {_name_first_last(doc)}   —   {doc.lab('birth')} "
        f"{doc.dt(doc.patient.birth)}",
        9.5,
    )
    top += 14
    if doc.amc_number:
        pen.text(40, top, f"{doc.lab('amc_number')} : {doc.amc_number}   ({doc.amc_name})", 9.5)
        top += 14
    for text_line in _prescription_text(doc):
        pen.text(40, top, text_line, 9.5)
        top += 14
    top += 10
    extra = doc.extra
    if lpp:
        header = [
            "Code LPP",
            "Désignation",
            "Classe",
            "Prix TTC",
            extra["amo_column"],
            extra["amc_column"],
            extra["rac_column"],
        ]
        widths = [52, 178, 38, 62, 62, 62, 61]
        rows = [
            [
                line.code,
                line.label,
                line.classe or "",
                doc.bare(line.amount),
                doc.bare(line.amo),
                doc.bare(line.amc),
                doc.bare(line.rac),
            ]
            for line in doc.lines
        ]
        aligns = "llcrrrr"
    else:
        header = [
            "Code",
            "Acte",
            "Panier",
            "Honoraires",
            "Base remb.",
            extra["amo_column"],
            extra["amc_column"],
            extra["rac_column"],
        ]
        widths = [50, 150, 70, 55, 50, 45, 45, 50]
        rows = [
            [
                line.code,
                line.label,
                line.classe or "",
                doc.bare(line.amount),
                doc.bare(line.base),
                doc.bare(line.amo),
                doc.bare(line.amc),
                doc.bare(line.rac),
            ]
            for line in doc.lines
        ]
        aligns = "lllrrrrr"
    size = 7.5
    top = pen.table(
        40, top, widths, header, rows, aligns=aligns, size=size, row_h=18, header_fill=(0.9, 0.93, 0.98)
    )
    if lpp:
        total_row = [
            doc.lab("total"),
            "",
            "",
            doc.amt(doc.total),
            doc.amt(doc.amo),
            doc.amt(doc.amc),
            doc.amt(doc.rac),
        ]
        top = pen.table(40, top, widths, None, [total_row], aligns=aligns, size=size, row_h=18, bold_rows=[0])
        top += 12
        pen.text(
            40,
            top,
            "Montants en euros. Classe A : offre « 100% Santé » sans reste à charge ; "
            "classe B : prix libres.",
            8,
        )
        top += 12
        pen.text(40, top, "Le prix de vente comprend la prestation d'adaptation et le suivi.", 8)
        top += 30
    else:
        top += 16
        for key, value in (
            ("total", doc.total),
            ("amo", doc.amo),
            ("amc", doc.amc),
            ("patient_amount", doc.rac),
        ):
            pen.leader(
                250, 555, top, doc.lab(key), doc.amt(value), 10, bold=key in ("total", "patient_amount")
            )
            top += 17
        top += 14
    pen.para(
        40,
        top,
        "Devis valable 6 mois à compter de sa date d'établissement. Devis gratuit. "
        "Les montants de prise en charge sont donnés à titre indicatif sous réserve de l'accord de "
        "l'organisme complémentaire.",
        515,
        8.5,
    )
    pen.text(60, 700, "Signature du praticien", 9)
    pen.text(350, 700, "Signature du patient (« Bon pour accord »)", 9)
    _footer_bank(pen, doc, 790)


# -- 6. ticket ------------------------------------------------------------------------------------------


def draw_ticket(c: Canvas, doc: Doc) -> None:
    pen = Pen(c, doc.font)
    p = doc.party
    x0, x1 = 175, 420
    chars = 42
    size = 9.0

    def row(left: str, right: str = "") -> str:
        return left + " " * max(1, chars - len(left) - len(right)) + right if right else left

    out = [
        p.name.center(chars),
        p.street.center(chars),
        f"{p.postcode} {p.city}".center(chars),
        f"Tel {p.phone}".center(chars),
        f"{doc.pid_label} {doc.pid_text}".center(chars),
        f"SIRET {p.siret}".center(chars),
        (p.staff or "")[:chars].center(chars),
        "-" * chars,
        f"{doc.lab('number')} {doc.number}",
        f"{doc.lab('care_date')} {doc.dt(doc.care_date)} 10:42" if doc.care_date else "",
        f"Patient: {_name_last_first(doc)}",
        f"{doc.lab('nir')}: {doc.nir_text}",
        f"{doc.lab('amc_number')}: {doc.amc_number} {doc.amc_name}"[:chars],
    ]
    if doc.prescriber:
        out += [f"{doc.lab('prescriber')}: {doc.prescriber.name}", f"  RPPS {doc.prescriber.rpps}"]
    if doc.prescription_date:
        out.append(f"{doc.lab('prescription_date')} {doc.dt(doc.prescription_date)}")
    out.append("-" * chars)
    for line in doc.lines:
        rate = "NR" if line.base == 0 else f"{round(line.amo / line.base * 100)}%"
        out.append(f"{line.qty} x {line.label}"[:chars])
        out.append(row(f"  {line.code}  {rate}", doc.amt(line.amount)))
    out.append("-" * chars)
    for key, amount in (
        ("total", doc.total),
        ("amo", doc.amo),
        ("amc", doc.amc),
        ("patient_amount", doc.rac),
    ):
        out.append(row(doc.lab(key), doc.amt(amount)))
    out += [
        "-" * chars,
        "Tiers payant AMO + AMC",
        "Carte Vitale lue - FSE transmise",
        "",
        "Merci de votre visite".center(chars),
        "A bientot !".center(chars),
    ]
    height = len(out) * size * 1.35 + 20
    pen.box(x0 - 6, 30, x1 - x0 + 12, height, stroke=(0.6, 0.6, 0.6), width=0.5)
    top: float = 40
    for i, text_line in enumerate(out):
        pen.text(x0, top, text_line, size, bold=i == 0 or text_line.startswith(doc.lab("total")))
        top += size * 1.35


# -- 7. sessions ----------------------------------------------------------------------------------------


def draw_sessions(c: Canvas, doc: Doc) -> None:
    pen = Pen(c, doc.font)
    p = doc.party
    nurse = bool(doc.extra.get("nurse"))
    pen.box(0, 0, W, 8, fill=doc.accent, stroke=None)
    pen.text(40, 30, p.name, 15, bold=True, color=doc.accent)
    pen.lines(
        40,
        50,
        [
            p.title,
            _addr(doc),
            f"Tél. {p.phone} — {p.email}",
            f"{doc.pid_label} : {doc.pid_text}" + (f"     N° AM : {p.am_number}" if p.am_number else ""),
        ],
        9,
    )
    pen.box(340, 105, 215, 78, stroke=(0.5, 0.5, 0.5))
    pen.lines(
        348,
        111,
        [
            f"Patient : {doc.patient.civility} {_name_last_first(doc)}",
            f"{doc.lab('birth')} : {doc.dt(doc.patient.birth)}",
            f"{doc.lab('nir')} :",
            f"  {doc.nir_text}",
            f"{doc.lab('amc_number')} : {doc.amc_number}",
        ],
        8.5,
    )
    pen.text(40, 125, doc.title, 12, bold=True)
    pen.text(40, 145, f"{doc.lab('number')} : {doc.number}", 10, bold=True)
    if doc.issue_date:
        pen.text(40, 160, f"{doc.lab('date')} : {doc.dt(doc.issue_date)}", 9.5)
    if doc.care_date:
        pen.text(
            40,
            175,
            f"{doc.lab('care_date')} {doc.dt(doc.care_date)} au {doc.dt(doc.care_end or doc.care_date)}",
            9.5,
        )
    top: float = 198
    for text_line in _prescription_text(doc):
        pen.text(40, top, text_line, 9)
        top += 13
    pen.text(40, top, "Accident causé par un tiers :  ☐ oui   ☒ non" if doc.font != "helv" else "", 9)
    top += 20
    if nurse:
        by_day: dict[date, list[Line]] = {}
        for line in doc.lines:
            assert line.day is not None
            by_day.setdefault(line.day, []).append(line)
        rows = []
        for day, lines in by_day.items():
            codes = {line.code: line for line in lines}
            rows.append(
                [
                    doc.dt(day),
                    "AMI 1",
                    doc.bare(codes["AMI 1"].amount),
                    doc.bare(codes["IFD"].amount),
                    "6",
                    doc.bare(codes["IK"].amount),
                    doc.amt(sum((x.amount for x in lines), Decimal("0"))),
                ]
            )
        top = pen.table(
            40,
            top,
            [80, 70, 70, 60, 45, 75, 115],
            ["Date", "Acte", "Montant acte", "IFD", "Km", "IK", "Total jour"],
            rows,
            aligns="lcrrcrr",
            size=8.5,
            row_h=16,
            header_fill=(0.95, 0.88, 0.92),
        )
    else:
        rows = [
            [
                str(i),
                doc.dt(line.day) if line.day else "",
                line.code,
                line.coef or "",
                line.label,
                doc.amt(line.amount),
            ]
            for i, line in enumerate(doc.lines, start=1)
        ]
        top = pen.table(
            40,
            top,
            [30, 80, 70, 40, 190, 105],
            ["N°", "Date", "Acte", "Coef.", "Libellé", "Montant"],
            rows,
            aligns="clcclr",
            size=8.5,
            row_h=16,
            zebra=(0.95, 0.95, 0.95),
        )
    top += 16
    for key, amount in (
        ("total", doc.total),
        ("amo", doc.amo),
        ("amc", doc.amc),
        ("patient_amount", doc.rac),
    ):
        pen.text(330, top, f"{doc.lab(key)} :", 10, bold=key == "total")
        pen.right(555, top, doc.amt(amount), 10, bold=key == "total")
        top += 16
    pen.text(40, top + 14, f"Organisme complémentaire : {doc.amc_name}", 8.5)
    _footer_bank(pen, doc, 790)


# -- 8. lab -----------------------------------------------------------------------------------------------


def draw_lab(c: Canvas, doc: Doc) -> None:
    pen = Pen(c, doc.font)
    p = doc.party
    pen.box(40, 35, 46, 46, fill=doc.accent, stroke=None, radius=6)
    pen.center(63, 50, "LBM", 12, bold=True, color=(1, 1, 1))
    pen.text(96, 35, p.name, 11.5, bold=True, color=doc.accent)
    pen.lines(
        96,
        52,
        [
            p.title + " — accrédité COFRAC n° 8-1234",
            _addr(doc),
            f"Tél. {p.phone}   Fax {p.fax or p.phone}",
            f"{doc.pid_label} : {doc.pid_text}    SIRET : {fmt_siret(p.siret)}",
        ],
        8.5,
    )
    pen.hline(40, 555, 112, 1, color=doc.accent)
    pen.text(40, 125, "FACTURE D'ANALYSES DE BIOLOGIE MÉDICALE", 12.5, bold=True)
    right = [("Dossier n°", doc.extra["dossier"]), (doc.lab("number"), doc.number)]
    if doc.care_date:
        right.append((doc.lab("care_date"), doc.dt(doc.care_date)))
    if doc.issue_date:
        right.append((doc.lab("date"), doc.dt(doc.issue_date)))
    top: float = 150
    for label, value in right:
        pen.text(340, top, label, 9, color=GREY)
        pen.right(555, top, value, 9.5, bold=True)
        top += 14
    lines = [f"{doc.lab('patient')} : {_name_last_first(doc)}", f"Née le {doc.dt(doc.patient.birth)}"]
    if doc.insured:
        lines.append(f"{doc.lab('insured')} : {doc.insured.last} {doc.insured.first}")
    lines += [
        f"{doc.lab('nir')} :",
        f"{doc.nir_text}",
        f"{doc.lab('amc_number')} : {doc.amc_number} — {doc.amc_name}",
    ]
    pen.lines(40, 150, lines, 9)
    top = 250
    for text_line in _prescription_text(doc):
        pen.text(40, top, text_line, 9)
        top += 13
    top += 10
    rows = [[line.code, line.label, line.coef or "", doc.amt(line.amount)] for line in doc.lines]
    top = pen.table(
        40,
        top,
        [70, 285, 60, 100],
        ["Code NABM", "Analyse", "Cotation", "Montant"],
        rows,
        aligns="llcr",
        size=9,
        row_h=17,
        grid=False,
        header_fill=(0.85, 0.93, 0.87),
    )
    pen.hline(40, 555, top, 0.8)
    top += 20
    header = [doc.lab("total"), doc.lab("amo"), doc.lab("amc"), doc.lab("patient_amount")]
    values = [doc.amt(doc.total), doc.amt(doc.amo), doc.amt(doc.amc), doc.amt(doc.rac)]
    top = pen.table(
        95,
        top,
        [115, 115, 115, 115],
        header,
        [values],
        aligns="cccc",
        size=9.5,
        row_h=20,
        header_fill=(0.85, 0.93, 0.87),
    )
    pen.para(
        40,
        top + 20,
        "Valeur de la lettre clé B : 0,27 €. Tiers payant appliqué sur présentation de la carte "
        "Vitale et de l'attestation de mutuelle. Les résultats sont disponibles sur le serveur sécurisé "
        "du laboratoire.",
        515,
        8,
    )
    _footer_bank(pen, doc, 790)


# -- 9. letter (note d'honoraires in prose) ------------------------------------------------------------


def draw_letter(c: Canvas, doc: Doc) -> None:
    pen = Pen(c, doc.font)
    p = doc.party
    pen.center(W / 2, 40, p.name, 15, bold=True)
    pen.center(W / 2, 60, p.title, 9.5)
    pen.center(W / 2, 74, f"{_addr(doc)}  —  Tél. {p.phone}", 9)
    pen.center(
        W / 2, 87, f"{doc.pid_label} {doc.pid_text}  —  N° AM {p.am_number}  —  Conventionnée secteur 1", 8.5
    )
    pen.hline(120, 475, 104, 0.6)
    if doc.issue_date:
        pen.right(540, 125, f"{p.city.title()}, le {doc.dt(doc.issue_date)}", 10.5)
    pen.text(55, 165, f"{doc.lab('number')} {doc.number}", 12, bold=True)
    ins = doc.insured
    assert ins is not None
    she = "née" if doc.patient.sex == 2 else "né"
    text = (
        f"Je soussignée, Docteur {p.name.split(' ', 1)[1]}, certifie avoir donné mes soins le "
        f"{doc.dt(doc.care_date) if doc.care_date else ''} à l'enfant {_name_first_last(doc)}, {she} le "
        f"{doc.dt(doc.patient.birth)}, ayant droit de {ins.civility} {ins.first} {ins.last}, "
        f"{doc.lab('nir')} {doc.nir_text}."
    )
    top = pen.para(55, 195, text, 485, 10.5, 16)
    top += 12
    pen.text(55, top, "Détail des actes :", 10.5, bold=True)
    top += 18
    for line in doc.lines:
        pen.leader(75, 420, top, f"{line.label} ({line.code})", doc.amt(line.amount), 10.5)
        top += 16
    top += 8
    pen.leader(75, 420, top, "Montant des honoraires", doc.amt(doc.total), 10.5, bold=True)
    top += 28
    sentences = [
        f"Part prise en charge par l'Assurance Maladie (tiers payant) : {doc.amt(doc.amo)}",
        f"Part complémentaire ({doc.amc_name}, organisme n° {doc.amc_number}) : {doc.amt(doc.amc)}",
        f"Reste à la charge de la famille : {doc.amt(doc.rac)}",
    ]
    for s in sentences:
        top = pen.para(55, top, s, 485, 10.5, 16)
    top += 20
    pen.para(
        55,
        top,
        "Note d'honoraires établie pour servir et valoir ce que de droit. Règlement par tiers "
        "payant, aucune avance de frais demandée à la famille.",
        485,
        9.5,
        14,
    )
    pen.text(360, top + 60, f"Dr {p.name.split(' ', 2)[2]}", 11, italic=True)
    _footer_bank(pen, doc, 790)


# -- 10. pec-form ---------------------------------------------------------------------------------------


def draw_pec_form(c: Canvas, doc: Doc) -> None:
    pen = Pen(c, doc.font)
    p = doc.party
    pen.center(W / 2, 32, doc.title, 16, bold=True)
    pen.center(
        W / 2, 54, "Soins dentaires prothétiques — à adresser à l'organisme complémentaire avant les soins", 9
    )
    pen.box(40, 75, 515, 36, width=1)
    pen.text(48, 81, f"{doc.lab('amc_number')} : {doc.amc_number}", 10, bold=True)
    pen.text(48, 96, f"Destinataire : {doc.amc_name} — Service prises en charge", 9)
    pen.right(548, 81, f"{doc.lab('number')} : {doc.number}", 10, bold=True)
    pen.right(548, 96, f"{doc.lab('date')} : {doc.dt(doc.issue_date)}" if doc.issue_date else "", 9)
    top: float = 125
    pen.text(40, top, "1. ASSURÉ / BÉNÉFICIAIRE", 10, bold=True)
    top += 16
    fields = [
        ("Nom", doc.patient.last),
        ("Prénom", doc.patient.first),
        ("Date de naissance", doc.dt(doc.patient.birth)),
        (doc.lab("nir"), doc.nir_text),
    ]
    if doc.member_number:
        fields.append((doc.lab("member"), doc.member_number))
    for label, value in fields:
        pen.text(55, top, f"{label} :", 9.5)
        pen.text(200, top, value, 9.5, bold=True)
        pen.hline(198, 450, top + 14.5, 0.3, dash=(1, 2))
        top += 16
    top += 8
    pen.text(40, top, "2. PROFESSIONNEL DE SANTÉ", 10, bold=True)
    top += 16
    for label, value in (
        ("Nom", p.name),
        (doc.pid_label, doc.pid_text),
        ("N° AM", p.am_number or ""),
        ("Adresse", _addr(doc)),
        ("Téléphone", p.phone),
        ("Fax", p.fax or "—"),
    ):
        pen.text(55, top, f"{label} :", 9.5)
        pen.text(200, top, value, 9.5)
        top += 15
    top += 8
    pen.text(40, top, "3. NATURE DES SOINS", 10, bold=True)
    top += 16
    pen.text(55, top, "☒ Prothèse dentaire     ☐ Orthodontie     ☐ Implantologie     ☐ Parodontologie", 9.5)
    top += 18
    rows = [[line.code, line.label, doc.bare(line.amount), doc.bare(line.base)] for line in doc.lines]
    top = pen.table(
        55,
        top,
        [70, 250, 90, 85],
        ["Code CCAM", "Libellé", "Honoraires (€)", "Base SS (€)"],
        rows,
        aligns="llrr",
        size=8.5,
        row_h=16,
    )
    top += 10
    if doc.issue_date:
        planned = doc.issue_date + timedelta(days=17)
        pen.text(55, top, f"Date prévisionnelle des soins : à partir du {doc.dt(planned)}", 9)
    top += 22
    pen.text(40, top, "4. MONTANTS", 10, bold=True)
    top += 16
    for key, amount in (
        ("total", doc.total),
        ("amo", doc.amo),
        ("amc", doc.amc),
        ("patient_amount", doc.rac),
    ):
        pen.box(55, top - 3, 500, 18, width=0.4)
        pen.text(62, top + 1, doc.lab(key), 9.5)
        pen.right(548, top + 1, doc.amt(amount), 9.5, bold=True)
        top += 18
    top += 20
    pen.text(55, top, "Cachet et signature du praticien", 9)
    pen.text(330, top, "Réponse de l'organisme (cadre réservé)", 9)
    pen.box(320, top + 14, 235, 60, width=0.4)
    pen.box(55, top + 14, 235, 60, width=0.4)
    pen.text(62, top + 24, p.name, 8.5, bold=True)
    pen.text(62, top + 36, f"{p.postcode} {p.city} — SIRET {p.siret}", 7.5)
    pen.text(62, top + 47, f"IBAN {group_iban(p.iban)}", 7)


# -- 11. modern -----------------------------------------------------------------------------------------


def draw_modern(c: Canvas, doc: Doc) -> None:
    pen = Pen(c, doc.font)
    p = doc.party
    accent = doc.accent
    pen.box(0, 0, W, 95, fill=accent, stroke=None)
    white = (1.0, 1.0, 1.0)
    pen.text(40, 28, p.name, 15, bold=True, color=white)
    pen.text(40, 50, p.title, 9.5, color=white)
    pen.text(40, 64, f"{p.email}  |  {p.phone}", 8.5, color=white)
    pen.right(
        555,
        30,
        (doc.title or "Facture").upper() if doc.kind == "invoice" else "DEVIS",
        22,
        bold=True,
        color=white,
    )
    pen.right(555, 62, doc.number, 10, color=white)
    cols = [(40, "ÉMIS PAR"), (225, "POUR"), (410, "DÉTAILS")]
    for x, title in cols:
        pen.text(x, 118, title, 7.5, bold=True, color=accent)

    def stack(x: float, top: float, items: list[tuple[str, str]]) -> None:
        for label, value in items:
            pen.text(x, top, label.upper(), 6.5, color=GREY)
            pen.text(x, top + 9, value, 9)
            top += 27

    stack(
        40,
        134,
        [
            ("Adresse", p.street),
            ("Ville", f"{p.postcode} {p.city}"),
            (doc.pid_label, doc.pid_text),
            ("SIRET", fmt_siret(p.siret)),
        ],
    )
    stack(
        225,
        134,
        [
            (doc.lab("patient"), _name_first_last(doc)),
            (doc.lab("birth"), doc.dt(doc.patient.birth)),
            (doc.lab("nir"), doc.nir_text),
            (doc.lab("amc_number"), f"{doc.amc_number} ({doc.amc_name})"),
        ],
    )
    details = [(doc.lab("number"), doc.number)]
    if doc.issue_date:
        details.append((doc.lab("date"), doc.dt(doc.issue_date)))
    if doc.care_date:
        details.append((doc.lab("care_date"), doc.dt(doc.care_date)))
    if doc.prescriber:
        details.append((doc.lab("prescriber"), doc.prescriber.name))
        details.append(("RPPS du prescripteur", doc.prescriber.rpps))
    if doc.prescription_date:
        details.append(("Ordonnance du", doc.dt(doc.prescription_date)))
    stack(410, 134, details)
    top: float = 260
    header = ["Code", "Description", "Qté", "Prix unitaire", "Montant"]
    rows = [
        [line.code, line.label, str(line.qty), doc.amt(line.unit), doc.amt(line.amount)] for line in doc.lines
    ]
    top = pen.table(
        40,
        top,
        [60, 265, 30, 80, 80],
        header,
        rows,
        aligns="llcrr",
        size=8.5,
        row_h=20,
        grid=False,
        header_fill=accent,
        header_color=white,
        zebra=(0.96, 0.96, 0.96),
    )
    pen.hline(40, 555, top, 0.5, color=GREY)
    top += 18
    for key, amount in (("amo", doc.amo), ("amc", doc.amc), ("patient_amount", doc.rac)):
        pen.text(340, top, doc.lab(key), 9, color=GREY)
        pen.right(555, top, doc.amt(amount), 9.5)
        top += 16
    top += 6
    pen.box(330, top, 225, 26, fill=accent, stroke=None)
    pen.text(340, top + 7, doc.lab("total"), 11, bold=True, color=white)
    pen.right(547, top + 7, doc.amt(doc.total), 12, bold=True, color=white)
    top += 50
    note = (
        "Devis valable 3 mois. Période d'essai de 30 jours incluse. Suivi et entretien pendant 4 ans."
        if doc.kind == "quote"
        else "Merci de votre confiance. Facture acquittée par tiers payant."
    )
    pen.para(40, top, note, 515, 8.5)
    pen.text(
        40, 800, f"IBAN {group_iban(p.iban)}  ·  SIRET {p.siret}  ·  {p.postcode} {p.city}", 7, color=GREY
    )


# -- 12. right-header -----------------------------------------------------------------------------------


def draw_right_header(c: Canvas, doc: Doc) -> None:
    pen = Pen(c, doc.font)
    p = doc.party
    for i, header_line in enumerate(
        [
            p.name,
            p.title,
            p.street,
            f"{p.postcode} {p.city}",
            f"Tél. {p.phone}",
            f"{doc.pid_label} {doc.pid_text}",
            f"SIRET {fmt_siret(p.siret)}",
        ]
    ):
        pen.right(555, 40 + i * 13, header_line, 11 if i == 0 else 8.5, bold=i == 0)
    pen.lines(
        40,
        150,
        [
            f"{doc.patient.civility} {_name_first_last(doc)}",
            f"{doc.lab('birth')} {doc.dt(doc.patient.birth)}",
            f"{doc.lab('nir')} {doc.nir_text}",
            f"{doc.lab('amc_number')} {doc.amc_number} ({doc.amc_name})",
        ],
        10,
    )
    place = doc.extra.get("issue_place")
    if place and doc.issue_date and doc.shows("invoice_date"):
        pen.right(555, 225, f"{place}, le {doc.dt(doc.issue_date)}", 10)
    pen.text(40, 250, f"FACTURE  {doc.number}", 14, bold=True)
    top: float = 280
    tab = 190
    items = [(doc.lab("number"), doc.number)]
    if doc.care_date:
        items.append((doc.lab("care_date"), doc.dt(doc.care_date)))
    if p.staff:
        items.append(("Praticien", p.staff.replace("Consultation du ", "")))
    for label, text_value in items:
        pen.text(40, top, label, 10, color=GREY)
        pen.text(tab, top, text_value, 10)
        top += 16
    top += 14
    pen.hline(40, 555, top, 0.8)
    top += 6
    for line in doc.lines:
        pen.text(40, top, line.code, 10)
        pen.text(110, top, line.label, 10)
        pen.right(555, top, doc.amt(line.amount), 10)
        top += 17
    pen.hline(40, 555, top + 2, 0.8)
    top += 16
    for key, amount in (
        ("total", doc.total),
        ("amo", doc.amo),
        ("amc", doc.amc),
        ("patient_amount", doc.rac),
    ):
        pen.leader(270, 555, top, doc.lab(key), doc.amt(amount), 10, bold=key == "total")
        top += 17
    pen.para(
        40,
        top + 30,
        "Le centre de santé pratique le tiers payant intégral. Honoraires conformes aux "
        "tarifs de l'Accord national des centres de santé, sans dépassement.",
        515,
        9,
    )
    _footer_bank(pen, doc, 790)


LAYOUTS: dict[str, Callable[[Canvas, Doc], None]] = {
    "table-classic": draw_table_classic,
    "kv-list": draw_kv_list,
    "two-column": draw_two_column,
    "label-above": draw_label_above,
    "devis-table": draw_devis_table,
    "ticket": draw_ticket,
    "sessions": draw_sessions,
    "lab": draw_lab,
    "letter": draw_letter,
    "pec-form": draw_pec_form,
    "modern": draw_modern,
    "right-header": draw_right_header,
}


def draw_doc(c: Canvas, doc: Doc) -> int:
    """Draws the document and ends its last page; returns the number of pages drawn."""
    before = c.getPageNumber()
    LAYOUTS[doc.layout](c, doc)
    c.showPage()
    return int(c.getPageNumber()) - int(before)


_ = H  # page height is used through Pen
