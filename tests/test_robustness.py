"""The sample releases read the same facts however they are written (scripts/perturb.py's rewrites)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from pressroom.normalize import decode

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("perturb", ROOT / "scripts" / "perturb.py")
perturb = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(perturb)
SEEDS = sorted((ROOT / "tests" / "fixtures" / "releases" / "seeds").glob("*.txt"))


@pytest.mark.parametrize("rewrite", sorted(perturb.REWRITES))
def test_the_sample_releases_read_the_same_facts_however_written(rewrite):
    for path in SEEDS:
        raw = decode(path.read_bytes()).text
        rewritten = perturb.REWRITES[rewrite](raw)
        assert rewritten != raw or rewrite in ("oz", "usd", "quarter", "mdy", "dmy", "corporation"), path.name
        assert perturb._facts(rewritten) == perturb._facts(raw), path.name


def test_the_held_aside_set_is_refused(capsys):
    assert perturb.main(["--folder", "tests/fixtures/releases/heldout", "crlf"]) == 2
    assert "scoring only" in capsys.readouterr().err
