"""scrub(): find identifiers, choose between overlapping candidates, write numbered placeholders."""
from __future__ import annotations

import re

from . import contact, language, names, numbers, places
from .model import LABELS, PLACEHOLDER_RE, Finding, ScrubResult, Span

_NORM_RE = re.compile(r"[\W_]+")
_MASK = "\x00"


def _mask_placeholders(text: str) -> tuple[str, list[Span], dict[str, int]]:
    """Hide placeholders from a previous scrub so that nothing in them is found again."""
    if "[" not in text:
        return text, [], {}
    protected: list[Span] = []
    highest: dict[str, int] = {}
    parts: list[str] = []
    last = 0
    for m in PLACEHOLDER_RE.finditer(text):
        protected.append(Span(m.start(), m.end(), "", 1000))
        label = m.group(1)
        highest[label] = max(highest.get(label, 0), int(m.group(2)))
        parts.append(text[last : m.start()])
        parts.append(_MASK * (m.end() - m.start()))
        last = m.end()
    if not protected:
        return text, [], {}
    parts.append(text[last:])
    return "".join(parts), protected, highest


def _casual(text: str) -> bool:
    """Chat written all in lower case: names are not capitalised there either."""
    for ch in text:
        if ch.isalpha():
            return ch.islower() and sum(c.isupper() for c in text) * 20 < len(text)
    return False


def _resolve(spans: list[Span], protected: list[Span]) -> list[Span]:
    # Same-kind candidates that overlap are one identifier ("International School" + "School Westbrook").
    merged: list[Span] = []
    by_kind: dict[str, list[Span]] = {}
    for s in spans:
        if s.end > s.start:
            by_kind.setdefault(s.kind, []).append(s)
    for kind, group in by_kind.items():
        group.sort(key=lambda s: (s.start, -s.end))
        cur = group[0]
        for s in group[1:]:
            if s.start < cur.end:
                cur = Span(cur.start, max(cur.end, s.end), kind, max(cur.priority, s.priority))
            else:
                merged.append(cur)
                cur = s
        merged.append(cur)
    merged.sort(key=lambda s: (-s.priority, -(s.end - s.start), s.start))
    taken: list[Span] = list(protected)
    chosen: list[Span] = []
    for s in merged:
        if any(s.start < t.end and t.start < s.end for t in taken):
            continue
        taken.append(s)
        chosen.append(s)
    chosen.sort(key=lambda s: s.start)
    return chosen


def find(text: str) -> tuple[list[Span], list[Span], dict[str, int]]:
    """Candidate identifiers in text, chosen and ordered; plus the protected placeholders."""
    work, protected, highest = _mask_placeholders(text)
    spans: list[Span] = []
    has_digit = any(c.isdigit() for c in work)
    spans += contact.find_emails(work)
    spans += contact.find_urls(work)
    spans += contact.find_usernames(work)
    if has_digit:
        spans += contact.find_ips(work)
        spans += numbers.find_numbers(work)
        spans += numbers.find_ibans(work)
        spans += numbers.find_plates(work)
        spans += numbers.find_birthdates(work)
        addresses = places.find_addresses(work)
        spans += addresses
        spans += numbers.find_postcodes(work, addresses)
    spans += places.find_organisations(work)
    name_spans = names.find_names(work, _casual(work))
    spans += name_spans
    chosen = _resolve(spans, protected)
    extra = names.propagate(work, [s for s in chosen if s.kind == "name"])
    if extra:
        chosen = _resolve(chosen + extra, protected)
    return chosen, protected, highest


def scrub(text: str, lang: str | None = None) -> ScrubResult:
    if not isinstance(text, str):
        raise TypeError(f"scrub() takes a str, not {type(text).__name__}")
    if not text:
        return ScrubResult("", ())
    if lang not in LABELS:
        lang = language.guess(text)
    labels = LABELS[lang]
    chosen, _protected, highest = find(text)
    if not chosen:
        return ScrubResult(text, ())
    numbers_by_value: dict[tuple[str, str], int] = {}
    counters: dict[str, int] = {}
    out: list[str] = []
    last = 0
    for s in chosen:
        label = labels[s.kind]
        key = (s.kind, _NORM_RE.sub("", text[s.start : s.end].casefold()))
        n = numbers_by_value.get(key)
        if n is None:
            n = counters.get(label, highest.get(label, 0)) + 1
            counters[label] = n
            numbers_by_value[key] = n
        out.append(text[last : s.start])
        out.append(f"[{label} {n}]")
        last = s.end
    out.append(text[last:])
    return ScrubResult("".join(out), tuple(Finding(s.kind, s.start, s.end) for s in chosen))
