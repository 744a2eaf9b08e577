"""Triage: one test per machine-mail header rule, then content, follow-up and bank-details rules."""

from __future__ import annotations

import pytest

from classifiers.followup import ticket_ref_in
from classifiers.machine import fold, machine_reason
from classifiers.triage import decide
from intake.domain.model import Attachment, ExtractedDocument, Field, ParsedMessage

OWN = ["tiers-payant@intake.example.fr"]
LOOP = "tp-intake@intake.example.fr"
PDF = Attachment("facture.pdf", "application/pdf", b"%PDF-1.4" + b"0" * 5000, "pdf")


def message(
    body: str = "Bonjour",
    *,
    subject: str = "Question",
    sender: str = "cabinet@example.fr",
    return_path: str | None = "cabinet@example.fr",
    headers: dict[str, str] | None = None,
    content_type: str = "text/plain",
    attachments: list[Attachment] | None = None,
    signature: str = "",
    is_report: bool = False,
) -> ParsedMessage:
    return ParsedMessage(
        message_id="<m1@example.fr>",
        subject=subject,
        sender=sender,
        sender_name="",
        return_path=return_path,
        to=["factures@intake.example.fr"],
        date=None,
        in_reply_to=None,
        references=[],
        headers={"subject": subject, "from": sender, **(headers or {})},
        content_type=content_type,
        body_text=body,
        new_text=body,
        signature=signature,
        attachments=list(attachments or []),
        is_report=is_report,
    )


def invoice(kind: str = "invoice") -> ExtractedDocument:
    return ExtractedDocument(
        fields={
            "rpps": Field("rpps", "10003456789", 0.95),
            "total_amount": Field("total_amount", "45.00", 0.9),
            "invoice_number": Field("invoice_number", "F-2026-001", 0.9),
        },
        pages=[1],
        kind=kind,
        needs_review=False,
    )


def run(msg: ParsedMessage, docs: list[ExtractedDocument] | None = None, **kw: object) -> tuple[str, str]:
    decision = decide(msg, docs or [], own_addresses=OWN, loop_marker=LOOP, **kw)  # type: ignore[arg-type]
    return decision.action, decision.reason


# ------------------------------------------------------------------ header and structure rules


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"auto-submitted": "auto-replied"}, "auto-submitted"),
        ({"auto-submitted": "auto-generated"}, "auto-submitted"),
        ({"precedence": "bulk"}, "precedence"),
        ({"precedence": "list"}, "precedence"),
        ({"precedence": "junk"}, "precedence"),
        ({"list-id": "<news.example.fr>"}, "mailing list"),
        ({"list-unsubscribe": "<mailto:u@x>"}, "mailing list"),
        ({"x-auto-response-suppress": "All"}, "x-auto-response-suppress"),
        ({"x-autoreply": "yes"}, "auto-reply header"),
        ({"x-autorespond": "vacation"}, "auto-reply header"),
        ({"x-ms-exchange-generated-message-source": "Mailbox Rules Agent"}, "auto-reply header"),
        ({"x-zimbra-vacation": "1"}, "auto-reply header"),
        ({"x-loop": LOOP}, "X-Loop"),
    ],
)
def test_header_rules_ignore(headers: dict[str, str], expected: str) -> None:
    msg = message("Ci-joint ma facture", headers=headers, attachments=[PDF])
    action, reason = run(msg)
    assert action == "ignore"
    assert expected.lower() in reason.lower()


@pytest.mark.parametrize("headers", [{"auto-submitted": "auto-replied"}, {"x-autoreply": "yes"},
                                     {"x-loop": LOOP}])
def test_hard_machine_signs_win_over_an_invoice(headers: dict[str, str]) -> None:
    msg = message("Ci-joint ma facture", headers=headers, attachments=[PDF])
    assert run(msg, [invoice()])[0] == "ignore"


@pytest.mark.parametrize("headers", [{"auto-submitted": "auto-generated"}, {"precedence": "bulk"}, {}])
def test_fax_gateway_sending_an_invoice_is_a_claim(headers: dict[str, str]) -> None:
    """Fax-to-mail gateways send from no-reply addresses with machine headers: the invoice decides."""
    msg = message("Vous avez reçu un fax de 2 pages. Ce message a été envoyé automatiquement.",
                  subject="Fax reçu de +33 4 20 86 82 88", sender="noreply@fax2mail.example.net",
                  return_path="bounces+fax@fax2mail.example.net", headers=headers,
                  attachments=[Attachment("fax.tif", "image/tiff", b"II*\x00" + b"0" * 5000, "tiff")])
    assert run(msg, [invoice()])[0] == "claim"
    assert run(msg)[0] == "ignore"


def test_auto_submitted_no_is_a_person() -> None:
    msg = message(headers={"auto-submitted": "no"})
    assert machine_reason(msg, own_addresses=OWN, loop_marker=LOOP) is None


