"""The bounds a reader keeps to whatever the bytes claim: size, pages, pixels, archives, OCR time."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 25 * 1024 * 1024
    max_pages: int = 50
    max_pixels: int = 60_000_000  # per image / rendered page, checked from the header before decoding
    max_archive_members: int = 20
    max_archive_bytes: int = 50 * 1024 * 1024  # total uncompressed
    max_archive_ratio: int = 100  # uncompressed / compressed, per member
    max_archive_depth: int = 1  # archive levels opened: 1 = a zip, but not a zip inside a zip
    ocr_timeout: float = 60.0  # seconds per page
    ocr_lang: str = "fra"
    ocr_psm: int = 3  # see parsers/ocr.py for the measurements behind it
    ocr_dpi: int = 300  # rendering resolution of scanned PDF pages
    ocr_recheck_crops: int = 3  # identifiers failing their check re-read per page (parsers/recheck.py); 0: off
    ocr_reread_crops: int = 3  # doubted invoice numbers and totals re-read per page (parsers/reread.py); 0: off
    max_text_chars: int = 2_000_000  # plain-text / HTML attachments

    @classmethod
    def from_settings(cls, settings: Any) -> Limits:
        """Build from `intake.settings.Settings` (or anything with the same attribute names)."""
        return cls(
            max_bytes=int(settings.max_attachment_bytes),
            max_pages=int(settings.max_pages),
            max_pixels=int(settings.max_image_pixels),
            max_archive_members=int(settings.max_archive_members),
            max_archive_bytes=int(settings.max_archive_bytes),
            max_archive_ratio=int(settings.max_archive_ratio),
            ocr_timeout=float(settings.ocr_timeout),
            ocr_lang=str(settings.ocr_lang),
        )
