"""Generate bench/heldout/emails5: a fifth held-out triage set, written blind.

    .venv/bin/python bench/heldout/emails5_gen.py [--why]

`--why` also prints name, truth and the one-line rationale of each message.

Deterministic (seeded). Files are named neutrally m001..m080 in a seeded shuffled order;
each `<name>.eml` gets a `<name>.eml.json` ground truth ({"action": ..., "reason": ...}).
The one-line rationale for every message lives in WHY below (never in the .eml or .json).
"""

from __future__ import annotations

import io
import json
import random
import sys
from datetime import datetime, timedelta, timezone
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from stdnum import luhn

OUT = Path(__file__).resolve().parent / "emails5"
TO = "factures@tiers-payant.example.fr"
OURS = "tiers-payant.example.fr"
rnd = random.Random(55_2025_11)
PARIS = timezone(timedelta(hours=1))
BASE = datetime(2025, 11, 3, 8, 12, tzinfo=PARIS)


# ---------------------------------------------------------------- identifiers
def digits(n: int) -> str:
    return "".join(str(rnd.randint(0, 9)) for _ in range(n))


def rpps() -> str:
    body = "10" + digits(8)
    return body + luhn.calc_check_digit(body)


def adeli(dept: str, cat: str) -> str:
    body = dept + cat + digits(5)
    return body + luhn.calc_check_digit(body)


def finess(dept: str) -> str:
    body = dept + "0" + digits(5)
    return body + luhn.calc_check_digit(body)


def nir(sex: int | None = None) -> str:
    sex = sex or rnd.choice([1, 2])
    first = f"{sex}{rnd.randint(38, 99):02d}{rnd.randint(1, 12):02d}" \
            f"{rnd.choice(['75', '69', '13', '33', '59', '38', '31', '44', '29', '87'])}" \
            f"{rnd.randint(1, 399):03d}{rnd.randint(1, 999):03d}"
    return f"{first}{97 - int(first) % 97:02d}"


def fnir(n: str) -> str:
    return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"


def eur(x: float) -> str:
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def iban() -> str:
    bban = "30004" + digits(5) + digits(11) + digits(2)
    num = int("".join(str(int(c, 36)) for c in bban + "FR00"))
    return f"FR{98 - num % 97:02d}{bban}"


def fiban(i: str) -> str:
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


# ---------------------------------------------------------------- documents
def invoice_lines(kind: str, who: str, idlabel: str, idval: str, addr: str, patient: str,
                  acts: list[tuple[str, float]], amc_ratio: float = 0.4, devis: bool = False,
                  care: str = "", number: str = "", issued: str = "", prescriber: str = ""
                  ) -> list[str]:
    n = nir()
    total = round(sum(a for _, a in acts), 2)
    amo = round(total * 0.6, 2) if not devis else round(total * 0.3, 2)
    amc = round(total * amc_ratio, 2) if not devis else round(total * 0.5, 2)
    rac = round(total - amo - amc, 2) + 0.0  # no '-0,00'
    out = [who, addr, f"{idlabel} : {idval}", ""]
    out.append(("DEVIS / DEMANDE DE PRISE EN CHARGE" if devis else kind).upper())
    out.append(f"N° {number}    Date d'émission : {issued}")
    out.append(f"Patient : {patient}")
    out.append(f"N° de sécurité sociale : {fnir(n)}")
    if prescriber:
        out.append(f"Prescripteur : {prescriber}")
    if care:
        out.append(f"Date des soins : {care}")
    out.append("")
    for label, amount in acts:
        out.append(f"{label:<42} {eur(amount):>12}")
    out.append("")
    out.append(f"{'Total':<42} {eur(total):>12}")
    out.append(f"{'Part AMO':<42} {eur(amo):>12}")
    out.append(f"{'Part AMC (tiers payant)':<42} {eur(amc):>12}")
    out.append(f"{'Reste à charge patient':<42} {eur(rac):>12}")
    return out


def pdf(lines: list[str], title: str = "") -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    if title:
        c.setTitle(title)
    y = 800
    for i, line in enumerate(lines):
        c.setFont("Helvetica-Bold" if i == 0 else "Courier", 11 if i == 0 else 9)
        c.drawString(50, y, line)
        y -= 15
    c.showPage()
    c.save()
    return buf.getvalue()


def blank_pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFillGray(0.93)
    c.rect(60, 120, 470, 640, stroke=0, fill=1)
    c.showPage()
    c.save()
    return buf.getvalue()


def image(lines: list[str], fmt: str, skew: float = 0.0, bilevel: bool = False) -> bytes:
    try:  # a font with accents and the euro sign; Pillow's default lacks them
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 15)
    except OSError:
        font = ImageFont.load_default(size=15)
    img = Image.new("L", (900, 40 + 22 * len(lines)), 250 if not bilevel else 255)
    d = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        d.text((30, 20 + 22 * i), line, fill=20, font=font)
    if skew:
        img = img.rotate(skew, expand=True, fillcolor=235)
    buf = io.BytesIO()
    if fmt == "JPEG":
        img.convert("RGB").save(buf, "JPEG", quality=70)
    elif fmt == "TIFF":
        img.point(lambda p: 255 if p > 128 else 0).convert("1").save(
            buf, "TIFF", compression="group4", dpi=(204, 196))
    else:
        img.save(buf, "PNG")
    return buf.getvalue()


# ---------------------------------------------------------------- messages
def text(body: str, sub: str = "plain", cs: str = "utf-8", enc: str = "qp") -> MIMEText:
    if enc == "7bit":
        return MIMEText(body, sub, "us-ascii")
    c = Charset(cs)
    c.body_encoding = QP if enc == "qp" else BASE64
    c.header_encoding = QP
    return MIMEText(body, sub, c)


