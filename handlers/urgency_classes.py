"""Classes of acute risk that the phrase gate and the signal detectors did not read (round five).

Each class was named from a kind of message, then written from paraphrases of that kind, not
from the message itself; each has its own suppression. Reasons are the gate's usual four.

Suicide
- a lethal place as a destination, soon ("ik ga straks naar het spoor", "on my way to the tracks");
- an ultimatum: a condition + the writer's unnamed act or absence ("if nobody answers in ten
  minutes I'm going through with it", "als ze komen ben ik er niet meer");
- an attempt just made or nearly made, recently ("net geprobeerd me op te hangen", "last night I
  almost went through with it");
- the means prepared ("de pillen zijn uitgeteld", "counted out the tablets");
- a plan said without the word ("ik heb al bedacht hoe") with despair in the message;
- an unnamed irreversible act, ahead ("iets doen wat ik nooit meer terug kan draaien");
- a farewell by logistics: two of pets handed over, everything cancelled, passwords left for
  someone, letters written, a will, peace made, a set moment ("tonight's the night").

A child in danger
- an adult with a particular child now, with a sign that it is wrong (a locked door, crying heard,
  "op een manier die niet juist is");
- grooming signs (a secret, messages at night) and the child with that adult tonight;
- a stranger photographing, filming or luring children at a child place now.

The writer about to act
- a particular child with the writer now or soon (comes over, stays, asleep upstairs, stays after
  class) + a sign of the writer's risk: misgiving ("ik weet dat ik het niet moet laten gebeuren"),
  planning, walking to the child's door, having to leave the room, a plea to be stopped;
- the writer at a child place, watching, unsure what they will do, or watching a child for long;
- material being downloaded or watched now, with a relapse or a plea.

Everything here is suppressed by a clear past, a hypothetical or far time, and works on the
sentences of handlers.urgency (" w1 w2 | ", normalised, misspellings of key words read).
"""
from __future__ import annotations

import re

from handlers import urgency_lexicon as lx

G1, G2, G3, G4, G6 = lx.G1, lx.G2, lx.G3, lx.G4, lx.G6


def _rx(body: str) -> re.Pattern[str]:
    return re.compile(" (?:" + body + ") ")


_REMOTE = _rx(lx.REMOTE)
_RECUR = _rx(lx.RECUR)
_SOON = _rx(lx.SOON + r"|nu|now|zo|net|just|onderweg|on my way|vannacht|tonight|tonite|"
            r"dit weekend|this weekend|the weekend|het weekend|"
            # implicit now: a child asleep, the other carer on a night shift
            r"(?:is|ligt) (?:asleep|sleeping|te slapen)|slaapt (?:nu|al|boven)|asleep upstairs|"
            r"night shift|nachtdienst|(?:please|alsjeblieft|aub) (?:answer|antwoord|reageer)")
_HYPO = _rx(r"ooit|someday|some day|one day|wat als|what if|stel dat|suppose|stel je voor|imagine|"
            r"zou (?:je|jij|u)|would you|in de toekomst|in the future|volgend jaar|next year|"
            r"in (?:een|a) (?:film|boek|book|movie|serie|series)")
_ME = _rx(r"ik|k|i|im|ive|ill|id|me|mij|mezelf|myself|mn|mijn|my")


def _past(sents: list[str], i: int) -> bool:
    if not _REMOTE.search(sents[i]):
        return False
    return not any(_RECUR.search(x) for x in sents[i: i + 2])


def _win(sents: list[str], i: int) -> str:
    return "".join(sents[max(0, i - 1): i + 2])


# --- Suicide ------------------------------------------------------------------------------------
# A lethal place as a destination or where the writer is, with a time now or near.
_LETHAL_PLACE = (r"(?:het |de |the |een |a )?(?:spoor|spoorlijn|spoorbaan|spoorweg|rails|tracks|"
                 r"train tracks|railway|railway line|railroad|overweg|level crossing|viaduct|overpass|"
                 r"hoogste verdieping|top floor|bovenste verdieping|parkeergarage dak|roof of the car park)")
_TO_PLACE = _rx(
    r"(?:ga|gaan|going|go|head|heading|headed|rij|rijd|fiets|loop|lopen|walk|walking|drive|driving|"
    r"onderweg|on my way|op weg|vertrek|leaving|leave|ben|sta|zit|im|am|standing|sitting|lig|lying) "
    + G3 + r"(?:naar|to|bij|at|op|on|near|by|langs|richting|towards|toward) " + _LETHAL_PLACE
)
# A place one can fall or drown from: a destination soon only with a word of finality or despair.
_TO_HIGH = _rx(
    r"(?:ga|gaan|going|go|head|heading|headed|rij|rijd|fiets|loop|lopen|walk|walking|drive|driving|"
    r"onderweg|on my way|op weg|ben|sta|zit|im|am|standing|sitting) " + G3 + r"(?:naar|to|bij|at|op|on|"
    r"richting|towards|toward) (?:het |de |the |een |a )?(?:brug|bridge|dak|roof|rooftop|pier|klif|cliff|"
    r"kade|quay|water|zee|sea|rivier|river|sluis|kanaal|canal|flat|hoogste punt)"
)
_HIGH_PURPOSE = _rx(r"(?:om|to|for) " + G4 + r"(?:halen|ophalen|op te halen|meet|meeting|pick|zwemmen|swim|"
                    r"swimming|vissen|fish|fishing|wandelen|walk|kijken|look|fotograferen|photos|werk|work|"
                    r"werken|repareren|fix|klussen|afspraak|date|picknick|picnic|barbecue|bbq|roken|smoke)|"
                    r"met (?:mijn|de|een) |with (?:my|the|a) ")
_FINAL_WORD = _rx(r"its over|het is (?:over|klaar|voorbij|genoeg)|vaarwel|goodbye|bye|doei|"
                  r"(?:laatste|last) (?:keer|time)|for the last time|voor het laatst|enough|genoeg|"
                  r"dag allemaal|bye all|niet meer terug|not coming back|geen zin meer")
