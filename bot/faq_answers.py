"""FAQ answer texts: loaded once from config/faq/<lang>.toml, rendered with facts from configuration.

The texts are the helpline's to edit; the facts in them (opening hours, how long what is kept,
links, whether contact is anonymous and free) come from the service configuration, so that an
answer stays true when the configuration changes. Every answer ends with how to reach a person.
"""
from __future__ import annotations

import string
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

LANGS = ("nl", "en")
DEFAULT_LANG = "nl"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_NAMES = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_JOIN = {"nl": {"range": " t/m ", "pair": " en ", "and": " en ", "suffix": " uur", "sep": ".",
                "closed": "op dit moment op geen vaste tijden"},
         "en": {"range": " to ", "pair": " and ", "and": " and ", "suffix": "", "sep": ":",
                "closed": "at no fixed times at the moment"}}
RESERVED = "_reach"


class FaqError(KeyError):
    """An unknown FAQ id, or a text that names a fact the configuration does not have."""


def _clock(hhmm: str, sep: str) -> str:
    hours, minutes = hhmm.strip().split(":")
    return f"{int(hours):02d}{sep}{int(minutes):02d}"


def _shift_text(shift: str, lang: str) -> str:
    start, end = str(shift).split("-")
    sep = _JOIN[lang]["sep"]
    return f"{_clock(start, sep)}–{_clock(end, sep)}"


def hours_text(week: Sequence[Sequence[str]], lang: str) -> str:
    """"maandag t/m vrijdag 09.00–22.00 uur, zaterdag en zondag 10.30–19.00 uur" from seven shift lists.

    Consecutive days with the same shifts are grouped; closed days are left out.
    """
    w = _JOIN[lang]
    names = _DAY_NAMES[lang]
    groups: list[tuple[int, int, tuple[str, ...]]] = []
    for day, shifts in enumerate(week):
        key = tuple(str(s).strip() for s in shifts)
        if groups and groups[-1][2] == key and groups[-1][1] == day - 1:
            groups[-1] = (groups[-1][0], day, key)
        else:
            groups.append((day, day, key))
    parts: list[str] = []
    for first, last, shifts in groups:
        if not shifts:
            continue
        if first == last:
            days = names[first]
        elif last == first + 1:
            days = names[first] + w["pair"] + names[last]
        else:
            days = names[first] + w["range"] + names[last]
        times = w["and"].join(_shift_text(s, lang) for s in shifts)
        parts.append(f"{days} {times}{w['suffix']}")
    return ", ".join(parts) if parts else w["closed"]


def _period(n: int, lang: str, unit: str) -> str:
    words = {("nl", "day"): ("dag", "dagen"), ("nl", "hour"): ("uur", "uur"),
             ("en", "day"): ("day", "days"), ("en", "hour"): ("hour", "hours")}[(lang, unit)]
    return f"{n} {words[0] if n == 1 else words[1]}"


@dataclass(frozen=True)
class FaqFacts:
    """The facts answer texts may state, taken from the service configuration."""

    hours_nl: str = "maandag t/m vrijdag 09.00–22.00 uur, zaterdag en zondag 10.30–19.00 uur"
    hours_en: str = "Monday to Friday 09:00–22:00, Saturday and Sunday 10:30–19:00"
    anonymous: bool = True
    free: bool = True
    message_text_days: int = 30
    vault_grace_hours: int = 24
    name: str = "Stop it Now"
    self_help_url: str = "https://stopitnow.nl/zelfhulp"
    waag_url: str = "https://stopitnow.nl/belafspraak-de-waag"
    emergency: str = "112"
    suicide_line: str = "113"
    suicide_line_free: str = "0800-0113"

    @classmethod
    def from_config(cls, cfg: Mapping[str, Any]) -> FaqFacts:
        """From the plain configuration dict ([service], [hours], [retention] of config/default.toml)."""
        service = cfg.get("service", {})
        hours = cfg.get("hours", {})
        retention = cfg.get("retention", {})
        d = cls()
        week = [hours.get(day, []) for day in _WEEKDAYS]
        has_week = any(day in hours for day in _WEEKDAYS)
        return cls(
            hours_nl=hours_text(week, "nl") if has_week else d.hours_nl,
            hours_en=hours_text(week, "en") if has_week else d.hours_en,
            anonymous=bool(service.get("anonymous", d.anonymous)),
            free=bool(service.get("free", d.free)),
            message_text_days=int(retention.get("message_text_days", d.message_text_days)),
            vault_grace_hours=int(retention.get("vault_grace_hours", d.vault_grace_hours)),
            name=str(service.get("name") or d.name),
            self_help_url=str(service.get("self_help_url") or d.self_help_url),
            waag_url=str(service.get("waag_url") or d.waag_url),
            emergency=str(service.get("emergency") or d.emergency),
            suicide_line=str(service.get("suicide_line") or d.suicide_line),
            suicide_line_free=str(service.get("suicide_line_free") or d.suicide_line_free),
        )

    def values(self, lang: str) -> dict[str, str]:
        """The placeholders the texts may use, in `lang`."""
        return {
            "hours": self.hours_nl if lang == "nl" else self.hours_en,
            "message_text_period": _period(self.message_text_days, lang, "day"),
            "vault_grace_period": _period(self.vault_grace_hours, lang, "hour"),
            "message_text_days": str(self.message_text_days),
            "vault_grace_hours": str(self.vault_grace_hours),
            "name": self.name,
            "self_help_url": self.self_help_url,
            "waag_url": self.waag_url,
            "emergency": self.emergency,
            "suicide_line": self.suicide_line,
            "suicide_line_free": self.suicide_line_free,
        }


@cache
def _texts(lang: str) -> Mapping[str, Any]:
    path = resources.files("config").joinpath("faq", f"{lang}.toml")
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _lang(lang: str | None) -> str:
    return lang if lang in LANGS else DEFAULT_LANG


def ids() -> list[str]:
    """The FAQ ids, in the order of the Dutch texts."""
    return [key for key in _texts(DEFAULT_LANG) if key != RESERVED]


def _entry(fid: str, lang: str) -> Mapping[str, Any]:
    if fid == RESERVED or fid not in _texts(lang):
        raise FaqError(f"unknown FAQ id {fid!r}")
    return _texts(lang)[fid]


def question(fid: str, lang: str = DEFAULT_LANG) -> str:
    return str(_entry(fid, _lang(lang))["question"])


def examples(fid: str, lang: str = DEFAULT_LANG) -> list[str]:
    return [str(x) for x in _entry(fid, _lang(lang)).get("examples", [])]


def _fill(template: str, values: Mapping[str, str]) -> str:
    names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    missing = names - values.keys()
    if missing:
        raise FaqError(f"FAQ text uses unknown fact(s): {', '.join(sorted(missing))}")
    return template.format_map(values)


def render(fid: str, lang: str, facts: FaqFacts) -> str:
    """The answer to FAQ `fid` in `lang` (nl when unknown), ending with how to reach a person."""
    lang = _lang(lang)
    entry = _entry(fid, lang)
    text = entry["answer"]
    if not facts.anonymous and "answer_not_anonymous" in entry:
        text = entry["answer_not_anonymous"]
    if not facts.free and "answer_not_free" in entry:
        text = entry["answer_not_free"]
    values = facts.values(lang)
    reach = _texts(lang)[RESERVED]["text"]
    return _fill(text.strip(), values) + "\n\n" + _fill(reach.strip(), values)
