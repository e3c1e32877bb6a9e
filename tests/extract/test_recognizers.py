"""Money, dates, periods and listings as releases write them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pressroom.extract.dates import find_dates, find_periods
from pressroom.extract.header import find_listings
from pressroom.extract.money import find_default_currency, find_money
from pressroom.normalize import decode
from pressroom.parser import parse_release

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
    ("a purchase consideration of R312 million", 312_000_000, "ZAR"),
    ("for a consideration of R85,5 million", 85_500_000, "ZAR"),
    ("a R1 200 000 deposit", 1_200_000, "ZAR"),
    ("at a subscription price of R2,50 per share", 2.5, "ZAR"),
    ("at R1.20 each", 1.2, "ZAR"),
    # prices in cents
    ("at an exercise price of US 7 cents per share", 0.07, "USD"),
    ("at 5 cents per flow-through share", 0.05, None),
    ("holders of 1.2 million dollars in principal amount", 1_200_000, None),
    ("a convertible note in the principal amount of 12,500,000 dollars", 12_500_000, None),
    ("a note of 750,000 Canadian dollars", 750_000, "CAD"),
    # currencies named after their figures, and codes of smaller currencies
    ("a credit facility of 1,950 million tenge", 1_950_000_000, "KZT"),
    ("a loan of 4.2 billion roubles", 4_200_000_000, "RUB"),
    ("a TL 60 million term loan", 60_000_000, "TRY"),
    ("drew AMD 2.4 billion under its credit line", 2_400_000_000, "AMD"),
    ("a finance lease of FCFA 6.5 billion", 6_500_000_000, "XOF"),
    ("a KSh 300 million term loan", 300_000_000, "KES"),
    # Singapore dollars; a sign's letters are no currency's when they end a word ('its$ 4' is a bare dollar)
    ("S$2,500,000 in principal amount", 2_500_000, "SGD"),
    ("a placement raising SGD 3.2 million", 3_200_000, "SGD"),
    ("units$ 4", 4, None),
    # a scale word hyphenated to its figure
    ("a US$5-million gold loan facility", 5_000_000, "USD"),
    # thousands grouped with points and a decimal comma, millions marked with an apostrophe, the rupiah, the old cedi
    ("an increase of R$ 48.000.000,00 in capital stock", 48_000_000, "BRL"),
    ("the R$ 9.600.000,00 balance of the Bank Credit Note", 9_600_000, "BRL"),
    ("an investment credit facility of Rp 350.000.000.000,- from PT Bank Celebes Niaga Tbk", 350_000_000_000, "IDR"),
    ("a medium-term loan for S/. 3'500,000.00 at 11.5%", 3_500_000, "PEN"),
    ("a ¢1,800 million overdraft facility", 1_800_000_000, "GHC"),
    ("US$1.234.567 was paid", 1_234_567, "USD"),
    # the Philippine peso by its letter, with digit groups
    ("a short-term loan of P85,000,000 from Cordillera Planters Bank", 85_000_000, "PHP"),
    # thousands grouped with a space, as South African reports write them
    ("cash costs of US$1 088/oz in the quarter", 1_088, "USD"),
    ("a $2 500 000 loan", 2_500_000, None),
]
NO_MONEY = ["in 2008", "U.S. District Court", "15% per annum", "Cdn operations", "drill hole R12 intersected",
            "50 per cent of the shares", "prospecting licence P29/2381"]


@pytest.mark.parametrize(("text", "amount", "currency"), MONEY)
def test_find_money(text, amount, currency):
    [money] = find_money(text)
    assert (money.amount, money.currency) == (pytest.approx(amount), currency)
    assert text[money.start:money.end] == money.text


@pytest.mark.parametrize("text", NO_MONEY)
def test_no_money(text):
    assert find_money(text) == []


def test_find_money_answers_each_caller_with_its_own_list():
    # a sentence's amounts are read once and remembered: what one caller does to its list is not what the next sees
    text = "a placement of US$2.5 million and a loan of C$1,000,000"
    first = find_money(text)
    first.pop()
    first.append("not an amount")
    assert [(m.amount, m.currency) for m in find_money(text)] == [(2500000.0, "USD"), (1000000.0, "CAD")]


@pytest.mark.parametrize(("text", "expected"), [
    ("All amounts in this news release are in United States dollars unless otherwise stated.", "USD"),
    ("Unless otherwise stated, all dollar amounts are expressed in Canadian dollars.", "CAD"),
    ("All dollar amounts are Canadian dollars.", "CAD"),
    ("All amounts are in New Zealand dollars unless otherwise stated.", "NZD"),
    ("All amounts in this announcement are expressed in Hong Kong dollars.", "HKD"),
    ("(All amounts in US dollars unless otherwise noted)", "USD"),
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
    ("Date: 2006/06/12 08:00:00 AM", date(2006, 6, 12)),
    ("due 31/12/2020", date(2020, 12, 31)),
    ("due 12/31/2020", date(2020, 12, 31)),
    ("Date: 15-Sep-2006", date(2006, 9, 15)),
    ("Zürich, 15.09.2006", date(2006, 9, 15)),
    ("this 6th day of August, 2003", date(2003, 8, 6)),
    ("Lima, 15 de septiembre de 2006", date(2006, 9, 15)),
    ("São Paulo, 3 de março de 2010", date(2010, 3, 3)),
    ("Paris, le 5 juin 2012", date(2012, 6, 5)),
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
    ("Quarterly Report for the Period Ended 31 March 2005", date(2005, 1, 1), date(2005, 3, 31), "quarter"),
    ("March 2005 Quarterly Report", date(2005, 1, 1), date(2005, 3, 31), "quarter"),
    # calendar years and halves beside fiscal ones
    ("CY2018 Group production", date(2018, 1, 1), date(2018, 12, 31), "year"),
    ("(CY17: 66.4koz)", date(2017, 1, 1), date(2017, 12, 31), "year"),
    ("in H2 CY2018", date(2018, 7, 1), date(2018, 12, 31), "half"),
    ("(Q3 CY23: 16,880 ounces)", date(2023, 7, 1), date(2023, 9, 30), "quarter"),
    ("1H 2018 production", date(2018, 1, 1), date(2018, 6, 30), "half"),
    ("first-half 2012 production", date(2012, 1, 1), date(2012, 6, 30), "half"),
    # a South African financial year written 'F2006'; 'financial year 2006'
    ("Production for F2006 is forecast", date(2006, 1, 1), date(2006, 12, 31), "year"),
    ("in financial year 2006", date(2006, 1, 1), date(2006, 12, 31), "year"),
    # months joined by a dash, as Nordic reports write them
    ("April-June 2021 in brief", date(2021, 4, 1), date(2021, 6, 30), "quarter"),
    ("January\u2013June 2021", date(2021, 1, 1), date(2021, 6, 30), "half"),
    # a half named by the month and year it ends, with or without 'year'
    ("(December 2013 half: 88,240 ounces)", date(2013, 7, 1), date(2013, 12, 31), "half"),
    ("the June 2014 half-year", date(2014, 1, 1), date(2014, 6, 30), "half"),
])
def test_find_periods(text, start, end, grain):
    [period] = find_periods(text)
    assert (period.start, period.end, period.grain) == (start, end, grain)


def test_a_half_year_and_a_quarter_named_by_their_last_month():
    [half] = find_periods("produced 31,050 ounces in the June 1999 half-year", release_date=date(1999, 8, 30))
    assert (half.start, half.end, half.grain) == (date(1999, 1, 1), date(1999, 6, 30), "half")
    [quarter] = find_periods("(December quarter 2002: 18,110 ounces)", release_date=date(2003, 5, 20))
    assert (quarter.start, quarter.end, quarter.grain) == (date(2002, 10, 1), date(2002, 12, 31), "quarter")


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
    ("(Incorporated in the Cayman Islands with limited liability)\n(Stock Code: 2863)", [("HKEX", "2863")]),
    ("(Incorporated in the Republic of South Africa)\nShare code: MZG    ISIN: ZAE000071234", [("JSE", "MZG")]),
    # a letterhead's exchange line over its symbol line; a code told without a colon
    ("Suite 1120 - 800 West Pender Street\n\nVancouver Stock Exchange\nTrading Symbol: KWK\n", [("VSE", "KWK")]),
    ("Australian Stock Exchange Limited\n\nASX ANNOUNCEMENT - ASX CODE YGD", [("ASX", "YGD")]),
    ("PSE Symbol: AMB", [("PSE", "AMB")]),
    ("(Nasdaq SmallCap:BBGC)", [("Nasdaq", "BBGC")]),
    # an exchange keeps the code of the release's day: the Toronto Stock Exchange's 'TSE' before 2002, the OTC
    # Bulletin Board, OTC Pink, NYSE Alternext US
    ("(ME: CSG; TSE: CSG)", [("TSE", "CSG")]),
    ("(OTCBB: LDHG)", [("OTCBB", "LDHG")]),
    ("(OTC Pink: SVDGQ)", [("OTC Pink", "SVDGQ")]),
    ("(NYSE Alternext US: CBG; TSX: CBG)", [("NYSE Alternext US", "CBG"), ("TSX", "CBG")]),
    ("(CNSX: OPG)", [("CNSX", "OPG")]),
    # one code on two exchanges
    ("ASX / TSX: ERY", [("ASX", "ERY"), ("TSX", "ERY")]),
    # Lima's codes, their mnemonic ('nemónico') written before or after the exchange, or alone
    ("Nemónico BVL: SABAINC1", [("BVL", "SABAINC1")]),
    ("Compañía Minera Atocsaico S.A.A. (\"Atocsaico\"), BVL nemónico ATOCSAC1, reports", [("BVL", "ATOCSAC1")]),
    ("Minera Chiquián S.A.A. (nemónico: CHIQUIC1) comunica", [("BVL", "CHIQUIC1")]),
    ("(BVL: LLACSAC1)", [("BVL", "LLACSAC1")]),
    ("shares trade on the Lima Stock Exchange under the ticker TAMBOPC1, reports", [("BVL", "TAMBOPC1")]),
    # Singapore: the exchange is 'the SGX-ST' (no ticker 'ST'); codes may open with a digit
    ("Tanjung Emas Resources Limited (SGX-ST: 5TE) reports; approval from the SGX-ST for the listing",
     [("SGX", "5TE")]),
    ("(Catalist Stock Code: 5KJ)", [("SGX", "5KJ")]),
    ("approval in-principle from the SGX-ST for the listing of the shares", []),
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


@pytest.mark.parametrize("lines", [
    # a highlight's bullet, a contact line, an office, the exchange's officer, a quotation's lead-in, the issuer's
    # name with its code, a person addressed, an Australian postcode, a market-abuse legend
    "- Waimanu mill shut down as Tropical Cyclone Evan crossed western Viti Levu",
    "T: +61 8 9486 7750 E: admin@stormresources.example",
    "Registered Office: Level 2, 44 Ord Street, West Perth",
    "Company Announcements Office",
    "Senior Adviser, Listings Compliance (Perth)",
    "Andrew Pellingham, Chief Executive of Storm, commented:",
    "STORM RESOURCES LIMITED (NZX: SRM)",
    "Ms Rebecca Thorne",
    "West Perth WA 6005",
    "THIS ANNOUNCEMENT CONTAINS INSIDE INFORMATION FOR THE PURPOSES OF ARTICLE 7 OF THE MARKET ABUSE REGULATION",
    # a SENS feed's line over the announcement; the regulator a filing is addressed to; a name with its Oslo code
    "SRM - Storm Resources Limited - Quarterly update",
    "Superintendencia del Mercado de Valores",
    "Storm Resources ASA (OSE: SRM)",
])
def test_lines_of_a_letterhead_that_are_no_headline(lines):
    from pressroom.parser import parse_release

    text = (f"STORM RESOURCES\n\n{lines}\n\nOperational update - Chychkan access road closed\n\nMarch 3, 2015\n\n"
            "Vancouver - Storm Resources Ltd. (TSX: SRM) announces that processing at its Chychkan mine has been "
            "suspended following a mudflow which closed the access road to the site.")
    assert parse_release(text).header.title == "Operational update - Chychkan access road closed"


HONG_KONG_ANNOUNCEMENT = """Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited \
take no responsibility for the contents of this announcement, make no representation as to its accuracy or \
completeness and expressly disclaim any liability whatsoever for any loss \
howsoever arising from the contents of this announcement.

