"""MIME parsing that survives what real mail servers deliver.

`parse_message(raw)` never raises: what went wrong is listed in `ParsedMessage.defects`.

- Headers are read with `email.policy.default`; when that policy chokes on a header, the raw value is
  decoded by hand (RFC 2047 words, undeclared 8-bit as UTF-8 then Windows-1252).
- Bodies: text/plain parts are preferred in multipart/alternative, HTML is converted to text
  (html2text, stdlib fallback; nothing is fetched or executed), forwarded `message/rfc822` parts add
  their text and attachments, TNEF `winmail.dat` is unpacked when tnefparse can read it.
- `new_text` is the body without quoted replies and the signature (`split_reply`).
"""

from __future__ import annotations

import codecs
import email
import email.header
import email.policy
import email.utils
import re
from dataclasses import dataclass, field
from email.message import Message

from intake.domain.model import Attachment, ParsedMessage

MAX_DEPTH = 12  # nested multiparts / forwarded messages deeper than this are not walked
MAX_PARTS = 500
MAX_TEXT_CHARS = 200_000

_CHARSET_ALIASES = {
    "iso-8859-8-i": "iso-8859-8",
    "x-unknown": "utf-8",
    "unknown-8bit": "utf-8",
    "ansi_x3.4-1968": "ascii",
    "us-ascii": "ascii",
    "x-user-defined": "cp1252",
    "latin-1": "iso-8859-1",
    "ks_c_5601-1987": "cp949",
    "gb2312": "gb18030",
}


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


@dataclass
class _Walk:
    """What walking the MIME tree collected."""

    texts: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)
    is_report: bool = False
    report_kinds: list[str] = field(default_factory=list)
    parts: int = 0


# --------------------------------------------------------------------------- public


