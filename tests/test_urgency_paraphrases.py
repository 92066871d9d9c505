"""The urgency gate on phrasings written for these tests (not taken from any evaluation set).

Each group varies word order, inflection, synonyms, language (Dutch, Flemish, English) and style
(chat, no punctuation, typos), so a test passes only when the gate reads the combination of
concepts (self-harm; a particular child + harm + now; the writer + contact + a time ahead), not a
fixed phrase. The non-urgent group shares words with the urgent ones but is about the past,
fiction, a negation, a habit, a professional appointment or a vague "some day".
"""
from __future__ import annotations

import pytest

from handlers.urgency import assess

SUICIDE: list[str] = [
    'morgen maak ik er definitief een einde aan',
    'een eind maken aan alles, daar denk ik elke dag aan',
    'ik ga mezelf van kant maken als dit uitkomt',
    'de afscheidsbrieven voor mijn ouders liggen al klaar',
    "I've already written notes to say goodbye to my family",
    'wanneer ik er straks niet meer ben, lezen jullie dit dan nog',
    'ik sta op het dak van mijn flat en kijk naar beneden',
    "i'm on the bridge near my house typing this",
    'er hangt een touw op zolder, klaar',
    'I bought a rope this afternoon',
    'ik heb het mes al vast',
    'hoeveel slaappillen heb je nodig om niet meer wakker te worden',
    'how many of my pills would be lethal',
    'ik krijg die gedachte om voor de trein te springen niet uit mijn hoofd',
    'ik zie echt geen enkele reden meer om door te leven',
    'there is no reason left for me to stay alive',
    'i want to kill myself',
    'ik wil niet meer.',
    'ik kan niet meer',
    'everyone would be better off without me',
    'ik pleeg zelfmoord als mijn vrouw het ontdekt',
    'thinking about taking all my meds at once tonight',
    'ik heb mijn pillen opgespaard',
    'i keep thinking about jumping off the car park roof',
    'vroeger dacht ik aan zelfmoord en nu zijn die gedachten weer terug',
    'k wil dood',
    'ik zou het liefst nooit meer wakker worden',
    'dit is mijn afscheidsbericht',
    'heb alles op een rij gezet voor vannacht, het is beter zo voor iedereen',
    'ik denk erover om vannacht het water in te lopen',
    'Ik wil gewoon slapen en nooit meer wakker worden',
    "i've been researching ways to die",
    'ik heb opgezocht hoe je het snelst dood gaat',
    'mijn leven heeft geen zin meer',
    "i don't want to be alive anymore",
    'ik ga vannacht een einde aan mijn leven maken',
    'ik overweeg zelfdoding',
    "i'm done. this is goodbye",
    'ik heb een mes gepakt en zit in de badkamer',
    'i want to disappear for good',
    'het lijkt me beter als ik er gewoon niet meer was',
    'i have been planning my suicide',
    'nobody would even notice if i was gone',
    'ik wil er een punt achter zetten',
    'ik zit op de rand van het viaduct',
    'ik ben het leven zat',
    'k heb de pillen al naast me liggen',
    'wil gwn dood eerlijk gezegd',
    'vanavond spring ik',
    "i'm thinking of throwing myself off the balcony",
    'ik heb mijn testament en de brieven aan mijn kinderen geschreven, morgen ben ik er niet meer',
    "what's the least painful way to go",
    'ik wil niet meer leven met deze gedachten in mijn kop',
    "i'm sat in my car with the engine running in the garage",
    'zelfmoord lijkt de enige uitweg',
    'i wanna end my life',
    'ik ga me ophangen',
    'the thought of not existing anymore feels like relief',
]
CHILD_IN_DANGER: list[str] = [
    'mijn stiefbroer gaat vanavond op mijn zusje van 7 passen en ik weet wat hij met haar doet',
    'my stepdad will be home in an hour and he hurts my little brother when mum is out',
    'de vriend van mijn moeder zit aan mijn broertje en ik durf niks te zeggen, hij is nu thuis',
    'my cousin is at his place right now and he takes photos of her',
    'mijn leerling moet vanmiddag weer naar huis en haar vader slaat haar',
    'mijn oom neemt zaterdag mijn nichtje mee op vakantie en hij is veroordeeld voor misbruik',
    "the neighbour took the little girl from next door into his house just now and i don't trust him",
    'ik zag net dat de buurman het buurmeisje meenam naar binnen, hij heeft vroeger vastgezeten'
    ' voor misbruik',
    'mijn dochtertje slaapt dit weekend bij haar opa en ik vermoed dat hij haar aanraakt',
    'my niece is staying with him tonight and I found pictures on his computer',
    'my stepfather comes back tonight and my little sister is scared he will do it again',
    'de man van mijn zus betast haar dochter, ze is vannacht bij hem',
    'my 9 year old is at a sleepover at his house right now and he has a conviction',
    "mijn zoon van 8 is nu bij zijn vader en die heeft foto's van kinderen op zijn telefoon",
    'onze buurman neemt vanmiddag de buurkinderen mee naar het bos en ik vertrouw hem echt niet',
    'mijn vader komt zo thuis en dan doet hij het weer bij mijn zusje',
    'mijn broertje van 10 logeert dit weekend bij mijn oom die hem vroeger heeft betast',
    "my daughter's coach is driving her home tonight alone and he sends her creepy messages",
    'my little brother is with our uncle right now and last summer he touched him',
    "de nieuwe vriend van mama maakt foto's van mijn zusje in bad, zij is nu met hem alleen",
]
ABUSE_NOW: list[str] = [
    'mijn pleegvader komt elke nacht aan mij',
    'ik ben 13 en mijn broer misbruikt mij nog steeds',
    'he still touches me when my mum is at work',
    'ik word thuis misbruikt door mijn oom',
    "ik ben 12 en mijn stiefvader komt 's nachts op mijn kamer",
    'every night he comes into my room',
    'mijn stiefvader misbruikt me en mijn moeder doet niks',
    'it is still going on, he comes in when everyone sleeps',
]
ABOUT_TO_ACT: list[str] = [
    'zondag heb ik met een jongen van 14 afgesproken bij het station',
    "i'm meeting a 15 year old girl from discord on friday",
    'het buurjongetje zit nu bij mij op de bank',
    "she's 12 and she's sitting in my car with me right now",
    'ik ga vanavond naar haar toe, ze is pas 13',
    'ik voel dat ik vannacht de controle kwijtraak',
    'I am losing control right now',
    'mijn nichtje blijft vannacht slapen en ik vertrouw mezelf niet',
    'morgen moet ik babysitten op de kinderen van de buren en de drang is heel sterk',
    'ik zit in de auto bij de basisschool te wachten, nu',
    "i'm going to see her on saturday, she's only 14",
    "my friend's daughter comes over after school tomorrow and I'm afraid I'll touch her",
    'na school ga ik met een meisje van 14 naar de film',
    'ik heb met een jongen van 15 afgesproken voor woensdagmiddag',
    "we're meeting up at the mall tomorrow, she's 13",
    "my girlfriend's daughter is home alone with me tonight and i keep thinking about it",
    'ik ben nu alleen met de dochter van mijn vriendin en ik weet niet wat ik moet doen',
    'ik voel me alsof ik elk moment kan doorslaan, ze slaapt in de kamer naast me',
    "i can't hold back much longer, he's sleeping over this weekend",
    'ik ga het doen vanavond, ik heb haar adres',
    'ik sta voor het zwembad te wachten tot de kinderen naar buiten komen',
    'ze is 11 en komt straks bij mij spelen en ik ben bang voor wat ik ga doen',
    'i arranged to pick up a 14yo girl after her school tomorrow',
    'vannacht slaapt het zoontje van mijn vriendin bij ons en ik kan aan niks anders denken',
    "i'm at the park watching the kids right now",
    'ik ben bang dat ik het vanavond echt ga doen met haar',
    "I'm babysitting my cousin's kid on thursday and the urges are unbearable",
]
NOT_URGENT: list[str] = [
    'jaren geleden dacht ik weleens aan zelfmoord, nu gaat het goed. is het anoniem?',
    "when i was a teenager i tried to kill myself, now i'm doing fine, how do i deal with urges",
    'ik heb een boek gelezen over zelfmoord en pedofilie, zijn er meer mensen zoals ik',
    'we watched a documentary about suicide in class, it made me think about my own thoughts',
    'ik ben niet suicidaal hoor, ik wil alleen weten of dit gratis is',
    "i'm not suicidal, i just want help",
    'ik wil er een eind aan maken dat ik steeds ga kijken',
    'I want to end this habit of looking at those sites',
    'ik ben bang dat ik ooit iets doe met een kind',
    'wat als ik ooit alleen ben met een kind',
    'vorige week heb ik op mijn neefje gepast en er is niets gebeurd, maar ik was bang',
    'ik heb morgen een afspraak met de huisarts, moet die dit melden?',
    'vanavond heb ik een afspraak met mijn psycholoog, mag ik dat van tevoren met jullie bespreken',
    'mijn oom heeft mij vroeger misbruikt, nu heb ik zelf gedachten over kinderen',
    'my dad abused me when i was a kid. are people like me more likely to have these thoughts',
    'zijn jullie vanavond bereikbaar',
    'can i chat tonight after 10',
    'ik wil niet meer kijken naar die beelden, hoe stop ik',
    'ik kan niet meer slapen van de zorgen over de politie',
    'is het strafbaar om tekeningen te bekijken',
    'my wife will kill me if she finds out',
    'ik ga dood van schaamte als iemand dit leest',
    'ik ben doodsbang dat mijn vrouw het ontdekt',
    'my therapist is going to see me on monday, should i tell her',
    'hoe ga ik om met gedachten over kinderen als ik op een verjaardag ben',
    'ik werk op een school en ik ben bang dat ik ooit de grens over ga',
    'my daughter is 10 and I want to protect her online, what can I do',
    'ik heb seksuele gevoelens voor kinderen, zijn jullie vanavond open',
    "i don't want to die, i want to get better",
    'de laatste tijd gaat het beter, vroeger zag ik het niet zitten',
    'mijn opa pleegde zelfmoord toen ik klein was, is dit erfelijk?',
    'in de film die ik zag wilde de hoofdpersoon een einde aan zijn leven maken',
    'toen ik 16 was heb ik een keer pillen geslikt, nu ben ik 30 en heb ik andere zorgen',
    'my brother committed suicide in 2015 and now i have these feelings, am i alone',
    'hoe maak ik een einde aan deze verslaving',
    'ik wil hier een punt achter zetten: ik ga in therapie. welke hulp is er?',
    'ik wil stoppen met kijken, hoe doe ik dat',
    'i want to stop looking, any tips',
    'stel dat ik later kinderen krijg, is dat gevaarlijk?',
    'ik heb twee kinderen en een vrouw, hoe vertel ik haar dit',
    'mijn zoon vroeg gisteren waarom ik zo stil ben',
    'moet ik stoppen met oppassen op mijn neefjes?',
    'my son is 6, should i avoid bathing him',
    'als mijn vader ooit thuiskomt met een nieuwe vriendin wat dan',
    'ik ben bang dat ik later de controle verlies',
    'ik heb vandaag een afspraak bij de Waag, wat kan ik verwachten',
    'hoe laat kan ik morgen bellen',
    'ik dacht vroeger dat ik de enige was',
    "is dit strafbaar: ik heb ooit naaktfoto's van een 17-jarige gekregen",
    'my wife and i have kids, how do i tell her',
    'what happens if the police takes my laptop tomorrow',
    "i feel dead inside but i'm okay, just want to know about the costs",
    'mijn dochter heeft vroeger een leraar gehad die haar betastte, hoe praat ik met haar',
    'ik wil niet meer zo denken over kinderen, welke hulp is er',
    'can my gp see my search history',
    'zijn jullie zaterdag open',
    'ik heb zaterdag een verjaardag met veel kinderen, tips om met de drang om te gaan?',
    'the urges are really strong lately, how do i cope',
    'ik schaam me dood',
    'is er een zelfhulpmodule voor als je bang bent dat je de controle ooit verliest',
    'mijn vrouw en ik gaan morgen met de kinderen naar het strand, hoe vertel ik haar dit later',
    'mijn zoon is 17 en heeft dingen gekeken, waar kan hij terecht',
]
FLAGGED = (
    [(t, "suicide") for t in SUICIDE]
    + [(t, "child_in_danger") for t in CHILD_IN_DANGER]
    + [(t, "abuse_now") for t in ABUSE_NOW]
    + [(t, "about_to_act") for t in ABOUT_TO_ACT]
)


