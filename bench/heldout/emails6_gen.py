"""Generate bench/heldout/emails6: a sixth held-out triage set, written blind.

    .venv/bin/python bench/heldout/emails6_gen.py          # writes emails6/nNNN.eml + .eml.json
    .venv/bin/python bench/heldout/emails6_gen.py --why    # prints name, truth and the reason

Deterministic (seeded). File names are neutral (n001..n080) in a seeded shuffled order; the
one-line rationale for each ground truth lives only here (printed by --why).
"""

from __future__ import annotations

import io
import json
import random
import sys
from datetime import datetime, timedelta, timezone
from email.charset import BASE64, QP, Charset, add_charset
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

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from stdnum import luhn

OUT = Path(__file__).resolve().parent / "emails6"
TO = "factures@tiers-payant.example.fr"
rnd = random.Random(6060626)
add_charset("windows-1252", QP, QP, None)
PARIS = timezone(timedelta(hours=1))
BASE = datetime(2025, 11, 3, 8, 12, tzinfo=PARIS)


# ---------------------------------------------------------------- identifiers
def digits(n: int) -> str:
    return "".join(str(rnd.randint(0, 9)) for _ in range(n))


def rpps() -> str:
    body = "10" + digits(8)
    return body + luhn.calc_check_digit(body)


def adeli(dept: str, code: str) -> str:
    body = dept + code + digits(4)
    return body + luhn.calc_check_digit(body)


def finess(dept: str) -> str:
    body = dept + "0" + digits(5)
    return body + luhn.calc_check_digit(body)


def nir(sex: int | None = None) -> str:
    sex = sex or rnd.choice([1, 2])
    first = f"{sex}{rnd.randint(38, 99):02d}{rnd.randint(1, 12):02d}" \
            f"{rnd.choice(['75', '69', '13', '33', '59', '29', '31', '44', '63', '57'])}" \
            f"{rnd.randint(1, 350):03d}{rnd.randint(1, 890):03d}"
    return f"{first}{97 - int(first) % 97:02d}"


def spaced_nir(n: str) -> str:
    return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"


def eur(x: float) -> str:
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s + " \u20ac"


def iban_fr() -> str:
    bban = digits(5) + digits(5) + digits(11) + digits(2)
    num = int(bban + "152700")
    return f"FR{98 - num % 97:02d}{bban}"


def grp4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- documents
def pdf(lines: list[str], title: str = "") -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    if title:
        c.setTitle(title)
    y = 800
    for ln in lines:
        if ln.startswith("##"):
            c.setFont("Helvetica-Bold", 13)
            ln = ln[2:].strip()
        else:
            c.setFont("Helvetica", 10)
        c.drawString(50, y, ln)
        y -= 16
        if y < 60:
            c.showPage()
            y = 800
    c.showPage()
    c.save()
    return buf.getvalue()


def picture(lines: list[str], fmt: str, skew: float = 0.0, blur: float = 0.0) -> bytes:
    try:  # a font with accents and the euro sign
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 15)
    except OSError:
        font = ImageFont.load_default(size=15)
    img = Image.new("L", (900, 60 + 24 * len(lines)), 250)
    d = ImageDraw.Draw(img)
    for i, ln in enumerate(lines):
        d.text((30, 25 + 24 * i), ln.replace("##", ""), fill=20, font=font)
    if skew:
        img = img.rotate(skew, expand=True, fillcolor=235)
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    out = io.BytesIO()
    if fmt == "tiff":
        img.point(lambda v: 255 if v > 140 else 0).convert("1", dither=Image.Dither.NONE).save(out, "TIFF", compression="group4", dpi=(204, 196))
    elif fmt == "jpeg":
        img.convert("RGB").save(out, "JPEG", quality=70)
    else:
        img.save(out, "PNG")
    return out.getvalue()


def invoice(prof: str, who: str, idlabel: str, ident: str, town: str, patient: str,
            n: str, acts: list[tuple[str, str, float]], number: str, issued: str,
            kind: str = "FACTURE", amo_rate: float = 0.6, extra: list[str] | None = None,
            over: float = 0.0) -> tuple[list[str], float]:
    """Lines of a plausible document; amounts add up (total = AMO + AMC + patient)."""
    base = round(sum(a[2] for a in acts), 2)
    total = round(base + over, 2)
    amo = round(base * amo_rate, 2)
    amc = round(base - amo + over * 0.5, 2)
    rac = round(total - amo - amc, 2) + 0.0  # no "-0,00"
    ls = [f"##{kind}", who, prof, f"{idlabel} : {ident}", town, "",
          f"N\u00b0 {number}    \u00c9mise le {issued}",
          f"Patient : {patient}", f"NIR : {spaced_nir(n)}", ""]
    if extra:
        ls += extra + [""]
    w = max(25, max(len(a[1]) for a in acts) + 3)
    ls.append(f"{'Date':<12}{'Acte / code':<{w}}Montant")
    for d, code, amt in acts:
        ls.append(f"{d:<12}{code:<{w}}{eur(amt)}")
    if over:
        label = "D\u00e9passement"
        ls.append(f"{'':<12}{label:<{w}}{eur(over)}")
    ls += ["", f"Total : {eur(total)}", f"Part AMO : {eur(amo)}", f"Part AMC : {eur(amc)}",
           f"Reste \u00e0 charge : {eur(rac)}"]
    return ls, total


# ---------------------------------------------------------------- messages
def cs(name: str, enc: str) -> Charset:
    c = Charset(name)
    c.body_encoding = {"qp": QP, "b64": BASE64}[enc]
    return c


def text(body: str, charset: str = "utf-8", enc: str = "qp", sub: str = "plain") -> MIMEText:
    if charset == "us-ascii":
        if all(ord(ch) < 128 for ch in body):
            return MIMEText(body, sub, "us-ascii")
        charset = "utf-8"
    if charset == "iso-8859-1":  # what a latin-1 mail client really sends
        body = body.replace("\u20ac", "EUR").replace("\u0153", "oe").replace("\u2019", "'")
    return MIMEText(body, sub, cs(charset, enc))


def hdr(s: str, charset: str = "utf-8"):
    return s if all(ord(ch) < 128 for ch in s) else Header(s, charset)


COUNTER = [0]


def when() -> datetime:
    COUNTER[0] += 1
    return BASE + timedelta(hours=7 * COUNTER[0] + rnd.randint(0, 5), minutes=rnd.randint(0, 59))


def mail(frm: tuple[str, str], subject: str, body: str | None = None, *, html: str | None = None,
         charset: str = "utf-8", enc: str = "qp", atts: list[tuple[str, bytes]] | None = None,
         headers: dict[str, str] | None = None, to: str = TO) -> Message:
    parts = []
    if body is not None and html is not None:
        alt = MIMEMultipart("alternative")
        alt.attach(text(body, charset, enc))
        alt.attach(text(html, charset, enc, "html"))
        parts.append(alt)
    elif html is not None:
        parts.append(text(html, charset, enc, "html"))
    elif body is not None:
        parts.append(text(body, charset, enc))
    for fname, data in atts or []:
        ext = fname.rsplit(".", 1)[-1].lower()
        if ext == "pdf":
            p = MIMEApplication(data, "pdf")
        elif ext in ("jpg", "jpeg"):
            p = MIMEImage(data, "jpeg")
        elif ext == "png":
            p = MIMEImage(data, "png")
        elif ext in ("tif", "tiff"):
            p = MIMEImage(data, "tiff")
        else:
            p = MIMEApplication(data)
        p.add_header("Content-Disposition", "attachment", filename=fname)
        parts.append(p)
    if len(parts) == 1 and not atts:
        m = parts[0]
    else:
        m = MIMEMultipart("mixed")
        if not parts:
            m.preamble = ""
        for p in parts:
            m.attach(p)
    name, addr = frm
    m["From"] = formataddr((str(Header(name, "utf-8")) if any(ord(c) > 127 for c in name) else name, addr))
    m["To"] = to
    if subject is not None:
        m["Subject"] = hdr(subject, charset if charset != "us-ascii" else "utf-8")
    m["Date"] = format_datetime(when())
    dom = addr.split("@")[-1]
    m["Message-ID"] = f"<{digits(10)}.{digits(6)}@{dom}>"
    for k, v in (headers or {}).items():
        m[k] = v
    return m


SET: list[tuple[str, str, str, Message]] = []


def add(action: str, reason: str, why: str, m: Message) -> None:
    SET.append((action, reason, why, m))


def d(day: int, month: int = 10, year: int = 2025) -> str:
    return f"{day:02d}/{month:02d}/{year}"


