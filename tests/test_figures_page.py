"""The page "Cijfers" for a signed-in supervisor: in a real Chromium with SVG charts and no
script from elsewhere, printable; refused to anyone else; the CSV download."""
from __future__ import annotations

import csv
import io
import re

from playwright.async_api import Browser, expect
from yarl import URL

from bot.console.sessions import COOKIE
from tests.console_helpers import add_account, client, sign_in
from tests.figures_data import expected, generate, insert
from tests.service_fixtures import Running

pytest_plugins = ["tests.browser", "tests.service_fixtures", "tests.store_fixtures"]
PAGE = "/console/cijfers?kind=year&year=2025"


async def test_supervisor_sees_charts_and_tables_in_chromium(browser: Browser, running: Running) -> None:
    g = generate(seed=3, sizes={2024: 150, 2025: 180})
    await insert(running.service.store, g)
    await add_account(running, "Sanne", "supervisor")
    async with client() as http:
        await sign_in(http, running, "Sanne", {})
        token = http.cookie_jar.filter_cookies(URL(running.url + "/console"))[COOKIE].value
    context = await browser.new_context()
    await context.add_cookies([{"name": COOKIE, "value": token, "url": running.url + "/console"}])
    page = await context.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    failed: list[str] = []
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    await page.goto(running.url + PAGE)
    await expect(page.get_by_role("heading", name="Cijfers 2025", exact=True)).to_be_visible()

    total = expected(g, 2025)["overzicht"]["conversations"]
    card = page.locator(".headline .card").first
    await expect(card).to_contain_text(f"{total:,}".replace(",", "."))
    await expect(card).to_contain_text("t.o.v. 2024")
    charts = page.locator("svg.chart")
    assert await charts.count() >= 10
    await expect(page.get_by_role("img", name="Doelgroepen")).to_be_visible()
    assert (await page.get_by_role("img", name="Doelgroepen").bounding_box() or {}).get("width", 0) > 300
    # Small cells are "<5" on the page too, never the number.
    cells = await page.locator("table.figures td.num").all_inner_texts()
    for text in cells:
        if re.fullmatch(r"\d[\d.]*", text):
            assert int(text.replace(".", "")) >= 5, text
    assert "<5" in cells

    # Nothing from elsewhere: every request went to this server, every script is our own file.
    assert requests and all(u.startswith(running.url) for u in requests), requests
    scripts = await page.eval_on_selector_all("script", "els => els.map(e => e.src)")
    assert all(src.startswith(running.url + "/console/static/") for src in scripts), scripts
    # No CSP violation (an inline style or script would log one); the browser's own favicon
    # request is the only thing allowed to miss.
    assert all(u.endswith("/favicon.ico") for u in failed), failed
    assert all("Failed to load resource" in e for e in errors), errors

    # Printable: the navigation and the period picker are left off paper, the charts stay.
    await page.emulate_media(media="print")
    await expect(page.locator("form.period")).to_be_hidden()
    await expect(page.locator("header.top")).to_be_hidden()
    await expect(charts.first).to_be_visible()

    # The period picker: a quarter.
    await page.emulate_media(media="screen")
    await page.get_by_label("Soort periode", exact=True).select_option("quarter")
    await page.get_by_label("Kwartaal", exact=True).select_option("2")
    await page.get_by_role("button", name="Toon").click()
    await expect(page.get_by_role("heading", name="Cijfers K2 2025", exact=True)).to_be_visible()
    await context.close()


async def test_only_a_signed_in_supervisor_gets_the_figures_and_the_csv(running: Running) -> None:
    g = generate(seed=4, sizes={2024: 60, 2025: 80})
    await insert(running.service.store, g)
    await add_account(running, "Anna")
    await add_account(running, "Sanne", "supervisor")
    async with client() as http:
        for path in (PAGE, "/console/cijfers.csv?year=2025"):
            async with http.get(running.url + path, allow_redirects=False) as r:
                assert r.status == 302 and r.headers["Location"] == "/console/login"
        await sign_in(http, running, "Anna", {})
        for path in (PAGE, "/console/cijfers.csv?year=2025", "/console/cijfers/figures.css"):
            async with http.get(running.url + path, allow_redirects=False) as r:
                assert r.status == 403
    async with client() as http:
        await sign_in(http, running, "Sanne", {})
        async with http.get(running.url + "/console/cijfers.csv?kind=year&year=2025") as r:
            assert r.status == 200 and r.content_type == "text/csv"
            assert 'filename="cijfers-2025.csv"' in r.headers["Content-Disposition"]
            body = (await r.read()).decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(body), delimiter=";"))
        by_label = {(r[1], r[2]): r for r in rows[1:]}
        total = expected(g, 2025)["overzicht"]["conversations"]
        assert by_label[("Overzicht", "Gesprekken (contactmomenten)")][3] == str(total)
        for r in rows[1:]:
            if r[2] in ("Mediaan", "90e percentiel"):
                continue
            for cell in (r[3], r[6]):
                assert cell in ("<5", "×") or int(cell) >= 5, r
        async with http.get(running.url + "/console/cijfers?kind=custom&from=2025-05-01&to=2025-04-01") as r:
            assert r.status == 400
            assert "einddatum" in await r.text()
