"""Identifiers made of digits: phone numbers, IBAN, BSN, licence plates, postcodes, dates of birth.

Every pattern starts at a token boundary (a look-behind) and uses bounded or possessive repeats, so
a search costs time linear in the text even on hostile input.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum.be import nn as be_nn
from stdnum.nl import bsn as nl_bsn

from .gazetteer import PLACES
from .model import Span
from .shape import keyword_matches, matches_at

# Digit groups joined by the separators people type in numbers: spaces, dots, dashes, slashes, brackets.
_SEP = r"(?:[ \u00a0]?[-./][ \u00a0]?|[ \u00a0]{1,2}|[ \u00a0]?\([ \u00a0]?|[ \u00a0]?\)[ \u00a0]?)"
# A number starts with "+", "(" or a digit that follows no word, sign or separator. The first character
# comes before the look-behind so that the regex engine can skip ahead to it; the next look-behinds
# pick the rest of the start by what that character was: "+" may take a space, "(" and a digit take
# digits.
NUMBER_RE = re.compile(
    r"[+(\d](?<![\w+/@.:,\-].)(?:(?<=\+)[ \u00a0]?\d++|(?<=\()\d++|(?<=\d)\d*+)(?:" + _SEP + r"\d++){0,10}"
)
_GROUP_RE = re.compile(r"\d+")
_MONEY_BEFORE = re.compile(r"[€$£]\s?$|(?:eur|euro)\s?$", re.I)
_MONEY_AFTER = re.compile(r"^\s?(?:euro|eur|dollar|pond|pounds?|cent)\b|^\s?[€$£%]", re.I)
_BSN_CONTEXT = re.compile(
    r"(?:bsn|burgerservice|sofi|citizen service|social security|rijksregister|national (?:insurance|number)|"
    r"insurance number|persoonsnummer)",
    re.I,
)


def _international(raw: str, groups: list[tuple[int, int, str]]) -> int | None:
    """End offset (within raw) of the longest possible international number, or None."""
    digits = ""
    used: list[tuple[int, str]] = []
    for i, (s, e, g) in enumerate(groups):
        # "+31 (0)6 ...": the bracketed trunk zero is not dialled from abroad
        if i > 0 and g == "0" and raw[s - 1 : s] == "(" and raw[e : e + 1] == ")":
            continue
        digits += g
        used.append((e, digits))
    if used and used[0][1].startswith("00"):
        used = [(e, d[2:]) for e, d in used]
    for end, d in reversed(used):
        if len(d) < 8 or len(d) > 15:
            continue
        if _possible_number(d):
            return end
    return None


# The national number lengths that phonenumbers calls possible for a Dutch (+31) and a Belgian (+32)
# number, from its metadata (general_desc.possible_length; both have "0" as their only national prefix).
_POSSIBLE_LENGTHS = {"31": range(5, 12), "32": (8, 9)}


def _possible_number(digits: str) -> bool:
    """phonenumbers.is_possible_number of "+" + digits (country code first).

    Most numbers are Dutch or Belgian: for those, when the national number does not start with the
    trunk "0" (which phonenumbers would strip first), the answer is its length, known without parsing.
    The parser costs about as much as the rest of a message's scrub.
    """
    lengths = _POSSIBLE_LENGTHS.get(digits[:2])
    if lengths is not None and digits[2:3] not in ("0", ""):
        return len(digits) - 2 in lengths
    try:
        return phonenumbers.is_possible_number(phonenumbers.parse("+" + digits, None))
    except phonenumbers.NumberParseException:
        return False


def _national(groups: list[tuple[int, int, str]]) -> int | None:
    """End offset of a Dutch (10 digits) or Belgian (9 or 10 digits) number starting with 0."""
    count = 0
    ends: dict[int, int] = {}
    for _s, e, g in groups:
        count += len(g)
        ends[count] = e
        if count >= 10:
            break
    if 10 in ends:
        return ends[10]
    if 9 in ends and count == 9:
        return ends[9]
    return None


def find_numbers(text: str) -> list[Span]:
    spans: list[Span] = []
    pos = 0
    while True:
        m = NUMBER_RE.search(text, pos)
        if m is None:
            return spans
        raw = m.group()
        if len(raw) < 8 and raw.isdecimal():  # one short number ("15", "2019"): nothing in it, go on after it
            pos = m.end()
            continue
        groups = [(g.start(), g.end(), g.group()) for g in _GROUP_RE.finditer(raw)]
        span = _number_span(text, m, raw, groups)
        if span is not None:
            spans.append(span)
            pos = span.end
        else:
            # "0042 110000000": a number read as a phone number that is none may hide one after its first
            # group; other runs were judged whole already, so go on after them (linear time)
            later = [g[0] for g in groups[1:] if g[2][0] == "0" or raw[g[0] - 1 : g[0]] == "+"]
            if len(groups) > 1 and raw[0] in "+(0":
                pos = m.start() + groups[1][0]
            elif later:
                pos = m.start() + later[0]
            else:
                pos = m.end()


def _number_span(text: str, m: re.Match[str], raw: str, groups: list[tuple[int, int, str]]) -> Span | None:
    digits = "".join(g for _s, _e, g in groups)
    n = len(digits)
    if n < 8:
        return None
    start = m.start()
    before = text[max(0, start - 40) : start]
    if raw[0] == "+" or digits.startswith("00"):
        end = _international(raw, groups)
        return None if end is None else Span(start, start + end, "phone", 80)
    if (digits[0] == "0" and raw[0] != "(") or raw.startswith("(0"):
        end = _national(groups)
        if end is not None:
            if raw[0] == "(" and raw.find(")") > end:
                return None
            return Span(start, start + end, "phone", 80)
    if _MONEY_BEFORE.search(before) or _MONEY_AFTER.match(text[m.end() : m.end() + 10]):
        return None
    context = bool(_BSN_CONTEXT.search(before))
    if raw[0] == "(":  # "(123456789)": the bracket is punctuation around the number, not part of it
        start += 1
    return _number_span_plain(start, m.end(), digits, groups, context)


def _number_span_plain(
    start: int, end: int, digits: str, groups: list[tuple[int, int, str]], context: bool
) -> Span | None:
    n = len(digits)
    if n == 9 and (context or nl_bsn.is_valid(digits)):
        return Span(start, end, "bsn", 78)
    if n == 11 and (context or be_nn.is_valid(digits)):
        return Span(start, end, "bsn", 78)
    if context and 8 <= n <= 11:
        return Span(start, end, "bsn", 78)
    if n >= 9 and len(groups) <= 5:
        # A long number with no other meaning still leads to a person (an account, a customer, a
        # mistyped phone). A 9-digit one is most likely a BSN, a longer one a phone number.
        kind = "bsn" if n == 9 else "phone"
        if kind == "phone" and digits[0] != "0" and not _possible_number(digits):
            kind = "bsn"
        return Span(start, end, kind, 60)
    return None


IBAN_RE = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ \u00a0]?[A-Za-z0-9]{4}){2,7}"
    r"(?:[ \u00a0]?[A-Za-z0-9]{1,4})?(?![A-Za-z0-9])"
)
_IBAN_START = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}")
_IBAN_SHAPES = {
    "NL": re.compile(r"NL\d{2}[A-Z]{4}\d{10}"),
    "BE": re.compile(r"BE\d{14}"),
}


def _iban_prefix(raw: str) -> str | None:
    """The longest leading run of groups that is an IBAN (a match may have eaten a following word)."""
    parts = re.split(r"(?<=[ \u00a0])", raw)
    for k in range(len(parts), 0, -1):
        cand = "".join(parts[:k]).rstrip()
        compact = re.sub(r"\s", "", cand).upper()
        if len(compact) < 12:
            return None
        shape = _IBAN_SHAPES.get(compact[:2])
        if shape is not None:
            if shape.fullmatch(compact):
                return cand
        elif len(compact) >= 15 and sum(c.isdigit() for c in compact) >= 8 and stdnum_iban.is_valid(compact):
            return cand
    return None


# An IBAN starts with two letters and two digits; in the shape of ASCII text (see shape.py) that is a
# substring test.
_IBAN_IN_SHAPE = re.compile(r"11(?<=[aA][aA]11)(?<![aA1][aA][aA]11)(?: ?[aA1]{4}){2}")


def find_ibans(text: str, shape: str | None = None) -> list[Span]:
    spans: list[Span] = []
    if shape is not None and not _IBAN_IN_SHAPE.search(shape):
        return spans
    for m in IBAN_RE.finditer(text):
        raw = m.group()
        cand = _iban_prefix(raw)
        offset = 0
        if cand is None:
            # "AA00 NL91ABNA...": the IBAN may start at the next group; one try, so time stays linear
            nxt = _IBAN_START.search(raw, 1, 11)
            if nxt is not None:
                offset = nxt.start()
                cand = _iban_prefix(raw[offset:])
        if cand is not None:
            spans.append(Span(m.start() + offset, m.start() + offset + len(cand), "iban", 90))
    return spans


_L = "[A-Z]"
_PLATE_CODES = [
    rf"{_L}{{2}}-\d{{2}}-\d{{2}}",
    rf"\d{{2}}-\d{{2}}-{_L}{{2}}",
    rf"\d{{2}}-{_L}{{2}}-\d{{2}}",
    rf"{_L}{{2}}-\d{{2}}-{_L}{{2}}",
    rf"{_L}{{2}}-{_L}{{2}}-\d{{2}}",
    rf"\d{{2}}-{_L}{{2}}-{_L}{{2}}",
    rf"\d{{2}}-{_L}{{3}}-\d",
    rf"\d-{_L}{{3}}-\d{{2}}",
    rf"{_L}{{2}}-\d{{3}}-{_L}",
    rf"{_L}-\d{{3}}-{_L}{{2}}",
    rf"{_L}{{3}}-\d{{2}}-{_L}",
    rf"{_L}-\d{{2}}-{_L}{{3}}",
    rf"\d-{_L}{{2}}-\d{{3}}",
    rf"\d{{3}}-{_L}{{2}}-\d",
    rf"\d-{_L}{{3}}-\d{{3}}",  # Belgian
]
PLATE_RE = re.compile(r"(?<![\w-])(?:" + "|".join(_PLATE_CODES) + r")(?![\w-])")
PLATE_LOOSE_RE = re.compile(r"(?<![\w-])[A-Za-z0-9]{1,3}(?:[- ]?[A-Za-z0-9]{1,3}){1,2}(?![\w-])")
_PLATE_CONTEXT = re.compile(
    r"(?:kenteken|nummerplaat|nummerbord|numberplate|number plate|licen[cs]e plate|plate|registration|reg)\w*"
    r"(?:\s+(?:is|was|van|number|nummer|:))?\s*:?\s*$",
    re.I,
)


# Typed in lower case a plate still has its sidecode shape. The newer sidecodes (a group of three)
# hardly look like anything else; the older 2-2-2 ones need a vehicle word in the message.
PLATE_ANYCASE_RE = re.compile(r"(?<![\w-])(?i:" + "|".join(_PLATE_CODES) + r")(?![\w-])")
_THREE_GROUP = re.compile(r"(?:^|-)(?:[A-Za-z]{3}|\d{3})(?:-|$)")
_PLATE_LOWER_HINT = re.compile(r"-(?<=[a-z0-9]-)[a-z0-9]")
_VEHICLE_RE = re.compile(
    r"(?<![\w])(?:auto|wagen|busje|bus|bestelbus|kenteken|plaat|nummerbord|nummerplaat|car|van|truck|"
    r"scooter|brommer|motor|motorbike|vehicle|voertuig|opgeschreven|reed|rijdt|drove|parked|geparkeerd)"
    r"(?![\w])",
    re.I,
)


# Every sidecode is three groups of one to three characters joined by two dashes. Looking for that
# shape first spares the fifteen-way pattern a walk over messages that hold no plate: in the text, or
# (faster: the pattern starts with the fixed "-") in the shape of ASCII text, see shape.py.
_PLATE_HINT = re.compile(r"-(?<=[A-Z0-9]-)[A-Z0-9]")
_PLATE_SHAPE = re.compile(r"[A-Z\d]-[A-Z\d]{1,3}-[A-Z\d]")
_PLATE_SHAPE_ANYCASE = re.compile(r"[A-Z\d]-[A-Z\d]{1,3}-[A-Z\d]", re.I)
_PLATE_LOWER_IN_SHAPE = re.compile(r"-(?<=[a1]-)[a1]")
# In the shape, each dash that can be the first of a sidecode: a plate starts one to three characters
# before it, and the sidecode pattern is tried only there.
_PLATE_DASHES_IN_SHAPE = re.compile(r"-(?<=[A1]-)(?=[A1]{1,3}-[A1])")
_PLATE_DASHES_ANYCASE_IN_SHAPE = re.compile(r"-(?<=[aA1]-)(?=[aA1]{1,3}-[aA1])")


def _plate_starts(shape: str, dashes: re.Pattern[str]) -> list[int]:
    starts: set[int] = set()
    for m in dashes.finditer(shape):
        starts.update(range(max(0, m.start() - 3), m.start()))
    return sorted(starts)


# A loose plate needs _PLATE_CONTEXT right before it: a vehicle word, then at most a short linking word
# and spaces, then the plate's first character after a non-word character. Every vehicle word holds one
# of the parts, which a substring test finds faster than the pattern, and starts with one of the keys.
_PLATE_CONTEXT_PARTS = ("kenteken", "nummerplaat", "nummerbord", "plate", "reg")
_PLATE_CONTEXT_KEYS = ["kenteken", "nummer", "number", "licen", "plate", "reg"]
_PLATE_CONTEXT_HINT = re.compile(
    r"(?:kenteken|nummerplaat|nummerbord|numberplate|number plate|licen[cs]e plate|plate|registration|reg)\w*"
    r"(?:\s+(?:is|was|van|number|nummer|:))?\s*:?\s*(?<![\w-])"
    # and right there something plate-shaped, with a letter and a digit in its first eight characters
    r"(?=[A-Za-z0-9]{1,3}(?:[- ]?[A-Za-z0-9]{1,3}){1,2}(?![\w-]))"
    r"(?=[A-Za-z0-9 -]{0,7}[A-Za-z])(?=[A-Za-z0-9 -]{0,7}[0-9])",
    re.I,
)


def find_plates(text: str, shape: str | None = None) -> list[Span]:
    upper: Iterable[re.Match[str]] = ()
    anycase: Iterable[re.Match[str]] = ()
    if shape is not None:
        upper = matches_at(PLATE_RE, text, _plate_starts(shape, _PLATE_DASHES_IN_SHAPE))
        if _PLATE_LOWER_IN_SHAPE.search(shape):
            anycase = matches_at(PLATE_ANYCASE_RE, text, _plate_starts(shape, _PLATE_DASHES_ANYCASE_IN_SHAPE))
    else:
        if _PLATE_HINT.search(text) and _PLATE_SHAPE.search(text):
            upper = PLATE_RE.finditer(text)
        if _PLATE_LOWER_HINT.search(text) and _PLATE_SHAPE_ANYCASE.search(text):
            anycase = PLATE_ANYCASE_RE.finditer(text)
    spans = [Span(m.start(), m.end(), "plate", 75) for m in upper]
    vehicle: bool | None = None
    for m in anycase:
        raw = m.group()
        if raw.isupper() or raw.isdigit():
            continue  # the upper-case pass above judged it already
        if not _THREE_GROUP.search(raw):
            if vehicle is None:
                vehicle = _VEHICLE_RE.search(text) is not None
            if not vehicle:
                continue
        spans.append(Span(m.start(), m.end(), "plate", 74))
    lower = text.lower()
    if any(w in lower for w in _PLATE_CONTEXT_PARTS) and keyword_matches(
        _PLATE_CONTEXT_HINT, text, _PLATE_CONTEXT_KEYS
    ):
        for m in PLATE_LOOSE_RE.finditer(text):
            raw = m.group()
            if not 6 <= len(raw) <= 8:  # six characters and at most two separators: most matches are not
                continue
            compact = raw.replace("-", "").replace(" ", "")
            if len(compact) != 6 or compact.isdigit() or compact.isalpha():
                continue
            if _PLATE_CONTEXT.search(text[max(0, m.start() - 30) : m.start()]):
                spans.append(Span(m.start(), m.end(), "plate", 74))
    return spans


_MONTHS = (
    r"jan(?:uari|uary)?|feb(?:ruari|ruary)?|maart|mrt|march|mar|apr(?:il)?|mei|may|jun[ie]?|jul[iy]?|"
    r"aug(?:ustus|ust)?|sep(?:t|tember)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre"
)
# A year in full, or its last two digits after an apostrophe ("2 april '08"), as people type it.
_YEAR = r"(?:(?:19|20)\d{2}|['’]\d{2})"
DATE_RE = re.compile(
    r"(?<![\w/.-])(?:"
    r"(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:(?:19|20)?\d{2}|['’]\d{2})"
    r"|(?:19|20)\d{2}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])"
    r"|(?:0?[1-9]|[12]\d|3[01])(?:e|ste|de|st|nd|rd|th)?\s+(?:of\s+)?(?:"
    + _MONTHS
    + r")\.?,?\s+" + _YEAR
    + r"|(?:" + _MONTHS + r")\.?\s+(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?\s+" + _YEAR
    + r")(?![\w/-])",
    re.I,
)
_BIRTH_CONTEXT = re.compile(
    r"(?:geboren|geb\b|geb\.|geboortedatum|geboorte|born|birth|dob|d\.o\.b|birthday|verjaardag|jarig|°|"
    r"né|née|date de naissance)",
    re.I,
)


# "op 3-4-09 geboren": the birth word may also come right after the date.
_BIRTH_AFTER = re.compile(r"[ \t]{0,3}(?:geboren|born)\b", re.I)


def find_birthdates(text: str) -> list[Span]:
    spans = []
    for m in DATE_RE.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        if _BIRTH_CONTEXT.search(before) or _BIRTH_AFTER.match(text, m.end()):
            spans.append(Span(m.start(), m.end(), "birthdate", 82))
    return spans


_UNITS = frozenset("km kg mg ml cm mm mb gb kb tb cc pk hz kw ct st eu us uk jr xl am pm uu mi ft".split())
# The look-behind sits after the first character so that the regex engine can skip ahead to digits.
_UPPER_UNITS = frozenset("km kg mg ml cm mm mb gb kb tb hz kw pk".split())
POSTCODE_RE = re.compile(r"([1-9](?<![\w-].)\d{3})([ \u00a0]?)([A-Za-z]{2})(?![\w-])")
POSTCODE_BARE_RE = re.compile(r"(?:B-)?[1-9](?<![\w-].)\d{3}(?![\w-])")
_POSTCODE_WORD = re.compile(r"(?i:postcode|postal|post code|zip)|\b[Pp][Cc]\b")
_POSTCODE_CONTEXT = re.compile(r"(?:postcode|postal code|post code|zip|pc)\s*(?:is|:)?\s*$", re.I)


# "9000 Gent", "2600 Berchem": four digits and a known town after them. A year before a town ("in
# 2009 Gent bezocht") is told apart by the comma or line start that comes before a real postcode.
_TOWN_AFTER_RE = re.compile(r"[ \u00a0]+([A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+){0,3})(?![\w-])")
_YEARS = range(1900, 2040)


# What _postcodes_before_town needs at the least: four digits, spaces and a capital (in the text or in
# the shape of ASCII text, see shape.py).
_POSTCODE_TOWN_HINT = re.compile(r"[1-9]\d{3}[ \u00a0]+[A-Z]")
_POSTCODE_TOWN_SHAPE = re.compile(r"1(?<![aA1_-]1)111 +A")
# What POSTCODE_RE needs at the least, in the shape: four digits and two letters.
_POSTCODE_SHAPE = re.compile(r"1(?<![aA1_-]1)111 ?[aA][aA](?![aA1_-])")


def _postcodes_before_town(text: str, shape: str | None = None) -> list[Span]:
    spans: list[Span] = []
    if not (_POSTCODE_TOWN_SHAPE.search(shape) if shape is not None else _POSTCODE_TOWN_HINT.search(text)):
        return spans
    for m in POSTCODE_BARE_RE.finditer(text):
        t = _TOWN_AFTER_RE.match(text, m.end())
        if t is None or t.group(1).lower() not in PLACES:
            continue
        if int(m.group()[-4:]) in _YEARS:
            lead = text[max(0, m.start() - 12) : m.start()]
            if not (m.group().startswith("B-") or re.search(r"(?:^|[,\n])[ \u00a0]*$", lead)):
                continue
        spans.append(Span(m.start(), m.end(), "postcode", 69))
    return spans


_POSTCODE_WORDS = frozenset("postcode postal post zip pc".split())


def find_postcodes(
    text: str, after: list[Span], vocab: set[str] | None = None, shape: str | None = None
) -> list[Span]:
    """Dutch postcodes; a bare 4-digit (Belgian) one only after a street address or the word postcode."""
    spans = []
    for m in POSTCODE_RE.finditer(text) if shape is None or _POSTCODE_SHAPE.search(shape) else ():
        letters = m.group(3)
        if letters.lower() in _UNITS and not (letters.isupper() and letters.lower() not in _UPPER_UNITS):
            continue
        context = bool(_POSTCODE_CONTEXT.search(text[max(0, m.start() - 20) : m.start()]))
        if letters.isupper() or context or (not m.group(2) and letters.islower()):
            spans.append(Span(m.start(), m.end(), "postcode", 70))
    spans += _postcodes_before_town(text, shape)
    ends = {s.end for s in after if s.kind == "address"}
    if (
        not ends
        and "B-" not in text
        and (vocab.isdisjoint(_POSTCODE_WORDS) if vocab is not None else not _POSTCODE_WORD.search(text))
    ):
        return spans
    for m in POSTCODE_BARE_RE.finditer(text):
        before = text[max(0, m.start() - 20) : m.start()]
        gap = re.search(r"[,\s]{1,3}$", before)
        after_address = gap is not None and (m.start() - len(gap.group())) in ends
        if after_address or m.group().startswith("B-") or _POSTCODE_CONTEXT.search(before):
            spans.append(Span(m.start(), m.end(), "postcode", 69))
    return spans
