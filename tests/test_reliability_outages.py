"""Outages: PostgreSQL restarted under a running service (a throwaway cluster of our own, never the
machine's server). The service must recover without a restart of its own.

SMTP down then up, the IMAP server dropping the reader and the Bot API double answering 429 and
5xx are proven in tests/test_email_channel.py (test_smtp_down_then_up_delivers,
test_the_reader_reconnects_when_the_server_drops_it) and tests/test_telegram.py /
tests/test_telegram_safety.py (retry_after honoured, 502 retried, polling goes on)."""
from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import aiohttp
import asyncpg
import pytest
from aiohttp import web

from bot.service import Service
from bot.settings import load_settings
from bot.web import build_app
from tests.reliability_procs import (
    Cluster,
    Writer,
    create_database,
    free_port,
    plain_dsn,
    start_cluster,
    story,
)

pytestmark = pytest.mark.slow


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[Cluster]:
    c = start_cluster(tmp_path)
    try:
        yield c
    finally:
        c.remove()


async def _service(tmp: Path, url: str) -> tuple[Service, web.AppRunner, str]:
    port = free_port()
    settings = load_settings(None, env={"INTAKE__SERVER__DATABASE_URL": url},
                             overrides={"host": "127.0.0.1", "port": port, "data_dir": str(tmp)})
    service = Service(settings)
    await service.start()
    runner = web.AppRunner(build_app(service), shutdown_timeout=0.5)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    return service, runner, f"127.0.0.1:{port}"


@pytest.fixture
async def on_cluster(tmp_path: Path, cluster: Cluster) -> AsyncIterator[tuple[Service, str, str]]:
    url = await create_database(cluster.admin_dsn)
    service, runner, where = await _service(tmp_path / "data", url)
    try:
        yield service, where, url
    finally:
        await runner.cleanup()  # cleanly, also after the database restart
        await service.stop()


async def healthy(where: str, within: float = 20.0) -> bool:
    async with aiohttp.ClientSession() as http:
        for _ in range(int(within * 4)):
            try:
                async with http.get(f"http://{where}/healthz") as r:
                    if r.status == 200:
                        return True
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.25)
    return False


async def say_until_stored(w: Writer, within: float = 20.0) -> int:
    """A writer on a fresh page tries again after a failure notice, as a person would."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while True:
        try:
            got = await w.say(story(), within=5)
            if got is not None:
                return got
        except TimeoutError:
            pass
        if loop.time() > deadline:
            raise AssertionError(f"no message stored after the restart; notices {w.notices}")
        await asyncio.sleep(0.5)


async def test_postgresql_restart_service_recovers_without_restart(
        on_cluster: tuple[Service, str, str], cluster: Cluster) -> None:
    _svc, where, url = on_cluster
    before = Writer(f"ws://{where}")
    after = Writer(f"ws://{where}")
    try:
        await before.connect()
        first = await before.say(story())
        await before.wait_for(lambda: before.message_ids(), 10)

        cluster.stop("fast")
        await asyncio.sleep(0.5)
        cluster.start()

        assert await healthy(where), "/healthz did not recover after the database restart"
        await after.connect()
        stored = await say_until_stored(after)
        await after.wait_for(lambda: after.message_ids(), 15)  # answered: the queue notice
        conn = await asyncpg.connect(plain_dsn(url))
        try:
            ids = {r["id"] for r in await conn.fetch("SELECT id FROM messages WHERE sender = 'writer'")}
            for _ in range(40):  # the delivered mark is recorded just after the delivery
                states = [r["state"] for r in await conn.fetch("SELECT state FROM outbox ORDER BY id")]
                if states[-1] == "delivered":
                    break
                await asyncio.sleep(0.25)
        finally:
            await conn.close()
        assert {first, stored} <= ids
        assert states[-1] == "delivered"
        assert not before.duplicates() and not after.duplicates()
    finally:
        await before.close()
        await after.close()


async def test_a_delivery_just_before_the_outage_is_recorded_once_the_database_is_back(
        on_cluster: tuple[Service, str, str], cluster: Cluster) -> None:
    _svc, where, url = on_cluster
    w = Writer(f"ws://{where}")
    try:
        await w.connect()
        await w.say(story())
        await w.wait_for(lambda: w.message_ids(), 10)
        cluster.stop("fast")  # between the delivery and its record
        await asyncio.sleep(0.5)
        cluster.start()
        assert await healthy(where)
        conn = await asyncpg.connect(plain_dsn(url))
        try:
            for _ in range(40):
                states = [r["state"] for r in await conn.fetch("SELECT state FROM outbox")]
                if states == ["delivered"]:
                    break
                await asyncio.sleep(0.25)
        finally:
            await conn.close()
        assert states == ["delivered"], "shown to the writer but still due for delivery again"
    finally:
        await w.close()


async def test_console_events_cross_instances_again_after_a_postgresql_restart(
        tmp_path: Path, cluster: Cluster) -> None:
    url = await create_database(cluster.admin_dsn)
    a, runner_a, _ = await _service(tmp_path / "a", url)
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "secrets.json").write_bytes((tmp_path / "a" / "secrets.json").read_bytes())
    (tmp_path / "b" / "secrets.json").chmod(0o600)
    b, runner_b, _ = await _service(tmp_path / "b", url)
    try:
        cluster.stop("fast")
        await asyncio.sleep(0.5)
        cluster.start()
        await asyncio.sleep(3)  # time to notice and reconnect
        with b.events.subscribe() as heard:
            for _ in range(10):  # a few tries: the first notify may meet the dead connection
                a.events.publish({"type": "queue", "conversation_id": "x"})
                try:
                    event = await asyncio.wait_for(heard.get(), 1)
                    break
                except TimeoutError:
                    continue
            else:
                raise AssertionError("no event crossed from instance A to B after the restart")
        assert event["type"] == "queue"
        await runner_a.cleanup()  # and shuts down cleanly
        await runner_b.cleanup()
    finally:
        for runner, svc in ((runner_a, a), (runner_b, b)):
            with contextlib.suppress(Exception):
                await runner.cleanup()
            await svc.stop()


async def test_the_service_stops_cleanly_after_a_postgresql_restart(tmp_path: Path, cluster: Cluster) -> None:
    url = await create_database(cluster.admin_dsn)
    settings = load_settings(None, env={"INTAKE__SERVER__DATABASE_URL": url},
                             overrides={"host": "127.0.0.1", "port": free_port(),
                                        "data_dir": str(tmp_path / "data")})
    service = Service(settings)
    await service.start()
    await asyncio.sleep(1)  # the scheduler's first round takes the leader lock
    cluster.stop("fast")
    await asyncio.sleep(0.5)
    cluster.start()
    await service.stop()
