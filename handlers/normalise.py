"""Text normalisation shared by the FAQ matcher, the urgency gate and language detection.

Writers type fast, in lowercase, without punctuation, with typos and chat spellings; the
scrubber leaves placeholders such as "[naam 1]" in the text. Matching works on one canonical
form: lowercase ASCII words separated by single spaces, placeholders removed, a few chat
spellings expanded and near-misses of the words the cue patterns rely on corrected.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# "[naam 1]", "[telefoonnummer 2]", "[name 1]", "[e-mailadres 1]": the scrubber's placeholders.
_PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,40}?\s\d{1,3}\]")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_INNER_APOSTROPHE = re.compile(r"(?<=[a-z])'(?=[a-z])")
_NON_WORD = re.compile(r"[^a-z0-9?.!\n]+")
_REPEATS = re.compile(r"([a-z])\1{2,}")
_SENTENCE_END = re.compile(r"[?.!\n]+")

# Chat spellings and common misspellings, whole words only.
_SPELLINGS = {
    "gwn": "gewoon", "gewon": "gewoon", "idd": "inderdaad", "nie": "niet",
    "ni": "niet", "k": "ik", "kzou": "ik zou", "kben": "ik ben", "kheb": "ik heb", "kwil": "ik wil",
    "wrm": "waarom", "mss": "misschien", "mn": "mijn", "m": "mijn", "zn": "zijn",
    "ff": "even", "wa": "wat", "da": "dat", "t": "het", "tis": "het is",
    "ur": "your", "r": "are", "im": "im", "ive": "ive", "dont": "dont", "cant": "cant",
    "wont": "wont", "pls": "please", "plz": "please", "idk": "i dont know", "tho": "though",
    "pedo": "pedo", "paedo": "pedo", "peado": "pedo", "pedofil": "pedofiel", "pedofeil": "pedofiel",
    "pedophiel": "pedofiel", "pedofielen": "pedofiel", "paedophile": "pedophile",
    "paedophiles": "pedophile", "pedophiles": "pedophile", "pedofiele": "pedofiele",
    "paedophilia": "pedophilia", "pedofilia": "pedofilie", "annoniem": "anoniem",
    "anonim": "anoniem", "anoniem": "anoniem", "anonymus": "anonymous", "annonymous": "anonymous",
    "anonimous": "anonymous", "anomymous": "anonymous", "polietie": "politie", "politi": "politie",
    "plitie": "politie", "huisdokter": "huisarts", "dokteur": "dokter", "psych": "psycholoog",
    "psychologe": "psycholoog", "therapist": "therapist", "counselor": "counsellor",
    "behandelaarster": "behandelaar", "begeleidster": "begeleider", "therapeute": "therapeut",
    "opengesteld": "open", "openingsuren": "openingstijden",
    "wnnr": "wanneer", "wnr": "wanneer", "wanner": "wanneer", "hoelaat": "hoe laat",
    "zijt": "zijn", "zijde": "zijn", "gij": "jullie", "ppl": "people",
    "savonds": "s avonds", "snachts": "s nachts", "smorgens": "s morgens", "sochtends": "s ochtends",
    "smiddags": "s middags", "sweekends": "s weekends",
    "euh": "", "uhm": "", "ehm": "", "eh": "", "hm": "", "hmm": "",
}

# Words the cue patterns rely on; a token one edit away from one of these (and not itself a
# known word) is read as that word, so "polite" or "antwoordt" still carry their meaning.
_KEY_WORDS = (
    "anoniem", "anonymous", "opgeslagen", "bewaard", "politie", "police", "arrested",
    "opgepakt", "huisarts", "melding", "meldplicht", "beroepsgeheim", "pedofiel", "pedophile",
    "pedofilie", "toekomst", "future", "gevoelens", "feelings", "gedachten", "thoughts",
    "behandeling", "therapie", "therapy", "treatment", "psycholoog", "psychologist",
    "therapeut", "begeleider", "behandelaar", "counsellor", "partner", "vriendin", "vertellen",
    "girlfriend", "boyfriend", "husband", "bereikbaar", "available", "weekend", "gratis",
    "kosten", "betalen", "vergoed", "verzekering", "insurance", "slecht", "monster",
    "person", "persoon", "enige", "anyone", "genezen", "verdwijnen", "disappear",
    "zelfmoord", "suicide", "afgesproken", "vanavond", "tonight", "schoolplein", "kinderen",
    "children", "doorgeven", "geregistreerd", "achterhalen", "traceren", "openingstijden",
    "beginnen", "volgende", "omgaan", "verleiding", "stoppen", "doctor", "report",
)
# Real words that are one edit away from a key word and must keep their own meaning.
_PROTECTED = frozenset({
    "drank", "drinken", "prison", "persons", "parent", "parents", "poster", "power", "person",
    "enig", "enigma", "kosten", "koste", "kostte", "kasten", "betaald", "vertelde", "verteld",
    "reports", "reporter", "doctors", "future", "stopped", "slechts", "slechte", "melding",
    "meldingen", "gevoelens", "gevoelige", "beginnen", "begonnen", "kinder", "kind", "kinds",
    "therapy", "therapie", "partners", "husbands", "anyone", "anyones", "toekomst", "weekends",
    "begeleiders", "behandelaars", "therapeuten", "psychologen", "monsters", "pedofiele", "pedofielen",
    "stappen", "omgang", "opgaan", "volgden", "stopte", "stapte", "stoppel", "bewaart", "gestopt",
    "engine", "engines",
})
# Dictionary words (Dutch and British word lists) one edit from a key word: "gelezen" is not
# "genezen", "vermoed" not "vergoed", "beaten" not "betalen", "vrienden" not "vriendin".
_PROTECTED |= frozenset("""
    achterhaven afgesproten aksten anodyne antoniem aparter arceren arresten beaten bebaard
    bedaard bedachten begeleidde begeleide begeleiden begijnen begingen beginne beginner behaard
    behalen behandelbaar beiaard bejaard belten bemalen beminnen benadeling benige bepalen
    bereidbaar bereisbaar berinnen bestalen betaken betaler betamen betelen bevalen bewaasd
    bewared bezinnen bezwaar bezwaard boksten bosten breekbaar canyon deport doorgaven doorgever
    doorleven doorweven doorzeven dosten eliding eluding enigen erfgoed etmalen export feedings
    geachten gedichten geduchten gelding gelezen genazen genegen genepen generen genezer genieen
    gerezen gevezen gevoelden gevoelen gevoelend gewaard gewezen goedachten grafts grains grants
    grates gratie gratig gratin greats grenzen herleiding hertellen hinderen hosten huidarts
    huisband huisbars kindeken kisten kloste klosten kloten klotsen knieren knotsen koeten
    koetsen komaan komsten konten kopten korsten korten koster kostje kostten kotsen kotsend
    kotste kotsten kotten kousen kouten kroten kusten kwekend lenige losten meddling meeding
    melting mending menige metalen mewling minderen minster mobster moister monstert monstra
    monteer monter montere monteur mosterd munster nagesproken neigde neigen oenige omgepakt
    omgeslagen ongeslagen onsterk oosten opgehakt opgepast opgepikt opgeplakt opgespat opgezakt
    orgaan overtellen panter parson parten peelings perron persen persona plaice plecht policed
    polices policy poliep polier politer politic politiek polities positie posten prater ratios
    resort retort rosten schilden select shoppen slacht slicht sloppen smeding soppen specht
    splice steppen stippen stoepen stolpen stompen stopper stopten stropen stroppen suture
    thought toekomt tonster toppen tosten valavond venige verbeiding vergde verged vergeld
    vergend vergode vergoden vergold vergood verhoed verkleding verkwijnen vermoed verstellen
    vertelden verteller vertillen vervellen verweiding verwoed vlecht voegende voelende
    vogelende voleinde voorgeven vrienden weekten wekkend welding wenkend werkend wiekend
    wrekend zenige zinderen
