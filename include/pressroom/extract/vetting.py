"""A learned last check on every candidate fact: drop the ones whose features say they are likely wrong.

The rule-based extractors propose facts. A logistic model per family (production, financings, events) then
estimates, for each one, how likely it is to be right, from plain features: its extractor, its categorical fields
and the size of its numbers, its dates against the release's date, where in the release its evidence sits, and
the words (and word pairs) of its evidence sentence or table row, with digits reduced to their length. Facts
scored under the model's threshold are dropped; nothing is ever added or changed.

The model is trained by ``scripts/train_vetting.py`` (``make train-vetting``) on the development fixtures only
(never the held-aside set) against the hand-checked facts. Its weights are the readable file ``vetting.json``
next to this module: feature -> weight, with the parser version it was trained against. Retrain it whenever
the extractors change: what they propose is what it learns from.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, fields
from datetime import date
from functools import cache
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("vetting.json")
EPOCHS = 10

_WORD = re.compile(r"[a-z]+|\d+(?:[.,]\d+)*")
_NUMBERS = ("value", "amount", "share_count", "price_per_share", "interest_rate_pct")
_CATEGORIES = ("metric", "period_grain", "unit", "is_guidance", "instrument_type", "status", "event_type",
               "currency", "price_currency")
_NAMES = ("site", "ore_source", "person_name", "role", "venue", "counterparty")
_DATES = ("period_end", "event_date", "maturity_date")
# spellings of one thing read as one word, so that the check does not lean on a spelling the rules accept
# ('oz' for ounces, 'the Corporation', 't' for tonnes, 'grams per tonne', 'Q3' for 'third quarter')
_SAME = {"oz": "ounces", "ozs": "ounces", "ounce": "ounces", "corporation": "company", "corp": "company",
         "t": "tonnes", "tonne": "tonnes", "tons": "tonnes", "ton": "tonnes", "grams": "g", "gram": "g",
         "first": "#1", "second": "#1", "third": "#1", "fourth": "#1"}
_US = re.compile(r"\bu\.\s?s\.\s?")
_Q = re.compile(r"\bq([1-4])\b")
# words too common to say anything about a fact
_STOP = frozenset("a an the of to in on at by for with from as and or its it is was were be been this that which "
                  "their his her per".split())


@dataclass(frozen=True, slots=True)
class Context:
    """What a fact's features need from its release."""
    published: date
    exchange: str | None
    text_length: int          # characters of the raw text the evidence offsets point into
    family_count: int         # candidate facts of the fact's family in the release


def _token(word: str) -> str:
    if word[0].isdigit():
        return "#" + str(min(len(word.replace(",", "").split(".")[0]), 7))
    return _SAME.get(word, word)


def _when(d: date, published: date) -> str:
    days = (d - published).days
    if days > 0:
        return "future"
    if days == 0:
        return "same"
    return "<40" if days > -40 else ("<400" if days > -400 else "old")


def features(fact, ctx: Context) -> dict[str, float]:
    """The fact's features and their values.

    The fields and the context count 1 each. The words and word pairs of the evidence share a weight of one
    per square root of their number, so that a long sentence does not outvote its fact's fields. Spellings of one
    thing count as one word, and digits count by their length."""
    ev = fact.evidence
    out = [f"ext={ev.extractor}"]
    add = out.append
    for f in fields(fact):
        k = f.name
        if k == "evidence":
            continue
        v = getattr(fact, k)
        if k in _NUMBERS:
            if v is not None and v > 0:
                add(f"{k}.mag={math.floor(math.log10(v))}")
        elif k in _CATEGORIES:
            add(f"{k}={v}")
            add(f"ext={ev.extractor}|{k}={v}")
        elif v not in (None, (), ""):
            if k in _NAMES:
                add(f"{k}.words={min(len(v.split()), 6)}")
                out.extend(f"{k}.w={_token(w)}" for w in _WORD.findall(v.lower()) if w not in _STOP)
    for k in _DATES:
        v = getattr(fact, k, None)
        if v is not None:
            add(f"{k}.rel={_when(v, ctx.published)}")
    if hasattr(fact, "period_grain"):
        add(f"plen={fact.period_grain}|{(fact.period_end - fact.period_start).days // 10}")
    add(f"pos={int(10 * ev.start / max(1, ctx.text_length))}")
    add(f"nfam={min(ctx.family_count, 20) // 3}")
    add(f"exch={ctx.exchange}")
    words = [_token(w) for w in _WORD.findall(_Q.sub(r"\1 quarter", _US.sub("us", ev.text.lower())))]
    content = [w for w in words if w not in _STOP]
    add(f"evlen={min(len(content), 60) // 6}")
    add(f"ndig={min(sum(w[0] == '#' for w in words), 12)}")
    # (pairs of words only: a date written day first or month first, or 'Q3 2015', gives the same features)
    text = {f"w={w}" for w in content} | {f"b={a}_{b}" for a, b in zip(content, content[1:], strict=False)
                                           if a[0] != "#" and b[0] != "#"}
    weight = 1.0 / math.sqrt(max(1, len(text)))
    feats = dict.fromkeys(out, 1.0)
    feats.update(dict.fromkeys(text, weight))
    return feats


