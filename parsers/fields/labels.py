"""The many ways French invoices label each field, and the labels that announce distractors.

Matching is accent- and case-insensitive (`fold`), treats "N°", "Nº", "No", "Numéro" alike, and
tolerates one OCR error in tokens of five letters or more (two from nine letters).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Field labels, by field. A label's weight says how surely it names the field (generic words are weak).
FIELD_LABELS: dict[str, dict[str, float]] = {
    "rpps": {
        "Ident. PS": 0.85,
        "Identifiant du professionnel": 0.85,
        "N° d'identification PS": 0.85,
        "N° d'identification": 0.8,  # in a practitioner's letterhead; a NIR fails the RPPS/ADELI checks
        "Numéro d'identification": 0.8,
        "Identifiant": 0.6,
        "N° RPPS": 1.0,
        "RPPS": 1.0,
        "Identifiant RPPS": 1.0,
        "Numéro RPPS": 1.0,
        "RPPS n°": 1.0,
        "N° RPPS du praticien": 1.0,
        "Identifiant national": 0.8,
        "N° PS": 0.75,
        "Identifiant PS": 0.8,
        "IDNPS": 0.9,
        "Identification du praticien": 0.7,
        "Identifiant du praticien": 0.85,
    },
    "adeli": {"N° ADELI": 1.0, "ADELI": 1.0, "Numéro ADELI": 1.0, "ADELI n°": 1.0, "Identifiant ADELI": 1.0},
    "finess": {
        "N° FINESS": 1.0,
        "FINESS": 1.0,
        "Numéro FINESS": 1.0,
        "FINESS n°": 1.0,
        "FINESS géographique": 1.0,
        "FINESS juridique": 0.8,
        "FINESS entité juridique": 0.8,
        "FINESS de l'entité juridique": 0.8,
        "N° FINESS établissement": 1.0,
        "FINESS ET": 1.0,
        "FINESS EJ": 0.8,
    },
    "nir": {
        "Num. Sécu": 1.0,
        "Numéro d'immatriculation de l'assuré": 1.0,
        "Immatriculation de l'assuré": 1.0,
        "N° d'assuré social": 1.0,
        "N° Sécurité Sociale assuré": 1.0,
        "immatriculé sous le n°": 1.0,
        "N° de sécurité sociale de l'assuré": 1.0,
        "N° SS assuré": 1.0,
        "N° de sécurité sociale": 1.0,
        "N° sécurité sociale": 1.0,
        "Numéro de sécurité sociale": 1.0,
        "N° SS": 1.0,
        "NIR": 1.0,
        "N° d'immatriculation": 1.0,
        "Immatriculation": 0.95,
        "N° INSEE": 0.95,
        "N° de SS": 1.0,
        "N° Sécu": 1.0,
        "N° sécurité sociale de l'assuré": 1.0,
        "N° assuré": 0.9,
        "N° d'assuré": 0.9,
        "N° immatriculation": 1.0,
        "Numéro d'immatriculation": 1.0,
        "NIR assuré": 1.0,
        "N° de l'assuré": 0.9,
        "N° Sécurité Sociale": 1.0,
        "INS": 0.8,
        "Matricule": 0.8,
        "N° immat": 0.95,
        "N° d'immat": 0.95,
        "Sécurité sociale n°": 1.0,
    },
    "patient_name": {
        "Nom d'usage et prénom": 0.9,
        "Nom d'usage": 0.85,
        "Facturé pour": 0.85,
        "Patient hospitalisé": 0.95,
        "Enfant": 0.9,
        "Nom de l'enfant": 1.0,
        "Patiente": 1.0,
        "Personne recevant les soins": 0.95,
        "Identité du patient": 0.95,
        "Personne soignée": 1.0,
        "Soins dispensés à": 0.9,
        "mes soins à": 0.9,  # a certificate: "... avoir donné mes soins à" / "Monsieur X Y"
        "Soins délivrés à": 0.9,
        "Soins prodigués à": 0.9,
        "l'enfant": 0.85,
        "Client(e)": 0.8,
        "Adressée à": 0.8,  # a patient's invoice is addressed to the patient
        "Adressé à": 0.8,
        "Adressé(e) à": 0.8,
        "Patient(e)": 1.0,
        "Patient": 1.0,
        "Bénéficiaire": 1.0,
        "Nom du patient": 1.0,
        "Patient nom": 1.0,
        "Bénéficiaire des soins": 1.0,
        "Nom du bénéficiaire": 1.0,
        "Nom et prénom du patient": 1.0,
        "Nom, prénom du patient": 1.0,
        "Nom et prénom du bénéficiaire": 1.0,
        "Nom prénom": 0.85,
        "Nom et prénom": 0.85,
        "Nom, prénom": 0.85,
        "Client": 0.8,
        "Nom": 0.6,
        "Patient concerné": 1.0,
        "Personne transportée": 0.95,
        "Résident(e)": 0.95,  # a nursing home's resident ("Résidente" would match "Résidence", an address)
        "Bénéf.": 0.9,
        "Curiste": 0.95,  # a thermal cure's patient
        "Hospitalisé(e)": 0.9,  # a stay's patient, heading the patient block
        "Consultant(e)": 0.9,  # a genetic counselling's patient: the person consulting (`MARKED_ONLY`)
    },
    "first_name": {"Prénom": 1.0, "Prénom du patient": 1.0},
    "insured_name": {
        "Assuré": 1.0,
        "Assuré(e)": 1.0,
        "Nom de l'assuré": 1.0,
        "Assuré social": 1.0,
        "Ouvrant droit": 1.0,
        "Nom et prénom de l'assuré": 1.0,
        "Responsable légal": 0.9,  # a child's invoice: the parent, who holds the insurance, heads his block
        "Représentant légal": 0.9,
    },
    "patient_birth_date": {
        "Né le": 1.0,
        "Née le": 1.0,
        "Né(e) le": 1.0,
        "Date de naissance": 1.0,
        "DDN": 1.0,
        "Date naissance": 1.0,
        "Naissance": 0.9,
        "Date de naiss.": 1.0,
        "Date naiss.": 1.0,
        "Né(e)": 0.9,
        "Date of birth": 1.0,  # a cross-border invoice, printed in English
    },
    "invoice_number": {
        "Réf. du titre": 0.9,
        "N° du titre": 0.9,
        "Titre n°": 0.9,
        "Pièce n°": 0.85,
        "N° de pièce": 0.85,
        "Note d'honoraires": 0.8,
        "Facture subrogatoire": 0.8,
        "Relevé n°": 0.9,
        "Relevé d'actes n°": 0.9,
        "Relevé de soins n°": 0.9,
        "Relevé d'honoraires": 0.8,  # a practitioner's statement of fees, numbered as a note d'honoraires is
        "Relevé d'honoraires n°": 1.0,
        "Facture de séjour n°": 1.0,
        "Facture rectificative n°": 1.0,  # a corrective invoice: its own number (it also quotes the old one)
        "N° de relevé": 0.9,
        "Réf. du dossier": 0.8,
        "Réf. dossier": 0.85,
        "Demande n°": 1.0,
        "Numéro du devis": 1.0,
        "Facture N°": 1.0,
        "Facture n°": 1.0,
        "N° facture": 1.0,
        "N° de facture": 1.0,
        "Réf. facture": 1.0,
        "Référence facture": 1.0,
        "Facture": 0.75,
        "Numéro de facture": 1.0,
        "Facture numéro": 1.0,
        "Note d'honoraires n°": 1.0,
        "Devis n°": 1.0,
        "N° devis": 1.0,
        "N° de devis": 1.0,
        "Devis": 0.75,
        "Numéro de devis": 1.0,
        "Demande de prise en charge n°": 1.0,
        "N° de demande": 0.95,
        "N° PEC": 0.95,
        "N° de la demande": 0.95,
        "Réf.": 0.7,
        "Référence": 0.85,
        "Réf": 0.7,
        "Feuille de soins n°": 1.0,
        "N° feuille de soins": 1.0,
        "N° FSE": 0.9,
        "N° de lot": 0.4,
        "Quittance n°": 1.0,
        "Facture N° :": 1.0,
        "N° de dossier": 0.6,
        "Dossier n°": 0.6,
        "Référence devis": 1.0,
        "Réf. devis": 1.0,
        "N° d'identification du devis": 1.0,
        "PEC n°": 0.95,
        "Folio": 0.85,
        "Folio n°": 0.9,
        "Reçu d'honoraires": 0.8,
        "Reçu n°": 1.0,
        "Note n°": 0.9,
        "N° de note": 0.9,
        "N° de la note": 0.9,
        "Bordereau n°": 0.85,
        "N° de bordereau": 0.85,
        "N° d'ordre": 0.6,
        "Invoice No.": 1.0,
        "Invoice number": 1.0,
    },
    "invoice_date": {
        "Édition": 0.8,
        "Date d'édition": 0.95,
        "Édité le": 0.95,
        "Émis le": 1.0,
        "Facturée le": 1.0,
        "Devis établi le": 1.0,
        "Date de facture": 1.0,
        "Date de facturation": 1.0,
        "Émise le": 1.0,
        "Date d'émission": 1.0,
        "Date de la facture": 1.0,
        "Date facture": 1.0,
        "Facturé le": 1.0,
        "Fait le": 0.9,
        "Établie le": 0.95,
        "Établi le": 0.95,
        "Date du devis": 1.0,
        "Devis du": 0.9,
        "Date de la demande": 0.95,
        "Demande du": 0.8,
        "Facture du": 0.9,
        "Invoice date": 1.0,
    },
    "care_date": {
        "Prélevé le": 0.95,
        "Prélèvement le": 0.95,
        "Entrée le": 0.9,
        "Date d'admission": 0.9,
        "Admis le": 0.9,
        "Hospitalisé du": 0.9,
        "Date de l'examen": 0.95,
        "Date de l'appareillage": 0.9,
        "Période de soins du": 1.0,
        "mes soins le": 0.95,
        "Soins le": 0.9,
        "Date du prélèvement": 0.95,
        "Date de la visite": 1.0,
        "Date de visite": 1.0,
        "Prélèvement du": 0.9,
        "Date des soins": 1.0,
        "Date de l'acte": 1.0,
        "Soins du": 1.0,
        "Date des actes": 1.0,
        "Date de soins": 1.0,
        "Date(s) des soins": 1.0,
        "Date(s) des actes": 1.0,
        "Date de la séance": 1.0,
        "Séances du": 0.95,
        "Date de la consultation": 1.0,
        "Consultation du": 0.95,
        "Date d'exécution": 0.95,
        "Date de réalisation": 0.95,
        "Date de délivrance": 0.9,
        "Délivrance": 0.8,  # a pharmacy's or an optician's box: the day the goods were handed over
        "Délivré le": 0.9,
        "Acte du": 0.95,
        "Examen du": 0.9,
        "Période du": 0.9,
        "Période facturée": 0.95,  # a rental or a home-care period: it starts with the care billed
        "Période de location": 0.9,
        "Séjour du": 0.9,
        "Cure du": 0.9,  # a thermal cure's period: "Cure du 08/09/2025 au 27/09/2025", care from its first day
        "Cure thermale du": 0.95,
        "Date d'entrée": 0.85,
        "Date du soin": 1.0,
        "Soins effectués le": 1.0,
        "Date de la prestation": 0.95,
        "Date de l'intervention": 0.95,
        "Date acte": 1.0,
        "Date de consultation": 1.0,
        "Date délivrance": 0.9,
        "Effectuée le": 0.9,
        "Effectué le": 0.9,
        "Examen réalisé le": 0.95,  # what was done, then "réalisé le": the day of the care
        "Examens réalisés le": 0.95,
        "Acte réalisé le": 0.95,
        "Actes réalisés le": 0.95,
        "Soins réalisés le": 0.95,
        "Examen effectué le": 0.95,
        "Acte effectué le": 0.95,
        "Actes effectués le": 0.95,
        "Date of service": 1.0,
        "Service date": 1.0,
    },
    "total_amount": {
        "Totaux": 0.85,
        "Total des frais": 0.95,
        "Total des frais de séjour": 1.0,
        "Montant": 0.5,
        "Montant total des soins": 1.0,
        "Montant des honoraires": 0.95,
        "Total des soins": 1.0,
        "Total": 0.85,
        "Montant total": 1.0,
        "Total honoraires": 1.0,
        "Total TTC": 1.0,
        "Total à payer": 0.95,
        "Total facture": 1.0,
        "Montant TTC": 0.85,
        "Total général": 1.0,
        "Montant total TTC": 1.0,
        "Total des honoraires": 1.0,
        "Total devis": 1.0,
        "Montant de la facture": 1.0,
        "Total facturé": 1.0,
        "Prix total TTC": 1.0,
        "Montant total des honoraires": 1.0,
        "Total dû": 0.9,
        "Total du séjour": 1.0,
        "Honoraires perçus": 0.85,  # a receipt: what was received for the act; the sums confirm it
        "Montant des séances": 1.0,  # a statement of sessions
        "Total des séances": 1.0,
        "Montant des actes": 1.0,
        "Total des actes": 1.0,
        "Total amount": 1.0,
    },
    "amo_amount": {
        "Remb. RO": 1.0,
        "Remboursement RO": 1.0,
        "RO": 0.75,
        "Remb. AMO": 1.0,
        "Remboursement AMO": 1.0,
        "Remboursement Sécu": 1.0,
        "Part Sécurité Sociale obligatoire": 1.0,
        "Régime obligatoire": 0.9,
        "Remb. SS": 1.0,
        "Pris en charge par l'Assurance Maladie": 1.0,
        "Part caisse": 0.85,
        "Part CPAM": 1.0,
        "Remb. Assurance Maladie": 1.0,
        "Remboursement Assurance Maladie": 1.0,
        "Part prise en charge par l'Assurance Maladie": 1.0,
        "Part Assurance Maladie": 1.0,
        "Part Assurance Maladie Obligatoire": 1.0,
        "Part AMO": 1.0,
        "Part Sécu": 1.0,
        "Remboursement Sécurité sociale": 1.0,
        "PC Sécu": 1.0,
        "Part obligatoire": 1.0,
        "Part Sécurité sociale": 1.0,
        "Part RO": 1.0,
        "AMO": 0.85,
        "Part assurance maladie": 1.0,
        "Remboursement SS": 1.0,
        "Montant AMO": 1.0,
        "Prise en charge AMO": 1.0,
        "Part régime obligatoire": 1.0,
        "PC SS": 1.0,
        "Part SS": 1.0,
        "Remb. Sécu": 1.0,
        "Base remboursement": 0.3,
        "Prise en charge Sécurité sociale": 1.0,
        "Montant remboursé AMO": 1.0,
    },
    "amc_amount": {
        "Remb. RC": 1.0,
        "Remboursement RC": 1.0,
        "RC": 0.75,
        "Remb. AMC": 1.0,
        "Remboursement AMC": 1.0,
        "Part AMC demandée": 1.0,
        "Demande AMC": 0.9,
        "Remb. mutuelle": 1.0,
        "Pris en charge par la mutuelle": 0.9,
        "Pris en charge par la complémentaire": 0.9,
        "Part complémentaire demandée": 1.0,
        "Complémentaire": 0.6,
        "Mutuelle": 0.55,
        "Régime complémentaire": 0.9,
        "Remboursement complémentaire": 1.0,
        "Prise en charge demandée": 0.9,
        "Part mutuelle estimée": 1.0,
        "Part AMC": 1.0,
        "Part mutuelle": 1.0,
        "PC Mutuelle": 1.0,
        "Part complémentaire": 1.0,
        "AMC": 0.85,
        "Part RC": 1.0,
        "Montant AMC": 1.0,
        "Prise en charge AMC": 1.0,
        "Remboursement mutuelle": 1.0,
        "Part organisme complémentaire": 1.0,
        "Prise en charge mutuelle": 1.0,
        "PC AMC": 1.0,
        "Prise en charge complémentaire": 1.0,
        "Part complémentaire santé": 1.0,
        "Part Assurance Maladie Complémentaire": 1.0,
        "Part régime complémentaire": 1.0,
    },
    "patient_amount": {
        "Montant dû": 0.85,
        "Net à payer": 0.8,
        "Reste dû assuré": 1.0,
        "Reste dû patient": 1.0,
        "Reste à payer par le patient": 1.0,
        "Net à payer par le patient": 1.0,
        "Reste": 0.7,
        "Reste dû par l'assuré": 1.0,
        "À payer par le patient": 1.0,
        "Part à la charge du patient": 1.0,
        "Reste à payer patient": 1.0,
        "À payer": 0.85,
        "Reste à votre charge": 1.0,
        "Reste à la charge": 0.95,
        "Reste dû": 1.0,
        "RAC": 1.0,
        "RAC patient": 1.0,  # not the "Patient" label of a name
        "RAC assuré": 1.0,
        "Reste à charge": 1.0,
        "À régler par le patient": 1.0,
        "Part patient": 1.0,
        "Reste à payer": 0.95,
        "Reste à charge patient": 1.0,
        "Montant à régler par le patient": 1.0,
        "À la charge du patient": 1.0,
        "Part assuré": 1.0,
        "Reste à charge assuré": 1.0,
        "Dû par le patient": 1.0,
        "À régler": 0.8,
        "Ticket modérateur": 0.6,
        "Payé par le patient": 0.9,
        "Réglé par le patient": 0.9,
        "Total à payer par le patient": 1.0,
        "Part hospitalisé": 1.0,  # a stay: the hospitalised patient's share
        "Patient share": 1.0,
        "Balance due": 0.85,
    },
    "amc_number": {
        "Organisme complémentaire n°": 1.0,
        "organisme n°": 0.85,
        "Mutuelle n°": 1.0,
        "Code organisme complémentaire": 1.0,
        "N° organisme AMC": 1.0,
        "N° AMC": 1.0,
        "Organisme complémentaire": 0.9,
        "N° organisme complémentaire": 1.0,
        "Code AMC": 1.0,
        "N° mutuelle": 0.9,
        "N° organisme": 0.85,
        "Numéro AMC": 1.0,
        "Identifiant AMC": 1.0,
        "AMC n°": 1.0,
        "N° de l'organisme complémentaire": 1.0,
        "Code organisme": 0.85,
        "N° complémentaire": 0.9,
    },
}

# Labels whose value is NOT one of our fields: they stop a value scan and claim what follows them.
DISTRACTOR_LABELS: dict[str, tuple[str, ...]] = {
    "phone": ("Tél", "Tel", "Téléphone", "Fax", "Portable", "Mobile", "Tél.", "Télécopie", "Standard"),
    "siret": (
        "SIRET",
        "SIREN",
        "N° SIRET",
        "N° SIREN",
        "TVA intracommunautaire",
        "N° TVA",
        "RCS",
        "APE",
        "NAF",
    ),
    "iban": ("IBAN", "BIC", "RIB", "Code banque", "Coordonnées bancaires"),
    "prescriber": (
        "Prescripteur",
        "Prescrit par",
        "Médecin prescripteur",
        "Prescription",
        "Prescrite par",
        "Ordonnance",
        "Date de prescription",
        "Prescription du",
        "Ordonnance du",
        "Date de l'ordonnance",
        "Courrier d'adressage du",
        "Courrier d'adressage",
        "RPPS prescripteur",
        "RPPS du prescripteur",
        "N° RPPS du prescripteur",
        "N° RPPS prescripteur",
        "Prescripteur RPPS",
        "Médecin traitant",
        "Médecin demandeur",
        "Adressé par",
        "Adressée par",
        "Médecin adresseur",
    ),
    "practitioner": (
        "Praticien",
        "Nom du praticien",
        "Professionnel de santé",
        "Émetteur",
        "Médecin",
        "Docteur",
        "Cabinet",
        "Établissement",
        "Spécialité",
        "Raison sociale",
    ),
    "address": ("Adresse", "Code postal", "CP", "Ville"),
    "email": ("Email", "E-mail", "Courriel", "Mél"),
    "other_number": (
        "N° adhérent",
        "N° d'adhérent",
        "N° adhérent mutuelle",  # the member's number at the insurer, not the insurer's (AMC) number
        "N° d'adhérent mutuelle",
        "N° adhérent complémentaire",
        "Adhérent n°",
        "Adhérent",
        "N° de contrat",
        "Contrat",
        "N° client",
        "N° AM",
        "Numéro AM",
        "N° assurance maladie",
        "Code acte",
        "Rang",
        "N° de page",
        "Page",
        "Caisse",
        "Code LPP",
        "Lot",
        "N° de lot",
        "Member ID",
    ),
    "other_amount": (
        "Sous-total",
        "Sous total",
        "Dépassement",
        "Base de remboursement",
        "Taux",
        "Déjà réglé",
        "Acompte",
        "Montant remboursable",
        "Base SS",
        "Base remb.",
        "Base remb. Sécu",
        "Base/remb. Sécu",
        "BR",
        "Dont TVA",
        "TVA",
        "Total HT",
        "Montant HT",
        "Remise",
        "Franchise",
        "Participation forfaitaire",
        # the baskets of the 100 % Santé reform name a dental or optical act's price class, not a share:
        # "Panier : RAC maîtrisé 550,00 €" is the act's fee
        "RAC maîtrisé",
        "RAC modéré",
        "RAC zéro",
        "Reste à charge maîtrisé",
        "Reste à charge modéré",
        "Reste à charge zéro",
    ),
    "date_other": (
        "Protocole de soins du",  # the ALD paper's date ("acte en rapport - protocole de soins du ...")
        "Protocole de soins",
        "Date d'accident",
        "Accident du",
        "Date de paiement",
        "Payé le",
        "Réglé le",
        "Échéance",
        "Date limite",
        "Valable jusqu'au",
        "Validité",
        "Date d'entrée en vigueur",
        "Imprimé le",
        "Payment due",
        "Due date",
    ),
    "other_name": (
        "Nom de naissance",
        "Nom de jeune fille",
    ),
}

# A plain "Date" is resolved by context: a table column of acts (care date) or a header (issue date).
GENERIC_DATE_LABELS: dict[str, float] = {"Date": 0.6}

_NUMBER_WORDS = {"n", "no", "n°", "nº", "numero", "num", "nr", "n.", "no."}


def fold(text: str) -> str:
    """Lower-case, strip accents, unify apostrophes and the 'n°' forms (for matching only)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("`", "'").replace("°", "o").replace("º", "o")
    return text.lower()


