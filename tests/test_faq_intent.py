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


# Classes found missing on a held-out set, in our own words: (text, acceptable ids).
MORE_ANSWERED: list[tuple[str, set[str]]] = [
    ("kan ik ergens therapie krijgen zonder dat ik zeg wie ik ben", {"help_available", "anonymity"}),
    ("can i get treatment somewhere without giving my name", {"help_available", "anonymity"}),
    ("komen mijn gegevens in een systeem terecht als ik hier schrijf", {"anonymity"}),
    ("does my name end up in some database if i chat here", {"anonymity"}),
    ("kan mijn man zien dat ik hier geweest ben", {"anonymity"}),
    ("will my girlfriend find out i wrote to you", {"anonymity"}),
    ("worden mijn berichten na een tijdje verwijderd?", {"anonymity"}),
    ("are my messages deleted after the chat", {"anonymity"}),
    ("ik heb het gevoel dat ze ooit alsnog komen, elke keer als er aangebeld wordt schrik ik. is die kans"
     " groot?", {"police"}),
    ("ben ik nou echt slecht", {"bad_person"}),
    ("am i evil for thinking this", {"bad_person"}),
    ("i'm a horrible person aren't i", {"bad_person"}),
    ("ik voel me zo'n afschuwelijk mens", {"bad_person"}),
    ("how do i learn to live with these urges", {"coping_urges"}),
    ("hoe leer ik omgaan met die drang", {"coping_urges"}),
    ("what can i do to not give in when it gets bad", {"coping_urges"}),
    ("wat kan ik doen om sterk te blijven als ik alleen thuis ben", {"coping_urges"}),
    ("wat moet ik dan", {"what_now"}),
    ("what's the first thing i should do", {"what_now"}),
    ("wat is de eerste stap", {"what_now"}),
    ("ik val op meisjes van 13, heet dat pedofilie?", {"am_i_paedophile"}),
    ("does that count as being a pedophile", {"am_i_paedophile"}),
    ("zijn er pillen tegen deze gedachten", {"feelings_go_away"}),
    ("is there medication for these urges", {"feelings_go_away"}),
    ("kun je die gevoelens wegtrainen", {"feelings_go_away"}),
    ("zal dit ooit minder worden", {"feelings_go_away"}),
    ("is er therapie waardoor het verdwijnt", {"feelings_go_away"}),
    ("ik zoek een therapeut die hier ervaring mee heeft", {"help_available"}),
    ("looking for a therapist who knows about this", {"help_available"}),
    ("mijn psycholoog stopt ermee, waar moet ik nu heen?", {"counsellor_stops", "help_available"}),
    ("mijn huisarts gaat me toch niet aangeven?", {"gp_report"}),
    ("als ik het de dokter vertel, wat doet hij dan met die informatie?", {"gp_report"}),
    ("how do i come out to my wife about this", {"tell_partner"}),
    ("mijn vrouw merkt dat er iets is. ik wil het haar vertellen maar weet niet hoe", {"tell_partner"}),
    ("mijn begeleider wil me overdragen aan iemand anders, mag dat", {"counsellor_stops"}),
    ("my counsellor said she can't help me any further", {"counsellor_stops"}),
    ("wat als mijn therapeut me laat vallen", {"counsellor_stops"}),
    ("Beste,\n\nIk ben al een jaar in behandeling bij de GGZ voor angst. Vorige maand vertelde ik mijn "
     "therapeut eindelijk waar mijn gedachten echt over gaan. Sindsdien is het contact stroef en ze "
     "heeft het over een andere plek. Wat als ze echt stopt?\n\nGroet", {"counsellor_stops"}),
    ("zit er op zondag iemand achter de chat", {"opening_hours"}),
    ("is er vanavond nog iemand?", {"opening_hours"}),
    ("do you know if you're open on christmas eve", {"opening_hours"}),
    ("kan ik op zondag ook bij jullie terecht", {"opening_hours"}),
    ("tot hoe laat kan ik jullie bereiken", {"opening_hours"}),
    ("ik ben als kind misbruikt en nu heb ik zelf zulke gedachten, zijn er meer mensen zoals ik?",
     {"am_i_alone"}),
    ("Someone wrote an article calling people like me monsters. Am I one?", {"bad_person"}),
]
# Near-misses of those classes: another question, someone else's situation, a writer's own files.
MORE_ABSTAINS: list[str] = [
    "ik schrijf een artikel over jullie werk, mag ik iemand interviewen?",
    "hello is anyone there",
    "how do i start therapy, my wife supports me",
    "is it really deleted if i empty the recycle bin on my laptop",
    "ik heb alles van mijn computer gewist, is het dan echt weg?",
    "mijn zoon is misbruikt door een trainer, waar kan hij terecht",
    "ik ben als kind misbruikt en heb nog steeds nachtmerries, gaan die ooit weg",
    "I was abused by my uncle as a child, is it normal to still feel angry",
    "ik ben leerkracht, een leerling vertelde iets over thuis, moet ik dit melden?",
]
# Second answers that would only repeat or contradict the first.
MORE_EXACT: list[tuple[str, list[str]]] = [
    ("moet ik stoppen met mijn studie? kan ik later nog een normaal leven hebben", ["future"]),
    ("i can't stop thinking about it, am i a bad person", ["bad_person"]),
    ("my therapist won't see me anymore, what now", ["counsellor_stops"]),
    ("who at your end can read my messages, and do they stay on a server forever?", ["anonymity"]),
    ("mijn vrouw ziet alle afschriften, komen er kosten op mijn rekening?", ["costs"]),
    ("ziet mijn man dit op de telefoonrekening?", ["anonymity"]),
]


@pytest.mark.parametrize(("text", "ok"), MORE_ANSWERED)
def test_more_question_classes_are_answered(text: str, ok: set[str]) -> None:
    got = [m.id for m in match(text)]
    assert got and set(got) <= ok, got


@pytest.mark.parametrize("text", MORE_ABSTAINS)
def test_more_near_misses_get_a_person(text: str) -> None:
    assert match(text) == [], match(text)


@pytest.mark.parametrize(("text", "ids"), MORE_EXACT)
def test_no_second_answer_that_does_not_fit(text: str, ids: list[str]) -> None:
    assert [m.id for m in match(text)] == ids


def test_dictionary_words_are_not_corrected_into_key_words() -> None:
    from handlers.normalise import normalise

    assert normalise("ik heb gelezen dat ik vermoed") == "ik heb gelezen dat ik vermoed"
    assert normalise("he was beaten, I thought") == "he was beaten i thought"
    assert normalise("mijn vrienden") == "mijn vrienden"
    assert normalise("polietie") == "politie"
