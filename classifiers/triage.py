"""The triage decision: claim, ticket, auto_reply (patient/support/security_incident/bank_details),
ignore or review.

Order of the rules (each one explains itself in `Decision.explanation`):
1. machine mail (headers, structure, then wording) -> ignore;
2. a request to change bank details -> auto_reply bank_details (never acted on, even from a practitioner);
3. a follow-up (ticket number in the subject, or `thread_ticket` from the pipeline) -> ticket;
4. content: attachments that read as invoices/quotes/PEC, and weighted vocabularies (accent-insensitive
   stems) for each class; an invoice with a question stays a claim, an invoice with a complaint about
   an unpaid/rejected file is a ticket (not when the complaint is an aside about another matter, nor when
   it is the patient who did not pay);
5. a decision under the threshold -> review, with the best guess in the reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from classifiers.followup import ticket_ref_in
from classifiers.machine import fold, header_reason, machine_reason, spam_score
from classifiers.normalize import normalize
from classifiers.textmodel import default_model, features
from intake.domain.model import Attachment, Decision, ExtractedDocument, ParsedMessage

Rule = tuple[str, re.Pattern[str], float]


def _rules(*items: tuple[str, str, float]) -> tuple[Rule, ...]:
    return tuple((name, re.compile(pattern), weight) for name, pattern, weight in items)


# Vocabularies on folded text (lower case, no accents). Stems, not sample sentences.
CLAIM_RULES = _rules(
    ("claim:invoice-word", r"\bfactur|\bnote d'honoraires|\bfeuille de soins|\bfse\b|\bdre\b|\binvoice", 1.0),
    ("claim:sending", r"\bci[- ]?joint|\bpieces? jointes?|\bp\.?j\.?\b|veuillez trouver|vous trouverez"
     r"|je vous (?:transmets|adresse|envoie|fais parvenir|joins)"
     r"|(?:transmission|envoi) (?:de|d'une|des)|please find|\battached\b|enclosed", 1.0),
    ("claim:pec", r"prise en charge|\bpec\b|accord prealable|demande d'accord|entente prealable", 1.5),
    ("claim:quote", r"\bdevis\b", 1.5),
    ("claim:care", r"\bsoins\b|\bactes?\b|\bseances?\b|optique|dentaire|audio|prothese|lunettes|monture"
     r"|\bverres\b|orthodont|hospitalis|pharmac", 0.4),
    ("claim:tp", r"tiers[- ]?payant|part (?:mutuelle|complementaire|amc)|\bamc\b", 0.4),
)
TICKET_RULES = _rules(
    ("ticket:unpaid", r"impaye|non (?:paye|regle|rembourse|recu)|(?:pas|jamais) (?:ete |encore ete "
     r"|encore |toujours )?"
     r"(?:paye|regle|vire|rembourse|honore|traite)|toujours pas|n'?est pas (?:parvenu|arrive)"
     r"|aucun (?:paiement|reglement|virement|retour)|en attente de (?:paiement|reglement|virement)"
     r"|retard de (?:paiement|reglement)"
     r"|\bil (?:nous |me |y )?manque (?:encore )?(?:\d|la somme|le (?:paiement|reglement|virement|versement|montant))"
     r"|(?:toujours |n'?(?:ai|avons) )?rien (?:recu|percu)"
     r"|n'?(?:ai|avons) (?:pas|jamais|toujours pas) ete (?:paye|regle)|au lieu de|\bj'attends|nous attendons"
     r"|(?:pas|jamais|toujours pas) (?:encore )?(?:recu|percu)(?: (?:le|la|les|de|du|d'|aucun"
     r"|notre|mon|nos))?"
     r" ?(?:paiement|reglement|virement|versement|remboursement|somme|montant)|\btjrs\b"
     r"|\bpas (?:de|d'|encore de|recu de|eu de) ?(?:reglement|paiement|virement|versement|retour|reponse)"
     r"|not (?:been |yet )?(?:paid|received|settled)|\bunpaid\b|outstanding|still waiting"
     r"|(?:haven'?t|have not|hasn'?t|has not|didn'?t|did not|never) (?:yet )?(?:been )?(?:received?|paid|got|settled)"
     r"|no payment|payment (?:is )?(?:missing|late|overdue|delayed)|\boverdue\b|\bnot paid", 2.0),
    ("ticket:rejected", r"\brejet(?!s? (?:techniques?|informatiques?|de (?:flux|lot|fichier)))|\brefus"
     r"|non conforme|contest|reclamation|litige"
     r"|erreur (?:de|sur le|dans le)"
     r" (?:paiement|montant|reglement|calcul|taux)|paiement partiel|payee? partiellement"
     r"|partiellement (?:paye|regle)|montant (?:errone|incorrect|insuffisant)"
     r"|moins que|difference|ecart|\brejected\b|\bdenied\b|\bdispute", 2.0),
    ("ticket:chase", r"\brelance|je reviens vers vous|sans (?:nouvelles|reponse|retour)|(?:deuxieme|seconde|"
     r"troisieme|\d+e) (?:relance|demande|envoi)|a nouveau|de nouveau|suite a (?:votre|mon|notre|la|le)"
     r"|comme suite|je me permets|\bou en (?:est|sont)\b|etat d'avancement|\bsuivi (?:de|du|des)\b"
     r"|follow(?:ing)?[- ]up|reminder|check (?:the )?status|status of (?:my|the|our|this)"
     r"|(?:aucune|pas de|toujours pas de|sans) (?:reponse|retour|nouvelles?) (?:a|de|suite a|concernant) "
     r"(?:mon|ma|mes|notre|nos|votre) (?:mail|courriel|message|courrier|demande|relance|envoi)"
     r"|no (?:reply|answer|response) (?:to|from|yet)|(?:my|our) (?:previous|last|earlier) (?:e-?mail|message)", 1.5),
    ("ticket:complement", r"regularis|complement d'information|complement (?:de|au) dossier|informations? "
     r"complementaires?|(?:pieces?|elements?|documents?) (?:complementaires?|manquants?|demandes?)"
     r"|justificatif|en reponse a votre (?:demande|courrier|mail)|comme demande"
     r"|(?:vous|que vous|votre service|vos services) (?:nous |m')?(?:avez|aviez|a|ont) (?:demande"
     r"|reclame|sollicite)"
     r"|demandee?s? par (?:votre|vos) service|\bpieces?"
     r" demandees?|\b(?:la|le|les) voici\b|as requested|you (?:asked|requested)", 1.5),
    ("ticket:blocked", r"(?:paiements?|reglements?|dossiers?|factures?|virements?) (?:est |a ete "
     r"|sont |ont ete )?"
     r"(?:bloque|suspendu|en suspens|gele|retenu)|bloque (?:le|les|mon|notre|nos) (?:paiement"
     r"|reglement|dossier)"
     r"|debloquer (?:le|les|ce|mon|notre|nos) (?:dossier|paiement|reglement|facture|virement)", 2.0),
    ("ticket:correction", r"facture (?:corrigee|rectifi|modifiee|annulee)|rectificati|annuler et"
     r" (?:renvoyer|refactur)"
     r"|erreur (?:de|sur (?:le|la|les)) (?:nir|numero|facture|saisie|montant|date|cotation|code)"
     r"|trop[- ]?percu"
     r"|\bindus?\b|deux fois|double (?:paiement|reglement|virement)|en double|\bun avoir\b", 1.5),
    ("ticket:file-ref", r"\bdossiers?\b|\bn ?°|\bnumero de (?:dossier|facture|lot|bordereau|decompte)|\blot\b"
     r"|transmise?s? le|envoyee?s? le|teletransmise?s? (?:le|en|du|depuis)\b|\bdate de (?:soins|transmission)"
     r"|\bfeuilles? de soins"
     r"|\bfse\b|\bdecomptes?\b|\bbordereaux?\b", 0.8),
    ("ticket:payment", r"\bpaiements?\b|\breglements?\b|\bvirements?\b|\bversements?\b|releve|bordereau|decompte"
     r"|\bpayements?\b|\bpayments?\b|\bremittance|\btransfers?\b", 0.8),
    ("ticket:rights", r"droits? (?:non |pas )?ouverts?|ouverture (?:des|de) droits|plafond|hors garantie"
     r"|carence|fin de droits", 1.0),
    # concepts rather than phrases: a money word and an absence word in the same sentence (see
    # `_concepts`), a repeated request, our own earlier request or letter referred to
    ("ticket:repeated", r"\b(?:\d+ ?(?:e|eme)|deuxieme|troisieme|quatrieme|cinquieme|enieme|nieme"
     r"|plusieurs|combien de) fois\b|vous attendez quoi|\bencore une fois\b", 1.5),
    ("ticket:our-request", r"\bvous (?:nous |m'|me )?(?:le |la |les |l')?(?:aviez |avez |m'avez |nous avez )?"
     r"(?:demand|reclam|sollicit|requis)"
     r"|\b(?:votre|vos) (?:courrier|lettre|mail|courriel|demande|message|relance|notification)s? du \d", 2.0),
)
MONEY_WORDS = re.compile(
    r"\b(?:virements?|paiements?|payements?|reglements?|versements?|releves?|regles?|reglee?s?|versee?s?"
    r"|sommes?|montants?|bordereaux?|decomptes?|payee?s?|vire|viree?s?|credite|creditee?s?|remboursements?"
    r"|rembourse|remboursee?s?|honoraires|percue?s?|payments?|transfers?|paid)\b"
    r"|\b(?:sur|de|a) (?:mon|notre|nos|mes|le) comptes?\b")
# "n'apparaît pas" is about money only next to a billing object ("le dossier 123 n'apparaît pas dans nos
# paiements"), never about a website "qui n'apparaît pas dans les premiers résultats"
NOT_SHOWN = re.compile(r"\bn'?apparai|\bne (?:figure|figurent|apparai)")
BILLING_OBJECT = re.compile(
    r"factur|\bdossiers?\b|feuilles? de soins|\bfse\b|\bsoins\b|\bseances?\b|\blots?\b|\bn ?°|\bnumero"
    r"|\b\d{4,}\b|\bpatiente?s?\b|\b(?:mme|mr|m\.|madame|monsieur)\b")
# Non-payment BY THE PATIENT (the reason a practitioner uses tiers payant: "la part mutuelle n'a pas été
# réglée par la famille", "le patient n'a pas payé sa part") is not a complaint about us: such a sentence
# is read as no ticket evidence. A complaint is about the operator or insurer not paying the practitioner.
_PAYERS = (r"(?:la famille|les parents|le patient|la patiente|l'assuree?|le beneficiaire|l'adherente?|le malade"
           r"|la maman|le papa|la mere|le pere|l'interesse|l'enfant|(?:le|la) client|(?:mon|ma) patiente?)")
PATIENT_NOT_PAYING = re.compile(
    r"\b(?:payee?s?|reglee?s?|avancee?s?|versee?s?|acquittee?s?|paid|settled) par " + _PAYERS
    + r"|\b" + _PAYERS + r"\s(?:ne |n')(?:a |ont |avait |avaient |peut |pouvait |pouvaient |veut |voulait )?"
    r"(?:pas|jamais|rien|toujours pas) (?:encore )?(?:pu |voulu )?(?:paye|regle|avance|verse|payer|regler|avancer"
    r"|verser)\b"
    r"|\b" + _PAYERS + r"\s(?:ne |n')(?:paie|paye|regle|verse|avance)(?:nt)? (?:pas|jamais|rien)\b"
    r"|\b(?:ne (?:pouvait|peut|pouvaient|peuvent|pourrait|pourra)(?: pas)?|n'a pas pu|n'ont pas pu)"
    r" (?:avancer|payer|regler)")
# An aside in a message that sends an invoice ("j'en profite pour une question qui n'a rien à voir : ...",
# "par ailleurs ..."): it runs to the end of its paragraph and is not a complaint about the attached file.
ASIDE = re.compile(
    r"\bj'en profite|rien a voir|sans (?:aucun )?rapport|(?:une |un )?autre (?:question|sujet|point)"
    r"|\bpar ailleurs\b|\bau passage\b|\bd'autre part\b|hors sujet|question annexe|\bsans lien\b"
    r"|\bpetite question\b|\bune question (?:qui n'a|sans)")
# ... unless the aside is itself about the attached invoice ("par ailleurs, cette facture est une relance")
ABOUT_ATTACHED = re.compile(
    r"ci[- ]?joint|\bjointe?s?\b|cette (?:facture|note|feuille)|\brelance|je vous (?:la |le |les )?renvoie"
    r"|\brenvoi\b|de nouveau|a nouveau|(?:deuxieme|seconde|troisieme|\d+e) (?:envoi|fois)")
ABSENCE_WORDS = re.compile(
    r"\brien\b|\bne\b[^.!?]{0,40}\b(?:pas|jamais|plus|toujours)\b|\bn'[a-z]+ (?:pas|jamais|toujours)\b"
    r"|toujours pas|nulle part|\bmanque|\bmanquant|\battend|introuvable|\babsente?s?\b|\bjamais\b|\baucune?\b"
    r"|\bpas (?:de|d'|encore|recu|trace)|\bsans\b")
PATIENT_RULES = _rules(
    ("patient:persona", r"\bje suis (?:un |une )?(?:assuree?|adherente?|affiliee?|beneficiaire|patiente?)"
     r"|en tant qu'(?:assuree?|adherente?|patiente?)|\bmon (?:contrat|adhesion|numero d'adherent)"
     r"|\b(?:suis|sommes) (?:couverte?s?|assurees?) (?:par|chez)|\bj'ai une (?:mutuelle|complementaire)"
     r"|\b(?:resilier|resiliation)"
     r"|\b(?:suis|est|sont|sommes|etre) (?:bien )?(?:couverte?s?|assuree?s?)\b"
     r"|\bi am (?:insured|a (?:member|patient))|\bmy (?:insurance|insurer|policy|contract)", 2.5),
    ("patient:my-insurer", r"\bma (?:mutuelle|complementaire|couverture|caisse)|\bmon (?:assurance|assureur)"
     r"|\bma carte (?:de |d')?(?:tiers|mutuelle|vitale|adherent)?|\bmon remboursement|\bmes remboursements"
     r"|\bme rembourser|\bme rembourse|\bsuis[- ]je rembourse|(?:ai|ete|etre|serai|suis) remboursee?s?"
     r"|\brembourse[rz]?[- ](?:moi|mes|ma|mon)|\bmes frais"
     r"|\b(?:i|we) (?:will |would )?be reimbursed|\bmy (?:reimbursement|refund|card)"
     r"|attestation (?:de |d')?(?:ma |mon )?(?:mutuelle|adhesion|affiliation|assurance|complementaire)"
     r"|\b(?:serai|suis|vais|serons|sommes|vont)[- ](?:je|nous|t-ils?|t-elles?)\b.{0,30}rembours"
     r"|\bcombien (?:vais|serai|serons|allez|vont|je|ma|mon|la mutuelle)\b.{0,40}rembours"
     r"|\b(?:ma|mes) garanties?|\bmon niveau de (?:garantie|couverture)|\bmon (?:forfait|plafond) (?:optique|dentaire)"
     r"|\bmy (?:coverage|cover|plan|membership|benefits?)\b|\bam i (?:covered|insured|reimbursed)"
     r"|\b(?:reimburse|refund) me\b|\bget (?:my money|reimbursed|a refund)|\b(?:refunds?|reimburses?) me\b"
     r"|\bm'(?:a|ont) fait (?:payer|avancer|regler)|\bi (?:paid|had to pay)\b|out of (?:my )?pocket", 2.0),
    ("patient:my-care", r"\bmon (?:opticien|dentiste|medecin|pharmacien|kine|audioprothesiste|orthodontiste"
     r"|ophtalmo|generaliste|specialiste)|\bma (?:pharmacie|dentiste|kinesitherapeute|medecin|consultation"
     r"|hospitalisation|operation)|\bmes (?:lunettes|lentilles|soins|dents|appareils?)"
     r"|\bmon (?:fils|enfant|mari|epoux|conjoint|bebe)|\bma (?:fille|femme|epouse|conjointe|mere)"
     r"|\bmes enfants|\bmes (?:verres|implants|seances)|\b(?:l'|le |la )(?:opticien|dentiste"
     r"|pharmacien|pharmacie|medecin|kine)"
     r" (?:m'a|me |refuse)|\bmes cotisations|\bchez (?:l'|le |la |mon |ma |un |une )?(?:opticien"
     r"|dentiste|medecin|pharmacie"
     r"|pharmacien|kine|audioprothesiste|ophtalmo|specialiste|orthodontiste|radiologue|laboratoire)"
     r"|\bj'ai (?:achete|consulte(?! (?:votre|vos|le|la|les|ce|cette|son) (?:site|page|portail|espace|annonce"
     r"|profil|offre|catalogue))|ete (?:opere|hospitalise|soigne)|fait (?:faire|refaire))"
     r"|\bje (?:cotise|paye ma mutuelle|paie ma mutuelle)\b"
     r"|\bma (?:couronne|prothese)|\b(?:me|nous) (?:demande|reclame) de (?:payer|regler|avancer)"
     r"|\bmy (?:glasses|optician|dentist|doctor|son|daughter|wife|husband|child)", 1.5),
    ("patient:paid", r"\bj'ai (?:du )?(?:paye|avance|regle|depense)|reste a (?:ma|notre) charge|de ma poche"
     r"|avance (?:de|des) frais|\bj'ai (?:recu|eu) (?:une|la) facture"
     r"|\b(?:ma|mes) factures? (?:de|d'|du|des) (?:kine|pharmac|dentiste|opticien|medecin|l'|la |le "
     r"|mon |ma )", 1.5),
    ("patient:channel", r"espace adherents?|service adherents?|\bmon espace\b", 1.0),
)
SUPPORT_RULES = _rules(
    ("support:account", r"mot de passe|\bmdp\b|\bidentifiants?\b|\blogin\b|se connecter|me connecter"
     r"|connexion|compte (?:est |a ete )?(?:bloque|verrouille|desactive|suspendu)|bloque apres|tentatives"
     r"|creer (?:un|mon|notre) compte|creation (?:de|d'un|du) compte|inscri|ouvrir un compte|acceder a"
     r"|acces (?:au|a mon|a notre) (?:portail|espace|compte)|code d'acces|reinitialis|activation"
     r"|mots de passe|\bpassword|log ?in\b|sign in|account (?:is )?(?:locked|blocked)|debloquer"
     r" (?:mon|notre|le|l'|ce) ?(?:compte|acces)"
     r"|(?:trois|3) (?:essais|tentatives)"
     r"|\bregist(?:er|ration)\b|sign(?:ing)? ?up\b|create (?:an|my|our) account|open (?:an|a) account"
     r"|(?:can'?t|cannot|unable to) (?:log|sign|access|connect)|reset (?:my|the) password|locked out", 2.0),
    ("support:error", r"\berreur\s*(?:n\s*°?\s*|code\s*)?\d+|code (?:d')?erreur|message d'erreur|\bbug\b"
     r"|ne fonctionne (?:pas|plus)|n'?(?:arrive|arrivons|arrivent) (?:pas|plus) a|impossible de"
     r" (?:me connecter|telecharger|acceder|valider|saisir"
     r"|transmettre|envoyer|ouvrir)|dysfonctionn|plantage|page blanche|ecran"
     r"|rejets? (?:techniques?|informatiques?)|\bflux\b|\bnoemie\b|\bsesam|carte cps|\bnavigateur"
     r"|\berror (?:code|message)|\bdoesn'?t work|not working|\bcrash", 1.5),
    ("support:document", r"\battestation(?! de droits| (?:de |d')?(?:ma |mon )?(?:mutuelle|adhesion|affiliation"
     r"|assurance|complementaire))|\b(?:renvoyer|reenvoyer|retransmettre|reediter|regenerer|reimprimer|une copie"
     r" (?:de|du|des))\b.{0,30}\b(?:releves?|bordereaux?|decomptes?|attestations?|avis de (?:paiement|virement))"
     r"|\bduplicata|\bcertificat (?:de|d')"
     r"|\brecapitulatif|\betat (?:annuel|recapitulatif)|\bhistorique des (?:paiements|reglements|virements)"
     r"|\b(?:releve|bilan|cumul) (?:annuel|fiscal|des (?:sommes|paiements|reglements|virements))"
     r"|\bcopie (?:de|d'|du|des) (?:mon |notre |nos |la |le |les )?(?:releve|bordereau|decompte"
     r"|attestation|carte)"
     r"|\b(?:second|nouvel) exemplaire", 2.0),
    ("support:portal", r"\bportail|espace (?:pro|professionnel|praticien)|\bsite\b|plate-?forme"
     r"|en ligne|logiciel|application|telecharg", 0.7),
    ("support:howto", r"\bcomment (?:faire|puis-je|pouvons-nous|peut-on|proceder|obtenir|acceder|telecharger"
     r"|mettre a jour|enregistrer|parametrer|configurer"
     r"|modifier|recuperer|consulter|trouver)|\bou (?:puis-je|trouver|se trouve)|marche a suivre"
     r"|\bprocedure\b|\bhow (?:do|can|should) (?:i|we)\b|\bwhat is the (?:procedure|process)"
     r"|\b(?:dois-je|doit-on|faut-il|est-ce que (?:je dois|l'on doit|on doit|nous devons|il faut)|devons-nous"
     r"|peut-on|puis-je) (?:\w+ ){0,2}?(?:envoyer|joindre|transmettre|adresser|passer|utiliser|proceder"
     r"|faire parvenir)\b", 1.2),
    ("support:general", r"\brenseignements?\b|\binformations? sur|\bquestion\b|liste des"
     r" (?:mutuelles|complementaires|amc|assureurs"
     r"|organismes)|\bcontact\b", 0.8),
    ("support:question", r"\bquels? (?:sont|est) (?:vos|les|le|la|votre)\b|\bdelais? (?:de traitement|moyen)"
     r"|\bdans quels? delais?", 1.2),
    ("support:contact", r"\bhoraires?\b|joindre (?:le|votre|vos) service|numero de telephone|par telephone"
     r"|coordonnees (?:de|du) service|adresse postale|opening hours|phone number", 1.2),
    ("support:enrolment", r"avec lesquel(?:le)?s vous travaillez"
     r"|pour lesquel(?:le)?s vous (?:gerez|intervenez|travaillez)"
     r"|liste des (?:mutuelles|complementaires|amc|assureurs|organismes)|organismes partenaires|vos"
     r" partenaires|\bconvention|conventionn|\badherer\b|adhesion (?:au|a|de notre|du cabinet)"
     r"|partenariat|devenir partenaire|nouveau (?:cabinet|centre|praticien)|\bnous installer"
     r"|installation|\b(?:je debute|nous debutons|debuter) (?:le |en |avec le )?tiers[- ]?payant"
     r"|\b(?:je viens|nous venons|vient|venons) de (?:m'|nous |s')?install|travailler avec vous"
     r"|\bcomment (?:travailler|beneficier|devenir|s'inscrire|adherer|pratiquer)|(?:work|working) with you", 1.5),
)
SECURITY_RULES = _rules(
    ("security:attack", r"cyber[- ]?attaque|attaque informatique|piratage|\bpirate|hack"
     r"|ransomware|rancongiciel|intrusion|incident (?:de securite|cyber|informatique)|cyber ?attack"
     r"|data breach|security (?:breach|incident)|\bhacked\b|\bbreach\b|\b(?:the|last year'?s?|recent) attack", 3.5),
    ("security:data", r"\bfuite\b|victime d'une? (?:attaque|fuite|piratage|cyber)|fuite (?:de |des"
     r" )?(?:donnees|informations)|donnees (?:personnelles |de sante |"
     r"medicales )?(?:ont ete |sont |seraient )?(?:exposees|compromises|volees|divulguees|derobees|piratees"
     r"|concernees|publiees|touchees)|violation (?:de|des) donnees|vol de donnees|mes donnees"
     r"|exfiltr|donnees.{0,40}(?:exposees|compromises|volees|divulguees|derobees|piratees|en danger)"
     r"|(?:data|information) (?:was |were |has been |have been )?(?:leaked|stolen|exposed|compromised)", 2.5),
    ("security:misuse", r"usurpation|utilisation frauduleuse|hameconnage|phishing|tentative d'escroquerie"
     r"|se disant (?:de|du|d'|votre|vos|de chez)|pretendant (?:etre|venir|appeler)|soi-disant (?:de|du|conseill)"
     r"|(?:m'a|m'ont|nous a|nous ont|les a|les ont) (?:appelee?s?|contactee?s?|ecrit|telephone) pour (?:obtenir"
     r"|demander|recuperer|verifier|confirmer) (?:mon|ma|mes|notre|nos|leurs?) (?:numero|code|identifiant"
     r"|mot de passe|coordonnees|carte|rib|iban|donnees)"
     r"|appel(?:s)? suspects?|mails? suspects?|sms suspects?"
     r"|(?:sms|mails?|courriels?|appels?|messages?|liens?) (?:frauduleux|douteux|suspects?|bizarres?)"
     r"|escroquer|arnaque|\bcnil\b"
     r"|faux (?:conseiller|agent|mail|courriel|sms|site|appel)|se (?:presentant|faisant passer)"
     r"|se (?:fait|font|faire) passer|site (?:frauduleux|pirate|contrefait|falsifie)|je vous (?:le "
     r"|la )?signale"
     r"|signaler (?:un|une) (?:fraude|tentative|site|mail|courriel)"
     r" (?:de|pour|comme)"
     r"|\bl'incident\b", 3.0),
    ("security:date", r"fevrier 2024|\b2024\b.{0,40}(?:attaque|incident|fuite)", 1.0),
)
BANK_TERMS = re.compile(
    r"\brib\b|\biban\b|\bbic\b|coordonnees bancaires|releve d'? ?identite bancaire|domiciliation bancaire"
    r"|compte (?:bancaire|de depot)|\bbanque\b|etablissement bancaire|compte a crediter|compte suivant"
    r"|\b[a-z]{2}\d{2}(?: ?[0-9a-z]{4}){3,}|bank (?:details|account)"
)
BANK_CHANGE = re.compile(
    r"chang|modifi|mise a jour|mettre a jour|\bmaj\b|nouv|remplac|prendre en compte|tenir compte|\bactualis"
    r"|desormais|dorenavant|a compter d|a partir d|ancien|transfer|\bclotur|ferme|updat|\bnew\b|rachat"
)
PRACTITIONER_CUES = re.compile(
    r"\b(?:mon|ma|mes|nos|notre|votre|du|le|la|un|une) (?:patient|patiente|patients|patientes)\b|\brpps\b"
    r"|\badeli\b|\bfiness\b|\bnotre (?:cabinet|officine|centre|pharmacie|laboratoire|magasin)"
    r"|\bmon (?:cabinet|officine|magasin|laboratoire)|\bnos (?:factures|dossiers)|\bnumero am\b"
    r"|\b(?:le|notre) secretariat\b|\bsoins (?:de|a|pour) (?:mme|mlle|mr|m\.|madame|monsieur)\b"
    r"|\binfirmiere? liberale?|\bidel\b|\bpharmacien titulaire|\btitulaire de l'officine"
)
REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|sv|rif)\s*:", re.IGNORECASE)
CLAIM_KINDS = frozenset({"invoice", "quote", "pec"})
IDENTIFIER_FIELDS = ("rpps", "adeli", "finess", "nir", "invoice_number", "amc_number")
AMOUNT_FIELDS = ("total_amount", "amo_amount", "amc_amount", "patient_amount")
DOCUMENT_TYPES = frozenset({"pdf", "tiff", "jpeg", "png", "gif", "bmp", "webp"})
# names of invoice-like files; an ordonnance or a prescription is a supporting document, not an invoice
INVOICE_NAME = re.compile(r"fact|invoice|devis|pec|prise|feuille|fse|honorair|bordereau|note")
# "the document you asked for": an answer to a request for complément d'information, even when what is
# sent back reads as an invoice or a PEC
ANSWER_TO_REQUEST = re.compile(
    r"en reponse a (?:votre|vos) (?:demande|courrier|mail|message|lettre|relance)|suite a votre demande"
    r"|(?:vous|votre service|vos services) (?:nous |m'|me )?(?:avez|aviez|a|ont) (?:demande|reclame|sollicite)"
    r"|(?:comme|tel que|ainsi que) (?:vous me l'avez |vous nous l'avez )?demande|\bpieces? (?:demandees?|manquantes?)"
    r"|\bas (?:you )?requested|you (?:asked|requested) (?:for|me|us)"
    r"|\bvous (?:nous |m'|me )(?:demandiez|reclamiez|aviez demande|aviez reclame)"
)
LOGIN_REFUSAL = re.compile(
    r"\b(?:identifiants?|mots? de passe|mdp|acces|connexions?|codes? d'acces|login|password|compte)"
    r" (?:\w+ ){0,2}(?:est |sont |a ete |ont ete |me |m'est |nous est )?"
    r"(?:refusee?s?|rejetee?s?|invalides?|incorrecte?s?)")
# what a billing reminder is about: without one of these, "je vous relance" says nothing a ticket can hold
OBJECT_OF_CHASE = re.compile(
    r"factur|\bdossiers?\b|paiement|payement|reglement|virement|versement|rembours|bordereau|decompte"
    r"|feuilles? de soins|\bfse\b|\blots?\b|\bpec\b|prise en charge|\bdevis\b|\brejet|\brefus|impaye"
    r"|\bn ?°|\bnumero (?:de|du)\b|\breference\b"
    r"|(?<![/.\d])\b(?!0[1-9]\d{8}\b)[a-z]{0,4}-?\d{4,}(?:-\d+)*\b(?![/.]\d)|\d+[,.]\d{2} ?(?:€|eur)"
    r"|\bmontant|\bsommes?\b|\bpatiente?s?\b|\bsoins\b|ordonnance|accord|attestation|\bcompte\b|mutuelle"
    r"|invoice|payment|\bclaim|\bfile\b|\bamount|\brefund|reimburs")
COMPLAINT_RULES = frozenset({"ticket:unpaid", "ticket:rejected", "ticket:blocked"})
BANK_CHANGE_WITH_INVOICE = "bank details change with an invoice: claim the invoice, refuse the change"
AUTO_REPLY_CLASSES = ("patient", "support", "security_incident", "bank_details")


@dataclass
class Evidence:
    """Scores per class and the rules that fired."""

    scores: dict[str, float] = field(default_factory=dict)
    fired: list[str] = field(default_factory=list)

    def add(self, label: str, name: str, weight: float) -> None:
        self.scores[label] = self.scores.get(label, 0.0) + weight
        self.fired.append(f"{name}(+{weight:g})")

    def score(self, label: str) -> float:
        return self.scores.get(label, 0.0)


def decide(
    msg: ParsedMessage,
    documents: list[ExtractedDocument],
    *,
    thread_ticket: str | None = None,
    own_addresses: Iterable[str] = (),
    loop_marker: str = "",
    threshold: float = 0.6,
) -> Decision:
    """Sort one message into claim, ticket, auto_reply, ignore or review."""
    own = list(own_addresses)
    machine = machine_reason(msg, own_addresses=own, loop_marker=loop_marker)
    if machine is not None and not (is_soft_machine_reason(machine) and claim_documents(documents)):
        strong = header_reason(msg, own_addresses=own, loop_marker=loop_marker) is not None
        return Decision("ignore", f"machine mail: {machine}", 0.97 if strong else 0.85,
                        explanation=f"machine:{machine}")
    decision = _person_decision(msg, documents, own, loop_marker, thread_ticket, threshold)
    if machine is not None:  # sent by a machine (a fax gateway, a billing tool) but carries an invoice
        decision.explanation = f"machine:{machine} overridden by an attached invoice; {decision.explanation}"
        if decision.action == "auto_reply":
            return Decision("ignore", f"machine mail: {machine}", 0.85, explanation=decision.explanation)
    return decision


def _person_decision(
    msg: ParsedMessage,
    documents: list[ExtractedDocument],
    own: list[str],
    loop_marker: str,
    thread_ticket: str | None,
    threshold: float,
) -> Decision:
    text = classification_text(msg)
    if is_bank_details_change(text):
        if claim_documents(documents):  # the invoice must not be lost behind the refusal: a clerk does both
            return Decision("review", BANK_CHANGE_WITH_INVOICE, 0.5,
                            explanation="bank:change-of-bank-details with an attached invoice (never acted on)")
        return Decision("auto_reply", "bank_details", 0.9,
                        explanation="bank:change-of-bank-details (never acted on by email)")
    if not claim_documents(documents):
        letter = attachment_text(msg)
        if letter and is_bank_details_change(letter, whole=False):
            return Decision("auto_reply", "bank_details", 0.85,
                            explanation="bank:change-of-bank-details in an attached letter (never acted on)")
    ticket_ref = ticket_ref_in(msg.subject) or thread_ticket
    if ticket_ref:
        source = "subject" if ticket_ref_in(msg.subject) else "thread"
        return Decision("ticket", f"follow-up of {ticket_ref}", 0.95, ticket_ref=ticket_ref,
                        explanation=f"followup:{source}")
    ours = reply_to_us(msg, own, loop_marker)
    decision = _content_decision(msg, documents, text, threshold, replying_to_us=ours is not None)
    if ours and decision.action == "ticket":  # our Message-IDs may carry the ticket number
        decision.ticket_ref = ticket_ref_in(ours)
    return decision


def is_soft_machine_reason(reason: str) -> bool:
    """Machine signs that a fax gateway or a practitioner's billing tool also shows (a no-reply sender,
    bulk headers, an auto-generated mark): an attached invoice outweighs them. Loops, our own mail,
    reports and auto-replies never do."""
    hard = ("our own", "sent from our own", "delivery status", "read receipt", "spam complaint",
            "null return path", "auto-submitted: auto-replied", "out-of-office", "spam or phishing",
            "delivery report", "auto-reply header")
    return not reason.startswith(hard)


def reply_to_us(msg: ParsedMessage, own_addresses: list[str], loop_marker: str) -> str | None:
    """The first In-Reply-To/References id that one of our domains minted, if any."""
    domains = {a.rsplit("@", 1)[1].lower() for a in [*own_addresses, loop_marker] if "@" in a}
    for ref in [msg.in_reply_to or "", *msg.references]:
        ref = ref.strip().lower()
        if ref.endswith(">") and "@" in ref and ref[:-1].rsplit("@", 1)[1] in domains:
            return ref
    return None


def classification_text(msg: ParsedMessage) -> str:
    """Folded subject + new text (the whole body when the new text is nearly empty, e.g. a forward), with
    SMS abbreviations spelt out and misspelt domain words repaired (`classifiers.normalize`)."""
    body = msg.new_text if len(msg.new_text.strip()) >= 25 else msg.body_text
    subject = re.sub(r"^\s*(?:(?:re|tr|fwd?|aw|wg|rif)\s*:\s*)+", "", msg.subject, flags=re.IGNORECASE)
    return normalize(fold(f"{subject}\n{body[:20_000]}"))


def is_bank_details_change(text: str, *, whole: bool = True) -> bool:
    """A bank term and a change term close together (same sentence, or within a short stretch of a
    letter whose lines are cut); a short message with both anywhere also counts when `whole`."""
    for sentence in re.split(r"[.!?\n]+", text):
        if BANK_TERMS.search(sentence) and BANK_CHANGE.search(sentence):
            return True
    if not whole:  # a letter: its lines are cut, so look around each bank term
        return any(BANK_CHANGE.search(text[max(0, m.start() - 200):m.end() + 200])
                   for m in BANK_TERMS.finditer(text))
    return bool(BANK_TERMS.search(text) and BANK_CHANGE.search(text) and len(text) < 400)


def attachment_text(msg: ParsedMessage, *, limit: int = 3, max_bytes: int = 2_000_000) -> str:
    """Folded text layer of the first few PDF attachments (no OCR), for letters that are not invoices
    (a change of bank details sent as a PDF letter). Any reading failure gives ''."""
    parts: list[str] = []
    pdfs = [a for a in msg.attachments
            if (a.sniffed_type == "pdf" or a.content[:5] == b"%PDF-") and len(a.content) <= max_bytes]
    for attachment in pdfs[:limit]:
        try:
            from io import BytesIO

            from pdfminer.high_level import extract_text

            parts.append(extract_text(BytesIO(attachment.content), maxpages=2)[:5000])
        except Exception:  # noqa: BLE001, S112 - hostile or broken bytes: the readers report those
            continue
    return fold("\n".join(parts))


def claim_documents(documents: list[ExtractedDocument]) -> list[ExtractedDocument]:
    """Documents that read as an invoice, a quote or a PEC: the right kind plus an identifier or amount."""
    found = []
    for doc in documents:
        if doc.kind not in CLAIM_KINDS:
            continue
        if any(name in doc.fields for name in (*IDENTIFIER_FIELDS, *AMOUNT_FIELDS)):
            found.append(doc)
    return found


def score_text(text: str, *, signature: str = "") -> Evidence:
    """Weighted vocabulary scores for each content class."""
    evidence = Evidence()
    # "mon identifiant est refusé", "accès rejeté": a login problem, not a rejected invoice
    ticket_text = _without_patient_non_payment(LOGIN_REFUSAL.sub(" connexion impossible ", text))
    for label, rules in (
        ("claim", CLAIM_RULES),
        ("ticket", TICKET_RULES),
        ("patient", PATIENT_RULES),
        ("support", SUPPORT_RULES),
        ("security_incident", SECURITY_RULES),
    ):
        for name, pattern, weight in rules:
            if pattern.search(ticket_text if label == "ticket" else text):
                evidence.add(label, name, weight)
    _concepts(ticket_text, evidence)
    if evidence.score("security_incident") >= 3.0 and evidence.score("support"):
        # reports of phishing or of the breach talk about accounts and passwords too
        evidence.scores["support"] = evidence.score("support") * 0.5
        evidence.fired.append("security:dominates(support x0.5)")
    if evidence.score("security_incident") >= 2.5 and evidence.score("patient"):
        # an insured person asking whether the breach exposed their data: the breach line answers that
        evidence.scores["patient"] = evidence.score("patient") * 0.5
        evidence.fired.append("security:dominates(patient x0.5)")
    patient = evidence.score("patient")
    if PRACTITIONER_CUES.search(text) or PRACTITIONER_CUES.search(fold(signature)):
        if patient:
            evidence.scores["patient"] = patient * 0.3
            evidence.fired.append("persona:practitioner(patient x0.3)")
    elif patient >= 1.5 and evidence.score("ticket"):
        # an insured person chasing their own reimbursement: the patient answer, not a ticket
        ticket = evidence.score("ticket")
        evidence.scores["patient"] = patient + 0.7 * ticket + 1.0
        evidence.scores["ticket"] = 0.3 * ticket
        evidence.fired.append("persona:insured(ticket->patient)")
    return evidence


def rule_names(text: str) -> list[str]:
    """The vocabulary rules and concepts that fire on classification text (features of the text model)."""
    return [item.split("(", 1)[0] for item in score_text(text).fired]


def _without_patient_non_payment(text: str) -> str:
    """The text with the sentences that say the PATIENT did not (or could not) pay left out."""
    return "".join(part for part in re.split(r"(?<=[.!?\n])", text) if not PATIENT_NOT_PAYING.search(part))


def _without_asides(text: str) -> str:
    """The text with asides ("j'en profite pour une question qui n'a rien à voir : ...") cut from their
    marker to the end of their paragraph, unless the aside is about the attached file."""
    kept = []
    for paragraph in re.split(r"(\n\s*\n)", text):
        marker = ASIDE.search(paragraph)
        if marker and not ABOUT_ATTACHED.search(paragraph[marker.start():]):
            paragraph = paragraph[:marker.start()]
        kept.append(paragraph)
    return "".join(kept)


def _concepts(text: str, evidence: Evidence) -> None:
    """Money missing: a payment word and an absence/negation word in the same sentence; a billing object
    (file, invoice, patient, number) that "n'apparaît pas"."""
    sentences = re.split(r"[.!?\n]+", text)
    for sentence in sentences:
        if MONEY_WORDS.search(sentence) and ABSENCE_WORDS.search(sentence):
            if not _fired(evidence, "ticket:unpaid"):
                evidence.add("ticket", "ticket:money-missing", 2.0)
            return
    for sentence in sentences:
        if NOT_SHOWN.search(sentence) and BILLING_OBJECT.search(sentence):
            if not _fired(evidence, "ticket:unpaid"):
                evidence.add("ticket", "ticket:not-shown", 2.0)
            return


def _content_decision(
    msg: ParsedMessage, documents: list[ExtractedDocument], text: str, threshold: float, *,
    replying_to_us: bool = False,
) -> Decision:
    evidence = score_text(text, signature=msg.signature)
    if replying_to_us:
        evidence.add("ticket", "followup:reply-to-our-message", 2.5)
    if REPLY_SUBJECT.match(msg.subject) and evidence.score("ticket"):
        evidence.add("ticket", "ticket:reply-subject", 1.0)
    docs = claim_documents(documents)
    files = document_files(msg)
    if docs:
        return _with_invoice(evidence, docs, threshold, text)
    if not replying_to_us:
        marketing = _marketing(msg, evidence)
        if marketing:
            return Decision("ignore", f"spam or marketing by content ({marketing})", 0.8,
                            explanation=_explain(evidence, "rule:marketing-without-request"))
    if files and _fired(evidence, "ticket:complement"):
        # the document someone asked for (justificatif, ordonnance, accord): it belongs to the file
        evidence.add("ticket", "attachment:requested-document", 1.5)
    elif files:
        named = [a for a in files if INVOICE_NAME.search(fold(a.filename or ""))]
        text_says_claim = evidence.score("claim") >= 1.0
        evidence.add("claim", "attachment:document-file", 0.5)
        if named and text_says_claim:
            evidence.add("claim", "attachment:invoice-like-name", 1.0)
        elif named:  # a name alone ("facture.jpg") on a file that does not read as one makes no claim
            evidence.fired.append("attachment:invoice-like-name(ignored: no claim in the text)")
    else:
        if _fired(evidence, "claim:sending") and evidence.score("claim") >= max(evidence.scores.values()):
            return Decision("review", "announces an attachment that is missing", 0.4,
                            explanation=_explain(evidence, "rule:attachment-announced-but-missing"))
        claim = evidence.score("claim")
        if claim and evidence.score("patient") < 1.5:
            # invoice words with no file attached: a question about an existing file
            evidence.scores["claim"] = claim * 0.3
            evidence.add("ticket", "claim-words-without-attachment", round(claim * 0.6, 2))
        elif claim:
            evidence.scores["claim"] = claim * 0.3
        if not replying_to_us and _reminder_without_context(evidence, text, quoted=msg.body_text):
            return Decision("review", "a reminder that names no file, invoice or payment", 0.4,
                            explanation=_explain(evidence, "rule:reminder-without-context"))
    return _best(evidence, threshold, text=text, has_file=bool(files))


MARKETING_SCORE = 4.5  # spam evidence from several families (offer + pitch + links, prize + click + sender...)
MARKETING_MAX_REQUEST = 2.0  # ... and no rule saw a request of the trade (a complaint, a question, a claim)


def _marketing(msg: ParsedMessage, evidence: Evidence) -> str | None:
    """Sales pitches aimed at practitioners use the trade's words (facturation, tiers payant, cabinet), so
    the machine-mail bar (`machine.spam_score`) lets them through; here, where the rules have scored the
    text, strong spam evidence with no request behind it is ignored. Real mail scores at most 0.5 of spam
    evidence on every labelled set."""
    own = msg.new_text if len(msg.new_text.strip()) >= 25 else msg.body_text
    score, _, families = spam_score(fold(msg.subject), fold(own)[:20_000], msg.sender)
    if score < MARKETING_SCORE or max(evidence.scores.values(), default=0.0) >= MARKETING_MAX_REQUEST:
        return None
    return f"{', '.join(families)}: {score:g}"


def _reminder_without_context(evidence: Evidence, text: str, *, quoted: str = "") -> bool:
    """"Suite à notre appel, rappelez-moi", "je vous relance, toujours sans nouvelles": chase wording alone.

    A ticket is opened on a billing file; a reminder that names none (no file, invoice, payment, amount,
    reference number, patient or rejection) could be about anything, from anyone (an insured person, a
    practitioner, a supplier), and an auto-reply would be a guess: a clerk, who sees the sender's history,
    links it or answers it. With any such object named, the chase stays a ticket."""
    if not evidence.fired or OBJECT_OF_CHASE.search(text):
        return False
    if quoted and OBJECT_OF_CHASE.search(normalize(fold(quoted[:20_000]))):
        return False  # the quoted earlier mail names the file ("je vous relance" above one's own mail)
    chase_only = {"ticket:chase", "ticket:repeated", "ticket:reply-subject"}
    ticket_rules = {item.split("(", 1)[0] for item in evidence.fired if item.startswith("ticket:")}
    if not ticket_rules or not ticket_rules <= chase_only:
        return False
    others = max((v for k, v in evidence.scores.items() if k != "ticket"), default=0.0)
    return others < 1.0


def _with_invoice(evidence: Evidence, docs: list[ExtractedDocument], threshold: float, text: str = "") -> Decision:
    evidence.add("claim", f"document:{docs[0].kind}x{len(docs)}", 4.0)
    # the complaint must be about the attached file: an aside ("j'en profite, rien à voir : ...") is not
    main = _without_asides(text) if text else ""
    if main and main != text:
        about = score_text(main)
        complaint = sum(w for name, _, w in TICKET_RULES if name in COMPLAINT_RULES and _fired(about, name))
        if complaint < 2.0:
            evidence.fired.append("aside:complaint-not-about-the-attached-file")
    else:
        complaint = sum(w for name, _, w in TICKET_RULES if name in COMPLAINT_RULES and _fired(evidence, name))
    if complaint >= 2.0 and evidence.score("ticket") >= 2.0:
        return Decision("ticket", "invoice attached to a complaint about an unpaid or rejected file",
                        _confidence(evidence.score("ticket") + 2.0, 2.0),
                        explanation=_explain(evidence, "rule:invoice+complaint->ticket"))
    answer = ANSWER_TO_REQUEST.search(text) or _fired(evidence, "followup:reply-to-our-message")
    if answer and evidence.score("patient") < 1.5:
        return Decision("ticket", "requested document sent back for an existing file",
                        _confidence(evidence.score("ticket") + 2.5, 1.0),
                        explanation=_explain(evidence, "rule:invoice+answer-to-our-request->ticket"))
    if evidence.score("patient") >= 3.5 and evidence.score("patient") > evidence.score("ticket"):
        return Decision("auto_reply", "patient", _confidence(evidence.score("patient"), 2.0),
                        explanation=_explain(evidence, "rule:insured-person-sending-own-invoice"))
    return Decision("claim", f"{docs[0].kind} attached", 0.92 if not docs[0].needs_review else 0.85,
                    explanation=_explain(evidence, "rule:invoice-attached->claim"))


def _fired(evidence: Evidence, name: str) -> bool:
    return any(item.startswith(f"{name}(") for item in evidence.fired)


def document_files(msg: ParsedMessage) -> list[Attachment]:
    """Attachments that are documents (PDF, images) of a useful size."""
    return [a for a in msg.attachments if a.sniffed_type in DOCUMENT_TYPES and len(a.content) > 300]


def has_document_file(msg: ParsedMessage) -> bool:
    return bool(document_files(msg))


def _best(evidence: Evidence, threshold: float, *, text: str = "", has_file: bool = False) -> Decision:
    ranked = sorted(evidence.scores.items(), key=lambda kv: kv[1], reverse=True)
    if not ranked or ranked[0][1] < 1.0:
        # the model breaks ties and lifts weak evidence; with no evidence at all ("rappelez-moi", "?")
        # a person reads it
        rescued = _model_rescue(evidence, text, has_file, ranked[0][0], "weak", threshold) if ranked else None
        return rescued or Decision("review", "no recognisable request", 0.3,
                                   explanation=_explain(evidence, "rule:nothing"))
    label, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    confidence = _confidence(top, second)
    action, reason = _action_of(label)
    if confidence < threshold:
        rescued = _model_rescue(evidence, text, has_file, label, f"low-confidence({label})", threshold)
        return rescued or Decision("review", f"unsure: looks like {label} ({confidence:.2f})", confidence,
                                   explanation=_explain(evidence, f"rule:low-confidence({label})"))
    return Decision(action, reason, confidence, explanation=_explain(evidence, f"rule:best({label})"))


# The text model only speaks when the rules are unsure, and only when it is itself clearly sure.
MODEL_ALONE = 0.70  # probability needed when the rules had no lead or leaned elsewhere
MODEL_AGREES = 0.55  # probability needed when it agrees with the rules' (under-threshold) best guess
MODEL_REPLY_MARGIN = 0.25  # two auto-reply reasons closer than this: review, never a guess
MODEL_MIN_WORDS = 3  # known word stems needed: "ok" or "???" says nothing


def _model_rescue(evidence: Evidence, text: str, has_file: bool, guess: str | None, why: str,
                  threshold: float) -> Decision | None:
    model = default_model()
    if model is None or not text.strip():
        return None
    rules = rule_names(text)
    found = features(text, has_file, rules)
    if model.known(found) < MODEL_MIN_WORDS:
        return None
    p = model.proba(text, has_file, rules)
    (label, top), (runner, second) = sorted(p.items(), key=lambda kv: kv[1], reverse=True)[:2]
    shown = ", ".join(f"{k}={v:.2f}" for k, v in sorted(p.items(), key=lambda kv: -kv[1]))
    if label in AUTO_REPLY_CLASSES and runner in AUTO_REPLY_CLASSES and top - second < MODEL_REPLY_MARGIN:
        return None
    if label == "claim":  # a claim needs a document or the rules: the model never creates one
        return None
    if top < max(threshold, MODEL_AGREES if label == guess else MODEL_ALONE):
        return None
    action, reason = _action_of(label)
    return Decision(action, reason, round(min(0.9, top), 3),
                    explanation=_explain(evidence, f"rule:{why}; model:{label}({shown})"))


def _action_of(label: str) -> tuple[str, str]:
    if label in AUTO_REPLY_CLASSES:
        return "auto_reply", label
    if label == "claim":
        return "claim", "invoice or PEC request"
    return "ticket", "billing follow-up"


def _confidence(top: float, second: float) -> float:
    """0.5 when two classes tie, towards 1 as the winner's lead and strength grow."""
    if top <= 0:
        return 0.0
    lead = (top - second) / (top + 1.0)
    strength = min(1.0, top / 3.0)
    return round(min(0.99, 0.5 + 0.5 * lead * (0.3 + 0.7 * strength)), 3)


def _explain(evidence: Evidence, verdict: str) -> str:
    scores = ", ".join(f"{k}={v:.1f}" for k, v in sorted(evidence.scores.items(), key=lambda kv: -kv[1]))
    return f"{verdict}; {'; '.join(evidence.fired)}; scores: {scores}"[:2000]
