"""Production figures from prose: ounces, tonnes, grades, recoveries, cash costs.

Each sentence is split into clauses; every quantity takes its metric from the nearest
keyword of its clause, its site from the facility named around it (a mill's figure split
by the mine the ore came from keeps that mine as ``ore_source``), and its period from the
nearest period expression, else the release's running context. Bounds ("under $400"),
ranges ("120,000 to 130,000 ounces") and exploration results yield nothing.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from pressroom.extract.dates import (
    DATE_RE,
    MONTH_PATTERN,
    MONTHS,
    Period,
    find_dates,
    find_periods,
    fiscal_year_of,
    month_period,
    period_ending,
    relative_periods,
)
from pressroom.extract.doc import DEFINED_TERM
from pressroom.extract.header import ISSUER_RE
from pressroom.extract.money import find_money
from pressroom.extract.places import COUNTRY_OR_ADJECTIVE_RE, COUNTRY_RE, country_of

# thousands separated by commas, or by spaces as South African and European releases write them ('56 006 oz'); a
# decimal comma in a grade or a percentage ('4,43g/t')
# a grade's unit in the spellings releases use ('g/t', 'g/TM', 'gpt', 'grams per tonne', 'grams of gold per tonne')
GRADE_UNIT = r"(?i:g/t|g/tm|g/tms|g/dmt|gpt|grams?\s+(?:of\s+gold\s+)?per\s+(?:metric\s+)?(?:tonne|ton)|g/tonne)(?![\w/])"
PCT_UNIT = r"(?:%|\s?per\s?cent\b)"     # ('91.4%', '91.4 per cent', '91.4 percent')
# a number as written in running text, thousands grouped by commas or spaces ('88,100', '88 100', '1.2')
NUM_WRITTEN = r"\d[\d,.]*(?:[ \u00a0]\d{3})*"
INT_WRITTEN = r"\d[\d,]*(?:[ \u00a0]\d{3})*"
NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d.] )(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,])(?:\.\d+)?|(?<![\d,.])\d{1,3},\d{1,2}(?![\d,])(?=\s*(?:g/t|gpt|%|per\s?cent\b|grams?\s+(?:of\s+gold\s+)?per\s+(?:metric\s+)?tonne))|\d+(?:\.\d+)?)"
_SCALE = r"(?:\s*(?P<scale>million|thousand|m|k)\b)?"
QUANTITY_RE = re.compile(
    rf"{NUM}{_SCALE}\s*(?:"
    r"(?P<oz>(?:attributable\s+(?=(?:gold\s+)?(?:ounces?|oz)\b))?(?:gold\s+(?=ounces?\b|oz\b))?(?:troy\s+)?(?:ounces?|ozs?\.?|koz|moz)\b(?!\s*/\s*(?:t|ton|tonne|st)\b|\s+per\s+(?:short\s+)?ton))"
    r"|(?P<tpd>(?:tonnes|tons|t|tms|dmt|wmt)\s*(?:of\s+ore\s+)?(?:per\s+day|/\s*day|/\s*d\b|a\s+day)|tpd\b)"
    r"|(?P<grade>(?:g/t|g/tm|g/tms|g/dmt|gpt|grams?\s+(?:of\s+gold\s+)?per\s+(?:metric\s+)?tonne|g/tonne)\b)"
    r"|(?P<t>(?:(?:dry|wet)\s+)?(?:metric\s+)?(?:tonnes|tons|dmt|wmt|tms|t|mt|kt)\b(?!\s*(?:of\s+)?(?:copper|zinc|lead|concentrate)))"
    r"|(?P<pct>(?:%|percent\b|per\s+cent\b)))",
    re.IGNORECASE,
)
_BOUND_BEFORE = re.compile(
    r"(?:under|over|more\s+than|less\s+than|below|above|exceed(?:ing|s|ed)?|up\s+to|at\s+least|nearly|almost|"
    r"in\s+excess\s+of|greater\s+than|fewer\s+than|close\s+to|some|of\s+about|plus|"
    r"(?<!supplemented\s)(?<!complemented\s)(?<!augmented\s)by)\s*(?:US|U\.S\.)?\s*\$?\s*$",
    re.I,
)
_RANGE_AFTER = re.compile(rf"^\s*(?:{PCT_UNIT}|ounces?|oz|tonnes|t|{GRADE_UNIT})?\s*(?:to|-|and)\s*(?:US)?\$?\d", re.I)
# after the figure, 'and' and a number in another unit: '... at 2.11 g/t and 122,200 tonnes from the X pit'
_AND_NEXT_UNIT = re.compile(rf"\s+and\s+{NUM_WRITTEN}\s*(?:million\s+|k)?(?P<unit>ounces?|oz|tonnes|tons|t|{GRADE_UNIT}|{PCT_UNIT})(?!\w)",
                            re.I)


def _next_in_other_unit(sentence: str, end: int, kind: str) -> bool:
    nxt = _AND_NEXT_UNIT.match(sentence, end)
    unit = nxt.group("unit").lower() if nxt else ""
    return bool(nxt) and _UNIT_KIND.get(unit, "pct" if "cent" in unit else "grade") != kind


_UNIT_KIND = {"ounce": "oz", "ounces": "oz", "oz": "oz", "tonnes": "t", "tons": "t", "t": "t", "g/t": "grade", "%": "pct"}


# ('bringing production for 2011 to 27,405 ounces', '... for calendar 2011 to ...': a year, then the figure it came to,
# is no range)
_RANGE_BEFORE = re.compile(r"(?:between|from|range\s+of)\s+(?:US)?\$?" + NUM_WRITTEN + r"\s*(?:%|ounces?|oz|tonnes|t)?\s*(?:to|-|and)\s*(?:US)?\$?\s*$|"
                           r"(?<!\bfor\s(?:19|20)\d)(?<!\bfor\sFY\d)(?<!\bcalendar\s(?:19|20)\d)(?<!\bfiscal\s(?:19|20)\d)"
                           r"(?<!\byear\s(?:19|20)\d)\d\s*(?:to|-)\s*$|"
                           r"\bbetween\s+" + NUM_WRITTEN + r"\s*(?:g/t|grams?\s+per\s+tonne)\s*and\s*$", re.I)
_DATE_THEN_TO = re.compile(rf"(?:{MONTH_PATTERN}\.?,?\s+(?:\d{{1,2}},?\s+)?|\b\d{{1,2}}\s+{MONTH_PATTERN}\s+)(?:19|20)\d\d\s*to\s*$")
_SKIP_WORDS = ("drill", "intersect", "intercept", "assay", "hole", "metre", "meter", "resource", "reserve", "histor",
               "hedg", "forward",
               "pea", "study", "life-of-mine", "life of mine", "average annual", "lom", "first pour", "first gold pour",
               "inferred", "indicated", "measured", "sampl", "trench", "core",
               "test", "composite", "flowsheet", "design basis", "concentrate grading",
               "gold loan", "royalt", "base case", "final pour", "final gold pour", "would have",
               "previous owner", "former owner", "prior owner", "previous operator", "former operator")
_SKIP_SENTENCE = re.compile(
    # ('612,000 loose cubic metres of gravel': an alluvial operation's volume, no drilling)
    r"\b(?:drill(?:ed|ing)?|intersect(?:ed|ion|s)?|intercepts?|assays?|holes?|(?<!cubic\s)(?:metres|meters)|resources?|"
    r"reserves?|inferred|indicated|measured|sampl(?:e|es|ing)|trench(?:es|ing)?|core|historic(?:al)?\s+(?:production|mines?|shafts?|workings|operations?|records?)|historically\s+produced|PEA|"
    r"(?:feasibility|scoping|economic)\s+study|life[- ]of[- ]mine|LOM|average\s+annual\s+(?:gold\s+)?production|"
    # (but not the gold sold 'including deliveries into its hedge book')
    r"(?<!\binto\s)(?<!\binto\sits\s)(?<!\binto\sthe\s)(?:hedg\w*|forward\s+(?:sales|contracts?)|forward[- ]sold)|first\s+(?:gold\s+)?pour|"
    # metallurgical tests and plant design: 'flotation tests produce a concentrate grading 48 g/t Au', 'returns overall
    # gold recovery of 89.6% on the master composite', 'Plant design basis set at 250,000 tonnes per annum'
    r"test\s?work|(?:metallurgical|flotation|leach|bottle[- ]roll|column|locked[- ]cycle|laboratory|bench[- ]scale|pilot)\s+tests?|"
    r"tests?\s+(?:work|results?|program(?:me)?s?)|composites?|flowsheet|design\s+basis|concentrate\s+grading|"
    # ounces drawn under a gold loan and sold, a royalty's threshold, a lender's base case, a last pour
    r"gold\s+loans?|royalt(?:y|ies)\s+of|base\s+case|final\s+(?:gold\s+)?pour|"
    r"would\s+have\s+(?:been|produced|reached|exceeded|yielded|totall?ed)|"     # ('... would have been about 84,000 ounces': what did not happen)
    # ('The previous owner of the mine ... had targeted annual production of 60,000 ounces': another's figure)
    r"(?:previous|former|prior)\s+(?:owners?|operators?))\b",
    re.I,
)
# gold sold that counts what went into the hedge book: 'including deliveries into the Company's hedge book', 'which
# includes the benefit of the Company's forward sales' (an aside, not a hedge position)
_HEDGE_ASIDE = re.compile(r"\b(?:including|which\s+includes?|includes?)\s+(?:the\s+benefit\s+of\s+|deliveries\s+into\s+)?"
                          r"(?:its|the|the\s+(?:Company|Corporation|Group)['\u2019]s|our)\s+(?:hedge\s+book|forward\s+sales|"
                          r"hedging(?:\s+program(?:me)?)?)\b", re.I)
# a run of days that is no month, quarter or year: 'for the period from 1 October to 16 December 2012'
_FULL_MONTH = "(?:" + "|".join(calendar.month_name[1:]) + ")"
_PART_OF_MONTHS = re.compile(rf"\b(?:period|days|weeks?)\s+from\s+(?:(?:[2-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+{_FULL_MONTH}|"
                             rf"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+{_FULL_MONTH}\s+(?:to|until|through)\s+"
                             rf"(?:(?:[1-9]|1\d|2[0-7])(?:st|nd|rd|th)?\s|{_FULL_MONTH}\s+(?:[1-9]|1\d|2[0-7])\b)|"
                             # month first: 'from October 1 to December 16, 2012', 'from October 12 to ...'
                             rf"{_FULL_MONTH}\s+(?:[2-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b|"
                             rf"{_FULL_MONTH}\s+1(?:st)?,?\s+(?:(?:19|20)\d\d\s+)?(?:to|until|through)\s+(?:(?:[1-9]|1\d|2[0-7])"
                             rf"(?:st|nd|rd|th)?\s+{_FULL_MONTH}|{_FULL_MONTH}\s+(?:[1-9]|1\d|2[0-7])(?:st|nd|rd|th)?)\b)", re.I)
GUIDANCE_RE = re.compile(
    r"\b(?:will\s+produce|(?:continues?\s+to|still)\s+expect|expect(?:s|ed)?\s+to\s+(?:produce|pour|process|mine|sell|reach|achieve|be)|(?:now\s+)?expects|we\s+expect|"
    r"(?:is|are)\s+expected\s+to|forecast(?:s|ed|ing)?|guidance|target(?:s|ed|ing)?|anticipate[sd]?|"
    r"plan(?:s|ned)?\s+to|(?:is|are)\s+(?:planned|budgeted|forecast)\s+at|projections?\s+(?:of|for)|on\s+track\s+to|outlook|budget(?:ed)?|projected|estimated\s+(?:annual\s+)?production|"
    r"aims?\s+to|should\s+(?:produce|reach))\b",
    re.I,
)
_OUNCES_OF_GOLD_VERB = re.compile(r"\s*(?:(?:ounces|oz)\s+)?of\s+(?:fine\s+)?gold\s+(poured|sold|recovered)\b", re.I)
_OZ_METRICS = (
    ("gold_poured_oz", re.compile(r"\bpour(?:ed|s|ing)?\b|\bgold\s+pours?\b", re.I)),
    ("gold_sold_oz", re.compile(r"\bsold\b|\bsales?\b|\bselling\b", re.I)),
    ("gold_recovered_oz", re.compile(r"\brecover(?:ed|s|ing)?\b", re.I)),
    ("gold_produced_oz", re.compile(r"\bproduc(?:ed|es|e|ing|tion)\b|\boutput\b|\bproducer\b|\bcontribut(?:ed|es|e|ing)\b|"
                                    r"\byielded\b(?![^.;]{0,40}\b(?:poured|recovered|sold)\b)", re.I)),
)
_BY_THE_END = re.compile(r"\s*(?:by|at)\s+the\s+end\s+of\s+(?:the\s+)?(?:month|quarter|period|year|half)\b", re.I)
# a sentence about the mining whose parts pits 'supplied': ore mined, not fed ('Mining was split between the Bonsa North
# pit, which supplied 201,300 tonnes of ore, and ...', 'Ore mined came from two pits: ...')
_MINING_SPLIT = re.compile(r"\W*(?:Mining|Ore\s+mined|Mined\s+ore|Ore\s+mining)\b")
_SUPPLIED = re.compile(r"\bsupplied\b", re.I)
_T_METRICS = (
    ("ore_processed_t", re.compile(r"\bprocess(?:ed|ing)?\b|\bmill(?:ed|ing)\b|\btreated\b|\bthroughput\b|\bretreat(?:ed|ment)\b|"
                                   r"\b(?:mill|plant)\s+was\s+fed\b|"
                                   r"\bcrushed\b|\bstack(?:ed|ing)\b|\bplaced\b(?=[^.;]{0,60}\b(?:pads?|heaps?)\b)|\bfeed\b|\bsupplied\b(?=\s+(?:the\s+)?(?:remaining\s+|balance\s+of\s+(?:the\s+)?)?" + INT_WRITTEN + r"\s+(?:tonnes|t)\b)", re.I)),
    # ('came from the Huaychaca Mining Unit': a name's 'Mining' says nothing of the figure)
    # ('Watabeag hoisted a record 61,200 tonnes of ore': the ore an underground mine brought to surface)
    ("ore_mined_t", re.compile(r"\bmined\b|(?-i:\bmining\b|^Mining\b|\bMINING\b)|\bextracted\b|\bhauled\b|\bore\s+production\b|"
                               r"\bore\s+hoisted\b|\bhoisted\b(?=\s+(?:a\s+record\s+|an?\s+)?" + NUM_WRITTEN + r"\s+(?:million\s+)?(?:tonnes|t)\s+of\s+ore\b)|"
                               # ('Campanillas produced 12,910 tonnes of ore in April': what a mine produces in tonnes)
                               r"\bproduced\b(?=\s+(?:a\s+record\s+)?" + NUM_WRITTEN + r"\s+(?:million\s+)?(?:tonnes|t|TMS)\s+of\s+ore\b)",
                               re.I)),
)
_PROCESSED_WORDS = dict(_T_METRICS)["ore_processed_t"]
# (and a rate to be reached: 'expects to reach a run rate of 200 tonnes per day', 'to lift throughput to 400 tonnes per
# day in the third quarter', 'to return to its normal throughput of approximately 11,000 tonnes per day')
_CAPACITY = re.compile(r"\b(?:capacity|nameplate|design(?:ed)?|permitted|licensed|rated|expan\w+|plant\s+treating|"
                       r"reach(?:ed|es|ing)?\s+(?:approximately\s+|about\s+|around\s+)?$|\bif\b[^.;]{0,80}\brate\s+of\s+$|"
                       r"(?:a|an|its|the)\s+(?:new\s+|dedicated\s+|planned\s+)?$|run[- ]rate\s+of\s+(?:approximately\s+|about\s+)?$|"
                       r"(?:lift|rais|increas|reach|return|ramp|bring|brought|push)\w*\b[^.;]{0,50}?\bto\s+"
                       r"(?:its\s+(?:normal\s+)?(?:throughput|rate)\s+of\s+)?(?:approximately\s+|about\s+|around\s+)?$)", re.I)
_FUTURE_WORD = re.compile(r"\b(?:will|shall|expect\w*|plan(?:s|ned)?|scheduled|to\s+be)\b", re.I)
# a plant's design or a plan's figure beside the period's: 'below the 90% design level', 'the budgeted recovery of 88%'
_DESIGN_AFTER = re.compile(r"\s+(?:design(?:ed)?|target(?:ed)?|budget(?:ed)?|planned|plan|nameplate|"
                           r"(?:we|it|they)\s+(?:were\s+|was\s+)?designed)\b", re.I)     # ('the 91% we designed for')
_DESIGN_BEFORE = re.compile(r"\b(?:design(?:ed)?|target(?:ed)?|budget(?:ed)?|planned|nameplate)\s+(?:(?:gold|metallurgical|"
                            r"plant|mill|process|head)\s+)?(?:recovery|recoveries|level|rate)?\s*(?:of\s+)?"
                            r"(?:approximately\s+|about\s+|around\s+)?$", re.I)
_DAILY_BEFORE = re.compile(r"\b(?:daily\s+(?:(?:mill|plant|milling|processing)\s+)?(?:throughput|milling|processing|"
                           r"(?:milling|processing|treatment)\s+rate|rate)|average\s+daily\s+(?:throughput|milling|processing))\b"
                           r"[^.;\d]{0,60}$", re.I)
# the rate a plant runs at as the release is written, no period's average
_RATE_NOW = re.compile(r"\b(?:is|are)\s+(?:currently\s+|now\s+)(?:operating|running|working)\s+(?:at|above)\s+"
                       r"(?:(?:approximately|about|around|some|nearly|over|a\s+rate\s+of)\s+)*$|"
                       r"\b(?:is|are)\s+(?:operating|running)\s+at\s+(?:approximately|about|around)\s+$", re.I)
_CAPACITY_AFTER = re.compile(r"\s*(?:(?:carbon-in-\w+|CIP|CIL|CIC|RIP|heap|leach|processing|gravity|flotation|"
                             r"conventional|milling|treatment|gold)\s+){0,3}(?:plant|mill|circuit|facility|operation)\b", re.I)
# a heading over a forecast ('2015 Guidance', 'Outlook for 2015', '2016 Production Targets')
_OUTLOOK_HEADING = re.compile(r"\b(?:guidance|outlook|forecasts?|targets?|budget)\b", re.I)
# (a quotation is no forecast of the heading's period)
_QUOTED = re.compile(r"[\"\u201c\u201d]|\bsaid\b|\bcommented\b")
# 'its 2015 guidance of 70,000 ounces': a forecast in ounces is of production
# ('guidance for the 2021 financial year remains approximately 38,000 ounces', 'Full-year guidance for Gbeya is
# maintained at 66,000 ounces')
# ('2012 guidance: 100,000 ounces', 'lowered its 2012 guidance to 95,000 ounces')
_OUNCES_GUIDED = re.compile(r"\b(?:guidance|forecast|target|outlook)(?:\s+range)?(?:\s+for\s+[^.;:$\d]{0,50}?(?:\d{4}\s+)?[^.;:$\d]{0,30}?)?"
                            r"(?:\s+(?:of|at|is|was|remains|(?:is|was|has\s+been|remains)\s+(?:maintained|unchanged|reaffirmed|"
                            r"reiterated|confirmed)\s+at|(?<=guidance\s)to|(?<=forecast\s)to)|\s*:)\s*(?:approximately\s+|about\s+)?$",
                            re.I)
_FOR_OUNCES = re.compile(r"\b(?:for|yielding)\s+(?:approximately\s+|about\s+|some\s+)?$", re.I)
_ORE_GAVE = re.compile(r"\bore\b[^.;]{0,80}?\b(?:accounted\s+for|contributed)\s+(?:approximately\s+|about\s+|some\s+)?$",
                      re.I)
_PROCESSED_VERB = re.compile(r"\b(?:milled|processed|treated|crushed|mined)\b", re.I)
# (but 'low-grade material reclaimed from the stockpile' is ore by its grade)
_NOT_ORE = re.compile(r"\b(?<!grade\s)material|\b(?:waste|overburden|strip(?:ped|ping)?|pre-?strip|rock\s+moved|total\s+moved)\b",
                      re.I)
_RECOVERY = re.compile(r"\brecover(?:y|ies)\b", re.I)
_OF_WASTE = re.compile(r"\s+of\s+(?:waste|overburden|material|rock)\b", re.I)
_OTHER_METAL_RECOVERY = re.compile(r"\b(?:zinc|copper|lead|silver|nickel|cobalt|antimony|tungsten)\s+recover(?:y|ies)\b"
                                   r"(?![^.;]{0,40}?\bgold\b)[^.;]*$", re.I)
_GRADE = re.compile(r"\bgrad(?:es?|ing)\b|\bhead\s+(?:law|assay)\b|\bfeed\s+grade\b", re.I)
_CASH_COST = re.compile(r"\bcash\s+costs?\b|\bcash\s+(?:operating|production)\s+costs?\b|(?-i:\bTCC\b)", re.I)    # ('TCC': total cash cost)
_NOT_CASH_COST = re.compile(r"\ball[- ]in\b|\bAISC\b|\bsustaining\b", re.I)
_COST_PER_OUNCE_BEFORE = re.compile(r"\bcash\s+(?:operating\s+)?costs?\s+per\s+(?:troy\s+)?ounce\b(?:[^.;$\d]{0,70}?\s"
                                    r"(?:was|were|of|averaged|amounted\s+to|came\s+in\s+at|(?:fell|rose|decreased|increased|declined|dropped)\s+to)\s+|(?:\s+(?:of\s+gold\s+)?(?:sold|produced))?:\s*)$", re.I)
_PER_OUNCE = re.compile(r"^\s*(?:US|U\.S\.)?\s*(?:per\s+(?:troy\s+|gold\s+)?ounce|/\s*oz\b|per\s+oz\b|an\s+ounce|/\s*ounce)",
                        re.I)
_SUBJECT_VERB_FIGURE = re.compile(r"\s+(?:(?:mine|mill|plant|operation|also|then|has|have|had)\s+)*(?:produced|poured|sold|"
                                  r"processed|milled|mined|recovered|contributed|added|delivered|treated)\s+"
                                  r"(?:(?:a|an|the|total|record|of|approximately|about|some|nearly|over|almost)\s+){0,3}"
                                  r"(?:U\.?S\.?\s?|C|A)?\$?\s?")
_CLAUSE_SPLIT = re.compile(
    # (a colon before a list of parts: '... approximately 310,000 ounces of gold: about 115,000 ounces from ...',
    # '...: 27,880 ounces at the Birch Narrows mine and ...')
    # (but the comma of a date, 'through September 30, 2025', parts nothing)
    r"(?<!\d),\s+|(?<=\d),(?!\s+(?:19|20)\d\d\b)\s+|;\s+|:\s+(?=(?:about\s+|approximately\s+|some\s+)?" + NUM_WRITTEN + r"\s*(?:ounces|oz|koz|tonnes|t)\s+(?:from\b|at\s+(?:the\s+|its\s+)?(?-i:[A-Z])))|\s+\(|\s+(?:with|while|whereas|compar(?:ed|es|ing)\s+(?:to|with)|versus|vs\.?)\s+|"
    r"\s+and\s+(?=(?:a\s+total\s+of\s+|the\s+other\s+|an?\s+)?\d)", re.I)
_DOLLAR = r"(?:U\.?S\.?\s?|C|A)?\$\s?"      # a dollar sign and its country in a range ('US$620 to U.S.$660')
# '... cash costs averaged $298 per ounce sold (Q1 2005: $331)': the prior period's cost in brackets
# '(FY2018: 242.9koz)', '(2010: US$489/oz)': a prior period's figure in brackets, labelled by its period
# ('(third quarter of 2022:': a period in words)
_BRACKET_LABEL = (r"\(\s*(?:[A-Z0-9][\w ]{0,20}|(?:the\s+)?(?:prior|previous)\s+\w+|"
                  r"(?:the\s+)?(?:first|second|third|fourth)\s+quarter\s+(?:of\s+)?(?:19|20)\d\d):")      # '(Q1 2005:', '(FY2018:'
# ('(December quarter: 388 kg (12 474 oz))': the ounces of the kilograms the label gives)
_PRIOR_BRACKET_BEFORE = re.compile(_BRACKET_LABEL + r"\s*(?:\d[\d ,.]*\s*(?:kg|kilograms?)\s*\(\s*)?(?:US|U\.S\.|C|A)?\$?\s*$")
_BRACKETED_PRIOR = re.compile(r"\(\s*[A-Za-z0-9][\w ]{1,20}:\s*(?:US|U\.S\.|C|A)?\s*$")
_REALISED_AFTER = re.compile(r"\s*(?:/\s*oz|per\s+(?:troy\s+)?ounce)?\s*(?:average\s+)?(?:realis|realiz|received|spot)", re.I)
_PRICE_OF = re.compile(r"\bprices?\s+(?:(?:of|at|was|were|averaged|averaging)\s+)?(?:approximately\s+|an\s+average\s+of\s+)?$",
                       re.I)
_PER_YEAR_RATE = re.compile(r"\s*(?:of\s+(?:gold|ore)\s+)?(?:per\s+(?:annum|year|month)|a\s+(?:year|month)(?!\s+(?:earlier|ago|before|previously))|"
                            r"annually|p\.a\.|/\s*(?:yr|year|annum|month|mth))\b", re.I)
_STOCKPILE = re.compile(r"\bstockpiles?\s+(?:(?:stood|stands|contained|contains|held|holds|amounted|was|were)\s+(?:at\s+|to\s+)?|"
                        r"(?:balance|inventory)\s+(?:of\s+|was\s+)|of\s+)(?:approximately\s+|about\s+|some\s+)?$", re.I)
# what a stockpile holds at a day, told with its grade: 'Stockpiles at October 31 held approximately 86,000 tonnes'
_STOCKPILE_HELD = re.compile(r"\bstockpiles?\b(?:[^.;]|\.(?=\s*\d)){0,40}?\b(?:stood|stands|contained|contains|held|holds)\b"
                             r"[^.;]{0,60}$",
                             re.I)
# a yield or recovered grade named before its figure with no grade word between ('The overall yield fell to 3.27 g/t')
# a percentage alone in brackets after a name ('Bantako, Senegal (90%)'): the share of a site held
_NAME_BRACKET_BEFORE = re.compile(r"[A-Z\u00c0-\u00de][\w'\u00e0-\u00ff-]*(?:,\s+[A-Z][\w-]*)?\s+\(\s*$")
_BRACKET_CLOSES = re.compile(r"\s*\)")
_YIELD_BEFORE = re.compile(r"\b(?:yields?|recovered\s+grades?)\b(?:(?!\bgrades?\b)(?:[^.;]|\.(?=\d))){0,90}$", re.I)
_IN_CIRCUIT_AFTER = re.compile(r"[^.;]{0,30}?\b(?:remain|remains|remained|held|locked\s+up)\s+in\s+(?:the\s+)?"
                               r"(?:[\w-]+\s+){0,3}?circuit\b", re.I)
_AND_JOINED = re.compile(r"\s+and\s+(?:a\s+total\s+of\s+|the\s+other\s+|an?\s+)?", re.I)
_COMPARISON = re.compile(r"\b(?:compar(?:ed|es|ing)\s+(?:to|with)|versus|vs\.?|against|from|than|over|up|down|below|above|in\s+line\s+with|similar\s+to|unchanged\s+from|since|prior\s+to|before)\b", re.I)
# periods the contract has no grain for: a figure for them is not recorded (and never takes the running period)
# (a month's abbreviation is no stop: '... given in its interim results on 15 Sept. 2009 is withdrawn')
_WITHDRAWN = re.compile(r"\bwithdr[ae]w\w*\b[^.;]{0,60}?\b(?:guidance|outlook|forecast)\b|\b(?:guidance|outlook|forecast)\b"
                        r"(?:[^.;]|\.(?=\s*\d)){0,120}?\b(?:has\s+been|was|is\s+being|is)\s+(?:withdrawn|suspended)\b", re.I)
_A_START = r"(?:start-?up|inception|re-?start|(?:re-?)?commissioning)"     # what a cumulative figure counts from
_UNSUPPORTED_PERIOD = re.compile(
    r"\b(?:two|four|five|seven|eight|nine|ten|eleven|2|4|5|7|8|9|10|11)[- ]months?\b|\byear[- ]to[- ]date\b|\bYTD\b|"
    rf"\b(?:to\s+date|since\s+(?:the\s+)?(?:{_A_START}|"
    r"start\s+of\s+(?:operations|production|leaching|stacking|mining|processing|milling)|"
    r"(?:mining|operations|production|processing|milling|leaching)\s+(?:commenced|began|started|resumed)|"
    # ('Since the Sidley mill was commissioned in 2017, it has poured a total of 31,460 ounces', 'has since processed')
    r"(?:[\w-]+\s+){1,4}?(?:was|were)\s+(?:re-?)?(?:commissioned|restarted))|has\s+since|cumulative)\b", re.I)
_RECORD_SINCE = re.compile(r"\b(?:highest|best|lowest|strongest|largest|record|most|first\s+time)\b[^.;,]{0,40}?\bsince\b[^.;,]*",
                           re.I)
_OF_THE_TOTAL = re.compile(r"\s*Of\s+(?:the|this)\s+(?P<n>" + NUM_WRITTEN + r")\s*(?:million\s+)?(?:tonnes|t)\s+(?:of\s+ore\s+)?"
                           r"(?:milled|processed|treated|fed|crushed)\b[^,;]{0,40},", re.I)
# a sentence that opens with what it counts from ('Since recommissioning, throughput has averaged 735 tonnes per day')
_SINCE_OPENING = re.compile(rf"^\s*Since\s+(?:the\s+)?(?:[\w-]+\s+){{0,5}}?(?:{_A_START}|"
                            r"(?:re-?)?commissioned|restarted|commenced|began|started|resumed)\b[^,]{0,40},", re.I)
# ('Production for July and August 2004 totalled 7,940 ounces': two months together, no month's nor quarter's figure)
# between a figure and the months it is of: no other figure, clause or period word (a year is the months' own)
_NOT_BETWEEN = re.compile(r"[,;]|\b(?!(?:19|20)\d\d\b)\d|\b(?:quarter|half|year|month)\b", re.I)
_TWO_MONTHS = re.compile(
    r"\b(?:in|for|during|of)\s+(?:the\s+months\s+of\s+)?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+and\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b(?![^.;]*\brespectively\b)", re.I)
# another company's ore the issuer's plant treats for a fee, kept out of its own figures
_THIRD_PARTY_ORE = re.compile(r"\b(?:toll|custom)[- ](?:treat|mill|process)\w*|\b(?:under|through)\s+a\s+toll\s+(?:agreement|"
                              r"arrangement|contract)|\bthird[- ]party\s+ore\b", re.I)
_NOT_OURS = re.compile(r"\bexclud\w+|\bthird[- ]part(?:y|ies)|\bneighbo(?:u)?ring\b|\bon\s+behalf\s+of\b|\bfor\s+(?:a\s+fee|other\s+companies)",
                       re.I)
_COMPANY_SUBJECT = re.compile(r"\b(?:the\s+company|the\s+corporation|the\s+group|company[- ]wide|consolidated|in\s+total|total\s+(?:gold\s+)?production|attributable\s+(?:gold\s+)?production|group\s+(?:[\w-]+\s+){0,2}?(?:production|output|sales|costs?|aisc)|we)\b", re.I)
_NO_YEAR_FIGURE = r"[;]|\b(?!(?:19|20)\d\d\b)\d"     # (a figure between, but not a year)
_OPENING_AT = re.compile(r"\s*(?:-\s+)?At\s+(?:the\s+)?")
_PRODUCTION_FROM = re.compile(r"\b(?:production|output|ounces|gold)\s+from\s+(?:the\s+)?(?:Company's\s+)?$", re.I)
# the company as the seller of its gold: 'the Company sold', 'the Group sold', 'we sold'
_COMPANY_SELLER = re.compile(r"\b(?:the\s+company|the\s+corporation|the\s+group|we)\b", re.I)
# a site the sentence points back to without its name ('the mine sold', 'sales at the operation')
_THE_SITE = re.compile(r"\b(?:the|this|that|each)\s+(?:mill|plant|mine|operation|pit|site|facility|project)s?\b"
                       r"|\bthere\b", re.I)
_YEAR_NOT_PERIOD = re.compile(r"(?:(?:record|best|highest|lowest)\s+(?:\w+\s+){0,2}?(?:for|in|of)|since|before|after|until)\s+$", re.I)

FACILITY_KINDS = r"(?:(?:mining|production|operating)\s+unit|processing\s+plant|(?:wash|pilot|gravity|treatment)\s+plant|processing\s+facility|mining\s+complex|heap\s+leach(?:\s+(?:pad|facility|operation|mine))?|open[- ]?pits|open[- ]?(?:pit|cast)|underground\s+mines|underground\s+mine|mill|mine|mines|plant|operations?|project|facility|complex|pit|concentrator)"
_FACILITY_WORDS = ("mill", "mine", "plant", "operation", "project", "facility", "complex", "pit", "cast", "concentrator", "heap",
                   "unit")
_FACILITY_RE = re.compile(rf"\b(?P<kind>{FACILITY_KINDS})\b", re.I)
_ENDS_WITH_KIND = re.compile(rf"\b{FACILITY_KINDS}$", re.I)
_NAME_TOKEN = re.compile(r"^(?:[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'.-]*|\d{1,3}[A-Z]?|de|del|la|el|los|las|do|da|y)$")
_NOT_NAME = frozenset("The This That These Its Our Their A An Company Corporation Group Record Total Gold Ore New Both Each "
                      "Underground Open Rusoro Mining Processing Operations Production Average During For In At "
                      "From Of And Tonnes Ounces All Plant Mill Feed Mtpa Mtpy ktpa Ktpa tpd TPD tph MW "
                      # a pronoun, gold's purity ('Fine gold production was 6,482 ounces'), a stage or a language
                      "It We They He She Fine Refined Realized Realised Payable Commissioning English Spanish".split())
_PROCESS_WORDS = frozenset("CIL CIP CIC SAG ADR BIOX".split())     # 'the CIL plant' names no plant; 'Bepong CIL plant' does
# kinds written in the plural after several names ('the Wren and Finch mines', 'the Robin and Lark open pits')
_PLURAL_KINDS = frozenset({"mines", "underground mines", "open pits", "open-pits", "openpits"})
_COORDINATED = re.compile(r"(?P<names>(?:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3},\s+)*[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}),?\s+and\s+$")
_MILL_KINDS = ("mill", "plant", "processing plant", "processing facility", "facility", "concentrator", "heap leach",
               "wash plant", "pilot plant", "gravity plant", "treatment plant")


@dataclass(frozen=True, slots=True)
class Facility:
    name: str          # as the text names it, e.g. 'Choco 10 mill'
    base: str          # the proper-name part, e.g. 'Choco 10'
    kind: str          # 'mill', 'mine', ...
    start: int
    end: int

    @property
    def is_mill(self) -> bool:
        kind = self.kind.lower()
        return kind in _MILL_KINDS or (kind.startswith("heap leach") and not kind.endswith("mine"))


_SITE_MODIFIERS = frozenset({"alluvial", "placer", "dredge", "dredging", "tailings", "satellite", "copper-gold", "gold-copper",
                             "gold-silver", "silver-gold", "polymetallic"})
_PROCESS_MODIFIERS = frozenset({"carbon-in-leach", "carbon-in-pulp", "carbon-in-column", "resin-in-pulp", "heap-leach",
                                "flotation", "beneficiation", "leach", "oxide", "sulphide", "sulfide", "biox", "elution",
                                "metallurgical", "hydrometallurgical", "cyanidation", "agitated", "tank-leach", "vat-leach",
                                "custom", "toll"})
# ('Unidad Minera Quiches', 'Unidad Pachaconas': a Peruvian mining unit, mine and plant, by its name)
_MINA = re.compile(r"\b(?P<name>(?P<word>Mina|Planta|Unidad\s+Minera|Unidad|Complejo\s+Minero)\s+(?:[A-Z\u00c0-\u00de][\w'-]*)"
                   r"(?:\s+(?:[A-Z\u00c0-\u00de][\w'-]*|de|del|la)){0,3})")


_UM = re.compile(r"\bUM\s+(?P<name>[A-Z\u00c0-\u00de][\w'-]+(?:\s+[A-Z\u00c0-\u00de][\w'-]+)?)(?!\s+(?:Mining\s+Unit|mine)\b)")
_FROM_UM = re.compile(r"\bfrom\s+(?P<um>UM\s+(?P<name>[A-Z\u00c0-\u00de][\w'-]+(?:\s+[A-Z\u00c0-\u00de][\w'-]+)?))"
                      r"(?!\s+(?:Mining\s+Unit|mine)\b)")
_PIT_MINE = re.compile(r",?\s+(?:heap[- ]leach\s+)?(?:gold\s+)?mine\b", re.I)     # ('open pit, heap leach mine')
_LEGAL_SUFFIX_AFTER = re.compile(r",?\s+(?:Inc|Ltd|Limited|Corp|Corporation|plc|PLC|S\.A|NL|N\.L|Pty|LLC|Company|Co|AG|"
                                 r"ASA|Ltda|S\.A\.C|SAC|Holdings)\b\.?")


def find_facilities(text: str) -> list[Facility]:
    """Named mills, mines and plants.

    >>> [f.name for f in find_facilities("ore from the near-by Isidora gold mine at the Choco 10 mill")]
    ['Isidora mine', 'Choco 10 mill']
    """
    out = []
    low = text.lower()
    if not any(w in low for w in _FACILITY_WORDS) and "Mina " not in text and "Planta " not in text and \
            "Unidad " not in text and "Complejo " not in text and "UM " not in text:
        return out
    for m in _FACILITY_RE.finditer(text):
        if _LEGAL_SUFFIX_AFTER.match(text, m.end()):
            continue        # 'Cuchivero Gold Mines Inc.', 'Kestrel Mining Operations Ltd': a company, not a mine
        before = text[: m.start()].rstrip()
        tokens = before.split()
        modifier = ""
        if tokens and tokens[-1].lower() in _SITE_MODIFIERS and m.group("kind").lower() in ("operation", "operations", "mine",
                                                                                             "project", "plant", "pit"):
            modifier = tokens.pop() + " "      # 'the Pista Velha alluvial operation'
        if len(tokens) >= 3 and tokens[-2].lower() in _PROCESS_MODIFIERS and re.fullmatch(r"\([A-Z]{2,5}\)", tokens[-1]) \
                and _NAME_TOKEN.match(tokens[-3]) and tokens[-3] not in _NOT_NAME:
            # 'the Nyamweru carbon-in-leach (CIL) plant': the Nyamweru CIL plant
            modifier = tokens[-1].strip("()") + " "
            del tokens[-2:]
        # 'the Kasitu Hill carbon-in-leach plant', 'the Ccorihuayta beneficiation plant': the process is no part of the name
        while tokens and tokens[-1].lower() in _PROCESS_MODIFIERS and m.group("kind").lower() in (
                "plant", "mill", "facility", "concentrator", "processing plant") and len(modifier) < 40:
            modifier = tokens.pop() + " " + modifier
        if tokens and tokens[-1].lower() == "gold":
            tokens = tokens[:-1]        # 'the Isidora gold mine' (but 'the Nyamasi Gold Mine' keeps its name)
        name_tokens: list[str] = []
        for tok in reversed(tokens[-5:]):
            clean = tok.strip(",;:()\"'")
            if clean != tok and name_tokens or tok.endswith((",", ";", ":")):
                break       # ('No. 3 Shaft, open-cast ore': a list's comma parts a name from the kind after it)
            if clean.endswith(("'s", "\u2019s")):
                break       # "Kestrel's Bluebird mine", "the Company's mill": the owner is no part of the name
            if _NAME_TOKEN.match(clean) and clean not in _NOT_NAME and clean.capitalize() not in _NOT_NAME \
                    and clean.lower().rstrip(".") not in MONTHS:       # ('TOTAL MINE' in capitals)
                name_tokens.insert(0, clean)
                if clean != tok:
                    break
            else:
                break
        digits = next((i for i, t in enumerate(name_tokens) if not t.isdigit()), len(name_tokens))
        if digits >= 2:
            # ('... 149 530  203 100\nStoruman concentrator': a row's figures above the name, not part of it)
            name_tokens = name_tokens[digits:]
        while name_tokens and name_tokens[0].lower() in ("de", "del", "la", "el", "los", "las", "do", "da", "y") and len(name_tokens) > 1 and not name_tokens[1][:1].isupper():
            name_tokens.pop(0)
        if not name_tokens or all(t.isdigit() or t in _PROCESS_WORDS for t in name_tokens):
            continue
        kind = " ".join(m.group("kind").split())
        plural = kind.lower() in _PLURAL_KINDS
        if kind.lower() == "mines":
            kind = "mine" if m.group("kind")[0].islower() else "Mine"
        elif plural:
            kind = kind[:-1]        # ('the Croesus Deep and Watabeag underground mines': each an underground mine)
        base = " ".join(name_tokens)
        start = before.rfind(name_tokens[0]) if name_tokens else m.start()
        end = m.end()
        pit_mine = _PIT_MINE.match(text, end) if re.fullmatch(r"open[- ]?(?:pit|cast)", kind, re.I) else None
        if pit_mine:    # 'the Buffalo Wash open-pit heap leach mine': the Buffalo Wash mine
            kind, end = "mine", pit_mine.end()
        out.append(Facility(f"{base} {modifier}{kind}", base, kind.lower(), start, end))
        if plural:
            # 'the Wren and Finch mines', 'the Croesus Deep and Watabeag underground mines': each named before 'and'
            lead = _COORDINATED.search(text, max(0, start - 80), start)
            for name in (lead.group("names").split(",") if lead else ()):
                words = name.split()
                while words and (words[0] in _NOT_NAME or any(w.endswith(("'s", "\u2019s")) for w in words)):
                    words.pop(0)        # ('the Company's Croesus Deep', 'The Wren')
                name = " ".join(words)
                if name and all(_NAME_TOKEN.match(t) and t not in _NOT_NAME for t in words):
                    at = lead.start("names") + lead.group("names").find(name)
                    out.append(Facility(f"{name} {modifier}{kind}", name, kind.lower(), at, at + len(name)))
    for m in _MINA.finditer(text):
        if not any(f.start <= m.start() < f.end for f in out):
            kind = "plant" if m.group("word") == "Planta" else "mine"       # 'Planta San Benito' is a plant
            out.append(Facility(m.group("name"), m.group("name"), kind, m.start(), m.end()))
    for m in _UM.finditer(text) if "UM " in text else ():
        # 'UM Huaychaca extracted 39,870 TMS': a Peruvian 'Unidad Minera', the Huaychaca Mining Unit
        if not any(f.start <= m.start() < f.end for f in out):
            out.append(Facility(f"{m.group('name')} Mining Unit", m.group("name"), "mining unit", m.start(), m.end()))
    # 'the Pukaskwa mill complex' is the Pukaskwa mill, not a second site around it
    names = {(f.start, f.name.lower()) for f in out}
    out = [f for f in out if f.base.lower() == f.name.lower() or (f.start, f.base.lower()) not in names]
    out.sort(key=lambda f: f.start)
    return out


@dataclass(frozen=True, slots=True)
class RawFigure:
    metric: str
    value: float
    unit: str
    start: int          # offsets within the sentence
    end: int


def _clauses(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in _CLAUSE_SPLIT.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return spans


def _nearest(patterns, text: str, lo: int, hi: int, at: int, later: tuple[int, ...] = ()):
    """The metric whose word is nearest the figure at ``at``; a word after it that is nearer a later figure (of
    ``later``, their starts) is that figure's: 'gold poured in the second quarter was 19,860 ounces and gold sold was
    20,110 ounces'."""
    best = None
    for metric, rx in patterns:
        for m in rx.finditer(text, lo, hi):
            dist = abs(m.start() - at)
            if m.start() > at and any(m.start() < x < hi and x - m.start() < dist for x in later):
                continue
            if best is None or dist < best[0]:
                best = (dist, metric)
    return best[1] if best else None


