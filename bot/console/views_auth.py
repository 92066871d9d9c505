"""Signing in: password, then the TOTP code (enrolment on the first sign-in), then a session."""
from __future__ import annotations

import secrets

from aiohttp import web

from bot.console import audit
from bot.console.accounts import by_name
from bot.console.auth import (
    new_totp_secret,
    qr_svg_data_uri,
    totp_uri,
    verify_password,
    verify_totp,
)
from bot.console.guard import Ctx, Routes, token_ok
from bot.console.html import button, form, hidden, join, page, redirect, tag, void
from bot.store.models_console import Counsellor

PRE_COOKIE = "intake_console_pre"  # double-submit token for the sign-in form (no session yet)
LOCKED = "Te veel mislukte pogingen. Wacht een kwartier en probeer het dan opnieuw."
WRONG = "Naam of wachtwoord klopt niet."


def _client(request: web.Request) -> str:
    return request.remote or "unknown"


def _login_page(request: web.Request, ctx: Ctx, error: str = "", status: int = 200) -> web.Response:
    token = request.cookies.get(PRE_COOKIE) or secrets.token_urlsafe(24)
    body = join([
        tag("p", error, class_="error", role="alert") if error else "",
        tag("form", join([
            hidden("csrf", token),
            tag("label", join(["Naam", void("input", name="name", autocomplete="username",
                                            required=True, maxlength=64)])),
            tag("label", join(["Wachtwoord", void("input", name="password", type="password",
                                                  autocomplete="current-password", required=True)])),
            button("Aanmelden"),
        ]), method="post", action="/console/login"),
    ])
    resp = page("Aanmelden", body, status=status)
    resp.set_cookie(PRE_COOKIE, token, path="/console", httponly=True, samesite="Strict",
                    secure=ctx.console.sessions.secure(request))
    return resp


async def login_form(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    if (s := await ctx.console.sessions.load(request)) is not None and s.stage == "full":
        return redirect("/console")
    return _login_page(request, ctx)


async def login(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    c = ctx.console
    if not token_ok(ctx.field("csrf", 100), request.cookies.get(PRE_COOKIE, "")):
        raise web.HTTPForbidden(text="Ongeldig formulier (CSRF). Laad de pagina opnieuw.")
    name, password = ctx.field("name", 64), ctx.field("password", 1024)
    now = c.now()
    account_key, client_key = c.throttle.keys(name, _client(request))
    async with c.service.store.sessionmaker() as s:
        if await c.throttle.locked(s, account_key, client_key, now):
            return _login_page(request, ctx, LOCKED, status=429)
        account = await by_name(s, " ".join(name.split()))
    ok = verify_password(account.password_hash if account else None, password) and bool(
        account and account.active)
    async with c.service.store.write() as s:
        # Only failures count here; success is recorded after the second factor.
        if not ok:
            c.throttle.record(s, account_key, client_key, False, now)
    if not ok or account is None:
        return _login_page(request, ctx, WRONG, status=401)
    token = await c.sessions.create(account.id, "password")
    resp = redirect("/console/2fa")
    c.sessions.set_cookie(request, resp, token)
    return resp


def _second_factor_page(account: Counsellor, csrf: str, error: str = "", status: int = 200) -> web.Response:
    parts = [tag("p", error, class_="error", role="alert") if error else ""]
    if not account.totp_confirmed and account.totp_secret:
        uri = totp_uri(account.totp_secret, account.name)
        parts += [
            tag("p", "Tweestapsverificatie instellen: scan de QR-code met een authenticator-app, "
                     "of typ de geheime sleutel over. Vul daarna de code van zes cijfers in."),
            void("img", src=qr_svg_data_uri(uri), alt="QR-code voor de authenticator-app",
                 class_="qr", width=220, height=220),
            tag("p", join(["Geheime sleutel: ", tag("code", account.totp_secret, id="totp-secret")])),
        ]
    else:
        parts.append(tag("p", "Vul de code van zes cijfers uit je authenticator-app in."))
    parts.append(form("/console/2fa", csrf,
                      tag("label", join(["Code", void("input", name="code", inputmode="numeric",
                                                      autocomplete="one-time-code", required=True,
                                                      maxlength=8, pattern="[0-9 ]{6,8}")])),
                      button("Bevestigen")))
    return page("Tweestapsverificatie", join(parts), status=status)


async def second_factor_form(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    c = ctx.console
    async with c.service.store.write() as s:
        account = await s.get(Counsellor, ctx.me.counsellor_id)
        if account is None:
            return redirect("/console/login")
        if not account.totp_confirmed and not account.totp_secret:
            account.totp_secret = new_totp_secret()
    return _second_factor_page(account, ctx.me.csrf)


async def second_factor(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    c = ctx.console
    now = c.now()
    account_key, client_key = c.throttle.keys(ctx.me.name, _client(request))
    async with c.service.store.write() as s:
        account = await s.get(Counsellor, ctx.me.counsellor_id)
        if account is None or not account.totp_secret:
            return redirect("/console/login")
        if await c.throttle.locked(s, account_key, client_key, now):
            locked = True
            step = None
        else:
            locked = False
            step = verify_totp(account.totp_secret, ctx.field("code", 12), now, account.totp_last_step)
            c.throttle.record(s, account_key, client_key, step is not None, now)
            if step is not None:
                account.totp_last_step, account.totp_confirmed = step, True
                audit.record(s, now, account.id, "signed_in")
    if locked:
        await c.sessions.end(ctx.me.id)
        resp = _second_factor_page(account, ctx.me.csrf, LOCKED, status=429)
        c.sessions.clear_cookie(resp)
        return resp
    if step is None:
        return _second_factor_page(account, ctx.me.csrf, "Die code klopt niet.", status=401)
    token = await c.sessions.promote(ctx.me)
    resp = redirect("/console")
    c.sessions.set_cookie(request, resp, token)
    return resp


async def logout(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    c = ctx.console
    await c.sessions.end(ctx.me.id)
    async with c.service.store.write() as s:
        audit.record(s, c.now(), ctx.me.counsellor_id, "signed_out")
    resp = redirect("/console/login")
    c.sessions.clear_cookie(resp)
    return resp


def nav(ctx: Ctx) -> object:
    me = ctx.me
    links = [tag("a", "Wachtrij", href="/console")]
    if me.role == "supervisor":
        links += [tag("a", "Accounts", href="/console/admin/accounts"),
                  tag("a", "Sluitingen", href="/console/admin/closures"),
                  tag("a", "Auditlog", href="/console/admin/audit"),
                  tag("a", "Cijfers", href="/console/cijfers")]
    return join([tag("nav", join(links)),
                 tag("span", f"Aangemeld als {me.name}", class_="me"),
                 form("/console/logout", me.csrf, button("Afmelden"), class_="inline")])


def add_routes(routes: Routes) -> None:
    routes.add("GET", "/console/login", login_form, "public")
    routes.add("POST", "/console/login", login, "public")
    routes.add("GET", "/console/2fa", second_factor_form, "pending")
    routes.add("POST", "/console/2fa", second_factor, "pending")
    routes.add("POST", "/console/logout", logout, "counsellor")
