"""One tokenisation of a message, shared by the passes that look at words.

Every pass used to run its own word regex over the whole text (the vocabulary, the name finder twice);
now the words are found once, with their offsets, and the name finder reuses them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from itertools import accumulate, filterfalse

from .model import Span

# A word: letters, joined by apostrophes ("O'Neill", "m'n") or hyphens ("Jan-Willem").
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*(?:-[^\W\d_]+(?:['’][^\W\d_]+)*)*")
_SPLIT_RE = re.compile("(" + TOKEN_RE.pattern + ")")
# The vocabulary's words are letter runs: "m'n" gives "m" and "n", "Jan-Willem" gives "jan" and "willem".
_LETTERS_RE = re.compile(r"[^\W\d_]+")
# ASCII text: the letters stay, every other character becomes a space. A bytes table: bytes.translate
# is a plain table look-up, str.translate a dictionary look-up per character.
_ASCII_LETTER_BYTES = bytes(c if chr(c).isalpha() else 32 for c in range(128)) + b" " * 128

# Python lowers a capital sigma by its context: "ΟΔΟΣ" ends in "ς". Compiled by mypyc (setup.py),
# s.lower() lowers letter by letter before Python 3.13; called through this name it is Python's own.
_python_lower: Callable[[str], str] = str.lower


def lower(s: str) -> str:
    """s.lower(), the same compiled or not."""
    return _python_lower(s) if "Σ" in s else s.lower()


def _tokenise(text: str) -> tuple[list[str], list[int], list[int]]:
    """The words of text with their start and end offsets, as TOKEN_RE finds them."""
    if text.isascii():
        return _tokenise_ascii(text)
    parts = _SPLIT_RE.split(text)  # gap, word, gap, ..., word, gap
    offsets = list(accumulate(map(len, parts), initial=0))
    return parts[1::2], offsets[1:-1:2], offsets[2::2]


def _tokenise_ascii(text: str) -> tuple[list[str], list[int], list[int]]:
    """ASCII text (most messages) without the regex engine, which costs more here.

    With every character that is no letter made a space, str.split() gives the runs of letters, and
    each is found in turn (nothing before it can match: the text between runs is spaces). A word is
    such runs joined by single hyphens or apostrophes, so runs that one stands between are merged.
    """
    spaced = text.encode("ascii").translate(_ASCII_LETTER_BYTES).decode("ascii")
    words = spaced.split()
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    find = spaced.find
    for word in words:
        pos = find(word, pos)
        starts.append(pos)
        pos += len(word)
        ends.append(pos)
    if "-" in text or "'" in text:
        return _join_runs(text, words, starts, ends)
    return words, starts, ends


def _join_runs(
    text: str, words: list[str], starts: list[int], ends: list[int]
) -> tuple[list[str], list[int], list[int]]:
    """Merge the letter runs that only a single hyphen or apostrophe separates ("Jan-Willem", "m'n")."""
    joined: list[int] = []  # k: run k and run k + 1 are one word
    for joiner in "-'":
        pos = text.find(joiner)
        while pos >= 0:
            k = bisect_left(ends, pos)  # the run that ends right before the joiner, if any
            if k + 1 < len(words) and ends[k] == pos and starts[k + 1] == pos + 1:
                joined.append(k)
            pos = text.find(joiner, pos + 1)
    if not joined:
        return words, starts, ends
    joined.sort()
    # Rebuild the lists in one pass (editing them in place would cost time quadratic in the text).
    new_words: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    done = 0  # runs before this index are in the new lists
    i = 0
    while i < len(joined):
        first = last = joined[i]
        while i < len(joined) and joined[i] == last:  # "a-b-c": runs first..last+1 are one word
            last += 1
            i += 1
        new_words += words[done:first]
        new_starts += starts[done:first]
        new_ends += ends[done:first]
        new_words.append(text[starts[first] : ends[last]])
        new_starts.append(starts[first])
        new_ends.append(ends[last])
        done = last + 1
    new_words += words[done:]
    new_starts += starts[done:]
    new_ends += ends[done:]
    return new_words, new_starts, new_ends


class Tokens:
    """The words of a text with their offsets and lower-case forms."""

    __slots__ = ("_distinct", "ends", "joined", "lows", "starts", "text", "words")

    def __init__(self, text: str, tokenise: bool = True) -> None:
        self.text = text
        if not tokenise:  # for hide(), which fills in the words itself
            return
        self.words, self.starts, self.ends = _tokenise(text)
        # One lower() call for all words instead of one per word; lower-casing never makes a space.
        self.joined = lower(" ".join(self.words))  # the words in lower case, one space between them
        lows = self.joined.split(" ") if self.words else []
        if len(lows) != len(self.words):  # cannot happen, but never misalign
            lows = [lower(w) for w in self.words]
        self.lows: list[str] = lows
        self._distinct: set[str] | None = None

    def __len__(self) -> int:
        return len(self.words)

    @property
    def distinct(self) -> set[str]:
        """The set of lows, or a superset of it (made once; do not change it)."""
        if self._distinct is None:
            self._distinct = set(self.lows)
        return self._distinct

    def gap(self, i: int) -> str:
        """The text before word i (after word i - 1); gap(len(self)) is the text after the last word."""
        return self.text[self.ends[i - 1] if i > 0 else 0 : self.starts[i] if i < len(self.words) else None]

    def hide(self, masked: str, spans: Iterable[Span]) -> Tokens:
        """The tokens of `masked`: this text with the characters of `spans` replaced by non-letters.

        Only the stretch around each span is tokenised again. Hiding letters never joins two words, nor
        changes a word that the span does not touch, so the words between the stretches stay as they are.
        (The result has no `joined`; its `distinct` may hold words that hiding took away.)
        """
        n = len(self.words)
        # A span touches words lo..hi-1; its stretch runs from the end of word lo-1 to the start of word hi.
        # A span between two words (lo == hi) touches none: hiding it changes no word.
        touched = sorted(
            (lo, hi)
            for s in spans
            if (lo := bisect_right(self.ends, s.start)) < (hi := bisect_left(self.starts, s.end))
        )
        hidden = Tokens(masked, tokenise=False)
        hidden._distinct = self.distinct
        if not touched:
            hidden.words, hidden.starts, hidden.ends, hidden.lows = (
                self.words,
                self.starts,
                self.ends,
                self.lows,
            )
            return hidden
        stretches: list[list[int]] = []
        for lo, hi in touched:
            if stretches and lo <= stretches[-1][1]:  # they share the text between two words
                stretches[-1][1] = max(stretches[-1][1], hi)
            else:
                stretches.append([lo, hi])
        # The new lists in one pass: the words before each stretch, then the stretch tokenised again.
        words: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        lows: list[str] = []
        new_words: list[str] = []
        done = 0
        for lo, hi in stretches:
            words += self.words[done:lo]
            starts += self.starts[done:lo]
            ends += self.ends[done:lo]
            lows += self.lows[done:lo]
            a = self.ends[lo - 1] if lo > 0 else 0
            b = self.starts[hi] if hi < n else len(masked)
            for m in TOKEN_RE.finditer(masked, a, b):  # a stretch is short: the regex is cheapest here
                w = m.group()
                words.append(w)
                starts.append(m.start())
                ends.append(m.end())
                lows.append(lower(w))
                new_words.append(w)
            done = hi
        words += self.words[done:]
        starts += self.starts[done:]
        ends += self.ends[done:]
        lows += self.lows[done:]
        hidden.words, hidden.starts, hidden.ends, hidden.lows = words, starts, ends, lows
        if new_words:  # a word cut out of a longer one ("Jan" of "Jan@x.nl" is none, "Jan" of "Jan-06")
            hidden._distinct = self.distinct | {lower(x) for x in new_words}
        return hidden


def vocabulary(toks: Tokens) -> set[str]:
    """The distinct lower-case letter runs of the text, as `set(re.findall(r"[^\\W\\d_]+", text.lower()))`.

    Most words are letters only and are their own entry; the few others ("m'n", "Jan-Willem", an "İ"
    that lowers to "i" and a combining dot) are split the way the letter-run regex splits them.
    """
    if toks.joined.isascii():
        # ASCII words are letters, hyphens and apostrophes: only those with a joiner are no single run
        if "-" not in toks.joined and "'" not in toks.joined:
            return toks.distinct
    elif "Σ" in toks.text:
        # A capital sigma lowers by its context ("ΟΔΟΣ" ends in "ς"), which is not the same in the text
        # as in the words alone.
        return set(_LETTERS_RE.findall(lower(toks.text)))
    odd = list(filterfalse(str.isalpha, toks.distinct))
    if not odd:
        return toks.distinct  # shared, not copied: the vocabulary is only read
    vocab = set(toks.distinct)
    for w in odd:
        vocab.discard(w)
        vocab.update(_LETTERS_RE.findall(w))
    return vocab