def _to_float(digits: str) -> float:
    """'56 006', '1,215,000.5' -> a float (thousands separated by commas or spaces); '4,43' (g/t) -> 4.43."""
    if _DECIMAL_COMMA.fullmatch(digits):
        return float(digits.replace(",", "."))
    return float(re.sub(r"[,\s\u00a0\u202f]", "", digits))


_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")


def _number(m) -> float:
    value = _to_float(m.group("num"))
    scale = (m.group("scale") or "").lower()
    if scale in ("million", "m"):
        value *= 1e6
    elif scale in ("thousand", "k"):
        value *= 1e3
    unit_text = (m.group("oz") or "").lower()
    if unit_text.startswith("koz"):
        value *= 1e3
    elif unit_text.startswith("moz"):
        value *= 1e6
    tonnes = (m.group("t") or "").strip()
    if tonnes == "Mt":
        value *= 1e6        # million tonnes ('mt' is a metric tonne)
    elif tonnes.lower() == "kt":
        value *= 1e3
    return value


# the unit named before the number: 'Ore tonnes milled at X were 402,113', 'ounces produced totalled 4,100',
# 'gold production (oz) of 41,212'
_LABELLED_RE = re.compile(
    r"\b(?P<unit>ounces|oz|tonnes|tons)\b(?:\s+of\s+(?:gold|ore))?(?:\s+\w+){0,2}?\s+"
    r"(?:produced|poured|sold|recovered|milled|processed|mined|treated)\b"
    # (and a list's line: 'Tonnes processed: 9,486 (306 tonnes per day)')
    r"(?P<gap>[^.;:\d$%]{0,60}?)(?:\b(?:was|were|totall?ed|amounted\s+to|reached|of)\s+|(?<=\w):\s*)"
    rf"{NUM}(?!\d|,\d|\s*(?:%|ounces?|oz|tonnes|tons|t\b|g/t|per|million|thousand|koz|moz|kt|mt))"
    r"|\((?P<punit>ounces|oz|tonnes|t)\)(?:\s*|[^.;\d$%]{0,60}?\s(?:of|was|were|totall?ed)\s+|[^.;\d$%]{0,60}?:\s*)"
    rf"(?P<pnum>\d{{1,3}}(?:,\d{{3}})+|\d+)(?![\d,.]|\s*(?:%|ounces?|oz|tonnes|t\b|g/t))",
    re.I)
_COMPARED_WITH = re.compile(r"\b(?:compar(?:ed|es|ing)\s+(?:with|to)|versus|vs\.?|against)\s+"
                            r"(?=[\d$]|(?:US|U\.S\.|C|A|NZ|CDN)\s?\$|USD\s?\d)", re.I)
# inside a bracket of prior figures its period labels: '(Q2 2014: 58,920 tonnes at 4.21 g/t and 90.8%'
_IN_LABELLED_BRACKET = re.compile(_BRACKET_LABEL + r"[^()]*$")
# the figure of a bracket right after one of the same unit: '2.41 g/t (2.28 g/t)', '91.2% (90.4%)'
_ECHO_BRACKET = re.compile(rf"(?:{GRADE_UNIT}|{PCT_UNIT})\s*\(\s*$", re.I)
# a bracket holding only a figure: '(2.28 g/t)', '(90.4%)', '(11,390 ounces)', '(US$266 per ounce)'
_BARE_FIGURE_BRACKET = re.compile(r"\(\s*(?:US|U\.S\.|C|A)?\$?\s*\d[\d.,]*\s*(?:[A-Za-z/%]+(?:\s+(?:per\s+)?[A-Za-z]+){0,2})?\s*\)")
# a prior period's figure in brackets after the current one, unit left out: '402,113 (June quarter: 388,460)'
_PRIOR_VALUE = re.compile(r"\((?P<label>[A-Za-z][\w ]{1,30}?(?:quarter|month|year|half|period|Q[1-4](?:\s?\d{2,4})?|FY\s?\d{2,4}|\d{4})"
                          rf"|{MONTH_PATTERN}):?\s*"
                          r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<unit>%|per\s?cent|g/t|grams?\s+per\s+tonne|oz|ounces|tonnes|t)?\)",
                          re.I)
_PRIOR_UNITS = {"%": "%", "per cent": "%", "percent": "%", "g/t": "g/t", "grams per tonne": "g/t", "gram per tonne": "g/t", "oz": "oz", "ounces": "oz",
                "tonnes": "t", "t": "t"}
_MILLED_AT = re.compile(r"(?:\b(?:milled|processed|treated|feed|throughput)|\d\s*(?:(?:million|thousand)\s+)?(?:t|tonnes|kt|Mt|mt|TMS|TM|dmt|wmt))\b(?:[^.;]|\.(?=\d)){0,64}?\bat\s+"
                        r"(?:an?\s+)?(?:average\s+)?$", re.I)
_MAY_HOLD_FIGURE = re.compile(r"\d\s*(?:million\s+|thousand\s+)?(?:oz|ounce|koz|moz|tonne|ton|t\b|tpd|g/t|gpt|gram|%|per|mt|kt|dmt|wmt|tms)|cash\s+(?:operating\s+)?cost|\b(?:ounces|oz|tonnes|tons)\b", re.I)


_DEFINED_AS = re.compile(r",\s+(?:defined|calculated|measured|reported)\s+as\s+[^,;()\d]{3,100},")


