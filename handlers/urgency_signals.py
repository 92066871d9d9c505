"""Broad risk signals for the urgency gate, read as a crisis-line triage protocol would.

handlers.urgency matches the phrasings it knows; this module adds independent detectors built
from word families, so a wording nobody wrote down still lands in its class:

- suicide: a death wish or intent in any register ("wil dood", "rather be gone", "stoppen met
  leven"), means at hand ("de pillen liggen voor me", "touw in de garage gehangen") or acts of
  finality (letters to family, keys given back, "zoek me niet", "weet niet of ik morgen nog haal",
  "I've decided" with a death word);
- child_in_danger: a particular child + now/tonight/tomorrow + a situation of risk (locked in,
  taken on a "special trip", followed, "dan begint het weer" with an adult coming home);
- about_to_act: the writer + now/soon + contact with a child (invited, alone, sleeping over) with
  urges or failing control, the writer waiting where children are, or "iets doen wat niet mag".

Each cue is suppressed by a clear past ("twee jaar geleden", "toen"), a negation of self ("ik
zou nooit"), a figure of speech ("ik ga dood van de stress", "killing me"), a hypothetical ("wat
als ik ooit") or third-person framing (a client, the news). Misspellings of the key words are read
through prefix families (zelfmo*, zelfdod*, suic*) and edit distance on a few long words, over
tokens, cached. Everything is linear in the text: word-bounded alternations with short gaps.
"""
from __future__ import annotations

import re
from functools import lru_cache

from handlers import urgency_concepts as concepts
from handlers import urgency_lexicon as lx

G1, G2, G3, G4, G6 = lx.G1, lx.G2, lx.G3, lx.G4, lx.G6


def _rx(body: str) -> re.Pattern[str]:
    return re.compile(" (?:" + body + ") ")


# --- Tokens: misspellings of a few long key words -----------------------------------------------
_SUICIDE_PREFIXES = ("zelfmo", "zelfdod", "zelfdoo", "zelfmr", "zelmoord", "zefmoord", "suic", "sucid",
                     "suisid", "suiced", "suisc", "zuicid", "selfmoord", "zelfmood")
_SUICIDE_WORDS = ("zelfmoord", "zelfdoding", "suicid")
# Long words whose misspellings matter; a token within edit distance 1 (2 when 8+ letters) of one of
# these, with the same first letter, is read as it.
_FUZZY_KEYS = {
    "vannacht": "vannacht", "vanavond": "vanavond", "tonight": "tonight", "tabletten": "tabletten",
    "slaappillen": "slaappillen", "uitgenodigd": "uitgenodigd", "afgesproken": "afgesproken",
    "stiefvader": "stiefvader", "stiefdochter": "stiefdochter", "stepdaughter": "stepdaughter",
    "stepfather": "stepfather", "opgesloten": "opgesloten", "afscheidsbrief": "afscheidsbrief",
    "testament": "testament", "petekind": "petekind", "medicijnen": "medicijnen",
    "teruggegeven": "teruggegeven", "gehangen": "gehangen", "opgehangen": "opgehangen",
    "following": "following", "zometeen": "zometeen", "beeindigen": "beeindigen",
}
# Real words near a key word that keep their own meaning.
_NOT_FUZZY = frozenset("vanacht vanavond tonights testamenten gehangen vangen gangen hangen "
                       "opgehangen afgehangen behangen gevangen gelangen".split()) - {
    "vanacht", "vanavond", "gehangen", "opgehangen"}


def _distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance, stopping early above limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


@lru_cache(maxsize=16384)
def _canon(tok: str) -> str:
    if len(tok) < 4:
        return tok
    if tok.startswith(_SUICIDE_PREFIXES):
        return tok if tok.startswith(_SUICIDE_WORDS) else "zelfmoord"
    if len(tok) < 7 or tok in _FUZZY_KEYS or tok in _NOT_FUZZY:
        return tok
    for key, canon in _FUZZY_KEYS.items():
        if key[0] != tok[0]:
            continue
        limit = 2 if len(key) >= 9 else 1
        if _distance(tok, key, limit) <= limit:
            return canon
    return tok


def canonical(sentence: str) -> str:
    """" w1 w2 ... | " with the key words' misspellings read as the key word."""
    return " " + " ".join(_canon(t) for t in sentence.split()) + " | "


# --- Shared frames ------------------------------------------------------------------------------
_REMOTE = _rx(lx.REMOTE)
_RECUR = _rx(lx.RECUR)
_NEGATED = _rx(lx.NEGATED)
_FAR = _rx(r"ooit|someday|some day|one day|ever|wat als|what if|stel dat|suppose|volgend jaar|next year|"
           r"volgende maand|next month|in de toekomst|in the future")