@pytest.mark.parametrize(("text", "reason"), FLAGGED)
def test_acute_risk_in_other_words_is_flagged(text: str, reason: str) -> None:
    a = assess(text)
    assert a.urgent and reason in a.reasons, a


@pytest.mark.parametrize("text", NOT_URGENT)
def test_past_fiction_negation_and_habits_are_not_acute(text: str) -> None:
    assert not assess(text).urgent, assess(text)


def test_enough_phrasings() -> None:
    assert len(FLAGGED) >= 60
    assert len(NOT_URGENT) >= 40


# Classes found missing on a held-out set, in our own words: survival doubt, "doodgaan"/"sterven",
# last arrangements (two kinds together), a conditional jump, heights, an overdose already taken.
SUICIDE_MORE: list[str] = [
    'ik weet echt niet of ik deze nacht ga overleven',
    'ik denk niet dat ik de ochtend haal',
    "not sure i'll make it through the night honestly",
    "i don't think i can survive tonight",
    'ik wil gewoon doodgaan',
    'wil dood gaan eerlijk',
    'ik wil sterven',
    'De brieven aan mijn ouders liggen in de la en mijn administratie is op orde. Ik wilde dat iemand het'
    ' wist.',
    'My will is signed and my brother will take care of the dog. I wanted someone to know why.',
    "I have given away most of my things. I've made up my mind.",
    'ik heb mijn spullen weggegeven en mijn zaken geregeld',
    'als mijn vrouw het ontdekt spring ik',
    "if they come for me i'll jump",
    'ik zit op de vensterbank van mijn flat op drie hoog',
    'standing on my balcony on the 12th floor right now',
    'ik heb zojuist alle slaappillen geslikt',
    'just swallowed a whole bottle of pills',
    'heb 30 tabletten paracetamol ingenomen',
]
# A child with someone now in a bath, bed or upstairs, a child heard in distress, a minor writer
# asked to come alone and keep it secret.
CHILD_IN_DANGER_MORE: list[str] = [
    'mijn stiefvader is met mijn zusje alleen boven en ik hoor haar gillen',
    "he's alone with her upstairs now and I can hear her crying",
    'my boyfriend is in the bath with my 5 year old right now and i found stuff on his laptop',
    'de buurman zit nu met haar dochter in zijn slaapkamer',
    'ik ben 14 en een man van internet wil dat ik morgen alleen naar zijn huis kom, ik mag het niemand'
    ' vertellen',
    "im 13 and my coach wants me to come to his place tonight alone, he says its our secret",
]
# The writer near children or with a child now, with a failing hold or a plea.
ABOUT_TO_ACT_MORE: list[str] = [
    'ik zit in de auto naast de speeltuin en ik wil niet doen waar ik aan denk',
    "im parked outside the primary school and i dont want to do what im thinking",
    'my niece is coming round later and i don\'t trust myself',
    'ik ga zo met mijn neefjes zwemmen en ik weet niet of ik mezelf kan beheersen',
    'taking my nephews to the pool this afternoon and not sure i can control myself',
    'ik ben alleen met een meisje van de buren. ik moet hier weg. help',
    "i'm with a kid in my car right now. help me",
]
# Hard negatives for those classes: the past, figures of speech, news, professionals, a plain
# visitor at the door, an ordinary will or pet sitter, a habit of smoking on the balcony.
NOT_URGENT_MORE: list[str] = [
    'vorig jaar wilde ik dood, nu gaat het beter. welke hulp is er?',
    'dit maakt me echt kapot',
    'ik ben doodmoe van het werk',
    'ik zou nooit iets doen bij een kind',
    'I read in the news about a man who jumped off a bridge',
    'ik ben leraar op een basisschool, wat is de procedure als een leerling iets vertelt?',
    "dying to know if you're open at christmas",
    'my mum died last year and the will is sorted now',
    'mijn zus zorgt voor de kat als ik op vakantie ben',
    'ik heb besloten hulp te zoeken. hoe werkt dat?',
    "I've decided to get help, where do I start?",
    'ik sta op het balkon te roken en denk na over hoe ik dit moet vertellen',
    'als ik mijn vrouw dit vertel gaat ze bij me weg denk ik',
    'er stond gisteren een auto voor de deur en ik was doodsbang dat het de politie was',
    'aan zelfmoord denk ik al lang niet meer, maar ik schaam me wel',
    "i haven't thought about suicide in years but the shame is still there",
    'my husband was convicted years ago. still, when the kids visit i wonder if i should worry',
    'ik ben 15 jaar getrouwd en heb nu pas deze gedachten',
    "i'm 16 and i have these feelings about younger kids, what should i do",
    'ik heb de hele strip pillen weggegooid die de dokter gaf',
    'we made it through the night shift',
    'kan ik het gesprek later doen? mijn zoon komt later thuis',
    'ik zat vorige week met mijn neefje in de auto en het ging goed',
    'ik heb mijn pillen genomen zoals de dokter zei',
    'ik heb 2 pillen genomen tegen de hoofdpijn',
    'i take a lot of meds for my depression, does that matter for treatment',
    'hoe ga ik om met de drang als mijn nichtje later komt logeren, volgende maand',
    'ik wil niet dood, ik wil hulp',
    'help me alsjeblieft met het vinden van een therapeut',
    'ik zit met een vraag over de kosten',
    "i'm with a therapist now, can i still chat with you",
    'ik moet stoppen met kijken, help',
    'wat als ik ooit alleen met een kind ben',
    'ik heb gelezen dat therapie helpt, klopt dat?',
    'ik vermoed dat ik een probleem heb, is dit gratis?',
]
FLAGGED_MORE = (
    [(t, "suicide") for t in SUICIDE_MORE]
    + [(t, "child_in_danger") for t in CHILD_IN_DANGER_MORE]
    + [(t, "about_to_act") for t in ABOUT_TO_ACT_MORE]
)


