"""One conversation: the scrubbed history with the bot's answers and urgency reasons, and for
the counsellor who holds it: reply (with ready FAQ answers), internal notes, call-back number,
release, transfer and closing with a registration."""
from __future__ import annotations

from datetime import timedelta

from aiohttp import web
from sqlalchemy import select

from bot.console import audit
from bot.console import faq as ready
from bot.console.guard import Ctx, Routes
from bot.console.html import Safe, button, form, join, options, page, redirect, tag, void, when
from bot.console.labels import CALLBACK_KINDS, CHANNELS, DELIVERY, SENDERS, URGENCY
from bot.console.replies import NotHolder, hold, send_reply
from bot.console.views_auth import nav
from bot.console.views_queue import names
from bot.figures.categories import AGE_BANDS, GENDERS, HELP_OFFERED, PLATFORMS, REASONS, TARGET_GROUPS
from bot.store import claims, vault
from bot.store.models import Callback, Conversation, Message
from bot.store.models import Outbox as OutboxRow
from bot.store.models_console import Counsellor, Registration
from bot.store.models_figures import RegistrationPlatform
from handlers.scrub import scrub

MAX_REPLY = 4000


async def _conversation(ctx: Ctx, cid: str) -> Conversation:
    async with ctx.console.service.store.sessionmaker() as s:
        conv = await s.get(Conversation, cid)
    if conv is None:
        raise web.HTTPNotFound(text="Dit gesprek bestaat niet (meer).")
    return conv


def _lapsed(ctx: Ctx, conv: Conversation) -> bool:
    return conv.state == "claimed" and (conv.lease_expires_at is None
                                        or conv.lease_expires_at <= ctx.console.now())


def _holds(ctx: Ctx, conv: Conversation) -> bool:
    return conv.state == "claimed" and conv.claimed_by == ctx.me.counsellor_id and not _lapsed(ctx, conv)


async def messages_region(ctx: Ctx, conv: Conversation) -> Safe:
    async with ctx.console.service.store.sessionmaker() as s:
        rows = (await s.execute(
            select(Message, OutboxRow.state)
            .outerjoin(OutboxRow, OutboxRow.message_id == Message.id)
            .where(Message.conversation_id == conv.id).order_by(Message.id))).all()
    who = await names(ctx)
    items = []
    for m, delivery in rows:
        author = SENDERS.get(m.sender, m.sender)
        if m.sender == "counsellor" and m.counsellor_id:
            author = f"{author} ({who.get(m.counsellor_id, '?')})"
        meta = [tag("span", author, class_="author"), " ", tag("time", when(m.created_at, True))]
        if m.sender == "counsellor" and delivery:
            meta += [" ", tag("span", DELIVERY.get(delivery, delivery),
                              class_=f"delivery delivery-{delivery}", data_state=delivery)]
        body = m.body if m.body is not None else "(tekst verwijderd na de bewaartermijn)"
        items.append(tag("li", join([tag("div", join(meta), class_="meta"),
                                     tag("div", body, class_="body")]),
                         class_=f"msg {m.sender}", data_id=m.id))
    return tag("ol", join(items), id="messages", data_region=True, class_="messages")


