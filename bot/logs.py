"""Log lines that cannot carry an identifier: every message, every argument, the exception
text and any extra field go through the identifier stripper (`handlers.scrub.scrub`) before a
handler writes them, and lines come out as one JSON object each (or plain text).

The filter sits on the handler `configure_logging` installs on the root logger, so it sees the
records of every logger that propagates (aiohttp's access and server logs, SQLAlchemy, the
service's own). If stripping fails, the line is withheld rather than written raw.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime
from typing import IO, Any
from urllib.parse import unquote

from bot.settings import LoggingSettings
from handlers.scrub import scrub

WITHHELD = "[log line withheld: it could not be stripped of identifiers]"
_ENCODED = re.compile(r"%[0-9A-Fa-f]{2}")
_LOOPBACK = re.compile(r"\b(?:https?://)?(?:127(?:\.\d{1,3}){3}|localhost|\[::1\])(?::\d{1,5})?"
                       r"(?:/[A-Za-z0-9._/-]*)?(?![\w@.])")
_KEPT = re.compile("\ue000(\\d+)\ue001")
_SPEC = re.compile(r"%(\([^)]*\))?[#0\- +]*(\*|\d+)?(\.(\*|\d+))?[hlL]?[diouxXeEfFgGcrsa]")
# LogRecord's own attributes; anything else on a record came in through `extra=`.
_STANDARD = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}
_TRACEBACKS = logging.Formatter()


def strip(value: object) -> str:
    """The text of `value` with identifiers replaced by placeholders. Percent-encoding (a URL in
    an access log line) is decoded first, so an encoded address is seen for what it is. The
    machine's own loopback addresses ("web chat at http://127.0.0.1:8080/chat") point at no
    person and are kept."""
    text = value if isinstance(value, str) else str(value)
    if _ENCODED.search(text):
        text = unquote(text)
    kept: list[str] = []

    def keep(m: re.Match[str]) -> str:
        kept.append(m.group(0))
        return f"\ue000{len(kept) - 1}\ue001"

    text = _LOOPBACK.sub(keep, text.replace("\ue000", "").replace("\ue001", ""))
    out = scrub(text).text
    return _KEPT.sub(lambda m: kept[int(m.group(1))] if int(m.group(1)) < len(kept) else "", out)


def _arg(value: object) -> object:
    # Numbers keep their type so "%d" and "%.1f" still format; the whole line is stripped after.
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    return strip(value)


def _message(record: logging.LogRecord) -> str:
    msg = record.msg if isinstance(record.msg, str) else str(record.msg)
    args = record.args
    if not args:
        return strip(msg)
    if isinstance(args, dict):
        clean: Any = {k: _arg(v) for k, v in args.items()}
    else:
        clean = tuple(_arg(a) for a in args)
    try:
        text = msg % clean
    except (TypeError, ValueError, KeyError):
        # A "%d" given text, or a format the arguments do not fit: every field as text.
        try:
            text = _SPEC.sub(lambda m: f"%{m.group(1) or ''}s", msg) % clean
        except (TypeError, ValueError, KeyError):
            text = f"{msg} {clean!r}"
    return strip(text)


class ScrubFilter(logging.Filter):
    """Strips identifiers from a record in place; never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            record.msg, record.args = _message(record), None
            if record.exc_info:
                record.exc_text = strip(_TRACEBACKS.formatException(record.exc_info))
                record.exc_info = None
            elif record.exc_text:
                record.exc_text = strip(record.exc_text)
            if record.stack_info:
                record.stack_info = strip(record.stack_info)
            for key, value in list(vars(record).items()):
                if key not in _STANDARD and not isinstance(value, int | float | bool | type(None)):
                    setattr(record, key, strip(value))
        except Exception:  # the stripper failed: nothing of the original may pass
            record.msg, record.args, record.exc_info, record.exc_text = WITHHELD, None, None, None
            record.stack_info = None
            for key in [k for k in vars(record) if k not in _STANDARD]:
                setattr(record, key, None)
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (UTC), level, logger, message, and exception text and
    extra fields when present."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            line["exception"] = record.exc_text
        if record.stack_info:
            line["stack"] = record.stack_info
        for key, value in vars(record).items():
            if key not in _STANDARD and key not in line:
                line[key] = value if isinstance(value, int | float | bool | type(None)) else str(value)
        return json.dumps(line, ensure_ascii=False)


def configure_logging(settings: LoggingSettings, stream: IO[str] | None = None) -> logging.Handler:
    """Make the root logger write stripped lines to `stream` (stderr) at `settings.level`, as
    JSON when `settings.json`. Replaces the root logger's handlers; returns the new handler."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.addFilter(ScrubFilter())
    handler.setFormatter(
        JsonFormatter()
        if settings.json
        else logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s")
    )
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(settings.level)
    logging.captureWarnings(True)
    return handler