def test_multipart_report_delivery_status() -> None:
    msg = message("x", content_type="multipart/report", is_report=True,
                  headers={"content-type": "multipart/report; report-type=delivery-status; boundary=x"})
    assert run(msg)[0] == "ignore"


def test_multipart_report_read_receipt() -> None:
    msg = message("x", content_type="multipart/report", is_report=True,
                  headers={"content-type": "multipart/report; report-type=disposition-notification"})
    action, reason = run(msg)
    assert action == "ignore" and "read receipt" in reason


def test_reply_to_our_message_is_a_ticket() -> None:
    msg = message("D'accord, merci pour votre réponse rapide.", subject="Re: Votre demande")
    msg.in_reply_to = "<TP-2025-004512.2@intake.example.fr>"
    msg.references = ["<TP-2025-004512.1@intake.example.fr>", msg.in_reply_to]
    decision = decide(msg, [], own_addresses=OWN, loop_marker=LOOP)
    assert (decision.action, decision.ticket_ref) == ("ticket", "TP-2025-004512")
    msg.references = ["<abc@intake.example.fr>"]
    msg.in_reply_to = None
    assert decide(msg, [], own_addresses=OWN, loop_marker=LOOP).action == "ticket"


def test_null_return_path() -> None:
    assert run(message("Ci-joint facture", return_path=""), [invoice()])[0] == "ignore"


@pytest.mark.parametrize("sender", ["MAILER-DAEMON@mx.example.fr", "postmaster@example.fr",
                                    "no-reply@banque.fr", "noreply@x.fr", "ne-pas-repondre@x.fr"])
def test_machine_senders(sender: str) -> None:
    assert run(message("x", sender=sender.lower(), return_path=sender.lower()))[0] == "ignore"


def test_our_own_address() -> None:
    assert run(message("x", sender=OWN[0]))[0] == "ignore"


@pytest.mark.parametrize("subject", ["Réponse automatique : Facture", "Absence du 12 au 20 août",
                                     "Out of Office: claim", "Automatic reply: invoice",
                                     "Undeliverable: facture", "Lu : Facture juin"])
def test_machine_subjects(subject: str) -> None:
    assert run(message("Bonjour", subject=subject))[0] == "ignore"


def test_out_of_office_body() -> None:
    body = "Bonjour, je suis absente du 3 au 15 août. Pour toute urgence contactez le secrétariat."
    assert run(message(body, subject="Re: votre message"))[0] == "ignore"


@pytest.mark.parametrize("body", [
    "Votre compte sera suspendu sous 24h. Cliquez ici pour vérifier vos informations.",
    "Félicitations ! Vous avez gagné à notre loterie, réclamez votre prix.",
])
def test_spam_and_phishing(body: str) -> None:
    assert run(message(body, subject="Important"))[0] == "ignore"


def test_subject_absence_de_paiement_is_not_out_of_office() -> None:
    body = "Absence de paiement pour le dossier n° 123456 transmis le 15/09/2025, il n'apparaît pas."
    assert run(message(body, subject="Absence de paiement dossier 123456"))[0] == "ticket"


# ------------------------------------------------------------------ content rules


def test_invoice_attached_is_claim() -> None:
    msg = message("Bonjour, veuillez trouver ci-joint la facture.", subject="Facture", attachments=[PDF])
    assert run(msg, [invoice()])[0] == "claim"


def test_quote_and_pec_are_claims() -> None:
    msg = message("Demande de prise en charge optique ci-jointe.", subject="PEC", attachments=[PDF])
    assert run(msg, [invoice("pec")])[0] == "claim"
    assert run(msg, [invoice("quote")])[0] == "claim"


def test_invoice_with_a_question_is_still_a_claim() -> None:
    body = "Ci-joint la facture. Pouvez-vous me confirmer que vous l'avez bien reçue ? Merci."
    assert run(message(body, subject="Facture", attachments=[PDF]), [invoice()])[0] == "claim"


def test_invoice_with_complaint_about_unpaid_file_is_ticket() -> None:
    body = ("Bonjour, la facture ci-jointe transmise le 15/09/2025 n'a toujours pas été payée. "
            "Je vous relance pour ce dossier impayé.")
    action, reason = run(message(body, subject="Relance facture impayée", attachments=[PDF]), [invoice()])
    assert action == "ticket"
    assert "unpaid" in reason


def test_rejected_invoice_contestation_is_ticket() -> None:
    body = "Nous contestons le rejet de la facture n° 4521 ; vous trouverez les justificatifs en PJ."
    assert run(message(body, subject="Contestation rejet", attachments=[PDF]), [invoice()])[0] == "ticket"


def test_payment_chase_without_attachment_is_ticket() -> None:
    body = "Le dossier n°123456 transmis le 15/09/2025 n'apparaît pas dans mes paiements."
    assert run(message(body, subject="Paiement"))[0] == "ticket"


