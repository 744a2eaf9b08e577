"""Set 22 (tuned on): a batch of invoices sent with a "bordereau d'envoi" listing them (number, date,
patient, total, the insurer's share) and totalling the batch. The sheet is no invoice: it makes no
document, gives no field (its first row is not the first invoice's, its batch total no amount), and
its list tells the invoices apart when a page's own number was read poorly. On OCR, the number sign
glued to the number ("NP25-00490" for "N° P25-00490"), misread ("X° P25-00490") or a glyph glued after
the number ("P25-00491]") are read for what they are, and held for a clerk when the number was not
read as printed. Wordings and values are made up."""

from __future__ import annotations

from dataclasses import replace

from intake.domain.model import Page
from parsers.fields import extract_documents, values
from parsers.fields.base import scan
from parsers.fields.extract import analyse_page, build_document
from parsers.fields.ids import find_id
from parsers.fields.layout import build_lines
from parsers.fields.references import title_candidates
from parsers.fields.split import LISTED_REASON, flag_listed, listed_numbers, quiet_sending_sheets
from tests.test_fields import page_of, value

ROWS = (
    ("P25-01200", "03/06/2025", "LEROUX Inès", "46,00 €", "13,80 €"),
    ("P25-01201", "05/06/2025", "PETIT Jules", "30,00 €", "9,00 €"),
)


def _sheet(*, source: str = "ocr", title: str = "BORDEREAU D'ENVOI — FACTURES EN TIERS PAYANT") -> Page:
    return page_of(
        [
            (20.0, [(40.0, "Dr Hugo MARCHAND — Pédiatre")]),
            (32.0, [(40.0, "12 rue des Tilleuls, 44000 NANTES — Tél. 02 40 11 22 33")]),
            (44.0, [(40.0, "RPPS 10003879623")]),
            (70.0, [(40.0, title)]),
            (82.0, [(40.0, "Envoi du 10/06/2025 — 3 pages, bordereau compris")]),
            (110.0, [(40.0, "#"), (60.0, "Facture"), (140.0, "Date"), (220.0, "Enfant"), (380.0, "Total"),
                     (460.0, "Part AMC")]),
            *[
                (122.0 + 12 * i, [(40.0, str(i + 1)), (60.0, number), (140.0, date), (220.0, name),
                                  (380.0, total), (460.0, share)])
                for i, (number, date, name, total, share) in enumerate(ROWS)
            ],
            (160.0, [(300.0, "Total part AMC demandée : 22,80 €")]),
            (190.0, [(40.0, "Madame, Monsieur,")]),
            (202.0, [(40.0, "Veuillez trouver ci-joint deux factures pour règlement de la part complémentaire.")]),
        ],
        number=1, source=source, conf=0.95,
    )


def _invoice(number: int, reference: str, name: str, nir: str, day: str, total: str, amo: str, amc: str,
             *, source: str = "ocr") -> Page:
    return page_of(
        [
            (20.0, [(40.0, "Docteur Hugo MARCHAND"), (480.0, "FACTURE")]),
            (32.0, [(40.0, "Pédiatre — 12 rue des Tilleuls, 44000 NANTES"), (470.0, reference)]),
            (44.0, [(480.0, f"du {day}")]),
            (56.0, [(40.0, "N° RPPS : 10003879623")]),
            (80.0, [(40.0, "Enfant"), (140.0, name)]),
            (92.0, [(40.0, "N° SS de l'assuré"), (140.0, nir)]),
            (120.0, [(40.0, "Date des soins"), (120.0, "Acte"), (400.0, "Montant")]),
            (132.0, [(40.0, day), (120.0, "CS Consultation"), (400.0, total)]),
            (150.0, [(300.0, "Total"), (400.0, total)]),
            (162.0, [(300.0, "Part AMO"), (400.0, amo)]),
            (174.0, [(300.0, "Part AMC"), (400.0, amc)]),
            (186.0, [(300.0, "Reste à charge"), (400.0, "0,00 €")]),
            (220.0, [(40.0, f"Page {number}/3")]),
        ],
        number=number, source=source, conf=0.95,
    )


