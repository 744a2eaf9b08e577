"""Generate bench/heldout/emails4: a fourth held-out triage set, written blind.

    .venv/bin/python bench/heldout/emails4_gen.py

Written without reading the triage code, the samples or the earlier held-out sets' texts.
Deterministic (seeded, fixed dates, fixed MIME boundaries, invariant PDFs). Each
`<name>.eml` gets a `<name>.eml.json` ground truth {"action": ..., "reason": ...}
(reason is null unless action is auto_reply), as a clerk following shared/DOMAIN.md would decide.
"""

from __future__ import annotations

import base64
import io
import json
import quopri
import random
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from stdnum import luhn

OUT = Path(__file__).resolve().parent / "emails4"
TO = "factures@tiers-payant.example.fr"
OUR_DOMAIN = "tiers-payant.example.fr"
rnd = random.Random(20261126)
PARIS = timezone(timedelta(hours=1))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
_clock = datetime(2025, 10, 6, 7, 41, tzinfo=PARIS)
TRUTH: dict[str, dict] = {}


# ---------------------------------------------------------------- identifiers
def digits(n: int) -> str:
    return "".join(str(rnd.randint(0, 9)) for _ in range(n))


def rpps() -> str:
    body = "10" + digits(8)
    return body + luhn.calc_check_digit(body)


def adeli(dept: str, prof: str) -> str:
    body = dept + prof + digits(4)
    return body + luhn.calc_check_digit(body)


def finess(dept: str) -> str:
    body = dept + digits(6)
    return body + luhn.calc_check_digit(body)


def nir(sex: int | None = None, dept: str | None = None, birth: str | None = None) -> str:
    sex = sex or rnd.choice([1, 2])
    yy, mm = rnd.randint(45, 99), rnd.randint(1, 12)
    if birth and int(birth[-4:]) < 2005:  # adults carry their own NIR; children show a parent's
        yy, mm = int(birth[-2:]), int(birth[3:5])
    first = (f"{sex}{yy:02d}{mm:02d}"
             f"{dept or rnd.choice(['75', '69', '13', '33', '59', '67', '31', '44', '74', '29'])}"
             f"{rnd.randint(1, 399):03d}{rnd.randint(1, 999):03d}")
    num = int(first.replace("2A", "19").replace("2B", "18"))
    return f"{first}{97 - num % 97:02d}"


def fmt_nir(n: str) -> str:
    return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"


def iban_fr() -> str:
    bban = "30004" + digits(5) + digits(11) + digits(2)
    num = int("".join(str(int(c, 36)) for c in bban + "FR00"))
    key = 98 - num % 97
    raw = f"FR{key:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def eur(x: float, sep: str = "\u00a0") -> str:
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",").replace(" ", sep)
    return f"{s}{sep}€"


