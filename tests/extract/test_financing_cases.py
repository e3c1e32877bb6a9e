"""Financings read from one or two sentences: the dates, amounts and terms a row must (not) take."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extract.test_extractors import release
from pressroom import parser

# these tests hold the rules to what they must read; the learned check on their output (vetting) has its own tests
parse_release = partial(parser.parse_release, vet=False)


@pytest.mark.parametrize("sentence", [
    "The Company drew US$5 million under its term loan on May 2, 2012.",
    "To fund the cash portion, Kestrel drew C$2.5 million under its credit facility with Interior Plateau Credit "
    "Union on May 2, 2012.",
    "The first instalment was funded from cash and from a drawdown of US$8.0 million on 2 May 2012 under the "
    "Company's revolving credit facility with Lake Victoria Commercial Bank Limited.",
])
def test_the_day_a_facility_is_drawn_is_no_maturity(sentence):
    # the clause tells what was done on that day (drawn, signed, closed); nothing in it falls due then
    (fact,) = parse_release(release(sentence)).financings
    assert fact.instrument_type == "credit_facility"
    assert fact.maturity_date is None


def test_a_loan_repayable_on_a_day_keeps_that_day_though_a_drawdown_is_named_before():
    # 'repayable from the first drawdown ... or on Sept. 30, 2012': the drawdown is a condition, the day the maturity
    (fact,) = parse_release(release(
        "The lender has also advanced a US$750,000 bridge loan to the Company, which bears interest at 10 per cent "
        "per annum and is repayable from the first drawdown under the gold loan or on Sept. 30, 2013, whichever is "
        "earlier.")).financings
    assert fact.maturity_date == date(2013, 9, 30)
