"""Financings read from one or two sentences: the dates, amounts and terms a row must (not) take."""

from __future__ import annotations

import re
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


@pytest.mark.parametrize("sentence", [
    "The Board announces that on 18 May 2012, the Company as borrower entered into a facility agreement with Harbour "
    "Crest Bank Limited for a term loan facility of HK$350,000,000.",
    "Term loan facility On 9 May 2012 the Company's subsidiary, Wren Mining (Pty) Ltd, concluded a R45 million term "
    "loan facility with Lebombo Merchant Bank Limited.",
    "Also on May 16, 2012, the Company's subsidiary, Wren Mining LLC, closed a $250 million project finance facility "
    "with First Camelback Bank, N.A.",
    "To support its working capital, on 23 May 2012, Golden Osprey Investment Limited, a company owned by the "
    "chairman, advanced an unsecured loan of HK$50,000,000 to the Company.",
])
def test_the_day_a_release_says_a_loan_was_made_is_no_maturity(sentence):
    # 'announces that on ...', 'Also on ...', a heading before 'On ...', a date set off by commas: the day the news
    # tells of, not the day the loan falls due
    (fact,) = parse_release(release(sentence)).financings
    assert fact.maturity_date is None


def test_the_day_a_scheme_was_adopted_is_no_expiry_of_the_options_granted_under_it():
    facts = parse_release(release(
        "The Board announces that on 14 June 2012, the Company granted share options to Mr. Xue to subscribe for a "
        "total of 5,000,000 ordinary shares of HK$0.10 each under the share option scheme adopted by the Company on "
        "8 June 2010.")).financings
    assert [f.maturity_date for f in facts] == [None]


@pytest.mark.parametrize(("sentence", "amount"), [
    ("On June 8, 2012, Kestrel used US$18.0 million of the first deposit payment to repay in full the amount drawn "
     "under its US$30 million revolving credit facility with Harbourside Bank of Canada.", 18_000_000),
    ("On 2 June 2012 Kestrel made a final payment of A$3.0 million to Geraldton Resources Bank Limited, repaying in "
     "full the A$15 million project finance facility used to build the Wren plant.", 3_000_000),
    ("On June 8, 2012, Kestrel repaid in full the US$20 million bridge loan from Sandpiper Resource Capital LP.",
     20_000_000),
])
def test_a_repayment_is_the_sum_paid_not_the_size_of_the_facility_it_repays(sentence, amount):
    # 'its US$30 million revolving credit facility' tells which debt is repaid; the sum used or paid is the row's
    # amount, and the debt's size only when the sentence names no other sum
    facts = parse_release(release(sentence)).financings
    assert [f.amount for f in facts if f.instrument_type == "debt_repayment"] == [amount]


def test_an_agents_option_to_sell_more_units_is_more_of_the_placement_not_warrants():
    # 'an option to sell an additional 750,000 Units at the Unit price' (the "Agent's Option") is an over-allotment:
    # more units of the placement at its price per unit, not warrants over 750,000 shares
    facts = parse_release(release(
        "Kestrel has entered into an agreement with Longlac Capital Partners Inc. (the \"Agent\") for a private "
        "placement of up to 3,000,000 units (the \"Units\") at a price of $0.45 per Unit. The Agent has also been "
        "granted an option to sell an additional 750,000 Units at the Unit price, exercisable in whole or in part "
        "until 48 hours before closing (the \"Agent's Option\").")).financings
    assert [(f.instrument_type, f.share_count, f.price_per_share) for f in facts if f.share_count == 750_000] == [
        ("private_placement", 750_000, 0.45)]


@pytest.mark.parametrize(("sentence", "parties"), [
    ("On 12 June 2012 the Company applied A$300,000 of the proceeds to repay in full the unsecured loan advanced by "
     "the Chairman, Mr Keith Brabham, in December 2011.", ("Keith Brabham",)),
    ("The Company has issued 1,375,000 common shares at a deemed price of $0.12 per share to settle $165,000 of "
     "management fees owed to Daniel Kvale, its Chief Executive Officer, and Ruth Cardiff, its Chief Financial "
     "Officer, for services provided in 2011.", ("Daniel Kvale", "Ruth Cardiff")),
    ("Helen Varga, a director of the Company, has lent the Company $500,000 under an unsecured promissory note "
     "bearing interest at 10% per annum.", ("Helen Varga",)),
    ("In addition, Alastair Pengelly, Chairman, and Dr Neema Kisanga, Chief Executive, have agreed to subscribe for "
     "an aggregate of 800,000 new ordinary shares at 12.5p per share, raising £100,000.",
     ("Alastair Pengelly", "Neema Kisanga")),
])
def test_a_person_named_with_the_office_held_is_a_counterparty(sentence, parties):
    # a director or officer who lends, subscribes or is owed is named with the office, without a company suffix
    (fact,) = parse_release(release(sentence)).financings
    assert fact.counterparties == parties


def test_the_person_who_controls_a_lender_is_no_counterparty():
    # 'to Kerrisdale Holdings Ltd., a company controlled by Teresa Vandermolen, the Company's Chief Executive
    # Officer': the company lends, the officer only controls it
    (fact,) = parse_release(release(
        "The Company issued secured promissory notes in the principal amount of $1,000,000 to Kerrisdale Holdings "
        "Ltd., a company controlled by Teresa Vandermolen, the Company's Chief Executive Officer.")).financings
    assert "Teresa Vandermolen" not in fact.counterparties


@pytest.mark.parametrize(("body", "parties"), [
    ("Kestrel has appointed Ms. Meredith Calloway as Chief Financial Officer. In connection with her appointment, the "
     "Board has granted Ms. Calloway 1,200,000 incentive stock options exercisable at $0.22 per share for a period of "
     "five years.", ("Meredith Calloway",)),
    ("Kestrel has appointed Marcus E. Lindell as Chief Operating Officer and Rebecca S. Thornquist as Vice President, "
     "Exploration. The Company has granted an aggregate of 750,000 incentive stock options to Dr. Lindell and "
     "Ms. Thornquist at an exercise price of C$2.14 per share.", ("Marcus E. Lindell", "Rebecca S. Thornquist")),
    # a Chinese name, surname first
    ("Mr. Ho Wing Tak has been appointed as an executive director. On 10 June 2012, the Board granted to Mr. Ho "
     "options to subscribe for 5,000,000 shares of the Company at an exercise price of HK$0.62 per share.",
     ("Ho Wing Tak",)),
])
def test_a_grantee_named_by_surname_takes_the_full_name_the_release_gives(body, parties):
    # 'granted Ms. Calloway ... options': the grantee is the person the release named in full elsewhere
    (fact,) = parse_release(release(body)).financings
    assert fact.counterparties == parties


def test_a_surname_the_release_never_gives_in_full_is_no_counterparty():
    (fact,) = parse_release(release(
        "The Board has granted Ms. Calloway 1,200,000 incentive stock options exercisable at $0.22 per "
        "share.")).financings
    assert fact.counterparties == ()


@pytest.mark.parametrize("body", [
    "R60 million was drawn under the facility on 12 June 2012 and used on the same day to repay in full the R60 "
    "million bridging loan from Karoo Mining Finance (Pty) Limited.",
    "On 12 June 2012 Kestrel drew US$40 million under its new revolving credit facility with Pacific Meridian Bank. "
    "On the same day, the Company used US$35 million of that amount to repay in full its bridge loan from Magdalena "
    "Bay Credit Fund LP.",
])
def test_a_repayment_made_on_the_same_day_takes_the_day_told_before(body):
    # 'on the same day' points back to the day the drawing or closing was done
    facts = parse_release(release(body)).financings
    assert [f.maturity_date for f in facts if f.instrument_type == "debt_repayment"] == [date(2012, 6, 12)]


def test_the_same_day_is_no_day_a_right_runs_until():
    # 'may buy back ... before December 31, 2015' is no day anything was done
    facts = parse_release(release(
        "Kestrel may buy back one-third of its royalty for $3.5 million at any time before December 31, 2015. On the "
        "same day, Kestrel used $6.0 million of the proceeds to repay in full the equipment loan from Smoky Valley "
        "Equipment Finance LLC.")).financings
    assert [f.maturity_date for f in facts if f.instrument_type == "debt_repayment"] == [None]


@pytest.mark.parametrize("body, itype", [
    ("The Company has signed a facility agreement with Tamarack Merchant Bank Limited for its Wren project. The "
     "facility comprises:\n\n- a A$12 million amortising term loan facility, repayable in quarterly instalments; "
     "and\n\n"
     "- a A$3 million cost overrun facility.", "credit_facility"),
    ("Kestrel's term loan with Bluewater Commercial Bank was amended during the quarter. On 5 June 2012 the Company "
     "repaid a further US$4.0 million of the term loan from cash reserves.", "debt_repayment"),
])
def test_a_loan_told_without_its_lender_takes_the_one_named_with_it_just_before(body, itype):
    # the lender is named once, in the sentence that introduces the loan; its tranches and payments follow
    facts = [f for f in parse_release(release(body)).financings if f.instrument_type == itype]
    assert facts and all(f.counterparties for f in facts)
    lenders = {"Tamarack Merchant Bank Limited", "Bluewater Commercial Bank"}
    assert {p for f in facts for p in f.counterparties} <= lenders


def test_a_repayment_from_a_new_loan_does_not_take_the_new_loan_s_lender():
    # the lender of the new loan is no party to the debt its proceeds repay
    facts = parse_release(release(
        "Kestrel has drawn US$30 million under its new term loan with Bluewater Commercial Bank. Proceeds of the term "
        "loan were used to repay the US$25 million balance of the acquisition facility on 5 June 2012.")).financings
    assert [f.counterparties for f in facts if f.instrument_type == "debt_repayment"] == [()]


def test_the_lenders_a_release_defines_with_their_parts_are_each_facility_s_lenders():
    # '(together, "the Lenders")' after 'led by A as mandated lead arranger, with B participating as a lender': the
    # lenders are A and B (not their parts), and each facility listed under the terms is theirs
    facts = parse_release(release(
        "Kestrel has executed a facility agreement with a syndicate led by Bluewater Commercial Bank Limited as "
        "mandated lead arranger, with Tamarack Merchant Bank Ltd participating as a lender (together, \"the "
        "Lenders\").\n\nFacility terms\n\nThe package comprises two facilities:\n\n- a A$20 million amortising term "
        "loan facility, repayable in quarterly instalments; and\n\n- a A$4 million cost overrun facility.")).financings
    lenders = ("Bluewater Commercial Bank Limited", "Tamarack Merchant Bank Ltd")
    assert [f.counterparties for f in facts] == [lenders, lenders]


