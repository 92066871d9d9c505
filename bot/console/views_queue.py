"""The queue page: one list across channels (urgent first, then waiting longest), the
conversations in hand, and today's call-backs and chat appointments."""
from __future__ import annotations

from datetime import datetime, time, timedelta

from aiohttp import web
from sqlalchemy import select

from bot.console import audit, mail_problems
from bot.console.faq import title
from bot.console.guard import Ctx, Routes
from bot.console.html import LOCAL, Safe, button, form, join, page, redirect, tag, waited, when
from bot.console.labels import CALLBACK_KINDS, CHANNELS, URGENCY
from bot.console.views_auth import nav
from bot.store import claims
from bot.store.models import Callback, Conversation
from bot.store.models_console import Counsellor


async def names(ctx: Ctx) -> dict[int, str]:
    async with ctx.console.service.store.sessionmaker() as s:
        return dict((await s.execute(select(Counsellor.id, Counsellor.name))).all())


def _urgency(reasons: tuple[str, ...] | list[str]) -> Safe:
    if not reasons:
        return tag("span", "dringend", class_="urgent")
    return tag("span", "dringend: " + ", ".join(URGENCY.get(r, r) for r in reasons), class_="urgent")


async def queue_region(ctx: Ctx) -> Safe:
    now = ctx.console.now()
    async with ctx.console.service.store.sessionmaker() as s:
        entries = await claims.queue(s, limit=200)
        answered = dict((await s.execute(
            select(Conversation.id, Conversation.faq_answered)
            .where(Conversation.id.in_([e.conversation_id for e in entries])))).all())
    rows = []
    for e in entries:
        faq = ", ".join(title(f, "nl") for f in dict.fromkeys(answered.get(e.conversation_id) or []))
        rows.append(tag("tr", join([
            tag("td", str(e.position)),
            tag("td", _urgency(e.urgent_reasons) if e.urgent else ""),
            tag("td", CHANNELS.get(e.channel, e.channel)),
            tag("td", e.lang.upper()),
            tag("td", "verbonden" if e.connected else "niet verbonden",
                class_="online" if e.connected else "offline"),
            tag("td", faq or "-"),
            tag("td", join([when(e.waiting_since), " (", waited(e.waiting_since, now), ")"])),
            tag("td", join([
                tag("a", "Bekijken", href=f"/console/c/{e.conversation_id}"), " ",
                form(f"/console/c/{e.conversation_id}/claim", ctx.me.csrf, button("Oppakken"),
                     class_="inline"),
            ])),
        ]), class_="urgent-row" if e.urgent else None, data_conversation=e.conversation_id))
    head = tag("tr", join(tag("th", h) for h in (
        "#", "Urgentie", "Kanaal", "Taal", "Schrijver", "Bot beantwoordde", "Wacht sinds", "")))
    table = tag("table", join([tag("thead", head), tag("tbody", join(rows))]), class_="queue") \
        if rows else tag("p", "Niemand wacht.", class_="empty")
    return tag("section", join([tag("h2", f"Wachtrij ({len(rows)})"), table]), id="queue",
               data_region=True)


async def held_region(ctx: Ctx) -> Safe:
    who = await names(ctx)
    async with ctx.console.service.store.sessionmaker() as s:
        held = (await s.execute(select(Conversation).where(Conversation.state == "claimed")
                                .order_by(Conversation.waiting_since))).scalars().all()
    items = []
    for c in held:
        mine = c.claimed_by == ctx.me.counsellor_id
        label = "Bij jou" if mine else f"in behandeling door {who.get(c.claimed_by or 0, '?')}"
        items.append(tag("li", join([
            tag("a", f"{CHANNELS.get(c.channel, c.channel)} · {c.lang.upper()}",
                href=f"/console/c/{c.id}"),
            " ", _urgency(tuple(c.urgent_reasons or ())) if c.urgent else "", " ",
            tag("span", label, class_="holder mine" if mine else "holder"),
        ])))
    body = tag("ul", join(items)) if items else tag("p", "Geen gesprekken in behandeling.", class_="empty")
    return tag("section", join([tag("h2", "In behandeling"), body]), id="held", data_region=True)


async def callbacks_region(ctx: Ctx) -> Safe:
    now = ctx.console.now()
    today = now.astimezone(LOCAL).date()
    start = datetime.combine(today, time(0), tzinfo=LOCAL)
    end = start + timedelta(days=1)
    async with ctx.console.service.store.sessionmaker() as s:
        due = (await s.execute(
            select(Callback, Conversation.channel, Conversation.lang)
            .join(Conversation, Conversation.id == Callback.conversation_id)
            .where(Callback.state == "booked", Callback.kind.in_(("phone", "chat_appointment")),
                   Callback.slot_start >= start, Callback.slot_start < end)
            .order_by(Callback.slot_start))).all()
    items = [tag("li", join([
        tag("strong", f"{when(cb.slot_start)}-{when(cb.slot_end)}"), " ",
        CALLBACK_KINDS.get(cb.kind, cb.kind), f" · {CHANNELS.get(channel, channel)} · {lang.upper()} ",
        tag("a", "Gesprek", href=f"/console/c/{cb.conversation_id}"),
    ])) for cb, channel, lang in due]
    body = tag("ul", join(items)) if items else tag("p", "Geen afspraken vandaag.", class_="empty")
    return tag("section", join([tag("h2", "Terugbellen en chatafspraken vandaag"), body]),
               id="callbacks", data_region=True)


async def queue_page(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    body = join([
        form("/console/next", ctx.me.csrf, button("Volgende gesprek oppakken"), class_="inline"),
        await mail_problems.region(ctx),
        await queue_region(ctx), await held_region(ctx), await callbacks_region(ctx),
    ])
    return page("Wachtrij", body, nav=nav(ctx), live="queue")


async def claim_next(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    c = ctx.console
    now = c.now()
    async with c.service.store.write() as s:
        cid = await claims.claim_next(s, ctx.me.counsellor_id, now, c.lease_seconds)
        if cid is not None:
            audit.record(s, now, ctx.me.counsellor_id, "claimed", cid)
    if cid is None:
        return redirect("/console")
    c.publish("claims", cid)
    return redirect(f"/console/c/{cid}")


def add_routes(routes: Routes) -> None:
    routes.add("GET", "/console", queue_page, "counsellor")
    routes.add("POST", "/console/next", claim_next, "counsellor")