def find_figures(sentence: str, default_currency: str | None = None, carried_t: str | None = None,
                 carried_oz: str | None = None) -> list[RawFigure]:
    """Production quantities in one sentence, each with its metric.

    >>> [(f.metric, f.value) for f in find_figures(
    ...     "The total gold recovered at the plant was 15,593 ounces with a total of 13,475 ounces poured.")]
    [('gold_recovered_oz', 15593.0), ('gold_poured_oz', 13475.0)]
    """
    figures: list[RawFigure] = []
    if not _MAY_HOLD_FIGURE.search(sentence):
        return figures
    if "as " in sentence:
        # ('Gold produced, defined as doré poured plus the change in gold in carbon, was 3,390 ounces'): the words of a
        # definition name no figure (blanked, so every offset stays)
        sentence = _DEFINED_AS.sub(lambda m: " " * len(m.group()), sentence)
    clauses = _clauses(sentence)
    last_metric: dict[str, str] = {}
    quantities = list(QUANTITY_RE.finditer(sentence))
    for m in quantities:
        before = sentence[: m.start()]
        if _BOUND_BEFORE.search(before[-30:]) or _RANGE_BEFORE.search(before[-40:]) and not _DATE_THEN_TO.search(before[-40:]):
            continue        # (but '... for the six months to 30 June 2009 to 18,382 ounces': a day's year, no range)
        kind = next(k for k in ("oz", "tpd", "grade", "t", "pct") if m.group(k))
        ranged = _RANGE_AFTER.match(sentence[m.end(): m.end() + 20])
        if ranged and kind != "pct" and not _next_in_other_unit(sentence, m.end(), kind) and not (
                # ('head grades of 6.84 g/t and 1.38 g/t': two figures, each with its unit; 'between 2.0 and 2.5 g/t'
                # is a range)
                re.match(r"\s*and\b", sentence[m.end():]) and m.group(kind) and "respectively" not in sentence
                and not re.search(r"\bbetween\s+$", sentence[max(0, m.start() - 20):m.start()])):
            continue        # '2.0 to 2.5 g/t' is a range; '2.11 g/t and 122,200 tonnes from ...' is two figures
        if before.endswith(("$", "US$", "C$")) or re.search(r"[A-Za-z]$", before):
            continue
        lo, hi = next(((a, b) for a, b in clauses if a <= m.start() < b), (0, len(sentence)))
        value = _number(m)
        metric = None
        if kind in ("oz", "t") and _PER_YEAR_RATE.match(sentence, m.end()):
            continue        # 'a 200,000 ounce per annum producer', 'an annualised rate of ...': a rate, not a period's
        if kind == "oz" and _IN_CIRCUIT_AFTER.match(sentence, m.end()):
            continue        # '600 ounces of gold remain in the carbon-in-pulp circuit': gold still to be recovered
        if kind == "oz" and _PART_INCLUDED.search(sentence, max(0, m.start() - 30), m.start()) and \
                not re.match(r"\s*(?:ounces|oz)?\s+(?:of\s+gold\s+)?(?:from|produced|poured|recovered)\b", sentence[m.end():], re.I):
            # (but 'Its figures include 1,180 oz produced during commissioning in the first quarter' is that figure)
            continue        # 'Gold sold includes 2,400 oz delivered into forward contracts': a part of a figure
        if kind in ("oz", "t") and _NOT_MADE_BEFORE.search(sentence, max(0, m.start() - 60), m.start()) or \
                kind == "oz" and _NOT_MADE_AFTER.match(sentence, m.end()):
            continue        # '... the lockdown, which deferred approximately 2,400 ounces': ounces not produced
        if kind == "oz" and (_other_metal_near(sentence, m, lo) or _OF_OTHER_METAL.match(sentence, m.end())):
            continue        # 'Silver by-product production was 102,400 ounces', '... and 780,000 ounces of silver'
        if kind in ("oz", "t") and last_metric.get(kind) and _PRIOR_BRACKET_BEFORE.search(sentence, max(0, m.start() - 45),
                                                                                       m.start()):
            # '264.3koz of gold in FY2019 (FY2018: 242.9koz) and sold 262.8koz': the bracket's figure is the one
            # before it, in the prior period
            figures.append(RawFigure(last_metric[kind], value, "oz" if kind == "oz" else "t", m.start(), m.end()))
            continue
        if kind == "oz":
            later = tuple(x.start() for x in quantities if m.end() <= x.start() < hi and x.group("oz"))
            metric = (_nearest(_OZ_METRICS, sentence, lo, hi, m.start(), later) or last_metric.get("oz")
                      or _nearest(_OZ_METRICS, sentence, 0, len(sentence), m.start())
                      or ("gold_produced_oz" if _OUNCES_GUIDED.search(sentence, lo, m.start()) else None)
                      # ('The Imbiri mill processed 318kt at 1.72g/t for 15.9koz'): the ounces that came of it
                      or ("gold_produced_oz" if _FOR_OUNCES.search(sentence, max(0, m.start() - 20), m.start())
                          and _PROCESSED_VERB.search(sentence, 0, m.start()) else None)
                      # ('Ore from the Cascalho pit accounted for 23,400 ounces'): the gold a source's ore gave
                      or ("gold_produced_oz" if _ORE_GAVE.search(sentence, max(0, m.start() - 120), m.start()) else None)
                      or carried_oz)      # 'Of the total, 32,110 ounces came from the Wren mine'
            own = _OUNCES_OF_GOLD_VERB.match(sentence, m.end())
            if own and metric is not None:
                # 'production totalled 5,311 ounces of gold poured': the ounces' own word names them
                metric = {"poured": "gold_poured_oz", "sold": "gold_sold_oz", "recovered": "gold_recovered_oz"}[
                    own.group(1).lower()]
            unit = "oz"
        elif kind == "t":
            if _NOT_ORE.search(sentence, lo, hi) and not re.search(r"\bore\b", sentence[lo:hi], re.I):
                continue        # 'Total material moved was 8.4 million tonnes': ore and waste, not ore
            if _OF_WASTE.match(sentence, m.end()) or re.search(r"\bstockpiled\s+$", sentence[max(lo, m.start() - 20):m.start()]):
                continue        # 'moved 1.4 million tonnes of waste and stockpiled 212,000 tonnes of ore'
            if _STOCKPILE.search(sentence, max(lo, m.start() - 60), m.start()) or \
                    _STOCKPILE_HELD.search(sentence, max(lo, m.start() - 100), m.start()):
                continue        # 'the run-of-mine stockpile stood at approximately 38,000 tonnes': a balance
            if re.match(r"\s+(?:of\s+)?(?:fine\s+|refined\s+)?(?:gold|silver|copper|metal|dor[eé])\b", sentence[m.end():], re.I):
                continue        # 'The Company produced 5.86 tonnes of gold': the metal's weight, not ore
            later = tuple(x.start() for x in quantities if m.end() <= x.start() < hi and x.group("t"))
            metric = (_nearest(_T_METRICS, sentence, lo, hi, m.start(), later) or last_metric.get("t")
                      or _nearest(_T_METRICS, sentence, 0, len(sentence), m.start()) or carried_t)
            unit = "t"
            if metric == "ore_processed_t" and _MINING_SPLIT.match(sentence) and not _PROCESSED_WORDS.search(
                    _SUPPLIED.sub(" ", sentence)):
                metric = "ore_mined_t"      # 'Mining was split between the Bonsa North pit, which supplied 201,300 tonnes'
            if metric == "ore_processed_t" and _DAILY_BEFORE.search(sentence, max(lo, m.start() - 80), m.start()):
                # 'Daily throughput at the Wren mill averaged 4,000 tonnes': a day's rate, no period's tonnes
                metric, unit = "tonnes_per_day", "t/d"
        elif kind == "tpd":
            if _CAPACITY.search(sentence, max(lo, m.start() - 50), m.start()) or _CAPACITY_AFTER.match(sentence, m.end()):
                continue        # 'lift capacity to 450 tonnes per day', 'a 1,600 tonnes per day CIP plant': a size
            if _RATE_NOW.search(sentence, max(0, m.start() - 60), m.start()):
                continue        # 'The mill is currently operating at approximately 480 tons per day': today's rate
            metric, unit = "tonnes_per_day", "t/d"
        elif kind == "grade":
            clause = sentence[lo:hi]
            if _STOCKPILE_HELD.search(sentence, max(lo, m.start() - 100), m.start()):
                continue        # 'The run-of-mine stockpile held 96,500 tonnes at 2.05 g/t': the grade of a balance
            if _YIELD_BEFORE.search(sentence, max(0, m.start() - 100), m.start()):
                continue        # 'The overall yield fell to 3.27 g/t': gold recovered per tonne, no head grade
            if _GRADE.search(clause) or _GRADE.search(sentence) and not _RECOVERY.search(clause) or \
                    _MILLED_AT.search(sentence, max(0, m.start() - 100), m.start()) or \
                    _ORE_AVERAGED.search(sentence, max(lo, m.start() - 80), m.start()) or \
                    _ORE_AVERAGED_ASIDE.search(sentence, max(0, m.start() - 150), m.start()) or \
                    last_metric.get("grade") and _ECHO_BRACKET.search(sentence, max(0, m.start() - 25), m.start()) or \
                    last_metric.get("grade") and _ORE_THEN_GRADE.search(sentence, max(0, m.start() - 12), m.start()):
                # (and the next ore's of a list: 'Chuquichaca ore averaged 7.94 g/TM, Soraccocha ore 6.02 g/TM')
                metric, unit = "head_grade_g_t", "g/t"     # ('612,000 t milled at 2.21 g/t'; '2.41 g/t (2.28 g/t)')
        elif kind == "pct":
            if _BY_THE_END.match(sentence, m.end()):
                continue        # 'recovery rising to 86.0% by the end of the month': a level reached, no month's figure
            if _NAME_BRACKET_BEFORE.search(sentence, max(0, m.start() - 40), m.start()) and \
                    _BRACKET_CLOSES.match(sentence, m.end()):
                continue        # 'Bantako, Senegal (90%) Mill throughput of ...': the share of a site held, no recovery
            if _OTHER_METAL_RECOVERY.search(sentence, max(lo, m.start() - 80), m.start()):
                continue        # 'Zinc recovery to a separate zinc concentrate was 86.7%': another metal's
            if _DESIGN_AFTER.match(sentence, m.end()) or _DESIGN_BEFORE.search(sentence, max(lo, m.start() - 50),
                                                                               m.start()):
                continue        # 'below the 90% design level', 'against a budgeted recovery of 88%': no period's figure
            if (_RECOVERY.search(sentence, lo, hi) or last_metric.get("pct") and _COMPARISON.search(sentence, lo, m.start())
                    or last_metric.get("pct") and _COMPARISON.search(sentence, max(0, lo - 20), lo)
                    or last_metric.get("pct") and _ECHO_BRACKET.search(sentence, max(0, m.start() - 25), m.start())
                    or last_metric.get("pct") == "recovery_pct" and _IN_LABELLED_BRACKET.search(sentence, 0, m.start())
                    # ('... at 12.84 g/t with a recovery of 95.6%, and 243,900 tonnes for the year at 12.31 g/t and
                    # 96.8%': the same pairing again)
                    or last_metric.get("pct") == "recovery_pct" and _GRADE_AND.search(sentence, max(0, m.start() - 30),
                                                                                      m.start())
                    or last_metric.get("pct") == "recovery_pct" and re.search(
                        r"\b(?:compar(?:ed|es|ing)\s+(?:with|to)|versus|against)\s+[^;]{0,60}?(?:g/t|grams?\s+(?:of\s+gold\s+)?per\s+tonne|gpt),\s*$",
                        sentence[max(0, m.start() - 110):m.start()])) \
                    and 20 <= value <= 100:
                metric, unit = "recovery_pct", "%"     # '91.4%, compared with 90.8% in the June quarter'
        if metric is None:
            continue
        if kind in ("oz", "t", "pct", "grade"):
            last_metric[kind] = metric
        figures.append(RawFigure(metric, value, unit, m.start(), m.end()))
    taken = [(f.start, f.end) for f in figures]
    for m in _LABELLED_RE.finditer(sentence):
        unit_word = (m.group("unit") or m.group("punit")).lower()
        num_start = m.start("num") if m.group("num") else m.start("pnum")
        num_end = m.end("num") if m.group("num") else m.end("pnum")
        if any(a <= num_start < b for a, b in taken):
            continue
        value = _to_float(m.group("num") or m.group("pnum"))
        lo, hi = next(((a, b) for a, b in clauses if a <= m.start() < b), (0, len(sentence)))
        label_from = m.start() if m.group("num") else max(lo, m.start() - 40)
        if unit_word.startswith("o"):
            metric, unit = _nearest(_OZ_METRICS, sentence, label_from, num_start, m.start()), "oz"
        else:
            metric, unit = _nearest(_T_METRICS, sentence, label_from, num_start, m.start()), "t"
        if metric is None or value < 10:
            continue
        if re.fullmatch(r"(?:19|20)\d\d", sentence[num_start:num_end]) and _PERIOD_WORD_BEFORE.search(
                sentence, max(0, num_start - 30), num_start):
            continue        # '18,886 ounces recovered in the first quarter of 2013': a year, not a figure
        figures.append(RawFigure(metric, value, unit, num_start, num_end))
    if "(" in sentence and figures:
        for m in _PRIOR_VALUE.finditer(sentence):
            if any(a <= m.start("num") < b for a, b in ((f.start, f.end) for f in figures)):
                continue
            prev = sorted((f for f in figures if f.end <= m.start() and m.start() - f.end <= 60), key=lambda f: f.end)
            unit = _PRIOR_UNITS.get(" ".join((m.group("unit") or "").lower().split()))
            # '(Corresponding Period: 1.88 g/t)' in its figure's unit; a bare number only after tonnes or ounces
            if prev and (prev[-1].unit == unit if unit else prev[-1].unit in ("t", "oz") and "." not in m.group("num")):
                value = _to_float(m.group("num"))
                figures.append(RawFigure(prev[-1].metric, value, prev[-1].unit, m.start("num"), m.end("num")))
    if _CASH_COST.search(sentence):
        labels = sorted([(m.start(), True) for m in _CASH_COST.finditer(sentence)]
                        + [(m.start(), False) for m in _NOT_CASH_COST.finditer(sentence)])
        last_cost = last_price = None
        for money in find_money(sentence):
            # ('were $392 (US$255) per ounce of gold': the dollars in brackets are the cost per ounce too)
            bracketed = _IN_OTHER_DOLLARS.match(sentence, money.end) and re.search(
                r"\d\s*\(\s*$", sentence[max(0, money.start - 6):money.start])
            if not bracketed and not _PER_OUNCE.match(sentence[money.end: money.end + 20]) and not _COST_PER_OUNCE_BEFORE.search(
                    sentence[max(0, money.start - 110): money.start]) and not (
                    last_cost is not None and money.start - last_cost[0] <= 70 and _BRACKETED_PRIOR.search(
                        sentence, last_cost[0], money.start) and last_cost[1] / 3 <= money.amount <= last_cost[1] * 3) and not (
                    last_cost is not None and money.start - last_cost[0] <= 60 and _COMPARISON.search(
                        sentence, last_cost[0], money.start) and last_cost[1] / 3 <= money.amount <= last_cost[1] * 3):
                continue        # ('Cash cost per ounce of gold sold was $684', '..., compared with US$655 in Q3 2014')
            label = [is_cash for pos, is_cash in labels if pos < money.start]
            if not label or not label[-1]:
                continue        # 'Total cash costs of US$712/oz ...; AISC of US$934/oz': the label before it
            if last_cost is not None and re.fullmatch(r"[^.;\d]{0,30}?\bfrom\s+(?:US|U\.S\.)?\s*\$?\s*", sentence[last_cost[0]:money.start]) \
                    and re.search(r"\b(?:fell|rose|dropped|decreased|increased|declined|improved|climbed|eased|went)\s+"
                                  r"to\s+[^.;\d]{0,10}$", sentence[max(0, last_cost[2] - 40):last_cost[2]]) and not re.match(
                        r"[^.;,]{0,30}?\b(?:quarter|month|year|half|period|(?:19|20)\d\d|" + MONTH_PATTERN + r")",
                        sentence[money.end:], re.I):
                continue        # 'Cash costs fell to $231 per ounce from $244 per ounce': the cost it moved from
            if re.search(r"\bby\s+(?:roughly|about|approximately|some|around)\s+(?:US|U\.S\.)?\s*\$?\s*$",
                         sentence[max(0, money.start - 30): money.start]):
                continue        # 'would reduce our dollar cash cost by roughly US$30/oz': a change, not a cost
            if _BOUND_BEFORE.search(sentence[max(0, money.start - 30): money.start]) and not re.search(
                    r"\bcosts?\s+(?:\w+\s+)?of\s+about\s*(?:US|U\.S\.)?\s*\$?\s*$", sentence[max(0, money.start - 40): money.start]):
                continue        # (but 'at a total cash cost of about US$222 per ounce' is the cost, told roughly)
            if _PER_OTHER_OUNCE.match(sentence, money.end):
                continue        # 'US$4.12 per ounce of silver, net of gold by-product credits': another metal's cost
            if _PRICE_OF.search(sentence, max(0, money.start - 40), money.start) or _REALISED_AFTER.match(
                    sentence, money.end):
                last_price = money.end
                continue        # '... on the basis of a silver price of US$21.00/oz': a price, not a cost
            if last_price is not None and money.start - last_price <= 60 and _COMPARISON.search(sentence, last_price,
                                                                                               money.start):
                continue        # '(US$23.10/oz average realised in 2Q13 against US$29.40/oz in 2Q12)': the price before
            if re.search(rf"\bbetween\s+$|\b(?:between|from)\s+{_DOLLAR}?{NUM_WRITTEN}\s*(?:and|to|-)\s*$|"
                         rf"{_DOLLAR}{NUM_WRITTEN}\s*(?:to|-|\u2013)\s*$",
                         sentence[max(0, money.start - 30): money.start]) or \
                    re.match(rf"\s*(?:and|to|-|\u2013)\s*{_DOLLAR}\d", sentence[money.end: money.end + 14]):
                continue        # 'between US$620 and US$660 per ounce': a range
            if re.search(r"\b(?:US|U\.S\.?)\s*$", sentence[money.end: money.end + 4]):
                currency = "USD"
            else:
                currency = money.currency or default_currency or "USD"
            if currency != "USD":
                continue
            figures.append(RawFigure("cash_cost_per_oz", money.amount, "USD/oz", money.start, money.end))
            last_cost = (money.end, money.amount, money.start)
    figures.sort(key=lambda f: f.start)
    return figures


_IN_OTHER_DOLLARS = re.compile(r"\s*\)\s*(?:per\s+(?:troy\s+)?ounce|/\s*oz\b)", re.I)
_MONTH_NOT_PERIOD = re.compile(r"(?:(?:end|beginning|start|middle|close)\s+of\s+(?:the\s+)?|since\s+|until\s+|by\s+|before\s+|after\s+)(?:(?:early|mid|late)[- ])?$", re.I)
_MAY_NAME_PERIOD = re.compile(
    r"(?:19|20)\d\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|quarter|\bQ[1-4]|\b[1-4][QT]\d\d|\b[1-4]Q|\bH[12]\b|\b[12]H\d\d|half|\bF[Yy]\s?\d\d|fiscal|financial", re.I)


_TEMPORAL_CLAUSE = re.compile(r"\b(?:since|after|before|until|when|once|following|prior\s+to)\s+(?:the|a|an|its|our|it|we|they)\b|"
                              # 'Snake Rock, which started production in May, contributed ...': when it began
                              r"\b(?:which|that|who)\s+(?:started|began|commenced|was\s+commissioned|came\s+on\s*(?:-\s*)?stream)\b|"
                              # 'The Bonsaso CIP plant, commissioned in April 1994, processed ...', '... reflecting the
                              # completion of the secondary crushing circuit in April': when a thing was done
                              r"\b(?:commissioned|installed|replaced|upgraded|acquired|purchased)\s+(?:in|on|during)\s+"
                              r"(?:early\s+|mid-?\s*|late\s+)?$|\b(?:completion|commissioning|installation|replacement|"
                              r"start-?up|acquisition|construction)\s+of\b[^,;.]{0,80}?\s+(?:in|on|during)\s+(?:early\s+|late\s+)?$|"
                              # ('... traditionally the weakest as the alluvial season ends in October')
                              r"\b(?:season|campaign)\s+(?:ends|ended|closes|closed|starts|started|begins|began|opens|opened)\s+"
                              r"in\s+(?:early\s+|mid-?\s*|late\s+)?$",
                              re.I)


@lru_cache(maxsize=8192)
def find_sentence_periods(sentence: str, release_date: date | None, fy_end: int = 12) -> tuple[Period, ...]:
    """Periods a sentence names, without years that are only comparisons or parts of a full date.

    Cached: the extractors ask about the same sentence more than once.
    """
    if not _MAY_NAME_PERIOD.search(sentence):
        return ()
    full_dates = [(m.start(), m.end()) for m in DATE_RE.finditer(sentence)]
    out = []
    for p in find_periods(sentence, release_date, fy_end):
        s, e = p.span
        inside_date = any(a <= s and e <= b for a, b in full_dates)
        if inside_date:
            continue
        if p.grain == "year" and (e - s) <= 4 and _YEAR_NOT_PERIOD.search(sentence[:s]):
            continue
        if p.grain == "month" and _MONTH_NOT_PERIOD.search(sentence[max(0, s - 30):s]) and not re.search(r"\d", sentence[s:e]):
            continue        # 'held at the end of June' names a moment, not the reporting period
        clause_start = max((m.end() for m in re.finditer(r",\s|;\s|\(", sentence[:s])), default=0)
        if _TEMPORAL_CLAUSE.search(sentence, clause_start, s):
            continue        # '... since the motor was replaced in August': when something happened
        out.append(p)
    fiscal_ends = {p.end.year for p in out if p.grain == "year" and (p.start.month, p.start.day) != (1, 1)}
    return tuple(p for p in out if not (p.grain == "year" and p.start.month == 1 and p.start.day == 1
                                        and p.end.year in fiscal_ends))


_CAP = "A-Z\u00c0-\u00d6\u00d8-\u00de"
MONTH_NAMES = sorted(MONTHS, key=len, reverse=True)
_NAME = rf"(?:[{_CAP}][\w'-]*|\d{{1,3}})(?:\s+(?:[{_CAP}][\w'-]*|\d{{1,3}}|de|del|la|el)){{0,3}}"
_SOURCE_FROM = re.compile(
    rf"\b(?:from|of)\s+(?:the\s+)?(?:near-?by\s+|nearby\s+|adjacent\s+)?(?P<name>{_NAME})\s+"
    rf"(?:gold\s+|satellite\s+|high-grade\s+|low-grade\s+)?(?P<kind>ore\b|(?:underground\s+|open[- ]?(?:pit|cast)\s+)?(?i:mine)\b|(?i:open[- ]?(?:pit|cast))\b|(?i:pit)\b|deposit\b|underground\b|"
    r"(?:underground\s+)?(?i:zone)\b|(?i:shaft)\b|(?i:decline)\b|(?i:dump)\b|(?i:mining\s+unit)\b)")
# the next source of a list the first one opened: '... sourced from the Boulder Basin underground mine (412,000 tonnes
# at 4.96 g/t) and the Cherry Creek open pit (1.05 million tonnes at 1.36 g/t)'
_SOURCE_NEXT = re.compile(
    rf"\s*(?:\([^()]{{0,80}}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:from\s+)?(?:the\s+)?(?P<name>{_NAME})\s+"
    rf"(?:gold\s+|satellite\s+|high-grade\s+|low-grade\s+)?(?P<kind>(?:underground\s+|open[- ]?(?:pit|cast)\s+)?(?i:mine)\b|"
    r"(?i:open[- ]?(?:pit|cast))\b|(?i:pit)\b|deposit\b|underground\b|(?:underground\s+)?(?i:zone)\b|(?i:shaft)\b|(?i:decline)\b|(?i:dump)\b|(?i:mining\s+unit)\b)")


_SOURCE_LISTED = re.compile(
    rf"(?:\(\s*|;\s+|,\s+)(?:the\s+)?(?P<name>{_NAME})\s+(?P<kind>(?:underground\s+|open[- ]?(?:pit|cast)\s+)?(?i:mine)|"
    r"open[- ]?(?:pit|cast)|pit|underground|(?i:zone))\s*:?\s*(?=\d[\d,. ]*\s*(?:t|tonnes|kt)\b)")


