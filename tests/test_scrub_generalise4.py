"""Name finding, fourth round: gaps seen on messages the stripper had never seen, as general rules.

1. a title or role word before a name ("dokter Prins", "juf Roos", "dominee Van Dijk", "Mrs. Green"):
   the name goes, the role stays; "de dokter" alone and a lower-case word after it ("meester in de
   rechten") stay;
2. surnames with "'t" ("van 't Hof", "in 't Veld", "op 't Hof", "van't Veer");
3. lower-case chat: a tussenvoegsel and a surname after a found first name ("anouk de boer");
4. lower-case first names from strong context: a self-introduction followed by an age, a comma or the
   end ("hi im summer (15)"), a sign-off at the very end ("- tom", "x noor"); and a country or town
   after "in" is a place, not a name ("I'm in Belgium");
5. a capitalised first name that is also a function word ("Will is my stepdad") in a strong context.

The cases were written for this file, before the rules; each gap has near misses that must survive.
"""

from __future__ import annotations

import pytest

from handlers.scrub import scrub
from tests.scrub_helpers import assert_removed, assert_scrubs_in_linear_time

# (message, identifier that must go)
GONE = [
    # 1. a title or role word before a name
    ("mijn huisarts is dokter Prins", "Prins"),
    ("we moesten naar dokter Bakker voor een controle", "Bakker"),
    ("Dokter Mulder wil me doorverwijzen", "Mulder"),
    ("juf Roos zei dat ik knap was", "Roos"),
    ("juf Sanne van groep 4 maakt zich zorgen", "Sanne"),
    ("meester Kees geeft gymles", "Kees"),
    ("meneer De Groot is de conciërge", "De Groot"),
    ("mevrouw Yilmaz heeft het ook gezien", "Yilmaz"),
    ("dominee Van Dijk weet ervan", "Van Dijk"),
    ("dominee van der Linden preekte zondag", "van der Linden"),
    ("pastoor Peeters hoort de biecht", "Peeters"),
    ("coach Ruud appt me elke avond", "Ruud"),
    ("coach Visser stuurt rare appjes", "Visser"),
    ("onze trainer Koster gaf hem een lift", "Koster"),
    ("ik sprak met wijkagent Dekker over mijn buurman", "Dekker"),
    ("Mr Hughes teaches maths", "Hughes"),
    ("Mrs. Green keeps him after class", "Green"),
    ("Miss Hill is my form tutor", "Hill"),
    ("Coach Dave texted me again", "Dave"),
    ("Coach Baker said I was his favourite", "Baker"),
    ("Father Brennan took the altar boys camping", "Brennan"),
    ("Dr. Smit schreef pillen voor", "Smit"),
    ("ds. Vos heeft met mijn ouders gepraat", "Vos"),
    ("rechercheur Van der Berg belde terug", "Van der Berg"),
    ("Pastor Mike runs the youth group", "Mike"),
    ("ask for Ms. Rivera at reception", "Rivera"),
    ("meester joost zei dat ik niks mocht zeggen", "joost"),
    ("mijn achternaam is Bakker", "Bakker"),
    ("haar achternaam is Van 't Wout", "Van 't Wout"),
    ("ik moest naar dokter jansen van mn moeder", "jansen"),
    # 2. surnames with "'t"
    ("Lieke van 't Hof is mijn nicht", "Lieke van 't Hof"),
    ("ik sprak met Jan in 't Veld over mijn zoon", "Jan in 't Veld"),
    ("Jan in 't Veld belde gisteren", "Jan in 't Veld"),
    ("Anne op 't Hof komt morgen oppassen", "Anne op 't Hof"),
    ("de familie van 't Zand woont naast ons", "van 't Zand"),
    ("meneer van ’t Klooster is mijn baas", "van ’t Klooster"),
    ("Sem van't Veer zit bij mij in de klas", "Sem van't Veer"),
    ("Mark van Dijk belde mij vannacht", "Mark van Dijk"),
    # 3. lower-case chat: the surname after a found first name
    ("ik ben anouk de boer (29)", "anouk de boer"),
    ("i'm jake van der berg and i need help", "jake van der berg"),
    ("hoi ik ben fleur van dijk, 16", "fleur van dijk"),
    ("ik heet lotte van den broek en ik ben 15", "lotte van den broek"),
    ("ik ben sem van 't hof, 17", "sem van 't hof"),
    ("mijn buurman piet de vries doet raar", "piet de vries"),
    ("ik ben mila de jong, 13 jaar", "mila de jong"),
    ("hey im liam o'brien 16", "liam o'brien"),
    ("hoi ik ben noah van den heuvel en ik ben 14", "noah van den heuvel"),
    # 4. lower-case first names in strong context
    ("hi im summer (15)", "summer"),
    ("im tom, 34", "tom"),
    ("hoi ik ben daan 16", "daan"),
    ("hi im storm, 15 and scared", "storm"),
    ("ik ben roos (13) en ik durf het niet te zeggen", "roos"),
    ("im hope, 16", "hope"),
    ("ik ben will, 17 jaar", "will"),
    ("bedankt voor het luisteren - tom", "tom"),
    ("sorry voor de lange tekst –storm", "storm"),
    ("ok thanks x noor", "noor"),
    ("ok dankjewel x roos", "roos"),
    ("thanks for listening\n- will", "will"),
    ("groetjes, lisa", "lisa"),
    ("dank je wel. groetjes storm", "storm"),
    ("ok. liefs, hope", "hope"),
    ("that's all i wanted to say. cheers, will", "will"),
    ("doei! xx summer", "summer"),
    ("groetjes van roos", "roos"),
    ("ik wil gewoon hulp\ngroetjes\nroos", "roos"),
    ("ik wil gewoon hulp\nlisa", "lisa"),
    ("dank je wel voor het luisteren\n\nmila", "mila"),
    ("ok bedankt -tom", "tom"),
    ("thnx for reading xx lily", "lily"),
    # 5. a capitalised name that is also a function word, in a strong context
    ("Will is my stepdad and he scares me", "Will"),
    ("Will said I can't tell anyone about it", "Will"),
    ("Will, my neighbour, keeps looking at my son", "Will"),
    ("my brother and Will share a room", "Will"),
    ("Yesterday Will came into my room again", "Will"),
    ("I think Will knows what happened", "Will"),
    ("Will was my babysitter when I was 8", "Will"),
    ("Will texted me last night", "Will"),
    ("Will's dad is my football coach", "Will"),
    # (found on the way) a name with the possessive 's
    ("I'm in Sophie's class and she is 12", "Sophie"),
    ("Jake's dad keeps messaging me", "Jake"),
    ("ik slaap soms bij Sanne's moeder", "Sanne"),
    ("Mr Brown's class is the worst", "Brown"),
    ("Mark's brother touched me", "Mark"),
    ("jake's dad keeps texting me", "jake"),
]


