"""Personal names: a gazetteer of first names and surnames, weighed by capitals and context.

A first name that is also a common word ("Roos", "Will", "Mark") counts only in context or in the
middle of a sentence; an unknown word counts as a name only in a strong context ("ik heet ...").
"""

from __future__ import annotations

import re

from .contact import same_length_lower
from .gazetteer import (
    AMBIGUOUS_FIRST_NAMES,
    COMMON_WORDS,
    FIRST_NAMES,
    KEEP_WORDS,
    PARTICLES,
    PLACES,
    SURNAMES,
)
from .language import FUNCTION_WORDS
from .model import Span

TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*(?:-[^\W\d_]+(?:['’][^\W\d_]+)*)*")

_STRONG = (
    ("ik", "heet"),
    ("heet",),
    ("naam", "is"),
    ("name", "is"),
    ("name's",),
    ("call", "me"),
    ("noem", "me"),
    ("genaamd",),
    ("genoemd",),
    ("called",),
    ("named",),
    ("vraag", "naar"),
    ("ask", "for"),
    ("heette",),
    ("roepnaam",),
    ("naam",),
    ("name",),
)
_INTRO = (
    ("ik", "ben"),
    ("i'm",),
    ("i’m",),
    ("im",),
    ("i", "am"),
    ("this", "is"),
    ("dit", "is"),
    ("hier", "is"),
    ("it's",),
    ("it’s",),
    ("met",),
    ("sprak", "met"),
    ("spoke", "to"),
    ("spoke", "with"),
    ("praten", "met"),
)
_POSSESSIVES = frozenset(
    "mijn m'n mn my onze ons our zijn z'n zn haar her his je jouw your hun their".split()
)
_RELATIONS = frozenset(
    """
    zoon dochter broer broertje zus zusje zuster man vrouw vriend vriendin vriendje vriendinnetje neef nicht
    nichtje neefje oom tante opa oma vader moeder papa mama pa ma stiefvader stiefmoeder stiefzoon
    stiefdochter
    stiefbroer stiefzus halfbroer halfzus schoonzoon schoondochter schoonvader schoonmoeder zwager schoonzus
    kleinzoon kleindochter collega buurman buurvrouw buurjongen buurmeisje partner ex leraar lerares docent
    docente trainer coach mentor juf meester baas leidinggevende klasgenoot klasgenote kind kinderen
    son daughter brother sister husband wife boyfriend girlfriend friend nephew niece uncle aunt auntie cousin
    dad mum mom father mother stepdad stepfather stepmother stepson stepdaughter grandson granddaughter
    colleague neighbour neighbor teacher boss classmate child kid brother-in-law sister-in-law
    father-in-law mother-in-law son-in-law daughter-in-law fiancé fiancée verloofde
    """.split()
)
# Titles that are part of how the person is named: they go into the placeholder with the name.
_TITLES = frozenset(
    "meneer mijnheer mevrouw mevr mw mvr dhr heer mr mrs ms miss dr familie fam sir madam".split()
)
# Words before a name that stay: the role (a teacher, a coach, an uncle) is what a counsellor needs.
_BARE_TITLES = frozenset(
    "oom tante opa oma uncle aunt auntie coach trainer neef nicht juf juffrouw meester".split()
)
_PLACE_WORDS = frozenset("in te uit nabij richting near".split())
# What follows a name at the start of a sentence: where the person comes from in the writer's life.
_PERSON_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:from|van|uit)[ \u00a0]+(?:my|mijn|m'n|mn|our|onze|ons|the|de|het|work|school|werk|"
    r"class|klas|church|kerk|next[ \u00a0]+door|hiernaast)(?![\w'’-])",
    re.I,
)
_ARTICLES = frozenset("de het een the a an la le".split())
_GREETINGS = frozenset(
    "hoi hoii hallo hey hee hi hello beste lieve dear goedemorgen goedemiddag goedenavond morning hiya "
    "yo".split()
)
SIGNOFF_RE = re.compile(
    r"^[ \t]*(?:met[ \t]+)?(?:vriendelijke[ \t]+|hartelijke[ \t]+|lieve[ \t]+|warme[ \t]+)?"
    r"(?:groet(?:en|jes)?|gr|grt|mvg|mvrgr|hoogachtend|liefs|doei|bedankt|dank(?:[ \t]+je(?:wel)?)?|"
    r"alvast[ \t]+bedankt|regards|best(?:[ \t]+regards|[ \t]+wishes)?|kind[ \t]+regards|thanks|"
    r"thank[ \t]+you|cheers|sincerely|yours(?:[ \t]+sincerely|[ \t]+faithfully)?|love|xx+|x|"
    r"take[ \t]+care)[ \t]*[,.!]*[ \t]*$",
    re.I | re.M,
)
INITIALS_RE = re.compile(
    r"[A-Z](?<![\w.].)\.[ \u00a0]?(?:[A-Z]\.[ \u00a0]?){0,3}"
    r"(?:(?i:van|de|der|den|het|ten|ter|te|el|al|op|in|'t|von|da|di|le|la|du|d'|v\.d\.|vd)[ \u00a0]+){0,3}"
    r"[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?"
)


class _Tok:
    __slots__ = ("end", "low", "start", "word")

    def __init__(self, start: int, end: int, word: str) -> None:
        self.start = start
        self.end = end
        self.word = word
        self.low = word.lower()


class _Toks:
    """Tokens built on first use: most messages need only a handful of them."""

    __slots__ = ("_cache", "_spans", "_words")

    def __init__(self, text: str, words: list[str] | None = None) -> None:
        self._spans = [m.span() for m in TOKEN_RE.finditer(text)]
        self._words = words if words is not None else [text[a:b] for a, b in self._spans]
        self._cache: dict[int, _Tok] = {}

    def __len__(self) -> int:
        return len(self._spans)

    def __getitem__(self, i: int) -> _Tok:
        if i < 0:
            i += len(self._spans)
        tok = self._cache.get(i)
        if tok is None:
            a, b = self._spans[i]
            tok = self._cache[i] = _Tok(a, b, self._words[i])
        return tok


def _capitalised(w: str) -> bool:
    return w[0].isupper() and not w.isupper() and not any(p.isupper() and len(p) > 1 for p in w.split("-"))


def _sentence_start(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in " \t\u00a0\"'“‘(«-*":
        j -= 1
    return j < 0 or text[j] in ".!?\n:;…"


def _only_spaces(text: str, a: int, b: int) -> bool:
    return b - a <= 3 and text[a:b].strip(" \u00a0") == ""


def _by_last(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        out.setdefault(p[-1], []).append(p)
    return {k: tuple(v) for k, v in out.items()}


_STRONG_BY_LAST = _by_last(_STRONG)
_INTRO_BY_LAST = _by_last(_INTRO)
# Any word after which a context rule may apply; other lower-case words are skipped at once.
_TRIGGERS = (
    frozenset(_STRONG_BY_LAST) | frozenset(_INTRO_BY_LAST) | _RELATIONS | _TITLES | _BARE_TITLES | _GREETINGS
)


def _preceded_by(toks: _Toks, i: int, phrase: tuple[str, ...], text: str) -> bool:
    k = len(phrase)
    if i < k:
        return False
    for j, w in enumerate(phrase):
        if toks[i - k + j].low != w:
            return False
    # the phrase and the candidate sit in one clause: spaces, a colon or a comma between them
    gap = text[toks[i - 1].end : toks[i].start]
    return len(gap) <= 3 and gap.strip(" \u00a0,:") == ""


# "O'Neill", "D'Hondt", "M'Bala": a capital, an apostrophe and a capitalised rest is a surname.
_APOSTROPHE_SURNAME_RE = re.compile(r"[A-Z]['’][A-Z][a-zà-ÿ]{1,30}")


def _extend_surname(text: str, toks: _Toks, i: int) -> int:
    """Index of the last token of the name that starts at token i (first name + surname)."""
    j = i
    while j + 1 < len(toks) and j < i + 6:
        k = j + 1
        particles = 0
        while (
            k < len(toks) and toks[k].low in PARTICLES and _only_spaces(text, toks[k - 1].end, toks[k].start)
        ):
            k += 1
            particles += 1
        if k >= len(toks) or not _only_spaces(text, toks[k - 1].end, toks[k].start):
            break
        t = toks[k]
        if _APOSTROPHE_SURNAME_RE.fullmatch(t.word):
            j = k
            continue
        if not _capitalised(t.word) or t.low in KEEP_WORDS:
            break
        if particles == 0 and t.low in COMMON_WORDS and t.low not in SURNAMES and t.low not in FIRST_NAMES:
            break
        if particles == 0 and t.low in AMBIGUOUS_FIRST_NAMES and t.low not in SURNAMES:
            break
        j = k
    return j


def _is_known_name(t: _Tok) -> bool:
    return t.low in FIRST_NAMES and t.low not in KEEP_WORDS


_NAMEISH = (FIRST_NAMES | SURNAMES) - FUNCTION_WORDS


def _candidates(words: list[str], lows: list[str], casual: bool) -> list[int]:
    """Token indexes that any rule below could take: a listed name, or a word after a trigger."""
    named = [i for i, low in enumerate(lows) if low in _NAMEISH]
    if not casual:
        named = [i for i in named if words[i][0].isupper()]
    after = [i + 1 for i, low in enumerate(lows) if low in _TRIGGERS and i + 1 < len(lows)]
    if not after:
        return named
    return sorted(set(named).union(after))


def find_names(text: str, casual: bool) -> list[Span]:
    spans: list[Span] = []
    words = TOKEN_RE.findall(text)
    lows = " ".join(words).lower().split(" ")
    if len(lows) != len(words):  # lower-casing made a space (cannot happen, but never misalign)
        lows = [w.lower() for w in words]
    candidates = _candidates(words, lows, casual)
    if candidates:
        spans += _names_in_tokens(text, casual, candidates, _Toks(text, words))
    # Signatures: the line after a sign-off.
    if "\n" in text:
        for m in SIGNOFF_RE.finditer(text):
            spans += _signature(text, m.end())
    if "." in text:
        for m in INITIALS_RE.finditer(text):
            last = m.group().split()[-1].split(".")[-1]
            low = last.lower()
            if low in KEEP_WORDS:
                continue
            if low in SURNAMES or low not in COMMON_WORDS or " " in m.group().split(".")[-1].strip():
                spans.append(Span(m.start(), m.end(), "name", 41))
    return spans


def _names_in_tokens(text: str, casual: bool, candidates: list[int], toks: _Toks) -> list[Span]:
    hits: dict[int, int] = {}  # first token index -> start offset (a title may start earlier)

    def add(i: int, start: int | None = None) -> None:
        hits[i] = min(hits.get(i, toks[i].start), toks[i].start if start is None else start)

    for i in candidates:
        t = toks[i]
        w, low = t.word, t.low
        prev = toks[i - 1].low if i > 0 else ""
        first_upper = w[0].isupper()
        if not first_upper and not casual and prev not in _TRIGGERS:
            continue
        if len(w) < 2 or low in KEEP_WORDS:
            continue
        cap = first_upper and _capitalised(w)
        known = low in FIRST_NAMES
        # a town that is also a name ("Milan") is a name only in context
        ambiguous = low in AMBIGUOUS_FIRST_NAMES or low in PLACES
        common = low in COMMON_WORDS
        after_article = i > 0 and toks[i - 1].low in _ARTICLES
        # "naar Ede", "in Lisse": a town after a place word is the town, which a counsellor may keep
        if low in PLACES and prev in _PLACE_WORDS and _only_spaces(text, toks[i - 1].end, t.start):
            continue
        # 1. a known, unambiguous first name written with a capital
        if cap and known and not ambiguous and not after_article:
            add(i)
            continue
        # 2. an ambiguous first name in the middle of a sentence, not after an article
        if cap and known and ambiguous and i > 0 and not _sentence_start(text, t.start) and not after_article:
            add(i)
            continue
        # 2b. at the start of a sentence, when what follows places a person ("Mark from my team")
        if cap and known and ambiguous and low not in PLACES and _PERSON_AFTER_RE.match(text, t.end):
            add(i)
            continue
        if prev not in _TRIGGERS:
            if casual and not cap and known and not ambiguous and not common and len(low) >= 4:
                add(i)
            continue
        # 3. context before the word
        if any(_preceded_by(toks, i, p, text) for p in _STRONG_BY_LAST.get(prev, ())):
            if (
                (known and low not in FUNCTION_WORDS) or (not common and (cap or casual))
            ) and low not in PARTICLES:
                add(i)
                continue
        if any(_preceded_by(toks, i, p, text) for p in _INTRO_BY_LAST.get(prev, ())):
            if (cap and (known or not common)) or (not cap and known and not ambiguous):
                add(i)
                continue
        if (prev in _TITLES and _only_spaces(text, toks[i - 1].end, t.start)) or (
            prev in PARTICLES and i > 1 and toks[i - 2].low in _TITLES
        ):
            k = i - 1
            while toks[k].low not in _TITLES:
                k -= 1
            if cap and low not in PARTICLES:
                add(i, toks[k].start)
                continue
            if low in PARTICLES and i + 1 < len(toks) and _capitalised(toks[i + 1].word):
                add(i, toks[k].start)
                continue
        if (i >= 2 and prev in _RELATIONS and toks[i - 2].low in _POSSESSIVES) or prev in _BARE_TITLES:
            if _preceded_by(toks, i, (prev,), text):
                if (cap and (known or not common)) or (not cap and known and not ambiguous and not common):
                    add(i)
                    continue
        if prev in _GREETINGS and _sentence_start(text, toks[i - 1].start):
            gap = text[toks[i - 1].end : t.start]
            if gap.strip(" \u00a0") == "" and ((cap and (known or not common)) or (known and not ambiguous)):
                add(i)
                continue
        # 4. lower-case chat: a first name that is no word at all
        if casual and not cap and known and not ambiguous and not common and len(low) >= 4:
            add(i)

    spans: list[Span] = []
    covered = -1
    for i, start in sorted(hits.items()):
        if i <= covered:
            continue
        # "mevrouw Jansen", "meneer van Dijk": the title goes into the placeholder too
        k = i - 1
        while k >= 0 and toks[k].low in PARTICLES and k > i - 4:
            k -= 1
        if k >= 0 and toks[k].low in _TITLES and _only_spaces(text, toks[k].end, toks[k + 1].start):
            start = min(start, toks[k].start)
        j = _extend_surname(text, toks, i)
        covered = j
        spans.append(Span(start, toks[j].end, "name", 40))

    # A surname from the lists in mid-sentence ("ik sprak met Jansen").
    for i in candidates:
        t = toks[i]
        if (
            t.low in SURNAMES
            and _capitalised(t.word)
            and t.low not in COMMON_WORDS
            and t.low not in KEEP_WORDS
            and t.low not in PLACES
            and len(t.low) >= 4
            and not _sentence_start(text, t.start)
            and (i == 0 or toks[i - 1].low not in _ARTICLES)
        ):
            spans.append(Span(t.start, t.end, "name", 39))
    return spans


def _signature(text: str, pos: int) -> list[Span]:
    nl = text.find("\n", pos)
    if nl < 0:
        return []
    m = re.compile(r"\s*").match(text, nl)
    start = m.end() if m else nl
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end]
    if not line or len(line) > 60:
        return []
    toks = _Toks(line)
    if not len(toks) or len(toks) > 5:
        return []
    first = toks[0]
    if (not _capitalised(first.word) and not first.word.isupper()) or first.low in KEEP_WORDS:
        return []
    known = first.low in FIRST_NAMES
    last = _extend_surname(line, toks, 0)
    if not known and last == 0:
        return []  # one unknown word ("Buurtteam") is more likely a team than a person
    if not known and first.low in COMMON_WORDS:
        return []
    return [Span(start + first.start, start + toks[last].end, "name", 42)]


def propagate(text: str, spans: list[Span]) -> list[Span]:
    """Every other mention of a word of a found name is that name too ("Milan ... Milan is pas 10")."""
    loose: set[str] = set()
    exact: set[str] = set()
    for s in spans:
        if s.kind == "name":
            for w in TOKEN_RE.findall(text, s.start, s.end):
                low = w.lower()
                if len(low) < 3 or low in PARTICLES or low in _TITLES or low in KEEP_WORDS:
                    continue
                if low in COMMON_WORDS:
                    if _capitalised(w):
                        exact.add(w)  # "Iris": only where it is written as a name again
                else:
                    loose.add(low)
    if not loose and not exact:
        return []
    found: list[Span] = []
    lower = same_length_lower(text)
    for words, hay in ((loose, lower), (exact, text)):
        for w in words:
            pos = hay.find(w)
            while pos >= 0:
                end = pos + len(w)
                if (pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in "-_")) and (
                    end == len(text) or not (text[end].isalnum() or text[end] in "-_")
                ):
                    found.append(Span(pos, end, "name", 38))
                pos = hay.find(w, end)
    return found