IMMEDIATE = (
    lx.SOON + r"|is asleep|is sleeping|slaapt nu|ligt te slapen|(?:is|ligt|zit|staat) (?:in|onder) "
    r"(?:the |de )?(?:bath|bad|shower|douche|bed)|"
    r"nu|nou|now|net(?! als| zo| zoals| wat| niet)|just|momenteel|currently|vannacht|"
    r"(?:dit|het|hele|heel het|this|the|for the|whole|all) weekend|voor het weekend|zo meteen|zometeen"
)
_IMM = _rx(IMMEDIATE)
_SELF_SUBJ = frozenset("ik k i im id ill ive we wij".split())
_OTHER_SUBJ = frozenset("hij zij ze he she they hes shes theyre client clienten clienten patient patienten "
                        "cliente klant leerling pupil student collega colleague".split())


# Suicide as a topic of work or study ("how do you assess suicide risk", "ons protocol
# suïcidepreventie"): named, not meant. Removed before the cues are read.
_TOPIC = _rx(
    r"(?:zelfmoord|zelfdodings|suicide|suicidaliteits)\w*(?:preventie|risico|risicos|protocol|beleid|cijfers|"
    r"screening|training|signalen)\w*|"
    r"(?:zelfmoord\w*|zelfdoding|suicid\w*) (?:risk|risks|risico\w*|preventie|prevention|assessment|"
    r"protocol\w*|beleid|policy|cijfers|statistics|stats|rates|rate|screening|training|awareness|"
    r"signalen|signs|bij (?:jongeren|pedofielen|daders|clienten|mannen)|among|in (?:general|het algemeen))|"
    r"(?:assess|assessing|beoordeel\w*|inschatten|inschatting|screen\w*|ask about|vragen naar|"
    r"bespreekbaar|omgaan met|deal with|handle|bespreken) " + G3 + r"(?:zelfmoord\w*|zelfdoding|suicid\w*)"
)


def drop_topic(s: str) -> str:
    return _TOPIC.sub(" ", s) if "zelf" in s or "suic" in s else s


def negated_sentence(s: str) -> bool:
    """"Niet dat ik ...", "no plans to ...": the sentence disowns what it names."""
    return bool(_NEG_SENTENCE.search(s))


def subject_is_other(s: str, pos: int) -> bool:
    return _subject_is_other(s, pos)


def _subject_is_other(s: str, pos: int) -> bool:
    """The last subject pronoun before pos is someone else's ("een cliënt zegt dat hij dood wil")."""
    for tok in reversed(s[:pos].split()):
        if tok in _SELF_SUBJ:
            return False
        if tok in _OTHER_SUBJ:
            return True
    return False


def _past(sents: list[str], i: int) -> bool:
    """Plainly about the past or fiction, and not said to be back now."""
    if not _REMOTE.search(sents[i]):
        return False
    return not any(_RECUR.search(x) for x in sents[i: i + 2])


# --- Suicide ------------------------------------------------------------------------------------
_DEATH = (r"(?:dood|doodgaan|sterven|dying|dead|overlijden|"
          r"(?:to|wanna|gonna|ill|id|rather|should|just|i|will|could|would) die|"
          r"(?:be|im|am) gone(?! (?:for|on|to|from|away|out|abroad|all|by|until|till|a|the|over|most|"
          r"during|when|while|shopping|with|now|again)))")
_INTENT = (r"(?:wil|wilt|wou|willen|wilde|want|wanna|wish|liever|rather|ga|gaan|going|gonna|zal|will|ill|"
           r"id|plan|plannen|planning|hoop|hope|besloten|decided|klaar|ready|better|beter|prefer|verlang|"
           r"before|voordat|soon|binnenkort|vannacht|vanavond|tonight|morgen|tomorrow|today|vandaag)")
