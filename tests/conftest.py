"""Shared test set-up.

A test that needs a real server (PostgreSQL, Chromium, Dovecot) skips locally with a reason
when the server is missing; under `.ci/run` (INTAKE_STRICT_SKIPS=1) such a skip is a failure.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

pytest_plugins = ["tests.store_fixtures", "tests.service_fixtures", "tests.browser"]

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
STRICT_SKIPS = os.environ.get("INTAKE_STRICT_SKIPS") == "1"

# `.ci/run` sets HYPOTHESIS_PROFILE=ci: the property tests draw the same examples on every CI run,
# so a landing does not depend on the luck of a draw and a failure there replays exactly.
# Elsewhere they explore anew each run (a rare example found so becomes a test of its own).
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    outcome = yield
    report = outcome.get_result()
    if STRICT_SKIPS and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.longrepr = f"skipped under INTAKE_STRICT_SKIPS=1 (CI must provide this): {reason}"


@pytest.fixture(scope="session")
def python_exe() -> str:
    return sys.executable


@pytest.fixture(scope="session")
def shared_eval() -> Path:
    path = SHARED / "eval"
    if not path.is_dir():
        pytest.skip(f"development sets not found at {path}")
    return path
