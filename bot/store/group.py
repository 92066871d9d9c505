"""Group commit: many small units of work from concurrent writers share one transaction.

A durable commit costs one fsync whatever it holds. Under load, the web chat's writers would
queue behind each other's fsyncs; here each unit waits for the next shared commit instead, so
the store commits many messages at the price of one. Each unit runs in its own savepoint: one
failing unit is rolled back alone and its caller gets the error; the others commit. A caller
hears back only after the commit, so an acknowledgement still means "durably stored".
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from bot.store.db import Store

log = logging.getLogger(__name__)
T = TypeVar("T")
Unit = Callable[[AsyncSession], Awaitable[Any]]


class GroupWriter:
    def __init__(self, store: Store, max_batch: int = 64) -> None:
        self.store = store
        self.max_batch = max_batch
        self._queue: asyncio.Queue[tuple[Unit, asyncio.Future[Any]]] = asyncio.Queue()
        self._worker: asyncio.Task[None] | None = None

    async def run(self, unit: Callable[[AsyncSession], Awaitable[T]]) -> T:
        """Run `unit` in the next shared transaction; returns its result once committed."""
        loop = asyncio.get_running_loop()
        if self._worker is None or self._worker.done():
            self._worker = loop.create_task(self._work(), name="group-writer")
        done: asyncio.Future[T] = loop.create_future()
        self._queue.put_nowait((unit, done))
        # Shielded: a caller that goes away (a closed socket) must not cancel a commit that
        # other writers' messages share.
        return await asyncio.shield(done)

    async def close(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            try:
                await self._worker
            except asyncio.CancelledError:
                pass
            self._worker = None

    async def _work(self) -> None:
        while True:
            batch = [await self._queue.get()]
            while not self._queue.empty() and len(batch) < self.max_batch:
                batch.append(self._queue.get_nowait())
            await self._commit(batch)

    async def _commit(self, batch: list[tuple[Unit, asyncio.Future[Any]]]) -> None:
        results: list[tuple[asyncio.Future[Any], Any, BaseException | None]] = []
        try:
            async with self.store.write() as s:
                if len(batch) == 1:  # alone: its own transaction is its savepoint
                    unit, done = batch[0]
                    results.append((done, await unit(s), None))
                else:
                    for unit, done in batch:
                        try:
                            async with s.begin_nested():
                                results.append((done, await unit(s), None))
                        except Exception as exc:  # this unit alone is rolled back
                            results.append((done, None, exc))
        except Exception as exc:  # the commit itself failed: nothing of the batch is stored
            log.error("group commit of %d units failed: %s", len(batch), type(exc).__name__)
            for _unit, done in batch:
                if not done.done():
                    done.set_exception(exc)
            return
        for done, value, error in results:
            if done.done():
                continue
            if error is None:
                done.set_result(value)
            else:
                done.set_exception(error)
