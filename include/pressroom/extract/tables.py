"""Production figures from text tables.

A table is read as a grid. *Header lines* (before the first data row, possibly several
lines whose cells stack over the same column) name each column's period, site, or metric
and flag guidance / change columns; the header's left-hand cell may name the site. *Section
rows* (a label and no numbers) name a site, a total, a period or a group ("Mining").
*Data rows* carry a label (usually the metric, with its unit and scale) and one value per
column. Every cell takes its metric, site and period from, in order: the row label, its
column, the enclosing section, the header's label cell, the table's caption (lines above the
header, the heading before the table, the sentence introducing it) and finally the
release's lead sentence. A cell whose meaning is incomplete or ambiguous gives no fact.

Three layouts are read: whitespace-aligned columns (cells are runs separated by two or more
spaces, placed by their character position), pipe / Markdown tables (cells by index), and
single-spaced rows (tab-separated tables arrive with each tab turned into one space by
:func:`pressroom.normalize.normalize`; values are the run of numbers that ends the line).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from pressroom.extract.dates import (
    DATE_RE,
    Period,
    expand_year,
    fiscal_year_of,
    month_number,
    month_period,
    period_ending,
    quarter_period,
)
from pressroom.extract.production import BOUGHT_ORE, find_facilities, stockpile_name
from pressroom.models import PRODUCTION_METRICS, ProductionFact

EXTRACTOR = "production.table"

# ----------------------------------------------------------------------------- periods

_MON = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
        r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_Y4 = r"(?:19[89]\d|20[0-4]\d)"
_YY = r"(?:19[89]\d|20[0-4]\d|'?\d\d)"
_DAYN = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_SPEC_RE = re.compile(
    # '6 mths to Dec 06', 'three months to September 2009': the months to a month's end
    # ('Three months ended Sep 30' is a day: two digits after a space are a year only in the clipped 'mths' style)
    rf"(?P<nto>\b(?P<ntn>one|three|six|nine|twelve|1|3|6|9|12)[- ]?(?:(?:months?|mths?|mos\.?)\s+(?:to|ended|ending)\s+"
    rf"(?P<ntm>{_MON})(?:\s*[-/']\s*(?P<nty>'?\d\d)|\s+(?P<nty4>{_Y4}))"
    rf"|(?:mths?|mos\.?)\s+(?:to|ended|ending)\s+(?P<ntm3>jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\.?\s+(?P<nty2>\d\d))"
    rf"(?![\w/])(?!,?\s*\d))|"
    rf"(?P<ended>\b(?:(?P<n>one|three|six|nine|twelve|1|3|6|9|12)[- ]months?|"
    rf"(?P<unit>months?|quarters?|half[- ]years?|half|(?:fiscal\s+|financial\s+)?years?|fy|twelve[- ]months?))"
    rf"(?:\s+period)?\s+(?:end(?:ed|ing)|to)\s+(?:on\s+)?"
    rf"(?:(?P<em3>{_MON})\.?\s+(?P<ey3>{_Y4})\b|(?P<em1>{_MON})\s*(?P<ed1>{_DAYN})\b|(?P<ed2>{_DAYN})\s+(?P<em2>{_MON})(?:\.?\s+(?P<ey2>\d\d)(?![\d,./]))?|"
    rf"(?P<em4>{_MON})\.?(?![\w.]|\s*\d)|"
    # ('Year to 30/6/98', 'Half Year to 31.12.98', 'Year to 30.6.2003': a period's last day in figures)
    rf"(?P<nd1>[0-3]?\d)[./](?P<nd2>[01]?\d)[./](?P<ndy>(?:19|20)\d\d|\d\d)(?![\d./]))"
    rf"(?:,?\s*(?P<ey>{_Y4}))?)"
    rf"|(?P<date>\b(?:{_MON}\s*{_DAYN},?\s+{_Y4}|{_DAYN}\s+{_MON},?\s+{_Y4}))"
    rf"|(?P<nine>\b(?:nine|9)[- ]?(?:months?|mos\.?|mths?)(?!\w))"
    rf"|(?P<six>\b(?:six|6)[- ]?(?:months?|mos\.?|mths?)(?:\s+(?P<sixy>{_Y4}))?(?!\w))"
    rf"|(?P<mq2>\b(?P<mq2m>{_MON})\s+(?:qtr|quarter|Q)\.?\s*[-/']?\s*(?P<mq2y>{_YY})\b)"
    rf"|(?P<mq>\b(?P<mqm>{_MON})\s*[-/']?\s*(?P<mqy>{_YY})?\s+(?:qtr|quarter|Q|(?P<mqh>half(?:[- ]year)?))\b)"
    rf"|(?P<q>\bQ(?P<qn>[1-4])(?:\s*[-/']?\s*(?P<qf>FY|F|[Ff]iscal(?=\s+\d))?\s*(?P<qy>{_YY}))?(?![\w/]))"
    rf"|(?P<q2>\b(?P<q2n>[1-4])(?:Q|(?-i:T)(?=\d\d))\s*(?P<q2f>FY|F)?\s*(?P<q2y>{_YY})?(?![\w/]))"
    rf"|(?P<qw>\b(?P<qo>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?P<qwf>fiscal\s+)?quarter"
    rf"(?:\s+(?:of\s+)?(?:(?P<qwf2>fiscal|fy)\s*)?(?P<qwy>{_Y4}))?)"
    rf"|(?P<h>\bH(?P<hn>[12])(?:\s*[-/']?\s*(?P<hf>FY|F|[Ff]iscal(?=\s+\d))?\s*(?P<hy>{_YY}))?(?![\w/]))"
    rf"|(?P<h2>\b(?P<h2n>[12])H\s*(?P<h2y>{_YY})?(?![\w/]))"
    rf"|(?P<hw>\b(?P<ho>first|second)\s+half(?:[- ]year)?(?:\s+(?:of\s+)?(?P<hwy>{_Y4}))?)"
    rf"|(?P<ytd>\b(?:ytd|year[- ]to[- ]date)(?:\s*(?P<ytdy>{_Y4}))?)"
    # ('Half-year' beside its quarters: the half to the latest of them)
    rf"|(?P<htd>\bhalf[- ]year(?!\s*(?:end|to)\b)(?:\s+(?P<htdy>{_Y4}))?(?![\w-]))"
    rf"|(?P<nm>\b(?P<nmn>[369]|12)M\s*(?P<nmy>{_YY})?(?![\w/]))"
    rf"|(?P<sem>\b(?P<semn>[12])S\s*(?P<semy>{_YY})?(?![\w/]))"
    rf"|(?P<cy>\b(?:CY|calendar\s+(?:year\s+)?)\s*(?P<cyy>{_YY})\b)"
    rf"|(?P<sy>\b(?P<sy1>{_Y4})[/-](?P<sy2>\d\d)(?![\d/-]))"
    rf"|(?P<fy>\b(?:FY|F(?=\s*{_Y4})|fiscal(?:\s+year)?|financial\s+year|full[- ]year)\s*(?P<fyy>{_YY})\b)"
    rf"|(?P<fy2>\b(?P<fy2y>{_Y4})\s+(?:fiscal|financial)\s+year)"
    rf"|(?P<mr>\b(?P<mr1>{_MON})\.?\s*(?:-|\u2013|\u2014|to|through)\s*(?P<mr2>{_MON})\.?(?:[\s,]+(?P<mry>{_Y4}))?(?![\w/]))"
    # ('4-6/2021', '1-12/2020': the months by number, as Nordic reports head their columns)
    rf"|(?P<nr>(?<![\w/.,-])(?P<nr1>1[0-2]|0?[1-9])\s?[-\u2013]\s?(?P<nr2>1[0-2]|0?[1-9])\s?/\s?(?P<nry>{_Y4})(?![\w/]))"
    rf"|(?P<mon>\b(?P<mm>{_MON})(?:(?:\s*[-/']\s*|[\s,]+)(?P<my>{_Y4})|"
    rf"\s*[-/']\s*(?P<my2>\d\d(?!\d))|\s+(?P<my3>\d\d)(?![\d,.]))?(?![\w/])(?!\s*\d))|(?P<yr>\b(?P<yy>{_Y4})(?P<ysuf>[EFAB])?\b)",
    re.I,
)
_ENDED_MONTHS = {"one": 1, "1": 1, "three": 3, "3": 3, "six": 6, "6": 6, "nine": 9, "9": 9,
                 "twelve": 12, "12": 12}
_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_YEAR_NOT_PERIOD = re.compile(
    r"(?:since|before|after|until|from|through|to|by|(?:record|best|highest|lowest)\s+(?:\w+\s+){0,2}?(?:for|"
    r"in|of))\s+(?:the\s+)?$", re.I)

@dataclass(frozen=True, slots=True)
class _Spec:
    kind: str                   # ended | span | q | h | m | fy | cy | y | ytd | bad
    year: int | None = None
    n: int = 0                  # months for 'ended', quarter or half number, month number
    end_month: int = 0          # for 'ended'
    end_day: int = 0
    fiscal: bool = False
    suffix: str = ""            # E/F/B (guidance) or A (actual) after a bare year
    split: bool = False         # a fiscal year written with the two years it spans ('2005/06')


_SPEC_HINT = re.compile(r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|quarter|half|ytd|year|fiscal|"
                        r"month",
                        re.I)


@lru_cache(maxsize=4096)
def _find_specs(text: str, free_text: bool = False) -> tuple[tuple[_Spec, int, int], ...]:
    """Period expressions in ``text`` (full dates are skipped) as (spec, start, end)."""
    if not _SPEC_HINT.search(text):
        return ()
    out = []
    for m in _SPEC_RE.finditer(text):
        g = m.groupdict()
        s, e = m.span()
        spec = None
        if g["nto"]:
            n = _ENDED_MONTHS[g["ntn"].lower()]
            mon, year = month_number(g["ntm"] or g["ntm3"]), expand_year(g["nty"] or g["nty4"] or g["nty2"])
            spec = _Spec("ended", year, n, mon, calendar.monthrange(year or 2001, mon)[1] if mon != 2 else 28) \
                if n in (1, 3, 6, 12) else _Spec("bad")
        elif g["ended"]:
            n = _ENDED_MONTHS.get((g["n"] or "").lower())
            if n is None:
                unit = (g["unit"] or "").lower()
                unit = unit.rstrip("s")     # ('fiscal years ended September 30' over columns of years)
                n = 1 if unit == "month" else 3 if unit == "quarter" else 6 if unit.startswith("half") else 12
            if g["nd1"]:
                a, b = int(g["nd1"]), int(g["nd2"])
                day, mon = (a, b) if a > 12 and 1 <= b <= 12 else (b, a) if b > 12 and 1 <= a <= 12 else (0, 0)
                year = expand_year(g["ndy"])
                if not mon or day < 28 or day > calendar.monthrange(year, mon)[1]:
                    out.append((_Spec("bad"), s, e))    # (no period ends on such a day)
                    continue
                spec = _Spec("ended", year, n, mon, day) if n in (1, 3, 6, 12) else _Spec("bad")
                out.append((spec, s, e))
                continue
            mon = month_number(g["em1"] or g["em2"] or g["em3"] or g["em4"])
            # ('Year ended 30 Jun 95': after a day and its month, two digits are the year)
            year = int(g["ey"] or g["ey3"]) if g["ey"] or g["ey3"] else expand_year(g["ey2"]) if g["ey2"] else None
            if g["em3"] or g["em4"]:
                # 'Half-year to Dec 2005', 'Three months ended March' (its day set apart): to the month's end
                day = calendar.monthrange(year or 2001, mon)[1] if mon != 2 else 28
            else:
                day = int(re.match(r"\d+", g["ed1"] or g["ed2"]).group())
                if g["ed1"] and re.fullmatch(r"\d\d", g["ed1"]) and day < 28 and year is None:
                    # 'Half-year to Dec 05': two digits no period ends on are the year
                    year, day = expand_year(g["ed1"]), calendar.monthrange(expand_year(g["ed1"]), mon)[1]
            spec = _Spec("ended", year, n, mon, day) if n in (1, 3, 6, 12) else _Spec("bad")
        elif g["date"]:
            continue
        elif g["nine"]:
            spec = _Spec("bad")     # 'Nine months 2005': no period of the contract's grains
        elif g["six"]:
            # 'Six months 1999' over a column: the first half of that (fiscal) year
            if not g["sixy"]:
                continue      # ('(six months)' under 'H1 Fiscal 2008' adds nothing)
            spec = _Spec("h", int(g["sixy"]), 1, fiscal=True)
        elif g["mq"] or g["mq2"]:
            # 'Sep 2013 qtr', 'December 2010 quarter', 'Mar Qtr 2021': the three months ending that month
            mon = month_number(g["mqm"] or g["mq2m"])
            year = expand_year(g["mqy"] or g["mq2y"])
            last = calendar.monthrange(year or 2001, mon)[1] if mon != 2 else 28
            spec = _Spec("ended", year, 6 if g["mqh"] else 3, mon, last)     # ('Dec 2015 half': six months)
        elif g["q"] or g["q2"]:
            qn = int(g["qn"] or g["q2n"])
            spec = _Spec("q", expand_year(g["qy"] or g["q2y"]), qn, fiscal=bool(g["qf"] or g["q2f"]))
        elif g["qw"]:
            spec = _Spec("q", int(g["qwy"]) if g["qwy"] else None, _ORD[g["qo"].lower()],
                         fiscal=bool(g["qwf"] or g["qwf2"]))
        elif g["h"] or g["h2"] or g["hw"]:
            hn = int(g["hn"] or g["h2n"] or (1 if (g["ho"] or "").lower() == "first" else 2))
            spec = _Spec("h", expand_year(g["hy"] or g["h2y"] or g["hwy"]), hn, fiscal=bool(g["hf"]))
        elif g["sem"]:
            # '1S19' / '2S19': the first / second semester (half) of 2019
            spec = _Spec("h", expand_year(g["semy"]), int(g["semn"]))
        elif g["nm"]:
            # '9M 2018' (nine months: no grain), '6M 2018' (a first half), '12M 2018' (a year)
            n = int(g["nmn"])
            year = expand_year(g["nmy"])
            spec = _Spec("h", year, 1) if n == 6 else _Spec("y", year) if n == 12 and year else _Spec("bad")
        elif g["ytd"]:
            spec = _Spec("ytd", int(g["ytdy"]) if g["ytdy"] else None)
        elif g["htd"]:
            spec = _Spec("ytd", int(g["htdy"]) if g["htdy"] else None, 6)     # the six months to date
        elif g["cy"]:
            spec = _Spec("cy", expand_year(g["cyy"]))      # 'CY2024', 'calendar 2024': the calendar year
        elif g["sy"]:
            first = int(g["sy1"])
            if int(g["sy2"]) != (first + 1) % 100:
                continue
            spec = _Spec("fy", first + 1, fiscal=True, split=True)      # '2005/06': the fiscal year ending in 2006
        elif g["fy"] or g["fy2"]:
            spec = _Spec("fy", expand_year(g["fyy"] or g["fy2y"]), fiscal=True)
        elif g["mr"] or g["nr"]:
            # '(Jul - Dec 2023)', '4-6/2021': the months a column spans, ending in the last one
            first, last = (month_number(g["mr1"]), month_number(g["mr2"])) if g["mr"] else (int(g["nr1"]), int(g["nr2"]))
            n = (last - first) % 12 + 1
            year = g["mry"] or g["nry"]
            spec = _Spec("span", int(year) if year else None, n, last) if n in (1, 3, 6, 12) else _Spec("bad")
        elif g["mon"]:
            word = g["mm"]
            if free_text and not word[0].isupper():
                continue          # 'may' as a verb
            if word.lower().rstrip(".") in ("may", "mar", "jun", "jul") and not g["my"] and free_text:
                continue
            if g["my3"] and free_text:
                continue          # 'on May 15': a day, where a table heading's 'Jan 09' is a month of 2009
            spec = _Spec("m", expand_year(g["my"] or g["my2"] or g["my3"]), month_number(word))
        elif g["yr"]:
            if free_text and _YEAR_NOT_PERIOD.search(text[max(0, s - 40):s]):
                continue
            spec = _Spec("y", int(g["yy"]), suffix=(g["ysuf"] or "").upper())
        if spec is not None:
            out.append((spec, s, e))
    return tuple(out)


def _month_end(year: int, month: int) -> date:
    return month_period(year, month).end


def _resolve(spec: _Spec, year: int, fy_end: int) -> Period | None:
    """The period ``spec`` names in ``year`` (a fiscal year is named by the year it ends in)."""
    try:
        if spec.kind in ("ended", "span"):
            end = _month_end(year, spec.end_month) if spec.kind == "span" else date(year, spec.end_month, spec.end_day)
            grain = {1: "month", 3: "quarter", 6: "half", 12: "year"}[spec.n]
            if grain == "month" and end.day < 28:
                return None
            return period_ending(spec.n, end, grain)
        if spec.kind == "q":
            if spec.fiscal and fy_end != 12:
                return period_ending(3, _fy_shift(year, fy_end, 3 * spec.n), "quarter")
            return quarter_period(year, spec.n)
        if spec.kind == "h":
            if spec.fiscal and fy_end != 12:
                return period_ending(6, _fy_shift(year, fy_end, 6 * spec.n), "half")
            return Period(date(year, 1, 1), date(year, 6, 30), "half") if spec.n == 1 else \
                Period(date(year, 7, 1), date(year, 12, 31), "half")
        if spec.kind == "m":
            return month_period(year, spec.n)
        if spec.kind == "fy":
            # (a year written '2005/06' is no calendar year: with no stated year end, it ends in June)
            return period_ending(12, _month_end(year, 6 if spec.split and fy_end == 12 else fy_end), "year")
        if spec.kind in ("y", "cy"):
            return Period(date(year, 1, 1), date(year, 12, 31), "year")
    except (ValueError, KeyError):
        return None
    return None


def _fy_shift(year: int, fy_end: int, months_in: int) -> date:
    """End of the ``months_in``-th month of the fiscal year ending in month ``fy_end`` of ``year``."""
    m = fy_end + months_in
    y = year - 1
    while m > 12:
        m -= 12
        y += 1
    return _month_end(y, m)


@dataclass(slots=True)
class _PInfo:
    full: list[Period] = field(default_factory=list)
    partial: list[_Spec] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    ytd: _Spec | None = None
    bad: bool = False
    guidance: bool = False
    actual: bool = False

    @property
    def empty(self) -> bool:
        return not (self.full or self.partial or self.years or self.ytd or self.bad)


def _pinfo(text: str, fy_end: int, free_text: bool = False) -> _PInfo:
    info = _PInfo()
    spans: list[_Spec] = []
    for spec, _, _ in _find_specs(text, free_text):
        if spec.kind == "span":
            spans.append(spec)
        elif spec.kind == "bad":
            info.bad = True
        elif spec.kind == "ytd":
            info.ytd = spec
        elif spec.kind == "cy":
            p = Period(date(spec.year, 1, 1), date(spec.year, 12, 31), "year", (0, 0))
            if p not in info.full:
                info.full.append(p)
        elif spec.kind == "y":
            info.years.append(spec.year)
            if spec.suffix in ("E", "F", "B"):
                info.guidance = True
            elif spec.suffix == "A":
                info.actual = True
        elif spec.year is None:
            info.partial.append(spec)
        else:
            p = _resolve(spec, spec.year, fy_end)
            if p is None:
                info.bad = True
            elif p not in info.full:
                info.full.append(p)
    years = set(info.years)
    if len(spans) == 1:
        # 'YTD FY2024 (Jul - Dec 2023)': the months spelled out say which period the heading names
        year = spans[0].year or (next(iter(years)) if len(years) == 1 else None)
        span = _resolve(spans[0], year, fy_end) if year else None
        if span is not None:
            info.full, info.partial, info.years, info.ytd = [span], [], [], None
            return info
    if len(years) == 1:
        y = next(iter(years))
        if info.partial:
            for spec in info.partial:
                p = _resolve(spec, y, fy_end)
                if p is None:
                    info.bad = True
                elif p not in info.full:
                    info.full.append(p)
            info.partial, info.years = [], []
        elif info.ytd is not None and info.ytd.year is None:
            info.ytd = _Spec("ytd", y, info.ytd.n)
            info.years = []
        elif info.full and all(p.end.year == y for p in info.full):
            info.years = []
    if len(info.full) > 1 and len({p.end for p in info.full}) == 1:
        # 'Q3 FY2012' over 'Mar 2012': one column, labelled by its period and by the month it ends in
        info.full = [max(info.full, key=lambda p: p.end - p.start)]
    if len(info.full) == 1 and info.partial and all(
            sp.kind == "ended" and sp.year is None and sp.end_month == info.full[0].end.month
            and _MONTHS_OF.get(info.full[0].grain) == sp.n for sp in info.partial):
        info.partial = []       # 'Q2 Fiscal 2008' over '(Dec quarter)': the same quarter, named twice
    return info


_MONTHS_OF = {"month": 1, "quarter": 3, "half": 6, "year": 12}


# ----------------------------------------------------------------------------- cells

_VALUE_RE = re.compile(
    r"^(?P<approx>~|approx\.?\s*|c\.\s*)?(?P<open>\()?\s?"
    r"(?P<cur>US\$|U\.S\.\s?\$|USD|C\$|A\$|CDN\$|Cdn\$|AU\$|NZ\$|CAD|AUD|\$|£|€)?\s?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"(?P<close>\))?\s?(?P<unit>%|koz|moz|ozs?|ounces|kt|t|tonnes|g/t|gpt|tpd|t/d)?"
    r"(?P<foot>\s?(?:\(\s?(?:\d{1,2}|[a-z]|[ivx]{1,4})\s?\)|\[\d{1,2}\]|\*{1,3}|"
    r"[\u00b9\u00b2\u00b3\u2070-\u2079]+|\^\d))?$",
    re.I,
)
_EMPTY_RE = re.compile(r"^(?:n/?a|n\.a\.?|na|nil|nm|n\.m\.|-+|\u2014|\u2013|\*+|\.{2,}|\u2026|tbd|tba|n/d|nd|"
                       r"--)(?:\s?\(\d\))?$", re.I)
_RANGE_RE = re.compile(r"^~?(?:US|C|A)?\$?\s?\d[\d,.]*\s*(?:%|oz|koz|t)?\s*(?:-|to|\u2013)\s*(?:US|C|"
                       r"A)?\$?\s?\d[\d,.]*\s*(?:%|oz|koz|t)?$", re.I)
_YEAR_CELL = re.compile(r"^\(?(?:19[89]\d|20[0-4]\d)[EFAB]?\)?$")
_YEAR_NOTED = re.compile(r"^(?:19[89]\d|20[0-4]\d)\s?\(\d\)$")
_DECIMAL_COMMA = re.compile(r"^\d{1,3},\d{1,2}$")
_SPACE_THOUSANDS = re.compile(r"^\d{1,3}(?: \d{3})+(?:[.,]\d+)?$")
_TOKEN = re.compile(r"\S+")
_TAIL_HINT = re.compile(r"(?:\d[%)*]?|\d\s?(?:oz|t|g/t|tpd|koz)|n/?a|[-\u2014*])\s*$", re.I)
_FOOT_TOKEN = re.compile(r"^(?:\(\s?(?:\d{1,2}|[a-z]|[ivx]{1,4})\s?\)|\[\d{1,2}\]|\*{1,3}|"
                         r"[\u00b9\u00b2\u00b3\u2070-\u2079]+)$")
_UNIT_TOKEN = re.compile(r"^(?:%|koz|ozs?|ounces|kt|t|tonnes|g/t|gpt|tpd|t/d)$", re.I)
_CUR_TOKEN = re.compile(r"^(?:US\$|C\$|A\$|\$|USD|CAD|AUD)$")
_GAP = re.compile(r"\S+(?:\s\S+)*")
_RULE_LINE = re.compile(r"^[\s|:+=_-]*[-=_]{3,}[\s|:+=_-]*$")
_SUPERSCRIPTS = re.compile(r"[\u00b9\u00b2\u00b3\u2070-\u2079]+")
# (a note marker, not a unit: '(g)', '(t)' and '(m)' are grams, tonnes and metres)
_FOOT_STRIP = re.compile(r"(?:\s?\(\s?(?:\d{1,2}|(?![gtm]\s?\))[a-z])\s?\)|\s?\[\d{1,2}\]|\*+|" + _SUPERSCRIPTS.pattern + r")+\s*$")


@dataclass(slots=True)
class _Cell:
    start: int
    end: int
    text: str
    kind: str = "text"           # value | empty | range | year | text | blank | ambiguous
    value: float | None = None
    cur: str | None = None
    unit: str | None = None


_ABOUT_CELL = re.compile(r"^(?:approximately|approx\.?|about|circa|c\.|~)\s*(?=[\d$])", re.I)


def _is_kg_oz(t: str) -> bool:
    """'476.6 (15,323)': kilograms with their ounces in brackets (about 32 to the kilogram), not '405,870(1)', a value
    and its footnote."""
    m = _KG_OZ_CELL.fullmatch(t)
    if not m:
        return False
    kg_text = m.group("kg").replace(" ", "")
    # ('1,139' is thousands; '476,6' a decimal comma)
    kg = float(kg_text.replace(",", "") if re.search(r",\d{3}(?:\.|$)", kg_text) or "." in kg_text
               else kg_text.replace(",", "."))
    oz = float(re.sub(r"[ ,]", "", m.group("oz")))
    return kg > 0 and 25 <= oz / kg <= 40


def _classify(cell: _Cell) -> _Cell:
    t = _ABOUT_CELL.sub("", cell.text.strip())      # 'approximately 560' in a guidance table: 560
    if not t:
        cell.kind = "blank"
    elif _YEAR_CELL.match(t) or _YEAR_NOTED.match(t):
        cell.kind, cell.value = "year", float(t.lstrip("(")[:4])     # ('2011(1)': a year and its note's number)
    elif _is_kg_oz(t):
        cell.kind = "ambiguous"     # '476.6 (15,323)': kilograms and their ounces, read under a 'kg (oz)' heading
    elif _EMPTY_RE.match(t):
        cell.kind = "empty"
    elif _DECIMAL_COMMA.match(t):
        cell.kind, cell.value = "value", float(t.replace(",", "."))     # '5,86' g/t, '96,4' %: a decimal comma
    elif _SPACE_THOUSANDS.match(t):
        groups = t.replace(",", ".").split(".")[0].split(" ")
        if len(groups) <= 3 and re.fullmatch(r"\d{1,3}(?: \d{3}){1,2}(?:[.,]\d+)?", t):
            # '412 000' (a space between thousands, as South African and European releases write them);
            # more groups could be two numbers in one column and stay ambiguous
            cell.kind, cell.value = "value", float(t.replace(" ", "").replace(",", "."))
        else:
            cell.kind = "ambiguous"
    else:
        m = _VALUE_RE.match(t)
        if m:
            if m.group("open") or m.group("close"):
                cell.kind = "ambiguous" if not (m.group("open") and m.group("close")) else "negative"
            else:
                cell.kind = "value"
                cell.value = float(m.group("num").replace(",", ""))
                cell.cur = m.group("cur")
                cell.unit = (m.group("unit") or "").lower() or None
        elif _RANGE_RE.match(t):
            cell.kind = "range"
    return cell


_DASHED_T = re.compile(r"[-\u2013]\s*t")


def _tokens_as_cells(text: str, base: int) -> list[_Cell]:
    """Split a single-spaced run into value cells (units, footnotes and currency kept with their value)."""
    toks = [(m.start() + base, m.end() + base, m.group()) for m in _TOKEN.finditer(text)]
    cells: list[_Cell] = []
    pending_cur = None
    for s, e, t in toks:
        if _CUR_TOKEN.match(t):
            pending_cur = (s, t)
            continue
        if cells and cells[-1].kind in ("value", "empty") and (_FOOT_TOKEN.match(t) or _UNIT_TOKEN.match(t)):
            prev = cells[-1]
            prev.end = e
            prev.text = prev.text + " " + t
            if _UNIT_TOKEN.match(t) and prev.kind == "value":
                prev.unit = t.lower()
            continue
        if t in ("000", "'000") and cells and _DASHED_T.fullmatch(cells[-1].text):
            # '- t 000': a unit of thousands of tonnes, no value
            prev = cells[-1]
            prev.end, prev.text, prev.kind, prev.value = e, prev.text + " " + t, "text", None
            continue
        if pending_cur:
            s, t = pending_cur[0], pending_cur[1] + t
            pending_cur = None
        cells.append(_classify(_Cell(s, e, t)))
    if pending_cur:
        cells.append(_Cell(pending_cur[0], pending_cur[0] + len(pending_cur[1]), pending_cur[1]))
    return cells


_PERIOD_BEFORE_YEAR = re.compile(r"(?:\bQ[1-4]|\b[1-4][QT]|\bH[12]|\b[12]H|\b\d{1,2}M|\bFY|\bCY|\bquarter|\bhalf|\byear|"
                                 r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)\s*$", re.I)


def _split_tail(text: str) -> tuple[int, list[_Cell]]:
    """(end of the label, value cells) when a text ends with a run of values."""
    if not _TAIL_HINT.search(text):
        return len(text), []
    cells = _tokens_as_cells(text, 0)
    k = len(cells)
    while k > 0 and cells[k - 1].kind in ("value", "empty", "year"):
        k -= 1
    if k < len(cells) and cells[k].kind == "year" and _PERIOD_BEFORE_YEAR.search(text[:cells[k].start]):
        k += 1      # 'Q3 2010   612,400 ...': the year ends the row's period, it is no value
    if k == len(cells) or k == 0:
        return len(text), []
    # a dash between two numbers is a range, not an empty cell
    tail = cells[k:]
    for i in range(1, len(tail) - 1):
        if tail[i].kind == "empty" and tail[i].text.strip() in ("-", "\u2013") and \
                tail[i - 1].kind == "value" and tail[i + 1].kind == "value":
            return len(text), []
    label_end = len(text[: cells[k - 1].end].rstrip()) if k else 0
    return label_end, tail


# ----------------------------------------------------------------------------- row labels

# lines that are not production: costs other than cash cost, money, other metals, exploration, people
_NONPROD_WORDS = frozenset(
    "aisc capex prices price ebitda silver ag copper cu zinc zn lead pb nickel geo geos reserve reserves "
    "resource resources safety ltifr metres meters contained payable votes vote shares share width "
    "hole holes assay assays capacity availability water power diesel fuel kwh dilution ratio value "
    "proceeds net income debt opt aueq eq crude fineness".split())
_NONPROD_PREFIXES = (
    "revenue", "capital", "explor", "realiz", "realis", "margin", "earning", "deprec", "amorti",
    "administrat", "royalt", "copper", "equivalent", "concentrate", "waste", "drill", "tax", "employee",
    "development", "inventor", "intercept", "interval", "utiliz", "utilis", "loss", "hedg", "stream")
_NONPROD_PHRASES = re.compile(r"all[- ]in|sustaining|cash\s+flow|co-?product|g\s*&\s*a\b|strip(?:ping)?\s+ratio|"
                              r"third[- ]part(?:y|ies)|toll[- ](?:treated|ore|milled|milling|processed|processing)|custom[- ]mill|for\s+(?:the\s+)?account\s+of|\((?:g|kg|grams?|kilograms?)\)|"
                              r"total\s+material|material\s+moved|in[- ]circuit|"
                              r"\$\s*/\s*t(?:onne)?\b|"
                              r"forward\s+sales|per\s+share|\bozs?\s*/\s*t(?:on)?\b")
_WORDS = re.compile(r"[a-z0-9]+")


def _nonprod(low: str) -> bool:
    """Whether a (lower-cased) label names something other than a production figure."""
    # 'Cash cost, net of by-product credits' is still a cash cost per gold ounce
    low = _NET_OF_CREDITS.sub(" ", low)
    for w in _WORDS.findall(low):
        if w in _NONPROD_WORDS or w.startswith(_NONPROD_PREFIXES):
            return True
    return bool(_NONPROD_PHRASES.search(low))


_NET_OF_CREDITS = re.compile(r"\bnet\s+of\s+(?:(?:by-?\s?products?|copper|silver|ag|cu)\s+(?:revenue\s+)?credits?\b|(?:ag|cu|silver|copper)\b)")


_CASH = re.compile(r"\bcash\s+(?:operating\s+|production\s+|site\s+)?costs?\b", re.I)
_COST = re.compile(r"\bcosts?\b|\bexpen", re.I)
_TPD = re.compile(r"\btpd\b|\bt/d\b|\b(?:t|dmt|tms)\s*/\s*(?:day|d)\b|\btonnes?\s*/\s*day\b|\btons?\s*/\s*day\b|\bper\s+day\b|"
                  r"\bdaily\b|\ba\s+day\b", re.I)
_TPD_OK = re.compile(r"\btonnes?\b|\btons?\b|\bt\b|\btpd\b|\bt/d\b|\btms\b|\bdmt\b|throughput|\bmill|process|\bore\b|"
                     r"\bfeed\b", re.I)
_GRADE = re.compile(r"\bgrades?\b", re.I)
_GRADE_BAD = re.compile(r"\bmined\s+grade|grade\s+(?:of\s+ore\s+)?mined|recovered\s+grade|cut[- ]?off|stockpile|\boz\s*/\s*t|"
                        r"\bopt\b|%|ppm|\blbs?\b|\bsilver\b|\bag\b", re.I)
_G_T = re.compile(r"\bg\s*/\s*(?:t|tm|mt|dmt|tms)\b|\bgpt\b|\bg/tonne\b|grams?\s+per\s+(?:metric\s+)?tonne", re.I)
_RECOVERY = re.compile(r"\brecover(?:y|ies)\b", re.I)
_POUR = re.compile(r"\bpour(?:ed|s|ing)?\b", re.I)
_SOLD = re.compile(r"\bsold\b", re.I)
_SALES = re.compile(r"\bsales\b", re.I)
_RECOVERED = re.compile(r"\brecovered\b", re.I)
_PRODUCED = re.compile(r"\bproduc(?:ed|tion|e)\b|\boutput\b", re.I)
_OZ_WORD = re.compile(r"\bgold\b|\bounces?\b|\boz\b|\bkoz\b|\bmoz\b|\bozs\b|\bau\b", re.I)
_OZ_UNIT = re.compile(r"\bounces?\b|\boz\b|\bkoz\b|\bmoz\b|\bozs\b", re.I)
_OZ_BAD = re.compile(r"\(\s*(?:t|kg|g|lbs?|tonnes|%|\$|us\$|a\$|c\$)\s*\)|\$|%|\bkg\b|\blbs?\b|\btonnes?\b|"
                     r"\bg/t\b|\bgrams?\b|\bkilograms?\b|\bdor[eé]\b|\bbars?\b", re.I)
# ore put on a heap leach's pads, the ore such an operation processes
_STACKED = re.compile(r"\bstack(?:ed|ing)\b|\bplaced\b", re.I)
_MILLED = re.compile(r"\bmill(?:ed|ing)?\b|\bprocess(?:ed|ing)?\b|\btreated\b|\btreatment\b|\bthroughput\b|\bretreat(?:ed|ment)\b|"
                     r"\bcrushed\b|\bfeed\b|\bleached\b|" + _STACKED.pattern, re.I)
# ('Mine production (TMS)': the tonnes a mine produced are its ore mined)
_SITE_DASH_QUANTITY = re.compile(r"(?P<site>[A-Z][\w'-]*(?:\s+[\w'-]+){0,4}?)\s+-\s+(?P<q>(?:ore|tonnes)\b.*)")
_MINED = re.compile(r"\bmined\b|\bmining\b|\bextracted\b|\bhauled\b|\bmine\s+(?:production|output)\b", re.I)
_T_WORD = re.compile(r"\bore\b|\btonnes?\b|\btons?\b|\bt\b|\bkt\b|\bmt\b|\bdmt\b|\bwmt\b|\btms\b|'000\s*t\b", re.I)
_T_BAD = re.compile(r"\bounces?\b|\boz\b|\bg/t\b|%|\$", re.I)
_GENERIC_T = re.compile(r"^(?:ore|tonnes?|tons?|ore\s+tonnes?|tonnage|ore\s+tonnage)"
                        r"(?:\s*\(\s*(?:t|tonnes|kt|'\s?000\s*t?|000s?\s*t?|thousand\s+tonnes|"
                        r"mt)\s*\))?$", re.I)
_GENERIC_OZ = re.compile(r"^(?:gold|ounces?|oz|gold\s+ounces?|au)(?:\s*\(\s*(?:oz|ounces|koz|'\s?000\s*oz|"
                         r"000s?\s*oz)\s*\))?$|^\(\s*(?:oz|ounces|koz|'\s?000\s*oz|000s?\s*oz)\s*\)$",
                         re.I)     # (a column's unit line alone: 'FY2019' over '(koz)')
_SCALE_K = re.compile(r"\bthous\.|'\s?000|(?<![\d,.])\b000s?\b|\(000\)|\(\s*000\s?(?:t|tonnes|oz)\s*\)|\bthousands?\b|\bkoz\b|\bkt\b|\bk\s?oz\b|"
                      r"\bkozs\b", re.I)
_SCALE_M = re.compile(r"\bmillions?\b|\bMoz\b|\bMt\b(?!\.?\s+[A-Z])|\bmoz\b")      # (not 'Mt Kirkby mill', a mount)
_CUR_USD = re.compile(r"US\s?\$|\bUSD\b|U\.S\.\s?\$|\$\s?US\b|\bUS\s+dollars?\b|\bU\.S\.\s+dollars?\b", re.I)
_CUR_OTHER = re.compile(r"(?:\b(?:A|C|AU|CDN|Cdn|NZ|R|HK|S|Mex|MX)\$)|\b(?:AUD|CAD|ZAR|MXN|GBP|EUR|PEN|CLP|"
                        r"BRL|ARS|GHS|CNY|RUB|KZT|TRY|PHP)\b|£|€|\bR\s*/\s*(?:oz|kg|t)\b|\brand\b|\bpesos?\b|"
                        r"\b(?:Australian|Canadian)\s+dollars?\b", re.I)
_PER_OZ = re.compile(r"/\s*oz\b|per\s+(?:troy\s+)?(?:ounce|oz)\b|/\s*ounce\b|\$/oz|"
                     r"per\s+(?:gold\s+)?ounce", re.I)
_GUIDANCE = re.compile(r"\bguidance\b|\bforecasts?\b|\boutlook\b|\bbudget(?:ed)?\b|\btargets?\b|"
                       r"\bplan(?:ned)?\b|\bestimated?\b|\bprojected\b|\bprojections?\b|\bexpected\b|"
                       r"\bpreliminary\s+guidance\b",
                       re.I)
_GUIDANCE_GATE = re.compile(r"guid|forecast|outlook|budget|target|plan|estimat|project|expect")
_CHANGE_GATE = re.compile(r"chang|chg|var|vs|versus|differ|crease|\+/-|\u0394|%|delta|movement|low|high|"
                          r"min|max|range|midpoint")
_CUR_GATE = re.compile(r"[$£€]|[A-Z]{3}|[Rr]and|[Pp]eso|[Dd]ollar|R\s*/")
_ACTUAL = re.compile(r"\bactuals?\b", re.I)
_CHANGE = re.compile(r"\bchange\b|\bchg\b|\bvariance\b|\bvar\.?(?!\w)|\bvs\.?(?!\w)|\bversus\b|"
                     r"\bdifference\b|"
                     r"\bincrease\b|\bdecrease\b|\+/-|\u0394|^%$|^\(%\)$|\bdelta\b|\bmovement\b|"
                     r"\blow\b|\bhigh\b|\bmin(?:imum)?\b|\bmax(?:imum)?\b|\branges?\b|\bmidpoint\b", re.I)
_TOTAL = re.compile(r"^attributable(?:\s+(?:total|production|basis|to\s+(?:the\s+)?(?:company|group)))?\s*:?$|"
                    r"^(?:(?:company|group|grand|consolidated|combined|overall|attributable)[- ]?)?(?:total|totals|"
                    r"consolidated|combined)"
                    r"(?:\s+(?:company|group|consolidated|production|operations|all\s+(?:mines|operations|"
                    r"sites)))?"
                    r"(?:\s*/\s*(?:average|avg\.?|weighted\s+average))?"
                    r"(?:\s*\((?:attributable|100%|consolidated)[^)]*\))?"     # ('Total (100% basis)')
                    r"\s*:?$|^(?:all\s+(?:mines|operations|sites)|company|group|company[- ]wide)"
                    r"(?:\s*\((?:attributable|100%|consolidated)[^)]*\))?$", re.I)
_SUBPART = re.compile(r"\b(?:underground|open[- ]pits?|surface|stockpiles?|low[- ]grade|oxides?|sulphides?|"
                      r"sulfides?|heap[- ]leach|ug|op|of\s+which|including|attributable|satellite)\b", re.I)
_TABLE_SKIP = re.compile(r"\breserves?\b|\bresources?\b|\bdrill|\bintercepts?\b|\bassays?\b|\bholes?\b|"
                         r"\bsensitivit|"
                         r"\bhedg|\bvot(?:es|ing)\b|\bnominees?\b|\bproven\b|\bprobable\b|"
                         r"\bmeasured\b|\bindicated\b|\binferred\b|\bwidth\b|\bfrom\s*\(m\)|"
                         r"\bLOM\b|\blife[- ]of[- ]mine\b|\b(?:feasibility|scoping|economic)\s+study\b|\bthe\s+Study\b|"
                         r"\(design\)|\bdesign\s+(?:capacity|throughput)\b", re.I)
_HEDGE_ROW = re.compile(r"\s*(?:forward\s+(?:sales|sold|contracts)|(?:bought|sold)\s+(?:put|call)s?(?:\s+options)?|"
                        r"put\s+options|call\s+options|hedg)", re.I)
# a study's parameters ('Mill throughput (design)', 'Average mill recovery, LOM'): no production table
_STUDY_ROW = re.compile(r"\bLOM\b|\blife[- ]of[- ]mine\b|\(design\)|\bdesign\s+(?:capacity|throughput)\b", re.I)
_CUR_SCALE = re.compile(r"thousands\s+of\s+(?:\w+\s+){0,2}(?:dollars|\$)|(?:US|C|A)?\$\s?'?000s?\b|"
                        r"'000\s*(?:US|C|A)?\$|\$\s*(?:in\s+)?thousands|dollars\s+in\s+thousands|"
                        r"millions\s+of\s+(?:\w+\s+){0,2}(?:dollars|\$)|"
                        r"(?:US|C|A)?\$\s?(?:M|MM|millions?)\b|\$\s*(?:in\s+)?millions", re.I)
_OTHER_METAL = re.compile(r"\b(?:silver|ag|copper|cu|zinc|zn|lead|pb|nickel|uranium|u3o8|molybdenum|cobalt|"
                          r"platinum|palladium|pgms?|iron\s+ore|coal|gold\s+equivalent|geos?)\b", re.I)
_GOLD = re.compile(r"\bgold\b(?!\s+equivalent)|\bau\b", re.I)
_FACILITY_WORD = re.compile(r"\b(?:mill|mine|plant|operations?|project|facility|complex|pit|concentrator|"
                            r"heap\s+leach)\b", re.I)
# a column of units by its heading ('| Indicator | Unit | 1Q 2024 |')
_UNIT_COL = re.compile(r"^(?:units?|uom|measure|unit\s+of\s+measure)$", re.I)
_SITE_SUFFIXES = frozenset("underground open pit pits operation operations complex".split())
_GROUP_WORDS = frozenset("hub hubs district cluster".split())
# ('DOORNKRAAL SHAFT', 'No. 3 Shaft': a South African mine by its shaft)
_SUFFIXED_SITE = re.compile(r"(?:[A-Z\u00c0-\u00de][\w'.-]+\s+){1,3}(?:Underground|Open\s+Pit|UNDERGROUND|OPEN\s+PIT|Shaft|SHAFT)")
_NAMED_OPERATIONS = re.compile(r"(?!(?:Other|All|Group|Total|Combined|Mining|Processing|Gold|Our|Its)\b)"
                               r"[A-Z\u00c0-\u00de][\w'-]+(?:\s+[A-Z\u00c0-\u00de][\w'-]+){0,2}"
                               r"(?:\s+(?:alluvial|placer|heap[- ]leach|underground|open[- ]pit|mining|gold))?\s+operations")
_PLURAL_SITES = re.compile(r"\b(?:mines|mills|plants|operations|projects|pits)\b", re.I)
_MILL_KIND = re.compile(r"\b(?:mill|plant|processing|concentrator|facility|heap\s+leach)\b", re.I)
_MINE_KIND = re.compile(r"\b(?:mines?|pits?|underground|deposit|open[- ]pit|shaft|zone|lode)\b", re.I)
_HINT = (
    ("mined", re.compile(r"\bmining\b|\bmined\b|\bmine\s+(?:production|operations|statistics)\b", re.I)),
    ("processed", re.compile(r"\bmill(?:ing)?\b|\bprocessing\b|\bprocessed\b|\bplant\b|\btreatment\b|"
                             r"\bheap\s+leach\b", re.I)),
    ("poured", re.compile(r"\bpour(?:ed|s)?\b", re.I)),
    ("sold", re.compile(r"\bsales\b|\bsold\b", re.I)),
    ("produced", re.compile(r"\bproduc(?:tion|ed)\b|\boutput\b", re.I)),
)
_OZ_VERBS = (("gold_poured_oz", _POUR), ("gold_sold_oz", _SOLD), ("gold_recovered_oz", _RECOVERED),
             ("gold_produced_oz", _PRODUCED))
_PERIOD_GLUE = re.compile(r"\b(?:ended|ending|and|of|the|to|vs)\b", re.I)
_HINT_OZ = {"poured": "gold_poured_oz", "sold": "gold_sold_oz", "produced": "gold_produced_oz"}
_HINT_T = {"mined": "ore_mined_t", "processed": "ore_processed_t"}
_LABEL_SITE = re.compile(r"(?P<name>(?:[A-Z][\w'-]+\s+){1,3}?)(?=(?:gold|ore|au|head|recovery|cash|tonnes|ounces|"
                         r"production|throughput|mill(?:ed)?|processed|mined)\b)")
_NOT_SITE_WORDS = frozenset("attributable average net payable contained equivalent silver copper total au ag cu zn "
                            "metallurgical fine refined saleable bullion".split())
_GENERIC_WORDS = frozenset(
    "production operation operations operating operational mining milling processing costs cost gold summary source "
    "sources feed salient features "
    "statistics results highlights data total totals underground open pit pits heap leach mill plant "
    "unit units key metrics quarterly annual unaudited three six nine twelve months month ended "
    "ending year years quarter notes note physicals physical actual actuals guidance budget forecast "
    "outlook variance change per ounce ounces tonnes ore grade recovery table figure the of and for "
    "in at to by company consolidated combined group site sites mine mines description item metric "
    "measure period change% ytd fiscal financial half q1 q2 q3 q4 h1 h2 fy sales revenue sold "
    "produced poured recovered milled mined processed cash all other prior current previous "
    "comparative comparison restated revised original latest preliminary first second third fourth "
    "full calendar underground-mine open-pit surface stockpile stockpiles unaudited audited us$ usd "
    "a$ c$ tpd g/t oz t tailings dump dumps material "
    # a section of the work or of the language ('Haulage', 'Crushing', 'English' over a bilingual table)
    "haulage hauling crushing stacking leaching treatment english spanish "
    # a first column's heading ('| Indicator | Unit | 1Q 2024 |'), a fiscal year's column ('Fin. Year'), the
    # issuer's own feed ('Own ore milled (t)')
    "indicator indicators parameter parameters fin own yield yields".split())


@dataclass(slots=True)
class _Desc:
    text: str = ""
    metric: str | None = None
    generic: str | None = None       # 'oz' / 't' quantity naming no activity ('Ore (t)')
    hint: str | None = None          # the activity a group names ('Mining' -> mined)
    nonprod: bool = False
    scale: float | None = None
    cur: str | None = None           # 'USD' | 'OTHER' | None
    per_oz: bool = False
    g_t: bool = False
    period: _PInfo = field(default_factory=_PInfo)
    period_only: bool = False        # the text is nothing but a period
    guidance: bool = False
    actual: bool = False
    change: bool = False
    total: bool = False
    subpart: bool = False
    site: str | None = None
    site_kind: str | None = None     # 'mill' | 'mine' | None


# a unit after a dash in a cell of its own: '- kg', '- US$/oz', '- g/t'
# ('- t 000' and "- '000 t": thousands of tonnes)
# (or in brackets, under a row in another unit: 'Gold produced (kg)   2 415' over '(oz)   77 644')
_DASHED_UNIT = re.compile(r"(?:[-\u2013]\s*|\((?=.*\)$)\s*)(?P<u>oz|ounces|kg|g/t|t(?:\s*'?000)?|'?000\s*t|tonnes|"
                          r"(?:US\$|A\$|C\$|R|ZAR|USD)\s*/\s*(?:oz|kg|t))\s*\)?")

def _strip_label(text: str) -> str:
    t = text.strip().strip("|").strip()
    t = re.sub(r"^[-*\u2022>]+\s*", "", t)
    t = _FOOT_STRIP.sub("", _SUPERSCRIPTS.sub("", t))     # ('Gold sold¹ (oz)': a note marker anywhere)
    return t.strip().rstrip(":").strip()


_IMPERIAL = re.compile(r"\(\s*(?:'?000\s*)?(?:short\s+)?tons\s*\)|\boz\s*/\s*tons?\b|\bshort\s+tons?\b|\bimperial\b|"
                       r"\bounces\s+per\s+ton\b|\btons?\s*\(000\)|\b000\s+tons\b")


def _metric(low: str, has_g_t_doc: bool) -> tuple[str | None, str | None, bool]:
    """(metric, generic quantity kind, is a non-production line) for a label."""
    if _CASH.search(low):
        if _nonprod(low) or re.search(r"per\s+tonne|/\s*t\b|/\s*tonne", low):
            return None, None, True
        return "cash_cost_per_oz", None, False
    if _nonprod(low) or _COST.search(low):
        return None, None, True
    if _IMPERIAL.search(low):
        return None, None, True     # short tons and ounces per ton: no metric figure without conversion
    if _TPD.search(low) and _TPD_OK.search(low):
        return "tonnes_per_day", None, False
    if _GRADE.search(low):
        if _GRADE_BAD.search(low):
            return None, None, True
        if _G_T.search(low) or (has_g_t_doc and not re.search(r"\(|/", low)):
            return "head_grade_g_t", None, False
        return None, None, False
    if _RECOVERY.search(low):
        if re.search(r"\boz\b|\bounces?\b|\$|\btonnes?\b", low):
            return None, None, True
        return "recovery_pct", None, False
    verbs = [m for m, rx in _OZ_VERBS if rx.search(low)]
    if _SALES.search(low) and _OZ_UNIT.search(low) and "gold_sold_oz" not in verbs:
        verbs.append("gold_sold_oz")
    t_verbs = [m for m, rx in (("ore_processed_t", _MILLED), ("ore_mined_t", _MINED)) if rx.search(low)]
    t_like = bool(_T_WORD.search(low)) and not _OZ_UNIT.search(low)
    if verbs and not (t_like and t_verbs):
        bad = bool(_OZ_BAD.search(low))
        if len(verbs) > 1 or bad or not _OZ_WORD.search(low):
            return None, None, bad
        return verbs[0], None, False
    if t_verbs:
        if len(t_verbs) > 1 or _T_BAD.search(low) or not (t_like or re.search(r"\bmill(?:ed)?\b|"
                                                                              r"\bprocessed\b|\b(?:re)?treated\b|"
                                                                              r"\bmined\b", low)):
            return None, None, False
        return t_verbs[0], None, False
    if _GENERIC_T.match(low) and not _T_BAD.search(low):
        return None, "t", False
    if _GENERIC_OZ.match(low) and not _OZ_BAD.search(low):
        return None, "oz", False
    return None, None, False


@dataclass(slots=True)
class _DocCtx:
    issuer: str | None
    release: date
    fy_end: int
    g_t: bool
    doc: object
    default_site: str | None
    lead: _PInfo
    default_currency: str | None
    memo: dict = field(default_factory=dict)
    known_cache: dict | None = None

    @property
    def known(self) -> dict[str, set[str]]:
        """Facilities the release names in its prose: lower-cased base name -> full names."""
        if self.known_cache is None:
            known: dict[str, set[str]] = {}
            for sent in self.doc.seg.sentences:
                if sent.section != "boilerplate":
                    for f in find_facilities(sent.text):
                        known.setdefault(f.base.lower(), set()).add(f.name)
            self.known_cache = known
        return self.known_cache


def _proper_name(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 6 or not (text[0].isupper() or text[0].isdigit()):
        return False
    if re.search(r"[()$%/=:;,]|\d{3}", text) or re.fullmatch(r"[A-Z]{1,2}\d", text):
        return False        # ('C1 cash cost': a cost's class, no site)
    caps = [w for w in words if w[:1].isupper()]
    if not caps:
        return False
    return not all(w.lower().strip(".'-") in _GENERIC_WORDS for w in caps)


# a metric's label, then the site it is for after a dash, then its unit: 'Head grade - Karatas (g/t Au)'
_METRIC_DASH_SITE = re.compile(r"(?P<q>[^-\u2013\u2014()]+?)\s+[-\u2013\u2014]\s+"
                               r"(?P<name>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})\s*(?:\([^()]*\))?\s*")
_TOPIC_THEN_SITE = re.compile(r"^\s*(?P<head>[^:\-\u2013\u2014\n]{2,40}?)\s*(?:\s[-\u2013\u2014]\s|:\s)\s*(?P<site>[^:\n]+?)\s*$")


def _site_of(text: str, ctx: _DocCtx, loose: bool) -> tuple[str | None, str | None]:
    """(site name, 'mill'|'mine'|None) named by a label; ``loose`` accepts any proper name."""
    topic = _TOPIC_THEN_SITE.match(text)
    if topic and not find_facilities(topic.group("head")):
        # 'Operations - Çamköy heap leach mine', 'Production summary: Caracolí plant': the site after the topic
        found = _site_of(topic.group("site"), ctx, loose)
        if found[0] is not None:
            return found
    facs = find_facilities(text)
    name = None
    # 'Larder Creek Operations' is one site by its proper name
    one_operations = len(facs) == 1 and text[facs[0].start:facs[0].end].endswith(("Operations", "OPERATIONS")) and \
        len(_PLURAL_SITES.findall(text)) == 1 and not re.search(r"\b(?:all|its|our|other|both)\s+", text, re.I)
    if _NAMED_OPERATIONS.fullmatch(text.strip()):
        return text.strip(), None   # 'Kyuyel alluvial operations': one operation by its proper name
    if not one_operations and (len(facs) > 1 or _PLURAL_SITES.search(text)):     # ('Mina San Judas' is one)
        return None, None           # several sites ('the Cerro Azul and Rio Verde mines')
    if facs:
        name = facs[0].name
    if name is None:
        low = text.lower()
        found = [(b, m) for b in ctx.known for m in [re.search(rf"(?<!\w){re.escape(b)}(?!\w)", low)] if m]
        hits = [(b, m) for b, m in found if not any(b != o and b in o for o, _ in found)]
        words = re.sub(r"\([^)]*\)", " ", text).split()       # the label without its bracketed notes
        bare = " ".join(words)
        if len(hits) == 1:
            base, m = hits[0]
            full = ctx.known[base]
            name = next(iter(full)) if len(full) == 1 else text[m.start():m.end()]
            extra = bare.lower().replace(base, "", 1).split()
            if bare.lower().startswith(base) and extra and all(w in _SITE_SUFFIXES for w in extra):
                name = bare      # 'Shabaqua Underground' is the mine, not the 'Shabaqua concentrator' of the prose
            elif bare.lower().startswith(base) and extra and all(w in _GROUP_WORDS for w in extra):
                name = text[m.start():m.end()]      # 'Akbulak hub': the group of that name, not its pit
        elif not hits and _SUFFIXED_SITE.fullmatch(bare):
            name = bare         # 'Shabaqua Underground'
        elif not hits and loose:
            while len(words) > 1 and words[-1].lower().strip(".:") in _GENERIC_WORDS | {"physicals", "statistics"}:
                words.pop()     # 'Wongi Bore physicals' names Wongi Bore
            bare = " ".join(words)
            if bare and _proper_name(bare):
                name = bare
    if name is None:
        return None, None
    if name.isupper():      # 'WREN MILL' in a title is the 'Wren mill' of the prose
        name = next((n for names in ctx.known.values() for n in names if n.lower() == name.lower() and not n.isupper()),
                    name)
    kind = "mill" if _MILL_KIND.search(name) else "mine" if _MINE_KIND.search(name) else None
    return name, kind


def _describe(text: str, role: str, ctx: _DocCtx) -> _Desc:
    """What a label, column header, section row or caption says about its cells (memoized per release)."""
    key = (text, role)
    d = ctx.memo.get(key)
    if d is None:
        d = ctx.memo[key] = _describe_uncached(text, role, ctx)
    return d


# a metal's name at the head of a proper name ('Silver Sage', 'Copper Basin'), not a line of that metal
# ('Silver Produced', 'Copper Grade', 'Zinc Concentrate')
_METAL_NAME = re.compile(r"^(?:Silver|Copper|Nickel|Zinc|Cobalt)\s+(?!(?:Produced|Production|Sold|Sales|Equivalent|"
                         r"Grade|Grades|Recovery|Recoveries|Recovered|Ounces|Oz|Head|Concentrates?|Cathodes?|Output|"
                         r"Payable|Contained|Tonnes|Pounds|Lbs|Price|Prices|Revenue|Eq|In|Metal|Poured|Feed|Mined|"
                         r"Milled|Processed)\b)(?=[A-Z][a-z])")


def _describe_uncached(text: str, role: str, ctx: _DocCtx) -> _Desc:
    t = _strip_label(text)
    d = _Desc(text=t)
    if not t:
        return d
    low = t.lower()
    free = role in ("caption", "lead")
    d.period = _pinfo(t, ctx.fy_end, free_text=free)
    if not d.period.empty:
        rest = _SPEC_RE.sub(" ", t)
        d.period_only = not re.search(r"[A-Za-z]{2,}", _PERIOD_GLUE.sub(" ", rest))
    # (cheap substring tests first: most labels name none of these)
    d.guidance = bool(_GUIDANCE_GATE.search(low) and _GUIDANCE.search(low)) or d.period.guidance
    d.actual = ("actual" in low and bool(_ACTUAL.search(low))) or d.period.actual
    d.change = bool(_CHANGE_GATE.search(low) and _CHANGE.search(t))
    if "000" in t or "thous" in low or "million" in low or "k" in low or "mt" in low or "moz" in low:
        unscaled = _CUR_SCALE.sub(" ", t)
        if _SCALE_M.search(unscaled):
            d.scale = 1e6
        elif _SCALE_K.search(unscaled):
            d.scale = 1e3
    if _CUR_GATE.search(t):
        d.cur = "OTHER" if _CUR_OTHER.search(t) else "USD" if _CUR_USD.search(t) else None
    d.per_oz = ("oz" in low or "ounce" in low) and bool(_PER_OZ.search(t))
    d.g_t = ("g" in low) and bool(_G_T.search(t))
    if role == "lead":
        return d
    quantity_text = low
    if role == "label" and _METAL_NAME.search(t):
        quantity_text = _METAL_NAME.sub(" ", t).lower()     # 'Silver Sage (Nevada)': a mine named for a metal
    if role == "column" and not d.period.empty:
        quantity_text = " ".join(_SPEC_RE.sub(" ", t).split()).lower()    # 'FY2019 (koz)': the quantity '(koz)'
    if role in ("column", "label") and _KG_OZ_HEAD.search(quantity_text):
        quantity_text = _KG_OZ_HEAD.sub("(oz)", quantity_text)    # 'Gold recovered / kg (oz)': read in ounces
    d.metric, d.generic, d.nonprod = _metric(quantity_text, ctx.g_t)
    dash_site = None
    if role == "label" and not (d.metric or d.generic or d.nonprod) and " - " in t and (
            split := _SITE_DASH_QUANTITY.fullmatch(t)):
        # 'Kurli Kurli OP - ore (t)', 'Christmas Well open pit - ore (t)': a site, then the quantity of its row
        d.metric, d.generic, d.nonprod = _metric(split.group("q").lower(), ctx.g_t)
        if d.metric or d.generic:
            dash_site = split.group("site")
    if d.metric == "ore_processed_t" and role in ("section", "column", "hlabel") and not re.search(
            r"[(/%]|\b(?:tonnes|t|kt|ore|milled|processed|treated|throughput)\b", low) and any(
            f.end - f.start >= len(t) - 1 for f in find_facilities(t)):
        d.metric = None      # 'Kulinda mill' over its rows: the site, not the tonnes it milled
    if role == "caption":
        if d.metric and not (_OZ_UNIT.search(low) or _T_WORD.search(low) or d.g_t or "%" in low or d.per_oz):
            d.metric = None
        d.generic = None
    for hint, rx in _HINT:
        if rx.search(low):
            d.hint = hint
            break
    if d.period_only:
        return d
    # ('Total Sterkstroom': the issuer's name after 'Total' is the company's total)
    # ('Group' over '2004': a column's period is no part of its name)
    d.total = bool(_TOTAL.match(low) or _TOTAL.match(quantity_text)) or bool(
        ctx.issuer and low.startswith("total ") and low.split()[1:2] == [
        ctx.issuer.split()[0].lower()] and len(low.split()) <= 3) or bool(
        # 'Attributable to Sepik (80%)' over rows: the issuer's share, its figures
        role == "section" and ctx.issuer and (m := _ATTRIBUTABLE_TO.fullmatch(low))
        and m.group("who").split()[0] in (ctx.issuer.split()[0].lower(), "the", "company", "group"))
    if d.total:
        return d
    # the site: labels and captions name it with a facility word or a name the release uses elsewhere;
    # section rows, column headers and the header's label cell may name it by a bare proper name
    grid_role = role in ("section", "column", "hlabel")
    quantity = bool(d.metric or d.nonprod or d.generic)
    site_text = dash_site or (t if role == "label" or d.period.empty else " ".join(_SPEC_RE.sub(" ", t).split()))
    if "UG" in site_text or "OP" in site_text:
        # 'Ore mined - Bluewater UG': the Bluewater underground mine; 'Werrina OP': the Werrina open pit
        site_text = re.sub(r"(?<=[a-z]) UG\b", " underground mine", re.sub(r"(?<=[a-z]) OP\b", " open pit", site_text))
    if "underground" in site_text:
        # ('Ore mined - Castle underground (t)': the Castle underground mine)
        site_text = re.sub(r"(?<=[a-z]) underground(?=\s*(?:\(|$))", " underground mine", site_text)
    if role == "label" and quantity:
        # a metric row names its site with a facility word ('Gold poured at the El Tambo mill') or by a
        # proper name before the metric's words ('Red Cedar gold production (oz)')
        named_before = None
        # (not a mill's feed: 'Ore processed - Bantaco Main (t)', 'Head grade - Bronze Hill pit (g/t)' are the mill's
        # feed from that pit; but 'Ore stacked - Zhelezny (kt)' is the heap leach's own)
        after = _METRIC_DASH_SITE.fullmatch(site_text) if not dash_site and (
            d.metric != "ore_processed_t" or _STACKED.search(site_text)) else None
        if after and _metric(after.group("q").lower(), ctx.g_t)[0] == d.metric and not any(
                w.lower().strip(".'-") in _GENERIC_WORDS for w in after.group("name").split()) and not (
                d.metric in _FEED_METRICS and _site_of(after.group("name"), ctx, True)[1] == "mine"):
            # 'Head grade - Karatas (g/t Au)', 'Gold recovery - Karatas (%)': the metric, then the site it is for
            site_text = after.group("name")
        elif not _FACILITY_WORD.search(site_text):
            m = _LABEL_SITE.match(site_text)
            named_before = m.group("name").strip() if m and not any(
                w.lower().strip(".'-") in _GENERIC_WORDS or w.lower() in _NOT_SITE_WORDS
                for w in m.group("name").split()) else None
            site_text = named_before or ""
        if named_before:
            site, kind = _site_of(named_before, ctx, True)
        else:
            site, kind = _site_of(site_text, ctx, False) if site_text else (None, None)
    elif role == "caption" and " ; " in site_text:
        # the caption's lines nearest the table first: 'Operations ; Koksu mine - operating statistics'
        site, kind = next(((n, k) for part in reversed(site_text.split(" ; "))
                           for n, k in [_site_of(part, ctx, False)] if n), (None, None))
    else:
        site, kind = _site_of(site_text, ctx, grid_role and not quantity) if site_text else (None, None)
    if site and not (grid_role and quantity):
        d.site, d.site_kind = site, kind
    elif site and role == "section" and (topic := _TOPIC_THEN_SITE.match(site_text)) and find_facilities(topic.group("site")):
        d.site, d.site_kind = site, kind        # 'PROCESSING - WANDARRIE MILL': the rows below are that mill's
    bare = " ".join(re.sub(r"\([^)]*\)", " ", t).split())
    feed = _FEED_FROM_LABEL.match(bare) or _GRADE_FROM_LABEL.match(bare) if role == "label" else None
    if feed and _BARE_UNIT.fullmatch(bare[feed.end():].strip()):
        feed = None     # 'Ore processed, Kt': a unit after the comma, no source
    if feed:
        # 'Mill feed - low-grade stockpile'; 'Head grade - Old Bronze tailings (g/t)': the grade of that feed
        bare = bare[feed.end():]
        base = re.sub(r"\s+ore$", "", bare, flags=re.I).lower()
        mines = [n for n in ctx.known.get(base, ()) if not _MILL_KIND.search(n)]
        if not d.site and mines and not _STOCKPILE_ROW.fullmatch(bare):
            # 'Ore processed - San Blasito ore': the mine the release calls San Blasito (by its fullest name)
            d.site, d.site_kind = max(mines, key=len), "mine"
            return d
        if not d.site and re.fullmatch(r"(?i)purchased\s+ore", bare):
            d.site, d.site_kind = "purchased ore", "mine"      # 'Ore processed - purchased ore': bought-in feed
            return d
        if not d.site and not mines and _proper_name(bare) and not _STOCKPILE_ROW.fullmatch(bare) and \
                not _GENERIC_FEED.search(bare):
            d.site, d.site_kind = bare, "mine"      # 'Ore processed - Bantaco Main': the feed from the Bantaco Main pit
            return d
    stock = _STOCKPILE_ROW.fullmatch(bare) if role == "label" else None
    if stock and quantity:
        # '  Low-grade stockpiles (t)   18,450' under a mill's 'Ore milled': a source of the mill's feed
        d.site, d.site_kind = stockpile_name(stock.group()), "mine"
        return d
    if _SUBPART.search(low) and not (d.site and re.search(r"[A-Z]", re.sub(_SUBPART, "", t)) and (
            d.site_kind or re.fullmatch(r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+Operations?", d.site))):
        # (but 'Surface Operations' as a row of sites is a site)
        d.subpart = True
        if d.site and not find_facilities(t):
            d.site = d.site_kind = None
    return d


_ATTRIBUTABLE_TO = re.compile(r"attributable\s+to\s+(?P<who>[\w' ]{2,40}?)\s*(?:\(\s*\d+(?:\.\d+)?\s*%\s*\))?\s*:?")
_STOCKPILE_ROW = re.compile(r"(?:(?-i:[A-Z][\w'-]+)\s+)?(?:(?:low|medium|high|marginal)[- ]grade\s+|ROM\s+|run[- ]of[- ]mine\s+|(?:oxide|sulphide|sulfide|"
                            r"transitional|surface|historic(?:al)?|old)\s+)?(?:ore\s+)?stockpiles?", re.I)


# ----------------------------------------------------------------------------- table grid

@dataclass(slots=True)
class _Row:
    start: int                 # clean offsets of the row's text (evidence)
    end: int
    kind: str                  # data | header | section | rule | caption
    label: _Cell | None
    cells: list[_Cell]         # cells right of the label
    tail: list[_Cell] = field(default_factory=list)     # values a single space after the label
    forced_header: bool = False


@dataclass(slots=True)
class _Column:
    start: int
    end: int
    texts: list[str] = field(default_factory=list)
    desc: _Desc | None = None
    period: Period | None = None
    skip: bool = False


def _pipe_cells(line: str) -> list[_Cell]:
    cells = []
    pos = 0
    body_start = 0
    s = line
    first = s.find("|")
    if s[:first].strip() == "":
        body_start = first + 1
    end = len(s.rstrip())
    if s.rstrip().endswith("|"):
        end -= 1
    pos = body_start
    while pos <= end:
        nxt = s.find("|", pos, end)
        if nxt < 0:
            nxt = end
        raw = s[pos:nxt]
        lead = len(raw) - len(raw.lstrip())
        cells.append(_Cell(pos + lead, pos + len(raw.rstrip()), raw.strip()))
        pos = nxt + 1
        if nxt == end:
            break
    return cells


def _gap_cells(line: str) -> list[_Cell]:
    return [_Cell(m.start(), m.end(), m.group()) for m in _GAP.finditer(line)]


_RANGE_SEP = re.compile(r"\s*(?:-|\u2013|\u2014|to|through|thru)\s*", re.I)


def _header_split(cell: _Cell) -> list[_Cell]:
    """'Q2 2009 Q2 2008' squeezed into one cell -> one cell per period."""
    found = _find_specs(cell.text)
    if any(spec.kind == "ytd" for spec, _, _ in found):
        return [cell]       # 'FY21 YTD' is one heading: the year to date of fiscal 2021
    specs = [(s, e) for spec, s, e in found if spec.kind != "bad"]
    if len(specs) < 2:
        return [cell]
    if any(_RANGE_SEP.fullmatch(cell.text[a[1]:b[0]]) for a, b in zip(specs, specs[1:], strict=False)):
        return [cell]       # '(Oct - Dec 2023)' is one heading: the months it spans
    rest = cell.text
    for s, e in reversed(specs):
        rest = rest[:s] + rest[e:]
    if re.search(r"[A-Za-z0-9]", rest):
        return [cell]
    return [_Cell(cell.start + s, cell.start + e, cell.text[s:e]) for s, e in specs]


_POINT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_COMMA_GROUPS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def _points_group_thousands(raw_cells: list[list[_Cell]]) -> None:
    """A table that writes decimals with a comma ('2,87' g/t, '90,6' %) groups its thousands with points: its
    '455.870' tonnes are 455,870 (as Latin American and much of European reporting writes them); so does a table
    with '1.234.567'. A table that also groups thousands with commas is left as it reads."""
    cells = [c for row in raw_cells for c in row]
    texts = [c.text.strip() for c in cells]
    if not any("." in t for t in texts) or any(_COMMA_GROUPS.fullmatch(t) for t in texts):
        return
    decimal_comma = any(_DECIMAL_COMMA.match(t) for t in texts)
    for c, t in zip(cells, texts, strict=True):
        if _POINT_GROUPS.fullmatch(t) and (decimal_comma or t.count(".") >= 2):
            c.kind, c.value = "value", float(t.replace(".", ""))


def _parse_grid(lines: list[tuple[int, str]], pipe: bool, strict: bool) -> list[_Row] | None:
    """Rows of a table; ``lines`` are (clean offset of the line's first column, full line)."""
    raw_cells: list[list[_Cell]] = []
    for _, line in lines:
        if _RULE_LINE.match(line):
            raw_cells.append([])
            continue
        cells = _pipe_cells(line) if pipe and "|" in line else _gap_cells(line)
        raw_cells.append([_classify(c) for c in cells])
    _points_group_thousands(raw_cells)
    # the label column: first cells of rows that carry values
    starts = [cells[0].start for cells in raw_cells if cells and cells[0].text]
    if not starts:
        return None
    indent = min(starts)
    label_limit = indent + 1          # a label starts at the left margin (sub-rows may be indented)
    for cells in raw_cells:
        if not cells:
            continue
        c0 = cells[0]
        if c0.kind == "text" and c0.start <= indent + 8:
            has_vals = any(c.kind in ("value", "empty", "range", "negative", "ambiguous") for c in cells[1:])
            if has_vals or _split_tail(c0.text)[1]:
                label_limit = max(label_limit, c0.start + 3)
    rows: list[_Row] = []
    seen_data = False
    for (off, line), cells in zip(lines, raw_cells, strict=True):
        stripped_start = off + (len(line) - len(line.lstrip()))
        row_end = off + len(line.rstrip())
        if not cells or all(c.kind == "blank" for c in cells):
            if _RULE_LINE.match(line) and pipe and rows and rows[-1].kind != "data":
                rows[-1].forced_header = True
            rows.append(_Row(stripped_start, row_end, "rule", None, []))
            continue
        label = None
        rest = cells
        if pipe and "|" in line:
            label, rest = cells[0], cells[1:]
            if label.kind != "text" and label.kind != "blank":
                label, rest = None, cells
        elif cells[0].kind in ("text", "ambiguous") and cells[0].start < label_limit and not (
                cells[0].start > indent and len(cells) > 1 and _describe_period_only(cells[0].text)):
            label, rest = cells[0], cells[1:]     # (an indented period is a column heading: '\tQ2 2009\tQ2 2008')
        tail: list[_Cell] = []
        if label is not None and label.kind == "text" and not rest and _describe_period_only(label.text):
            split = _header_split(label)
            # ('   Moonlight Creek   Kaimata   Group' / 'H2 CY2018 (Jul - Dec 2018)' at the margin / rows): a period
            # row under a header of sites opens a section of rows
            under_sites = label.start <= indent + 1 and any(r.kind == "header" for r in rows) and all(
                c.kind == "text" and not _find_specs(c.text) for r in rows if r.kind == "header" for c in r.cells)
            if not seen_data and not under_sites and (len(split) > 1 or not any(r.kind == "header" for r in rows)):
                cells_ = split if len(split) > 1 else [label]
                rows.append(_Row(stripped_start, row_end, "header", None, cells_))
            else:
                rows.append(_Row(stripped_start, row_end, "section", label, []))
            continue
        if label is not None and label.kind == "text":
            cut, tail = _split_tail(label.text)
            if tail:
                for c in tail:
                    c.start += label.start
                    c.end += label.start
                label = _Cell(label.start, label.start + cut, label.text[:cut])
        # multi-token value cells ('22,870 26,530' in a narrow column)
        flat: list[_Cell] = []
        for c in rest:
            if c.kind == "text" and " " in c.text:
                toks = _tokens_as_cells(c.text, c.start)
                if toks and all(t.kind in ("value", "empty", "year") for t in toks) and len(toks) > 1:
                    flat.extend(toks)
                    continue
            flat.append(c)
        rest = flat
        valued = [c for c in rest if c.kind in ("value", "empty", "range", "negative", "ambiguous")]
        texty = [c for c in rest if c.kind in ("text", "year")]
        if not rest and tail and not (pipe and "|" in line) and not seen_data and \
                all(c.kind == "year" for c in tail) and label is not None and _find_specs(label.text + " 2000"):
            kind = "caption"    # 'TAPAZ MILL FEED BY SOURCE - SECOND QUARTER 2005': a title ending in its year
        elif not rest and tail and not (pipe and "|" in line):
            kind = "data"
            seen_data = True
        elif not rest or all(c.kind == "blank" for c in rest):
            if label is None:
                kind = "rule"
            else:
                # a one-cell line: caption or section, or a header of periods ('Q2 2009 Q2 2008')
                split = _header_split(label)
                if len(split) > 1 and not seen_data:
                    kind, rest, label = "header", split, None
                elif not seen_data and _describe_period_only(label.text):
                    kind, rest, label = "header", [label], None
                else:
                    kind = "section" if seen_data or any(r.kind == "header" for r in rows) else "caption"
        elif valued and not (len(valued) == sum(1 for c in valued if c.kind == "empty") and texty):
            kind = "data"
            seen_data = True
        elif texty and all(c.kind in ("year", "text", "blank") for c in rest):
            years = [int(c.value) for c in rest if c.kind == "year"]
            year_heading = not seen_data and not any(r.kind == "header" for r in rows) and len(years) >= 2 and \
                all(abs(a - b) == 1 for a, b in zip(years, years[1:], strict=False))
            if all(c.kind in ("year", "blank") for c in rest) and label is not None and \
                    _metric(label.text.lower(), False)[0] and not year_heading:
                kind = "data"
                seen_data = True
            elif seen_data and not any(c.kind == "year" or _find_specs(c.text) for c in rest):
                kind = "section"        # 'Status   Operating   Commissioning': not a new header
            else:
                kind = "header"
                if not (pipe and "|" in line):
                    new_rest = []
                    for c in rest:
                        new_rest.extend(_header_split(c) if c.kind == "text" else [c])
                    rest = new_rest
        else:
            kind = "caption" if not seen_data else "section"
        if strict and kind == "data" and label is not None and (
                len(label.text) > 70 or len(label.text.split()) > 8 or label.text.rstrip().endswith(".")):
            return None
        rows.append(_Row(stripped_start, row_end, kind, label, rest, tail))
    # a column of units beside the labels: 'Gold produced          (kg)            2 006': the unit is the label's
    # (or bare: 'Gold produced              kg         1 678', then '                           oz        53 949' below
    # it, the same figure in the other unit)
    for i, r in enumerate(rows):
        if r.kind in ("header", "section") and r.label is not None and len(r.cells) == 1 and \
                _BRACKETED_UNIT.fullmatch(r.cells[0].text.strip()) and i and any(x.kind == "header" for x in rows[:i]):
            # 'Tonnes milled                (t)' with no figures, over the sources' rows: the metric they are parts of
            unit = r.cells[0]
            merged = _Cell(r.label.start, unit.end, f"{r.label.text} {unit.text.strip()}", r.label.kind)
            rows[i] = _Row(r.start, r.end, "section", merged, [], r.tail, False)
            continue
        if r.kind == "data" and r.label is not None and len(r.cells) > 1 and r.cells[0].kind == "text" and (
                _BRACKETED_UNIT.fullmatch(r.cells[0].text.strip()) or not pipe and _BARE_UNIT.fullmatch(r.cells[0].text.strip())):
            unit = r.cells[0]
            text = unit.text.strip() if unit.text.strip().startswith("(") else f"({unit.text.strip()})"
            merged = _Cell(r.label.start, unit.end, f"{r.label.text} {text}", r.label.kind)
            rows[i] = _Row(r.start, r.end, r.kind, merged, r.cells[1:], r.tail, r.forced_header)
        elif not pipe and r.kind == "data" and r.label is None and i and len(r.cells) > 1 and \
                r.cells[0].kind == "text" and _BARE_UNIT.fullmatch(r.cells[0].text.strip()) and \
                rows[i - 1].kind == "data" and rows[i - 1].label is not None and \
                (prev := _LABEL_IN_UNIT.match(rows[i - 1].label.text)):
            unit = r.cells[0]
            merged = _Cell(unit.start, unit.end, f"{prev.group(1)} ({unit.text.strip()})", unit.kind)
            rows[i] = _Row(r.start, r.end, r.kind, merged, r.cells[1:], r.tail, r.forced_header)
    # a label wrapped onto the next line: 'Cash cost, net of by-product' / '  credits (US$/oz Au)   412   498', or a
    # bilingual one: 'Mineral tratado /' / ' Ore treated (t)   3,480   3,610'
    for i in range(len(rows) - 2, -1, -1):
        r, nxt = rows[i], rows[i + 1]
        if r.kind == "section" and nxt.kind == "data" and r.label is not None and nxt.label is not None and (
                nxt.label.text[:1].islower() or nxt.label.text[:1] == "(" or _WRAPS_ON.search(r.label.text)) and \
                nxt.label.start > r.label.start:
            merged = _Cell(r.label.start, nxt.label.end, f"{r.label.text} {nxt.label.text}", r.label.kind)
            rows[i + 1] = _Row(r.start, nxt.end, "data", merged, nxt.cells, nxt.tail)
            del rows[i]
    for i, r in enumerate(rows):
        if r.forced_header and r.kind in ("data", "caption"):
            rows[i] = _Row(r.start, r.end, "header", r.label, r.cells, [])
    return rows


# a unit standing in its own cell beside the label: 'Cash cost     (US$/oz)     842     796', or bare in a text
# table: 'Gold produced              kg         1 678'
_BRACKETED_UNIT = re.compile(r"\((?:[^()\d]{1,14}|'?000\s*\w{1,4})\)")
_BARE_UNIT = re.compile(r"(?:kg|oz|t|g/t|%|tonnes|ounces|koz|kt|'\s?000\s?(?:t|oz|tonnes|ounces)|(?:US|U\.S\.|A|C)?\$/oz|R/kg)", re.I)
_LABEL_IN_UNIT = re.compile(r"(.*\S)\s+\((?:kg|oz|t|g/t|%|tonnes|ounces)\)$")     # 'Gold produced (kg)'
_WRAPS_ON = re.compile(r"(?:\s/|,|\b(?:and|of|per|net\s+of))\s*$", re.I)     # a label that goes on below


# a section of sales, costs or finances after the sites' sections: the company's
_COMPANY_TOPIC1 = (r"(?:(?:gold\s+)?sales|(?:unit\s+|cash\s+|operating\s+)?costs?|financials?|financial\s+(?:results|summary|data)|"
                   r"company|group|consolidated|corporate)")
# ('Sales and costs' over 'Gold sold' and 'Cash cost' rows: the company's)
_COMPANY_TOPIC = re.compile(rf"{_COMPANY_TOPIC1}(?:\s+(?:and|&)\s+{_COMPANY_TOPIC1})?", re.I)


def _unknown_section(d: _Desc) -> bool:
    """A section row that is neither a site, a total, a period, a metric nor a generic group name."""
    if d.site or d.total or d.metric or d.generic or not d.period.empty or d.nonprod:
        return False
    words = re.findall(r"[A-Za-z][A-Za-z'&.-]*", d.text)
    return any(w[0].isupper() and w.lower().strip(".'-") not in _GENERIC_WORDS for w in words)


def _describe_period_only(text: str) -> bool:
    t = text.strip()
    if not t:
        return False
    specs = _find_specs(t)
    if not specs:
        return False
    rest = _SPEC_RE.sub(" ", t)
    return not re.search(r"[A-Za-z]{2,}", _PERIOD_GLUE.sub(" ", rest))


def _build_columns(headers: list[_Row], pipe: bool, positional: bool) -> tuple[list[_Column], list[str]]:
    """Columns of a header group and the texts of its label cells."""
    hlabels = [h.label.text for h in headers if h.label is not None and h.label.text.strip()]
    lines = [[c for c in h.cells] for h in headers]
    if pipe:
        width = max(len(cs) for cs in lines)
        cols = [_Column(i, i + 1) for i in range(width)]
        for cs in lines:
            if cs is not lines[-1] and 1 < len(cs) < width and width % len(cs) == 0 and all(
                    c.kind != "blank" for c in cs):
                # fewer cells than columns, each over as many ('| Three months ended June 30 | Six months ended June
                # 30 |' over '| 2011 | 2010 | 2011 | 2010 |')
                for j, col in enumerate(cols):
                    col.texts.append(cs[j // (width // len(cs))].text)
                continue
            last = None
            for i, c in enumerate(cs):
                if c.kind != "blank":
                    cols[i].texts.append(c.text)
                    last = c.text
                elif last is not None and len(cs) < width + 1 and cs is not lines[-1] and \
                        sum(1 for x in cs if x.kind != "blank") < width:
                    cols[i].texts.append(last)      # a spanning cell continues over the blank cells
        return cols, hlabels
    defining = max(range(len(lines)), key=lambda i: (len([c for c in lines[i] if c.kind != "blank"]), i))
    cols = [_Column(c.start, c.end) for c in lines[defining] if c.kind != "blank"]
    own = [c.text for c in lines[defining] if c.kind != "blank"]
    for li, cs in enumerate(lines):
        cs = [c for c in cs if c.kind != "blank"]
        if not cs:
            continue
        if li == defining:
            for col, c in zip(cols, cs, strict=True):
                col.texts.append(c.text)
            continue
        over = [[i for i, col in enumerate(cols) if _gap(c.start, c.end, col.start, col.end) == 0] for c in cs]
        if positional and len(cs) * 2 > len(cols) and all(len(o) == 1 for o in over) and \
                len({o[0] for o in over}) == len(cs):
            # a line of words each over one column ('milled  grade  produced  produced' under six headings):
            # a column with no word of its own takes none of its neighbours'
            for c, o in zip(cs, over, strict=True):
                cols[o[0]].texts.append(c.text)
            continue
        k = len(cols) // len(cs) if len(cs) >= 2 and len(cols) % len(cs) == 0 else 0
        groups = [(cols[j * k].start, cols[j * k + k - 1].end) for j in range(len(cs))] if k >= 2 else []
        if len(cs) == 1:
            owners = [cs[0]] * len(cols)         # one cell spans the columns
        elif positional and groups and all(
                _gap(c.start, c.end, *g) == min(_gap(c.start, c.end, *h) for h in groups) for c, g in zip(cs, groups, strict=True)):
            # ('Nyakafuru' and 'Kibira Hills' over three columns each): as many equal groups as cells, each cell
            # over (or nearest to) its own group
            owners = [cs[j // k] for j in range(len(cols))]
        elif positional:
            # a cell spanning a group of columns sits over (or nearest to) each of them
            # (of two cells over one column, the one whose middle is nearer the column's: 'Three months ended
            # December 31   Year ended December 31' over four columns, the first heading's tail over the third)
            owners = [min(cs, key=lambda c, col=col: (_gap(c.start, c.end, col.start, col.end),
                                                      abs(c.start + c.end - col.start - col.end), c.start))
                      for col in cols]
            if any(c not in owners for c in cs) and len(cols) % len(cs) == 0:
                k = len(cols) // len(cs)
                owners = [cs[j // k] for j in range(len(cols))]
        elif len(cols) % len(cs) == 0:
            k = len(cols) // len(cs)
            owners = [cs[j // k] for j in range(len(cols))]
        else:
            continue                               # cells that cannot be placed over the columns
        for col, c, col_own in zip(cols, owners, own, strict=True):
            if positional and _gap(c.start, c.end, col.start, col.end) > 0 and any(
                    spec.kind == "cy" for spec, _, _ in _find_specs(col_own)):
                continue        # ('CY2022' under no heading of its own, beside 'Dec Qtr' over '2022'): a year whole
            col.texts.append(c.text)
    return cols, hlabels


def _gap(a0: int, a1: int, b0: int, b1: int) -> int:
    """Characters between two spans (0 when they overlap)."""
    return 0 if a0 < b1 and b0 < a1 else min(abs(a0 - b1), abs(b0 - a1))


def _assign(row: _Row, cols: list[_Column], pipe: bool,
            positional: bool) -> list[tuple[_Column, _Cell]] | None:
    vals = [c for c in row.cells]
    n = len(cols)
    if pipe and row.label is not None and not row.tail:
        return list(zip(cols, vals, strict=False))
    vals = [c for c in vals if c.kind != "blank"]
    if len(vals) < n and row.tail:
        need = n - len(vals)
        vals = row.tail[-need:] + vals if need <= len(row.tail) else row.tail + vals
    if len(vals) == n:
        return list(zip(cols, vals, strict=True))
    if (row.tail and not row.cells) or not positional:
        return None
    out = []
    used: set[int] = set()
    for v in vals:
        best = None
        for j, col in enumerate(cols):
            if col.start < v.end and v.start < col.end:
                gap = 0
            else:
                gap = min(abs(col.start - v.end), abs(v.start - col.end))
            if gap <= 3 and (best is None or gap < best[0]):
                best = (gap, j)
        if best is None:
            if v.kind in ("value", "negative", "range", "ambiguous"):
                return None
            continue
        if best[1] in used:
            return None
        used.add(best[1])
        out.append((cols[best[1]], v))
    return out


# ----------------------------------------------------------------------------- the extractor


def _doc_context(doc) -> _DocCtx:
    text = doc.clean.text
    fy_end = doc.fy_end
    # the lead's period frames the release: the first one named in its first two paragraphs
    lead = _PInfo()
    body_units: set[int] = set()
    for sent in doc.seg.sentences:
        if sent.section != "body":
            continue
        body_units.add(sent.unit)
        if len(body_units) > 2:
            break
        # (a year the lead gives guidance for is no period it reports: '... reported preliminary fourth quarter and
        # full-year 2025 production ..., provided 2026 guidance ...')
        info = _pinfo(_GUIDANCE_YEAR.sub(" ", sent.text), fy_end, free_text=True)
        if info.full or info.partial:
            lead = info
            break
    # the release's one site, if its lead paragraph names just one
    default_site = None
    if doc.seg.lead >= 0:
        unit = doc.seg.units[doc.seg.lead]
        utext = text[unit.start:unit.end]
        facs = find_facilities(utext)
        # (the issuer's own name may hold 'Mines': 'Cuchivero Gold Mines Inc.')
        plural = any(utext[f.start:f.end].lower().endswith("s") for f in facs) or \
            re.search(r"\b(?:mines|operations|projects|mills)\b", utext.replace(doc.issuer, " ") if doc.issuer else utext)
        bases = {f.base.lower() for f in facs}
        mills = {f.base.lower() for f in facs if f.is_mill}
        if len(bases) == 1 and not plural:
            default_site = facs[0].name
        elif len(mills) == 1 and not plural and _FED_BY.search(utext):
            # ('... at its El Toco mill. The mill treats ore from the Las Brisas mine and the Guarataro open pit'): the
            # one mill the mines feed is the release's site
            default_site = next(f.name for f in facs if f.is_mill)
    return _DocCtx(doc.issuer, doc.release_date, fy_end, "g/t" in text.lower(), doc, default_site, lead,
                   doc.default_currency)


_FED_BY = re.compile(r"\b(?:treats?|treated|process(?:es|ed)?|is\s+fed|fed)\s+(?:\w+\s+){0,3}?(?:ore\s+)?from\b|\bfeed\s+from\b",
                    re.I)
_NUMBERED_HEADING = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[A-H][.)])\s+[^a-z.]{3,90}")


_NOTE_LINE = re.compile(r"\([^()\n]{3,120}\)")


def _caption_text(doc, index: int, rows: list[_Row]) -> str:
    """Headings right above the table, the sentence introducing it and caption lines inside it."""
    units = doc.seg.units
    parts: list[str] = []
    j = index - 1
    steps = 0
    skipped = False
    while j >= 0 and steps < 3:
        u = units[j]
        if u.section == "header":
            break
        if u.kind == "heading" or _NUMBERED_HEADING.fullmatch(u.text.strip()):
            # ('1. OPERATING RESULTS - PUCAURCO MINING UNIT': a numbered heading in capitals is a heading too)
            if "\n" in doc.clean.text[u.start:u.end].strip() and not _NOTE_LINE.fullmatch(
                    doc.clean.text[u.start:u.end].strip().split("\n", 1)[1].strip()):
                break                   # a block of lines (a small table) is no caption, but a title over its
                                        # note is ('... statistics' / '(in thousands, except grade ...)')
            parts.insert(0, u.text.strip())
        elif u.kind in ("prose", "list_item"):
            if parts:
                break                   # (the paragraph above a table's heading ends the section before it)
            sents = [s for s in doc.seg.sentences if s.unit == j]
            last = sents[-1].text if sents else u.text
            if last.rstrip().endswith(":") or re.search(r"\btable\b|\bbelow\b|\bthe\s+following\b|\bas\s+follows\b|"
                                                        r"\bsummar", last, re.I):
                # (the clause that introduces the table, not the sentence's other business: '... to allow the new
                # assay laboratory to complete its reconciliation, so both months are reported below')
                parts.append(re.split(r"[,;]\s+(?=[^,;]*$)", last.strip())[-1] if not last.rstrip().endswith(":")
                             else last.strip())
                break
            k = j - 1
            while k > 0 and j - k < 4 and units[k].kind == "prose" and units[k].section == "body":
                k -= 1      # (up over the section's other paragraphs)
            if skipped or j == 0 or not (units[k].kind == "heading" or
                                         _NUMBERED_HEADING.fullmatch(units[k].text.strip())):
                break
            # ('SÉKOTO MINE (MALI)' / a paragraph or two about the mine / its table): the section's heading
            skipped = True
            j = k
            steps += 1
            continue
        else:
            break
        j -= 1
        steps += 1
    for r in rows:
        if r.kind == "caption" and r.label is not None:
            parts.append(r.label.text.strip())
        elif r.kind in ("data", "header"):
            break
    return " ; ".join(parts)


_SITE_LEGEND = re.compile(r"\s*(?:All\s+|The\s+)?(?:figures|numbers|results|data|statistics)\s+(?:above\s+|shown\s+|in\s+the\s+"
                          r"table\s+(?:above\s+)?)?(?:relate|refer|are|apply)\s+(?:only\s+)?(?:to|for)\s+the\s+[A-Z]")


def _site_legend_after(doc, index: int) -> str | None:
    """A note right under a table saying what its figures are for ('All figures relate to the Ibadakuli plant.')."""
    units = doc.seg.units
    if index + 1 >= len(units) or units[index + 1].kind != "prose":
        return None
    first = next((s.text for s in doc.seg.sentences if s.unit == index + 1), "")
    return first if _SITE_LEGEND.match(first) else None


_INTRODUCES = re.compile(r"(?::|\b(?:below|as\s+follows|the\s+following\s+table)\b[^.]*\.?)\s*$", re.I)
_WHOLE_COMPANY = re.compile(r"\b(?:consolidated|group|combined|company-wide|total|all\s+(?:of\s+)?(?:the\s+|its\s+|our\s+)?"
                            r"(?:mines|operations)|each)\b", re.I)


def _one_site_introducing(doc, index: int):
    """The one facility a paragraph right above a table names when it ends by introducing the table."""
    if index < 1:
        return None
    u = doc.seg.units[index - 1]
    if u.kind != "prose" or u.section != "body":
        return None
    text = doc.clean.text[u.start:u.end]
    if not _INTRODUCES.search(text) or _WHOLE_COMPANY.search(text):
        return None
    facs = find_facilities(text)
    if len({f.base.lower() for f in facs}) != 1 or any(text[f.start:f.end].lower().endswith("s") for f in facs):
        return None
    return facs[0]


def _period_for(primary: list[_PInfo], contexts: list[_PInfo], ctx: _DocCtx, shift: Period | None,
                guidance: bool):
    """Resolve a cell's period from its own descriptors (label, column, section) and the contexts."""
    own = [p for p in primary if not p.empty]
    if any(p.bad for p in own):
        return None
    fulls = []
    for p in own:
        for f in p.full:
            if f not in fulls:
                fulls.append(f)
    if len(fulls) > 1:
        return None
    if fulls:
        ytd = next((p.ytd for p in own if p.ytd is not None), None)
        if ytd is not None and fulls[0].grain == "year" and ctx.fy_end != 12 and not any(p.partial for p in own):
            # 'FY09 YTD' of an issuer whose year ends in June: its fiscal year 2009 to date (where the fiscal year
            # is not known, the heading names no period)
            return ("ytd", fulls[0].end.year, ytd.n)
        if any(p.partial or p.ytd for p in own):
            return None
        return fulls[0]
    partial = [s for p in own for s in p.partial]
    years = sorted({y for p in own for y in p.years})
    ytd = next((p.ytd for p in own if p.ytd is not None), None)
    if len(partial) > 1 or len(years) > 1 or (partial and ytd):
        return None
    ctx_full = next((p.full for p in contexts if len(p.full) == 1), None)
    ctx_partial = next((p.partial for p in contexts if p.partial and not p.full), None)
    if ytd is not None:
        return ("ytd", ytd.year or (years[0] if years else None), ytd.n)
    if partial:
        spec = partial[0]
        if ctx_full:
            y = ctx_full[0].end.year
            p = _resolve(spec, y, ctx.fy_end)
            if p is not None and (guidance or p.end <= ctx.release):
                return p
        return _latest(spec, ctx, guidance)
    if years:
        y = years[0]
        if ctx_partial and len(ctx_partial) == 1:
            return _resolve(ctx_partial[0], y, ctx.fy_end)
        if shift is not None:
            # bare years under a caption naming a quarter / half / month: that period in each year
            try:
                return Period(shift.start.replace(year=shift.start.year + y - shift.end.year),
                              shift.end.replace(year=y), shift.grain)
            except ValueError:
                return None
        return _resolve(_Spec("y", y), y, ctx.fy_end)
    # nothing of its own: the contexts
    for p in contexts:
        if p.bad:
            return None
        if len(p.full) == 1 and not p.partial:
            return p.full[0]
        if p.full or len(p.partial) > 1:
            return None
        if p.partial:
            return _latest(p.partial[0], ctx, guidance)
        if len(set(p.years)) == 1:
            return _resolve(_Spec("y", p.years[0]), p.years[0], ctx.fy_end)
        if p.years:
            return None
    return None


def _latest(spec: _Spec, ctx: _DocCtx, guidance: bool) -> Period | None:
    """A period named without its year: the release's year, or the year before if that would be later."""
    y = ctx.release.year
    p = _resolve(spec, y, ctx.fy_end)
    if p is not None and p.end > ctx.release and not guidance:
        p = _resolve(spec, y - 1, ctx.fy_end)
    return p


def extract_tables(doc) -> list:
    """Production facts from the text tables of a release."""
    units = doc.seg.units
    candidates = []
    text = doc.clean.text
    for i, u in enumerate(units):
        if u.section != "body":
            continue
        if u.kind == "table":
            if _METRIC_HINT.search(text, units[i - 1].start if i else u.start, u.end):
                candidates.append((i, False))
        elif u.kind in ("prose", "heading") and "\n" in text[u.start:u.end] and \
                _LOOSE_ROW.search(text, u.start, u.end) and _METRIC_HINT.search(text, u.start, u.end):
            candidates.append((i, True))
    if not candidates:
        return []
    ctx: list[_DocCtx] = []
    facts: list[ProductionFact] = []
    for i, loose in candidates:
        facts.extend(_table_facts(doc, ctx, i, loose))
    return _drop_conflicts(facts)


_HEADER_CAPTION = re.compile(r"^\s*[A-Za-z][\w&'-]*(?:\s[\w&'()-]+){0,3}\s{3,}(?=\S)")
_METRIC_HINT = re.compile(r"\b(?:gold|ounces?|oz|koz|ore|tonnes?|tons|grades?|recovery|cash\s+costs?|"
                          r"mill(?:ed)?|mined|processed|poured|produc\w*|sold|throughput|tpd)\b", re.I)


_LOOSE_ROW = re.compile(r"(?m)^[ \t]*[A-Za-z][^\n.]{2,70}?\s\(?(?:US\$|\$)?\d[\d,]*(?:\.\d+)?\)?%?(?:\s|$)"
                        r"(?:[^\n]*\d[^\n.]*)?$")


def _unit_lines(doc, index: int, loose: bool) -> list[tuple[int, str]]:
    text = doc.clean.text
    u = doc.seg.units[index]
    if loose:
        out = []
        pos = u.start
        for line in text[u.start:u.end].split("\n"):
            if line.strip():
                out.append((pos, line))
            pos += len(line) + 1
    else:
        out = list(u.lines)
    full = []
    for off, line in out:
        ls = text.rfind("\n", 0, off) + 1
        prefix = text[ls:off]
        if prefix and not prefix.isspace():
            ls, prefix = off, ""
        full.append((ls, prefix + line))
    return full


def _table_facts(doc, ctx_cache: list[_DocCtx], index: int, loose: bool) -> list[ProductionFact]:
    lines = _unit_lines(doc, index, loose)
    pipe = sum(1 for _, ln in lines if "|" in ln) >= max(2, len(lines) // 2)
    rows = _parse_grid(lines, pipe, strict=loose)
    if not rows or not any(r.kind == "data" for r in rows):
        return []
    if not any(r.kind == "header" for r in rows) and index > 0 and not pipe:
        # a header line set apart from its rows by a blank line
        prev = doc.seg.units[index - 1]
        ptext = doc.clean.text[prev.start:prev.end]
        # ('PRODUCTION          Mar 2023 Qtr  Dec 2022 Qtr': a caption word before the columns' periods)
        cap = _HEADER_CAPTION.match(ptext)
        cols = ptext[cap.end():] if cap and not _find_specs(cap.group()) else ptext
        if prev.section != "header" and "\n" not in ptext.strip() and _describe_period_only(cols) and \
                len(_find_specs(cols.strip())) >= 2:
            rows = _parse_grid(_unit_lines(doc, index - 1, True) + lines, pipe, strict=loose) or rows
    if loose and any(r.kind in ("caption", "section") and r.label is not None and
                     (len(r.label.text.split()) > 8 or r.label.text.endswith(".")) for r in rows):
        return []
    cap_index, cap_rows = index, rows
    if not any(r.kind == "header" for r in rows) and not _single_column(rows):
        # a block set apart from its table by a blank line: read it under that table's header
        found = _continued_header(doc, index, pipe)
        if found is None:
            return []
        cap_index, cap_rows, head_lines, had_sites = found
        rows = _parse_grid(head_lines + lines, pipe, strict=loose)
        if not rows or not any(r.kind == "header" for r in rows):
            return []
        first = next((r for r in rows if r.kind in ("data", "section")), None)
        if had_sites and (first is None or first.kind != "section"):
            return []                    # rows that may continue the previous block's last site
    data = [r for r in rows if r.kind == "data"]
    positional = not pipe and sum(1 for r in data if r.cells) * 2 >= len(data)
    cap_text = _caption_text(doc, cap_index, cap_rows)
    if _TABLE_SKIP.search(cap_text) or any(
            _TABLE_SKIP.search(r.label.text if r.label is not None else "") or
            any(_TABLE_SKIP.search(c.text) for c in r.cells) for r in rows if r.kind == "header") or any(
            r.label is not None and (re.match(r"\s*(?:proven|probable|measured|indicated|"
                                              r"inferred)\b", r.label.text, re.I) or _STUDY_ROW.search(r.label.text))
            for r in rows if r.kind == "data") or any(
            r.label is not None and _HEDGE_ROW.match(r.label.text) for r in rows if r.kind in ("data", "section")):
        # (a hedge book: 'Forward sales' over its half years, 'Bought put options   6,000   540')
        return []
    if _OTHER_METAL.search(cap_text) and not _GOLD.search(cap_text):
        return []
    if not ctx_cache:
        ctx_cache.append(_doc_context(doc))
    ctx = ctx_cache[0]
    caption = _describe(cap_text, "caption", ctx)
    if caption.site is None and (legend := _site_legend_after(doc, index)):
        # ('All figures relate to the Ibadakuli plant.' under a table that names no site): the site it names
        told = _describe(legend, "caption", ctx)
        if told.site:
            caption = replace(caption, site=told.site, site_kind=told.site_kind)
    if caption.site is None and (intro := _one_site_introducing(doc, cap_index)):
        # ('The Makhonjwa mine had a steadier quarter ... Key operating statistics are set out below:'): the one
        # site of the paragraph that introduces the table
        caption = replace(caption, site=intro.name, site_kind="mill" if intro.is_mill else "mine")
    lead = _PInfo(full=list(ctx.lead.full), partial=list(ctx.lead.partial))
    out: list[ProductionFact] = []
    span = _months_span(data, ctx, [caption.period, lead])
    sites_seen: set[str] = set()
    cols: list[_Column] = []
    hlabel = _Desc()
    section = _Desc()          # the current section row (any kind)
    site_section = _Desc()     # the current site / total section
    subpart = False
    parent: tuple[int, _Desc] | None = None      # (label column, description) of the last metric row
    labelled: _Row | None = None                 # the last data row with a label
    i = 0
    n = len(rows)
    while i < n:
        r = rows[i]
        if r.kind == "header":
            group = []
            while i < n and rows[i].kind in ("header", "rule"):
                if rows[i].kind == "header":
                    group.append(rows[i])
                i += 1
            cols, hl = _build_columns(group, pipe, positional)
            hlabel = _describe(" ".join(hl), "hlabel", ctx) if hl else _Desc()
            if _OTHER_METAL.search(hlabel.text) and not _GOLD.search(hlabel.text):
                cols = []
                while i < n and rows[i].kind != "header":
                    i += 1
                continue
            section, site_section, subpart = _Desc(), _Desc(), False
            sites_seen = set()
            _resolve_columns(cols, hlabel, caption, lead, ctx)
            continue
        if r.kind == "section" and r.label is not None:
            d = _describe(r.label.text, "section", ctx)
            bare = re.sub(r"\s*\([^)]*\)", "", r.label.text).split(" / ")[0].strip()
            if not d.site and bare != r.label.text.strip() and (named := _describe(bare, "section", ctx)).site:
                # 'Huarmicocha Mining Unit (zinc-silver)', 'Jackpine JV (50% share)', 'San Gerardo toll plant / Planta
                # San Gerardo (maquila)': a site with a note or in two languages, whose gold rows are read
                d = named
            if not d.site:
                dl = _describe(r.label.text, "label", ctx)
                # 'Ore processed (tonnes)' with no figures of its own above '  Kotsina Creek mine  110,600': the
                # metric the indented sources below it are parts of
                # ('Yield (g/t)' that names no metric of ours ends the parts of the one above it)
                parent = (r.label.start, dl) if dl.metric else None if re.search(r"\([^)]*\)\s*$", r.label.text) \
                    else parent
            if d.site or d.total:
                if d.total and subpart:
                    d = _Desc(text=d.text, site=site_section.site, site_kind=site_section.site_kind)
                site_section, subpart = d, False
                if d.site:
                    sites_seen.add(d.site)
                section = _Desc()
            elif d.subpart or (_OTHER_METAL.search(d.text) and not _GOLD.search(d.text)) or \
                    _unknown_section(d):
                subpart = True      # rows of a part of the site, another metal or an unknown group: not read
                section = d
            elif site_section.site and _COMPANY_TOPIC.fullmatch(d.text.strip(" :-\u2013")):
                # 'Mining - Kivijarvi mine' ... 'Processing - Rovasaari plant' ... 'Sales': the company's rows
                site_section, subpart, section = _Desc(text=d.text, total=True), False, d
            else:
                if _GOLD.search(d.text):
                    subpart = False
                section = d
            i += 1
            continue
        # a unit after a dash in a cell of its own ('Gold produced   - kg   2,488'), and a row of nothing but one
        # ('   - oz   79,991' below it: the same metric in that unit)
        dashed = _DASHED_UNIT.fullmatch(r.cells[0].text.strip()) if r.kind == "data" and r.cells else None
        if dashed and (r.label is not None or labelled is not None):
            label = r.label
            if label is None:
                label = labelled.label
                if r.cells[0].text.strip().startswith("("):
                    # (the metric of the row above, without the unit it gave: 'Gold produced (kg)' over '(oz)')
                    label = replace(label, text=re.sub(r"\s*\([^()]*\)\s*$", "", label.text))
            r = replace(r, label=label, cells=r.cells[1:])
        if r.kind == "data" and r.label is not None:
            labelled = r
        if r.kind != "data" or r.label is None:
            i += 1
            continue
        if not cols:
            # no header: a one-value-per-row table read with the caption's period
            vals = [c for c in r.cells if c.kind != "blank"] or r.tail[-1:]
            if len(vals) != 1 or not _single_column(rows):
                return []
            cols = [_Column(vals[0].start, vals[0].end, [], _Desc())]
            _resolve_columns(cols, hlabel, caption, lead, ctx)
        pairs = _assign(r, cols, pipe, positional)
        row_site_section = site_section
        if pairs:
            # a 'Units' column belongs to the label: 'Cash cost' + 'US$/oz'
            units_text = [c.text for col, c in pairs if c.kind == "text" and col.desc is not None
                          and _UNIT_COL.match(col.desc.text)] or [
                c.text for c in r.cells if c.kind == "text" and _BRACKETED_UNIT.match(c.text)] or (
                [dashed.group("u")] if dashed else [])
            label = _describe(r.label.text + (f" ({units_text[0]})" if units_text else ""), "label", ctx)
            bare = re.sub(r"\s*\((?:t|g|m)\)$", "", _strip_label(r.label.text))    # ('  from Mkoba No. 2 dump (t)')
            if span is not None and label.period.empty and _SPAN_ROW.match(bare):
                # 'Quarter' / 'Total' under rows of July, August and September: the quarter they make
                label = replace(label, period=_PInfo(full=[span]), period_only=True, total=False)
            if label.metric in ("head_grade_g_t", "recovery_pct") and not label.site and parent is not None and \
                    parent[1].site and parent[1].site_kind == "mill" and parent[1].metric in (
                    "ore_processed_t", "head_grade_g_t", "recovery_pct"):
                # '| Ore processed (Kokpekty CIL plant) | kt |' over '| Head grade | g/t |' and '| Recovery | % |': the
                # grade and recovery of the ore that plant processed
                label = replace(label, site=parent[1].site, site_kind="mill")
            if label.metric:
                parent = (r.label.start, label)
            elif parent is not None and (r.label.start > parent[0] or re.match(r"\s*[-\u2013\u2022]\s", r.label.text)) \
                    and not label.period_only and (
                    label.site and label.site_kind == "mine" or _SOURCE_ROW.fullmatch(bare) or _FROM_ROW.fullmatch(bare)
                    or _STOCKPILE_ROW.fullmatch(bare)):
                # '   Wynamu underground   118,300' (or '  from Mkoba No. 2 dump', '  ROM stockpiles', '  Chuquichaca
                # ore') indented under 'Ore milled (tonnes)': the part of the metric that came from that source
                src, stock = _FROM_ROW.fullmatch(bare), _STOCKPILE_ROW.fullmatch(bare)
                source = (src.group("src") if src else stockpile_name(stock.group()) if stock
                          else bare if BOUGHT_ORE.fullmatch(bare)
                          else label.site or re.sub(r"^(.*[a-z])\s+ore$", r"\1", bare))
                label = replace(parent[1], text=label.text, site=source, site_kind="mine")
                if parent[1].site and parent[1].site_kind == "mill":
                    # under 'Ore milled - Coolbarra mill (t)': that mill's feed from the source
                    row_site_section = _Desc(text=parent[1].text, site=parent[1].site, site_kind="mill")
                elif not parent[1].site and site_section.site is None and parent[1].metric in _FEED_METRICS and (
                        mill := _only_mill(ctx)):
                    # under a bare 'Company ore milled (t)' in the release of one mill: that mill's feed by source
                    row_site_section = _Desc(text=parent[1].text, site=mill, site_kind="mill")
                elif not parent[1].site and site_section.site is None and caption.site and parent[1].metric in _FEED_METRICS:
                    # ('OPERATING STATISTICS - WITKOP MINE' over 'Tonnes milled' and its '- underground' and '- surface
                    # sources'): the feed of the operation the caption names, by source
                    row_site_section = _Desc(text=caption.text, site=caption.site, site_kind="mill")
            elif parent is not None and r.label.start > parent[0] and label.site and not label.period_only and \
                    parent[1].metric not in _FEED_METRICS and not parent[1].site:
                # '    Karatas concentrator   36.1' indented under 'Gold produced (koz)': that site's part of the metric
                label = replace(parent[1], text=label.text, site=label.site, site_kind=label.site_kind)
            elif parent is not None and label.total and (r.label.start > parent[0] or re.match(
                    r"\s*[-\u2013\u2022]\s", r.label.text)) and not parent[1].site and site_section.site is None and \
                    caption.site and parent[1].metric in _FEED_METRICS and not label.metric:
                # ('   - total   760' below the sources of the feed of the operation the caption names): its total
                label = replace(parent[1], text=label.text)
                row_site_section = _Desc(text=caption.text, site=caption.site, site_kind="mill")
            if label.metric and not label.total and (
                    len(sites_seen) >= 2 and _TOTAL_METRIC.match(label.text) or _COMPANY_METRIC.match(label.text)) and not (
                    site_section.site_kind == "mill" and label.metric == "ore_processed_t"):
                # ('Total ore processed' under a mill's rows of feed by source: the mill's total, not the company's)
                # 'Total gold produced (oz)' after the sites' sections: the company's, not the last site's, and so
                # are the rows after it until another site's section ('Cash cost (US$/oz)' below the total)
                label, row_site_section = replace(label, total=True), _Desc()
                if site_section.site:
                    site_section = _Desc(text=label.text, total=True)
            for col, cell in pairs:
                fact = _fact(doc, ctx, r, label, col, cell, section, row_site_section, subpart, hlabel, caption,
                             lead)
                if fact is not None:
                    out.append(fact)
        i += 1
    return out


# the figures of a mill's feed that its sources' rows split ('Ore milled (t)' over '  El Chapotal mine')
_FEED_METRICS = frozenset({"ore_processed_t", "head_grade_g_t"})
_FROM_ROW = re.compile(r"from\s+(?:the\s+)?(?P<src>[A-Z\u00c0-\u00de][\w.'\u00e0-\u00ff-]*(?:\s+[\w.'\u00e0-\u00ff-]+){0,4})")
_SOURCE_ROW = re.compile(r"[A-Z\u00c0-\u00de][\w'.\u00e0-\u00ff-]*\s+(?:(?:[A-Z\u00c0-\u00de][\w'\u00e0-\u00ff-]*|\d+[A-Z]?)\s+){0,2}"
                         r"(?i:underground|open[- ]?pit|open[- ]?cast|pit|mine|deposit|shaft|decline|zone|reef|ore|"
                         r"(?:rock\s+|waste\s+)?dumps?|tailings(?:\s+dam)?)"
                         r"|(?i:purchased\s+ore)"
                         # ('Tonnes milled ('000 t)' over '   - underground   612' and '   - surface sources   148')
                         r"|(?i:underground|open[- ]?pits?|surface(?:\s+(?:sources?|material|ore))?)")
_TOTAL_METRIC = re.compile(r"(?:total|combined|consolidated|group)\s+(?:gold|ore|tonnes|ounces|production|oz)", re.I)
# 'Consolidated gold produced' names the company's figure even where no second site was seen (a 'Total' may be a site's)
_COMPANY_METRIC = re.compile(r"(?:consolidated|group)\s", re.I)
_SPAN_ROW = re.compile(r"^(?:(?:sub-?)?total\s*(?:for\s+)?(?:the\s+)?)?(?:quarter|qtr|q[1-4]|half(?:[- ]year)?|h[12]|"
                       r"year|fy|period)?(?:\s+total)?\s*:?$", re.I)


def _months_span(data: list[_Row], ctx: _DocCtx, contexts: list[_PInfo]) -> Period | None:
    """The quarter, half or year that a table's consecutive month rows make up."""
    months = []
    for r in data:
        if r.label is None:
            continue
        d = _describe(r.label.text, "label", ctx)
        if d.period_only:
            p = _period_for([d.period], contexts, ctx, None, False)
            if isinstance(p, Period) and p.grain == "month":
                months.append(p)
    if len(months) not in (3, 6, 12):
        return None
    months.sort(key=lambda p: p.start)
    if any((b.start.year * 12 + b.start.month) - (a.start.year * 12 + a.start.month) != 1
           for a, b in zip(months, months[1:], strict=False)):
        return None
    grain = {3: "quarter", 6: "half", 12: "year"}[len(months)]
    if grain != "year" and (months[0].start.month - ctx.fy_end - 1) % len(months):
        return None         # three months that are no quarter of the year ('Aug-Oct')
    return Period(months[0].start, months[-1].end, grain)


def _single_column(rows: list[_Row]) -> bool:
    return all(len([c for c in r.cells if c.kind != "blank"] or r.tail[-1:]) == 1
               for r in rows if r.kind == "data")


_PAGE_FURNITURE = re.compile(r"\bPage\s+\d{1,3}(?:\s+of\s+\d{1,3})?\s*$", re.I)


def _continued_header(doc, index: int, pipe: bool):
    """(unit index, rows, header lines, has site sections) of the table a headerless block continues."""
    units = doc.seg.units
    text = doc.clean.text
    for j in range(index - 1, max(-1, index - 4), -1):
        u = units[j]
        loose = u.kind != "table"
        if loose and _PAGE_FURNITURE.search(text, u.start, u.end) and "\n" not in text[u.start:u.end].strip():
            continue        # a running page header or footer ('... Activities Report   Page 2 of 7') between
        if u.section != "header" and j < index - 1 and loose and "\n" not in text[u.start:u.end].strip():
            # ('PRODUCTION          Mar 2023 Qtr  Dec 2022 Qtr' set apart above a first block of rows, then a
            # second site's block: the header of both; the second block must open with its site)
            ptext = text[u.start:u.end]
            cap = _HEADER_CAPTION.match(ptext)
            cols = ptext[cap.end():] if cap and not _find_specs(cap.group()) else ptext
            if _describe_period_only(cols) and len(_find_specs(cols.strip())) >= 2:
                lines = _unit_lines(doc, j, True)
                rows = _parse_grid(lines, pipe, strict=True)
                if rows and rows[0].kind == "header":
                    return j, rows, lines[:1], True
        if u.section == "header" or (loose and not ("\n" in text[u.start:u.end] and _LOOSE_ROW.search(
                text, u.start, u.end))):
            return None
        lines = _unit_lines(doc, j, loose)
        rows = _parse_grid(lines, pipe, strict=loose)
        if not rows:
            return None
        heads = [k for k, r in enumerate(rows) if r.kind == "header"]
        if heads:
            k0 = heads[0]
            k1 = k0
            while k1 + 1 < len(rows) and rows[k1 + 1].kind in ("header", "rule"):
                k1 += 1
            head_lines = [lines[k] for k in range(k0, k1 + 1)]
            ctx_stub = any(r.kind == "section" and r.label is not None and (
                find_facilities(r.label.text) or _proper_name(r.label.text)) for r in rows)
            return j, rows, head_lines, ctx_stub
    return None


# 'Three months ended' as the header's label over columns dated 'September 30, 2015': each column ends the span
_ENDED_LABEL = re.compile(r"\b(?:(?:three|six|nine|twelve|3|6|9|12)\s+months?|quarter|year|half[- ]year|"
                          r"(?:fiscal|financial)\s+year)\s+(?:ended|ending|to)\s*:?\s*$", re.I)


_MONTH_YEAR_COL = re.compile(rf"(?P<m>{_MON})[-\s'/]+(?P<y>\d{{2}}|\d{{4}})", re.I)


def _resolve_columns(cols: list[_Column], hlabel: _Desc, caption: _Desc, lead: _PInfo, ctx: _DocCtx) -> None:
    years: set[int] = set()
    ended = next((re.sub(r"\s+to\s*:?\s*$", " ended", m.group()) for d in (hlabel, caption)
                  for m in [_ENDED_LABEL.search(d.text)] if m), None)      # ('Three months to' is 'ended')
    for col in cols:
        text = " ".join(col.texts)
        month_year = _MONTH_YEAR_COL.fullmatch(text.strip()) if ended else None
        if month_year:      # 'Quarter ended' over 'Sep-15': the quarter ending 30 September 2015
            mon, year = month_number(month_year.group("m")), expand_year(month_year.group("y"))
            text = f"{ended} {calendar.month_name[mon]} {_month_end(year, mon).day}, {year}"
        elif ended and DATE_RE.search(text) and not _ENDED_LABEL.search(text.split(",")[0]):
            text = f"{ended} {text}"
        col.desc = _describe(text, "column", ctx)
        if col.desc.metric and not col.desc.site and len(col.texts) >= 2:
            # ('Nyakafuru' over 'Ore milled' over '(t)': each site's metrics side by side) a site named by the
            # top line over a column that names its metric below
            top = _describe(col.texts[0], "column", ctx)
            if top.site and not (top.metric or top.generic or top.nonprod) and top.period.empty:
                col.desc = replace(col.desc, site=top.site, site_kind=top.site_kind)
        years.update(col.desc.period.years)
        years.update(p.end.year for p in col.desc.period.full)
    contexts = [hlabel.period, caption.period, lead]
    shift = None
    bare = [c for c in cols if c.desc.period.years and not (c.desc.period.full or c.desc.period.partial or
                                                             c.desc.period.ytd or c.desc.period.bad)]
    if bare and not any(p.partial and not p.full for p in contexts):
        ctx_full = next((p.full[0] for p in contexts if len(p.full) == 1), None)
        unfinished = not (caption.guidance or hlabel.guidance) and any(
            not (c.desc.guidance and not c.desc.actual)
            and date(max(c.desc.period.years), 12, 31) > ctx.release for c in bare)
        if ctx_full is not None and ctx_full.grain != "year" and ctx_full.end.year in years and unfinished:
            shift = ctx_full
        elif unfinished:
            # a year not over yet as an actual: the bare years stand for some part of the year
            for c in bare:
                if not (c.desc.guidance and not c.desc.actual):
                    c.skip = True
    ytd_cols = []
    for col in cols:
        d = col.desc
        if d.change and not d.metric:
            col.skip = True
            continue
        guidance = d.guidance and not d.actual
        p = _period_for([d.period], contexts, ctx, shift, guidance)
        if isinstance(p, tuple):
            ytd_cols.append((col, p[1], p[2]))
        else:
            col.period = p
    for col, year, span in ytd_cols:
        # 'FY09 YTD' of a fiscal year ending in June: the columns ending July 2008 to June 2009 are its months
        ends = [c.period.end for c in cols if c.period is not None and c.period.grain != "year"
                and (year is None or fiscal_year_of(c.period.end, ctx.fy_end) == year)]
        if not ends and year is not None and ctx.fy_end != 12:
            ends = [c.period.end for c in cols if c.period is not None and c.period.grain != "year"
                    and c.period.end.year == year]
        if not ends:
            ends = [p.end for p in lead.full if year is None or p.end.year == year]
        if not ends:
            continue
        end = max(ends)
        if span == 6:
            col.period = period_ending(6, end, "half")
            continue
        months = end.month if ctx.fy_end == 12 else (end.month - ctx.fy_end) % 12
        grain = {3: "quarter", 6: "half", 12: "year"}.get(months)
        if grain:
            col.period = period_ending(months, end, grain)
    _months_as_quarters(cols, ctx)


_QUARTER_WORD = re.compile(r"quarter", re.I)


def _months_as_quarters(cols: list[_Column], ctx: _DocCtx) -> None:
    """'Dec-14  Mar-15  Jun-15  Sep-15  Dec-15' in a quarterly report: each column is the quarter ending that month."""
    dated = [c for c in cols if c.period is not None and not c.skip]
    if len(dated) < 2 or any(c.period.grain != "month" for c in dated):
        return
    ends = [c.period.end.year * 12 + c.period.end.month for c in dated]
    steps = {b - a for a, b in zip(ends, ends[1:], strict=False)}
    if steps not in ({3}, {-3}) or any(e % 3 != ctx.fy_end % 3 for e in ends):
        return
    if not _QUARTER_WORD.search(ctx.doc.clean.text):
        return
    for c in dated:
        c.period = period_ending(3, c.period.end, "quarter")


def _generic_oz_column(cd: _Desc, section: _Desc, hlabel: _Desc, caption: _Desc) -> str | None:
    """The metric of a 'Gold (oz)' column: the ounces its caption names (a guidance table's are to be produced)."""
    if cd.generic != "oz":
        return None
    hint = next((d.hint for d in (cd, section, hlabel, caption) if d.hint), None)
    if hint is None and (cd.guidance or hlabel.guidance or caption.guidance):
        hint = "produced"
    return _HINT_OZ.get(hint or "")


_TONNES_SCALE = re.compile(r"'\s?000\s*t\b|\b000s?\s*t\b|\bthousand\s+tonnes\b", re.I)
_OZ_IN_LABEL = re.compile(r"\(\s*(?:'?000\s*)?(?:k|m)?oz\s*\)|\(\s*(?:thousand\s+)?ounces\s*\)", re.I)
# ('(in thousands, except grade, recovery and per-ounce amounts)': every quantity of the table, its ounces too)
_IN_THOUSANDS = re.compile(r"\(\s*in\s+thousands\b(?![^)]*\b(?:dollars|\$|tonnes|ounces|oz)\b)", re.I)
_KG_OZ_HEAD = re.compile(r"\bkg\s*\(\s*oz\s*\)", re.I)
_KG_OZ_CELL = re.compile(r"(?P<kg>\d[\d, ]*(?:[.,]\d+)?)\s*\(\s*(?P<oz>\d{1,3}(?:[, ]\d{3})*|\d+)\s*\)")


def _fact(doc, ctx: _DocCtx, row: _Row, label: _Desc, col: _Column, cell: _Cell, section: _Desc,
          site_section: _Desc, subpart: bool, hlabel: _Desc, caption: _Desc,
          lead: _PInfo) -> ProductionFact | None:
    kg_oz = _KG_OZ_CELL.fullmatch(cell.text.strip()) if cell.kind in ("text", "ambiguous") and (
        col.desc and _KG_OZ_HEAD.search(col.desc.text) or _KG_OZ_HEAD.search(label.text or "")) else None
    if kg_oz:
        # '384 (12,346)' under 'Gold recovered / kg (oz)': the ounces in brackets
        cell = replace(cell, kind="value", value=float(kg_oz.group("oz").replace(",", "").replace(" ", "")), unit="oz")
    if cell.kind != "value" or cell.value is None or col.skip:
        return None
    cd = col.desc or _Desc()
    if label.nonprod or label.subpart or subpart or cd.nonprod or cd.subpart or label.change:
        return None
    # metric
    metric = label.metric
    row_is_key = label.site is not None or label.total or (label.period_only and not label.period.empty)
    if metric is None and (row_is_key or label.generic):
        for d in (cd, section, hlabel, caption):
            if d.metric:
                metric = d.metric
                break
        if metric is None and label.generic:
            hint = next((d.hint for d in (section, hlabel, caption) if d.hint), None)
            metric = (_HINT_T if label.generic == "t" else _HINT_OZ).get(hint or "")
        if metric is None and row_is_key:
            metric = _generic_oz_column(cd, section, hlabel, caption)
        if metric is None and row_is_key and cd.generic == "t" and _FEED_CAPTION.search(caption.text or ""):
            metric = "ore_processed_t"      # 'Tonnes' under 'MILL FEED BY SOURCE': the ore each source fed the mill
        if metric is None and label.site and _OZ_IN_LABEL.search(label.text) and any(
                d.guidance for d in (cd, section, hlabel, caption)):
            metric = "gold_produced_oz"     # 'Loon Lake mine (koz)' in a guidance table: the ounces it is to produce
    elif metric and cd.metric and cd.metric != metric:
        return None
    column_metric = cd.metric or section.metric or hlabel.metric or caption.metric or (
        None if row_is_key or label.generic else _generic_oz_column(cd, section, hlabel, caption))
    if metric is None and not row_is_key and not label.generic and column_metric and label.period.empty:
        # metrics across, sites down: a row named by a bare proper name ('Cerro Azul'); or sites listed under a
        # section row that names the metric ('Gold produced (oz)' over '  Dog Lake  41,260 ...')
        bare = " ".join(re.sub(r"\([^)]*\)", " ", label.text).split())
        if bare and _proper_name(bare) and not _SUBPART.search(bare):
            metric = column_metric
            label = replace(label, site=bare, site_kind="mill" if _MILL_KIND.search(bare) else
                            "mine" if _MINE_KIND.search(bare) else None)
    if metric is None:
        return None
    # site and ore source
    if metric == "ore_mined_t" and label.site and label.site_kind == "mine" and site_section.site and \
            site_section.site_kind is None and not cd.site and not cd.total:
        # ('Akbulak hub' over '  Karatas underground   112.4': the ore a mine of the group mined is the mine's own)
        site_section = _Desc()
    site, ore_source = _site_for(ctx, label, cd, section, site_section, hlabel, caption)
    if site is None:
        return None
    # period and guidance
    guidance = (cd.guidance or label.guidance) and not (cd.actual or label.actual)
    if label.period.empty and section.period.empty:
        period = col.period
    else:
        period = _period_for([label.period, cd.period, section.period],
                             [hlabel.period, caption.period, lead], ctx, None, guidance)
        if isinstance(period, tuple):
            return None
    if period is None or period.grain not in ("month", "quarter", "half", "year"):
        return None
    if not guidance and period.end > ctx.release:
        if (caption.guidance or hlabel.guidance) and not (cd.actual or label.actual):
            guidance = True
        else:
            return None
    # value, unit, scale
    value = cell.value
    unit = PRODUCTION_METRICS[metric]
    if unit == "oz" and cd.text and re.search(r"\b(?:kg|kilograms?|grams?|g)\b", cd.text, re.I) and \
            not _OZ_UNIT.search(cd.text) and not kg_oz:
        return None             # a column in kilograms beside the one in ounces ('H1 2009 / kg  oz')
    if metric in ("gold_produced_oz", "gold_poured_oz", "gold_recovered_oz", "gold_sold_oz", "ore_mined_t",
                  "ore_processed_t", "tonnes_per_day"):
        if cell.unit in ("%", "g/t", "gpt") or (cell.unit in ("t", "tonnes", "kt") and unit == "oz") or \
                (cell.unit in ("oz", "ozs", "ounces", "koz", "moz") and unit != "oz") or cell.cur:
            return None
        # ('Tonnes milled ('000 t)' over its sources, then 'Gold produced (oz)': the section's thousands are of tonnes)
        own_oz = unit == "oz" and _OZ_IN_LABEL.search(label.text)
        scale = label.scale or cd.scale or (section.scale if not (own_oz and _TONNES_SCALE.search(section.text)) else None)
        if scale is None and metric != "tonnes_per_day" and not (unit == "oz" and (
                _OZ_IN_LABEL.search(label.text) and not _IN_THOUSANDS.search(f"{hlabel.text} {caption.text}") or
                _TONNES_SCALE.search(f"{hlabel.text} {caption.text}"))):
            # ("('000 t unless otherwise stated)" over 'Gold produced (oz)   22,474': thousands of tonnes, not of
            # the ounces a row names in its own unit)
            scale = hlabel.scale or caption.scale
        if cell.unit in ("koz", "kt"):
            scale = 1e3
        value = value * (scale or 1.0)
        if value < _MIN_QUANTITY[metric]:
            return None              # an unscaled '1.2' of ore is a figure in millions or thousands
    elif metric == "head_grade_g_t":
        if cell.unit not in (None, "g/t", "gpt") or cell.cur or not 0 < value < 200:
            return None
    elif metric == "recovery_pct":
        if cell.unit not in (None, "%") or cell.cur or not 0 < value <= 100:
            return None
    elif metric == "cash_cost_per_oz":
        if cell.unit is not None or value <= 0:
            return None
        if not (label.per_oz or hlabel.per_oz or caption.per_oz or cd.per_oz):
            return None
        cur = _currency(cell.cur) or label.cur or cd.cur or hlabel.cur or caption.cur
        if cur is None:
            cur = "USD" if ctx.default_currency in (None, "USD") else "OTHER"
        if cur != "USD":
            return None
    value = round(value, 6)
    if value == int(value):
        value = float(int(value))
    return ProductionFact(
        site=site, ore_source=ore_source, period_start=period.start, period_end=period.end,
        period_grain=period.grain, metric=metric, value=value, unit=unit, is_guidance=guidance,
        evidence=doc.evidence(row.start, row.end, EXTRACTOR),
    )


_MIN_QUANTITY = {"gold_produced_oz": 1, "gold_poured_oz": 1, "gold_recovered_oz": 1, "gold_sold_oz": 1,
                 "ore_mined_t": 100, "ore_processed_t": 100, "tonnes_per_day": 10}


def _currency(token: str | None) -> str | None:
    if not token:
        return None
    t = token.replace(" ", "").upper()
    if t in ("US$", "U.S.$", "USD"):
        return "USD"
    if t == "$":
        return None
    return "OTHER"


_GENERIC_FEED = re.compile(r"(?i)\b(?:total|company|group|ore|tonnes|underground|open[- ]?pit|surface|oxide|sulphide|"
                           r"sulfide|fresh|transitional|high[- ]grade|low[- ]grade|third[- ]party|toll)\b")
_GRADE_FROM_LABEL = re.compile(r"\s*(?:head\s+|mill\s+|feed\s+)?grade\s*[-\u2013:]\s*", re.I)
_FEED_FROM_LABEL = re.compile(r"\s*(?:(?:mill|plant)\s+feed|ore\s+(?:milled|processed|treated)|feed)\s*(?:[-\u2013:,]\s*|\s+from\s+)",
                              re.I)


_FEED_CAPTION = re.compile(r"\b(?:(?:mill|plant)\s+feed|feed\s+by\s+(?:source|mine|pit)|(?:production|ore)\s+by\s+source)\b", re.I)
_MILL_FEED_WORDS = re.compile(r"\b(?:mill|plant)\s+feed\b|\bore\s+milled\b", re.I)


def _only_mill(ctx: _DocCtx) -> str | None:
    """The one mill or plant the release names in its prose."""
    mills = {n for names in ctx.known.values() for n in names if re.search(r"\b(?:mill|plant)$|^Planta\s", n, re.I)}
    if len({re.sub(r"\s+(?:processing\s+|treatment\s+)?(?:mill|plant)$", "", n, flags=re.I) for n in mills}) == 1:
        return min(mills, key=len)      # ('El Zancudo plant' and 'El Zancudo processing plant': one plant)
    return None     # ('Planta Los Pilares' is a plant by its first word)


def _site_for(ctx: _DocCtx, label: _Desc, cd: _Desc, section: _Desc, site_section: _Desc, hlabel: _Desc,
              caption: _Desc) -> tuple[str | None, str | None]:
    """The cell's site (and ore source when a mill's table splits its feed by mine)."""
    if label.total and not cd.site and not cd.total and not label.site and (
            _MILL_FEED_WORDS.search(label.text) or _FEED_CAPTION.search(caption.text or "")):
        # 'Total mill feed' in a table of a mill's feed by source: the mill's
        mill = site_section.site if site_section.site_kind == "mill" else _only_mill(ctx)
        if mill:
            return mill, None
    if label.site and label.site_kind != "mill" and (_FEED_FROM_LABEL.match(label.text) or (
            label.metric == "head_grade_g_t" and label.site_kind == "mine" and _GRADE_FROM_LABEL.match(label.text))) \
            and not cd.site and not cd.total:
        # 'Mill feed - Boqueirão pit': the mill's feed from that pit (the section's mill, else the release's one mill);
        # 'Head grade - Bronze Hill pit (g/t)': the grade of that feed
        mill = site_section.site if site_section.site_kind == "mill" else _only_mill(ctx)
        if mill:
            return mill, label.site
    if label.site and (label.site_kind == "mine" or re.match(r"Mina\s", label.site)) and not label.total and \
            not cd.site and not cd.total and (_FEED_CAPTION.search(caption.text) or _FEED_CAPTION.search(hlabel.text or "")):
        # 'MILL FEED BY SOURCE' over 'Vetas Nuevas mine   52,310   6.12   9,402': the mill's feed from that mine
        mill = site_section.site if site_section.site_kind == "mill" else _only_mill(ctx)
        if mill:
            return mill, label.site
    named = [d for d in (label, site_section, cd) if d.site or d.total]
    if label.site and label.site_kind == "mine" and site_section.site_kind == "mill" and not cd.site and not cd.total \
            and not label.total:
        return site_section.site, label.site     # a mine's row of feed inside a mill's section of rows
    if label.site and site_section.site and site_section.site_kind is None and not cd.site and not cd.total and \
            label.site.split()[0].lower() == site_section.site.split()[0].lower():
        return label.site, None     # 'Ore mined - Coolbarra open pit' under 'COOLBARRA': the operation's pit
    if len({d.site for d in named if d.site}) > 1:
        return None, None            # a site row under another site, or a site column across site rows
    inner = named[0] if named else None
    if inner is not None and any(d.total for d in named) and any(d.site for d in named):
        if label.total and site_section.site and not cd.site and not cd.total:
            inner = site_section     # a 'Total' row inside a site's section: that site's total
        else:
            return None, None
    outer = next((d for d in (hlabel, caption) if d.site), None)
    if inner is None:
        if outer is not None:
            return outer.site, None
        if _COMPANY_WIDE.search(caption.text):
            return ctx.issuer, None     # 'Consolidated operating results' over rows: the company's figures
        return (ctx.default_site or ctx.issuer), None
    if outer is not None and outer.site_kind == "mill":
        if inner.total:
            # ('Operating statistics - Shabotik mill' over a 'Company' section: the company's rows, not the mill's)
            return (ctx.issuer if _COMPANY_WIDE.search(inner.text) else outer.site), None
        if inner.site_kind == "mine":
            return outer.site, inner.site
    if inner.total:
        return ctx.issuer, None
    return inner.site, None


_GUIDANCE_YEAR = re.compile(r"\b(?:(?:19|20)\d\d\s+(?:production\s+|operating\s+|cost\s+)?(?:guidance|outlook|forecast|budget|targets?)|"
                            r"(?:guidance|outlook|forecast|budget|targets?)\s+for\s+(?:fiscal\s+)?(?:19|20)\d\d)\b", re.I)
# a caption or section that names the whole company: 'Consolidated operating results', 'Group', 'Company'
_COMPANY_WIDE = re.compile(r"^\W*(?:(?:consolidated|group|company[- ]wide)\b|company\W*$)", re.I)


def _drop_conflicts(facts: list[ProductionFact]) -> list[ProductionFact]:
    """One fact per key; a key given two different values by the tables gives none."""
    by_key: dict[tuple, list[ProductionFact]] = {}
    for f in facts:
        key = (f.site.lower(), (f.ore_source or "").lower(), f.period_start, f.period_end, f.metric,
               f.is_guidance)
        by_key.setdefault(key, []).append(f)
    out = []
    for group in by_key.values():
        if len({f.value for f in group}) == 1:
            out.append(group[0])
        elif group[0].metric == "cash_cost_per_oz" and len(
                total := [f for f in group if re.match(r"\s*total\s+cash\s+costs?\b", f.evidence.text, re.I)]) == 1:
            out.append(total[0])    # ('Cash operating cost ($/oz)' over 'Total cash cost ($/oz)': the total cash cost)
    return out
