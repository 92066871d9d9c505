"""Concept cues for the FAQ matcher: word families instead of remembered sentences.

handlers.faq_cues grew sentence by sentence from evaluation sets, so a question asked in other
words (another inflection, another word order, an English or Flemish synonym) was often missed.
The cues here are built from small vocabularies (who sees, what is kept, how it is kept, ...)
that are combined in either order within a few words, so that one cue covers a family of
phrasings. They are added to the per-id cues in handlers.faq_cues and go through the same
vetoes, negative cues and threshold.

NEGATED_BODY names what a writer says they are NOT asking ("I'm not asking about costs, ...",
"ik vraag niet wat het kost maar ..."): that span is removed before any cue is read.
"""
from __future__ import annotations

import re
from functools import lru_cache

from handlers.faq_cues import CARER, G1, G2, G3, G4, G6, GP, PARTNER, POLICE, gap

G8 = gap(8)


def near(a: str, b: str, gap_: str = G4) -> str:
    """a and b within a few words of each other, in either order."""
    return rf"(?:{a}) {gap_}(?:{b})|(?:{b}) {gap_}(?:{a})"


# --- vocabularies (normalised text: lowercase ascii words) -----------------------------------
# Who might see or know: people and services other than the writer.
OTHERS = (r"(?:iemand|niemand|anyone|someone|anybody|somebody|nobody|no one|jullie|julie|u|you|ya|yall|"
          r"you guys|ze|zij|they|anderen|others|other people|andere mensen|mensen|people|de politie|"
          r"the police|politie|police|mijn (?:vrouw|man|partner|vriendin|vriend|ouders|familie|werkgever|"
          r"baas)|my (?:wife|husband|partner|girlfriend|boyfriend|parents|family|employer|boss)|"
          r"medewerkers|staff|de hulpverleners|counsellors|your team|jullie team)")
SEE_V = (r"(?:zien|ziet|zie|zag|achterhalen|achterhaalt|traceren|traceert|herleiden|herleid|nagaan|"
         r"opsporen|spoort|weten|weet|te weten komen|erachter komen|achter komen|ontdekken|ontdekt|"
         r"meelezen|meekijken|lezen|leest|inzien|see|sees|seen|know|knows|find out|finds out|figure out|"
         r"trace|traced|track|tracked|identify|identified|read|reads|access|look up|check)")
# What would identify the writer or what was said.
IDENT = (r"(?:wie ik ben|who i am|dat ik (?:dit|het|hier|jullie)|that i (?:wrote|sent|was|am|contacted|"
         r"messaged|did)|it was me|het ik was|(?:mijn|my|m) (?:naam|name|ip|ip adres|ip address|"
         r"nummer|number|telefoonnummer|phone number|adres|address|locatie|location|identiteit|identity|"
         r"gegevens|details|mailadres|e mailadres|email|email address|account|profiel|profile|"
         r"berichten|messages|chats?)|dit gesprek|this conversation|deze chat|this chat|dit bericht|"
         r"this message|wat ik (?:hier |jullie |u |nu )?(?:schrijf|zeg|vertel|typ|stuur|deel)|"
         r"what i (?:write|say|tell|type|send|said|"
         r"wrote)|waar ik (?:woon|werk|zit|ben)|where i (?:live|work|am)|wie (?:er )?achter (?:dit|deze|"
         r"mijn|het) (?:account|bericht|chat|naam|mail|profiel) (?:zit|zat)|who is behind (?:this|my|the) "
         r"(?:account|message|chat|name|email)|"
         r"i (?:was|have been|ve been|had been|am|wrote|came) (?:here|on (?:your|this|the) "
         r"(?:site|website|chat|page))|ik (?:hier|op (?:jullie|deze|de) (?:site|website|chat|pagina)) "
         r"(?:was|geweest ben|ben geweest|zit|kwam))")
# (Not "keep", "log", "record": "the chat keeps crashing", "log in", "a criminal record".)
STORE_V = (r"(?:bewaren|bewaart|bewaard|opslaan|opgeslagen|bijhouden|bijgehouden|noteren|"
           r"genoteerd|noteert|opschrijven|opgeschreven|vastleggen|vastgelegd|registreren|geregistreerd|"
           r"loggen|gelogd|archiveren|gearchiveerd|save|saves|saved|store|stores|stored|"
           r"logged|recorded|write down|written down|note down|noted|archive|archived|registered|kept|"
           r"is kept|are kept|get kept)")
# Data words that on their own say "the writer's data" (not a bare "dit" or "this").
DATA = (r"(?:(?:mijn|my|m|de|the|dit|deze|this|these|onze|our) (?:naam|name|gegevens|details|data|"
        r"berichten|messages|gesprek|gesprekken|conversation|conversations|chat|chats|mails|e mails|"
        r"emails|ip|ip adres|ip address|nummer|number|identiteit|identity|info|informatie|information)|"
        r"wat ik (?:schrijf|zeg|vertel|typ|stuur|hier)|what i (?:write|say|tell|type|send)|"
        r"(?:dossier|dossiers|database|databank|archief|archive))")
PROTECTED = (r"(?:beschermd|protected|veilig|safe|geheim|secret|prive|private|vertrouwelijk|confidential|"
             r"afgeschermd|shielded)")
# Telling, reporting, passing on.
REPORT_V = (r"(?:aangeven|aangegeven|geeft (?:me|mij) aan|geven (?:me|mij) aan|melden|meldt|gemeld|"
            r"melding|doorgeven|doorgegeven|geeft door|geven door|doorsturen|inlichten|ingelicht|"
            r"waarschuwen|inschakelen|verraden|verlinken|verklikken|report|reports|reported|reporting|"
            r"turn (?:me )?in|rat (?:me )?out|grass|snitch|inform|informs|pass (?:it |this |that )?on|"
            r"passes on|hand over|forward)")
TELL_V = (r"(?:vertellen|vertel|vertelt|zeggen|zeg|opbiechten|biechten|bespreken|uitleggen|inlichten|"
          r"informeren|laten weten|op de hoogte (?:brengen|stellen)|in vertrouwen nemen|open kaart spelen|"
          r"eerlijk (?:zijn|worden)|tell|telling|explain|confess|inform|let (?:him|her|them) know|"
          r"break (?:it|this|the news) to|"
          r"open up|come clean|confide in|be honest|bring (?:it|this) up|talk to|talk with|discuss)")
