"""The FAQ matcher: which of the helpline's most asked questions a message asks, or none.

A wrong automatic answer to someone in distress is worse than "a counsellor will answer you",
so the matcher abstains unless a question is asked plainly: weighted cue patterns per FAQ id
(handlers.faq_cues) must add up to a threshold, and messages about a specific case, a victim's
situation or another person's behaviour get no answer about the writer's own feelings. In a
long message only the sentences that ask something (and the one before each) count, and a long
story that asks nothing gets no FAQ answer at all.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from handlers import faq_concepts as concepts
from handlers import faq_cues as cues
from handlers.normalise import sentences

IDS: tuple[str, ...] = tuple(cues.CUES)
THRESHOLD = 1.0
# A second answer must be about as clearly asked as the first.
SECOND_THRESHOLD = 1.0
# Messages longer than this (in words) are read as stories: only their questions count.
LONG_WORDS = 35
MAX_ANSWERS = 2


@dataclass(frozen=True)
class Match:
    id: str
    confidence: float


def _compile(table: dict[str, tuple[tuple[float, str], ...]]) -> dict[str, tuple[cues.Cue, ...]]:
    return {key: tuple(cues.Cue(w, cues._rx(body)) for w, body in rows) for key, rows in table.items()}


_CUES = _compile(cues.CUES)
# The concept cues (word families in either order) are read only when the cues above answer
# nothing; compiled on first use, so that start-up does not pay for them.
_EXTRA: dict[str, tuple[cues.Cue, ...]] = {}
_TOPIC_Q: dict[str, re.Pattern[str]] = {}
_LATE: dict[str, re.Pattern[str]] = {}


def _extra() -> dict[str, tuple[cues.Cue, ...]]:
    if not _EXTRA:
        _EXTRA.update(_compile(concepts.EXTRA))
        _TOPIC_Q.update({fid: cues._rx(body) for fid, body in concepts.TOPIC_Q.items()})
        _LATE.update(first_person=cues._rx(concepts.FIRST_PERSON),
                     third_person=cues._rx(concepts.THIRD_PERSON), verb_first=re.compile(concepts.VERB_FIRST))
    return _EXTRA
_NEGATIVE = _compile(cues.NEGATIVE)
_VETO = tuple(cues._rx(body) for body in cues.VETO)
_VICTIM = cues._rx(cues.VICTIM)
_OWN_ATTRACTION = cues._rx(cues.OWN_ATTRACTION)
_THIRD_PARTY = tuple(cues._rx(body) for body in cues.THIRD_PARTY)
_THIRD_PARTY_IF = {fid: cues._rx(body) for fid, body in cues.THIRD_PARTY_IF.items()}
_TOPIC = {fid: (w, cues._rx(body)) for fid, (w, body) in cues.TOPIC.items()}
_OPENERS = tuple(re.compile(body) for body in cues.QUESTION_OPENERS)
_INDIRECT = _OPENERS[1]

# An inverted question without its "?": "hoe krijg ik die drang eronder", "what should i do".
_INVERTED = re.compile(cues.INVERTED_QUESTION)


def _asks(sentence: str, marked: bool) -> bool:
    return marked or bool(_INDIRECT.search(sentence)) or bool(_INVERTED.search(sentence))


def _region(parts: list[tuple[str, bool]]) -> str | None:
    """The text the cues are read in; None when a long message asks nothing."""
    n_words = sum(len(s.split()) for s, _ in parts)
    if n_words <= LONG_WORDS:
        return " " + " | ".join(s for s, _ in parts) + " "
    keep: set[int] = set()
    for i, (s, marked) in enumerate(parts):
        if _asks(s, marked):
            keep.update((i - 1, i))
            if len(s.split()) <= 4:  # "Am I?" leans on what came before
                keep.add(i - 2)
    if not keep:
        return None
    return " " + " | ".join(parts[i][0] for i in sorted(keep) if i >= 0) + " "


@dataclass(frozen=True)
class _Score:
    total: float
    strong: bool  # at least one cue that on its own asks the question


def scores(text: str) -> dict[str, float]:
    """Cue score per FAQ id (before the threshold); empty when the message must not be answered."""
    return {fid: sc.total for fid, sc in _scores(text).items()}


def _scores(text: str) -> dict[str, _Score]:
    text = concepts.strip_negated(text)  # "I'm not asking about costs, ...": not a cost question
    parts = sentences(text)
    if not parts:
        return {}
    region = _region(parts)
    if region is None:
        return {}
    # The whole message in canonical words: the same as normalise(text), without normalising twice.
    flat = " " + " ".join(s for s, _ in parts) + " "
    if any(rx.search(flat) for rx in _VETO):
        return {}
    if _VICTIM.search(flat) and not _OWN_ATTRACTION.search(flat):
        return {}
    third_party = any(rx.search(flat) for rx in _THIRD_PARTY)
    allowed_ids = [fid for fid in IDS if not third_party or fid in cues.THIRD_PARTY_OK
                   or (fid in _THIRD_PARTY_IF and _THIRD_PARTY_IF[fid].search(flat))]
    # First the remembered cues; when they answer nothing, the concept cues are added; when those
    # answer nothing either, a short question naming one FAQ's topic.
    hits = {fid: [c.weight for c in _CUES[fid] if c.pattern.search(region)] for fid in allowed_ids}
    out = _totals(hits, region, flat)
    if not any(sc.total >= THRESHOLD for sc in out.values()):
        extra = _extra()
        for fid in allowed_ids:
            hits[fid] += [c.weight for c in extra.get(fid, ()) if c.pattern.search(region)]
        out = _totals(hits, region, flat)
    if not any(sc.total >= THRESHOLD for sc in out.values()):
        fid = _topic_question(parts)
        if fid is not None and (third_party is False or fid in cues.THIRD_PARTY_OK):
            # the topic path lifts the score to the threshold; the id's negative cues still count
            neg = sum(c.weight for c in _NEGATIVE.get(fid, ()) if c.pattern.search(flat))
            total = max(out[fid].total if fid in out else 0.0, THRESHOLD) - neg
            if total >= THRESHOLD:
                out[fid] = _Score(total, False)
    for strong_id, weaker_id in cues.SUPPRESSES:
        if strong_id in out and out[strong_id].total >= THRESHOLD:
            out.pop(weaker_id, None)
    return out


def _totals(hits: dict[str, list[float]], region: str, flat: str) -> dict[str, _Score]:
    out: dict[str, _Score] = {}
    for fid, weights in hits.items():
        if not weights:
            continue
        score = sum(weights) - sum(c.weight for c in _NEGATIVE.get(fid, ()) if c.pattern.search(flat))
        topic = _TOPIC.get(fid)
        if topic and topic[1].search(flat) and not topic[1].search(region):
            score += topic[0]
        if score > 0:
            out[fid] = _Score(score, max(weights) >= 1.0)
    return out


def _topic_question(parts: list[tuple[str, bool]]) -> str | None:
    """The one FAQ whose topic a short question names, or None (no such question, or several)."""
    found: set[str] = set()
    for i, (s, marked) in enumerate(parts):
        n_words = len(s.split())
        if n_words > concepts.TOPIC_Q_MAX_WORDS:
            continue
        if not (marked or _OPENERS[0].search(s) or _asks(s, marked) or _LATE["verb_first"].search(s)):
            continue
        padded = " " + s + " "
        if n_words <= concepts.TOPIC_Q_LEAN_WORDS and i > 0:
            padded = " " + parts[i - 1][0] + padded
        for fid, rx in _TOPIC_Q.items():
            if rx.search(padded):
                if fid in concepts.TOPIC_Q_SELF and (not _LATE["first_person"].search(padded)
                                                    or _LATE["third_person"].search(padded)):
                    continue
                found.add(fid)
    return found.pop() if len(found) == 1 else None


# A second question is joined on ("is het gratis en anoniem", "..., maar kan de politie dit zien?")
# or asked in a second sentence; without that, a second id is one question read twice.
# (Not "of"/"or": "free of these thoughts", "is het gratis of moet ik betalen" ask one thing.)
_JOINED = re.compile(r"\b(?:en|and|ook|also|maar|but|plus|daarnaast|besides|verder|"
                     r"tweede vraag|second question|another question|nog een vraag|andere vraag)\b",
                     re.IGNORECASE)


def _asks_twice(text: str) -> bool:
    return text.count("?") >= 2 or bool(_JOINED.search(text))


def _confidence(score: float) -> float:
    return round(min(0.99, 0.55 + 0.2 * score), 2)


def match(text: str, lang: str | None = None) -> list[Match]:
    """At most two FAQ ids the message asks, best first; [] when unsure (a person answers)."""
    del lang  # the cue patterns cover both languages
    ranked = sorted(_scores(text).items(), key=lambda kv: (-kv[1].total, IDS.index(kv[0])))
    picked: list[Match] = []
    for fid, sc in ranked:
        if len(picked) == MAX_ANSWERS or sc.total < THRESHOLD:
            break
        if picked and not (sc.strong and sc.total >= SECOND_THRESHOLD and _asks_twice(text)):
            continue
        picked.append(Match(fid, _confidence(sc.total)))
    return picked
