"""Language detection (Dutch or English) for choosing the answer language.

Counts function words, which every message has and which rarely collide between the two
languages; Flemish forms count as Dutch. Scrubber placeholders ("[name 1]") are ignored, so a
Dutch message with an English placeholder stays Dutch. A tie keeps the default.
"""
from __future__ import annotations

from handlers.normalise import normalise

_NL = frozenset(
    "de het een ik je jij niet en van dat die met op voor mijn zijn maar wat hoe wil heb ben ook naar om "
    "er ze hij zij wij kan kun kunnen moet geen dan als nog wel bij aan uit over mij me jullie graag hallo "
    "hoi goed weet zit heeft hebben was werd wordt mag zou dit deze waar wie wanneer waarom welke iemand "
    "niemand iets niets zo echt gewoon eigenlijk hier daar nu toch al alleen ooit steeds vaak mezelf "
    "ge gij da wa nie allez amai ne keer kzou kben kheb ofzo hulp gevoelens gedachten vriendin "
    "groet groetjes beste bedankt dank alvast vriendelijke hartelijke geachte goedemorgen goedemiddag "
    "goedenavond zijn is".split()
)
_EN = frozenset(
    "the a an i you not and of that this with on for my his her but what how want have am are also to it "
    "they he she we can could should no than if still at from about your please hello hi im dont cant "
    "wont was were would will do does did been has had who where when there why which anyone someone "
    "something nothing so really just here now already only ever always myself me these those feel "
    "feelings thoughts thanks thank regards dear best wishes kind sincerely help like get is".split()
)
# Words that are the same in both lists decide nothing.
_SHARED = _NL & _EN


def scores(text: str) -> tuple[int, int]:
    nl = en = 0
    for word in normalise(text).split():
        if word in _SHARED:
            continue
        nl += word in _NL
        en += word in _EN
    return nl, en


def detect(text: str, default: str = "nl") -> str:
    """"nl" or "en"; `default` when the text gives no clear sign (too short, or mixed evenly)."""
    nl, en = scores(text)
    if nl == en:
        return default if default in ("nl", "en") else "nl"
    return "nl" if nl > en else "en"
