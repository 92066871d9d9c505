"""Telegram flood limits through python-telegram-bot's real HTTP stack and the Bot API double: a
chat over `telegram.messages_per_minute` has every message stored and queued, gets no answer per
message but one kind notice per minute, still gets the emergency numbers, and is answered again
once a minute has passed (on the service's injected clock). Memory stays bounded, and nothing
on the flood path keeps or logs the chat id."""
from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bot import faq_answers
from bot.store.models import Conversation, Message, Outbox
from bot.texts import text
from tests import console_helpers, service_fixtures
from tests.service_fixtures import OPEN
from tests.telegram_double import Person, TelegramRunning, message, running_service

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

ANNA = Person(731245001, first_name="Annabel", last_name="Verhoeven", username="anna_v_2009")
CANARY = Person(6180339887, first_name="Quirijntje", last_name="Zwartepoortsma",
                username="canary_qz71_user", language_code="fy")
QUESTION = "Kost het iets om met jullie te praten?"
MARKED = "Kost het iets om met jullie te praten? Ik vraag het voor de zonnebloem."
URGENT = "Ik wil een eind aan mijn leven maken, vannacht nog."
LIMIT = 20  # the default of telegram.messages_per_minute


@contextlib.asynccontextmanager
async def on_store(tmp_path: Path, store_url: str, mode: str, monkeypatch: pytest.MonkeyPatch,
                   **extra: Any) -> AsyncIterator[TelegramRunning]:
    """tests.telegram_double.running_service, on the store under test (it builds SQLite settings)."""
    real = service_fixtures.make_settings
    monkeypatch.setattr(service_fixtures, "make_settings",
                        lambda data_dir, _url, port=0, **o: real(data_dir, store_url, port, **o))
    async with running_service(tmp_path, mode, OPEN, **extra) as r:
        assert r.service.store.engine.url.get_backend_name() == store_url.split("+")[0].split(":")[0]
        yield r