@pytest.mark.parametrize("body, party", [
    ("The Company acquired the Sierra Alta property from Minera Sierra Alta, S.A. de C.V. (the \"Vendor\"). Part of "
     "the price was paid by an unsecured promissory note of US$5.0 million issued to the Vendor, maturing on June 30, "
     "2014.", "Minera Sierra Alta, S.A. de C.V."),
    ("Kestrel has agreed a loan with Pinecrest Mining Finance Co., Ltd. (the \"Lender\"). The Lender will advance a "
     "loan of US$3 million to the Company, repayable on June 30, 2014.", "Pinecrest Mining Finance Co., Ltd."),
])
def test_a_party_defined_with_its_legal_form_after_a_comma_is_one_party(body, party):
    # 'Co., Ltd.', ', S.A. de C.V.': the form is part of the name, no second party
    (fact,) = parse_release(release(body)).financings
    assert fact.counterparties == (party,)


def test_the_issuer_defined_as_the_company_is_no_party():
    # 'Kestrel Gold Co., Ltd. (the "Company")': the release's own name for the issuer
    (fact,) = parse_release(release(
        "Reference is made to the announcement of Kestrel Gold Co., Ltd. (the \"Company\") dated 11 May 2012. The "
        "Company has completed the placing of 40,000,000 new shares at HK$0.50 per share, raising HK$20,000,000.",
        issuer="Kestrel Gold Co., Ltd.")).financings
    assert fact.counterparties == ()


@pytest.mark.parametrize("body", [
    "On 30 May 2012 the Company delivered 3,000 ounces of gold, valued at US$4.9 million, to Riverbend Bullion "
    "Corporation in scheduled repayment of its gold loan.",
    "HIGHLIGHTS\n\n- Gold production of 12,400 oz\n\n- Scheduled loan repayment of A$2.5 million made",
    "Scheduled repayments totalling $6.0 million were also made during the quarter on the term loan with Harrow "
    "Commercial Bank.",
    "On 5 June 2012 Kestrel applied A$4.0 million of the sale proceeds to a partial repayment of its bank facility "
    "with Harrow Commercial Bank.",
    "A further A$1.5 million was paid on 5 June 2012 to Harrow Mezzanine Partners in partial repayment of the "
    "mezzanine notes.",
])
def test_a_repayment_told_as_made_or_paid_is_closed(body):
    # a scheduled repayment made, gold delivered in repayment, a sum paid or applied in part repayment: done
    facts = [f for f in parse_release(release(body)).financings if f.instrument_type == "debt_repayment"]
    assert [f.status for f in facts] == ["closed"]


@pytest.mark.parametrize("body", [
    "Scheduled repayments of $2.0 million will be made on the term loan with Harrow Commercial Bank in each quarter "
    "of 2013.",
    "A$4.0 million of the sale proceeds will be applied to a partial repayment of the bank facility with Harrow "
    "Commercial Bank.",
])
def test_a_repayment_still_to_be_made_is_not_closed(body):
    facts = [f for f in parse_release(release(body)).financings if f.instrument_type == "debt_repayment"]
    assert all(f.status != "closed" for f in facts)


def test_the_tranches_of_a_convertible_take_the_one_conversion_price_the_release_gives():
    # the price is told once, for the debentures; each tranche told by its principal is convertible at it
    facts = parse_release(release(
        "Kestrel has closed the second and final tranche of its non-brokered private placement of 12% convertible "
        "debentures (the \"Debentures\"). The principal is convertible at the holder's option into common shares of "
        "the Company at a conversion price of C$0.20 per share. The first tranche of C$600,000 principal amount "
        "closed on May 18, 2012. The Company issued C$350,000 principal amount of Debentures in the second "
        "tranche.")).financings
    debentures = [f for f in facts if f.instrument_type == "convertible_debenture"]
    assert [(f.amount, f.price_per_share) for f in debentures] == [(600000, 0.2), (350000, 0.2)]


def test_two_conversion_prices_leave_a_tranche_unpriced():
    facts = parse_release(release(
        "The Series A notes are convertible at a conversion price of C$0.20 per share and the Series B notes at a "
        "conversion price of C$0.30 per share. The first tranche of C$600,000 principal amount of convertible notes "
        "closed on May 18, 2012.")).financings
    assert [f.price_per_share for f in facts if f.amount == 600000] == [None]


@pytest.mark.parametrize("body", [
    "Kestrel has raised £1.2 million through a placing of 40,000,000 new ordinary shares at 3p per New Share (the "
    "\"Issue Price\"). Harrow Securities will be granted warrants over 1,500,000 ordinary shares, exercisable at the "
    "Issue Price for a period of three years.",
    "Kestrel has placed 40,000,000 new ordinary shares with institutional investors at the Issue Price of 3.0 pence, "
    "raising £1.2 million. In addition, the Company will issue 1,500,000 warrants to Harrow Securities Limited, "
    "exercisable at the Issue Price until 30 June 2015.",
])
def test_warrants_exercisable_at_the_issue_price_take_the_price_the_release_names_so(body):
    facts = parse_release(release(body)).financings
    assert [(f.share_count, f.price_per_share) for f in facts if f.instrument_type == "warrants"] == [(1500000, 0.03)]


def test_an_agents_option_for_more_units_at_the_offering_price_is_more_units():
    # ('... an option ... to sell an additional 5,625,000 Units at the Offering Price'): the offering's units
    facts = parse_release(release(
        "The Company will issue 20,000,000 units (the \"Units\") at a price of C$0.25 per Unit (the \"Offering "
        "Price\") for gross proceeds of C$5,000,000. The Company has granted the Agents an option, exercisable in "
        "whole or in part at any time up to 48 hours before closing, to sell an additional 3,000,000 Units at the "
        "Offering Price (the \"Agents' Option\").")).financings
    assert [(f.instrument_type, f.share_count, f.price_per_share) for f in facts if f.share_count == 3000000] == [
        ("equity_offering", 3000000, 0.25)]


def test_an_offer_a_later_sentence_says_was_issued_at_the_same_price_takes_the_placement_s_price():
    # the highlight names the plan; the body sizes it 'at the same price' as the placement told just before
    facts = parse_release(release(
        "HIGHLIGHTS\n\n- A$9.0 million placement and A$1.5 million Share Purchase Plan completed\n\nFUNDING\n\n"
        "On 8 May 2012 the Company completed a placement of 30,000,000 shares at A$0.30 per share to institutional "
        "investors, raising A$9.0 million before costs. The Share Purchase Plan closed on 1 June 2012, raising "
        "A$1.5 million through the issue of 5,000,000 shares at the same price to eligible shareholders.")).financings
    assert [(f.share_count, f.price_per_share) for f in facts if f.instrument_type == "equity_offering"] == [
        (5000000, 0.3)]


def test_the_loan_referred_to_after_an_unsecured_loan_is_that_loan_s_kind():
    # 'the remaining £400,000 of the loan': the unsecured shareholder loan told before, not a new secured loan
    facts = parse_release(release(
        "Harrow Holdings Limited, the Company's largest shareholder, has advanced an unsecured loan of £1,000,000 to "
        "the Company. Harrow has agreed to capitalise £600,000 of the loan. Harrow has also agreed to extend the "
        "repayment date of the remaining £400,000 of the loan from 31 December 2012 to 30 June 2014.")).financings
    assert {f.instrument_type for f in facts if f.amount == 400000} == {"promissory_note"}


@pytest.mark.parametrize("sentence, agent", [
    ("Harrow Securities Pty Ltd, lead manager to the Offer, receives a fee of 6% of the funds raised and has today "
     "been issued 2,000,000 options exercisable at 10 cents on or before 30 June 2015.", "Harrow Securities Pty Ltd"),
    ("Lowther Capital Inc. acted as agent for the placement and received a cash commission of 7% and 150,000 agent's "
     "warrants, each exercisable at $0.25 until June 14, 2014.", "Lowther Capital Inc."),
    ("In connection with the placement, the Company paid Lowther Capital Inc. a cash finder's fee of $21,000 and "
     "issued to it 150,000 finder's warrants, each exercisable at $0.25 until June 14, 2014.", "Lowther Capital Inc."),
    ("The Company will also grant Harrow Securities Limited warrants over 500,000 new ordinary shares exercisable at "
     "5p for three years.", "Harrow Securities Limited"),
])
def test_the_agent_paid_a_fee_and_issued_warrants_is_their_counterparty(sentence, agent):
    facts = parse_release(release(sentence)).financings
    assert [f.counterparties for f in facts if f.instrument_type == "warrants"] == [(agent,)]


@pytest.mark.parametrize("sentence, people", [
    ("Also subject to shareholder approval, two Directors, Mr Alan Brisk and Mr Colin Varley, will subscribe for a "
     "further 1,000,000 shares at 20 cents per share, raising $200,000.", ("Alan Brisk", "Colin Varley")),
    ("Ruth Okafor (Non-Executive Chairman) and Peter Lindqvist (Finance Director) have agreed to subscribe for an "
     "aggregate of 2,000,000 new ordinary shares at 5p per share, raising £100,000.",
     ("Ruth Okafor", "Peter Lindqvist")),
    ("In addition, directors Mr Alan Brisk and Ms Dana Whitcombe have committed to subscribe for 2,500,000 shares "
     "(A$100,000) at A$0.04 per share.", ("Alan Brisk", "Dana Whitcombe")),
])
def test_people_who_subscribe_as_the_subject_are_the_placement_s_parties(sentence, people):
    facts = parse_release(release(sentence)).financings
    assert [f.counterparties for f in facts] == [people]


@pytest.mark.parametrize("sentence, lender", [
    ("Kestrel has signed a 36-month financial lease with Arrendadora del Pacifico, S.A. de C.V. for two haul trucks "
     "with a combined value of US$1.2 million.", "Arrendadora del Pacifico, S.A. de C.V."),
    ("On June 12, 2012 the Company repaid the remaining US$4.0 million outstanding under its term loan with Caisse "
     "Riveraine de Financement.", "Caisse Riveraine de Financement"),
    ("On June 12, 2012 the Company repaid the US$5.0 million balance outstanding under its revolving credit facility "
     "with Banco Regional del Golfo, S.A., Institucion de Banca Multiple.",
     "Banco Regional del Golfo, S.A., Institucion de Banca Multiple"),
])
def test_a_lender_named_by_a_lending_word_or_with_its_form_after_a_comma_is_a_party(sentence, lender):
    (fact,) = parse_release(release(sentence)).financings
    assert fact.counterparties == (lender,)


def test_a_lender_with_the_issuer_s_legal_form_is_still_a_party():
    # the issuer 'OJSC Kestrel Gold' and its lender 'OJSC Taiga Kapital Bank' share only the form
    (fact,) = parse_release(release(
        "On 02.03.2012 the Company signed a non-revolving credit line agreement with OJSC Taiga Kapital Bank for the "
        "amount of RUB 1,500 million at an interest rate of 9.5% per annum.", issuer="OJSC Kestrel Gold")).financings
    assert fact.counterparties == ("OJSC Taiga Kapital Bank",)