STOP_V = (r"(?:stopt|stoppen|stop|stops|stopped|afhaakt|afhaken|haakt af|weigert|weigeren|refuses?|"
          r"refused|wegstuurt|wegsturen|stuurt (?:me|mij) weg|laat (?:me|mij) vallen|laten vallen|"
          r"opgeeft|opgeven|geeft (?:me|mij) op|drops?|dropped|dumps?|dumpt|ditch(?:es)?|gives? up|"
          r"give up on|gave up on|ends?|beeindigt|beeindigen|niet meer (?:wil|wilt|kan|helpt|ziet)|"
          r"niet (?:meer )?(?:met (?:me|mij) )?verder (?:wil|wilt|kan|gaat)|wont (?:see|help|treat)|"
          r"no longer|doesnt want|dont want|quit|quits|quitting|walk away|walks away|leave me|leaves me|"
          r"abandon|abandons|stop seeing|stop treating|verlaat (?:me|mij)|in de steek|doorverwijst|"
          r"ophoudt|ophouden|houdt op|ermee ophoudt|ermee stopt|"
          r"doorverwijzen|verwijst (?:me|mij) door|refers? me|pass(?:es)? me on|overdraagt|overdragen|"
          r"hand(?:s)? me over|"
          r"wants? nothing|cant (?:help|treat)|not (?:see|help|treat) me)")
HOW = r"(?:hoe|how)"

