"""The aiohttp application: security headers on every answer, /healthz, each channel's routes.

No answer sets a cookie for a help-seeker, no page loads anything from elsewhere, and the
access log has neither the client's address nor its User-Agent.
"""
from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp import web

from bot.console import setup as setup_console
from bot.figures import setup as setup_figures
from bot.metrics import setup as setup_metrics
from bot.service import Service

SERVICE_KEY: web.AppKey[Service] = web.AppKey("service", Service)
# Without %a (remote address) and %{User-Agent}i: nothing that points at a person.
# Named fields: bare, "101 0 5.49" reads to the identifier stripper as one long number (a phone)
# and the line would lose its status and size.
ACCESS_LOG_FORMAT = '"%r" status=%s bytes=%b seconds=%Tf'

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _csp(frame_ancestors: list[str]) -> str:
    ancestors = " ".join(frame_ancestors) if frame_ancestors else "'none'"
    return (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        f"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors {ancestors}"
    )


def build_app(service: Service) -> web.Application:
    chat_csp = _csp(list(service.settings.webchat.allowed_frame_origins))
    strict_csp = _csp([])

    @web.middleware
    async def security_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
        try:
            response = await handler(request)
        except web.HTTPException as exc:
            response = exc
        if not response.prepared:
            chat = request.path == "/chat" or request.path.startswith("/chat/")
            response.headers["Content-Security-Policy"] = chat_csp if chat else strict_csp
            response.headers["X-Content-Type-Options"] = "nosniff"
            response.headers["Referrer-Policy"] = "no-referrer"
            response.headers["Cache-Control"] = "no-store"
            response.headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
            if not chat or not service.settings.webchat.allowed_frame_origins:
                response.headers["X-Frame-Options"] = "DENY"
        if isinstance(response, web.HTTPException) and response.status >= 400:
            raise response
        return response

    app = web.Application(middlewares=[security_headers], client_max_size=1024 * 1024)
    app[SERVICE_KEY] = service

    async def healthz(request: web.Request) -> web.Response:
        ok = await service.store.ping()
        return web.json_response({"ok": ok}, status=200 if ok else 503)

    async def root(request: web.Request) -> web.Response:
        raise web.HTTPFound("/chat")

    app.router.add_get("/healthz", healthz)
    app.router.add_get("/", root)
    for channel in service.channels.values():
        add_routes = getattr(channel, "add_routes", None)
        if add_routes is not None:
            add_routes(app)
    setup_console(app, service)
    setup_figures(app, service)
    setup_metrics(app, service)
    return app