# Labels that name their field only printed with their feminine mark: the bare word is common prose
# ("Avis ponctuel de consultant", an act; "Médecin consultant", a doctor), "Consultant(e) :" the patient.
MARKED_ONLY = frozenset({"Consultant(e)"})
_FEMININE = re.compile(r"\((?:e|es|s)\)")
# "néle)" for "né(e)": a fax reads the feminine mark's bracket after a past participle as an "l"
_FEMININE_MISREAD = re.compile(r"(?<=[éÉ])[lI](?:e|es|s)\)")
_TOKEN = re.compile(r"[a-z]+|[0-9]+")  # "naissance17/05/1944": the label ends where digits start


# Words a practice's software cuts short, with their point ("N° FACT.", "TOT. HON.", "MÉD. PRESCR."; a fax
# may read the point as a comma): a clerk reads them as the whole word. "DT" stands for "date", "Rbt" for
# "remboursement", point or not.
_ABBREVIATED = {
    "fact": "facture", "tot": "total", "hon": "honoraires", "exam": "examen", "prescr": "prescripteur",
    "med": "medecin", "compl": "complementaire", "oblig": "obligatoire", "org": "organisme",
    "delivr": "delivrance",  # a pharmacy's or an audiologist's "Date délivr. :", the day the goods were handed over
}
_ABBREVIATION = re.compile(rf"(?<![a-z])({'|'.join(_ABBREVIATED)})[.,]")
_DATE_ABBREVIATION = re.compile(r"(?<![a-z])dt(?![a-z])")
_REFUND_ABBREVIATION = re.compile(r"(?<![a-z])rbt(?![a-z])\.?")  # "Rbt AMO": remboursement
_NUMBER_GLUED = re.compile(r"(?<![^\W\d_])([Nn][°º])(?=[^\W\d_])")  # "N°SS", "N°AMC": the number sign, then the word
# "N°S$S27411 57 ...": a fax reads one S of "N°SS" (the social security number's label) as a "$", or adds
# one; no digit is taken for a letter, so the number after it is as read (and its key still checks it)
_SS_READ = re.compile(r"(?<=[Nn][°º])(?:[Ss]\$[Ss]|\$[Ss]|[Ss]\$)(?![^\W\d_])")  # one S left as read


