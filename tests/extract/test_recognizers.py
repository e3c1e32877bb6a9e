"""Money, dates, periods and listings as releases write them."""

from __future__ import annotations

from datetime import date

import pytest
from pressroom.extract.dates import find_dates, find_periods
from pressroom.extract.header import find_listings
from pressroom.extract.money import find_default_currency, find_money

MONEY = [
    ("principal amount of US$1,000,000", 1_000_000, "USD"),
    ("U.S. $5,500,000 through the issuance", 5_500_000, "USD"),
    ("ordered to pay US$967.77 million", 967_770_000, "USD"),
    ("C$0.39 per share", 0.39, "CAD"),
    ("CDN$2.5 million", 2_500_000, "CAD"),
    ("CAD 2.5 million", 2_500_000, "CAD"),
    ("A$12.5 million", 12_500_000, "AUD"),
    ("\u00a33.2m placing", 3_200_000, "GBP"),
    ("$1.2 billion", 1_200_000_000, None),
    ("$17 million", 17_000_000, None),
    ("under $400 US per ounce", 400, "USD"),
]
NO_MONEY = ["in 2008", "U.S. District Court", "15% per annum", "Cdn operations"]


@pytest.mark.parametrize(("text", "amount", "currency"), MONEY)
def test_find_money(text, amount, currency):
    [money] = find_money(text)
    assert (money.amount, money.currency) == (pytest.approx(amount), currency)
    assert text[money.start:money.end] == money.text


@pytest.mark.parametrize("text", NO_MONEY)
def test_no_money(text):
    assert find_money(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("All amounts in this news release are in United States dollars unless otherwise stated.", "USD"),
    ("Unless otherwise stated, all dollar amounts are expressed in Canadian dollars.", "CAD"),
    ("Amounts vary.", None),
])
def test_default_currency(text, expected):
    assert find_default_currency(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("March 14, 2018", date(2018, 3, 14)),
    ("14 March 2018", date(2018, 3, 14)),
    ("2018-03-14", date(2018, 3, 14)),
    ("(Marketwire - Aug. 25, 2009)", date(2009, 8, 25)),
    ("Sept. 3, 2009", date(2009, 9, 3)),
    ("on the 5th of June, 2012", date(2012, 6, 5)),
])
def test_find_dates(text, expected):
    assert find_dates(text)[0].value == expected


@pytest.mark.parametrize(("text", "start", "end", "grain"), [
    ("in November 2008", date(2008, 11, 1), date(2008, 11, 30), "month"),
    ("Q2 2009", date(2009, 4, 1), date(2009, 6, 30), "quarter"),
    ("the three months ended June 30, 2009", date(2009, 4, 1), date(2009, 6, 30), "quarter"),
    ("the first quarter of 2010", date(2010, 1, 1), date(2010, 3, 31), "quarter"),
    ("the six months ended June 30, 2011", date(2011, 1, 1), date(2011, 6, 30), "half"),
    ("the year ended December 31, 2017", date(2017, 1, 1), date(2017, 12, 31), "year"),
    ("fiscal 2010", date(2010, 1, 1), date(2010, 12, 31), "year"),
    ("during 2012", date(2012, 1, 1), date(2012, 12, 31), "year"),
])
def test_find_periods(text, start, end, grain):
    [period] = find_periods(text)
    assert (period.start, period.end, period.grain) == (start, end, grain)


def test_month_without_year_takes_the_release_year_or_the_one_before():
    [nov] = find_periods("in November", release_date=date(2008, 12, 19))
    [dec] = find_periods("in December", release_date=date(2009, 1, 8))
    assert nov.start == date(2008, 11, 1)
    assert dec.start == date(2008, 12, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Trading symbol (TSX-V): RML", [("TSX-V", "RML")]),
    ("(TSX VENTURE:RML)", [("TSX-V", "RML")]),
    ("(TSX: ABC; NYSE American: XYZ)", [("TSX", "ABC"), ("NYSE American", "XYZ")]),
    ("Kestrel Gold Corp. (TSX:KGC)(NYSE Amex:KGX)", [("TSX", "KGC"), ("NYSE Amex", "KGX")]),
    ("shares are AIM-quoted (AIM: THG)", [("AIM", "THG")]),
    ("(ASX: BGR, OTCQX: BGRSF)", [("ASX", "BGR"), ("OTCQX", "BGRSF")]),
    ("AIM: THB", [("AIM", "THB")]),
])
def test_find_listings(text, expected):
    assert find_listings(text) == expected


@pytest.mark.parametrize("headline", [
    "Stonewall Gold Reports Strategic Review Results",
    "Storm Mining Announces Boxwood Drill Program and Telfer Production",
    "Roadrunner Gold Reports Strong Quarter at Telfer North",
])
def test_headlines_are_not_mistaken_for_letterhead(headline):
    from pressroom.parser import parse_release

    text = (f"STORM RESOURCES\n\n{headline}\n\nMarch 3, 2015\n\nVancouver - Storm Resources Ltd. (TSX: SRM) "
            "announces the results of the review described in this release, with figures for each of its mines "
            "and the decisions of its board of directors.")
    assert parse_release(text).header.title == headline
