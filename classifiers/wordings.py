"""Hand-written training wordings for the triage text model (`python -m classifiers.train`).

Each is (label, subject, body, attachment) where label is a content class (claim, ticket, patient, support,
security_incident) or a rules-only outcome (ignore, review, bank_details) used by the cross-validation of
the rules, and attachment is "" (none), "invoice" (a PDF that reads as an invoice), "quote", "pec" or "file"
(a PDF that reads as nothing). They vary on purpose: professions, registers (SMS, typos, no accents,
capitals, English, very formal), synonyms (règlement/virement/versement/paiement/remboursement;
dossier/feuille de soins/décompte/bordereau; rejet/refus/impayé/relance). They are written from the
domain notes, not copied from any held-out message; they are training data, not tests.
"""

from __future__ import annotations

TRAIN_WORDINGS: list[tuple[str, str, str, str]] = [
    # ---------------------------------------------------------------- ticket: payment chases
    ("ticket", "versement manquant",
     "Bonjour, le versement correspondant à la feuille de soins du 14/10 ne figure pas sur notre relevé.", ""),
    ("ticket", "décompte", "Bonjour, sur le décompte du 3 novembre il manque la ligne de Mme Aubry (séances de"
     " kiné). Pouvez-vous vérifier ?", ""),
    ("ticket", "bordereau 2025-118",
     "Le bordereau n° 2025-118 annonce 4 factures mais seules 3 ont été virées sur notre compte.", ""),
    ("ticket", "attente paiement",
     "bonjour, ca fait 6 semaines qu'on attend le paiement des factures d'aout, rien n'est arrivé. merci", ""),
    ("ticket", "pas reçu", "Nous ne trouvons aucune trace du règlement de la facture 7781 transmise en"
     " septembre.", ""),
    ("ticket", "URGENT IMPAYÉS", "BONJOUR, LES FACTURES DU MOIS DERNIER NE SONT TOUJOURS PAS REGLEES. MERCI DE"
     " FAIRE LE NECESSAIRE RAPIDEMENT.", ""),
    ("ticket", "paiment", "bjr, le paiment du dossier 55412 est tjrs pas arrivé sur mon compte, vs pouvez"
     " regarder svp", ""),
    ("ticket", "remboursement part mutuelle",
     "Madame, Monsieur, la part complémentaire des soins de M. Durand (facture 2025-0912) n'a jamais été"
     " versée au cabinet. Je vous remercie de bien vouloir procéder au règlement.", ""),
    ("ticket", "Outstanding invoices", "Dear team, invoices 3321 and 3322 submitted in August remain unpaid."
     " Could you tell us when they will be settled?", ""),
    ("ticket", "statut de nos factures", "Bonjour, pourriez-vous nous indiquer le statut des factures"
     " télétransmises le 2 et le 9 octobre ? Elles n'apparaissent dans aucun décompte.", ""),
    ("ticket", "retard", "Je constate un retard important dans le traitement de nos dossiers de tiers payant"
     " depuis la rentrée : une dizaine de factures sont en souffrance.", ""),
    ("ticket", "relance n°2", "Deuxième relance pour la facture F-4410 du 01/09, toujours pas de virement à ce"
     " jour.", ""),
    ("ticket", "virement incomplet", "Nous avons perçu 12,50 € alors que la part mutuelle attendue était de"
     " 25,00 € pour le dossier 88-2231.", ""),
    ("ticket", "paiement en double", "Bonjour, il semble que la facture 4478 nous ait été réglée deux fois."
     " Comment souhaitez-vous procéder pour le remboursement du trop-perçu ?", ""),
    ("ticket", "reglemnt", "bonjour je n ai tjs pas eu le reglemnt pr la facture de mme leroy du 2 sept,"
     " merci de regarder", ""),
    ("ticket", "où en est", "Bonjour, où en est le traitement du lot envoyé le 15 septembre ? Nous n'avons eu"
     " aucun retour.", ""),
    # ---------------------------------------------------------------- ticket: rejections, corrections
    ("ticket", "refus injustifié", "Le refus de prise en charge pour la facture 25-3301 n'est pas justifié :"
     " l'accord préalable avait été obtenu le 2 juin.", ""),
    ("ticket", "rejet", "Bonjour, notre feuille de soins a été rejetée pour « bénéficiaire inconnu ». Le patient"
     " est pourtant bien affilié, merci de revoir ce rejet.", ""),
    ("ticket", "motif de rejet ?", "bonjour, pourquoi la facture 2025-77 a été rejetée ? aucun motif n'apparait"
     " sur le décompte", ""),
    ("ticket", "Claim denied", "Hello, claim 99812 was denied with reason code 14, but the prescription was"
     " valid. Please review.", ""),
    ("ticket", "correction facture", "Suite à une erreur de cotation sur la facture 1190 (AMI 2 au lieu de AMI"
     " 1,5), merci d'annuler et de la refacturer.", ""),
    ("ticket", "erreur NIR", "Le numéro de sécurité sociale saisi sur la facture de M. Petit était erroné, voici"
     " le bon : 1 84 05 75 112 233 45. Merci de relancer le paiement.", ""),
    ("ticket", "droits fermés", "Votre refus indique des droits non ouverts alors que la patiente nous a"
     " présenté une carte valide jusqu'en décembre.", ""),
    ("ticket", "montant", "La somme versée ne correspond pas au montant facturé pour le dossier 4421, il manque"
     " 18 euros.", ""),
    ("ticket", "complément", "Bonjour, comme demandé dans votre courrier, vous trouverez la prescription"
     " médicale pour le dossier 7712.", "file"),
    ("ticket", "Re: pièces manquantes", "Voici les pièces manquantes que vous m'aviez réclamées pour débloquer le"
     " paiement.", "file"),
    ("ticket", "contestation", "Nous contestons le rejet de la facture ci-jointe, la prescription datait de"
     " moins de trois mois.", "invoice"),
    ("ticket", "facture impayée", "Facture ci-jointe toujours impayée malgré deux relances, merci de la"
     " régler.", "invoice"),
    # ---------------------------------------------------------------- claim
    ("claim", "facture", "Bonjour, ci-joint la facture des soins infirmiers de novembre. Cordialement.",
     "invoice"),
    ("claim", "envoi fse", "Bonjour, je vous transmets la feuille de soins de M. Garnier pour règlement de la"
     " part complémentaire.", "invoice"),
    ("claim", "devis", "Bonjour, veuillez trouver notre devis pour un équipement optique, dans l'attente de"
     " votre accord.", "quote"),
    ("claim", "demande d'accord", "Madame, Monsieur, je sollicite votre accord de prise en charge pour la"
     " prothèse dentaire détaillée dans le devis joint.", "pec"),
    ("claim", "facturation", "bjr, fact en pj pr mme colin. merci", "invoice"),
    ("claim", "Invoice", "Hello, please find enclosed our invoice for the hearing aids fitted last week.",
     "invoice"),
    ("claim", "note d'honoraires", "Veuillez trouver ci-joint la note d'honoraires de la consultation du"
     " 12/11.", "invoice"),
    ("claim", "", "", "invoice"),
    # ---------------------------------------------------------------- patient (insured persons)
    ("patient", "remboursement", "Bonjour, je n'ai toujours pas été remboursée de mes séances de kiné du mois"
     " dernier, c'est normal ?", ""),
    ("patient", "lunettes", "slt jai payé mes lunettes 300 euros et ma mutu ma rien remboursé, pk ?", ""),
    ("patient", "carte", "Bonjour, ma carte de tiers payant n'est plus acceptée par ma pharmacie, que dois-je"
     " faire ?", ""),
    ("patient", "question", "Bonjour, est-ce que ma complémentaire prend en charge les implants ? Je dois en"
     " poser deux.", ""),
    ("patient", "dentiste", "Le dentiste m'a fait avancer 450 euros alors que j'ai le tiers payant, comment"
     " récupérer mon argent ?", ""),
    ("patient", "adhésion", "Bonjour, je voudrais ajouter mon conjoint à mon contrat santé, quelle est la"
     " démarche ?", ""),
    ("patient", "Refund", "Hi, I paid for my son's glasses myself. How do I get my money back from my"
     " insurance?", ""),
    ("patient", "mécontente", "Je suis très mécontente, on m'a refusé le tiers payant chez l'opticien alors"
     " que je cotise tous les mois !", ""),
    ("patient", "remboursement hospitalisation", "Bonjour, suite à mon hospitalisation je voudrais savoir ce"
     " qui reste à ma charge.", ""),
    ("patient", "facture orthodontiste", "Voici la facture de l'orthodontiste de mon fils, pouvez-vous me"
     " rembourser ?", "invoice"),
    ("patient", "attestation", "Bonjour, pouvez-vous m'envoyer une attestation de ma mutuelle pour mon"
     " employeur ?", ""),
    ("patient", "resiliation", "je veux resilier mon contrat mutuelle a la fin du mois merci de me dire"
     " comment faire", ""),
    # ---------------------------------------------------------------- support (practitioners' account, portal)
    ("support", "accès", "Bonjour, depuis la mise à jour je ne parviens plus à me connecter à l'espace"
     " professionnel, mon identifiant est refusé.", ""),
    ("support", "mdp", "bjr jai perdu mon mdp pr le portail, comment le recuperer ?", ""),
    ("support", "compte bloqué", "Mon compte s'est verrouillé après trois essais, pouvez-vous le"
     " réactiver ?", ""),
    ("support", "inscription", "Bonjour, je viens d'ouvrir mon cabinet de pédicure-podologue et je souhaite"
     " pratiquer le tiers payant avec vous. Comment m'inscrire ?", ""),
    ("support", "attestation annuelle", "Bonjour, pourriez-vous m'adresser l'attestation annuelle des"
     " règlements perçus en 2025 pour ma comptabilité ?", ""),
    ("support", "logiciel", "Notre logiciel de télétransmission affiche « erreur 27 » à chaque envoi vers"
     " votre organisme.", ""),
    ("support", "Login issue", "Hello, I cannot log in to the provider portal, it says my account is"
     " disabled.", ""),
    ("support", "question", "Bonjour, quel est le délai de traitement habituel d'une facture envoyée par mail ?",
     ""),
    ("support", "horaires", "Bonjour, à quel numéro peut-on joindre votre service par téléphone et à quelles"
     " heures ?", ""),
    ("support", "changement d'adresse", "Bonjour, notre cabinet déménage le mois prochain, comment mettre à"
     " jour l'adresse sur le portail ?", ""),
    ("support", "liste des mutuelles", "Pouvez-vous me transmettre la liste des organismes complémentaires"
     " pour lesquels vous gérez le tiers payant ?", ""),
    ("support", "duplicata", "bonjour, pouvez vous me renvoyer le releve de paiements de juillet, je l'ai"
     " egare", ""),
    # ---------------------------------------------------------------- security incident
    ("security_incident", "fuite", "Bonjour, mes coordonnées font-elles partie des données volées lors du"
     " piratage ?", ""),
    ("security_incident", "appel", "Une personne se disant de votre service m'a appelé pour obtenir mon numéro"
     " de carte vitale, est-ce normal ?", ""),
    ("security_incident", "Breach", "Hello, were my patients' records part of the data stolen in the attack on"
     " your systems?", ""),
    ("security_incident", "sms bizarre", "jai recu un sms qui dit que mes donnees de sante ont fuité et qu'il"
     " faut cliquer sur un lien, c vous ?", ""),
    ("security_incident", "cyberattaque", "Suite à la cyberattaque, nos identifiants ont-ils été compromis ? Faut-il"
     " changer nos mots de passe ?", ""),
    ("security_incident", "usurpation", "Quelqu'un utilise le nom de notre cabinet pour envoyer des mails à nos"
     " patients en votre nom.", ""),
    # ---------------------------------------------------------------- bank details (rules only)
    ("bank_details", "RIB", "Bonjour, merci de bien vouloir enregistrer nos nouvelles coordonnées bancaires"
     " pour les prochains virements.", ""),
    ("bank_details", "changement de compte", "bjr, on a changé de banque, nouveau rib en pj, merci de faire la"
     " modif", "file"),
    # ---------------------------------------------------------------- ignore: spam and marketing (rules only)
    ("ignore", "Boost your clinic", "Hi, I noticed your website does not rank on Google. Our SEO experts can"
     " bring you more patients in 30 days, guaranteed. Reply YES for a free audit.", ""),
    ("ignore", "Opportunité", "Investissez dans le bitcoin dès maintenant et doublez votre capital en 3"
     " mois, rendement garanti. Cliquez ici : http://crypto-gains.example.top", ""),
    ("ignore", "Vous avez gagné", "Félicitations ! Vous avez été sélectionné pour recevoir une carte cadeau de"
     " 500 €. Cliquez ici pour la réclamer.", ""),
    ("ignore", "Votre visibilité", "Bonjour, j'ai consulté votre site internet : il n'apparaît pas en première"
     " page de Google. Nous proposons un audit gratuit et sans engagement de votre référencement.", ""),
    ("ignore", "Offre spéciale logiciel", "Docteur, offre de lancement -40 % sur notre logiciel de facturation"
     " tiers payant ! Démonstration gratuite : https://promo-logiciel.example.com https://promo-logiciel"
     ".example.com/demo https://promo-logiciel.example.com/tarifs", ""),
    ("ignore", "Colis en attente", "Votre colis n'a pas pu être livré. Confirmez vos informations via le lien"
     " ci-dessous sous 24h.", ""),
    # ---------------------------------------------------------------- review: reminders with nothing to hold
    ("review", "rappel", "Bonjour, je vous relance, toujours sans nouvelles de votre part. Merci.", ""),
    ("review", "suite à notre échange", "Suite à notre échange de ce matin, pouvez-vous me rappeler ?", ""),
]

