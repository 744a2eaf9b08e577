"""Held-out set 2, written after the classifier changes and never tuned on: `python -m bench.heldout.set2`."""

from __future__ import annotations

from pathlib import Path

from bench.heldout.build import Writer, doc, pdf_letter, rpps

OUT = Path(__file__).resolve().parent / "emails2"


def build() -> None:
    w = Writer(OUT)

    # claims
    w.write("claim-sagefemme", frm="Louise Tanguy sage-femme <louise.tanguy.sf@gmail.com>",
            subject="Séances de préparation à la naissance",
            body=("Bonsoir,\nJe vous adresse la facturation des séances de préparation à la naissance de ma "
                  "patiente, part complémentaire uniquement.\nLouise Tanguy\n"),
            action="claim", reason="invoice", attachments=[doc("medecin-02.scan.pdf")])
    w.write("claim-podologue-noaccent", frm="podo vidal <podo.vidal@sfr.fr>", subject="fact semelles",
            body="bonjour\nfacture semelles orthopediques en pj, tiers payant mutuelle\ncdlt\n",
            action="claim", reason="invoice", attachments=[doc("kine-01.text.pdf")])
    w.write("claim-english-gp", frm="Dr Olivia Grant <olivia.grant@cabinet-grant.fr>",
            subject="Consultation fee - tiers payant",
            body="Dear team, here is the fee note for yesterday's consultation. Regards, Dr Grant\n",
            action="claim", reason="invoice", attachments=[doc("medecin-01.text.pdf")])
    w.write("claim-pharma-multiple", frm="Grande Pharmacie de Lyon <tp@grandepharmacie-lyon.fr>",
            subject="Dispenses du 03/11",
            body=("Bonjour, voici 2 factures de dispensation (ordonnances jointes) pour remboursement de la "
                  "part mutuelle.\n"),
            action="claim", reason="invoice",
            attachments=[doc("pharmacie-01.text.pdf"), doc("pharmacie-01.scan.pdf")])
    w.write("claim-dentiste-question", frm="Dr Marc Ollivier <marc.ollivier@dentiste-ollivier.fr>",
            subject="Facture implant",
            body=("Bonjour,\nFacture jointe. Question au passage : sous combien de temps le paiement est-il "
                  "effectué en général ?\nMerci\n"),
            action="claim", reason="invoice", attachments=[doc("dentiste-01.scan.pdf")])
    w.write("claim-opticien-pec-sms", frm="optique du centre <optiqueducentre@orange.fr>",
            subject="pec", body="pec svp, devis ci joint. merci bcp\n",
            action="claim", reason="devis", attachments=[doc("opticien-02.text.pdf")])
    w.write("claim-cabinet-groupe", frm="Maison de santé pluriprofessionnelle <msp.facturation@msp-lesvignes.fr>",
            subject="Factures MSP Les Vignes",
            body=("Madame, Monsieur,\nPour le compte des praticiens de la MSP, nous vous faisons suivre les "
                  "factures de novembre.\nCordialement,\nLe pôle administratif\n"),
            action="claim", reason="invoice", attachments=[doc("centre-sante-02.scan.pdf")])
    w.write("claim-no-body", frm="Dr Yann Le Goff <yann.legoff@medecin-brest.fr>", subject="", body="",
            action="claim", reason="invoice", attachments=[doc("medecin-04.text.pdf")])
    w.write("claim-audio-rappel", frm="Audika Colmar <colmar@audio-exemple.fr>",
            subject="Demande de prise en charge aides auditives",
            body=("Bonjour, pourriez-vous étudier la prise en charge des aides auditives de M. K. ? "
                  "Devis et prescription ORL joints. Bien cordialement\n"),
            action="claim", reason="prise en charge", attachments=[doc("audio-01.scan.pdf")])

    # tickets
    w.write("ticket-kine-partial", frm="Cabinet kiné Bellevue <kine.bellevue@gmail.com>",
            subject="Règlement incomplet",
            body=("Bonjour,\nPour la facture 2025-311 on a reçu 18 € au lieu de 27 €. Pourquoi ce montant ?\n"
                  f"RPPS {rpps('0778899')}\n"),
            action="ticket", reason="payment discrepancy")
    w.write("ticket-idel-angry", frm="Chantal R. <chantal.r.idel@orange.fr>", subject="Ras le bol",
            body=("Ca fait la 4e fois que j'écris pour les soins de Mme D. en juillet. Toujours rien sur mon "
                  "compte. Vous attendez quoi ?\n"),
            action="ticket", reason="payment chase")
    w.write("ticket-english-rejection", frm="Dr Ahmed Khan <ahmed.khan.dentist@gmail.com>",
            subject="Rejected claim 2025-0912",
            body=("Hello,\nClaim 2025-0912 came back rejected with 'patient not identified'. The social security "
                  "number on the invoice is correct. Could you please process it again?\nThanks\n"),
            action="ticket", reason="contestation")
    w.write("ticket-labo-regul", frm="Labo Biomnis Facturation <regul@labo-exemple2.fr>",
            subject="Demande de régularisation",
            body=("Bonjour,\nSuite à la revalorisation de la cotation B au 1er septembre, merci de régulariser "
                  "les paiements des dossiers listés ci-dessous, payés à l'ancien tarif.\n- 2025-09-8812\n"
                  "- 2025-09-8840\nCordialement\n"),
            action="ticket", reason="regularisation")
    w.write("ticket-reply-thread", frm="Pharmacie Bastide <pharmacie.bastide@orange.fr>",
            subject="Re: [TP-2026-000733] Pièce manquante",
            headers={"In-Reply-To": "<tp-2026-000733.2@intake.example.fr>"},
            body="C'est fait, tout est renvoyé. Bonne journée.\n",
            action="ticket", reason="thread reply")
    w.write("ticket-secretaire-info", frm="Secrétariat médical Dr Picard <sec.picard@gmail.com>",
            subject="Votre courrier du 21/10",
            body=("Bonjour, vous nous demandiez la date de naissance du bénéficiaire pour le dossier 40551 : "
                  "il s'agit du 14/02/2016. Cordialement, le secrétariat.\n"),
            action="ticket", reason="information answer")
    w.write("ticket-centre-virement", frm="Centre dentaire Mutualiste <compta@cdm-exemple.fr>",
            subject="Virement introuvable",
            body=("Bonjour,\nLe bordereau de paiement du 15/10 annonce un virement de 1 240 € que nous ne "
                  "retrouvons pas sur notre relevé. Pouvez-vous vérifier ?\n"),
            action="ticket", reason="payment chase")

    # patients
    w.write("patient-remboursement-sms", frm="julie <julie.v@gmail.com>", subject="?",
            body="bjr j'attends tjrs le remboursement de mon orthodontiste, c normal ??\n",
            action="auto_reply", reason="patient")
    w.write("patient-devis-own", frm="Gérard Lemoine <gerard.lemoine@wanadoo.fr>",
            subject="Devis prothèse auditive",
            body=("Bonjour,\nMon audioprothésiste m'a remis ce devis. Pouvez-vous me dire ce que ma complémentaire "
                  "va prendre en charge ?\nCordialement\nGérard Lemoine\n"),
            action="auto_reply", reason="patient", attachments=[doc("audio-01.text.pdf")],
            note="an insured person with their own quote: patient")
    w.write("patient-english-student", frm="Chen Wei <chen.wei.student@gmail.com>",
            subject="Reimbursement question",
            body=("Hi, I am an international student. I went to the dentist last month and still didn't get "
                  "my money back. Who should I contact?\n"),
            action="auto_reply", reason="patient")
    w.write("patient-tiers-payant-refuse", frm="Sophie Martin <sophie.martin21@free.fr>",
            subject="tiers payant refusé",
            body=("Bonjour, l'opticien refuse de me faire le tiers payant, il dit que mes droits ne sont pas "
                  "ouverts. Pourtant je paie ma cotisation tous les mois !\n"),
            action="auto_reply", reason="patient")

    # support
    w.write("support-cps", frm="Pharmacie Moderne <ph.moderne@orange.fr>", subject="connexion portail",
            body=("Bonjour, depuis le changement de notre carte CPS, le portail refuse l'authentification. "
                  "Que doit-on faire ?\n"),
            action="auto_reply", reason="support")
    w.write("support-releve-annuel", frm="Cabinet infirmier Arc-en-ciel <idel.arcenciel@gmail.com>",
            subject="Récapitulatif 2024",
            body="Bonjour, pouvez-vous m'envoyer le récapitulatif des sommes versées en 2024 ? Merci\n",
            action="auto_reply", reason="support")
    w.write("support-english-password", frm="Dr Liam Walsh <liam.walsh@practice-exemple.com>",
            subject="Password",
            body="Hi, I forgot my password for the professional portal and the reset email never arrives.\n",
            action="auto_reply", reason="support")
    w.write("support-delais", frm="M. Ferreira, orthophoniste <ferreira.ortho@gmail.com>",
            subject="Renseignement",
            body="Bonjour, quels sont vos délais de paiement habituels pour les orthophonistes ? Merci\n",
            action="auto_reply", reason="support")

    # security
    w.write("security-cnil", frm="Dr Anne Morel <anne.morel@cabinet-morel.fr>",
            subject="Notification CNIL",
            body=("Bonjour,\nMon DPO me demande si notre cabinet doit faire une notification à la CNIL suite à "
                  "l'incident de l'an dernier chez vous. Quelles données de nos patients étaient concernées ?\n"),
            action="auto_reply", reason="security_incident")
    w.write("security-faux-sms", frm="Patrick Henry <patrick.henry@orange.fr>", subject="sms frauduleux",
            body=("Bonjour, je reçois des SMS me demandant de payer des frais pour ma carte de mutuelle avec un "
                  "lien. Est-ce que mes informations ont été récupérées lors de votre fuite ?\n"),
            action="auto_reply", reason="security_incident")

    # bank details
    w.write("bank-nouveau-compte", frm="Dr Hugo Lambert <hugo.lambert.kine@gmail.com>",
            subject="Nouveau compte",
            body=("Bonjour, merci de verser dorénavant mes règlements sur mon nouveau compte pro, RIB en pièce "
                  "jointe.\n"),
            action="auto_reply", reason="bank_details",
            attachments=[("rib.pdf", pdf_letter(["RIB", "Titulaire : Hugo Lambert",
                                                 "IBAN FR76 1810 6000 1234 5678 9012 345"]), "application/pdf")])
    w.write("bank-letter-scan", frm="Laboratoire Dumas <labo.dumas@orange.fr>", subject="Info",
            body="Cf. courrier joint.\n", action="auto_reply", reason="bank_details",
            attachments=[("courrier_banque.pdf",
                          pdf_letter(["Laboratoire Dumas", "Objet : changement de domiciliation bancaire",
                                      "A compter du 1er décembre, merci de régler nos factures sur le compte",
                                      "IBAN FR76 3000 2005 5000 0015 7845 Z02 - BIC CRLYFRPP"]),
                          "application/pdf")])

    # machines
    w.write("ignore-ooo-zimbra", frm="Cabinet Dr Roche <cabinet.roche@zimbra-exemple.fr>",
            subject="Absence : Re: dossier 4412", headers={"X-Zimbra-Vacation": "1", "Auto-Submitted": "auto-replied"},
            body="Le cabinet est fermé jusqu'au 10 novembre.\n", action="ignore", reason="out-of-office")
    w.write("ignore-newsletter-ordre", frm="URPS Médecins <lettre@urps-exemple.fr>",
            subject="La lettre de l'URPS - novembre",
            headers={"List-Unsubscribe": "<mailto:unsubscribe@urps-exemple.fr>", "Precedence": "list"},
            body="Au sommaire : tiers payant généralisé, facturation, nouveautés conventionnelles.\n",
            action="ignore", reason="newsletter")
    bounce = (
        "Return-Path: <>\nFrom: Mail Delivery System <MAILER-DAEMON@mx.orange.fr>\n"
        "To: factures@intake.example.fr\nSubject: Mail delivery failed: returning message to sender\n"
        "Date: Wed, 05 Nov 2025 09:00:00 +0100\nMessage-ID: <bounce-99@mx.orange.fr>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=us-ascii\n\n"
        "This message was created automatically by mail delivery software.\n\nA message that you sent could "
        "not be delivered to one or more of its recipients.\n\n  cabinet.ancien@orange.fr\n    mailbox is full\n")
    w.write("ignore-bounce-plain", frm="", subject="", body="", action="ignore", reason="bounce",
            raw=bounce.encode())
    w.write("ignore-phishing-en", frm="Microsoft 365 <security-alert@m365-verify-account.com>",
            subject="Action required: verify your mailbox",
            body=("Your password expires today. Click below to keep your current password: "
                  "https://m365-verify-account.com/keep\nMicrosoft Security Team\n"),
            action="ignore", reason="phishing")
    print(f"{w.n} messages in {OUT}")


if __name__ == "__main__":
    build()
