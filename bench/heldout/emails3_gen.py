"""Generate bench/heldout/emails3: a third held-out triage set, written blind.

    .venv/bin/python bench/heldout/emails3_gen.py

Deterministic (seeded). Each `<name>.eml` gets a `<name>.eml.json` ground truth.
"""

from __future__ import annotations

import io
import json
import random
from email import policy
from email.charset import QP, add_charset
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, make_msgid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from stdnum import luhn

OUT = Path(__file__).resolve().parent / "emails3"
TO = "factures@tiers-payant.example.fr"
rnd = random.Random(20251003)
add_charset("windows-1252", QP, QP, None)
PARIS = timezone(timedelta(hours=2))


# ---------------------------------------------------------------- identifiers
def rpps() -> str:
    body = "1" + "".join(str(rnd.randint(0, 9)) for _ in range(9))
    return body + luhn.calc_check_digit(body)


def finess(dept: str = "69") -> str:
    body = dept + "".join(str(rnd.randint(0, 9)) for _ in range(6))
    return body + luhn.calc_check_digit(body)


def nir(sex: int | None = None) -> str:
    sex = sex or rnd.choice([1, 2])
    yy = rnd.randint(40, 99)
    mm = rnd.randint(1, 12)
    dept = rnd.choice(["75", "69", "13", "33", "59", "67", "31", "44", "06", "35"])
    com = rnd.randint(1, 399)
    order = rnd.randint(1, 999)
    first = f"{sex}{yy:02d}{mm:02d}{dept}{com:03d}{order:03d}"
    key = 97 - (int(first) % 97)
    return f"{first}{key:02d}"


def fmt_nir(n: str) -> str:
    return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"


def eur(x: float) -> str:
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


# ---------------------------------------------------------------- documents
def invoice_pdf(*, title: str, issuer: str, profession: str, address: str, ident_label: str, ident: str,
                patient: str, patient_nir: str, number: str, care_date: str | None, issue_date: str,
                acts: list[tuple[str, str, float]], amc_rate: float = 0.4, amo_rate: float = 0.6,
                amo_override: float | None = None, extra: list[str] | None = None) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    total = round(sum(a[2] for a in acts), 2)
    amo = round(total * amo_rate, 2) if amo_override is None else amo_override
    amc = round(min(total - amo, total * amc_rate), 2)
    rest = round(total - amo - amc, 2)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    w, h = A4
    y = h - 60
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, issuer)
    c.setFont("Helvetica", 10)
    y -= 16
    c.drawString(50, y, profession)
    for line in address.split("\n"):
        y -= 14
        c.drawString(50, y, line)
    y -= 14
    c.drawString(50, y, f"{ident_label} : {ident}")
    c.setFont("Helvetica-Bold", 15)
    c.drawString(330, h - 60, title)
    c.setFont("Helvetica", 10)
    c.drawString(330, h - 78, f"N° {number}")
    c.drawString(330, h - 92, f"Date d'émission : {issue_date}")
    y -= 40
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, y, "Patient / bénéficiaire")
    c.setFont("Helvetica", 10)
    y -= 14
    c.drawString(50, y, patient)
    y -= 14
    c.drawString(50, y, f"N° de sécurité sociale : {fmt_nir(patient_nir)}")
    if care_date:
        y -= 14
        c.drawString(50, y, f"Date des soins : {care_date}")
    for e in extra or []:
        y -= 14
        c.drawString(50, y, e)
    y -= 30
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, y, "Code acte")
    c.drawString(150, y, "Désignation")
    c.drawRightString(540, y, "Montant")
    c.setFont("Helvetica", 10)
    for code, label, amount in acts:
        y -= 16
        c.drawString(50, y, code)
        c.drawString(150, y, label)
        c.drawRightString(540, y, eur(amount))
    y -= 30
    for label, value in (("Total honoraires", total), ("Part AMO (Sécurité sociale)", amo),
                         ("Part AMC (mutuelle, tiers payant)", amc), ("Reste à charge patient", rest)):
        c.drawString(300, y, label)
        c.drawRightString(540, y, eur(value))
        y -= 15
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(50, 50, "Document établi pour la prise en charge en tiers payant de la part complémentaire.")
    c.showPage()
    c.save()
    return buf.getvalue()


def simple_pdf(lines: list[str]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = A4[1] - 70
    for i, line in enumerate(lines):
        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 12 if i == 0 else 10)
        c.drawString(60, y, line)
        y -= 18
    c.showPage()
    c.save()
    return buf.getvalue()


def invoice_image(lines: list[str], fmt: str) -> bytes:
    """A scanned/photographed invoice: JPEG (photo, greyish) or TIFF G4 (fax, bilevel 204x196)."""
    from PIL import Image, ImageDraw, ImageFont

    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 26)
    except OSError:
        font = ImageFont.load_default()
    img = Image.new("L", (1654, 2339), 235 if fmt == "JPEG" else 255)
    d = ImageDraw.Draw(img)
    y = 120
    for line in lines:
        d.text((120, y), line, fill=20, font=font)
        y += 48
    out = io.BytesIO()
    if fmt == "JPEG":
        img = img.rotate(1.2, fillcolor=200)
        img.save(out, "JPEG", quality=70)
    else:
        img.convert("1").save(out, "TIFF", compression="group4", dpi=(204, 196))
    return out.getvalue()


