"""Keep python-telegram-bot and its HTTP client from writing identities or the token to the log.

At DEBUG python-telegram-bot logs whole updates (names, usernames, user ids), and even at
CRITICAL it logs the raw data of an update it cannot parse; httpx logs request URLs, which hold
the bot token. Their records never reach the service's handlers: a handler of our own takes
them over and re-logs only the logger's name, the message template (a constant in their code,
without the values) and the class name of an exception.
"""
from __future__ import annotations

import logging

LIBRARY_LOGGERS = ("telegram", "httpx", "httpcore", "hpack")
log = logging.getLogger("channels.telegram")


class _Withheld(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)

    def emit(self, record: logging.LogRecord) -> None:
        exc = record.exc_info[1] if record.exc_info else None
        template = record.msg if isinstance(record.msg, str) else type(record.msg).__name__
        template = template[:120]  # passed as a value: never formatted with the record's values
        log.log(record.levelno, "%s: %s%s", record.name, template,
                f" ({type(exc).__name__})" if exc is not None else "")


def quiet_library_logging() -> None:
    """Idempotent; called when the channel starts."""
    for name in LIBRARY_LOGGERS:
        logger = logging.getLogger(name)
        logger.setLevel(logging.WARNING)
        logger.propagate = False
        if not any(isinstance(h, _Withheld) for h in logger.handlers):
            logger.addHandler(_Withheld())