@pytest.mark.parametrize("body, lender", [
    ("Kestrel's wholly owned subsidiary, Wren Mining (Pty) Ltd (\"WML\"), holds the Wren mine. On 2 June 2012, WML "
     "concluded a R145 million finance lease with Bushveld Equipment Finance (Pty) Ltd for its mining fleet.",
     "Bushveld Equipment Finance (Pty) Ltd"),
    ("The Board announces that on 12 May 2012, Hunan Wren Mining Co., Ltd. (the \"PRC Subsidiary\"), an indirect "
     "wholly-owned subsidiary of the Company, entered into a loan agreement with Xiangjiang Rural Commercial Bank "
     "Co., Ltd. for a term loan of RMB80,000,000.", "Xiangjiang Rural Commercial Bank Co., Ltd."),
    ("Approximately HK$25,000,000 of the proceeds will be applied to repay in full the short-term loan owed by "
     "Shaanxi Wren Mining Co., Ltd. to Yan'an Urban Credit Cooperative.", "Yan'an Urban Credit Cooperative"),
])
def test_the_issuer_s_own_subsidiary_is_no_counterparty(body, lender):
    # the subsidiary borrows for the issuer: the borrower's side, by its full or short name
    facts = parse_release(release(body)).financings
    assert [f.counterparties for f in facts] == [(lender,)]


@pytest.mark.parametrize("sentence", [
    "Fleet Street Securities Limited, the Company's broker, has conditionally placed 40,000,000 new ordinary shares "
    "at 5p per share with institutional investors, raising £2.0 million.",
    "In May 2012 the Company placed 5,000,000 ordinary shares at 30 cents each with institutional investors "
    "introduced by Swanbourne Securities Pty Ltd, raising A$1.5 million.",
])
def test_the_broker_who_places_the_shares_is_no_party_to_the_placement(sentence):
    (fact,) = parse_release(release(sentence)).financings
    assert fact.counterparties == ("institutional investors",)


def test_the_placing_agent_is_no_party_to_the_placement():
    (fact,) = parse_release(release(
        "A total of 100,000,000 Placing Shares at HK$0.20 per share have been successfully placed by Victoria Harbour "
        "Securities Limited, the Placing Agent, to not less than six Placees.")).financings
    assert fact.counterparties == ()


def test_the_day_an_interest_payment_fell_due_is_no_maturity():
    # 'the interest payment due on November 30, 2011 on its ... notes due June 30, 2015': the notes' day is the second
    facts = parse_release(release(
        "The Company did not pay the $1.2 million semi-annual interest payment due on November 30, 2011 on its $20 "
        "million 11.5% senior secured notes due June 30, 2015, and the notes are now in default.")).financings
    assert [f.maturity_date for f in facts if f.amount == 20000000] == [date(2015, 6, 30)]


def test_a_loan_repaid_ahead_of_its_maturity_is_dated_by_the_repayment():
    facts = parse_release(release(
        "On May 28, 2012, the Company repaid in full the medium-term loan granted by Banco del Valle Alto, for the "
        "outstanding amount of USD 4,500,000, ahead of its scheduled maturity of March 31, 2014.")).financings
    assert [f.maturity_date for f in facts if f.instrument_type == "debt_repayment"] == [date(2012, 5, 28)]


@pytest.mark.parametrize("sentence, day", [
    ("A$1,000,000 of the proceeds was applied today to repay in full the bridge loan advanced by Harrow Capital Pty "
     "Ltd.", date(2012, 6, 14)),
    ("Earlier today, the Company used part of the first instalment to repay in full its US$8.0 million bridge loan "
     "from Harrow Special Opportunities LP.", date(2012, 6, 14)),
    ("The Company repaid $25 million of revolver borrowings yesterday from operating cash flow.", date(2012, 6, 13)),
])
def test_a_repayment_made_today_or_yesterday_is_dated_by_the_release(sentence, day):
    facts = parse_release(release(sentence)).financings
    assert [f.maturity_date for f in facts if f.instrument_type == "debt_repayment"] == [day]


def test_a_repayment_to_be_made_today_is_not_dated():
    facts = parse_release(release(
        "The Company will use A$1,000,000 of the proceeds to repay the bridge loan from Harrow Capital Pty Ltd, as "
        "announced today.")).financings
    assert [f.maturity_date for f in facts if f.instrument_type == "debt_repayment"] == [None]


def test_a_repayment_on_the_same_date_as_the_list_item_before_takes_its_day():
    facts = parse_release(release(
        "The Company reports:\n\n1. On 8 May 2012 the Company received the disbursement of a bridge loan of USD "
        "10,000,000 from Banco del Valle Alto S.A.\n\n2. On the same date, the Company used USD 3,000,000 of the "
        "bridge loan to prepay the outstanding balance of the financial lease entered into with Leasing Andino "
        "S.A.")).financings
    assert [f.maturity_date for f in facts if f.instrument_type == "debt_repayment"] == [date(2012, 5, 8)]


def test_a_repayment_on_the_same_day_takes_the_day_told_three_sentences_before():
    facts = parse_release(release(
        "On May 7, 2012, the Company closed a $30.0 million senior secured term loan with Pacifica Credit LP. The loan "
        "bears interest at a fixed rate of 10.5% per annum and matures on March 31, 2016. It is secured over the Wren "
        "mine. On the same day, the Company used $5.0 million of the proceeds to repay in full the bridge loan "
        "advanced by Harrow Capital LP.")).financings
    assert [f.maturity_date for f in facts if f.instrument_type == "debt_repayment"] == [date(2012, 5, 7)]


@pytest.mark.parametrize("sentence, itype", [
    ("On July 20, 2012, the Company used part of the proceeds to redeem all $200 million of its outstanding 8.25% "
     "senior notes due 2017.", "debt_repayment"),
    ("The net proceeds will be applied as to HK$3,000,000 to repay the interest-free advance made to the Company by "
     "its Chairman.", "debt_repayment"),
    ("During the quarter, holders converted C$2,400,000 principal amount of the Company's 8% convertible debentures "
     "due June 30, 2014 into 4,800,000 common shares at the conversion price of C$0.50 per share.", "debt_settlement"),
])
def test_the_rate_of_the_debt_repaid_or_settled_is_no_rate_of_the_payment(sentence, itype):
    facts = parse_release(release(sentence)).financings
    assert [f.interest_rate_pct for f in facts if f.instrument_type == itype] == [None]


def test_a_settlement_payable_with_interest_keeps_its_rate():
    facts = parse_release(release(
        "Under the settlement agreement, the Company will pay Harrow Drilling Ltd. C$500,000 in four quarterly "
        "instalments, bearing interest at 4% per annum.")).financings
    assert {f.interest_rate_pct for f in facts if f.instrument_type == "debt_settlement"} <= {4.0}


@pytest.mark.parametrize("sentence", [
    "The Company has signed a A$20 million project loan facility with Harrow Bank Limited, bearing interest at the "
    "bank bill swap rate (BBSY) plus a margin of 2.10% per annum.",
    "Kestrel has signed a US$75 million senior secured term loan facility with Harrow Bank Limited, bearing interest "
    "at Term SOFR plus a margin of between 6.25% and 6.75% per annum.",
])
def test_a_margin_over_a_floating_rate_is_no_interest_rate(sentence):
    (fact,) = parse_release(release(sentence)).financings
    assert fact.interest_rate_pct is None


def test_a_fee_on_the_funds_raised_does_not_make_the_agent_s_options_issued():
    # 'a fee of 6% of the funds raised and, subject to shareholder approval, 10,000,000 options': still to come
    facts = parse_release(release(
        "Harrow Capital Pty Ltd acted as lead manager to the Placement and will receive a fee of 6% of the funds "
        "raised and, subject to shareholder approval, 10,000,000 options exercisable at 5 cents on or before 30 June "
        "2015.")).financings
    assert [f.status for f in facts if f.instrument_type == "warrants"] == ["announced"]


@pytest.mark.parametrize("sentence", [
    "The Company received valid acceptances for 30,000,000 New Shares under the Entitlement Offer, raising "
    "$1,200,000.",
    "Valid acceptances, including acceptances by purchasers of rights traded on ASX, were received under the "
    "Entitlement Offer for 30,000,000 New Shares, raising A$1,200,000 before costs.",
])
def test_an_offer_for_which_acceptances_were_received_is_closed(sentence):
    facts = parse_release(release(sentence)).financings
    assert [f.status for f in facts if f.instrument_type == "equity_offering"] == ["closed"]


def test_warrants_given_to_the_lender_are_the_lender_s():
    facts = parse_release(release(
        "On June 12, 2012 the Company closed a bridge loan of US$500,000 from Harrow Resource Partners LLC. As a "
        "bonus, the lender received 200,000 share purchase warrants, each exercisable to purchase one common share at "
        "C$0.45 until June 12, 2014.")).financings
    assert [f.counterparties for f in facts if f.instrument_type == "warrants"] == [("Harrow Resource Partners LLC",)]


@pytest.mark.parametrize("sentence", [
    "HIGHLIGHTS\n\n- Term loan reduced from $120 million to nil; net debt of $40 million at year end",
    "Following completion, the outstanding principal of the Shareholder's Loan will be reduced from HK$60,000,000 to "
    "HK$20,000,000.",
])
def test_a_debt_reduced_from_one_balance_to_another_is_no_new_loan(sentence):
    facts = parse_release(release(sentence)).financings
    assert [f for f in facts if f.instrument_type in ("secured_loan", "promissory_note", "credit_facility")] == []


@pytest.mark.parametrize("sentence", [
    "On 7 May 2012, the Company received the first disbursement of USD 20,000,000 under its syndicated loan with "
    "Banco del Valle Alto S.A.",
    "On 9 May 2012 the Company received an unsecured short-term loan of USD 1,500,000 from Inversiones Wren S.A.C., "
    "at an annual interest rate of 6.5%.",
])
def test_a_loan_or_disbursement_received_is_closed(sentence):
    (fact,) = parse_release(release(sentence)).financings
    assert fact.status == "closed"


@pytest.mark.parametrize("lead", [
    'On 3 March 2021, the Company and Brindabella Haulage Pty Ltd ("Brindabella") entered into a deed of settlement '
    "under which the Company will pay Brindabella A$4.0 million in full and final settlement of all claims, in two "
    "instalments:",
    "On 3 March 2021, the Company signed a settlement agreement with Brindabella Haulage Pty Ltd under which the "
    "settlement sum is payable in two instalments:",
])
def test_settlement_instalments_are_owed_to_the_party_their_lead_in_names(lead):
    # the list's items give only the sums and days; the party paid is the one the line before them names
    facts = parse_release(release(
        lead + "\n\n- A$2.0 million on or before 31 March 2021; and\n\n- A$2.0 million on or before 30 June "
        "2021.")).financings
    instalments = [f for f in facts if f.instrument_type == "debt_settlement"]
    assert [f.maturity_date for f in instalments] == [date(2021, 3, 31), date(2021, 6, 30)]
    assert all(f.counterparties == ("Brindabella Haulage Pty Ltd",) for f in instalments)