def parse_message(raw: bytes) -> ParsedMessage:
    """Parse raw RFC 5322 bytes into a ParsedMessage; never raises."""
    try:
        return _parse(raw)
    except Exception as exc:  # a last guard: a parser bug must not lose the message
        text = decode_bytes(raw[:MAX_TEXT_CHARS], None)
        return ParsedMessage(
            message_id=None,
            subject="",
            sender="",
            sender_name="",
            return_path=None,
            to=[],
            date=None,
            in_reply_to=None,
            references=[],
            headers={},
            content_type="text/plain",
            body_text=text,
            new_text=text,
            signature="",
            defects=[f"unparseable message: {type(exc).__name__}"],
        )


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode with the declared charset when it is known, else UTF-8, else Windows-1252."""
    name = _codec_name(charset)
    if name is not None:
        try:
            return data.decode(name)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _UTF8_SEQUENCE.search(data):  # mostly UTF-8 with some damage: keep it UTF-8
        return data.decode("utf-8", errors="replace")
    if name is not None:
        try:
            return data.decode(name, errors="replace")
        except LookupError:
            pass
    return data.decode("cp1252", errors="replace")


def html_to_text(markup: str) -> str:
    """Readable text from HTML; scripts and styles dropped, nothing fetched."""
    markup = re.sub(r"(?is)<(script|style|head)\b.*?</\1\s*>", " ", markup)
    try:
        import html2text

        converter = html2text.HTML2Text()
        converter.ignore_images = True
        converter.ignore_links = True
        converter.ignore_emphasis = True
        converter.body_width = 0
        converter.unicode_snob = True
        return str(converter.handle(markup)).strip()
    except Exception:
        return _strip_tags(markup)


# --------------------------------------------------------------------------- headers


def _codec_name(charset: str | None) -> str | None:
    if not charset:
        return None
    name = charset.strip().strip('"').lower()
    name = _CHARSET_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _unsurrogate(value: str) -> str:
    """Undeclared 8-bit header bytes arrive as surrogate escapes: decode them as UTF-8 or cp1252."""
    if not any("\udc80" <= ch <= "\udcff" for ch in value):
        return value
    data = value.encode("ascii", errors="surrogateescape") if value.isascii() else _to_bytes(value)
    return decode_bytes(data, None)


def _to_bytes(value: str) -> bytes:
    out = bytearray()
    for ch in value:
        if "\udc80" <= ch <= "\udcff":
            out.append(ord(ch) - 0xDC00)
        else:
            out.extend(ch.encode("utf-8"))
    return bytes(out)


def _decode_words(value: str) -> str:
    """Decode RFC 2047 encoded words by hand, tolerating unknown charsets."""
    try:
        pieces = email.header.decode_header(value)
    except Exception:
        return value
    out: list[str] = []
    for chunk, charset in pieces:
        if isinstance(chunk, bytes):
            out.append(decode_bytes(chunk, charset))
        else:
            out.append(chunk)
    return "".join(out)


def _header(msg: Message, name: str, defects: list[str]) -> str | None:
    """The first value of a header, decoded; None when absent. Never raises."""
    try:
        value = msg.get(name)
        if value is None:
            return None
        text = str(value)
        if "=?" in text:  # the default policy leaves words it could not decode
            text = _decode_words(text)
        if "\ufffd" not in text:
            return _clean(_unsurrogate(text))
    except Exception:
        defects.append(f"header {name}: unreadable with the default policy")
    for key, raw in msg.raw_items():
        if key.lower() == name.lower():
            return _clean(_decode_words(_unsurrogate(str(raw))))
    return None


def _all_headers(msg: Message, defects: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    try:
        keys = [key for key, _ in msg.raw_items()]
    except Exception:
        return found
    for key in keys:
        lower = _unsurrogate(key).lower()
        if lower in found:
            continue
        value = _header(msg, key, defects)
        if value is not None:
            found[lower] = value
    return found


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\x00", "")).strip()


def _addresses(value: str | None) -> list[tuple[str, str]]:
    if not value:
        return []
    try:
        pairs = email.utils.getaddresses([value])
    except Exception:
        pairs = []
    found = [(name.strip(), addr.strip().lower()) for name, addr in pairs if addr and "@" in addr]
    if not found:
        found = [("", m.lower()) for m in re.findall(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", value)]
    return found


def _return_path(value: str | None) -> str | None:
    if value is None:
        return None
    stripped = value.strip()
    if stripped in {"", "<>"} or re.fullmatch(r"<\s*>", stripped):
        return ""
    pairs = _addresses(stripped)
    return pairs[0][1] if pairs else stripped.strip("<>").lower()


def _msg_ids(value: str | None) -> list[str]:
    if not value:
        return []
    found = re.findall(r"<[^<>\s]+>", value)
    return found or value.split()


# --------------------------------------------------------------------------- body walk


def _content_type(part: Message, walk: _Walk) -> str:
    try:
        return part.get_content_type().lower()
    except Exception:
        walk.defects.append("unreadable Content-Type")
        return "text/plain"


def _filename(part: Message, walk: _Walk) -> str | None:
    try:
        name = part.get_filename()
    except Exception:
        name = None
        walk.defects.append("unreadable attachment filename")
    if not name:
        try:
            raw = part.get_param("name", header="content-type")
            name = email.utils.collapse_rfc2231_value(raw) if raw else None
        except Exception:
            name = None
    if not name:
        return None
    return _clean(_decode_words(_unsurrogate(str(name)))) or None


def _disposition(part: Message) -> str:
    try:
        return (part.get_content_disposition() or "").lower()
    except Exception:
        return ""


def _payload_bytes(part: Message, walk: _Walk) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception:
        walk.defects.append("undecodable transfer encoding")
        data = None
    if isinstance(data, bytes):
        return data
    try:
        raw = part.get_payload()
    except Exception:
        return b""
    if isinstance(raw, str):
        return raw.encode("utf-8", errors="surrogateescape")
    return b""


def _charset(part: Message) -> str | None:
    try:
        return part.get_content_charset()
    except Exception:
        return None


def _part_text(part: Message, walk: _Walk) -> str:
    data = _payload_bytes(part, walk)
    charset = _charset(part)
    if charset and _codec_name(charset) is None:
        walk.defects.append(f"unknown charset {charset[:40]}")
    return decode_bytes(data, charset)


def _walk(part: Message, walk: _Walk, depth: int) -> None:
    walk.parts += 1
    if walk.parts > MAX_PARTS:
        if walk.parts == MAX_PARTS + 1:
            walk.defects.append("too many MIME parts")
        return
    if depth > MAX_DEPTH:
        walk.defects.append("MIME nesting too deep")
        return
    _note_defects(part, walk)
    ctype = _content_type(part, walk)
    if ctype == "multipart/report":
        walk.is_report = True
    if ctype in {"message/delivery-status", "message/disposition-notification"}:
        walk.report_kinds.append(ctype.split("/", 1)[1])
        walk.texts.append(_part_text_or_children(part, walk))
        return
    if ctype in {"message/rfc822", "message/global"}:
        _walk_forwarded(part, walk, depth)
        return
    if part.is_multipart():
        _walk_multipart(part, ctype, walk, depth)
        return
    if ctype.startswith("multipart/"):  # a boundary that never matched: keep the readable text
        walk.defects.append(f"{ctype} with no usable boundary")
        text = _strip_mime_noise(_part_text(part, walk))
        if text.strip():
            walk.texts.append(html_to_text(text) if _looks_like_html(text) else text)
        return
    _walk_leaf(part, ctype, walk)


def _note_defects(part: Message, walk: _Walk) -> None:
    for defect in getattr(part, "defects", []) or []:
        name = type(defect).__name__
        if name not in walk.defects:
            walk.defects.append(name)


def _part_text_or_children(part: Message, walk: _Walk) -> str:
    payload = part.get_payload()
    if isinstance(payload, list):
        chunks = []
        for sub in payload:
            if isinstance(sub, Message):
                chunks.append("\n".join(f"{k}: {v}" for k, v in sub.items()))
        return "\n\n".join(chunks)
    return _part_text(part, walk)


def _walk_multipart(part: Message, ctype: str, walk: _Walk, depth: int) -> None:
    payload = part.get_payload()
    children = [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []
    if not children:
        walk.defects.append(f"{ctype} without parts")
        text = _part_text(part, walk) if isinstance(payload, str) else ""
        if text.strip():
            walk.texts.append(_strip_mime_noise(text))
        return
    if ctype == "multipart/alternative":
        children = _pick_alternative(children, walk)
    for child in children:
        _walk(child, walk, depth + 1)


def _pick_alternative(children: list[Message], walk: _Walk) -> list[Message]:
    """Keep the plain-text version when there is one (plus any non-text part)."""
    types = [_content_type(c, walk) for c in children]
    if "text/plain" in types:
        plain = next(c for c, t in zip(children, types, strict=True) if t == "text/plain")
        if _part_text(plain, _Walk()).strip():
            pairs = zip(children, types, strict=True)
            return [c for c, t in pairs if c is plain or not t.startswith("text/")]
    if "text/html" in types:
        html_part = next(c for c, t in zip(children, types, strict=True) if t == "text/html")
        pairs = zip(children, types, strict=True)
        return [c for c, t in pairs if c is html_part or not t.startswith("text/")]
    return children


def _walk_forwarded(part: Message, walk: _Walk, depth: int) -> None:
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    if not isinstance(inner, Message):
        data = _payload_bytes(part, walk)
        if not data:
            return
        inner = email.message_from_bytes(data, policy=email.policy.default)
    defects: list[str] = []
    subject = _header(inner, "subject", defects) or ""
    sender = _header(inner, "from", defects) or ""
    walk.texts.append(f"---------- Forwarded message ----------\nFrom: {sender}\nSubject: {subject}\n")
    _walk(inner, walk, depth + 1)


def _walk_leaf(part: Message, ctype: str, walk: _Walk) -> None:
    filename = _filename(part, walk)
    disposition = _disposition(part)
    is_tnef = ctype == "application/ms-tnef" or (filename or "").lower() == "winmail.dat"
    if is_tnef:
        _walk_tnef(part, filename, ctype, walk)
        return
    is_body_text = ctype in {"text/plain", "text/html", "text/enriched", "text/rfc822-headers"} or (
        ctype.startswith("text/") and not filename
    )
    if is_body_text and disposition != "attachment" and not (filename and ctype != "text/plain"):
        text = _part_text(part, walk)
        if ctype == "text/html" or (ctype == "text/plain" and _looks_like_html(text)):
            text = html_to_text(text)
        walk.texts.append(text)
        return
    data = _payload_bytes(part, walk)
    if not data and not filename:
        return
    walk.attachments.append(
        Attachment(filename=filename, declared_type=ctype, content=data, sniffed_type=sniff(data, filename))
    )


def _walk_tnef(part: Message, filename: str | None, ctype: str, walk: _Walk) -> None:
    data = _payload_bytes(part, walk)
    try:
        from tnefparse import TNEF

        tnef = TNEF(data, do_checksum=False)
    except Exception:
        walk.defects.append("unreadable TNEF (winmail.dat) kept as an attachment")
        walk.attachments.append(Attachment(filename, ctype, data, sniff(data, filename)))
        return
    body = tnef.body or tnef.htmlbody
    if isinstance(body, bytes):
        body = decode_bytes(body, None)
    if body:
        walk.texts.append(html_to_text(body) if _looks_like_html(body) else body)
    for item in tnef.attachments:
        try:
            name = item.long_filename() or item.name or None
        except Exception:
            name = None
        content = item.data if isinstance(item.data, bytes) else b""
        walk.attachments.append(Attachment(name, "application/octet-stream", content, sniff(content, name)))


# --------------------------------------------------------------------------- sniffing


_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "pdf"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"GIF8", "gif"),
    (b"PK\x03\x04", "zip"),
    (b"\xd0\xcf\x11\xe0", "ole"),
    (b"BZh", "bzip2"),
    (b"\x1f\x8b", "gzip"),
    (b"x\x9f>\"", "tnef"),
)


def sniff(data: bytes, filename: str | None = None) -> str:
    """The file's type from its first bytes, not from its declared type or name."""
    try:
        from parsers.sniff import sniff as shared_sniff

        return shared_sniff(data)
    except Exception:  # the shared sniffer missing or failing: a local fallback
        return _local_sniff(data)


