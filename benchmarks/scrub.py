"""Messages per second of handlers.scrub on one core, and of Microsoft Presidio on the same messages.

    .venv/bin/python benchmarks/scrub.py [--file ../shared/eval/pii-dev.jsonl] [--min-messages 10000]

Presidio runs only when the `bench` extra is installed (pip install -e ".[bench]" spacy); otherwise its
figures print as n/a. Its fastest offline set-up: a blank spaCy "nl" pipeline saved to a temporary
folder, and only its e-mail, IBAN, IP, URL and phone (region NL) recognizers: no model download.
Both leak rates use the rule of ../shared/eval/LABELS.md (bot.commands.scrub.leaked).
Time is CPU time of this process (time.process_time), so that other work on the machine does not
count against either side; wall-clock figures are printed too.
The stripper runs as installed: compiled by mypyc (setup.py) unless INTAKE_PURE_PYTHON=1 or mypyc was
missing at install; the first line says which.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.commands.scrub import leaked  # noqa: E402
from handlers.scrub import COMPILED as scrub_compiled  # noqa: E402
from handlers.scrub import scrub  # noqa: E402


def _leak_rate(gold: list[dict], outputs: list[str]) -> float:
    n = bad = 0
    for g, out in zip(gold, outputs, strict=True):
        for ident in g["identifiers"]:
            n += 1
            bad += leaked(ident, g["text"], g["identifiers"], out)
    return bad / n if n else 0.0


def _times(fn: Callable[[str], str], texts: list[str]) -> tuple[float, float]:
    """CPU and wall-clock seconds to run fn over texts."""
    cpu0, wall0 = time.process_time(), time.perf_counter()
    for t in texts:
        fn(t)
    return time.process_time() - cpu0, time.perf_counter() - wall0


def _rate(fn: Callable[[str], str], texts: list[str]) -> tuple[float, float]:
    cpu, wall = _times(fn, texts)
    return len(texts) / cpu, len(texts) / wall


def _presidio() -> Callable[[str], str] | None:
    try:
        import spacy
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NlpEngineProvider
        from presidio_analyzer.predefined_recognizers import (
            EmailRecognizer,
            IbanRecognizer,
            IpRecognizer,
            PhoneRecognizer,
            UrlRecognizer,
        )
        from presidio_anonymizer import AnonymizerEngine
    except ImportError:
        return None
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)
    warnings.filterwarnings("ignore")
    model_dir = tempfile.mkdtemp(prefix="blank-nl-")
    spacy.blank("nl").to_disk(model_dir)
    nlp_engine = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "nl", "model_name": model_dir}],
        }
    ).create_engine()
    registry = RecognizerRegistry(supported_languages=["nl"])
    for rec in (
        EmailRecognizer(supported_language="nl"),
        IbanRecognizer(supported_language="nl"),
        IpRecognizer(supported_language="nl"),
        UrlRecognizer(supported_language="nl"),
        PhoneRecognizer(supported_language="nl", supported_regions=("NL",)),
    ):
        registry.add_recognizer(rec)
    analyzer = AnalyzerEngine(nlp_engine=nlp_engine, registry=registry, supported_languages=["nl"])
    anonymizer = AnonymizerEngine()

    def run(text: str) -> str:
        results = analyzer.analyze(text=text, language="nl")
        return anonymizer.anonymize(text=text, analyzer_results=results).text

    return run


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--file", default=str(ROOT.parent / "shared" / "eval" / "pii-dev.jsonl"))
    p.add_argument("--min-messages", type=int, default=10_000)
    p.add_argument("--rounds", type=int, default=4, help="turns in which the two alternate")
    p.add_argument("--no-presidio", action="store_true", help="skip Presidio even when it is installed")
    args = p.parse_args(argv)
    if not os.path.exists(args.file):
        print(f"no labelled file at {args.file}", file=sys.stderr)
        return 2
    with open(args.file, encoding="utf-8") as fh:
        gold = [json.loads(x) for x in fh if x.strip()]
    texts = [g["text"] for g in gold]
    repeats = -(-args.min_messages // len(texts))
    corpus = texts * repeats

    def ours(t: str) -> str:
        return scrub(t).text

    print("stripper: " + ("compiled (mypyc)" if scrub_compiled else "Python source"))
    for t in texts[:50]:
        ours(t)  # warm caches (phonenumbers loads region metadata on first use)
    leak = _leak_rate(gold, [ours(t) for t in texts])
    presidio = None if args.no_presidio else _presidio()
    if presidio is None:
        cpu_rate, wall_rate = _rate(ours, corpus)
        print(f"scrub: {len(corpus)} messages, {cpu_rate:,.0f} msgs/s CPU, {wall_rate:,.0f} msgs/s wall")
        print("presidio: not installed (pip install -e '.[bench]' spacy) or skipped: figures n/a")
        print(
            f"scrub_msgs_per_s={cpu_rate:.0f} presidio_msgs_per_s=n/a ratio=n/a "
            f"leak={leak:.4f} presidio_leak=n/a"
        )
        return 0
    for t in texts[:20]:
        presidio(t)
    p_leak = _leak_rate(gold, [presidio(t) for t in texts])
    # The two run in turns, a share of each per round, so that a machine that slows down or speeds up
    # during the run (a shared host) weighs on both alike instead of on whichever ran then.
    # Presidio is slow: it gets fewer repeats of the same set (the rate does not depend on count).
    rounds = args.rounds
    ours_share = texts * max(1, repeats // rounds)
    presidio_share = texts * max(1, min(repeats, 8) // rounds)
    ours_cpu = ours_wall = p_cpu = p_wall = 0.0
    per_round = []
    for _ in range(rounds):
        c, w = _times(ours, ours_share)
        pc, pw = _times(presidio, presidio_share)
        ours_cpu, ours_wall, p_cpu, p_wall = ours_cpu + c, ours_wall + w, p_cpu + pc, p_wall + pw
        per_round.append((len(ours_share) / c) / (len(presidio_share) / pc))
    n_ours, n_p = len(ours_share) * rounds, len(presidio_share) * rounds
    cpu_rate, p_rate = n_ours / ours_cpu, n_p / p_cpu
    print(f"scrub: {n_ours} messages, {cpu_rate:,.0f} msgs/s CPU, {n_ours / ours_wall:,.0f} msgs/s wall")
    print(f"presidio: {n_p} messages, {p_rate:,.0f} msgs/s CPU, {n_p / p_wall:,.0f} msgs/s wall")
    print("ratio per round: " + " ".join(f"{r:.1f}" for r in per_round))
    print(
        f"scrub_msgs_per_s={cpu_rate:.0f} presidio_msgs_per_s={p_rate:.0f} ratio={cpu_rate / p_rate:.1f} "
        f"leak={leak:.4f} presidio_leak={p_leak:.4f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