def stockpile_name(text: str) -> str:
    """'ROM stockpiles' -> 'run-of-mine stockpiles'; a name before it keeps its capitals ('Turpay low-grade
    stockpile')."""
    words = text.split()
    named = len(words) > 1 and words[0][:1].isupper() and words[0].lower() not in _STOCKPILE_WORDS
    rest = re.sub(r"^rom\b", "run-of-mine", " ".join(words[1:] if named else words).lower())
    return f"{words[0]} {rest}" if named else rest


_STOCKPILE_NAME = re.compile(r"\bstockpiles?$", re.I)
# ore bought in or toll-treated keeps its words as its source ('Third-party ore', 'Purchased ore')
BOUGHT_ORE = re.compile(r"(?i:third[- ]party|purchased|toll|custom)\s+ore")
_STOCKPILE_WORDS = frozenset("low-grade medium-grade high-grade marginal-grade rom run-of-mine oxide sulphide sulfide "
                             "surface ore stockpile stockpiles the".split())


_STOCKPILE_FROM = re.compile(r"(?:\b(?:from|of)\s+(?:the\s+)?|\b[Tt]he\s+(?=(?:[\w-]+\s+){0,3}stockpiles?\s+(?:contributed|supplied|"
                             r"provided)\b))(?P<name>(?-i:[A-Z][\w'-]+\s+)?(?:(?:low|medium|high|marginal)-grade\s+|ROM\s+|"
                             r"run-of-mine\s+|oxide\s+|sulphide\s+|surface\s+)?(?:ore\s+)?stockpiles?)\b", re.I)
_SOURCE_BARE = re.compile(
    rf"\d\s*(?:tonnes|tons|t|ounces|oz)\s+(?:\([^()]{{1,30}}\)\s+)?(?:of\s+ore\s+)?(?:came\s+|were\s+|was\s+)?"
    # (and a forecast's part: '... of which approximately 104,000 ounces will come from Kisesa Hill')
    r"(?:(?:will|is|are)\s+(?:come|expected|forecast|planned)\s+)?(?:sourced\s+)?from\s+"
    rf"(?P<name>[{_CAP}][\w'-]+(?:\s+[{_CAP}][\w'-]+){{0,2}})(?![\w'-]|\s+(?:{FACILITY_KINDS}|ore|open|underground|deposit)\b)")
# a mine that supplied part of a mill's feed: 'La Cantera supplied 61,870 tonnes of plant feed', 'the Jackfish open
# pit, 11 kilometres to the east, supplied 34,550 tonnes'
_SOURCE_SUBJECT = re.compile(
    rf"(?:\b[Tt]he\s+)?(?P<name>{_NAME})(?:\s+(?:gold\s+)?(?P<kind>underground\s+mine|open[- ]?(?:pit|cast)|pit|mine|underground|zone|shaft|decline))?(?:,[^,]{{1,60}},)?"
    r"\s+(?:supplied|accounted\s+for|contributed|provided|delivered)\s+(?:approximately\s+)?" + NUM_WRITTEN + r"\s*(?:million\s+)?"
    rf"(?:tonnes|t)\b(?=[^.;]{{0,40}}?\bfeed\b|[^.;]{{0,20}}?\bat\s+[\d.]+\s*{GRADE_UNIT})")
# 'Ore from La Cristalina averaged 8.64 g/t Au': the grade of that source's ore
_ORE_AVERAGED = re.compile(r"\bore\b(?:[^.;]){0,60}?\b(?:averaged|graded|grading)\s+$", re.I)
# ('Castle ore, which is blended with open-pit ore at the mill, averaged 5.48 g/t'; 'Third-party ore, bought under
# short-term contracts ..., averaged 4.05 g/t')
_ORE_AVERAGED_ASIDE = re.compile(r"\bore,\s+(?:which|bought|sourced|purchased|mined|trucked|hauled)\b[^.;]{0,100},\s+"
                                 r"(?:averaged|graded)\s+$", re.I)
_ORE_FROM = re.compile(rf"\b[Oo]re\s+from\s+(?:the\s+)?(?P<name>[{_CAP}][\w'-]+(?:\s+[{_CAP}][\w'-]+){{0,2}})(?![\w'-])"
                       r"(?=\s+(?:averaged|graded|grading|was|were|accounted|contributed|made\s+up)\b)")
_ORE_ADJECTIVES = frozenset("Oxide Sulphide Sulfide Transitional Fresh Purchased Stockpiled Underground Open Mill "
                            "High-grade Low-grade Marginal Refractory Free-milling Toll Third-party Own".split())
# (and 'Castle ore, which is blended with open-pit ore at the mill, averaged 5.48 g/t')
_BARE_ORE = re.compile(rf"(?<![\w'-])(?P<name>[{_CAP}][\w'-]+(?:\s+[{_CAP}][\w'-]+){{0,2}})\s+ore(?:,\s+which\s+[^,;.]{{0,80}},)?\s+"
                       r"(?:was\s+|were\s+)?"
                       # (and the next of a list, its verb left out: '..., Soraccocha ore 6.02 g/TM')
                       r"(?:(?:milled|processed|treated|averaged|graded|at|accounted\s+for|contributed|supplied|yielded)\b"
                       rf"|(?=\d+(?:\.\d+)?\s*{GRADE_UNIT}))")
_GRADE_AND = re.compile(rf"{GRADE_UNIT}\s+and\s+$", re.I)
_ORE_THEN_GRADE = re.compile(r"\bore\s+$")
_SOURCE_ORE = re.compile(rf"\b(?P<name>{_NAME})\s+(?:gold\s+)?ore\s+(?:processed|milled|treated|processing)")


def _source_name(name: str, kind: str) -> str:
    kind = " ".join(kind.split())
    if kind.lower() == "underground":
        kind += " mine"         # '38,450 t of Bluewater underground ore': the Bluewater underground mine
    name = re.sub(r"^.*['\u2019]s\s+", "", name)     # "the Corporation's Cerro Pelado mine": the owner is no part
    if kind.lower() == "ore" or kind.lower() == "deposit":
        return name if name.split()[0] in ("Mina", "Mine") else f"{name} mine"
    if name.split()[0] in ("Mina", "Mine") and kind.lower().endswith("mine"):
        return name
    return f"{name} {kind}"


_FROM_FIGURE = re.compile(rf"\b(?:from|compar(?:ed|es|ing)\s+(?:with|to)|versus|vs\.?|against)\s+(?:{_DOLLAR})?\d")
_HIGHER_THAN = re.compile(r"\b(?:higher|lower|more|less|greater|better|worse|above|below)\s+(?:than|that\s+of|those\s+of)\b"
                          r"[^.;\d]{0,25}$|\b(?:higher|lower|up|down|above|below)\s+(?:on|from)\s+(?:the\s+)?$", re.I)
# the words that give a reason ('reflecting', 'due to', 'driven by')
_CAUSE = (r"\b(?:reflect(?:ed|ing|s)?|(?:due|owing|thanks)\s+(?:\w+ly\s+)?to|because\s+of|driven\s+(?:\w+ly\s+)?by|"
          r"as\s+a\s+result\s+of|on\s+the\s+back\s+of)\s+")
_CAUSE_BEFORE = re.compile(_CAUSE + r"(?:[\w-]+\s+){0,4}$", re.I)

# a reason the site is named in, some words before it ('driven by the first full year of operation of the ...')
_CAUSE_IN_CLAUSE = re.compile(_CAUSE + r"[^.;,\d]{0,60}$", re.I)


def _named_in_full(name: str, at: int, facilities: list[Facility]) -> str:
    """A bare name as the facility the release names in full ('Bullock Pool' -> 'Bullock Pool open pit')."""
    return next((f.name for f in facilities if f.start == at and f.base == name), name)


_COMPARED_WITH_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?:approximately\s+|about\s+)?$", re.I)
# ('... rose to 204,714 ounces in 2003 from 184,420 ounces in 2002'): what stands between a period and the figure it is
# not the period of
_FROM_OR_COMPARED_BEFORE = re.compile(r"\b(?:from|compared\s+(?:with|to)|versus|vs\.?|against)\s+"
                                      r"(?:approximately\s+|about\s+)?$", re.I)
_INCLUDED_BEFORE = re.compile(r",\s+including\s+(?:approximately\s+|some\s+|a\s+record\s+)?$", re.I)
_WHEN_GIVEN = re.compile(r"\b(?:guidance|forecast|outlook)\b[^.;]{0,60}?\b(?:issued|announced|gave|given|provided|published|"
                         r"released|set|made|revised|updated)\s+(?:in|on|during)\s+$", re.I)
_FED_VERB = re.compile(r"\b(?:milled|processed|treated|crushed|throughput|feed)\b", re.I)     # (not ore mined)
_AVERAGE_OF_ALL = re.compile(r",\s+(?:at\s+)?(?:an?\s+)?(?:average|overall|combined|blended)\s+(?:head\s+|feed\s+|mill\s+)?grade\b",
                             re.I)
# a part of a feed before its source: '71,300 tonnes from San Lucas', '61,450 tonnes at a grade of 6.38 g/t came from
# the Pedra Branca underground mine', '0.94 million tonnes from the Anyinam pit', '36,900 t of Jindalee ore'
_PART_BEFORE_SOURCE = re.compile(
    r"(?:\s*(?:dry\s+)?(?:metric\s+)?(?:tonnes|tons|t|kt|Mt)\b)?(?:\s+of\s+(?:ore|material|feed))?"
    r"(?:\s+(?:at|grading)\s+(?:a\s+)?(?:(?:head\s+)?grade\s+of\s+)?\d[\d.]*\s*(?:g/t|grams?\s+per\s+tonne))?"
    r"\s+(?:(?:came|was|were)\s+)?(?:(?:drawn|hauled|trucked|sourced|delivered|reclaimed)\s+)?from\s+(?:the\s+)?|"
    # ('36,900 t of Jindalee ore')
    r"(?:\s*(?:tonnes|tons|t|kt|Mt)\b)?\s+of\s+(?:the\s+)?(?=[A-Z])", re.I)


def _parts_beside_sources(text: str, tonnes: list, sources: list[tuple[int, str]]) -> dict[int, str]:
    """The tonnes figures that stand beside a source, each with it: 'N tonnes from the X pit' or 'the X pit (N t)'."""
    parts: dict[int, str] = {}
    for g in tonnes:
        tail = _PART_BEFORE_SOURCE.match(text, g.end)
        # (of two sources found there, the one read from the name rather than from the word before it)
        after = next((src for pos, src in reversed(sources) if tail.start() < pos <= tail.end()), None) if tail else None
        if after is None:
            # the source, then its part in brackets: 'the Kao pit (0.74Mt)'
            before = [(pos, src) for pos, src in sources if pos < g.start]
            if before and re.fullmatch(r"(?:(?:from|of)\s+)?(?:the\s+)?[^()\d,;]{1,60}?\(\s*", text[before[-1][0]:g.start]):
                after = before[-1][1]
        if after is not None:
            parts[g.start] = after
    return parts


def ore_sources(sentence: str, facilities: list[Facility], known: dict[str, str] | None = None) -> list[tuple[int, str]]:
    """Mines named as the source of ore in a sentence: (position, name as written)."""
    found = []
    for m in _SOURCE_FROM.finditer(sentence):
        name = m.group("name")
        if name.split()[0] in _NOT_NAME:
            continue
        if re.search(r"(?:%|\bper\s*cent|\binterest|\bowner(?:ship)?|\bowns?|\bacquisition|\bsale)\s+$",
                     sentence[max(0, m.start() - 20):m.start()]):
            continue        # 'owns 100% of the Pellet Lake mine': ownership, not where ore came from
        if _CAUSE_BEFORE.search(sentence, max(0, m.start() - 50), m.start()) or _LIFTED_AFTER.match(sentence, m.end()):
            continue        # '... reflected higher grades from the Sirakoro North pit': a reason, not the feed (nor
            #                 'Higher-grade ore from the Sikonge East pit lifted the head grade to 3.05 g/t')
        found.append((m.start(), _source_name(name, m.group("kind"))))
        nxt = _SOURCE_NEXT.match(sentence, m.end())
        while nxt and nxt.group("name").split()[0] not in _NOT_NAME:
            found.append((nxt.start("name"), _source_name(nxt.group("name"), nxt.group("kind"))))
            nxt = _SOURCE_NEXT.match(sentence, nxt.end())
    for m in _SOURCE_BARE.finditer(sentence):
        name = m.group("name")
        # (a facility the sentence names with its kind word is no bare source; a name the release gives a facility
        # elsewhere, '231,400 tonnes from Bullock Pool', is)
        if name.split()[0] in _NOT_NAME or _NOT_SITE.search(name) or any(
                f.start <= m.start("name") < f.end and sentence[f.start:f.end] != f.base for f in facilities):
            continue
        found.append((m.start("name"), _named_in_full(name, m.start("name"), facilities)))
    for m in _ORE_FROM.finditer(sentence):
        name = m.group("name")
        if name.split()[0] in _NOT_NAME or _NOT_SITE.search(name):
            continue
        found.append((m.start("name"), _named_in_full(name, m.start("name"), facilities)))
    for m in _SOURCE_ORE.finditer(sentence):
        name = m.group("name")
        if name.split()[0] in _NOT_NAME:
            continue
        found.append((m.start(), _source_name(name, "ore")))
    for m in _BARE_ORE.finditer(sentence) if known else ():
        # 'Koondabbie ore was milled at an average grade of 3.12 g/t and Birrigai ore at 2.48 g/t': a mine the release
        # names in full elsewhere ('the Koondabbie pit'), by its bare name, as the source of the ore
        full = known.get(m.group("name"))
        if full and full != m.group("name") and not _MILL_NAME.search(full):
            found.append((m.start("name"), full))
    if "UM " in sentence:
        # '52,300 TMS from UM Pallanga at 6.41 g/TM': a Peruvian 'Unidad Minera' the ore came from
        for m in _FROM_UM.finditer(sentence):
            if not _CAUSE_BEFORE.search(sentence, max(0, m.start() - 50), m.start()):
                found.append((m.start("um"), f"{m.group('name')} Mining Unit"))
    if "purchased ore" in sentence and found:
        # '... and 1,922 tonnes of purchased ore at 6.24 grams per tonne': ore bought in, a source of the feed
        # beside the mines named
        for m in re.finditer(r"\b(?:of|from|were|was|and)\s+(?P<name>purchased\s+ore)\b", sentence):
            found.append((m.start("name"), "purchased ore"))
    if "(" in sentence:
        # '... was 120,000 t (Finch pit 80,000 t; Robin pit 40,000 t)': the parts listed in brackets, each by its mine
        for m in _SOURCE_LISTED.finditer(sentence):
            if m.group("name").split()[0] not in _NOT_NAME:
                found.append((m.start("name"), _source_name(m.group("name"), m.group("kind"))))
    if "stockpile" in sentence:
        # '... supplemented by 35,000 tonnes from the low-grade stockpile': the stockpile is a source of the feed
        for m in _STOCKPILE_FROM.finditer(sentence):
            found.append((m.start("name"), stockpile_name(m.group("name"))))
    if "feed" in sentence or "supplied" in sentence:
        for m in _SOURCE_SUBJECT.finditer(sentence):
            name = m.group("name")
            if name.split()[0] in _NOT_NAME or _NOT_SITE.search(name):
                continue
            kind = m.group("kind")
            found.append((m.start(), _source_name(name, kind) if kind else name))
    return sorted(set(found))


_BARE_SITE = re.compile(
    rf"(?:\b(?i:produced|poured|mined|milled|processed|recovered|sold|production|output|throughput|grades?|"
    rf"recover(?:y|ies)|costs?|tonnes|ounces)\s+(?:\w+\s+){{0,3}}?at|^\s*At)\s+(?P<name>[{_CAP}][\w'-]+(?:\s+[{_CAP}][\w'-]+){{0,2}})"
    rf"(?![\w'-])(?!\s+(?:\d|{FACILITY_KINDS}\b))")     # (whole words: not 'Decembe' of 'at December 31')
_SUBJECT_STOP = frozenset("quarterly annual monthly attributable consolidated group record total average mill plant "
                          "company gold ore production operations operating fourth third second first full half year "
                          "quarter month daily weekly combined overall commercial cumulative full-year half-year "
                          "year-to-date first-half second-half".split())
_BARE_SUBJECT = re.compile(
    rf"(?:^\s*(?:-\s+)?|,\s+|;\s+|:\s+|\band\s+|\bwith\s+)(?P<name>[{_CAP}][\w'-]+(?:\s+[{_CAP}][\w'-]+){{0,2}})"
    # (where it lies, as an aside: 'Los Venados, in Zacatecas, produced 17,420 ounces'; its share: 'Finch (100%-owned)')
    rf"(?:,\s+(?:in|near)\s+(?:the\s+)?[{_CAP}][\w'-]+(?:\s+[{_CAP}][\w'-]+){{0,2}},|\s+\(\d{{1,3}}(?:\.\d+)?%[\w -]{{0,20}}\))?"
    r"\s+(?:also\s+)?"
    r"(?:(?:produced|poured|mined|milled|processed|treated|recovered|contribut(?:ed|ing))\s+(?:a\s+(?:record\s+)?|approximately\s+)?\d|"
    r"(?:is|are)\s+(?:targeting|expected\s+to\s+(?:produce|contribute)|forecast\s+to\s+(?:produce|contribute))|"
    r"targets\s+(?:\w+\s+){0,2}production|expects\s+to\s+produce|"
    r"(?:gold\s+)?(?:production|poured|pour|sales|output)\s+(?:of|was|were|totall?ed)\s+(?:a\s+record\s+)?\d)")
_PERIOD_WORD_BEFORE = re.compile(rf"\b(?:quarter|half|year|month|fiscal|FY|{'|'.join(MONTH_NAMES)})\s+(?:of\s+)?$", re.I)
_NOT_SITE = re.compile(rf"^(?:{'|'.join(MONTH_NAMES)})\b|^(?:US|C|A|U\.S)\b", re.I)


def _named_subject(name: str, issuer: str | None) -> bool:
    """Whether a capitalised subject names a site: not a common word ('Fourth-quarter'), a month, the issuer or a
    name in capitals."""
    first = name.split()[0]
    return not (first in _NOT_NAME or _NOT_SITE.search(name) or (issuer and first in issuer) or name.isupper()
                or any(w in _SUBJECT_STOP for w in re.split(r"[\s-]+", name.lower())))


# ('Gold production from Finch was 12,000 ounces'): the site a figure is 'from', named without a kind word
_FROM_BARE = re.compile(rf"\b(?:production|output|ounces|gold\s+sales|sales)\s+(?:\w+\s+)?from\s+(?P<name>[{_CAP}][\w'-]+"
                        rf"(?:\s+[{_CAP}][\w'-]+){{0,2}})\s+(?:was|were|totall?ed|amounted\s+to|reached|rose|fell)\b")


def _bare_sites(text: str, issuer: str | None) -> list[Facility]:
    """Sites named without a kind word: 'A total of 101,500 tonnes of ore were mined at Finch', 'Wren produced'."""
    out = []
    for m in _FROM_BARE.finditer(text) if " from " in text else ():
        name = m.group("name")
        if _named_subject(name, issuer):
            out.append(Facility(name, name, "subject", m.start("name"), m.end("name")))
    for m in _BARE_SUBJECT.finditer(text):
        name = m.group("name")
        if _named_subject(name, issuer):
            out.append(Facility(name, name, "subject", m.start("name"), m.end("name")))
    for m in _BARE_SITE.finditer(text):
        name = m.group("name")
        first = name.split()[0]
        if first in _NOT_NAME or _NOT_SITE.search(name) or (issuer and first in issuer):
            continue
        out.append(Facility(name, name, "site", m.start("name"), m.end("name")))
    return out


# a heading or a run-in label naming a site frames the figures under it: 'Sukari Hill' above its paragraph,
# 'Kanem: Heap leach operations placed ...'; never a topic ('Highlights', 'Third Quarter 2015', 'Costs')
_RUN_IN = re.compile(rf"^\s*(?:\*\*)?(?P<name>[{_CAP}][\w'-]+(?:\s+(?:[{_CAP}0-9][\w'-]*|de|del|la)){{0,3}})"
                     r"(?:\*\*)?\s*(?::|\s[\u2013\u2014-])\s+(?=[A-Z])")
_LABEL_STOP = _SUBJECT_STOP | frozenset(
    "highlights outlook summary results review overview corporate financial finance exploration development cost "
    "costs guidance update safety environment environmental sustainability drilling resources reserves "
    "conference call webcast about contact information note notes table cash capital expenditure sales revenue "
    "statement statements forward-looking qualified person persons technical mining processing milling silver "
    "other key general appointment appointments board management legal arbitration financing debt liquidity "
    "balance sheet hedging market markets project projects pipeline growth strategy dividend tonnage "
    "grade recovery unit performance health community permitting people q1 q2 q3 q4 h1 h2 fy forecast forecasts "
    "budget targets plan prospects salient features".split())


_IN_COUNTRY = re.compile(r"(?:\s*,\s*|\s+(?:[\w-]+\s+){0,4}?in\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?)"
                         + COUNTRY_RE.pattern)


def _country_of_operation(text: str, f: Facility) -> str | None:
    """The country a sentence places an operation in: 'the Daboase mine in Ghana', 'Daboase Mine, Ghana'."""
    m = _IN_COUNTRY.match(text, f.end)
    return m.group(1) if m else None


_QUARTERLY_TITLE = re.compile(r"\bquarter(?:ly)?\b(?!.*\bmonth)", re.I)
# ('QUARTERLY REPORT FOR THE PERIOD ENDED 30 SEPTEMBER 1995', 'AUDITED RESULTS FOR THE YEAR ENDED 30 JUNE 2004')
_QUARTER_ENDED_LINE = re.compile(r"(?:\bquarterly\s+(?:activities\s+)?report\s+for\s+the\s+(?:period|quarter)|"
                                 r"\b(?:results|report)\s+for\s+the\s+(?:quarter|(?P<h>half[- ]year|six\s+months)|"
                                 r"(?P<y>(?:financial\s+)?year)))\s+end(?:ed|ing)\s+"
                                 r"(?P<date>\d{1,2}\s+[A-Za-z]+\s+\d{4}|[A-Za-z]+\s+\d{1,2},?\s+\d{4})", re.I)


def _outlook_of(heading: str, release: date | None, fy_end: int) -> Period | None:
    """The period to come a heading over a forecast names ('2015 Guidance', 'Outlook for 2015'), if it is one."""
    if release is None or not _OUTLOOK_HEADING.search(heading):
        return None
    return next((p for p in find_sentence_periods(heading, release, fy_end)
                 if p.end > release and p.grain in ("quarter", "half", "year")), None)


def titled(text: str) -> str:
    """'LA PITAHAYA MINE, SONORA' -> 'La Pitahaya Mine, Sonora': a heading in capitals names its site as the body
    spells it (process words stay: 'CIL')."""
    if not text.isupper() or len(text) <= 4:
        return text
    return " ".join(w if w.strip("*:,") in _PROCESS_WORDS else w.capitalize() for w in text.split())


def _site_label(name: str, issuer: str | None) -> str | None:
    """The site a heading or run-in label names, if it names one ('Dyanké Mine, Mali (80%)' names Dyanké Mine;
    'Operations - Kanem mine' names Kanem mine)."""
    name = name.strip().strip("*:").strip()
    parts = re.split(r"\s[-\u2013\u2014]\s", name)
    if len(parts) > 1:
        return next((found for part in reversed(parts) for found in [_site_label(part, issuer)] if found), None)
    name = re.split(r",\s|\s\(", name, maxsplit=1)[0].strip()
    if not name or name.split()[0].lower().rstrip(".") in MONTHS:
        return None         # 'April Operations': a month's report, no site
    if name.isupper() and len(name) > 4:
        return _site_label(titled(name), issuer)
    facilities = find_facilities(name)
    if len(facilities) == 1 and facilities[0].end == len(name) and facilities[0].start <= 4:
        return facilities[0].name      # 'Cerro Alto Mine', 'the Kanem operation'
    words = name.split()
    if not 1 <= len(words) <= 4 or not all(_NAME_TOKEN.match(w) for w in words) or words[0] in _NOT_NAME:
        return None
    if any(w.lower() in _LABEL_STOP or w.isdigit() for w in words) or _NOT_SITE.search(name) or name.isupper() \
            or (issuer and words[0] in issuer) or MONTHS.get(words[0].lower().rstrip(".")):
        return None
    return name


_POSSESSIVE_SITE = re.compile(
    rf"(?:^\s*|[,;]\s+|\band\s+|\bat\s+)(?P<name>[{_CAP}][\w-]+(?:\s+[{_CAP}][\w-]+){{0,2}})'s\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:production|output|throughput|gold\s+sales|sales|cash\s+(?:operating\s+)?costs?|recovery|head\s+grade)\b")