# ================================================================ CLAIMS (22)
# 1 infirmier, short body
r = adeli("29", "61"); p = nir(2)
doc, tot = invoice("Infirmier libéral", "Yannick Le Gall", "N° ADELI", r, "12 rue de Kerfeunteun 29000 Quimper",
                   "Mme Odette Quéré", p,
                   [(d(6), "AMI 1 + IFD", 6.30 + 2.75), (d(7), "AMI 1 + IFD", 9.05), (d(8), "AMI 4,1 + IFD", 28.58)],
                   "YLG-2025-311", d(9))
add("claim", "", "infirmier: facture soins à domicile, PDF, body one line",
    mail(("Yannick Le Gall", "ylegall.idel@orange.fr"), f"Facture soins Mme Quéré - ADELI {r}",
         "Bonjour,\nJe vous transmets la facture des pansements de Mme Quéré (semaine du 6 octobre).\nY. Le Gall\n",
         atts=[("facture_YLG-2025-311.pdf", pdf(doc))]))

# 2 kiné, no body at all
r = rpps(); p = nir(1)
doc, tot = invoice("Masseur-kinésithérapeute D.E.", "Cabinet de kiné des Tanneurs - Inès Berthou", "RPPS", r,
                   "3 place des Tanneurs 67000 Strasbourg", "M. Lucien Wendling", p,
                   [(d(i, 9), "AMK 7,5", 16.13) for i in (2, 4, 9, 11, 16, 18, 23, 25)], "NH-0931", d(30, 9),
                   kind="NOTE D'HONORAIRES")
add("claim", "", "kiné: note d'honoraires PDF, no text body, no subject words besides number",
    mail(("Ines Berthou", "kine.tanneurs@gmail.com"), "NH-0931", None, atts=[("NH-0931.pdf", pdf(doc))]))

# 3 sage-femme, side question about the fax line
r = rpps(); p = nir(2)
doc, tot = invoice("Sage-femme libérale", "Clémence Aubrac", "RPPS", r, "41 avenue Foch 63000 Clermont-Ferrand",
                   "Mme Sabrina Dos Santos", p,
                   [(d(13), "SF 12 (suivi post-natal)", 33.60), (d(20), "SF 12 (suivi post-natal)", 33.60),
                    (d(20), "IFD sage-femme", 4.00)], "CA-25-1044", d(21))
add("claim", "", "sage-femme invoice with an unrelated aside (is the fax still working?) - still claim",
    mail(("Clémence Aubrac", "c.aubrac.sf@laposte.net"), "visites post-natales Dos Santos",
         "Bonjour,\n\nvoici ma facture pour les deux visites à domicile de Mme Dos Santos après sa sortie de maternité.\n\n"
         "Petite question sans rapport : votre numéro de fax fonctionne-t-il encore ? Une consœur m'a dit que "
         "vous alliez l'arrêter, je préfère savoir avant d'envoyer les prochaines.\n\nBien cordialement,\n"
         f"Clémence Aubrac, sage-femme\nRPPS {r}\n", atts=[("CA-25-1044.pdf", pdf(doc))]))

# 4 pédicure, JPEG phone photo, sms style
r = adeli("33", "81"); p = nir(1)
doc, tot = invoice("Pédicure-podologue", "Marc Dufourcq", "ADELI", r, "Mérignac", "M. René Capdeville", p,
                   [(d(15), "Soins de prévention grade 2", 27.00), (d(29), "Soins de prévention grade 2", 27.00)],
                   "2025/118", d(29), amo_rate=0.7)
add("claim", "", "pédicure-podologue invoice photographed (JPEG, slightly rotated), sms-style body",
    mail(("marc dufourcq", "marc.dufourcq33@free.fr"), "facture",
         "slt facture podo en pj pr M Capdeville, dsl pr la photo jai pas de scanner\n\nEnvoyé de mon iPhone",
         atts=[("IMG_4471.JPG", picture(doc, "jpeg", skew=2.5))]))

# 5 orthophoniste, formal letter, iso-8859-1 qp
r = adeli("69", "91"); p = nir(1)
doc, tot = invoice("Orthophoniste", "Hélène Rivoire-Chassagne", "ADELI", r, "8 quai Saint-Vincent 69001 Lyon",
                   "Enfant Noé Barthélémy (né le 14/02/2017) - assuré : père", p,
                   [(d(i), "AMO 10,7 bilan/rééducation", 26.75) for i in (1, 8, 15, 22)], "HRC/2025/0412", d(31))
add("claim", "", "orthophoniste: formal cover letter, child beneficiary, latin-1 quoted-printable",
    mail(("Hélène Rivoire-Chassagne", "h.rivoire.ortho@wanadoo.fr"), "Transmission de facture - séances d'octobre",
         "Madame, Monsieur,\n\nVeuillez trouver ci-joint la facture relative aux séances de rééducation "
         "orthophonique dispensées au jeune Noé Barthélémy au cours du mois d'octobre, dans le cadre du "
         "tiers payant intégral consenti à la famille.\n\nL'ordonnance du Dr Pélissier demeure valable jusqu'en "
         "mars ; je la tiens à votre disposition.\n\nJe vous prie d'agréer, Madame, Monsieur, l'expression de mes "
         "salutations distinguées.\n\nH. Rivoire-Chassagne\nOrthophoniste - ADELI " + r + "\n",
         charset="iso-8859-1", atts=[("facture HRC-2025-0412.pdf", pdf(doc))]))

# 6 dentiste devis via secretary
r = rpps(); p = nir(2)
doc, tot = invoice("Chirurgien-dentiste", "Dr Karim Benali", "RPPS", r, "Centre-ville, 13001 Marseille",
                   "Mme Fatima Zerrouki", p,
                   [("", "HBLD036 couronne céramo-métal 26", 500.00), ("", "HBLD036 couronne céramo-métal 36", 500.00)],
                   "DV-2025-0788", d(10), kind="DEVIS - DEMANDE DE PRISE EN CHARGE", amo_rate=0.12, over=140.0)
add("claim", "", "dentiste devis (demande de PEC, prothèse) sent by the practice secretary",
    mail(("Secrétariat Dr Benali", "secretariat.benali@cabinet-dentaire13.fr"),
         "Demande de PEC prothétique - Mme ZERROUKI",
         "Bonjour,\n\nPour le compte du Dr Benali, je vous adresse le devis de deux couronnes pour Mme Zerrouki, "
         "afin d'obtenir l'accord de sa complémentaire avant la pose prévue fin novembre.\n\n"
         "Merci de nous retourner la réponse à cette adresse.\n\nSandrine, secrétaire\n"
         f"Cabinet du Dr Karim Benali - RPPS {r}\n04 91 00 00 00\n", charset="windows-1252",
         atts=[("devis_zerrouki.pdf", pdf(doc))]))

# 7 opticien demande de PEC, HTML only
r = finess("35"); p = nir(1)
doc, tot = invoice("Opticien", "Optique des Lices", "FINESS", r, "Place des Lices 35000 Rennes",
                   "M. Gwenaël Hamon", p,
                   [("", "Monture classe B LPP 2223342", 95.00), ("", "Verre unifocal classe B x2", 210.00)],
                   "PEC-58412", d(17), kind="DEMANDE DE PRISE EN CHARGE OPTIQUE", amo_rate=0.02,
                   extra=["Prescription Dr Morvan du 02/10/2025", "Classe B - prix libres"])
add("claim", "", "opticien demande de PEC optique, HTML-only body",
    mail(("Optique des Lices", "contact@optique-lices.fr"), "PEC optique HAMON Gwenael",
         html="<html><body><p>Bonjour,</p><p>Vous trouverez en pi&egrave;ce jointe une <b>demande de prise en "
              "charge</b> pour un &eacute;quipement unifocal (M. Hamon).</p><p>Cordialement,<br>L'&eacute;quipe "
              f"Optique des Lices<br><small>FINESS {r}</small></p></body></html>",
         atts=[("PEC-58412.pdf", pdf(doc))]))

# 8 audioprothésiste devis as PNG, long signature
r = rpps(); p = nir(1)
doc, tot = invoice("Audioprothésiste D.E.", "Audition Sologne - Pierre-Yves Marchand", "RPPS", r,
                   "Romorantin-Lanthenay", "M. Bernard Thuillier (82 ans)", p,
                   [("", "Aide auditive classe II droite", 1450.00), ("", "Aide auditive classe II gauche", 1450.00)],
                   "AS-DV-2025-207", d(22), kind="DEVIS NORMALISÉ - AIDES AUDITIVES", amo_rate=0.083)
