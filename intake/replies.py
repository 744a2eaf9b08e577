"""Auto-replies (RFC 3834), the pure part: whether we may answer, and the reply itself.

- `reply_refusal(msg, ...)` says why we must not answer (None when we may).
- `compose_reply(msg, reason, settings)` builds the reply from a French template per reason
  (`templates/replies/<reason>.txt.j2`). Templates only see settings (contact details), never the
  original message, so a reply cannot echo a NIR, a name or an amount from the body.
- The subject is the only thing carried over: `Auto: <original subject>`, cleaned by `safe_subject`
  (digit runs of 9+ digits, amounts, e-mail addresses, names after a civility or "patient" and
  words in capitals are removed; at most 60 characters).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from functools import cache
from pathlib import Path

from email_validator import EmailNotValidError, validate_email
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from classifiers.machine import machine_reason
from intake.domain.model import AUTO_REPLY_REASONS, ParsedMessage
from intake.settings import Settings

TEMPLATE_DIR = Path(__file__).parent / "templates" / "replies"
SUBJECT_MAX = 60
_FORBIDDEN_LOCAL = re.compile(r"^(?:mailer[-_.]?daemon|postmaster|abuse|no-?reply)\b", re.IGNORECASE)
_FORBIDDEN_ANYWHERE = re.compile(r"mailer-daemon|postmaster|abuse|no-?reply", re.IGNORECASE)

# What the subject must not carry back (see the module docstring).
_LONG_DIGITS = re.compile(r"\d(?:[\s.\-/]?\d){8,}")
_AMOUNT = re.compile(
    r"(?:€|\beur\b|\beuros?\b)\s*\d[\d\s.,]*|\d[\d\s.\u00a0\u202f]*(?:[.,]\d{1,2})?\s*(?:€|eur\b|euros?\b)",
    re.IGNORECASE,
)
_DECIMAL = re.compile(r"\b\d+[.,]\d{2}\b")
_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_CIVILITY_WORDS = "m|mr|mme|mlle|monsieur|madame|mademoiselle|dr|docteur|pr"
_CIVILITY = rf"(?:{_CIVILITY_WORDS})(?:\.|\b)"
_NAME_AFTER = re.compile(
    r"(?i:\b(?:patiente?s?|pt|assur[ée]e?|b[ée]n[ée]ficiaire|adh[ée]rente?|enfant|fille|fils|mari|femme"
    r"|[ée]pou(?:se|x)|conjointe?|nom|" + _CIVILITY_WORDS + r")(?:\.|\b)\s*:?\s*)"
    r"((?:(?i:" + _CIVILITY + r")\s*)*(?:[A-ZÀ-Ý][\w'-]*\s*){1,3})"
)
_CAPS_WORD = re.compile(r"\b[A-ZÀ-Ý][A-ZÀ-Ý'-]{1,}\b")
_KEEP_CAPS = frozenset(
    {"RPPS", "ADELI", "FINESS", "PEC", "TP", "RIB", "IBAN", "FSE", "DRE", "AMC", "AMO", "RE", "TR", "FW",
     "FWD", "URGENT", "NIR", "CPAM", "RAC", "TTC", "SIRET", "PDF", "OK"}
)
_TICKET = re.compile(r"\bTP-\d{4}-\d{6}\b", re.IGNORECASE)


def loop_marker(settings: Settings) -> str:
    """The X-Loop value we put on every reply (and recognise on incoming mail)."""
    return f"tp-intake@{settings.mail_domain}".lower()


def reply_recipient(msg: ParsedMessage) -> str:
    """Where a reply would go: the return path, else the From address."""
    return (msg.return_path or msg.sender or "").strip().lower()


def reply_refusal(msg: ParsedMessage, *, own_addresses: list[str], loop_marker: str) -> str | None:
    """Why we must not auto-reply to this message, or None when we may (RFC 3834 section 2)."""
    if msg.return_path is None:
        return "missing return path"
    if msg.return_path == "":
        return "null return path"
    machine = machine_reason(msg, own_addresses=own_addresses, loop_marker=loop_marker)
    if machine is not None:
        return f"machine mail: {machine}"
    recipient = reply_recipient(msg)
    own = {a.strip().lower() for a in own_addresses if a.strip()}
    for address in {recipient, msg.sender}:
        if not address:
            continue
        if address in own:
            return "our own address"
        if _FORBIDDEN_LOCAL.match(address) or _FORBIDDEN_ANYWHERE.search(address.split("@", 1)[0]):
            return "system sender (mailer-daemon, postmaster, abuse, no-reply)"
    try:
        validate_email(recipient, check_deliverability=False)
    except EmailNotValidError:
        return "invalid reply address"
    return None


def compose_reply(
    msg: ParsedMessage, reason: str, settings: Settings, *, now: datetime | None = None
) -> EmailMessage:
    """The auto-reply for `reason` (one of AUTO_REPLY_REASONS), threaded on the original."""
    if reason not in AUTO_REPLY_REASONS:
        raise ValueError(f"no reply template for reason {reason!r}")
    reply = EmailMessage()
    reply["From"] = settings.smtp_from
    reply["To"] = reply_recipient(msg)
    reply["Subject"] = f"Auto: {safe_subject(msg.subject)}"
    reply["Date"] = format_datetime(now or datetime.now(UTC))
    reply["Message-ID"] = make_msgid(domain=settings.mail_domain)
    if msg.message_id:
        reply["In-Reply-To"] = msg.message_id
    references = [*msg.references, *([msg.message_id] if msg.message_id else [])]
    if references:
        reply["References"] = " ".join(dict.fromkeys(references))
    reply["Auto-Submitted"] = "auto-replied"
    reply["X-Loop"] = loop_marker(settings)
    reply["X-Auto-Response-Suppress"] = "All"
    reply["Precedence"] = "auto_reply"
    reply.set_content(render_body(reason, settings), charset="utf-8")
    return reply


def render_body(reason: str, settings: Settings) -> str:
    """The French text of the reply; templates see contact details from settings only."""
    operator = settings.operator_name[:1].upper() + settings.operator_name[1:]
    template = _environment().get_template(f"{reason}.txt.j2")
    return template.render(
        operator=operator,
        signature=operator,
        portal_url=settings.portal_url,
        portal_help_url=settings.portal_help_url,
        support_phone=settings.support_phone,
        support_hours=settings.support_hours,
        incident_phone=settings.incident_phone,
    ).strip() + "\n"


def safe_subject(subject: str) -> str:
    """The original subject without health data or identifiers, short, one line.

    >>> safe_subject("Re: Remboursement patient Jean DUPONT NIR 1 85 07 75 123 456 78 - 45,50 €")
    'Remboursement patient'
    >>> safe_subject("RE: [TP-2026-000123] Mme Durand facture 1234,00 EUR")
    '[TP-2026-000123] Mme facture'
    >>> safe_subject("")
    'votre message'
    """
    text = re.sub(r"\s+", " ", subject or "").strip()
    text = re.sub(r"^(?:(?:re|tr|fwd?|aw|wg)\s*:\s*)+", "", text, flags=re.IGNORECASE)
    tickets = [t.upper() for t in _TICKET.findall(text)]
    text = _TICKET.sub(" ", text)
    text = _EMAIL.sub(" ", text)
    text = _LONG_DIGITS.sub(" ", text)
    text = _AMOUNT.sub(" ", text)
    text = _DECIMAL.sub(" ", text)
    text = _NAME_AFTER.sub(lambda m: m.group(0)[: m.start(1) - m.start(0)], text)
    text = _CAPS_WORD.sub(lambda m: m.group(0) if m.group(0).upper() in _KEEP_CAPS else " ", text)
    text = re.sub(r"\s*[-–:,;/]\s*(?=[-–:,;/]|$)", " ", text)
    text = re.sub(r"\s+", " ", text).strip(" -–:,;/[]()")
    text = re.sub(r"\[\s*\]|\(\s*\)", "", text).strip()
    if tickets:
        text = f"[{tickets[0]}] {text}".strip()
    if len(text) > SUBJECT_MAX:
        text = text[:SUBJECT_MAX].rsplit(" ", 1)[0] + "…"
    return text or "votre message"


@cache
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(str(TEMPLATE_DIR)),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,  # noqa: S701 - plain-text mail, nothing is HTML
    )
