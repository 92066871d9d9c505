"""The counsellor console in a real Chromium, with a help-seeker in the web chat."""
from __future__ import annotations

import asyncio
import re
from datetime import timedelta

import pyotp
from playwright.async_api import Browser, BrowserContext, Page, expect
from sqlalchemy import select

from bot.store import claims
from bot.store.models import Conversation, VaultEntry
from bot.store.models_console import AuditEntry, Registration
from bot.store.models_figures import RegistrationPlatform
from tests.console_helpers import PASSWORD, add_account
from tests.service_fixtures import Running

STORY = ("Sinds een paar maanden merk ik dat mijn gedachten steeds vaker afdwalen naar dingen "
         "waar ik me voor schaam. Ik weet niet goed met wie ik dit kan bespreken.")


async def writer(browser: Browser, running: Running, text: str) -> Page:
    page = await browser.new_page()
    await page.goto(f"{running.url}/chat?lang=nl")
    box = page.get_by_role("textbox", name="Bericht")
    await box.fill(text)
    await box.press("Enter")
    await expect(page.locator("#log li.bot").first).to_be_visible()
    return page


async def sign_in(browser: Browser, running: Running, name: str) -> tuple[BrowserContext, Page]:
    context = await browser.new_context()
    page = await context.new_page()
    await page.goto(f"{running.url}/console/login")
    await page.get_by_label("Naam").fill(name)
    await page.get_by_label("Wachtwoord").fill(PASSWORD)
    await page.get_by_role("button", name="Aanmelden").click()
    # First sign-in: enrolment shows the secret as text and as a QR image.
    await expect(page.get_by_role("img", name="QR-code voor de authenticator-app")).to_be_visible()
    secret = (await page.locator("#totp-secret").inner_text()).strip()
    code = pyotp.TOTP(secret).at(running.clock.now())
    await page.get_by_label("Code").fill(code)
    await page.get_by_role("button", name="Bevestigen").click()
    await expect(page.get_by_role("heading", name="Wachtrij", exact=True)).to_be_visible()
    return context, page


async def test_writer_to_counsellor_and_back_then_close(browser: Browser, running: Running) -> None:
    chat = await writer(browser, running, STORY)
    await add_account(running, "Anna")
    _, console = await sign_in(browser, running, "Anna")
    row = console.locator("#queue tbody tr")
    await expect(row).to_have_count(1)
    await expect(row).to_contain_text("Webchat")
    await expect(row).to_contain_text("verbonden")
    await row.get_by_role("button", name="Oppakken").click()
    await expect(console.locator("#holder")).to_have_text("Bij jou")
    await expect(console.locator("#messages .msg.writer")).to_contain_text("afdwalen")
    await expect(console.locator("#messages .msg.bot")).to_contain_text("wachtrij")

    await console.get_by_label("Antwoord aan de hulpvrager").fill("Fijn dat je schrijft. Ik ben Anna.")
    await console.get_by_role("button", name="Versturen").click()
    await expect(chat.locator("#log li").filter(has_text="Ik ben Anna")).to_be_visible()
    await expect(console.locator("#messages .msg.counsellor .delivery")).to_have_text("afgeleverd")

    await console.get_by_label("Interne notitie (niet zichtbaar voor de hulpvrager)").fill("Eerste contact.")
    await console.get_by_role("button", name="Notitie opslaan").click()
    await expect(console.locator("#messages .msg.note")).to_contain_text("Eerste contact.")

    await console.get_by_label("Zorgen over eigen gevoelens of gedrag").check()
    await console.get_by_label("Reden van contact").select_option("feelings_minors")
    await console.get_by_label("Zelfhulpmodules").check()
    await console.get_by_label("Belafspraak De Waag (forensische polikliniek)").check()
    await console.get_by_label("Leeftijd (optioneel)").select_option("26+")
    await console.get_by_label("Snapchat").check()
    await console.get_by_role("button", name="Gesprek afsluiten").click()
    await expect(console.get_by_role("heading", name="Wachtrij", exact=True)).to_be_visible()
    await expect(console.locator("#queue")).to_contain_text("Niemand wacht")
    await expect(chat.locator("#log li").filter(has_text="Eerste contact")).to_have_count(0)

    async with running.service.store.sessionmaker() as s:
        conv = (await s.execute(select(Conversation))).scalar_one()
        reg = await s.get(Registration, conv.id)
        entry = await s.get(VaultEntry, conv.id)
        actions = {e.action for e in (await s.execute(select(AuditEntry))).scalars()}
        platforms = list((await s.execute(select(RegistrationPlatform.platform))).scalars())
    assert conv.state == "closed" and conv.claimed_by is None
    assert reg is not None and reg.target_group == "own_feelings" and reg.reason == "feelings_minors"
    assert reg.help_offered == ["self_help", "waag_appointment"]
    assert reg.age_band == "26+" and reg.gender is None
    assert platforms == ["snapchat"]
    # The web chat keeps no reply address in the vault (it answers over the open socket); the
    # vault's expiry at closing is checked with a Telegram conversation in
    # test_console_integration.py.
    assert entry is None
    assert {"viewed", "claimed", "replied", "noted", "closed", "signed_in"} <= actions


