"""The [telegram] section, checked: bot/settings.py keeps it as a raw table, so the keys are
validated here, with errors that name the key (`telegram.mode: ...`)."""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.settings import SettingsError

MODES = ("polling", "webhook")
# What the Bot API accepts as a webhook secret token.
_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")
_TOKEN = re.compile(r"\d+:[A-Za-z0-9_-]+")
_URL = re.compile(r"https?://[^\s/]+(/\S*)?")


@dataclass(frozen=True)
class TelegramSettings:
    token: str = ""
    mode: str = "polling"
    poll_timeout: int = 30
    webhook_path: str = "/telegram/webhook"
    webhook_url: str = ""        # resolved: never empty
    webhook_secret: str = ""     # empty = generate one at start
    base_url: str = "https://api.telegram.org/bot"
    base_file_url: str = "https://api.telegram.org/file/bot"
    request_timeout: float = 10.0
    concurrent_updates: int = 16
    messages_per_minute: int = 20   # per chat; over it messages are stored but not answered; 0 = off

    def __repr__(self) -> str:  # the token and the secret never end up in a log line
        return f"TelegramSettings(mode={self.mode!r}, base_url={self.base_url!r})"


def _text(raw: Mapping[str, Any], key: str) -> str:
    v = raw.get(key, "")
    if not isinstance(v, str):
        raise SettingsError(f"telegram.{key}: must be text (in quotes), got {type(v).__name__}")
    return v.strip()


def _integer(raw: Mapping[str, Any], key: str, lo: int, hi: int, default: int) -> int:
    v = raw.get(key, default)
    if isinstance(v, bool) or not isinstance(v, int):
        raise SettingsError(f"telegram.{key}: must be a whole number, got {v!r}")
    if not lo <= v <= hi:
        raise SettingsError(f"telegram.{key}: must be {lo}..{hi}, got {v}")
    return v


def _url(raw: Mapping[str, Any], key: str) -> str:
    v = _text(raw, key).rstrip("/")
    if v and not _URL.fullmatch(v):
        raise SettingsError(f"telegram.{key}: {v!r} is not an http(s) URL")
    return v


def _token(raw: Mapping[str, Any]) -> str:
    token, token_file = _text(raw, "token"), _text(raw, "token_file")
    if token and token_file:
        raise SettingsError("telegram.token: set either token or token_file, not both")
    if token_file:
        try:
            token = Path(token_file).expanduser().read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise SettingsError(f"telegram.token_file: cannot be read: {exc.strerror}") from None
        key = "telegram.token_file"
    else:
        key = "telegram.token"
    if not token:
        raise SettingsError(f"{key}: the bot token is needed when telegram.enabled is true")
    if not _TOKEN.fullmatch(token):
        # Never echo the value: it is a secret.
        raise SettingsError(f"{key}: does not look like a bot token (digits:letters)")
    return token


def load(raw: Mapping[str, Any], public_url: str) -> TelegramSettings:
    """The checked section; `public_url` is the service's own (server.public_url)."""
    mode = _text(raw, "mode") or "polling"
    if mode not in MODES:
        raise SettingsError(f"telegram.mode: must be one of {', '.join(MODES)}, got {mode!r}")
    path = _text(raw, "webhook_path") or "/telegram/webhook"
    if not path.startswith("/") or any(c.isspace() for c in path):
        raise SettingsError(f"telegram.webhook_path: must start with / and have no spaces, got {path!r}")
    secret = _text(raw, "webhook_secret")
    if secret and not _SECRET.fullmatch(secret):
        raise SettingsError("telegram.webhook_secret: 1..256 characters of A-Z, a-z, 0-9, _ and -")
    base_url = _url(raw, "base_url") or "https://api.telegram.org/bot"
    base_file_url = _url(raw, "base_file_url") or "https://api.telegram.org/file/bot"
    timeout = raw.get("request_timeout", 10)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 0 < timeout <= 300:
        raise SettingsError(f"telegram.request_timeout: must be a number of seconds, 0..300, got {timeout!r}")
    return TelegramSettings(
        token=_token(raw),
        mode=mode,
        poll_timeout=_integer(raw, "poll_timeout", 0, 50, 30),
        webhook_path=path,
        webhook_url=_url(raw, "webhook_url") or public_url.rstrip("/") + path,
        webhook_secret=secret,
        base_url=base_url,
        base_file_url=base_file_url,
        request_timeout=float(timeout),
        concurrent_updates=_integer(raw, "concurrent_updates", 1, 256, 16),
        messages_per_minute=_integer(raw, "messages_per_minute", 0, 1000, 20),
    )