def _possessive_sites(text: str, issuer: str | None) -> list[Facility]:
    """A site named as the owner of a figure: "Sirakoro's fourth-quarter production of 26,011 ounces"."""
    out = []
    for m in _POSSESSIVE_SITE.finditer(text):
        name = m.group("name")
        if _named_subject(name, issuer):
            out.append(Facility(name, name, "site", m.start("name"), m.end("name")))
    return out


# a sentence that splits the previous one's figure: 'Of this, 251,400 tonnes came from Mallee Hill ...'
_OF_THIS = re.compile(r"\s*(?:Of\s+(?:this|these|that|which|the\s+total|this\s+total|the\s+(?:19|20)\d\d\s+total|"
                      r"the\s+(?:quarter|month|year|half)['\u2019]s\s+total|the\s+(?:quarterly|monthly|annual)\s+total)\b|"
                      r"This\s+(?:comprised|included)|"
                      r"These\s+(?:comprised|included))")
def _other_metal_near(sentence: str, m, lo: int) -> bool:
    """Ounces of another metal: one named near them with no gold word nearer ('... 44,000 to 47,000 GEO and expects
    gold production of approximately 41,500 ounces' are gold)."""
    others = list(_OTHER_METAL.finditer(sentence, max(lo, m.start() - 60), m.end() + 25))
    if not others or _GOLD_WORD.search(sentence, max(lo, m.start() - 30), m.end() + 15):
        return False
    before = [o for o in others if o.end() <= m.start()]
    return not (len(before) == len(others) and _GOLD_WORD.search(sentence, before[-1].end(), m.start()))


# a cost per ounce of another metal: 'US$4.12 per ounce of silver', 'US$9.80 per silver ounce', '$780/oz AuEq'
_PER_OTHER_OUNCE = re.compile(r"\s*(?:(?:per|/)\s*(?:ounce|oz)\s+(?:of\s+)?(?:silver|copper|Ag|gold[- ]equivalent|AuEq|GEO)\b|"
                              r"per\s+(?:payable\s+)?(?:silver|gold[- ]equivalent|AuEq)\s+(?:ounce|oz)\b)", re.I)
_OTHER_METAL = re.compile(r"\b(?:(?i:silver|copper|zinc|platinum|palladium|nickel|gold[- ]equivalent)|PGMs?|Ag|Cu|Zn|GEOs?|AuEq)\b")
_OF_OTHER_METAL = re.compile(r"\s+(?:of\s+)?(?:silver|copper|platinum|palladium|gold[- ]equivalent|Ag|Cu|PGMs?)\b", re.I)
_GOLD_WORD = re.compile(r"\bgold\b(?![- ]equivalent)|\bAu\b", re.I)
_NOT_MADE_BEFORE = re.compile(r"\b(?:deferred|deferring|defers|lost|losing|foregone|forgone|shortfall\s+of|deferral\s+of|"
                              # ('which the Company estimates cost approximately 6,500 ounces of production')
                              r"estimates?\s+(?:(?:it|this|that)\s+)?cost|(?:reduced|cut|lowered)\s+(?:[\w-]+\s+){0,3}?by)\s+"
                              r"(?:an?\s+)?(?:estimated\s+|approximately\s+|about\s+|some\s+)?$", re.I)
# a part a figure or its note says it holds ('Gold sold in April included 2,500 oz delivered into forward contracts',
# '(1) Includes 214 oz of gold in carbon inventory')
_PART_INCLUDED = re.compile(r"\b(?:includes?|included)\s+(?:approximately\s+|about\s+|some\s+)?$", re.I)
# ('approximately 1,900 ounces of production were deferred'): ounces told as not made
_NOT_MADE_AFTER = re.compile(r"\s*(?:ounces|oz)?\s+(?:of\s+(?:gold\s+)?(?:production|output)\s+)?(?:were|was|have\s+been|has\s+been|"
                             r"will\s+be)\s+(?:deferred|lost|foregone|forgone)\b", re.I)
_EACH_OF = re.compile(r"\beach\s+of\b", re.I)
_MILL_WORDS = r"(?:mill|plant|processing\s+plant|processing\s+facility|concentrator)"
_CAUSE_WORD = re.compile(r"\b(?:due|owing|thanks)\s+(?:\w+ly\s+)?to\b|\breflect\w*|\bbecause\s+of\b|\bdriven\s+by\b|"
                         r"\bas\s+a\s+result\s+of\b", re.I)
_THE_MILL = re.compile(rf"\bthe\s+{_MILL_WORDS}\b", re.I)
# the one facility of its kind a release names, spoken of by its kind alone ('the underground mine', 'the open pit')
_KIND_OF_NAME = re.compile(r"\b(?:underground\s+mine|open[- ]?(?:pit|cast)|heap\s+leach\s+operation)$", re.I)
_THE_KIND = re.compile(r"\s*(?:[-*\u2022]\s*)?[Tt]he\s+(underground\s+mine|open[- ]?(?:pit|cast)|heap\s+leach\s+operation)\b(?!\s+ore\b)")
_MILL_LABEL = re.compile(r"\s*(?:[-*\u2022]\s*)?(?:Mill|Plant)\s+(?:throughput|feed|production|recovery|head\s+grade)\b", re.I)


def _section_mill(seg, unit: int) -> str | None:
    """The one mill named in the units of the section ``unit`` belongs to (from its heading to the next)."""
    lo = unit
    while lo > 0 and seg.units[lo - 1].kind != "heading":
        lo -= 1
    hi = unit
    while hi + 1 < len(seg.units) and seg.units[hi + 1].kind != "heading":
        hi += 1
    mills = {f.name for u in seg.units[lo:hi + 1] if u.section == "body" for f in find_facilities(u.text)
             if f.is_mill and _MILL_NAME.search(f.name)}
    return next(iter(mills)) if len(mills) == 1 else None
# a legend under a table: 'H1 FY12 = six months ended 31 December 2011.' (no period the prose runs on)
_LEGEND = re.compile(r"\s*(?:\(?\d\)?\s*|\*+\s*)?[\w' ]{1,20}\s*(?:=|:)\s")
_OF_THE_WHOLE = re.compile(r"\s*(?:Of|From)\s+(?:the|a\s+total\s+of|this)\s+(?:total\s+(?:of\s+)?)?", re.I)
_TOTAL_THEN_PARTS = re.compile(r"\b(?:of\s+which|comprising|comprised\s+of|including|made\s+up\s+of|sourced\s+from|"
                               r"drawn\s+from)\b", re.I)
_FEED_SPLIT = re.compile(r"\b(?:mill|plant)\s+feed\b|\bfeed\s+(?:to\s+the\s+(?:mill|plant)\s+)?(?:comprised|consisted|was\s+made\s+up)|"
                         # ('... was 120,000 t (Finch pit 80,000 t; Robin pit 40,000 t)')
                         r"\b(?:treated|processed|milled|throughput)\b[^.;()]{0,80}?\d[^.;()]{0,20}\(\s*(?:the\s+)?[A-Z][\w'-]+"
                         r"(?:\s+[\w'-]+){0,3}\s+\d|"
                         r"\b(?:treated|processed|milled|throughput|fed)\b(?:[^.;]|\.(?=\d)){0,80}?\b(?:of\s+which|sourced\s+from|"
                         r"drawn\s+from)\b|"
                         # 'Ore processed at Rainy Hollow comprised 1,118 kt from the Rainy Hollow pit and 284 kt from ...'
                         r"\b(?:ore|tonnes?|tonnage|material)\s+(?:processed|milled|treated)\b(?:[^.;]|\.(?=\d)){0,60}?\b(?:comprised|"
                         r"consisted\s+of|included|was\s+made\s+up\s+of)\b|"
                         # 'Of the 310,000 tonnes processed during the quarter, 190,000 tonnes came from the Tamu pit ...'
                         r"^\s*(?:Of|From)\s+(?:the|a\s+total\s+of)\s+[\d,.]+(?:\s\d{3})*\s*(?:million\s+)?(?:tonnes|tons|t|kt|Mt)\b"
                         r"[^.;]{0,100}?\b(?:treated|processed|milled|fed)\b", re.I)
# 'In the quarter the plant treated 367,600 tonnes of Daboase open pit ore': ore from the pit fed an (unnamed) plant
_THE_MILL_TREATED = re.compile(r"\bthe\s+(?:[\w-]+\s+)?(?:mill|plant|processing\s+plant|concentrator)\s+(?:\w+\s+)?"
                               r"(?:treated|processed|milled)\b", re.I)
_LIFTED_AFTER = re.compile(r"\s+(?:lifted|raised|increased|improved|boosted|lifting|raising|increasing|improving|"
                           r"boosting)\s+(?:the\s+|its\s+)?(?:average\s+|mill\s+|plant\s+)?(?:head\s+|feed\s+)?grades?\b", re.I)
_ONE_FEED = re.compile(r"\b" + INT_WRITTEN + r"\s+(?:tonnes|t)\s+of\s+(?:the\s+)?(?:mill|plant)\s+feed\b|\bsuppl(?:ied|y)\s+(?:the\s+)?(?:remaining\s+|balance\s+of\s+(?:the\s+)?)?" + INT_WRITTEN + r"\s+"
                       r"(?:tonnes|t)\b", re.I)
_PROCESSING_METRICS = ("ore_processed_t", "head_grade_g_t", "recovery_pct")
_PROCESSED_AT = re.compile(rf"\b(?:processed|milled|treated)\s+at\s+(?:the\s+)?(?P<name>[{_CAP}][\w'-]+(?:\s+[{_CAP}][\w'-]+){{0,3}})")
_MILL_NAME = re.compile(rf"\b{_MILL_WORDS}$", re.I)
_ACTUAL_VERB = re.compile(r"\b(?:produced|poured|recovered|sold|processed|milled|mined|was|were|totall?ed|reached|achieved)\b", re.I)


_AGAINST_GUIDANCE = re.compile(
    r"\b(?:at|near|towards?|within|in\s+line\s+with|ahead\s+of|above|below|exceed(?:ing|ed|s)?|beat(?:ing)?|met|meeting|"
    r"achiev(?:ed|ing)|surpass(?:ed|ing)?)\s+(?:the\s+)?(?:(?:top|upper|lower|bottom|high|low)(?:\s+end)?\s+of\s+|"
    r"mid-?point\s+of\s+)?(?:(?:its|the|our|full[- ]year|annual|revised|original|FY\s?\d{2,4}|\d{4})\s+)*(?:production\s+)?"
    r"guidance(?:\s+range)?\b(?!\s+(?:range\s+)?(?:of|was|is|at)\b)", re.I)
_GUIDANCE_MET = re.compile(r"\b(?:above|below|within|exceed(?:ing|ed|s)?|surpass(?:ing|ed|es)?|ahead\s+of|in\s+line\s+with|"
                           r"beat(?:ing)?|short\s+of)\s+"
                           r"(?:its\s+|the\s+|our\s+|(?:the\s+)?(?:Company|Corporation|Group|[A-Z][\w-]*)['\u2019]s\s+)?"
                           r"(?:original\s+|previous\s+|revised\s+|full[- ]year\s+)?(?:(?:FY\s?)?(?:19|20)\d\d\s+)?"
                           r"(?:production\s+)?guidance\s+(?:of\s+)?(?:approximately\s+|about\s+|some\s+)?$",
                           re.I)
# the guidance a result beat is the company's own when the sentence says so
_COMPANY_GUIDANCE_MET = re.compile(r"\b(?:the\s+)?(?:Company|Corporation|Group)['\u2019]s\s+(?:(?:FY\s?)?(?:19|20)\d\d\s+)?"
                                   r"(?:production\s+)?guidance\s+(?:of\s+)?(?:approximately\s+|about\s+|some\s+)?$", re.I)
_MEASURED_AGAINST = re.compile(r"\b(?:above|below|within|exceed\w*|ahead\s+of|in\s+line\s+with|top\s+end|high\s+end|"
                               r"low(?:er)?\s+end|upper\s+end|compar(?:ed|es|ing)\s+(?:to|with)|versus|beat(?:ing)?|meeting|met|"
                               r"achiev\w+|surpass\w*|against|on\s+(?:track|target|course)\s+(?:for|to\s+meet))\b", re.I)


# '... exceeding the Company's guidance of approximately 165,000 ounces (2024: 158,420 ounces)': last year's result
_PAST_YEAR_BRACKET = re.compile(r"\(\s*(?:FY\s?)?(?:19|20)\d\d\s*:\s*$")


def _guidance_per_figure(text: str, figures: list[RawFigure]) -> list[bool]:
    """Which figures of a sentence with a guidance cue are forecasts.

    A figure is guidance when a cue stands between the previous figure and it, or when the
    previous figure was guidance and no verb of an actual result intervenes; when no cue
    precedes any figure (the cue comes after: "... ounces are expected in 2018"), all are.
    """
    flags, prev_end, prev = [], 0, False
    any_before = False
    for fig in figures:
        segment = text[prev_end:fig.start]
        cue = bool(GUIDANCE_RE.search(segment))
        any_before |= cue
        flag = cue or (prev and not _ACTUAL_VERB.search(segment) and not _PAST_YEAR_BRACKET.search(segment))
        flags.append(flag)
        prev, prev_end = flag, fig.end
    if not any_before:
        cue = GUIDANCE_RE.search(text, figures[-1].end) if figures else None
        if cue and _MEASURED_AGAINST.search(text, max(0, cue.start() - 50), cue.start()):
            return [False] * len(figures)   # 'production of 141,260 ounces, above the top end of ... guidance'
        if cue and _ACTUAL_VERB.search(text, 0, figures[0].start) and re.search(
                r",\s+(?:and|while|but|whereas)\s|;", text[figures[-1].end:cue.start()]):
            # 'In 2016 the Sangkar gold mine produced 61,350 ounces of gold, and the Company expects the expansion
            # to lift ...': a result, and an expectation in a clause of its own
            return [False] * len(figures)
        return [True] * len(figures)
    return flags


def _site_key(name: str) -> tuple[frozenset[str], bool]:
    words = frozenset(w.lower() for w in re.findall(r"[\w']+", name))
    kind_words = {"mill", "mine", "plant", "processing", "facility", "operation", "operations", "project",
                  "complex", "pit", "open", "underground", "concentrator", "heap", "leach", "pad",
                  "cip", "cil", "cic", "rip", "adr", "treatment", "beneficiation", "flotation"}   # (process words)
    return words - kind_words, bool(words & {"mill", "plant", "processing", "facility", "concentrator", "heap"})


_GENERIC_SITE = re.compile(r"\b(?:operations?|project|complex|(?:mining|production|operating)\s+unit)$", re.I)
_GENERIC_KINDS = frozenset(("operation", "operations", "project", "facility", "pad", "mine", "complex"))


# (the 'Wirraminna Operations' are more than their 'Wirraminna underground mine')
_PART_OF_OPERATION = re.compile(r"\b(?:underground|open[- ]pit|open[- ]cut|pit|shaft|decline)\b", re.I)


def _unify_sites(names: list[str]) -> tuple[dict[str, str], dict[str, str]]:
    """Map short spellings ('Choco mill') onto the fuller one of the same kind ('Choco 10 mill'); and map a table's
    site named bare or as an operation ('Crescent Peak', 'Erayinia Operation') onto the one mill of its words
    ('Crescent Peak mill'), which the figures of milling belong to."""
    mapping = {}
    mill_of = {}
    facilities = [n for n in names if _ENDS_WITH_KIND.search(n)]     # never an issuer's name
    def kind(n: str) -> str:
        return _ENDS_WITH_KIND.search(n).group().lower().split()[-1]

    for name in facilities:
        words, is_mill = _site_key(name)
        best = name
        for other in facilities:
            owords, omill = _site_key(other)
            # (of the same kind: the 'Banora Main pit' is no fuller name of the 'Banora Mine')
            # ('Akzhar heap leach' in a table, 'Akzhar heap leach operation' in the text)
            extended = other.lower().startswith(name.lower() + " ") and other[len(name) + 1:].lower() in _GENERIC_KINDS
            # (and of the same words but its process told: 'Akbulak plant' is the 'Akbulak CIP plant')
            if other != name and omill == is_mill and (words <= owords or extended) and len(other) > len(best) and (
                    kind(other) == kind(name) or kind(name) in ("operation", "operations", "project", "complex") and
                    not _PART_OF_OPERATION.search(other) or extended):
                best = other
        mapping[name] = best
        if _GENERIC_SITE.search(name):
            # the 'Erayinia Operation' (a section's heading) whose one mill the release names: that mill's figures
            base = words - {"mining", "production", "operating", "unit"}
            mills = {mapping.get(o, o) for o in facilities if _site_key(o)[1] and _site_key(o)[0] == base}
            if base and len(mills) == 1:
                mill_of[name] = next(iter(mills))
    # a bare name ('Wiawso Hills produced 40,577 ounces') is the one facility of those words ('Wiawso Hills mine'
    # in the table), a mine before a mill
    for name in names:
        if name in mapping:
            continue
        words = frozenset(w.lower() for w in re.findall(r"[\w']+", name))
        same = [f for f in facilities if _site_key(f)[0] == words]
        mines = [f for f in same if not _site_key(f)[1]]
        pick = mines if mines else same
        if len({mapping.get(f, f) for f in pick}) == 1:
            mapping[name] = mapping.get(pick[0], pick[0])
        mills = {mapping.get(f, f) for f in same if _site_key(f)[1]}
        if mines and len(mills) == 1:
            mill_of[name] = next(iter(mills))
    return mapping, mill_of


_SAME_PERIOD = re.compile(r"\b(?:the\s+)?(?:same|corresponding|comparable)\s+(?:quarter|period|month|half(?:[- ]year)?)\s+(?:of|in|last)\s+$",
                          re.I)


def _same_period_of(text: str, p: Period, running: Period) -> Period:
    """'up from 58,020 ounces in the same quarter of 2011': the running period, in that year."""
    if p.grain != "year" or not _SAME_PERIOD.search(text, max(0, p.span[0] - 40), p.span[0]):
        return p
    shift = running.end.year - p.end.year
    try:
        return Period(running.start.replace(year=running.start.year - shift),
                      running.end.replace(year=running.end.year - shift), running.grain, p.span)
    except ValueError:      # 29 February
        return p


# the year the running quarter or month falls in: '6.84 g/t in the quarter and 6.51 g/t for the year'
_WHOLE_YEAR = re.compile(
    r"(?<!first\s)(?<!its\s)\b(?:for|during|in)\s+the\s+(?:full|whole|entire)[- ]year\b(?![- ]?(?:ended|ending|to\b|\d))|"
    r"\bfor\s+the\s+year\b(?!\s+(?:ended|ending|to)\b)|"
    r"(?<!first\s)(?<!its\s)\b(?:for\s+the\s+)?full[- ]year\b"
    r"(?!\s+(?:of\s+)?(?:ended|ending|commercial|\d|guidance|outlook|forecast|target))", re.I)
# ('Full-year guidance for Gbeya is maintained at 66,000 ounces' in a report on a year's third quarter: that year)
_WHOLE_YEAR_GUIDED = re.compile(r"(?<!first\s)(?<!its\s)\bfull[- ]year\s+(?:production\s+)?(?:guidance|outlook|forecast|target)\b",
                                re.I)


def _whole_years(text: str, running: Period | None, fy_end: int) -> tuple[Period, ...]:
    if running is None or running.grain not in ("month", "quarter", "half"):
        return ()
    end = running.end
    last = month_period(fiscal_year_of(end, fy_end), fy_end).end   # its (fiscal) year's end
    found = [m.span() for m in _WHOLE_YEAR.finditer(text)]
    if end != last:     # (in a report on the year's last months, the outlook may be the next year's)
        found += [m.span() for m in _WHOLE_YEAR_GUIDED.finditer(text)]
    if end == last:
        # 'Ore mined during the year was 1.31 million tonnes' in the report of a year's last quarter: that year
        found += [m.span() for m in _DURING_THE_YEAR.finditer(text) if not any(a <= m.start() < b for a, b in found)]
    return tuple(period_ending(12, last, "year", span) for span in sorted(found))


_DURING_THE_YEAR = re.compile(r"\b(?:during|over|in|through(?:out)?)\s+the\s+year\b(?!\s+(?:ended|ending|to|before|ago|\d))",
                              re.I)


# 'in September, bringing production for the quarter to 52,310 ounces': the release's own quarter
_THIS_PERIOD = re.compile(r"\b(?:for|in|during|over|of)\s+the\s+(?P<grain>quarter|month|half(?:[- ]year)?)\b(?!\s+(?:ended|ending)\b|\s+to\s+(?:date|[A-Z]|\d\d?\s+[A-Z]))",
                          re.I)


def _this_periods(text: str, periods: tuple, lead: Period | None) -> tuple[Period, ...]:
    """'the quarter' beside another period of the sentence: the release's own period of that grain."""
    if lead is None:
        return ()
    out = []
    for m in _THIS_PERIOD.finditer(text):
        if any(p.span[0] <= m.start() < p.span[1] for p in periods):
            continue
        grain = m.group("grain").lower().replace("-", " ").replace("half year", "half")
        if grain == lead.grain:
            out.append(Period(lead.start, lead.end, lead.grain, m.span()))
        elif _GRAIN_MONTHS.get(grain, 99) < _GRAIN_MONTHS.get(lead.grain, 0):
            # 'in the quarter' in a release on the three and six months to June: the quarter that ends the half
            out.append(period_ending(_GRAIN_MONTHS[grain], lead.end, grain, m.span()))
        elif grain == "quarter" and lead.grain == "month" and lead.end.month % 3 == 0:
            # 'in the quarter' in a release on 'June and Second Quarter 2019 Production': the quarter June ends
            out.append(period_ending(3, lead.end, grain, m.span()))
    return tuple(out)


_GRAIN_MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12}


_RELATIVE_WORDS = re.compile(r"\b(?:earlier|ago|before|previous|prior|preceding|last|corresponding|comparable)\b", re.I)


_COMPARATIVE_TERM = re.compile(r"\b(?:Corresponding|Comparative|Comparable|Prior|Previous|Preceding|Last)\b")
_PERIOD_TERM = re.compile(r"[A-Z]\w*(?:\s+[A-Z]\w*){0,3}")


def _defined_periods(seg, release_date, fy_end) -> dict[str, tuple[re.Pattern, Period]]:
    """Periods the release names by a defined term: '... for the six months ended 30 June 2019 (the
    "Corresponding Period")'."""
    out: dict[str, tuple[re.Pattern, Period]] = {}
    for sent in seg.sentences:
        if '"' not in sent.text:
            continue
        for m in DEFINED_TERM.finditer(sent.text):
            if not _PERIOD_TERM.fullmatch(m.group("term")):
                continue
            before = [p for p in find_sentence_periods(sent.text, release_date, fy_end)
                      if p.span[1] <= m.start() and m.start() - p.span[1] <= 12]
            if before and m.group("term") not in out:
                rx = re.compile(rf"(?<![\w\"])(?:the\s+)?{re.escape(m.group('term'))}\b(?!\")")
                out[m.group("term")] = (rx, before[-1])
    return dict(sorted(out.items(), key=lambda kv: -len(kv[0])))


_PART_BEFORE = re.compile(r"(?:\b(including|inclusive\s+of)|^\s*(?:\(\w{1,2}\)|\*+)?\s*(includes))\s+(?:(?:approximately|about|some|a\s+further|"
                          r"an?\s+(?:additional|further))\s+)?$", re.I)
_PART_AFTER = re.compile(r"[^.;]{0,60}?,?\s*which\s+(?:is|are|was|were|has\s+been|have\s+been)\s+included\b", re.I)
_PRE_COMMERCIAL = re.compile(r"[^.;]{0,50}?\b(?:(?:before|prior\s+to)\s+(?:the\s+(?:declaration|start)\s+of\s+)?commercial\s+"
                             r"production|during\s+(?:the\s+)?commissioning|pre-?commercial)", re.I)
# a period a clause counts from ('the second-highest quarter since commercial production was declared in 2021'):
# never the running period
_SINCE = re.compile(r"\bsince\b[^,;.]*$", re.I)


def _within(p: Period, lead: Period | None) -> bool:
    """A finer period inside the release's own ('In September the Board ...' in a quarterly report)."""
    return lead is not None and p.grain != lead.grain and lead.start <= p.start and p.end <= lead.end


# 'compared with 15,890 ounces of gold in the third quarter of 2007': the comparison's figure, then its period
# (and the figure in another unit in brackets: 'as compared with 1,167 kg (37,520 ounces) in 1H2005')
_COMPARED_FIGURE = re.compile(r"\b(?:compar(?:ed|es|ing)\s+(?:to|with)|versus|vs\.?|relative\s+to|in\s+line\s+with)\s+"
                              r"(?:[^,;()]|,(?=\d)|\(\d[\d,. ]*\s*[A-Za-z/%]{0,10}\)){0,70}$", re.I)


