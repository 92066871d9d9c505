"""The same shown tables as CSV (for a spreadsheet), JSON and a plain-text table (the CLI).
Only `Shown` goes in, so nothing here can print a hidden cell."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from bot.figures.publish import Shown, ShownRow, ShownTable

CSV_HEADER = (
    "periode",
    "tabel",
    "categorie",
    "aantal",
    "aandeel",
    "vergeleken_met",
    "aantal_toen",
    "verandering",
)


def _rows(t: ShownTable) -> list[ShownRow]:
    return [*t.rows, *([t.total] if t.total else [])]


def to_csv(shown: Shown) -> str:
    """Semicolon-separated with decimal commas, as Dutch spreadsheets open it. Counts without
    thousands separators; hidden cells as the page shows them ("<5", "×")."""
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\r\n")
    w.writerow(CSV_HEADER)
    for t in shown.tables:
        for r in _rows(t):
            now = r.now.text.replace(".", "") if r.now.shown and "min" not in r.now.text else r.now.text
            before = (
                r.before.text.replace(".", "")
                if r.before.shown and "min" not in r.before.text
                else r.before.text
            )
            w.writerow(
                [
                    shown.period_label,
                    t.title,
                    r.label,
                    now,
                    r.share.text if t.has_share else "",
                    shown.previous_label,
                    before,
                    r.change.text,
                ]
            )
    return out.getvalue()


def to_json(shown: Shown) -> str:
    def cell(c: Any) -> Any:
        # A shown count is a number; anything hidden stays the text the page shows.
        if c.value is not None and "min" not in c.text and "%" not in c.text:
            return round(c.value)
        return c.text

    doc = {
        "period": shown.period_label,
        "compared_with": shown.previous_label,
        "threshold": shown.threshold,
        "tables": [
            {
                "key": t.key,
                "title": t.title,
                "note": t.note,
                "rows": [
                    {
                        "code": r.code,
                        "label": r.label,
                        "count": cell(r.now),
                        "share": r.share.text if t.has_share else None,
                        "previous": cell(r.before),
                        "change": r.change.text,
                        "total": r.total,
                    }
                    for r in _rows(t)
                ],
            }
            for t in shown.tables
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2)


def to_text(shown: Shown) -> str:
    lines = [
        f"Cijfers {shown.period_label} (vergeleken met {shown.previous_label}); "
        f"{shown.small} = minder dan {shown.threshold}, × = afgeschermd",
        "",
    ]
    for t in shown.tables:
        head = (
            "",
            "aantal",
            "aandeel" if t.has_share else "",
            shown.previous_label,
            f"t.o.v. {shown.previous_label}",
        )
        body = [
            (r.label, r.now.text, r.share.text if t.has_share else "", r.before.text, r.change.text)
            for r in _rows(t)
        ]
        widths = [max(len(row[i]) for row in (head, *body)) for i in range(5)]
        lines.append(t.title)
        lines.append("-" * len(t.title))
        for row in (head, *body):
            cells = [row[0].ljust(widths[0])] + [row[i].rjust(widths[i]) for i in range(1, 5)]
            lines.append("  ".join(cells).rstrip())
        if t.note:
            lines.append(t.note)
        lines.append("")
    return "\n".join(lines)
