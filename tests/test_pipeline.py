"""The pipeline end to end against the real store (SQLite and PostgreSQL): what is stored,
what the writer is told, where the conversation goes."""
from __future__ import annotations

from sqlalchemy import select, text

from bot.clock import FixedClock
from bot.envelope import Envelope
from bot.service import Service
from bot.store import vault
from bot.store.claims import queue_position
from bot.store.models import Conversation, Message, Outbox
from tests.service_fixtures import CLOSED

STORY = ("Ik merk al een tijd dat mijn gedachten afdwalen naar dingen waar ik me voor schaam, "
         "en ik weet niet met wie ik dit kan bespreken.")


def chat(body: str, **kw: object) -> Envelope:
    return Envelope(channel="webchat", text=body, reply_address={"socket": "s1"}, **kw)  # type: ignore[arg-type]


async def messages(service: Service, conversation_id: str) -> list[Message]:
    async with service.store.sessionmaker() as s:
        return list((await s.execute(select(Message).where(Message.conversation_id == conversation_id)
                                     .order_by(Message.id))).scalars())


async def test_a_faq_question_is_answered_and_not_queued(service: Service) -> None:
    out = await service.pipeline.handle(chat("ben ik hier echt anoniem?"))
    assert out.state == "bot" and not out.urgent
    assert out.replies and out.replies[0].kind == "faq"
    stored = await messages(service, out.conversation_id)
    assert [m.sender for m in stored] == ["writer", "bot"]
    assert stored[0].faq_ids == ["anonymity"]


async def test_a_story_is_queued_with_its_place(service: Service) -> None:
    first = await service.pipeline.handle(chat(STORY))
    assert isinstance(service.clock, FixedClock)
    service.clock.advance(seconds=5)
    second = await service.pipeline.handle(chat(STORY))
    assert (first.state, first.queue_position) == ("waiting", 1)
    assert second.queue_position == 2
    assert "nummer 2" in second.replies[0].text


async def test_urgent_goes_to_the_front_with_emergency_numbers(service: Service) -> None:
    await service.pipeline.handle(chat(STORY))
    out = await service.pipeline.handle(chat("ik wil niet meer leven, vanavond maak ik er een eind aan"))
    assert out.urgent and out.state == "waiting"
    assert "112" in out.replies[0].text and "0800-0113" in out.replies[0].text
    async with service.store.sessionmaker() as s:
        assert await queue_position(s, out.conversation_id) == 1


async def test_urgent_is_never_closed_by_an_automatic_answer(service: Service) -> None:
    out = await service.pipeline.handle(chat("ik wil dood. is het gratis om met iemand te praten?"))
    assert out.urgent and out.state == "waiting"
    assert out.replies[0].kind == "urgent"


async def test_out_of_hours_story_waits_and_gets_next_opening(service: Service) -> None:
    assert isinstance(service.clock, FixedClock)
    service.clock.set(CLOSED)
    out = await service.pipeline.handle(chat(STORY))
    assert out.state == "waiting"
    reply = out.replies[0]
    assert "gesloten" in reply.text and "morgen om 09:00" in reply.text
    assert [b.data for b in reply.buttons] == ["callback:phone", "callback:chat", "morning"]
    async with service.store.sessionmaker() as s:
        conv = await s.get(Conversation, out.conversation_id)
    assert conv is not None and conv.out_of_hours


async def test_out_of_hours_faq_is_answered(service: Service) -> None:
    assert isinstance(service.clock, FixedClock)
    service.clock.set(CLOSED)
    out = await service.pipeline.handle(chat("kost dit geld?"))
    assert out.state == "bot" and out.replies[0].kind == "faq"
    assert "09:00" in out.replies[0].text


async def test_reply_address_only_in_the_vault(service: Service) -> None:
    out = await service.pipeline.handle(Envelope(channel="webchat", text=STORY,
                                                 reply_address={"socket": "sock-canary-123"}))
    async with service.store.sessionmaker() as s:
        held = await vault.vault_get(s, out.conversation_id)
        raw = (await s.execute(text("SELECT blob FROM vault"))).scalar_one()
    assert held == {"webchat": {"socket": "sock-canary-123"}}
    assert b"sock-canary-123" not in bytes(raw)


