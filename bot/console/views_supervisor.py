"""Supervisors: accounts (add, disable, reset two-factor), one-off closures, the audit log."""
from __future__ import annotations

from datetime import datetime

from aiohttp import web
from sqlalchemy import select

from bot.console import accounts, audit, closures
from bot.console.auth import PasswordRejected
from bot.console.guard import Ctx, Routes
from bot.console.html import LOCAL, button, form, join, options, page, redirect, tag, void, when
from bot.console.views_auth import nav
from bot.store.models_console import Counsellor


async def accounts_page(request: web.Request, ctx: Ctx, notice: str = "", status: int = 200) -> web.Response:
    async with ctx.console.service.store.sessionmaker() as s:
        rows = await accounts.all_accounts(s)
    me = ctx.me
    items = []
    for a in rows:
        state = "actief" if a.active else "uitgeschakeld"
        tfa = "2FA ingesteld" if a.totp_confirmed else "2FA nog in te stellen"
        actions = join([
            form(f"/console/admin/accounts/{a.id}/disable", me.csrf, button("Uitschakelen"), class_="inline")
            if a.active and a.id != me.counsellor_id else "",
            form(f"/console/admin/accounts/{a.id}/reset-2fa", me.csrf, button("2FA opnieuw instellen"),
                 class_="inline") if a.active else "",
        ])
        items.append(tag("tr", join([tag("td", a.name), tag("td", a.role), tag("td", state), tag("td", tfa),
                                     tag("td", actions)])))
    body = join([
        tag("p", notice, class_="notice", role="status") if notice else "",
        tag("table", join([tag("thead", tag("tr", join(tag("th", h) for h in
                                                       ("Naam", "Rol", "Status", "2FA", "")))),
                           tag("tbody", join(items))]), class_="accounts"),
        form("/console/admin/accounts", me.csrf,
             tag("h2", "Account toevoegen"),
             tag("label", join(["Naam", void("input", name="name", required=True, maxlength=64)])),
             tag("label", join(["Rol", tag("select", options((("counsellor", "hulpverlener"),
                                                              ("supervisor", "supervisor"))), name="role")])),
             tag("label", join(["Eerste wachtwoord (minstens 12 tekens)",
                                void("input", name="password", type="password", required=True,
                                     autocomplete="new-password", minlength=12)])),
             button("Toevoegen")),
    ])
    return page("Accounts", body, nav=nav(ctx), status=status)


async def accounts_view(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    return await accounts_page(request, ctx)


async def add_account(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    c = ctx.console
    try:
        await accounts.add(c.service.store, ctx.field("name", 64), ctx.field("role", 12),
                           ctx.field("password", 1024), c.now(), by=ctx.me.counsellor_id)
    except (accounts.AccountError, PasswordRejected) as exc:
        return await accounts_page(request, ctx, notice=str(exc), status=400)
    return redirect("/console/admin/accounts")


async def _account_action(request: web.Request, ctx: Ctx, action: str) -> web.StreamResponse:
    c = ctx.console
    async with c.service.store.sessionmaker() as s:
        target = await s.get(Counsellor, int(request.match_info["aid"]))
    if target is None:
        raise web.HTTPNotFound(text="Onbekend account.")
    if action == "disable":
        if target.id == ctx.me.counsellor_id:
            raise web.HTTPBadRequest(text="Je kunt jezelf niet uitschakelen.")
        await accounts.disable(c.service.store, target.name, c.now(), by=ctx.me.counsellor_id)
    else:
        await accounts.reset_2fa(c.service.store, target.name, c.now(), by=ctx.me.counsellor_id)
    return redirect("/console/admin/accounts")


async def disable_account(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    return await _account_action(request, ctx, "disable")


async def reset_account(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    return await _account_action(request, ctx, "reset")


async def audit_view(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    cid = request.query.get("conversation", "")[:32] or None
    async with ctx.console.service.store.sessionmaker() as s:
        entries = await audit.recent(s, 500, conversation_id=cid)
        who = dict((await s.execute(select(Counsellor.id, Counsellor.name))).all())
    rows = [tag("tr", join([
        tag("td", when(e.at, True)), tag("td", who.get(e.counsellor_id or 0, "-")), tag("td", e.action),
        tag("td", tag("a", e.conversation_id, href=f"/console/admin/audit?conversation={e.conversation_id}")
            if e.conversation_id else "-"),
        tag("td", who.get(e.other_id, "") if e.other_id else ""),
    ])) for e in entries]
    head = tag("tr", join(tag("th", h) for h in ("Tijd", "Wie", "Actie", "Gesprek", "Betreft")))
    body = tag("table", join([tag("thead", head), tag("tbody", join(rows))]), class_="audit")
    return page("Auditlog", body, nav=nav(ctx))


def _local(value: str) -> datetime:
    return datetime.fromisoformat(value).replace(tzinfo=LOCAL)


async def closures_page(request: web.Request, ctx: Ctx, notice: str = "", status: int = 200) -> web.Response:
    items = [tag("li", f"{when(c.start, True)} tot {when(c.end, True)} {c.note}")
             for c in await closures.current(ctx.console.service)]
    body = join([
        tag("p", notice, class_="notice", role="status") if notice else "",
        tag("ul", join(items)) if items else tag("p", "Geen eenmalige sluitingen.", class_="empty"),
        form("/console/admin/closures", ctx.me.csrf,
             tag("h2", "Eenmalige sluiting toevoegen"),
             tag("label", join(["Van", void("input", type="datetime-local", name="start", required=True)])),
             tag("label", join(["Tot", void("input", type="datetime-local", name="end", required=True)])),
             tag("label", join(["Notitie voor het team", void("input", name="note", maxlength=120)])),
             button("Toevoegen")),
    ])
    return page("Sluitingen", body, nav=nav(ctx), status=status)


async def closures_view(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    return await closures_page(request, ctx)


async def add_closure(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    c = ctx.console
    try:
        start, end = _local(ctx.field("start", 20)), _local(ctx.field("end", 20))
        await closures.add(c.service, start, end, ctx.field("note", 120), ctx.me.counsellor_id, c.now())
    except ValueError:
        return await closures_page(request, ctx, notice="Vul een geldig begin en een later einde in.",
                                   status=400)
    return redirect("/console/admin/closures")


def add_routes(routes: Routes) -> None:
    routes.add("GET", "/console/admin/accounts", accounts_view, "supervisor")
    routes.add("POST", "/console/admin/accounts", add_account, "supervisor")
    routes.add("POST", "/console/admin/accounts/{aid:[0-9]{1,9}}/disable", disable_account, "supervisor")
    routes.add("POST", "/console/admin/accounts/{aid:[0-9]{1,9}}/reset-2fa", reset_account, "supervisor")
    routes.add("GET", "/console/admin/audit", audit_view, "supervisor")
    routes.add("GET", "/console/admin/closures", closures_view, "supervisor")
    routes.add("POST", "/console/admin/closures", add_closure, "supervisor")
