"""Ready answers from the FAQ texts, in the console's shape (id, question, answer)."""
from __future__ import annotations

from typing import Any

from bot import faq_answers


def questions(lang: str) -> list[tuple[str, str]]:
    return [(i, faq_answers.question(i, lang)) for i in faq_answers.ids()]


def answer(faq_id: str, lang: str, facts: Any) -> str | None:
    if faq_id not in faq_answers.ids():
        return None
    return faq_answers.render(faq_id, lang, facts)


def title(faq_id: str, lang: str) -> str:
    try:
        return faq_answers.question(faq_id, lang)
    except (KeyError, ValueError):
        return faq_id
