"""Street addresses and the organisations (schools, clubs, workplaces) that point to a person."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .contact import same_length_lower
from .gazetteer import COMMON_WORDS, KEEP_WORDS, PLACES
from .language import FUNCTION_WORDS
from .model import Span
from .numbers import is_public_number
from .shape import alternation, keyword_matches, lower_digits, matches_at

# Suffixes that make a street name by themselves; the ambiguous ones also end ordinary words
# ("onderweg", "voetbalveld") and need a capital or an address word nearby.
_STRICT = "straat|laan|gracht|kade|singel|plein|steeg|dreef|plantsoen|boulevard|straatweg|steenweg|allee|kaai"
_LOOSE = (
    "weg|dijk|hof|park|pad|markt|baan|ring|wal|erf|dam|haven|veld|berg|burg|oord|lei|vest|dries|hoven|wijk|"
    "zoom|hout|loop|gang|poort|stede|akker|weide|kamp|hoek|donk|horst|linie|werf"
)
# A house number's suffixes for a second house on the same number or a floor: "241bis", "4ter", "12-hs",
# "100zw" (Amsterdam's "zwart"), "3bg" (begane grond).
_HOUSE_SUFFIX = "bis|ter|hs|huis|zw|bg"
_HOUSE = (
    r"\d{1,5}(?:(?:" + _HOUSE_SUFFIX + r")(?![\w])|[ \u00a0]?[a-zA-Z](?![\w]))?"
    r"(?:[ \u00a0]?[-/][ \u00a0]?"
    r"(?:\d{1,4}[a-zA-Z]?|" + _HOUSE_SUFFIX + r"|boven|I{1,3}|IV|[a-zA-Z]{1,2})(?![\w]))?"
    # "12 bis", "5 hs", "9 huis", "88 III": floor and part of a house in Amsterdam and Flemish style
    r"(?:[ \u00a0]+(?:bis|hs|huis|zw|bg|boven|beneden|II|III|IV)(?![\w]))?"
    # the Flemish flat in a building: "20 bus 4", "12 bus3", "5, bus 2"
    r"(?:,?[ \u00a0]+(?:bus|box)[ \u00a0]*\d{1,4}[a-zA-Z]?(?![\w]))?"
)
_NOT_HOUSE_AFTER = re.compile(
    r":\d|[ \u00a0]*(?:%|(?:uur|u|keer|x|min|minuten|jaar|jaren|maanden|weken|dagen|km|meter|m|euro|procent|"
    r"kinderen|jongens|meisjes|mensen|keren|times|years|hours|minutes)\b)",
    re.I,
)
STREET_RE = re.compile(
    r"(?<![\w'’-])((?:[A-Z][\w'’.-]{0,30}[ \u00a0]+"
    r"(?:(?:van|de|der|den|het|ter|ten|'t|op|aan|in)[ \u00a0]+){0,3}){0,3}"
    r"[A-Za-z][\w'’-]{0,40}?(?:(" + _STRICT + r")|(" + _LOOSE + r")))[ \u00a0]+(" + _HOUSE + r")(?![\w])"
)
OF_STREET_RE = re.compile(
    r"(?<![\w-])(?:Laan|Weg|Plein|Kade|Dijk|Straat|Singel|Park|Gracht|Hof|Steenweg|Dreef)"
    r"(?:[ \u00a0]+(?:van|der|de|den|ter|ten|op|aan|in|'t|het)){1,3}[ \u00a0]+[A-Z][\w'’-]{1,40}"
    r"(?:[ \u00a0]+[A-Z][\w'’-]{1,40})?[ \u00a0]+" + _HOUSE + r"(?![\w])"
)
EN_STREET_RE = re.compile(
    r"(?<![\w-])\d{1,5}[A-Za-z]?,?[ \u00a0]+(?:[A-Z][a-z'’-]{1,30}[ \u00a0]+){1,3}"
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Court|Ct|Place|Pl|Square|Sq|Crescent|"
    r"Terrace|Gardens|Grove|Boulevard|Blvd|Hill|Row|Mews|Walk|Park)\b(?:(?<=St|Rd|Ln|Dr|Ct|Pl|Sq)\.)?"
)
FR_STREET_RE = re.compile(
    r"(?<![\w-])(?:Rue|Avenue|Chaussée|Boulevard|Place|Quai|Chemin|Allée|Square)[ \u00a0]+"
    r"(?:(?:de|du|des|la|le|l'|d')[ \u00a0]*){0,2}[A-Z][\w'’-]{1,30}(?:[ \u00a0]+[A-Z][\w'’-]{1,30}){0,2}"
    r",?[ \u00a0]+\d{1,4}\w?"
)
# "nummer 27 aan de Vogelzang", "woont op de Vogelzang 27", "adres: Vogelzang 27"
NUMBER_ON_RE = re.compile(
    r"(?i:nummer|nr\.?|huisnummer|number|no\.)[ \u00a0]*(\d{1,5}[a-zA-Z]?)"
    r"[ \u00a0]+(?i:aan|op|in|on)[ \u00a0]+"
    r"(?:(?i:de|het|'t|the)[ \u00a0]+)?([A-Z][\w'’-]{1,40})"
)
# "huisnummer 17", "huisnr. 17", "house number 17": a house number whatever stands around it. After a
# plain "nummer", "nr" or "no." only beside a postcode or right after a street ("Kerkweg nr. 4").
HOUSE_NUMBER_RE = re.compile(
    r"(?<![\w-])(?:(?i:(huisnummer|huisnr\.?|hnr\.?|house[ \u00a0]+(?:number|no\.?)))"
    r"|(?i:nummer|nr\.?|no\.))"
    r"(?:[ \u00a0]*:|[ \u00a0]+(?i:is|was))?[ \u00a0]*(" + _HOUSE + r")(?![\w])"
)
_HOUSE_NUMBER_KEYS = ["huisn", "hnr", "house", "nummer", "nr", "no."]
# A postcode near a house number: Dutch ("1234 AB") or a Belgian one before its town ("2000 Antwerpen").
_POSTCODE_NEAR = re.compile(r"(?<![\w-])[1-9]\d{3}(?:[ \u00a0]?[A-Z]{2}(?![\w-])|[ \u00a0]+[A-Z][a-z])")
# A street name right before "nummer 17" / "nr. 4" (with at most a comma and spaces between).
_STREET_BEFORE = re.compile(
    r"(?<![\w'’-])[A-Z][\w'’-]{0,40}?(?:(" + _STRICT + r")|(" + _LOOSE + r"))[ \u00a0]*,?[ \u00a0]*$"
)
# Calling a public number is no address: "bel het nummer 113 in Nederland".
_CALL_BEFORE = re.compile(r"(?i:bel|bellen|belde|gebeld|call|called|calling|ring|dial|dialled|dialed)\b")
LIVES_ON_RE = re.compile(
    r"(?i:woon|woont|wonen|woonachtig|adres|address|live[sd]?|living|staat|stond)"
    r"(?:[ \u00a0]+(?i:is|op|aan|at|on|in))?[ \u00a0]*:?[ \u00a0]+(?:(?i:de|het|'t|the)[ \u00a0]+)?"
    r"([A-Z][\w'’-]{1,40}(?:[ \u00a0]+[A-Z][\w'’-]{1,40}){0,2})[ \u00a0]+(" + _HOUSE + r")(?![\w])"
)
_ADDRESS_WORDS = re.compile(
    r"(?:woon|woont|wonen|adres|address|live|op de|aan de|in de|op het|straat)\W*\w*\W*$", re.I
)


_DIGITS_RE = re.compile(r"\d+")


def _calls_public(text: str, start: int, number: str) -> bool:
    """A public helpline number after a word for calling ("bel het nummer 113")."""
    return is_public_number(number) and _CALL_BEFORE.search(text, max(0, start - 25), start) is not None


def _numbers_on(text: str) -> list[Span]:
    """Nummer 27 aan de Vogelzang is an address; het nummer 113 in Nederland is a helpline."""
    spans = []
    for m in keyword_matches(NUMBER_ON_RE, text, _NUMBER_ON_KEYS):
        if is_public_number(m.group(1)):
            place = m.group(2).lower()
            if place in PLACES or place in KEEP_WORDS or _calls_public(text, m.start(), m.group(1)):
                continue
        spans.append(Span(m.start(), m.end(), "address", 72))
    return spans


def _house_numbers(text: str) -> list[Span]:
    """A house number after "huisnummer"; after "nummer" or "nr." beside a postcode or a street name."""
    spans = []
    for m in keyword_matches(HOUSE_NUMBER_RE, text, _HOUSE_NUMBER_KEYS):
        if _NOT_HOUSE_AFTER.match(text, m.end()):
            continue
        start = m.start()
        street = _STREET_BEFORE.search(text, max(0, start - 45), start)
        if street is not None and street.group(2):  # "Park", "Hoek": an ordinary word that ends like a street
            word = street.group().split()[0].rstrip(",")
            if word.lower() in COMMON_WORDS:
                street = None
        if street is not None:
            start = street.start()
        elif not m.group(1):  # a plain "nummer": only with a postcode near, and not a number to call
            near = _POSTCODE_NEAR.search(text, max(0, start - 30), min(len(text), m.end() + 30))
            if near is None or _calls_public(text, start, m.group(2)):
                continue
        spans.append(Span(start, m.end(), "address", 72))
    return spans


# A postcode right after the number makes "Molenweg 4" an address without any other address word.
_POSTCODE_AFTER = re.compile(r",?[ \u00a0]*[1-9]\d{3}(?:[ \u00a0]?[A-Z]{2}(?![\w])|[ \u00a0]+[A-Z][a-z])")
# Ordinary words that begin street names ("Tweede Jan Steenstraat", "Prinses Irenelaan").
_STREET_PREFIXES = frozenset(
    """
    van de eerste tweede derde vierde vijfde oude nieuwe lange korte hoge lage grote kleine groot klein
    prins prinses koning koningin burgemeester dokter doctor sint pastoor president generaal graaf gravin
    hertog hertogin keizer keizerin kapitein professor meester kardinaal paus admiraal jonker ridder
    noord oost zuid west noorder ooster zuider wester binnen buiten achter voor heilige onze lieve vrouw
    """.split()
)


_STREET_END = (*(_STRICT + "|" + _LOOSE).split("|"), "nummer", "nr", "nr.", "number", "no.", "no", "bus")
_STREET_WORDS_AFTER = re.compile(r"[A-Za-z]?,?[ \u00a0]+(?:[A-Z][a-z'’-]{1,30}[ \u00a0]+){1,3}[A-Z]")
_LIVES_WORDS = frozenset(
    "woon woont wonen woonachtig adres address live lives lived living staat stond".split()
)
_NUMBER_WORDS = frozenset("nummer nr number no huisnummer huisnr hnr".split())
_FRENCH_WORDS = frozenset("rue avenue chaussée boulevard place quai chemin allée square".split())
_OF_STREET_WORDS = frozenset("laan weg plein kade dijk straat singel park gracht hof steenweg dreef".split())
_ANY_ADDRESS_WORD = _LIVES_WORDS | _NUMBER_WORDS | _FRENCH_WORDS | _OF_STREET_WORDS


# "12 Baker Street": a number followed by capitalised words (_STREET_WORDS_AFTER at the end of a number);
# the same pattern for the shape of ASCII text (see shape.py), which the regex engine runs much faster.
_ENGLISH_NUMBER_RE = re.compile(r"\d" + _STREET_WORDS_AFTER.pattern)
_ENGLISH_NUMBER_SHAPE = re.compile(r"1[aA]?,?[ ]+(?:A[a'-]{1,30}[ ]+){1,3}A")
# A street word right before a number, looked for in the reversed lower-case text: there the pattern
# starts with the number's first digit, which the regex engine finds quickly, and the reversed street
# words follow it. It finds every number that _street_number() takes, and a few more.
_STREET_WORDS_REVERSED = alternation(w[::-1] for w in _STREET_END)
_STREET_WORD_BEFORE_NUMBER_REVERSED = re.compile(r"\d(?!\d)[\s,]*" + _STREET_WORDS_REVERSED)
# In ASCII text with its digits written "1", which the regex engine skips ahead to faster still.
_STREET_WORD_BEFORE_ONE_REVERSED = re.compile(r"1(?!1)[\s,]*" + _STREET_WORDS_REVERSED)


def _street_number(text: str) -> bool:
    """A number right after a word that ends in a street suffix or "nr" ("Kerkstraat 12", "nr. 5")."""
    if text.isascii():
        if not _STREET_WORD_BEFORE_ONE_REVERSED.search(lower_digits(text)[::-1]):
            return False
    elif not _STREET_WORD_BEFORE_NUMBER_REVERSED.search(text.lower()[::-1]):
        return False
    for d in _DIGITS_RE.finditer(text):
        before = text[max(0, d.start() - 45) : d.start()].rstrip(" ,\u00a0").rsplit(None, 1)
        if before and before[-1].lower().endswith(_STREET_END):
            return True
    return False


def find_addresses(
    text: str, vocab: set[str] | frozenset[str] = frozenset(), shape: str | None = None
) -> list[Span]:
    """Every address holds a house number: run only the patterns that a number in the text allows."""
    street = _street_number(text)
    english = (
        _ENGLISH_NUMBER_SHAPE.search(shape) if shape is not None else _ENGLISH_NUMBER_RE.search(text)
    ) is not None
    if vocab.isdisjoint(_ANY_ADDRESS_WORD):  # (most messages) no such word: no set to make for each kind
        lives = number_on = french = of_street = False
    else:
        lives = bool(vocab & _LIVES_WORDS)
        number_on = bool(vocab & _NUMBER_WORDS)
        french = bool(vocab & _FRENCH_WORDS)
        of_street = "van" in vocab and bool(vocab & _OF_STREET_WORDS)
    if not (street or english or lives or number_on or french or of_street):
        return []
    return _addresses_in(text, street, english, lives, number_on, french, of_street)


# How each of these patterns begins (in lower case): every match starts with one of its keys.
_OF_STREET_KEYS = "laan weg plein kade dijk straat singel park gracht hof steenweg dreef".split()
_FR_STREET_KEYS = "rue avenue chaussée boulevard place quai chemin allée square".split()
_NUMBER_ON_KEYS = "nummer nr huisnummer number no.".split()
_LIVES_ON_KEYS = "woon wonen adres address live living staat stond".split()


# Where STREET_RE can match, found from the back. Its street name ends in a street word, spaces and a
# digit: in the reversed text, a digit, spaces and the reversed street word. Before the street word (one
# space-separated piece) come at most 12 more: three capitalised words with three particles each. So a
# match starts at a capital in those pieces, or in the street word's own piece.
_STREET_ANCHOR_REVERSED = re.compile(
    r"\d[ \u00a0]+(?=" + alternation(w[::-1] for w in _STRICT.split("|") + _LOOSE.split("|")) + ")"
)
_PIECE_BACK = re.compile(r"[^ \u00a0]*")
_PIECES_BACK = re.compile(r"(?:[ \u00a0]+[^ \u00a0]*){0,12}")
_CAPITAL_START = re.compile(r"(?<![\w'’-])[A-Z]")
_STREET_START = re.compile(r"(?<![\w'’-])[A-Za-z]")


def _street_matches(text: str) -> list[re.Match[str]]:
    """STREET_RE.finditer(text), with the pattern tried only where a match can start.

    (At every other position it fails, but only after trying dozens of street words at each letter.)
    """
    rev = text[::-1]
    n = len(text)
    starts: set[int] = set()
    for m in _STREET_ANCHOR_REVERSED.finditer(rev):
        end = n - m.end()  # where the street word ends
        piece = _PIECE_BACK.match(rev, m.end()).end()  # type: ignore[union-attr]  # matches empty
        street = n - piece  # where its piece starts
        first = n - _PIECES_BACK.match(rev, piece).end()  # type: ignore[union-attr]
        starts.update(c.start() for c in _CAPITAL_START.finditer(text, first, street))
        starts.update(c.start() for c in _STREET_START.finditer(text, street, end))
    return matches_at(STREET_RE, text, sorted(starts))


def _addresses_in(
    text: str, street: bool, english: bool, lives: bool, number_on: bool, french: bool, of_street: bool
) -> list[Span]:
    spans: list[Span] = []
    for m in _street_matches(text) if street else ():
        name = m.group(1)
        last = name.split()[-1]
        if _NOT_HOUSE_AFTER.match(text, m.end()):
            continue
        if m.group(3):  # ambiguous suffix
            low = last.lower()
            near = _ADDRESS_WORDS.search(text[max(0, m.start() - 25) : m.start()]) or _POSTCODE_AFTER.match(
                text, m.end()
            )
            if last[0].islower() and not near:
                continue
            if low in COMMON_WORDS and not near:
                continue
        elif (
            last[0].islower()
            and last.lower() in COMMON_WORDS
            and not _ADDRESS_WORDS.search(text[max(0, m.start() - 25) : m.start()])
        ):
            continue
        # drop leading capitalised words that are ordinary words ("Mijn Kerkstraat 5" is unlikely)
        start = m.start()
        words = name.split()
        while (
            len(words) > 1 and words[0].lower() in COMMON_WORDS and words[0].lower() not in _STREET_PREFIXES
        ):
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        spans.append(Span(start, m.end(), "address", 72))
    for matches, wanted in (
        (lambda: keyword_matches(OF_STREET_RE, text, _OF_STREET_KEYS), of_street),
        (lambda: EN_STREET_RE.finditer(text), english),
        (lambda: keyword_matches(FR_STREET_RE, text, _FR_STREET_KEYS), french),
    ):
        if wanted:
            spans += [Span(m.start(), m.end(), "address", 72) for m in matches()]
    if number_on:
        spans += _numbers_on(text)
        spans += _house_numbers(text)
    for m in keyword_matches(LIVES_ON_RE, text, _LIVES_ON_KEYS) if lives else ():
        if _NOT_HOUSE_AFTER.match(text, m.end()):
            continue
        place = m.group(1)
        if place.split()[0].lower() in KEEP_WORDS:
            continue
        spans.append(Span(m.start(1), m.end(), "address", 71))
    return spans


_TYPE_WORDS = (
    r"basisschool|school|middelbare[ \u00a0]+school|lyceum|college|gymnasium|atheneum|scholengemeenschap|"
    r"kinderopvang|kinderdagverblijf|kdv|bso|peuterspeelzaal|crèche|creche|daycare|nursery|academy|academie|"
    r"scouting|scoutinggroep|kerk|parochie|moskee|church|mosque|club|vereniging|"
    # where people drink, are nursed or cared for: "café 't Hoekje", "zorgcentrum De Linde", "afdeling B2"
    r"café|cafe|kroeg|zorgcentrum|woonzorgcentrum|verpleeghuis|verzorgingshuis|afdeling|gasthuis|"
    # surgeries, hospitals, pharmacies and care centres named after their type word: "Huisartsenpraktijk
    # De Linde", "Ziekenhuis Gelre-Oost", "Apotheek De Vaart", "Revalidatiecentrum De Hoogstraat"
    r"ziekenhuis|kinderziekenhuis|kliniek|polikliniek|apotheek|huisartsenpost|praktijk|"
    r"medisch[ \u00a0]+centrum|"
    r"synagoge|synagogue|"
    # church congregations known as one word: "Baptistengemeente Elim", "Pinkstergemeente Maranatha"
    r"baptistengemeente|pinkstergemeente|evangeliegemeente|geloofsgemeente|kerkgemeente|"
    r"[a-z]{2,40}+(?:(?<=club)|(?<=vereniging)|(?<=school)|(?<=groep)|(?<=praktijk)|(?<=[a-z]centrum)|"
    r"(?<=ziekenhuis)|(?<=kliniek))"
)
_ABBREV_TYPES = (
    r"VV|SV|HC|KV|FC|AFC|RKVV|SC|MHC|HV|ZV|TV|CSG|RSG|OSG|OBS|CBS|RKBS|PCBS|KBS|ISK|SG|BS|CS|MC|GC|"
    # Belgian clubs (Koninklijke/Royal ...) and the school pupil-guidance centre (CLB) or a GO! school
    r"KFC|KSV|KVC|RSC|RSCA|SK|VC|KSK|KAA|KRC|KSC|KVK|KMSK|RFC|RWDM|KWS|KVV|KHC|KBC|CLB|KTA|GBS|VBS|VTI|KA|"
    # Roman Catholic sports clubs
    r"RKSV|RKAVV|RKSVV"
)
_NAME_PART = r"(?:[A-Z][\w'’&-]{0,40}|[A-Z]{2,6})"
_ARTICLE = r"(?:(?:De|de|Het|het|'t|’t|The|the|St\.?|Sint|Sancta|Don|Prins|Koningin)[ \u00a0]+)"
ORG_AFTER_TYPE_RE = re.compile(
    r"(?<![\w-])(?:(?i:" + _TYPE_WORDS + r")|" + _ABBREV_TYPES + r")[ \u00a0]+" + _ARTICLE + r"?"
    r"(" + _NAME_PART + r"(?:[ \u00a0]+" + _NAME_PART + r"){0,2})"
)
_TYPE_SUFFIX = (
    r"Lyceum|College|Gymnasium|Atheneum|School|Academy|Academie|Basisschool|Scholengemeenschap|Kerk|Church|"
    r"Moskee|Mosque|Club|Vereniging|Kinderopvang|"
    # hospitals, care homes and surgeries named before their type word ("Lindenhof Medical Centre")
    r"Ziekenhuis|Kinderziekenhuis|Gasthuis|Centre|Center|Hospital|Clinic|Kliniek|Hospice|Home"
)
ORG_LOWER_ABBREV_RE = re.compile(
    r"(?<![\w-])(?:" + _ABBREV_TYPES.lower() + r")[ \u00a0]+(?:de|het|'t)[ \u00a0]+[a-zà-ÿ'’-]{2,30}"
)
ORG_BEFORE_TYPE_RE = re.compile(
    r"(?<![\w-])((?:[A-Z][\w'’-]{1,30}[ \u00a0]+){1,3})(?:" + _TYPE_SUFFIX + r")(?![\w-])"
)
ORG_COMPOUND_RE = re.compile(
    r"(?<![\w-])[A-Z][a-zà-ÿ'’-]{5,40}+(?<![-'’])"
    r"(?:(?<=school)|(?<=college)|(?<=lyceum)|(?<=gymnasium)|(?<=club)|(?<=vereniging)|(?<=kerk))(?![\w-])"
)
# Flemish schools written as one hyphenated word: "Sint-Lodewijkscollege", "Heilig-Hartinstituut".
SAINT_SCHOOL_RE = re.compile(
    r"(?<![\w-])(?:Sint|Heilig|Onze-Lieve-Vrouw|OLV|Don|Sancta|Sint-Jan)-[A-Z][\w'’-]{1,40}?"
    r"(?i:college|instituut|atheneum|lyceum|school|basisschool|gymnasium|ziekenhuis|kliniek|parochie|kerk)"
    r"(?![\w-])"
)
# A shop or branch named before "aan de <street>": the street pins the workplace ("aan de Dorpsstraat").
STREET_AFTER_ORG_RE = re.compile(
    r"[ \u00a0]+(?i:aan|op|in)[ \u00a0]+(?:(?i:de|het|'t)[ \u00a0]+)?"
    r"([A-Z][\w'’-]{0,40}?(?:(" + _STRICT + r")|(" + _LOOSE + r")))(?![\w-])"
)
# A work verb or noun, at most four lower-case words ("al drie jaar", "als caissière", "part-time"), and
# the workplace after "bij", "voor", "at", "for" or "by".
_WORK_WORDS_RE = (
    r"werk(?:t|te|ten|en)?|werkzaam|stage|stagiair[e]?|stageplek|stageplaats|solliciteer(?:de)?|"
    r"baan|baantje|bijbaan|bijbaantje|vakantiebaan|vakantiewerk|vrijwilliger(?:swerk)?|vrijwilligster|"
    r"work(?:s|ed|ing)?|employed|intern(?:ship)?|job|volunteer(?:s|ed|ing)?"
)
_WORK_GAP_STOP = r"(?:bij|voor|at|for|by|en|maar|and|but|want|omdat|because|dat|die|that|toen|when|of|or)"
WORK_RE = re.compile(
    r"(?i:" + _WORK_WORDS_RE + r")"
    r"(?:[ \u00a0]+(?!" + _WORK_GAP_STOP + r"(?![\w'’-]))[a-zà-ÿ\d'’-]{1,20}+){0,4}?"
    r"[ \u00a0]+(?i:bij|voor|at|for|by)[ \u00a0]+" + _ARTICLE + r"?"
    r"([A-Z][\w'’&-]{1,40}(?:[ \u00a0]+[A-Z][\w'’&-]{1,40}){0,2})"
)
# Churches named by their denomination and then a name or a town: "Hervormde Gemeente Sion", "Evangelische
# Gemeente De Rots", "Protestantse Gemeente te Ede", "Hersteld Hervormde Kerk Bethel". Without a name
# after it ("de protestantse kerk", "de Evangelische Gemeente") it is a kind of church, not one.
_CHURCH_PREFIXES = "hersteld nederlands christelijk christelijke vrije vrij oud volle evangelisch".split()
_CHURCH_ADJECTIVES = (
    "hervormde gereformeerde evangelische protestantse christelijke doopsgezinde remonstrantse lutherse "
    "katholieke apostolische vrijgemaakte baptisten pinkster evangelie".split()
)
CHURCH_RE = re.compile(
    r"(?<![\w-])(?i:(?:" + "|".join(_CHURCH_PREFIXES) + r")[ \u00a0-]+){0,2}"
    r"(?i:" + "|".join(_CHURCH_ADJECTIVES) + r")[ \u00a0-]+(?i:gemeente|kerk|gemeenschap|parochie)[ \u00a0]+"
    # "Gereformeerde Gemeente in Nederland te Barneveld": the denomination, then its congregation
    r"(?:(?:in[ \u00a0]+(?:Nederland|België|Belgie|Vlaanderen)[ \u00a0]+)?te[ \u00a0]+([A-Z][\w'’-]{1,40})|"
    + _ARTICLE
    + r"?("
    + _NAME_PART
    + r"(?:[ \u00a0]+"
    + _NAME_PART
    + r"){0,2}))"
)
_CHURCH_ADJECTIVE_WORDS = frozenset(_CHURCH_ADJECTIVES)  # every match holds one ("oud", "vrij" are common)
_CHURCH_KEYS = [*_CHURCH_PREFIXES, *_CHURCH_ADJECTIVES]
GENERIC_COMPOUNDS = frozenset(
    "basisschool middelbareschool hogeschool zwemschool rijschool dansschool muziekschool zondagsschool "
    "sportschool voetbalclub sportclub zwemclub judoclub tennisclub hockeyclub korfbalclub turnclub "
    "voetbalvereniging sportvereniging zwemvereniging studentenvereniging jeugdgroep basisscholen speelgroep "
    "praatgroep lotgenotengroep whatsappgroep appgroep klasgroep doelgroep leeftijdsgroep risicogroep "
    "highschool preschool school club college gymnasium lyceum vereniging kerk dorpskerk hoofdkerk "
    "huiskerk staatskerk moederkerk".split()
)


def _good_name_parts(parts: list[str], after_article: bool) -> int:
    """How many leading parts belong to the organisation's proper name."""
    n = 0
    for p in parts:
        low = p.lower()
        # a surname's particle written with a capital starts the name: "Fysiotherapiepraktijk Van Dam"
        if n == 0 and p in ("Van", "Ter", "Ten", "Den", "Der") and len(parts) > 1:
            n += 1
            continue
        if low in KEEP_WORDS or low in ("in", "op", "te", "bij", "van", "en", "and", "at", "of"):
            break
        if not after_article and n == 0 and low in FUNCTION_WORDS:
            break
        n += 1
    return n


