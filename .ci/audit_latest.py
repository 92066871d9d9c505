"""Supplementary vulnerability audit from PyPI's project JSON (standard library only).

pip-audit cannot audit anything from this workplace's machines: pypi.org answers 404 for the
per-version `https://pypi.org/pypi/NAME/VERSION/json` it reads, and OSV is unreachable. The
project JSON `https://pypi.org/pypi/NAME/json` is reachable, and its top-level "vulnerabilities"
list holds the advisories for the project's LATEST release (`info.version`) only. So:

- installed version == latest release: audited; every advisory that is not withdrawn is a finding;
- installed version != latest release: NOT audited (the advisories for the installed version are
  in the per-version JSON, which cannot be read here); never reported as clean;
- the project JSON could not be fetched: NOT audited, said so.

Exit 1 if an audited package has a known vulnerability, 2 if the audit itself failed, else 0
(unaudited packages are printed loudly but do not fail the run). `--self-test` checks the
decision logic without the network.
"""
from __future__ import annotations

import json
import re
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib import metadata

PROJECT = "intake-bot"
URL = "https://pypi.org/pypi/{name}/json"
TIMEOUT = 20.0
THREADS = 8


def normalise(name: str) -> str:
    """PEP 503 name normalisation."""
    return re.sub(r"[-_.]+", "-", name).lower()


def same_version(a: str, b: str) -> bool:
    """True only when both strings name the same release. Exact after trimming and lower-casing;
    purely numeric dotted versions also compare equal with trailing zeros dropped ("2.0" == "2").
    Anything else that differs counts as different, so a doubt means "not audited", never clean."""
    a, b = a.strip().lower(), b.strip().lower()
    if a == b:
        return True
    numeric = re.compile(r"\d+(\.\d+)*")
    if numeric.fullmatch(a) and numeric.fullmatch(b):
        ta = [int(x) for x in a.split(".")]
        tb = [int(x) for x in b.split(".")]
        while ta and ta[-1] == 0:
            ta.pop()
        while tb and tb[-1] == 0:
            tb.pop()
        return ta == tb
    return False


@dataclass
class Result:
    name: str
    installed: str
    audited: bool
    reason: str = ""  # why not audited
    latest: str | None = None
    findings: list[dict] = field(default_factory=list)


def classify(name: str, installed: str, payload: dict | None, error: str | None = None) -> Result:
    """The decision for one distribution, from the project JSON (or the error fetching it)."""
    if payload is None:
        return Result(name, installed, False, f"project JSON not fetched: {error or 'unknown error'}")
    info = payload.get("info")
    latest = info.get("version") if isinstance(info, dict) else None
    vulns = payload.get("vulnerabilities")
    if not isinstance(latest, str) or not latest or not isinstance(vulns, list):
        return Result(name, installed, False, "project JSON lacks info.version or a vulnerabilities list")
    if not same_version(installed, latest):
        return Result(
            name, installed, False,
            f"installed {installed} is not the latest release {latest}; "
            "advisories for the installed version are unreachable from here",
            latest=latest,
        )
    findings = [
        v for v in vulns
        if isinstance(v, dict) and not v.get("withdrawn")
    ]
    return Result(name, installed, True, latest=latest, findings=findings)


def fetch(name: str) -> dict:
    """The project JSON for `name`; one retry. Raises on failure."""
    url = URL.format(name=normalise(name))
    last: Exception | None = None
    for attempt in range(2):
        if attempt:
            time.sleep(2)
        try:
            headers = {"Accept": "application/json", "User-Agent": "intake-bot-ci-audit"}
            req = urllib.request.Request(url, headers=headers)  # noqa: S310 (fixed https URL)
            with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:  # noqa: S310 (fixed https URL)
                return json.load(resp)
        except urllib.error.HTTPError as exc:
            last = exc
            if exc.code == 404:  # not on PyPI: retrying will not help
                break
        except (OSError, ValueError) as exc:  # URLError, timeouts, bad JSON
            last = exc
    raise RuntimeError(f"{url}: {last}")


def installed_distributions() -> list[tuple[str, str]]:
    """(name, version) of every distribution in this interpreter's environment but the project."""
    seen: dict[str, tuple[str, str]] = {}
    for dist in metadata.distributions():
        name = dist.metadata["Name"]
        if not name or normalise(name) == PROJECT:
            continue
        seen.setdefault(normalise(name), (name, dist.version))
    return sorted(seen.values(), key=lambda nv: normalise(nv[0]))


def audit(dists: Iterable[tuple[str, str]], fetcher: Callable[[str], dict] = fetch) -> list[Result]:
    def one(nv: tuple[str, str]) -> Result:
        name, version = nv
        try:
            payload = fetcher(name)
        except Exception as exc:  # any failure: not audited, said so
            return classify(name, version, None, str(exc) or type(exc).__name__)
        return classify(name, version, payload)

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        return list(pool.map(one, list(dists)))


def report(results: list[Result], out=sys.stdout) -> int:
    """Print findings, the unaudited packages and the summary; return the exit code."""
    audited = [r for r in results if r.audited]
    vulnerable = [r for r in audited if r.findings]
    unaudited = [r for r in results if not r.audited]
    for r in vulnerable:
        for v in r.findings:
            aliases = ", ".join(v.get("aliases") or []) or "none"
            fixed = ", ".join(v.get("fixed_in") or []) or "no fixed release listed"
            print(f"VULNERABLE: {r.name} {r.installed}: {v.get('id')} (aliases: {aliases}; "
                  f"fixed in: {fixed})", file=out)
    for r in unaudited:
        print(f"NOT AUDITED: {r.name} {r.installed}: {r.reason}", file=out)
    names = ", ".join(r.name for r in unaudited) or "none"
    print(f"audit (latest releases via PyPI JSON): {len(audited)} audited, {len(vulnerable)} with known "
          f"vulnerabilities, {len(unaudited)} not audited: {names}", file=out)
    if unaudited:
        print(f"audit (latest releases via PyPI JSON): WARNING: {len(unaudited)} packages could NOT be "
              "audited; they are not known to be safe", file=out)
    return 1 if vulnerable else 0


def self_test() -> int:
    vuln = {"id": "PYSEC-2017-94", "aliases": ["CVE-2013-7459"], "fixed_in": [], "withdrawn": None}
    gone = {"id": "GHSA-xxxx", "aliases": [], "fixed_in": ["1.1"], "withdrawn": "2024-01-01T00:00:00Z"}
    r = classify("pycrypto", "2.6.1", {"info": {"version": "2.6.1"}, "vulnerabilities": [vuln]})
    assert r.audited and [v["id"] for v in r.findings] == ["PYSEC-2017-94"]
    r = classify("x", "1.0", {"info": {"version": "1.0"}, "vulnerabilities": [gone]})
    assert r.audited and not r.findings
    r = classify("x", "0.9", {"info": {"version": "1.0"}, "vulnerabilities": []})
    assert not r.audited and "0.9" in r.reason and "1.0" in r.reason
    r = classify("x", "1.0", None, "timed out")
    assert not r.audited and "timed out" in r.reason
    print("audit_latest self-test: ok")
    return 0


def main(argv: list[str]) -> int:
    if "--self-test" in argv:
        return self_test()
    try:
        return report(audit(installed_distributions()))
    except Exception as exc:  # a bug here must not read as "vulnerabilities found" nor as clean
        print(f"audit (latest releases via PyPI JSON): ERROR, nothing was audited: {exc!r}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
