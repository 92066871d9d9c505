"""Framing: the widget may be embedded only by the configured origins
(`webchat.allowed_frame_origins`), the console and everything else by nobody.

The other security promises (anonymous access refused on every console route, CSRF, session
expiry with an injected clock, sign-in lockout, CSP without inline script) are proven in
tests/test_console_web.py and tests/test_console_browser.py."""
from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from bot.clock import FixedClock
from bot.service import Service
from bot.web import build_app
from tests.service_fixtures import OPEN, free_port, make_settings

EMBEDDER = "https://www.stopitnow.test"


async def _serve(tmp_path: Path, origins: list[str]) -> AsyncIterator[str]:
    port = free_port()
    settings = make_settings(tmp_path / "data", "sqlite", port, **{"webchat.allowed_frame_origins": origins})
    service = Service(settings, clock=FixedClock(OPEN), run_jobs=False)
    await service.start()
    runner = web.AppRunner(build_app(service), shutdown_timeout=0.5)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()
        await service.stop()


@pytest.fixture
async def embeddable(tmp_path: Path) -> AsyncIterator[str]:
    async for url in _serve(tmp_path, [EMBEDDER]):
        yield url


@pytest.fixture
async def closed_to_frames(tmp_path: Path) -> AsyncIterator[str]:
    async for url in _serve(tmp_path, []):
        yield url


def ancestors(headers: Mapping[str, str]) -> str:
    csp = dict(headers)["Content-Security-Policy"]
    [part] = [p.strip() for p in csp.split(";") if p.strip().startswith("frame-ancestors")]
    return part


CONSOLE_PAGES = ["/console/login", "/console", "/console/admin/audit", "/console/cijfers", "/healthz"]


async def test_widget_framed_only_by_configured_origins_console_by_none(embeddable: str) -> None:
    async with aiohttp.ClientSession() as http:
        for path in ("/chat", "/chat?lang=en", "/chat/static/chat.js"):
            async with http.get(embeddable + path) as r:
                assert r.status == 200, path
                assert ancestors(r.headers) == f"frame-ancestors {EMBEDDER}", path
                # X-Frame-Options cannot name an origin: it must not forbid the allowed embedder.
                assert "X-Frame-Options" not in r.headers, path
        for path in CONSOLE_PAGES:
            async with http.get(embeddable + path, allow_redirects=False) as r:
                assert ancestors(r.headers) == "frame-ancestors 'none'", path
                assert r.headers["X-Frame-Options"] == "DENY", path


async def test_without_configured_origins_nobody_may_frame_the_widget(closed_to_frames: str) -> None:
    async with aiohttp.ClientSession() as http:
        for path in ("/chat", *CONSOLE_PAGES):
            async with http.get(closed_to_frames + path, allow_redirects=False) as r:
                assert ancestors(r.headers) == "frame-ancestors 'none'", path
                assert r.headers["X-Frame-Options"] == "DENY", path
