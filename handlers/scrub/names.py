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
from .tokens import TOKEN_RE, Tokens

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
    # "me broer": chat Dutch for "mijn broer"
    "mijn m'n mn me my onze ons our zijn z'n zn haar her his je jouw your hun their".split()
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
# What follows a first name that is also a word ("Peter", "Roos", "Bas") at the start of a sentence and
# makes it a person: a verb of saying, sending or wanting; "is mijn <relation>"; an apposition
# (", mijn oom,"); or "en ik" ("Bas en ik zijn neven").
_PERSON_VERB_RE = re.compile(
    r"[ \u00a0]+(?:zei|zegt|vroeg|vraagt|stuurt|stuurde|appt|appte|belt|belde|heeft|had|wil|wilde|komt|kwam|"
    r"doet|deed|dreigt|dreigde|raakt|raakte|sends|sent|said|says|asked|asks|wants|wanted|texts|texted|"
    r"told|tells|threatens|threatened|touched|touches)(?![\w'’-])"
    r"|[ \u00a0]+(?:en[ \u00a0]+ik|and[ \u00a0]+I|and[ \u00a0]+me)(?![\w'’-])",
)
_PERSON_RELATION_RE = re.compile(
    r"(?:[ \u00a0]+(?:is|was)[ \u00a0]+|,[ \u00a0]*)(?:mijn|m'n|mn|my|onze|our|de|the)[ \u00a0]+"
    r"([^\W\d_]+(?:-[^\W\d_]+)*)"
)


def _person_follows(text: str, end: int) -> bool:
    """What comes after a name at `end` places a person (see _PERSON_VERB_RE)."""
    if _PERSON_VERB_RE.match(text, end):
        return True
    m = _PERSON_RELATION_RE.match(text, end)
    return m is not None and m.group(1).lower() in _RELATIONS