# Going there for travel or work is no risk.
_PLACE_ORDINARY = _rx(r"goot|dakgoot|gutter|gutters|antenne|aerial|zonnepanelen|solar panels|dakdekker|"
                      r"roofer|schoonmaken|schoon te maken|cleaning|"
                      r"(?:om|to) " + G3 + r"(?:repareren|fix|repair|klussen)|"
                      r"trein (?:pakken|nemen|halen)|catch (?:a|the|my) train|(?:to|om) (?:te )?(?:werken|"
                      r"work|fotograferen|photograph|spotten)|station|perron|platform|werk|work|job|"
                      r"dienst|shift|spoorwerk|conducteur|machinist|prorail|treinspotten|trainspotting")

# An ultimatum: a condition + the writer's unnamed act or absence.
_CONDITION = _rx(r"als|wanneer|zodra|indien|if|when|once|unless|tenzij|zo niet|if not|anders|otherwise")
_UNNAMED_ACT = _rx(
    r"(?:going|gonna|go|will|ill|im) " + G1 + r"through with it|(?:ga|gaan) (?:ik )?(?:er|ermee) " + G1
    + r"door|(?:doe|ga) (?:ik )?het " + G1 + r"(?:echt |gewoon |toch )?(?:\||doen|vannacht|vanavond|"
    r"tonight)|(?:ill|i will|im going to|im gonna|i am going to) (?:just )?do it(?! (?:again|later|tomorrow|"
    r"myself|for))|"
    r"(?:ben|zal) (?:ik )?er " + G1 + r"niet meer (?:zijn|\||dat|en|want|ben)|"
    r"(?:ben|zal) ik " + G1 + r"(?:dood|weg voorgoed|voorgoed weg)|"
    r"(?:ill|i will|i ll) (?:be )?(?:gone|dead)(?! (?:for|to|on|until|till|by|from|out))|"
    r"(?:then )?(?:thats it|its over|it ends)(?: for me)? \||dan (?:is het|was het) (?:klaar|over|afgelopen)"
    r"(?: voor mij)? \||dan stop ik (?:ermee|er mee)? ?\|"
)
_ULTIMATUM_SAFE = _rx(r"behandeling|treatment|therapie|therapy|aanmelding|application|afspraak|appointment|"
                      r"operatie|surgery|verhuizing|move|bellen|call|opnieuw|again|morgen weer|try again|"
                      r"(?:naar|to) (?:bed|huis|home)|stoppen met (?:kijken|roken|drinken)|quit (?:smoking|"
                      r"drinking|watching)")

# An attempt made or nearly made, recently.
_ATTEMPT = _rx(
    r"(?:geprobeerd|probeerde|probeer|tried|attempted|tried to|poging " + G2 + r"(?:gedaan|ondernomen|"
    r"gewaagd)|an attempt|made an attempt) " + G4 + r"(?:mezelf|mijzelf|myself|me|mij|zelfmoord\w*|suicid\w*|"
    r"op te hangen|te verhangen|te springen|to jump|to hang|to die|te sterven|dood|mijn leven|my life|"
    r"overdose|overdosis|pillen|pills|ophangen|verhangen|springen|jump|hang|kill|end it|een einde)|"
    r"(?:almost|nearly|bijna|was close to|came close to|op een haar na|scheelde (?:weinig|niet veel)) "
    + G3 + r"(?:went|go|going|ging|gaan|gegaan) " + G2 + r"(?:through|door|ermee door|er mee door)|"
    r"(?:almost|nearly|bijna) " + G2 + r"(?:did it|done it|deed|gedaan|gesprongen|jumped|genomen|"
    r"took them|swallowed|geslikt|opgehangen|hanged|hung myself|mezelf|myself)|"
    r"(?:heb|had) (?:ik )?(?:het )?bijna gedaan|stond (?:ik )?(?:al )?op (?:het )?punt"
)
_RECENT = _rx(r"net|just|zojuist|daarnet|daarjuist|eerder vandaag|earlier today|earlier tonight|vandaag|"
              r"today|vanochtend|vanmorgen|this morning|vannacht|last night|gisteravond|gisteren|"
              r"gisterennacht|"
              r"yesterday|tonight|vanavond|an hour ago|uur geleden|uurtje geleden|minutes ago|"
              r"minuten geleden|"
              r"this week|deze week|some nights|sommige nachten|nog steeds|still|again|weer|"
              r"rope broke|touw brak|knapte|ging mis|went wrong|failed|mislukt|overleefd|survived|"
              r"woke up|wakker geworden|werd wakker")
_ATTEMPT_SAFE = _rx(r"aanmelding|formulier|form|application|huiswerk|homework|module|cursus|course|"
                    r"opdracht|assignment|dieet|diet|stoppen met roken|quit smoking|te bellen|to call|"
                    r"calling|bellen|contact op te nemen|te mailen|to email|to write|te schrijven")

# The means prepared.
_PREPARED = _rx(
    r"(?:pillen|pil|pills|tabletten|tablets|medicijnen|medicatie|meds|slaappillen|\w+azepam|paracetamol|"
    r"pijnstillers|painkillers|strips|doosjes|potjes) " + G3 + r"(?:uitgeteld|afgeteld|geteld|counted|"
    r"klaargelegd|klaar gelegd|klaargezet|klaar gezet|laid out|lined up|uitgestald|op een rij|"
    r"bij elkaar gelegd|bij elkaar gezocht|gathered|sorted out|set out|uitgedrukt|popped out|"
    r"uit de strip|out of the packet|fijngemaakt|crushed|gestampt|opgelost|dissolved)|"
    r"(?:counted|counting|geteld|uitgeteld|uitgedrukt|popped|crushed|fijngemaakt) " + G3
    + r"(?:pillen|pills|tabletten|tablets|meds|medicijnen|slaappillen|\w+azepam|paracetamol|painkillers)"
)
_ROUTINE = _rx(r"pillendoos|pill box|pillbox|pill organi[sz]er|weekdoos|baxter|dosette|voor de week|"
               r"for the week|per dag|a day|daily|dagelijks|voorgeschreven|prescribed|apotheek|pharmacy|"
               r"zoals altijd|as usual|elke (?:ochtend|avond|dag)|every (?:morning|evening|day)")
