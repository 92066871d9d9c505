"""Identifier shapes the stripper once missed on messages written by other people.

Every example is written for this file, in its own words; each pattern has several forms so that a
rule, not a memorised string, has to catch them.
"""

from __future__ import annotations

import pytest

from handlers.scrub import scrub
from tests.scrub_helpers import assert_removed, assert_scrubs_in_linear_time

# (message, identifier that must go, kind it is reported as)
GONE = [
    # 1. Flemish schools and clubs, and the street or town that pins a workplace
    ("ik zit in het vijfde jaar op het Sint-Barbaracollege", "Sint-Barbaracollege", "organisation"),
    ("mijn zoon zit op het Heilig-Hartinstituut in de derde graad", "Heilig-Hartinstituut", "organisation"),
    ("zij gaf les op het Sint-Ursula-Instituut vroeger", "Sint-Ursula-Instituut", "organisation"),
    ("hij is jeugdtrainer bij KVC Westerlo sinds vorig jaar", "KVC Westerlo", "organisation"),
    ("mijn broer speelt bij KSK Ronse in de beloften", "KSK Ronse", "organisation"),
    ("de trainer van RSC Anderlecht U13 stuurt berichten", "RSC Anderlecht", "organisation"),
    ("ik voetbal bij KAA Gent en de keeper doet raar", "KAA Gent", "organisation"),
    ("Groeten,\nEls\nCLB Brugge-Oost", "CLB Brugge-Oost", "organisation"),
    ("ik werk bij de Lidl aan de Stationsstraat en een klant", "Stationsstraat", "address"),
    ("ze werkt bij de Aldi aan de Kortrijksesteenweg", "Kortrijksesteenweg", "address"),
    ("ik werk bij de Jumbo aan de Hoofdweg, mijn baas", "Hoofdweg", "address"),
    # 2. obfuscated e-mail addresses
    ("mail me: kees punt van dam at gmail punt com", "kees punt van dam at gmail punt com", "email"),
    (
        "mijn adres is lotte punt de graaf at outlook punt nl",
        "lotte punt de graaf at outlook punt nl",
        "email",
    ),
    ("write to sam.k(at)yahoo(dot)com please", "sam.k(at)yahoo(dot)com", "email"),
    ("mail naar an.de.smet(at)telenet(dot)be", "an.de.smet(at)telenet(dot)be", "email"),
    ("stuur het naar joost.b [at] ziggo [dot] nl", "joost.b [at] ziggo [dot] nl", "email"),
    ("contact me at rob.h(at)proton(dot)me if you can", "rob.h(at)proton(dot)me", "email"),
    ("mail mij at lien.v(at)telenet(dot)be aub", "lien.v(at)telenet(dot)be", "email"),
    # 3. surnames with an apostrophe
    ("Cheers,\nLiam O'Connor", "Liam O'Connor", "name"),
    ("Best wishes,\nNiamh O'Sullivan", "Niamh O'Sullivan", "name"),
    ("I spoke with Conor O'Donnell yesterday", "Conor O'Donnell", "name"),
    ("Groetjes,\nMarie D'Haese", "Marie D'Haese", "name"),
    # 4. addresses: words before the street, house-number suffixes, no "op de"
    ("stuur het naar Lindelaan 9 huis, 2011 AB Haarlem", "Lindelaan 9 huis", "address"),
    ("hij woont Prins Hendrikstraat 40 in Den Haag", "Prins Hendrikstraat 40", "address"),
    ("adres Burgemeester Visserstraat 3 te Zeist", "Burgemeester Visserstraat 3", "address"),
    ("ik woon op de Koningin Wilhelminalaan 71", "Koningin Wilhelminalaan 71", "address"),
    ("we wonen op de Eerste Oosterparkstraat 88-III", "Eerste Oosterparkstraat 88-III", "address"),
    ("ons huis is Derde Hugo de Grootstraat 5 hs", "Derde Hugo de Grootstraat 5 hs", "address"),
    ("ik woon op de Dorpsstraat 12-bis", "Dorpsstraat 12-bis", "address"),
    ("adres: Vondelstraat 14 A", "Vondelstraat 14 A", "address"),
    ("ik woon op de Meir 20 bus 4 in Antwerpen", "Meir 20 bus 4", "address"),
    ("het is Kapelstraat 7-1, derde bel", "Kapelstraat 7-1", "address"),
    # 5. licence plates in lower case or without "kenteken" just before
    ("de auto was een grijze golf, nummer gezien: gf-218-k", "gf-218-k", "plate"),
    ("zijn busje heeft plaat vn-47-zx denk ik", "vn-47-zx", "plate"),
    ("hij reed weg in een auto met 4-kpt-92 erop", "4-kpt-92", "plate"),
    ("de wagen: 52-xhr-1, zwart", "52-xhr-1", "plate"),
    # 6. English names that are words, at sentence start with name context
    ("Grace from my class keeps sending me pictures", "Grace", "name"),
    ("Rose from work asked me to delete the chat", "Rose", "name"),
    ("Bill from the swimming club said it was normal", "Bill", "name"),
    # 7. Belgian postcode and city
    ("ik woon in de Veldstraat 3, 8500 Kortrijk", "8500", "postcode"),
    ("het is in 3000 Leuven bij de markt", "3000", "postcode"),
    ("mijn adres is Hoogstraat 2, 2800 Mechelen", "2800", "postcode"),
    # 8. a bracketed BSN keeps its brackets outside
    ("mijn bsn (111222333) staat op de brief", "111222333", "bsn"),
]


@pytest.mark.parametrize(("text", "identifier", "kind"), GONE)
def test_identifier_is_removed(text: str, identifier: str, kind: str) -> None:
    assert_removed(text, identifier, kind)


# (message, what a counsellor needs that must survive, what must go)
KEEPS = [
    ("juf Marloes zei dat ik het niet mocht vertellen", "juf ", "Marloes"),
    ("meester Bram is heel aardig maar", "meester ", "Bram"),
    ("coach Dennis stuurt me 's nachts berichten", "coach ", "Dennis"),
    ("mijn tante Ingrid weet het ook", "tante ", "Ingrid"),
    ("oom Ruud kwam elke zondag", "oom ", "Ruud"),
    ("we zijn verhuisd, we wonen nu in Ede sinds vorig jaar", "Ede", ""),
    ("ik logeer vaak bij Wessel thuis", "bij ", "Wessel"),
    ("hij woont in Ede en ik in Veenendaal", "Ede", ""),
    ("mijn bsn (111222333) staat op de brief", "(", "111222333"),
    ("ik werk bij de Albert Heijn in Zwolle", "Zwolle", ""),
    ("in 2009 Gent bezocht? nee", "2009", ""),
    ("Mark my words, this is serious", "Mark my words", ""),
    ("the plate on his bike was broken", "the plate on his bike was broken", ""),
]


@pytest.mark.parametrize(("text", "kept", "gone"), KEEPS)
def test_counsellor_context_is_kept(text: str, kept: str, gone: str) -> None:
    out = scrub(text).text
    assert kept in out, out
    if gone:
        assert gone not in out, out


HOSTILE = [
    "Sint-" * 200_000,
    "KSV " * 250_000,
    "a punt " * 140_000,
    "x(at)y(dot)" * 90_000,
    "me at a.b " * 100_000,
    "O'" * 500_000,
    "Straat 1 huis " * 70_000,
    "ab-12-c " * 120_000,
    "9000 Gent " * 100_000,
    "Prinses " * 125_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=lambda t: repr(t[:12]))
def test_hostile_text_for_the_new_rules_is_linear(text: str) -> None:
    assert_scrubs_in_linear_time(text)
