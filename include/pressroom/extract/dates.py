"""Calendar dates and reporting periods as press releases write them."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
MONTH_PATTERN = r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?\.?|July?\.?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
# release dates of filings in Spanish, Portuguese, French or German ('Lima, 15 de septiembre de 2006')
FOREIGN_MONTHS = {
    "enero": 1, "janeiro": 1, "janvier": 1, "januar": 1, "febrero": 2, "fevereiro": 2, "février": 2, "fevrier": 2,
    "februar": 2, "marzo": 3, "março": 3, "marco": 3, "mars": 3, "märz": 3, "abril": 4, "avril": 4, "mayo": 5,
    "maio": 5, "mai": 5, "junio": 6, "junho": 6, "juin": 6, "juni": 6, "julio": 7, "julho": 7, "juillet": 7, "juli": 7,
    "agosto": 8, "août": 8, "aout": 8, "septiembre": 9, "setiembre": 9, "setembro": 9, "septembre": 9,
    "octubre": 10, "outubro": 10, "octobre": 10, "oktober": 10, "noviembre": 11, "novembro": 11, "novembre": 11,
    "diciembre": 12, "dezembro": 12, "décembre": 12, "decembre": 12, "dezember": 12,
}
_FOREIGN_MONTH = "(?:" + "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True)) + ")"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"

DATE_RE = re.compile(
    rf"\b(?:(?P<m1>{MONTH_PATTERN})\s+(?P<d1>{_DAY}),?\s+(?P<y1>{_YEAR})"
    rf"|(?P<d2>{_DAY})(?:\s+(?:day\s+)?(?:of\s+)?|-)(?P<m2>{MONTH_PATTERN})(?:,?\s+|-)(?P<y2>{_YEAR})"
    rf"|(?P<y3>{_YEAR})(?P<sep>[-/])(?P<m3>0[1-9]|1[0-2])(?P=sep)(?P<d3>0[1-9]|[12]\d|3[01])"
    rf"|(?<![\d/])(?P<a4>[0-3]?\d)/(?P<b4>[0-3]?\d)/(?P<y4>(?:19|20)\d\d)"
    rf"|(?<![\d.])(?P<d6>[12]\d|3[01]|0?[1-9])\.(?P<m6>0?[1-9]|1[0-2])\.(?P<y6>{_YEAR})"
    rf"|(?P<d5>{_DAY})\.?\s+(?:de\s+)?(?P<m5>{_FOREIGN_MONTH})\s+(?:de\s+|del\s+)?(?P<y5>{_YEAR}))(?![\d])",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class FoundDate:
    value: date
    start: int
    end: int


def month_number(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def _day(token: str) -> int:
    return int(re.match(r"\d+", token).group())


def find_dates(text: str, day_first: bool | None = None) -> list[FoundDate]:
    """Every full calendar date in ``text``.

    >>> [d.value.isoformat() for d in find_dates("on Aug. 25, 2009 and 14 March 2018, not 2018-02-30")]
    ['2009-08-25', '2018-03-14']
    """
    found = []
    for m in DATE_RE.finditer(text):
        g = m.groupdict()
        try:
            if g["m1"]:
                d = date(int(g["y1"]), month_number(g["m1"]), _day(g["d1"]))
            elif g["m2"]:
                d = date(int(g["y2"]), month_number(g["m2"]), _day(g["d2"]))
            elif g["m6"]:
                d = date(int(g["y6"]), int(g["m6"]), int(g["d6"]))     # '15.09.2006': day, month, year
            elif g["m5"]:
                d = date(int(g["y5"]), FOREIGN_MONTHS[g["m5"].lower()], _day(g["d5"]))
            elif g["y3"]:
                d = date(int(g["y3"]), int(g["m3"]), int(g["d3"]))
            else:
                # '31/12/2020' or '12/31/2020': when the day tells which is which, or the caller knows the
                # convention (day first in Australia, Britain, South Africa ...; month first in the United States)
                a, b = int(g["a4"]), int(g["b4"])
                if (a <= 12) == (b <= 12):
                    if day_first is None or a > 12:
                        continue
                    d = date(int(g["y4"]), b, a) if day_first else date(int(g["y4"]), a, b)
                else:
                    d = date(int(g["y4"]), b, a) if a > 12 else date(int(g["y4"]), a, b)
        except (ValueError, KeyError):
            continue
        found.append(FoundDate(d, m.start(), m.end()))
    return found


_DAY_MONTH_RE = re.compile(
    rf"\b(?:(?P<m1>{MONTH_PATTERN})\s+(?P<d1>{_DAY})|(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{MONTH_PATTERN}))(?![\d,]*\s*\d)(?!\w)", re.I)


def find_dates_near(text: str, release_date: date | None, day_first: bool | None = None) -> list[FoundDate]:
    """Full dates, and in a dated release also '25 May' / 'March 2' without a year (the release's year,
    or the year before when that would put the day more than six months after the release).

    >>> [d.value.isoformat() for d in find_dates_near("On 25 May, and effective March 2", date(2012, 5, 29))]
    ['2012-05-25', '2012-03-02']
    """
    found = find_dates(text, day_first)       # ('03/06/2012' on a market that writes the day first: 3 June)
    if release_date is None:
        return found
    taken = [(d.start, d.end) for d in found]
    for m in _DAY_MONTH_RE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        if m.group("m1") and m.group("m1").lower() == "may" and not m.group("m1")[0].isupper():
            continue
        try:
            month = month_number(m.group("m1") or m.group("m2"))
            day = _day(m.group("d1") or m.group("d2"))
            value = date(release_date.year, month, day)
        except (ValueError, KeyError):
            continue
        if (value - release_date).days > 183:
            try:
                value = value.replace(year=value.year - 1)
            except ValueError:
                continue
        found.append(FoundDate(value, m.start(), m.end()))
    for m in _YESTERDAY.finditer(text):
        # 'yesterday they entered into ...': the day before the release ('earlier today' stays undated: an event
        # never takes the release's own date)
        found.append(FoundDate(release_date - timedelta(days=1), m.start(), m.end()))
    for m in _MONTH_END_RE.finditer(text):
        # 'will leave the Company at the end of October', 'retired at the end of February': the month's last day
        try:
            month = month_number(m.group("m"))
        except KeyError:
            continue
        year = int(m.group("y")) if m.group("y") else release_date.year
        if not m.group("y") and (date(year, month, 1) - release_date).days > 183:
            year -= 1
        found.append(FoundDate(date(year, month, calendar.monthrange(year, month)[1]), m.start("m"), m.end()))
    for m in _WEEKDAY_RE.finditer(text):
        value = _weekday_date(m, text, release_date)
        if value is not None:
            found.append(FoundDate(value, m.start("wd"), m.end()))
    found.sort(key=lambda d: d.start)
    return found


_YESTERDAY = re.compile(r"\byesterday\b", re.I)
_MONTH_END_RE = re.compile(rf"\bat\s+the\s+end\s+of\s+(?P<m>{MONTH_PATTERN})(?:\s+(?P<y>{_YEAR}))?(?![\w-])(?!\s+\d)")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# 'resigned last Friday', 'commenced as Chief Financial Officer on Monday', 'will be held next Tuesday'; a weekday
# that heads a full date ('on Friday, September 14, 2012') is that date's and is left to it
_WEEKDAY_RE = re.compile(r"\b(?P<rel>last|this\s+past|next|on|early\s+on|late\s+on)\s+(?P<wd>" + "|".join(WEEKDAYS) + r")\b"
                         r"(?!,?\s*(?:the\s+)?\d|,?\s*" + MONTH_PATTERN + r"\s+\d|\s+(?:morning|afternoon|evening|night)?\s*,?\s*\d)",
                         re.I)
_WILL_BEFORE = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|to\s+be|expected|scheduled|intends?|plans?)\b[^.;]*$", re.I)


def _weekday_date(m: re.Match, text: str, release_date: date) -> date | None:
    """The day a weekday named relative to the release means: 'last' / 'this past' is the one before the release,
    'next' the one after; a plain 'on Monday' is the one before, unless the clause speaks of what will be.
    'on Monday' in a Monday release is left undated (today, or a week away).

    >>> [_weekday_date(m, s, date(2014, 7, 24)) for s in ("commenced on Monday", "will report next Monday")
    ...  for m in _WEEKDAY_RE.finditer(s)]
    [datetime.date(2014, 7, 21), datetime.date(2014, 7, 28)]
    """
    wd = WEEKDAYS.index(m.group("wd").lower())
    rel = m.group("rel").lower()
    future = rel == "next" or (rel.endswith("on") and _WILL_BEFORE.search(text, max(0, m.start() - 80), m.start()))
    if future:
        return release_date + timedelta(days=(wd - release_date.weekday() - 1) % 7 + 1)
    back = (release_date.weekday() - wd) % 7
    if back == 0 and rel.endswith("on"):
        return None
    return release_date - timedelta(days=back or 7)


def parse_date(text: str) -> date | None:
    found = find_dates(text)
    return found[0].value if found else None


# ----------------------------------------------------------------------------- periods

@dataclass(frozen=True, slots=True)
class Period:
    start: date
    end: date
    grain: str
    span: tuple[int, int] = (0, 0)


def fiscal_year_of(day: date, fy_end: int) -> int:
    """The fiscal year (named by the calendar year it ends in) that ``day`` falls in, for a year ending in month
    ``fy_end``.

    >>> fiscal_year_of(date(2008, 12, 31), 6), fiscal_year_of(date(2009, 3, 31), 6), fiscal_year_of(date(2009, 3, 31), 12)
    (2009, 2009, 2009)
    """
    return day.year if day.month <= fy_end else day.year + 1


def month_period(year: int, month: int, span=(0, 0)) -> Period:
    return Period(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), "month", span)


def quarter_period(year: int, q: int, span=(0, 0)) -> Period:
    m0 = 3 * (q - 1) + 1
    return Period(date(year, m0, 1), date(year, m0 + 2, calendar.monthrange(year, m0 + 2)[1]), "quarter", span)


def _months_back(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) ``n`` months before ``month`` of ``year``."""
    month -= n
    while month <= 0:
        month += 12
        year -= 1
    return year, month


