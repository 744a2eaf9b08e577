"""Builds .eml files with Python's email library, deterministically."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from typing import Any

OPERATOR = "factures@intake.example.fr"
OPERATOR_DOMAIN = "intake.example.fr"
PARIS_SUMMER = timezone(timedelta(hours=2))
PARIS_WINTER = timezone(timedelta(hours=1))


@dataclass
class Att:
    """An attachment: a file from samples/documents (source) or raw bytes."""

    source: str | None = None  # file name under documents/
    data: bytes | None = None
    filename: str | None = None  # as sent; None = no filename at all
    ctype: str | None = None  # declared type; None = guessed from the source's extension
    name_style: str = "2231"  # 2231 (standard) or 2047 (Outlook-style encoded word in quotes)
    inline: bool = False


@dataclass
class Mail:
    name: str
    action: str
    reason: str
    sender: tuple[str, str]
    subject: str | None
    body: str | None = None
    html: str | None = None
    html_only: bool = False
    charset: str = "utf-8"
    atts: list[Att] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    return_path: str | None = None  # default: the sender address; "" for <>
    to: str = OPERATOR
    fields: dict[str, str] = field(default_factory=dict)
    ticket_ref: str | None = None
    forward: Mail | None = None  # attached as message/rfc822
    legacy: bool = False  # build with MIMEMultipart/MIMEText (compat32) instead of EmailMessage
    mailer: str | None = None
    note: str = ""
    docs: list[str] = field(default_factory=list)  # document keys whose fields are expected
    at: datetime | None = None  # the Date; default: spread over autumn 2025 by index


CTYPES = {
    "pdf": "application/pdf",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "tif": "image/tiff",
    "png": "image/png",
    "zip": "application/zip",
}


def guess(name: str) -> str:
    return CTYPES.get(name.rsplit(".", 1)[-1].lower(), "application/octet-stream")


def paris(moment: datetime) -> datetime:
    tz = PARIS_SUMMER if moment < datetime(2025, 10, 26, 3) else PARIS_WINTER
    return moment.replace(tzinfo=tz)


def when(index: int) -> datetime:
    start = datetime(2025, 9, 16, 8, 3)
    return paris(
        start + timedelta(days=index * 2 + index % 3, hours=(index * 5) % 11, minutes=(index * 13) % 60)
    )


def mail_date(mail: Mail, index: int) -> datetime:
    return paris(mail.at) if mail.at else when(index)


def message_id(mail: Mail, index: int) -> str:
    domain = mail.sender[1].split("@")[-1]
    stamp = f"{mail_date(mail, index):%Y%m%d%H%M%S}"
    return f"<{stamp}.{index:04d}.{abs(hash_text(mail.name)) % 10**8:08d}@{domain}>"


def hash_text(text: str) -> int:
    value = 0
    for ch in text:
        value = (value * 131 + ord(ch)) % (2**61 - 1)
    return value


def _common_headers(msg: Message, mail: Mail, index: int) -> None:
    rp = mail.sender[1] if mail.return_path is None else mail.return_path
    msg["Return-Path"] = f"<{rp}>"
    msg["Received"] = (
        f"from mx{index % 3 + 1}.{mail.sender[1].split('@')[-1]} (unknown [192.0.2.{index % 250 + 1}]) "
        f"by mail.{OPERATOR_DOMAIN} (Postfix) with ESMTPS id {hash_text(mail.name) % 16**10:010X}; "
        f"{format_datetime(mail_date(mail, index) + timedelta(seconds=7))}"
    )
    msg["From"] = formataddr(mail.sender) if mail.sender[0] else mail.sender[1]
    msg["To"] = mail.to
    if mail.subject is not None:
        if mail.legacy and mail.charset != "utf-8" and not mail.subject.isascii():
            msg["Subject"] = Header(mail.subject, mail.charset, header_name="Subject")  # type: ignore[assignment]
        else:
            msg["Subject"] = mail.subject
    msg["Date"] = format_datetime(mail_date(mail, index))
    msg["Message-ID"] = message_id(mail, index)
    if mail.in_reply_to:
        msg["In-Reply-To"] = mail.in_reply_to
    if mail.references:
        msg["References"] = " ".join(mail.references)
    if mail.mailer:
        msg["X-Mailer" if "Outlook" in mail.mailer or "Apple" in mail.mailer else "User-Agent"] = mail.mailer
    for key, value in mail.headers.items():
        msg[key] = value


def _payload(att: Att, files: dict[str, bytes]) -> tuple[bytes, str]:
    data = att.data if att.data is not None else files[att.source or ""]
    ctype = att.ctype or guess(att.filename or att.source or "")
    return data, ctype


def _modern(mail: Mail, index: int, files: dict[str, bytes]) -> EmailMessage:
    msg = EmailMessage(policy=policy.default)
    _common_headers(msg, mail, index)
    if mail.html_only:
        msg.set_content(mail.html or "", subtype="html", charset=mail.charset)
    else:
        msg.set_content(
            mail.body or "", charset=mail.charset, cte="quoted-printable" if mail.charset != "utf-8" else None
        )
        if mail.html:
            msg.add_alternative(mail.html, subtype="html", charset=mail.charset)
    for att in mail.atts:
        data, ctype = _payload(att, files)
        maintype, subtype = ctype.split("/")
        if att.filename is None:
            part = EmailMessage(policy=policy.default)
            part.set_content(data, maintype=maintype, subtype=subtype)
            if msg.get_content_type() != "multipart/mixed":
                msg.make_mixed()
            msg.attach(part)
        else:
            msg.add_attachment(
                data,
                maintype=maintype,
                subtype=subtype,
                filename=att.filename,
                disposition="inline" if att.inline else "attachment",
            )
    if mail.forward is not None:
        inner = build(mail.forward, index + 1000, files)
        msg.add_attachment(inner)
    return msg


def _legacy(mail: Mail, index: int, files: dict[str, bytes]) -> Message:
    if mail.html_only and not mail.atts:
        msg: Message = MIMEText(mail.html or "", "html", mail.charset)
    elif not mail.atts and not mail.html and mail.forward is None:
        msg = MIMEText(mail.body or "", "plain", mail.charset)
    else:
        msg = MIMEMultipart("mixed")
        if mail.html_only:
            msg.attach(MIMEText(mail.html or "", "html", mail.charset))
        elif mail.html:
            alt = MIMEMultipart("alternative")
            alt.attach(MIMEText(mail.body or "", "plain", mail.charset))
            alt.attach(MIMEText(mail.html, "html", mail.charset))
            msg.attach(alt)
        else:
            msg.attach(MIMEText(mail.body or "", "plain", mail.charset))
        for att in mail.atts:
            data, ctype = _payload(att, files)
            maintype, subtype = ctype.split("/")
            part: MIMEBase = (
                MIMEImage(data, subtype) if maintype == "image" else MIMEApplication(data, subtype)
            )
            if att.filename is not None:
                if att.name_style == "2047":
                    encoded = Header(att.filename, "utf-8").encode()
                    part.set_param("name", encoded)
                    part.add_header("Content-Disposition", "attachment", filename=encoded)
                elif att.filename.isascii():
                    part.set_param("name", att.filename)
                    part.add_header("Content-Disposition", "attachment", filename=att.filename)
                else:
                    part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", att.filename))
            msg.attach(part)
        if mail.forward is not None:
            msg.attach(MIMEMessage(build(mail.forward, index + 1000, files)))
    _common_headers(msg, mail, index)
    return msg


def build(mail: Mail, index: int, files: dict[str, bytes]) -> Message:
    msg = _legacy(mail, index, files) if mail.legacy else _modern(mail, index, files)
    fix_boundaries(msg, mail.name)
    trace_first(msg)
    return msg


TRACE_ORDER = {"return-path": 0, "received": 1}


def trace_first(msg: Message) -> None:
    """Puts the trace headers (Return-Path, Received) first and the MIME headers last, as a mailbox stores "
    "them."""

    def rank(item: tuple[str, Any]) -> int:
        name = item[0].lower()
        if name in TRACE_ORDER:
            return TRACE_ORDER[name]
        return 3 if name in ("mime-version", "content-type", "content-transfer-encoding") else 2

    msg._headers.sort(key=rank)  # type: ignore[attr-defined]


def fix_boundaries(msg: Message, seed: str) -> None:
    for n, part in enumerate(msg.walk()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"=_tp_{hash_text(seed) % 16**8:08x}_{n}")


def to_bytes(msg: Message) -> bytes:
    if isinstance(msg, EmailMessage):
        return msg.as_bytes(policy=msg.policy.clone(linesep="\n"))
    return msg.as_bytes()


def truth(mail: Mail, attachments: list[dict[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {"action": mail.action, "reason": mail.reason, "fields": mail.fields}
    if mail.ticket_ref:
        data["ticket_ref"] = mail.ticket_ref
    if attachments:
        data["attachments"] = attachments
    if mail.note:
        data["note"] = mail.note
    return data
