"""Is this message written by a machine? Headers and structure first, then wording.

`machine_reason(msg, ...)` returns a short reason ("auto-submitted: auto-replied", "mailing list", ...)
or None for mail a person wrote. Machine mail is ignored and never answered (RFC 3834).
"""

from __future__ import annotations

import re
import unicodedata

from intake.domain.model import ParsedMessage

_MACHINE_SENDER = re.compile(
    r"^(?:mailer[-_.]?daemon|postmaster|no[-_.]?reply|do[-_.]?not[-_.]?reply|ne[-_.]?pas[-_.]?repondre"
    r"|nepasrepondre|bounces?|auto[-_.]?(?:reply|responder|confirm))(?:[-+._].*)?@",
    re.IGNORECASE,
)
_BULK_PRECEDENCE = frozenset({"bulk", "list", "junk", "auto_reply", "auto-reply"})
_LIST_HEADERS = ("list-id", "list-unsubscribe", "list-post", "list-help", "list-owner", "mailing-list")
_AUTOREPLY_HEADERS = (
    "x-autoreply",
    "x-autorespond",
    "x-autoresponder",
    "x-auto-reply",
    "x-autoreply-from",
    "x-mail-autoreply",
    "auto-reply-from",
    "x-vacation",
    "x-zimbra-vacation",
    "x-ms-exchange-generated-message-source",
    "x-ms-exchange-organization-autoreply",
    "x-failed-recipients",
    "x-fc-machinegenerated",
)
_SUPPRESS_VALUES = re.compile(r"\b(?:all|oof|autoreply|dr|rn|nrn)\b", re.IGNORECASE)

# Subjects machines write (folded: lower case, no accents).
_OOF_SUBJECT = re.compile(
    r"^\s*(?:\[?(?:reponse automatique|automatic reply|auto(?:matic)?[- ]?(?:reply|response)|autoreply"
    r"|out of (?:the )?office|ooo\b|abwesenheit|respuesta automatica|risposta automatica|message d'absence)"
    r"|(?:absence|absente?|conges|en conges?|vacances)\s*(?:[:\-(]|$|du\b|jusqu|a partir|prolongee|\d))",
    re.IGNORECASE,
)
_BOUNCE_SUBJECT = re.compile(
    r"(?:undeliver(?:able|ed)|delivery (?:status notification|failure|has failed|notification)"
    r"|returned mail|mail delivery (?:failed|system)|non remis|remise impossible|echec de (?:la )?remise"
    r"|message non (?:distribue|delivre)|failure notice|delayed mail|^\s*(?:read|lu|non lu)\s*:"
    r"|accuse de lecture|read receipt|notification d'etat de remise|spam report"
    r"|email feedback report)",
    re.IGNORECASE,
)
_OOF_BODY = re.compile(
    r"(?:je (?:suis|serai) (?:actuellement )?(?:absente?|en conges?|en vacances|en deplacement|en formation)"
    r"|(?:i am|i'm|i will be) (?:currently )?(?:out of (?:the )?office|away|on (?:annual )?leave|on vacation)"
    r"|(?:absente?|en conges?) (?:du|jusqu'au|jusqu au|a partir du)"
    r"|ceci est (?:un|une) (?:message|reponse) automatique|this is an automatic (?:reply|message)"
    r"|(?:envoye|genere|redige) automatiquement|(?:merci de|veuillez) ne pas (?:y )?repondre"
    r"|do not reply to this (?:message|e-?mail)|automatically generated)",
    re.IGNORECASE,
)
# A closure or absence notice written by hand (no auto-reply header): all three parts are needed.
_CLOSED = re.compile(
    r"\b(?:sera|seront|est|sont|serai|serons|restera|resteront) (?:exceptionnellement |actuellement )?"
    r"(?:fermee?s?|absente?s?|en conges?|en vacances|indisponibles?|en formation)\b"
    r"|\bfermeture (?:du|de notre|de mon|exceptionnelle|annuelle|estivale)|\bconges (?:annuels|d'ete)")
_PERIOD = re.compile(
    r"\bdu \d{1,2}(?:er)?\b.{0,30}\bau \d{1,2}|\bjusqu'?(?:au|a|a la)\b|\ba partir du \d|\bentre le \d"
    r"|\b(?:cette|la) (?:periode|semaine)\b")
