"""Deliberately unreadable inputs (samples/documents/bad/) and, at test time only, decompression bombs."""

from __future__ import annotations

import io
import random
import struct
import subprocess
import tempfile
import zipfile
import zlib
from datetime import datetime
from pathlib import Path

import numpy as np
from PIL import Image

from .documents import FAX_FINE, Output, write_json
from .pen import new_canvas
from .raster import fax_tiff

ZIP_TIME = (2025, 10, 2, 9, 30, 0)


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name, ZIP_TIME), data, zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def encrypted_pdf(pdf: bytes) -> bytes:
    """AES-128 with a user password, deterministic (qpdf's static id and IV)."""
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "in.pdf", Path(tmp) / "out.pdf"
        src.write_bytes(pdf)
        subprocess.run(
            [
                "qpdf",
                "--static-id",
                "--static-aes-iv",
                "--encrypt",
                "secret-user",
                "secret-owner",
                "128",
                "--use-aes=y",
                "--",
                str(src),
                str(dst),
            ],
            check=True,
        )
        return dst.read_bytes()


def noise_png(seed: int) -> bytes:
    rng = np.random.default_rng(seed)
    buf = io.BytesIO()
    Image.fromarray(rng.integers(0, 256, (600, 800), dtype=np.uint8)).save(buf, "PNG")
    return buf.getvalue()


def docm(seed: int) -> bytes:
    vba = b"\xcc\x61" + random.Random(seed).randbytes(2000)  # noqa: S311 - reproducible samples, not secrets
    return _zip(
        {
            "[Content_Types].xml": b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
            b'.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType='
            b'"application/vnd.ms-word.document.macroEnabled.main+xml"/><Override PartName='
            b'"/word/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
            "word/document.xml": b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
            b'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Facture - activez les macros'
            b"</w:t></w:r></w:p></w:body></w:document>",
            "word/vbaProject.bin": vba,
        }
    )


def fake_exe() -> bytes:
    header = bytearray(512)
    header[0:2] = b"MZ"
    header[0x3C:0x40] = struct.pack("<I", 0x80)
    header[0x80:0x84] = b"PE\0\0"
    header[0x4E : 0x4E + 39] = b"This program cannot be run in DOS mode."
    return bytes(header)


def write_bad(out: Output, root: Path, seed: int) -> list[str]:
    folder = root / "documents" / "bad"
    folder.mkdir(parents=True, exist_ok=True)
    invoice = out.pdf["medecin-01"]
    rng = random.Random(seed * 1000 + 5)  # noqa: S311 - reproducible samples, not secrets
    blurry = fax_tiff(
        out.pdf["dentiste-01"],
        rng,
        ydpi=FAX_FINE,
        header_style=0,
        when=datetime(2025, 9, 20, 8, 0),
        number="+33 4 65 63 21 22",
        name="CABINET DENTAIRE",
        description="+33 4 65 63 21 22",
        blur=7.0,
    )
    items: list[tuple[str, bytes, str]] = [
        ("encrypted.pdf", encrypted_pdf(invoice), "PDF encrypted with a user password (AES-128)"),
        (
            "truncated.pdf",
            invoice[: len(invoice) // 3],
            "PDF cut after a third of its bytes: no xref, no trailer",
        ),
        ("empty.pdf", b"", "zero-byte file"),
        ("noise.png", noise_png(seed), "a PNG of pure random noise: no text"),
        ("blurry.fax-fine.tif", blurry, "a fax so blurred that no character survives binarisation"),
        (
            "not-a-pdf.pdf",
            b"Bonjour,\nci-joint la facture.\nCordialement\n",
            "a plain text file renamed .pdf",
        ),
        (
            "factures.zip",
            _zip({"facture.pdf": invoice}),
            "a zip archive holding a PDF (archives are not opened)",
        ),
        ("facture.exe", fake_exe(), "an executable (MZ/PE header)"),
        ("facture.docm", docm(seed), "a macro-enabled Word document (zip with word/vbaProject.bin)"),
    ]
    for name, data, why in items:
        (folder / name).write_bytes(data)
        write_json(folder / f"{name}.json", {"file": name, "expect": "unreadable", "why": why})
    return [name for name, _, _ in items]


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def bomb_png(path: Path, side: int = 30000) -> None:
    """A 1-bit all-white PNG of side x side pixels; ~100 KB on disk, ~900 MB decoded as 8-bit."""
    row = b"\x00" + b"\xff" * ((side + 7) // 8)
    compressor = zlib.compressobj(9)
    chunks = []
    block = row * 256
    for start in range(0, side, 256):
        chunks.append(compressor.compress(block if side - start >= 256 else row * (side - start)))
    chunks.append(compressor.flush())
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", b"".join(chunks))
        + _png_chunk(b"IEND", b"")
    )


def many_pages_pdf(path: Path, pages: int = 500) -> None:
    canvas = new_canvas(str(path), "500 pages")
    for n in range(1, pages + 1):
        canvas.setFont("Helvetica", 12)
        canvas.drawString(72, 770, f"Page {n}")
        canvas.showPage()
    canvas.save()


def make_bombs(directory: Path | str) -> dict[str, Path]:
    """Writes the bombs into `directory` (for tests; never committed). Returns name -> path."""
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    paths = {"bomb.png": folder / "bomb.png", "500-pages.pdf": folder / "500-pages.pdf"}
    bomb_png(paths["bomb.png"])
    many_pages_pdf(paths["500-pages.pdf"])
    return paths
