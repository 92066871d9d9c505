"""The yearly figures: counted from the store, small cells hidden, shown to supervisors as the
page "Cijfers" (/console/cijfers, with charts and a CSV export) and by `intake-bot stats`.

    count (compute) ─► tables (this period and a year earlier) ─► publish (small cells hidden)
        ─► page + SVG charts │ CSV │ JSON │ text table

Only `publish`'s output is ever rendered or exported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aiohttp import web

    from bot.service import Service


def setup(app: web.Application, service: Service) -> None:
    """Adds /console/cijfers (+ .csv and its stylesheet) through the console's guarded routes:
    a signed-in supervisor only. Call after the console's own setup. Imported here, not at the
    top, so that importing bot.web does not load the figures' tables and models."""
    from bot.figures import views

    views.add_routes(app, service)