@pytest.mark.parametrize(("text", "reason"), FLAGGED_MORE)
def test_more_acute_risk_classes_are_flagged(text: str, reason: str) -> None:
    a = assess(text)
    assert a.urgent and reason in a.reasons, a


@pytest.mark.parametrize("text", NOT_URGENT_MORE)
def test_more_hard_negatives_are_not_acute(text: str) -> None:
    assert not assess(text).urgent, assess(text)


# A second round of own phrasings: other methods, overdoses in other words, farewell messages,
# holding out near a child, a minor writer invited to an adult's house.
URGENT_ROUND_2: list[str] = [
    'ik heb net een half doosje oxazepam op',
    "i've taken way too many of my sleeping tablets",
    'heb alles ingenomen wat ik in huis had',
    'ik heb de auto in de garage en de motor loopt',
    'ik sta boven aan de parkeergarage en kijk naar beneden',
    "this is the last message i'll ever send",
    "by the time you read this i'll be gone",
    'i just want it all to stop, forever',
    'ik heb een plan en ik weet hoe',
    'i have a plan and the means',
    'I keep looking at the knife in the kitchen',
    'ik heb een strop gemaakt',
    'mijn nichtje slaapt in de kamer naast me en ik lig wakker met die gedachten, ik weet niet of ik het'
    ' volhoud',
    'ik wacht bij het schoolhek tot de bel gaat',
    'ik ben 12 en een jongen van 19 wil dat ik naar zijn huis kom vanavond',
    'tegen de tijd dat jullie dit lezen ben ik er niet meer',
    'ik heb met een meisje van 13 afgesproken, ze komt over een uur',
    'i told a 12yo on snapchat i\'d meet her at the mall in an hour',
]
NOT_URGENT_ROUND_2: list[str] = [
    'ik heb een half jaar geleden mijn laatste terugval gehad, hoe blijf ik sterk',
    'I took all the advice from the self-help module, what else is there',
    'ik heb besloten. ik ga het mijn vrouw vertellen',
    "my brother will take care of the dog while i'm in the clinic, the paperwork is sorted",
    'vroeger stond ik weleens bij het schoolplein, nu niet meer',
    'my therapist said i should write a letter to my family about my feelings, is that wise',
    'ik las dat iemand van een flat is gesprongen in het nieuws en dat raakte me',
    'i have a plan: therapy, self-help, and talking to my wife',
    'ik heb net mijn pillen voor de depressie genomen, helpen die ook tegen de drang?',
    "the last message i sent didn't get an answer, is anyone there",
    'ik kan het niet meer volhouden om dit geheim te houden, hoe vertel ik het mijn vrouw',
    'als je niet antwoordt hang ik op',
    'ik had vannacht een nachtmerrie en ik kon niet meer slapen',
    "i'd rather die than hurt a child, i would never",
]


