"""Inline keyboards: the reply's options, the FAQ topics, call-back slots."""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import faq_answers
from bot.envelope import Button
from bot.texts import text

# Telegram refuses callback data above 64 bytes; such a button is left out, never truncated
# (a truncated choice would mean something else).
MAX_DATA = 64
FAQ_LIST = "faqs"


def markup(rows: Iterable[tuple[str, str]]) -> InlineKeyboardMarkup | None:
    buttons = [[InlineKeyboardButton(label[:100], callback_data=data)]
               for label, data in rows if 0 < len(data.encode()) <= MAX_DATA]
    return InlineKeyboardMarkup(buttons) if buttons else None


def faq_rows(lang: str) -> list[tuple[str, str]]:
    question = getattr(faq_answers, "question", None)
    rows = []
    for fid in faq_answers.ids():
        label = question(fid, lang) if question is not None else fid
        rows.append((label, f"faq:{fid}"))
    return rows


def reply_rows(buttons: Sequence[Button], lang: str) -> list[tuple[str, str]]:
    """The reply's own buttons; out-of-hours options get the FAQ topics next to them."""
    rows = [(b.label, b.data) for b in buttons]
    if rows:
        rows.append((text(lang, "telegram.faq_button"), FAQ_LIST))
    return rows


def slot_rows(kind: str, slots: Sequence[Mapping[str, Any]], lang: str) -> list[tuple[str, str]]:
    rows = [(str(s["label"]), f"slot:{kind}:{s['value']}") for s in slots]
    rows.append((text(lang, "telegram.cancel_button"), "cancel"))
    return rows


def welcome_rows(lang: str) -> list[tuple[str, str]]:
    other = ("telegram.english_button", "lang:en") if lang == "nl" else ("telegram.dutch_button", "lang:nl")
    return [*faq_rows(lang), (text(lang, other[0]), other[1])]
