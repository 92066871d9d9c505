"""Signing in to the console over HTTP in tests (the same forms a browser posts)."""
from __future__ import annotations

import re
from datetime import timedelta

import aiohttp
import pyotp

from bot.console import accounts
from tests.service_fixtures import Running

PASSWORD = "een lang genoeg wachtwoord"


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf" value="([^"]+)"', html)
    assert m, "no CSRF field in the page"
    return m.group(1)


async def add_account(running: Running, name: str, role: str = "counsellor") -> int:
    """Through the same code path as `intake-bot counsellor add`."""
    account = await accounts.add(running.service.store, name, role, PASSWORD, running.clock.now())
    return account.id


def client() -> aiohttp.ClientSession:
    # unsafe=True: the test server is an IP address, whose cookies the default jar ignores.
    return aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))


async def sign_in(http: aiohttp.ClientSession, running: Running, name: str,
                  secrets: dict[str, str]) -> str:
    """Password, then enrolment or code; returns the queue page's HTML. `secrets` remembers
    each account's TOTP secret between sign-ins."""
    async with http.get(f"{running.url}/console/login") as r:
        token = csrf_of(await r.text())
    async with http.post(f"{running.url}/console/login", allow_redirects=False,
                         data={"csrf": token, "name": name, "password": PASSWORD}) as r:
        assert r.status == 303, await r.text()
    async with http.get(f"{running.url}/console/2fa") as r:
        page = await r.text()
    m = re.search(r'id="totp-secret">([A-Z2-7]+)<', page)
    if m:
        secrets[name] = m.group(1)
    # A code is accepted once: each sign-in of the same account uses the next time step.
    running.clock.advance(seconds=30)
    code = pyotp.TOTP(secrets[name]).at(running.clock.now())
    async with http.post(f"{running.url}/console/2fa", data={"csrf": csrf_of(page), "code": code}) as r:
        assert r.status == 200 and str(r.url).endswith("/console"), await r.text()
        return await r.text()


def later(running: Running, **delta: float) -> None:
    running.clock.set(running.clock.now() + timedelta(**delta))