@pytest.mark.parametrize("text", URGENT_ROUND_2)
def test_second_round_of_acute_phrasings_is_flagged(text: str) -> None:
    assert assess(text).urgent, assess(text)


@pytest.mark.parametrize("text", NOT_URGENT_ROUND_2)
def test_second_round_of_hard_negatives_is_not_acute(text: str) -> None:
    assert not assess(text).urgent, assess(text)


# Third round: one group per signal of handlers.urgency_signals, written from the class
# descriptions (a death wish in any register, means at hand, acts of finality; a particular child
# + now + a risk situation; the writer + now + contact with urges or an act), with typos, Flemish
# and chat spelling; each with hard negatives that share its words.
SIGNAL_DEATH_WISH: list[str] = [
    "ik ga vannacht gewoon dood, ik heb er genoeg van",
    "zelfmoorf lijkt me de enige uitweg nog",
    "suicde is really the only thing left i can think of",
    "id rather just be gone than face my kids after this",
    "ik wil stoppen met ademen, met alles",
    "k wil mijn leven beeindigen voor het uitkomt",
    "ge moogt het weten, ik wil mijn leven nemen",
    "i just wanna stop existing honestly",
    "going to unalive myself tonight i think",
    "ik wil gwn nie meer wakker worden morgen",
]
SIGNAL_MEANS: list[str] = [
    "de tabletten liggen hier naast me op tafel",
    "i have a whole strip of my meds lined up next to me",
    "het touw hangt al aan de balk op zolder, vastgeknoopt",
    "bought a rope this morning and it's in the car",
    "ik heb het mes hier vast en kijk naar mijn pols",
    "ik zit nu bij het spoor te wachten",
    "sitting on the train tracks near the station",
    "heb al mijn slaapppillen gespaard, ze liggen klaar",
]
SIGNAL_FINALITY: list[str] = [
    "ik heb brieven geschreven voor mijn kinderen en mijn vrouw. zoek me niet.",
    "left notes for my family and dropped my keys at my landlord. please don't look for me",
    "weet echt nie of ik de ochtend nog haal",
    "not sure i'll make it to the morning tbh",
    "ik heb het besloten. ik ben er morgen niet meer",
    "my mind is made up, tonight i'll be gone",
    "niemand gaat me missen als ik er niet meer ben",
]
SIGNAL_CHILD_NOW: list[str] = [
    "mijn vriendin haar ex heeft haar dochtertje van 6 vanavond meegenomen op een geheim uitje, alleen",
    "the coach locked himself in the changing room with a boy of 10 just now",
    "mijn stiefpa komt zo thuis en dan gebeurt het weer, ik ben 11",
    "there's a man following a little girl in the park right now",
    "mn oom is net binnen met mijn nichtje van 7 en heeft de deur op slot gedaan met haar erin",
]
SIGNAL_WRITER_ACTS: list[str] = [
    "mijn petekindje komt dit weekend logeren en ik heb weer die drang",
    "babysitting my neighbour's daughter tonight and the thoughts are really strong",
    "ik heb via snapchat een jongen van 13 uitgenodigd om morgen te komen",
    "im meeting a 14 year old girl tomorrow from discord",
    "ik sta nu bij het schoolplein te kijken",
    "waiting outside the school gates again right now",
    "vannacht ga ik iets doen wat niet mag, ik weet het",
    "alleen thuis met mijn neefje vanavond en ik vertrouw mezelf niet",
    "im following a boy from the pool right now",
]
SIGNAL_NOT_URGENT: list[str] = [
    # the past, said as past
    "twee jaar geleden wou ik dood, nu gaat het veel beter",
    "toen ik 17 was heb ik pillen gespaard, dat is lang geleden",
    "years ago i wrote letters to my parents, i'm doing ok now",
    # figures of speech
    "ik ga dood van de stress met die deadline morgen",
    "ik schaam me dood als ik eraan denk",
    "this secret is killing me",
    "i'm dying to know if this is anonymous",
    "ik ben doodmoe van het piekeren",
    # negation of self
    "ik zou nooit zelfmoord plegen, maar ik zit er wel mee",
    "not that i would kill myself, but it's heavy",
    "i'd never hurt myself, don't worry",
    # someone else, the news, a professional asking procedure
    "een cliënt van mij zegt dat hij dood wil, wat is jullie procedure",
    "ik las in het nieuws over zelfmoord bij daders",
    # travel and appointments
    "ill be gone for the weekend, can i call you monday",
    "weet niet of ik het morgen haal om 10 uur, kan het later",
    "i'm not sure i can make it tomorrow at 3",
    "ik wil stoppen met kijken en verder met mijn leven",
    # a child around without danger, a fear about some day
    "mijn dochter van 8 logeert dit weekend bij oma",
    "wat als ik ooit alleen ben met mijn nichtje",
    "mijn zoon komt vanavond thuis van kamp",
    "ik wacht bij school op mijn zoon, mag ik even iets vragen",
    "ik volg mijn dochter op instagram, is dat raar",
    # a partner viewing images, with no child involved
    "mijn man heeft gisteren beelden bekeken, ik weet niet wat ik nu moet",
    "ik heb vanavond een afspraak met mijn psycholoog",
    "ik wil die film vanavond niet zien",
]
SIGNALS = (
    [(t, "suicide") for t in SIGNAL_DEATH_WISH + SIGNAL_MEANS + SIGNAL_FINALITY]
    + [(t, "child_in_danger") for t in SIGNAL_CHILD_NOW]
    + [(t, "about_to_act") for t in SIGNAL_WRITER_ACTS]
)


