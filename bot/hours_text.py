"""Opening-hours sentences in Dutch and English, with hand-written day and month names.

No locale: the server's locale must not decide what a help-seeker reads.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from bot.settings import Shift

DAYS = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
}
_WORDS = {
    "nl": {"today": "vandaag", "tomorrow": "morgen", "at": "om", "on": "op", "and": "en",
           "through": "t/m", "hour": " uur", "closed": "gesloten", "midnight": "middernacht",
           "tonight": "vannacht"},
    "en": {"today": "today", "tomorrow": "tomorrow", "at": "at", "on": "on", "and": "and",
           "through": "to", "hour": "", "closed": "closed", "midnight": "midnight",
           "tonight": "tonight"},
}
_SENTENCES = {
    "nl": {"next_opening": "We zijn weer bereikbaar {when}.",
           "no_opening": "Wanneer we weer bereikbaar zijn, is nog niet bekend.",
           "open_until": "Er is nu iemand bereikbaar tot {until}."},
    "en": {"next_opening": "We're available again {when}.",
           "no_opening": "We don't know yet when we will be available again.",
           "open_until": "Someone is available now until {until}."},
}


def lang_of(lang: str | None) -> str:
    return lang if lang in DAYS else "nl"


def clock(t: time | datetime) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def day_and_date(d: date, lang: str) -> str:
    """"maandag 6 januari" / "Monday 6 January"."""
    lang = lang_of(lang)
    return f"{DAYS[lang][d.weekday()]} {d.day} {MONTHS[lang][d.month - 1]}"


def moment(at: datetime, lang: str, today: date | None = None) -> str:
    """"vandaag om 10:30", "morgen om 09:00", "maandag 6 januari om 09:00" (local `at`)."""
    lang = lang_of(lang)
    w = _WORDS[lang]
    day = at.date()
    if today is not None and day == today:
        return f"{w['today']} {w['at']} {clock(at)}"
    if today is not None and day == today + timedelta(days=1):
        return f"{w['tomorrow']} {w['at']} {clock(at)}"
    return f"{day_and_date(day, lang)} {w['at']} {clock(at)}"


def next_opening_sentence(at: datetime | None, lang: str, today: date) -> str:
    lang = lang_of(lang)
    if at is None:
        return _SENTENCES[lang]["no_opening"]
    when = moment(at, lang, today)
    if at.date() not in (today, today + timedelta(days=1)):
        when = f"{_WORDS[lang]['on']} {when}"
    return _SENTENCES[lang]["next_opening"].format(when=when)


def open_until_sentence(end: datetime, lang: str, today: date) -> str:
    lang = lang_of(lang)
    w = _WORDS[lang]
    tomorrow = today + timedelta(days=1)
    if end.date() == today:
        until = clock(end)
    elif end.date() == tomorrow and end.hour == 0 and end.minute == 0:
        until = w["midnight"]
    elif end.date() == tomorrow and end.hour < 6:
        until = f"{w['tonight']} {clock(end)}" if lang == "nl" else f"{clock(end)} {w['tonight']}"
    elif end.date() == tomorrow:
        until = f"{w['tomorrow']} {clock(end)}"
    else:
        until = f"{day_and_date(end.date(), lang)} {clock(end)}"
    return _SENTENCES[lang]["open_until"].format(until=until)


def week_sentence(week: Sequence[Sequence[Shift]], lang: str) -> str:
    """"maandag t/m vrijdag 09.00–22.00 uur, zaterdag en zondag 10.30–19.00 uur"."""
    lang = lang_of(lang)
    w = _WORDS[lang]
    groups: list[tuple[int, int, tuple[Shift, ...]]] = []
    for i, shifts in enumerate(week):
        key = tuple(shifts)
        if groups and groups[-1][2] == key and groups[-1][1] == i - 1:
            groups[-1] = (groups[-1][0], i, key)
        else:
            groups.append((i, i, key))
    parts = []
    for first, last, shifts in groups:
        if not shifts:
            continue
        names = DAYS[lang]
        if first == last:
            days = names[first]
        elif last == first + 1:
            days = f"{names[first]} {w['and']} {names[last]}"
        else:
            days = f"{names[first]} {w['through']} {names[last]}"
        times = f" {w['and']} ".join(_span(s, lang) for s in shifts)
        parts.append(f"{days} {times}{w['hour']}")
    return ", ".join(parts) if parts else w["closed"]


def _span(shift: Shift, lang: str) -> str:
    sep = "." if lang == "nl" else ":"

    def fmt(t: time, is_end: bool) -> str:
        hour = 24 if is_end and t == time(0) else t.hour
        return f"{hour:02d}{sep}{t.minute:02d}"

    return f"{fmt(shift.start, False)}–{fmt(shift.end, True)}"
