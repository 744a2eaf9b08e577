"""Writes samples/emails/: ~70 .eml files covering every triage class, each with a ground truth."""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from datetime import date, datetime, timedelta
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from . import ids
from .data import Doc
from .documents import Output, ordonnance_pdf, write_json
from .extras import draw_rib
from .fmt import fmt_nir
from .mail import OPERATOR_DOMAIN, Att, Mail, build, fix_boundaries, to_bytes, truth, when
from .pen import new_canvas


def pid(doc: Doc) -> dict[str, str]:
    return {doc.party.id_kind: doc.party.id_value}


def sig(doc: Doc, *, with_id: bool = True, short: bool = False) -> str:
    p = doc.party
    lines = ["", "--", p.name]
    if not short:
        lines += [p.title, f"{p.street}, {p.postcode} {p.city.title()}", f"Tél : {p.phone}"]
    if with_id:
        lines.append(f"{p.id_kind.upper()} {p.id_value}")
    return "\n".join(lines) + "\n"


def rib_pdf(doc: Doc, holder: str) -> bytes:
    buf = io.BytesIO()
    canvas = new_canvas(buf, "RIB")
    draw_rib(canvas, doc.party, holder)
    canvas.save()
    return buf.getvalue()


def html_wrap(inner: str) -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial">'
        f"{inner}</body></html>"
    )


