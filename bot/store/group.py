"""Group commit: many small units of work from concurrent writers share one transaction.

A durable commit costs one fsync whatever it holds. Under load, the web chat's writers would
queue behind each other's fsyncs; here each unit waits for the next shared commit instead, so
the store commits many messages at the price of one. Each unit runs in its own savepoint: one
failing unit is rolled back alone and its caller gets the error; the others commit. A caller
hears back only after the commit, so an acknowledgement still means "durably stored".

Items of a batched kind (`run_batched`, the pipeline's messages) go further: one call of their
runner writes all of that kind in the commit with a statement or two per table, where units
would each need a handful of round trips. If that call fails, each item is tried again alone in
its own savepoint, so only the bad one fails.
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from bot.store.db import Store, StoreError

log = logging.getLogger(__name__)
T = TypeVar("T")
I = TypeVar("I")  # noqa: E741 - the item type of a batched kind
Unit = Callable[[AsyncSession], Awaitable[Any]]
# Writes a list of items, returns one result per item in the same order.
Runner = Callable[[AsyncSession, list[Any]], Awaitable[Sequence[Any]]]


@dataclass
class _Job:
    done: asyncio.Future[Any]
    unit: Unit | None = None
    runner: Runner | None = None
    item: Any = None


class GroupWriter:
    def __init__(self, store: Store, max_batch: int = 128) -> None:
        self.store = store
        self.max_batch = max_batch
        self._queue: asyncio.Queue[_Job] = asyncio.Queue()
        self._worker: asyncio.Task[None] | None = None

    async def run(self, unit: Callable[[AsyncSession], Awaitable[T]]) -> T:
        """Run `unit` in the next shared transaction; returns its result once committed."""
        return await self._submit(_Job(self._future(), unit=unit))  # type: ignore[no-any-return]

    async def run_batched(self, runner: Callable[[AsyncSession, list[I]], Awaitable[Sequence[T]]],
                          item: I) -> T:
        """Write `item` with the other items of `runner` in the next shared transaction."""
        return await self._submit(_Job(self._future(), runner=runner, item=item))  # type: ignore[no-any-return]

    def _future(self) -> asyncio.Future[Any]:
        loop = asyncio.get_running_loop()
        if self._worker is None or self._worker.done():
            self._worker = loop.create_task(self._work(), name="group-writer")
        return loop.create_future()

    async def _submit(self, job: _Job) -> Any:
        self._queue.put_nowait(job)
        # Shielded: a caller that goes away (a closed socket) must not cancel a commit that
        # other writers' messages share.
        return await asyncio.shield(job.done)

    async def close(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            try:
                await self._worker
            except asyncio.CancelledError:
                pass
            self._worker = None
        # Nobody may wait forever for a commit that will not come.
        while not self._queue.empty():
            job = self._queue.get_nowait()
            if not job.done.done():
                job.done.set_exception(StoreError("the store is closing"))

    async def _work(self) -> None:
        while True:
            batch = [await self._queue.get()]
            while not self._queue.empty() and len(batch) < self.max_batch:
                batch.append(self._queue.get_nowait())
            try:
                await self._commit(batch)
            except asyncio.CancelledError:
                for job in batch:
                    if not job.done.done():
                        job.done.set_exception(StoreError("the store closed during the commit"))
                raise

    async def _commit(self, batch: list[_Job]) -> None:
        results: list[tuple[asyncio.Future[Any], Any, BaseException | None]] = []
        try:
            async with self.store.write() as s:
                if len(batch) == 1 and batch[0].unit is not None:
                    # alone: its own transaction is its savepoint
                    results.append((batch[0].done, await batch[0].unit(s), None))
                else:
                    for group in _by_runner(batch):
                        results += await _run_group(s, group)
                    for job in batch:
                        if job.unit is not None:
                            results.append(await _run_alone(s, job))
        except Exception as exc:  # the commit itself failed: nothing of the batch is stored
            log.error("group commit of %d units failed: %s", len(batch), type(exc).__name__)
            for job in batch:
                if not job.done.done():
                    job.done.set_exception(exc)
            return
        for done, value, error in results:
            if done.done():
                continue
            if error is None:
                done.set_result(value)
            else:
                done.set_exception(error)


def _by_runner(batch: list[_Job]) -> list[list[_Job]]:
    groups: dict[Runner, list[_Job]] = {}
    for job in batch:
        if job.runner is not None:
            groups.setdefault(job.runner, []).append(job)
    return list(groups.values())


async def _run_group(s: AsyncSession, group: list[_Job]
                     ) -> list[tuple[asyncio.Future[Any], Any, BaseException | None]]:
    runner = group[0].runner
    assert runner is not None
    try:
        async with s.begin_nested():
            values = await runner(s, [job.item for job in group])
        if len(values) != len(group):
            raise RuntimeError(f"batched runner returned {len(values)} results for {len(group)} items")
        return [(job.done, value, None) for job, value in zip(group, values, strict=True)]
    except Exception as exc:
        if len(group) == 1:
            return [(group[0].done, None, exc)]
        log.warning("batched write of %d items failed (%s): writing them one by one",
                    len(group), type(exc).__name__)
    out = []
    for job in group:
        try:
            async with s.begin_nested():
                out.append((job.done, (await runner(s, [job.item]))[0], None))
        except Exception as exc:  # this item alone is rolled back
            out.append((job.done, None, exc))
    return out


async def _run_alone(s: AsyncSession, job: _Job) -> tuple[asyncio.Future[Any], Any, BaseException | None]:
    assert job.unit is not None
    try:
        async with s.begin_nested():
            return (job.done, await job.unit(s), None)
    except Exception as exc:  # this unit alone is rolled back
        return (job.done, None, exc)
