"""What an incoming Telegram message is, without looking at who sent it (pure functions)."""
from __future__ import annotations

import re

from telegram import Message

# Everything a writer can send that is not plain text. None of it is ever downloaded: only
# the kind is passed on, so the pipeline can record that something was refused.
MEDIA_KINDS = (
    "photo", "video", "document", "voice", "audio", "sticker", "animation", "video_note",
    "contact", "venue", "location", "poll", "dice", "game", "paid_media", "story", "invoice",
)
_COMMAND = re.compile(r"/([A-Za-z_]{1,32})(?:@\w+)?")


def media_kind(message: Message) -> str | None:
    for kind in MEDIA_KINDS:
        value = getattr(message, kind, None)
        if value:  # PTB uses () for "no photo"
            return kind
    return None


def command_of(text: str) -> str | None:
    """"start" for "/start", "/start@SomeBot" or "/start payload"; None for ordinary text."""
    first = text.strip().split(maxsplit=1)[0] if text.strip() else ""
    m = _COMMAND.fullmatch(first)
    return m.group(1).lower() if m else None
