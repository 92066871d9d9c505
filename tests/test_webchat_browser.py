"""The web chat as a help-seeker meets it, in a real Chromium."""
from __future__ import annotations

import re

from playwright.async_api import Browser, Locator, Page, expect
from sqlalchemy import select

from bot.store import vault
from bot.store.models import Callback, Conversation, Message
from tests.service_fixtures import CLOSED, Running


async def open_chat(browser: Browser, running: Running, lang: str = "nl") -> Page:
    page = await browser.new_page()
    await page.goto(f"{running.url}/chat?lang={lang}")
    return page


async def say(page: Page, text: str, label: str = "Bericht") -> None:
    box = page.get_by_role("textbox", name=label)
    await box.fill(text)
    await box.press("Enter")


def bot_messages(page: Page) -> Locator:
    return page.locator("#log li.bot")


async def resume(page: Page, code: str) -> None:
    question = "Heb je een code van een eerder gesprek?"
    await page.get_by_text(question).first.click()
    await page.get_by_role("textbox", name=question).fill(code)
    await page.get_by_role("button", name="Verder met mijn gesprek").click()


async def test_faq_question_gets_its_answer_at_once(browser: Browser, running: Running) -> None:
    page = await open_chat(browser, running)
    await expect(page.locator("#status")).to_contain_text("bereikbaar tot 22:00")
    await say(page, "kost het eigenlijk iets om met jullie te praten?")
    await expect(bot_messages(page).first).to_contain_text("gratis")
    await expect(bot_messages(page).first).to_contain_text("Wil je hierover met iemand praten?")
    async with running.service.store.sessionmaker() as s:
        conv = (await s.execute(select(Conversation))).scalar_one()
    assert conv.state == "bot" and conv.faq_answered == ["costs"]


async def test_story_is_queued_with_a_place_in_the_queue(browser: Browser, running: Running) -> None:
    page = await open_chat(browser, running)
    await say(page, "Sinds een paar maanden merk ik dat mijn gedachten steeds vaker afdwalen naar "
                    "dingen waar ik me voor schaam. Ik weet niet goed met wie ik dit kan bespreken.")
    await expect(bot_messages(page).first).to_contain_text("Je bent nummer 1 in de wachtrij")
    running.clock.advance(seconds=30)
    second = await open_chat(browser, running)
    await say(second, "Mijn broer doet vreemd tegen mijn dochter en ik weet niet wat ik moet doen.")
    await expect(bot_messages(second).first).to_contain_text("Je bent nummer 2 in de wachtrij")


async def test_english_writer_gets_english(browser: Browser, running: Running) -> None:
    page = await open_chat(browser, running, lang="en")
    await expect(page.get_by_role("textbox", name="Message")).to_be_visible()
    await say(page, "I have had these thoughts for years and I need to talk to someone about it.",
              label="Message")
    await expect(bot_messages(page).first).to_contain_text("You are number 1 in the queue")


async def test_urgent_message_shows_emergency_numbers(browser: Browser, running: Running) -> None:
    page = await open_chat(browser, running)
    await say(page, "ik zie het niet meer zitten, ik wil er vanavond een eind aan maken")
    first = bot_messages(page).first
    await expect(first).to_contain_text("112")
    await expect(first).to_contain_text("0800-0113")
    async with running.service.store.sessionmaker() as s:
        conv = (await s.execute(select(Conversation))).scalar_one()
    assert conv.urgent and conv.state == "waiting" and "suicide" in conv.urgent_reasons


async def test_out_of_hours_offers_next_opening_and_books_a_callback(browser: Browser,
                                                                     running: Running) -> None:
    running.clock.set(CLOSED)
    page = await open_chat(browser, running)
    await expect(page.locator("#status")).to_contain_text("morgen")
    await expect(page.locator("#status")).to_contain_text("09:00")
    await say(page, "Ik wil graag met iemand praten over iets wat me al lang dwarszit.")
    first = bot_messages(page).first
    await expect(first).to_contain_text("We zijn nu gesloten")
    await first.get_by_role("button", name="Laat je terugbellen").click()
    await page.get_by_role("textbox", name=re.compile("Telefoonnummer")).fill("06 1234 5678")
    await page.get_by_role("button", name="Afspraak maken").click()
    await expect(bot_messages(page).nth(1)).to_contain_text("terugbelafspraak staat")
    async with running.service.store.sessionmaker() as s:
        cb = (await s.execute(select(Callback))).scalar_one()
        held = await vault.vault_get(s, cb.conversation_id)
    assert cb.kind == "phone" and cb.state == "booked" and cb.slot_start is not None
    assert held["callback_phone"] == "+31612345678"
    if running.db_file().exists():
        raw = running.db_file().read_bytes() + _wal(running)
        assert b"12345678" not in raw and b"1234 5678" not in raw


