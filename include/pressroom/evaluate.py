"""Score the extractors against hand-checked fixtures: precision, recall and F1.

    python -m pressroom.evaluate tests/fixtures/releases [--json] [--rules-only]

Each folder under the fixture root (``seeds``, ``dev``, ``heldout``) is scored on its own.
A predicted fact is correct when it matches an expected fact of the same release on the
family's *core* fields (production: site, ore source, period, metric, value, guidance flag;
financing: instrument type, amount, currency, share count, price; event: type, date, person).
Per-field scores count every non-null field of matched and unmatched facts. ``--rules-only`` scores the
facts as the rules propose them, before the learned check (``pressroom.extract.vetting``) drops any.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path

from pressroom.models import NotARelease
from pressroom.normalize import decode
from pressroom.parser import parse_release
from pressroom.settings import SAMPLE_INBOX

CORE = {
    "production": ("metric", "site", "ore_source", "period_start", "period_end", "value", "is_guidance"),
    "financings": ("instrument_type", "amount", "currency", "share_count", "price_per_share"),
    "events": ("event_type", "event_date", "person_name"),
}
FIELDS = {
    "production": ("site", "ore_source", "period_start", "period_end", "period_grain", "metric", "value", "unit",
                   "is_guidance"),
    "financings": ("instrument_type", "status", "amount", "currency", "interest_rate_pct", "maturity_date",
                   "share_count", "price_per_share", "price_currency", "counterparties"),
    "events": ("event_type", "event_date", "counterparty", "venue", "amount", "currency", "person_name", "role"),
}
ANCHOR = {"production": "metric", "financings": "instrument_type", "events": "event_type"}
HEADER_FIELDS = ("issuer_name", "ticker", "exchange", "published_date", "title")
FUZZY = {"site", "ore_source", "venue", "counterparty", "person_name", "role", "issuer_name", "title"}


def _norm_text(v) -> str:
    s = re.sub(r"[^a-z0-9 ]+", " ", str(v).lower())
    s = re.sub(r"\b(?:the|gold|of|and|in)\b", " ", s)
    return " ".join(s.split())


def same(field: str, a, b) -> bool:
    """Whether a predicted and an expected value agree."""
    if a is None or b is None or a == [] or b == [] or a == () or b == ():
        return (a in (None, [], ())) and (b in (None, [], ()))
    if isinstance(a, float | int) and isinstance(b, float | int) and not isinstance(a, bool):
        return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b))) or (
            field == "amount" and abs(float(a) - float(b)) <= 0.005 * abs(float(b)))
    if field == "counterparties":
        pa, pb = sorted(_norm_text(x) for x in a), sorted(_norm_text(x) for x in b)
        return len(pa) == len(pb) and all(same("counterparty", x, y) for x, y in zip(pa, pb, strict=True)) or (
            {x for x in pa} == {y for y in pb})
    if field in FUZZY:
        na, nb = _norm_text(a), _norm_text(b)
        if na == nb:
            return True
        ta, tb = set(na.split()), set(nb.split())
        if not ta or not tb:
            return False
        if field in ("title",):
            return len(ta & tb) / len(ta | tb) >= 0.8
        return ta <= tb or tb <= ta
    return str(a) == str(b)


def agrees(family: str, pred: dict | None, exp: dict | None) -> bool:
    """Whether a predicted fact is the expected one: both present and the same on the family's core fields."""
    return pred is not None and exp is not None and all(same(f, pred.get(f), exp.get(f)) for f in CORE[family])


def _predicted(release) -> dict:
    def plain(fact):
        d = asdict(fact)
        d.pop("evidence", None)
        for k, v in d.items():
            if isinstance(v, date):
                d[k] = v.isoformat()
            if isinstance(v, tuple):
                d[k] = list(v)
        return d
    h = asdict(release.header)
    h["published_date"] = release.header.published_date.isoformat()
    return {"header": h, "production": [plain(f) for f in release.production],
            "financings": [plain(f) for f in release.financings], "events": [plain(f) for f in release.events]}


def _match(family: str, predicted: list[dict], expected: list[dict]):
    """Pairs (pred, exp): first every exact match on the core fields, then greedily by agreement."""
    pairs, used, done = [], set(), set()
    for j, exp in enumerate(expected):
        for i, pred in enumerate(predicted):
            if i not in used and agrees(family, pred, exp):
                used.add(i)
                done.add(j)
                pairs.append((pred, exp))
                break
    for j, exp in enumerate(expected):
        if j in done:
            continue
        best, best_score = None, -1
        for i, pred in enumerate(predicted):
            if i in used or pred[ANCHOR[family]] != exp[ANCHOR[family]]:
                continue
            core = sum(same(f, pred.get(f), exp.get(f)) for f in CORE[family])
            score = core * 100 + sum(same(f, pred.get(f), exp.get(f)) for f in FIELDS[family])
            if score > best_score:
                best, best_score = i, score
        if best is not None:
            used.add(best)
            pairs.append((predicted[best], exp))
        else:
            pairs.append((None, exp))
    pairs += [(p, None) for i, p in enumerate(predicted) if i not in used]
    return pairs


