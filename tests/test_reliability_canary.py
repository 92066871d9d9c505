"""Canary sweep across the whole service: canary identifiers planted through all three channels
at once (e-mail headers, From display name and address, signature; Telegram user id, username,
first and last name; web-chat text with e-mail, phone, IBAN and name), then searched for in the
SQLite file with its -wal and -shm (or a pg_dump of PostgreSQL), every log line of every logger
at DEBUG, every console page a supervisor can open (queue, each conversation, audit, accounts,
the figures and their CSV) and /metrics. Zero hits, also for digits-only forms."""
from __future__ import annotations

import asyncio
import logging
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from sqlalchemy import make_url, select

from bot.clock import FixedClock
from bot.service import Service
from bot.store.models import Conversation
from bot.web import ACCESS_LOG_FORMAT, build_app
from tests.console_helpers import add_account, client, sign_in
from tests.service_fixtures import OPEN, LogLines, Running, free_port, make_settings
from tests.telegram_double import BotApiDouble, Person, message, telegram_overrides
from tests.test_email_channel import HELPLINE, email_settings
from tests.test_email_fixtures import Dovecot, Mailbox, SmtpSink, quiet_mail_loggers, start_dovecot

pytestmark = [pytest.mark.slow,
              pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")]

TG = Person(6180341227, first_name="Wigboldina", last_name="Kanariepoort", username="kanarie_tg_4471")
WEB_TEXT = ("Hallo, ik ben Pieter Kanariesma. Ik maak me zorgen over mijn gedachten en wil met iemand "
            "praten. Mail me op piet.kanariesma@kanarie-web.test of bel 06-18 52 77 93. "
            "Mijn rekening is NL91 ABNA 0417 1643 00.")
MAIL = (
    "Received: from kanarie-relay.kanarie-post.test ([203.0.113.91])\r\n"
    "\tby mx.stopitnow.test with ESMTPS; Wed, 2 Dec 2026 14:00:00 +0100\r\n"
    "X-Originating-IP: [198.51.100.47]\r\n"
    'From: "Hendrika Kanarievlucht" <hendrika.kanarie@kanarie-post.test>\r\n'
    f"To: {HELPLINE}\r\n"
    "Subject: Een vraag\r\n"
    "Message-ID: <kanarie-mid-90412@kanarie-post.test>\r\n"
    "User-Agent: KanarieClient/4.2\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "\r\n"
    "Ik heb gedachten waar ik van schrik en ik wil daar met iemand over praten.\r\n"
    "\r\n"
    "Met vriendelijke groet,\r\n"
    "Hendrika Kanarievlucht\r\n"
    "Tel. 06-29 41 83 57\r\n"
).encode()
CANARIES = [
    # web chat
    "Kanariesma", "piet.kanariesma", "kanarie-web", "06-18 52 77 93", "0618527793", "618527793",
    "NL91 ABNA", "NL91ABNA0417164300", "0417164300", "ABNA0417",
    # e-mail
    "Kanarievlucht", "hendrika.kanarie", "kanarie-post", "kanarie-relay", "203.0.113.91",
    "198.51.100.47", "kanarie-mid-90412", "KanarieClient", "06-29 41 83 57", "0629418357", "629418357",
    # Telegram
    str(TG.id), "Wigboldina", "Kanariepoort", "kanarie_tg_4471",
]


@pytest.fixture(scope="module")
def dovecot() -> Iterator[Dovecot]:
    yield from start_dovecot()


def hits(haystack: str, where: str) -> list[str]:
    low = haystack.lower()
    return [f"{c!r} in {where}" for c in CANARIES if c.lower() in low]


def digit_hits(haystack: str, where: str) -> list[str]:
    """Digits-only forms, searched in every digit run of the text (not across separators)."""
    runs = re.findall(r"\d[\d .\-]{7,}\d", haystack)
    joined = {re.sub(r"\D", "", r) for r in runs} | set(re.findall(r"\d{9,}", haystack))
    out = []
    for c in CANARIES:
        d = re.sub(r"\D", "", c)
        if len(d) >= 9 and any(d in j for j in joined):
            out.append(f"digits of {c!r} in {where}")
    return out


def test_the_sweep_finds_what_it_looks_for() -> None:
    assert len(hits(WEB_TEXT + MAIL.decode(), "raw")) == 14  # all but the unspaced/digit forms
    assert digit_hits("bel 0618 527 793 of +31 6 29418357", "raw") == [
        "digits of '06-18 52 77 93' in raw", "digits of '0618527793' in raw", "digits of '618527793' in raw",
        "digits of '629418357' in raw"]
    assert digit_hits(f"chat {TG.id}", "raw") == [f"digits of '{TG.id}' in raw"]


async def test_canaries_through_all_channels_appear_nowhere(tmp_path: Path, store_url: str,
                                                          dovecot: Dovecot) -> None:
    quiet_mail_loggers()
    smtp = SmtpSink("127.0.0.1", free_port())
    smtp.start()
    double = BotApiDouble()
    await double.start()
    port = free_port()
    data_dir = tmp_path / "data"
    user = "canary-helpline@stopitnow.test"
    mail_keys = {k: v for k, v in email_settings(data_dir, dovecot, smtp.port, user).items()
                 if k.startswith("email.")}
    settings = make_settings(data_dir, store_url, port, **mail_keys,
                             **telegram_overrides(double, "polling"))
    logs = LogLines()
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(logs)
    root.setLevel(logging.DEBUG)
    clock = FixedClock(OPEN)
    service = Service(settings, clock=clock, run_jobs=False)
    runner: web.AppRunner | None = None
    pages: dict[str, str] = {}
    try:
        await service.start()
        runner = web.AppRunner(build_app(service), access_log_format=ACCESS_LOG_FORMAT, shutdown_timeout=0.5)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        running = Running(service, clock, f"http://127.0.0.1:{port}", data_dir, logs)
        await asyncio.wait_for(service.channels["telegram"].ready.wait(), 10)  # type: ignore[attr-defined]

        # All three at once.
        async def web_chat() -> None:
            async with aiohttp.ClientSession() as http, \
                    http.ws_connect(f"ws://127.0.0.1:{port}/chat/ws") as ws:
                await ws.receive_json()
                await ws.send_json({"type": "message", "text": WEB_TEXT, "client_id": "k"})
                kinds = set()
                while not {"ack", "message"} <= kinds:
                    kinds.add((await ws.receive_json(timeout=10))["type"])

        async def mail() -> None:
            await Mailbox(dovecot, user).append(MAIL)
            await service.channels["email"].sync()  # type: ignore[attr-defined]
            await smtp.wait_for(1)

        async def telegram() -> None:
            await double.push(message(TG, "/start"))
            await double.push(message(TG, "Ik maak me zorgen over mijn gedachten en wil met iemand praten."))
            await double.wait_sent(TG.id, 2, within=10)

        await asyncio.gather(web_chat(), mail(), telegram())
        async with service.store.sessionmaker() as s:
            convs = list((await s.execute(select(Conversation))).scalars())
        assert {c.channel for c in convs} == {"webchat", "email", "telegram"}

        # Every console page a supervisor can open, and the metrics.
        await add_account(running, "toezicht", "supervisor")
        http = client()
        try:
            pages["/console"] = await sign_in(http, running, "toezicht", {})
            paths = [f"/console/c/{c.id}" for c in convs] + [
                "/console/admin/audit", "/console/admin/accounts", "/console/admin/closures",
                "/console/cijfers", "/console/cijfers?jaar=2026", "/console/cijfers.csv"]
            for path in paths:
                async with http.get(running.url + path) as r:
                    assert r.status == 200, path
                    pages[path] = await r.text()
            async with http.get(f"{running.url}/metrics") as r:
                assert r.status == 200
                pages["/metrics"] = await r.text()
        finally:
            await http.close()
        web_page = pages[f"/console/c/{next(c.id for c in convs if c.channel == 'webchat')}"]
        assert "Ik maak me zorgen" in web_page and "[" in web_page  # scrubbed text, shown
    finally:
        if runner is not None:
            await runner.cleanup()
        await service.stop()
        await double.stop()
        smtp.stop()
        root.removeHandler(logs)
        root.setLevel(old_level)

    found: list[str] = []
    for path, body in pages.items():
        found += hits(body, path) + digit_hits(body, path)
    log_text = logs.text()
    found += hits(log_text, "logs") + digit_hits(log_text, "logs")
    if store_url.startswith("sqlite"):
        db = data_dir / "intake.db"
        files = [p for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")) if p.exists()]
        assert db.exists()
        for p in files:
            raw = p.read_bytes().decode("latin-1")
            found += hits(raw, p.name) + digit_hits(raw, p.name)
    else:
        pg_dump = shutil.which("pg_dump") or "/usr/lib/postgresql/15/bin/pg_dump"
        dsn = make_url(store_url).set(drivername="postgresql").render_as_string(hide_password=False)
        proc = await asyncio.create_subprocess_exec(pg_dump, "--no-owner", dsn, stdout=subprocess.PIPE)
        out, _ = await asyncio.wait_for(proc.communicate(), 60)
        assert proc.returncode == 0
        text = out.decode("utf-8", errors="replace")
        assert "CREATE TABLE" in text and "messages" in text
        found += hits(text, "pg_dump") + digit_hits(text, "pg_dump")
    assert not found, found
