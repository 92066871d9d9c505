"""Mails the e-mail channel could not read: a notice on the queue page while any wait for a
person, and an "opgelost" button once someone has dealt with the flagged mails in the mailbox.

Only a count is shown: the console never holds anything taken from such a mail.
"""
from __future__ import annotations

from aiohttp import web
from sqlalchemy import func, select, update

from bot.console import audit
from bot.console.guard import Ctx, Routes
from bot.console.html import Safe, button, form, hidden, join, redirect, tag
from bot.store.models_email import MailProblem

EVENT = "mail_problem"  # what the e-mail channel publishes when it flags a mail


def notice(count: int) -> str:
    if count == 1:
        return "1 e-mail kon niet worden gelezen; zie de gemarkeerde berichten in de mailbox"
    return f"{count} e-mails konden niet worden gelezen; zie de gemarkeerde berichten in de mailbox"


def email_enabled(ctx: Ctx) -> bool:
    return ctx.console.service.channels.get("email") is not None


async def region(ctx: Ctx) -> Safe:
    """Always present on the queue page (empty when nothing waits), so a live refresh can fill it."""
    if email_enabled(ctx):
        from channels.email import mail_state  # only with the channel on

        store = ctx.console.service.store
        count = await mail_state.open_problems(store)
        if count:
            async with store.sessionmaker() as s:
                newest = (await s.execute(select(func.max(MailProblem.id))
                                          .where(MailProblem.resolved_at.is_(None)))).scalar_one()
            # `upto`: a mail flagged after this page was drawn is not marked solved unseen.
            content = join([
                tag("span", notice(count)), " ",
                form("/console/mail-problems/resolve", ctx.me.csrf, hidden("upto", str(newest or 0)),
                     button("opgelost"), class_="inline"),
            ])
            return tag("section", content, id="mail-problems", data_region=True, class_="notice",
                       role="status")
    return tag("section", "", id="mail-problems", data_region=True)


async def resolve(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    upto = ctx.field("upto", 12)
    if not upto.isdigit():
        raise web.HTTPBadRequest(text="Ongeldig formulier.")
    c = ctx.console
    now = c.now()
    async with c.service.store.write() as s:
        result = await s.execute(
            update(MailProblem).where(MailProblem.resolved_at.is_(None), MailProblem.id <= int(upto))
            .values(resolved_at=now).execution_options(synchronize_session=False))
        if result.rowcount:  # type: ignore[attr-defined]
            audit.record(s, now, ctx.me.counsellor_id, "mail_problems_resolved")
    c.publish(EVENT)
    return redirect("/console")


def add_routes(routes: Routes) -> None:
    routes.add("POST", "/console/mail-problems/resolve", resolve, "counsellor")
