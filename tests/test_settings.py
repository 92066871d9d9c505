"""Configuration: defaults on a fresh checkout, the user's file, INTAKE__ overrides, clear errors."""
from __future__ import annotations

import re
import tomllib
from datetime import date, time
from pathlib import Path

import pytest

import config
from bot.settings import Settings, SettingsError, Shift, load_settings


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "intake.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_defaults_load_on_a_fresh_checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    s = load_settings(env={})
    assert isinstance(s, Settings)
    assert (s.server.host, s.server.port) == ("127.0.0.1", 8080)
    assert s.server.data_dir == tmp_path / "data"
    assert s.server.database_url == f"sqlite+aiosqlite:///{tmp_path}/data/intake.db"
    assert s.server.public_url == "http://127.0.0.1:8080"
    assert s.service.public_url == "http://127.0.0.1:8080"
    assert s.service.emergency == "112"
    assert (s.service.suicide_line, s.service.suicide_line_free) == ("113", "0800-0113")
    assert s.service.anonymous and s.service.free
    assert s.hours.timezone == "Europe/Amsterdam"
    assert s.hours.monday == s.hours.friday == (Shift(time(9), time(22)),)
    assert s.hours.saturday == s.hours.sunday == (Shift(time(10, 30), time(19)),)
    assert s.hours.holidays == "NL" and s.hours.closures == ()
    assert s.retention.message_text_days == 30 and s.retention.vault_grace_hours == 24
    assert s.retention.callback_number_after_slot_hours == 0
    assert s.webchat.allowed_frame_origins == () and s.webchat.max_message_chars == 4000
    assert s.webchat.messages_per_minute == 20
    assert (s.callbacks.slot_minutes, s.callbacks.days_ahead) == (15, 7)
    assert s.queue.claim_lease_seconds == 120
    assert (s.outbox.max_attempts, s.outbox.base_backoff_seconds, s.outbox.max_backoff_seconds) == (8, 2, 600)
    assert (s.logging.level, s.logging.json) == ("INFO", True)
    # other modules read facts from the merged dict, with resolved values
    assert s.raw["service"]["self_help_url"].startswith("https://")
    assert s.raw["server"]["database_url"] == s.server.database_url
    assert s.raw["email"]["enabled"] is False


def test_every_default_key_is_documented_with_a_comment() -> None:
    # Each key sits in a group of key lines that a comment opens (no blank line in between).
    lines = config.path("default.toml").read_text(encoding="utf-8").splitlines()
    undocumented = []
    for i, line in enumerate(lines):
        key = re.match(r"^([a-z_]+)\s*=", line)
        if not key:
            continue
        j = i - 1
        while j >= 0 and re.match(r"^[a-z_]+\s*=", lines[j]):
            j -= 1
        if j < 0 or not lines[j].startswith("#"):
            undocumented.append(key.group(1))
    assert undocumented == []


def test_the_architecture_keys_are_in_the_defaults() -> None:
    with config.path("default.toml").open("rb") as fh:
        d = tomllib.load(fh)
    for section, keys in {
        "service": ["name", "anonymous", "free", "public_url", "self_help_url", "waag_url"],
        "hours": ["timezone", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                  "sunday", "holidays", "holiday_overrides"],
        "retention": ["message_text_days", "vault_grace_hours", "callback_number_after_slot_hours"],
    }.items():
        assert set(keys) <= set(d[section]), section


def test_user_file_is_merged_over_the_defaults(tmp_path: Path) -> None:
    p = write(tmp_path, """
[server]
port = 9001
[hours]
saturday = []
sunday = ["12:00-16:00", "18:00-20:00"]
[hours.holiday_overrides]
"2026-12-24" = ["09:00-17:00"]
2026-04-03 = "open"
"2026-12-31" = "closed"
[[hours.closures]]
start = "2026-06-01T09:00"
end = 2026-06-01T13:00:00
note = "teamdag"
""")
    s = load_settings(p, env={})
    assert s.server.port == 9001 and s.server.host == "127.0.0.1"
    assert s.hours.monday == (Shift(time(9), time(22)),)
    assert s.hours.saturday == ()
    assert len(s.hours.sunday) == 2
    assert s.hours.holiday_overrides == {date(2026, 12, 24): (Shift(time(9), time(17)),),
                                         date(2026, 4, 3): None, date(2026, 12, 31): ()}
    (c,) = s.hours.closures
    assert (c.start.hour, c.end.hour, c.note) == (9, 13, "teamdag")
    assert c.start.tzinfo is not None and c.start.utcoffset().total_seconds() == 7200
    assert s.config_file == p


