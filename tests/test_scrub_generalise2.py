"""Identifier shapes from a second blind set, written fresh for this file in several styles.

Chat, e-mail, Flemish, English, typos and all-lower-case messages. Each kind has several forms so
that a rule (a class of words, a context cue, a type word) has to catch them, not a memorised string.
The KEEPS say what a counsellor must still read: over-scrubbing ordinary words is a regression too.
"""

from __future__ import annotations

import pytest

from handlers.scrub import scrub
from tests.scrub_helpers import assert_removed, assert_scrubs_in_linear_time

# (message, identifier that must go, kinds it may be reported as)
GONE = [
    # 1. a first name that is also a word, at the start of a sentence, with a person around it
    ("Peter zei dat ik niemand iets mocht vertellen.", "Peter", "name"),
    ("Jack sends me messages every night and I don't answer.", "Jack", "name"),
    ("Rob heeft fotos van mij gemaakt toen ik sliep", "Rob", "name"),
    ("Mark is mijn stiefvader en hij drinkt veel", "Mark", "name"),
    ("Will is my stepdad and he scares me", "Will", "name"),
    ("Roos is mijn nichtje van 9.", "Roos", "name"),
    ("Bas wil dat ik bij hem kom slapen", "Bas", "name"),
    ("Peter, mijn oom, komt elk weekend logeren", "Peter", "name"),
    ("Jack zegt dat het ons geheimpje is", "Jack", "name"),
    ("Hallo. Mark zei dat jullie konden helpen.", "Mark", "name"),
    ("Rob and I work at the same warehouse.", "Rob", "name"),
    ("Bas en ik zijn neven van elkaar", "Bas", "name"),
    # 2. all-lower-case chat: a name after a cue
    ("ik ben jan en ik heb een vraag", "jan", "name"),
    ("mn buurman piet doet raar tegen mij", "piet", "name"),
    ("mijn oom kees stuurt me dingen", "kees", "name"),
    ("mijn vriendin sanne zegt dat ik moet bellen", "sanne", "name"),
    ("hoi ik heet piet en ben 15", "piet", "name"),
    ("mijn stiefvader heet kees", "kees", "name"),
    ("me broer jan weet het niet", "jan", "name"),
    ("ik sprak met sanne over wat er gebeurde", "sanne", "name"),
    # 3. churches, pubs, clubs, wards, care homes
    ("we gaan elke zondag naar de Pelgrimskerk", "Pelgrimskerk", "organisation"),
    ("hij is koster in de Emmauskerk in onze wijk", "Emmauskerk", "organisation"),
    ("ik zit vaak in café De Gouden Leeuw na het werk", "De Gouden Leeuw", "organisation"),
    ("we hingen altijd rond in café 't Hoekje", "'t Hoekje", "organisation"),
    ("hij tapt bier in kroeg De Blauwe Druif", "De Blauwe Druif", "organisation"),
    ("mijn zoon voetbalt bij RKSV Nuenen", "RKSV Nuenen", "organisation"),
    pytest.param(
        "hij is trainer bij VVSB in de jeugd",
        "VVSB",
        "organisation",
        marks=pytest.mark.xfail(reason="a club known only by its acronym, no type word", strict=True),
    ),
    ("she volunteers at St. Anne's on Sundays", "St. Anne's", "organisation"),
    ("I met him through St. Mary's youth group", "St. Mary's", "organisation"),
    ("hij werkt in het Lindenhof Medical Centre als verpleger", "Lindenhof Medical Centre", "organisation"),
    ("ze ligt op afdeling B2-Oost sinds dinsdag", "B2-Oost", "organisation"),
    ("hij werkt op afdeling C3 van het ziekenhuis", "C3", "organisation"),
    # (a second round, written after the rules above and scored blind: 29 of 30 went, 14 of 15 stayed)
    ("ze ligt op afdeling 4 Noord", "4 Noord", "organisation"),
    ("Hoi daar. Sanne zei dat ik jullie moest mailen", "Sanne", "name"),
    ("Jack, my neighbour, keeps looking at my son", "Jack", "name"),
    ("mn zusje roos is 8", "roos", "name"),
    ("ik ben bas, 17", "bas", "name"),
    ("hij zit elke avond in café Het Wapen", "Het Wapen", "organisation"),
    ("she's a nurse at Meadowbank Hospital", "Meadowbank Hospital", "organisation"),
    ("we went to St. Joseph's until year six", "St. Joseph's", "organisation"),
    ("zijn steam naam is Red Baron 22", "Red Baron 22", "username"),
    ("reddit u/sadpanda_nl stuurt dms", "u/sadpanda_nl", "username"),
    ("ze is 6-7-'11 geboren", "6-7-'11", "birthdate"),
    ("born 3rd of May '08", "3rd of May '08", "birthdate"),
    ("mijn opa woont in zorgcentrum De Linde", "De Linde", "organisation"),
    ("ze werkt in verpleeghuis Het Anker, nachtdienst", "Het Anker", "organisation"),
    ("I work nights at Oakwood Care Home", "Oakwood Care Home", "organisation"),
    ("he coaches at Riverside Football Club on Saturdays", "Riverside", "organisation"),
    ("hij is vrijwilliger in woonzorgcentrum Sint-Elisabeth", "Sint-Elisabeth", "organisation"),
    ("ze werkt in het Wilhelmina Kinderziekenhuis", "Wilhelmina Kinderziekenhuis", "organisation"),
    ("mijn moeder ligt in het Sint Franciscus Gasthuis", "Franciscus Gasthuis", "organisation"),
    ("hij zit in de raad van de Bethelkerk", "Bethelkerk", "organisation"),
    # 4. usernames with spaces, handle forms and platform cues
    ("hij zit op reddit als u/quietnight", "u/quietnight", "username"),
    ("zijn insta is jan.b_2009", "jan.b_2009", "username"),
    ("discord naam: Kevin 1234", "Kevin 1234", "username"),
    ("tiktok @lotte.dance post filmpjes van kids", "@lotte.dance", "username"),
    ("mijn gamertag is DarkWolf maar niemand weet dat", "DarkWolf", "username"),
    ("zijn gamertag is Sneaky Fox 77", "Sneaky Fox 77", "username"),
    ("op snap heet hij mo.azz", "mo.azz", "username"),
    ("add me on snap: milo_b", "milo_b", "username"),
    ("his discord is nightowl btw", "nightowl", "username"),
    ("ze heeft me op insta toegevoegd als sanne_xo", "sanne_xo", "username"),
    ("zn tiktok is dansmeisje09", "dansmeisje09", "username"),
    ("my xbox gamertag: Silent Hawk", "Silent Hawk", "username"),
    # 5. dates of birth with a short year or the cue after
    ("mijn dochter is geboren 2 april '08", "2 april '08", "birthdate"),
    ("ze is op 3-4-09 geboren", "3-4-09", "birthdate"),
    ("geb. 02/04/'08, woonachtig in Tilburg", "02/04/'08", "birthdate"),
    ("born on 12 june '09 in Leeds", "12 june '09", "birthdate"),
    ("DOB 02/04/'08", "02/04/'08", "birthdate"),
    ("geboortedatum 15-8-'06", "15-8-'06", "birthdate"),
    ("hij is geboren op 7 okt. 2010", "7 okt. 2010", "birthdate"),
    ("mijn zoon (geb 4 mei '12) heeft adhd", "4 mei '12", "birthdate"),
    ("verjaardag: 5 maart '07", "5 maart '07", "birthdate"),
    ("she was born 14/02/'10", "14/02/'10", "birthdate"),
    # 6. other names in mixed styles
    ("Groetjes, Jack", "Jack", "name"),
    ("liefs, roos", "roos", "name"),
    ("ok dank je. groetjes, kees", "kees", "name"),
    ("Hoi, ik ben Will en ik ben 16", "Will", "name"),
    ("Mijn ex, Rob, dreigt fotos te delen", "Rob", "name"),
]


