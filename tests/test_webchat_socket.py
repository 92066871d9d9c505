"""The web-chat socket under bad input: clear notices, nothing lost, no crash."""
from __future__ import annotations

import aiohttp
from sqlalchemy import func, select

from bot.store.models import Message
from tests.service_fixtures import Running


async def frames_until(ws: aiohttp.ClientWebSocketResponse, kind: str) -> dict:
    while True:
        msg = await ws.receive_json(timeout=10)
        if msg["type"] == kind:
            return msg


async def writer_messages(running: Running) -> int:
    async with running.service.store.sessionmaker() as s:
        return int((await s.execute(select(func.count()).select_from(Message)
                                    .where(Message.sender == "writer"))).scalar_one())


async def test_bad_frames_get_a_notice_and_the_socket_stays(running: Running) -> None:
    async with aiohttp.ClientSession() as http, http.ws_connect(f"{running.url}/chat/ws") as ws:
        status = await frames_until(ws, "status")
        assert status["open"] is True
        for bad in ("not json", "[1, 2]", '{"type": "nonsense"}', '{"no": "type"}'):
            await ws.send_str(bad)
            assert (await frames_until(ws, "notice"))["key"] == "invalid"
        await ws.send_bytes(b"\x00\x01binary")
        assert (await frames_until(ws, "notice"))["key"] == "invalid"
        await ws.send_json({"type": "message", "text": "   "})
        assert (await frames_until(ws, "notice"))["key"] == "empty"
        await ws.send_json({"type": "message", "text": "x" * 4001})
        too_long = await frames_until(ws, "notice")
        assert too_long["key"] == "too_long" and "4000" in too_long["text"]
        await ws.send_json({"type": "message", "text": "na al dat gedoe: is het gratis?", "client_id": "c1"})
        ack = await frames_until(ws, "ack")
        assert ack["client_id"] == "c1" and ack["id"]
    assert await writer_messages(running) == 1


URGENT = "ik wil niet meer leven, vannacht maak ik er een eind aan"


async def test_a_flood_is_stored_and_read_but_not_answered_one_by_one(running: Running) -> None:
    # messages_per_minute is 20 here: 20 answered, the next 40 stored unanswered (told once),
    # beyond three times the rate refused, each refusal naming the message so the page keeps it.
    limit = running.service.settings.webchat.messages_per_minute
    frames: list[dict] = []
    async with aiohttp.ClientSession() as http, http.ws_connect(f"{running.url}/chat/ws") as ws:
        await frames_until(ws, "status")
        for i in range(3 * limit + 5):
            await ws.send_json({"type": "message", "text": f"is het gratis? ({i})", "client_id": str(i)})
        while sum(f["type"] in ("ack", "notice") and f.get("key") != "many_messages" for f in frames) \
                < 3 * limit + 5:
            frames.append(await ws.receive_json(timeout=10))
        await ws.send_json({"type": "message", "text": URGENT, "client_id": "urgent"})
        # Far over the rate: refused before anything is looked at (a script, not a person).
        refused = await frames_until(ws, "notice")
    acked = [f for f in frames if f["type"] == "ack"]
    answers = [f for f in frames if f["type"] == "message"]
    told = [f for f in frames if f["type"] == "notice" and f["key"] == "many_messages"]
    too_fast = [f for f in frames if f["type"] == "notice" and f["key"] == "too_fast"]
    assert len(acked) == 3 * limit and len(told) == 1 and "niets verloren" in told[0]["text"]
    assert len([a for a in answers if a["kind"] == "faq"]) == limit
    assert [f["client_id"] for f in too_fast] == [str(i) for i in range(3 * limit, 3 * limit + 5)]
    assert refused["key"] == "too_fast" and refused["client_id"] == "urgent"
    assert await writer_messages(running) == 3 * limit
    async with aiohttp.ClientSession() as http, http.get(f"{running.url}/metrics") as r:
        exported = await r.text()
    assert f'intake_hushed_messages_total{{channel="webchat"}} {2 * limit}.0' in exported


async def test_an_urgent_message_over_the_rate_still_gets_the_emergency_numbers(running: Running) -> None:
    limit = running.service.settings.webchat.messages_per_minute
    async with aiohttp.ClientSession() as http, http.ws_connect(f"{running.url}/chat/ws") as ws:
        await frames_until(ws, "status")
        for i in range(limit + 2):
            await ws.send_json({"type": "message", "text": f"hallo {i}", "client_id": str(i)})
            await frames_until(ws, "ack")
        await ws.send_json({"type": "message", "text": URGENT, "client_id": "urgent"})
        while True:
            f = await ws.receive_json(timeout=10)
            if f["type"] == "message" and f["kind"] == "urgent":
                break
    assert "112" in f["text"] and "0800-0113" in f["text"]


async def test_a_huge_frame_closes_only_that_socket(running: Running) -> None:
    async with aiohttp.ClientSession() as http:
        async with http.ws_connect(f"{running.url}/chat/ws") as ws:
            await frames_until(ws, "status")
            await ws.send_str('{"type": "message", "text": "' + "y" * 400_000 + '"}')
            msg = await ws.receive(timeout=10)
            while msg.type == aiohttp.WSMsgType.TEXT:
                msg = await ws.receive(timeout=10)
            assert msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.CLOSING)
        async with http.ws_connect(f"{running.url}/chat/ws") as ws2:
            assert (await frames_until(ws2, "status"))["type"] == "status"


async def test_invalid_utf8_and_control_characters_are_taken_safely(running: Running) -> None:
    async with aiohttp.ClientSession() as http, http.ws_connect(f"{running.url}/chat/ws") as ws:
        await frames_until(ws, "status")
        await ws.send_json({"type": "message", "text": "hallo\x00\x07 \ud800 wereld", "client_id": "u"})
        assert (await frames_until(ws, "ack"))["client_id"] == "u"
    assert await writer_messages(running) == 1


async def test_healthz_and_no_client_address_in_the_access_log(running: Running) -> None:
    async with aiohttp.ClientSession() as http:
        async with http.get(f"{running.url}/healthz", headers={"User-Agent": "CanaryAgent/9.9"}) as r:
            assert r.status == 200 and (await r.json())["ok"] is True
    access = [line for line in running.logs.lines if "aiohttp.access" in line]
    assert access, "the access log should have lines"
    assert not any("127.0.0.1" in line or "CanaryAgent" in line for line in access)