def _local_sniff(data: bytes) -> str:
    head = data[:1024].lstrip(b"\r\n\t ") if data[:4] != b"%PDF" else data
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[:2] == b"BM":
        return "bmp"
    if data and _is_text(data[:2048]):
        return "text"
    return "unknown"


def _is_text(data: bytes) -> bool:
    if b"\x00" in data:
        return False
    printable = sum(1 for b in data if b >= 32 or b in (9, 10, 13))
    return printable / max(len(data), 1) > 0.95


# --------------------------------------------------------------------------- html fallback


def _strip_tags(markup: str) -> str:
    """The stdlib fallback when html2text fails: the same collector as HTML attachments."""
    from parsers.textdoc import html_to_text as collect_text

    return re.sub(r"\n\s*\n+", "\n\n", collect_text(markup)).strip()


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return bool(re.search(r"<(html|body|div|p|table|br)\b", head)) and "</" in head


def _strip_mime_noise(text: str) -> str:
    """A multipart whose boundary never matched: drop boundary and part-header lines."""
    kept = [
        line
        for line in text.splitlines()
        if not re.match(r"^(--\S{6,}|content-(type|transfer-encoding|disposition|id):)", line, re.I)
    ]
    return "\n".join(kept)


# --------------------------------------------------------------------------- reply/signature split


