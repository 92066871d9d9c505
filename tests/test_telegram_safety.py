"""Telegram: identities never kept (canary), unknown and malformed updates ignored and counted,
webhook requests without the secret refused, the [telegram] section checked key by key."""
from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.settings import SettingsError, load_settings
from bot.store.models import Conversation, Outbox
from channels.telegram import config
from channels.telegram.channel import _split
from channels.telegram.updates import command_of
from tests import console_helpers
from tests.service_fixtures import OPEN
from tests.telegram_double import (
    MEDIA,
    BotApiDouble,
    Person,
    TelegramRunning,
    button,
    group_message,
    message,
    running_service,
)

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

CANARY = Person(6180339887, first_name="Quirijntje", last_name="Zwartepoortsma",
                username="canary_qz71_user", language_code="fy")
CONTACT_PHONE = "+31687654329"
CONTACT_NAME = "Xylofoonmevrouw"


@pytest.fixture(params=["polling", "webhook"])
async def tg(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[TelegramRunning]:
    async with running_service(tmp_path, request.param, OPEN) as r:
        yield r


async def feed_raw(r: TelegramRunning, raw: Any) -> None:
    """Anything, as Telegram would hand it over in this mode."""
    if r.mode == "webhook":
        assert await r.double.post_webhook(raw) == 200
    else:
        r.double.push_raw(raw)


async def test_canary_identities_appear_nowhere(tg: TelegramRunning) -> None:
    d, who = tg.double, CANARY
    await d.push(message(who, "/start"))
    await d.wait_sent(who.id, 1)
    await d.push(button(who, "faq:police"))
    await d.push(message(who, "Ik maak me zorgen over mijn gedachten en wil met iemand praten."))
    await d.push(message(who, None, contact={"phone_number": CONTACT_PHONE, "first_name": CONTACT_NAME,
                                             "user_id": 5123498765}))
    await d.push(message(who, None, location={"latitude": 52.0123456, "longitude": 4.9876543}))
    await d.push(message(who, None, photo=MEDIA["photo"], caption="een foto"))
    await d.push(group_message(who, -1009988776655, "hoi"))
    await d.wait_for(lambda: tg.channel.handled_updates >= 7, within=8)
    await d.wait_for(lambda: len(d.sent(who.id)) >= 6, within=8)
    [conv] = (await _conversations(tg))

    # A counsellor looks at the queue and the conversation.
    secrets: dict[str, str] = {}
    await console_helpers.add_account(tg, "mila")  # type: ignore[arg-type]
    async with console_helpers.client() as http:
        pages = [await console_helpers.sign_in(http, tg, "mila", secrets)]  # type: ignore[arg-type]
        for path in ("/console", f"/console/c/{conv.id}", "/chat"):
            async with http.get(f"{tg.url}{path}") as resp:
                pages.append(await resp.text())
    await tg.service.store.engine.dispose()  # flush the WAL's view; the files are read as they are

    stored = b"".join(p.read_bytes() for p in tg.data_dir.glob("intake.db*"))
    logs = tg.logs.text()
    shown = "\n".join(pages)
    planted = [str(who.id), who.first_name, who.last_name, who.username, CONTACT_PHONE, CONTACT_PHONE[3:],
               CONTACT_NAME, "5123498765", "52.0123456", "PHOTO-FILE-ID", "-1009988776655"]
    for value in planted:
        assert value is not None
        assert value.encode() not in stored, f"{value} in the database files"
        assert value not in logs, f"{value} in a log line"
        assert value not in shown, f"{value} on a page"
    assert len(logs) > 0 and "telegram" in logs  # the capture did see the channel's lines
    assert re.search(r"conversation|wachtrij|Wachtrij", shown)


async def _conversations(r: TelegramRunning) -> list[Conversation]:
    async with r.service.store.sessionmaker() as s:
        return list((await s.execute(select(Conversation))).scalars())


async def test_unknown_and_malformed_updates_are_ignored_and_counted(tg: TelegramRunning) -> None:
    base = 900_000
    await feed_raw(tg, {"update_id": base + 1, "message": "not a message"})
    await feed_raw(tg, {"update_id": base + 2, "message": {"chat": "nonsense"}})
    await feed_raw(tg, {"update_id": base + 3, "some_future_kind": {"x": 1}})
    edited = message(CANARY, "een gewijzigd bericht")["message"]
    await feed_raw(tg, {"update_id": base + 4, "edited_message": edited})
    await feed_raw(tg, {"update_id": base + 5, "message": {**message(CANARY, None)["message"],
                                                           "pinned_message": None}})
    await tg.double.wait_for(lambda: tg.channel.ignored_updates >= 5)
    # Still answering: nothing malformed stalls polling or the webhook.
    await tg.double.push(message(CANARY, "Kost het iets om met jullie te praten?"))
    await tg.double.wait_sent(CANARY.id, 1)
    assert tg.channel.ignored_updates == 5
    assert await _conversations(tg) != []


async def test_webhook_requires_the_secret_token(tmp_path: Path) -> None:
    async with running_service(tmp_path, "webhook", OPEN, webhook_secret="s3cret-for_tests") as r:
        assert r.double.webhook == {"url": f"{r.url}/telegram/webhook", "secret_token": "s3cret-for_tests"}
        update = {"update_id": 1, **message(CANARY, "Hallo, ik heb een vraag over jullie hulp.")}
        assert await r.double.post_webhook(update, secret="wrong") == 403
        assert await r.double.post_webhook(update, secret="") == 403
        assert r.channel.refused_webhook_requests == 2
        assert await _conversations(r) == []
        header = {"X-Telegram-Bot-Api-Secret-Token": "s3cret-for_tests"}
        http = r.double._client
        assert http is not None
        async with http.post(f"{r.url}/telegram/webhook", data=b"{not json", headers=header) as resp:
            assert resp.status == 200
        assert r.channel.ignored_updates == 1
        assert await r.double.post_webhook(update) == 200
        # Answered 200 only after the message was committed.
        assert len(await _conversations(r)) == 1


async def test_webhook_answers_500_when_the_message_cannot_be_stored(tmp_path: Path) -> None:
    async with running_service(tmp_path, "webhook", OPEN) as r:
        real = r.service.pipeline.handle

        async def broken(env: Any) -> Any:
            raise OSError("disk gone")

        r.service.pipeline.handle = broken  # type: ignore[method-assign]
        update = {"update_id": 7, **message(CANARY, "Is er iemand die mij kan helpen?")}
        assert await r.double.post_webhook(update) == 500  # Telegram sends it again
        r.service.pipeline.handle = real  # type: ignore[method-assign]
        assert await r.double.post_webhook(update) == 200
        assert len(await _conversations(r)) == 1
        assert "disk gone" not in r.logs.text()


async def test_polling_goes_on_after_bot_api_errors(tmp_path: Path) -> None:
    async with running_service(tmp_path, "polling", OPEN) as r:
        assert r.channel.ready.is_set()
        await r.double.push(message(CANARY, "/help"))
        await r.double.wait_sent(CANARY.id, 1)
        before = r.channel.poll_errors
        r.double.fail_next("getUpdates", 2, status=502)
        await r.double.wait_for(lambda: r.channel.poll_errors >= before + 1, within=10)
        await r.double.push(message(CANARY, "/help"))
        await r.double.wait_sent(CANARY.id, 2, within=15)


async def test_service_starts_while_the_bot_api_is_down_and_connects_later(tmp_path: Path) -> None:
    def down(d: BotApiDouble) -> None:
        d.fail_next("getMe", 2, status=502)

    async with running_service(tmp_path, "polling", OPEN, before_start=down) as r:
        assert len(r.double.calls_of("getMe!502")) == 2
        await r.double.push(message(CANARY, "/help"))
        await r.double.wait_sent(CANARY.id, 1)
        assert "cannot reach the Bot API (NetworkError)" in r.logs.text()


async def test_blocked_or_unknown_chats_fail_permanently(tg: TelegramRunning) -> None:
    blocker, ghost = Person(731245777), Person(999990001)
    tg.double.blocked.add(blocker.id)
    for who in (blocker, ghost):
        await tg.double.push(message(who, "Ik wil graag iemand spreken over mijn gedachten."))
    await tg.double.wait_for(lambda: tg.channel.handled_updates >= 2)

    async def failed() -> list[str]:
        async with tg.service.store.sessionmaker() as s:
            rows = (await s.execute(select(Outbox).where(Outbox.state == "failed"))).scalars().all()
            return sorted(r.last_error or "" for r in rows)

    for _ in range(100):
        if len(await failed()) == 2:
            break
        await asyncio.sleep(0.05)
    assert await failed() == ["PermanentFailure: chat not found",
                              "PermanentFailure: the writer blocked the bot or left the chat"]
    assert tg.double.sent() == []


# -- configuration ---------------------------------------------------------------------------
def _raw(**keys: Any) -> dict[str, Any]:
    defaults = load_settings(None, env={}).raw["telegram"]
    return {**defaults, "enabled": True, "token": "123:abc", **keys}


@pytest.mark.parametrize(("keys", "named"), [
    ({"mode": "push"}, "telegram.mode"),
    ({"token": ""}, "telegram.token"),
    ({"token": "not a token"}, "telegram.token"),
    ({"token_file": "/nonexistent/token"}, "telegram.token"),
    ({"token": "", "token_file": "/nonexistent/token"}, "telegram.token_file"),
    ({"poll_timeout": 99}, "telegram.poll_timeout"),
    ({"poll_timeout": "30"}, "telegram.poll_timeout"),
    ({"webhook_path": "telegram"}, "telegram.webhook_path"),
    ({"webhook_secret": "has spaces"}, "telegram.webhook_secret"),
    ({"base_url": "ftp://x"}, "telegram.base_url"),
    ({"concurrent_updates": 0}, "telegram.concurrent_updates"),
    ({"request_timeout": -1}, "telegram.request_timeout"),
])
def test_bad_telegram_settings_name_the_key(keys: dict[str, Any], named: str) -> None:
    with pytest.raises(SettingsError) as err:
        config.load(_raw(**keys), "http://127.0.0.1:8080")
    assert str(err.value).startswith(named)
    assert "abc" not in str(err.value)  # never the token


def test_settings_defaults_token_file_and_webhook_url(tmp_path: Path) -> None:
    token_file = tmp_path / "token"
    token_file.write_text("4242:SECRET_value-x\n")
    s = config.load(_raw(token="", token_file=str(token_file), mode="webhook"), "https://hulp.example/")
    assert s.token == "4242:SECRET_value-x"
    assert s.webhook_url == "https://hulp.example/telegram/webhook"
    assert s.mode == "webhook" and s.poll_timeout == 30
    assert "SECRET" not in repr(s)
    # The section is part of the schema: an unknown key is refused by bot.settings itself.
    with pytest.raises(SettingsError, match=r"telegram\.tokn"):
        load_settings(None, env={}, overrides={"telegram.tokn": "x"})


def test_commands_and_long_texts() -> None:
    assert command_of("/start") == "start"
    assert command_of("/Start@stopitnow_bot payload") == "start"
    assert command_of("/ ik heb een vraag") is None
    assert command_of("hallo /stop") is None
    parts = _split(("Een alinea.\n\n" * 600).strip())
    assert all(len(p) <= 4096 for p in parts) and len(parts) > 1
    assert "".join(parts).count("Een alinea.") == 600
