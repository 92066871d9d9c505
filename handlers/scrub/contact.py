"""Identifiers that reach a person online: e-mail addresses, links, IP addresses, usernames."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable

from .gazetteer import KEEP_WORDS
from .language import FUNCTION_WORDS
from .model import Span
from .shape import matches_at

TLDS = frozenset(
    "com nl be org net eu uk de fr io info me co tv app dev online nu biz xyz ch at es it pl tk ly gg to cc "
    "us ca au email live mail gmail hotmail outlook".split()
)

# How these patterns stay fast: the first character comes before the look-behind, so that the regex
# engine skips ahead to it instead of trying the whole pattern at every position; and a run of word
# characters is possessive (`{1,63}+`), because what follows a run never starts with a word character,
# so giving characters back could never lead to a match and would only cost time.
EMAIL_RE = re.compile(r"[\w.+-](?<![\w.+-].)[\w.+-]{0,63}+@[\w-]{1,63}+(?:\.[\w-]{1,63}+){1,8}")
_DOT = r"(?:\.|[ \t]*[\[\(\{](?:dot|punt)[\]\)\}][ \t]*|[ \t]+(?:dot|punt)[ \t]+)"
_AT = (
    r"(?:[ \t]*[\[\(\{<][ \t]*(?:at|@|apenstaartje|a)[ \t]*[\]\)\}>][ \t]*"
    r"|[ \t]+(?:at|apenstaartje)[ \t]+|[ \t]+@[ \t]*|@[ \t]+)"
)
# "piet punt de vries at ...": a surname's tussenvoegsel spoken as separate words in the local part
_PARTICLES = r"(?:(?:van|de|der|den|ten|ter|te|het|'t|la|le|el|al|von|di|da|du)[ \t]+){0,3}"
OBFUSCATED_EMAIL_RE = re.compile(
    r"[\w+-](?<![\w.+-].)[\w+-]{0,39}+(?:"
    + _DOT
    + _PARTICLES
    + r"[\w+-]{1,40}+){0,4}"
    + _AT
    + r"[\w-]{1,63}+(?:"
    + _DOT
    + r"[\w-]{1,63}+){1,4}",
    re.I,
)
_OBFUSCATION_HINT = re.compile(r"\b(?:at|apenstaartje)\b|[\[\(\{<]\s*(?:at|@|a)\s*[\]\)\}>]|\s@|@\s", re.I)
# The hint's three parts, each starting with a character the regex engine can skip ahead to: an "@" next
# to a space, a bracket, and "at" or "apenstaartje" as a word (the look-behind puts the word boundary
# after the first letter).
_OBFUSCATION_HINTS = (
    re.compile(r"@(?:(?<=\s@)|(?=\s))"),
    re.compile(r"[\[\(\{<]\s*(?:at|@|a)\s*[\]\)\}>]", re.I),
    re.compile(r"a(?<!\w.)(?:t|penstaartje)\b", re.I),
)


def _obfuscation_hint(text: str) -> bool:
    """_OBFUSCATION_HINT.search(text), faster."""
    return any(hint.search(text) for hint in _OBFUSCATION_HINTS)


_FIRST_WORD = re.compile(r"[\w+-]+")
_LAST_LABEL = re.compile(r"(\w+)\W*$")


_LOCAL_PART_REVERSED = re.compile(r"[\w.+-]*")


def _email_matches(text: str) -> list[re.Match[str]]:
    """EMAIL_RE.finditer(text), tried only where an address can start: at the start of the run of
    word characters, dots, plus and minus signs right before an "@"."""
    reverse = text[::-1]
    n = len(text)
    starts = set()
    pos = text.find("@")
    while pos >= 0:
        starts.add(pos - (_LOCAL_PART_REVERSED.match(reverse, n - pos).end() - (n - pos)))  # type: ignore[union-attr]  # matches empty
        pos = text.find("@", pos + 1)
    return matches_at(EMAIL_RE, text, sorted(starts))


def find_emails(text: str) -> list[Span]:
    hint = _obfuscation_hint(text)
    if "@" not in text and not hint:
        return []
    spans = []
    if "@" in text:
        for m in _email_matches(text):
            end = m.end()
            while text[end - 1] in ".-":
                end -= 1
            if "." in text[text.index("@", m.start()) : end]:
                spans.append(Span(m.start(), end, "email", 100))
    if hint:
        pos = 0
        while (o := OBFUSCATED_EMAIL_RE.search(text, pos)) is not None:
            label = _LAST_LABEL.search(o.group())
            if label and label.group(1).lower() in TLDS:
                spans.append(Span(o.start(), o.end(), "email", 99))
                pos = o.end()
            else:
                # "reach me at jake.w(at)...": the spoken "at" before the address made a false start;
                # try again one word later (matches are bounded, so this stays linear)
                w = _FIRST_WORD.match(text, o.start())
                pos = max(o.start() + 1, w.end() if w else 0)
    return spans


URL_RE = re.compile(r"(?<![\w@/.-])(?:(?:https?|ftp)://|www\.)[^\s<>\"'\[\]{}|\\^`]{1,2000}", re.I)
BARE_URL_RE = re.compile(
    r"(?<![\w@/.-])(?:[a-z0-9][a-z0-9-]{0,62}\.){1,5}(?:"
    + "|".join(sorted(TLDS))
    + r")/[^\s<>\"'\[\]{}|\\^`]{1,2000}",
    re.I,
)
_TRAILING = ".,;:!?)'\"»”’"


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _TRAILING:
        if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
            break
        end -= 1
    return end


def _bare_url_possible(text: str) -> bool:
    """Whether BARE_URL_RE could match: somewhere a listed top-level domain between a dot and a "/"."""
    if not text.isascii():
        return True  # in other text a case-insensitive match is not simply a lower-case one
    lower = text.lower()
    pos = lower.find("/")
    while pos >= 0:
        dot = lower.rfind(".", max(0, pos - 8), pos)  # the longest domain ("outlook") has 7 letters
        if dot >= 0 and lower[dot + 1 : pos] in TLDS:
            return True
        pos = lower.find("/", pos + 1)
    return False


def find_urls(text: str) -> list[Span]:
    if "/" not in text and "www" not in text.lower():
        return []
    spans = []
    # A link with a scheme or "www." (no other character folds to "w" in any case).
    for m in URL_RE.finditer(text) if "://" in text or "www." in text.lower() else ():
        end = _trim(text, m.start(), m.end())
        rest = re.sub(r"^(?:(?:https?|ftp)://)?[^/?#]*", "", text[m.start() : end], flags=re.I)
        # A bare site ("https://www.stopitnow.nl/") names no person; a path or query may (a profile).
        if rest.strip("/"):
            spans.append(Span(m.start(), end, "url", 95))
    for m in BARE_URL_RE.finditer(text) if _bare_url_possible(text) else ():
        end = _trim(text, m.start(), m.end())
        rest = text[m.start() : end].split("/", 1)[1]
        if rest.strip("/"):
            spans.append(Span(m.start(), end, "url", 94))
    return spans


IPV4_RE = re.compile(
    r"(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\.?\d)(?!\w)"
)
IPV6_RE = re.compile(r"(?<![\w:])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![\w:])", re.I)


# Four dot-separated digit groups, in the text or (faster, see shape.py) in its shape.
_IPV4_HINT = re.compile(r"\d\.\d{1,3}\.\d{1,3}\.\d")
_IPV4_SHAPE = re.compile(r"1\.1{1,3}\.1{1,3}\.1")
# Two colons with at most four hexadecimal digits between them, as every IPv6 address has.
_IPV6_HINT = re.compile(r":[0-9a-f]{0,4}:", re.I)


def find_ips(text: str, shape: str | None = None) -> list[Span]:
    spans = []
    if _IPV4_SHAPE.search(shape) if shape is not None else _IPV4_HINT.search(text):
        spans = [Span(m.start(), m.end(), "ip", 88) for m in IPV4_RE.finditer(text)]
    if text.count(":") >= 2 and _IPV6_HINT.search(text):
        for m in IPV6_RE.finditer(text):
            try:
                ipaddress.IPv6Address(m.group())
            except ValueError:
                continue
            spans.append(Span(m.start(), m.end(), "ip", 88))
    return spans


AT_HANDLE_RE = re.compile(r"(?<![\w@./])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,38}[A-Za-z0-9_])?")
REDDIT_USER_RE = re.compile(r"(?<![\w/])u/[A-Za-z0-9_-]{3,20}+(?![\w/-])")
TAG_RE = re.compile(r"(?<![\w.#])[A-Za-z0-9_.]{2,32}#\d{4}(?!\d)")
# only tokens that start with a letter and hold a digit or an underscore can be handle-shaped
# (possessive: a digit or underscore never is a letter or dot, so giving letters back cannot help)
HANDLE_TOKEN_RE = re.compile(r"[A-Za-z](?<![\w.@#/-].)[A-Za-z.]{0,38}+[\d_][\w.]{0,38}")
_LETTERS_DIGITS = re.compile(r"([A-Za-z]{3,})(\d{2,})")
_NOT_HANDLES = frozenset(
    "covid corona windows win iphone galaxy pixel fifa gta top android ios office level lvl groep klas jaar "
    "page pagina nummer versie version room kamer bus lijn line route html utf sha md mp tv rtl npo sbs net "
    "nba nfl ps xbox cod pes nr no week dag day".split()
)
_PLATFORM_NAMES = (
    "snapchat",
    "snap",
    "instagram",
    "insta",
    "ig",
    "tiktok",
    "tik tok",
    "discord",
    "telegram",
    "kik",
    "twitter",
    "threads",
    "facebook",
    "fb",
    "roblox",
    "minecraft",
    "fortnite",
    "steam",
    "psn",
    "xbox",
    "twitch",
    "youtube",
    "reddit",
    "signal",
    "skype",
    "wickr",
    "whatsapp",
    "gebruikersnaam",
    "username",
    "user name",
    "accountnaam",
    "account name",
    "account",
    "gamertag",
    "nickname",
    "bijnaam",
    "handle",
    "profiel",
    "profile",
)
# Each platform name's first word, and where the names with that first word stand in the list.
_PLATFORM_AT: dict[str, list[int]] = {}
for _i, _name in enumerate(_PLATFORM_NAMES):
    _PLATFORM_AT.setdefault(_name.split()[0], []).append(_i)
_PLATFORM_FIRSTS = frozenset(_PLATFORM_AT)
# What follows a platform name when a username is given: "is x", ": x", "naam is x".
_PLATFORM_TAIL = re.compile(
    r"(?:[ \t]+(?:naam|name|account|id|handle|username|gebruikersnaam))?"
    # "op snap heet hij x": the pronoun may stand between the verb and the name
    r"(?:[ \t]+(?:is|was|heet|heette|=|-)(?:(?<=heet|ette)[ \t]+(?:hij|ie|ze|zij|ik|he|she))?[ \t]+"
    r"|[ \t]*[:=][ \t]*)"
    # (the last character may be any letter: "privé" is a word, not "priv" and a leftover "é")
    r"['\"“‘]?@?([A-Za-z0-9][\w.#-]{0,38}[\w])",
    re.I,
)


def handle_shaped(token: str) -> bool:
    letters = sum(c.isalpha() for c in token)
    if letters == 0:
        return False
    if "_" in token:
        return True
    has_digit = any(c.isdigit() for c in token)
    if "." in token.strip(".") and has_digit and re.search(r"[A-Za-z]{2,}", token):
        return True
    m = _LETTERS_DIGITS.fullmatch(token)
    return bool(m and m.group(1).lower() not in _NOT_HANDLES)


# In a handle-shaped token a letter or a dot stands right before a digit or an underscore. Digits and
# underscores are rarer than letters, so the pattern starts with them.
_HANDLE_HINT = re.compile(r"[\d_](?<=[A-Za-z.].)")
# The same in the shape of ASCII text (see shape.py); there the token scan can start right where a
# handle-shaped token would: at the start of the run of letters and dots before each such pair.
# (two patterns that each start with a fixed character, which the regex engine skips ahead to fastest)
_HANDLE_HINTS_IN_SHAPE = (re.compile(r"1(?<=[aA.]1)"), re.compile(r"_(?<=[aA.]_)"))
_LETTERS_AND_DOTS = re.compile(r"[aA.]*")
_UNDERSCORE_AFTER = _HANDLE_HINTS_IN_SHAPE[1].search


def _handle_tokens(text: str, shape: str | None) -> Iterable[re.Match[str]]:
    """HANDLE_TOKEN_RE.finditer(text), where no token can be handle-shaped skipped (most messages)."""
    if shape is None:
        return HANDLE_TOKEN_RE.finditer(text) if _HANDLE_HINT.search(text) else ()
    # A letter or a dot right before a digit or an underscore: substring tests, cheaper than even one
    # regex scan, rule out most messages (their digits stand alone: ages, times, phone numbers).
    if not ("a1" in shape or "A1" in shape or ".1" in shape or ("_" in shape and _UNDERSCORE_AFTER(shape))):
        return ()
    reverse = None
    starts = []
    for hint in _HANDLE_HINTS_IN_SHAPE:
        for m in hint.finditer(shape):
            if reverse is None:
                reverse = shape[::-1]
            pos = m.start()  # a token starts where the letters and dots before pos start
            starts.append(
                pos - (_LETTERS_AND_DOTS.match(reverse, len(shape) - pos).end() - (len(shape) - pos))  # type: ignore[union-attr]
            )
    return matches_at(HANDLE_TOKEN_RE, text, sorted(set(starts))) if starts else ()


def find_usernames(text: str, shape: str | None = None) -> list[Span]:
    spans = []
    if "@" in text:
        spans += [
            Span(m.start(), _trim(text, m.start(), m.end()), "username", 85)
            for m in AT_HANDLE_RE.finditer(text)
        ]
    if "#" in text:
        spans += [Span(m.start(), m.end(), "username", 85) for m in TAG_RE.finditer(text)]
    if "u/" in text:  # a Reddit user: "u/quietnight"
        spans += [Span(m.start(), m.end(), "username", 85) for m in REDDIT_USER_RE.finditer(text)]
    # Where no letter or dot stands before a digit or underscore (most messages: digits only in ages
    # and times) no token is handle-shaped and the token scan is skipped.
    for m in _handle_tokens(text, shape):
        token = m.group().rstrip(".")
        if handle_shaped(token):
            spans.append(Span(m.start(), m.start() + len(token), "username", 60))
    return spans


PLATFORM_WORDS = frozenset(
    "snap snapchat insta instagram ig tik tiktok discord telegram kik twitter threads facebook fb roblox "
    "minecraft "
    "fortnite steam psn xbox twitch youtube reddit signal skype wickr whatsapp gebruikersnaam username user "
    "accountnaam account gamertag nickname bijnaam handle profiel profile".split()
)


def find_platform_handles(text: str, vocab: set[str] | None = None) -> list[Span]:
    """The word after a platform name is a username: "mijn snap is sanne", "discord: x".

    vocab, when given, is the text's set of lower-case letter runs: a platform name standing as a
    whole word has its first word there, so the others need not be looked for.
    """
    spans: list[Span] = []
    lower = same_length_lower(text)
    seen: set[int] = set()
    names: tuple[str, ...]
    if vocab is None:
        names = _PLATFORM_NAMES
    else:  # in their order: the first name that gives a handle at a place is the one that counts
        names = tuple(
            _PLATFORM_NAMES[i] for i in sorted(i for w in vocab & _PLATFORM_FIRSTS for i in _PLATFORM_AT[w])
        )
    for word in names:
        pos = lower.find(word)
        while pos >= 0:
            end = pos + len(word)
            if (pos == 0 or not lower[pos - 1].isalnum()) and (end == len(lower) or not lower[end].isalnum()):
                m = _PLATFORM_TAIL.match(text, end)
                if m and m.start(1) not in seen:
                    seen.add(m.start(1))
                    # "a 13yo from discord is coming": the platform is where someone was met, and
                    # what follows "is" says what they do; only a handle-shaped word is a name there
                    # ("on discord: kevin", "op snap heet hij mo" still name one)
                    verb = lower[end : m.start(1)].split() in (["is"], ["was"])
                    if not (verb and _after_preposition(lower, pos) and not handle_shaped(m.group(1))):
                        spans += _platform_handle(m)
            pos = lower.find(word, end)
    return spans


_PLACE_PREPOSITIONS = frozenset("from via on through van op uit over".split())


def _after_preposition(lower: str, pos: int) -> bool:
    """Whether the word before `pos` in the lower-cased text is a preposition ("from discord")."""
    before = lower[max(0, pos - 12) : pos].split()
    return bool(before) and before[-1] in _PLACE_PREPOSITIONS


# A gamertag or display name may hold spaces: "Sneaky Fox 77", "Kevin 1234" (a Discord number).
_HANDLE_MORE_RE = re.compile(r"(?:[ ](?:[A-Z][A-Za-z]{1,20}|\d{1,5})(?![\w.@#-])){1,2}")


def _platform_handle(m: re.Match[str]) -> list[Span]:
    token = m.group(1).rstrip(".")
    low = token.lower()
    if low.isdigit() or low in KEEP_WORDS:
        return []
    # "mijn snap is zonnebloem": after "<platform> is" even a plain word is the name, unless it says
    # something about the account ("mijn insta is privé")
    if handle_shaped(token) or (
        low not in FUNCTION_WORDS and low not in _ACCOUNT_STATES and not token.isupper()
    ):
        end = m.start(1) + len(token)
        if token[0].isupper() and end == m.end(1):
            more = _HANDLE_MORE_RE.match(m.string, end)
            if more:
                end = more.end()
        return [Span(m.start(1), end, "username", 61)]
    return []


_ACCOUNT_STATES = frozenset(
    """
    private privé prive public openbaar weg verwijderd deleted gehackt hacked nep fake nieuw new oud old gone
    blocked geblokkeerd open dicht closed down leeg empty same hetzelfde anders different echt real verified
    actief active inactief inactive offline online gesloten locked banned verbannen kapot broken zo so van
    mijn my zijn his haar her jouw your toch gewoon just really heel very erg
    geheim secret hidden onbekend unknown te too niet not nog still al already
    """.split()
)


def same_length_lower(text: str) -> str:
    """text.lower() with offsets kept (a few characters grow when lowered, e.g. 'İ')."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