def test_patient_question_is_auto_reply_patient() -> None:
    body = ("Bonjour, je suis adhérente et je voudrais savoir quand ma mutuelle va me rembourser "
            "mes lunettes. Merci.")
    msg = message(body, subject="Remboursement", sender="marie@gmail.com")
    assert run(msg)[0:2] == ("auto_reply", "patient")


def test_practitioner_talking_about_a_patient_is_not_patient() -> None:
    body = "Mon patient n'a pas été remboursé : le dossier n° 4587 n'apparaît pas. RPPS 10003456789"
    assert run(message(body, subject="Paiement dossier"))[0] == "ticket"


@pytest.mark.parametrize("body", [
    "Bonjour, j'ai oublié mon mot de passe et mon compte est bloqué après 3 tentatives.",
    "Je n'arrive pas à créer mon compte sur le portail, j'ai l'erreur 15.",
    "Pourriez-vous m'envoyer une attestation de paiement pour l'année 2025 ?",
])
def test_support_requests(body: str) -> None:
    assert run(message(body, subject="Demande"))[0:2] == ("auto_reply", "support")


@pytest.mark.parametrize("body", [
    "Suite à la cyberattaque de février 2024, mes données ont-elles été exposées ?",
    "Je pense que mes données ont été volées, quelqu'un a utilisé mon identité (usurpation).",
])
def test_security_incident(body: str) -> None:
    assert run(message(body, subject="Données personnelles"))[0:2] == ("auto_reply", "security_incident")


def test_nothing_recognisable_goes_to_review() -> None:
    action, _ = run(message("ok", subject=""))
    assert action == "review"


def test_low_confidence_goes_to_review() -> None:
    msg = message("Je voudrais des renseignements.", subject="")
    decision = decide(msg, [], own_addresses=OWN, loop_marker=LOOP, threshold=0.99)
    assert decision.action == "review"


def test_explanation_lists_rules() -> None:
    msg = message("Ci-joint la facture.", subject="Facture", attachments=[PDF])
    decision = decide(msg, [invoice()], own_addresses=OWN, loop_marker=LOOP)
    assert "rule:invoice-attached" in decision.explanation
    assert decision.fields == {}


def test_accents_are_ignored() -> None:
    assert fold("Réglé À CŒUR") == "regle a coeur"
    body = "Le reglement du dossier n° 4587 n'apparait pas, facture impayee."
    assert run(message(body, subject="reglement"))[0] == "ticket"


# ------------------------------------------------------------------ follow-ups and bank details


def test_ticket_ref_in_subject() -> None:
    assert ticket_ref_in("RE: [TP-2026-000123] Votre dossier") == "TP-2026-000123"
    assert ticket_ref_in("tp-2026-000123") == "TP-2026-000123"
    assert ticket_ref_in("TP-2026-0001234") is None
    assert ticket_ref_in("") is None


def test_followup_by_subject_is_ticket_with_ref() -> None:
    decision = decide(message("Voici le complément demandé.", subject="Re: [TP-2026-000123] dossier"), [],
                      own_addresses=OWN, loop_marker=LOOP)
    assert (decision.action, decision.ticket_ref) == ("ticket", "TP-2026-000123")


def test_followup_by_thread_is_ticket_with_ref() -> None:
    decision = decide(message("Merci, voici la pièce.", subject="Re: votre demande"), [invoice()],
                      thread_ticket="TP-2026-000999", own_addresses=OWN, loop_marker=LOOP)
    assert (decision.action, decision.ticket_ref) == ("ticket", "TP-2026-000999")


def test_machine_mail_in_a_thread_is_still_ignored() -> None:
    msg = message("Je suis absent", subject="Réponse automatique : [TP-2026-000123]")
    assert run(msg, thread_ticket="TP-2026-000123")[0] == "ignore"


@pytest.mark.parametrize("body", [
    "Bonjour, suite à un changement de banque, merci de prendre en compte notre nouveau RIB ci-joint.",
    "Merci de modifier l'IBAN du cabinet pour les prochains virements. RPPS 10003456789.",
    "Nos coordonnées bancaires ont changé, veuillez mettre à jour.",
])
def test_bank_details_change(body: str) -> None:
    msg = message(body, subject="Coordonnées", attachments=[PDF], signature="Dr Martin\nRPPS 10003456789")
    rib = ExtractedDocument(fields={}, pages=[1], kind="other", needs_review=True)
    assert run(msg, [rib])[0:2] == ("auto_reply", "bank_details")


def test_bank_details_change_with_an_invoice_goes_to_a_clerk() -> None:
    """The change is refused either way, but an invoice in the same mail must not be lost behind the reply."""
    msg = message("Voici ma facture. Merci aussi de changer mon RIB pour les prochains virements.",
                  subject="Facture", attachments=[PDF])
    decision = decide(msg, [invoice()], own_addresses=OWN, loop_marker=LOOP)
    assert decision.action == "review" and decision.explanation.startswith("bank:")


