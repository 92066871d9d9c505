"""Weighted cue patterns for the FAQ matcher, on normalised text (see handlers.normalise).

Each FAQ id has cues: a regular expression over lowercase ASCII words and a weight. A message
reaches an id when its cues add up to at least 1.0. One strong cue (the question itself in
other words) weighs 1.0; a weak cue (a topic word) needs a second cue that says what is asked.
Vetoes name situations that share words with a FAQ but ask something else (a specific case,
a victim's question, a professional's case); the matcher abstains there.

Patterns are written for both Dutch (including Flemish) and English: the words rarely collide.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Cue:
    weight: float
    pattern: re.Pattern[str]


def _rx(body: str) -> re.Pattern[str]:
    """A cue as whole words: searched in text padded with spaces (" ... "), which lets the regex
    engine skip ahead to word starts; several times faster than look-arounds."""
    return re.compile(" (?:" + body + ") ")


def gap(n: int) -> str:
    """Up to n words in between."""
    return rf"(?:[a-z0-9]+ ){{0,{n}}}"


G1, G2, G3, G4, G6 = gap(1), gap(2), gap(3), gap(4), gap(6)

# Shared vocabulary.
ME = r"(?:ik|me|mij|mezelf|mijzelf|i|im|me|myself|ikzelf)"
PARTNER = (r"(?:partner|vriendin|vriend|vrouw|man|echtgenoot|echtgenote|lief|liefje|wederhelft|husband|wife|"
           r"girlfriend|boyfriend|spouse|fiance|fiancee|verloofde|gf|bf|vrouwtje|wifey|lover)")
CARER = (r"(?:begeleider|begeleiders|behandelaar|behandelaars|therapeut|therapist|psycholoog|psychologist|"
         r"counsellor|hulpverlener|coach|psychiater|psychiatrist|wijkteam|case manager|casemanager|"
         r"maatschappelijk werker|social worker|support worker|ambulant begeleider|sociaal werker)")
GP = r"(?:huisarts|dokter|doctor|gp|arts|family doctor|physician|huisartsenpraktijk|praktijkondersteuner|poh)"
POLICE = (r"(?:politie|police|cops|recherche|justitie|agenten|agent|zedenpolitie|de wouten|flikken|flik|"
          r"politiekers|zedenrecherche|law enforcement|wetshandhaving)")
# The service itself (jullie, you, this chat), as opposed to another service or a third party.
US = (r"(?:jullie|julie|gij|you|you guys|u|this service|the helpline|de hulplijn|this chat|de chat|deze chat|"
      r"the chat|your service|de helpdesk|stop it now)")
PEDO = (r"(?:pedo|pedofiel|pedofiele|pedofilie|pedophile|pedophilia|pedophilic|paedophilic|"
        r"pedofiele stoornis|pedophilic disorder|pedoseksueel|minor attracted|map)")
HOW = r"(?:hoe|how|op welke manier|in what way)"
TIMES = (r"(?:s nachts|snachts|nacht|night|at night|weekend|weekends|zaterdag|zondag|zaterdags|zondags|"
         r"saturday|sunday|saturdays|sundays|kerst|christmas|feestdag|feestdagen|holiday|holidays|vanavond|"
         r"tonight|vandaag|today|morgen|tomorrow|avond|evening|s avonds|24 7|24 uur|nu|now|pasen|easter|"
         r"oud en nieuw|new year|paasmaandag|tweede paasdag|easter monday|pinksteren|whitsun|hemelvaart|"
         r"koningsdag|kerstavond|christmas eve|oudjaar|nieuwjaarsdag|midden in de nacht|middle of the night|"
         r"maandag|monday|dinsdag|tuesday|woensdag|wednesday|donderdag|thursday|"
         r"vrijdag|friday|s ochtends|morning|ochtend|overdag|during the day|"
         r"(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:avond|nacht|ochtend|middag|s)|"
         r"(?:morgen|van)(?:ochtend|middag|avond|nacht)|tomorrow (?:morning|evening|night|afternoon)|"
         r"(?:mon|tues|wednes|thurs|fri|satur|sun)day (?:night|evening|morning|afternoon))")
FEEL_N = (r"(?:gevoelens|gevoel|gedachten|gedachtes|fantasieen|feelings|thoughts|attraction|urges|voorkeur|"
          r"dit|dat|het|this|it|ze|they|these|those|die|deze|mijn|my|the)")
FEELINGS = (r"(?:gevoelens|gevoel|gedachten|gedachtes|fantasieen|fantasie|fantasies|feelings|thoughts|"
            r"attraction|aantrekking|voorkeur|neiging|neigingen|interesse|verlangens|urges|dit|dat|het|"
            r"this|it)")

CUES: dict[str, tuple[tuple[float, str], ...]] = {
    "anonymity": (
        (1.0, r"anoniem|anonymous|anonymously|anonymity|anonimiteit|onherkenbaar"),
        (1.0, r"(?:wordt|worden|word|blijft|blijven|is|zijn) " + G4
              + r"(?:opgeslagen|bewaard|bijgehouden|gelogd|geregistreerd|vastgelegd|gearchiveerd|"
                r"gelezen door)"),
        (1.0, r"(?:do|does|will|would|can|could) (?:you|they|anyone|this|the chat|the site|your "
              r"counsellors|your staff|the counsellors) " + G2
              + r"(?:keep|store|save|log|record|track|trace|see|write down|take)"),
        (1.0, r"(?:keep|store|save|log|saved|stored|logged|recorded) " + G3
              + r"(?:records|logs|data|details|messages|chats|conversations|ip|emails|notes|a file|files|"
              r"a record|transcripts|history)"),
        (1.0, r"(?:maken|houden|schrijven) (?:jullie|julie|de hulpverleners|ze|u) " + G3
              + r"(?:aantekeningen|notities|verslag|verslagen|dossier|een dossier)"),
        (1.0, r"(?:houden|slaan) (?:jullie|julie|ze) " + G4 + r"(?:bij|op)"),
        (1.0, r"(?:ip|ip adres|ipadres|ip address|provider|isp|telefoonnummer|nummer|naam|name|number|"
              r"e mailadres|emailadres|mailadres|adres|address|account|gebruikersnaam|username|"
              r"telegram naam|profiel|profile|identiteit|identity|gegevens|details)"
              + r" " + G4 + r"(?:zien|ziet|achterhalen|traceren|trace|traced|track|tracked|see|herleiden|"
              r"opvragen|bewaren|bewaard|opslaan|vastleggen|find|know|weten|doorgeven|gebruiken)"),
        (1.0, r"(?:zien|ziet|achterhalen|traceren|trace|track|see|herleiden|find out|figure out|weten|know|"
              r"identify|identificeren|opsporen) " + G4
              + r"(?:(?:mijn|my) " + G2 + r"(?:ip|naam|name|nummer|number|telefoonnummer|adres|address|"
                r"mailadres|username|gebruikersnaam|handle|telegram|whatsapp|profiel|profile|"
                r"e mail|email|phone|telefoon|"
              r"identiteit|identity|account|gegevens|details|locatie|location)|wie ik ben|who i am|"
              r"(?:vanaf |from )?(?:welk|welke|which|what) (?:apparaat|device|computer|telefoon|phone|"
              r"locatie|location|adres|address|ip|plaats|stad|city)|"
              r"dat ik hier|"
              r"that i (?:was )?(?:here|wrote|contacted)|van welk adres|where (?:it|they|this) (?:came|come)|"
              r"waar ze vandaan)"),
        (1.0, r"(?:moet|hoef|need|have) (?:ik|i) " + G3 + r"(?:mijn |my )?(?:naam|name|gegevens|details)"
              + r" " + G3 + r"(?:noemen|zeggen|geven|opgeven|doorgeven|give|say|tell|share)"),
        (1.0, r"(?:give|tell|say|share|provide|noemen|geven) (?:you |jullie )?(?:my |mijn )?(?:real |echte )?"
              r"(?:name|naam|details|gegevens|identity|identiteit)"),
        (1.0, r"(?:is|blijft|stays?|remains?) (?:this|dit|het|the chat|de chat|this conversation|dit gesprek|"
              r"het gesprek|it|everything|alles) " + G2 + r"(?:private|prive|secret|geheim|confidential|"
              r"vertrouwelijk)"),
        (1.0, r"(?:weet|weten|know|knows|find out|ontdekken|ontdekt|zien|ziet|see|merken|notice) " + G3
              + r"(?:dat ik|that i|that ive) " + G3 + r"(?:geschreven|geweest|contact|gemaild|gechat|written|"
              r"wrote|contacted|messaged|chatted|here|hier|been here|getypt|typed|gevraagd|asked|gepraat|"
              r"talked|gebeld|called)"),
        (1.0, r"(?:hoeft|hoeven|needs to|need to|has to|have to) (?:niemand|nobody|no one|anyone) " + G2
              + r"(?:te )?(?:weten|know|find out)"),
        (1.0, r"(?:blijf|blijft|ben|stay|remain|am) (?:ik |i )?" + G2 + r"(?:onbekend|unknown|unidentified|"
              r"onherkenbaar|incognito|niet herkenbaar|unidentifiable)"),
        (1.0, r"(?:gaat|goes|go|komt|ends up|belandt) (?:dit|het|this|my|mijn|wat ik) " + G2
              + r"(?:gesprek|bericht|berichten|info|informatie|conversation|chat|messages|schrijf|"
              r"write) " + G2
              + r"(?:ergens|anywhere|somewhere|naar|to) " + G3 + r"(?:instantie|instanties|authorities|"
              r"autoriteiten|derden|third parties|anyone|iemand|naartoe|else)?"),
        (1.0, r"(?:delen|share|doorgeven|pass|sturen|send|forward|geven) " + G4 + r"(?:instantie|instanties|"
              r"authorities|autoriteiten|derden|third parties|third party)"),
        (1.0, r"(?:trace|traced|track|tracked|herleiden|herleid|terugleiden|terug te leiden|linked|koppelen) "
              + G4 + r"(?:back to me|naar mij|to me|tot mij|aan mij|naar me)"),
        (1.0, r"(?:zonder|without) (?:mijn |my )?(?:naam|name|gegevens|details|te zeggen wie)"),
        # "zonder dat ik mijn naam moet geven", "without giving my name"
        (1.0, r"(?:zonder dat ik|without (?:me )?(?:having to )?(?:give|giving|tell|telling|say|saying|share|"
              r"sharing)) " + G3 + r"(?:naam|name|gegevens|details|identiteit|identity|wie ik ben|who i am)"),
        # "kan er iemand van hier achter komen dat ik het was", "could anyone find out it was me"
        (1.0, r"(?:iemand|anyone|someone|anybody|mensen|people|niemand) " + G4 + r"(?:achter komen|erachter "
              r"komen|te weten komen|find out|figure out|ontdekken|merken|notice|know|weten) " + G2
              + r"(?:dat ik|that i|it was me|het ik was|wie ik ben|who i am)"),
        # "r u gonna track me down", "kunnen jullie mij traceren"
        (1.0, r"(?:you|u|jullie|julie) " + G3 + r"(?:track|trace|traceren|opsporen|hunt) (?:me|mij)|"
              r"(?:jullie|julie|u) " + G2 + r"(?:me|mij) " + G1 + r"(?:traceren|opsporen|natrekken)"),
        (0.6, r"(?:uitlekt|uitlekken|uitlekte|leak|leaks|leaked|gets out)"),
        # "whether my name ends up anywhere", "komt mijn naam ergens terecht"
        (1.0, r"(?:naam|name|gegevens|details|data|identiteit|identity) " + G3 + r"(?:ends? up|terechtkomt|"
              r"komt|belandt|appear|appears|go|goes|gaat|staat|gets? (?:written|passed|sent)) " + G3
              + r"(?:anywhere|ergens|somewhere|terecht|on file|written down|op papier|genoteerd)"),
        (1.0, r"(?:komt|komen|belandt|belanden|gaat|gaan|staat|staan|ends up|end up|go|goes) (?:mijn|my) "
              + G1 + r"(?:naam|name|gegevens|details|data|identiteit|identity) " + G3
              + r"(?:ergens|anywhere|somewhere|terecht|on file|op papier|genoteerd)"),
        # asking to have the conversation deleted: "kan ik mijn chatgeschiedenis laten verwijderen"
        (1.0, r"(?:kan|kun|kunnen|mag|wil|can|could|will|would|do) (?:ik|i|jullie|julie|you|u) " + G3
              + r"(?:mijn |my |de |the |dit |this |het |onze |our |deze )?"
              r"(?:chat|chatgeschiedenis|chat history|chatlog|gesprek|gesprekken|berichten|messages|"
              r"conversation|conversations|gegevens|data|history|geschiedenis) " + G3
              + r"(?:laten )?(?:verwijderen|wissen|deleten|delete|deleted|erase|erased|remove|removed|wipe|"
              r"wiped|vernietigen|destroy)"),
        (1.0, r"(?:delete|erase|remove|wipe|verwijder|verwijderen|wis) " + G2 + r"(?:my|mijn|our|onze|this|"
              r"deze|de|the) (?:chat|chat history|chatgeschiedenis|conversation|gesprek|messages|berichten|"
              r"data|gegevens)(?= " + G3 + r"(?:\||$|afterwards|achteraf|please|alsjeblieft|aub|"
              r"for me|voor mij|when|als|after|na))"),
        # "zonder dat iemand het te weten komt", "without anyone finding out", "without him ever knowing"
        (1.0, r"(?:zonder dat|without) " + G4 + r"(?:weet|weten|te weten komt|erachter komt|achter komt|"
              r"merkt|ontdekt|ziet|knowing|finding out|find out|noticing|knows|seeing)"),
        # where the writer's name or data ends up: a file, a system, a register
        (1.0, r"(?:naam|name|gegevens|details|data|identiteit|identity|berichten|messages|chat|gesprek) " + G4
              + r"(?:dossier|dossiers|systeem|system|database|register|registratie|records|file|files|"
              r"server|servers|bestand|archief|archive)"),
        # someone close finding out through us: "ziet mijn vrouw dit", "will my wife see it"
        (1.0, r"(?:ziet|zien|merkt|merken|ontdekt|ontdekken|weet|weten|vindt|komt) (?:mijn|m) " + G1
              + r"(?:vrouw|man|partner|vriendin|vriend|ouders|moeder|vader|familie|werkgever|baas|kinderen|"
              r"huisgenoot|huisgenoten|collega|collegas) " + G4 + r"(?:dit|dat|het|ervan|erachter|achter)"),
        (1.0, r"(?:will|can|could|would|does|might|do) (?:my|anyone in my) " + G1
              + r"(?:wife|husband|partner|girlfriend|boyfriend|gf|bf|parents|mum|mom|dad|family|employer|"
              r"boss|"
              r"kids|flatmate|roommate|colleagues) " + G2 + r"(?:see|notice|find out|know|discover|read)"),
        # who can read it, and whether it is deleted
        (1.0, r"(?:who|wie) " + G4 + r"(?:can|kan|kunnen|could|will|gets to|mag|mogen) " + G2
              + r"(?:read|lezen|see|zien|access|inzien|meelezen)"),
        (1.0, r"(?:is|are|wordt|worden|gets|get|will) (?:it|this|het|dit|dat|my messages|mijn berichten|"
              r"de chat|the chat|alles|everything|they|ze) " + G3 + r"(?:deleted|verwijderd|gewist|erased|"
              r"wiped|removed)"),
        (1.0, r"(?:bewaren|bewaart|opslaan|slaan|houden|save|store|keep|log|record|lezen|read|delen|"
              r"share) " + G4
              + r"(?:chat|chats|gesprek|gesprekken|berichten|bericht|gegevens|mails|e mails|emails|messages|"
              r"conversation|conversations|data)"),
        (1.0, r"(?:blijft|blijven|stays?|kept|remain) " + G6 + r"(?:geheim|secret|private|prive|between us|"
              r"tussen ons|onder ons)"),
        (1.0, r"(?:privacy|vertrouwelijk|confidential|confidentiality|discreet|blijft dit (?:tussen ons|"
              r"geheim)|"
              r"stays? between us|stay private|prive blijven)"),
        (1.0, r"(?:geven|delen|sturen) (?:jullie|julie|ze|u) " + G3
              + r"(?:door|gegevens|informatie|berichten|wat ik)"),
        (0.6, r"(?:records|gegevens|data|bewaard|opgeslagen|stored|traced|traceren|achterhalen)"),
        (0.5, r"(?:werkgever|employer|baas|boss|provider|family|familie) " + G4
              + r"(?:find out|achter komen|te weten komen|erachter|ontdekken|zien)"),
        (0.5, r"(?:speciaal|apart|nieuw|new|fake|anonymous) " + G2
              + r"(?:mailadres|e mailadres|emailadres|account|email address|e mail address)"),
    ),
    "police": (
        (0.7, POLICE),
        (1.0, US + " " + G4 + r"(?:bellen|bel|inlichten|waarschuwen|doorgeven|door|melden|geven|aangeven|"
              r"call|"
              r"tell|report|inform|contact|alert|pass|give|geeft|belt) " + G4 + POLICE),
        (1.0, r"(?:bellen|bel|belt|waarschuwen|inlichten|inschakelen|call|tell|inform|contact|alert|"
              r"geven|geeft) " + US + " " + G4 + POLICE),
        (1.0, US + " " + G2 + r"(?:pass|passes|give|geven|geeft|forward|doorsturen|sturen) " + G6
              + POLICE),
        (1.0, US + " " + G2 + POLICE + " " + G2 + r"(?:bellen|bel|inlichten|waarschuwen|inschakelen|"
              r"call|tell|inform|contact|alert)"),
        (1.0, POLICE + " " + G6 + r"(?:deur|door|langs|langskomen|komen|komt|halen|ophalen|staan|staat|"
                                  r"invallen|"
              r"inval|show up|come|knock|knocking|doorbell|arrest|after me|weten|know|find|vinden|"
              r"terecht|bang|"
              r"aanbellen|aanbelt|aanbelde|stoep|doorstep)"),
        (1.0, r"(?:opgepakt|oppakken|gearresteerd|arresteren|arrested|arrest|aangehouden|vervolgd|prosecuted|"
              r"gepakt|caught|betrapt|in de cel|de bak in|gevangenis|jail|prison|locked up|aanklacht|"
              r"charged)"),
        # someone coming for the writer: "komen ze me halen", "staan ze dan voor de deur", "will they come
        # for me" (not "het buurmeisje komt vaak met haar moeder langs")
        (1.0, r"(?:(?:komen|komt|staan|staat) (?:ze|zij|er|die|ze dan|zij dan|er dan) " + G3
              + r"(?:halen|ophalen|aan de deur|voor de deur|voor mijn deur|op de stoep)|"
              r"(?:ze|zij|they|theyll|will they|would they|could they) " + G6 + r"(?:komen|komt|"
              r"come(?! (?:round|over|by|around|to visit|visit|to see))|"
              r"show up|showing up|turn up|staan|knock) " + G3 + r"(?:halen|ophalen|aan de deur|voor de deur|"
              r"voor mijn deur|at my door|at the door|on my doorstep|for me|after me|knocking))"),
        (1.0, r"(?:kunnen|kan|can|could|will|gaan) (?:ze|zij|they|de politie|the police|justitie) " + G4
              + r"(?:zien|vinden|achterhalen|terugvinden|ontdekken|see|find|trace|track|know|weten|traceren|"
              r"opsporen|pakken|catch|arrest)"),
        (1.0, r"(?:komt|komen|staat|staan|come|comes|coming|show up|will|bang voor|afraid of|scared of) " + G2
              + POLICE),
        # "krijg ik een strafblad", "will i get a criminal record", "kom ik in het systeem"
        (1.0, r"(?:krijg|krijgen|kom|kom ik|get|end up with|have|land|beland) " + G3
              + r"(?:strafblad|criminal record|record|aantekening|justitiele documentatie|"
              r"in het systeem|in the system|op de radar|on the radar|on a list|op een lijst|"
              r"bij justitie)"),
        (1.0, r"(?:ga|gaan|zal|will|would|kan|can|could|do|does) (?:ik|i) " + G3 + r"(?:strafblad|criminal "
              r"record|een aantekening|on a list|op een lijst|in het systeem|in the system) " + G2
              + r"(?:krijgen|get|oplopen|komen|terechtkomen|end up|belanden)?"),
        (1.0, r"(?:end up|terechtkomen|terecht komen|belanden|kom|komen) " + G3
              + r"(?:on a list|op een lijst|in het systeem|in the system|on the radar|op de radar|"
              r"in a database|in een database)"),
        (0.6, r"(?:strafblad|criminal record|justitiele documentatie)"),
        (0.8, r"(?:kans|chance|risk|risico) " + G6
              + r"(?:opgepakt|ontdekt|gepakt|caught|found out|arrested|politie|police|deur|door)"),
        (0.6, r"(?:strafbaar|illegal|crime|misdrijf|punishable|against the law|straf)"),
        (1.0, r"(?:is|zijn|ben) (?:het|dit|dat|it|this|that|deze gevoelens|gevoelens|these feelings|"
              r"feelings|ik) "
              + G2 + r"(?:strafbaar|illegal|a crime|punishable|against the law)"),
        (0.4, r"(?:gedownload|downloaded|gekeken|looked at|bekeken|watched|wiped|gewist|weggegooid|"
              r"verwijderd|deleted)"),
        (0.3, r"(?:bel gaat|doorbell|aangebeld|wakker|paranoid|paranoide|angst|bang|scared|afraid)"),
        (0.5, r"(?:expect|expecting|verwacht|wacht op|waiting for|wachten op|dread|vrees) " + G3
              + r"(?:knock|klop|aanbellen|de bel|doorbell|politie|police|inval|raid|ze komen|they come)"),
        (0.6, r"(?:voor de deur|aan de deur|at (?:my|the) door|on my doorstep|op de stoep|aanbellen|"
              r"aanbelt|aangebeld|de bel gaat|doorbell rings|doorbell goes|knock on (?:my|the) door|"
              r"klop op de deur|kloppen aan)"),
        (0.5, r"(?:ze|zij|they) " + G3 + r"(?:komen|komt|come|coming|show up|turn up|halen|pick me up|"
              r"arrest me|me halen) " + G3 + r"(?:later|pas|alsnog|still|eventually|ooit|one day|jaren|"
              r"years)|"
              r"(?:ze|zij|they) " + G3 + r"(?:later|pas|alsnog|eventually|jaren|"
              r"years) " + G2 + r"(?:komen|komt|"
              r"come|show up|turn up|halen)"),
    ),
    "bad_person": (
        (1.0, r"(?:slecht|slechte|fout|foute|vies|vieze|smerig|smerige|walgelijk|walgelijke|verschrikkelijk|"
              r"verschrikkelijke|gestoord|gestoorde|verdorven|rot|zieke|kwaad|kwade|goed|goede|vreselijk|"
              r"vreselijke|afschuwelijk|afschuwelijke|afschuwelijk|abject|abjecte|verwerpelijk|verwerpelijke|"
              r"schandalig|schandalige|minderwaardig|minderwaardige|slechter|erger) "
              r"(?:mens|persoon|person|human|man|vrouw|mensen|iemand|type|figuur)"),
        (1.0, r"(?:bad|terrible|horrible|awful|evil|disgusting|sick|monstrous|wicked|good|worse) "
              r"(?:person|human|human being|man|woman|people)"),
        (1.0, r"monster|monsters|evil|beest"),
        # "ben ik slecht", "am I evil", "im disgusting arent i": the judgement asked of oneself
        (1.0, r"(?:ben ik|am i) (?:dan |nou |echt |really |just |so |zo |gewoon |toch |then |ook |also |"
              r"wel |even ){0,3}(?:een )?"
              r"(?:slecht|slechte|"
              r"verkeerd|fout|bad|wrong|disgusting|walgelijk|vies|smerig|ziek|sick|gestoord|vreselijk|"
              r"horrible|terrible|awful|verdorven|twisted|pervers|perverse|a pervert|een viezerik|a creep)"
              r"(?= (?:\||$|of|or|for|omdat|because|als|if|persoon|mens))"),
        (1.0, r"(?:im|i am|ik ben) (?:so |zo |echt |really |just |gewoon )?(?:een )?(?:slecht|bad|disgusting|"
              r"walgelijk|vies|smerig|sick|ziek|gestoord|horrible|terrible|awful|evil|twisted|pervers|"
              r"a pervert|een viezerik|a creep) (?:arent i|right|toch|he|of niet|or not|isnt it|niet dan)"),
        (1.0, r"(?:wat voor|what kind of|what sort of|welk soort) (?:mens|persoon|person|human|monster)"),
        # "does thinking it make me as bad as doing it", "maakt dat mij even slecht"
        (1.0, r"(?:make|makes|maakt|maken) (?:dat |dit |het |that |this |it )?(?:me|mij) " + G1
              + r"(?:as bad|just as bad|even bad|equally bad|"
              r"net zo slecht|even slecht|net zo erg|even erg|evil|a bad|een slecht|slecht|bad|worse|"
              r"slechter)"),
        # "iedereen zou mij een smeerlap vinden. hebben ze gelijk?"
        (0.6, r"(?:smeerlap|vuile|viezerik|vuilak|schoft|klootzak|scum|creep|pervert|perverseling|"
              r"freak|lowlife|waste of space)"),
        (0.5, r"(?:hebben ze|heeft hij|heeft ze|hebben zij|are they|is he|is she|would they be) "
              r"(?:gelijk|right)|(?:klopt dat|is that true|is it true)"),
        (1.0, r"(?:iets goeds|anything good|something good) (?:aan|in|about) (?:mij|me)"),
        (0.6, r"(?:walg|disgust|disgusted|haat|hate|schaam|ashamed|verafschuw) (?:van |of |with |by )?"
              r"(?:mezelf|mijzelf|myself|me)"),
        (0.6, r"(?:zou|zouden|would|will) " + G2 + r"(?:me|mij) (?:haten|hate|verachten|despise)"),
        (0.6, r"(?:verdien|deserve|deserved|terecht|rightly|fair)"),
        (0.5, r"(?:ben ik|am i|maakt (?:dit|dat|het) (?:me|mij)|makes? me|make me|maak ik)"),
        (0.6, r"(?:is it|is het|het is) (?:wrong|fout|erg|slecht) (?:to|om|dat)"),
    ),
    "am_i_alone": (
        (1.0, r"(?:ben ik|am i) " + G2 + r"(?:de enige|the only one|alleen hierin|alone in this|"
              r"een uitzondering|"
              r"an exception|de enigste|the only person|uniek|unique)"),
        # "just me", "alleen ik": not "als ik alleen thuis ben"
        (1.0, r"(?:is|zijn) (?:this|it|dit|het|that|dat|these feelings|deze gevoelens) (?:very |heel |erg |"
              r"really |echt )?(?:common|vaak|usual|gebruikelijk|widespread|veel voorkomend)(?= (?:\||$))"),
        (1.0, r"(?:is it|is this) (?:just|only) me|just me|alleen ik|ik alleen(?= (?:\||$|zo|die|met|"
              r"hiermee|of|zijn))"),
        # "zijn er meer mensen zoals ik" (not "is er nog hulp/zijn er groepen voor mensen zoals ik": a
        # thing for people like me is the help question)
        (1.0, r"(?:zijn er|are there|is er|is there|heeft|hebben) (?!" + G3 + r"(?:hulp|help|groep|groepen|"
              r"group|groups|therapie|therapy|behandeling|treatment|support|ondersteuning|plek|plekken|"
              r"place|places|forum|programma|program|iets|something|anything|mogelijkheden|options|"
              r"zorg|care|begeleiding|plaats|voor|for) )" + G3
              + r"(?:meer|nog|andere|anderen|ook|other|others|more|iemand anders|anyone else|meerdere|veel)"
              + r" " + G2 + r"(?:mensen|people|vrouwen|women|mannen|men|jongeren|tieners|teenagers|"
                r"young people|"
              r"zoals ik|like me|die dit|who|met dit|with this)"),
        (1.0, r"(?:anyone else|anybody else|someone else|other people|others|iemand anders|andere mensen|"
              r"anderen|andere jongeren|andere vrouwen|other women|other men) " + G4
              + r"(?:same|hetzelfde|ook|too|as well|like this|zo|deal with this|struggle|worstelen|"
                r"hebben dit|"
              r"heeft dit|have this|has this|feel this|voelen dit|dit ook|this too)"),
        (1.0, r"(?:niemand anders|no one else|nobody else|niemand die dit|no one who)"),
        (1.0, r"(?:komt|gebeurt|is) (?:dit|het|dat) " + G2 + r"(?:vaak|vaker|veel|meer|common|"
              r"normaal) ?(?:voor)?"),
        (1.0, r"(?:how common|how many people|hoeveel mensen|hoe vaak komt|how often does)"),
        # "contacteren er ook andere jongeren jullie", "do women ever write to you about this"
        (1.0, r"(?:andere |other |meer |more |ook )?(?:jongeren|mensen|people|vrouwen|women|mannen|men|"
              r"teenagers|tieners|girls|meisjes|jongens|boys|ouderen|moeders|mothers) " + G2
              + r"(?:contacteren|contacten|schrijven|mailen|bellen|chatten|benaderen|write|contact|email|"
              r"message|call|reach out|come) " + G2 + r"(?:jullie|you|u)"),
        (1.0, r"(?:contacteren|schrijven|mailen|bellen|chatten|benaderen) (?:er )?" + G1
              + r"(?:andere|ook|meer|nog|wel) " + G1 + r"(?:jongeren|mensen|vrouwen|mannen|tieners|meisjes|"
              r"jongens|ouderen|moeders) " + G1 + r"(?:jullie|u)"),
        (0.8, r"(?:voel|feel|sta|stand) " + G2 + r"(?:me |mij )?(?:zo |so |erg |heel )?"
              r"(?:alleen|alone|eenzaam|lonely|isolated)"),
        (0.5, r"(?:mensen|people|anderen|others|jongeren|vrouwen|women) (?:zoals|like) (?:ik|me)"),
        (1.0, ME + " " + G3 + r"(?:(?:de enige|de enigste)(?: (?:vrouw|man|meisje|jongen|moeder|vader|"
              r"persoon|mens|tiener|jongere|student|puber))?|the only (?:one|person|guy|man|woman|girl|boy|"
              r"mom|mum|dad|teenager|kid)|een uitzondering|an exception)"
              r"(?= (?:\||$|die (?:dit|dat|zo|zich|hier|daar|zulke|deze|dezelfde|ook|zoiets|er ?mee|"
              r"hiermee|last|worstelt|dat)|met (?:dit|deze|dat|zulke|die|zo|dezelfde|het|zo n)|hiermee|"
              r"daarmee|zo|in (?:dit|this|de wereld|the world|nederland|belgie)|with (?:this|these|such|that|"
              r"the same|it)|who (?:has|feels|thinks|is|struggles|deals|gets)|that (?:has|feels|thinks|is)|"
              r"on (?:earth|the planet)|op (?:aarde|de wereld|de hele wereld)|in the (?:whole|entire) world|"
              r"ter wereld|like this|like that|"
              r"of niet|or not|right|toch|ben|am|here|hier|out there|daar))"),
        (0.5, r"(?:uitzondering|exception|raar|weird|abnormaal|abnormal|gek|freak)"),
    ),
    "coping_urges": (
        (0.8, r"(?:drang|urge|urges|impuls|impulsen|impulse|neiging|neigingen|verleiding|temptation|"
              r"the pull|de trek|craving|cravings|aandrang|impulses|temptations|goesting|lust|"
              r"verlangen|verlangens)"),
        (1.0, HOW + " " + G2 + r"(?:voorkom|stop|hou|houd|beheers|weersta|rem|prevent|keep|resist|control|"
              r"handle|manage|cope|deal|fight|bestrijd|vecht)" + r"(?: (?:ik|i|je|you|me|mij|myself|"
              r"mezelf))?"),
        (0.7, r"(?:omgaan met|om te gaan met|ga ik om met|ga je om met|cope with|deal with|dealing with|"
              r"handle|manage|beheersen|"
              r"onder controle|in bedwang|in toom|control|resist|weerstaan|tegenhouden|inhouden|mij inhouden|"
              r"me inhouden|hou ik me in|houd ik me in|hold back|tegengaan|onderdrukken|onderdruk|"
              r"bedwingen|bedwing|suppress|supress|remmen|de baas (?:blijven|worden|kan)|afremmen|"
              r"temper|curb|overcome|stop|toegeven|toe te geven|toe geven|give in|giving in|zwichten)"),
        (0.6, r"(?:wat|what|welke|which) " + G1 + r"(?:helpt|helps|werkt|works|help|helpen) " + G2
              + r"(?:tegen|against|with|bij|for|om)"),
        # "hoe leer ik leven met die gedachten", "how do i learn to live with these urges"
        (1.2, HOW + " " + G3 + r"(?:leer|leren|learn) " + G2 + r"(?:leven|live|omgaan|cope|deal) (?:met|"
              r"with)"),
        # "hoe ga ik hier nu mee om", "hoe moet ik daarmee omgaan" (the question itself, verb split)
        (1.0, HOW + " " + G1 + r"(?:ga|gaan|moet|kan|kun|zou) (?:ik|je|we) " + G3
              + r"(?:(?:hier|er|daar) " + G2 + r"mee|hiermee|ermee|daarmee) (?:om|omgaan|om te gaan)"),
        (1.0, HOW + " " + G1 + r"(?:krijg|krijgen|kan|kun|get|do|can) (?:ik|je|we|i|you) " + G4
              + r"(?:eronder|onder controle|in bedwang|in de hand|onder de duim|under control|in check)"),
        # "wat kan ik (nog meer) doen om niet toe te geven"
        (1.0, r"(?:wat|what|hoe|how) (?:kan|moet|can|should|could|do) (?:ik|i) " + G3 + r"(?:doen|do) "
              r"(?:om|to) " + G3 + r"(?:niet|not|stop|resist|weerstaan|toegeven|toe te geven|give in|"
              r"sterk|strong|clean|controle|control|tegen)"),
        (0.6, r"(?:tips|tip|advies|advice|strategies|strategieen|trucs|tricks|manieren|ways|technieken|"
              r"techniques|oefeningen|exercises)"),
        (0.6, r"(?:weer|opnieuw|again|back|terug) " + G2
              + r"(?:gaan |ga |te )?(?:kijken|zoeken|looking|searching|going|go|downloaden|sites|websites|"
              r"beelden|images|porn|porno)"),
        (0.5, r"(?:terugval|terug te vallen|terugvallen|terug vallen|herval|hervallen|relapse|relapsing|"
              r"mis gaat|gaat het mis|gaat t mis|mis|wrong|fout gaat|"
              r"uitglijder|slip)"),
        (0.5, r"(?:momenten|moments|als het opkomt|when it comes|opkomt|the pull gets|sterk|strong|stronger|"
              r"te sterk|too strong|at night|s avonds|s nachts|verveel|bored|alleen ben|am alone|im alone)"),
        (0.6, r"(?:wat kan ik doen|what can i do|what do i do|wat doe ik) (?:als|when|in|on|wanneer|"
              r"tegen|against|"
              r"about)"),
        (0.6, r"(?:filter|blocker|blokkeren|block|afleiding|distraction|afleiden|distract)"),
        (0.4, r"(?:gedachten|thoughts|fantasieen|fantasies|kijken|looking|sites)"),
    ),
    "what_now": (
        (1.0, r"(?:wat (?:moet|kan|zal|ga) (?:ik|k) (?:(?:nu|nou|dan|hier|hiermee|er|eigenlijk|"
              r"daarmee|in godsnaam|in hemelsnaam|toch|ooit|allemaal) ){0,3}"
              r"(?:doen|mee doen|mee)|wat nu|en nu(?= (?:\||$))|hoe nu verder|hoe verder|wat doe ik nu|"
              r"hoe (?:ga|moet|kan) ik (?:nu |nou |dan )?verder|"
              r"wat te doen)"
              r"(?! (?:als|wanneer|tegen|when|if|against|met de drang|zodra|om (?!te beginnen)))"),
        # "wat moet ik nou", "wat moet ik nu": the question cut short at the end of a sentence
        (1.0, r"wat (?:moet|kan|moeten) (?:ik|k|we) (?:nu|nou|dan)(?: eigenlijk| toch)?(?= (?:\||$))"),
        (1.0, r"(?:stap|step) (?:1|een|one|nummer een|number one)|(?:first|next|eerste|volgende) "
              r"(?:thing|ding|move) " + G3 + r"(?:do|doen|should|moet|can|kan)"),
        # "what the first practical step is", "de eerste concrete stap"
        (1.0, r"(?:first|next|eerste|volgende) (?:practical|real|concrete|actual|small|kleine|praktische|"
              r"echte|goede|right|juiste) (?:step|steps|stap|stappen|thing|move)"),
        (1.0, r"(?:what (?:should|do|can|must) i (?:do|do now|do next)(?! (?:to|when|if|about|against|"
              r"with|in|"
              r"at|during|once|whenever))|what now|"
              r"what next|now what|"
              r"what do i do(?! (?:when|if|about|with|against|whenever|once|in|at|during|to))|"
              r"where do i go from here|where to go from here)"),
        (1.0, r"(?:what to do|wat te doen|wat ik moet doen|wat ik nu moet doen)(?! (?:als|wanneer|when|"
              r"if|about|"
              r"with|met|tegen|against))"),
        (1.0, r"(?:volgende|eerste) (?:stap|stappen)|(?:next|first) steps?|waar (?:moet |kan )?(?:ik |je )?"
              r"(?:nou |nu |eigenlijk |dan |zelfs |in godsnaam )?(?:begin|beginnen|starten|start)|"
              r"where (?:do|should|can|would|could) i (?:even |ever |actually |possibly |now |then )?"
              r"(?:start|begin)|"
              r"where to (?:start|begin)"),
        (0.8, r"(?:ik wil|i want to|i d like to|wil graag|i need to) " + G3
              + r"(?:iets|something) (?:mee |aan |about it |with it )?(?:doen|veranderen|change|do)"),
        (1.0, r"(?:weet|know) " + G2 + r"(?:niet|not|no idea|geen idee) " + G3
              + r"(?:wat|what|hoe|how|waar|where) (?:ik )?(?:nu |now )?(?:moet |to |i should )?"
              r"(?:doen|do|beginnen|begin|start|verder)"),
        (0.5, r"(?:help me|help mij|helpen|stappen|steps|aanpakken|begin ik)"),
    ),
    "am_i_paedophile": (
        (0.8, PEDO),
        (1.0, r"(?:ben ik|am i|maakt (?:dit|dat|het) (?:me|mij)|makes? me|make me|does this make me|"
              r"(?:is|heet|noem je) (?:dit|dat|het)|is (?:this|that|it)|(?:does|would) (?:this|that|it) "
              r"(?:count as|mean|make)|counts as|"
              r"betekent (?:dit|dat|het) dat ik|means? (?:that )?i(?:m| am)?|heb ik|do i have|ik (?:een )?|"
              r"of ik|whether i|if i(?:m| am)?|wat ik heb|what i have|hoort dat bij|verschil|difference|test|"
              r"hoe weet (?:je|ik)|how do (?:i|you) know) " + G4 + PEDO),
        (0.8, r"(?:pedofiele|pedophilic|seksuele) (?:voorkeur|stoornis|disorder|preference|gerichtheid)"),
        (1.0, r"(?:scared|afraid|bang|worried|bezorgd|vrees|fear|terrified|think|denk|wonder|twijfel|"
              r"unsure|not sure) " + G2 + r"(?:im|i am|i might be|i could be|ik ben|dat ik|ik misschien|"
              r"ik een) " + G2 + PEDO),
        (0.4, r"(?:what|wat) (?:does|maakt) (?:that|this|it|dat|dit|het) (?:make|van) (?:me|mij)"),
    ),
    "feelings_go_away": (
        (1.0, r"(?:gaat|gaan|zal|zullen|going to|will|does|do|can|kan|kunnen|would|zou) " + FEEL_N + " " + G3
              + r"(?:weg|over|verdwijnen|verdwijnt|overgaan|go away|disappear|stop|fade|vanzelf weg|weggaan|"
              r"weggaat|wegnemen|weg kan nemen|weg nemen|weghalen|change|veranderen|minder|less)"),
        (1.0, r"(?:verdwijnen|verdwijnt|disappear|disappears|go away|goes away|fade|weggaan|overgaan|afnemen|"
              r"wegnemen|weg nemen|weghalen|weg kan nemen) " + G3 + FEEL_N),
        (1.0, FEEL_N + " " + G3 + r"(?:verdwijnen|verdwijnt|disappear|disappears|go away|goes away|fade|"
                                  r"weggaan|"
              r"overgaan|afnemen|wegnemen|weg nemen|weghalen|weg kan nemen)"),
        (1.0, r"(?:waardoor|zodat|so that|which makes|that makes|die ervoor zorgt dat) (?:het|dit|ze|die|"
              r"it|this|they) " + G2 + r"(?:weggaat|weggaan|verdwijnt|verdwijnen|overgaat|go away|goes away|"
              r"disappears?|stops?)"),
        # "will these thoughts ever leave me alone", "kunnen ze dat uit je hoofd krijgen"
        (1.0, FEEL_N + " " + G2 + r"(?:leave me alone|leave me|let me go|laten me (?:ooit )?(?:met rust|los)|"
              r"ooit (?:met rust|los) laten)|(?:laten|laat) " + FEEL_N + " " + G2
              + r"(?:me|mij) (?:ooit |nog |ever )?(?:met rust|los)(?= (?:\||$|ooit|nog))|"
              r"(?:get|take|clear) (?:it|them|this|these|those) "
              + G1 + r"out of (?:my|your|the|someones) (?:head|system|mind)"),
        (1.0, r"(?:kan|kunnen|kun|can|could|is it possible to|is het mogelijk om) " + G3 + r"(?:uit|out of) "
              r"(?:mijn|uw|je|jouw|my|your|the|ons) (?:hoofd|head|systeem|system|kop) " + G1
              + r"(?:krijgen|halen|get|take|zetten|praten|trainen)"),
        # a medicine or training that takes them away
        (1.0, r"(?:medicijn|medicijnen|medicatie|medication|medicine|pil|pill|pillen|pills|drug|drugs|"
              r"libidoremmer\w*|antiandrogen\w*|hormoon\w*|hormone\w*|chemische castratie|"
              r"chemical castration) "
              + G4 + r"(?:tegen|voor|against|for|to stop|to take away|om) " + G2 + FEEL_N),
        (1.0, r"(?:gevoelens|gevoel|gedachten|gedachtes|feelings|thoughts|urges|attraction|voorkeur|"
              r"neigingen) "
              + G1 + r"(?:away|weg)(?! (?:van|from))|(?:wegtrainen|weg trainen|wegpraten|weg praten|"
              r"train (?:it|them|this) away|talk (?:it|them) away|pray (?:it|them) away)"),
        (1.0, r"(?:change|veranderen|verander) " + G3 + r"(?:who|what|wie|wat|op wie) (?:im|i am|ik) " + G2
              + r"(?:attracted|aangetrokken|val|into|voel)"),
        # "will i ever stop feeling like this"
        (1.0, r"(?:will|zal|gaat|kan|can|does|do) (?:i|ik|it|this|het|dit|that|dat) " + G2 + r"(?:ever|ooit|"
              r"nog) " + G3 + r"(?:stop|stoppen|ophouden|end|eindigen|over|weg|minder|less|go away|fade)"),

        (1.0, r"(?:kom|komen|raak|raken|geraak|geraken) (?:ik|je|we) " + G4 + r"(?:van|er|hier|daar) " + G3
              + r"(?:af|vanaf|kwijt)"),
        (1.0, r"(?:raak|raken|get|will i (?:ever )?(?:get|be)) (?:ik|je|we|i)? ?" + G4 + r"(?:kwijt|rid|"
              r"free of|over it)"),
        (1.0, r"(?:hele leven|rest van mijn leven|rest of my life|whole life|my life|forever|for ever|"
              r"altijd) " + G2
              + r"(?:mee leven|mee moeten leven|mee (?:moet )?leven|mee omgaan|live with|living with|"
                r"stuck with|"
              r"mee zitten|mee rondlopen)|(?:moet|must|have to|will) " + G4 + r"(?:mee leven|live with)"),
        (1.0, r"(?:get rid of|rid of|cure|cured|curable|genezen|geneesbaar|afleren|unlearn|overcome|"
              r"grow out of|ontgroeien|groei ik eruit|te genezen|to be cured|be fixed|fix this|"
              r"weg te krijgen|kwijt te raken|kwijtraken|veranderen van voorkeur|change my (?:feelings|"
              r"attraction))"),
        (1.0, r"blijft (?:het|dit|dat) " + G1 + r"(?:voor altijd|altijd|forever)(?: zo)?(?= (?:\||$))"),
        (1.0, r"(?:blijf ik|blijf|blijven (?:ze|deze gevoelens|die gedachten|"
              r"mijn gevoelens)|stay|remain|"
              r"will i (?:always )?be|am i going to be) " + G3
              + r"(?:voor altijd|altijd|mijn hele leven|forever|for ever|for the rest of my life|for life|zo|"
              r"like this|this way)"
              r"(?: zo)?"),
        # "ben ik ... zo" only with a word of permanence ("ben ik slecht omdat ik zo denk" is not this)
        (1.0, r"ben ik " + G3 + r"(?:voor altijd|altijd|mijn hele leven|levenslang) " + G1
              + r"(?:zo|zoals dit)?"),
        (0.8, r"(?:rest van mijn leven|rest of my life|leren leven|learn to live|leven mee|live with)"),
        (0.5, FEELINGS),
        (0.4, r"(?:ooit|ever|ouder|older|ever again|nog)"),
    ),
    "future": (
        (1.0, r"toekomst|future"),
        (1.0, r"(?:normaal|normale|gewoon|gewone|normal|happy|gelukkig|goed|good|fijn) (?:leven|life)"),
        (1.0, r"(?:wat voor|what kind of|welk) (?:leven|life)|(?:leven|life) " + G4
              + r"(?:eruit|er uit|look like|uitzien|ziet|be like)"),
        (1.0, r"(?:mijn |my )?leven " + G3 + r"(?:ooit|nog|weer) " + G3 + r"(?:normaal|gewoon|goed|"
              r"gelukkig)"),
        (1.0, r"(?:word|wordt|become|be|ben|will|zal|can|kan|is) (?:ik|i|my life|mijn leven|life|"
              r"het leven) " + G3 + r"(?:ooit|ever|nog|later) " + G3
              + r"(?:gelukkig|happy|normaal|normal|goed|good|ok|okay)"),
        (0.8, r"(?:gezin|kinderen krijgen|family|kids|children of my own|relatie|relationship|trouwen|marry|"
              r"samenwonen|baan|job|career|carriere|werk)"),
        (1.0, r"(?:kan|kun|can|could|will|mag|may) (?:ik|i) " + G2 + r"(?:nog|ooit|ever|still|later|"
              r"gewoon) " + G3
              + r"(?:samenwonen|trouwen|gezin|kinderen|relatie|baan|family|kids|children|marry|married|"
              r"vader|moeder|father|mother|dad|mum|mom|ouder|parent|papa|mama|opa|grandfather|"
              r"relationship|job|leven|life|partner)"),
        (1.0, r"(?:hoe|what|how) (?:ziet|zal|will|does|would) " + G3 + r"(?:leven|life|toekomst|future)"),
        # "hoe moet dat verder met mijn leven", "how do i go on with my life"
        (1.0, r"(?:hoe|how) " + G3 + r"(?:verder|on|forward) (?:met|with) (?:mijn|my|m) (?:leven|life)"),
        (0.6, r"(?:later|ooit nog|ever|one day|someday|over tien jaar|in ten years|over \d+ jaar|"
              r"in \d+ years)"),
        (0.4, r"(?:verwachten|expect|hoop|hope|perspectief|perspective)"),
    ),
    "help_available": (
        (1.0, r"(?:welke|wat voor|wat is er aan|wat voor soort|soort|is er|zijn er|bestaat er|bestaan er|"
              r"heb je|hebben jullie|bieden jullie|wat bieden) " + G3
              + r"(?:hulp|behandeling|behandelingen|therapie|therapieen|zorg|begeleiding|ondersteuning|"
              r"hulpverlening|opties|mogelijkheden|groep|groepen)"),
        (1.0, r"(?:what|which|any) (?:kind of |sort of |kinds of |types of |type of )?"
              r"(?:help|therapy|therapies|treatment|treatments|support|options|care|programs|programmes|"
              r"groups?)"),
        (1.0, r"(?:is there|are there|do you (?:offer|have|provide)|can i get|where can (?:i|he|she|"
              r"someone|they) "
              r"(?:get|find)|where (?:could|should|would) (?:i|he|she|someone|they) (?:get|find|go)) " + G3
              + r"(?:help|therapy|treatment|support|care|a group|groups|counselling)"),
        (1.0, r"(?:where|waar) " + gap(8) + r"(?:get|find|krijgen|vinden|vind|krijg|zoek|zoeken|go for|"
              r"terecht) " + G2
              + r"(?:help|hulp|support|treatment|therapy)"),
        (1.0, r"(?:met|with) (?:een |a )?(?:psycholoog|psychologist|therapeut|therapist|professional|"
              r"specialist|"
              r"deskundige|expert|hulpverlener|counsellor) " + G2 + r"(?:praten|spreken|talk|speak|chatten)"),
        (1.0, r"(?:waar|bij wie|where|who) " + G3 + r"(?:terecht|heen|naartoe|go|turn) " + G3
              + r"(?:hulp|help|begeleiding|behandeling|therapie|support|ondersteuning|advies|advice|"
                r"counselling|therapy|treatment)"),
        (1.0, r"(?:waar|bij wie) " + G3 + r"(?:hulp|terecht|behandeling|therapie) " + G3
              + r"(?:krijgen|vinden|zoeken|kan|kunnen)"),
        (1.0, r"(?:wat|what|hoe|how) " + G3 + r"(?:hulp|help|support|ondersteuning) " + G2
              + r"(?:bieden|aanbieden|offer|provide|geven|do you|doen jullie|is er)"),
        (1.0, r"(?:welke|wat voor|which|what) " + G2 + r"(?:mogelijkheden|opties|options|possibilities)"),
        (1.0, r"(?:what|wat) (?:do you|does your service|can you|kunnen jullie|doen jullie|bieden jullie|"
              r"bieden jullie eigenlijk) (?:offer|provide|aan|bieden|aanbieden)"),
        # a teacher or relative asking where to send someone: "waar kan ik hem naartoe verwijzen"
        (1.0, r"(?:waar|where|naar wie|to whom|to what|who) " + G4 + r"(?:verwijzen|doorverwijzen|refer|"
              r"point|sturen|send)"),
        # "hoe kan ik hulp krijgen", "how can i get help", "how can i help him get support"
        (1.0, r"(?:hoe|how) (?:kan|kun|kom|krijg|can|could|do|would) (?:ik|i|je|you|we|he|she|hij|zij) "
              + G3 + r"(?:hulp|help|support|steun|ondersteuning|therapie|therapy|treatment|behandeling) "
              r"(?:krijgen|get|vinden|find|zoeken|aan)"),
        (1.0, r"(?:help|helpen) (?:him|her|them|hem|haar|hen) " + G2 + r"(?:get|find|krijgen|vinden|"
              r"zoeken|aan) " + G2 + r"(?:support|help|hulp|therapy|therapie|treatment|behandeling|steun|"
              r"ondersteuning)"),
        (1.0, r"(?:lotgenoten|lotgenotengroep|peer group|support group|zelfhulp[a-z]*|self help|"
              r"seksuoloog|sexuoloog|sexologist)"),
        # A named service or a forum said in a story ("mijn begeleider bij de Waag", "found you through a
        # forum") is a topic; asked about ("is er een forum", "kan ik naar de Waag") it is the question.
        (0.6, r"(?:stoppen is mogelijk|de waag|forum|fora|forensische|online modules?|modules?|"
              r"zelfhulpmodule\w*|zelfhulpprogramma\w*|programma|programme|program|cursus|course)"),
        (0.5, r"(?:is er|zijn er|bestaat er|hebben jullie|heb je|bieden jullie|is there|are there|"
              r"do you (?:have|offer|run)|can i (?:join|do|use|go to)|kan ik (?:naar|bij|meedoen|"
              r"deelnemen)|wat is|what is|hoe werkt|how does|meer over|more about|info over|"
              r"something i can do|iets wat ik|by myself|zelf (?:doen|thuis))"),
        (1.0, r"(?:kan|kun|can|could|mag|may) (?:ik|i) " + G2 + r"(?:met|with|to) (?:iemand|someone|somebody|"
              r"een mens|a person|a human|een hulpverlener|a counsellor) " + G2 + r"(?:praten|"
              r"spreken|talk|speak|"
              r"chatten|chat|bellen)"),
        (1.0, r"(?:praten|spreken|talk|speak|afspraak|appointment) (?:met|with|to) (?:een |a )?"
              r"(?:psycholoog|psychologist|therapeut|therapist|professional|specialist|deskundige|expert)"),
        (1.0, r"(?:kan|kun|can|could) (?:ik|je|hij|ze|i|he|she) " + G2 + r"(?:ergens|somewhere|"
              r"anywhere) " + G2
              + r"(?:in behandeling|in therapie|terecht|hulp|help|therapy|treatment|behandeld|treated|"
              r"get help|go for help)"),
        (1.0, r"(?:(?:waar|where|hoe|how) " + G4 + r"(?:vind|find|krijg|get|zoek|look for|"
              r"kom ik aan)|zoek|zoeken|"
              r"looking for|search for|searching for|need|nodig|wil) (?:ik |i |je |you |we )?(?:een|"
              r"a|an) " + G1
              + r"(?:psycholoog|psychologist|therapeut|therapist|specialist|hulpverlener|behandelaar|"
              r"seksuoloog|sexologist|counsellor|psychiater|psychiatrist|professional|deskundige|expert)"
              r"(?! " + G3 + r"(?:gezegd|said|told|zei|heeft|has))"),
        (1.0, r"(?:waar|where) (?:kan|moet|kun|can|should|could|do) (?:ik|i|je|you) " + G2
              + r"(?:nog |dan |nu |wel |still |then |now )*(?:heen|naartoe|terecht|go|turn)(?= (?:\||$))"),
        (0.6, r"(?:hulp|help|behandeling|behandelingen|therapie|therapy|treatment|support|ondersteuning)"),
        (0.4, r"(?:mensen zoals ik|people like me|iemand zoals ik|someone like me|voor mij|for me|"
              r"voor hem|for him|"
              r"voor haar|for her|mijn broer|my brother|mijn vriend|my friend)"),
    ),
    "gp_report": (
        (0.6, GP),
        (1.0, GP + " " + G6 + r"(?:melding|melden|meldt|meld|meldplicht|meldcode|report|reports|"
                              r"reporting|aangeven|"
              r"aangifte|aangegeven|gemeld|reported|doorgeven|geeft door|door geven|doorvertellen|"
              r"vertelt|tell the police|"
              r"tell anyone|"
              r"politie|police|veilig thuis|beroepsgeheim|geheimhouding|confidential|confidentiality|"
              r"vertrouwen|trust|geheimhouden|geheim houden|keep (?:it|this) (?:a )?secret|"
              r"zwijgplicht|verplicht|obliged|obligated|required|have to|pass on|pass it on|share|"
              r"bellen|call)"),
        (1.0, r"(?:melding|melden|meldplicht|meldcode|report|aangeven|aangegeven|doorgeven|beroepsgeheim|"
              r"zwijgplicht|politie|police) " + G6 + GP),
        (1.0, GP + " " + G2 + r"(?:geeft|geven|gaat|zal|will|would) " + G3 + r"(?:aan|door|aangeven|"
              r"doorgeven|"
              r"melden|turn me in|report me|rat me out)"),
        (0.5, r"(?:gaat|zal|moet|is|mag|kan|will|would|does|has|is|can|must) (?:die|hij|zij|ze|he|she|they) "
              + G3 + r"(?:een melding|melding|melden|meldt|verplicht|obliged|required|report|aangeven|"
              r"doorgeven|politie|police|snitch|doorvertellen|pass)"),
        (1.0, GP + " " + G3 + r"(?:snitch|snitches|rat me out|grass|verlinken|verraden|verklikken)"),
        (0.6, r"(?:wat doet|wat gaat|wat zal|what will|what does|what would) (?:hij|zij|ze|die|he|she|they) "
              + G2 + r"(?:met|with) (?:die|de|deze|dat|mijn|that|the|this|my) (?:info|informatie|information|"
              r"gegevens|verhaal|story)"),
        (0.6, r"(?:meldplicht|meldcode|beroepsgeheim|zwijgplicht|veilig thuis|duty to report|"
              r"mandatory report|"
              r"mandated reporter|verwijzing|referral)"),
    ),
    "tell_partner": (
        (1.0, r"(?:vertel|vertellen|zeg|zeggen|opbiechten|biechten|bespreken|bespreekbaar|brengen|breng|"
              r"uitleggen|tell|telling|confess|bring (?:it )?up|open up|talk to|come clean|explain|"
              r"delen|gesprek|"
              r"conversation|ter sprake|aankaarten|bekennen) "
              + G6 + PARTNER),
        (1.0, PARTNER + " " + G6 + r"(?:vertellen|vertel|zeggen|opbiechten|tell)"),
        # "mijn vriend weet van niks" (+ "hoe begin ik daarover"); alone it is context, not the question
        (0.5, PARTNER + " " + G6 + r"(?:weten|know|knows|weet (?:van )?(?:niets|niks|nix)|weet het niet|"
              r"has no idea|doesnt know|knows nothing|reactie|reaction)"),
        (1.0, r"(?:should|must|does|needs?|moet|hoort|zou) (?:my|mijn) " + PARTNER + " " + G2
              + r"(?:know|weten|het weten|be told|find out|to know|dit weten)(?= (?:\||$|about|van|over))"),
        (0.6, r"(?:hoe|how) (?:(?:do|can|should|moet|kan) (?:i|ik) )?(?:begin|start|breng|bring|zeg|say|"
              r"kaart|raise)(?: (?:ik|i))? " + G3
              + r"(?:daarover|erover|hierover|daar over|er over|hier over|aan|up|it up|ter sprake|over)"),
        (0.6, r"(?:hoe|how) " + G4 + r"(?:gesprek|conversation|talk|vertel|vertellen|zeg|tell|say|begin|"
              r"start|"
              r"pak ik|aanpakken|approach|brengen|breng)"),
        (1.0, r"(?:come out|coming out|uitkomen|open up|opening up|eerlijk zijn|eerlijk worden|be honest|"
              r"come clean) (?:to|voor|tegen(?:over)?|naar|met|with) (?:my|mijn) " + PARTNER),
        (0.7, r"(?:wil|want to|moet|should|ga|zou) " + G2 + r"(?:het|it|dit|this|dat|that) " + G1
              + r"(?:vertellen|tell|zeggen|opbiechten|delen|share|bespreken) " + G3
              + r"(?:weet niet hoe|dont know how|maar hoe|but how|hoe)"),
        (0.5, r"(?:recht (?:heeft |hebben )?om (?:het )?te weten|right to know|deserves to know|verdient "
              r"(?:het )?te weten|moet (?:het )?weten)"),
        (0.3, r"(?:mijn|my|m) " + PARTNER + r"|samenwonen|samen (?:gaan )?wonen|living together|getrouwd|"
              r"married"),
        (0.6, r"(?:gesprek (?:aan|beginnen|aangaan|voeren)|that conversation|the conversation|eerlijk zijn|"
              r"eerlijk (?:moet|wil|zou|moeten) zijn|"
              r"be honest|opbiechten|confess)"),
    ),
    "counsellor_stops": (
        (0.6, CARER),
        (1.0, CARER + " " + G6 + r"(?:stopt|stoppen|stop|stops|afhaakt|afhaken|haakt af|weigert|weigeren|"
              r"refuses|refuse|drop|drops|dropped|laten vallen|laat vallen|wegstuurt|wegsturen|stuurt weg|"
              r"niet meer (?:wil|helpen|zien|begeleiden|behandelen)|wil niet meer|wants nothing|cant work|"
              r"can not work|cannot work|wont (?:work|help|see|treat)|no longer|kick me out|dumpen|dumpt|"
              r"dump|dumps|dumped|ditch|ditches|ditched|overdragen|overdraagt|hand me over|transfer me|"
              r"afwijzen|wijst (?:me|mij) af|doorgestuurd|doorverwezen|referred me|sent me away|"
              r"niet (?:kan|kon|wil|wou) (?:behandelen|helpen|begeleiden)|"
              r"(?:cant|cannot|can not|wont|will not|no longer) (?:help|"
              r"treat|see) "
              r"(?:me )?(?:any further|further|anymore|any more)|(?:niet|not) (?:verder|further|"
              r"any further) " + G1
              + r"(?:helpen|help|behandelen|treat)|buiten (?:haar|zijn|hun) (?:expertise|deskundigheid)|"
              r"outside (?:her|his|their) expertise|end (?:the )?"
              r"(?:treatment|therapy)|ends (?:the |my |our )?(?:treatment|therapy|sessions|contact|"
              r"it with me)|beeindigen|beeindigt|opgeven|gives up|give up|geeft op)"),
        # A helper's verb with "me" or helping as its object: "what if she drops me" (not "stoppen met
        # mijn studie", which is the writer's own stop).
        (1.0, r"(?:hij|zij|ze|he|she|they|die) " + G2 + r"(?:stoppen|stopt|weigeren|weigert|laten vallen|"
              r"wegsturen|wegstuurt|afhaken|drop|drops|dropped|dumpt|dumps|dump|refuse|refuses|stop|stops|"
              r"ditch|ditches) " + G3 + r"(?:met (?:mij|me|helpen|behandelen)|with me|helping|treating|"
              r"seeing|"
              r"te helpen|me|mij)"),
        (0.6, r"(?:hij|zij|ze|he|she|they|die) " + G3 + r"(?:niet meer|nie meer|no longer|not anymore|wont|"
              r"will not|niet langer) (?:wil |wilt |will |wants to |kan |can )?(?:helpen|help|behandelen|"
              r"treat|"
              r"zien|see|begeleiden)"),
        (0.6, r"(?:what if|wat als|stel dat) " + G4 + r"(?:niemand|nobody|no one|hij|zij|ze|he|she|"
              r"they) " + G3
              + r"(?:meer |anymore )?(?:wil|will|wants|want to)? ?(?:helpen|help|drops|drop|dumpt|stopt|"
              r"stops|"
              r"weigert|refuses)"),
        (0.6, r"(?:behandeling stopt|treatment (?:stops|ends)|niet meer (?:helpen|zien|behandelen|"
              r"begeleiden)|"
              r"no longer (?:help|see|treat)|anymore)"),
    ),
    "opening_hours": (
        (1.0, r"openingstijden|opening hours|openingstijd|office hours|your hours|bereikbaarheid|"
              r"opening times|wanneer open|when open"),
        (1.0, r"(?:wanneer|hoe laat|tot hoe laat|vanaf hoe laat|welke tijden|welke dagen|when|what time|"
              r"what times|"
              r"until when|till when|which days|what days|how late|how early|which hours|what hours|"
              r"welke uren|op welke uren|tot wanneer|vanaf wanneer) " + G6
              + r"(?:terecht|bereiken|langs|mailen|appen|reach you|get hold|get through|sturen)|"
              r"(?:wanneer|hoe laat|tot hoe laat|vanaf hoe laat|welke tijden|welke dagen|when|what time|"
              r"what times|until when|till when|which days|what days|how late|how early|which hours|"
              r"what hours|welke uren|op welke uren) " + G4
              + r"(?:open|geopend|bereikbaar|beschikbaar|online|available|er|there|someone|iemand|chat|"
                r"chatten|"
              r"bellen|call|reach|sluit|dicht|close|closes|spreken|talk|answer|antwoord)"),
        # "could i reach you on a sunday night", "kan ik jullie zondag bellen"
        (1.0, r"(?:kan|kun|can|could) (?:ik|i|je|you|we) " + G2 + r"(?:reach|call|bellen|bereiken|contact|"
              r"chat|chatten|write|mailen|terecht|appen|sturen|send) " + G3 + TIMES),
        # "is er iemand wakker bij jullie", "is anyone awake at your end"
        (1.0, r"(?:is er|zit er|is|are) (?:nog )?(?:iemand|anyone|someone|somebody|anybody) " + G1
              + r"(?:wakker|awake|aanwezig|op kantoor|in the office|on duty|van dienst) " + G2
              + r"(?:bij jullie|bij u|at your end|on your end|there|daar|at the helpline|$|\|)"),
        (1.0, r"(?:zijn|is|are|r) (?:jullie|julie|you|de chat|the chat|er iemand|anyone|someone) " + G3
              + r"(?:open|geopend|bereikbaar|beschikbaar|online|available|er|there|around)"
              + r" " + G3 + TIMES),
        (1.0, r"(?:hoe laat|what time|when) " + G3 + r"(?:sluit|sluiten|gaat|dicht|close|closes|open|opens)"),
        # "dying to know if you guys are open on easter monday"
        (1.0, r"(?:if|whether|of|wanneer|when|als) (?:" + US + r"|youre|you re|ur) " + G2 + r"(?:open|"
              r"geopend|bereikbaar|available|"
              r"online|reachable)"),
        # "zit er savonds iemand", "is er nu iemand?", "is anyone there tonight"
        (1.0, r"(?:zit|zitten|is|zijn) er " + G2 + TIMES + " " + G1 + r"(?:iemand|mensen|someone)"),
        (1.0, r"(?:zit|zitten|is|zijn) er (?:nog |ook |wel )?(?:iemand|mensen) " + TIMES),
        (1.0, r"(?:is|are) (?:there )?(?:anyone|anybody|someone|somebody) " + G1 + r"(?:there|here|online|"
              r"around|available|awake) " + TIMES),
        (1.0, r"(?:do|does|are|werken|werkt|draaien|draait) (?:you|u|you guys|jullie|julie|de chat|the chat|"
              r"the helpline|de hulplijn) " + G2 + r"(?:work|working|open|staffed|run|running|manned|ook|"
              r"nog|wel|op|in|on|at|during)? ?" + G2 + TIMES),
        # "kan ik midden in de nacht bij jullie terecht"
        (1.0, r"(?:kan|kun|can|could) (?:ik|i|je|you|we) " + G4 + TIMES + " " + G3 + r"(?:terecht|bellen|"
              r"chatten|call|chat|reach|contact|bereiken|mailen|appen|iemand spreken|praten|talk|write|"
              r"schrijven)"),
        (1.0, r"(?:zijn|is|are|bent|r) (?:jullie|julie|you|u|de chat|the chat|er iemand|anyone|someone|"
              r"iemand) "
              + G4 + TIMES),
        (1.0, r"(?:echt|echte|een|real|actual|live) (?:mens|persoon|person|human|hulpverlener|counsellor)"
              r" " + G3 + r"(?:achter|aan|behind|on|online|available|bereikbaar)?"),
        (1.0, r"(?:iemand|someone|anyone|somebody|anybody|een mens|a person|a human|echt mens|"
              r"real person) " + G3
              + r"(?:achter|behind|aan) " + G2 + r"(?:chat|computer|scherm|screen|keyboard|toetsenbord|"
              r"andere kant|other end|other side)"),
        (1.0, r"(?:binnen hoeveel|hoe lang|hoelang|how long|how soon|how quickly|wanneer|when) " + G6
              + r"(?:antwoord|reactie|reply|answer|respond|response|hear back|terug|reageren|reageert)"),
        (1.0, r"(?:leest|lezen|read|reads) (?:niemand|iemand|nobody|anyone|someone|no one)"),
        (0.6, r"(?:s nachts|snachts|weekend|kerst|christmas|sundays|sunday|zondag|zaterdag|tonight|vanavond|"
              r"vannacht|night)"),
        (0.5, r"(?:bereikbaar|geopend|reachable)"),
    ),
    "costs": (
        (1.0, r"(?:kost|kosten|kostte|kostet|costs|cost|betalen|betaal|pay|paying|tarief|fee|fees|price|"
              r"prijs|"
              r"vergoed|vergoeding|eigen risico|eigen bijdrage|reimbursed|covered by)"),
        (1.0, r"(?:is|it|this|dit|het|be|for|voor) (?:het |it |dit |this )?(?:gratis|free|kosteloos|"
              r"free of charge)"),
        (1.0, r"gratis|kosteloos|free of charge|for free"),
        # "r u free or do u charge", "rekenen jullie iets"
        (1.0, r"(?:are|r|zijn) (?:you|u|jullie|you guys) (?:free|gratis)|(?:do|does|will|would) (?:you|u|"
              r"they|it) " + G1 + r"(?:charge|cost)|(?:rekenen|vragen) (?:jullie|julie|u|ze) " + G2
              + r"(?:iets|geld|kosten|een bijdrage|money)"),
        (1.0, r"(?:verzekerd|verzekering|zorgverzekering|insurance|insured|betaalbaar|afschriften|"
              r"bank statement|factuur|invoice|charged)"),
        (0.6, r"(?:geld|money|afford)"),
        # "komt het op mijn rekening" asks the price; "ziet mijn vrouw dit op de rekening" asks privacy.
        (1.0, r"(?:komt|komen|staat|staan|appear|appears|show up|shows up|charged|verschijnt) " + G2
              + r"(?:op|on) (?:mijn |my |de |the )?(?:rekening|afschrift|afschriften|bankafschrift|"
              r"bank statement|statement|bill|factuur|creditcard|credit card)"),
        (0.6, r"(?:op|on) (?:mijn |my |de |the )?(?:rekening|afschrift|afschriften|bankafschrift|"
              r"bank statement|"
              r"statement|bill|factuur|creditcard|credit card)"),
    ),
}

# Cues that lower an id when present: the same words asking something else.
NEGATIVE: dict[str, tuple[tuple[float, str], ...]] = {
    "opening_hours": (
        # The chat misbehaving is a support question, not one about our hours.
        (2.0, r"traag|slow|langzaam|laggy|lag|hapert|werkt niet|doet het niet|doesnt work|not working|"
              r"vastgelopen|crash\w*|kapot|broken|error|foutmelding|laadt niet|wont load|bug"),
    ),
    "costs": (
        # A receipt or proof of payment asked for: the writer's administration, a person answers.
        (2.0, r"receipt|receipts|kwitantie|betaalbewijs|proof of payment|bewijs van betaling"),
        # Free of something: "will i ever be free of these thoughts" asks whether they go away.
        (2.0, r"free (?:of|from) (?!charge)"),
        # The writer billing us ("where do i send my invoice for the training"): not our price.
        (2.0, r"(?:send|sturen|stuur|opsturen|submit|indienen|mail|mailen) " + G3 + r"(?:invoice|factuur|"
              r"bill|nota|facturen|invoices)"),
        # Another provider's bill ("de factuur van mijn psycholoog klopt niet"): a person answers.
        (2.0, r"(?:factuur|rekening|invoice|bill|nota|facturen|invoices) " + G2 + r"(?:van|of|from) " + G1
              + r"(?:mijn|my|de|the|een|a) " + G1 + r"(?:" + CARER + r"|" + GP + r"|tandarts|dentist|"
              r"ziekenhuis|hospital|kliniek|clinic|praktijk|practice|advocaat|lawyer)"),
        # A bill of or for someone else, business administration ("kvk nummer voor de factuur van mijn
        # werkgever"): not the price of our help.
        (2.0, r"(?:factuur|invoice|bill|rekening|nota) " + G2 + r"(?:van|of|from|voor|for) (?:mijn|my|m) "
              r"[a-z]+|kvk|kvk nummer|btw nummer|vat number|chamber of commerce"),
        # The price of something other than our help: a lawyer, a report, a fine.
        (2.0, r"aangifte|advocaat|lawyer|attorney|rechtsbijstand|legal aid|boete|fine|borg|bail|"
              r"police report|proces verbaal|griffierecht|court fees"),
    ),
    "gp_report": (
        # The writer calling someone, the GP away or prescribing ("mijn huisarts is met vakantie, wie
        # moet ik bellen voor mijn medicijnen"): practical care, not the GP reporting.
        (2.0, r"(?:wie|who) (?:moet|kan|zal|should|can|do) (?:ik|i) " + G3 + r"(?:bellen|call|contact|"
              r"ring)|met vakantie|on holiday|on vacation|medicijnen|medication|recept|prescription|"
              r"herhaalrecept"),
        # The GP has already acted: a specific case that needs a person.
        (2.0, r"(?:heeft|has|had|already|al) " + G3 + r"(?:melding gedaan|gemeld|reported|aangegeven|"
              r"doorgegeven|gebeld|called|contacted|ingeschakeld|een melding)"),
    ),
    "what_now": (
        # The next step of an intake or appointment already arranged: a person answers.
        (1.0, r"intake|intakegesprek|afspraak|appointment|aanmelding|registration|wachtlijst|"
              r"waiting list|doorverwezen|referred"),
    ),
    "coping_urges": (
        # Coping with something else: grief, illness, a break-up, losing a job.
        (1.0, r"overleden|gestorven|died|passed away|begrafenis|funeral|kanker|cancer|scheiding|divorce|"
              r"ontslagen|ontslag|fired|laid off|rouw|grief|verdriet om|scheiden|uit elkaar|break up|"
              r"broke up|"
              r"split up|dumped me|left me|verlaten"),
    ),
    "am_i_alone": (
        # Our staff counted ("hoeveel mensen werken er bij jullie"), not others like the writer.
        (2.0, r"werken|work|works|working|employed|medewerkers|staff|employees|personeel|"
              r"vrijwilligers|volunteers"),
        (2.0, r"droom|dromen|gedroomd|dream|dreams|dreamt|dreamed|nachtmerrie\w*|nightmare\w*"),
        # "is het normaal dat de chat zo lang laadt": the site, not the feelings
        (2.0, r"laadt|laden|loading|load|traag|slow|hapert|werkt niet|doet het niet|doesnt work|"
              r"not working|crash\w*|foutmelding|error|bug|wachtwoord|password|inloggen|log in|login"),
    ),
    "tell_partner": (
        # The partner as co-writer ("my wife and I ..."), not the one to be told.
        (2.0, r"(?:(?:mijn|my) " + PARTNER + r" (?:en ik|and i|and me)|(?:ik|i) (?:en|and) (?:mijn|my) "
              + PARTNER + r")(?! " + G2 + r"(?:together|samen|married|getrouwd|a couple|een stel|"
              r"for \w+ years|al \w+ jaar))"),
        (2.0, r"(?:already|al) " + G2 + r"(?:knows|weet|found out|know|told|verteld)|found out|kwam erachter|"
              r"is erachter gekomen|heeft het ontdekt|ontdekte|discovered"),
    ),
    "police": (
        # Released from prison, a past sentence: a story or a practical question, not the fear of
        # being caught ("ik ben uit de gevangenis en zoek werk").
        (2.0, r"uit de gevangenis|out of prison|out of jail|vrijgelaten|released|ex gedetineerde|"
              r"heb gezeten|served time|served my sentence|mijn straf uitgezeten"),
        # Filing a report oneself ("hoe doe ik aangifte van misbruik"): how a procedure works.
        # (Not a report against the writer: "wordt er aangifte tegen mij gedaan" is the police question.)
        (1.0, r"aangifte (?:doen |te doen |gedaan )?(?:van|over|bij) |(?:hoe|waar|wil|kan|moet) (?:doe |kan |"
              r"moet |wil )?(?:ik |je )" + G2 + r"aangifte|file a (?:police )?report|press charges|"
              r"een melding maken|melding doen"),
        # A dream of being arrested is a story about fear, not the question how likely it is.
        (1.0, r"droom|dromen|gedroomd|dream|dreams|dreamt|dreamed|nachtmerrie\w*|nightmare\w*"),
        # The legality of a particular act, or what happens in a procedure: a lawyer's question.
        (2.0, r"(?:strafbaar|illegal|legaal|legal|verboden|toegestaan|allowed|against the law|mag (?:het|"
              r"dat)) (?:om|to|als|if|dat|that|wanneer|when)(?! " + G3 + r"(?:gevoelens|gedachten|"
              r"feelings|thoughts|fantasieen|fantasies|zo denk|think like|zo voel|feel like|zo ben|"
              r"this way|ik (?:dit|het) (?:vertel|zeg|schrijf)|i (?:tell|say|write|admit)))"),
        (2.0, r"(?:wat gebeurt er|what happens|what will happen|hoe gaat het|how does it go|wat doen ze|"
              r"what do they do) " + G6 + r"(?:laptop|computer|telefoon|phone|huiszoeking|search|inval|"
              r"raid|in beslag|seize|seized|confiscate\w*|verhoor|interview|meenemen|meegenomen)"),
        (2.0, r"(?:mezelf|mijzelf|myself) " + G3 + r"(?:aangeven|melden|turn in|report|aangeven bij)|"
              r"turn myself in|report myself|aangifte doen|aangifte gedaan|zelf aangeven|"
              r"(?:ik|wil) mij aangeven bij"),
    ),
    "anonymity": (
        # A GP's confidentiality is the GP question ("gp confidentiality - does it apply?"), not ours.
        (1.0, GP + " " + G3 + r"(?:confidentiality|confidential|beroepsgeheim|vertrouwelijk|"
              r"geheimhouding|privacy|zwijgplicht)|(?:confidentiality|beroepsgeheim|geheimhouding|"
              r"zwijgplicht) (?:of|van) (?:a |an |the |my |de |een |mijn )?" + GP),
        # Anonymous help as the kind of help asked about ("voluntary, anonymous support"): the help
        # question (not "kan ik anoniem hulp krijgen", where the writer asks to stay anonymous).
        (1.0, r"(?:anonymous|anonieme) (?:support|help|hulp|steun|treatment|behandeling|gesprekken|call|"
              r"calls|"
              r"appointment|afspraak|zorg|care|programma|group|groep|counselling|therapy|therapie)"),
        # Deleting files on one's own device: a question about evidence, not about this service.
        (2.0, r"(?:deleted|verwijderd|gewist|wissen|wipe|wiped|delete) " + G4 + r"(?:laptop|computer|"
              r"telefoon|"
              r"harde schijf|hard drive|drive|prullenbak|recycle bin|browser|history|zoekgeschiedenis|"
              r"bestanden|files)|(?:laptop|computer|harde schijf|hard drive|browser|history|zoekgeschiedenis|"
              r"bestanden|files) " + G4 + r"(?:deleted|verwijderd|gewist|wiped)"),
        # Staying anonymous while reporting someone else: not a question about this service.
        (2.0, r"(?:tip|tippen|melden|melding|aangifte|report|reporting|aangeven|inform|informeren) "
              + G6 + r"(?:over|about|tegen|against|on) (?:mijn|my|de|the|een|a|iemand|someone|die|that|"
              r"this|deze|onze|our|his|her|zijn|haar)"),
        (2.0, r"(?:anoniem|anonymous|anonymously) " + G4
              + r"(?:melden|meld|rapporteren|report|tip|tippen|aangeven|aangifte)"),
        (2.0, r"(?:melden|meld|report|rapporteren|aangeven) " + G4 + r"(?:anoniem|anonymous|anonymously)"),
    ),
    "feelings_go_away": (
        (2.0, r"server|servers|database|opgeslagen|stored|deleted|verwijderd|gewist|bewaard|saved|"
              r"gegevens|data|logs"),
        (2.0, r"(?:aangedaan|done to me|did to me|misbruikt|abused|herinneringen|memories|flashbacks|"
              r"trauma|nachtmerries|nightmares)"),
        (1.0, r"(?:therapie|therapy|behandeling|treatment|hulp|help) " + G4
              + r"(?:werkt|works|helpt|helps)"),
    ),
    "help_available": (
        (0.6, r"(?:verdwijnen|disappear|weg|go away|get rid|genezen|cure|cured)"),
        # Sending things, not people ("where do i send my invoice"): not a referral.
        (2.0, r"(?:send|sturen|stuur|opsturen|submit|indienen|mail|mailen) " + G3 + r"(?:invoice|factuur|"
              r"bill|nota|brief|letter|package|pakket|cv|resume|application|sollicitatie|documents|"
              r"documenten|form|formulier)"),
        # A particular clinic's queue or an intake already under way: a person answers.
        (2.0, r"wachtlijst|waiting list|wachttijd|waiting time|wait list|aangemeld|doorverwezen|"
              r"referred|op de lijst|on the list"),
        # Comparing services ("wat is het verschil tussen jullie en de polikliniek"): a person answers.
        (1.0, r"(?:verschil|verschillen|difference|differences) (?:tussen|between|met|with)"),
    ),
    "bad_person": (
        # "zijn er nog anderen ... of ben ik gestoord", "do women write to you or am i some kind of freak":
        # the alternative to others existing, not a question about being a bad person
        (1.0, r"(?:of|or) (?:ben ik|am i) " + G2 + r"(?:gestoord|gek|raar|ziek|sick|crazy|weird|mad|"
              r"abnormaal|abnormal|freak|a freak|alleen|alone|de enige|the only one)"),
        (1.0, r"(?:hij|zij|he|she|hem|him|my husband|mijn man|mijn vriend|my boyfriend|my partner|"
              r"mijn partner|my colleague|mijn collega) (?:is|a|een) " + G2 + r"(?:slecht|bad|monster|evil)"),
    ),
}

# A long message names its topic in the story and asks in a short question ("Mijn behandelaar wil me
# overdragen ... Wat als niemand me meer wil helpen?"): the topic, said outside the sentences read,
# adds this much to an id the question already points at.
TOPIC: dict[str, tuple[float, str]] = {
    "counsellor_stops": (0.4, CARER),
    "gp_report": (0.4, GP),
    "tell_partner": (0.4, r"(?:mijn|my|m) " + PARTNER),
}

# (stronger, weaker): when the first is asked, the second is the same question in other words
# ("is there therapy that makes these feelings go away" asks whether they go away).
SUPPRESSES = (
    ("feelings_go_away", "help_available"),
    ("am_i_paedophile", "bad_person"),
    # The counsellor_stops answer says what to do next and where else to go.
    ("counsellor_stops", "what_now"),
    # The GP answer says what a GP may and may not pass on, the police included.
    ("gp_report", "police"),
    # "ik wil het mijn man vertellen, hoe pak ik dat aan": the how refers to the telling.
    ("tell_partner", "what_now"),
    ("coping_urges", "what_now"),
)

# Situations where no FAQ answer fits: a specific case that needs a person.
VETO = (
    # Images of the writer being spread, extortion: a victim's emergency, not a FAQ.
    r"(?:fotos|foto|beelden|filmpje|filmpjes|video|videos|nudes|naaktfotos|pictures|pics|photos|images) "
    + G3 + r"(?:van mij|of me|van me|rondgestuurd|online gezet|verspreid|shared|posted|spread|gelekt|leaked|"
    r"online (?:komen|komt|staan|staat|zetten|zet|gaan|going|end up)|op internet (?:komen|komt|"
    r"staan|zetten))",
    r"(?:afgeperst|afpersing|chantage|chanteert|gechanteerd|blackmail|blackmailing|sextortion|"
    r"dreigt (?:mijn|om)|threatening to|threatens to)",
    r"(?:offline|eraf|weg) (?:halen|gehaald|krijgen)|take (?:it |them )?down|"
    r"(?:fotos|foto|beelden|filmpje|filmpjes|video|videos|nudes|naaktfotos|pictures|pics|photos|images|"
    r"account|profiel|post|posts|link|site|website) " + G3 + r"laten verwijderen|"
    r"get (?:it|them) removed",
    # Reporting content or a person: the meldpunt, not us.
    r"(?:website|site|account|url|link|kanaal|channel|groep) " + G4
    + r"(?:melden|rapporteren|report|aangeven)|meldpunt|report (?:a|this|the) (?:site|website|account)",
    # Legal proceedings already under way.
    r"dagvaarding|rechtszaak|rechtbank|court|trial|rechter|advocaat|lawyer|attorney|celstraf|"
    r"veroordeling|sentence|sentenced|verhoor|taakstraf|reclassering|probation(?! officer)|"
    r"(?:already|al) " + G2 + r"(?:reported|arrested|gemeld|aangegeven|opgepakt|gearresteerd|charged)|"
    r"(?:already|al) " + G2 + r"(?:gebeld|called|contacted|ingeschakeld|involved) (?:met |with )?"
    r"(?:veilig thuis|de politie|the police|politie|police|jeugdzorg|child protection|social services)|"
    r"(?:was|werd|is|got|been) (?:gisteren |vorige week |last week |yesterday )?"
    r"(?:gearresteerd|opgepakt|arrested|aangehouden|charged|veroordeeld|convicted)",
    # Press and research requests.
    r"journalist|journalistiek|interview|interviewen|scriptie|thesis|afstudeer|"
    r"(?:schrijf|schrijven|write|writing|werk aan|working on|voor|for) (?:een |an |a |mijn |my )?"
    r"(?:artikel|article|stuk|piece|paper|blog)|"
    r"onderzoek (?:voor|naar)|research (?:for|on|into)|reportage|documentary|documentaire",
    # The writer as a victim of something still going on.
    r"(?:het|it) (?:gebeurt|happens) " + G2 + r"(?:thuis|nog|at home|still)",
)
# The writer as a victim: no FAQ answer, unless the writer also says they now have such thoughts or
# feelings themselves ("ik ben als kind misbruikt; nu heb ik zelf van die gedachten").
VICTIM = (
    r"(?:het|it) (?:gebeurde|happened) " + G2 + r"(?:thuis|nog|at home|still)|"
    r"(?:misbruikt|abused|aangerand|verkracht|raped|molested) (?:door|by|geweest|been)|"
    r"(?:mij|me) (?:is )?aangedaan|done to me|did to me"
)
OWN_ATTRACTION = (
    r"(?:zelf|myself|ik heb nu|now i have|i now have|nu heb ik) " + G3 + r"(?:van die |zulke |dezelfde |"
    r"such |the "
    r"same |those |these )?(?:gedachten|gevoelens|fantasieen|thoughts|feelings|fantasies|urges|neigingen)|"
    r"(?:gevoelens|gedachten|feelings|thoughts|attraction|aantrekking) (?:voor|naar|for|to|towards|about) "
    r"(?:kinderen|children|kids|minderjarigen|minors|jonge|young)|(?:aangetrokken|attracted) (?:tot|to)"
)

# The writer writes about another person's behaviour (a professional's case, a worried
# relative): only the general answers fit, never one about the writer's own feelings.
THIRD_PARTY = (
    r"(?:mijn|my|onze|our|een|a) (?:client|clienten|patient|patienten|leerling|leerlingen|pupil|student|"
    r"collega|colleague|coworker|buurman|buurvrouw|neighbour|neighbor|broer|brother|zus|sister|vader|father|"
    r"dad|stiefvader|stepfather|stepdad|oom|uncle|opa|grandfather|zoon|son|dochter|daughter|ex|friend|"
    r"neef|nephew|cousin|teamgenoot|trainer|coach|docent|teacher|leraar|juf|meester|schoonvader|zwager|"
    r"kind|kindje|child|kid|zoontje|dochtertje|nichtje|neefje|stiefzoon|stiefdochter|stepson|"
    r"stepdaughter) "
    + G6 + r"(?:heeft|has|had|keeps|kijkt|keek|watches|looks|looking|watching|downloading|searching|"
    r"gekeken|bekeken|gedownload|zit|sits|doet|does|stuurt|sends|maakt|makes|"
    r"told me|vertelde|zei|said|asked|vroeg|worstelt|struggles|downloadt|downloaded|nam|took|is alleen|"
    r"touches|touched|aanraakt|aangeraakt|betast|misbruikt|abuses|abused|hurts|slaat|hits|"
    r"is alone)",
    r"(?:mijn|my) (?:man|husband|vriend|boyfriend|vriendin|girlfriend|partner|vrouw|wife) " + G3
    + r"(?:kijkt|keek|watches|watched|looks at|looked at|downloadt|gedownload|downloaded|zoekt|searched|"
    r"gekeken|bekeken|is looking|looking at|watching|downloading|"
    r"chat met|chats with|stuurt|sends|zit uren|is alleen met|is alone with|aanraakt|touches|touched|"
    r"bekijkt|bekeek|heeft (?:me |mij )?" + G2 + r"verteld|vertelde|told me|has told me|admitted|bekende|"
    r"heeft opgebiecht|confessed)",
    r"ik ben (?:een )?(?:huisarts|leerkracht|docent|juf|meester|jeugdhulpverlener|maatschappelijk werker|"
    r"psycholoog|hulpverlener|verpleegkundige|wijkagent|mentor|trainer|coach|jeugdarts)|"
    r"im a (?:clinical |forensic |child |school |youth |practising |practicing |registered |family )?"
    r"(?:gp|teacher|social worker|psychologist|therapist|nurse|doctor|youth worker|coach|counsellor|"
    r"secondary school teacher|school teacher|youth leader|psychiatrist|probation officer|"
    r"police officer|school nurse|pediatrician|paediatrician|sexologist|mentor)|"
    # something found on a relative's device: "on my husband's laptop", "op de telefoon van mijn zoon"
    r"(?:(?:my|mijn|m) (?:husbands|mans|partners|boyfriends|sons|zoons|fathers|dads|brothers|wifes|"
    r"girlfriends|uncles|neighbours|neighbors) (?:laptop|computer|phone|pc|tablet|ipad|browser|"
    r"account|history|hard drive)|(?:op|in|on) (?:de |het |zijn |haar )?(?:laptop|computer|telefoon|"
    r"phone|pc|tablet|ipad|account|gsm) (?:van|of) (?:mijn|my|m) " + G1 + r"(?:man|vriend|partner|"
    r"zoon|vader|broer|oom|buurman|husband|boyfriend|son|father|dad|brother|uncle|neighbour|"
    r"neighbor))|"
    r"(?:a|my|een|mijn) (?:client|patient|clienten|patienten|leerling) " + G3 + r"(?:discloses|disclosed|"
    r"tells me|told me|vertelt|vertelde|onthult|admits|admitted|bekent)",
)
# Answers that fit a writer asking on someone else's behalf.
THIRD_PARTY_OK = frozenset({"help_available", "opening_hours", "costs", "anonymity"})
# A relative may ask what telling us sets off: "als ik vertel wat mijn man kijkt, staat de politie
# dan voor de deur?" (not "hij is bang dat hij wordt opgepakt": his fear, asked for him).
THIRD_PARTY_IF = {
    "police": r"(?:als ik|if i|wanneer ik|when i) " + G4
              + r"(?:vertel|zeg|schrijf|meld|tell|say|write|share) "
              + gap(8) + r"(?:politie|police|cops) " + G4 + r"(?:bij ons|bij mij|voor de deur|aan de deur|"
              r"at our door|at my door|langs|komt|komen|staat|staan|come|show up)",
}

# Sentences that ask something even without a question mark.
QUESTION_OPENERS = (
    r"^(?:hoe|wat|waar|wanneer|waarom|welke|wie|ben|is|zijn|kan|kun|kunnen|mag|moet|heb|heeft|hebben|"
    r"word|wordt|gaat|gaan|komt|kom|blijf|blijft|zal|zou|bestaat|klopt|weet|hoeveel|geldt|tot|vanaf|"
    r"how|what|where|when|why|which|who|am|is|are|can|could|may|must|should|will|would|do|does|did|have|"
    r"has)\b",
    r"\b(?:ik vraag me af|ik vroeg me af|i wonder|i was wondering|ik wil (?:graag |eerst |even |alleen |"
    r"nog |wel )*weten|ik zou (?:graag |eerst |even )*willen weten|i (?:want|need|would like|d like) "
    r"(?:to )?(?:first |just )?(?:know|ask)|i want to know|"
    r"id like to know|i would like to know|graag weten|tips|any tips|ofzo|or what|of niet|toch|"
    r"i wanted to ask|i want to ask|id like to ask|i would like to ask|ik wilde vragen|ik wou vragen|"
    r"ik wil vragen|ik wil graag vragen|mijn vraag is|my question is)\b",
)

# A question word, a verb and its subject at the start of a sentence ask even without "?" (not
# "wat ik wil zeggen is", "hoe dan ook").
INVERTED_QUESTION = (
    r"^(?:hoe|wat|waar|wanneer|waarom|welke|how|what|where|when|why|which) "
    r"(?:kan|kun|moet|krijg|ga|zal|zou|doe|is|zijn|ben|mag|can|do|does|should|could|will|would|am|is|are|"
    r"must|may) (?:ik|je|jullie|i|you|we|het|dit|er|it|this|there)\b"
)

# Placeholders and greetings contribute nothing.
GREETING = r"^(?:hallo|hoi|hey|hi|hello|dag|beste|geachte|goedemorgen|goedemiddag|goedenavond|dear)\b"
