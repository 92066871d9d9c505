"""Only the writer's new words: quoted history, forwarded/replied-to blocks, signatures, mobile
footers and legal disclaimers are cut before the text goes on (and is scrubbed).

Works line by line on plain text (HTML is made plain first). Cutting too little is safer than
cutting too much only for the writer's own words, so every rule looks for a clear marker.
"""
from __future__ import annotations

import re

_QUOTE = re.compile(r"^\s*>")
# "On Mon, 1 May 2026 at 10:00, Jan <jan@x.nl> wrote:" / "Op ma 1 mei 2026 om 10:00 schreef Jan:"
_ATTRIBUTION = (
    re.compile(r"^\s*(on|am|le|el|il)\b.{0,400}\b(wrote|schrieb|a écrit|escribió|ha scritto)\s*:\s*$", re.I),
    re.compile(r"^\s*op\b.{0,400}\bschreef\b.{0,400}:\s*$", re.I),
    re.compile(r"^.{0,300}(<[^<>\s]+@[^<>\s]+>|\S+@\S+)\s*(wrote|schreef|schrieb)\s*:\s*$", re.I),
)
_SEPARATOR = re.compile(
    r"^\s*[-=_*]{2,}\s*(original message|oorspronkelijk bericht|origineel bericht|doorgestuurd bericht|"
    r"forwarded message|ursprüngliche nachricht|message d'origine|begin forwarded message)\s*[-=_*:]*\s*$",
    re.I)
_RULE = re.compile(r"^\s*_{8,}\s*$")
_HEADER_FROM = re.compile(r"^\s*[*>]*\s*(from|van|von|de|afzender)\s*:\s*\**\s*\S", re.I)
_HEADER_NEXT = re.compile(
    r"^\s*[*>]*\s*(sent|verzonden|verstuurd|date|datum|gesendet|envoyé|to|aan|an|à|cc|subject|onderwerp|"
    r"betreff|objet)\s*:", re.I)
_SIG_DELIMITER = re.compile(r"^--\s?$")
_MOBILE = re.compile(
    r"^\s*(sent from|sent with|sent via|verzonden (vanaf|met|van|via)|verstuurd (vanaf|met|van|via)|"
    r"get outlook for|download outlook|outlook voor (ios|android)|gesendet von)\b", re.I)
_CLOSING = re.compile(
    r"^\s*((met )?(vriendelijke|hartelijke|warme|lieve|beste|veel)?\s*groet(en|jes)?|mvg|m\.?v\.?g\.?|"
    r"gr(\.|oet)?|liefs|doei|kind regards|best regards|warm regards|with kind regards|regards|"
    r"best wishes|best|cheers|many thanks|thanks( again)?|thank you|alvast (bedankt|dank)|"
    r"bedankt|dank( je| u)?( wel)?|sincerely|yours( truly| sincerely)?|take care)\s*[,.!]*\s*$",
    re.I)
_SIGNATURE_TAIL_LINES = 8
_DISCLAIMER = re.compile(
    r"(disclaimer|(this|the information in this) (e-?mail|message)[^.]{0,200}"
    r"(confidential|intended|privileged)|(dit|deze) (e-?mail(bericht)?|bericht)[^.]{0,200}"
    r"(vertrouwelijk|bestemd|uitsluitend)|aan (dit|deze) (e-?mail(bericht)?|bericht) kunnen geen "
    r"rechten|no rights can be derived|think before you print|denk aan het milieu|"
    r"if you (have )?received this (e-?mail|message) (in error|by mistake))",
    re.I)


def clean(text: str) -> str:
    """The new text of one mail body, without history, signature or disclaimer."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept = _without_history(lines)
    kept = _without_signature(kept)
    kept = _without_disclaimer(kept)
    return _tidy(kept)


def _attribution_length(lines: list[str], i: int) -> int:
    """1 or 2 when an "... wrote:" line (possibly wrapped over two lines) starts at i; else 0."""
    one = lines[i].strip()
    if len(one) > 600:
        return 0
    if any(p.match(one) for p in _ATTRIBUTION):
        return 1
    if i + 1 < len(lines) and one and not _QUOTE.match(one):
        two = f"{one} {lines[i + 1].strip()}"
        if len(two) <= 600 and any(p.match(two) for p in _ATTRIBUTION):
            return 2
    return 0


def _header_block(lines: list[str], i: int) -> bool:
    """An Outlook-style "From: ... Sent: ... To: ... Subject:" block of a replied-to message."""
    if not _HEADER_FROM.match(lines[i]):
        return False
    following = [ln for ln in lines[i + 1:i + 6] if ln.strip()]
    return any(_HEADER_NEXT.match(ln) for ln in following[:4])


def _without_history(lines: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if (_SIG_DELIMITER.match(line) or _MOBILE.match(line) or _SEPARATOR.match(line)
                or _header_block(lines, i)
                or (_RULE.match(line) and any(_HEADER_FROM.match(ln) for ln in lines[i + 1:i + 4]))):
            break
        if _QUOTE.match(line):
            i += 1
            continue
        attribution = _attribution_length(lines, i)
        if attribution:
            j = i + attribution
            while j < len(lines) and not lines[j].strip():
                j += 1
            if j < len(lines) and _QUOTE.match(lines[j]):
                i += attribution  # interleaved answer: the quoted lines go, the answers stay
                continue
            break  # a full quote without ">" markers: everything below is history
        out.append(line)
        i += 1
    return out


def _without_signature(lines: list[str]) -> list[str]:
    """Cut a closing ("Met vriendelijke groet,") and the name/contact lines below it, when what
    follows is short enough to be a signature."""
    for i in range(len(lines) - 1, -1, -1):
        if _CLOSING.match(lines[i]):
            tail = [ln for ln in lines[i + 1:] if ln.strip()]
            if len(tail) <= _SIGNATURE_TAIL_LINES:
                return lines[:i]
            break
    return lines


def _without_disclaimer(lines: list[str]) -> list[str]:
    """Cut from the first paragraph that reads as a legal disclaimer to the end."""
    start = 0
    for i in range(len(lines) + 1):
        if i == len(lines) or not lines[i].strip():
            paragraph = " ".join(ln.strip() for ln in lines[start:i])
            if paragraph and _DISCLAIMER.search(paragraph):
                return lines[:start]
            start = i + 1
    return lines


def _tidy(lines: list[str]) -> str:
    out: list[str] = []
    for line in (ln.rstrip() for ln in lines):
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    return "\n".join(out).strip()