_SUICIDE_CUES = _rx(
    r"zelfmoord\w*|zelfdoding|suicid\w*|kms|unalive|"
    r"(?:kill|killing|off|offing|hang|hanging|drown|poison) (?:my ?self)|"
    r"(?:end|ending|take|taking|nemen|beeindigen) (?:my|mijn) (?:own |eigen )?(?:life|leven)|"
    r"(?:mijn|my|het|m) leven " + G2 + r"(?:beeindigen|beeindig|nemen|afmaken|stoppen|stopzetten|end|take)|"
    r"(?:einde|eind|punt) (?:aan|achter) (?:mijn|m|het|dit) leven|"
    r"(?:stop|stoppen|ophouden|kappen) " + G4 + r"met (?:het |mijn )?(?:leven|ademen|bestaan)|"
    r"(?:stop|quit|stopping|quitting) (?:living|breathing|existing)|"
    r"(?:van|ter) kant " + G1 + r"(?:maken|maak)|"
    r"(?:me|mij|mezelf|mijzelf|myself) " + G2 + r"(?:ombrengen|ombreng|doden|dood maken|ophangen|"
    r"verhangen|verdrinken|vergiftigen|afmaken|iets aandoen|wat aandoen)|"
    r"(?:maak|maken) (?:ik )?het " + G1 + r"af|"
    r"(?:klaar|done|finished) (?:met|with) (?:alles|everything|it all)(?! (?:voor|for|op|van|at|here|hier))|"
    r"(?:beter|better|fine|blij|happier|okay|ok|opgelucht|relieved) " + G6
    + r"(?:if|als|wanneer|when) (?:i|ik) " + G2 + r"(?:disappeared|disappear|verdwijn|verdwenen|verdwijnen|"
    r"weg (?:ben|was)|gone|dood|er niet meer)|"
    r"(?:disappear|verdwijn|verdwijnen) " + G2 + r"(?:tonight|vannacht|vanavond|for good|forever|voorgoed)|"
    r"niet meer (?:wakker|leven|bestaan|ademen)|nooit meer wakker|(?:never|not) (?:to )?wake up|"
    r"er " + G2 + r"niet meer (?:zijn|ben|zal zijn|wil zijn|te zijn)|uit het leven (?:stappen|stap)|"
    + _INTENT + r" " + G4 + _DEATH + r"|" + r"(?:dood|sterven|doodgaan) " + G1
    + r"(?:wil|wilt|willen|ga|gaan|zal|wou|gaat)"
)
# Figures of speech and other deaths: "ik ga dood van de stress", "dying to see", "over my dead body".
_FIGURATIVE = _rx(
    r"(?:dood|doodgaan|die|dying|dead) (?:gaan )?(?:van|of|from|aan|for|to|inside)(?! nacht| vannacht)|"
    r"(?:schaam|lach|verveel|werk|schrik|zoek|ergeren|erger|lachen|vervelen) " + G2 + r"dood|"
    r"dead (?:tired|serious|end|line|lines|silent|wrong|right|set)|over my dead body|"
    r"(?:de|het|zijn|haar|his|her|their) dood|dood (?:spoor|punt|gewoon|normaal|eng|simpel)|"
    r"(?:is|was|zijn|waren|are) (?:al )?(?:dood|dead|gestorven|overleden)|"
    r"(?:verder|door|doorgaan|go on|get on|move on) (?:met|with) (?:mijn |het |my )?(?:leven|life)|"
    r"met (?:mijn |het )?leven (?:verder|door|oppakken|weer)|"
    r"(?:is|was|are|were) (?:dying|gone)|dying (?:to|for)|to die for|"
    r"(?:than|dan) " + G3 + r"(?:hurt|harm|touch|abuse|aanraken|aan te raken|pijn|iets aan|kwaad|misbruik\w*|"
    r"a child|een kind|a kid)"
)
_SELF_NEGATION = _rx(
    r"(?:nooit|never|niet|not|geen|no|nie)(?! meer| more| longer) " + G1
    + r"(?:zelfmoord\w*|suicid\w*|kill|dood|die|"
    r"sterven|doodgaan|van kant|myself|mezelf)|"
    r"(?:dont|do not|didnt|wont|will not|am not|im not) (?:want|wanna|wish|plan|intend|going|gonna) "
    + G1 + r"(?:to )?(?:die|kill|end it|be dead|do it|do anything)|"
    r"(?:dont|do not|never|nooit) (?:want|wanted|wil|wilde) " + G1 + r"(?:to )?(?:die|dood)"
)
_NEG_SENTENCE = _rx(r"(?<!denk )(?<!geloof )(?<!verwacht )(?<!hoop )(?<!weet )"
                    r"(?:niet dat|not that) (?:ik|i)|(?:geen|no) (?:plannen|plans|intention|intentie|plan)|"
                    r"(?:niet|not) (?:van plan|planning|going)")
