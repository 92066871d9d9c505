"""The FAQ matcher: API shape, every id in both languages, abstention, robustness to how people type."""
from __future__ import annotations

import pytest

from bot import faq_answers
from handlers.faq import IDS, Match, match

# One paraphrase per id and language that is not among the example phrasings in config/faq.
UNSEEN = {
    "anonymity": ("weet iemand straks dat ik dit geschreven heb",
                  "could anybody trace these chats back to me"),
    "police": ("kan de politie bij me binnenvallen voor wat ik heb gedownload",
               "is there a risk the cops will knock on my door"),
    "bad_person": ("ik voel me zo'n slecht mens, ben ik dat ook",
                   "does thinking this make me a horrible person"),
    "am_i_alone": ("zijn er andere mensen die dit ook hebben", "are there other people out there like me"),
    "coping_urges": ("hoe kan ik die drang tegenhouden als ik alleen thuis ben",
                     "how do I handle the urge when it gets strong"),
    "what_now": ("ok en wat moet ik hier nu mee doen", "i've admitted it to myself, what do I do now"),
    "am_i_paedophile": ("betekent dit dat ik een pedofiel ben", "am i a pedophile because of these thoughts"),
    "feelings_go_away": ("gaan die gevoelens ooit helemaal weg", "is there a cure for these feelings"),
    "future": ("heb ik eigenlijk nog een toekomst", "will my life ever be normal"),
    "help_available": ("wat voor behandeling is er voor mij", "what treatment options are there"),
    "gp_report": ("moet mijn huisarts dit doorgeven aan de politie", "does a GP have to report this"),
    "tell_partner": ("hoe breng ik dit bij mijn vriendin", "how should I tell my husband about this"),
    "counsellor_stops": ("wat als mijn behandelaar weigert om verder te gaan",
                         "what if my psychologist refuses to keep seeing me"),
    "opening_hours": ("tot hoe laat zijn jullie vandaag bereikbaar", "what time do you close tonight"),
    "costs": ("moet ik betalen voor een gesprek", "how much does it cost to talk to you"),
}


def test_every_faq_id_has_an_unseen_paraphrase_in_both_languages() -> None:
    assert set(UNSEEN) == set(IDS) == set(faq_answers.ids())


@pytest.mark.parametrize("fid", IDS)
@pytest.mark.parametrize("lang", [0, 1], ids=["nl", "en"])
def test_unseen_paraphrase_is_answered_in_both_languages(fid: str, lang: int) -> None:
    text = UNSEEN[fid][lang]
    examples = {e.casefold() for la in ("nl", "en") for e in faq_answers.examples(fid, la)}
    assert text.casefold() not in examples
    got = match(text)
    assert got and got[0].id == fid, (text, got)


@pytest.mark.parametrize("fid", IDS)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_example_phrasings_in_the_config_are_recognised(fid: str, lang: str) -> None:
    for example in faq_answers.examples(fid, lang):
        got = match(example)
        assert got and got[0].id == fid, (example, got)


def test_match_returns_at_most_two_best_first_with_confidence() -> None:
    got = match("is het gratis? en anoniem?")
    assert {m.id for m in got} == {"costs", "anonymity"}
    assert all(isinstance(m, Match) and 0 < m.confidence <= 1 for m in got)
    assert got == sorted(got, key=lambda m: -m.confidence)
    many = match("is het gratis, anoniem, wanneer zijn jullie open en ben ik de enige")
    assert 1 <= len(many) <= 2


@pytest.mark.parametrize("text", [
    "Kost het iets?",
    "KOST HET IETS",
    "kost het iets???",
    "kost t iets",
    "kost het eigenlijk iets ofzo",
    "[naam 1] hier. kost het iets?",
    "mag ik weten of het iets kost, [telefoonnummer 1]",
])
def test_case_punctuation_chat_spelling_and_placeholders_do_not_matter(text: str) -> None:
    assert [m.id for m in match(text)] == ["costs"]


@pytest.mark.parametrize(("text", "fid"), [
    ("ben ik een pedofeil", "am_i_paedophile"),
    ("ben ik echt annoniem", "anonymity"),
    ("wat zijn jullie openingstijdne", "opening_hours"),
    ("gaat mijn huisrats dit melden", "gp_report"),
])
def test_typos(text: str, fid: str) -> None:
    assert [m.id for m in match(text)] == [fid]


@pytest.mark.parametrize(("text", "fid"), [
    ("zijt gij ook in het weekend bereikbaar", "opening_hours"),
    ("moet ik daar iets voor betalen of is da gratis", "costs"),
    ("allez, gaat da ooit over", "feelings_go_away"),
])
def test_flemish(text: str, fid: str) -> None:
    assert [m.id for m in match(text)] == [fid]


def test_a_long_story_without_a_question_gets_no_faq_even_with_faq_words() -> None:
    story = ("ik ben 45 en al heel lang getrouwd. mijn vrouw weet niets van mijn gedachten en ik ben "
             "bang dat de politie ooit voor de deur staat. ik voel me een slecht mens en heel alleen. ik "
             "heb nooit iets gedaan maar het zit me elke dag dwars. ik wilde het gewoon een keer opschrijven")
    assert match(story) == []


def test_a_long_message_is_answered_on_its_question() -> None:
    mail = ("Beste,\n\nIk loop hier al jaren mee rond en heb er nooit met iemand over gesproken. Mijn "
            "werk gaat goed en ik heb vrienden, maar vanbinnen voel ik me vaak eenzaam en onrustig. Ik heb "
            "nooit iets gedaan en dat wil ik zo houden. Voordat ik meer vertel: worden mijn e-mails "
            "bewaard?\n\nGroet")
    assert [m.id for m in match(mail)] == ["anonymity"]


def test_empty_and_placeholder_only_texts_abstain() -> None:
    assert match("") == []
    assert match("   ") == []
    assert match("[naam 1] [telefoonnummer 1]") == []