async def test_resume_with_code_after_reload(browser: Browser, running: Running) -> None:
    page = await open_chat(browser, running)
    await say(page, "Ik heb een vraag over mijn situatie die ik liever met een mens bespreek.")
    first = bot_messages(page).first
    await expect(first).to_contain_text("Bewaar deze code")
    code = re.search(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", await first.inner_text())
    assert code is not None
    await page.reload()
    await expect(page.locator("#log li")).to_have_count(0)
    await resume(page, code.group(0).lower())
    await expect(page.locator("#log li.writer")).to_contain_text("liever met een mens")
    await expect(page.locator("#notice")).to_contain_text("Welkom terug")
    await say(page, "Ik ben er weer.")
    await expect(page.locator("#log li.writer")).to_have_count(2)
    async with running.service.store.sessionmaker() as s:
        n = len((await s.execute(select(Conversation))).scalars().all())
    assert n == 1


async def test_wrong_code_is_refused_kindly(browser: Browser, running: Running) -> None:
    page = await open_chat(browser, running)
    await resume(page, "AAAA-BBBB-CCCC")
    await expect(page.locator("#notice")).to_contain_text("Deze code kennen we niet")


async def test_quick_exit_leaves_no_trace(browser: Browser, running: Running) -> None:
    page = await open_chat(browser, running)
    await say(page, "dit is een test")
    await expect(bot_messages(page)).to_have_count(1)
    await page.get_by_role("button", name="Snel weg").click()
    await page.wait_for_url(lambda u: "/chat" not in u)
    assert "/chat" not in page.url


async def test_escape_twice_leaves(browser: Browser, running: Running) -> None:
    page = await open_chat(browser, running)
    await page.get_by_role("textbox", name="Bericht").click()
    await page.keyboard.press("Escape")
    await page.keyboard.press("Escape")
    await page.wait_for_url(lambda u: "/chat" not in u)


async def test_html_in_a_message_is_shown_as_text(browser: Browser, running: Running) -> None:
    page = await open_chat(browser, running)
    ran: list[str] = []
    page.on("dialog", lambda d: ran.append(d.message))
    await say(page, "<img src=x onerror=alert(1)><script>alert(2)</script> hallo")
    await expect(bot_messages(page)).to_have_count(1)
    await page.reload()
    assert ran == []
    await expect(page.locator("img")).to_have_count(0)


async def test_page_has_no_cookies_and_a_strict_policy(browser: Browser, running: Running) -> None:
    page = await browser.new_page()
    response = await page.goto(f"{running.url}/chat")
    assert response is not None
    headers = await response.all_headers()
    assert "set-cookie" not in headers
    csp = headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    await say(page, "hallo, ik heb een vraag")
    await expect(bot_messages(page)).to_have_count(1)
    assert await page.context.cookies() == []


def _wal(running: Running) -> bytes:
    wal = running.db_file().with_name("intake.db-wal")
    return wal.read_bytes() if wal.exists() else b""


async def test_canary_identifiers_appear_nowhere_but_scrubbed(browser: Browser, running: Running) -> None:
    canaries = {
        "email": "kanarie.vogel@example.org",
        "phone": "06-98765432",
        "iban": "NL91ABNA0417164300",
        "name": "Ysbrand Kanariepiet",
    }
    page = await open_chat(browser, running)
    await say(page, f"Ik ben {canaries['name']}, mail me op {canaries['email']} of bel {canaries['phone']}. "
                    f"Mijn rekening is {canaries['iban']}.")
    await expect(bot_messages(page)).to_have_count(1)
    async with running.service.store.sessionmaker() as s:
        stored = (await s.execute(select(Message).where(Message.sender == "writer"))).scalar_one()
    assert "[e-mailadres" in (stored.body or "")
    html = await page.content()
    history_page = await open_chat(browser, running)
    code = re.search(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", await bot_messages(page).first.inner_text())
    assert code
    await resume(history_page, code.group(0))
    await expect(history_page.locator("#log li.writer")).to_contain_text("[")
    shown_again = await history_page.locator("#log").inner_text()
    raw = (running.db_file().read_bytes() + _wal(running)) if running.db_file().exists() else b""
    for value in canaries.values():
        for needle in {value, value.split()[-1], re.sub(r"\D", "", value) or value}:
            if len(needle) < 6:
                continue
            assert needle.encode() not in raw, f"{needle} in the database file"
            assert needle not in running.logs.text(), f"{needle} in the logs"
            assert needle not in shown_again, f"{needle} in the history served to the page"
    assert canaries["email"] in html  # the writer's own bubble, in their own browser only


async def test_a_message_refused_in_a_flood_is_marked_and_given_back(browser: Browser,
                                                                     running: Running) -> None:
    page = await open_chat(browser, running)
    limit = running.service.settings.webchat.messages_per_minute
    for i in range(3 * limit):
        await say(page, f"bericht {i}")
    await expect(page.locator("#notice")).to_contain_text("niets verloren")
    await expect(page.locator("#log li.writer.stored")).to_have_count(3 * limit)
    await say(page, "dit ene bericht wil ik echt kwijt")
    last = page.locator("#log li.writer").last
    await expect(last).to_contain_text("niet verstuurd")
    await expect(page.locator("#notice")).to_contain_text("niet verstuurd")
    box = page.get_by_role("textbox", name="Bericht")
    await expect(box).to_have_value("dit ene bericht wil ik echt kwijt")
