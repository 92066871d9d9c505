"""Language detection for the answer language."""
from __future__ import annotations

import pytest

from handlers.language import detect


@pytest.mark.parametrize(("text", "lang"), [
    ("hoe laat zijn jullie er vanavond", "nl"),
    ("is t gratis", "nl"),
    ("zijt gij ook in het weekend bereikbaar", "nl"),
    ("Does it cost anything to talk to you?", "en"),
    ("am i the only one", "en"),
    ("sorry voor mijn nederlands, ik wil iets vertellen but it's really hard", "nl"),
    ("hi [naam 1] here, is this anonymous?", "en"),
    ("hoi, ik ben [name 1], is dit anoniem?", "nl"),
])
def test_detect(text: str, lang: str) -> None:
    assert detect(text) == lang


def test_no_signal_keeps_the_default() -> None:
    assert detect("") == "nl"
    assert detect("ok", default="en") == "en"
    assert detect("[naam 1]", default="en") == "en"
    assert detect("???", default="xx") == "nl"