def _compared(text: str, p: Period, reach: int = 40) -> bool:
    """A period named as the comparison: 'compared with 24,880 ounces in the June quarter', '(June quarter: ...)'."""
    return bool(_COMPARISON.search(text, max(0, p.span[0] - reach), p.span[0])
                or _COMPARED_FIGURE.search(text, max(0, p.span[0] - 90), p.span[0])
                or text[:p.span[0]].rstrip().endswith("(")
                # ('(Q2 2015: 35.0 koz; Q3 2014: 33.7 koz)': each label of a bracket of prior figures)
                or text.rfind("(", 0, p.span[0]) > text.rfind(")", 0, p.span[0]) and text.startswith(":", p.span[1])
                or _SAME_PERIOD.search(text, max(0, p.span[0] - 45), p.span[0])
                or _PERCENT_ON.search(text, max(0, p.span[0] - 40), p.span[0]))


# 'an increase of 17% on the June quarter', 'up 8 per cent on the previous quarter': the period a change is measured on
_PERCENT_ON = re.compile(r"\d\s*(?:%|per\s*cent)\s+(?:on|over|against)\s+(?:the\s+)?$", re.I)


def _says_why(text: str, clauses: list[tuple[int, int]], f: Facility) -> bool:
    """Whether a site is named only in a clause that says why or when ('as La Candelilla completed its first full
    quarter', '..., driven by the first full year of the Tinyacclla heap leach')."""
    return bool(_SUBORDINATE.match(text, next((a for a, b in clauses if a <= f.start < b), 0))
                or _CAUSE_IN_CLAUSE.search(text, max(0, f.start - 80), f.start))


# '..., weighted towards the second half as the North pit cutback is completed': a site named in a clause that says
# why or when is not the figure's
_SUBORDINATE = re.compile(r"\s*(?:as|because|since|while|following|after|due\s+to|when|until|before|reflecting)\b",
                          re.I)
_SUBORDINATE_BEFORE = re.compile(r"\b(?:as|because|since|while|when|until|once)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$", re.I)
_OPERATION_KINDS = ("mine", "operation", "gold mine", "mine complex", "mining unit", "heap leach mine")


# thousands grouped with points, as Brazil and much of Europe write them: 'R$ 48.000.000,00', '1.234.567 tonnes'
_DOT_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?:,\d{1,2})?(?![\d.])")