# Holding on no longer: "ik hou het niet lang meer vol", "can't hold on much longer".
_NOT_LONG = _rx(
    r"(?:hou|houd) (?:het|dit) " + G2 + r"niet (?:lang|langer|veel langer) meer (?:vol|uit)|"
    r"(?:kan|kun) " + G2 + r"niet (?:lang|veel langer) meer (?:volhouden|aan|door)|"
    r"(?:cant|cannot|can not|wont be able to) (?:hold on|keep going|go on|last|hang on) (?:much|any|for "
    r"much) longer|"
    r"(?:dont|do not) think (?:i|ill) " + G1 + r"(?:get|make it|last) " + G1 + r"(?:through|till|until|to) "
    r"(?:the )?(?:weekend|night|morning|tomorrow)|"
    r"(?:denk|geloof) (?:ik )?niet dat (?:ik )?" + G2 + r"(?:het weekend|de nacht|morgen) " + G1
    + r"(?:haal|doorkom|overleef|red)|"
    r"(?:red|haal|overleef) (?:het |t )?niet (?:tot|until|till) (?:morgen|maandag|dinsdag|woensdag|"
    r"donderdag|vrijdag|zaterdag|zondag|het weekend|volgende week)|(?:wont|will not|cant) make it (?:to|till|"
    r"until|through) (?:tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)|"
    r"hoeft (?:het|t) " + G3 + r"niet meer(?! " + r"(?:via|te|naar|met|op|bij|door|langs|voor|aan|in|"
    r"te|zo|zolang))"
)
_JOKE = _rx(r"haha\w*|hihi|lol|xd|grapje|joke|kidding|koffie|coffee|cafeine|caffeine|sigaret\w*|"
            r"vakantie|holiday|weekend vrij|deze hitte|this heat|deze les|this class|vergadering|meeting|"
            r"plassen|wc|toilet")
# A plan, the word left out: "ik heb al bedacht hoe", "I know exactly how I'd do it".
_PLAN_HOW = _rx(
    r"(?:bedacht|uitgedacht|uitgezocht|uitgestippeld|opgezocht|weet (?:al|precies|ook al)|ik weet) "
    r"(?:al )?(?:hoe|wanneer|waar) (?:ik )?(?:\||het|dan|ga|zal|moet)|"
    r"(?:bedacht|uitgedacht|uitgezocht) hoe \||"
    r"(?:know|worked out|figured out|planned|decided|researched|looked up) (?:exactly )?(?:how|when|where) "
    r"(?:i(?:ll|d| will| would| am going to)|to do it|\|)|"
    r"(?:ways|manieren|methodes|methods) (?:to do it|om het te doen)|"
    r"(?:list|lijst|lijstje) " + G4 + r"(?:saved|opgeslagen|bewaard|on my phone|op mijn telefoon)"
)
_DESPAIR_ANY = _rx(lx.DESPAIR + "|" + lx.NOT_LIVING + r"|alles is zwart|everything is (?:black|dark)|"
                   r"hoeft (?:het|t) " + G3 + r"niet meer|dood|die|dead|zelfmoord\w*|suicid\w*|"
                   r"(?:kan|kun) " + G1 + r"niet meer|should die|moet dood|beter dood")
# An unnamed irreversible act ahead.
_IRREVERSIBLE = _rx(
    r"iets " + G3 + r"(?:wat|dat) " + G3 + r"(?:nooit meer|niet meer|niet) " + G2 + r"(?:terug (?:kan|kunnen)"
    r" (?:draaien|doen|nemen)|terugdraaien|ongedaan (?:kan|kunnen) maken|ongedaan maken|herstellen)|"
    r"iets onomkeerbaars|something (?:i|you) (?:cant|cannot|can not|wont be able to) "
    r"(?:undo|take back|reverse|come back from)|something irreversible|"
    r"(?:no|geen) (?:coming back|way back|weg terug|terugweg) (?:from|van)? ?(?:this|dit|hier)?"
)
_IRREVERSIBLE_SAFE = _rx(r"tattoo|tatoeage|piercing|ontslag|quit my job|resign\w*|mail|email|bericht|"
                         r"message|text|sturen|send|post|posten|verkopen|sell|kopen|buy|scheiden|divorce|"
                         r"uit de kast|come out|coming out|bekennen|confess|vertellen|tell")
_AHEAD = _rx(r"ga|gaan|going|gonna|will|ill|about to|sta op het punt|op het punt|straks|zo|vanavond|"
             r"vannacht|tonight|soon|binnenkort|nu|now|dadelijk|zometeen|today|vandaag")
_KNOW_WHY = _rx(r"(?:iemand|someone|somebody|jullie|you) " + G2 + r"(?:weet|weten|know|knows|begrijpt|"
                r"understand|understands) (?:waarom|why)|(?:uitleggen|explain) waarom")