add("claim", "", "audioprothésiste devis as PNG image, long signature",
    mail(("P-Y Marchand - Audition Sologne", "pym@audition-sologne.fr"), "Devis appareillage M. Thuillier",
         "Bonjour,\n\nCi-joint le devis normalisé pour l'appareillage bilatéral de M. Thuillier. Il a choisi la "
         "classe II après essai de trois semaines, le reste à charge lui a été expliqué.\n\nMerci par avance pour "
         "votre retour.\n\n--\nPierre-Yves Marchand\nAudioprothésiste diplômé d'État\nAudition Sologne\n"
         f"RPPS {r}\n14 rue du Bourgeau 41200 Romorantin-Lanthenay\nTél. 02 54 00 00 00 - Fax 02 54 00 00 01\n"
         "Ouvert du mardi au samedi, sur rendez-vous\nAfin de préserver l'environnement, n'imprimez ce courriel "
         "que si nécessaire.\n", atts=[("devis_thuillier.png", picture(doc, "png"))]))

# 9 pharmacie, windows-1252, FINESS
r = finess("59"); p = nir(2)
doc, tot = invoice("Pharmacie d'officine", "Pharmacie du Beffroi", "FINESS", r, "Grand'Place 59500 Douai",
                   "Mme Josiane Lemaire", p,
                   [(d(27), "CIP 3400935955838 x3", 41.70), (d(27), "LPP 1137297 bas de contention", 29.90)],
                   "PH-2025-10-8812", d(27))
add("claim", "", "pharmacie invoice, windows-1252 quoted-printable, FINESS",
    mail(("Pharmacie du Beffroi", "ph.beffroi.douai@orange.fr"), "Facture tiers payant - Lemaire",
         "Bonjour,\nLa télétransmission de cette facture n'est pas passée (rejet technique côté logiciel), "
         "nous vous l'envoyons donc en PDF.\nBonne journée,\nL'équipe officinale\n",
         charset="windows-1252", atts=[("PH-2025-10-8812.pdf", pdf(doc))]))

# 10 laboratoire, terse
r = finess("31"); p = nir(1)
doc, tot = invoice("Laboratoire de biologie médicale", "BioLab Garonne - site Compans", "FINESS", r, "31000 Toulouse",
                   "M. Thierry Castagné", p,
                   [(d(3), "B 70 + TB", 18.90), (d(3), "B 52 HbA1c", 14.04), (d(3), "Forfait sécurité", 1.62)],
                   "BLG-7731204", d(4))
add("claim", "", "laboratoire: terse subject and body, PDF",
    mail(("Facturation BioLab Garonne", "facturation@biolab-garonne.fr"), "TP 7731204",
         "PJ : facture TP n° BLG-7731204.\n", charset="us-ascii", atts=[("BLG-7731204.pdf", pdf(doc))]))

# 11 centre de santé, two invoices
r = finess("93")
atts = []
for nm, pt in (("Mme Aminata Diallo", nir(2)), ("M. Rachid Haddad", nir(1))):
    doc, _ = invoice("Centre de santé polyvalent", "Centre de santé municipal Paul-Éluard", "FINESS", r,
                     "93200 Saint-Denis", nm, pt, [(d(rnd.randint(1, 25)), "G consultation", 30.00),
                                                   ("", "", 0.0)][:1], f"CMS-{digits(6)}", d(28))
    atts.append((f"facture_{nm.split()[-1].lower()}.pdf", pdf(doc)))
add("claim", "", "centre de santé: two invoices in one mail, body lists them",
    mail(("Centre de santé Paul-Éluard - Facturation", "facturation.cms@ville-exemple93.fr"),
         "Envoi de 2 factures tiers payant",
         "Bonjour,\n\nVeuillez trouver 2 factures :\n- Mme Diallo, consultation\n- M. Haddad, consultation\n\n"
         "Le service facturation\n", atts=atts))

# 12 transport sanitaire, typos, no accents
r = finess("44"); p = nir(1)
doc, tot = invoice("Transport sanitaire - Ambulances", "Ambulances de l'Erdre", "FINESS", r, "44240 La Chapelle-sur-Erdre",
                   "M. Joseph Guérin", p,
                   [(d(14), "Forfait agglo + km (ALLER)", 67.82), (d(14), "Forfait agglo + km (RETOUR)", 67.82)],
                   "AE-25-04417", d(15), amo_rate=0.65)
add("claim", "", "transport sanitaire invoice; body with typos and no accents",
    mail(("Ambulances de l Erdre", "ambulances.erdre@sfr.fr"), "facture transport dialyse GUERIN",
         "bonjour\nci joint facture du transprt aller retour de mr guerin pour sa seance du 14 , la prescription "
         "medicale de transport est jointe a la suite dans le meme pdf\ncdlt\nla regulation\n",
         charset="us-ascii", atts=[("AE-25-04417.pdf", pdf(doc + ["", "##PRESCRIPTION MEDICALE DE TRANSPORT",
                                                                     "Dr A. Perrin - dialyse 3x/semaine"]))]))

# 13 psychiatre, unrelated question about postal address
r = rpps(); p = nir(2)
doc, tot = invoice("Psychiatre - secteur 2", "Dr Anne-Laure Viguier", "RPPS", r, "75006 Paris", "Mme Léa Fontanel", p,
                   [(d(2), "CNPSY", 51.70), (d(16), "CNPSY", 51.70)], "ALV-2025-233", d(31), amo_rate=0.7, over=40.0)
add("claim", "", "psychiatre note d'honoraires; asks in passing for the postal address - still claim",
    mail(("Dr Anne-Laure Viguier", "al.viguier@medecin.mssante.fr"), f"Note d'honoraires - RPPS {r}",
         "Bonjour,\n\nNote d'honoraires en pièce jointe (deux consultations d'octobre).\n\n"
         "Par ailleurs, pourriez-vous m'indiquer à quelle adresse postale envoyer les originaux si on me les "
         "réclame un jour ? Je n'ai trouvé qu'un CS sans nom de service.\n\nMerci,\nDr Viguier\n",
         atts=[("NH_ALV-2025-233.pdf", pdf(doc))]))

# 14 fax-to-mail gateway, PDF
r = adeli("57", "61"); p = nir(2)
doc, tot = invoice("Infirmière DE", "Sylvie Hoffmann", "ADELI", r, "57000 Metz", "Mme Germaine Schmitt", p,
                   [(d(i), "AMI 1 injection", 3.15) for i in range(1, 11)], "SH-10-2025", d(11),
                   extra=["Tél 03 87 00 00 00  -  SIRET 80123456700015"])
add("claim", "", "fax-to-mail gateway message carrying an infirmière invoice PDF",
    mail(("eFax Service", "noreply@fax-gateway.example.net"), "Fax reçu de +33387000000 - 2 page(s)",
         "Vous avez reçu un fax.\n\nExpéditeur (TSI) : SHOFFMANN IDE\nNuméro appelant : +33 3 87 00 00 00\n"
         "Pages : 2\nReçu le : 12/10/2025 07:41\nRésolution : fine\n\nLe document est joint au format PDF.\n",
         atts=[("fax_20251012_074102.pdf", pdf(["SHOFFMANN IDE   12/10/2025 07:39   p.1/2"] + doc))]))

# 15 fax-to-mail gateway, TIFF G4
r = adeli("06", "71"); p = nir(1)
doc, tot = invoice("Masseur-kinésithérapeute", "Jean-Marc Orsini", "ADELI", r, "06300 Nice", "M. Paul Giordano", p,
                   [(d(i), "AMK 8,5 rachis", 18.28) for i in (6, 8, 10, 13, 15)], "JMO-1187", d(17))
add("claim", "", "fax gateway, TIFF class F (G4) attachment, English gateway wording",
    mail(("FaxMail Gateway", "fax2mail@gw.example.com"), "New fax from 0493000000 (1 page)",
         "A new fax was received.\nRemote ID: ORSINI KINE\nPages: 1\nDuration: 00:42\n",
         charset="us-ascii", atts=[("fax000217.tif", picture(["04 93 00 00 00 ORSINI KINE 17/10/2025"] + doc, "tiff"))]))

# 16 billing company on behalf of an infirmière
r = rpps(); p = nir(2)
doc, tot = invoice("Infirmière libérale", "Nadia Belkacem", "RPPS", r, "84000 Avignon", "Mme Paulette Roux", p,
                   [(d(i), "AMI 5,8 + MAU", 19.57) for i in (20, 21, 22, 23)], "FS-84-002913", d(24))
add("claim", "", "billing company (société de facturation) sends an invoice on behalf of a nurse",
    mail(("FactuSoins Gestion", "envois@factusoins-gestion.fr"), f"[FactuSoins] Facture FS-84-002913 / RPPS {r}",
         "Madame, Monsieur,\n\nMandatés par Mme Nadia Belkacem, infirmière libérale, nous vous transmettons la "
         "facture ci-jointe. Tout échange relatif à ce dossier peut se faire avec notre service.\n\n"
         "FactuSoins Gestion - externalisation de la facturation des professionnels de santé\n",
         atts=[("FS-84-002913.pdf", pdf(doc))]))

