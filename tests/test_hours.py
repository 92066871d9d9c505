"""Opening hours as a help-seeker meets them: open or not, when next, in Dutch and English."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.hours import OpeningHours
from bot.settings import load_settings

AMS = ZoneInfo("Europe/Amsterdam")


def hours(**over: Any) -> OpeningHours:
    """Opening hours from the real configuration path, with `hours.<key>` overrides."""
    s = load_settings(env={}, overrides={f"hours.{k}": v for k, v in over.items()})
    return OpeningHours.from_settings(s.hours)


def ams(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=AMS)


DEFAULT = hours()


# -- the default week (2026-01-05 is a Monday) --------------------------------------------------
@pytest.mark.parametrize(("at", "is_open"), [
    (ams(2026, 1, 5, 8, 59), False),
    (ams(2026, 1, 5, 9, 0), True),
    (ams(2026, 1, 5, 21, 59), True),
    (ams(2026, 1, 5, 22, 0), False),
    (ams(2026, 1, 9, 21, 59), True),     # Friday
    (ams(2026, 1, 9, 22, 0), False),
    (ams(2026, 1, 10, 9, 0), False),     # Saturday
    (ams(2026, 1, 10, 10, 29), False),
    (ams(2026, 1, 10, 10, 30), True),
    (ams(2026, 1, 10, 18, 59), True),
    (ams(2026, 1, 10, 19, 0), False),
    (ams(2026, 1, 11, 10, 30), True),    # Sunday
    (ams(2026, 1, 11, 19, 0), False),
    (ams(2026, 1, 7, 3, 0), False),      # Wednesday night
])
def test_default_schedule(at: datetime, is_open: bool) -> None:
    assert DEFAULT.is_open(at) is is_open


def test_the_same_moment_in_another_zone_gives_the_same_answer() -> None:
    assert DEFAULT.is_open(datetime(2026, 1, 5, 8, 0, tzinfo=UTC))          # 09:00 in Amsterdam
    assert not DEFAULT.is_open(datetime(2026, 1, 5, 21, 0, tzinfo=UTC))     # 22:00 in Amsterdam
    assert DEFAULT.is_open(datetime(2026, 7, 6, 7, 0, tzinfo=UTC))          # 09:00 summer time
    assert not DEFAULT.is_open(datetime(2026, 7, 6, 6, 59, tzinfo=UTC))     # 08:59 summer time


def test_naive_datetimes_are_refused() -> None:
    naive = datetime(2026, 1, 5, 12, 0)
    for ask in (DEFAULT.is_open, DEFAULT.next_opening, DEFAULT.current_shift_end, DEFAULT.next_change):
        with pytest.raises(ValueError, match="aware"):
            ask(naive)
    with pytest.raises(ValueError, match="aware"):
        DEFAULT.describe_next_opening(naive, "nl")


# -- next opening, shift end, next change -----------------------------------------------------
def test_from_friday_night_the_next_opening_is_saturday_morning() -> None:
    at = ams(2026, 1, 9, 23, 0)
    assert DEFAULT.next_opening(at) == ams(2026, 1, 10, 10, 30)
    assert DEFAULT.next_change(at) == ams(2026, 1, 10, 10, 30)
    assert DEFAULT.current_shift_end(at) is None
    assert DEFAULT.describe_next_opening(at, "nl") == "We zijn weer bereikbaar morgen om 10:30."
    assert DEFAULT.describe_next_opening(at, "en") == "We're available again tomorrow at 10:30."


def test_after_midnight_the_next_opening_is_today() -> None:
    at = ams(2026, 1, 10, 1, 0)
    assert DEFAULT.describe_next_opening(at, "nl") == "We zijn weer bereikbaar vandaag om 10:30."
    assert DEFAULT.describe_next_opening(at, "en") == "We're available again today at 10:30."


def test_a_later_day_is_named_with_its_date() -> None:
    weekdays_only = hours(saturday=[], sunday=[])
    at = ams(2025, 1, 3, 22, 30)  # Friday
    assert weekdays_only.next_opening(at) == ams(2025, 1, 6, 9, 0)
    assert weekdays_only.describe_next_opening(at, "nl") == \
        "We zijn weer bereikbaar op maandag 6 januari om 09:00."
    assert weekdays_only.describe_next_opening(at, "en") == \
        "We're available again on Monday 6 January at 09:00."


def test_while_open() -> None:
    at = ams(2026, 1, 5, 12, 0)
    assert DEFAULT.current_shift_end(at) == ams(2026, 1, 5, 22, 0)
    assert DEFAULT.next_change(at) == ams(2026, 1, 5, 22, 0)
    # the opening after this one: what "we close soon; ..." needs
    assert DEFAULT.next_opening(at) == ams(2026, 1, 6, 9, 0)
    assert DEFAULT.describe_open_until(at, "nl") == "Er is nu iemand bereikbaar tot 22:00."
    assert DEFAULT.describe_open_until(at, "en") == "Someone is available now until 22:00."
    assert DEFAULT.describe_open_until(ams(2026, 1, 5, 23, 0), "nl") == ""


def test_returned_moments_are_in_amsterdam_time() -> None:
    nxt = DEFAULT.next_opening(datetime(2026, 1, 9, 22, 0, tzinfo=UTC))
    assert nxt is not None and nxt.utcoffset() == timedelta(hours=1)
    assert (nxt.hour, nxt.minute) == (10, 30)


def test_describe_moment() -> None:
    slot = ams(2026, 1, 6, 9, 15)
    assert DEFAULT.describe_moment(slot, "nl") == "dinsdag 6 januari om 09:15"
    assert DEFAULT.describe_moment(slot, "en") == "Tuesday 6 January at 09:15"
    assert DEFAULT.describe_moment(slot, "nl", now=ams(2026, 1, 5, 23, 0)) == "morgen om 09:15"
    assert DEFAULT.describe_moment(slot, "en", now=ams(2026, 1, 6, 8, 0)) == "today at 09:15"


def test_unknown_language_falls_back_to_dutch() -> None:
    assert DEFAULT.describe_open_until(ams(2026, 1, 5, 12, 0), "de") == \
        "Er is nu iemand bereikbaar tot 22:00."


# -- shifts past midnight ---------------------------------------------------------------------
def test_a_friday_shift_past_midnight_is_open_early_saturday() -> None:
    late = hours(friday=["20:00-02:00"])
    assert not late.is_open(ams(2026, 1, 9, 19, 59))
    assert late.is_open(ams(2026, 1, 9, 23, 0))
    assert late.is_open(ams(2026, 1, 10, 1, 0))
    assert late.is_open(ams(2026, 1, 10, 1, 59))
    assert not late.is_open(ams(2026, 1, 10, 2, 0))
    assert not late.is_open(ams(2026, 1, 9, 1, 0))  # Friday early morning: Thursday has no night shift
    assert late.current_shift_end(ams(2026, 1, 10, 1, 0)) == ams(2026, 1, 10, 2, 0)
    assert late.describe_open_until(ams(2026, 1, 9, 23, 0), "nl") == \
        "Er is nu iemand bereikbaar tot vannacht 02:00."
    assert late.describe_open_until(ams(2026, 1, 9, 23, 0), "en") == \
        "Someone is available now until 02:00 tonight."
    assert late.describe_open_until(ams(2026, 1, 10, 1, 0), "nl") == "Er is nu iemand bereikbaar tot 02:00."
    # from inside the night shift, the next opening is Saturday's own shift
    assert late.next_opening(ams(2026, 1, 10, 1, 0)) == ams(2026, 1, 10, 10, 30)


def test_touching_shifts_are_one_period() -> None:
    h = hours(friday=["18:00-24:00"], saturday=["00:00-03:00", "10:30-19:00"])
    at = ams(2026, 1, 9, 20, 0)
    assert h.is_open(ams(2026, 1, 10, 0, 0))
    assert h.current_shift_end(at) == ams(2026, 1, 10, 3, 0)
    assert h.next_change(at) == ams(2026, 1, 10, 3, 0)
    assert h.describe_open_until(ams(2026, 1, 10, 2, 0), "en") == "Someone is available now until 03:00."


def test_a_shift_to_midnight_reads_as_midnight() -> None:
    h = hours(monday=["18:00-24:00"])
    assert h.describe_open_until(ams(2026, 1, 5, 20, 0), "nl") == \
        "Er is nu iemand bereikbaar tot middernacht."
    assert h.describe_week("nl").startswith("maandag 18.00–24.00 uur, ")


# -- daylight saving time (2026: 29 March 02:00 -> 03:00; 25 October 03:00 -> 02:00) ----------
def test_sunday_opening_on_the_spring_change() -> None:
    sunday = ams(2026, 3, 29, 10, 30)
    assert sunday.utcoffset() == timedelta(hours=2)
    assert DEFAULT.is_open(datetime(2026, 3, 29, 8, 30, tzinfo=UTC))
    assert not DEFAULT.is_open(datetime(2026, 3, 29, 8, 29, tzinfo=UTC))
    nxt = DEFAULT.next_opening(ams(2026, 3, 28, 20, 0))
    assert nxt == sunday and nxt is not None and nxt.utcoffset() == timedelta(hours=2)
    assert DEFAULT.describe_next_opening(ams(2026, 3, 28, 20, 0), "nl") == \
        "We zijn weer bereikbaar morgen om 10:30."
    # a week earlier the same wall time is an hour later in UTC
    assert not DEFAULT.is_open(datetime(2026, 3, 22, 9, 29, tzinfo=UTC))
    assert DEFAULT.is_open(datetime(2026, 3, 22, 9, 30, tzinfo=UTC))


def test_sunday_opening_on_the_autumn_change() -> None:
    assert DEFAULT.is_open(datetime(2026, 10, 25, 9, 30, tzinfo=UTC))       # 10:30 winter time
    assert not DEFAULT.is_open(datetime(2026, 10, 25, 8, 30, tzinfo=UTC))   # 09:30 winter time
    nxt = DEFAULT.next_opening(ams(2026, 10, 24, 20, 0))
    assert nxt is not None and nxt.utcoffset() == timedelta(hours=1) and (nxt.hour, nxt.minute) == (10, 30)


def test_a_night_shift_over_the_changes_follows_the_wall_clock() -> None:
    night = hours(saturday=["22:00-04:00"])
    spring_end = night.current_shift_end(ams(2026, 3, 28, 23, 0))
    assert spring_end == ams(2026, 3, 29, 4, 0)
    assert spring_end is not None
    # (subtracting in UTC: Python subtracts same-zone datetimes by wall clock)
    assert spring_end.astimezone(UTC) - ams(2026, 3, 28, 22, 0).astimezone(UTC) == timedelta(hours=5)
    autumn_end = night.current_shift_end(ams(2026, 10, 24, 23, 0))
    assert autumn_end == ams(2026, 10, 25, 4, 0)
    assert autumn_end is not None
    assert autumn_end.astimezone(UTC) - ams(2026, 10, 24, 22, 0).astimezone(UTC) == timedelta(hours=7)
    # both 02:30s of the autumn night are inside the shift
    assert night.is_open(datetime(2026, 10, 25, 0, 30, tzinfo=UTC))
    assert night.is_open(datetime(2026, 10, 25, 1, 30, tzinfo=UTC))
    assert not night.is_open(datetime(2026, 10, 25, 3, 0, tzinfo=UTC))      # 04:00 winter time


# -- holidays, overrides, closures -----------------------------------------------------------
def test_christmas_is_closed_and_christmas_eve_is_not() -> None:
    assert DEFAULT.is_open(ams(2026, 12, 24, 12, 0))             # Thursday, not a holiday
    assert not DEFAULT.is_open(ams(2026, 12, 25, 12, 0))         # Eerste Kerstdag (Friday)
    assert not DEFAULT.is_open(ams(2026, 12, 26, 12, 0))         # Tweede Kerstdag (Saturday)
    at = ams(2026, 12, 24, 23, 0)
    assert DEFAULT.next_opening(at) == ams(2026, 12, 27, 10, 30)
    assert DEFAULT.describe_next_opening(at, "nl") == \
        "We zijn weer bereikbaar op zondag 27 december om 10:30."
    assert DEFAULT.describe_next_opening(at, "en") == "We're available again on Sunday 27 December at 10:30."


def test_kings_day_is_closed() -> None:
    assert DEFAULT.holiday(ams(2026, 4, 27).date()) is not None
    assert not DEFAULT.is_open(ams(2026, 4, 27, 12, 0))          # Monday 27 April 2026
    assert not DEFAULT.is_open(ams(2025, 4, 26, 12, 0))          # Saturday 26 April 2025 (27th a Sunday)
    assert DEFAULT.is_open(ams(2025, 4, 27, 12, 0))              # ... so that Sunday is an ordinary one
    assert DEFAULT.describe_next_opening(ams(2026, 4, 26, 20, 0), "nl") == \
        "We zijn weer bereikbaar op dinsdag 28 april om 09:00."


def test_liberation_day_only_in_lustrum_years_and_good_friday() -> None:
    assert not DEFAULT.is_open(ams(2025, 5, 5, 12, 0))
    assert DEFAULT.is_open(ams(2026, 5, 5, 12, 0))
    assert not DEFAULT.is_open(ams(2026, 4, 3, 12, 0))           # Goede Vrijdag: a holiday in `holidays`


def test_a_holiday_override_opens_the_line() -> None:
    h = hours(holiday_overrides={"2026-12-25": ["12:00-16:00"], "2026-04-03": "open"})
    assert not h.is_open(ams(2026, 12, 25, 11, 59))
    assert h.is_open(ams(2026, 12, 25, 12, 0))
    assert not h.is_open(ams(2026, 12, 25, 16, 0))
    assert h.describe_next_opening(ams(2026, 12, 24, 23, 0), "nl") == \
        "We zijn weer bereikbaar morgen om 12:00."
    assert h.is_open(ams(2026, 4, 3, 21, 0))                     # "open": that Friday's usual 09:00-22:00
    assert not h.is_open(ams(2026, 12, 26, 12, 0))               # not listed: still closed


def test_an_override_can_close_or_shorten_an_ordinary_day() -> None:
    h = hours(holiday_overrides={"2026-12-24": ["09:00-17:00"], "2026-12-31": "closed"})
    assert h.describe_open_until(ams(2026, 12, 24, 12, 0), "nl") == "Er is nu iemand bereikbaar tot 17:00."
    assert not h.is_open(ams(2026, 12, 24, 18, 0))
    assert not h.is_open(ams(2026, 12, 31, 12, 0))


def test_without_a_holiday_country_christmas_is_an_ordinary_day() -> None:
    assert hours(holidays="").is_open(ams(2026, 12, 25, 12, 0))


def test_a_closure() -> None:
    h = hours(closures=[{"start": "2026-12-31T18:00", "end": "2027-01-01T12:00"},
                        {"start": "2026-06-01T09:00", "end": "2026-06-01T13:00", "note": "teamdag"}])
    assert h.is_open(ams(2026, 12, 31, 17, 59))
    assert not h.is_open(ams(2026, 12, 31, 18, 0))
    assert h.current_shift_end(ams(2026, 12, 31, 12, 0)) == ams(2026, 12, 31, 18, 0)
    assert h.next_opening(ams(2026, 12, 31, 18, 0)) == ams(2027, 1, 2, 10, 30)  # 1 January is a holiday
    # a closure in the middle of a shift
    assert not h.is_open(ams(2026, 6, 1, 9, 0))
    assert not h.is_open(ams(2026, 6, 1, 12, 59))
    assert h.is_open(ams(2026, 6, 1, 13, 0))
    assert h.next_opening(ams(2026, 6, 1, 10, 0)) == ams(2026, 6, 1, 13, 0)
    assert h.describe_next_opening(ams(2026, 6, 1, 10, 0), "en") == "We're available again today at 13:00."


def test_extra_closures_replace_each_other_and_keep_the_configured_ones() -> None:
    h = hours(closures=[{"start": "2026-12-31T18:00", "end": "2027-01-01T12:00"}])
    is_open = h.is_open  # held by the pipeline before the change: must see it too
    assert is_open(ams(2026, 6, 1, 10, 0))
    h.set_extra_closures([(ams(2026, 6, 1, 9, 0), ams(2026, 6, 1, 13, 0))])
    assert not is_open(ams(2026, 6, 1, 10, 0))
    assert h.next_opening(ams(2026, 6, 1, 10, 0)) == ams(2026, 6, 1, 13, 0)
    assert not is_open(ams(2026, 12, 31, 18, 0))  # the configured closure is still there
    h.set_extra_closures([])
    assert is_open(ams(2026, 6, 1, 10, 0)) and not is_open(ams(2026, 12, 31, 18, 0))
    assert len(h.closures) == 1
    with pytest.raises(ValueError):
        h.set_extra_closures([(ams(2026, 6, 1, 13, 0), ams(2026, 6, 1, 9, 0))])
    with pytest.raises(ValueError):
        h.set_extra_closures([(datetime(2026, 6, 1, 9, 0), datetime(2026, 6, 1, 13, 0))])


def test_no_opening_in_sight() -> None:
    days = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    never = hours(**{d: [] for d in days})
    at = ams(2026, 1, 5, 12, 0)
    assert not never.is_open(at)
    assert never.next_opening(at) is None and never.next_change(at) is None
    assert never.describe_next_opening(at, "nl") == "Wanneer we weer bereikbaar zijn, is nog niet bekend."
    assert never.describe_week("en") == "closed"


# -- the week in words ------------------------------------------------------------------------
def test_describe_the_default_week() -> None:
    assert DEFAULT.describe_week("nl") == \
        "maandag t/m vrijdag 09.00–22.00 uur, zaterdag en zondag 10.30–19.00 uur"
    assert DEFAULT.describe_week("en") == "Monday to Friday 09:00–22:00, Saturday and Sunday 10:30–19:00"


def test_describe_an_irregular_week() -> None:
    h = hours(monday=["09:00-12:00", "13:00-17:00"], tuesday=["09:00-12:00", "13:00-17:00"],
              wednesday=[], thursday=["09:00-22:00"], friday=["09:00-22:00"], saturday=[], sunday=[])
    assert h.describe_week("nl") == \
        "maandag en dinsdag 09.00–12.00 en 13.00–17.00 uur, donderdag en vrijdag 09.00–22.00 uur"
    assert h.describe_week("en") == \
        "Monday and Tuesday 09:00–12:00 and 13:00–17:00, Thursday and Friday 09:00–22:00"


def test_every_minute_of_a_week_agrees_with_the_schedule() -> None:
    # A brute-force cross-check of the period arithmetic against a plain wall-clock reading.
    at = ams(2026, 1, 5, 0, 0)
    for step in range(0, 7 * 24 * 60, 7):
        t = at + timedelta(minutes=step)
        minute = t.hour * 60 + t.minute
        lo, hi = (9 * 60, 22 * 60) if t.weekday() < 5 else (10 * 60 + 30, 19 * 60)
        assert DEFAULT.is_open(t) is (lo <= minute < hi), t