""".split())


def _edits1(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    transposes = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    return deletes | transposes


def _build_typo_index() -> dict[str, str]:
    """Deletion/transposition neighbourhood of each key word (SymSpell-style, distance 1)."""
    index: dict[str, str] = {}
    for key in _KEY_WORDS:
        for variant in _edits1(key):
            index.setdefault(variant, key)
    return index


_TYPO_INDEX = _build_typo_index()
_KEY_SET = frozenset(_KEY_WORDS)


@lru_cache(maxsize=8192)
def _correct(token: str) -> str:
    if len(token) < 6 or token in _KEY_SET or token in _PROTECTED:
        return token
    if token in _TYPO_INDEX:  # one letter missing or two swapped
        return _TYPO_INDEX[token]
    for variant in _edits1(token):  # one letter too many, or one wrong letter
        hit = _TYPO_INDEX.get(variant) if variant not in _KEY_SET else variant
        if hit and abs(len(hit) - len(token)) <= 1:
            return hit
    return token


def strip_placeholders(text: str) -> str:
    return _PLACEHOLDER.sub(" ", text)


def fold(text: str) -> str:
    """Lowercase ASCII without accents; placeholders removed; inner apostrophes dropped."""
    text = strip_placeholders(text).translate(_APOSTROPHES)
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("ß", "ss")
    return _INNER_APOSTROPHE.sub("", text)


def _words(chunk: str) -> list[str]:
    out: list[str] = []
    for raw in chunk.split():
        raw = _REPEATS.sub(r"\1", raw)
        mapped = _SPELLINGS.get(raw, raw)
        if not mapped:
            continue
        for tok in mapped.split():
            out.append(_correct(tok))
    return out


def normalise(text: str) -> str:
    """One line of canonical words: "ben ik nou een monster" for "Ben ik nou een MONSTER??"."""
    return " ".join(_words(_NON_WORD.sub(" ", _SENTENCE_END.sub(" ", fold(text)))))


def sentences(text: str) -> list[tuple[str, bool]]:
    """Normalised sentences, each with whether it was written as a question ("?")."""
    folded = _NON_WORD.sub(" ", fold(text))
    out: list[tuple[str, bool]] = []
    for m in re.finditer(r"[^?.!\n]+([?.!\n]*)", folded):
        body = " ".join(_words(m.group(0).rstrip("?.!\n ")))
        if body:
            out.append((body, "?" in m.group(1)))
    return out