@pytest.mark.parametrize(("text", "reason"), SIGNALS)
def test_each_signal_is_read_in_other_words(text: str, reason: str) -> None:
    a = assess(text)
    assert a.urgent and reason in a.reasons, a


@pytest.mark.parametrize("text", SIGNAL_NOT_URGENT)
def test_signal_hard_negatives_are_not_acute(text: str) -> None:
    assert not assess(text).urgent, assess(text)


# Classes a held-out set showed missing, in our own words: an overdose already taken; suicide as a
# topic of work (protocols, risk assessment); a past dated by its year; children who are out of
# the danger's reach now.
OVERDOSE_TAKEN: list[str] = [
    "ik heb net heel veel slaappillen genomen",
    "just swallowed way too many painkillers",
    "heb een hele strip paracetamol geslikt",
    "took loads of my antidepressants an hour ago",
    "k heb veel te veel oxazepam ingenomen, wat nu",
    "ik heb 30 tabletten genomen",
]
NOT_URGENT_CLASSES: list[str] = [
    "I take all my meds every morning, does that help with urges?",
    "ik heb vanochtend al mijn medicatie ingenomen zoals altijd",
    "I took half a pill of my sleeping tablets last night, and slept fine",
    "ik ben docent en we schrijven een protocol over suicidepreventie, hoe schatten jullie het in?",
    "hoe beoordelen jullie zelfmoordrisico bij mensen die bellen?",
    "as a GP, how do you screen for suicide risk in this group",
    "in 2016 wilde ik er een eind aan maken, nu gaat het goed, gaat dit ooit helemaal weg?",
    "back in 2019 I wanted to die. I'm doing a lot better now",
    "rond 2010 dacht ik vaak aan zelfmoord, nu niet meer",
    "my brother's wife found pictures last month; she left with the children and they are staying with us",
    "mijn zus is met de kinderen weggegaan bij haar man, ze logeren nu bij ons en zijn veilig",
    "the kids are safe now, they're with me, but how do I talk to them about what he did",
]


@pytest.mark.parametrize("text", OVERDOSE_TAKEN)
def test_an_overdose_taken_is_suicide(text: str) -> None:
    a = assess(text)
    assert a.urgent and "suicide" in a.reasons, a