def claims(out: Output) -> list[Mail]:
    d = out.docs
    med1, med2, den1, den2 = d["medecin-01"], d["medecin-02"], d["dentiste-01"], d["dentiste-02"]
    opt1, opt2, aud, pha = d["opticien-01"], d["opticien-02"], d["audio-01"], d["pharmacie-01"]
    kin, inf1, lab = d["kine-01"], d["infirmier-01"], d["laboratoire-01"]
    cds1, med3, pec, med4, cds2 = (
        d["centre-sante-01"],
        d["medecin-03"],
        d["pec-01"],
        d["medecin-04"],
        d["centre-sante-02"],
    )
    mails = [
        Mail(
            "claim-01",
            "claim",
            "invoice",
            ("Dr Jean-Marc MARTIN", med1.party.email),
            f"Facture RPPS {med1.party.id_value} - patient DUPONT",
            "Bonjour,\n\nVeuillez trouver ci-joint la facture de Mme DUPONT-MORETTI pour la consultation du "
            "15/09/2025, en tiers payant.\n\nBien cordialement," + sig(med1),
            atts=[Att("medecin-01.text.pdf", filename="FA-2025-00912.pdf")],
            docs=["medecin-01"],
            mailer="Mozilla Thunderbird 128.3.1",
        ),
        Mail(
            "claim-02",
            "claim",
            "invoice",
            ("Secretariat Dr Aubert-Lambert", med2.party.email),
            "Envoi facture n° 2025-0922-07",
            "Madame, Monsieur,\n\nJe vous prie de trouver en pièce jointe la note d'honoraires n° "
            "2025-0922-07 "
            "concernant M. LEFÈVRE Loïc, consultation de cardiologie du 22 septembre.\n\nCordialement,\n\n"
            "Le secrétariat du Dr Sophie AUBERT-LAMBERT\nCardiologue - RPPS " + med2.party.id_value + "\n",
            charset="iso-8859-1",
            legacy=True,
            atts=[Att("medecin-02.text.pdf", filename="note_honoraires.pdf")],
            docs=["medecin-02"],
            mailer="Microsoft Outlook 16.0",
        ),
        Mail(
            "claim-03",
            "claim",
            "invoice",
            ("Cabinet dentaire Dr Haddad", den1.party.email),
            "Facture soins dentaires Mme BÉRANGER Océane",
            "Bonjour,\nci-joint la facture des soins réalisés en septembre pour Mme Béranger (couronnes 26 "
            "et 27)."
            "\nMerci de votre traitement." + sig(den1),
            atts=[Att("dentiste-01.text.pdf", filename="Facture_BÉRANGER_Océane.pdf")],
            docs=["dentiste-01"],
        ),
        Mail(
            "claim-04",
            "claim",
            "quote",
            ("Dr Paul LEROY", den2.party.email),
            "Devis prothèse dentaire pour accord - M. N'DIAYE",
            "Bonjour,\n\nVous trouverez ci-joint le devis n° DV-2025-0331 pour M. N'DIAYE Jean-Baptiste.\n"
            "Pouvez-vous nous confirmer le montant de la prise en charge complémentaire avant le début des "
            "soins ?"
            "\n\nMerci d'avance," + sig(den2),
            atts=[Att("dentiste-02.text.pdf", filename="DV-2025-0331.pdf")],
            docs=["dentiste-02"],
            note="asks a question but carries a quote: still a claim",
        ),
        Mail(
            "claim-05",
            "claim",
            "quote",
            ("Optique des Lices", opt1.party.email),
            "Demande de prise en charge optique – Timéo LE GALL",
            "Bonjour,\n\nVeuillez trouver ci-joint le devis normalisé pour l’équipement de Timéo LE GALL "
            "(ayant droit de Mme Éloïse LE GALL). Montant total 135,00 € ; reste à charge 30,00 €.\n\n"
            "Bien à vous,\nCamille ROCHE\nOptique des Lices – ADELI " + opt1.party.id_value + "\n",
            charset="windows-1252",
            legacy=True,
            atts=[Att("opticien-01.text.pdf", filename="devis LE GALL Timéo.pdf")],
            docs=["opticien-01"],
        ),
        Mail(
            "claim-06",
            "claim",
            "invoice",
            ("VISION PLUS NANTES", opt2.party.email),
            "Facture optique OPT-F-2025-0777 + ordonnance",
            "Bonjour,\n\nSuite à la délivrance de l'équipement de Mme FONTAINE-DESCHAMPS, voici la facture "
            "et la copie de l'ordonnance.\n\nL'équipe Vision Plus Nantes\nN° ADELI "
            + opt2.party.id_value
            + "\n",
            atts=[
                Att("opticien-02.text.pdf", filename="OPT-F-2025-0777.pdf"),
                Att(data=ordonnance_pdf(out, "opticien-02"), filename="ordonnance.pdf"),
            ],
            docs=["opticien-02"],
            mailer="Zimbra 10.0.6",
        ),
        Mail(
            "claim-07",
            "claim",
            "quote",
            ("Audition Garonne", aud.party.email),
            "Devis audioprothèse M. GIRAUD Noël",
            html=html_wrap(
                "<p>Bonjour,</p><p>Nous vous adressons le <b>devis normalisé n° AUD-DV-25-042</b> "
                "pour l'appareillage de M. GIRAUD (classe II, deux oreilles).</p><p>Cordialement,</p>"
                '<p style="color:#0a6">Julien PETIT<br>Audioprothésiste D.E.<br>ADELI '
                f"{aud.party.id_value}<br>{aud.party.phone}</p>"
            ),
            html_only=True,
            atts=[Att("audio-01.text.pdf", filename="AUD-DV-25-042.pdf")],
            docs=["audio-01"],
            mailer="Apple Mail (2.3774.600.62)",
        ),
        Mail(
            "claim-08",
            "claim",
            "invoice",
            ("Pharmacie du Marché", pha.party.email),
            "facture",
            "ci-joint\n\nEnvoyé de mon iPhone\n",
            atts=[Att("pharmacie-01.photo.jpg", filename="IMG_2291.jpeg")],
            docs=["pharmacie-01"],
            mailer="iPhone Mail (21G93)",
            note="phone photo with an EXIF Orientation tag",
        ),
        Mail(
            "claim-09",
            "claim",
            "invoice",
            ("Thomas GARNIER", kin.party.email),
            "Facture kiné septembre - M. ROUSSEAU Gaëtan",
            "Bonjour,\n\nCi-joint la facture des 10 séances de M. ROUSSEAU ainsi que l'ordonnance (scannée "
            "en "
            "page 2).\n\nCordialement,\nThomas Garnier, kinésithérapeute\nRPPS : "
            + kin.party.id_value
            + "\n",
            atts=[Att("mixed-01.mixed.pdf", filename="KIN-2025-031 + ordonnance.pdf")],
            docs=["kine-01"],
        ),
        Mail(
            "claim-10",
            "claim",
            "invoice",
            ("Nathalie BLANC", inf1.party.email),
            "Feuilles de soins infirmiers - Mme PERRIN et M. BRUNEL",
            "Bonjour,\n\nVeuillez trouver mes deux factures de septembre (Mme PERRIN Chloé et M. BRUNEL "
            "Jérôme)."
            "\n\nNathalie Blanc, IDE libérale" + sig(inf1, short=True),
            atts=[
                Att("infirmier-01.text.pdf", filename="INF 2025-09-12.pdf"),
                Att("infirmier-02.text.pdf", filename="INF 2025-09-13.pdf"),
            ],
            fields=pid(inf1),
            mailer="Roundcube Webmail/1.6.9",
        ),
        Mail(
            "claim-11",
            "claim",
            "invoice",
            ("Fax2Mail", "noreply@fax2mail.example.net"),
            "Fax reçu de +33 4 20 86 82 88 (2 pages)",
            "Vous avez reçu un fax de 2 pages.\nExpéditeur (TSI) : +33 4 20 86 82 88\nDate : 23/09/2025 "
            "18:04\n"
            "Durée : 0:58\n\nCe message a été envoyé automatiquement par le service Fax2Mail.\n",
            atts=[Att("batch-01.fax-fine.tif", filename="fax_20250923_1804.tif")],
            fields=pid(inf1),
            return_path="bounces+fax@fax2mail.example.net",
            note="fax-to-mail gateway; two invoices back to back in one TIFF",
        ),
        Mail(
            "claim-12",
            "claim",
            "invoice",
            ("Comptabilité BioSanté Rhône", "compta@biosante-rhone.fr"),
            "TR: Facture laboratoire LBM25-091534",
            "Bonjour,\n\nJe vous transfère la facture ci-dessous, envoyée par erreur à notre service "
            "comptable.\n\n"
            "Cordialement,\nService comptabilité\nLaboratoire BioSanté Rhône - FINESS "
            + lab.party.id_value
            + "\n",
            forward=Mail(
                "claim-12-inner",
                "claim",
                "invoice",
                ("Facturation BioSanté", lab.party.email),
                "Facture LBM25-091534 - N'DIAYE Léna",
                "Bonjour,\nveuillez trouver la facture de l'enfant Léna N'DIAYE.\nCordialement\n",
                atts=[Att("laboratoire-01.text.pdf", filename="LBM25-091534.pdf")],
                to="compta@biosante-rhone.fr",
            ),
            docs=["laboratoire-01"],
            note="forwarded as message/rfc822; the PDF is inside the inner message",
        ),
        Mail(
            "claim-13",
            "claim",
            "invoice",
            ("Accueil CDS Simone Veil", cds1.party.email),
            "Fwd: Facture centre de santé CDS/2025/10/0458",
            "\n\n---------- Forwarded message ---------\nDe : Dr Inès BENSAÏD "
            "<i.bensaid@cds-simoneveil.org>\n"
            "Date: jeu. 9 oct. 2025 à 10:12\nSubject: Facture centre de santé\nTo: "
            "<accueil@cds-simoneveil.org>\n\n"
            "Peux-tu transmettre la facture de M. DE LA TOUR au tiers payant ? Merci.\n\nInès\n",
            atts=[Att("centre-sante-01.scan.pdf", filename="scan_20251009.pdf")],
            docs=["centre-sante-01"],
            mailer="Mozilla Thunderbird 115.16.0",
        ),
        Mail(
            "claim-14",
            "claim",
            "invoice",
            ("Dr Élise MOREAU", med3.party.email),
            "Note d'honoraires Maëlys ROUSSEAU",
            "Bonjour, voici la note d'honoraires de la petite Maëlys. Bonne journée.\nDr Moreau\n",
            atts=[Att("medecin-03.text.pdf", filename=None)],
            docs=["medecin-03"],
            note="the PDF part has no filename at all",
        ),
        Mail(
            "claim-15",
            "claim",
            "invoice",
            ("Dr Hugo VIDAL", med4.party.email),
            "Facture visite",
            "Bonjour,\nFacture de la visite à domicile du 11/10 pour Mlle BENSAÏD en PJ." + sig(med4),
            atts=[
                Att(
                    "medecin-04.text.pdf", filename="facture_F251011-03.pdf", ctype="application/octet-stream"
                )
            ],
            docs=["medecin-04"],
            note="a PDF declared as application/octet-stream",
        ),
        Mail(
            "claim-16",
            "claim",
            "pec",
            ("Cabinet Dr VERNIER", pec.party.email),
            "Demande de prise en charge dentaire - Mme MARCHAND Zoé",
            "Madame, Monsieur,\n\nJe vous adresse la demande de prise en charge PEC-25-00077 pour Mme "
            "MARCHAND. "
            "Les soins sont prévus à partir du 13 octobre : pourriez-vous me répondre sous 48 h ?\n\n"
            "Dr Agathe VERNIER" + sig(pec, short=True),
            atts=[Att("pec-01.text.pdf", filename="PEC-25-00077.pdf")],
            docs=["pec-01"],
            legacy=True,
            mailer="Microsoft Outlook 16.0",
        ),
        Mail(
            "claim-17",
            "claim",
            "invoice",
            ("Centre dentaire mutualiste Croix-Rousse", cds2.party.email),
            "Factures soins dentaires juillet-août - Mme D'ALMEIDA",
            "Bonjour,\n\nCi-joint la facture récapitulative des soins de Mme D'ALMEIDA Agnès (2 pages).\n\n"
            "Service facturation\nCentre dentaire mutualiste de la Croix-Rousse\nFINESS "
            + cds2.party.id_value
            + "\n",
            atts=[Att("centre-sante-02.text.pdf", filename="CDM-2025-004417.pdf")],
            docs=["centre-sante-02"],
        ),
        Mail(
            "claim-18",
            "claim",
            "invoice",
            ("Secrétariat cardiologie", med2.party.email),
            "Facture scannée M. LEFÈVRE",
            html=html_wrap(
                "<div>Bonjour,</div><div><br></div><div>Voici la facture <b>scannée</b> (l'original "
                "papier a été remis au patient).</div><div><br></div><div>--<br>Secrétariat du Dr "
                f"AUBERT-LAMBERT<br>RPPS {med2.party.id_value}</div>"
            ),
            html_only=True,
            legacy=True,
            atts=[Att("medecin-02.scan.pdf", filename="Numérisation_22092025.pdf")],
            docs=["medecin-02"],
        ),
        Mail(
            "claim-19",
            "claim",
            "invoice",
            ("PHARMACIE DU MARCHE", pha.party.email),
            None,
            "Bonjour,\nVeuillez trouver la facture ci-jointe.\nCordialement\nPharmacie du Marché, Lille\n",
            atts=[Att("pharmacie-01.scan.pdf", filename="facture.pdf")],
            docs=["pharmacie-01"],
            note="no Subject header at all",
        ),
        Mail(
            "claim-20",
            "claim",
            "invoice",
            ("Nathalie Blanc", "nathalie.blanc63@gmail.com"),
            "Factures + ordonnance",
            "Bonjour,\nJe vous renvoie la facture de Mme Perrin (photo, mon scanner est en panne), celle de "
            "M. Brunel et l'ordonnance de Mme Perrin.\nMerci\nN. Blanc\nADELI " + inf1.party.id_value + "\n",
            atts=[
                Att("infirmier-01.photo.jpg", filename="20251003_101522.jpg"),
                Att("infirmier-02.text.pdf", filename="facture brunel.pdf"),
                Att(data=ordonnance_pdf(out, "infirmier-01"), filename="ordonnance perrin.pdf"),
            ],
            fields=pid(inf1),
            mailer="Android Gmail",
        ),
        Mail(
            "claim-21",
            "claim",
            "invoice",
            ("Laboratoire BioSanté", lab.party.email),
            "Facture LBM25-091534 - Léna N’DIAYE",
            "Madame, Monsieur,\n\nVeuillez trouver ci-joint la facture d’analyses de l’enfant Léna N’DIAYE "
            "(prélèvement du 24/09/2025), montant 34,56 €.\n\nService facturation – FINESS "
            + lab.party.id_value
            + "\n",
            charset="windows-1252",
            atts=[Att("laboratoire-01.scan.pdf", filename="LBM25-091534_scan.pdf")],
            docs=["laboratoire-01"],
        ),
        Mail(
            "claim-22",
            "claim",
            "quote",
            ("Julien PETIT", "j.petit.audio@laposte.net"),
            "PEC audioprothèse",
            "Bonjour, je vous joins le devis scanné et signé par M. Giraud. Cordialement. J. Petit, "
            "audioprothésiste (ADELI " + aud.party.id_value + ")\n",
            legacy=True,
            atts=[
                Att("audio-01.scan.pdf", filename="Devis_aide_auditive_GIRAUD_Noël.pdf", name_style="2047")
            ],
            docs=["audio-01"],
            note="attachment name as an RFC 2047 encoded word (Outlook style)",
        ),
        Mail(
            "claim-23",
            "claim",
            "invoice",
            ("Élise Moreau", "elise.moreau.pedia@orange.fr"),
            "Note d'honoraires (photo)",
            "Bonjour,\nDésolée, je n'ai pas de scanner au cabinet : voici une photo de la note d'honoraires "
            "NH-2025-0087.\nDr Élise Moreau, pédiatre, RPPS " + med3.party.id_value + "\n",
            atts=[Att("medecin-03.photo.jpg", filename="photo.jpg")],
            docs=["medecin-03"],
            mailer="Apple Mail (iPhone)",
        ),
    ]
    for n, mail in enumerate(mails):
        keys = mail.docs or [k for k, doc in d.items() if pid(doc) == mail.fields]
        issued = max((d[k].issue_date or d[k].care_date or date(2025, 9, 20)) for k in keys) if keys else None
        if issued:
            mail.at = datetime(issued.year, issued.month, issued.day, 8 + n % 10, (n * 7) % 60) + timedelta(
                days=1 + n % 3
            )
        if mail.docs and len(mail.docs) == 1:
            doc = d[mail.docs[0]]
            mail.fields = {**pid(doc), **doc.truth(), **mail.fields}
    return mails