def period_ending(months: int, end: date, grain: str, span=(0, 0)) -> Period:
    """The ``months``-long period that ends on ``end``."""
    y, m = _months_back(end.year, end.month, months - 1)
    return Period(date(y, m, 1), end, grain, span)


_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_NUMWORD = {"three": 3, "3": 3, "six": 6, "6": 6, "nine": 9, "9": 9, "twelve": 12, "12": 12}
# a period's end: a full date, or a day and month whose year is the release's
_FULLDATE = rf"(?:{MONTH_PATTERN}\s+{_DAY}(?:,?\s+{_YEAR})?|{_DAY}\s+{MONTH_PATTERN}(?:,?\s+{_YEAR})?)(?!\s*\d)"
_ENDED = r"(?:end(?:ed|ing)\s+(?:on\s+)?|to\s+)"
PERIOD_RE = re.compile(
    # (every alternative begins a word: testing that once first makes the scan of a sentence several times faster)
    r"\b(?=\w)(?:"
    # 'the three and six months ended 30 June 2020': the quarter and the half
    rf"(?P<ended2>\b(?:three|3)\s+and\s+(?P<n2>six|nine|twelve|6|9|12)[- ]months?(?: periods?)? {_ENDED}(?P<e2date>{_FULLDATE}))"
    rf"|(?P<ended>\b(?P<n>three|six|nine|twelve|3|6|9|12)[- ]months?(?: period)? {_ENDED}(?P<edate>{_FULLDATE}))"
    rf"|(?P<qended>\b(?:(?:fiscal\s+|financial\s+)?quarter(?: period)?|quarterly\s+(?:[\w-]+\s+){{0,3}}?(?:for\s+the\s+)?period)"
    rf" {_ENDED}(?P<qdate>{_FULLDATE}))"
    rf"|(?P<hended>\bhalf[- ]year(?: period)? {_ENDED}(?P<hdate>{_FULLDATE}))"
    rf"|(?P<yended>\b(?:fiscal\s+|financial\s+)?year {_ENDED}(?P<ydate>{_FULLDATE}))"
    # 'the 2006/07 financial year', '2005-06': a fiscal year named by the two years it spans
    rf"|(?P<sy>\b(?P<sy1>{_YEAR})[/-](?P<sy2>\d\d)(?![\d/-])(?:\s+(?:fiscal|financial)\s+year\b)?)"
    rf"|(?P<fyb>\b(?P<fyby>{_YEAR})\s+(?:fiscal|financial)\s+year\b)"
    rf"|(?P<nq>\b(?P<nqn>[1-4])(?:Q|(?-i:T)(?=\d\d))\s*(?P<nqy>{_YEAR}|'?\d\d)\b)"
    # ('the June 1999 half-year': the six months to that month's end)
    rf"|(?P<mh>\b(?P<mhm>June|December|Jun\.?|Dec\.?)\s+(?P<mhy>{_YEAR})\s+half(?:[- ]?year)?\b(?!\s+of\b))"
    rf"|(?P<mq>\b(?P<mqm>March|June|September|December|Mar\.?|Jun\.?|Sept?\.?|Dec\.?)\s+(?:(?P<mqy>{_YEAR})\s+)?(?:quarter(?:ly)?|qtr|(?-i:Q))\b"
    # ('(December quarter 2002: 18,110 ounces)': its year after it)
    rf"(?:\s+(?P<mqy2>{_YEAR})\b)?)"
    # ('Q3 CY23': the calendar quarter of a company whose fiscal year differs)
    rf"|(?P<q>\bQ(?P<qn>[1-4])(?:(?:\s*|-|/)(?:(?P<qf>F|FY|fiscal\s+)|CY)?\s*(?P<qy>{_YEAR}|'?\d\d)\b|(?![\w/-])))"
    rf"|(?P<qword>\b(?P<qo>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?P<qwf1>fiscal\s+)?quarter(?:\s+of)?"
    rf"(?:\s+(?:its|the|our)\s+)?(?:\s*(?P<qwf2>fiscal\s+|FY\s*|F)?(?P<qwy>{_YEAR})(?P<qwf3>\s+(?:fiscal|financial)\s+year)?)?)"
    # (but 'in the second half of the quarter' is no half-year)
    rf"|(?P<half>\b(?P<ho>first|second)[\s-]+(?:half|semester|six\s+months)(?!\s+of\s+(?:the|this|that|each)\s+(?:quarter|month|week))"
    rf"(?:\s+of)?(?:\s+(?P<hthe>the\s+)?(?P<hy>{_YEAR})(?(hthe)(?P<hfin>\s+(?:financial|fiscal)\s+year)))?)"
    rf"|(?P<sem>\b(?P<semn>[12])S\s*(?P<semy>{_YEAR}|\d\d)\b)"
    # 'H1 2018', '1H 2018', 'H2 CY2018' (a calendar half of a company whose fiscal year differs)
    rf"|(?P<h>\b(?:H(?P<hn>[12])|(?P<hn2>[12])H)\s*(?:(?P<hny>{_YEAR}|'\d\d|(?<=H)\d\d(?![\d,%]|\.\d))|CY\s*(?P<hcy>{_YEAR}|'?\d\d))\b)"
    rf"|(?P<hf>\b(?:H(?P<hfn>[12])|(?P<hfn2>[12])H)\s*(?:FY|F)\s*(?P<hfy>{_YEAR}|'?\d\d)\b)"
    rf"|(?P<cy>\bCY\s*(?P<cyy>{_YEAR}|'\d\d|\d\d(?![\d,.%]))\b)"
    rf"|(?P<mrange>\b(?P<mr1>{MONTH_PATTERN})(?:\s+(?:to|through|-)\s+|\s?[-\u2013]\s?)(?P<mr2>{MONTH_PATTERN}),?\s+(?P<mry>{_YEAR})\b)"
    rf"|(?P<fy>\b(?:fiscal(?:\s+year)?|financial\s+year|FY|(?-i:F)(?=(?:19|20)\d\d\b))\s*(?P<fyy>{_YEAR}|'?\d\d)\b)"
    rf"|(?P<mon>\b(?P<mm>January|February|March|April|May|June|July|August|September|October|November|December|"
    rf"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)(?:,?\s+(?P<my>{_YEAR}))?(?!\s+{_DAY}\b))"
    rf"|(?P<yr>\b(?:(?:calendar|the\s+year|year)\s+)?(?P<yy>{_YEAR})\b))",
    re.IGNORECASE,
)


