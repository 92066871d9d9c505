"""Opening hours: is a person available at a moment, when next, until when.

A shift belongs to the local day it starts on and may run past midnight. Which shifts a day has:
a per-date override if there is one, else none on a public holiday, else the weekday's. One-off
closures are cut out of the result. Shifts are turned into absolute (UTC) periods before any
comparison, so daylight-saving changes fall out of zoneinfo rather than wall-clock arithmetic,
and touching periods are merged, so a Friday 20:00-02:00 followed by Saturday 00:00-... is one
period with one closing time.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from bot import hours_text
from bot.settings import HoursSettings, Shift

HORIZON_DAYS = 60
Period = tuple[datetime, datetime]  # [start, end) in UTC


class OpeningHours:
    def __init__(self, settings: HoursSettings, horizon_days: int = HORIZON_DAYS) -> None:
        self.settings = settings
        self.tz = ZoneInfo(settings.timezone)
        self.horizon_days = horizon_days
        self._week = settings.week
        self._configured: tuple[Period, ...] = tuple(
            (_aware(c.start).astimezone(UTC), _aware(c.end).astimezone(UTC)) for c in settings.closures)
        self._closures = self._configured
        self._day_periods = lru_cache(maxsize=1024)(self._periods_of_day)

    @classmethod
    def from_settings(cls, hours_settings: HoursSettings) -> OpeningHours:
        return cls(hours_settings)

    # -- one-off closures beyond the configuration ------------------------------------------------
    @property
    def closures(self) -> tuple[Period, ...]:
        """Every closure in force (UTC): the configured ones, then the extra ones."""
        return self._closures

    def set_extra_closures(self, extra: Iterable[tuple[datetime, datetime]]) -> None:
        """Replace the closures entered at run time (the console's); the configured ones stay.

        In place on purpose: the pipeline and the scheduler hold bound methods of this object,
        so every later question sees the change without anyone being handed a new instance.
        Closures are cut out at every question (nothing cached), so this takes effect at once.
        """
        added = tuple((_aware(start).astimezone(UTC), _aware(end).astimezone(UTC)) for start, end in extra)
        for start, end in added:
            if end <= start:
                raise ValueError("a closure must end after it starts")
        self._closures = self._configured + added

    # -- the schedule --------------------------------------------------------------------------
    def holiday(self, day: date) -> str | None:
        """The public holiday's name on `day` (English, from `holidays`), or None."""
        if not self.settings.holidays:
            return None
        return _holidays(self.settings.holidays, day.year).get(day)

    def shifts_on(self, day: date) -> tuple[Shift, ...]:
        """The shifts that start on local date `day`, overrides and holidays applied
        (closures are not: they are cut out of the periods)."""
        overrides = self.settings.holiday_overrides
        if day in overrides:
            chosen = overrides[day]
            return self._week[day.weekday()] if chosen is None else chosen
        if self.holiday(day) is not None:
            return ()
        return self._week[day.weekday()]

    def periods(self, at: datetime, days: int) -> list[Period]:
        """Open periods (UTC, merged, closures cut out) of shifts starting from the local day
        before `at` up to `days` days after it."""
        first = _aware(at).astimezone(self.tz).date() - timedelta(days=1)
        raw: list[Period] = []
        for i in range(days + 2):
            raw.extend(self._day_periods(first + timedelta(days=i)))
        raw.sort()
        merged: list[Period] = []
        for start, end in raw:
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        return self._cut_closures(merged)

    def _periods_of_day(self, day: date) -> list[Period]:
        out = []
        for shift in self.shifts_on(day):
            start = datetime.combine(day, shift.start, tzinfo=self.tz)
            end_day = day + timedelta(days=1) if shift.overnight else day
            end = datetime.combine(end_day, shift.end, tzinfo=self.tz)
            s, e = start.astimezone(UTC), end.astimezone(UTC)
            if e > s:  # a shift wholly inside the spring-forward gap has no length
                out.append((s, e))
        return out

    def _cut_closures(self, periods: list[Period]) -> list[Period]:
        for c_start, c_end in self._closures:
            cut: list[Period] = []
            for start, end in periods:
                if c_end <= start or c_start >= end:
                    cut.append((start, end))
                    continue
                if start < c_start:
                    cut.append((start, c_start))
                if c_end < end:
                    cut.append((c_end, end))
            periods = cut
        return periods

    # -- questions -----------------------------------------------------------------------------
    def is_open(self, at: datetime) -> bool:
        now = _aware(at).astimezone(UTC)
        return any(start <= now < end for start, end in self.periods(at, 0))

    def current_shift_end(self, at: datetime) -> datetime | None:
        """When the period open at `at` closes (local time), or None when closed now."""
        now = _aware(at).astimezone(UTC)
        for start, end in self.periods(at, self.horizon_days):
            if start <= now < end:
                return end.astimezone(self.tz)
        return None

    def next_opening(self, at: datetime) -> datetime | None:
        """The next moment after `at` at which the line opens (local time): when closed, the
        coming opening; when open, the opening after the current period closes. None if there
        is none within the horizon."""
        now = _aware(at).astimezone(UTC)
        for start, _ in self.periods(at, self.horizon_days):
            if start > now:
                return start.astimezone(self.tz)
        return None

    def next_change(self, at: datetime) -> datetime | None:
        """The next open/close transition after `at` (for the scheduler), local time."""
        now = _aware(at).astimezone(UTC)
        for start, end in self.periods(at, self.horizon_days):
            if start > now:
                return start.astimezone(self.tz)
            if end > now:
                return end.astimezone(self.tz)
        return None

    # -- texts ---------------------------------------------------------------------------------
    def describe_next_opening(self, at: datetime, lang: str) -> str:
        """"We zijn weer bereikbaar op maandag 6 januari om 09:00." (or vandaag/morgen)."""
        local = _aware(at).astimezone(self.tz)
        return hours_text.next_opening_sentence(self.next_opening(at), lang, local.date())

    def describe_open_until(self, at: datetime, lang: str) -> str:
        """"Er is nu iemand bereikbaar tot 22:00." — or "" when nobody is available now."""
        end = self.current_shift_end(at)
        if end is None:
            return ""
        return hours_text.open_until_sentence(end, lang, _aware(at).astimezone(self.tz).date())

    def describe_moment(self, at: datetime, lang: str, now: datetime | None = None) -> str:
        """A moment in local time: "maandag 6 januari om 09:15"; relative ("vandaag om …",
        "morgen om …") when `now` is given."""
        local = _aware(at).astimezone(self.tz)
        today = _aware(now).astimezone(self.tz).date() if now is not None else None
        return hours_text.moment(local, lang, today)

    def describe_week(self, lang: str) -> str:
        """"maandag t/m vrijdag 09.00–22.00 uur, zaterdag en zondag 10.30–19.00 uur"."""
        return hours_text.week_sentence(self._week, lang)


@lru_cache(maxsize=64)
def _holidays(country: str, year: int) -> Any:
    import holidays

    return holidays.country_holidays(country, years=year)


def _aware(at: datetime) -> datetime:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("opening hours need an aware datetime (with a time zone), got a naive one")
    return at