def ss_as_read(text: str, keep_length: bool = False) -> str:
    """`text` with a misread "SS" after a number sign as "SS" ("SSS" for "S$S" with `keep_length`: where a
    word's tokens end in its raw text).

    >>> ss_as_read("N°S$S27411"), ss_as_read("N°$S 274"), ss_as_read("N°S$S27411", keep_length=True)
    ('N°SS27411', 'N°SS 274', 'N°SSS27411')
    >>> ss_as_read("N° $5"), ss_as_read("N°$SA"), ss_as_read("N°$$")
    ('N° $5', 'N°$SA', 'N°$$')
    """
    return _SS_READ.sub(lambda m: "S" * len(m.group()) if keep_length else "SS", text)


def tokens(text: str) -> list[str]:
    """The matching tokens of a text: folded words, with "n°"/"no"/"numéro" all as "no", and the usual
    abbreviations read as their words.

    >>> tokens("N° FACT."), tokens("DT EXAM."), tokens("Facture"), tokens("N°SS"), tokens("néle)")
    (['no', 'facture'], ['date', 'examen'], ['facture'], ['no', 'ss'], ['ne'])
    >>> tokens("N°S$S27411"), tokens("Date délivr. :")
    (['no', 'ss', '27411'], ['date', 'delivrance'])
    """
    folded = _FEMININE.sub("", fold(_FEMININE_MISREAD.sub("", _NUMBER_GLUED.sub(r"\1 ", ss_as_read(text)))))
    folded = _ABBREVIATION.sub(lambda m: _ABBREVIATED[m.group(1)] + " ", folded)
    folded = _DATE_ABBREVIATION.sub("date", folded)
    folded = _REFUND_ABBREVIATION.sub("remboursement", folded)
    found = _TOKEN.findall(folded)
    return ["no" if t in _NUMBER_WORDS else t for t in found]


