"""What the pipeline learns from a message's text before it is routed: steps 1 and 2.

Pure and synchronous, so that it can run in the service's own process or in an analysis worker
(bot/analysis_pool.py) with the same result. `encode`/`decode` carry an Analysis across the pipe
to a worker as plain values (marshal: no code is ever unpickled).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from handlers.faq import match
from handlers.language import detect
from handlers.sanitise import sanitise
from handlers.scrub import scrub
from handlers.urgency import Assessment, assess


@dataclass(frozen=True)
class Analysis:
    text: str  # scrubbed: the only form of the text that leaves this step
    finding_kinds: dict[str, int]  # how many identifiers of each kind were taken out
    lang: str  # the writer's language as given by the channel, or as guessed from the text
    urgency: Assessment | None  # None for a message without text
    faq_ids: tuple[str, ...]


def analyse(text: str, lang: str | None) -> Analysis:
    # 1. Identifiers out, before the text is looked at, stored or shown anywhere.
    cleaned = scrub(sanitise(text), lang)
    scrubbed = cleaned.text
    guessed = lang or detect(scrubbed)
    # 2. Acute risk first; then the questions we can answer at once.
    has_text = bool(scrubbed.strip())
    return Analysis(
        text=scrubbed,
        finding_kinds=dict(Counter(f.kind for f in cleaned.findings)),
        lang=guessed,
        urgency=assess(scrubbed) if has_text else None,
        faq_ids=tuple(m.id for m in match(scrubbed, guessed)) if has_text else (),
    )


def encode(a: Analysis) -> tuple[Any, ...]:
    u = a.urgency
    return (a.text, a.finding_kinds, a.lang, None if u is None else (u.urgent, u.reasons), a.faq_ids)


def decode(values: tuple[Any, ...]) -> Analysis:
    text, kinds, lang, urgency, faq_ids = values
    return Analysis(
        text=text, finding_kinds=kinds, lang=lang,
        urgency=None if urgency is None else Assessment(urgent=urgency[0], reasons=tuple(urgency[1])),
        faq_ids=tuple(faq_ids),
    )