def extract_production(doc, table_facts: list = ()) -> list:
    """Production facts from the prose of a release (tables: :mod:`pressroom.extract.tables`, whose facts name
    the sites of figures the prose repeats without one)."""
    from pressroom.models import ProductionFact

    seg = doc.seg
    facts: list[ProductionFact] = []
    weak: set[int] = set()
    guessed: set[int] = set()       # weak facts given the release's one operation for want of any site
    context_site: str | None = None
    section_site: str | None = None     # the site a heading names, for the units under it
    section_mill: str | None = None     # the one mill the units under that heading name
    context_period: Period | None = None
    last_t_metric: str | None = None
    resp_lists: list[tuple[int, int]] = []
    last_oz_metric: str | None = None
    dot_thousands = bool(_DOT_THOUSANDS.search(doc.clean.text))
    last_unit = -1
    fy_end = doc.fy_end
    # the headline's period ('Quarterly Report for the Period Ended 31 March 2005'), else the lead paragraph's,
    # frames the release ("... for November 2008"), never one it is compared with ('up 8% on the December quarter')
    # (a headline of one month or quarter: 'Q4 and Full Year 2010' or '2010 Production' frame nothing)
    title_periods = find_sentence_periods(doc.title, doc.release_date, fy_end) if doc.title else ()
    if len(title_periods) == 1 and title_periods[0].grain == "month" and _QUARTERLY_TITLE.search(doc.title):
        # 'Quarterly Activities Report - March 2023': the quarter that ends with that month
        title_periods = (period_ending(3, title_periods[0].end, "quarter", title_periods[0].span),)
    if len(title_periods) == 1 and title_periods[0].grain in ("month", "quarter") and not (
            doc.release_date and title_periods[0].end > doc.release_date):
        context_period = title_periods[0]
    if context_period is None:
        # a letterhead's 'QUARTERLY REPORT FOR THE PERIOD ENDED 30 SEPTEMBER 1995' under another headline: that quarter
        for unit in seg.header:
            ended = _QUARTER_ENDED_LINE.search(unit.text)
            day = next((d.value for d in find_dates(ended.group("date"))), None) if ended else None
            if day is not None and not (doc.release_date and day > doc.release_date):
                months, grain = (12, "year") if ended.group("y") else (6, "half") if ended.group("h") else (3, "quarter")
                context_period = period_ending(months, day, grain, (0, 0))
                break
    # (the lead's opening sentence first: a highlights list above it may open with next year's forecast)
    lead_first = next((sent for sent in seg.sentences if sent.unit == seg.lead), None)
    for sent in [*([lead_first] if lead_first else []), *seg.sentences] if context_period is None else ():
        if sent.section == "body":
            periods = [p for p in find_sentence_periods(sent.text, doc.release_date, fy_end) if not _compared(sent.text, p)]
            if periods:
                context_period = periods[0]
                break
    lead_period = context_period
    heading_period = False      # whether the running period is one a heading set
    defined_periods = _defined_periods(seg, doc.release_date, fy_end)
    # every facility the release names, by its bare name ('Wattle Creek' -> 'Wattle Creek operation')
    known_sites: dict[str, str] = {}
    operations: dict[str, str] = {}     # mines and operations by their first word (not pits, not mills)
    all_mills: set[str] = set()         # every mill or plant the release names
    # (the body's sentences and its headings, in order: 'Kiéma Mine, Burkina Faso (90%)' above 'Kiéma processed ...')
    named_in = sorted([(sent.start, sent.text) for sent in seg.sentences if sent.section == "body"]
                      + [(u.start, titled(u.text)) for u in seg.units if u.kind == "heading" and u.section == "body"])
    # the operations in each country ('the Daboase mine in Ghana and the Diamou mine in Mali'): a country with one
    # stands for it ('Ghana' over its paragraph, 'Ghanaian production')
    in_country: dict[str, set[str]] = {}
    for _, named_text in named_in:
        names_country = bool(COUNTRY_RE.search(named_text))
        for f in find_facilities(named_text):
            if f.kind.lower() in _OPERATION_KINDS and f.base not in (doc.issuer or ""):
                operations.setdefault(f.base.split()[0].lower(), f.name)
                country = _country_of_operation(named_text, f) if names_country else None
                if country:
                    in_country.setdefault(country, set()).add(f.name)
            if len(f.base) >= 4 and f.base not in (doc.issuer or "") and _MILL_NAME.search(f.name):
                all_mills.add(f.name)
            if len(f.base) >= 4 and f.base not in (doc.issuer or ""):
                # the first name the release gives, but 'Tapaz operations' then 'the Tapaz mill': a bare
                # 'Tapaz' is the mill
                if f.base not in known_sites or (known_sites[f.base].lower().endswith("operations")
                                                 and _MILL_NAME.search(f.name)):
                    known_sites[f.base] = f.name
    # (the company profile names the operations in full too: 'the Indian Valley mill and Fish Creek heap leach
    # operation in Nevada' gives a bare 'Fish Creek' of the body its name; it adds no operation of its own)
    for sent in seg.sentences:
        if sent.section == "about":
            for f in find_facilities(sent.text):
                if len(f.base) >= 4 and f.base not in (doc.issuer or "") and f.base not in known_sites:
                    known_sites[f.base] = f.name
    # a release about one mine or operation: a figure no sentence gives a site is that operation's
    only_operation = next(iter(operations.values())) if len(operations) == 1 else None
    outlook: tuple[int, Period] | None = None     # (unit, period) of the latest outlook sentence
    heading_outlook: Period | None = None         # the period to come of a heading over a forecast ('2015 Guidance')
    mills_named = {name for name in known_sites.values() if _MILL_NAME.search(name)} or all_mills
    only_mill = next(iter(mills_named)) if len(mills_named) == 1 else None
    by_kind: dict[str, set[str]] = {}
    for name in known_sites.values():
        kind = _KIND_OF_NAME.search(name)
        if kind:
            by_kind.setdefault(" ".join(kind.group().lower().replace("-", " ").split()), set()).add(name)
    only_of_kind = {k: next(iter(v)) for k, v in by_kind.items() if len(v) == 1}
    country_sites = {c: next(iter(names)) for c, names in in_country.items() if len(names) == 1}
    known_re = re.compile(
        r"\b(" + "|".join(re.escape(b) for b in sorted(known_sites, key=len, reverse=True))
        + r")\b(?!\s+(?:gold\s+)?(?:ore|mill|mine|plant|project|operation))") if known_sites else None
    issuer_short = doc.issuer.split()[0] if doc.issuer else None
    # 'Pallister Gold Mines Ltd.': the issuer's name is not its 'Pallister Mine'
    issuer_stem = re.sub(r"[\s,]+(?:Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation|plc|PLC|S\.A\.|LLC|N\.L\.)$", "",
                         doc.issuer) if doc.issuer and _FACILITY_RE.search(doc.issuer) else None
    # 'Kwahu produced ...', "Kwahu's cash operating cost": the company; "Rusoro's Choco 10 mill": the mill
    issuer_re = re.compile(rf"\b{re.escape(issuer_short)}\b(?!'s)|\b{re.escape(issuer_short)}'s\s+(?:[\w-]+\s+){{0,2}}?"
                           r"(?:production|output|costs?|sales|throughput|recovery|grade)\b") if issuer_short else None
    for sent in seg.sentences:
        text = sent.text
        low = text.lower()
        if any(w in low for w in _SKIP_WORDS) and _SKIP_SENTENCE.search(_HEDGE_ASIDE.sub(" ", ISSUER_RE.sub(" ", text))) or \
                _PART_OF_MONTHS.search(text):
            # (a company's name is no resource: 'Harrowgate Resources Inc. today reported gold production of ...')
            continue
        label = None
        if sent.unit != last_unit:
            # a highlight bullet stands alone, and a heading ('Costs', 'Finance') starts a new topic: no mill
            # is carried into either
            # and in a release about several operations a new paragraph names its own
            headings = [u for u in seg.units[max(last_unit + 1, 0):sent.unit] if u.kind == "heading"]
            if headings:
                # 'January-June 2021 in brief' over its bullets: the period of the figures under it (until a heading
                # with no period of its own returns to the release's)
                framed = [p for p in find_sentence_periods(headings[-1].text, doc.release_date, fy_end)
                          if doc.release_date is None or p.end <= doc.release_date]
                if framed:
                    context_period, heading_period = framed[0], True
                elif heading_period:
                    context_period, heading_period = lead_period, False
                heading_outlook = _outlook_of(headings[-1].text, doc.release_date, fy_end)
                # ('Ghana' over the paragraph on the release's one Ghanaian operation: that operation)
                country = country_of(re.split(r",|\s\(|\s[-\u2013]\s", headings[-1].text.strip(" *:"))[0])
                section_site = country_sites.get(country) if country else _site_label(headings[-1].text, doc.issuer)
                section_mill = _section_mill(seg, sent.unit)
            if seg.units[sent.unit].kind == "list_item" or len(operations) > 1 or headings:
                context_site = section_site
            last_unit = sent.unit
            run_in = _RUN_IN.match(text) if sent.start == seg.units[sent.unit].start else None
            label = _site_label(run_in.group("name"), doc.issuer) if run_in else None
        facilities = find_facilities(text)
        if label:
            facilities = [Facility(label, label, "site", run_in.start("name"), run_in.end("name")),
                          *(f for f in facilities if f.start >= run_in.end())]
        if issuer_stem and issuer_stem in text:
            spans = [(m.start(), m.end()) for m in re.finditer(re.escape(issuer_stem), text)]
            facilities = [f for f in facilities if not any(a <= f.start < b for a, b in spans)]
        figures_possible = bool(_MAY_HOLD_FIGURE.search(text))
        if known_re is not None:
            named = {f.base for f in facilities}
            for m in known_re.finditer(text):
                base = m.group(1)
                if base not in named:
                    full = known_sites[base]
                    facilities.append(Facility(full, base, full.split()[-1].lower(), m.start(), m.end()))
            facilities.sort(key=lambda f: f.start)
        if figures_possible and "'s " in text:
            # "Sirakoro's fourth-quarter production of 26,011 ounces reflected ... the Sirakoro North pit"
            facilities = sorted([*facilities, *(f for f in _possessive_sites(text, doc.issuer) if not any(
                g.start <= f.start < g.end for g in facilities))], key=lambda f: f.start)
        if figures_possible and country_sites:
            # 'Ghanaian production rose to 23,180 ounces', 'Cash operating costs in Ghana were ...': the release's one
            # operation in that country
            facilities = sorted([*facilities, *(
                Facility(country_sites[c], m.group(), "site", m.start(), m.end())
                for m in COUNTRY_OR_ADJECTIVE_RE.finditer(text) for c in [country_of(m.group())]
                if c in country_sites and not any(g.start <= m.start() < g.end + 40 for g in facilities))],
                key=lambda f: f.start)
        if figures_possible and not facilities:
            facilities = _bare_sites(text, doc.issuer)
        if figures_possible and not facilities and only_of_kind:
            # 'The underground mine produced 64,800 tonnes of ore': the release's one underground mine
            m = _THE_KIND.match(text)
            name = only_of_kind.get(" ".join(m.group(1).lower().replace("-", " ").split())) if m else None
            if name and not _CAUSE_WORD.search(text[max(0, m.start() - 60):m.start()]):
                facilities = [Facility(name, name, m.group(1).lower(), m.start(), m.end())]
        if figures_possible and not facilities and section_mill is not None:
            # 'MARLOO OPERATIONS ... operates the Marloo mill ... - Mill throughput: 351,900 t': the section's one mill
            m = _THE_MILL.search(text) or _MILL_LABEL.match(text)
            if m:
                facilities = [Facility(section_mill, section_mill.rsplit(" ", 1)[0], "mill", m.start(), m.end())]
        if figures_possible and not facilities and only_mill is not None and section_site is None:
            m = _THE_MILL.search(text)
            cause = _CAUSE_WORD.search(text[max(0, m.start() - 100):m.start()]) if m else None
            if cause and not re.search(r"[,;]", text[max(0, m.start() - 100) + cause.end():m.start()]):
                m = None    # ('..., mainly reflecting the higher grade fed to the plant'): a reason, not the site
            if m:       # 'Gold recovered at the plant was 8,916 ounces': the release's one named plant
                facilities = [Facility(only_mill, only_mill.rsplit(" ", 1)[0], "mill", m.start(), m.end())]
        mills = [f for f in facilities if f.is_mill]
        periods = find_sentence_periods(text, doc.release_date, fy_end)
        if "guidance" in text or "forecast" in text or "outlook" in text:
            # ('... above the revised guidance of 64,000 ounces issued in August 2012'): when a forecast was given,
            # not the period it is for
            periods = tuple(p for p in periods if not _WHEN_GIVEN.search(text, max(0, p.span[0] - 90), p.span[0]))
        relative: tuple = ()        # periods named relative to another one: never the running period
        if defined_periods:
            # '(Corresponding Period: 1,318,700 tonnes)': a period the release defined by name
            named = []
            for term, (rx, p) in defined_periods.items():      # longest terms first: 'Corresponding Period'
                for m in rx.finditer(text):                      # holds 'Period'
                    if not any(q.span[0] <= m.start() < q.span[1] for _, q in named):
                        named.append((term, Period(p.start, p.end, p.grain, m.span())))
            if named:
                periods = tuple(sorted((*periods, *(p for _, p in named)), key=lambda p: p.span[0]))
                # a comparison period never becomes the running one
                relative = (*relative, *(p for term, p in named if _COMPARATIVE_TERM.search(term)))
        if context_period is not None and periods and ("same" in text or "corresponding" in text):
            periods = tuple(_same_period_of(text, p, context_period) for p in periods)
        if "year" in low:
            whole = _whole_years(text, next((p for p in periods if p.grain != "year" and not _compared(text, p)), None)
                                 or context_period, fy_end)
            if whole:       # (never the running period)
                periods = tuple(sorted((*periods, *whole), key=lambda p: p.span[0]))
                relative = (*relative, *whole)
        if "the " in text and lead_period is not None and not (doc.release_date and lead_period.end > doc.release_date):
            # (a forecast's year still to come names no 'the quarter': 'Production guidance for the year ending 31
            # December 2023 remains ...' as the release's first period)
            this = _this_periods(text, periods, lead_period)
            # (and 'in the quarter' alone, after a sentence on the half has moved the running period away)
            if this and (any(p.grain != lead_period.grain for p in periods) or any(
                    p.grain != lead_period.grain for p in this) or context_period is not None
                    and context_period != lead_period and (not periods or all(_compared(text, p) for p in periods))):
                periods = tuple(sorted((*periods, *this), key=lambda p: p.span[0]))
        if _RELATIVE_WORDS.search(text):
            running = next((p for p in periods if not _compared(text, p) and p not in relative), None) or context_period
            if running is not None:
                shifted = tuple(relative_periods(text, running))
                relative = (*relative, *shifted)
                periods = tuple(sorted((*periods, *shifted), key=lambda p: p.span[0]))
        if "respectively" in low and sent.section == "body" and not GUIDANCE_RE.search(text):
            # 'The Wren and Finch mines produced 32,110 and 18,050 ounces, respectively': one figure per site
            own = [p for p in periods if not _compared(text, p) and p not in relative] or (
                [context_period] if context_period is not None else [])
            parts, resp_span = _respectively(text)
            if parts and own and own[0].grain in ("month", "quarter", "half", "year") and not (
                    doc.release_date and own[0].end > doc.release_date):
                # (a name the release gives the site in full: 'Lomas Verdes' of 'the Lomas Verdes mine')
                names = [known_sites.get(next((b for b in known_sites if n == b or n.startswith(b + " ")), None), n)
                         for n, *_ in parts]
                for site_name, (_, metric, value, unit) in zip(names, parts, strict=True):
                    facts.append(ProductionFact(
                        site=site_name, ore_source=None, period_start=own[0].start, period_end=own[0].end,
                        period_grain=own[0].grain, metric=metric, value=value, unit=unit, is_guidance=False,
                        evidence=doc.evidence(sent.start, sent.end, "production.prose")))
                # the prior period's figures in a bracket, in the same order: '... 24.6 koz and 16.6 koz respectively
                # (Q3 2012: 20.2 koz and 18.4 koz)'
                if (prior := _RESP_PRIOR.match(text, resp_span[1])) is not None:
                    nums = [_to_float(n) for n in re.findall(INT_WRITTEN + r"(?:\.\d+)?", prior.group("nums"))]
                    per = next((p for p in periods if prior.start("label") <= p.span[0] < prior.end("label")), None)
                    big = re.search(r"\b(?:koz|kt)\b", prior.group("nums") if re.search(r"[a-z]", prior.group("nums"))
                                    else text[resp_span[0]:resp_span[1]], re.I)
                    if per is not None and len(nums) == len(parts) and per.grain in ("month", "quarter", "half", "year"):
                        for site_name, (_, metric, _, unit), value in zip(names, parts, nums, strict=True):
                            facts.append(ProductionFact(
                                site=site_name, ore_source=None, period_start=per.start,
                                period_end=per.end, period_grain=per.grain, metric=metric,
                                value=round(value * (1000.0 if big else 1.0), 6), unit=unit, is_guidance=False,
                                evidence=doc.evidence(sent.start, sent.end, "production.prose")))
                    resp_span = (resp_span[0], prior.end())
                # the rest of the sentence still speaks ('..., respectively, while gold sales totalled 67,900 ounces')
                rest = text[resp_span[1]:]
                if not re.search(r"\b(?:while|whereas)\b|,\s+(?:and|with)\b", rest) or not _MAY_HOLD_FIGURE.search(rest):
                    continue
            elif own and own[0].grain in ("month", "quarter", "half", "year") and not (
                    doc.release_date and own[0].end > doc.release_date):
                # 'Mill throughput averaged 1,720 tonnes per day at Lomas Verdes and 2,460 tonnes per day at Pampa
                # Chica, with head grades of 6.84 g/t and 1.38 g/t ..., respectively': each list of figures goes
                # to the sites in the order the sentence names them
                listed, spans = _respectively_lists(text, known_sites, known_re)
                # ('Ore processed at Rainy Hollow comprised ... from the Rainy Hollow pit and ... from the Spruce Knob
                # pit, at grades of 1.47 g/t and 1.03 g/t respectively': the names are the feed's sources)
                at = _PROCESSED_AT.search(text) if _FEED_SPLIT.search(text) else None
                feed_site = (known_sites.get(at.group("name")) if at else None) or (only_mill if at else None)
                feed_sources = [src for _, src in ore_sources(text, find_facilities(text))] if feed_site else []
                nth: dict[str, int] = {}
                for site_name, metric, value, unit in listed:
                    source = None
                    if feed_sources and metric in _PROCESSING_METRICS:
                        k = nth[metric] = nth.get(metric, -1) + 1
                        if k < len(feed_sources):
                            site_name, source = feed_site, feed_sources[k]
                    facts.append(ProductionFact(
                        site=site_name, ore_source=source, period_start=own[0].start, period_end=own[0].end,
                        period_grain=own[0].grain, metric=metric, value=value, unit=unit, is_guidance=False,
                        evidence=doc.evidence(sent.start, sent.end, "production.prose")))
                resp_lists = spans
        else:
            resp_span = None
        of_this = bool(_OF_THIS.match(text))
        # (a sentence of its own under '2015 Guidance' that tells no period and no result is of the forecast:
        # 'Kettle River mine: approximately 140,000 ounces of gold at cash costs of approximately $680 per ounce.')
        # (a sentence with a verb of a result reports one; and not a quotation: '"We promised the market 30,000 ounces and
        # delivered more than 32,000," said ...')
        quoted = heading_outlook is not None and _QUOTED.search(text) is not None
        under_outlook = heading_outlook is not None and sent.section == "body" and not periods and \
            not _ACTUAL_VERB.search(text) and not quoted
        figures = find_figures(text, doc.default_currency, last_t_metric if of_this else None,
                               last_oz_metric if of_this else "gold_produced_oz" if under_outlook else None) \
            if sent.section == "body" else []
        if resp_span and figures:
            figures = [f for f in figures if not resp_span[0] <= f.start < resp_span[1]]
        if resp_lists and figures:
            figures = [f for f in figures if not any(a <= f.start < b for a, b in resp_lists)]
        resp_lists = []
        if dot_thousands and figures:
            # a release that groups thousands with points ('R$ 48.000.000,00'): '38.640 ounces' is 38,640 ounces
            figures = [replace(f, value=f.value * 1000) if f.unit in ("oz", "t") and re.fullmatch(
                r"\d{1,3}\.\d{3}", re.match(r"[\d.]+", text[f.start:f.end]).group()) else f for f in figures]
        if figures:
            # 'tons' are short tons unless called metric ('placed 1.21 million tons on the leach pads'): not tonnes
            figures = [f for f in figures if not (f.unit in ("t", "t/d") and re.match(NUM_WRITTEN + r"\s*(?:million\s+)?(?:short\s+)?tons?\b",
                                                                                        text[f.start:f.end + 12]))]
        if figures and ("nclud" in text or "nclusive" in text):
            # a part told of a figure ('40,577 ounces, including 4,810 ounces recovered before commercial production',
            # a note's '(1) Includes 1,310 ounces ...', 'a further 412 ounces, which is included in the production above')
            # (but a site's part stays its own fact: 'including 102,000 ounces from the Kramer Hill mine')
            figures = [f for f in figures if not (m := _PART_BEFORE.search(text[:f.start], max(0, f.start - 40))) and
                       not _PART_AFTER.match(text, f.end) or m and m.group(1) and m.group(1).lower() == "including"
                       and not _PRE_COMMERCIAL.match(text, f.end)]
        last_t_metric = next((f.metric for f in reversed(figures) if f.unit == "t"), last_t_metric)
        last_oz_metric = next((f.metric for f in reversed(figures) if f.unit == "oz"), last_oz_metric)
        # (an actual measured against guidance that the sentence does not state is no forecast: '41.6koz in the June
        # 2020 quarter, ..., at the top of guidance')
        guided = bool(GUIDANCE_RE.search(_AGAINST_GUIDANCE.sub(" ", text) if "guidance" in text else text)) or \
            under_outlook
        is_guidance = guided if (figures or sent.section == "about") else False
        if guided and sent.section == "body":
            # ('Kestrel expects 2024 production of 245,000 to 265,000 ounces. Lac Albanel is expected to produce
            # approximately 128,000 ounces ...': the outlook's year carries to the next sentence of its paragraph)
            ahead = [p for p in find_sentence_periods(text, doc.release_date, fy_end)
                     if doc.release_date and p.end > doc.release_date and p.grain in ("quarter", "half", "year")]
            if ahead:
                outlook = (sent.unit, ahead[0])
            elif heading_outlook is not None and not quoted:
                outlook = (sent.unit, heading_outlook)
        if sent.section == "about" and is_guidance:
            figures = find_figures(text, doc.default_currency)
        if figures and is_guidance and _WITHDRAWN.search(text):
            figures = []        # 'Tachie is withdrawing its 2015 production guidance of approximately 13,500 ounces'
        if figures and _THIRD_PARTY_ORE.search(text) and _NOT_OURS.search(text):
            figures = []        # 'ore from the neighbouring Uitkyk mine ... treated under a toll agreement and excluded'
        if figures and _SINCE_OPENING.match(text):
            figures = []
        if figures and (restated := _OF_THE_TOTAL.match(text)) is not None:
            # 'Of the 120,000 tonnes milled, 80,000 tonnes were from the Finch pit': the total told again, its parts new
            figures = [f for f in figures if not restated.start("n") <= f.start < restated.end("n")]
        # ('the highest monthly rate since the plant was commissioned': a record, the figure is the month's)
        unsupported = _RECORD_SINCE.sub(lambda m: " " * len(m.group()), text) if "since" in text.lower() else text
        if figures and _UNSUPPORTED_PERIOD.search(unsupported):
            if not periods:
                figures = []        # 'for the nine months ended ...': never the running period instead
            else:
                spans = _clauses(text)
                figures = [f for f in figures if not _UNSUPPORTED_PERIOD.search(
                    unsupported, *next(((a, b) for a, b in spans if a <= f.start < b), (0, len(text))))]
        if figures and " and " in text and (two := list(_TWO_MONTHS.finditer(text))):
            # the figure the two months name, just before or after it with no figure between
            figures = [f for f in figures if not any(
                f.end <= m.start() <= f.end + 60 and not _NOT_BETWEEN.search(text, f.end, m.start())
                or m.end() <= f.start <= m.end() + 40 and not _NOT_BETWEEN.search(text, m.end(), f.start) for m in two)]
        if not figures:
            # (a site named as a reason, '... reflects higher-grade ore from the Kisiwani pit', frames nothing)
            framing = [f for f in facilities if not _CAUSE_BEFORE.search(text, max(0, f.start - 50), f.start)]
            if mills:
                context_site = mills[0].name
            elif framing and not ore_sources(text, facilities):
                context_site = framing[0].name
            # a sentence without figures frames the next ones only when it opens with its period
            # ('For the quarter ended ...', 'During October, ...'), not 'a conveyor failed in August'
            own = [p for p in periods if not _compared(text, p) and p not in relative and p.span[0] <= 25 and not (
                doc.release_date is not None and p.end > doc.release_date) and not _within(p, lead_period)]

            if own and sent.section == "body" and len(text.split()) >= 5 and "   " not in text and not _LEGEND.match(text):
                context_period = own[0]
            continue
        company_subject = bool(_COMPANY_SUBJECT.search(text) or (issuer_re is not None and issuer_re.search(text)))
        sources = ore_sources(text, facilities, known_sites)
        compare_cues = list(_COMPARED_WITH.finditer(text))
        bare_ores = [m for m in _BARE_ORE.finditer(text) if m.group("name").split()[0] not in _NOT_NAME
                     and m.group("name").split()[0] not in _ORE_ADJECTIVES] if " ore " in text else []
        combined = re.search(r"\b(?:combined|total|both)\b", text, re.I)
        source_names = {s for _, s in sources}
        # a mill's feed split by the mines it came from: the parts are the mill's, each with its source
        feed_split = len(source_names) >= 2 and bool(_FEED_SPLIT.search(text))
        feed_parts: dict[int, str] = {}
        if feed_split:
            # ('148,620 tonnes ... treated at the plant, of which 61,410 tonnes came from the Rosario mine and 87,210
            # tonnes from the Huallanca pit', 'The Wabaskang mine supplied 61,930 tonnes ... and the Jackfish pit
            # ... supplied 34,550 tonnes'): as many parts as sources, paired in order
            tonnes = [g for g in figures if g.unit == "t"]
            ordered = [src for _, src in sources]
            if len(tonnes) == len(ordered) + 1 and (_TOTAL_THEN_PARTS.search(text, tonnes[0].end, tonnes[1].start) or
                                                     re.fullmatch(r"[^()\d]*\(\s*[^()\d]*", text[tonnes[0].end:tonnes[1].start])
                                                     or _OF_THE_WHOLE.fullmatch(text, 0, tonnes[0].start)):
                # (the total, then its parts: '... 120,000 t (Finch pit 80,000 t; ...)', 'Of the 310,000 tonnes
                # processed, 190,000 tonnes came from ...')
                tonnes = tonnes[1:]
            if len(tonnes) == len(ordered):
                feed_parts = {g.start: src for g, src in zip(tonnes, ordered, strict=True)}
        elif len(sources) == 1 and _TOTAL_THEN_PARTS.search(text) and _PROCESSED_VERB.search(text):
            # ('The Wren plant milled 120,000 tonnes, including 35,000 tonnes of ore trucked from the Finch satellite
            # pit'): a total, then the part of it one source gave
            tonnes = [g for g in figures if g.unit == "t"]
            if len(tonnes) == 2 and tonnes[1].start < sources[0][0] and _TOTAL_THEN_PARTS.search(
                    text, tonnes[0].end, tonnes[1].start) and not re.search(r"[;(]", text[tonnes[0].end:sources[0][0]]):
                feed_split, feed_parts = True, {tonnes[1].start: sources[0][1]}
        elif len(sources) == 1 and _TOTAL_THEN_PARTS.search(text) and " ore " in text and not GUIDANCE_RE.search(text):
            # ('The Dialafara complex produced 38,900 ounces, of which ore from the Faraba satellite pit contributed
            # 9,450 ounces'): the ounces one source's ore gave, after the whole
            ounces = [g for g in figures if g.unit == "oz"]
            if len(ounces) == 2 and ounces[0].metric == ounces[1].metric and ounces[0].end < sources[0][0] and \
                    _TOTAL_THEN_PARTS.search(text, ounces[0].end, min(ounces[1].start, sources[0][0])) and \
                    not re.search(r"[;(]", text[ounces[0].end:max(ounces[1].start, sources[0][0])]) and \
                    re.search(r"\bore\b", text[ounces[0].end:max(ounces[1].end, sources[0][0])]):
                feed_split, feed_parts = True, {ounces[1].start: sources[0][1]}
        if not feed_parts and len(source_names) >= 2 and _FED_VERB.search(text):
            # ('... treated 118,250 tonnes, 71,300 tonnes from San Lucas and 46,950 tonnes from Las Peñas', 'Ore feed
            # came from the Kao pit (0.74Mt) and the Jailolo pit (0.28Mt)'): each part beside its own source, read by
            # where it stands when counting fails (a prior period's figure or an unnamed source upsets the count)
            beside = _parts_beside_sources(text, [g for g in figures if g.unit == "t"], sources)
            if len(set(beside.values())) >= 2:
                feed_split, feed_parts = True, beside
        if feed_parts and any(g.metric == "ore_processed_t" and g.start not in feed_parts for g in figures):
            # ('processed 1.02Mt of ore, of which ... 310kt was hauled from the Blackwood satellite pit'): a part of
            # the feed is part of what was processed, whatever word brought it there
            figures = [replace(g, metric="ore_processed_t") if g.start in feed_parts and g.metric == "ore_mined_t"
                       else g for g in figures]
        site_candidates = [f for f in facilities if f.name not in source_names
                           # (a bare name inside a source's; not the mill that shares its name: 'the Poularies mill
                           # processed ... ore from the Poularies underground mine')
                           and not (any(f.base in s for s in source_names) and not f.is_mill)
                           and not re.search(r"\bfrom\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}$", text[max(0, f.start - 40):f.start])
                           and not (f.kind.endswith("s") and f.kind.lower() != "operations")
                           and not _CAUSE_BEFORE.search(text, max(0, f.start - 50), f.start)
                           and not (resp_span and resp_span[0] <= f.start < resp_span[1])]
        guidance_flags = _guidance_per_figure(text, figures) if is_guidance else [False] * len(figures)
        clauses = _clauses(text)
        brackets = None
        last_of_metric: dict[str, tuple] = {}
        last_fig_end: dict[str, int] = {}
        # ('Ore from the Las Brisas mine accounted for 24,870 tonnes of the mill feed ... and yielded 5,936 ounces',
        # 'The Guarataro mine supplied the remaining 16,390 tonnes, from which 2,476 ounces were produced'): one
        # source's part of the feed of the release's one mill
        feed_mines = [f for f in facilities if not f.is_mill]
        feed_of_one = bool(only_mill and _ONE_FEED.search(text) and (
            len(source_names) == 1 or not source_names and len({f.name for f in feed_mines}) == 1))
        for fig, fig_guidance in zip(figures, guidance_flags, strict=True):
            if sent.section == "about" and not fig_guidance:
                continue        # a company profile may carry guidance, never reported actuals
            # site: the facility named nearest before the figure (else after), else context
            site = None
            ore_source = None
            weak_site = False       # a site no word of the sentence gives (the running one, the one operation)
            by_only_operation = False
            one_feed = feed_of_one and fig.metric != "ore_mined_t"
            mill_context = bool([f for f in site_candidates if f.is_mill]) or bool(
                context_site and re.search(r"\b(?:mill|plant|facility|concentrator)\b", context_site, re.I)) or feed_split \
                or bool(fig.metric in _PROCESSING_METRICS and _THE_MILL_TREATED.search(text)) \
                or bool(only_mill and fig.metric in _PROCESSING_METRICS and _BARE_ORE.search(text)) or one_feed
            clause = next(((a, b) for a, b in clauses if a <= fig.start < b), (0, len(text)))
            bare_ore = next((m for m in reversed(bare_ores) if clause[0] <= m.start() < fig.start), None)
            if bare_ore is not None and bare_ore.group("name") not in known_sites:
                continue        # ('Bayshura ore was processed at 2.21 g/t' with no mine the release calls Bayshura)
            clause_sources = [src for pos, src in sources if clause[0] <= pos < clause[1]]
            if sources and not mill_context:
                # no mill in view: 'N ounces from the X mine' reports the mine itself (same clause only)
                own_from = next((src for pos, src in sources if fig.end <= pos <= fig.end + 60 and re.fullmatch(
                    r"[^,;]*?\bfrom\s+(?:the\s+)?", text[fig.end:pos])), None)
                if own_from:
                    site = own_from     # '... 96,000 ounces from Chamberlain Basin and 74,000 ounces from Kelton Ridge'
                elif clause_sources:
                    # (of two sources in the clause, the one the figure follows: 'ore mined from the Wren pit was
                    # 281,300 tonnes and from the Finch pit 131,260 tonnes')
                    own_before = [src for pos, src in sources if clause[0] <= pos < fig.start]
                    site = own_before[-1] if len(clause_sources) > 1 and own_before else clause_sources[0]
                elif fig.metric == "ore_mined_t":     # '... came from the Finch mine, where 10,240 tonnes were mined'
                    site = next((src for pos, src in reversed(sources) if pos <= fig.start), None)
                if site is not None and (_STOCKPILE_NAME.search(site) or BOUGHT_ORE.fullmatch(site)):
                    # '38,200 tonnes was low-grade material reclaimed from the Sandalwood stockpile': a stockpile (or
                    # ore bought in) is where the feed came from, never a site
                    site, ore_source = None, site
            elif sources and not (combined and fig.metric == "cash_cost_per_oz"):
                before = [s for pos, s in sources if pos <= fig.start]
                # (of two sources in the clause, the one the figure follows: '... and Birrigai ore at 2.48 g/t')
                own_before = [src for pos, src in sources if clause[0] <= pos < fig.start]
                ore_source = own_before[-1] if len(clause_sources) > 1 and own_before else \
                    clause_sources[0] if clause_sources else before[-1] if before else sources[0][1]
                site_pool = [f for f in site_candidates if f.is_mill] or ([] if context_site is None else None)
                site = site_pool[0].name if site_pool else context_site
                if not site_pool and one_feed and not (context_site and _MILL_NAME.search(context_site)):
                    site = only_mill
                elif not site_pool and only_mill and _BARE_ORE.search(text) and not (
                        context_site and _MILL_NAME.search(context_site)):
                    site = only_mill        # ('Koondabbie ore was milled at ...': at the release's one mill)
                if feed_split and feed_parts:
                    # the parts of the feed in the order of their sources; a total before them has none, and a
                    # grade is the part's it follows
                    part = fig if fig.unit == "t" or fig.start in feed_parts else next((g for g in reversed(figures) if g.unit == "t"
                                                             and g.start < fig.start), None)
                    if part is not None and part.start in feed_parts and _AVERAGE_OF_ALL.search(text, part.end, fig.start):
                        part = None     # ('... and 25,160 tonnes from the Koktal pit, at an average head grade of
                        #                 2.38 g/t'): set off after the last part, the whole feed's grade
                    ore_source = feed_parts.get(part.start) if part is not None else None
                if feed_split and not site_pool and not (context_site and _MILL_NAME.search(context_site)):
                    # 'Mill feed comprised 208,350 t of Werrina open pit ore ... and 38,450 t of Bluewater
                    # underground ore': the operation the ore was processed at ('Ore processed at Rainy Hollow
                    # comprised ...'), else the release's one mill, else its one operation, else the company's
                    at = _PROCESSED_AT.search(text)
                    site = (known_sites.get(at.group("name")) if at else None) or section_mill or only_mill or \
                        only_operation or context_site or doc.issuer
                if feed_split and feed_parts and fig.unit != "t" and "respectively" in text:
                    # '... at grades of 1.47 g/t and 1.03 g/t respectively': the parts' grades in their order
                    same = [g for g in figures if g.metric == fig.metric]
                    ordered = list(dict.fromkeys(feed_parts.values()))
                    if len(same) == len(ordered):
                        ore_source = ordered[same.index(fig)]
            if one_feed and not sources and not (context_site and _MILL_NAME.search(context_site)):
                site, ore_source = only_mill, feed_mines[0].name     # 'The Guarataro mine supplied the remaining ...'
            if site is None:
                prior = [f for f in site_candidates if f.start <= fig.start]
                # a bare name later in the sentence names its own clause's figure ('..., with Matagami Road
                # contributing 43,115 ounces'), never an earlier one
                # ('... approximately 37,700oz, of which Kumusi River is expected to contribute ...': a part's site)
                later = [f for f in site_candidates if f.start > fig.start and f.kind != "subject"
                         and not re.search(r"\bwith\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$", text[max(0, f.start - 40):f.start])
                         and not re.search(r"\bof\s+which\b", text[fig.end:f.start])
                         and not _SUBORDINATE.match(text, next((a for a, b in clauses if a <= f.start < b), 0))
                         and not _SUBORDINATE_BEFORE.search(text, max(0, f.start - 40), f.start)]
                in_clause = [f for f in site_candidates if clause[0] <= f.start < clause[1]]
                subject = next((f for f in reversed(in_clause) if f.end <= fig.start
                                and _SUBJECT_VERB_FIGURE.fullmatch(text, f.end, fig.start)), None)
                company_sold = doc.issuer and next((m for m in _COMPANY_SELLER.finditer(text, clause[0], fig.start)
                                                    if _SUBJECT_VERB_FIGURE.fullmatch(text, m.end(), fig.start)), None)
                own_facility = next((f for f in facilities if fig.end <= f.start <= fig.end + 60 and re.fullmatch(
                    r"(?:(?!\band\b|\bgrades?\b)[^,;()])*?\bfrom\s+(?:the\s+|its\s+|our\s+)?", text[fig.end:f.start])
                    and not _CAUSE_BEFORE.search(text, max(0, f.start - 50), f.start)
                    # (not the first of a list: 'from its Grizzly Creek and Sturgeon Falls mines')
                    and not re.match(r"\s+and\s+[A-Z]", text[f.end:])), None) \
                    if not mill_context else None
                # ('At Lac Preissac, the Company expects ...', 'Gold production from the Kalkarra Well operation was
                # ...'): a site the sentence opens with, or whose production it names, before the figure
                framed_by = next((f for f in facilities if f.end <= fig.start and (
                    _OPENING_AT.fullmatch(text, 0, f.start) and not re.search(_NO_YEAR_FIGURE, text[f.end:fig.start])
                    or _PRODUCTION_FROM.search(text, max(0, f.start - 40), f.start)
                    and not re.search(",|" + _NO_YEAR_FIGURE, text[f.end:fig.start]))), None)
                if own_facility is not None and fig.unit == "oz":
                    # '... about 115,000 ounces from Morgan Creek, 104,000 ounces from the Indian Valley mill': the
                    # ounces a facility gives are its own
                    site = own_facility.name
                elif company_sold and (subject is None or subject.end < company_sold.start()):
                    # '... the Ccorihuayta plant produced 26,310 ounces of gold and the Company sold 26,280 ounces':
                    # the company whose verb the figure follows, not the plant before it
                    site = doc.issuer
                elif fig.metric == "ore_processed_t" and (feed_mill := next(
                        (f.name for f in site_candidates if f.is_mill), None) or (
                        context_site if context_site and _MILL_NAME.search(context_site) else None)) and (
                        supplier := next((f for f in reversed(in_clause) if f.end <= fig.start and not f.is_mill
                                          and (_SUPPLIED_VERB.fullmatch(text, f.end, fig.start) or text[f.end:fig.start].isspace()
                                               and _SUPPLIED_VERB.search(text, 0, f.start))), None)) is not None:
                    # (and the next of the list, its verb left out: '... and the Robin underground mine 40,000 tonnes')
                    # 'The Wren mill processed 120,000 tonnes. The Finch open pit supplied 80,000 tonnes ...', 'The
                    # Finch pit contributed 80,000 tonnes of the 120,000 tonnes milled at the Wren mill': the mine's
                    # part of the mill's feed
                    site, ore_source = feed_mill, supplier.name
                elif subject is not None:
                    # 'Lomas Verdes produced 31,640 ounces and Pampa Chica produced 9,150 ounces': the site whose
                    # verb the figure follows
                    site = subject.name
                elif in_clause and (at_after := next((f for f in in_clause if f.start > fig.end and _AT_AFTER_FIGURE.fullmatch(
                        text, fig.end, f.start)), None)) is not None:
                    site = at_after.name      # '... and US$812 per ounce sold at Nsuaem': the site the figure is 'at'
                elif in_clause:
                    # '... US$744 per ounce sold at Dunkwa and US$812 per ounce sold at Nsuaem'; ('Lac Albanel is expected
                    # to produce approximately 128,000 ounces and Fazenda Boa Vista approximately 96,000 ounces': a
                    # site after the figure with a figure of its own is that one's)
                    own_later = [f for f in in_clause if f.start > fig.end and re.search(r"\band\b", text[fig.end:f.start])
                                 and any(g.start > f.end and g.unit == fig.unit for g in figures)]
                    pool = [f for f in in_clause if f not in own_later] or in_clause
                    site = min(pool, key=lambda f: abs(f.start - fig.start)).name
                elif framed_by is not None:
                    site = framed_by.name
                elif doc.issuer and (_COMPANY_SUBJECT.search(text, clause[0], clause[1]) or (
                        issuer_re is not None and issuer_re.search(text, clause[0], clause[1]))):
                    site = doc.issuer      # 'the Company expects to produce ...' in the figure's own clause
                elif prior:
                    # (of a facility and the bare name inside it, 'the Dawa Hill CIL plant', the facility)
                    site = max(prior, key=lambda f: (f.start, f.end)).name
                elif later:
                    site = later[0].name
                elif company_subject and doc.issuer and not re.search(r"\bthe\s+(?:mill|plant|mine)\b", text, re.I):
                    site = doc.issuer
                elif fig.metric == "gold_sold_oz" and doc.issuer and not _THE_SITE.search(text):
                    # ('Gold sales for the quarter totalled 18,120 ounces at an average price of ...'): gold is sold
                    # by the company; a sale that names no site is the company's, not the running site's
                    site = doc.issuer
                elif fig_guidance and doc.issuer and not facilities and fig.unit in ("oz", "USD/oz") and not re.search(
                        r"\b(?:the|this|that|each)\s+(?:mill|plant|mine|operation|pit|project|site)s?\b|\bthere\b", text, re.I):
                    # ('Production in the June quarter is expected to be approximately 14,500 oz.' under an outlook):
                    # a forecast that names no site is the company's
                    site = doc.issuer
                else:
                    # (a sentence naming a site for a part of its figure: 'with the Wren mine contributing ...')
                    site = context_site or (only_operation if not facilities else None) or doc.issuer
                    weak_site = context_site is None
                    by_only_operation = context_site is None and site == only_operation
            if ore_source and fig.metric == "ore_mined_t":
                site, ore_source = ore_source, None     # ore mined at a mine is the mine's own figure, not a feed
            if last_of_metric.get(fig.metric) and _PRIOR_BRACKET_BEFORE.search(text, max(0, fig.start - 30), fig.start):
                # 'The Group cash cost was US$553/oz (2010: US$489/oz), ... the start-up of Aktepe': the bracket's
                # figure is of the site of the figure it follows
                site, ore_source = last_of_metric[fig.metric]
            if last_of_metric.get(fig.metric) and _COMPARED_WITH_BEFORE.search(text, max(0, fig.start - 30), fig.start) and \
                    not any(clause[0] <= f.start < fig.start for f in facilities if f.start > last_fig_end.get(fig.metric, -1)):
                # ('18,544 ounces ..., compared with 17,215 ounces in April, and the Wren mill processed ...'): the figure
                # compared with is of the site of the one it is compared to, unless a site is named between them
                site, ore_source = last_of_metric[fig.metric]
            if last_of_metric.get(fig.metric) and _INCLUDED_BEFORE.search(text, max(0, fig.start - 30), fig.start) and \
                    not any(f.start > fig.start for f in facilities) and not any(pos > fig.start for pos, _ in sources):
                # ('... was 312,470 ounces in 2024, including 71,880 ounces in the fourth quarter'): a part of the
                # figure before it, for a shorter period, is of that figure's site
                site, ore_source = last_of_metric[fig.metric]
            if site is None:
                continue
            if fig_guidance and doc.issuer and _COMPANY_GUIDANCE_MET.search(text, max(0, fig.start - 80), fig.start):
                site, ore_source = doc.issuer, None     # '... above the Company's 2025 guidance of approximately ...'
            last_of_metric[fig.metric] = (site, ore_source)
            last_fig_end[fig.metric] = fig.end
            # period: nearest period in the figure's neighbourhood, else the sentence's, else context
            period = None
            if periods and brackets is None:
                # (and a bracket holding one: '(December quarter: 388 kg (12 474 oz))')
                brackets = [(m.start(), m.end()) for m in re.finditer(r"\([^()]*\)", text)]
                brackets += [(m.start(), m.end()) for m in re.finditer(r"\((?=[^()]*\()(?:[^()]|\([^()]*\))*\)", text)]
            if periods:
                # a period in brackets is only for the figures in those brackets ('(Corresponding Period: 1.88 g/t)')
                own_brackets = [(a, b) for a, b in brackets if a <= fig.start < b]
                candidates = [p for p in periods if not any(a <= p.span[0] < b for a, b in brackets)
                              or any(a <= p.span[0] < b for a, b in own_brackets)]
                # ('the head grade declined to 1.41 g/t from 1.62 g/t in Q3 2012': the period of the figure it
                # was compared with)
                # (nor the period a figure is said to be higher or lower than: '12,000 ounces was 5% higher than in
                # April')
                compared_away = [p for p in candidates if p.span[0] > fig.end and (
                    clause[0] <= p.span[0] < clause[1] and _FROM_FIGURE.search(text, fig.end, p.span[0])
                    or _HIGHER_THAN.search(text, fig.end, p.span[0]) and not re.search(
                        r"\d[\d,.]*\s*(?:ounces|oz|tonnes|t\b|g/t|%|per\s?cent)", text[fig.end:p.span[0]].split("than")[-1]))]
                inside = [p for p in candidates if clause[0] <= p.span[0] < clause[1] and p not in compared_away]
                if not inside:
                    # '... produced 62,318 ounces of gold and 151,400 ounces of silver in 2010': a period after
                    # figures joined by 'and' is every one's
                    end = clause[1]
                    for a, b in clauses:
                        if a > end and _AND_JOINED.fullmatch(text, end, a):
                            end = b
                    inside = [p for p in candidates if clause[1] <= p.span[0] < end and not _compared(text, p)]
                before = [p for p in candidates if p.span[0] < fig.start and not _compared(text, p, 30)]
                # 'up 8% on the December quarter (27,390 oz)': the figure in brackets is the period's just before it
                labelled = [p for p in periods for a, b in own_brackets if 0 <= a - p.span[1] <= 2
                            and not any(a <= q.span[0] < b for q in periods)]
                # ('... compared with 13,420 ounces in December, when the mill processed 60,870 tonnes': the period
                # the 'when' clause hangs on)
                when = [p for p in periods if re.match(r",?\s*when\b", text[p.span[1]:clause[0] + 5])
                        and 0 <= clause[0] - p.span[1] <= 3] if re.match(r"\s*when\b", text[clause[0]:]) else []
                # '(Q1 2004: 171,900 tonnes) at a head grade of 2.41 g/t (2.28 g/t)': a bare bracket after a figure
                # repeats the comparison period an earlier bracket of the sentence named
                echo = None
                if own_brackets and not any(a <= q.span[0] < b for q in periods for a, b in own_brackets) and \
                        _BARE_FIGURE_BRACKET.fullmatch(text, *own_brackets[0]):
                    echo = next((p for p in reversed(periods) if p.span[0] < own_brackets[0][0] and any(
                        a <= p.span[0] < b for a, b in brackets) and re.match(r"\s*:", text[p.span[1]:])), None)
                # '(Q2 2014: 58,920 tonnes at 4.21 g/t and 90.8%, producing 7,241 oz)': every figure of a bracket
                # its period labels is that period's
                label_in = [p for p in periods for a, b in own_brackets if a < p.span[0] < fig.start
                            and re.search(r"(?:\(|[;,]\s*)$", text[max(a, p.span[0] - 3):p.span[0]])
                            and re.match(r"\s*:", text[p.span[1]:])]
                # '..., compared with 9,512 tonnes at 8.21 g/t, 92.8% and 2,330 ounces in October': the figures of a
                # comparison take the period that closes it
                versus = None
                cmp_cue = next((c for c in reversed(compare_cues) if c.end() <= fig.start), None)
                if cmp_cue is not None and not any(cmp_cue.end() <= p.span[0] < fig.start for p in periods) and not any(
                        a <= cmp_cue.start() < b for a, b in brackets):
                    versus = next((p for p in periods if p.span[0] > fig.end and not any(
                        a <= p.span[0] < b for a, b in brackets) and re.fullmatch(
                        # ('compared with 35,904 ounces (100%) in Q1 2011': a basis in brackets)
                        r"(?:[\s,]|and|at|of|per|ounces?|oz|sold|produced|tonnes?|t|g/t|gpt|grams?|gold|%|\d|[.,]|"
                        r"\(\s*\d+(?:\.\d+)?\s*%(?:\s+basis)?\s*\))*(?:in|for|during)\s+(?:the\s+)?",
                        text[fig.end:p.span[0]])), None)
                if label_in:
                    period = label_in[-1]
                elif versus is not None:
                    period = versus
                elif labelled:
                    period = labelled[-1]
                elif echo is not None:
                    period = echo
                elif when:
                    period = when[-1]
                elif inside:
                    # ('$658 per ounce sold in the fourth quarter and $689 per ounce sold for the year': the period on
                    # the figure's own side of an 'and')
                    near = [p for p in inside if not re.search(
                        r"\band\b", text[min(p.span[1], fig.end):max(p.span[0], fig.start)])] or inside
                    # ('... rose to 204,714 ounces in 2003 from 184,420 ounces in 2002': the period before 'from' is
                    # the other figure's)
                    near = [p for p in near if not (p.span[1] <= fig.start and _FROM_OR_COMPARED_BEFORE.search(
                        text, p.span[1], fig.start))] or near
                    period = min(near, key=lambda p: abs(p.span[0] - fig.start))
                elif before:
                    period = before[-1]
                elif compared_away and lead_period is not None and lead_period.grain == compared_away[0].grain and \
                        lead_period.end > compared_away[0].end:
                    # ('Gold poured of 10,744 ounces was lower than in the June quarter' in a report on the September
                    # quarter): the release's own period of the grain it is compared in
                    period = lead_period
                elif context_period is not None and not fig_guidance:
                    # '... US$611 per ounce, down from US$648 in November'; '71,240 ounces (Q3 2011: ...), as a
                    # shutdown in August reduced tonnes': periods in other clauses are not the figure's
                    period = context_period
                else:
                    # (not the label of a bracket of prior figures after it: '90,000 ounces (2011: 80,000 ounces)')
                    period = next((p for p in periods if p not in compared_away and not (
                        p.span[0] > fig.end and text.rfind("(", 0, p.span[0]) > max(text.rfind(")", 0, p.span[0]), fig.end - 1)
                        and text.startswith(":", p.span[1]))), None)
            elif context_period is not None and (not fig_guidance or _GUIDANCE_MET.search(
                    text, max(0, fig.start - 60), fig.start)):
                # (an actual beside a forecast, and the guidance it beat: 'Record gold production of 168,420 ounces,
                # ahead of guidance of approximately 160,000 ounces' under '2014 Highlights')
                period = context_period
            elif is_guidance and outlook is not None and outlook[0] == sent.unit:
                period = outlook[1]
            if period is None or period.grain not in ("month", "quarter", "half", "year"):
                continue
            if not fig_guidance and doc.release_date and period.end > doc.release_date:
                continue    # an actual cannot cover time after its own release
            if doc.release_date and period.end.year < doc.release_date.year - 10:
                continue    # history ('the shaft, operated between 1938 and 1951, produced ...'), not a report
            if fig_guidance and doc.release_date and period.end < doc.release_date and period.grain in (
                    "month", "quarter", "half") and not re.search(r"\d\d", text[period.span[0]:period.span[1]]):
                # 'June quarter production is expected to be approximately 7,600 ounces' in April: the June to come
                ahead = period_ending(_GRAIN_MONTHS[period.grain], period.end.replace(year=period.end.year + 1, day=28),
                                      period.grain, period.span)
                ahead = replace(ahead, end=date(ahead.end.year, ahead.end.month,
                                                calendar.monthrange(ahead.end.year, ahead.end.month)[1]))
                months_on = (ahead.start.year - doc.release_date.year) * 12 + ahead.start.month - doc.release_date.month
                if ahead.end > doc.release_date and months_on <= _GRAIN_MONTHS[period.grain]:
                    period = ahead      # (the period under way or the next one, never one a year off)
            if fig_guidance and doc.release_date and period.end < doc.release_date.replace(day=1) and \
                    not _GUIDANCE_MET.search(text, max(0, fig.start - 60), fig.start):
                continue    # a forecast for a period already over is a misread actual (but 'production of 141,800
                #             ounces, above guidance of approximately 135,000 ounces' records the guidance it beat)
            each = [p for p in periods if p is not period and p.grain == period.grain and _EACH_OF.search(
                text, max(0, min(p.span[0], period.span[0]) - 30), max(p.span[0], period.span[0]))]
            for p in [period, *each]:       # 'approximately 350,000 ounces in each of 2024 and 2025'
                if weak_site:
                    weak.add(len(facts))
                if by_only_operation:
                    guessed.add(len(facts))
                facts.append(ProductionFact(
                    site=site, ore_source=ore_source, period_start=p.start, period_end=p.end,
                    period_grain=p.grain, metric=fig.metric, value=fig.value, unit=fig.unit,
                    is_guidance=fig_guidance,
                    evidence=doc.evidence(sent.start, sent.end, "production.prose"),
                ))
        # (a site named only in a clause that says why, 'as La Candelilla completed its first full quarter', or as a
        # reason, '..., driven by the first full year of the Tinyacclla heap leach', frames nothing)
        framing = [f for f in site_candidates if not _says_why(text, clauses, f)
                   and not _SUBORDINATE_BEFORE.search(text, max(0, f.start - 40), f.start)]
        if of_this:
            pass        # ('Of the 2006 total, 41,907 ounces came from the La Noria mill and ...'): parts, which frame nothing
        elif mills := [f for f in mills if not _says_why(text, clauses, f)]:
            context_site = mills[0].name
        elif framing and framing[0].kind != "subject":
            context_site = framing[0].name
        # (a period still to come frames no actual after it: '... the unsold ounces will be sold in the second quarter')
        own = [p for p in periods if not _compared(text, p) and p not in relative and not _within(p, lead_period)
               and not _SINCE.search(text, max(0, p.span[0] - 70), p.span[0])
               and not (doc.release_date and p.end > doc.release_date and _FUTURE_WORD.search(text))]
        if own and sent.section == "body" and not is_guidance:
            context_period = own[0]
    # a figure repeated where a sentence or a table row names its site ('Cash operating cost of US$298 per ounce'
    # in the highlights, "Kwahu's cash operating cost fell to US$298 per ounce" below): the named one
    def figure(f):
        return f.metric, f.period_start, f.period_end, f.value, f.is_guidance

    named = {figure(f) for i, f in enumerate(facts) if i not in weak} | {figure(f) for f in table_facts}
    # figures reported for another site ('Mina Esperanza produced ...', 'At Cerro Alto, ...'): a figure no
    # sentence gives a site ('Gold production of 61,250 ounces' in the highlights) is the company's, not
    # the one operation the release happens to call a mine
    # (reported figures of another name: not the operation's own mill or pit, not a project's forecast)
    own_word = only_operation.split()[0].lower() if only_operation else None
    other_sites = {f.site for i, f in enumerate(facts) if i not in weak and not f.is_guidance
                   and f.site != doc.issuer and f.site.split()[0].lower() != own_word} | {
        f.site for f in table_facts if not f.is_guidance and f.site != doc.issuer and f.site.split()[0].lower() != own_word}
    if doc.issuer and other_sites:
        facts = [replace(f, site=doc.issuer) if i in guessed else f for i, f in enumerate(facts)]
    # a site guessed for a figure yields to a figure that names that site ('Mina Esperanza produced 38,400
    # ounces' below a highlight's company total)
    def slot(f):
        return f.site.lower(), (f.ore_source or "").lower(), f.metric, f.period_start, f.period_end, f.is_guidance

    slots = {slot(f): f.value for i, f in enumerate(facts) if i not in weak}
    facts = [f for i, f in enumerate(facts) if i not in weak or (
        figure(f) not in named and slots.get(slot(f), f.value) == f.value)]
    # an ore source names the part of a split feed: 'The Lakeview mill processed 7,940 tonnes of ore from the Jewel
    # mine', with no total and no other part beside it, is the mill's whole figure
    def cell(f):
        return f.site.lower(), f.metric, f.period_start, f.period_end, f.is_guidance

    parts: dict[tuple, set] = {}
    site_sources: dict[str, set] = {}
    for f in [*facts, *table_facts]:
        parts.setdefault(cell(f), set()).add((f.ore_source or "").lower())
        if f.ore_source:
            site_sources.setdefault(f.site.lower(), set()).add(f.ore_source.lower())
    # (but a mill the release says is fed from two or more mines keeps the source of a part: 'The Crescent Peak mill
    # processes ore from the Crescent Peak open pit and from the Castle underground mine. ... Castle ore averaged 5.48
    # g/t')
    fed_by_several = set()
    for sent in doc.seg.sentences if any(f.ore_source for f in facts) else ():
        if sent.section == "body" and "from" in sent.text and _MILL_FED_FROM.search(sent.text):
            named = find_facilities(sent.text)
            mills = {f.name.lower() for f in named if f.is_mill}
            if len(mills) == 1 and len({f.name for f in named if not f.is_mill}) >= 2:
                fed_by_several |= mills
    facts = [replace(f, ore_source=None) if f.ore_source and len(parts[cell(f)]) == 1
             and len(site_sources[f.site.lower()]) == 1 and f.site.lower() not in fed_by_several else f for f in facts]
    return dedupe_production(facts)


