"""What may be shown: every count under the threshold becomes "<5", a second cell is hidden
("×") where one hidden cell would follow from the total, and shares, changes and bar lengths
are derived only from what is shown. Pages, CSV, JSON and the terminal table all read this,
never the raw counts.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.figures.tables import Figures, Row, Table

HIDDEN_MARK = "×"
NONE = "–"


@dataclass(frozen=True)
class Cell:
    text: str  # as shown: "12.206", "<5", "×", "70,2%", "+16,7%", "–"
    value: float | None  # the number behind a shown cell; None when hidden or not applicable

    @property
    def shown(self) -> bool:
        return self.value is not None


@dataclass(frozen=True)
class ShownRow:
    code: str | None
    label: str
    now: Cell
    share: Cell
    before: Cell
    change: Cell
    total: bool = False


@dataclass(frozen=True)
class ShownTable:
    key: str
    title: str
    rows: tuple[ShownRow, ...]
    total: ShownRow | None
    has_share: bool
    chart: str
    note: str


@dataclass(frozen=True)
class Shown:
    period_label: str
    previous_label: str
    slug: str
    threshold: int
    tables: tuple[ShownTable, ...]

    def table(self, key: str) -> ShownTable:
        return next(t for t in self.tables if t.key == key)

    @property
    def small(self) -> str:
        return f"<{self.threshold}"


def number(n: float) -> str:
    return f"{round(n):,}".replace(",", ".")


def percent(x: float, signed: bool = False) -> str:
    text = f"{x:+.1f}" if signed else f"{x:.1f}"
    return text.replace(".", ",") + "%"


def minutes(m: float) -> str:
    whole = round(m)
    return f"{whole} min" if whole < 120 else f"{whole // 60} u {whole % 60:02d} min"


def change_text(now: float, before: float, previous_label: str) -> str:
    """ "+16,7% t.o.v. 2023", as the helpline writes it."""
    return f"{percent((now - before) / before * 100, signed=True)} t.o.v. {previous_label}"


def publish(figures: Figures, threshold: int) -> Shown:
    tables = tuple(_table(t, threshold) for t in figures.tables)
    return Shown(figures.period.label, figures.previous.label, figures.period.slug, threshold, tables)


def _visible(
    rows: tuple[Row, ...], pick: str, threshold: int, exclusive: bool, base_shown: bool
) -> list[bool]:
    counts = [getattr(r, f"n_{pick}") for r in rows]
    ok = [n >= threshold for n in counts]
    counted = [i for i, r in enumerate(rows) if not r.measure]
    hidden = [i for i in counted if not ok[i]]
    if exclusive and base_shown and len(hidden) == 1:
        others = [i for i in counted if ok[i]]
        if others:
            ok[min(others, key=lambda i: (counts[i], i))] = False
    return ok


def _count_cell(n: float, visible: bool, threshold: int) -> Cell:
    if n < threshold:
        return Cell(f"<{threshold}", None)
    if not visible:
        return Cell(HIDDEN_MARK, None)
    return Cell(number(n), float(n))


def _measure_cell(value: float | None, n: int, threshold: int) -> Cell:
    if n < threshold or value is None:
        return Cell(f"{NONE} (<{threshold} gesprekken)" if n < threshold else NONE, None)
    return Cell(minutes(value), value)


def _change(now: Cell, before: Cell) -> Cell:
    if now.value is None or before.value is None or before.value == 0:
        return Cell(NONE, None)
    pct = (now.value - before.value) / before.value * 100
    return Cell(percent(pct, signed=True), pct)


def _share(now: Cell, base: Cell | None) -> Cell:
    if now.value is None or base is None or not base.value:
        return Cell(NONE, None)
    pct = now.value / base.value * 100
    return Cell(percent(pct), pct)


def _table(t: Table, threshold: int) -> ShownTable:
    base_now = _count_cell(t.base[0], True, threshold) if t.base else None
    base_before = _count_cell(t.base[1], True, threshold) if t.base else None
    vis_now = _visible(t.rows, "now", threshold, t.exclusive, bool(base_now and base_now.shown))
    vis_before = _visible(t.rows, "before", threshold, t.exclusive, bool(base_before and base_before.shown))
    rows = []
    for r, vn, vb in zip(t.rows, vis_now, vis_before, strict=True):
        if r.measure:
            now, before = (
                _measure_cell(r.now, r.n_now, threshold),
                _measure_cell(r.before, r.n_before, threshold),
            )
            share = Cell(NONE, None)
        else:
            now = _count_cell(r.now or 0, vn, threshold)
            before = _count_cell(r.before or 0, vb, threshold)
            share = _share(now, base_now)
        rows.append(ShownRow(r.code, r.label, now, share, before, _change(now, before)))
    total = None
    if base_now is not None and base_before is not None:
        label = f"Totaal ({t.base_label})" if t.base_label else "Totaal"
        total = ShownRow(
            "total",
            label,
            base_now,
            _share(base_now, base_now),
            base_before,
            _change(base_now, base_before),
            total=True,
        )
    return ShownTable(t.key, t.title, tuple(rows), total, t.base is not None, t.chart, t.note)
