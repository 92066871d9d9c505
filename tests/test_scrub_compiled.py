"""The compiled identifier stripper (setup.py): the same results as its source, never a stale build."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import handlers.scrub
from handlers.scrub.compiled import COMPILED_MODULES

ROOT = Path(__file__).resolve().parent.parent
SCRUB_DIR = ROOT / "handlers" / "scrub"
EVAL = ROOT.parent / "shared" / "eval"

needs_compiled = pytest.mark.skipif(
    not handlers.scrub.COMPILED,
    reason="the identifier stripper is not compiled here (mypyc missing at install, or INTAKE_PURE_PYTHON=1)",
)

_RUN = """
import json, sys
import handlers.scrub as s
out = [s.COMPILED]
for text in json.load(sys.stdin):
    r = s.scrub(text)
    out.append([r.text, [[f.kind, f.start, f.end] for f in r.findings]])
print(json.dumps(out))
"""


def _scrub_in_process(texts: list[str], pure: bool, cwd: Path = ROOT, pythonpath: Path | None = None) -> list:
    env = {k: v for k, v in os.environ.items() if k != "INTAKE_PURE_PYTHON"}
    if pure:
        env["INTAKE_PURE_PYTHON"] = "1"
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    proc = subprocess.run([sys.executable, "-c", _RUN], input=json.dumps(texts), capture_output=True,
                          text=True, cwd=cwd, env=env, check=True, timeout=600)
    return json.loads(proc.stdout)


def _corpus() -> list[str]:
    """Every message the project holds, each also in lower and upper case, and odd text."""
    texts: list[str] = []
    for path in [*EVAL.glob("*.jsonl"), *(ROOT / "tests").glob("*.jsonl")]:
        texts += [json.loads(line)["text"] for line in path.read_text().splitlines() if line.strip()]
    texts += [t.lower() for t in texts] + [t.upper() for t in texts]
    texts += [
        "ΟΔΟΣ ΑΘΗΝΑΣ 12, Σ. Παπαδόπουλος", "Иван Петров, тел. +7 912 345 67 89", "ﬁnn@ﬁ.nl",
        "Jan\x00de\x07Vries 06-12345678", "\ud800 Jan de Vries \udfff", "İstanbul Straße 5, 1234 AB",
        "mijn naam is Kevin " * 300, "06 1234 5678 " * 200, "a" * 5000, "",
    ]
    return texts


def test_the_corpus_is_there() -> None:
    assert len(_corpus()) > 3000


@needs_compiled
def test_compiled_and_source_give_the_same_result() -> None:
    texts = _corpus()
    compiled = _scrub_in_process(texts, pure=False)
    source = _scrub_in_process(texts, pure=True)
    assert compiled[0] is True and source[0] is False
    differ = [t for t, a, b in zip(texts, compiled[1:], source[1:], strict=True) if a != b]
    assert not differ, differ[:5]


@needs_compiled
def test_an_edited_source_runs_as_source_not_as_the_older_build(tmp_path: Path) -> None:
    # A copy of the package with its build, then a change to the source that the build does not have.
    shutil.copytree(ROOT / "handlers", tmp_path / "handlers", ignore=shutil.ignore_patterns("__pycache__"))
    for group in ROOT.glob("intake_scrub__mypyc*"):
        shutil.copy(group, tmp_path)
    labels = tmp_path / "handlers" / "scrub" / "model.py"  # not compiled: the canary that it is the copy
    labels.write_text(labels.read_text().replace('"phone": "telefoonnummer"', '"phone": "tel-copy"'))
    as_built = _scrub_in_process(["bel 06-12345678"], pure=False, cwd=tmp_path, pythonpath=tmp_path)
    assert as_built[0] is True and "[tel-copy 1]" in as_built[1][0]

    names = tmp_path / "handlers" / "scrub" / "names.py"
    names.write_text(names.read_text() + "\n# an edit\n")
    env = {k: v for k, v in os.environ.items() if k != "INTAKE_PURE_PYTHON"} | {"PYTHONPATH": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-c", _RUN], input=json.dumps(["bel 06-12345678"]),
                          capture_output=True, text=True, cwd=tmp_path, env=env, check=True, timeout=120)
    edited = json.loads(proc.stdout)
    assert edited[0] is False
    assert "[tel-copy 1]" in edited[1][0]
    assert "its source has changed since it was built" in proc.stderr
    assert "pip install -e ." in proc.stderr


@needs_compiled
def test_the_build_fingerprint_is_of_this_source() -> None:
    from handlers.scrub.compiled import FINGERPRINT_FILE, fingerprint

    assert (SCRUB_DIR / FINGERPRINT_FILE).read_text().strip() == fingerprint(SCRUB_DIR)
    for name in COMPILED_MODULES:
        module = sys.modules[f"handlers.scrub.{name}"]
        assert not (module.__file__ or "").endswith(".py"), name
