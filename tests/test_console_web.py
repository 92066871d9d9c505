"""The console's access rules over HTTP: every route refuses anonymous access, CSRF, sessions
expire by the injected clock, sign-in locks out, headers forbid framing and inline script."""
from __future__ import annotations

import re

from aiohttp import web
from sqlalchemy import select

from bot.console.guard import ROUTES_KEY
from bot.store.models_console import AuditEntry
from bot.web import build_app
from tests.console_helpers import PASSWORD, add_account, client, csrf_of, later, sign_in
from tests.service_fixtures import Running
from tests.store_fixtures import add_conversation

PUBLIC = {("GET", "/console/login"), ("POST", "/console/login")}


def _fill(path: str) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: "1" if m.group(1) in ("cb", "aid") else "abcDEF123", path)


def console_routes(app: web.Application) -> list[tuple[str, str]]:
    out = []
    for route in app.router.routes():
        path = route.resource.canonical if route.resource else ""
        if path.startswith("/console"):
            out.append((route.method, path))
    return out


async def test_every_console_route_refuses_anonymous_access(running: Running) -> None:
    app = build_app(running.service)  # the same route table the running server was built with
    routes = console_routes(app)
    declared = app[ROUTES_KEY].access
    assert len(routes) > 20
    checked = 0
    async with client() as http:
        for method, path in routes:
            if path.startswith("/console/static"):
                continue  # the stylesheet and script, same for everyone
            if (method, path) in PUBLIC or (method == "HEAD" and ("GET", path) in PUBLIC):
                continue
            assert (method if method != "HEAD" else "GET", path) in declared, f"{method} {path} not guarded"
            url = running.url + _fill(path)
            headers = {"Upgrade": "websocket", "Connection": "Upgrade", "Sec-WebSocket-Version": "13",
                       "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ=="} if path == "/console/live" else {}
            async with http.request(method, url, allow_redirects=False, headers=headers,
                                    data={"csrf": "x"} if method == "POST" else None) as r:
                body = await r.text()
                if method in ("GET", "HEAD") and not headers:
                    assert r.status in (302, 303), (method, path, r.status)
                    assert r.headers["Location"] == "/console/login"
                else:
                    assert r.status == 403, (method, path, r.status)
                assert "Wachtrij" not in body and "Gesprek" not in body
            checked += 1
    assert checked >= 18


async def test_counsellor_is_refused_supervisor_pages(running: Running) -> None:
    await add_account(running, "Anna")
    async with client() as http:
        await sign_in(http, running, "Anna", {})
        for path in ("/console/admin/accounts", "/console/admin/audit", "/console/admin/closures"):
            async with http.get(running.url + path, allow_redirects=False) as r:
                assert r.status == 403


async def test_csrf_and_foreign_origin_are_refused(running: Running) -> None:
    await add_account(running, "Anna")
    cid = await add_conversation(running.service.store, state="waiting", at=running.clock.now())
    async with client() as http:
        page = await sign_in(http, running, "Anna", {})
        token = csrf_of(page)
        claim = f"{running.url}/console/c/{cid}/claim"
        async with http.post(claim, data={}, allow_redirects=False) as r:
            assert r.status == 403
        async with http.post(claim, data={"csrf": "not-the-token"}, allow_redirects=False) as r:
            assert r.status == 403
        async with http.post(claim, data={"csrf": token}, allow_redirects=False,
                             headers={"Origin": "https://evil.example"}) as r:
            assert r.status == 403
        async with http.post(claim, data={"csrf": token}, allow_redirects=False) as r:
            assert r.status == 303 and r.headers["Location"] == f"/console/c/{cid}"
    # The sign-in form needs its token too.
    async with client() as http, http.post(f"{running.url}/console/login", allow_redirects=False,
                                           data={"name": "Anna", "password": PASSWORD}) as r:
        assert r.status == 403


async def test_session_idle_and_absolute_expiry_follow_the_clock(running: Running) -> None:
    await add_account(running, "Anna")
    secrets: dict[str, str] = {}
    async with client() as http:
        await sign_in(http, running, "Anna", secrets)
        later(running, minutes=29)
        async with http.get(f"{running.url}/console", allow_redirects=False) as r:
            assert r.status == 200
        later(running, minutes=31)
        async with http.get(f"{running.url}/console", allow_redirects=False) as r:
            assert r.status == 302 and r.headers["Location"] == "/console/login"
        await sign_in(http, running, "Anna", secrets)
        for _ in range(21):  # active every 29 minutes: still cut off after 10 hours
            later(running, minutes=29)
            async with http.get(f"{running.url}/console", allow_redirects=False) as r:
                pass
        assert r.status == 302