# 17 dentiste facture after accord, JPEG scan, utf-8 base64
r = rpps(); p = nir(1)
doc, tot = invoice("Chirurgien-dentiste", "Dr Sophie Marchetti", "RPPS", r, "20000 Ajaccio", "M. Antoine Susini", p,
                   [(d(24), "HBLD634 inlay-core", 122.55), (d(24), "HBLD350 couronne", 500.00)], "SM-F-0457", d(24),
                   amo_rate=0.12, over=80.0, extra=["Accord de prise en charge n° 2025-AC-118806 du 30/09/2025"])
add("claim", "", "dentiste final invoice after a PEC accord (new invoice, not a follow-up), JPEG scan, base64 body",
    mail(("Cabinet Marchetti", "cabinet.marchetti@gmail.com"), "Facture suite accord 2025-AC-118806",
         "Bonjour,\n\nSuite à votre accord du 30 septembre, voici la facture des soins réalisés le 24 octobre "
         "pour M. Susini.\n\nCordialement,\nDr Sophie Marchetti\n", enc="b64",
         atts=[("scan_facture.jpg", picture(doc, "jpeg"))]))

# 18 opticien facture, no accents
r = finess("13"); p = nir(2)
doc, tot = invoice("Opticien lunetier", "Vision Provence", "FINESS", r, "13100 Aix-en-Provence", "Mme Chloe Bonnet", p,
                   [(d(29), "Monture classe A (100% Sante)", 30.00), (d(29), "Verres progressifs classe A", 180.00)],
                   "VP-FA-22107", d(29), amo_rate=0.6)
add("claim", "", "opticien facture 100% Santé, accent-free body",
    mail(("Vision Provence", "vision.provence@orange.fr"), "Facture VP-FA-22107 - BONNET",
         "Bonjour\n\nSuite accord PEC recu le 21/10, ci-joint la facture de l equipement 100% sante de Mme Bonnet, "
         "livre le 29/10.\n\nBonne reception\nVision Provence\n", charset="us-ascii",
         atts=[("VP-FA-22107.pdf", pdf(doc))]))

# 19 English-writing nurse
r = rpps(); p = nir(1)
doc, tot = invoice("Infirmier libéral", "Thomas Whitfield", "RPPS", r, "74000 Annecy", "Mr. Daniel Fournier", p,
                   [(d(i), "AMI 2 + IFD", 9.05) for i in (2, 4, 6)], "TW-0052", d(7))
add("claim", "", "nurse writing in English, invoice PDF attached",
    mail(("Thomas Whitfield", "t.whitfield.nurse@gmail.com"), "Invoice for home care - Fournier",
         "Hello,\n\nPlease find attached my invoice for the home nursing visits to Mr Fournier (3 visits, early "
         f"October). My French is still a work in progress, sorry for writing in English.\n\nRPPS {r}\n\n"
         "Kind regards,\nTom Whitfield\n", charset="us-ascii", atts=[("invoice_TW-0052.pdf", pdf(doc))]))

# 20 empty subject/body, scan0001.pdf
r = adeli("75", "71"); p = nir(2)
doc, tot = invoice("Masseur-kinésithérapeute", "Olivier Nguyen", "N° ADELI", r, "75011 Paris", "Mme Marie Lefort", p,
                   [(d(i), "AMK 7,5", 16.13) for i in (7, 14, 21, 28)], "ON-25-6620", d(29))
add("claim", "", "no subject, no body; only scan0001.pdf which is a kiné note d'honoraires",
    mail(("olivier.nguyen.mk", "olivier.nguyen.mk@outlook.fr"), None, None, atts=[("scan0001.pdf", pdf(doc))]))

# 21 audioprothésiste invoice with a general gripe about delays (new invoice -> claim)
r = rpps(); p = nir(2)
doc, tot = invoice("Audioprothésiste", "Son & Vie Audition", "RPPS", r, "21000 Dijon", "Mme Colette Boivin", p,
                   [(d(30), "Aide auditive classe I droite (100% Santé)", 950.00),
                    (d(30), "Aide auditive classe I gauche (100% Santé)", 950.00)], "SVA-2025-0918", d(30),
                   amo_rate=0.126)
add("claim", "", "new audio invoice, body grumbles about slow payments in general but chases nothing specific",
    mail(("Son & Vie Audition", "compta@sonetvie-audition.fr"), "facture appareillage Boivin",
         "Bonjour,\n\nEncore une facture à traiter, en espérant que celle-ci sera réglée plus vite que la moyenne "
         "de ces derniers mois...\n\nMme Boivin, appareillage 100 % Santé livré le 30/10.\n\nA. Gauthier, gérante\n",
         atts=[("SVA-2025-0918.pdf", pdf(doc))]))

# 22 psychiatre via secretary, windows-1252, PNG of a feuille
r = rpps(); p = nir(1)
doc, tot = invoice("Psychiatre", "Dr Hugo Lambert", "RPPS", r, "35000 Rennes", "M. Kévin Le Bihan", p,
                   [(d(9), "CNPSY", 51.70), (d(23), "CNPSY", 51.70), (d(23), "MPC", 0.0)][:2], "HL-2025-10-41", d(31),
                   amo_rate=0.7)
add("claim", "", "psychiatre invoice sent by a shared secretariat, PNG attachment, windows-1252 base64 body",
    mail(("Secrétariat médical Colombier", "secretariat.colombier@medecins-rennes.fr"), "Facture Dr Lambert",
         "Bonjour,\nJe vous fais suivre la note d'honoraires du Dr Lambert (patient M. Le Bihan, deux séances).\n"
         "Le docteur n'utilise pas la télétransmission.\nCordialement,\nMaëlle - secrétariat\n",
         charset="windows-1252", enc="b64", atts=[("HL-2025-10-41.png", picture(doc, "png"))]))

# ================================================================ TICKETS (14)
r = adeli("62", "61")
add("ticket", "", "payment chase with file number and transmission date, no attachment",
    mail(("Murielle Delattre", "murielle.delattre.idel@orange.fr"), f"Dossier F2025-0912 non réglé - ADELI {r}",
         "Bonjour,\n\nLa facture F2025-0912 (Mme Carpentier), envoyée chez vous le 3 septembre, n'apparaît "
         "toujours sur aucun de mes relevés, ni celui du 30/09 ni celui du 31/10. Les autres factures de la même "
         "semaine ont été payées.\n\nPouvez-vous me dire ce qui bloque ?\n\nMurielle Delattre, IDE\n"))

r = rpps(); p = nir(2)
add("ticket", "", "contests a rejection 'droits non ouverts' and attaches an attestation de droits (not an invoice)",
    mail(("Julien Roche - kinésithérapeute", "julien.roche.mk@gmail.com"), "Contestation rejet dossier 55120987",
         "Bonjour,\n\nVotre bordereau du 14/10 indique un rejet pour « droits non ouverts à la date des soins » "
         "sur le dossier 55120987. La patiente m'a fourni l'attestation de sa mutuelle, valable depuis le 1er "
         "janvier : elle est jointe.\n\nMerci de relancer le paiement.\n\nJulien Roche\nRPPS " + r + "\n",
         atts=[("attestation_droits.pdf", pdf(["##ATTESTATION DE DROITS", "Mutuelle Exemple Santé",
                                              f"Assurée : NIR {spaced_nir(p)}", "Droits ouverts du 01/01/2025 au 31/12/2025",
                                              "Tiers payant : oui (optique, dentaire, auxiliaires médicaux)"]))]))

add("ticket", "", "partial payment: received less than expected on a given file",
    mail(("Pharmacie de la Gare", "pharmaciedelagare.vierzon@wanadoo.fr"), "Règlement partiel facture 2025-09-4471",
         "Bonjour,\n\nPour la facture 2025-09-4471 (part complémentaire attendue 67,50 €), nous n'avons reçu que "
         "42,30 € le 22/10, sans aucun motif sur le relevé. Il manque donc 25,20 €.\n\nMerci de vérifier.\n"
         "Pharmacie de la Gare - Vierzon\n", charset="iso-8859-1"))

add("ticket", "", "sms-style where-is-my-payment",
    mail(("Seb", "seb.kine.pau@gmail.com"), "paiement ?",
         "bjr tjs rien recu pr la facture 2219 du 12/08 (mme larrieu) ?? ca fait 2 mois et demi. merci de regarder\n"
         "seb, kine a pau\n", charset="us-ascii"))

