"""A cheap Dutch-or-English guess for choosing the placeholder words."""

from __future__ import annotations

import re

_WORD_RE = re.compile(r"[a-z']+")
_NL = frozenset(
    "de het een ik je jij niet en van dat die met op voor mijn zijn maar wat hoe wil heb ben ook naar om "
    "er ze "
    "hij zij wij kan kunnen moet geen dan als nog wel bij aan uit over mij jullie graag hallo hoi goed weet "
    "zit heeft hebben was werd wordt mag zou dit deze waar wie".split()
)
_EN = frozenset(
    "the a an i you not and of that this with on for my his her but what how want have am are also to it "
    "they "
    "he she we can could should no than if still at from about your please hello hi i'm im don't was were "
    "would will do does did been has had who where when there".split()
)


def guess_from_vocab(vocab: set[str], default: str = "nl") -> str:
    """The same guess from the set of lower-case words of a text (distinct words, not counts)."""
    nl = len(vocab & _NL)
    en = len(vocab & _EN)
    return "en" if en > nl else "nl" if nl > en else default


def guess(text: str, default: str = "nl") -> str:
    nl = en = 0
    for i, m in enumerate(_WORD_RE.finditer(text[:3000].lower())):
        w = m.group()
        nl += w in _NL
        en += w in _EN
        if i > 300:
            break
    if en > nl:
        return "en"
    if nl > en:
        return "nl"
    return default


FUNCTION_WORDS = _NL | _EN