@pytest.mark.parametrize(("toml", "message"), [
    ('[server]\nport = 70000', "server.port: must be 1..65535"),
    ('[server]\nport = "8080"', "server.port: must be a whole number"),
    ('[hours]\nmonday = ["9-22"]', 'hours.monday[0]: "9-22" is not HH:MM-HH:MM'),
    ('[hours]\ntuesday = ["09:00-22:00", "25:00-26:00"]', "hours.tuesday[1]:"),
    ('[hours]\nfriday = ["09:00-17:00", "16:00-20:00"]',
     "hours.friday: shifts 09:00-17:00 and 16:00-20:00 overlap"),
    ('[hours]\nmonday = "09:00-22:00"', "hours.monday: must be a list of shifts"),
    ('[hours]\ntimezone = "Europe/Amsterdan"', "hours.timezone: unknown time zone"),
    ('[hours]\nholidays = "XX"', "hours.holidays: unknown country"),
    ('[hours.holiday_overrides]\n"2026-13-01" = "closed"',
     'hours.holiday_overrides."2026-13-01": not a date'),
    ('[hours.holiday_overrides]\n"2026-12-24" = "shut"', 'hours.holiday_overrides."2026-12-24": must be'),
    ('[[hours.closures]]\nstart = "2026-06-01T13:00"\nend = "2026-06-01T09:00"',
     "hours.closures[0].end: must be after"),
    ('[[hours.closures]]\nstart = "tomorrow"\nend = "2026-06-01T09:00"', "hours.closures[0].start:"),
    ('[[hours.closures]]\nstart = "2026-06-01T13:00"\nends = "2026-06-01T19:00"',
     "unknown key hours.closures[0].ends"),
    ("[retention]\nfoo = 1", "unknown key retention.foo"),
    ("[retention]\nmessage_text_days = -1", "retention.message_text_days: must be 0.."),
    ("[colours]\nred = 1", "unknown key colours"),
    ('[service]\nsuicide_line = 113', "service.suicide_line: must be text"),
    ('[service]\nwaag_url = "www.dewaag.nl"', "service.waag_url:"),
    ('[webchat]\nallowed_frame_origins = ["https://stopitnow.nl/chat"]', "webchat.allowed_frame_origins[0]:"),
    ("[callbacks]\nslot_minutes = 25", "callbacks.slot_minutes: must divide an hour"),
    ("[outbox]\nmax_backoff_seconds = 1", "outbox.max_backoff_seconds: must be at least"),
    ('[logging]\nlevel = "LOUD"', "logging.level: must be one of"),
    ('[server]\ndatabase_url = "mysql://x/y"', "server.database_url:"),
    ("[email]\nenabled = 1", "email.enabled: must be true or false"),
])
def test_a_bad_value_stops_with_a_message_naming_the_key(tmp_path: Path, toml: str, message: str) -> None:
    with pytest.raises(SettingsError) as err:
        load_settings(write(tmp_path, toml), env={})
    assert message in str(err.value)


def test_a_broken_or_missing_file_is_reported_with_its_path(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="not valid TOML"):
        load_settings(write(tmp_path, "[server\nport = 1"), env={})
    with pytest.raises(SettingsError, match="not found"):
        load_settings(tmp_path / "nope.toml", env={})


