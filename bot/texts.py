"""The texts a help-seeker reads, from config/messages/<lang>.toml (Dutch first)."""
from __future__ import annotations

import tomllib
from collections.abc import Mapping
from functools import cache
from typing import Any

import config

LANGS = ("nl", "en")


class _Missing(dict[str, Any]):
    def __missing__(self, key: str) -> str:  # a forgotten placeholder must not crash a reply
        return ""


@cache
def _catalogue(lang: str) -> Mapping[str, Mapping[str, str]]:
    with config.path("messages", f"{lang}.toml").open("rb") as fh:
        return tomllib.load(fh)


def lang_or_default(lang: str | None) -> str:
    return lang if lang in LANGS else "nl"


def text(lang: str | None, key: str, /, **values: Any) -> str:
    """The text `section.name` in `lang`, placeholders filled; Dutch when a key is missing."""
    section, name = key.split(".", 1)
    for candidate in (lang_or_default(lang), "nl"):
        found = _catalogue(candidate).get(section, {}).get(name)
        if found is not None:
            return found.format_map(_Missing(values)).strip()
    raise KeyError(key)


def section(lang: str | None, name: str) -> dict[str, str]:
    """A whole section (e.g. the chat page's labels), Dutch filling gaps."""
    merged = dict(_catalogue("nl").get(name, {}))
    merged.update(_catalogue(lang_or_default(lang)).get(name, {}))
    return merged