JADE PEAK GOLD HOLDINGS LIMITED
(Incorporated in the Cayman Islands with limited liability)
(Stock Code: 1234)

VOLUNTARY ANNOUNCEMENT
UNAUDITED OPERATING DATA FOR THE SIX MONTHS ENDED 30 JUNE 2020

The board of directors of Jade Peak Gold Holdings Limited (the "Company") is pleased to announce certain unaudited \
operating data for the six months ended 30 June 2020 (the "Period"). Comparative figures are for the six months \
ended 30 June 2019 (the "Corresponding Period").

During the Period, the Baishan Gold Mine processed 1,205,400 tonnes of ore (Corresponding Period: 1,318,700 tonnes), \
with an average head grade of 1.92 g/t (Corresponding Period: 1.88 g/t) and a recovery rate of 86.4% \
(Corresponding Period: 85.9%). The Group produced approximately 58,340 ounces of gold in the second quarter of 2020.

By order of the Board
Jade Peak Gold Holdings Limited

Hong Kong, 24 August 2020
"""


def test_hong_kong_announcement():
    """An exchange disclaimer above the letterhead, a stock code, the date closing the announcement, periods
    defined by name and prior values in brackets."""
    from pressroom.parser import parse_release

    r = parse_release(HONG_KONG_ANNOUNCEMENT)
    assert (r.header.issuer_name, r.header.listings, r.header.published_date, r.header.title) == (
        "Jade Peak Gold Holdings Limited", ("HKEX:1234",), date(2020, 8, 24),
        "UNAUDITED OPERATING DATA FOR THE SIX MONTHS ENDED 30 JUNE 2020")
    facts = {(f.site, f.period_start.year, f.period_grain, f.metric, f.value) for f in r.production}
    mine = "Baishan Mine"
    assert facts == {
        (mine, 2020, "half", "ore_processed_t", 1205400), (mine, 2019, "half", "ore_processed_t", 1318700),
        (mine, 2020, "half", "head_grade_g_t", 1.92), (mine, 2019, "half", "head_grade_g_t", 1.88),
        (mine, 2020, "half", "recovery_pct", 86.4), (mine, 2019, "half", "recovery_pct", 85.9),
        ("Jade Peak Gold Holdings Limited", 2020, "quarter", "gold_produced_oz", 58340),
    }


def test_a_hong_kong_announcement_under_a_disclaimer_in_the_singular():
    from pressroom.parser import parse_release

    text = HONG_KONG_ANNOUNCEMENT.replace("Hong Kong Exchanges and Clearing Limited and The Stock Exchange",
                                          "The Stock Exchange").replace("take no", "takes no").replace(
        "disclaim any", "disclaims any")
    assert parse_release(text).header.title == "UNAUDITED OPERATING DATA FOR THE SIX MONTHS ENDED 30 JUNE 2020"


def test_a_date_whose_day_and_month_could_swap_is_no_date():
    assert find_dates("on 05/06/2020") == []


@pytest.mark.parametrize(("text", "names"), [
    ("ore from the near-by Isidora gold mine at the Choco 10 mill", ["Isidora mine", "Choco 10 mill"]),
    ("The Bluebird Mining Complex processed 412,000 tonnes", ["Bluebird Mining Complex"]),
    # an owner's possessive is no part of a site's name
    ("Kestrel's Bluebird mine produced 8,000 ounces", ["Bluebird mine"]),
    ("the Company's mill processed 412,000 tonnes", []),
    # a Peruvian 'mining unit' (unidad minera); a heap leach mine is a mine
    ("the operating results of the Tucuhuasi Mining Unit", ["Tucuhuasi Mining Unit"]),
    ("at its Pablo Springs heap leach mine in Nye County", ["Pablo Springs heap leach mine"]),
    # a plant named in Spanish
    ("Processing - Planta San Benito (toll milling)", ["Planta San Benito"]),
    # an open pit mine is the mine; a pit alone stays a pit
    ("the Buffalo Wash open-pit heap leach mine in Pershing County", ["Buffalo Wash mine"]),
    ("its Rabbithole Canyon open pit, heap leach mine in Pershing County", ["Rabbithole Canyon mine"]),
    # a Peruvian mining unit by its Spanish name
    ("April production at Unidad Minera Quiches, its underground gold mine", ["Unidad Minera Quiches"]),
    ("ore from the Wren open pit mine and the Tiblemont pit", ["Wren mine", "Tiblemont pit"]),
    # sites named together before one plural kind are each a site of that kind
    ("ore from the Company's Croesus Deep and Watabeag underground mines", ["Croesus Deep underground mine",
                                                                           "Watabeag underground mine"]),
    ("the Wren, Robin and Finch open pits and the Lark mines", ["Wren open pit", "Robin open pit", "Finch open pit",
                                                                "Lark mine"]),
    # the issuer by its defined name mines; it is no 'Corporation mine'
    ("the Corporation mines the Wren pit, and the Group mines the Finch deposit", ["Wren pit"]),
    # a table row's figures (spaces for thousands) on the line above a site are no part of its name
    ("Ore mined Hemberget, t   56 950   149 530   203 100\nStoruman concentrator", ["Storuman concentrator"]),
    # a list's comma parts a name from the kind after it
    ("ore from No. 2 Shaft and No. 3 Shaft, open-cast ore from the Vogelstruis open-cast", ["Vogelstruis open-cast"]),
])
def test_facility_names(text, names):
    from pressroom.extract.production import find_facilities
    assert [f.name for f in find_facilities(text)] == names


@pytest.mark.parametrize(("text", "published"), [
    # a dateline without a year takes the year the release names most
    ("Kestrel Reports Q2 Production\n\nMONTREAL, Aug. 6 /CNW Telbec/ - Kestrel Gold Corp. (TSX: KGC) "
     "produced 12,000 ounces of gold in the second quarter of 2003, against 11,200 ounces in the second quarter "
     "of 2002, and expects to produce 50,000 ounces in 2003.\n", date(2003, 8, 6)),
    # ... not the end of a warrants' term
    ("Kestrel Reports March Quarter Production\n\nMELBOURNE, AUSTRALIA, April 26 /CNW/ - Kestrel Gold Limited "
     "(ASX: KGL) produced 11,240 ounces of gold in the three months ended March 31, 2006. The Company also "
     "issued 2,000,000 warrants exercisable at A$0.55 on or before April 30, 2009.\n", date(2006, 4, 26)),
    # ... nor a wrapped line that opens with a date
    ("Kestrel closes placement\n\n    CRANBROOK, BC, March 9 /CNW/ - Kestrel Gold Corp. (CDNX: KGO) has closed "
     "a private placement of 1,150,000 units at $0.20 per unit, announced on January 18, 2000. All securities "
     "issued are subject to a hold period expiring\nJuly 10, 2000.\n\n-30-\n", date(2000, 3, 9)),
    # ... nor a facility's extended maturity
    ("KESTREL GOLD REPORTS RECORD 2008 PRODUCTION\n\nTUCSON, Ariz., Feb. 24 /PRNewswire-FirstCall/ -- "
     "Kestrel Gold Corp. (NYSE Alternext US: KGC) today reported record production of 101,260 ounces "
     "of gold in 2008 from its Wren mine. On February 20, 2009, the Company amended its revolving credit "
     "facility to extend its maturity from June 30, 2009 to June 30, 2011.\n", date(2009, 2, 24)),
    # ... nor the day a change takes effect
    ("KESTREL GOLD ANNOUNCES CEO SUCCESSION\n\n    ROUYN-NORANDA, QC, Oct. 14 /CNW/ - Kestrel Gold Mines Inc. "
     "(TSX: KGM) "
     "announces that its CEO will retire on December 31, 2003, and that the Board has appointed Nathalie Ouimet as "
     "Chief Executive Officer effective January 1, 2004. She will join the Board on January 1, 2004. Production for "
     "the first nine months of 2003 was 55,880 ounces, on track for the 2003 forecast of 75,000 ounces.\n",
     date(2003, 10, 14)),
    # ... and a period that has ended ends before the release
    ("Kestrel Reports Record 1998 Production\n\nLOVELOCK, Nev., Jan. 28 /PRNewswire/ -- Kestrel Gold Corporation "
     "(Amex: KGC) produced a record 88,140 ounces of gold in the year ended December 31, 1998. Its Chief Financial "
     "Officer will retire on March 31, 1999, and his successor takes office effective April 1, 1999.\n",
     date(1999, 1, 28)),
    # a Canada NewsWire trailer gives the year a dateline leaves out
    ("Kestrel sells royalty\n\n    VANCOUVER, Nov. 3 /CNW/ - Kestrel Resources Ltd. (VSE: KRL) has sold a 2% "
     "royalty for $750,000. The shares issued in the placement are subject to a hold period expiring on\n"
     "March 2, 1999.\n\n-0-                                  11/03/1998\n", date(1998, 11, 3)),
])
def test_a_dateline_without_a_year(text, published):
    assert parse_release(text).header.published_date == published


def test_a_nordic_issuer_and_its_exchange_and_a_listing_only_the_note_about_the_issuer_gives():
    text = ("Ranua Gold Oyj        Half-year report        12.8.2021 at 9.00 EEST\n\n"
            "**Ranua Gold Oyj: Half-year report January-June 2021 - record first-half production**\n\n"
            "Ranua Gold Oyj (Nasdaq Helsinki: RANUA) operates the Wren underground gold mine in Lapland, Finland. "
            "Unless otherwise stated, the figures in brackets refer to the corresponding period of the previous "
            "year.\n\n"
            "**April-June 2021 in brief**\n- Gold production increased by 4,1% to 10 305 ounces (9 898)\n")
    h = parse_release(text).header
    assert (h.issuer_name, h.exchange, h.ticker) == ("Ranua Gold Oyj", "Nasdaq Helsinki", "RANUA")
    text = ("Storuman Guld AB (publ) - Interim report January-September 2016\n\nStockholm, 27 October 2016 - Storuman "
            "Guld AB (publ) produced 12 380 ounces of gold in the third quarter of 2016, its best quarter since the "
            "concentrator was commissioned, and reduced its cash cost per ounce.\n\nAbout Storuman Guld\n\n"
            "Storuman Guld operates the Wren mine in Sweden. The share is listed on Nasdaq Stockholm (STOR).\n")
    h = parse_release(text).header
    assert (h.issuer_name, h.exchange, h.ticker) == ("Storuman Guld AB (publ)", "Nasdaq Stockholm", "STOR")


def test_an_issuer_set_in_capitals_in_the_dateline():
    text = ("Kestrel Reports Q2 Production\n\nTORONTO, July 8, 2015 /CNW/ - KESTREL GOLD INC. (TSX: KGI) is pleased to "
            "report production of 12,000 ounces of gold for the second quarter of 2015 from its Wren mine.\n")
    assert parse_release(text).header.issuer_name == "Kestrel Gold Inc."


_HK_DISCLAIMER = ("Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no "
                  "responsibility for the contents of this announcement, make no representation as to its accuracy "
                  "or completeness and expressly disclaim any liability whatsoever for any loss howsoever arising "
                  "from or in reliance upon the whole or any part of the contents of this announcement.\n\n")


@pytest.mark.parametrize(("opening", "closing", "published"), [
    # an agreement signed after trading hours is announced the next day, which the closing line gives
    ("SUMMARY\n\nOn 4th June, 2008 (after trading hours), the Company entered into:\n\n(i) a loan agreement with "
     "Hongtai Investment Holdings Limited, under which Hongtai has agreed to lend HK$80,000,000 to the Company.",
     "Hong Kong, 5th June, 2008", date(2008, 6, 5)),
    ("THE SUBSCRIPTION AGREEMENT\n\nDate: 18 May 2004 (after trading hours)\n\nParties: the Company, as issuer; "
     "and Silverlake Strategic Investments Limited, as subscriber, for HK$156,000,000 convertible bonds.",
     "Hong Kong, 19 May 2004", date(2004, 5, 19)),
    # a closing line naming the city and the country
    ("OPERATING RESULTS FOR 2018\n\nThe board of directors of the Company announces the unaudited principal "
     "operating data of the Group for the year ended 31 December 2018.", "Yantai, the PRC, 15 January 2019",
     date(2019, 1, 15)),
])
def test_a_hong_kong_announcement_is_dated_by_its_closing_line(opening, closing, published):
    text = (f"{_HK_DISCLAIMER}KESTREL GOLD HOLDINGS LIMITED\n(Incorporated in Bermuda with limited liability)\n"
            f"(Stock Code: 1234)\n\nCONNECTED TRANSACTION\n\n{opening}\n\nBy order of the Board\n"
            f"Kestrel Gold Holdings Limited\nZhou Guoqiang\nChairman\n\n{closing}\n\nAs at the date of this "
            "announcement, the executive Directors are Mr. Zhou Guoqiang and Mr. Liu Zhenhua.\n")
    assert parse_release(text).header.published_date == published


def test_a_release_closing_with_its_date_is_not_dated_by_an_earlier_announcement_it_refers_to():
    text = ("TWF - Kestrel Gold Mining Limited - Conclusion of term loan facility\n\nKestrel Gold Mining Limited\n"
            "Share code: KGM\n\nCONCLUSION OF TERM LOAN FACILITY\n\nShareholders are referred to the announcement "
            "of 2 September 2010 regarding the funding of the No. 4 Shaft deepening project at the Kestrel mine near "
            "Evander. The board is pleased to advise that the facility has now been concluded.\n\nEvander\n"
            "15 November 2010\n")
    assert parse_release(text).header.published_date == date(2010, 11, 15)


def test_a_short_reference_to_an_earlier_announcement_in_the_header_does_not_date_the_release():
    text = ("Kestrel Gold Limited\n(Incorporated in the Republic of South Africa)\nShare code: KGL\n\nREVOCATION OF "
            "PERMITS AND COMMENCEMENT OF ICC ARBITRATION\n\nShareholders are referred to the cautionary announcement "
            "published on SENS on 20 September 2010 and are advised as follows.\n\nRevocation of the permits\n\n"
            "By a ministerial order the Minister of Mines revoked the exploitation permits held by the joint venture "
            "company, which the Company holds are valid. Kestrel filed a Request for Arbitration against its partner "
            "with the International Court of Arbitration on 8 October 2010.\n\n"
            "Johannesburg\n11 October 2010\n")
    assert parse_release(text).header.published_date == date(2010, 10, 11)


def test_a_sentence_opening_a_list_starts_the_body_of_a_release_dated_at_its_foot():
    text = ("KESTREL GOLD LIMITED\n(Incorporated in the Republic of South Africa)\nShare code: KGL\n\nSIGNATURE OF "
            "DEBT FACILITIES\n\nShareholders are referred to the announcement of 4 June 2014.\n\nKestrel is pleased "
            "to advise that on 14 August 2014 it signed facility agreements with Drakensberg Bank Limited and First "
            "Cape Bank Limited for the following facilities:\n\n- a R450 million amortising term loan facility, "
            "maturing on 31 August 2019; and\n- a R150 million revolving credit facility.\n\nJohannesburg\n"
            "19 August 2014\n")
    release = parse_release(text)
    assert (release.header.issuer_name, release.header.published_date) == ("Kestrel Gold Limited", date(2014, 8, 19))
    assert sorted(f.amount for f in release.financings) == [150_000_000, 450_000_000]


def test_a_unit_after_its_number_ends_a_sentence_but_an_abbreviation_does_not():
    from pressroom.segment import split_sentences
    text = "Matagami Road contributed 43,115 oz. The mill ran well. Mr. Smith said so. It weighed 12 oz. of gold."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Matagami Road contributed 43,115 oz.", "The mill ran well.", "Mr. Smith said so.",
        "It weighed 12 oz. of gold."]
    ends = "It won an injunction against Pindar Mining Pty Ltd. The orders were made on Friday, 6 September 2019."
    assert [ends[s:e] for s, e in split_sentences(ends)] == [
        "It won an injunction against Pindar Mining Pty Ltd.", "The orders were made on Friday, 6 September 2019."]
    # ('per cent.' before a bracket of prior figures ends no sentence)
    cent = "Recovery was 92.5 per cent. (June quarter: 92.2 per cent.). Gold sales were 10,980 ounces."
    assert [cent[s:e] for s, e in split_sentences(cent)] == [
        "Recovery was 92.5 per cent. (June quarter: 92.2 per cent.).", "Gold sales were 10,980 ounces."]
    wire = "DENVER--(BUSINESS WIRE)--Oct. 1, 2019-- Kestrel Gold Corp. priced its notes. They are due in 2027."
    assert [wire[s:e] for s, e in split_sentences(wire)] == [
        "DENVER--(BUSINESS WIRE)--Oct. 1, 2019-- Kestrel Gold Corp. priced its notes.", "They are due in 2027."]


def test_a_peruvian_closed_corporation_is_an_issuer():
    text = ("HECHO DE IMPORTANCIA\n\nLima, 11 de agosto de 2022\n\nRef.: Hecho de Importancia - July 2022 production"
            "\n\nAurifera Kestrel S.A.C. (the \"Corporation\") reports that its plant produced 1,250 ounces of gold "
            "during the month of July 2022, a record for the Corporation.\n")
    release = parse_release(text)
    assert release.header.issuer_name == "Aurifera Kestrel S.A.C."
    assert [(f.site, f.value) for f in release.production] == [("Aurifera Kestrel S.A.C.", 1250)]


def test_a_chinese_company_limited_is_an_issuer_and_its_table_is_its_own():
    text = (f"{_HK_DISCLAIMER}                  **Kestrel Gold Mining Co., Ltd.**\n"
            "  (a joint stock limited company incorporated in the People's Republic of China with limited liability)\n"
            "                  (Stock Code: 1234)\n\n**VOLUNTARY ANNOUNCEMENT**\n\nThe board of directors of the "
            "Company announces the unaudited operating data of the Group for the year ended 31 December 2018:\n\n"
            "                        Unit          2018          2017\n"
            "Processed ore           '000 t     1,823.7       1,699.8\n"
            "Gold produced           oz         169,399       163,078\n\nBy order of the Board\n"
            "Kestrel Gold Mining Co., Ltd.\n\nYantai, the PRC, 15 January 2019\n")
    release = parse_release(text)
    assert release.header.issuer_name == "Kestrel Gold Mining Co., Ltd."
    assert {(f.site, f.metric, f.period_start.year, f.value) for f in release.production} >= {
        ("Kestrel Gold Mining Co., Ltd.", "ore_processed_t", 2018, 1_823_700),
        ("Kestrel Gold Mining Co., Ltd.", "gold_produced_oz", 2017, 163_078)}


@pytest.mark.parametrize("head", [
    # (the disclaimer hard-wrapped, as a PDF conversion gives it: the letterhead's lines are read as one block)
    "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong\nLimited take no responsibility "
    "for the contents of this announcement, make no\nrepresentation as to its accuracy or completeness and expressly "
    "disclaim any\nliability whatsoever for any loss howsoever arising from or in reliance upon\nthe whole or any part "
    "of the contents of this announcement.\n\nThis announcement is for information purposes only and does not "
    "constitute\nan offer to sell or the solicitation of an offer to buy any securities.\n\n"
    "KESTREL GOLD HOLDINGS LIMITED\n\u65c5\u9633\u9ec4\u91d1\u63a7\u80a1\u6709\u9650\u516c\u53f8\n"
    "(Incorporated in the Cayman Islands with limited liability)\n(Stock Code: 1234)",
    f"{_HK_DISCLAIMER}Stock code: 600771     Stock abbreviation: Kestrel Gold     Announcement No.: Lin 2011-036",
])
def test_a_letterhead_read_as_one_block_is_no_headline(head):
    text = (f"{head}\n\nISSUE OF US$200 MILLION 9.75% SENIOR NOTES DUE 2017\n\nThe Company announces that it has "
            "issued US$200,000,000 9.75% senior notes due 2017 to professional investors.\n\nBy order of the Board\n"
            "Kestrel Gold Holdings Limited\n\nHong Kong, 9 May 2012\n")
    assert parse_release(text).header.title == "ISSUE OF US$200 MILLION 9.75% SENIOR NOTES DUE 2017"


def test_the_exchange_a_letter_is_addressed_to_is_not_the_issuer():
    text = ("CAPE RIVER GOLD NL                                        ABN 52 010 447 318\n"
            "Level 4, 167 Eagle Street, Brisbane QLD 4000\n\n25 October 2005\n\nThe Manager\n"
            "Company Announcements Office\nAustralian Stock Exchange Limited\n\n"
            "QUARTERLY REPORT FOR THE PERIOD ENDED 30 SEPTEMBER 2005\n\n"
            "Cape River Gold NL (ASX: CPR) presents its report for the September quarter 2005, the first quarter of "
            "the 2006 financial year, in which the Pentland Hills mine poured 16,867 ounces of gold.\n")
    assert parse_release(text).header.issuer_name == "Cape River Gold NL"


_BODY = ("Kestrel Gold Corp. (TSX: KGC) is pleased to report that its Wren mill produced 12,400 ounces of gold in the "
         "quarter ended September 30, 2011, a record for the operation.\n\n")


@pytest.mark.parametrize(("text", "date_", "title"), [
    # a date only in the closing 'DATED ... this 22nd day of ...' line
    ("KESTREL GOLD CORP.\n\nKestrel Reports Record Quarter and Closes Placement\n\n" + _BODY
     + "DATED at Winnipeg, Manitoba, this 22nd day of November, 2011.\n",
     date(2011, 11, 22), "Kestrel Reports Record Quarter and Closes Placement"),
    # a form-like header: the subject field is the headline
    ("Company: Kestrel Gold Corp.\nTicker: TSX:KGC\nDate: 2011-11-22\nSubject: Quarterly production update\n\n"
     + _BODY, date(2011, 11, 22), "Quarterly production update"),
    # a heading converted from HTML
    ("# Kestrel Gold Reports Record Quarter\n\nVancouver, British Columbia - November 22, 2011 - " + _BODY,
     date(2011, 11, 22), "Kestrel Gold Reports Record Quarter"),
    # a table of contents above the report; a short headline in capitals
    ("KESTREL GOLD CORP.\nQUARTERLY ACTIVITIES REPORT\n\nCONTENTS\n1. Highlights ........ 1\n2. Operations ........ 2"
     "\n\n22 November 2011\n\n" + _BODY, date(2011, 11, 22), "QUARTERLY ACTIVITIES REPORT"),
    # a headline wrapped onto a second line; a wire dateline 'Place--(Wire - date)'; a footnote's date later on
    ("Kestrel Gold Corp. Reports Record Quarter from the Wren Mine; Toll Milling\nat the Finch Plant\n\n"
     "Vancouver, British Columbia--(Newsfile Corp. - November 22, 2011) - " + _BODY
     + "(1) The concentrate was shipped on October 4, 2011.\n",
     date(2011, 11, 22),
     "Kestrel Gold Corp. Reports Record Quarter from the Wren Mine; Toll Milling at the Finch Plant"),
    # a Hong Kong headline in capitals that ends with the legal form of the company it is about
    ("KESTREL GOLD HOLDINGS LIMITED\n(Stock Code: 1234)\n\nDISCLOSEABLE TRANSACTION IN RELATION TO THE DISPOSAL OF "
     "WREN MINING CO., LTD.\n\n22 November 2011\n\n" + _BODY, date(2011, 11, 22),
     "DISCLOSEABLE TRANSACTION IN RELATION TO THE DISPOSAL OF WREN MINING CO., LTD."),
])
def test_headers_in_unusual_layouts(text, date_, title):
    header = parse_release(text).header
    assert (header.published_date, header.title) == (date_, title)


def test_a_legal_form_written_first_and_a_moscow_listing():
    text = ("OJSC Kestrel Gold Mining Company\n\nMoscow, 22.11.2011\n\nKestrel announces 2011 production\n\n"
            "OJSC Kestrel Gold Mining Company (MICEX: KGMC) announces that its Wren mill produced 12,400 troy ounces "
            "of gold in the third quarter of 2011.\n")
    header = parse_release(text).header
    assert (header.issuer_name, header.exchange, header.ticker) == ("OJSC Kestrel Gold Mining Company", "MICEX", "KGMC")


def test_the_three_and_six_months_ended_are_a_quarter_and_a_half():
    periods = find_periods("results for the three and six months ended 30 June 2020", date(2020, 7, 22))
    assert [(p.start, p.end, p.grain) for p in periods] == [
        (date(2020, 4, 1), date(2020, 6, 30), "quarter"), (date(2020, 1, 1), date(2020, 6, 30), "half")]
    nine = find_periods("for the three and nine months ended September 30, 2011")
    assert [(p.start, p.grain) for p in nine] == [(date(2011, 7, 1), "quarter")]


@pytest.mark.parametrize("title", ["POSITIVE PROFIT ALERT", "VOLUNTARY ANNOUNCEMENT", "INSIDE INFORMATION"])
def test_a_hong_kong_announcements_short_title_in_capitals(title):
    from pressroom.parser import parse_release

    text = ("Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no "
            "responsibility for the contents of this announcement, make no representation as to its accuracy or "
            "completeness and expressly disclaim any liability whatsoever for any loss howsoever arising from or in "
            "reliance upon the whole or any part of the contents of this announcement.\n\n"
            "KESTREL GOLD HOLDINGS LIMITED\n(Incorporated in the Cayman Islands with limited liability)\n"
            f"(Stock Code: 1234)\n\n{title}\n\nThis announcement is made by Kestrel Gold Holdings Limited (the "
            "\"Company\") pursuant to Rule 13.09 of the Listing Rules. The board of directors of the Company announces "
            "that the Group expects to record a significant increase in its profit for the six months ended 30 June "
            "2019.\n\nBy order of the Board\nKestrel Gold Holdings Limited\n\nHong Kong, 2 August 2019\n")
    assert parse_release(text).header.title == title


def test_the_second_half_of_a_quarter_is_no_half_year():
    assert find_periods("which lifted the head grade in the second half of the quarter", date(2008, 4, 29)) == []
    [half] = find_periods("production in the second half of 2007", date(2008, 4, 29))
    assert (half.start, half.end, half.grain) == (date(2007, 7, 1), date(2007, 12, 31), "half")


@pytest.mark.parametrize(("text", "amount"), [
    ("options exercisable at 8c on or before 30 June 2014", 0.08),
    ("new shares at 4.5c each under the Share Purchase Plan", 0.045),
])
def test_cents_written_with_a_c_where_a_price_stands(text, amount):
    [money] = find_money(text)
    assert money.amount == amount


def test_a_c_after_a_number_that_is_no_price_is_no_money():
    assert find_money("Class 3c shares and a 5c increase") == []


@pytest.mark.parametrize(("text", "month"), [
    ("Kestrel reports for the quarter ended 30 June 2020, the fourth quarter of its financial year.", 6),
    ("Kestrel reports for the quarter ended 30 September 2020, the first quarter of its financial year.", 6),
    ("the quarter ended December 31, 2019, the second quarter of its fiscal year", 6),
    ("the quarter ended 31 March 2020", 12),
])
def test_the_fiscal_year_end_from_the_quarter_it_ends(text, month):
    from pressroom.extract.dates import find_fiscal_year_end
    assert find_fiscal_year_end(text) == month


def test_a_half_year_ended_is_no_fiscal_year_end():
    from pressroom.extract.dates import find_fiscal_year_end
    text = "its results for the half year ended 31 December 2020 (H1 FY21)"
    assert find_fiscal_year_end(text, ("ASX",)) == 6
    assert find_fiscal_year_end(text + " and for the year ended 30 September 2020") == 9


def test_a_fiscal_year_written_with_the_two_years_it_spans():
    [fy] = find_periods("production for the 2006/07 financial year", date(2006, 7, 27), 6)
    assert (fy.start, fy.end, fy.grain) == (date(2006, 7, 1), date(2007, 6, 30), "year")
    [fy] = find_periods("record 2005-06 production", date(2006, 7, 27), 3)
    assert (fy.start, fy.end) == (date(2005, 4, 1), date(2006, 3, 31))
    # (a date is no fiscal year, nor are two years that do not follow each other)
    assert [p.grain for p in find_periods("on 2005/06/30", date(2006, 7, 27), 6)] == ["year"]
    assert find_periods("in 2005/09", date(2006, 7, 27), 6) == []


def test_a_company_named_for_its_mines_is_no_mine():
    from pressroom.extract.production import find_facilities
    names = [f.name for f in find_facilities("Cuchivero Gold Mines Inc. reports production at its El Toco mill, fed "
                                             "by the Las Brisas mine; Kestrel Mining Operations Ltd. owns the rest.")]
    assert names == ["El Toco mill", "Las Brisas mine"]


def test_canadian_dollars_written_cdn_with_a_point():
    from pressroom.extract.money import find_money
    found = find_money("2,500,000 units at a price of Cdn.$0.35 per unit for gross proceeds of Cdn. $875,000.")
    assert [(m.amount, m.currency) for m in found] == [(0.35, "CAD"), (875_000, "CAD")]


def test_a_mill_complex_is_the_mill():
    from pressroom.extract.production import find_facilities
    assert [f.name for f in find_facilities("PUKASKWA MILL COMPLEX, ONTARIO")] == ["PUKASKWA MILL"]
    assert [f.name for f in find_facilities("production at Planta San Benito")] == ["Planta San Benito"]


def test_an_exercise_price_in_pence_without_per_share():
    from pressroom.extract.money import find_money
    found = find_money("options over 1,500,000 ordinary shares of 1p each at an exercise price of 14.5p, exercisable "
                       "until 30 September 2016")
    assert [(m.amount, m.currency, m.text) for m in found] == [(0.145, "GBP", "14.5p")]


@pytest.mark.parametrize(("header_text", "body", "issuer"), [
    # an American company's name; an Indonesian 'PT ... Tbk' and a Malaysian 'Berhad'
    ("", "RENO, Nev., July 21, 1998 - Jungo Gold Mining Company (TSE: JGO) reported its results.",
     "Jungo Gold Mining Company"),
    ("", "Jakarta, 27 June 2008 - PT Tomini Emas Lestari Tbk (the \"Company\") announces the results.",
     "PT Tomini Emas Lestari Tbk"),
    # a form's field names it, not the exchange that heads the form
    ("BURSA MALAYSIA SECURITIES BERHAD - COMPANY ANNOUNCEMENT\n\nCompany Name        : LOJING EMAS BERHAD (Company "
     "No. 589341-K)\nStock Name          : LOJING", "The Board announces a change in its boardroom.",
     "Lojing Emas Berhad"),
    ("", "The Company announced the results of its meeting.", None),
])
def test_issuers_by_their_legal_forms(header_text, body, issuer):
    from pressroom.extract.header import find_issuer
    assert find_issuer(header_text, body, []) == issuer


def test_a_business_wire_dateline_and_a_headline_hard_wrapped_after_its_verb():
    text = ("**Kestrel Gold Reports Record 2025 Production of 128,640 Ounces and Provides\n2026 Guidance**\n\n"
            "TORONTO--(BUSINESS WIRE)--February 12, 2026--Kestrel Gold Corp. (TSX: KGC)\n(OTCQX: KSTGF) reports its "
            "production for 2025 from its Wren mine. The Company has granted 250,000 stock options exercisable at "
            "C$4.12 per share until February 12, 2031.\n")
    h = parse_release(text).header
    assert h.published_date == date(2026, 2, 12)
    assert h.title == "Kestrel Gold Reports Record 2025 Production of 128,640 Ounces and Provides 2026 Guidance"


def test_a_closing_date_line_with_a_months_abbreviation():
    # a SENS announcement dated only by its closing line ('15 Nov. 2010'), its lead citing an earlier announcement
    path = next(Path(__file__).resolve().parents[1].glob("fixtures/releases/dev/2010-11-15-tweefontein-*.txt"))
    text = decode(path.read_bytes()).text.replace("15 November 2010", "15 Nov. 2010").replace(
        "2 September 2010", "2 Sept. 2010")
    assert parse_release(text).header.published_date == date(2010, 11, 15)


@pytest.mark.parametrize("text", ["in 1H12.", "in 1H'12 the mill", "in H1 2012"])
def test_a_half_year_with_a_two_digit_year(text):
    assert [(p.start, p.end) for p in find_periods(text, date(2012, 11, 14))] == [(date(2012, 1, 1), date(2012, 6, 30))]



@pytest.mark.parametrize(("line", "expected"), [
    ("February 11, 2010        TSX-V Trading Symbol: NSR", [("TSX-V", "NSR")]),
    ("AIM ticker: AMZ", [("AIM", "AMZ")]),
    ("(Nasdaq/NMS: SSGC)", [("Nasdaq", "SSGC")]),
])
def test_listings_told_with_a_symbol_or_ticker_word(line, expected):
    from pressroom.extract.header import find_listings
    assert find_listings(line) == expected


def test_a_wire_credit_line_and_a_letterhead_in_capitals_give_the_issuers_name():
    from pressroom.extract.header import _DATELINE, find_issuer
    assert find_issuer("Chisana Gold Corp. Closes Facility\nNEWS PROVIDED BY Chisana Gold Corp.\nSep 14, 2017",
                       "TORONTO - Chisana Gold Corp. today announced ...", []) == "Chisana Gold Corp."
    assert find_issuer("MOUNT YARRABIN GOLD MINES N.L.\nASX Code: MYG",
                       "MOUNT YARRABIN GOLD MINES N.L. reports ...", []) == "Mount Yarrabin Gold Mines N.L."
    # (a dateline whose place names carry accents)
    assert _DATELINE.match("Montréal, Québec, June 9, 2020 - Abitibi Nord Mining Corp. reports").group("date") == \
        "June 9, 2020"


def test_a_price_in_pence_before_when_it_may_be_exercised():
    from pressroom.extract.money import find_money
    text = "each exercisable to subscribe for one new ordinary share at 10p at any time until 20 September 2007"
    assert [(m.amount, m.currency) for m in find_money(text)] == [(0.1, "GBP")]


def test_a_half_of_a_named_financial_year_is_that_fiscal_half():
    from pressroom.extract.dates import find_periods
    periods = find_periods("the first half of the 2016 financial year", date(2016, 1, 21), 6)
    assert [(p.start, p.end, p.grain) for p in periods] == [(date(2015, 7, 1), date(2015, 12, 31), "half")]