def hdr(value: str, cs: str = "utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, cs)


def addr(name: str, mail: str, cs: str = "utf-8") -> str:
    return formataddr((name, mail), charset=cs) if name else mail


_clock = [BASE]


def when() -> str:
    _clock[0] += timedelta(minutes=rnd.randint(7, 190))
    return format_datetime(_clock[0])


def mid(domain: str) -> str:
    return f"<{digits(6)}.{digits(8)}.{rnd.choice(['JavaMail', 'mx', 'GM', 'zm'])}@{domain}>"


def attach(data: bytes, name: str, kind: str):
    if kind == "pdf":
        p = MIMEApplication(data, "pdf")
    elif kind == "octet":
        p = MIMEApplication(data, "octet-stream")
    elif kind == "tiff":
        p = MIMEImage(data, "tiff")
    else:
        p = MIMEImage(data, kind)
    p.add_header("Content-Disposition", "attachment", filename=name)
    return p


def build(frm: str, subject: str | None, body: str | None = None, *, html: str | None = None,
          cs: str = "utf-8", enc: str = "qp", files: list = (), headers: dict | None = None,
          to: str = TO, alt: bool = False) -> Message:
    parts = []
    if body is not None and html is not None and alt:
        a = MIMEMultipart("alternative")
        a.attach(text(body, "plain", cs, enc))
        a.attach(text(html, "html", cs, enc))
        parts.append(a)
    else:
        if body is not None:
            parts.append(text(body, "plain", cs, enc))
        if html is not None:
            parts.append(text(html, "html", cs, enc))
    parts += list(files)
    if len(parts) == 1 and not files:
        msg = parts[0]
    else:
        msg = MIMEMultipart("mixed")
        for p in parts:
            msg.attach(p)
    msg["From"] = frm
    msg["To"] = to
    if subject is not None:
        msg["Subject"] = hdr(subject, cs)
    msg["Date"] = when()
    msg["Message-ID"] = mid(frm.split("@")[-1].rstrip(">"))
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    for k, v in (headers or {}).items():
        msg[k] = v
    return msg


MESSAGES: list[tuple[Message, str, str | None]] = []
WHY: list[str] = []


def add(msg: Message, action: str, reason: str | None, why: str) -> None:
    MESSAGES.append((msg, action, reason))
    WHY.append(why)


def sig_rpps(name: str, prof: str, r: str, tel: str, extra: str = "") -> str:
    return (f"--\n{name}\n{prof}\nRPPS {r}\n{extra}Tél. {tel}\n"
            "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur(s) "
            "destinataire(s). Si vous l'avez reçu par erreur, merci de le détruire et d'en avertir "
            "l'expéditeur.")


def dstr(days_ago: int) -> str:
    return (BASE - timedelta(days=days_ago)).strftime("%d/%m/%Y")


# ================================================================ CLAIMS (22)
def claims() -> None:
    # 1 infirmière libérale, PDF, short body, long signature
    r = rpps()
    lines = invoice_lines("Facture de soins infirmiers", "Mme Solène Kerbrat - Infirmière D.E.",
                          "RPPS", r, "4 venelle du Moulin, 29200 Brest", "Mme Yvonne Le Gall",
                          [("AMI 1 x 6 (injections)", 18.90), ("IFD x 6", 15.00), ("MAU x 6", 8.10)],
                          care=dstr(30), number="SK-2025-0311", issued=dstr(3))
    add(build(addr("Solène Kerbrat", "solene.kerbrat.idel@orange.fr"),
              "Facture soins Mme Le Gall",
              "Bonjour,\n\nVous trouverez la facture des passages d'octobre pour Mme Le Gall.\n\n"
              "Bonne journée\n\n" + sig_rpps("Solène Kerbrat", "Infirmière libérale - Brest", r,
                                              "06 71 22 40 18", "Cabinet infirmier du Bouguen\n"),
              files=[attach(pdf(lines), "SK-2025-0311.pdf", "pdf")]),
        "claim", None, "nurse sends an invoice PDF with a one-line body and a long signature")

    # 2 kiné, no body, PDF only
    r = rpps()
    lines = invoice_lines("Note d'honoraires", "Thomas Ravel, masseur-kinésithérapeute", "RPPS", r,
                          "12 rue Sadi Carnot, 69007 Lyon", "M. Karim Haddad",
                          [("AMK 7.5 x 10 séances", 161.25), ("IFD", 0.0)], care=dstr(45),
                          number="NH-0918", issued=dstr(6), prescriber="Dr Anne Bouvier RPPS 10003456789")
    msg = MIMEMultipart("mixed")
    msg.attach(attach(pdf(lines), "NH-0918.pdf", "pdf"))
    msg["From"] = "kine.ravel@free.fr"
    msg["To"] = TO
    msg["Subject"] = "NH-0918"
    msg["Date"] = when()
    msg["Message-ID"] = mid("free.fr")
    add(msg, "claim", None, "physiotherapist: empty body, subject is the invoice number, PDF attached")

    # 3 sage-femme, SMS style
    r = rpps()
    lines = invoice_lines("Facture", "Camille Juhel - Sage-femme libérale", "RPPS", r,
                          "Maison de santé, 2 pl. de l'Église, 35500 Vitré", "Mme Laura Piquet",
                          [("SF 15 - préparation naissance", 39.00), ("SF 12", 31.20)],
                          care=dstr(20), number="CJ25-144", issued=dstr(2))
    add(build("camille.juhel.sf@gmail.com", "fact",
              "slt ci joint fact pr Mme Piquet, tiers payant mutuelle merci bcp\nCamille",
              files=[attach(pdf(lines), "scan_fact.pdf", "pdf")]),
        "claim", None, "midwife, SMS-style two-liner with the invoice PDF")

    # 4 orthoptiste, PNG, iso-8859-1 QP
    r = rpps()
    lines = invoice_lines("Facture orthoptie", "Julie Marchetti, orthoptiste", "RPPS", r,
                          "31 bd Gambetta, 06000 Nice", "Lucas Ferrand (enfant)",
                          [("AMY 15.5 bilan orthoptique", 40.30), ("AMY 8 x 4 rééducation", 83.20)],
                          care=dstr(25), number="2025/377", issued=dstr(4))
    add(build(addr("Cabinet d'orthoptie Marchetti", "orthoptie.marchetti@wanadoo.fr", "iso-8859-1"),
              "Envoi facture - Lucas Ferrand",
              "Madame, Monsieur,\n\nJe vous adresse ci-joint la facture correspondant au bilan et aux "
              "séances de rééducation de l'enfant Lucas Ferrand. La part mutuelle n'a pas été réglée "
              "par la famille.\n\nSalutations distinguées,\nJulie Marchetti\nOrthoptiste - RPPS " + r,
              cs="iso-8859-1", files=[attach(image(lines, "PNG"), "facture_ferrand.png", "png")]),
        "claim", None, "orthoptist sends an invoice as a PNG image, latin-1 quoted-printable body")

    # 5 dentiste, demande de PEC prothèse, formal letter
    r = rpps()
    lines = invoice_lines("", "Dr Hélène Vasseur - Chirurgien-dentiste", "RPPS", r,
                          "8 avenue Foch, 59000 Lille", "M. Bernard Lemaire",
                          [("HBLD036 couronne céramo-métallique 26", 540.00),
                           ("HBLD090 inlay-core", 230.00)], devis=True,
                          number="DV-2025-1102", issued=dstr(1))
    add(build(addr("Dr Hélène Vasseur", "cabinet.vasseur@dentiste-lille.fr"),
              "Demande d'accord - devis prothétique M. Lemaire",
              "Madame, Monsieur,\n\nJ'ai l'honneur de soumettre à votre examen le devis établi pour "
              "mon patient M. Bernard Lemaire, en vue d'une prise en charge de la part complémentaire "
              "dans le cadre du tiers payant.\n\nJe reste à votre disposition pour tout renseignement "
              "complémentaire et vous prie d'agréer, Madame, Monsieur, l'expression de mes "
              "salutations respectueuses.\n\nDr H. Vasseur\nChirurgien-dentiste\nN° RPPS : " + r,
              files=[attach(pdf(lines), "devis_lemaire.pdf", "pdf")]),
        "claim", None, "dentist submits a prosthesis quote for prior approval (demande de PEC)")

    # 6 opticien, devis + unrelated question in body
    f = finess("44")
    lines = invoice_lines("", "OPTIQUE DU PORT - SARL", "FINESS", f, "3 quai de la Fosse, 44000 Nantes",
                          "Mme Agathe Morin",
                          [("Monture classe B", 145.00), ("2 verres unifocaux classe B", 238.00)],
                          devis=True, number="PEC-7731", issued=dstr(0),
                          prescriber="Dr P. Nguyen, ophtalmologiste, RPPS 10001234567")
    add(build(addr("Optique du Port", "contact@optiqueduport-nantes.fr"),
              "PEC optique Morin",
              "Bonjour,\nci-joint demande de prise en charge pour Mme Morin (ordonnance du mois "
              "dernier).\nPar ailleurs, savez-vous si la mutuelle des agents territoriaux passe "
              "toujours par vous ou si elle a changé d'opérateur en 2025 ? Nous avons un doute.\n"
              "Merci\nL'équipe Optique du Port",
              files=[attach(pdf(lines), "PEC_optique_Morin.pdf", "pdf")]),
        "claim", None, "optician's PEC request with an unrelated side question about an insurer; still a claim")

    # 7 audioprothésiste, windows-1252, devis
    r = rpps()
    lines = invoice_lines("", "Audition Santé Plus - E. Brunet, audioprothésiste", "RPPS", r,
                          "22 rue Nationale, 37000 Tours", "M. Robert Chaumont",
                          [("Appareil classe I oreille droite", 950.00),
                           ("Appareil classe I oreille gauche", 950.00)], devis=True,
                          number="AUD-25-0457", issued=dstr(2))
    add(build(addr("Emeline Brunet", "e.brunet@audition-sante-plus.fr", "windows-1252"),
              "Devis appareillage – M. Chaumont – demande de prise en charge",
              "Bonjour,\n\nSuite à l’essai concluant, je vous transmets le devis normalisé pour "
              "l’appareillage bilatéral de M. Chaumont (100 % Santé).\nMerci de nous retourner "
              "l’accord dès que possible, le patient souhaite être appareillé avant les fêtes.\n\n"
              "Emeline Brunet\nAudioprothésiste D.E. – RPPS " + r,
              cs="windows-1252", files=[attach(pdf(lines), "devis_chaumont.pdf", "pdf")]),
        "claim", None, "hearing-aid quote for approval, windows-1252 with typographic quotes")

    # 8 pharmacie, JPEG photo
    f = finess("13")
    lines = invoice_lines("Facture pharmacie", "Pharmacie des Chartreux", "FINESS", f,
                          "115 av. des Chartreux, 13004 Marseille", "Mme Fatima Benali",
                          [("CIP 3400930000001 x2", 24.60), ("CIP 3400936666669 x1", 17.35),
                           ("Honoraire dispensation", 1.02)], care=dstr(12), number="F-88213",
                          issued=dstr(12))
    add(build("pharmacie.chartreux13@orange.fr", "facture TP non passée en télétransmission",
              "Bonjour, la carte de la patiente n'était pas lue par le logiciel, on vous envoie la "
              "facture pour la part complémentaire. Photo ci-jointe.\nPharmacie des Chartreux",
              enc="b64", files=[attach(image(lines, "JPEG", skew=2.5), "IMG_20251029_174502.jpg",
                                       "jpeg")]),
        "claim", None, "pharmacy sends a phone photo (JPEG) of an invoice for the AMC share")

    # 9 laboratoire via billing company
    f = finess("38")
    lines = invoice_lines("Facture examens de biologie", "LABORATOIRE BIO-ALPES - site Échirolles", "FINESS",
                          f, "5 rue Pierre Sémard, 38130 Échirolles", "M. Jean-Pierre Rolland",
                          [("B 70 bilan lipidique", 18.90), ("B 40 glycémie + HbA1c", 10.80),
                           ("Forfait prélèvement", 2.52)], care=dstr(18), number="BA-2025-55120",
                          issued=dstr(10))
    add(build(addr("FactuSanté Services - pôle tiers payant", "tp@factusante-services.fr"),
              "Bio-Alpes / lot du " + dstr(1) + " / 1 facture",
              "Bonjour,\n\nPour le compte de notre client le laboratoire Bio-Alpes (FINESS " + f + "), "
              "nous vous transmettons la facture ci-jointe en tiers payant complémentaire.\n\n"
              "Cordialement,\nService gestion des tiers payants\nFactuSanté Services\n"
              "Société d'externalisation de la facturation des professionnels de santé",
              files=[attach(pdf(lines), "BA-2025-55120.pdf", "pdf")]),
        "claim", None, "billing company sends a lab invoice on behalf of its client")

    # 10 centre de santé, HTML-only body, two PDFs
    f = finess("93")
    a = invoice_lines("Facture", "Centre de santé municipal Henri-Barbusse", "FINESS", f,
                      "40 rue Henri Barbusse, 93200 Saint-Denis", "Mme Aminata Diallo",
                      [("G consultation", 30.00), ("ECG DEQP003", 14.26)], care=dstr(9),
                      number="CSM-25-10211", issued=dstr(5))
    b = invoice_lines("Facture", "Centre de santé municipal Henri-Barbusse", "FINESS", f,
                      "40 rue Henri Barbusse, 93200 Saint-Denis", "M. Olivier Santos",
                      [("HBJD001 détartrage", 28.92), ("HBMD049 obturation 2 faces", 40.97)],
                      care=dstr(8), number="CSM-25-10214", issued=dstr(5))
    add(build(addr("Facturation CSM Barbusse", "facturation.csm@ville-saintdenis.example.fr"),
              "Transmission factures tiers payant",
              html="<html><body><p>Bonjour,</p><p>Veuillez trouver ci-joint <b>2 factures</b> "
                   "(CSM-25-10211 et CSM-25-10214) pour paiement de la part complémentaire.</p>"
                   "<p>Bien cordialement,<br>Service facturation<br><i>Centre municipal de santé "
                   "Henri-Barbusse</i></p></body></html>",
              files=[attach(pdf(a), "CSM-25-10211.pdf", "pdf"), attach(pdf(b), "CSM-25-10214.pdf", "pdf")]),
        "claim", None, "health centre, HTML-only body, two invoice PDFs")

    # 11 ambulance, typos
    f = finess("87")
    lines = invoice_lines("Facture transport sanitaire", "AMBULANCES DU LIMOUSIN", "FINESS", f,
                          "ZA du Ponteix, 87220 Feytiat", "Mme Marcelle Dufour",
                          [("Forfait départemental A", 63.66), ("Km au-delà (18 km)", 40.32),
                           ("Supplément nuit", 31.83)], care=dstr(14), number="AL-4471",
                          issued=dstr(7), prescriber="CHU Limoges - Dr Faure")
    add(build("ambulancesdulimousin@sfr.fr", "facture trasnport mme dufour",
              "bonjour\nveuillez trouvez ci joint la facture du transport de mme dufour pour la part "
              "mutelle, le bon de transport est dessous la facture\ncordialement\nla secretaire",
              files=[attach(pdf(lines), "AL4471.pdf", "pdf")]),
        "claim", None, "ambulance company invoice with typos")

    # 12 médecin, long body with unrelated question
    r = rpps()
    lines = invoice_lines("Note d'honoraires", "Dr François Perrin - Médecine générale", "RPPS", r,
                          "17 rue des Tanneurs, 67000 Strasbourg", "M. Arnaud Keller",
                          [("G consultation", 30.00), ("MD majoration déplacement", 10.00),
                           ("IK 8 km", 4.88)], care=dstr(11), number="FP-2025-221", issued=dstr(4))
    add(build(addr("François Perrin", "dr.perrin.strasbourg@medecin.mssante.fr"),
              "Note d'honoraires visite à domicile - Keller",
              "Bonjour,\n\nJe me permets de vous envoyer la note d'honoraires d'une visite à domicile "
              "effectuée chez M. Keller, qui ne pouvait pas avancer les frais. Le patient m'a confirmé "
              "que sa complémentaire pratique le tiers payant intégral et que vous êtes bien "
              "l'organisme gestionnaire indiqué sur sa carte.\n\nJ'en profite pour une question qui "
              "n'a rien à voir : mon remplaçant de l'été dernier me dit qu'il n'a jamais reçu les "
              "paiements des quelques actes qu'il a faits sous sa propre carte CPS ; est-ce que c'est "
              "normal qu'ils soient versés sur son compte et non le mien ? Je ne sais pas trop à qui "
              "poser la question.\n\nMerci d'avance, et bonne fin de semaine.\n\nDr F. Perrin\n"
              "Médecin généraliste\nRPPS " + r + "\n17 rue des Tanneurs 67000 Strasbourg",
              files=[attach(pdf(lines), "note_honoraires_keller.pdf", "pdf")]),
        "claim", None, "GP invoice with a long body and an aside about a locum's payments; still a claim")

    # 13 fax-to-mail gateway, PDF
    r = rpps()
    lines = ["29/10/2025 10:41  +33 4 75 01 22 19  CAB INF DIOIS  p.1/1", ""] + invoice_lines(
        "Facture", "Cabinet infirmier du Diois - M. Arnaud Blanc", "RPPS", r,
        "Place du Marché, 26150 Die", "M. Gilbert Roux",
        [("AMI 4 pansement complexe x 8", 100.80), ("IFD x 8", 20.00), ("IK 12 km x 8", 33.60)],
        care=dstr(28), number="CID-0992", issued=dstr(5))
    add(build(addr("FaxMail Pro", "noreply@fax2mail.example.net"),
              "Fax reçu de +33475012219 (1 page)",
              "Vous avez reçu un nouveau fax.\n\nExpéditeur : +33475012219\nIdentifiant (TSI) : "
              "CAB INF DIOIS\nPages : 1\nReçu le : 29/10/2025 à 10:41\n\nLe document est joint à ce "
              "message au format PDF.\n\n-- Service FaxMail Pro, ne pas répondre à ce message --",
              files=[attach(pdf(lines), "fax_20251029_104112.pdf", "pdf")]),
        "claim", None, "fax-to-mail gateway delivering a nurse's invoice as PDF")

    # 14 fax gateway, TIFF G4
    r = rpps()
    lines = ["05/11/2025 16:02 FROM: 0298440712 KINE QUIMPER  PAGE 001/001", ""] + invoice_lines(
        "Facture", "Cabinet de kinésithérapie Locmaria - P. Le Bihan", "RPPS", r,
        "1 rue de Locmaria, 29000 Quimper", "Mme Gwenaëlle Tanguy",
        [("AMK 8 x 12 séances", 206.40)], care=dstr(40), number="LB-2025-612", issued=dstr(3))
    add(build("fax-entrant@tiers-payant-fax.example.com", "[FAX] 0298440712 - 1 page(s)",
              "Document recu par fax. Voir piece jointe.\r\nCSID: KINE QUIMPER\r\n", enc="7bit",
              files=[attach(image(lines, "TIFF", bilevel=True), "0298440712_20251105160211.tif", "tiff")]),
        "claim", None, "fax gateway with a TIFF G4 of a physio invoice, ascii body")

    # 15 secretary on behalf of the doctor, several invoices
    r = rpps()
    pdfs = []
    for k, (pat, act) in enumerate([("Mme Claire Aubert", 56.00), ("M. Henri Baudry", 56.00),
                                    ("M. Noah Aubert", 46.00)]):
        pdfs.append(attach(pdf(invoice_lines(
            "Note d'honoraires", "Dr Sylvie Garnier - Dermatologue", "RPPS", r,
            "9 cours Mirabeau, 13100 Aix-en-Provence", pat, [("CS consultation spécialiste", act)],
            care=dstr(16 + k), number=f"SG-{3301 + k}", issued=dstr(2))), f"SG-{3301 + k}.pdf", "pdf"))
    add(build(addr("Secrétariat Dr Garnier", "secretariat.garnier.derm@gmail.com"),
              "Factures Dr Garnier - 3 patients",
              "Bonjour,\n\nJe suis la secrétaire du Dr Sylvie Garnier, dermatologue (RPPS " + r + ").\n"
              "Je vous fais parvenir trois notes d'honoraires de consultations réalisées en tiers "
              "payant.\n\nBien à vous,\nMarion, secrétariat médical",
              files=pdfs),
        "claim", None, "secretary sends three invoices on behalf of a dermatologist")

    # 16 billing company for several nurses
    files = []
    for k in range(2):
        rr = rpps()
        files.append(attach(pdf(invoice_lines(
            "Facture soins infirmiers", rnd.choice(["Mme Elodie Fabre", "M. Yannick Costa"]) + " - IDE",
            "RPPS", rr, "Cabinet IDE Les Oliviers, 34000 Montpellier",
            rnd.choice(["Mme Josette Vidal", "M. Paul Servant"]),
            [("AMI 5.8 x 10 toilette", 183.70), ("IFD x 10", 25.00)], care=dstr(35),
            number=f"OLV-{7700 + k}", issued=dstr(3))), f"OLV-{7700 + k}.pdf", "pdf"))
    add(build(addr("Medifact Gestion", "depot-factures@medifact-gestion.fr"),
              "Envoi groupé cabinet Les Oliviers",
              "Madame, Monsieur,\nEn qualité de mandataire de facturation du cabinet infirmier Les "
              "Oliviers, nous vous adressons 2 factures en pièces jointes.\nMerci de bien vouloir "
              "procéder au règlement de la part complémentaire.\n\nMedifact Gestion\n"
              "Ce courriel est envoyé depuis une adresse de dépôt ; pour toute question : "
              "contact@medifact-gestion.fr",
              files=files),
        "claim", None, "billing agent sends two nurse invoices in one mail")

    # 17 kiné writing in English
    r = rpps()
    lines = invoice_lines("Note d'honoraires", "Daniel O'Connor - Kinésithérapeute", "RPPS", r,
                          "45 rue de la République, 33000 Bordeaux", "Ms Emily Carter",
                          [("AMK 7.5 x 6", 96.75)], care=dstr(22), number="DOC-118",
                          issued=dstr(2))
    add(build("daniel.oconnor.physio@gmail.com", "invoice for complementary share",
              "Hello,\n\nplease find my invoice attached for the sessions with Ms Carter, her "
              "mutuelle card says third-party payment goes through you. Sorry for writing in "
              "English, my French is still slow for admin things.\n\nThanks,\nDaniel O'Connor\n"
              "Physiotherapist, Bordeaux",
              enc="7bit", files=[attach(pdf(lines), "invoice_DOC-118.pdf", "pdf")]),
        "claim", None, "physiotherapist writes in English with an invoice PDF")

    # 18 infirmière, base64 utf-8 body, PNG
    a_ = adeli("59", "6")
    lines = invoice_lines("Facture", "Nadia Lefebvre infirmière à domicile", "ADELI", a_,
                          "3 rue Voltaire, 59100 Roubaix", "M. Didier Lambert",
                          [("AMI 2 prise de sang x 1", 6.30), ("IFD", 2.50), ("BSA bilan soins", 13.00)],
                          care=dstr(10), number="NL-1025-14", issued=dstr(3))
    add(build("nadia.lefebvre59@laposte.net", "Facture M. Lambert – octobre",
              "Bonjour,\nVoici la facture de M. Lambert en pièce jointe (capture d'écran de mon "
              "logiciel, désolée pour la qualité).\nBien cordialement\nNadia Lefebvre\nIDE - ADELI " + a_,
              enc="b64", files=[attach(image(lines, "PNG"), "Capture d’écran 2025-11-04.png", "png")]),
        "claim", None, "nurse with ADELI sends a screenshot PNG, base64 utf-8 body")

    # 19 dentiste, no subject no body, JPEG
    r = rpps()
    lines = invoice_lines("Facture", "SELARL Dr Mathieu Roche - chirurgien-dentiste", "RPPS", r,
                          "2 rue Thiers, 38000 Grenoble", "Mme Inès Moreau",
                          [("HBGD035 avulsion", 33.44), ("HBMD053 composite 3 faces", 79.60)],
                          care=dstr(15), number="MR-0771", issued=dstr(8))
    msg = MIMEMultipart("mixed")
    msg.attach(attach(image(lines, "JPEG"), "DOC001.jpg", "jpeg"))
    msg["From"] = "cabinet.roche.dentaire@orange.fr"
    msg["To"] = TO
    msg["Date"] = when()
    msg["Message-ID"] = mid("orange.fr")
    add(msg, "claim", None, "dentist: no subject, no body, a JPEG of an invoice")

    # 20 pharmacie forwarding a colleague's mail with the invoice
    f = finess("31")
    lines = invoice_lines("Facture", "Pharmacie du Capitole", "FINESS", f, "4 rue Romiguières, 31000 Toulouse",
                          "M. Alain Cazes", [("LPP 1183547 attelle poignet", 39.90),
                                             ("CIP 3400949500011", 12.10)],
                          care=dstr(19), number="PC-20251017-08", issued=dstr(19))
    add(build(addr("Pharmacie du Capitole", "contact@pharmacie-capitole.fr"),
              "TR: facture Cazes a envoyer au TP",
              "Bonjour, je vous transfère la facture ci-dessous préparée par ma collègue.\n"
              "Cordialement, Julien (préparateur)\n\n"
              "-----Message d'origine-----\nDe : Sophie - Pharmacie du Capitole\nEnvoyé : lundi "
              "27 octobre 2025 18:20\nÀ : contact@pharmacie-capitole.fr\nObjet : facture Cazes a "
              "envoyer au TP\n\nJulien tu peux envoyer ça demain à l'adresse factures du tiers payant "
              "stp, la carte était bien valide.\nMerci !",
              files=[attach(pdf(lines), "Facture_Cazes.pdf", "pdf")]),
        "claim", None, "pharmacy forwards an internal mail with the invoice to send to us")

    # 21 opticien, uppercase terse, demande PEC
    f = finess("75")
    lines = invoice_lines("", "LUNETTERIE BASTILLE", "FINESS", f, "60 rue de la Roquette, 75011 Paris",
                          "M. Vincent Tran", [("Monture classe A 100% Santé", 30.00),
                                              ("Verres classe A", 70.00)], devis=True,
                          number="LB-PEC-5512", issued=dstr(0))
    add(build("lunetterie.bastille@gmail.com", "DEMANDE PEC TRAN",
              "DEMANDE DE PRISE EN CHARGE EN PJ. MERCI DE REPONDRE RAPIDEMENT CLIENT EN MAGASIN SAMEDI.",
              enc="7bit", files=[attach(pdf(lines), "PEC.pdf", "pdf")]),
        "claim", None, "optician, terse all-caps PEC request with PDF")

    # 22 orthophoniste, windows-1252 QP, long, series of sessions
    a_ = adeli("33", "9")
    lines = invoice_lines("Note d'honoraires", "Pauline Desmarais - orthophoniste", "ADELI", a_,
                          "14 allée de Tourny, 33000 Bordeaux", "Léo Garcia (ayant droit)",
                          [("AMO 12.1 x 10 séances", 314.60)], care=dstr(60), number="PD-2025-040",
                          issued=dstr(1), prescriber="Dr M. Sanchez, pédiatre")
    add(build(addr("Pauline Desmarais", "p.desmarais.ortho@hotmail.fr", "windows-1252"),
              "Facture séances – Léo Garcia",
              "Bonjour,\n\nJe vous adresse la note d’honoraires pour la série de 10 séances de "
              "rééducation de Léo (septembre–octobre). La maman m’a indiqué que la mutuelle du papa "
              "prenait en charge le complément en tiers payant ; le NIR indiqué est donc celui du "
              "père.\n\nSi une pièce manque, n’hésitez pas à me le signaler.\n\nBien cordialement,\n"
              "Pauline Desmarais\nOrthophoniste\nADELI " + a_ + "\n14 allée de Tourny – 33000 Bordeaux\n"
              "Consultations sur rendez-vous uniquement – pas de SMS svp",
              cs="windows-1252", files=[attach(pdf(lines), "NH_Garcia_Leo.pdf", "pdf")]),
        "claim", None, "speech therapist, child as beneficiary, cp1252 QP body, PDF")


# ================================================================ TICKETS (14)
def tickets() -> None:
    r = rpps()
    add(build(addr("Cabinet infirmier Saint-Roch", "ide.saintroch@orange.fr"),
              "Facture F2025-0412 non réglée - RPPS " + r,
              "Bonjour,\n\nLa facture F2025-0412 (patiente Mme R., soins du 02/09/2025) vous a été "
              "transmise par mail le 08/09/2025. À ce jour aucun règlement n'apparaît sur nos relevés, "
              "ni aucun rejet.\nPouvez-vous nous indiquer où en est ce dossier ?\n\nMerci,\n"
              "Catherine Morel, IDE\nRPPS " + r),
        "ticket", None, "nurse chases an unpaid invoice with number and transmission date")

    r = rpps()
    att = pdf(["ATTESTATION DE DROITS", "Mutuelle Générale de l'Ouest",
               "L'adhérent M. Serge Poulain est couvert du 01/01/2025 au 31/12/2025",
               "Garanties : formule Confort", "", "Fait le 15/10/2025"])
    add(build(addr("Dr Lucie Fontaine", "lucie.fontaine.kine@gmail.com"),
              "Contestation rejet dossier 4471290 - droits non ouverts",
              "Bonjour,\nLe dossier 4471290 (séances de M. Poulain du 15/09) a été rejeté avec le "
              "motif « droits non ouverts à la date des soins ». Or le patient m'a fourni une "
              "attestation de sa mutuelle indiquant qu'il est couvert depuis le 1er janvier. Je vous "
              "la joins. Merci de réexaminer et de procéder au paiement.\n\nL. Fontaine, MK\nRPPS " + r,
              files=[attach(att, "attestation_droits_poulain.pdf", "pdf")]),
        "ticket", None, "contests a rejection (droits non ouverts) with a justificatif attached")

    r = rpps()
    ordo = pdf(["Dr Jacques Meunier - Médecine générale", "ORDONNANCE", "Le 02/10/2025",
                "Soins infirmiers à domicile : pansements quotidiens pendant 1 mois", "Signature"])
    add(build("ide.pascale.roux@wanadoo.fr", "rejet dossier 88-20931 prescription périmée",
              "Bonjour\nvous avez rejeté mon dossier 88-20931 pour prescription perimee. le medecin a "
              "refait une ordonnance, je vous la renvoie en PJ, pouvez vous debloquer le paiement.\n"
              "Pascale Roux infirmiere\nRPPS " + r,
              files=[attach(ordo, "ordonnance_renouvelee.pdf", "pdf")]),
        "ticket", None, "answers a rejection for expired prescription with the new ordonnance")

    r = rpps()
    add(build(addr("Dr Marc Olivier", "m.olivier@cabinet-olivier.fr"),
              "Virement introuvable - bordereau du 14/10",
              "Bonjour,\n\nVotre bordereau du 14/10/2025 annonce un paiement de 412,30 € "
              "correspondant à 9 dossiers. Je ne retrouve aucun virement de ce montant sur mon compte "
              "professionnel entre le 14/10 et aujourd'hui. Pourriez-vous me donner la date de "
              "valeur et la référence du virement ?\n\nCordialement\nDr Marc Olivier, RPPS " + r),
        "ticket", None, "practitioner cannot find the transfer announced by a remittance slip")

    r = rpps()
    add(build("dentiste.haddad@gmail.com", "Paiement partiel dossier 7719034",
              "Bonjour,\nSur le dossier 7719034 (soins du 03/10/2025, patient M. T.), la part "
              "complémentaire attendue était de 131,20 €, vous avez réglé 42,40 €. Aucun motif n'est "
              "indiqué sur le relevé. Le devis avait pourtant été accepté (accord n° A-55120).\n"
              "Merci de régulariser la différence de 88,80 €.\nDr Y. Haddad, RPPS " + r),
        "ticket", None, "disputes a partial payment against an accepted quote")

    r = rpps()
    old = invoice_lines("Facture", "Cabinet de podologie Gauthier", "RPPS", r, "10 rue Carnot, 21000 Dijon",
                        "Mme Odette Marchal", [("Soins podologiques x 4", 112.00)], care=dstr(120),
                        number="PG-2025-077", issued=dstr(110))
    add(build(addr("Benoît Gauthier", "podologue.gauthier@orange.fr"),
              "3EME RELANCE facture PG-2025-077 !!!",
              "Bonjour,\n\nC'est la TROISIÈME fois que je vous envoie cette facture. Quatre mois "
              "sans paiement, aucun retour, aucun rejet, le téléphone sonne dans le vide. C'est "
              "inadmissible. Je la remets en pièce jointe, encore.\nSi rien n'est fait sous 15 jours "
              "j'arrête le tiers payant avec vos mutuelles et je ferai payer les patients.\n\n"
              "B. Gauthier\nPédicure-podologue, RPPS " + r,
              files=[attach(pdf(old), "PG-2025-077_relance3.pdf", "pdf")]),
        "ticket", None, "angry third reminder with the old invoice re-attached: a payment chase")

    r = rpps()
    add(build(addr("Centre dentaire Bellecour", "gestion@centredentaire-bellecour.fr"),
              "RE: Demande de complément d'information - dossier 9930127",
              "Bonjour,\n\nComme demandé, le patient est bien M. Rémi Joly, né le 14/03/1987 ; la "
              "date des soins est le 22/09/2025 et non le 22/08 comme saisi par erreur sur la "
              "facture. Vous trouverez ci-dessous votre message.\n\nCordialement,\nService gestion\n\n"
              "> De : Service Professionnels de Santé\n> Envoyé : 30 octobre 2025\n> Objet : Demande "
              "de complément d'information - dossier 9930127\n>\n> Vous nous avez demandé le "
              "règlement du dossier 9930127. Afin de le traiter, merci de nous préciser l'identité "
              "complète du bénéficiaire et de confirmer la date des soins.\n"),
        "ticket", None, "answer to our request for more information, with our text quoted")

    r = rpps()
    add(build("kine.lemoine.anne@free.fr", "annulation facture en double",
              "Bonjour, je me suis rendu compte que j'ai envoyé 2 fois la même facture (AL-2025-301, "
              "séances de Mme B. en octobre), une fois par mail le 21/10 et une fois par courrier. "
              "Merci de n'en traiter qu'une et d'annuler l'autre pour éviter un indu.\n"
              "Anne Lemoine, kiné, RPPS " + r),
        "ticket", None, "régularisation: cancel a duplicate invoice")

    r = rpps()
    add(build("s.patel.dental@outlook.com", "Invoice 4471 still unpaid",
              "Hello,\n\nInvoice 4471 for patient J. Moreau (care on 12 August 2025) was emailed to "
              "you on 20 August. It has not been paid and I got no rejection either. Could you check "
              "what is blocking it?\n\nBest regards,\nDr Sanjay Patel\nDental surgeon, RPPS " + r,
              enc="7bit"),
        "ticket", None, "English payment chase on a specific invoice")

    r = rpps()
    n = nir()
    add(build(addr("Pharmacie de la Gare", "pharmaciedelagare.vannes@orange.fr"),
              "Rejet NIR erroné - dossier 55102877",
              "Bonjour,\nDossier 55102877 rejeté motif « identification du bénéficiaire incorrecte ». "
              "Il y avait une erreur de saisie du numéro de sécu. Le bon numéro est " + fnir(n) + ".\n"
              "Merci de relancer le paiement avec cette correction.\nPharmacie de la Gare, Vannes"),
        "ticket", None, "correction of a wrong NIR after a rejection")

    r = rpps()
    add(build(addr("Optique Mercier", "optique.mercier@gmail.com"),
              "Refus plafond dossier 3391",
              "Bonjour,\nVous avez refusé le dossier 3391 (lunettes de Mme Petit) en indiquant "
              "« plafond de garantie atteint ». La patiente affirme ne pas avoir eu de lunettes "
              "depuis 2022 et son contrat prévoit un équipement tous les deux ans. Pouvez-vous "
              "vérifier avec la mutuelle ? Nous avons livré l'équipement sur la base de votre accord "
              "du 12/09.\nCordialement\nOptique Mercier"),
        "ticket", None, "contests a 'ceiling reached' refusal after an accord was given")

    f = finess("69")
    rows = "".join(f"<tr><td>{d}</td><td>{dstr(40 + 7 * k)}</td><td>{eur(a)}</td></tr>"
                   for k, (d, a) in enumerate([("CSV-25-0901", 64.20), ("CSV-25-0944", 31.50),
                                               ("CSV-25-1012", 118.00)]))
    add(build(addr("Centre de santé Villeurbanne", "compta@cds-villeurbanne.fr"),
              "Relevé des impayés au " + dstr(0),
              html="<html><body><p>Madame, Monsieur,</p><p>Sauf erreur de notre part, les factures "
                   "suivantes transmises à votre service restent impayées à ce jour :</p>"
                   "<table border='1'><tr><th>Facture</th><th>Transmise le</th><th>Montant AMC</th>"
                   f"</tr>{rows}</table><p>Merci de nous indiquer leur statut.</p><p>Service "
                   f"comptabilité - FINESS {f}</p></body></html>"),
        "ticket", None, "HTML-only statement of three unpaid invoices from a health centre")

    add(build("06.marc.ide@gmail.com", "??",
              "tjs pas payé dossier 556677 du 12/08 ?? ca fait 3 mois merci de regarder\nMarc IDE"),
        "ticket", None, "SMS-style chase with a file number")

    add(build(addr("Cabinet de kiné des Lilas", "kine.deslilas@orange.fr"),
              "Re: [TP-2025-88123] Dossier 6620014 - paiement",
              "Bonjour,\nMerci pour votre réponse du 28/10, mais le paiement annoncé « sous 5 jours "
              "ouvrés » n'est toujours pas arrivé. Pouvez-vous relancer ?\nCdlt\n\n"
              "Le 28/10/2025 à 11:02, Support PS a écrit :\n> Bonjour, votre dossier 6620014 a été "
              "débloqué et sera payé sous 5 jours ouvrés.\n> Cordialement",
              headers={"In-Reply-To": "<tp-2025-88123.1@" + OURS + ">",
                       "References": "<tp-2025-88123.1@" + OURS + ">"}),
        "ticket", None, "reply in an existing ticket thread: payment still missing")


# ================================================================ PATIENTS (8)
def patients() -> None:
    add(build("martine.cholet62@gmail.com", "remboursement lunettes",
              "Bonjour, j'ai acheté mes lunettes en août chez mon opticien et je n'ai toujours pas "
              "été remboursée de la partie mutuelle. L'opticien me dit que ça passe par vous. Pouvez "
              "vous me dire quand je serai remboursée ?\nMartine Cholet"),
        "auto_reply", "patient", "insured person waiting for her own reimbursement")

    add(build(addr("Gérard Fabre", "gerard.fabre@laposte.net", "iso-8859-1"),
              "carte tiers payant périmée",
              "Madame, Monsieur,\nMa carte de tiers payant indique une validité jusqu'au 31/12/2024 "
              "et ma pharmacie refuse désormais de me faire le tiers payant. Je n'ai pas reçu de "
              "nouvelle carte. Pouvez-vous m'en envoyer une ?\nMerci.\nG. Fabre",
              cs="iso-8859-1"),
        "auto_reply", "patient", "insured person asks for a new tiers-payant card")

    add(build("sandrine.b.rh@yahoo.fr", "attestation mutuelle",
              "Bonjour,\nmon employeur me demande une attestation d'affiliation à la complémentaire "
              "santé. Pouvez-vous me la transmettre par mail ? Mon numéro d'adhérent est 0045512.\n"
              "Sandrine Bertin"),
        "auto_reply", "patient", "insured person asks for an affiliation certificate")

    inv = invoice_lines("Facture", "Dr Paul Girard - ostéopathe", "RPPS", rpps(),
                        "5 rue du Lac, 74000 Annecy", "Mme Chloé Perret", [("Séance d'ostéopathie", 60.00)],
                        care=dstr(20), number="PG-889", issued=dstr(20), amc_ratio=0.0)
    add(build("chloe.perret74@gmail.com", "Demande de remboursement",
              "Bonjour,\n\nJe vous joins la facture de ma séance d'ostéopathie que j'ai payée "
              "intégralement. Pourriez-vous me rembourser la part mutuelle sur mon compte ? Mon RIB "
              "est déjà connu de ma mutuelle je pense.\n\nMerci beaucoup\nChloé Perret",
              files=[attach(pdf(inv), "facture_osteo.pdf", "pdf")]),
        "auto_reply", "patient", "patient forwards her own paid invoice asking to be reimbursed")

    add(build("jpdurand1948@orange.fr", "RECLAMATION",
              "MA MUTUELLE ME DIT DE VOUS ECRIRE POUR MES APPAREILS AUDITIFS. CELA FAIT 3 MOIS QUE "
              "J'ATTENDS LE REMBOURSEMENT, JE SUIS RETRAITE ET J'AI AVANCE 1800 EUROS. QUE FAITES "
              "VOUS ??? J.P. DURAND", enc="7bit"),
        "auto_reply", "patient", "angry retired insured person, all caps, about his reimbursement")

    add(build("hannah.schmidt@web.de", "Reimbursement for dental crown",
              "Dear Sir or Madam,\n\nI live in Lyon and had a crown fitted in September. My French "
              "insurance card shows your company's name for third-party payment. The dentist "
              "charged me the full amount. How do I get reimbursed for the complementary part?\n\n"
              "Kind regards,\nHannah Schmidt", enc="7bit"),
        "auto_reply", "patient", "English-speaking insured person asking how to get reimbursed")

    add(build("nathan.roussel@free.fr", "garanties",
              "bonjour combien je serai rembourse pour une couronne et un implant avec ma mutuelle ? "
              "le dentiste m'a donné un devis de 2300 euros. merci"),
        "auto_reply", "patient", "insured person asks about his contract's coverage level")

    add(build(addr("Isabelle Marchand", "isa.marchand@hotmail.com"),
              "Pour ma mère - remboursement en attente",
              "Bonjour,\n\nJ'écris pour ma mère, Mme Jeanne Marchand, 86 ans. Elle a payé ses "
              "séances de kiné de septembre et attend toujours le remboursement de sa complémentaire. "
              "Elle ne sait pas utiliser internet. Pouvez-vous me dire où en est son dossier ?\n\n"
              "Merci de votre aide,\nIsabelle Marchand (sa fille)"),
        "auto_reply", "patient", "daughter asks about her mother's own reimbursement")


# ================================================================ SUPPORT (7)
def support() -> None:
    r = rpps()
    add(build("dr.amandine.roy@gmail.com", "Création compte professionnel",
              "Bonjour,\nJe viens de m'installer en libéral (psychiatre, Rennes) et je souhaiterais "
              "pouvoir gérer le tiers payant de mes patients. Comment dois-je procéder pour ouvrir "
              "un compte sur votre espace ?\nRPPS " + r + "\nMerci\nAmandine Roy"),
        "auto_reply", "support", "new practitioner asks how to create a portal account")

    r = rpps()
    add(build("kine.vidal.perpignan@orange.fr", "compte bloqué erreur 15",
              "bonjour j'ai tapé 3 fois mon mot de passe et maintenant le site me dit compte "
              "verrouillé, et quand je fais mot de passe oublié j'ai \"erreur 15\". je ne peux plus "
              "voir mes paiements. merci de m'aider\nVidal kiné " + r),
        "auto_reply", "support", "locked account after 3 attempts and error 15")

    add(build(addr("Cabinet Dr Leroux", "cabinet.leroux@medecin-tours.fr"),
              "Adhésion convention tiers payant",
              "Madame, Monsieur,\n\nNous souhaiterions adhérer à la convention de tiers payant "
              "avec les organismes complémentaires dont vous assurez la gestion. Pourriez-vous nous "
              "indiquer la marche à suivre et les documents à fournir ?\n\nCordialement,\n"
              "Le secrétariat du Dr Leroux"),
        "auto_reply", "support", "practitioner asks how to join the tiers-payant convention")

    add(build("pharmacie.lesalles@gmail.com", "liste des mutuelles",
              "Bonjour, pourriez-vous nous envoyer la liste à jour des complémentaires pour "
              "lesquelles vous gérez le tiers payant ? Nos logiciels n'ont pas la même liste. Merci"),
        "auto_reply", "support", "pharmacy asks for the list of insurers handled")

    r = rpps()
    add(build(addr("Dr Olivier Lambert", "o.lambert.ophtalmo@gmail.com", "windows-1252"),
              "Relevé annuel 2024 pour mon comptable",
              "Bonjour,\n\nMon expert-comptable me réclame le relevé annuel des règlements "
              "effectués par vos services en 2024 (montants cumulés). Je ne le trouve pas dans "
              "l’espace. Pouvez-vous me l’adresser ?\n\nDr O. Lambert – RPPS " + r,
              cs="windows-1252"),
        "auto_reply", "support", "practitioner asks for an annual payment statement")

    add(build("sage-femme.bouchard@outlook.fr", "question envoi factures",
              "Bonjour,\nJe débute le tiers payant. Est-ce que je dois envoyer mes factures par "
              "mail en PDF, par courrier, ou passer uniquement par la télétransmission ? Et faut-il "
              "joindre l'ordonnance à chaque fois ?\nMerci pour votre retour\nAurélie Bouchard, "
              "sage-femme"),
        "auto_reply", "support", "midwife asks how invoices should be sent (general question)")

    add(build("j.wright.dentist@gmail.com", "Cannot log in to the professional portal",
              "Hi,\n\nI changed my e-mail address and now the portal won't let me log in or reset "
              "my password, the reset link goes to my old mailbox which no longer exists. What can "
              "I do?\n\nJames Wright\nDentist, Annecy", enc="7bit"),
        "auto_reply", "support", "English: portal login / password reset issue")


# ================================================================ SECURITY (5)
def security() -> None:
    add(build("monique.garnier56@orange.fr", "mes données ont-elles été volées ?",
              "Bonjour,\nJ'ai entendu à la radio que vous aviez été piratés l'année dernière et "
              "que des millions de personnes étaient concernées. Comment savoir si mon numéro de "
              "sécurité sociale fait partie des données volées ?\nMonique Garnier"),
        "auto_reply", "security_incident", "asks whether her data was stolen in the 2024 attack")

    r = rpps()
    add(build(addr("Dr Pierre Aubry", "p.aubry.generaliste@gmail.com"),
              "Appel suspect se présentant comme vos services",
              "Bonjour,\n\nCe matin ma secrétaire a reçu un appel d'une personne se présentant "
              "comme « le service sécurité du tiers payant », qui lui a demandé mon identifiant et "
              "le code reçu par SMS pour « vérifier le compte après l'incident ». Elle n'a rien "
              "donné. Est-ce bien vous ? Sinon, que devons-nous faire ?\n\nDr P. Aubry, RPPS " + r),
        "auto_reply", "security_incident", "reports a suspicious call impersonating the operator")

    add(build("lea.m.perrot@gmail.com", "SMS bizarre",
              "bonjour j'ai reçu ce sms : \"TIERS PAYANT: votre remboursement de 47,90E est en "
              "attente, confirmez vos coordonnées sur tp-rembourse-sante.info\" c'est vous ?? je "
              "n'ai pas cliqué"),
        "auto_reply", "security_incident", "forwards a suspicious SMS claiming to be the operator, asks if genuine")

    r = rpps()
    add(build(addr("Audition Bretagne Sud", "contact@audition-bretagnesud.fr"),
              "Mail suspect reçu à votre nom",
              "Bonjour,\n\nNous avons reçu un mail signé de votre société (expéditeur "
              "securite@tierspayant-verif.com) nous demandant de nous reconnecter via un lien pour "
              "« réactiver notre compte suite à la fuite de données ». Le lien ne pointe pas vers "
              "votre site. Pouvez-vous confirmer qu'il s'agit d'une tentative de fraude ? Nos "
              "données ont-elles été exposées lors de l'attaque de 2024 ?\n\nCordialement\n"
              "Y. Le Floch, audioprothésiste, RPPS " + r),
        "auto_reply", "security_incident", "practitioner reports a phishing mail in our name and asks about exposure")

    add(build(addr("Bernard Colin", "b.colin@free.fr", "iso-8859-1"),
              "courrier fuite de données",
              "Madame, Monsieur,\n\nJ'ai reçu un courrier de ma mutuelle m'informant que mes "
              "données personnelles ont pu être exposées lors de la cyberattaque de février 2024 "
              "visant votre organisme. Quelles données exactement ? Dois-je faire opposition ou "
              "changer quelque chose ?\n\nBernard Colin", cs="iso-8859-1", enc="b64"),
        "auto_reply", "security_incident", "insured person asks what was exposed in the breach")


# ================================================================ BANK (5)
def bank() -> None:
    r = rpps()
    i = iban()
    add(build("cabinet.meyer.kine@orange.fr", "Nouveau RIB",
              "Bonjour,\nJ'ai changé de banque. Merci d'effectuer désormais mes règlements sur le "
              "compte suivant :\nIBAN " + fiban(i) + "\nBIC BNPAFRPPXXX\nTitulaire : Julien Meyer\n"
              "Julien Meyer, MK, RPPS " + r),
        "auto_reply", "bank_details", "IBAN change requested in the body")

    r = rpps()
    letter = pdf(["Dr Agnès Perrot - Chirurgien-dentiste", "RPPS " + r, "",
                  "Objet : modification de mes coordonnées bancaires", "",
                  "Madame, Monsieur,",
                  "Je vous informe que mes paiements de tiers payant doivent désormais être",
                  "versés sur mon nouveau compte professionnel :",
                  "IBAN : " + fiban(iban()), "BIC : CCBPFRPPNAN", "",
                  "Vous trouverez le RIB correspondant au verso.", "Dr A. Perrot"])
    add(build(addr("Dr Agnès Perrot", "cabinet.perrot.dentaire@gmail.com"),
              "courrier",
              "Bonjour,\nVeuillez trouver ci-joint un courrier du Dr Perrot.\nCordialement\n"
              "Le secrétariat",
              files=[attach(letter, "courrier_perrot.pdf", "pdf")]),
        "auto_reply", "bank_details", "IBAN change only in the attached PDF letter")

    f = finess("67")
    add(build("accounts@cds-rhin.example.org", "Change of bank account details",
              "Dear team,\n\nPlease note that the health centre (FINESS " + f + ") has moved its "
              "accounts to a new bank. All future third-party payments should go to IBAN " + fiban(iban())
              + ". Kindly confirm once updated.\n\nFinance department\nCentre de sante du Rhin",
              enc="7bit"),
        "auto_reply", "bank_details", "English request from a health centre to change bank account")

    rib = pdf(["RELEVÉ D'IDENTITÉ BANCAIRE", "Titulaire : SCP INFIRMIERS DU VERDON",
               "IBAN : " + fiban(iban()), "BIC : AGRIFRPP891", "Domiciliation : CA Provence Côte d'Azur"])
    add(build("idel.verdon@sfr.fr", "chgt banque",
              "chgt de banque nouveau rib en pj a utiliser des maintenant merci",
              files=[attach(rib, "RIB.pdf", "pdf")]),
        "auto_reply", "bank_details", "terse note with the new RIB as PDF")

    r = rpps()
    add(build(addr("SELARL Pharmacie Vauban", "selarl.vauban@pharmacie-vauban.fr", "windows-1252"),
              "Changement de domiciliation bancaire suite cession",
              "Madame, Monsieur,\n\nÀ la suite de la cession de l’officine intervenue le 1er "
              "novembre 2025, nous vous prions de bien vouloir prendre note de la nouvelle "
              "domiciliation bancaire de la SELARL Pharmacie Vauban, dont le relevé d’identité "
              "bancaire figure ci-après : IBAN " + fiban(iban()) + ".\n\nNous vous prions "
              "d’agréer, Madame, Monsieur, nos salutations distinguées.\n\nLe pharmacien titulaire",
              cs="windows-1252"),
        "auto_reply", "bank_details", "formal letter: new bank domiciliation after a pharmacy sale")


# ================================================================ IGNORE (15)
def ignores() -> None:
    add(build(addr("Claire Besson", "claire.besson@cabinet-medical-aubagne.fr"),
              "Absence : Votre message",
              "Bonjour,\nJe suis absente du 03/11 au 14/11 inclus. Pour toute urgence, merci de "
              "contacter le cabinet au 04 42 03 11 11.\nClaire Besson",
              headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes",
                       "In-Reply-To": "<ack.5521@" + OURS + ">"}),
        "ignore", None, "out-of-office with Auto-Submitted/X-Autoreply headers")

    add(build("secretariat.dr.morel@gmail.com", "Fermeture du cabinet",
              "Le cabinet sera fermé du 27 octobre au 9 novembre. Les messages reçus pendant cette "
              "période seront traités à notre retour. En cas d'urgence, composez le 15.\n"
              "Merci de votre compréhension."),
        "ignore", None, "vacation reply with no RFC 3834 headers, obviously automatic")

    add(build(addr("LAMBERT Sophie", "s.lambert@clinique-saintjoseph.example.fr"),
              "Réponse automatique : Dossier 4420198",
              html="<html><body><div>Bonjour,<br>Je suis actuellement en congé avec un accès "
                   "limité à ma messagerie. Je reviendrai le lundi 17 novembre.<br>Pour le service "
                   "facturation, merci d'écrire à facturation@clinique-saintjoseph.example.fr."
                   "</div></body></html>",
              headers={"X-Auto-Response-Suppress": "All", "Thread-Topic": "Dossier 4420198",
                       "X-MS-Exchange-Inbox-Rules-Loop": "s.lambert@clinique-saintjoseph.example.fr",
                       "Auto-Submitted": "auto-generated"}),
        "ignore", None, "Exchange automatic reply, HTML only, mentions a file number")

    add(build("mike.dupont.kine@gmail.com", "Re: Votre facture a bien été reçue",
              "Hi, I'm travelling until November 20th with limited access to email. "
              "I'll get back to you when I return.\nMike",
              enc="7bit", headers={"Auto-Submitted": "auto-replied", "Precedence": "bulk",
                                   "In-Reply-To": "<ack.7810@" + OURS + ">"}),
        "ignore", None, "Gmail vacation responder in English")

    add(build(addr("Dr Jean Mercier", "j.mercier@zimbra.medecins.example.fr"),
              "Absent : Re: Demande de complément",
              "Je suis en formation jusqu'au 12/11. Votre message sera lu à mon retour.",
              headers={"Auto-Submitted": "auto-replied (zimbra; vacation)"}),
        "ignore", None, "Zimbra vacation reply")

    # DSN (English MTA)
    dsn = MIMEMultipart("report", report_type="delivery-status")
    dsn.attach(text("This is the mail system at host mx2.tiers-payant.example.fr.\n\nI'm sorry to "
                    "have to inform you that your message could not be delivered to one or more "
                    "recipients.\n\n<ide.martin.old@club-internet.fr>: host mx.club-internet.fr "
                    "said: 550 5.1.1 User unknown\n", enc="7bit"))
    ds = MIMEBase("message", "delivery-status")
    b1, b2 = Message(), Message()
    b1["Reporting-MTA"] = "dns; mx2.tiers-payant.example.fr"
    b1["Arrival-Date"] = format_datetime(BASE)
    b2["Final-Recipient"] = "rfc822; ide.martin.old@club-internet.fr"
    b2["Action"] = "failed"
    b2["Status"] = "5.1.1"
    b2["Diagnostic-Code"] = "smtp; 550 5.1.1 User unknown"
    ds.set_payload([b1, b2])
    dsn.attach(ds)
    dsn.attach(text("From: factures@tiers-payant.example.fr\nTo: ide.martin.old@club-internet.fr\n"
                    "Subject: Accuse de reception de votre facture\n", "rfc822-headers", enc="7bit"))
    dsn["From"] = "MAILER-DAEMON@mx2.tiers-payant.example.fr (Mail Delivery System)"
    dsn["To"] = TO
    dsn["Subject"] = "Undelivered Mail Returned to Sender"
    dsn["Date"] = when()
    dsn["Message-ID"] = mid("mx2.tiers-payant.example.fr")
    dsn["Auto-Submitted"] = "auto-replied"
    add(dsn, "ignore", None, "Postfix DSN bounce as multipart/report")

    # DSN French Exchange style with original message
    dsn = MIMEMultipart("report", report_type="delivery-status")
    dsn.attach(text("Votre message n'a pas pu être remis à ces destinataires :\n\n"
                    "compta@pharmacie-fermee.fr\nLa boîte aux lettres est pleine.\n", cs="utf-8"))
    ds = MIMEBase("message", "delivery-status")
    b1, b2 = Message(), Message()
    b1["Reporting-MTA"] = "dns; EX01.pharmacie-fermee.fr"
    b2["Final-Recipient"] = "rfc822; compta@pharmacie-fermee.fr"
    b2["Action"] = "failed"
    b2["Status"] = "5.2.2"
    ds.set_payload([b1, b2])
    dsn.attach(ds)
    orig = build(TO, "Votre dossier 7712009 - demande de pièces",
                 "Bonjour, merci de nous faire parvenir la facture acquittée.", to="compta@pharmacie-fermee.fr")
    dsn.attach(MIMEMessage(orig))
    dsn["From"] = "postmaster@pharmacie-fermee.fr"
    dsn["To"] = TO
    dsn["Subject"] = hdr("Non remis : Votre dossier 7712009 - demande de pièces")
    dsn["Date"] = when()
    dsn["Message-ID"] = mid("pharmacie-fermee.fr")
    add(dsn, "ignore", None, "French Exchange non-delivery report with the original attached")

    # read receipt
    mdn = MIMEMultipart("report", report_type="disposition-notification")
    mdn.attach(text("Votre message\n\n  À : cabinet.dumas@orange.fr\n  Objet : Paiement dossier "
                    "6612093\n\na été lu le mardi 4 novembre 2025 09:14.", cs="utf-8"))
    dn = MIMEBase("message", "disposition-notification")
    dn.set_payload("Reporting-UA: cabinet.dumas; Microsoft Outlook 16.0\n"
                   "Final-Recipient: rfc822;cabinet.dumas@orange.fr\n"
                   "Original-Message-ID: <pay.6612093@tiers-payant.example.fr>\n"
                   "Disposition: manual-action/MDN-sent-manually; displayed\n")
    mdn.attach(dn)
    mdn["From"] = "cabinet.dumas@orange.fr"
    mdn["To"] = TO
    mdn["Subject"] = hdr("Lu : Paiement dossier 6612093")
    mdn["Date"] = when()
    mdn["Message-ID"] = mid("orange.fr")
    add(mdn, "ignore", None, "read receipt (disposition-notification)")

    add(build(addr("MédiLogiciel Actu", "news@medilogiciel.example.com"),
              "Novembre : la facturation du tiers payant simplifiée dans la version 12",
              "Découvrez les nouveautés de la version 12 : envoi des factures en un clic, suivi des "
              "rejets, rapprochement des paiements.\nSe désinscrire : https://medilogiciel.example.com/u",
              html="<html><body><h1>Nouveautés v12</h1><p>Envoi des factures de tiers payant en un "
                   "clic, suivi des rejets et rapprochement automatique des paiements.</p>"
                   "<p><a href='https://medilogiciel.example.com/u'>Se désinscrire</a></p>"
                   "</body></html>",
              alt=True,
              headers={"List-Unsubscribe": "<https://medilogiciel.example.com/u?id=8812>, "
                                           "<mailto:unsub@medilogiciel.example.com>",
                       "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                       "List-Id": "Actualites MediLogiciel <news.medilogiciel.example.com>"}),
        "ignore", None, "software vendor newsletter about invoicing, with List-Unsubscribe")

    add(build("webinaires@formation-sante-pro.example.com",
              "Webinaire gratuit : réduire vos rejets de tiers payant de 40 %",
              "Madame, Monsieur,\nInscrivez-vous à notre webinaire du 20 novembre : rejets, "
              "relances d'impayés, paiements partiels... nos experts répondent à vos questions.\n"
              "Inscription : https://formation-sante-pro.example.com/w/2011\n"
              "Vous recevez ce message car vous êtes inscrit à notre liste professionnelle.",
              headers={"Precedence": "bulk", "X-Mailer": "Sendinblue"}),
        "ignore", None, "bulk marketing (Precedence: bulk) using billing vocabulary")

    add(build("contact@referencement-top1.example.biz", "Votre cabinet en 1ère page Google",
              "Bonjour Docteur,\nVotre site n'apparait pas dans les premiers résultats. Nous "
              "garantissons la 1ere page en 30 jours pour 99€/mois sans engagement !! Répondez OUI "
              "pour un audit gratuit.\nL'équipe Top1"),
        "ignore", None, "French SEO spam")

    add(build("invest.desk@profit-crypto.example.io", "Passive income 2025 - limited seats",
              "Dear partner,\nOur AI trading bot delivered 312% last quarter. Join 4,000 doctors who "
              "already invest. Minimum 250 EUR. Reply now to reserve your seat.\nRegards, Kevin",
              enc="7bit"),
        "ignore", None, "English crypto spam")

    add(build(addr("Service Messagerie", "admin@webmail-maj.example.ru"),
              "Votre boîte mail sera désactivée sous 24h",
              html="<html><body><p>Cher utilisateur,</p><p>Votre quota de messagerie est dépassé. "
                   "Pour éviter la suppression de votre compte <b>factures@tiers-payant.example.fr"
                   "</b>, confirmez votre mot de passe ici : <a href='http://webmail-maj.example.ru/"
                   "login'>VALIDER MON COMPTE</a></p><p>Administrateur</p></body></html>"),
        "ignore", None, "French credential phishing aimed at the mailbox itself")

    add(build("delivery@dhl-parcel-notice.example.top", "Your parcel is on hold - customs fee 1,99 EUR",
              "DHL Express\nYour package could not be delivered because of an unpaid customs fee "
              "(1.99 EUR). Pay now to reschedule: http://dhl-parcel-notice.example.top/pay\n"
              "If not paid within 48h the parcel will be returned.", enc="7bit"),
        "ignore", None, "English parcel phishing")

    add(build(addr("Service Tiers Payant - ne pas répondre", "noreply@" + OURS),
              "Accusé de réception de votre envoi",
              "Bonjour,\nNous accusons réception de votre message. Les factures transmises par "
              "courriel sont traitées sous 5 à 7 jours ouvrés.\nCeci est un message automatique, "
              "merci de ne pas y répondre.",
              headers={"Auto-Submitted": "auto-replied"}),
        "ignore", None, "our own acknowledgement looping back into the mailbox")


# ================================================================ REVIEW (4)
def reviews() -> None:
    msg = MIMEMultipart("mixed")
    msg.attach(attach(blank_pdf(), "scan0001.pdf", "pdf"))
    msg["From"] = "scanner@cabinet-rives.example.fr"
    msg["To"] = TO
    msg["Subject"] = "Numérisation"
    msg["Date"] = when()
    msg["Message-ID"] = mid("cabinet-rives.example.fr")
    add(msg, "review", None, "scanner mail with an empty-looking page: nothing tells what it is")

    add(build("lolo.b1977@gmail.com", "urgent",
              "Bonjour pouvez vous me rappeler au 06 12 48 77 03 c'est urgent merci"),
        "review", None, "call-me-back with no context: neither sender type nor topic is knowable")

    ordo = image(["Dr Hervé Colas", "Médecin généraliste", "", "Le 21/10/2025", "",
                  "Mme Lucienne Barre", "", "Séances de kinésithérapie x 15",
                  "rééducation épaule droite", "", "signature"], "JPEG")
    add(build("l.barre.famille@orange.fr", "comme convenu",
              "Bonjour, voici le document comme convenu au téléphone.",
              files=[attach(ordo, "ordonnance.jpg", "jpeg")]),
        "review", None, "a bare prescription 'as agreed on the phone', sender unclear, no invoice or file ref")

    add(build("m.poirier82@gmail.com", "envoi",
              "Bonjour, avez-vous bien reçu mon envoi de la semaine dernière ? merci de me confirmer"),
        "review", None, "'did you get my mailing?' with no reference: practitioner follow-up or patient, unknowable")


def main() -> None:
    random.seed(5_2025)  # MIME boundaries come from the global generator
    claims()
    tickets()
    patients()
    support()
    security()
    bank()
    ignores()
    reviews()
    assert len(MESSAGES) == len(WHY) == 80, len(MESSAGES)
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("m*.eml*"):
        old.unlink()
    order = list(range(len(MESSAGES)))
    rnd.shuffle(order)
    for k, idx in enumerate(order, 1):
        msg, action, reason = MESSAGES[idx]
        name = f"m{k:03d}.eml"
        (OUT / name).write_bytes(msg.as_bytes())
        truth = {"action": action}
        if reason:
            truth["reason"] = reason
        (OUT / (name + ".json")).write_text(json.dumps(truth) + "\n")
        if "--why" in sys.argv:  # for failure analysis after a run, never before
            print(name, f"{action}:{reason}" if reason else action, "-", WHY[idx])


if __name__ == "__main__":
    main()