EXTRA: dict[str, tuple[tuple[float, str], ...]] = {
    "anonymity": (
        # someone other than the writer seeing or tracing who wrote: "kan iemand achterhalen dat ik
        # dit gestuurd heb", "lezen er anderen mee met dit gesprek", "can u see my ip"
        (1.0, OTHERS + " " + G3 + SEE_V + " " + G4 + IDENT),
        (1.0, SEE_V + " " + G2 + OTHERS + " " + G4 + IDENT),
        # something kept: "do u save what i write", "wordt mijn naam ergens genoteerd", "komt dit in
        # een dossier met mijn naam", "houden jullie bij wat ik vertel"
        (1.0, near(STORE_V, DATA, G4)),
        (1.0, r"(?:houden|slaan) (?:jullie|julie|ze|u) " + G2 + r"(?:bij|op)(?= (?:\||$|wat|of|wie|"
              r"hoe|welke))|(?:keep|keeps|kept) (?:a )?(?:record|records|copy|copies|log|logs|track) "
              r"(?:of )?(?:me|my|this|these|the|what|our|it)|(?:keep|keeps|kept) (?:my|these|our|the) "
              r"(?:messages|chats?|conversations?|data|details|name|e ?mails)"),
        (1.0, near(r"(?:dossier|file|systeem|system|database|register|archief|archive)",
                   r"(?:mijn|my|m) (?:naam|name|gegevens|details|identiteit|identity)", G6)),
        # giving one's name, in either order: "mijn naam hoef ik toch niet te geven?"
        (1.0, r"(?:mijn|my) (?:naam|name|gegevens|details|echte naam|real name) " + G4 + r"(?:te )?(?:geven|"
              r"noemen|zeggen|opgeven|doorgeven|give|say|share|provide|tell you)"),
        # being recognised: "word ik herkend als ik via mijn werkmail schrijf", "am i identifiable"
        (1.0, r"(?:word|wordt|ben|am|will|can|could|kan) (?:ik|i|je|you) " + G2 + r"(?:herkend|herkenbaar|"
              r"geidentificeerd|identified|identifiable|recognised|recognized|recognisable|traceerbaar|"
              r"traceable|opgespoord|be traced|worden getraceerd)"),
        # who reads: "wie leest mijn berichten", "who sees what i write"
        (1.0, r"(?:wie|who) " + G2 + r"(?:leest|lezen|reads|read|sees|see|ziet|zien|krijgt|gets|"
              r"handles|behandelt) " + G2 + r"(?:mijn|my|deze|these|the|de|dit|this|wat ik|what i) "
              + G1 + r"(?:berichten|messages|chat|chats|mails|emails|e mails|gesprek|conversation|"
              r"schrijf|write|vraag|question)"),
        (1.0, r"(?:encrypted|versleuteld|encryption|versleuteling|end to end|beveiligde verbinding|"
              r"secure connection)"),
        # "is my identity protected", "blijft mijn naam veilig"
        (1.0, near(r"(?:mijn|my|m) (?:naam|name|identiteit|identity|gegevens|details|data|privacy|"
                   r"berichten|messages)", PROTECTED, G3)),
    ),
    "police": (
        # "gaan jullie mij aangeven", "will you report me", "verlinken jullie me"
        (1.0, r"(?:jullie|julie|u|you|you guys|ze|they|de hulplijn|the helpline|de chat|the chat) " + G3
              + r"(?:me|mij) " + G2 + r"(?:aangeven|melden|verraden|verlinken|verklikken|rapporteren|"
              r"doorgeven|doorverwijzen naar de politie)"),
        (1.0, r"(?:jullie|julie|u|you|you guys|ze|they) " + G3 + r"(?:report|turn|rat|hand|give) "
              r"(?:me|myself) (?:in|out|over|up|to)?"),
        # the authorities named: "verplicht om dit aan de politie te melden", "report me to the
        # authorities", "get in trouble with the law"
        (1.0, near(r"(?:autoriteiten|authorities|instanties|justitie|the law|de wet|het om|"
                   r"openbaar ministerie|de officier)", REPORT_V, G6)),
        # a report against the writer: "wordt er aangifte tegen mij gedaan", "will charges be pressed"
        (1.0, r"aangifte (?:tegen|van) (?:mij|me)|(?:word|wordt) (?:ik|er) " + G3 + r"aangegeven|"
              r"(?:charges|a report|a complaint) " + G2 + r"(?:against|on) me|press charges against me|"
              r"(?:will|would|could|can) (?:i|someone|they) " + G2 + r"(?:report|charge) me"),
        # the police reaching the writer through us: "kan de politie via jullie bij mij terechtkomen",
        # "do you work together with the police", "werken jullie samen met justitie"
        (1.0, near(POLICE, r"(?:via|through) (?:jullie|julie|u|you|deze chat|this chat|dit gesprek|"
                           r"this conversation|de hulplijn|the helpline|this service|deze dienst|hier|here)",
                   G6)),
        (1.0, r"(?:jullie|julie|u|you|you guys|your (?:service|organisation|organization)) " + G3
              + r"(?:werken|work|samenwerken|cooperate|collaborate|contact|in contact|linked|verbonden|"
              r"connected|share|delen) " + G3 + r"(?:met|with) " + G1 + POLICE),
        (1.0, r"(?:trouble|problemen|problems|consequences|gevolgen|in de problemen|in trouble) " + G3
              + r"(?:with|met|from|van) (?:the law|de wet|justitie|the police|de politie|politie|police|"
              r"the authorities|de autoriteiten)"),
        (1.0, near(POLICE, r"(?:verplicht|obliged|required|must|moeten|moet|have to|has to|plicht|"
                           r"duty)", G6) + r"(?= " + gap(12) + r"(?:melden|report|doorgeven|inlichten|"
                           r"bellen|call|tell|inform|pass|aangeven))"),
    ),
    "bad_person": (
        # a pejorative name for oneself asked or said: "ben ik een engerd", "am i a creep", "im such a
        # bad guy", "ik voel me een smeerlap"
        (1.0, r"(?:ben ik|am i|im|i am|ik ben|voel (?:me|mij)|feel like|ik voel me) (?:nou |nu |dan |echt |"
              r"really |just |gewoon |toch |such |zo n |zon |so )?(?:een |a |an )?(?:slechterik|engerd|"
              r"griezel|schurk|smeerlap|viezerik|viespeuk|vuilak|rotzak|klootzak|ellendeling|schoft|"
              r"monster|beest|creep|pervert|perv|sicko|scumbag|villain|lowlife|bad guy|bad man|bad one|"
              r"evil man|terrible man|horrible man|bad soul|lost cause)"),
        # a judgement of oneself, then asked back: "ik vind mezelf walgelijk, ben ik dat ook?"
        (0.6, r"(?:vind|find|consider|noem|call|zie) (?:mezelf|mijzelf|myself) " + G1 + r"(?:walgelijk|"
              r"slecht|vies|smerig|verschrikkelijk|vreselijk|een monster|gestoord|ziek|disgusting|bad|evil|"
              r"a monster|sick|horrible|terrible|awful|a creep|pervers|a pervert)"),
        (0.5, r"(?:ben ik|am i) (?:dat|het|that|it|one|er een|een|zo) ?(?:ook|echt|nou|dan|really|too|"
              r"also)?(?= (?:\||$))"),
        # what it says about the writer: "zegt dit iets over wie ik ben als mens"
        (1.0, r"(?:zegt|says|say) (?:dit|dat|het|this|that|it) " + G2 + r"(?:over|about) (?:wie ik ben|"
              r"who i am|mij|me|my character|mijn karakter|mij als mens|me as a person)"),
        (1.0, r"(?:are|zijn) (?:people|mensen|men|mannen|women|vrouwen) (?:like me|zoals ik) " + G2
              + r"(?:evil|bad|monsters|slecht|slechte mensen|monsters|verschrikkelijk)"),
    ),
    "am_i_alone": (
        # someone else struggling with it too: "is er nog iemand die hiermee worstelt", "do many people
        # struggle with this", "hebben veel mensen dit"
        (1.0, r"(?:is er|zijn er|are there|is there|bestaan er|bestaat er|do there exist|heeft|hebben|do|"
              r"does) (?:nog |ook |more |other |"
              r"andere |veel |many |lots of |meer )?(?:iemand|mensen|people|anyone|someone|others|anderen|"
              r"men|women|mannen|vrouwen) " + G3 + r"(?:worstel\w*|struggl\w*|kamp\w*|lijd\w*|suffer\w*|"
              r"deal\w*|last van|dezelfde|the same|hetzelfde|zo zijn|like this|met dit probleem|"
              r"with this problem|met hetzelfde probleem|met deze gevoelens|with these feelings|"
              r"hiermee|hier mee|with this|met dit)"),
        # "do u get many messages from people like me", "krijgen jullie veel mensen zoals ik"
        (1.0, r"(?:you|u|jullie|julie) " + G2 + r"(?:get|receive|hear from|talk to|speak to|see|krijgen|"
              r"spreken|horen|zien) " + G3 + r"(?:many|lots|more|other|others|veel|vaker|andere|anderen|"
              r"meer) " + G3 + r"(?:people|mensen|messages|berichten|men|mannen|women|vrouwen|anderen|"
              r"others|like me|zoals ik)"),
        (1.0, r"(?:anyone else|anybody else|someone else|other people|others|iemand anders|andere mensen|"
              r"anderen|nog iemand) " + G4 + r"(?:have|has|hebben|heeft|feel|feels|voelen|voelt|think|"
              r"denken|struggle|worstelen|deal|experience|ervaren) " + G2 + r"(?:this|these|that|those|dit|"
              r"deze|dat|die|such|zulke|hetzelfde|the same|zo|soortgelijke|similar)"),
        # "zijn er mensen zoals ik?" (not "zijn er groepen voor mensen zoals ik": help), "heb ik als
        # enige dit probleem"
        (1.0, r"(?:zijn er|are there|is er|bestaan er|exist) (?:nog |ook |wel |meer |andere |other |more )?"
              r"(?:mensen|people|anderen|others|mannen|men|vrouwen|women) (?:zoals ik|like me)(?= (?:\||$))"),
        (1.0, r"(?:ik|i) " + G2 + r"(?:als (?:enige|enigste)|as the only one)"),
        (1.0, r"(?:many|lots of|veel|zoveel|so many) (?:other )?(?:people|mensen|anderen|others) " + G3
              + r"(?:struggl\w*|worstel\w*|have|hebben|feel|voelen|deal|kamp\w*|suffer\w*|lijd\w*)"),
    ),
    "coping_urges": (
        # verb families in any inflection after "how": "hoe kan ik voorkomen dat", "how do i not act on"
        (1.0, HOW + " " + G3 + r"(?:voorkomen|voorkom|tegenhouden|tegengaan|weerstaan|beheersen|"
              r"bedwingen|onderdrukken|stoppen|beheers|weersta|bedwing|onderdruk|rem|remmen|prevent|"
              r"resist|resisting|control|controlling|avoid|stop myself|keep myself|hold myself back)"),
        # keeping away from it: "hoe blijf ik weg van die sites", "how do i stay away from it"
        (1.0, HOW + " " + G3 + r"(?:blijf|blijven|hou|houd|stay|keep) (?:ik|je|i|you|me|myself|mezelf)? ?"
              + G1 + r"(?:weg|af|ver|uit de buurt|away|clear|off) (?:van|from|of)"),
        # staying clean: "hoe blijf ik clean", "how to stay clean", "how do i stay strong"
        (1.0, HOW + " " + G3 + r"(?:blijf|blijven|stay|remain|keep|hou|houd) (?:ik |i |je |you |me |"
              r"myself |mezelf )?(?:clean|schoon|sterk|strong|on track|abstinent|sober|nuchter|"
              r"op het goede pad|on the right track|in control|in controle)"),
        (1.0, r"(?:not|niet) (?:to )?(?:act on|give in to|handelen naar|ernaar handelen|er naar handelen|"
              r"toegeven aan|toe te geven aan|ingaan op|in te gaan op|act upon)"),
        (1.0, r"(?:" + HOW + r"|wat) " + G4 + r"(?:zorg|zorgen|make sure|ensure) " + G2
              + r"(?:dat|that) (?:ik|i) " + G2 + r"(?:niet|not|dont|never|nooit)"),
        (1.0, HOW + " " + G4 + r"(?:niet|not) " + G2 + r"(?:terugval|terug val|terugvallen|hervallen|"
              r"relapse|act|give in|toegeef|toegeven|kijk|kijken|look|search|zoek|zoeken)"),
    ),
    "what_now": (
        # asking for advice on the next step: "what am i supposed to do", "wat raad je me aan", "wat kan
        # ik het beste doen", "hoe pak ik dit aan", "wat moet ik hiermee"
        (1.0, r"what (?:am i|are we) (?:supposed|meant|expected) to do(?! (?:when|if|about|with|against|"
              r"to))"),
        (1.0, r"(?:how|hoe) (?:should|do|can|must|moet|kan|ga|zal) (?:i|ik|we) " + G1 + r"(?:proceed|go on|"
              r"continue|move forward|move on|verder|verdergaan|verder gaan|door|doorgaan)(?= (?:\||$|"
              r"from here|now|nu|vanaf hier|hiermee))"),
        (1.0, r"how (?:do|should|can|would) i (?:even |ever )?(?:start|begin)(?= (?:\||$))|"
              r"hoe (?:begin|start) (?:ik|je) (?:nu |dan |eraan |hieraan |daaraan )?(?= ?(?:\||$))"),
        (1.0, r"(?:wat zijn de|what are the|what are my|wat zijn mijn) (?:volgende |eerste |next |first )?"
              r"(?:stappen|steps)(?= (?:\||$|nu|now))"),
        (1.0, r"(?:welke|what|which|wat zijn de) " + G1 + r"(?:stappen|steps|stap|step) " + G3
              + r"(?:nemen|zetten|take|make|doen|ondernemen|volgen|follow)"),
        # "wat zou jij doen als je mij was", "what would you do in my shoes", "wat zou je me aanraden"
        (1.0, r"(?:wat|what) (?:zou|would|should) (?:jij|je|u|jullie|you) " + G2 + r"(?:doen|do|aanraden|"
              r"adviseren|advise|suggest|recommend)(?= (?:\||$|als (?:je|jij|u) (?:mij|ik) (?:was|waart|"
              r"bent)|in mijn (?:plaats|schoenen|geval)|if you were me|in my (?:shoes|place|position|"
              r"situation)|me|mij|nu|now))"),
        (1.0, r"wat (?:raad|raadt|adviseer|adviseert|adviseren|raden) (?:je|jij|jullie|u) (?:me|mij) "
              r"(?:aan)?|what (?:do|would|can) (?:you|u) (?:advise|suggest|recommend)(?: me)?"
              r"(?: to do)?(?= (?:\||$|now|next|here))"),
        (1.0, r"wat (?:kan|moet|zou) (?:ik|k) (?:nu |nou |dan )?(?:het beste|best|het verstandigst) "
              r"(?:doen)?(?= (?:\||$|nu|nou))"),
        (1.0, r"hoe (?:pak|moet|kan|zou) (?:ik|k) (?:dit|dat|het|dit alles|this) " + G1 + r"(?:aan|aanpakken)"
              r"(?= (?:\||$))|how (?:do|should|can) i (?:tackle|approach) (?:this|it)(?= (?:\||$))"),
        (1.0, r"wat (?:moet|kan|zal|moeten) (?:ik|k|we) (?:nu |nou |dan )?(?:hiermee|ermee|daarmee|"
              r"hier mee|er mee|daar mee)(?= (?:\||$|nu|nou|dan|eigenlijk))"),
    ),
    "am_i_paedophile": (
        # what makes someone one, and asking whether a kind of attraction is it
        (1.0, r"(?:what|wat|when|wanneer) (?:makes|maakt|is|ben|are) (?:someone|somebody|iemand|a person|"
              r"je|you|one) " + G1 + r"(?:a |an |een )?(?:pedo|pedofiel|pedophile)"),
        (1.0, r"(?<![a-z0-9] )(?:is|zijn|telt|counts?|valt) (?!(?:my|mijn|m|mn|his|her|zijn|haar|he|she|"
              r"hij|zij|him|hem|that|this|die|deze|onze|our|your|je|jouw|jullie|someone|iemand) )"
              + G6 + r"(?:pedo|pedofiel|pedofilie|"
              r"pedophile|pedophilia|pedophilic)(?= (?:\||$|of|or|dan|then|too|ook))"),
        (1.0, r"(?:count|counts|tel ik|telt dat|classify|qualify|qualifies|val ik onder|valt dat onder|"
              r"go as|noem je (?:me|mij)|call me|considered|beschouwd) " + G3 + r"(?:a |an |als |een )?"
              r"(?:pedo|pedofiel|pedofiele|pedofilie|pedophile|pedophilia|pedophilic)"),
    ),
    "feelings_go_away": (
        # "will i always feel like this", "blijf ik altijd zo denken", "will i have this forever"
        (1.0, r"(?:will|shall|am|is) (?:i|it|this|that|these feelings|these thoughts|things) " + G2
              + r"(?:always|forever|for ever|ever) " + G2
              + r"(?:feel|think|want|be like this|be this way|be attracted|have (?:this|these|them|those|it|"
              r"such))"),
        (1.0, r"(?:blijf|houd|hou|heb|zal) (?:ik|k) " + G2 + r"(?:dit|dat|het|deze gevoelens|die gedachten|"
              r"deze gedachten|dat gevoel|die gevoelens)? ?" + G1 + r"(?:altijd|voor altijd|mijn hele leven|"
              r"levenslang|eeuwig)"),
        # something that takes them away: "is er een pil die dit weghaalt"
        (1.0, r"(?:die|that|which|dat|om|to) (?:dit|het|ze|deze gevoelens|die gevoelens|deze gedachten|it|"
              r"this|them|these feelings|these thoughts|the urges|de drang) " + G2 + r"(?:weghaalt|"
              r"wegneemt|weg haalt|weg neemt|weghalen|wegnemen|laat verdwijnen|takes away|take away|"
              r"removes|remove|cures|cure|fixes|laat stoppen|makes (?:it|them) go away)"),
        # "houdt dit ooit op?", "does it ever stop", "can these feelings be removed"
        (1.0, r"(?:houdt|houden|stopt|stoppen|eindigt|eindigen|ends|end|stops|stop) (?:dit|het|dat|ze|"
              r"deze gevoelens|this|it|they|these feelings) " + G2 + r"(?:ooit|ever|nog|eens|one day) ?"
              + G1 + r"(?:op|weer)?(?= (?:\||$))"),
        (1.0, r"(?:feelings|thoughts|urges|attraction|gevoelens|gedachten|aantrekking|it|this|they|ze|dit|"
              r"het) " + G2 + r"(?:be removed|be taken away|worden verwijderd|worden weggenomen|"
              r"worden weggehaald)"),
        (1.0, r"(?:trained|talked|prayed|taken|worked|therapied|treated) away|(?:weggetraind|weggenomen|"
              r"weg te trainen|weg te nemen|weg te krijgen|weggewerkt|weg getraind)"),
        # separable Dutch verbs: "kan ik hier ooit vanaf komen", "raak ik dit ooit kwijt"
        (1.0, r"(?:hier|er|daar|ervan|hiervan|daarvan) " + G3 + r"(?:vanaf|van af|af) (?:komen|raken|"
              r"geraken|zijn)"),
        (1.0, r"(?:raak|raken|geraak|geraken|kom|komen) (?:ik|je|we) " + G4 + r"(?:kwijt|vanaf)"),
    ),
    "future": (
        # "will i end up alone forever", "is my life ruined", "blijf ik alleen voor altijd"
        (1.0, r"(?:end up|eindig|beland|belanden|blijf|stay|be) (?:ik |i )?" + G2
              + r"(?:alone|alleen|eenzaam|lonely|single) " + G2
              + r"(?:forever|for ever|voor altijd|altijd|mijn hele leven|my whole life|for the rest)"),
        (1.0, r"(?:hoop|hope|kans|chance) (?:voor|for) (?:mij|me|mensen zoals ik|people like me|"
              r"iemand zoals ik|someone like me|us|ons)"),
        (1.0, r"(?:is|wordt|was|gaat|will) (?:my|mijn|m) (?:life|leven) " + G2 + r"(?:ruined|over|kapot|"
              r"verpest|voorbij|finished|destroyed|done|verwoest|be ruined|be over)(?= (?:\||$|now|nu|nou|"
              r"forever|voor altijd|door|because|omdat))"),
    ),
    "help_available": (
        # a name asked for: "do you know a therapist for this", "kunnen jullie een psycholoog aanraden"
        (1.0, r"(?:do you|kennen jullie|ken je|ken jij|weet je|weten jullie|can you|could you|kunnen "
              r"jullie|kunt u|kan je) " + G2 + r"(?:know|ken|kennen|recommend|aanraden|aanbevelen|suggest|"
              r"refer me to|noemen|name) " + G2 + r"(?:a |an |een |any |goede |good )?(?:therapist|therapeut|"
              r"psycholoog|psychologist|specialist|hulpverlener|kliniek|clinic|programma|program|programme|"
              r"group|groep|seksuoloog|sexologist|psychiater|psychiatrist)"),
        # what we offer: "wat bieden jullie precies", "what exactly do you offer"
        (1.0, r"wat (?:bieden|doen|geven) (?:jullie|julie|u) " + G1 + r"(?:precies|eigenlijk|allemaal|aan|"
              r"zoal|concreet)?(?= (?:\||$|voor|for))|what (?:exactly )?(?:do you|does your service|"
              r"can you|does this service) (?:exactly )?(?:offer|provide|do)(?= (?:\||$|exactly|for))"),
        # where to go with it, or somewhere else: "waar kan ik heen met dit probleem", "of moet ik
        # ergens anders heen", "where do i go with this"
        (1.0, r"(?:waar|where) (?:kan|moet|kun|can|should|do|could) (?:ik|i|je|you|we) " + G2
              + r"(?:heen|naartoe|terecht|go|turn) (?:met|with|for) (?:dit|this|deze|these|mijn|my|zo n|"
              r"such|dat|that|het|it|die|those)"),
        (1.0, r"(?:moet|kan|kun|should|can|could|do) (?:ik|i|je|you) " + G1 + r"(?:ergens anders|elders|"
              r"somewhere else|elsewhere|anywhere else) " + G1 + r"(?:heen|terecht|naartoe|go|zoeken|look|"
              r"aankloppen|turn)?"),
    ),
    "gp_report": (
        # the GP named, then feared to pass it on: "naar de dokter maar ik ben bang dat hij het meldt";
        # "if i tell my gp will it go on my file and be reported"
        (1.0, GP + " " + G8 + r"(?:bang|afraid|scared|worried|vrees|fear|ongerust) " + G3
              + r"(?:hij|zij|ze|die|he|she|they|it|het|dit) " + G2 + r"(?:meldt|melden|doorgeeft|doorgeven|"
              r"report|reports|reported|aangeeft|aangeven|tells|tell|belt|calls|inlicht|gemeld)"),
        (1.0, r"(?:tell|vertel|vertellen|zeg|zeggen|bespreek|bespreken|mention|share) " + G2 + GP + " "
              + G8 + r"(?:reported|report|gemeld|melden|melding|doorgegeven|doorgeven|on (?:my|the) file|"
              r"in (?:mijn|het) dossier|on record|passed on|police|politie)"),
        # "kan ik het veilig aan mijn huisarts vertellen", "should i tell my doctor", "geeft de
        # huisarts dat door", "does a doctor have to report this"
        (1.0, r"(?:kan|kun|mag|durf|moet|zou|should|can|could|may|is it safe to|is het veilig om|"
              r"is het verstandig om|veilig|safe|safely) " + G4 + r"(?:vertellen|vertel|zeggen|bespreken|"
              r"tell|discuss|mention|share|bring up|open up) " + G2 + r"(?:aan |to |met |with |tegen |"
              r"bij )?(?:mijn |my |de |the |een |a )?" + GP + "|"
              r"(?:kan|kun|mag|durf|moet|zou|should|can|could|may|veilig|safe|safely) " + G4 + r"(?:aan |to |"
              r"met |with |tegen |bij )(?:mijn |my |de |the |een |a )?" + GP + " " + G2
              + r"(?:vertellen|zeggen|bespreken|tell|discuss|mention|share)"),
        (1.0, r"(?:geeft|gaat|zal|moet|mag|kan|vertelt|meldt|belt|licht|will|would|does|do|can|must|has|"
              r"have) (?:de |mijn |een |"
              r"my |the |a |your )?" + GP + " " + G4 + r"(?:door|doorgeven|doorvertellen|melden|melding|"
              r"report|aangeven|inlichten|verder vertellen|tell|pass|share|snitch|rapporteren|"
              r"doorvertellen)"),
        (1.0, r"(?:bang|afraid|scared|worried|vrees|fear|ongerust) " + G4 + GP + " " + G4
              + r"(?:meldt|melden|melding|doorgeeft|doorgeven|report|reports|tell|tells|aangeeft|"
              r"aangeven|belt|calls|inlicht)"),
    ),
    "tell_partner": (
        (1.0, r"(?:moet|zal|kan|zou|wil|should|must|can|shall|do i) (?:ik|i) " + G2 + r"(?:mijn|my|m) "
              + PARTNER + " " + G2 + r"(?:inlichten|informeren|inform|op de hoogte brengen|op de hoogte "
              r"stellen|in vertrouwen nemen|vertellen|tell|confide in|let (?:her|him) know)"),
        (1.0, r"(?:hoe|how) " + G4 + TELL_V + " " + G3 + r"(?:aan |to |with |met |tegen |bij )?(?:mijn|my|m) "
              + PARTNER),
        # the partner named before, then "her"/"him": "mijn vrouw weet van niks. moet ik het haar zeggen?"
        # (0.7 + the partner named: 0.3)
        (0.7, r"(?:moet|zal|kan|zou|wil|should|must|do|shall) (?:ik|i) " + G2 + r"(?:haar|hem|her|him) "
              + G2 + r"(?:vertellen|zeggen|opbiechten|tell|inlichten|informeren|inform)|(?:vertel|zeg) "
              r"(?:ik|i)? ?(?:het |dit |it |this )?(?:haar|hem|her|him)"),
        # separable Dutch verbs: "hoe leg ik dit uit aan mijn partner", "hoe breng ik het mijn vrouw"
        (1.0, r"(?:leg|breng|biecht|kaart|vertel|zeg) (?:ik|je|het|dit) " + G3 + r"(?:uit |op |aan |over )?"
              r"(?:aan|tegen|bij|met) (?:mijn|m) " + PARTNER),
        (1.0, r"(?:be honest|eerlijk zijn|eerlijk worden|open kaart spelen|come clean|open up) " + G2
              + r"(?:with|to|tegen|tegenover|naar|met|bij) (?:mijn|my|m) " + PARTNER),
    ),
    "counsellor_stops": (
        # "wat als mijn hulpverlener ermee stopt", "what if my counselor gives up on me", "what happens
        # if my therapist won't see me anymore"
        (1.0, r"(?:wat als|what if|stel dat|what happens if|what happens when|wat gebeurt er als|"
              r"wat gebeurt er wanneer|wat doe ik (?:als|wanneer)|what (?:do|should|can) i do (?:if|when)|"
              r"en als|and if|(?:bang|afraid|scared|worried|vrees|fear)(?: dat| that)?) " + G3
              + CARER + " " + G6 + STOP_V),
        # the helper named just before: "Mijn psycholoog weet ervan. Maar wat als zij mij doorverwijst
        # en niemand mij nog wil?" (0.6 here + 0.6 for the helper named)
        (0.6, r"(?:wat als|what if|stel dat|bang dat|afraid that|scared that|worried that) " + G2
              + r"(?:hij|zij|ze|he|she|they|die) " + G3 + STOP_V),
        (0.6, r"(?:wat als|what if|stel dat|bang dat|afraid that|scared that|worried that) " + G8
              + r"(?:niemand|nobody|no one) (?:mij |me )?(?:nog |meer |anymore |then )?(?:wil|wants|will|"
              r"would)"),
        # the question inverted: "stopt mijn therapeut als ik alles vertel", "will my therapist drop me"
        (1.0, r"(?<![a-z0-9] )(?:stopt|weigert|haakt|dumpt|stuurt|laat|gaat|wil|will|would|does|could|"
              r"might|can) (?:mijn|m|de|my|the) " + CARER + " " + G2 + r"(?:" + STOP_V + r"|af|weg|"
              r"vallen|(?:niet|not) meer|als|if|when|dan|then|$|\|)"),
        (1.0, r"(?:mijn|my|m) " + CARER + " " + G3 + r"(?:zegt|zei|says|said|vindt|thinks) " + G4
              + r"(?:niet (?:kan|meer) (?:helpen|behandelen|begeleiden)|cant (?:help|treat)|can not (?:help|"
              r"treat)|cannot (?:help|treat)|no longer)"),
    ),
    "opening_hours": (
        # someone to reach at a time: "is er iemand die ik kan bellen vannacht", "can someone reach me
        # tonight"
        (1.0, r"(?:is er|zijn er|is there|are there|can|could|kan|kun) " + G1 + r"(?:iemand|someone|"
              r"anyone|somebody|anybody|mensen|people) " + G4 + r"(?:bellen|spreken|praten|chatten|reach|"
              r"call|talk|chat|bereiken|contact|answer|antwoorden) " + G3 + r"(?:vannacht|vanavond|"
              r"tonight|tomorrow|morgen|weekend|this weekend|dit weekend|at night|s nachts|s avonds|"
              r"zondag|zaterdag|sunday|saturday|kerst|christmas|late|laat)"),
        (1.0, r"(?:wanneer|when|hoe laat|what time) " + G4 + r"(?:kan|kun|can|could|do) (?:ik|i|je|you|we) "
              + G4 + r"(?:praten|spreken|talk|speak|chatten|chat|bellen|call|iemand|someone|somebody|"
              r"jullie|you)"),
        (1.0, r"(?:chat|phone|line|helpline|service|support|telephone) (?:hours|times|opening hours)|"
              r"hours of (?:the chat|the service|operation|the helpline)|"
              r"(?:chaturen|chattijden|beltijden|openingsuren)"),
        (1.0, r"(?:zijn|is|are|r) (?:jullie|julie|you|u|de chat|the chat|jullie chat|your chat) " + G2
              + r"(?:24 7|24 uur|dag en nacht|day and night|altijd|always|elke dag|every day|daily)"
              r"(?: (?:bereikbaar|open|available|beschikbaar|online))?"),
    ),
    "costs": (
        # "is this service free?", "is the chat free to use"
        (1.0, r"(?:is|are) (?:this|the|your|it|you) " + G2 + r"free(?= (?:\||$|of charge|to use|for "
              r"(?:everyone|me|people)|or))"),
        (1.0, r"(?:how much|hoeveel) (?:is|does|kost) (?:it|this|that|het|dit|dat|the chat|a session|een "
              r"gesprek|de chat)(?= (?:\||$|cost|kost))"),
        (1.0, r"(?:hoeveel|how much) " + G4 + r"(?:betalen|pay|kost|kosten|cost|costs|charge|rekenen)"),
        (1.0, r"(?:are there|is there|zijn er|zitten er|any) " + G2 + r"(?:kosten|costs|fees|charges|"
              r"kosten aan verbonden)"),
    ),
}

