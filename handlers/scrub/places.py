"""Street addresses and the organisations (schools, clubs, workplaces) that point to a person."""
from __future__ import annotations

import re

from .gazetteer import COMMON_WORDS, KEEP_WORDS
from .language import FUNCTION_WORDS
from .model import Span

# Suffixes that make a street name by themselves; the ambiguous ones also end ordinary words
# ("onderweg", "voetbalveld") and need a capital or an address word nearby.
_STRICT = "straat|laan|gracht|kade|singel|plein|steeg|dreef|plantsoen|boulevard|straatweg|steenweg|allee|kaai"
_LOOSE = "weg|dijk|hof|park|pad|markt|baan|ring|wal|erf|dam|haven|veld|berg|burg|oord|lei|vest|dries|hoven|wijk|zoom|hout|loop|gang|poort|stede|akker|weide|kamp|hoek|donk|horst|linie|werf"
_HOUSE = r"\d{1,5}(?:[ \u00a0]?[a-zA-Z](?![\w]))?(?:[ \u00a0]?[-/][ \u00a0]?\d{1,4}[a-zA-Z]?)?(?:[ \u00a0]+(?:bus|box)[ \u00a0]+\d{1,4})?"
_NOT_HOUSE_AFTER = re.compile(
    r"[ \u00a0]*(?:uur|u\b|keer|x\b|min|minuten|jaar|jaren|maanden|weken|dagen|km|meter|m\b|euro|procent|%|"
    r"kinderen|jongens|meisjes|mensen|keren|times|years|hours|minutes|:)",
    re.I,
)
STREET_RE = re.compile(
    r"(?<![\w'’-])((?:[A-Z][\w'’.-]{0,30}[ \u00a0]+(?:(?:van|de|der|den|het|ter|ten|'t|op|aan|in)[ \u00a0]+){0,3}){0,3}"
    r"[A-Za-z][\w'’-]{0,40}?(?:(" + _STRICT + r")|(" + _LOOSE + r")))[ \u00a0]+(" + _HOUSE + r")(?![\w])"
)
EN_STREET_RE = re.compile(
    r"(?<![\w-])\d{1,5}[A-Za-z]?,?[ \u00a0]+(?:[A-Z][a-z'’-]{1,30}[ \u00a0]+){1,3}"
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Court|Ct|Place|Pl|Square|Sq|Crescent|"
    r"Terrace|Gardens|Grove|Boulevard|Blvd|Hill|Row|Mews|Walk|Park)\b\.?"
)
FR_STREET_RE = re.compile(
    r"(?<![\w-])(?:Rue|Avenue|Chaussée|Boulevard|Place|Quai|Chemin|Allée|Square)[ \u00a0]+"
    r"(?:(?:de|du|des|la|le|l'|d')[ \u00a0]*){0,2}[A-Z][\w'’-]{1,30}(?:[ \u00a0]+[A-Z][\w'’-]{1,30}){0,2},?[ \u00a0]+\d{1,4}\w?"
)
# "nummer 27 aan de Vogelzang", "woont op de Vogelzang 27", "adres: Vogelzang 27"
NUMBER_ON_RE = re.compile(
    r"(?i:nummer|nr\.?|huisnummer|number|no\.)[ \u00a0]*\d{1,5}[a-zA-Z]?[ \u00a0]+(?i:aan|op|in|on)[ \u00a0]+"
    r"(?:(?i:de|het|'t|the)[ \u00a0]+)?[A-Z][\w'’-]{1,40}"
)
LIVES_ON_RE = re.compile(
    r"(?i:woon|woont|wonen|woonachtig|adres|address|live[sd]?|living|staat|stond)"
    r"(?:[ \u00a0]+(?i:is|op|aan|at|on|in))?[ \u00a0]*:?[ \u00a0]+(?:(?i:de|het|'t|the)[ \u00a0]+)?"
    r"([A-Z][\w'’-]{1,40}(?:[ \u00a0]+[A-Z][\w'’-]{1,40}){0,2})[ \u00a0]+(" + _HOUSE + r")(?![\w])"
)
_ADDRESS_WORDS = re.compile(r"(?:woon|woont|wonen|adres|address|live|op de|aan de|in de|op het|straat)\W*\w*\W*$", re.I)