def tickets(out: Output) -> list[Mail]:
    d = out.docs
    med1, den1, kin, inf1 = d["medecin-01"], d["dentiste-01"], d["kine-01"], d["infirmier-01"]
    aud, cds2, lab, pha, pec = (
        d["audio-01"],
        d["centre-sante-02"],
        d["laboratoire-01"],
        d["pharmacie-01"],
        d["pec-01"],
    )
    op = f"@{OPERATOR_DOMAIN}>"
    return [
        Mail(
            "ticket-01",
            "ticket",
            "payment chase",
            ("Thomas GARNIER", kin.party.email),
            "Paiement non reçu",
            "Bonjour,\n\nLe dossier n°123456 transmis le 15/09/2025 n'apparaît pas dans mes paiements. "
            "Pouvez-vous vérifier ?\n\nMerci," + sig(kin),
            fields=pid(kin),
        ),
        Mail(
            "ticket-02",
            "ticket",
            "payment chase",
            ("Dr Jean-Marc MARTIN", med1.party.email),
            "Relance paiement facture FA-2025-00912",
            "Bonjour,\n\nSauf erreur de ma part, la facture FA-2025-00912 (Mme DUPONT-MORETTI, soins du "
            "15/09/2025) "
            "envoyée le 17/09 n'est toujours pas réglée, plus de 15 jours ouvrés après l'envoi. Merci de me "
            "tenir informé.\n" + sig(med1),
            fields={**pid(med1), "invoice_number": "FA-2025-00912"},
        ),
        Mail(
            "ticket-03",
            "ticket",
            "contestation",
            ("Cabinet dentaire Dr Haddad", den1.party.email),
            "Contestation rejet facture H-2025-1204 - motif droits non ouverts",
            "Madame, Monsieur,\n\nVotre bordereau du 06/10/2025 rejette la facture H-2025-1204 au motif « "
            "droits "
            "non ouverts à la date des soins ». Or la patiente était bien affiliée à la MGEN à cette date : "
            "je vous "
            "joins à nouveau la facture et l'attestation de droits.\nMerci de réexaminer le dossier.\n"
            + sig(den1),
            atts=[Att("dentiste-01.text.pdf", filename="H-2025-1204.pdf")],
            fields={**pid(den1), "invoice_number": "H-2025-1204"},
            note="the justificatif reads as an invoice, but the message contests a rejection",
        ),
        Mail(
            "ticket-04",
            "ticket",
            "régularisation",
            ("Thomas GARNIER", kin.party.email),
            "Demande de régularisation - erreur de NIR sur la facture KIN-2025-031",
            "Bonjour,\n\nJ'ai commis une erreur sur le numéro de sécurité sociale de M. ROUSSEAU dans la "
            "facture "
            "KIN-2025-031. Le bon numéro est celui figurant sur la facture corrigée. Comment procéder pour "
            "la "
            "régularisation ? Faut-il annuler et renvoyer ?\n\nCordialement" + sig(kin),
            fields={**pid(kin), "invoice_number": "KIN-2025-031"},
        ),
        Mail(
            "ticket-05",
            "ticket",
            "complément d'information",
            ("VISION PLUS NANTES", d["opticien-02"].party.email),
            "RE: Demande de complément d'information - dossier 2025-118734",
            "Bonjour,\n\nComme demandé, veuillez trouver ci-joint la prescription de Mme "
            "FONTAINE-DESCHAMPS.\n\n"
            "Cordialement\n\n-----Message d'origine-----\nDe : Service Tiers Payant "
            "<tiers-payant@intake.example.fr>"
            "\nObjet : Demande de complément d'information - dossier 2025-118734\n\n> Pour traiter votre "
            "facture "
            "OPT-F-2025-0777, merci de nous transmettre l'ordonnance.\n",
            atts=[Att(data=ordonnance_pdf(out, "opticien-02"), filename="prescription.pdf")],
            in_reply_to="<cmpl.2025118734" + op,
            references=["<cmpl.2025118734" + op],
            fields={"adeli": d["opticien-02"].party.id_value, "invoice_number": "OPT-F-2025-0777"},
        ),
        Mail(
            "ticket-06",
            "ticket",
            "ticket reply",
            ("Dr Jean-Marc MARTIN", med1.party.email),
            "Re: [TP-2026-000123] Votre facture a été rejetée",
            "Bonjour,\n\nMerci pour votre retour. Je vous confirme que la patiente avait bien une ordonnance "
            "en "
            "cours de validité, je vous la renvoie par courrier.\n\nCordialement\n\nLe 05/01/2026 à 09:12, "
            "Service Tiers Payant a écrit :\n> Votre facture FA-2025-00912 a été rejetée (motif : pièce "
            "manquante)."
            "\n> Référence de votre demande : TP-2026-000123\n",
            in_reply_to="<TP-2026-000123.1" + op,
            references=["<TP-2026-000123.1" + op],
            at=datetime(2026, 1, 6, 10, 15),
            ticket_ref="TP-2026-000123",
            fields={"invoice_number": "FA-2025-00912"},
        ),
        Mail(
            "ticket-07",
            "ticket",
            "ticket reply",
            ("Nathalie Blanc", inf1.party.email),
            "Re: Votre demande",
            "D'accord, merci beaucoup pour votre réponse rapide.\n\nNathalie Blanc\n\n"
            "Le 12/11/2025 à 14:02, tiers-payant@intake.example.fr a écrit :\n> Bonjour,\n> votre demande a "
            "bien "
            "été enregistrée. Nous revenons vers vous sous 48 à 72 heures ouvrées.\n",
            in_reply_to="<TP-2025-004512.2" + op,
            at=datetime(2025, 11, 12, 17, 40),
            references=["<TP-2025-004512.1" + op, "<TP-2025-004512.2" + op],
            note="only In-Reply-To/References tie it to the ticket thread",
        ),
        Mail(
            "ticket-08",
            "ticket",
            "payment discrepancy",
            ("Service facturation CDM", cds2.party.email),
            "Écart de paiement sur le bordereau du 03/10/2025",
            "Bonjour,\n\nLe bordereau de paiement du 03/10/2025 règle la facture CDM-2025-004417 pour 450,00 "
            "€ "
            "au lieu de 544,98 € attendus (part AMC). Pouvez-vous nous expliquer cet écart ?\n\n"
            "Service facturation — FINESS " + cds2.party.id_value + "\n",
            fields={**pid(cds2), "invoice_number": "CDM-2025-004417"},
        ),
        Mail(
            "ticket-09",
            "ticket",
            "contestation",
            ("Audition Garonne", aud.party.email),
            "Rejet motif plafond de garantie atteint ??",
            "Bonjour,\nvous avez rejeté la facture de M. GIRAUD au motif « plafond de garantie atteint ». "
            "Or le devis AUD-DV-25-042 avait été accepté le 02/10. Merci de vérifier.\nJulien Petit"
            + sig(aud, short=True),
            fields={**pid(aud), "invoice_number": "AUD-DV-25-042"},
        ),
        Mail(
            "ticket-10",
            "ticket",
            "payment chase",
            ("Nathalie BLANC", inf1.party.email),
            "TOUJOURS AUCUN PAIEMENT !!!",
            "Bonjour,\n\nCela fait maintenant 6 semaines que j'ai envoyé mes factures INF 2025/09-12 et "
            "INF 2025/09-13 et je n'ai toujours rien reçu. C'est inadmissible, j'ai appelé trois fois.\n"
            "Merci de régler au plus vite.\n\nN. BLANC\nADELI " + inf1.party.id_value + "\n",
            fields=pid(inf1),
            charset="iso-8859-1",
            legacy=True,
            at=datetime(2025, 11, 5, 7, 55),
        ),
        Mail(
            "ticket-11",
            "ticket",
            "complément d'information",
            ("Cabinet Dr VERNIER", pec.party.email),
            "Re: [TP-2025-004877] Pièces manquantes",
            "Bonjour,\nVoici la demande de prise en charge complétée avec le schéma dentaire.\nDr Vernier\n",
            atts=[Att("pec-01.text.pdf", filename="PEC-25-00077_complete.pdf")],
            ticket_ref="TP-2025-004877",
            in_reply_to="<TP-2025-004877.1" + op,
            references=["<TP-2025-004877.1" + op],
            fields={"invoice_number": "PEC-25-00077"},
            note="carries a PEC, but answers a request in an existing ticket",
        ),
        Mail(
            "ticket-12",
            "ticket",
            "patient identification",
            ("Facturation BioSanté", lab.party.email),
            "Erreur d'identification patient (NIR) - facture LBM25-091534",
            "Bonjour,\n\nVotre rejet indique « NIR inconnu » pour la facture LBM25-091534. L'enfant est "
            "ayant droit "
            f"de sa mère, NIR {lab.nir[:13]} {lab.nir[13:]}. Pouvez-vous corriger le rattachement ?\n\n"
            "Service facturation - FINESS " + lab.party.id_value + "\n",
            fields={**pid(lab), "invoice_number": "LBM25-091534", "nir": lab.nir},
        ),
        Mail(
            "ticket-13",
            "ticket",
            "régularisation",
            ("Pharmacie du Marché", pha.party.email),
            "Trop-perçu facture PH-0009342",
            "Bonjour,\n\nIl semble que la facture PH-0009342 nous ait été réglée deux fois (virements du "
            "29/09 et du "
            "06/10). Merci de nous indiquer comment procéder au remboursement de l'indu.\n\n"
            "Pharmacie du Marché — FINESS " + pha.party.id_value + "\n",
            fields={**pid(pha), "invoice_number": "PH-0009342"},
        ),
        Mail(
            "ticket-14",
            "ticket",
            "payment chase",
            ("Dr Jean-Marc Martin", "jm.martin.medecin@gmail.com"),
            "Suivi dossier - facture du 17/09 non payée",
            "Bonjour,\nje me permets de vous relancer concernant ma facture du 17/09/2025 (patiente "
            "DUPONT-MORETTI). "
            "Le délai de 7 à 10 jours est dépassé.\nCordialement,\nDr Martin, RPPS "
            + med1.party.id_value
            + "\n",
            charset="iso-8859-1",
            legacy=True,
            fields=pid(med1),
        ),
    ]


