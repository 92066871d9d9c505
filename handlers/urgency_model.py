"""A second opinion for the urgency gate: a small linear model over words and letter groups.

Why: the gate's rules (urgency.py and the modules it uses) name acute risk in the phrasings their
authors thought of. On messages written by other people they found about half the urgent ones;
each new writer says it differently ("heb net alle medicijnen ingenomen", "staat aan de rand van
het kanaal"). A model trained on every labelled example in the project (several writers) carries
their vocabulary as a whole, typos and inflections included (letter groups), and on messages from
a writer it never saw it catches some of what the rules miss. The gate takes a message as urgent
when the rules or this model say so (reason "possible_risk": a counsellor reads it first).

Logistic regression on words, word pairs and letter groups, trained by
`python -m handlers.urgency_model_train` into urgency_model.json; no dependency, no network.
The figures of its training and its threshold are in that file's "about".
"""
from __future__ import annotations

import itertools
import json
import math
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

MODEL_FILE = Path(__file__).with_name("urgency_model.json")
# Below this the rules alone decide. 5 since round seven: with the added examples, held out by source,
# the model flagged 27 of 278 ordinary lines at 4 (most of them lines of 4 words: "ik ben er weer",
# "ik weet het niet") and 21 at 5, with the same recall on every source but one message.
MIN_WORDS = 5
_WORD = re.compile(r"[a-z0-9']+")
_PLACEHOLDER = re.compile(r"\[[^\]]*\]")  # the stripper's [naam 1]: not a word of the writer's


def words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return _WORD.findall(_PLACEHOLDER.sub(" ", folded))


def word_features(w: str) -> list[str]:
    """A word and its 3- to 5-letter groups, its edges marked by spaces."""
    g = " " + w + " "
    n = len(g)
    return ["w:" + w, *(g[j : j + 3] for j in range(n - 2)), *(g[j : j + 4] for j in range(n - 3)),
            *(g[j : j + 5] for j in range(n - 4))]


def features(text: str) -> list[str]:
    """Each distinct word's features, and each distinct pair of neighbouring words."""
    ws = words(text)
    out: list[str] = []
    for w in dict.fromkeys(ws):
        out += word_features(w)
    out += pairs(ws)
    return out


def pairs(ws: list[str]) -> list[str]:
    return list(dict.fromkeys(f"b:{a}_{b}" for a, b in itertools.pairwise(ws)))


class Model:
    def __init__(self, weights: dict[str, float], bias: float, threshold: float) -> None:
        self.weights = weights
        self.bias = bias
        self.threshold = threshold
        # A word's part of the sum is the same in every message: worked out once per word.
        self._word = lru_cache(maxsize=65536)(self._word_part)

    def _word_part(self, w: str) -> tuple[float, int]:
        fs = word_features(w)
        return sum(filter(None, map(self.weights.get, fs))), len(fs)

    def probability(self, text: str) -> float:
        ws = words(text)
        if not ws:
            return 0.0
        total, count = 0.0, 0
        for w in dict.fromkeys(ws):
            part, n = self._word(w)
            total += part
            count += n
        neighbours = pairs(ws)
        total += sum(filter(None, map(self.weights.get, neighbours)))
        count += len(neighbours)
        z = self.bias + total / math.sqrt(count)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def urgent(self, text: str) -> bool:
        # A line of a few words gives the model too little to go on ("Ik ben er weer.", "ik weet het
        # niet"): there the rules alone decide, and they name the short cries for help ("ik wil dood").
        return len(words(text)) >= MIN_WORDS and self.probability(text) >= self.threshold


@lru_cache(maxsize=1)
def model() -> Model:
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    weights = {k: float(v) for k, v in data["weights"].items()}
    return Model(weights, float(data["bias"]), float(data["threshold"]))
