"""Out-of-hours options: call-back slots, chat appointments, "tell me when you open".

A call-back number is checked with `phonenumbers` and goes to the reply vault only; the
callbacks table holds the slot and its state, never the number.
"""
from __future__ import annotations

from datetime import datetime, timedelta

import phonenumbers
from sqlalchemy.ext.asyncio import AsyncSession

from bot.hours import OpeningHours
from bot.store import vault
from bot.store.models import Callback

KINDS = {"phone": "phone", "chat": "chat_appointment"}


def upcoming_slots(hours: OpeningHours, now: datetime, minutes: int, days_ahead: int,
                   limit: int = 12) -> list[datetime]:
    """Starts of whole slots inside opening hours, from the next quarter on."""
    step = timedelta(minutes=minutes)
    t = now.replace(second=0, microsecond=0)
    t += timedelta(minutes=(-t.minute) % minutes) + step  # a little room to prepare
    end = now + timedelta(days=days_ahead)
    slots: list[datetime] = []
    while t < end and len(slots) < limit:
        if hours.is_open(t) and hours.is_open(t + step - timedelta(minutes=1)):
            slots.append(t)
            t += step
            continue
        nxt = hours.next_opening(t)
        if nxt is None:
            break
        t = max(t + step, nxt)
    return slots


def valid_phone(raw: str) -> str | None:
    """The number in E.164 when it is a real Dutch or international number, else None."""
    try:
        num = phonenumbers.parse(raw, "NL")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(num):
        return None
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


async def book(s: AsyncSession, conversation_id: str, kind: str, now: datetime,
               slot: datetime | None = None, minutes: int = 15, phone: str | None = None) -> Callback:
    cb = Callback(conversation_id=conversation_id, kind=kind, slot_start=slot,
                  slot_end=slot + timedelta(minutes=minutes) if slot else None,
                  state="booked", created_at=now)
    s.add(cb)
    await s.flush()
    if phone:
        await vault.vault_put(s, conversation_id, "callback_phone", phone)
    return cb
