"""A generated year of helpline work, inserted straight into the store, and the same facts
kept in plain Python so tests can count them independently of bot.figures."""

from __future__ import annotations

import hashlib
import math
import random
import secrets
import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import holidays

from bot.store.db import Store
from bot.store.models import Callback, Conversation, Message
from bot.store.models_console import Registration
from bot.store.models_figures import RegistrationPlatform

AMS = ZoneInfo("Europe/Amsterdam")
CHANNELS = (("webchat", 6), ("email", 3), ("telegram", 2))
# Weights chosen so some categories stay under the small-cell threshold.
TARGET = (("own_feelings", 70), ("someone_close", 24), ("professional", 5), ("victim", 1), ("other", 1))
REASONS = (
    ("feelings_minors", 40),
    ("online_material", 30),
    ("worried_about_someone", 20),
    ("information", 8),
    ("case_consultation", 1),
)
HELP = ("self_help", "waag_appointment", "forensic_care", "sexologist", "gp", "peer_group", "none")
AGES = (("0-4", 1), ("5-11", 3), ("12-18", 27), ("19-25", 21), ("26+", 32), (None, 16))
GENDERS = (("man", 50), ("vrouw", 45), ("non-binair", 2), (None, 3))
PLATFORMS = (("snapchat", 20), ("whatsapp", 12), ("telegram", 10), ("discord", 3), ("darkweb", 1))
FAQ = ("anonymous", "police", "help_offer")


@dataclass
class Generated:
    """What was inserted, as plain records (UTC datetimes)."""

    conversations: list[dict] = field(default_factory=list)  # type: ignore[type-arg]
    messages: list[dict] = field(default_factory=list)  # type: ignore[type-arg]
    registrations: list[dict] = field(default_factory=list)  # type: ignore[type-arg]
    callbacks: list[dict] = field(default_factory=list)  # type: ignore[type-arg]


def _pick(rng: random.Random, weighted: tuple[tuple[object, int], ...]) -> object:
    values, weights = zip(*weighted, strict=True)
    return rng.choices(values, weights)[0]


def _moment(rng: random.Random, year: int) -> tuple[datetime, bool]:
    """A local moment in `year` and whether the line was open then (weekday 14-15h, no holiday)."""
    day = date(year, 1, 1) + timedelta(days=rng.randrange(365))
    closed_day = day.weekday() >= 5 or day in holidays.country_holidays("NL", years=year)
    if not closed_day and rng.random() < 0.7:
        local = datetime.combine(day, time(14, rng.randrange(60)), tzinfo=AMS)
        return local.astimezone(UTC), True
    local = datetime.combine(day, time(3, rng.randrange(60)), tzinfo=AMS)
    return local.astimezone(UTC), False