async def status_region(ctx: Ctx, conv: Conversation) -> Safe:
    who = await names(ctx)
    parts = [tag("span", CHANNELS.get(conv.channel, conv.channel)), " · ", tag("span", conv.lang.upper()),
             " · ", tag("span", "verbonden" if conv.connected else "niet verbonden")]
    if conv.urgent:
        parts += [" · ", tag("span", "dringend: " + ", ".join(URGENCY.get(r, r) for r in conv.urgent_reasons
                                                               or []), class_="urgent")]
    if _lapsed(ctx, conv):
        parts += [" · ", tag("strong", "behandeling verlopen, terug in de rij", class_="holder", id="holder")]
    elif conv.state == "claimed":
        other = who.get(conv.claimed_by or 0, "?")
        holder = "Bij jou" if _holds(ctx, conv) else f"in behandeling door {other}"
        parts += [" · ", tag("strong", holder, class_="holder", id="holder")]
    elif conv.state == "waiting":
        parts += [" · ", tag("strong", "wacht in de rij", class_="holder", id="holder")]
    elif conv.state == "closed":
        parts += [" · ", tag("strong", "afgesloten", class_="holder", id="holder")]
    else:
        parts += [" · ", tag("strong", "bij de bot", class_="holder", id="holder")]
    if conv.faq_answered:
        parts += [tag("p", "Bot beantwoordde: " + ", ".join(ready.title(f, "nl")
                                                           for f in dict.fromkeys(conv.faq_answered)))]
    return tag("div", join(parts), id="status", data_region=True, class_="status")


async def callbacks_block(ctx: Ctx, conv: Conversation, revealed: dict[int, str]) -> Safe:
    async with ctx.console.service.store.sessionmaker() as s:
        rows = (await s.execute(select(Callback).where(Callback.conversation_id == conv.id)
                                .order_by(Callback.id))).scalars().all()
    if not rows:
        return Safe("")
    now = ctx.console.now()
    items = []
    for cb in rows:
        line = [CALLBACK_KINDS.get(cb.kind, cb.kind), " ",
                f"{when(cb.slot_start, True)}-{when(cb.slot_end)}" if cb.slot_start else "", f" ({cb.state})"]
        if cb.id in revealed:
            line += [" ", tag("strong", revealed[cb.id], class_="callback-number")]
        in_slot = cb.slot_start is not None and cb.slot_end is not None and cb.slot_start <= now < cb.slot_end
        if cb.kind == "phone" and cb.state == "booked" and _holds(ctx, conv):
            if in_slot and cb.id not in revealed:
                line += [" ", form(f"/console/c/{conv.id}/callbacks/{cb.id}/reveal", ctx.me.csrf,
                                   button("Toon nummer"), class_="inline")]
            elif not in_slot:
                line += [" ", tag("em", "nummer alleen zichtbaar tijdens het tijdslot")]
            line += [" ", form(f"/console/c/{conv.id}/callbacks/{cb.id}/done", ctx.me.csrf,
                               button("Gebeld, afronden"), class_="inline")]
        items.append(tag("li", join(line)))
    return tag("section", join([tag("h2", "Afspraken"), tag("ul", join(items))]), id="appointments")


async def _holder_tools(ctx: Ctx, conv: Conversation, draft: str) -> Safe:
    me = ctx.me
    async with ctx.console.service.store.sessionmaker() as s:
        colleagues = (await s.execute(
            select(Counsellor.id, Counsellor.name)
            .where(Counsellor.active.is_(True), Counsellor.id != me.counsellor_id)
            .order_by(Counsellor.name))).all()
    try:
        faq_choices = ready.questions(conv.lang)
    except Exception:  # FAQ texts missing: the reply box works without ready answers
        faq_choices = []
    base = f"/console/c/{conv.id}"
    return join([
        tag("form", join([
            tag("label", join(["Kant-en-klaar antwoord",
                               tag("select", options(faq_choices, blank="— kies —"), name="faq")])),
            button("Invoegen"),
        ]), method="get", action=base, class_="inline"),
        form(f"{base}/reply", me.csrf,
             tag("label", join(["Antwoord aan de hulpvrager",
                                tag("textarea", draft, name="text", rows=6, maxlength=MAX_REPLY,
                                    required=True)])),
             button("Versturen"), class_="reply"),
        form(f"{base}/note", me.csrf,
             tag("label", join(["Interne notitie (niet zichtbaar voor de hulpvrager)",
                                tag("textarea", "", name="text", rows=2, maxlength=2000, required=True)])),
             button("Notitie opslaan"), class_="note"),
        tag("div", join([
            form(f"{base}/release", me.csrf, button("Teruggeven aan de wachtrij"), class_="inline"),
            form(f"{base}/transfer", me.csrf,
                 tag("label", join(["Overdragen aan",
                                    tag("select", options([(str(i), n) for i, n in colleagues]),
                                        name="to")])),
                 button("Overdragen"), class_="inline") if colleagues else "",
        ]), class_="actions"),
        _close_form(ctx, conv),
    ])


