"""Per-writer flood limits for channels that answer every message (Telegram, e-mail).

A writer over the limit is never refused: the channel still hands the message to the pipeline,
marked `hushed`, so it is stored and queued as usual and only the bot's own answer is held back
(routing still sends the emergency numbers to an urgent message). This module only counts.

Writers are known here by a key the channel chooses (a keyed hash, never a raw chat id or
address). Memory stays bounded: a writer idle for a whole window carries no information and is
forgotten, and at most `max_writers` are tracked at once (the least recently seen go first), so
a flood of distinct writers cannot grow memory without bound. Forgetting a writer only ever
makes the gate more lenient: the worst case is an answer that would otherwise have been held.
"""
from __future__ import annotations

from collections import OrderedDict, deque
from dataclasses import dataclass, field

DEFAULT_MAX_WRITERS = 10_000


@dataclass
class _Writer:
    # The times of this writer's most recent messages, at most `limit` of them: that is all the
    # sliding window needs to know whether one more would exceed the limit.
    times: deque[float] = field(default_factory=deque)
    noticed_at: float | None = None

    def last_seen(self) -> float:
        return max(self.times[-1] if self.times else float("-inf"),
                   self.noticed_at if self.noticed_at is not None else float("-inf"))


class FloodGate:
    """A sliding window per writer: more than `limit` messages within `window` seconds is a flood.
    `limit` 0 switches the gate off (nothing is ever over)."""

    def __init__(self, limit: int, window: float, *, max_writers: int = DEFAULT_MAX_WRITERS) -> None:
        if limit < 0 or window <= 0 or max_writers < 1:
            raise ValueError("FloodGate needs limit >= 0, window > 0 and max_writers >= 1")
        self.limit = limit
        self.window = window
        self.max_writers = max_writers
        self._writers: OrderedDict[str, _Writer] = OrderedDict()

    def __len__(self) -> int:
        """How many writers are tracked now (for tests and metrics; never who)."""
        return len(self._writers)

    def over(self, key: str, now: float) -> bool:
        """Would one more message from `key` at `now` be over the limit? Counts nothing: call
        `record` once the message is safely stored, so a failed try is not counted twice."""
        self._forget_idle(now)
        w = self._writers.get(key)
        if self.limit == 0 or w is None or len(w.times) < self.limit:
            return False
        return now - w.times[0] < self.window

    def record(self, key: str, now: float) -> None:
        """One message from `key` at `now` (hushed or not: a flood that goes on stays a flood)."""
        if self.limit == 0:
            return
        self._forget_idle(now)
        w = self._touch(key)
        w.times.append(now)
        while len(w.times) > self.limit:
            w.times.popleft()

    def claim_notice(self, key: str, now: float) -> bool:
        """True at most once per window per writer: the caller may tell the writer now."""
        w = self._touch(key)
        if w.noticed_at is not None and now - w.noticed_at < self.window:
            return False
        w.noticed_at = now
        return True

    def _touch(self, key: str) -> _Writer:
        w = self._writers.get(key)
        if w is None:
            w = self._writers[key] = _Writer()
            while len(self._writers) > self.max_writers:
                self._writers.popitem(last=False)
        else:
            self._writers.move_to_end(key)
        return w

    def _forget_idle(self, now: float) -> None:
        # Kept in order of last activity, so the idle ones are at the front.
        while self._writers:
            key, w = next(iter(self._writers.items()))
            if now - w.last_seen() < self.window:
                return
            del self._writers[key]
