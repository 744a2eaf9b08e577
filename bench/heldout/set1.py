"""Held-out set 1 (written before any classifier change): `python -m bench.heldout.set1`."""

from __future__ import annotations

from pathlib import Path

from bench.heldout.build import Writer, doc, pdf_letter, rpps

OUT = Path(__file__).resolve().parent / "emails"


def build() -> None:
    w = Writer(OUT)

    # ------------------------------------------------------------------ claims
    w.write("claim-pharma-terse", frm="Pharmacie du Marché <pharmacie.marche.auch@orange.fr>",
            subject="TP mutuelle", body="Ci-joint facture TP pour Mme R.\nCdt\n\nPharmacie du Marché - Auch\n",
            action="claim", reason="invoice", attachments=[doc("pharmacie-01.text.pdf")])
    w.write("claim-kine-sms", frm="kevin kine <kev.kine64@gmail.com>", subject="facture",
            body="slt\nvoila la fact des seances de reeduc du patient, merci de regler la part mut. a+\nKevin\n",
            action="claim", reason="invoice", attachments=[doc("kine-01.scan.pdf")])
    w.write("claim-idel-polite", frm="Sylvie Bonnaud IDEL <sylvie.bonnaud.idel@wanadoo.fr>",
            subject="Soins infirmiers à domicile - octobre 2025",
            body=("Madame, Monsieur,\n\nJe vous prie de bien vouloir trouver en pièce jointe le relevé des soins "
                  "infirmiers dispensés à domicile à ma patiente au cours du mois d'octobre.\n\nJe vous remercie "
                  "par avance pour le règlement de la part complémentaire.\n\nVeuillez agréer, Madame, Monsieur, "
                  "l'expression de mes salutations distinguées.\n\nSylvie Bonnaud\nInfirmière libérale\n"
                  f"ADELI 33 6 12345 7\n"),
            action="claim", reason="invoice", attachments=[doc("infirmier-01.text.pdf")])
    w.write("claim-orthoptiste", frm="Cabinet d'orthoptie Lemaire <orthoptie.lemaire@free.fr>",
            subject="Bilan orthoptique + séances - part complémentaire",
            body=("Bonjour,\n\nVous trouverez ci-joint la note d'honoraires pour le bilan et les séances de "
                  "rééducation orthoptique de notre jeune patient.\nLa part AMO a été télétransmise.\n\n"
                  f"Claire Lemaire, orthoptiste\nRPPS {rpps('0234567')}\n"),
            action="claim", reason="invoice", attachments=[doc("medecin-02.text.pdf")])
    w.write("claim-audio-pec", frm="Audition Conseil Vannes <vannes@audition-conseil.fr>",
            subject="Demande d'accord - appareillage bilatéral",
            body=("Bonjour,\n\nMerci de bien vouloir nous donner votre accord pour l'appareillage auditif "
                  "bilatéral de notre client (classe II). Le devis normalisé signé est joint.\n\n"
                  "L'équipe Audition Conseil\n"),
            action="claim", reason="prise en charge", attachments=[doc("audio-01.text.pdf")])
    w.write("claim-centre-sante-batch", frm="Centre municipal de santé <cms.facturation@ville-gennevilliers.fr>",
            subject="Envoi hebdomadaire - factures tiers payant",
            body=("Bonjour,\n\nLe centre municipal de santé vous transmet les factures de la semaine 44 "
                  "(2 documents).\n\nService facturation\nFINESS 920012345\n"),
            action="claim", reason="invoice",
            attachments=[doc("centre-sante-01.text.pdf"), doc("centre-sante-02.text.pdf")])
    w.write("claim-labo", frm="LBM BioSud - Facturation <facturation@biosud-labo.fr>",
            subject="Analyses de biologie médicale - dossier 2025-10-8841",
            body="Veuillez trouver la facture d'analyses ci-jointe.\n\nLe service facturation\n",
            action="claim", reason="invoice", attachments=[doc("laboratoire-01.scan.pdf")])
    w.write("claim-secretaire", frm="Secrétariat Dr Lefèvre <secretariat.drlefevre@gmail.com>",
            subject="Pour le Dr Lefèvre",
            body=("Bonjour,\n\nJe suis la secrétaire du Dr Lefèvre, il m'a chargée de vous faire parvenir la "
                  "note d'honoraires de la consultation de M. T. en pièce jointe.\n\nBonne journée,\n"
                  "Nathalie, secrétariat médical\n"),
            action="claim", reason="invoice", attachments=[doc("medecin-03.text.pdf")])
    w.write("claim-english-dentist", frm="John Miller <dr.j.miller@dentalcare-nice.com>",
            subject="Invoice for dental treatment",
            body=("Hello,\n\nPlease find attached my invoice for the dental treatment of my patient last week. "
                  "Let me know if anything is missing.\n\nBest regards,\nDr John Miller, DDS\n"),
            action="claim", reason="invoice", attachments=[doc("dentiste-01.text.pdf")])
    w.write("claim-billing-company", frm="MedFactu Services <envoi@medfactu-services.fr>",
            subject="Transmission pour le compte du Dr Aubert - lot 2025-11-03",
            body=("Madame, Monsieur,\n\nMandatés par le Dr Aubert pour la gestion de sa facturation, nous vous "
                  "adressons la facture ci-jointe en vue de son paiement au titre du tiers payant.\n\n"
                  "MedFactu Services - externalisation de la facturation médicale\n"),
            action="claim", reason="invoice", attachments=[doc("medecin-04.scan.pdf")])
    w.write("claim-opticien-devis", frm="Optique Lumière <contact@optique-lumiere-rennes.fr>",
            subject="Devis verres progressifs + monture - accord PEC",
            body="Bonjour, devis en PJ pour accord de prise en charge. Merci\n",
            action="claim", reason="devis", attachments=[doc("opticien-01.scan.pdf")])
    w.write("claim-with-account-question", frm="Dr Amina Haddou <amina.haddou.dentiste@gmail.com>",
            subject="facture + question compte",
            body=("Bonjour,\n\nJe vous envoie ma facture ci-jointe. Par ailleurs, comment fait-on pour créer un "
                  "compte sur votre portail ? Je n'arrive pas à m'inscrire.\n\nMerci,\nDr Haddou\n"),
            action="claim", reason="invoice", attachments=[doc("dentiste-02.text.pdf")],
            note="an invoice attached to a message that also asks a question is still a claim")
    w.write("claim-copier-scan", frm="scanner-cabinet <scan@cabinet-medical-lesarcs.fr>",
            subject="Document numérisé",
            body="Document numérisé envoyé depuis RICOH MP C3004.\nNombre de pages : 1\n",
            action="claim", reason="invoice", attachments=[("SKM_C30425110415020.pdf",
                                                           doc("medecin-01.scan.pdf")[1], "application/pdf")])
    w.write("claim-typos", frm="pharma de la gare <pharmagare.dax@laposte.net>", subject="prise en charje",
            body="bonjour, ci joint la factur de mon patien pour la prise en charje, cordialemnt\n",
            action="claim", reason="invoice", attachments=[doc("pharmacie-01.scan.pdf")])
    w.write("claim-dentiste-pec", frm="Cabinet Dentaire des Tilleuls <cdt.secretariat@orange.fr>",
            subject="Demande de PEC prothèse",
            body=("Bonjour,\nNous sollicitons une prise en charge pour une couronne céramo-métallique sur 36. "
                  "Plan de traitement et devis joints.\nCordialement\n"),
            action="claim", reason="prise en charge", attachments=[doc("pec-01.text.pdf")])
    w.write("claim-fax-gateway", frm="eFax <noreply@efax-gateway.fr>", to="factures@intake.example.fr",
            subject="Fax reçu de +33 2 97 41 22 10 (2 pages)",
            body="Vous avez reçu une télécopie de +33 2 97 41 22 10, 2 pages. Voir la pièce jointe.\n",
            action="claim", reason="invoice", attachments=[doc("opticien-02.scan.pdf")],
            note="fax gateways deliver invoices from a no-reply sender: a claim (never answered)")
    w.write("claim-html-only", frm="Centre de santé dentaire Horizon <gestion@cds-horizon.fr>",
            subject="Facturation", body=None,
            html=("<html><body><p>Bonjour,</p><p>Veuillez trouver ci-joint notre facture relative aux soins "
                  "réalisés.</p><p>Cordialement,<br><b>Centre de santé Horizon</b></p></body></html>"),
            action="claim", reason="invoice", attachments=[doc("centre-sante-01.scan.pdf")])

    # ------------------------------------------------------------------ tickets
    w.write("ticket-pharma-noaccent", frm="pharmacie des lilas <ph.lilas@orange.fr>",
            subject="facture non payee",
            body=(f"bjr,\nfacture du 02/10 pour mme B toujours pas payee, ref FA-8812.\nrpps {rpps('0445566')}\n"
                  "merci de regarder\n"),
            action="ticket", reason="payment chase")
    w.write("ticket-kine-contest", frm="Julien Morel <julien.morel.mk@gmail.com>",
            subject="Contestation rejet facture K-2025-044",
            body=("Bonjour,\n\nJe conteste le rejet de ma facture n° K-2025-044, motif « prescription expirée ». "
                  "L'ordonnance datée du 02/06/2025 était valable à la date de la première séance. "
                  "Je vous joins la facture et une copie de l'ordonnance.\n\nMerci de procéder au paiement.\n"
                  f"Julien Morel, MK\nRPPS {rpps('0556677')}\n"),
            action="ticket", reason="contestation", attachments=[doc("kine-01.text.pdf")],
            note="attachment reads as an invoice but the text contests a rejection")
    w.write("ticket-idel-regul", frm="Martine Pujol <martine.pujol.infirmiere@sfr.fr>",
            subject="Erreur de cotation - régularisation",
            body=("Bonjour,\n\nSuite à une erreur de cotation (AMI 2 au lieu de AMI 3) sur la facture du "
                  "12 septembre, je sollicite une régularisation du paiement de la différence.\n\nBien à vous,\n"
                  "Martine Pujol, IDE\n"),
            action="ticket", reason="regularisation")
    w.write("ticket-orthoptiste-complement", frm="Paul Verdier <p.verdier.orthoptiste@gmail.com>",
            subject="Votre demande de complément d'information du 3 novembre",
            body=("Bonjour,\n\nEn réponse à votre courrier du 3 novembre, l'assurée est bien la mère de l'enfant ; "
                  "elle est rattachée au contrat de son conjoint depuis janvier. Je vous laisse mettre à jour "
                  "le dossier 66120.\n\nPaul Verdier\n"),
            action="ticket", reason="information answer")
    w.write("ticket-thread-reply", frm="Dr Claire Simon <dr.simon@cabinet-simon.fr>",
            subject="RE: [TP-2026-000481] Demande de pièce complémentaire",
            headers={"In-Reply-To": "<tp-2026-000481.1@intake.example.fr>",
                     "References": "<tp-2026-000481.1@intake.example.fr>"},
            body=("Voici l'ordonnance demandée, bonne réception.\n\n> Bonjour, merci de nous transmettre "
                  "l'ordonnance correspondant au dossier.\n"),
            action="ticket", reason="thread reply")
    w.write("ticket-english-chase", frm="Sarah Collins <sarah.collins.osteo@gmail.com>",
            subject="Missing payment",
            body=("Hi,\n\nI haven't received payment for invoice INV-2291, sent on 5 September. "
                  "Could you check the status please?\n\nThanks,\nSarah Collins\n"),
            action="ticket", reason="payment chase")
    w.write("ticket-audio-angry", frm="Audio Plus Béziers <audioplus.beziers@gmail.com>",
            subject="INADMISSIBLE - dossier 784512",
            body=("Cela fait TROIS MOIS que j'attends le règlement du dossier 784512 !!! Personne ne répond au "
                  "téléphone. C'est inadmissible, je vais finir par refuser le tiers payant à vos adhérents.\n"),
            action="ticket", reason="payment chase")
    w.write("ticket-labo-ecart", frm="Laboratoire Cerballiance Sud <compta.sud@labo-exemple.fr>",
            subject="Écart de règlement virement du 28/10",
            body=("Bonjour,\n\nNous constatons un écart entre le montant facturé (48,60 €) et le montant versé "
                  "(32,40 €) sur le virement du 28/10 pour la facture 2025-LB-10233. Merci de nous indiquer le "
                  "motif de cette différence.\n\nService comptabilité\n"),
            action="ticket", reason="payment discrepancy")
    w.write("ticket-cds-droits", frm="CDS Saint-Denis <facturation@cds-stdenis.fr>",
            subject="Rejets droits non ouverts",
            body=("Bonjour,\n\nPlusieurs de nos factures sont rejetées pour « droits non ouverts » alors que les "
                  "patients présentaient une carte de tiers payant valide le jour des soins : dossiers 90211, "
                  "90214 et 90230. Pouvez-vous réexaminer ces rejets ?\n\nLe service facturation\n"),
            action="ticket", reason="contestation")
    w.write("ticket-secretaire-relance", frm="Accueil cabinet Dr Martin <accueil.drmartin@gmail.com>",
            subject="Relance dossiers août",
            body=("Bonjour,\n\nJe me permets de vous relancer au sujet des dossiers du Dr Martin envoyés en août : "
                  "nous n'avons reçu ni paiement ni rejet à ce jour.\n\nCordialement,\nL'accueil du cabinet\n"),
            action="ticket", reason="payment chase")
    w.write("ticket-terse", frm="f.gaillard@dentiste-gaillard.fr", subject="552310",
            body="Dossier 552310 impayé. Merci.\n", action="ticket", reason="payment chase")
    w.write("ticket-opticien-accord", frm="Optic 2000 Lorient <lorient@optic-exemple.fr>",
            subject="Dossier 77120 - pièce demandée",
            body=("Bonjour, vous m'avez demandé l'accord préalable pour le dossier 77120, je vous le renvoie "
                  "en PJ.\n"),
            action="ticket", reason="information answer", attachments=[doc("pec-01.scan.pdf")],
            note="an answer to a request for complément d'information")

    # ------------------------------------------------------------------ patients
    w.write("patient-forwards-invoice", frm="Isabelle Caron <isa.caron78@hotmail.fr>",
            subject="remboursement séances kiné",
            body=("Bonjour,\n\nJ'ai payé la totalité chez mon kinésithérapeute, voici la facture. Pouvez-vous me "
                  "rembourser la part mutuelle sur mon compte ?\n\nMerci d'avance,\nIsabelle Caron\n"),
            action="auto_reply", reason="patient", attachments=[doc("kine-01.text.pdf")],
            note="an insured person forwarding their invoice: patient, not claim")
    w.write("patient-noaccent-lunettes", frm="mimi <mimi.dupuis@free.fr>", subject="remboursement lunettes",
            body=("bonjour je n'ai toujours pas eu mon remboursement de lunettes, ca fait 1 mois, pouvez vous "
                  "me dire ou ca en est\n"),
            action="auto_reply", reason="patient")
    w.write("patient-english", frm="Mark Evans <mark.evans.lyon@gmail.com>", subject="Card refused",
            body=("Hello,\n\nI'm an expat insured with Harmonie Mutuelle. My card was refused at the pharmacy "
                  "yesterday. Can you tell me whether my coverage is active?\n\nRegards,\nMark\n"),
            action="auto_reply", reason="patient")
    w.write("patient-elderly", frm="Monique Garnier <monique.garnier@orange.fr>", subject="ma carte",
            body=("Madame, Monsieur,\n\nJe me permets de vous écrire car mon pharmacien me dit que le tiers "
                  "payant ne passe plus avec ma carte depuis le 1er novembre. Je suis retraitée et je ne peux pas "
                  "avancer les frais de mes médicaments. Pourriez-vous faire le nécessaire ?\n\nRespectueusement,\n"
                  "Monique Garnier\n"),
            action="auto_reply", reason="patient")
    w.write("patient-angry", frm="Karim B <karim.b91@gmail.com>", subject="arnaque",
            body=("Vous êtes des voleurs. Ma mutuelle me dit que c'est chez vous que ça bloque pour mes soins "
                  "dentaires, ça fait deux mois que j'attends mon argent. Je veux être remboursé !!\n"),
            action="auto_reply", reason="patient")
    w.write("patient-parent-garantie", frm="Élodie Marchal <elodie.marchal@yahoo.fr>",
            subject="Question orthophonie",
            body=("Bonjour, mon fils va commencer des séances d'orthophonie. Combien serai-je remboursée par la "
                  "complémentaire et quelle est ma garantie exacte ? Merci\n"),
            action="auto_reply", reason="patient")
    w.write("patient-sms", frm="lea <lea.m2003@gmail.com>", subject="rbt",
            body="slt c pr savoir qd je serai rembourser de ma couronne svp merci\n",
            action="auto_reply", reason="patient")
    w.write("patient-contrat", frm="Bernard Roux <b.roux@laposte.net>", subject="Résiliation",
            body=("Bonjour, je souhaite résilier mon contrat de complémentaire santé au 31 décembre, "
                  "à qui dois-je adresser ma lettre ?\n"),
            action="auto_reply", reason="patient")

    # ------------------------------------------------------------------ support
    w.write("support-pharma-erreur", frm="Pharmacie Centrale <ph.centrale.niort@orange.fr>",
            subject="Plus d'accès",
            body=("Bonjour, impossible de me connecter à l'espace pro depuis ce matin, message d'erreur 15 à "
                  "chaque tentative. Que faire ?\n"),
            action="auto_reply", reason="support")
    w.write("support-mdp-noaccent", frm="alex kine <alex.kine.bordeaux@gmail.com>", subject="mdp",
            body="jai oublie mon mot de passe et le lien de reinitialisation n'arrive jamais, help\n",
            action="auto_reply", reason="support")
    w.write("support-english-register", frm="Emma Clarke <emma.clarke.physio@gmail.com>",
            subject="How to register",
            body=("Hi,\n\nI'm a physiotherapist who just set up a practice in Annecy. How do I register on your "
                  "platform so I can work with tiers payant?\n\nKind regards,\nEmma\n"),
            action="auto_reply", reason="support")
    w.write("support-idel-verrou", frm="Nadia Benali <nadia.benali.idel@gmail.com>",
            subject="Compte bloqué",
            body=("Bonjour,\n\nMon compte est verrouillé après plusieurs essais infructueux. Pouvez-vous le "
                  f"débloquer ?\n\nNadia Benali, infirmière\nRPPS {rpps('0667788')}\n"),
            action="auto_reply", reason="support")
    w.write("support-attestation", frm="Secrétariat Dr Rousseau <secretariat.rousseau@medecins-vichy.fr>",
            subject="Demande d'attestation annuelle",
            body=("Bonjour,\n\nPourriez-vous nous adresser un relevé annuel des règlements perçus en 2024 pour "
                  "le comptable du Dr Rousseau ?\n\nMerci,\nLe secrétariat\n"),
            action="auto_reply", reason="support")
    w.write("support-liste-mutuelles", frm="CDS Les Minimes <direction@cds-minimes.fr>",
            subject="Liste des organismes",
            body=("Bonjour, quelles complémentaires sont gérées par votre plateforme ? Où peut-on trouver la liste "
                  "à jour des organismes conventionnés ?\n"),
            action="auto_reply", reason="support")
    w.write("support-audio-convention", frm="Sonalto Audition <contact@sonalto-exemple.fr>",
            subject="Adhésion convention",
            body=("Bonjour, nous ouvrons un nouveau centre d'audioprothèse et souhaitons adhérer à votre "
                  "convention de tiers payant. Quelle est la marche à suivre ?\n"),
            action="auto_reply", reason="support")
    w.write("support-labo-teletrans", frm="DSI Laboratoire BioNord <dsi@bionord-exemple.fr>",
            subject="Rejet technique des flux",
            body=("Bonjour,\n\nNotre logiciel renvoie un code erreur à chaque envoi de flux de télétransmission "
                  "vers vos services depuis la mise à jour de lundi. Pouvez-vous nous aider ?\n\nLa DSI\n"),
            action="auto_reply", reason="support")

    # ------------------------------------------------------------------ security
    w.write("security-practitioner-leak", frm="Dr Hélène Fabre <helene.fabre@medecin-exemple.fr>",
            subject="Mes données ont-elles fuité ?",
            body=("Bonjour,\n\nSuite au piratage dont vous avez été victime, pouvez-vous me dire si mes données "
                  "et celles de mes patients font partie des informations dérobées ?\n\nDr Fabre\n"),
            action="auto_reply", reason="security_incident")
    w.write("security-patient-appel", frm="Jeanne Petit <jeanne.petit@gmail.com>", subject="appel suspect",
            body=("Bonjour, j'ai reçu un appel d'une personne qui connaissait mon numéro de sécu et le nom de ma "
                  "mutuelle. Est-ce lié à la fuite de données chez vous ? J'ai peur qu'on utilise mon identité.\n"),
            action="auto_reply", reason="security_incident")
    w.write("security-english", frm="Dr Peter Lang <peter.lang@clinic-exemple.com>", subject="Data breach",
            body=("Hello,\nWas my practice's data compromised in the February 2024 breach? What information was "
                  "exposed?\nPeter Lang\n"),
            action="auto_reply", reason="security_incident")
    w.write("security-sms", frm="tom <tomtom33@free.fr>", subject="cyber attaque",
            body="bjr suite a la cyber attaque je recois des sms bizarres, mes donnees ont ete volees ?\n",
            action="auto_reply", reason="security_incident")
    w.write("security-usurpation", frm="Pharmacie Saint-Roch <stroch.pharma@orange.fr>",
            subject="Signalement usurpation",
            body=("Bonjour, plusieurs de nos clients ont reçu un faux courriel à votre nom leur demandant de "
                  "mettre à jour leurs informations de carte vitale. Nous vous signalons cette usurpation.\n"),
            action="auto_reply", reason="security_incident")

    # ------------------------------------------------------------------ bank details
    letter = pdf_letter(["SELARL Pharmacie des Halles", "12 place des Halles, 37000 Tours", "",
                         "Objet : nouvelles coordonnées bancaires", "",
                         "Madame, Monsieur,", "Suite au changement de notre établissement bancaire, nous vous",
                         "prions de bien vouloir effectuer vos prochains règlements sur le compte suivant :",
                         "IBAN : FR76 1470 7000 1234 5678 9012 345   BIC : CCBPFRPPMTZ", "",
                         "Nous vous remercions de votre diligence.", "Le pharmacien titulaire"])
    w.write("bank-pdf-letter", frm="Pharmacie des Halles <pharmacie.halles.tours@orange.fr>",
            subject="Courrier", body="Bonjour, veuillez trouver ci-joint un courrier. Cordialement.\n",
            action="auto_reply", reason="bank_details",
            attachments=[("courrier.pdf", letter, "application/pdf")],
            note="the change of bank details is only in the PDF letter")
    w.write("bank-english", frm="Dr Anna Schmidt <anna.schmidt.dentist@gmail.com>",
            subject="Update of bank account",
            body=("Hello,\nPlease update our bank account details for future payments. New IBAN: "
                  "FR76 3000 4000 0312 3456 7890 143.\nThank you,\nAnna Schmidt\n"),
            action="auto_reply", reason="bank_details")
    w.write("bank-terse", frm="cabinet kine ribot <kine.ribot@gmail.com>", subject="changement banque",
            body="nouvel iban FR7630006000011234567890189 a compter de ce jour. merci\n",
            action="auto_reply", reason="bank_details")
    w.write("bank-fusion", frm="Centre de santé Pasteur <compta@cds-pasteur.fr>",
            subject="Modification du compte de règlement",
            body=("Bonjour,\n\nSuite à la fusion de nos deux structures, les règlements devront désormais être "
                  "effectués sur le compte de l'association gestionnaire dont vous trouverez le relevé "
                  "d'identité bancaire en pièce jointe.\n\nLa comptabilité\n"),
            action="auto_reply", reason="bank_details",
            attachments=[("RIB_association.pdf",
                          pdf_letter(["RELEVE D'IDENTITE BANCAIRE", "Titulaire : Association Santé Pasteur",
                                      "IBAN FR76 1027 8060 0000 0204 5670 134", "BIC CMCIFR2A"]),
                          "application/pdf")])
    w.write("bank-virement", frm="Dr Luc Perrin <luc.perrin.med@outlook.fr>", subject="virements",
            body=("Bonjour, j'ai clôturé mon compte au Crédit Agricole, pourriez-vous verser mes paiements "
                  "tiers payant sur mon nouveau compte à la Banque Postale ? Je peux vous envoyer le RIB.\n"),
            action="auto_reply", reason="bank_details")

    # ------------------------------------------------------------------ machines
    w.write("ignore-ooo-english", frm="Dr Robert Hayes <r.hayes@hayes-clinic.com>",
            subject="Automatic reply: Votre dossier",
            headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All",
                     "X-MS-Exchange-Inbox-Rules-Loop": "r.hayes@hayes-clinic.com"},
            body=("I am out of the office until Monday 17 November with limited access to email. For urgent "
                  "matters please contact my assistant.\n"),
            action="ignore", reason="out-of-office")
    w.write("ignore-mailchimp", frm="Le Mag du Libéral <news@lemagduliberal.fr>",
            subject="📰 Novembre : 5 astuces pour réduire vos impayés", body=(
                "Voir la version en ligne\n\nCe mois-ci : facturation, tiers payant, impayés... nos conseils.\n"
                "Se désinscrire : https://lemagduliberal.us21.list-manage.com/unsubscribe\n"),
            html=("<html><body><h1>Le Mag du Libéral</h1><p>Ce mois-ci : facturation, tiers payant, impayés.</p>"
                  "<a href='https://lemagduliberal.us21.list-manage.com/unsubscribe'>Se désinscrire</a>"
                  "</body></html>"),
            headers={"List-Unsubscribe": "<https://lemagduliberal.us21.list-manage.com/unsubscribe?u=1>",
                     "List-Id": "Le Mag <a1b2.list-id.mcsv.net>", "X-Mailer": "MailChimp Mailer",
                     "Precedence": "bulk", "Return-Path": "<bounce-mc.us21_1.2-news=intake.example.fr@mail1.mcsv.net>"},
            action="ignore", reason="newsletter")
    bounce = (
        "Return-Path: <>\n"
        "From: Microsoft Outlook <MAILER-DAEMON@EUR03.prod.outlook.com>\n"
        "To: factures@intake.example.fr\n"
        "Subject: Undeliverable: Auto: Facture\n"
        "Date: Tue, 04 Nov 2025 10:02:11 +0000\n"
        "Message-ID: <ndr-1234@EUR03.prod.outlook.com>\n"
        "MIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\n"
        "X-MS-Exchange-Message-Is-Ndr: \n\n"
        "--b1\nContent-Type: text/plain; charset=us-ascii\n\n"
        "Delivery has failed to these recipients or groups:\n\ncontact@ancien-cabinet.fr\n"
        "The email address you entered couldn't be found.\n\n"
        "--b1\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns;EUR03.prod.outlook.com\n\nFinal-Recipient: rfc822;contact@ancien-cabinet.fr\n"
        "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound\n\n"
        "--b1\nContent-Type: text/rfc822-headers\n\nFrom: factures@intake.example.fr\nSubject: Auto: Facture\n\n"
        "--b1--\n")
    w.write("ignore-exchange-bounce", frm="", subject="", body="", action="ignore", reason="bounce",
            raw=bounce.encode())
    w.write("ignore-ooo-french-plain", frm="Cabinet infirmier du Port <idel.port@orange.fr>",
            subject="Absence",
            body=("Bonjour,\nJe suis absente du 3 au 14 novembre inclus. En cas d'urgence, merci de contacter "
                  "ma remplaçante au 06 12 34 56 78.\nBonne journée\n"),
            action="ignore", reason="out-of-office",
            note="no machine header at all: only the wording says it is an absence notice")
    receipt = (
        "Return-Path: <dr.vial@cabinet-vial.fr>\n"
        "From: Dr Vial <dr.vial@cabinet-vial.fr>\nTo: factures@intake.example.fr\n"
        "Subject: Lu : Votre demande\nDate: Tue, 04 Nov 2025 11:00:00 +0100\n"
        "Message-ID: <mdn-77@cabinet-vial.fr>\nMIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=disposition-notification; boundary=\"mdn\"\n\n"
        "--mdn\nContent-Type: text/plain; charset=utf-8\n\nVotre message a été lu le 04/11/2025 à 10:59.\n\n"
        "--mdn\nContent-Type: message/disposition-notification\n\n"
        "Final-Recipient: rfc822;dr.vial@cabinet-vial.fr\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n\n--mdn--\n")
    w.write("ignore-read-receipt", frm="", subject="", body="", action="ignore", reason="read receipt",
            raw=receipt.encode())
    w.write("ignore-phishing", frm="Service Messagerie <admin@mail-securite-verif.com>",
            subject="Votre boîte aux lettres est pleine",
            body=("Cher utilisateur,\n\nVotre boîte aux lettres a atteint 99% de sa capacité. Cliquez ici pour "
                  "valider votre compte et éviter la suspension : http://verif-quota-mail.example.com/login\n\n"
                  "L'équipe Support\n"),
            action="ignore", reason="phishing")
    w.write("ignore-spam-promo", frm="Logiciel MediPro <offres@medipro-promo.com>",
            subject="-50% sur votre logiciel de facturation jusqu'à dimanche !",
            body=("Docteur,\nBoostez votre cabinet : télétransmission, tiers payant, agenda en ligne. "
                  "Offre exceptionnelle -50% jusqu'à dimanche. Démonstration gratuite : www.medipro-promo.com\n"
                  "Pour ne plus recevoir nos offres, répondez STOP.\n"),
            action="ignore", reason="spam")
    w.write("ignore-gmail-vacation", frm="Hugo Blanc <hugo.blanc.osteo@gmail.com>",
            subject="Re: Facture 2025-118",
            headers={"Auto-Submitted": "auto-replied", "Precedence": "bulk"},
            body="En congés jusqu'au 12/11. I'm on holiday until 12/11, I'll answer when I'm back.\n",
            action="ignore", reason="out-of-office")

    # ------------------------------------------------------------------ review
    w.write("review-empty", frm="Dr Noël <dr.noel.cabinet@gmail.com>", subject="", body="\n",
            action="review", reason="empty message")
    print(f"{w.n} messages in {OUT}")


if __name__ == "__main__":
    build()