def find_addresses(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in STREET_RE.finditer(text):
        street = m.group(1)
        last = street.split()[-1]
        if _NOT_HOUSE_AFTER.match(text, m.end()):
            continue
        if m.group(3):  # ambiguous suffix
            low = last.lower()
            near = _ADDRESS_WORDS.search(text[max(0, m.start() - 25) : m.start()])
            if last[0].islower() and not near:
                continue
            if low in COMMON_WORDS and not near:
                continue
        elif last[0].islower() and last.lower() in COMMON_WORDS and not _ADDRESS_WORDS.search(
            text[max(0, m.start() - 25) : m.start()]
        ):
            continue
        # drop leading capitalised words that are ordinary words ("Mijn Kerkstraat 5" is unlikely)
        start = m.start()
        words = street.split()
        while len(words) > 1 and words[0].lower() in COMMON_WORDS and words[0].lower() not in ("van", "de"):
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        spans.append(Span(start, m.end(), "address", 72))
    for rx in (EN_STREET_RE, FR_STREET_RE, NUMBER_ON_RE):
        spans += [Span(m.start(), m.end(), "address", 72) for m in rx.finditer(text)]
    for m in LIVES_ON_RE.finditer(text):
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
    r"[a-z]{2,30}(?:club|vereniging|school|groep)"
)
_ABBREV_TYPES = r"VV|SV|HC|KV|FC|AFC|RKVV|SC|MHC|HV|ZV|TV|CSG|RSG|OSG|OBS|CBS|RKBS|PCBS|KBS|ISK|SG|BS|CS|MC|GC"
_NAME_PART = r"(?:[A-Z][\w'’&-]{0,40}|[A-Z]{2,6})"
_ARTICLE = r"(?:(?:De|de|Het|het|'t|’t|The|the|St\.?|Sint|Sancta|Don|Prins|Koningin)[ \u00a0]+)"
ORG_AFTER_TYPE_RE = re.compile(
    r"(?<![\w-])(?:(?i:" + _TYPE_WORDS + r")|" + _ABBREV_TYPES + r")[ \u00a0]+" + _ARTICLE + r"?"
    r"(" + _NAME_PART + r"(?:[ \u00a0]+" + _NAME_PART + r"){0,2})"
)
_TYPE_SUFFIX = r"Lyceum|College|Gymnasium|Atheneum|School|Academy|Academie|Basisschool|Scholengemeenschap|Kerk|Church|Moskee|Mosque|Club|Vereniging|Kinderopvang"
ORG_BEFORE_TYPE_RE = re.compile(
    r"(?<![\w-])((?:[A-Z][\w'’-]{1,30}[ \u00a0]+){1,3})(?:" + _TYPE_SUFFIX + r")(?![\w-])"
)
ORG_COMPOUND_RE = re.compile(
    r"(?<![\w-])[A-Z][a-zà-ÿ'’-]{2,30}(?:school|college|lyceum|gymnasium|club|vereniging)(?![\w-])"
)
WORK_RE = re.compile(
    r"(?i:werk(?:t|te|en)?|werkzaam|stage|stagiair|solliciteer|baan|work(?:s|ed|ing)?|employed|intern(?:ship)?)"
    r"[ \u00a0]+(?i:bij|voor|at|for|by|in)[ \u00a0]+" + _ARTICLE + r"?"
    r"([A-Z][\w'’&-]{1,40}(?:[ \u00a0]+[A-Z][\w'’&-]{1,40}){0,2})"
)
GENERIC_COMPOUNDS = frozenset(
    "basisschool middelbareschool hogeschool zwemschool rijschool dansschool muziekschool zondagsschool "
    "sportschool voetbalclub sportclub zwemclub judoclub tennisclub hockeyclub korfbalclub turnclub "
    "voetbalvereniging sportvereniging zwemvereniging studentenvereniging jeugdgroep basisscholen speelgroep "
    "praatgroep lotgenotengroep whatsappgroep appgroep klasgroep doelgroep leeftijdsgroep risicogroep "
    "highschool preschool school club college gymnasium lyceum vereniging".split()
)


def _good_name_parts(parts: list[str], after_article: bool) -> int:
    """How many leading parts belong to the organisation's proper name."""
    n = 0
    for p in parts:
        low = p.lower()
        if low in KEEP_WORDS or low in ("in", "op", "te", "bij", "van", "en", "and", "at", "of"):
            break
        if not after_article and n == 0 and low in FUNCTION_WORDS:
            break
        n += 1
    return n


def find_organisations(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in ORG_AFTER_TYPE_RE.finditer(text):
        parts = m.group(1).split()
        has_article = m.group(0)[: m.start(1) - m.start()].rstrip().split()[-1].lower() in (
            "de", "het", "'t", "’t", "the", "st", "st.", "sint", "sancta", "don", "prins", "koningin")
        n = _good_name_parts(parts, has_article)
        if n == 0:
            continue
        end = m.start(1)
        for p in parts[:n]:
            end = text.index(p, end) + len(p)
        spans.append(Span(m.start(), end, "organisation", 50))
    for m in ORG_BEFORE_TYPE_RE.finditer(text):
        parts = m.group(1).split()
        # the proper name is the run of capitalised words right before the type word
        keep = []
        for p in reversed(parts):
            low = p.lower()
            if low in KEEP_WORDS or low in ("de", "het", "the", "een", "a", "op", "in", "at", "mijn", "my", "our", "onze"):
                break
            keep.append(p)
        if not keep:
            continue
        start = text.rfind(keep[-1], m.start(), m.end(1))
        spans.append(Span(start, m.end(), "organisation", 50))
    for m in ORG_COMPOUND_RE.finditer(text):
        low = m.group().lower()
        if low not in GENERIC_COMPOUNDS and low not in COMMON_WORDS:
            spans.append(Span(m.start(), m.end(), "organisation", 49))
    for m in WORK_RE.finditer(text):
        parts = m.group(1).split()
        n = 0
        for p in parts:
            low = p.lower()
            if low in KEEP_WORDS or (low in COMMON_WORDS and not p.isupper()) or (p.isupper() and len(p) <= 3):
                break
            n += 1
        if n:
            end = m.start(1)
            for p in parts[:n]:
                end = text.index(p, end) + len(p)
            spans.append(Span(m.start(1), end, "organisation", 48))
    return spans
