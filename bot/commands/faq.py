"""`intake-bot faq` and `intake-bot eval faq FILE`.

`faq` reads JSON Lines {"text": ...} on stdin and writes, per input line and in order, flushed:
{"intents": [...], "urgent": bool, "urgent_reasons": [...], "lang": "nl"|"en", "confidence": x}.
`eval faq` scores the same predictions against a labelled file (../shared/eval/LABELS.md) with
the reference scorer's definitions, so that both print the same figures.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

from handlers.faq import IDS, match
from handlers.language import detect
from handlers.urgency import assess


def predict(text: str) -> dict[str, Any]:
    lang = detect(text)
    matches = match(text, lang)
    urgency = assess(text)
    return {
        "intents": [m.id for m in matches],
        "urgent": urgency.urgent,
        "urgent_reasons": list(urgency.reasons),
        "lang": lang,
        "confidence": matches[0].confidence if matches else 0.0,
    }


def _text_of(line: str) -> str:
    obj = json.loads(line)
    if not isinstance(obj, dict) or not isinstance(obj.get("text", ""), str):
        raise ValueError('expected an object {"text": "..."}')
    return obj.get("text", "")


def stream(lines: Iterable[str], out: TextIO) -> int:
    """One output line per non-blank input line; a bad line gets an empty answer and an error."""
    bad = 0
    for line in lines:
        if not line.strip():
            continue
        try:
            result = predict(_text_of(line))
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            bad += 1
            result = {"intents": [], "urgent": False, "urgent_reasons": [], "lang": "nl",
                      "confidence": 0.0, "error": f"bad input line: {exc.__class__.__name__}"}
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        out.flush()
    return bad


def run(args: argparse.Namespace) -> int:
    bad = stream(sys.stdin, sys.stdout)
    return 1 if bad else 0


def score(gold: list[Mapping[str, Any]], pred: list[Mapping[str, Any]]) -> tuple[list[str], str]:
    """(report lines, figures line) with the definitions of LABELS.md / score.py."""
    answered = right = with_gold = right_with_gold = 0
    urgent_gold = urgent_pred = urgent_both = 0
    per_id: dict[str, Counter[str]] = {fid: Counter() for fid in IDS}
    errors: list[str] = []
    for g, p in zip(gold, pred, strict=True):
        gi, pi = set(g["intents"]), set(p.get("intents") or [])
        ok = bool(pi) and pi <= gi
        for fid in gi:
            per_id.setdefault(fid, Counter())["gold"] += 1
            per_id[fid]["found"] += fid in pi
        for fid in pi:
            per_id.setdefault(fid, Counter())["answered"] += 1
            per_id[fid]["wrong"] += fid not in gi
        if pi:
            answered += 1
            right += ok
            if not ok:
                errors.append(f"wrong {g['id']}: gold={sorted(gi)} answered={sorted(pi)}")
        if gi:
            with_gold += 1
            right_with_gold += ok
            if not pi:
                errors.append(f"abstained {g['id']}: gold={sorted(gi)}")
        gu, pu = bool(g["urgent"]), bool(p.get("urgent"))
        urgent_gold += gu
        urgent_pred += pu
        urgent_both += gu and pu
        if gu and not pu:
            errors.append(f"urgent missed {g['id']}")
        if pu and not gu:
            errors.append(f"urgent false alarm {g['id']}: reasons={p.get('urgent_reasons')}")
    lines = [f"{'id':<18}{'gold':>6}{'found':>7}{'answered':>10}{'wrong':>7}"]
    for fid, c in per_id.items():
        lines.append(f"{fid:<18}{c['gold']:>6}{c['found']:>7}{c['answered']:>10}{c['wrong']:>7}")
    lines.extend(errors)
    precision = right / answered if answered else 1.0
    recall = right_with_gold / with_gold if with_gold else 1.0
    u_recall = urgent_both / urgent_gold if urgent_gold else 1.0
    u_precision = urgent_both / urgent_pred if urgent_pred else 1.0
    figures = (f"precision={precision:.4f} recall={recall:.4f} urgent_recall={u_recall:.4f} "
               f"urgent_precision={u_precision:.4f} n={len(gold)}")
    return lines, figures


def run_eval(args: argparse.Namespace) -> int:
    with open(args.file, encoding="utf-8") as fh:
        gold = [json.loads(line) for line in fh if line.strip()]
    pred = [predict(g["text"]) for g in gold]
    lines, figures = score(gold, pred)
    for line in lines:
        print(line)
    print(figures)
    return 0