def generate(seed: int, sizes: dict[int, int]) -> Generated:
    rng = random.Random(seed)
    g = Generated()
    for year, n in sizes.items():
        people = {ch: [f"{ch}-{year}-{i}" for i in range(max(5, n // 8))] for ch, _ in CHANNELS}
        for i in range(n):
            created, is_open = _moment(rng, year)
            if i < 3:  # New Year's night in Amsterdam is still the old year in UTC
                created = datetime(year, 1, 1, 0, 10 + i, tzinfo=AMS).astimezone(UTC)
                is_open = False
            channel = str(_pick(rng, CHANNELS))
            who = None if channel == "webchat" else rng.choice(people[channel])
            conv_id = secrets.token_hex(8)
            queued = rng.random() < 0.5
            waiting = created + timedelta(minutes=1) if queued else None
            g.conversations.append(
                {
                    "id": conv_id,
                    "channel": channel,
                    "created_at": created,
                    "open": is_open,
                    "out_of_hours": queued and not is_open,
                    "person": who,
                    "waiting_since": waiting,
                }
            )
            t = created
            for _ in range(rng.randint(1, 3)):
                t += timedelta(seconds=20)
                g.messages.append(
                    {"conv": conv_id, "channel": channel, "sender": "writer", "at": t, "faq": []}
                )
                faq = rng.sample(FAQ, rng.choice((0, 0, 1, 2)))
                g.messages.append({"conv": conv_id, "channel": channel, "sender": "bot", "at": t, "faq": faq})
            if waiting is not None:
                if rng.random() < 0.3:  # a counsellor wrote before it (re)joined the queue: not the wait
                    g.messages.append(
                        {
                            "conv": conv_id,
                            "channel": channel,
                            "sender": "counsellor",
                            "at": waiting - timedelta(seconds=30),
                            "faq": [],
                        }
                    )
                if rng.random() < 0.85:
                    first = waiting + timedelta(minutes=rng.randint(1, 90), seconds=rng.randrange(60))
                    for k in range(rng.randint(1, 3)):
                        g.messages.append(
                            {
                                "conv": conv_id,
                                "channel": channel,
                                "sender": "counsellor",
                                "at": first + timedelta(minutes=5 * k),
                                "faq": [],
                            }
                        )
            if rng.random() < 0.8:
                g.registrations.append(
                    {
                        "conv": conv_id,
                        "channel": channel,
                        "closed_at": created + timedelta(minutes=50),
                        "target_group": _pick(rng, TARGET),
                        "reason": _pick(rng, REASONS),
                        "help_offered": rng.sample(HELP, rng.randint(0, 2)),
                        "age_band": _pick(rng, AGES),
                        "gender": _pick(rng, GENDERS),
                        "platforms": sorted({str(_pick(rng, PLATFORMS)) for _ in range(rng.randint(0, 2))}),
                    }
                )
            if rng.random() < 0.15:
                kind = rng.choice(("phone", "chat_appointment", "notify_open", "morning_message"))
                done = rng.random() < 0.6
                g.callbacks.append(
                    {
                        "conv": conv_id,
                        "kind": kind,
                        "created_at": created,
                        "state": ("sent" if kind == "notify_open" else "done") if done else "booked",
                        "done_at": created + timedelta(hours=10) if done else None,
                    }
                )
    return g


def person_hash(person: str) -> str:
    return hashlib.sha256(person.encode()).hexdigest()


async def insert(store: Store, g: Generated) -> None:
    async with store.write() as s:
        for c in g.conversations:
            year = c["created_at"].astimezone(AMS).year
            s.add(
                Conversation(
                    id=c["id"],
                    channel=c["channel"],
                    lang="nl",
                    state="closed",
                    urgent=False,
                    urgent_reasons=[],
                    out_of_hours=c["out_of_hours"],
                    created_at=c["created_at"],
                    updated_at=c["created_at"],
                    waiting_since=c["waiting_since"],
                    connected=False,
                    faq_answered=[],
                    person_year=year if c["person"] else None,
                    person_hash=person_hash(c["person"]) if c["person"] else None,
                )
            )
        await s.flush()
        for m in g.messages:
            s.add(
                Message(
                    conversation_id=m["conv"],
                    created_at=m["at"],
                    sender=m["sender"],
                    kind="text",
                    body=None,
                    faq_ids=m["faq"],
                    finding_kinds={},
                )
            )
        for r in g.registrations:
            s.add(
                Registration(
                    conversation_id=r["conv"],
                    counsellor_id=1,
                    channel=r["channel"],
                    closed_at=r["closed_at"],
                    target_group=r["target_group"],
                    reason=r["reason"],
                    help_offered=r["help_offered"],
                    age_band=r["age_band"],
                    gender=r["gender"],
                )
            )
        await s.flush()
        for r in g.registrations:
            for p in r["platforms"]:
                s.add(RegistrationPlatform(conversation_id=r["conv"], platform=p))
        for cb in g.callbacks:
            s.add(
                Callback(
                    conversation_id=cb["conv"],
                    kind=cb["kind"],
                    state=cb["state"],
                    created_at=cb["created_at"],
                    done_at=cb["done_at"],
                )
            )


# -- the independent count ------------------------------------------------------------------
def in_year(at: datetime, year: int) -> bool:
    return at.astimezone(AMS).year == year


def expected(g: Generated, year: int) -> dict[str, Counter]:  # type: ignore[type-arg]
    convs = [c for c in g.conversations if in_year(c["created_at"], year)]
    msgs = [m for m in g.messages if in_year(m["at"], year)]
    regs = [r for r in g.registrations if in_year(r["closed_at"], year)]
    out: dict[str, Counter] = {}  # type: ignore[type-arg]
    out["kanalen"] = Counter(c["channel"] for c in convs)
    out["berichten_in"] = Counter(m["channel"] for m in msgs if m["sender"] == "writer")
    out["berichten_uit"] = Counter(m["channel"] for m in msgs if m["sender"] != "writer")
    out["maanden"] = Counter(f"{year}-{c['created_at'].astimezone(AMS).month:02d}" for c in convs)
    out["maanden_berichten"] = Counter(
        f"{year}-{m['at'].astimezone(AMS).month:02d}" for m in msgs if m["sender"] == "writer"
    )
    out["personen"] = Counter(
        {
            ch: len({c["person"] for c in convs if c["channel"] == ch and c["person"]})
            for ch in ("email", "telegram")
        }
    )
    closed = sum(1 for c in convs if not c["open"] or c["out_of_hours"])
    out["openingstijden"] = Counter({"open": len(convs) - closed, "closed": closed})
    out["doelgroepen"] = Counter(r["target_group"] for r in regs)
    out["redenen"] = Counter(r["reason"] for r in regs)
    out["hulpaanbod"] = Counter(h for r in regs for h in r["help_offered"])
    out["leeftijden"] = Counter(r["age_band"] for r in regs)
    out["gender"] = Counter(r["gender"] for r in regs)
    out["platforms"] = Counter(p for r in regs for p in r["platforms"])
    out["faq"] = Counter(f for m in msgs if m["sender"] == "bot" for f in m["faq"])
    out["afspraken_geboekt"] = Counter(cb["kind"] for cb in g.callbacks if in_year(cb["created_at"], year))
    out["afspraken_gedaan"] = Counter(
        cb["kind"] for cb in g.callbacks if cb["done_at"] is not None and in_year(cb["done_at"], year)
    )
    out["overzicht"] = Counter(
        {
            "conversations": len(convs),
            "messages_in": sum(out["berichten_in"].values()),
            "replies_bot": sum(1 for m in msgs if m["sender"] == "bot"),
            "replies_counsellor": sum(1 for m in msgs if m["sender"] == "counsellor"),
            "persons": len({c["person"] for c in convs if c["person"]}),
            "without_person": sum(1 for c in convs if not c["person"]),
            "out_of_hours": closed,
            "faq_answers": sum(out["faq"].values()),
            "registrations": len(regs),
            "callbacks_booked": sum(out["afspraken_geboekt"].values()),
        }
    )
    return out


def waits(g: Generated, year: int) -> tuple[int, list[float]]:
    """(conversations queued in `year`, minutes to the first counsellor message after queueing)."""
    queued = [c for c in g.conversations if c["waiting_since"] and in_year(c["waiting_since"], year)]
    minutes = []
    for c in queued:
        after = [
            m["at"]
            for m in g.messages
            if m["conv"] == c["id"] and m["sender"] == "counsellor" and m["at"] >= c["waiting_since"]
        ]
        if after:
            minutes.append((min(after) - c["waiting_since"]).total_seconds() / 60)
    return len(queued), minutes


def nearest_rank(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[math.ceil(q * len(ordered)) - 1]


def median(values: list[float]) -> float:
    return float(statistics.median(values))
