"""The supervisor page "Cijfers": a period picker, headline figures with the change against a
year earlier, an SVG chart and a table per figure, a CSV download, a print stylesheet.

Routes go through the console's guard (`Routes.add(..., "supervisor")`): anonymous visitors
are sent to the sign-in page, counsellors are refused, exactly as on the other supervisor pages.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from aiohttp import web

from bot.console.guard import ROUTES_KEY, Ctx
from bot.console.html import LOCAL, Safe, join, options, page, tag, void
from bot.console.views_auth import nav
from bot.figures.export import to_csv
from bot.figures.period import MONTHS, Period, PeriodError, parse
from bot.figures.publish import Shown, ShownRow, ShownTable
from bot.figures.report import shown_for, threshold_of
from bot.figures.svg import chart

if TYPE_CHECKING:
    from bot.service import Service

CSS = Path(__file__).with_name("static") / "figures.css"
HEADLINE = ("conversations", "messages_in", "persons", "registrations", "out_of_hours", "faq_answers")
FIELDS = ("kind", "year", "quarter", "month", "from", "to")


def add_routes(app: web.Application, service: Service) -> None:
    routes = app[ROUTES_KEY]
    threshold = threshold_of(service.settings.raw)

    async def _shown(request: web.Request, ctx: Ctx) -> tuple[Period, Shown]:
        today = ctx.console.now().astimezone(LOCAL).date()
        period = parse({k: request.query.get(k, "")[:12] for k in FIELDS}, today)
        return period, await shown_for(service.store, period, service.hours.is_open, threshold)

    async def figures_page(request: web.Request, ctx: Ctx) -> web.StreamResponse:
        today = ctx.console.now().astimezone(LOCAL).date()
        try:
            period, shown = await _shown(request, ctx)
        except PeriodError as exc:
            body = join([tag("p", str(exc), class_="error", role="alert"), _picker(parse({}, today), today)])
            return page("Cijfers", body, nav=nav(ctx), status=400)
        return page(f"Cijfers {shown.period_label}", _body(period, shown, today), nav=nav(ctx))

    async def figures_csv(request: web.Request, ctx: Ctx) -> web.StreamResponse:
        try:
            _, shown = await _shown(request, ctx)
        except PeriodError as exc:
            raise web.HTTPBadRequest(text=str(exc)) from None
        # A byte order mark: spreadsheets then read the file as UTF-8 ("suïcidaal", "×").
        return web.Response(
            body=("\ufeff" + to_csv(shown)).encode(),
            content_type="text/csv",
            charset="utf-8",
            headers={"Content-Disposition": f'attachment; filename="cijfers-{shown.slug}.csv"'},
        )

    async def stylesheet(request: web.Request, ctx: Ctx) -> web.StreamResponse:
        return web.Response(text=CSS.read_text(encoding="utf-8"), content_type="text/css", charset="utf-8")

    routes.add("GET", "/console/cijfers", figures_page, "supervisor")
    routes.add("GET", "/console/cijfers.csv", figures_csv, "supervisor")
    routes.add("GET", "/console/cijfers/figures.css", stylesheet, "supervisor")


def _query(period: Period) -> str:
    q = {"kind": period.kind, "year": str(period.first.year)}
    if period.kind == "quarter":
        q["quarter"] = str((period.first.month - 1) // 3 + 1)
    elif period.kind == "month":
        q["month"] = str(period.first.month)
    elif period.kind == "custom":
        q = {"kind": "custom", "from": period.first.isoformat(), "to": period.last.isoformat()}
    return urlencode(q)


def _picker(period: Period, today: object) -> Safe:
    years = [str(y) for y in range(period.first.year + 3, 2019, -1)]
    kinds = (("year", "Jaar"), ("quarter", "Kwartaal"), ("month", "Maand"), ("custom", "Eigen periode"))
    quarter = str((period.first.month - 1) // 3 + 1)
    custom = period.kind == "custom"
    return tag(
        "form",
        join(
            [
                tag(
                    "label",
                    join(
                        [
                            "Soort periode ",
                            tag(
                                "select", options(kinds, period.kind), name="kind", aria_label="Soort periode"
                            ),
                        ]
                    ),
                ),
                tag(
                    "label",
                    join(
                        [
                            "Jaar ",
                            tag(
                                "select",
                                options([(y, y) for y in years], str(period.first.year)),
                                name="year",
                                aria_label="Jaar",
                            ),
                        ]
                    ),
                ),
                tag(
                    "label",
                    join(
                        [
                            "Kwartaal ",
                            tag(
                                "select",
                                options([(str(q), f"K{q}") for q in range(1, 5)], quarter),
                                name="quarter",
                                aria_label="Kwartaal",
                            ),
                        ]
                    ),
                ),
                tag(
                    "label",
                    join(
                        [
                            "Maand ",
                            tag(
                                "select",
                                options(
                                    [(str(i + 1), m) for i, m in enumerate(MONTHS)], str(period.first.month)
                                ),
                                name="month",
                                aria_label="Maand",
                            ),
                        ]
                    ),
                ),
                tag(
                    "label",
                    join(
                        [
                            "Van ",
                            void(
                                "input",
                                type="date",
                                name="from",
                                aria_label="Van",
                                value=period.first.isoformat() if custom else None,
                            ),
                        ]
                    ),
                ),
                tag(
                    "label",
                    join(
                        [
                            "Tot en met ",
                            void(
                                "input",
                                type="date",
                                name="to",
                                aria_label="Tot en met",
                                value=period.last.isoformat() if custom else None,
                            ),
                        ]
                    ),
                ),
                tag("button", "Toon", type="submit"),
            ]
        ),
        method="get",
        action="/console/cijfers",
        class_="period",
        aria_label="Periode kiezen",
    )


def _headline(shown: Shown) -> Safe:
    overview = shown.table("overzicht")
    cards = []
    for r in overview.rows:
        if r.code not in HEADLINE:
            continue
        change = (
            f"{r.change.text} t.o.v. {shown.previous_label}"
            if r.change.shown
            else f"{shown.previous_label}: {r.before.text}"
        )
        cards.append(
            tag(
                "div",
                join(
                    [
                        tag("span", r.now.text, class_="value"),
                        tag("span", r.label, class_="what"),
                        tag("span", change, class_="change"),
                    ]
                ),
                class_="card",
            )
        )
    return tag("div", join(cards), class_="headline")


def _row(r: ShownRow, t: ShownTable) -> Safe:
    cells = [tag("td", r.label), tag("td", r.now.text, class_="num")]
    if t.has_share:
        cells.append(tag("td", r.share.text, class_="num"))
    cells += [tag("td", r.before.text, class_="num"), tag("td", r.change.text, class_="num")]
    return tag("tr", join(cells), class_="total" if r.total else None)


def _table(t: ShownTable, shown: Shown) -> Safe:
    heads = [tag("th", "", scope="col"), tag("th", shown.period_label, class_="num", scope="col")]
    if t.has_share:
        heads.append(tag("th", "Aandeel", class_="num", scope="col"))
    heads += [
        tag("th", shown.previous_label, class_="num", scope="col"),
        tag("th", f"Verandering t.o.v. {shown.previous_label}", class_="num", scope="col"),
    ]
    rows = [*t.rows, *([t.total] if t.total else [])]
    return tag(
        "section",
        join(
            [
                tag("h2", t.title),
                Safe(chart(t, shown.period_label, shown.previous_label)),
                tag(
                    "table",
                    join(
                        [tag("thead", tag("tr", join(heads))), tag("tbody", join(_row(r, t) for r in rows))]
                    ),
                    class_="figures",
                    data_table=t.key,
                ),
                tag("p", t.note, class_="note") if t.note else "",
            ]
        ),
        class_="figure",
        id=f"fig-{t.key}",
    )


def _body(period: Period, shown: Shown, today: object) -> Safe:
    return join(
        [
            void("link", rel="stylesheet", href="/console/cijfers/figures.css"),
            tag(
                "p",
                f"Alleen totalen, nooit gesprekken of personen. Aantallen kleiner dan {shown.threshold} "
                f"staan als '{shown.small}'; waar zo'n klein aantal uit het totaal terug te rekenen zou "
                "zijn, is nog een cel afgeschermd ('×'). Vergeleken met dezelfde periode een jaar eerder "
                f"({shown.previous_label}).",
                class_="figures-intro legend",
            ),
            _picker(period, today),
            tag(
                "p",
                tag(
                    "a",
                    f"Download als CSV (cijfers-{shown.slug}.csv)",
                    href=f"/console/cijfers.csv?{_query(period)}",
                ),
                class_="downloads",
            ),
            _headline(shown),
            join(_table(t, shown) for t in shown.tables),
        ]
    )