@pytest.fixture(params=["polling", "webhook"])
async def tg(request: pytest.FixtureRequest, tmp_path: Path, store_url: str,
             monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[TelegramRunning]:
    async with on_store(tmp_path, store_url, request.param, monkeypatch) as r:
        yield r


async def settled(r: TelegramRunning, handled: int) -> None:
    """Every update so far handled and nothing left in the outbox to send now."""
    await r.double.wait_for(lambda: r.channel.handled_updates >= handled, within=15)
    for _ in range(200):
        async with r.service.store.sessionmaker() as s:
            busy = (await s.execute(select(func.count()).select_from(Outbox).where(
                Outbox.state.in_(("pending", "sending"))))).scalar_one()
        if not busy:
            return
        r.service.sender.wake()
        await asyncio.sleep(0.05)
    raise AssertionError("the outbox did not settle")


def texts_to(r: TelegramRunning, who: Person) -> list[str]:
    return [m["text"] for m in r.double.sent(who.id)]


async def writer_messages(r: TelegramRunning) -> list[str]:
    async with r.service.store.sessionmaker() as s:
        return [m.body or "" for m in (await s.execute(
            select(Message).where(Message.sender == "writer").order_by(Message.id))).scalars()]


async def test_over_the_limit_is_stored_not_answered_told_once_urgent_answered_and_freed_later(
        tg: TelegramRunning) -> None:
    d, handled = tg.double, 0
    answer = faq_answers.render("costs", "nl", tg.service.replies.faq_facts).split("\n")[0]
    notice = text("nl", "telegram.many_messages", **tg.channel._facts("nl"))

    for _ in range(LIMIT):
        await d.push(message(ANNA, QUESTION))
    await settled(tg, handled := handled + LIMIT)
    assert len(texts_to(tg, ANNA)) == LIMIT and all(answer in t for t in texts_to(tg, ANNA))

    # The 21st within the minute: stored and queued, no answer; the writer hears once, kindly,
    # that everything arrives.
    await d.push(message(ANNA, MARKED))
    await settled(tg, handled := handled + 1)
    assert texts_to(tg, ANNA)[LIMIT:] == [notice]
    stored = await writer_messages(tg)
    assert len(stored) == LIMIT + 1 and stored[-1] == MARKED

    # More of them: all stored, still no answer and no second notice.
    for _ in range(4):
        await d.push(message(ANNA, QUESTION))
    await settled(tg, handled := handled + 4)
    assert len(texts_to(tg, ANNA)) == LIMIT + 1
    assert len(await writer_messages(tg)) == LIMIT + 5

    # Urgent over the limit: the emergency numbers at once, and the front of the queue.
    await d.push(message(ANNA, URGENT))
    await settled(tg, handled := handled + 1)
    sent = texts_to(tg, ANNA)
    assert len(sent) == LIMIT + 2
    assert "112" in sent[-1] and "0800-0113" in sent[-1] and sent[-1] != notice
    [conv] = await _conversations(tg)
    assert conv.urgent and conv.state == "waiting"

    # A counsellor sees every message, the unanswered ones included.
    await console_helpers.add_account(tg, "mila")  # type: ignore[arg-type]
    async with console_helpers.client() as http:
        await console_helpers.sign_in(http, tg, "mila", {})  # type: ignore[arg-type]
        async with http.get(f"{tg.url}/console/c/{conv.id}") as resp:
            page = await resp.text()
    assert "zonnebloem" in page and "vannacht nog" in page

    # A minute later (the service's clock): answered again.
    tg.clock.advance(seconds=61)
    await d.push(message(ANNA, QUESTION))
    await settled(tg, handled := handled + 1)
    assert answer in texts_to(tg, ANNA)[-1]

    # A new minute is a new window: its 21st message brings one more notice, not one per message.
    for _ in range(LIMIT - 1 + 3):
        await d.push(message(ANNA, QUESTION))
    await settled(tg, handled := handled + LIMIT - 1 + 3)
    sent = texts_to(tg, ANNA)
    assert sent.count(notice) == 2
    assert len(sent) == LIMIT + 2 + LIMIT + 1
    assert len(await writer_messages(tg)) == (LIMIT + 6) + (LIMIT + 3)
    assert tg.channel.hushed_messages == 6 + 3 and tg.channel.flood_notices == 2


async def test_chats_are_limited_one_by_one(tg: TelegramRunning) -> None:
    other = Person(731245002, first_name="Bram")
    for _ in range(LIMIT + 2):
        await tg.double.push(message(ANNA, QUESTION))
    await tg.double.push(message(other, QUESTION))
    await settled(tg, LIMIT + 3)
    assert len(texts_to(tg, ANNA)) == LIMIT + 1           # 20 answers and the notice
    assert len(texts_to(tg, other)) == 1                  # someone else is answered as usual


async def test_english_writer_gets_the_notice_in_english_and_a_caption_is_not_answered_either(
        tg: TelegramRunning) -> None:
    from tests.telegram_double import MEDIA
    for _ in range(LIMIT):
        await tg.double.push(message(ANNA, "Does it cost anything to talk to you?"))
    await settled(tg, LIMIT)
    # Over the limit with a photo and a caption: the caption is stored, not answered, and the
    # only notice is the one about the many messages, in the writer's language.
    await tg.double.push(message(ANNA, None, photo=MEDIA["photo"], caption="Is this free of charge?"))
    await settled(tg, LIMIT + 1)
    sent = texts_to(tg, ANNA)
    assert sent[LIMIT:] == [text("en", "telegram.many_messages", **tg.channel._facts("en"))]
    assert text("en", "telegram.only_text") not in sent
    assert (await writer_messages(tg))[-1] == "Is this free of charge?"
    assert tg.double.file_requests == [] and not tg.double.calls_of("getFile")


async def test_a_flood_of_distinct_chats_keeps_memory_bounded(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("channels.telegram.channel.MAX_FLOOD_CHATS", 40)
    async with running_service(tmp_path, "polling", OPEN) as r:
        people = [Person(800_000_000 + i) for i in range(100)]
        for p in people:
            await r.double.push(message(p, QUESTION))
        await settled(r, len(people))
        assert all(len(r.double.sent(p.id)) == 1 for p in people)   # everyone answered
        assert len(r.channel._flood) == 40
        # A quiet minute later the idle chats are forgotten altogether.
        r.clock.advance(seconds=61)
        await r.double.push(message(people[0], QUESTION))
        await settled(r, len(people) + 1)
        assert len(r.channel._flood) == 1


async def test_the_flood_path_keeps_and_logs_no_chat_id_or_name(tmp_path: Path) -> None:
    async with running_service(tmp_path, "polling", OPEN) as r:
        for _ in range(LIMIT + 3):
            await r.double.push(message(CANARY, QUESTION))
        await r.double.push(message(CANARY, URGENT))
        await settled(r, LIMIT + 4)
        assert r.channel.hushed_messages == 4 and r.channel.flood_notices == 1
        gate_keys = " ".join(r.channel._flood._writers)
        await r.service.store.engine.dispose()
        stored = b"".join(p.read_bytes() for p in r.data_dir.glob("intake.db*"))
        logs = r.logs.text()
    assert "over 20 messages a minute" in logs          # the capture saw the flood path
    digits = str(CANARY.id)
    for value in (digits, CANARY.first_name, CANARY.last_name, CANARY.username):
        assert value is not None
        assert value.encode() not in stored, value
        assert value not in logs, value
        assert value not in gate_keys, value


async def _conversations(r: TelegramRunning) -> list[Conversation]:
    async with r.service.store.sessionmaker() as s:
        return list((await s.execute(select(Conversation))).scalars())