# What the writer says they are not asking about, up to the next comma, "maar"/"but" or sentence end.
NEGATED_BODY = (
    r"(?:\bi'?m not|\bi am not|\bnot|\bniet) (?:really |even |so much )?(?:asking|worried|concerned|"
    r"interested|bothered|scared|afraid|bezorgd|ongerust|bang|geinteresseerd)(?: (?:about|for|of|over|"
    r"om|voor|dat|that|naar|in))?[^,.;:?!\n]*?(?=[,.;:?!\n]|\s(?:but|maar|i just|ik wil|alleen|just|"
    r"i only|i want|wel)\b|$)|"
    r"\b(?:i )?don'?t (?:care|need to know|want to know|mind) (?:about|what|if|whether|how)"
    r"[^,.;:?!\n]*?(?=[,.;:?!\n]|\s(?:but|maar|i just|just|i only|i want)\b|$)|"
    r"\b(?:no|not a) questions? (?:about|on|regarding)[^,.;:?!\n]*?(?=[,.;:?!\n]|\s(?:but|just|i just|"
    r"i only|i want)\b|$)|"
    r"\b(?:ik vraag (?:niet|niks|niets|ook niet)|ik wil (?:niet|niks|niets) weten|ik hoef (?:niet|niks|"
    r"niets) te weten) (?:naar|over|om|wat|of|hoe|hoeveel|wanneer)"
    r"[^,.;:?!\n]*?(?=[,.;:?!\n]|\s(?:maar|alleen|wel|ik wil)\b|$)|"
    r"\bgeen vra(?:ag|gen) (?:over|naar|bij|om)[^,.;:?!\n]*?(?=[,.;:?!\n]|\s(?:maar|alleen|wel|"
    r"ik wil)\b|$)|"
    r"\b(?:het )?gaat (?:mij |me )?(?:niet|nie) (?:om|over)[^,.;:?!\n]*?(?=[,.;:?!\n]|\s(?:maar|"
    r"alleen|wel|ik wil)\b|$)|"
    r"\bmaak (?:me|mij|ik me) geen zorgen (?:over|om)[^,.;:?!\n]*?(?=[,.;:?!\n]|\s(?:maar|alleen|wel|"
    r"ik wil)\b|$)"
)
# Words every NEGATED span contains; most messages have none and skip the substitution.
_NEG_HINTS = ("asking", "worried", "concerned", "interested", "bothered", "scared", "afraid", "bezorgd",
              "ongerust", "bang", "geinteresseerd", "care", "mind", "need to know", "want to know",
              "question", "vraag", "vragen", "weten", "gaat", "zorgen")


