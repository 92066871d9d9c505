"""The outbox: every reply is a row written in the same transaction as the message it answers,
and a sender delivers it until it is delivered or visibly failed (promise 2).

An item is claimed by setting it to "sending" with a lock deadline; if the sender dies, the item
is due again once the lock expires. Claiming takes at most one chain per conversation in order:
an item waits while an older item of the same conversation is not yet deliverable, so replies
reach the writer in the order they were written.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, exists, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from bot.store._dialect import dialect_of
from bot.store.models import Outbox
from bot.store.types import utcnow
from handlers.scrub import scrub

if TYPE_CHECKING:
    from bot.store.db import Store

log = logging.getLogger(__name__)

DEFAULT_MAX_ATTEMPTS = 8
DEFAULT_BASE_BACKOFF = 2.0
DEFAULT_MAX_BACKOFF = 600.0


class TemporaryFailure(Exception):
    """Delivery failed but may work later; `retry_after` (seconds) overrides the back-off.

    The message must be generic ("mailbox full", "socket closed"): it is stored.
    """

    def __init__(self, reason: str = "", retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


class NotHere(TemporaryFailure):
    """The receiver is reachable through another instance of the service (a writer's socket is
    open there): hand the item back at once, without counting a try, for that instance to take.

    This instance leaves the item alone for `retry_after` seconds (at least HANDOVER_SECONDS):
    claiming it again at its next poll, it kept it from the instance that can deliver it (each
    poll of the other instance fell where the item was claimed here).
    """


HANDOVER_SECONDS = 5.0


class PermanentFailure(Exception):
    """Delivery can never work (no address, channel gone): the item is marked failed at once."""


@dataclass(frozen=True)
class OutboxItem:
    id: int
    conversation_id: str
    message_id: int | None
    channel: str
    payload: dict[str, Any]
    attempts: int  # including the one now under way


def describe_error(exc: BaseException) -> str:
    """Class name and a generic reason, stripped of identifiers like any stored text (a reason is
    meant to be generic, but one may still quote an address)."""
    reason = str(exc) if isinstance(exc, TemporaryFailure | PermanentFailure) else ""
    reason = scrub(reason, "en").text if reason else ""  # reasons are written in English
    text = type(exc).__name__ + (f": {reason}" if reason else "")
    return text[:200]


def backoff_seconds(attempts: int, base: float, maximum: float) -> float:
    """Seconds before the next try after `attempts` failed tries: base, 2·base, 4·base … ≤ max."""
    return float(min(maximum, base * 2 ** max(0, attempts - 1)))


async def enqueue(s: AsyncSession, conversation_id: str, channel: str, payload: dict[str, Any],
                  message_id: int | None = None, *, now: datetime,
                  claim_seconds: float | None = None) -> int:
    """Add an item in the caller's transaction; returns its id.

    With `claim_seconds` the item is born claimed ("sending", first attempt) by the caller, who
    delivers it at once after the commit (`OutboxSender.submit`); should the caller die first,
    the item falls due for any sender when the claim runs out.
    """
    claimed = claim_seconds is not None
    item = Outbox(conversation_id=conversation_id, message_id=message_id, channel=channel,
                  payload=payload, state="sending" if claimed else "pending", attempts=1 if claimed else 0,
                  next_attempt_at=now, created_at=now,
                  locked_until=now + timedelta(seconds=claim_seconds) if claimed else None)
    s.add(item)
    await s.flush()
    return item.id


async def enqueue_claimed(s: AsyncSession, items: list[tuple[str, str, dict[str, Any], int | None]], *,
                          now: datetime, claim_seconds: float) -> list[int]:
    """Many items born claimed (see `enqueue`), one statement: (conversation id, channel, payload,
    message id) each; returns their ids in the same order."""
    if not items:
        return []
    until = now + timedelta(seconds=claim_seconds)
    rows = [{"conversation_id": cid, "message_id": mid, "channel": channel, "payload": payload,
             "state": "sending", "attempts": 1, "next_attempt_at": now, "created_at": now,
             "locked_until": until} for cid, channel, payload, mid in items]
    table = Outbox.__table__
    result = await s.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows)
    return [int(r[0]) for r in result]


def _claimable(row: Any, now: datetime) -> Any:
    return or_(
        and_(row.state == "pending", row.next_attempt_at <= now),
        and_(row.state == "sending", row.locked_until <= now),
    )


async def claim_due(s: AsyncSession, now: datetime, limit: int = 20, lock_seconds: float = 60.0,
                    max_attempts: int | None = None, skip: Collection[int] = ()) -> list[OutboxItem]:
    """Claim due items (oldest first) for delivery, marking them "sending" until the lock runs out.

    Run inside `store.write()`. On PostgreSQL rows another sender holds are skipped, and so are
    the items in `skip` (handed to another instance). An item whose sender died and that has
    already used `max_attempts` is marked failed, not retried.
    """
    older = aliased(Outbox)
    blocked = exists().where(
        older.conversation_id == Outbox.conversation_id,
        older.id < Outbox.id,
        older.state.in_(("pending", "sending")),
        ~_claimable(older, now),
    )
    q = (select(Outbox).where(_claimable(Outbox, now), ~blocked)
         .order_by(Outbox.id).limit(limit).execution_options(populate_existing=True))
    if skip:
        q = q.where(Outbox.id.not_in(list(skip)))
    if dialect_of(s) == "postgresql":
        q = q.with_for_update(skip_locked=True, of=Outbox)
    rows = (await s.execute(q)).scalars().all()
    items: list[OutboxItem] = []
    until = now + timedelta(seconds=lock_seconds)
    for row in rows:
        if max_attempts is not None and row.attempts >= max_attempts:
            row.state, row.locked_until, row.payload = "failed", None, dict(SPENT)
            row.last_error = row.last_error or "SenderLost: lock expired after the last attempt"
            continue
        row.state, row.locked_until, row.attempts = "sending", until, row.attempts + 1
        items.append(OutboxItem(row.id, row.conversation_id, row.message_id, row.channel,
                                dict(row.payload), row.attempts))
    await s.flush()
    return items


# Once an item is delivered or has failed for good, nothing reads its payload again. A
# counsellor's reply is stored stripped of identifiers but sent as typed: its only unstripped
# copy is this payload, so it is emptied then.
SPENT: dict[str, Any] = {}


async def mark_delivered(s: AsyncSession, item_id: int | list[int], now: datetime) -> None:
    ids = item_id if isinstance(item_id, list) else [item_id]
    await s.execute(update(Outbox).where(Outbox.id.in_(ids))
                    .values(state="delivered", delivered_at=now, locked_until=None, last_error=None,
                            payload=SPENT))


async def mark_failed(s: AsyncSession, item_id: int, now: datetime, error: str) -> None:
    await s.execute(update(Outbox).where(Outbox.id == item_id, Outbox.state != "delivered")
                    .values(state="failed", locked_until=None, last_error=error[:200], payload=SPENT))


async def mark_retry(s: AsyncSession, item_id: int, now: datetime, retry_after: float | None, error: str,
                     *, base_backoff: float = DEFAULT_BASE_BACKOFF,
                     max_backoff: float = DEFAULT_MAX_BACKOFF,
                     max_attempts: int = DEFAULT_MAX_ATTEMPTS) -> str:
    """After a temporary failure: due again after back-off (or `retry_after`), or "failed" once
    `max_attempts` tries are used. Returns the new state."""
    row = await s.get(Outbox, item_id, populate_existing=True)
    if row is None or row.state == "delivered":
        return row.state if row else "missing"
    row.last_error, row.locked_until = error[:200], None
    if row.attempts >= max_attempts:
        row.state, row.payload = "failed", dict(SPENT)
    else:
        delay = retry_after if retry_after is not None else backoff_seconds(row.attempts, base_backoff,
                                                                            max_backoff)
        row.state, row.next_attempt_at = "pending", now + timedelta(seconds=max(0.0, delay))
    await s.flush()
    return row.state


async def _release(s: AsyncSession, item_id: int, at: datetime) -> None:
    """Hand back an item that was claimed but not tried (an older one of its chain failed)."""
    await s.execute(update(Outbox).where(Outbox.id == item_id, Outbox.state == "sending")
                    .values(state="pending", locked_until=None, next_attempt_at=at,
                            attempts=Outbox.attempts - 1))


@dataclass
class _Result:
    item: OutboxItem
    error: BaseException | None = None
    tried: bool = True


class OutboxSender:
    """Delivers due items: per conversation in order, conversations side by side.

    Deliveries run as their own tasks, so a slow channel does not hold up a fast one; their
    outcomes are recorded in batches by one recorder task (few write transactions under load).
    `wake()` after committing new items; otherwise the sender polls every `idle_seconds`
    (retries fall due, other instances enqueue).
    """

    def __init__(self, store: Store, deliver: Callable[[OutboxItem], Awaitable[None]], *,
                 now: Callable[[], datetime] = utcnow,
                 max_attempts: int = DEFAULT_MAX_ATTEMPTS,
                 base_backoff: float = DEFAULT_BASE_BACKOFF,
                 max_backoff: float = DEFAULT_MAX_BACKOFF,
                 batch: int = 50, max_in_flight: int = 200, lock_seconds: float = 60.0,
                 idle_seconds: float = 1.0, deliver_timeout: float = 30.0,
                 write: Callable[[Callable[[AsyncSession], Awaitable[None]]], Awaitable[None]] | None = None,
                 handed_over: Callable[[list[str]], None] = lambda _ids: None,
                 ) -> None:
        self.store = store
        # Where outcomes are written: a group commit shares its fsync with the messages that
        # arrive meanwhile (bot/store/group.py); by default a transaction of their own.
        self._write = write or self._own_transaction
        self.deliver = deliver
        self.now = now
        self.max_attempts = max_attempts
        self.base_backoff = base_backoff
        self.max_backoff = max_backoff
        self.batch = batch
        self.max_in_flight = max_in_flight
        # A delivery still running must never be claimed again by another sender.
        self.lock_seconds = max(lock_seconds, deliver_timeout * 2)
        self.idle_seconds = idle_seconds
        self.deliver_timeout = deliver_timeout
        self._wake = asyncio.Event()
        self._results: asyncio.Queue[_Result] = asyncio.Queue()
        self._chains: set[asyncio.Task[None]] = set()
        self._in_flight = 0
        self._loop_task: asyncio.Task[None] | None = None
        self._recorder: asyncio.Task[None] | None = None
        self._stopping = False
        # Items handed to another instance (NotHere): not claimed here again until the time given.
        self._handed: dict[int, float] = {}
        # Told the conversations of those items once their release is committed: the instance
        # that holds the writer's socket wakes its sender (through the event relay).
        self.handed_over = handed_over

    async def start(self) -> None:
        if self._loop_task is None:
            loop = asyncio.get_running_loop()
            self._stopping = False
            self._recorder = loop.create_task(self._record_loop(), name="outbox-recorder")
            self._loop_task = loop.create_task(self._claim_loop(), name="outbox-sender")

    def wake(self) -> None:
        self._wake.set()

    def submit(self, items: list[OutboxItem]) -> None:
        """Deliver items the caller claimed at enqueue time, now, recording as usual."""
        for chain in _chains(items):
            self._spawn(chain)

    async def stop(self, grace: float = 5.0) -> None:
        """Stop claiming, let deliveries under way finish (up to `grace` s) and record them."""
        if self._loop_task is None:
            return
        self._stopping = True
        self._wake.set()
        await _finish(self._loop_task, grace)
        if self._chains:
            _done, pending = await asyncio.wait(self._chains, timeout=grace)
            for t in pending:  # their items stay "sending" and fall due after the lock
                t.cancel()
        if self._recorder is not None:
            if not self._recorder.done():
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._results.join(), grace)
            self._recorder.cancel()
            await _finish(self._recorder, grace)
        self._loop_task = self._recorder = None

    async def run_once(self) -> int:
        """Claim, deliver and record one batch in the caller's task; returns how many were tried."""
        async with self.store.write() as s:
            items = await claim_due(s, self.now(), self.batch, self.lock_seconds, self.max_attempts,
                                    self._not_mine())
        results: list[_Result] = []
        for chain in _chains(items):
            results.extend(await self._deliver_chain(chain))
        if results:
            await self._record(results)
        return sum(1 for r in results if r.tried)

    async def _deliver_chain(self, items: list[OutboxItem]) -> list[_Result]:
        out: list[_Result] = []
        for item in items:
            if out and (out[-1].error is not None or not out[-1].tried):
                out.append(_Result(item, tried=False))
                continue
            try:
                await asyncio.wait_for(self.deliver(item), self.deliver_timeout)
                out.append(_Result(item))
            except Exception as exc:  # every failure is recorded on the item, none stops the loop
                out.append(_Result(item, exc))
        return out

    async def _own_transaction(self, unit: Callable[[AsyncSession], Awaitable[None]]) -> None:
        async with self.store.write() as s:
            await unit(s)

    async def _record(self, results: list[_Result]) -> None:
        now = self.now()
        delivered = [r.item.id for r in results if r.tried and r.error is None]

        async def unit(s: AsyncSession) -> None:
            await self._record_in(s, results, delivered, now)

        await self._write(unit)
        handed = [r for r in results if isinstance(r.error, NotHere)]
        if handed:
            until = time.monotonic()
            for r in handed:
                assert isinstance(r.error, NotHere)
                self._handed[r.item.id] = until + max(r.error.retry_after or 0.0, HANDOVER_SECONDS)
            self.handed_over(sorted({r.item.conversation_id for r in handed}))

    def _not_mine(self) -> list[int]:
        """The items handed to another instance that this one leaves alone for now."""
        if not self._handed:
            return []
        now = time.monotonic()
        for item_id in [i for i, until in self._handed.items() if until <= now]:
            del self._handed[item_id]
        return list(self._handed)

    async def _record_in(self, s: AsyncSession, results: list[_Result], delivered: list[int],
                         now: datetime) -> None:
        if delivered:  # the common case under load: one statement for the whole batch
            await mark_delivered(s, delivered, now)
        for r in results:
            if not r.tried:
                await _release(s, r.item.id, now)
            elif r.error is None:
                continue
            elif isinstance(r.error, NotHere):
                await _release(s, r.item.id, now)  # due at once for the instance that can deliver it
            elif isinstance(r.error, PermanentFailure):
                log.warning("outbox item %s failed permanently: %s", r.item.id,
                            type(r.error).__name__)
                await mark_failed(s, r.item.id, now, describe_error(r.error))
            else:
                after = r.error.retry_after if isinstance(r.error, TemporaryFailure) else None
                state = await mark_retry(s, r.item.id, now, after, describe_error(r.error),
                                         base_backoff=self.base_backoff,
                                         max_backoff=self.max_backoff,
                                         max_attempts=self.max_attempts)
                log.info("outbox item %s attempt %s: %s, now %s", r.item.id, r.item.attempts,
                         type(r.error).__name__, state)

    async def _claim_loop(self) -> None:
        while not self._stopping:
            claimed = 0
            room = min(self.batch, self.max_in_flight - self._in_flight)
            if room > 0:
                try:
                    async with self.store.write() as s:
                        items = await claim_due(s, self.now(), room, self.lock_seconds,
                                                self.max_attempts, self._not_mine())
                except Exception as exc:  # the store may be briefly unreachable: keep going
                    log.error("outbox sender: claiming failed: %s", type(exc).__name__)
                    items = []
                claimed = len(items)
                for chain in _chains(items):
                    self._spawn(chain)
            if self._stopping:
                break
            if claimed and claimed == room:
                continue  # more may be due right now
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.idle_seconds)
            self._wake.clear()

    def _spawn(self, chain: list[OutboxItem]) -> None:
        self._in_flight += len(chain)

        async def run() -> None:
            try:
                for r in await self._deliver_chain(chain):
                    self._results.put_nowait(r)
            finally:
                self._in_flight -= len(chain)

        task = asyncio.get_running_loop().create_task(run())
        self._chains.add(task)
        task.add_done_callback(self._chains.discard)

    async def _record_loop(self) -> None:
        while True:
            first = await self._results.get()
            batch = [first]
            while not self._results.empty():
                batch.append(self._results.get_nowait())
            delay = 0.5
            while True:
                try:
                    await self._record(batch)
                    break
                except Exception as exc:
                    # The store is away (a restart): these deliveries happened and must be
                    # recorded, or they go out again when their lock runs out. Keep them and
                    # try again until the store is back.
                    log.error("outbox sender: recording failed (%s); retrying in %.1f s",
                              type(exc).__name__, delay)
                    await asyncio.sleep(delay)
                    delay = min(delay * 2, 10.0)
            for _ in batch:
                self._results.task_done()
            if any(r.error is not None or not r.tried for r in batch):
                # A retry or a released item may be due again soon. (A younger item waiting
                # behind a delivered one is found by the next poll.)
                self._wake.set()


def _chains(items: list[OutboxItem]) -> list[list[OutboxItem]]:
    chains: dict[str, list[OutboxItem]] = defaultdict(list)
    for item in items:
        chains[item.conversation_id].append(item)
    return list(chains.values())


async def _finish(task: asyncio.Task[None], grace: float) -> None:
    try:
        await asyncio.wait_for(asyncio.shield(task), grace)
    except (TimeoutError, asyncio.CancelledError):
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task