def test_a_settlement_paid_by_the_issuers_subsidiary_is_not_owed_to_that_subsidiary():
    # 'the Company's Malian subsidiary, Société des Mines de Kolondiéba SA ("SMK")': the payer's side, whichever part
    # of its name is read
    facts = parse_release(release(
        'On June 3, 2014, the Company\'s Malian subsidiary, Société des Mines de Kolondiéba SA ("SMK"), signed a '
        "settlement of all tax reassessments. Under the settlement, SMK will pay the amount in two instalments:\n\n"
        "- FCFA 2.0 billion, due September 30, 2014; and\n\n- FCFA 2.0 billion, due December 31, 2014.")).financings
    instalments = [f for f in facts if f.instrument_type == "debt_settlement"]
    assert len(instalments) == 2
    assert all(not any("Kolondi" in p for p in f.counterparties) for f in instalments)


def test_lenders_defined_together_with_a_group_named_before_are_that_group_and_the_names_listed():
    # '(together with the Mandated Lead Arrangers, the "Lenders")': the arrangers an earlier sentence names are lenders
    # too, and every facility of the list below is theirs
    facts = parse_release(release(
        "Pelorus Commerce Bank and Skagen Exportbank A/S acted as Mandated Lead Arrangers. Banco Veraguas de Fomento, "
        "S.A. and Banque Lemanique des Metaux SA joined the syndicate as lenders (together with the Mandated Lead "
        'Arrangers, the "Lenders").\n\nThe Project Facility comprises:\n\n- a $90 million senior term loan, bearing '
        "interest at LIBOR plus 4.00%, with a final maturity of December 31, 2022; and\n\n- a $12 million cost "
        "overrun facility, maturing on December 31, 2022.")).financings
    facilities = [f for f in facts if f.instrument_type == "credit_facility"]
    assert [f.amount for f in facilities] == [90_000_000, 12_000_000]
    assert all(set(f.counterparties) == {"Pelorus Commerce Bank", "Skagen Exportbank A/S", "Banco Veraguas de Fomento, "
                                         "S.A.", "Banque Lemanique des Metaux SA"} for f in facilities)


@pytest.mark.parametrize(("sentence", "who"), [
    ("Wexford Capital Limited, the Company's broker, has conditionally placed 20,000,000 new ordinary shares at 5p "
     "per share with institutional and other investors, raising £1,000,000.", ("institutional and other investors",)),
    ("The Company will also offer eligible shareholders the opportunity to subscribe for up to A$30,000 of new shares "
     "each at 2.0 cents per share under a share purchase plan to raise up to A$2,000,000.", ("eligible shareholders",)),
    ("Eligible shareholders in Australia and New Zealand may apply for up to A$30,000 of new shares each at 4.5c "
     "under a Share Purchase Plan to raise up to A$1,000,000.", ("eligible shareholders",)),
    ("The Company has conditionally raised £540,000 through a placing of 12,000,000 new ordinary shares at 4.5p per "
     "share with certain existing shareholders.", ("existing shareholders",)),
])
def test_the_class_of_investors_an_issue_is_placed_with_or_offered_to_is_its_counterparty(sentence, who):
    # ('institutional and other investors' is one class, not 'other investors' beside institutional ones)
    (fact,) = parse_release(release(sentence)).financings
    assert fact.counterparties == who


def test_brokers_listed_together_as_bookrunners_are_no_placees_though_a_name_breaks_over_lines():
    (fact,) = parse_release(release(
        "A total of 50,000,000 Placing Shares have been placed by Calder Row\nCapital Limited and Tamar Quay "
        "Securities Limited, as joint bookrunners, with institutional investors at 4.0 pence per share, raising "
        "£2.0 million.")).financings
    assert fact.counterparties == ("institutional investors",)


@pytest.mark.parametrize(("sentence", "rate"), [
    ("On March 24, 2011, the Company closed its private offering of $60.0 million aggregate principal amount of "
     "5.75% convertible senior unsecured notes due April 1, 2016.", 5.75),
    ("On 29 July 2012 the Company issued US$30 million of 6.25 per cent. guaranteed convertible bonds due 29 July "
     "2017.", 6.25),
    ("On May 10, 2022, the Company priced a private offering of $120 million aggregate principal amount of 8.5% "
     "senior secured second lien notes due 2027.", 8.5),
])
def test_a_security_named_by_its_coupon_bears_that_rate(sentence, rate):
    (fact,) = parse_release(release(sentence)).financings
    assert fact.interest_rate_pct == rate


@pytest.mark.parametrize(("sentence", "due"), [
    ("The Company has signed a A$14.5 million project loan facility, repayable in ten quarterly instalments from 31 "
     "March 2013, with a final repayment date of 30 June 2015.", date(2015, 6, 30)),
    ("On 18 July 2012, the Company obtained a bank loan of RMB90 million from Qilian Development Bank Co., Ltd. for "
     "a term of three years ending 17 July 2015.", date(2015, 7, 17)),
])
def test_a_loans_final_repayment_date_or_the_end_of_its_term_is_its_maturity(sentence, due):
    (fact,) = parse_release(release(sentence)).financings
    assert fact.maturity_date == due


def test_a_repayment_made_on_the_same_day_as_the_paragraph_before_tells_takes_that_day():
    # the paragraph opens 'On the same day': the day is the one the paragraph before it gave
    facts = parse_release(release(
        "On October 6, 2014, the Company closed a private placement of $2,000,000 principal amount of 9% secured "
        "convertible notes due October 6, 2017 with Truckee Meadows Capital LP.\n\nOn the same day, $400,000 of the "
        "proceeds was used to repay in full the bridge loan advanced to the Company by Truckee Meadows Capital LP "
        "in June 2014.")).financings
    (repaid,) = [f for f in facts if f.instrument_type == "debt_repayment"]
    assert repaid.maturity_date == date(2014, 10, 6)


@pytest.mark.parametrize("sentence", [
    'On 6 October 2016, Jadestone Investment Limited ("Jadestone"), a company wholly owned by Mr. Lau Kin Fai, the '
    "chairman of the Board, advanced an unsecured loan of HK$40,000,000 to the Company for general working capital.",
    "On March 3, 2016, the Company issued an unsecured promissory note in the principal amount of U.S.$600,000 to "
    "Kherlen Bluff Holdings LLC, a company controlled by the Company's Chairman, Mr. Tumur Bold.",
])
def test_the_owner_of_the_company_that_lends_is_no_lender_of_its_own(sentence):
    (fact,) = parse_release(release(sentence)).financings
    assert len(fact.counterparties) == 1
    assert fact.counterparties[0] in ("Jadestone Investment Limited", "Kherlen Bluff Holdings LLC")


@pytest.mark.parametrize(("sentence", "who"), [
    ("On 18 July 2016, the Company obtained a bank loan of RMB120 million from Qilian Development Bank Co., Ltd., "
     "Zhangye Branch, for a term of three years.", ("Qilian Development Bank Co., Ltd., Zhangye Branch",)),
    ("The Company has also signed a mandate letter with Aldgate Resource Bank plc and Societe Financiere du Niger "
     'S.A. (together the "Arrangers") under which the Arrangers will arrange a US$20 million senior project finance '
     "facility.",
     ("Aldgate Resource Bank plc", "Societe Financiere du Niger S.A.")),
])
def test_each_lender_is_named_once_by_its_whole_name(sentence, who):
    (fact,) = parse_release(release(sentence)).financings
    assert fact.counterparties == who


@pytest.mark.parametrize("sentence", [
    "Southwark Row Securities Limited has conditionally placed 30,000,000 new ordinary shares at 4 pence per share "
    "with institutional investors, raising £1,200,000.\n\nFor further information:\n\nSouthwark Row Securities "
    "Limited (Nominated Adviser and Broker)",
    "The bonds, convertible at 90 pence per share, were placed with institutional investors by Cheapside Partners "
    "LLP, acting as sole bookrunner, raising US$30 million of 6.5 per cent. convertible bonds due 2017.",
])
def test_the_issuers_own_broker_is_no_investor_in_what_it_places(sentence):
    (fact,) = parse_release(release(sentence)).financings
    assert fact.counterparties == ("institutional investors",)


@pytest.mark.parametrize("sentence", [
    "The Company has also received a commitment letter from Tamarack Capital Partners LP for a $20 million senior "
    "secured term loan.",
    "Glenmore Street Capital LLP, an existing shareholder, has agreed in principle to provide the Company with a US$8 "
    "million secured bridge loan, bearing interest at 12% per annum.",
    "The Company today announced that it intends to offer, subject to market and other conditions, US$250 million "
    "aggregate principal amount of senior unsecured notes due 2027.",
])
def test_a_loan_committed_or_agreed_in_principle_or_to_be_offered_is_proposed(sentence):
    (fact,) = parse_release(release(sentence)).financings
    assert fact.status == "proposed"


@pytest.mark.parametrize(("follow", "who"), [
    ("Certain Directors subscribed for an aggregate of 1,500,000 of the Placing Shares.", {"directors"}),
    ("Directors and officers of the Company subscribed for 400,000 of the units.", {"directors", "officers"}),
])
def test_insiders_who_took_part_of_a_placement_are_among_its_counterparties(follow, who):
    facts = parse_release(release(
        "The Company has closed a non-brokered private placement of 5,000,000 units at $0.10 per unit for gross "
        "proceeds of $500,000. " + follow)).financings
    (placement,) = [f for f in facts if f.instrument_type == "private_placement"]
    assert who <= set(placement.counterparties)


def test_an_instrument_an_earlier_announcement_told_is_no_news_of_this_one():
    # 'Reference is made to the announcement ... in relation to the issue of ... bonds': the bonds recalled, and only
    # what this announcement tells of them (their conversion) is a row
    facts = parse_release(release(
        "Reference is made to the announcement of the Company dated 12 June 2011 in relation to the issue of "
        "HK$120,000,000 zero coupon convertible bonds due 2014 (the \"Bonds\") to Redhill Capital Limited.\n\n"
        "The Board announces that Redhill Capital Limited has converted HK$60,000,000 in principal amount of the Bonds "
        "into 120,000,000 new Shares at the conversion price of HK$0.50 per Share.")).financings
    assert [(f.instrument_type, f.amount) for f in facts] == [("debt_settlement", 60_000_000)]