LEROUX = ("LEROUX Inès", "2 95 02 06 283 146 59", "03.06.25", "46,00 €", "32,20 €", "13,80 €")
PETIT = ("PETIT Jules", "1 82 09 57 538 951 47", "05.06.25", "30,00 €", "21,00 €", "9,00 €")


def _batch(first: str, second: str, **kwargs: str) -> list[Page]:
    return [_sheet(**kwargs), _invoice(2, first, *LEROUX, **kwargs), _invoice(3, second, *PETIT, **kwargs)]


def test_a_sending_sheet_listing_the_invoices_makes_no_document_and_gives_no_field() -> None:
    # the first invoice's number read with the sign glued: it no longer repeats the sheet's first row
    documents = extract_documents(_batch("NP25-01200", "N° P25-01201"))
    assert [value(d, "nir") for d in documents] == ["295020628314659", "182095753895147"]
    first = documents[0]
    assert value(first, "amc_amount") == "13.80"  # not the batch's 22,80
    assert value(first, "patient_name") == "LEROUX Inès"


def test_on_a_text_layer_the_sheet_gives_the_first_invoice_nothing_either() -> None:
    documents = extract_documents(_batch("N° P25-01200", "N° P25-01201", source="text"))
    assert [value(d, "invoice_number") for d in documents] == ["P25-01200", "P25-01201"]
    assert [value(d, "amc_amount") for d in documents] == ["13.80", "9.00"]


def test_a_number_with_the_sign_glued_is_held_and_read_as_the_sheet_lists_it() -> None:
    documents = extract_documents(_batch("NP25-01200", "N° P25-01201"))
    assert len(documents) == 2
    first = documents[0]
    assert value(first, "invoice_number") == "P25-01200"
    assert first.fields["invoice_number"].confidence < 0.85
    assert first.needs_review


def test_a_number_with_the_sign_glued_and_no_list_is_held_as_read() -> None:
    pages = _batch("NP25-01200", "N° P25-01201")[1:]
    first = extract_documents(pages)[0]
    assert value(first, "invoice_number") == "NP25-01200"
    assert first.needs_review


def test_a_poorly_read_number_the_sheet_lists_starts_its_invoice() -> None:
    pages = _batch("N° P25-01200", "N° P25-01201")
    second, third = pages[1], pages[2]  # the first patient's name and the second's number and RPPS read poorly
    named = [replace(w, conf=0.5) if w.text in ("LEROUX", "Inès") else w for w in second.words]
    pages[1] = replace(second, words=named)
    weak = [replace(w, conf=0.3) if w.text in ("P25-01201", "N°", "RPPS", "10003879623") else w for w in third.words]
    pages[2] = replace(third, words=weak)
    documents = extract_documents(pages)
    assert [value(d, "nir") for d in documents] == ["295020628314659", "182095753895147"]


def test_a_sending_sheet_alone_stays_for_a_clerk() -> None:
    documents = extract_documents([_sheet()])
    assert len(documents) == 1
    assert documents[0].needs_review


def test_which_titles_make_a_sending_sheet() -> None:
    def sheet_candidates(title: str) -> int:
        pages = [_sheet(title=title), _invoice(2, "N° P25-01200", *LEROUX), _invoice(3, "N° P25-01201", *PETIT)]
        return len(quiet_sending_sheets([analyse_page(p) for p in pages])[0].candidates)

    assert sheet_candidates("BORDEREAU D'ENVOI — FACTURES EN TIERS PAYANT") == 0
    assert sheet_candidates("Bordereau de transmission des factures") == 0
    assert sheet_candidates("TÉLÉCOPIE") == 0  # a fax cover sheet listing the invoices it sends
    assert sheet_candidates("BORDEREAU DE FACTURATION — TIERS PAYANT") > 0
    assert sheet_candidates("Télécopie : 02 40 11 22 34") > 0  # a letterhead's fax number
    assert sheet_candidates("Joindre le bordereau d'envoi à la facture") > 0  # no title: a line of text


