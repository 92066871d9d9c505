"""Word classes for the urgency gate (handlers.urgency), as regex fragments over normalised text.

Each class lists lemmas with their inflections (Dutch, Flemish and English) rather than whole
sentences: the gate combines classes (a child word + a harm word + an immediacy word), so a new
word order or a synonym in one slot still fits. Fragments match whole words in text padded with
spaces; `W` is one word, `gap(n)` up to n words in between (never across a sentence bar "|").
"""
from __future__ import annotations

W = r"[a-z0-9]+"


def gap(n: int) -> str:
    return rf"(?:{W} ){{0,{n}}}"


G1, G2, G3, G4, G6 = gap(1), gap(2), gap(3), gap(4), gap(6)

ME = r"(?:ik|k|me|mij|mezelf|mijzelf|i|im|ive|id|ill|myself|we|wij|were|weve|us|ons)"

# --- Self-harm --------------------------------------------------------------------------------
# Said outright: these name suicide or self-harm themselves.
SUICIDE_WORDS = (
    r"zelfmoord\w*|suicid\w*|zelfdoding|levensmoe\w*|zelfbeschadiging|selfharm|"
    r"kms|unalive|"
    r"(?:kill|killing|kil|hurt|hurting|harm|harming|cut|cutting|hang|hanging|off|drown|poison|shoot) "
    r"(?:my ?self)|self harm\w*|"
    r"(?:end|ending|ended|take|taking) (?:my|me) (?:own )?(?:life|live)|"
    r"(?:end|ending) (?:it|it all|everything|things|this|my suffering)(?: all)?(?: for good| tonight| now)?"
    r"(?! (?:urge|urges|habit|addiction|relationship|conversation|chat|cycle|behaviou?r|with|contact|"
    r"friendship|marriage|talk|thread|email|message))|"
    r"(?:van|ter) kant " + G1 + r"(?:maken|maak|gemaakt)|"
    r"(?:mezelf|mijzelf|me|mij) " + G3 + r"(?:ombrengen|ombreng|doden|dood maken|ophangen|ophang|"
    r"verhangen|verhang|verdrinken|vergiftigen|iets aan ?(?:te )?doen|wat aan ?(?:te )?doen|"
    r"snijden|snij|van kant)|"
    r"(?:breng|brengen|hang|hangen) " + G2 + r"(?:mezelf|mijzelf|me) " + G2 + r"(?:om|op)|"
    r"(?:snij|snijden|doorsnijden|doorsnij|cut|cutting|slit|slitting|open) " + G3
    + r"(?:pols|polsen|wrist|wrists|aders|veins)|"
    r"afscheidsbrie\w*|afscheidsbericht\w*|afscheidsbrief\w*|"
    r"(?:goodbye|farewell|suicide) (?:letter|letters|note|notes|message|messages|mail|video)|"
    r"(?:mijn|my) (?:laatste|last|final) (?:bericht|message|brief|letter|words|woorden|mail)|"
    r"(?:dit is|this is) (?:het|de|the) (?:laatste|last|final) (?:bericht|message|mail|keer|time)|"
    r"(?:laatste|last|final) (?:bericht|message|mail|words|woorden) " + G4 + r"(?:ever|ooit|stuur|send|write|"
    r"schrijf)|"
    # "tegen de tijd dat jullie dit lezen ben ik er niet meer", "by the time you read this i'll be gone"
    r"(?:read|lezen|leest|reads|see|zien|ziet) (?:this|dit) " + G4 + r"(?:gone|dead|weg|dood|er niet "
    r"meer|no longer (?:here|alive)|not (?:here|alive) anymore)|"
    r"(?:want|wil|wish) (?:it|everything|het|alles) " + G2 + r"(?:to )?(?:stop|end|ophouden|stoppen|over "
    r"(?:is|zijn)) " + G1 + r"(?:forever|for good|voorgoed|permanently|definitief|voor altijd)|"
    r"(?:een|a) plan " + G3 + r"(?:en|and) " + G4 + r"(?:the means|de middelen|weet (?:ik )?hoe|know how|"
    r"know when|weet wanneer|a date|een datum)|"
    r"overdosis\w*|overdose\w*|"
    r"(?:dodelijke|fatale|letale|lethal|deadly|fatal) (?:dosis|dose|hoeveelheid|amount)"
)
# Wishing not to live: the writer's own despair.
NOT_LIVING = (
    r"(?:niet|nooit) (?:meer )?" + G1 + r"(?:leven|bestaan|wakker (?:worden|word|te worden))|"
    r"er " + G2 + r"niet meer (?:zijn|zou zijn|ben|bent|is|was|waar|te zijn|wil zijn|willen zijn)|"
    r"niet meer (?:hier )?(?:zijn|te zijn|willen zijn)|(?:ben|is) (?:ik )?er " + G1 + r"niet meer|"
    r"er niet meer \||"
    r"(?:not|no longer|stop|stopping|cease to|never) (?:existing|exist|being alive|being here|be alive)|"
    r"testament " + G3 + r"(?:geschreven|opgemaakt|opgesteld|geregeld|klaar|ready|written)|"
    r"(?:wil|wilt|willen|wou|zou|wens|want|wanna|would|wish) " + G3 + r"(?:dood|doodgaan|dood gaan|"
    r"sterven|overlijden)|"
    # Not sure to survive the night: "weet niet of ik deze nacht haal", "won't make it till morning".
    r"(?:haal|halen|overleef|overleven|doorkom|door kom) (?:de|deze|die) (?:nacht|ochtend)|"
    r"(?:de|deze|die) (?:nacht|ochtend) " + G1 + r"(?:haal|halen|overleef|overleven|doorkom|door)|"
    r"(?:make it|get|last) (?:through|till|until|to) (?:the night|tonight|the morning|morning)(?! shift)|"
    r"survive (?:the night|tonight)(?! shift)|"
    # "liever dood dan ooit een kind pijn doen" is a vow, not a wish
    r"dood " + G2 + r"(?:willen|wil|gaan|zijn|wezen)(?! van| dan (?:ooit |nog )?(?:een|ik|iemand|kinderen|"
    r"dat|het))|liever dood(?!(?: zijn| zou zijn| gaan)? dan (?:ooit |nog )?(?:een|ik|iemand|kinderen|"
    r"dat|het))|"
    r"(?:want|wanna|wish|wishing) " + G2 + r"(?:to )?(?:die|dying|be dead|was dead|were dead|never born)|"
    r"(?:rather|better off) (?:be )?dead(?! than (?:ever |to )?(?:hurt|harm|touch|abuse|do|be))|"
    r"(?:dont|do not|didnt) (?:want|wanna|wish) " + G1 + r"(?:to )?(?:live|be alive|exist|wake up|be here|"
    r"be around)|"
    r"(?:not|never|no longer|wont) (?:be )?(?:here|around|alive) (?:anymore|tomorrow|much longer|"
    r"after tonight|by morning)|"
    r"(?:when|once|after|if) (?:im|i am|i m) (?:gone|dead|no longer here|not here)|"
    r"(?:als|wanneer|zodra|nadat) ik " + G2 + r"(?:er )?(?:niet meer (?:ben|leef)|dood ben|weg ben)|"
    r"(?:geen|no|niet een|nothing) (?:enkele )?(?:reden|reason|reasons|zin|point|purpose|"
    r"left) " + G4 + r"(?:leven|live|living|blijven|stay alive|be alive|go on|going on|keep going|"
    r"be here|doorgaan|carry on|keep living|stay)|"
    r"(?:moe|klaar|tired|sick|done) (?:van|met|of|with) (?:het |mijn |my )?(?:leven|life|living|"
    r"being alive|bestaan)|"
    r"(?:beter|better) (?:af |off )?(?:zonder|without) (?:mij|me)|(?:niemand|nobody|no one) "
    + G2 + r"(?:mij|me) (?:missen|miss)|"
    r"(?:wou|wilde|wish) (?:dat )?(?:ik|i) " + G2 + r"(?:nooit geboren|never (?:been )?born|dood was)|"
    r"(?:verdwijnen|disappear|weg) " + G1 + r"(?:voor altijd|voorgoed|forever|for good)|"
    r"beter zo voor iedereen|better (?:this way|off) for (?:everyone|everybody)|"
    r"(?:if|when|once) (?:i|im) " + G1 + r"(?:was|were|am|would be|m)? ?(?:gone|dead|no longer (?:here|"
    r"around))|(?:als|wanneer|zodra) ik " + G2 + r"dood (?:ben|was|ga)|"
    r"(?:niemand|nobody|no one|noone) " + G3 + r"(?:merken|missen|miss|notice|care)|"
    r"(?:het|mijn) leven " + G1 + r"(?:zat|beu|moe|niet (?:meer )?waard)|"
    r"(?:life|living) " + G1 + r"(?:isnt|is not|not) worth (?:living|it)|"
    r"(?:leven|life) " + G2 + r"(?:zinloos|pointless|meaningless|uitzichtloos|hopeless)"
)
# Despair said briefly: no other context needed (a miss costs more than a false alarm).
DESPAIR = (
    r"(?:zie|zien) " + G2 + r"niet (?:meer )?zitten|zie " + G2 + r"geen (?:uitweg|zin|toekomst|"
    r"licht|einde)|"
    r"(?:no|geen) (?:way out|uitweg|hope left|hoop meer)|"
    r"(?:heeft|hebben|heb) " + G2 + r"geen zin meer"
    # not a waiting list or a call: "geen zin meer om op de wachtlijst te staan"
    r"(?! om " + G4 + r"(?:wachtlijst|wachten|bellen|mailen|therapie|afspraak|huisarts|jullie|hulp|"
    r"de app))|"
    r"het hoeft (?:voor mij )?(?:allemaal )?niet meer|"
    r"(?:dont|cant|do not|cannot|can not|no|dont really) " + G1 + r"see (?:the |any )?point (?:anymore|"
    r"\||(?:in|of|to) (?:living|life|anything|going on|trying|continuing|it all|being here))|"
    r"(?:whats|what is) the point (?:\||anymore|(?:of|in) (?:living|life|anything|going on|it all))|"
    r"no point (?:in )?(?:living|anymore|going on|to anything)|"
    r"(?:cant|cannot|can not) (?:go on|keep going|take (?:it|this) anymore|do this anymore|"
    r"live (?:like this|with this)|carry on)|"
    r"(?:kan|kun) " + G2 + r"niet meer (?:verder|door|leven|op|zo)"
    # not a habit: "kan niet meer zo doorgaan met kijken"
    r"(?!(?: zo)?(?: doorgaan| verder| door)? met (?:kijken|downloaden|zoeken|chatten|liegen|die|dat|"
    r"deze|dit|"
    r"het kijken|het liegen|mijn gedrag|mijn verslaving|porno))|"
    r"(?:kan|kun) " + G1 + r"niet meer \||(?:wil|wilt) (?:gewoon |echt |eigenlijk )?niet meer (?:\||"
    r"verder|leven|door)|"
    r"(?:hou|houd) (?:het|dit) " + G2 + r"niet meer (?:vol|uit)|trek (?:het|dit) " + G2 + r"niet meer|"
    r"geef (?:het|alles) " + G1 + r"op \||(?:give|given|giving) up on (?:life|everything|myself)|"
    r"genoeg geweest|(?:besloten|decided) " + G4 + r"(?:genoeg|enough)|"
    r"alles (?:al )?(?:geregeld|klaar|voorbereid|op een rij gezet|op een rij|op orde) " + G1
    + r"(?:om|voor)|"
    r"this is (?:goodbye|my goodbye|farewell)|dit is (?:een |mijn )?(?:afscheid|vaarwel)|"
    r"(?:vaarwel|goodbye|bye) (?:iedereen|allemaal|everyone|world|wereld|all)|"
    r"er " + G2 + r"punt achter " + G1 + r"(?:zetten|zet)|"
    r"(?:everything|all) (?:is )?(?:ready|arranged|planned|sorted)"
    r"(?! for (?:my|the|a|our|tomorrow|the) " + G2 + r"(?:session|appointment|intake|trip|holiday|move|party|"
    r"exam|interview|meeting|call|day|week|weekend|wedding|birthday))|"
    r"(?:afscheid|goodbye|bye) " + G2 + r"(?:nemen|genomen|neem|say|said|saying|zeggen)|"
    r"(?:say|said|saying|zeg|zeggen) " + G1 + r"(?:goodbye|vaarwel|afscheid)(?! (?:to|van|aan|tegen) " + G1
    + r"(?:dog|cat|hond|kat|poes|pet|pets|huisdier\w*|house|huis|job|baan|werk|colleagues|collega\w*|old|"
    r"oude|school|team|club))|"
    r"(?:stop|stoppen|kap|kappen) " + G2 + r"(?:ermee|er mee) " + G2 + r"(?:voorgoed|definitief|for good|"
    r"vannacht|vanavond|tonight|met leven|met alles)|"
    # Not the question how to stop a habit: "hoe stop ik ermee".
    r"(?<!hoe )(?<!how )(?:stop|kap|hou) ik (?:er )?(?:ermee|mee|op) \|"
)
# Methods: a method word with readiness, place or act (a method word alone is not intent).
METHOD = (
    r"(?:pillen|pil|tabletten|slaappillen|slaapmiddel\w*|medicijnen|medicatie|pills|tablets|"
    r"sleeping pills|meds|paracetamol|oxazepam|pijnstillers|painkillers) " + G6
    + r"(?:gespaard|verzameld|opgespaard|klaar|liggen|ligt|innemen|inneem|slikken|slik|allemaal|"
    r"ready|saved|stockpiled|collected|take them all|swallow|all of them|dodelijk|nodig|genoeg|"
    r"lethal|enough|to die|kill)|"
    r"(?:hoeveel|how many|how much) " + G6 + r"(?:dodelijk|dood|niet meer wakker|lethal|to die|"
    r"kill|fatal|never wake|overdose|overdosis)|"
    r"(?:bought|got|buy|kopen|gekocht|kocht|ready|klaar|gemaakt|made|tied) " + G3
    + r"(?:touw|strop|rope|noose)|"
    # Too much taken: "heb een half doosje oxazepam op", "taken way too many of my sleeping tablets".
    # "Al mijn"/"all my" only with pills or a pack: "al mijn medicatie ingenomen" is the daily dose.
    r"(?:heb|had|have|ive|just) " + G3 + r"(?:al mijn|alle) " + G1 + r"(?:\w*pillen|tabletten|\w*azepam|"
    r"doosje|doos|potje|strip|strips) " + G2 + r"(?:op|genomen|geslikt|ingenomen)|"
    r"(?:heb|had|have|ive|just) " + G3 + r"(?:te veel|teveel|heel veel|een hoop|een half|half|een heel|"
    r"een hele) " + G3 + r"(?:\w*pillen|tabletten|medicijnen|medicatie|paracetamol|\w*azepam|"
    r"slaapmiddel\w*|antidepressiva|doosje|doos|potje|strip|strips) " + G2 + r"(?:op|genomen|geslikt|"
    r"ingenomen)|"
    r"(?:taken|took|swallowed|had) " + G3 + r"(?:too many|too much|loads of|all of|the whole|"
    r"a whole|half (?:a|of|the) (?:box|bottle|pack|packet|strip)) " + G3
    + r"(?:pills|tablets|meds|medication|painkillers|paracetamol|"
    r"sleeping tablets|sleeping pills|\w*azepam|antidepressants|box|bottle|pack|packet|strip)|"
    r"(?:alles|everything) (?:ingenomen|geslikt|swallowed) (?:wat|what|that|i)|"
    # Taken already ("heb net de hele strip genomen"): an overdose under way.
    r"(?:all|alle|al) " + G1 + r"(?:pills|\w*pillen|tabletten|tablets|strip|strips|doosje|doos|potje|box|"
    r"bottle) " + G3 + r"(?:genomen|geslikt|ingenomen|taken|swallowed|opgenomen|gepakt en)|"
    r"(?:whole|hele|heel|een handvol|a handful of|handful of|[2-9][0-9]|dertig|twintig|"
    r"veertig|vijftig|thirty|twenty|forty|fifty) " + G3 + r"(?:pills|meds|\w*pillen|tabletten|medicijnen|"
    r"tablets|medication|strip|strips|doosje|doos|potje|box|bottle) " + G3 + r"(?:genomen|geslikt|"
    r"ingenomen|taken|swallowed|opgenomen|gepakt en)|"
    r"(?:take|taking|took|taken|slikken|slik|innemen|neem|swallow|swallowing|swallowed) " + G2
    + r"(?:whole|hele) " + G2 + r"(?:pills|meds|pillen|tabletten|medicijnen|tablets|medication|strip)|"
    r"(?:take|taking|took|taken|slikken|slik|innemen|neem|swallow|swallowing|swallowed) " + G2
    + r"(?:all|alle|al) " + G2 + r"(?:pills|meds|pillen|tabletten|medicijnen|tablets|medication|strip) "
    + G2 + r"(?:at once|tegelijk|in een keer|in 1 keer|in one go|together|tegelijkertijd|tonight|vannacht|"
    r"vanavond|now|nu)|"
    r"(?:strop|noose) " + G4 + r"(?:gemaakt|made|geknoopt|knotted|gedraaid)|"
    r"(?:looking|staring|look|stare|kijk|kijken|staar|staren) (?:at|naar) (?:the|het|de|a|een|my|mijn) "
    + G1 + r"(?:knife|mes|rope|touw|noose|strop|pills|pillen|blade|razor|scheermes)|"
    r"(?:touw|strop|rope|noose|riem|belt|kabel) " + G6 + r"(?:klaar|ready|gekocht|bought|hangt|"
    r"hanging|opgehangen|balk|beam|liggen|ligt|tied|vastgemaakt|knoop|knot|om mijn nek|around my "
    r"neck|zolder|attic)|"
    r"(?:sta|staan|stond|zit|ben|stand|standing|sitting|im|i am|on|op) " + G4
    + r"(?:brug|bridge|dak|roof|rooftop|viaduct|spoor|spoorlijn|rails|tracks|railway|cliff|klif|"
    r"balkon|balcony|ledge|richel|vensterbank|window ledge|windowsill|window sill|rand van)|"
    r"(?:spring|springen|sprong|jump|jumping|jumped|leap|leaping) " + G4
    + r"(?:van|off|voor|in front|onder|under|naar beneden|down|af|uit|from)|"
    r"(?:gedachte|gedachten|gedachtes|thought|thoughts|idee|urge|drang|neiging|plan|plannen) "
    + G2 + r"(?:om te|of|to) (?:springen|jumping|jump|verdrinken|drowning|ophangen|hanging|snijden|"
    r"cutting|sterven|dying|die)|"
    r"(?:mes|knife|blade|scheermes|scheermesje|razor|mesje) " + G6
    + r"(?:hand|handen|vast|holding|hold|pols|polsen|wrist|wrists|klaar|ready|naast me|next to me|"
    r"keel|throat|huid|skin|arm|armen)|"
    r"(?:holding|hold|vast|pak|pakte|grabbed|picked up) " + G3 + r"(?:mes|knife|blade|razor)|"
    r"(?:mes|knife|blade|razor|scheermes|mesje) " + G3 + r"(?:gepakt|gegrepen|grabbed|picked up|in "
    r"(?:mijn|my) hand)|"
    r"(?:water|zee|sea|river|rivier|gracht|canal|meer|lake) " + G2 + r"(?:in )?(?:te )?(?:lopen|inlopen|"
    r"in te lopen|springen)|(?:walk|walking|loop|lopen) " + G2 + r"(?:into|in) (?:the |de |het )?"
    r"(?:sea|water|river|zee|rivier|lake)|"
    r"(?:ways|way|methods|method|manier|manieren|methode|methodes) " + G4 + r"(?:to die|to end|dood "
    r"(?:te )?gaan|doodgaan|te sterven|sterven|zelfmoord|suicide|kill myself|end (?:it|my life))|"
    r"(?:pijnloos|pijnloze|painless|least painful|minst pijnlijke|snelst|snelste|quickest|fastest|"
    r"easiest|makkelijkst|zekerst) " + G3 + r"(?:dood|die|dying|sterven|doodgaan|manier|way to go|way out)|"
    r"(?:throw|throwing|threw|gooi|gooien|werp|werpen|hurl) (?:my ?self|mezelf|me|mijzelf) " + G3
    + r"(?:off|voor|in front|onder|under|van|from|uit|out of)|"
    r"garage " + G6 + r"(?:motor|engine) " + G2 + r"(?:loopt|draait|aan|running|on)|"
    r"(?:parkeergarage|car park|parking garage|carpark|flat|toren|tower|gebouw|building|verdieping|floor|"
    r"hoog) " + G6 + r"(?:naar beneden|down|de rand|the edge|springen|jump)|"
    r"(?:engine|motor) " + G3 + r"(?:running|draait|draaien|aan|on) " + G4 + r"(?:garage|dicht|closed|"
    r"shut)|uitlaatgassen|exhaust fumes|koolmonoxide|carbon monoxide|houtskool|charcoal|"
    r"(?:trein|train|metro|tram) " + G4
    + r"(?:voor|in front|onder|under|springen|spring|jump|step|stappen|stap|rijden tegen|drive into)|"
    # A car or lorry is a method only with a jump or a crash: "auto voor de deur" is a visitor.
    r"(?:vrachtwagen|truck|auto|car|bus) " + G4 + r"(?:onder|under|springen|spring|jump|rijden tegen|"
    r"drive into|crash|te pletter)|"
    r"(?:voor|in front of|onder|under) " + G1 + r"(?:de |een |a |the )?(?:trein|train|metro|tram|"
    r"vrachtwagen|truck|bus)|"
    r"(?:spoor|tracks|railway|rails) " + G3 + r"(?:lopen|liggen|staan|walk|lie|stand|wachten|wait)"
)
# A means bought or used for an ordinary purpose: "touw gekocht voor de schommel", "engine running to
# warm it up". Read with a method word, it cancels the method (not a despair word).
MEANS_PURPOSE = (
    r"(?:voor|for) (?:de|het|een|mijn|onze|my|our|the|a) " + G2 + r"(?:schommel|swing|tent|boot|boat|"
    r"waslijn|washing line|clothesline|hond|dog|tuin|garden|klimrek|boomhut|treehouse|camping|zeil|sail|"
    r"verhuizing|move|aanhanger|trailer|klimmen|climbing|gym|sportschool|knutsel\w*|craft\w*|project|"
    r"kerstboom|christmas tree|vlag|flag|hangmat|hammock|paard|horse|kano|canoe)|"
    r"(?:warm|warming) (?:it |the car |the engine )?up|opwarmen|op te warmen|defrost|defrosting|ontdooien|"
    r"ontdooit|laden|repairing|repareren|fixing|(?:repair|fix) (?:it|the car|the engine|de auto|de motor)|"
    r"(?:before|voordat|voor) " + G2 + r"(?:driving|rijden|rij|we reden|leaving|vertrekken|wegrijden)"
)
# A medicine taken as prescribed: "my doctor said to take two a day".
MEANS_ROUTINE = (
    r"(?:doctor|dokter|huisarts|gp|psychiater|psychiatrist|apotheek|pharmacy|apotheker|pharmacist) " + G4
    + r"(?:said|says|zei|zegt|told|prescribed|voorgeschreven|gave|gaf|geeft)|voorgeschreven|prescribed|"
    r"(?:twee|drie|een|two|three|one|[1-4]) (?:a|per|per dag|keer per) (?:day|dag)|(?:a|per) day|per dag|"
    r"elke (?:ochtend|avond|dag)|every (?:morning|evening|day)|for my (?:anxiety|headache|sleep|back)"
)
# An adult with a child for ordinary care: "om haar tanden te poetsen".
CARE_PURPOSE = (
    r"(?:om|to) " + G2 + r"(?:tanden|teeth|haar|hair|gezicht|face|handen|"
    r"hands) " + G1 + r"(?:te )?(?:poetsen|"
    r"brush|brushing|wassen|wash|washing|kammen|comb|vlechten|drogen|dry)|"
    r"(?:tanden|teeth) (?:poetsen|brushing|brush)|(?:om|to) " + G2 + r"(?:in bad te doen|te wassen|te "
    r"douchen|a bath|bath (?:her|him)|te verschonen|verschonen|luier|diaper|nappy|pleister|plaster|"
    r"thermometer|temperatuur|temperature)"
)
# Someone else's death long ago, fiction or the past: named, not meant.
REMOTE = (
    r"vroeger|jaren geleden|jaar geleden|maanden geleden|lang geleden|years ago|months ago|"
    r"(?:jaar|jaren|maanden|tijdje) terug|a while back|"
    r"year ago|long ago|a long time ago|in het verleden|in the past|destijds|back then|"
    r"toen ik " + G1 + r"(?:jong|jonger|tiener|puber|kind|klein|\d+|student)|when i was (?:younger|"
    r"young|a teen|a teenager|a kid|a child|a student|\d+|in)|als tiener|as a teen\w*|"
    r"in mijn (?:jeugd|tienerjaren|pubertijd|studententijd)|in my (?:youth|teens|twenties)|"
    r"(?:back in|in|rond|around|sinds toen|begin|eind) (?:the )?(?:19|20)[0-9][0-9]s?|back when|"
    r"back in the day|"
    # decades: "in the 1970s", "in de jaren zeventig", "in the eighties"
    r"(?:in|during|back in) the (?:sixties|seventies|eighties|nineties|[5-9]0s)|"
    r"(?:in )?de jaren (?:[5-9]0|vijftig|zestig|zeventig|tachtig|negentig)|"
    r"used to|vorig jaar|last year|heb (?:ooit|toen)|had (?:ooit|toen|vroeger)|once had|"
    r"film|films|movie|movies|serie|series|boek|book|novel|roman|documentaire|documentary|"
    r"artikel|article|nieuws|news|liedje|song|lyrics|personage|character|"
    # a game's story, not a chat met in a game ("a man from her online game")
    r"in (?:the|de|het|that|die|dat|this|dit) (?:video ?)?game|game (?:character|personage|story|verhaal)|"
    r"gelezen|read about|podcast|toneelstuk|play about|"
    r"(?:pleegde|gepleegd|committed|overleed|overleden|died|passed away|took (?:his|her|their) "
    r"(?:own )?life)"
)
# The writer is back there now: a remote mention does not cancel what is said in the present.
# Jumping said with a time ahead ("vanavond spring ik"): checked with SOON in urgency.py.
JUMP = r"spring|springen|jump|jumping|ophangen|verhang|verhangen"
# A jump as the writer's own act closing a clause: "als de politie komt spring ik", "then i'll jump".
JUMP_SELF = (
    r"spring ik (?:\||eraf|er af|naar beneden)|hang ik (?:me|mezelf) op|ik spring (?:\||eraf)|"
    r"ik hang (?:me|mezelf) op|"
    r"(?:ill|i will|im going to|im gonna|i am going to|then i) (?:jump|hang myself)(?: \|| off)"
)
# Last arrangements: each alone is ordinary ("my sister will look after the cat"); two together in
# one message read as a farewell (checked in urgency.py).
FAREWELL = (
    (r"(?:brieven|brief|briefjes|letters|letter|notes|note) " + G4 + r"(?:aan|voor|to|for) (?:mijn|my|de|the|"
     r"iedereen|everyone|everybody) ?(?:familie|family|kinderen|kids|children|ouders|parents|vrouw|wife|"
     r"man|husband|partner|zus|sister|broer|brother|moeder|mother|mum|mom|vader|father|dad|dochter|"
     r"daughter|zoon|son|loved ones|dierbaren|vrienden|friends)?"),
    (r"(?:affairs|zaken|papieren|papers|paperwork|administratie|financien|finances|spullen|things) " + G3
     + r"(?:in order|op orde|geregeld|sorted|afgehandeld|settled|opgeruimd)|"
     r"(?:put|get|got|putting|getting) " + G1 + r"(?:affairs|things|life) in order"),
    (r"(?:the|my|mijn|het) (?:will|testament) " + G1 + r"(?:is |has been |staat )?(?:sorted|done|written|"
     r"ready|made|updated|in order|signed|klaar|geregeld|getekend)|(?:made|written|wrote|updated|sorted|"
     r"opgesteld|gemaakt|geschreven) " + G1 + r"(?:a|my|mijn) (?:will|testament)"),
    (r"(?:look after|looks after|take care of|takes care of|zorgen voor|zorgt voor|opvangen|care for|"
     r"krijgt|neemt) (?:the|my|de|mijn|onze|our) (?:cat|dog|kat|hond|poes|pets|huisdieren|konijn|"
     r"rabbit|plants|planten)"),
    # Decided, without saying what: "I've made up my mind." (not "decided to get help")
    (r"(?:made up my mind|mind is made up|besluit staat vast|(?:mijn|het) besluit (?:is )?genomen|"
     r"(?:ive|i have|heb|ik heb) (?:het )?(?:decided|besloten)|(?:de|mijn) beslissing (?:is )?genomen) \||"
     r"there is no going back|er is geen weg terug"),
    (r"(?:leave|go|gaan|vertrekken|weggaan|verdwijnen|disappear) without (?:telling|saying|a word)|"
     r"(?:voordat|voor|before) (?:ik|i) (?:ga|go|leave|vertrek|verdwijn)(?: \|| through| ermee| door)|"
     r"go through with it|(?:ermee|er mee) doorgaan|doorzetten|zonder afscheid"),
    (r"(?:wanted|want|wilde|wil) (?:that )?(?:someone|somebody|iemand|one person) " + G2 + r"(?:to know|"
     r"het weet|het wist|weet|wist|to understand|snapt)|(?:iemand|someone) (?:moest|should|had to) "
     r"(?:het )?(?:weten|know)"),
    (r"(?:give|giving|gave|given) away " + G3 + r"(?:things|stuff|belongings|possessions|spullen)|"
     r"spullen " + G2 + r"(?:weggegeven|weggeven|verdeeld)|sorry for everything|het spijt me van alles|"
     r"sorry voor alles"),
)
RECUR = (
    r"weer|opnieuw|(?<!jaar )(?<!jaren )(?<!maand )(?<!maanden )(?<!weken )(?<!tijdje )terug|again|"
    r"back(?! (?:in|when|then))|nog steeds|nog altijd|still|lately|"
    r"de laatste tijd|tegenwoordig|"
    r"these days|nowadays|sinds kort|recently|vannacht|vanavond|tonight|nu ook|now too|nu weer"
)
NEGATED = (
    # a vow: "ik zou liever dood zijn dan ooit een kind pijn te doen", "I'd rather die than hurt a kid"
    r"(?:liever|rather|sooner) " + G3 + r"(?:dood|dead|die|sterven|doodgaan) " + G2 + r"(?:dan|than) " + G4
    + r"(?:kind|kinderen|child|children|kid|kids|pijn|hurt|harm|aanraken|touch|iets aan|misbruik\w*|abuse)|"
    # asked and answered no: "mijn psycholoog vroeg of ik suicidale gedachten heb, dat heb ik niet"
    r"(?:vroeg|vraagt|vragen|asked|asks|ask|wilde weten|wanted to know) " + G3 + r"(?:of|if|"
    r"whether) (?:ik|i) "
    + G3 + r"(?:suicidaal|suicidale|suicidal|zelfmoord\w*|suicid\w*) " + G4 + r"(?:dat heb ik niet|"
    r"heb ik niet|"
    r"ben ik niet|is niet zo|i dont|i do not|im not|i am not|which i dont|and i dont|nee|no)|"
    r"(?:niet|geen|not|never|no|nooit|zonder|nothing|niets|nee) " + G2
    + r"(?:suicidaal|suicidal|zelfmoord\w*|suicide\w*|zelfmoordneigingen|suicidale)|"
    r"(?:ga|zal|zou|ben|am|im|id|i|ik|going|gonna|will|would) " + G1 + r"(?:mezelf |mijzelf |me )?"
    r"(?:niets|niks|"
    r"nothing|never|not|niet) " + G3 + r"(?:aandoen|doen|hurt|kill|do anything)|"
    r"(?:dont|do not|didnt|never|dont really) (?:want|wanna|wish) " + G1 + r"(?:to )?(?:die|be dead)|"
    r"(?:wil|wou|ga) (?:ik )?(?:helemaal |echt )?niet (?:dood|doodgaan|dood gaan|sterven)|"
    r"(?:balkon|balcony|dak|roof) " + G4 + r"(?:te |to |for a )?(?:enjoying|genieten|genietend|relaxen|"
    r"relaxing|"
    r"sunset|zonsondergang|uitzicht|view|koffie|coffee|bier|beer|wijn|wine|lezen|reading|ontbijt|breakfast|"
    r"roken|rook|smoke|smoking|sigaret|"
    r"cigarette|bellen|calling|zonnen|barbecue|bbq|planten|plants|tomaten)|"
    # No longer suicidal: "aan zelfmoord denk ik al jaren niet meer".
    r"(?:zelfmoord\w*|suicid\w*) (?:denk|dacht|deed) (?:ik )?" + G2 + r"(?:niet meer|nooit meer|al jaren "
    r"niet|al lang niet|allang niet)|"
    r"(?:denk|dacht) (?:ik )?" + G3 + r"(?:niet meer|nooit meer|al jaren niet|al lang niet|allang niet) "
    r"(?:aan )?(?:zelfmoord\w*|suicid\w*)|"
    r"(?:havent|have not|hadnt|no longer|dont|do not|never) " + G2 + r"(?:thought|think|thinking) "
    r"(?:about|of) (?:suicide|killing myself)(?: " + G2 + r"(?:in years|anymore|for years|for a long time))?|"
    r"(?:eind|einde) (?:of|aan) (?:the|de|het|dit|deze|dat) (?:day|dag|gesprek|conversation|chat|"
    r"week|maand|month|jaar|year|relatie|relationship|verslaving|addiction|kijken|gedrag|behaviour|"
    r"contact)"
)
# "er een eind aan maken" in any word order: handled in urgency.py as a co-occurrence of these.
END_NOUN = r"(?:eind|einde|punt|end)"
END_VERB = r"(?:maken|maak|maakt|maakte|gemaakt|te maken)"
END_OBJECT_OTHER = (
    r"verslaving|kijken|gedrag|relatie|gesprek|contact|porno|downloaden|gewoonte|situatie|"
    r"zoeken|chatten|dit soort|die gewoonte|het gebruik|drank|drinken|roken|gokken|sites"
)