_ORG_TYPE_WORDS = frozenset(
    "basisschool school middelbare lyceum college gymnasium atheneum scholengemeenschap kinderopvang "
    "kinderdagverblijf kdv bso peuterspeelzaal crèche creche daycare nursery academy academie scouting "
    "scoutinggroep kerk parochie moskee church mosque club vereniging café cafe kroeg zorgcentrum "
    "woonzorgcentrum verpleeghuis verzorgingshuis afdeling gasthuis centre center hospital clinic kliniek "
    "hospice home ziekenhuis kinderziekenhuis polikliniek apotheek huisartsenpost praktijk medisch "
    "synagoge synagogue baptistengemeente pinkstergemeente evangeliegemeente geloofsgemeente "
    "kerkgemeente".split()
)
# Type words that name no one place even before a capitalised word ("het centrum Utrecht").
_GENERIC_TYPES = frozenset("centrum stadscentrum dorpscentrum".split())
_ORG_SUFFIXES = (
    "club",
    "vereniging",
    "school",
    "groep",
    "college",
    "lyceum",
    "gymnasium",
    "kerk",
    "ziekenhuis",
    "praktijk",
    "centrum",
)
# Employers as big as the state, named with a capital as often as not ("werkt bij de Gemeente", "bij
# Defensie"), and whom one works hard for ("for Jesus"): no more a workplace than "bij de politie".
_GENERIC_EMPLOYERS = frozenset(
    "gemeente overheid rijksoverheid provincie defensie leger waterschap council government army navy "
    "military jesus god lord".split()
)
_ABBREVS = frozenset(_ABBREV_TYPES.lower().split("|"))
_WORK_WORDS = frozenset(
    "werk werkt werkte werkten werken werkzaam stage stagiair stagiaire stageplek stageplaats solliciteer "
    "solliciteerde baan baantje bijbaan bijbaantje vakantiebaan vakantiewerk vrijwilliger vrijwilligerswerk "
    "vrijwilligster work works worked working employed intern internship job volunteer volunteers "
    "volunteered volunteering".split()
)
# Words without which find_organisations finds nothing, beside the type words' suffixes (core.py tests
# those): type and work words, club and school abbreviations, denominations, the saint schools' words.
ORGANISATION_WORDS = (
    _ORG_TYPE_WORDS | _WORK_WORDS | _ABBREVS | _CHURCH_ADJECTIVE_WORDS | frozenset("sint heilig olv".split())
)


