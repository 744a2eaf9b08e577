"""Make folded text (lower case, no accents) easier to match: SMS abbreviations and elisions written
without their apostrophe are spelled out, and misspelt domain words are brought back to their spelling.

>>> normalize("bjr jai tjrs pas recu le reglemnt de la factur pr le dossier")
"bonjour j'ai toujours pas recu le reglement de la facture pour le dossier"
>>> normalize("vs pouvez men envoyer une nouvelle svp")
"vous pouvez m'en envoyer une nouvelle s'il vous plait"

Only whole words are touched; a word already known (a domain word or a common French word of the same
shape) is never "corrected". The vocabulary lists are data, not sample sentences.
"""

from __future__ import annotations

import re
from functools import lru_cache

# SMS and note-taking abbreviations (folded). Only forms that are not ordinary words.
ABBREVIATIONS = {
    "bjr": "bonjour", "bjour": "bonjour", "bonjours": "bonjour", "bsr": "bonsoir", "slt": "salut",
    "tjrs": "toujours", "tjs": "toujours", "tjr": "toujours", "toujour": "toujours", "tjours": "toujours",
    "pr": "pour", "pk": "pourquoi", "pq": "pourquoi", "pcq": "parce que", "psk": "parce que",
    "ds": "dans", "dc": "donc", "ke": "que", "koi": "quoi", "kan": "quand", "qd": "quand",
    "qqn": "quelqu'un", "qqch": "quelque chose", "qq": "quelques", "jsp": "je ne sais pas",
    "mci": "merci", "mrc": "merci", "mr6": "merci", "svp": "s'il vous plait", "stp": "s'il te plait",
    "svpl": "s'il vous plait", "tt": "tout", "ts": "tous", "msg": "message", "nvx": "nouveaux",
    "nvl": "nouvelle", "nvelle": "nouvelle", "nouvo": "nouveau", "cdt": "cordialement",
    "cdlt": "cordialement", "cdlmt": "cordialement", "dsl": "desole", "vs": "vous", "ns": "nous",
    "bcp": "beaucoup", "pb": "probleme", "pbm": "probleme", "pblm": "probleme", "rmb": "remboursement",
    "rbt": "remboursement", "rbst": "remboursement", "remb": "remboursement", "rembt": "remboursement",
    "fct": "facture", "fctr": "facture", "fac": "facture", "fact": "facture", "ya": "il y a",
    "mtn": "maintenant", "auj": "aujourd'hui", "ajd": "aujourd'hui", "aujourdhui": "aujourd'hui",
    "chui": "je suis", "jsuis": "je suis", "jsui": "je suis", "chuis": "je suis", "c": "c'est",
    "cest": "c'est", "ct": "c'etait", "pa": "pas", "jamai": "jamais", "tkt": "ne t'inquiete pas",
    "rdv": "rendez-vous", "regl": "reglement", "rglt": "reglement",
    "rgt": "reglement", "vir": "virement", "paimt": "paiement", "pmt": "paiement",
    "mutu": "mutuelle", "mutuel": "mutuelle", "tier": "tiers",
    "ordo": "ordonnance", "presc": "prescription",
    "doss": "dossier", "ref": "reference", "num": "numero", "nr": "numero",
    "pdt": "pendant", "avc": "avec",
    "pcque": "parce que", "jvous": "je vous", "jveux": "je veux", "jvoudrais": "je voudrais",
    "jpeux": "je peux", "jpaye": "je paye", "jpaie": "je paie", "jcomprends": "je comprends",
    "jcomprend": "je comprends", "jattend": "j'attends", "jattends": "j'attends", "jarrive": "j'arrive",
    "jai": "j'ai", "jaimerais": "j'aimerais", "javais": "j'avais", "jaurais": "j'aurais",
    "jenvoie": "j'envoie", "jetais": "j'etais", "jen": "j'en", "nai": "n'ai", "navons": "n'avons",
    "napparait": "n'apparait", "napparaissent": "n'apparaissent", "narrive": "n'arrive",
    "narrivons": "n'arrivons", "narrivent": "n'arrivent", "nont": "n'ont", "nest": "n'est",
    "netait": "n'etait", "men": "m'en", "mavez": "m'avez", "mont": "m'ont", "ma-t-on": "m'a-t-on",
    "dattente": "d'attente", "daccord": "d'accord", "lordonnance": "l'ordonnance", "lopticien": "l'opticien",
    "lattestation": "l'attestation", "quil": "qu'il", "quils": "qu'ils", "quon": "qu'on",
}