@pytest.mark.parametrize(("text", "identifier", "kind"), GONE)
def test_identifier_is_removed(text: str, identifier: str, kind: str) -> None:
    assert_removed(text, identifier, kind)


# (message, what a counsellor needs that must survive)
KEEPS = [
    ("Mark je dat? Ik bedoel: merk je dat ik bang ben?", "Mark je dat?"),
    ("Will you help me please, I don't know what to do", "Will you help me"),
    ("Jack of all trades, that's what my dad says", "Jack of all trades"),
    ("ik ben 15 en mijn stiefvader is 42", "ik ben 15 en mijn stiefvader is 42"),
    ("mijn huisarts weet het nog niet", "mijn huisarts weet"),
    ("ik heb het aan de politie verteld", "de politie"),
    ("hij stuurde berichten via snapchat en instagram", "via snapchat en instagram"),
    ("we wonen in Utrecht sinds kort", "in Utrecht"),
    ("mijn zoon zit op de basisschool", "op de basisschool"),
    ("ik ga naar de kerk op zondag", "naar de kerk op zondag"),
    ("ze ligt in het ziekenhuis op de kinderafdeling", "in het ziekenhuis op de kinderafdeling"),
    ("ik speel fortnite met hem", "fortnite"),
    ("mijn insta is privé nu", "privé"),
    ("mijn gamertag is geheim", "geheim"),
    ("op 3 april heb ik hem gezien", "op 3 april"),
    ("in 2008 begon het allemaal", "in 2008 begon"),
    ("sinds 02/04 gaat het slecht", "02/04"),
    ("ik drink soms te veel in de kroeg", "in de kroeg"),
    ("hij werkt in een verpleeghuis als schoonmaker", "in een verpleeghuis"),
    ("mijn oma woont in een verzorgingshuis in Breda", "verzorgingshuis in Breda"),
    ("De Gouden Eeuw was een mooie tijd volgens mijn opa", "De Gouden Eeuw"),
    ("Ik praat elke week met mijn psycholoog", "psycholoog"),
    ("ze is 12 jaar en zit in groep 8", "12 jaar en zit in groep 8"),
    ("Toen ik 16 was, gebeurde het voor het eerst", "Toen ik 16 was"),
    ("ik zag hem in de sportschool", "sportschool"),
    ("discord is te druk voor mij", "discord is te druk"),
    ("I am from Antwerpen originally", "Antwerpen"),
    ("De buurman is aardig maar ik vertrouw hem niet", "De buurman"),
    ("Veilig Thuis heeft gisteren gebeld", "Veilig Thuis"),
    ("Sorry voor de lange mail. Groeten", "Sorry voor de lange mail"),
    ("Hoop dat jullie kunnen helpen", "Hoop dat"),
    ("Zondag ga ik naar mijn vader", "Zondag ga ik naar mijn vader"),
    ("Bang dat ik het weer doe", "Bang dat"),
    ("Rust is wat ik nodig heb", "Rust is wat"),
    ("Will hij echt stoppen denk je? Ik twijfel", "Will hij"),
    ("we gingen naar de afdeling jeugdzorg", "afdeling jeugdzorg"),
    ("mijn geboortedatum is in de zomer", "geboortedatum is in de zomer"),
    ("ik ben geboren in 2009", "geboren in 2009"),
    ("ik zit op voetbal bij een club in de buurt", "op voetbal bij een club"),
    ("Mijn tiktok is weg, verwijderd", "tiktok is weg"),
]


