"""Checks shared by the identifier stripper's tests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from handlers.scrub import scrub

ROOT = Path(__file__).resolve().parent.parent


# Timed in a fresh process: late in a long test run, the test process holds every earlier test's
# objects (a collection walks them all) and threads other tests left behind (their CPU counts in
# the process's time). In CI a 10x longer text once took 69x the time in-process; alone, 6x.
_TIMER = """
import gc, json, sys, time
from handlers.scrub import scrub
texts = json.load(sys.stdin)
scrub("warm up: Jan de Vries, 06-12345678")
gc.disable()
seconds = []
for text in texts:
    t0 = time.thread_time()
    scrub(text)
    seconds.append(time.thread_time() - t0)
print(json.dumps(seconds))
"""


def scrub_seconds(*texts: str) -> list[float]:
    """CPU seconds the stripper takes on each text, measured in a fresh process."""
    proc = subprocess.run([sys.executable, "-c", _TIMER], input=json.dumps(list(texts)), capture_output=True,
                          text=True, cwd=ROOT, check=True, timeout=600)
    return [float(x) for x in json.loads(proc.stdout)]


def assert_scrubs_in_linear_time(text: str) -> None:
    """A quarter of the text and then all of it: four times the text may take about four times as long.

    Catastrophic backtracking or a quadratic loop takes sixteen times as long or worse. A ratio rather than
    a fixed limit, so that a slower or busier machine does not fail the test (a fixed ceiling of a minute
    still catches what hangs).
    """
    quarter, whole = scrub_seconds(text[: len(text) // 4], text)
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
