"""The decision logic of `.ci/audit_latest.py` (supplementary audit from PyPI's project JSON), on
recorded JSON-like dicts. No network: the fetcher is replaced."""
from __future__ import annotations

import importlib.util
import io
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parent.parent / ".ci" / "audit_latest.py"


def _load():
    spec = importlib.util.spec_from_file_location("ci_audit_latest", _PATH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up by name
    spec.loader.exec_module(module)
    return module


audit_latest = _load()

# Shapes as pypi.org/pypi/NAME/json returns them (trimmed).
PYSEC = {
    "aliases": ["CVE-2013-7459", "GHSA-cq27-v7xp-c356"],
    "fixed_in": [],
    "id": "PYSEC-2017-94",
    "link": "https://osv.dev/vulnerability/PYSEC-2017-94",
    "source": "osv",
    "summary": None,
    "withdrawn": None,
}
WITHDRAWN = {
    "aliases": ["CVE-2099-0001"],
    "fixed_in": ["3.1"],
    "id": "GHSA-aaaa-bbbb-cccc",
    "source": "osv",
    "withdrawn": "2024-05-01T00:00:00Z",
}


def _payload(version: str, vulns: list[dict]) -> dict:
    return {"info": {"name": "pkg", "version": version}, "vulnerabilities": vulns}


def test_latest_installed_with_vulnerability_is_a_finding() -> None:
    r = audit_latest.classify("pycrypto", "2.6.1", _payload("2.6.1", [PYSEC]))
    assert r.audited
    assert [v["id"] for v in r.findings] == ["PYSEC-2017-94"]


def test_withdrawn_advisory_is_ignored() -> None:
    r = audit_latest.classify("pkg", "3.0", _payload("3.0", [WITHDRAWN]))
    assert r.audited and r.findings == []


def test_latest_installed_without_vulnerabilities_is_audited_clean() -> None:
    r = audit_latest.classify("aiohttp", "3.12.15", _payload("3.12.15", []))
    assert r.audited and r.findings == []


def test_older_installed_is_not_audited_even_if_latest_is_clean() -> None:
    r = audit_latest.classify("pkg", "2.9", _payload("3.0", []))
    assert not r.audited
    assert "2.9" in r.reason and "3.0" in r.reason


def test_older_installed_is_not_audited_and_latest_advisories_are_not_applied() -> None:
    r = audit_latest.classify("pkg", "2.9", _payload("3.0", [PYSEC]))
    assert not r.audited and r.findings == []


def test_fetch_error_is_not_audited() -> None:
    r = audit_latest.classify("pkg", "1.0", None, "HTTP Error 503")
    assert not r.audited and "503" in r.reason


def test_malformed_payload_is_not_audited() -> None:
    assert not audit_latest.classify("pkg", "1.0", {"info": {"version": "1.0"}}).audited
    assert not audit_latest.classify("pkg", "1.0", {"vulnerabilities": []}).audited


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("2.0", "2.0.0", True), ("1.2.3", "1.2.3", True), ("1.2.3", "1.2.4", False),
     ("1.0rc1", "1.0", False), ("1.0.post1", "1.0", False)],
)
def test_same_version(a: str, b: str, same: bool) -> None:
    assert audit_latest.same_version(a, b) is same


def test_name_normalisation() -> None:
    assert audit_latest.normalise("Typing_Extensions") == "typing-extensions"
    assert audit_latest.normalise("zope.interface") == "zope-interface"


def test_audit_report_and_exit_code_without_network() -> None:
    recorded = {
        "pycrypto": _payload("2.6.1", [PYSEC, WITHDRAWN]),
        "clean": _payload("1.0", []),
        "old": _payload("5.0", [PYSEC]),
    }

    def fetcher(name: str) -> dict:
        if name not in recorded:
            raise RuntimeError("connection refused")
        return recorded[name]

    dists = [("pycrypto", "2.6.1"), ("clean", "1.0"), ("old", "4.0"), ("offline", "1.0")]
    results = audit_latest.audit(dists, fetcher)
    out = io.StringIO()
    rc = audit_latest.report(results, out)
    text = out.getvalue()
    assert rc == 1
    assert "VULNERABLE: pycrypto 2.6.1: PYSEC-2017-94 (aliases: CVE-2013-7459, GHSA-cq27-v7xp-c356" in text
    assert "GHSA-aaaa-bbbb-cccc" not in text
    assert "NOT AUDITED: old 4.0: installed 4.0 is not the latest release 5.0" in text
    assert "NOT AUDITED: offline 1.0: project JSON not fetched: connection refused" in text
    assert ("audit (latest releases via PyPI JSON): 2 audited, 1 with known vulnerabilities, "
            "2 not audited: old, offline") in text


def test_unaudited_only_does_not_fail_but_is_loud() -> None:
    results = audit_latest.audit([("old", "1.0")], lambda name: _payload("2.0", []))
    out = io.StringIO()
    assert audit_latest.report(results, out) == 0
    assert "could NOT be audited" in out.getvalue()
    assert "0 audited, 0 with known vulnerabilities, 1 not audited: old" in out.getvalue()


def test_self_test_option() -> None:
    assert audit_latest.main(["--self-test"]) == 0