_MILL_FED_FROM = re.compile(r"\b(?:treats?|treated|process(?:es|ed)?|is\s+fed|fed|receives?|received)\s+(?:\w+\s+){0,3}?"
                            r"(?:ore\s+)?from\b|\bfeed\s+from\b", re.I)


_RESP_NAME = r"[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|de|del|la|do|da)){0,3}"
_RESP_NUM = NUM_WRITTEN + r"(?:\s*(?:ounces|k?oz|tonnes|kt))?"
_RESPECTIVELY = re.compile(
    rf"\b(?P<names>{_RESP_NAME}(?:,\s+{_RESP_NAME})*,?\s+and\s+{_RESP_NAME}?)"
    r"(?:\s+(?P<kind>mines|mills|plants|operations|pits))?\s+(?:also\s+)?(?:produced|poured|contributed|recovered|sold|"
    r"processed|milled|mined|treated|reported|delivered)\b[^.;\d]{0,40}?"
    rf"(?P<nums>{_RESP_NUM}(?:,\s+{_RESP_NUM})*,?\s+and\s+{NUM_WRITTEN})\s*(?P<unit>ounces|k?oz|tonnes|kt)\b"
    r"[^.;]{0,80}?\brespectively\b")
# between a figure and the site it is 'at': its unit's words only ('US$812 per ounce sold at Nsuaem')
_AT_AFTER_FIGURE = re.compile(rf"\s*(?:per\s+(?:troy\s+)?ounce|/\s*oz|an\s+ounce|ounces|oz|tonnes|t|{GRADE_UNIT}|%)?"
                              r"(?:\s+(?:sold|produced|of\s+gold|of\s+ore))?\s+at\s+(?:the\s+)?", re.I)
_SUPPLIED_VERB = re.compile(r"\s+(?:also\s+)?(?:supplied|contributed|provided|delivered|supplying|contributing|providing)\s+"
                            r"(?:approximately\s+|about\s+)?",
                            re.I)
_RESP_PRIOR = re.compile(r"[^.;()]{0,60}?\(\s*(?P<label>[^:()]{1,30}):\s*(?P<nums>" + NUM_WRITTEN + r"(?:\s*(?:ounces|k?oz|tonnes|kt))?"
                         r"(?:(?:,\s+|,?\s+and\s+)" + NUM_WRITTEN + r"(?:\s*(?:ounces|k?oz|tonnes|kt))?)+)\s*\)", re.I)
_LIST_SPLIT = re.compile(r",\s+and\s+|,\s+|\s+and\s+")
_NAME_LIST = re.compile(rf"(?<![\w$])(?P<names>{_RESP_NAME}(?:,\s+{_RESP_NAME})*,?\s+and\s+{_RESP_NAME})")
_AT_NAME = re.compile(rf"\bat\s+(?:the\s+)?(?P<names>{_RESP_NAME})")
_MONTH_NAME = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                         r"Q[1-4]|H[12]|The|This|These|Its|Our|In|At)\b")


_NUM_TOKEN = re.compile(r"(?:US\$|C\$|A\$|\$)?(?P<n>\d(?:[\d,]*\d)?(?:\.\d+)?)")
_LIST_UNIT = (("head_grade_g_t", "g/t", re.compile(r"\s*(?:g/t\b|grams?\s+per\s+tonne\b)")),
              ("recovery_pct", "%", re.compile(rf"\s*{PCT_UNIT}", re.I)))
_UNITS = r"(?P<unit>%|per\s?cent|g/t|grams?\s+per\s+tonne|oz|ounces|tonnes(?:\s+per\s+day)?|tpd|t)"
_LIST_GAP = re.compile(rf"\s*{_UNITS}?\s*(?:,\s*(?:and\s+)?|\s+and\s+)", re.I)
_UNIT_AFTER = re.compile(rf"\s*{_UNITS}(?!\w)", re.I)


def _respectively_lists(text: str, known_sites: dict[str, str], known_re) -> tuple[list[tuple[str, str, float, str]],
                                                                                   list[tuple[int, int]]]:
    """(site, metric, value, unit) of each list of figures in a 'respectively' sentence that names as many sites as
    the list has figures, in the sites' order; and the spans of those lists."""
    end = text.find("respectively")
    named: dict[str, int] = {}
    for f in find_facilities(text[:end]):
        named.setdefault(known_sites.get(f.base, f.name), f.start)
    if known_re is not None:
        for m in known_re.finditer(text, 0, end):
            name = known_sites[m.group(1)]
            if not any(name == n or name.startswith(n) or n.startswith(name) for n in named):
                named[name] = m.start()
    # ('at Lomas Verdes and ... at Pampa Chica', 'at Lomas Verdes, Quebrada del Zonda and Pampa Chica'): bare names
    for m in [*_NAME_LIST.finditer(text, 0, end), *_AT_NAME.finditer(text, 0, end)]:
        for part in _LIST_SPLIT.split(m.group("names")):
            name = part.strip()
            at = text.find(name, m.start())
            if not name or _MONTH_NAME.match(name) or any(
                    named[n] <= at < named[n] + len(n) or name in n for n in named):
                continue
            named[known_sites.get(name, name)] = at
    sites = sorted(named, key=named.get)
    if len(sites) < 2:
        return [], []
    figures = find_figures(text)
    groups, cur = [], []
    for t in _NUM_TOKEN.finditer(text, 0, end):
        gap = _LIST_GAP.fullmatch(text, cur[-1].end(), t.start()) if cur else None
        if gap and (not gap.group("unit") or _UNIT_AFTER.match(text, t.end()) and _UNIT_AFTER.match(
                text, t.end()).group("unit").lower() == gap.group("unit").lower()):
            cur.append(t)       # ('21,940oz and 12,920oz'; not '34,860oz, 4% lower')
            continue
        if len(cur) >= 2:
            groups.append(cur)
        cur = [t]
    if len(cur) >= 2:
        groups.append(cur)
    out, spans = [], []
    for g in groups:
        a, b = g[0].start(), g[-1].end()
        if len(g) != len(sites) or text.count("(", 0, a) > text.count(")", 0, a):
            continue            # ('(Q2 2010: 30,910 and 15,830 ounces)': the comparison's figures)
        inside = [f for f in figures if a <= f.start <= b]
        metrics = {f.metric for f in inside}
        if not inside:
            # ('head grades of 6.84 g/t and 1.38 g/t', 'recoveries of 90.2% and 89.1%')
            found = [(metric, unit) for metric, unit, rx in _LIST_UNIT if rx.match(text, b)]
            if not found or (found[0][0] == "recovery_pct" and not re.search(r"recover", text[max(0, a - 40):a], re.I)):
                continue
            metric, unit, scale, stop = found[0][0], found[0][1], 1.0, b
        elif len(metrics) == 1:
            fig = inside[-1]
            metric, unit, stop = fig.metric, fig.unit, max(b, fig.end)
            tok = next((t for t in g if t.start() <= fig.start < t.end()), None)
            if tok is None:
                continue
            raw = _to_float(tok.group("n"))
            scale = fig.value / raw if raw else 1.0
        else:
            continue
        out.extend((site, metric, round(_to_float(t.group("n")) * scale, 6), unit) for site, t in zip(sites, g, strict=True))
        spans.append((a, stop))
    return out, spans


def _respectively(text: str) -> tuple[list[tuple[str, str, float, str]], tuple[int, int]]:
    """(site, metric, value, unit) of 'The Wren and Finch mines produced 32,110 and 18,050 ounces, respectively'."""
    m = _RESPECTIVELY.search(text)
    if not m:
        return [], (0, 0)
    names = [re.sub(r"^(?:The|Its|Our|Their)\s+", "", n.strip()) for n in _LIST_SPLIT.split(m.group("names")) if n.strip()]
    nums = [re.sub(r"\s*(?:ounces|k?oz|tonnes|kt)$", "", v.strip()) for v in _LIST_SPLIT.split(m.group("nums"))]
    if len(names) != len(nums) or len(names) < 2:
        return [], (0, 0)
    unit = "oz" if "o" in m.group("unit").lower() else "t"
    scale = 1000.0 if m.group("unit").lower() in ("koz", "kt") else 1.0     # ('24.6 koz and 16.6 koz respectively')
    metrics = _OZ_METRICS if unit == "oz" else _T_METRICS
    metric = _nearest(metrics, text, m.start(), m.end(), m.start("nums"))
    if metric is None:
        return [], (0, 0)
    kind = (m.group("kind") or "").lower().rstrip("s")     # ('Smith Creek and Makwa Lake produced ...': bare names)
    return [(f"{n} {kind}".strip(), metric, round(_to_float(v) * scale, 6), unit)
            for n, v in zip(names, nums, strict=True)], m.span()


_MILL_METRICS = frozenset(("ore_processed_t", "tonnes_per_day", "head_grade_g_t", "recovery_pct", "gold_recovered_oz",
                           "gold_poured_oz", "gold_produced_oz", "cash_cost_per_oz"))


def _fold(text: str) -> str:
    """Lower case without accents, one character for each ('Rivière' -> 'riviere'): positions stay those of the text."""
    low = text.lower()
    return low if low.isascii() else "".join(c if c < "\x80" else _fold_char(c) for c in low)


@lru_cache(maxsize=512)
def _fold_char(c: str) -> str:
    return unicodedata.normalize("NFD", c)[0]


def _written_as(name: str, text: str, folded: str) -> str | None:
    """How the text writes a name set in capitals, in mixed case: the whole name, else its name before the kind
    word ('RIVIERE-NOIRE MINE' -> 'Rivière-Noire mine')."""
    words = name.split()
    ways = [(name, "")]
    if len(words) >= 2 and re.fullmatch(FACILITY_KINDS, words[-1], re.I):
        ways.append((" ".join(words[:-1]), f" {words[-1].lower()}"))
    for part, tail in ways:
        key = _fold(part)
        at = folded.find(key)
        while at >= 0:
            found = text[at:at + len(part)]
            if not found.isupper() and (at == 0 or not text[at - 1].isalnum()) and \
                    not text[at + len(part):at + len(part) + 1].isalnum():
                return found + tail
            at = folded.find(key, at + 1)
    return None


def dedupe_production(facts: list, text: str | None = None, issuer: str | None = None) -> list:
    """One fact per site x ore source x period x metric x guidance; short site spellings unified (and, in a release
    that never writes 'run-of-mine', its 'ROM stockpile' named as it is written)."""
    if text is not None and "run-of-mine" not in text.lower():
        facts = [replace(f, ore_source=re.sub(r"^run-of-mine\b", "ROM", f.ore_source))
                 if f.ore_source and f.ore_source.startswith("run-of-mine") else f for f in facts]
    names = sorted({f.site for f in facts} | {f.ore_source for f in facts if f.ore_source})
    mapping, mill_of = _unify_sites(names)
    # a name set in capitals in a table title ('TAPAZ MILL') is the one the prose writes ('Tapaz mill')
    by_lower = {n.lower(): n for n in names if not n.isupper()}
    folded = _fold(text) if text is not None and any(n.isupper() for n in names) else None
    for n in names:
        if n.isupper() and n.lower() in by_lower:
            mapping[n] = mapping.get(by_lower[n.lower()], by_lower[n.lower()])
        elif n.isupper() and folded is not None and mapping.get(n, n) == n and _fold(n) != _fold(issuer or ""):
            # ('RIVIERE-NOIRE MINE' over a table, 'its Lac Sauvage and Rivière-Noire mines' in the prose): the name as
            # the prose writes it
            written = _written_as(n, text, folded)
            if written:
                mapping[n] = written
    seen: dict[tuple, object] = {}
    for f in facts:
        # (prose that names the operation as the one that poured its gold keeps it: 'The Kabalebo Operation poured')
        mill = mill_of.get(f.site) if f.metric in _MILL_METRICS and f.evidence.extractor != "production.prose" else None
        site = mill or mapping.get(f.site, f.site)
        if text is not None and site.isupper() and _fold(site) != _fold(issuer or ""):
            # ('KLIPVLEI MINE' over a table, a name the prose never writes: 'Klipvlei mine', as a heading's is)
            site = re.sub(rf"\s(?:{FACILITY_KINDS})$", lambda m: m.group().lower(), titled(site), flags=re.I)
        f = replace(f, site=site, ore_source=mapping.get(f.ore_source, f.ore_source) if f.ore_source else None)
        key = (f.site.lower(), (f.ore_source or "").lower(), f.period_start, f.period_end, f.metric, f.is_guidance)
        if key not in seen:
            seen[key] = f
    # a figure a table gives for a site and the prose repeats without one ('- Gold sold of 23,760 oz' in the highlights
    # over the mine's table) or under a place the sentence names for something else ('Head grade of 1.94 g/t was in
    # line with the mine plan as mining progressed into the Akoase South pit'): the table's fact, unless the table names
    # no site of its own and the prose does
    tabled = {(f.period_start, f.period_end, f.metric, f.value, f.is_guidance): f.site for f in seen.values()
              if f.evidence.extractor == "production.table"}
    return [f for f in seen.values() if not (
        f.evidence.extractor == "production.prose" and f.ore_source is None
        and (site := tabled.get((f.period_start, f.period_end, f.metric, f.value, f.is_guidance))) is not None
        and (f.site == issuer or site != issuer))]
