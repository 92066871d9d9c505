"""The console together with the figures, the e-mail channel and the opening hours, over HTTP:
a closing registration is counted in the figures; a reply needs a lease still running; mail
problems show on the queue page and can be marked solved; closures reach every instance."""
from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import timedelta
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from sqlalchemy import func, select

from bot.clock import FixedClock
from bot.console import closures
from bot.console.relay import PgRelay, dsn_of
from bot.console.replies import NotHolder, send_reply
from bot.console.state import Console
from bot.figures import categories as cat
from bot.figures.period import year
from bot.figures.report import figures_for
from bot.store import claims, vault
from bot.store.models import Conversation, Message, Outbox, VaultEntry
from bot.store.models_console import AuditEntry, LineClosure
from bot.store.models_email import MailProblem
from bot.web import ACCESS_LOG_FORMAT, build_app
from tests.console_helpers import add_account, client, csrf_of, later, sign_in
from tests.service_fixtures import OPEN, LogLines, Running
from tests.store_fixtures import add_conversation
from tests.test_email_fixtures import Dovecot, SmtpSink, free_port, quiet_mail_loggers, start_dovecot

MAIL_NOTICE = "1 e-mail kon niet worden gelezen; zie de gemarkeerde berichten in de mailbox"


def _option_values(html: str, name: str) -> list[str]:
    select_html = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', html, re.S)
    assert select_html, f"no select {name}"
    return re.findall(r'<option value="([^"]*)"', select_html.group(1))


def _checkbox_values(html: str, name: str) -> list[str]:
    return re.findall(rf'type="(?:checkbox|radio)" name="{name}" value="([^"]*)"', html)


async def _claim(http: aiohttp.ClientSession, running: Running, cid: str, token: str) -> None:
    async with http.post(f"{running.url}/console/c/{cid}/claim", data={"csrf": token},
                         allow_redirects=False) as r:
        assert r.status == 303


# -- registration feeds the figures ---------------------------------------------------------
async def test_a_closed_conversations_registration_is_counted_in_the_figures(running: Running) -> None:
    store = running.service.store
    await add_account(running, "Anna")
    cid = await add_conversation(store, state="waiting", channel="telegram", at=running.clock.now())
    async with store.write() as s:  # a channel that replies through the vault
        await vault.vault_put(s, cid, "telegram", {"chat_id": 1}, now=running.clock.now())
    async with client() as http:
        token = csrf_of(await sign_in(http, running, "Anna", {}))
        await _claim(http, running, cid, token)
        async with http.get(f"{running.url}/console/c/{cid}") as r:
            page = await r.text()
        # The form offers exactly the figures' categories, "onbekend" being the empty choice.
        assert _option_values(page, "age_band") == ["", *(c for c, _ in cat.AGE_BANDS)]
        assert _option_values(page, "gender") == ["", *(c for c, _ in cat.GENDERS)]
        assert _option_values(page, "reason") == ["", *(c for c, _ in cat.REASONS)]
        assert _checkbox_values(page, "target_group") == [c for c, _ in cat.TARGET_GROUPS]
        assert _checkbox_values(page, "help") == [c for c, _ in cat.HELP_OFFERED]
        assert _checkbox_values(page, "platform") == [c for c, _ in cat.PLATFORMS]
        form = [("csrf", token), ("target_group", "own_feelings"), ("reason", "online_material"),
                ("help", "self_help"), ("help", "gp"), ("age_band", "19-25"), ("gender", "non-binair"),
                ("platform", "snapchat"), ("platform", "discord"), ("platform", "snapchat"),
                ("platform", "myspace")]  # repeated and unknown codes are not stored
        async with http.post(f"{running.url}/console/c/{cid}/close", data=form, allow_redirects=False) as r:
            assert r.status == 303 and r.headers["Location"] == "/console"
    closed_at = running.clock.now()

    figures = await figures_for(store, year(2026), running.service.hours.is_open)

    def counted(key: str) -> dict[str | None, float]:
        return {row.code: row.now for row in figures.table(key).rows if row.now}

    assert counted("doelgroepen") == {"own_feelings": 1}
    assert counted("redenen") == {"online_material": 1}
    assert counted("hulpaanbod") == {"self_help": 1, "gp": 1}
    assert counted("leeftijden") == {"19-25": 1}
    assert counted("gender") == {"non-binair": 1}
    assert counted("platforms") == {"snapchat": 1, "discord": 1}
    async with store.sessionmaker() as s:
        conv = await s.get(Conversation, cid)
        entry = await s.get(VaultEntry, cid)
    assert conv is not None and conv.state == "closed"
    grace = timedelta(hours=running.service.settings.retention.vault_grace_hours)
    assert entry is not None and entry.expires_at == closed_at + grace


