"""The figures for a period, end to end: counted from the store, compared with a year earlier,
published with small cells hidden. The page, the CSV and `intake-bot stats` all come through
`shown_for`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from bot.figures.compute import IsOpen, count
from bot.figures.period import Period
from bot.figures.publish import Shown, publish
from bot.figures.tables import Figures, build

if TYPE_CHECKING:
    from bot.store.db import Store

DEFAULT_THRESHOLD = 5


def threshold_of(raw: Mapping[str, Any]) -> int:
    """`[figures] small_cell_threshold` (default 5); never below 2, or a single person shows."""
    value = raw.get("figures", {}).get("small_cell_threshold", DEFAULT_THRESHOLD)
    if isinstance(value, bool) or not isinstance(value, int) or value < 2:
        raise ValueError("figures.small_cell_threshold: must be a whole number of at least 2")
    return value


async def figures_for(store: Store, period: Period, is_open: IsOpen) -> Figures:
    previous = period.year_earlier()
    async with store.sessionmaker() as s:
        now = await count(s, period, is_open)
        before = await count(s, previous, is_open)
    return build(period, previous, now, before)


async def shown_for(store: Store, period: Period, is_open: IsOpen, threshold: int) -> Shown:
    return publish(await figures_for(store, period, is_open), threshold)