# A farewell by logistics: each alone is ordinary, two together are not.
_FAREWELL_NEW = (
    _rx(r"(?:gave|given|give|giving|brought|bracht|gebracht|gegeven|geef|overgedaan|afgestaan|handed over) "
        + G1 + r"(?:the|my|mijn|de|onze|our|m|mn) (?:cat|dog|kat|hond|poes|konijn|rabbit|parrot|papegaai|"
        r"vogel|bird|hamster|cavia|guinea pig|vissen|fish|pets|huisdieren|plants|planten) " + G1
        + r"(?:to|aan|naar|bij|weg|away)|"
        r"(?:cat|dog|kat|hond|poes|konijn|rabbit|parrot|papegaai|vogel|hamster|cavia|pets|huisdieren) " + G4
        + r"(?:gebracht|weggebracht|gegeven|overgedaan|afgestaan|brought|given|handed over|rehomed)|"
        r"(?:cat|dog|kat|hond|poes|konijn|rabbit|pets|huisdieren) " + G3 + r"(?:is|zijn|are|gaat|goes|"
        r"went|ging) (?:nu )?(?:naar|to|bij|with) (?:my|mijn|de|the|a|een) (?:neighbour|neighbor|buurvrouw|"
        r"buurman|buren|zus|sister|broer|brother|friend|vriend\w*|moeder|mother|mum|mom|ouders|parents)"),
    _rx(r"(?:cancelled|canceled|cancel|opgezegd|stopgezet|afgezegd|afgemeld|beeindigd) (?:everything|alles|"
        r"all of it|all my|al mijn|mijn abonnement\w*|my subscriptions|mijn verzekering\w*|my phone)|"
        r"(?:alles|everything) (?:opgezegd|cancelled|canceled|afgezegd|stopgezet)"),
    _rx(r"(?:made|make|making) (?:my )?peace (?:with it|with everything|with my decision|with (?:the|this) "
        r"decision)|(?:at peace|in vrede|vrede) (?:with|met|mee) (?:it|my decision|mijn besluit|het besluit)|"
        r"(?:er )?vrede mee (?:gesloten|genomen)|ik heb er vrede mee"),
    _rx(r"(?:wachtwoorden|wachtwoord|passwords|password|pincodes|pincode|pin codes|pin code|inloggegevens|"
        r"logins|login details|bankgegevens|bank details|codes) " + G6 + r"(?:opgeschreven|written down|"
        r"wrote "
        r"down|gegeven|given|achtergelaten|left|voor (?:mijn|my|de|the)|for (?:my|the))|"
        r"(?:written|wrote|opgeschreven|left|achtergelaten) " + G2 + r"(?:wachtwoorden|passwords|pincodes|"
        r"pin codes|logins)"),
    _rx(r"(?:wrote|written|geschreven|schreef|heb " + G3 + r"geschreven) " + G4 + r"(?:a |een )?(?:letter|"
        r"letters|brief|brieven|briefje|briefjes|note|notes)|(?:letter|letters|brief|brieven|briefje|"
        r"briefjes|note|notes) " + G3 + r"(?:geschreven|written|klaar|ready|op tafel|on the table)|"
        r"(?:each|all|every one) of them a (?:letter|note)"),
    _rx(r"testament|(?:my|a|mijn) will (?:is )?(?:done|written|made|sorted|ready|updated|signed)|"
        r"(?:made|written|wrote|updated|signed) (?:a|my) will"),
    _rx(r"(?:tonight|today|tomorrow|vanavond|vannacht|vandaag|morgen) (?:is |s |its |is het |wordt het )?"
        r"(?:the|de|het) (?:night|day|dag|nacht|moment)|(?:tonight|today|vanavond|vannacht|vandaag|morgen) "
        r"(?:is het|wordt het|gebeurt het) (?:zover|zo ver)|het is (?:vanavond|vannacht|morgen|vandaag|"
        r"bijna) zover|the time has come|de tijd is gekomen|het moment is (?:daar|gekomen)"),
    _rx(r"(?:just |only )?(?:wanted|want) to say (?:thanks|thank you|goodbye|bye|sorry)|wilde " + G2
        + r"(?:nog )?(?:even )?(?:bedanken|dank je zeggen|gedag zeggen|sorry zeggen)|"
        r"(?:thanks|thank you|bedankt|dank) (?:for|voor) (?:everything|alles)"),
)
_FAREWELL_SAFE = _rx(r"vakantie|holiday|vacation|reis|trip|kliniek|clinic|opname|ziekenhuis|hospital|"
                     r"verhuis\w*|moving|emigr\w*|abroad|buitenland|nieuwe baan|new job|afspraak|appointment|"
                     r"therapie|therapy|sessie|session|intake|date|bruiloft|wedding|verjaardag|birthday|"
                     r"party|"
                     r"feest|examen|exam|interview|sollicitatie|operatie|surgery|concert|wedstrijd|match|"
                     r"notaris|notary|pensioen|retire\w*|bejaarden|verpleeghuis|nursing home")


def ordinary_means(s: str) -> bool:
    """A place of death or a means named for work or routine ("tracks for my shift", "weekdoos")."""
    return bool(_PLACE_ORDINARY.search(s) or _ROUTINE.search(s) or _MEANS_PURPOSE.search(s))


_MEANS_PURPOSE = _rx(lx.MEANS_PURPOSE)


_KEYS = {
    "place": ("spoor", "rails", "track", "railway", "railroad", "overweg", "crossing", "viaduct", "overpass",
              "verdieping", "floor", "parkeergarage", "car park"),
    "high": ("brug", "bridge", "dak", "roof", "pier", "klif", "cliff", "kade", "quay", "water", "zee", "sea",
             "rivier", "river", "sluis", "kanaal", "canal", "flat", "hoogste punt"),
    "attempt": ("probe", "tried", "attempt", "poging", "almost", "nearly", "bijna", "close to", "haar na",
                "scheelde", "punt"),
    "prepared": ("pil", "pill", "tablet", "medic", "meds", "azepam", "paracetamol", "stillers", "killers",
                 "strips", "doosjes", "potjes"),
    "plan": ("hoe ", "how ", "when ", "where ", "wanneer ", "waar ", "ways ", "manieren ", "method", "list",
             "lijst"),
    "irreversible": ("terug", "ongedaan", "herstellen", "onomkeerbaar", "undo", "take back", "reverse",
                     "come back", "irreversible", "way back"),
}


def _has(whole: str, key: str) -> bool:
    return any(k in whole for k in _KEYS[key])


