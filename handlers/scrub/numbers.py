"""Identifiers made of digits: phone numbers, IBAN, BSN, licence plates, postcodes, dates of birth.

Every pattern starts at a token boundary (a look-behind) and uses bounded or possessive repeats, so
a search costs time linear in the text even on hostile input.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum.be import nn as be_nn
from stdnum.nl import bsn as nl_bsn

from .gazetteer import PLACES
from .model import Span
from .shape import alternation, keyword_matches, matches_at
from .tokens import Tokens

# Digit groups joined by the separators people type in numbers: spaces, dots, dashes, slashes, brackets.
# Dashes include the ones word processors and phones put in for "-": en and em dash, minus, the
# non-breaking hyphen ("06 – 24 77 31 09" went through whole).
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212"
_SEP = (
    r"(?:[ \u00a0]?[-./" + _DASHES + r"][ \u00a0]?|[ \u00a0]{1,2}"
    r"|[ \u00a0]?\([ \u00a0]?|[ \u00a0]?\)[ \u00a0]?)"
)
# A number starts with "+", "(" or a digit that follows no word, sign or separator. The first character
# comes before the look-behind so that the regex engine can skip ahead to it; the next look-behinds
# pick the rest of the start by what that character was: "+" may take a space, "(" and a digit take
# digits.
NUMBER_RE = re.compile(
    r"[+(\d](?<![\w+/@.:,\-" + _DASHES + r"].)(?:(?<=\+)[ \u00a0]?\d++|(?<=\()\d++|(?<=\d)\d*+)(?:"
    + _SEP
    + r"\d++){0,10}"
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
    after_nine = ""  # the group after the ninth digit, when a group ends there
    for _s, e, g in groups:
        if count == 9:
            after_nine = g
        count += len(g)
        ends[count] = e
        if count >= 10:
            break
    if 10 in ends:
        return ends[10]
    # nine digits, then the end of the run or a group that starts a number of its own ("010000000 0478 ...")
    if 9 in ends and (count == 9 or after_nine.startswith("0")):
        return ends[9]
    return None


# Public helpline and emergency numbers, as the digits dialled in the country (a "0" for the trunk):
# they lead to a service, never to a person, and a counsellor needs to read which one was called.
PUBLIC_NUMBERS = frozenset(
    # the Netherlands: emergency, 113 Zelfmoordpreventie (and free line), police (no emergency), Veilig
    # Thuis, Kindertelefoon, Meld Misdaad Anoniem, Centrum Seksueel Geweld, Slachtofferhulp, MIND
    # Korrelatie, De Luisterlijn (old and new), Juridisch Loket, Stop it Now, Dierenpolitie
    "112 113 08000113 09008844 08002000 08000432 08007000 08000188 09000101 09001450 09000767 0880767000 "
    "09008020 08002666436 144 "
    # European harmonised numbers: missing children, child helpline, emotional support, victims, doctor
    "116000 116111 116123 116006 116117 "
    # Belgium: police, ambulance, Zelfmoordlijn (and free line), Tele-Onthaal, Awel, 1712, Tele-Accueil,
    # Ecoute-Enfants, Child Focus, Stop it Now Belgium, Centre de Prévention du Suicide
    "101 100 1813 106 102 1712 107 103 080032123 080013300 080020050 "
    # the United Kingdom: emergency, NHS 111, Childline, NSPCC, Stop It Now UK; the United States
    "999 111 08001111 08088005000 08081000900 911 988".split()
)
# Every beginning of one: a run of digit groups that is none stops being looked at early ("06...").
_PUBLIC_PREFIXES = frozenset(n[:k] for n in PUBLIC_NUMBERS for k in range(1, len(n) + 1))
# Country codes whose numbers are dialled at home with a "0" in front (+31 800 0113 is 0800-0113).
_TRUNK_ZERO_COUNTRIES = ("31", "32", "44")


def _public_run(raw: str, groups: list[tuple[int, int, str]], first: int) -> int:
    """How many digit groups from groups[first] on make a public number (0: none), the longest first."""
    digits = ""
    found = 0
    lead = raw[: groups[first][0]] if first == 0 else raw[groups[first][0] - 1 : groups[first][0]]
    international = "+" in lead or groups[first][2].startswith("00")
    for k in range(first, len(groups)):
        digits += groups[k][2]
        if len(digits) > 13:
            break
        national = digits
        if international:
            d = digits[2:] if digits.startswith("00") else digits
            if len(d) <= 2:
                continue
            if not d.startswith(_TRUNK_ZERO_COUNTRIES):
                break
            national = d[2:] if d[2:3] == "0" else "0" + d[2:]
            if national == "0":  # "+31 (0)": the trunk zero in brackets, the number follows
                continue
        if national not in _PUBLIC_PREFIXES:
            break
        if national in PUBLIC_NUMBERS:
            found = k - first + 1
    return found


def is_public_number(number: str) -> bool:
    """Whether the digits of number (in any notation) are a public helpline or emergency number."""
    return "".join(_GROUP_RE.findall(number)) in PUBLIC_NUMBERS


# The rest of a run of digit groups after a public number, matched where it starts ("(0800-0113" in
# "113 (0800-0113)"): the start is known, so no look-behind.
_REST_RE = re.compile(r"(?:\+[ \u00a0]?|\()?\d++(?:" + _SEP + r"\d++){0,10}")
# A calendar date at the start of a run: "29-11-2026 16:30", "2026-11-29 16:30", "12/04/2025 14.00".
# Written before a time it joins the time's digits into a run that reads as a phone number or a BSN,
# and a date with a time is when something happened, which a counsellor needs. (A date of birth is
# found by its context word, in find_birthdates.)
# Not when the digits go on after a separator: "06-12-2025-11" is a phone number.
_DATE_AT_START = re.compile(
    r"(?:(\d{1,2})([-/.])(\d{1,2})\2((?:19|20)\d\d)|((?:19|20)\d\d)-(\d\d)-(\d\d))(?![-/.]?\d)"
)


def _date_length(raw: str) -> int:
    """The length of a valid calendar date at the start of raw, or 0."""
    d = _DATE_AT_START.match(raw)
    if d is None:
        return 0
    if d.group(1) is not None:
        day, month = int(d.group(1)), int(d.group(3))
    else:
        day, month = int(d.group(7)), int(d.group(6))
    return d.end() if 1 <= day <= 31 and 1 <= month <= 12 else 0


def _after_public(raw: str, groups: list[tuple[int, int, str]]) -> int | None:
    """Where in raw the number after a leading public number starts, len(raw) when the public number
    is all of it, or None when the run does not start with one (or what follows it continues it)."""
    n = _public_run(raw, groups, 0)
    if n == 0:
        return None
    if n == len(groups):
        return len(raw)
    start, _end, g = groups[n]
    lead = raw[start - 1 : start]
    # What follows must start a number of its own ("0800-0113 06-12345678", "113 (0800-0113)");
    # "113 456 789" read as one is a BSN, not the suicide line and six digits.
    if g[0] == "0" or lead in ("(", "+") or _public_run(raw, groups, n):
        return start - 1 if lead in ("(", "+") else start
    return None


def find_numbers(text: str) -> list[Span]:
    spans: list[Span] = []
    m = NUMBER_RE.search(text)
    while m is not None:
        raw = m.group()
        if len(raw) < 8 and raw.isdecimal():  # one short number ("15", "2019"): nothing in it, go on after it
            m = NUMBER_RE.search(text, m.end())
            continue
        date = _date_length(raw) if raw[0] in "0123" or raw[:2] in ("19", "20") else 0
        if date:  # the date is no identifier; what follows it is judged on its own
            m = _REST_RE.search(text, m.start() + date)
            if m is not None:
                m = NUMBER_RE.search(text, m.start())
            continue
        groups = [(g.start(), g.end(), g.group()) for g in _GROUP_RE.finditer(raw)]
        # (most runs start with no public number's first digits: "06", "020", "1234")
        first = groups[0][2]
        public = first in _PUBLIC_PREFIXES or raw[0] == "+" or first.startswith("00")
        rest = _after_public(raw, groups) if public else None
        if rest is not None:  # a public number is kept; what follows it is judged on its own
            if rest == len(raw):
                m = NUMBER_RE.search(text, m.end())
            else:
                m = _REST_RE.match(text, m.start() + rest)
            continue
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
                # what stands before that group is judged on its own ("100000000 0478 12 34 56")
                head = _REST_RE.match(text, m.start(), pos)
                if head is not None and head.end() - head.start() >= 8:
                    head_span = _number_span(text, head, head.group(), [g for g in groups if g[1] < later[0]])
                    if head_span is not None:
                        spans.append(head_span)
            else:
                pos = m.end()
        m = NUMBER_RE.search(text, pos)
    return spans


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


# UK postcodes in full, outward and inward code: "BS7 9QT", "SW1A 1AA", "M1 1AE", "CR2 6XH". The area
# (one or two letters, never Q, V or X first, nor I, J or Z second), the district (a digit, two digits,
# or a digit and a letter), then the inward code: a digit and two letters that are never C, I, K, M, O
# or V. (The first letter comes before the look-behind so that the regex engine can skip ahead to it.)
_UK_POSTCODE = (
    r"[A-PR-UWYZ](?<![\w-].)(?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRVWXY\d]?)"
    r"([ \u00a0]?)\d([ABD-HJLNP-UW-Z]{2})(?![\w-])"
)
UK_POSTCODE_RE = re.compile(_UK_POSTCODE)
UK_POSTCODE_ANYCASE_RE = re.compile(_UK_POSTCODE, re.I)
# "PS5 1TB", "iPhone X 2GB": a size in bytes has the shape too, and needs the word postcode before it.
_BYTE_UNITS = frozenset("KB MB GB TB".split())
# In the shape of ASCII text (see shape.py) every inward code is "1AA"; in lower case "1aa".
_UK_INWARD_SHAPE = "1AA"
_UK_INWARD_SHAPE_LOWER = "1aa"


def find_uk_postcodes(text: str, shape: str | None = None, vocab: set[str] | None = None) -> list[Span]:
    """UK postcodes in capitals; in lower case only after the word postcode ("my post code is bs7 9qt")."""
    spans: list[Span] = []
    words = vocab is None or not vocab.isdisjoint(_POSTCODE_WORDS)
    upper = shape is None or _UK_INWARD_SHAPE in shape
    anycase = words and (shape is None or _UK_INWARD_SHAPE_LOWER in shape or upper)
    pattern = UK_POSTCODE_ANYCASE_RE if anycase else UK_POSTCODE_RE if upper else None
    for m in pattern.finditer(text) if pattern is not None else ():
        raw = m.group()
        context = words and _POSTCODE_CONTEXT.search(text, max(0, m.start() - 20), m.start()) is not None
        if not raw.isupper() and not context:
            continue
        if m.group(2).upper() in _BYTE_UNITS and not context:
            continue
        spans.append(Span(m.start(), m.end(), "postcode", 70))
    return spans


# Phone numbers said in words: "nul zes een twee drie ...", "oh six one two ...", "06 een twee ...".
_UNIT_WORDS = {
    "nul": 0, "een": 1, "één": 1, "eén": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
    "zeven": 7, "acht": 8, "negen": 9,
    "zero": 0, "oh": 0, "o": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
_TENS_NL = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
            "tachtig": 80, "negentig": 90}  # fmt: skip
_TENS_EN = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
            "ninety": 90}  # fmt: skip
_TEENS = {
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
    "zeventien": 17, "achttien": 18, "negentien": 19,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_NL_UNITS_1_9 = ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
# The value of each number word of one or two digits ("vierendertig", "tweeëntwintig": a unit, "en" and
# the tens).
_NUMBER_WORDS: dict[str, int] = {
    **_UNIT_WORDS,
    **_TEENS,
    **_TENS_NL,
    **_TENS_EN,
    **{
        u + ("ën" if u.endswith("e") else "en") + t: (i + 1) + v
        for i, u in enumerate(_NL_UNITS_1_9)
        for t, v in _TENS_NL.items()
    },
    **{u + "en" + t: (i + 1) + v for i, u in enumerate(_NL_UNITS_1_9) for t, v in _TENS_NL.items()},
}
# "double six", "dubbel nul": the next digit twice.
_REPEAT_WORDS = {"double": 2, "dubbel": 2, "dubbele": 2, "triple": 3}
SPOKEN_DIGIT_WORDS = frozenset(_NUMBER_WORDS) | frozenset(_REPEAT_WORDS)
# The words that make the test for a spoken number worth running at all: most messages hold "een" or
# "one", few any of the others.
SPOKEN_DIGIT_WORDS_RARE = SPOKEN_DIGIT_WORDS - frozenset("een one o oh ten elf".split())
_SPOKEN_ELEMENT = "(?:" + alternation(sorted(SPOKEN_DIGIT_WORDS)) + r"(?!\w)|\d++(?!\w))"
# Five or more number words or digit groups, with spaces, a comma, dot, dash or slash between them.
SPOKEN_NUMBER_RE = re.compile(
    r"(?<![\w-])(?:\+[ \u00a0]?)?" + _SPOKEN_ELEMENT
    + r"(?:[ \u00a0]*+[,.\-/]?+[ \u00a0]*+" + _SPOKEN_ELEMENT + r"){4,}",
    re.I,
)  # fmt: skip
_SPOKEN_PART_RE = re.compile(r"[^\W\d_]+|\d+")
_DIGIT_IN = re.compile(r"\d")


def _spoken_digits(raw: str) -> tuple[int, int, list[int]]:
    """How many digits a run of number words says, how many of its parts are words, and its values."""
    digits = words = 0
    values: list[int] = []
    repeat = 1
    for part in _SPOKEN_PART_RE.findall(raw.lower()):
        if part.isdigit():
            digits += len(part) * repeat
            values.append(int(part[:3]))
            repeat = 1
            continue
        words += 1
        times = _REPEAT_WORDS.get(part)
        if times is not None:
            repeat = times
            continue
        value = _NUMBER_WORDS.get(part, 0)
        digits += (1 if value < 10 else 2) * repeat
        values.append(value)
        repeat = 1
    return digits, words, values


def _counting(values: list[int]) -> bool:
    """One, two, three, ...: counting (up or down), not a number."""
    steps = {b - a for a, b in pairwise(values)}
    return steps == {1} or steps == {-1}


def _number_word(low: str) -> int:
    """How many number words a token is: 1, or its parts when joined by hyphens ("nul-zes-een"), or 0."""
    if low in SPOKEN_DIGIT_WORDS:
        return 1
    if "-" not in low:
        return 0
    parts = low.split("-")
    return len(parts) if all(p in SPOKEN_DIGIT_WORDS for p in parts) else 0


def find_spoken_numbers(text: str, toks: Tokens) -> list[Span]:
    """A phone number said in words, alone or with digits: nine or more digits in a run of number words.

    The pattern runs only over the stretches of text where three or more number words follow one another
    (digits and punctuation between them aside; two with digits): most texts with number words have
    them one at a time.
    """
    spans: list[Span] = []
    lows = toks.lows
    n = len(lows)
    i = 0
    while i < n:
        if not _number_word(lows[i]):
            i += 1
            continue
        j = i
        words = 0
        while j < n:
            k = _number_word(lows[j])
            if not k:
                break
            words += k
            j += 1
        start = toks.ends[i - 1] if i > 0 else 0
        end = toks.starts[j] if j < n else len(text)
        # two number words may do with digits around them ("06 12 34 56 zeven acht")
        if words >= 3 or (words == 2 and _DIGIT_IN.search(text, start, end) is not None):
            for m in SPOKEN_NUMBER_RE.finditer(text, start, end):
                digits, said, values = _spoken_digits(m.group())
                if digits >= 9 and said >= 2 and not _counting(values):
                    spans.append(Span(m.start(), m.end(), "phone", 79))
        i = j
    return spans
