"""The urgency gate: does a message show acute risk that needs a person now?

Reasons:
- "suicide": suicidal thoughts, plans or means, also said indirectly ("als ik er niet meer ben",
  "no reason to live", "ik wil niet meer"), unless plainly about the past, fiction or a negation.
- "child_in_danger": a particular child, harm or a feared person, and now/tonight/a day ahead
  ("stiefvader komt zo thuis en dan gebeurt het weer").
- "abuse_now": abuse that is still going on ("het gebeurt thuis nog steeds").
- "about_to_act": the writer may act soon: contact with a child or "her/him" arranged for a time
  ahead ("zaterdag heb ik met haar afgesproken"), self-control failing now, or the writer where
  children are right now; as opposed to a fear about some day ("ooit") or a past act.

The gate combines word classes (handlers.urgency_lexicon) within a sentence and its neighbours
instead of matching whole phrases, so other word orders, inflections and synonyms still fit.
A miss costs more than a false alarm (an urgent message goes to the front of the queue and gets
the emergency numbers; nothing is closed automatically), so the gate leans to flagging.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from handlers import urgency_classes as cls
from handlers import urgency_concepts as concepts
from handlers import urgency_lexicon as lx
from handlers import urgency_signals as sig
from handlers.normalise import sentences
from handlers.urgency_model import model as second_opinion


@dataclass(frozen=True)
class Assessment:
    urgent: bool
    reasons: tuple[str, ...]


def _lazy(body: str) -> concepts.Lazy:
    # Compiled on first use: the patterns added in round seven are read only after other checks pass.
    return concepts.Lazy(" (?:" + body + ") ")


def _rx(body: str) -> re.Pattern[str]:
    # Whole words, searched in text padded with spaces (faster than look-arounds).
    return re.compile(" (?:" + body + ") ")


_SELF = _rx("|".join((lx.SUICIDE_WORDS, lx.NOT_LIVING, lx.DESPAIR, lx.METHOD)))
_SAID = _rx("|".join((lx.SUICIDE_WORDS, lx.NOT_LIVING, lx.DESPAIR)))
_NEGATED = _rx(lx.NEGATED)
_REMOTE = _rx(lx.REMOTE)
_RECUR = _rx(lx.RECUR)
_END_NOUN = _rx(lx.END_NOUN)
_END_VERB = _rx(lx.END_VERB)
_END_OTHER = _rx(lx.END_OBJECT_OTHER)
_AAN = _rx("aan|an")

_CHILD = re.compile(" (" + lx.CHILD + ") ")
_HARM = _rx(lx.HARM)
_SOON = _rx(lx.SOON)
_ONGOING = _rx(lx.ONGOING)
_NOW = _rx(lx.NOW)
_CONTACT = _rx(lx.CONTACT)
_TARGET = _rx(lx.TARGET)
_ME = _rx(lx.ME)
_ADULT = _rx(lx.ADULT_CONTEXT)
_CONTROL = _rx(lx.CONTROL)
_CHILD_PLACE = _rx(lx.CHILD_PLACE)
_ALONE = _rx(
    r"alleen met|alone with|alleen gelaten|left alone|mee naar binnen|meegenomen|mee naar huis|"
    r"took (?:her|him)|taken (?:her|him)|slaapt bij|logeert bij|staying with|sleeping over at|"
    r"(?:is|zit|zijn) (?:nu )?bij (?:hem|haar|zijn|die|de)|is with (?:him|her|his|that|the)|"
    r"at (?:his|her|their) (?:house|place|flat)|in (?:zijn|his) (?:huis|house|auto|car|kamer|room)|"
    r"into (?:his|the) (?:house|car|room)|(?:met|with) (?:haar|hem|her|him) alleen|alone with (?:her|him)|"
    r"alleen boven|alone upstairs|"
    # With a child in a bath, a bed, a shower or upstairs, now ("zit nu met mijn dochter in bad").
    r"(?:met|with) " + lx.G6 + r"(?:in bad|in de badkamer|in bed|onder de douche|in de douche|boven|"
    r"(?:op|in) (?:zijn|haar|de) (?:kamer|slaapkamer)|in the bath|in the bathtub|in the bathroom|in bed|"
    r"in the shower|upstairs|in (?:his|the|her) (?:bedroom|room))|"
    r"(?:in bad|in the bath|in bed|in the shower|onder de douche|upstairs|boven) (?:met|with)"
)
_JUMP = _rx(lx.JUMP)
_JUMP_SELF = _rx(lx.JUMP_SELF)
_FAREWELL = tuple(_rx(body) for body in lx.FAREWELL)
# A third person heard in distress ("ik hoor haar huilen"): with someone alone with them, now.
_DISTRESS = _rx(r"(?:hoor|hear|hearing) " + lx.G2 + r"(?:huilen|gillen|schreeuwen|krijsen|"
                r"roepen|janken|cry|crying|scream|screaming|screams|sob|sobbing|yelling|yell)")
# The writer with a child at this moment ("ik zit met een kind in de auto"), and a plea or a
# failing hold: a person must answer now.
_SELF_WITH = _rx(r"(?:ik|i|im) (?:zit|ben|sta|lig|rij|am|sitting|standing|driving|m)? ?" + lx.G2
                 + r"(?:met|with) (?:een|a|het|the|mijn|my|zijn|his|haar|her|die|dat|that|this)")
_PLEA = _rx(r"(?:moet|must|need to|have to|got to|gotta) (?:stoppen|stop|weg|hier weg|get away|leave)|"
            r"help (?:me|mij)|help \||hou (?:me|mij) tegen|stop me|stop mij")
_PAST = _rx(
    r"gisteren|yesterday|vorige week|last week|vorige maand|last month|afgelopen|toen|vroeger|"
    r"years ago|jaren geleden|lang geleden|long ago"
)
_ABUSE_NOW = (
    _rx(r"(?:het|it) (?:gebeurt|happens|is happening|is still happening) " + lx.G3
        + r"(?:nog|still|again|weer|thuis|at home|every|elke)|"
        r"(?:doet|does|keeps doing|blijft) (?:het|it|dat|that|dit|this) " + lx.G2
        + r"(?:nog steeds|still|again|weer|elke|every|doen)|"
        r"(?:nog steeds|still) " + lx.G3 + r"(?:misbruikt|abused|aangeraakt|touched|betast|aanraken|"
        r"touching)|"
        r"(?:misbruikt|abuses|abusing|aanraakt|touches|betast) (?:me|mij|haar|hem|her|him) " + lx.G3
        + r"(?:nog|still|elke|every|steeds)|"
        r"(?:scared|afraid) to (?:go home|sleep)|"
        r"(?:het|it|this|dit|dat|that) (?:is |gaat )?(?:still|nog steeds|nog altijd|steeds) "
        r"(?:going on|gaande|happening|door|doorgaan)"),
    # Present tense, without a past marker in the sentence.
    _rx(r"(?:wordt|worden|word) " + lx.G3 + r"(?:misbruikt|betast|aangeraakt|aangerand|verkracht|"
        r"mishandeld|geslagen)|(?:is|are|am|keeps|keep) (?:being|getting) (?:abused|molested|raped|"
        r"touched|hurt|beaten)|"
        r"(?:misbruikt|betast|aanraakt|verkracht|mishandelt|abuses|molests|rapes|touches) "
        r"(?:haar|hem|mij|me|her|him|mijn|my|zijn|his|ons|us)|"
        r"(?:zit|zitten|komt) " + lx.G2 + r"aan (?:haar|hem|mij|me|ons)"),
    # Night visits to a bedroom, when said to recur.
    _rx(r"(?:komt|komen|comes|come|coming|sneaks|sneaking|kruipt) " + lx.G3 + r"(?:op|in|into|naar|to) "
        r"(?:mijn|my|haar|her|zijn|his|ons|our) (?:kamer|room|bed|slaapkamer|bedroom)|"
        r"(?:comes|sneaks|komt) (?:in|binnen)"),
)
_RECURRING = _rx(r"s nachts|snachts|nachts|at night|every night|elke nacht|elke avond|every evening|"
                 r"steeds|altijd|always|still|nog steeds|again|weer|(?:when|als) (?:everyone|iedereen) "
                 r"(?:sleeps|is asleep|slaapt)|when (?:mum|mom|mama|my mother) "
                 r"(?:is|goes)|als (?:mama|mijn moeder) " + lx.G2 + r"(?:weg|werkt|slaapt)")
_WATCHING = _rx(r"te wachten|(?:wachten|wacht) " + lx.G4 + r"tot|waiting " + lx.G4 + r"(?:for|until|till)|"
                r"te kijken|kijk naar|watching|staring at")
# A time well ahead: "als mijn nichtje komt logeren, volgende maand" is a worry, not a plan for now.
_FAR = _rx(r"volgende (?:maand|zomer|vakantie)|volgend jaar|next (?:month|year|summer)|over een paar "
           r"(?:weken|maanden)|in a few (?:weeks|months)|ooit|someday|some day|one day|in de toekomst|"
           r"in the future|later in (?:my|mijn) leven")
_HAS_PAST_AUX = _rx(r"heeft|had|heb|werd|was|were|toen|vroeger|ago|geleden|gisteren|yesterday")

# Words that name children in general (not a particular child) unless a determiner precedes.
_GENERIC = frozenset(
    "kind kinderen kindje kindjes kinders kid kids child children childs meisje meisjes jongetje "
    "jongetjes girl girls boy boys tiener tieners teen teens teenager teenagers minderjarige "
    "minderjarigen minor minors underage leerling leerlingen leerlinge pupil pupils student students "
    "scholier scholieren baby babys babies peuter peuters kleuter kleuters toddler toddlers".split()
)
_DET = frozenset(
    "mijn m zijn haar onze ons hun de het dat die dit my his her our their the that this "
    "twee two drie three buren neighbours neighbors s ur your jouw je".split()
)


def _specific_child(text: str) -> bool:
    """A particular child ("mijn dochter", "het zoontje van", "een meisje van 13", "neefje")."""
    for m in _CHILD.finditer(text):
        phrase = m.group(1)
        if phrase.split()[0] not in _GENERIC or " " in phrase:
            return True
        before = text[: m.start()].split()[-2:]
        if any(w in _DET for w in before):
            return True
    return False


def _end_idiom(s: str) -> bool:
    """"er een eind(e) aan maken" in any word order, when not about a habit or a conversation."""
    return bool(_END_NOUN.search(s) and _AAN.search(s) and _END_VERB.search(s)
                and not _END_OTHER.search(s))


def _suicide(sents: list[str]) -> bool:
    for i, s in enumerate(sents):
        if sig.negated_sentence(s):
            continue
        clean = " " + " ".join(_NEGATED.sub("  ", sig.drop_topic(s)).split()) + " "
        jump_soon = _JUMP.search(clean) and _SOON.search(clean) and _ME.search(clean)
        said = _SELF.search(clean)
        if said and sig.subject_is_other(clean, said.start() + 1):
            said = None  # "een cliënt zegt dat hij dood wil": someone else's words
        if said and not _SAID.search(clean) and cls.ordinary_means(clean):
            said = None  # only a means or a place, for work or the weekly pill box
        if said and _LAST.search(said.group(0) + " ") and (_AWAY.search(clean) or _SEE_YOU.search(clean)):
            said = None  # "my last message before my holiday, see you in two weeks"
        if not (said or _end_idiom(clean) or jump_soon or _JUMP_SELF.search(clean)):
            continue
        if _REMOTE.search(s):
            later = sents[i: i + 2]
            if not any(_RECUR.search(x) for x in later):
                continue
            if _MEDIA.search(s) and not _FIRST.search(s):
                continue  # "in het nieuws: weer iemand voor de trein gesprongen": again, but not the writer
        return True
    return _farewell(sents)


_NO_CONTACT = _lazy(r"(?:geen|no|zonder|without|not any) contact " + lx.G2 + r"(?:met|with) " + lx.G1
                  + r"(?:kinderen|children|kids|minors|minderjarigen|kind|child)")
_MEDIA = _lazy(r"nieuws|news|krant|newspaper|film|films|movie|movies|serie|series|boek|book|artikel|article|"
             r"documentaire|documentary|podcast|tv|televisie|journaal")
_FIRST = _lazy(r"ik|k|i|im|ive|ill|id|me|mij|mezelf|myself|mijn|my|mn")


_LAST = _rx("laatste|last|final")
_SEE_YOU = _rx(r"see you|tot (?:ziens|volgende|morgen|later|over)|spreek (?:je|jullie|u) (?:snel|later|"
               r"morgen)|"
               r"(?:talk|write|speak) (?:again|soon|later)|next (?:week|session|time)|volgende (?:week|keer)")


# Arrangements for a stay away ("the dog while I'm in the clinic") are no farewell.
_AWAY = _rx(r"vakantie|holiday|holidays|vacation|trip|reis|kliniek|clinic|opname|opgenomen|ziekenhuis|"
            r"hospital|away for|weg voor|op reis|travelling|traveling|business|zakenreis|verhuizing|"
            r"moving house|verhuis|verhuizen")


def _farewell(sents: list[str]) -> bool:
    """Two or more kinds of last arrangements in one message (letters, will, pets, a decision)."""
    present = [s for s in sents if not (_REMOTE.search(s) or _AWAY.search(s))]
    kinds = sum(1 for rx in _FAREWELL if any(rx.search(s) for s in present))
    return kinds >= 2


def _windows(sents: list[str]) -> list[tuple[str, str]]:
    """(sentence, the sentence with its neighbours) for each sentence."""
    return [(s, "".join(sents[max(0, i - 1): i + 2])) for i, s in enumerate(sents)]


def _soon(text: str) -> bool:
    return bool(_SOON.search(text))


def _child_in_danger(sents: list[str], wins: list[tuple[str, str]]) -> bool:
    for i, (s, win) in enumerate(wins):
        if _ALONE.search(s) and _DISTRESS.search(win):
            return True
        if not _specific_child(win) or sig.safe_now(win) or cls.benign_company(win):
            continue
        if _REMOTE.search(s) and (_NO_CONTACT.search(win) or not (_SOON.search(s) or _NOW.search(s))):
            continue  # "abused a nephew in the 1970s, he has no contact with children now"
        now_here = _NOW.search(s) and _specific_child(s)
        # "Still" goes with the harm it continues ("he still touches her"), not a loose "still,".
        ongoing = any(_HARM.search(x) and _ONGOING.search(x) for x in sents[max(0, i - 1): i + 2])
        if _HARM.search(win) and (_soon(win) or ongoing or now_here):
            return True
        if _ALONE.search(win) and (_soon(win) or now_here):
            return True
    return False


def _abuse_now(sents: list[str]) -> bool:
    plain, present, visits = _ABUSE_NOW
    for s in sents:
        if _REMOTE.search(s) and not _SOON.search(s):
            continue  # "he used to come into my room at night when we were kids"
        if plain.search(s) or (visits.search(s) and _RECURRING.search(s)):
            return True
        m = present.search(s)
        if m and not _HAS_PAST_AUX.search(s[: m.start() + 1]):
            return True
    return False


def _about_to_act(sents: list[str], wins: list[tuple[str, str]], whole: str) -> bool:
    child_anywhere = _specific_child(whole)
    adult = bool(_ADULT.search(whole))
    for s, win in wins:
        soon = (_soon(win) or bool(_NOW.search(s))) and not _FAR.search(s)
        if _CONTROL.search(s) and (soon or (_CONTACT.search(win) and _specific_child(win))):
            return True
        if _CHILD_PLACE.search(s) and not sig.pickup(win) and (soon or _WATCHING.search(s) or _NOW.search(win)
                                       or _CONTROL.search(win)):
            return True
        m = _SELF_WITH.search(s)
        if m and _CHILD.search(s[m.end() - 1:]) and (_CONTROL.search(win) or _PLEA.search(win)):
            return True
        if not soon:
            continue
        contact = _CONTACT.search(s)
        if not (contact and _ME.search(win)) or sig.safe_now(win):
            continue
        if not (_TARGET.search(s) or _specific_child(win)):
            continue
        if adult and not child_anywhere:
            continue
        if sig.contact_is_benign(win) or (_PAST.search(s) and not _SOON.search(s)):
            continue  # the child is elsewhere, or ordinary care said to go well, with no urge
        if concepts.third_adult_acts(s, contact.start() + 1):
            continue  # "opa komt morgen oppassen op de kinderen": not the writer's contact
        urge = bool(_URGE_OWN.search(win)) and not concepts.no_urge_said(win)
        if not urge and (concepts.ordinary_contact(win) or concepts.writer_is_minor(whole)):
            continue  # tutoring, a doctor's visit, a host family; a 16-year-old's date with a 17-year-old
        if not urge and _OWN_KID.search(win):
            # the writer's own child, with no urge: "meeting my son's teacher tomorrow"
            s, win = _OWN_KID.sub(" ", s), _OWN_KID.sub(" ", win)
            if not (_TARGET.search(s) or _specific_child(win)):
                continue
        return True
    return False


_OWN_KID = concepts.Lazy(r" (?:mijn|my|onze|our|m|mn) "
                         r"(?:(?:[0-9]+|year|years|old|yo|jarige|little|kleine|youngest|jongste|eldest|oldest|"
                         r"oudste) ){0,4}(?:zoon|zoontje|dochter|dochtertje|son|sons|daughter|daughters|"
                         r"kinderen|kids|children|kind|child)(?: van [0-9]+| [0-9]+| aged [0-9]+)?(?= )")
_URGE_OWN = _lazy(lx.CONTROL + r"|drang|urge|urges|neiging\w*|gedachten|gedachtes|thoughts|fantas\w*|"
                r"tempt\w*|verleiding|opgewonden|aroused|bang (?:dat ik|voor mezelf)|afraid (?:i|of myself)|"
                r"scared (?:i|of myself)")


def assess(text: str) -> Assessment:
    a = rules_assess(text)
    if not a.urgent and second_opinion().urgent(text):
        # Words the rules have no class for, read as acute by a model of every writer's examples.
        return Assessment(True, ("possible_risk",))
    return a


def rules_assess(text: str) -> Assessment:
    """The gate without its second opinion (the model is trained to agree with what this misses)."""
    sents = [" " + body + " | " for body, _ in sentences(text)]
    if not sents:
        return Assessment(False, ())
    wins = _windows(sents)
    whole = "".join(sents)
    canon = [sig.canonical(s) for s in sents]
    imm = sig.immediacy(canon)
    reasons: list[str] = []
    if _suicide(sents) or sig.suicide(canon):
        reasons.append("suicide")
    if _child_in_danger(sents, wins) or sig.child_in_danger(canon, imm):
        reasons.append("child_in_danger")
    if _abuse_now(sents):
        reasons.append("abuse_now")
    if _about_to_act(sents, wins, whole) or sig.about_to_act(canon, imm):
        reasons.append("about_to_act")
    for reason in cls.assess(canon) + concepts.assess(canon, imm):
        if reason not in reasons:
            reasons.append(reason)
    return Assessment(bool(reasons), tuple(reasons))
