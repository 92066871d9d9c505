"""Several instances: two real `intake-bot serve` processes on one PostgreSQL database and one
secrets file, web-chat writers and counsellors on both."""
from __future__ import annotations

import asyncio
import contextlib
import time
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import asyncpg
import pytest

from tests.reliability_procs import (
    Counsellor,
    Instance,
    Writer,
    add_counsellor,
    fresh_database,
    plain_dsn,
    start_instances,
    story,
)

pytestmark = pytest.mark.slow


@pytest.fixture
async def pair(tmp_path: Path) -> AsyncIterator[tuple[list[Instance], str]]:
    async with fresh_database() as url:
        instances = await start_instances(tmp_path, url, 2, **{"webchat.messages_per_minute": "1000"})
        try:
            yield instances, url
        finally:
            for i in instances:
                i.stop()


async def job_runs(url: str) -> dict[str, int]:
    conn = await asyncpg.connect(plain_dsn(url))
    try:
        return {r["name"]: r["runs"] for r in await conn.fetch("SELECT name, runs FROM job_runs")}
    finally:
        await conn.close()


async def test_two_instances_share_queue_claims_live_updates_and_jobs(
        pair: tuple[list[Instance], str]) -> None:
    (a, b), url = pair
    started = time.monotonic()
    before = await job_runs(url)

    # Writers on both instances, each with one queued conversation.
    writers = [Writer(x.ws_url) for x in (a, b) for _ in range(12)]
    counsellors: list[Counsellor] = []
    live_http = None
    try:
        for w in writers:
            await w.connect()
        acks = await asyncio.gather(*(w.say(story()) for w in writers))
        assert all(isinstance(i, int) for i in acks)

        # Counsellors on both instances (accounts made with the CLI), signed in through the forms.
        for n, inst in enumerate((a, b, a, b, a, b)):
            add_counsellor(inst, f"hulp{n}")
            c = Counsellor(inst.url, f"hulp{n}")
            await c.sign_in()
            counsellors.append(c)

        # A console page open on instance B hears of a new conversation started on instance A.
        live_http = counsellors[1].http
        live = await live_http.ws_connect(f"{b.ws_url}/console/live")
        newcomer = Writer(a.ws_url)
        writers.append(newcomer)
        await newcomer.connect()
        await asyncio.sleep(0.5)  # the socket's first renew round
        await newcomer.say(story())
        frame = await asyncio.wait_for(live.receive(), 10)
        assert frame.type == aiohttp.WSMsgType.TEXT and frame.json() == {"type": "refresh"}
        await live.close()

        # Everyone takes from the front of the queue at once: each conversation exactly once.
        async def take_all(c: Counsellor) -> list[str]:
            got: list[str] = []
            while (cid := await c.next()) is not None:
                got.append(cid)
            return got

        taken = await asyncio.gather(*(take_all(c) for c in counsellors))
        flat = [cid for got in taken for cid in got]
        assert len(flat) == len(writers), Counter(flat)
        assert len(set(flat)) == len(flat), [k for k, v in Counter(flat).items() if v > 1]
        assert all(got for got in taken[:2]), "counsellors on both instances took conversations"

        # Two counsellors on different instances click the same released conversation at once.
        cid = taken[0][0]
        status, _ = await counsellors[0].post(f"/console/c/{cid}/release")
        assert status == 303
        results = await asyncio.gather(counsellors[2].post(f"/console/c/{cid}/claim"),
                                       counsellors[3].post(f"/console/c/{cid}/claim"))
        assert sorted(r[0] for r in results) == [303, 409], results
        conn = await asyncpg.connect(plain_dsn(url))
        try:
            claimed = await conn.fetch("SELECT conversation_id, count(*) AS n FROM audit_log "
                                       "WHERE action = 'claimed' GROUP BY conversation_id")
        finally:
            await conn.close()
        assert {r["conversation_id"]: r["n"] for r in claimed if r["n"] > 1} == {cid: 2}

        # Scheduled jobs: one leader across both processes. expire_claims runs every 15 s; two
        # leaders would run it twice per interval.
        await asyncio.sleep(max(0.0, 31 - (time.monotonic() - started)))
        after = await job_runs(url)
        elapsed = time.monotonic() - started
        for name, every in (("expire_claims", 15), ("transitions", 20)):
            runs = after.get(name, 0) - before.get(name, 0)
            assert 1 <= runs <= int(elapsed // every) + 1, (name, runs, elapsed)
    finally:
        for w in writers:
            await w.close()
        for c in counsellors:
            await c.close()


async def test_counsellor_reply_reaches_a_writer_connected_to_the_other_instance(
        pair: tuple[list[Instance], str]) -> None:
    (a, b), url = pair
    writer = Writer(a.ws_url)
    add_counsellor(b, "overkant")
    counsellor = Counsellor(b.url, "overkant")
    try:
        await writer.connect()
        await writer.say(story())
        await writer.wait_for(lambda: writer.message_ids(), 10)  # the bot's "you are in the queue"
        await counsellor.sign_in()
        cid = await counsellor.next()
        assert cid is not None
        status, _ = await counsellor.post(f"/console/c/{cid}/reply", text="Fijn dat je schrijft.")
        assert status == 303
        # The writer is on instance A, the reply was written on B: it must still arrive promptly.
        try:
            await writer.wait_for(lambda: any(f.get("sender") == "counsellor" for f in writer.frames), 3)
        except AssertionError:
            conn = await asyncpg.connect(plain_dsn(url))
            try:
                rows = await conn.fetch("SELECT state, attempts, last_error, created_at, next_attempt_at, "
                                        "locked_until, now() AS db_now FROM outbox ORDER BY id")
            finally:
                await conn.close()
            # Once seen in a full run (an item pending, never attempted): the instances' own logs
            # (scrubbed, as every log line) say what their senders were doing.
            logs = {i.name: i.log_path.read_text()[-4000:] for i in (a, b)
                    if i.log_path and i.log_path.exists()}
            raise AssertionError(f"reply not shown within 3 s; outbox: {[dict(r) for r in rows]}; "
                                 f"logs: {logs}") from None
        assert not writer.duplicates()
    finally:
        await writer.close()
        with contextlib.suppress(Exception):
            await counsellor.close()