def _nir(body: str) -> str:
    from stdnum.fr import nir

    return body + nir.calc_check_digits(body + "00")


def patients() -> list[Mail]:
    own_nir = _nir("1720559350112")
    return [
        Mail(
            "patient-01",
            "auto_reply",
            "patient",
            ("Sylvie Marchetti", "sylvie.marchetti@gmail.com"),
            "Remboursement lunettes",
            "Bonjour,\nj'ai acheté mes lunettes le 2 octobre chez mon opticien et je n'ai toujours pas été "
            "remboursée de ma part mutuelle. Pouvez-vous me dire où en est mon dossier ?\nMerci\nSylvie "
            "Marchetti\n",
        ),
        Mail(
            "patient-02",
            "auto_reply",
            "patient",
            ("Bernard Quéré", "b.quere29@orange.fr"),
            "Question sur mon contrat",
            "Madame, Monsieur,\n\nJe voudrais savoir si mon contrat prend en charge les implants dentaires "
            "et à "
            "quelle hauteur. Je suis adhérent depuis 2019.\n\nCordialement,\nBernard Quéré\n",
            charset="iso-8859-1",
            legacy=True,
        ),
        Mail(
            "patient-03",
            "auto_reply",
            "patient",
            ("Amandine", "amandine.leroux@free.fr"),
            "Carte de tiers payant perdue",
            "Bonjour, j'ai perdu ma carte de mutuelle (tiers payant). Comment en obtenir une nouvelle ? "
            "Mon pharmacien refuse le tiers payant sans la carte.\n",
        ),
        Mail(
            "patient-04",
            "auto_reply",
            "patient",
            ("Karim Benali", "karim.benali@hotmail.fr"),
            "Attestation de mutuelle pour mon fils",
            "Bonjour,\n\nPouvez-vous m'envoyer une attestation de mutuelle pour mon fils Yanis (né le "
            "12/03/2014), "
            "l'école la demande pour un voyage.\n\nMerci d'avance\nK. Benali\n",
        ),
        Mail(
            "patient-05",
            "auto_reply",
            "patient",
            ("Josiane PETITJEAN", "josiane.petitjean@wanadoo.fr"),
            "pourquoi la pharmacie me demande de payer",
            "bonjour\nhier a la pharmacie on m'a demandé de payer 12 euros alors que j'ai une mutuelle, on "
            "m'a dit "
            "que c'etait votre organisme qui ne payait pas. je ne comprends pas. pouvez vous me rembourser "
            "?\n"
            "Josiane Petitjean\n",
        ),
        Mail(
            "patient-06",
            "auto_reply",
            "patient",
            ("Thierry Vasseur", "thierry.vasseur@sfr.fr"),
            "Remboursement consultation du 3 octobre",
            "Bonjour,\n\nJe n'ai reçu que 19 € sur les 30 € de ma consultation chez le généraliste. Mon "
            "numéro de "
            "sécurité sociale est "
            + fmt_nir(own_nir, "spaced")
            + ". Pourriez-vous me verser le complément ?\n\n"
            "T. Vasseur\n",
            fields={"nir": own_nir},
            note="the body holds the patient's own NIR: never echo it back",
        ),
    ]