# Means at hand: a means word with presence, readiness or the act.
_MEANS = _rx(
    r"(?:pillen|pil|pills|pill|tabletten|tablets|strip|strips|medicijnen|medicatie|meds|slaappillen|"
    r"slaapmiddel\w*|paracetamol|\w+azepam|antidepressiva|insuline|insulin|oxycodon\w*|"
    r"morfine|morphine) " + G6 + r"(?:voor me|voor mij|in front of me|naast me|"
    r"naast mij|next to me|klaar|ready|gespaard|opgespaard|verzameld|stockpiled|saved up|"
    r"allemaal|all of them|in mijn hand|in my hand|op tafel|on the table|uitgestald|laid out|lined up|"
    r"gereed|hier (?:staan|liggen)|(?:staan|liggen|ligt|staat) (?:hier|klaar|voor me|naast me))|"
    r"(?:voor me|in front of me|naast me|next to me|ready|klaar) " + G4 + r"(?:pillen|pills|tabletten|"
    r"tablets|meds|medicijnen|strip|strips|touw|rope|noose|strop|mes|knife|razor|scheermes)|"
    r"(?:touw|strop|rope|noose|kabel|riem) " + G6 + r"(?:gehangen|opgehangen|hangt|hanging|hung|tied|"
    r"geknoopt|vastgeknoopt|vastgemaakt|gekocht|bought|klaar|ready|balk|beam|zolder|attic|garage|"
    r"om mijn nek|around my neck)|"
    r"(?:gehangen|opgehangen|hung|tied|geknoopt|bought|gekocht|klaar|ready|got) " + G4
    + r"(?:touw|strop|rope|noose)|"
    r"(?:mes|knife|razor|blade|blades|scheermes|scheermesje|mesje) " + G6 + r"(?:in mijn hand|in my hand|"
    r"vast|holding|naast me|next to me|voor me|in front of me|klaar|ready|pols|polsen|wrist|wrists|keel|"
    r"throat)|"
    r"(?:sta|staan|zit|zitten|ben|stand|standing|sitting|im|lig|liggen|lying|wacht|waiting) " + G3
    + r"(?:op|on|bij|at|next to|naast|langs|by) (?:het |de |the )?(?:spoor|spoorlijn|spoorweg|rails|"
    r"tracks|railway tracks|train tracks|traintracks)|"
    r"(?:gas|gaskraan|motor|engine) " + G3 + r"(?:open|aan|running|on|draait|loopt) " + G6
    + r"(?:garage|dicht|closed|shut|ramen)"
)
# An overdose already taken: a large amount of a medicine + a taking verb in the sentence.
_PILL = (r"(?:\w*pillen|pil|pills|pill|tabletten|tablets|tabs|strip|strips|medicijnen|medicatie|meds|"
         r"medication|slaapmiddel\w*|paracetamol|ibuprofen|\w+azepam|antidepressiva|antidepressants|"
         r"painkillers|pijnstillers|insuline|insulin|oxycodon\w*|morfine|morphine|sleeping tablets)")
_OVERDOSE = _rx(
    r"(?:a lot|lots|loads|way too many|too many|too much|heel veel|veel te veel|te veel|teveel|een hoop|"
    r"a bunch|a handful|handvol|handful|whole|hele|heel de|een pak|a pack|a box|een doos|een doosje|"
    r"een strip|a strip) " + G3 + _PILL + r"|(?:[2-9][0-9]|dertig|twintig|veertig|vijftig|thirty|twenty|"
    r"forty|fifty) " + _PILL
)
_TAKEN = _rx(r"took|taken|swallowed|geslikt|slikte|genomen|nam|ingenomen|opgegeten|op")
_SAFE = _rx(
    r"(?:left|gone|moved out|fled|weggegaan|vertrokken|gevlucht|weg) (?:with|met) (?:the|de|her|his|haar|"
    r"zijn|mijn|my|our|onze) (?:kids|children|kinderen|kind|child|son|daughter|zoon|dochter)|"
    r"(?:staying|stay|logeren|logeert|slapen|wonen|wonen nu|are|zijn) (?:with|bij) (?:me|us|mij|ons)|"
    r"(?:safe|veilig) (?:now|nu)|(?:is|are|zijn|is nu|zijn nu) (?:safe|veilig)"
)


def pickup(s: str) -> bool:
    """Collecting or bringing one's own child, or one's work: no reason to be where children are."""
    return bool(_PICKUP.search(s))


_REASSURED = _rx(r"gaat (?:altijd|gewoon|prima|steeds) goed|gaat (?:altijd|gewoon|steeds) prima|"
                 r"(?:always|usually) goes (?:fine|well)|(?:proud of|trots op) (?:her|him|haar|hem)|"
                 r"geen (?:probleem|problemen|zorgen)|no (?:problem|problems|worries)|"
                 r"(?:eindelijk|finally) (?:rust|tijd|time|peace)")


def contact_is_benign(s: str) -> bool:
    """A child staying elsewhere ("logeert bij opa en oma"), or care said to go well, and no urge.

    Excitement ("leuk", "looking forward") is no reassurance, and a meeting arranged with a child
    stays urgent wherever it is."""
    if (_URGE.search(s) and not _NO_URGE.search(s)) or _INVITE.search(s):
        return False
    if _NO_URGE.search(s) and not _CONTROL.search(s):
        return True  # "ik heb nooit gedachten over haar gehad"
    return bool(_ELSEWHERE.search(s) or _REASSURED.search(s))


_MEANS_PURPOSE = _rx(lx.MEANS_PURPOSE)
_MEANS_ROUTINE = _rx(lx.MEANS_ROUTINE)
_CONTROL = _rx(lx.CONTROL)


def safe_now(s: str) -> bool:
    """The children are out of the danger's reach now ("she left with the kids, they stay with me")."""
    return bool(_SAFE.search(s))


