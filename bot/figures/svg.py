"""Charts drawn on the server as inline SVG: no script, no outside resource, no inline style
(the CSP forbids both), readable on paper. Bars are drawn only for shown cells, so a bar's
length never tells what "<5" hides."""

from __future__ import annotations

from html import escape

from bot.figures.publish import ShownTable

NOW = "#1f5f8b"
BEFORE = "#b9c6cf"
INK = "#1d1d1f"
WIDTH = 680


def _t(
    x: float,
    y: float,
    text: str,
    *,
    anchor: str = "start",
    size: int = 12,
    fill: str = INK,
    weight: str = "normal",
) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" font-size="{size}" '
        f'font-family="system-ui, sans-serif" font-weight="{weight}" fill="{fill}">{escape(text)}</text>'
    )


def _legend(y: float, now_label: str, before_label: str) -> str:
    return "".join(
        [
            f'<rect x="0" y="{y - 10:.1f}" width="12" height="12" fill="{NOW}"/>',
            _t(18, y, now_label),
            f'<rect x="140" y="{y - 10:.1f}" width="12" height="12" fill="{BEFORE}"/>',
            _t(158, y, before_label),
        ]
    )


def _svg(height: float, title: str, body: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 {WIDTH} '
        f'{height:.0f}" width="{WIDTH}" height="{height:.0f}" aria-label="{escape(title)}">'
        f"<title>{escape(title)}</title>{body}</svg>"
    )


def bars(table: ShownTable, now_label: str, before_label: str) -> str:
    """Horizontal bars, one per row: this period dark, the year before light beneath it."""
    label_w, value_w, row_h = 250, 70, 34
    room = WIDTH - label_w - value_w
    top = 24
    values = [v for r in table.rows for v in (r.now.value, r.before.value) if v is not None]
    most = max(values, default=0) or 1
    parts = [_legend(14, now_label, before_label)]
    for i, r in enumerate(table.rows):
        y = top + i * row_h
        parts.append(_t(0, y + 14, r.label[:38] + ("…" if len(r.label) > 38 else "")))
        for value, text, colour, dy, h in (
            (r.now.value, r.now.text, NOW, 2, 14),
            (r.before.value, r.before.text, BEFORE, 17, 8),
        ):
            if value is None:
                if colour == NOW:
                    parts.append(_t(label_w, y + 14, text, fill="#555"))
                continue
            w = max(1.0, room * value / most)
            parts.append(f'<rect x="{label_w}" y="{y + dy}" width="{w:.1f}" height="{h}" fill="{colour}"/>')
            if colour == NOW:
                parts.append(_t(label_w + w + 6, y + 14, text))
    return _svg(top + len(table.rows) * row_h + 4, table.title, "".join(parts))


def columns(table: ShownTable, now_label: str, before_label: str) -> str:
    """Columns per month: this period dark, the same month a year earlier light beside it."""
    left, top, plot_h, bottom = 50, 30, 200, 40
    n = max(1, len(table.rows))
    slot = (WIDTH - left) / n
    values = [v for r in table.rows for v in (r.now.value, r.before.value) if v is not None]
    most = max(values, default=0) or 1
    parts = [
        _legend(14, now_label, before_label),
        f'<line x1="{left}" y1="{top + plot_h}" x2="{WIDTH}" y2="{top + plot_h}" stroke="{INK}"/>',
        _t(left - 6, top + 10, _num(most), anchor="end", size=10),
        _t(left - 6, top + plot_h, "0", anchor="end", size=10),
    ]
    bar = min(24.0, slot * 0.35)
    for i, r in enumerate(table.rows):
        x = left + i * slot + slot / 2
        for value, text, colour, dx in (
            (r.now.value, r.now.text, NOW, -bar),
            (r.before.value, "", BEFORE, 0),
        ):
            if value is None:
                if colour == NOW:
                    parts.append(
                        _t(x - bar / 2, top + plot_h - 4, text, anchor="middle", size=10, fill="#555")
                    )
                continue
            h = plot_h * value / most
            parts.append(
                f'<rect x="{x + dx:.1f}" y="{top + plot_h - h:.1f}" width="{bar:.1f}" '
                f'height="{h:.1f}" fill="{colour}"/>'
            )
            if text:
                parts.append(_t(x - bar / 2, top + plot_h - h - 3, text, anchor="middle", size=10))
        label = r.label if n <= 6 else r.label.split(" ")[0]
        parts.append(_t(x, top + plot_h + 16, label, anchor="middle", size=11))
    return _svg(top + plot_h + bottom, table.title, "".join(parts))


def _num(v: float) -> str:
    return f"{round(v):,}".replace(",", ".")


def chart(table: ShownTable, now_label: str, before_label: str) -> str:
    if table.chart == "bars" and table.rows:
        return bars(table, now_label, before_label)
    if table.chart == "columns" and table.rows:
        return columns(table, now_label, before_label)
    return ""