def supports(out: Output) -> list[Mail]:
    new_rpps = ids.with_luhn("1010123456")
    kin, med4, pha = out.docs["kine-01"], out.docs["medecin-04"], out.docs["pharmacie-01"]
    return [
        Mail(
            "support-01",
            "auto_reply",
            "support",
            ("Dr Clara Fontanel", "dr.fontanel@medecins-gard.fr"),
            "Création de compte sur le portail professionnel",
            "Bonjour,\n\nJe viens de m'installer à Nîmes et souhaiterais créer un compte sur votre portail "
            "professionnel pour suivre mes paiements. Quelle est la démarche ?\n\nDr Clara Fontanel\n"
            "Médecin généraliste - RPPS " + new_rpps + "\n",
            fields={"rpps": new_rpps},
        ),
        Mail(
            "support-02",
            "auto_reply",
            "support",
            ("Thomas GARNIER", kin.party.email),
            "Mot de passe oublié",
            "Bonjour, j'ai oublié mon mot de passe et le lien de réinitialisation ne fonctionne pas. "
            "Pouvez-vous "
            "me le renvoyer ?" + sig(kin, short=True),
            fields=pid(kin),
        ),
        Mail(
            "support-03",
            "auto_reply",
            "support",
            ("Secrétariat Dr Vidal", med4.party.email),
            "Compte bloqué",
            "Bonjour,\nnotre compte est bloqué après 3 tentatives de connexion infructueuses. Merci de le "
            "débloquer rapidement, nous devons consulter les paiements.\nLe secrétariat du Dr Vidal\n",
        ),
        Mail(
            "support-04",
            "auto_reply",
            "support",
            ("Pharmacie du Marché", pha.party.email),
            "Erreur 15 lors de la connexion",
            "Bonjour,\n\nDepuis ce matin, impossible de me connecter à l'espace professionnel : le message "
            "« erreur 15 » s'affiche. J'ai vidé le cache du navigateur sans succès.\n\nCordialement\n",
            mailer="Microsoft Outlook 16.0",
        ),
        Mail(
            "support-05",
            "auto_reply",
            "support",
            ("Cabinet comptable Delmas", "contact@delmas-expertise.fr"),
            "Demande d'attestation de paiements 2024",
            "Madame, Monsieur,\n\nPour la clôture des comptes de notre client, le Dr Karim HADDAD, "
            "pourriez-vous "
            "nous transmettre une attestation (ou un duplicata des relevés) des paiements 2024 ?\n\n"
            "Cabinet Delmas, expertise comptable\n",
        ),
        Mail(
            "support-06",
            "auto_reply",
            "support",
            ("Dr Lucie Arnaud", "lucie.arnaud.kine@gmail.com"),
            "Question délais de traitement",
            "Bonjour,\nQuels sont vos délais de traitement pour les factures envoyées par fax ? Et par email "
            "?\n"
            "Merci\nLucie Arnaud\n",
        ),
    ]


