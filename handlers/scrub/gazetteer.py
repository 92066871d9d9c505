"""Word lists shipped in handlers/data, read once at import (see handlers/data/SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


def _load(name: str) -> frozenset[str]:
    with open(DATA / name, encoding="utf-8") as fh:
        return frozenset(line.rstrip("\n") for line in fh if line[:1] not in ("#", "\n", ""))


FIRST_NAMES = _load("first_names.txt")
AMBIGUOUS_FIRST_NAMES = _load("ambiguous_first_names.txt")
SURNAMES = _load("surnames.txt")
COMMON_WORDS = _load("common_words.txt")
PLACES = _load("places.txt")

# Never a person: platforms, places of help, months and days. Lower case.
KEEP_WORDS = frozenset(
    """
    snapchat snap instagram insta tiktok discord telegram whatsapp signal facebook messenger twitter youtube
    reddit roblox minecraft fortnite twitch kik omegle tinder grindr linkedin google apple microsoft skype
    steam xbox playstation wickr threema session teams zoom
    politie police ggd ggz om veilig thuis huisarts waag stop now fier jeugdzorg reclassering
    januari februari maart april mei juni juli augustus september oktober november december
    january february march may june july august october
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    monday tuesday wednesday thursday friday saturday sunday
    god jezus allah christus nederland belgie belgië vlaanderen holland europa
    """.split()
)

PARTICLES = frozenset(
    "van de der den het ten ter te op in 't vd v/d la le el al von di da du d' ben bin ibn abu".split()
)
