"""The yearly figures: counted from the store, small cells hidden, shown to supervisors as the
page "Cijfers" (/console/cijfers, with charts and a CSV export) and by `intake-bot stats`.

    count (compute) ─► tables (this period and a year earlier) ─► publish (small cells hidden)
        ─► page + SVG charts │ CSV │ JSON │ text table

Only `publish`'s output is ever rendered or exported.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from bot.figures.compute import IsOpen, count
from bot.figures.period import Period
from bot.figures.publish import Shown, publish
from bot.figures.tables import Figures, build

if TYPE_CHECKING:
    from aiohttp import web

    from bot.service import Service
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


def setup(app: web.Application, service: Service) -> None:
    """Adds /console/cijfers (+ .csv and its stylesheet) through the console's guarded routes:
    a signed-in supervisor only. Call after the console's own setup."""
    from bot.figures import views

    views.add_routes(app, service)