def _suicide(sents: list[str], whole: str, skip: list[bool]) -> bool:
    place, attempt, prepared = _has(whole, "place"), _has(whole, "attempt"), _has(whole, "prepared")
    high = _has(whole, "high")
    plan, irreversible = _has(whole, "plan"), _has(whole, "irreversible")
    for i, s in enumerate(sents):
        if skip[i]:
            continue
        win = _win(sents, i)
        if place and _TO_PLACE.search(s) and _SOON.search(win) and not _PLACE_ORDINARY.search(win):
            return True
        if high and _TO_HIGH.search(s) and _SOON.search(win) \
                and (_FINAL_WORD.search(win) or _DESPAIR_ANY.search(win)) \
                and not _HIGH_PURPOSE.search(win):
            return True
        m = _UNNAMED_ACT.search(s)
        if m and _CONDITION.search(s[: m.start() + 1]) and not _ULTIMATUM_SAFE.search(s):
            return True
        if attempt and _ATTEMPT.search(s) and _RECENT.search(win) and not _ATTEMPT_SAFE.search(s):
            return True
        if prepared and _PREPARED.search(s) and not _ROUTINE.search(win):
            return True
        if _NOT_LONG.search(s) and not _JOKE.search(win):
            return True
        if plan and _PLAN_HOW.search(s) and _DESPAIR_ANY.search(whole):
            return True
        if irreversible and _IRREVERSIBLE.search(s) and (_AHEAD.search(s) or _KNOW_WHY.search(win)) \
                and not (_REMOTE.search(s) or _IRREVERSIBLE_SAFE.search(win)):
            return True
    present = "".join(s for i, s in enumerate(sents) if not skip[i])
    kinds = 0
    for rx in _FAREWELL_NEW:
        if rx.search(present):
            kinds += 1
            if kinds >= 2:
                return not _FAREWELL_SAFE.search(present)
    return False


# --- A child in danger --------------------------------------------------------------------------
_CHILD_FLEMISH = (r"dochterke|zoontje|zoonke|manneke|meiske|meisken|kleine|kleintje|kleinzoon|kleindochter|"
                  r"kleinkind\w*|grandson|granddaughter|grandchild\w*|buurjongen|buurjongetje|buurmeisje|"
                  r"buurkind\w*|(?:\w+s|mijn|my|haar|her|zijn|his) (?:kids|children|kinderen)")
_CHILD = re.compile(" (?:" + lx.CHILD + "|" + _CHILD_FLEMISH + r"|(?:een|a|that|this|die|dat|de|het|"
                    r"the) (?:kid|kind|kindje|child|meisje|meid|jongen|jongetje|girl|boy|leerling|pupil|"
                    r"tiener|teen|minderjarige|minor)|(?:kinderen|kids|children|kindjes|meisjes|jongens|"
                    r"girls|boys))(?= )")
_ADULT_PERSON = _rx(
    r"stiefvader|stiefpa|stepdad|stepfather|schoonvader|father in law|vader|papa|dad|father|oom|nonkel|"
    r"uncle|opa|grandpa|grootvader|pepe|vriend van (?:mama|mijn moeder|ma)|moms boyfriend|mums boyfriend|"
    r"mams vriend|stiefbroer|stepbrother|broer|brother|neef|cousin|buurman|neighbour|neighbor|trainer|"
    r"coach|leider|leraar|teacher|meester|babysitter|oppas|au pair|buurvrouw|tante|aunt|man|guy|bloke|"
    r"stranger|vreemde|vreemdeling|iemand|someone|"
    r"hij|he|zij|she"
)
_OLDER_REL = _rx(r"stiefvader|stiefpa|stepdad|stepfather|opa|grandpa|grootvader|pepe|oom|nonkel|uncle|"
                 r"schoonvader|father in law")
_NOW_STRONG = _rx(r"sinds een (?:uur|half uur|kwartier)|(?:for|al) (?:an hour|half an hour|een uur|"
    r"een half uur)|"
                  r"nu|now|right now|op dit moment|at the moment|momenteel|currently|daarjuist|daarnet|"
                  r"net|just now|zojuist|as we speak|nog steeds|still there|still here|"
                  r"(?:is|staat|zit) (?:er|daar|there|hier|here) (?:nog|still)")
_WRONG_SIGN = _rx(
    r"(?:deur|door) " + G3 + r"(?:op slot|dicht gedaan|afgesloten|locked|shut)|(?:locked|sloot|doet) " + G2
    + r"(?:the |de )?(?:door|deur)|"
    r"(?:meegenomen|mee|took|taken|genomen) " + G6 + r"(?:en|and) " + G3 + r"(?:deur|door) " + G2
    + r"(?:dicht\w*|closed|shut|op slot|locked)|(?:riep|roept|zei|zegt|gilde|schreeuwde|said|says|"
    r"screamed|shouted|yelled) (?:nee|no|stop|help)|"
    r"(?:hoor|hear|hearing|hoorde|heard) " + G2 + r"(?:huilen|gillen|schreeuwen|roepen|janken|crying|"
    r"screaming|scream|sobbing|yelling|nee roepen|saying no|zeggen dat ze niet wil)|"
    r"(?:op een |in a )?(?:manier|way) (?:die|dat|that) " + G1 + r"(?:nie|niet|not|geen|isnt|is not) "
    + G1 + r"(?:juist|goed|normaal|ok|oke|okay|right|appropriate|normal)|"
    r"(?:ongepast|inappropriate|inappropriately|niet pluis|not right|raar|weird|wrong|verkeerd) " + G2
    + r"(?:aan|touch\w*|aangeraakt|vast|gepakt|op (?:zijn|his) schoot|on his lap|kust|kissing|kissed|"
    r"gekust|betast|handen)|"
    r"(?:hand|handen|hands) " + G2 + r"(?:onder|in|under|inside|down) " + G2 + r"(?:rok|broek|shirt|"
    r"skirt|pants|trousers|clothes|kleren|onderbroek|underwear)"
)
_WRONG_SAFE = _rx(r"kietel\w*|tickl\w*|spelen ze|playing|aan het spelen|lachen|laughing|"
                  r"everything is (?:fine|ok|okay|good)|alles is (?:weer )?(?:goed|oke|ok|prima)|"
                  r"yesterday|gisteren|vorige week|last week|troosten|trost|troost|nachtmerrie|nightmare|"
                  r"knie|knee|gevallen|fell|verdrietig om|tandarts|dentist|"
                  r"koorts|fever|ziek|sick|troost\w*|comfort\w*|voorlezen|reading (?:to|her|him)")