def test_bank_details_in_a_ticket_thread_still_refused() -> None:
    msg = message("Merci de changer notre RIB.", subject="Re: [TP-2026-000123]")
    assert run(msg)[0:2] == ("auto_reply", "bank_details")


def test_payment_question_mentioning_account_is_not_bank_change() -> None:
    body = "Le virement du dossier n° 7788 n'apparaît pas sur notre compte, la facture est impayée."
    assert run(message(body, subject="Virement"))[0] == "ticket"


# ------------------------------------------------------------------ wordings (hand-written regression set)

JPG = Attachment("scan001.jpg", "image/jpeg", b"\xff\xd8\xff" + b"0" * 9000, "jpeg")
NONAME = Attachment(None, "application/octet-stream", b"%PDF-1.4" + b"0" * 9000, "pdf")
WORDINGS = [  # (expected action or auto-reply reason, body, subject, attachments, documents)
    ('patient',
     "Bonjour, j'ai acheté des lunettes chez l'opticien il y a un mois et je n'ai toujours rien "
     'reçu sur mon compte. Pouvez-vous me dire où en est mon dossier ? Cordialement, M. Petit',
     'Lunettes', [], []),
    ('patient',
     'Madame, Monsieur, ma carte de tiers payant a expiré, comment en obtenir une nouvelle ?',
     'carte', [], []),
    ('patient',
     "Bonjour, la pharmacie me demande de payer alors que j'ai une mutuelle, pourquoi ?",
     'pharmacie', [], []),
    ('patient',
     'Je souhaite résilier mon contrat. Merci de me dire la marche à suivre.',
     'résiliation', [], []),
    ('patient',
     "Bonjour, combien vais-je être remboursée pour ma couronne dentaire ? Ma dentiste m'a fait un "
     'devis.',
     'question devis', [], []),
    ('support',
     "Bonjour, nous sommes un nouveau cabinet d'orthophonie et souhaiterions adhérer au tiers "
     'payant. Quelle est la procédure ?',
     'adhésion', [], []),
    ('support',
     'Impossible de me connecter depuis ce matin, le site me dit identifiant inconnu.',
     'connexion', [], []),
    ('support',
     'Bonjour, pourriez-vous me renvoyer le relevé de paiement du mois de mars en duplicata ?',
     'duplicata', [], []),
    ('support',
     "Bonsoir, j'ai le message 'erreur 15' lorsque je télétransmets. Que faire ?",
     'erreur', [], []),
    ('support',
     "Je n'arrive plus à accéder à mon espace professionnel, mon compte semble verrouillé.",
     'accès', [], []),
    ('security_incident',
     "Bonjour, j'ai entendu parler du piratage de vos serveurs, mes informations bancaires "
     'sont-elles en danger ?',
     'piratage', [], []),
    ('security_incident',
     'Je reçois des appels suspects depuis la fuite de données, que dois-je faire ?',
     'appels', [], []),
    ('security_incident',
     "Mes données de santé ont-elles été touchées par l'attaque informatique de l'an dernier ?",
     'attaque', [], []),
    ('bank_details',
     "Bonjour, veuillez trouver ci-joint notre nouveau relevé d'identité bancaire à utiliser pour "
     'les règlements à venir.',
     'RIB', [], []),
    ('bank_details',
     "Merci d'effectuer désormais les virements sur le compte suivant : FR76 3000 6000 0112 3456 "
     '7890 189',
     'virements', [], []),
    ('ticket',
     "Bonjour, je n'ai pas reçu le règlement de la facture n°F2025-118 envoyée le 3 octobre. "
     'Pouvez-vous vérifier ?',
     'règlement', [], []),
    ('ticket',
     "Suite à votre courrier du 12/10 demandant l'ordonnance, je vous la transmets en pièce "
     'jointe.',
     'ordonnance demandée', [], []),
    ('ticket',
     'La facture de Mme X a été rejetée pour droits non ouverts, or la patiente était bien '
     'couverte à la date des soins.',
     'rejet', [], []),
    ('ticket',
     'Vous avez payé 30 euros au lieu de 45 pour le dossier 556677, merci de régulariser.',
     'écart', [], []),
    ('ticket',
     "Bonjour, où en est le paiement de nos factures du mois de septembre ? Nous n'avons rien "
     'reçu.',
     'paiement', [], []),
    ('claim',
     'Bonjour,\nCi-joint nos factures du jour.\nBonne journée',
     'Factures', [PDF], [invoice(), invoice()]),
    ("claim", "", "", [PDF], [invoice()]),
    ("claim", "Voici le devis pour la prothèse de Mme L.", "devis prothèse", [PDF], [invoice("quote")]),
    ('claim',
     "Bonjour, je vous adresse une demande d'accord pour un équipement auditif.",
     'Demande', [PDF], [invoice('pec')]),
    ("claim", "Envoi de facture", "FSE", [JPG], []),
    ("claim", "Bonjour, vous trouverez en pièce jointe la facture. Bien à vous", "Facture", [NONAME], []),
    ('claim',
     "Bonjour, ci-joint la facture de notre patient. Est-ce que le tiers payant s'applique bien "
     'pour cet acte ?',
     'facture + question', [PDF], [invoice()]),
    ('ticket',
     'Bonjour, malgré nos relances, la facture ci-jointe reste impayée depuis deux mois.',
     'impayé', [PDF], [invoice()]),
    ('ticket',
     "Votre service a rejeté cette facture pour motif 'prescription expirée' alors que "
     "l'ordonnance date de moins de 3 mois. Ci-joint l'ordonnance.",
     'rejet injustifié', [PDF], [invoice()]),
    ('ticket',
     'Bonjour, voici les éléments que vous nous avez demandés pour le dossier 789456.',
     'Re: demande de pièces', [PDF], []),
    ('ticket',
     'Nous constatons une différence entre le montant facturé et le montant réglé sur le bordereau '
     'du 02/11.',
     'écart de règlement', [], []),
    ('ticket',
     'Bonjour, pouvez-vous me confirmer la date de paiement prévue pour le lot 2025-44 ?',
     'paiement lot', [], []),
    ('patient',
     "Bonjour, je suis à la retraite et j'aimerais savoir si mes soins dentaires sont pris en "
     'charge par ma complémentaire.',
     'renseignement', [], []),
    ('patient',
     "Bonjour, mon opticien me dit que vous n'avez pas validé la prise en charge de mes lunettes. "
     'Pourquoi ?',
     'prise en charge lunettes', [], []),
    ('patient',
     'Je vous joins ma facture de kiné pour obtenir mon remboursement, merci.',
     'remboursement', [PDF], [invoice()]),
    ('support',
     'Bonjour, comment puis-je télécharger mes relevés de paiement sur votre site ?',
     'relevés', [], []),
    ("support", "Mot de passe oublié, merci de le réinitialiser.", "mdp", [], []),
    ('support',
     'Bonjour, je souhaiterais obtenir une attestation de conventionnement pour mon centre.',
     'attestation', [], []),
    ('security_incident',
     "Suite au mail que j'ai reçu m'informant que mes données avaient été compromises, j'aimerais "
     'savoir lesquelles.',
     'vos données', [], []),
    ('security_incident',
     "Bonjour, un faux conseiller se présentant de chez vous m'a appelé pour me demander mes "
     "codes. Est-ce lié à l'incident ?",
     'appel frauduleux', [], []),
    ('bank_details',
     'Bonjour, notre cabinet a changé de banque. Vous trouverez ci-joint le nouveau RIB.',
     'changement bancaire', [PDF], []),
    ('bank_details',
     'Please update our IBAN for future payments: DE89 3704 0044 0532 0130 00',
     'IBAN update', [], []),
    ('ignore',
     "Merci pour votre message. Je suis en congé jusqu'au 5 janvier et n'aurai pas accès à mes "
     'mails.',
     'Re: Facture', [], []),
    ('ignore',
     'Bonjour, Découvrez nos offres exceptionnelles sur les fauteuils dentaires ! Pour vous '
     'désabonner cliquez ici.',
     'Offre spéciale -50%', [], []),
    ('ticket',
     'bjr, tjrs pas de reglement pr la facture 2025-771 du 12/08. merci de faire le necessaire',
     'URGENT', [], []),
    ('ticket', "RELANCE : NOUS N'AVONS TOUJOURS PAS ETE REGLES POUR LE DOSSIER 44521", 'RELANCE', [], []),
    ('ticket',
     'Bonjour, le remboursement de la part mutuelle pour ma patiente Mme G. a été refusé, motif '
     "inconnu. Pouvez-vous m'expliquer ?",
     'refus', [], []),
    ('ticket',
     "Bonjour, vous m'avez demandé la prescription médicale, la voici.",
     'Re: Votre demande de complément', [PDF], []),
    ('ticket',
     'Hello, invoice 5521 sent on 3 September has still not been paid. Thanks.',
     'unpaid invoice', [], []),
    ('claim', 'bonjour ci joint facture merci', '', [PDF], [invoice()]),
    ('claim',
     'Bonjour,\nVeuillez trouver la demande de prise en charge pour un équipement optique classe '
     'A.\nCdlt',
     'Demande PEC', [PDF], []),
    ('claim', 'Please find attached the invoice for the patient.', 'Invoice', [PDF], [invoice()]),
    ('patient',
     'bonjour jai un probleme avec ma mutuelle ils veulent pas me rembourser mon appareil auditif',
     'probleme', [], []),
    ('patient',
     "Bonjour, est-ce que mon fils est bien couvert par le tiers payant chez l'orthodontiste ?",
     'question', [], []),
    ('patient',
     'Hello, I am insured and would like to know when I will be reimbursed for my glasses.',
     'reimbursement', [], []),
    ('support', "Bonjour, je n'arrive pas à me connecter au portail.", 'connexion', [], []),
    ('support', 'bonjour, mon compte est bloqué suite à 3 essais, merci de le débloquer', 'compte', [], []),
    ('support', 'Hello, I forgot my password for the professional portal.', 'password', [], []),
    ('support', "Bonjour, quels sont vos horaires d'ouverture du service ?", 'horaires', [], []),
    ('security_incident',
     'Bonjour, suite à la cyber attaque, dois-je changer mes mots de passe ?',
     'sécurité', [], []),
    ('security_incident',
     'Est-ce que mon numéro de sécurité sociale fait partie des données dérobées ?',
     'inquiétude', [], []),
    ('bank_details',
     'Bonjour, merci de noter nos nouvelles coordonnées bancaires à partir du mois prochain.',
     'Coordonnées', [], []),
    ('bank_details',
     'Suite au rachat du cabinet, les paiements doivent être faits sur le compte de la nouvelle '
     'SELARL, RIB joint.',
     'rachat', [PDF], []),
    ('ignore',
     'Ce message a été envoyé automatiquement, merci de ne pas y répondre. Votre demande a bien '
     'été enregistrée.',
     'Accusé de réception', [], []),
    ('ticket',
     "Madame, Monsieur, nous avons transmis le 2 juillet un lot de 14 factures dont 3 n'ont jamais "
     'été honorées. Merci de vérifier.',
     'Factures non honorées', [], []),
    ('ticket',
     'Bonjour, la patiente a présenté une attestation de droits valide mais vous avez bloqué le '
     'paiement. Pouvez-vous débloquer le dossier ?',
     'Paiement bloqué', [], []),
    ('ticket',
     'Bonjour, ci-joint le justificatif demandé par votre service pour débloquer le règlement.',
     'Justificatif', [PDF], []),
    ('ticket',
     'Je conteste le motif de refus « hors délai » : la facture a été envoyée dans les temps, voir '
     'accusé de dépôt joint.',
     'Contestation', [PDF], [invoice()]),
    ('claim',
     'Bonjour,\n\nTransmission de la facture pour Mme R., séances de kinésithérapie du mois.\n\nBien '
     'cordialement',
     'Facture kiné', [PDF], [invoice()]),
    ('claim',
     "Bonjour, je vous fais parvenir un devis pour un appareillage auditif. Dans l'attente de "
     'votre accord.',
     'Devis audio', [PDF], [invoice('quote')]),
    ('claim',
     "Bonjour, merci de traiter la facture jointe. Question : faut-il aussi envoyer l'ordonnance ?",
     'Facture', [PDF], [invoice()]),
    ('patient',
     'Bonsoir, je ne comprends pas pourquoi il me reste 80 euros à payer après le passage chez le '
     "dentiste. Pouvez-vous m'expliquer ?",
     'reste à payer', [], []),
    ('patient',
     "Bonjour, j'ai perdu ma carte mutuelle, comment en avoir une autre ?",
     'Carte perdue', [], []),
    ('patient',
     "Bonjour, ma femme vient d'accoucher, comment ajouter notre bébé sur le contrat ?",
     'ajout bénéficiaire', [], []),
    ('support',
     "Bonjour, nous n'arrivons pas à télétransmettre depuis hier, le logiciel affiche une erreur "
     '502.',
     'Problème technique', [], []),
    ('support',
     "Bonjour, pourriez-vous m'indiquer la liste des complémentaires avec lesquelles vous "
     'travaillez ?',
     'Liste', [], []),
    ('support',
     "Bonjour, je suis infirmière libérale et je voudrais m'inscrire sur votre portail. Merci.",
     'Inscription', [], []),
    ('security_incident',
     "Bonjour, j'ai reçu un courrier m'informant que mes données personnelles ont été exposées "
     "lors d'un incident. Que dois-je faire ?",
     'Courrier reçu', [], []),
    ('security_incident',
     'Bonjour, un site se fait passer pour votre portail et demande nos identifiants. Je vous le '
     'signale.',
     'Site frauduleux', [], []),
    ('bank_details',
     "Bonjour, suite à un changement d'établissement bancaire, je vous prie de bien vouloir "
     'enregistrer le RIB ci-joint.',
     'RIB', [PDF], []),
    ('bank_details',
     'Merci de verser les prochains paiements sur ce nouveau compte : IBAN FR14 2004 1010 0505 '
     '0001 3M02 606',
     'Nouveau compte', [], []),
    ('ignore', 'Je suis actuellement en congés et je reviendrai le lundi 8 septembre.', 'Absent', [], []),
    ('ignore',
     'Votre abonnement expire bientôt ! Renouvelez maintenant et profitez de -30%. Se désinscrire',
     'Dernier rappel', [], []),
    ('ticket',
     "Bonjour, votre service m'a demandé une copie de l'accord préalable pour le dossier 887766, "
     'la voici en pièce jointe.',
     'Re: Dossier 887766', [PDF], []),
    ('claim',
     'Madame, Monsieur,\nJe vous prie de trouver ci-après la facture relative aux soins infirmiers '
     'à domicile.\nRespectueusement',
     'soins infirmiers', [PDF], [invoice()]),
    ('claim', 'Bjr, facture en PJ. Merci', 'fact', [PDF], [invoice()]),
    ('claim',
     "Bonjour, voici la demande d'entente préalable pour une orthèse. Bonne journée.",
     'Entente préalable', [PDF], [invoice('pec')]),
    ('ticket',
     'Bonjour, nous avons reçu un virement de 23,40 € au lieu de 46,80 € pour la facture 3345. '
     'Merci de compléter.',
     'Paiement incomplet', [], []),
    ('ticket',
     "Bonjour, voilà trois semaines que j'attends le règlement de la facture du 4 octobre.",
     'attente règlement', [], []),
    ('ticket',
     'Bonjour, suite au rejet pour « patient inconnu », je vous renvoie la facture avec la copie '
     'de la carte vitale du patient.',
     'Renvoi suite rejet', [PDF], [invoice()]),
    ('ticket',
     'Bonjour, pouvez-vous me dire pourquoi la facture n°778 a été payée partiellement ?',
     'facture 778', [], []),
    ('patient',
     'Bonjour, je voudrais savoir si les implants dentaires sont remboursés par ma complémentaire '
     'santé.',
     'implants', [], []),
    ('patient',
     "Bonjour, l'opticien m'a dit de vous contacter car le tiers payant n'est pas passé pour mes "
     'verres progressifs.',
     'opticien', [], []),
    ('patient',
     'Bonjour, pourquoi ma pharmacie refuse-t-elle le tiers payant ? Je suis pourtant à jour de '
     'mes cotisations.',
     'tiers payant refusé', [], []),
    ('support',
     "Bonjour, je n'ai pas reçu l'email d'activation de mon compte professionnel.",
     'activation', [], []),
    ('support',
     "Bonjour, comment modifier l'adresse de mon cabinet sur votre portail ?",
     "changement d'adresse", [], []),
    ('support',
     'Bonjour, je souhaiterais un duplicata du relevé de paiement de septembre.',
     'duplicata', [], []),
    ('security_incident',
     "Bonjour, avez-vous été victime d'une fuite ? J'ai vu un article dans la presse.",
     'article presse', [], []),
    ('security_incident',
     'Bonjour, je suis inquiet : mon nom et mon numéro de sécu circulent-ils suite au piratage ?',
     'inquiétude', [], []),
    ('bank_details',
     "Bonjour, notre centre change de banque au 1er novembre. Merci d'utiliser les coordonnées "
     'ci-jointes.',
     'banque', [PDF], []),
    ('bank_details',
     'Bonjour, pouvez-vous modifier le compte sur lequel vous nous réglez ? Le nouveau RIB est '
     'joint.',
     'modification', [PDF], []),
    ('ignore',
     'Bonjour, Nous vous informons que votre colis est bloqué. Des frais de douane de 2,99 € sont '
     'à régler via le lien suivant.',
     'Votre colis', [], []),
    ('ignore',
     'Vous avez reçu un nouveau message sécurisé. Pour le consulter, connectez-vous via le lien '
     'ci-dessous et confirmez vos identifiants.',
     'Message sécurisé', [], []),
    ('review', '???', '', [], []),
]