async def test_a_registration_without_age_or_gender_counts_as_unknown(running: Running) -> None:
    store = running.service.store
    await add_account(running, "Anna")
    cid = await add_conversation(store, state="waiting", at=running.clock.now())
    async with client() as http:
        token = csrf_of(await sign_in(http, running, "Anna", {}))
        await _claim(http, running, cid, token)
        async with http.post(f"{running.url}/console/c/{cid}/close", allow_redirects=False,
                             data={"csrf": token, "target_group": "professional",
                                   "reason": "case_consultation", "age_band": "", "gender": ""}) as r:
            assert r.status == 303
    figures = await figures_for(store, year(2026), running.service.hours.is_open)
    ages = {row.code: row.now for row in figures.table("leeftijden").rows if row.now}
    genders = {row.code: row.now for row in figures.table("gender").rows if row.now}
    assert ages == {None: 1} and genders == {None: 1}
    assert not [row for row in figures.table("platforms").rows if row.now]


# -- the reply race ---------------------------------------------------------------------------
async def _messages_and_items(running: Running, cid: str) -> tuple[int, int]:
    async with running.service.store.sessionmaker() as s:
        messages = (await s.execute(select(func.count()).select_from(Message).where(
            Message.conversation_id == cid, Message.sender == "counsellor"))).scalar_one()
        items = (await s.execute(select(func.count()).select_from(Outbox).where(
            Outbox.conversation_id == cid))).scalar_one()
    return messages, items


async def test_a_reply_after_the_lease_lapsed_is_refused(running: Running) -> None:
    store = running.service.store
    await add_account(running, "Anna")
    cid = await add_conversation(store, state="waiting", at=running.clock.now())
    lease = running.service.settings.queue.claim_lease_seconds
    async with client() as http:
        token = csrf_of(await sign_in(http, running, "Anna", {}))
        await _claim(http, running, cid, token)
        async with http.post(f"{running.url}/console/c/{cid}/reply", allow_redirects=False,
                             data={"csrf": token, "text": "Fijn dat je schrijft."}) as r:
            assert r.status == 303
        assert await _messages_and_items(running, cid) == (1, 1)
        # Nobody expired the lease yet (no console open to sweep): the row still says "claimed".
        later(running, seconds=lease + 1)
        async with http.post(f"{running.url}/console/c/{cid}/reply", allow_redirects=False,
                             data={"csrf": token, "text": "Ben je er nog?"}) as r:
            assert r.status == 409
            page = await r.text()
        assert "je hebt dit gesprek niet meer in behandeling" in page
        assert "Ben je er nog?" in page  # the draft is kept, not lost
        assert await _messages_and_items(running, cid) == (1, 1)
        # Nor can the lapsed holder close it.
        async with http.post(f"{running.url}/console/c/{cid}/close", allow_redirects=False,
                             data={"csrf": token, "target_group": "other", "reason": "other"}) as r:
            assert r.status == 409
    async with store.sessionmaker() as s:
        replied = (await s.execute(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "replied"))).scalar_one()
    assert replied == 1


async def test_send_reply_checks_the_holder_in_its_own_transaction(running: Running) -> None:
    service = running.service
    console = Console.create(service)
    anna = await add_account(running, "Anna")
    bram = await add_account(running, "Bram")
    cid = await add_conversation(service.store, state="waiting", at=running.clock.now())
    now = running.clock.now()
    async with service.store.write() as s:
        assert await claims.claim(s, cid, anna, now, console.lease_seconds)
    with pytest.raises(NotHolder):
        await send_reply(console, cid, bram, "niet van Bram")
    assert await send_reply(console, cid, anna, "Fijn dat je schrijft.") > 0
    running.clock.set(now + timedelta(seconds=console.lease_seconds + 1))
    async with service.store.write() as s:  # the lapsed lease is taken by a colleague
        assert await claims.claim(s, cid, bram, running.clock.now(), console.lease_seconds)
    with pytest.raises(NotHolder):
        await send_reply(console, cid, anna, "te laat")
    async with service.store.sessionmaker() as s:
        bodies = (await s.execute(select(Message.body).where(Message.sender == "counsellor"))).scalars().all()
        conv = await s.get(Conversation, cid)
    assert list(bodies) == ["Fijn dat je schrijft."]
    assert conv is not None and conv.claimed_by == bram


