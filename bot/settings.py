"""Configuration: config/default.toml, the user's TOML file, INTAKE__* environment and CLI options.

Layers are deep-merged in that order, then checked once into frozen dataclasses. The default
file is also the schema: a key it does not list is refused, so a typo cannot silently fall back
to a default. Every error names the key it is about (`server.port: must be 1..65535`).
"""
from __future__ import annotations

import copy
import ipaddress
import itertools
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import config

ENV_PREFIX = "INTAKE__"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Tables whose keys are data (dates) or that are absent from the defaults (arrays of tables).
_FREE_FORM = {("hours", "holiday_overrides"), ("hours", "closures")}
# Bare CLI override names and the section they belong to.
_CLI_KEYS = {"host": "server", "port": "server", "data_dir": "server", "database_url": "server",
             "public_url": "server"}
_DRIVERS = {"sqlite": "sqlite+aiosqlite", "sqlite+aiosqlite": "sqlite+aiosqlite",
            "postgresql": "postgresql+asyncpg", "postgres": "postgresql+asyncpg",
            "postgresql+asyncpg": "postgresql+asyncpg"}
_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


class SettingsError(ValueError):
    """A configuration problem; the message starts with the key it is about."""


# -- the dataclass tree ----------------------------------------------------------------------
@dataclass(frozen=True)
class Shift:
    """One opening period starting on a day, local wall time. `end <= start` runs past midnight."""

    start: time
    end: time

    @property
    def minutes(self) -> int:
        length = (_minute_of(self.end) - _minute_of(self.start)) % (24 * 60)
        return length or 24 * 60

    @property
    def overnight(self) -> bool:
        return _minute_of(self.end) <= _minute_of(self.start)

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


@dataclass(frozen=True)
class Closure:
    """A one-off closure, [start, end), aware datetimes in the schedule's time zone."""

    start: datetime
    end: datetime
    note: str = ""


@dataclass(frozen=True)
class ServerSettings:
    host: str
    port: int
    data_dir: Path          # absolute
    database_url: str       # resolved: never empty
    public_url: str         # resolved: never empty, no trailing slash


@dataclass(frozen=True)
class ServiceSettings:
    name: str
    anonymous: bool
    free: bool
    public_url: str         # resolved: server.public_url when left empty
    self_help_url: str
    waag_url: str
    emergency: str
    suicide_line: str
    suicide_line_free: str


@dataclass(frozen=True)
class HoursSettings:
    timezone: str
    monday: tuple[Shift, ...]
    tuesday: tuple[Shift, ...]
    wednesday: tuple[Shift, ...]
    thursday: tuple[Shift, ...]
    friday: tuple[Shift, ...]
    saturday: tuple[Shift, ...]
    sunday: tuple[Shift, ...]
    holidays: str                                        # country code for `holidays`, "" = none
    # date -> shifts that day ( () = closed ), or None = that weekday's usual shifts ("open")
    holiday_overrides: Mapping[date, tuple[Shift, ...] | None] = field(default_factory=dict)
    closures: tuple[Closure, ...] = ()

    @property
    def week(self) -> tuple[tuple[Shift, ...], ...]:
        """Shifts per weekday, Monday first (index = `date.weekday()`)."""
        return tuple(getattr(self, d) for d in WEEKDAYS)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class RetentionSettings:
    message_text_days: int
    vault_grace_hours: int
    callback_number_after_slot_hours: int
    closed_conversation_days: int


@dataclass(frozen=True)
class WebchatSettings:
    allowed_frame_origins: tuple[str, ...]
    max_message_chars: int
    messages_per_minute: int
    exit_url: str


@dataclass(frozen=True)
class CallbackSettings:
    slot_minutes: int
    days_ahead: int


@dataclass(frozen=True)
class QueueSettings:
    claim_lease_seconds: int


@dataclass(frozen=True)
class OutboxSettings:
    max_attempts: int
    base_backoff_seconds: float
    max_backoff_seconds: float


@dataclass(frozen=True)
class AnalysisSettings:
    processes: int          # resolved: "auto" is a number here; 0 = analyse in the service process
    timeout_seconds: float


@dataclass(frozen=True)
class LoggingSettings:
    level: str              # upper case, one of DEBUG..CRITICAL
    json: bool