@pytest.mark.parametrize(("expected", "body", "subject", "attachments", "docs"), WORDINGS)
def test_wordings(expected: str, body: str, subject: str, attachments: list[Attachment],
                  docs: list[ExtractedDocument]) -> None:
    decision = decide(message(body, subject=subject, attachments=attachments), docs, own_addresses=OWN,
                      loop_marker=LOOP)
    got = decision.reason if decision.action == "auto_reply" else decision.action
    assert got == expected, decision.explanation


def test_forwarded_phishing_reported_by_a_person_is_security_incident() -> None:
    from parsers.mime import parse_message

    raw = (
        "From: cabinet@example.fr\r\nReturn-Path: <cabinet@example.fr>\r\nSubject: TR: alerte\r\n"
        "Content-Type: multipart/mixed; boundary=F\r\n\r\n--F\r\nContent-Type: text/plain;"
        " charset=utf-8\r\n\r\n"
        "Bonjour, j'ai reçu ce mail suspect à votre nom, est-ce une tentative d'escroquerie ?\r\n"
        "--F\r\nContent-Type: message/rfc822\r\n\r\nFrom: support@faux.example\r\nSubject: Urgent\r\n\r\n"
        "Votre compte sera suspendu. Cliquez ici pour vérifier vos coordonnées.\r\n--F--\r\n"
    ).encode()
    decision = decide(parse_message(raw), [], own_addresses=OWN, loop_marker=LOOP)
    assert (decision.action, decision.reason) == ("auto_reply", "security_incident")