@pytest.mark.parametrize(("follow", "rate", "due"), [
    ("The Facility bears interest at an annual rate of 6% and shall be repaid in full on or before 15 March 2015.",
     6.0, date(2015, 3, 15)),
    ("Amounts drawn under the Facility will bear interest at 10% per annum and must be repaid by December 31, 2014.",
     10.0, date(2014, 12, 31)),
])
def test_the_day_a_loan_must_be_repaid_by_is_its_maturity_not_a_repayment(follow, rate, due):
    # 'shall be repaid in full on or before ...': the loan's terms, told in the sentence after it; nothing is repaid
    facts = parse_release(release(
        "On 8 June 2012 the Company entered into a term loan facility of US$40 million (the \"Facility\") with "
        "Harbour Crest Bank Limited. " + follow)).financings
    assert [(f.instrument_type, f.amount, f.interest_rate_pct, f.maturity_date) for f in facts] == [
        ("credit_facility", 40_000_000, rate, due)]


def test_a_loans_rate_and_due_day_told_in_a_sentence_without_its_name_go_to_the_loan_the_paragraph_is_about():
    # 'The Bridge Loan was advanced in full ... It bears interest at 12% per annum ... and is due on ...': the
    # paragraph names the loan, then tells its terms by 'It'
    facts = parse_release(release(
        "The Company has entered into a secured bridge loan agreement with Norquay Resource Lending Ltd. for a "
        "US$3,000,000 loan (the \"Bridge Loan\").\n\nThe Bridge Loan was advanced in full on June 12, 2012. It bears "
        "interest at 12% per annum, payable monthly, and is due on December 31, 2012.")).financings
    assert [(f.instrument_type, f.amount, f.interest_rate_pct, f.maturity_date) for f in facts] == [
        ("secured_loan", 3_000_000, 12.0, date(2012, 12, 31))]


def test_a_repayment_a_highlight_told_takes_the_day_the_body_says_it_was_made():
    # the highlight's bullet and the body's 'On 31 March 2012 the Company made the scheduled repayment ...': one
    # repayment, made that day
    (fact,) = parse_release(release(
        "Highlights\n\n* Scheduled project loan repayment of A$2.0 million made\n\nCorporate\n\nOn 31 March 2012 the "
        "Company made the scheduled repayment of A$2.0 million on its project loan facility with Burswood Bank "
        "Limited.")).financings
    assert (fact.instrument_type, fact.amount, fact.maturity_date) == ("debt_repayment", 2_000_000, date(2012, 3, 31))


def test_a_loan_from_the_controlling_shareholder_that_nothing_secures_is_a_note_its_terms_list_names_it():
    # the controlling shareholder lends as an insider does; '3. Loan amount: ...' in the list of the contract's terms
    # is that loan again, no second one
    facts = parse_release(release(
        "Shaanxi Hanjiang Mining Group Co., Ltd. (\"Hanjiang Group\"), the controlling shareholder of the Company, "
        "will provide the Company with an entrusted loan of RMB300 million for a term of two years at a fixed interest "
        "rate of 6.10% per annum.\n\nPRINCIPAL TERMS OF THE CONTRACT\n\n1. Lender: Hanjiang Group\n2. Borrower: the "
        "Company\n3. Loan amount: RMB300,000,000\n4. Interest rate: 6.10% per annum")).financings
    assert [(f.instrument_type, f.amount) for f in facts] == [("promissory_note", 300_000_000)]


def test_a_placement_told_by_a_table_of_its_placees_is_a_row_for_each_placee():
    # 'Placee  Placement Shares  Amount (S$)': each placee's shares and sum, at the price the lines before give
    facts = parse_release(release(
        "The Board wishes to announce that the Company has on 11 June 2012 entered into separate placement agreements "
        "with three placees for the placement of an aggregate of 42,000,000 new ordinary shares (the \"Placement "
        "Shares\") at S$0.06 per Placement Share, as follows:\n\n"
        "   Placee                                         Placement Shares    Amount (S$)\n"
        "   Tembusu Natural Resources Fund Pte. Ltd.            24,000,000      1,440,000\n"
        "   Mr. Hendra Wijaya Santoso                           12,000,000        720,000\n"
        "   Ms. Phua Siew Lan                                    6,000,000        360,000\n"
        "   Total                                               42,000,000      2,520,000\n")).financings
    assert [(f.instrument_type, f.amount, f.currency, f.share_count, f.price_per_share, f.counterparties)
            for f in facts] == [
        ("private_placement", 1_440_000, "SGD", 24_000_000, 0.06, ("Tembusu Natural Resources Fund Pte. Ltd.",)),
        ("private_placement", 720_000, "SGD", 12_000_000, 0.06, ("Hendra Wijaya Santoso",)),
        ("private_placement", 360_000, "SGD", 6_000_000, 0.06, ("Phua Siew Lan",))]


def test_a_settlements_instalments_listed_in_a_table_are_a_row_each():
    # 'Instalment  Due date  TZS billion': each instalment's sum in the column's currency and scale, by its day (paid
    # when its day says so)
    facts = parse_release(release(
        "On 8 June 2012 the Company and the Government signed a Settlement Agreement under which the Company will pay "
        "TZS 96.0 billion in full and final settlement of all income tax claims for the years 2005 to 2010. No "
        "interest is payable on the instalments, which are payable as follows:\n\n"
        "  Instalment     Due date                           TZS billion\n"
        "  First          paid 11 June 2012                         24.0\n"
        "  Second         31 December 2012                          24.0\n"
        "  Third          30 June 2013                              24.0\n"
        "  Fourth         31 December 2013                          24.0\n"
        "  Total                                                    96.0\n\n"
        "The Company has recorded a provision for the full settlement amount.")).financings
    assert [(f.instrument_type, f.status, f.amount, f.currency, f.interest_rate_pct, f.maturity_date)
            for f in facts] == [
        ("debt_settlement", "closed", 24e9, "TZS", 0.0, date(2012, 6, 11)),
        ("debt_settlement", "announced", 24e9, "TZS", 0.0, date(2012, 12, 31)),
        ("debt_settlement", "announced", 24e9, "TZS", 0.0, date(2013, 6, 30)),
        ("debt_settlement", "announced", 24e9, "TZS", 0.0, date(2013, 12, 31))]


@pytest.mark.parametrize("follow", [
    "Insiders of the Company subscribed for 800,000 units.",
    "Tatlayoko Resource Fund subscribed for 1,500,000 units, and insiders of the Company acquired an aggregate of "
    "720,000 units.",
])
def test_insiders_who_took_some_of_the_units_are_among_the_placements_counterparties(follow):
    # no 'of the units': the insiders' part is told by a count smaller than the placement's, with no sum of its own
    facts = parse_release(release(
        "The Company has closed a non-brokered private placement of 4,000,000 units at C$0.25 per unit for gross "
        "proceeds of C$1,000,000. " + follow)).financings
    assert [(f.instrument_type, f.share_count) for f in facts] == [("private_placement", 4_000_000)]
    assert "insiders" in facts[0].counterparties


@pytest.mark.parametrize(("lead", "sentence"), [
    ("The Wassa mine is operated by Esiama Goldfields Limited (\"EGL\"), in which the Company holds a 90 per cent "
     "interest.", "On 14 May 2012 EGL executed a ¢1,800 million overdraft facility with Axim Merchant Bank Limited."),
    ("The Company holds 90 per cent of Dominase Gold Mines Limited (\"DGML\").",
     "DGML has signed a cedi working capital facility of ¢2,500 million with Densu Commercial Bank Limited."),
    ("", "Kestrel's wholly owned subsidiary, Tehini Gold SA, has today signed a €110 million senior secured term loan "
     "facility with the International Finance Corporation (\"IFC\"), a member of the World Bank Group."),
])
def test_a_company_the_issuer_holds_most_of_is_the_borrowers_side_not_a_lender(lead, sentence):
    (fact,) = parse_release(release((lead + "\n\n" if lead else "") + sentence)).financings
    assert fact.instrument_type == "credit_facility"
    assert len(fact.counterparties) == 1 and "Bank" in fact.counterparties[0] or fact.counterparties == (
        "International Finance Corporation",)


def test_the_key_terms_of_bonds_told_in_a_table_are_the_terms_of_those_bonds():
    # '| Principal amount | HK$24,000,000 |' and the rows after it: the bonds just announced, no second instrument
    facts = parse_release(release(
        "On 8 June 2012 (after trading hours), the Company entered into a subscription agreement with Ascent Ridge "
        "Capital Limited, pursuant to which the Company has conditionally agreed to issue convertible bonds in the "
        "principal amount of HK$24,000,000 (the \"Convertible Bonds\").\n\n"
        "**Principal terms of the Convertible Bonds**\n\n"
        "| Term | Details |\n|---|---|\n| Principal amount | HK$24,000,000 |\n"
        "| Interest | 8% per annum, payable annually in arrears |\n"
        "| Conversion price | HK$0.12 per Conversion Share, subject to adjustment |\n"
        "| Conversion Shares | 200,000,000 Conversion Shares upon full conversion at the initial Conversion Price |\n"
        "| Redemption | The Company may redeem the Convertible Bonds at 100% of the principal amount at any time |\n"
        )).financings
    assert [(f.instrument_type, f.amount, f.interest_rate_pct, f.share_count, f.price_per_share) for f in facts] == [
        ("convertible_debenture", 24_000_000, 8.0, 200_000_000, 0.12)]


def test_numbered_lines_of_a_loans_terms_are_that_loans_terms():
    # '2.3  Maturity date:  ...', '2.4  Conversion:  ... at S$0.085 per Share ... Assuming full conversion ...,
    # 52,941,176 new Shares ...': the convertible loan just announced, however the lines are numbered
    (fact,) = parse_release(release(
        "1.1  The Company has on 10 June 2012 entered into a convertible loan agreement with Aspera Emerging Resources "
        "Fund L.P. (the \"Lender\") for a convertible loan of S$4,500,000.\n\n"
        "2.   PRINCIPAL TERMS OF THE CONVERTIBLE LOAN\n\n"
        "2.1  Principal amount:   S$4,500,000, to be disbursed in one tranche on the date of completion.\n"
        "2.2  Interest:           6.0% per annum, payable semi-annually in arrears.\n"
        "2.3  Maturity date:      30 September 2014 (the \"Maturity Date\").\n"
        "2.4  Conversion:         The Lender may convert the outstanding principal at any time before the Maturity "
        "Date at S$0.085 per Share (the \"Conversion Price\"). Assuming full conversion at the Conversion Price, "
        "52,941,176 new Shares (the \"Conversion Shares\") will be issued.\n")).financings
    assert (fact.instrument_type, fact.amount, fact.interest_rate_pct, fact.maturity_date, fact.share_count,
            fact.price_per_share) == ("convertible_debenture", 4_500_000, 6.0, date(2014, 9, 30), 52_941_176, 0.085)


