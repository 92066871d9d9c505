"""What every channel is: started and stopped with the service, turns the outside world into
Envelopes for the pipeline, and delivers replies. A channel knows nothing of FAQs or queues."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from bot.envelope import Reply
from bot.pipeline import ChannelTraits
from bot.store.outbox import NotHere, PermanentFailure, TemporaryFailure

__all__ = ["Channel", "NotHere", "PermanentFailure", "TemporaryFailure"]


class Channel(Protocol):
    name: str
    traits: ChannelTraits

    async def start(self) -> None: ...

    async def stop(self) -> None: ...

    async def deliver(self, conversation_id: str, reply: Reply, address: Mapping[str, Any]) -> None:
        """Send one reply. Raise TemporaryFailure (retried later) or PermanentFailure."""
        ...
