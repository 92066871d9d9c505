"""The per-writer flood gate (channels/flood.py) on its own: the sliding window, one notice per
window, bounded memory under a flood of distinct writers; and the settings that size it."""
from __future__ import annotations

import tracemalloc

import pytest

from bot.settings import SettingsError, load_settings
from bot.texts import text
from channels.flood import FloodGate


def send(gate: FloodGate, key: str, now: float) -> bool:
    """What a channel does with one message: ask, then count it once stored."""
    over = gate.over(key, now)
    gate.record(key, now)
    return over


def test_the_message_after_the_limit_is_over_and_the_window_slides() -> None:
    gate = FloodGate(20, 60)
    # One a second: the 21st within a minute is over, for every writer on their own.
    assert [send(gate, "a", float(t)) for t in range(20)] == [False] * 20
    assert send(gate, "b", 20.0) is False
    assert gate.over("a", 59.9) is True
    assert gate.over("a", 59.9) is True        # asking counts nothing
    # At t=60 the first message (t=0) has left the window: room for exactly one more.
    assert send(gate, "a", 60.0) is False
    assert send(gate, "a", 60.5) is True       # t=1 is still inside
    assert send(gate, "a", 61.5) is True       # and the hushed one at 60.5 counts too
    assert send(gate, "a", 121.6) is False     # a quiet minute later, answered again


def test_a_flood_that_goes_on_stays_a_flood() -> None:
    gate = FloodGate(3, 60)
    for t in range(3):
        send(gate, "a", float(t))
    # Hushed messages count too: a sender at 1/s is never let back in while it keeps going.
    assert all(send(gate, "a", float(t)) for t in range(3, 300))
    assert send(gate, "a", 299 + 60.0) is False


def test_one_notice_per_window_per_writer() -> None:
    gate = FloodGate(1, 60)
    assert gate.claim_notice("a", 0.0) is True
    assert gate.claim_notice("a", 1.0) is False
    assert gate.claim_notice("b", 1.0) is True
    assert gate.claim_notice("a", 59.9) is False
    assert gate.claim_notice("a", 60.0) is True


def test_zero_switches_the_gate_off() -> None:
    gate = FloodGate(0, 60)
    assert not any(send(gate, "a", 0.0) for _ in range(1000))
    assert len(gate) == 0


def test_idle_writers_are_forgotten() -> None:
    gate = FloodGate(20, 60)
    for i in range(500):
        send(gate, f"w{i}", 0.0)
    assert len(gate) == 500
    send(gate, "late", 30.0)
    assert len(gate) == 501
    assert gate.over("x", 61.0) is False      # everyone but "late" has been quiet for a window
    assert len(gate) == 1


def test_a_flood_of_distinct_writers_cannot_grow_memory_without_bound() -> None:
    gate = FloodGate(20, 60, max_writers=1000)
    tracemalloc.start()
    try:
        for i in range(2000):
            send(gate, f"{i:064x}", 0.0)       # keyed hashes are 64 hex characters
        at_2k, _ = tracemalloc.get_traced_memory()
        for i in range(2000, 100_000):         # all within one window: nobody is idle yet
            send(gate, f"{i:064x}", 0.0)
        at_100k, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(gate) == 1000
    assert at_100k < at_2k * 1.1 + 64 * 1024, (at_2k, at_100k)
    # The most recent writers are the ones kept; a writer pushed out starts afresh (lenient).
    assert gate.over(f"{99_999:064x}", 0.0) is False
    assert len(gate) == 1000


# -- settings ---------------------------------------------------------------------------------
TELEGRAM_ON = {"telegram.enabled": True, "telegram.token": "123456:TEST-token_for_tests"}


def test_defaults() -> None:
    raw = load_settings(None, env={}, overrides={}).raw
    assert raw["telegram"]["messages_per_minute"] == 20
    assert raw["email"]["messages_per_hour"] == 6


@pytest.mark.parametrize(("key", "value", "message"), [
    ("telegram.messages_per_minute", "20", "telegram.messages_per_minute: must be a whole number"),
    ("telegram.messages_per_minute", -1, "telegram.messages_per_minute: must be 0..1000"),
    ("telegram.messages_per_minute", True, "telegram.messages_per_minute: must be a whole number"),
    ("email.messages_per_hour", 1.5, "email.messages_per_hour: must be a whole number 0..1000"),
    ("email.messages_per_hour", 5000, "email.messages_per_hour: must be a whole number 0..1000"),
    ("telegram.messages_per_hour", 10, "unknown key telegram.messages_per_hour"),
    ("email.messages_per_minute", 10, "unknown key email.messages_per_minute"),
])
def test_a_bad_value_stops_start_up_naming_the_key(key: str, value: object, message: str) -> None:
    with pytest.raises(SettingsError, match=message.replace(".", r"\.")):
        load_settings(None, env={}, overrides={**TELEGRAM_ON, key: value})


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_notice_is_kind_and_keeps_the_emergency_numbers(lang: str) -> None:
    notice = text(lang, "telegram.many_messages", emergency="112", suicide_line="113",
                  suicide_line_free="0800-0113")
    assert "112" in notice and "0800-0113" in notice
    lowered = notice.lower()
    for word in ("spam", "flood", "te veel", "too many", "stop met", "stop sending", "blocked",
                 "geblokkeerd", "pedofiel", "dader", "pleger"):
        assert word not in lowered, word
    assert notice != text("nl" if lang == "en" else "en", "telegram.many_messages")