# --- Children, harm and time ------------------------------------------------------------------
CHILD = (
    r"(?:kind|kinderen|kindje|kindjes|kinders|kid|kids|child|children|childs|kiddo|"
    r"zoon|zoontje|zoons|zonen|son|sons|stiefzoon|stepson|pleegzoon|"
    r"dochter|dochtertje|dochters|daughter|daughters|stiefdochter|stepdaughter|pleegdochter|"
    r"stiefkind\w*|stepkid\w*|stepchild\w*|pleegkind\w*|foster (?:child|kid|son|daughter)|"
    r"zusje|zusjes|zusjes|kleine zus|jongere zus|halfzusje|stiefzusje|broertje|broertjes|kleine broer|"
    r"jongere broer|halfbroertje|stiefbroertje|"
    r"(?:little|younger|baby|half|step) (?:sister|brother|sis|bro)|"
    r"nichtje|nichtjes|neefje|neefjes|niece|nieces|nephew|nephews|cousin|cousins|"
    r"kleinkind\w*|kleinzoon|kleindochter|grandchild\w*|grandson|granddaughter|"
    r"meisje|meisjes|meiske|jongetje|jongetjes|manneke|girl|girls|boy|boys|little one|"
    r"buurmeisje|buurjongen|buurjongetje|buurkind\w*|buurmeid|"
    r"neighbou?rs? (?:girl|boy|kid|kids|daughter|son|child)|"
    r"leerling|leerlingen|leerlinge|pupil|pupils|scholier\w*|schoolkind\w*|student|students|"
    r"baby|babys|babies|peuter\w*|kleuter\w*|toddler\w*|tiener|tieners|teen|teens|teenager\w*|"
    r"minderjarige\w*|minor|minors|underage|"
    r"(?:[1-9]|1[0-7]) ?(?:jaar|jarige|jarig|jr|year old|years old|yo|yr old|y o)|"
    r"van (?:[1-9]|1[0-7])|aged (?:[1-9]|1[0-7])|"
    r"(?:shes|hes|she is|he is|zij is|ze is|hij is|is pas|is only|is just|nog maar|maar) "
    r"(?:[1-9]|1[0-7])|"
    r"(?:ik ben|im|i am|i m) (?:pas |only |just |nog maar )?(?:[1-9]|1[0-7])(?! (?:jaar|years|year|jr) "
    r"(?:getrouwd|married|samen|together|bezig|clean|werkzaam|working)))"
)
HARM = (
    r"(?:zit|zat|zitten|zaten|komt|kwam) " + G3 + r"aan (?:haar|hem|mij|me|ze|zijn|mijn|het|hun|d r)|"
    r"aangezeten|aanzitten|betast\w*|aanrak\w*|aangeraakt|raakt " + G3 + r"aan|misbruik\w*|"
    r"aangerand|aanrand\w*|verkracht\w*|pijn (?:doen|gedaan|doet|deed)|doet " + G2 + r"pijn|"
    r"slaat|slaan|geslagen|mishandel\w*|"
    r"(?:fotos|foto|filmpjes|filmpje|beelden|naaktfotos|videos|pictures|pics|photos|photo|videos|"
    r"video) " + G3 + r"(?:maakt|maken|neemt|nemen|makes|making|takes|taking|takes|van haar|van hem|"
    r"of her|of him|schiet|film)|"
    r"(?:maakt|maken|neemt|takes|taking|makes|filmt|films|filming|fotografeert) " + G3
    + r"(?:fotos|foto|filmpjes|pictures|pics|photos|videos|video)|"
    r"naakt\w*|naked|nude\w*|uitkleden|undress\w*|"
    r"(?:gebeurt|gebeuren|happens|happen|happening) " + G2 + r"(?:het |it )?(?:weer|again|opnieuw)|"
    r"(?:het|it) " + G1 + r"(?:weer|again) (?:gebeurt|happens|happen|gebeuren)|"
    r"hurt\w*|touch\w*|abus\w*|molest\w*|rape\w*|raping|grope\w*|groping|"
    r"(?:hits|hit|beats|beat|beating) (?:her|him|them|me)|"
    r"(?:does|doing|do|did|doet|deed|doen) " + G1 + r"(?:things|dingen|stuff) (?:to|with|met|bij)|"
    r"wat (?:hij|zij|ze|he|she|die man|that man) " + G1 + r"(?:met|bij|to|with) (?:haar|hem|her|him|ze|"
    r"mij|me|hen|them) " + G1 + r"(?:doet|does|did|deed|do)|aanraakt|aanraken|aanraking\w*|"
    r"veroordeeld|convicted|sex offender|zedendelinquent|zedenzaak|"
    r"creepy|griezelig|"
    r"(?:mag|mogen|moet|must|cant|not allowed to|dont|shouldnt) " + G2 + r"(?:niemand|anyone|nobody|"
    r"no one|mama|mum|mom|my parents|mijn ouders) " + G2 + r"(?:zeggen|vertellen|weten|tell|know|say)|"
    r"(?:ons|onze|our|a) (?:little )?(?:geheim|geheimpje|secret)|"
    r"(?:vertrouw|vertrouwen) " + G3 + r"niet|(?:dont|do not|cant) trust (?:him|her|it|this|them)|"
    r"(?:bang|scared|afraid|worried|terrified|doodsbang|ongerust|bezorgd) (?:voor|for|om|about) "
    r"(?:haar|hem|her|him|mijn|my|zijn|his|het|the|de)|"
    r"(?:bang|scared|afraid|worried|terrified|doodsbang) (?:dat |that )?(?:hij|zij|ze|he|she|they) "
    + G3 + r"(?:will|zal|gaat|komt|does|doet|is going|gonna)|"
    r"(?:doet|doen|does|do|did|deed|gaat|will do|gonna do) " + G2 + r"(?:het|it|dat|that|dit|this) "
    + G1 + r"(?:weer|again|opnieuw)"
)
# Now, tonight, in a moment, on a named day ahead: the strong markers of immediacy.
SOON = (
    r"vanavond|vannacht|tonight|vandaag|today|straks|zometeen|zo meteen|zo dadelijk|dadelijk|"
    r"strakjes|zo thuis|komt zo|zo terug|na school|after school|na het werk|after work|later today|"
    r"later tonight|later vandaag|elk moment|ieder moment|any moment|any minute|any second|"
    r"right now|op dit moment|op het moment|at the moment|as we speak|this (?:evening|afternoon|"
    r"morning|weekend|week|very moment)|vanmiddag|vanochtend|vanmorgen|morgen\w*|tomorrow|"
    r"(?:dit|komend|komende|volgend) weekend|deze week|overmorgen|"
    r"over " + G2 + r"(?:uur|uurtje|minuten|minuutjes|kwartier)|in (?:an|one|a few|two|\d+|half an) "
    r"(?:hour|hours|minutes|mins)|"
    r"(?<!vorige )(?<!afgelopen )(?<!last )(?<!vorig )"
    r"(?:maan|dins|woens|donder|vrij|zater|zon)dag\w*|(?<!last )(?<!past )"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\w*|"
    r"(?:als|wanneer|zodra|when|once|as soon as) (?:hij|zij|ze|he|she|they|mijn \w+|my \w+|"
    r"haar \w+|her \w+|zijn \w+|his \w+) " + G2 + r"(?:thuis|home|terug|back|komt|comes|gets)|"
    r"thuiskomt|komt " + G1 + r"thuis|comes home|gets home|coming home|coming over|comes over|"
    r"(?:komt|komen|come|comes|coming) " + G4 + r"later(?! (?:in|als|when|once|if))|"
    r"(?:durft|durf|dares|dare|bang|scared|afraid|terrified) " + G3 + r"(?:niet )?(?:naar huis|"
    r"thuis|home|to go home|te slapen|to sleep)|"
    r"(?:moet|must|has to|have to|needs to|gaat|goes|going) " + G3 + r"(?:naar huis|home|terug naar "
    r"(?:hem|haar)|back to (?:him|her))|"
    r"nog steeds|nog altijd"
)
# Abuse that goes on: enough, with a child and harm, for a child in danger.
ONGOING = (
    r"nog steeds|nog altijd|steeds weer|elke (?:nacht|avond|keer|dag|week|weekend)|every (?:night|"
    r"time|day|week|weekend|evening)|still|keeps|blijft|telkens|weer|again|opnieuw"
)
# "nu"/"now": strong only in the same sentence as the other parts (too common on its own).
NOW = r"nu|nou|now|net|momenteel|currently|hier|here"
# First-person contact with a child or "her/him": meeting, care, being alone, travel to.
CONTACT = (
    r"afgesproken|afspraak|afspreken|spreek " + G2 + r"af|ontmoeten|ontmoet|date|daten|"
    r"meet|meeting|meetup|meet up|see (?:her|him|them)|seeing (?:her|him)|"
    r"(?:zie|zien|ziet) (?:ik )?(?:haar|hem|ze)|"
    r"oppassen|oppas|pas " + G3 + r"op|past " + G3 + r"op|babysit\w*|"
    r"logeert|logeren|logeer|blijft " + G6 + r"slapen|slaapt " + G6 + r"(?:bij|hier|over)|"
    r"(?:slaapt|ligt|sleeps|sleeping) " + G4 + r"(?:naast (?:me|mij)|in de kamer naast|next to me|"
    r"next door to me|in the room next)|"
    r"(?:naar|to) (?:zijn|haar|his|her) (?:huis|house|place|flat|kamer|room|auto|car)|"
    r"(?:staying|sleeping|stays|sleeps) (?:over|the night|at mine|at my)|sleepover|"
    r"(?:naar|to) (?:haar|hem|her|him) (?:toe|house|place|home)|"
    r"(?:rijden|rijd|rij|fietsen|fiets|lopen|gaan|ga|drive|driving|go|going|head|heading) " + G3
    + r"(?:naar|to) (?:haar|hem|her|him|het meisje|de jongen|that girl|the girl|the boy)|"
    r"(?:komt|komen|come|comes|coming) " + G2 + r"(?:bij mij|naar mij|langs|hier|to me|to mine|to my|"
    r"over|round|around)|"
    r"(?:alleen|alone) (?:bij|at) (?:hem|haar|his|her)|(?:bij|naar) (?:hem|haar) (?:thuis|huis)|"
    r"(?:at|to) (?:his|her) (?:house|place|flat|home)|"
    r"(?:alleen|alone) (?:met|with)|home alone|alleen thuis|"
    r"(?:ga|gaan|going|go|gonna) " + G2 + r"(?:met|with) (?:een|a|het|dat|die|that|this) " + G4
    + r"(?:naar|to|uit|out|wandelen|"
    r"zwemmen|swimming|the movies|the cinema)|"
    r"(?:bij mij|bij me|at my|at mine|in my|in mijn|in de|in the|naast me|next to me|op mijn|"
    r"on my) " + G2 + r"(?:thuis|huis|place|house|flat|appartement|kamer|room|auto|car|bed|"
    r"schoot|lap|bank|couch|sofa|tent)|"
    r"(?:ophalen|haal " + G2 + r"op|pick " + G1 + r"up|picking " + G1 + r"up)|"
    r"(?:mee naar huis|take (?:her|him) home|naar mijn huis|to my house|to my place)"
)
TARGET = CHILD + r"|haar|hem|her|him|ze|zij|she|he|shes|hes|zn|d r"
# Whoever "haar/hem" is, these are not a child: a date with one's therapist or wife is no risk.
ADULT_CONTEXT = (
    r"psycholoog|psychologist|therapeut|therapist|huisarts|dokter|doctor|gp|begeleider|behandelaar|"
    r"counsellor|counselor|psychiater|psychiatrist|vrouw|wife|vriendin|girlfriend|partner|"
    r"echtgeno\w*|husband|boyfriend|moeder|mother|mum|mom|collega|colleague|advocaat|lawyer|"
    r"(?:1[89]|[2-9][0-9]) (?:jaar|year)"
)
# The writer's self-control failing now.
CONTROL = (
    r"(?:verlies|verliezen|verloren|kwijt|kwijtraken|raak|lose|losing|lost) " + G3
    + r"(?:controle|control|grip|zelfbeheersing|beheersing)|"
    r"(?:controle|control|grip|zelfbeheersing) " + G2 + r"(?:kwijt\w*|verlies|verliezen|lose|losing|"
    r"slipping|verlies)|"
    r"(?:vertrouw|vertrouwen) (?:mezelf|mijzelf|me) " + G2 + r"niet|(?:dont|do not|cant|cannot|can not)"
    r" " + G1 + r"trust myself|"
    r"(?:bang|scared|afraid|terrified|doodsbang) " + G1 + r"(?:voor|van|of) (?:mezelf|mijzelf|myself)|"
    r"(?:bang|scared|afraid|worried|terrified) (?:dat|that) (?:ik|i) " + G4
    + r"(?:ga doen|iets doe|iets ga doen|over de grens|cross|do something|go too far|te ver|"
    r"toegeef|give in|act|aanraak|touch|hurt|pijn|aandoen|aan doe|aandoe|iets aandoe|sla|slaan)|"
    r"(?:cross|crossing) (?:a|the|that) line|over de grens (?:ga|gaan)|"
    r"(?:kan|kun) " + G2 + r"(?:me|mij|mezelf) " + G2 + r"niet (?:meer )?(?:inhouden|beheersen|"
    r"tegenhouden)|(?:cant|cannot|can not) (?:stop|hold|control) (?:myself|me)|"
    r"(?:mezelf|mijzelf) niet (?:meer )?(?:in de hand|onder controle)|"
    r"(?:weet niet|niet zeker|twijfel|not sure|dont know|unsure|no idea) (?:of |if |whether |that )?" + G3
    + r"(?:inhouden|beheersen|in de hand|onder controle|control myself|hold back|stop myself|resist|"
    r"hold myself back|keep it together|tegenhouden|volhoud|vol hou|volhouden|uithoud|uithouden|hold out|"
    r"hold on)|"
    r"(?:(?:wil|want|wanna) " + G1 + r"(?:niet|not)|(?:dont|do not) (?:want|wanna)) (?:to )?(?:doen|do) "
    r"(?:wat|what|waar) (?:ik|i|im) " + G2 + r"(?:denk|wil|voel|think|thinking|want|feel|aan denk)|"
    r"(?:drang|urge|urges|neiging|gedachten|thoughts|verlangen) " + G4
    + r"(?:te sterk|too strong|so strong|zo sterk|heel sterk|overweldigend|overwhelming|sterker)|"
    r"(?:kan|kun|could|might|may|ga|going to|gonna) " + G3 + r"(?:doorslaan|ontsporen|snap|lose it|"
    r"flip|knappen)|"
    r"ga (?:het|ik het) " + G1 + r"(?:toch )?doen|(?:im|i am) (?:going|gonna) (?:to )?do it|"
    r"(?:ga|gaan|going|gonna) " + G2 + r"(?:toegeven|give in)|"
    r"(?:tenzij|unless) " + G3 + r"(?:tegenhoudt|tegen houdt|stops me|stop me)"
)
# The writer where children are, now.
CHILD_PLACE = (
    r"(?:sta|zit|ben|wacht|loop|stand|standing|sitting|waiting|im|am|parked|geparkeerd) " + G3
    + r"(?:bij|near|at|outside|voor|naast|by|in|op) (?:het |de |a |the |een )?"
    r"(?:schoolplein|school|basisschool|speeltuin|playground|zwembad|kinderopvang|daycare|creche|"
    r"kinderboerderij|schoolyard|swimming pool|kinderdagverblijf|bso|kinderfeest\w*|"
    r"kids party|park|primary school|elementary school|nursery|kindergarten|kleuterschool|"
    r"peuterspeelzaal|jeugdhonk|youth club|schoolhek|schoolpoort|school gate|school gates|schoolingang)"
)