_GROOMING = _rx(
    r"geheimpje|geheimpjes|geheimen|geheim|secret|secrets|ons geheim|our secret|"
    r"niet (?:aan|tegen) " + G2 + r"(?:vertellen|zeggen)|(?:not|never|dont) (?:to )?tell " + G2
    + r"(?:parents|mum|mom|dad|anyone|anybody|us)|"
    r"(?:berichtjes|berichten|appjes|messages|texts|dms) " + G4 + r"(?:s nachts|snachts|nachts|at night|"
    r"late at night|midnight)|cadeautjes|presents|gifts"
)
_GROOM_SAFE = _rx(r"verrassing\w*|surprise|cadeau voor (?:mama|papa|de trainer|de coach)|verjaardag|birthday")
_STAY = _rx(r"pick(?:ing|s)? (?:him|her|them) up|haalt (?:hem|haar|ze) op|(?:komt|comes) (?:hem|haar) halen|"
            r"ophalen|neemt (?:hem|haar) mee|takes (?:him|her)|taking (?:him|her)|slapen|slaapt|logeren|"
            r"logeert|sleep over|sleepover|sleeping over|stay the night|staying the "
            r"night|overnachten|overnight|alleen|alone|bij (?:die|de|hem|haar) " + G2 + r"thuis|at (?:his|"
            r"her|their) (?:house|place|home)|op kamp|camp|weekend weg|trip|uitje|teamuitje")
_TONIGHT = _rx(r"vanavond|vannacht|tonight|nu|now|op dit moment|right now|dit weekend|this weekend|"
               r"vandaag|today|straks|later today")
# A stranger doing something to children at a child place, now.
_STRANGER_ACT = _rx(
    r"(?:fotografeert|fotograferen|filmt|filmen|foto s|fotos|fotootjes|pictures|photos|photographing|"
    r"filming|films|takes pictures|taking pictures|taking photos|lokt|lokken|luring|lures|"
    r"spreekt " + G2 + r"aan|talking to|approaching|snoep aan|offering (?:sweets|candy)|volgt|following|"
    r"snoep (?:uitdeelt|uitdelen|geeft|aanbiedt)|(?:hands|handing|giving) out (?:sweets|candy)|"
    r"hangt " + G6 + r"rond|hanging around|loitering|rondhangen|lurking|"
    r"staat te kijken|staring at|watching|"
    # calling or waving children over, offering a ride
    r"roept|roepen|riep|calls|calling|called|zwaait|waves|waving|wenkt|beckons|beckoning|"
    r"(?:lift|ride|ritje) " + G2 + r"(?:aan|aanbiedt|aanbood|offer\w*)|offer\w* " + G3 + r"(?:a ride|a lift))"
)
_STRANGER = _rx(r"(?:een|a|die|that|the|de|some|er) (?:man|vent|kerel|guy|bloke|stranger|vreemde|"
                r"vreemdeling|meneer|figuur|type|persoon|person|auto|car|busje|van)|iemand|someone|somebody")
_CHILD_PLACE = _rx(r"\w*school\w*|speeltuin|playground|zwembad|pool|kinderopvang|daycare|creche|bso|"
                   r"kleuterschool|park|sportveld|voetbalveld|field|playing field|kinderboerderij|"
                   r"schoolyard|school gate|schoolhek")
_STRANGER_SAFE = _rx(r"fotograaf|photographer|schoolfoto\w*|school photo\w*|ouder van|parent of|"
                     r"zijn eigen|his own|haar eigen|her own|mijn vrouw|my wife|mijn man|my husband|"
                     r"juf|meester|teacher|leerkracht|politie|police")


_COMPANY_SAFE = _rx(r"(?:bij|at) (?:een |a |her |his |haar |zijn )?(?:vriendin\w*|vriendje|vriendjes|"
    r"friends?|"
                    r"friend s|best friend|beste vriendin)|(?:om|to) (?:haar|hem|her|him) te (?:troosten|"
                    r"helpen)|"
                    r"(?:comfort|comforting|troosten|troost) (?:her|him|haar|hem)")


def benign_company(s: str) -> bool:
    """A child at a friend's for the night, or an adult with a child to comfort them."""
    return bool(_COMPANY_SAFE.search(s) or _CARE.search(s)
                or (_WRONG_SAFE.search(s) and not _WRONG_SIGN.search(s)))


_CARE = _rx(lx.CARE_PURPOSE)


def _child_in_danger(sents: list[str], whole: str, skip: list[bool], kid: list[bool]) -> bool:
    if not any(kid):
        return False
    wrong = _WRONG_SIGN.search(whole)
    grooming = _GROOMING.search(whole) and not _GROOM_SAFE.search(whole)
    stranger = _STRANGER_ACT.search(whole)
    if not (wrong or grooming or stranger):
        return False
    for i, s in enumerate(sents):
        if skip[i] or not any(kid[max(0, i - 1): i + 2]):
            continue
        win = _win(sents, i)
        if wrong and _ADULT_PERSON.search(s) and _NOW_STRONG.search(win) and _WRONG_SIGN.search(win) \
                and not _WRONG_SAFE.search(win):
            return True
        if grooming and _STAY.search(s) and _TONIGHT.search(win) and _ADULT_PERSON.search(win):
            return True
        if stranger and _STRANGER_ACT.search(s) and _STRANGER.search(s) and _NOW_STRONG.search(s) \
                and _CHILD_PLACE.search(win) and not _STRANGER_SAFE.search(win):
            return True
    return False


