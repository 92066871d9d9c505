"""Concept combinations for the urgency gate (round six): signal classes, not phrasings.

The earlier modules mostly read one phrase family at a time. This one tags each sentence with a
few broad concept classes and flags a message when two classes that together mean acute risk
meet (in a sentence, its neighbours, or the message), so an unseen wording fits as long as each
part belongs to a class:

Suicide
- MEANS (pills of any kind, a knife, a rope, insulin ...) + AT HAND (lying here, in front of me,
  bought, taken out, looking at them) + any of DESPAIR / WISH_GONE / INTENT / FINAL in the message;
- AMOUNT (all my, a whole, too many, a bottle of wine and ...) + a medicine + TAKEN (op, geslikt,
  swallowed): an overdose under way;
- WISH_GONE alone: the writer's relief or wish at not being there ("iedereen zou beter af zijn
  als ik er niet was", "relieved if i stopped existing", "slapen voor altijd");
- FINAL (last night, last message, thank you for trying, won't be needing anything, at peace, a
  letter someone will find) + DESPAIR / WISH_GONE / MEANS / INTENT / a near time;
- INTENT without the word ("it is time", "I've decided", "om het te doen", "finish it") +
  DESPAIR / WISH_GONE / MEANS / FINAL;
- a lethal crash planned ("drive into a tree tonight") or the writer at a train's edge.

A child / the writer
- an adult still "doing it" to a child (still, every time, again);
- a recurring trigger ("every time mum works nights") with that moment now or tonight;
- the writer about to view or download abuse material now, with a relapse or a plea.

Each is suppressed by a clear past, a hypothetical, a negation of self, a professional or
third-person frame, a figure of speech, and a future contact the writer plans ("I'll write again
next week").
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from handlers import urgency_lexicon as lx
from handlers.urgency_classes import _FAREWELL_SAFE

G1, G2, G3, G4, G6 = lx.G1, lx.G2, lx.G3, lx.G4, lx.G6


class _Lazy:
    """A pattern compiled on its first use, so importing the gate stays fast (start-up matters);
    after that, search/finditer are the compiled pattern's own methods (no extra call)."""

    def __init__(self, pattern: str) -> None:
        self._pattern = pattern

    def _compile(self) -> re.Pattern[str]:
        rx = re.compile(self._pattern)
        self.search = rx.search  # type: ignore[method-assign]
        self.finditer = rx.finditer  # type: ignore[method-assign]
        return rx

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self._compile().search(text, pos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._compile().finditer(text)


def _rx(body: str) -> _Lazy:
    # The closing space is a look-ahead, so two hits side by side are both found by finditer.
    return _Lazy(" (?:" + body + ")(?= )")


_REMOTE = _rx(lx.REMOTE)
_RECUR = _rx(lx.RECUR)
_HYPO = _rx(r"ooit|someday|some day|one day|wat als|what if|stel dat|suppose|stel je voor|imagine|"
            r"zou (?:je|jij|u)|would you|in de toekomst|in the future|volgend jaar|next year|"
            r"(?:in|about|over) (?:een|a|the|de|het|that|die) (?:film|boek|book|movie|serie|series|song|"
            r"liedje)|"
            r"gedroomd|dreamt|dreamed|droom|dream")
_NEG_SELF = _rx(
    r"(?:niet|not|geen|no|nooit|never) " + G2 + r"(?:suicidaal|suicidal|in danger|in gevaar|van plan|"
    r"plannen|plans|intention|intentie)|(?:im|i am|ben) (?:not|niet) (?:going|gonna|van plan)|"
    r"(?:zou|would|will|ga|wil) " + G2 + r"(?:nooit|never|niet|not) " + G3 + r"(?:aandoen|hurt|harm|doen|do)|"
    r"(?:but|maar) (?:im|i am|ik ben) (?:ok|okay|fine|oke|veilig|safe|goed)|het gaat (?:nu )?(?:wel|"
    r"goed|beter)|"
    r"(?:im|i am) (?:ok|okay|fine) (?:now|nu)"
)
# Speaking for or about someone else: a professional, a client, the news, a relative.
_OTHER_FRAME = _rx(
    r"(?:als|as a|as an|ik ben|im a|i am a|im an) (?:huisarts|gp|leerkracht|leraar|teacher|docent|"
    r"counsellor|counselor|therapeut|therapist|psycholoog|psychologist|jeugdwerker|youth worker|"
    r"hulpverlener|social worker|verpleegkundige|nurse|arts|doctor|agent|officer|mentor)|"
    r"(?:patient|patienten|client|clienten|cliente|leerling|pupil|collega|colleague) " + G4
    + r"(?:zei|says|said|zegt|told|vertelde)|in general|in het algemeen|general question|algemene vraag"
)
# The writer plans ahead: a session, writing again, next week; no farewell.
_FUTURE_SELF = _rx(
    r"(?:write|talk|speak|chat|mail) (?:again|soon|tomorrow|next)|(?:for now|voor nu)|"
    r"(?:next|volgende) (?:week|session|sessie|time|keer|gesprek)|(?:book|plan|boek|maak|inplannen) " + G2
    + r"(?:call|gesprek|afspraak|session|appointment|intake)|tot (?:morgen|volgende|de volgende|later|snel)|"
    r"see you|spreek (?:je|jullie|u) (?:snel|morgen|later)|wachtlijst|waiting list|wachttijd|aanmelden|"
    r"intake"
)

# --- Suicide ------------------------------------------------------------------------------------
_PILL = (r"medicine cabinet|medicine cupboard|medicijnkast\w*|medicine|\w*pillen|pil|pills|pill|"
         r"\w*tabletten|tablets|tabs|medicijnen|medicatie|meds|medication|"
         r"slaapmiddel\w*|paracetamol|ibuprofen|\w+azepam|antidepressiva|antidepressants|painkillers|"
         r"pijnstillers|insuline|insulin|oxycodon\w*|morfine|morphine|sleeping tablets|strip|strips|"
         r"doosje|doosjes|potje|potjes")
_MEANS = _rx(_PILL + r"|schaar|scissors|scherf|shard|glasscherf|broken glass|mes|messen|knife|knives|"
                     r"scheermes\w*|"
                     r"razor\w*|blade|blades|mesje|touw|rope|strop|"
             r"noose|riem|belt|kabel|cord|pistool|gun|vuurwapen|wapen|firearm|geweer|rifle|revolver|"
             r"shotgun|gas|gaskraan|"
             r"koolmonoxide|carbon monoxide|houtskool|charcoal|vergif|poison|bleach|chloor")
_STOCKPILE = _rx(r"stockpil\w*|hoarding|hoarded|opgespaard|opsparen|spaar " + G3 + r"op|(?:saving|"
r"saved) (?:up|them)|"
                 r"gehamsterd|hamsteren|verzameld|collecting|bewaard (?:voor|for)")
_AT_HAND = _rx(
    r"(?:ik|i|im) (?:heb|have|hold|hou|houd|got|holding|ve got) (?:the|a|het|een|de|my|mijn|dat|that|die)|"
    r"(?:zit|zitten|sit|sitting|lig|liggen|lying|sta|staan|standing|ben|im) " + G6 + r"(?:met|with)|"
    r"heb (?:ik|k) (?:al|alvast|klaar|hier|liggen)|(?:ik|i) (?:heb|have|ve|ive) (?:ze |they |them )?(?:al|"
    r"already|alvast|got|ready)|have (?:them|it) (?:ready|here|now)|got (?:them|it|the)|ive got|"
    r"(?:ligt|liggen|staat|staan|lig|is|are|zit|zitten) " + G2 + r"(?:hier|klaar|voor (?:me|mij)|naast "
    r"(?:me|mij)|op tafel|op het bureau|on the (?:desk|table)|next to me|in front of me|here|ready)|"
    r"(?:voor|naast|bij) (?:me|mij) (?:liggen|ligt|staan|staat)|"
    r"(?:next to|in front of|beside) me|(?:naast|voor) (?:me|mij)|in (?:mijn|my|m) (?:hand|handen|hands|zak|"
    r"pocket|tas|bag)|"
    r"gekocht|bought|(?:uit|out of) (?:de|het|the|a|my|mijn) (?:kast|cupboard|cabinet|kastje|drawer|la|"
    r"lade|doos|box)|gehaald|gepakt|grabbed|verzameld|collected|gespaard|saved up|stockpiled|"
    r"lined up|laid out|klaargelegd|klaargezet|uitgeteld|counted|"
    r"bijeen|bijeengezocht|bij elkaar|gathered|together|"
    r"(?:looking|staring|kijk|kijken|staar|staren|look|stare) " + G2 + r"(?:at|naar)|"
    r"(?:een|a) (?:berg|stapel|hoop|heap|pile|lot|bunch|zak|bag|handvol|handful)|"
    r"(?:gezocht|opgezocht|looked up|googled|gegoogeld|searched|zoek op|uitgezocht) " + G4
    + r"(?:hoeveel|how many|how much)"
)
_AMOUNT = _rx(r"everything|alles|whatever|al (?:mijn|m|mn|men)|alle|all (?:my|the|of my|of the)|whole|"
              r"hele|heel|een hele|a whole|"
              r"too many|too much|te veel|teveel|veel te veel|way too many|een berg|a lot of|lots of|"
              r"loads of|"
              r"een hoop|handful|handvol|[2-9][0-9]|dertig|twintig|veertig|vijftig|thirty|twenty|forty|fifty")
_TAKEN = _rx(r"op|geslikt|ingeslikt|ingenomen|genomen|opgegeten|swallowed|taken|took|downed|gespoten|"
             r"injected|gedronken")
_ROUTINE = _rx(r"voorgeschreven|prescribed|huisarts|doctor|dokter|gp|apotheek|pharmacy|"
               r"helpen|helpt|helps|help (?:with|against|tegen)|tegen de|against the|"
               r"(?:per|a|elke|every|each) (?:dag|day|ochtend|morning|avond|evening|week)|daily|dagelijks|"
               r"zoals (?:altijd|voorgeschreven)|as usual|vergeten|forgot|pillendoos|pill box|weekdoos|"
               r"hoofdpijn|headache|griep|flu|koorts|fever|keelpijn|kiespijn|toothache")
# The writer wishing or relieved not to be there.
_WISH_GONE = _rx(
    r"(?:beter|better|gelukkiger|happier|blijer|relieved|opgelucht|makkelijker|easier|fijner|rustiger) "
    + G6 + r"(?:zonder (?:mij|me)|without me|als ik er " + G1 + r"niet " + G1 + r"(?:was|ben|zou zijn|"
    r"meer was|meer ben)|(?:if|when) (?:i|im) " + G2 + r"(?:gone|dead|not (?:here|around)|no longer "
    r"(?:here|around)|stopped existing|stop existing|disappeared|vanished|wasnt here|werent here|"
    r"wasnt around|werent around))|"
    r"(?:stop|stopped|stopping|quit) (?:existing|breathing)|ophouden (?:te|met) (?:bestaan|ademen)|"
    r"(?:slapen|sleep|sleeping|inslapen|in slaap (?:vallen|te vallen)|fall asleep) " + G6
    + r"(?:voor altijd|forever|for good|voorgoed|nooit meer wakker|never wake|not wake|niet meer wakker|"
    r"er nooit meer uit|nooit meer op|nooit meer uitkomen|nooit meer uit)|"
    r"(?:alles|everything|het|it) " + G2 + r"(?:laten|let) " + G1 + r"(?:ophouden|stoppen|eindigen|stop|end)|"
    r"(?:wil|wilt|want|wish|wens|hoop|hope) (?:dat )?(?:alles|everything|het|it all|it) " + G2
    + r"(?:ophoudt|stopt|eindigt|stops|ends|over is|to stop|to end|would stop|would end)|"
    r"(?:er|here) " + G2 + r"(?:niet|not) (?:meer |anymore )?(?:wil|want to|wanna) (?:zijn|be)|"
    r"(?:niet|never|nooit) (?:meer )?(?:geboren|born)|"
    r"(?:denk|geloof|think|believe|verwacht|expect) " + G2 + r"(?:niet|not|dont) (?:dat|that)? ?(?:er|there) "
    + G2 + r"(?:een |a |any )?(?:later|morgen|tomorrow|volgende keer|next time|toekomst|future)|"
    r"(?:er komt|there is|there will be|there ll be) (?:geen|no) (?:later|morgen|tomorrow|volgende keer|"
    r"next time)|"
    r"(?:om|to) " + G2 + r"(?:alles|everything|it all|het allemaal) " + G1 + r"(?:te )?(?:beeindigen|"
    r"eindigen|"
    r"stoppen|end|stop)(?! (?:met|with|tussen|between))|"
    r"(?:dont|do not) (?:think|expect|believe) (?:ill|i will|i|im going to) " + G2 + r"(?:wake up|"
    r"be alive|be "
    r"here|make it|survive)(?! (?:in time|on time|early|for|before|at|till|until|to|through (?:the|this) "
    r"(?:meeting|call|class|day)))|"
    r"(?:denk|geloof|verwacht) (?:niet|nie) dat (?:ik|k) " + G3 + r"(?:wakker word|wakker zal worden|leef|"
    r"er nog ben|nog leef|haal)(?! (?:op tijd|om|voor|tot))|"
    r"(?:made sure|heb ervoor gezorgd|heb gezorgd|er voor gezorgd) (?:of that|dat|that)? ?(?= \|)|"
    r"(?:twijfel|weet niet|niet zeker|not sure|dont know|unsure|doubt) (?:of|if|whether) (?:ik|i|ill) " + G3
    + r"(?:nog leef|nog leven|be alive|still be alive|alive|still be here|nog (?:hier )?ben|er nog ben|"
      r"nog haal|"
    r"make it|nog wakker word|wake up)|"
    r"(?:wil|wilt|want to|wanna|wish i could|wish to) (?:gewoon |just |echt )?(?:verdwijnen|disappear|vanish)"
    r"(?! (?:van|from|uit|off|for a (?:while|bit|week|day)|voor (?:even|een tijdje|een week|een dag)))"
)
_DESPAIR = _rx(
    lx.DESPAIR + r"|"
    r"(?:wil|want|wish|hoop|hope) " + G2 + r"(?:dat|that) (?:het|alles|it|"
    r"everything) " + G1 + r"(?:ophoudt|stopt|"
    r"stops|ends|eindigt|over is|would stop|would end)|"
    r"(?:dont|do not) know (?:who|what|where) else|(?:weet|know) " + G1 + r"(?:niet|nie) (?:wie|waar|"
    r"bij wie) "
    + G2 + r"(?:anders|nog)|(?:no one|nobody|niemand) (?:else )?(?:to tell|to talk to|anders|"
    r"om mee te praten)|"
    r"(?:done|klaar met|stop met|stoppen met) (?:pretending|doen alsof|faking|acting)|"
    r"heb (?:het|t|er) " + G1 + r"(?:gehad|genoeg van)|(?:genoeg|enough|had it) (?:van|of|with) (?:alles|"
    r"everything|it all|life|het leven|mijn leven)|(?:ive|i have|i ve) had (?:enough|it)|"
    r"(?:ben|im|i am|ben ik) (?:er )?(?:klaar|done|finished|kapot|op)(?: mee| met alles| with (?:it|"
    r"everything|"
    r"life|all))? \||"
    r"(?:kan|kun|cant|cannot|can not) " + G2 + r"(?:niet|nie)? ?(?:meer|anymore|any more|aan|do this|take "
    r"(?:it|this)|go on|cope)|"
    r"(?:weet|know) (?:het|it) " + G1 + r"(?:niet|nie) meer|(?:zie|see) (?:het|it) " + G1
    + r"(?:niet|nie|no) (?:meer|longer) (?:zitten|lopen|werken)|"
    r"(?:niks|niets|nothing) " + G2 + r"(?:meer )?(?:schelen|matters|uit|zin)|"
    r"(?:doesnt|does not|dont|nothing) " + G1 + r"matter (?:much|anymore|any more)|"
    r"(?:mijn |my |het )?(?:leven|life) (?:is|voelt als) " + G1 + r"(?:hel|hell|zinloos|pointless|"
    r"hopeless|uitzichtloos|over|voorbij)|"
    r"(?:waarom|why) (?:zou|should|would) (?:ik|i) " + G2 + r"(?:nog|still|even)? ?(?:doorgaan|go on|"
    r"keep going|leven|live|bother|blijven|stay|carry on)|"
    r"(?:geen|no) (?:hoop|hope|toekomst|future|uitweg|way out)|(?:hopeless|hopeloos|uitzichtloos)|"
    r"(?:mijn |my )?(?:familie|family|kinderen|kids|vrouw|wife|man|husband|ouders|parents) " + G4
    + r"(?:zonder (?:mij|me)|without me)|"
    r"(?:ben|im|i am|am) (?:het|alles|dit|this|it|everything|er) (?:zo |echt |helemaal |so )?(?:beu|zat|moe|"
    r"spuugzat|kotsbeu|sick of|fed up)(?! (?:om|te|van|dat|met|to|with|of))|"
    r"(?:weet|know) " + G1 + r"(?:echt )?(?:niet|nie|not) (?:meer )?(?:wat|hoe|waarom|what|how|why) (?:ik|i) "
    + G2 + r"(?:moet|nog|moet doen|to do|should do|should|go on|verder)|"
    r"(?:dont|do not) know (?:what|how) (?:to do|to go on|to carry on) (?:anymore|any more)|"
    r"(?:een|a) (?:last|burden|blok aan het been) (?:voor|for|to|on) (?:iedereen|everyone|everybody|mijn|my|"
    r"de|the|jullie|you)|"
    r"(?:niemand|nobody|no one|noone) " + G3 + r"(?:merken|merkt|notice|notices|missen|mist|miss|misses)|"
    r"(?:hoe lang|how long) (?:ik|i) " + G2 + r"(?:nog )?(?:volhoud|volhouden|hold on|can hold on|last|"
    r"keep going|can keep going)"
)
_INTENT = _rx(
    r"(?:om|to) (?:het|t|it) " + G1 + r"(?:te )?(?:doen|do)|(?:denk|think|thinking|nadenken) " + G3
    + r"(?:het|it) (?:te )?(?:doen|do|done)|"
    # "it is time", not "it is time to tell my wife" / "tijd dat ik hulp zoek"
    r"(?:(?:het|t|it) " + G1 + r"(?:is|s|its)|its|it is|is het|dat het) (?:tijd|time|zover|zo ver)"
    r"(?! (?:dat|om|to|for|voor|that|i|ik|we|my|mijn|te|van|of|en|and|om|aan))|"
    r"(?:the|de|het|my|mijn) (?:time|tijd|moment) (?:is|has) (?:come|gekomen|daar|here)|"
    r"(?:ga|gaan|going|gonna|will|ill) " + G2 + r"(?:tegen|into) (?:een|a|de|the) " + G1 + r"(?:boom|"
    r"tree|muur|"
    r"wall|vrachtwagen|truck|lorry|pilaar|pillar)|"
    r"(?:tonight|today|tomorrow|vanavond|vannacht|morgen|vandaag) (?:is|s|the|is de|is het) " + G1
    + r"(?:night|day|nacht|dag|moment|avond|evening)|"
    r"(?:heb|have|ive|i) " + G1 + r"(?:besloten|decided|made up my mind|mijn besluit genomen)|"
    r"(?:finish|end|finishing|ending|afmaken|beeindigen|regelen) (?:it|het|this|dit|things)|"
    r"(?:get|getting) it over with|(?:go|going|gaan|ga) (?:through|door) (?:with it|ermee)|"
    r"(?:ga|gaan|going to|gonna|will|ill) (?:ze|them|het|it|die|those|they|alle|all|alles|everything) " + G2
    + r"(?:pakken|nemen|innemen|slikken|opnemen|take|swallow|down)|"
    r"(?:perfecte|ideale|juiste|perfect|ideal|right) (?:moment|kans|gelegenheid|time|moment|chance|"
    r"opportunity)"
    r"(?! (?:om|to|voor|for|dat|that))|"
    r"(?:lukt|lukken|lukte|succeed|work|works|werkt) " + G2 + r"(?:wel|this time|deze keer|nu|for sure|"
    r"zeker)|"
    r"(?:deze keer|this time) " + G2 + r"(?:lukt|gaat het|ga ik|doe ik|will|ill|im|do it|for real|echt)|"
    r"(?:moet|moogt|mag|kunt|kan|hoeft|need|try|probeer) " + G2 + r"(?:mij|me) " + G1 + r"(?:niet|nie|not) "
    r"(?:tegenhouden|tegen te houden|stoppen|te stoppen)|(?:dont|do not) (?:try to )?stop me|"
    r"(?:neem|slik|take|swallow|nemen|slikken|im taking) " + G4 + r"(?:" + _PILL + r")(?: in| op)?(?= " + G2
    + r"(?:vanavond|vannacht|tonight|straks|nu|now|morgen|tomorrow|en dan|and then|\|))|"
    r"ready to go|klaar om te gaan|(?:ga|gaan|going|gonna|will|ill) " + G2 + r"(?:gaan|go|leave|verdwijnen|"
    r"disappear)(?: for good| voorgoed| forever)? \||"
    r"(?:mij|me|mezelf|mijzelf|myself) " + G2 + r"(?:iets|wat|something) " + G1 + r"(?:aandoen|aan te doen|"
    r"do)|(?:hurt|harm) myself|"
    r"(?:wacht|wachten|waiting|wait) " + G4 + r"(?:tot|till|until|for) " + G4 + r"(?:weg is|weg zijn|slaapt|"
    r"slapen|is gone|are gone|leaves|leave|goes out|is asleep|are asleep|alleen ben|am alone|alone)"
)
_FINAL = _rx(
    r"(?:laatste|last|final) (?:bericht|berichtje|message|mail|nacht|night|avond|evening|dag|day|"
    r"keer|time|woorden|words)|"
    r"(?:bedankt|dank (?:je|u|jullie)|thank you|thanks) (?:voor|for) (?:alles|everything|all|trying|het "
    r"proberen|proberen|the chats|de gesprekken|listening|luisteren|being there|er zijn)|"
    r"(?:wont|will not|dont|shant) (?:be )?(?:need|needing) " + G2 + r"(?:anything|it|this|help|you|anyone|"
    r"stuff|things|spullen|money|geld|them)|"
    r"(?:hoeft|hoeven|need|needs|have|has) " + G3 + r"(?:geen )?(?:zorgen|worry|worrying) " + G4
    + r"(?:om|about|over) (?:mij|me) " + G2 + r"(?:meer|anymore|any more|no more|after|na|soon|straks)|"
    r"(?:heb|hoef) " + G3 + r"(?:niets|niks|het|dit) " + G1 + r"(?:niet )?meer (?:nodig|te)|"
    r"(?:vrede|peace) (?:mee|with it|met alles|with everything)|(?:at|in) peace(?! with (?:my|the) "
    r"(?:feelings|past|attraction))|"
    r"(?:brief|briefje|brieven|letter|letters|note|notes|kaart|card) " + G4 + r"(?:voor|for|to|aan) "
    + G1 + r"(?:mijn|my|m|mn|de|the|iedereen|everyone|kinderen|kids)|"
    r"(?:vindt|vinden|finds|find|will find|zal) " + G3 + r"(?:de|het|the|my|mijn) (?:brief|briefje|"
    r"letter|note|"
    r"bericht|message)|"
    r"(?:wachtwoorden|passwords|pincode|pin code|codes|code van de kluis|inlog\w*) " + G6
    + r"(?:voor|for) (?:mijn|my|m|mn|de|the)|"
    r"(?:alles|everything|all my (?:things|stuff)) " + G2 + r"(?:weggegeven|given away|gave away)|"
    r"(?:klaar|done|stop|stoppen|weg|gone|over|finished|rust|rest|slapen|sleep|verdwijnen|disappear) " + G4
    + r"(?:voor altijd|voorgoed|for good|forever)|(?:voor altijd|voorgoed|for good|forever)(?= \|)|"
    r"(?:one|een|1) (?:last|laatste) (?:thing|ding)|"
    r"(?:brief|briefje|brieven|letter|letters|note|notes) " + G3 + r"(?:ligt|liggen|is|lies|lie|are|on|"
    r"op) " + G2
    + r"(?:tafel|table|bed|bureau|desk|kussen|pillow|aanrecht|counter)|"
    r"(?:hond|kat|dog|cat|poes|konijn|rabbit|pets|huisdieren) " + G4 + r"(?:asiel|shelter|herplaatst|rehomed|"
    r"weggegeven|given away)|"
    r"(?:spaargeld|geld|savings|money|bankrekening|bank account) " + G4 + r"(?:overgemaakt|transferred|"
    r"gegeven|given|overgezet|geschonken)|"
    r"afscheids(?!feest|receptie|cadeau|etentje|borrel|lunch|diner|party|speech|kaart|rede|wedstrijd)\w+|"
    r"(?:goodbye|farewell) (?:video|message|letter|note|mail|post|text|voicemail)|"
    r"(?:so )?sorry (?:to|tegen|aan) (?:everyone|iedereen|all|allemaal|you all|jullie|everybody)|"
    r"(?:not|niet|never|nooit) (?:coming|komen|kom|come) (?:back|terug|home|thuis)(?! (?:till|until|tot|"
    r"for|voor|"
    r"before|voordat|na|after))|"
    r"(?:tell|zeg|vertel) " + G3 + r"(?:im|i am|that im|dat ik|that i am) " + G2 + r"(?:sorry|spijt|"
    r"love|hou)|"
    r"(?:tell|zeg|vertel) " + G3 + r"(?:dat het me spijt|het spijt me)|"
    r"(?:morgen|tomorrow|vanavond|tonight|vannacht|straks|snel|soon|binnenkort) " + G2 + r"(?:is het|"
    r"it will be|"
    r"its|it is|is alles|is everything|will it be|zal het) " + G1 + r"(?:voorbij|over|afgelopen|gedaan|"
    r"klaar)|"
    r"(?:dan|then) (?:is het|its|it is|is alles|is everything|it will be) " + G1 + r"(?:gedaan|voorbij|over|"
    r"afgelopen|klaar|done|finished)(?= \|| voor (?:mij|altijd)| for (?:me|good))|"
    r"(?:is|zal) (?:het|alles) " + G2 + r"(?:vannacht|vanavond|morgen|tonight|tomorrow|straks) " + G1
    + r"(?:voorbij|over|afgelopen|gedaan)|"
    r"(?:het|it|alles|everything) (?:is|will be|zal) " + G1 + r"(?:voorbij|over|"
    r"afgelopen) " + G1 + r"(?:morgen|"
    r"tomorrow|vanavond|tonight|vannacht|soon|binnenkort)|"
    r"(?:writing|write|wrote|schrijf|schrijven|geschreven|typing|typ) (?:my|mijn) (?:goodbyes|goodbye|"
    r"afscheid|"
    r"afscheidsbrie\w*|last words|laatste woorden)|"
    r"(?:wasnt|was not|isnt|is not|niet|nie) " + G1 + r"(?:her|his|your|their|haar|zijn|jouw|hun|jullie|je) "
    r"(?:fault|schuld)|"
    r"sorry (?:for|voor) " + G1 + r"(?:all the trouble|alle moeite|alle last|being a burden|alles|everything|"
    r"de last|the burden|all of it)|"
    r"(?:alles|everything) " + G1 + r"(?:klaargelegd|klaargezet|laid out|set out|prepared|voorbereid|"
    r"geregeld|sorted|in order|op orde)|"
    r"(?:vindt|vinden|find|finds|will find|zal) (?:me|mij)(?! (?:at|bij|op|aan|after|na|outside|buiten))|"
    r"(?:zeg|zeggen|vertel|tell|let) " + G3 + r"(?:dat ik|that i|i) " + G2 + r"(?:van (?:haar|hem|jullie|je|"
    r"ze|hen) hou|love (?:her|him|them|you|u)|sorry (?:ben|was|am))|"
    r"(?:kom|komen|come|coming) " + G1 + r"(?:niet meer|nooit meer|never) (?:thuis|home|back|terug)|"
    r"not coming (?:back|home) (?:ever|again|anymore)|"
    r"(?:pillow|kussen|hoofdkussen|keukentafel|kitchen table)|"
    r"(?:wrote|written|schreef|geschreven) (?:a|een) (?:note|brief|briefje|letter)(?= \|)|"
    r"(?:morgen|tomorrow|straks|soon|na (?:dit|het) weekend|after (?:this|the) weekend|vannacht|tonight) "
    + G2 + r"(?:ben ik|im|i am|i will be|ill be) (?:weg|gone|er niet meer)|"
    r"(?:ben ik|im|i am|i will be|ill be) (?:weg|gone|er niet meer) " + G1 + r"(?:morgen|tomorrow|soon|"
    r"straks|tonight|vannacht)|"
    r"(?:vaarwel|farewell|this is goodbye|dit is (?:mijn )?afscheid|(?:goodbye|dag|doei|bye) (?:iedereen|"
    r"everyone|allemaal|world|all))"
)
_CLOCK = (r"rn|atm|om (?:half )?(?:[0-9]+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|"
          r"twaalf)(?: uur| u)?|"
          r"at (?:half past )?[0-9]+(?: ?(?:pm|am|oclock|o clock))?|[0-9]+ ?(?:am|pm)|midnight|middernacht")
_NEAR = _rx(lx.SOON + r"|nu|now|tonite|vannacht|after this weekend|na dit weekend|" + _CLOCK)
# A crash or a fall planned: a vehicle steered into something solid, a step to a train's edge.
_CRASH = _rx(
    r"(?:drive|driving|rijden|rij|rijd|crash|crashing|steer|sturen|knal|knallen|slam|plow|plough) "
    + G4 + r"(?:into|tegen|in|onder|under|off) " + G1 + r"(?:a|een|the|de|het|that|die)? ?"
    r"(?:tree|boom|wall|muur|truck|vrachtwagen|lorry|pillar|pilaar|viaduct|tegenligger|oncoming|bridge|"
    r"brug|cliff|klif|water|gracht|canal|lantaarnpaal|lamppost|pole|paal|betonblok|barrier|vangrail)"
)
_CRASH_NL = _rx(r"(?:tegen|onder|into) (?:een|a|de|the|die|that) " + G1 + r"(?:boom|muur|vrachtwagen|"
                r"pilaar|betonblok|tegenligger|viaduct|trein|bus|paal|lantaarnpaal|vangrail) " + G2
                + r"(?:rij|rijd|rijden|knal|knallen|crash|sturen|stuur|aan (?:rijden|te rijden))")
_CRASH_INTENT = _rx(r"ill|i will|im going to|im gonna|gonna|going to|think ill|want to|wanna|wil|ga|zal|"
                    r"(?:thinking|denk|denken) (?:about|of|aan|erover|erover om)|plan|van plan|tonight|"
                    r"vanavond|"
                    r"vannacht|morgen|tomorrow")
_EDGE = _rx(r"(?:closer|dichter|dichterbij|nearer|towards|naar) " + G2 + r"(?:to )?(?:the |de |het )?"
            r"(?:edge|rand|rails|tracks|spoor|kant|track|ledge)|(?:over|past) (?:the|de) (?:edge|rand|"
            r"yellow line|gele lijn|streep)|(?:train|trein|trains|treinen) " + G4 + r"(?:isnt stopping|"
            r"not stopping|doesnt stop|stopt niet|niet stopt|rijdt door|doorrijdt|passes|voorbij raast|"
            r"comes through|coming through)")
_EASY_STEP = _rx(
    r"(?:stap|stappen|step|stepping|spring|springen|jump|jumping|val|vallen|fall|falling|laat (?:me|mij) "
    r"vallen|let myself fall) " + G3 + r"(?:van|off|from|voor|in front of|onder|under|uit|out of) " + G2
    + r"(?:balkon|balcony|dak|roof|brug|bridge|raam|window|flat|gebouw|building|trein|train|spoor|tracks|"
    r"klif|cliff|viaduct|rand|edge|ledge)|"
    r"(?:van|off|from|voor|onder|uit) " + G2 + r"(?:balkon|balcony|dak|roof|brug|bridge|raam|window|flat|"
    r"trein|spoor|klif|viaduct|rand|edge) " + G2 + r"(?:stap|stappen|spring|springen|val|vallen|zou stappen|"
    r"zou springen)")
_ON_BODY = _rx(r"(?:mes|knife|blade|mesje|scheermes\w*|razor\w*|schaar|scissors|scherf|shard|glass|glas) "
               + G3 + r"(?:tegen|against|op|on|over|across|in) (?:mijn|my|m|mn) (?:pols|polsen|wrist|"
                      r"wrists|keel|"
               r"throat|aders|veins|hals|neck)")
_AT_LETHAL = _rx(
    r"(?:sta|staan|zit|ben|geparkeerd|parked|standing|sitting|im|am|ill be|i will be|kijk|kijken|staar|"
    r"staring|"
    r"looking|"
    r"walking|loop|lopen|wandel) " + G4 + r"(?:bij|aan|op|naar|at|on|by|near|into|in|over|langs) " + G2
    + r"(?:water|sluis|brug|bridge|spoor|tracks|rails|rivier|river|kanaal|canal|zee|sea|pier|kade|quay|"
    r"dak|roof|klif|cliff|viaduct|overweg|crossing|rand|edge|ledge|meer|lake|haven|harbour|harbor|dijk)")
_PAINLESS = _rx(r"painless|pijnloos|pijnloze|pijnloost|peaceful(?:ly)? (?:way|end|exit)|zachte dood|"
                r"(?:lethal|dodelijk|dodelijke|fatal)")
_ORDERED = _rx(r"ordered|besteld|bestel|gekocht|bought|arrives|arriving|komt " + G2 + r"binnen|bezorgd|"
               r"delivered|geleverd|in huis|in the house|opgehaald|picked up")
_ALONE_NOW = _rx(r"(?:iedereen|everyone|everybody|man|vrouw|wife|husband|kinderen|kids|partner|ouders|"
                 r"parents) "
                 + G2 + r"(?:slaapt|slapen|asleep|sleeping|is weg|zijn weg|away|out|op vakantie)|"
                 r"(?:ben|im|i am) " + G1 + r"(?:alleen|alone)(?: thuis| at home)?(?= \|)")
_ATTEMPT = _rx(r"poging|pogingen|attempt|attempts|attempted|tried|geprobeerd|probeerde|overdosis|overdose")
_RUMINATE = _rx(r"(?:cant stop|can not stop|cannot stop|keep|kan niet stoppen met|blijf|steeds) " + G2
                + r"(?:thinking|denken|think|denk) " + G2 + r"(?:about|aan|over|of) " + G1 + r"(?:train|"
                r"trein|"
                r"bridge|brug|spoor|tracks|pills|pillen|rope|touw|jumping|springen|dying|doodgaan|sterven|"
                r"the edge|de rand|ending it|er een eind aan)")
_DESCENT = _rx(r"(?:van|off|from) (?:de|het|the|a|een|mijn|my|onze|our) (?:flat|dak|brug|balkon|roof|"
                r"bridge|building|gebouw|toren|tower|parkeergarage|car park|flatgebouw|kerktoren|viaduct) "
                r"(?:af|down|springen|jump|stappen|step|vallen|fall)")
_EASY = _rx(r"(?:zo|so|heel|really|would be|zou) (?:makkelijk|easy|simpel|simple|snel|quick|eenvoudig)|"
            r"(?:easy|makkelijk|simpel) " + G2 + r"(?:it would be|zou het zijn|is het)|"
            r"(?:niemand|nobody|no one) (?:zou|would) " + G2 + r"(?:het )?(?:merken|notice|care)")
_TRAIN = _rx(r"train|trains|trein|treinen|platform|perron|spoor|tracks|overweg|crossing|railway|metro|tram")

# --- A child / the writer -----------------------------------------------------------------------
_PERSON = (r"(?:he|hes|hij|him|hem|she|shes|zij|ze|stepdad|stepfather|stiefvader|stiefpa|uncle|oom|nonkel|"
           r"opa|grandpa|vader|father|dad|papa|broer|brother|neef|cousin|buurman|neighbour|neighbor|trainer|"
           r"coach|babysitter|oppas|boyfriend|vriend)")
_DOING_IT = _rx(
    r"(?:doing|does|doet|did|deed|doen|keeps doing|blijft) (?:it|het|t|that|dat|this|dit|things|stuff|"
    r"dingen) (?:to|with|bij|met|aan) (?:my|mijn|m|mn|her|him|haar|hem|me|mij|us|ons|the|de|that|die|"
    r"this|dit)"
)
_STILL = _rx(r"still|nog steeds|nog altijd|every (?:time|night|day|week|weekend)|elke (?:keer|nacht|dag|week|"
             r"avond)|telkens|iedere keer|steeds|again|weer|always|altijd|keeps|blijft|whenever")
_TRIGGER = _rx(
    r"(?:every time|whenever|elke keer (?:als|dat)|telkens (?:als|wanneer)|iedere keer (?:als|dat)|als|when) "
    + G3 + r"(?:mum|mom|mam|mama|ma|moeder|mother|parents|ouders|papa|dad) " + G3 + r"(?:works|werkt|work|"
    r"werken|is out|are out|go out|goes out|gaat weg|gaan weg|weg (?:is|zijn|gaat|gaan)|nachtdienst|"
    r"night shift|nights|away|leave|leaves|slaapt|sleeps|asleep)"
)
_TRIGGER_NOW = _rx(r"tonight|vanavond|vannacht|now|nu|right now|straks|in (?:an|one|a few|two|\d+|half an) "
                   r"(?:hour|hours|minutes|mins)|over " + G2 + r"(?:uur|minuten|kwartier)|vandaag|today|"
                   r"this (?:evening|weekend)|dit weekend|zo meteen|zometeen|soon|any minute")
_MATERIAL = _rx(r"csam|cp|kinderporno\w*|child porn\w*|kindermisbruik\w*|misbruikmateriaal|abuse material|"
                r"abuse images|illegal (?:images|videos|stuff|material)|illegale (?:beelden|plaatjes|"
                r"filmpjes|"
                r"bestanden)|(?:die|dat|de|those|that|the) (?:beelden|plaatjes|filmpjes|map|folder|files|"
                r"bestanden|images|pictures|videos|stuff|material|materiaal|sites|site|links)")
_ACT_NOW = _rx(
    r"(?:about to|op het punt|sta op het punt|going to|gonna|ready to|ga|gaan|will|ill) " + G4
    + r"(?:te )?(?:download|downloaden|open|openen|watch|kijken|bekijken|look|click|klikken|klik|zoeken|"
      r"search|"
    r"install|installeren|buy|kopen)|"
    r"(?:open|geopend|openstaan|staat open|ready|klaar) " + G2 + r"(?:right now|now|nu|op dit moment)|"
    r"(?:right now|nu|now) " + G3 + r"(?:open|geopend|openstaan|staat open|downloading|aan het downloaden)"
)
_RELAPSE = _rx(r"clean|gestopt|stopped|again|weer|relapse|terugval|help|stop me|hou me tegen|houd me tegen|"
               r"tegenhouden|what do i do|wat moet ik")


_CHILD = _Lazy(" (?:" + lx.CHILD + r"|kleine|kleintje|de jongste|the youngest|little one)(?= )")
_ADULT = _rx(r"meester|juf|juffrouw|leraar|leerkracht|docent|begeleider|leider|leiding|priest|pastoor|"
             r"priester|"
             r"dominee|pastor|stiefvader|stiefpa|stepdad|stepfather|vader|papa|pa|dad|father|oom|nonkel|"
             r"uncle|opa|"
             r"grandpa|grootvader|pepe|broer|brother|neef|cousin|buurman|trainer|coach|leider|leraar|"
             r"teacher|babysitter|oppas|vriend van (?:mama|mijn moeder|ma|mam)|(?:moms|mums|mams) "
             r"(?:boyfriend|friend)|boyfriend|(?:een|a|die|that|the|de) (?:man|vent|kerel|guy|bloke)|"
             r"hij|he|hes")
# An intimate or hidden setting, or a vague act, that makes contact with an adult a danger.
_INTIMATE = _rx(
    r"(?:bij|with|next to|naast) (?:mij|me|haar|her|hem|him|ons|us) " + G2 + r"(?:slapen|slaap|sleep|"
    r"sleeping|"
    r"in bed|liggen|lie|komt slapen|komen slapen)|in (?:mijn|my|haar|her|zijn|his) bed|"
    r"(?:in|op|into|to|naar) (?:zijn|his|het|the|de) (?:bed|kamer|room|slaapkamer|bedroom|schoot|lap|"
    r"auto|car|busje|van|schuur|shed|zolder|attic|kelder|basement|tent|caravan|camper|hotelkamer|"
    r"hotel room)|(?:bij|with) (?:hem|him) " + G2
    + r"(?:slaap|slapen|sleep|sleeping|in bed)|op (?:schoot|zn schoot|zijn schoot)|"
    r"(?:alone with|alleen met|alleen (?:thuis )?bij) (?:my|mijn|m|mn|her|his|haar|zijn|hem|him|the|de)|"
    r"(?:done|did|gedaan|deed|doet|does) " + G1 + r"(?:stuff|things|dingen) (?:to|with|bij|met)|"
    r"(?:kruipt|kroop|gaat|ging|ligt|stapt|crawls|gets|climbs|sneaks|creeps) " + G6 + r"(?:in|into) " + G1
    + r"bed|"
    r"(?:rare|vieze|gekke|enge|weird|strange|creepy|bad|dirty|gross) (?:dingen|things|stuff|spelletjes|"
    r"games)|"
    r"(?:het|it|dat|that) (?:weer|again|opnieuw) (?:zover|zo ver|begint|gebeurt|starts|happens)|"
    r"(?:begint|gebeurt|starts|happens|start) (?:het|it|dat|that) (?:weer|again|opnieuw)|"
    r"is het (?:weer|opnieuw) (?:zover|zo ver)|"
    r"(?:doet|does|doing) " + G2 + r"(?:dingen|things|stuff)|deur (?:op slot|dicht)|locks? the door|"
    r"(?:geheim|secret|niemand vertellen|niemand zeggen|tell anyone|tell no one|niet vertellen|niet zeggen|"
    r"not allowed to tell|cant tell anyone|mustnt tell)|"
    r"(?:locks?|locked|sluit|sloot) (?:us|me|her|him|them|ons|mij|me|haar|hem|ze) " + G2 + r"(?:in|up|op|"
    r"opgesloten)|opgesloten|opsluiten"
)
_MAKES = _rx(r"(?:makes|made|laat|dwingt|forces|forced|wil dat|wants|want|moet|must|has to|have to|"
             r"zegt dat|zei dat|said|tells|told|asks|asked|vraagt|vroeg) " + G3 + r"(?:ik|i|me|mij|her|"
             r"him|haar|hem|ze|zij|"
             r"she|he|"
             r"hij|mn|my|mijn)")
_VIOLENCE = _rx(r"(?:is|are|zijn|keeps) (?:hitting|beating|kicking|strangling|choking|hurting|attacking|"
                r"slapping|punching)|(?:slaat|schopt|wurgt|mept|stompt|trapt) " + G2 + r"(?:haar|hem|"
                r"mij|me|ons|mijn|"
                r"m|mn|de|het|zijn)|(?:aan het) (?:slaan|schoppen|wurgen|meppen)")
_HIDING = _rx(r"(?:hiding|hide|verstop|verstopt|verstoppen|hidden|locked myself|opgesloten in) " + G3
              + r"(?:in|under|onder|achter|behind)|(?:zit|zitten) " + G2 + r"verstopt")
_ME_TARGET = _rx(r"(?:dingen|things|stuff|spelletjes|games) (?:met|with|bij|to) (?:mij|me|ons|us)|"
r"(?:haalt|halen|pick|picks|picking|komt|comes|coming|takes|neemt|brengt) (?:me|mij|us|ons)|"
                 r"(?:me|mij|us|ons) " + G2 + r"(?:op|up|mee|ophalen|halen)|(?:locks?|sluit) (?:us|me|"
                 r"ons|mij)")
_NEAR_STRONG = _rx(lx.SOON + r"|nu|now|tonite|dit weekend|this weekend|het weekend|the weekend|"
                   r"(?:gaat|goes|is going|leaves|vertrekt) " + G1 + r"(?:zo|straks|soon|now|"
                   r"nu) ?(?:weg|out|away)?|"
                   r"(?:gaat|is) zo weg|" + _CLOCK)
_SAFE_PLAN = _rx(r"leuk|fun|gezellig|nice|lief|kind|paard|horse|pony|zwemmen|swimming|dierentuin|zoo|"
                 r"pretpark|"
                 r"cadeau|present|verjaardag|birthday|vakantie|holiday|kijk (?:ernaar|er naar) uit|"
                 r"looking forward|cant wait")
# The writer in contact now or heading to a child.
_ONLINE = _rx(r"(?:chatten|chat|chatting|appen|app|texting|text|messaging|sms|snappen|snapchat|snap|"
              r"praten|talking|bellen|calling|videobellen|facetime|gamen|gaming|discord|instagram|tiktok|"
              r"whatsapp|telegram|messaging|message|berichtjes|berichten sturen)")
_SEXUAL = _rx(r"(?:fotos|foto|pics|pictures|photos|picture|photo|selfies|naaktfotos|nudes|nude|video|"
              r"videos|filmpjes|filmpje|cam|webcam) " + G4 + r"(?:sturen|stuurt|send|sends|sending|sent|"
              r"gestuurd|maken|laten zien|show)|(?:sturen|send|sends|sending|stuurt|vraag|vraagt|vroeg|"
              r"ask|asked|asking) " + G4 + r"(?:fotos|foto|pics|pictures|photos|nudes|selfies|video)|"
              r"(?:send|sturen|stuurt|stuur|sends) " + G2 + r"(?:me|mij) (?:something|iets|wat)|"
              r"afspreken|afgesproken|meet|meeting|come over|langskomen|naar mij komen|ontmoeten|"
              r"(?:naakt|naked|nude|uitkleden|undress\w*|sexy|seks|sex|sexual|seksueel|geil\w*|horny)")
_HEADING = _rx(r"(?:rij|rijd|rijden|fiets|fietsen|loop|lopen|ga|gaan|drive|driving|cycling|walking|going|"
               r"heading|headed|onderweg|on my way|op weg|reis|travelling|traveling|in de trein|"
               r"on the train) "
               + G4 + r"(?:naar|to|towards|richting) " + G4 + r"(?:adres|address|huis|house|home|place|"
               r"school|flat|woning|straat|street|deur|door)")
_OWN = _rx(r"(?:mijn|my|m|mn|onze|our) (?:zoon|zoontje|dochter|dochtertje|son|daughter|kind|kids|child|"
           r"kinderen|children|kleinkind\w*|grandchild\w*)|ophalen|op te halen|pick " + G2 + r"up|"
           r"picking " + G2 + r"up|oppas|babysit\w*")
_WRITER_NOW = _rx(r"(?:ik|i|im|ive|k) " + G3 + r"(?:nu|now|right now|op dit moment|at the moment|currently|"
                  r"momenteel|al een uur|for an hour|the whole (?:evening|night)|de hele avond)|"
                  r"(?:nu|now|right now) " + G2 + r"(?:ik|i|im)")
_MEETING = _rx(r"afgesproken|afspraak gemaakt|afspreken|spreek " + G3 + r"af|ontmoeten|ontmoet|meet|meeting|"
               r"meetup|date|komt " + G3 + r"(?:langs|over|bij mij|naar mij)|coming over|comes over|"
               r"come over|(?:pick|picking) " + G2 + r"up|ophalen|op te halen")
_TOOK = _rx(r"(?:heb|have|ive|i) " + G4 + r"(?:meegenomen|mee genomen|laten instappen|ingeladen|taken|took|"
            r"brought|lured|gelokt|picked up|opgepikt)|(?:meegenomen|taken|lured|gelokt|"
            r"opgepikt) (?:van|from|uit)")
_WITH_ME_NOW = _rx(r"(?:in|bij) (?:mijn|my|m|mn|me) " + G1 + r"(?:auto|car|huis|house|flat|appartement|"
                   r"apartment|"
                   r"kamer|room|busje|van|thuis|place)|(?:bij|with) (?:mij|me) (?:thuis|at home|now|nu)|"
                   r"at my (?:place|house|flat)")
_COMMAND = _rx(r"(?:hoofd|stem|stemmen|voices|voice|head|gedachten|thoughts) " + G3 + r"(?:zegt|zeggen|"
               r"says|say|"
               r"tell|tells|telling|roepen|schreeuwen|fluisteren|whisper\w*) " + G3 + r"(?:doen|do it|"
               r"moet|should|"
               r"have to|must)")
_FORBIDDEN = _rx(r"(?:geen|no) contact " + G3 + r"(?:met|with) " + G1 + r"(?:kinderen|minderjarigen|children|"
                 r"kids|minors)|contactverbod|(?:not|niet) (?:allowed|mag|mogen) " + G4 + r"(?:kinderen|"
                 r"children|kids|"
                 r"minors|minderjarigen)|(?:verboden|forbidden|banned) " + G3 + r"(?:kinderen|children|"
                 r"kids|minors)|"
                 r"(?:enkelband|ankle tag|reclassering|probation|parole|voorwaardelijk)")
_LET_IN = _rx(r"open gedaan|opengedaan|open gemaakt|let (?:him|her|them) in|binnengelaten|binnen gelaten|"
              r"(?:came|kwam|komt|comes) (?:in|binnen)|(?:heb|have) (?:hem|haar|him|her) binnen|"
              r"(?:staat|staan|is|stands|standing) " + G2 + r"(?:voor|at) (?:de|mijn|the|my) (?:deur|door)")
_PLEA = _rx(r"(?:stop|stoppen|tegenhouden|tegen houden|hou|houd) (?:me|mij)(?: tegen)?|"
            r"(?:iemand|someone|somebody|please|alsjeblieft) " + G3 + r"(?:tegenhouden|tegen houden|stop me|"
            r"stops me|tegenhoudt|talk me out|praat me|help me)|talk me out of|"
            r"(?:ik|i) (?:moet|must|need|want|wil) " + G2 + r"(?:gestopt|tegengehouden|stopped|worden)|"
            r"(?:weet|know) (?:dat |that )?(?:it|its|this|dit|het) " + G1 + r"(?:is )?(?:wrong|fout|"
            r"verkeerd)|"
            r"(?:but|maar) (?:i|ik) (?:ga|go|am going|m going) (?:toch|anyway|anyways)")
# A child in a vulnerable state nearby, and the writer at the door.
_VULNERABLE = _rx(r"(?:home alone|alleen thuis|alone at home|thuis alleen|by herself|by himself|"
                  r"(?:were|we are|zijn we|we zijn) " + G1 + r"(?:alone|alleen)|alone together|samen alleen|"
                  r"in (?:bad|de badkamer|bed|de douche)|onder de douche|in the (?:bath|bathtub|shower|"
                  r"bathroom)|in bed|asleep|sleeping|slaapt|ligt te slapen|aan het douchen|showering|"
                  r"getting changed|zich (?:aan|om)kleden|omkleden)")
_AT_DOOR = _rx(r"(?:outside|at|by|in front of|bij|voor|naast|aan) (?:the|her|his|de|haar|zijn) (?:door|deur|"
               r"bathroom door|badkamerdeur|slaapkamerdeur|bedroom door|room|kamer)|"
               r"(?:keep|kept|blijf|steeds|telkens) " + G2 + r"(?:going|walking|lopen|loop|gaan|ga) " + G3
               + r"(?:to|naar) (?:the|de|het|her|his|haar|zijn)")
_PRESENT_CHILD = _rx(r"(?:are|is|zijn|is|zitten|zit|spelen|speelt|playing|staan|staat) " + G3 + r"(?:in the|"
                     r"in de|in het|in my|in mijn|outside|buiten|here|hier|next door|hiernaast|garden|tuin|"
                     r"playing|aan het spelen|downstairs|beneden|upstairs|boven)")
_MY_RISK = _rx(lx.CONTROL + r"|(?:had to|have to|moest|moet|heb moeten|"
r"needed to) " + G3 + r"(?:leave the room|"
               r"walk away|go outside|de kamer (?:uit|verlaten)|naar buiten|weglopen|weg lopen)|"
               r"talk me (?:out|down)|praat (?:me|mij) " + G2 + r"(?:uit|om)|"
               r"(?:might|could|may|ga|going to|gonna|ill) " + G2 + r"(?:actually |really |echt |"
               r"toch )?(?:do it|het "
               r"doen|het echt doen)|(?:know|weet) (?:where|waar) (?:the|de|her|haar|their|hun) (?:key|"
               r"sleutel)|(?:kan|kun) " + G2 + r"niet (?:meer )?(?:tegenhouden|tegen houden|weerstaan|"
               r"inhouden)|(?:cant|cannot) (?:resist|hold (?:it|back)|fight it)|(?:weet|"
               r"know) " + G1 + r"(?:niet|not) wat (?:ik|i|ill) " + G2
               + r"(?:ga doen|doe|do|will do|going to do|zal doen|might do)|"
               r"(?:dont|do not) know what (?:ill|i will|im going to|i might|i would|id) (?:do|end up doing)|"
               r"(?:keep|blijf|steeds|telkens) " + G2 + r"(?:checking|kijken|looking|watching|gluren|staring|"
               r"going|walking|lopen|gaan)|(?:i|ik) " + G2 + r"(?:shouldnt|should not|mag niet|"
               r"moet niet|hoor niet) "
               + G2 + r"(?:be here|hier (?:zijn|staan)|hier|here|doen|do this)|"
               r"(?:cant|cannot|kan|kun) " + G2 + r"(?:niet|nie)? ?(?:stop|stoppen|ophouden) " + G1
               + r"(?:myself|mezelf|meer)?|(?:weet|know) " + G1 + r"(?:niet|not) (?:of|if|whether) (?:ik|i) "
               + G3 + r"(?:kan|can|stop|stoppen)|(?:help|hou me tegen|stop me|tegenhouden)")
_NO_RISK = _rx(r"(?:geen|no|nooit|never|niet|zonder|without) " + G1 + r"(?:gedachten|thoughts|drang|urges|"
               r"urge|gevoelens|feelings|attraction)|(?:is|zijn|are) " + G1 + r"(?:veilig|safe)|anoniem|"
               r"anonymous|(?:i|ik) (?:read|lees|am reading|typ|type|typing)")
# Searching for abuse material, one key away.
_SEARCH_READY = _rx(r"(?:zoekterm|zoektermen|search term|search terms|zoekbalk|search bar|zoekopdracht|"
                    r"dark ?web|tor ?browser|tor) " + G6 + r"(?:getypt|ingetypt|typed|open|klaar|ready|"
                    r"enter|geopend|opened|gedownload|downloaded|installed|geinstalleerd)|"
                    r"(?:typed|getypt|ingetypt) " + G4 + r"(?:zoekterm|search|zoekbalk)")


_HARM_ME = _rx(r"(?:mij|me|ons|us) " + G3 + r"(?:aangeraakt|aanraken|aanraakt|aangezeten|betast|misbruikt|"
               r"verkracht|pijn gedaan|geslagen|touched|touches|touching|abused|hurt|raped|molested)|"
               r"(?:touched|touches|touching|abused|abuses|hurt|hurts|raped|molested|groped|"
               r"gropes) (?:me|us)|"
               r"(?:zit|zat|zitten|komt|kwam) " + G2 + r"aan (?:mij|me|ons)|raakt (?:mij|me|"
               r"ons) " + G2 + r"aan")
_AGAIN = _rx(r"weer|again|opnieuw|nog steeds|still|elke|every|telkens|steeds")


def _past(sents: list[str], i: int) -> bool:
    if not _REMOTE.search(sents[i]):
        return False
    return not any(_RECUR.search(x) for x in sents[i: i + 2])


_PILL_RX = _rx(_PILL)
_DAILY = _rx(r"(?:al (?:mijn|m|mn)|alle|all (?:my|the|of my|of the)) (?:meds|medicatie|medication|"
             r"medicijnen)")


def _overdose(s: str) -> bool:
    """An amount of a medicine + taken, in one sentence ("took all my antidepressants an hour ago")."""
    m = _AMOUNT.search(s)
    if not (m and _PILL_RX.search(s, m.start()) and _TAKEN.search(s)) or _ROUTINE.search(s):
        return False
    return not _DAILY.search(s)


def _suicide(sents: list[str], live: list[str], whole: str) -> bool:
    # The costly classes (despair, a near time) are read last, only when another class is present.
    if _EASY.search(whole) and any(_EASY_STEP.search(s) and not _past(sents, i) for i, s in enumerate(sents)):
        return True  # "wat als ik gewoon van het balkon stap ... het is zo makkelijk"
    text = "".join(live)
    if not text.strip(" |") or _OTHER_FRAME.search(whole):
        return False
    if _WISH_GONE.search(text):
        return True
    # Each sentence-level check runs only when its first class is somewhere in the message.
    means_ready = False
    if _MEANS.search(text):
        means_ready = any(_MEANS.search(s) and _AT_HAND.search(s) and not _ROUTINE.search(s) for s in live)
    if _AMOUNT.search(text) and any(_overdose(s) for s in live):
        return True
    if (_CRASH.search(text) or _CRASH_NL.search(text)) \
            and any((_CRASH.search(s) or _CRASH_NL.search(s)) and _CRASH_INTENT.search(s) for s in live):
        return True
    if _EDGE.search(text) and any(_TRAIN.search(s) and _EDGE.search(s) for s in live):
        return True
    if _PAINLESS.search(text) and _ORDERED.search(text):
        return True  # "ordered something online that will make it painless"
    if _STOCKPILE.search(text) and (_NEAR.search(text) or _DESPAIR.search(text)) \
            and not _ROUTINE.search(text):
        return True  # "i've been stockpiling my sertraline and tonight i'm done pretending"
    if means_ready and _ALONE_NOW.search(text):
        return True  # "mijn man slaapt, de kinderen slapen, ik zit met zijn pistool"
    if _RUMINATE.search(text) and (_AT_LETHAL.search(text) or _NEAR.search(text)):
        return True  # "cant stop thinking about the train. tomorrow morning i'll be at the crossing at 7"
    if _AT_LETHAL.search(text) and _DESPAIR.search(text):
        return True  # "geparkeerd bij de sluis, kijk al een uur naar het water, weet niet meer wat ik moet"
    if _ON_BODY.search(text):
        return True  # "een schaar tegen mijn pols"
    if _DESCENT.search(text) and (_NEAR.search(text) or _DESPAIR.search(text)):
        return True  # "ik ga straks van de flat af"
    intent = bool(_INTENT.search(text))
    n_final = len({m.group(0) for m in _FINAL.finditer(text)}) if _FINAL.search(text) else 0
    if n_final and (_FUTURE_SELF.search(whole) or _FAREWELL_SAFE.search(whole)):
        n_final = 0
    if n_final >= 2:
        return True
    if intent and n_final:
        return True  # "moet mij niet tegenhouden, besluit genomen. de brief ligt op tafel"
    if intent and _ATTEMPT.search(text):
        return True  # "een paar keer een poging gedaan, vanavond lukt het wel"
    if not (means_ready or intent or n_final):
        return False
    if n_final and _NEAR.search(text):
        return True
    if not _DESPAIR.search(text):
        return means_ready and (intent or n_final > 0)
    return means_ready or n_final > 0 or not _FAREWELL_SAFE.search(whole)


_COND = _Lazy(r" (?:when|whenever|every time|als|wanneer|elke keer als|telkens als|zodra) (?:he|"
                   r"hij|she|zij|"
                   r"ze|they|my \w+|mijn \w+|mn \w+|mum|mom|mama|dad|papa) (?:\w+ )?(\w{4,})")


def _trigger_now(text: str) -> bool:
    """A condition for the harm stated ("when he drinks"), then said to be so now ("he's drinking now")."""
    for m in _COND.finditer(text):
        stem = m.group(1)[:4]
        for sent in text[m.end():].split("|"):
            if " " + stem in sent and _TRIGGER_NOW.search(sent + " "):
                return True
    return False


def _abuse_now(live: list[str]) -> bool:
    text = "".join(live)
    if _INTIMATE.search(text) and _trigger_now(text):
        return True  # "he locks us in the basement when he drinks and he's drinking now"
    if _HARM_ME.search(text) and _AGAIN.search(text) and _NEAR_STRONG.search(text) and _ADULT.search(text):
        return True  # "heeft mij vannacht weer aangeraakt en hij is er vanavond weer"
    for i, s in enumerate(live):
        m = _DOING_IT.search(s)
        if m and _STILL.search(s) and re.search(" " + _PERSON + " ", s[: m.start() + 1]):
            return True
        if _TRIGGER.search(s) and (_DOING_IT.search(s) or any(_DOING_IT.search(x) or _STILL.search(x)
                                                              for x in live[max(0, i - 1): i + 2])):
            win = "".join(live[max(0, i - 1): i + 2])
            if _TRIGGER_NOW.search(win):
                return True
    return False


def _child_in_danger(live: list[str]) -> bool:
    """An adult + a child (or the writer, a child) + an intimate setting or vague act + a near time."""
    text = "".join(live)
    if _VIOLENCE.search(text) and _ADULT.search(text) and (_NEAR_STRONG.search(text) or _HIDING.search(text)):
        return True  # "my mums boyfriend is hitting my little brother rn and i'm hiding in the wardrobe"
    if not (_ADULT.search(text) and _INTIMATE.search(text)):
        return False
    for i, s in enumerate(live):
        win = "".join(live[max(0, i - 1): i + 2])
        if not (_ADULT.search(s) and _INTIMATE.search(win) and _NEAR_STRONG.search(win)):
            continue
        if _SAFE_PLAN.search(win):
            continue
        if _CHILD.search(win) or (_MAKES.search(win) and (_TRIGGER.search(win) or _STILL.search(win))) \
                or _ME_TARGET.search(win):
            return True
    return False


def _about_to_act(live: list[str], material: bool) -> bool:
    text = "".join(live)
    if material and _RELAPSE.search(text):
        if _SEARCH_READY.search(text):
            return True
        if _MATERIAL.search(text) and any(_ACT_NOW.search(s) for s in live):
            return True
    child_any = bool(_CHILD.search(text))
    if child_any and _TOOK.search(text) and _WITH_ME_NOW.search(text) and not _OWN.search(text):
        return True  # "ik heb een kind van 6 in mijn auto, meegenomen van het speelplein"
    if child_any and _FORBIDDEN.search(text) and (_LET_IN.search(text) or _NEAR_STRONG.search(text)) \
            and not _OWN.search(text):
        return True  # "geen contact mag hebben met kinderen, maar mijn buurjongen staat nu voor de deur"
    if child_any and _MEETING.search(text) and _PLEA.search(text) and not _OWN.search(text):
        return True  # "iemand moet me tegenhouden, ik heb met een meisje van 13 afgesproken"
    online = child_any and bool(_ONLINE.search(text))
    heading = child_any and bool(_HEADING.search(text))
    vulnerable = bool(_VULNERABLE.search(text))
    at_door = vulnerable and bool(_AT_DOOR.search(text))
    present = child_any and bool(_PRESENT_CHILD.search(text))
    if not (online or heading or at_door or present or (vulnerable and child_any)):
        return False
    if not (heading or _MY_RISK.search(text) or _SEXUAL.search(text)):
        return False
    for i, s in enumerate(live):
        win = "".join(live[max(0, i - 1): i + 2])
        child = _CHILD.search(win)
        # Chatting with a child now, about pictures or meeting.
        if online and child and _ONLINE.search(s) and _SEXUAL.search(win) \
                and (_WRITER_NOW.search(win) or _NEAR_STRONG.search(win)) and not _OWN.search(win):
            return True
        # On the way to a child's address or school, now.
        if heading and _HEADING.search(s) and _CHILD.search(s) and _NEAR_STRONG.search(s) \
                and not _OWN.search(win):
            return True
        # A child in the bath or asleep, the writer at the door, and the writer's own alarm.
        if at_door and _VULNERABLE.search(win) and _AT_DOOR.search(win) and _MY_RISK.search(win) \
                and not _NO_RISK.search(win):
            return True
        # A child here now (playing, asleep next door) and the writer's control failing.
        if (present or at_door or vulnerable) and child \
                and (_PRESENT_CHILD.search(win) or _VULNERABLE.search(win)) and _MY_RISK.search(win) \
                and not _NO_RISK.search(win) and not _OWN.search(win):
            return True
    return False


def assess(sents: list[str]) -> list[str]:
    """The reasons (of the gate's four) these concept combinations add for a message."""
    whole = "".join(sents)
    if len(whole.split()) - len(sents) < 3:
        return []  # every class combination here needs at least three words
    material = bool(_MATERIAL.search(whole) or _SEARCH_READY.search(whole))
    other_side = bool(material or _CHILD.search(whole) or _ADULT.search(whole) or _VULNERABLE.search(whole))
    if _REMOTE.search(whole) or _HYPO.search(whole) or _NEG_SELF.search(whole):
        live = [s for i, s in enumerate(sents)
                if not (_past(sents, i) or _HYPO.search(s) or _NEG_SELF.search(s))]
    else:
        live = sents
    reasons = []
    if _suicide(sents, live, whole):
        reasons.append("suicide")
    text = "".join(live)
    if _COMMAND.search(text) and (_MY_RISK.search(text) or _DESPAIR.search(text)):
        reasons.append("about_to_act")  # "m'n hoofd zegt dat ik het moet doen, kan het niet meer tegenhouden"
        return reasons
    if not (live and other_side):
        return reasons
    if _abuse_now(live):
        reasons.append("abuse_now")
    if _child_in_danger(live):
        reasons.append("child_in_danger")
    if _about_to_act(live, material):
        reasons.append("about_to_act")
    return reasons
