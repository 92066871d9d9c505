"""The yearly figures against an independent count of a generated year, and the small-cell
rule in every output (tables as published, CSV, JSON, the terminal table). On SQLite and
PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter

import pytest

from bot.figures.export import to_csv, to_json, to_text
from bot.figures.period import Period, PeriodError, parse, year
from bot.figures.publish import HIDDEN_MARK, Shown, change_text, publish
from bot.figures.report import figures_for, threshold_of
from bot.hours import OpeningHours
from bot.settings import load_settings
from bot.store.db import Store
from tests.figures_data import expected, generate, insert, median, nearest_rank, waits

pytest_plugins = ["tests.store_fixtures"]
SIZES = {2024: 240, 2025: 290}
THRESHOLD = 5
NUMBER = re.compile(r"^\d[\d.]*$")


def is_open():  # type: ignore[no-untyped-def]
    return OpeningHours.from_settings(load_settings(None, env={}).hours).is_open


@pytest.fixture
async def generated(store: Store):  # type: ignore[no-untyped-def]
    g = generate(seed=8, sizes=SIZES)
    await insert(store, g)
    return g


def _now(figures, key: str) -> Counter:  # type: ignore[no-untyped-def,type-arg]
    return Counter({r.code: r.now for r in figures.table(key).rows if r.now})


async def test_every_count_equals_an_independent_count(store: Store, generated) -> None:  # type: ignore[no-untyped-def]
    figures = await figures_for(store, year(2025), is_open())
    for when, pick in ((2025, "now"), (2024, "before")):
        want = expected(generated, when)
        for key, counts in want.items():
            if key.startswith("maanden"):  # a month row holds the same month a year earlier
                counts = Counter({f"2025{code[4:]}": n for code, n in counts.items()})
            got = Counter({r.code: getattr(r, pick) for r in figures.table(key).rows if getattr(r, pick)})
            assert got == +counts, f"{key} {when}"
    # The figures cover every registration and every conversation, nothing dropped or added.
    assert (
        sum(_now(figures, "doelgroepen").values()) == expected(generated, 2025)["overzicht"]["registrations"]
    )
    assert sum(_now(figures, "maanden").values()) == expected(generated, 2025)["overzicht"]["conversations"]


async def test_waiting_time_median_and_p90_from_queue_to_first_counsellor_message(
    store: Store, generated
) -> None:  # type: ignore[no-untyped-def]
    figures = await figures_for(store, year(2025), is_open())
    rows = {r.code: r for r in figures.table("wachttijd").rows}
    for when, pick in ((2025, "now"), (2024, "before")):
        queued, minutes = waits(generated, when)
        assert getattr(rows["queued"], pick) == queued
        assert getattr(rows["reached"], pick) == len(minutes) > 20
        assert getattr(rows["median"], pick) == pytest.approx(median(minutes))
        assert getattr(rows["p90"], pick) == pytest.approx(nearest_rank(minutes, 0.9))


async def test_quarter_month_and_custom_periods_count_only_their_days(store: Store, generated) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from tests.figures_data import AMS

    q2 = parse({"kind": "quarter", "year": "2025", "quarter": "2"}, date(2026, 1, 5))
    assert (q2.first, q2.last, q2.label) == (date(2025, 4, 1), date(2025, 6, 30), "K2 2025")
    feb = parse({"kind": "month", "year": "2024", "month": "2"}, date(2026, 1, 5))
    assert feb.last == date(2024, 2, 29) and feb.year_earlier().last == date(2023, 2, 28)
    custom = parse({"kind": "custom", "from": "2025-03-10", "to": "2025-05-20"}, date(2026, 1, 5))
    for period in (q2, feb, custom):
        figures = await figures_for(store, period, is_open())
        want = sum(
            1
            for c in generated.conversations
            if period.first <= c["created_at"].astimezone(AMS).date() <= period.last
        )
        assert figures.table("overzicht").rows[0].now == want
        earlier = period.year_earlier()
        want_before = sum(
            1
            for c in generated.conversations
            if earlier.first <= c["created_at"].astimezone(AMS).date() <= earlier.last
        )
        assert figures.table("overzicht").rows[0].before == want_before
    with pytest.raises(PeriodError):
        parse({"kind": "custom", "from": "2025-05-01", "to": "2025-04-01"}, date(2026, 1, 5))
    with pytest.raises(PeriodError):
        parse({"kind": "decade"}, date(2026, 1, 5))


def _cells(shown: Shown) -> list[tuple[str, str, str]]:
    """(table, row, text) of every count cell that is published."""
    out = []
    for t in shown.tables:
        for r in (*t.rows, *([t.total] if t.total else [])):
            if r.code in ("median", "p90"):
                continue
            out += [(t.key, r.label, r.now.text), (t.key, r.label, r.before.text)]
    return out


def assert_no_small_cell(texts: list[str], threshold: int) -> None:
    for text in texts:
        if NUMBER.match(text):
            assert int(text.replace(".", "")) >= threshold, text
        else:
            assert text in (f"<{threshold}", HIDDEN_MARK) or "%" in text or text in ("", "–"), text


async def test_no_cell_under_the_threshold_is_ever_published(store: Store, generated) -> None:  # type: ignore[no-untyped-def]
    figures = await figures_for(store, year(2025), is_open())
    shown = publish(figures, THRESHOLD)
    cells = _cells(shown)
    assert_no_small_cell([text for _, _, text in cells], THRESHOLD)
    # The generated year has small categories (victims, non-binary, the darkweb): they are hidden.
    want = expected(generated, 2025)
    small = [(k, c) for k, counter in want.items() for c, n in counter.items() if 0 < n < THRESHOLD]
    assert len(small) >= 3, small
    rows = {(t.key, r.code): r for t in shown.tables for r in t.rows}
    for key, code in small:
        r = rows[(key, code)]
        assert r.now.text == "<5" and r.share.text == "–" and r.change.text == "–", (key, code)
    # Where one hidden cell would follow from the total, a second one is hidden too.
    for t in shown.tables:
        if t.key in ("kanalen", "openingstijden", "doelgroepen", "redenen", "leeftijden", "gender"):
            for pick in ("now", "before"):
                hidden = [r for r in t.rows if getattr(r, pick).value is None]
                assert len(hidden) != 1, (t.key, pick)


async def test_exports_hold_the_same_shown_cells_and_nothing_smaller(store: Store, generated) -> None:  # type: ignore[no-untyped-def]
    shown = publish(await figures_for(store, year(2025), is_open()), THRESHOLD)
    rows = list(csv.reader(io.StringIO(to_csv(shown)), delimiter=";"))
    assert rows[0][:4] == ["periode", "tabel", "categorie", "aantal"]
    counts = [r for r in rows[1:] if r[2] not in ("Mediaan", "90e percentiel")]
    assert_no_small_cell([r[3] for r in counts] + [r[6] for r in counts], THRESHOLD)
    assert any(r[3] == "<5" for r in rows[1:])
    doc = json.loads(to_json(shown))
    for t in doc["tables"]:
        for r in t["rows"]:
            for key in ("count", "previous"):
                v = r[key]
                if isinstance(v, int):
                    assert v >= THRESHOLD
                elif r["code"] not in ("median", "p90"):
                    assert v in ("<5", HIDDEN_MARK), v
    text = to_text(shown)
    for line in text.splitlines():
        for cell in re.split(r"\s{2,}", line.strip())[1:]:
            if NUMBER.match(cell):
                assert int(cell.replace(".", "")) >= THRESHOLD or re.fullmatch(r"20\d\d", cell), line
    total = expected(generated, 2025)["overzicht"]["conversations"]
    assert f"{total:,}".replace(",", ".") in text


async def test_threshold_is_configurable_and_changes_are_written_as_the_helpline_does(
    store: Store, generated
) -> None:  # type: ignore[no-untyped-def]
    figures = await figures_for(store, year(2025), is_open())
    shown = publish(figures, 20)
    assert_no_small_cell([text for _, _, text in _cells(shown)], 20)
    assert threshold_of({}) == 5 and threshold_of({"figures": {"small_cell_threshold": 10}}) == 10
    with pytest.raises(ValueError):
        threshold_of({"figures": {"small_cell_threshold": 1}})
    assert change_text(7239 * 1.167, 7239, "2023") == "+16,7% t.o.v. 2023"
    assert change_text(80, 100, "2023") == "-20,0% t.o.v. 2023"
    now = figures.table("overzicht").rows[0]
    want = (now.now - now.before) / now.before * 100
    assert publish(figures, 5).table("overzicht").rows[0].change.text == f"{want:+.1f}%".replace(".", ",")


async def test_empty_store_shows_only_hidden_cells(store: Store) -> None:
    shown = publish(await figures_for(store, Period("year", *_year_days(2030)), is_open()), THRESHOLD)
    for _, _, text in _cells(shown):
        assert text in ("<5", HIDDEN_MARK)


def _year_days(y: int):  # type: ignore[no-untyped-def]
    from datetime import date

    return date(y, 1, 1), date(y, 12, 31)