# --- The writer about to act --------------------------------------------------------------------
# A particular child with the writer now or soon.
_WITH_ME = _rx(
    r"komt " + G4 + r"(?:bij (?:mij|me|ons)|langs|spelen|gamen|logeren|slapen|over)|"
    r"(?:comes|coming|come) " + G3 + r"(?:over|round|to mine|to ours|to my|to play|to stay|to sleep over|"
    r"stay over|to visit)|ligt te slapen|is asleep|is sleeping|slaapt (?:al|nu)|"
    r"(?:staying|stays|sleeping|sleeps) (?:at ours|at mine|with us|with me|over|the night)|"
    r"(?:logeert|logeren|slaapt|slapen) " + G3 + r"(?:bij (?:ons|mij|me)|hier)|"
    r"(?:is|ligt|are|zijn) (?:asleep|sleeping|te slapen) " + G2 + r"(?:upstairs|boven|next door|hiernaast|"
    r"in the next room|in (?:her|his|the) room)|(?:asleep|slaapt|ligt te slapen|sleeping) (?:upstairs|boven)|"
    r"blijft " + G4 + r"achter|stays behind|staying behind|after (?:class|school|practice|training)|"
    r"na (?:de les|school|de training|het sporten)|bijles|tutoring|"
    r"(?:pas|past|oppassen|babysit\w*|look after|looking after|watching) " + G3 + r"(?:op|her|him|them|"
    r"the kids|the children)?|alleen (?:met|thuis)|alone with|home alone|"
    r"(?:is|zijn) (?:on )?(?:night shift|nachtdienst|weg|away|out|werken|at work|op het werk)"
)
# The writer's own risk, in words other than "urges" and "control".
_RISK = _rx(
    # misgiving
    r"(?:weet|know|knew|wist) (?:dat |that )?(?:ik|i) " + G3 + r"(?:niet (?:moet|mag|had moeten)|shouldnt|"
    r"should not|should never|shouldnt have)|niet (?:moet|mag) laten gebeuren|"
    r"(?:al |already )?(?:ja gezegd|said yes)|(?:kon|could) (?:geen nee|not say no|nt say no)|"
    r"(?:slecht|bad|geen goed|not a good|terrible) (?:idee|idea)|"
    # planning, picturing
    r"(?:betrap|catch|caught|catching) " + G3 + r"(?:plannen|planning|plotting|fantaseren|fantasi\w*)|"
    r"(?:dingen|things|plannen|plans) " + G3
    + r"(?:aan het plannen|planning|plan|beramen)|aan het plannen|(?:ik|i) (?:plan|am planning|m planning) "
    r"(?:al )?(?:hoe|how|what|wat|dingen|things)|(?:keep|blijf) " + G2 + r"(?:imagining|picturing|"
    r"voorstellen|fantaseren|fantasizing)|"
    # moving toward the child, having to leave
    r"(?:keep|kept|blijf|steeds|telkens|already|al) " + G3 + r"(?:walking|going|lopen|loop|gaan|ga|"
    r"standing|staan|sta|liep|walked|went) " + G2 + r"(?:to|naar|at|bij|op|outside|voor) " + G2
    + r"(?:stairs|trap|deur|door|room|kamer|slaapkamer|bedroom|landing|overloop|bed)|"
    r"(?:sta|stond|ga|ging|loop|liep|stand|stood|go|went|walk|walked) " + G6 + r"(?:bij|naar|voor|at|to|"
    r"outside) (?:de|the|haar|zijn|her|his) (?:trap|deur|kamer|slaapkamer|stairs|door|room|bedroom|"
    r"landing|overloop) " + G3 + r"(?:\||again|weer|steeds|twice|tweede|derde)|"
    r"(?:sta|stond|ga|loop|liep) " + G1 + r"(?:al|weer|steeds|telkens) " + G6 + r"(?:bij|naar|voor) "
    r"(?:de|haar|zijn) (?:trap|deur|kamer|slaapkamer|overloop)|"
    r"(?:sta|stand|standing|im) (?:nu |now |al |already )?(?:bij|at|outside|voor|in front of) (?:haar|zijn|"
    r"her|his|de|the) (?:deur|door|kamer|room|bed|slaapkamer|bedroom)|"
    r"(?:dont|do not|cant|cannot) trust what (?:i|ill|id|im)|vertrouw (?:niet|nie) wat ik|"
    r"(?:had to|have to|moest|moet|heb moeten) " + G2 + r"(?:leave the room|walk away|go outside|"
    r"de kamer (?:uit|verlaten)|naar buiten|weglopen|weg lopen|afstand nemen)|"
    r"(?:left|leave|verliet|verlaten) the room " + G2 + r"(?:twice|again|times)|"
    # a plea to be stopped
    r"(?:stop|stoppen|tegenhouden|tegen houden) (?:me|mij)|(?:somebody|someone|iemand) " + G3
    + r"(?:stop me|stops me|tegenhoudt|tegenhouden|tell me to|zegt dat ik)|"
    r"(?:tell|zeg|zeggen) (?:me|mij|tegen me) " + G2 + r"(?:to go home|to leave|naar huis|weg te gaan|"
    r"te stoppen|to stop)|"
    # not knowing what one will do
    r"(?:weet|know) " + G1 + r"(?:niet|not) wat (?:ik|i) " + G2 + r"(?:ga doen|doe|zal doen|will do|do|"
    r"am going to do|might do)|(?:dont|do not) know what (?:i|ill|im) " + G2 + r"(?:do|going to do|doing)|"
    + lx.CONTROL
)
_NO_RISK = _rx(r"te luisteren|listening|(?:of|if|whether) (?:ze|hij|she|he) (?:nog )?(?:hoest|ademt|slaapt|"
               r"coughs|breathes|sleeps|is ok)|check\w*|kijken of|ziek|sick|koorts|fever|hoest|cough\w*|"
               r"nachtmerrie|nightmare|(?:geen|no|zonder|without) (?:drang|urges|urge|gedachten|thoughts|"
               r"zorgen|worries)|"
               r"gaat altijd goed|always goes (?:fine|well)|geen probleem|no problem|gezellig|"
               r"looking forward|"
               r"kijk ernaar uit|heb er zin in")