# ---------------------------------------------------------------- documents
def pdf(lines: list[tuple[str, str]]) -> bytes:
    """lines: (style, text) with style h (title), b (bold), n (normal), m (monospace), s (space)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = 800
    for style, text in lines:
        if style == "s":
            y -= 10
            continue
        font, size = {"h": ("Helvetica-Bold", 15), "b": ("Helvetica-Bold", 10),
                      "n": ("Helvetica", 10), "m": ("Courier", 9)}[style]
        c.setFont(font, size)
        c.drawString(50, y, text)
        y -= size + 5
        if y < 60:
            c.showPage()
            y = 800
    c.showPage()
    c.save()
    return buf.getvalue()


def invoice_lines(prac: dict, patient: dict, acts: list[tuple[str, str, str, float]], *,
                  number: str, issued: str, title: str = "FACTURE",
                  amo_rate: float = 0.6, amc_share: float | None = None,
                  labels: tuple[str, str, str, str] = ("Total", "Part AMO", "Part AMC", "Reste à charge"),
                  extra: list[tuple[str, str]] | None = None) -> list[tuple[str, str]]:
    total = round(sum(a[3] for a in acts), 2)
    amo = round(total * amo_rate, 2)
    amc = round(total - amo if amc_share is None else amc_share, 2)
    rac = round(total - amo - amc, 2)
    out = [("h", prac["name"]), ("n", prac["profession"])]
    out += [("n", line) for line in prac["address"]]
    out.append(("b", f"{prac['id_label']} : {prac['id']}"))
    if prac.get("am"):
        out.append(("n", f"N° AM : {prac['am']}"))
    out += [("s", ""), ("h", f"{title} N° {number}"), ("n", f"Date d'émission : {issued}"), ("s", "")]
    out.append(("b", f"Patient : {patient['name']}"))
    if patient.get("birth"):
        out.append(("n", f"Né(e) le : {patient['birth']}"))
    if patient.get("nir"):
        out.append(("n", f"N° de sécurité sociale : {fmt_nir(patient['nir'])}"))
    if patient.get("amc"):
        out.append(("n", f"Organisme complémentaire : {patient['amc']}"))
    if patient.get("prescriber"):
        out.append(("n", f"Prescripteur : {patient['prescriber']}"))
    out += [("s", ""), ("m", f"{'Date':<11}{'Code':<14}{'Libellé':<38}{'Montant':>10}")]
    for d, code, label, amount in acts:
        out.append(("m", f"{d:<11}{code:<14}{label[:37]:<38}{eur(amount, ' '):>10}"))
    out += [("s", ""),
            ("b", f"{labels[0]} : {eur(total, ' ')}"),
            ("n", f"{labels[1]} : {eur(amo, ' ')}"),
            ("n", f"{labels[2]} : {eur(amc, ' ')}"),
            ("n", f"{labels[3]} : {eur(rac, ' ')}")]
    out += extra or []
    return out


def invoice_pdf(*args, **kw) -> bytes:
    return pdf(invoice_lines(*args, **kw))


def photo(lines: list[str], angle: float = 2.5, size=(1100, 1450), blur: float = 0.8,
          paper=(236, 232, 221)) -> bytes:
    """A JPEG that looks like a phone photo of a printed page."""
    img = Image.new("RGB", size, paper)
    d = ImageDraw.Draw(img)
    f_big = ImageFont.truetype(FONT, 34)
    f = ImageFont.truetype(FONT_MONO, 24)
    y = 70
    for i, line in enumerate(lines):
        d.text((70, y), line, fill=(35, 35, 45), font=f_big if i == 0 else f)
        y += 48 if i == 0 else 36
    for _ in range(900):  # speckle, seeded
        x, yy = rnd.randrange(size[0]), rnd.randrange(size[1])
        g = rnd.randint(150, 215)
        d.point((x, yy), fill=(g, g, g - 10))
    bg = Image.new("RGB", (size[0] + 160, size[1] + 160), (70, 62, 55))
    bg.paste(img.rotate(angle, expand=False, fillcolor=paper), (80, 80))
    bg = bg.filter(ImageFilter.GaussianBlur(blur))
    buf = io.BytesIO()
    bg.save(buf, "JPEG", quality=72)
    return buf.getvalue()


# ---------------------------------------------------------------- MIME helpers
def boundary() -> str:
    return f"----=_Part_{rnd.getrandbits(40):010x}_{rnd.randint(1000, 9999)}"


def msgid(domain: str) -> str:
    return f"<{rnd.getrandbits(64):016x}.{rnd.randint(100000, 999999)}@{domain}>"


def degrade(text: str, charset: str) -> str:
    """What a Latin-1 mail client sends for characters its charset lacks."""
    if charset.lower() in ("iso-8859-1", "latin-1"):
        for a, b in {"—": "-", "–": "-", "’": "'", "…": "...", "€": "EUR", "œ": "oe"}.items():
            text = text.replace(a, b)
    return text


def text_part(body: str, subtype: str = "plain", charset: str = "utf-8",
              cte: str = "quoted-printable") -> MIMENonMultipart:
    p = MIMENonMultipart("text", subtype, charset=charset)
    body = degrade(body, charset)
    raw = body.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:  # 8bit / 7bit: keep bytes as they are
        payload = raw.decode("ascii", "surrogateescape")
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
    return p


def attachment(data: bytes, mime: str, filename: str | None, inline: bool = False) -> MIMEBase:
    main, sub = mime.split("/")
    p = MIMEBase(main, sub, name=filename) if filename else MIMEBase(main, sub)
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    p["Content-Transfer-Encoding"] = "base64"
    if filename:
        if filename.isascii():
            p.add_header("Content-Disposition", "inline" if inline else "attachment", filename=filename)
        else:
            p.add_header("Content-Disposition", "attachment", filename=("utf-8", "", filename))
    return p


def hdr(value: str, charset: str = "utf-8"):
    return value if value.isascii() else Header(degrade(value, charset), charset)


def addr(name: str, email: str, charset: str = "utf-8") -> str:
    return formataddr((name, email), charset=charset) if name else email


def tick(minutes: int | None = None) -> datetime:
    global _clock
    _clock += timedelta(minutes=minutes if minutes is not None else rnd.randint(35, 600))
    return _clock


def mail(name: str, action: str, reason: str | None, *, frm: tuple[str, str], subject: str | None,
         body: str | None = None, html: str | None = None, charset: str = "utf-8",
         cte: str = "quoted-printable", attachments: list[MIMEBase] = (), to: str = TO,
         headers: list[tuple[str, str]] = (), subj_charset: str | None = None,
         name_charset: str | None = None) -> None:
    parts = []
    if body is not None and html is not None:
        alt = MIMEMultipart("alternative", boundary=boundary())
        alt.attach(text_part(body, "plain", charset, cte))
        alt.attach(text_part(html, "html", charset, cte))
        parts.append(alt)
    elif body is not None:
        parts.append(text_part(body, "plain", charset, cte))
    elif html is not None:
        parts.append(text_part(html, "html", charset, cte))
    if attachments:
        msg = MIMEMultipart("mixed", boundary=boundary())
        for p in parts + list(attachments):
            msg.attach(p)
    elif parts:
        msg = parts[0]
    else:
        msg = text_part("", "plain", "us-ascii", "7bit")
    domain = frm[1].split("@")[1]
    msg["From"] = addr(frm[0], frm[1], name_charset or charset if charset != "us-ascii" else "utf-8")
    msg["To"] = to
    if subject is not None:
        msg["Subject"] = hdr(subject, subj_charset or charset)
    msg["Date"] = format_datetime(tick())
    msg["Message-ID"] = msgid(domain)
    for k, v in headers:
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    write(name, msg.as_bytes(), action, reason)


def write(name: str, raw: bytes, action: str, reason: str | None) -> None:
    assert name not in TRUTH, name
    assert (reason is None) == (action != "auto_reply"), name
    (OUT / f"{name}.eml").write_bytes(raw)
    truth = {"action": action, "reason": reason}
    (OUT / f"{name}.eml.json").write_text(json.dumps(truth) + "\n", encoding="utf-8")
    TRUTH[name] = truth


def raw_mail(name: str, action: str, reason: str | None, text: str) -> None:
    """For multipart/report messages (DSN, MDN) that are easier to write out by hand."""
    write(name, text.lstrip("\n").encode("utf-8"), action, reason)


# ---------------------------------------------------------------- people
def prac(name, profession, address, id_label, id_value, am=None) -> dict:
    return {"name": name, "profession": profession, "address": address, "id_label": id_label,
            "id": id_value, "am": am}


def patient(name, sex=None, birth=None, amc=None, prescriber=None, dept=None) -> dict:
    return {"name": name, "nir": nir(sex, dept, birth), "birth": birth, "amc": amc, "prescriber": prescriber}


# ============================================================================ claims
def claims() -> None:
    # 1. infirmière libérale, SMS style, accents dropped, 8bit
    r = rpps()
    p = patient("GARNIER Josiane", 2, "14/03/1941", "Mutuelle des Volcans (AMC 784512)")
    doc = invoice_pdf(prac("Sandrine PELLETIER", "Infirmière diplômée d'État", ["12 rue des Gentianes", "63000 Clermont-Ferrand"], "RPPS", r, "63611842"),
                      p, [(f"{d:02d}/10/2025", "AMI 4", "Pansement complexe", 12.60) for d in (1, 3, 6, 8, 10, 13)]
                      + [(f"{d:02d}/10/2025", "IFD", "Indemnité forfaitaire dépl.", 2.75) for d in (1, 3, 6, 8, 10, 13)],
                      number="SP-2025-1087", issued="14/10/2025")
    mail("idel-sms-pansements-garnier", "claim", None, frm=("Sandrine P.", "sandrine.pelletier63@orange.fr"),
         subject="fact soins mme garnier", body="bjr\nci joint fact pansements mme garnier debut oct\nmerci bonne journee\nSandrine\n",
         cte="8bit", attachments=[attachment(doc, "application/pdf", "fact_garnier_oct.pdf")],
         headers=[("X-Mailer", "Orange Mail Mobile")])

    # 2. kiné, no body at all, everything in the subject
    r = rpps()
    doc = invoice_pdf(prac("Cabinet de kinésithérapie du Port", "Masseur-kinésithérapeute — M. Yannick LE GALL", ["3 quai de l'Odet", "29000 Quimper"], "RPPS", r, "29711204"),
                      patient("DUVAL Marc", 1, "02/11/1978", "Harmonie Mutuelle", "Dr F. Caradec (RPPS 10003458812)"),
                      [(f"{d:02d}/09/2025", "AMK 7.5", "Rééducation épaule", 16.13) for d in (2, 4, 9, 11, 16, 18, 23, 25)],
                      number="K25-0917", issued="30/09/2025", labels=("Montant total", "Part Sécu", "Part mutuelle", "À régler par le patient"))
    mail("kine-sujet-seul-duval", "claim", None, frm=("Yannick Le Gall", "kine.legall@wanadoo.fr"),
         subject=f"Facture n°K25-0917 - RPPS {r} - patient DUVAL Marc",
         attachments=[attachment(doc, "application/pdf", "K25-0917.pdf")])

    # 3. opticien, long polite letter, devis normalisé, iso-8859-1 QP
    a = adeli("69", "28")
    devis = pdf([("h", "OPTIQUE DES TERREAUX"), ("n", "14 place des Terreaux, 69001 Lyon"), ("b", f"N° ADELI : {a}"),
                 ("s", ""), ("h", "DEVIS NORMALISÉ N° D-25-0642"), ("n", "Établi le 07/10/2025 — validité 6 mois"),
                 ("b", "Bénéficiaire : Mme Hélène FAURE, née le 22/05/1969"), ("n", f"N° SS : {fmt_nir(nir(2, '69', '22/05/1969'))}"),
                 ("n", "Prescription : Dr A. Moreau, ophtalmologiste, du 01/10/2025"), ("s", ""),
                 ("m", "Élément        Code LPP   Classe  Prix TTC   PC Sécu  PC Mutuelle    RAC"),
                 ("m", "Monture        2210546    B       189,00 €    0,03 €    100,00 €   88,97 €"),
                 ("m", "Verre OD prog. 2227038    B       245,00 €    0,05 €    215,00 €   29,95 €"),
                 ("m", "Verre OG prog. 2227038    B       245,00 €    0,05 €    215,00 €   29,95 €"),
                 ("s", ""), ("b", "Total TTC : 679,00 €   PC Sécu : 0,13 €   PC Mutuelle : 530,00 €   RAC : 148,87 €"),
                 ("n", "Organisme complémentaire : MGEN — n° adhérent 0047719")])
    body = ("Madame, Monsieur,\n\n"
            "Je me permets de vous adresser, pour le compte de notre cliente Madame Hélène Faure, "
            "une demande d'accord préalable concernant un équipement optique à verres progressifs.\n\n"
            "Vous trouverez en pièce jointe le devis normalisé correspondant ainsi que les références "
            "de la prescription. Nous restons naturellement à votre disposition pour tout élément "
            "complémentaire que vous jugeriez utile à l'instruction de ce dossier.\n\n"
            "Dans l'attente de votre retour, je vous prie d'agréer, Madame, Monsieur, l'expression de "
            "mes salutations distinguées.\n\n"
            f"Bérénice Chaptal\nOpticienne diplômée — Optique des Terreaux\nADELI {a}\n04 78 28 ** **\n")
    mail("opticien-lettre-accord-prealable", "claim", None, frm=("Optique des Terreaux", "contact@optique-terreaux.fr"),
         subject="Demande d'accord préalable — Mme FAURE — devis D-25-0642", body=body, charset="iso-8859-1",
         attachments=[attachment(devis, "application/pdf", "devis_D-25-0642.pdf")])

    # 4. dentiste, assistant writes in English
    r = rpps()
    devis = invoice_pdf(prac("Dr Thomas WEBER", "Chirurgien-dentiste", ["8 rue du Dôme", "67000 Strasbourg"], "RPPS", r, "67411093"),
                        patient("SCHNEIDER Paul", 1, "19/08/1960", "Mutuelle Alsace Lorraine Jura"),
                        [("", "HBLD634", "Couronne dento-portée céramo-métal.", 550.00),
                         ("", "HBLD350", "Reconstitution corono-radiculaire", 230.00)],
                        number="DV-2025-208", issued="08/10/2025", title="DEVIS / DEMANDE DE PRISE EN CHARGE", amo_rate=0.18)
    body = ("Hello,\n\nPlease find enclosed a treatment quote (prosthetic crown, tooth 36) for our patient "
            "Mr Paul Schneider, for prior approval by his complementary insurer.\n"
            "Could you let us know how long the approval usually takes? The patient would like to book the "
            "appointment before Christmas.\n\nKind regards,\n\nEmily Carter\nDental assistant to Dr Thomas Weber\n"
            f"RPPS {r}\n")
    mail("dentiste-assistante-anglais-couronne", "claim", None, frm=("Emily Carter", "assistante@cabinet-weber-dentiste.fr"),
         subject="Prior approval request - crown - Mr Schneider", body=body, cte="7bit",
         attachments=[attachment(devis, "application/pdf", "quote_schneider.pdf")])

    # 5. audioprothésiste, windows-1252 QP, devis + prescription ORL
    a = adeli("33", "26")
    devis = invoice_pdf(prac("AUDITION GARONNE", "Audioprothésiste — Mme Claire Darrieussecq", ["41 cours de l'Intendance", "33000 Bordeaux"], "ADELI", a),
                        patient("LACOSTE Bernard", 1, "03/01/1947", "Malakoff Humanis", "Dr P. Haristoy, ORL (RPPS 10004412236)"),
                        [("", "2355084", "Aide auditive classe II oreille droite", 1450.00),
                         ("", "2355084", "Aide auditive classe II oreille gauche", 1450.00)],
                        number="AG-D-7781", issued="09/10/2025", title="DEVIS NORMALISÉ", amo_rate=0.083)
    presc = pdf([("h", "Dr Pierre HARISTOY — ORL"), ("n", "RPPS 10004412236"), ("s", ""), ("n", "Bordeaux, le 29/09/2025"),
                 ("n", "M. Bernard LACOSTE"), ("s", ""), ("b", "Appareillage auditif stéréophonique."), ("n", "Audiogramme joint.")])
    body = ("Bonjour,\n\nVeuillez trouver ci-joint la demande de prise en charge pour l'appareillage "
            "stéréophonique de M. Lacoste, accompagnée de la prescription ORL.\n"
            "L'adaptation est prévue le 4 novembre.\n\nCordialement,\n\nClaire Darrieussecq\n"
            f"Audioprothésiste D.E. – Audition Garonne – ADELI {a}\n")
    mail("audio-demande-pec-lacoste", "claim", None, frm=("Audition Garonne", "audition.garonne@free.fr"),
         subject="Demande de prise en charge – appareillage M. LACOSTE", body=body, charset="windows-1252",
         attachments=[attachment(devis, "application/pdf", "devis_AG-D-7781.pdf"),
                      attachment(presc, "application/pdf", "prescription_ORL.pdf")])

    # 6. pharmacie, location de matériel (LPP), bordereau
    r = rpps()
    doc = invoice_pdf(prac("PHARMACIE DES TILLEULS", "Pharmacien titulaire : M. Karim HADDAD", ["2 avenue Jean Jaurès", "59300 Valenciennes"], "RPPS", r, "59201877"),
                      patient("VANDAMME Georgette", 2, "11/06/1936", "Mutuelle Just", "Dr Lemaire (RPPS 10002211457)"),
                      [("01/10/2025", "1288720", "Location lit médicalisé (hebdo) x4", 4 * 13.00),
                       ("01/10/2025", "1237393", "Location matelas anti-escarres x4", 4 * 11.40),
                       ("01/10/2025", "1240094", "Potence + barrières, forfait", 9.15)],
                      number="BDX-1025-0033", issued="31/10/2025", title="BORDEREAU DE FACTURATION", amo_rate=0.6)
    body = ("Bonjour,\n\nCi-joint notre bordereau de location du mois d'octobre pour Mme Vandamme "
            "(lit médicalisé et matelas).\n\nBien cordialement,\n\nL'équipe de la Pharmacie des Tilleuls\n"
            f"RPPS titulaire : {r}\n")
    mail("pharmacie-location-lit-octobre", "claim", None, frm=("Pharmacie des Tilleuls", "pharmacie.tilleuls@laposte.net"),
         subject="Bordereau location octobre - VANDAMME", body=body, cte="base64",
         attachments=[attachment(doc, "application/pdf", "BDX-1025-0033.pdf")])

    # 7. secrétaire médicale forwards a specialist's invoice
    r = rpps()
    doc = invoice_pdf(prac("Dr Nadia BENALI", "Rhumatologue — secteur 2", ["Centre médical Saint-Roch", "06000 Nice"], "RPPS", r, "06101554"),
                      patient("ROUX Patrick", 1, "27/02/1958", "AESIO mutuelle"),
                      [("02/10/2025", "APC", "Avis ponctuel de consultant", 60.00),
                       ("02/10/2025", "DE", "Dépassement d'honoraires", 40.00)],
                      number="NB-25-3310", issued="02/10/2025", amo_rate=0.42)
    body = ("Bonjour,\n\nJe vous transfère ci-dessous la facture du Dr Benali pour M. Roux, "
            "le docteur n'arrive pas à l'envoyer depuis sa messagerie.\n\n"
            "Bien à vous,\nMarion\nSecrétariat médical – Centre Saint-Roch\n\n"
            "-------- Message transféré --------\n"
            "Sujet : facture Roux\nDate : Fri, 3 Oct 2025 18:12:40 +0200\n"
            "De : Dr Nadia Benali <n.benali@centre-saintroch.fr>\n"
            "Pour : Secrétariat <secretariat@centre-saintroch.fr>\n\n"
            "Marion, peux-tu envoyer ça au tiers payant stp. Merci. NB\n")
    mail("secretariat-transfert-facture-rhumato", "claim", None, frm=("Secrétariat Centre Saint-Roch", "secretariat@centre-saintroch.fr"),
         subject="TR: facture Roux", body=body,
         attachments=[attachment(doc, "application/pdf", "Facture_NB-25-3310.pdf")])

    # 8. podologue, phone photo of the invoice (JPEG)
    r = rpps()
    jpg = photo(["Sophie Marchetti — Pédicure-podologue", f"RPPS {r}", "5 bd Paoli 20200 Bastia", "",
                 "NOTE D'HONORAIRES n° 2025/412   du 10/10/2025", "Patient : ALBERTINI Jean-Baptiste",
                 f"NIR : {fmt_nir(nir(1, '2B', '08/03/1952'))}", "", "10/10/2025  Soins de pédicurie     35,00 EUR",
                 "10/10/2025  Orthèse plantaire    120,00 EUR", "", "TOTAL : 155,00 EUR", "Part AMO : 28,14  Part AMC : 96,86",
                 "Reste à charge : 30,00 EUR"], angle=-3.2)
    mail("podologue-photo-scanner-hs", "claim", None, frm=("Sophie Marchetti", "s.marchetti.podo@gmail.com"),
         subject="Note d'honoraires ALBERTINI",
         body="Bonjour, scanner en panne donc je vous envoie une photo de la note d'honoraires. Desolee pour la qualite.\nS. Marchetti\n",
         cte="7bit", attachments=[attachment(jpg, "image/jpeg", "IMG_20251010_174412.jpg")])

    # 9. centre de santé, HTML-only body, two invoices, FINESS
    f = finess("93")
    docs = []
    for nm, sex, acts, num in [("TRAORE Aminata", 2, [("06/10/2025", "G", "Consultation", 30.00), ("06/10/2025", "FPE", "Forfait pédiatrique", 5.00)], "CSM-2025-44011"),
                               ("NGUYEN Van Long", 1, [("07/10/2025", "HBQK002", "Radiographie intrabuccale", 19.20), ("07/10/2025", "HBJD001", "Détartrage", 28.92)], "CSM-2025-44012")]:
        docs.append(attachment(invoice_pdf(prac("Centre de santé municipal Paul-Éluard", "Centre de santé polyvalent", ["22 rue Gabriel Péri", "93200 Saint-Denis"], "FINESS", f),
                                           patient(nm, sex, amc="Mutuelle Familiale"), acts, number=num, issued="08/10/2025", amo_rate=0.7),
                               "application/pdf", f"{num}.pdf"))
    html = ("<html><body style=\"font-family:Calibri\"><p>Madame, Monsieur,</p>"
            "<p>Vous trouverez ci-joint deux factures en tiers payant int&eacute;gral pour des soins r&eacute;alis&eacute;s "
            "les 6 et 7 octobre.</p><p>Cordialement,</p>"
            "<p><b>Service facturation</b><br>Centre de sant&eacute; municipal Paul-&Eacute;luard<br>"
            f"FINESS {f}</p></body></html>")
    mail("centre-sante-html-deux-factures", "claim", None, frm=("Facturation CSM", "facturation.csm@ville-exemple.fr"),
         subject="Factures tiers payant - CSM Paul Eluard", html=html, attachments=docs)

    # 10. clinique, séjour, iso-8859-1 8bit
    f = finess("44")
    doc = invoice_pdf(prac("Clinique Jules Verne", "Établissement de santé privé", ["2 route de Paris", "44300 Nantes"], "FINESS", f),
                      patient("BRIAND Yvonne", 2, "30/09/1952", "Harmonie Mutuelle"),
                      [("13/10/2025", "FJ", "Forfait journalier x3", 60.00), ("13/10/2025", "CP", "Chambre particulière x3", 255.00),
                       ("13/10/2025", "TV", "Frais de confort", 0.00)],
                      number="CJV-S-0093412", issued="17/10/2025", amo_rate=0.0, title="FACTURE DE SÉJOUR")
    body = ("Madame, Monsieur,\n\nNous vous prions de trouver ci-joint la facture de séjour de Madame "
            "BRIAND Yvonne (hospitalisation du 13 au 16 octobre 2025), pour la part complémentaire : "
            "forfait journalier et chambre particulière.\n\nLe bureau des entrées\nClinique Jules Verne – "
            f"FINESS {f}\n")
    mail("clinique-sejour-chambre-particuliere", "claim", None, frm=("Bureau des entrées - Clinique Jules Verne", "bureau.entrees@clinique-julesverne.fr"),
         subject="Facture séjour BRIAND Yvonne - part complémentaire", body=body, charset="iso-8859-1", cte="8bit",
         attachments=[attachment(doc, "application/pdf", "CJV-S-0093412.pdf")])

    # 11. orthophoniste with a question in the body
    a = adeli("35", "91")
    doc = invoice_pdf(prac("Manon QUÉRÉ", "Orthophoniste", ["9 rue de Saint-Malo", "35000 Rennes"], "ADELI", a),
                      patient("LE ROUX Timéo", 1, "12/04/2017", "Mutuelle de Bretagne", "Dr Jaouen"),
                      [(f"{d:02d}/09/2025", "AMO 12.1", "Séance rééducation langage écrit", 31.46) for d in (4, 11, 18, 25)],
                      number="MQ-2025-0231", issued="30/09/2025")
    body = ("Bonjour,\n\nJe vous envoie la facture de septembre pour Timéo Le Roux (4 séances).\n"
            "Petite question : faut-il joindre la prescription à chaque envoi, ou une seule fois pour toute "
            "la série de séances ?\n\nMerci par avance,\nManon Quéré, orthophoniste\n")
    mail("orthophoniste-facture-et-question", "claim", None, frm=("Manon Quéré", "manon.quere.ortho@gmail.com"),
         subject="facture septembre LE ROUX", body=body,
         attachments=[attachment(doc, "application/pdf", "facture-sept-leroux.pdf")])

    # 12. sage-femme, no accents
    r = rpps()
    doc = invoice_pdf(prac("Camille ROBIN", "Sage-femme libérale", ["17 rue Nationale", "37000 Tours"], "RPPS", r),
                      patient("PETIT Laura", 2, "08/07/1994", "Mutuelle Générale"),
                      [(f"{d:02d}/10/2025", "SF 15", "Préparation à la naissance", 42.00) for d in (1, 8, 15)],
                      number="CR-1025-07", issued="16/10/2025", amo_rate=1.0)
    body = ("Bonsoir,\nveuillez trouver la facture pour les seances de preparation a la naissance de Mme Petit.\n"
            "Pouvez vous me confirmer la bonne reception ? Merci d avance\nCamille Robin sage femme\n")
    mail("sagefemme-preparation-naissance", "claim", None, frm=("camille robin", "camille.robin.sf@sfr.fr"),
         subject="facture Mme Petit", body=body, cte="7bit",
         attachments=[attachment(doc, "application/pdf", "Facture Petit.pdf")])

    # 13. ambulances, base64 utf-8 body
    f = finess("74")
    doc = invoice_pdf(prac("AMBULANCES DU LÉMAN", "Transport sanitaire agréé", ["ZA des Bracots", "74890 Bons-en-Chablais"], "FINESS", f),
                      patient("DUCRET Marcel", 1, "21/12/1939", "Mutuelle MBA", "Dr Gaillard (RPPS 10007723340)"),
                      [("20/10/2025", "AMB", "Transport allongé aller — CH Annemasse", 78.30),
                       ("20/10/2025", "AMB", "Transport allongé retour", 78.30), ("20/10/2025", "IK", "Km au-delà forfait", 22.10)],
                      number="AL-25-10-118", issued="22/10/2025", amo_rate=0.65)
    mail("ambulances-transport-allonge", "claim", None, frm=("Ambulances du Léman", "gestion@ambulances-leman.fr"),
         subject="Facture transport M. DUCRET 20/10", body="Bonjour,\n\nFacture de transport ci-jointe (aller/retour CH Annemasse).\n\nService gestion\n",
         cte="base64", attachments=[attachment(doc, "application/pdf", "AL-25-10-118.pdf")])

    # 14. laboratoire, terse
    f = finess("31")
    doc = invoice_pdf(prac("LBM BIO-OCCITANIE — site Capitole", "Laboratoire de biologie médicale", ["4 rue d'Alsace-Lorraine", "31000 Toulouse"], "FINESS", f),
                      patient("MARTY Élodie", 2, "05/05/1987", "Mutuelle SMEREP"),
                      [("15/10/2025", "B 70", "Bilan lipidique + glycémie", 18.90), ("15/10/2025", "B 40", "TSH", 10.80),
                       ("15/10/2025", "KB", "Prélèvement", 4.50)],
                      number="25-88412", issued="16/10/2025")
    mail("labo-ci-joint-seul", "claim", None, frm=("LBM Bio-Occitanie", "tiers-payant@bio-occitanie.fr"),
         subject="Facturation LBM - dossier 25-88412", body="ci-joint.\n", cte="7bit",
         attachments=[attachment(doc, "application/pdf", "25-88412.pdf")])

    # 15. psychologue, chatty register
    a = adeli("13", "93")
    doc = invoice_pdf(prac("Julie ARNAUD", "Psychologue clinicienne", ["60 La Canebière", "13001 Marseille"], "ADELI", a),
                      patient("BLANC Léa", 2, "17/01/2009", "Mutuelle Générale de la Police"),
                      [(f"{d:02d}/10/2025", "SEANCE", "Séance psychologue 45 min", 55.00) for d in (2, 9, 16, 23)],
                      number="JA-2025-118", issued="24/10/2025", amo_rate=0.0, amc_share=160.00)
    body = ("Coucou l'équipe tiers payant 🙂\n\nVoilà les 4 séances d'octobre de Léa Blanc, la mutuelle de ses parents "
            "prend en charge 4 séances par an à 40 € si j'ai bien compris.\n\nBonne fin de semaine, peuchère il fait encore 24° ici !\n"
            f"Julie Arnaud — psychologue — ADELI {a}\n")
    mail("psychologue-seances-octobre", "claim", None, frm=("Julie Arnaud", "julie.arnaud.psy@proton.me"),
         subject="Séances octobre - Léa B.", body=body, cte="base64",
         attachments=[attachment(doc, "application/pdf", "JA-2025-118.pdf")])

    # 16. orthoptiste: PDF invoice + JPEG of the prescription
    a = adeli("21", "92")
    doc = invoice_pdf(prac("Pauline GIRARDOT", "Orthoptiste", ["11 rue de la Liberté", "21000 Dijon"], "ADELI", a),
                      patient("MOREL Hugo", 1, "23/03/2015", "Mutuelle Bourgogne Santé", "Dr Rameau, ophtalmologiste"),
                      [("14/10/2025", "AMY 15.5", "Bilan orthoptique", 40.30)], number="PG-25-201", issued="14/10/2025")
    jpg = photo(["Dr Sylvain RAMEAU — Ophtalmologiste", "RPPS 10005518863", "", "Dijon, le 02/10/2025", "Hugo MOREL",
                 "", "Bilan orthoptique", "+ rééducation si nécessaire"], angle=1.7)
    mail("orthoptiste-facture-ordonnance-photo", "claim", None, frm=("Cabinet d'orthoptie Girardot", "orthoptie.girardot@orange.fr"),
         subject="Bilan MOREL Hugo", body="Bonjour, facture + ordonnance (photo) pour le bilan de Hugo Morel.\nCdt, P. Girardot\n",
         cte="7bit", attachments=[attachment(doc, "application/pdf", "PG-25-201.pdf"),
                                   attachment(jpg, "image/jpeg", "ordonnance.jpg")])

    # 17. chirurgien, demande de prise en charge du dépassement, very formal
    r = rpps()
    devis = invoice_pdf(prac("Pr Étienne DELACROIX", "Chirurgien orthopédiste — secteur 2 OPTAM", ["Clinique du Parc", "69006 Lyon"], "RPPS", r),
                        patient("FONTAINE Gérard", 1, "09/09/1955", "Swiss Life Prévoyance et Santé"),
                        [("", "NEKA020", "Arthroplastie totale de hanche", 490.97), ("", "DEP", "Dépassement d'honoraires", 900.00)],
                        number="ED-PEC-2025-077", issued="10/10/2025", title="DEMANDE DE PRISE EN CHARGE", amo_rate=0.35)
    body = ("Madame, Monsieur,\n\nL'intervention de M. Gérard Fontaine (prothèse totale de hanche droite) est programmée "
            "le 18 novembre 2025 à la Clinique du Parc.\n\nAfin que le patient connaisse son reste à charge avant "
            "l'intervention, nous vous remercions de bien vouloir nous faire connaître la prise en charge de sa "
            "complémentaire sur la base du devis joint.\n\nVeuillez agréer, Madame, Monsieur, nos salutations respectueuses.\n\n"
            f"Le secrétariat du Pr Delacroix\nRPPS {r}\n")
    mail("chirurgien-pec-depassement-hanche", "claim", None, frm=("Secrétariat Pr Delacroix", "secretariat.delacroix@cliniqueduparc.fr"),
         subject="Demande de PEC - intervention du 18/11 - FONTAINE Gérard", body=body, charset="windows-1252",
         attachments=[attachment(devis, "application/pdf", "PEC_Fontaine.pdf")])

    # 18. diététicienne near the Swiss border, regional numbers
    a = adeli("74", "95")
    doc = invoice_pdf(prac("Anne-Laure BOCHATON", "Diététicienne-nutritionniste", ["8 rue Sommeiller", "74000 Annecy"], "ADELI", a),
                      patient("PERRIN Solange", 2, "14/02/1961", "Mutuelle des Pays de Savoie"),
                      [("07/10/2025", "CONS", "Consultation diététique de suivi", 45.00), ("21/10/2025", "CONS", "Consultation diététique de suivi", 45.00)],
                      number="ALB-2025-62", issued="22/10/2025", amo_rate=0.0, amc_share=72.00)
    body = ("Bonjour,\n\nJe vous fais parvenir en annexe la note d'honoraires de Mme Perrin pour deux consultations de suivi, "
            "pour un montant de nonante euros. La mutuelle couvre septante-deux euros selon la cliente.\n\n"
            "Avec mes meilleures salutations,\nAnne-Laure Bochaton\nDiététicienne – ADELI " + a + "\n")
    mail("dieteticienne-septante-nonante", "claim", None, frm=("A-L Bochaton", "al.bochaton@bluewin.ch"),
         subject="Note d'honoraires Perrin", body=body,
         attachments=[attachment(doc, "application/pdf", "Note honoraires Perrin oct 2025.pdf")])

    # 19. fax-to-mail gateway carrying a GP's invoice
    r = rpps()
    doc = invoice_pdf(prac("Dr Jean-Michel COSTE", "Médecin généraliste", ["1 place du Marché", "46100 Figeac"], "RPPS", r),
                      patient("DELPECH Raymond", 1, "30/04/1944", "Groupama Santé"),
                      [("23/10/2025", "VG", "Visite à domicile", 30.00), ("23/10/2025", "MD", "Majoration déplacement", 10.00),
                       ("23/10/2025", "IK", "Indemnités kilométriques 12 km", 7.32)],
                      number="JMC-2025-0912", issued="23/10/2025", extra=[("s", ""), ("n", "Envoyé par fax le 24/10/2025 — 05 65 34 ** **")])
    mail("fax2mail-facture-generaliste", "claim", None, frm=("FaxMail Service", "fax-noreply@faxmail-service.fr"),
         subject="Fax reçu de +33565340000 (2 pages)",
         body="Vous avez reçu une télécopie.\n\nExpéditeur : +33 5 65 34 00 00 (CAB DR COSTE)\nPages : 2\n"
              "Reçue le : 24/10/2025 09:14\n\nLe document est joint au format PDF.\n",
         attachments=[attachment(doc, "application/pdf", "fax_20251024_091402.pdf")])

    # 20. psychomotricien, three invoices, list in the body
    a = adeli("59", "96")
    atts = []
    lines = []
    for i, (nm, sex, birth) in enumerate([("DELATTRE Nolan", 1, "02/02/2018"), ("HOCHART Inès", 2, "19/06/2016"), ("SAINT-MAXENT Tom", 1, "11/11/2019")]):
        num = f"PSM-25-{140 + i}"
        atts.append(attachment(invoice_pdf(prac("Romain DEWAELE", "Psychomotricien D.E.", ["27 rue Esquermoise", "59000 Lille"], "ADELI", a),
                                           patient(nm, sex, birth, "Mutuelle du Nord"),
                                           [(f"{d:02d}/10/2025", "PSYM", "Séance de psychomotricité", 50.00) for d in (3, 10, 17)],
                                           number=num, issued="20/10/2025", amo_rate=0.0, amc_share=90.00),
                               "application/pdf", f"{num}.pdf"))
        lines.append(f"- {num} : {nm.split()[1]} {nm.split()[0][0]}. (3 séances)")
    body = ("Bonjour,\n\nTrois factures d'octobre :\n" + "\n".join(lines) +
            "\n\nBonne journée,\nRomain Dewaele, psychomotricien\n")
    mail("psychomot-trois-factures", "claim", None, frm=("Romain Dewaele", "r.dewaele.psychomot@gmail.com"),
         subject="3 factures octobre", body=body, attachments=atts)

    # 21. orthodontiste, SMS style, devis for a child
    r = rpps()
    devis = invoice_pdf(prac("Dr Aurélie MASSON", "Orthodontiste (spécialiste qualifiée ODF)", ["45 avenue Foch", "54000 Nancy"], "RPPS", r),
                        patient("KLEIN Noah", 1, "07/08/2014", "MGEN"),
                        [("", "TO90", "Traitement ODF semestre 1", 690.00), ("", "TO90", "Traitement ODF semestre 2", 690.00)],
                        number="ODF-25-0458", issued="15/10/2025", title="DEVIS ORTHODONTIQUE", amo_rate=0.14)
    mail("orthodontiste-devis-noah", "claim", None, frm=("Dr Masson Orthodontie", "contact@ortho-masson-nancy.fr"),
         subject="devis ortho KLEIN Noah",
         body="devis ortho pr le petit Noah Klein (2 semestres), merci de nous faire un retour rapide svp, les parents attendent pr commencer\n-- \nDr A. Masson\n",
         cte="7bit", attachments=[attachment(devis, "application/pdf", "devis_ODF_Klein.pdf")])

    # 22. centre d'audition, multipart/alternative, final invoice
    a = adeli("44", "26")
    doc = invoice_pdf(prac("CENTRE AUDITIF DE L'ERDRE", "Audioprothésiste — M. Olivier Jaunet", ["5 rue de Strasbourg", "44000 Nantes"], "ADELI", a),
                      patient("GUIHO Monique", 2, "16/10/1950", "Mutuelle Ociane"),
                      [("21/10/2025", "2335791", "Aide auditive classe I (100% Santé) OD", 950.00),
                       ("21/10/2025", "2335791", "Aide auditive classe I (100% Santé) OG", 950.00)],
                      number="CAE-F-25-301", issued="21/10/2025", amo_rate=0.126, amc_share=1660.60)
    text = ("Bonjour,\n\nVous trouverez la facture de l'équipement 100% Santé de Mme Guiho, délivré le 21/10/2025.\n\n"
            f"Olivier Jaunet\nCentre auditif de l'Erdre — ADELI {a}\n")
    html = ("<div>Bonjour,</div><div><br></div><div>Vous trouverez la facture de l'équipement <b>100% Santé</b> de Mme Guiho, "
            "délivré le 21/10/2025.</div><div><br></div><div>Olivier Jaunet<br>Centre auditif de l'Erdre — ADELI "
            f"{a}</div>")
    mail("audio-facture-100-sante", "claim", None, frm=("Centre auditif de l'Erdre", "olivier.jaunet@centre-auditif-erdre.fr"),
         subject="Facture équipement auditif GUIHO", body=text, html=html,
         attachments=[attachment(doc, "application/pdf", "CAE-F-25-301.pdf")],
         headers=[("X-Mailer", "Microsoft Outlook 16.0")])


# ============================================================================ tickets
def tickets() -> None:
    # 1. terse payment chase
    r = rpps()
    mail("kine-relance-seche", "ticket", None, frm=("Lucas Ferrand", "lucas.ferrand.mk@gmail.com"),
         subject="facture FA-2025-0412",
         body=f"Facture FA-2025-0412 du 12/08/25 tjrs pas reglee (patient M. Bonnet). RPPS {r}. Merci de verifier.\nL. Ferrand MK\n",
         cte="7bit")

    # 2. contesting a rejection (rights not open) with an attestation attached
    r = rpps()
    att = pdf([("h", "ATTESTATION DE DROITS"), ("n", "Mutuelle des Cévennes — AMC 775488"), ("s", ""),
               ("n", "Nous attestons que Mme CHABERT Lucienne"), ("n", f"N° SS {fmt_nir(nir(2, '30'))}"),
               ("n", "est couverte par un contrat responsable du 01/01/2025 au 31/12/2025."), ("n", "Tiers payant : oui")])
    body = ("Bonjour,\n\nVotre relevé du 02/10 indique un rejet « droits non ouverts » sur le dossier n° 4471203 "
            "(Mme Chabert, soins infirmiers de septembre).\nOr la patiente est bien adhérente depuis le 1er janvier : "
            "je joins l'attestation que sa mutuelle lui a remise.\nMerci de réexaminer ce dossier et de procéder au règlement.\n\n"
            f"Cordialement,\nÉmilie Soulier, IDE libérale, Alès\nRPPS {r}\n")
    mail("idel-contestation-rejet-droits", "ticket", None, frm=("Emilie Soulier", "emilie.soulier@cabinet-infirmier-ales.fr"),
         subject="Contestation rejet dossier 4471203", body=body,
         attachments=[attachment(att, "application/pdf", "attestation_droits_chabert.pdf")])

    # 3. asking the status of a payment (versement)
    r = rpps()
    body = ("Bonjour,\n\nPourriez-vous m'indiquer où en est le versement correspondant au bordereau 2025-09-118 "
            "transmis le 18 septembre ? Je n'ai rien vu passer sur mon compte à ce jour.\n\n"
            f"Merci,\nDr Olivia Marchand, chirurgien-dentiste\nRPPS {r}\n")
    mail("dentiste-ou-en-est-versement", "ticket", None, frm=("Dr Olivia Marchand", "dr.marchand.dentiste@orange.fr"),
         subject=f"Bordereau 2025-09-118 - RPPS {r}", body=body, charset="iso-8859-1")

    # 4. disputing an amount
    a = adeli("76", "28")
    body = ("Bonjour,\n\nSur votre décompte du 14/10/2025 vous avez réglé 42,30 € pour le dossier 88120457 "
            "(M. Lefebvre, équipement progressif) alors que l'accord de prise en charge portait sur 168,50 €.\n"
            "Il manque donc 126,20 €. Merci de régulariser.\n\n"
            f"Optique Normande — ADELI {a}\n")
    mail("opticien-ecart-montant-decompte", "ticket", None, frm=("Optique Normande", "optique.normande@wanadoo.fr"),
         subject="Écart de paiement dossier 88120457", body=body)

    # 5. third reminder, angry, copy of the invoice attached
    r = rpps()
    doc = invoice_pdf(prac("Dr Hervé KERJEAN", "Médecin généraliste", ["7 rue de Siam", "29200 Brest"], "RPPS", r),
                      patient("LE BIHAN Maryvonne", 2, "01/07/1949", "Harmonie Mutuelle"),
                      [("04/06/2025", "G", "Consultation", 30.00), ("04/06/2025", "MCG", "Majoration coordination", 5.00)],
                      number="HK-2025-0588", issued="04/06/2025", extra=[("s", ""), ("b", "DUPLICATA")])
    body = ("TROISIÈME RELANCE.\n\nJe vous ai déjà envoyé cette facture le 10 juin puis le 22 août, sans aucun paiement ni "
            "réponse de votre part. Je vous la renvoie en copie, encore une fois.\n"
            "C'est inadmissible : 35 € peut-être, mais multiplié par tous les dossiers en souffrance ça commence à faire "
            "beaucoup. Si je n'ai pas de nouvelles sous huit jours je cesse le tiers payant pour vos mutuelles.\n\n"
            f"Dr H. Kerjean\nRPPS {r}\n")
    mail("generaliste-troisieme-relance-copie", "ticket", None, frm=("Dr Hervé Kerjean", "herve.kerjean@medecin-brest.fr"),
         subject="3e relance !!! facture HK-2025-0588 impayée", body=body,
         attachments=[attachment(doc, "application/pdf", "HK-2025-0588_copie.pdf")])

    # 6. answer to a request for more information, quoted thread
    r = rpps()
    presc = pdf([("h", "Dr Claire VIDAL"), ("n", "Médecin généraliste — RPPS 10006634418"), ("s", ""), ("n", "Montpellier, le 12/08/2025"),
                 ("n", "M. ESTÈVE Antoine"), ("s", ""), ("b", "15 séances de rééducation du genou gauche (post-ligamentoplastie)")])
    body = ("Bonjour,\n\nVoici l'ordonnance demandée.\n\nCdlt\nJ. Mas, MK\n\n"
            "Le 21/10/2025 à 10:02, Service Professionnels de Santé <ne-pas-repondre@tiers-payant.example.fr> a écrit :\n"
            "> Madame, Monsieur,\n> Votre facture n° JM-0934 du 30/09/2025 (patient E*** A***) est en attente.\n"
            "> Merci de nous transmettre la prescription médicale correspondante en répondant à ce message.\n"
            "> Référence à rappeler : 2025-DC-58814\n> Le service des professionnels de santé\n")
    mail("kine-reponse-complement-ordonnance", "ticket", None, frm=("Julien Mas", "julien.mas.kine@laposte.net"),
         subject="RE: [Réf. 2025-DC-58814] Demande de complément d'information", body=body,
         attachments=[attachment(presc, "application/pdf", "ordonnance_esteve.pdf")],
         headers=[("In-Reply-To", f"<2025-DC-58814.notif@{OUR_DOMAIN}>"), ("References", f"<2025-DC-58814.notif@{OUR_DOMAIN}>")])

    # 7. English payment chase
    r = rpps()
    body = ("Dear Sir or Madam,\n\nI am writing to chase payment of invoice 2025/311 (patient ref. 0412, treatment "
            "completed on 2 September 2025), submitted to you by e-mail on 5 September. According to your service "
            "levels it should have been paid by now, yet nothing has reached our account.\n"
            "Could you please look into it and let me know the expected payment date?\n\n"
            f"Best regards,\nDr Sarah O'Neill, dental surgeon, Biarritz\nRPPS {r}\n")
    mail("dentiste-anglais-relance-paiement", "ticket", None, frm=("Sarah O'Neill", "sarah.oneill@dentiste-biarritz.fr"),
         subject="Outstanding payment - invoice 2025/311", body=body, cte="7bit")

    # 8. régularisation after a coding mistake
    r = rpps()
    body = ("Bonjour,\n\nJ'ai fait une erreur de cotation sur le dossier n° 5520918 (M. Gauthier) : j'ai facturé AMI 4 "
            "au lieu de AMI 1,5 pour les injections du 6 au 10 octobre. Le montant versé est donc trop élevé.\n"
            "Merci de procéder à la régularisation (annulation ou retenue sur un prochain paiement, comme vous préférez).\n\n"
            f"Bien cordialement,\nNicolas Perret, infirmier libéral\nRPPS {r}\n")
    mail("idel-regularisation-erreur-cotation", "ticket", None, frm=("Nicolas Perret", "n.perret.idel@free.fr"),
         subject="Erreur de cotation - dossier 5520918 - régularisation", body=body, charset="windows-1252")

    # 9. long polite letter about a missing transfer, windows-1252
    f = finess("13")
    body = ("Madame, Monsieur,\n\nJe me permets de revenir vers vous au sujet de nos règlements du mois de septembre.\n\n"
            "Le virement reçu le 30 septembre 2025 (référence VIR-TP-250930-0042) couvre bien nos factures de la première "
            "quinzaine, mais ne comprend aucune des onze factures transmises entre le 16 et le 26 septembre, pour un total "
            "de 1 284,60 €. Aucune d'entre elles n'apparaît non plus en rejet sur votre relevé.\n\n"
            "Je vous serais très reconnaissante de bien vouloir vérifier leur état de traitement et, le cas échéant, "
            "de m'indiquer la date prévisionnelle de leur paiement. Je tiens à votre disposition la liste détaillée.\n\n"
            "Je vous remercie par avance de l'attention que vous porterez à ma demande et vous prie d'agréer, Madame, "
            "Monsieur, l'expression de mes salutations distinguées.\n\n"
            f"Josette Rinaldi\nResponsable administrative — Maison de santé des Calanques\nFINESS {f}\n")
    mail("msp-lettre-virement-incomplet", "ticket", None, frm=("Josette Rinaldi", "administration@msp-calanques.fr"),
         subject="Virement du 30/09 incomplet — factures de fin septembre", body=body, charset="windows-1252")

    # 10. pharmacie, HTML-only table of unpaid files
    r = rpps()
    rows = [("25-07-1182", "03/07/2025", "46,20"), ("25-07-1406", "11/07/2025", "12,85"), ("25-08-0097", "01/08/2025", "88,40"),
            ("25-08-0311", "08/08/2025", "23,10")]
    html = ("<html><body><p>Bonjour,</p><p>Les dossiers suivants ne sont toujours pas pay&eacute;s &agrave; ce jour :</p>"
            "<table border=\"1\" cellpadding=\"4\"><tr><th>N&deg; dossier</th><th>Transmis le</th><th>Montant AMC</th></tr>"
            + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c} &euro;</td></tr>" for a, b, c in rows) +
            "</table><p>Merci de nous indiquer ce qui bloque.</p>"
            f"<p>Pharmacie du Centre &ndash; Villeurbanne<br>RPPS titulaire {r}</p></body></html>")
    mail("pharmacie-tableau-impayes-html", "ticket", None, frm=("Pharmacie du Centre", "ph.centre.villeurbanne@gmail.com"),
         subject="Dossiers impayés juillet-août", html=html, cte="base64")

    # 11. opticien: rejection for ceiling reached on a 100% Santé device
    a = adeli("75", "28")
    body = ("Bonjour\n\nRejet sur le dossier 90017744 avec le motif « plafond de garantie atteint » ??\n"
            "C'est un équipement 100% Santé classe A, il n'y a pas de plafond qui tienne, c'est le panier réglementé.\n"
            "Merci de corriger et de payer.\n\nK. Benhamou\nOptic 2000 République — ADELI " + a + "\n")
    mail("opticien-rejet-plafond-classe-a", "ticket", None, frm=("Kevin Benhamou", "republique@opticien-exemple.fr"),
         subject="Rejet dossier 90017744 - motif incompréhensible", body=body)

    # 12. kiné: rejection for an expired prescription, windows-1252 QP
    r = rpps()
    body = ("Bonjour,\n\nVous avez rejeté ma facture du 31/07 pour Mme Bertrand au motif « prescription périmée ».\n"
            "L'ordonnance date du 02/06/2025 et les séances ont commencé le 20/06/2025, soit moins de 3 semaines après : "
            "elle n'était donc pas périmée.\nJe vous remercie de revoir votre décision.\n\n"
            f"Cordialement\nAgnès Dufour, masseur-kinésithérapeute\nRPPS {r}\n")
    mail("kine-rejet-prescription-perimee", "ticket", None, frm=("Agnès Dufour", "agnes.dufour.kine@orange.fr"),
         subject="Rejet facture Mme Bertrand – prescription périmée ?", body=body, charset="windows-1252")

    # 13. no accents, typos
    body = ("bonjour jai tjr pas eu le paiment pr les soin de mr lambert transmit le 03/09, pouvez vous regarder svp "
            "c est le 2eme mail\nmerci\nFred\ninfirmier a domicile Perpignan\n")
    mail("idel-fautes-paiment-lambert", "ticket", None, frm=("Fred", "fred66.idel@hotmail.fr"),
         subject="paiment", body=body, cte="7bit")

    # 14. centre de santé: reconciliation gap, CSV attached
    f = finess("67")
    csv = ("num_facture;date_envoi;montant_facture;montant_recu;ecart\n"
           "CSO-25-5501;02/09/2025;124,00;124,00;0,00\nCSO-25-5502;02/09/2025;96,50;0,00;96,50\n"
           "CSO-25-5517;05/09/2025;215,90;0,00;215,90\nCSO-25-5530;09/09/2025;88,00;88,00;0,00\n").encode("windows-1252")
    body = ("Bonjour,\n\nEn rapprochant votre relevé de paiement de septembre avec notre facturation, nous constatons un "
            "écart de 312,40 € (détail en pièce jointe : deux factures non réglées et non rejetées).\n"
            "Pouvez-vous nous dire où elles en sont ?\n\n"
            f"Service comptabilité — Centre de santé de l'Orangerie, Strasbourg\nFINESS {f}\n")
    mail("centre-sante-rapprochement-csv", "ticket", None, frm=("Compta CS Orangerie", "compta@cs-orangerie.fr"),
         subject="Rapprochement paiements septembre - écart 312,40 €", body=body,
         attachments=[attachment(csv, "text/csv", "ecart_septembre.csv")])


# ============================================================================ auto-replies
def patients() -> None:
    R = ("auto_reply", "patient")
    mail("assure-quand-rembourse-lunettes", *R, frm=("kevin dupuis", "kevin.dupuis85@gmail.com"),
         subject="remboursement lunettes",
         body="Bonjour je voudrais savoir quand je serais rembourser de mes lunettes achetees le 2 octobre chez l opticien, "
              "il ma dit de voir avec vous. merci\n", cte="7bit")
    mail("assure-carte-tiers-payant-perdue", *R, frm=("Nathalie Morin", "nathalie.morin@laposte.net"),
         subject="Carte perdue",
         body="Bonjour,\n\nJ'ai perdu ma carte de mutuelle (carte de tiers payant) dans un déménagement. "
              "Pouvez-vous m'en envoyer une nouvelle à ma nouvelle adresse : 4 allée des Lilas, 86000 Poitiers ?\n\n"
              "Merci,\nNathalie Morin\n")
    mail("assure-attestation-pour-fille", *R, frm=("Patrice Lemoine", "p.lemoine@free.fr"),
         subject="Demande d'attestation de droits",
         body="Bonjour,\n\nL'hôpital me demande une attestation de mutuelle à jour pour ma fille Chloé (ayant droit) "
              "avant son opération des amygdales. Pouvez-vous me l'envoyer par mail ?\n\nCordialement\nP. Lemoine\n",
         charset="iso-8859-1")
    mail("assure-anglais-dentiste-remboursement", *R, frm=("Mark Jennings", "mark.jennings@outlook.com"),
         subject="How do I get my money back?",
         body="Hi,\n\nI'm British and living in Dordogne. I paid my dentist 320 euros last week and the receptionist said "
              "the 'tiers payant' is you. How do I get reimbursed for the part my insurance should cover? "
              "My policy is with a French mutuelle through my wife's employer.\n\nThanks,\nMark\n", cte="7bit")
    body = ("Madame, Monsieur,\n\nÂgée de 84 ans, je me permets de vous écrire car je ne comprends pas le décompte "
            "que j'ai reçu pour mes appareils auditifs. On m'avait dit que tout serait pris en charge, or il reste "
            "450 € à ma charge et ma fille me dit que c'est peut-être une erreur.\n"
            "Pourriez-vous vérifier mon dossier et me rembourser la différence si c'est le cas ?\n\n"
            "Avec mes remerciements, veuillez croire, Madame, Monsieur, à mes sentiments les meilleurs.\n\n"
            "Mme Germaine Thibault\n12 rue Pasteur\n87000 Limoges\n")
    mail("assuree-agee-lettre-appareils-auditifs", *R, frm=("Germaine Thibault", "thibault.germaine@orange.fr"),
         subject="Réclamation remboursement appareils auditifs", body=body, charset="iso-8859-1", cte="8bit")
    mail("assure-pharmacien-refuse-tiers-payant", *R, frm=("Samir B.", "samir.bouzid93@yahoo.fr"),
         subject="pourquoi ma mutuelle passe plus ???",
         body="Bonjour,\nle pharmacien m'a dit ce matin que ma carte de mutuelle ne passait plus chez vous et j'ai du tout avancer "
              "(68 euros). J'ai bien payé mes cotisations !! Pourquoi mon contrat ne marche plus ? Je veux être remboursé.\nSamir\n")
    jpg = photo(["CABINET D'OSTÉOPATHIE", "Lucie Garnier — Ostéopathe D.O.", "", "FACTURE ACQUITTÉE n° 2025-771",
                 "Date : 13/10/2025", "Reçu de : M. Alexandre ROCHE", "Séance d'ostéopathie : 60,00 EUR", "", "Payé par CB"], angle=4.1)
    mail("assure-photo-facture-osteo-rembourser", *R, frm=("Alexandre Roche", "alex.roche@icloud.com"),
         subject="facture osteo",
         body="Bonjour, voici ma facture d'osteopathe que j'ai payée, merci de me rembourser sur mon compte. Alexandre Roche\n\nEnvoyé de mon iPhone\n",
         cte="7bit", attachments=[attachment(jpg, "image/jpeg", "IMG_4471.JPG")])
    mail("parent-decompte-orthodontie-fils", *R, frm=("Céline Vasseur", "celine.vasseur@sfr.fr"),
         subject="Décompte orthodontie de mon fils",
         html="<p>Bonjour,</p><p>Je n'ai toujours pas reçu le décompte de remboursement pour le traitement d'orthodontie "
              "de mon fils Enzo (premier semestre). Mon contrat est chez Malakoff. Pouvez-vous me dire où en est "
              "mon remboursement&nbsp;?</p><p>Merci d'avance,<br>Céline Vasseur</p>")


def support() -> None:
    R = ("auto_reply", "support")
    r = rpps()
    mail("pro-mdp-oublie-compte-bloque", *R, frm=("Dr Lebrun", "cabinet.lebrun@orange.fr"),
         subject="acces bloque",
         body=f"mdp oublie + compte bloque apres 3 essais. rpps {r}. pouvez vous debloquer svp. merci\n", cte="7bit")
    r = rpps()
    mail("pro-installation-adhesion-tiers-payant", *R, frm=("Inès Haddad", "ines.haddad.kine@gmail.com"),
         subject="Installation en libéral - adhésion au tiers payant",
         body="Bonjour,\n\nJe viens de m'installer en libéral comme kinésithérapeute à Tourcoing (installation au 1er novembre). "
              "Comment dois-je procéder pour adhérer à votre tiers payant et pouvoir facturer les mutuelles que vous gérez ? "
              "Faut-il signer une convention ?\n\n"
              f"Merci beaucoup,\nInès Haddad\nRPPS {r}\n")
    a = adeli("57", "28")
    mail("opticien-demande-convention-bareme", *R, frm=("Lunetterie Messine", "contact@lunetterie-messine.fr"),
         subject="Convention optique et grille tarifaire",
         body="Bonjour,\n\nPourriez-vous nous faire parvenir le texte de la convention de tiers payant optique ainsi que "
              "les barèmes des principales complémentaires que vous gérez ? Nous ne les trouvons pas.\n\n"
              f"Lunetterie Messine, Metz — ADELI {a}\n", charset="windows-1252")
    r = rpps()
    mail("pro-espace-pro-page-tourne-en-boucle", *R, frm=("Marc Aubert", "marc.aubert@podologue-exemple.fr"),
         subject="Impossible d'accéder à l'espace professionnel",
         body="Bonjour,\n\nDepuis lundi, quand je me connecte à l'espace professionnel, la page de connexion tourne en "
              "boucle après validation de mon identifiant, sur Firefox comme sur Chrome. J'ai vidé le cache, rien n'y fait.\n\n"
              f"Marc Aubert, pédicure-podologue\nRPPS {r}\n")
    f = finess("35")
    mail("centre-releve-annuel-comptable", *R, frm=("Comptabilité Pôle Santé Vilaine", "compta@pole-sante-vilaine.fr"),
         subject="Demande de relevé annuel 2025",
         body="Bonjour,\n\nNotre expert-comptable nous demande un relevé annuel récapitulatif de l'ensemble des règlements "
              "perçus de votre part sur l'exercice 2025. Est-il possible de l'obtenir ?\n\n"
              f"Pôle Santé Vilaine — FINESS {f}\n")
    r = rpps()
    mail("pro-anglais-reprise-cabinet", *R, frm=("Dr James Whitfield", "j.whitfield@medecin-exemple.fr"),
         subject="Taking over a practice - account transfer",
         body="Hello,\n\nI have taken over Dr Renaud's general practice in Menton as of 1 October. How can I get my own "
              "access to your professional portal, and what happens to the account that was in Dr Renaud's name?\n\n"
              f"Regards,\nDr James Whitfield\nRPPS {r}\n", cte="7bit")
    f = finess("38")
    mail("clinique-acces-nouvelle-collaboratrice-html", *R, frm=("Direction administrative", "direction@clinique-belledonne.fr"),
         subject="Création d'un accès pour une nouvelle collaboratrice",
         body="Bonjour,\nUne nouvelle gestionnaire, Mme Aurore Cholat, rejoint notre service facturation. Merci de lui créer "
              "un accès à l'espace professionnel et de nous indiquer la marche à suivre.\nCordialement\n"
              f"Clinique Belledonne — FINESS {f}\n",
         html="<p>Bonjour,</p><p>Une nouvelle gestionnaire, Mme Aurore Cholat, rejoint notre service facturation. Merci de lui "
              "créer un accès à l'espace professionnel et de nous indiquer la marche à suivre.</p><p>Cordialement</p>"
              f"<p><i>Clinique Belledonne — FINESS {f}</i></p>")


def security() -> None:
    R = ("auto_reply", "security_incident")
    r = rpps()
    mail("pro-sms-suspect-lien", *R, frm=("Dr Caroline Roussel", "dr.roussel@cabinet-medical-exemple.fr"),
         subject="SMS suspect à votre nom ?",
         body="Bonjour,\n\nJ'ai reçu hier un SMS signé de votre organisme me demandant de « réactiver mon espace "
              "professionnel sous 24 h » via un lien raccourci. Je n'ai pas cliqué. S'agit-il bien de vous ? "
              "Je m'inquiète depuis l'histoire du piratage de l'an dernier.\n\n"
              f"Dr C. Roussel\nRPPS {r}\n")
    mail("assure-donnees-piratage-fevrier", *R, frm=("Jacqueline Barre", "jacqueline.barre@wanadoo.fr"),
         subject="mes données ont elles été volées ?",
         body="Bonjour,\n\nMa mutuelle m'a écrit au printemps 2024 pour me dire qu'il y avait eu une cyberattaque chez vous "
              "et que mes informations avaient peut-être été dérobées. Depuis je reçois des appels étranges. "
              "Quelles données exactement ont été touchées me concernant ?\n\nJ. Barre\n", charset="iso-8859-1")
    r = rpps()
    mail("pro-faux-technicien-appel-secretariat", *R, frm=("Cabinet dentaire des Arcades", "arcades.dentaire@gmail.com"),
         subject="Appel frauduleux ?",
         body="Bonjour,\n\nUne personne se présentant comme « le support technique du tiers payant » a appelé notre secrétariat "
              "ce matin pour obtenir nos identifiants de connexion, soi-disant pour une mise à jour de sécurité. "
              "Ma secrétaire a raccroché. Est-ce une tentative d'escroquerie connue ? Que devons-nous faire ?\n\n"
              f"Dr Paul Ricci — RPPS {r}\n")
    mail("assure-anglais-breach-phishing-calls", *R, frm=("Anna Kowalski", "anna.kowalski@gmail.com"),
         subject="Was my data in the breach?",
         body="Hello,\n\nI keep getting calls from people who know my French social security number and my mutuelle's name. "
              "I read that your company was hacked in 2024. Was my data part of the breach, and what should I do?\n\n"
              "Anna Kowalski\n", cte="7bit")
    mail("idel-fuite-patients-appels", *R, frm=("Maud", "maud.idel.lorient@laposte.net"),
         subject="fuite de donnees ?",
         body="fuite de donnees ? plusieurs de mes patients recoivent des appels bizarres qui citent leur mutuelle et "
              "mon nom. que faire, qui prevenir\nMaud IDE\n", cte="7bit")


def bank() -> None:
    R = ("auto_reply", "bank_details")
    mail("pro-nouveau-rib-sec", *R, frm=("Dr Gilles Mercier", "gilles.mercier.med@orange.fr"),
         subject="nouveau rib",
         body=f"nouveau rib: {iban_fr()} BIC BNPAFRPPXXX\nmerci de mettre a jour pour les prochains virements.\nDr Mercier\n",
         cte="7bit")
    r = rpps()
    mail("pro-anglais-update-bank-account", *R, frm=("Dr Rachel Green", "rachel.green@physio-exemple.fr"),
         subject="URGENT: please update our bank account",
         body="Hello,\n\nOur practice has moved to a new bank. Please update our bank account for all future payments, "
              f"effective immediately:\nIBAN: {iban_fr()}\nBIC: CMCIFRPPXXX\nAccount holder: SCM Green & Partners\n\n"
              f"Thank you for doing this today.\nRachel Green, physiotherapist, RPPS {r}\n", cte="7bit")
    f = finess("31")
    body = ("Madame, Monsieur,\n\nSuite au changement d'établissement bancaire de notre société civile de moyens, nous vous "
            "prions de bien vouloir enregistrer nos nouvelles coordonnées bancaires pour l'ensemble des règlements à venir :\n\n"
            f"Titulaire : SCM Cabinet Médical des Carmes\nIBAN : {iban_fr()}\nBIC : CCBPFRPPTLS\n\n"
            "Nous vous remercions de nous confirmer la prise en compte de cette modification et vous prions d'agréer, "
            "Madame, Monsieur, nos salutations distinguées.\n\n"
            f"La gérance — Cabinet Médical des Carmes, Toulouse\nFINESS {f}\n")
    mail("scm-lettre-changement-banque", *R, frm=("Cabinet Médical des Carmes", "gerance@cabinet-carmes.fr"),
         subject="Modification de coordonnées bancaires", body=body, charset="windows-1252")
    r = rpps()
    letter = pdf([("h", "Cabinet de kinésithérapie Saint-Exupéry"), ("n", "M. Damien Vautrin — RPPS " + r),
                  ("n", "3 rue Saint-Exupéry, 25000 Besançon"), ("s", ""), ("n", "Besançon, le 20 octobre 2025"), ("s", ""),
                  ("b", "Objet : changement de domiciliation bancaire"), ("s", ""),
                  ("n", "Madame, Monsieur,"), ("n", "Je vous informe que mon compte professionnel est désormais domicilié"),
                  ("n", "au Crédit Agricole Franche-Comté. Merci d'effectuer tous mes prochains règlements sur :"),
                  ("s", ""), ("m", f"IBAN {iban_fr()}"), ("m", "BIC AGRIFRPP825"), ("s", ""),
                  ("n", "Ci-joint le RIB correspondant. Veuillez agréer mes salutations distinguées."), ("n", "D. Vautrin")])
    mail("kine-courrier-pj-domiciliation", *R, frm=("Secrétariat Vautrin", "secretariat.kine.vautrin@orange.fr"),
         subject="Courrier du cabinet", body="Bonjour,\n\nVeuillez trouver ci-joint notre courrier.\n\nCordialement,\nLe secrétariat\n",
         attachments=[attachment(letter, "application/pdf", "courrier_20251020.pdf")])
    jpg = photo(["RELEVÉ D'IDENTITÉ BANCAIRE", "Titulaire : MME LAURENCE ROLLAND", "ORTHOPHONISTE", "",
                 "Banque  Guichet  N° compte      Clé", "10278   05400   00020145701   62", "",
                 f"IBAN {iban_fr()}", "BIC CMCIFR2A", "Domiciliation : CCM ARRAS"], angle=-1.4)
    mail("orthophoniste-photo-rib", *R, frm=("Laurence Rolland", "laurence.rolland.ortho@gmail.com"),
         subject="RIB", body="Bonjour, ci joint mon nouveau RIB, merci de faire le changement pour mes paiements. Cdlt L. Rolland\n",
         cte="7bit", attachments=[attachment(jpg, "image/jpeg", "RIB.jpg")])


# ============================================================================ ignore
def ignore() -> None:
    I = ("ignore", None)
    # 1. out-of-office with RFC 3834 header, French
    mail("absence-rfc3834-idel", *I, frm=("Cabinet infirmier Les Mimosas", "cabinet.mimosas@orange.fr"),
         subject="Réponse automatique : Absence du cabinet",
         body="Bonjour,\n\nLe cabinet est fermé du 27 octobre au 3 novembre inclus. Votre message sera traité à notre retour.\n"
              "En cas d'urgence, merci de contacter le 06 ** ** ** **.\n\nCabinet infirmier Les Mimosas\n",
         headers=[("Auto-Submitted", "auto-replied"), ("In-Reply-To", f"<ack-77120.noreply@{OUR_DOMAIN}>")])
    # 2. out-of-office, no special header at all, subject looks like a reply about a payment
    mail("absence-sans-entete-re-reglement", *I, frm=("Dr Fabienne Morel", "f.morel.dermato@wanadoo.fr"),
         subject="Re: Règlement dossier 7734120",
         body="Message automatique : je suis en congés jusqu'au lundi 10 novembre inclus, sans accès à ma messagerie.\n"
              "Pour toute question concernant la facturation, vous pouvez joindre mon secrétariat au 04 ** ** ** **.\n\n"
              "Dr F. Morel\n", charset="iso-8859-1")
    # 3. Exchange automatic reply, English
    mail("exchange-automatic-reply-en", *I, frm=("Billing Office - Hopital Privé", "billing@hopital-prive-exemple.fr"),
         subject="Automatic reply: Your invoice CJV-2025-0044",
         body="Thank you for your email. I am out of the office until Monday 17 November with no access to email.\n"
              "For urgent billing matters please contact billing-team@hopital-prive-exemple.fr.\n\nKind regards\n",
         cte="7bit",
         headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                  ("X-MS-Exchange-Inbox-Rules-Loop", "billing@hopital-prive-exemple.fr"),
                  ("Thread-Topic", "Your invoice CJV-2025-0044")])
    # 4. Gmail vacation responder, French, HTML
    mail("gmail-repondeur-vacances", *I, frm=("Léo Fournier Kiné", "leo.fournier.kine@gmail.com"),
         subject="En vacances ! ☀️",
         html="<div dir=\"ltr\">Bonjour,<br><br>Je suis en vacances jusqu'au 2 novembre. Je répondrai à votre message à mon retour.<br>"
              "Pour les rendez-vous : Doctolib.<br><br>Léo</div>",
         headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])

    # 5. DSN bounce, Postfix, English, multipart/report
    d = format_datetime(tick())
    raw_mail("dsn-postfix-user-unknown", *I, f"""
