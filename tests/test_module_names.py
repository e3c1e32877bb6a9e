"""No module of the package binds one module-level name twice by accident.

The extractors are long modules of named patterns; a second ``_NAME = re.compile(...)`` further down silently
replaces the first for every reader above it. A name may be bound again only from its own earlier value
(``_PATTERNS = tuple(... for p in _PATTERNS)``)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "include" / "pressroom"


def rebound_names(source: str) -> list[tuple[str, int, int]]:
    """(name, first line, later line) of each module-level name bound again without reading its earlier value."""
    first: dict[str, int] = {}
    out = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            value = node.value
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            targets, value = [ast.Name(id=node.name)], None
        else:
            continue
        read = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)} if value is not None else set()
        for t in targets:
            if isinstance(t, ast.Name):
                if t.id in first and t.id not in read:
                    out.append((t.id, first[t.id], node.lineno))
                first.setdefault(t.id, node.lineno)
    return out


def test_a_name_bound_twice_is_found_and_one_rebound_from_itself_is_not():
    source = "A = 1\nB = 2\nA = 3\nB = B + 1\ndef f(): pass\ndef f(): pass\n"
    assert rebound_names(source) == [("A", 1, 3), ("f", 5, 6)]


@pytest.mark.parametrize("module", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_binds_a_name_twice(module):
    assert rebound_names(module.read_text()) == []
