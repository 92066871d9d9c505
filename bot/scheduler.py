"""Scheduled work: opening and closing, call-back reminders, expired claims, the retention
purge and the yearly key rotation.

Each job is a plain coroutine taking the moment it runs for, so tests call it with an injected
clock; APScheduler only decides when. With PostgreSQL several instances share one store, and
only the one holding an advisory lock runs jobs.
"""
from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy import select, text

from bot.store import claims, persons, retention, vault
from bot.store.models import Callback, Conversation, JobRun

if TYPE_CHECKING:
    from bot.service import Service

log = logging.getLogger(__name__)
LEADER_LOCK = 0x1A7A_0B07  # any constant shared by all instances of this service
# How long stopping waits for the jobs under way (a purge of a large store takes a while).
STOP_GRACE_SECONDS = 10.0


class Jobs:
    def __init__(self, service: Service) -> None:
        self.service = service
        self._was_open: bool | None = None
        self._scheduler: AsyncIOScheduler | None = None
        self._leader_conn: Any = None
        self._running: set[asyncio.Task[Any]] = set()

    # -- the jobs --------------------------------------------------------------------------
    async def transitions(self, now: datetime) -> str | None:
        """Tell waiting writers when the line opens; returns "opened"/"closed" on a change."""
        is_open = self.service.hours.is_open(now)
        was_open, self._was_open = self._was_open, is_open
        if was_open is None or was_open == is_open:
            return None
        if is_open:
            await self._opened(now)
            return "opened"
        return "closed"

    async def _opened(self, now: datetime) -> None:
        svc = self.service
        async with svc.store.sessionmaker() as s:
            due = (await s.execute(
                select(Callback.id, Callback.conversation_id, Conversation.channel, Conversation.lang)
                .join(Conversation, Conversation.id == Callback.conversation_id)
                .where(Callback.kind == "notify_open", Callback.state == "booked")
            )).all()
            waiting = (await s.execute(
                select(Conversation.id, Conversation.channel, Conversation.lang)
                .where(Conversation.state == "waiting", Conversation.connected.is_(True))
            )).all()
        for cb_id, conv_id, channel, lang in due:
            await svc.say(conv_id, channel, svc.replies.single(lang, now, "reply.notify_open_sent", "notice"))
            async with svc.store.write() as s:
                cb = await s.get(Callback, cb_id)
                if cb is not None:
                    cb.state, cb.done_at = "sent", now
        for conv_id, channel, lang in waiting:
            async with svc.store.sessionmaker() as s:
                position = await claims.queue_position(s, conv_id)
            await svc.say(conv_id, channel, svc.replies.single(lang, now, "reply.now_open", "notice",
                                                              position=position or 1))
        svc.events.publish({"type": "queue"})

    async def callbacks(self, now: datetime) -> int:
        """Past call-back slots expire and their numbers leave the vault; returns how many."""
        grace = timedelta(hours=self.service.settings.retention.callback_number_after_slot_hours)
        async with self.service.store.write() as s:
            rows = (await s.execute(
                select(Callback).where(Callback.kind == "phone", Callback.state == "booked",
                                       Callback.slot_end < now - grace)
            )).scalars().all()
            for cb in rows:
                cb.state = "expired"
                await vault.vault_forget(s, cb.conversation_id, "callback_phone")
        if rows:
            self.service.events.publish({"type": "callbacks"})
        return len(rows)

    async def expire_claims(self, now: datetime) -> int:
        async with self.service.store.write() as s:
            n = await claims.expire_leases(s, now)
        if n:
            self.service.events.publish({"type": "queue"})
        return n

    async def purge(self, now: datetime) -> dict[str, int]:
        r = self.service.settings.retention
        async with self.service.store.write() as s:
            return await retention.purge(s, now, r.message_text_days, r.vault_grace_hours,
                                         r.closed_conversation_days)

    async def rotate_keys(self, now: datetime) -> int:
        async with self.service.store.write() as s:
            return await persons.rotate_person_keys(s, now)

    # -- running them ----------------------------------------------------------------------
    def start(self) -> None:
        sched = AsyncIOScheduler(timezone="UTC")
        plan = {
            "transitions": (self.transitions, 20),
            "callbacks": (self.callbacks, 60),
            "expire_claims": (self.expire_claims, 15),
            "purge": (self.purge, 3600),
            "rotate_keys": (self.rotate_keys, 3600),
        }
        for name, (job, seconds) in plan.items():
            sched.add_job(self._run, "interval", seconds=seconds, args=(name, job), id=name,
                          max_instances=1, coalesce=True, next_run_time=datetime.now().astimezone())
        sched.start()
        self._scheduler = sched

    async def stop(self) -> None:
        if self._scheduler is not None:
            # The scheduler's shutdown cancels the jobs under way. A job cancelled in the middle of
            # a transaction leaves its store connection waiting for good (and, with SQLite, the
            # process unable to exit): no new runs, then the running ones finish first.
            self._scheduler.pause()
            if self._running:
                _done, late = await asyncio.wait(set(self._running), timeout=STOP_GRACE_SECONDS)
                if late:
                    log.warning("%d jobs still running after %.0f s; cancelling them", len(late),
                                STOP_GRACE_SECONDS)
            self._scheduler.shutdown(wait=False)
            self._scheduler = None
        if self._leader_conn is not None:
            conn, self._leader_conn = self._leader_conn, None
            try:
                await conn.close()  # gives the advisory lock to another instance
            except Exception as exc:  # the server already dropped it (a restart): lock gone too
                log.info("leader connection already closed: %s", type(exc).__name__)

    async def _run(self, name: str, job: Any) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._running.add(task)
            task.add_done_callback(self._running.discard)
        if not await self._is_leader():
            return
        now = self.service.clock.now()
        try:
            await job(now)
            async with self.service.store.write() as s:
                run = await s.get(JobRun, name)
                if run is None:
                    s.add(JobRun(name=name, last_run_at=now, runs=1))
                else:
                    run.last_run_at, run.runs = now, (run.runs or 0) + 1
        except Exception as exc:  # a failing job must not stop the others
            log.error("job %s failed: %s", name, type(exc).__name__)

    async def _is_leader(self) -> bool:
        store = self.service.store
        if store.dialect != "postgresql":
            return True
        if self._leader_conn is not None and not await self._still_connected():
            self._leader_conn = None
        if self._leader_conn is None:
            conn = await store.engine.connect()
            got = (await conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": LEADER_LOCK})).scalar()
            if not got:
                await conn.close()
                return False
            self._leader_conn = conn
        return True

    async def _still_connected(self) -> bool:
        """A lost connection (server restart) also lost the lock: find out and try again."""
        try:
            await self._leader_conn.execute(text("SELECT 1"))
            return True
        except Exception:
            try:
                await self._leader_conn.close()
            except Exception as exc:  # already gone
                log.debug("leader connection close: %s", type(exc).__name__)
            return False
