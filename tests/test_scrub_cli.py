"""`intake-bot scrub` and `intake-bot eval scrub` as a user runs them (subprocesses)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def test_scrub_reads_json_lines_and_writes_one_line_each_in_order() -> None:
    lines = [
        {"text": "ik ben Jasper, bel 06-41223344", "lang": "nl"},
        {"text": "my name is Olivia"},
        {"text": ""},
        {"text": "niets te zien hier", "lang": "nl"},
    ]
    proc = _cli("scrub", stdin="".join(json.dumps(x) + "\n" for x in lines))
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(x) for x in proc.stdout.splitlines()]
    assert [o["text"] for o in out] == [
        "ik ben [naam 1], bel [telefoonnummer 1]",
        "my name is [name 1]",
        "",
        "niets te zien hier",
    ]
    assert out[0]["findings"] == [
        {"kind": "name", "start": 7, "end": 13},
        {"kind": "phone", "start": 19, "end": 30},
    ]
    assert out[3]["findings"] == []
    assert "Jasper" not in proc.stdout and "41223344" not in proc.stdout + proc.stderr


def test_scrub_flushes_each_line_before_reading_the_next() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "scrub"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert proc.stdin and proc.stdout
    try:
        proc.stdin.write(json.dumps({"text": "mail me op kim@example.nl"}) + "\n")
        proc.stdin.flush()
        first = json.loads(proc.stdout.readline())  # would block forever if the line were buffered
        assert first["text"] == "mail me op [e-mailadres 1]"
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)


def test_scrub_reports_a_bad_line_without_echoing_it_and_goes_on() -> None:
    proc = _cli("scrub", stdin='not json 06-41223344\n{"text": "bel 06-41223344"}\n')
    assert proc.returncode == 1
    out = [json.loads(x) for x in proc.stdout.splitlines()]
    assert out[0] == {"error": "invalid input line", "line": 1}
    assert out[1]["text"] == "bel [telefoonnummer 1]"
    assert "41223344" not in proc.stdout + proc.stderr


def test_scrub_survives_lone_surrogates_in_json() -> None:
    proc = _cli("scrub", stdin='{"text": "a \\ud800 b 06-41223344", "lang": "nl"}\n')
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["text"] == "a \ud800 b [telefoonnummer 1]"


def test_eval_prints_per_kind_and_the_overall_line(tmp_path: Path) -> None:
    labelled = tmp_path / "set.jsonl"
    rows = [
        {
            "id": "t1",
            "lang": "nl",
            "text": "ik ben Jasper (15), bel 06-41223344",
            "identifiers": ["Jasper", "06-41223344"],
            "keep": ["15"],
        },
        {
            "id": "t2",
            "lang": "en",
            "text": "my insta is private, i'm 14",
            "identifiers": [],
            "keep": ["insta", "14"],
        },
    ]
    labelled.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    proc = _cli("eval", "scrub", str(labelled))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert "kind=name identifiers=1 leaks=0 leak_rate=0.0000" in lines
    assert "kind=phone identifiers=1 leaks=0 leak_rate=0.0000" in lines
    assert lines[-1] == "leak_rate=0.0000 keep_rate=1.0000 n=2"


def _figures(line: str) -> dict[str, str]:
    return dict(re.findall(r"(leak_rate|keep_rate)=([0-9.]+)", line))


def test_eval_agrees_with_the_reference_scorer(shared_eval: Path, tmp_path: Path) -> None:
    dev = shared_eval / "pii-dev.jsonl"
    ours = _cli("eval", "scrub", str(dev))
    assert ours.returncode == 0, ours.stderr
    scrubbed = _cli("scrub", stdin=dev.read_text(encoding="utf-8"))
    assert scrubbed.returncode == 0, scrubbed.stderr
    out = tmp_path / "out.jsonl"
    out.write_text(scrubbed.stdout, encoding="utf-8")
    ref = subprocess.run(
        [sys.executable, str(shared_eval / "score.py"), "pii", str(dev), str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    ours_last, ref_last = ours.stdout.splitlines()[-1], ref.stdout.splitlines()[-1]
    assert _figures(ours_last) == _figures(ref_last), (ours_last, ref_last)
    n = len([x for x in dev.read_text(encoding="utf-8").splitlines() if x.strip()])
    assert ours_last.endswith(f" n={n}")
    # the promise on the development set: at most 1% leaks, at least 98% kept
    figures = _figures(ref_last)
    assert float(figures["leak_rate"]) <= 0.01
    assert float(figures["keep_rate"]) >= 0.98


def test_benchmark_runs_and_prints_its_last_line(shared_eval: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "scrub.py"),
            "--file",
            str(shared_eval / "pii-dev.jsonl"),
            "--min-messages",
            "300",
            "--no-presidio",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    last = proc.stdout.splitlines()[-1]
    assert re.fullmatch(
        r"scrub_msgs_per_s=\d+ presidio_msgs_per_s=n/a ratio=n/a leak=[0-9.]+ presidio_leak=n/a", last
    ), last