@dataclass(frozen=True)
class Settings:
    server: ServerSettings
    service: ServiceSettings
    hours: HoursSettings
    retention: RetentionSettings
    webchat: WebchatSettings
    callbacks: CallbackSettings
    queue: QueueSettings
    outbox: OutboxSettings
    logging: LoggingSettings
    analysis: AnalysisSettings
    # The merged plain dict (resolved server/service values filled in), for facts other modules
    # read directly, and for sections without a dataclass yet ([email], [telegram]).
    raw: Mapping[str, Any]
    config_file: Path | None = None


# -- loading ---------------------------------------------------------------------------------
def load_settings(
    path: str | Path | None = None,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Settings:
    """Defaults, then the file at `path`, then INTAKE__* variables of `env` (default: the process
    environment), then `overrides` (host/port/data_dir or "section.key"); checked and resolved."""
    defaults = _read_toml(config.path("default.toml"))
    merged = copy.deepcopy(defaults)
    config_file = None
    if path is not None:
        config_file = Path(path)
        _deep_merge(merged, _read_toml(config_file))
    _deep_merge(merged, _from_env(os.environ if env is None else env, defaults))
    _deep_merge(merged, _from_overrides(overrides or {}))
    _check_known(merged, defaults)
    return _build(merged, config_file)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise SettingsError(f"configuration file not found: {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path}: not valid TOML: {exc}") from None
    except OSError as exc:
        raise SettingsError(f"{path}: cannot be read: {exc.strerror}") from None


def _deep_merge(into: dict[str, Any], other: Mapping[str, Any]) -> None:
    for key, value in other.items():
        if isinstance(value, Mapping) and isinstance(into.get(key), dict):
            _deep_merge(into[key], value)
        else:
            into[key] = copy.deepcopy(value)


def _from_env(env: Mapping[str, str], defaults: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in env.items():
        if not name.startswith(ENV_PREFIX):
            continue
        parts = [p.lower() for p in name[len(ENV_PREFIX):].split("__")]
        if len(parts) < 2 or not all(parts):
            raise SettingsError(f"{name}: expected INTAKE__SECTION__KEY")
        default: Any = defaults
        for p in parts:
            default = default.get(p) if isinstance(default, Mapping) else None
        _set_path(out, parts, _env_value(value, text_expected=isinstance(default, str)))
    return out


def _env_value(value: str, *, text_expected: bool) -> Any:
    """A TOML literal when the value is one, else the text; a text key keeps the text as written
    (so INTAKE__SERVICE__SUICIDE_LINE=113 stays "113")."""
    try:
        parsed = tomllib.loads(f"v = {value}")["v"]
    except tomllib.TOMLDecodeError:
        return value
    if text_expected and not isinstance(parsed, str):
        return value
    return parsed


def _from_overrides(overrides: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in overrides.items():
        if value is None:
            continue
        if "." in key:
            parts = key.split(".")
        elif key in _CLI_KEYS:
            parts = [_CLI_KEYS[key], key]
        else:
            raise SettingsError(f"unknown override {key}")
        _set_path(out, parts, str(value) if isinstance(value, Path) else value)
    return out


def _set_path(d: dict[str, Any], parts: list[str], value: Any) -> None:
    for p in parts[:-1]:
        d = d.setdefault(p, {})
    d[parts[-1]] = value


def _check_known(merged: Mapping[str, Any], defaults: Mapping[str, Any]) -> None:
    for section, table in merged.items():
        if section not in defaults:
            raise SettingsError(f"unknown key {section}")
        if not isinstance(table, Mapping):
            raise SettingsError(f"{section}: must be a table ([{section}])")
        for key in table:
            if key not in defaults[section] and (section, key) not in _FREE_FORM:
                raise SettingsError(f"unknown key {section}.{key}")


# -- checking --------------------------------------------------------------------------------
class _Section:
    """Typed reads from one table, with errors that name `section.key`."""

    def __init__(self, raw: Mapping[str, Any], name: str) -> None:
        self.table: Mapping[str, Any] = raw.get(name, {})
        self.name = name

    def key(self, key: str) -> str:
        return f"{self.name}.{key}"

    def get(self, key: str) -> Any:
        if key not in self.table:
            raise SettingsError(f"{self.key(key)}: missing")
        return self.table[key]

    def text(self, key: str, *, empty_ok: bool = True) -> str:
        v = self.get(key)
        if not isinstance(v, str):
            raise SettingsError(f"{self.key(key)}: must be text (in quotes), got {v!r}")
        if not empty_ok and not v.strip():
            raise SettingsError(f"{self.key(key)}: must not be empty")
        return v.strip()

    def flag(self, key: str) -> bool:
        v = self.get(key)
        if not isinstance(v, bool):
            raise SettingsError(f"{self.key(key)}: must be true or false, got {v!r}")
        return v

    def integer(self, key: str, lo: int, hi: int | None = None) -> int:
        v = self.get(key)
        if isinstance(v, bool) or not isinstance(v, int):
            raise SettingsError(f"{self.key(key)}: must be a whole number, got {v!r}")
        if v < lo or (hi is not None and v > hi):
            raise SettingsError(f"{self.key(key)}: must be {lo}..{hi if hi is not None else ''}, got {v}")
        return v

    def number(self, key: str, lo_exclusive: float) -> float:
        v = self.get(key)
        if isinstance(v, bool) or not isinstance(v, int | float):
            raise SettingsError(f"{self.key(key)}: must be a number, got {v!r}")
        if not v > lo_exclusive:
            raise SettingsError(f"{self.key(key)}: must be more than {lo_exclusive:g}, got {v}")
        return float(v)

    def url(self, key: str, *, empty_ok: bool = False) -> str:
        v = self.text(key)
        if not v and empty_ok:
            return v
        if not re.fullmatch(r"https?://[^\s/]+(/\S*)?", v):
            raise SettingsError(f"{self.key(key)}: {v!r} is not an http(s) URL")
        return v


def _build(raw: dict[str, Any], config_file: Path | None) -> Settings:
    server = _server(_Section(raw, "server"))
    raw["server"].update(data_dir=str(server.data_dir), database_url=server.database_url,
                         public_url=server.public_url)
    service = _service(_Section(raw, "service"), server)
    raw["service"]["public_url"] = service.public_url
    _email_telegram(raw)
    _figures_metrics(raw)
    return Settings(
        server=server,
        service=service,
        hours=_hours(_Section(raw, "hours")),
        retention=_retention(_Section(raw, "retention")),
        webchat=_webchat(_Section(raw, "webchat")),
        callbacks=_callbacks(_Section(raw, "callbacks")),
        queue=QueueSettings(
            claim_lease_seconds=_Section(raw, "queue").integer("claim_lease_seconds", 10, 86400)),
        outbox=_outbox(_Section(raw, "outbox")),
        logging=_logging(_Section(raw, "logging")),
        analysis=_analysis(_Section(raw, "analysis")),
        raw=raw,
        config_file=config_file,
    )


def _server(s: _Section) -> ServerSettings:
    host = s.text("host", empty_ok=False)
    port = s.integer("port", 1, 65535)
    data_dir = Path(os.path.abspath(Path(s.text("data_dir", empty_ok=False)).expanduser()))
    url = s.text("database_url")
    if not url:
        url = f"sqlite+aiosqlite:///{data_dir / 'intake.db'}"
    else:
        scheme, sep, rest = url.partition("://")
        if not sep or scheme not in _DRIVERS:
            raise SettingsError(f"server.database_url: use sqlite+aiosqlite:///FILE or "
                                f"postgresql+asyncpg://USER@HOST/DB (got scheme {scheme or url!r})")
        url = f"{_DRIVERS[scheme]}://{rest}"
    public_url = s.url("public_url", empty_ok=True).rstrip("/")
    if not public_url:
        shown = f"[{host}]" if ":" in host else host
        public_url = f"http://{shown}:{port}"
    return ServerSettings(host=host, port=port, data_dir=data_dir, database_url=url, public_url=public_url)


def _service(s: _Section, server: ServerSettings) -> ServiceSettings:
    return ServiceSettings(
        name=s.text("name", empty_ok=False),
        anonymous=s.flag("anonymous"),
        free=s.flag("free"),
        public_url=s.url("public_url", empty_ok=True).rstrip("/") or server.public_url,
        self_help_url=s.url("self_help_url"),
        waag_url=s.url("waag_url"),
        emergency=s.text("emergency", empty_ok=False),
        suicide_line=s.text("suicide_line", empty_ok=False),
        suicide_line_free=s.text("suicide_line_free", empty_ok=False),
    )


_SHIFT = re.compile(r"\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s*")


def parse_shift(value: Any, key: str) -> Shift:
    """One "HH:MM-HH:MM" shift; `key` names it in the error."""
    m = _SHIFT.fullmatch(value) if isinstance(value, str) else None
    if m is None:
        shown = f'"{value}"' if isinstance(value, str) else repr(value)
        raise SettingsError(f"{key}: {shown} is not HH:MM-HH:MM")
    h1, m1, h2, m2 = (int(g) for g in m.groups())
    if h1 > 23 or m1 > 59 or h2 > 24 or m2 > 59 or (h2 == 24 and m2):
        raise SettingsError(f'{key}: "{value}" is not a time of day (00:00..24:00)')
    return Shift(time(h1, m1), time(h2 % 24, m2))


def _shifts(value: Any, key: str) -> tuple[Shift, ...]:
    if not isinstance(value, list):
        raise SettingsError(f'{key}: must be a list of shifts like ["09:00-17:00"], got {value!r}')
    shifts = tuple(parse_shift(v, f"{key}[{i}]") for i, v in enumerate(value))
    _check_no_overlap(shifts, key)
    return shifts


def _check_no_overlap(shifts: tuple[Shift, ...], key: str) -> None:
    spans = sorted((_minute_of(s.start), _minute_of(s.start) + s.minutes, str(s)) for s in shifts)
    for (_, end_a, a), (start_b, _, b) in itertools.pairwise(spans):
        if start_b < end_a:
            raise SettingsError(f"{key}: shifts {a} and {b} overlap")


def _minute_of(t: time) -> int:
    return t.hour * 60 + t.minute


def _hours(s: _Section) -> HoursSettings:
    tz_name = s.text("timezone", empty_ok=False)
    try:
        tz = ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        raise SettingsError(f"hours.timezone: unknown time zone {tz_name!r}") from None
    week = {d: _shifts(s.get(d), s.key(d)) for d in WEEKDAYS}
    country = s.text("holidays")
    if country:
        import holidays

        if country.upper() not in holidays.list_supported_countries():
            raise SettingsError(f"hours.holidays: unknown country {country!r} "
                                f"(e.g. \"NL\", or \"\" for none)")
        country = country.upper()
    return HoursSettings(
        timezone=tz_name,
        **week,
        holidays=country,
        holiday_overrides=_overrides(s.table.get("holiday_overrides", {})),
        closures=_closures(s.table.get("closures", []), tz),
    )


def _overrides(table: Any) -> dict[date, tuple[Shift, ...] | None]:
    if not isinstance(table, Mapping):
        raise SettingsError("hours.holiday_overrides: must be a table of \"YYYY-MM-DD\" = ...")
    out: dict[date, tuple[Shift, ...] | None] = {}
    for k, v in table.items():
        key = f'hours.holiday_overrides."{k}"'
        try:
            day = k if isinstance(k, date) else date.fromisoformat(str(k))
        except ValueError:
            raise SettingsError(f"{key}: not a date YYYY-MM-DD") from None
        if v == "closed":
            out[day] = ()
        elif v == "open":
            out[day] = None
        elif isinstance(v, list):
            out[day] = _shifts(v, key)
        else:
            raise SettingsError(f'{key}: must be "closed", "open" or a list of shifts, got {v!r}')
    return out


def _closures(items: Any, tz: ZoneInfo) -> tuple[Closure, ...]:
    if not isinstance(items, list):
        raise SettingsError("hours.closures: must be [[hours.closures]] tables with start and end")
    out = []
    for i, item in enumerate(items):
        key = f"hours.closures[{i}]"
        if not isinstance(item, Mapping):
            raise SettingsError(f"{key}: must be a table with start and end")
        unknown = set(item) - {"start", "end", "note"}
        if unknown:
            raise SettingsError(f"unknown key {key}.{sorted(unknown)[0]}")
        start = _local_datetime(item.get("start"), f"{key}.start", tz)
        end = _local_datetime(item.get("end"), f"{key}.end", tz)
        if end <= start:
            raise SettingsError(f"{key}.end: must be after start")
        note = item.get("note", "")
        if not isinstance(note, str):
            raise SettingsError(f"{key}.note: must be text")
        out.append(Closure(start, end, note))
    return tuple(out)


def _local_datetime(v: Any, key: str, tz: ZoneInfo) -> datetime:
    if v is None:
        raise SettingsError(f"{key}: missing")
    if isinstance(v, str):
        try:
            v = datetime.fromisoformat(v.strip())
        except ValueError:
            raise SettingsError(f'{key}: "{v}" is not a date-time YYYY-MM-DDTHH:MM') from None
    elif isinstance(v, date) and not isinstance(v, datetime):
        v = datetime.combine(v, time())
    if not isinstance(v, datetime):
        raise SettingsError(f"{key}: must be a date-time YYYY-MM-DDTHH:MM, got {v!r}")
    return v.replace(tzinfo=tz) if v.tzinfo is None else v.astimezone(tz)


def _retention(s: _Section) -> RetentionSettings:
    return RetentionSettings(
        message_text_days=s.integer("message_text_days", 0, 3650),
        vault_grace_hours=s.integer("vault_grace_hours", 0, 24 * 365),
        callback_number_after_slot_hours=s.integer("callback_number_after_slot_hours", 0, 24 * 30),
        closed_conversation_days=s.integer("closed_conversation_days", 0, 3650 * 3),
    )


_ORIGIN = re.compile(r"https?://[A-Za-z0-9.\-]+(:\d{1,5})?|https?://\*\.[A-Za-z0-9.\-]+")


def _webchat(s: _Section) -> WebchatSettings:
    origins = s.get("allowed_frame_origins")
    if not isinstance(origins, list):
        raise SettingsError(f"webchat.allowed_frame_origins: must be a list, got {origins!r}")
    checked = []
    for i, o in enumerate(origins):
        value = o.rstrip("/") if isinstance(o, str) else o
        if not isinstance(value, str) or not _ORIGIN.fullmatch(value):
            raise SettingsError(f"webchat.allowed_frame_origins[{i}]: {o!r} is not an origin "
                                f"like \"https://example.nl\"")
        checked.append(value)
    return WebchatSettings(
        allowed_frame_origins=tuple(checked),
        max_message_chars=s.integer("max_message_chars", 1, 100_000),
        messages_per_minute=s.integer("messages_per_minute", 1, 10_000),
        exit_url=s.url("exit_url"),
    )


def _callbacks(s: _Section) -> CallbackSettings:
    slot = s.integer("slot_minutes", 5, 60)
    if 60 % slot:
        raise SettingsError(f"callbacks.slot_minutes: must divide an hour "
                            f"(5, 10, 12, 15, 20, 30, 60), got {slot}")
    return CallbackSettings(slot_minutes=slot, days_ahead=s.integer("days_ahead", 1, 60))


def _analysis(s: _Section) -> AnalysisSettings:
    v = s.get("processes")
    if isinstance(v, str) and v.strip().isdigit():
        v = int(v)  # from an environment variable
    if v == "auto":
        from bot.analysis_pool import auto_processes

        processes = auto_processes()
    elif isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 16:
        processes = v
    else:
        raise SettingsError(f"analysis.processes: must be \"auto\" or a whole number 0..16, got {v!r}")
    return AnalysisSettings(processes=processes, timeout_seconds=s.number("timeout_seconds", 0))


def _outbox(s: _Section) -> OutboxSettings:
    base = s.number("base_backoff_seconds", 0)
    most = s.number("max_backoff_seconds", 0)
    if most < base:
        raise SettingsError("outbox.max_backoff_seconds: must be at least base_backoff_seconds")
    return OutboxSettings(max_attempts=s.integer("max_attempts", 1, 100),
                          base_backoff_seconds=base, max_backoff_seconds=most)


def _logging(s: _Section) -> LoggingSettings:
    level = s.text("level").upper()
    if level not in _LOG_LEVELS:
        raise SettingsError(f"logging.level: must be one of {', '.join(_LOG_LEVELS)}, got {level!r}")
    return LoggingSettings(level=level, json=s.flag("json"))


def _email_telegram(raw: Mapping[str, Any]) -> None:
    """The channels check their own sections, at load time, so a bad key stops start-up."""
    from channels.email.config import load_email_settings
    from channels.telegram.config import load as load_telegram

    for name in ("email", "telegram"):
        _Section(raw, name).flag("enabled")
    load_email_settings(raw)
    if raw["telegram"].get("enabled"):
        load_telegram(raw["telegram"], raw["service"]["public_url"])


def _figures_metrics(raw: Mapping[str, Any]) -> None:
    threshold = raw["figures"]["small_cell_threshold"]
    if not isinstance(threshold, int) or isinstance(threshold, bool) or threshold < 2:
        raise SettingsError(f"figures.small_cell_threshold: must be a whole number of at least 2, "
                            f"got {threshold!r}")
    networks = raw["metrics"]["allow_from"]
    if not isinstance(networks, list):
        raise SettingsError("metrics.allow_from: must be a list of networks like \"10.0.0.0/8\"")
    for i, net in enumerate(networks):
        try:
            ipaddress.ip_network(str(net), strict=False)
        except ValueError:
            raise SettingsError(f"metrics.allow_from[{i}]: {net!r} is not a network") from None
