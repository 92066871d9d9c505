"""The stripper's shortcuts give what the plain patterns give.

handlers/scrub finds words once and patches them instead of tokenising again, tests ASCII text with
string operations instead of regexes, and skips patterns that cheap tests rule out. Each shortcut is
checked here against the plain way on random text built from the characters it cares about.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from handlers.scrub.core import _masked
from handlers.scrub.model import Span
from handlers.scrub.tokens import TOKEN_RE, Tokens, vocabulary

# Letters, joiners, separators, a digit, characters that lower-case oddly ("İ", "Σ") and one that only
# Unicode counts as white space ("\x1c"): words are what these make tricky.
WORDISH = st.text(alphabet=st.sampled_from(list("abAB -'’\n.,1_İΣσé\x1c\x00")), max_size=40)


def _plain(text: str) -> tuple[list[str], list[int], list[int], list[str]]:
    ms = list(TOKEN_RE.finditer(text))
    return (
        [m.group() for m in ms],
        [m.start() for m in ms],
        [m.end() for m in ms],
        [m.group().lower() for m in ms],
    )


def _words(toks: Tokens) -> tuple[list[str], list[int], list[int], list[str]]:
    return toks.words, toks.starts, toks.ends, toks.lows


@settings(max_examples=500, deadline=None)
@given(text=WORDISH)
def test_words_are_those_of_the_word_pattern(text: str) -> None:
    toks = Tokens(text)
    assert _words(toks) == _plain(text)
    assert vocabulary(toks) == set(re.findall(r"[^\W\d_]+", text.lower()))
    for i in range(len(toks) + 1):
        assert toks.gap(i) == text[toks.ends[i - 1] if i else 0 : toks.starts[i] if i < len(toks) else None]


@settings(max_examples=500, deadline=None)
@given(text=WORDISH, cuts=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 8)), max_size=4))
def test_hiding_spans_patches_the_words_as_tokenising_again_would(
    text: str, cuts: list[tuple[int, int]]
) -> None:
    spans = [Span(min(a, len(text)), min(a + n, len(text)), "x", 1) for a, n in cuts]
    masked = _masked(text, spans)
    hidden = Tokens(text).hide(masked, spans)
    assert _words(hidden) == _plain(masked)
    assert set(hidden.lows) <= hidden.distinct