def test_who_subscribed_for_part_of_the_debentures_is_a_party_to_them_not_a_debenture_issue_of_its_own():
    # 'X subscribed for C$150,000 of Debentures and Y ... subscribed for C$100,000': parts of the tranche just told
    facts = parse_release(release(
        "The Company issued C$450,000 principal amount of 10% convertible debentures (the \"Debentures\") in the "
        "second tranche on June 12, 2012. Halvard Soderberg, President and Chief Executive Officer, subscribed for "
        "C$150,000 of Debentures and Northern Loon Capital Corp. subscribed for C$100,000, all in the second "
        "tranche.")).financings
    assert [(f.instrument_type, f.amount) for f in facts] == [("convertible_debenture", 450_000)]
    assert set(facts[0].counterparties) == {"Halvard Soderberg", "Northern Loon Capital Corp."}


def test_shares_named_by_their_issuers_name_are_counted():
    # '8,000,000 Manitou Falls common shares': the shares of the company the placement is in, counted
    (fact,) = parse_release(release(
        "Concurrently with the Arrangement, Kestrel has agreed to subscribe for 8,000,000 Manitou Falls common "
        "shares at $0.25 per share by way of private placement, for gross proceeds to Manitou Falls of "
        "$2,000,000.")).financings
    assert (fact.instrument_type, fact.amount, fact.share_count, fact.price_per_share) == (
        "private_placement", 2_000_000, 8_000_000, 0.25)


def test_a_facility_that_will_be_cancelled_is_no_financing():
    # 'On prepayment the Company's undrawn US$10 million revolving facility ... will be cancelled': an end, no loan
    facts = parse_release(release(
        "On prepayment the Company's undrawn US$10 million revolving facility with the same bank will be cancelled, "
        "and the security granted to the bank will be released.")).financings
    assert facts == ()


def test_a_streams_deposit_paid_in_instalments_listed_in_a_table_is_a_row_for_each_instalment():
    # 'Instalment  US$ million  Timing': each deposit (received, or still to come), and not their total as well
    facts = parse_release(release(
        "On June 8, 2012, Kestrel and Highcroft Streaming Corp. entered into and closed a precious metals purchase "
        "agreement under which Highcroft will purchase 7% of the refined gold produced from Coyote Springs. The "
        "upfront deposit of $42 million will be paid in three instalments:\n\n"
        "Instalment                                   US$ million    Timing\n"
        "First deposit (on closing)                          15.0    Received June 8, 2012\n"
        "Second deposit (Record of Decision)                 15.0    Expected Q2 2013\n"
        "Third deposit (50% construction complete)           12.0    Expected 2014\n"
        "Total                                               42.0\n")).financings
    assert [(f.instrument_type, f.status, f.amount) for f in facts] == [
        ("royalty_stream", "closed", 15_000_000), ("royalty_stream", "announced", 15_000_000),
        ("royalty_stream", "announced", 12_000_000)]


def test_a_settlement_paid_in_part_and_to_be_paid_in_sums_by_their_days_is_a_row_for_each_payment():
    # 'paid US$24 million on ..., and will pay US$20 million on or before ... and US$20 million on or before ...'
    facts = parse_release(release(
        "On 8 June 2012 the Company and the Government signed a framework agreement under which the Company will pay "
        "US$64 million in full and final settlement of all tax assessments for the years 2005 to 2011.\n\n"
        "Principal terms of the Framework Agreement:\n\n"
        "- Payment: the Company paid US$24 million on 11 June 2012, and will pay US$20 million on or before 31 "
        "December 2012 and US$20 million on or before 30 June 2013.\n"
        "- The Government's free-carried interest will increase from 10% to 16%.")).financings
    assert [(f.instrument_type, f.status, f.amount, f.maturity_date) for f in facts] == [
        ("debt_settlement", "closed", 24_000_000, date(2012, 6, 11)),
        ("debt_settlement", "announced", 20_000_000, date(2012, 12, 31)),
        ("debt_settlement", "announced", 20_000_000, date(2013, 6, 30))]


def test_a_possible_stream_is_no_financing():
    facts = parse_release(release(
        "If the debt package is provided on the terms of the term sheet, the Company would need to raise approximately "
        "US$57 million of additional funding, which the Board expects to meet from a combination of equity and a "
        "possible gold stream.")).financings
    assert facts == ()


def test_a_loan_advanced_in_part_with_the_rest_to_come_is_a_row_for_each_part():
    # 'advanced US$12 million on closing and will advance the remaining US$8 million on completion': the part lent
    # (closed) and the part to come (announced), not their US$20 million total; a smaller facility told between them
    # is no loan they are parts of
    facts = parse_release(release(
        "Kestrel has closed a US$20 million gold prepayment facility (the \"Prepayment\") with Carrara Metals Trading "
        "SA.\n\n- US$7.5 million standby cost overrun facility arranged with Tonopah Basin Capital Partners LP\n\n"
        "The Prepayment closed on June 4, 2012. Carrara advanced US$12 million on closing and will advance the "
        "remaining US$8 million on completion of the first leach pad cell, expected in mid-2013.")).financings
    assert [(f.instrument_type, f.status, f.amount) for f in facts if f.instrument_type == "secured_loan"] == [
        ("secured_loan", "closed", 12_000_000), ("secured_loan", "announced", 8_000_000)]


def test_the_total_drawn_a_drawing_brings_the_facility_to_is_not_the_drawings_sum():
    # '..., bringing total drawings under the facility to $8.0 million': a running total after the tranche's own sum
    (fact,) = parse_release(release(
        "On June 4, 2012 the Company drew down the final tranche of US$2.0 million under its gold loan facility with "
        "Rheinische Edelmetallbank AG, bringing total drawings under the facility to US$8.0 million.")).financings
    assert (fact.instrument_type, fact.amount) == ("secured_loan", 2_000_000)


def test_a_loan_to_be_advanced_in_instalments_listed_below_is_a_row_for_each_instalment():
    # 'Matterhorn will advance US$14 million in two instalments:' and the list: the loan's parts, not their total
    facts = parse_release(release(
        "On June 8, 2012 the Company and Matterhorn Precious Metals SA signed a US$14 million gold prepayment "
        "agreement.\n\nUnder the prepayment agreement Matterhorn will advance US$14 million in two instalments:\n\n"
        "- US$9 million on satisfaction of conditions precedent, expected before the end of September 2012; and\n"
        "- US$5 million on completion of mechanical construction of the plant.\n\n"
        "The prepayment will be settled by the delivery of 12,300 ounces of gold.")).financings
    assert [(f.instrument_type, f.amount) for f in facts] == [("secured_loan", 9_000_000), ("secured_loan", 5_000_000)]


def test_the_shares_on_issue_and_cash_after_an_offer_are_no_offer():
    # 'Following the issue of the SPP ... shares, the Company has N shares on issue and cash of approximately $2.3
    # million': the capital and cash the issuer now has
    facts = parse_release(release(
        "The Company has today issued 15,000,000 shares at the SPP price of $0.032 per share to Wirrpunda Investments "
        "Pty Ltd, raising $480,000 (the \"Shortfall Placement\"). Following the issue of the SPP and Shortfall "
        "Placement shares, the Company has 486,217,093 shares on issue and cash of approximately $2.3 million.",
        issuer="Jerdacuttup Gold Limited")).financings
    assert [f.amount for f in facts] == [480_000]


def test_a_public_body_named_with_its_short_name_is_the_party_the_short_name_stands_for():
    # 'the Tanzania Revenue Authority ("TRA")', then '... payable to the TRA as follows:'
    facts = parse_release(release(
        "On 8 June 2012 the Company and the Government, represented by the Tanzania Revenue Authority (\"TRA\"), "
        "signed a Settlement Agreement under which the Company will pay TZS 48.0 billion in full and final settlement "
        "of all income tax claims. No interest is payable on the instalments, which are payable to the TRA as "
        "follows:\n\n"
        "  Instalment     Due date                           TZS billion\n"
        "  First          paid 11 June 2012                         24.0\n"
        "  Second         31 December 2012                          24.0\n"
        "  Total                                                    48.0\n\n"
        "The Company has recorded a provision for the full settlement amount.")).financings
    assert [f.counterparties for f in facts] == [("Tanzania Revenue Authority",)] * 2


@pytest.mark.parametrize("sentence", [
    "- US$6.0 million of 2012 principal repayments deferred; final maturity extended to 30 June 2016",
    "Under the Amendment the Lenders have waived the breach, and the US$6.0 million of principal repayments due on 30 "
    "June 2012 and 31 December 2012 have been deferred.",
])
def test_repayments_deferred_are_no_repayment(sentence):
    facts = parse_release(release(sentence)).financings
    assert not [f for f in facts if f.instrument_type == "debt_repayment"]


@pytest.mark.parametrize("sentence", [
    "Subject to shareholder approval, the Company will grant 1,500,000 options exercisable at 35 cents each on or "
    "before 31 December 2014 to Mr Peter Quinlivan, a director.",
    "On 17 April 2012 the Company's subsidiary drew S/. 3,500,000.00 under a secured loan from Banco Huarmey S.A. "
    "bearing interest at 11.5% per annum, repayable on 17 April 2014.",
    "On 30 June 2012 the Company delivered 5,000 ounces of gold to Lakeside Bullion Bank Limited in repayment of its "
    "gold loan.",
    "The Company has placed 12,000,000 shares at $0.05 per share to raise $600,000.",
])
def test_thousands_grouped_by_spaces_read_as_grouped_by_commas(sentence):
    # '1 500 000 options', 'S/. 3 500 000.00', '5 000 ounces', as South African and European releases write them
    spaced = re.sub(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])", lambda m: m.group().replace(",", " "), sentence)
    assert spaced != sentence

    def read(text):
        return [(f.instrument_type, f.amount, f.currency, f.share_count, f.price_per_share, f.status,
                 f.counterparties) for f in parse_release(release(text)).financings]
    assert read(spaced) == read(sentence) != []


@pytest.mark.parametrize("dollars", ["US$", "U.S.$", "U.S. $"])
def test_a_clause_runs_on_past_the_periods_of_us_dollars(dollars):
    # 'delivered 5,000 ounces of gold, valued at U.S.$1.47 million, to ... in repayment of': done, however the
    # dollars are written
    (fact,) = parse_release(release(
        f"On September 30, 2012, the Company delivered 5,000 ounces of gold, valued at {dollars}1.47 million, to "
        "Lakeside Bullion Corporation in scheduled repayment of its 2010 gold loan.")).financings
    assert (fact.instrument_type, fact.amount, fact.currency, fact.status) == ("debt_repayment", 1_470_000, "USD",
                                                                              "closed")


