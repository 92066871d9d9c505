"""The urgency gate on tests/urgency_fresh.jsonl and on own probe batches (round six).

tests/urgency_fresh.jsonl: 128 messages written for this round before the gate was changed (Dutch
incl. Flemish ~61%, English ~39%; chat, e-mail and Telegram styles, typos, long e-mails with the
risk in one sentence, mixed with FAQ questions), half urgent and half hard negatives. Lines with
"half": "tune" were the tuning set; lines with "half": "heldout" were written at the same time and
scored once, blind, after tuning (recall 0.7500, precision 0.8889; the gate before this round
scored 0.4375/0.8235 on it), then its misses were read as classes too, so it is no longer unseen.

PROBES_*: batches written during tuning, each before it was run; each batch's misses were turned
into concept classes (handlers/urgency_concepts.py), not phrase rules. The last batch (12 urgent,
8 not) was scored once, blind, on the finished gate: recall 7/12, 1 false alarm of 8 (the gate
from before this round: the same 7/12 and 1/8); its misses were then read as classes too.
Left out, as known false alarms of older rules (a bare "doet het nog steeds elke ..." reads as
ongoing abuse, recall first):
"mijn vader doet het nog steeds elke dag met de hond", "my dad still does it every time - cooking",
"he does it every friday" (an uncle picking up a brother).

Round seven (lines with "half": "tune7" / "heldout7"): messages written before the rules for four
kinds the gate missed on unseen text: someone else's acute suicide risk told by a professional or a
relative; a third person's meeting with or access to a child about to happen; the writer about to
meet, call or be alone with a minor, said casually; veiled suicidal thoughts. With them, hard
negatives: a past attempt told as recovered history, a night shift tonight, a professional asking
about an old case, a film or the news, "I could kill for a coffee", one's own child, a teen's date.
"tune7" (two batches, the second written after the first was tuned, against its new rules' weak
spots) was tuned on; "heldout7" was written with the first batch and scored once at the end (see
handlers/urgency_concepts.py, round seven, for the figures).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from handlers.urgency import assess

FRESH = Path(__file__).with_name("urgency_fresh.jsonl")
ROWS = [json.loads(line) for line in FRESH.read_text(encoding="utf-8").splitlines() if line.strip()]
# Known misses (text -> reason): none at present. Add only with a reason, never to pass a new rule.
KNOWN_MISSES: dict[str, str] = {}

PROBES_URGENT: list[str] = [
    'mijn ouders zijn beter af zonder mij, echt waar',
    'my kids would be happier if i wasnt around anymore',
    'ik wil gewoon gaan slapen en niet meer wakker worden',
    'de slaappillen liggen naast mijn bed en ik ben er klaar mee',
    'got a whole pack of paracetamol in my bag and i cant take this anymore',
    'heb de hele strip oxazepam ingenomen met bier',
    'took all my antidepressants an hour ago',
    'dit is mijn laatste nacht, bedankt voor alles',
    'ik heb besloten dat het vanavond gebeurt. ik kan niet meer',
    "I'm going to crash my car into a wall tonight",
    'ik denk dat ik morgen met de auto tegen een boom rij',
    'ik sta bij het spoor en de trein komt zo, ik stap steeds dichter naar de rand',
    'he still does it to my little brother when dad is at work',
    'mijn oom doet het nog steeds bij mijn nichtje',
    'elke keer als mama nachtdienst heeft komt hij, en ze heeft vanavond nachtdienst',
    'ik ben al een jaar gestopt maar ik sta op het punt die map weer te openen, help',
    "i won't be needing my stuff after tonight",
    'niemand hoeft zich meer zorgen om mij te maken na dit weekend, ik ben dan weg',
    'ik heb een brief voor mijn moeder geschreven en ik kan het niet meer',
    'het mes ligt voor me op tafel, ik weet het niet meer',
    'mijn zusje van 6 is nu alleen thuis met mijn stiefvader en hij heeft haar al eerder pijn gedaan',
    "my friend's dad makes her sleep in his bed when her mum is away, and her mum leaves tomorrow",
    'er zit een man in een auto bij de school die kinderen roept, nu',
    ('mn broer van 16 neemt mn nichtje van 5 steeds mee naar zijn kamer en doet de deur op slot, ze '
     'zijn daar nu'),
    'ik ben 12 en mijn opa wil dat ik dit weekend bij hem slaap. hij doet dan rare dingen',
    "he said if i tell anyone he'll hurt my little sister. he's picking us up from school today",
    ('the coach asked my son to stay behind alone after practice tonight and sends him messages at '
     'night saying delete them'),
    'ik hoor mijn buurjongen gillen en zijn vader schreeuwt, het gaat al een half uur zo',
    'mijn nichtje logeert morgen en ik heb al uitgezocht wanneer iedereen slaapt',
    "ik ben nu aan het chatten met een meisje van 12 en ze wil foto's sturen, ik weet niet of ik kan stoppen",
    "i'm babysitting tonight and i've already been thinking about what i'd do when she's in bed",
    'ik rij nu naar het adres van een jongen van 13 die ik online ken',
    "she's in the bath and i'm standing outside the door. i shouldn't be here",
    'ik heb al een uur de zoekterm getypt maar nog niet op enter gedrukt. help',
    "the kids next door are in the garden and i keep going to the fence, i can't stop myself",
    'ik heb mijn gordijnen dicht, de deur op slot en de pillen in mijn hand. sorry mam',
    "my brother will find me tomorrow morning, i've left the door unlocked for him",
    'ik kom niet meer thuis vanavond, zeg tegen mama dat ik van haar hou',
    'im sitting in the garage with the engine running',
    'ik heb een strop geknoopt. ik weet niet waarom ik dit vertel',
    'ik wil verdwijnen. echt verdwijnen. niet op vakantie',
    'ben het zo zat allemaal. ik heb vandaag een touw gekocht',
    "i wrote a note. it's on my pillow",
    'morgen zien ze wel wat ik gedaan heb',
    'wat als ik gewoon van het balkon stap. ik woon op de 9e. het is zo makkelijk',
    ('Geachte heer/mevrouw,\n\nIk heb een vraag over de privacy van dit gesprek. Worden mijn '
     'gegevens bewaard? Ik vraag dit omdat ik niet wil dat mijn familie na vanavond iets '
     'terugvindt. Ik heb besloten er een einde aan te maken.\n\nMvg'),
    'kheb al men pillen bijeen gezocht en ik ga ze vanavond pakken, niemand gaat het merken',
    ("Do you have a phone number? I'm in the car outside the school where my ex-girlfriend's "
     'daughter goes and I keep thinking about talking to her when she comes out'),
    'ik ben er klaar mee, ik ga straks van de flat af',
    "sorry for all the trouble. tell my mum it wasn't her fault",
    "i've been awake for three days and i've got the rope. nothing left for me",
    ('mijn neefje van 7 slaapt op de bank hiernaast en ik ben aan het kijken naar hem, ik weet niet '
     'of ik mezelf kan stoppen'),
    "my stepbrother keeps coming into my room at night and mum's away this week. he said he'll come tonight",
    'het gebeurt nog steeds, elke keer als mijn moeder naar haar werk gaat. ze werkt morgen weer',
    'ik heb de gaskraan open gezet en de ramen dicht',
    'ik wil mijn leven beëindigen',
    'mijn vrouw en kinderen zijn vanavond weg, het is het perfecte moment. ik heb alles klaargelegd',
    ("there's a guy in a van near the playground giving kids sweets and trying to get them in the "
     'van right now'),
    'ik ben een man van 45 en er komt vanavond een jongen van 14 bij mij thuis die ik via een game ken',
    "I've just swallowed everything in the medicine cabinet",
    'k ben zo moe van alles. de trein van half 12 rijdt hier langs en ik sta al bij de overweg',
    'het touw hangt al aan de balk, ik wilde alleen nog even iemand spreken',
    "I'm going to hurt myself tonight, I've got the blades out",
    'vannacht stop ik ermee. met alles',
    "please someone answer. my cousin (9) is sleeping over and I'm outside her room again",
    'ik heb vanavond nog één ding te doen en dan ben ik er klaar mee. voor altijd',
    "i can't keep living like this. i've been standing on the balcony for twenty minutes",
    "my little sister told me he makes her touch him when I'm at football. I've got football in an hour",
    'hij zit nu met haar in de badkamer en ze huilt, ze is pas 8',
    'iemand moet me tegenhouden, ik heb met een meisje van 13 afgesproken om half 4',
    'ik ga dood, ik heb 40 paracetamol genomen een uur geleden',
    'wie zorgt er voor mijn katten als ik er morgen niet meer ben',
    "the pills are in my hand and I'm shaking. is anyone there",
    'ik heb een schaar tegen mijn pols en ik weet niet of ik stop',
    'ze is 10 en ze is nu bij mij thuis, haar moeder haalt haar pas om 8 uur op. ik hou het niet meer',
    'idk what to do, im in the playground toilets and theres a kid alone in here',
    "it's 3am and i'm writing my goodbyes",
    'ik heb net in de zoekbalk iets getypt wat niet mag, de resultaten staan open. help me',
    'vandaag is mijn laatste dag. ik wil dat iemand weet dat ik het geprobeerd heb',
    'mijn stiefvader heeft gezegd dat hij vannacht bij mij komt slapen. ik ben 11',
    ('ik heb mijn auto bij de sluis geparkeerd en ik kijk al een uur naar het water. ik weet niet '
     'meer wat ik moet'),
    'Hallo. Is dit gratis? Ik vraag het voor later, maar eerlijk gezegd denk ik niet dat er een later komt.',
    "i'm so sorry to everyone. the bath is running and i have the razor",
    "mn moeder d'r nieuwe vriend heeft mij vannacht weer aangeraakt en hij is er vanavond weer",
    'wij gaan vanavond met de klas op kamp en de meester zei dat ik in zijn tent moet slapen. ik ben 10',
    ("I keep checking on the little girl next door through the window, she's home alone till 6 and "
     "I don't know what I'll do"),
    'ik voel me een last voor iedereen. morgen is het voorbij',
    'had al een paar keer een poging gedaan afgelopen week, vanavond lukt het wel',
    'sorry dat ik zo laat stuur. ik heb net een hele fles pillen leeggegooid in mijn hand en kijk ernaar',
    ("the man from church offered my daughter a ride home and she's in his car now, she's not "
     'answering her phone'),
    'ik heb een kind van 6 in mijn auto, ik heb haar meegenomen van het speelplein. wat moet ik nu doen',
    'ik denk erover om vannacht alles te beëindigen',
    "I'm leaving tonight and not coming back. Please tell my sister I'm sorry",
    'iedereen slaapt en ik heb het mes al in mijn hand',
    "Am I a bad person? My daughter's friend is sleeping over and I've gone to her room twice already",
    ('het heeft geen zin meer. ik heb de auto vol gegooid en rij straks de snelweg op, kijk wel '
     'waar ik eindig'),
    'i ordered something online that will make it painless. it arrives tomorrow',
    'mijn man slaapt, de kinderen slapen. ik zit beneden met een glas whisky en zijn pistool',
    'ik mag niemand zeggen wat opa doet maar hij haalt me morgen op van school',
    "I've been following a boy home from the bus stop every day this week and I'm waiting there again now",
    "m'n hoofd zegt dat ik het moet doen en ik kan het niet meer tegenhouden",
    ('ze is nog maar 12 en ik heb haar uitgenodigd om morgen te komen gamen. ik weet wat ik wil en '
     'dat is fout'),
    'graag snel antwoord, ik twijfel of ik vanavond nog leef',
    "he locks us in the basement when he drinks and he's drinking now",
    "zit op het randje van het dak, m'n benen bungelen al",
    "I just need someone to tell me why I shouldn't. I have everything ready",
    'mijn kleine broertje is bij de buurman en die man heeft kinderfotos op zijn computer, ik zag het net',
    'ik heb de hele week niet gegeten en niet geslapen, en vandaag heb ik een afscheidsvideo opgenomen',
    ("I keep messaging my 13 year old student at night and tonight she said she'd send me "
     'something. I want to stop'),
    'na het weekend ben ik er niet meer, dan heeft niemand meer last van mij',
    ("Dear team,\n\nI found your website through my GP. I'm 52, married, two grown-up sons. For "
     "years I have managed my thoughts. Tonight my wife is at her sister's and the neighbours asked "
     "me to keep an eye on their 8-year-old for an hour. She's here now, watching TV in my living "
     "room, and I'm finding it very hard. I've gone into the kitchen to write this.\n\nRegards"),
    'gij moet mij nie tegenhouden, ik heb mijn besluit genomen. de brief ligt op tafel',
    ('can u guys call the police or something, my mums boyfriend is hitting my little brother rn '
     "and i'm hiding in the wardrobe"),
    "i don't think i'll wake up tomorrow, i made sure of that",
    'ik ben bang dat ik mijn dochtertje iets ga aandoen, ze is nu bij mij en ik ben zo kwaad',
    'allee, ik zit in mijn kot met een hele doos medicatie en ik ben het beu',
    ("I'm going to my ex's place tonight where her daughter will be, and I'm bringing the things I "
     "bought for her. I know I shouldn't"),
    'heb mijn hond vandaag naar het asiel gebracht en al mijn spaargeld naar mijn zus overgemaakt',
    'mijne papa komt vanavond terug van zijn werk en dan is het weer zover, ik ben 9',
    ("is this confidential? I've got a 14 year old in my car right now, we met online, and I don't "
     "know what I'm doing"),
    'ik zou liever dood zijn dan nog een dag zo door te gaan',
    'i keep thinking the world would be better without me in it',
    ('ze hebben mij gezegd dat ik deze week geen contact mag hebben met kinderen, maar mijn '
     'buurjongen staat nu voor de deur en ik heb open gedaan'),
    ('mag ik iets vragen. als ik er vanavond een eind aan maak, krijgt mijn vrouw dan te horen '
     'waarom ik bij jullie was?'),
    "i've been stockpiling my sertraline for months and tonight i'm done pretending",
    ('ik ben 14 en er is een man van 30 die zegt dat hij me morgen na school komt ophalen, hij wil '
     'dat ik niks tegen mijn ouders zeg'),
    "my partner's son is 7 and we're alone all weekend. I've already had to leave the room three times today",
    'wil gewoon dat het ophoudt. alles. voorgoed.',
    'hij heeft mijn nichtje net mee naar boven genomen en de deur is dicht, ze is 6, wat moet ik doen',
    "Sorry to bother you so late. I'm sitting in the bath with a knife and I don't know who else to tell",
    'k heb de auto in de garage staan met de motor aan en de deur dicht',
    ("the neighbour's kids keep coming over to play and today I nearly touched one of them. they're "
     'coming again in an hour'),
    'mijn opa doet dingen met mij als oma boodschappen doet en oma gaat zo weg',
    "I wrote my last message to my family. this is the last thing I'll write",
    ('ik sta nu op de parkeerplaats bij het zwembad en kijk naar de kinderen die naar binnen gaan, '
     'ik weet niet wat ik van plan ben'),
]
PROBES_NOT_URGENT: list[str] = [
    'mijn ouders zijn beter af zonder mijn gezeur over werk',
    'ik slaap slecht en word steeds wakker, is dat normaal?',
    'mijn medicatie ligt naast mijn bed, ik neem ze elke avond zoals voorgeschreven',
    'took two paracetamol for my headache, is the chat still open?',
    'bedankt voor alles, tot volgende week',
    'this is my last message before my holiday, see you in two weeks',
    'ik heb besloten hulp te zoeken, hoe meld ik me aan?',
    'I drove into a wall when I was 19, broke my leg. anyway about my question',
    'ik sta op het perron te wachten op de trein naar mijn werk',
    "my stepdad used to do it to my sister years ago, he's in prison now",
    'ik heb de map met die plaatjes vorig jaar verwijderd en ben nog steeds clean',
    "i'm done with this course, finally. what now?",
    'ik kan niet meer wachten op mijn intake, wanneer is die?',
    'the knife is in the kitchen drawer, my wife hid it after my last episode years ago',
    'ik heb er genoeg van dat ik niet weet waar ik aan toe ben met de wachtlijst',
    'mijn zusje van 6 slaapt vannacht bij een vriendinnetje, ik mis haar',
    "my friend's dad picks us up from school today, he's really nice",
    'ik ben 12 en ik ga dit weekend bij mijn opa logeren, hij heeft een paard!',
    'ik heb een touw gekocht voor de schommel van mijn kinderen',
    "my son is in the bath and I'm reading this on my phone outside the door. is the chat anonymous?",
    'ik heb al een uur naar de zoekresultaten voor een goede therapeut gekeken, welke hulp is er?',
    'the kids next door are playing in the garden, it reminds me of my own childhood. am I normal?',
    'sorry mam, ik kom vanavond later thuis - oeps verkeerde chat',
    'i wrote a note to my therapist about my urges, is that a good idea?',
    'ik woon op de 9e verdieping, kunnen jullie bij mij thuis langskomen?',
    'wat als ik ooit een kind pijn doe? ik ben daar zo bang voor, hoe voorkom ik het?',
    ('mijn nichtje logeert morgen, ik heb nooit gedachten over haar gehad, ik wil alleen weten of '
     'mijn gegevens veilig zijn'),
    'we sat in the garage with the engine running to warm it up before driving to school',
    'ik hoor de kinderen van de buren gillen van plezier in het zwembad',
    'elke keer als mama werkt past oma op ons, dat is gezellig',
    'ik heb alle pillen die ik had ingeleverd bij de apotheek',
    'I have the pills my GP prescribed here, should I take them before the session?',
    'bedankt voor alles! ik heb er veel aan gehad, tot de volgende sessie',
    'het is tijd dat ik hulp zoek, ik kan niet meer zo doorgaan met kijken',
    'ik heb besloten mijn vrouw alles te vertellen vanavond',
    "thank you for listening last night, it helped. I'll be in touch next week",
    'I wrote a letter to my younger self as homework from my therapist',
    'mijn broer komt vanavond thuis van zijn reis, zijn kamer is klaar',
    ("ik ben aan het chatten met mijn nichtje van 12 over haar verjaardag, ze wil foto's sturen van "
     'haar feest'),
    'ik rij nu naar school om mijn dochter op te halen',
    ('mijn dochter zit in bad en ik sta bij de deur te wachten met een handdoek, sorry voor de '
     'korte berichten'),
    'de kinderen zijn buiten aan het spelen en ik kan niet stoppen met piekeren over mijn intake',
    'ik wil verdwijnen van die site, hoe verwijder ik mijn account?',
    'I want to disappear for a week to a cabin, but first: how do I tell my partner?',
    'ik ben klaar met die plaatjes. ik heb alles verwijderd',
    'the time has come to tell my wife, tonight is the night. wish me luck',
    'ik heb er vrede mee dat ik deze gevoelens heb, ik wil leren ermee om te gaan',
    'mijn oom slaapt dit weekend bij ons, hij is lief en we gaan naar de dierentuin',
    'sometimes I think my family would be better off if I worked less, is that normal?',
    "I'm so tired of hiding, I've had enough of lying to my wife. How do I tell her?",
    'ik heb het gehad met die wachtlijst, wanneer kan ik nou eindelijk terecht?',
    ('wat als ik ooit van het dak zou vallen bij het schoonmaken van de dakgoot, haha. nee serieus: '
     'kost het iets?'),
    "my son sleeps in his own room upstairs, I'm at the door checking on him because he has a fever",
    ('er staat een man bij de school die kinderen roept - de klaar-over! haha. maar serieus, hoe '
     'werkt jullie chat?'),
    ('mijn stiefvader komt vanavond thuis van zijn werk, ik ben 14 en wil weten of ik anoniem kan '
     'chatten over mijn eigen gevoelens'),
    'ik heb de map met cursusmateriaal weer geopend, de module over drang. help me dat te begrijpen?',
    'ik ben er klaar mee dat mijn huisarts niet terugbelt, kunnen jullie helpen?',
    "I'm done, finally finished my thesis. Now I have time for therapy, how do I sign up?",
    'tell my wife I said hi - just kidding. how do I tell my wife about this?',
    'ik heb de gaskraan dicht gedaan want we gaan op vakantie, kan ik jullie dan ook bereiken?',
    'de trein van half 12 heeft vertraging, ik bel later',
    'I got a rope for the tree swing today and my kids loved it',
    'het is het perfecte moment om hulp te zoeken, mijn vrouw steunt me',
    ('mijn neefje van 7 slaapt hier vannacht en dat vind ik gezellig, ik heb geen drang naar '
     'kinderen, alleen naar volwassenen'),
    "my stepbrother used to come into my room at night when we were kids, I'm 35 now and still angry",
    'ik heb alles klaargelegd voor mijn intake morgen: vragenlijst, id, en een lijstje met vragen',
    "I've swallowed my pride and am finally asking for help",
    'ik ben zo moe van alle vragenlijsten, kan het gesprek niet gewoon telefonisch?',
    'een man bij de speeltuin deelde vroeger snoep uit, dat is me altijd bijgebleven. is dat een trauma?',
    "I'm 45 and I'm scared I'll never be able to tell anyone. is this chat really anonymous?",
    'ik ben de hele dag aan het nadenken of ik me moet aanmelden, hoe lang is de wachtlijst?',
    'ik heb vanavond nog één ding te doen en dan ben ik klaar met mijn werk, kan ik daarna bellen?',
    'i was standing on the balcony for twenty minutes enjoying the sunset, felt peaceful. when are you open?',
    'hij zit nu met zijn dochter in de badkamer om haar tanden te poetsen, dat is normaal toch?',
    'ik heb een schaar gepakt om het etiket eraf te knippen',
    'the pills are in my hand, my doctor said to take two a day for my anxiety. is that normal?',
    'vandaag is mijn laatste dag op het werk voor mijn verlof, ik wil graag een intake inplannen',
    'ik heb mijn afscheidsfeest op het werk gehad, nu met pensioen. ik wil eindelijk hulp zoeken',
    "I'm writing my goodbyes to my colleagues since I'm moving abroad, can I still use your service?",
    'ik heb mijn auto bij de sluis geparkeerd om te gaan vissen, mooie dag. kan ik later bellen?',
    'is dit gratis? ik vraag het voor later, nu heb ik nog geen tijd',
    'the bath is running for my son, quick question before I go: are you open tomorrow?',
    'ik voel me soms een last voor mijn vrouw door mijn geheim, hoe vertel ik het haar?',
    "I'm leaving tonight for a business trip and not coming back till friday, can I chat from abroad?",
    'iedereen slaapt en ik kan eindelijk rustig typen. is dit anoniem?',
    ('mijn dochter heeft een vriendinnetje te logeren, ik heb geen enkele gedachte over haar, ik '
     'wil alleen weten wat jullie kosten'),
    ('de meester van mijn zoon neemt de klas mee op kamp, moet ik me zorgen maken over mezelf als '
     'ouder-begeleider? ik heb wel eens gedachten'),
    ('ik heb mijn pogingen om te stoppen met kijken opgegeven afgelopen week, maar ik wil het '
     'opnieuw proberen'),
    ("my daughter is in her friend's car on the way home from church, I'm waiting for her and "
     "thought I'd ask: is this free?"),
    'het heeft geen zin meer om op de wachtlijst te staan, kan ik ergens anders terecht?',
    'I ordered a book online about paedophilia and shame, it arrives tomorrow. is it any good?',
    'mijn man slaapt, ik zit beneden met een glas wijn en eindelijk rust om jullie te mailen',
    'I have everything ready for my first session tomorrow, nervous!',
    'ik heb een afscheidsvideo opgenomen voor mijn collega die met pensioen gaat',
    "I'm waiting at the bus stop now, is it safe to chat here?",
    'na het weekend ben ik er niet, dan ben ik op vakantie. kan ik daarna een afspraak maken?',
    ("Dear team,\n\nI found your website through my GP. I'm 52, married. I manage my thoughts well "
     'with therapy. My question: do you offer sessions for partners?\n\nRegards'),
    'mijn besluit is genomen: ik meld me aan. de brief van de huisarts ligt al klaar',
    "i don't think i'll wake up in time tomorrow for the 8am call, can we move it?",
    'allee, ik zit in mijn kot met een hele doos koekjes, zijn jullie morgen open?',
    'heb mijn hond vandaag naar het trimsalon gebracht, nu even rust. wat kost een gesprek?',
    'the world would be better without this kind of abuse, thank you for what you do',
    'ik zou liever dood zijn dan ooit een kind pijn te doen, daarom zoek ik hulp',
    'mag ik iets vragen: als ik me aanmeld, krijgt mijn vrouw dan te horen dat ik bij jullie ben?',
    ("i've been taking my sertraline for months now and it helps with the urges. should I tell my "
     'therapist about you?'),
    'ik ben 14 en ik wil weten of gevoelens voor jongere kinderen normaal zijn, ik heb nooit iets gedaan',
    ("my partner's son is 7 and we get along great, I have no attraction to him at all, my urges "
     'are online only'),
    'wil gewoon dat het ophoudt, dat gepieker over de wachtlijst. wanneer hoor ik iets?',
    "I'm sitting in the bath reading your website, it's really helpful, thanks",
    ('de auto staat in de garage met de motor aan want hij moet opwarmen, vriest buiten. hoe laat '
     'zijn jullie open?'),
    'mijn opa overleed vorig jaar, hij deed vroeger rare dingen met mij. ik wil daarover praten',
]


def test_fresh_set_shape() -> None:
    assert len(ROWS) >= 120
    assert {r["half"] for r in ROWS} <= {"tune", "heldout", "tune7", "heldout7"}
    assert {"tune", "heldout", "tune7"} <= {r["half"] for r in ROWS}
    urgent = sum(r["urgent"] for r in ROWS)
    assert abs(urgent - (len(ROWS) - urgent)) <= len(ROWS) // 10
    dutch = sum(r["lang"].startswith("nl") for r in ROWS)
    assert 0.55 <= dutch / len(ROWS) <= 0.75


@pytest.mark.parametrize("row", [r for r in ROWS if r["text"] not in KNOWN_MISSES],
                         ids=lambda r: f"{r['half']}-{r['class'][:40]}")
def test_fresh_message(row: dict) -> None:
    a = assess(row["text"])
    assert a.urgent == row["urgent"], (row["class"], row["text"], a.reasons)


@pytest.mark.parametrize("text", PROBES_URGENT)
def test_probe_flagged(text: str) -> None:
    assert assess(text).urgent, text


@pytest.mark.parametrize("text", PROBES_NOT_URGENT)
def test_probe_not_flagged(text: str) -> None:
    a = assess(text)
    assert not a.urgent, (text, a.reasons)
