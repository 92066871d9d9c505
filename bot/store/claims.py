"""The counsellor queue: one queue across channels, urgent first, then longest waiting.

A claim gives one counsellor a conversation for a lease; nobody else can take it until the
lease runs out or is released. Run the changing functions inside `store.write()`: on SQLite
that transaction holds the write lock (BEGIN IMMEDIATE); on PostgreSQL every change is a
conditional UPDATE and `claim_next` picks its row with FOR UPDATE SKIP LOCKED, so two
counsellors never get the same conversation.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store._dialect import dialect_of
from bot.store.models import Conversation as C


@dataclass(frozen=True)
class QueueEntry:
    conversation_id: str
    channel: str
    lang: str
    urgent: bool
    urgent_reasons: tuple[str, ...]
    out_of_hours: bool
    connected: bool
    waiting_since: datetime | None
    position: int  # 1-based


def _claimable(now: datetime) -> object:
    return or_(C.state == "waiting",
               and_(C.state == "claimed", C.lease_expires_at <= now))


_QUEUE_ORDER = (C.urgent.desc(), C.waiting_since.asc().nulls_last(), C.id.asc())


async def _take(s: AsyncSession, conversation_id: str, counsellor_id: int, now: datetime,
                lease_seconds: float) -> bool:
    result = await s.execute(
        update(C).where(C.id == conversation_id, _claimable(now))
        .values(state="claimed", claimed_by=counsellor_id,
                lease_expires_at=now + timedelta(seconds=lease_seconds), updated_at=now)
        .execution_options(synchronize_session=False))
    return result.rowcount == 1  # type: ignore[attr-defined]


async def claim(s: AsyncSession, conversation_id: str, counsellor_id: int, now: datetime,
                lease_seconds: float) -> bool:
    """Take a waiting conversation (or one whose lease ran out); False when someone has it.

    One conditional UPDATE on both dialects: on PostgreSQL a concurrent claimer waits for the
    row lock and then finds the row no longer claimable (READ COMMITTED re-checks the WHERE on
    the new row version); on SQLite the write transaction already excludes everyone else. No
    SKIP LOCKED here: a row briefly locked by the pipeline (a new message) must not make a
    counsellor's click fail.
    """
    ok = await _take(s, conversation_id, counsellor_id, now, lease_seconds)
    if ok:
        await _refresh(s, conversation_id)
    return ok


async def claim_next(s: AsyncSession, counsellor_id: int, now: datetime,
                     lease_seconds: float) -> str | None:
    """Take the conversation at the front of the queue; its id, or None when nothing waits."""
    q = select(C.id).where(_claimable(now)).order_by(*_QUEUE_ORDER).limit(1)
    if dialect_of(s) == "postgresql":
        q = q.with_for_update(skip_locked=True)
    for _ in range(3):  # on SQLite the write lock makes the first try win; PostgreSQL skips rows
        conv_id = (await s.execute(q)).scalar_one_or_none()
        if conv_id is None:
            return None
        if await _take(s, conv_id, counsellor_id, now, lease_seconds):
            await _refresh(s, conv_id)
            return conv_id
    return None


async def renew(s: AsyncSession, conversation_id: str, counsellor_id: int, now: datetime,
                lease_seconds: float) -> bool:
    """Extend the lease of a conversation this counsellor still holds."""
    result = await s.execute(
        update(C).where(C.id == conversation_id, C.state == "claimed", C.claimed_by == counsellor_id)
        .values(lease_expires_at=now + timedelta(seconds=lease_seconds))
        .execution_options(synchronize_session=False))
    await _refresh(s, conversation_id)
    return result.rowcount == 1  # type: ignore[attr-defined]


async def release(s: AsyncSession, conversation_id: str, counsellor_id: int, now: datetime) -> bool:
    """Give the conversation back to the queue, in its old place (waiting_since is kept)."""
    result = await s.execute(
        update(C).where(C.id == conversation_id, C.state == "claimed", C.claimed_by == counsellor_id)
        .values(state="waiting", claimed_by=None, lease_expires_at=None, updated_at=now)
        .execution_options(synchronize_session=False))
    await _refresh(s, conversation_id)
    return result.rowcount == 1  # type: ignore[attr-defined]


async def transfer(s: AsyncSession, conversation_id: str, from_counsellor: int, to_counsellor: int,
                   now: datetime, lease_seconds: float) -> bool:
    """Hand a held conversation to a colleague with a fresh lease."""
    result = await s.execute(
        update(C).where(C.id == conversation_id, C.state == "claimed", C.claimed_by == from_counsellor)
        .values(claimed_by=to_counsellor, lease_expires_at=now + timedelta(seconds=lease_seconds),
                updated_at=now)
        .execution_options(synchronize_session=False))
    await _refresh(s, conversation_id)
    return result.rowcount == 1  # type: ignore[attr-defined]


async def expire_leases(s: AsyncSession, now: datetime) -> int:
    """Conversations whose lease ran out go back to the queue; returns how many."""
    result = await s.execute(
        update(C).where(C.state == "claimed", C.lease_expires_at <= now)
        .values(state="waiting", claimed_by=None, lease_expires_at=None, updated_at=now)
        .execution_options(synchronize_session=False))
    return int(result.rowcount)  # type: ignore[attr-defined]


async def queue(s: AsyncSession, limit: int | None = None) -> list[QueueEntry]:
    """The waiting conversations in the order they will be taken."""
    q = select(C).where(C.state == "waiting").order_by(*_QUEUE_ORDER)
    if limit is not None:
        q = q.limit(limit)
    rows = (await s.execute(q)).scalars().all()
    return [QueueEntry(c.id, c.channel, c.lang, c.urgent, tuple(c.urgent_reasons or ()),
                       c.out_of_hours, c.connected, c.waiting_since, i)
            for i, c in enumerate(rows, start=1)]


async def queue_position(s: AsyncSession, conversation_id: str) -> int | None:
    """1-based place in the queue (urgent ones ahead); None when the conversation is not waiting."""
    me = (await s.execute(select(C.urgent, C.waiting_since, C.state)
                          .where(C.id == conversation_id))).one_or_none()
    if me is None or me.state != "waiting":
        return None
    urgent, since = me.urgent, me.waiting_since
    if since is None:
        # Queued without a time (should not happen): behind everyone of its urgency.
        ahead_same = C.urgent == urgent
    else:
        ahead_same = and_(C.urgent == urgent, or_(
            C.waiting_since < since,
            and_(C.waiting_since == since, C.id < conversation_id)))
    ahead = or_(C.urgent.is_(True), ahead_same) if not urgent else ahead_same
    n = (await s.execute(select(func.count()).select_from(C)
                         .where(C.state == "waiting", C.id != conversation_id, ahead))).scalar_one()
    return int(n) + 1


async def _refresh(s: AsyncSession, conversation_id: str) -> None:
    """Bulk UPDATEs bypass the session: make a loaded Conversation show the new state."""
    for obj in list(s.identity_map.values()):
        if isinstance(obj, C) and obj.id == conversation_id:
            await s.refresh(obj)