@pytest.mark.parametrize("dollars", ["US$", "U.S.$"])
def test_a_sum_column_in_us_dollars_however_written(dollars):
    facts = parse_release(release(
        "The Company has closed a US$42 million gold stream with Highcroft Streaming Corp. The upfront deposit of $42 "
        "million will be paid in three instalments:\n\n"
        f"Instalment                                   {dollars} million    Timing\n"
        "First deposit (on closing)                   15.0              Received June 3, 2012\n"
        "Second deposit (permits)                     15.0              Expected Q2 2013\n"
        "Third deposit (construction)                 12.0              Expected 2014\n")).financings
    assert [(f.amount, f.status) for f in facts if f.instrument_type == "royalty_stream"] == [
        (15_000_000, "closed"), (15_000_000, "announced"), (12_000_000, "announced")]


@pytest.mark.parametrize(("sentence", "rate"), [
    ("On 17 October 2012 the Company signed a medium-term loan agreement with Banco Caxamarca S.A. for USD "
     "15,000,000 at a fixed annual rate of 5.40 per cent, repayable in 16 quarterly instalments.", 5.4),
    ("On 9 October 2012 the Company received an unsecured short-term loan of USD 1,500,000 from Inversiones "
     "Pariahuanca S.A.C., at an annual interest rate of 6.5 percent, repayable on 31 March 2013.", 6.5),
    ("- A$24 million Equipment Finance Facility for the mining fleet at a fixed rate of 6.85 per cent p.a.", 6.85),
])
def test_a_rate_in_per_cent_reads_as_one_with_a_percent_sign(sentence, rate):
    (fact,) = parse_release(release(sentence)).financings
    assert fact.interest_rate_pct == rate


def test_a_margin_between_rates_in_per_cent_is_no_fixed_rate():
    # 'Term SOFR plus a margin of between 6.25 per cent and 6.75 per cent per annum': over a floating rate
    (fact,) = parse_release(release(
        "The Company has signed a mandate for a US$75 million senior secured term loan facility with a tenor of seven "
        "years, bearing interest at Term SOFR plus a margin of between 6.25 per cent and 6.75 per cent per annum.")
    ).financings
    assert fact.interest_rate_pct is None


@pytest.mark.parametrize(("announced", "first", "second"), [("6 December 2011", "18 January 2012", "7 March 2012"),
                                                            ("6 Dec. 2011", "18 Jan. 2012", "7 March 2012")])
def test_drawings_listed_after_a_colon_however_the_months_are_written(announced, first, second):
    # 'made two drawings under the ... facility ... announced on 6 Dec. 2011: A$5.6 million on 18 Jan. 2012, ...':
    # the periods of the months end no clause
    facts = parse_release(release(
        "During the quarter the Company made two drawings under the A$14.0 million equipment finance facility with "
        f"Brookton Plant Finance Pty Ltd announced on {announced}: A$5.6 million on {first}, on delivery of two "
        f"90-tonne excavators, and A$3.9 million on {second}, on delivery of the haul trucks.")).financings
    assert [(f.amount, f.status) for f in facts] == [(5_600_000, "closed"), (3_900_000, "closed")]


@pytest.mark.parametrize("month", ["November", "Nov."])
def test_a_placing_named_by_its_month_funds_and_is_no_new_placing(month):
    facts = parse_release(release(
        f"The Company's placing of {month} 2011, which raised £1.1 million, funded the first phase of drilling at "
        "Kantchari.")).financings
    assert not facts


@pytest.mark.parametrize("issuer", ["Company", "Corporation"])
def test_the_issuers_broker_who_placed_the_shares_is_no_party_whatever_the_issuer_calls_itself(issuer):
    (fact,) = parse_release(release(
        f"Gracechurch Securities Limited (\"Gracechurch\"), the {issuer}'s broker, has conditionally placed 20,000,000 "
        "new ordinary shares with institutional investors at 12.5p per share, raising £2.5 million.")).financings
    assert fact.counterparties == ("institutional investors",)


@pytest.mark.parametrize("issuer", ["Company", "Corporation"])
def test_a_sum_raised_in_a_past_year_is_no_new_placing_whatever_the_issuer_calls_itself(issuer):
    # ('... expects to meet from a combination of equity and a possible gold stream. In 2010 the Corporation raised
    # GBP14.2 million in a placing ...': what it raised then, not the equity it may raise)
    facts = parse_release(release(
        "If the debt package is provided on the terms of the term sheet, the Company would need to raise approximately "
        "US$57 million of additional funding, which the Board expects to meet from a combination of equity and a "
        f"possible gold stream. In 2010 the {issuer} raised GBP14.2 million in a placing to fund the Definitive "
        "Feasibility Study.")).financings
    assert not facts


@pytest.mark.parametrize("gap", [" ", "\n"])
def test_the_issuers_subsidiary_named_over_two_lines_is_no_party(gap):
    # 'Sichuan Baoxing Jinshan\nMining Co., Ltd. (the "PRC Subsidiary"), a wholly-owned subsidiary of the Company':
    # the borrower, not a lender, however the lines fall
    (fact,) = parse_release(release(
        "The board of directors of the Company (the \"Board\") announces that Sichuan Baoxing Jinshan"
        f"{gap}Mining Co., Ltd. (the \"PRC Subsidiary\"), a wholly-owned subsidiary of the Company, has entered into a "
        "loan agreement with Ya'an Rural Commercial Bank Co., Ltd. for a term loan of RMB180,000,000 at an interest "
        "rate of 6.9% per annum, repayable on 30 September 2014.")).financings
    assert fact.counterparties == ("Ya'an Rural Commercial Bank Co., Ltd.",)


@pytest.mark.parametrize("gap", [" ", "\n"])
def test_insiders_join_the_tranche_they_name_though_it_is_told_over_two_lines(gap):
    facts = parse_release(release(
        f"The Company issued C$450,000 principal amount of Debentures in the second{gap}tranche, bringing the total "
        "raised to C$1,250,000. The first tranche of C$800,000 principal amount closed on May 29, 2012.\n\n"
        "Halvard Soderberg, President and Chief Executive Officer, subscribed for C$150,000 of Debentures and Northern "
        "Loon Capital Corp. subscribed for C$100,000, all in the second tranche.")).financings
    assert [(f.amount, f.counterparties) for f in facts] == [
        (450_000, ("Halvard Soderberg", "Northern Loon Capital Corp.")), (800_000, ())]


def test_a_sum_spelled_out_with_its_figure_in_brackets_is_the_figure():
    # 'one hundred fifty thousand dollars ($150,000)': not the 'fifty thousand dollars' at its tail
    rows = parse_release(release(
        "The Company has issued an unsecured promissory note in the principal amount of one hundred fifty thousand "
        "dollars ($150,000) to Robert Finch, a director of the Company.")).financings
    assert [(r.instrument_type, r.amount) for r in rows] == [("promissory_note", 150_000)]


def test_secured_debentures_that_do_not_convert_are_a_secured_loan():
    rows = parse_release(release(
        "Kestrel announces that it did not repay the C$2.5 million principal amount of its 10% secured debentures "
        "(the \"Debentures\") on maturity, and the Debentures are now in default.")).financings
    assert [(r.instrument_type, r.status, r.amount, r.interest_rate_pct) for r in rows] == [
        ("secured_loan", "in_default", 2_500_000, 10)]
    rows = parse_release(release(
        "Kestrel has closed a C$3 million private placement of 8% convertible secured debentures.")).financings
    assert [r.instrument_type for r in rows] == ["convertible_debenture"]


def test_an_equipment_leasing_facility_is_a_credit_facility():
    rows = parse_release(release(
        "Kestrel has entered into a US$8 million medium-term equipment leasing facility (the \"Leasing Facility\") "
        "with Banco de Credito del Peru bearing interest at 7.5% per annum.")).financings
    assert [(r.instrument_type, r.amount, r.interest_rate_pct, r.counterparties) for r in rows] == [
        ("credit_facility", 8_000_000, 7.5, ("Banco de Credito del Peru",))]


def test_a_sum_owed_settled_in_shares_is_a_debt_settlement():
    rows = parse_release(release(
        "The Company also settled CDN$45,000 owed to an arm's length consultant through the issuance of 900,000 "
        "common shares at a deemed price of $0.05 per share.")).financings
    assert [(r.instrument_type, r.status, r.amount, r.share_count, r.price_per_share) for r in rows] == [
        ("debt_settlement", "closed", 45_000, 900_000, 0.05)]


def test_a_share_count_spelled_out_with_its_figure_in_brackets():
    rows = parse_release(release(
        "The Company has agreed to settle the Note, together with accrued interest of $27,000, for an aggregate of "
        "$327,000 through the issuance of three million two hundred seventy thousand (3,270,000) common shares at a "
        "deemed price of $0.10 per share.")).financings
    assert [(r.instrument_type, r.amount, r.share_count) for r in rows] == [("debt_settlement", 327_000, 3_270_000)]


def test_a_numbered_company_and_an_officer_named_by_two_roles_are_lenders():
    rows = parse_release(release(
        "Kestrel announces that it has issued an unsecured promissory note in the principal amount of C$350,000 (the "
        "\"Note\") to 1120345 B.C. Ltd., a company controlled by a director.")).financings
    assert [(r.instrument_type, r.counterparties) for r in rows] == [("promissory_note", ("1120345 B.C. Ltd.",))]
    rows = parse_release(release(
        "Kestrel announces that it has received a loan of $100,000 (the \"Loan\") from its President and Chief "
        "Executive Officer, Sandra Kowalchuk.")).financings
    assert [r.counterparties for r in rows] == [("Sandra Kowalchuk",)]


def test_a_partnership_named_with_its_form_after_a_comma_is_one_party_and_its_short_name_names_it():
    rows = parse_release(release(
        "Kestrel has entered into a US$10 million secured term loan (the \"Loan\") with Nebari Natural Resources "
        "Credit Fund I, LP (\"Nebari\"). In connection with the Loan, the Company will issue to Nebari 2,500,000 "
        "common share purchase warrants exercisable at C$0.40 until June 30, 2016.")).financings
    assert [(r.instrument_type, r.counterparties) for r in rows] == [
        ("secured_loan", ("Nebari Natural Resources Credit Fund I, LP",)),
        ("warrants", ("Nebari Natural Resources Credit Fund I, LP",))]


def test_a_facilitys_accordion_is_no_financing_of_its_own():
    rows = parse_release(release(
        "Kestrel has closed a US$75 million senior secured revolving credit facility (the \"Revolving Facility\") with "
        "a syndicate of lenders led by Bank of Montreal. The Revolving Facility matures on January 24, 2015, and "
        "includes a $25 million accordion feature, subject to approval of the lenders.")).financings
    assert [(r.instrument_type, r.amount, r.maturity_date) for r in rows] == [
        ("credit_facility", 75_000_000, date(2015, 1, 24))]


