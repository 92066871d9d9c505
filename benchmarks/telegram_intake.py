"""Telegram intake: updates per second from the Bot API double to queued conversations.

    python benchmarks/telegram_intake.py                      # both modes, 1,000 chats, SQLite
    python benchmarks/telegram_intake.py --mode webhook --chats 3000 --database-url postgresql+asyncpg://postgres@127.0.0.1/bench

N different private chats each send one story (no FAQ, not urgent). The clock runs from the
moment the updates are available (polling: waiting in the double for getUpdates; webhook: the
double starts posting them, up to 40 at a time as Telegram does) until every one is committed
as a queued conversation by the full pipeline (scrub, urgency, FAQ, route, one durable
transaction, outbox). Replies are sent to the double meanwhile, as in real use. Then the same
number of stories goes straight into the pipeline, as many side by side as the channel handles
(`pipeline_alone_per_s`): the ratio says how much of the pipeline's own rate the channel keeps.
Loopback only; the service runs in this process, logging at WARNING.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select

from bot.clock import FixedClock
from bot.envelope import Envelope
from bot.service import Service
from bot.store.models import Conversation
from bot.web import build_app
from tests.service_fixtures import OPEN, free_port, make_settings
from tests.telegram_double import BotApiDouble, Person, message, telegram_overrides

STORY = ("Ik loop al een tijd rond met gedachten die niet kloppen en weet niet goed met wie ik "
         "daarover kan praten. Het speelt al maanden (bericht {i}).")


async def run(mode: str, chats: int, database_url: str, concurrent: int, data_dir: Path,
              first_chat: int) -> dict[str, Any]:
    from aiohttp import web

    double = BotApiDouble()
    await double.start()
    port = free_port()
    settings = make_settings(data_dir, database_url, port,
                             **telegram_overrides(double, mode, concurrent_updates=concurrent))
    service = Service(settings, clock=FixedClock(OPEN), run_jobs=False)
    await service.start()
    runner = web.AppRunner(build_app(service), access_log=None, shutdown_timeout=0.5)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    channel: Any = service.channels["telegram"]
    await asyncio.wait_for(channel.ready.wait(), 10)
    updates = [{"update_id": i + 1, **message(Person(first_chat + i), STORY.format(i=i))}
               for i in range(chats)]
    queued_before = await _queued(service)
    try:
        t0 = time.perf_counter()
        if mode == "polling":
            for u in updates:
                await double.push(u)
        else:
            gate = asyncio.Semaphore(40)

            async def post(u: dict[str, Any]) -> None:
                async with gate:
                    status = await double.post_webhook(u)
                    if status != 200:
                        raise RuntimeError(f"webhook answered {status}")

            await asyncio.gather(*(post(u) for u in updates))
        await double.wait_for(lambda: channel.handled_updates >= chats, within=900)
        elapsed = time.perf_counter() - t0
        queued = await _queued(service) - queued_before
        await double.wait_for(lambda: len(double.sent()) >= chats, within=120)
        drained = time.perf_counter() - t0
        alone = await _pipeline_alone(service, chats, concurrent, first_chat + 500_000)
    finally:
        await runner.cleanup()
        await service.stop()
        await double.stop()
    return {"mode": mode, "chats": chats, "queued": queued, "seconds": round(elapsed, 2),
            "updates_per_s": round(chats / elapsed, 1), "replies_sent_by_s": round(drained, 2),
            "ignored": channel.ignored_updates, "store": database_url.split(":")[0],
            "pipeline_alone_per_s": round(alone, 1), "ratio": round(chats / elapsed / alone, 2)}


async def _pipeline_alone(service: Service, n: int, concurrent: int, first: int) -> float:
    """The same stories straight into the pipeline, as many side by side: the ceiling."""
    gate = asyncio.Semaphore(concurrent)

    async def one(i: int) -> None:
        async with gate:
            await service.pipeline.handle(Envelope(
                channel="telegram", text=STORY.format(i=i), thread=str(first + i),
                reply_address={"chat_id": first + i}, person=str(first + i)))

    t0 = time.perf_counter()
    await asyncio.gather(*(one(i) for i in range(n)))
    return n / (time.perf_counter() - t0)


async def _queued(service: Service) -> int:
    async with service.store.sessionmaker() as s:
        return int((await s.execute(select(func.count()).select_from(Conversation)
                                    .where(Conversation.state == "waiting"))).scalar_one())


async def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--mode", choices=("polling", "webhook", "both"), default="both")
    p.add_argument("--chats", type=int, default=1000)
    p.add_argument("--concurrent-updates", type=int, default=16)
    p.add_argument("--database-url", default="sqlite", help="default: SQLite in a temporary folder")
    args = p.parse_args()
    logging.basicConfig(level=logging.WARNING)
    results = []
    tmp = tempfile.TemporaryDirectory()
    modes = ("polling", "webhook") if args.mode == "both" else (args.mode,)
    for n, mode in enumerate(modes):
        r = await run(mode, args.chats, args.database_url, args.concurrent_updates,
                      Path(tmp.name) / "data", 5_000_000 + n * 1_000_000)
        print(json.dumps(r))
        if r["queued"] != args.chats:
            raise SystemExit(f"{mode}: only {r['queued']} of {args.chats} conversations queued")
        results.append(r)
    tmp.cleanup()
    print(" ".join(f"telegram_{r['mode']}_updates_per_s={r['updates_per_s']}" for r in results))


if __name__ == "__main__":
    asyncio.run(main())