async def test_lockout_after_repeated_failures(running: Running) -> None:
    await add_account(running, "Anna")
    async with client() as http:
        async with http.get(f"{running.url}/console/login") as r:
            token = csrf_of(await r.text())
        for _ in range(5):
            async with http.post(f"{running.url}/console/login", allow_redirects=False,
                                 data={"csrf": token, "name": "Anna", "password": "wrong password!!"}) as r:
                assert r.status == 401 and "klopt niet" in await r.text()
        async with http.post(f"{running.url}/console/login", allow_redirects=False,
                             data={"csrf": token, "name": "Anna", "password": PASSWORD}) as r:
            assert r.status == 429 and "Te veel mislukte pogingen" in await r.text()
        later(running, minutes=16)
    async with client() as http:
        await sign_in(http, running, "Anna", {})  # the lock lapses


async def test_wrong_code_counts_and_code_is_needed(running: Running) -> None:
    await add_account(running, "Anna")
    async with client() as http:
        async with http.get(f"{running.url}/console/login") as r:
            token = csrf_of(await r.text())
        async with http.post(f"{running.url}/console/login", allow_redirects=False,
                             data={"csrf": token, "name": "Anna", "password": PASSWORD}) as r:
            assert r.status == 303
        # Password alone is not a session: the queue still refuses.
        async with http.get(f"{running.url}/console", allow_redirects=False) as r:
            assert r.status == 302
        async with http.get(f"{running.url}/console/2fa") as r:
            page = await r.text()
        assert 'src="data:image/svg+xml;base64,' in page and 'id="totp-secret"' in page
        async with http.post(f"{running.url}/console/2fa", allow_redirects=False,
                             data={"csrf": csrf_of(page), "code": "123456"}) as r:
            assert r.status == 401


async def test_headers_forbid_framing_and_cookie_is_strict(running: Running) -> None:
    await add_account(running, "Anna")
    async with client() as http:
        async with http.get(f"{running.url}/console/login") as r:
            csp = r.headers["Content-Security-Policy"]
            assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp
            assert "unsafe-inline" not in csp and r.headers["X-Frame-Options"] == "DENY"
            token = csrf_of(await r.text())
        async with http.post(f"{running.url}/console/login", allow_redirects=False,
                             data={"csrf": token, "name": "Anna", "password": PASSWORD}) as r:
            cookie = r.headers["Set-Cookie"].lower()
            assert "httponly" in cookie and "samesite=strict" in cookie and "path=/console" in cookie


async def test_audit_log_is_for_supervisors(running: Running) -> None:
    await add_account(running, "Anna")
    await add_account(running, "Sam", role="supervisor")
    cid = await add_conversation(running.service.store, state="waiting", at=running.clock.now())
    async with client() as http:
        page = await sign_in(http, running, "Anna", {})
        async with http.post(f"{running.url}/console/c/{cid}/claim", data={"csrf": csrf_of(page)}) as r:
            assert r.status == 200
    async with client() as http:
        await sign_in(http, running, "Sam", {})
        async with http.get(f"{running.url}/console/admin/audit") as r:
            text = await r.text()
    assert "claimed" in text and cid in text and "Anna" in text
    async with running.service.store.sessionmaker() as s:
        actions = [e.action for e in (await s.execute(select(AuditEntry))).scalars()]
    assert "claimed" in actions and "viewed" in actions


async def test_supervisor_adds_and_disables_accounts(running: Running) -> None:
    await add_account(running, "Sam", role="supervisor")
    async with client() as http:
        await sign_in(http, running, "Sam", {})
        async with http.get(f"{running.url}/console/admin/accounts") as r:
            token = csrf_of(await r.text())
        async with http.post(f"{running.url}/console/admin/accounts",
                             data={"csrf": token, "name": "Nieuw", "role": "counsellor",
                                   "password": PASSWORD}) as r:
            assert r.status == 200 and "Nieuw" in await r.text()
    async with client() as http:
        await sign_in(http, running, "Nieuw", {})