async def test_writer_text_is_stored_scrubbed_and_encrypted(service: Service) -> None:
    out = await service.pipeline.handle(chat("bel me op 06-12345678, ik ben Kevin"))
    stored = await messages(service, out.conversation_id)
    assert "12345678" not in (stored[0].body or "")
    assert stored[0].finding_kinds.get("phone") == 1
    async with service.store.sessionmaker() as s:
        raw = (await s.execute(text("SELECT body FROM messages ORDER BY id LIMIT 1"))).scalar_one()
    assert b"[telefoonnummer" not in bytes(raw)  # encrypted at rest, not just scrubbed


async def test_a_writer_message_is_committed_before_the_outcome(service: Service) -> None:
    out = await service.pipeline.handle(chat(STORY))
    async with service.store.sessionmaker() as s:
        assert await s.get(Message, out.message_id) is not None
        query = select(Outbox).where(Outbox.conversation_id == out.conversation_id)
        items = (await s.execute(query)).scalars()
        bot_ids = [m.id for m in await messages(service, out.conversation_id) if m.sender == "bot"]
        assert [o.message_id for o in items] == bot_ids


async def test_while_a_counsellor_holds_it_the_bot_is_silent(service: Service) -> None:
    out = await service.pipeline.handle(chat(STORY))
    async with service.store.write() as s:
        conv = await s.get(Conversation, out.conversation_id)
        assert conv is not None
        conv.state, conv.claimed_by = "claimed", 1
    again = await service.pipeline.handle(chat("is het gratis?", conversation_id=out.conversation_id))
    assert again.replies == () and again.state == "claimed"


async def test_machine_mail_is_kept_but_never_answered(service: Service) -> None:
    out = await service.pipeline.handle(Envelope(channel="webchat", text="Out of office until Monday",
                                                 automatic=True))
    assert out.replies == ()
    assert [m.sender for m in await messages(service, out.conversation_id)] == ["writer"]


async def test_a_photo_alone_is_refused_kindly(service: Service) -> None:
    out = await service.pipeline.handle(Envelope(channel="webchat", text="", media=("photo",)))
    assert out.replies[0].kind == "media_refused"
    assert "niet ontvangen" in out.replies[0].text


async def test_thread_continues_the_same_conversation_by_keyed_hash(service: Service) -> None:
    # (a thread id with letters a hex digest cannot hold: "4242" alone turned up in one by chance)
    thread = "chat-kanarie-4242"
    a = await service.pipeline.handle(Envelope(channel="webchat", text=STORY, thread=thread))
    b = await service.pipeline.handle(Envelope(channel="webchat", text="nog iets", thread=thread))
    assert a.conversation_id == b.conversation_id
    async with service.store.sessionmaker() as s:
        conv = await s.get(Conversation, a.conversation_id)
    assert conv is not None and conv.thread_key
    assert "kanarie" not in conv.thread_key
    assert conv.thread_key == service.keyring.lookup_hash("webchat", thread)


async def test_an_english_writer_is_answered_in_english(service: Service) -> None:
    out = await service.pipeline.handle(chat("Is this service really free of charge?"))
    assert out.lang == "en" and "free" in out.replies[0].text


async def test_a_channels_bookkeeping_commits_with_the_message_or_not_at_all(service: Service) -> None:
    seen: list[str] = []

    async def fails(_s: object, conversation_id: str) -> None:
        seen.append(conversation_id)
        raise RuntimeError("mailbox position could not be written")

    try:
        await service.pipeline.handle(chat(STORY), also=fails)  # type: ignore[arg-type]
    except RuntimeError:
        pass
    else:
        raise AssertionError("the failure should reach the channel")
    async with service.store.sessionmaker() as s:
        assert await s.get(Conversation, seen[0]) is None
        assert (await s.execute(select(Message))).first() is None


# --- many messages in one shared commit (bot/store/group.py, bot/store/intake.py) ---------------