# -- mail problems on the queue page ----------------------------------------------------------
@pytest.fixture(scope="module")
def dovecot() -> Iterator[Dovecot]:
    yield from start_dovecot()


@pytest.fixture
async def with_email(tmp_path: Path, dovecot: Dovecot) -> AsyncIterator[Running]:
    """A running service with the e-mail channel on (real Dovecot, an SMTP sink), on SQLite."""
    from bot.service import Service
    from bot.settings import load_settings
    from tests.test_email_channel import email_settings

    quiet_mail_loggers()
    smtp = SmtpSink("127.0.0.1", free_port())
    smtp.start()
    data_dir = tmp_path / "data"
    overrides = email_settings(data_dir, dovecot, smtp.port, "console@stopitnow.test")
    clock = FixedClock(OPEN)
    service = Service(load_settings(None, env={}, overrides=overrides), clock=clock, run_jobs=False)
    await service.start()
    runner = web.AppRunner(build_app(service), access_log_format=ACCESS_LOG_FORMAT, shutdown_timeout=0.5)
    await runner.setup()
    port = overrides["port"]
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        yield Running(service, clock, f"http://127.0.0.1:{port}", data_dir, LogLines())
    finally:
        await runner.cleanup()
        await service.stop()
        smtp.stop()


async def _problem(running: Running, uid: int) -> None:
    async with running.service.store.write() as s:
        s.add(MailProblem(noticed_at=running.clock.now(), uidvalidity=1, uid=uid, reason="unreadable"))


async def test_mail_problems_show_on_the_queue_and_are_marked_solved(with_email: Running) -> None:
    running = with_email
    await add_account(running, "Anna")
    async with client() as http:
        page = await sign_in(http, running, "Anna", {})
        assert 'id="mail-problems"' in page and "kon niet worden gelezen" not in page
        await _problem(running, 7)
        async with http.get(f"{running.url}/console") as r:
            page = await r.text()
        assert MAIL_NOTICE in page
        token = csrf_of(page)
        upto = re.search(r'name="upto" value="(\d+)"', page)
        assert upto is not None
        await _problem(running, 8)  # flagged after the page was drawn: not solved unseen
        async with http.post(f"{running.url}/console/mail-problems/resolve", allow_redirects=False,
                             data={"csrf": "wrong-token", "upto": upto.group(1)}) as r:
            assert r.status == 403
        async with http.post(f"{running.url}/console/mail-problems/resolve",
                             data={"csrf": token, "upto": upto.group(1)}) as r:
            assert r.status == 200
            page = await r.text()
        assert MAIL_NOTICE in page  # the second one still waits
        async with http.post(f"{running.url}/console/mail-problems/resolve",
                             data={"csrf": token, "upto": re.findall(r'name="upto" value="(\d+)"',
                                                                     page)[0]}) as r:
            page = await r.text()
        assert "kon niet worden gelezen" not in page and "konden niet" not in page
    async with running.service.store.sessionmaker() as s:
        problems = (await s.execute(select(MailProblem).order_by(MailProblem.uid))).scalars().all()
        audited = (await s.execute(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "mail_problems_resolved"))).scalar_one()
    assert [p.resolved_at for p in problems] == [running.clock.now()] * 2
    assert audited == 2


async def test_the_queue_page_refreshes_on_a_mail_problem_event(with_email: Running) -> None:
    running = with_email
    await add_account(running, "Anna")
    async with client() as http:
        await sign_in(http, running, "Anna", {})
        async with http.ws_connect(f"{running.url.replace('http', 'ws')}/console/live") as ws:
            await asyncio.sleep(0.1)
            await _problem(running, 9)
            running.service.events.publish({"type": "mail_problem"})  # as the channel does
            frame = await asyncio.wait_for(ws.receive_json(), 5)
            assert frame == {"type": "refresh"}
        async with http.get(f"{running.url}/console", headers={"X-Console-Refresh": "1"}) as r:
            assert MAIL_NOTICE in await r.text()


