"""The FAQ matcher answers the question asked, not a topic word: own phrasings (not from any
evaluation set) of near-misses that must get a person, and of plain questions in other words,
Flemish and chat spellings that must get their answer."""
from __future__ import annotations

import pytest

from handlers.faq import match

ANSWERED: list[tuple[str, str]] = [
    ("bellen jullie de flikken als ik eerlijk ben over wat ik keek", "police"),
    ("zullen jullie mij aangeven bij de politie", "police"),
    ("do you pass what i write on to the cops", "police"),
    ("hoe krijg ik die goesting onder controle", "coping_urges"),
    ("hoe kan ik die neiging bedwingen", "coping_urges"),
    ("bij wie kan ik terecht voor hulp met dit", "help_available"),
    ("where can i turn to for support with this", "help_available"),
    ("wnnr zijn jullie open", "opening_hours"),
    ("zijt gij in het weekend ook bereikbaar", "opening_hours"),
    ("where should i even begin", "what_now"),
    ("ik wil veranderen, maar waar moet ik nou beginnen", "what_now"),
    ("is het strafbaar om zulke gedachten te hebben", "police"),
]
ABSTAINS: list[str] = [
    "is het strafbaar om een 16-jarige een compliment te geven",
    "is it illegal to own drawings like that in belgium",
    "what happens after the police seize my phone",
    "wat gebeurt er bij een huiszoeking, nemen ze alles mee",
    "de huisarts heeft vorige week al gebeld met veilig thuis, hoe nu verder met mijn zoon",
    "kost een advocaat veel geld als ik word opgeroepen",
    "de chat laadt niet, doet het ding het wel",
    "the chat keeps crashing on my phone",
    "my husband and i are worried about our son's phone use",
    "kan ik anoniem blijven als ik iets meld over mijn collega",
    "ik droom nog steeds over vroeger, heeft iemand anders dat ook na de therapie",
    "hoe lang is de wachtlijst bij die kliniek, ik ben al aangemeld",
    "ik heb het mijn broer verteld en nu reageert hij niet meer",
]


@pytest.mark.parametrize(("text", "fid"), ANSWERED)
def test_question_in_other_words_is_answered(text: str, fid: str) -> None:
    got = match(text)
    assert got and got[0].id == fid, got


@pytest.mark.parametrize("text", ABSTAINS)
def test_near_miss_gets_a_person(text: str) -> None:
    assert match(text) == [], match(text)
