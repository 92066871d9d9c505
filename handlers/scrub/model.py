"""The result types of the identifier stripper and the placeholder words per language."""

from __future__ import annotations

import re
from dataclasses import dataclass

KINDS = (
    "phone",
    "email",
    "name",
    "address",
    "postcode",
    "iban",
    "bsn",
    "ip",
    "url",
    "username",
    "plate",
    "birthdate",
    "organisation",
)

LABELS: dict[str, dict[str, str]] = {
    "nl": {
        "phone": "telefoonnummer",
        "email": "e-mailadres",
        "name": "naam",
        "address": "adres",
        "postcode": "postcode",
        "iban": "iban",
        "bsn": "bsn",
        "ip": "ip-adres",
        "url": "link",
        "username": "gebruikersnaam",
        "plate": "kenteken",
        "birthdate": "geboortedatum",
        "organisation": "organisatie",
    },
    "en": {
        "phone": "phone",
        "email": "email",
        "name": "name",
        "address": "address",
        "postcode": "postcode",
        "iban": "iban",
        "bsn": "bsn",
        "ip": "ip address",
        "url": "link",
        "username": "username",
        "plate": "licence plate",
        "birthdate": "date of birth",
        "organisation": "organisation",
    },
}

_ALL_LABELS = sorted(
    {label for labels in LABELS.values() for label in labels.values()}, key=len, reverse=True
)
# A placeholder already in the text (it may be scrubbed twice) is left exactly as it is.
PLACEHOLDER_RE = re.compile(r"\[(" + "|".join(re.escape(x) for x in _ALL_LABELS) + r") (\d{1,6})\]")


@dataclass(frozen=True)
class Finding:
    kind: str
    start: int  # offsets in the original text
    end: int


@dataclass(frozen=True)
class ScrubResult:
    text: str
    findings: tuple[Finding, ...]  # never the found values


@dataclass(frozen=True, slots=True)
class Span:
    """A candidate identifier; `priority` decides between overlapping candidates."""

    start: int
    end: int
    kind: str
    priority: int