def strip_negated(text: str) -> str:
    """The message without the topics it says it is not asking about."""
    low = text.lower()
    if not any(h in low for h in _NEG_HINTS):
        return text
    return _negated().sub(" ", text)


@lru_cache(maxsize=1)
def _negated() -> re.Pattern[str]:
    """NEGATED_BODY compiled on first need: most messages never need it."""
    return re.compile(NEGATED_BODY, re.IGNORECASE)

# --- a topic asked about in a short question --------------------------------------------------
# A short question that names the topic of exactly one FAQ and no other ("gaat de politie hiervan
# horen?", "is it rare to have these feelings?", "is dit iets wat overgaat?") is that FAQ, even
# in a form no cue above foresaw. Only topic words that are specific to one answer count; ids
# whose topic needs a relation (telling a partner, a GP or helper acting) are left to the cues.
# Such an answer is never a second answer, and vetoes, negative cues and the third-party rule
# apply as for any cue.
TOPIC_Q: dict[str, str] = {
    "anonymity": (r"anoniem|anonymous|anonymously|anonimiteit|anonymity|privacy|prive|private|"
                  r"vertrouwelijk|confidential|herleidbaar|herleiden|terug te leiden|traceerbaar|traceable|"
                  r"traced|tracked|getraceerd|opgeslagen|stored|bewaard|saved|recorded|gelogd|logged|"
                  r"onder ons|between us|tussen ons|identiteit|identity|herkend|recognised|recognized|"
                  r"identified|ip adres|ip address"),
    "police": (r"politie|police|cops|justitie|de wet|the law|opgepakt|oppakken|pakken ze|arrested|arrest|"
               r"gearresteerd|gevangenis|prison|jail|strafbaar|illegal|vervolgd|prosecuted|"
               r"in trouble|into trouble|in de problemen|strafblad|criminal record|aangeven|turn me in|"
               r"in de cel|gestraft|bestraft|straf|punished|punishment|strafrechtelijk|veroordeeld|"
               r"convicted|charged"),
    "bad_person": (r"slecht mens|slechte mens|slecht persoon|slechte persoon|bad person|bad human|"
                   r"evil|monster|beest|gestoord|gestoorde|walgelijk|disgusting|fout bezig|"
                   r"verdorven|pervers|perverse|a creep|a pervert|een viezerik|een engerd|"
                   r"slecht van mij|wrong of me|bad of me"),
    "am_i_alone": (r"de enige|de enigste|the only one|alone in this|alleen hierin|zeldzaam|"
                   r"(?:is (?:it|this|that)|how|so) rare|common|"
                   r"veel voor|vaak voor|zoveel mensen|so many people|how many people|hoeveel mensen|"
                   r"others too|anderen ook|meer mensen|more people"),
    "coping_urges": (r"drang|urge|urges|impuls|impulsen|impulse|neiging|neigingen|verleiding|temptation|"
                     r"craving|cravings|terugval|terugvallen|relapse|relapsing|toegeven|give in|"
                     r"om te stoppen|stoppen met kijken|stop looking|stop watching"),
    "what_now": (r"wijsheid|volgende stap|next step|wat nu|what now|what next|verder moet|go from here|"
                 r"wat te doen|what to do"),
    "am_i_paedophile": (r"pedo|pedofiel|pedofiele|pedofilie|pedophile|pedophilia|pedophilic|paedophile|"
                        r"paedophilic"),
    "feelings_go_away": (r"overgaat|overgaan|weggaat|weggaan|verdwijnt|verdwijnen|go away|goes away|"
                         r"disappear|disappears|fade|fades|genezen|te genezen|geneesbaar|cure|cured|"
                         r"curable|kwijtraken|kwijt raken|rid of|uit mijn hoofd|out of my head|"
                         r"met de jaren|with time|with age|vanzelf|permanent|blijvend|voorgoed|for good|"
                         r"forever|voor altijd|for life|levenslang"),
    # (Not "trouwen", "gezin": "mijn vriendin en ik gaan trouwen, mag ik haar meenemen?")
    "future": (r"toekomst|future|normaal leven|normal life|normaal bestaan|hoop voor|hope for|"
               r"perspectief|ooit nog wat"),
    "help_available": (r"hulpaanbod|vormen van hulp|soorten hulp|kinds of help|types of help|"
                       r"welke hulp|what help|terecht|zelfhulp|self help|programma|programme|program|"
                       r"lotgenoten|support group"),
    # (Not "open", "free", "pay", "cost": "open zijn tegen mijn vrouw", "free of these thoughts",
    # "pay for what i did", "will this cost me my marriage".)
    "opening_hours": r"openingstijden|opening hours|geopend|bereikbaar|reachable|your hours|chat hours",
    "costs": (r"gratis|kosteloos|prijs|price|tarief|fee|fees|vergoed|vergoeding|reimbursed|"
              r"eigen risico|eigen bijdrage"),
}
TOPIC_Q_MAX_WORDS = 16
# A question this short leans on the sentence before ("Het lukt me niet om te stoppen. Hoe doe ik
# dat?"): that sentence's topic counts too.
TOPIC_Q_LEAN_WORDS = 5
# Questions about the writer themselves: only with the writer in the sentence ("Is my uncle a
# pedophile?" is not the writer's question).
TOPIC_Q_SELF = frozenset({"bad_person", "am_i_paedophile"})
FIRST_PERSON = r"ik|i|im|ive|me|mij|mezelf|mijzelf|myself|mijn|my"
THIRD_PERSON = (r"hij|zij|he|she|him|hem|his|haar|her|mijn (?:man|vriend|oom|vader|broer|zoon|"
                r"buurman|collega)|my (?:husband|boyfriend|uncle|father|dad|brother|son|neighbour|neighbor|"
                r"colleague)")
# Sentences that ask without "?" and without the openers of handlers.faq_cues: a verb before its
# subject ("krijg ik dit ooit uit mijn hoofd", "raak ik dit kwijt") or a question phrase ("bij wie
# kan ik terecht").
VERB_FIRST = (r"^(?:krijg|krijgt|raak|raakt|word|wordt|ga|gaat|gaan|heb|hebt|zie|ziet|zien|weet|weten|"
              r"blijf|blijft|kom|komt|komen|lees|leest|lezen|bewaren|bewaart|houden|houdt|melden|meldt|"
              r"geven|geeft|verdwijnt|verdwijnen|helpen|helpt|werkt|werken|doen|doet|pakken|pakt|stopt|"
              r"stoppen|moeten|mogen|kunnen|zullen|zouden|wil|wilt|willen|betekent|betekenen) "
              r"(?:ik|je|jij|jullie|julie|u|het|dit|dat|er|ze|zij|we|de|mijn|m)\b|"
              r"^(?:bij wie|met wie|naar wie|van wie|op welke|in welke|vanaf wanneer|tot wanneer|"
              r"with whom|to whom|by whom|is it true|klopt het)\b")
