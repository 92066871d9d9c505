"""The period a figure covers: a year, a quarter, a month or a custom range of days, in
Amsterdam time, and the same period a year earlier to compare with."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

LOCAL = ZoneInfo("Europe/Amsterdam")
KINDS = ("year", "quarter", "month", "custom")
MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
MAX_DAYS = 3 * 366


class PeriodError(ValueError):
    """The period asked for is not one we can show; the message is for the supervisor."""


@dataclass(frozen=True)
class Period:
    kind: str
    first: date  # first day, inclusive (local)
    last: date  # last day, inclusive (local)

    @property
    def start(self) -> datetime:
        return _local_midnight(self.first)

    @property
    def end(self) -> datetime:
        """Exclusive end, as an aware UTC moment."""
        return _local_midnight(self.last + timedelta(days=1))

    @property
    def label(self) -> str:
        if self.kind == "year":
            return str(self.first.year)
        if self.kind == "quarter":
            return f"K{(self.first.month - 1) // 3 + 1} {self.first.year}"
        if self.kind == "month":
            return f"{MONTHS[self.first.month - 1]} {self.first.year}"
        return f"{_d(self.first)} t/m {_d(self.last)}"

    @property
    def slug(self) -> str:
        """For file names: 2024, 2024-K1, 2024-03, 2024-01-01_2024-02-15."""
        if self.kind == "year":
            return str(self.first.year)
        if self.kind == "quarter":
            return f"{self.first.year}-K{(self.first.month - 1) // 3 + 1}"
        if self.kind == "month":
            return f"{self.first.year}-{self.first.month:02d}"
        return f"{self.first.isoformat()}_{self.last.isoformat()}"

    def year_earlier(self) -> Period:
        first = _minus_year(self.first)
        if self.kind in ("year", "quarter", "month"):
            # Whole calendar units: the unit a year earlier (February has 28 or 29 days).
            return _unit(self.kind, first.year, first.month)
        return Period("custom", first, _minus_year(self.last))

    def months(self) -> list[tuple[int, int]]:
        """(year, month) of every month the period touches, in order."""
        out, y, m = [], self.first.year, self.first.month
        while (y, m) <= (self.last.year, self.last.month):
            out.append((y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out


def year(y: int) -> Period:
    return _unit("year", y, 1)


def parse(query: Mapping[str, str], today: date) -> Period:
    """From the period picker's fields: kind, year, quarter, month, from, to. Defaults: the
    last full calendar year."""
    kind = query.get("kind", "year") or "year"
    if kind not in KINDS:
        raise PeriodError("Kies jaar, kwartaal, maand of eigen periode.")
    if kind == "custom":
        try:
            first = date.fromisoformat(query.get("from", "")[:10])
            last = date.fromisoformat(query.get("to", "")[:10])
        except ValueError:
            raise PeriodError("Vul een geldige begin- en einddatum in.") from None
        if last < first:
            raise PeriodError("De einddatum ligt voor de begindatum.")
        if (last - first).days > MAX_DAYS:
            raise PeriodError("Kies een periode van hooguit drie jaar.")
        return Period("custom", first, last)
    y = _int(query.get("year"), today.year - 1, 2000, 2100, "jaar")
    if kind == "year":
        return year(y)
    if kind == "quarter":
        q = _int(query.get("quarter"), 1, 1, 4, "kwartaal")
        return _unit("quarter", y, 3 * q - 2)
    return _unit("month", y, _int(query.get("month"), 1, 1, 12, "maand"))


def _unit(kind: str, y: int, m: int) -> Period:
    if kind == "year":
        return Period(kind, date(y, 1, 1), date(y, 12, 31))
    span = 3 if kind == "quarter" else 1
    first = date(y, m, 1)
    ny, nm = (y + 1, m + span - 12) if m + span > 12 else (y, m + span)
    return Period(kind, first, date(ny, nm, 1) - timedelta(days=1))


def _int(raw: str | None, default: int, lo: int, hi: int, what: str) -> int:
    if raw is None or raw == "":
        return default
    try:
        v = int(raw)
    except ValueError:
        raise PeriodError(f"Ongeldig {what}.") from None
    if not lo <= v <= hi:
        raise PeriodError(f"Ongeldig {what}.")
    return v


def _minus_year(d: date) -> date:
    try:
        return d.replace(year=d.year - 1)
    except ValueError:  # 29 February
        return d.replace(year=d.year - 1, day=28)


def _local_midnight(d: date) -> datetime:
    return datetime(d.year, d.month, d.day, tzinfo=LOCAL).astimezone(UTC)


def _d(d: date) -> str:
    return f"{d.day}-{d.month}-{d.year}"
