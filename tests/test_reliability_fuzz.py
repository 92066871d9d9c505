"""Bad input, fuzzed with hypothesis, against a running service: WebSocket frames (invalid JSON,
random JSON of every shape, binary, huge frames, floods) and signed-in console form posts with
random fields. After each example the service still answers /healthz, an ordinary message is
stored and answered, and nothing acknowledged is missing.

MIME is fuzzed in tests/test_email_parse.py (random and broken MIME through the parser) and
Bot API updates of unknown shape in tests/test_telegram_safety.py (through the double)."""
from __future__ import annotations

import json
import re

import aiohttp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from bot.store.models import Message
from tests.console_helpers import add_account, client, sign_in
from tests.reliability_procs import story
from tests.service_fixtures import Running

KEYS = ["type", "text", "client_id", "code", "data", "lang", "slot", "phone", "id"]
TYPES = ["message", "resume", "choose", "lang", "ping", "history", "ack", "", "MESSAGE"]
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                    st.text(max_size=200), st.sampled_from(TYPES))
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=10)
json_frames = st.dictionaries(st.sampled_from(KEYS), values, max_size=5).map(json.dumps)
typed_frames = st.builds(lambda t, extra: json.dumps({"type": t, **extra}), st.sampled_from(TYPES),
                         st.dictionaries(st.sampled_from(KEYS[1:]), values, max_size=4))
frames = st.one_of(
    st.text(max_size=300),                                   # mostly invalid JSON
    st.binary(max_size=300),                                 # binary frames
    json_frames, typed_frames,
    st.just('{"type": "message", "text": "' + "a" * 5000 + '"}'),
    st.just(json.dumps({"type": "message", "text": "x" * 200_000})),  # long, under the frame cap
    st.just("y" * 300_000),                                  # above the frame cap (1009)
)
FUZZ = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


async def still_serving(running: Running, http: aiohttp.ClientSession) -> None:
    async with http.get(f"{running.url}/healthz") as r:
        assert r.status == 200
    async with http.ws_connect(f"{running.url.replace('http', 'ws')}/chat/ws") as ws:
        await ws.receive_json()
        await ws.send_json({"type": "message", "text": story(), "client_id": "normal"})
        got = [await ws.receive_json(timeout=10) for _ in range(2)]
    kinds = sorted(f["type"] for f in got)
    assert kinds == ["ack", "message"], got
    [ack] = [f for f in got if f["type"] == "ack"]
    async with running.service.store.sessionmaker() as s:
        assert await s.get(Message, ack["id"]) is not None


@FUZZ
@given(batch=st.lists(frames, min_size=1, max_size=12))
async def test_random_websocket_frames_never_crash_and_lose_nothing(running: Running,
                                                                    batch: list[str | bytes]) -> None:
    acked: list[int] = []
    async with aiohttp.ClientSession() as http:
        ws = await http.ws_connect(f"{running.url.replace('http', 'ws')}/chat/ws", max_msg_size=0)
        await ws.receive_json()  # status
        closed_by_server = False
        for frame in batch:
            if ws.closed:
                break
            if isinstance(frame, bytes):
                await ws.send_bytes(frame)
            else:
                await ws.send_str(frame)
            msg = await ws.receive(timeout=10)
            if msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.CLOSING):
                # Only a frame above the cap may end the socket, with "message too big".
                assert len(frame) > 256 * 1024 and msg.data == 1009, (msg, len(frame))
                closed_by_server = True
                break
            assert msg.type == aiohttp.WSMsgType.TEXT
            data = json.loads(msg.data)
            # A clear answer to every frame: a notice with a key, or the protocol's own reply.
            assert data["type"] in ("notice", "ack", "status", "pong", "slots", "answer", "ok",
                                    "message", "history"), data
            if data["type"] == "notice":
                assert data["key"] and data["text"]
                assert data["key"] != "failed", "a frame broke the handler"
            if data["type"] == "ack" and data.get("id") is not None:
                acked.append(int(data["id"]))
        if not closed_by_server:
            await ws.close()
        async with running.service.store.sessionmaker() as s:
            stored = set((await s.execute(select(Message.id).where(Message.id.in_(acked)))).scalars())
        assert stored == set(acked)
        await still_serving(running, http)


async def test_deeply_nested_json_gets_the_invalid_notice(running: Running) -> None:
    async with aiohttp.ClientSession() as http:
        ws = await http.ws_connect(f"{running.url.replace('http', 'ws')}/chat/ws")
        await ws.receive_json()
        await ws.send_str("[" * 5000)
        answer = await ws.receive_json(timeout=10)
        await ws.close()
        assert answer["type"] == "notice" and answer["key"] == "invalid", answer
        await still_serving(running, http)


