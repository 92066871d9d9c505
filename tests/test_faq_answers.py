"""FAQ answer texts: every id in both languages, facts from configuration, the helpline's tone."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from bot import faq_answers
from bot.faq_answers import FaqFacts, hours_text
from handlers.faq import IDS

ROOT = Path(__file__).resolve().parent.parent


def _config(**changes: dict[str, Any]) -> dict[str, Any]:
    path = ROOT / "config" / "default.toml"
    if path.exists():
        cfg = tomllib.loads(path.read_text(encoding="utf-8"))
    else:
        week = {d: ["09:00-22:00"] for d in ("monday", "tuesday", "wednesday", "thursday", "friday")}
        cfg = {"service": {"name": "Stop it Now", "anonymous": True, "free": True,
                           "self_help_url": "https://stopitnow.nl/zelfhulp",
                           "waag_url": "https://stopitnow.nl/belafspraak-de-waag"},
               "hours": {**week, "saturday": ["10:30-19:00"], "sunday": ["10:30-19:00"]},
               "retention": {"message_text_days": 30, "vault_grace_hours": 24}}
    for section, values in changes.items():
        cfg.setdefault(section, {}).update(values)
    return cfg


FACTS = FaqFacts.from_config(_config())
ALL = [(fid, lang) for fid in IDS for lang in ("nl", "en")]


def test_ids_are_the_fixed_fifteen() -> None:
    assert faq_answers.ids() == list(IDS)
    assert len(IDS) == 15


def test_hours_from_the_default_configuration() -> None:
    assert FACTS.hours_nl == "maandag t/m vrijdag 09.00–22.00 uur, zaterdag en zondag 10.30–19.00 uur"
    assert FACTS.hours_en == "Monday to Friday 09:00–22:00, Saturday and Sunday 10:30–19:00"


def test_hours_grouping() -> None:
    week = [["09:00-17:00"], ["09:00-17:00"], [], ["09:00-12:00", "13:00-17:00"], ["09:00-17:00"], [], []]
    assert hours_text(week, "nl") == ("maandag en dinsdag 09.00–17.00 uur, donderdag 09.00–12.00 en "
                                      "13.00–17.00 uur, vrijdag 09.00–17.00 uur")
    assert hours_text(week, "en").startswith("Monday and Tuesday 09:00–17:00, Thursday 09:00–12:00 and")
    assert hours_text([[]] * 7, "nl") == "op dit moment op geen vaste tijden"


@pytest.mark.parametrize(("fid", "lang"), ALL)
def test_every_answer_is_short_filled_and_ends_with_how_to_reach_a_person(fid: str, lang: str) -> None:
    text = faq_answers.render(fid, lang, FACTS)
    body, reach = text.rsplit("\n\n", 1)
    assert len(body.split()) < 120
    assert "{" not in text and "}" not in text
    hours = FACTS.hours_nl if lang == "nl" else FACTS.hours_en
    assert reach.endswith(hours + ".")
    assert ("hulpverlener" if lang == "nl" else "counsellor") in reach
    assert faq_answers.question(fid, lang).endswith("?")


@pytest.mark.parametrize(("fid", "lang"), ALL)
def test_no_answer_labels_the_reader(fid: str, lang: str) -> None:
    text = faq_answers.render(fid, lang, FACTS).casefold()
    labels = (r"\b(je|jij|u) (bent|is) (een |dus |wel |gewoon )?(pedofiel|pedo|dader|pleger|monster|"
              r"slecht mens|misbruiker)",
              r"\byou( are|'re) (a |an |just )?(pa?edophile|pedo|perpetrator|offender|abuser|monster|"
              r"bad person)",
              r"\b(dader|pleger|perpetrator|offender)s?\b")
    for pattern in labels:
        assert not re.search(pattern, text), (fid, lang, pattern)


def test_answers_are_translations_of_each_other_in_shape() -> None:
    for fid in IDS:
        nl = faq_answers.render(fid, "nl", FACTS)
        en = faq_answers.render(fid, "en", FACTS)
        assert nl != en
        assert 0.7 < len(en.split()) / len(nl.split()) < 1.4
        for url in (FACTS.self_help_url, FACTS.waag_url):
            assert (url in nl) == (url in en), (fid, url)


def test_texts_change_when_the_configuration_changes() -> None:
    cfg = _config(hours={"saturday": [], "sunday": [], "friday": ["09:00-17:00"]},
                  retention={"message_text_days": 7, "vault_grace_hours": 1},
                  service={"self_help_url": "https://example.org/zelfhulp"})
    facts = FaqFacts.from_config(cfg)
    hours_nl = faq_answers.render("opening_hours", "nl", facts)
    assert "maandag t/m donderdag 09.00–22.00 uur, vrijdag 09.00–17.00 uur" in hours_nl
    assert "zaterdag" not in hours_nl
    assert "Monday to Thursday 09:00–22:00, Friday 09:00–17:00" in faq_answers.render("costs", "en", facts)
    anon = faq_answers.render("anonymity", "nl", facts)
    assert "7 dagen" in anon and "1 uur" in anon and "30 dagen" not in anon
    assert "7 days" in faq_answers.render("anonymity", "en", facts)
    assert "https://example.org/zelfhulp" in faq_answers.render("coping_urges", "nl", facts)


def test_anonymity_and_costs_stay_true_when_the_service_is_not_anonymous_or_free() -> None:
    facts = FaqFacts.from_config(_config(service={"anonymous": False, "free": False}))
    anon = faq_answers.render("anonymity", "nl", facts)
    assert not anon.startswith("Ja.")
    assert "geven niets door" not in anon
    costs = faq_answers.render("costs", "en", facts)
    assert "is free:" not in costs
    default = faq_answers.render("costs", "en", FACTS)
    assert "is free" in default


def test_unknown_id_and_language() -> None:
    with pytest.raises(KeyError):
        faq_answers.render("nope", "nl", FACTS)
    assert faq_answers.render("costs", "de", FACTS) == faq_answers.render("costs", "nl", FACTS)


def test_facts_are_frozen() -> None:
    with pytest.raises(AttributeError):
        FACTS.free = False  # type: ignore[misc]