def _radio(name: str, choices: tuple[tuple[str, str], ...], multiple: bool = False,
           required: bool = False) -> Safe:
    kind = "checkbox" if multiple else "radio"
    return join(tag("label", join([void("input", type=kind, name=name, value=v,
                                        required=required and not multiple), label]), class_="choice")
                for v, label in choices)


def _close_form(ctx: Ctx, conv: Conversation) -> Safe:
    return form(
        f"/console/c/{conv.id}/close", ctx.me.csrf,
        tag("h2", "Afsluiten met registratie"),
        tag("fieldset", join([tag("legend", "Doelgroep"),
                              _radio("target_group", TARGET_GROUPS, required=True)])),
        tag("label", join(["Reden van contact", tag("select", options(REASONS, blank="— kies —"),
                                                    name="reason", required=True)])),
        tag("fieldset", join([tag("legend", "Hulp geboden of verwezen naar"),
                              _radio("help", HELP_OFFERED, multiple=True)])),
        tag("label", join(["Leeftijd (optioneel)", tag("select", options(AGE_BANDS, blank="onbekend"),
                                                       name="age_band")])),
        tag("label", join(["Gender (optioneel)", tag("select", options(GENDERS, blank="onbekend"),
                                                     name="gender")])),
        tag("fieldset", join([tag("legend", "Genoemde platforms (optioneel)"),
                              _radio("platform", PLATFORMS, multiple=True)])),
        button("Gesprek afsluiten"), class_="close",
    )


async def render(ctx: Ctx, conv: Conversation, draft: str = "", revealed: dict[int, str] | None = None,
                 notice: str = "", status: int = 200) -> web.Response:
    me = ctx.me
    tools: Safe
    if _holds(ctx, conv):
        tools = await _holder_tools(ctx, conv, draft)
    elif conv.state == "waiting" or _lapsed(ctx, conv):
        tools = form(f"/console/c/{conv.id}/claim", me.csrf, button("Oppakken"), class_="inline")
    else:
        tools = Safe("")
    if draft and not _holds(ctx, conv):  # a refused reply: kept to copy, not lost
        tools = join([tag("section", join([tag("h2", "Niet verstuurd"),
                                           tag("div", draft, class_="body", id="unsent")]),
                          class_="msg counsellor"), tools])
    body = join([
        tag("p", notice, class_="notice", role="status") if notice else "",
        await status_region(ctx, conv),
        await messages_region(ctx, conv),
        await callbacks_block(ctx, conv, revealed or {}),
        tag("section", tools, id="tools"),
    ])
    return page("Gesprek", body, nav=nav(ctx), live="conversation", conversation=conv.id, status=status)