_ON_RETURN = re.compile(
    r"\ba (?:notre|mon|son|leur) retour|\bdes (?:notre|mon|son) retour|\btraitee?s? (?:a|des|apres|dans)"
    r"|\breprise (?:le|des|a)|\breouverture|\bn'hesitez pas a (?:rappeler|reecrire)|\ben cas d'urgence")


# ... and a notice asks nothing of the trade
_ASKS = re.compile(
    r"\bpouvez|\bpourriez|\bmerci de (?!votre|vos)|\bveuillez|je vous (?:prie|demande)|\bfactur|\bdossiers?\b"
    r"|\brib\b|\biban\b|rembours|paiement|virement|reglement|\bimpaye|\brelance")


# Each alone is enough: scam and phishing phrasing a practitioner never writes.
_SPAM_STRONG = re.compile(
    r"(?:votre (?:compte|acces|boite(?: mail| aux lettres)?) (?:sera|va etre|a ete)"
    r" (?:suspendu|desactive|bloque|ferme)"
    r"|your (?:account|mailbox) (?:will be|has been) (?:suspended|deactivated|closed|locked)"
    r"|cliquez (?:ici|sur ce lien) pour (?:verifier|confirmer|reactiver|debloquer|mettre a jour)"
    r"|click (?:here|the link below|below) to (?:verify|confirm|validate|reactivate|unlock|update)"
    r"|verify your (?:account|identity|mailbox)|verifiez votre (?:compte|identite|boite)"
    r"|confirmez vos (?:identifiants|coordonnees bancaires)|confirm your (?:password|credentials)"
    r"|(?:vous avez|you have) (?:gagne|won)|loterie|lottery|gagnant du tirage|winning (?:number|ticket)"
    r"|heritage de|inheritance|next of kin|million (?:de )?(?:dollars|euros|usd)|bitcoin|crypto-?monnaie"
    r"|viagra|cialis|casino|pret entre particuliers|investissez (?:dans|en)|work from home"
    r"|xjs\*c4jdbq|gtube|quota (?:de (?:votre )?boite|exceeded|depasse)|mailbox (?:is )?full"
    r"|boite (?:mail |aux lettres )?(?:est )?pleine|colis (?:en attente|bloque)|frais de douane)",
    re.IGNORECASE,
)
_NEWSLETTER = re.compile(
    r"(?:desinscri|desabonn|unsubscribe|gerer vos preferences"
    r"|offres? (?:exceptionnelles?|speciales?|promotionnelles?)"
    r"|view (?:this email )?in (?:your|a) browser|voir (?:la|cette) version en ligne"
    r"|vous recevez (?:ce|cet) (?:e-?mail|message|courriel) car)",
    re.IGNORECASE,
)

