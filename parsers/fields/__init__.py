"""Label-anchored, layout-aware extraction of invoice fields from pages of words.

Public API:
    extract_documents(pages, *, review_threshold=0.85) -> list[ExtractedDocument]
    extract_text_fields(text, *, source) -> dict[str, Field]
    merge_fields(documents, text_fields) -> dict[str, Field]
"""

from __future__ import annotations

from parsers.fields.extract import extract_documents
from parsers.fields.merge import merge_fields
from parsers.fields.text import extract_text_fields

__all__ = ["extract_documents", "extract_text_fields", "merge_fields"]
