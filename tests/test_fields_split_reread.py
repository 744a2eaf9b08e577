"""An identifier the reader re-read on a fax in normal resolution and read otherwise the second time (its
word at RECHECK_SPLIT_CONF) stays a clerk's to check, whatever its key says; the same number read surely,
or re-read on a page of normal resolution, is not held. Wordings and values are made up."""

from __future__ import annotations

import dataclasses

from intake.domain.model import Page
from parsers.recheck import RECHECK_SPLIT_CONF
from tests.test_fields import INVOICE, lines_page, one

_STRETCHED = "étiré ×2 en hauteur"


def _read(rpps_conf: float, *, low_resolution: bool = True) -> Page:
    page = lines_page(INVOICE, source="ocr", conf=0.96)
    words = [dataclasses.replace(w, conf=rpps_conf) if w.text == "10003879623" else w for w in page.words]
    notes = [_STRETCHED] if low_resolution else []
    return dataclasses.replace(page, words=words, notes=notes)


def test_a_split_reread_identifier_is_held() -> None:
    document = one([_read(RECHECK_SPLIT_CONF)])
    assert document.fields["rpps"].value == "10003879623"
    assert document.fields["rpps"].confidence < 0.85
    assert document.needs_review
    assert any("relu deux fois" in reason for reason in document.review_reasons)


def test_the_same_number_read_surely_passes() -> None:
    assert one([_read(0.96)]).fields["rpps"].confidence >= 0.85


def test_not_on_a_page_of_normal_resolution() -> None:
    document = one([_read(RECHECK_SPLIT_CONF, low_resolution=False)])
    assert not any("relu deux fois" in reason for reason in document.review_reasons)