# Marketing, scams and phishing recognised by what they say when no header gives them away. Each family
# counts once (a long sales pitch is not ten signals); healthcare and billing vocabulary raises the bar
# (`_spam_bar`), so a practitioner or an insured person who happens to write "cliquez ici" or "urgent" is
# never dropped.
_SPAM_FAMILIES: tuple[tuple[str, re.Pattern[str], float], ...] = tuple(
    (name, re.compile(pattern), weight) for name, pattern, weight in (
        ("seo", r"\bseo\b|\bsea\b|referencement (?:naturel|google|local|de votre site)|(?:first|premiere|1ere)"
         r" page (?:(?:of|de|sur|on) )?google|(?:premiere|1ere|first) page (?:en \d+ jours|garantie|guaranteed)"
         r"|(?:premiers|top) resultats (?:de recherche|google|sur google|des moteurs)"
         r"|n'?apparai\w* (?:pas|plus) (?:dans|sur|en) (?:les premiers|google|les moteurs|premiere page)"
         r"|\btop \d+ (?:on|of|sur|de|dans) google|\bgoogle (?:ranking|ads)"
         r"|(?:website|site web|site internet|votre site) (?:ranking|traffic|design|redesign|audit)"
         r"|\brank(?:ing)?s?\b|backlinks?|\bmots?[- ]cles\b|\bkeywords?\b|trafic (?:de|vers|sur) votre site"
         r"|visibilite (?:en ligne|sur internet|sur google|digitale)|refonte de votre site|web ?design"
         r"|marketing (?:digital|numerique)|digital marketing|lead generation|generation de (?:leads|prospects)"
         r"|prospects? qualifies|reseaux sociaux|social media|avis google|google reviews", 2.0),
        ("offer", r"\bfree (?:audit|trial|quote|consultation|demo|sample|gift)|audit gratuit|essai gratuit"
         r"|devis gratuit|demonstration gratuite|(?:offert|gratuit) pendant|sans engagement|\bguarantee[ds]?\b"
         r"|resultats? garantis?|satisfait ou rembourse|reply (?:yes|stop|now)|repondez (?:oui|stop)"
         r"|limited (?:time|offer)|offre (?:limitee|speciale|exclusive|exceptionnelle|de lancement)"
         r"|(?:special|exclusive) offer|derniers? jours? pour|last chance|derniere chance|black friday"
         r"|\bsoldes\b|\bpromo(?:tion)?s?\b|code promo|(?<![\d,.])-\d{1,2} ?%|\d{1,2} ?% (?:de reduction|off|discount)"
         r"|\bdiscount|\bbest price|meilleurs? prix|prix (?:casse|imbattable|sacrifie)|\bdestockage", 1.5),
        ("price", r"\d ?(?:€|eur\b|euros?\b|\$) ?(?:ht ?|ttc ?)?(?:/ ?|par )mois|\bper month\b|/ ?month\b"
         r"|\b(?:a partir de|seulement|only) \d+ ?(?:€|eur\b|euros?\b|\$)", 1.0),
        ("money", r"bitcoin|\bcrypto|ethereum|\bforex\b|\btrading\b|investissement (?:rentable|garanti|defiscal)"
         r"|\binvest(?:ment|ir|issez)\b|rendement (?:garanti|de \d|annuel)|revenus? passifs?|passive income"
         r"|gagner de l'argent|make money|earn \$|\$ ?\d{3,}|\d{3,} ?(?:usd|dollars)\b|\bpret (?:rapide|personnel|sans)"
         r"|credit (?:rapide|sans justificatif)|rachat de credits?|\bloans?\b|western union|moneygram"
         r"|\bcasino|\bparis sportifs|\bbetting", 2.0),
        ("prize", r"vous avez ete (?:selectionnee?|tiree? au sort|choisie?)|you(?: have|'ve) been (?:selected|chosen)"
         r"|felicitations|congratulations|\bgagnante?s?\b|\bwinners?\b|tirage au sort|cartes? cadeaux?"
         r"|gift ?cards?|bons? d'achat|\bprizes?\b|\brewards?\b|\brecompenses?\b|\bcadeaux?\b"
         r"|iphone (?:gratuit|offert)|free iphone|sweepstakes?|\bjackpot", 2.0),
        ("click", r"cliquez (?:ici|sur (?:ce|le) (?:lien|bouton)|sur le lien)|click (?:here|below|the (?:link|button))"
         r"|appuyez ici|suivez (?:ce|le) lien|follow (?:this|the) link|lien ci-dessous|link below"
         r"|acceder au formulaire|access the form|\bunsubscribe|desinscri|desabonn|ne plus recevoir", 1.0),
        ("urgency", r"dans les 24 ?h|sous 24 ?h|within 24 hours|\bexpire (?:aujourd'hui|today|bientot|ce soir)"
         r"|act now|agissez (?:maintenant|vite)|\bimmediately\b|\bdes maintenant\b|ne tardez pas|don'?t miss", 0.5),
        ("phish", r"mettre a jour vos (?:informations|coordonnees|donnees|identifiants)"
         r"|confirmer? vos (?:informations|donnees|coordonnees|identifiants)"
         r"|update your (?:information|details|payment|billing|account)|(?:activite|connexion) inhabituelle"
         r"|unusual (?:activity|sign-?in)|votre (?:compte|acces) (?:a ete |est )?(?:limite|restreint)"
         r"|account (?:limited|restricted)|(?:eligible|admissible) a un remboursement|remboursement en attente"
         r"|tax refund|\bcolis\b|\bparcel\b|delivery attempt|(?:mot de passe|password) expire"
         r"|(?:atteint|reached) \d+ ?% (?:de sa|of its)|\bcapacite (?:de stockage|maximale)|\bquota\b"
         r"|storage (?:is )?(?:full|limit)|espace de stockage", 2.0),
        ("pitch", r"\bnous (?:vous )?garantissons|\bwe guarantee"
         r"|\b(?:we|nous) (?:can|could|pouvons|proposons|offrons) (?:bring|help|boost|get|augmenter"
         r"|booster|ameliorer|doubler|vous aider|vous proposer)|\bboost(?:ez|er)? (?:votre|your)"
         r"|grow your (?:business|practice)"
         r"|developpe[rz] votre (?:activite|cabinet|clientele|chiffre)|partenariat commercial"
         r"|\b(?:our|nos) (?:services|solutions|offres|formules)\b|\bb2b\b|fichiers? (?:d'emails|de prospects)"
         r"|email list|base de donnees (?:de |d')(?:emails|contacts|prospects)|i was (?:checking|looking at|browsing)"
         r"|j'ai (?:consulte|visite|regarde) votre site", 1.0),
    )
)
_SPAM_SENDER = re.compile(
    r"@(?:[^@]*\.)?[^@.]*(?:seo|marketing|promo|growth|leads?|deals?|offres?|win|cadeau|gift|crypto|invest)[^@.]*\."
    r"|@[^@]*\.(?:top|xyz|click|online|site|shop|buzz|icu|monster|loan|win|bid|vip|work|ru|cn|biz|su|tk|ml|ga|cf|gq)$"
    r"|^(?:promos?|promotions?|offres?|deals?|marketing|sales|ventes?)[-_.]?[a-z0-9]*@"
)
_URL = re.compile(r"https?://|\bwww\.")
_ADDRESS_OR_URL = re.compile(r"\S+@\S+|(?:https?://|\bwww\.)\S+")
# Words of the trade: whoever uses several of them is writing about care, claims or payments. The words
# any mail to a practitioner carries, spam included ("Bonjour Docteur", "votre cabinet"), are not in it.
_TRADE_WORDS = re.compile(
    r"factur|\bsoins?\b|\bpatiente?s?\b|mutuelle|complementaire|tiers[- ]?payant|rembours|\bdossiers?\b|\brpps\b"
    r"|\badeli\b|\bfiness\b|ordonnance|prescription|pharmac|opticien|dentist|\bkine|infirmi"
    r"|medecin|prise en charge|\bpec\b|\bdevis\b|securite sociale|carte vitale|\bnir\b"
    r"|\bamc\b|\brib\b|\biban\b|\breglements?\b|\bpaiements?\b|\bvirements?\b|bordereau|decompte|teletransm"
    r"|noemie|sesam|adherente?\b|\bassuree?\b|cotisation|\bameli\b|\bcpam\b|hopital|clinique|laboratoire"
    r"|orthop|audioproth|lunettes|dentaire|optique|cyberattaque|piratage|fuite de donnees|\bportail\b"
)


