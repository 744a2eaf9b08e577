"""The review desk through Flask's test client: login, lock, roles, CSRF, item page, edits, decisions."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from typing import Any

import pytest
from sqlalchemy import func, select

from intake.settings import Settings
from intake.storage import repo
from intake.storage.db import unit_of_work
from intake.storage.models import (
    AttachmentRow,
    AuditEntry,
    Claim,
    Correction,
    DocumentRow,
    FieldRow,
    Message,
    Outbox,
    ReviewItem,
    Ticket,
    User,
)
from intake.web import create_app
from intake.web.security import hash_password

PASSWORD = "un mot de passe solide"  # noqa: S105 - a test account
GOOD_NIR = "185057800608491"
BAD_NIR = "185057800608492"  # wrong key: 91 expected
RPPS = "10003879623"

# What the invoice shows, with each field's box in PDF points (x0, y0 top-left, x1, y1), A4 = 595 × 842.
INVOICE_LINES = [
    ("rpps", "N° RPPS : 100 038 796 23", 60, 90, "10003879623"),
    ("patient_name", "Patient : DUPONT Jean", 60, 160, "DUPONT Jean"),
    ("nir", "N° de sécurité sociale : 1 85 05 78 006 084 92", 60, 180, BAD_NIR),
    ("invoice_number", "Facture n° F-2025-0042", 60, 220, "F-2025-0042"),
    ("care_date", "Date des soins : 15/09/2025", 60, 240, "2025-09-15"),
    ("total_amount", "Montant total : 100,00 €", 330, 320, "100.00"),
    ("amo_amount", "Part AMO : 60,00 €", 330, 340, "60.00"),
    ("amc_amount", "Part AMC : 30,00 €", 330, 360, "30.00"),
    ("patient_amount", "Reste à charge : 10,00 €", 330, 380, "10.00"),
]


def invoice_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    height = A4[1]
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(60, height - 50, "Cabinet de kinésithérapie — Dr Élodie MARTIN")
    pdf.setFont("Helvetica", 11)
    pdf.drawString(60, height - 66, "12 rue des Lilas, 69003 Lyon")
    for _, text, x, y, _ in INVOICE_LINES:
        pdf.drawString(x, height - y - 10, text)
    pdf.drawString(60, height - 300, "Actes : AMK 7.5 × 4 séances")
    pdf.line(60, height - 400, 535, height - 400)
    pdf.drawString(60, height - 420, "Facture établie pour paiement en tiers payant.")
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def _box(text: str, x: float, y: float) -> list[float]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return [x, y - 1, x + stringWidth(text, "Helvetica", 11), y + 12]


def seed_item(
    settings: Settings,
    *,
    nir: str = BAD_NIR,
    subject: str = "Facture F-2025-0042 — patient 4471",
    sender: str = "cabinet.martin@example.fr",
    due_days: int = 3,
    category: str = "low_confidence",
    invoice_number: str = "F-2025-0042",
) -> int:
    """A message waiting for review, with a real PDF invoice and its extracted fields. Returns the item id."""
    pdf = invoice_pdf()
    mail = EmailMessage()
    mail["Return-Path"] = f"<{sender}>"
    mail["From"] = f"Cabinet Martin <{sender}>"
    mail["To"] = "factures@intake.example.fr"
    mail["Subject"] = subject
    mail["Message-ID"] = f"<{invoice_number}.{due_days}.{category}@example.fr>"
    mail.set_content(
        "Bonjour,\n\nVeuillez trouver ci-joint la facture de M. Dupont.\n\nCordialement,\nDr Martin"
    )
    mail.add_attachment(pdf, maintype="application", subtype="pdf", filename="facture.pdf")
    raw = mail.as_bytes()
    received = datetime.now(UTC) - timedelta(days=1)
    with unit_of_work(settings.effective_database_url) as session:
        key = repo.put_blob(session, raw)
        message = Message(
            source="email",
            source_key=f"test:{invoice_number}:{due_days}:{category}",
            sha256=key,
            size=len(raw),
            message_id=mail["Message-ID"],
            sender=sender,
            subject=subject,
            received_at=received,
            state="decided",
            outcome="review",
            reason=f"{category}: extraction needs a clerk",
            confidence=0.7,
        )
        session.add(message)
        session.flush()
        attachment = AttachmentRow(
            message_id=message.id,
            position=0,
            filename="facture.pdf",
            declared_type="application/pdf",
            sniffed_type="pdf",
            sha256=repo.put_blob(session, pdf),
            size=len(pdf),
            page_count=1,
        )
        session.add(attachment)
        session.flush()
        document = DocumentRow(
            message_id=message.id,
            attachment_id=attachment.id,
            position=0,
            kind="invoice",
            pages=[1],
            needs_review=True,
            review_reasons=["NIR : clé de contrôle fausse (confiance 0,62)"],
        )
        session.add(document)
        session.flush()
        for name, text, x, y, value in INVOICE_LINES:
            if name == "nir":
                value = nir
            if name == "invoice_number":
                value = invoice_number
            session.add(
                FieldRow(
                    message_id=message.id,
                    document_id=document.id,
                    name=name,
                    value=value,
                    confidence=0.62 if name == "nir" else 0.97,
                    page=1,
                    box=_box(text, x, y),
                )
            )
        item = ReviewItem(
            message_id=message.id,
            category=category,
            details=["NIR : clé de contrôle fausse"],
            channel="email",
            practitioner=RPPS,
            due_at=datetime.now(UTC) + timedelta(days=due_days),
        )
        session.add(item)
        session.commit()
        return item.id


def add_user(settings: Settings, name: str, role: str = "clerk", password: str = PASSWORD) -> None:
    with unit_of_work(settings.effective_database_url) as session:
        session.add(User(name=name, password_hash=hash_password(password), role=role))
        session.commit()


def token(client: Any, path: str = "/login") -> str:
    page = client.get(path).get_data(as_text=True)
    found = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert found, page[:500]
    return found.group(1)


def login(client: Any, name: str, password: str = PASSWORD) -> Any:
    return client.post("/login", data={"username": name, "password": password, "csrf_token": token(client)})


@pytest.fixture
def app(settings: Settings) -> Any:
    application = create_app(settings)
    application.config["TESTING"] = True
    add_user(settings, "claire", "clerk")
    add_user(settings, "sophie", "supervisor")
    return application


@pytest.fixture
def client(app: Any) -> Any:
    return app.test_client()


def count(settings: Settings, model: Any, *where: Any) -> int:
    with unit_of_work(settings.effective_database_url) as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


# -- login, lock, roles, CSRF ----------------------------------------------------------------------
def test_login_and_cookie_flags(client: Any) -> None:
    response = login(client, "claire")
    assert response.status_code == 302
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    page = client.get("/").get_data(as_text=True)
    assert "File de revue" in page and "claire" in page


def test_secure_cookie_when_configured(tmp_path: Any) -> None:
    from intake.storage.db import migrate

    settings = Settings(data_dir=str(tmp_path / "v"), web_secure_cookies=True, web_secret="s" * 32)
    migrate(settings.effective_database_url)
    add_user(settings, "claire")
    application = create_app(settings)
    response = login(application.test_client(), "claire")
    assert "Secure" in response.headers["Set-Cookie"]


def test_wrong_password_then_lock_after_three(client: Any, settings: Settings) -> None:
    first = login(client, "claire", "mauvais")
    assert first.status_code == 401
    assert "Il reste 2 essais" in first.get_data(as_text=True)
    login(client, "claire", "mauvais")
    third = login(client, "claire", "mauvais")
    assert "verrouillé" in third.get_data(as_text=True)
    # the right password no longer opens the account
    locked = login(client, "claire")
    assert locked.status_code == 401 and "verrouillé" in locked.get_data(as_text=True)
    assert count(settings, User, User.name == "claire", User.locked.is_(True)) == 1


def test_supervisor_unlocks(app: Any, settings: Settings) -> None:
    clerk = app.test_client()
    for _ in range(3):
        login(clerk, "claire", "mauvais")
    boss = app.test_client()
    login(boss, "sophie")
    page = boss.get("/comptes").get_data(as_text=True)
    assert "verrouillé" in page
    with unit_of_work(settings.effective_database_url) as session:
        user_id = session.scalars(select(User.id).where(User.name == "claire")).one()
    response = boss.post(f"/comptes/{user_id}/deverrouiller", data={"csrf_token": token(boss, "/comptes")})
    assert response.status_code == 302
    assert login(clerk, "claire").status_code == 302
    assert count(settings, AuditEntry, AuditEntry.action == "user.unlock", AuditEntry.actor == "sophie") == 1


def test_clerk_cannot_reach_supervisor_pages(client: Any) -> None:
    login(client, "claire")
    for path in ("/supervision", "/audit", "/comptes"):
        assert client.get(path).status_code == 403
    assert client.post("/comptes/1/deverrouiller", data={"csrf_token": token(client, "/")}).status_code == 403


def test_supervisor_pages(client: Any, settings: Settings) -> None:
    seed_item(settings)
    login(client, "sophie")
    dashboard = client.get("/supervision").get_data(as_text=True)
    assert "en attente de revue" in dashboard and "Volumes reçus aujourd’hui" in dashboard
    assert client.get("/audit").status_code == 200


def test_post_without_csrf_is_refused(client: Any, settings: Settings) -> None:
    item_id = seed_item(settings)
    assert client.post("/login", data={"username": "claire", "password": PASSWORD}).status_code == 400
    login(client, "claire")
    refused = client.post(f"/items/{item_id}/decide", data={"decision": "approve"})
    assert refused.status_code == 400
    forged = client.post(f"/items/{item_id}/decide", data={"decision": "approve", "csrf_token": "x" * 43})
    assert forged.status_code == 400
    assert count(settings, Claim) == 0


def test_anonymous_is_refused_everywhere(client: Any, settings: Settings) -> None:
    item_id = seed_item(settings)
    image = client.get(f"/items/{item_id}/pages/1.png")
    assert image.status_code == 401 and not image.data.startswith(b"\x89PNG")
    page = client.get(f"/items/{item_id}", headers={"Accept": "text/html"})
    assert page.status_code == 302 and "/login" in page.headers["Location"]
    assert client.get("/supervision").status_code in (302, 401)
    assert client.post(f"/items/{item_id}/check", data={"name": "nir", "value": GOOD_NIR}).status_code == 400


def test_login_redirect_stays_on_site(client: Any) -> None:
    response = client.post(
        "/login",
        data={
            "username": "claire",
            "password": PASSWORD,
            "next": "//evil.example/x",
            "csrf_token": token(client),
        },
    )
    assert response.headers["Location"] == "/"


# -- queue and item --------------------------------------------------------------------------------
def test_queue_oldest_due_first_with_filters(client: Any, settings: Settings) -> None:
    later = seed_item(settings, due_days=6, invoice_number="F-2")
    sooner = seed_item(settings, due_days=1, invoice_number="F-1", category="missing_field")
    login(client, "claire")
    page = client.get("/").get_data(as_text=True)
    assert page.index(f'/items/{sooner}"') < page.index(f'/items/{later}"')
    assert "<strong>2</strong> en attente" in page
    filtered = client.get("/?categorie=missing_field").get_data(as_text=True)
    assert f'/items/{sooner}"' in filtered and f'/items/{later}"' not in filtered
    assert f'/items/{later}"' not in client.get("/?canal=fax").get_data(as_text=True)
    assert f'/items/{later}"' in client.get(f"/?praticien={RPPS}").get_data(as_text=True)


def test_queue_pages_keep_order_and_filters(client: Any, settings: Settings, monkeypatch: Any) -> None:
    from intake.web import views

    monkeypatch.setattr(views, "PAGE_SIZE", 2)
    items = [seed_item(settings, due_days=days, invoice_number=f"F-{days}") for days in (5, 1, 3)]
    login(client, "claire")
    first = client.get(f"/?praticien={RPPS}").get_data(as_text=True)
    assert f'/items/{items[1]}"' in first and f'/items/{items[2]}"' in first and f'/items/{items[0]}"' not in first
    assert "Page 1 sur 2" in first and f"page=2&amp;praticien={RPPS}" in first
    second = client.get(f"/?page=2&praticien={RPPS}").get_data(as_text=True)
    assert f'/items/{items[0]}"' in second and f'/items/{items[1]}"' not in second
    assert "Page 2 sur 2" in client.get("/?page=99").get_data(as_text=True)  # past the end: the last page


def test_item_page_shows_document_fields_and_email(client: Any, settings: Settings) -> None:
    item_id = seed_item(settings)
    login(client, "claire")
    page = client.get(f"/items/{item_id}").get_data(as_text=True)
    assert f'src="/items/{item_id}/pages/1.png"' in page
    assert 'class="box" data-field="nir"' in page
    assert "la clé de contrôle est fausse" in page  # the wrong NIR is flagged on sight
    assert (
        "cabinet.martin@example.fr" in page and "Veuillez trouver ci-joint" in page and "facture.pdf" in page
    )
    assert (
        count(
            settings,
            AuditEntry,
            AuditEntry.action == "item.view",
            AuditEntry.actor == "claire",
            AuditEntry.entity_id == str(item_id),
        )
        == 1
    )
    image = client.get(f"/items/{item_id}/pages/1.png")
    assert image.status_code == 200 and image.data.startswith(b"\x89PNG")
    assert client.get(f"/items/{item_id}/pages/2.png").status_code == 404
    assert "Set-Cookie" not in image.headers  # it must not overwrite a cookie a concurrent decision sets
    page_views = count(settings, AuditEntry, AuditEntry.action == "item.page_view", AuditEntry.actor == "claire",
                       AuditEntry.entity_id == str(item_id))
    assert page_views == 1  # the page shown is audited; the page that does not exist is not


def test_box_is_scaled_to_the_page(client: Any, settings: Settings) -> None:
    item_id = seed_item(settings)
    login(client, "claire")
    page = client.get(f"/items/{item_id}").get_data(as_text=True)
    found = re.search(r'data-field="nir" data-left="([\d.]+)" data-top="([\d.]+)"', page)
    assert found
    left, top = float(found.group(1)), float(found.group(2))
    assert abs(left - 60 / 595.28 * 100) < 1 and abs(top - 179 / 841.89 * 100) < 1


# -- field edits -----------------------------------------------------------------------------------
def _document_id(settings: Settings, item_id: int) -> int:
    with unit_of_work(settings.effective_database_url) as session:
        item = session.get(ReviewItem, item_id)
        assert item is not None
        return int(
            session.scalars(select(DocumentRow.id).where(DocumentRow.message_id == item.message_id)).one()
        )


def test_live_check_says_what_is_wrong_in_french(client: Any, settings: Settings) -> None:
    item_id = seed_item(settings)
    login(client, "claire")
    csrf = token(client, f"/items/{item_id}")
    bad = client.post(
        f"/items/{item_id}/check", data={"name": "nir", "value": BAD_NIR}, headers={"X-CSRF-Token": csrf}
    ).get_json()
    assert bad["ok"] is False and "clé de contrôle est fausse" in bad["error"] and "91" in bad["error"]
    good = client.post(
        f"/items/{item_id}/check",
        data={"name": "nir", "value": "1 85 05 78 006 084 91"},
        headers={"X-CSRF-Token": csrf},
    ).get_json()
    assert good == {"ok": True, "value": GOOD_NIR, "error": None, "warnings": []}
    rpps = client.post(
        f"/items/{item_id}/check",
        data={"name": "rpps", "value": "10003879624"},
        headers={"X-CSRF-Token": csrf},
    ).get_json()
    assert "Luhn" in rpps["error"]
    amounts = client.post(
        f"/items/{item_id}/check",
        data={
            "name": "total_amount",
            "value": "120,00",
            "f_amo_amount": "60.00",
            "f_amc_amount": "30.00",
            "f_patient_amount": "10.00",
        },
        headers={"X-CSRF-Token": csrf},
    ).get_json()
    assert amounts["ok"] and "ne s’additionnent pas" in amounts["warnings"][0]


def test_field_edit_refuses_bad_nir_then_saves_and_records_correction(
    client: Any, settings: Settings
) -> None:
    item_id = seed_item(settings)
    document_id = _document_id(settings, item_id)
    login(client, "claire")
    csrf = token(client, f"/items/{item_id}")
    refused = client.post(
        f"/items/{item_id}/fields",
        data={"csrf_token": csrf, "document_id": str(document_id), "f_nir": "185057800608493"},
    )
    assert refused.status_code == 422
    assert "NIR : la clé de contrôle est fausse" in refused.get_data(as_text=True)
    assert count(settings, Correction) == 0
    saved = client.post(
        f"/items/{item_id}/fields",
        data={
            "csrf_token": csrf,
            "document_id": str(document_id),
            "f_nir": "1 85 05 78 006 084 91",
            "f_rpps": RPPS,
        },
    )
    assert saved.status_code == 302
    with unit_of_work(settings.effective_database_url) as session:
        correction = session.scalars(select(Correction)).one()
        assert (correction.field, correction.before, correction.after, correction.user) == (
            "nir",
            BAD_NIR,
            GOOD_NIR,
            "claire",
        )
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "field.correct")).one()
        assert (
            entry.before
            and entry.before["value"] == BAD_NIR
            and entry.after == {"field": "nir", "value": GOOD_NIR}
        )
        field = session.scalars(select(FieldRow).where(FieldRow.name == "nir")).one()
        assert field.value == GOOD_NIR and field.corrected_by == "claire"


def test_field_edit_rejects_unreadable_amount(client: Any, settings: Settings) -> None:
    item_id = seed_item(settings)
    login(client, "claire")
    response = client.post(
        f"/items/{item_id}/fields",
        data={
            "csrf_token": token(client, f"/items/{item_id}"),
            "document_id": str(_document_id(settings, item_id)),
            "f_total_amount": "cent euros",
        },
    )
    assert response.status_code == 422 and "montant illisible" in response.get_data(as_text=True)


# -- decisions -------------------------------------------------------------------------------------
def _fix_nir(client: Any, settings: Settings, item_id: int) -> str:
    csrf = token(client, f"/items/{item_id}")
    client.post(
        f"/items/{item_id}/fields",
        data={"csrf_token": csrf, "document_id": str(_document_id(settings, item_id)), "f_nir": GOOD_NIR},
    )
    return csrf


def test_approve_refused_while_nir_is_wrong(client: Any, settings: Settings) -> None:
    item_id = seed_item(settings)
    login(client, "claire")
    response = client.post(
        f"/items/{item_id}/decide",
        data={"decision": "approve", "csrf_token": token(client, f"/items/{item_id}")},
        follow_redirects=True,
    )
    assert "Validation impossible" in response.get_data(as_text=True)
    assert count(settings, Claim) == 0
    assert count(settings, ReviewItem, ReviewItem.status == "open") == 1


def test_approve_twice_creates_one_claim(client: Any, settings: Settings) -> None:
    item_id = seed_item(settings)
    other = seed_item(settings, invoice_number="F-OTHER", due_days=5)
    login(client, "claire")
    csrf = _fix_nir(client, settings, item_id)
    first = client.post(f"/items/{item_id}/decide", data={"decision": "approve", "csrf_token": csrf})
    assert first.status_code == 302 and first.headers["Location"].endswith(f"/items/{other}")  # the next item
    second = client.post(
        f"/items/{item_id}/decide", data={"decision": "approve", "csrf_token": csrf}, follow_redirects=True
    )
    assert "déjà été traité" in second.get_data(as_text=True)
    assert count(settings, Claim) == 1
    assert count(settings, Outbox, Outbox.kind == "core_claim") == 1
    with unit_of_work(settings.effective_database_url) as session:
        claim = session.scalars(select(Claim)).one()
        assert claim.fields["nir"] == GOOD_NIR and claim.created_by == "claire"
        item = session.get(ReviewItem, item_id)
        assert item is not None and (item.status, item.decision, item.decided_by) == (
            "closed",
            "approve",
            "claire",
        )
        message = session.get(Message, item.message_id)
        assert message is not None and message.outcome == "claim" and "claire" in (message.reason or "")
        assert (
            session.scalar(
                select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "item.approve")
            )
            == 1
        )


def test_same_invoice_in_another_message_is_not_claimed_twice(client: Any, settings: Settings) -> None:
    first = seed_item(settings, nir=GOOD_NIR)
    second = seed_item(settings, nir=GOOD_NIR, due_days=4)  # the same invoice, sent again
    login(client, "claire")
    csrf = token(client, f"/items/{first}")
    client.post(f"/items/{first}/decide", data={"decision": "approve", "csrf_token": csrf})
    response = client.post(
        f"/items/{second}/decide", data={"decision": "approve", "csrf_token": csrf}, follow_redirects=True
    )
    assert "existe déjà" in response.get_data(as_text=True)
    assert count(settings, Claim) == 1


def test_ticket_and_ignore(client: Any, settings: Settings) -> None:
    ticket_item = seed_item(settings)
    ignored = seed_item(settings, invoice_number="F-9", due_days=5)
    login(client, "claire")
    csrf = token(client, f"/items/{ticket_item}")
    client.post(f"/items/{ticket_item}/decide", data={"decision": "ticket", "csrf_token": csrf})
    client.post(f"/items/{ignored}/decide", data={"decision": "ignore", "csrf_token": csrf})
    assert count(settings, Ticket) == 1
    assert count(settings, Message, Message.outcome == "ignore") == 1
    assert count(settings, ReviewItem, ReviewItem.status == "open") == 0


def test_auto_reply_follows_the_rules(client: Any, settings: Settings) -> None:
    item_id = seed_item(settings)
    login(client, "claire")
    csrf = token(client, f"/items/{item_id}")
    missing = client.post(
        f"/items/{item_id}/decide", data={"decision": "reply", "csrf_token": csrf}, follow_redirects=True
    )
    assert "Choisissez le modèle" in missing.get_data(as_text=True)
    client.post(
        f"/items/{item_id}/decide", data={"decision": "reply", "reply_reason": "patient", "csrf_token": csrf}
    )
    assert count(settings, Outbox, Outbox.kind == "reply") == 1
    assert count(settings, Message, Message.outcome == "auto_reply") == 1
    # the same sender, the same reason, within the window: no second reply (RFC 3834 rate rule)
    again = seed_item(settings, invoice_number="F-3", due_days=5)
    client.post(
        f"/items/{again}/decide", data={"decision": "reply", "reply_reason": "patient", "csrf_token": csrf}
    )
    assert count(settings, Outbox, Outbox.kind == "reply") == 1


def test_reprocess_runs_the_pipeline_again(client: Any, settings: Settings) -> None:
    item_id = seed_item(settings)
    login(client, "claire")
    client.post(f"/items/{item_id}/decide", data={"decision": "reprocess", "csrf_token": token(client, "/")})
    with unit_of_work(settings.effective_database_url) as session:
        message = session.scalars(select(Message)).one()
        assert message.outcome is not None  # decided again by the pipeline
        assert message.meta["page_sizes"]["0"][0] == [595.28, 841.89]  # for the boxes on the page image
        assert (
            session.scalar(
                select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "item.reprocess")
            )
            == 1
        )


def test_audit_is_readable_by_supervisor(app: Any, settings: Settings) -> None:
    item_id = seed_item(settings)
    clerk = app.test_client()
    login(clerk, "claire")
    clerk.get(f"/items/{item_id}")
    boss = app.test_client()
    login(boss, "sophie")
    page = boss.get(f"/audit?entite=review_item&id={item_id}").get_data(as_text=True)
    assert "item.view" in page and "claire" in page


def test_security_headers(client: Any) -> None:
    response = client.get("/login")
    assert response.headers["Cache-Control"] == "no-store"
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]


def test_concurrent_approvals_create_one_claim(app: Any, settings: Settings) -> None:
    import threading

    item_id = seed_item(settings, nir=GOOD_NIR)
    clients = [app.test_client(), app.test_client()]
    tokens = []
    for c in clients:
        login(c, "claire")
        tokens.append(token(c, f"/items/{item_id}"))
    barrier = threading.Barrier(2)
    statuses: list[int] = []

    def approve(c: Any, csrf: str) -> None:
        barrier.wait()
        statuses.append(
            c.post(f"/items/{item_id}/decide", data={"decision": "approve", "csrf_token": csrf}).status_code
        )

    threads = [threading.Thread(target=approve, args=pair) for pair in zip(clients, tokens, strict=True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert statuses == [302, 302]
    assert count(settings, Claim) == 1
    assert count(settings, AuditEntry, AuditEntry.action == "item.approve") == 1