add("ticket", "", "duplicate payment: asks how to refund the second transfer",
    mail(("Cabinet dentaire des Remparts", "compta@dentaire-remparts.fr"), "Double paiement à rembourser",
         "Madame, Monsieur,\n\nEn rapprochant nos comptes, nous constatons que la facture DR-2025-1307 "
         "(M. Hébert) a été réglée deux fois : 186,00 € le 02/10 et à nouveau 186,00 € le 09/10.\n\n"
         "Nous souhaitons vous restituer le trop-perçu. Merci de nous indiquer la procédure (virement, "
         "compensation sur un prochain règlement ?).\n\nLa comptabilité\n"))

r = adeli("38", "61")
add("ticket", "", "answers our request for complément d'information, quotes it, attaches the ordonnance",
    mail(("Laurence Vial", "laurence.vial.infirmiere@free.fr"), "RE: Demande de complément - dossier 7781234",
         "Bonjour,\nVoici l'ordonnance demandée, scannée recto.\nL. Vial\n\n"
         "-----Message d'origine-----\nDe : Service Tiers Payant\nEnvoyé : mardi 21 octobre 2025 10:02\n"
         "Objet : Demande de complément - dossier 7781234\n\n> Madame,\n> Afin de poursuivre le traitement de "
         "votre facture n° LV-0388, merci de nous\n> faire parvenir une copie de la prescription médicale.\n"
         "> Le service tiers payant\n",
         atts=[("ordonnance.jpg", picture(["##ORDONNANCE", "Dr Michel Favre - médecin généraliste - RPPS " + rpps(),
                                           "Le 01/10/2025", "Soins infirmiers à domicile : injection quotidienne",
                                           "pendant 1 mois. A domicile."], "jpeg", skew=-1.5))]))

r = rpps(); p = nir(1)
doc, tot = invoice("Masseur-kinésithérapeute", "Frédéric Morin", "RPPS", r, "49000 Angers", "M. Alain Besnard", p,
                   [(d(i, 6), "AMK 7,5", 16.13) for i in (3, 5, 10, 12)], "FM-2025-0601", d(13, 6))
add("ticket", "", "angry third reminder re-attaching an old (June) invoice - follow-up, not a new claim",
    mail(("Frédéric Morin", "fred.morin.kine@orange.fr"), "3ème RELANCE !!! facture FM-2025-0601 impayée depuis juin",
         "Bonjour,\n\nC'EST LA TROISIÈME FOIS que je vous envoie cette facture. Envoyée le 13 juin, relancée le "
         "2 septembre, relancée le 6 octobre. Toujours rien. Aucun accusé, aucune réponse, aucun rejet.\n\n"
         "Je vous la remets ENCORE en pièce jointe. Si je n'ai pas de nouvelles sous 8 jours je cesse le tiers "
         "payant pour tous vos adhérents.\n\nF. Morin\n", atts=[("FM-2025-0601.pdf", pdf(doc))]))

p = nir(2)
add("ticket", "", "régularisation after rejection for wrong NIR: gives the corrected number",
    mail(("Orthophonie Cabinet Voltaire", "ortho.voltaire@laposte.net"), "Rejet NIR erroné - facture OV-25-311",
         "Bonjour,\n\nLa facture OV-25-311 est revenue en rejet motif « identification assuré incorrecte ». "
         f"Effectivement, une erreur de saisie : le bon numéro est le {spaced_nir(p)}.\n\nPouvez-vous corriger "
         "et régler sans que je doive tout renvoyer ?\n\nMerci,\nCabinet Voltaire\n"))

add("ticket", "", "contests 'prescription expirée' rejection with the renewed prescription attached",
    mail(("Infirmiers Saint-Roch", "ide.saintroch@gmail.com"), "Contestation rejet - prescription expirée - dossier 60233871",
         "Bonjour,\n\nVous avez rejeté le dossier 60233871 au motif d'une prescription expirée. Or le médecin a "
         "renouvelé l'ordonnance le 28 août, soit avant les soins facturés (septembre). Le renouvellement est "
         "joint.\n\nMerci de revoir ce rejet.\n\nLe cabinet infirmier Saint-Roch\n",
         atts=[("renouvellement_ordonnance.pdf", pdf(["##ORDONNANCE (renouvellement)", "Dr C. Guillot", "28/08/2025",
                                                     "Soins infirmiers : pansement complexe 1 jour sur 2, 3 mois"]))]))

add("ticket", "", "pharmacy asks why a claim was cut ('plafond de garantie atteint')",
    mail(("Pharmacie Centrale Brive", "pharmacie.centrale.brive@orange.fr"), "Motif plafond atteint ??",
         "Bonjour,\nSur votre relevé du 28/10, la ligne du dossier 2025-10-0193 porte « plafond de garantie "
         "atteint » et seulement 12,00 € réglés sur 58,40 €. Le patient affirme n'avoir rien consommé cette année. "
         "Pouvez-vous vérifier auprès de la mutuelle ?\nCordialement\n", charset="windows-1252"))

add("ticket", "", "clinic in English: payment for a given invoice never arrived",
    mail(("Accounts - Riviera Physio", "accounts@riviera-physio.example.com"), "Outstanding payment INV-2025-0441",
         "Dear Sir or Madam,\n\nOur invoice INV-2025-0441, submitted on 2 September 2025 for Mrs Pellegrino, "
         "is still unpaid as of today. Could you let us know its status and, if it was rejected, the reason?\n\n"
         "Best regards,\nAccounts department\nRiviera Physio\n", charset="us-ascii"))

add("ticket", "", "reply in an existing ticket thread: still no transfer despite our answer",
    mail(("Dr Patrice Olivier", "p.olivier.dentiste@wanadoo.fr"), "RE: [Ticket #458812] Paiement dossier 3390127",
         "Bonjour,\n\nVous m'aviez répondu le 2/10 que le paiement serait effectué « sous dix jours ». Nous sommes "
         "début novembre et rien n'est arrivé.\n\nDr Olivier\n\n"
         "Le 02/10/2025 à 15:12, Service professionnels a écrit :\n> Bonjour Docteur,\n> Le dossier 3390127 a été "
         "débloqué ; le règlement interviendra dans les prochains jours.\n> Cordialement\n"))

add("ticket", "", "HTML-only follow-up from a health centre with a table of three unpaid files",
    mail(("Centre de santé dentaire Belleville", "gestion@csd-belleville.fr"), "Dossiers en attente de paiement",
         html="<html><body><p>Bonjour,</p><p>Les dossiers suivants, t&eacute;l&eacute;transmis en septembre, ne sont "
              "toujours pas r&eacute;gl&eacute;s&nbsp;:</p><table border='1'><tr><th>Dossier</th><th>Transmis le</th>"
              "<th>Montant</th></tr><tr><td>D-44120</td><td>04/09/2025</td><td>212,40&nbsp;&euro;</td></tr>"
              "<tr><td>D-44187</td><td>11/09/2025</td><td>96,00&nbsp;&euro;</td></tr><tr><td>D-44302</td>"
              "<td>19/09/2025</td><td>430,00&nbsp;&euro;</td></tr></table><p>Merci de nous indiquer leur "
              "statut.</p><p>Service gestion</p></body></html>"))

r = adeli("86", "61")
add("ticket", "", "régularisation: coding error on an already-paid invoice, asks for the difference",
    mail(("Agnès Poupard", "agnes.poupard@hotmail.fr"), "demande de regularisation facture AP-0917",
         "Bonjour,\n\nj'ai fait une erreur de cotation sur la facture AP-0917 : AMI 1 au lieu de AMI 2 pour le "
         "soin du 17/09. Vous avez réglé 3,15 € au lieu de 6,30 €. Est-il possible de régulariser la différence "
         "ou dois-je annuler et refacturer ?\n\nAgnès Poupard, infirmière - ADELI " + r + "\n",
         charset="iso-8859-1", enc="b64"))

# ================================================================ PATIENT (8)
add("auto_reply", "patient", "insured person: glasses not reimbursed by her mutuelle",
    mail(("Nathalie Perrot", "nath.perrot71@gmail.com"), "remboursement lunettes",
         "Bonjour,\n\nJ'ai acheté des lunettes en août chez mon opticien et ma mutuelle ne m'a toujours rien "
         "remboursé. L'opticien me dit de voir avec vous. Qu'est-ce que je dois faire ?\n\nMerci\nNathalie Perrot\n"))

add("auto_reply", "patient", "retired man, formal, lost tiers-payant card, wants a new one",
    mail(("Georges Maillard", "g.maillard@orange.fr"), "Perte de ma carte de mutuelle",
         "Madame, Monsieur,\n\nAyant égaré ma carte de tiers payant lors d'un déplacement, je vous serais obligé "
         "de bien vouloir m'en adresser une nouvelle à mon domicile, 4 allée des Tilleuls, 71100 Chalon-sur-Saône."
         "\n\nAvec mes remerciements anticipés,\nGeorges Maillard\n", charset="iso-8859-1"))

