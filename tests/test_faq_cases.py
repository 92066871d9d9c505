"""Hand-written messages for the FAQ and urgency tests: our own paraphrases, in other words than
the example phrasings in config/faq and than the development set, in several styles (chat
lowercase without punctuation, Flemish, typos, English, e-mail)."""
from __future__ import annotations

# (text, acceptable ids): the matcher must answer with ids from the set.
PARAPHRASES: list[tuple[str, set[str]]] = [
    # anonymity
    ("weten jullie wie ik ben als ik hier typ", {"anonymity"}),
    ("kunnen jullie mijn ip adres zien", {"anonymity"}),
    ("bewaren jullie deze chat ergens", {"anonymity"}),
    ("blijft wat ik hier vertel echt geheim?", {"anonymity"}),
    ("is da hier anoniem of nie", {"anonymity"}),
    ("Will anyone be able to find out who I am if I write to you?", {"anonymity"}),
    ("do you save these messages somewhere", {"anonymity"}),
    ("is this chat confidential", {"anonymity"}),
    ("is dit annoniem", {"anonymity"}),
    # police
    ("staat de politie straks bij me op de stoep als ik dit vertel", {"police"}),
    ("kan ik nog opgepakt worden voor wat ik jaren terug heb gedownload", {"police"}),
    ("wordt ik vervolgd als ik eerlijk ben over wat ik heb bekeken", {"police", "anonymity"}),
    ("Could the police still come after me for things I viewed in the past?", {"police"}),
    ("am i going to jail for this", {"police"}),
    ("is het strafbaar om deze gevoelens te hebben", {"police"}),
    ("zal de polite bij mij aanbellen", {"police"}),
    # bad_person
    ("maakt dit van mij een slecht mens", {"bad_person"}),
    ("ben ik een slechte persoon omdat ik zo denk", {"bad_person"}),
    ("I feel like a monster. am I one?", {"bad_person"}),
    ("is it wrong of me to have these thoughts, am i evil", {"bad_person"}),
    ("ik ben toch een verschrikkelijk mens of niet", {"bad_person"}),
    ("Am I a horrible person for feeling this way?", {"bad_person"}),
    # am_i_alone
    ("zijn er nog mensen die hiermee rondlopen?", {"am_i_alone"}),
    ("ik ben vast de enige die zo in elkaar zit", {"am_i_alone"}),
    ("am i the only person with these feelings", {"am_i_alone"}),
    ("Are there other people who struggle with this too?", {"am_i_alone"}),
    ("heeft iemand anders dit ook of ben ik gewoon raar", {"am_i_alone"}),
    ("komt dit veel voor bij mannen", {"am_i_alone"}),
    # coping_urges
    ("hoe kan ik die drang onder controle houden", {"coping_urges"}),
    ("wat helpt er tegen de neiging om weer te gaan zoeken", {"coping_urges"}),
    ("How can I resist the urge when I'm alone at night?", {"coping_urges"}),
    ("any tips to keep myself from looking again", {"coping_urges"}),
    ("hoe hou ik mezelf tegen als de verleiding groot is", {"coping_urges"}),
    ("wat kan ik doen tegen die impulsen", {"coping_urges"}),
    # what_now
    ("wat moet ik hier nu mee", {"what_now"}),
    ("ik wil hulp maar waar moet ik beginnen", {"what_now", "help_available"}),
    ("So what should I do now?", {"what_now"}),
    ("wat zijn de eerste stappen die ik kan zetten", {"what_now"}),
    ("i have no idea what to do next", {"what_now"}),
    ("allez, wat moet ik nu doen", {"what_now"}),
    # am_i_paedophile
    ("betekent dit dat ik een pedofiel ben", {"am_i_paedophile"}),
    ("ben ik dan pedo", {"am_i_paedophile"}),
    ("Am I a paedophile if I only think about it?", {"am_i_paedophile"}),
    ("how can I tell if I am a pedophile", {"am_i_paedophile"}),
    ("heb ik een pedofiele voorkeur denk je", {"am_i_paedophile"}),
    ("ben ik pedofiel of is dit iets anders", {"am_i_paedophile"}),
    # feelings_go_away
    ("gaan deze gevoelens ooit weg", {"feelings_go_away"}),
    ("raak ik dit ooit kwijt", {"feelings_go_away"}),
    ("Will these feelings ever go away?", {"feelings_go_away"}),
    ("is there a cure for this", {"feelings_go_away"}),
    ("kan je dit genezen", {"feelings_go_away"}),
    ("moet ik hier mijn hele leven mee leven", {"feelings_go_away"}),
    # future
    ("wat voor toekomst heb ik nog", {"future"}),
    ("kan ik later nog een gezin hebben", {"future"}),
    ("Do I still have a future?", {"future"}),
    ("will i ever have a normal life", {"future"}),
    ("hoe gaat mijn leven er later uitzien", {"future"}),
    # help_available
    ("welke hulp kan ik krijgen", {"help_available"}),
    ("wat voor behandeling bestaat er voor dit", {"help_available"}),
    ("What support do you offer?", {"help_available"}),
    ("where can someone like me get treatment", {"help_available"}),
    ("is er therapie voor mensen met deze gevoelens", {"help_available"}),
    ("bestaan er zelfhulpmodules", {"help_available"}),
    # gp_report
    ("is mijn huisarts verplicht om dit te melden", {"gp_report"}),
    ("gaat de dokter mij aangeven als ik het vertel", {"gp_report"}),
    ("Does my GP have to report this to anyone?", {"gp_report"}),
    ("if i tell my doctor will he call the police", {"gp_report"}),
    ("valt dit onder het beroepsgeheim van mijn huisarts", {"gp_report"}),
    # tell_partner
    ("hoe zeg ik dit tegen mijn vrouw", {"tell_partner"}),
    ("moet ik het mijn vriend vertellen en hoe dan", {"tell_partner"}),
    ("How do I explain this to my wife?", {"tell_partner"}),
    ("i want to tell my boyfriend but how", {"tell_partner"}),
    ("hoe breng ik dit ter sprake bij mijn partner", {"tell_partner"}),
    # counsellor_stops
    ("wat als mijn psycholoog stopt met de behandeling", {"counsellor_stops"}),
    ("wat gebeurt er als mijn behandelaar me laat vallen", {"counsellor_stops"}),
    ("What if my counsellor doesn't want to see me anymore?", {"counsellor_stops"}),
    ("my therapist refuses to continue, what now", {"counsellor_stops", "what_now"}),
    ("mijn begeleider wil niet meer met mij verder", {"counsellor_stops"}),
    # opening_hours
    ("wanneer kan ik jullie bellen", {"opening_hours"}),
    ("hoe laat zijn jullie open morgen", {"opening_hours"}),
    ("What are your opening hours?", {"opening_hours"}),
    ("are you there at night", {"opening_hours"}),
    ("tot wanneer is de chat open vandaag", {"opening_hours"}),
    ("wat zijn jullie openingsuren", {"opening_hours"}),
    # costs
    ("moet ik daar iets voor betalen", {"costs"}),
    ("wat kost een gesprek", {"costs"}),
    ("How much does it cost?", {"costs"}),
    ("is it free to talk to you", {"costs"}),
    ("is het gratis", {"costs"}),
    ("wordt het vergoed door de verzekering", {"costs"}),
    # placeholders from the scrubber must not disturb matching
    ("hoi ik ben [naam 1], is dit anoniem?", {"anonymity"}),
    ("[name 1] here. how much does it cost", {"costs"}),
    ("bel me op [telefoonnummer 1]. wanneer zijn jullie bereikbaar", {"opening_hours"}),
]