# ---------------------------------------------------------------- messages
def when(day: int, month: int = 9, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(2025, month, day, hour, minute, tzinfo=PARIS)


def text_part(body: str, subtype: str = "plain", charset: str = "utf-8") -> MIMEText:
    return MIMEText(body, subtype, charset)


def attach(msg: MIMEMultipart, data: bytes, filename: str, kind: str) -> None:
    if kind == "pdf":
        part = MIMEApplication(data, "pdf")
    elif kind == "jpeg":
        part = MIMEImage(data, "jpeg")
    elif kind == "tiff":
        part = MIMEImage(data, "tiff")
    else:
        maintype, sub = kind.split("/")
        part = MIMEBase(maintype, sub)
        part.set_payload(data)
        from email import encoders
        encoders.encode_base64(part)
    part.add_header("Content-Disposition", "attachment", filename=filename)
    msg.attach(part)


def hdr(value: str) -> str:
    from email.header import Header
    return value if value.isascii() else Header(value, "utf-8").encode()


def addr_hdr(value: str) -> str:
    from email.utils import formataddr, parseaddr
    if value.isascii():
        return value
    name, address = parseaddr(value)
    return formataddr((name, address), charset="utf-8")


def build(*, sender: str, subject: str, date: datetime, text: str | None = None, html: str | None = None,
          charset: str = "utf-8", files: list[tuple[bytes, str, str]] | None = None,
          headers: dict[str, str] | None = None, return_path: str | None = None,
          reply_to_id: str | None = None) -> bytes:
    files = files or []
    if text is not None and html is not None:
        body = MIMEMultipart("alternative")
        body.attach(text_part(text, "plain", charset))
        body.attach(text_part(html, "html", charset))
    elif html is not None:
        body = text_part(html, "html", charset)
    else:
        body = text_part(text or "", "plain", charset)
    if files:
        msg = MIMEMultipart("mixed")
        msg.attach(body)
        for data, name, kind in files:
            attach(msg, data, name, kind)
    else:
        msg = body
    addr = sender.split("<")[-1].rstrip(">") if "<" in sender else sender
    domain = addr.split("@")[-1]
    msg["Return-Path"] = return_path if return_path is not None else f"<{addr}>"
    msg["From"] = addr_hdr(sender)
    msg["To"] = TO
    msg["Subject"] = hdr(subject)
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = make_msgid(domain=domain)
    if reply_to_id:
        msg["In-Reply-To"] = reply_to_id
        msg["References"] = reply_to_id
    for k, v in (headers or {}).items():
        msg[k] = v
    mime = [h for h in msg._headers if h[0].lower() in ("content-type", "content-transfer-encoding", "mime-version")]
    msg._headers = [h for h in msg._headers if h not in mime] + mime
    return msg.as_bytes(policy=policy.SMTP.clone(max_line_length=998))


ALL: dict[str, tuple[bytes, dict[str, str]]] = {}


def add(name: str, action: str, reason: str, raw: bytes) -> None:
    assert name not in ALL, name
    ALL[name] = (raw, {"action": action, "reason": reason})


def write() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml*"):
        old.unlink()
    for name, (raw, truth) in ALL.items():
        (OUT / f"{name}.eml").write_bytes(raw)
        (OUT / f"{name}.eml.json").write_text(json.dumps(truth, ensure_ascii=False) + "\n")
    print(f"{len(ALL)} messages written to {OUT}")


# ================================================================ the messages
def facture(issuer, profession, address, patient, number, care, issue, acts, *, title="FACTURE",
            ident_label="N° RPPS", ident=None, **kw):
    ident = ident or rpps()
    up = patient.upper()
    sex = 2 if up.startswith(("MME", "MLLE")) else 1 if up.startswith("M.") else None
    n = kw.pop("patient_nir", None) or nir(sex)
    pdf = invoice_pdf(title=title, issuer=issuer, profession=profession, address=address, ident_label=ident_label,
                      ident=ident, patient=patient, patient_nir=n, number=number, care_date=care, issue_date=issue,
                      acts=acts, **kw)
    return pdf, ident, n


def claims() -> None:
    # 1 opticien: demande de prise en charge + devis normalisé
    pdf, r, _ = facture("Optique du Marché", "Opticien-lunetier", "14 place du Marché\n35000 Rennes",
                        "M. LE GALL Yannick", "DV-2025-0917", None, "17/09/2025",
                        [("2203240", "Monture classe B", 129.00), ("2227038", "Verre unifocal classe B x2", 238.00)],
                        title="DEVIS NORMALISÉ", ident_label="N° FINESS", ident=finess("35"))
    add("claim-opticien-pec-devis", "claim", "demande de prise en charge optique",
        build(sender="Optique du Marché <contact@optiquedumarche-rennes.fr>",
              subject="Demande de prise en charge - LE GALL Yannick - devis DV-2025-0917",
              date=when(17, 9, 11, 42),
              text="Bonjour,\n\nVeuillez trouver ci-joint le devis normalisé pour une demande de prise en "
                   "charge optique (équipement classe B) pour M. Le Gall.\nOrdonnance du Dr Morvan jointe au dossier "
                   "sur demande.\n\nMerci de nous retourner l'accord de PEC.\n\nCordialement,\n\nSandrine\n"
                   "Optique du Marché - 02 99 31 44 10\n",
              files=[(pdf, "DEVIS_DV-2025-0917.pdf", "pdf")]))

    # 2 dentiste: devis prothèse, formal, iso-8859-1
    pdf, r, _ = facture("Dr Hélène Quéré", "Chirurgien-dentiste", "3 rue des Lilas\n29200 Brest",
                        "Mme ABGRALL Françoise", "D-25-1184", None, "22/09/2025",
                        [("HBLD036", "Couronne céramo-métallique dent 26", 550.00),
                         ("HBLD036", "Couronne céramo-métallique dent 27", 550.00)], title="DEVIS")
    add("claim-dentiste-devis-couronnes", "claim", "devis dentaire / accord de prise en charge",
        build(sender="Cabinet dentaire Dr Quéré <cabinet.quere@wanadoo.fr>",
              subject=f"Demande d'accord - RPPS {r} - Mme ABGRALL",
              date=when(22, 9, 16, 5), charset="iso-8859-1",
              text="Madame, Monsieur,\n\nJe vous prie de bien vouloir trouver en pièce jointe le devis relatif "
                   "aux soins prothétiques envisagés pour ma patiente, Mme Abgrall, en vue d'obtenir votre accord "
                   "de prise en charge au titre de la part complémentaire.\n\nJe vous remercie par avance et vous "
                   "prie d'agréer mes salutations distinguées.\n\nDr Hélène Quéré\nChirurgien-dentiste\n"
                   f"RPPS {r}\n3 rue des Lilas - 29200 Brest\n",
              files=[(pdf, "devis_abgrall.pdf", "pdf")]))

    # 3 audioprothésiste: PEC appareillage, multipart/alternative
    pdf, r, _ = facture("Audition Confort Lyon 3", "Audioprothésiste D.E.", "88 cours Gambetta\n69003 Lyon",
                        "M. FAVRE Bernard", "AC-25-0456", None, "25/09/2025",
                        [("2355084", "Aide auditive classe II oreille droite", 1490.00),
                         ("2335791", "Aide auditive classe II oreille gauche", 1490.00)],
                        title="DEVIS AUDIO", amo_rate=0.08, amc_rate=0.45)
    add("claim-audio-pec-html", "claim", "demande de prise en charge audio",
        build(sender="Audition Confort <lyon3@audition-confort.fr>",
              subject="PEC appareillage auditif FAVRE Bernard",
              date=when(25, 9, 9, 30),
              text="Bonjour,\nCi-joint notre demande de prise en charge pour un appareillage stéréo classe II.\n"
                   f"Audioprothésiste : Julien Caron - RPPS {r}\nBien cordialement\n",
              html="<html><body><p>Bonjour,</p><p>Ci-joint notre demande de prise en charge pour un appareillage "
                   "st&eacute;r&eacute;o <b>classe II</b>.</p><p>Audioproth&eacute;siste : Julien Caron - RPPS "
                   f"{r}</p><p>Bien cordialement</p><p style='color:#888'>Audition Confort Lyon 3 - 04 78 60 12 12"
                   "</p></body></html>",
              files=[(pdf, "PEC_FAVRE.pdf", "pdf")]))

    # 4 pharmacien: terse
    pdf, r, _ = facture("Pharmacie des Tilleuls", "Pharmacie d'officine", "2 av. Jean Jaurès\n59000 Lille",
                        "Mme DELANNOY Chantal", "F250930-07", "30/09/2025", "30/09/2025",
                        [("3400930000001", "Pansement hydrocellulaire x10", 64.20),
                         ("LPP 1311390", "Bas de contention classe 2", 38.50)], ident_label="N° FINESS",
                        ident=finess("59"))
    add("claim-pharmacie-terse", "claim", "facture pharmacie",
        build(sender="pharmacie.tilleuls@orange.fr", subject="facture",
              date=when(30, 9, 18, 51), text="ci joint facture tiers payant\n\nPharmacie des Tilleuls\n",
              files=[(pdf, "SCAN0042.pdf", "pdf")]))

    # 5 kiné: secretary on behalf
    pdf, r, _ = facture("Cabinet de kinésithérapie Saint-Michel", "Masseurs-kinésithérapeutes",
                        "5 rue Saint-Michel\n31400 Toulouse", "M. GARCIA Lucas", "K2025-1309", "01/09/2025",
                        "26/09/2025", [("AMK 7.5", "Rééducation genou x10 séances", 161.25)])
    add("claim-kine-secretaire", "claim", "facture kiné envoyée par la secrétaire",
        build(sender="Secrétariat Kiné Saint-Michel <secretariat.kinestmichel@gmail.com>",
              subject=f"Envoi facture - RPPS {r} - GARCIA Lucas",
              date=when(26, 9, 14, 12),
              text="Bonjour,\n\nJe vous transmets de la part de M. Thomas Roux, kinésithérapeute, la facture "
                   "correspondant à la série de 10 séances de M. Garcia (début le 01/09/2025).\nL'ordonnance est "
                   "jointe en page 2 du scan.\n\nBonne journée,\n\nMarie, secrétaire\nCabinet de kinésithérapie "
                   "Saint-Michel\n05 61 22 33 44\n",
              files=[(pdf, "facture_K2025-1309.pdf", "pdf")]))

    # 6 infirmier: no accents
    pdf, r, _ = facture("Stephane Martin IDE", "Infirmier diplome d'Etat", "12 chemin des Vignes\n84000 Avignon",
                        "Mme ROUSSEL Jeanne", "IDE-0925-33", "02/09/2025", "29/09/2025",
                        [("AMI 1", "Injection sous-cutanee x20", 63.00), ("IFD", "Indemnites de deplacement x20", 50.00)])
    add("claim-infirmier-sans-accents", "claim", "facture infirmier",
        build(sender="stephane martin <stef.martin.ide@laposte.net>",
              subject="factures septembre mme roussel",
              date=when(29, 9, 21, 3),
              text="Bonjour\nvoici la facture des soins de septembre pour Mme Roussel, tiers payant part mutuelle\n"
                   f"merci\nStephane Martin infirmier liberal\nADELI 846012345 / RPPS {r}\n",
              files=[(pdf, "roussel_sept.pdf", "pdf")]))

    # 7 laboratoire: formal, FINESS, several patients
    fin = finess("33")
    pdfs = []
    for i, (pat, amt) in enumerate([("M. DUPUY Alain", 48.60), ("Mme LAFON Nadia", 112.35)]):
        pdf, _, _ = facture("Laboratoire BioAquitaine - Site Mériadeck", "Laboratoire de biologie médicale",
                            "10 rue Mériadeck\n33000 Bordeaux", pat, f"LB-33-2509-{880 + i}", "18/09/2025",
                            "24/09/2025", [("B 0552", "Bilan biologique", amt)], ident_label="FINESS", ident=fin)
        pdfs.append((pdf, f"LB-33-2509-{880 + i}.pdf", "pdf"))
    add("claim-laboratoire-lot", "claim", "factures laboratoire",
        build(sender="Facturation BioAquitaine <facturation.tp@bioaquitaine.fr>",
              subject=f"Envoi de factures tiers payant - FINESS {fin} - lot du 24/09/2025",
              date=when(24, 9, 8, 2),
              text="Madame, Monsieur,\n\nVous trouverez ci-joint 2 factures relatives à des analyses réalisées "
                   "en tiers payant intégral, pour traitement de la part complémentaire.\n\nService facturation\n"
                   f"Laboratoire BioAquitaine - FINESS {fin}\n\nCe message et ses pièces jointes sont confidentiels "
                   "et destinés exclusivement à leurs destinataires.\n",
              files=pdfs))

    # 8 centre de santé: comptable, windows-1252
    fin = finess("93")
    pdfs = []
    for i, (pat, acts) in enumerate([("Mme KONATE Awa", [("G", "Consultation", 30.00)]),
                                     ("M. BENALI Karim", [("HBJD001", "Détartrage", 28.92),
                                                          ("HMFC004", "Obturation 2 faces", 50.60)]),
                                     ("Mme PEREIRA Ana", [("CS", "Consultation spécialiste", 30.00)])]):
        pdf, _, _ = facture("Centre de santé municipal Paul Éluard", "Centre de santé", "1 rue de la Paix\n93200 Saint-Denis",
                            pat, f"CDS93-25-{4401 + i}", f"{15 + i}/09/2025", "30/09/2025", acts,
                            ident_label="FINESS", ident=fin)
        pdfs.append((pdf, f"CDS93-25-{4401 + i}.pdf", "pdf"))
    add("claim-centre-sante-comptable", "claim", "lot de factures centre de santé",
        build(sender="Compta CDS Eluard <comptabilite.cds@ville-saintdenis.example.fr>",
              subject="Bordereau factures TP septembre 2025 - 3 dossiers", date=when(30, 9, 17, 45),
              charset="windows-1252",
              text="Bonjour,\n\nVeuillez trouver ci-joint trois factures du centre de santé Paul Éluard pour "
                   "règlement de la part complémentaire :\n- CDS93-25-4401\n- CDS93-25-4402\n- CDS93-25-4403\n\n"
                   "Cordialement,\nNathalie Moreau\nService comptabilité - Centre municipal de santé\n"
                   f"FINESS {fin}\n",
              files=pdfs))

    # 9 orthophoniste
    pdf, r, _ = facture("Claire Vasseur", "Orthophoniste", "7 rue Pasteur\n76000 Rouen", "VASSEUR-LEROY Tom (enfant)",
                        "ORT-2025-077", "08/09/2025", "30/09/2025", [("AMO 12.1", "Rééducation langage écrit x4", 121.00)])
    add("claim-orthophoniste", "claim", "facture orthophonie",
        build(sender="Claire Vasseur Orthophoniste <c.vasseur.ortho@free.fr>",
              subject="Facture séances orthophonie - tiers payant complémentaire",
              date=when(30, 9, 19, 20),
              text="Bonjour,\n\nJe vous adresse la facture des séances de septembre pour un jeune patient "
                   "(ayant droit, n° de sécurité sociale du parent indiqué sur la facture).\n\nBien à vous,\n\n"
                   f"Claire Vasseur\nOrthophoniste - RPPS {r}\n",
              files=[(pdf, "Facture_ORT-2025-077.pdf", "pdf")]))

    # 10 podologue: short, english-ish signature? no: typo-laden
    pdf, r, _ = facture("Julie Brun Pédicure-Podologue", "Pédicure-podologue", "41 bd Carnot\n06000 Nice",
                        "M. ROSSI Paolo", "PP250912", "12/09/2025", "12/09/2025",
                        [("POD", "Semelles orthopédiques paire", 140.00), ("POD", "Bilan podologique", 30.00)],
                        amo_rate=0.17, amc_rate=0.6)
    add("claim-podologue-fautes", "claim", "facture podologue",
        build(sender="julie brun <juliebrun.podo@gmail.com>", subject="Factur semelles Mr Rossi",
              date=when(15, 9, 12, 58),
              text="Bonjour ,\n\nje vous envoi la factur pour les semelles de Mr Rossi , il a une mutuel en tier "
                   "payant chez vous .\nMerci de me tenir au courent\n\nJulie Brun\nPedicure podologue\n",
              files=[(pdf, "IMG_facture_rossi.pdf", "pdf")]))

    # 11 sage-femme
    pdf, r, _ = facture("Amandine Perrot", "Sage-femme libérale", "9 rue du Château\n44000 Nantes", "Mme HAMON Léa",
                        "SF-25-0210", "10/09/2025", "23/09/2025",
                        [("SF 15", "Préparation à la naissance séance 1", 42.00),
                         ("SF 15", "Préparation à la naissance séance 2", 42.00)], amo_rate=1.0, amc_rate=1.0,
                        amo_override=70.00)
    add("claim-sage-femme", "claim", "facture sage-femme",
        build(sender="Amandine Perrot <amandine.perrot.sf@orange.fr>",
              subject=f"RPPS {r} / HAMON Léa / facture SF-25-0210",
              date=when(23, 9, 13, 10),
              text="Bonjour,\nFacture ci-jointe (dépassement pris en charge par la mutuelle de la patiente).\n"
                   "Cordialement\nA. Perrot, sage-femme\n",
              files=[(pdf, "SF-25-0210.pdf", "pdf")]))

    # 12 ambulancier
    pdf, r, _ = facture("Ambulances du Vercors", "Entreprise de transport sanitaire", "ZA Les Iles\n38000 Grenoble",
                        "M. REYMOND Paul", "AMB-25-3321", "11/09/2025", "19/09/2025",
                        [("ABA", "Forfait agglomération ambulance", 62.14), ("IK", "Kilomètres x 34", 77.86)],
                        ident_label="N° FINESS", ident=finess("38"), amo_rate=0.65, amc_rate=0.35)
    add("claim-ambulancier", "claim", "facture transport sanitaire",
        build(sender="Ambulances du Vercors <facturation@ambulances-vercors.fr>",
              subject="Transport du 11/09 - M. REYMOND - facture AMB-25-3321",
              date=when(19, 9, 10, 40),
              text="Bonjour,\n\nCi-joint la facture du transport assis/allongé du 11/09/2025 avec la prescription "
                   "médicale de transport.\n\nService facturation\nAmbulances du Vercors\nTél 04 76 00 00 00\n",
              files=[(pdf, "AMB-25-3321.pdf", "pdf"),
                     (simple_pdf(["PRESCRIPTION MÉDICALE DE TRANSPORT", "Patient : M. REYMOND Paul",
                                  "Date : 09/09/2025", "Transport en ambulance - aller/retour CHU"]),
                      "PMT_reymond.pdf", "pdf")]))

    # 13 médecin: HTML only, dépassement
    pdf, r, _ = facture("Dr Olivier Chassagne", "Médecin spécialiste - Rhumatologie",
                        "22 rue de la République\n13001 Marseille", "Mme BLANC Odile", "2025-09-0412", "16/09/2025",
                        "16/09/2025", [("CS", "Consultation spécialiste", 30.00), ("DE", "Dépassement d'honoraires", 40.00)],
                        amo_rate=0.3, amc_rate=0.6)
    add("claim-medecin-html-only", "claim", "facture médecin dépassement",
        build(sender="Dr Olivier Chassagne <secretariat@rhumato-chassagne.fr>",
              subject="Facture consultation Mme Blanc 16/09/2025", date=when(17, 9, 8, 15),
              html="<!DOCTYPE html><html><head><meta charset='utf-8'></head><body style='font-family:Calibri'>"
                   "<div>Madame, Monsieur,</div><div><br></div><div>Je vous prie de trouver ci-joint la facture "
                   "de la consultation du 16/09/2025 pour Mme Blanc, pour la prise en charge du d&eacute;passement "
                   "par sa compl&eacute;mentaire.</div><div><br></div><div>Bien cordialement,</div>"
                   f"<table><tr><td><b>Dr Olivier Chassagne</b><br>Rhumatologue<br>RPPS {r}<br>"
                   "22 rue de la R&eacute;publique, 13001 Marseille</td></tr></table></body></html>",
              files=[(pdf, "facture_blanc.pdf", "pdf")]))

    # 14 opticien all caps
    pdf, r, _ = facture("OPTIC 2000 VILLEURBANNE", "OPTICIEN", "150 COURS EMILE ZOLA\n69100 VILLEURBANNE",
                        "MME NGUYEN THI LAN", "FA-069-11872", "27/09/2025", "27/09/2025",
                        [("2243304", "MONTURE CLASSE A 100% SANTE", 30.00), ("2264055", "VERRES CLASSE A X2", 110.00)],
                        amo_rate=0.6, amc_rate=0.4)
    add("claim-opticien-majuscules", "claim", "facture optique",
        build(sender="OPTIQUE VILLEURBANNE <villeurbanne.optique@gmail.com>",
              subject="FACTURE TIERS PAYANT MME NGUYEN", date=when(27, 9, 17, 2),
              text="BONJOUR\n\nCI JOINT LA FACTURE + ORDONNANCE POUR MME NGUYEN. EQUIPEMENT 100% SANTE.\n\n"
                   "MERCI D'AVANCE\nL'EQUIPE OPTIQUE\n",
              files=[(pdf, "FACTURE.PDF", "pdf")]))

    # 15 fax gateway: TIFF G4
    r = rpps()
    tif = invoice_image(["Fax du 02/10/2025 09:12  04 93 12 34 56  CABINET INFIRMIER  P.1/1", "", "FACTURE",
                         "Cabinet infirmier du Port - RPPS " + r, f"Patient : M. AUDIBERT Henri", "",
                         "Soins du 15/09/2025 au 30/09/2025", "AMI 4 x 16 pansements ... 201,60",
                         "Total 201,60  Part AMO 120,96  Part AMC 80,64  Reste 0,00"], "TIFF")
    add("claim-fax-passerelle-tiff", "claim", "facture reçue par fax-to-mail",
        build(sender="Passerelle Fax <fax-noreply@fax.tiers-payant.example.fr>",
              subject="Fax reçu de +33493123456 (1 page)", date=when(2, 10, 9, 13),
              text="Vous avez reçu une télécopie.\n\nExpéditeur : +33493123456\nIdentifiant (TSI) : CAB INF DU PORT\n"
                   "Pages : 1\nRésolution : fine\nDate de réception : 02/10/2025 09:12\n\nLe document est joint "
                   "au format TIFF.\n",
              files=[(tif, "fax000123.tif", "tiff")]))

    # 16 photo from phone, no text
    r = rpps()
    jpg = invoice_image(["Dr Karine Lopez - Chirurgien-dentiste", f"RPPS {r}", "", "NOTE D'HONORAIRES n° 2025-318",
                         "Patient : M. TESSIER Hugo", "Date des soins : 24/09/2025", "",
                         "HBLD038 Inlay-core ........ 230,00", "Total 230,00 EUR", "Part AMO 58,90   Part AMC 120,00",
                         "Reste à charge 51,10"], "JPEG")
    add("claim-photo-iphone", "claim", "facture photographiée sans texte",
        build(sender="Karine Lopez <karine.lopez.dentiste@icloud.com>", subject="", date=when(24, 9, 19, 47),
              text="\n\nEnvoyé de mon iPhone\n", files=[(jpg, "IMG_4821.jpeg", "jpeg")]))

    # 17 empty body, subject carries RPPS + patient
    pdf, r, _ = facture("Dr Marc Aubert", "Médecin généraliste", "4 place de l'Église\n67000 Strasbourg",
                        "M. SCHMITT Pierre", "MA-2025-1021", "03/10/2025", "03/10/2025", [("G", "Consultation", 30.00),
                                                                                          ("MD", "Majoration", 10.00)])
    add("claim-corps-vide", "claim", "facture pièce jointe seule",
        build(sender="cabinet.aubert@orange.fr", subject=f"RPPS {r} - SCHMITT Pierre", date=when(3, 10, 12, 0),
              text="", files=[(pdf, "MA-2025-1021.pdf", "pdf")]))

    # 18 forwarded by the doctor's secretary, TR:
    pdf, r, _ = facture("Dr Isabelle Fontaine", "Psychiatre", "18 allée des Platanes\n92100 Boulogne-Billancourt",
                        "Mme GIRAUD Sophie", "IF-25-207", "05/09/2025", "29/09/2025",
                        [("CNPSY", "Consultation psychiatrie", 51.70), ("DE", "Dépassement", 28.30)],
                        amo_rate=0.45, amc_rate=0.4)
    add("claim-transfert-secretariat", "claim", "facture transférée",
        build(sender="Secrétariat Dr Fontaine <secretariat.fontaine@gmail.com>",
              subject="TR: facture Mme Giraud", date=when(29, 9, 15, 33),
              text="Bonjour, je vous transfère la facture ci-dessous pour paiement.\nCordialement, le secrétariat\n\n"
                   "-------- Message transféré --------\nDe : Dr Isabelle Fontaine <i.fontaine@psy-boulogne.fr>\n"
                   "Date : lun. 29 sept. 2025 à 12:10\nObjet : facture Mme Giraud\nÀ : secretariat.fontaine@gmail.com\n\n"
                   "Peux-tu envoyer la facture de Mme Giraud au tiers payant stp ? Merci\nIsabelle\n",
              files=[(pdf, "IF-25-207.pdf", "pdf")]))


def tickets() -> None:
    # 1 payment chase, precise
    r = rpps()
    add("ticket-relance-paiement-kine", "ticket", "relance paiement",
        build(sender="Vincent Lemoine <v.lemoine.kine@gmail.com>",
              subject=f"Dossier 2025-08-4471 non payé - RPPS {r}", date=when(1, 10, 9, 5),
              text="Bonjour,\n\nLe dossier n°2025-08-4471 (patiente Mme Carpentier) transmis le 28/08/2025 "
                   "n'apparaît toujours pas dans mes paiements, ni sur le relevé du 30/09/2025. Le délai habituel "
                   "est largement dépassé.\nMontant attendu : 96,75 € (part complémentaire).\n\n"
                   "Pouvez-vous me dire où en est ce dossier ?\n\nCordialement,\nVincent Lemoine\n"
                   f"Masseur-kinésithérapeute - RPPS {r}\n"))

    # 2 contestation rejet droits non ouverts, with invoice + attestation attached
    pdf, r, n = facture("Dr Paul Meyer", "Chirurgien-dentiste", "6 rue du Rhin\n68100 Mulhouse", "M. KLEIN Jonas",
                        "PM-25-0733", "11/08/2025", "11/08/2025", [("HBLD036", "Couronne dent 16", 500.00)],
                        amo_rate=0.24, amc_rate=0.5)
    att = simple_pdf(["ATTESTATION DE DROITS - ORGANISME COMPLÉMENTAIRE", "Bénéficiaire : M. KLEIN Jonas",
                      "Droits ouverts du 01/01/2025 au 31/12/2025", "Tiers payant : OUI - Dentaire : OUI"])
    add("ticket-contestation-droits-pj", "ticket", "contestation rejet droits non ouverts",
        build(sender="Cabinet Dr Meyer <dr.meyer.dentiste@wanadoo.fr>",
              subject="Contestation rejet facture PM-25-0733 - droits non ouverts",
              date=when(18, 9, 11, 20), charset="iso-8859-1",
              text="Madame, Monsieur,\n\nLa facture PM-25-0733 (soins du 11/08/2025, M. Klein) a été rejetée "
                   "avec le motif « droits non ouverts à la date des soins ».\nOr le patient m'a fourni "
                   "l'attestation de sa mutuelle indiquant des droits ouverts du 01/01/2025 au 31/12/2025, que "
                   "je joins avec une nouvelle copie de la facture.\n\nJe vous remercie de bien vouloir réexaminer "
                   "ce dossier et procéder au règlement.\n\nDr Paul Meyer\n"
                   f"RPPS {r}\n",
              files=[(pdf, "PM-25-0733.pdf", "pdf"), (att, "attestation_droits_klein.pdf", "pdf")]))

    # 3 régularisation: partial payment
    r = rpps()
    add("ticket-regularisation-partiel", "ticket", "régularisation paiement partiel",
        build(sender="Optique Lumière <optiquelumiere.bayonne@orange.fr>",
              subject="Demande de régularisation - facture OL-4412", date=when(26, 9, 16, 0),
              text="Bonjour,\n\nNous avons reçu le 22/09 un virement de 80,00 € pour la facture OL-4412 (PEC "
                   "n° 25-998712 accordée pour 180,00 €). Il manque donc 100,00 €.\nMerci de procéder à la "
                   "régularisation ou de nous indiquer le motif de la différence.\n\nCordialement\n"
                   f"Optique Lumière - Bayonne\nN° RPPS du titulaire : {r}\n"))

    # 4 answer to a request for complément d'information, quoted chain, ordonnance attached
    r = rpps()
    ordo = simple_pdf(["Dr Anne Collet - Médecin généraliste", "ORDONNANCE du 02/07/2025",
                       "Mme PETIT Louise", "20 séances de kinésithérapie - lombalgie"])
    add("ticket-reponse-complement", "ticket", "réponse à demande de complément",
        build(sender="Kiné Bastide <kine.bastide@gmail.com>",
              subject="RE: Demande de complément d'information - dossier 25-77120", date=when(12, 9, 14, 2),
              reply_to_id="<dci-25-77120@tiers-payant.example.fr>",
              text="Bonjour,\n\nVoici l'ordonnance demandée pour le dossier 25-77120.\n\nCdlt\nPierre Bastide\n"
                   f"RPPS {r}\n\nLe 12/09/2025 à 10:14, Service Tiers Payant <factures@tiers-payant.example.fr> a "
                   "écrit :\n> Bonjour,\n> Afin de traiter le dossier 25-77120, merci de nous faire parvenir la "
                   "copie de la prescription médicale.\n> Sans retour de votre part, la facture ne pourra être "
                   "réglée.\n> Le service tiers payant\n",
              files=[(ordo, "ordonnance_petit.pdf", "pdf")]))

    # 5 angry all caps third reminder
    add("ticket-relance-colere-majuscules", "ticket", "relance impayé",
        build(sender="AMBULANCES SAINT ROCH <amb.saintroch@orange.fr>",
              subject="3EME RELANCE !!! FACTURES IMPAYEES DEPUIS JUIN", date=when(2, 10, 8, 31),
              text="BONJOUR\n\nC'EST LA TROISIEME FOIS QUE JE VOUS ECRIS. LES FACTURES 2506-114, 2506-131 ET "
                   "2507-009 NE SONT TOUJOURS PAS PAYEES. PERSONNE NE REPOND AU TELEPHONE.\n"
                   "ON NE PEUT PAS CONTINUER A FAIRE DU TIERS PAYANT DANS CES CONDITIONS. SI RIEN N'EST FAIT "
                   "SOUS 8 JOURS JE NE PRENDS PLUS VOS ADHERENTS.\n\nM. BONNET\nGERANT AMBULANCES SAINT ROCH\n"))

    # 6 reply in a ticket thread, terse
    add("ticket-reponse-fil", "ticket", "réponse dans un fil de ticket",
        build(sender="Dr Nadia Ferhat <ferhat.nadia@gmail.com>",
              subject="Re: [Réclamation n° RCL-2025-018842] Facture 0812 non réglée", date=when(30, 9, 10, 10),
              reply_to_id="<rcl-2025-018842.3@tiers-payant.example.fr>",
              text="Bonjour, toujours rien reçu à ce jour. Merci de faire le nécessaire.\nDr Ferhat\n\n"
                   "Le 19/09/2025 à 15:40, Service Tiers Payant a écrit :\n> Bonjour Docteur,\n> Votre réclamation a "
                   "bien été prise en compte et transmise au service paiement.\n> Cordialement\n"))

    # 7 NIR error correction, infirmier
    r = rpps()
    good = nir(2)
    add("ticket-correction-nir", "ticket", "rejet NIR incorrect, correction",
        build(sender="Cabinet infirmier des Remparts <ide.remparts@laposte.net>",
              subject="Rejet facture 0925-18 motif NIR erroné", date=when(25, 9, 20, 14),
              text="Bonsoir,\n\nNotre facture 0925-18 (soins du 03 au 17/09) a été rejetée pour erreur "
                   "d'identification du patient. Il y avait effectivement une erreur de saisie sur le numéro de "
                   f"sécurité sociale, le bon numéro est {fmt_nir(good)}.\nPouvez-vous corriger et relancer le "
                   "paiement ou faut-il renvoyer une nouvelle facture ?\n\nMerci\nCécile Arnaud, IDEL\n"
                   f"RPPS {r}\n"))

    # 8 centre de santé comptable: HTML table of unpaid invoices
    fin = finess("13")
    rows = "".join(f"<tr><td>{num}</td><td>{d}</td><td>{amt}</td></tr>" for num, d, amt in
                   [("CS13-6610", "04/07/2025", "45,00 &euro;"), ("CS13-6688", "11/07/2025", "120,40 &euro;"),
                    ("CS13-6702", "15/07/2025", "23,00 &euro;"), ("CS13-6951", "01/08/2025", "310,00 &euro;")])
    add("ticket-liste-impayes-html", "ticket", "liste d'impayés",
        build(sender="Comptabilité Centre Dentaire Prado <compta@centredentaireprado.fr>",
              subject="Factures en attente de règlement - juillet/août 2025", date=when(29, 9, 11, 0),
              text="Bonjour,\nSauf erreur de notre part, les factures suivantes transmises en juillet et août ne "
                   "nous ont pas été réglées : CS13-6610, CS13-6688, CS13-6702, CS13-6951.\nMerci de nous "
                   "indiquer leur statut.\nCordialement,\nService comptabilité\n",
              html="<html><body><p>Bonjour,</p><p>Sauf erreur de notre part, les factures suivantes transmises en "
                   "juillet et ao&ucirc;t ne nous ont pas &eacute;t&eacute; r&eacute;gl&eacute;es :</p>"
                   "<table border='1'><tr><th>Facture</th><th>Transmise le</th><th>Montant AMC</th></tr>"
                   f"{rows}</table><p>Merci de nous indiquer leur statut.</p><p>Cordialement,<br>Service "
                   f"comptabilit&eacute;<br>Centre dentaire Prado - FINESS {fin}</p></body></html>"))

    # 9 rejection: prescription expirée, windows-1252, médecin? -> orthoptiste
    r = rpps()
    add("ticket-rejet-prescription", "ticket", "contestation rejet prescription expirée",
        build(sender="Lucie Garnier Orthoptiste <lucie.garnier.orthoptie@sfr.fr>",
              subject="Rejet dossier 25-61530 – prescription", date=when(23, 9, 12, 45), charset="windows-1252",
              text="Bonjour,\n\nLe dossier 25-61530 a été rejeté au motif « prescription expirée ». "
                   "L’ordonnance date du 14/03/2025 et le bilan a été réalisé le 02/09/2025, soit moins de "
                   "6 mois après… ce qui est conforme à mon sens.\nJe vous remercie de revoir ce rejet.\n\n"
                   f"Lucie Garnier – orthoptiste – RPPS {r}\n"))

    # 10 double payment, English-speaking practitioner
    r = rpps()
    add("ticket-double-paiement-anglais", "ticket", "trop-perçu / double paiement",
        build(sender="Dr James Whitfield <j.whitfield@cabinet-anglais-biarritz.fr>",
              subject="Invoice JW-2025-144 paid twice", date=when(1, 10, 17, 25),
              text="Hello,\n\nI am a GP in Biarritz (RPPS " + r + "). It seems invoice JW-2025-144 (care date "
                   "08/09/2025) was paid twice: I received 2 transfers of 23.00 EUR on 19/09 and 26/09.\n"
                   "Please let me know how you would like to handle the overpayment (deduction on a future "
                   "payment or bank transfer back to you).\n\nKind regards,\nJames Whitfield\n"))


def auto_replies() -> None:
    # ---- patient (5)
    add("patient-remboursement-lunettes", "auto_reply", "patient",
        build(sender="Martine Gauthier <martine.gauthier54@gmail.com>",
              subject="remboursement lunettes", date=when(21, 9, 20, 33),
              text="Bonjour,\n\nJ'ai acheté des lunettes le 2 septembre chez mon opticien, qui m'a dit que la "
                   "mutuelle paierait directement. Or je n'ai rien reçu et l'opticien me réclame 85 euros. "
                   "Pouvez-vous me dire quand je serai remboursée ?\nMon numéro d'adhérent est 00451287.\n\n"
                   "Merci\nMartine Gauthier\n"))
    pdf, _, _ = facture("Dr Simon Achard", "Orthodontiste", "2 rue Victor Hugo\n21000 Dijon",
                        "COLIN Emma (enfant)", "ODF-25-090", "01/09/2025", "01/09/2025",
                        [("TO90", "Traitement orthodontique semestre 3", 720.00)], amo_rate=0.27, amc_rate=0.5)
    add("patient-maman-orthodontie-pj", "auto_reply", "patient",
        build(sender="Aurélie Colin <aurelie.colin21@hotmail.fr>",
              subject="Remboursement orthodontie de ma fille", date=when(8, 9, 22, 14),
              text="Bonjour,\n\nJe vous joins la facture de l'orthodontiste de ma fille Emma. J'ai avancé les 720 € "
                   "et je voudrais savoir combien ma mutuelle va me rembourser et sous quel délai. Je ne trouve "
                   "pas l'information sur mon contrat.\n\nCordialement,\nAurélie Colin\n",
              files=[(pdf, "facture orthodontiste Emma.pdf", "pdf")]))
    add("patient-carte-refusee-sms", "auto_reply", "patient",
        build(sender="kevin.l <kev.lambert@live.fr>", subject="carte mutuelle", date=when(13, 9, 18, 2),
              text="bjr la pharmacie veut pas prendre ma carte tiers payant ils disent ke c pas a jour "
                   "jcomprends pas jpaye ma mutuelle tous les mois. vous pouvez men envoyer une nouvelle svp "
                   "merci\n\nEnvoyé depuis mon téléphone Samsung\n"))
    add("patient-colere-majuscules", "auto_reply", "patient",
        build(sender="Gérard Picard <g.picard@wanadoo.fr>", subject="TOUJOURS PAS REMBOURSE",
              date=when(3, 10, 7, 55), charset="iso-8859-1",
              text="MADAME MONSIEUR,\n\nCELA FAIT DEUX MOIS QUE J'ATTENDS LE REMBOURSEMENT DE MES SEANCES DE "
                   "KINE. MA MUTUELLE ME DIT DE VOIR AVEC LA SECU ET LA SECU AVEC VOUS. JE SUIS RETRAITE ET JE "
                   "NE PEUX PAS AVANCER CET ARGENT INDEFINIMENT. JE VEUX UNE REPONSE.\n\nG. PICARD\n"))
    add("patient-expat-anglais", "auto_reply", "patient",
        build(sender="Emily Carter <emily.carter.uk@gmail.com>", subject="Question about my dental coverage",
              date=when(16, 9, 13, 27),
              text="Hi,\n\nI moved to Lyon last year and my employer's health insurance uses your company for "
                   "third-party payment. I need a crown and would like to know how much of it my contract "
                   "covers and whether I need to send anything beforehand.\n\nThanks a lot,\nEmily\n"))

    # ---- support (5)
    r = rpps()
    add("support-mot-de-passe-oublie", "auto_reply", "support",
        build(sender="Thierry Masson <thierry.masson.kine@orange.fr>", subject="mot de passe",
              date=when(10, 9, 8, 44),
              text="Bonjour,\nj'ai oublié mon mot de passe pour l'espace pro et le lien de réinitialisation "
                   "n'arrive pas (j'ai regardé dans les spams). Pouvez-vous m'aider ?\n"
                   f"RPPS {r}\nT. Masson kiné\n"))
    r = rpps()
    add("support-compte-bloque", "auto_reply", "support",
        build(sender="Dr Rachid Belkacem <dr.belkacem@cabinet-medical-vitry.fr>",
              subject="Compte verrouillé portail professionnel", date=when(22, 9, 9, 1),
              text="Bonjour,\n\nSuite à plusieurs tentatives de connexion infructueuses, mon compte sur le portail "
                   "est verrouillé depuis ce matin. Je n'arrive plus à consulter mes paiements.\nMerci de le "
                   "débloquer rapidement.\n\nDr R. Belkacem\nMédecin généraliste\n"
                   f"RPPS {r}\n"))
    add("support-erreur-15", "auto_reply", "support",
        build(sender="Pharmacie Centrale <pharmacie.centrale.vannes@gmail.com>",
              subject="erreur 15 sur le site", date=when(15, 9, 15, 19),
              html="<div dir='ltr'>Bonjour,<br><br>Depuis vendredi impossible d'accéder à l'espace pro, on a le "
                   "message «&nbsp;erreur 15&nbsp;» à chaque connexion. On a essayé avec Chrome et Firefox, même "
                   "chose.<br><br>Pharmacie Centrale - Vannes</div>"))
    add("support-creation-compte", "auto_reply", "support",
        build(sender="Manon Dubreuil <manon.dubreuil.orthophonie@gmail.com>",
              subject="Création compte professionnel - nouvelle installation", date=when(5, 9, 11, 38),
              text="Bonjour,\n\nJe viens de m'installer en libéral comme orthophoniste à Angers et je souhaiterais "
                   "créer un compte sur votre portail pour pratiquer le tiers payant. Quelles sont les démarches "
                   "et quels justificatifs dois-je fournir ?\n\nBien cordialement,\nManon Dubreuil\n"))
    r = rpps()
    add("support-duplicata-releve", "auto_reply", "support",
        build(sender="Cabinet Podologie Lacroix <podo.lacroix@free.fr>",
              subject="Demande de duplicata de relevé de paiement", date=when(24, 9, 10, 3),
              text="Bonjour,\n\nPour ma comptabilité, j'aurais besoin d'un duplicata du relevé de paiements du "
                   "mois de juin 2025, ainsi que d'une attestation annuelle des sommes versées en 2024.\n\n"
                   f"Merci\nA. Lacroix - pédicure-podologue - RPPS {r}\n"))

    # ---- security incident (3)
    r = rpps()
    add("secu-patients-appels-frauduleux", "auto_reply", "security_incident",
        build(sender="Dr Corinne Vidal <corinne.vidal.med@gmail.com>",
              subject="Appels suspects à mes patients - fuite de données ?", date=when(11, 9, 17, 50),
              text="Bonjour,\n\nPlusieurs de mes patients m'ont signalé avoir reçu des appels de personnes se "
                   "présentant comme leur mutuelle et connaissant leur numéro de sécurité sociale. Est-ce lié à la "
                   "cyberattaque de février 2024 ? Quelles données ont été exposées exactement et que dois-je "
                   "leur conseiller ?\n\nDr C. Vidal\n" f"RPPS {r}\n"))
    add("secu-assure-donnees-volees", "auto_reply", "security_incident",
        build(sender="Bernard Lefèvre <b.lefevre1957@laposte.net>",
              subject="Mes données ont-elles été piratées ?", date=when(19, 9, 10, 25),
              text="Bonjour,\nJ'ai lu dans la presse que vous aviez été victime d'un piratage informatique. "
                   "Comment savoir si mes informations (numéro de sécu, date de naissance) ont été volées ? "
                   "J'ai reçu un SMS bizarre me demandant de mettre à jour ma carte Vitale.\n"
                   "Cordialement\nB. Lefèvre\n"))
    add("secu-compte-usurpe", "auto_reply", "security_incident",
        build(sender="Laboratoire Biolam <direction@biolam-labo.fr>",
              subject="URGENT - suspicion d'utilisation frauduleuse de nos identifiants", date=when(6, 10, 8, 5),
              text="Bonjour,\n\nNous avons constaté des connexions à notre compte professionnel depuis une adresse "
                   "IP étrangère que nous ne connaissons pas, cette nuit entre 2h et 4h, avec consultation de "
                   "droits de patients. Nous craignons une usurpation de notre compte comme lors de l'attaque de "
                   "2024.\nMerci de nous indiquer la marche à suivre en urgence.\n\nDirection - Laboratoire Biolam\n"))

    # ---- bank details (3)
    rib = simple_pdf(["RELEVÉ D'IDENTITÉ BANCAIRE", "Titulaire : SELARL DR ROCHE ANTOINE",
                      "IBAN : FR76 3000 4000 0312 3456 7890 143", "BIC : BNPAFRPPXXX"])
    add("bank-nouveau-rib-pj", "auto_reply", "bank_details",
        build(sender="Dr Antoine Roche <antoine.roche.chirdent@gmail.com>",
              subject="Changement de coordonnées bancaires", date=when(9, 9, 12, 15),
              text="Bonjour,\n\nSuite au passage de mon cabinet en SELARL, mes paiements doivent désormais être "
                   "versés sur le compte de la société. Vous trouverez le nouveau RIB en pièce jointe, merci d'en "
                   "tenir compte dès le prochain virement.\n\nCordialement,\nDr Antoine Roche\n",
              files=[(rib, "RIB_SELARL.pdf", "pdf")]))
    add("bank-iban-dans-texte", "auto_reply", "bank_details",
        build(sender="Compta Ambulances Horizon <compta.amb.horizon@gmail.com>", subject="nouvel IBAN",
              date=when(18, 9, 16, 42),
              text="Bonjour\nmerci de bien vouloir modifier l'IBAN sur lequel vous nous réglez :\n"
                   "FR76 1027 8060 3100 0205 5240 178\nBIC CMCIFR2A\nà compter de ce jour. L'ancien compte sera "
                   "clôturé fin du mois.\nCdt\nla comptabilité\n"))
    add("bank-urgent-anglais", "auto_reply", "bank_details",
        build(sender="Pharmacie du Centre <pharmaciecentre.payments@outlook.com>",
              subject="Urgent: update of bank account for payments", date=when(2, 10, 23, 48),
              text="Dear team,\n\nDue to an audit of our accounts, all future tiers payant payments must be sent "
                   "to our new bank account below, effective immediately. Please confirm once the change is "
                   "done.\n\nIBAN: LT12 3250 0246 7123 4567\nSWIFT: REVOLT21\n\nRegards,\nAccounting dept.\n"
                   "Pharmacie du Centre\n"))


def report_raw(kind: str, human: str, machine: str, original: str, *, sender: str, subject: str,
               date: datetime, return_path: str, domain: str, headers: dict[str, str] | None = None) -> bytes:
    """A multipart/report written by hand, the way MTAs and MUAs emit them."""
    boundary = f"----=_Report_{rnd.randint(10**8, 10**9)}"
    lines = [f"Return-Path: {return_path}", f"From: {addr_hdr(sender)}", f"To: {TO}", f"Subject: {hdr(subject)}",
             f"Date: {format_datetime(date)}", f"Message-ID: {make_msgid(domain=domain)}"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    lines += ["MIME-Version: 1.0", f'Content-Type: multipart/report; report-type={kind};',
              f'\tboundary="{boundary}"', "", "This is a MIME-encapsulated message.", "",
              f"--{boundary}", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "",
              human.replace("\n", "\r\n"), f"--{boundary}", f"Content-Type: message/{kind}", "",
              machine, f"--{boundary}", "Content-Type: text/rfc822-headers", "", original,
              f"--{boundary}--", ""]
    return "\r\n".join(lines).encode("utf-8")


def machines() -> None:
    # 1 DSN from MAILER-DAEMON, null Return-Path
    orig = ("From: Service Tiers Payant <factures@tiers-payant.example.fr>\r\n"
            "To: cabinet.dupont-ancien@wanadoo.fr\r\n"
            "Subject: Accusé de réception de votre envoi\r\n"
            "Date: Mon, 22 Sep 2025 09:02:11 +0200\r\n"
            "Message-ID: <ack-20250922-0902-771@tiers-payant.example.fr>\r\n")
    dsn = lambda **kw: report_raw("delivery-status",
                 "This is the mail system at host mx1.tiers-payant.example.fr.\n\nI'm sorry to have to inform you "
                 "that your message could not be delivered to one or more recipients.\n\n"
                 "<cabinet.dupont-ancien@wanadoo.fr>: host smtp-in.orange.fr[80.12.26.34] said: 550 5.1.1 "
                 "<cabinet.dupont-ancien@wanadoo.fr>: Recipient address rejected: User unknown\n",
                 "Reporting-MTA: dns; mx1.tiers-payant.example.fr\r\nArrival-Date: Mon, 22 Sep 2025 09:02:11 +0200\r\n"
                 "\r\nFinal-Recipient: rfc822; cabinet.dupont-ancien@wanadoo.fr\r\nAction: failed\r\n"
                 "Status: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\r\n", orig, **kw)
    add("ignore-dsn-mailer-daemon", "ignore", "delivery failure",
        dsn(sender="MAILER-DAEMON@mx1.tiers-payant.example.fr (Mail Delivery System)",
               subject="Undelivered Mail Returned to Sender", date=when(22, 9, 9, 2), return_path="<>",
               headers={"Auto-Submitted": "auto-replied"}, domain="mx1.tiers-payant.example.fr"))

    # 2 read receipt (disposition-notification)
    orig = ("From: Service Tiers Payant <factures@tiers-payant.example.fr>\r\n"
            "To: secretariat@cabinet-rhumato.example.fr\r\n"
            "Subject: Demande de complément d'information - dossier 25-80211\r\n"
            "Message-ID: <dci-25-80211@tiers-payant.example.fr>\r\n")
    mdn = lambda **kw: report_raw("disposition-notification",
                 "Ceci est un accusé de réception pour le message que vous avez envoyé à "
                 "secretariat@cabinet-rhumato.example.fr.\n\nRemarque : cet accusé de réception indique seulement "
                 "que le message a été affiché sur l'ordinateur du destinataire.\n",
                 "Reporting-UA: cabinet-rhumato.example.fr; Thunderbird 128.2.0\r\n"
                 "Final-Recipient: rfc822;secretariat@cabinet-rhumato.example.fr\r\n"
                 "Original-Message-ID: <dci-25-80211@tiers-payant.example.fr>\r\n"
                 "Disposition: manual-action/MDN-sent-manually; displayed\r\n", orig, **kw)
    add("ignore-accuse-lecture", "ignore", "read receipt",
        mdn(sender="Secrétariat <secretariat@cabinet-rhumato.example.fr>",
               subject="Accusé de réception (affiché) : Demande de complément d'information - dossier 25-80211",
               date=when(29, 9, 14, 48), return_path="<secretariat@cabinet-rhumato.example.fr>",
               domain="cabinet-rhumato.example.fr"))

    # 3 out-of-office with RFC headers
    add("ignore-absence-auto-submitted", "ignore", "out of office",
        build(sender="Dr Hugo Marchand <h.marchand@medecins-lannion.fr>",
              subject="Absence : Re: Votre facture n° HM-2025-0088", date=when(15, 9, 10, 1),
              headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"},
              text="Bonjour,\n\nJe suis absent du cabinet du 15/09 au 29/09/2025 inclus. Pour toute urgence, "
                   "contactez le Dr Le Floch au 02 96 00 00 00.\n\nDr Hugo Marchand\n"))

    # 4 Outlook-style automatic reply in English, only Exchange hints
    add("ignore-outlook-automatic-reply", "ignore", "out of office",
        build(sender="Sarah Cohen <s.cohen@dental-clinic-nice.fr>",
              subject="Automatic reply: Remittance advice September 2025", date=when(1, 10, 6, 30),
              headers={"X-Auto-Response-Suppress": "All", "X-MS-Exchange-Inbox-Rules-Loop": "s.cohen@dental-clinic-nice.fr",
                       "Thread-Topic": "Remittance advice September 2025"},
              text="Thank you for your email. I am out of the office until Monday 6 October with limited access "
                   "to email. For invoicing matters please write to billing@dental-clinic-nice.fr.\n\nSarah\n",
              html="<html><body><p>Thank you for your email. I am out of the office until Monday 6 October with "
                   "limited access to email. For invoicing matters please write to "
                   "billing@dental-clinic-nice.fr.</p><p>Sarah</p></body></html>"))

    # 5 newsletter, HTML only, List-Unsubscribe
    add("ignore-newsletter-logiciel", "ignore", "newsletter",
        build(sender="MediLogiciel <newsletter@news.medilogiciel.fr>",
              subject="📢 Nouveautés octobre : facturation SESAM-Vitale 1.40 addendum 8", date=when(1, 10, 7, 0),
              return_path="<bounce-8812-factures=tiers-payant.example.fr@news.medilogiciel.fr>",
              headers={"List-Unsubscribe": "<https://news.medilogiciel.fr/u/8812>, <mailto:unsub-8812@news.medilogiciel.fr>",
                       "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk",
                       "X-Mailer": "Sendinblue"},
              html="<html><body><table width='600'><tr><td><h1>Les nouveautés d'octobre</h1><p>Découvrez la "
                   "nouvelle version de votre logiciel : télétransmission plus rapide, gestion des rejets "
                   "simplifiée et tableau de bord tiers payant.</p><p><a href='https://news.medilogiciel.fr/c/1'>"
                   "Je découvre</a></p><p style='font-size:10px'>Vous recevez cet e-mail car vous êtes client "
                   "MediLogiciel. <a href='https://news.medilogiciel.fr/u/8812'>Se désinscrire</a></p></td></tr>"
                   "</table></body></html>"))

    # 6 mailing list
    add("ignore-liste-diffusion-syndicat", "ignore", "mailing list",
        build(sender="Liste URPS Infirmiers <urps-infos@listes.urps-example.fr>",
              subject="[urps-infos] Compte rendu de l'assemblée du 18 septembre", date=when(23, 9, 18, 0),
              return_path="<urps-infos-bounces@listes.urps-example.fr>",
              headers={"List-Id": "Informations URPS <urps-infos.listes.urps-example.fr>",
                       "List-Post": "<mailto:urps-infos@listes.urps-example.fr>",
                       "List-Unsubscribe": "<mailto:urps-infos-leave@listes.urps-example.fr>",
                       "Precedence": "list", "Sender": "urps-infos-bounces@listes.urps-example.fr"},
              text="Chères consœurs, chers confrères,\n\nVous trouverez ci-dessous le compte rendu de l'assemblée "
                   "du 18 septembre : revalorisation des actes AMI, point sur les retards de paiement des "
                   "complémentaires en tiers payant, calendrier des formations.\n\n--\nurps-infos mailing list\n"
                   "Pour vous désinscrire : urps-infos-leave@listes.urps-example.fr\n"))

    # 7 spam, english
    add("ignore-spam-seo", "ignore", "spam",
        build(sender="Kevin Brown <kevin@rank-growth-seo.top>", subject="Re: Your website ranking",
              date=when(17, 9, 3, 12),
              text="Hello,\n\nI was checking your website and noticed it is not on the first page of Google for "
                   "important keywords. We can bring it to the top 3 in 30 days with guaranteed results.\n\n"
                   "Reply YES to get a free audit.\n\nBest,\nKevin\n"))

    # 8 phishing: fake mailbox quota, HTML
    add("ignore-phishing-quota", "ignore", "phishing",
        build(sender="Administrateur Messagerie <admin@tiers-payant-example-fr.secure-mail.ru>",
              subject="Votre boîte aux lettres a atteint 98% de sa capacité", date=when(20, 9, 2, 41),
              return_path="<noreply@secure-mail.ru>",
              html="<html><body><p>Cher utilisateur factures@tiers-payant.example.fr,</p><p>Votre boîte aux "
                   "lettres a atteint <b>98%</b> de sa capacité. Les nouveaux messages seront rejetés sous 24 "
                   "heures.</p><p><a href='http://secure-mail.ru/owa/verify?u=factures'>Cliquez ici pour "
                   "augmenter votre quota</a></p><p>Équipe informatique</p></body></html>"))


def unclear() -> None:
    add("review-rappel-sans-contexte", "review", "no context, phone call back",
        build(sender="Isabelle <isa.m.69@gmail.com>", subject="suite à notre appel", date=when(26, 9, 11, 51),
              text="Bonjour,\ncomme convenu au téléphone ce matin je vous renvoie mon mail. Pouvez-vous me "
                   "rappeler au 06 12 34 56 78 ?\nMerci\nIsabelle\n"))
    docx = b"PK\x03\x04" + bytes(rnd.getrandbits(8) for _ in range(3000))
    add("review-piece-jointe-docx-sans-texte", "review", "unknown sender, only a word document",
        build(sender="m.rey@cegetel.net", subject="Document", date=when(4, 10, 16, 22), text="",
              files=[(docx, "courrier.docx",
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]))


if __name__ == "__main__":
    claims()
    tickets()
    auto_replies()
    machines()
    unclear()
    write()