def test_environment_overrides(tmp_path: Path) -> None:
    env = {
        "INTAKE__SERVER__PORT": "9100",
        "INTAKE__SERVER__HOST": "0.0.0.0",
        "INTAKE__SERVER__DATABASE_URL": "postgresql+asyncpg://postgres@127.0.0.1:5432/intake_test",
        "INTAKE__HOURS__MONDAY": '["09:00-17:00", "19:00-21:00"]',
        "INTAKE__HOURS__HOLIDAY_OVERRIDES__2026-12-25": '["12:00-16:00"]',
        "INTAKE__SERVICE__SUICIDE_LINE": "113",           # stays text although it looks like a number
        "INTAKE__LOGGING__JSON": "false",
        "INTAKE__WEBCHAT__ALLOWED_FRAME_ORIGINS": '["https://stopitnow.nl"]',
        "INTAKE_TEST_DATABASE_URL": "ignored: not an INTAKE__ variable",
        "PATH": "/usr/bin",
    }
    s = load_settings(write(tmp_path, "[server]\nport = 9001\n"), env=env)
    assert s.server.port == 9100 and s.server.host == "0.0.0.0"
    assert s.server.database_url == "postgresql+asyncpg://postgres@127.0.0.1:5432/intake_test"
    assert s.hours.monday == (Shift(time(9), time(17)), Shift(time(19), time(21)))
    assert s.hours.holiday_overrides[date(2026, 12, 25)] == (Shift(time(12), time(16)),)
    assert s.service.suicide_line == "113"
    assert s.logging.json is False
    assert s.webchat.allowed_frame_origins == ("https://stopitnow.nl",)


def test_environment_errors_name_the_key() -> None:
    with pytest.raises(SettingsError, match=r"server\.port: must be 1\.\.65535"):
        load_settings(env={"INTAKE__SERVER__PORT": "0"})
    with pytest.raises(SettingsError, match=r"unknown key server\.prot"):
        load_settings(env={"INTAKE__SERVER__PROT": "80"})
    with pytest.raises(SettingsError, match=re.escape('hours.monday[0]: "9-22" is not HH:MM-HH:MM')):
        load_settings(env={"INTAKE__HOURS__MONDAY": '["9-22"]'})


def test_cli_overrides_win_over_environment_and_file(tmp_path: Path) -> None:
    s = load_settings(write(tmp_path, "[server]\nport = 9001\n"), env={"INTAKE__SERVER__PORT": "9100"},
                      overrides={"port": 9200, "host": "127.0.0.2", "data_dir": str(tmp_path / "d"),
                                 "retention.message_text_days": 7})
    assert (s.server.port, s.server.host) == (9200, "127.0.0.2")
    assert s.server.data_dir == tmp_path / "d"
    assert s.server.database_url == f"sqlite+aiosqlite:///{tmp_path}/d/intake.db"
    assert s.server.public_url == "http://127.0.0.2:9200"
    assert s.retention.message_text_days == 7


def test_plain_database_urls_get_the_async_driver(tmp_path: Path) -> None:
    s = load_settings(env={"INTAKE__SERVER__DATABASE_URL": "postgresql://postgres@127.0.0.1/intake"})
    assert s.server.database_url == "postgresql+asyncpg://postgres@127.0.0.1/intake"


def test_settings_are_frozen() -> None:
    s = load_settings(env={})
    with pytest.raises(AttributeError):
        s.server.port = 1  # type: ignore[misc]


def test_figures_threshold_below_two_is_refused_naming_the_key() -> None:
    with pytest.raises(SettingsError, match=r"^figures\.small_cell_threshold"):
        load_settings(None, env={"INTAKE__FIGURES__SMALL_CELL_THRESHOLD": "1"})


def test_metrics_networks_are_checked() -> None:
    ok = load_settings(None, env={"INTAKE__METRICS__ALLOW_FROM": '["10.0.0.0/8"]'})
    assert ok.raw["metrics"]["allow_from"] == ["10.0.0.0/8"]
    with pytest.raises(SettingsError, match=r"^metrics\.allow_from\[0\]"):
        load_settings(None, env={"INTAKE__METRICS__ALLOW_FROM": '["everyone"]'})


def test_an_enabled_channel_checks_its_keys_at_load() -> None:
    with pytest.raises(SettingsError, match=r"^telegram\.mode"):
        load_settings(None, env={"INTAKE__TELEGRAM__ENABLED": "true", "INTAKE__TELEGRAM__MODE": "pigeon",
                                 "INTAKE__TELEGRAM__TOKEN": "123456:TEST"})