# No FAQ fits: stories that ask nothing, specific cases, near-misses that share FAQ words.
ABSTAIN: list[str] = [
    "hallo",
    "is daar iemand",
    "ik wil gewoon even mijn verhaal kwijt",
    "ik wil anoniem melden dat er kinderporno op een website staat",
    "hoe doe ik aangifte van misbruik bij de politie",
    "mijn buurman is gisteren opgepakt door de politie, wat gaat er nu met hem gebeuren",
    "is mijn broer een pedofiel? hij kijkt steeds naar meisjes",
    "Is my uncle a pedophile? He always wants to babysit.",
    "mijn ex dreigt mijn naaktfotos te verspreiden",
    "iemand heeft een video van mij gedeeld, hoe krijg ik die offline",
    "ik moet volgende week voor de rechter komen, wat moet ik zeggen",
    "my lawyer says I might get probation, is that likely?",
    "ik doe een onderzoek voor mijn scriptie over pedofilie, mag ik jullie interviewen",
    "I was abused as a child, will the memories ever go away?",
    "gaan de nachtmerries ooit weg? ik ben als kind misbruikt",
    "Ik ben leerkracht. Een leerling vertelde dat haar oom haar aanraakt. Wat moet ik doen?",
    "mijn vriend kijkt naar dingen die niet kunnen, moet ik bij hem weggaan",
    "My partner found out last month and now we're in couples therapy.",
    ("Hallo, ik ben 40 en al jaren getrouwd. Sinds een tijd merk ik dat mijn gedachten soms afdwalen "
     "naar dingen die niet kunnen. Ik heb nooit iets gedaan en zal dat ook nooit doen. Mijn vrouw weet "
     "van niets. Ik slaap slecht en heb het gevoel dat ik een dubbelleven leid. Ik wilde het gewoon eens "
     "opschrijven."),
    ("I'm 31 and I've been carrying this for years. It started when I was a teenager and it never really "
     "went away. I have a good job and friends, and nobody knows. Some days are fine and some days I feel "
     "like I'm drowning. I just needed to tell someone, I think."),
    "bedankt voor het gesprek van gisteren",
    "kunnen jullie mij terugbellen",
    "de chat deed het gisteren niet",
    "ik ben mijn wachtwoord kwijt",
    "wat is het telefoonnummer van de kindertelefoon",
]