def test_rule_patterns_are_clean() -> None:
    """A pattern piece written without the r prefix turns \\b into a backspace: catch it."""
    from classifiers import triage

    for rules in (triage.CLAIM_RULES, triage.TICKET_RULES, triage.PATIENT_RULES, triage.SUPPORT_RULES,
                  triage.SECURITY_RULES):
        for name, pattern, _ in rules:
            assert not any(ord(ch) < 32 for ch in pattern.pattern), name


# ------------------------------------------------------------------ held-out set 1's hardest cases
# (bench/heldout/emails: written before the fixes; these are the wordings the word lists missed)


def _pdf_letter(lines: list[str]) -> Attachment:
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    page = canvas.Canvas(buf)
    for i, line in enumerate(lines):
        page.drawString(60, 800 - 18 * i, line)
    page.showPage()
    page.save()
    return Attachment("courrier.pdf", "application/pdf", buf.getvalue(), "pdf")


def test_bank_details_change_in_an_attached_letter() -> None:
    letter = _pdf_letter(["Objet : nouvelles coordonnees bancaires", "Merci d'effectuer vos prochains",
                          "reglements sur le compte suivant :", "IBAN : FR76 1470 7000 1234 5678 9012 345"])
    msg = message("Bonjour, veuillez trouver ci-joint un courrier. Cordialement.", subject="Courrier",
                  attachments=[letter])
    assert run(msg) == ("auto_reply", "bank_details")


