"""Train the learned check on candidate facts (include/pressroom/extract/vetting.py) from the development fixtures.

    .venv/bin/python scripts/train_vetting.py              # cross-validate, then train and write vetting.json
    .venv/bin/python scripts/train_vetting.py --no-write   # cross-validate only

Every development release is parsed without the check; each candidate fact is labelled right (1) when it
matches a hand-checked fact on its family's core fields, as ``make eval`` scores it, and wrong (0) otherwise.
For each family, five-fold cross-validation by release prints the precision and recall the check would give, per
threshold, on releases it was not trained on, and the lowest score a model trained on every development release
gives a right fact of the five real sample releases (which it never saw). Then the families of ``VETTED`` are
trained on every development release and written with their thresholds. The held-aside fixtures are never read.

The threshold (0.2 for production and financings, 0.3 for events) is where cross-validated F1 stays within
0.001 of its best while precision rises; a model trained on every development release then scores every right
fact of the five real sample releases over it (the run prints the lowest such score).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from multiprocessing import Pool
from pathlib import Path

from pressroom.evaluate import CORE, _match, _predicted, agrees, fixture_pairs
from pressroom.extract import vetting
from pressroom.models import NotARelease
from pressroom.normalize import decode
from pressroom.parser import PARSER_VERSION, parse_release

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "fixtures" / "releases" / "dev"
SAMPLE = ROOT / "tests" / "fixtures" / "releases" / "seeds"
THRESHOLDS = (0.05, 0.1, 0.2, 0.3, 0.5)
#: the families checked, and the threshold of each (a fact scored under it is dropped)
VETTED = {"production": 0.2, "financings": 0.2, "events": 0.3}


def examples_of(pair: tuple[str, str]) -> tuple[str, list[tuple[str, dict[str, float], int]], dict[str, int]]:
    """(release, [(family, features, label)], {family: expected facts no candidate gets right})."""
    txt, exp_path = Path(pair[0]), Path(pair[1])
    expected = json.loads(exp_path.read_text())
    raw = decode(txt.read_bytes()).text
    try:
        release = parse_release(raw, vet=False)
    except NotARelease:
        return txt.name, [], {f: len(expected.get(f, [])) for f in CORE}
    pred = _predicted(release)
    out, missed = [], dict.fromkeys(CORE, 0)
    for family in CORE:
        facts = getattr(release, family)
        ctx = vetting.Context(published=release.header.published_date, exchange=release.header.exchange,
                              text_length=len(raw), family_count=len(facts))
        index = {id(d): i for i, d in enumerate(pred[family])}
        for p, e in _match(family, pred[family], expected.get(family, [])):
            right = agrees(family, p, e)
            missed[family] += int(e is not None and not right)
            if p is not None:
                out.append((family, vetting.features(facts[index[id(p)]], ctx), int(right)))
    return txt.name, out, missed


_ROWS: list = []
_FOLD: dict = {}
_EPOCHS = vetting.EPOCHS


def _fold(job: tuple[str, int]) -> list[tuple[int, float]]:
    """Train one family without fold k; score fold k."""
    family, k = job
    model = vetting.train([(f, lab) for fam, f, lab, name in _ROWS if fam == family and _FOLD[name] != k],
                          epochs=_EPOCHS, threshold=0.0)
    return [(i, model.probability(f)) for i, (fam, f, _lab, name) in enumerate(_ROWS)
            if fam == family and _FOLD[name] == k]


def main(argv: list[str] | None = None) -> int:
    global _ROWS, _FOLD, _EPOCHS  # noqa: PLW0603 - shared with the forked fold workers
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--epochs", type=int, default=vetting.EPOCHS)
    ap.add_argument("--no-write", action="store_true", help="cross-validate only")
    ap.add_argument("--out", type=Path, default=vetting.MODEL_PATH)
    args = ap.parse_args(argv)

    pairs = [(str(t), str(e)) for t, e in fixture_pairs(DEV)]
    print(f"parsing {len(pairs)} development releases without the check ...", flush=True)
    with Pool(2) as pool:
        parsed = pool.map(examples_of, pairs, chunksize=8)
        sample = pool.map(examples_of, [(str(t), str(e)) for t, e in fixture_pairs(SAMPLE)])
    missed = {f: sum(m[f] for _n, _r, m in parsed) for f in CORE}
    releases = sorted(name for name, _r, _m in parsed)
    random.Random(1).shuffle(releases)
    _FOLD = {name: i % args.folds for i, name in enumerate(releases)}
    _ROWS = [(fam, feats, label, name) for name, rs, _m in parsed for fam, feats, label in rs]
    _EPOCHS = args.epochs
    print(f"{len(_ROWS)} candidate facts, {sum(1 - r[2] for r in _ROWS)} of them wrong", flush=True)
    probs = [0.0] * len(_ROWS)
    with Pool(2) as pool:
        for scored in pool.map(_fold, [(f, k) for f in CORE for k in range(args.folds)]):
            for i, pr in scored:
                probs[i] = pr
    models = {f: vetting.train([(x, lab) for fam, x, lab, _n in _ROWS if fam == f], epochs=args.epochs,
                               threshold=VETTED.get(f, 0.0)) for f in CORE}

    print(f"\ncross-validated on development releases ({args.folds} folds by release): precision / recall")
    for family in CORE:
        rows = [(lab, pr) for (fam, _f, lab, _n), pr in zip(_ROWS, probs, strict=True) if fam == family]
        right = sum(lab for lab, _ in rows)
        print(f"  {family}  ({len(rows)} candidates, {len(rows) - right} wrong)")
        for th in (0.0, *THRESHOLDS):
            tp = sum(lab for lab, pr in rows if pr >= th)
            fp = sum(1 - lab for lab, pr in rows if pr >= th)
            pr_, re_ = tp / max(1, tp + fp), tp / max(1, right + missed[family])
            f1 = 2 * pr_ * re_ / max(1e-9, pr_ + re_)
            mark = "   (without the check)" if th == 0.0 else ("   <- used" if VETTED.get(family) == th else "")
            print(f"    threshold {th:<5} P {pr_:.3f}  R {re_:.3f}  F1 {f1:.3f}{mark}")
        scores = [models[family].probability(f) for _n, rs, _m in sample for fam, f, lab in rs
                  if fam == family and lab]
        if scores:
            print(f"    lowest score of a right fact of the five sample releases: {min(scores):.3f} "
                  f"({len(scores)} facts)")
    if args.no_write:
        return 0
    vetting.write_models(args.out, {f: models[f] for f in VETTED}, PARSER_VERSION,
                         "written by scripts/train_vetting.py from the development fixtures")
    sizes = ", ".join(f"{f}: {len(models[f].weights)} weights, threshold {t}" for f, t in VETTED.items())
    print(f"\nwrote {args.out} ({sizes}; parser {PARSER_VERSION})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
