"""The [email] section, checked: bot/settings.py keeps it as a raw table, so the channel reads and
validates its own keys here, with errors that name the key (`email.imap_port: ...`)."""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.settings import SettingsError

SECURITY = ("tls", "starttls", "none")
_ADDRESS = re.compile(r"[^@\s<>\"]+@[A-Za-z0-9.-]+\.[A-Za-z0-9-]+")
_DOMAIN = re.compile(r"[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")
_KEYWORD = re.compile(r"\$?[A-Za-z0-9_-]{1,60}")


@dataclass(frozen=True)
class EmailSettings:
    enabled: bool
    imap_host: str
    imap_port: int
    imap_security: str
    imap_user: str
    imap_password: str
    inbox_folder: str
    processed_folder: str        # "" = leave processed mail in the inbox (marked)
    poll_seconds: float
    idle: bool
    reconnect_max_seconds: float
    smtp_host: str
    smtp_port: int
    smtp_security: str
    smtp_user: str
    smtp_password: str
    smtp_timeout_seconds: float
    from_address: str
    from_name: str
    message_id_domain: str
    tls_ca_file: str             # extra CA to trust (a private mail server); "" = system CAs only
    delete_after_purge: bool
    max_message_bytes: int
    max_text_chars: int
    problem_keyword: str
    messages_per_hour: int       # per sender; over it mail is stored but not answered; 0 = off

    @property
    def done_keyword(self) -> str:
        return "$IntakeDone"


class _Table:
    def __init__(self, table: Mapping[str, Any]) -> None:
        self.table = table

    def get(self, key: str) -> Any:
        if key not in self.table:
            raise SettingsError(f"email.{key}: missing")
        return self.table[key]

    def text(self, key: str) -> str:
        v = self.get(key)
        if not isinstance(v, str):
            raise SettingsError(f"email.{key}: must be text (in quotes), got {type(v).__name__}")
        return v.strip()

    def flag(self, key: str) -> bool:
        v = self.get(key)
        if not isinstance(v, bool):
            raise SettingsError(f"email.{key}: must be true or false, got {v!r}")
        return v

    def integer(self, key: str, lo: int, hi: int) -> int:
        v = self.get(key)
        if isinstance(v, bool) or not isinstance(v, int) or not lo <= v <= hi:
            raise SettingsError(f"email.{key}: must be a whole number {lo}..{hi}, got {v!r}")
        return v

    def number(self, key: str, lo: float, hi: float) -> float:
        v = self.get(key)
        if isinstance(v, bool) or not isinstance(v, int | float) or not lo <= v <= hi:
            raise SettingsError(f"email.{key}: must be a number {lo:g}..{hi:g}, got {v!r}")
        return float(v)

    def choice(self, key: str, options: tuple[str, ...]) -> str:
        v = self.text(key).lower()
        if v not in options:
            raise SettingsError(f"email.{key}: must be one of {', '.join(options)}, got {v!r}")
        return v

    def secret(self, key: str) -> str:
        """`key` itself, or the first line of the file named by `key_file` (never both)."""
        value, file = self.text(key), self.text(f"{key}_file")
        if value and file:
            raise SettingsError(f"email.{key}: set either {key} or {key}_file, not both")
        if not file:
            return value
        try:
            return Path(file).read_text(encoding="utf-8").splitlines()[0].strip()
        except (OSError, IndexError, UnicodeDecodeError):
            raise SettingsError(f"email.{key}_file: cannot be read or is empty") from None


def load_email_settings(raw: Mapping[str, Any]) -> EmailSettings:
    """The checked [email] table of the merged configuration."""
    t = _Table(raw.get("email", {}))
    enabled = t.flag("enabled")
    from_address = t.text("from_address")
    if enabled and not _ADDRESS.fullmatch(from_address):
        raise SettingsError(f"email.from_address: must be an e-mail address, got {from_address!r}")
    domain = t.text("message_id_domain") or from_address.rpartition("@")[2]
    if enabled and not _DOMAIN.fullmatch(domain):
        raise SettingsError(f"email.message_id_domain: must be a domain name, got {domain!r}")
    problem_keyword = t.text("problem_keyword")
    if not _KEYWORD.fullmatch(problem_keyword):
        raise SettingsError("email.problem_keyword: letters, digits, _ or - (optionally after $)")
    cfg = EmailSettings(
        enabled=enabled,
        imap_host=t.text("imap_host"),
        imap_port=t.integer("imap_port", 1, 65535),
        imap_security=t.choice("imap_security", SECURITY),
        imap_user=t.text("imap_user"),
        imap_password=t.secret("imap_password"),
        inbox_folder=t.text("inbox_folder") or "INBOX",
        processed_folder=t.text("processed_folder"),
        poll_seconds=t.number("poll_seconds", 0.05, 3600),
        idle=t.flag("idle"),
        reconnect_max_seconds=t.number("reconnect_max_seconds", 0.1, 3600),
        smtp_host=t.text("smtp_host"),
        smtp_port=t.integer("smtp_port", 1, 65535),
        smtp_security=t.choice("smtp_security", SECURITY),
        smtp_user=t.text("smtp_user"),
        smtp_password=t.secret("smtp_password"),
        smtp_timeout_seconds=t.number("smtp_timeout_seconds", 0.1, 600),
        from_address=from_address,
        from_name=t.text("from_name"),
        message_id_domain=domain.lower(),
        tls_ca_file=t.text("tls_ca_file"),
        delete_after_purge=t.flag("delete_after_purge"),
        max_message_bytes=t.integer("max_message_bytes", 1024, 200 * 1024 * 1024),
        max_text_chars=t.integer("max_text_chars", 100, 1_000_000),
        problem_keyword=problem_keyword,
        messages_per_hour=t.integer("messages_per_hour", 0, 1000),
    )
    if enabled:
        for key in ("imap_host", "imap_user", "smtp_host"):
            if not getattr(cfg, key):
                raise SettingsError(f"email.{key}: must be set when email.enabled = true")
        if cfg.processed_folder == cfg.inbox_folder:
            raise SettingsError("email.processed_folder: must differ from email.inbox_folder")
        if cfg.tls_ca_file and not Path(cfg.tls_ca_file).is_file():
            raise SettingsError(f"email.tls_ca_file: no such file: {cfg.tls_ca_file}")
    return cfg