Return-Path: <>
From: MAILER-DAEMON@mx2.{OUR_DOMAIN} (Mail Delivery System)
To: {TO}
Subject: Undelivered Mail Returned to Sender
Date: {d}
Message-ID: {msgid("mx2." + OUR_DOMAIN)}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="8A3F21C0B4.1761650112/mx2.{OUR_DOMAIN}"

This is a MIME-encapsulated message.

--8A3F21C0B4.1761650112/mx2.{OUR_DOMAIN}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.{OUR_DOMAIN}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<dr.ancien.cabinet@cabinet-ferme.fr>: host mx.cabinet-ferme.fr[203.0.113.25]
    said: 550 5.1.1 <dr.ancien.cabinet@cabinet-ferme.fr>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)

--8A3F21C0B4.1761650112/mx2.{OUR_DOMAIN}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.{OUR_DOMAIN}
X-Postfix-Queue-ID: 8A3F21C0B4
Arrival-Date: {d}

Final-Recipient: rfc822; dr.ancien.cabinet@cabinet-ferme.fr
Original-Recipient: rfc822;dr.ancien.cabinet@cabinet-ferme.fr
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.cabinet-ferme.fr
Diagnostic-Code: smtp; 550 5.1.1 <dr.ancien.cabinet@cabinet-ferme.fr>: Recipient
    address rejected: User unknown in virtual mailbox table