_QUOTE_HEADER = re.compile(
    r"^\s*(?:"
    r"(?:le|on)\b.{0,200}\b(?:a\s+[ée]crit|wrote|schrieb)\s*:?"
    r"|-{2,}\s*(?:original message|message d'origine|message original|forwarded message"
    r"|message transf[ée]r[ée]|mail transf[ée]r[ée])\s*-*"
    r"|_{8,}"
    r"|begin forwarded message:?"
    r"|d[ée]but du message (?:r[ée]exp[ée]di[ée]|transf[ée]r[ée])\s*:?"
    r")\s*$",
    re.IGNORECASE,
)
_FROM_LINE = re.compile(r"^\s*\**(?:de|from|exp[ée]diteur)\s*\**\s*:\s*\S", re.IGNORECASE)
_HEADER_FOLLOW = re.compile(
    r"^\s*\**(?:envoy[ée]|sent|date|[àa]|to|objet|subject|cc)\s*(?:le)?\s*\**\s*:", re.IGNORECASE
)
_CLOSING = re.compile(
    r"^\s*(?:bien\s+)?(?:cordialement|cdlt|salutations|sinc[èe]res salutations|bien [àa] vous"
    r"|tr[èe]s cordialement|bonne (?:journ[ée]e|soir[ée]e)|merci(?: d'avance| par avance)?"
    r"|best regards|kind regards|regards|respectueusement|confraternellement"
    r"|veuillez agr[ée]er.{0,200}|je vous prie d'agr[ée]er.{0,200})\s*[,.!]*\s*$",
    re.IGNORECASE,
)
_DR_LINE = re.compile(r"^\s*(?:dr\.?|docteur|pr\.?)\s+[A-ZÀ-Ý]", re.IGNORECASE)
_SIG_MAX_LINES = 12