# Domain words whose misspellings matter (folded). A word at edit distance 1 (2 for long words) with the
# same first letter is brought back to one of these.
DOMAIN_WORDS = tuple(sorted({
    "facture", "factures", "facturation", "facturee", "facturees", "reglement", "reglements", "regularisation",
    "paiement", "paiements", "payement", "virement", "virements", "versement", "versements",
    "remboursement", "remboursements", "rembourse", "remboursee", "rembourses", "remboursees", "rembourser",
    "mutuelle", "mutuelles", "complementaire", "complementaires", "dossier", "dossiers", "relance",
    "relances", "impaye", "impayee", "impayes", "impayees", "rejet", "rejets", "rejete", "rejetee",
    "rejetees", "refus", "refuse", "refusee", "refusees", "ordonnance", "ordonnances", "prescription",
    "attestation", "attestations", "duplicata", "identifiant", "identifiants", "connexion", "connecter",
    "cyberattaque", "piratage", "donnees", "coordonnees", "bancaires", "bancaire", "devis", "prothese",
    "lunettes", "opticien", "dentiste", "pharmacie", "pharmacien", "kinesitherapeute", "infirmiere",
    "infirmier", "justificatif", "justificatifs", "contestation", "reclamation", "toujours", "jamais",
    "apparait", "montant", "montants", "bordereau", "bordereaux", "decompte", "decomptes", "releve", "releves",
    "transmise", "transmis", "teletransmission", "patient", "patiente", "patients", "adherent", "adherente",
    "assure", "assuree", "cabinet", "securite", "sociale", "garantie", "garanties", "traitement",
    "reponse", "nouvelles", "complement", "information", "informations", "portail", "password",
    "bloque", "verrouille", "reinitialiser", "reinitialisation", "orthodontiste", "audioprothesiste",
    "remboursable", "cotisation", "cotisations", "contrat", "resiliation", "attente", "derniere",
    "troisieme", "deuxieme", "urgent", "merci", "bonjour", "madame", "monsieur", "cordialement",
    "regulariser", "contester", "manquant", "manquante", "partiellement", "conforme", "infirmiers",
    "orthophoniste", "podologue", "ambulance", "usurpation", "frauduleux", "frauduleuse", "escroquerie",
    "hameconnage", "arnaque", "opticienne", "pharmacienne", "kinesitherapie",
}))

_WORD = re.compile(r"[a-z0-9][a-z0-9'-]*")
_BY_INITIAL: dict[str, tuple[str, ...]] = {}
for _w in DOMAIN_WORDS:
    _BY_INITIAL[_w[0]] = (*_BY_INITIAL.get(_w[0], ()), _w)

# ordinary words that sit one edit away from a domain word and must stay as they are
KEEP = frozenset({
    "facturer", "facturez", "factured", "reglee", "reglees", "regles", "reglent", "regler", "reglez",
    "paiements", "virer", "verser", "versee", "versees", "verses", "rembourses", "remboursez",
    "remboursent", "dossiers", "relancer", "relancez", "relancee", "relance", "rejeter", "rejetez",
    "refuser", "refusez", "refuses", "refusent", "devise", "devises", "donnee", "donner", "donnez",
    "donne", "donnes", "montant", "montent", "montre", "patienter", "patientez", "patience", "cabinets",
    "reponses", "reponde", "repondre", "bloquer", "bloquee", "bloques", "bloquees", "attend", "attendre",
    "attendu", "attente", "contrats", "garantir", "garanti", "merci", "mercis", "toujours", "jamais",
    "assurer", "assures", "assurees", "releve", "relever", "relevee", "relevez", "transmet", "transmets",
    "transmit", "connecte", "connectee", "connectez", "identifie", "identifiee", "complet", "complete",
    "completer", "information", "manquent", "manquer", "manque", "sociales", "social", "securise",
    "rejets", "refus", "urgence", "urgente", "urgents", "derniers", "dernier", "partielle", "partiels",
    "conformes", "conformite", "patientes", "adherents", "adherentes", "contester", "contestee",
    "contestez", "reclamer", "reclamez", "reclamee", "decompter", "dentistes", "opticiens", "pharmacies",
    "prescriptions", "prothese", "protheses", "lunette", "attestations", "mutuel", "mutuels",
    "complementarite", "cotise", "cotiser",
    # "reçus" is one letter from "refus": messages reçus must not become a refusal
    "recu", "recus", "recue", "recues", "regle", "reponds", "repond", "remets", "remet", "remettent",
    "portait", "portaient", "assurez", "assurent", "reglemente", "reglementee", "reglementes",
    # English words next to French domain words
    "security", "payment", "payments", "patients", "refused", "rejected", "reject", "attached", "contract",
    "response", "reset", "nouvelle", "confirme", "contacter", "orthodontie", "dossier", "montana",
})


def _distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein distance (optimal string alignment), cut off above `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        best = cur[0]
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, prev2[j - 2] + 1)
            cur[j] = value
            best = min(best, value)
        if best > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


@lru_cache(maxsize=20_000)
def correct(word: str) -> str:
    """The domain word a misspelt `word` stands for, or `word` itself."""
    if len(word) < 5 or word in KEEP or not word.isalpha():
        return word
    candidates = _BY_INITIAL.get(word[0], ())
    if word in candidates:
        return word
    limit = 1 if len(word) < 11 else 2
    best, best_distance = word, limit + 1
    for candidate in candidates:
        d = _distance(word, candidate, limit)
        if d < best_distance:
            best, best_distance = candidate, d
    return best if best_distance <= limit else word


def _replace(match: re.Match[str]) -> str:
    word = match.group(0)
    expanded = ABBREVIATIONS.get(word)
    if expanded is not None:
        return expanded
    if "-" in word:
        return word
    if "'" in word:  # "l'opticen": repair the word after the elision
        head, _, tail = word.rpartition("'")
        return f"{head}'{correct(tail)}"
    return correct(word)


def normalize(folded: str) -> str:
    """Spell out abbreviations and fix misspelt domain words in already folded text."""
    return _WORD.sub(_replace, folded)