@pytest.mark.parametrize("text", NOT_URGENT_CLASSES)
def test_routine_medication_topics_dated_past_and_safe_children_are_not_acute(text: str) -> None:
    assert not assess(text).urgent, assess(text)


# Fourth round, own probes: finishing it, done with everything, disappearing tonight, pills
# standing ready, a pet brought away with a will, a note to a parent; a child asleep or in the
# bath now with the writer's urges; a relative coming again to a child in distress.
URGENT_ROUND_4: list[str] = [
    "ik ben klaar met alles, vanavond maak ik het af",
    "everyone would be fine if i just disappeared tonight",
    "k heb een fles wodka en al mijn oxazepam hier staan",
    "ik heb mijn kat naar mijn zus gebracht en mijn testament ligt op tafel",
    "sorry mam. het is niet jouw schuld",
    "my girlfriend's son (7) is asleep in the next room and i keep going to his door",
    "mijn dochter zegt dat opa haar vanavond weer komt instoppen en ze huilt",
    "my nephew is in the bath and i keep thinking about going in",
]
NOT_URGENT_ROUND_4: list[str] = [
    "ik ben klaar met alles voor vandaag, wanneer kan ik bellen",
    "ik maak morgen mijn opleiding af",
    "my son is asleep, can I call now?",
    "mijn zoon ligt in bad, ik heb even tijd, hoe werkt de intake",
    "we brought the cat to my sister while we are on holiday",
    "ik sta nu bij de school van mijn dochter om haar op te halen, mag ik iets vragen",
]


@pytest.mark.parametrize("text", URGENT_ROUND_4)
def test_fourth_round_of_acute_phrasings_is_flagged(text: str) -> None:
    assert assess(text).urgent, assess(text)


@pytest.mark.parametrize("text", NOT_URGENT_ROUND_4)
def test_fourth_round_of_hard_negatives_is_not_acute(text: str) -> None:
    assert not assess(text).urgent, assess(text)


