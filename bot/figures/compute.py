"""Every figure, counted from the store for one period. Aggregates only: rows are read with the
few columns a count needs (never message text), counted here, and only the counts leave.

What each figure counts (the period is [start, end) in Amsterdam time):
- conversations ("contactmomenten"): by `conversations.created_at`, per channel and per month;
- messages: writer messages in, bot and counsellor replies out, by `messages.created_at`;
- unique persons: distinct keyed hashes per person_year (the key rotates yearly, so a person
  is counted once per year and never linked across years); channels without a stable sender
  (the web chat) have no hash and are counted apart;
- out of hours: conversations that began while the line was closed, or queued out of hours;
- FAQ answers: ids in the bot's own replies (`sender = 'bot'`), by `messages.created_at`;
- registrations (target group, reason, help offered, age band, gender, platforms) by
  `registrations.closed_at`;
- callbacks booked by `callbacks.created_at`, done (or sent) by `callbacks.done_at`;
- waiting time to a counsellor: from `waiting_since` to the first counsellor message after it,
  for conversations whose `waiting_since` is in the period (median and 90th percentile by
  nearest rank, in minutes).
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.figures import categories as cat
from bot.figures.period import LOCAL, Period
from bot.store.models import Callback, Conversation, Message
from bot.store.models_console import Registration
from bot.store.models_figures import RegistrationPlatform
from bot.store.types import UTCDateTime

IsOpen = Callable[[datetime], bool]
OUT = ("bot", "counsellor")


@dataclass
class Raw:
    """Counts for one period; keys are codes (None = not registered)."""

    conversations: Counter[str] = field(default_factory=Counter)  # per channel
    months: Counter[tuple[int, int]] = field(default_factory=Counter)  # (year, month)
    months_in: Counter[tuple[int, int]] = field(default_factory=Counter)  # writer messages
    messages_in: Counter[str] = field(default_factory=Counter)  # per channel
    messages_out: Counter[str] = field(default_factory=Counter)  # per channel
    replies_by: Counter[str] = field(default_factory=Counter)  # bot / counsellor
    persons: Counter[str] = field(default_factory=Counter)  # per channel
    persons_total: int = 0
    without_person: int = 0
    out_of_hours: int = 0
    faq: Counter[str] = field(default_factory=Counter)
    registrations: int = 0
    target_group: Counter[str | None] = field(default_factory=Counter)
    reason: Counter[str | None] = field(default_factory=Counter)
    help_offered: Counter[str] = field(default_factory=Counter)
    age_band: Counter[str | None] = field(default_factory=Counter)
    gender: Counter[str | None] = field(default_factory=Counter)
    platforms: Counter[str] = field(default_factory=Counter)
    callbacks_booked: Counter[str] = field(default_factory=Counter)
    callbacks_done: Counter[str] = field(default_factory=Counter)
    queued: int = 0
    waits_minutes: list[float] = field(default_factory=list)

    @property
    def conversations_total(self) -> int:
        return sum(self.conversations.values())


def median(values: list[float]) -> float | None:
    return float(statistics.median(values)) if values else None


def p90(values: list[float]) -> float | None:
    """Nearest rank: the smallest value at least 90% of the values are at or below."""
    if not values:
        return None
    ordered = sorted(values)
    return float(ordered[max(0, math.ceil(0.9 * len(ordered)) - 1)])


def local_month(at: datetime) -> tuple[int, int]:
    local = at.astimezone(LOCAL)
    return local.year, local.month


async def count(s: AsyncSession, period: Period, is_open: IsOpen) -> Raw:
    start, end = period.start, period.end
    raw = Raw()
    await _conversations(s, raw, start, end, is_open)
    await _messages(s, raw, start, end)
    await _registrations(s, raw, start, end)
    await _callbacks(s, raw, start, end)
    await _waiting(s, raw, start, end)
    return raw


async def _conversations(s: AsyncSession, raw: Raw, start: datetime, end: datetime, is_open: IsOpen) -> None:
    rows = await s.execute(
        select(
            Conversation.channel,
            Conversation.created_at,
            Conversation.out_of_hours,
            Conversation.person_year,
            Conversation.person_hash,
        ).where(Conversation.created_at >= start, Conversation.created_at < end)
    )
    seen: dict[str, set[tuple[int, str]]] = {}
    for channel, created_at, flagged, person_year, person_hash in rows:
        raw.conversations[channel] += 1
        raw.months[local_month(created_at)] += 1
        if flagged or not is_open(created_at):
            raw.out_of_hours += 1
        if person_hash is None or person_year is None:
            raw.without_person += 1
        else:
            seen.setdefault(channel, set()).add((person_year, person_hash))
    for channel, people in seen.items():
        raw.persons[channel] = len(people)
    # A person whose hash is the same on two channels is one person; otherwise two.
    raw.persons_total = len(set().union(*seen.values())) if seen else 0


async def _messages(s: AsyncSession, raw: Raw, start: datetime, end: datetime) -> None:
    in_period = (Message.created_at >= start, Message.created_at < end)
    rows = await s.execute(
        select(Conversation.channel, Message.sender, Message.created_at)
        .join(Conversation, Conversation.id == Message.conversation_id)
        .where(*in_period)
    )
    for channel, sender, created_at in rows:
        if sender == "writer":
            raw.messages_in[channel] += 1
            raw.months_in[local_month(created_at)] += 1
        elif sender in OUT:
            raw.messages_out[channel] += 1
            raw.replies_by[sender] += 1
    faq_rows = await s.execute(select(Message.faq_ids).where(*in_period, Message.sender == "bot"))
    for (ids,) in faq_rows:
        for faq_id in ids or ():
            raw.faq[str(faq_id)] += 1


async def _registrations(s: AsyncSession, raw: Raw, start: datetime, end: datetime) -> None:
    in_period = (Registration.closed_at >= start, Registration.closed_at < end)
    rows = await s.execute(
        select(
            Registration.target_group,
            Registration.reason,
            Registration.help_offered,
            Registration.age_band,
            Registration.gender,
        ).where(*in_period)
    )
    for target_group, reason, help_offered, age_band, gender in rows:
        raw.registrations += 1
        raw.target_group[target_group or None] += 1
        raw.reason[reason or None] += 1
        for code in set(help_offered or ()):
            raw.help_offered[str(code)] += 1
        raw.age_band[age_band or None] += 1
        raw.gender[gender or None] += 1
    platforms = await s.execute(
        select(RegistrationPlatform.platform, func.count())
        .join(Registration, Registration.conversation_id == RegistrationPlatform.conversation_id)
        .where(*in_period)
        .group_by(RegistrationPlatform.platform)
    )
    for code, n in platforms:
        raw.platforms[code] += n


async def _callbacks(s: AsyncSession, raw: Raw, start: datetime, end: datetime) -> None:
    booked = await s.execute(
        select(Callback.kind, func.count())
        .where(Callback.created_at >= start, Callback.created_at < end)
        .group_by(Callback.kind)
    )
    raw.callbacks_booked.update(dict(booked.all()))
    done = await s.execute(
        select(Callback.kind, func.count())
        .where(Callback.state.in_(("done", "sent")), Callback.done_at >= start, Callback.done_at < end)
        .group_by(Callback.kind)
    )
    raw.callbacks_done.update(dict(done.all()))


async def _waiting(s: AsyncSession, raw: Raw, start: datetime, end: datetime) -> None:
    first_reply = (
        select(func.min(Message.created_at, type_=UTCDateTime()))
        .where(
            Message.conversation_id == Conversation.id,
            Message.sender == "counsellor",
            Message.created_at >= Conversation.waiting_since,
        )
        .correlate(Conversation)
        .scalar_subquery()
    )
    rows = await s.execute(
        select(Conversation.waiting_since, first_reply).where(
            Conversation.waiting_since >= start, Conversation.waiting_since < end
        )
    )
    for since, reply_at in rows:
        raw.queued += 1
        if reply_at is not None:
            raw.waits_minutes.append((reply_at - since).total_seconds() / 60)


SHORT_MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def month_label(ym: tuple[int, int]) -> str:
    return f"{SHORT_MONTHS[ym[1] - 1]} {ym[0]}"


def codes(
    known: Iterable[tuple[str, str]], *counters: Counter[str] | Counter[str | None], unknown: bool = False
) -> list[tuple[str | None, str]]:
    """Rows for a table: every known code, then codes found but not known, then "onbekend"."""
    known = tuple(known)
    rows: list[tuple[str | None, str]] = [(c, label) for c, label in known]
    listed = {c for c, _ in known}
    extra = sorted({str(k) for c in counters for k in c if k is not None and k not in listed})
    rows += [(c, cat.label_of(known, c)) for c in extra]
    if unknown:
        rows.append((None, cat.UNKNOWN.capitalize()))
    return rows
