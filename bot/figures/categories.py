"""The categories the figures report in, in the order a board member reads them.

Codes are what the store holds; labels are Dutch. Registration choices come from the console
(`bot.console.labels`); the age bands and genders are the helpline's own reporting categories
("2024 in cijfers"). A stored code not listed here is still counted, under its own code, so a
figure never silently drops registrations.
"""

from __future__ import annotations

from bot.console import labels

UNKNOWN = "onbekend"

CHANNELS: tuple[tuple[str, str], ...] = tuple(labels.CHANNELS.items())
TARGET_GROUPS = labels.TARGET_GROUPS
REASONS = labels.REASONS
HELP_OFFERED = labels.HELP_OFFERED
AGE_BANDS: tuple[tuple[str, str], ...] = (
    ("0-4", "0 t/m 4 jaar"),
    ("5-11", "5 t/m 11 jaar"),
    ("12-18", "12 t/m 18 jaar"),
    ("19-25", "19 t/m 25 jaar"),
    ("26+", "26 jaar en ouder"),
)
GENDERS: tuple[tuple[str, str], ...] = (("man", "Man"), ("vrouw", "Vrouw"), ("non-binair", "Non-binair"))
# Platforms a help-seeker named (where images were shared, where contact took place).
PLATFORMS: tuple[tuple[str, str], ...] = (
    ("snapchat", "Snapchat"),
    ("whatsapp", "WhatsApp"),
    ("telegram", "Telegram"),
    ("instagram", "Instagram"),
    ("tiktok", "TikTok"),
    ("discord", "Discord"),
    ("facebook", "Facebook"),
    ("x", "X (Twitter)"),
    ("roblox", "Roblox"),
    ("game", "Ander spel of gameplatform"),
    ("chat_site", "Chatsite"),
    ("porn_site", "Pornosite"),
    ("darkweb", "Darkweb"),
    ("other", "Anders"),
)
PLATFORM_CODES = frozenset(code for code, _ in PLATFORMS)
CALLBACK_KINDS: tuple[tuple[str, str], ...] = tuple(labels.CALLBACK_KINDS.items())

# Labels of codes the console used to offer, so older registrations still read well.
_EXTRA = {code: label for code, label in (*labels.AGE_BANDS, *labels.GENDERS)}


def label_of(known: tuple[tuple[str, str], ...], code: str | None) -> str:
    if code is None or code == "":
        return UNKNOWN.capitalize()
    return dict(known).get(code) or _EXTRA.get(code) or code
