"""Property tests: random text around a planted identifier never lets it through; scrubbing is idempotent."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.commands.scrub import leaked
from handlers.scrub import scrub

PLANTED = [
    "06-41223344",
    "+31 6 4122 3344",
    "0478 12 34 56",
    "pieter.v@voorbeeld.nl",
    "kim[at]mail.nl",
    "NL91ABNA0417164300",
    "NL91 ABNA 0417 1643 00",
    "84.22.101.7",
    "fe80::1ff:fe23:4567:890a",
    "https://social.example.com/users/jannie_v",
    "@luuk_de_man",
    "ghostrider#0042",
    "GZ-123-K",
    "12-ABC-3",
    "1017 CT",
    "Populierenlaan 17",
    "Jasper",
    "Sophie de Vries",
    "111222333",
]
# Words, spaces, digits and punctuation, but nothing glued to the identifier: a space on each side.
filler = st.text(
    alphabet=st.sampled_from(
        list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,!?():;'\n-éü")
    ),
    max_size=80,
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(before=filler, after=filler, ident=st.sampled_from(PLANTED))
def test_planted_identifier_never_survives(before: str, after: str, ident: str) -> None:
    context = {
        "Jasper": "ik heet ",
        "Sophie de Vries": "mijn naam is ",
        "111222333": "mijn bsn is ",
        "Populierenlaan 17": "ik woon op de ",
        "1017 CT": "postcode ",
    }.get(ident, "")
    text = f"{before} {context}{ident} {after}"
    out = scrub(text).text
    assert not leaked(ident, text, [ident], out), out


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=200))
def test_scrubbing_is_idempotent_on_any_text(text: str) -> None:
    once = scrub(text).text
    assert scrub(once).text == once


@settings(max_examples=300, deadline=None)
@given(before=filler, after=filler, ident=st.sampled_from(PLANTED))
def test_scrubbing_is_idempotent_around_identifiers(before: str, after: str, ident: str) -> None:
    once = scrub(f"{before} {ident} {after}").text
    assert scrub(once).text == once


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300))
def test_findings_are_ordered_disjoint_and_inside_the_text(text: str) -> None:
    result = scrub(text)
    last = 0
    for f in result.findings:
        assert last <= f.start < f.end <= len(text)
        last = f.end