async def test_two_counsellors_claim_at_once_exactly_one_gets_it(browser: Browser, running: Running) -> None:
    await writer(browser, running, STORY)
    await add_account(running, "Anna")
    await add_account(running, "Bram")
    _, anna = await sign_in(browser, running, "Anna")
    _, bram = await sign_in(browser, running, "Bram")
    for page in (anna, bram):
        await page.locator("#queue tbody tr").get_by_role("link", name="Bekijken").click()
        await expect(page.get_by_role("button", name="Oppakken")).to_be_visible()
    await asyncio.gather(anna.get_by_role("button", name="Oppakken").click(),
                         bram.get_by_role("button", name="Oppakken").click())
    holders = []
    for page, other in ((anna, "Bram"), (bram, "Anna")):
        await expect(page.locator("#holder")).to_have_text(re.compile("Bij jou|in behandeling door"))
        text = await page.locator("#holder").inner_text()
        holders.append(text == "Bij jou")
        if text != "Bij jou":
            assert text == f"in behandeling door {other}"
            await expect(page.get_by_label("Antwoord aan de hulpvrager")).to_have_count(0)
    assert sorted(holders) == [False, True]
    async with running.service.store.sessionmaker() as s:
        claimed = (await s.execute(select(AuditEntry).where(AuditEntry.action == "claimed"))).scalars().all()
    assert len(claimed) == 1


async def test_live_queue_and_holder_updates(browser: Browser, running: Running) -> None:
    await add_account(running, "Anna")
    await add_account(running, "Bram")
    _, anna = await sign_in(browser, running, "Anna")
    _, bram = await sign_in(browser, running, "Bram")
    await expect(anna.locator("body[data-live-connected]")).to_have_count(1)
    await expect(anna.locator("#queue")).to_contain_text("Niemand wacht")
    await writer(browser, running, STORY)
    await expect(anna.locator("#queue tbody tr")).to_have_count(1)  # no reload
    await bram.reload()
    await bram.locator("#queue tbody tr").get_by_role("button", name="Oppakken").click()
    await expect(anna.locator("#held")).to_contain_text("in behandeling door Bram")
    await expect(anna.locator("#queue")).to_contain_text("Niemand wacht")


async def test_html_and_script_in_messages_are_shown_as_text(browser: Browser, running: Running) -> None:
    hostile = '<img src=x onerror=alert(1)><script>alert(2)</script><b>vet</b> "quote" hallo'
    await writer(browser, running, hostile)
    await add_account(running, "Anna")
    _, console = await sign_in(browser, running, "Anna")
    dialogs: list[str] = []
    console.on("dialog", lambda d: dialogs.append(d.message))
    await console.locator("#queue tbody tr").get_by_role("button", name="Oppakken").click()
    body = console.locator("#messages .msg.writer .body")
    await expect(body).to_contain_text("<script>alert(2)</script>")
    await expect(body).to_contain_text("<b>vet</b>")
    await expect(console.locator("#messages img, #messages script, #messages b")).to_have_count(0)
    await console.get_by_label("Antwoord aan de hulpvrager").fill("<i>geen opmaak</i>")
    await console.get_by_role("button", name="Versturen").click()
    await expect(console.locator("#messages .msg.counsellor .body")).to_have_text("<i>geen opmaak</i>")
    await console.reload()
    await asyncio.sleep(0.3)
    assert dialogs == []


async def test_callback_number_only_for_the_holder_in_the_slot(browser: Browser, running: Running) -> None:
    from bot import callbacks
    from tests.service_fixtures import CLOSED
    running.clock.set(CLOSED)
    chat = await writer(browser, running, "Ik wil graag met iemand praten over iets wat me dwarszit.")
    await chat.locator("#log li.bot").first.get_by_role("button", name="Laat je terugbellen").click()
    await chat.get_by_role("textbox", name=re.compile("Telefoonnummer")).fill("06 1234 5678")
    await chat.get_by_role("button", name="Afspraak maken").click()
    await expect(chat.locator("#log li.bot").nth(1)).to_contain_text("terugbelafspraak staat")
    async with running.service.store.sessionmaker() as s:
        cb = (await s.execute(select(callbacks.Callback))).scalar_one()
    assert cb.slot_start is not None
    running.clock.set(cb.slot_start - timedelta(minutes=20))
    anna = await add_account(running, "Anna")
    _, console = await sign_in(browser, running, "Anna")
    await expect(console.locator("#callbacks")).to_contain_text("Terugbellen")
    await console.locator("#queue tbody tr").get_by_role("button", name="Oppakken").click()
    await expect(console.locator("#appointments")).to_contain_text("alleen zichtbaar tijdens het tijdslot")
    await expect(console.get_by_role("button", name="Toon nummer")).to_have_count(0)
    running.clock.set(cb.slot_start + timedelta(minutes=1))
    # In real time the open console renewed the lease all along (every lease/3 seconds); the
    # injected clock jumped 21 minutes at once, so renew as that heartbeat would have.
    async with running.service.store.write() as s:
        assert await claims.renew(s, cb.conversation_id, anna, running.clock.now(), 120)
    await console.reload()
    await console.get_by_role("button", name="Toon nummer").click()
    await expect(console.locator(".callback-number")).to_have_text("+31612345678")
    await console.get_by_role("button", name="Gebeld, afronden").click()
    await expect(console.locator(".callback-number")).to_have_count(0)
    async with running.service.store.sessionmaker() as s:
        from bot.store import vault
        held = await vault.vault_get(s, cb.conversation_id)
        revealed = (await s.execute(select(AuditEntry).where(
            AuditEntry.action == "revealed_callback_number"))).scalars().all()
    assert "callback_phone" not in held and len(revealed) == 1