add("auto_reply", "patient", "sms-style insured person: dentist reimbursement missing",
    mail(("kelly", "kelly.b2001@hotmail.fr"), "rembourssement",
         "bjr jai tjr pas eu mon rembourssement pour le dentiste du mois dernier c normal ?? merci de me repondre vite\n",
         charset="us-ascii"))

add("auto_reply", "patient", "English-speaking insured expat asking about physiotherapy cover",
    mail(("Hannah Becker", "hannah.becker@posteo.de"), "Coverage question",
         "Hi,\n\nI moved to Lyon in the spring and my employer's health insurance card shows your name. Does my "
         "plan cover physiotherapy sessions and how much would I get back per session?\n\nThanks,\nHannah\n",
         charset="us-ascii"))

add("auto_reply", "patient", "daughter asks for her mother's attestation de mutuelle for a hospital stay",
    mail(("Christine Fabre", "christine.fabre@laposte.net"), "Attestation mutuelle pour ma mère",
         "Bonjour,\n\nMa mère, 89 ans, doit entrer à la clinique la semaine prochaine et on nous réclame une "
         "attestation de mutuelle. Sa carte porte votre logo. Pouvez-vous me l'envoyer par mail ?\n\n"
         "Christine Fabre\n"))

add("auto_reply", "patient", "angry insured person: pharmacy refused the tiers payant with his card",
    mail(("Didier Ferrand", "didier.ferrand62@sfr.fr"), "Votre carte ne sert à rien",
         "La pharmacie a refusé ma carte ce matin, « droits non trouvés », j'ai dû avancer 84 euros. Je paie une "
         "mutuelle tous les mois, c'est inadmissible. Je veux être remboursé et une explication.\n\nD. Ferrand\n",
         charset="windows-1252"))

add("auto_reply", "patient", "insured person wants to terminate (résilier) his contract",
    mail(("Arnaud Masson", "arnaud.masson@free.fr"), "Résiliation contrat",
         "Bonjour, je souhaite résilier mon contrat au 31 décembre car je change d'employeur. Quel document dois-je "
         "envoyer ?\nArnaud Masson\n"))

p = nir(2)
add("auto_reply", "patient", "HTML-only mail from a mother asking status of child's orthodontics reimbursement (quotes NIR)",
    mail(("Sonia Martins", "sonia.martins.pt@gmail.com"), "Suivi remboursement orthodontie",
         html="<div>Bonjour,</div><div><br></div><div>Mon fils Enzo est suivi par un orthodontiste depuis mars. "
              "Je n'ai re&ccedil;u le remboursement que du premier semestre. Mon num&eacute;ro de s&eacute;curit&eacute; "
              f"sociale : {p}.</div><div>Pouvez-vous me dire o&ugrave; en est le dossier&nbsp;?</div><div><br></div>"
              "<div>Sonia Martins</div>"))

# ================================================================ SUPPORT (7)
r = rpps()
add("auto_reply", "support", "account locked after three wrong passwords",
    mail(("Dr Émilie Carrel", "emilie.carrel@medecin.mssante.fr"), "Compte bloqué",
         f"Bonjour,\n\nAprès trois essais de mot de passe infructueux mon accès à l'espace pro est verrouillé "
         f"(identifiant RPPS {r}). Comment le débloquer ?\n\nMerci\nÉ. Carrel\n"))

add("auto_reply", "support", "kiné gets 'erreur 15' on the portal",
    mail(("Vincent Tessier", "v.tessier.kine@gmail.com"), "erreur 15 sur le site",
         "Bonjour, depuis hier impossible d'accéder au suivi de mes paiements, le site affiche « erreur 15 » "
         "après connexion. J'ai essayé Chrome et Firefox. Une idée ?\nV. Tessier, kiné\n"))

add("auto_reply", "support", "new practitioner: account creation, activation mail never came",
    mail(("Léna Boucher", "lena.boucher.sf@outlook.fr"), "Activation compte professionnel",
         "Bonjour,\n\nJe me suis inscrite sur votre portail il y a quatre jours avec mon RPPS et mon justificatif "
         "d'installation, mais je n'ai toujours pas reçu de mail d'activation (spams vérifiés).\n\n"
         "Léna Boucher, sage-femme installée depuis le 1er octobre\n"))

add("auto_reply", "support", "new pharmacy asks how to adhere / get conventions for tiers payant",
    mail(("Pharmacie des Quatre Chemins", "titulaire@ph-quatrechemins.fr"), "Adhésion tiers payant nouvelle officine",
         "Bonjour,\n\nNous reprenons une officine au 1er décembre (changement de titulaire, nouveau FINESS en "
         "cours). Quelles démarches pour adhérer chez vous et récupérer les conventions avec les mutuelles que "
         "vous gérez ?\n\nBien à vous,\nM. Kerbrat, pharmacien titulaire\n", charset="windows-1252"))

add("auto_reply", "support", "asks for a yearly payment statement (duplicate relevé) for the accountant",
    mail(("Cabinet Infirmier du Lac", "cabinetdulac74@gmail.com"), "relevé annuel pour comptable",
         "Bonjour,\nnotre comptable nous demande un récapitulatif de tous vos virements 2024. Pouvez-vous nous "
         "envoyer une attestation ou un duplicata des relevés ?\nmerci\n", charset="iso-8859-1"))

add("auto_reply", "support", "new secretary asks how to send invoices electronically (how-to)",
    mail(("Amandine - secrétariat", "secretariat@orthoptie-centre.fr"), "Question pratique",
         "Bonjour,\n\nJe viens d'arriver au cabinet et je découvre la facturation. Est-ce qu'on peut télétransmettre "
         "directement depuis notre logiciel vers chez vous, ou faut-il tout saisir sur votre site ? Y a-t-il un "
         "guide quelque part ?\n\nMerci beaucoup,\nAmandine\n"))

add("auto_reply", "support", "English: password reset link never arrives",
    mail(("Dr Mark O'Connell", "m.oconnell@cabinet-dentaire-biarritz.fr"), "Password reset not working",
         "Hello,\n\nI clicked 'forgotten password' on the professional portal three times today and never received "
         "the reset email. My address on file may be the old one. How can I get back in?\n\nMark O'Connell, dentist\n",
         charset="us-ascii"))

# ================================================================ SECURITY (5)
add("auto_reply", "security_incident", "insured person asks whether her data leaked in the February 2024 attack",
    mail(("Martine Guillou", "martine.guillou@bbox.fr"), "Mes données ont-elles été volées ?",
         "Bonjour,\n\nJ'ai lu dans la presse qu'en février 2024 des pirates ont volé les numéros de sécurité sociale "
         "de millions de personnes chez vous. Comment savoir si je fais partie des victimes ?\n\nMartine Guillou\n"))

add("auto_reply", "security_incident", "practitioner got a phone call from someone posing as the operator asking for login",
    mail(("Dr Bruno Lacaze", "bruno.lacaze@medecin.mssante.fr"), "Appel suspect",
         "Bonjour,\n\nMa secrétaire a reçu ce matin un appel d'une personne se présentant de chez vous, qui voulait "
         "« vérifier » mon identifiant et mon mot de passe de l'espace pro suite à une « mise à jour de "
         "sécurité ». Elle n'a rien donné. Est-ce bien vous ? Sinon je souhaite le signaler.\n\nDr Lacaze\n"))

add("auto_reply", "security_incident", "insured received an SMS claiming her card expires, asks if legit",
    mail(("Josette Rigal", "josette.rigal@orange.fr"), "SMS bizarre",
         "bonsoir j ai recu un sms disant « votre carte tiers payant expire, mettez a jour vos informations sur "
         "tp-renouvellement.com » avec votre nom dedans. c est vous ? j ai pas clique\n", charset="us-ascii"))

add("auto_reply", "security_incident", "practitioner forwards a mail asking to 'confirm IBAN via a link' - suspected phishing in operator's name (not a bank change request)",
    mail(("Céline Roussel", "celine.roussel.ortho@gmail.com"), "TR: Confirmation de vos coordonnées bancaires",
         "Bonjour,\n\nJ'ai reçu le message ci-dessous, soi-disant de votre part. Je n'ai pas cliqué. Est-ce une "
         "arnaque ? Faut-il le signaler quelque part ?\n\nC. Roussel\n\n---------- Message transféré ----------\n"
         "De : Service Professionnels <securite@tp-pro-verification.com>\nObjet : Confirmation de vos coordonnées "
         "bancaires\n\nSuite à l'incident de sécurité, tous les professionnels doivent confirmer leur IBAN avant le "
         "15/11 sous peine de suspension des paiements : https://tp-pro-verification.com/iban\n"))