def test_small_attachment_is_not_announced_but_missing() -> None:
    small = Attachment("scan.pdf", "application/pdf", b"%PDF-1.4" + b"0" * 900, "pdf")
    assert run(message("Ci-joint la facture.", subject="Facture", attachments=[small]))[0] != "review"


def test_requested_document_sent_back_is_a_ticket_even_if_it_reads_as_a_pec() -> None:
    body = "Bonjour, vous m'avez demandé l'accord préalable pour le dossier 77120, je vous le renvoie en PJ."
    assert run(message(body, subject="Dossier 77120", attachments=[PDF]), [invoice("pec")])[0] == "ticket"


def test_plain_invoice_is_not_mistaken_for_an_answer() -> None:
    body = "Bonjour, je vous envoie ma facture ci-jointe. Comment créer un compte sur le portail ?"
    assert run(message(body, subject="facture", attachments=[PDF]), [invoice()])[0] == "claim"


@pytest.mark.parametrize(("body", "expected"), [
    ("Hi, I haven't received payment for invoice INV-2291, sent on 5 September. Could you check the status?",
     "ticket"),
    ("Rebonjour, je n'ai eu aucune réponse à mon mail du 2 octobre concernant le dossier 88123", "ticket"),
    ("Hi, I'm a physiotherapist who just set up a practice. How do I register on your platform?", "support"),
    ("Notre logiciel renvoie un code erreur à chaque envoi de flux de télétransmission. Rejet technique.",
     "support"),
    ("Je viens de m'installer comme sage-femme, comment travailler avec vous en tiers payant ?", "support"),
    ("Mon fils va commencer l'orthophonie. Combien serai-je remboursée et quelle est ma garantie ?", "patient"),
    ("Hello, I paid my physio out of pocket, who refunds me?", "patient"),
    ("Is the patient data I sent you safe after the attack last year?", "security_incident"),
])
def test_heldout_wordings(body: str, expected: str) -> None:
    action, reason = run(message(body, subject="Question", sender="someone@example.fr"))
    assert (reason if action == "auto_reply" else action) == expected