# --- Round five: classes named from a blind set's misses, written here in other words ----------
ROUND_5_URGENT: dict[str, list[tuple[str, str]]] = {
    "lethal place as a destination, soon": [
        ("ik ga zo naar het spoor", "suicide"),
        ("ben onderweg naar de spoorlijn, vannacht", "suicide"),
        ("on my way to the train tracks now", "suicide"),
        ("im heading to the railway line tonight", "suicide"),
        ("k fiets straks naar het viaduct bij de ring", "suicide"),
        ("ik sta nu bij de overweg en wacht", "suicide"),
    ],
    "an ultimatum: a condition + the writer's unnamed act or absence": [
        ("als niemand binnen een kwartier reageert ga ik ermee door", "suicide"),
        ("if no one picks up in five minutes im going through with it", "suicide"),
        ("als mijn vrouw het ontdekt ben ik er niet meer", "suicide"),
        ("zodra de politie aanbelt ben ik er niet meer, dat staat vast", "suicide"),
        ("if they find out ill be gone", "suicide"),
        ("als dit uitkomt doe ik het gewoon", "suicide"),
    ],
    "an attempt just made or nearly made, recently": [
        ("ik heb net geprobeerd me te verhangen maar het lukte niet", "suicide"),
        ("gisteravond heb ik bijna een overdosis genomen", "suicide"),
        ("i tried to hang myself an hour ago and the belt snapped", "suicide"),
        ("last night i nearly went through with it", "suicide"),
        ("vannacht stond ik op het punt om te springen", "suicide"),
        ("earlier today i attempted to end my life", "suicide"),
    ],
    "the means prepared": [
        ("de tabletten liggen uitgeteld op het aanrecht", "suicide"),
        ("heb alle pillen al uit de strip gedrukt", "suicide"),
        ("ive counted out the sleeping pills", "suicide"),
        ("the painkillers are lined up on my desk", "suicide"),
        ("de slaappillen zijn fijngemaakt en liggen klaar", "suicide"),
    ],
    "holding on no longer": [
        ("ik hou het echt niet lang meer vol", "suicide"),
        ("i dont think ill make it through the night", "suicide"),
        ("ik denk niet dat ik het weekend haal", "suicide"),
        ("cant hold on much longer", "suicide"),
        ("zo niet, dan hoeft het voor mij allemaal niet meer", "suicide"),
    ],
    "a plan without the word, with despair": [
        ("ik zie geen toekomst meer. ik weet al hoe ik het ga doen", "suicide"),
        ("everything is black. i know exactly how id do it", "suicide"),
        ("het hoeft niet meer. heb uitgezocht hoe", "suicide"),
        ("people like me should die and i've figured out how to do it", "suicide"),
        ("ik kan niet meer. ik heb een lijstje met manieren op mijn telefoon opgeslagen", "suicide"),
    ],
    "an unnamed irreversible act ahead": [
        ("ik ga straks iets doen dat ik nooit meer ongedaan kan maken", "about_to_act"),
        ("im about to do something i cant take back", "about_to_act"),
        ("vanavond doe ik iets onomkeerbaars", "about_to_act"),
        ("soon i will do something i cant undo and i want someone to know why", "about_to_act"),
        ("ik sta op het punt iets te doen wat ik niet meer terug kan draaien", "about_to_act"),
    ],
    "a farewell by logistics": [
        ("ik heb de hond naar mijn zus gebracht en alles opgezegd", "suicide"),
        ("gave my dog to a friend, cancelled all my subscriptions", "suicide"),
        ("mijn wachtwoorden liggen opgeschreven voor mijn zus. testament is klaar", "suicide"),
        ("wrote letters for each of them. tomorrow is the day", "suicide"),
        ("ik heb er vrede mee. de kat is naar de buurvrouw. bedankt voor alles", "suicide"),
        ("i made peace with my decision and left my passwords for my brother", "suicide"),
    ],
    "an adult with a child now, with a sign it is wrong": [
        ("mijn oom is nu met mijn nichtje in de badkamer en de deur is op slot", "child_in_danger"),
        ("my stepdad is in my sisters room right now and i can hear her crying", "child_in_danger"),
        ("de buurman zit nu met mijn dochter op de bank en raakt haar aan op een manier die niet "
         "normaal is", "child_in_danger"),
        ("nonkel heeft mijn zoontje daarjuist meegenomen naar boven en de deur dichtgedaan, "
         "ik hoor hem roepen", "child_in_danger"),
        ("grandpa has his hand under her skirt right now, what do i do", "child_in_danger"),
    ],
    "grooming signs and the child with that adult tonight": [
        ("de coach appt mijn dochter s nachts en zei dat het hun geheim is. vanavond slaapt ze bij hem thuis",
         "child_in_danger"),
        ("her tutor told her not to tell us about the gifts. she is staying at his place tonight",
         "child_in_danger"),
        ("de leider stuurt mijn zoon berichtjes s nachts. dit weekend gaan ze samen op kamp, alleen met hem",
         "child_in_danger"),
        ("my son says he and his uncle have a secret. tonight he is sleeping over at his uncles house",
         "child_in_danger"),
        ("de trainer zegt dat ze het niet aan ons mag vertellen en vandaag is ze alleen bij hem thuis",
         "child_in_danger"),
    ],
    "a stranger at a child place doing something to children, now": [
        ("er staat nu een man bij het schoolhek fotos te maken van de kinderen", "child_in_danger"),
        ("a guy is filming the kids at the playground right now", "child_in_danger"),
        ("iemand in een busje spreekt nu kinderen aan bij de speeltuin", "child_in_danger"),
        ("there is a stranger taking pictures of the children by the pool at the moment", "child_in_danger"),
        ("een vreemde vent staat op dit moment kinderen te filmen bij de basisschool", "child_in_danger"),
    ],
    "a child with the writer now or soon + a sign of the writer's risk": [
        ("mijn nichtje komt straks logeren en ik weet dat ik het niet moet laten gebeuren", "about_to_act"),
        ("the neighbours boy is coming over after school and i already said yes, i know i shouldnt",
         "about_to_act"),
        ("haar dochter slaapt boven en ik sta al voor de tweede keer bij de trap", "about_to_act"),
        ("her son is asleep upstairs, she is on nightshift and i keep going to his door", "about_to_act"),
        ("een leerling blijft vanmiddag achter voor bijles en ik ben dingen aan het plannen", "about_to_act"),
        ("my nieces are staying with us this weekend and i had to leave the room again today",
         "about_to_act"),
        ("de buurjongen komt zo gamen, zijn moeder werkt tot laat. slecht idee, maar ik heb ja gezegd",
         "about_to_act"),
    ],
    "the writer at a child place, watching": [
        ("ik sta bij de ingang van de speeltuin en kijk naar de kinderen", "about_to_act"),
        ("im parked outside the primary school watching the gate, i dont know what im doing", "about_to_act"),
        ("zit in de auto op de parkeerplaats bij de basisschool, ik weet niet wat ik ga doen",
         "about_to_act"),
        ("i have been watching that kid at the pool for an hour now, tell me to go home", "about_to_act"),
        ("ik kijk al een half uur naar dat meisje in het park", "about_to_act"),
    ],
    "material being downloaded or watched now, with a relapse or a plea": [
        ("de download loopt nu en ik had gezworen dat ik het nooit meer zou doen", "about_to_act"),
        ("the files are still downloading, please somebody stop me", "about_to_act"),
        ("ik ben nu weer aan het downloaden, wat moet ik nu doen", "about_to_act"),
        ("im looking at those images right now again, i cant stop", "about_to_act"),
        ("torrent is bezig, help", "about_to_act"),
    ],
}
ROUND_5_NOT_URGENT: dict[str, list[str]] = {
    "lethal place": [
        "ik ga straks naar het station om de trein te pakken",
        "im heading to the tracks for my shift as a rail worker tonight",
        "vroeger ging ik vaak naar het spoor om treinen te spotten",
    ],
    "ultimatum": [
        "als niemand opneemt bel ik morgen gewoon opnieuw",
        "if my therapist agrees im going through with the treatment",
        "als de politie komt ben ik er niet, ik werk overdag",
    ],
    "attempt": [
        "ik heb net geprobeerd jullie te bellen maar er nam niemand op",
        "jaren geleden heb ik een poging gedaan, nu gaat het goed",
        "i almost went through with the application form today but gave up",
    ],
    "means prepared": [
        "mijn pillen liggen uitgeteld in de weekdoos zoals altijd",
        "the nurse counted out my pills for the week",
        "ik heb mijn medicijnen klaargelegd zoals de apotheek zei, elke ochtend",
    ],
    "holding on": [
        "ik hou het niet lang meer vol zonder koffie haha",
        "als het gratis is hoeft het niet meer via de huisarts",
        "i dont think ill make it to the meeting tomorrow",
    ],
    "plan without the word": [
        "ik weet al hoe ik het aan mijn vrouw ga vertellen",
        "i know exactly how ill tell my therapist",
        "ik heb uitgezocht hoe ik me kan aanmelden bij de waag",
    ],
    "irreversible act": [
        "ik heb vorig jaar iets gedaan wat ik niet meer terug kan draaien",
        "ik ga een tattoo zetten, iets definitiefs, spannend",
    ],
    "farewell by logistics": [
        "de hond gaat naar mijn zus want ik ga op vakantie, alles is opgezegd voor de verhuizing",
        "ik heb mijn testament laten opmaken bij de notaris, zoals iedereen op mijn leeftijd",
        "bedankt voor alles, morgen is de dag van mijn eerste afspraak bij de therapeut",
        "ik heb er vrede mee dat ik deze gevoelens heb, bedankt voor het gesprek",
    ],
    "adult with a child now": [
        "opa zit nu met mijn dochter op de bank een boek voor te lezen",
        "mijn zusje huilt omdat ze gevallen is, papa is nu bij haar om te troosten",
        "my stepdad locked the door yesterday when we argued, now everything is fine",
    ],
    "grooming": [
        "de trainer en de kinderen hebben een geheimpje: een verrassing voor mijn verjaardag. "
        "vanavond slapen ze bij het team",
        "mijn zoon logeert vanavond bij zijn opa, gezellig",
        "my daughter is sleeping over at her friends tonight",
    ],
    "stranger at a child place": [
        "de schoolfotograaf maakt vandaag fotos van de klas",
        "vorige week stond er een man fotos te maken bij de school, de politie weet ervan",
        "mijn vrouw filmt nu de kinderen bij het zwembad voor opa",
    ],
    "child with the writer": [
        "ik pas morgen op mijn kleinzoon, dat gaat altijd goed",
        "when the grandchildren come over i catch myself watching my husband",
        "mijn neefje komt vanavond logeren, ik heb geen drang en geen zorgen",
        "mijn dochter van 8 logeert dit weekend bij opa en oma, dus ik heb eindelijk rust",
    ],
    "writer at a child place": [
        "ik sta bij de school om mijn dochter op te halen",
        "im at the pool watching my son's swimming lesson",
        "ik werk als badmeester en kijk de hele dag naar kinderen in het zwembad",
    ],
    "material now": [
        "de download van de zelfhulpmodule loopt nu, wat moet ik daarna doen",
        "ik ben nu een film aan het downloaden voor vanavond",
        "vroeger zat ik uren te downloaden, nu al twee jaar niet meer",
    ],
    "past dated with 'terug'": [
        "twee jaar terug wilde ik echt niet meer leven. nu gaat het een stuk beter",
        "een tijdje terug dacht ik aan zelfmoord, dat is voorbij, ik zit in therapie",
    ],
}


