"""`intake-bot faq` and `intake-bot eval faq`: the command-line contract, run as a subprocess."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "bot.cli"]


def _run(args: list[str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(CLI + args, input=stdin, capture_output=True, text=True, cwd=ROOT, timeout=60,
                          check=False)


def test_faq_writes_one_line_per_input_in_order() -> None:
    lines = [{"text": "is het gratis"}, {"text": "ik wil er niet meer zijn"},
             {"text": "hello is anyone there"}, {"text": "When are you open?"}]
    proc = _run(["faq"], "".join(json.dumps(x) + "\n" for x in lines))
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(x) for x in proc.stdout.splitlines()]
    assert len(out) == 4
    for row in out:
        assert set(row) == {"intents", "urgent", "urgent_reasons", "lang", "confidence"}
    assert out[0]["intents"] == ["costs"] and out[0]["lang"] == "nl" and out[0]["confidence"] > 0.5
    assert out[1]["urgent"] is True and out[1]["urgent_reasons"] == ["suicide"]
    assert out[2]["intents"] == [] and out[2]["confidence"] == 0.0 and out[2]["urgent"] is False
    assert out[3]["intents"] == ["opening_hours"] and out[3]["lang"] == "en"


def test_faq_flushes_each_line() -> None:
    proc = subprocess.Popen([*CLI, "faq"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.stdin and proc.stdout
    try:
        proc.stdin.write(json.dumps({"text": "kost het iets"}) + "\n")
        proc.stdin.flush()
        first = json.loads(proc.stdout.readline())  # answered while stdin is still open
        assert first["intents"] == ["costs"]
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)


def test_bad_line_keeps_the_line_count_and_fails_the_exit_code() -> None:
    proc = _run(["faq"], 'not json\n{"text": "is het gratis"}\n')
    out = [json.loads(x) for x in proc.stdout.splitlines()]
    assert len(out) == 2 and out[0]["intents"] == [] and "error" in out[0]
    assert out[1]["intents"] == ["costs"]
    assert proc.returncode == 1


def test_eval_prints_the_same_figures_as_the_reference_scorer(shared_eval: Path, tmp_path: Path) -> None:
    dev = shared_eval / "faq-dev.jsonl"
    faq = _run(["faq"], dev.read_text(encoding="utf-8"))
    assert faq.returncode == 0, faq.stderr
    pred = tmp_path / "pred.jsonl"
    pred.write_text(faq.stdout, encoding="utf-8")
    ref = subprocess.run([sys.executable, str(shared_eval / "score.py"), "faq", str(dev), str(pred)],
                         capture_output=True, text=True, check=True, timeout=60)
    ours = _run(["eval", "faq", str(dev)])
    assert ours.returncode == 0, ours.stderr
    assert ours.stdout.splitlines()[-1] == ref.stdout.splitlines()[-1]
    figures = dict(kv.split("=") for kv in ours.stdout.splitlines()[-1].split())
    assert float(figures["precision"]) >= 0.97
    assert float(figures["recall"]) >= 0.85
    assert float(figures["urgent_recall"]) >= 0.98
    assert float(figures["urgent_precision"]) >= 0.80


def test_start_up_and_first_match_under_one_second() -> None:
    # CPU time: what start-up costs, whatever else the machine is doing at the moment.
    code = ("import time; t=time.process_time(); from handlers.faq import match; "
            "from handlers.urgency import assess; from handlers.language import detect; "
            "match('kost het iets'); assess('x'); detect('x'); print(time.process_time()-t)")
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert float(proc.stdout) < 1.0
    assert time.perf_counter() - start < 5.0