# ------------------------------------------------------------------ concepts and the text model


@pytest.mark.parametrize(("body", "expected"), [
    ("Le virement annoncé sur le bordereau, nous ne le voyons nulle part sur notre relevé.", "ticket"),
    ("Pouvez-vous m'envoyer l'historique des paiements de l'année 2025 ?", "support"),
    ("Bonjour, comme vous nous le demandiez, voici la date de naissance de la bénéficiaire.", "ticket"),
    ("J'ai reçu un SMS douteux qui parle de ma carte de mutuelle et de votre fuite de données.",
     "security_incident"),
])
def test_concept_vocabularies(body: str, expected: str) -> None:
    action, reason = run(message(body, subject="Question"))
    assert (reason if action == "auto_reply" else action) == expected


def test_model_never_creates_a_claim_or_answers_an_empty_message() -> None:
    from classifiers.textmodel import default_model

    assert default_model() is not None, "classifiers/model/triage.npz: run python -m classifiers.train"
    assert run(message("Bonjour rappelez moi svp au 06 12 34 56 78 merci", subject="rappel"))[0] == "review"
    assert run(message("voir pièce jointe", subject="document"))[0] != "claim"


def test_without_the_model_the_rules_still_decide() -> None:
    from classifiers.textmodel import use_model

    with use_model(None):
        assert run(message("Ci-joint la facture.", subject="Facture", attachments=[PDF]), [invoice()])[0] == "claim"
        assert run(message("ok", subject=""))[0] == "review"
