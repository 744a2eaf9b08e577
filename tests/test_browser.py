"""The review desk in Debian's Chromium, driven by Playwright, against the real app served by waitress.

Set INTAKE_DESK_SCREENSHOT=docs/desk-item.png to (re)write the item page screenshot shown in the README.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from intake.settings import Settings
from intake.storage.db import migrate, unit_of_work
from intake.storage.models import Claim, Correction, ReviewItem
from tests.test_web import BAD_NIR, GOOD_NIR, PASSWORD, add_user, seed_item

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-quic",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[dict[str, Any]]:
    """The desk on a free loopback port, over a fresh SQLite database holding two review items."""
    from waitress.server import create_server

    from intake.web import create_app

    settings = Settings(data_dir=str(tmp_path / "var"))
    migrate(settings.effective_database_url)
    add_user(settings, "claire", "clerk")
    add_user(settings, "bruno", "clerk")
    add_user(settings, "sophie", "supervisor")
    first = seed_item(settings, due_days=1)
    second = seed_item(
        settings,
        due_days=4,
        invoice_number="F-2025-0043",
        category="missing_field",
        subject="Facture F-2025-0043",
        nir=GOOD_NIR,
    )
    server = create_server(create_app(settings), host="127.0.0.1", port=0, threads=4)
    stopping = threading.Event()

    def serve() -> None:
        try:
            server.run()
        except OSError:  # waitress has no stop: its loop's select meets the socket close() just shut
            if not stopping.is_set():
                raise

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield {"url": f"http://127.0.0.1:{server.effective_port}", "settings": settings, "items": (first, second)}
    stopping.set()
    server.close()
    server.task_dispatcher.shutdown()
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is required (Debian packages chromium and chromium-driver)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1440, "height": 1000}, locale="fr-FR")
    context.set_default_timeout(15_000)
    yield context.new_page()
    context.close()


def log_in(page: Any, url: str, name: str, password: str = PASSWORD) -> None:
    page.goto(f"{url}/login")
    page.get_by_label("Identifiant").fill(name)
    page.get_by_label("Mot de passe").fill(password)
    page.get_by_role("button", name="Se connecter").click()


def claims(settings: Settings) -> int:
    with unit_of_work(settings.effective_database_url) as session:
        return int(session.scalar(select(func.count()).select_from(Claim)) or 0)


def test_three_failed_logins_lock_the_account(desk: dict[str, Any], page: Any) -> None:
    from playwright.sync_api import expect

    for left in ("2 essais", "1 essai"):
        log_in(page, desk["url"], "bruno", "pas le bon")
        expect(page.get_by_role("alert")).to_contain_text(f"Il reste {left}")
    log_in(page, desk["url"], "bruno", "pas le bon")
    expect(page.get_by_role("alert")).to_contain_text("verrouillé")
    log_in(page, desk["url"], "bruno")  # the right password is refused too
    expect(page.get_by_role("alert")).to_contain_text("Demandez à un superviseur")


def test_clerk_corrects_nir_and_approves_once(desk: dict[str, Any], page: Any) -> None:
    from playwright.sync_api import expect

    url, settings = desk["url"], desk["settings"]
    first, second = desk["items"]
    log_in(page, url, "claire")
    expect(page.get_by_role("heading", name="File de revue")).to_be_visible()
    page.get_by_role("link", name=f"Ouvrir l’élément {first}").click()
    expect(page.get_by_role("heading", name="Champs extraits")).to_be_visible()
    # the page image is drawn, with the NIR's box on it
    image = page.get_by_role("img", name="Page 1 sur 1 (facture.pdf)")
    expect(image).to_be_visible()
    page.wait_for_function("document.querySelector('.page-frame img').naturalWidth > 0")
    expect(page.locator('.box[data-field="nir"]')).to_be_visible()

    nir = page.get_by_label("NIR")
    expect(nir).to_have_value(BAD_NIR)
    expect(page.locator(".field[data-field=nir] .msg")).to_contain_text("la clé de contrôle est fausse")
    if os.environ.get("INTAKE_DESK_SCREENSHOT"):
        nir.focus()
        page.wait_for_timeout(400)
        page.screenshot(path=os.environ["INTAKE_DESK_SCREENSHOT"], full_page=False)
    nir.fill("1 85 05 78 006 084 93")  # another wrong key: the check answers as one types
    expect(page.locator(".field[data-field=nir] .msg")).to_contain_text("attendue 91")
    expect(nir).to_have_attribute("aria-invalid", "true")
    nir.fill("1 85 05 78 006 084 91")
    expect(page.locator(".field[data-field=nir] .msg .error")).to_have_count(0)
    page.get_by_role("button", name="Enregistrer les corrections").first.click()
    expect(page.locator(".flash-ok")).to_contain_text("1 correction enregistrée")
    expect(page.get_by_label("NIR")).to_have_value(GOOD_NIR)

    # approve with a double click: one claim, and the next item opens
    page.get_by_role("button", name="Valider la demande").dblclick()
    expect(page.locator(".flash-ok")).to_contain_text("Demande créée")
    expect(page).to_have_url(f"{url}/items/{second}")
    assert claims(settings) == 1
    with unit_of_work(settings.effective_database_url) as session:
        assert session.scalar(select(func.count()).select_from(Correction)) == 1
        item = session.get(ReviewItem, first)
        assert item is not None and item.status == "closed" and item.decided_by == "claire"

    # the keyboard: "a" approves the item on screen (its fields are valid)
    page.locator("h1").click()
    page.keyboard.press("a")
    expect(page.locator(".flash-ok").first).to_contain_text("Demande créée")
    expect(page.locator(".flash-ok").last).to_contain_text("La file de revue est vide")
    assert claims(settings) == 2


def test_clerk_cannot_reach_supervisor_pages(desk: dict[str, Any], page: Any) -> None:
    from playwright.sync_api import expect

    log_in(page, desk["url"], "claire")
    expect(page.get_by_role("link", name="Supervision")).to_have_count(0)
    for path in ("/supervision", "/audit", "/comptes"):
        response = page.goto(desk["url"] + path)
        assert response is not None and response.status == 403
        expect(page.get_by_role("heading", name="Accès réservé aux superviseurs")).to_be_visible()


def test_supervisor_sees_dashboard_and_audit(desk: dict[str, Any], page: Any) -> None:
    from playwright.sync_api import expect

    log_in(page, desk["url"], "sophie")
    page.get_by_role("link", name="Supervision").click()
    expect(page.get_by_text("en attente de revue")).to_be_visible()
    page.get_by_role("link", name="Journal d’audit").click()
    expect(page.get_by_role("cell", name="user.login").first).to_be_visible()


def test_anonymous_request_to_a_page_image_is_refused(desk: dict[str, Any], page: Any) -> None:
    first, _ = desk["items"]
    response = page.request.get(f"{desk['url']}/items/{first}/pages/1.png")
    assert response.status == 401
    assert not response.body().startswith(b"\x89PNG")
    page.goto(f"{desk['url']}/items/{first}")
    assert "/login" in page.url