def spam_score(subject: str, body: str, sender: str) -> tuple[float, float, list[str]]:
    """(spam evidence, the bar it must reach, the families that fired) for folded subject and body."""
    text = f"{subject}\n{body}"
    fired = [(name, weight) for name, pattern, weight in _SPAM_FAMILIES if pattern.search(text)]
    if sender and _SPAM_SENDER.search(sender):
        fired.append(("sender", 1.0))
    urls = len(_URL.findall(body))
    if urls >= 3 or (urls and len(body) < 600):
        fired.append(("links", 1.0 if urls >= 3 else 0.5))
    # addresses and links are not what the message says ("factures@tiers-payant..." is our own address)
    said = _ADDRESS_OR_URL.sub(" ", text)
    trade = {m.group(0).strip() for m in _TRADE_WORDS.finditer(said)}
    return sum(w for _, w in fired), _spam_bar(len(trade)), [name for name, _ in fired]


def _spam_bar(trade_words: int) -> float:
    """No trade word: 3 points of spam evidence are enough; each distinct trade word adds 1.5."""
    return 3.0 + 1.5 * trade_words


def fold(text: str) -> str:
    """Lower case, no accents, typographic apostrophes made plain: for accent-insensitive matching."""
    text = text.replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ").lower()
    text = text.replace("œ", "oe").replace("æ", "ae")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def machine_reason(msg: ParsedMessage, *, own_addresses: list[str], loop_marker: str) -> str | None:
    """Why this message is machine mail (or ours), or None if a person seems to have written it."""
    return header_reason(msg, own_addresses=own_addresses, loop_marker=loop_marker) or content_reason(msg)