def test_a_placement_named_by_a_defined_term_before_its_investors_carries_its_tranches():
    # 'a two-tranche placement (the "Placement") to sophisticated investors': a placement, though its term stands
    # between it and the investors; the tranches told after it are its rows
    rows = parse_release(release(
        "Kestrel announces a two-tranche placement (the \"Placement\") to sophisticated investors. Kestrel has today "
        "issued 62,500,000 fully paid ordinary shares at $0.032 per share to raise $2,000,000 (before costs) under "
        "Tranche 1. Tranche 2 of the Placement, comprising 31,250,000 shares at $0.032 per share to raise a further "
        "$1,000,000, is subject to shareholder approval.")).financings
    assert [(r.instrument_type, r.status, r.amount, r.share_count) for r in rows] == [
        ("private_placement", "closed", 2_000_000, 62_500_000),
        ("private_placement", "announced", 1_000_000, 31_250_000)]


def test_shares_a_named_party_subscribed_for_raising_a_sum_are_a_placement():
    rows = parse_release(release(
        "Kestrel has sold a 1.5% royalty on the Wren project to Tembo Royalty Corp. (\"Tembo\") for A$5 million. Tembo "
        "has also subscribed for 9,090,909 fully paid ordinary shares in Kestrel at A$0.22 per share, raising "
        "A$2,000,000.")).financings
    assert [(r.instrument_type, r.amount, r.share_count, r.price_per_share, r.counterparties) for r in rows] == [
        ("royalty_stream", 5_000_000, None, None, ("Tembo Royalty Corp.",)),
        ("private_placement", 2_000_000, 9_090_909, 0.22, ("Tembo Royalty Corp.",))]
    # ('has subscribed for': done, so closed)
    assert rows[1].status == "closed"


def test_a_day_written_the_31st_day_of_a_month_is_a_maturity():
    rows = parse_release(release(
        "Helen Brandt, a director of the Company, has advanced C$50,000 to the Company by way of a non-interest "
        "bearing, unsecured promissory note due on the 31st day of December, 2012.")).financings
    assert [(r.instrument_type, r.interest_rate_pct, r.maturity_date) for r in rows] == [
        ("promissory_note", 0, date(2012, 12, 31))]


def test_the_day_an_offering_is_expected_to_close_is_no_maturity():
    rows = parse_release(release(
        "Kestrel today announced the pricing of $100 million aggregate principal amount of 5.75% convertible senior "
        "notes due 2017 (the \"notes\") in a private offering to qualified institutional buyers. The sale of the notes "
        "is expected to close on June 19, 2012, subject to customary closing conditions.")).financings
    assert [(r.instrument_type, r.amount, r.maturity_date) for r in rows] == [
        ("convertible_debenture", 100_000_000, None)]


def test_the_end_of_a_grace_period_is_no_maturity():
    rows = parse_release(release(
        "Kestrel announces that it did not make the U.S. $3.15 million semi-annual interest payment due May 31, 2012 "
        "on its U.S. $60 million 10.5% senior secured notes due 2016 (the \"Notes\"). The grace period under the "
        "indenture governing the Notes expired on June 13, 2012 and an event of default has occurred.")).financings
    assert [(r.instrument_type, r.amount, r.maturity_date) for r in rows] == [("secured_loan", 60_000_000, None)]


def test_an_extended_warrant_expires_on_its_new_day_not_its_current_one():
    rows = parse_release(release(
        "Kestrel announces that it has applied to the TSX Venture Exchange to extend the expiry date of 15,000,000 "
        "common share purchase warrants (the \"Warrants\") issued pursuant to a private placement that closed on "
        "July 5, 2010. The Warrants are exercisable at $0.25 per share and are currently expiring July 5, 2012. "
        "Subject to TSX Venture Exchange acceptance, the Warrants will be exercisable until July 5, 2014.")).financings
    assert [(r.instrument_type, r.share_count, r.maturity_date) for r in rows if r.instrument_type == "warrants"] == [
        ("warrants", 15_000_000, date(2014, 7, 5))]


def test_a_tranche_drawn_is_the_facilitys_though_a_placing_was_told_since():
    text = release(
        "The Company has signed a US$24.5 million senior secured project finance facility (the \"Facility\") with "
        "Baltic Resource Capital AB, and has conditionally raised £3.2 million through a placing of 64,000,000 new "
        "ordinary shares at 5.0 pence per share.\n\n"
        "The first tranche of US$8.0 million was drawn on 6 April 2018, with the balance available in two further "
        "tranches.")
    rows = [(f.instrument_type, f.amount) for f in parse_release(text).financings]
    assert ("credit_facility", 8_000_000) in rows
    assert not any(t == "private_placement" and amount == 8_000_000 for t, amount in rows)


def test_loans_whose_sum_matches_an_equity_raising_are_not_its_parts():
    text = release(
        "The Company has secured a financing package of R400 million. The package comprises new debt facilities of "
        "R200 million and a fully underwritten rights offer of R200 million.\n\n"
        "The Company has signed a R150 million term loan facility with Nedbank Capital.\n\n"
        "In addition, Rand Merchant Bank has provided a R50 million revolving credit facility.\n\n"
        "The Board has resolved to raise R200 million by way of a renounceable rights offer to qualifying "
        "shareholders of 44,444,445 new ordinary shares at a subscription price of R4.50 per share.",
        when="18 May 2010")
    rows = [(f.instrument_type, f.amount) for f in parse_release(text).financings]
    assert ("equity_offering", 200_000_000) in rows
    assert ("credit_facility", 150_000_000) in rows and ("credit_facility", 50_000_000) in rows


def test_a_placement_of_up_to_a_number_of_units_is_a_row_without_a_count_and_its_maximum_proceeds_no_amount():
    text = release(
        "The Company intends to complete a non-brokered private placement of up to 15,000,000 units at a price of "
        "C$0.10 per unit.\n\n"
        "The maximum gross proceeds of the Placement will be C$1.5 million.")
    rows = [(f.instrument_type, f.amount, f.share_count, f.price_per_share) for f in parse_release(text).financings]
    assert rows == [("private_placement", None, None, 0.1)]


def test_a_table_of_a_funding_packages_instruments_gives_a_row_each_by_its_label():
    facts = parse_release(release(
        "Funding package\n\n"
        "| Instrument | Counterparty | Amount | Price / rate | Status |\n|---|---|---|---|---|\n"
        "| Placement - Tranche 1 | Institutional investors | A$3,000,000 | A$0.25 per share (12,000,000 shares) "
        "| Completed |\n"
        "| Attaching options | Placement participants | - | A$0.40 exercise price (6,000,000 options) "
        "| To be issued |\n"
        "| Share Purchase Plan | Eligible shareholders | Up to A$1,500,000 | A$0.25 per share | Offer open |\n"
        "| Project loan facility | Eyre Peninsula Bank Limited | A$10,000,000 | BBSY + 2.75% | Credit approved |\n"
        "| Shareholder bridging loan | Nullarbor Holdings Pty Ltd | A$750,000 | - | Repaid in full |\n\n"
        "Drilling at the Mulgara pit continues with two rigs.\n\n"
        "The new facility is arranged by Norvik Bank ASA. It consists of:\n\n"
        "| Tranche | Amount | Interest | Maturity |\n|---|---|---|---|\n"
        "| Term loan | US$100,000,000 | LIBOR + 3.75% | August 8, 2016 |\n"
        "| Revolving credit facility | US$50,000,000 | 6.5% | August 8, 2015 |\n")).financings
    got = {(f.instrument_type, f.amount, f.currency, f.share_count, f.price_per_share, f.interest_rate_pct,
            f.maturity_date) for f in facts}
    assert got == {("private_placement", 3_000_000, "AUD", 12_000_000, 0.25, None, None),
                   ("warrants", None, None, 6_000_000, 0.40, None, None),
                   ("equity_offering", None, None, None, 0.25, None, None),
                   ("credit_facility", 10_000_000, "AUD", None, None, None, None),
                   ("debt_repayment", 750_000, "AUD", None, None, None, None),
                   ("credit_facility", 100_000_000, "USD", None, None, None, date(2016, 8, 8)),
                   ("credit_facility", 50_000_000, "USD", None, None, 6.5, date(2015, 8, 8))}


def test_a_two_tranche_placement_and_its_count_are_totals_of_its_tranches_and_a_directors_part_no_row():
    facts = parse_release(release(
        "Kestrel has received firm commitments for a two-tranche placement to raise A$25 million before costs, and "
        "will offer eligible shareholders the opportunity to participate at the same price through a Share Purchase "
        "Plan.\n\nThe placement of 178,571,429 new fully paid ordinary shares at A$0.14 per share was strongly "
        "supported by institutions, led by a cornerstone commitment of 40,000,000 shares from Jarrah Mining Fund, "
        "which will be issued in Tranche 1. Bellarine Capital Pty Ltd acted as sole lead manager.\n\n"
        "The placement will be completed in two tranches:\n\n"
        "- Tranche 1: 120,000,000 shares to raise A$16.8 million, with settlement scheduled for 18 June 2012; and\n"
        "- Tranche 2: 58,571,429 shares to raise A$8.2 million, subject to shareholder approval.\n"
        "- Directors to subscribe for A$250,000 in Tranche 2, subject to shareholder approval.")).financings
    got = sorted((f.instrument_type, f.amount, f.share_count, f.price_per_share) for f in facts
                 if f.instrument_type == "private_placement")
    assert got == [("private_placement", 8_200_000, 58_571_429, 0.14),
                   ("private_placement", 16_800_000, 120_000_000, 0.14)]
    assert not any(f.amount == 25_000_000 for f in facts)     # (the total, no share purchase plan's)


def test_a_facility_closed_before_a_redemption_is_the_facility_and_its_tranches_table_its_parts():
    facts = parse_release(release(
        "Kestrel has closed a new US$150 million senior secured credit facility and will redeem all of its "
        "outstanding convertible notes. All amounts are in U.S. dollars.\n\nAt closing the Company drew $10 million "
        "of the revolving credit facility.\n\nNew credit facility\n\nThe new facility was arranged by Norvik Bank "
        "ASA. It consists of:\n\n"
        "| Tranche | Amount | Interest | Maturity |\n|---|---|---|---|\n"
        "| Term loan | $100,000,000 | LIBOR + 3.75% | August 8, 2016 |\n"
        "| Revolving credit facility | $50,000,000 | LIBOR + 3.25% | August 8, 2015 |\n")).financings
    got = sorted((f.instrument_type, f.amount) for f in facts)
    assert got == [("credit_facility", 10_000_000), ("credit_facility", 50_000_000), ("credit_facility", 100_000_000)]
