"""A running service in the test's own event loop, on a free loopback port, with an injected
clock and a fresh data folder; against SQLite and, where available, PostgreSQL."""
from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import sys
from collections.abc import AsyncIterator, Awaitable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiohttp import web

from bot.clock import FixedClock
from bot.service import Service
from bot.settings import Settings, load_settings
from bot.web import ACCESS_LOG_FORMAT, build_app

# Wednesday 2 December 2026: 14:00 in Amsterdam is open, 23:00 is closed (next: Thursday 09:00).
OPEN = datetime(2026, 12, 2, 13, 0, tzinfo=UTC)
CLOSED = datetime(2026, 12, 2, 22, 0, tzinfo=UTC)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LogLines(logging.Handler):
    """Every log line the service writes during a test, formatted as it would be."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))

    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass
class Running:
    service: Service
    clock: FixedClock
    url: str
    data_dir: Path
    logs: LogLines

    def db_file(self) -> Path:
        return self.data_dir / "intake.db"


def make_settings(data_dir: Path, store_url: str, port: int = 0, **overrides: object) -> Settings:
    """Settings for a test service: its own data folder, the store under test, a free port."""
    env = {} if store_url.startswith("sqlite") else {"INTAKE__SERVER__DATABASE_URL": store_url}
    # Analysis in the test's own process unless a test asks for workers (tests/test_analysis_pool.py):
    # the same code, without a worker to start for each of the suite's many services.
    return load_settings(None, env=env, overrides={"host": "127.0.0.1", "port": port or free_port(),
                                                   "data_dir": str(data_dir), "analysis.processes": 0,
                                                   **overrides})


async def shut_down(what: str, step: Awaitable[object], within: float = 30.0) -> None:
    """A teardown step that may not hang the suite: on time-out, say which tasks were stuck."""
    try:
        await asyncio.wait_for(step, within)
    except TimeoutError:
        for task in asyncio.all_tasks():
            if task is not asyncio.current_task():
                task.print_stack(limit=6, file=sys.stderr)
        raise AssertionError(f"{what} did not finish within {within:.0f} s") from None


@pytest.fixture
async def service(tmp_path: Path, store_url: str) -> AsyncIterator[Service]:
    """A started service without its web server, standing at an open moment (OPEN)."""
    svc = Service(make_settings(tmp_path / "data", store_url), clock=FixedClock(OPEN), run_jobs=False)
    await svc.start()
    try:
        yield svc
    finally:
        await shut_down("Service.stop()", svc.stop())


@pytest.fixture
async def running(tmp_path: Path, store_url: str) -> AsyncIterator[Running]:
    async with start_running(tmp_path, store_url) as r:
        yield r


@contextlib.asynccontextmanager
async def start_running(tmp_path: Path, store_url: str, **overrides: object) -> AsyncIterator[Running]:
    """A started service with its web server, at an open moment; `overrides` as in make_settings."""
    data_dir = tmp_path / "data"
    port = free_port()
    # No internet here: the quick exit goes to a page that needs none.
    exit_url = f"http://127.0.0.1:{port}/healthz"
    settings = make_settings(data_dir, store_url, port, **{"webchat.exit_url": exit_url, **overrides})
    clock = FixedClock(OPEN)
    logs = LogLines()
    root = logging.getLogger()
    root.addHandler(logs)
    old_level = root.level
    root.setLevel(logging.DEBUG)
    service = Service(settings, clock=clock, run_jobs=False)
    await service.start()
    runner = web.AppRunner(build_app(service), access_log_format=ACCESS_LOG_FORMAT, shutdown_timeout=0.5)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        yield Running(service, clock, f"http://127.0.0.1:{port}", data_dir, logs)
    finally:
        try:
            await shut_down("the web server's cleanup", runner.cleanup())
            await shut_down("Service.stop()", service.stop())
        finally:
            root.removeHandler(logs)
        root.setLevel(old_level)
