"""Cheap views of an ASCII message for the quick tests that decide which patterns to run at all.

A regex search that starts with a character class ("a digit", "a letter") costs the regex engine a
test per character of the message; one that starts with a fixed character skips ahead to it almost
for free, and so do `in`, `find` and `count`. In the shape of a message every digit is "1", every
lower-case letter "a" and every capital "A", so that "a digit, spaces, a capital" becomes the search
for "1 A". Only ASCII text has a shape: there the classes are exactly the ASCII ones, which is what
`\\d`, `[A-Za-z]` and `[A-Z]` match in it. Other text takes the full patterns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def _table(mapping: dict[int, int]) -> bytes:
    return bytes(mapping.get(c, c) for c in range(256))


_SHAPE = _table(
    {c: ord("1") for c in b"0123456789"}
    | {c: ord("a") for c in b"abcdefghijklmnopqrstuvwxyz"}
    | {c: ord("A") for c in b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
)
_LOWER_DIGITS = _table(
    {c: ord("1") for c in b"0123456789"} | {c: c + 32 for c in b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
)


def shape(text: str) -> str | None:
    """The text with "1" for a digit, "a" for a lower-case and "A" for a capital letter; None if not ASCII."""
    if not text.isascii():
        return None
    return text.encode("ascii").translate(_SHAPE).decode("ascii")


def lower_digits(text: str) -> str:
    """ASCII text in lower case with "1" for every digit."""
    return text.encode("ascii").translate(_LOWER_DIGITS).decode("ascii")


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> list[re.Match[str]]:
    """pattern.finditer(text), for a pattern that can only match at one of starts (in order).

    finditer tries every position of the text; this tries only the given ones, and skips, as finditer
    does, those inside a match already made.
    """
    matches = []
    end = 0
    for pos in starts:
        if pos >= end and (m := pattern.match(text, pos)):
            matches.append(m)
            end = m.end()
    return matches
