"""Log lines never carry an identifier: planted canaries in messages, arguments, extra fields,
exceptions (chained too), aiohttp's access log and its unhandled-error traceback."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import aiohttp
import pytest
from aiohttp import web

from bot import logs
from bot.logs import WITHHELD, configure_logging
from bot.settings import LoggingSettings
from bot.web import ACCESS_LOG_FORMAT
from tests.service_fixtures import free_port

EMAIL = "kanarie.jansen@example.org"
PHONE = "06-12345678"
IBAN = "NL91ABNA0417164300"
IP = "203.0.113.77"
CANARIES = (EMAIL, "kanarie.jansen", PHONE, "12345678", IBAN, IP)


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    """The root logger as `intake-bot serve` sets it up, writing JSON to a buffer."""
    root = logging.getLogger()
    saved_handlers, saved_level = list(root.handlers), root.level
    out = io.StringIO()
    configure_logging(LoggingSettings(level="DEBUG", json=True), stream=out)
    try:
        yield out
    finally:
        for h in list(root.handlers):
            root.removeHandler(h)
        for h in saved_handlers:
            root.addHandler(h)
        root.setLevel(saved_level)
        logging.captureWarnings(False)


def lines(out: io.StringIO) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]


def assert_clean(text: str) -> None:
    for canary in CANARIES:
        assert canary not in text, f"{canary!r} leaked into: {text}"


def test_messages_arguments_and_extras_are_stripped(captured: io.StringIO) -> None:
    log = logging.getLogger("intake_bot.test")
    log.info("writer mailed from %s", EMAIL)
    log.warning(f"call back on {PHONE} please")  # an f-string: the identifier is in the message
    log.error("pay %s or call %s from %s", IBAN, PHONE, IP)
    log.info("%(who)s wrote", {"who": EMAIL})
    log.info("address %s", {"email": EMAIL, "phone": PHONE})
    log.info("attempt %d for %s took %.1f s", 3, EMAIL, 1.25)
    log.info("wrong format %d", EMAIL)  # a caller's mistake must not leak either
    log.info("sender", extra={"sender": EMAIL, "attempts": 2})
    log.info(ValueError(f"object as message {EMAIL}"))
    got = lines(captured)
    assert len(got) == 9
    assert_clean(captured.getvalue())
    assert got[5]["message"].startswith("attempt 3 for ") and got[5]["message"].endswith("took 1.2 s")
    assert got[7]["attempts"] == 2 and got[7]["sender"] != EMAIL
    assert all(line["logger"] == "intake_bot.test" and line["time"].endswith("+00:00") for line in got)
    assert got[2]["level"] == "ERROR"


def test_exception_text_and_chained_causes_are_stripped(captured: io.StringIO) -> None:
    log = logging.getLogger("intake_bot.test")
    try:
        try:
            raise KeyError(f"no vault entry for {EMAIL}")
        except KeyError as inner:
            raise RuntimeError(f"delivery to {PHONE} failed") from inner
    except RuntimeError:
        log.exception("could not deliver to %s", EMAIL)
    try:
        raise ValueError(IBAN)
    except ValueError as exc:
        log.error("rejected", exc_info=exc)
    log.warning("where am I %s", IP, stack_info=True)
    got = lines(captured)
    assert_clean(captured.getvalue())
    assert "Traceback" in got[0]["exception"] and "RuntimeError" in got[0]["exception"]
    assert "KeyError" in got[0]["exception"]  # the cause is kept, without its identifier
    assert "ValueError" in got[1]["exception"]
    assert "stack" in got[2]


def test_plain_text_lines_are_stripped_too() -> None:
    out = io.StringIO()
    root = logging.getLogger()
    saved, level = list(root.handlers), root.level
    configure_logging(LoggingSettings(level="INFO", json=False), stream=out)
    try:
        logging.getLogger("x").info("from %s", EMAIL)
        try:
            raise OSError(f"connect to {IP} refused")
        except OSError:
            logging.getLogger("x").exception("oops")
    finally:
        for h in list(root.handlers):
            root.removeHandler(h)
        for h in saved:
            root.addHandler(h)
        root.setLevel(level)
        logging.captureWarnings(False)
    assert "INFO x from " in out.getvalue() and "OSError" in out.getvalue()
    assert_clean(out.getvalue())


def test_a_failing_stripper_withholds_the_line(
    captured: io.StringIO, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(text: str, lang: str | None = None) -> object:
        raise RuntimeError("stripper down")

    monkeypatch.setattr(logs, "scrub", broken)
    try:
        raise ValueError(EMAIL)
    except ValueError:
        logging.getLogger("y").exception("for %s", EMAIL, extra={"who": EMAIL})
    got = lines(captured)
    assert got[0]["message"] == WITHHELD and "exception" not in got[0]
    assert_clean(captured.getvalue())


async def test_aiohttp_access_log_and_unhandled_error_are_stripped(captured: io.StringIO) -> None:
    async def boom(request: web.Request) -> web.Response:
        raise RuntimeError(f"cannot reach {request.query.get('mail')}")

    app = web.Application()
    app.router.add_get("/boom", boom)
    runner = web.AppRunner(app, access_log_format=ACCESS_LOG_FORMAT)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        async with aiohttp.ClientSession() as http:
            async with http.get(f"http://127.0.0.1:{port}/boom", params={"mail": EMAIL, "tel": PHONE}) as r:
                assert r.status == 500
    finally:
        await runner.cleanup()
    got = lines(captured)
    loggers = {line["logger"] for line in got}
    assert {"aiohttp.access", "aiohttp.server"} <= loggers, loggers
    access = next(line["message"] for line in got if line["logger"] == "aiohttp.access")
    assert "status=500 bytes=" in access, access  # stripped of identifiers, still readable
    assert any("RuntimeError" in line.get("exception", "") for line in got)
    assert_clean(captured.getvalue())


def test_the_machines_own_loopback_address_is_kept_and_nothing_else(captured: io.StringIO) -> None:
    log = logging.getLogger("intake_bot")
    log.info("web chat at http://%s:%s/chat", "127.0.0.1", 8080)
    log.info("from http://127.0.0.1.%s/x and %s", "voorbeeld.nl", EMAIL)
    log.info("planted \ue0000\ue001 token and %s", PHONE)
    got = lines(captured)
    assert got[0]["message"] == "web chat at http://127.0.0.1:8080/chat"
    assert "voorbeeld.nl" not in got[1]["message"]
    assert "\ue000" not in captured.getvalue()
    assert_clean(captured.getvalue())
