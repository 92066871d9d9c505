"""python-telegram-bot's ExtBot, with one change: a batch of updates is parsed one by one.

The stock `get_updates` parses the whole batch at once; one malformed update then fails the
batch, the offset never moves and polling repeats the same batch for ever (after logging its
raw data at CRITICAL). Here an update that cannot be parsed becomes an empty `Update` with its
id, which the channel counts and ignores, so the offset moves past it.
"""
from __future__ import annotations

import datetime as dtm
from collections.abc import Callable, Sequence
from typing import Any

from telegram import Update
from telegram.ext import ExtBot
from telegram.request import HTTPXRequest


class SafeBot(ExtBot[None]):
    def __init__(self, token: str, *, base_url: str, base_file_url: str, request_timeout: float,
                 pool_size: int, on_unreadable: Callable[[], None]) -> None:
        super().__init__(
            token,
            base_url=base_url,
            base_file_url=base_file_url,
            request=HTTPXRequest(connection_pool_size=pool_size, read_timeout=request_timeout,
                                 write_timeout=request_timeout, connect_timeout=request_timeout,
                                 pool_timeout=request_timeout),
            get_updates_request=HTTPXRequest(connection_pool_size=1, read_timeout=request_timeout,
                                             connect_timeout=request_timeout),
        )
        self._request_timeout = request_timeout
        self._on_unreadable = on_unreadable

    async def get_updates(  # type: ignore[override]
        self,
        offset: int | None = None,
        limit: int | None = None,
        timeout: dtm.timedelta | float | None = None,  # noqa: ASYNC109 (the Updater's keyword)
        allowed_updates: Sequence[str] | None = None,
        **_ignored: Any,
    ) -> tuple[Update, ...]:
        seconds = timeout.total_seconds() if isinstance(timeout, dtm.timedelta) else float(timeout or 0)
        result = await self._post(
            "getUpdates",
            {"timeout": int(seconds), "offset": offset, "limit": limit,
             "allowed_updates": allowed_updates},
            read_timeout=self._request_timeout + seconds,
        )
        updates = [self.parse_update(raw) for raw in (result if isinstance(result, list) else [])]
        return tuple(u for u in updates if u is not None)

    def parse_update(self, raw: object) -> Update | None:
        """An Update; an empty one (just the id) when unreadable; None without a usable id."""
        try:
            if not isinstance(raw, dict):
                raise TypeError("not an object")
            update = Update.de_json(raw, self)
            if update is None:
                raise TypeError("empty")
            return update
        except Exception:  # anything malformed: never logged, never retried
            uid = raw.get("update_id") if isinstance(raw, dict) else None
            if isinstance(uid, int) and not isinstance(uid, bool):
                return Update(uid)
            self._on_unreadable()
            return None
