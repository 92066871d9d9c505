"""The urgency gate: does a message show acute risk that needs a person now?

Reasons:
- "suicide": suicidal thoughts or plans, also said indirectly ("ik wil er niet meer zijn",
  "I don't see the point anymore").
- "child_in_danger": a child is with someone the writer fears for, now or tonight.
- "abuse_now": abuse that is still going on ("het gebeurt thuis nog steeds").
- "about_to_act": the writer may act soon ("vanavond heb ik met haar afgesproken", "I don't
  trust myself tonight"), as opposed to a fear about some day ("ooit") or a past act.

A miss costs more than a false alarm (an urgent message goes to the front of the queue and gets
the emergency numbers; nothing is closed automatically), so the patterns lean to flagging, but
questions about the past or the police, and vague fears about "some day", are not acute.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from handlers.normalise import normalise


@dataclass(frozen=True)
class Assessment:
    urgent: bool
    reasons: tuple[str, ...]


def _rx(body: str) -> re.Pattern[str]:
    # Whole words, searched in text padded with spaces (faster than look-arounds).
    return re.compile(" (?:" + body + ") ")


def _gap(n: int) -> str:
    return rf"(?:[a-z0-9]+ ){{0,{n}}}"


G2, G3, G4 = _gap(2), _gap(3), _gap(4)

_SUICIDE = _rx(
    r"zelfmoord|zelfmoordgedachten|suicide|suicidal|suicidaal|zelfdoding|kill myself|killing myself|"
    r"end my life|ending my life|take my (?:own )?life|end it all|end it|ending it|eind aan mijn leven|"
    r"einde aan mijn leven|"
    r"(?:eind|einde|punt) aan " + G3 + r"(?:maken|te maken|maak)|"
    r"mezelf " + G2 + r"(?:van kant maken|ombrengen|doden|iets aandoen|iets aan (?:te )?doen|ophangen)|"
    r"(?:wil|zou|wou|want|wanna|would) " + G3 + r"(?:er )?niet meer (?:zijn|leven|bestaan|wakker worden)|"
    r"er niet meer (?:zijn|willen zijn|wil zijn)|niet meer (?:willen )?leven|"
    r"liever dood|dood willen|wil dood|wil ik dood|wou dat ik dood|was ik maar dood|rather be dead|"
    r"better off dead|wish i (?:was|were) dead|want to die|wanna die|wish i could die|"
    r"(?:dont|do not) want to (?:live|be here|be alive|exist|wake up)|"
    r"(?:dont|do not|cant|cannot|can not) see (?:the |any )?point|no point (?:in )?(?:living|anymore|"
    r"going on)|"
    r"zie het (?:echt )?niet (?:meer )?zitten|zie geen (?:uitweg|zin meer|toekomst meer)|no way out|"
    r"heeft (?:allemaal )?geen zin meer|het hoeft (?:voor mij )?niet meer|"
    r"(?:mijn )?laatste bericht|my last message|afscheidsbrief|goodbye letter|say goodbye|afscheid nemen|"
    r"alles (?:al )?geregeld om|(?:pillen|pills|tabletten) " + G3 + r"(?:verzameld|gespaard|saved|ready|"
    r"klaar)|"
    r"overdosis|overdose|voor de trein|in front of a train|van (?:een|de) brug|off a bridge|jump off|"
    r"(?:kan|kun) " + G2 + r"niet meer (?:leven|verder|door)|(?:cant|cannot|can not) go on|"
    r"(?:besloten|decided) " + G4 + r"(?:genoeg|enough)|genoeg geweest|"
    r"verdwijnen voor altijd|disappear forever|niet meer wakker"
)
_NOT_SUICIDAL = _rx(
    r"(?:niet|geen|not|never|no) (?:suicidaal|suicidal|zelfmoordgedachten|zelfmoord|suicide)|"
    r"(?:end|einde|eind) (?:of|aan) (?:the|de|het) (?:day|dag|gesprek|conversation)"
)

_CHILD = (
    r"(?:kind|kinderen|kindje|child|children|kid|kids|zoon|zoontje|son|dochter|dochtertje|daughter|"
    r"nichtje|neefje|niece|nephew|meisje|meid|jongetje|jongen|girl|boy|baby|peuter|kleuter|toddler|"
    r"buurjongen|buurmeisje|leerling|pupil|stiefdochter|stiefzoon|kleinkind|kleinzoon|kleindochter|"
    r"minderjarige|minor|(?:[1-9]|1[0-7]) (?:jaar|jarige|year old|years old|yo|jr))"
)
_NOW = r"(?:nu|net|nou|op dit moment|right now|now|just now|vanavond|tonight|vannacht|straks|zo meteen|" \
       r"vandaag|today|this evening|dit weekend|this weekend|deze week|this week|morgen|tomorrow)"
# Someone is alone with a child now, and the writer fears for the child.
_CHILD_DANGER = (
    _rx(r"(?:alleen met|alone with|is bij|mee naar binnen|meegenomen|took|taken|slaapt bij|logeert|"
        r"staying over|sleeping over|sleepover|oppassen op|past op|babysit|babysitting) " + G4 + _CHILD
        + "|" + _CHILD + " " + _gap(6) + r"(?:mee naar binnen|meegenomen|mee naar huis|alleen gelaten|"
        r"left alone|taken inside|into his house|into the house)"),
    _rx(_NOW),
    _rx(r"vertrouw (?:het|hem|haar|dit) " + G2 + r"niet|(?:dont|do not) trust (?:him|her|it|this)|"
        r"veroordeeld|convicted|laptop|misbruik|abuse|pictures|fotos|bang|scared|afraid|worried|help|"
        r"bel ik de politie|call the police"),
)
_ABUSE_NOW = _rx(
    r"(?:het|it) (?:gebeurt|happens|is happening|is still happening) " + G3 + r"(?:nog|still|again|weer|"
    r"thuis|"
    r"at home|every|elke)|"
    r"(?:doet|does|keeps doing|blijft) (?:het|it|dat|that|dit|this) " + G2 + r"(?:nog steeds|still|"
    r"again|weer|"
    r"elke|every|doen)|"
    r"(?:nog steeds|still) " + G3 + r"(?:misbruikt|abused|aangeraakt|touched|betast|aanraken|touching)|"
    r"(?:misbruikt|abuses|abusing|aanraakt|touches|betast) (?:me|mij|haar|hem|her|him) " + G3
    + r"(?:nog|still|elke|every|steeds)|"
    r"durf " + G3 + r"niet (?:naar huis|te slapen|thuis)|(?:scared|afraid) to (?:go home|sleep)"
)
# The writer may act soon: a meeting arranged, a child in their care tonight, not trusting themselves.
_ACT_SOON = (
    (_rx(r"afgesproken|afspraak met|gaan ontmoeten|ga ontmoeten|ga haar zien|ga hem zien|meet(?:ing)? up|"
         r"going to meet|gonna meet|meeting (?:her|him|a)|ga naar haar toe|ga naar hem toe|"
         r"komt (?:bij mij|naar mij|langs)|is coming over|comes over"),
     _rx(_CHILD + "|online|chat|snap|snapchat|instagram|tiktok|discord|met (?:haar|hem)|with (?:her|him)"),
     _rx(_NOW)),
    (_rx(r"vertrouw mezelf niet|vertrouw mijzelf niet|(?:dont|do not|cant|cannot) trust myself|"
         r"bang (?:voor|van) mezelf|bang (?:voor|van) mijzelf|scared of myself|afraid of myself|"
         r"(?:bang|scared|afraid|worried) (?:dat|that) (?:ik|i) " + G4
         + r"(?:ga doen|iets doe|over de grens|cross (?:a|the) line|do something|go too far|te ver ga)|"
         r"cross (?:a|the) line|over de grens ga|iets ga doen|something stupid|hold myself back|"
         r"mezelf niet (?:meer )?(?:in de hand|onder controle)|lose control|verlies de controle|"
         r"gedachten (?:zijn|worden) " + G3 + r"(?:sterk|erg)|urge is (?:really |so )?strong"),
     _rx(r"vanavond|tonight|vannacht|nu|right now|now|straks|zo meteen|deze week|this week|dit weekend|"
         r"this weekend|morgen|tomorrow|logeert|staying over|oppassen|babysit|kamp|camp")),
    (_rx(r"(?:sta|zit|ben|wacht|stand|standing|sitting|waiting|im|am) " + G3
         + r"(?:bij|near|at|outside|voor|naast|by) (?:het |de |a |the |een )?"
         r"(?:schoolplein|school|speeltuin|playground|zwembad|kinderopvang|daycare|creche|park|"
         r"kinderboerderij|schoolyard|swimming pool)"),
     _rx(r"nu|now|right now|hier|here|op dit moment")),
)
_REMOTE = _rx(r"ooit|some day|someday|one day|in the future|in de toekomst|vroeger|years ago|jaren geleden|"
              r"vorig jaar|last year")


def _near(a: re.Pattern[str], b: re.Pattern[str], text: str, window: int = 160) -> bool:
    """Both patterns occur, within `window` characters of each other."""
    starts_b = [m.start() for m in b.finditer(text)]
    if not starts_b:
        return False
    return any(abs(m.start() - s) <= window for m in a.finditer(text) for s in starts_b)


def assess(text: str) -> Assessment:
    flat = " " + normalise(text) + " "
    reasons: list[str] = []
    if _SUICIDE.search(flat) and not _NOT_SUICIDAL.search(flat):
        reasons.append("suicide")
    who, now, worry = _CHILD_DANGER
    if who.search(flat) and _near(who, now, flat) and worry.search(flat):
        reasons.append("child_in_danger")
    if _ABUSE_NOW.search(flat):
        reasons.append("abuse_now")
    for parts in _ACT_SOON:
        first, rest = parts[0], parts[1:]
        if first.search(flat) and all(_near(first, p, flat) for p in rest):
            reasons.append("about_to_act")
            break
    return Assessment(bool(reasons), tuple(reasons))
