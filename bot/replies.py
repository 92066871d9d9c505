"""The bot's words: turns a routing decision into one reply in the writer's language.

Texts come from config/messages and config/faq; the facts in them (hours, numbers, links)
from configuration, so that what the bot says stays true when the configuration changes.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from functools import lru_cache
from typing import Any

from bot import faq_answers
from bot.envelope import Button, Reply
from bot.routing import Decision
from bot.texts import text

OPTION_LABELS = {
    "callback:phone": "reply.option_callback_phone",
    "callback:chat": "reply.option_chat_appointment",
    "notify_open": "reply.option_notify_open",
    "morning": "reply.option_morning",
}


class ReplyWriter:
    def __init__(
        self,
        *,
        service: Mapping[str, Any],
        faq_facts: faq_answers.FaqFacts,
        next_opening: Callable[[datetime, str], str],
        open_until: Callable[[datetime, str], str],
    ) -> None:
        self.service = service
        self.faq_facts = faq_facts
        self.next_opening = next_opening
        self.open_until = open_until

    def facts(self, lang: str, now: datetime, **extra: Any) -> dict[str, Any]:
        return {**self._moment_facts(lang, now.replace(second=0, microsecond=0)), **extra}

    @lru_cache(maxsize=64)  # noqa: B019 - one writer per service; the texts change by the minute
    def _moment_facts(self, lang: str, minute: datetime) -> dict[str, Any]:
        return {
            "emergency": self.service.get("emergency", "112"),
            "suicide_line": self.service.get("suicide_line", "113"),
            "suicide_line_free": self.service.get("suicide_line_free", "0800-0113"),
            "self_help_url": self.service.get("self_help_url", ""),
            "waag_url": self.service.get("waag_url", ""),
            "next_opening": self.next_opening(minute, lang),
            "open_until": self.open_until(minute, lang),
        }

    def compose(self, decision: Decision, lang: str, now: datetime, *, position: int | None = None,
                code: str | None = None) -> Reply | None:
        if not decision.replies and not code:
            return None
        facts = self.facts(lang, now, position=position or 1, code=code or "")
        parts: list[str] = []
        for kind in decision.replies:
            if kind.startswith("faq:"):
                parts.append(faq_answers.render(kind[4:], lang, self.faq_facts))
            else:
                parts.append(text(lang, f"reply.{kind}", **facts))
        buttons: tuple[Button, ...] = ()
        if decision.options:
            parts.append(text(lang, "reply.out_of_hours_options", **facts))
            buttons = tuple(Button(text(lang, OPTION_LABELS[o], **facts), o) for o in decision.options)
            parts.append("\n".join(f"- {text(lang, k, **facts)}"
                                   for k in ("reply.option_self_help", "reply.option_waag")))
        if code:
            parts.append(text(lang, "chat.code_notice", **facts))
        return Reply(text="\n\n".join(p for p in parts if p), kind=_main_kind(decision), buttons=buttons,
                     extra={"code": code} if code else {})

    def single(self, lang: str, now: datetime, key: str, kind: str, **extra: Any) -> Reply:
        """One system text (a confirmation, a notice) as a reply."""
        return Reply(text=text(lang, key, **self.facts(lang, now, **extra)), kind=kind)


def _main_kind(decision: Decision) -> str:
    if decision.urgent:
        return "urgent"
    first = decision.replies[0] if decision.replies else "text"
    return "faq" if first.startswith("faq:") else first