add("auto_reply", "security_incident", "insured gets targeted calls quoting his NIR, blames the leak, asks what was exposed",
    mail(("Olivier Chauvin", "o.chauvin@protonmail.com"), "Fuite de données et démarchage",
         "Bonjour,\n\nDepuis quelques mois je reçois des appels de prétendus courtiers qui connaissent ma date de "
         "naissance, ma mutuelle et même le début de mon numéro de sécu. Je suppose que cela vient de votre fuite. "
         "Quelles données exactement ont été exposées et que puis-je faire ?\n\nO. Chauvin\n"))

# ================================================================ BANK DETAILS (5)
ib = iban_fr(); r = rpps()
add("auto_reply", "bank_details", "IBAN change in the body, no invoice",
    mail(("Thierry Baudouin", "t.baudouin.kine@gmail.com"), "Changement de RIB",
         f"Bonjour,\n\nJ'ai changé de banque. Merci d'effectuer dorénavant mes règlements sur le compte suivant :\n"
         f"IBAN {grp4(ib)}\nBIC CCBPFRPPXXX\nTitulaire : Thierry Baudouin\n\nRPPS {r}\n\nCordialement\n"))

ib = iban_fr(); r = adeli("17", "61")
add("auto_reply", "bank_details", "body only says 'see letter'; the attached PDF letter asks to change bank details",
    mail(("Françoise Guérin", "francoise.guerin17@orange.fr"), "courrier",
         "Bonjour, voir courrier ci-joint. Cordialement.\n",
         atts=[("courrier.pdf", pdf(["Françoise Guérin", "Infirmière libérale - ADELI " + r, "17000 La Rochelle", "",
                                     "Objet : modification de mes coordonnées bancaires", "",
                                     "Madame, Monsieur,", "Je vous informe de la clôture de mon compte professionnel.",
                                     "Je vous remercie de verser les prochains paiements sur :",
                                     f"IBAN : {grp4(ib)}", "BIC : AGRIFRPP817", "",
                                     "Un RIB est reproduit ci-dessous.", "Signature : F. Guérin"]))]))

ib = iban_fr()
add("auto_reply", "bank_details", "terse: update our RIB, RIB PDF attached",
    mail(("SCM Kiné Bellevue", "scm.kinebellevue@gmail.com"), "MAJ RIB",
         "Merci de mettre à jour notre RIB (fusion des cabinets), nouveau RIB joint.\n",
         atts=[("RIB_SCM_Bellevue.pdf", pdf(["##RELEVÉ D'IDENTITÉ BANCAIRE", "Titulaire : SCM KINE BELLEVUE",
                                             f"IBAN : {grp4(ib)}", "BIC : BNPAFRPPXXX",
                                             "Domiciliation : BNP Paribas Grenoble Europole"]))]))

ib = iban_fr()
add("auto_reply", "bank_details", "English: please update our bank account details",
    mail(("Finance - Alpine Dental Centre", "finance@alpine-dental.example.com"), "Bank account update",
         "Hello,\n\nPlease note that from 1 December our payments should go to our new account:\n"
         f"IBAN: {ib}\nBIC: CMCIFR2A\n\nKindly confirm once updated.\n\nFinance team\n", charset="us-ascii"))

ib = iban_fr()
add("auto_reply", "bank_details", "pharmacist: bank account closing, pay to the new one from next month (cp1252)",
    mail(("Pharmacie Lafayette Rodez", "direction@pharmacie-rodez.fr"), "Nouveau compte bancaire à partir de décembre",
         "Madame, Monsieur,\n\nNotre compte au Crédit Agricole sera clôturé fin novembre. Les virements de tiers "
         f"payant devront être adressés à partir du 1er décembre sur :\n{grp4(ib)}\n\nNous vous remercions de "
         "votre diligence.\n\nLa direction\n", charset="windows-1252", enc="b64"))

# ================================================================ IGNORE (15)
add("ignore", "", "out-of-office with RFC 3834 Auto-Submitted header",
    mail(("Dr Pascale Henry", "pascale.henry@cabinet-henry.fr"), "Réponse automatique : Votre relevé de paiements",
         "Bonjour,\nJe suis absente du 3 au 14 novembre inclus. Votre message sera traité à mon retour.\n"
         "Pour les urgences, merci de contacter le cabinet au 03 20 00 00 00.\n",
         headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "In-Reply-To": "<rel-8812@tiers-payant.example.fr>"}))

add("ignore", "", "out-of-office without any automatic header",
    mail(("Cédric Laporte", "cedric.laporte.ide@gmail.com"), "Absent",
         "En congés jusqu'au 12/11, pas d'accès à mes mails. Je vous répondrai à mon retour.\nCédric\n"))

add("ignore", "", "closure notice from a practice (automatic), no request",
    mail(("Cabinet de podologie Meunier", "accueil@podo-meunier.fr"), "Fermeture du cabinet",
         "Le cabinet sera fermé pour congés annuels du lundi 22 décembre au vendredi 2 janvier.\n"
         "Les messages reçus pendant cette période seront lus à partir du 5 janvier.\n\nBonnes fêtes à tous.\n",
         headers={"Auto-Submitted": "auto-replied"}))

add("ignore", "", "English vacation reply with X-Auto-Response-Suppress, no Auto-Submitted",
    mail(("Sarah Collins", "s.collins@riviera-physio.example.com"), "Automatic reply: Outstanding payment INV-2025-0441",
         "Thank you for your email. I am on annual leave until Monday 17 November with limited access to email. "
         "For urgent accounts matters please contact accounts@riviera-physio.example.com.\n",
         charset="us-ascii", headers={"X-Auto-Response-Suppress": "All", "Thread-Topic": "Outstanding payment"}))


def dsn(frm: tuple[str, str], subj: str, human: str, rcpt: str, status: str, diag: str, mta: str) -> Message:
    m = MIMEMultipart("report", report_type="delivery-status")
    m.attach(text(human))
    ds = MIMEBase("message", "delivery-status")
    b1 = Message()
    b1["Reporting-MTA"] = f"dns; {mta}"
    b1["Arrival-Date"] = format_datetime(BASE)
    b2 = Message()
    b2["Final-Recipient"] = f"rfc822; {rcpt}"
    b2["Action"] = "failed"
    b2["Status"] = status
    b2["Diagnostic-Code"] = f"smtp; {diag}"
    ds.set_payload([b1, b2])
    m.attach(ds)
    orig = MIMEText("Bonjour,\nVotre demande a bien été reçue.\n", "plain", "utf-8")
    orig["From"] = TO
    orig["To"] = rcpt
    orig["Subject"] = "Accusé de réception"
    m.attach(MIMEMessage(orig))
    m["From"] = formataddr(frm)
    m["To"] = TO
    m["Subject"] = hdr(subj)
    m["Date"] = format_datetime(when())
    m["Message-ID"] = f"<{digits(12)}@{mta}>"
    m["Auto-Submitted"] = "auto-replied"
    return m


add("ignore", "", "DSN bounce (multipart/report delivery-status), English MAILER-DAEMON",
    dsn(("Mail Delivery System", "MAILER-DAEMON@mx1.tiers-payant.example.fr"), "Undelivered Mail Returned to Sender",
        "This is the mail system at host mx1.tiers-payant.example.fr.\n\nI'm sorry to have to inform you that your "
        "message could not be delivered to one or more recipients.\n\n<cabinet.ancien@wanadoo.fr>: host "
        "smtp-in.orange.fr said: 550 5.1.1 user unknown\n", "cabinet.ancien@wanadoo.fr", "5.1.1",
        "550 5.1.1 <cabinet.ancien@wanadoo.fr>: Recipient address rejected", "mx1.tiers-payant.example.fr"))

add("ignore", "", "DSN bounce in French from a postmaster, mailbox full",
    dsn(("Postmaster", "postmaster@mail.laposte.net"), "Échec de la remise du message",
        "Votre message n'a pas pu être remis à son destinataire.\n\nDestinataire : dr.fabien.morel@laposte.net\n"
        "Raison : la boîte aux lettres du destinataire est pleine. Réessayez plus tard.\n",
        "dr.fabien.morel@laposte.net", "4.2.2", "452 4.2.2 Mailbox full", "mail.laposte.net"))