def split_reply(text: str) -> tuple[str, str]:
    """Split a body into (new text, signature), dropping quoted replies."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    cut = _quote_start(lines)
    own = [line for line in lines[:cut] if not line.lstrip().startswith(">")]
    while own and not own[-1].strip():
        own.pop()
    sig_at = _signature_start(own)
    if sig_at is None:
        return "\n".join(own).strip(), ""
    return "\n".join(own[:sig_at]).strip(), "\n".join(own[sig_at:]).strip()


def _quote_start(lines: list[str]) -> int:
    for i, line in enumerate(lines):
        if _QUOTE_HEADER.match(line):
            return i
        if i + 1 < len(lines) and re.match(r"^\s*(?:le|on)\b", line, re.I):
            joined = f"{line} {lines[i + 1]}"
            if re.search(r"\b(?:a\s+[ée]crit|wrote)\s*:\s*$", joined, re.I) and len(joined) < 250:
                return i
        if _FROM_LINE.match(line) and any(_HEADER_FOLLOW.match(n) for n in lines[i + 1 : i + 5]):
            return i
    return len(lines)


def _signature_start(lines: list[str]) -> int | None:
    for i, line in enumerate(lines):
        if line.rstrip() in {"--", "-- "} or line == "-- ":
            return i
    floor = max(0, len(lines) - _SIG_MAX_LINES)
    for i in range(floor, len(lines)):
        if _CLOSING.match(lines[i]) and i > 0:
            return i
    for i in range(max(floor, len(lines) - 6), len(lines)):
        if _DR_LINE.match(lines[i]) and len(lines[i]) < 80 and i > 0:
            return i
    return None


# --------------------------------------------------------------------------- assembly


def _parse(raw: bytes) -> ParsedMessage:
    defects: list[str] = []
    if not isinstance(raw, bytes | bytearray):
        raw = str(raw).encode("utf-8", errors="replace")
    msg = email.message_from_bytes(bytes(raw), policy=email.policy.default)
    headers = _all_headers(msg, defects)
    walk = _Walk()
    _walk(msg, walk, 0)
    body = _join_texts(walk.texts)
    new_text, signature = split_reply(body)
    from_pairs = _addresses(headers.get("from"))
    sender_name, sender = from_pairs[0] if from_pairs else ("", "")
    top_type = _content_type(msg, walk)
    return ParsedMessage(
        message_id=_first_id(headers.get("message-id")),
        subject=headers.get("subject", ""),
        sender=sender,
        sender_name=sender_name,
        return_path=_return_path(headers.get("return-path")),
        to=[addr for _, addr in _addresses(headers.get("to"))],
        date=headers.get("date"),
        in_reply_to=_first_id(headers.get("in-reply-to")),
        references=_msg_ids(headers.get("references")),
        headers=headers,
        content_type=top_type,
        body_text=body,
        new_text=new_text,
        signature=signature,
        attachments=walk.attachments,
        defects=_unique(defects + walk.defects),
        is_report=walk.is_report or bool(walk.report_kinds),
    )


def _first_id(value: str | None) -> str | None:
    ids = _msg_ids(value)
    return ids[0] if ids else None


def _join_texts(texts: list[str]) -> str:
    cleaned = [t.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").strip("\n ") for t in texts]
    return "\n\n".join(t for t in cleaned if t.strip())[:MAX_TEXT_CHARS].rstrip()


def _unique(items: list[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen
