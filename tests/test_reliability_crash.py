"""Crash: `kill -9` of a real `intake-bot serve` under web-chat load, then a restart.

Every message acknowledged to a writer (an "ack" frame) must be in the store; every reply in the
outbox ends delivered, or pending for writers who did not come back; no message id arrives
twice on one socket (the page would show it twice).
"""
from __future__ import annotations

import asyncio
import contextlib
import random
import sqlite3
import time
from pathlib import Path

import pytest

from tests.reliability_procs import Instance, Writer, free_port, service_env, story

pytestmark = pytest.mark.slow
WRITERS = 30
LOAD_SECONDS = 2.5
# Replies are born claimed for 60 s by the instance that wrote them (bot/pipeline.py): after a
# crash another sender may take them only once that claim has run out.
CLAIM_SECONDS = 60


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=15)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


async def chatter(w: Writer, stop: asyncio.Event, delay: float) -> None:
    await asyncio.sleep(delay)
    with contextlib.suppress(Exception):  # the server dies under us: that is the test
        await w.connect()
        while not stop.is_set():
            await w.say(story(), within=5)


async def test_kill_9_under_load_loses_nothing_acknowledged_and_sends_nothing_twice(tmp_path: Path) -> None:
    inst = Instance("a", tmp_path / "a" / "data", free_port(),
                    service_env(None, **{"webchat.messages_per_minute": "10000"}))
    inst.start()
    await inst.ready()
    writers = [Writer(inst.ws_url) for _ in range(WRITERS)]
    stop = asyncio.Event()
    tasks = [asyncio.create_task(chatter(w, stop, random.uniform(0, LOAD_SECONDS))) for w in writers]
    try:
        # Enough acknowledged messages to prove something, however busy the machine is.
        started = time.monotonic()
        await asyncio.sleep(LOAD_SECONDS + 0.3)
        def acked_now() -> int:
            return sum(1 for w in writers for i in w.acked.values() if i is not None)

        while acked_now() < 80 and time.monotonic() - started < 30:  # noqa: ASYNC110
            await asyncio.sleep(0.2)
        inst.kill9()
        stop.set()
        await asyncio.gather(*tasks)
        for w in writers:
            await w.drop()
        crashed_at = time.monotonic()
        acked = {i for w in writers for i in w.acked.values() if i is not None}
        assert len(acked) > 50, "too little load before the kill to prove anything"

        inst.start()
        await inst.ready()
        db = inst.data_dir / "intake.db"
        stored = {r[0] for r in rows(db, "SELECT id FROM messages WHERE sender = 'writer'")}
        assert acked <= stored, f"{len(acked - stored)} acknowledged messages lost"

        # Half of those who can come back (they saw their code) do; the rest have left.
        returning = [w for w in writers if w.code][::2]
        assert returning, "no writer got a resume code before the kill"
        for w in returning:
            await w.connect()
            await w.resume()
        back = {r[0] for w in returning
                for r in rows(db, "SELECT conversation_id FROM messages WHERE id = "
                                  f"{next(i for i in w.acked.values() if i is not None)}")}

        # Until every claim of the dead instance has run out and been retried.
        sending = "SELECT 1 FROM outbox WHERE state = 'sending'"
        while rows(db, sending) and time.monotonic() - crashed_at < CLAIM_SECONDS + 15:  # noqa: ASYNC110
            await asyncio.sleep(1)
        await asyncio.sleep(1.5)  # the sender's next rounds
        states = rows(db, "SELECT conversation_id, state FROM outbox")
        assert not [s for _c, s in states if s not in ("delivered", "pending")], states
        assert all(s == "delivered" for c, s in states if c in back), \
            [s for c, s in states if c in back]
        dups = {id(w): w.duplicates() for w in returning if w.duplicates()}
        assert not dups, f"message ids shown twice on one socket: {list(dups.values())}"
    finally:
        stop.set()
        for w in writers:
            await w.close()
        inst.stop()
