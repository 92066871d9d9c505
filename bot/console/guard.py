"""Every console route is added through `Routes.add` with the access it needs; nothing else
adds console routes. Anonymous requests are refused before a handler runs, state-changing
requests need the session's CSRF token and, when the browser sends one, a same-origin Origin.
"""
from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from aiohttp import web
from multidict import MultiDictProxy

from bot.console.sessions import Session

if TYPE_CHECKING:
    from bot.console.state import Console

Access = Literal["public", "pending", "counsellor", "supervisor"]
LOGIN = "/console/login"


@dataclass(frozen=True)
class Ctx:
    console: Console
    session: Session | None
    form: MultiDictProxy[str | bytes] | None

    @property
    def me(self) -> Session:
        assert self.session is not None
        return self.session

    def field(self, name: str, limit: int = 200) -> str:
        value = self.form.get(name, "") if self.form is not None else ""
        return value[:limit] if isinstance(value, str) else ""

    def fields(self, name: str, limit: int = 40) -> list[str]:
        if self.form is None:
            return []
        return [v[:limit] for v in self.form.getall(name, []) if isinstance(v, str)]


Handler = Callable[[web.Request, Ctx], Awaitable[web.StreamResponse]]


def same_origin(request: web.Request) -> bool:
    """False when the browser says the request comes from another site. Fetch metadata first
    (with Referrer-Policy: no-referrer, form posts carry `Origin: null`); without either header
    (older clients) the CSRF token and the SameSite=Strict cookie still protect."""
    site = request.headers.get("Sec-Fetch-Site")
    if site is not None:
        return site in ("same-origin", "none")
    origin = request.headers.get("Origin")
    if origin is None or origin == "null":
        return True
    return origin.split("://", 1)[-1] == request.host


def refuse(request: web.Request) -> web.StreamResponse:
    if request.method == "GET" and request.headers.get("Upgrade", "").lower() != "websocket":
        return web.Response(status=302, headers={"Location": LOGIN})
    raise web.HTTPForbidden(text="Niet aangemeld.")


class Routes:
    """Adds console routes, each with the access it needs (kept in `.access` for tests)."""

    def __init__(self, app: web.Application, console: Console) -> None:
        self.app = app
        self.console = console
        self.access: dict[tuple[str, str], Access] = {}

    def add(self, method: str, path: str, handler: Handler, access: Access) -> None:
        console = self.console

        async def guarded(request: web.Request) -> web.StreamResponse:
            session = None
            if access != "public":
                session = await console.sessions.load(request)
                wanted = "password" if access == "pending" else "full"
                if session is None or session.stage != wanted:
                    return refuse(request)
                if access == "supervisor" and session.role != "supervisor":
                    raise web.HTTPForbidden(text="Alleen voor supervisors.")
            form = None
            if request.method != "GET":
                if not same_origin(request):
                    raise web.HTTPForbidden(text="Verzoek van een andere herkomst geweigerd.")
                form = await request.post()
                if session is not None and not _token_ok(form.get("csrf"), session.csrf):
                    raise web.HTTPForbidden(text="Ongeldig formulier (CSRF). Laad de pagina opnieuw.")
            elif access != "public" and request.headers.get("Upgrade", "").lower() == "websocket" \
                    and not same_origin(request):
                raise web.HTTPForbidden(text="Verzoek van een andere herkomst geweigerd.")
            return await handler(request, Ctx(console, session, form))

        guarded.__name__ = getattr(handler, "__name__", "console")
        route = self.app.router.add_route(method, path, guarded)
        self.access[(method, route.resource.canonical if route.resource else path)] = access


def _token_ok(given: object, expected: str) -> bool:
    return (isinstance(given, str) and len(expected) >= 16
            and hmac.compare_digest(given.encode(), expected.encode()))


def token_ok(given: object, expected: str) -> bool:
    return _token_ok(given, expected)


ROUTES_KEY: web.AppKey[Routes] = web.AppKey("console_routes", Routes)