# Acute risk, often said indirectly: each must be flagged with the reason given.
URGENT: list[tuple[str, str]] = [
    ("ik wil er niet meer zijn", "suicide"),
    ("soms denk ik dat ik liever dood ben", "suicide"),
    ("I don't see the point anymore", "suicide"),
    ("ik zie het echt niet meer zitten allemaal", "suicide"),
    ("ik heb pillen gespaard en weet niet of ik nog verder wil", "suicide"),
    ("everyone would be better off if I was dead, I'd be better off dead", "suicide"),
    ("ik denk erover om mezelf iets aan te doen", "suicide"),
    ("i keep thinking about killing myself", "suicide"),
    ("vanavond heb ik met haar afgesproken", "about_to_act"),
    ("my neighbour's kid is staying over tonight and I don't trust myself", "about_to_act"),
    ("ik heb morgen afgesproken met een jongen van 14 die ik via snapchat ken", "about_to_act"),
    ("ik pas straks op de kinderen van mijn zus en ik vertrouw mezelf niet", "about_to_act"),
    ("I'm sitting outside the playground right now and I shouldn't be here", "about_to_act"),
    ("mijn oom doet het nog steeds als mama weg is", "abuse_now"),
    ("he still touches me every night and I'm scared to go home", "abuse_now"),
    ("mijn vriend is nu alleen met mijn dochtertje en ik vertrouw hem niet, op zijn laptop stonden foto's",
     "child_in_danger"),
]

# Worries that are real but not acute: past acts, hypothetical police questions, fears about
# some day, feelings without a plan.
NOT_URGENT: list[str] = [
    "ik ben bang dat ik ooit iets doe",
    "komt de politie langs voor wat ik vroeger heb bekeken?",
    "what if the police find out about what I watched years ago",
    "ik heb doodsbang voor de reactie van mijn man",
    "ik schaam me dood",
    "hoe ga ik om met de drang als ik alleen ben",
    "ik heb nooit iets gedaan en dat wil ik ook nooit",
    "is het gratis",
    "I'm scared that one day I might lose control",
    "mijn vriend heeft vorig jaar dingen gekeken die niet mogen",
    "aan het eind van de dag voel ik me leeg",
]


# -- tests on these cases ----------------------------------------------------------------------

import pytest  # noqa: E402

from handlers.faq import match  # noqa: E402
from handlers.urgency import assess  # noqa: E402


@pytest.mark.parametrize(("text", "ok"), PARAPHRASES, ids=[t[:40] for t, _ in PARAPHRASES])
def test_paraphrase_gets_a_fitting_answer(text: str, ok: set[str]) -> None:
    got = [m.id for m in match(text)]
    assert got, f"abstained on {text!r}"
    assert set(got) <= ok


@pytest.mark.parametrize("text", ABSTAIN, ids=[t[:40] for t in ABSTAIN])
def test_stories_cases_and_near_misses_get_no_automatic_answer(text: str) -> None:
    assert match(text) == []


@pytest.mark.parametrize(("text", "reason"), URGENT, ids=[t[:40] for t, _ in URGENT])
def test_indirect_acute_risk_is_flagged(text: str, reason: str) -> None:
    a = assess(text)
    assert a.urgent
    assert reason in a.reasons


@pytest.mark.parametrize("text", NOT_URGENT, ids=[t[:40] for t in NOT_URGENT])
def test_fears_about_some_day_and_past_are_not_acute(text: str) -> None:
    assert assess(text) == assess(text) and not assess(text).urgent
