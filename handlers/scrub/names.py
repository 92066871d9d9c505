"""Personal names: a gazetteer of first names and surnames, weighed by capitals and context.

A first name that is also a common word ("Roos", "Will", "Mark") counts only in context or in the
middle of a sentence; an unknown word counts as a name only in a strong context ("ik heet ...").
"""
from __future__ import annotations

import re

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
    ("ik", "heet"), ("heet",), ("naam", "is"), ("name", "is"), ("name's",), ("call", "me"), ("noem", "me"),
    ("genaamd",), ("genoemd",), ("called",), ("named",), ("vraag", "naar"), ("ask", "for"), ("heette",),
    ("roepnaam",), ("naam",), ("name",),
)
_INTRO = (
    ("ik", "ben"), ("i'm",), ("i’m",), ("im",), ("i", "am"), ("this", "is"), ("dit", "is"), ("hier", "is"),
    ("it's",), ("it’s",), ("met",), ("sprak", "met"), ("spoke", "to"), ("spoke", "with"), ("praten", "met"),
)
_POSSESSIVES = frozenset("mijn m'n mn my onze ons our zijn z'n zn haar her his je jouw your hun their".split())
_RELATIONS = frozenset(
    """
    zoon dochter broer broertje zus zusje zuster man vrouw vriend vriendin vriendje vriendinnetje neef nicht
    nichtje neefje oom tante opa oma vader moeder papa mama pa ma stiefvader stiefmoeder stiefzoon stiefdochter
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
    "meneer mijnheer mevrouw mevr mw mvr dhr heer mr mrs ms miss dr familie fam sir madam juf juffrouw meester".split()
)
# Words before a name that stay (the relation is what a counsellor needs).
_BARE_TITLES = frozenset("oom tante opa oma uncle aunt auntie coach trainer neef nicht".split())
_ARTICLES = frozenset("de het een the a an la le".split())
_GREETINGS = frozenset(
    "hoi hoii hallo hey hee hi hello beste lieve dear goedemorgen goedemiddag goedenavond morning hiya yo".split()
)
SIGNOFF_RE = re.compile(
    r"^[ \t]*(?:met[ \t]+)?(?:vriendelijke[ \t]+|hartelijke[ \t]+|lieve[ \t]+|warme[ \t]+)?"
    r"(?:groet(?:en|jes)?|gr|grt|mvg|mvrgr|hoogachtend|liefs|doei|bedankt|dank(?:[ \t]+je(?:wel)?)?|"
    r"alvast[ \t]+bedankt|regards|best(?:[ \t]+regards|[ \t]+wishes)?|kind[ \t]+regards|thanks|thank[ \t]+you|"
    r"cheers|sincerely|yours(?:[ \t]+sincerely|[ \t]+faithfully)?|love|xx+|x|take[ \t]+care)[ \t]*[,.!]*[ \t]*$",
    re.I | re.M,
)
INITIALS_RE = re.compile(
    r"(?<![\w.])(?:[A-Z]\.[ \u00a0]?){1,4}(?:(?i:van|de|der|den|het|ten|ter|te|el|al|op|in|'t|von|da|di|le|la|du|d'|v\.d\.|vd)[ \u00a0]+){0,3}"
    r"[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?"
)


class _Tok:
    __slots__ = ("end", "low", "start", "word")

    def __init__(self, m: re.Match[str]) -> None:
        self.start = m.start()
        self.end = m.end()
        self.word = m.group()
        self.low = self.word.lower()


def _capitalised(w: str) -> bool:
    return w[0].isupper() and not w.isupper() and not any(p.isupper() and len(p) > 1 for p in w.split("-"))


def _sentence_start(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in " \t\u00a0\"'“‘(«-*":
        j -= 1
    return j < 0 or text[j] in ".!?\n:;…"


def _only_spaces(text: str, a: int, b: int) -> bool:
    return b - a <= 3 and text[a:b].strip(" \u00a0") == ""


def _preceded_by(toks: list[_Tok], i: int, phrase: tuple[str, ...], text: str) -> bool:
    k = len(phrase)
    if i < k:
        return False
    for j, w in enumerate(phrase):
        if toks[i - k + j].low != w:
            return False
    # the phrase and the candidate sit in one clause: spaces, a colon or a comma between them
    gap = text[toks[i - 1].end : toks[i].start]
    return len(gap) <= 3 and gap.strip(" \u00a0,:") == ""


def _extend_surname(text: str, toks: list[_Tok], i: int) -> int:
    """Index of the last token of the name that starts at token i (first name + surname)."""
    j = i
    while j + 1 < len(toks):
        k = j + 1
        particles = 0
        while k < len(toks) and toks[k].low in PARTICLES and _only_spaces(text, toks[k - 1].end, toks[k].start):
            k += 1
            particles += 1
        if k >= len(toks) or not _only_spaces(text, toks[k - 1].end, toks[k].start):
            break
        t = toks[k]
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


def find_names(text: str, casual: bool) -> list[Span]:
    toks = [_Tok(m) for m in TOKEN_RE.finditer(text)]
    hits: dict[int, int] = {}  # first token index -> start offset (a title may start earlier)

    def add(i: int, start: int | None = None) -> None:
        hits[i] = min(hits.get(i, toks[i].start), toks[i].start if start is None else start)

    for i, t in enumerate(toks):
        w, low = t.word, t.low
        if len(w) < 2 or low in KEEP_WORDS:
            continue
        cap = _capitalised(w)
        known = low in FIRST_NAMES
        # a town that is also a name ("Milan") is a name only in context
        ambiguous = low in AMBIGUOUS_FIRST_NAMES or low in PLACES
        common = low in COMMON_WORDS
        after_article = i > 0 and toks[i - 1].low in _ARTICLES
        # 1. a known, unambiguous first name written with a capital
        if cap and known and not ambiguous and not after_article:
            add(i)
            continue
        # 2. an ambiguous first name in the middle of a sentence, not after an article
        if cap and known and ambiguous and i > 0 and not _sentence_start(text, t.start) and not after_article:
            add(i)
            continue
        # 3. context before the word
        prev = toks[i - 1].low if i > 0 else ""
        if any(_preceded_by(toks, i, p, text) for p in _STRONG):
            if ((known and low not in FUNCTION_WORDS) or (not common and (cap or casual))) and low not in PARTICLES:
                add(i)
                continue
        if any(_preceded_by(toks, i, p, text) for p in _INTRO):
            if (cap and (known or not common)) or (not cap and known and not ambiguous and not common):
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
    for i, start in hits.items():
        j = _extend_surname(text, toks, i)
        spans.append(Span(start, toks[j].end, "name", 40))

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
    # A surname from the lists in mid-sentence ("ik sprak met Jansen").
    for t in toks:
        if (
            _capitalised(t.word) and t.low in SURNAMES and t.low not in COMMON_WORDS and t.low not in KEEP_WORDS
            and t.low not in PLACES and len(t.low) >= 4 and not _sentence_start(text, t.start)
            and text[max(0, t.start - 4) : t.start].lower().strip() not in _ARTICLES
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
    toks = [_Tok(t) for t in TOKEN_RE.finditer(line)]
    if not toks or len(toks) > 5:
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
            for t in TOKEN_RE.finditer(text, s.start, s.end):
                w = t.group()
                low = w.lower()
                if len(low) < 3 or low in PARTICLES or low in _TITLES or low in KEEP_WORDS:
                    continue
                if low in COMMON_WORDS:
                    if _capitalised(w):
                        exact.add(w)  # "Iris": only where it is written as a name again
                else:
                    loose.add(low)
    found: list[Span] = []
    for words, flags in ((loose, re.I), (exact, 0)):
        if words:
            alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
            rx = re.compile(r"(?<![\w-])(?:" + alternation + r")(?![\w-])", flags)
            found += [Span(m.start(), m.end(), "name", 38) for m in rx.finditer(text)]
    return found