def security() -> list[Mail]:
    return [
        Mail(
            "security-01",
            "auto_reply",
            "security_incident",
            ("Dr Pierre-Yves Colin", "py.colin@medecin-lyon.fr"),
            "Cyberattaque de février 2024",
            "Bonjour,\n\nJ'ai appris par la presse la cyberattaque de février 2024 visant les opérateurs de "
            "tiers "
            "payant. Les données de mes patients sont-elles concernées ? Que dois-je leur dire ?\n\nDr "
            "Colin\n",
        ),
        Mail(
            "security-02",
            "auto_reply",
            "security_incident",
            ("Marie Lopez", "marie.lopez@yahoo.fr"),
            "Mes données ont-elles été exposées ?",
            "Bonjour, suite à la fuite de données, je voudrais savoir si mes données (numéro de sécurité "
            "sociale, "
            "mutuelle) ont été exposées. Merci de me répondre.\n",
        ),
        Mail(
            "security-03",
            "auto_reply",
            "security_incident",
            ("Henri Dufour", "henri.dufour@laposte.net"),
            "Appel suspect d'un faux conseiller",
            "Bonjour,\n\nHier, une personne se disant conseiller de votre organisme m'a appelé ; elle "
            "connaissait "
            "mon numéro de sécurité sociale et le nom de ma mutuelle, et m'a demandé mes coordonnées "
            "bancaires. "
            "Je crains une utilisation frauduleuse de mes données.\n\nHenri Dufour\n",
            charset="iso-8859-1",
            legacy=True,
        ),
        Mail(
            "security-04",
            "auto_reply",
            "security_incident",
            ("Cabinet infirmier des Halles", "idel.halles@orange.fr"),
            "Usurpation suite à la fuite de données",
            "Bonjour,\nplusieurs de nos patients ont reçu des SMS frauduleux se réclamant de votre service "
            "depuis "
            "le piratage. Que faut-il faire ? Avez-vous un numéro dédié ?\n",
        ),
    ]


def bank(out: Output) -> list[Mail]:
    med1, cds1, den1 = out.docs["medecin-01"], out.docs["centre-sante-01"], out.docs["dentiste-01"]
    rng = random.Random(4242)  # noqa: S311 - reproducible samples, not secrets
    new_iban = ids.group_iban(ids.french_iban(rng))
    fraud_iban = ids.french_iban(rng)
    return [
        Mail(
            "bank-01",
            "auto_reply",
            "bank_details",
            ("Dr Jean-Marc MARTIN", med1.party.email),
            "Changement de RIB",
            "Bonjour,\n\nSuite à un changement de banque, merci d'effectuer désormais les virements sur le "
            "compte "
            f"suivant :\nIBAN : {new_iban}\nBIC : BNPAFRPPXXX\n\nCordialement," + sig(med1),
            fields=pid(med1),
        ),
        Mail(
            "bank-02",
            "auto_reply",
            "bank_details",
            ("Cabinet dentaire Dr Haddad", den1.party.email),
            "Nouvelles coordonnées bancaires du cabinet",
            "Bonjour,\nveuillez trouver ci-joint notre nouveau RIB, à utiliser pour tous les prochains "
            "règlements.\n" + sig(den1),
            atts=[Att(data=rib_pdf(den1, "SELARL DR KARIM HADDAD"), filename="RIB_cabinet.pdf")],
            fields=pid(den1),
            note="a RIB PDF attached: never act on it",
        ),
        Mail(
            "bank-03",
            "auto_reply",
            "bank_details",
            ("Dr Jean-Marc Martin", "drjmmartin.cabinet@gmail.com"),
            "URGENT mise à jour IBAN",
            "Bonjour,\nA compter de ce jour merci de verser tous mes règlements sur mon nouveau compte :\n"
            f"{fraud_iban}\nTitulaire : MARTIN JEAN MARC\nMerci de confirmer le changement par retour "
            "de mail, c'est urgent.\nDr Martin\n",
            note="classic fraud pattern: new address, urgency",
        ),
        Mail(
            "bank-04",
            "auto_reply",
            "bank_details",
            ("Direction CDS Simone Veil", "direction@cds-simoneveil.org"),
            "Modification de domiciliation bancaire",
            html=html_wrap(
                "<p>Madame, Monsieur,</p><p>L'association gestionnaire du centre de santé change de "
                "banque. Merci de prendre en compte le RIB ci-joint pour les paiements à venir "
                f"(FINESS {cds1.party.id_value}).</p><p>La direction</p>"
            ),
            html_only=True,
            atts=[Att(data=rib_pdf(cds1, "ASSOCIATION SANTÉ POUR TOUS"), filename="RIB nouveau.pdf")],
            fields=pid(cds1),
        ),
    ]


