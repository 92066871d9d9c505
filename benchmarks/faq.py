"""FAQ matcher + urgency gate + language detection throughput on one core, and start-up time.

    .venv/bin/python benchmarks/faq.py [FILE.jsonl] [--seconds S]

The rate is messages per CPU-second of this single-threaded process (one core), so that other
load on the machine does not distort it; the wall-clock rate is printed too.
Start-up is measured in a fresh interpreter: importing the handlers and answering one message.
Messages come from FILE (JSON Lines with "text"), by default ../shared/eval/faq-dev.jsonl, or a
built-in mix when that is absent. Last line: faq_msgs_per_s=<x> startup_s=<y>.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "eval" / "faq-dev.jsonl"
FALLBACK = [
    "is het gratis", "wanneer zijn jullie bereikbaar", "ben ik de enige",
    "I don't see the point anymore", "hoe vertel ik dit aan mijn vrouw",
    "Hallo, ik weet niet goed hoe ik moet beginnen. Ik ben 30 en merk al jaren dat mijn gedachten "
    "afdwalen naar dingen die niet kunnen. Ik heb nooit iets gedaan. "
    "Komt de politie langs als ik dit vertel?",
]
STARTUP = ("import time; t=time.perf_counter(); from handlers.faq import match; "
           "from handlers.urgency import assess; from handlers.language import detect; "
           "s='kost het iets'; match(s, detect(s)); assess(s); print(time.perf_counter()-t)")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("file", nargs="?", default=str(DEFAULT))
    p.add_argument("--seconds", type=float, default=3.0)
    args = p.parse_args()

    startup = min(float(subprocess.run([sys.executable, "-c", STARTUP], capture_output=True, text=True,
                                       cwd=ROOT, check=True).stdout) for _ in range(3))

    sys.path.insert(0, str(ROOT))
    from handlers.faq import match
    from handlers.language import detect
    from handlers.urgency import assess

    path = Path(args.file)
    texts = ([json.loads(x)["text"] for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
             if path.exists() else FALLBACK)
    # Distinct texts each round, so that no cache answers for the matcher.
    n = 0
    rounds = 0
    cpu_start = time.process_time()
    start = time.perf_counter()
    while time.perf_counter() - start < args.seconds:
        for text in texts:
            t = f"{text} {rounds}"
            lang = detect(t)
            match(t, lang)
            assess(t)
            n += 1
        rounds += 1
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    # CPU time of this one process: the one-core rate, not disturbed by other work on the machine.
    rate = n / cpu
    print(f"messages: {n} in {elapsed:.2f}s wall, {cpu:.2f}s cpu "
          f"({len(texts)} distinct texts x {rounds} rounds) from {path.name}; wall rate {n / elapsed:.0f}/s")
    print(f"faq_msgs_per_s={rate:.0f} startup_s={startup:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
