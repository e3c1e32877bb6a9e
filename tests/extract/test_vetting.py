"""The learned check on candidate facts: what it trains, what it drops, and that the committed model is current."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date

import pytest
from pressroom.extract import vetting
from pressroom.models import Evidence, FinancingFact
from pressroom.normalize import decode
from pressroom.parser import PARSER_VERSION, parse_release
from support import FIXTURES


def _financing(sentence: str, amount: float | None = 5_000_000.0) -> FinancingFact:
    return FinancingFact(instrument_type="private_placement", status="closed", amount=amount, currency="USD",
                         interest_rate_pct=None, maturity_date=None, share_count=None, price_per_share=None,
                         price_currency=None, counterparties=(),
                         evidence=Evidence(sentence, 100, 100 + len(sentence), "financings.sentence"))


CTX = vetting.Context(published=date(2020, 5, 1), exchange="TSX", text_length=4000, family_count=2)


def test_the_committed_models_were_trained_against_this_parser_version():
    """What the extractors propose is what the check learned from: a new parser version needs a retrained check
    (`make train-vetting`)."""
    assert vetting.trained_for() == PARSER_VERSION
    assert set(vetting.load_models()) == {"production", "financings", "events"}


def test_a_long_sentence_does_not_outvote_its_fields():
    """The evidence's words and word pairs share a unit of weight, whatever the sentence's length."""
    short = vetting.features(_financing("The Company closed a US$5 million private placement."), CTX)
    long_ = vetting.features(_financing("The Company closed a US$5 million private placement, " + " ".join(
        f"clause{i} word{i}" for i in range(60)) + "."), CTX)
    for feats in (short, long_):
        text = [v for k, v in feats.items() if k.startswith(("w=", "b="))]
        assert math.isclose(sum(v * v for v in text), 1.0)
        assert all(v == 1.0 for k, v in feats.items() if not k.startswith(("w=", "b=")))
    assert "w=the" not in short and "w=private" in short and "b=private_placement" in short


def test_training_learns_which_words_mark_a_wrong_fact_and_is_reproducible():
    right = [_financing(f"The Company closed a US${n} million private placement today.", n * 1e6) for n in range(1, 40)]
    wrong = [_financing(f"In 2011 the previous owner had completed a US${n} million placement.", n * 1e6)
             for n in range(1, 40)]
    examples = [(vetting.features(f, CTX), 1) for f in right] + [(vetting.features(f, CTX), 0) for f in wrong]
    model = vetting.train(examples, threshold=0.5)
    assert model == vetting.train(examples, threshold=0.5)
    fresh_right = _financing("The Company closed a US$75 million private placement today.", 75e6)
    fresh_wrong = _financing("The previous owner had completed a US$75 million placement.", 75e6)
    assert model.probability(vetting.features(fresh_right, CTX)) > 0.8
    assert model.probability(vetting.features(fresh_wrong, CTX)) < 0.2
    assert model.keep([fresh_right, fresh_wrong], CTX) == [fresh_right]


@pytest.mark.parametrize("name", sorted(p.name for p in (FIXTURES / "dev").glob("*.txt"))[:40:4])
def test_the_check_only_drops_facts_never_changes_or_adds_them(name):
    raw = decode((FIXTURES / "dev" / name).read_bytes()).text
    plain, vetted = parse_release(raw, vet=False), parse_release(raw)
    assert replace(vetted, production=plain.production, financings=plain.financings, events=plain.events,
                   dropped_by_check=0) == plain
    assert vetted.dropped_by_check == sum(len(getattr(plain, f)) - len(getattr(vetted, f))
                                          for f in ("production", "financings", "events"))
    for family in ("production", "financings", "events"):
        kept = iter(getattr(plain, family))
        assert all(any(f == g for g in kept) for f in getattr(vetted, family)), family   # an ordered subsequence


def test_without_a_committed_model_the_facts_pass_unchecked(tmp_path):
    assert vetting.load_models(tmp_path / "none.json") == {}
    assert vetting.trained_for(tmp_path / "none.json") is None


@pytest.mark.parametrize(("one", "other"), [
    ("The Company poured 12,500 ounces of gold in the third quarter of 2015 at 4.1 g/t.",
     "The Corporation poured 12,500 oz of gold in Q3 2015 at 4.1 grams per tonne."),
    ("On March 14, 2018 the Company closed a US$5 million loan; 96,000 tonnes were milled.",
     "On 14 March 2018 the Corporation closed a U.S.$5 million loan; 96,000 t were milled."),
])
def test_spellings_the_rules_accept_give_the_check_the_same_features(one, other):
    """What `make perturb` rewrites without changing a fact must not change the check's view of it either."""
    assert vetting.features(_financing(one), CTX) == vetting.features(_financing(other), CTX)


def test_eval_scores_the_rules_alone_on_request(tmp_path):
    """`python -m pressroom.evaluate ... --rules-only` scores the candidates before the check drops any."""
    import shutil

    from pressroom.evaluate import evaluate_folder

    for txt in sorted((FIXTURES / "dev").glob("*.txt"))[:40:4]:
        shutil.copy(txt, tmp_path)
        shutil.copy(txt.with_name(txt.name[:-4] + ".expected.json"), tmp_path)
    checked, rules = evaluate_folder(tmp_path)["families"], evaluate_folder(tmp_path, vet=False)["families"]
    dropped = sum(rules[f]["tp"] + rules[f]["fp"] - checked[f]["tp"] - checked[f]["fp"] for f in rules)
    assert dropped > 0
    assert all(checked[f]["fp"] <= rules[f]["fp"] and checked[f]["fn"] >= rules[f]["fn"] for f in rules)