# Acts of finality; strong ones count twice.
_FINAL_STRONG = (
    _rx(r"(?:dont|do not|niet) " + G1 + r"(?:try to )?(?:find|look for|zoeken naar|search for) (?:me|mij)|"
        r"zoek (?:me|mij) niet|(?:niet|nie) (?:naar|achter) (?:me|mij) " + G1 + r"(?:zoeken|gaan zoeken)|"
        r"(?:niemand|nobody|no one|noone) " + G2 + r"(?:me|mij) " + G1 + r"(?:missen|miss)|"
        r"(?:morgen|de ochtend|ochtend|het weekend|volgende week) nog (?:haal|red|meemaak|overleef|"
        r"zie|halen)|(?:make it|survive|last) (?:to|till|until|through) (?:tomorrow|the morning|morning|"
        r"the night|the weekend)|"
        r"(?:wont|will not|might not|may not) (?:be here|be around|be alive) (?:tomorrow|by morning|"
        r"much longer|anymore)|"
        r"afscheidsbrie\w*|afscheidsbericht\w*|(?:goodbye|farewell|suicide) (?:letter|letters|note|notes)"),
)
_DECIDED = _rx(r"(?:ive|i have|heb|ik heb|i) (?:het )?(?:decided|besloten)|made up my mind|"
               r"(?:besluit|beslissing) (?:staat vast|is genomen|genomen)|mind is made up")
_DEATH_ANY = _rx(r"gone|dood|die|dead|er niet meer|not be here|wont be here|sterven|end it|einde|eind|"
                 r"weg ben|zelfmoord\w*|suicid\w*|afscheid|goodbye")
_FINAL_WEAK = (
    _rx(r"(?:brieven|brief|briefjes|letters|letter|notes|note|kaartjes|cards) " + G6 + r"(?:aan|voor|to|for) "
        + G1 + r"(?:familie|family|kinderen|kids|children|ouders|parents|vrouw|wife|man|husband|"
        r"partner|zus|sister|broer|brother|moeder|mother|mum|mom|vader|father|dad|mama|papa|dochter|"
        r"daughter|zoon|son|loved ones|dierbaren|vrienden|friends|iedereen|everyone|everybody)"),
    _rx(r"(?:sleutels|sleutel|keys|key) " + G4 + r"(?:teruggegeven|terug gegeven|terug|back|returned|"
        r"ingeleverd|afgegeven|handed in)|(?:gave|given|returned|handed) " + G3 + r"(?:keys|key)"),
    _rx(r"testament|(?:my|a|mijn) will (?:is |has been )?(?:done|written|made|sorted|ready|updated)|"
        r"(?:made|written|wrote|updated) (?:a|my) will"),
    _rx(r"afscheid|goodbye|vaarwel|farewell|tot ziens allemaal|dag iedereen|bye (?:everyone|all|world)"),
    _rx(r"(?:sorry|spijt me|vergeef me|forgive me) " + G2 + r"(?:everything|alles|all of it)|"
        r"(?:vergeef|forgive) (?:me|mij)"),
    _rx(r"(?:spullen|things|stuff|belongings|possessions|kat|cat|hond|dog) " + G4 + r"(?:weggegeven|"
        r"given away|gave away|verdeeld|geregeld|sorted|ondergebracht|rehomed)|"
        r"(?:give|gave|given|giving) away " + G3 + r"(?:things|stuff|belongings|possessions)|"
        r"(?:kat|cat|hond|dog|poes|konijn|rabbit) " + G6 + r"(?:gebracht|weggebracht|brought|dropped off|"
        r"herplaatst|rehomed)"),
    _rx(r"(?:niet|not) (?:jouw|jullie|your|je) (?:schuld|fault)"),
    _rx(r"(?:sorry|vergeef me) (?:mam|mama|pap|papa|mom|mum|dad|iedereen|everyone|allemaal)"),
)
_AWAY = _rx(r"vakantie|holiday|holidays|vacation|reis|kliniek|clinic|opname|opgenomen|ziekenhuis|"
            r"hospital|op reis|travelling|traveling|business|zakenreis|verhuizing|verhuis|verhuizen|"
            r"moving|emigr\w*|nieuwe baan|new job|studie|study|abroad|buitenland|huur|lease|rent")


