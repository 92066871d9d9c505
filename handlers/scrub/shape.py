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


def alternation(words: Iterable[str]) -> str:
    """A regex that matches any of words, as a tree of their common beginnings.

    The regex engine tries the branches of "a|b|c" one after another; in "s(?:chool|couting)" one test
    of the first letter rules out both, which matters for the long word lists tried at many places.
    """
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _branches(tree)


def _branches(node: dict[str, dict]) -> str:
    ends_here = "" in node
    parts = [re.escape(ch) + _branches(rest) for ch, rest in sorted(node.items()) if ch]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 and not ends_here else "(?:" + "|".join(parts) + ")"
    return body + "?" if ends_here else body


def keyword_matches(pattern: re.Pattern[str], text: str, keys: list[str]) -> list[re.Match[str]]:
    """pattern.finditer(text), for a pattern whose every match starts with one of keys in any case.

    In ASCII text the keys are found with str.find and the pattern is tried only there, instead of
    the regex engine trying it at every position. (In other text a case-insensitive match need not be a
    lower-case one, so it runs finditer.)
    """
    if not text.isascii():
        return list(pattern.finditer(text))
    lower = text.lower()
    starts = set()
    for key in keys:
        pos = lower.find(key)
        while pos >= 0:
            starts.add(pos)
            pos = lower.find(key, pos + 1)
    return matches_at(pattern, text, sorted(starts))