def _logistic(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True, slots=True)
class Model:
    """One family's model: P(right) = logistic(bias + sum of weight x value); facts under threshold are dropped."""
    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, feats: dict[str, float]) -> float:
        return _logistic(self.bias + sum(self.weights.get(x, 0.0) * v for x, v in feats.items()))

    def keep(self, facts, ctx: Context) -> list:
        """The facts (of one family of a release) scored at or over the threshold, in their order."""
        return [f for f in facts if self.probability(features(f, ctx)) >= self.threshold]

    def as_dict(self) -> dict:
        return {"threshold": self.threshold, "bias": round(self.bias, 4),
                "weights": {k: round(v, 4) for k, v in sorted(self.weights.items())}}


def write_models(path: Path, models: dict[str, Model], parser_version: str, note: str) -> None:
    body = {"parser_version": parser_version, "note": note,
            "families": {family: m.as_dict() for family, m in models.items()}}
    path.write_text(json.dumps(body, indent=0) + "\n")


@cache
def _read(path: Path) -> dict | None:
    return json.loads(path.read_text()) if path.exists() else None


@cache
def load_models(path: Path = MODEL_PATH) -> dict[str, Model]:
    """The committed models by family; a family without one keeps its facts as the extractors give them."""
    body = _read(path) or {"families": {}}
    return {family: Model(weights=m["weights"], bias=m["bias"], threshold=m["threshold"])
            for family, m in body["families"].items()}


def trained_for(path: Path = MODEL_PATH) -> str | None:
    """The parser version the committed models were trained against."""
    body = _read(path)
    return body["parser_version"] if body else None


def train(examples: list[tuple[dict[str, float], int]], *, epochs: int = EPOCHS, l2: float = 1e-4,
          rate: float = 0.2, min_count: int = 2, threshold: float) -> Model:
    """Logistic regression by AdaGrad over (features, 1 if the fact is right else 0), in a fixed order.

    Features seen in fewer than ``min_count`` examples are left out. The shuffle is seeded: the same examples
    give the same weights."""
    import random

    counts: dict[str, int] = {}
    for feats, _ in examples:
        for x in feats:
            counts[x] = counts.get(x, 0) + 1
    rows = [([(x, v) for x, v in sorted(feats.items()) if counts[x] >= min_count], label) for feats, label in examples]
    keep = {x for feats, _ in rows for x, _ in feats}
    w: dict[str, float] = dict.fromkeys(keep, 0.0)
    g2: dict[str, float] = dict.fromkeys(keep, 1e-8)
    bias, gb2 = 0.0, 1e-8
    order = list(range(len(rows)))
    rng = random.Random(0)
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            feats, label = rows[i]
            z = bias + sum(w[x] * v for x, v in feats)
            g = _logistic(z) - label
            for x, v in feats:
                gx = g * v + l2 * w[x]
                g2[x] += gx * gx
                w[x] -= rate * gx / math.sqrt(g2[x])
            gb2 += g * g
            bias -= rate * g / math.sqrt(gb2)
    return Model(weights={x: v for x, v in w.items() if abs(v) >= 1e-3}, bias=bias, threshold=threshold)