def _positions(text: str, lower: str, words: Iterable[str]) -> list[int]:
    """Start offsets of the given lower-case words where they stand as whole words."""
    out = []
    for w in words:
        pos = lower.find(w)
        while pos >= 0:
            end = pos + len(w)
            if (pos == 0 or not (lower[pos - 1].isalnum() or lower[pos - 1] == "-")) and (
                end == len(lower) or not (lower[end].isalnum() or lower[end] == "-")
            ):
                out.append(pos)
            pos = lower.find(w, end)
    return sorted(set(out))


# A word ending in one of _ORG_SUFFIXES, found in the reversed words of ASCII text (see _type_words).
_ORG_SUFFIX_WORD_REVERSED_RE = re.compile(" (" + alternation(s[::-1] for s in _ORG_SUFFIXES) + "[^ ]*)")
_TYPE_OR_ABBREV = _ORG_TYPE_WORDS | _ABBREVS


def _type_words(vocab: set[str] | frozenset[str], joined: str | None) -> set[str] | frozenset[str]:
    """The words of vocab that name or end in a kind of organisation ("school", "vv", "voetbalclub").

    joined (Tokens.joined: the words in lower case, a space between them) lets the suffix test run as
    one regex search over the reversed words instead of a test per word.
    """
    if joined is None or not joined.isascii():
        return {w for w in vocab if w in _TYPE_OR_ABBREV or w.endswith(_ORG_SUFFIXES)}
    # in ASCII text the vocabulary's words are what spaces, "-" and "'" separate
    reversed_words = " " + joined.replace("-", " ").replace("'", " ")[::-1]
    ending = {w[::-1] for w in _ORG_SUFFIX_WORD_REVERSED_RE.findall(reversed_words)}
    return (_TYPE_OR_ABBREV & vocab) | ending