# "ik ben jan en ...": in chat without capitals, a name after "ik ben" ends the clause or is followed by
# "en", a place of origin or an age.
_INTRO_END_RE = re.compile(r"[ \u00a0]*(?:$|[,.!?;:)]|(?:en|and|uit|from|van|hier|here)(?![\w'’-])|\d)")
# Listed first names that are also particles and adverbs which follow a relation word or "i'm" in chat
# ("mijn nichtje mee op vakantie", "i'm done"): without a capital they are read as the word.
_PARTICLE_WORDS = frozenset(
    "mee weg terug toe langs thuis door over done gone home back away again too also here there now".split()
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


def _capitalised(w: str) -> bool:
    if not w[0].isupper() or w.isupper():
        return False
    # "Jan-WILLEM" is shouting, not a name; without a hyphen the test above said it all already
    return "-" not in w or not any(p.isupper() and len(p) > 1 for p in w.split("-"))


def _sentence_start(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in " \t\u00a0\"'“‘(«-*":
        j -= 1
    return j < 0 or text[j] in ".!?\n:;…"


def _only_spaces(gap: str) -> bool:
    """The text between two words is at most three spaces (one name, not two phrases)."""
    return len(gap) <= 3 and gap.strip(" \u00a0") == ""


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


def _phrase_before(lows: list[str], i: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Word i follows one of the phrases (all end with word i-1's lower case)."""
    for p in phrases:
        if len(p) == 1 or (len(p) <= i and tuple(lows[i - len(p) : i]) == p):
            return True
    return False


# "O'Neill", "D'Hondt", "M'Bala": a capital, an apostrophe and a capitalised rest is a surname.
_APOSTROPHE_SURNAME_RE = re.compile(r"[A-Z]['’][A-Z][a-zà-ÿ]{1,30}")


def _extend_surname(toks: Tokens, i: int) -> int:
    """Index of the last token of the name that starts at token i (first name + surname)."""
    words, lows, gap = toks.words, toks.lows, toks.gap
    n = len(words)
    j = i
    while j + 1 < n and j < i + 6:
        k = j + 1
        particles = 0
        while k < n and lows[k] in PARTICLES and _only_spaces(gap(k)):
            k += 1
            particles += 1
        if k >= n or not _only_spaces(gap(k)):
            break
        word, low = words[k], lows[k]
        if _APOSTROPHE_SURNAME_RE.fullmatch(word):
            j = k
            continue
        if not _capitalised(word) or low in KEEP_WORDS:
            break
        if particles == 0 and low in COMMON_WORDS and low not in SURNAMES and low not in FIRST_NAMES:
            break
        if particles == 0 and low in AMBIGUOUS_FIRST_NAMES and low not in SURNAMES:
            break
        j = k
    return j


_NAMEISH = (FIRST_NAMES | SURNAMES) - FUNCTION_WORDS


def _candidates(toks: Tokens, casual: bool) -> list[int]:
    """Token indexes that any rule below could take: a listed name, or a word after a trigger."""
    # Set operations in C: each distinct word is looked up once in the large name list.
    named_words = _NAMEISH.intersection(toks.distinct)
    triggers = _TRIGGERS.intersection(toks.distinct)
    if not named_words and not triggers:
        return []
    words, lows = toks.words, toks.lows
    marked = named_words | triggers
    last = len(lows) - 1
    named: list[int] = []
    after: list[int] = []
    for i, low in enumerate(lows):
        if low not in marked:
            continue
        if low in named_words and (casual or words[i][0].isupper()):
            named.append(i)
        # After a trigger, a word in lower case (in a message that is not all lower case) can only be
        # a listed first name, or a particle that starts a surname ("meneer van Dijk"): every rule in
        # _names_in_tokens asks that much of it, so the others ("ik ben bang") are no candidates.
        if low in triggers and i < last:
            nxt = lows[i + 1]
            if casual or words[i + 1][0].isupper() or nxt in FIRST_NAMES or nxt in PARTICLES:
                after.append(i + 1)
    if not after:
        return named
    return sorted(set(named).union(after))


def _line_starts(text: str) -> list[int]:
    starts = [0]
    pos = text.find("\n")
    while pos >= 0:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return starts


# Initials need a capital with a full stop: looked for from the full stop, which the regex engine
# skips ahead to, instead of from every capital.
_INITIAL_DOT_RE = re.compile(r"\.(?<=[A-Z]\.)")


def find_names(text: str, casual: bool, toks: Tokens | None = None) -> list[Span]:
    """Names in text; toks, when given, must be the tokens of this very text."""
    spans: list[Span] = []
    if toks is None:
        toks = Tokens(text)
    candidates = _candidates(toks, casual)
    if candidates:
        spans += _names_in_tokens(text, casual, candidates, toks)
    # Signatures: the line after a sign-off. A sign-off is a whole line: try the pattern at line starts
    # only, instead of letting the regex engine test every position for one.
    if "\n" in text:
        for start in _line_starts(text):
            m = SIGNOFF_RE.match(text, start)
            if m:
                spans += _signature(text, m.end())
    if "," in text:
        spans += _inline_signature(text)
    if _INITIAL_DOT_RE.search(text):
        for m in INITIALS_RE.finditer(text):
            last = m.group().split()[-1].split(".")[-1]
            low = last.lower()
            if low in KEEP_WORDS:
                continue
            if low in SURNAMES or low not in COMMON_WORDS or " " in m.group().split(".")[-1].strip():
                spans.append(Span(m.start(), m.end(), "name", 41))
    return spans


def _names_in_tokens(text: str, casual: bool, candidates: list[int], toks: Tokens) -> list[Span]:
    words, lows, starts, ends, gap = toks.words, toks.lows, toks.starts, toks.ends, toks.gap
    n = len(words)
    hits: list[tuple[int, int]] = []  # first token index, start offset (a title may start earlier)

    for i in candidates:  # in order, each once
        w, low = words[i], lows[i]
        prev = lows[i - 1] if i > 0 else ""
        first_upper = w[0].isupper()
        if not first_upper and not casual and prev not in _TRIGGERS:
            continue
        if len(w) < 2 or low in KEEP_WORDS:
            continue
        cap = first_upper and _capitalised(w)
        known = low in FIRST_NAMES
        place = low in PLACES
        # a town that is also a name ("Milan") is a name only in context
        ambiguous = place or low in AMBIGUOUS_FIRST_NAMES
        after_article = prev in _ARTICLES  # prev is "" for the first word
        # "naar Ede", "in Lisse": a town after a place word is the town, which a counsellor may keep
        if place and prev in _PLACE_WORDS and _only_spaces(gap(i)):
            continue
        # 1. a known, unambiguous first name written with a capital
        if cap and known and not ambiguous and not after_article:
            hits.append((i, starts[i]))
            continue
        # 2. an ambiguous first name in the middle of a sentence, not after an article
        if (
            cap
            and known
            and ambiguous
            and i > 0
            and not _sentence_start(text, starts[i])
            and not after_article
        ):
            hits.append((i, starts[i]))
            continue
        # 2b. at the start of a sentence, when what follows places a person ("Mark from my team")
        if (
            cap
            and known
            and ambiguous
            and not place
            and (_PERSON_AFTER_RE.match(text, ends[i]) or _person_follows(text, ends[i]))
        ):
            hits.append((i, starts[i]))
            continue
        common = low in COMMON_WORDS
        if prev not in _TRIGGERS:
            if casual and not cap and known and not ambiguous and not common and len(low) >= 4:
                hits.append((i, starts[i]))
            continue
        # From here on i > 0: the first word has no trigger before it.
        before = gap(i)
        # the context and the candidate sit in one clause: spaces, a colon or a comma between them
        same_clause = len(before) <= 3 and before.strip(" \u00a0,:") == ""
        # 3. context before the word
        strong = _STRONG_BY_LAST.get(prev)
        if strong and same_clause and _phrase_before(lows, i, strong):
            if (
                (known and low not in FUNCTION_WORDS) or (not common and (cap or casual))
            ) and low not in PARTICLES:
                hits.append((i, starts[i]))
                continue
        intro = _INTRO_BY_LAST.get(prev)
        if intro and same_clause and _phrase_before(lows, i, intro):
            if (cap and (known or not common)) or (not cap and known and not ambiguous):
                hits.append((i, starts[i]))
                continue
            # "ik ben jan en ik ...": lower-case chat, a listed name that ends the clause
            if (
                casual
                and known
                and low not in FUNCTION_WORDS
                and low not in _PARTICLE_WORDS
                and _INTRO_END_RE.match(text, ends[i])
            ):
                hits.append((i, starts[i]))
                continue
        if (prev in _TITLES and _only_spaces(before)) or (
            prev in PARTICLES and i > 1 and lows[i - 2] in _TITLES
        ):
            k = i - 1
            while lows[k] not in _TITLES:
                k -= 1
            if cap and low not in PARTICLES:
                hits.append((i, starts[k]))
                continue
            if low in PARTICLES and i + 1 < n and _capitalised(words[i + 1]):
                hits.append((i, starts[k]))
                continue
        if (i >= 2 and prev in _RELATIONS and lows[i - 2] in _POSSESSIVES) or prev in _BARE_TITLES:
            if same_clause:
                if (cap and (known or not common)) or (not cap and known and not ambiguous and not common):
                    hits.append((i, starts[i]))
                    continue
                # "mijn oom kees": in lower-case chat a relation word before a listed name is context enough
                if casual and not cap and known and low not in FUNCTION_WORDS and low not in _PARTICLE_WORDS:
                    hits.append((i, starts[i]))
                    continue
        if prev in _GREETINGS and _sentence_start(text, starts[i - 1]):
            if before.strip(" \u00a0") == "" and (
                (cap and (known or not common)) or (known and not ambiguous)
            ):
                hits.append((i, starts[i]))
                continue
        # 4. lower-case chat: a first name that is no word at all
        if casual and not cap and known and not ambiguous and not common and len(low) >= 4:
            hits.append((i, starts[i]))

    spans: list[Span] = []
    covered = -1
    for i, start in hits:
        if i <= covered:
            continue
        # "mevrouw Jansen", "meneer van Dijk": the title goes into the placeholder too
        k = i - 1
        while k >= 0 and lows[k] in PARTICLES and k > i - 4:
            k -= 1
        if k >= 0 and lows[k] in _TITLES and _only_spaces(gap(k + 1)):
            start = min(start, starts[k])
        j = _extend_surname(toks, i)
        covered = j
        spans.append(Span(start, ends[j], "name", 40))

    # A surname from the lists in mid-sentence ("ik sprak met Jansen").
    for i in candidates:
        low = lows[i]
        if (
            len(low) >= 4
            and low in SURNAMES
            and _capitalised(words[i])
            and low not in COMMON_WORDS
            and low not in KEEP_WORDS
            and low not in PLACES
            and not _sentence_start(text, starts[i])
            and (i == 0 or lows[i - 1] not in _ARTICLES)
        ):
            spans.append(Span(starts[i], ends[i], "name", 39))
    return spans


# "liefs, roos" / "groetjes, Jack" ending the last line: a sign-off word, a comma and one listed first name.
_INLINE_SIGNOFFS = frozenset(
    "groetjes groeten groet liefs doei kus kusjes mvg gr grtz love cheers thanks regards x xx xxx".split()
)


def _inline_signature(text: str) -> list[Span]:
    """The name after a sign-off that ends the message's last line (chat drops the capitals).

    Taken apart with string methods from the end, not a regex search along the line: most messages
    hold a comma, few end in a sign-off.
    """
    end = len(text.rstrip(" \t\n.!"))
    comma = text.rfind(",", 0, end)
    if comma < 0:
        return []
    name_start = comma + 1
    while name_start < end and text[name_start] in " \t":
        name_start += 1
    name = text[name_start:end]
    if not (2 <= len(name) <= 20 and name.isalpha()):
        return []
    low = name.lower()
    if low not in FIRST_NAMES or low in KEEP_WORDS or low in FUNCTION_WORDS:
        return []
    head = text[:comma].rstrip(" \t")
    word_start = max(head.rfind(" "), head.rfind("\t"), head.rfind("\n")) + 1
    if head[word_start:].lower() not in _INLINE_SIGNOFFS:
        return []
    before = head[:word_start].rstrip(" \t")
    if before and before[-1] not in ".!?\n":
        return []
    return [Span(name_start, end, "name", 42)]


_SPACES_RE = re.compile(r"\s*")


def _signature(text: str, pos: int) -> list[Span]:
    nl = text.find("\n", pos)
    if nl < 0:
        return []
    m = _SPACES_RE.match(text, nl)
    start = m.end() if m else nl
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end]
    if not line or len(line) > 60:
        return []
    toks = Tokens(line)
    if not len(toks) or len(toks) > 5:
        return []
    first, first_low = toks.words[0], toks.lows[0]
    if (not _capitalised(first) and not first.isupper()) or first_low in KEEP_WORDS:
        return []
    known = first_low in FIRST_NAMES
    last = _extend_surname(toks, 0)
    if not known and last == 0:
        return []  # one unknown word ("Buurtteam") is more likely a team than a person
    if not known and first_low in COMMON_WORDS:
        return []
    return [Span(start + toks.starts[0], start + toks.ends[last], "name", 42)]


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