def ignores() -> list[Mail]:
    ooo_body = (
        "Bonjour,\n\nJe suis absent du cabinet du 20 au 31 octobre inclus. Pour toute urgence, contactez "
        "le Dr Colin au 04 78 00 00 00.\n\nCordialement\n"
    )
    return [
        Mail(
            "ignore-01",
            "ignore",
            "out-of-office",
            ("Dr Sophie AUBERT-LAMBERT", "secretariat@cardio-lafayette.fr"),
            "Réponse automatique : [TP-2026-000245] Votre demande",
            ooo_body,
            headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
            return_path="",
            in_reply_to=f"<TP-2026-000245.1@{OPERATOR_DOMAIN}>",
            at=datetime(2026, 1, 20, 9, 1),
            note="an out-of-office that carries a ticket reference: still ignore",
        ),
        Mail(
            "ignore-02",
            "ignore",
            "out-of-office",
            ("Nathalie Blanc", "nathalie.blanc.idel@free.fr"),
            "Absente jusqu'au 3 novembre",
            "Je suis en congés jusqu'au 3 novembre. Votre message sera traité à mon retour.\n",
            headers={"X-Autoreply": "yes", "X-Autorespond": "Absente jusqu'au 3 novembre"},
        ),
        Mail(
            "ignore-03",
            "ignore",
            "out-of-office",
            ("Accueil CDM", "accueil@cdm-croixrousse.fr"),
            "Réponse automatique : absence",
            "Bonjour,\n\nNos bureaux sont fermés pendant les vacances de la Toussaint. Nous traiterons votre "
            "message dès notre retour le 3 novembre.\n\nL'équipe du Centre dentaire\n",
            headers={
                "X-Auto-Response-Suppress": "All",
                "X-MS-Exchange-Inbox-Rules-Loop": "accueil@cdm-croixrousse.fr",
                "Thread-Topic": "absence",
                "X-MS-Has-Attach": "",
            },
            mailer="Microsoft Outlook 16.0",
            legacy=True,
            at=datetime(2025, 10, 22, 14, 3),
        ),
        Mail(
            "ignore-07",
            "ignore",
            "newsletter",
            ("MedEquip Pro", "newsletter@medequip-pro.example.com"),
            "Nouveautés matériel médical - octobre 2025",
            "Découvrez nos nouveautés : tensiomètres, otoscopes, tables d'examen... -20 % jusqu'au 31/10.\n"
            "Se désinscrire : https://medequip-pro.example.com/unsub?u=8812\n",
            html=html_wrap(
                "<h1>Nouveautés d'octobre</h1><p>Tensiomètres, otoscopes, tables d'examen : "
                '<b>-20 %</b> jusqu\'au 31/10.</p><p><a href="https://medequip-pro.example.com/unsub?u=8812">'
                "Se désinscrire</a></p>"
            ),
            headers={
                "List-Unsubscribe": "<https://medequip-pro.example.com/unsub?u=8812>, "
                "<mailto:unsub-8812@medequip-pro.example.com>",
                "Precedence": "bulk",
                "List-Id": "MedEquip Pro <news.medequip-pro.example.com>",
            },
            return_path="bounce-8812@mailer.medequip-pro.example.com",
        ),
        Mail(
            "ignore-08",
            "ignore",
            "newsletter",
            ("Formation Santé Plus", "info@formation-sante.example.org"),
            "Webinaire : la réforme 100% Santé expliquée",
            "Inscrivez-vous à notre webinaire gratuit du 14 novembre sur la réforme 100% Santé en optique, "
            "dentaire et audiologie.\n",
            headers={
                "List-Id": "<webinaires.formation-sante.example.org>",
                "List-Unsubscribe": "<https://formation-sante.example.org/u/55>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                "Precedence": "list",
            },
            return_path="bounces@formation-sante.example.org",
        ),
        Mail(
            "ignore-09",
            "ignore",
            "spam",
            ("Service Gagnant", "promo@win-cadeaux.example.biz"),
            "Félicitations ! Vous avez gagné 5000 € de bons d'achat",
            "Cher client, vous avez été sélectionné ! Cliquez ici pour recevoir vos 5000 € de bons d'achat : "
            "http://win-cadeaux.example.biz/claim?id=99\n",
            headers={"X-Spam-Flag": "YES", "X-Spam-Score": "9.7"},
        ),
        Mail(
            "ignore-10",
            "ignore",
            "phishing",
            ("Service Tiers Payant", "securite@tiers-payant-verification.example.xyz"),
            "Action requise : votre compte sera suspendu",
            "Cher professionnel de santé,\n\nSuite à une mise à jour de sécurité, votre compte sera suspendu "
            "sous "
            "24 heures. Cliquez ici pour confirmer vos identifiants et vos coordonnées bancaires : "
            "http://tiers-payant-verification.example.xyz/login\n\nLe service sécurité\n",
            html=html_wrap(
                "<p>Cher professionnel de santé,</p><p>Votre compte sera <b>suspendu</b> sous 24 heures."
                '</p><p><a href="http://tiers-payant-verification.example.xyz/login">Cliquez ici</a> '
                "pour confirmer vos identifiants.</p>"
            ),
        ),
        Mail(
            "ignore-11",
            "ignore",
            "phishing",
            ("ameli", "no-reply@ameli-remboursement.example.top"),
            "Vous avez un remboursement en attente de 187,40 €",
            html=html_wrap(
                "<p>Madame, Monsieur,</p><p>Après les derniers calculs de l'activité annuelle, vous "
                'êtes éligible à un remboursement de <b>187,40 €</b>.</p><p><a href="http://ameli-'
                'remboursement.example.top/r">Accéder au formulaire</a></p>'
            ),
            html_only=True,
        ),
    ]


def reviews() -> list[Mail]:
    return [
        Mail("review-01", "review", "empty message", ("", "j.dupuis1961@gmail.com"), "", ""),
        Mail("review-02", "review", "one-word body", ("Paul", "paul.renard@orange.fr"), "?", "?\n"),
        Mail(
            "review-03",
            "review",
            "announces an attachment that is missing",
            ("Cabinet Lemoine", "cabinet.lemoine@sfr.fr"),
            "Document",
            "Voir pièce jointe.\n",
        ),
        Mail(
            "review-04",
            "review",
            "unclear request",
            ("06 12 34 56 78", "0612345678@sms.example.fr"),
            "rappel",
            "Bonjour rappelez moi svp au 06 12 34 56 78 merci\n",
        ),
    ]


# -- reports (DSN, MDN) built by hand with the email library --------------------------------------


