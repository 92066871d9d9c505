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


# A second round of own phrasings, one group per id, in chat, Flemish and English styles.
ROUND_2: list[tuple[str, set[str]]] = [
 # anonymity
 ("kunnen jullie zien vanaf welk apparaat ik schrijf", {"anonymity"}),
 ("hoe weet ik zeker dat niemand ontdekt dat ik dit heb getypt", {"anonymity"}),
 ("gaat dit gesprek ergens naartoe, naar een instantie of zo?", {"anonymity"}),
 ("do you share anything with the authorities", {"anonymity","police"}),
 ("can my employer see that i visited this site", {"anonymity"}),
 ("blijf ik onbekend voor jullie", {"anonymity"}),
 ("hoeft niemand te weten dat ik dit doe toch?", {"anonymity"}),
 # police
 ("gaan jullie dit doorgeven aan justitie", {"police","anonymity"}),
 ("kan ik nog steeds vervolgd worden voor iets van vijf jaar terug", {"police"}),
 ("what are the odds the cops show up", {"police"}),
 ("ben ik strafbaar als ik dit vertel", {"police"}),
 ("i'm terrified of being arrested", {"police"}),
 # bad_person
 ("maakt dit mij een slechter mens dan anderen", {"bad_person"}),
 ("does having these thoughts make me evil", {"bad_person"}),
 ("ik walg van mezelf, ben ik een monster?", {"bad_person","am_i_paedophile"}),
 ("zeg eerlijk, ben ik een slecht persoon", {"bad_person"}),
 ("am i a bad human being", {"bad_person"}),
 # am_i_alone
 ("hebben meer mensen dit?", {"am_i_alone"}),
 ("hoeveel mensen hebben hier last van", {"am_i_alone"}),
 ("surely i'm not the only one with this", {"am_i_alone"}),
 ("zijn er anderen zoals ik", {"am_i_alone"}),
 ("is this common?", {"am_i_alone"}),
 # coping
 ("hoe hou ik me staande als de drang opkomt", {"coping_urges"}),
 ("what helps against the urges", {"coping_urges"}),
 ("hoe zorg ik dat ik niet weer ga kijken", {"coping_urges"}),
 ("how do you deal with urges like this", {"coping_urges"}),
 ("heb je tips tegen de drang", {"coping_urges"}),
 # what_now
 ("ik weet niet meer wat ik moet doen", {"what_now"}),
 ("help, wat moet ik doen", {"what_now"}),
 ("what are my next steps", {"what_now"}),
 ("hoe ga ik nu verder", {"what_now"}),
 ("where do i begin with all this", {"what_now"}),
 # am_i_paedophile
 ("ben ik nou een pedo", {"am_i_paedophile"}),
 ("how do i know if i'm a paedophile", {"am_i_paedophile"}),
 ("maakt dit mij pedofiel?", {"am_i_paedophile"}),
 ("is het pedofilie als je alleen fantaseert", {"am_i_paedophile"}),
 # feelings_go_away
 ("gaat dit ooit weg?", {"feelings_go_away"}),
 ("will these feelings ever go away", {"feelings_go_away"}),
 ("is het te genezen", {"feelings_go_away"}),
 ("kan therapie dit wegnemen", {"feelings_go_away","help_available"}),
 ("is it possible to change who i'm attracted to", {"feelings_go_away"}),
 ("blijf ik dit mijn hele leven houden", {"feelings_go_away"}),
 # future
 ("heb ik nog wel een toekomst", {"future"}),
 ("can i still have a normal life", {"future"}),
 ("mag ik ooit nog kinderen krijgen", {"future"}),
 ("what will my life look like", {"future"}),
 # help_available
 ("wat voor hulp bieden jullie", {"help_available"}),
 ("what kind of help is out there", {"help_available"}),
 ("waar vind ik een therapeut die hier verstand van heeft", {"help_available"}),
 ("is er een zelfhulpprogramma", {"help_available"}),
 ("kan ik met iemand praten", {"help_available","opening_hours"}),
 ("are there support groups", {"help_available"}),
 # gp_report
 ("als ik dit aan mijn huisarts vertel, moet die dat dan melden?", {"gp_report"}),
 ("does my doctor have to report this", {"gp_report"}),
 ("heeft een huisarts meldplicht bij dit soort dingen", {"gp_report"}),
 ("kan ik mijn dokter vertrouwen hiermee", {"gp_report"}),
 ("will my gp call the police", {"gp_report","police"}),
 # tell_partner
 ("moet ik het mijn vrouw vertellen?", {"tell_partner"}),
 ("hoe zeg ik dit tegen mijn vriendin", {"tell_partner"}),
 ("how do i tell my husband", {"tell_partner"}),
 ("should my partner know", {"tell_partner"}),
 ("ik wil eerlijk zijn tegen mijn partner maar hoe", {"tell_partner"}),
 # counsellor_stops
 ("mijn behandelaar wil niet meer met me verder", {"counsellor_stops"}),
 ("what if my therapist refuses to treat me", {"counsellor_stops"}),
 ("wat als mijn psycholoog me wegstuurt", {"counsellor_stops"}),
 ("mijn therapeut heeft me doorgestuurd omdat ze dit niet kan behandelen", {"counsellor_stops"}),
 ("can a therapist just drop you for this", {"counsellor_stops"}),
 # opening_hours
 ("wanneer kan ik bellen", {"opening_hours"}),
 ("are you open at the weekend", {"opening_hours"}),
 ("is er op zaterdagavond iemand bereikbaar", {"opening_hours"}),
 ("what are your hours", {"opening_hours"}),
 ("tot wanneer kan ik vandaag chatten", {"opening_hours"}),
 ("zijn jullie er ook s nachts", {"opening_hours"}),
 # costs
 ("moet ik hier iets voor betalen", {"costs"}),
 ("wat kost een gesprek", {"costs"}),
 ("is this free", {"costs"}),
 ("does it cost anything", {"costs"}),
 ("wordt de behandeling vergoed door mijn verzekering", {"costs"}),
 ("is het gratis of niet", {"costs"}),
]
ROUND_2_ABSTAINS: list[str] = [
    "mijn dochter van 15 is bang dat haar foto's online komen, wat moet ik doen",
    "ik ben huisarts en een patiënt vertelde me over zijn gevoelens, moet ik dit melden?",
    "can i report my neighbour anonymously",
    "my son was abused by his coach, where can he get help",
    "de politie heeft mijn computer in beslag genomen, wat gebeurt er nu",
    "where can i go tonight with my kids",
]


@pytest.mark.parametrize(("text", "ok"), ROUND_2)
def test_second_round_is_answered(text: str, ok: set[str]) -> None:
    got = [m.id for m in match(text)]
    assert got and set(got) <= ok, got


@pytest.mark.parametrize("text", ROUND_2_ABSTAINS)
def test_second_round_near_misses_get_a_person(text: str) -> None:
    assert match(text) == [], match(text)