# ORG_BEFORE_TYPE_RE names a type word with one to three space-separated words before it, so a match
# that ends at a type word starts at most three pieces back. Searching from further back only retries
# the same text (a run of type words, "KSV KSV KSV ...", made that quadratic in practice).
_THREE_PIECES_BACK = re.compile(r"[ \u00a0]*(?:[^ \u00a0]+[ \u00a0]+){0,2}[^ \u00a0]*")


def _three_pieces_back(text: str, p: int) -> int:
    window = max(0, p - 100)
    m = _THREE_PIECES_BACK.match(text[window:p][::-1])
    return p - m.end() if m else window


def find_organisations(
    text: str, vocab: set[str] | frozenset[str] | None = None, joined: str | None = None
) -> list[Span]:
    """Schools, clubs and workplaces. Patterns are tried only where a type or work word stands."""
    if vocab is None:
        vocab = set(re.findall(r"[^\W\d_]+", text.lower()))
    lower = same_length_lower(text)
    types = _type_words(vocab, joined)
    type_pos = _positions(text, lower, types) if types else []
    after = [m for p in type_pos if (m := ORG_AFTER_TYPE_RE.match(text, p))]
    before = []
    compound = []
    for p in type_pos:
        if text[p].isupper():
            m = ORG_BEFORE_TYPE_RE.search(text, _three_pieces_back(text, p), p + 40)
            while m and m.end(1) < p:
                m = ORG_BEFORE_TYPE_RE.search(text, m.end(1), p + 40)
            if m and m.end(1) == p:
                before.append(m)
            c = ORG_COMPOUND_RE.match(text, p)
            if c:
                compound.append(c)
    lower_abbrev = [m for p in type_pos if (m := ORG_LOWER_ABBREV_RE.match(text, p))]
    works = _WORK_WORDS & vocab
    work = [m for p in (_positions(text, lower, works) if works else []) if (m := WORK_RE.match(text, p))]
    spans = _organisation_spans(text, after, before, lower_abbrev, compound, work)
    if "afdeling" in vocab:
        spans += [Span(m.start(1), m.end(1), "organisation", 50) for m in WARD_NUMBER_RE.finditer(text)]
    if "sint" in vocab or "heilig" in vocab or "olv" in vocab or "don" in vocab or "sancta" in vocab:
        spans += [Span(m.start(), m.end(), "organisation", 51) for m in SAINT_SCHOOL_RE.finditer(text)]
    if not vocab.isdisjoint(_CHURCH_ADJECTIVE_WORDS):
        spans += _churches(text)
    return spans + _streets_after(text, [s for s in spans if s.kind == "organisation"])


