"""Runs the analysis of messages (scrub, language, urgency, FAQ) in worker processes.

Why: the analysis is the pipeline's pure CPU work. In the service's own process it holds the
event loop: every web chat waits while one long e-mail is scrubbed, and the service uses one core
however many the machine has. A worker on another core takes it off the loop.

The workers are plain child processes (bot/analysis_worker.py) spoken to over their stdin and
stdout, read by the event loop itself: no threads, no pickle. They hold a message's raw text only
in memory, for as long as it takes to analyse it, and they write nothing but answers.

Nothing is lost when a worker fails: the message is analysed here instead (the same code), the
worker is started again, and the service keeps answering. While no worker is ready yet (the first
second after start-up) messages are analysed here too.
"""
from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import marshal
import os
import sys

from bot.analysis import Analysis, analyse, decode
from bot.analysis_worker import HEADER, frame

log = logging.getLogger(__name__)


def auto_processes() -> int:
    """One worker per core beyond the one the service's event loop runs on, at most four."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(0, min(cores - 1, 4))


class WorkerFailed(Exception):
    """The worker did not answer: it stopped, or it took longer than allowed."""


class _Worker:
    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc
        self.pending: dict[int, asyncio.Future[Analysis]] = {}
        self.reader: asyncio.Task[None] | None = None

    @property
    def alive(self) -> bool:
        return self.proc.returncode is None and self.reader is not None and not self.reader.done()

    async def read_answers(self) -> None:
        assert self.proc.stdout is not None
        try:
            while True:
                head = await self.proc.stdout.readexactly(HEADER.size)
                body = await self.proc.stdout.readexactly(HEADER.unpack(head)[0])
                req_id, ok, value = marshal.loads(body)  # noqa: S302 - our own worker, over its pipe
                fut = self.pending.pop(req_id, None)
                if fut is None or fut.done():
                    continue
                if ok:
                    fut.set_result(decode(value))
                else:
                    fut.set_exception(WorkerFailed(f"the analysis raised {value}"))
        except (asyncio.IncompleteReadError, ConnectionError, ValueError, EOFError):
            pass
        finally:
            self.fail_pending("the worker stopped")

    def fail_pending(self, why: str) -> None:
        pending, self.pending = self.pending, {}
        for fut in pending.values():
            if not fut.done():
                fut.set_exception(WorkerFailed(why))

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            self.proc.kill()


class AnalysisPool:
    """`await pool.analyse(text, lang)`: the Analysis of one message, from a worker when one is ready."""

    def __init__(self, processes: int, timeout: float = 60.0, restart_delay: float = 1.0) -> None:
        self.processes = processes
        self.timeout = timeout
        self.restart_delay = restart_delay
        self.workers: list[_Worker] = []
        self.ids = itertools.count()
        self.fallbacks = 0  # messages analysed here because no worker could take them
        self.restarts = 0
        self._starting: set[asyncio.Task[None]] = set()
        self._stopping = False

    async def start(self) -> None:
        """Starts the workers in the background: the service does not wait for them."""
        for _ in range(self.processes):
            self._spawn(delay=0.0)

    def _spawn(self, delay: float) -> None:
        if self._stopping:
            return
        task = asyncio.get_running_loop().create_task(self._start_one(delay))
        self._starting.add(task)
        task.add_done_callback(self._starting.discard)

    async def _start_one(self, delay: float) -> None:
        await asyncio.sleep(delay)
        if self._stopping:
            return
        try:
            proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot.analysis_worker",
                stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
                # A crash report could quote the text it failed on; the worker reports errors by
                # type through stdout, so its stderr has nothing to say that may be kept.
                stderr=asyncio.subprocess.DEVNULL,
                limit=2 ** 26,
            )
            assert proc.stdout is not None
            head = await asyncio.wait_for(proc.stdout.readexactly(HEADER.size), 120)
            await proc.stdout.readexactly(HEADER.unpack(head)[0])  # ("ready",)
        except (OSError, asyncio.IncompleteReadError, TimeoutError) as exc:
            log.warning("analysis worker did not start (%s); messages are analysed in the service "
                        "until it does", type(exc).__name__)
            self._spawn(delay=max(self.restart_delay, 1.0) * 5)
            return
        if self._stopping:
            proc.kill()
            await proc.wait()
            return
        worker = _Worker(proc)
        worker.reader = asyncio.get_running_loop().create_task(worker.read_answers())
        worker.reader.add_done_callback(lambda _t: self._gone(worker))
        self.workers.append(worker)

    def _gone(self, worker: _Worker) -> None:
        if worker in self.workers:
            self.workers.remove(worker)
        worker.kill()
        if not self._stopping:
            log.warning("analysis worker stopped (exit code %s); starting another",
                        worker.proc.returncode)
            self.restarts += 1
            self._spawn(delay=self.restart_delay)

    async def analyse(self, text: str, lang: str | None) -> Analysis:
        live = [w for w in self.workers if w.alive]
        if not live:
            return self._here(text, lang)
        worker = min(live, key=lambda w: len(w.pending))
        req_id = next(self.ids)
        fut: asyncio.Future[Analysis] = asyncio.get_running_loop().create_future()
        worker.pending[req_id] = fut
        assert worker.proc.stdin is not None
        try:
            worker.proc.stdin.write(frame((req_id, text, lang)))
            await worker.proc.stdin.drain()
            return await asyncio.wait_for(fut, self.timeout)
        except (WorkerFailed, ConnectionError, TimeoutError) as exc:
            worker.pending.pop(req_id, None)
            if isinstance(exc, TimeoutError):
                log.error("analysis worker gave no answer within %.0f s; stopping it", self.timeout)
                worker.kill()  # its reader ends, the pool starts another
            return self._here(text, lang)

    def _here(self, text: str, lang: str | None) -> Analysis:
        self.fallbacks += 1
        return analyse(text, lang)

    async def stop(self) -> None:
        self._stopping = True
        for task in list(self._starting):
            task.cancel()
        await asyncio.gather(*self._starting, return_exceptions=True)
        for worker in list(self.workers):
            if worker.proc.stdin is not None:
                worker.proc.stdin.close()  # the worker ends when its input does
        for worker in list(self.workers):
            try:
                await asyncio.wait_for(worker.proc.wait(), 5)
            except TimeoutError:
                worker.kill()
                await worker.proc.wait()
            if worker.reader is not None:
                await asyncio.gather(worker.reader, return_exceptions=True)
        self.workers.clear()

    def stats(self) -> dict[str, int]:
        return {"workers": len([w for w in self.workers if w.alive]), "fallbacks": self.fallbacks,
                "restarts": self.restarts}