--8A3F21C0B4.1761650112/mx2.{OUR_DOMAIN}
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Service Professionnels de Sante <ne-pas-repondre@{OUR_DOMAIN}>
To: dr.ancien.cabinet@cabinet-ferme.fr
Subject: Accuse de reception de votre envoi
Date: {d}

--8A3F21C0B4.1761650112/mx2.{OUR_DOMAIN}--
""")

    # 6. DSN bounce, French (Orange-like), mailbox full, with the original message
    d = format_datetime(tick())
    raw_mail("dsn-boite-pleine-francais", *I, f"""
From: "Service de messagerie" <postmaster@smtp.orange-exemple.fr>
To: {TO}
Subject: =?utf-8?q?Message_non_remis_=3A_Re=3A_Votre_facture_n=C2=B0_2025-118?=
Date: {d}
Message-ID: {msgid("smtp.orange-exemple.fr")}
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_4471"

--=_dsn_4471
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Votre message n'a pas pu être remis à son destinataire.

Destinataire : jean.pasquier.kine@orange-exemple.fr
Raison : la boîte aux lettres du destinataire est pleine (quota dépassé).

Ceci est un message automatique, merci de ne pas y répondre.

--=_dsn_4471
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.orange-exemple.fr

Final-Recipient: rfc822; jean.pasquier.kine@orange-exemple.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--=_dsn_4471
Content-Type: message/rfc822