def test_a_misread_number_sign_and_a_glyph_glued_after_the_number() -> None:
    glued = values.parse_invoice_number("P25-01201]")
    assert glued is not None
    assert (glued.value, glued.repaired) == ("P25-01201", True)
    assert values.parse_invoice_number("[P25-01201]") is None
    assert values.parse_invoice_number("X° P25-01200") == values.Match("P25-01200", 3, 12, "P25-01200")
    page = page_of([(20.0, [(480.0, "FACTURE")]), (32.0, [(470.0, "X° P25-01200")])], source="ocr", conf=0.95)
    found = title_candidates(scan(build_lines([page])))
    assert [c.value for c in found if c.name == "invoice_number"] == ["P25-01200"]


def test_two_invoices_the_sheet_lists_taken_for_one_go_to_a_clerk() -> None:
    pages = _batch("N° P25-01200", "N° P25-01201")
    documents = extract_documents(pages)
    assert not any(LISTED_REASON in d.review_reasons for d in documents)
    results = [analyse_page(p) for p in pages]
    merged = flag_listed(build_document(results, 0.85), results, listed_numbers(results))
    assert merged.needs_review
    assert LISTED_REASON in merged.review_reasons


def test_a_thin_one_read_as_a_lone_bar_in_a_nir_is_mended_when_the_key_checks() -> None:
    found = find_id("nir", "2 95 02 06 283 | 46 59")
    assert found is not None
    assert (found.value, found.repaired) == ("295020628314659", True)
    assert find_id("nir", "2 95 02 06 283 | 46 58") is None  # the key says no


def test_a_fax_cover_and_its_invoice_printing_the_same_phone_numbers_are_one_document() -> None:
    cover = page_of(
        [
            (20.0, [(40.0, "TÉLÉCOPIE")]),
            (40.0, [(40.0, "Fax expéditeur 02.40.11.22.33 — Tél. 02.40.11.22.34")]),
            (52.0, [(40.0, "Nombre de pages 2 (page de garde comprise)")]),
        ],
        number=1, source="ocr", conf=0.95,
    )
    invoice = _invoice(2, "N° P25-01200", *LEROUX)
    footer = page_of([(240.0, [(40.0, "Fax 02.40.11.22.33 — Tél. 02.40.11.22.34")])], number=2, conf=0.95)
    invoice = replace(invoice, words=[*invoice.words, *(replace(w, line=99) for w in footer.words)])
    documents = extract_documents([cover, invoice])
    assert len(documents) == 1
    assert LISTED_REASON not in documents[0].review_reasons
    assert value(documents[0], "invoice_number") == "P25-01200"


def test_a_day_whose_first_digit_was_read_apart_is_held() -> None:
    def care_date(row: list[tuple[float, str]]) -> tuple[str | None, bool]:
        page = page_of(
            [
                (20.0, [(40.0, "Docteur Hugo MARCHAND"), (480.0, "FACTURE")]),
                (32.0, [(470.0, "N° P25-01201")]),
                (44.0, [(480.0, "du 12.06.25")]),
                (56.0, [(40.0, "N° RPPS : 10003879623")]),
                (80.0, [(40.0, "Enfant"), (140.0, PETIT[0])]),
                (92.0, [(40.0, "N° SS de l'assuré"), (140.0, PETIT[1])]),
                (120.0, [(40.0, "Date des soins"), (120.0, "Acte"), (400.0, "Montant")]),
                (132.0, row),
                (150.0, [(300.0, "Total"), (400.0, "30,00 €")]),
            ],
            source="ocr", conf=0.95,
        )
        page = replace(page, words=[replace(w, conf=0.3) if w.text == "[1" else w for w in page.words])
        document = extract_documents([page])[0]
        return value(document, "care_date"), document.fields["care_date"].confidence < 0.85

    # held; the digit joined again, as the issue date "du 12.06.25" agrees (`doubts._join_split_day`)
    assert care_date([(28.0, "[1"), (40.0, "2.06.25"), (120.0, "CS Consultation"), (400.0, "30,00 €")]) == (
        "2025-06-12", True
    )
    assert care_date([(40.0, "12.06.25"), (120.0, "CS Consultation"), (400.0, "30,00 €")]) == ("2025-06-12", False)