def header_reason(msg: ParsedMessage, *, own_addresses: list[str], loop_marker: str) -> str | None:
    """Machine mail recognised from headers and MIME structure alone."""
    headers = msg.headers
    loop = headers.get("x-loop", "")
    if loop_marker and loop.strip().lower() == loop_marker.strip().lower():
        return "our own X-Loop marker"
    own = {a.strip().lower() for a in own_addresses if a.strip()}
    if msg.sender and msg.sender in own:
        return "sent from our own address"
    auto = headers.get("auto-submitted", "").strip().lower()
    if auto and not auto.startswith("no"):
        return f"auto-submitted: {auto.split(';')[0][:40]}"
    report = _report_reason(msg)
    if report:
        return report
    if msg.return_path == "":
        return "null return path"
    if msg.sender and _MACHINE_SENDER.match(msg.sender):
        return "machine sender address"
    if msg.return_path and _MACHINE_SENDER.match(msg.return_path):
        return "machine return path"
    return _marker_reason(headers)


def _report_reason(msg: ParsedMessage) -> str | None:
    ctype = msg.content_type.lower()
    report_type = msg.headers.get("content-type", "").lower()
    if msg.is_report or ctype == "multipart/report":
        if "disposition-notification" in report_type:
            return "read receipt (disposition notification)"
        if "feedback-report" in report_type:
            return "spam complaint report"
        return "delivery status notification"
    if ctype in {"message/delivery-status", "message/disposition-notification", "message/feedback-report"}:
        return "delivery status notification"
    return None


def _marker_reason(headers: dict[str, str]) -> str | None:
    precedence = headers.get("precedence", "").strip().lower()
    if precedence in _BULK_PRECEDENCE:
        return f"precedence: {precedence}"
    for name in _LIST_HEADERS:
        if name in headers:
            return f"mailing list ({name})"
    for name in _AUTOREPLY_HEADERS:
        if name in headers:
            return f"auto-reply header ({name})"
    suppress = headers.get("x-auto-response-suppress", "")
    if suppress and _SUPPRESS_VALUES.search(suppress):
        return "x-auto-response-suppress"
    if headers.get("x-precedence", "").strip().lower() in _BULK_PRECEDENCE:
        return "x-precedence bulk"
    if "x-spam-flag" in headers and headers["x-spam-flag"].strip().lower().startswith("yes"):
        return "flagged as spam upstream"
    return None


def content_reason(msg: ParsedMessage) -> str | None:
    """Machine mail recognised from its wording: out-of-office, bounces, spam, phishing, newsletters."""
    subject = fold(msg.subject)
    if _OOF_SUBJECT.match(subject):
        return "out-of-office subject"
    if _BOUNCE_SUBJECT.search(subject):
        return "delivery report subject"
    own_text = msg.new_text if len(msg.new_text.strip()) >= 25 else msg.body_text
    body = fold(own_text)[:20_000]
    everything = f"{subject}\n{fold(msg.body_text)[:50_000]}"
    # a forwarded phishing mail reported by a person is not spam: only their own text counts
    if _SPAM_STRONG.search(f"{subject}\n{body}"):
        return "spam or phishing wording"
    if not msg.attachments and len(body) < 1500 and _OOF_BODY.search(body):
        return "out-of-office wording"
    if not msg.attachments and is_closure_notice(f"{subject}\n{body}"):
        return "out-of-office notice (closure or absence by content)"
    if _NEWSLETTER.search(everything) and not _has_document(msg):
        return "newsletter wording"
    score, bar, families = spam_score(subject, body, msg.sender)
    if score >= bar:
        return f"spam by content ({', '.join(families)}: {score:g} >= {bar:g})"
    return None


def is_closure_notice(text: str) -> bool:
    """"Le cabinet sera fermé du 27 octobre au 9 novembre. Les messages reçus seront traités à notre
    retour.": an absence or closure, a period and a promise to answer later, in a short message that asks
    nothing. Sent by a person's mail client without RFC 3834 headers; never answered."""
    if len(text) > 1200 or "?" in text or _ASKS.search(text):
        return False
    return bool(_CLOSED.search(text) and _PERIOD.search(text) and _ON_RETURN.search(text))


def _has_document(msg: ParsedMessage) -> bool:
    return any(a.sniffed_type in {"pdf", "tiff", "jpeg", "png"} for a in msg.attachments)
