"""The urgency gate: indirect phrasings are caught, vague or past worries are not."""
from __future__ import annotations

import pytest

from handlers.urgency import Assessment, assess


@pytest.mark.parametrize(("text", "reason"), [
    ("het liefst zou ik er gewoon niet meer zijn", "suicide"),
    ("ik wil er niet meer zijn", "suicide"),
    ("liever dood dan dit", "suicide"),
    ("I don't see the point anymore", "suicide"),
    ("i just want it all to end, i want to end it", "suicide"),
    ("dit is mijn laatste bericht aan jullie", "suicide"),
    ("ik zie geen uitweg meer", "suicide"),
    ("vanavond heb ik met haar afgesproken", "about_to_act"),
    ("my neighbour's kid is staying over tonight and I don't trust myself", "about_to_act"),
    ("ik moet vannacht oppassen op mijn neefje en ik ben bang voor mezelf", "about_to_act"),
    ("ik sta nu bij de speeltuin en ik weet niet wat ik hier doe", "about_to_act"),
    ("mijn stiefvader doet het nog steeds", "abuse_now"),
    ("my brother is alone with my little girl right now and I found pictures on his laptop",
     "child_in_danger"),
])
def test_acute_risk_is_flagged_with_its_reason(text: str, reason: str) -> None:
    a = assess(text)
    assert isinstance(a, Assessment)
    assert a.urgent and reason in a.reasons, a


@pytest.mark.parametrize("text", [
    "ik ben bang dat ik ooit iets doe",
    "komt de politie langs voor wat ik vroeger gekeken heb?",
    "what would happen if the police found my old laptop",
    "stel dat de politie ooit aanbelt, wat dan",
    "ik ben doodsbang om het mijn vrouw te vertellen",
    "ik heb met mijn psycholoog afgesproken dat ik jullie zou mailen",
    "hoe ga ik om met de drang als ik me verveel",
    "gaan deze gevoelens ooit weg",
    "",
])
def test_not_acute(text: str) -> None:
    assert assess(text) == Assessment(False, ())


def test_placeholders_do_not_hide_risk() -> None:
    a = assess("ik ben [naam 1] en ik wil er een eind aan maken, bel [telefoonnummer 1]")
    assert a.urgent and a.reasons == ("suicide",)


def test_several_reasons_are_all_named() -> None:
    a = assess("ik heb vanavond afgesproken met een meisje van 13 en daarna wil ik er niet meer zijn")
    assert set(a.reasons) == {"about_to_act", "suicide"}