From: <{TO}>
To: <jean.pasquier.kine@orange-exemple.fr>
Subject: Re: Votre facture 2025-118
Date: {d}
Message-ID: <reply-2025-118@{OUR_DOMAIN}>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour, votre facture a bien été reçue.

--=_dsn_4471--
""")

    # 7. read receipt (MDN), Outlook style
    d = format_datetime(tick())
    raw_mail("mdn-lu-outlook", *I, f"""
From: "Cabinet de radiologie du Lac" <secretariat@radiologie-lac.fr>
To: {TO}
Subject: =?iso-8859-1?q?Lu=A0=3A_Relev=E9_de_paiement_octobre?=
Date: {d}
Message-ID: {msgid("radiologie-lac.fr")}
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification; boundary="----=_NextPart_MDN_0001"

------=_NextPart_MDN_0001
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Votre message

  =C0 : secretariat@radiologie-lac.fr
  Objet : Relev=E9 de paiement octobre
  Envoy=E9 : mardi 4 novembre 2025 09:12:31 (UTC+01:00)

a =E9t=E9 lu le mardi 4 novembre 2025 10:47:02 (UTC+01:00).

------=_NextPart_MDN_0001
Content-Type: message/disposition-notification

Reporting-UA: radiologie-lac.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;secretariat@radiologie-lac.fr
Original-Message-ID: <releve-oct-2025@{OUR_DOMAIN}>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_MDN_0001--
""")

    # 8. read receipt, Thunderbird, French, no "Lu" prefix convention
    d = format_datetime(tick())
    raw_mail("mdn-accuse-lecture-thunderbird", *I, f"""