# Written after the changes of 2026-11-26 (normalisation, spam by content, rule features) and measured
# once with `python -m classifiers.train --probe`; never trained on (`load_examples` leaves them out) and
# not tuned on: a small honest check of wordings the rules and the model have not seen.
PROBE_WORDINGS: list[tuple[str, str, str, str]] = [
    ("ticket", "Règlement manquant", "Madame, nous n'avons pas perçu la part mutuelle de la séance du 7 octobre"
     " (Mme Lopez). Merci de vérifier de votre côté.", ""),
    ("ticket", "facture 88412", "rebonjour, la 88412 est passée où ? rien vu sur les virements de la semaine", ""),
    ("ticket", "Écart de paiement", "Vous nous avez réglé 41,20 € pour un acte facturé 48,00 €. D'où vient la"
     " différence ?", ""),
    ("ticket", "Refus de prise en charge", "Je ne comprends pas le refus sur le dossier 2025-3390, l'entente"
     " préalable était jointe à l'envoi.", ""),
    ("ticket", "impayé", "3 FACTURES IMPAYEES DEPUIS JUILLET, N° 114, 131, 152. MERCI DE REGLER.", ""),
    ("ticket", "Payment query", "Good morning, we still have not received the transfer for claim 55-2290 sent"
     " on 12 September.", ""),
    ("ticket", "Re: dossier 4471", "Voilà l'attestation de droits que votre service réclamait pour débloquer"
     " le dossier.", "file"),
    ("ticket", "remboursement praticien", "Bonjour, le remboursement de la part complémentaire pour ma"
     " patiente Mme Haddad n'a pas été effectué, facture transmise le 2/10.", ""),
    ("ticket", "décompte incomplet", "Sur votre dernier bordereau, les soins de M. Brun n'apparaissent pas.", ""),
    ("ticket", "Rejet motif 12", "pourquoi rejet motif 12 sur la fse du 14/09 ?? le patient a une mutuelle"
     " valide", ""),
    ("claim", "Facture", "Bonjour, veuillez trouver la facture de Monsieur Perrin. Bien à vous.", "invoice"),
    ("claim", "envoi", "ci joint fact + ordo", "invoice"),
    ("claim", "Demande PEC audio", "Bonjour, je vous prie de trouver notre demande de prise en charge pour"
     " deux aides auditives.", "pec"),
    ("claim", "Devis optique", "Devis pour M. Roux, merci de nous transmettre votre accord.", "quote"),
    ("claim", "lot", "Transmission du lot de factures de la semaine 43.", "invoice"),
    ("patient", "question remboursement", "Bonjour, combien ma mutuelle va-t-elle me rembourser pour une"
     " paire de lunettes à 450 € ?", ""),
    ("patient", "pas normal", "j'ai du payer le kine de ma poche alors que jai la mutuelle, c'est pas"
     " normal !!", ""),
    ("patient", "Carte tiers payant", "Bonjour, je n'ai pas reçu ma nouvelle carte de tiers payant pour"
     " l'année prochaine.", ""),
    ("patient", "My reimbursement", "Hello, my dentist charged me the full price. When will my insurance pay"
     " me back?", ""),
    ("patient", "contrat", "Bonjour, je voudrais savoir si mon contrat couvre les séances d'ostéopathie.", ""),
    ("patient", "enfant", "Bonjour, ma fille est-elle toujours couverte par ma complémentaire depuis ses 18"
     " ans ?", ""),
    ("support", "connexion impossible", "Bonjour, le portail me répond « identifiants invalides » alors que je"
     " n'ai rien changé.", ""),
    ("support", "Nouveau centre", "Bonjour, nous ouvrons un centre de santé dentaire en janvier, comment"
     " adhérer au tiers payant avec vous ?", ""),
    ("support", "attestation", "Bonjour, j'aurais besoin d'une attestation des sommes versées en 2025 pour"
     " mon expert-comptable.", ""),
    ("support", "technique", "Bonjour, chaque télétransmission vers vous part en erreur 31 depuis lundi.", ""),
    ("support", "Password reset", "Hi, the password reset link you sent me has expired, can you send a new"
     " one?", ""),
    ("support", "délais", "Bonjour, quels sont vos délais de paiement pour une facture envoyée par email ?", ""),
    ("security_incident", "piratage ?", "Bonjour, est-ce que les données de mes patients ont été"
     " récupérées par les pirates l'an dernier ?", ""),
    ("security_incident", "faux mail", "Nous avons reçu un mail à votre nom nous demandant nos identifiants,"
     " est-ce une arnaque ?", ""),
    ("security_incident", "inquiète", "Bonjour, j'ai appris la fuite de données, dois-je faire opposition sur"
     " ma carte bancaire ?", ""),
    ("bank_details", "changement RIB", "Bonjour, merci de noter notre nouveau RIB à compter du 1er décembre.",
     "file"),
    ("bank_details", "New bank", "Please note our new bank details for all future payments, letter"
     " attached.", "file"),
    ("ignore", "Séminaire", "Gagnez du temps ! Notre formation en ligne vous apprend à booster votre"
     " chiffre d'affaires. Offre spéciale -50 % ce mois-ci, cliquez ici : https://formation.example.com", ""),
    ("ignore", "Business proposal", "Dear Sir, I have a business proposal worth 4,500,000 USD for you."
     " Kindly reply for more details.", ""),
    ("ignore", "Vous êtes gagnant", "Félicitations, vous êtes notre gagnant du mois ! Recevez votre"
     " cadeau en cliquant ici.", ""),
    ("review", "rappel", "Je vous relance une nouvelle fois.", ""),
    ("review", "", "Merci de me rappeler.", ""),
]