def one_too_many(longer: str, shorter: str) -> bool:
    """`longer` is `shorter` with one character more (a digit read twice, a stroke read as a digit)."""
    if len(longer) != len(shorter) + 1:
        return False
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, stopping early once it exceeds `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def allowed_edits(wanted: str) -> int:
    """How many edits `token_distance` forgives a seen token for this label token: 2 for long words, 1 for
    middling ones, none under 5 letters."""
    return 2 if len(wanted) >= 9 else 1 if len(wanted) >= 5 else 0


def token_distance(seen: str, wanted: str) -> int | None:
    """Edits between a seen token and a label token, or None when too far for the token's length."""
    if seen == wanted:
        return 0
    allowed = allowed_edits(wanted)
    if allowed == 0:
        return None
    distance = edit_distance(seen, wanted, allowed)
    if distance > allowed and "rn" in seen and "rn" not in wanted:
        # OCR reads an "m" as "rn" ("Érnise le"): one misread glyph, one edit
        distance = 1 + edit_distance(seen.replace("rn", "m"), wanted, allowed)
    return distance if distance <= allowed else None


# A practitioner-id acronym OCR read with one glyph wrong ("RPP5S", "HPPS" for "RPPS"): four letters, so
# `token_distance` forgives it no edit. A capitals word Tesseract doubts (`layout._word_tokens`), one
# glyph from the acronym once digit look-alikes are read as letters, stands for it, one edit off: its
# label then finds a value only when that value passes the identifier's key (Luhn for an RPPS).
MISREAD_ACRONYMS = ("rpps",)
_LETTER_LOOKALIKES = str.maketrans("50183", "soibe")
_ACRONYM_EDGES = ".,;:()[]«»\"'-"


def misread_acronym(text: str) -> str | None:
    """The acronym `text` is a one-glyph misreading of, or None.

    >>> misread_acronym("RPP5S"), misread_acronym("HPPS"), misread_acronym("(RPPS"), misread_acronym("APPEL")
    ('rpps', 'rpps', None, None)
    """
    core = text.strip(_ACRONYM_EDGES)
    if not (4 <= len(core) <= 5 and core.isalnum() and core.isupper() and sum(c.isdigit() for c in core) <= 1):
        return None
    letters = core.lower().translate(_LETTER_LOOKALIKES)
    if not letters.isalpha():
        return None
    return next((a for a in MISREAD_ACRONYMS if edit_distance(letters, a, 1) == 1), None)


@dataclass(frozen=True)
class Label:
    kind: str  # a field name, "generic_date", or "distractor:<what>"
    text: str
    tokens: tuple[str, ...]
    weight: float


def _build() -> list[Label]:
    found: list[Label] = []
    for name, wordings in FIELD_LABELS.items():
        for text, weight in wordings.items():
            found.append(Label(name, text, tuple(tokens(text)), weight))
    for what, wordings_ in DISTRACTOR_LABELS.items():
        for text in wordings_:
            found.append(Label(f"distractor:{what}", text, tuple(tokens(text)), 1.0))
    for text, weight in GENERIC_DATE_LABELS.items():
        found.append(Label("generic_date", text, tuple(tokens(text)), weight))
    return [label for label in found if label.tokens]


LABELS: list[Label] = _build()
LABELS_BY_FIRST: dict[str, list[Label]] = {}
for _label in LABELS:
    LABELS_BY_FIRST.setdefault(_label.tokens[0], []).append(_label)


# ---------------------------------------------------------------- concept labels (generic matcher)
#
# A wording no list holds ("Remb. Sécurité soc.", "Montant mutuelle", "Reste patient") is still
# recognised from the concept words it contains. Such a label is weaker than an exact one
# (CONCEPT_WEIGHT): its value needs other evidence (the sums, a checksum) to reach auto-acceptance.

CONCEPT_WEIGHT = 0.65
EXACT_LABEL = 0.8  # a wording from the lists, not a concept guess (CONCEPT_WEIGHT) or a generic word
CONCEPT_MAX_WORDS = 4  # content words: a longer run is a sentence, not a label
_STOP = {"a", "de", "du", "des", "d", "l", "la", "le", "les", "en", "par", "pour", "au", "aux", "et", "no", "sur"}
_AMO_KEYS = {"ro", "obligatoire", "secu", "amo", "ss", "cpam"}
_AMC_KEYS = {"rc", "complementaire", "complem", "compl", "mutuelle", "mut", "amc", "organisme", "oc"}
_PATIENT_KEYS = {"reste", "restant", "payer", "patient", "patiente", "assure", "rac", "regler", "beneficiaire"}
_TOTAL_KEYS = {"total", "totaux", "montant", "ttc", "net", "somme"}
# what the patient paid at the desk, by card, cheque or cash: the patient's share of a tiers-payant bill
_PAID_KEYS = {"paye", "payee", "regle", "reglee"}
_PAYMENT_MEANS = {"carte", "bancaire", "cb", "cheque", "especes"}
_ID_KEYS = {"identifiant", "identification", "ident", "id", "numero", "code"}
_PRACTITIONER_KEYS = {"professionnel", "praticien", "ps", "prestataire", "executant", "soignant"}
# words that make an amount something else: a base, a rate, a tax, a deposit...
_BLOCK_KEYS = {
    "base", "br", "taux", "ht", "tva", "remise", "franchise", "acompte", "deja", "unitaire",
    "depassement", "participation", "forfaitaire", "tarif", "prix", "valeur", "cle", "lettre", "plafond",
    "prescripteur", "prescription", "prescrit", "adherent", "contrat", "tel", "fax", "siret", "iban",
}


def concept_of(words: list[str], raw_last: str = "") -> str | None:
    """The field a short run of label words names by its concept words, or None.

    `words` are folded tokens; `raw_last` is the run's last raw word ("dû" is a debt, "du" a preposition).
    """
    content = [w for w in words if w not in _STOP]
    if not content or len(content) > CONCEPT_MAX_WORDS or any(w.isdigit() for w in words):
        return None
    keys = set(content)
    if keys & _BLOCK_KEYS or keys - _KNOWN:
        return None  # a word that is neither a concept word nor an amount word: prose, not a label
    owed = raw_last.lower().rstrip(" :.").endswith("dû")
    amo = (
        bool(keys & _AMO_KEYS)
        or {"assurance", "maladie"} <= keys
        or ("securite" in keys and bool(keys & {"sociale", "soc", "social"}))
    )
    amc = bool(keys & _AMC_KEYS)
    paid_at_desk = bool(keys & _PAID_KEYS and keys & _PAYMENT_MEANS)  # "Payé par carte bancaire"
    patient = bool(keys & _PATIENT_KEYS) or owed or ("charge" in keys and "votre" in keys) or paid_at_desk
    if amo and amc:
        return None
    if amo or amc:
        if (patient and keys & {"reste", "payer", "regler", "rac"}) or owed:
            return None  # "reste à charge mutuelle": which one?
        return "amo_amount" if amo else "amc_amount"
    if patient:
        return "patient_amount"
    if keys & _TOTAL_KEYS:
        return "total_amount"
    if keys & _ID_KEYS and keys & _PRACTITIONER_KEYS:
        return "rpps"
    return None


# ---------------------------------------------------------------- date roles (generic matcher)
#
# "Date de prélèvement", "Examen réalisé le", "Date d'adaptation et de délivrance": a date's role is
# named by the words that go with "date" or that come before "le"/"du". Care words make it the care
# date, issue words the invoice date; prescription, accident, payment or birth words make it a date
# that is none of ours, and a run naming both roles names neither.

DATE_CONCEPT_WEIGHT = 0.8
OTHER_DATE = "distractor:date_other"
_DATE_WORDS = {"date", "dates", "jour"}
_DATE_LINKS = {"le", "du"}  # "Examen réalisé le", "Séance du"
_CARE_KEYS = {
    "soins", "soin", "acte", "actes", "seance", "seances", "consultation", "consultations", "visite",
    "examen", "examens", "prelevement", "prelevements", "preleve", "prelevee", "delivrance", "delivre",
    "delivree", "dispensation", "adaptation", "appareillage", "realisation", "realise", "realisee",
    "realises", "execution", "execute", "executee", "effectue", "effectuee", "effectues", "pratique",
    "pratiquee", "intervention", "prestation", "prestations", "passage", "analyse", "analyses",
    "hospitalisation", "sejour", "entree", "admission", "transport", "livraison", "pose", "traitement",
    "periode", "vente", "vaccination", "injection", "arrivee",
}
_ISSUE_KEYS = {
    "facture", "facturation", "facturee", "emission", "emis", "emise", "edition", "edite", "editee",
    "etabli", "etablie", "etablissement", "redaction", "redigee", "note", "releve", "quittance",
}
_OTHER_DATE_KEYS = {
    "prescription", "prescrit", "prescrite", "prescripteur", "ordonnance", "accident", "paiement", "reglement", "regle",
    "reglee", "paye", "payee", "echeance", "validite", "valable", "naissance", "ne", "nee", "accord",
    "demande", "devis", "impression", "imprime", "reception", "recu", "envoi", "transmission",
    "expedition", "signature", "entente", "arret", "fin", "expiration", "limite", "adressage", "courrier",
    "prevue", "prevu", "prochaine", "prochain", "rendez", "rdv", "planifiee", "planifie",  # a visit to come
    "protocole",  # "protocole de soins du ...": the ALD paper's date, another paper's
}

# "Date et signature (du praticien)": the practitioner dates the note as he signs it. The patient's or
# the insured's signature ("Bon pour accord, date et signature du patient") dates something else.
_SIGNED_BY_PRACTITIONER = {"signature", "et", "praticien", "professionnel", "medecin"}


def date_concept_of(words: list[str], *, colon: bool = False) -> str | None:
    """The date field a short run of label words names by its role words, or None. `colon`: the run
    ends with a colon ("Soins :"), which lets care words alone name the care date.

    >>> date_concept_of(["date", "de", "prelevement"]), date_concept_of(["examen", "realise", "le"])
    ('care_date', 'care_date')
    >>> date_concept_of(["date", "d", "ouverture"]), date_concept_of(["facture", "etablie", "le"])
    (None, 'invoice_date')
    >>> date_concept_of(["date", "d", "envoi"]), date_concept_of(["date", "de", "l", "accord"])
    ('distractor:date_other', 'distractor:date_other')
    """
    content = [w for w in words if w not in _STOP]
    if not content or len(content) > CONCEPT_MAX_WORDS or any(w.isdigit() for w in words):
        return None
    keys = set(content) - _DATE_WORDS
    if not (set(content) & _DATE_WORDS or words[-1] in _DATE_LINKS):
        # "Soins : 03/03/2025": one or two care words alone before a colon name the care date
        return "care_date" if colon and len(content) <= 2 and keys <= _CARE_KEYS else None
    if "signature" in keys and keys <= _SIGNED_BY_PRACTITIONER:
        return "invoice_date"  # "Date et signature :" on a practitioner's note: the day it was written out
    if keys & _OTHER_DATE_KEYS:
        return OTHER_DATE  # its date is taken from the weaker readings ("Date" alone: the issue date)
    care, issue = bool(keys & _CARE_KEYS), bool(keys & _ISSUE_KEYS)
    if care == issue:
        return None
    return "care_date" if care else "invoice_date"


DATE_CONCEPT_CUES = _DATE_WORDS | _DATE_LINKS | _CARE_KEYS | _ISSUE_KEYS


CONCEPT_KEYS = (
    {"assurance", "securite", "charge", "votre"}
    | _AMO_KEYS | _AMC_KEYS | _PATIENT_KEYS | _TOTAL_KEYS | _PRACTITIONER_KEYS | _PAYMENT_MEANS
)
# words a label may hold besides its concept words
_NEUTRAL = {
    "part", "parts", "remb", "rembt", "remboursement", "rembourse", "pc", "prise", "pris", "prises",
    "charge", "montant", "demande", "demandee", "estime", "estimee", "estimation", "votre", "sociale",
    "soc", "social", "assurance", "maladie", "securite", "general", "generale", "sante", "paye",
    "regle", "euros", "eur", "reglement", "facture", "tiers", "payant", "du", "national",
}
CONCEPT_BLOCK = _BLOCK_KEYS
_KNOWN = CONCEPT_KEYS | _NEUTRAL | _ID_KEYS | _STOP | _PAID_KEYS | _PAYMENT_MEANS