async def view(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    cid = request.match_info["cid"]
    conv = await _conversation(ctx, cid)
    if request.headers.get("X-Console-Refresh") != "1":
        async with ctx.console.service.store.write() as s:
            audit.record(s, ctx.console.now(), ctx.me.counsellor_id, "viewed", cid)
    draft = ""
    faq_id = request.query.get("faq", "")
    if faq_id and _holds(ctx, conv):
        draft = ready.answer(faq_id, conv.lang, ctx.console.service.replies.faq_facts) or ""
    return await render(ctx, conv, draft=draft)


async def claim(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    c, cid = ctx.console, request.match_info["cid"]
    now = c.now()
    async with c.service.store.write() as s:
        ok = await claims.claim(s, cid, ctx.me.counsellor_id, now, c.lease_seconds)
        if ok:
            audit.record(s, now, ctx.me.counsellor_id, "claimed", cid)
    conv = await _conversation(ctx, cid)
    if not ok:
        return await render(ctx, conv, notice="Dit gesprek is al opgepakt.", status=409)
    c.publish("claims", cid)
    return redirect(f"/console/c/{cid}")


async def _held(ctx: Ctx, cid: str) -> Conversation:
    conv = await _conversation(ctx, cid)
    if not _holds(ctx, conv):
        raise web.HTTPConflict(text="Je hebt dit gesprek niet (meer) in behandeling.")
    return conv


async def reply(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    c, cid = ctx.console, request.match_info["cid"]
    conv = await _conversation(ctx, cid)  # whether we still hold it is decided by send_reply
    text = ctx.field("text", MAX_REPLY).strip()
    if not text:
        return await render(ctx, conv, notice="Een leeg antwoord is niet verstuurd.", status=400)
    try:
        await send_reply(c, cid, ctx.me.counsellor_id, text)
    except NotHolder:
        fresh = await _conversation(ctx, cid)
        return await render(ctx, fresh, draft=text, status=409,
                            notice="Niet verstuurd: je hebt dit gesprek niet meer in behandeling.")
    return redirect(f"/console/c/{cid}")


async def note(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    c, cid = ctx.console, request.match_info["cid"]
    await _held(ctx, cid)
    text = scrub(ctx.field("text", 2000).strip()).text
    if text:
        now = c.now()
        async with c.service.store.write() as s:
            s.add(Message(conversation_id=cid, created_at=now, sender="note", kind="note", body=text,
                          counsellor_id=ctx.me.counsellor_id, faq_ids=[], finding_kinds={}))
            audit.record(s, now, ctx.me.counsellor_id, "noted", cid)
        c.publish("message", cid)
    return redirect(f"/console/c/{cid}")


async def release(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    c, cid = ctx.console, request.match_info["cid"]
    now = c.now()
    async with c.service.store.write() as s:
        if await claims.release(s, cid, ctx.me.counsellor_id, now):
            audit.record(s, now, ctx.me.counsellor_id, "released", cid)
    c.publish("claims", cid)
    return redirect("/console")


async def transfer(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    c, cid = ctx.console, request.match_info["cid"]
    to = ctx.field("to", 12)
    if not to.isdigit():
        raise web.HTTPBadRequest(text="Kies een collega.")
    now = c.now()
    async with c.service.store.write() as s:
        target = await s.get(Counsellor, int(to))
        ok = target is not None and target.active and await claims.transfer(
            s, cid, ctx.me.counsellor_id, int(to), now, c.lease_seconds)
        if ok:
            audit.record(s, now, ctx.me.counsellor_id, "transferred", cid, other_id=int(to))
    if not ok:
        raise web.HTTPConflict(text="Overdragen lukte niet.")
    c.publish("claims", cid)
    return redirect("/console")


async def _phone_callback(ctx: Ctx, cid: str, cb_id: str) -> tuple[Conversation, Callback]:
    conv = await _held(ctx, cid)
    async with ctx.console.service.store.sessionmaker() as s:
        cb = await s.get(Callback, int(cb_id)) if cb_id.isdigit() else None
    if cb is None or cb.conversation_id != cid or cb.kind != "phone" or cb.state != "booked":
        raise web.HTTPNotFound(text="Deze afspraak bestaat niet (meer).")
    return conv, cb


async def reveal(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    c, cid = ctx.console, request.match_info["cid"]
    conv, cb = await _phone_callback(ctx, cid, request.match_info["cb"])
    now = c.now()
    if cb.slot_start is None or cb.slot_end is None or not cb.slot_start <= now < cb.slot_end:
        raise web.HTTPForbidden(text="Het nummer is alleen zichtbaar tijdens het tijdslot.")
    async with c.service.store.write() as s:
        number = (await vault.vault_get(s, cid)).get("callback_phone")
        audit.record(s, now, ctx.me.counsellor_id, "revealed_callback_number", cid)
    if not number:
        return await render(ctx, conv, notice="Het nummer is al verwijderd.", status=410)
    # Shown in this answer only (no redirect, no URL, Cache-Control: no-store).
    return await render(ctx, conv, revealed={cb.id: str(number)})


async def callback_done(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    c, cid = ctx.console, request.match_info["cid"]
    _, cb = await _phone_callback(ctx, cid, request.match_info["cb"])
    now = c.now()
    async with c.service.store.write() as s:
        row = await s.get(Callback, cb.id)
        if row is not None:
            row.state, row.done_at = "done", now
        await vault.vault_forget(s, cid, "callback_phone")
        audit.record(s, now, ctx.me.counsellor_id, "callback_done", cid)
    c.publish("callbacks", cid)
    return redirect(f"/console/c/{cid}")


def _choice(value: str, choices: tuple[tuple[str, str], ...]) -> str | None:
    return value if value in dict(choices) else None


async def close(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    c, cid = ctx.console, request.match_info["cid"]
    conv = await _held(ctx, cid)
    target, reason = _choice(ctx.field("target_group"), TARGET_GROUPS), _choice(ctx.field("reason"), REASONS)
    offered = [h for h in dict.fromkeys(ctx.fields("help")) if h in dict(HELP_OFFERED)]
    platforms = [p for p in dict.fromkeys(ctx.fields("platform")) if p in dict(PLATFORMS)]
    if target is None or reason is None:
        return await render(ctx, conv, notice="Kies een doelgroep en een reden van contact.", status=400)
    now = c.now()
    grace = timedelta(hours=c.service.settings.retention.vault_grace_hours)
    async with c.service.store.write() as s:
        # Checked (and the row locked) in this transaction: a lapsed lease cannot close.
        if await hold(s, cid, ctx.me.counsellor_id, now, c.lease_seconds) is None:
            raise web.HTTPConflict(text="Je hebt dit gesprek niet (meer) in behandeling.")
        row = await s.get(Conversation, cid)
        assert row is not None
        s.add(Registration(conversation_id=cid, counsellor_id=ctx.me.counsellor_id, channel=row.channel,
                           closed_at=now, target_group=target, reason=reason, help_offered=offered,
                           age_band=_choice(ctx.field("age_band"), AGE_BANDS),
                           gender=_choice(ctx.field("gender"), GENDERS)))
        await s.flush()  # the platform rows point at the registration
        s.add_all(RegistrationPlatform(conversation_id=cid, platform=p) for p in platforms)
        row.state, row.closed_at, row.updated_at = "closed", now, now
        row.claimed_by, row.lease_expires_at = None, None
        for cb in (await s.execute(select(Callback).where(Callback.conversation_id == cid,
                                                          Callback.state == "booked"))).scalars():
            cb.state = "cancelled"
        await vault.vault_forget(s, cid, "callback_phone")
        await vault.vault_schedule_expiry(s, cid, now + grace)
        audit.record(s, now, ctx.me.counsellor_id, "closed", cid)
    c.publish("claims", cid)
    return redirect("/console")


def add_routes(routes: Routes) -> None:
    base = "/console/c/{cid:[A-Za-z0-9_-]{1,32}}"
    routes.add("GET", base, view, "counsellor")
    routes.add("POST", f"{base}/claim", claim, "counsellor")
    routes.add("POST", f"{base}/reply", reply, "counsellor")
    routes.add("POST", f"{base}/note", note, "counsellor")
    routes.add("POST", f"{base}/release", release, "counsellor")
    routes.add("POST", f"{base}/transfer", transfer, "counsellor")
    routes.add("POST", f"{base}/callbacks/{{cb:[0-9]{{1,12}}}}/reveal", reveal, "counsellor")
    routes.add("POST", f"{base}/callbacks/{{cb:[0-9]{{1,12}}}}/done", callback_done, "counsellor")
    routes.add("POST", f"{base}/close", close, "counsellor")
