"""`intake-bot scrub` (JSON Lines in, scrubbed JSON Lines out) and `intake-bot eval scrub FILE`."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from typing import Any

from handlers.scrub import scrub

# The leak rule of LABELS.md, written as the reference scorer (shared/eval/score.py) applies it.
PARTICLES = {
    "de",
    "der",
    "den",
    "van",
    "het",
    "ter",
    "ten",
    "te",
    "op",
    "in",
    "la",
    "le",
    "el",
    "al",
    "von",
    "di",
    "da",
    "du",
    "vd",
}


def _norm(s: str) -> str:
    return re.sub(r"[\W_]+", "", s.casefold())


def _digits(s: str) -> str:
    return re.sub(r"\D+", "", s)


def _words(s: str) -> list[str]:
    return re.findall(r"[^\W\d_]{3,}", s.casefold())


def leaked(identifier: str, original: str, identifiers: list[str], scrubbed: str) -> bool:
    """True when the identifier, or a telling part of it, survives in the scrubbed text."""
    if _norm(identifier) and _norm(identifier) in _norm(scrubbed):
        return True
    digits = _digits(identifier)
    if len(digits) >= 6:
        return digits in _digits(scrubbed)
    if "@" in identifier or "://" in identifier or "www." in identifier.casefold():
        return False
    outside = original
    for other in sorted(identifiers, key=len, reverse=True):
        outside = outside.replace(other, " ")
    outside_words = set(_words(outside))
    scrubbed_words = set(_words(scrubbed))
    return any(
        w not in PARTICLES and w not in outside_words and w in scrubbed_words for w in _words(identifier)
    )


def _dumps(obj: dict[str, Any]) -> str:
    try:
        line = json.dumps(obj, ensure_ascii=False)
        line.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: escape them rather than fail
        line = json.dumps(obj, ensure_ascii=True)
    return line


def run(args: argparse.Namespace) -> int:
    """Read {"text": ..., "lang": ...} lines on stdin; write {"text": ..., "findings": [...]} per line."""
    bad = 0
    for lineno, raw in enumerate(sys.stdin, 1):
        if not raw.strip():
            continue
        try:
            item = json.loads(raw)
            text = item["text"]
            if not isinstance(text, str):
                raise TypeError("text is not a string")
            lang = item.get("lang")
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            bad += 1
            print(
                f"line {lineno}: not a JSON object with a string 'text' ({type(exc).__name__})",
                file=sys.stderr,
            )
            sys.stdout.write(_dumps({"error": "invalid input line", "line": lineno}) + "\n")
            sys.stdout.flush()
            continue
        result = scrub(text, lang if lang in ("nl", "en") else None)
        findings = [{"kind": f.kind, "start": f.start, "end": f.end} for f in result.findings]
        sys.stdout.write(_dumps({"text": result.text, "findings": findings}) + "\n")
        sys.stdout.flush()
    return 1 if bad else 0


def _kind_of(identifier: str, text: str, result_findings: tuple[Any, ...]) -> str:
    """The kind the stripper gave to the text where the identifier stands ("missed" when none)."""
    pos = text.find(identifier)
    if pos >= 0:
        end = pos + len(identifier)
        kinds = Counter(f.kind for f in result_findings if f.start < end and pos < f.end)
        if kinds:
            return kinds.most_common(1)[0][0]
    alone = scrub(identifier).findings
    return f"missed:{alone[0].kind}" if alone else "missed"


def run_eval(args: argparse.Namespace) -> int:
    """Leak and keep rates on a labelled file (../shared/eval/LABELS.md), per kind and overall."""
    with open(args.file, encoding="utf-8") as fh:
        gold = [json.loads(x) for x in fh if x.strip()]
    n_id = n_leak = n_keep = n_kept = 0
    per_kind: dict[str, list[int]] = {}
    leaks: list[str] = []
    lost: list[str] = []
    for g in gold:
        result = scrub(g["text"], g.get("lang"))
        out = result.text
        for ident in g["identifiers"]:
            kind = _kind_of(ident, g["text"], result.findings)
            is_leak = leaked(ident, g["text"], g["identifiers"], out)
            counts = per_kind.setdefault(kind.split(":")[0], [0, 0])
            counts[0] += 1
            counts[1] += is_leak
            n_id += 1
            if is_leak:
                n_leak += 1
                leaks.append(f"leak {g['id']} ({kind}): {ident!r}")
        for keep in g["keep"]:
            n_keep += 1
            if keep.casefold() in out.casefold():
                n_kept += 1
            else:
                lost.append(f"lost {g['id']}: {keep!r}")
    for line in leaks + lost:
        print(line)
    for kind in sorted(per_kind):
        total, bad = per_kind[kind]
        print(f"kind={kind} identifiers={total} leaks={bad} leak_rate={bad / total:.4f}")
    leak_rate = n_leak / n_id if n_id else 0.0
    keep_rate = n_kept / n_keep if n_keep else 1.0
    print(f"identifiers={n_id} leaks={n_leak} keeps={n_keep} kept={n_kept}")
    print(f"leak_rate={leak_rate:.4f} keep_rate={keep_rate:.4f} n={len(gold)}")
    return 0