class Score:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, tp=0, fp=0, fn=0):
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self):
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self):
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self):
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self):
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def fixture_pairs(folder: Path) -> list[tuple[Path, Path]]:
    """(release text, expected json) pairs of a fixture folder; seeds take their text from the sample inbox."""
    out = []
    for exp in sorted(folder.glob("*.expected.json")):
        stem = exp.name[: -len(".expected.json")]
        txt = folder / f"{stem}.txt"
        if not txt.exists():
            txt = SAMPLE_INBOX / f"{stem}.txt"
        out.append((txt, exp))
    return out


def evaluate_folder(folder: Path, *, vet: bool = True) -> dict:
    family_scores = {f: Score() for f in CORE}
    field_scores = {f: {k: Score() for k in FIELDS[f]} for f in CORE}
    header = {k: Score() for k in HEADER_FIELDS}
    errors: list[dict] = []
    for txt, exp_path in fixture_pairs(folder):
        expected = json.loads(exp_path.read_text())
        try:
            pred = _predicted(parse_release(decode(txt.read_bytes()).text, vet=vet))
        except Exception as exc:  # noqa: BLE001 - as in a run, an extractor bug loses one release, not the report
            pred = {"header": {}, "production": [], "financings": [], "events": []}
            reason = str(exc) if isinstance(exc, NotARelease) else f"parser error: {type(exc).__name__}: {exc}"
            errors.append({"release": txt.name, "error": reason})
        for k in HEADER_FIELDS:
            ok = same(k, pred["header"].get(k), expected["header"].get(k))
            header[k].add(tp=int(ok), fp=int(not ok and pred["header"].get(k) is not None),
                          fn=int(not ok and expected["header"].get(k) is not None))
        for family in CORE:
            for p, e in _match(family, pred[family], expected.get(family, [])):
                core_ok = agrees(family, p, e)
                if core_ok:
                    family_scores[family].add(tp=1)
                else:
                    family_scores[family].add(fp=int(p is not None), fn=int(e is not None))
                    errors.append({"release": txt.name, "family": family, "predicted": p, "expected": e})
                for k in FIELDS[family]:
                    pv = p.get(k) if p else None
                    ev = e.get(k) if e else None
                    if pv in (None, []) and ev in (None, []):
                        continue
                    if p is not None and e is not None and same(k, pv, ev):
                        field_scores[family][k].add(tp=1)
                    else:
                        field_scores[family][k].add(fp=int(pv not in (None, [])), fn=int(ev not in (None, [])))
    return {
        "releases": len(fixture_pairs(folder)),
        "families": {f: s.as_dict() for f, s in family_scores.items()},
        "fields": {f: {k: s.as_dict() for k, s in fs.items()} for f, fs in field_scores.items()},
        "header": {k: s.as_dict() for k, s in header.items()},
        "errors": errors,
    }


def _print(name: str, result: dict, verbose: bool) -> None:
    rejected = sum(1 for e in result["errors"] if "family" not in e)
    print(f"\n== {name}: {result['releases']} releases" + (f" ({rejected} not read as a release: every fact of "
                                                           f"those counts as missed)" if rejected else ""))
    print(f"  {'family':<12}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>5}{'FN':>5}")
    for fam, s in result["families"].items():
        print(f"  {fam:<12}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}"
              f"{s['tp']:>6}{s['fp']:>5}{s['fn']:>5}")
    print(f"  {'header':<24}{'P':>7}{'R':>7}")
    for k, s in result["header"].items():
        print(f"    {k:<22}{s['precision']:>7.3f}{s['recall']:>7.3f}")
    print(f"  {'field':<24}{'P':>7}{'R':>7}{'F1':>7}")
    for fam, fields in result["fields"].items():
        for k, s in fields.items():
            if s["tp"] + s["fp"] + s["fn"]:
                print(f"    {fam[:4]}.{k:<17}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}")
    if verbose:
        for err in result["errors"]:
            print("  ! " + json.dumps(err, default=str))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("root", type=Path, help="fixture root holding seeds/, dev/, heldout/")
    ap.add_argument("--only", help="score one folder")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every mismatch")
    ap.add_argument("--rules-only", action="store_true", help="score the facts before the learned check")
    args = ap.parse_args(argv)
    folders = [args.root / args.only] if args.only else sorted(p for p in args.root.iterdir() if p.is_dir())
    results = {f.name: evaluate_folder(f, vet=not args.rules_only) for f in folders}
    if args.json:
        print(json.dumps(results, indent=2, default=str))
        return 0
    for name, res in results.items():
        label = f"{name} (held aside from tuning: the estimate for unseen releases)" if name == "heldout" else name
        _print(label, res, args.verbose and name != "heldout")
    return 0


if __name__ == "__main__":
    sys.exit(main())