@pytest.mark.parametrize(("text", "kept"), KEEPS)
def test_counsellor_context_is_kept(text: str, kept: str) -> None:
    out = scrub(text).text
    assert kept in out, out


HOSTILE = [
    "Peter " * 200_000,
    "café De " * 150_000,
    "afdeling B2-" * 100_000,
    "u/x " * 250_000,
    "discord naam: a 1 " * 60_000,
    "geboren 2 april '" * 70_000,
    "3-4-09 " * 150_000,
    "St. Anne's " * 100_000,
    "ik ben jan " * 100_000,
    "Peter, mijn oom, " * 60_000,
    "gamertag is Ab Cd 12 " * 50_000,
    "Oakwood Care Home " * 60_000,
    "Pelgrimskerk " * 80_000,
    "Roos is mijn " * 80_000,
    "afdeling 4 Noord-" * 70_000,
    "liefs, " * 150_000 + "roos",
    ". liefs, x" * 100_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=lambda t: repr(t[:12]))
def test_hostile_text_for_the_new_rules_is_linear(text: str) -> None:
    assert_scrubs_in_linear_time(text)


# Ordinary words that the new rules must leave alone (kinds of wards and care, not one place).
MORE_KEEPS = [
    ("ik lig op de afdeling Psychiatrie sinds maandag", "afdeling Psychiatrie"),
    ("I went to the Health Centre yesterday", "Health Centre"),
    ("ik neem mijn nichtje mee naar huis", "nichtje mee naar huis"),
    ("i'm done. this is too much", "i'm done"),
    ("Home is where the heart is, my mum says", "Home is where"),
    ("ik zit op de afdeling Spoedeisende Hulp", "Spoedeisende Hulp"),
    ("we gingen naar het café om de hoek", "café om de hoek"),
    ("in '08 ben ik verhuisd", "in '08 ben"),
    ("The Care Home staff were kind", "Care Home"),
    ("ik ben moe en wil slapen", "ik ben moe"),
    ("Mark het maar in je agenda", "Mark het maar"),
    ("dat was het. groetjes, een bezorgde moeder", "een bezorgde moeder"),
    ("Thanks, bye", "Thanks, bye"),
]


@pytest.mark.parametrize(("text", "kept"), MORE_KEEPS)
def test_kinds_of_places_and_words_are_kept(text: str, kept: str) -> None:
    out = scrub(text).text
    assert kept in out, out