def _churches(text: str) -> list[Span]:
    """A congregation named after its denomination: "Hervormde Gemeente Sion", "... Gemeente te Ede"."""
    spans = []
    for m in keyword_matches(CHURCH_RE, text, _CHURCH_KEYS):
        if m.group(1) is not None:  # "te Ede"
            if m.group(1).lower() in KEEP_WORDS:
                continue
            spans.append(Span(m.start(), m.end(), "organisation", 50))
            continue
        parts = m.group(2).split()
        n = _good_name_parts(parts, False)
        if n == 0:
            continue
        end = m.start(2)
        for p in parts[:n]:
            end = text.index(p, end) + len(p)
        spans.append(Span(m.start(), end, "organisation", 50))
    return spans


# A ward known by its number: "afdeling 4 Noord", "afdeling 3B" (a named ward is an ORG_AFTER_TYPE_RE match).
WARD_NUMBER_RE = re.compile(
    r"(?<![\w-])(?i:afdeling)[ \u00a0]+"
    r"(\d{1,2}[A-Za-z]?(?:[ \u00a0-](?:Noord|Oost|Zuid|West|Midden)|-[A-Z]\d?)?)(?![\w-])"
)


# "St. Anne's", "St Mary's": a church, school or hospital named after its saint.
SAINT_POSSESSIVE_RE = re.compile(r"(?<![\w-])St\.?[ \u00a0]+[A-Z][a-z]{1,20}+['’]s(?![\w'’-])")