@pytest.mark.parametrize(("text", "identifier"), GONE)
def test_name_is_removed(text: str, identifier: str) -> None:
    assert_removed(text, identifier, "name")


# No word of three or more letters of the name may survive (LABELS.md), particles aside.
WHOLE = [
    ("Lieke van 't Hof is mijn nicht", ["Lieke", "Hof"]),
    ("Jan in 't Veld belde gisteren", ["Jan", "Veld"]),
    ("de familie van 't Zand woont naast ons", ["Zand"]),
    ("ik ben anouk de boer (29)", ["anouk", "boer"]),
    ("i'm jake van der berg and i need help", ["jake", "berg"]),
    ("ik ben sem van 't hof, 17", ["sem", "hof"]),
    ("dominee Van Dijk weet ervan", ["Dijk"]),
]


@pytest.mark.parametrize(("text", "words"), WHOLE)
def test_every_word_of_the_name_goes(text: str, words: list[str]) -> None:
    out = scrub(text).text
    for w in words:
        assert f" {w.casefold()} " not in f" {out.casefold()} ".replace(",", " ").replace("(", " "), out


# (message, what must survive unchanged)
KEEPS = [
    # 1. role words without a name
    ("ik ging naar de dokter", "naar de dokter"),
    ("mijn huisarts is een dokter die luistert", "een dokter die luistert"),
    ("hij is meester in de rechten", "meester in de rechten"),
    ("mijn lerares Engels is streng", "lerares Engels"),
    ("de docent Wiskunde belde mijn ouders", "docent Wiskunde"),
    ("de dokter in Utrecht zei dat het niets was", "dokter in Utrecht"),
    ("de huisarts te Utrecht", "huisarts te Utrecht"),
    ("Ik moest naar de dr. Daarna was het beter", "Daarna was het beter"),
    ("my coach says I'm doing well", "my coach says"),
    ("I told the doctor on Monday", "the doctor on Monday"),
    ("dokter Prins", "dokter"),
    ("Mr Hughes teaches maths", "teaches maths"),
    ("de trainer van de F-jes stuurt foto's", "de trainer van de F-jes"),
    ("trainer De Wit van de F-jes stuurt foto's", "van de F-jes"),
    ("de coach van Ajax zei het", "de coach van Ajax"),
    ("de dokter van de GGD belde", "de dokter van de GGD"),
    ("mijn dokter Zei dat het normaal is", "dokter Zei"),
    ("My Coach Says I Am Good", "My Coach Says I Am Good"),
    ("Mother Nature is cruel", "Mother Nature"),
    ("my coach said i was good", "my coach said i was good"),
    ("de dokter nam bloed af", "de dokter nam bloed af"),
    ("my teacher sent an email", "my teacher sent an email"),
    # 2. "'t" without a person
    ("we woonden vroeger in 't Gooi", "in 't Gooi"),
    ("Ik was met Sanne in Den Haag", "in Den Haag"),
    ("we zagen Sanne in Utrecht", "in Utrecht"),
    # 3. lower case: what follows a name is not always its surname
    ("ik gaf lisa de bal terug", "de bal terug"),
    ("ik zag tom van de week nog", "van de week"),
    ("ik was met sanne in de stad", "in de stad"),
    ("ik ben sanne van school", "van school"),
    # 4. a self-introduction or a sign-off that holds no name
    ("I'm in Belgium", "in Belgium"),
    ("I'm in Amsterdam", "in Amsterdam"),
    ("ik ben in Gent", "in Gent"),
    ("im in georgia rn", "in georgia"),
    ("I'm from India originally", "from India"),
    ("im just 15 and scared", "just 15"),
    ("im fine, thanks", "fine, thanks"),
    ("ik ben klaar, echt", "klaar, echt"),
    ("ik ben jarig (16 geworden)", "jarig"),
    ("im young, only 15", "young, only 15"),
    ("ik ben man, 34, getrouwd", "man, 34"),
    ("it's summer, finally", "summer, finally"),
    ("this is hope, right?", "hope, right"),
    ("i'm done - thanks", "done - thanks"),
    ("ik weet het niet - sorry", "niet - sorry"),
    ("i love you x", "i love you x"),
    ("dingen die ik voel:\n- angst\n- schaamte\n- hope", "- hope"),
    ("angst\nschaamte\nhoop\nroos", "roos"),
    ("ik ben het zat - echt", "zat - echt"),
    ("het is een dubbel-roos", "dubbel-roos"),
    # 5. "will" as a verb
    ("Will you help me?", "Will you help me?"),
    ("I will call tomorrow", "I will call tomorrow"),
    ("Will it get better?", "Will it get better?"),
    ("What Will Happen To Me", "What Will Happen To Me"),
    ("Will my stepdad find out?", "Will my stepdad find out?"),
    ("Will he go to prison for this", "Will he go to prison"),
    ("Will I ever be normal", "Will I ever be normal"),
    ("Will things get better", "Will things get better"),
    ("Will someone please answer", "Will someone please answer"),
    ("Will need to know", "Will need to know"),
    ("will i be ok", "will i be ok"),
    ("the will's last page", "the will's last page"),
    # possessive 's of ordinary words and Dutch plurals
    ("de foto's van mijn opa's en oma's", "de foto's van mijn opa's en oma's"),
    ("it's my fault, that's what he says", "it's my fault, that's what he says"),
    ("Sophie's class", "'s class"),
    ("what will happen - will i go to jail", "will i go to jail"),
]


@pytest.mark.parametrize(("text", "kept"), KEEPS)
def test_counsellor_context_is_kept(text: str, kept: str) -> None:
    out = scrub(text).text
    assert kept in out, out


HOSTILE = [
    "dokter Prins " * 150_000,
    "dominee van " * 150_000,
    "Lieke van 't " * 120_000,
    "van 't " * 200_000,
    "ik ben anouk de boer " * 70_000,
    "ik ben anouk de " * 90_000,
    "hi im summer (15) " * 80_000,
    "- tom " * 200_000,
    "x " * 300_000 + "roos",
    "groetjes " * 150_000 + "roos",
    "Will is my " * 120_000,
    "and Will " * 150_000,
    "Mrs. " * 250_000,
    "in Belgium " * 120_000,
    "Sophie's " * 150_000,
    "it's " * 200_000,
    "a" * 1_000_000 + "'s",
]


@pytest.mark.parametrize("text", HOSTILE, ids=lambda t: repr(t[:14]))
def test_hostile_text_for_the_new_rules_is_linear(text: str) -> None:
    assert_scrubs_in_linear_time(text)