# The writer at a child place, or watching a child.
_AT = _rx(r"(?:ik|i|im|am|ive|been|mn|my)")
_POSITION = _rx(r"sta|zit|ben|wacht|loop|rij|stand|standing|sitting|waiting|parked|geparkeerd|hang|"
                r"hanging|lurking|im|am|kijk|watching|staring")
_WATCH_CHILD = _rx(
    r"(?:watching|watched|staring at|following|kijk|keek|kijken|staar|volg|volgen|loop " + G2 + r"achter) "
    + G6 + r"(?:naar |at )?(?:him|her|them|hem|haar|ze|de kinderen|the kids|the children|de ingang|"
    r"the entrance|"
    r"the gate|het hek|de kleedkamer|the changing room|(?:the|that|this|a|het|dat|dit|een|die|de) "
    r"(?:girl|boy|kid|child|meisje|meid|jongen|jongetje|kind|kindje|tiener|teen))"
)
_LONG = _rx(r"(?:for|al) (?:half an hour|an hour|hours|een uur|een half uur|half uur|uren|ages|"
            r"\d+ (?:minutes|minuten|min))|(?:half an hour|an hour|een uur|uren) (?:lang|now|al)|"
            r"the whole (?:time|afternoon)|de hele (?:tijd|middag)")
_PLACE_SAFE = _rx(r"mijn (?:zoon|dochter|kind|kinderen|kleinzoon|kleindochter)|my (?:son|daughter|kid|kids|"
                  r"child|children|grandson|granddaughter)|ophalen|op te halen|pick " + G2 + r"up|"
                  r"picking " + G2 + r"up|werk|work|lifeguard|badmeester|juf|leraar|teacher|coach|trainer|"
                  r"training|zwemles|swimming lesson|boodschappen|shopping|hond uitlaten|walking the dog")
# Material being downloaded or watched now.
_RUNNING = _rx(
    r"(?:download|downloads|downloaden|torrent|torrents|bestanden|files) " + G2 + r"(?:is |are |zijn |"
    r"staat |staan )?(?:running|loopt|lopen|bezig|in progress|going|busy|still going|nog bezig|aan het "
    r"laden|loading|downloading|still downloading|binnen aan het halen)|(?:ben|zit|am|im|"
    r"i am) " + G2 + r"(?:aan het downloaden|te downloaden|downloading|"
    r"te kijken naar (?:die|dat|dit|zulke|de) (?:beelden|filmpjes|fotos|foto s|materiaal|plaatjes)|"
    r"looking at (?:those|these|the|such|that) (?:images|pictures|videos|photos|material|stuff)|"
    r"watching (?:those|these|the|such|that) (?:images|videos|material|stuff))"
)
_RELAPSE = _rx(r"never do this again|nooit meer (?:zou|zal|ga)|nooit meer doen|niet meer zou doen|"
               r"never again|terugval|relapse|(?:stop|stoppen|tegenhouden|tegen houden) (?:me|mij)|"
               r"help|wat (?:moet|doe) ik (?:nu|nou)|what do i do|what should i do|cant stop|"
               r"kan niet stoppen|"
               r"weer (?:begonnen|bezig)|doing it again|again")
_RUNNING_SAFE = _rx(r"module|zelfhulp|self help|selfhelp|app|pdf|brochure|formulier|form|document|update|"
                    r"film|movie|serie|series|game|spel|muziek|music|podcast|werk|work")


def _about_to_act(sents: list[str], whole: str, skip: list[bool], kid: list[bool]) -> bool:
    at_place = _CHILD_PLACE.search(whole)
    risk = (at_place or any(kid)) and _RISK.search(whole)
    watch = _WATCH_CHILD.search(whole)
    running = _RUNNING.search(whole) and _RELAPSE.search(whole)
    if not (risk or at_place or watch or running):
        return False
    for i, s in enumerate(sents):
        if skip[i]:
            continue
        win = _win(sents, i)
        child = any(kid[max(0, i - 1): i + 2])
        if risk and child and _WITH_ME.search(win) and _SOON.search(win) and _RISK.search(win) \
                and not _NO_RISK.search(win):
            return True
        if at_place and (watch or risk) and _CHILD_PLACE.search(s) and _AT.search(s) and _POSITION.search(s) \
                and (_WATCH_CHILD.search(win) or _RISK.search(win)) and not _PLACE_SAFE.search(win):
            return True
        if watch and child and _WATCH_CHILD.search(s) and _AT.search(s) \
                and (_LONG.search(s) or _RISK.search(win)) and not _PLACE_SAFE.search(win):
            return True
        if running and _RUNNING.search(s) and not _RUNNING_SAFE.search(win):
            return True
    return False


def assess(sents: list[str]) -> list[str]:
    """The reasons (of the gate's four) that these classes add for a message's sentences."""
    whole = "".join(sents)
    skip = [_past(sents, i) or bool(_HYPO.search(s)) for i, s in enumerate(sents)]
    reasons = []
    if _suicide(sents, whole, skip):
        reasons.append("suicide")
    child = [bool(_CHILD.search(s)) for s in sents]
    older = [c or bool(_OLDER_REL.search(s)) for c, s in zip(child, sents, strict=True)]
    if _child_in_danger(sents, whole, skip, older):
        reasons.append("child_in_danger")
    if _about_to_act(sents, whole, skip, child):
        reasons.append("about_to_act")
    return reasons
