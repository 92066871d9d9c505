"""The FAQ matcher on messages it was not written from: tests/faq_fresh.jsonl and concept probes.

tests/faq_fresh.jsonl holds 711 messages written for this test, each batch before it was scored
(Dutch and Flemish about two thirds, English a third; chat one-liners, e-mails with greetings
and a story, typos; 196 near misses that need a counsellor). Field "half": "tune" (the first
118 written, used to tune handlers/faq_concepts.py) or "heldout" (written before any score was
seen, scored once after tuning: precision 0.9296, recall 0.8684; its 13 misses were then read
and generalised, so it is tuning data now) or "heldout2" (70 more, written after the first
round of tuning and scored once two rounds later: precision 0.9459, recall 0.7000, where the
matcher before this work scored 0.9444/0.6800; then read and generalised by the topic-question
path in handlers/faq.py, so tuning data too), "heldout3" (69, scored once after that path:
precision 1.0, recall 0.9592; before this work 0.9778/0.8980) and "heldout4" (69, scored once
after heldout3's two misses were generalised: 0.9767/0.8571; before this work 0.9762/0.8367);
both were then read and generalised too; "heldout5" (79, written after those, scored once at 5cb6313:
0.9412/0.8889; before this work 0.9200/0.8519; then read and generalised) and "heldout6" (67,
written after that, scored once at 8171502: 0.9487/0.7872; before this work 0.9091/0.6383;
then read and generalised), "heldout7" (69, scored once at 228ab28: 0.9783/0.9184; before
this work 0.9535/0.8367; then read and generalised) and "heldout8" (69, written last, scored
once at 6799b4d: 0.9167/0.8980; before this work 0.9149/0.8776; then read and generalised: a
second answer now needs a second question). A message passes
when every id answered is among its intents and, for a message with intents, at least one id
is answered.

PROBES and PROBE_ABSTAIN are further paraphrases written while generalising (tuning data, one or
two per concept: another inflection, word order, synonym, or the negated topic).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from handlers.faq import match

FRESH = [json.loads(line) for line in
         (Path(__file__).parent / "faq_fresh.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]

# Held-out messages still answered wrongly, by id, with the reason (see the module docstring).
KNOWN_MISSES: dict[str, str] = {
}

PROBES: list[tuple[str, set[str]]] = [
    ('kan iemand achterhalen dat ik dit gestuurd heb', {'anonymity'}),
    ('houden jullie bij wat ik vertel?', {'anonymity'}),
    ('does anyone keep a record of what i say here', {'anonymity'}),
    ('can you see my ip or location', {'anonymity'}),
    ('lezen er anderen mee met dit gesprek', {'anonymity'}),
    ('hoe anoniem is dit eigenlijk', {'anonymity'}),
    ('is my identity protected', {'anonymity'}),
    ('wordt mijn naam ergens genoteerd', {'anonymity'}),
    ('zijn jullie verplicht om dit aan de politie te melden', {'police'}),
    ('can i get in trouble with the law for telling you this', {'police'}),
    ('gaan jullie mij aangeven?', {'police'}),
    ('will you report me to the authorities', {'police'}),
    ('kan ik hiervoor opgepakt worden als ik niks gedaan heb', {'police'}),
    ('komt de politie als ik mijn verhaal doe', {'police'}),
    ('ben ik een slechte man?', {'bad_person'}),
    ('am i a monster', {'bad_person'}),
    ('is it wrong that i have these thoughts? am i a bad guy?', {'bad_person'}),
    ("ik voel me zo'n slecht mens", {'bad_person'}),
    ('are people like me evil', {'bad_person'}),
    ('ben ik een engerd', {'bad_person'}),
    ('is er nog iemand die hiermee worstelt', {'am_i_alone'}),
    ('are there other people like me', {'am_i_alone'}),
    ('do many people struggle with this', {'am_i_alone'}),
    ('ik voel me de enige op de wereld met dit probleem', {'am_i_alone'}),
    ('hoeveel mensen hebben dit eigenlijk', {'am_i_alone'}),
    ('hoe hou ik mezelf tegen', {'coping_urges'}),
    ('how can i control myself', {'coping_urges'}),
    ('wat doe ik als de drang te sterk wordt', {'coping_urges'}),
    ('how to deal with these urges', {'coping_urges'}),
    ('hoe kan ik voorkomen dat ik terugval', {'coping_urges'}),
    ('how do i not act on it', {'coping_urges'}),
    ('what am i supposed to do now', {'what_now'}),
    ('wat kan ik het beste doen', {'what_now'}),
    ('what do you advise me to do', {'what_now'}),
    ('wat raad je me aan', {'what_now'}),
    ('hoe pak ik dit aan', {'what_now'}),
    ('ben ik pedofiel', {'am_i_paedophile'}),
    ('do i count as a pedophile', {'am_i_paedophile'}),
    ('maakt dat mij een pedo?', {'am_i_paedophile'}),
    ('am i a paedophile if i only look at drawings', {'am_i_paedophile'}),
    ('zal dit ooit verdwijnen', {'feelings_go_away'}),
    ('do these thoughts go away with treatment', {'feelings_go_away'}),
    ('is het te genezen', {'feelings_go_away'}),
    ('will i always feel like this', {'feelings_go_away'}),
    ('raak ik deze gedachten ooit kwijt', {'feelings_go_away'}),
    ('hoe ziet mijn toekomst eruit', {'future'}),
    ('what does my future hold', {'future'}),
    ('kan ik ooit trouwen en een normaal leven leiden', {'future'}),
    ('will i ever be happy', {'future'}),
    ('welke behandeling is er', {'help_available'}),
    ('what treatment options are there', {'help_available'}),
    ('waar kan ik hulp krijgen', {'help_available'}),
    ('hoe kom ik aan een therapeut die hier verstand van heeft', {'help_available'}),
    ('is my doctor obliged to report this', {'gp_report'}),
    ('mag de huisarts dit aan de politie vertellen', {'gp_report'}),
    ('would my gp tell anyone', {'gp_report'}),
    ('kan ik het veilig aan mijn huisarts vertellen', {'gp_report'}),
    ('hoe zeg ik het tegen mijn vrouw', {'tell_partner'}),
    ('should my wife know about this', {'tell_partner'}),
    ('moet ik mijn vriendin inlichten', {'tell_partner'}),
    ('how to talk to my partner about this', {'tell_partner'}),
    ('wat als mijn hulpverlener ermee stopt', {'counsellor_stops'}),
    ("what happens if my therapist won't see me anymore", {'counsellor_stops'}),
    ('mijn psycholoog zegt dat ze me niet kan helpen. wat nu', {'what_now', 'counsellor_stops'}),
    ('what if my counselor gives up on me', {'counsellor_stops'}),
    ('wanneer is de chat open', {'opening_hours'}),
    ('hoe laat zijn jullie er', {'opening_hours'}),
    ('when can i talk to someone', {'opening_hours'}),
    ('are you available at night', {'opening_hours'}),
    ('zijn jullie 24/7 bereikbaar', {'opening_hours'}),
    ('is het gratis', {'costs'}),
    ('are there any costs', {'costs'}),
    ('moet ik iets betalen', {'costs'}),
    ('does it cost money', {'costs'}),
    ('hoeveel moet ik betalen voor hulp', {'costs'}),
    ('Goedemiddag, ik ben 35 en ik loop al jaren rond met iets waar ik me diep voor sc'
     'haam. Ik heb nooit iemand iets aangedaan. Ik wil eerst weten of mijn gegevens er'
     'gens worden opgeslagen voordat ik verder ga. Alvast bedankt.', {'anonymity'}),
    ('Hey. quick question before i say anything: can you guys trace this back to me?', {'anonymity'}),
    ('kan mijn provider zien dat ik op jullie site was', {'anonymity'}),
    ('blijft dit tussen ons', {'anonymity'}),
    ('is this really private or do you share it with anyone', {'anonymity'}),
    ('word ik geregistreerd als ik hier chat', {'anonymity'}),
    ('Hi,\nI have been struggling for a long time and finally found your website. I hav'
     'e never done anything illegal but my thoughts scare me. If I tell you everything'
     ', will you inform the police?\nThanks for reading', {'police'}),
    ('zijn jullie verplicht om dingen door te geven aan de politie', {'police'}),
    ('kan ik in de gevangenis belanden voor mijn gedachten', {'police'}),
    ('wat als de politie er achter komt wat ik heb bekeken', {'police'}),
    ('r u going to call the cops on me', {'police'}),
    ('is het strafbaar wat ik voel', {'police'}),
    ('ben ik een vreselijk persoon', {'bad_person'}),
    ('i feel like such a creep. am i?', {'bad_person'}),
    ('ik vind mezelf walgelijk, ben ik dat ook?', {'bad_person'}),
    ('is there something wrong with me as a person, am i bad', {'bad_person'}),
    ('ben ik een slecht mens omdat ik hieraan denk', {'bad_person'}),
    ('zijn er meer mannen die hiermee worstelen', {'am_i_alone'}),
    ("surely i'm not the only one?", {'am_i_alone'}),
    ('hoe vaak komt dit voor', {'am_i_alone'}),
    ('is this common', {'am_i_alone'}),
    ('do u get many messages from people like me', {'am_i_alone'}),
    ('hoe hou ik het vol om niet te kijken', {'coping_urges'}),
    ('ik krijg de gedachten niet uit mijn hoofd als ik alleen ben, hoe ga ik daarmee o'
     'm', {'coping_urges'}),
    ('how to fight this craving', {'coping_urges'}),
    ('what can i do when the urge hits', {'coping_urges'}),
    ('heb je tips om sterk te blijven', {'coping_urges'}),
    ('hoe blijf ik weg van die sites', {'coping_urges'}),
    ('ik heb net alles opgebiecht aan mezelf. wat is nu de volgende stap?', {'what_now'}),
    ('what do i do now', {'what_now'}),
    ('wat moet ik nou', {'what_now'}),
    ('how should i proceed', {'what_now'}),
    ('ik zit vast, wat nu', {'what_now'}),
    ('ben ik dan een pedofiel', {'am_i_paedophile'}),
    ('what makes someone a pedophile? is that me?', {'am_i_paedophile'}),
    ('ik ben bang dat ik pedofiel ben', {'am_i_paedophile'}),
    ('is being attracted to teens pedophilia?', {'am_i_paedophile'}),
    ('gaan deze gedachten ooit over', {'feelings_go_away'}),
    ('can this be cured', {'feelings_go_away'}),
    ('will this ever stop', {'feelings_go_away'}),
    ('hoe kom ik van deze gevoelens af', {'feelings_go_away'}),
    ('is er een pil die dit weghaalt', {'feelings_go_away'}),
    ('wat is mijn toekomst nog', {'future'}),
    ('will i end up alone forever', {'future'}),
    ('kan ik ooit nog vader worden', {'future'}),
    ('is my life ruined', {'future'}),
    ('wat voor hulp is er in belgie', {'help_available'}),
    ('do you offer therapy', {'help_available'}),
    ('waar vind ik een psycholoog die hier ervaring mee heeft', {'help_available'}),
    ('i need help, what options do i have', {'help_available'}),
    ('hebben jullie ook zelfhulp', {'help_available'}),
    ('meldt de huisarts dit bij de politie', {'gp_report'}),
    ('my doctor - would she have to tell anyone?', {'gp_report'}),
    ('ik durf het niet aan de huisarts te vertellen, straks meldt hij het', {'gp_report'}),
    ('does my family doctor have a duty to report', {'gp_report'}),
    ('hoe begin ik het gesprek met mijn vrouw', {'tell_partner'}),
    ('do i have to tell my partner', {'tell_partner'}),
    ('moet ik dit opbiechten aan mijn vriendin', {'tell_partner'}),
    ('how can i tell my fiance', {'tell_partner'}),
    ('wat als mijn therapeut niet meer met me verder wil', {'counsellor_stops'}),
    ("i'm afraid my therapist will quit on me", {'counsellor_stops'}),
    ('mijn begeleider stopt ermee, wat moet ik nu', {'what_now', 'counsellor_stops'}),
    ("what if my psychologist won't help me anymore", {'counsellor_stops'}),
    ('tot wanneer zijn jullie vandaag open', {'opening_hours'}),
    ('can i chat with someone now', {'opening_hours'}),
    ('zijn jullie ook op feestdagen bereikbaar', {'opening_hours'}),
    ('what are the chat hours', {'opening_hours'}),
    ('kost het geld om met jullie te praten', {'costs'}),
    ('is there a fee', {'costs'}),
    ('betaal ik hier iets voor', {'costs'}),
    ('is it free of charge', {'costs'}),
    ('wordt dit vergoed', {'costs'}),
    ('is het anoniem en wat kost het?', {'costs', 'anonymity'}),
    ("I don't care about the cost, can anyone find out I was here?", {'anonymity'}),
    ('ik ben niet bang voor de politie, maar ben ik een slecht mens?', {'bad_person'}),
    ('Hallo daar,\n\nIk schrijf dit met trillende handen. Al sinds mijn tienerjaren merk'
     " ik dingen bij mezelf die niet kloppen. Mijn vrouw weet van niets, mijn collega'"
     's ook niet. Ik heb me nooit aan een kind vergrepen en dat wil ik ook nooit. Maar'
     ' ik lig er wakker van.\n\nKunnen jullie mijn IP-adres zien?\n\nGroet', {'anonymity'}),
    ('Dear sir/madam, I am writing from Poland, my english is not so good. I have some'
     ' thoughts about young children that make me very afraid. Is the police informed '
     'when I write you? Thank you very much.', {'police'}),
    ('hallo. ik ben 19. ik denk dat ik op jongere kinderen val. ik heb nog nooit iets '
     'gedaan. ben ik nu een pedofiel of is het een fase?', {'am_i_paedophile'}),
    ("Hi, long time reader of your website. I've been in therapy before for depression"
     " but never told anyone about this. I'm 45 now and I'm tired of hiding. Is there "
     'any treatment specifically for this?', {'help_available'}),
    ('Goeiendag, ik zit er al een tijdje mee en ik weet het niet meer. Mijn psycholoog'
     ' weet ervan. Maar wat als zij mij doorverwijst en niemand mij nog wil?', {'counsellor_stops'}),
    ('allee, zijn jullie da weekend open of nie', {'opening_hours'}),
    ('kost da veel?', {'costs'}),
    ('is er iemand die ik kan bellen vannacht', {'opening_hours'}),
    ('can someone reach me tonight', {'opening_hours'}),
    ('i am so ashamed, is it free to talk to someone?', {'costs'}),
    ('pls tell me im not a monster', {'bad_person'}),
    ('how do i keep from acting on this', {'coping_urges'}),
    ('hoe ga ik hier het beste mee om als het s avonds opkomt', {'coping_urges'}),
    ('hoe blijf ik clean', {'coping_urges'}),
    ('how to stay clean', {'coping_urges'}),
    ('how to stop looking', {'coping_urges'}),
    ('hoe stop ik met kijken', {'coping_urges'}),
    ('is er een medicijn tegen deze gevoelens', {'feelings_go_away'}),
    ('can these thoughts be trained away', {'feelings_go_away'}),
    ('zal ik dit altijd hebben', {'feelings_go_away'}),
    ('ben ik de enige vrouw met dit probleem', {'am_i_alone'}),
    ('am i alone in this', {'am_i_alone'}),
    ('i feel so alone, does anyone else have these thoughts', {'am_i_alone'}),
    ('ik kan het aan niemand vertellen. hoe vertel ik het ooit aan mijn vrouw', {'tell_partner'}),
    ("i'm engaged. should i tell my fiancee before the wedding", {'tell_partner'}),
    ('hoe leg ik dit uit aan mijn partner', {'tell_partner'}),
    ('mag een dokter dit zomaar melden?', {'gp_report'}),
    ('gp confidentiality - does it apply to this?', {'gp_report'}),
    ('heeft de huisarts een zwijgplicht', {'gp_report'}),
    ('will i go to prison', {'police'}),
    ('kan ik opgepakt worden', {'police'}),
    ('krijg ik een strafblad als ik hulp zoek', {'police'}),
    ('is er hoop voor mij', {'future'}),
    ('wat wordt mijn toekomst', {'future'}),
    ('can i still have a family', {'future'}),
    ('how do i start', {'what_now'}),
    ('welke stappen moet ik nemen', {'what_now'}),
    ("i don't know where to start", {'what_now'}),
    ('waar moet ik beginnen?', {'what_now'}),
    ('wat bieden jullie precies', {'help_available'}),
    ('zijn er groepen voor mensen zoals ik', {'help_available'}),
    ('where can i find a therapist who knows about this', {'help_available'}),
    ('stopt mijn therapeut als ik alles eerlijk vertel?', {'counsellor_stops'}),
    ('my counselor might stop helping me. what then?', {'counsellor_stops'}),
    ('word ik herkend als ik via mijn werkmail schrijf', {'anonymity'}),
    ('does anyone see my email address', {'anonymity'}),
    ('wie leest mijn berichten', {'anonymity'}),
    ('is this chat encrypted', {'anonymity'}),
    ('ben ik een viezerik', {'bad_person'}),
    ('does this make me a bad person', {'bad_person'}),
]

PROBE_ABSTAIN: list[str] = [
    'kan mijn vrouw ook mee naar de intake',
    'ik wil een klacht indienen',
    'i want to complain about a counsellor',
    'hoe kan ik mijn afspraak afzeggen',
    'how do i cancel my appointment',
    'wat moet ik meenemen naar de intake',
    'my wife knows and asks if she can join the chat',
    'ik ben jullie dankbaar',
    'waar kan ik parkeren bij jullie',
    'what should i bring to the first session',
    'ik wil mijn gegevens wijzigen',
    'mag ik een opname maken van het gesprek',
    'how do i give feedback about the chat',
    'ik wil mij aanmelden als vrijwilliger',
    'kan ik mijn afspraak verplaatsen naar zaterdag',
    'kunnen jullie mijn vrouw ook helpen, zij heeft het er moeilijk mee',
    'ik wil graag een compliment geven aan de medewerker van gisteren',
    'hoe lang duurt een chatgesprek ongeveer',
    'can i talk to the same counsellor as last time?',
    'ik wil mijn account verwijderen',
    'mijn partner weet het al en wil ook een gesprek, kan dat?',
    'do you have leaflets i can give to my GP practice',
    'ik ben student psychologie en wil stage lopen bij jullie',
    'waar kan ik een donatie doen',
    'where can i leave a review',
    'vorige week kwam de politie bij mijn buurman, ik schrok ervan',
    'my therapist is on holiday for three weeks',
    'mijn huisarts was erg aardig vandaag',
    'ik heb een afspraak bij de huisarts morgen om 10 uur',
    'i told my wife last night and she cried',
    'mijn kind van 8 heeft nachtmerries, wat kan ik doen?',
    'kan ik ook een brief sturen in plaats van mailen',
    'what language do your counsellors speak',
    'ik kan mijn wachtwoord niet meer vinden',
    'kan ik hier later op terugkomen?',
    'ik wil mijn intake annuleren',
    'kunnen jullie mijn vrouw ook spreken',
    'my therapist and i are making good progress',
    'dank jullie wel voor alles',
    'hoe lang duurt de wachtlijst',
    'ik heb een vraag voor mijn scriptie',
    'can you send me a leaflet by post',
    'i am a police officer and want to refer someone',
    'mijn huisarts heeft me naar jullie doorverwezen, hoe nu verder met de intake?',
    'what is your postal address',
    'ik heb een klacht over de wachttijd',
    'kan ik een gesprek in het arabisch krijgen',
    'my wife found out last week and we are in couples therapy now',
    'is het normaal dat de chat zo lang laadt',
    'hoe verander ik mijn wachtwoord',
]


def _fits(text: str, intents: list[str] | set[str]) -> bool:
    got = [m.id for m in match(text)]
    if not intents:
        return got == []
    return bool(got) and set(got) <= set(intents)


@pytest.mark.parametrize("row", [r for r in FRESH if r["id"] not in KNOWN_MISSES], ids=lambda r: r["id"])
def test_fresh_message_gets_a_fitting_answer_or_none(row: dict) -> None:
    got = [m.id for m in match(row["text"], row["lang"])]
    assert _fits(row["text"], row["intents"]), f"{row['text']!r}: got {got}, want {row['intents']}"


def test_known_misses_are_still_listed_for_a_reason() -> None:
    """A known miss that now passes should be taken off the list."""
    by_id = {r["id"]: r for r in FRESH}
    fixed = [i for i in KNOWN_MISSES if _fits(by_id[i]["text"], by_id[i]["intents"])]
    assert fixed == []


def test_fresh_set_precision_and_recall() -> None:
    answered = right = asked = hit = 0
    for r in FRESH:
        got = [m.id for m in match(r["text"], r["lang"])]
        ok = bool(got) and set(got) <= set(r["intents"])
        answered += bool(got)
        right += ok
        asked += bool(r["intents"])
        hit += ok and bool(r["intents"])
    assert right / answered >= 0.97
    assert hit / asked >= 0.95


@pytest.mark.parametrize(("text", "ok"), PROBES, ids=[t[:40] for t, _ in PROBES])
def test_probe_gets_a_fitting_answer(text: str, ok: set[str]) -> None:
    got = [m.id for m in match(text)]
    assert got, f"abstained on {text!r}"
    assert set(got) <= ok


@pytest.mark.parametrize("text", PROBE_ABSTAIN, ids=[t[:40] for t in PROBE_ABSTAIN])
def test_probe_near_miss_gets_a_person(text: str) -> None:
    assert match(text) == []


@pytest.mark.parametrize(("text", "topic"), [
    ("I'm not asking about costs, I just want to know if someone can see my name", "costs"),
    ("ik vraag niet wat het kost maar wanneer jullie open zijn", "costs"),
    ("ik heb geen vraag over geld of anonimiteit, ik wil gewoon mijn verhaal kwijt", "anonymity"),
    ("het gaat me niet om de politie, maar ben ik een slecht mens?", "police"),
    ("I'm not worried about the police. Am I a bad person?", "police"),
])
def test_a_topic_said_not_to_be_asked_is_not_answered(text: str, topic: str) -> None:
    assert topic not in [m.id for m in match(text)]