From: Pharmacie de la Gare <pharmagare.ales@laposte.net>
To: {TO}
Subject: =?UTF-8?B?QWNjdXPDqSBkZSByw6ljZXB0aW9uIChhZmZpY2jDqSkgLSBEb3NzaWVyIDU1MjA5MTg=?=
Date: {d}
Message-ID: {msgid("laposte.net")}
User-Agent: Mozilla Thunderbird
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------mdn8811234"

This is a multi-part message in MIME format.
--------------mdn8811234
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Ceci est un accusé de réception pour le courrier que vous avez envoyé
à pharmagare.ales@laposte.net.

Note : cet accusé de réception indique seulement que le message a été affiché sur
l'ordinateur du destinataire. Il n'y a aucune garantie que le destinataire l'ait lu ou
en ait compris le contenu.

--------------mdn8811234
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: laposte.net; Mozilla Thunderbird
Final-Recipient: rfc822;pharmagare.ales@laposte.net
Original-Message-ID: <dossier-5520918@{OUR_DOMAIN}>
Disposition: manual-action/MDN-sent-manually; displayed

--------------mdn8811234--
""")

    # 9. newsletter from a practice-software vendor, bulk
    html = ("<html><body><table width=\"600\"><tr><td><h1>MédiLogiciel Actu — novembre 2025</h1>"
            "<p>Nouveau : la facturation tiers payant en un clic, relances automatiques des impayés, "
            "tableau de bord des rejets !</p><p><a href=\"https://news.medilogiciel-exemple.fr/c/88812\">Découvrir</a></p>"
            "<p style=\"font-size:10px\">Vous recevez cet e-mail car vous êtes inscrit à notre lettre d'information. "
            "<a href=\"https://news.medilogiciel-exemple.fr/u/88812\">Se désinscrire</a></p></td></tr></table></body></html>")
    mail("newsletter-editeur-logiciel", *I, frm=("MédiLogiciel", "newsletter@news.medilogiciel-exemple.fr"),
         subject="📢 Facturation tiers payant : ce qui change en 2026", html=html,
         body="MédiLogiciel Actu — novembre 2025\nNouveau : la facturation tiers payant en un clic, relances automatiques "
              "des impayés !\nDécouvrir : https://news.medilogiciel-exemple.fr/c/88812\nSe désinscrire : "
              "https://news.medilogiciel-exemple.fr/u/88812\n",
         headers=[("List-Unsubscribe", "<https://news.medilogiciel-exemple.fr/u/88812>, <mailto:unsub-88812@news.medilogiciel-exemple.fr>"),
                  ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                  ("X-Campaign-ID", "nov25-tp")])
    # 10. professional mailing list digest (List-Id)
    mail("liste-diffusion-urps-digest", *I, frm=("Liste infos-kine", "infos-kine@listes.urps-exemple.fr"),
         subject="[infos-kine] Digest n°214 - rejets mutuelles, nouvelle NGAP",
         body="Sommaire du digest n°214 :\n 1. Re: rejets en série chez certaines mutuelles ? (Pierre D.)\n"
              " 2. Avenant 7 : nouvelles cotations (Bureau URPS)\n 3. Cherche remplaçant(e) Vannes décembre\n\n"
              "----------------------------------------------------------------------\n"
              "Message : 1\nDe : Pierre D.\nObjet : Re: rejets en série chez certaines mutuelles ?\n\n"
              "Chez moi aussi trois rejets « droits non ouverts » ce mois-ci, j'ai relancé par mail.\n\n"
              "--\nPour vous désabonner : infos-kine-unsubscribe@listes.urps-exemple.fr\n",
         headers=[("List-Id", "Infos kinés URPS <infos-kine.listes.urps-exemple.fr>"),
                  ("List-Unsubscribe", "<mailto:infos-kine-unsubscribe@listes.urps-exemple.fr>"),
                  ("Precedence", "list"), ("Sender", "infos-kine-bounces@listes.urps-exemple.fr")])
    # 11. spam, French
    mail("spam-rachat-credit-fr", *I, frm=("Solutions Financement Pro", "offre@financement-pros-sante.biz"),
         subject="Professionnels de santé : réduisez vos mensualités de 40% !",
         html="<p>Bonjour Docteur,</p><p><b>Regroupez tous vos crédits</b> (cabinet, matériel, véhicule) et réduisez vos "
              "mensualités jusqu'à <b>40%</b> ! Étude GRATUITE et sans engagement en 24h.</p>"
              "<p><a href=\"http://financement-pros-sante.biz/go?id=7781\">&gt;&gt; Je profite de l'offre &lt;&lt;</a></p>"
              "<p style=\"color:#999\">Pour ne plus recevoir nos offres, répondez STOP.</p>")
    # 12. spam, English
    mail("spam-seo-english", *I, frm=("Daniel Brooks", "daniel.brooks.seo@outreach-mailer.co"),
         subject="Quick question about tiers-payant.example.fr",
         body="Hi there,\n\nI was checking your website and noticed it is not ranking on the first page of Google for several "
              "important keywords. We can get you to the #1 spot in 30 days, guaranteed, for only $299/month.\n\n"
              "Can I send you a free audit?\n\nBest,\nDaniel Brooks\nSenior SEO Consultant\n", cte="7bit")
    # 13. phishing, French, fake Assurance Maladie refund
    mail("phishing-faux-remboursement-ameli", *I, frm=("Assurance Maladie", "no-reply@ameli-remboursement-securise.com"),
         subject="Dernier rappel : un remboursement de 187,40 € est en attente",
         html="<p>Cher(e) assuré(e),</p><p>Après les derniers calculs annuels, vous êtes éligible à un remboursement de "
              "<b>187,40 €</b>. Votre dossier sera clôturé sous 48h si vous ne confirmez pas vos coordonnées bancaires.</p>"
              "<p><a href=\"http://ameli-remboursement-securise.com/fr/confirm.php?ref=FR88120\">Confirmer mon remboursement</a></p>"
              "<p>L'Assurance Maladie</p>")
    # 14. phishing, English, mailbox quota
    mail("phishing-mailbox-quota-en", *I, frm=("Mail Administrator", "admin@mailbox-quota-alert.net"),
         subject=f"Action required: {TO} storage is 99% full",
         body=f"Dear user {TO},\n\nYour mailbox has exceeded its storage limit. Incoming messages will be suspended in 12 hours.\n"
              "Verify your account now to keep receiving emails:\nhttp://mailbox-quota-alert.net/verify?u=factures\n\n"
              "IT Help Desk\n", cte="7bit")
    # 15. our own acknowledgement that came back into the mailbox
    mail("notre-accuse-reception-en-boucle", *I, frm=("Service Professionnels de Santé", f"ne-pas-repondre@{OUR_DOMAIN}"),
         subject="Accusé de réception de votre envoi",
         body="Bonjour,\n\nNous accusons réception de votre envoi. Les factures transmises par courriel sont traitées sous 5 à 7 "
              "jours ouvrés.\n\nMerci de ne pas répondre à ce message automatique.\n\nLe service des professionnels de santé\n",
         headers=[("Auto-Submitted", "auto-replied")])


# ============================================================================ review
def review() -> None:
    V = ("review", None)
    # 1. nothing but an attachment that cannot be read (truncated, corrupt PDF)
    junk = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog" + bytes(rnd.getrandbits(8) for _ in range(1500))
    mail("vide-pj-illisible", *V, frm=("", "scan-cabinet-42@free.fr"), subject=None,
         attachments=[attachment(junk, "application/pdf", "SCAN0007.pdf")])
    # 2. one word
    mail("un-mot-urgent", *V, frm=("", "mlb.sante@gmail.com"), subject="",
         body="Urgent\n", cte="7bit")
    # 3. invoice + bank-details change in the same message: claim or bank_details? a human decides
    r = rpps()
    doc = invoice_pdf(prac("Dr Fabrice NOËL", "Médecin généraliste", ["18 rue Carnot", "72000 Le Mans"], "RPPS", r),
                      patient("HUBERT Annick", 2, "26/02/1966", "Harmonie Mutuelle"),
                      [("27/10/2025", "G", "Consultation", 30.00), ("27/10/2025", "GL", "Majoration", 5.00)],
                      number="FN-25-1190", issued="27/10/2025")
    mail("facture-et-nouveau-rib-meme-mail", *V, frm=("Dr Fabrice Noël", "fabrice.noel.med@orange.fr"),
         subject="Facture HUBERT + changement RIB",
         body=f"Bonjour,\n\nCi-joint la facture de Mme Hubert.\nAu passage, merci de verser ce règlement et les suivants sur "
              f"mon nouveau compte : {iban_fr()} (ancien compte clôturé fin octobre).\n\nDr F. Noël\nRPPS {r}\n",
         attachments=[attachment(doc, "application/pdf", "FN-25-1190.pdf")])
    # 4. sent too early: cut off mid-sentence, no attachment
    mail("message-coupe-apres-echange-telephonique", *V, frm=("Cabinet Guérin", "cabinet.guerin@sfr.fr"),
         subject="suite appel", body="Bonjour,\n\nSuite à notre échange téléphonique de ce matin, voici\n")


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.eml*"):
        old.unlink()
    for section in (claims, tickets, patients, support, security, bank, ignore, review):
        section()
    counts: dict[str, int] = {}
    for t in TRUTH.values():
        k = t["action"] + (f"/{t['reason']}" if t["reason"] else "")
        counts[k] = counts.get(k, 0) + 1
    print(f"{len(TRUTH)} messages written to {OUT}")
    for k in sorted(counts):
        print(f"  {k:<30} {counts[k]}")


if __name__ == "__main__":
    main()
