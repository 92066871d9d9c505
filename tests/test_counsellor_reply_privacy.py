"""A counsellor's reply reaches the writer as typed; what the service keeps of it is stripped.

Counsellors write names and numbers back ("Hoi Kevin, bel me op ..."). The writer must read
them; the database, the console's page and the resume history must not hold them. And the
resume code a writer gets is a key to the conversation: it is never stored readable either.
"""
from __future__ import annotations

import aiohttp
from sqlalchemy import select

from bot.pipeline import CODE_MASK
from bot.store.models import Message, Outbox
from tests.console_helpers import add_account, client, csrf_of, sign_in
from tests.service_fixtures import Running
from tests.test_webchat_socket import frames_until

NAME, PHONE, MAIL = "Kasimir", "06-41 22 33 97", "kasimir.vandenbroek@example.org"
STORY = "Ik loop al maanden rond met gedachten waar ik me voor schaam en wil graag met iemand praten."


async def test_the_writer_reads_the_reply_as_typed_and_nothing_of_it_is_kept(running: Running) -> None:
    await add_account(running, "Anna")
    typed = f"Hoi {NAME}, je mag me ook mailen op {MAIL} of bellen op {PHONE}."
    async with aiohttp.ClientSession() as http, http.ws_connect(f"{running.url}/chat/ws") as ws:
        await frames_until(ws, "status")
        await ws.send_json({"type": "message", "text": STORY, "client_id": "c1"})
        queued = await frames_until(ws, "message")
        code = queued["code"]
        assert code and code in queued["text"]  # the writer is shown the code once
        async with client() as console:
            token = csrf_of(await sign_in(console, running, "Anna", {}))
            async with console.post(f"{running.url}/console/next", data={"csrf": token},
                                    allow_redirects=False) as r:
                assert r.status == 303
                page_url = running.url + r.headers["Location"]
            async with console.post(f"{page_url}/reply", data={"csrf": token, "text": typed},
                                    allow_redirects=False) as r:
                assert r.status == 303
            reply = await frames_until(ws, "message")
            assert reply["sender"] == "counsellor" and reply["text"] == typed
            async with console.get(page_url) as r:
                console_page = await r.text()

    async with running.service.store.sessionmaker() as s:
        bodies = [m.body or "" for m in (await s.execute(select(Message))).scalars()]
        payloads = [o.payload for o in (await s.execute(select(Outbox))).scalars()]
        states = {o.state for o in (await s.execute(select(Outbox))).scalars()}
    stored_reply = next(b for b in bodies if b.startswith("Hoi"))
    assert stored_reply.startswith("Hoi [naam 1], je mag me ook mailen op [e-mailadres 1]")
    assert states == {"delivered"} and all(p == {} for p in payloads)
    kept = "\n".join([*bodies, repr(payloads), console_page, running.logs.text()])
    for secret in (NAME, PHONE, MAIL, code):
        assert secret not in kept, secret
    assert CODE_MASK in "\n".join(bodies)

    # Resuming shows the history as stored: stripped, and without the code.
    async with aiohttp.ClientSession() as http, http.ws_connect(f"{running.url}/chat/ws") as ws:
        await frames_until(ws, "status")
        await ws.send_json({"type": "resume", "code": code})
        history = await frames_until(ws, "history")
    shown = "\n".join(m["text"] for m in history["messages"])
    assert "Hoi [naam 1]" in shown and CODE_MASK in shown
    for secret in (NAME, PHONE, MAIL, code):
        assert secret not in shown, secret
