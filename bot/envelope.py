"""What a channel hands to the pipeline, and what the pipeline hands back.

An Envelope carries raw values (text, reply address, a stable sender id) for one trip through
the pipeline only: the pipeline scrubs the text, puts the reply address in the vault and turns
the sender id into keyed hashes. Nothing raw in an Envelope is ever stored or logged.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Envelope:
    channel: str
    text: str
    # The conversation the channel already knows (web chat socket, e-mail thread), if any.
    conversation_id: str | None = None
    # A raw value that identifies the writer's thread on this channel (Telegram chat id, an
    # e-mail address): only its keyed hash is kept, to find the conversation again.
    thread: str | None = None
    # What the channel needs to reply; goes to the reply vault only.
    reply_address: Mapping[str, Any] | None = None
    # A raw stable identity for counting unique persons; only a yearly keyed hash is kept.
    person: str | None = None
    # The language the writer chose explicitly ("nl"/"en"); None = detect from the text.
    lang: str | None = None
    # Kinds of media the writer tried to send ("photo", "document", ...): never fetched.
    media: tuple[str, ...] = ()
    # The message was sent by a machine (RFC 3834 and the like): store it, never answer it.
    automatic: bool = False
    # The writer is over the channel's rate (a flood): store and route, answer only if urgent.
    hushed: bool = False
    received_at: datetime | None = None


@dataclass(frozen=True)
class Button:
    """An option a channel may show as a button; `data` is what comes back when chosen."""

    label: str
    data: str


@dataclass(frozen=True)
class Reply:
    """One outbound message, as stored in the outbox payload and delivered by a channel."""

    text: str
    kind: str = "text"
    message_id: int | None = None
    buttons: tuple[Button, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict)

    def to_payload(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "kind": self.kind,
            "message_id": self.message_id,
            "buttons": [{"label": b.label, "data": b.data} for b in self.buttons],
            "extra": dict(self.extra),
        }

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> Reply:
        return cls(
            text=str(payload.get("text", "")),
            kind=str(payload.get("kind", "text")),
            message_id=payload.get("message_id"),
            buttons=tuple(Button(str(b["label"]), str(b["data"])) for b in payload.get("buttons", ())),
            extra=dict(payload.get("extra") or {}),
        )