def test_the_pipelines_conversation_snapshot_has_every_column() -> None:
    # A column added to conversations but not to the snapshot would be lost on insert.
    import dataclasses

    from bot.store.intake import ConversationRow
    assert sorted(f.name for f in dataclasses.fields(ConversationRow)) == \
        sorted(c.name for c in Conversation.__table__.columns)


async def test_messages_arriving_together_share_a_commit_and_each_gets_its_own_answer(
        service: Service) -> None:
    import asyncio
    questions = ["is het gratis?", "ben ik hier echt anoniem?", STORY, "komt de politie langs?"] * 10
    outs = await asyncio.gather(*(service.pipeline.handle(chat(q)) for q in questions))
    assert len({o.conversation_id for o in outs}) == len(questions)
    for q, o in zip(questions, outs, strict=True):
        stored = await messages(service, o.conversation_id)
        assert [m.sender for m in stored] == ["writer", "bot"]
        assert stored[0].id == o.message_id and stored[1].id == o.replies[0].message_id
        assert o.outbox_items[0].message_id == stored[1].id
        assert (o.state == "waiting") == (q == STORY)
    waiting = sorted(o.queue_position for o in outs if o.state == "waiting")
    assert waiting[0] == 1 and waiting[-1] <= 10
    async with service.store.sessionmaker() as s:
        n_out = (await s.execute(text("SELECT count(*) FROM outbox"))).scalar_one()
    assert n_out == len(questions)


async def test_two_messages_of_one_thread_in_one_commit_land_in_one_conversation(service: Service) -> None:
    import asyncio
    # As an e-mail thread or a Telegram chat would be (those channels are off in this service).
    mail = {"channel": "webchat", "thread": "canary-thread@example.org", "reply_address": {"to": "x"}}
    a, b = await asyncio.gather(
        service.pipeline.handle(Envelope(text="Is het gratis?", **mail)),  # type: ignore[arg-type]
        service.pipeline.handle(Envelope(text=STORY, **mail)))  # type: ignore[arg-type]
    assert a.conversation_id == b.conversation_id
    assert a.new_conversation != b.new_conversation  # exactly one of them opened it
    stored = await messages(service, a.conversation_id)
    assert [m.sender for m in stored] == ["writer", "bot", "writer", "bot"]
    assert b.state == "waiting"


async def test_one_bad_message_in_a_shared_commit_fails_alone(service: Service) -> None:
    import asyncio

    async def refuse(_s: object, _cid: str) -> None:
        raise ValueError("this channel's bookkeeping failed")

    good = [service.pipeline.handle(chat("is het gratis?")) for _ in range(5)]
    bad = service.pipeline.handle(chat("ben ik hier echt anoniem?"), also=refuse)
    results = await asyncio.gather(*good, bad, return_exceptions=True)
    assert isinstance(results[-1], ValueError)
    for o in results[:-1]:
        assert not isinstance(o, BaseException)
        assert [m.sender for m in await messages(service, o.conversation_id)] == ["writer", "bot"]
    async with service.store.sessionmaker() as s:
        n = (await s.execute(text("SELECT count(*) FROM conversations"))).scalar_one()
    assert n == 5  # nothing of the refused one was kept


async def test_a_hushed_message_is_stored_and_queued_but_not_answered(service: Service) -> None:
    # A writer over the channel's rate (a flood): nothing is lost, the bot stays quiet.
    first = await service.pipeline.handle(chat("hoe laat zijn jullie open?"))
    cid = first.conversation_id
    faq = await service.pipeline.handle(chat("is het gratis?", hushed=True, conversation_id=cid))
    assert faq.replies == () and faq.state == "bot"
    story = await service.pipeline.handle(chat(STORY, hushed=True, conversation_id=cid))
    assert story.replies == () and story.state == "waiting" and story.queue_position == 1
    assert [m.sender for m in await messages(service, cid)] == ["writer", "bot", "writer", "writer"]


async def test_a_hushed_urgent_message_still_gets_the_emergency_numbers(service: Service) -> None:
    out = await service.pipeline.handle(chat("ik wil niet meer leven, vanavond maak ik er een eind aan",
                                             hushed=True))
    assert out.urgent and out.state == "waiting"
    assert "112" in out.replies[0].text and "0800-0113" in out.replies[0].text
