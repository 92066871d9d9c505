"""Personal names: a gazetteer of first names and surnames, weighed by capitals and context.

A first name that is also a common word ("Roos", "Will", "Mark") counts only in context or in the
middle of a sentence; an unknown word counts as a name only in a strong context ("ik heet ...").
Contexts: a self-introduction ("ik ben anouk de boer (29)", "hi im summer (15)"), a relation or a role
word before the name ("mijn oom Kees", "dokter Prins", "Mrs. Green"; the role stays), a sign-off at the
very end ("groetjes, lisa", "thanks x noor", "- tom"), a possessive ("Sophie's class"). Surnames follow
a found first name with their tussenvoegsels ("van 't Hof", and in lower-case chat "de boer"); a town or
country after "in" is a place ("I'm in Belgium").
"""

from __future__ import annotations

import re
from bisect import bisect_left

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
from .tokens import TOKEN_RE, Tokens, lower

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
    ("achternaam", "is"),
    ("voornaam", "is"),
    ("surname", "is"),
    ("achternaam",),
    ("voornaam",),
    ("surname",),
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
# Role words before a name: "dokter Prins", "dominee Van Dijk", "coach Visser", "wijkagent Dekker". The role
# stays (a counsellor needs it); a capitalised word right after it is the name when it is a listed name,
# also one that is an ordinary word ("dokter Prins", "juf Roos"), or no word at all.
_ROLE_TITLES = _BARE_TITLES | frozenset(
    """
    dokter dokteres doctor dominee ds pastoor pater pastor priester kapelaan predikant imam rabbi rabbijn
    reverend rev professor prof docent docente leraar lerares mentor trainster agent agente wijkagent
    officer sergeant sgt detective inspecteur rechercheur nurse zuster broeder therapeut therapeute
    psycholoog psychologe psychiater huisarts tandarts kinderarts verpleegkundige drs ir
    """.split()
)
# Family words that are a title only when written with a capital ("Father Brennan", "Sister Mary"), and
# then only before a listed name ("Mother Nature" stays).
_CAP_TITLES = frozenset("father sister brother mother".split())
# Abbreviations that may carry a full stop ("Mrs. Green", "dr. Smit", "ds. Vos"). After the full stop a
# capital may start a sentence ("naar de dr. Daarna ..."): there only a listed name or an unknown word counts.
_DOT_TITLES = frozenset("mr mrs ms dr mw mevr mvr dhr prof ds rev sgt fam drs ir".split())
# What follows a teacher and is no name: the subject ("lerares Engels", "docent Wiskunde").
_SUBJECTS = frozenset(
    """
    engels frans duits nederlands spaans italiaans turks arabisch latijn grieks wiskunde rekenen taal biologie
    geschiedenis aardrijkskunde economie scheikunde natuurkunde muziek tekenen gym informatica filosofie
    godsdienst levensbeschouwing maatschappijleer verzorging handvaardigheid english french german dutch
    spanish maths math mathematics science biology chemistry physics history geography music art drama pe
    religion ict
    """.split()
)
_ALL_TITLES = _TITLES | _ROLE_TITLES | _CAP_TITLES
_PLACE_WORDS = frozenset("in te uit nabij richting near".split())
# Countries, provinces and regions, in English and Dutch: after "in" ("I'm in Belgium", "im in georgia")
# they are places, also those that are first names or surnames ("Georgia", "Jordan", "Belgium").
_REGIONS = frozenset(
    """
    afghanistan albania algeria america argentina armenia australia austria belgium bolivia bosnia brazil
    bulgaria cambodia canada chad chile china colombia congo croatia cuba cyprus czechia denmark ecuador egypt
    england eritrea estonia ethiopia finland france georgia germany ghana greece guinea haiti holland hungary
    iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kenya korea kosovo kuwait
    latvia lebanon libya lithuania luxembourg macedonia malaysia mali malta mexico moldova montenegro morocco
    nepal netherlands nigeria norway pakistan palestine peru philippines poland portugal qatar romania russia
    scotland senegal serbia slovakia slovenia somalia spain sudan suriname surinam sweden switzerland syria
    taiwan thailand tunisia turkey uganda ukraine uk usa wales yemen zimbabwe europe asia africa
    albanië algerije amerika argentinië armenië australië oostenrijk belgië belgie bosnië brazilië bulgarije
    chili kroatië tsjechië denemarken egypte engeland ethiopië frankrijk georgië duitsland griekenland haïti
    hongarije ijsland indië irak ierland israël italië jordanië kenia letland libanon libië litouwen
    luxemburg marokko nederland noorwegen oekraïne polen roemenië rusland schotland servië slowakije somalië
    spanje syrië tunesië turkije zweden zwitserland curaçao curacao aruba bonaire antillen friesland brabant
    limburg zeeland drenthe groningen overijssel gelderland flevoland vlaanderen wallonië
    texas california florida virginia carolina indiana montana dakota nevada arizona alabama kentucky
    tennessee kent devon essex surrey sussex cornwall yorkshire lancashire dallas houston austin orlando
    denver sydney melbourne victoria florence
    """.split()
)
# "from" is a place word only after being or coming ("I'm from India"; "a text from Jordan" is a person).
_FROM_AFTER = frozenset("i'm im i’m am is are was were come comes came originally".split())
_PLACE_PREV = _PLACE_WORDS | frozenset(("naar", "from"))
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
_INTRO_END_RE = re.compile(
    r"[ \u00a0]*(?:$|[,.!?;:()\-–—]|(?:en|and|uit|from|van|hier|here)(?![\w'’-])|\d)"
)
# Listed first names that are also particles and adverbs which follow a relation word or "i'm" in chat
# ("mijn nichtje mee op vakantie", "i'm done"): without a capital they are read as the word.
_PARTICLE_WORDS = frozenset(
    "mee weg terug toe langs thuis door over done gone home back away again too also here there now".split()
)
# Listed first names that in lower case are read as the word: what describes the writer after "ik ben" /
# "i'm" ("im fine", "ik ben klaar", "im just 15", "ik ben jarig"), and the verbs and adverbs that follow a
# person word ("de dokter nam bloed af", "my coach said", "mijn oom sent").
_PREDICATES = frozenset(
    """
    alike alle allen anders blue boy broer burger done fake fan fine given helder hero islam jarig junior
    just klaar kok lean long lovely lucky man mine mini ouwe precious princess semi son sunny tiny vital
    witte young zus
    ate bent chase date deny dies donate duurt hang kick koop made marry nam ran richt said sang sent serve
    sing skip take win wilt bouwen zweer hou lie lies loan min sla else door onder nadien nader hee ha ho
    hoo him men per daily dot luck
    """.split()
)
# The one function word that is also a common first name, taken where the context is strong: a capital
# in a person's place ("Will is my stepdad"), a self-introduction ("im will, 17"), a sign-off ("- will").
_FUNCTION_NAMES = frozenset(["will"])
# What follows a modal "Will" ("Will you ...", "Will it ...", "Will my stepdad ..."): never a name's verb.
_MODAL_NEXT = FUNCTION_WORDS | frozenset(
    """
    i you he she it we they my your his her its our their this that these those there someone somebody
    anyone anybody everyone everybody anything something everything nothing people things the a an not never
    ever always probably definitely really still also just be have get go do make take come see know tell
    call help stop find happen
    """.split()
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


def _possessive(w: str) -> bool:
    """ "Sophie's", "Jake’s": a name with the possessive 's (the placeholder keeps the 's)."""
    return len(w) > 3 and w[-1] in "sS" and w[-2] in "'’"


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
    frozenset(_STRONG_BY_LAST)
    | frozenset(_INTRO_BY_LAST)
    | _RELATIONS
    | _TITLES
    | _ROLE_TITLES
    | _CAP_TITLES
    | _DOT_TITLES
    | _GREETINGS
)
_TRIGGERS_AND_FUNCTION_NAMES = _TRIGGERS | _FUNCTION_NAMES
_SELF_INTRO_BY_LAST = _by_last((("ik", "ben"), ("i'm",), ("i’m",), ("im",), ("i", "am")))


