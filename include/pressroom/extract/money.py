"""Money amounts as press releases write them: US$1.5 million, C$0.05, U.S. $2,000,000."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

# prefix spellings -> ISO 4217 ('' is a bare dollar sign: currency from context)
CURRENCY_PREFIXES = {
    "us$": "USD", "u.s.$": "USD", "u.s. $": "USD", "us $": "USD", "usd$": "USD", "usd": "USD", "u.s.": "USD",
    "ch$": "CLP", "col$": "COP", "c$": "CAD", "cdn$": "CAD", "cdn $": "CAD", "cdn.$": "CAD", "cdn. $": "CAD", "cad$": "CAD", "cad": "CAD", "can$": "CAD", "cdn": "CAD",
    "a$": "AUD", "au$": "AUD", "aud$": "AUD", "aud": "AUD",
    "£": "GBP", "gbp": "GBP", "€": "EUR", "eur": "EUR", "r$": "BRL", "brl": "BRL",
    "mx$": "MXN", "mxn": "MXN", "zar": "ZAR", "nz$": "NZD", "chf": "CHF", "s/.": "PEN", "s/": "PEN", "pen": "PEN",
    "hk$": "HKD", "s$": "SGD", "sgd": "SGD", "¥": "JPY", "cny": "CNY", "rmb": "CNY", "rub": "RUB", "kzt": "KZT", "php": "PHP", "₱": "PHP",
    "idr": "IDR", "clp": "CLP", "cop": "COP", "ars": "ARS", "ghs": "GHS", "tzs": "TZS", "xof": "XOF", "kgs": "KGS",
    "mnt": "MNT", "inr": "INR", "sek": "SEK", "nok": "NOK", "gh¢": "GHS", "gh₵": "GHS", "ghc": "GHS",
    "uf": "CLF", "clf": "CLF", "amd": "AMD", "gel": "GEL", "tl": "TRY", "uzs": "UZS",
    "fcfa": "XOF", "cfaf": "XOF", "ksh": "KES", "kes": "KES", "tsh": "TZS", "ugx": "UGX", "etb": "ETB", "$": "",
    # the rupiah, and the old cedi by its sign before the figure ('¢1,800 million'; a price in cents puts it after)
    "rp": "IDR", "rp.": "IDR", "¢": "GHC",
}
SUFFIX_CURRENCIES = {
    "us": "USD", "u.s.": "USD", "usd": "USD", "u.s. dollars": "USD", "us dollars": "USD",
    "united states dollars": "USD", "canadian dollars": "CAD", "cad": "CAD", "cdn": "CAD",
    "australian dollars": "AUD", "aud": "AUD", "dollars": "",
}
SCALE_WORDS = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mm": 1e6, "m": 1e6, "mln": 1e6,
               "billion": 1e9, "bn": 1e9, "b": 1e9}

_prefix_alt = "|".join(re.escape(p) for p in sorted(CURRENCY_PREFIXES, key=len, reverse=True) if p != "$")
_suffix_alt = "|".join(re.escape(s) for s in sorted(SUFFIX_CURRENCIES, key=len, reverse=True))
MONEY_RE = re.compile(
    rf"(?:(?<![A-Za-z])(?P<prefix>{_prefix_alt})\s?(?P<dollar>\$)?\s?|(?P<bare>\$)\s?)"
    # ('€72,6 million': a decimal comma before a scale word)
    rf"(?P<number>(?P<dec>\d+,\d{{1,2}}(?=\s?(?:million|billion|mln|bn|m)\b))"
    # ('R$ 48.000.000,00', 'Rp 350.000.000.000,-': thousands grouped with points, a decimal comma; "S/. 3'500,000.00":
    # the millions marked with an apostrophe)
    rf"|(?P<dotted>\d{{1,3}}(?:\.\d{{3}}){{2,}}(?:,\d{{1,2}})?(?![\d.])|\d{{1,3}}\.\d{{3}},\d{{2}}(?!\d))"
    rf"|(?P<apos>\d{{1,3}}'\d{{3}}(?:,\d{{3}})*(?:\.\d+)?)"
    # ('US$1 088/oz': thousands grouped with a space, as South African reports write them)
    rf"|(?P<spaced>\d{{1,3}}(?: \d{{3}})+(?![,.]?\d))"
    rf"|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    # ('US$5-million': a scale word hyphenated to its figure, as Canadian wires write it)
    rf"(?:(?:\s|-(?=(?:thousand|million|billion)\b))?(?P<scale>thousand|million|billion|mln|mm|bn|[mMkKbB])\b)?"
    rf"(?:\s(?P<suffix>{_suffix_alt})\b)?",
    re.IGNORECASE,
)


# a currency named after its figure ('1,950 million tenge', '4.2 billion roubles'), by the names of currencies with no
# sign that wires write
NAMED_AFTER = {"tenge": "KZT", "rouble": "RUB", "ruble": "RUB", "dram": "AMD", "lari": "GEL", "tugrik": "MNT",
               "yuan": "CNY", "renminbi": "CNY", "lira": "TRY", "cedi": "GHS"}
_NAMED_ALT = "|".join(rf"{name}s?" for name in sorted(NAMED_AFTER, key=len, reverse=True))
_NAMED_AFTER_GATE = re.compile(rf"\b(?:{_NAMED_ALT})\b", re.I)
NAMED_AFTER_RE = re.compile(r"(?<![\w.$])(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?"
                            r"(?:(?P<scale>thousand|million|billion|mln|bn)\s+)?"
                            rf"(?P<cur>{_NAMED_ALT})\b", re.I)


# (an ISO code may be written against its number: 'ZAR300 million')
_MAY_HOLD_MONEY = re.compile(r"[$£€¥₱¢₵]|\bR\s?\d|\bP\s?\d{1,3},\d|\b(?:" + "|".join(sorted(k for k in CURRENCY_PREFIXES if k.isalpha()))
                             + r")(?![a-z])|\bs/\.?|dollar|pence|\dp\s+per\b|\bat\s\d{1,3}(?:\.\d+)?p\b|\bprice\s+of\s+\d+(?:\.\d+)?p\b|\d\s?cents?\b|\dc\b|"
                             + _NAMED_AFTER_GATE.pattern, re.I)

WORD_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
WORD_NUMBERS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                      "ninety": 90, "a hundred": 100, "one hundred": 100})
WORD_ALT = "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))


def word_number(m: re.Match) -> int:
    """The number a match of ``WORD_ALT`` tens and optional units spells ('forty-five')."""
    return WORD_NUMBERS[m.group("tens").lower()] + (WORD_NUMBERS[m.group("units").lower()] if m.group("units") else 0)


# 'twelve million dollars', 'five million U.S. dollars', 'forty-five million Canadian dollar'
WORD_MONEY_RE = re.compile(
    rf"\b(?P<tens>{WORD_ALT})(?:[- ](?P<units>one|two|three|four|five|six|seven|eight|nine))?\s+"
    r"(?P<scale>thousand|million|billion)\s+(?:(?P<cur>U\.S\.|US|United\s+States|Canadian|Australian)\s+)?dollars?\b",
    re.I)
_WORDS_THEN_FIGURE = re.compile(r"\s*\(\s*(?:[A-Z]{1,3}\s?)?\$\s?\d")
_HUNDREDS_BEFORE = re.compile(r"\bhundred\s+(?:and\s+)?$", re.I)
# ('1.2 million dollars'; 'in the principal amount of 12,500,000 dollars': digit groups stand without a scale word)
DIGIT_DOLLARS_RE = re.compile(
    r"(?<![\w.$,])(?:(?P<number>\d+(?:\.\d+)?)\s+(?P<scale>thousand|million|billion)|(?P<grouped>\d{1,3}(?:,\d{3})+(?:\.\d+)?))"
    r"\s+(?:(?P<cur>U\.S\.|US|United\s+States|Canadian|Australian)\s+)?dollars?\b", re.I)
# pence: 'at 5 pence per share', '6.5p per share'
# ('at an exercise price of 14.5p, exercisable ...': a price in pence, not a nominal value 'of 1p each')
PENCE_RE = re.compile(r"(?<!shares\sof\s)(?<![\w.])(?P<number>\d+(?:\.\d+)?)\s?(?:pence\b|p(?=\s+per\s))(?!\s+each)|"
                      r"\bprice\s+of\s+(?P<priced>\d+(?:\.\d+)?)p(?=[,;)]|\s+(?:and|exercisable|until|expiring|for)\b)|"
                      # 'each exercisable at 8p into one ordinary share', 'placed at 5p each'
                      r"(?<=\bat\s)(?P<at>\d{1,3}(?:\.\d+)?)p(?=[,;)]|\s+(?:into|each|per|a|for|until|and|exercisable|to|at\s+any\s+time|on\s+or\s+before|expiring)\b)", re.I)
# cents: 'at 7 cents per share', 'US 7 cents', '5 cents' (the currency the dollars of the text are in)
CENTS_RE = re.compile(r"(?:\b(?P<cur>(?-i:US|U\.S\.|CAD|C|Cdn|AUD|A))\s?)?(?<![\w.])(?P<number>\d+(?:\.\d+)?)\s?cents?\b", re.I)
# cents written with a 'c' where a price stands: 'exercisable at 8c', 'new shares at 4.5c each'
CENTS_C_RE = re.compile(r"(?:(?<=\bat\s)|(?<=\bof\s)|(?<=\bprice\s))(?P<number>\d{1,3}(?:\.\d+)?)c\b(?![%-])"
                        r"|(?<![\w.])(?P<number2>\d{1,3}(?:\.\d+)?)c(?=\s+(?:per|each|a)\s)")
_CENTS_CURRENCY = {"us": "USD", "u.s.": "USD", "cad": "CAD", "c": "CAD", "cdn": "CAD", "aud": "AUD", "a": "AUD"}
# rand: 'R312 million', 'R85,5 million' (a decimal comma), 'R1 200 000', 'R2,50 per share' -- only with a scale
# word, digit groups or a price's 'per', so that a drill hole 'R12' is no amount
RAND_RE = re.compile(
    r"(?<![\w$])R\s?(?P<number>\d{1,3}(?:[ ,]\d{3})+(?![,.]?\d)|(?P<dec>\d+,\d{1,2}(?=\s?(?:million|billion|bn|m)\b))"
    r"|\d+(?:\.\d+)?(?=\s?(?:million|billion|thousand|bn|m)\b)"
    # a price per share: 'R2,50 per share', 'R1.20 each'
    r"|(?P<price>\d{1,3}[,.]\d{1,2})(?=\s+(?:per|each|a)\b))(?:\s?(?P<scale>million|billion|thousand|bn|m)\b)?")
_WORD_CURRENCY = {"u.s.": "USD", "us": "USD", "united states": "USD", "canadian": "CAD", "australian": "AUD"}
# the Philippine peso by its letter, with digit groups so that a licence 'P29/2381' is no amount: 'P85,000,000'
PESO_RE = re.compile(r"(?<![\w$])P\s?(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?)(?:\s?(?P<scale>million|billion)\b)?")


@dataclass(frozen=True, slots=True)
class Money:
    amount: float
    currency: str | None      # ISO 4217, None for a bare '$' that context must resolve
    text: str
    start: int
    end: int


def find_money(text: str) -> list[Money]:
    """Every money amount in ``text``, in order of appearance.

    >>> [(m.amount, m.currency) for m in find_money("U.S. $5,500,000, C$0.39, US$967.77 million, $17 million")]
    [(5500000.0, 'USD'), (0.39, 'CAD'), (967770000.0, 'USD'), (17000000.0, None)]
    >>> [(m.amount, m.currency) for m in find_money("under $400 US per ounce; CAD 2.5 million; £3.2m")]
    [(400.0, 'USD'), (2500000.0, 'CAD'), (3200000.0, 'GBP')]
    >>> [(m.amount, m.currency) for m in find_money("damages of €72,6 million; US$1,250 million")]
    [(72600000.0, 'EUR'), (1250000000.0, 'USD')]
    >>> [(m.amount, m.currency) for m in find_money("a twelve million dollar facility; placed at 5 pence per share")]
    [(12000000.0, None), (0.05, 'GBP')]
    >>> [(m.amount, m.currency) for m in find_money("warrants exercisable at 8p into one share, not shares of 1p each")]
    [(0.08, 'GBP')]
    """
    return list(_find_money(text))


@lru_cache(maxsize=2048)
def _find_money(text: str) -> tuple[Money, ...]:
    # (the extractors ask about the same sentence several times: read it once)
    out = []
    if not _MAY_HOLD_MONEY.search(text):
        return ()
    for m in MONEY_RE.finditer(text):
        prefix = (m.group("prefix") or "").lower()
        if prefix and not m.group("dollar") and prefix in ("u.s.", "cdn") :
            continue  # 'U.S.' or 'Cdn' not followed by '$' is not an amount
        if prefix.isalpha() and m.start() > 0 and text[m.start() - 1].isalpha():
            continue  # inside a word
        scale = (m.group("scale") or "").lower()
        # (in decimal: 'XOF 32.8 billion' is 32,800,000,000, not 32,799,999,999.999996)
        if m.group("dotted"):
            digits = m.group("number").replace(".", "").replace(",", ".")
        elif m.group("apos"):
            digits = m.group("number").replace("'", "").replace(",", "")
        elif m.group("spaced"):
            digits = m.group("number").replace(" ", "")
        else:
            digits = m.group("number").replace(",", "." if m.group("dec") else "")
        number = float(Decimal(digits) * Decimal(SCALE_WORDS[scale] if scale else 1))
        currency = CURRENCY_PREFIXES.get(re.sub(r"\s+", " ", prefix), "") if prefix else ""
        suffix = (m.group("suffix") or "").lower()
        if not currency and suffix:
            currency = SUFFIX_CURRENCIES.get(suffix, "")
        if not prefix and not m.group("bare"):
            continue
        out.append(Money(round(number, 6), currency or None, m.group(), m.start(), m.end()))
    low = text.lower()
    if "dollar" in low:
        for m in DIGIT_DOLLARS_RE.finditer(text):       # '1.2 million dollars'
            if not any(o.start <= m.start() < o.end for o in out):
                cur = _WORD_CURRENCY.get(" ".join((m.group("cur") or "").lower().split()))
                amount = float(Decimal(m.group("grouped").replace(",", "")) if m.group("grouped") else
                               Decimal(m.group("number")) * Decimal(SCALE_WORDS[m.group("scale").lower()]))
                out.append(Money(amount, cur, m.group(), m.start(), m.end()))
        for m in WORD_MONEY_RE.finditer(text):
            if _WORDS_THEN_FIGURE.match(text, m.end()) or _HUNDREDS_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                # 'one hundred fifty thousand dollars ($150,000)': the figure in brackets is the sum (and a spelled
                # sum with hundreds before its tens is one this reader does not spell out)
                continue
            number = word_number(m)
            cur = _WORD_CURRENCY.get(" ".join((m.group("cur") or "").lower().split()))
            out.append(Money(number * SCALE_WORDS[m.group("scale").lower()], cur, m.group(), m.start(), m.end()))
    for m in NAMED_AFTER_RE.finditer(text) if _NAMED_AFTER_GATE.search(text) else ():
        # '1,950 million tenge', '4.2 billion roubles': a currency named after its figure
        if not any(o.start <= m.start() < o.end for o in out):
            amount = float(Decimal(m.group("number").replace(",", "")) * Decimal(
                SCALE_WORDS[m.group("scale").lower()] if m.group("scale") else 1))
            out.append(Money(amount, NAMED_AFTER[m.group("cur").lower().rstrip("s")], m.group(), m.start(), m.end()))
    if "R" in text:
        for m in RAND_RE.finditer(text):
            number = float(m.group("number").replace(" ", "").replace(",", "") if not (m.group("dec") or m.group("price"))
                           else m.group("number").replace(",", "."))
            scale = (m.group("scale") or "").lower()
            out.append(Money(round(number * SCALE_WORDS.get(scale, 1), 6), "ZAR", m.group(), m.start(), m.end()))
    if "P" in text:
        for m in PESO_RE.finditer(text):
            number = float(Decimal(m.group("number").replace(",", "")) * Decimal(
                SCALE_WORDS[m.group("scale").lower()] if m.group("scale") else 1))
            out.append(Money(number, "PHP", m.group(), m.start(), m.end()))
    if "cent" in low:
        for m in CENTS_RE.finditer(text):
            if any(o.start <= m.start("number") < o.end for o in out):
                continue
            cur = _CENTS_CURRENCY.get((m.group("cur") or "").lower())
            out.append(Money(round(float(m.group("number")) / 100, 6), cur, m.group(), m.start(), m.end()))
    for m in CENTS_C_RE.finditer(text) if "c" in low else ():
        number = m.group("number") or m.group("number2")
        if not any(o.start <= m.start() < o.end for o in out):
            out.append(Money(round(float(number) / 100, 6), None, m.group(), m.start(), m.end()))
    if "pence" in low or "p " in low or "p," in low or "p)" in low or "p;" in low:
        for m in PENCE_RE.finditer(text):
            key = "priced" if m.group("priced") else "at" if m.group("at") else "number"
            at = m.start(key)
            out.append(Money(round(float(m.group(key)) / 100, 6), "GBP", text[at:m.end()], at, m.end()))
    if len(out) > 1:
        out.sort(key=lambda x: x.start)
    return tuple(out)


def resolve_currency(money: Money, doc, per_share: bool = False) -> str:
    """The currency of an amount in a release: its own sign's, else the release's stated default, else the home
    market's dollar for a bare '$' (Canada's for an issuer listed there; the local cents of a per-share price), else
    the US dollar. ``doc`` gives ``default_currency``, ``home_currency`` and ``canadian_listed``."""
    if money.currency:
        return money.currency
    if doc.default_currency:
        return doc.default_currency
    if per_share and doc.home_currency and re.search(r"(?:\bcents?|\dc)$", money.text):
        return doc.home_currency        # 'at 8 cents per share' on the ASX: Australian cents
    if per_share and doc.canadian_listed:
        return "CAD"
    if doc.home_currency == "CAD" and money.text.lstrip().startswith("$"):
        return "CAD"
    return "USD"


CURRENCY_NAMES = {
    "united states dollars": "USD", "united states dollar": "USD", "u.s. dollars": "USD", "us dollars": "USD",
    "u.s. dollar": "USD", "us dollar": "USD", "canadian dollars": "CAD", "canadian dollar": "CAD",
    "australian dollars": "AUD", "australian dollar": "AUD", "new zealand dollars": "NZD", "new zealand dollar": "NZD",
    "hong kong dollars": "HKD", "hong kong dollar": "HKD", "singapore dollars": "SGD", "singapore dollar": "SGD",
}
DEFAULT_CURRENCY_RE = re.compile(
    r"(?:\ball|unless\s+otherwise\s+(?:stated|noted|indicated|specified),?(?:\s+all)?)\s+(?:dollar\s+|monetary\s+|"
    r"currency\s+)?(?:amounts|figures|currency|references\s+to\s+(?:\$|dollars))(?:[^.]{0,60}?(?:are|is|expressed))?\s+"
    r"(?:expressed\s+|stated\s+|reported\s+|presented\s+)?(?:in\s+)?"
    r"(?P<name>united states dollars?|u\.s\. dollars?|us dollars?|canadian dollars?|australian dollars?|new zealand dollars?|"
    r"hong kong dollars?|singapore dollars?)",
    re.IGNORECASE,
)


def find_default_currency(text: str) -> str | None:
    """The document's stated default currency.

    >>> find_default_currency("All amounts in this news release are in United States dollars unless otherwise stated.")
    'USD'
    """
    m = DEFAULT_CURRENCY_RE.search(text)
    return CURRENCY_NAMES.get(m.group("name").lower()) if m else None