def dsn_postfix(index: int) -> Message:
    msg = MIMEMultipart("report", report_type="delivery-status")
    msg.attach(
        MIMEText(
            "This is the mail system at host mail.cabinet-exemple.fr.\n\nI'm sorry to have to inform "
            "you that your message could not be delivered to one or more recipients.\n\n"
            "<dr.bertin@cabinet-exemple.fr>: host mx.cabinet-exemple.fr said: 550 5.1.1 User unknown\n",
            "plain",
            "us-ascii",
        )
    )
    status = MIMEBase("message", "delivery-status")
    per_message = Message()
    per_message["Reporting-MTA"] = "dns; mail.cabinet-exemple.fr"
    per_message["Arrival-Date"] = format_datetime(when(index))
    per_recipient = Message()
    per_recipient["Final-Recipient"] = "rfc822; dr.bertin@cabinet-exemple.fr"
    per_recipient["Action"] = "failed"
    per_recipient["Status"] = "5.1.1"
    per_recipient["Diagnostic-Code"] = "smtp; 550 5.1.1 User unknown"
    status.set_payload([per_message, per_recipient])
    msg.attach(status)
    headers = MIMEText(
        f"From: Service Tiers Payant <tiers-payant@{OPERATOR_DOMAIN}>\nTo: dr.bertin@cabinet-exemple.fr\n"
        "Subject: Accusé de réception de votre facture\n",
        "rfc822-headers",
        "utf-8",
    )
    msg.attach(headers)
    msg["Return-Path"] = "<>"
    msg["From"] = "MAILER-DAEMON@mail.cabinet-exemple.fr (Mail Delivery System)"
    msg["To"] = f"tiers-payant@{OPERATOR_DOMAIN}"
    msg["Subject"] = "Undelivered Mail Returned to Sender"
    msg["Date"] = format_datetime(when(index))
    msg["Message-ID"] = f"<20251020.dsn{index}@mail.cabinet-exemple.fr>"
    msg["Auto-Submitted"] = "auto-replied"
    return msg


def dsn_exchange(index: int) -> Message:
    msg = MIMEMultipart("report", report_type="delivery-status")
    msg.attach(
        MIMEText(
            "Remise à ces destinataires ou groupes impossible :\n\nfacturation@kine-ancien-domaine.fr\n"
            "L'adresse de messagerie que vous avez entrée est introuvable.\n",
            "plain",
            "utf-8",
        )
    )
    status = MIMEBase("message", "delivery-status")
    first, second = Message(), Message()
    first["Reporting-MTA"] = "dns;EX-01.kine-ancien-domaine.fr"
    second["Final-Recipient"] = "rfc822;facturation@kine-ancien-domaine.fr"
    second["Action"] = "failed"
    second["Status"] = "5.1.10"
    status.set_payload([first, second])
    msg.attach(status)
    original = MIMEText("Bonjour, votre facture a bien été reçue.\n", "plain", "utf-8")
    original["From"] = f"tiers-payant@{OPERATOR_DOMAIN}"
    original["Subject"] = "Votre facture a bien été reçue"
    wrapper = MIMEBase("message", "rfc822")
    wrapper.set_payload([original])
    msg.attach(wrapper)
    msg["Return-Path"] = "<>"
    msg["From"] = "postmaster@kine-ancien-domaine.fr"
    msg["To"] = f"tiers-payant@{OPERATOR_DOMAIN}"
    msg["Subject"] = "Non remis : Votre facture a bien été reçue"
    msg["Date"] = format_datetime(when(index))
    msg["Message-ID"] = f"<dsn.{index}@EX-01.kine-ancien-domaine.fr>"
    msg["X-MS-Exchange-Message-Is-Ndr"] = ""
    return msg


def mdn(index: int) -> Message:
    msg = MIMEMultipart("report", report_type="disposition-notification")
    msg.attach(
        MIMEText(
            "Ceci est un accusé de lecture pour le message envoyé le 14/10/2025 à "
            "dr.haddad@dentiste-longchamp.fr.\nRemarque : cet accusé indique uniquement que le message "
            "a été affiché sur l'ordinateur du destinataire.\n",
            "plain",
            "utf-8",
        )
    )
    notification = MIMEBase("message", "disposition-notification")
    notification.set_payload(
        "Reporting-UA: dentiste-longchamp.fr; Microsoft Outlook 16.0\n"
        "Final-Recipient: rfc822;dr.haddad@dentiste-longchamp.fr\n"
        f"Original-Message-ID: <TP-2025-004601.1@{OPERATOR_DOMAIN}>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n"
    )
    msg.attach(notification)
    msg["Return-Path"] = "<>"
    msg["From"] = "Dr Karim HADDAD <dr.haddad@dentiste-longchamp.fr>"
    msg["To"] = f"tiers-payant@{OPERATOR_DOMAIN}"
    msg["Subject"] = "Lu : [TP-2025-004601] Votre facture H-2025-1204"
    msg["Date"] = format_datetime(when(index))
    msg["Message-ID"] = f"<mdn.{index}@dentiste-longchamp.fr>"
    return msg


REPORTS: list[tuple[str, str, Callable[[int], Message]]] = [
    ("ignore-04", "bounce", dsn_postfix),
    ("ignore-05", "bounce", dsn_exchange),
    ("ignore-06", "read receipt", mdn),
]


def write_emails(out: Output, root: Path) -> dict[str, int]:
    folder = root / "emails"
    folder.mkdir(parents=True, exist_ok=True)
    files = {name: path.read_bytes() for name, path in out.files.items()}
    mails = [
        *claims(out),
        *tickets(out),
        *patients(),
        *supports(out),
        *security(),
        *bank(out),
        *ignores(),
        *reviews(),
    ]
    counts: dict[str, int] = {}
    for index, mail in enumerate(mails):
        msg = build(mail, index, files)
        (folder / f"{mail.name}.eml").write_bytes(to_bytes(msg))
        write_json(folder / f"{mail.name}.eml.json", truth(mail, _attachment_truth(mail)))
        counts[mail.action] = counts.get(mail.action, 0) + 1
    for offset, (name, reason, make) in enumerate(REPORTS):
        msg = make(len(mails) + offset)
        fix_boundaries(msg, name)
        (folder / f"{name}.eml").write_bytes(msg.as_bytes())
        write_json(folder / f"{name}.eml.json", {"action": "ignore", "reason": reason, "fields": {}})
        counts["ignore"] += 1
    return counts


def _attachment_truth(mail: Mail) -> list[dict[str, Any]]:
    items = []
    for att in mail.atts + (mail.forward.atts if mail.forward else []):
        item: dict[str, Any] = {"filename": att.filename}
        if att.source:
            item["source"] = f"documents/{att.source}"
        items.append(item)
    return items