def mdn(frm: tuple[str, str], subj: str, human: str, disp: str, ua: str) -> Message:
    m = MIMEMultipart("report", report_type="disposition-notification")
    m.attach(text(human))
    n = MIMEBase("message", "disposition-notification")
    n.set_payload(f"Reporting-UA: {ua}\nFinal-Recipient: rfc822;{frm[1]}\n"
                  f"Original-Message-ID: <{digits(9)}@tiers-payant.example.fr>\nDisposition: {disp}\n")
    m.attach(n)
    m["From"] = formataddr(frm)
    m["To"] = TO
    m["Subject"] = hdr(subj)
    m["Date"] = format_datetime(when())
    m["Message-ID"] = f"<{digits(12)}@{frm[1].split('@')[1]}>"
    return m


add("ignore", "", "read receipt (MDN, displayed) in French",
    mdn(("Pharmacie du Beffroi", "ph.beffroi.douai@orange.fr"), "Lu : Votre relevé de paiements d'octobre",
        "Votre message\n\n  À : ph.beffroi.douai@orange.fr\n  Objet : Votre relevé de paiements d'octobre\n\n"
        "a été lu le 05/11/2025 09:14.\n", "manual-action/MDN-sent-manually; displayed", "Thunderbird"))

add("ignore", "", "read receipt (MDN) from Outlook in English",
    mdn(("Accounts - Riviera Physio", "accounts@riviera-physio.example.com"), "Read: Request for information",
        "Your message\n\nTo: accounts@riviera-physio.example.com\nSubject: Request for information\n\n"
        "was read on 06/11/2025 16:02.\n", "automatic-action/MDN-sent-automatically; displayed", "Microsoft Outlook"))

add("ignore", "", "newsletter with List-Unsubscribe (congress for kinés)",
    mail(("Kiné Actu", "newsletter@kine-actu.example.fr"), "Kiné Actu n°214 - Congrès de printemps, inscriptions ouvertes",
         html="<html><body><h1>Kin&eacute; Actu</h1><p>Les inscriptions au congr&egrave;s de printemps sont "
              "ouvertes&nbsp;! Tarif early bird jusqu'au 15 d&eacute;cembre.</p><p>Au sommaire : nouvelle "
              "nomenclature, t&eacute;moignages, petites annonces.</p><p><a href='https://kine-actu.example.fr/u?id=88'>"
              "Se d&eacute;sinscrire</a></p></body></html>",
         headers={"List-Unsubscribe": "<https://kine-actu.example.fr/u?id=88>, <mailto:unsub@kine-actu.example.fr>",
                  "List-Id": "Kine Actu <actu.kine-actu.example.fr>"}))

add("ignore", "", "marketing for billing software, Precedence: bulk",
    mail(("MedFactu Pro", "offres@medfactu-pro.example.com"), "-30% sur votre logiciel de facturation jusqu'à vendredi",
         "Professionnels de santé,\n\nMedFactu Pro gère votre tiers payant de A à Z : télétransmission, suivi des "
         "rejets, relances automatiques. Profitez de -30 % sur l'abonnement annuel avec le code NOV30.\n\n"
         "Pour ne plus recevoir nos offres, répondez STOP.\n", headers={"Precedence": "bulk"}))

add("ignore", "", "French spam, no helpful headers",
    mail(("Service Gagnants", "gagnant2025@promo-cadeaux.example.biz"), "Félicitations ! Vous êtes notre gagnant du mois",
         "Cher client,\n\nVotre adresse a été tirée au sort : un robot cuiseur vous attend ! Il ne reste qu'à "
         "régler 1,95 € de frais de port avant minuit pour confirmer votre lot.\n\nhttp://promo-cadeaux.example.biz/lot\n",
         charset="iso-8859-1"))

add("ignore", "", "English SEO spam",
    mail(("Ryan | Growth Agency", "ryan@rank-boost.example.net"), "Quick question about tiers-payant.example.fr",
         "Hi there,\n\nI was checking your website and noticed it isn't ranking on page 1 for several key terms. "
         "We can get you there in 90 days, guaranteed. Would you be open to a 10-minute call this week?\n\nCheers,\nRyan\n",
         charset="us-ascii"))

add("ignore", "", "phishing in French impersonating the health insurance (refund pending, click)",
    mail(("Assurance Maladie", "no-reply@ameli-remboursement.example.info"), "Remboursement en attente : action requise",
         html="<html><body><p>Cher(e) assur&eacute;(e),</p><p>Apr&egrave;s les derniers calculs de l'ann&eacute;e, "
              "vous &ecirc;tes &eacute;ligible &agrave; un remboursement de <b>187,34 &euro;</b>.</p><p>Pour le "
              "recevoir, veuillez confirmer vos informations bancaires sous 48h :</p><p><a href='http://ameli-"
              "remboursement.example.info/c'>Acc&eacute;der &agrave; mon remboursement</a></p></body></html>"))

add("ignore", "", "English phishing: mailbox storage full",
    mail(("IT Helpdesk", "helpdesk@mail-quota-alert.example.org"), "Action required: mailbox storage 98% full",
         "Dear user,\n\nYour mailbox factures@tiers-payant.example.fr has reached 98% of its storage limit. Incoming "
         "messages will be rejected within 24 hours. Validate your account here to get 50 GB free:\n"
         "https://mail-quota-alert.example.org/validate\n\nIT Helpdesk\n", charset="us-ascii"))

add("ignore", "", "our own acknowledgement looped back into the mailbox",
    mail(("Service Tiers Payant", TO), "Accusé de réception de votre envoi",
         "Bonjour,\n\nNous accusons réception de votre envoi. Il sera traité dans les meilleurs délais.\n\n"
         "Ceci est un message automatique, merci de ne pas y répondre.\n",
         headers={"Auto-Submitted": "auto-generated"}))

# ================================================================ REVIEW (4)
add("review", "", "no subject, no body, one blurred photo with nothing legible: cannot tell what it is",
    mail(("06 12 xx", "0612345678@sms-mms.example.fr"), None, None,
         atts=[("IMG_20251104_1832.jpg", picture(["##" + "=" * 30] + ["-" * 60] * 10, "jpeg", skew=7, blur=6))]))

add("review", "", "one-liner asking for a callback 'about a file' - could be patient, practitioner or anything",
    mail(("Martine", "martine.b.1962@gmail.com"), "dossier",
         "Bonjour pouvez vous me rappeler au 06 45 00 00 00 c'est au sujet d'un dossier. Merci. Martine\n",
         charset="us-ascii"))

r = rpps(); p = nir(1); ib = iban_fr()
doc, tot = invoice("Infirmier libéral", "Damien Royer", "RPPS", r, "87000 Limoges", "M. Louis Chabrol", p,
                   [(d(i), "AMI 1,5", 4.73) for i in (3, 4, 5, 6)], "DR-25-0077", d(7))
add("review", "", "new invoice AND a request to pay it to a new IBAN in the body: claim vs bank_details conflict",
    mail(("Damien Royer", "damien.royer.idel@gmail.com"), "facture + nouveau compte",
         "Bonjour,\n\nci-joint ma facture d'octobre pour M. Chabrol. Attention, j'ai changé de banque : merci de "
         f"verser ce paiement et les suivants sur {grp4(ib)}.\n\nDamien Royer\n", atts=[("DR-25-0077.pdf", pdf(doc))]))

add("review", "", "mutuelle employee forwards an insured person's complaint about a dentist bill, 'pour info et traitement', no attachment",
    mail(("Gestion prestations - Mutuelle Exemple", "prestations@mutuelle-exemple.fr"), "TR: réclamation adhérente",
         "Pour info et traitement.\n\n-----Original Message-----\nFrom: Brigitte Vasseur\nSent: 30/10/2025\n"
         "Subject: réclamation\n\nMon dentiste dit qu'il n'a jamais été payé pour mes soins de juillet et il veut "
         "maintenant que je paie moi-même. Je ne comprends pas, j'avais bien présenté ma carte.\n"))


# ================================================================ write
NEUTRAL = {"claim": "invoice or quote", "ticket": "billing follow-up",
           "ignore": "automated or unsolicited", "review": "undecidable"}

def main() -> None:
    assert len(SET) == 80, len(SET)
    order = list(range(len(SET)))
    random.Random(8080).shuffle(order)
    why = "--why" in sys.argv
    random.seed(6066)  # MIME boundaries come from the global random module
    if not why:
        OUT.mkdir(parents=True, exist_ok=True)
    for i, idx in enumerate(order, 1):
        action, reason, expl, m = SET[idx]
        name = f"n{i:03d}"
        if why:
            print(f"{name}  {action:<10} {reason or '-':<18} {expl}")
            continue
        (OUT / f"{name}.eml").write_bytes(m.as_bytes())
        truth = {"action": action, "reason": reason or NEUTRAL[action]}
        (OUT / f"{name}.eml.json").write_text(json.dumps(truth, ensure_ascii=False) + "\n")
    if not why:
        print(f"wrote {len(SET)} messages to {OUT}")


if __name__ == "__main__":
    main()
