"""Web-chat load: N concurrent WebSocket writers against a running service.

    python benchmarks/webchat_load.py                 # starts `intake-bot serve` on a temp folder
    python benchmarks/webchat_load.py --url http://127.0.0.1:8080 --database-url sqlite+aiosqlite:///data/intake.db

Each writer connects; once all are connected, each sends FAQ questions (every one gets an
answer through the full pipeline: scrub, urgency, FAQ, route, one durable transaction, outbox)
and times send → the bot's reply. Two
phases: saturation (each writer sends again the moment it is answered: msgs_per_s) and paced
(each writer waits ~--pause s between messages, as a person typing: p50_ms and p99_ms). In the
same run it measures the raw rate of durable single-row inserts into the same store, so the
ratio says how close the pipeline comes to the store's own limit. Loopback only.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

QUESTIONS = [
    "is het gratis?", "ben ik wel echt anoniem?", "wanneer zijn jullie bereikbaar?",
    "komt de politie bij mij langs als ik jullie mail?", "welke hulp is er voor mij?",
]


async def writer(url: str, n: int, latencies: list[float], errors: list[str],
                 ready: asyncio.Barrier, pause: float = 0.0) -> None:
    """Connect, wait until every writer is connected, then send `n` questions, each after the
    previous answer, waiting ~`pause` s between them."""
    async with aiohttp.ClientSession() as http, http.ws_connect(f"{url}/chat/ws?lang=nl") as ws:
        await ws.receive_json()  # status
        # The clock is for messages: 200 handshakes in the same instant are not what is measured.
        await ready.wait()
        if pause:
            await asyncio.sleep(random.uniform(0, pause))  # writers do not start in step
        for i in range(n):
            if pause and i:
                await asyncio.sleep(random.uniform(0.5 * pause, 1.5 * pause))
            t0 = time.perf_counter()
            question = QUESTIONS[i % len(QUESTIONS)]
            await ws.send_json({"type": "message", "text": question, "client_id": str(i)})
            while True:
                msg = await asyncio.wait_for(ws.receive_json(), timeout=30)
                if msg.get("type") == "message":
                    latencies.append((time.perf_counter() - t0) * 1000)
                    break
                if msg.get("type") == "notice":
                    errors.append(msg.get("key", "?"))
                    break


async def phase(url: str, writers: int, n: int, latencies: list[float], errors: list[str],
                pause: float = 0.0) -> float:
    """Run one phase; returns the seconds from the moment all writers were connected."""
    ready = asyncio.Barrier(writers + 1)
    tasks = [asyncio.create_task(writer(url, n, latencies, errors, ready, pause)) for _ in range(writers)]
    await asyncio.wait_for(ready.wait(), timeout=60)
    t0 = time.perf_counter()
    await asyncio.gather(*tasks)
    return time.perf_counter() - t0


async def raw_inserts(database_url: str, seconds: float) -> float:
    engine = create_async_engine(database_url)
    async with engine.begin() as c:
        if engine.dialect.name == "sqlite":
            await c.exec_driver_sql("PRAGMA journal_mode=WAL")
        key = "SERIAL PRIMARY KEY" if engine.dialect.name == "postgresql" else "INTEGER PRIMARY KEY"
        await c.execute(text(f"CREATE TABLE IF NOT EXISTS bench_raw (id {key}, body TEXT)"))
    n = 0
    end = time.perf_counter() + seconds
    async with engine.connect() as c:
        if engine.dialect.name == "sqlite":
            # The same durability the service's store uses.
            await c.exec_driver_sql("PRAGMA synchronous=FULL")
            await c.commit()
        start = time.perf_counter()
        while time.perf_counter() < end:
            async with c.begin():
                await c.execute(text("INSERT INTO bench_raw (body) VALUES (:b)"), {"b": "x" * 200})
            n += 1
        elapsed = time.perf_counter() - start
    async with engine.begin() as c:
        await c.execute(text("DROP TABLE bench_raw"))
    await engine.dispose()
    return n / elapsed


def _cpu_seconds(proc: subprocess.Popen[bytes] | None) -> float:
    """User and system CPU time of the service process so far (Linux /proc), 0 when not started here."""
    if proc is None:
        return 0.0
    fields = Path(f"/proc/{proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def wait_up(url: str, within: float = 30) -> None:
    deadline = time.monotonic() + within
    async with aiohttp.ClientSession() as http:
        while time.monotonic() < deadline:
            try:
                async with http.get(f"{url}/healthz") as r:
                    if r.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.2)
    raise RuntimeError("service did not come up")


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url")
    ap.add_argument("--database-url")
    ap.add_argument("--writers", type=int, default=200)
    ap.add_argument("--messages", type=int, default=5, help="messages per writer, paced phase")
    ap.add_argument("--saturation-messages", type=int, default=10,
                    help="messages per writer, saturation phase")
    ap.add_argument("--pause", type=float, default=2.0,
                    help="seconds a writer takes between messages in the paced phase (a fast typist)")
    ap.add_argument("--raw-seconds", type=float, default=5.0)
    args = ap.parse_args()
    proc = None
    tmp = None
    url, db = args.url, args.database_url
    if url is None:
        tmp = tempfile.TemporaryDirectory()
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        exe = Path(sys.executable).with_name("intake-bot")
        env = dict(os.environ)
        # Benchmark during opening hours regardless of the wall clock's moment.
        for day in ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"):
            env[f"INTAKE__HOURS__{day}"] = '["00:00-24:00"]'
        env["INTAKE__HOURS__HOLIDAYS"] = '""'
        env["INTAKE__WEBCHAT__MESSAGES_PER_MINUTE"] = "10000"
        cmd = [str(exe), "serve", "--port", str(port), "--data-dir", tmp.name]
        # Started once, before the timed part: blocking here is harmless.
        log_file = open(Path(tmp.name) / "serve.log", "w")  # noqa: ASYNC230 - closed below
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL,  # noqa: ASYNC220
                                stderr=log_file)
        db = db or f"sqlite+aiosqlite:///{tmp.name}/intake.db"
    try:
        try:
            await wait_up(url)
        except RuntimeError:
            if proc is not None and tmp is not None:
                proc.terminate()
                proc.wait(timeout=10)
                tail = (Path(tmp.name) / "serve.log").read_text()[-2000:]
                raise SystemExit(f"service did not come up: {tail}") from None
            raise
        # Saturation: every writer sends again as soon as it has its answer; how many messages
        # per second the service carries through the whole pipeline.
        flat_out: list[float] = []
        errors: list[str] = []
        cpu0, own0 = _cpu_seconds(proc), time.process_time()
        elapsed = await phase(url, args.writers, args.saturation_messages, flat_out, errors)
        cpu, own = _cpu_seconds(proc) - cpu0, time.process_time() - own0
        rate = len(flat_out) / elapsed
        # Paced: the same number of writers at a typist's pace; what each of them waits for an answer.
        paced: list[float] = []
        await phase(url, args.writers, args.messages, paced, errors, args.pause)
        q = statistics.quantiles(paced, n=100)
        p50, p99 = statistics.median(paced), q[98]
        sat = statistics.quantiles(flat_out, n=100)
        raw = await raw_inserts(db, args.raw_seconds) if db else float("nan")
        print(json.dumps({"writers": args.writers, "messages": len(flat_out) + len(paced),
                          "errors": len(errors), "saturation_seconds": round(elapsed, 2),
                          "saturation_p50_ms": round(statistics.median(flat_out), 1),
                          "saturation_p99_ms": round(sat[98], 1), "pause_s": args.pause,
                          # what the service spent per message (CPU, all its threads): a figure that
                          # other work on the machine disturbs less than the rates
                          "service_cpu_ms_per_msg": round(1000 * cpu / len(flat_out), 3)
                          if proc is not None and flat_out else None,
                          # the writers share the machine with the service: what they cost it
                          "writers_cpu_ms_per_msg": round(1000 * own / len(flat_out), 3)
                          if flat_out else None}))
        print(f"msgs_per_s={rate:.1f} p50_ms={p50:.1f} p99_ms={p99:.1f} "
              f"raw_inserts_per_s={raw:.1f} ratio={rate / raw:.2f}")
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=10)
        if tmp is not None:
            tmp.cleanup()


if __name__ == "__main__":
    asyncio.run(main())
