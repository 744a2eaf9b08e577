"""Auto-replies: when we must not answer (RFC 3834), the headers of a reply, and no echo of health data."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from intake.domain.model import AUTO_REPLY_REASONS, ParsedMessage
from intake.replies import compose_reply, loop_marker, render_body, reply_refusal, safe_subject
from intake.settings import Settings

SETTINGS = Settings(mail_domain="intake.example.fr",
                    smtp_from="tiers-payant@intake.example.fr")
OWN = SETTINGS.own_address_list
LOOP = loop_marker(SETTINGS)
NIR = "1 85 07 75 123 456 78"


def message(
    *,
    sender: str = "marie.durand@gmail.com",
    return_path: str | None = "marie.durand@gmail.com",
    subject: str = "Remboursement",
    body: str = "Bonjour",
    headers: dict[str, str] | None = None,
) -> ParsedMessage:
    return ParsedMessage(
        message_id="<abc@gmail.com>",
        subject=subject,
        sender=sender,
        sender_name="Marie Durand",
        return_path=return_path,
        to=["factures@intake.example.fr"],
        date=None,
        in_reply_to=None,
        references=["<root@gmail.com>"],
        headers={"subject": subject, **(headers or {})},
        content_type="text/plain",
        body_text=body,
        new_text=body,
        signature="",
    )


def refusal(msg: ParsedMessage) -> str | None:
    return reply_refusal(msg, own_addresses=OWN, loop_marker=LOOP)


# ------------------------------------------------------------------ refusal rules


def test_a_person_may_be_answered() -> None:
    assert refusal(message()) is None


def test_missing_return_path() -> None:
    assert refusal(message(return_path=None)) == "missing return path"


def test_null_return_path() -> None:
    assert refusal(message(return_path="")) == "null return path"


@pytest.mark.parametrize("headers", [{"auto-submitted": "auto-replied"}, {"precedence": "bulk"},
                                     {"list-id": "<l.x>"}, {"x-loop": "tp-intake@intake.example.fr"}])
def test_machine_mail(headers: dict[str, str]) -> None:
    reason = refusal(message(headers=headers))
    assert reason is not None and reason.startswith("machine mail")


@pytest.mark.parametrize("address", ["mailer-daemon@x.fr", "postmaster@x.fr", "abuse@x.fr", "noreply@x.fr",
                                     "no-reply@x.fr", "alerts-noreply@x.fr"])
def test_system_senders(address: str) -> None:
    assert refusal(message(sender=address, return_path=address)) is not None


def test_our_own_address() -> None:
    ours = "tiers-payant@intake.example.fr"
    reason = refusal(message(sender=ours, return_path=ours))
    assert reason is not None


def test_our_configured_addresses() -> None:
    settings = Settings(own_addresses="Factures@Intake.example.fr")
    msg = message(sender="factures@intake.example.fr", return_path="factures@intake.example.fr")
    assert reply_refusal(msg, own_addresses=settings.own_address_list, loop_marker=LOOP) is not None


@pytest.mark.parametrize("address", ["pas une adresse", "a@b", "x@-bad-.fr", "a..b@example.fr"])
def test_invalid_address(address: str) -> None:
    assert refusal(message(sender=address, return_path=address)) == "invalid reply address"


# ------------------------------------------------------------------ the composed reply


def test_reply_headers() -> None:
    now = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    reply = compose_reply(message(return_path="bounce+x@gmail.com"), "patient", SETTINGS, now=now)
    assert reply["To"] == "bounce+x@gmail.com"  # the return path wins over From
    assert reply["From"] == "tiers-payant@intake.example.fr"
    assert reply["Auto-Submitted"] == "auto-replied"
    assert reply["In-Reply-To"] == "<abc@gmail.com>"
    assert reply["References"] == "<root@gmail.com> <abc@gmail.com>"
    assert reply["Subject"] == "Auto: Remboursement"
    assert reply["X-Loop"] == LOOP
    assert re.fullmatch(r"<[^@]+@intake\.example\.fr>", reply["Message-ID"])
    assert reply["Date"] == "Mon, 02 Mar 2026 09:30:00 +0000"
    assert reply.get_content_type() == "text/plain"


def test_reply_goes_to_from_without_return_path() -> None:
    reply = compose_reply(message(return_path=None), "support", SETTINGS)
    assert reply["To"] == "marie.durand@gmail.com"


def test_our_own_reply_is_recognised_as_machine_mail() -> None:
    from classifiers.machine import machine_reason
    from parsers.mime import parse_message

    reply = compose_reply(message(), "support", SETTINGS)
    parsed = parse_message(reply.as_bytes())
    assert machine_reason(parsed, own_addresses=OWN, loop_marker=LOOP) is not None


@pytest.mark.parametrize("reason", AUTO_REPLY_REASONS)
def test_templates_render_with_contact_details(reason: str) -> None:
    body = render_body(reason, SETTINGS)
    assert body.startswith("Bonjour")
    expected = {
        "patient": "mutuelle",
        "support": SETTINGS.portal_help_url,
        "security_incident": SETTINGS.incident_phone,
        "bank_details": SETTINGS.portal_url,
    }[reason]
    assert expected in body


def test_support_reply_has_phone_and_hours() -> None:
    body = render_body("support", SETTINGS)
    assert SETTINGS.support_phone in body and SETTINGS.support_hours in body


def test_bank_details_reply_warns_about_fraud() -> None:
    body = render_body("bank_details", SETTINGS)
    assert "fraude" in body.lower() or "escroquerie" in body.lower()


def test_patient_reply_points_to_own_mutuelle() -> None:
    body = render_body("patient", SETTINGS)
    assert "espace adhérent" in body and "service adhérents" in body


def test_unknown_reason_raises() -> None:
    with pytest.raises(ValueError, match="no reply template"):
        compose_reply(message(), "claim", SETTINGS)


@pytest.mark.parametrize("reason", AUTO_REPLY_REASONS)
def test_reply_never_echoes_nir_name_or_amount(reason: str) -> None:
    subject = f"Remboursement patient Jean DUPONT NIR {NIR} - 145,50 €"
    body = f"Je suis Jean Dupont, NIR {NIR.replace(' ', '')}, j'ai payé 145,50 EUR pour mes lunettes."
    reply = compose_reply(message(subject=subject, body=body), reason, SETTINGS)
    text = reply.as_string()
    digits = re.sub(r"\D", "", text)
    assert NIR.replace(" ", "") not in digits
    for needle in ("Dupont", "DUPONT", "Jean", "145,50", "145.50", "185077512345678"):
        assert needle not in text
    assert "Auto: Remboursement patient" in text


@pytest.mark.parametrize(("subject", "expected"), [
    ("Demande de PEC optique Mme Martin Sophie", "Demande de PEC optique Mme"),
    ("[TP-2026-000123] relance 1 234,56 €", "[TP-2026-000123] relance"),
    ("RE: TR: Facture 2025123456789 de M. LEROY", "Facture de M."),
    ("", "votre message"),
    ("x" * 200, "x" * 60 + "…"),
])
def test_safe_subject(subject: str, expected: str) -> None:
    assert safe_subject(subject) == expected
