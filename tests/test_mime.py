"""MIME parsing: each robustness feature on a small handmade message, then the shared corpora."""

from __future__ import annotations

import base64
import os
import struct
from pathlib import Path

import pytest

from classifiers.triage import decide
from intake.domain.model import ACTIONS, AUTO_REPLY_REASONS
from parsers.mime import parse_message, split_reply

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n" + b"0" * 3000


def raw(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("utf-8")


def test_simple_headers_and_return_path() -> None:
    msg = parse_message(raw(
        "Return-Path: <Cabinet@Example.fr>\nFrom: \"Dr Cabinet\" <Cabinet@Example.fr>\nTo: a@b.fr, c@d.fr\n"
        "Subject: Facture\nMessage-ID: <1@x>\nIn-Reply-To: <0@x>\nReferences: <a@x> <0@x>\n\nBonjour\n"
    ))
    assert msg.sender == "cabinet@example.fr"
    assert msg.sender_name == "Dr Cabinet"
    assert msg.return_path == "cabinet@example.fr"
    assert msg.to == ["a@b.fr", "c@d.fr"]
    assert msg.message_id == "<1@x>"
    assert msg.in_reply_to == "<0@x>"
    assert msg.references == ["<a@x>", "<0@x>"]
    assert msg.headers["subject"] == "Facture"
    assert msg.body_text == "Bonjour"


def test_null_and_missing_return_path() -> None:
    assert parse_message(raw("Return-Path: <>\nFrom: a@b.fr\n\nx\n")).return_path == ""
    assert parse_message(raw("From: a@b.fr\n\nx\n")).return_path is None


def test_rfc2047_subject_and_sender_name() -> None:
    msg = parse_message(raw(
        "From: =?iso-8859-1?q?Fran=E7ois_L=E9ger?= <f@x.fr>\n"
        "Subject: =?utf-8?b?UmVsYW5jZSBmYWN0dXJlIGltcGF5w6llIMOgIHLDqWdsZXI=?=\n\nx\n"
    ))
    assert msg.sender_name == "François Léger"
    assert msg.subject == "Relance facture impayée à régler"


def test_undeclared_8bit_headers_utf8_and_latin1() -> None:
    utf8 = parse_message("From: a@b.fr\r\nSubject: Réponse à votre dossier\r\n\r\nx\r\n".encode())
    assert utf8.subject == "Réponse à votre dossier"
    header = "From: a@b.fr\r\nSubject: Prise en charge dentaire é\r\n\r\nx\r\n"
    latin = parse_message(header.encode("latin-1"))
    assert latin.subject == "Prise en charge dentaire é"


def test_unknown_encoded_word_charset_does_not_raise() -> None:
    msg = parse_message(raw("From: a@b.fr\nSubject: =?x-bogus?q?caf=E9?=\n\nx\n"))
    assert "caf" in msg.subject


@pytest.mark.parametrize(
    ("charset", "encoded"),
    [
        ("iso-8859-1", "Créé à Noël".encode("iso-8859-1")),
        ("iso-8859-15", "Coût 10 €".encode("iso-8859-15")),
        ("windows-1252", "Cœur – «ok»".encode("cp1252")),
        ("utf-8", "déjà vu".encode()),
    ],
)
def test_body_charsets(charset: str, encoded: bytes) -> None:
    head = f"From: a@b.fr\r\nContent-Type: text/plain; charset={charset}\r\n"
    head += "Content-Transfer-Encoding: 8bit\r\n\r\n"
    msg = parse_message(head.encode() + encoded)
    assert msg.body_text == encoded.decode(charset)


def test_unknown_charset_falls_back() -> None:
    head = b"From: a@b.fr\r\nContent-Type: text/plain; charset=x-klingon\r\n\r\n"
    msg = parse_message(head + "Réglé".encode() + b" \xff")
    assert msg.body_text.startswith("Réglé")
    assert any("charset" in d for d in msg.defects)


def test_broken_base64_and_quoted_printable() -> None:
    msg = parse_message(raw(
        "From: a@b.fr\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        "Qm9uam91ciDDqXTDqQ=\n!!!\n"
    ))
    assert msg.body_text.startswith("Bonjour")
    qp = parse_message(raw(
        "From: a@b.fr\nContent-Type: text/plain; charset=iso-8859-1\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        "Pi=E8ce jointe=\n ci-dessous =ZZ\n"
    ))
    assert qp.body_text.startswith("Pièce jointe ci-dessous")


def test_html_only_body_is_converted_and_script_dropped() -> None:
    msg = parse_message(raw(
        "From: a@b.fr\nContent-Type: text/html; charset=utf-8\n\n"
        "<html><head><style>p{color:red}</style><script>alert('x')</script></head>"
        "<body><p>Bonjour,</p><p>Ci-joint la <b>facture</b>.</p><img src='http://evil/x.png'></body></html>\n"
    ))
    assert "Ci-joint la facture." in msg.body_text
    assert "alert" not in msg.body_text and "color" not in msg.body_text and "evil" not in msg.body_text


def test_alternative_prefers_plain_text() -> None:
    msg = parse_message(raw(
        "From: a@b.fr\nContent-Type: multipart/alternative; boundary=AA\n\n--AA\n"
        "Content-Type: text/plain; charset=utf-8\n\nTexte brut\n--AA\nContent-Type: text/html\n\n"
        "<p>Texte HTML</p>\n--AA--\n"
    ))
    assert msg.body_text == "Texte brut"


def test_nested_multipart_with_attachments_rfc2231_and_no_name() -> None:
    pdf64 = base64.b64encode(PDF).decode()
    msg = parse_message(raw(
        "From: a@b.fr\nContent-Type: multipart/mixed; boundary=OUT\n\n--OUT\n"
        "Content-Type: multipart/alternative; boundary=IN\n\n--IN\nContent-Type: text/plain\n\nCi-joint\n"
        "--IN\nContent-Type: text/html\n\n<p>Ci-joint</p>\n--IN--\n--OUT\n"
        "Content-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n"
        "Content-Disposition: attachment; filename*=utf-8''facture%20n%C2%B012%20%C3%A9t%C3%A9.pdf\n\n"
        f"{pdf64}\n--OUT\nContent-Type: image/jpeg\nContent-Transfer-Encoding: base64\n\n{pdf64}\n--OUT--\n"
    ))
    assert msg.body_text == "Ci-joint"
    assert [a.filename for a in msg.attachments] == ["facture n°12 été.pdf", None]
    assert [a.sniffed_type for a in msg.attachments] == ["pdf", "pdf"]  # the declared type is wrong
    assert msg.attachments[1].declared_type == "image/jpeg"


def test_rfc2047_attachment_name() -> None:
    msg = parse_message(raw(
        "From: a@b.fr\nContent-Type: multipart/mixed; boundary=B\n\n--B\nContent-Type: application/pdf;"
        " name=\"=?utf-8?q?devis_=C3=A9t=C3=A9.pdf?=\"\n\n%PDF-1.4 x\n--B--\n"
    ))
    assert msg.attachments[0].filename == "devis été.pdf"


def test_missing_final_boundary() -> None:
    msg = parse_message(raw(
        "From: a@b.fr\nContent-Type: multipart/mixed; boundary=ZZ\n\n--ZZ\nContent-Type: text/plain\n\n"
        "Bonjour sans fin\n"
    ))
    assert "Bonjour sans fin" in msg.body_text


def test_missing_boundary_keeps_text() -> None:
    msg = parse_message(raw(
        "From: a@b.fr\nContent-Type: multipart/mixed\n\n--QQQQQQQ\nContent-Type: text/plain\n\nLe texte\n"
    ))
    assert "Le texte" in msg.body_text
    assert msg.defects


def test_forwarded_message_counts() -> None:
    msg = parse_message(raw(
        "From: secretariat@b.fr\nSubject: Fwd: facture\nContent-Type: multipart/mixed; boundary=F\n\n"
        "--F\nContent-Type: text/plain\n\nVoir ci-dessous\n--F\nContent-Type: message/rfc822\n\n"
        "From: dr@b.fr\nSubject: facture juin\nContent-Type: multipart/mixed; boundary=G\n\n--G\n"
        "Content-Type: text/plain\n\nFacture du mois\n--G\nContent-Type: application/pdf; name=f.pdf\n\n"
        "%PDF-1.4 z\n--G--\n--F--\n"
    ))
    assert "Facture du mois" in msg.body_text
    assert [a.filename for a in msg.attachments] == ["f.pdf"]


def _tnef_blob() -> bytes:
    """A minimal TNEF stream with one attachment (name + data), enough for tnefparse."""

    def obj(level: int, name: int, kind: int, data: bytes) -> bytes:
        checksum = sum(data) & 0xFFFF
        return struct.pack("<BHHI", level, name, kind, len(data)) + data + struct.pack("<H", checksum)

    out = struct.pack("<IH", 0x223E9F78, 1)
    out += obj(1, 0x9006, 0x0009, struct.pack("<I", 0x10000))
    out += obj(2, 0x9002, 0x0006, b"\x01\x00" + b"\x00" * 12)
    out += obj(2, 0x8010, 0x0001, b"facture.pdf\x00")
    out += obj(2, 0x800F, 0x0006, b"%PDF-1.4 tnef")
    return out


def test_tnef_winmail_dat_is_unpacked() -> None:
    blob = base64.b64encode(_tnef_blob()).decode()
    msg = parse_message(raw(
        "From: a@b.fr\nContent-Type: multipart/mixed; boundary=T\n\n"
        "--T\nContent-Type: text/plain\n\nVoir PJ\n"
        "--T\nContent-Type: application/ms-tnef; name=winmail.dat\nContent-Transfer-Encoding: base64\n\n"
        f"{blob}\n--T--\n"
    ))
    assert [(a.filename, a.sniffed_type) for a in msg.attachments] == [("facture.pdf", "pdf")]
    assert msg.body_text == "Voir PJ"


def test_garbage_never_raises() -> None:
    empty_boundary = b"Content-Type: multipart/mixed; boundary=\"\"\r\n\r\n--\r\n"
    for junk in (b"", b"\x00\xff" * 100, empty_boundary, b":::\r\n"):
        msg = parse_message(junk)
        assert isinstance(msg.body_text, str)


def test_deep_nesting_is_bounded() -> None:
    text = "From: a@b.fr\n"
    for i in range(40):
        text += f"Content-Type: multipart/mixed; boundary=b{i}\n\n--b{i}\n"
    text += "Content-Type: text/plain\n\nfond\n"
    msg = parse_message(raw(text))
    assert "MIME nesting too deep" in msg.defects


# ------------------------------------------------------------------ quotes and signature


def test_split_french_quote_header() -> None:
    new, sig = split_reply(
        "Merci de vérifier le paiement.\n\nLe 12 mars 2026 à 10:02, Service <tp@x.fr> a écrit :\n> Bonjour\n"
    )
    assert new == "Merci de vérifier le paiement."
    assert sig == ""


def test_split_wrapped_quote_header() -> None:
    new, _ = split_reply("Voici.\nLe lun. 12 mars 2026 à 10:02, Service tiers payant <tp@x.fr>\na écrit :\n>")
    assert new == "Voici."


def test_split_outlook_headers() -> None:
    body = "Ma réponse\n\nDe : Service <tp@x.fr>\nEnvoyé : lundi 3 mars 2026\nÀ : moi\nObjet : dossier\n\nold"
    assert split_reply(body)[0] == "Ma réponse"
    body2 = "Texte\n-----Original Message-----\nFrom: x\nancien"
    assert split_reply(body2)[0] == "Texte"


def test_split_quoted_lines_dropped() -> None:
    new, _ = split_reply("> ancien\n> texte\nNouveau texte\n")
    assert new == "Nouveau texte"


def test_signature_dash_dash() -> None:
    new, sig = split_reply("Ci-joint la facture.\n-- \nDr Martin\nRPPS 10003456789")
    assert new == "Ci-joint la facture."
    assert "RPPS" in sig


def test_signature_cordialement_block() -> None:
    new, sig = split_reply("Ci-joint la facture.\n\nCordialement,\nCabinet Martin\n01 02 03 04 05")
    assert new == "Ci-joint la facture."
    assert sig.startswith("Cordialement")


def test_signature_doctor_closing() -> None:
    new, sig = split_reply("Veuillez trouver la PEC.\nMerci\nDr Jeanne Martin\nChirurgien-dentiste")
    assert new.startswith("Veuillez trouver la PEC.")
    assert "Dr Jeanne Martin" in sig


def test_parsed_message_new_text_and_signature() -> None:
    msg = parse_message(raw(
        "From: a@b.fr\nSubject: x\n\nJe relance le dossier.\nCordialement\nDr X\n\n"
        "Le 1 mars 2026, Y a écrit :\n> z\n"
    ))
    assert msg.new_text == "Je relance le dossier."
    assert "Dr X" in msg.signature


# ------------------------------------------------------------------ the shared corpora


def _corpora_root() -> Path:
    env = os.environ.get("INTAKE_CORPORA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "shared" / "corpora"


def _corpora_files() -> list[Path]:
    root = _corpora_root() / "mime"
    if not root.is_dir():
        return []
    return sorted(p for p in root.rglob("*") if p.is_file() and p.name.lower() != "readme.md")


@pytest.mark.skipif(not _corpora_files(), reason="shared corpora not present")
def test_corpora_parse_and_decide_without_claims() -> None:
    claims = []
    for path in _corpora_files():
        msg = parse_message(path.read_bytes())
        decision = decide(msg, [], own_addresses=["tiers-payant@intake.example.fr"], loop_marker="x@y")
        assert decision.action in ACTIONS, path
        assert 0.0 <= decision.confidence <= 1.0
        assert decision.reason
        if decision.action == "auto_reply":
            assert decision.reason in AUTO_REPLY_REASONS
        if decision.action == "claim":
            claims.append(path.name)
    assert claims == []