def suicide(sents: list[str]) -> bool:
    for i, raw in enumerate(sents):
        od = _OVERDOSE.search(raw)
        if not (od or _SUICIDE_CUES.search(raw) or _MEANS.search(raw)):
            continue  # the removals below only take cues away: nothing to read here
        if _past(sents, i) or _NEG_SENTENCE.search(raw):
            continue
        s = _SELF_NEGATION.sub(" ", _NEGATED.sub(" ", drop_topic(raw)))
        s = " " + " ".join(s.split()) + " "
        od = _OVERDOSE.search(s)
        if od and _TAKEN.search(s) and not _subject_is_other(s, od.start() + 1):
            return True
        for rx in (_SUICIDE_CUES, _MEANS):
            for m in rx.finditer(s):
                span = s[max(0, m.start() - 12): m.end() + 12]
                named = m.group(0).startswith(_SUICIDE_WORDS, 1)
                if rx is _SUICIDE_CUES and not named and _FIGURATIVE.search(span):
                    continue
                if _subject_is_other(s, m.start() + 1):
                    continue
                if rx is _MEANS and (_MEANS_PURPOSE.search(s) or _MEANS_ROUTINE.search(s)):
                    continue  # a rope for the swing, an engine warming up
                return True
    present = [s for i, s in enumerate(sents) if not (_past(sents, i) or _AWAY.search(s))]
    if not present:
        return False
    text = "".join(present)
    score = 2 * sum(1 for rx in _FINAL_STRONG if rx.search(text))
    score += sum(1 for rx in _FINAL_WEAK if rx.search(text))
    if _DECIDED.search(text) and _DEATH_ANY.search(text):
        score += 2
    return score >= 2


# --- Children ----------------------------------------------------------------------------------
_CHILD_EXTRA = (
    r"petekind\w*|peetkind\w*|petedochter|peetdochter|petezoon|peetzoon|godchild\w*|goddaughter|godson|"
    r"(?:een|a|an|that|this|die|dat|dit|the|de|het) (?:kid|kind|kindje|child|meisje|meid|meidje|jongen|"
    r"jongetje|girl|boy|tiener|teen|teenager|pupil|leerling|minderjarige|minor)|"
    r"(?:girl|boy|kid|child|meisje|jongen|kind|meid|tiener|jongetje|kindje) (?:(?:of|van|aged|van pas|"
    r"of only|van nog maar) )?(?:1[0-7]|[1-9])|(?:kind|kindje|dochter|zoon|dochtertje|zoontje) van "
    r"(?:mijn|de|haar|zijn|onze|een)|"
    r"(?:[1-9]|1[0-7]) (?:jarige|jarig)|(?:[1-9]|1[0-7]) (?:year|years|yr|jaar) old|"
    r"(?:ik ben|im|i am) (?:pas |only |just |nog maar )?(?:[1-9]|1[0-7])(?! (?:jaar|years|year) "
    r"(?:getrouwd|married|samen|together|bezig|clean|werkzaam|working|aan|in))"
)
_CHILD_ANY = re.compile(" (?:" + lx.CHILD + "|" + _CHILD_EXTRA + ") ")
_OWN_CHILD = _rx(r"(?:mijn|my|onze|our|m) (?:(?:[0-9]+|year|years|old|yo|jarige|little|kleine|youngest|"
                 r"jongste|eldest|oldest|oudste) ){0,4}"
                 r"(?:zoon|zoontje|dochter|dochtertje|son|sons|daughter|daughters|kinderen|kids|"
                 r"children|kind|child|kleinkind\w*|grandchild\w*)")
_GENERIC_ONLY = frozenset("kinderen kids children minderjarigen minors".split())
_CHILD_CONTEXT = _rx(r"kamp|camp|scouting|scouts|welpen|leiding|leider|oppas|oppassen|babysit\w*|klas|class|"
                     r"school|speeltuin|playground|zwembad|pool|jeugd\w*|youth|kinderfeest\w*|"
                     r"sleepover|logeerpartij|bso|kinderopvang|daycare")


def _child(s: str) -> bool:
    for m in _CHILD_ANY.finditer(s):
        if m.group(0).strip() not in _GENERIC_ONLY:
            return True
    return False


# A situation that puts a child at risk by itself, with a time now or near.
_DANGER = _rx(
    r"(?:opgesloten|op slot|locked|locks|sloot) " + G6 + r"(?:met|with)|(?:met|with) " + G6
    + r"(?:opgesloten|op slot|locked)|"
    r"(?:special|speciaal|speciale|geheim|geheime|secret|little) (?:trip|uitje|uitstapje|outing|reisje|"
    r"weekend|spelletje|game|ritje|ride|sleepover)|"
    r"(?:begint|beginnen|start|starts|gebeurt|gebeuren|happens|happen|happening|gaat) (?:het|it|dat|that|"
    r"this|dit) (?:allemaal |all )?(?:weer|again|opnieuw)|(?:het|it|dat|that) (?:begint|starts|gebeurt|"
    r"happens|start) (?:weer|again|opnieuw)|gaat het weer gebeuren|(?:will|is going to) happen again|"
    r"(?:following|follow|follows|followed|volg|volgt|volgen|achtervolg\w*|stalk\w*) (?:him|her|them|"
    r"hem|haar|ze|that|die|dat|the|de|het|a|een|this|dit)(?! (?:op|on) )|achterna|"
    r"(?:meegenomen|taken|took|meenemen|neemt " + G3 + r"mee) " + G6 + r"(?:alone|alleen|alleen met|"
    r"naar zijn|to his|in zijn auto|in his car|special|speciaal|speciale|geheim|secret|trip|uitje)"
)
# An adult coming home when the writer is the child: "stiefvader komt straks thuis".
_ADULT_HOME = _rx(
    r"(?:stiefvader|stiefpa|stepdad|stepfather|vader|papa|pa|dad|father|oom|uncle|opa|grandpa|"
    r"vriend van (?:mama|mijn moeder|ma)|moms boyfriend|mums boyfriend|mams vriend|broer|brother|neef|"
    r"buurman|hij|he) " + G4 + r"(?:thuis|home|terug|back|binnen|langs|over)"
)
_ADULT_REL = _rx(r"stiefvader|stiefpa|stepdad|stepfather|oom|uncle|opa|grandpa|"
                 r"vriend van (?:mama|mijn moeder)|"
                 r"moms boyfriend|mums boyfriend|buurman|neighbour|neighbor|trainer|coach")
