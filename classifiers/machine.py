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
    if _NEWSLETTER.search(everything) and not _has_document(msg):
        return "newsletter wording"
    return None


def _has_document(msg: ParsedMessage) -> bool:
    return any(a.sniffed_type in {"pdf", "tiff", "jpeg", "png"} for a in msg.attachments)
