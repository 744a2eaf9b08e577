"""The desk's pages: login, review queue, item, decisions, audit trail, supervision, accounts."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from flask import (
    Blueprint,
    Response,
    abort,
    flash,
    g,
    jsonify,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from intake.domain.model import AUTO_REPLY_REASONS, FIELD_NAMES, PRACTITIONER_ID_FIELDS, REQUIRED_FIELDS
from intake.storage import repo
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
    User,
    utcnow,
)
from intake.web import decisions, pages, security
from intake.web.app import _session_version, as_paris, get_pipeline, get_settings, safe_next
from intake.web.validation import AMOUNTS, check_field, label

desk = Blueprint("desk", __name__)

CATEGORIES = {
    "low_confidence": "Confiance faible",
    "missing_field": "Champ manquant",
    "unsure_triage": "Tri incertain",
    "duplicate": "Doublon suspecté",
    "quarantine": "Quarantaine",
}
CHANNELS = {"email": "Courriel", "fax": "Fax"}
OUTCOMES = {
    "claim": "Demandes créées",
    "ticket": "Tickets",
    "auto_reply": "Réponses automatiques",
    "ignore": "Ignorés",
    "review": "À revoir",
    "quarantine": "Quarantaine",
    "pending": "En cours",
}
REPLY_REASONS = {
    "patient": "Assuré : s’adresser à sa mutuelle",
    "support": "Compte, mot de passe, question technique : formulaire du portail",
    "security_incident": "Cyberattaque de 2024, données exposées : numéro dédié",
    "bank_details": "Changement de RIB : uniquement par le portail authentifié",
}
KINDS = {"invoice": "Facture", "quote": "Devis", "pec": "Demande de prise en charge", "unknown": "Document"}
PARIS = ZoneInfo("Europe/Paris")


def db() -> Session:
    session_: Session = g.db
    return session_


def user_name() -> str:
    user = security.current_user()
    assert user is not None
    return user.name


# -- login -----------------------------------------------------------------------------------------
@desk.route("/login", methods=["GET", "POST"])
def login() -> Any:
    target = safe_next(request.values.get("next")) or url_for("desk.queue")
    if security.current_user() is not None and request.method == "GET":
        return redirect(target)
    error = None
    name = ""
    if request.method == "POST":
        name = request.form.get("username", "")[:64]
        user, error = security.attempt_login(db(), name, request.form.get("password", "")[:1024])
        if user is not None:
            repo.audit(db(), actor=user.name, action="user.login", entity="user", entity_id=user.id)
            db().commit()
            session.clear()
            session.permanent = True
            session["uid"] = user.id
            session["ver"] = _session_version(user)
            security.csrf_token()
            return redirect(target)
        account = db().scalars(select(User).where(User.name == name.strip())).first()
        repo.audit(
            db(),
            actor=name.strip()[:64] or "?",
            action="user.login_failed",
            entity="user",
            entity_id=account.id if account else None,
            after={"locked": bool(account and account.locked)},
        )
        db().commit()
    status = 200 if error is None else 401
    return render_template("login.html", error=error, username=name, next=target), status


@desk.route("/logout", methods=["POST"])
def logout() -> Any:
    session.clear()
    flash("Vous êtes déconnecté.", "ok")
    return redirect(url_for("desk.login"))


# -- queue -----------------------------------------------------------------------------------------
PAGE_SIZE = 100  # rows per queue page, earliest due date first

def _queue_query(category: str = "", channel: str = "", practitioner: str = "") -> Any:
    query = (
        select(ReviewItem, Message)
        .join(Message, Message.id == ReviewItem.message_id)
        .where(ReviewItem.status == "open")
    )
    if category:
        query = query.where(ReviewItem.category == category)
    if channel:
        query = query.where(ReviewItem.channel == channel)
    if practitioner:
        query = query.where(ReviewItem.practitioner == practitioner)
    return query.order_by(ReviewItem.due_at.asc().nulls_last(), ReviewItem.id.asc())


@desk.route("/")
def queue() -> Any:
    category = request.args.get("categorie", "") if request.args.get("categorie", "") in CATEGORIES else ""
    channel = request.args.get("canal", "") if request.args.get("canal", "") in CHANNELS else ""
    practitioner = "".join(ch for ch in request.args.get("praticien", "") if ch.isalnum())[:32]
    query = _queue_query(category, channel, practitioner)
    matching = int(db().scalar(select(func.count()).select_from(query.subquery())) or 0)
    pages = max(1, -(-matching // PAGE_SIZE))
    page = min(max(1, request.args.get("page", 1, type=int) or 1), pages)
    rows = db().execute(query.offset((page - 1) * PAGE_SIZE).limit(PAGE_SIZE)).all()
    open_items = select(ReviewItem).where(ReviewItem.status == "open").subquery()
    by_category = {
        str(k): int(v)
        for k, v in db().execute(select(open_items.c.category, func.count()).group_by(open_items.c.category))
    }
    by_channel = {
        str(k): int(v)
        for k, v in db().execute(select(open_items.c.channel, func.count()).group_by(open_items.c.channel))
    }
    practitioners = (
        db()
        .execute(
            select(open_items.c.practitioner, func.count())
            .where(open_items.c.practitioner.is_not(None))
            .group_by(open_items.c.practitioner)
            .order_by(open_items.c.practitioner)
        )
        .all()
    )
    now = utcnow()
    overdue = _overdue_count(now)
    total = sum(by_category.values())
    return render_template(
        "queue.html",
        rows=rows,
        total=total,
        overdue=overdue,
        by_category=by_category,
        by_channel=by_channel,
        practitioners=practitioners,
        categories=CATEGORIES,
        channels=CHANNELS,
        category=category,
        channel=channel,
        practitioner=practitioner,
        page=page,
        pages=pages,
        matching=matching,
        filters={k: v for k, v in (("categorie", category), ("canal", channel), ("praticien", practitioner)) if v},
        now=now,
        is_overdue=_is_overdue,
    )


def _is_overdue(item: ReviewItem) -> bool:
    return item.due_at is not None and _aware(item.due_at) < utcnow()


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


# -- item ------------------------------------------------------------------------------------------
def _load(item_id: int) -> tuple[ReviewItem, Message]:
    item = db().get(ReviewItem, item_id)
    if item is None:
        abort(404)
    message = db().get(Message, item.message_id)
    if message is None:
        abort(404)
    return item, message


@desk.route("/items/<int:item_id>")
def item(item_id: int) -> Any:
    item_row, message = _load(item_id)
    repo.audit(
        db(),
        actor=user_name(),
        action="item.view",
        entity="review_item",
        entity_id=item_row.id,
        after={"message": message.id},
    )
    db().commit()
    return render_template("item.html", **_item_context(item_row, message))


def _item_context(
    item_row: ReviewItem,
    message: Message,
    *,
    errors: dict[tuple[str, str], str] | None = None,
    submitted: dict[tuple[str, str], str] | None = None,
) -> dict[str, Any]:
    settings = get_settings()
    attachments = list(
        db().scalars(
            select(AttachmentRow)
            .where(AttachmentRow.message_id == message.id)
            .order_by(AttachmentRow.position)
        )
    )
    documents = list(
        db().scalars(
            select(DocumentRow).where(DocumentRow.message_id == message.id).order_by(DocumentRow.position)
        )
    )
    refs = pages.page_refs(
        message, attachments, lambda sha: repo.get_blob(db(), sha), settings.max_image_pixels
    )
    ref_of = {(r.attachment.id, r.page): r for r in refs}
    doc_of = {d.id: d for d in documents}
    all_fields = list(
        db().scalars(select(FieldRow).where(FieldRow.message_id == message.id).order_by(FieldRow.id))
    )
    page_boxes: dict[int, list[dict[str, Any]]] = {r.number: [] for r in refs}
    for f in all_fields:
        doc = doc_of.get(f.document_id) if f.document_id else None
        if doc is None or f.page is None:
            continue
        ref = ref_of.get((doc.attachment_id, f.page))
        if ref is None:
            continue
        box = pages.box_percent(f, ref)
        if box is not None:
            page_boxes[ref.number].append({"id": f.id, "name": f.name, "label": label(f.name), **box})
    groups = []
    for index, doc in enumerate(documents, 1):
        first = next((r for r in refs if r.attachment.id == doc.attachment_id), None)
        groups.append(
            {
                "key": str(doc.id),
                "title": f"Document {index} — {KINDS.get(doc.kind, doc.kind)}",
                "pages": _page_span(doc, first),
                "reasons": doc.review_reasons or [],
                "fields": _field_lines(message.id, doc.id, doc.kind, errors, submitted),
            }
        )
    message_fields = [f for f in all_fields if f.document_id is None]
    if not documents or message_fields:
        groups.append(
            {
                "key": "",
                "title": "Champs lus dans le message (objet, texte, signature)",
                "pages": "",
                "reasons": [],
                "fields": _field_lines(
                    message.id, None, "unknown", errors, submitted, with_required=not documents
                ),
            }
        )
    raw = repo.get_blob(db(), message.sha256)
    email = _email_view(message, raw)
    next_id = _next_item_id(item_row)
    claims = repo.claim_for_message(db(), message.id)
    return {
        "item": item_row,
        "message": message,
        "attachments": attachments,
        "refs": refs,
        "page_boxes": page_boxes,
        "groups": groups,
        "email": email,
        "categories": CATEGORIES,
        "channels": CHANNELS,
        "reply_reasons": {k: REPLY_REASONS.get(k, k) for k in AUTO_REPLY_REASONS},
        "next_id": next_id,
        "claims": claims,
        "threshold": settings.review_threshold,
        "errors": errors or {},
    }


def _page_span(doc: DocumentRow, first: pages.PageRef | None) -> str:
    if first is None or not doc.pages:
        return ""
    numbers = [first.number + p - 1 for p in doc.pages]
    return f"page {numbers[0]}" if len(numbers) == 1 else f"pages {numbers[0]} à {numbers[-1]}"


def _field_lines(
    message_id: int,
    document_id: int | None,
    kind: str,
    errors: dict[tuple[str, str], str] | None,
    submitted: dict[tuple[str, str], str] | None,
    *,
    with_required: bool = True,
) -> list[dict[str, Any]]:
    rows = {
        r.name: r
        for r in db().scalars(
            select(FieldRow).where(
                FieldRow.message_id == message_id,
                FieldRow.document_id.is_(None)
                if document_id is None
                else FieldRow.document_id == document_id,
            )
        )
    }
    wanted = set(rows)
    if with_required:
        for name in REQUIRED_FIELDS:
            if name == "practitioner_id":
                if not any(n in rows for n in PRACTITIONER_ID_FIELDS):
                    wanted.add("rpps")
            elif not (name == "care_date" and kind in ("quote", "pec")):
                wanted.add(name)
    key = "" if document_id is None else str(document_id)
    values = {n: r.value for n, r in rows.items()}
    lines = []
    for name in FIELD_NAMES:
        if name not in wanted:
            continue
        row = rows.get(name)
        shown = (submitted or {}).get((key, name), display_value(name, row.value) if row else "")
        error = (errors or {}).get((key, name))
        check = None
        if error is None and row is not None:
            check = check_field(name, row.value, values)
        lines.append(
            {
                "name": name,
                "label": label(name),
                "value": shown,
                "row": row,
                "confidence": None if row is None else row.confidence,
                "origin": None if row is None else row.origin,
                "corrected_by": None if row is None else row.corrected_by,
                "error": error or (check.error if check else None),
                "warnings": (check.warnings if check else []),
                "missing": row is None,
                "amount": name in AMOUNTS,
            }
        )
    return lines


def display_value(name: str, value: str) -> str:
    """The stored (normalised) value as a French clerk types it: 1234,56 and 15/09/2025."""
    if name in AMOUNTS:
        return value.replace(".", ",")
    if name in ("invoice_date", "care_date", "patient_birth_date") and len(value) == 10 and value[4] == "-":
        return f"{value[8:10]}/{value[5:7]}/{value[:4]}"
    return value


def _email_view(message: Message, raw: bytes) -> dict[str, Any]:
    view: dict[str, Any] = {
        "sender": message.sender,
        "subject": message.subject,
        "text": "",
        "to": "",
        "date": None,
        "error": None,
    }
    if message.source == "fax":
        meta = message.meta or {}
        view["text"] = ""
        view["fax"] = {"tsi": meta.get("tsi"), "caller": meta.get("caller_id") or meta.get("callid1")}
        return view
    try:
        from parsers.mime import parse_message

        parsed = parse_message(raw)
        view.update(
            sender=f"{parsed.sender_name} <{parsed.sender}>" if parsed.sender_name else parsed.sender,
            subject=parsed.subject,
            text=parsed.body_text[:100_000],
            to=", ".join(parsed.to),
            date=parsed.date,
        )
    except Exception:  # noqa: BLE001 - a broken original must not break the item page
        view["error"] = "Le message d’origine n’a pas pu être relu."
    return view


def _next_item_id(current: ReviewItem | None) -> int | None:
    """The item after `current` in queue order (the head of the queue if `current` is not in it)."""
    ids = list(db().scalars(_queue_query().with_only_columns(ReviewItem.id)))
    if current is not None and current.id in ids:
        position = ids.index(current.id)
        after = ids[position + 1 :] + ids[:position]
        return after[0] if after else None
    return ids[0] if ids else None


@desk.route("/items/<int:item_id>/next")
def next_item(item_id: int) -> Any:
    current = db().get(ReviewItem, item_id)
    target = _next_item_id(current)
    if target is None:
        flash("La file de revue est vide.", "ok")
        return redirect(url_for("desk.queue"))
    return redirect(url_for("desk.item", item_id=target))


@desk.route("/items/<int:item_id>/pages/<int:number>.png")
def page_image(item_id: int, number: int) -> Any:
    _, message = _load(item_id)
    settings = get_settings()
    attachments = list(db().scalars(select(AttachmentRow).where(AttachmentRow.message_id == message.id)))
    refs = pages.page_refs(
        message, attachments, lambda sha: repo.get_blob(db(), sha), settings.max_image_pixels
    )
    ref = next((r for r in refs if r.number == number), None)
    if ref is None:
        abort(404)
    try:
        png = pages.render_png(
            ref.attachment.sha256,
            repo.get_blob(db(), ref.attachment.sha256),
            ref.attachment.sniffed_type,
            ref.page,
            settings.max_image_pixels,
        )
    except Exception:  # noqa: BLE001 - an unrenderable page is a 404, not a 500
        abort(404)
    repo.audit(db(), actor=user_name(), action="item.page_view", entity="review_item", entity_id=item_id,
               after={"message": message.id, "page": number})
    db().commit()
    response = Response(png, mimetype="image/png")
    response.headers["Cache-Control"] = "private, no-store"
    return response


# -- field edits -----------------------------------------------------------------------------------
@desk.route("/items/<int:item_id>/check", methods=["POST"])
def check(item_id: int) -> Any:
    _load(item_id)
    name = request.form.get("name", "")
    if name not in FIELD_NAMES:
        abort(400)
    others = {n: v for n in FIELD_NAMES if (v := request.form.get(f"f_{n}", "").strip())}
    normalised_others = {}
    for n, v in others.items():
        c = check_field(n, v)
        normalised_others[n] = c.value or v
    result = check_field(name, request.form.get("value", ""), normalised_others)
    if not request.form.get("value", "").strip() and request.form.get("optional") == "1":
        return jsonify(ok=True, value="", error=None, warnings=[])
    return jsonify(ok=result.ok, value=result.value, error=result.error, warnings=result.warnings)


@desk.route("/items/<int:item_id>/fields", methods=["POST"])
def save_fields(item_id: int) -> Any:
    item_row, message = _load(item_id)
    if item_row.status != "open":
        flash("Cet élément est déjà traité : il ne peut plus être modifié.", "error")
        return redirect(url_for("desk.item", item_id=item_id))
    key = request.form.get("document_id", "")
    document: DocumentRow | None = None
    if key:
        document = db().get(DocumentRow, int(key)) if key.isdigit() else None
        if document is None or document.message_id != message.id:
            abort(400)
    rows = {
        r.name: r
        for r in db().scalars(
            select(FieldRow).where(
                FieldRow.message_id == message.id,
                FieldRow.document_id.is_(None) if document is None else FieldRow.document_id == document.id,
            )
        )
    }
    submitted = {n: request.form[f"f_{n}"].strip() for n in FIELD_NAMES if f"f_{n}" in request.form}
    # the document's values after this edit, normalised where possible, for the cross-field checks
    merged = {n: r.value for n, r in rows.items()}
    for n, v in submitted.items():
        if v:
            merged[n] = check_field(n, v).value or v
    errors: dict[tuple[str, str], str] = {}
    changes: list[tuple[str, str | None, str]] = []
    warnings: list[str] = []
    for name, raw_value in submitted.items():
        row = rows.get(name)
        if row is not None and raw_value == row.value:
            continue
        if row is None and not raw_value:
            continue
        result = check_field(name, raw_value, merged)
        if result.error or result.value is None:
            errors[(key, name)] = result.error or "Valeur refusée."
            continue
        warnings.extend(result.warnings)
        if row is not None and result.value == row.value:
            continue
        changes.append((name, row.value if row else None, result.value))
    if errors:
        flash("Correction refusée : " + " ".join(errors.values()), "error")
        submitted_keys = {(key, n): v for n, v in submitted.items()}
        return render_template(
            "item.html", **_item_context(item_row, message, errors=errors, submitted=submitted_keys)
        ), 422
    user = user_name()
    for name, before, after in changes:
        row = rows.get(name)
        if row is None:
            row = FieldRow(
                message_id=message.id,
                document_id=document.id if document else None,
                name=name,
                value=after,
                confidence=1.0,
                page=None,
                box=None,
                origin="clerk",
                corrected_by=user,
            )
            db().add(row)
        else:
            row.value = after
            row.confidence = 1.0
            row.corrected_by = user
        db().add(
            Correction(
                document_id=document.id if document else None,
                message_id=message.id,
                field=name,
                before=before,
                after=after,
                user=user,
            )
        )
        repo.audit(
            db(),
            actor=user,
            action="field.correct",
            entity="review_item",
            entity_id=item_row.id,
            before={"field": name, "value": before, "document": document.id if document else None},
            after={"field": name, "value": after},
        )
        if name in PRACTITIONER_ID_FIELDS and (item_row.practitioner in (None, before)):
            item_row.practitioner = after
    db().commit()
    if changes:
        flash(
            f"{len(changes)} correction{'s' if len(changes) > 1 else ''} enregistrée"
            f"{'s' if len(changes) > 1 else ''}.",
            "ok",
        )
    else:
        flash("Aucune modification.", "ok")
    for warning in dict.fromkeys(warnings):
        flash(warning, "warning")
    return redirect(url_for("desk.item", item_id=item_id) + "#champs")


# -- decisions -------------------------------------------------------------------------------------
@desk.route("/items/<int:item_id>/decide", methods=["POST"])
def decide(item_id: int) -> Any:
    choice = request.form.get("decision", "")
    if choice not in decisions.DECISIONS:
        abort(400)
    user = user_name()
    for attempt in range(3):
        item_row = db().get(ReviewItem, item_id, with_for_update=True)
        if item_row is None:
            abort(404)
        message = db().get(Message, item_row.message_id)
        assert message is not None
        if item_row.status != "open":
            flash(
                "Cet élément a déjà été traité (par "
                f"{item_row.decided_by or 'un autre agent'}) : rien n’a été refait.",
                "ok",
            )
            break
        try:
            if not _take(item_id):  # a concurrent decision got there first
                db().rollback()
                continue
            outcome = _apply(choice, item_row, message, user)
        except decisions.DecisionRefused as refused:
            db().rollback()
            flash(str(refused), "error")
            return redirect(url_for("desk.item", item_id=item_id))
        except decisions.RETRYABLE:
            # a concurrent decision on the same item (double click): look again, it is closed by now
            db().rollback()
            if attempt == 2:
                flash("Le message est en cours de traitement par ailleurs : réessayez.", "error")
                return redirect(url_for("desk.item", item_id=item_id))
            continue
        flash(outcome.message, "ok")
        for warning in outcome.warnings:
            flash(warning, "warning")
        break
    target = _next_item_id(None)
    if target is None:
        flash("La file de revue est vide.", "ok")
        return redirect(url_for("desk.queue"))
    return redirect(url_for("desk.item", item_id=target))


def _take(item_id: int) -> bool:
    """Atomically move the item out of "open" as the decision's first write (SQLite takes its write
    lock here, PostgreSQL its row lock), so two clicks or two clerks never both decide it."""
    result = db().execute(
        update(ReviewItem)
        .where(ReviewItem.id == item_id, ReviewItem.status == "open")
        .values(status="deciding")
        .execution_options(synchronize_session=False)
    )
    return bool(getattr(result, "rowcount", 0))


def _apply(choice: str, item_row: ReviewItem, message: Message, user: str) -> decisions.Outcome:
    if choice == "approve":
        return decisions.approve(db(), get_pipeline(), item_row, message, user)
    if choice == "ticket":
        return decisions.to_ticket(db(), get_pipeline(), item_row, message, user)
    if choice == "reply":
        return decisions.send_reply(
            db(),
            get_pipeline(),
            item_row,
            message,
            user,
            request.form.get("reply_reason", ""),
            repo.get_blob(db(), message.sha256),
        )
    if choice == "ignore":
        return decisions.ignore(db(), item_row, message, user)
    return decisions.reprocess(db(), get_pipeline(), item_row, message, user)


# -- supervisor pages ------------------------------------------------------------------------------
@desk.route("/audit")
@security.supervisor_required
def audit() -> Any:
    query = select(AuditEntry).order_by(AuditEntry.id.desc())
    entity = request.args.get("entite", "")[:32]
    entity_id = request.args.get("id", "")[:64]
    actor = request.args.get("agent", "")[:64]
    if entity:
        query = query.where(AuditEntry.entity == entity)
    if entity_id:
        query = query.where(AuditEntry.entity_id == entity_id)
    if actor:
        query = query.where(AuditEntry.actor == actor)
    entries = list(db().scalars(query.limit(300)))
    repo.audit(
        db(),
        actor=user_name(),
        action="audit.view",
        entity="audit",
        entity_id=None,
        after={"entity": entity, "id": entity_id, "actor": actor},
    )
    db().commit()
    return render_template("audit.html", entries=entries, entity=entity, entity_id=entity_id, actor=actor)


@desk.route("/supervision")
@security.supervisor_required
def dashboard() -> Any:
    now = utcnow()
    start = datetime.combine(as_paris(now).date(), time(0), tzinfo=PARIS).astimezone(UTC)
    today = (
        db()
        .execute(
            select(Message.outcome, Message.source, func.count())
            .where(Message.received_at >= start)
            .group_by(Message.outcome, Message.source)
        )
        .all()
    )
    volumes: dict[str, dict[str, int]] = {}
    for outcome, source, count in today:
        channel = "fax" if source == "fax" else "email"
        volumes.setdefault(outcome or "pending", {}).setdefault(channel, 0)
        volumes[outcome or "pending"][channel] += count
    decided = (
        db().scalar(
            select(func.count())
            .select_from(Message)
            .where(Message.decided_at >= start, Message.outcome.is_not(None))
        )
        or 0
    )
    reviewed = (
        db().scalar(
            select(func.count())
            .select_from(Message)
            .join(ReviewItem, ReviewItem.message_id == Message.id)
            .where(Message.decided_at >= start)
        )
        or 0
    )
    straight = decided - reviewed
    rate = (straight / decided * 100) if decided else None
    backlog = list(db().scalars(select(ReviewItem.created_at).where(ReviewItem.status == "open")))
    ages = [(now - _aware(created)).total_seconds() / 86400 for created in backlog]
    buckets = {"moins d’un jour": 0, "1 à 3 jours": 0, "plus de 3 jours": 0}
    for age in ages:
        buckets["moins d’un jour" if age < 1 else "1 à 3 jours" if age <= 3 else "plus de 3 jours"] += 1
    overdue = _overdue_count(now)
    replies_sent = (
        db().scalar(
            select(func.count())
            .select_from(Outbox)
            .where(Outbox.kind == "reply", Outbox.status == "sent", Outbox.sent_at >= start)
        )
        or 0
    )
    replies_pending = (
        db().scalar(
            select(func.count()).select_from(Outbox).where(Outbox.kind == "reply", Outbox.status == "pending")
        )
        or 0
    )
    claims_today = db().scalar(select(func.count()).select_from(Claim).where(Claim.created_at >= start)) or 0
    decided_by_clerks = (
        db()
        .execute(
            select(ReviewItem.decided_by, func.count())
            .where(ReviewItem.decided_at >= start)
            .group_by(ReviewItem.decided_by)
        )
        .all()
    )
    corrections = db().scalar(select(func.count()).select_from(Correction).where(Correction.at >= start)) or 0
    return render_template(
        "dashboard.html",
        volumes=volumes,
        outcomes=OUTCOMES,
        channels=CHANNELS,
        decided=decided,
        straight=straight,
        rate=rate,
        backlog=len(ages),
        oldest=max(ages) if ages else None,
        buckets=buckets,
        overdue=overdue,
        replies_sent=replies_sent,
        replies_pending=replies_pending,
        claims_today=claims_today,
        decided_by_clerks=decided_by_clerks,
        corrections=corrections,
        today=as_paris(now),
    )


@desk.route("/comptes")
@security.supervisor_required
def users() -> Any:
    accounts = list(db().scalars(select(User).order_by(User.name)))
    return render_template("users.html", accounts=accounts)


@desk.route("/comptes/<int:user_id>/deverrouiller", methods=["POST"])
@security.supervisor_required
def unlock(user_id: int) -> Any:
    account = db().get(User, user_id)
    if account is None:
        abort(404)
    before = {"locked": account.locked, "failed_attempts": account.failed_attempts}
    account.locked = False
    account.failed_attempts = 0
    repo.audit(
        db(),
        actor=user_name(),
        action="user.unlock",
        entity="user",
        entity_id=account.id,
        before=before,
        after={"locked": False, "failed_attempts": 0},
    )
    db().commit()
    flash(f"Le compte « {account.name} » est déverrouillé.", "ok")
    return redirect(url_for("desk.users"))


@desk.app_template_global()
def since(value: datetime | None) -> str:
    if value is None:
        return "—"
    delta = utcnow() - _aware(value)
    if delta < timedelta(hours=1):
        return f"{max(1, int(delta.total_seconds() // 60))} min"
    if delta < timedelta(days=1):
        return f"{int(delta.total_seconds() // 3600)} h"
    return f"{delta.days} j"


def _overdue_count(now: Any) -> int:
    """Open review items past their due date (the queue's counter and the dashboard's)."""
    query = select(func.count()).select_from(ReviewItem).where(ReviewItem.status == "open", ReviewItem.due_at < now)
    return int(db().scalar(query) or 0)