def find_saint_places(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), "organisation", 50) for m in SAINT_POSSESSIVE_RE.finditer(text)]


def _streets_after(text: str, orgs: list[Span]) -> list[Span]:
    """The street named right after a school, club or workplace; a town alone may stay."""
    out = []
    for o in orgs:
        m = STREET_AFTER_ORG_RE.match(text, o.end)
        if m is None:
            continue
        name = m.group(1)
        if name.lower() in PLACES or name.lower() in KEEP_WORDS:
            continue
        out.append(Span(m.start(1), m.end(1), "address", 70))
    return out


_HAS_DIGIT = re.compile(r"\d").search
_CARE_SUFFIXES = frozenset("centre center hospital clinic kliniek hospice home".split())


def _organisation_spans(
    text: str,
    after: list[re.Match[str]],
    before: list[re.Match[str]],
    lower_abbrev: list[re.Match[str]],
    compound: list[re.Match[str]],
    work: list[re.Match[str]],
) -> list[Span]:
    spans: list[Span] = []
    for m in after:
        if m.group().split(None, 1)[0].lower() in _GENERIC_TYPES:
            continue
        parts = m.group(1).split()
        has_article = m.group(0)[: m.start(1) - m.start()].rstrip().split()[-1].lower() in (
            "de",
            "het",
            "'t",
            "’t",
            "the",
            "st",
            "st.",
            "sint",
            "sancta",
            "don",
            "prins",
            "koningin",
        )
        n = _good_name_parts(parts, has_article)
        if n == 0:
            continue
        # "afdeling Psychiatrie" is a kind of ward, "afdeling B2-Oost" or "afdeling De Linde" one ward
        ward = m.group().lower().startswith("afdeling")
        if ward and not has_article and not any(map(_HAS_DIGIT, parts[:n])):
            continue
        end = m.start(1)
        for p in parts[:n]:
            end = text.index(p, end) + len(p)
        spans.append(Span(m.start(), end, "organisation", 50))
    for m in before:
        parts = m.group(1).split()
        # the proper name is the run of capitalised words right before the type word
        keep = []
        for p in reversed(parts):
            low = p.lower()
            if low in KEEP_WORDS or low in (
                "de",
                "het",
                "the",
                "een",
                "a",
                "op",
                "in",
                "at",
                "mijn",
                "my",
                "our",
                "onze",
            ):
                break
            keep.append(p)
        if not keep:
            continue
        # "the Health Centre", "Community Hospital": a care type named by ordinary words is no one place
        if m.group()[m.end(1) - m.start() :].lower() in _CARE_SUFFIXES and all(
            p.lower() in COMMON_WORDS for p in keep
        ):
            continue
        start = text.rfind(keep[-1], m.start(), m.end(1))
        spans.append(Span(start, m.end(), "organisation", 50))
    for m in lower_abbrev:
        if m.group().split()[-1] not in FUNCTION_WORDS:
            spans.append(Span(m.start(), m.end(), "organisation", 50))
    for m in compound:
        low = m.group().lower()
        if low not in GENERIC_COMPOUNDS and low not in COMMON_WORDS:
            spans.append(Span(m.start(), m.end(), "organisation", 49))
    for m in work:
        parts = m.group(1).split()
        n = 0
        for p in parts:
            low = p.lower()
            if low in KEEP_WORDS or low in FUNCTION_WORDS or low in PLACES or (p.isupper() and len(p) <= 3):
                break
            n += 1
        if n == 1 and (
            parts[0].lower() in _ORG_TYPE_WORDS
            or parts[0].lower() in GENERIC_COMPOUNDS
            or parts[0].lower() in _GENERIC_EMPLOYERS
        ):
            continue  # "I work at School", "werkt bij de Gemeente": a kind of place, or the state
        if n:
            end = m.start(1)
            for p in parts[:n]:
                end = text.index(p, end) + len(p)
            spans.append(Span(m.start(1), end, "organisation", 48))
    return spans