def _phrase_before(lows: list[str], i: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Word i follows one of the phrases (all end with word i-1's lower case)."""
    for p in phrases:
        if len(p) == 1 or (len(p) <= i and tuple(lows[i - len(p) : i]) == p):
            return True
    return False


# "O'Neill", "D'Hondt", "M'Bala": a capital, an apostrophe and a capitalised rest is a surname.
_APOSTROPHE_SURNAME_RE = re.compile(r"[A-Z]['’][A-Z][a-zà-ÿ]{1,30}")
_LOWER_APOSTROPHE_SURNAME_RE = re.compile(r"[odm]['’][a-zà-ÿ]{3,30}")


# Particles that (almost) only occur in surnames: "van der", "van den", "van 't", "ter", "ten".
_SURNAME_ONLY_PARTICLES = frozenset("der den t ter ten van't van’t in't in’t op't op’t".split())
# "van't Veer", "in't Veld": the tussenvoegsel and "'t" written as one word.
_JOINED_PARTICLES = frozenset("van't in't op't van’t in’t op’t".split())
# Tussenvoegsels a surname may start with in lower-case chat ("anouk de boer", "jake van der berg"); "in",
# "op" and "te" only before "'t" ("in 't veld"): "met sanne in de stad" is a place, not a name.
_LOWER_PARTICLES = frozenset("van de der den ten ter t van't van’t in't in’t op't op’t".split())
# Words that follow "van de" or "in de" as places and times, never as a surname in lower case.
_NOT_LOWER_SURNAMES = frozenset(
    """
    school klas club kerk stad dorp buurt straat week dag maand jaar zomer winter lente herfst weekend avond
    nacht ochtend middag bank tuin huis thuis werk winkel markt trein bus auto zaak groep team familie
    vakantie zee
    """.split()
)
# The commonest Dutch surnames after "de" that are also words ("de vries", "de jong", "de boer").
_DE_SURNAMES = frozenset(
    "vries jong jonge boer groot bruin bruijn wit haan graaf leeuw lange ridder ruiter vos wolf koning kok "
    "klerk jager beer waal rooij rooy wilde".split()
)
# After a lower-case surname in a self-introduction: the clause ends (an age, punctuation, "en ...").
_NAME_END_RE = re.compile(
    r"[ \u00a0]*(?:$|[,.!?;:()\-–—]|\d|(?:en|and|uit|from|hier|here|maar|but|ik|i)(?![\w'’-]))"
)


def _is_particle(toks: Tokens, k: int) -> bool:
    """Token k is a tussenvoegsel of a surname: "van", "de", "van't", or the "t" of " 't"."""
    low = toks.lows[k]
    if low in PARTICLES or low in _JOINED_PARTICLES:
        return _only_spaces(toks.gap(k))
    if low == "t":  # "van 't Hof": the apostrophe is no part of the token
        g = toks.gap(k)
        return 2 <= len(g) <= 4 and g[-1] in "'’" and _only_spaces(g[:-1])
    return False


def _particles_end(toks: Tokens, k: int) -> int:
    """The index after the run of (at most four) tussenvoegsels that starts at token k."""
    n = len(toks.words)
    end = k
    while end < n and end < k + 4 and _is_particle(toks, end):
        end += 1
    return end


def _place_after_particles(toks: Tokens, first: int, word: int) -> bool:
    """Tokens first..word-1 are particles that, before token `word`, make a place: "in Utrecht", "in Den
    Haag", "te Gent" (but "in 't Veld", "te Velde" are surnames)."""
    lows = toks.lows
    lead = lows[first]
    if lead not in ("in", "te"):
        return False
    if any(lows[m] in ("t", "'t") for m in range(first, word)):
        return False
    low = lows[word]
    return (lead == "in" and word == first + 1) or low in PLACES or low in _REGIONS


def _lower_surname(toks: Tokens, first: int, k: int, strong: bool) -> bool:
    """Lower-case chat: token k, after the particles first..k-1, is the surname of the name before them."""
    lows, words = toks.lows, toks.words
    word, low = words[k], lows[k]
    if not word.islower() or len(low) < 2 or not word.isalpha():
        return False
    run = lows[first:k]
    if any(p not in _LOWER_PARTICLES for p in run) and not (
        run[0] in ("in", "op") and len(run) >= 2 and run[1] == "t"
    ):
        return False
    if low in FUNCTION_WORDS or low in KEEP_WORDS or low in _NOT_LOWER_SURNAMES:
        return False
    common = low in COMMON_WORDS
    if not strong:
        # after any found name: a listed surname that is no word ("piet van dijk"), or one that is a word
        # after two particles ("van der berg") or after "de" among the commonest ("de vries", "de boer")
        return low in SURNAMES and (not common or len(run) >= 2 or (run == ["de"] and low in _DE_SURNAMES))
    # a self-introduction: "ik ben anouk de boer (29)", "i'm jake van der berg"; a lone "van" before a
    # word is where one comes from ("ik ben sanne van school")
    if common and (low not in SURNAMES or run == ["van"]):
        return False
    return _NAME_END_RE.match(toks.text, toks.ends[k]) is not None


def _extend_surname(toks: Tokens, i: int, lower: int = 0) -> int:
    """Index of the last token of the name that starts at token i (first name + surname).

    lower: 0, surnames are capitalised; 1, lower-case chat; 2, lower-case chat after a self-introduction.
    """
    words, lows, gap = toks.words, toks.lows, toks.gap
    n = len(words)
    j = i
    lead = lows[i] in PARTICLES or lows[i] in _JOINED_PARTICLES  # a hit may start at "De", "van"
    had_particles = False  # the word looked at next completes a surname with particles
    while j + 1 < n and j < i + 6:
        first = j + 1
        k = _particles_end(toks, first)
        particles = k - first
        if k >= n or not _only_spaces(gap(k)) or (particles and had_particles):
            break  # (a second run of particles is where someone is from: "De Wit van de F-jes")
        had_particles = had_particles or particles > 0 or (lead and j == i)
        word, low = words[k], lows[k]
        if particles and _place_after_particles(toks, first, k):
            break
        if _APOSTROPHE_SURNAME_RE.fullmatch(word):
            j = k
            continue
        if lower and not particles and _LOWER_APOSTROPHE_SURNAME_RE.fullmatch(word):
            j = k  # lower-case chat: "liam o'brien"
            break
        if not _capitalised(word) or low in KEEP_WORDS:
            if lower and particles and _lower_surname(toks, first, k, lower == 2):
                j = k
            break
        if particles == 0 and low in COMMON_WORDS and low not in SURNAMES and low not in FIRST_NAMES:
            break
        if particles == 0 and low in AMBIGUOUS_FIRST_NAMES and low not in SURNAMES:
            break
        j = k
    return j


_NAMEISH = (FIRST_NAMES | SURNAMES) - FUNCTION_WORDS


# The possessive 's, found from the apostrophe (which the regex engine skips ahead to).
_POSSESSIVE_RE = re.compile(r"['’][sS](?![^\W\d_])")


def _possessive_names(toks: Tokens) -> set[str]:
    """The words "<name>'s" of the text ("Sophie's class", "Jake's dad", "Will's mum"), lower-cased."""
    found: set[str] = set()
    ends, lows = toks.ends, toks.lows
    for m in _POSSESSIVE_RE.finditer(toks.text):
        k = bisect_left(ends, m.end())
        if k < len(lows) and ends[k] == m.end():
            w = lows[k]
            if _possessive(w) and (w[:-2] in _NAMEISH or w[:-2] in _FUNCTION_NAMES):
                found.add(w)
    return found


def _candidates(toks: Tokens, casual: bool) -> list[int]:
    """Token indexes that any rule below could take: a listed name, or a word after a trigger."""
    # Set operations in C: each distinct word is looked up once in the large name list.
    named_words = _NAMEISH.intersection(toks.distinct)
    text = toks.text
    if "'s" in text or (not text.isascii() and "’s" in text):  # (isascii() reads a flag)
        named_words |= _possessive_names(toks)
    # the triggers, and "Will", which counts only with a capital (the verb is everywhere)
    triggers = _TRIGGERS_AND_FUNCTION_NAMES.intersection(toks.distinct)
    if not named_words and not triggers:
        return []
    words, lows = toks.words, toks.lows
    marked = named_words | triggers
    if not _FUNCTION_NAMES.isdisjoint(triggers):
        triggers = triggers - _FUNCTION_NAMES
    last = len(lows) - 1
    named: list[int] = []
    after: list[int] = []
    for i, low in enumerate(lows):
        if low not in marked:
            continue
        if low in named_words and (casual or words[i][0].isupper()):
            named.append(i)
        elif low in _FUNCTION_NAMES and words[i][0].isupper():
            named.append(i)
        # After a trigger, a word in lower case (in a message that is not all lower case) can only be
        # a listed first name, or a particle that starts a surname ("meneer van Dijk"): every rule in
        # _names_in_tokens asks that much of it, so the others ("ik ben bang") are no candidates.
        if low in triggers and i < last:
            nxt = lows[i + 1]
            if (
                casual
                or words[i + 1][0].isupper()
                or nxt in FIRST_NAMES
                or nxt in PARTICLES
                or nxt in _JOINED_PARTICLES
            ):
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
    spans += _end_signature(text)
    if _INITIAL_DOT_RE.search(text):
        for m in INITIALS_RE.finditer(text):
            last = m.group().split()[-1].split(".")[-1]
            low = last.lower()
            if low in KEEP_WORDS:
                continue
            if low in SURNAMES or low not in COMMON_WORDS or " " in m.group().split(".")[-1].strip():
                spans.append(Span(m.start(), m.end(), "name", 41))
    return spans


def _after_title(toks: Tokens, i: int, casual: bool) -> int:
    """Where the name that starts at token i, right after a title or role word, starts; -1 if it is none.

    "dokter Prins", "juf Roos", "dominee van der Linden" (i is the particle), "Mrs. Green", "Father
    Brennan". A title that goes into the placeholder ("meneer", "mevrouw", "Mr") gives its own start.
    """
    lows, words, starts = toks.lows, toks.words, toks.starts
    n = len(words)
    t = i - 1
    tl, tw = lows[t], words[t]
    g = toks.gap(i)
    plain = _only_spaces(g)
    dotted = not plain and tl in _DOT_TITLES and g[:1] == "." and len(g) <= 3 and _only_spaces(g[1:])
    if not plain and not dotted:
        return -1
    cap_only = tl in _CAP_TITLES and tl not in _ROLE_TITLES and tl not in _TITLES
    if cap_only and not tw[0].isupper():
        return -1
    # the name word: i itself, or the word after the particles that i starts ("van der Linden", "van 't Zand")
    m = i
    if lows[i] in PARTICLES or lows[i] in _JOINED_PARTICLES:
        m = _particles_end(toks, i + 1)
        if m >= n or not _only_spaces(toks.gap(m)) or _place_after_particles(toks, i, m):
            return -1  # "de dokter in Utrecht", "huisarts te Gent"
        if (
            tl not in _TITLES
            and words[i][0].islower()
            and lows[m] not in SURNAMES
            and not (
                lows[m] not in COMMON_WORDS and any(lows[x] in _SURNAME_ONLY_PARTICLES for x in range(i, m))
            )
        ):
            return -1  # "de trainer van de F-jes", "de coach van Ajax": "van" is "of" there
    nw, nl = words[m], lows[m]
    if _possessive(nl):  # "Mr Brown's class"
        nw, nl = nw[:-2], nl[:-2]
    if (
        len(nl) < 2
        or nl in KEEP_WORDS
        or nl in FUNCTION_WORDS
        or nl in _SUBJECTS
        or nl in _ALL_TITLES
        or nl in _DOT_TITLES
        or nl in PARTICLES
    ):
        return -1
    listed = nl in FIRST_NAMES or nl in SURNAMES
    if _capitalised(nw):
        if cap_only:
            if not (nl in FIRST_NAMES or (nl in SURNAMES and nl not in COMMON_WORDS)):
                return -1  # "Mother Nature"
        elif not listed and nl in COMMON_WORDS and m == i and (dotted or tl not in _TITLES):
            # a word that is no listed name: a capital after a full stop starts a sentence ("naar de dr.
            # Daarna"), a heading is in title case ("My Coach Says"), chat capitalises at random ("mijn
            # dokter Zei"); the surnames that are words ("Prins", "Bakker", "Roos") are listed. After
            # "meneer", "mevrouw" or particles ("van 't Zand") any capitalised word is the name.
            return -1
    elif casual and m == i and not dotted:
        # lower-case chat: "dokter jansen", "juf sanne"
        if not (
            (nl in SURNAMES and nl not in COMMON_WORDS)
            or (nl in FIRST_NAMES and nl not in _PARTICLE_WORDS and nl not in _PREDICATES)
        ):
            return -1
    else:
        return -1
    return starts[t] if tl in _TITLES and plain else starts[i]


def _modal_will(toks: Tokens, i: int) -> bool:
    """Capitalised "Will" at token i (not at a sentence start) reads as the verb: "What Will Happen", "I Will
    call", "ok, Will you ...", "he Will be fine"."""
    words, lows = toks.words, toks.lows
    if i + 1 >= len(words) or not words[i + 1][0].islower() or lows[i + 1] in _MODAL_NEXT:
        return True
    pw, pl = words[i - 1], lows[i - 1]
    if pl in ("i", "you", "he", "she", "it", "we", "they", "who", "that", "this", "what", "there", "u"):
        return True
    # title case: a capitalised word before it that starts no sentence, or a function word that does
    return pw[0].isupper() and (pl in FUNCTION_WORDS or not _sentence_start(toks.text, toks.starts[i - 1]))


# A verb form that cannot follow the modal "will": after "Will" at a sentence start it makes Will a person.
_PAST_OR_THIRD = frozenset(
    """
    is was has had and said told came went did does gave got sent took made kept knew thought hurt put let
    met left lost found saw felt held bought brought caught taught wrote spoke broke drove ran sat slept
    """.split()
)


def _name_verb_follows(toks: Tokens, i: int) -> bool:
    """ "Will was my babysitter", "Will texted me", "Will lives next door": no modal verb is followed so."""
    if i + 1 >= len(toks.words) or not _only_spaces(toks.gap(i + 1)):
        return False
    nxt = toks.lows[i + 1]
    if not toks.words[i + 1][0].islower() or nxt in _MODAL_NEXT:
        return nxt in _PAST_OR_THIRD
    if nxt in _PAST_OR_THIRD:
        return True
    if len(nxt) > 4 and nxt.endswith("ed") and not nxt.endswith("eed"):
        return True  # "texted", "touched", "called"
    return len(nxt) > 3 and nxt[-1] == "s" and nxt[-2] not in "su'’" and not nxt.endswith("ics")


def _names_in_tokens(text: str, casual: bool, candidates: list[int], toks: Tokens) -> list[Span]:
    words, lows, starts, ends, gap = toks.words, toks.lows, toks.starts, toks.ends, toks.gap
    n = len(words)
    # first token index, start offset (a title may start earlier), and how a lower-case surname after it
    # may be taken (see _extend_surname)
    hits: list[tuple[int, int, int]] = []
    lower = 1 if casual else 0
    apostrophes = "'" in text or "’" in text  # (possessives: "Sophie's")

    for i in candidates:  # in order, each once
        w, low = words[i], lows[i]
        poss = apostrophes and _possessive(low)
        if poss:
            w, low = w[:-2], low[:-2]
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
        # "naar Ede", "in Lisse", "I'm in Belgium", "I'm from India": a town or country after a place word is
        # the place, which a counsellor may keep
        if (
            prev in _PLACE_PREV
            and (place or low in _REGIONS)
            and (
                prev in _PLACE_WORDS
                or (prev == "naar" and low in _REGIONS)
                or (prev == "from" and i >= 2 and lows[i - 2] in _FROM_AFTER)
            )
            and _only_spaces(gap(i))
        ):
            continue
        function_name = low in _FUNCTION_NAMES
        # 1. a known, unambiguous first name written with a capital
        if cap and known and not ambiguous and not after_article:
            hits.append((i, starts[i], lower))
            continue
        # 2. an ambiguous first name in the middle of a sentence, not after an article
        if (
            cap
            and known
            and ambiguous
            and i > 0
            and not _sentence_start(text, starts[i])
            and not after_article
            and not (function_name and _modal_will(toks, i))
        ):
            hits.append((i, starts[i], lower))
            continue
        # 2b. at the start of a sentence, when what follows places a person ("Mark from my team", "Will's
        # dad")
        if (
            cap
            and known
            and ambiguous
            and not place
            and (
                (poss and i + 1 < n and lows[i + 1] in _RELATIONS)
                or (function_name and not poss and _name_verb_follows(toks, i))
                or _PERSON_AFTER_RE.match(text, ends[i])
                or _person_follows(text, ends[i])
            )
        ):
            hits.append((i, starts[i], lower))
            continue
        # 2c. followed by a surname: "Jan in 't Veld belde", "Mark van Dijk"
        if (
            cap
            and known
            and ambiguous
            and not place
            and not after_article
            and not poss
            and i + 1 < n
            and (lows[i + 1] in PARTICLES or lows[i + 1] in _JOINED_PARTICLES or words[i + 1][0].isupper())
        ):
            j = _extend_surname(toks, i)
            if j > i and (
                _is_particle(toks, i + 1) or (lows[j] in SURNAMES and lows[j] not in COMMON_WORDS)
            ):
                hits.append((i, starts[i], lower))
                continue
        common = low in COMMON_WORDS
        if prev not in _TRIGGERS:
            if casual and not cap and known and not ambiguous and not common and len(low) >= 4:
                hits.append((i, starts[i], lower))
            continue
        # From here on i > 0: the first word has no trigger before it.
        before = gap(i)
        # the context and the candidate sit in one clause: spaces, a colon or a comma between them
        same_clause = len(before) <= 3 and before.strip(" \u00a0,:") == ""
        # 3. context before the word
        strong = _STRONG_BY_LAST.get(prev)
        if strong and same_clause and _phrase_before(lows, i, strong):
            if (
                (known and (low not in FUNCTION_WORDS or function_name))
                or (not common and (cap or casual))
                or (cap and low in SURNAMES)  # "mijn achternaam is Bakker"
            ) and low not in PARTICLES:
                hits.append((i, starts[i], 2 if casual else 0))
                continue
        intro = _INTRO_BY_LAST.get(prev)
        if intro and same_clause and _phrase_before(lows, i, intro):
            if cap and (known or not common):
                hits.append((i, starts[i], lower))
                continue
            if not cap and known and low not in _PREDICATES and low not in _PARTICLE_WORDS:
                self_intro = _phrase_before(lows, i, _SELF_INTRO_BY_LAST.get(prev, ()))
                if not ambiguous and not common and low not in FUNCTION_WORDS:
                    hits.append((i, starts[i], 2 if casual and self_intro else lower))
                    continue
                # "ik ben jan en ik ...", "hi im summer (15)", "im will, 17": lower-case chat, a name that is
                # also a word, after the writer's own introduction, and the clause ends
                if (
                    (casual or not ambiguous)
                    and (self_intro or not ambiguous)
                    and (low not in FUNCTION_WORDS or (function_name and self_intro))
                    and (
                        _INTRO_END_RE.match(text, ends[i])
                        # "ik ben mila de jong, 13": the clause ends after the surname
                        or (casual and self_intro and _extend_surname(toks, i, 2) > i)
                    )
                ):
                    hits.append((i, starts[i], 2 if casual and self_intro else lower))
                    continue
        if prev in _ALL_TITLES or prev in _DOT_TITLES:
            start = _after_title(toks, i, casual)
            if start >= 0:
                hits.append((i, start, lower))
                continue
        if (i >= 2 and prev in _RELATIONS and lows[i - 2] in _POSSESSIVES) or prev in _BARE_TITLES:
            if same_clause and low not in _SUBJECTS:
                if (cap and (known or not common)) or (not cap and known and not ambiguous and not common):
                    hits.append((i, starts[i], lower))
                    continue
                # "mijn oom kees": in lower-case chat a relation word before a listed name is context enough
                if (
                    casual
                    and not cap
                    and known
                    and low not in FUNCTION_WORDS
                    and low not in _PARTICLE_WORDS
                    and low not in _PREDICATES
                ):
                    hits.append((i, starts[i], lower))
                    continue
        if prev in _GREETINGS and _sentence_start(text, starts[i - 1]):
            if before.strip(" \u00a0") == "" and (
                (cap and (known or not common)) or (known and not ambiguous)
            ):
                hits.append((i, starts[i], lower))
                continue
        # 4. lower-case chat: a first name that is no word at all
        if casual and not cap and known and not ambiguous and not common and len(low) >= 4:
            hits.append((i, starts[i], lower))

    spans: list[Span] = []
    covered = -1
    for i, start, lower_surname in hits:
        if i <= covered:
            continue
        # "mevrouw Jansen", "meneer van Dijk": the title goes into the placeholder too
        k = i - 1
        while k >= 0 and lows[k] in PARTICLES and k > i - 4:
            k -= 1
        if k >= 0 and lows[k] in _TITLES and _only_spaces(gap(k + 1)):
            start = min(start, starts[k])
        elif start == starts[i] and i > 0 and _is_particle(toks, i - 1) and _only_spaces(gap(i)):
            # "Van 't Wout", "De Groot": particles with a capital before the name are part of it
            k = i - 1
            while k > 0 and k > i - 4 and _is_particle(toks, k - 1):
                k -= 1
            if words[k][0].isupper() and lows[k] != "t":
                start = starts[k]
        j = i if apostrophes and _possessive(lows[i]) else _extend_surname(toks, i, lower_surname)
        covered = j
        end = ends[j] - 2 if apostrophes and _possessive(lows[j]) else ends[j]
        spans.append(Span(start, end, "name", 40))

    # A surname from the lists in mid-sentence ("ik sprak met Jansen"), not a place after "in".
    for i in candidates:
        low = lows[i]
        cut = 2 if apostrophes and _possessive(low) else 0
        if cut:
            low = low[:-2]
        if (
            len(low) >= 4
            and low in SURNAMES
            and _capitalised(words[i])
            and low not in COMMON_WORDS
            and low not in KEEP_WORDS
            and low not in PLACES
            and low not in _REGIONS
            and not _sentence_start(text, starts[i])
            and (i == 0 or (lows[i - 1] not in _ARTICLES and lows[i - 1] not in _PLACE_WORDS))
            # "lerares Engels": the subject a teacher teaches
            and not (
                low in _SUBJECTS and i > 0 and (lows[i - 1] in _ROLE_TITLES or lows[i - 1] in _RELATIONS)
            )
        ):
            spans.append(Span(starts[i], ends[i] - cut, "name", 39))
    return spans


# Sign-off words that a name may follow at the very end of a message: "groetjes, Jack", "liefs roos",
# "thanks x noor", "groetjes van lisa".
_INLINE_SIGNOFFS = frozenset(
    """
    groetjes groeten groet gr grt grtz greetz liefs lfs doei kus kusjes knuffel mvg love luv cheers thanks thx
    bedankt dankje dankjewel dankuwel regards bye x xx xxx xoxo
    """.split()
)
_KISSES = frozenset("x xx xxx xoxo".split())
_TRAILING = " \t\r\n.!"
_LAST_WORD_RE = re.compile(r"[^\W\d_]+\Z")
_SIGNOFF_FROM = frozenset(("van", "from"))
# What ends a sentence or a line before a sign-off ("Dank je. Groetjes, Roos").
_CLAUSE_ENDS = ".!?\n,;:)"


def _word_before(text: str, end: int) -> tuple[int, str]:
    """The run of (at most 12) letters that ends at `end`, lower-cased, and where it starts; "" if longer."""
    start = end
    while start > 0 and end - start < 13 and text[start - 1].isalpha():
        start -= 1
    if start > 0 and text[start - 1].isalpha():
        return start, ""
    return start, text[start:end].lower()


def _line_before(text: str, line_start: int) -> str:
    """The last line with text before the line that starts at `line_start` (at most 200 characters)."""
    end = line_start - 1
    while end > 0 and text[end - 1] in " \t\r\n" and line_start - end < 200:
        end -= 1
    if end <= 0:
        return ""
    start = text.rfind("\n", max(0, end - 200), end) + 1
    return text[start:end]


def _skip_blanks_back(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    return pos


def _end_signature(text: str) -> list[Span]:
    """The name that signs a message off at its very end (chat drops the capitals): "groetjes, lisa",
    "ok thanks x noor", "bedankt voor het luisteren - tom", "...\nroos".

    Taken apart with string methods from the end, not a regex search along the text: a sign-off stands in
    the last few characters or nowhere. A listed first name there counts even when it is a word ("roos",
    "storm", "will"), as nothing else ends a message that way.
    """
    end = len(text)
    if end and text[end - 1] in _TRAILING:
        end = len(text.rstrip(_TRAILING))
    if end < 4 or not text[end - 1].isalpha():
        return []
    # the last word, found with string methods (no Python loop, no regex for most messages)
    word = text[max(0, end - 21) : end].rsplit(None, 1)[-1]
    if not word.isalpha():  # "groetjes,lisa", "(lisa"
        m = _LAST_WORD_RE.search(word)
        if m is None:
            return []
        word = m.group()
    low = lower(word)
    if low not in FIRST_NAMES or len(low) < 2 or low in KEEP_WORDS or low in _PREDICATES:
        return []
    start = end - len(word)
    if start == 0 or text[start - 1].isalpha() or text[start - 1] in "'’_@#/" or text[start - 1].isdigit():
        return []  # the whole message, or part of a longer word or token
    if low in _PARTICLE_WORDS:
        return []
    if low in FUNCTION_WORDS and low not in _FUNCTION_NAMES:
        return []
    span = [Span(start, end, "name", 42)]
    p = _skip_blanks_back(text, start)
    c = text[p - 1] if p > 0 else ""
    if c == "\n":
        # the name alone on the last line, after a line of text (not the last item of a list of words)
        return span if " " in _line_before(text, p - 1).strip() else []
    if c in ("-", "–", "—"):
        # "... - tom", "\n- will": a dash after a space or at a line start (not "jan-tom"); not the last
        # item of a list ("- angst\n- hope")
        if p > 1 and text[p - 2] not in " \t\n":
            return []
        line_start = text.rfind("\n", 0, p - 1) + 1
        if text[line_start : p - 1].strip(" \t"):
            return span  # the dash ends a line of text
        return [] if _line_before(text, line_start).lstrip(" \t")[:1] in ("-", "–", "—", "*", "•") else span
    comma = c == ","
    if comma:
        p = _skip_blanks_back(text, p - 1)
    elif p == start:
        return []  # glued to a quote or a bracket
    w_start, word = _word_before(text, p)
    if word in _SIGNOFF_FROM and not comma:  # "groetjes van roos", "love from tom"
        w_start, word = _word_before(text, _skip_blanks_back(text, w_start))
    if word not in _INLINE_SIGNOFFS:
        return []
    if word in _KISSES:
        return span
    # before the sign-off: the start of the message, the end of a sentence or line, or another sign-off
    b = _skip_blanks_back(text, w_start)
    if b == 0 or text[b - 1] in _CLAUSE_ENDS:
        return span
    return span if _word_before(text, b)[1] in _INLINE_SIGNOFFS else []


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
    if first_low in KEEP_WORDS:
        return []
    if not _capitalised(first) and not first.isupper():
        # lower-case chat: a listed first name ("groetjes\nroos"), perhaps with a surname
        if (
            not first.islower()
            or first_low not in FIRST_NAMES
            or first_low in _PREDICATES
            or first_low in _PARTICLE_WORDS
            or (first_low in FUNCTION_WORDS and first_low not in _FUNCTION_NAMES)
        ):
            return []
        last = _extend_surname(toks, 0, 1)
        return [Span(start + toks.starts[0], start + toks.ends[last], "name", 42)]
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