async def test_without_the_email_channel_no_mail_notice(running: Running) -> None:
    await add_account(running, "Anna")
    await _problem(running, 1)
    async with client() as http:
        page = await sign_in(http, running, "Anna", {})
    assert "kon niet worden gelezen" not in page


# -- navigation -------------------------------------------------------------------------------
async def test_supervisors_see_a_link_to_the_figures(running: Running) -> None:
    await add_account(running, "Sam", role="supervisor")
    await add_account(running, "Anna")
    async with client() as http:
        page = await sign_in(http, running, "Sam", {})
        assert '<a href="/console/cijfers">Cijfers</a>' in page
        async with http.get(f"{running.url}/console/cijfers") as r:
            assert r.status == 200
    async with client() as http:
        page = await sign_in(http, running, "Anna", {})
    assert "/console/cijfers" not in page


# -- closures ---------------------------------------------------------------------------------
async def test_closures_in_the_table_are_loaded_at_console_setup(tmp_path: Path, store_url: str) -> None:
    from bot.service import Service
    from tests.service_fixtures import make_settings

    service = Service(make_settings(tmp_path / "data", store_url), clock=FixedClock(OPEN), run_jobs=False)
    await service.start()
    try:
        async with service.store.write() as s:
            s.add(LineClosure(start=OPEN - timedelta(hours=1), end=OPEN + timedelta(hours=1), note="teamdag",
                              created_by=None, created_at=OPEN))
        assert service.hours.is_open(OPEN)
        runner = web.AppRunner(build_app(service), shutdown_timeout=0.5)
        await runner.setup()  # runs the console's start-up
        try:
            assert not service.hours.is_open(OPEN)
            assert service.hours.is_open(OPEN + timedelta(hours=1))
        finally:
            await runner.cleanup()
    finally:
        await service.stop()


async def test_a_closure_added_elsewhere_reaches_this_instance(running: Running) -> None:
    """Another instance stores a closure and publishes the event; this one reloads from the
    table. On PostgreSQL the event really comes through LISTEN/NOTIFY from a second relay."""
    service = running.service
    at = running.clock.now() + timedelta(hours=2)
    assert service.hours.is_open(at)
    async with service.store.write() as s:  # the other instance's insert
        s.add(LineClosure(start=at - timedelta(minutes=30), end=at + timedelta(minutes=30), note="",
                          created_by=None, created_at=running.clock.now()))
    assert service.hours.is_open(at)  # nothing told this instance yet
    event = {"type": closures.EVENT, "conversation_id": None}
    if service.store.dialect == "postgresql":
        from bot.events import EventBus

        other_bus = EventBus()
        other = PgRelay(other_bus, dsn_of(service.store.engine.url))
        await other.start()
        try:
            await asyncio.sleep(0.05)  # its forwarder subscribes when its task starts
            other_bus.publish(event)
            await _until(lambda: not service.hours.is_open(at))
        finally:
            await other.stop()
    else:
        service.events.publish(event)
        await _until(lambda: not service.hours.is_open(at))


async def test_a_supervisor_closure_applies_at_once(running: Running) -> None:
    await add_account(running, "Sam", role="supervisor")
    async with client() as http:
        await sign_in(http, running, "Sam", {})
        async with http.get(f"{running.url}/console/admin/closures") as r:
            token = csrf_of(await r.text())
        async with http.post(f"{running.url}/console/admin/closures",
                             data={"csrf": token, "start": "2026-12-02T13:00", "end": "2026-12-02T16:00",
                                   "note": "teamoverleg"}) as r:
            assert r.status == 200 and "teamoverleg" in await r.text()
    now = running.clock.now()  # 14:00 local on that day
    assert not running.service.hours.is_open(now)
    async with running.service.store.sessionmaker() as s:
        actions = (await s.execute(select(AuditEntry.action))).scalars().all()
    assert "closure_added" in actions


async def _until(condition: Callable[[], bool], within: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + within
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.02)

