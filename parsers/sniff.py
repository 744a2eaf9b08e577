"""The type of a file from its first bytes, never from its name or declared MIME type.

>>> sniff(b"%PDF-1.7\\n...")
'pdf'
>>> sniff(b"")
'empty'
>>> sniff(b"MZ\\x90\\x00" + bytes(60))
'exe'
"""

from __future__ import annotations

import io
import re
import zipfile

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "pdf"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"II+\x00", "tiff"),  # BigTIFF
    (b"MM\x00+", "tiff"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
    (b"MZ", "exe"),
    (b"\x7fELF", "exe"),
    (b"\xfe\xed\xfa\xce", "exe"),  # Mach-O
    (b"\xfe\xed\xfa\xcf", "exe"),
    (b"\xce\xfa\xed\xfe", "exe"),
    (b"\xcf\xfa\xed\xfe", "exe"),
    (b"\xca\xfe\xba\xbe", "exe"),  # Mach-O fat binary (also Java class files: refused too)
    (b"Rar!\x1a\x07", "rar"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
)
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_HTML = re.compile(rb"<(!doctype\s+html|html|head|body|meta|div|table|p|br)\b", re.IGNORECASE)
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def sniff(data: bytes) -> str:
    """One of: pdf tiff jpeg png gif bmp webp zip office docm ole exe rar 7z gzip bzip2 xz html text
    empty unknown."""
    if not data.strip(b" \t\r\n\x00"):
        return "empty"
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data.startswith(_ZIP_MAGIC):
        return _zip_kind(data)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if (
        data[:2] == b"BM"
        and len(data) > 26
        and int.from_bytes(data[14:18], "little") in {12, 40, 52, 56, 64, 108, 124}
    ):
        return "bmp"
    if b"%PDF-" in data[:1024]:  # some producers put junk before the header; readers accept it
        return "pdf"
    return _text_kind(data)


def _zip_kind(data: bytes) -> str:
    """A zip, or an OOXML office file ("office"), or one with a VBA project ("docm")."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = [name.lower() for name in archive.namelist()]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        names = []
        head = data[:1_000_000].lower()
        if b"vbaproject.bin" in head:
            return "docm"
        return "office" if b"[content_types].xml" in head else "zip"
    if any(name.endswith("vbaproject.bin") or name.endswith("vbadata.xml") for name in names):
        return "docm"
    if "[content_types].xml" in names:
        return "office"
    if "mimetype" in names and any(name == "content.xml" for name in names):
        return "office"  # OpenDocument
    return "zip"


def _text_kind(data: bytes) -> str:
    head = data[:4096]
    for bom in _BOMS:
        if head.startswith(bom):
            head = head[len(bom) :]
            if bom != b"\xef\xbb\xbf":  # UTF-16: decode to judge it
                try:
                    head = (
                        data[len(bom) : 4096]
                        .decode("utf-16-le" if bom == b"\xff\xfe" else "utf-16-be", "ignore")
                        .encode()
                    )
                except UnicodeError:
                    return "unknown"
            break
    if b"\x00" in head:
        return "unknown"
    if _HTML.search(head[:2048]) and b"</" in head:
        return "html"
    printable = sum(1 for byte in head if byte >= 32 or byte in (9, 10, 12, 13))
    return "text" if printable / len(head) > 0.95 else "unknown"
