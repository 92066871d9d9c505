"""Checks shared by the identifier stripper's tests."""

from __future__ import annotations

import time

from handlers.scrub import scrub


def assert_scrubs_in_linear_time(text: str) -> None:
    """A quarter of the text and then all of it: four times the text may take about four times as long.

    Catastrophic backtracking or a quadratic loop takes sixteen times as long or worse. A ratio rather than
    a fixed limit, so that a slower or busier machine does not fail the test (a fixed ceiling of a minute
    still catches what hangs).
    """
    t0 = time.process_time()
    scrub(text[: len(text) // 4])
    quarter = time.process_time() - t0
    t0 = time.process_time()
    scrub(text)
    whole = time.process_time() - t0
    assert whole < max(8 * quarter, 2.0), (quarter, whole)
    assert whole < 60.0


def assert_removed(text: str, identifier: str, kind: str | None = None) -> None:
    """The identifier is gone in any letter case, and a finding (of `kind`) covers where it stood
    (give or take the character at each edge that widening to word edges may move)."""
    result = scrub(text)
    assert identifier.casefold() not in result.text.casefold(), result.text
    start = text.index(identifier)
    covering = [f for f in result.findings if f.start <= start + 1 and start + len(identifier) - 1 <= f.end]
    assert covering, (result.text, result.findings)
    if kind is not None:
        assert covering[0].kind == kind, result.findings
