"""The result types of the identifier stripper and the placeholder words per language."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

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


def finding(kind: str, start: int, end: int) -> Finding:
    """Finding(kind, start, end), made without the frozen dataclass's __init__.

    That __init__ sets each field through object.__setattr__, which for a short message costs about as
    much as writing its placeholders; the object made here is the same (its fields in its __dict__).
    """
    f = object.__new__(Finding)
    fields = f.__dict__
    fields["kind"] = kind
    fields["start"] = start
    fields["end"] = end
    return f


def scrub_result(text: str, findings: tuple[Finding, ...]) -> ScrubResult:
    """ScrubResult(text, findings), made the same way as finding()."""
    r = object.__new__(ScrubResult)
    fields = r.__dict__
    fields["text"] = text
    fields["findings"] = findings
    return r


class Span(NamedTuple):
    """A candidate identifier; `priority` decides between overlapping candidates.

    A named tuple, not a dataclass: every pass makes many of these and a tuple is made twice as fast.
    """

    start: int
    end: int
    kind: str
    priority: int