_DISTRESSED = _rx(r"huilt|huilen|cries|crying|cry|wil niet|doesnt want|dont want|bang|scared|afraid|"
                  r"terrified|in paniek|panics|panicking")
_AGAIN = _rx(r"weer|again|opnieuw")
_AFRAID = _rx(r"bang|scared|afraid|terrified|doodsbang|angst|fear")
_ELSEWHERE = _rx(
    r"bij (?:oma|opa|(?:haar|zijn|mijn|de) (?:opa|oma|grootouders)|grootouders|een vriend\w*|haar vader|"
    r"zijn vader|haar moeder|zijn moeder|mijn ex|de buren|vrienden)|"
    r"at (?:grandmas|grandma|grandpas|a friends|her dads|his dads|my exs|friends)|"
    r"naar (?:oma|opa|kamp|school)"
)
# The writer's own urges or failing control.
_URGE = _rx(
    lx.CONTROL + r"|urges|urge|drang|neiging\w*|gedachten|gedachtes|gedachte|thoughts|fantasie\w*|"
    r"fantas\w*|verlangen|opgewonden|aroused|turned on|geil\w*|horny|tempted|temptation|verleiding|"
    r"craving|trek in|(?:keep|blijf|kan niet stoppen met) " + G2 + r"(?:thinking|denken|going|gaan|lopen)|"
    r"(?:going|gaan|ga) (?:in|into|naar binnen|binnen)|(?:to|naar) (?:his|her|zijn|haar) (?:door|deur|room|"
    r"kamer|bed)|iets doen wat " + G2 + r"(?:niet mag|niet wil|verkeerd)|"
    r"do something " + G2 + r"(?:shouldnt|should not|wrong|bad|regret)|"
    r"(?:kan|kun) " + G2 + r"niet (?:meer )?(?:inhouden|beheersen|tegenhouden)"
)
_NO_URGE = _rx(r"(?:geen|no|zonder|without|nooit|never|niet) " + G1 + r"(?:urges|urge|drang|neiging\w*|"
               r"gedachten|thoughts|fantasie\w*)|(?:under control|onder controle|in de hand)")
# Contact with a particular child that the writer arranged or is in.
_WEAK = _rx(
    r"alleen|alone|samen|together|logeren|logeert|logeer|logeerpartij|sleepover|sleep over|sleeping over|"
    r"slaapt|slapen|blijft " + G2 + r"slapen|stays? over|staying|stay the night|oppassen|oppas|"
    r"babysit\w*|pas " + G3 + r"op|asleep|sleeping|next room|kamer naast|past " + G3 + r"op|"
    r"in bad|bath|badderen|douchen|shower|"
    r"bij (?:mij|me)|with me|at mine|at my (?:place|house)|komt " + G3 + r"(?:langs|spelen|over)|"
    r"comes " + G2 + r"over|coming over"
)
_INVITE = _rx(
    r"uitgenodigd|invited|invite|inviting|nodig " + G4 + r"uit|afgesproken|afspraak|afspreken|"
    r"spreek " + G3 + r"af|meet|meeting|meetup|ontmoeten|ontmoet|langskomen|langs " + G1 + r"komen|"
    r"ophalen|op te halen|pick " + G2 + r"up|picking " + G2 + r"up|date"
)
_ADULT = _rx(lx.ADULT_CONTEXT)
_WRITER = _rx(r"ik|k|i|im|ive|ill|id|mij|me|mijn|my")
# The writer where children are, waiting or watching now.
_AT_PLACE = _rx(
    r"(?:sta|zit|ben|wacht|loop|rij|stand|standing|sitting|waiting|im|am|parked|geparkeerd|hang|"
    r"hanging|lurking|following) " + G4 + r"(?:bij|near|at|outside|voor|naast|by|in|op|om|rond|around) "
    + G2 + r"(?:schoolplein|school|basisschool|speeltuin|playground|zwembad|pool|kinderopvang|daycare|"
    r"creche|schoolyard|schoolhek|school gate|school gates|kinderboerderij|bso|kleuterschool|"
    r"peuterspeelzaal|kleedkamer|changing room|locker room|jeugdhonk|youth club)"
)
_PICKUP = _rx(r"ophalen|op te halen|halen|pick " + G2 + r"up|picking " + G2 + r"up|collect\w*|brengen|"
              r"drop " + G2 + r"off|wegbrengen|mijn (?:zoon|dochter|kind|kinderen)|"
              r"my (?:son|daughter|kid|kids|child|children)|werk|work|baan|job|vrijwilliger|volunteer|les|"
              r"teach\w*")