async def test_a_flood_of_frames_is_slowed_not_dropped(running: Running) -> None:
    async with aiohttp.ClientSession() as http:
        ws = await http.ws_connect(f"{running.url.replace('http', 'ws')}/chat/ws")
        await ws.receive_json()
        for i in range(300):
            await ws.send_json({"type": "message", "text": f"{story()} {i}", "client_id": str(i)})
        answers = []
        # Each message is acknowledged (stored) or refused by name; "many_messages" says once
        # that the stored ones are read but not answered one by one.
        while len([a for a in answers if a["type"] == "ack" or a.get("key") == "too_fast"]) < 300:
            answers.append(await ws.receive_json(timeout=15))
        acks = [a for a in answers if a["type"] == "ack"]
        notices = [a["key"] for a in answers if a["type"] == "notice"]
        assert acks and set(notices) == {"too_fast", "many_messages"} and notices.count("many_messages") == 1
        async with running.service.store.sessionmaker() as s:
            stored = set((await s.execute(select(Message.id).where(
                Message.id.in_([a["id"] for a in acks])))).scalars())
        assert len(stored) == len(acks)
        await ws.close()
        await still_serving(running, http)


form_fields = st.dictionaries(
    st.one_of(st.sampled_from(["text", "name", "role", "password", "start", "end", "reason", "to",
                               "target_group", "reason_code", "referral", "code", "slot", "from"]),
              # aiohttp's client refuses control characters in field names
              st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=12)),
    st.text(max_size=300), max_size=6)


@FUZZ
@given(fields=form_fields)
async def test_random_console_forms_get_a_clear_answer(running: Running, fields: dict[str, str]) -> None:
    state = getattr(running, "_fuzz_console", None)
    if state is None:  # one signed-in supervisor for all examples of this service
        await add_account(running, "fuzzer", "supervisor")
        colleague = await add_account(running, "collega")  # disabled and reset, not the fuzzer itself
        async with client() as first:
            page = await sign_in(first, running, "fuzzer", {})
            jar = first.cookie_jar
        csrf = re.search(r'name="csrf" value="([^"]+)"', page)
        assert csrf
        async with aiohttp.ClientSession() as writer, \
                writer.ws_connect(f"{running.url.replace('http', 'ws')}/chat/ws") as ws:
            await ws.receive_json()
            await ws.send_json({"type": "message", "text": story(), "client_id": "c"})
            await ws.receive_json(timeout=10)
        async with running.service.store.sessionmaker() as s:
            cid = (await s.execute(select(Message.conversation_id))).scalars().first()
        state = (jar, csrf.group(1), cid, colleague)
        running._fuzz_console = state  # type: ignore[attr-defined]
    jar, token, cid, colleague = state
    async with aiohttp.ClientSession(cookie_jar=jar) as http:
        statuses = await _post_everywhere(running, http, token, cid, colleague, fields)
    # The forms reached their handlers (signed in, CSRF token right), not just the guard.
    assert any(st != 403 for st in statuses), statuses
    async with aiohttp.ClientSession() as other:
        await still_serving(running, other)


async def _post_everywhere(running: Running, http: aiohttp.ClientSession, token: str, cid: str,
                           colleague: int, fields: dict[str, str]) -> list[int]:
    statuses = []
    for path in POSTS:
        path = path.replace("{cid}", cid).replace("{cb}", "1").replace("{aid}", str(colleague))
        url = running.url + path
        async with http.post(url, data={"csrf": token, **fields}, allow_redirects=False) as r:
            assert r.status < 500, (path, r.status, await r.text())
            statuses.append(r.status)
    async with http.get(f"{running.url}/console") as r:
        assert r.status == 200
    return statuses


# Every signed-in console POST route (bot/console/views_*.py; sign-in and sign-out left out).
POSTS = [
    "/console/next", "/console/c/{cid}/claim", "/console/c/{cid}/reply", "/console/c/{cid}/note",
    "/console/c/{cid}/transfer", "/console/c/{cid}/callbacks/{cb}/reveal",
    "/console/c/{cid}/callbacks/{cb}/done", "/console/c/{cid}/close", "/console/c/{cid}/release",
    "/console/admin/accounts", "/console/admin/accounts/{aid}/disable",
    "/console/admin/accounts/{aid}/reset-2fa", "/console/admin/closures",
]