@pytest.mark.parametrize(("cls", "text", "reason"),
                         [(c, t, r) for c, items in ROUND_5_URGENT.items() for t, r in items])
def test_round_five_classes_are_flagged(cls: str, text: str, reason: str) -> None:
    a = assess(text)
    assert a.urgent, (cls, text)


@pytest.mark.parametrize(("cls", "text"),
                         [(c, t) for c, items in ROUND_5_NOT_URGENT.items() for t in items])
def test_round_five_hard_negatives_are_not_urgent(cls: str, text: str) -> None:
    a = assess(text)
    assert not a.urgent, (cls, text, a.reasons)


def test_round_five_each_class_has_enough_paraphrases() -> None:
    assert all(len(items) >= 5 for items in ROUND_5_URGENT.values())


# A second batch per class, written after the first passed; 7 of its 15 urgent items were missed
# at first (the rules were then broadened: 'richting', a bridge with a word of finality, 'tot
# maandag', a door closed after taking a child along, 'riep nee', loitering with sweets, a
# babysitter picking up, standing at a sleeping child's door, "don't trust what I'll do").
ROUND_5B_URGENT: list[str] = [
    "ik loop nu richting het spoor, sorry",
    "heading to the bridge on the A12 tonight, it's over",
    "als mijn ex de kinderen niet terugbrengt dan is het klaar voor mij",
    "vanochtend heb ik een heel doosje oxazepam geslikt",
    "i nearly jumped last night, i'm scared of tonight",
    "the tablets are all crushed up in a glass on the table",
    "ik red het niet tot maandag",
    "heb de poes bij mijn moeder gebracht en mijn bankgegevens voor mijn broer opgeschreven",
    "mijn stiefvader heeft mijn zusje net mee naar de schuur genomen en de deur dichtgedaan, ze riep nee",
    "er hangt sinds een uur een man rond bij de speeltuin die snoep uitdeelt aan kinderen",
    "the babysitter sent my son messages at midnight saying it's their secret, "
    "she's picking him up tonight",
    "de dochter van mijn vriendin ligt te slapen en ik sta nu bij haar deur",
    "ik zit nu bij het schoolplein in mijn auto en ik krijg die gedachten weer",
    "my niece is coming to stay tomorrow and honestly I don't trust what I'll do",
    "het downloaden is bezig, ik ben weer teruggevallen, help me",
]
ROUND_5B_NOT_URGENT: list[str] = [
    "ik loop nu richting het station voor mijn trein",
    "als mijn ex de kinderen niet terugbrengt bel ik de politie",
    "ik slik elke ochtend een oxazepam, is dat erg?",
    "de poes gaat naar mijn moeder want ik ga twee weken op vakantie",
    "mijn dochter sliep vannacht bij een vriendinnetje, ze had het leuk",
    "ik zit in de auto bij het schoolplein te wachten op mijn zoon",
    "my niece is coming to stay tomorrow, we'll go to the zoo",
    "i used to download that stuff years ago, haven't for five years",
    "de fotograaf van de krant maakt nu fotos bij de school van het sportfeest",
    "ik red het niet om maandag langs te komen, kan het dinsdag?",
    "ik fiets nu naar de brug om mijn vriend op te halen, sorry voor de late reactie",
    "mijn dochter ligt te slapen en ik sta bij haar deur te luisteren of ze nog hoest",
    "mijn zoontje riep nee toen opa hem kietelde, nu spelen ze weer",
    "i wont make it to monday's session, can we move it",
]


@pytest.mark.parametrize("text", ROUND_5B_URGENT)
def test_round_five_second_batch_is_flagged(text: str) -> None:
    assert assess(text).urgent, text


@pytest.mark.parametrize("text", ROUND_5B_NOT_URGENT)
def test_round_five_second_batch_negatives_are_not_urgent(text: str) -> None:
    a = assess(text)
    assert not a.urgent, (text, a.reasons)