_WATCH = _rx(r"te wachten|wachten|wacht|waiting|wait|kijk|kijken|watching|watch|staring|staar|following|"
             r"volg|volgen|te kijken|lurking|hanging around")
# The writer about to do what must not be done.
_ACT = _rx(
    r"iets doen wat " + G2 + r"(?:niet mag|niet wil|verkeerd is|niet kan)|iets (?:verkeerds|ergs|stoms) "
    r"(?:doen|gaan doen)|"
    r"do something " + G2 + r"(?:shouldnt|should not|wrong|terrible|bad|regret)|"
    r"(?:ga|gaan|going to|gonna|will|ill) " + G2 + r"(?:toegeven|give in|act on|cross the line|over de "
    r"grens|aanraken|touch)|(?:act|acting) on (?:it|them|my urges|these|my feelings)|"
    r"(?:act|acting) on (?:it|them|my urges|these|my feelings)"
)
_DO_IT = _rx(r"(?:ga|ik ga) (?:het|t) " + G1 + r"(?:echt |toch )?doen|"
             r"(?:im|i am) (?:going|gonna) (?:to )?do it")
_FOLLOWING = _rx(r"(?:ik|i|im|i am) " + G2
                 + r"(?:following|follow|volg|achtervolg|loop " + G3 + r"achterna)")


def immediacy(sents: list[str]) -> list[bool]:
    """Per sentence: a time now or near ("vannacht", "right now", "straks", "for the weekend")."""
    return [bool(_IMM.search(s)) for s in sents]


def _near(imm: list[bool], i: int) -> bool:
    return any(imm[max(0, i - 1): i + 2])


def child_in_danger(sents: list[str], imm: list[bool] | None = None) -> bool:
    imm = immediacy(sents) if imm is None else imm
    for i, s in enumerate(sents):
        if not _near(imm, i):
            continue
        danger, home = _DANGER.search(s), _ADULT_HOME.search(s)
        if not (danger or home):
            if _ADULT_REL.search(s) and _AGAIN.search(s) and _child(s) and imm[i]:
                win = "".join(sents[max(0, i - 1): i + 2])
                if _DISTRESSED.search(win) and not (_past(sents, i) or _FAR.search(s)):
                    return True
            continue
        win = "".join(sents[max(0, i - 1): i + 2])
        if _past(sents, i) or _FAR.search(s) or _SAFE.search(win):
            continue
        if danger and (_child(win) or _ADULT_HOME.search(win)):
            return True
        if home and imm[i] and _child(win) and _AFRAID.search(win):
            return True
    return False


def about_to_act(sents: list[str], imm: list[bool] | None = None) -> bool:
    imm = immediacy(sents) if imm is None else imm
    whole = ""
    for i, s in enumerate(sents):
        if not _near(imm, i):
            continue
        win = "".join(sents[max(0, i - 1): i + 2])
        if _past(sents, i) or _FAR.search(s):
            continue
        child = _child(win)
        urge = bool(_URGE.search(win)) and not _NO_URGE.search(win)
        if child and urge and not _ELSEWHERE.search(win) \
                and (_WEAK.search(win) or _INVITE.search(win) or _DANGER.search(win)):
            return True
        inv = _INVITE.search(s) if child else None
        if inv and _child(s) and _WRITER.search(s) and not _OWN_CHILD.search(s) \
                and not _ADULT.search(s) and not _subject_is_other(s, inv.start() + 1) \
                and not (concepts.ordinary_contact(win) or (concepts.writer_is_minor(win) and not urge)):
            return True  # not tutoring or a host family; not a 16-year-old's date with a 17-year-old
        if _AT_PLACE.search(s) and _WATCH.search(s) and not _PICKUP.search(win) \
                and (imm[i] or "wacht" in s or "waiting" in s):
            return True
        if child and _FOLLOWING.search(s):
            return True
        if _ACT.search(s) and _WRITER.search(s):
            return True
        if _DO_IT.search(s):
            whole = whole or "".join(sents)
            if child or urge or _CHILD_CONTEXT.search(whole):
                return True
    return False