def expand_year(token: str | None) -> int | None:
    """'09' -> 2009, '98' -> 1998, '2011' -> 2011; None stays None."""
    if not token:
        return None
    token = token.lstrip("'")
    y = int(token)
    return y if y > 100 else 2000 + y if y < 70 else 1900 + y


def find_periods(text: str, release_date: date | None = None, fiscal_year_end_month: int = 12) -> list[Period]:
    """Reporting periods mentioned in ``text``, in order.

    >>> [(p.start.isoformat(), p.end.isoformat(), p.grain) for p in find_periods(
    ...     "in November 2008, Q2 2009 and the three months ended June 30, 2009")]
    [('2008-11-01', '2008-11-30', 'month'), ('2009-04-01', '2009-06-30', 'quarter'), ('2009-04-01', '2009-06-30', 'quarter')]
    """
    out: list[Period] = []
    for m in PERIOD_RE.finditer(text):
        g = m.groupdict()
        span = (m.start(), m.end())
        try:
            if g["ended2"]:
                end = _period_end(g["e2date"], release_date)
                if end:
                    out.append(period_ending(3, end, "quarter", (m.start(), m.start() + 5)))
                    grain = {6: "half", 12: "year"}.get(_NUMWORD[g["n2"].lower()])
                    if grain:
                        out.append(period_ending(_NUMWORD[g["n2"].lower()], end, grain, span))
            elif g["ended"]:
                n = _NUMWORD[g["n"].lower()]
                end = _period_end(g["edate"], release_date)
                grain = {3: "quarter", 6: "half", 9: "nine_months", 12: "year"}[n]
                if end and grain != "nine_months":
                    out.append(period_ending(n, end, grain, span))
            elif g["qended"]:
                end = _period_end(g["qdate"], release_date)
                if end:
                    out.append(period_ending(3, end, "quarter", span))
            elif g["hended"]:
                end = _period_end(g["hdate"], release_date)
                if end:
                    out.append(period_ending(6, end, "half", span))
            elif g["yended"]:
                end = _period_end(g["ydate"], release_date)
                if end:
                    out.append(period_ending(12, end, "year", span))
            elif g["sy"]:
                first = int(g["sy1"])
                if int(g["sy2"]) == (first + 1) % 100:
                    fy_end = fiscal_year_end_month if fiscal_year_end_month != 12 else 6
                    out.append(period_ending(12, month_period(first + 1, fy_end).end, "year", span))
            elif g["fyb"]:
                y = int(g["fyby"])
                end = month_period(y, fiscal_year_end_month).end
                out.append(period_ending(12, end, "year", span))
            elif g["nq"]:
                out.append(quarter_period(expand_year(g["nqy"]), int(g["nqn"]), span))
            elif g["mh"]:
                month = month_number(g["mhm"])
                out.append(period_ending(6, date(int(g["mhy"]), month, calendar.monthrange(int(g["mhy"]), month)[1]),
                                         "half", span))
            elif g["mq"]:
                month = month_number(g["mqm"])
                year = int(g["mqy"] or g["mqy2"]) if g["mqy"] or g["mqy2"] else _default_year(release_date, month)
                if year:
                    out.append(quarter_period(year, (month - 1) // 3 + 1, span))
            elif g["q"] and not g["qy"]:
                # 'Q2 gold production ...': the latest such quarter not after the release
                q = int(g["qn"])
                year = _default_year(release_date, 3 * q - 2)
                if year and fiscal_year_end_month == 12:
                    out.append(quarter_period(year, q, span))
            elif g["q"]:
                if g["qf"] and fiscal_year_end_month != 12:
                    out.append(fiscal_quarter(expand_year(g["qy"]), int(g["qn"]), fiscal_year_end_month, span))
                else:
                    out.append(quarter_period(expand_year(g["qy"]), int(g["qn"]), span))
            elif g["qword"]:
                q = _ORD[g["qo"].lower()]
                fiscal = bool(g["qwf1"] or g["qwf2"] or g["qwf3"])
                if fiscal and g["qwy"] and fiscal_year_end_month != 12:
                    out.append(fiscal_quarter(int(g["qwy"]), q, fiscal_year_end_month, span))
                elif not g["qwy"] and fiscal_year_end_month != 12 and release_date is not None:
                    # ('the third quarter' in a release of a company whose year ends in June): the last such quarter of
                    # its fiscal years to end by the release
                    fy = fiscal_year_of(release_date, fiscal_year_end_month) + 1
                    period = fiscal_quarter(fy, q, fiscal_year_end_month, span)
                    while period.end > release_date:
                        fy -= 1
                        period = fiscal_quarter(fy, q, fiscal_year_end_month, span)
                    out.append(period)
                else:
                    year = int(g["qwy"]) if g["qwy"] else _default_year(release_date, 3 * q - 2)
                    if year:
                        out.append(quarter_period(year, q, span))
            elif g["hf"]:
                # 'H1 FY17' with a fiscal year ending in March: April to September 2016
                fy = expand_year(g["hfy"])
                end = month_period(fy, fiscal_year_end_month).end
                if (g["hfn"] or g["hfn2"]) == "1":
                    end = month_period(*_months_back(fy, fiscal_year_end_month, 6)).end
                out.append(period_ending(6, end, "half", span))
            elif g["mrange"]:
                # 'July to September 2016': the months between, when they make a quarter, half or year
                y = int(g["mry"])
                m1, m2 = month_number(g["mr1"]), month_number(g["mr2"])
                n = (m2 - m1) % 12 + 1
                grain = {1: "month", 3: "quarter", 6: "half", 12: "year"}.get(n)
                if grain:
                    out.append(period_ending(n, month_period(y, m2).end, grain, span))
            elif g["sem"]:
                year = expand_year(g["semy"])
                which = int(g["semn"])
                out.append(Period(date(year, 1 if which == 1 else 7, 1),
                                  date(year, 6, 30) if which == 1 else date(year, 12, 31), "half", span))
            elif g["cy"]:
                y = expand_year(g["cyy"])
                out.append(Period(date(y, 1, 1), date(y, 12, 31), "year", span))
            elif g["half"] and g["hfin"] and fiscal_year_end_month != 12:
                # 'the first half of the 2016 financial year' with a year to June: July to December 2015
                fy = int(g["hy"])
                end = month_period(fy, fiscal_year_end_month).end
                if g["ho"].lower() == "first":
                    end = month_period(*_months_back(fy, fiscal_year_end_month, 6)).end
                out.append(period_ending(6, end, "half", span))
            elif g["half"] or g["h"]:
                which = 1 if (g["ho"] or "").lower() == "first" or "1" in (g["hn"], g["hn2"]) else 2
                year = expand_year(g["hy"] or g["hny"] or g["hcy"])
                year = year or _default_year(release_date, 1 if which == 1 else 7)
                if year:
                    out.append(Period(date(year, 1 if which == 1 else 7, 1),
                                      date(year, 6, 30) if which == 1 else date(year, 12, 31), "half", span))
            elif g["fy"]:
                y = expand_year(g["fyy"])
                if fiscal_year_end_month == 12:
                    out.append(Period(date(y, 1, 1), date(y, 12, 31), "year", span))
                else:
                    end = month_period(y, fiscal_year_end_month).end
                    out.append(period_ending(12, end, "year", span))
            elif g["mon"]:
                month = month_number(g["mm"])
                year = int(g["my"]) if g["my"] else _default_year(release_date, month)
                if year:
                    out.append(month_period(year, month, span))
            elif g["yr"]:
                y = int(g["yy"])
                prev = out[-1] if out else None
                if (prev is not None and prev.grain != "year" or prev is not None and prev.start.month != 1) and \
                        _SAME_PERIOD_OF.fullmatch(text, prev.span[1], m.start()) and \
                        not g["yr"].lower().startswith(("calendar", "the", "year")):
                    # 'the three months ended September 30, 2009 and 2008': the same period a year before
                    shift = prev.end.year - y
                    out.append(Period(_years_back(prev.start, shift), _years_back(prev.end, shift), prev.grain, span))
                else:
                    out.append(Period(date(y, 1, 1), date(y, 12, 31), "year", span))
        except (ValueError, KeyError):
            continue
    return out


def fiscal_quarter(fiscal_year: int, q: int, fy_end_month: int, span=(0, 0)) -> Period:
    """Quarter ``q`` of the fiscal year ``fiscal_year`` that ends in month ``fy_end_month``.

    >>> p = fiscal_quarter(2012, 3, 6)      # Q3 FY2012, year ending June 30, 2012
    >>> (p.start.isoformat(), p.end.isoformat())
    ('2012-01-01', '2012-03-31')
    """
    end = month_period(*_months_back(fiscal_year, fy_end_month, 3 * (4 - q))).end
    return period_ending(3, end, "quarter", span)


FISCAL_YEAR_END_RE = re.compile(
    rf"(?:fiscal|financial)\s+year(?:(?!months|quarter|period|half)[^.;]){{0,60}}?\b(?:end(?:s|ing|ed)?|runs\s+to|running\s+to)\s+(?:on\s+|in\s+)?(?:(?P<m1>{MONTH_PATTERN})\s+{_DAY}|{_DAY}\s+(?P<m2>{MONTH_PATTERN})|(?P<m3>{MONTH_PATTERN})\b)",
    re.IGNORECASE)


_NTH_QUARTER_OF_YEAR = re.compile(
    rf"\bquarter\s+end(?:ed|ing)\s+(?:on\s+)?(?:(?P<m1>{MONTH_PATTERN})\s+{_DAY}|{_DAY}\s+(?P<m2>{MONTH_PATTERN})),?\s+\d{{4}},?\s+"
    r"(?:being\s+|which\s+(?:is|was)\s+)?the\s+(?P<nth>first|second|third|fourth)\s+quarter\s+of\s+(?:its|the|our)\s+(?:\d{4}\s+)?"
    r"(?:financial|fiscal)\s+year", re.IGNORECASE)
# the same told the other way round: 'the third quarter of fiscal 2014 (the three months ended March 31, 2014)'
_NTH_QUARTER_ENDED = re.compile(
    r"\b(?:(?P<nth>first|second|third|fourth)\s+quarter\s+of\s+(?:its\s+|the\s+|our\s+)?(?:fiscal|financial)\s+(?:year\s+)?|"
    r"Q(?P<q>[1-4])\s+(?:of\s+)?(?:fiscal\s+|FY\s?))(?:\d{4}|\d{2})?\s*(?:\(|,)\s*(?:being\s+)?(?:the\s+)?"
    rf"(?:three\s+months|quarter)\s+end(?:ed|ing)\s+(?:on\s+)?(?:(?P<m1>{MONTH_PATTERN})\s+{_DAY}|{_DAY}\s+(?P<m2>{MONTH_PATTERN}))",
    re.IGNORECASE)
YEAR_ENDED_RE = re.compile(      # (not a 'half year ended 31 December 2020')
    rf"(?<!half\s)(?<!half-)\byear\s+end(?:ed|ing)\s+(?:on\s+)?(?:(?P<m1>{MONTH_PATTERN})\s+{_DAY}|{_DAY}\s+(?P<m2>{MONTH_PATTERN}))", re.IGNORECASE)


def find_fiscal_year_end(text: str, exchanges: tuple[str, ...] = ()) -> int:
    """The month a release's fiscal year ends in (12 when it says nothing).

    >>> find_fiscal_year_end("the third quarter of its 2012 financial year, which ends on 30 June 2012")
    6
    >>> find_fiscal_year_end("FY17 gold production of 86,941oz", ("ASX",))
    6
    >>> find_fiscal_year_end("results for the third quarter of fiscal 2014 (the three months ended March 31, 2014)")
    6
    """
    m = FISCAL_YEAR_END_RE.search(text)
    if m:
        return month_number(m.group("m1") or m.group("m2") or m.group("m3"))
    m = _NTH_QUARTER_OF_YEAR.search(text) or _NTH_QUARTER_ENDED.search(text)
    if m:
        # 'the quarter ended 30 June 2020, the fourth quarter of its financial year': the year ends with that quarter,
        # or so many quarters after it
        n = int(m.group("q")) if m.groupdict().get("q") else \
            ("first", "second", "third", "fourth").index(m.group("nth").lower()) + 1
        return (month_number(m.group("m1") or m.group("m2")) + 3 * (4 - n) - 1) % 12 + 1
    if re.search(r"\bFY\s?\d{2,4}\b|\bfinancial\s+year\b|\bfiscal\b", text):
        # releases that report by fiscal year say when it ends: 'the year ended 30 June 2020'
        m = YEAR_ENDED_RE.search(text)
        if m:
            return month_number(m.group("m1") or m.group("m2"))
        if any(e in ("ASX", "NSX") for e in exchanges):
            return 6        # an Australian company's financial year ends on 30 June unless it says otherwise
    return 12


_SAME_PERIOD_OF = re.compile(r"\s*(?:and|,|vs\.?|versus|compared\s+(?:to|with))\s*")


def _years_back(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year - years)
    except ValueError:      # 29 February
        return d.replace(year=d.year - years, day=28)


_RELATIVE = re.compile(
    r"\b(?P<year_ago>a\s+year\s+(?:earlier|ago|before)|(?:the\s+)?(?:same|corresponding|comparable)\s+(?:quarter|period|month|half)"
    r"\s+(?:of\s+|in\s+)?(?:the\s+)?(?:last|previous|prior|preceding)\s+year|(?:the\s+)?(?:same|corresponding|comparable)\s+"
    r"(?:quarter|period|month|half)\s+a\s+year\s+(?:ago|earlier)|the\s+prior[- ]year\s+(?:quarter|period|month|half)"
    # a South African comparative in brackets: '412 600 tonnes (corresponding period: 398 100 tonnes)'
    r"|(?<=\()(?:the\s+)?(?:corresponding|comparable)\s+(?:prior\s+)?period(?=\s*:)"
    # '... compared with 2 245 kg (72 178 oz) in the corresponding period'
    r"|(?<=\bin\s)the\s+(?:corresponding|comparable)\s+(?:prior\s+)?period\b(?!\s+(?:of|in|last|a)\b))"
    r"|(?P<prev>the\s+(?:previous|prior|preceding)\s+(?:financial\s+|fiscal\s+)?(?P<unit>quarter|month|half|year)(?![- ](?:quarter|period|month|half)\b)|last\s+(?P<unit2>quarter|month|year))\b",
    re.I)
_GRAIN_MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12}


def relative_periods(text: str, running: Period) -> list[Period]:
    """Periods named relative to the running one: 'a year earlier', 'the previous quarter', 'last month'."""
    out = []
    for m in _RELATIVE.finditer(text):
        if m.group("year_ago"):
            end = _years_back(running.end, 1)
            end = end.replace(day=calendar.monthrange(end.year, end.month)[1])
            out.append(Period(_years_back(running.start, 1), end, running.grain, m.span()))
            continue
        unit = (m.group("unit") or m.group("unit2")).lower()
        if unit != running.grain:
            continue        # 'the previous year' beside a quarter is not that quarter's predecessor
        months = _GRAIN_MONTHS[unit]
        y, mo = _months_back(running.start.year, running.start.month, 1)
        out.append(period_ending(months, date(y, mo, calendar.monthrange(y, mo)[1]), unit, m.span()))
    return out


def _period_end(text: str, release_date: date | None) -> date | None:
    """The last day of a period written 'June 30, 2009' or, in a dated release, '30 June'."""
    found = parse_date(text)
    if found:
        return found
    m = _DAY_MONTH_RE.match(text)
    if not m:
        return None
    month = month_number(m.group("m1") or m.group("m2"))
    year = _default_year(release_date, month)
    if year is None:
        return None
    try:
        return date(year, month, _day(m.group("d1") or m.group("d2")))
    except ValueError:
        return None


def _default_year(release_date: date | None, month: int) -> int | None:
    """The year of a month named without one: the release's, or the one before if that is later."""
    if release_date is None:
        return None
    return release_date.year if month <= release_date.month else release_date.year - 1
