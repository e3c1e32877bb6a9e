"""Robustness probe: rewrite releases in ways that keep their facts, and list the facts that change.

    .venv/bin/python scripts/perturb.py page            # every rewrite on the development set
    .venv/bin/python scripts/perturb.py oz corporation   # chosen rewrites
    .venv/bin/python scripts/perturb.py --folder tests/fixtures/releases/seeds crlf

Each rewrite changes only how a release is written (line endings, quotes, hard wrapping, a page number
line inside a paragraph, 'ounces' as 'oz', 'the Company' as 'the Corporation', 'US$' as 'U.S.$', full
dates in other orders, quarters as 'Q3 2015', bullets as '\u2022', headings in capitals, 'tonnes' as 't', 'g/t' as
'grams per tonne', '%' as 'per cent' and thousands grouped by spaces in prose, months as 'Sept.'), so the facts read
from it should not change. Every fact that appears or disappears points at an extractor that leans on one spelling.
It prints and never fails.

The held-aside fixtures are refused: they are for scoring, not for finding what to fix.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import textwrap
from pathlib import Path

from pressroom.evaluate import _predicted
from pressroom.models import NotARelease
from pressroom.normalize import decode
from pressroom.parser import parse_release

MONTHS = ("January February March April May June July August September October November "
          "December").split()
_MDY = re.compile(r"\b(" + "|".join(MONTHS) + r") (\d{1,2}), (\d{4})\b")
_DMY = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r"),? (\d{4})\b")
_ABBREVIATED = {"January": "Jan.", "February": "Feb.", "August": "Aug.", "September": "Sept.", "October": "Oct.",
                "November": "Nov.", "December": "Dec."}
_MONTH_BEFORE_DAY = re.compile(r"\b(" + "|".join(_ABBREVIATED) + r")(?= \d)")
_QUARTER = re.compile(r"\b(first|second|third|fourth) quarter of (\d{4})\b")


def _wrap(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        if len(line) > 90 and "   " not in line and "|" not in line:
            lines.extend(textwrap.wrap(line, 78, break_on_hyphens=False, break_long_words=False))
        else:
            lines.append(line)
    return "\n".join(lines)


def _page(text: str) -> str:
    """Hard-wrapped, with a page number line after every 40th line inside a paragraph."""
    lines, out, page = _wrap(text).split("\n"), [], 1
    for i, line in enumerate(lines):
        out.append(line)
        if i and i % 40 == 0 and line.strip() and i + 1 < len(lines) and lines[i + 1].strip():
            page += 1
            out += ["", str(page), ""]
    return "\n".join(out)


def _caps_headings(text: str) -> str:
    """Short heading lines (a line of at most six words between blank lines, no full stop) in capitals."""
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines):
        alone = (i == 0 or not lines[i - 1].strip()) and (i + 1 == len(lines) or not lines[i + 1].strip())
        words = line.split()
        if i > 3 and alone and 1 <= len(words) <= 6 and not line.rstrip().endswith((".", ":")) and \
                not re.search(r"\d", line):
            line = line.upper()
        out.append(line)
    return "\n".join(out)


def _in_prose(text: str, rewrite) -> str:
    """``rewrite`` applied to the lines of prose only (a table's columns are set apart by runs of spaces or bars)."""
    return "\n".join(line if "   " in line or "|" in line else rewrite(line) for line in text.split("\n"))


REWRITES = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "curly": lambda t: re.sub(r'"([^"\n]*)"', "\u201c\\1\u201d", t).replace("'", "\u2019"),
    "wrap": _wrap,
    "page": _page,
    "oz": lambda t: re.sub(r"(\d) ounces\b", r"\1 oz", t),
    "corporation": lambda t: re.sub(r"\b([Tt])he Company\b", r"\1he Corporation", t),
    "usd": lambda t: t.replace("US$", "U.S.$"),
    "dmy": lambda t: _MDY.sub(r"\2 \1 \3", t),
    "mdy": lambda t: _DMY.sub(r"\2 \1, \3", t),
    "bullets": lambda t: re.sub(r"(?m)^(\s*)[-*] ", "\\1\u2022 ", t),
    "caps": _caps_headings,
    "tonnes": lambda t: re.sub(r"(\d) tonnes\b", r"\1 t", t),
    "gpt": lambda t: re.sub(r"(\d) ?g/t\b", r"\1 grams per tonne", t),
    "percent": lambda t: _in_prose(t, lambda line: re.sub(r"(\d) ?%", r"\1 per cent", line)),
    "months": lambda t: _MONTH_BEFORE_DAY.sub(lambda m: _ABBREVIATED[m.group(1)], t),
    "spaces": lambda t: _in_prose(t, lambda line: re.sub(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])",
                                                         lambda m: m.group().replace(",", " "), line)),
    "quarter": lambda t: _QUARTER.sub(
        lambda m: f"Q{'first second third fourth'.split().index(m.group(1)) + 1} {m.group(2)}", t),
}


def _facts(text: str) -> set[tuple[str, str]]:
    pred = _predicted(parse_release(decode(text.encode()).text))
    return {(family, json.dumps({k: v for k, v in fact.items() if k != "evidence"}, sort_keys=True, default=str))
            for family in ("production", "financings", "events") for fact in pred[family]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rewrites", nargs="*", help=f"rewrites to apply, of {', '.join(REWRITES)} (default: all)")
    ap.add_argument("--folder", default="tests/fixtures/releases/dev")
    args = ap.parse_args(argv)
    folder = Path(args.folder)
    unknown = [r for r in args.rewrites if r not in REWRITES]
    if unknown:
        ap.error(f"unknown rewrite(s): {', '.join(unknown)}; known: {', '.join(REWRITES)}")
    if "heldout" in folder.parts:
        print("perturb: the held-aside set is for scoring only", file=sys.stderr)
        return 2
    for name in args.rewrites or list(REWRITES):
        changed = 0
        for path in sorted(folder.glob("*.txt")):
            raw = decode(path.read_bytes()).text
            try:
                before, after = _facts(raw), _facts(REWRITES[name](raw))
            except NotARelease as exc:
                print(f"  {path.name}: not read as a release after '{name}': {exc}")
                continue
            if before != after:
                changed += 1
                print(f"== {name}: {path.name}")
                for family, fact in sorted(before - after):
                    print(f"  - {family} {fact}")
                for family, fact in sorted(after - before):
                    print(f"  + {family} {fact}")
        print(f"{name}: {changed} release(s) read differently")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
