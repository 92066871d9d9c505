"""scrub(): find identifiers, choose between overlapping candidates, write numbered placeholders."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise, repeat

from . import contact, language, names, numbers, places
from .model import LABELS, PLACEHOLDER_RE, ScrubResult, Span, finding, scrub_result
from .shape import alternation
from .shape import shape as ascii_shape
from .tokens import Tokens, vocabulary

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


_FIRST_LETTER_RE = re.compile(r"[^\W\d_]")
_UPPER_RE = re.compile(r"[A-ZÀ-Þ]")
_DIGIT_RE = re.compile(r"\d")


def _masked(text: str, spans: list[Span]) -> str:
    parts: list[str] = []
    last = 0
    for s in sorted(spans):  # by start (a Span is a tuple that starts with it; ties mask the same)
        if s.start >= last:
            parts.append(text[last : s.start])
            parts.append(_MASK * (s.end - s.start))
            last = s.end
        elif s.end > last:
            parts.append(_MASK * (s.end - last))
            last = s.end
    parts.append(text[last:])
    return "".join(parts)


def _casual(text: str, shape: str | None = None) -> bool:
    """Chat written all in lower case: names are not capitalised there either."""
    if shape is not None:  # ASCII: letters are "a" and "A" in the shape (see shape.py)
        lower, upper = shape.find("a"), shape.find("A")
        first_is_lower = lower >= 0 and (upper < 0 or lower < upper)
        return first_is_lower and shape.count("A") * 20 < len(text)
    m = _FIRST_LETTER_RE.search(text)
    return bool(m and m.group().islower() and len(_UPPER_RE.findall(text)) * 20 < len(text))


def _free_runs(occupied: bytearray, start: int, end: int) -> list[tuple[int, int]]:
    runs = []
    i = start
    while i < end:
        j = occupied.find(1, i, end)
        if j < 0:
            runs.append((i, end))
            break
        if j > i:
            runs.append((i, j))
        k = occupied.find(0, j, end)
        if k < 0:
            break
        i = k
    return runs


def _to_word_edges(text: str, s: Span, occupied: bytearray) -> Span:
    """Widen a span that ends inside a word ("06-41223344x"): a placeholder glued to the rest of a
    word would make a new token, and a second scrub would find something new in it."""
    start, end = s.start, s.end
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum() and not occupied[start - 1]:
        start -= 1
    while (
        end < len(text)
        and text[end].isalnum()
        and text[end - 1].isalnum()
        and not (end < len(occupied) and occupied[end])
    ):
        end += 1
    return s if (start, end) == (s.start, s.end) else Span(start, end, s.kind, s.priority)


def _disjoint(spans: list[Span]) -> list[Span] | None:
    """The spans in order when none is empty and no two overlap (most messages), else None."""
    ordered = sorted(spans)  # a Span is a tuple that starts with its start offset
    last = 0
    for s in ordered:
        if s.start < last or s.end <= s.start:
            return None
        last = s.end
    return ordered


def _mark(occupied: bytearray, spans: list[Span]) -> None:
    for s in spans:
        occupied[s.start : s.end] = b"\x01" * (s.end - s.start)


def _overlap(ordered: list[Span]) -> bool:
    """Whether two of the spans (ordered by start) overlap."""
    return any(a.end > b.start for a, b in pairwise(ordered))


def _not_within(spans: list[Span], chosen: list[Span]) -> list[Span]:
    """The spans that do not lie inside one of the chosen spans (which are ordered and disjoint)."""
    if not spans:
        return spans
    starts = [c.start for c in chosen]
    out = []
    for s in spans:
        i = bisect_right(starts, s.start) - 1
        if i < 0 or s.end > chosen[i].end:
            out.append(s)
    return out


def _strength(s: Span) -> tuple[int, int, int]:
    """Stronger first: a higher priority, then a longer span, then the earlier one."""
    return (-s.priority, s.start - s.end, s.start)


def _widened(text: str, spans: list[Span], occupied: bytearray | None = None) -> list[Span]:
    """Each span widened to the edges of the words it ends in (see _to_word_edges).

    Without `occupied` the spans must be disjoint; what they take is marked only when one needs
    widening (few do).
    """
    out = []
    n = len(text)
    for s in spans:
        # most spans end at a space or a punctuation mark on both sides and stay as they are
        if (s.start and text[s.start - 1].isalnum()) or (s.end < n and text[s.end].isalnum()):
            if occupied is None:
                occupied = bytearray(spans[-1].end)
                _mark(occupied, spans)
            s = _to_word_edges(text, s, occupied)
        out.append(s)
    return out


def _resolve(spans: list[Span], protected: list[Span], text: str | None = None) -> list[Span]:
    if not spans and not protected:
        return []
    # Nothing to choose between: every candidate stays (the general way below comes to the same).
    ordered = None if protected else _disjoint(spans)
    if ordered is not None:
        if text is None:
            return ordered
        return _widened(text, ordered)  # widening keeps the order
    # Same-kind candidates that overlap are one identifier ("International School" + "School Westbrook").
    merged: list[Span] = []
    by_kind: dict[str, list[Span]] = {}
    for s in spans:
        if s.end > s.start:
            by_kind.setdefault(s.kind, []).append(s)
    for kind, group in by_kind.items():
        group.sort()  # by start (then end): overlapping ones merge the same whatever their order
        cur = group[0]
        for s in group[1:]:
            if s.start < cur.end:
                cur = Span(cur.start, max(cur.end, s.end), kind, max(cur.priority, s.priority))
            else:
                merged.append(cur)
                cur = s
        merged.append(cur)
    merged.sort(key=_strength)
    # One byte per character marks what is taken: overlap checks cost the span's length, not the
    # number of spans (a megabyte of names must not be quadratic).
    size = max([s.end for s in merged] + [t.end for t in protected] + [0])
    occupied = bytearray(size)
    _mark(occupied, protected)
    chosen: list[Span] = []
    for s in merged:
        if occupied.find(1, s.start, s.end) < 0:
            occupied[s.start : s.end] = b"\x01" * (s.end - s.start)
            chosen.append(s)
            continue
        if text is None:
            continue
        # Partly taken by a stronger candidate: keep the free parts ("Jasper" of "Jasper AAb" when
        # "AAb00" is a username), or the rest of the identifier would leak.
        for a, b in _free_runs(occupied, s.start, s.end):
            while a < b and not text[a].isalnum():
                a += 1
            while b > a and not text[b - 1].isalnum():
                b -= 1
            if b - a >= 2:
                occupied[a:b] = b"\x01" * (b - a)
                chosen.append(Span(a, b, s.kind, s.priority))
    if text is not None:
        chosen = _widened(text, chosen, occupied)
    chosen.sort()  # by start: no two chosen spans start at the same offset
    return chosen


_BIRTH_WORDS = frozenset(
    "geboren geb geboortedatum geboorte born birth dob birthday verjaardag jarig né née naissance".split()
)
_ORG_SUFFIXES = (
    "school",
    "club",
    "vereniging",
    "groep",
    "lyceum",
    "college",
    "gymnasium",
    "atheneum",
    "kerk",
    "church",
    "moskee",
    "mosque",
    "academy",
    "academie",
    "scouting",
    "opvang",
    "dagverblijf",
    "speelzaal",
    "kdv",
    "bso",
    "creche",
    "crèche",
    "daycare",
    "nursery",
    "parochie",
    "ziekenhuis",
    "gasthuis",
    "scholengemeenschap",
    "instituut",
    "praktijk",
    "centrum",
    "kliniek",
)


# A word that ends in one of _ORG_SUFFIXES starts, in the reversed text, after a space with the reversed
# suffix: a search that the regex engine runs from space to space.
_ORG_SUFFIX_REVERSED_RE = re.compile(" " + alternation(s[::-1] for s in _ORG_SUFFIXES))


def _org_suffix(vocab: set[str], joined: str) -> bool:
    """Some word ends like the name of a school, club or church ("Mariaschool", "voetbalclub").

    joined is the text's words in lower case with a space between them, as Tokens.joined.
    """
    if joined.isascii():  # its letter runs (the vocabulary) are what spaces, "-" and "'" separate
        words = joined.replace("-", " ").replace("'", " ")
        return _ORG_SUFFIX_REVERSED_RE.search(" " + words[::-1]) is not None
    return any(map(str.endswith, vocab, repeat(_ORG_SUFFIXES)))


def find(text: str) -> tuple[list[Span], list[Span], dict[str, int], set[str]]:
    """Candidate identifiers in text, chosen and ordered; the protected placeholders; the words."""
    work, protected, highest = _mask_placeholders(text)
    toks = Tokens(work)
    vocab = vocabulary(toks)
    shape = ascii_shape(work)
    spans: list[Span] = []
    n_digits = shape.count("1") if shape is not None else len(_DIGIT_RE.findall(work))
    if "@" in work or "at" in vocab or "apenstaartje" in vocab:
        spans += contact.find_emails(work)
    spans += contact.find_urls(work)
    spans += contact.find_usernames(work, shape)
    if not vocab.isdisjoint(contact.PLATFORM_WORDS):
        spans += contact.find_platform_handles(work, vocab)
    if n_digits:
        if n_digits >= 4 and ("." in work or ":" in work):
            spans += contact.find_ips(work, shape)
        if n_digits >= 8:
            spans += numbers.find_numbers(work)
            spans += numbers.find_ibans(work, shape)
        if "-" in work or "kenteken" in vocab or "plate" in vocab or "nummerbord" in vocab:
            spans += numbers.find_plates(work, shape)
        if not vocab.isdisjoint(_BIRTH_WORDS) or "°" in work:
            spans += numbers.find_birthdates(work)
        addresses = places.find_addresses(work, vocab, shape)
        spans += addresses
        if n_digits >= 4:
            spans += numbers.find_postcodes(work, addresses, vocab, shape)
        spans += numbers.find_uk_postcodes(work, shape, vocab)
    # a phone number said in words: at least three different number words (or two and some digits)
    if not vocab.isdisjoint(numbers.SPOKEN_DIGIT_WORDS_RARE):
        spoken = len(vocab & numbers.SPOKEN_DIGIT_WORDS)
        if spoken >= 3 or (spoken == 2 and n_digits >= 2):
            spans += numbers.find_spoken_numbers(work, toks)
    if not vocab.isdisjoint(places.ORGANISATION_WORDS) or _org_suffix(vocab, toks.joined):
        spans += places.find_organisations(work, vocab, toks.joined)
    if "st" in vocab:
        spans += places.find_saint_places(work)
    # Names are looked for with the other identifiers hidden, as placeholders will hide them on a second
    # scrub: words inside an IP address or a link must not be context for a name ("...:890a Jb").
    if spans:
        masked = _masked(work, spans)
        found = names.find_names(masked, _casual(work, shape), toks.hide(masked, spans))
    else:
        found = names.find_names(work, _casual(work, shape), toks)
    chosen = _resolve(spans + found, protected, work)
    if found:  # (only the name finder makes name spans)
        extra = names.propagate(work, [s for s in chosen if s.kind == "name"])
        # Most other mentions are the names found already. When they lie inside chosen spans, and no two
        # of those overlap (widening to word edges can make two overlap), choosing again changes nothing.
        if extra and (_overlap(chosen) or _not_within(extra, chosen)):
            chosen = _resolve(chosen + extra, protected, work)
    return chosen, protected, highest, vocab


def scrub(text: str, lang: str | None = None) -> ScrubResult:
    if not isinstance(text, str):
        raise TypeError(f"scrub() takes a str, not {type(text).__name__}")
    if not text:
        return scrub_result("", ())
    chosen, _protected, highest, vocab = find(text)
    if not chosen:
        return scrub_result(text, ())
    if lang not in LABELS:
        lang = language.guess_from_vocab(vocab)
    labels = LABELS[lang]
    numbers_by_value: dict[tuple[str, str], int] = {}
    counters: dict[str, int] = {}
    # Only a kind found more than once needs its values compared (is it the same identifier again?).
    seen: set[str] = set()
    repeated: set[str] = set()
    for s in chosen:
        (repeated if s.kind in seen else seen).add(s.kind)
    out: list[str] = []
    last = 0
    for s in chosen:
        label = labels[s.kind]
        key = (s.kind, _NORM_RE.sub("", text[s.start : s.end].casefold()) if s.kind in repeated else "")
        n = numbers_by_value.get(key)
        if n is None:
            n = counters.get(label, highest.get(label, 0)) + 1
            counters[label] = n
            numbers_by_value[key] = n
        out.append(text[last : s.start])
        out.append(f"[{label} {n}]")
        last = s.end
    out.append(text[last:])
    return scrub_result("".join(out), tuple([finding(s.kind, s.start, s.end) for s in chosen]))
