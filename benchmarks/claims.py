"""Claiming under load on PostgreSQL: 20 counsellors take conversations from a queue of 2,000
at the same time, each claim in its own transaction (FOR UPDATE SKIP LOCKED).

Usage: .venv/bin/python benchmarks/claims.py [--url postgresql://postgres@127.0.0.1:5432/postgres]
       [--counsellors 20] [--conversations 2000]
A scratch database is created next to the given one and dropped afterwards.
Last line: claims_per_s=<x> double_claims=<n>
"""
from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg
from sqlalchemy import func, insert, make_url, select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.store import claims
from bot.store.crypto import Keyring
from bot.store.db import Store, open_store
from bot.store.models import Conversation

NOW = datetime(2026, 12, 2, 13, 0, tzinfo=UTC)


async def fill(store: Store, n: int) -> None:
    rows = [{"id": secrets.token_urlsafe(16), "channel": ("webchat", "email", "telegram")[i % 3],
             "lang": "nl", "state": "waiting", "urgent": i % 17 == 0, "urgent_reasons": [],
             "out_of_hours": False, "created_at": NOW, "updated_at": NOW, "connected": True,
             "faq_answered": [], "waiting_since": NOW - timedelta(seconds=n - i)} for i in range(n)]
    async with store.write() as s:
        await s.execute(insert(Conversation), rows)


async def counsellor(store: Store, who: int, got: list[tuple[int, str]], lease: int) -> None:
    while True:
        async with store.write() as s:
            cid = await claims.claim_next(s, who, NOW, lease)
        if cid is None:
            return
        got.append((who, cid))


async def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--url", default=os.environ.get("INTAKE_BENCH_DATABASE_URL",
                                                   "postgresql://postgres@127.0.0.1:5432/postgres"))
    p.add_argument("--counsellors", type=int, default=20)
    p.add_argument("--conversations", type=int, default=2000)
    args = p.parse_args()

    base = make_url(args.url).set(drivername="postgresql")
    scratch = f"intake_bench_claims_{os.getpid()}"
    admin = await asyncpg.connect(base.render_as_string(hide_password=False))
    await admin.execute(f'CREATE DATABASE "{scratch}"')
    url = base.set(drivername="postgresql+asyncpg", database=scratch).render_as_string(hide_password=False)
    store = await open_store(url, Keyring(os.urandom(32), os.urandom(32)))
    try:
        await fill(store, args.conversations)
        got: list[tuple[int, str]] = []
        start = time.perf_counter()
        await asyncio.gather(*(counsellor(store, who, got, 120) for who in range(1, args.counsellors + 1)))
        elapsed = time.perf_counter() - start
        async with store.sessionmaker() as s:
            claimed = (await s.execute(select(func.count()).select_from(Conversation)
                                       .where(Conversation.state == "claimed"))).scalar_one()
            holders = dict((await s.execute(select(Conversation.id, Conversation.claimed_by))).all())
        per_conv = Counter(cid for _, cid in got)
        double = sum(n - 1 for n in per_conv.values() if n > 1)
        # A claim the database does not agree with is a double claim too.
        double += sum(1 for who, cid in got if holders.get(cid) != who)
        per_counsellor = Counter(who for who, _ in got)
        print(f"counsellors={args.counsellors} conversations={args.conversations} claims={len(got)} "
              f"claimed_in_db={claimed} seconds={elapsed:.2f}")
        print(f"claims per counsellor: min={min(per_counsellor.values())} max={max(per_counsellor.values())}")
        print(f"claims_per_s={len(got) / elapsed:.1f} double_claims={double}")
        return 0 if double == 0 and claimed == args.conversations == len(got) else 1
    finally:
        await store.close()
        await admin.execute(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')
        await admin.close()


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
