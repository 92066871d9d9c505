"""The Telegram channel end to end: python-telegram-bot's real HTTP stack against the local Bot
API double, in polling and in webhook mode, with a real service (SQLite) behind it."""
from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bot import faq_answers
from bot.envelope import Reply
from bot.scheduler import Jobs
from bot.store import vault
from bot.store.models import Callback, Conversation, Message, Outbox
from bot.texts import text
from tests.service_fixtures import CLOSED, OPEN
from tests.telegram_double import MEDIA, Person, TelegramRunning, button, message, running_service

# PTB itself warns about its own retry_after type change when it builds a RetryAfter.
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
ANNA = Person(731245001, first_name="Annabel", last_name="Verhoeven", username="anna_v_2009")


@pytest.fixture(params=["polling", "webhook"])
async def tg(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[TelegramRunning]:
    async with running_service(tmp_path, request.param, OPEN) as r:
        yield r


@pytest.fixture(params=["polling", "webhook"])
async def tg_closed(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[TelegramRunning]:
    async with running_service(tmp_path, request.param, CLOSED) as r:
        yield r


async def wait_outbox(r: TelegramRunning, oid: int, state: str, within: float = 5.0) -> bool:
    deadline = asyncio.get_running_loop().time() + within
    while asyncio.get_running_loop().time() < deadline:
        async with r.service.store.sessionmaker() as s:
            row = await s.get(Outbox, oid, populate_existing=True)
            if row is not None and row.state == state and (state != "pending" or row.locked_until is None):
                return True
        await asyncio.sleep(0.05)
    return False


async def conversations(r: TelegramRunning) -> list[Conversation]:
    async with r.service.store.sessionmaker() as s:
        return list((await s.execute(select(Conversation).order_by(Conversation.created_at))).scalars())


def keyboard_data(sent: dict[str, Any]) -> list[str]:
    markup = sent.get("reply_markup") or {}
    return [b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row]


async def test_faq_question_gets_its_answer(tg: TelegramRunning) -> None:
    await tg.double.push(message(ANNA, "Ben ik hier wel echt anoniem?"))
    sent = await tg.double.wait_sent(ANNA.id, 1)
    answer = faq_answers.render("anonymity", "nl", tg.service.replies.faq_facts)
    assert answer.split("\n")[0] in sent[0]["text"]
    convs = await conversations(tg)
    assert len(convs) == 1 and "anonymity" in convs[0].faq_answered


async def test_story_is_queued_and_counsellor_reply_arrives(tg: TelegramRunning) -> None:
    story = "Ik merk al een tijd dat mijn gedachten over mijn neefje niet kloppen en ik schaam me erg."
    await tg.double.push(message(ANNA, story))
    sent = await tg.double.wait_sent(ANNA.id, 1)
    assert "wachtrij" in sent[0]["text"]
    [conv] = await conversations(tg)
    assert conv.state == "waiting" and conv.channel == "telegram"

    await tg.service.say(conv.id, "telegram", Reply("Fijn dat je schrijft. Wat merk je precies?",
                                                     kind="counsellor"), sender="counsellor")
    sent = await tg.double.wait_sent(ANNA.id, 2)
    assert sent[1]["text"] == "Medewerker:\nFijn dat je schrijft. Wat merk je precies?"

    # The writer's answer continues the same conversation.
    await tg.double.push(message(ANNA, "Vooral als ik alleen met hem ben."))
    await tg.double.wait_for(lambda: tg.channel.handled_updates >= 2)
    convs = await conversations(tg)
    assert [c.id for c in convs] == [conv.id]
    async with tg.service.store.sessionmaker() as s:
        writer = (await s.execute(select(func.count()).select_from(Message).where(
            Message.conversation_id == conv.id, Message.sender == "writer"))).scalar_one()
    assert writer == 2


async def test_start_welcome_says_what_is_stored_status_and_offers_faq_buttons(tg: TelegramRunning) -> None:
    await tg.double.push(message(ANNA, "/start"))
    [welcome] = await tg.double.wait_sent(ANNA.id, 1)
    assert "Telegram-naam" in welcome["text"] and "/stop" in welcome["text"]
    assert tg.service.status("nl")["text"] in welcome["text"]
    data = keyboard_data(welcome)
    assert [d for d in data if d.startswith("faq:")] == [f"faq:{i}" for i in faq_answers.ids()]
    assert "lang:en" in data
    assert not await conversations(tg)  # a welcome stores nothing

    # A topic button answers at once; English on request.
    await tg.double.push(button(ANNA, "faq:costs"))
    sent = await tg.double.wait_sent(ANNA.id, 2)
    assert sent[1]["text"] == faq_answers.render("costs", "nl", tg.service.replies.faq_facts)
    await tg.double.push(button(ANNA, "lang:en"))
    sent = await tg.double.wait_sent(ANNA.id, 3)
    assert "What we keep" in sent[2]["text"]
    await tg.double.push(message(ANNA, "I keep having thoughts that scare me, for months now."))
    sent = await tg.double.wait_sent(ANNA.id, 4)
    assert "queue" in sent[3]["text"]
    [conv] = await conversations(tg)
    assert conv.lang == "en"


async def test_help_and_language_commands(tg: TelegramRunning) -> None:
    await tg.double.push(message(ANNA, "/help"))
    [help_text] = await tg.double.wait_sent(ANNA.id, 1)
    assert "/verwijder" in help_text["text"] and "112" in help_text["text"]
    await tg.double.push(message(ANNA, "/english"))
    sent = await tg.double.wait_sent(ANNA.id, 2)
    assert sent[1]["text"] == text("en", "telegram.lang_set")


async def test_stop_ends_the_conversation_and_empties_the_vault_at_once(tg: TelegramRunning) -> None:
    await tg.double.push(message(ANNA, "Ik wil graag met iemand praten over wat ik voel."))
    await tg.double.wait_sent(ANNA.id, 1)
    [conv] = await conversations(tg)
    async with tg.service.store.sessionmaker() as s:
        assert (await vault.vault_get(s, conv.id)).get("telegram") == {"chat_id": ANNA.id}

    await tg.double.push(message(ANNA, "/verwijder"))
    sent = await tg.double.wait_sent(ANNA.id, 2)
    assert sent[1]["text"].startswith("Je gesprek is beëindigd")
    async with tg.service.store.sessionmaker() as s:
        assert await vault.vault_get(s, conv.id) == {}
        assert (await s.get(Conversation, conv.id)).state == "closed"

    # Nothing can reach that chat through the old conversation any more ...
    oid = await tg.service.say(conv.id, "telegram", Reply("Ben je er nog?", kind="counsellor"),
                               sender="counsellor")
    assert await wait_outbox(tg, oid, "failed")
    # ... and a new message starts a new conversation.
    await tg.double.push(message(ANNA, "/stop"))
    sent = await tg.double.wait_sent(ANNA.id, 3)
    assert sent[2]["text"] == text("nl", "telegram.stop_nothing")
    await tg.double.push(message(ANNA, "Toch nog een vraag over wat ik voel."))
    await tg.double.wait_sent(ANNA.id, 4)
    assert len(await conversations(tg)) == 2
    assert all("Ben je er nog" not in m["text"] for m in tg.double.sent(ANNA.id))


async def test_media_is_refused_and_never_fetched(tg: TelegramRunning) -> None:
    for n, (kind, payload) in enumerate(MEDIA.items(), start=1):
        await tg.double.push(message(ANNA, None, **{kind: payload}))
        sent = await tg.double.wait_sent(ANNA.id, n)
        assert sent[-1]["text"] == text("nl", "reply.media_refused"), kind
    # With a caption: the caption is taken as text, the writer is told the photo was not.
    await tg.double.push(message(ANNA, None, photo=MEDIA["photo"], caption="Wat moet ik nu doen?"))
    await tg.double.wait_for(lambda: any(m["text"] == text("nl", "telegram.only_text")
                                         for m in tg.double.sent(ANNA.id)))
    assert tg.double.file_requests == []
    assert not tg.double.calls_of("getFile")
    assert tg.channel.media_refused == len(MEDIA) + 1
    async with tg.service.store.sessionmaker() as s:
        bodies = [m.body or "" for m in (await s.execute(select(Message))).scalars()]
    assert not any("FILE-ID" in b or "612345678" in b or "52.37" in b for b in bodies)


async def test_group_chat_is_refused_and_left(tg: TelegramRunning) -> None:
    from tests.telegram_double import added_to_group, group_message
    await tg.double.push(added_to_group(ANNA, -100123))
    await tg.double.wait_for(lambda: tg.double.calls_of("leaveChat"))
    await tg.double.push(group_message(ANNA, -4567, "Hallo allemaal, ik heb een vraag", kind="group"))
    await tg.double.wait_for(lambda: len(tg.double.calls_of("leaveChat")) == 2)
    assert [c["chat_id"] for c in tg.double.calls_of("leaveChat")] == [-100123, -4567]
    refused = tg.double.sent(-4567)
    assert len(refused) == 1 and "privégesprek" in refused[0]["text"] and "private" in refused[0]["text"]
    assert await conversations(tg) == []
    assert tg.channel.groups_left == 2


async def test_out_of_hours_buttons_book_a_callback_and_notify_me_fires_at_opening(
        tg_closed: TelegramRunning) -> None:
    tg = tg_closed
    jobs = Jobs(tg.service)
    await jobs.transitions(tg.clock.now())  # closed now
    await tg.double.push(message(ANNA, "Ik loop al lang met iets rond en wil graag iemand spreken."))
    [reply] = await tg.double.wait_sent(ANNA.id, 1)
    assert "gesloten" in reply["text"]
    data = keyboard_data(reply)
    assert {"callback:phone", "callback:chat", "notify_open", "morning", "faqs"} <= set(data)

    # Call-back: a slot, then the number (which goes to the vault only).
    await tg.double.push(button(ANNA, "callback:phone", message_id=1001))
    sent = await tg.double.wait_sent(ANNA.id, 2)
    slots = [d for d in keyboard_data(sent[1]) if d.startswith("slot:phone:")]
    assert slots
    await tg.double.push(button(ANNA, slots[0]))
    sent = await tg.double.wait_sent(ANNA.id, 3)
    assert sent[2]["text"] == text("nl", "telegram.ask_phone")
    await tg.double.push(message(ANNA, "06 1234 5678 9"))  # not a number: asked again
    sent = await tg.double.wait_sent(ANNA.id, 4)
    assert sent[3]["text"] == text("nl", "reply.callback_invalid_phone")
    await tg.double.push(message(ANNA, "06-12345678"))
    sent = await tg.double.wait_sent(ANNA.id, 5)
    assert sent[4]["text"].startswith("Je terugbelafspraak staat")
    [conv] = await conversations(tg)
    async with tg.service.store.sessionmaker() as s:
        assert (await vault.vault_get(s, conv.id)).get("callback_phone") == "+31612345678"
        bodies = [m.body or "" for m in (await s.execute(select(Message))).scalars()]
        cbs = (await s.execute(select(Callback))).scalars().all()
    assert not any("1234" in b for b in bodies)
    assert [c.kind for c in cbs] == ["phone"]
    assert {"chat_id": ANNA.id, "message_id": 1001} in [
        {k: c[k] for k in ("chat_id", "message_id")} for c in tg.double.calls_of("editMessageReplyMarkup")]

    # "Tell me when you open", sent by the scheduler at opening.
    await tg.double.push(button(ANNA, "notify_open"))
    sent = await tg.double.wait_sent(ANNA.id, 6)
    assert sent[5]["text"] == text("nl", "reply.notify_open_booked")
    tg.clock.set(CLOSED + timedelta(hours=10))  # Thursday 09:00 in Amsterdam
    assert await jobs.transitions(tg.clock.now()) == "opened"
    sent = await tg.double.wait_sent(ANNA.id, 7)
    assert text("nl", "reply.notify_open_sent") in [m["text"] for m in sent[6:]]


async def test_rate_limits_and_server_errors_are_retried_nothing_lost_nothing_twice(
        tg: TelegramRunning) -> None:
    tg.double.fail_next("sendMessage", 2, status=429, retry_after=3)
    await tg.double.push(message(ANNA, "Ik wil graag met iemand praten over mijn gevoelens."))
    await tg.double.wait_for(lambda: len(tg.double.calls_of("sendMessage!429")) == 1)
    async with tg.service.store.sessionmaker() as s:
        oid = (await s.execute(select(Outbox.id))).scalar_one()
    assert await wait_outbox(tg, oid, "pending")
    # The outbox honours retry_after: not due before 3 s have passed on the service's clock.
    tg.clock.advance(seconds=2)
    tg.service.sender.wake()
    await asyncio.sleep(0.3)
    assert len(tg.double.calls_of("sendMessage!429")) == 1
    tg.clock.advance(seconds=1)
    tg.service.sender.wake()
    await tg.double.wait_for(lambda: len(tg.double.calls_of("sendMessage!429")) == 2)
    assert await wait_outbox(tg, oid, "pending")
    tg.clock.advance(seconds=3)
    tg.service.sender.wake()
    assert await wait_outbox(tg, oid, "delivered")
    assert len(tg.double.sent(ANNA.id)) == 1
    [conv] = await conversations(tg)

    tg.double.fail_next("sendMessage", 2, status=502)
    oid = await tg.service.say(conv.id, "telegram", Reply("Ik ben er, vertel maar.", kind="counsellor"),
                               sender="counsellor")
    for attempt in range(1, 3):  # back-off between tries, by the service's clock
        await tg.double.wait_for(lambda a=attempt: len(tg.double.calls_of("sendMessage!502")) == a)
        assert await wait_outbox(tg, oid, "pending")
        tg.clock.advance(seconds=60)
        tg.service.sender.wake()
    assert await wait_outbox(tg, oid, "delivered")
    sent = tg.double.sent(ANNA.id)
    assert [m["text"] for m in sent].count("Medewerker:\nIk ben er, vertel maar.") == 1
    assert len(sent) == 2
