"""What every console view needs: the service, sessions, throttling, the lease length."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from aiohttp import web

from bot.console.policy import POLICY, Policy
from bot.console.sessions import Sessions
from bot.console.throttle import Throttle

if TYPE_CHECKING:
    from bot.service import Service


@dataclass
class Console:
    service: Service
    sessions: Sessions
    throttle: Throttle
    policy: Policy = POLICY
    names: dict[int, str] = field(default_factory=dict)

    @classmethod
    def create(cls, service: Service) -> Console:
        tls = service.settings.server.public_url.startswith("https://")
        return cls(service, Sessions(service.store, service.clock.now, POLICY, secure=tls),
                   Throttle(service.keyring))

    def now(self) -> datetime:
        return self.service.clock.now()

    @property
    def lease_seconds(self) -> int:
        return int(self.service.settings.queue.claim_lease_seconds)

    def publish(self, kind: str, conversation_id: str | None = None) -> None:
        self.service.events.publish({"type": kind, "conversation_id": conversation_id})


CONSOLE_KEY: web.AppKey[Console] = web.AppKey("console", Console)  # type: ignore[type-abstract]
