"""Table-driven cases per extractor, on small releases built around one sentence.

CASES are behaviours the extractors must keep; BUGS_CAUGHT are mistakes fixed once; KNOWN_GAPS
are strict xfails that turn red the day they start passing.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from pressroom import parser

# these tests hold the rules to what they must read; the learned check on their output (vetting) has its own tests
parse_release = partial(parser.parse_release, vet=False)


def release(body: str, when: str = "June 14, 2012", issuer: str = "Kestrel Gold Corp.") -> str:
    return (f"KESTREL GOLD\n\n{when}\n\nTSX: KGC\n\nKestrel Gold Reports on Its Operations and Financing\n\n"
            f"Vancouver, British Columbia - {issuer} (TSX: KGC) (\"Kestrel\" or the \"Company\") reports the "
            f"following results and transactions for its shareholders today.\n\n{body}\n")


# (sentence, expected (site, ore_source, period_start, period_end, metric, value, is_guidance))
PRODUCTION = [
    ("Wren mill, May 2012 - Cash cost per ounce sold: $968",
     ("Wren mill", None, date(2012, 5, 1), date(2012, 5, 31), "cash_cost_per_oz", 968, False)),
    # a list's line names the unit before its figure
    ("Wren mill, May 2012 - Tonnes processed: 9,486 (306 tonnes per day)",
     ("Wren mill", None, date(2012, 5, 1), date(2012, 5, 31), "ore_processed_t", 9486, False)),
    ("The Wren mill produced 13,475 oz of gold in May 2012.",
     ("Wren mill", None, date(2012, 5, 1), date(2012, 5, 31), "gold_produced_oz", 13475, False)),
    # a Peruvian 'UM' (Unidad Minera) is that mining unit
    ("UM Sabaino extracted 17,050 tonnes of ore and UM Mollepata extracted 6,940 tonnes of ore during May 2012.",
     ("Mollepata Mining Unit", None, date(2012, 5, 1), date(2012, 5, 31), "ore_mined_t", 6940, False)),
    # a whole, then the part a site gives 'of which': the whole is no site's
    ("Ore mined in May 2012 from the Wren and Finch pits totalled 42,610 tonnes, of which the Wren pit contributed "
     "29,880 tonnes.",
     ("Kestrel Gold Corp.", None, date(2012, 5, 1), date(2012, 5, 31), "ore_mined_t", 42610, False)),
    # the period on the figure's own side of an 'and'; a year and the figure it came to is no range
    ("Total cash costs at the Wren mine were $658 per ounce sold in the fourth quarter and $689 per ounce sold for "
     "the year (2010: $742).",
     ("Wren mine", None, date(2011, 1, 1), date(2011, 12, 31), "cash_cost_per_oz", 689, False)),
    ("The Wren mill produced 2,611 ounces of gold in December, bringing production for 2011 to 27,405 ounces.",
     ("Wren mill", None, date(2011, 1, 1), date(2011, 12, 31), "gold_produced_oz", 27405, False)),
    # the ounces' own word names them
    ("At the Wren mill, May 2012 production totalled 5,311 ounces of gold poured.",
     ("Wren mill", None, date(2012, 5, 1), date(2012, 5, 31), "gold_poured_oz", 5311, False)),
    # figures in thousands of ounces given respectively
    ("The Wren and Finch mines produced 24.6 koz and 16.6 koz respectively in May 2012.",
     ("Wren mine", None, date(2012, 5, 1), date(2012, 5, 31), "gold_produced_oz", 24600, False)),
    # a cash cost told roughly ('of about') is the cost, not a bound
    ("Kestrel now expects 2012 production of approximately 121,000 ounces of gold at a total cash cost of about "
     "US$222 per ounce.",
     ("Kestrel Gold Corp.", None, date(2012, 1, 1), date(2012, 12, 31), "cash_cost_per_oz", 222, True)),
    # a cash cost in the home currency with the US dollars in brackets: the US dollars
    ("Cash operating costs at the Wren mill were $392 (US$255) per ounce of gold in May 2012.",
     ("Wren mill", None, date(2012, 5, 1), date(2012, 5, 31), "cash_cost_per_oz", 255, False)),
    # a grade written 'grams of gold per tonne'
    ("The Wren mill processed 14,210 tonnes of ore in May 2012 at a head grade of 5.12 grams of gold per tonne.",
     ("Wren mill", None, date(2012, 5, 1), date(2012, 5, 31), "head_grade_g_t", 5.12, False)),
    # gold sold that counts what went into the hedge book or the forward sales is still gold sold
    ("The Wren mine sold 22,100 ounces of gold in May 2012 at an average price of A$478 per ounce, including "
     "deliveries into the Company's hedge book.",
     ("Wren mine", None, date(2012, 5, 1), date(2012, 5, 31), "gold_sold_oz", 22100, False)),
    ("The Wren mine sold 14,500 ounces of gold in May 2012 at an average realized price of $311 per ounce, which "
     "includes the benefit of the Company's forward sales.",
     ("Wren mine", None, date(2012, 5, 1), date(2012, 5, 31), "gold_sold_oz", 14500, False)),
    # a pronoun, or gold's purity, opening the sentence names no site: the site told before it is meant
    ("The Wren heap leach was placed on care and maintenance in September. It produced 9,612 ounces of gold in the "
     "first quarter of 2012.",
     ("Wren heap leach", None, date(2012, 1, 1), date(2012, 3, 31), "gold_produced_oz", 9612, False)),
    ("At the Wren plant, throughput was lower in the rainy season. Fine gold production was 6,482 ounces in the "
     "first quarter of 2012.",
     ("Wren plant", None, date(2012, 1, 1), date(2012, 3, 31), "gold_produced_oz", 6482, False)),
    ("During the first quarter of 2012, the Wren plant processed 148,220 tonnes of ore.",
     ("Wren plant", None, date(2012, 1, 1), date(2012, 3, 31), "ore_processed_t", 148220, False)),
    ("In the three months ended 31 March 2012 the Wren mine produced 8,214 ounces of gold.",
     ("Wren mine", None, date(2012, 1, 1), date(2012, 3, 31), "gold_produced_oz", 8214, False)),
    # gold sold that includes deliveries into a hedge book is still gold sold
    ("The Wren mine sold 8,200 ounces of gold in the March 2012 quarter at an average price of A$437 per ounce, "
     "including deliveries into its hedge book.",
     ("Wren mine", None, date(2012, 1, 1), date(2012, 3, 31), "gold_sold_oz", 8200, False)),
    # the guidance a result beat (the issuer's, by name) is a forecast; last year's result in brackets after it is not
    ("Attributable production for 2011 was a record 173,768 ounces, exceeding the Company's guidance of approximately "
     "165,000 ounces (2010: 158,420 ounces).",
     ("Kestrel Gold Corp.", None, date(2011, 1, 1), date(2011, 12, 31), "gold_produced_oz", 165000, True)),
    ("Attributable production for 2011 was a record 173,768 ounces, exceeding the Company's guidance of approximately "
     "165,000 ounces (2010: 158,420 ounces).",
     ("Kestrel Gold Corp.", None, date(2010, 1, 1), date(2010, 12, 31), "gold_produced_oz", 158420, False)),
    # a recovery listed after a grade spelled out in a comparison
    ("In May 2012 the Wren plant processed 9,850 tonnes at a head grade of 7.96 grams per tonne and a recovery of "
     "93.2%, producing 2,348 ounces of gold, compared with 9,512 tonnes at 8.21 grams per tonne, 92.8% and 2,330 "
     "ounces in April.",
     ("Wren plant", None, date(2012, 4, 1), date(2012, 4, 30), "recovery_pct", 92.8, False)),
    # ore an underground mine hoisted is ore mined
    ("In the March 2012 quarter the Wren mine hoisted a record 61,200 tonnes of ore.",
     ("Wren mine", None, date(2012, 1, 1), date(2012, 3, 31), "ore_mined_t", 61200, False)),
    # (the cost's label far before its sum)
    ("Cash cost per ounce of gold at the Wren mill, net of copper credits, was US$611 in May 2012.",
     ("Wren mill", None, date(2012, 5, 1), date(2012, 5, 31), "cash_cost_per_oz", 611, False)),
    ("Cash costs at the Wren mill were US$611 per ounce of gold in May 2012.",
     ("Wren mill", None, date(2012, 5, 1), date(2012, 5, 31), "cash_cost_per_oz", 611, False)),
    ("Kestrel expects to produce 120,000 ounces of gold in 2013.",
     ("Kestrel Gold Corp.", None, date(2013, 1, 1), date(2013, 12, 31), "gold_produced_oz", 120000, True)),
    # (a feed from one source is the mill's whole figure: the source names no part of it)
    ("Ore from the Finch open pit processed at the Wren mill in May 2012 yielded 2,100 ounces of gold poured.",
     ("Wren mill", None, date(2012, 5, 1), date(2012, 5, 31), "gold_poured_oz", 2100, False)),
]
PRODUCTION += [
    # a 'when' clause hangs on the period before it
    ("The Wren mill produced 12,905 ounces of gold in May 2012, compared with 13,420 ounces in April, when the mill "
     "processed 60,870 tonnes at 7.31 g/t.",
     ("Wren mill", None, date(2012, 4, 1), date(2012, 4, 30), "ore_processed_t", 60870, False)),
    # a month's name as the label of a prior figure in brackets
    ("Recovery at the Wren mill was 94.8% in May 2012 (April: 95.1%).",
     ("Wren mill", None, date(2012, 4, 1), date(2012, 4, 30), "recovery_pct", 95.1, False)),
    # a prior period's figure in brackets is the figure before it, not the verb after it
    ("The Wren mill produced 64.3koz of gold in the first quarter of 2012 (Q1 2011: 42.9koz) and sold 62.8koz.",
     ("Wren mill", None, date(2011, 1, 1), date(2011, 3, 31), "gold_produced_oz", 42900, False)),
]
NO_PRODUCTION = [
    # ounces forward sold are a hedge position, not gold sold
    "During May 2012 the Wren mine forward sold 9,600 ounces of gold at A$563 per ounce.",
    "Had the decline reached the level on schedule, Kestrel estimates that production for 2011 would have been about "
    "84,000 ounces.",
    # ounces drawn under a gold loan and sold, a royalty's threshold, a lender's base case, a run of days, a last pour
    "On 14 May 2012 the Company drew down 12,000 ounces of gold under its gold loan facility with Swan River Bullion "
    "Bank Limited and sold the ounces on the spot market.",
    "Eureka has also agreed to pay Kestrel a royalty of A$10 per ounce on all gold produced from the leases after the "
    "first 100,000 ounces.",
    "The Lenders' revised base case assumes a gold price of US$750 per ounce and annual production of 52,000 ounces "
    "from the Wren mine in 2012.",
    "Gold production at the Wren mill for the period from 1 April to 16 May 2012 was 8,120 ounces.",
    "The mill was placed on care and maintenance in May 2012, and its final gold pour, of 318 ounces, took place on "
    "May 9, 2012.",
    # metallurgical tests and plant design are no production
    "- Combined gravity and flotation flowsheet returns overall gold recovery of 89.6% on the Haapavaara fresh-rock "
    "master composite",
    "- Locked-cycle flotation tests produce a saleable concentrate grading 48 g/t Au",
    "Metallurgical testwork on 31 variability composites returned CIL recoveries of 90.8% in May 2012.",
    # guidance withdrawn, and ore stockpiled since mining began
    "In light of the outage, Kestrel is withdrawing its 2012 production guidance of approximately 13,500 ounces of "
    "gold.",
    "In view of the stoppage, the guidance of 38,000 ounces of gold for 2012 given in the Company's interim results on "
    "15 March 2012 is withdrawn.",
    # a rate to be reached, a change in a cost, the cost a cost moved from
    "Kestrel expects to lift throughput at the Wren mill to 400 tonnes per day in the third quarter of 2012.",
    "Kestrel expects the Wren plant to reach a run rate of 200 tonnes per day by the end of 2012.",
    "A further 10% depreciation would reduce our dollar cash cost at the Wren mine by roughly US$30/oz in 2012.",
    # a figure up to a day whose comma is no clause break: year to date, not the quarter
    "Third-quarter 2012 production rose 22%, and year-to-date production through September 30, 2012 was 3,960 "
    "ounces at the Wren mill.",
    # a part told of a figure: a note's 'Includes', one that 'is included in' the total, gold from before commercial
    # production
    "(1) Includes 1,310 ounces recovered before commercial production was declared on May 1, 2012.",
    "The final clean-up of the Wren mill recovered a further 412 ounces in May 2012, which is included in the "
    "production above.",
    "Pre-stripping of the North pit began in May, and approximately 3,900 tonnes of ore have been stockpiled since "
    "mining commenced.",
    # 'at December 31' names a day, not a site (no 'Decembe')
    "Year to date, the mine had poured 38,260 ounces of gold at December 31, 2011.",
    "Total material moved in May 2012 was 8.4 million tonnes at the Wren mine.",
    # a gold range (no fact) beside a silver figure: the silver ounces are not gold
    "The Company now expects 2012 production of 68,000 to 72,000 ounces of gold and approximately 780,000 ounces of "
    "silver.",
    # short tons and ounces per ton are no tonnes and no ounces produced
    "In May 2012 the Wren mill processed 12,500 tons of ore grading 0.21 oz/ton.",
    "Drill hole KG-12-04 intersected 12.5 g/t gold over 3.0 metres.",
    "The Company expects to produce between 120,000 and 130,000 ounces of gold in 2013.",
    "Cash costs at the Wren mill were under US$400 per ounce in May 2012.",
    "Measured and indicated resources total 2.1 million ounces of gold.",
    "Cash costs at the Wren mill were C$640 per ounce in May 2012.",
    "Kestrel expects 2013 gold production of 115,000-120,000 ounces at cash costs of $600-$650 per ounce.",
    "2013 Guidance           Wren mine          Finch mine\nGold production (oz)    115,000-120,000    "
    "42,000-45,000\nCash cost ($/oz)        600-650            700-750",
]
PRODUCTION += [
    ("Gold output at the Wren mill totalled 4,100 ounces in May 2012.",
     ("Wren mill", None, date(2012, 5, 1), date(2012, 5, 31), "gold_produced_oz", 4100, False)),
]
PRODUCTION += [
    # a mine named without a kind word
    ("A total of 101,500 tonnes of ore were mined at Finch during May 2012.",
     ("Finch", None, date(2012, 5, 1), date(2012, 5, 31), "ore_mined_t", 101500, False)),
    # the unit before the number
    ("Ore tonnes milled at the Wren plant were 402,113 in May 2012.",
     ("Wren plant", None, date(2012, 5, 1), date(2012, 5, 31), "ore_processed_t", 402113, False)),
    ("Gold sold (ounces) at the Wren mine totalled 12,345 in the first quarter of 2012.",
     ("Wren mine", None, date(2012, 1, 1), date(2012, 3, 31), "gold_sold_oz", 12345, False)),
    # periods: an ended quarter, a '1Q12' quarter, a fiscal year written before its word
    ("Gold sales at the Wren mine for the quarter ended March 31, 2012 were 12,400 ounces.",
     ("Wren mine", None, date(2012, 1, 1), date(2012, 3, 31), "gold_sold_oz", 12400, False)),
    ("In 1Q12 the Wren mill poured 3,105 oz.",
     ("Wren mill", None, date(2012, 1, 1), date(2012, 3, 31), "gold_poured_oz", 3105, False)),
]
PRODUCTION += [
    # million tonnes, a quarter named without its year, grades 'at' after tonnes treated
    ("The Wren plant treated 1.2 Mt of ore at 1.9 g/t in the March 2012 quarter.",
     ("Wren plant", None, date(2012, 1, 1), date(2012, 3, 31), "ore_processed_t", 1_200_000, False)),
    ("The Wren plant treated 1.2 Mt of ore at 1.9 g/t in the March 2012 quarter.",
     ("Wren plant", None, date(2012, 1, 1), date(2012, 3, 31), "head_grade_g_t", 1.9, False)),
    ("Q1 gold production at the Wren mine was 56.3 koz, 6% higher than Q4.",
     ("Wren mine", None, date(2012, 1, 1), date(2012, 3, 31), "gold_produced_oz", 56_300, False)),
]
PRODUCTION += [
    # translated wording: 'head law' (ley de cabeza), TMS (dry metric tonnes), semesters
    ("The head law of the ore treated at the Wren plant was 5.21 g/t Au in 1Q12.",
     ("Wren plant", None, date(2012, 1, 1), date(2012, 3, 31), "head_grade_g_t", 5.21, False)),
    ("Ore treated at the Wren plant reached 82,410 TMS in 1Q12.",
     ("Wren plant", None, date(2012, 1, 1), date(2012, 3, 31), "ore_processed_t", 82410, False)),
    ("In the second semester of 2011, the Wren mine produced 42,300 ounces of gold.",
     ("Wren mine", None, date(2011, 7, 1), date(2011, 12, 31), "gold_produced_oz", 42300, False)),
]
PRODUCTION += [
    # a cost 'per gold ounce'; the prior period's cost in brackets
    ("Cash costs at the Wren mine were $598 per gold ounce sold in May 2012.",
     ("Wren mine", None, date(2012, 5, 1), date(2012, 5, 31), "cash_cost_per_oz", 598, False)),
    ("In the first quarter of 2012, cash costs at the Wren mine averaged $298 per ounce sold (Q4 2011: $331).",
     ("Wren mine", None, date(2011, 10, 1), date(2011, 12, 31), "cash_cost_per_oz", 331, False)),
]
PRODUCTION += [
    # tailings retreated are ore processed
    ("In May 2012 the Mkoba plant retreated 61,840 tonnes of tailings.",
     ("Mkoba plant", None, date(2012, 5, 1), date(2012, 5, 31), "ore_processed_t", 61840, False)),
]
PRODUCTION += [
    # gold named after another metal, nearer its figure
    ("Kestrel reiterates its 2013 guidance of 45,000 GEO and expects gold production of approximately 41,500 ounces "
     "in 2013.",
     ("Kestrel Gold Corp.", None, date(2013, 1, 1), date(2013, 12, 31), "gold_produced_oz", 41500, True)),
]
PRODUCTION += [
    # a decimal comma in a grade; a metal price per ounce beside a cash cost is no cost
    ("In May 2012 the Wren mine milled 318 600 tonnes at a head grade of 4,43g/t.",
     ("Wren mine", None, date(2012, 5, 1), date(2012, 5, 31), "head_grade_g_t", 4.43, False)),
    # 'Of the 2011 total, ... came from': the parts of the figure before
    ("Kestrel produced 58,412 ounces of gold in 2011. Of the 2011 total, 41,907 ounces came from the La Noria mill and "
     "16,505 ounces from the Cerro Tinaja heap leach.",
     ("La Noria mill", None, date(2011, 1, 1), date(2011, 12, 31), "gold_produced_oz", 41_907, False)),
    # a 'cash production cost' in a local currency with its US dollar equivalent
    ("Cash production cost at the Wren mill was PHP 9,870 per ounce in May 2012, equivalent to US$253 per ounce at the "
     "average exchange rate for the month.",
     ("Wren mill", None, date(2012, 5, 1), date(2012, 5, 31), "cash_cost_per_oz", 253, False)),
    # 'the previous financial year'
    ("Group gold production for the year ended 31 December 2011 was 164,940 ounces, compared with 164,750 ounces in "
     "the previous financial year.",
     ("Kestrel Gold Corp.", None, date(2010, 1, 1), date(2010, 12, 31), "gold_produced_oz", 164_750, False)),
    # a figure 'from' which another rose takes the period after it, not the one before 'from'
    ("Total gold production rose 11% to 204,714 ounces in 2011 from 184,420 ounces in 2010.",
     ("Kestrel Gold Corp.", None, date(2010, 1, 1), date(2010, 12, 31), "gold_produced_oz", 184_420, False)),
    # when a season ends is no period of the figure
    ("Fourth-quarter 2011 production, traditionally the weakest as the alluvial season ends in October, was 512 kg "
     "(16,461 oz).",
     ("Kestrel Gold Corp.", None, date(2011, 10, 1), date(2011, 12, 31), "gold_produced_oz", 16_461, False)),
    # a forecast told 'is forecasting'
    ("Kestrel is forecasting production of 38,000 ounces of gold for the 2013 financial year (year ending 30 June "
     "2013).",
     ("Kestrel Gold Corp.", None, date(2012, 7, 1), date(2013, 6, 30), "gold_produced_oz", 38_000, True)),
    # a heap leach processes the ore it stacks or places on its pads
    ("The Wren heap leach stacked 1,796,500 tonnes of ore in May 2012.",
     ("Wren heap leach", None, date(2012, 5, 1), date(2012, 5, 31), "ore_processed_t", 1_796_500, False)),
    ("During May 2012 the Wren heap leach placed 412,300 tonnes of ore on the pads at an average grade of 0.71 g/t.",
     ("Wren heap leach", None, date(2012, 5, 1), date(2012, 5, 31), "head_grade_g_t", 0.71, False)),
]
NO_PRODUCTION += [
    # a metal price realised is no cost
    "Cash costs at the Wren mine rose in May 2012 as silver credits fell (US$23.10/oz average realised).",
    # short tons, even in a release that gives no grade in ounces per ton, are no tonnes
    "The Wren mill treated 97,850 tons in May 2012.",
    # a rate per year is no period's production
    "In May 2012 the Wren mine produced gold at a rate of 200,000 ounces per annum.",
    # a first pour is no period's production
    "The first pour at the Wren plant yielded approximately 1,180 ounces of gold in doré in May 2012.",
]
NO_PRODUCTION += [
    # a stockpile's balance is no tonnage mined or processed
    "Mining at the Wren mine continued at reduced rates in May 2012, and the run-of-mine stockpile stood at "
    "approximately 38,000 tonnes at the end of the month.",
    "Cash costs at the Wren mine in May 2012 are expected on the basis of a silver price of US$21.00/oz.",
    # another owner's target for the mine
    "The previous owner of the Wren mine, which operated it until 2010, had targeted annual production of 60,000 "
    "ounces of gold in 2012 once the north zone was developed.",
    # a price compared with the price a year before, in a sentence about cash costs
    "The cash cost per ounce of gold at the Wren mine rose because silver credits fell (US$23.10/oz average realised "
    "in May 2012 against US$29.40/oz in May 2011).",
    # a range with the country before each dollar sign
    "Cash costs at the Wren mine are expected to be between U.S.$620 and U.S.$660 per ounce in 2013.",
]
PRODUCTION += [
    # a part named in a later clause is that clause's site only; a forecast for each of two years
    ("Production in May 2012 came in at 8,390 ounces, with the Wren mine contributing 4,311 ounces.",
     ("Kestrel Gold Corp.", None, date(2012, 5, 1), date(2012, 5, 31), "gold_produced_oz", 8390, False)),
    ("Kestrel expects consolidated production of approximately 350,000 ounces in each of 2013 and 2014.",
     ("Kestrel Gold Corp.", None, date(2014, 1, 1), date(2014, 12, 31), "gold_produced_oz", 350000, True)),
]
PRODUCTION += [
    # fiscal halves and quarters of a year that runs to 31 March; a month range naming a quarter
    ("The Company's financial year runs to 31 March. Gold production at the Wren mine was 23,418 oz in H2 FY12 "
     "(H2 FY11: 19,906 oz).",
     ("Wren mine", None, date(2011, 10, 1), date(2012, 3, 31), "gold_produced_oz", 23418, False)),
    ("The Company's financial year runs to 31 March. Gold production at the Wren mine was 23,418 oz in H2 FY12 "
     "(H2 FY11: 19,906 oz).",
     ("Wren mine", None, date(2010, 10, 1), date(2011, 3, 31), "gold_produced_oz", 19906, False)),
    ("Production at the Wren mine for January to March 2012 was 12,205 oz.",
     ("Wren mine", None, date(2012, 1, 1), date(2012, 3, 31), "gold_produced_oz", 12205, False)),
]
PRODUCTION += [
    # periods named relative to the running one; a site named '... Operations'
    ("The Wren mine produced 12,310 ounces of gold in the first quarter of 2012, compared to 10,950 ounces a year "
     "earlier.",
     ("Wren mine", None, date(2011, 1, 1), date(2011, 3, 31), "gold_produced_oz", 10950, False)),
    ("Production in the first quarter of 2012 was 25,400 ounces, up from 22,900 ounces in the previous quarter and "
     "19,800 ounces in the same quarter last year.",
     ("Kestrel Gold Corp.", None, date(2011, 10, 1), date(2011, 12, 31), "gold_produced_oz", 22900, False)),
    ("Production in the first quarter of 2012 was 25,400 ounces, up from 22,900 ounces in the previous quarter and "
     "19,800 ounces in the same quarter last year.",
     ("Kestrel Gold Corp.", None, date(2011, 1, 1), date(2011, 3, 31), "gold_produced_oz", 19800, False)),
    ("Kestrel produced 98,000 ounces of gold in 2011, compared with 91,500 ounces in the prior year.",
     ("Kestrel Gold Corp.", None, date(2010, 1, 1), date(2010, 12, 31), "gold_produced_oz", 91500, False)),
    ("At the Tamboril Operations, 21,774 ounces of gold were poured in May 2012.",
     ("Tamboril Operations", None, date(2012, 5, 1), date(2012, 5, 31), "gold_poured_oz", 21774, False)),
]
PRODUCTION += [
    # 'the highest since commissioning in September 2011' names no running period
    ("During May, the Wren plant processed 48,210 tonnes of ore. Throughput averaged 1,607 tonnes per day, the highest "
     "since commissioning in September 2011. Metallurgical recovery averaged 91.8%.",
     ("Wren plant", None, date(2012, 5, 1), date(2012, 5, 31), "recovery_pct", 91.8, False)),
]
PRODUCTION += [
    # a release about one operation: a figure no sentence gives a site is that operation's; the company's
    # possessive before a metric is the company
    ("Kestrel operates the Wren Gold Mine in Ghana, where mining and milling continued through the month.\n\n"
     "- Gold production of 24,108oz in May 2012, a monthly record",
     ("Wren Mine", None, date(2012, 5, 1), date(2012, 5, 31), "gold_produced_oz", 24108, False)),
    ("The Wren mine processed 48,210 tonnes in May 2012. Kestrel's cash operating cost fell to US$298 per ounce in "
     "May 2012.",
     ("Kestrel Gold Corp.", None, date(2012, 5, 1), date(2012, 5, 31), "cash_cost_per_oz", 298, False)),
]
PRODUCTION += [
    # 'an increase over the 18,886 ounces recovered in the first quarter of 2012': the prior figure, and 2012 no figure
    ("In the first quarter of 2012, 20,967 ounces of gold were recovered at the Wren plant, an increase of 11% over "
     "the 18,886 ounces recovered in the fourth quarter of 2011.",
     ("Wren plant", None, date(2011, 10, 1), date(2011, 12, 31), "gold_recovered_oz", 18886, False)),
    ("Cash cost per ounce of gold sold at the Wren mine was $684 in May 2012.",
     ("Wren mine", None, date(2012, 5, 1), date(2012, 5, 31), "cash_cost_per_oz", 684, False)),
    ("The Finch underground mine produced 63,118 tonnes of ore in May 2012.",
     ("Finch underground mine", None, date(2012, 5, 1), date(2012, 5, 31), "ore_mined_t", 63118, False)),
]
PRODUCTION_GAPS = [
    # a figure given as a share: the attributable part is not told apart from the mine's total
    ("Attributable production from the Wren mine (60% interest) was 5,000 oz in May 2012, of a total of "
     "8,333 oz.",
     ("Wren mine", None, date(2012, 5, 1), date(2012, 5, 31), "gold_produced_oz", 8333, False)),
]


def _production(text: str):
    return [(f.site, f.ore_source, f.period_start, f.period_end, f.metric, f.value, f.is_guidance)
            for f in parse_release(release(text)).production]


PRODUCTION += [
    # a source's name ('Huaychaca Mining Unit') says nothing of its figure's metric; ore bought in is no site
    ("The Wren plant treated 48,960 tonnes in May 2012. Of the ore treated in the month, 37,420 tonnes came from the "
     "Huaychaca Mining Unit and 11,540 tonnes was purchased ore.",
     ("Wren plant", "Huaychaca Mining Unit", date(2012, 5, 1), date(2012, 5, 31), "ore_processed_t", 37420, False)),
    ("The Wren plant treated 48,960 tonnes in May 2012. Of the ore treated in the month, 37,420 tonnes came from the "
     "Huaychaca Mining Unit and 11,540 tonnes was purchased ore.",
     ("Wren plant", "purchased ore", date(2012, 5, 1), date(2012, 5, 31), "ore_processed_t", 11540, False)),
]
PRODUCTION += [
    # low-grade material reclaimed from a stockpile is ore the operation treated, with the stockpile as its source
    ("The Wren Operations treated 92,400 tonnes of ore in May 2012. Of the ore treated in the month, 38,200 tonnes "
     "was low grade material reclaimed from the Sandalwood stockpile at a grade of 0.98 g/t.",
     ("Wren Operations", "Sandalwood stockpile", date(2012, 5, 1), date(2012, 5, 31), "ore_processed_t", 38200,
      False)),
]
PRODUCTION += [
    # a pit that 'produced N t of ore' mined them, and so did the pits listed after it
    ("The Mosquito Creek pit produced 205,400 t of ore, the Jubilee pit 168,700 t and the Old Camp pit 73,200 t in "
     "the first quarter of 2012.",
     ("Jubilee pit", None, date(2012, 1, 1), date(2012, 3, 31), "ore_mined_t", 168700, False)),
    # the mine a figure came from, its kind capitalized ('from the Wren Mine'), with no mill in view
    ("Quarterly gold production of 8,450 ounces in the first quarter of 2012 from the Wren Mine.",
     ("Wren Mine", None, date(2012, 1, 1), date(2012, 3, 31), "gold_produced_oz", 8450, False)),
    # a release about several mines: a paragraph that names none reports the company, not the last mine named
    ("The Eagle mine produced 31,200 ounces and the Falcon mine produced 21,140 ounces in the first quarter of "
     "2012.\n\nAt the Eagle mine, the mill processed 412,000 tonnes of ore in the first quarter of 2012.\n\n"
     "Gold sales in the first quarter of 2012 were 50,100 ounces.",
     ("Kestrel Gold Corp.", None, date(2012, 1, 1), date(2012, 3, 31), "gold_sold_oz", 50100, False)),
    # a mine is not its open pit: 'the Tamarind mine' keeps its name beside 'the Tamarind open pit'
    ("At the Tamarind mine, the mill processed 412,000 tonnes of ore in the first quarter of 2012.\n\n"
     "Ore mined at the Tamarind open pit was 1.21 million tonnes in the first quarter of 2012.",
     ("Tamarind mine", None, date(2012, 1, 1), date(2012, 3, 31), "ore_processed_t", 412000, False)),
]
# a mill's feed split by pit, each part with its grade ('... at 2.11 g/t and 122,200 tonnes from ...' is no range)
_FEED = ("The Wren plant treated 523,400 tonnes of ore in the first quarter of 2012. Of this, 401,200 tonnes were "
         "sourced from the Finch Main pit at 2.11 g/t and 122,200 tonnes from the Ardmore satellite pit at 1.42 g/t.")
# the year the running quarter falls in ('... in the quarter and 6.51 g/t for the year'), and mines that supplied
# part of a mill's feed ('the Finch open pit, 11 kilometres to the east, supplied 34,550 tonnes at 3.27 g/t')
_YEAR_AND_FEED = ("In the fourth quarter of 2011 the Wren plant processed 96,240 tonnes of ore. The average head grade "
                  "was 6.84 g/t in the quarter and 6.51 g/t for the year. The Robin underground mine supplied 61,930 "
                  "tonnes of the mill feed at 9.72 g/t and the Finch open pit, 11 kilometres to the east, supplied "
                  "34,550 tonnes at 3.27 g/t.")
PRODUCTION += [
    (_YEAR_AND_FEED, ("Wren plant", None, date(2011, 1, 1), date(2011, 12, 31), "head_grade_g_t", 6.51, False)),
    (_YEAR_AND_FEED, ("Wren plant", "Robin underground mine", date(2011, 10, 1), date(2011, 12, 31),
                      "ore_processed_t", 61930, False)),
    (_YEAR_AND_FEED, ("Wren plant", "Finch open pit", date(2011, 10, 1), date(2011, 12, 31), "head_grade_g_t", 3.27,
                      False)),
]
PRODUCTION += [
    # material moved is ore and waste: the ore within it is the ore mined
    ("Total material moved in the first quarter of 2012 was 8.4 million tonnes, including 1,376,000 tonnes of ore "
     "mined at the Wren mine.",
     ("Wren mine", None, date(2012, 1, 1), date(2012, 3, 31), "ore_mined_t", 1376000, False)),
    # 'the CIL plant' names a process, not a plant ('the Bepong CIL plant' is one)
    ("The CIL plant processed 1,298,000 tonnes of ore in the first quarter of 2012.",
     ("Kestrel Gold Corp.", None, date(2012, 1, 1), date(2012, 3, 31), "ore_processed_t", 1298000, False)),
    ("The Bepong CIL plant processed 1,298,000 tonnes of ore in the first quarter of 2012.",
     ("Bepong CIL plant", None, date(2012, 1, 1), date(2012, 3, 31), "ore_processed_t", 1298000, False)),
    (_FEED, ("Wren plant", "Finch Main pit", date(2012, 1, 1), date(2012, 3, 31), "head_grade_g_t", 2.11, False)),
    (_FEED, ("Wren plant", "Ardmore pit", date(2012, 1, 1), date(2012, 3, 31), "ore_processed_t", 122200, False)),
    (_FEED, ("Wren plant", "Ardmore pit", date(2012, 1, 1), date(2012, 3, 31), "head_grade_g_t", 1.42, False)),
]

PRODUCTION += [
    # a guidance cue in 'continues to expect'; a cash cost compared with the prior period's
    ("For 2013, the Company continues to expect gold production of 200,000 ounces.",
     ("Kestrel Gold Corp.", None, date(2013, 1, 1), date(2013, 12, 31), "gold_produced_oz", 200000, True)),
    ("Total cash costs per ounce of gold sold at the Wren mine were US$601 in the first quarter of 2012, compared "
     "with US$655 in the first quarter of 2011.",
     ("Wren mine", None, date(2011, 1, 1), date(2011, 3, 31), "cash_cost_per_oz", 655, False)),
]

PRODUCTION += [
    # the issuer as the subject of the figure's clause, a mill only in a later 'as ...' clause
    ("Kestrel produced 42,200 ounces of gold in the first quarter of 2012, 35% more than in the fourth quarter, as "
     "the Wren mill continued to run above design.",
     ("Kestrel Gold Corp.", None, date(2012, 1, 1), date(2012, 3, 31), "gold_produced_oz", 42200, False)),
    ("The Board expects full-year production of approximately 72,000 ounces in 2012, weighted towards the second "
     "half as the Finch pit cutback is completed in September.",
     ("Kestrel Gold Corp.", None, date(2012, 1, 1), date(2012, 12, 31), "gold_produced_oz", 72000, True)),
]

PRODUCTION += [
    # thousands separated by spaces; ore mined at the mine that fed the plant is the mine's own
    ("For the six months ended 31 March 2012, the Wren mine produced 1 742 kg (56 006 oz) of gold.",
     ("Wren mine", None, date(2011, 10, 1), date(2012, 3, 31), "gold_produced_oz", 56006, False)),
    ("All plant feed came from the Finch mine, where 10,240 tonnes of ore were mined during May 2012.",
     ("Finch mine", None, date(2012, 5, 1), date(2012, 5, 31), "ore_mined_t", 10240, False)),
]
PRODUCTION += [
    # the unit named before the number, the number followed by a comma
    ("Tonnes of ore mined at the Wren mine in May totalled 168,240, and the plant treated 162,900 tonnes.",
     ("Wren mine", None, date(2012, 5, 1), date(2012, 5, 31), "ore_mined_t", 168240, False)),
]
PRODUCTION += [
    # 'gold ounces'; a mine that 'contributed' ounces produced them
    ("The Wren mine produced 18,450 gold ounces in May 2012.",
     ("Wren mine", None, date(2012, 5, 1), date(2012, 5, 31), "gold_produced_oz", 18450, False)),
    ("The Finch Mine contributed 18,050 oz in May 2012, with cash costs of US$702/oz.",
     ("Finch Mine", None, date(2012, 5, 1), date(2012, 5, 31), "gold_produced_oz", 18050, False)),
]
PRODUCTION += [
    # 'grading'; a forecast in ounces is of production
    ("Ore processed through the Wren plant in May 2012 totalled 41,200 tonnes grading 4.8 g/t Au.",
     ("Wren plant", None, date(2012, 5, 1), date(2012, 5, 31), "head_grade_g_t", 4.8, False)),
    ("Kestrel is on track to meet its 2012 guidance of 70,000 ounces.",
     ("Kestrel Gold Corp.", None, date(2012, 1, 1), date(2012, 12, 31), "gold_produced_oz", 70000, True)),
    # an actual measured against guidance the sentence does not state is no forecast
    ("Kestrel produced a record 41.6koz in the March 2012 quarter, lifting production for the year to date to "
     "83.1koz, at the top of guidance.",
     ("Kestrel Gold Corp.", None, date(2012, 1, 1), date(2012, 3, 31), "gold_produced_oz", 41_600, False)),
    # a period still to come ('will be sold in the second quarter') frames no actual in the next sentence
    ("The Wren mine produced 14,600 ounces of gold in the first quarter of 2012. Gold sales for the quarter were "
     "limited to 13,250 ounces; the unsold ounces will be sold in the second quarter. The Wren mill processed 301,400 "
     "tonnes of ore at an average head grade of 1.67 g/t.",
     ("Wren mill", None, date(2012, 1, 1), date(2012, 3, 31), "ore_processed_t", 301_400, False)),
    # a bracket of prior figures labels the figure inside it, not the one before it; a period told 'in line with' a
    # figure is the compared one, no context for the next sentence
    ("Alluvial production totalled 56,071 oz, in line with the 1,751 kg (56,296 oz) achieved in 2010. The Group's "
     "average cash cost was US$187 per ounce (2010: US$203 per ounce).",
     ("Kestrel Gold Corp.", None, date(2010, 1, 1), date(2010, 12, 31), "cash_cost_per_oz", 203, False)),
    # 'attributable' between the figure and its ounces
    ("Kestrel produced 106,938 attributable ounces of gold in the first quarter of 2012, compared with 101,244 "
     "attributable ounces in Q4 2011.",
     ("Kestrel Gold Corp.", None, date(2011, 10, 1), date(2011, 12, 31), "gold_produced_oz", 101_244, False)),
    # a basis in brackets between a compared figure and its period
    ("The Wren mine produced 37,578 ounces in the first quarter of 2012, compared with 35,904 ounces (100%) in "
     "Q4 2011.",
     ("Wren mine", None, date(2011, 10, 1), date(2011, 12, 31), "gold_produced_oz", 35_904, False)),
]
NO_PRODUCTION += [
    # a cost per ounce of another metal
    "At the Wren mill, cash operating costs were US$4.12 per ounce of silver in the March 2012 quarter, net of gold "
    "by-product credits.",
    # a yield is the gold recovered per tonne, no head grade
    "At the Wren mine the overall yield fell to 3.27 g/t in the March 2009 quarter from 3.32 g/t owing to the greater "
    "proportion of low-grade surface material.",
    # a plant's size is no throughput
    "The second ball mill is expected to lift capacity to 450 tonnes per day by the fourth quarter of 2012.",
    "Ore from the Wren mine is trucked to a dedicated 1,600 tonnes per day carbon-in-pulp plant in May 2012.",
    # tonnes of waste, ore stockpiled ahead of commissioning, another metal's recovery
    "In May 2012 the mining contractor moved 1.4 million tonnes of waste and stockpiled 212,000 tonnes of ore ahead of "
    "commissioning.",
    "In May 2012 zinc recovery to a separate zinc concentrate at the Wren mill was 86.7%, at a grade of 53.4% zinc.",
    # a plant's design or a budget's recovery is no period's
    "Recovery at the Wren mill in May 2012 remained below the 90% design level because of transitional ore.",
    "Recoveries at the Wren mill in May 2012 have not yet reached the design level of 92%.",
    "In May 2012 the recoveries at the Wren mill were already close to the 91% we designed for.",
    "The Wren mill in May 2012 fell short of its budgeted recovery of 88% because of transitional ore.",
]


def test_a_sum_compared_with_a_cash_cost_is_no_cost():
    facts = _production("Cash costs at the Wren mine were US$601 per ounce in May 2012, compared with US$160.3 "
                        "million of revenue.")
    assert [(f[4], f[5]) for f in facts] == [("cash_cost_per_oz", 601)]


def test_the_quarter_in_a_release_framed_by_a_half_is_the_quarter_that_ends_it():
    text = ("KESTREL GOLD\n\nJuly 22, 2012\n\nTSX: KGC\n\nKestrel Gold Reports First Half Operations\n\n"
            "Vancouver, British Columbia - Kestrel Gold Corp. (TSX: KGC) reports its operating results for the first "
            "half of 2012 at the Wren mine.\n\nThe Wren mine milled 231,400 tonnes in the quarter, an average of "
            "2,543 tonnes per day.\n")
    facts = parse_release(text).production
    assert ("ore_processed_t", date(2012, 4, 1), date(2012, 6, 30)) in [
        (f.metric, f.period_start, f.period_end) for f in facts]


def test_the_parts_of_a_whole_a_sentence_opens_with_are_its_sources():
    # 'Of the 310,000 tonnes processed ..., 190,000 tonnes came from ...': the whole is the mill's, each part its
    # source's
    facts = parse_release(release(
        "Of the 310,000 tonnes processed at the Wren mill during the second quarter, 190,000 tonnes came from the "
        "Finch open pit at a grade of 2.05 g/t and 120,000 tonnes came from the Robin underground mine at 5.11 g/t.",
        when="July 14, 2012")).production
    assert {(f.site, f.ore_source, f.metric, f.value) for f in facts} == {
        ("Wren mill", None, "ore_processed_t", 310_000),
        ("Wren mill", "Finch open pit", "ore_processed_t", 190_000),
        ("Wren mill", "Finch open pit", "head_grade_g_t", 2.05),
        ("Wren mill", "Robin underground mine", "ore_processed_t", 120_000),
        ("Wren mill", "Robin underground mine", "head_grade_g_t", 5.11)}
    # a part hauled to the mill is part of what it processed, not ore mined
    facts = parse_release(release(
        "The Wren mill processed 1.31 million tonnes in the second quarter, including 410 kt hauled from the Finch "
        "pit, at an average head grade of 1.02 g/t.", when="July 14, 2012")).production
    assert ("Wren mill", "Finch pit", "ore_processed_t", 410_000) in {
        (f.site, f.ore_source, f.metric, f.value) for f in facts}


@pytest.mark.parametrize("part", [
    "The Wren mill produced 38,900 ounces in the second quarter. Ore from the Finch pit accounted for 9,450 ounces.",
    "The Wren mill produced 38,900 ounces in the second quarter, of which ore from the Finch pit contributed 9,450 "
    "ounces."])
def test_the_ounces_a_sources_ore_gave_are_the_mills_from_that_source(part):
    facts = parse_release(release(part, when="July 14, 2012")).production
    assert {(f.site, f.ore_source, f.metric, f.value) for f in facts} == {
        ("Wren mill", None, "gold_produced_oz", 38_900), ("Wren mill", "Finch pit", "gold_produced_oz", 9_450)}


def test_the_words_of_a_definition_name_no_figure():
    body = ("At the Wren mine in June 2012, gold produced, defined as doré poured plus the change in gold contained "
            "in carbon, was 3,390 ounces.")
    facts = parse_release(release(body, when="July 14, 2012")).production
    assert [(f.metric, f.value) for f in facts] == [("gold_produced_oz", 3_390)]


def test_a_company_named_resources_is_no_mineral_resource():
    # 'Harrowgate Resources Inc. ... today reported gold production of ...': the issuer's name, no resource estimate
    text = ("Harrowgate Reports Second Quarter 2013 Production\n\nRENO, Nev., July 10, 2013 /PRNewswire/ -- Harrowgate "
            "Resources Inc. (NYSE: HGR) (\"Harrowgate\" or the \"Company\") today reported gold production of 38,720 "
            "ounces for the second quarter of 2013 at its Pinto Canyon mine.\n\nThe Pinto Canyon mill processed "
            "286,000 tonnes in the quarter. Tailings from Kinross Resources Ltd. were not processed.\n")
    facts = {(f.site, f.metric, f.value) for f in parse_release(text).production}
    assert ("Pinto Canyon mine", "gold_produced_oz", 38_720) in facts
    # (a resource estimate still gives no production)
    facts = parse_release(release("The updated mineral resource estimate for the Wren mine contains 1.2 million "
                                  "ounces of gold.", when="July 14, 2012")).production
    assert list(facts) == []


def test_the_quarter_told_after_a_sentence_on_the_half_is_the_releases_quarter():
    # 'Production for the first six months of 2012 totalled ...' moves the running period to the half; 'in the quarter'
    # in the next sentence, beside a compared quarter, is still the release's quarter
    text = ("KESTREL GOLD\n\nJuly 22, 2012\n\nTSX: KGC\n\nKestrel Gold Reports Second Quarter Production\n\n"
            "Vancouver, British Columbia - Kestrel Gold Corp. (TSX: KGC) reports its production for the second "
            "quarter of 2012 at the Wren mine.\n\nThe Wren mine produced 4,471 ounces of gold in the second quarter. "
            "Production for the first six months of 2012 totalled 8,650 ounces.\n\nCash costs were $204 per ounce in "
            "the quarter (second quarter of 2011: $221 per ounce).\n")
    facts = {(f.metric, f.period_start, f.period_end, f.value) for f in parse_release(text).production}
    assert ("gold_produced_oz", date(2012, 1, 1), date(2012, 6, 30), 8_650) in facts
    assert ("cash_cost_per_oz", date(2012, 4, 1), date(2012, 6, 30), 204) in facts


def test_a_metric_word_after_a_figure_that_names_the_next_figure_is_the_next_ones():
    facts = parse_release(release("At the Wren mine, gold poured in the second quarter was 19,860 ounces and gold "
                                  "sold was 20,110 ounces.", when="July 14, 2012")).production
    assert {(f.metric, f.value) for f in facts} == {("gold_poured_oz", 19_860), ("gold_sold_oz", 20_110)}


@pytest.mark.parametrize("body", [
    # the parts after their sources' names, one part named by a name the release gives a pit elsewhere
    "Mining at the Finch open pit continued. Plant feed in May 2012 comprised 231,400 tonnes from Finch at 2.12 g/t "
    "and 67,300 tonnes of Lark underground ore at 4.74 g/t.",
    # a total, then its parts
    "In May 2012 a total of 298,700 tonnes of ore were treated at the Wren mill, of which 231,400 tonnes came from "
    "the Finch open pit and 67,300 tonnes from the Lark underground mine.",
    # the sources as subjects
    "In May 2012 the Finch open pit supplied 231,400 tonnes of the mill feed at 2.12 g/t and the Lark underground "
    "mine, 11 kilometres to the east, supplied 67,300 tonnes at 4.74 g/t.",
    # the mill unnamed in the sentence: the release's one mill; 'underground ore' from an underground mine
    "Mill feed for May 2012 comprised 231,400 t of Finch open pit ore at 1.71 g/t and 67,300 t of Lark "
    "underground ore at 3.95 g/t.",
])
def test_a_mills_feed_split_by_the_mines_it_came_from(body):
    text = release("The Wren mill is the Company's only processing plant.\n\n" + body)
    facts = {(f.site, f.ore_source, f.value) for f in parse_release(text).production if f.metric == "ore_processed_t"}
    assert ("Wren mill", "Finch open pit", 231400) in facts
    assert ("Wren mill", "Lark underground mine", 67300) in facts
    assert not any(v in (231400, 67300) and src is None for _, src, v in facts)


def test_an_alluvial_operations_cubic_metres_and_a_custom_mill():
    text = release("The Styx Valley alluvial operation processed 612,000 loose cubic metres of gravel at 0.11 grams "
                   "per loose cubic metre and recovered 2,140 ounces of gold in the June quarter (March quarter: 2,680 "
                   "ounces). The Minto Creek custom mill processed 3,520 tonnes of Company ore in June "
                   "2012.",
                   when="July 20, 2012")
    facts = {(f.site, f.period_start, f.metric, f.value) for f in parse_release(text).production}
    assert facts == {("Styx Valley alluvial operation", date(2012, 4, 1), "gold_recovered_oz", 2140),
                     ("Styx Valley alluvial operation", date(2012, 1, 1), "gold_recovered_oz", 2680),
                     ("Minto Creek custom mill", date(2012, 6, 1), "ore_processed_t", 3520)}


def test_a_release_that_groups_thousands_with_points_reads_its_ounces_so():
    text = release("The Board approved an increase of the capital stock of R$ 48.000.000,00. The Wren plant produced "
                   "38.640 ounces of gold in 2011, compared with 33.915 ounces in 2010.")
    assert {(f.period_start.year, f.value) for f in parse_release(text).production
            if f.metric == "gold_produced_oz"} == {(2011, 38_640), (2010, 33_915)}


def test_a_forecast_heading_names_no_site():
    text = release("FORECAST\n\nThe board's growth plan targets gold production of 250,775 oz in the financial year "
                   "ending 30 June 2014.")
    assert [(f.site, f.value, f.is_guidance) for f in parse_release(text).production] == [
        ("Kestrel Gold Corp.", 250_775, True)]


def test_a_result_with_an_expectation_in_a_clause_of_its_own_stays_a_result():
    assert _production("In 2011 the Sangkar gold mine produced 61,350 ounces of gold, and the Company expects the "
                       "expansion to lift annual capacity to 1.8 million tonnes of ore.") == [
        ("Sangkar mine", None, date(2011, 1, 1), date(2011, 12, 31), "gold_produced_oz", 61_350, False)]


def test_the_weight_of_the_gold_produced_is_no_tonnage_of_ore():
    assert _production("The Company produced 5.86 tonnes of gold in 2011, and the Wren mine processed 1.42 million "
                       "tonnes of ore in 2011.") == [
        ("Wren mine", None, date(2011, 1, 1), date(2011, 12, 31), "ore_processed_t", 1_420_000, False)]


def test_a_mill_that_shares_its_name_with_a_mine_it_is_fed_by_is_the_site():
    text = release("In May 2012 the Wren mill processed 204,100 tonnes of ore from the Wren underground mine at "
                   "3.41 g/t and 108,300 tonnes from the Finch open pit at 1.48 g/t.")
    facts = {(f.site, f.ore_source, f.metric, f.value) for f in parse_release(text).production}
    assert facts == {("Wren mill", "Wren underground mine", "ore_processed_t", 204100),
                     ("Wren mill", "Wren underground mine", "head_grade_g_t", 3.41),
                     ("Wren mill", "Finch open pit", "ore_processed_t", 108300),
                     ("Wren mill", "Finch open pit", "head_grade_g_t", 1.48)}


@pytest.mark.parametrize(("bracket", "period_start", "ounces"), [
    ("(March quarter: 388 kg (12,474 oz))", date(2012, 1, 1), 12474),
    ("(corresponding period: 1 388 kg (44 624 oz))", date(2011, 4, 1), 44624),
])
def test_the_ounces_of_a_prior_periods_kilograms_in_a_bracket_its_period_labels(bracket, period_start, ounces):
    text = release(f"The Wren mine produced 372 kg (11,960 oz) in the June quarter {bracket}.", when="July 20, 2012")
    facts = {(f.period_start, f.value) for f in parse_release(text).production if f.metric == "gold_produced_oz"}
    assert facts == {(date(2012, 4, 1), 11960), (period_start, ounces)}


def test_the_grade_of_each_sources_ore():
    text = release("The Wren plant milled ore from the Finch mine and the Lark mine in May 2012. Ore from "
                   "Finch averaged 8.64 g/t Au in May (April: 8.31 g/t), while ore from Lark averaged 5.98 g/t Au.")
    grades = {(f.site, f.ore_source, f.period_start.month, f.value) for f in parse_release(text).production
              if f.metric == "head_grade_g_t"}
    assert ("Wren plant", "Finch mine", 5, 8.64) in grades and ("Wren plant", "Finch mine", 4, 8.31) in grades
    assert ("Wren plant", "Lark mine", 5, 5.98) in grades


def test_a_one_word_heading_is_a_heading_and_a_bracketed_prior_figure_keeps_its_site():
    text = release("Mine\n\nThe Wren mine produced 4,880 tonnes of ore in May 2012.\n\nGroup\n\nThe Group cash cost "
                   "was US$553/oz in May 2012 (April: US$489/oz), the increase reflecting the start-up of the "
                   "Finch mine.")
    facts = {(f.site, f.metric, f.value) for f in parse_release(text).production}
    assert ("Wren mine", "ore_mined_t", 4880) in facts
    assert ("Kestrel Gold Corp.", "cash_cost_per_oz", 489) in facts and not any(
        site == "Finch mine" for site, _, _ in facts)


def test_an_alluvial_operation_is_a_site_and_a_month_heading_is_not():
    text = release("April Operations\n\nThe Oda River alluvial operation recovered 655 ounces of gold in April 2012.")
    assert [(f.site, f.value) for f in parse_release(text).production] == [("Oda River alluvial operation", 655)]


def test_a_plant_named_in_a_reason_is_not_the_site_of_a_cost():
    text = release("The Wren plant is the Company's only mill.\n\nSales and costs\n\nKestrel sold 20,410 ounces of "
                   "gold in May 2012. Cash cost per ounce of gold sold was $684 in May 2012, mainly due to the higher "
                   "proportion of underground ore in the plant feed.")
    costs = [f.site for f in parse_release(text).production if f.metric == "cash_cost_per_oz"]
    assert costs == ["Kestrel Gold Corp."]


def test_the_quarter_beside_a_month_is_the_releases_quarter():
    text = ("KESTREL GOLD\n\nOctober 14, 2015\n\nTSX: KGC\n\nKestrel Gold Reports Third Quarter 2015 Production\n\n"
            "Vancouver, British Columbia - Kestrel Gold Corp. (TSX: KGC) reports production for the third quarter "
            "ended September 30, 2015 from its Wren mine.\n\n"
            "The Wren mine produced 18,450 ounces of gold in September, bringing total production for the quarter "
            "to 52,310 ounces.\n")
    facts = {f.value: (f.period_start, f.period_end) for f in parse_release(text).production}
    assert facts == {18450: (date(2015, 9, 1), date(2015, 9, 30)), 52310: (date(2015, 7, 1), date(2015, 9, 30))}


def test_highlights_above_the_lead_paragraph_are_body():
    # an ASX quarterly: letterhead, headline, a highlights list, then the lead paragraph naming the issuer ('NL')
    text = ("KESTREL GOLD NL\n\nASX Code: KGC                 21 April 2005\n\n"
            "Quarterly Report for the Period Ended 31 March 2005\n\nHIGHLIGHTS\n\n"
            "*  Group gold production of 29,614 ounces\n*  Record throughput at the Wren plant\n\n"
            "Kestrel Gold NL (\"Kestrel\" or \"the Company\") operates the Wren plant in the Northern Goldfields of "
            "Western Australia, which treats ore from the Finch open pit and the Robin underground mine.\n")
    release = parse_release(text)
    assert release.header.issuer_name == "Kestrel Gold NL"
    assert [(f.site, f.period_start, f.value) for f in release.production] == [
        ("Kestrel Gold NL", date(2005, 1, 1), 29614)]


def test_salient_features_above_the_lead_are_body_and_the_lead_frames_the_period():
    # a JSE announcement: no dateline, 'SALIENT FEATURES' opening with next year's forecast, then the lead paragraph
    text = ("ZWARTKOP GOLD MINING LIMITED\n(Incorporated in the Republic of South Africa)\nJSE share code: ZWK\n\n"
            "OPERATING RESULTS FOR THE HALF YEAR ENDED 31 DECEMBER 2006\n\nSALIENT FEATURES\n"
            "- Forecast for the 2007 financial year revised to 4 550 kg (146 286 oz)\n"
            "- Group gold production of 2 323 kg (74 686 oz), up 3%\n\n"
            "Zwartkop Gold Mining Limited reports its operating results for the six months ended 31 December 2006, "
            "the first half of the financial year ending 30 June 2007.\n\n"
            "ZWARTKOP MINE\nThe Zwartkop plant milled 412 600 tonnes at a head grade of 5,18 g/t.\n\n"
            "Johannesburg\n20 February 2007\n")
    release = parse_release(text)
    facts = {(f.site, f.metric, f.value): (f.period_start, f.period_end) for f in release.production
             if not f.is_guidance}
    half = (date(2006, 7, 1), date(2006, 12, 31))
    assert facts == {("Zwartkop Gold Mining Limited", "gold_produced_oz", 74686): half,
                     ("Zwartkop plant", "ore_processed_t", 412600): half,
                     ("Zwartkop plant", "head_grade_g_t", 5.18): half}


def test_a_compared_period_does_not_become_the_running_one():
    text = release("In the first quarter of 2012 the Wren mill processed 163,250 tonnes of ore. Gold production "
                   "compared with 15,890 ounces of gold in the first quarter of 2011, when the mill ran on open pit "
                   "ore alone. The Wren mill processed 58,400 tonnes of ore from the Finch underground mine.")
    facts = {f.value: (f.period_start, f.period_end) for f in parse_release(text).production}
    assert facts[15890] == (date(2011, 1, 1), date(2011, 3, 31))
    assert facts[58400] == (date(2012, 1, 1), date(2012, 3, 31))


def test_the_headline_period_frames_the_release():
    # the headline's quarter, not the one the first highlight compares with
    text = ("KESTREL GOLD\n\n21 April 2005\n\nASX Code: KGC\n\nQuarterly Report for the Period Ended 31 March 2005\n\n"
            "Perth, Western Australia - Kestrel Gold Corp. (ASX: KGC) (\"Kestrel\" or the \"Company\") reports on its "
            "operations and its gold production to its shareholders today.\n\n"
            "- Group gold production of 29,614 ounces, up 8% on the December quarter (27,390 oz)\n\n"
            "The Wren plant treated a record 298,700 tonnes during the quarter.\n")
    facts = {(f.metric, f.value): (f.period_start, f.period_end) for f in parse_release(text).production}
    assert facts[("gold_produced_oz", 29614)] == (date(2005, 1, 1), date(2005, 3, 31))
    assert facts[("gold_produced_oz", 27390)] == (date(2004, 10, 1), date(2004, 12, 31))
    assert facts[("ore_processed_t", 298700)] == (date(2005, 1, 1), date(2005, 3, 31))


@pytest.mark.parametrize(("sentence", "fact"), PRODUCTION + [
    pytest.param(*c, marks=pytest.mark.xfail(strict=True)) for c in PRODUCTION_GAPS])
def test_production(sentence, fact):
    assert fact in _production(sentence)


@pytest.mark.parametrize("sentence", NO_PRODUCTION)
def test_no_production(sentence):
    assert _production(sentence) == []


# (sentence, expected subset of financing fields)
FINANCINGS = [
    # a sum of an offer's proceeds the issuer 'will apply' to repay a loan: a repayment to come, not the offer
    ("As a condition of the amendment, the company will apply R150 million of the proceeds of the rights offer "
     "described below to repay the term loan by no later than 31 July 2012.",
     {"instrument_type": "debt_repayment", "amount": 150_000_000, "currency": "ZAR"}),
    # unsecured notes named with more words ('unsecured fixed-rate corporate notes'; not convertible ones); an equity
    # line a buyer commits to, 'up to' a sum (no amount)
    ("On 8 June 2012 the Company completed the issue of PHP 1.5 billion of unsecured fixed-rate corporate notes to "
     "qualified institutional buyers.",
     {"instrument_type": "promissory_note", "status": "closed", "amount": 1_500_000_000, "currency": "PHP"}),
    ("Tamar, the holder of the Company's £500,000 convertible unsecured loan notes, has agreed to extend their final "
     "repayment date from 30 June 2012 to 30 June 2014.",
     {"instrument_type": "convertible_debenture", "amount": 500_000}),
    ("Kodiak Crest Capital, LLC has committed to purchase up to $5,000,000 of the Company's common stock over a period "
     "of 24 months under an equity purchase agreement.",
     {"instrument_type": "equity_offering", "amount": None}),
    # part of a loan's principal to be converted into shares under a restructuring: a settlement of debt in shares
    ("Under the restructuring, $4.0 million of principal will be converted into 45,600,000 common shares of the "
     "Company at a price of C$0.12 per share.",
     {"instrument_type": "debt_settlement", "amount": 4_000_000, "share_count": 45_600_000, "price_per_share": 0.12}),
    # a buyer that agrees to 'prepay' a sum against deliveries of gold makes a gold prepayment, no repayment
    ("Under an agreement signed on June 8, 2012, Auric Trading AG of Zug, Switzerland has agreed to prepay $2,000,000 "
     "against future deliveries of 5,400 ounces of gold from the Wren mine.",
     {"instrument_type": "secured_loan", "amount": 2_000_000}),
    # the year a repaid loan was provided or received places the loan, not the repayment, in the past
    ("Kestrel repaid in full the $1.5 million bridge loan provided by Sentinel Resource Capital Corp. in July 2011.",
     {"instrument_type": "debt_repayment", "status": "closed", "amount": 1_500_000}),
    ("On closing, Kestrel repaid in full the $1.5 million bridge loan it received in July 2011.",
     {"instrument_type": "debt_repayment", "status": "closed", "amount": 1_500_000}),
    # Chilean pesos by their sign; a convertible promissory note is convertible; a loan 'disbursed' or 'advanced'
    # with its term in words is made; the chairman 'of the Board' lends; a specific issue for cash is a placement; a
    # registered direct offering
    ("BRA has approved a peso-denominated revolving line of credit of Ch$1,500 million (approximately US$2.9 million) "
     "at an interest rate of 8.4% per annum.",
     {"instrument_type": "credit_facility", "amount": 1_500_000_000, "currency": "CLP", "interest_rate_pct": 8.4}),
    ("On June 8, 2012, the Company issued a convertible promissory note in the principal amount of $110,000 to "
     "Anchorage Bay Capital LLC for a purchase price of $100,000.",
     {"instrument_type": "convertible_debenture", "amount": 110_000, "counterparties": ("Anchorage Bay Capital LLC",)}),
    ("BCA has disbursed a five-year term loan of COP 18,500 million (approximately US$10.3 million) to MRC.",
     {"instrument_type": "secured_loan", "status": "closed", "amount": 18_500_000_000, "currency": "COP"}),
    ("Gordon Haig, Chairman of the Board, has advanced $250,000 to the Company by way of an unsecured promissory note.",
     {"instrument_type": "promissory_note", "status": "closed", "counterparties": ("Gordon Haig",)}),
    ("The board has approved a specific issue of 14 500 000 new Kestrel ordinary shares (\"the subscription shares\") "
     "for cash at R6,20 per share to the Thuthuka Empowerment Trust (\"the Trust\"), raising R89,9 million.",
     {"instrument_type": "private_placement", "amount": 89_900_000, "currency": "ZAR", "share_count": 14_500_000,
      "price_per_share": 6.2}),
    ("The Company has entered into securities purchase agreements for the purchase and sale of 3,600,000 ordinary "
     "shares at a purchase price of US$1.25 per share in a registered direct offering, for gross proceeds of US$4.5 "
     "million.",
     {"instrument_type": "equity_offering", "amount": 4_500_000, "share_count": 3_600_000, "price_per_share": 1.25}),
    # notes issued before the sentence turns to a loan repaid: the notes are a row, with their sum
    ("Subsequent to year end, the Company closed a US$60 million offering of convertible senior notes and repaid the "
     "ING term facility.",
     {"instrument_type": "convertible_debenture", "status": "closed", "amount": 60_000_000, "currency": "USD"}),
    # part of an offer's proceeds to be applied to a loan: a repayment to come, not the offer (nor a loan drawn)
    ("R150 million of the Rights Offer proceeds will be applied to reduce the amount drawn under the RCF.",
     {"instrument_type": "debt_repayment", "status": "announced", "amount": 150_000_000, "currency": "ZAR"}),
    # an insider who 'has loaned the Company' a sum: an unsecured loan, made, from that person
    ("Dale Oberg, President, Chief Executive Officer and a director of the Company, has loaned the Company $350,000 "
     "to fund care and maintenance of the camp and working capital.",
     {"instrument_type": "promissory_note", "status": "closed", "amount": 350_000, "counterparties": ("Dale Oberg",)}),
    # shares issued to an investor the release names, at a price per share: a placement
    ("The Company has issued 43,076,923 new ordinary shares to Sahel Strategic Holdings Ltd at 6.5 pence per share, "
     "raising gross proceeds of £2.8 million.",
     {"instrument_type": "private_placement", "status": "closed", "amount": 2_800_000, "currency": "GBP",
      "share_count": 43_076_923, "price_per_share": 0.065, "counterparties": ("Sahel Strategic Holdings Ltd",)}),
    # paying the interest arrears of a loan is a repayment
    ("Kestrel is in default under its US$8.0 million secured term loan (the \"Loan\").\n\nUnder the agreement the "
     "Company will pay the interest arrears of US$240,000 to Crestview on or before July 15, 2012, and a fee of "
     "US$80,000 will be added to the principal of the Loan.",
     {"instrument_type": "debt_repayment", "amount": 240_000, "currency": "USD"}),
    # commitments 'to place' shares are a placement
    ("Kestrel advises that it has received commitments to place 8,500,000 ordinary fully paid shares at A$0.20 per "
     "share to sophisticated and professional investors to raise A$1,700,000 before costs.",
     {"instrument_type": "private_placement", "amount": 1_700_000, "share_count": 8_500_000}),
    # a lender's demand for repayment names the loan; it is no repayment
    ("On June 4, 2012, the Company received a demand for repayment from Columbia Mining Finance Corp. of its "
     "CDN$2.5 million secured term loan, which matured on May 31, 2012.",
     {"instrument_type": "secured_loan", "amount": 2_500_000, "currency": "CAD"}),
    # options granted 'to purchase up to' a number of shares: that number of options
    ("The Company has also granted incentive stock options to directors and employees to purchase up to 250,000 "
     "common shares at a price of $0.50 per share exercisable until April 22, 2016.",
     {"instrument_type": "stock_options", "share_count": 250_000, "price_per_share": 0.5}),
    # a deposit paid against deliveries of gold is a stream
    ("Kestrel has entered into a definitive agreement with Silverstone Streaming Corp. pursuant to which Silverstone "
     "will pay an upfront deposit of US$120 million against future deliveries of 20% of the gold produced from Wren.",
     {"instrument_type": "royalty_stream", "amount": 120_000_000, "currency": "USD"}),
    ("Kestrel has raised an aggregate of U.S. $5,500,000 through the issuance of non-interest bearing "
     "promissory notes.",
     {"instrument_type": "promissory_note", "status": "closed", "amount": 5_500_000, "currency": "USD",
      "interest_rate_pct": 0.0}),
    ("Kestrel has closed a US$8,000,000 secured loan from Polar Bear Capital Ltd. bearing interest at 12% per annum "
     "and maturing on August 31, 2014.",
     {"instrument_type": "secured_loan", "status": "closed", "amount": 8_000_000, "interest_rate_pct": 12.0,
      "maturity_date": date(2014, 8, 31), "counterparties": ("Polar Bear Capital Ltd.",)}),
    ("The Company has granted options to directors and officers to purchase 1,500,000 common shares at a price of "
     "C$0.45 per share on or before June 14, 2017.",
     {"instrument_type": "stock_options", "share_count": 1_500_000, "price_per_share": 0.45,
      "price_currency": "CAD", "maturity_date": date(2017, 6, 14)}),
    ("Kestrel has signed a non-binding term sheet with Tundra Capital LLC for a US$15 million credit facility.",
     {"instrument_type": "credit_facility", "status": "proposed", "amount": 15_000_000}),
]
FINANCINGS += [
    # the warrant of a unit: its own row; one per unit, but the count is not written, so it stays null
    ("Kestrel closed a private placement of 12,500,000 units at C$0.08 per unit for gross proceeds of C$1,000,000. "
     "Each unit comprises one common share and one share purchase warrant exercisable at C$0.12 until March 3, 2014.",
     {"instrument_type": "warrants", "share_count": None, "price_per_share": 0.12,
      "maturity_date": date(2014, 3, 3)}),
    # amounts in words, prices in pence
    ("Kestrel has closed a twelve million dollar equipment finance facility with Northern Plains Equipment "
     "Finance Ltd.",
     {"instrument_type": "credit_facility", "amount": 12_000_000, "status": "closed"}),
    ("Kestrel has raised £4.2 million through a placing of 84,000,000 new ordinary shares at 5 pence per share.",
     {"instrument_type": "private_placement", "amount": 4_200_000, "currency": "GBP", "price_per_share": 0.05,
      "price_currency": "GBP"}),
    # a gold prepayment is a loan repaid in gold (not a repayment); a secured credit facility is a facility
    ("Kestrel has entered into a letter of intent with Boreal Capital Partners for a proposed US$20 million gold "
     "prepayment facility.",
     {"instrument_type": "secured_loan", "status": "proposed", "amount": 20_000_000}),
    # ... also when it is told how it will be paid back ('which will be repaid by delivering ... ounces of gold')
    ("Pacific Bullion has agreed to provide a NZ$6.0 million gold prepayment, which will be repaid by delivering 4,150 "
     "ounces of gold in 18 equal monthly deliveries commencing in March 2014.",
     {"instrument_type": "secured_loan", "amount": 6_000_000, "currency": "NZD"}),
    ("On 3 November 2011, the Company signed a gold prepayment agreement with Vilcanota Bullion Trading AG for "
     "USD 12,000,000, to be repaid through deliveries of gold by 29 June 2013.",
     {"instrument_type": "secured_loan", "amount": 12_000_000, "maturity_date": date(2013, 6, 29)}),
    ("Kestrel has signed a definitive agreement with Orion Mine Finance for a US$40 million senior secured credit "
     "facility.",
     {"instrument_type": "credit_facility", "counterparties": ("Orion Mine Finance",)}),
    # an approval received is not a financing closed; an extension sets the new maturity
    ("Kestrel has received conditional approval from the TSX Venture Exchange for its $3 million private placement.",
     {"instrument_type": "private_placement", "status": "announced"}),
    ("Kestrel has agreed to extend the maturity date of its C$5 million promissory note held by Orca Holdings Ltd. "
     "to December 31, 2013.",
     {"instrument_type": "promissory_note", "maturity_date": date(2013, 12, 31)}),
    # a ceiling is not an amount
    ("Kestrel has agreed to issue convertible notes raising up to A$3 million, convertible at A$0.06 per share.",
     {"instrument_type": "convertible_debenture", "amount": None, "price_per_share": 0.06}),
]
FINANCINGS += [
    # a repayment has no price per share, whatever share price the sentence tells beside it
    ("On May 20, 2012, Kestrel repaid the $20.0 million balance outstanding under its revolving credit facility with "
     "Front Range Commerce Bank, and 1,254,300 shares were repurchased at an average price of US$1.12 per share.",
     {"instrument_type": "debt_repayment", "amount": 20_000_000, "price_per_share": None, "price_currency": None}),
    # a price per share written 'each' after shares or units, in cents or in pence where a price stands
    ("In April 2012 the Company placed 6,750,000 ordinary shares at 31 cents each with institutional investors, "
     "raising A$2.09 million.",
     {"instrument_type": "private_placement", "amount": 2_090_000, "share_count": 6_750_000, "price_per_share": 0.31}),
    ("The Placing Agent has agreed to place, on a fully underwritten basis, 60,000,000 new Shares at HK$0.15 each to "
     "not less than six placees.",
     {"instrument_type": "private_placement", "share_count": 60_000_000, "price_per_share": 0.15,
      "price_currency": "HKD"}),
    ("In total 32,400,000 warrants will be issued, each exercisable at 8p into one ordinary share at any time until "
     "30 November 2013.",
     {"instrument_type": "warrants", "share_count": 32_400_000, "price_per_share": 0.08, "price_currency": "GBP"}),
]

FINANCINGS += [
    ("Kestrel has entered into an agreement with Canaccord Genuity Corp., pursuant to which the underwriters have "
     "agreed to purchase 8,000,000 common shares at C$1.25 per share for gross proceeds of C$10,000,000.",
     {"instrument_type": "equity_offering", "status": "announced", "amount": 10_000_000, "share_count": 8_000_000,
      "counterparties": ("Canaccord Genuity Corp.",)}),
    ("Kestrel has arranged a US$5 million loan from its largest shareholder, Orca Holdings Ltd., bearing interest at "
     "10% per annum and maturing on June 30, 2013.",
     {"instrument_type": "secured_loan", "counterparties": ("Orca Holdings Ltd.",), "interest_rate_pct": 10.0,
      "maturity_date": date(2013, 6, 30)}),
]
FINANCINGS += [
    ("Newmont Mining Corporation subscribed for 10,000,000 common shares at C$0.50 per share in the private placement "
     "for gross proceeds of C$5,000,000.",
     {"instrument_type": "private_placement", "counterparties": ("Newmont Mining Corporation",)}),
    ("Resource Capital Fund VI L.P. has agreed to provide a US$20 million secured loan facility to Kestrel.",
     {"instrument_type": "credit_facility", "amount": 20_000_000,
      "counterparties": ("Resource Capital Fund VI L.P.",)}),
    ("Kestrel has received the first advance of US$5 million under its credit facility with Macquarie Bank Limited.",
     {"instrument_type": "credit_facility", "status": "closed", "amount": 5_000_000}),
]
FINANCINGS += [
    ("The holder converted the US$1,000,000 principal amount of the convertible note into 10,000,000 common shares at "
     "a conversion price of $0.10 per share.",
     {"instrument_type": "convertible_debenture", "status": "closed", "share_count": 10_000_000,
      "price_per_share": 0.10}),
    ("Kestrel will settle accrued interest of $45,000 through the issuance of 450,000 common shares at a deemed "
     "price of $0.10 per share.",
     {"instrument_type": "debt_settlement", "amount": 45_000, "share_count": 450_000}),
    ("Kestrel has repriced 5,000,000 warrants from $0.50 to $0.20 and extended their expiry date to December 3, 2016.",
     {"instrument_type": "warrants", "price_per_share": 0.20, "maturity_date": date(2016, 12, 3)}),
    ("Kestrel has received firm commitments for a placement of 50,000,000 shares at A$0.04 per share to raise "
     "A$2.0 million, to be completed in two tranches.",
     {"instrument_type": "private_placement", "status": "announced", "amount": 2_000_000, "currency": "AUD"}),
    ("Kestrel will offer eligible shareholders a share purchase plan to raise up to A$1.5 million.",
     {"instrument_type": "equity_offering", "amount": None}),
    ("Kestrel has sold a 2.0% net smelter return royalty on the Wren project to Osprey Royalties Corp. for "
     "US$15 million in cash.",
     {"instrument_type": "royalty_stream", "status": "closed", "amount": 15_000_000}),
]
FINANCINGS += [
    # the day a facility is drawn is no maturity; the day a repayment is made is its date
    ("Prior to the Decree, on 14 May 2012, Kestrel drew down A$5 million under its revolving credit facility with "
     "Swan River Bank Limited.",
     {"instrument_type": "credit_facility", "status": "closed", "amount": 5_000_000, "maturity_date": None}),
    ("On April 11, 2012, Kestrel drew US$22.4 million under the Facility and used it to repay in full its term loan "
     "from Sandpiper Resource Capital LP.",
     {"instrument_type": "debt_repayment", "status": "closed", "amount": 22_400_000,
      "maturity_date": date(2012, 4, 11)}),
]
FINANCINGS += [
    # of two instrument phrases that overlap, the more specific; a secured note is a secured loan
    ("To provide for the judgment debt, Kestrel on 3 June 2012 signed a R120 million bridge loan facility with Rand "
     "Merchant Bank.",
     {"instrument_type": "credit_facility", "amount": 120_000_000, "currency": "ZAR", "maturity_date": None}),
    ("Kestrel has also entered into a convertible loan agreement with Bremer Bay for A$2.0 million. The loan bears "
     "interest at 10% per annum and matures on 31 March 2014.",
     {"instrument_type": "convertible_debenture", "amount": 2_000_000, "interest_rate_pct": 10.0,
      "maturity_date": date(2014, 3, 31)}),
    ("Kestrel issued a secured promissory note in the principal amount of US$3,250,000 to Great Basin Mineral "
     "Holdings LLC.",
     {"instrument_type": "secured_loan", "amount": 3_250_000}),
]
FINANCINGS += [
    # compensation options and finder's warrants are warrants; shares issued on a flow-through basis a placement
    ("The Agent received a cash commission equal to 7% of the gross proceeds and 406,000 compensation options, each "
     "exercisable to acquire one common share of the Corporation at $0.42 until March 15, 2014.",
     {"instrument_type": "warrants", "share_count": 406_000, "price_per_share": 0.42,
      "maturity_date": date(2014, 3, 15)}),
    ("Kestrel paid a cash finder's fee of $71,820 to Laviolette Securities Inc. and issued to it 171,000 "
     "non-transferable finder's warrants, each exercisable to acquire one common share at $0.42 until June 14, 2013.",
     {"instrument_type": "warrants", "share_count": 171_000, "price_per_share": 0.42,
      "counterparties": ("Laviolette Securities Inc.",)}),
    ("Concurrently, Kestrel issued 3,600,000 common shares on a charity flow-through basis (the \"Charity FT "
     "Shares\") at $0.56 per Charity FT Share for gross proceeds of $2,016,000.",
     {"instrument_type": "private_placement", "status": "closed", "amount": 2_016_000, "share_count": 3_600_000,
      "price_per_share": 0.56}),
]
FINANCINGS += [
    # placements named by their amount or their investors, and subscriptions by agreement
    ("Kestrel has completed a A$12.5 million placement to sophisticated and professional investors at A$0.08 per "
     "share.",
     {"instrument_type": "private_placement", "status": "closed", "amount": 12_500_000, "currency": "AUD",
      "price_per_share": 0.08}),
    ("Kestrel has entered into a subscription agreement with Newmont Mining Corporation pursuant to which Newmont "
     "will subscribe for 15,000,000 common shares at a price of C$0.60 per share for gross proceeds of C$9,000,000.",
     {"instrument_type": "private_placement", "amount": 9_000_000, "currency": "CAD", "share_count": 15_000_000,
      "counterparties": ("Newmont Mining Corporation",)}),
    # a package of two instruments: each takes the amount written just before its words
    ("Kestrel has signed a term sheet with Orion Mine Finance for a US$100 million project finance package "
     "comprising a US$60 million senior secured term loan and a US$40 million gold stream.",
     {"instrument_type": "royalty_stream", "status": "proposed", "amount": 40_000_000, "currency": "USD"}),
    # the proceeds stated in the next sentence complete the placement described
    ("An aggregate of 180,000,000 Placing Shares have been successfully placed by Kowloon Bay Securities Limited at "
     "the Placing Price of HK$0.42 per Placing Share. The gross proceeds from the Placing are HK$75.6 million.",
     {"instrument_type": "private_placement", "amount": 75_600_000, "currency": "HKD", "share_count": 180_000_000,
      "price_per_share": 0.42}),
    # 'N shares at A$0.21' is the price; the amount is the sum raised
    ("In August we completed a placement of 69.0 million shares at A$0.21 to institutional and sophisticated "
     "investors, raising A$14.5 million.",
     {"instrument_type": "private_placement", "amount": 14_500_000, "share_count": 69_000_000,
      "price_per_share": 0.21}),
    ("The Company also issued 2,500,000 flow-through shares at C$0.50 per flow-through share for gross proceeds of "
     "C$1,250,000.",
     {"instrument_type": "private_placement", "amount": 1_250_000, "currency": "CAD", "share_count": 2_500_000}),
    # half a warrant per unit: the warrants' terms, their count not stated
    ("The Company has closed a private placement of 15,000,000 units at a price of C$0.40 per unit for gross proceeds "
     "of C$6,000,000. Each unit consists of one common share and one-half of one common share purchase warrant, each "
     "whole warrant entitling the holder to acquire one common share at C$0.60 until June 30, 2014.",
     {"instrument_type": "warrants", "share_count": None, "price_per_share": 0.6,
      "maturity_date": date(2014, 6, 30)}),
]
FINANCINGS += [
    # an ISO code written against the number; the borrower's subsidiary is no counterparty
    ("Kestrel, through its wholly owned subsidiary Wren Mining (Pty) Ltd, has concluded a ZAR300 million secured term "
     "loan with Karoo Merchant Bank Limited.",
     {"instrument_type": "secured_loan", "amount": 300_000_000, "currency": "ZAR",
      "counterparties": ("Karoo Merchant Bank Limited",)}),
    # a tranche listed under a facility is the facility's; under convertible notes in tranches, the notes'
    ("Kestrel has concluded a ZAR145 million equipment finance facility with Karoo Merchant Bank Limited. The facility "
     "comprises two tranches:\n\n- Tranche A of R95 million, repayable by 30 November 2015; and\n"
     "- Tranche B of R50 million, available for drawing until 30 June 2013.",
     {"instrument_type": "credit_facility", "amount": 50_000_000, "currency": "ZAR"}),
    ("Kestrel has agreed the issue of A$25 million of convertible notes in two tranches. The Notes will be issued as "
     "follows:\n\n- Tranche 1: A$15 million, to be issued on 20 June 2012; and\n"
     "- Tranche 2: A$10 million, subject to shareholder approval.",
     {"instrument_type": "convertible_debenture", "amount": 10_000_000, "currency": "AUD"}),
]
FINANCINGS += [
    # options issued (not granted) to a lender or an adviser are warrants; the same to the directors, their options
    ("Subject to shareholder approval, Polar Bear Capital Ltd. will also be issued 2,000,000 options over ordinary "
     "shares exercisable at C$0.55 on or before April 30, 2014.",
     {"instrument_type": "warrants", "share_count": 2_000_000, "price_per_share": 0.55,
      "maturity_date": date(2014, 4, 30)}),
    ("The Company will issue a total of 4,500,000 unlisted options to directors Peter Kolodziej (3,000,000) and Anne "
     "Loh (1,500,000), each exercisable at C$0.065 on or before November 30, 2015.",
     {"instrument_type": "stock_options", "share_count": 4_500_000, "price_per_share": 0.065}),
]
FINANCINGS += [
    # an over-allotment option exercised: its own row, done
    ("Pursuant to the over-allotment option, the Underwriters today purchased an additional 1,800,000 common shares "
     "at the offering price of C$3.85 per share, for additional gross proceeds of C$6,930,000.",
     {"instrument_type": "equity_offering", "amount": 6_930_000, "currency": "CAD", "share_count": 1_800_000,
      "price_per_share": 3.85, "status": "closed"}),
]
FINANCINGS += [
    # an unsecured loan is the nearest type of the vocabulary: a promissory note
    ("The Company has closed a $5 million unsecured loan from its Chairman, bearing interest at 12% per annum and "
     "maturing on June 30, 2013.",
     {"instrument_type": "promissory_note", "amount": 5_000_000, "interest_rate_pct": 12.0,
      "maturity_date": date(2013, 6, 30), "status": "closed"}),
]
FINANCINGS += [
    # debt converted into shares is settled; a mandate letter is a proposal
    ("Kestrel has converted US$3 million of debt owed to Resource Capital Fund into 12,000,000 common shares at "
     "C$0.33 per share.",
     {"instrument_type": "debt_settlement", "amount": 3_000_000, "share_count": 12_000_000, "status": "closed"}),
    ("The Company has signed a mandate letter with BNP Paribas for a US$100 million project finance facility.",
     {"instrument_type": "credit_facility", "amount": 100_000_000, "status": "proposed"}),
]
FINANCINGS += [
    # the final payment under a facility is a repayment
    ("On May 31, 2012, Kestrel made the final US$1.25 million payment under its gold prepayment facility with "
     "Cordillera Metals Trading AG.",
     {"instrument_type": "debt_repayment", "amount": 1_250_000, "status": "closed"}),
]
FINANCINGS += [
    # a JSE rights offer: rand prices with a decimal comma, share counts grouped by spaces
    ("Kestrel will raise R96 million by way of a renounceable rights offer of 48 000 000 new ordinary shares at "
     "R2,00 per share.",
     {"instrument_type": "equity_offering", "amount": 96_000_000, "currency": "ZAR", "share_count": 48_000_000,
      "price_per_share": 2.0}),
    # a working capital loan is no working-capital balance; a date that opens the sentence is no maturity
    ("On March 4, 2011, the Company signed a working capital loan agreement of RMB 20 million with Hunan Xiangjiang "
     "Bank.",
     {"instrument_type": "secured_loan", "amount": 20_000_000, "currency": "CNY", "maturity_date": None}),
    # a credit line; 'with final repayment on' is its term, not a repayment
    ("On 14.05.2013 the Company signed a credit line agreement with OJSC Uralsky Bank for RUB 900 million at 11.5% "
     "per annum, with final repayment on 30.06.2016.",
     {"instrument_type": "credit_facility", "amount": 900_000_000, "currency": "RUB",
      "maturity_date": date(2016, 6, 30)}),
    # indebtedness settled in shares, the amount written between
    ("Kestrel proposes to settle an aggregate of $48,000 of indebtedness to two directors through the issuance of "
     "600,000 common shares at a deemed price of $0.08 per share.",
     {"instrument_type": "debt_settlement", "amount": 48_000, "share_count": 600_000}),
    # proceeds used to settle a balance in cash are a repayment
    ("Part of the proceeds was used to settle, in full, the R12.5 million that remained outstanding under the "
     "instalment sale agreement with Karee Equipment Finance (Proprietary) Limited.",
     {"instrument_type": "debt_repayment", "amount": 12_500_000,
      "counterparties": ("Karee Equipment Finance (Proprietary) Limited",)}),
]
FINANCINGS += [
    # term loans that are tranches of a bank facility
    ("Kestrel has signed a A$150 million syndicated facility with Capricorn Banking Corporation and Coral Sea Bank, "
     "comprising an A$100 million term loan and an A$50 million revolving facility, both maturing on 31 March 2016.",
     {"instrument_type": "credit_facility", "amount": 100_000_000}),
    ("The Company entered into a credit agreement providing for a $400 million delayed-draw term loan maturing on "
     "February 24, 2017.",
     {"instrument_type": "credit_facility", "amount": 400_000_000}),
    # money received in U.S.$ is done
    ("The Company has received a U.S.$30 million deposit from Meridian Precious Metals AG under its gold stream "
     "agreement.",
     {"instrument_type": "royalty_stream", "status": "closed", "amount": 30_000_000}),
    # proceeds to prepay a lease balance: a repayment, not a new lease
    ("The funds will be used to prepay the USD 2,100,000 balance of the financial lease with Banco Altoandino S.A. "
     "for the plant's ball mill.",
     {"instrument_type": "debt_repayment", "amount": 2_100_000, "status": "announced"}),
    # options issued to a placement's lead manager are warrants
    ("The Company has also issued 10,000,000 options to the lead manager to the placement, exercisable at A$0.08 "
     "each on or before 30 June 2014.",
     {"instrument_type": "warrants", "share_count": 10_000_000, "price_per_share": 0.08,
      "maturity_date": date(2014, 6, 30)}),
    # a placement's parts and their total; the day of a meeting is no maturity
    ("The placement to sophisticated investors announced on 19 April 2012 was completed in two tranches. "
     "Following shareholder approval at the general meeting held on 30 May 2012, the Company has today issued "
     "Tranche 2, comprising 31,250,000 shares to sophisticated investors and 6,250,000 shares to Directors, a total "
     "of 37,500,000 shares at A$0.04 per share raising A$1,500,000.",
     {"instrument_type": "private_placement", "share_count": 37_500_000, "amount": 1_500_000, "maturity_date": None}),
    ("Tranche 2 Placement of A$1.5 million completed following shareholder approval.",
     {"instrument_type": "private_placement", "amount": 1_500_000}),
]
FINANCINGS += [
    # a repayment now of a balance under agreements that date from long ago
    ("Part of the proceeds was used to settle, in full, the R38.6 million that remained outstanding under the "
     "instalment sale agreements with Karee Equipment Finance (Pty) Ltd, which had financed the fleet since 2006.",
     {"instrument_type": "debt_repayment", "amount": 38_600_000}),
    # a coupon with a fraction
    ("Kestrel has priced US$200 million of 7 3/8% senior secured notes due 2029.",
     {"instrument_type": "secured_loan", "amount": 200_000_000, "interest_rate_pct": 7.375}),
]
NO_FINANCINGS = [
    # what a royalty is expected to earn is no royalty sold
    "At a gold price of $1,400 per ounce, Kestrel expects the Birch Lake Royalty to generate annual revenue of "
    "approximately $1.0 million.",
    # a royalty the issuer receives as part of the price of a property it sells is no royalty financing
    "Kestrel has conditionally agreed to sell its 100% interest in the Cwm Elan project to Dunmore Resources Ltd in "
    "exchange for 3,000,000 ordinary shares of Dunmore and a 2% net smelter return royalty on the project.",
    # a balance of principal outstanding under a loan is no new financing
    "As at 29 February 2012, US$10.2 million of principal and accrued interest was outstanding under the Kingfisher "
    "loan, which was due for repayment on 30 June 2012.",
    # the issuer's cash and what the offers will fund are no instrument's sums
    "The Company's cash of A$38m at 29 February 2024, the Placement, the SPP and the Project Loan are sufficient to "
    "fund the A$254m pre-production capital estimate, owner's costs, working capital and a contingency.",
    # an earlier raising told as history, and a gold price beside a repayment
    "In 2010 the Company raised GBP14.2 million in a placing to fund the Definitive Feasibility Study.",
    "The Company's placing of November 2011, which raised £1.1 million, funded the first phase of drilling at Wren.",
    "\"We intend to have the revolver fully repaid by mid-2013 if gold stays above $1,900.\"",
    # a facility only mentioned (unaffected, nothing drawn), warrants someone holds, a state's royalty, what a royalty
    # could be worth
    "The company's R45 million project loan facility with Witbank Merchant Bank Limited, of which R32 million was "
    "drawn at the end of May 2012, is not affected by these changes.",
    "The Company has no amounts drawn under its $75 million revolving credit facility.",
    "The Company's existing R$40 million debentures held by Banco Itaparica S.A. are unaffected by the prepayment.",
    "Mr. Vreeland also holds 2,400,000 warrants of the Company acquired in a 2011 private placement.",
    "Royalties of US$8.0 million were paid to the Government of Ghana at the statutory rate of 5% of revenue.",
    "Tweedsmuir has estimated that if Bluejay Creek were brought into production the royalty could be worth "
    "approximately $400,000 per year.",
    # a balance after the action just told, a repayment that was not made, and what could or would have happened
    "Following the conversion and the redemption, US$17,500,000 principal amount of Bonds will remain outstanding.",
    "After the repayment the outstanding debt under the credit line is KZT 13,500 million.",
    "Following the repayment, the Company's only borrowings are the notes and an undrawn R600 million revolving "
    "credit facility.",
    "- Scheduled US$4.2 million principal repayment due 30 September 2012 not made; senior facility in default",
    "If the forbearance period expires without an agreed restructuring, the Lenders could demand repayment of the "
    "US$38.6 million outstanding.",
    "Had the note not been restructured, the Company would have been required to repay the full $1,500,000 tomorrow.",
    # the options on issue after a grant, counted
    "Following the grants, the Company has 5,120,000 stock options outstanding, representing approximately 8.6% of its "
    "issued and outstanding common shares.",
    # the schedule of a loan already told
    "The balance of the loan, $3.0 million, is repayable in four equal semi-annual instalments.",
    # a financing called off
    "The $1,500,000 non-brokered private placement announced on May 14, 2012 has been terminated.",
    "Kestrel announces that it has terminated the non-brokered private placement of up to 8,000,000 units at a price "
    "of $0.075 per unit that it announced on April 25, 2012.",
    # what royalties earn or cost is no royalty sold for money
    "- Record royalty receipts of A$1.96 million for the quarter",
    "Kestrel has paid more than $300 million in taxes and royalties since 2007.",
    "At a gold price of US$300 per ounce, the royalty would generate revenue of approximately $560,000 per year.",
    "Those assessments, for income tax, withholding tax and royalty, totalled TZS 412.6 billion.",
    # a loan entered into years ago and since settled: background
    "The Company's last remaining financing obligation, the $12 million gold prepayment entered into with a "
    "commodities trader in 2008, was fully settled through deliveries completed in 2010.",
    # a cash balance at the head of a highlight beside an undrawn facility
    "- Cash of A$46.8 million at 31 December 2011; project loan facility undrawn",
    # a redemption in its own ';' clause takes no amount from the issue before it (and states none of its own)
    "- $300 million of 6.75% senior notes issued; 8.25% notes due 2017 redeemed in full",
    # last year's placements recalled in this year's release
    "In 2011, the Corporation raised $3.1 million through two private placements.",
    # cash held after a financing is a balance
    "Following completion of the share purchase plan and the placement, the Company has cash of approximately A$5.1 "
    "million.",
    # financings the sentence places well before the release: background
    "The Company last raised funds in November 2009, when it placed 15,000,000 shares at 9p.",
    "In 2010, Kestrel raised $3.1 million through two private placements.",
    "The Wren mill was built in 2005 and funded by a $60 million project loan, which was repaid in 2008.",
    # a facility told only as still available
    "The US$45 million project loan facility announced on March 4, 2012 remains available.",
    # a royalty the company bought is an acquisition, not a financing
    "Kestrel's previous royalty acquisition, announced in 2010, was a 1.5% NSR royalty on a development project in "
    "Sonora, Mexico, purchased for U.S. $12.0 million.",
    # what a meeting is asked to ratify or approve: no issue of its own (nor a count of 1 from 'Tranche 1')
    "Resolution 1 - Ratification of the prior issue of 37,500,000 Tranche 1 Placement Shares at A$0.08 per share under "
    "Listing Rule 7.1, which were issued on 22 May 2012.",
    "Resolution 2 - Approval of the issue of up to 25,000,000 Tranche 2 Placement Shares at A$0.08 per share to the "
    "participants in the Placement.",
    # a conversion told in its own clause, two years back, beside a settlement of last month
    "The $6.5 million gold prepayment provided by Bullion Traders Limited in 2010 was fully settled through deliveries "
    "completed in May 2012, and the $4.0 million of convertible notes held by our largest shareholder were converted "
    "into 40,000,000 shares in August 2010.",
    # a possibility, and warrants issued in an earlier placement that expire
    "Kestrel has begun discussions with banks about construction financing, which could include a senior secured "
    "project loan of approximately US$150 million.",
    "The 2,300,000 warrants issued in the Company's 2010 private placement, exercisable at C$2.60 per share, expire "
    "on December 15, 2012.",
    # a facility that lapsed without being drawn
    "The $3 million standby credit line provided by the Chairman in 2021 was never drawn and expired at the end of "
    "2022.",
    # options held by a director that will expire: no grant
    "Stock options to purchase 1,250,000 shares held by Mr. Jorge Sanchez will expire on September 25, 2012 under "
    "the terms of the plan unless exercised earlier.",
    # a price threshold is no principal
    "After June 30, 2013, the Company may force conversion of the Debentures if the volume-weighted average price of "
    "its common shares exceeds U.S. $2.78 for 20 consecutive trading days.",
    # a cash balance that includes a placement's proceeds, and a royalty the property is subject to
    "The program is fully funded from the Company's existing treasury, which stood at C$9.4 million at March 31, "
    "2012, and includes the proceeds of the private placement completed in February 2012.",
    "Wayllay is subject to a 2% net smelter return royalty held by Huaylas, half of which may be purchased by the "
    "Company for US$1.0 million.",
    # a royalty retained on a sale, or argued over in court; options and warrants counted as outstanding
    "Kestrel has also retained a 1.0% net smelter return royalty on the project, half of which the buyer may "
    "repurchase for $1.5 million.",
    "Porcupine commenced the action in October 2011, claiming that a 2% net smelter return royalty granted in 1996 "
    "also applied to the Bigstone claims, and sought damages of $42 million.",
    "As of June 11, 2012, the Company had 161,420,350 common shares, 9,865,000 stock options with a weighted average "
    "exercise price of $1.18 and 4,200,000 warrants exercisable at $1.75 until March 2, 2015 outstanding.",
    # liquidity and capacity available under a facility are no financing
    "Liquidity of $1.1 billion, including $386 million of cash and $714 million available under the undrawn "
    "revolving credit facility.",
    "During the quarter the Company repaid US$0 under the facility, which remained undrawn at March 31, 2012, with "
    "$714 million available after letters of credit.",
]
BUGS_CAUGHT = [
    # a finder's fee paid alongside warrants is not their exercise price
    ("Kestrel paid finder's fees of C$126,000 in cash and issued 315,000 finder's warrants, each exercisable at "
     "C$0.40 until June 20, 2014.",
     {"instrument_type": "warrants", "share_count": 315_000, "price_per_share": 0.40}),
    # an amended facility: its new size, done; options to subscribe for shares; fully paid ordinary shares counted
    ("Kestrel has amended its senior secured revolving credit facility with Banque Saguenay to increase the "
     "commitment from US$30 million to US$50 million and to extend the maturity date to March 31, 2015.",
     {"instrument_type": "credit_facility", "status": "closed", "amount": 50_000_000,
      "maturity_date": date(2015, 3, 31)}),
    ("On 10 April 2012, the Board granted to Mr. Ho options to subscribe for 5,000,000 shares of the Company at an "
     "exercise price of HK$0.62 per share, exercisable until 30 April 2017.",
     {"instrument_type": "stock_options", "share_count": 5_000_000, "price_per_share": 0.62, "price_currency": "HKD"}),
    ("Kestrel has completed a placement of 40,000,000 fully paid ordinary shares at A$0.50 per share to raise A$20m "
     "before costs.",
     {"instrument_type": "private_placement", "share_count": 40_000_000, "amount": 20_000_000, "currency": "AUD"}),
    # a loan that matured and has not been repaid is in default, no repayment
    ("The USD 2.5 million secured bridge loan advanced to the Company in December 2011 by Copper Canyon Opportunity "
     "Fund LP matured on March 31, 2012 and has not been repaid.",
     {"instrument_type": "secured_loan", "status": "in_default", "amount": 2_500_000,
      "maturity_date": date(2012, 3, 31)}),
    # warrants exercised for proceeds are a row (closed) with the count, the price and what they raised; a
    # series' date is no count
    ("Holders of the Company's warrants issued on November 26, 2010 (the \"November 2010 Warrants\") have exercised "
     "2,667,000 November 2010 Warrants at an exercise price of C$0.45 per share, for total proceeds to the Company of "
     "C$1,200,150.",
     {"instrument_type": "warrants", "status": "closed", "amount": 1_200_150, "share_count": 2_667_000,
      "price_per_share": 0.45}),
    ("A total of 3,500,000 warrants exercisable at C$0.50 were exercised during the quarter for proceeds of "
     "C$1,750,000.",
     {"instrument_type": "warrants", "status": "closed", "amount": 1_750_000, "share_count": 3_500_000}),
    ("The Company has also received notices of exercise in respect of 2,500,000 warrants at 3 pence per share, "
     "raising GBP75,000.",
     {"instrument_type": "warrants", "status": "closed", "amount": 75_000, "currency": "GBP",
      "share_count": 2_500_000}),
    # prices in cents; options exercised for proceeds; restricted share units; a repricing of outstanding warrants;
    # secured gold-linked notes (the note's face value is no amount)
    ("During the quarter, holders exercised 6,000,000 warrants at an exercise price of US 7 cents per share, for "
     "proceeds of $420,000.",
     {"instrument_type": "warrants", "status": "closed", "amount": 420_000, "share_count": 6_000_000,
      "price_per_share": 0.07, "price_currency": "USD"}),
    ("Employees and directors also exercised 1,150,000 stock options at $0.05 per share during the quarter, for "
     "proceeds of $57,500.",
     {"instrument_type": "stock_options", "status": "closed", "amount": 57_500, "share_count": 1_150_000}),
    ("The Board has also granted Ms. Calloway 600,000 restricted share units under the Company's omnibus equity "
     "incentive plan.",
     {"instrument_type": "stock_options", "share_count": 600_000}),
    ("The Company also proposes to reduce the exercise price of 8,450,000 outstanding common share purchase warrants "
     "from $0.45 to $0.28 per share.",
     {"instrument_type": "warrants", "share_count": 8_450_000, "price_per_share": 0.28}),
    ("The Company has issued 4,000 secured gold-linked notes with a face value of A$1,000 each to Coral Sea Resource "
     "Capital Pty Ltd, raising A$4,000,000.",
     {"instrument_type": "secured_loan", "amount": 4_000_000, "currency": "AUD"}),
    # a warrant's terms in the sentence after the unit's
    ("Kestrel has closed a private placement of 4,000,000 units at $0.25 per unit for gross proceeds of $1,000,000. "
     "Each unit consists of one common share and one-half of one common share purchase warrant. Each whole warrant "
     "entitles the holder to acquire one common share at $0.40 until October 14, 2014.",
     {"instrument_type": "warrants", "price_per_share": 0.4, "maturity_date": date(2014, 10, 14), "share_count": None}),
    # an amount repeated in another currency for the reader is no amount of its own
    ("Kestrel's subsidiary has signed an XOF 32.8 billion (approximately €50 million) term loan facility with a "
     "syndicate of regional banks.",
     {"instrument_type": "credit_facility", "amount": 32_800_000_000, "currency": "XOF"}),
    # debentures converted into shares, and shares issued in payment of interest, settle debt; '1.2 million dollars'
    ("In the first quarter of 2012, holders of 1.2 million dollars in principal amount of the Company's 10% secured "
     "convertible debentures converted their Debentures into 24,000,000 shares of common stock.",
     {"instrument_type": "debt_settlement", "status": "closed", "amount": 1_200_000, "share_count": 24_000_000}),
    ("On May 31, 2012, the Company issued 1,862,500 shares of common stock in payment of $74,500 of interest payable "
     "on the Debentures, at a price of $0.04 per share.",
     {"instrument_type": "debt_settlement", "amount": 74_500, "share_count": 1_862_500, "price_per_share": 0.04}),
    # a placing 'conditionally raised' is not yet done
    ("The Company has conditionally raised GBP 3.5 million (before expenses) through a placing of 87,500,000 new "
     "ordinary shares at 4 pence per share with institutional investors.",
     {"instrument_type": "private_placement", "status": "announced", "amount": 3_500_000, "share_count": 87_500_000}),
    # a cost overrun facility is a credit facility
    ("Kestrel has arranged a A$5 million cost overrun facility with Swan Capital Bank Limited, available until the "
     "project achieves practical completion.",
     {"instrument_type": "credit_facility", "status": "announced", "amount": 5_000_000, "currency": "AUD"}),
    # invoices settled in shares
    ("The Company has agreed with Sefwi Earthmoving Limited to settle invoices totalling GBP84,000 through the "
     "allotment of 2,100,000 new ordinary shares at 4p per share.",
     {"instrument_type": "debt_settlement", "amount": 84_000, "currency": "GBP", "share_count": 2_100_000,
      "counterparties": ("Sefwi Earthmoving Limited",)}),
    # the years fees accrued in place the debt, not its settlement
    ("The Company has also issued 450,000 common shares at a deemed price of $0.20 per share to settle $90,000 of "
     "management fees owed to its President, which accrued during 2010 and 2011.",
     {"instrument_type": "debt_settlement", "status": "closed", "amount": 90_000, "share_count": 450_000}),
    # a loan capitalised into shares; a party's name that holds 'is' ('Carbis Bay') is no list after 'is'
    ("Kestrel announces that its largest shareholder, Carbis Bay Holdings Limited (\"Carbis Bay\"), has agreed to "
     "convert the greater part of its loan. Carbis Bay has agreed to capitalise GBP1,350,000 of the loan by "
     "subscribing for 30,000,000 new ordinary shares of 1p each at a price of 4.5p per share.",
     {"instrument_type": "debt_settlement", "amount": 1_350_000, "share_count": 30_000_000,
      "counterparties": ("Carbis Bay Holdings Limited",)}),
    # a loan repayable from a drawing under another loan is not drawn in parts
    ("Bramhall has also advanced a US$750,000 bridge loan to the company, which bears interest at 10 per cent per "
     "annum, is secured by the Minnitaki property and is repayable from the first drawdown under the gold loan or on "
     "Sept. 30, 2012, whichever is earlier.",
     {"instrument_type": "secured_loan", "amount": 750_000}),
    # a finance lease is the nearest type, a secured loan
    ("On 2 March 2012, Kestrel concluded a R145 million finance lease with Marula Equipment Finance (Pty) Ltd for a "
     "fleet of twelve underground haul trucks.",
     {"instrument_type": "secured_loan", "status": "closed", "amount": 145_000_000, "currency": "ZAR"}),
    # an ownership interest is no interest rate
    ("Kestrel has closed a US$10 million secured loan from Polar Capital Ltd. to fund the acquisition of a 90 per "
     "cent. interest in the Wren mine.",
     {"instrument_type": "secured_loan", "amount": 10_000_000, "interest_rate_pct": None}),
    # a stock exchange's approval makes no settlement an exchangeable loan
    ("- Shares for debt settlement of C$480,000\n\nSubject to the approval of the Toronto Stock Exchange, the Company "
     "will settle C$480,000 of fees owed to Ashby Engineering Inc. by issuing 3,200,000 common shares at a deemed "
     "price of C$0.15 per share.",
     {"instrument_type": "debt_settlement", "amount": 480_000, "price_per_share": 0.15}),
    # options issued to the agents of a placement are warrants, not incentive options
    ("In connection with the offering, the Company issued to the agents compensation options to purchase 600,000 "
     "common shares at $0.60 per share until May 4, 2014.",
     {"instrument_type": "warrants", "share_count": 600_000, "price_per_share": 0.6,
      "maturity_date": date(2014, 5, 4)}),
    # 'bought deal' is not 'bought' (closed)
    ("Kestrel has entered into an agreement with underwriters to sell, on a bought deal basis, C$20,000,000 of "
     "convertible debentures.",
     {"instrument_type": "convertible_debenture", "status": "announced", "amount": 20_000_000}),
    # the number of shares a conversion price comes to is the debentures' share count
    ("Kestrel has completed a private placement of U.S. $18.0 million aggregate principal amount of 9.0% convertible "
     "debentures due June 30, 2014 (the \"Debentures\"). The Debentures are convertible at the holder's option into "
     "common shares at a conversion price of U.S. $1.85 per share, or an aggregate of 9,729,730 common shares.",
     {"instrument_type": "convertible_debenture", "amount": 18_000_000, "share_count": 9_729_730,
      "price_per_share": 1.85}),
    # a scheduled instalment paid, its sum written with a currency, is a repayment made
    ("On 28 June 2019 the Company paid the scheduled US$4.0 million instalment of its term loan from Steppe "
     "Commercial Bank JSC, leaving US$16.0 million outstanding.",
     {"instrument_type": "debt_repayment", "status": "closed", "amount": 4_000_000,
      "counterparties": ("Steppe Commercial Bank JSC",)}),
    ("On November 30, 2017, the Company made the final scheduled payment of U.S. $1.0 million on its equipment loan "
     "from Banco Agrominero de Colombia S.A.",
     {"instrument_type": "debt_repayment", "status": "closed", "amount": 1_000_000}),
    # a gold loan's last ounces delivered are its repayment, dated, without a sum of money
    ("The final instalment of 24 000 oz under the gold loan from Blesberg Bullion (Proprietary) Limited was delivered "
     "on 30 May 2012.",
     {"instrument_type": "debt_repayment", "status": "closed", "amount": None, "maturity_date": date(2012, 5, 30)}),
    ("On 31 May 2012 the Company delivered the final 4,200 ounces under its gold loan with Leeuwin Bullion Bank "
     "Limited.",
     {"instrument_type": "debt_repayment", "status": "closed", "maturity_date": date(2012, 5, 31),
      "counterparties": ("Leeuwin Bullion Bank Limited",)}),
    # options granted to a named officer are incentive options, their expiry the last day of their window
    ("In connection with his appointment, the Company will issue Mr Macrae 1,500,000 unlisted options exercisable at "
     "35 cents each on or before 31 December 2014.",
     {"instrument_type": "stock_options", "share_count": 1_500_000, "price_per_share": 0.35}),
    ("The Company has granted Mr Asamoah-Danquah options over 750,000 ordinary shares of 1p each at an exercise price "
     "of 4.75p per share, exercisable between 17 October 2013 and 16 October 2017.",
     {"instrument_type": "stock_options", "share_count": 750_000, "price_per_share": 0.0475,
      "maturity_date": date(2017, 10, 16)}),
    # (the window written month first)
    ("On May 27, 2012, the Board granted to Mr. Tang share options to subscribe for 2,000,000 shares of the Company at "
     "an exercise price of HK$1.12 per share, exercisable from May 27, 2013 to May 26, 2017.",
     {"instrument_type": "stock_options", "share_count": 2_000_000, "price_per_share": 1.12,
      "maturity_date": date(2017, 5, 26)}),
    ("On June 30, 2012, the Company delivered 6,000 ounces of gold to Porcupine Bullion Corporation in payment of the "
     "fourth quarterly instalment of its 2010 gold loan, leaving 18,000 ounces outstanding.",
     {"instrument_type": "debt_repayment", "status": "closed", "maturity_date": date(2012, 6, 30)}),
    # a drawing to fund a project's final payments is no repayment
    ("In May 2012 the Company drew $25 million under its $60 million revolving credit facility with Lothbury "
     "Commodity Finance Ltd. to fund the final payments on the Abodom expansion.",
     {"instrument_type": "credit_facility", "status": "closed", "amount": 25_000_000}),
    # share options granted (a Hong Kong announcement's words for incentive options)
    ("On 14 June 2012, the Company granted share options (the \"Options\") to Mr. Xue and Ms. Chan to subscribe for a "
     "total of 5,000,000 ordinary shares at an exercise price of HK$0.62 per share, exercisable until 13 June 2017.",
     {"instrument_type": "stock_options", "share_count": 5_000_000, "price_per_share": 0.62,
      "maturity_date": date(2017, 6, 13)}),
    # a finder's warrants take the terms of the sentence after them that starts 'Each finder's warrant'
    ("The Company paid cash finder's fees of $58,800 and issued 280,000 finder's warrants to Kaskawulsh Capital Corp. "
     "on the FT Shares. Each finder's warrant is exercisable at $0.16 until January 26, 2028.",
     {"instrument_type": "warrants", "share_count": 280_000, "price_per_share": 0.16,
      "maturity_date": date(2028, 1, 26)}),
]


@pytest.mark.parametrize(("sentence", "expected"), FINANCINGS + BUGS_CAUGHT)
def test_financings(sentence, expected):
    facts = parse_release(release(sentence)).financings
    assert any(all(getattr(f, k) == v for k, v in expected.items()) for f in facts), facts


@pytest.mark.parametrize("sentence", [
    # options already on issue, restated by a consolidation; options granted to the staff
    "Every ten shares will be consolidated into one. The 18,500,000 unlisted options exercisable at C$0.25 will become "
    "1,850,000 options exercisable at C$2.50, with their expiry date unchanged.",
    "The Company has granted 1,500,000 options exercisable at C$0.25 until June 1, 2017 to its chief geologist.",
])
def test_options_that_are_no_warrants(sentence):
    facts = parse_release(release(sentence)).financings
    assert [f.instrument_type for f in facts if f.instrument_type == "warrants"] == []


EVENTS = [
    # an award dated in the sentence whose tribunal is named at length before what it ordered
    ("In an award dated May 9, 2012, the tribunal constituted under the Agreement between the Government of Canada "
     "and the Government of the Republic of the Philippines for the Promotion and Protection of Investments and the "
     "UNCITRAL Arbitration Rules ordered the Republic of the Philippines to pay Kestrel US$58.4 million.",
     {"event_type": "arbitration_award", "event_date": date(2012, 5, 9), "amount": 58_400_000}),
    # a notice of dispute delivered to the state, its day told after the state
    ("Accordingly, the Company delivered to the Republic of Ecuador, on June 1, 2012, a formal notice of dispute under "
     "the Treaty between the United States of America and the Republic of Ecuador.",
     {"event_type": "legal_proceeding", "event_date": date(2012, 6, 1), "counterparty": "Republic of Ecuador"}),
    # the issuer's subsidiary, by its short name, applying to annul a decree or filing a second appeal: its own step
    ("Kestrel's 80%-owned subsidiary, Kenieba West Mining SA (\"KWM\"), holds the permit. On 6 June 2012, KWM lodged "
     "an application before the Administrative Section of the Supreme Court of Mali for the annulment of the decree.",
     {"event_type": "legal_proceeding", "event_date": date(2012, 6, 6)}),
    ("The permit was issued to the Company's Romanian subsidiary, Valea Seaca Minerals S.A. The Company disagrees with "
     "the decision and, on June 8, 2012, Valea Seaca Minerals S.A. filed a second appeal (recurs) with the High Court "
     "of Cassation and Justice in Bucharest.",
     {"event_type": "legal_proceeding", "event_date": date(2012, 6, 8)}),
    # two directors who resigned together: each leaves
    ("Effective June 1, 2012, Mr. Kyle Brandt and Ms. Deepa Sandhu resigned as directors of the Company.",
     {"event_type": "executive_departure", "person_name": "Kyle Brandt", "role": "Director",
      "event_date": date(2012, 6, 1)}),
    ("Effective June 1, 2012, Mr. Kyle Brandt and Ms. Deepa Sandhu resigned from the Board.",
     {"event_type": "executive_departure", "person_name": "Kyle Brandt", "role": "Director",
      "event_date": date(2012, 6, 1)}),
    # a purchase and sale agreement signed to acquire a project; a sale agreement in terms of which the other side buys
    ("On June 2, 2012, the Company entered into a definitive purchase and sale agreement with Tonopah Ventures LLC to "
     "acquire 100% of the Goldfield Flats oxide gold project for US$12 million in cash.",
     {"event_type": "acquisition", "event_date": date(2012, 6, 2), "counterparty": "Tonopah Ventures LLC"}),
    ("On 5 June 2012 Kestrel entered into a sale of business agreement with Thusanang Mining Consortium (Pty) Ltd in "
     "terms of which Thusanang will acquire the Doornbult mine for R420 million.",
     {"event_type": "disposition", "event_date": date(2012, 6, 5), "amount": 420_000_000}),
    # board seats and offices taken and left in more of the ways boards tell them
    ("Mr Wang Lei has joined the Board as a Non-Executive Director.",
     {"event_type": "executive_appointment", "person_name": "Wang Lei", "role": "Non-Executive Director"}),
    ("Ms. Farida Nazarova joined the Board of Directors as an independent director on June 10, 2012.",
     {"event_type": "executive_appointment", "person_name": "Farida Nazarova", "event_date": date(2012, 6, 10)}),
    ("Ms Rebecca Tan has resigned as Company Secretary and is replaced by Mr Kieran O'Dowd.",
     {"event_type": "executive_appointment", "person_name": "Kieran O'Dowd"}),
    ("Effective June 1, 2012, Mr. Kyle Brandt resigned as a director of the Company, and Ms. Claire Doucette, P.Geo., "
     "was appointed to the board.",
     {"event_type": "executive_appointment", "person_name": "Claire Doucette", "role": "Director"}),
    ("In addition, Mr. Gordon Tessaro, a former director of Lac Dasserat, has been appointed to the board of directors "
     "of Kestrel.",
     {"event_type": "executive_appointment", "person_name": "Gordon Tessaro", "role": "Director"}),
    ("The Board has appointed independent non-executive director Ms Fiona Langley as Non-Executive Chair.",
     {"event_type": "executive_appointment", "person_name": "Fiona Langley", "role": "Non-Executive Chair"}),
    ("Mr Mike Thornton will commence as Chief Operating Officer on 3 June 2012.",
     {"event_type": "executive_appointment", "person_name": "Mike Thornton", "event_date": date(2012, 6, 3)}),
    ("Javier Morales has informed the Board of Directors of his intention to retire as President and Chief Executive "
     "Officer effective June 30, 2012.",
     {"event_type": "executive_departure", "person_name": "Javier Morales", "event_date": date(2012, 6, 30)}),
    ("Gordon Pryde has told the Board that he will retire as President and Chief Executive Officer on June 30, 2012.",
     {"event_type": "executive_departure", "person_name": "Gordon Pryde", "event_date": date(2012, 6, 30)}),
    # a surname with an apostrophe ('O'Donnell'); a director who 'retires from the board' on a day
    ("Kestrel has appointed John Smith as Chief Financial Officer, effective June 1, 2012. He succeeds Mary O'Donnell, "
     "who is leaving the Company to pursue other opportunities.",
     {"event_type": "executive_departure", "person_name": "Mary O'Donnell"}),
    ("Mr Pieter van Staden, who has served as financial director since 1991, retires from the board on 31 May 2012.",
     {"event_type": "executive_departure", "person_name": "Pieter van Staden", "event_date": date(2012, 5, 31)}),
    # a jury's verdict, an action declared inadmissible, a judgment told by the court that entered it
    ("On June 1, 2012, a jury in the Montana Fourth Judicial District Court, Missoula County, returned a verdict in "
     "favor of Clark Fork Mining Partners LLC.",
     {"event_type": "court_judgment", "event_date": date(2012, 6, 1),
      "venue": "Montana Fourth Judicial District Court"}),
    ("On June 10, 2012, the Constitutional Court of Huancayo declared the action inadmissible.",
     {"event_type": "court_judgment", "event_date": date(2012, 6, 10), "venue": "Constitutional Court of Huancayo"}),
    ("The Company's judgment, entered by the United States District Court for the District of Columbia on May 28, "
     "2012, is for U.S. $386.1 million.",
     {"event_type": "court_judgment", "event_date": date(2012, 5, 28), "amount": 386_100_000}),
    # a death dated by the day named with its time of day; an officer who 'passed away' after his role and name
    ("We announce the death of the Company's Managing Director, Mr Ronald James Hesketh, who died in hospital on the "
     "evening of Monday, 11 June 2012.",
     {"event_type": "executive_departure", "person_name": "Ronald James Hesketh", "event_date": date(2012, 6, 11)}),
    ("Kestrel announces with deep sadness that its founder and Executive Chairman, Walter J. Ingersoll, passed away on "
     "June 9, 2012, following a short illness.",
     {"event_type": "executive_departure", "person_name": "Walter J. Ingersoll", "role": "Executive Chairman",
      "event_date": date(2012, 6, 9)}),
    # 'the same date' is the date the sentence before named, not the last dated event's
    ("Mr. Doug Finlayson resigned as President effective June 8, 2012.\n\nThe Company has appointed Brenda L. Yip as "
     "Chief Financial Officer. She will assume her duties on July 1, 2012.\n\nGordon E. Tait, the Company's Chief "
     "Financial Officer, will step down on the same date.",
     {"event_type": "executive_departure", "person_name": "Gordon E. Tait", "event_date": date(2012, 7, 1)}),
    # 'following the annual general meeting' is the day the release says the meeting is held
    ("Mr Johannes Marais, chief executive officer, will step down following the annual general meeting. The annual "
     "general meeting of shareholders will be held at the company's registered office on Thursday, 26 July 2012.",
     {"event_type": "executive_departure", "person_name": "Johannes Marais", "event_date": date(2012, 7, 26)}),
    # 'Upon his departure' is the day of the departure just told
    ("Daniel P. Kerrigan, Chief Operating Officer, will leave the Company on July 29, 2012. Upon his departure, "
     "Marc-Andre Villeneuve, General Manager of the Redpoll mine, will serve as interim Chief Operating Officer.",
     {"event_type": "executive_appointment", "person_name": "Marc-Andre Villeneuve", "event_date": date(2012, 7, 29)}),
    # a title passed on ('which has been assumed by'); an interim officer confirmed in the role
    ("Alistair Morrow, President and Chief Executive Officer, has relinquished the title of President, which has been "
     "assumed by Renata Kowalczyk, effective June 1, 2012.",
     {"event_type": "executive_appointment", "person_name": "Renata Kowalczyk", "role": "President"}),
    ("Priya Natarajan, CPA, CA, who has served as interim Chief Financial Officer since September 2011, has been "
     "confirmed as Chief Financial Officer effective today.",
     {"event_type": "executive_appointment", "person_name": "Priya Natarajan", "role": "Chief Financial Officer",
      "event_date": date(2012, 6, 14)}),
    # a successor named after the role the predecessor leaves ('succeeded as Finance Director by Mrs X')
    ("Mr Nigel Pemberton, Finance Director, will step down from the Board on 20 May 2004. He will be succeeded as "
     "Finance Director by Mrs Abena Owusu-Ansah, currently Group Financial Controller.",
     {"event_type": "executive_appointment", "person_name": "Abena Owusu-Ansah", "role": "Finance Director"}),
    ("On March 1, 2012, the U.S. District Court for the District of Columbia confirmed the award against the "
     "Republic of Ecuador.",
     {"event_type": "court_judgment", "event_date": date(2012, 3, 1),
      "venue": "U.S. District Court for the District of Columbia", "counterparty": "Republic of Ecuador"}),
    ("The Company announces the appointment of Jessica Van Den Akker as Chief Financial Officer, effective "
     "July 1, 2012.",
     {"event_type": "executive_appointment", "person_name": "Jessica Van Den Akker",
      "role": "Chief Financial Officer", "event_date": date(2012, 7, 1)}),
    ("On April 2, 2012, the Republic of Ecuador applied to the Paris Court of Appeal to set aside the award.",
     {"event_type": "legal_challenge", "event_date": date(2012, 4, 2), "venue": "Paris Court of Appeal"}),
]
EVENTS += [
    # joined on a day, as a role; a position taken up
    ("Linda Cheechoo joined Kestrel on June 4, 2012 as Vice President, Finance and Chief Financial Officer.",
     {"event_type": "executive_appointment", "person_name": "Linda Cheechoo", "event_date": date(2012, 6, 4),
      "role": "Vice President, Finance and Chief Financial Officer"}),
    ("Sunita Ramdas, the Company's Financial Controller, will take up the position of Company Secretary on July 1, "
     "2012.",
     {"event_type": "executive_appointment", "person_name": "Sunita Ramdas", "event_date": date(2012, 7, 1),
      "role": "Company Secretary"}),
    # a writ issued against a party starts a proceeding
    ("On June 12, 2012 Ballard Mining Services Pty Ltd issued a writ against the Company in the Supreme Court of "
     "Western Australia.",
     {"event_type": "legal_proceeding", "event_date": date(2012, 6, 12)}),
]
EVENTS += [
    # a sale and purchase agreement for the acquisition of a company, the issuer's subsidiary the purchaser
    ("On 12 June 2012, Kestrel Mining Limited, a wholly-owned subsidiary of the Company (the \"Purchaser\"), entered "
     "into the sale and purchase agreement (the \"Agreement\") with Everwin Resources Limited (the \"Vendor\") for "
     "the acquisition of 80% of the equity interest in Huichang Mining Co., Ltd. for a total consideration of "
     "HK$468,000,000.",
     {"event_type": "acquisition", "event_date": date(2012, 6, 12), "counterparty": "Everwin Resources Limited",
      "amount": 468_000_000}),
]
EVENTS += [
    # an application 'for recognition' of an award (not only 'recognising' it)
    ("On 11 June 2012, the Company applied to the Ontario Superior Court of Justice for recognition and enforcement "
     "of the Award.",
     {"event_type": "legal_proceeding", "event_date": date(2012, 6, 11), "venue": "Ontario Superior Court of Justice"}),
    # a government's resolution terminating a licence
    ("On June 9, 2012, the Cabinet of Ministers of the Kyrgyz Republic adopted a resolution terminating the licence.",
     {"event_type": "expropriation", "event_date": date(2012, 6, 9)}),
    # a tax tribunal's resolution is a court's judgment, not an arbitral award
    ("On June 12, 2012, the Company was notified of Resolution No. 08841-4-2012 of the Tribunal Fiscal, dated June 9, "
     "2012, which revoked the assessments issued by the tax authority, SUNAT, and ordered SUNAT to annul them.",
     {"event_type": "court_judgment", "event_date": date(2012, 6, 9), "venue": "Tribunal Fiscal"}),
    # a completed acquisition dated by the sentence after it; a share purchase agreement to acquire a company
    ("Kestrel has completed the acquisition of the Koorarra Gold Mine, 75 kilometres north-east of Kalgoorlie, from "
     "Pindarri Mining Pty Ltd for A$6.5 million. Settlement took place on 12 June 2012.",
     {"event_type": "acquisition", "event_date": date(2012, 6, 12), "counterparty": "Pindarri Mining Pty Ltd"}),
    # a disposal 'in terms of which' the issuer, by its short name, will dispose of a shaft, dated by the signing
    ("Shareholders are referred to the cautionary announcement published on 11 May 2012 and are advised that Kestrel "
     "has concluded an agreement with Sizanani Gold Holdings (Proprietary) Limited in terms of which Kestrel will "
     "dispose of the Brakfontein Shaft to Sizanani. The agreement was signed on 4 June 2012.",
     {"event_type": "disposition", "event_date": date(2012, 6, 4),
      "counterparty": "Sizanani Gold Holdings (Proprietary) Limited"}),
    ("Kestrel has entered into a share purchase agreement dated June 13, 2012 with the shareholders of Nemaia Milling "
     "Ltd. to acquire all of the issued and outstanding shares of Nemaia for C$4.8 million.",
     {"event_type": "acquisition", "event_date": date(2012, 6, 13), "amount": 4_800_000}),
]
EVENTS += [
    # a run-in 'Board' label before the person's name
    ("Board\nSimon Ashgrove, Chief Financial Officer, will step down on 31 August 2012.",
     {"event_type": "executive_departure", "person_name": "Simon Ashgrove", "role": "Chief Financial Officer"}),
    # an executive moving to a non-executive role leaves the executive one
    ("Margaret A. Kingsolver, who has served as Executive Chair since 2004, will transition to the role of "
     "non-executive Chair of the Board effective June 30, 2012.",
     {"event_type": "executive_departure", "person_name": "Margaret A. Kingsolver", "role": "Executive Chair",
      "event_date": date(2012, 6, 30)}),
    # a court declaring a resolution void; the day the sentence is dated, not the day it was notified
    ("By Sentencia No. 112/2012 dated 26 May 2012 and notified to the parties on 9 June 2012, the Sala Primera of "
     "the Tribunal Supremo de Justicia, sitting in Sucre, declared null and void the resolution by which COMIBOL "
     "terminated the Company's contract.",
     {"event_type": "court_judgment", "event_date": date(2012, 5, 26), "venue": "Tribunal Supremo de Justicia"}),
    # a ruling in the passive; an order dated on a weekday in the next sentence
    ("Mokoena applied to the High Court to set aside the award. The application was heard and dismissed by the "
     "High Court on the 14th of May.",
     {"event_type": "court_judgment", "event_date": date(2012, 5, 14), "venue": "High Court"}),
    ("The Supreme Court of Western Australia granted the Company's application for an injunction against Pindar "
     "Mining Pty Ltd. The orders were made on Friday, 1 June 2012.",
     {"event_type": "court_judgment", "event_date": date(2012, 6, 1)}),
    # a notice delivered to the state named before the notice
    ("On the 15th of May the Company delivered to the Government of the Republic of Honduras a notice of intent to "
     "submit a claim to arbitration.",
     {"event_type": "legal_proceeding", "event_date": date(2012, 5, 15), "counterparty": "Republic of Honduras"}),
    # 'the Corporation' as well as 'the Company'; a price in U.S.$ after a buyer's name
    ("On July 31, 2012, Dale R. Hutchins informed the Corporation of his decision to retire as Vice President and "
     "Chief Financial Officer, effective August 31, 2012.",
     {"event_type": "executive_departure", "person_name": "Dale R. Hutchins",
      "role": "Vice President and Chief Financial Officer"}),
    ("On February 15, 2012, Kestrel completed the sale of its Wren exploration licences to Marmara Metals A.S. for "
     "U.S.$4.8 million in cash.",
     {"event_type": "disposition", "counterparty": "Marmara Metals A.S."}),
    # a claim registered, in the passive and with a possessive before the request
    ("The arbitration was registered by ICSID on June 21, 2009 under the Netherlands-Albania bilateral investment "
     "treaty.",
     {"event_type": "legal_proceeding", "event_date": date(2009, 6, 21)}),
    ("ICSID registered the Company's request for arbitration against the Republic of Albania on June 21, 2009.",
     {"event_type": "legal_proceeding", "event_date": date(2009, 6, 21), "counterparty": "Republic of Albania"}),
    # the day of an earlier announcement is not the day of the completion it announces; the next sentence dates it
    ("Further to its announcement of 4 February 2012, Kestrel has completed the acquisition of the entire issued "
     "share capital of Wren Exploration SARL from Zanzan Mining Holdings Limited. Completion took place on 11 June "
     "2012.",
     {"event_type": "acquisition", "event_date": date(2012, 6, 11)}),
    # the issuer's subsidiary is the seller: a disposal, though the buyer 'agreed to acquire'
    ("On 12 June 2012, Wren Mining Co., Ltd. (the \"Seller\"), an indirect wholly-owned subsidiary of the Company, "
     "entered into an equity transfer agreement with Tongxin Industrial Co., Ltd. (the \"Purchaser\"), pursuant to "
     "which the Seller has conditionally agreed to sell, and the Purchaser has conditionally agreed to acquire, the "
     "entire equity interest in Kestrel Jinchang Mining Co., Ltd. for RMB80,000,000.",
     {"event_type": "disposition", "event_date": date(2012, 6, 12), "amount": 80_000_000, "currency": "CNY"}),
    # the role held named before the person; two roles joined by 'and'
    ("The Board has appointed Chief Operating Officer Maria Lindqvist as Managing Director and Chief Executive "
     "Officer from 1 July 2012.",
     {"event_type": "executive_appointment", "person_name": "Maria Lindqvist",
      "role": "Managing Director and Chief Executive Officer", "event_date": date(2012, 7, 1)}),
    # a capitalised Company Secretary; the role a person leaves named in the clause about them, not the one kept
    ("Mr Callum Reid, currently Financial Controller, has been appointed Company Secretary effective June 1, 2012.",
     {"event_type": "executive_appointment", "person_name": "Callum Reid", "role": "Company Secretary"}),
    ("Henrik Aalto, who has served as Interim President and Chief Executive Officer since September 2011, stepped "
     "down from that role effective March 17, 2012 and will continue as Chair of the Board.",
     {"event_type": "executive_departure", "person_name": "Henrik Aalto",
      "role": "Interim President and Chief Executive Officer", "event_date": date(2012, 3, 17)}),
    ("Mr. Donald Brandt, Chief Financial Officer, is retiring after eleven years with the Company.",
     {"event_type": "executive_departure", "person_name": "Donald Brandt", "role": "Chief Financial Officer"}),
]
EVENTS += [
    ("On May 3, 2012, the Supreme Court of British Columbia granted judgment in favour of Kestrel against Redstone "
     "Drilling Ltd. for C$1.2 million.",
     {"event_type": "court_judgment", "counterparty": "Redstone Drilling Ltd.", "amount": 1_200_000,
      "currency": "CAD"}),
    ("On May 1, 2012, Kestrel obtained an order attaching shares held by the Republic of Ecuador in Andes "
     "Petroleum B.V.",
     {"event_type": "enforcement_action", "event_date": date(2012, 5, 1), "counterparty": "Republic of Ecuador"}),
    ("Kestrel served a notice of intent to submit a claim to arbitration on the Government of Ecuador on "
     "January 5, 2012.",
     {"event_type": "legal_proceeding", "event_date": date(2012, 1, 5), "counterparty": "Government of Ecuador"}),
    ("On January 20, 2012, the Government of Ecuador issued a decree revoking the Company's mining concessions.",
     {"event_type": "expropriation", "event_date": date(2012, 1, 20)}),
    ("Ms. Anne Lee, currently Vice President Finance, has been appointed interim Chief Financial Officer.",
     {"event_type": "executive_appointment", "person_name": "Anne Lee", "role": "interim Chief Financial Officer"}),
    ("Kestrel signed a memorandum of understanding with the Ministry of Mines of Ghana on May 22, 2012.",
     {"event_type": "agreement", "counterparty": "Ministry of Mines of Ghana", "event_date": date(2012, 5, 22)}),
    ("Kestrel entered into a joint venture agreement with Takara Mining Co. on June 1, 2012.",
     {"event_type": "agreement", "counterparty": "Takara Mining Co."}),
]
EVENTS += [
    ("John Smith, the Company's President and Chief Executive Officer, has tendered his resignation, effective "
     "June 30, 2012.",
     {"event_type": "executive_departure", "person_name": "John Smith",
      "role": "President and Chief Executive Officer", "event_date": date(2012, 6, 30)}),
    ("Kestrel has obtained an order from the Commercial Court in Brussels freezing assets of the Kyrgyz Republic.",
     {"event_type": "enforcement_action", "venue": "Commercial Court in Brussels", "counterparty": "Kyrgyz Republic"}),
    ("The Republic of Ecuador has filed a petition to vacate the award in the United States District Court for the "
     "District of Columbia.",
     {"event_type": "legal_challenge", "counterparty": "Republic of Ecuador"}),
    # a day and month without a year take the release's year ('May 2012' is no modal verb)
    ("On 25 May the Company served a notice of intent to submit a claim to arbitration on the Republic of Guinea.",
     {"event_type": "legal_proceeding", "event_date": date(2012, 5, 25), "counterparty": "Republic of Guinea"}),
    ("Kestrel advises that on 21 May 2012 the Government of the Republic of Guinea issued a decree revoking the "
     "Company's concessions.",
     {"event_type": "expropriation", "event_date": date(2012, 5, 21)}),
]
EVENTS += [
    ("Sarah Kim will assume the role of Chief Executive Officer on July 1, 2012.",
     {"event_type": "executive_appointment", "person_name": "Sarah Kim", "role": "Chief Executive Officer",
      "event_date": date(2012, 7, 1)}),
    ("Tom Hardy has been promoted to Chief Operating Officer.",
     {"event_type": "executive_appointment", "person_name": "Tom Hardy", "role": "Chief Operating Officer"}),
    ("The Company's former Chief Financial Officer, Ms. Linda Park, left the Company on April 30, 2012.",
     {"event_type": "executive_departure", "person_name": "Linda Park", "role": "Chief Financial Officer",
      "event_date": date(2012, 4, 30)}),
    ("Kestrel has been served with a statement of claim by Northern Drilling Inc. in the Ontario Superior Court of "
     "Justice.",
     {"event_type": "legal_proceeding", "counterparty": "Northern Drilling Inc.",
      "venue": "Ontario Superior Court of Justice"}),
]
EVENTS += [
    ("On May 3, 2012, Kestrel initiated proceedings to enforce the award in the United States District Court for the "
     "District of Columbia.",
     {"event_type": "enforcement_action", "event_date": date(2012, 5, 3)}),
    ("On June 1, 2012, Kestrel and the Republic of Ecuador signed a settlement agreement.",
     {"event_type": "agreement", "counterparty": "Republic of Ecuador", "event_date": date(2012, 6, 1)}),
    ("The Ontario Superior Court of Justice approved the plan of arrangement on May 28, 2012.",
     {"event_type": "court_judgment", "venue": "Ontario Superior Court of Justice", "event_date": date(2012, 5, 28)}),
    ("Kestrel has terminated the employment of its Chief Operating Officer, Peter Brown.",
     {"event_type": "executive_departure", "person_name": "Peter Brown", "role": "Chief Operating Officer"}),
    ("Following the resignation of Mary Jones, Kestrel's Chief Financial Officer, the Board appointed Alan Grey as "
     "Acting Chief Financial Officer.",
     {"event_type": "executive_departure", "person_name": "Mary Jones", "role": "Chief Financial Officer"}),
]
EVENTS += [
    # the authority that takes a permit or seizes goods is the other party
    ("The Ministry of Mines revoked the Company's exploitation permit on May 1, 2012.",
     {"event_type": "expropriation", "counterparty": "Ministry of Mines", "event_date": date(2012, 5, 1)}),
    ("The Tanzanian Government seized a shipment of gold concentrate owned by the Company on May 10, 2012.",
     {"event_type": "expropriation", "counterparty": "Tanzanian Government", "event_date": date(2012, 5, 10)}),
]
EVENTS += [
    # 'will be leaving'; a role before the name of one who tendered a resignation; an additional role
    ("Mr Peter Jones, Finance Director, will be leaving the Company at the end of June 2012.",
     {"event_type": "executive_departure", "person_name": "Peter Jones", "role": "Finance Director"}),
    ("Kestrel announces that its Chief Executive Officer, Michael Brown, has tendered his resignation, to be "
     "effective on June 30, 2012.",
     {"event_type": "executive_departure", "person_name": "Michael Brown", "role": "Chief Executive Officer",
      "event_date": date(2012, 6, 30)}),
    ("Kestrel's President, Thomas Wright, has been appointed to the additional role of Chief Executive Officer.",
     {"event_type": "executive_appointment", "person_name": "Thomas Wright", "role": "Chief Executive Officer"}),
]
EVENTS += [
    # a settlement reached with a state; an order authorizing a seizure
    ("Kestrel and the Republic of Ecuador have reached a settlement under which Ecuador will pay the Company US$55 "
     "million.",
     {"event_type": "agreement", "counterparty": "Republic of Ecuador", "amount": 55_000_000}),
    ("The Company has obtained an order from the Superior Court of Quebec authorizing the seizure of the Republic's "
     "assets in Quebec.",
     {"event_type": "enforcement_action", "venue": "Superior Court of Quebec"}),
]
EVENTS += [
    # a long agreement name; 'facility' of a tailings facility is no financing word
    ("On May 12, 2012, Kestrel signed a ten-year surface rights and social investment agreement with the Comunidad "
     "Campesina de Quilcata, covering the land for the planned tailings facility.",
     {"event_type": "agreement", "event_date": date(2012, 5, 12)}),
    # a notice of appeal the other side filed, even when it agrees to withdraw it
    ("As part of the settlement, Ecuador has agreed to withdraw the notice of appeal it filed with the Court of Appeal "
     "for Ontario on June 3, 2012.",
     {"event_type": "legal_challenge", "event_date": date(2012, 6, 3)}),
]
EVENTS += [
    # the issuer's side appealing is its proceeding; writs of execution served are enforcement
    ("On 19 May 2012 the Company's subsidiary, Wren Mining LLP, filed an appeal against the order with the "
     "Specialised Inter-District Economic Court of Almaty Region.",
     {"event_type": "legal_proceeding", "event_date": date(2012, 5, 19)}),
    ("On May 26th, acting under an order of the Court, the Company served writs of execution on two New York banks "
     "and attached funds totalling US$6.1 million held in accounts of Corporación Minera Nacional.",
     {"event_type": "enforcement_action", "event_date": date(2012, 5, 26), "amount": 6_100_000}),
]
EVENTS += [
    ("Following a search, the Board selected Dr. Helen Ward to lead the Company as Chief Executive Officer.",
     {"event_type": "executive_appointment", "person_name": "Helen Ward", "role": "Chief Executive Officer"}),
    ("The Company regrets to announce the passing of its Chief Executive Officer, Mr. George Hall, on May 10, 2012.",
     {"event_type": "executive_departure", "person_name": "George Hall", "role": "Chief Executive Officer",
      "event_date": date(2012, 5, 10)}),
]
EVENTS += [
    ("Kestrel welcomes Richard Stone as its new Chief Financial Officer.",
     {"event_type": "executive_appointment", "person_name": "Richard Stone", "role": "Chief Financial Officer"}),
    ("Mr. Stone replaces Ms. Ellen Park, who is leaving the Company to pursue other interests.",
     {"event_type": "executive_departure", "person_name": "Ellen Park"}),
    ("Kestrel announces that Bruce Wayne has stepped down as President and CEO and as a director of the Company.",
     {"event_type": "executive_departure", "person_name": "Bruce Wayne", "role": "President and CEO"}),
    ("James Bond has been named Chief Executive Officer, succeeding John Doe, who retired on May 31, 2012.",
     {"event_type": "executive_appointment", "person_name": "James Bond", "event_date": None}),
    ("James Bond has been named Chief Executive Officer, succeeding John Doe, who retired on May 31, 2012.",
     {"event_type": "executive_departure", "person_name": "John Doe", "event_date": date(2012, 5, 31)}),
    ("John Smith, who has served as Chief Financial Officer since 2006, has resigned effective May 31, 2012.",
     {"event_type": "executive_departure", "person_name": "John Smith", "event_date": date(2012, 5, 31)}),
    ("Kestrel reports that Chief Financial Officer Steve Rogers has resigned.",
     {"event_type": "executive_departure", "person_name": "Steve Rogers", "role": "Chief Financial Officer"}),
    ("Kestrel's Board of Directors appointed Ms. Diana Prince President and Chief Executive Officer on April 2, 2012.",
     {"event_type": "executive_appointment", "person_name": "Diana Prince",
      "role": "President and Chief Executive Officer", "event_date": date(2012, 4, 2)}),
    ("Mr. Tony Stark, currently Executive Chairman, will assume the additional role of interim CEO.",
     {"event_type": "executive_appointment", "person_name": "Tony Stark", "role": "interim CEO"}),
]
EVENTS += [
    ("Kestrel filed its defence and a counterclaim for A$9.8 million on 23 January 2012.",
     {"event_type": "legal_proceeding", "event_date": date(2012, 1, 23), "amount": 9_800_000, "currency": "AUD"}),
    ("On 7 May 2012 the Company and Kurrajong Contract Mining Pty Ltd executed a deed of settlement.",
     {"event_type": "agreement", "event_date": date(2012, 5, 7),
      "counterparty": "Kurrajong Contract Mining Pty Ltd"}),
    ("On March 24, 2012, Kestrel and its lenders entered into a second amending agreement which further extends the "
     "forbearance period under the credit facility to May 31, 2012.",
     {"event_type": "agreement", "event_date": date(2012, 3, 24)}),
    ("Kestrel's concessions were revoked by a resolution of the Ministry of Mining of Ecuador on July 22, 2011.",
     {"event_type": "expropriation", "event_date": date(2011, 7, 22)}),
    ("An ad hoc committee rejected Ecuador's annulment application in its entirety on May 30, 2012.",
     {"event_type": "court_judgment", "event_date": date(2012, 5, 30)}),
    ("On May 21, 2012, the juge de l'exécution of the Tribunal judiciaire de Paris authorized Kestrel to garnish "
     "EUR 18.6 million held by a French bank.",
     {"event_type": "enforcement_action", "event_date": date(2012, 5, 21), "amount": 18_600_000, "currency": "EUR"}),
]
EVENTS += [
    ("Kestrel completed the plan of arrangement with Bonanza Gold Inc. on May 30, 2012.",
     {"event_type": "acquisition", "counterparty": "Bonanza Gold Inc.", "event_date": date(2012, 5, 30)}),
    ("Kestrel has entered into offtake agreements with Bonanza Smelting Inc. for its concentrate.",
     {"event_type": "agreement"}),
    ("The Board has terminated the employment of John Smith as President and Chief Executive Officer, effective "
     "immediately.",
     {"event_type": "executive_departure", "person_name": "John Smith",
      "role": "President and Chief Executive Officer"}),
    ("Jane Roe, the Company's Senior Vice President, Corporate Development, has left the Company.",
     {"event_type": "executive_departure", "person_name": "Jane Roe",
      "role": "Senior Vice President, Corporate Development"}),
]
EVENTS += [
    ("Mark Pemberton, Finance Director, has informed the Board that he will step down on 31 May 2012.",
     {"event_type": "executive_departure", "person_name": "Mark Pemberton", "role": "Finance Director",
      "event_date": date(2012, 5, 31)}),
]
EVENTS += [
    ("The Company announces that Jane Roe will be joining Kestrel as Chief Financial Officer on July 1, 2012.",
     {"event_type": "executive_appointment", "person_name": "Jane Roe", "role": "Chief Financial Officer",
      "event_date": date(2012, 7, 1)}),
    ("Jane Roe has accepted the position of Chief Financial Officer.",
     {"event_type": "executive_appointment", "person_name": "Jane Roe", "role": "Chief Financial Officer"}),
    ("Ian MacLeod, formerly Vice President Finance, becomes Chief Financial Officer.",
     {"event_type": "executive_appointment", "person_name": "Ian MacLeod", "role": "Chief Financial Officer"}),
    ("Mohammed Al-Rashid was appointed Interim Chief Executive Officer.",
     {"event_type": "executive_appointment", "person_name": "Mohammed Al-Rashid",
      "role": "Interim Chief Executive Officer"}),
    ("The Board has appointed Ms. Karen Birch, CPA, CA, as Chief Financial Officer effective May 16, 2012, "
     "succeeding Mr. Don Hay, who will remain with the Company in an advisory role.",
     {"event_type": "executive_appointment", "person_name": "Karen Birch", "event_date": date(2012, 5, 16)}),
    ("The Board has appointed Ms. Karen Birch, CPA, CA, as Chief Financial Officer effective May 16, 2012, "
     "succeeding Mr. Don Hay, who will remain with the Company in an advisory role.",
     {"event_type": "executive_departure", "person_name": "Don Hay", "role": "Chief Financial Officer"}),
    ("Stuart Lang has been appointed to the newly created position of Chief Development Officer.",
     {"event_type": "executive_appointment", "person_name": "Stuart Lang", "role": "Chief Development Officer"}),
    ("Mr. Frank Lee has tendered his resignation as Corporate Secretary, effective immediately.",
     {"event_type": "executive_departure", "person_name": "Frank Lee", "role": "Corporate Secretary"}),
    ("Mr. Tom Roe will be retiring from his position as Chief Financial Officer on June 30, 2012.",
     {"event_type": "executive_departure", "person_name": "Tom Roe", "role": "Chief Financial Officer",
      "event_date": date(2012, 6, 30)}),
    ("Mr. Tom Roe has decided to retire as Chief Operating Officer at the end of June.",
     {"event_type": "executive_departure", "person_name": "Tom Roe", "role": "Chief Operating Officer"}),
    ("Mr. Peter Walsh has ceased to be Chief Financial Officer of the Company.",
     {"event_type": "executive_departure", "person_name": "Peter Walsh", "role": "Chief Financial Officer"}),
    ("Ms. Joan Hart resigned as a director and Chief Executive Officer on February 27, 2012.",
     {"event_type": "executive_departure", "person_name": "Joan Hart", "role": "Chief Executive Officer"}),
    ("The Company has terminated the services of Mr. Ray Cole as President.",
     {"event_type": "executive_departure", "person_name": "Ray Cole", "role": "President"}),
    ("Kestrel is also pleased to welcome Mr. Oscar Ruiz to the position of General Manager, Operations.",
     {"event_type": "executive_appointment", "person_name": "Oscar Ruiz", "role": "General Manager, Operations"}),
]
EVENTS += [
    ("On 9 June 2012 Kestrel entered into an agreement with Witwatersrand Deep Holdings (Pty) Ltd to acquire the "
     "Kromdraai Gold Mine for a purchase consideration of R312 million.",
     {"event_type": "acquisition", "event_date": date(2012, 6, 9), "amount": 312_000_000, "currency": "ZAR"}),
    ("On June 8, 2012 Kestrel agreed to dispose of a 26% interest in Kestrel Kromdraai to Ubuntu Phakama Resources "
     "(Pty) Ltd.",
     {"event_type": "disposition", "counterparty": "Ubuntu Phakama Resources (Pty) Ltd."}),
    ("On May 14, 2012, bailiffs acting for Kestrel executed garnishments over funds totaling EUR 23.4 million.",
     {"event_type": "enforcement_action", "event_date": date(2012, 5, 14), "amount": 23_400_000}),
    ("An ad hoc Committee of the International Centre for Settlement of Investment Disputes issued its decision on "
     "annulment on May 2, 2012, upholding the award in full.",
     {"event_type": "court_judgment", "event_date": date(2012, 5, 2)}),
]
EVENTS += [
    ("In compliance with the JSE Listings Requirements, shareholders are advised that Mr Pieter Swanepoel has "
     "resigned as Chief Executive Officer.",
     {"event_type": "executive_departure", "person_name": "Pieter Swanepoel", "role": "Chief Executive Officer"}),
    ("Ms Lindiwe Dube CA(SA) has been appointed Financial Director and will join the board on 1 June 2012.",
     {"event_type": "executive_appointment", "person_name": "Lindiwe Dube", "role": "Financial Director"}),
]
EVENTS += [
    ("Mr. Graham Tse has been appointed Interim Chief Financial Officer and Mr. Derek Lum has been appointed "
     "Corporate Secretary. Both appointments are effective July 1, 2012.",
     {"event_type": "executive_appointment", "person_name": "Derek Lum", "event_date": date(2012, 7, 1)}),
    ("Jean Kouassi, Chief Operating Officer, has informed the Board of his intention to step down. He will leave "
     "the Company on 31 July 2012. Olwen Trethewey will succeed him as COO with effect from 1 August 2012.",
     {"event_type": "executive_departure", "person_name": "Jean Kouassi", "event_date": date(2012, 7, 31)}),
    ("Jean Kouassi, Chief Operating Officer, has informed the Board of his intention to step down. He will leave "
     "the Company on 31 July 2012. Olwen Trethewey will succeed him as COO with effect from 1 August 2012.",
     {"event_type": "executive_appointment", "person_name": "Olwen Trethewey", "role": "Chief Operating Officer",
      "event_date": date(2012, 8, 1)}),
    ("His retirement will take effect on May 1, 2012. The Board has appointed Susan Whitcombe, the Company's Chief "
     "Financial Officer, as interim President and Chief Executive Officer from that date.",
     {"event_type": "executive_appointment", "person_name": "Susan Whitcombe",
      "role": "interim President and Chief Executive Officer", "event_date": date(2012, 5, 1)}),
]
EVENTS += [     # courts named in French or Spanish
    ("The garnishments follow the order of the Tribunal de grande instance de Paris dated May 28, 2012 granting "
     "exequatur to the award, which made it enforceable in France.",
     {"event_type": "court_judgment", "event_date": date(2012, 5, 28),
      "venue": "Tribunal de grande instance de Paris"}),
    ("On March 3, 2012, the Cour d'appel de Paris dismissed the Republic of Guinea's appeal against the exequatur "
     "order.",
     {"event_type": "court_judgment", "event_date": date(2012, 3, 3), "venue": "Cour d'appel de Paris",
      "counterparty": "Republic of Guinea"}),
    ("On 12 May 2012, the Tribunal Supremo de Justicia rejected the application of the Ministerio de Minas.",
     {"event_type": "court_judgment", "event_date": date(2012, 5, 12), "venue": "Tribunal Supremo de Justicia"}),
]
EVENTS += [
    ("The Company filed its request for arbitration with the International Centre for Settlement of Investment "
     "Disputes (\"ICSID\") in 2009. Ecuador applied to ICSID for annulment of the Award on January 4, 2012.",
     {"event_type": "legal_challenge", "event_date": date(2012, 1, 4), "counterparty": "Ecuador",
      "venue": "International Centre for Settlement of Investment Disputes"}),
    ("On 2 April 2012 the Company's Malian subsidiary signed a mining convention for the Diabaya North permit with "
     "the Government of the Republic of Mali.",
     {"event_type": "agreement", "event_date": date(2012, 4, 2), "counterparty": "Republic of Mali"}),
    ("Ms. Li Hong is resigned from position of Chief Financial Officer on May 31, 2012 for personal reason.",
     {"event_type": "executive_departure", "event_date": date(2012, 5, 31), "person_name": "Li Hong",
      "role": "Chief Financial Officer"}),
]
EVENTS += [     # a later sentence dates an event reported before it
    ("The arbitral tribunal hearing the Company's claim against Mongolia has issued its final award (the "
     "\"Award\"). The Award is dated 11 March 2012 and was delivered to the parties yesterday.",
     {"event_type": "arbitration_award", "event_date": date(2012, 3, 11), "counterparty": "Mongolia"}),
    ("The Company has agreed to sell its 26% interest to Ubuntu Phakama Resources (Pty) Ltd for a consideration of "
     "R85,5 million. The sale of shares agreement was also signed on 9 June 2012.",
     {"event_type": "disposition", "event_date": date(2012, 6, 9), "amount": 85_500_000}),
]
EVENTS += [
    ("The Corporation is pleased to welcome Dr. Helena Virtanen, P.Geo., as Vice President, Exploration. Dr. "
     "Virtanen holds a Ph.D. in economic geology. Her appointment is effective April 1, 2012.",
     {"event_type": "executive_appointment", "person_name": "Helena Virtanen", "event_date": date(2012, 4, 1)}),
    ("The board of directors appointed Mr. Wang Jianguo as Chief Financial Officer of the Company since May 1, 2012.",
     {"event_type": "executive_appointment", "person_name": "Wang Jianguo", "event_date": date(2012, 5, 1)}),
]
EVENTS += [
    ("Dr. Helene Marchand, P.Geo., will join the Corporation as Vice President, Exploration on July 9, 2012.",
     {"event_type": "executive_appointment", "person_name": "Helene Marchand", "role": "Vice President, Exploration",
      "event_date": date(2012, 7, 9)}),
    ("The Board announces that Mr. Liang Guowei (\"Mr. Liang\") will step down as chief executive officer of the "
     "Company with effect from 1 July 2012.",
     {"event_type": "executive_departure", "person_name": "Liang Guowei", "role": "chief executive officer",
      "event_date": date(2012, 7, 1)}),
    ("Non-Executive Chair Ms Rhonda Kellerman will become interim Executive Chair from 1 July 2012.",
     {"event_type": "executive_appointment", "person_name": "Rhonda Kellerman", "role": "interim Executive Chair"}),
    # leave to appeal: the other side's is a challenge, the issuer's own a proceeding
    ("Porcupine applied for leave to appeal to the Supreme Court of Canada on June 1, 2012.",
     {"event_type": "legal_challenge", "event_date": date(2012, 6, 1), "venue": "Supreme Court of Canada"}),
    ("On 2 June 2012, Kestrel Mining lodged a petition with the Supreme Court of Appeal for leave to appeal against "
     "the whole of the judgment.",
     {"event_type": "legal_proceeding", "event_date": date(2012, 6, 2)}),
]
EVENTS += [
    # designations after a name, with their commas; the predecessor leaves the role his successor takes
    ("The Company announces the appointment of Jane A. Smith, CPA, CA as Chief Financial Officer, effective "
     "November 1, 2012.",
     {"event_type": "executive_appointment", "person_name": "Jane A. Smith", "role": "Chief Financial Officer",
      "event_date": date(2012, 11, 1)}),
    ("The Company announces the appointment of Jane Smith as Chief Financial Officer, effective November 1, 2012. "
     "Ms. Smith succeeds John Doe, who is retiring.",
     {"event_type": "executive_departure", "person_name": "John Doe", "role": "Chief Financial Officer"}),
    ("Mr. Graham Tse, CPA, CA, has been appointed Interim Chief Financial Officer and Mr. Derek Lum, a partner at "
     "Lum LLP, has been appointed Corporate Secretary.",
     {"event_type": "executive_appointment", "person_name": "Graham Tse", "role": "Interim Chief Financial Officer"}),
    # a deal's other party may end in an abbreviation ('Inc.') before the verb that makes it an acquisition
    ("On June 8, 2012 Kestrel entered into a definitive agreement with Northern Minerals Inc. pursuant to which "
     "Kestrel will acquire a 100% interest in the Bluebird project for cash consideration of C$5 million.",
     {"event_type": "acquisition", "counterparty": "Northern Minerals Inc.", "amount": 5_000_000, "currency": "CAD"}),
    ("On June 8, 2012 Kestrel entered into a definitive agreement with Northern Minerals Inc. to acquire the "
     "Bluebird project for C$5 million.",
     {"event_type": "acquisition", "counterparty": "Northern Minerals Inc.", "amount": 5_000_000}),
    # the sum an agreement commits
    ("Kestrel and the Republic of Tanzania signed a settlement agreement on May 1, 2012 under which the "
     "Government will pay the Company US$30 million in six instalments.",
     {"event_type": "agreement", "event_date": date(2012, 5, 1), "amount": 30_000_000, "currency": "USD"}),
]
EVENTS += [
    # the successor takes the role the other leaves; a claim's plaintiff is the other party to its dismissal
    ("John Smith will step down as President and Chief Executive Officer effective March 31, 2012, and the Board has "
     "appointed Mary Jones, currently Chief Operating Officer, as his successor.",
     {"event_type": "executive_appointment", "person_name": "Mary Jones",
      "role": "President and Chief Executive Officer"}),
    ("Kestrel reports that on June 8, 2012 the Tanzanian High Court dismissed the claim brought by Northern "
     "Drilling Ltd. against the Company.",
     {"event_type": "court_judgment", "counterparty": "Northern Drilling Ltd.", "venue": "Tanzanian High Court"}),
]
EVENTS += [
    ("The Company also announces that Sir Anthony W. Pell-Harrington KCMG has been appointed Non-Executive Chairman "
     "with effect from 1 September 2012.",
     {"event_type": "executive_appointment", "person_name": "Anthony W. Pell-Harrington",
      "role": "Non-Executive Chairman", "event_date": date(2012, 9, 1)}),
    # 'yesterday' is the day before the release ('earlier today' stays undated)
    ("Kestrel and Manitou Falls Resources Inc. announce that yesterday they entered into a definitive arrangement "
     "agreement under which Kestrel will acquire all of the issued and outstanding common shares of Manitou Falls.",
     {"event_type": "acquisition", "event_date": date(2012, 6, 13), "counterparty": "Manitou Falls Resources Inc."}),
    # the successor named in the next sentence takes the role the other left
    ("John Petersen has stepped down as Chief Financial Officer to pursue other opportunities. He will be replaced "
     "by Maria Gonzalez, currently the Company's Corporate Controller, effective July 1, 2012.",
     {"event_type": "executive_appointment", "person_name": "Maria Gonzalez", "role": "Chief Financial Officer",
      "event_date": date(2012, 7, 1)}),
    ("At a meeting of the Board held on March 3, the directors elected Robert Hughes as Chair of the Board.",
     {"event_type": "executive_appointment", "person_name": "Robert Hughes", "role": "Chair of the Board",
      "event_date": date(2012, 3, 3)}),
    ("The Company is pleased to announce the promotion of Aisha Rahman to Vice President, Exploration.",
     {"event_type": "executive_appointment", "person_name": "Aisha Rahman", "role": "Vice President, Exploration"}),
]
EVENTS += [
    # a date after the release is a term of the deal, not the day it was made
    ("The Company has entered into an amending agreement with Macquarie Bank Limited to extend the term of its "
     "offtake agreement to December 31, 2014.",
     {"event_type": "agreement", "event_date": None, "counterparty": "Macquarie Bank Limited"}),
    # a court that sets an award aside rules; a tribunal that dismisses claims in an award makes one
    ("The Svea Court of Appeal set aside the award on April 20, 2012.",
     {"event_type": "court_judgment", "event_date": date(2012, 4, 20), "venue": "Svea Court of Appeal"}),
    ("The LCIA tribunal dismissed the claims brought by Aurum Trading Ltd. against the Company in an award dated "
     "2 February 2012.",
     {"event_type": "arbitration_award", "event_date": date(2012, 2, 2), "counterparty": "Aurum Trading Ltd."}),
]
EVENTS += [
    ("On April 2, 2012 the Company caused a Notice of Garnishment to be issued by the Ontario Superior Court of "
     "Justice against the Republic of Liberia.",
     {"event_type": "enforcement_action", "event_date": date(2012, 4, 2)}),
    ("On 4 March 2012 the Company also registered the judgment in the United States District Court for the Southern "
     "District of New York.",
     {"event_type": "legal_proceeding", "event_date": date(2012, 3, 4),
      "venue": "United States District Court for the Southern District of New York"}),
    ("ICSID registered on 16 May 2012 the Request for Arbitration filed by the Company against the Republic of "
     "Azerbaijan.",
     {"event_type": "legal_proceeding", "counterparty": "Republic of Azerbaijan"}),
    ("Effective April 1, 2012, Rahim Diallo, previously Vice President, Finance, became Chief Financial Officer of the "
     "Company.",
     {"event_type": "executive_appointment", "person_name": "Rahim Diallo", "role": "Chief Financial Officer",
      "event_date": date(2012, 4, 1)}),
    ("Brennock issued its arbitration claim form on 19 November 2011, challenging the award under section 68 of the "
     "Arbitration Act 1996.",
     {"event_type": "legal_challenge", "event_date": date(2011, 11, 19)}),
    # the predecessor named in the next sentence leaves the role, on the successor's date
    ("Effective April 1, 2012, Rahim Diallo became Chief Financial Officer of the Company. He replaces Louise "
     "Tremblay-Chong, who is leaving the mining industry.",
     {"event_type": "executive_departure", "person_name": "Louise Tremblay-Chong", "role": "Chief Financial Officer",
      "event_date": date(2012, 4, 1)}),
    # the London Court of International Arbitration is an arbitral institution, not a court that rules
    ("The award was made on 22 October 2011 by a tribunal appointed under the Rules of the London Court of "
     "International Arbitration and ordered Brennock to pay the Company US$18.45 million with interest from 1 July "
     "2008.",
     {"event_type": "arbitration_award", "event_date": date(2011, 10, 22), "amount": 18_450_000}),
]
NO_EVENTS = [
    # an investor that will acquire the issuer's units on a private placement basis: a financing, no disposition
    "Kestrel has entered into a subscription agreement with Jinhua Resources (HK) Limited (\"Jinhua\") pursuant to "
    "which Jinhua will acquire, on a private placement basis, 15,000,000 units of the Company (the \"Units\") at a "
    "price of C$0.30 per Unit for gross proceeds of C$4,500,000.",
    # a stream: the other side buys a share of the gold, not an asset
    "On June 3, 2012, Kestrel and Highcroft entered into and closed a precious metals purchase agreement under which "
    "Highcroft will purchase 7% of the refined gold produced from the Wren mine for the life of the mine.",
    # a career told (an appointment in a past year), and an appeal the other side is only considering
    "Mr Venter joined Kestrel as general manager in 2005 and was appointed managing director in 2008.",
    "PNG's solicitors have indicated that PNG is considering an application for leave to appeal, and the Company will "
    "oppose any such application.",
    # a state body ending something that is no licence, concession or permit
    "The Government of Ghana terminated the talks on the new fiscal regime in March 2012.",
    # gold drawn under a gold loan and sold, and a sale that did not happen, dispose of no asset
    "On 14 May 2012 the Company drew down 12,000 ounces of gold under its gold loan facility with Swan River Bullion "
    "Bank Limited and sold the ounces on the spot market, realising A$5.71 million.",
    "Had the company sold its March quarter production at the price prevailing on 5 May 2012, revenue would have been "
    "some R18 million higher.",
    # the opening of a Hong Kong announcement recalls what an earlier one told
    "Reference is made to the announcement of the Company dated 1 April 2012 in relation to the completion of the "
    "acquisition of the Taixi Gold Mine.",
    # a placement's subscribers acquiring units, and an acquisition told as history, are no acquisitions
    "Pinegrove Natural Resource Fund acquired 1,500,000 Units, and insiders of the Company acquired an aggregate of "
    "720,000 Units.",
    "Kestrel acquired the Akropong mining lease in 2001 and has operated the Wren mill since 2003.",
    "Under the Swedish Arbitration Act, the Republic may apply to the Svea Court of Appeal to set aside the award "
    "within three months.",
    "Mr Ian W. Lockyer, who retired by rotation in accordance with the Constitution, offered himself for "
    "re-election and was re-elected.",
    "Directors and senior officers of Manitou Falls have entered into voting support agreements in favour of the "
    "Arrangement.",
    "Ms. Zhou has entered into a service contract with the Company for a term of three years commencing on 1 April "
    "2012.",
    "Kestrel has also entered into an equity distribution agreement with Haro Street Capital Inc. establishing an "
    "at-the-market equity program of CDN$10 million.",
    "In its judgment, the Tribunal found that the state company had no authority to terminate the contract.",
    "Dan Murphy, Chief Executive Officer, said: \"We are pleased with the quarter.\"",
    "The new mill replaces the Company's pilot plant, which has been decommissioned.",
    "The parties attended a court-ordered mediation on 26 April 2012.",
    "Venezuela has not appealed or sought to vacate the judgment.",
    "Kestrel will pursue enforcement of the award in every country where assets are found.",
    "Following the meeting, the Board re-appointed Robert Haines as Chair of the Board.",
]


EVENTS += [
    # an officer who died; a name with letters beyond Latin-1; joining after a long apposition; appointed to the Board
    # as an officer
    ("Jean-Pierre Kalala, the Company's Chief Operating Officer, died in Johannesburg on 29 April 2012 following a "
     "short illness.",
     {"event_type": "executive_departure", "event_date": date(2012, 4, 29), "person_name": "Jean-Pierre Kalala",
      "role": "Chief Operating Officer"}),
    ("Ion Mure\u0219an, Chief Operating Officer, retired effective March 31, 2012.",
     {"event_type": "executive_departure", "person_name": "Ion Mure\u0219an", "event_date": date(2012, 3, 31)}),
    ("On completion, Mr Yao Kambou, currently General Manager of Dabakala Gold SA, will join the Group as Chief "
     "Operating Officer.",
     {"event_type": "executive_appointment", "person_name": "Yao Kambou", "role": "Chief Operating Officer"}),
    ("Ms Helen Bratton, currently Group Financial Controller, was appointed to the Board as Finance Director with "
     "effect from 1 May 2012.",
     {"event_type": "executive_appointment", "person_name": "Helen Bratton", "role": "Finance Director",
      "event_date": date(2012, 5, 1)}),
    # the issuer applying to a court to register an award; a registration the court ordered
    ("On 2 March 2012, the Company applied to the High Court of Justice of England and Wales, Commercial Court, to "
     "register the award as a judgment.",
     {"event_type": "legal_proceeding", "event_date": date(2012, 3, 2)}),
    ("Registration of the award was ordered by the Court on 19 March 2012.",
     {"event_type": "court_judgment", "event_date": date(2012, 3, 19)}),
    # a licence invalidated by an authority
    ("The arbitration concerns the invalidation of mining licence MV-014320 over the Khuiten-Ovoo deposit by the "
     "Mineral Resources Authority of Mongolia on 14 October 2011.",
     {"event_type": "expropriation", "event_date": date(2011, 10, 14)}),
    # 'earlier today': the release's date
    ("Earlier today, Kestrel and the Government of Mali signed a settlement agreement under which Mali will pay the "
     "Company US$18 million.",
     {"event_type": "agreement", "event_date": date(2012, 6, 14)}),
]


EVENTS += [
    # a Spanish honorific; an officer appointed from an appositive role; 'effective the same date'; a claim served by
    # its originating application
    ("Kestrel is pleased to announce the appointment of Dra. María Fernanda Ibáñez Rázuri as Vice President, Legal "
     "and Corporate Affairs, effective May 1, 2012.",
     {"event_type": "executive_appointment", "person_name": "María Fernanda Ibáñez Rázuri",
      "role": "Vice President, Legal and Corporate Affairs", "event_date": date(2012, 5, 1)}),
    ("The Board has appointed the Company's Executive Chairman, Mr Alastair Penrose, as Chief Executive Officer with "
     "effect from 2 May 2012.",
     {"event_type": "executive_appointment", "person_name": "Alastair Penrose", "role": "Chief Executive Officer",
      "event_date": date(2012, 5, 2)}),
    ("Mr. John Doe resigned as President and Chief Executive Officer on May 15, 2012. The board of directors has "
     "appointed Mr. Esteban Carrion Mora, until now Chief Operating Officer, as President and Chief Executive Officer "
     "effective the same date.",
     {"event_type": "executive_appointment", "person_name": "Esteban Carrion Mora", "event_date": date(2012, 5, 15)}),
    ("The Company has been served with an originating application and statement of claim in a representative "
     "proceeding commenced in the Federal Court of Australia on 15 April 2012 by Mrs Janine Kerslake.",
     {"event_type": "legal_proceeding", "event_date": date(2012, 4, 15), "venue": "Federal Court of Australia"}),
]


EVENTS += [
    # a role written in lower case; a filing named in Spanish
    ("The board is pleased to announce the appointment of Mr Sipho Ndlovu CA(SA) as financial director of the "
     "company, with effect from 1 May 2012.",
     {"event_type": "executive_appointment", "person_name": "Sipho Ndlovu", "role": "financial director",
      "event_date": date(2012, 5, 1)}),
    ("On 7 March 2012, MTSA filed a recurso de alzada challenging the assessment in full with the Autoridad Regional "
     "de Impugnación Tributaria La Paz.",
     {"event_type": "legal_proceeding", "event_date": date(2012, 3, 7)}),
]


EVENTS += [
    # a state that 'purported to cancel' a licence; an order obtained from a court; the completion of a disposal
    ("On 21 May 2012, the Government of the United Republic of Tanzania purported to cancel Mining Licence ML "
     "412/2009 over the Kinampanda Gold Project.",
     {"event_type": "expropriation", "event_date": date(2012, 5, 21), "counterparty": "United Republic of Tanzania"}),
    ("On 4 June 2012 KMCL obtained an order from the High Court in Dar es Salaam restraining the Minister from "
     "re-allocating the licence.",
     {"event_type": "court_judgment", "event_date": date(2012, 6, 4)}),
    ("Completion of the disposal of the entire equity interest in the Target Company to Inner Mongolia Hongsheng "
     "Resources Co., Ltd. for a consideration of RMB168,000,000 took place on 15 May 2012.",
     {"event_type": "disposition", "event_date": date(2012, 5, 15), "amount": 168_000_000, "currency": "CNY"}),
    # 'as of today' is the release's day
    ("The Company also welcomes Ms. Marisol Arguedas-Pinto as Vice President, Operations, as of today.",
     {"event_type": "executive_appointment", "person_name": "Marisol Arguedas-Pinto", "event_date": date(2012, 6, 14)}),
]
NO_EVENTS_MORE = [
    # a taking the tribunal found did not happen
    ("The tribunal found that Peru had failed to accord the Company's investment fair and equitable treatment, but "
     "dismissed the Company's claim that Peru had expropriated its investment.", "expropriation"),
    # an attachment order is enforcement, no judgment; a phrase is no person
    ("On May 31, 2012, Kestrel obtained a conservatory attachment order from the District Court of Amsterdam over "
     "EUR 4.2 million held in accounts of the Kyrgyz Republic.", "court_judgment"),
    ("Upon Completion, Mr. Wang Li resigned as an executive director.", "Upon Completion"),
]

# a director joining or leaving the board is an executive change, the seat as the sentence names it
BOARD_SEATS = [
    ("Mr. Ramon de Guia has been appointed to the Board as a non-executive Director.",
     ("executive_appointment", "Ramon de Guia", "non-executive Director")),
    ("The Company also announces that Robert Brown has resigned as a director of the Company, effective immediately.",
     ("executive_departure", "Robert Brown", "director")),
    ("Non-Executive Director Mr Graham K. Ferrier did not seek re-election and retired from the Board at the close of "
     "the meeting.", ("executive_departure", "Graham K. Ferrier", "Non-Executive Director")),
    ("Kestrel welcomes Dr. Elena Popescu to its Board of Directors as an independent director, effective 3rd March "
     "2012.", ("executive_appointment", "Elena Popescu", "independent director")),
    ("Kestrel announces the appointment of Dr. Harjit Sandhu to its Board of Directors, the retirement of Mr. Kenneth "
     "Ashworth from the Board, and the grant of incentive stock options.",
     ("executive_departure", "Kenneth Ashworth", "Director")),
    ("The Company also announces that Dr Kwame Asante, a non-executive director, has retired from the Board with "
     "effect from today.", ("executive_departure", "Kwame Asante", "non-executive director")),
    ("Mr. Lee Ka Fai has resigned as an independent non-executive Director with effect from 8 June 2012 due to his "
     "other business commitments.", ("executive_departure", "Lee Ka Fai", "independent non-executive Director")),
    ("Mr Kevin Ashby-Ward was appointed a non-executive director of the Company on 1st May 2012.",
     ("executive_appointment", "Kevin Ashby-Ward", "non-executive director")),
    ("Mr Anand Rao was appointed an independent Non-Executive Director with effect from 1 May 2012.",
     ("executive_appointment", "Anand Rao", "independent Non-Executive Director")),
]


@pytest.mark.parametrize(("sentence", "expected"), BOARD_SEATS)
def test_a_board_seat_taken_or_left_is_an_executive_change(sentence, expected):
    facts = parse_release(release(sentence)).events
    assert expected[:2] in [(f.event_type, f.person_name) for f in facts], facts


@pytest.mark.parametrize(("sentence", "absent"), NO_EVENTS_MORE)
def test_what_is_no_event(sentence, absent):
    facts = parse_release(release(sentence)).events
    assert all(absent not in (f.event_type, f.person_name) for f in facts), facts


def test_two_officers_appointed_in_one_sentence():
    facts = parse_release(release(
        "Following the amalgamation, the board appointed Mr. Harold K. Beaulieu as President and Chief Executive "
        "Officer and Ms. Dana R. Oyama as Chief Financial Officer, effective June 1, 2012.")).events
    assert [(f.person_name, f.role, f.event_date) for f in facts] == [
        ("Harold K. Beaulieu", "President and Chief Executive Officer", date(2012, 6, 1)),
        ("Dana R. Oyama", "Chief Financial Officer", date(2012, 6, 1))]


EVENTS += [
    # a share purchase agreement with a seller is an acquisition; letters after a departing officer's name
    ("Shareholders are advised that on 10 March 2012 Kestrel entered into a share purchase agreement (\"the SPA\") "
     "with Lomshiyo Minerals Holdings Proprietary Limited (\"the Seller\") for a purchase consideration of R212.4 "
     "million.",
     {"event_type": "acquisition", "event_date": date(2012, 3, 10)}),
    ("Mr Pieter J. van Zyl CA(SA), Financial Director, will step down at the end of the month.",
     {"event_type": "executive_departure", "person_name": "Pieter J. van Zyl"}),
]


EVENTS += [
    # an officer terminated for cause, named before the role; 'on or about' a day
    ("On or about March 3 the Company terminated for cause the employment of Mr. Bryce Hammarlund, its Senior "
     "Vice-President, Corporate Development.",
     {"event_type": "executive_departure", "person_name": "Bryce Hammarlund", "event_date": date(2012, 3, 3),
      "role": "Senior Vice-President, Corporate Development"}),
]


EVENTS += [
    # joining the Board as an officer; a General Director elected; an officer named after the role who will retire;
    # an officer who 'commenced as'; a definitive purchase agreement with a vendor
    ("Fiona Kettering joined the Board as Finance Director on 1 March 2012.",
     {"event_type": "executive_appointment", "person_name": "Fiona Kettering", "role": "Finance Director",
      "event_date": date(2012, 3, 1)}),
    ("Mr. Sergey A. Lavrentiev was elected General Director of the Company with effect from 14 March 2012.",
     {"event_type": "executive_appointment", "person_name": "Sergey A. Lavrentiev", "role": "General Director"}),
    ("Managing Director Graham Tillotson will retire on 30 May 2012.",
     {"event_type": "executive_departure", "person_name": "Graham Tillotson", "role": "Managing Director",
      "event_date": date(2012, 5, 30)}),
    ("Mr Tavita Oala commenced as Chief Operating Officer on 2 April 2012.",
     {"event_type": "executive_appointment", "person_name": "Tavita Oala", "event_date": date(2012, 4, 2)}),
    ("Kestrel has entered into a definitive purchase agreement dated May 13, 2012 with Nipigon Prospecting Syndicate "
     "Inc. (the \"Vendor\") to acquire a 100% interest in the Killala Lake gold property.",
     {"event_type": "acquisition", "event_date": date(2012, 5, 13)}),
    # the words of a departure in other releases' English, and the day it takes effect however it is written
    ("Darren K. Voss has resigned as President and Chief Executive Officer and as a director of the Company, "
     "effective Friday, June 8, 2012.",
     {"event_type": "executive_departure", "person_name": "Darren K. Voss", "event_date": date(2012, 6, 8)}),
    ("Mr. Lo Ka Fai will cease to act as chief financial officer on 20 June 2012.",
     {"event_type": "executive_departure", "role": "chief financial officer", "event_date": date(2012, 6, 20)}),
    ("Marat Seitkali has informed the Board that he will step down as Chief Executive Officer on 31 December 2012.",
     {"event_type": "executive_departure", "person_name": "Marat Seitkali", "role": "Chief Executive Officer",
      "event_date": date(2012, 12, 31)}),
    ("The Board agreed that Mr. Zhou Jianguo be relieved of his duties as Deputy General Manager of the Company with "
     "effect from 12 June 2012.",
     {"event_type": "executive_departure", "person_name": "Zhou Jianguo", "role": "Deputy General Manager",
      "event_date": date(2012, 6, 12)}),
    ("Yesterday the Board of Directors relieved Mr. Daniyar Mukhametzhanov of his duties as Chief Operating Officer.",
     {"event_type": "executive_departure", "person_name": "Daniyar Mukhametzhanov", "event_date": date(2012, 6, 13)}),
    ("Gordon A. Whitby stepped down as Chief Executive Officer and as a director of the Company yesterday.",
     {"event_type": "executive_departure", "person_name": "Gordon A. Whitby", "event_date": date(2012, 6, 13)}),
    # one leaves a role on one day and takes another the next: the appointment is dated after its role
    ("Jean-François Lavallée, who has led the Company since 2006, will step down as President and Chief Executive "
     "Officer on December 31, 2012 and will become Executive Chair effective January 1, 2013.",
     {"event_type": "executive_appointment", "person_name": "Jean-François Lavallée", "role": "Executive Chair",
      "event_date": date(2013, 1, 1)}),
    # the person the sentence opens with, not a place in the role held now; names with 'du' and 'binti'; a Peruvian
    # accountant's 'CPC'; a project director
    ("Mr Hannes du Plessis, currently Mine Manager at Koedoesnek Shaft, has been appointed General Manager with effect "
     "from 1 May 2012.",
     {"event_type": "executive_appointment", "person_name": "Hannes du Plessis", "role": "General Manager"}),
    ("Ms. Nurul Ain binti Ismail, currently the Group Financial Controller, will be appointed as Chief Financial "
     "Officer of the Company with effect from 1 October 2012.",
     {"event_type": "executive_appointment", "person_name": "Nurul Ain binti Ismail"}),
    ("The Board appointed CPC Elena Vásquez Tello, until now Chief Accountant (Contador General), as Finance Manager "
     "(Gerente de Finanzas) with effect from 2 March 2012.",
     {"event_type": "executive_appointment", "person_name": "Elena Vásquez Tello", "role": "Finance Manager"}),
    ("Mr Bruno Lefebvre has joined the Company as Project Director with effect from 2 May 2012.",
     {"event_type": "executive_appointment", "person_name": "Bruno Lefebvre", "role": "Project Director"}),
    # a particle in a surname ('dela'); an officer who 'retires on' a day; employment 'was terminated'; a founder's
    # death; an appointment 'accepted'
    ("Mr. Ramon dela Cruz has resigned as Chief Financial Officer effective 31 May 2012 to pursue other interests.",
     {"event_type": "executive_departure", "person_name": "Ramon dela Cruz", "event_date": date(2012, 5, 31)}),
    ("Mr Gerrit van der Walt, Chief Operating Officer, retires on 30 June 2012 after 31 years with the Company.",
     {"event_type": "executive_departure", "person_name": "Gerrit van der Walt", "role": "Chief Operating Officer",
      "event_date": date(2012, 6, 30)}),
    ("The Company also announces that the employment of Gregory Albrecht as President and Chief Executive Officer "
     "was terminated for cause on May 30, 2012.",
     {"event_type": "executive_departure", "person_name": "Gregory Albrecht", "event_date": date(2012, 5, 30)}),
    ("It is with deep sadness that the Company announces the death of John Aldous Whitmore, the Company's founder, "
     "Chairman, President and Chief Executive Officer, who passed away suddenly at his home on Tuesday, June 12.",
     {"event_type": "executive_departure", "person_name": "John Aldous Whitmore", "event_date": date(2012, 6, 12)}),
    ("Mr Graham Tolhurst has accepted appointment as Managing Director of Kestrel Gold NL with effect from 1 July "
     "2012.",
     {"event_type": "executive_appointment", "person_name": "Graham Tolhurst", "role": "Managing Director",
      "event_date": date(2012, 7, 1)}),
    # a person of an advisory firm; a day without its year between 'joined the Company' and the role; who 'will be
    # acting' in a role; a role before the name of the one appointed
    ("The Company has appointed Daniel Reyes of Ridgeview Advisory Partners LLC as Chief Restructuring Officer.",
     {"event_type": "executive_appointment", "person_name": "Daniel Reyes", "role": "Chief Restructuring Officer"}),
    ("Claudia Ferreyra joined the Company on May 1 as Vice President, Finance and Chief Financial Officer.",
     {"event_type": "executive_appointment", "person_name": "Claudia Ferreyra", "event_date": date(2012, 5, 1)}),
    ("Mr Batbayar Tseren, the Company's General Manager Mongolia, will be acting Chief Executive Officer from 1 May "
     "2012 while a replacement is sought.",
     {"event_type": "executive_appointment", "person_name": "Batbayar Tseren",
      "role": "acting Chief Executive Officer"}),
    ("The Board of Directors has appointed the Company's Chief Financial Officer Sari Lehto as acting Chief Executive "
     "Officer as of 20 April 2012.",
     {"event_type": "executive_appointment", "person_name": "Sari Lehto", "event_date": date(2012, 4, 20)}),
    # ('the company' in lower case)
    ("Dr. Luis Alberto Sanchez-Cerro, formerly director general of mining at Peru's Ministry of Energy and Mines, has "
     "joined the company as Vice President, Peru Operations.",
     {"event_type": "executive_appointment", "person_name": "Luis Alberto Sanchez-Cerro",
      "role": "Vice President, Peru Operations"}),
    # 'at the end of' a month: its last day, in the release's year or the one before
    ("Mr Derek Lyall, who has served as Chief Operating Officer since 2006, will leave the Company at the end of "
     "October.",
     {"event_type": "executive_departure", "person_name": "Derek Lyall", "event_date": date(2012, 10, 31)}),
    ("He succeeds Mr A B Sithole, who retired at the end of February after 31 years' service with the group.",
     {"event_type": "executive_departure", "person_name": "A B Sithole", "event_date": date(2012, 2, 29)}),
    # an interlocutory appeal, an application to set aside told with 'applied', a notice of appeal served on the issuer
    ("On May 12, 2012, the DNPM, represented by the Federal Attorney General's Office, filed an interlocutory appeal "
     "(agravo de instrumento) against the preliminary injunction before the Federal Regional Court of the 1st Region.",
     {"event_type": "legal_challenge", "event_date": date(2012, 5, 12)}),
    ("Mozambique applied to set aside the registration on 11 May 2012.",
     {"event_type": "legal_challenge", "event_date": date(2012, 5, 11)}),
    ("Yesterday afternoon Queen Lode's solicitors served the Company with a notice of appeal to the Full Court of the "
     "Supreme Court of Western Australia against the whole of the judgment.",
     {"event_type": "legal_challenge", "event_date": date(2012, 6, 13)}),
    # a Singapore company's 'Pte. Ltd.' ends no sentence
    ("On 13 May 2012, SOMISA and Kingsbridge Resource Finance Pte. Ltd., as agent for the Lenders, signed a "
     "forbearance agreement.",
     {"event_type": "agreement", "event_date": date(2012, 5, 13)}),
    # judgments in more of the words courts give them
    ("On May 27, 2012, the Tribunal Administrativo de Antioquia, sitting in Medellín, dismissed the action brought by "
     "Cooperativa Minera La Cumbre Ltda. seeking annulment of the Company's La Tolda exploitation licence.",
     {"event_type": "court_judgment", "event_date": date(2012, 5, 27),
      "venue": "Tribunal Administrativo de Antioquia"}),
    ("On 18 May 2012 the Court announced the operative part of its judgment, declaring Order No. 214 invalid in full.",
     {"event_type": "court_judgment", "event_date": date(2012, 5, 18)}),
    ("On January 16, 2012, the Court issued an initial order which stays all proceedings against the Company until "
     "February 13, 2012.",
     {"event_type": "court_judgment", "event_date": date(2012, 1, 16)}),
    ("By a decision dated 30 May 2012, the Svea Court of Appeal declined to order a stay.",
     {"event_type": "court_judgment", "event_date": date(2012, 5, 30)}),
    ("The District Court entered its judgment in favor of the Company on May 19, 2012, following a six-day bench "
     "trial.",
     {"event_type": "court_judgment", "event_date": date(2012, 5, 19)}),
    ("On 12 May 2012 Mr Justice Harcourt-Wyse handed down judgment dismissing both challenges.",
     {"event_type": "court_judgment", "event_date": date(2012, 5, 12)}),
    ("On April 9, 2012, the U.S. District Court for the District of Nevada entered the consent decree between the "
     "Company's subsidiary, Toquop Mining LLC, and the United States.",
     {"event_type": "court_judgment", "event_date": date(2012, 4, 9)}),
    # a state body terminating, withdrawing or extinguishing a licence, or its officials taking a plant over
    ("By ministerial order (arrete) dated March 9, 2012, the Minister of Mines and Industry terminated the Mining "
     "Convention and withdrew the Dalafi exploitation permit.",
     {"event_type": "expropriation", "event_date": date(2012, 3, 9)}),
    ("On May 7, 2012 the Ministry of Mines and Petroleum of the Republic of Ecuador extinguished three of the eight "
     "concessions held by the Company's subsidiary.",
     {"event_type": "expropriation", "event_date": date(2012, 5, 7)}),
    ("On 13 May 2012, officials of the Government of the Republic of Uzbekistan, accompanied by Uzzoloto personnel, "
     "took control of the Aktepa plant.",
     {"event_type": "expropriation", "event_date": date(2012, 5, 13)}),
    # the other side asking a court to set the award aside, or for permission to appeal, challenges it
    ("On 22 May 2012, Jinmao applied to the Court of First Instance of the High Court of the Hong Kong Special "
     "Administrative Region to set aside the Award.",
     {"event_type": "legal_challenge", "event_date": date(2012, 5, 22)}),
    ("On 19 March 2012 Drakenstein filed an application with the Court of Appeal for permission to appeal against "
     "that judgment.",
     {"event_type": "legal_challenge", "event_date": date(2012, 3, 19), "venue": "Court of Appeal"}),
    # a weekday told relative to the release (a Thursday): 'last Friday' and 'on Monday' are the ones before it
    ("Mr Derek Vosti, General Manager - Operations, resigned last Friday to return to Western Australia.",
     {"event_type": "executive_departure", "person_name": "Derek Vosti", "event_date": date(2012, 6, 8)}),
    ("Mr Andrew Tsakalos commenced as Chief Financial Officer on Monday, following the resignation of Ms Leonie "
     "Bradfield-Hale.",
     {"event_type": "executive_appointment", "person_name": "Andrew Tsakalos", "event_date": date(2012, 6, 11)}),
    ("On 17 May 2012 the Company completed the acquisition of a 1.5% net smelter return royalty over the Boodanoo gold "
     "project from Kalpini Prospecting Pty Ltd for A$2.75 million in cash.",
     {"event_type": "acquisition", "event_date": date(2012, 5, 17), "amount": 2_750_000}),
    # filings told in the plural, an application to a court, a court's interim order
    ("Kestrel and its subsidiaries filed voluntary petitions for reorganization under Chapter 11 of the United States "
     "Bankruptcy Code in the United States Bankruptcy Court for the District of Nevada on June 7, 2012.",
     {"event_type": "legal_proceeding", "event_date": date(2012, 6, 7),
      "venue": "United States Bankruptcy Court for the District of Nevada"}),
    ("Kestrel applied to the Ontario Superior Court of Justice (Commercial List) on May 31, 2012.",
     {"event_type": "legal_proceeding", "event_date": date(2012, 5, 31)}),
    ("At a first-day hearing held on June 9, 2012, the Court entered an interim order authorizing the Company to "
     "obtain debtor-in-possession financing.",
     {"event_type": "court_judgment", "event_date": date(2012, 6, 9)}),
    ("The United States Bankruptcy Court for the Southern District of Texas entered an order on May 30, 2012 "
     "confirming the Company's Amended Joint Chapter 11 Plan of Reorganization.",
     {"event_type": "court_judgment", "event_date": date(2012, 5, 30)}),
    # a departing officer named before three commas of apposition; the mine in them is no person
    ("Mark Huxtable, Senior Vice President, Projects, who led the construction of La Lechuguilla, will retire on "
     "December 31, 2012 and will remain available to the Company as a consultant.",
     {"event_type": "executive_departure", "person_name": "Mark Huxtable", "event_date": date(2012, 12, 31)}),
    # the issuer buying an existing royalty from its holder is an acquisition (a royalty it sells is a financing)
    ("On May 14, 2012, Kestrel completed the acquisition of a 1.25% net smelter return royalty on the producing "
     "Sheepshead Butte mine in Elko County, Nevada, from Monitor Valley Exploration LLC for $12.0 million in cash.",
     {"event_type": "acquisition", "event_date": date(2012, 5, 14), "amount": 12_000_000}),
]


@pytest.mark.parametrize(("sentence", "expected"), EVENTS)
def test_events(sentence, expected):
    facts = parse_release(release(sentence)).events
    assert any(all(getattr(f, k) == v for k, v in expected.items()) for f in facts), facts


@pytest.mark.parametrize("sentence", NO_EVENTS)
def test_no_events(sentence):
    assert parse_release(release(sentence)).events == ()


def test_a_court_of_appeal_is_not_an_appeal():
    facts = parse_release(release("On May 2, 2012, Kestrel received a favourable ruling from the Court of Appeal "
                                  "of Alberta.")).events
    assert [(f.event_type, f.venue) for f in facts] == [("court_judgment", "Court of Appeal of Alberta")]


@pytest.mark.parametrize("sentence", NO_FINANCINGS)
def test_no_financings(sentence):
    assert parse_release(release(sentence)).financings == ()


# parties named without a legal suffix, lists of lenders, a person after the role they hold
PARTIES = [
    # roles in apposition of any length, and legal suffixes after a comma
    ("Kestrel has closed a US$800 million revolving credit facility arranged by Dominion Pacific Bank, as "
     "administrative agent and joint lead arranger, and Crédit Rhodanien S.A., as joint lead arranger, with Kiyomizu "
     "Trust & Banking Co., Ltd., Banco Sierra Comercial, S.A. and Cascadia National Bank participating as lenders.",
     ("Dominion Pacific Bank", "Crédit Rhodanien S.A.", "Kiyomizu Trust & Banking Co., Ltd.",
      "Banco Sierra Comercial, S.A.", "Cascadia National Bank")),
    ("Kestrel drew down A$5 million under its revolving credit facility with Macquarie Bank Limited and "
     "Commonwealth Bank of Australia.", ("Macquarie Bank Limited", "Commonwealth Bank of Australia")),
    ("Kestrel has repaid in full the outstanding balance of US$3.2 million owed to Orion Mine Finance.",
     ("Orion Mine Finance",)),
    ("Kestrel has completed a bought deal financing of 20,000,000 common shares at a price of $1.15 per share led "
     "by BMO Capital Markets and including Canaccord Genuity Corp.",
     ("BMO Capital Markets", "Canaccord Genuity Corp.")),
    ("The Company issued an unsecured promissory note of US$500,000 to its Chairman, John Smith, bearing interest "
     "at 8% per annum.", ("John Smith",)),
    ("Kestrel issued convertible notes in the principal amount of £4.2 million to Lionhart Capital.",
     ("Lionhart Capital",)),
    ("Kestrel closed a US$2 million private placement with the Company's existing shareholders.", ()),
    ("Kestrel has entered into a US$50 million senior secured credit facility with The Bank of Nova Scotia, as lead "
     "arranger, and Société Générale and ING Bank N.V., as lenders.",
     ("Bank of Nova Scotia", "Société Générale", "ING Bank N.V.")),
    ("The Company has received a A$3 million loan from its major shareholder, Hanking Industrial Group.",
     ("Hanking Industrial Group",)),
    ("Mr. Robert Lang, the Company's Chairman, has advanced a loan of $500,000 to the Company.", ("Robert Lang",)),
    ("Kestrel has entered into a loan agreement with Ms. Lin Wei, a director of the Company, for $250,000.",
     ("Lin Wei",)),
]

# an instrument named in one sentence, its terms and holders in the next
FOLLOW_UPS = [
    # a running total over tranches is no tranche of its own
    ("Kestrel has closed the second and final tranche of its non-brokered private placement, issuing 4,500,000 units "
     "at $0.20 per unit for gross proceeds of $900,000. Together with the first tranche, the Company has raised "
     "aggregate gross proceeds of $2,100,000.",
     {"amount": 900_000, "share_count": 4_500_000}),
    ("Kestrel has closed a US$75 million revolving credit facility (the \"Facility\") with Halverson Bank plc. The "
     "Facility closed on June 1, 2012. Borrowings under the Facility bear interest at LIBOR plus 4.5%, and a standby "
     "fee of 1.25% per annum is payable on undrawn amounts. The Facility matures on June 30, 2016.",
     {"interest_rate_pct": None, "maturity_date": date(2016, 6, 30), "counterparties": ("Halverson Bank plc",)}),
    ("Kestrel has concluded a R450 million revolving credit facility (\"the RCF\") with Highveld Merchant Bank "
     "Limited. The RCF bears interest at a fixed 9.5% per annum and has a final maturity date of 30 April 2014.",
     {"interest_rate_pct": 9.5, "maturity_date": date(2014, 4, 30), "currency": "ZAR"}),
    ("Kestrel has closed a non-brokered private placement of 8,000,000 common shares at $0.50 per share for gross "
     "proceeds of $4,000,000. The private placement was subscribed for by Eric Sprott and Delbrook Capital Advisors "
     "Inc.", {"counterparties": ("Eric Sprott", "Delbrook Capital Advisors Inc.")}),
    ("The Company issued US$10 million of 7.5% senior unsecured notes. The notes mature on June 30, 2020 and were "
     "purchased by funds managed by Sprott Asset Management LP.",
     {"interest_rate_pct": 7.5, "maturity_date": date(2020, 6, 30), "counterparties": ("Sprott Asset Management LP",)}),
    ("Kestrel has arranged a bridge loan of $1.5 million. The lender is Mr. Peter Grey, a significant shareholder. "
     "The loan is non-interest bearing and is repayable on or before September 30, 2012.",
     {"interest_rate_pct": 0.0, "maturity_date": date(2012, 9, 30), "counterparties": ("Peter Grey",)}),
    # 'The options are exercisable at ...': the terms of the options just granted
    ("The Board of Directors has granted incentive stock options to purchase a total of 2,150,000 common shares to "
     "directors, officers, employees and consultants of the Company. The options are exercisable at C$0.72 per share "
     "for a period of five years.",
     {"instrument_type": "stock_options", "share_count": 2_150_000, "price_per_share": 0.72}),
    # a drawing under a facility is the row, not the facility it draws on; a maturity after a floating rate
    ("On May 15, 2012, Kestrel drew the remaining US$8.0 million available under its US$30.0 million senior secured "
     "credit facility with Ridgeline Resource Lending LLC. Amounts drawn bear interest at LIBOR plus 4.0% and the "
     "facility matures on December 31, 2016.",
     {"instrument_type": "credit_facility", "status": "closed", "amount": 8_000_000, "interest_rate_pct": None,
      "maturity_date": date(2016, 12, 31)}),
]

FOLLOW_UPS += [
    # the offer's share count in a later sentence; an underwriter's part and a shareholder's capped standby
    # commitment are no offers of their own
    ("Kestrel announces a 1 for 5 non-renounceable entitlement offer at A$0.03 per share to raise approximately "
     "A$2.1 million. The Entitlement Offer comprises 70,000,000 New Shares. The Entitlement Offer is partially "
     "underwritten to A$1.5 million by Bunbury Street Capital Pty Ltd, a Perth broker. Kestrel's largest "
     "shareholder has entered into a standby commitment to subscribe for any shortfall under the Entitlement "
     "Offer to a maximum of A$0.5 million.",
     {"instrument_type": "equity_offering", "amount": 2_100_000, "share_count": 70_000_000, "price_per_share": 0.03,
      "counterparties": ("Bunbury Street Capital Pty Ltd",)}),
]


def test_the_parts_of_an_instrument_told_one_by_one():
    facts = parse_release(release(
        "The Company has issued two unsecured promissory notes to Mr. Harald Vukovich, a director of the Company, in "
        "exchange for loans advanced to the Company. The first note, for $200,000, was issued on May 12, 2012, and "
        "the second note, for $150,000, was issued on June 2, 2012.")).financings
    assert [(f.instrument_type, f.amount) for f in facts] == [
        ("promissory_note", 200_000), ("promissory_note", 150_000)]


def test_an_early_warrant_exercise_and_the_incentive_warrants_it_earns():
    facts = parse_release(release(
        "Under the Incentive Program, holders exercised 7,350,000 of the 10,200,000 warrants issued in the Company's "
        "February 2011 private placement, each exercisable at C$0.15 per share until February 20, 2013, for gross "
        "proceeds to the Company of C$1,102,500.\n\nA total of 7,350,000 Incentive Warrants were issued on June 14, "
        "2012. Each Incentive Warrant entitles the holder to purchase one common share at a price of C$0.25 until "
        "June 14, 2014.")).financings
    assert [(f.instrument_type, f.amount, f.share_count, f.price_per_share, f.maturity_date) for f in facts] == [
        ("warrants", 1_102_500, 7_350_000, 0.15, date(2013, 2, 20)),
        ("warrants", None, 7_350_000, 0.25, date(2014, 6, 14)),
    ]


PARTS_OF_TOTALS = [
    # a deposit paid in parts: the part received and the part to come, not the total
    ("Kestrel has closed a gold stream agreement with Northvale Streaming Corp. Under the agreement, Northvale will "
     "pay an upfront deposit of US$60 million, of which US$25 million was received on closing on March 7, 2011. The "
     "remaining US$35 million will be paid in instalments pro rata to capital spending.",
     [("royalty_stream", "closed", 25_000_000), ("royalty_stream", "announced", 35_000_000)]),
    # a loan advanced in two parts, with its terms
    ("Kestrel has entered into a US$30 million gold prepayment facility with Aarberg Metals AG, repayable by 31 "
     "January 2014. Aarberg advanced the first US$18 million on 5 October 2012. The balance of US$12 million will be "
     "advanced on 15 January 2013, subject to the Company meeting the conditions for the second advance.",
     [("secured_loan", "closed", 18_000_000), ("secured_loan", "announced", 12_000_000)]),
    # a disbursement received under a facility told again by its size: the disbursement alone
    ("On 11 July 2012 the Company received the second and final disbursement, of USD 18,000,000, under the USD "
     "45,000,000 syndicated loan facility granted by Banco Surandino del Peru S.A.",
     [("credit_facility", "closed", 18_000_000)]),
    # drawings listed after a colon, each with its date
    ("During the quarter the Company made two drawings under the A$14.0 million equipment finance facility with "
     "Brookton Plant Finance Pty Ltd announced on 6 December 2011: A$5.6 million on 18 January 2012, and A$3.9 "
     "million on 14 March 2012.",
     [("credit_facility", "closed", 5_600_000), ("credit_facility", "closed", 3_900_000)]),
    # an instalment of a loan paid ('the second of six semi-annual instalments, of US$750,000')
    ("On 30 June 2012 the Company paid the second of six semi-annual instalments, of US$750,000, on its US$4.5 million "
     "term loan from Wami Commercial Bank Limited.",
     [("debt_repayment", "closed", 750_000)]),
    # an option to buy back part of a royalty is no financing
    ("Kestrel may buy back one-third of the royalty for $3.5 million at any time before December 31, 2015.", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), PARTS_OF_TOTALS)
def test_the_parts_of_a_loan_or_deposit_paid_and_to_come(paragraph, expected):
    facts = parse_release(release(paragraph)).financings
    assert [(f.instrument_type, f.status, f.amount) for f in facts] == expected


OFFERS = [
    # offers to shareholders by other names: a claw-back offer's shares, an open offer, a retail offer
    ("The claw-back offer closed at 12:00 on Friday, 25 March 2011. Kestrel has raised R96,0 million through the issue "
     "of the 30 000 000 claw-back shares at 320 cents per share. Shareholders followed their rights in respect of "
     "11 284 620 claw-back shares and the remaining 18 715 380 claw-back shares were taken up by Mahube.",
     [("equity_offering", "closed", 96_000_000, 30_000_000, 3.2)]),
    ("The retail offer made through the RetailLink platform (the \"Retail Offer\") has raised £424,000 through the "
     "issue of 5,300,000 new ordinary shares at 8 pence per share to retail investors.",
     [("equity_offering", "closed", 424_000, 5_300_000, 0.08)]),
    # a loan converted into shares settles it, even 'its existing unsecured loan'
    ("Tenere Capital Limited, the Company's largest shareholder, has agreed, conditional on Admission, to convert "
     "£350,000 of its existing unsecured loan to the Company into 8,750,000 new ordinary shares at 4 pence per share.",
     [("debt_settlement", "announced", 350_000, 8_750_000, 0.04)]),
    # the flow-through shares of a bought deal are that offering's, not a placement
    ("Kestrel has today closed its previously announced bought deal financing. At closing the Company issued "
     "4,600,000 flow-through common shares at a price of $1.50 per flow-through share, for gross proceeds of "
     "$6,900,000, and 6,900,000 units at a price of $1.20 per unit, for gross proceeds of $8,280,000.",
     [("equity_offering", "closed", 6_900_000, 4_600_000, 1.5),
      ("equity_offering", "closed", 8_280_000, 6_900_000, 1.2)]),
    # an open offer's applications received, at the placing's price; the share of the offer they represent is no row
    ("The Company has raised £9.0 million through the Firm Placing of 150,000,000 new ordinary shares at 6 pence per "
     "share with institutional investors. Valid applications were received from Qualifying Shareholders under the Open "
     "Offer for 38,640,000 Open Offer Shares at the same price, raising £2,318,400. This represents approximately 77.3 "
     "per cent. of the 50,000,000 Open Offer Shares available.",
     [("private_placement", "closed", 9_000_000, 150_000_000, 0.06),
      ("equity_offering", "closed", 2_318_400, 38_640_000, 0.06)]),
    # an offer named and priced, sized by the next sentence that names it
    ("Kestrel announces a renounceable pro-rata entitlement offer of one (1) new share for every three (3) shares held "
     "at an issue price of 6 cents per new share (the \"Offer\"). The Offer will comprise 70,114,583 new shares and "
     "will raise $4,206,875 before costs.",
     [("equity_offering", "announced", 4_206_875, 70_114_583, 0.06)]),
    # (and named and priced only: no row)
    ("Kestrel announces a renounceable pro-rata entitlement offer of one (1) new share for every three (3) shares held "
     "at an issue price of 6 cents per new share (the \"Offer\"). The record date for the Offer is June 20, 2012.", []),
    # options the underwriter receives for its work are warrants
    ("The Underwriter will receive a fee of 5% of the amount underwritten and, subject to shareholder approval, "
     "5,000,000 unlisted options exercisable at 10 cents on or before 30 June 2014.",
     [("warrants", "announced", None, 5_000_000, 0.1)]),
    # shares issued to investors at a price, raising a sum: a placement, though the sentence does not say so
    ("The Company has issued 7,000,000 fully paid ordinary shares at A$0.90 per share to sophisticated and "
     "professional investors in Australia, raising A$6,300,000.",
     [("private_placement", "closed", 6_300_000, 7_000_000, 0.9)]),
    # a plan priced when named, sized by the applications received after; its shortfall at the plan's price
    ("Kestrel's Share Purchase Plan (\"SPP\"), offered to eligible shareholders at 2.5c per share, closed on 10 June "
     "2012. The Company received valid applications from eligible shareholders for 38,420,000 shares, raising "
     "$960,500. The Underwriter has today been issued the shortfall of 21,580,000 shares at the SPP price, raising a "
     "further $539,500.",
     [("equity_offering", "closed", 960_500, 38_420_000, 0.025),
      ("equity_offering", "closed", 539_500, 21_580_000, 0.025)]),
    ("The Company has today issued 48,000,000 Tranche 2 Placement shares at $0.025 per share to sophisticated "
     "investors, raising $1,200,000.",
     [("private_placement", "closed", 1_200_000, 48_000_000, 0.025)]),
    # a part of the issue taken by insiders, an earlier tranche told as announced at the time, and the sum of two
    # offers: no rows of their own
    ("Kestrel has today issued 48,000,000 Tranche 2 Placement shares at $0.025 per share to sophisticated investors, "
     "raising $1,200,000. Directors subscribed for 8,000,000 of the Tranche 2 shares ($200,000), as approved by "
     "shareholders. Tranche 1 of the Placement (72,000,000 shares, raising $1,800,000) was issued on 28 April 2012, as "
     "announced that day. The $3.0 million raised under the Placement and the SPP will fund drilling.",
     [("private_placement", "closed", 1_200_000, 48_000_000, 0.025)]),
    # a list of what was issued under a lead-in that says so; flow-through shares of every kind
    ("Kestrel has closed its non-brokered private placement. The Company issued:\n\n"
     "- 2,500,000 charity flow-through shares (the \"Charity FT Shares\") at $0.21 per share for gross proceeds of "
     "$525,000;\n- 2,400,000 Québec flow-through shares (the \"Québec FT Shares\") at $0.16 per share for gross "
     "proceeds of $384,000; and\n- 3,600,000 hard-dollar units (the \"HD Units\") at $0.12 per HD Unit for gross "
     "proceeds of $432,000.",
     [("private_placement", "closed", 525_000, 2_500_000, 0.21),
      ("private_placement", "closed", 384_000, 2_400_000, 0.16),
      ("private_placement", "closed", 432_000, 3_600_000, 0.12)]),
    # an insider's commitment to part of the placement, and a placement the company agreed to terminate: no rows
    ("Kestrel announces a non-brokered private placement of 12,000,000 units at a price of $0.05 per unit for gross "
     "proceeds of $600,000. Duncan Fairhurst, the Company's President, has committed to subscribe for 4,000,000 units. "
     "The unit financing replaces the brokered private placement of up to 10,000,000 units at $0.25 per unit "
     "announced on May 12, 2012, which the Company and its agent have agreed to terminate.",
     [("private_placement", "announced", 600_000, 12_000_000, 0.05)]),
    # options counted in the sentence after the attaching options are named: those options
    ("Every two new shares carried one free attaching option. A total of 24,125,000 options, each exercisable at 8 "
     "cents on or before 30 November 2014, were issued today.",
     [("warrants", "closed", None, 24_125_000, 0.08)]),
    # the subscription of a top-up placing, sized by 'the Subscription' its shares are named after
    ("The Vendor has conditionally agreed to subscribe for 150,000,000 new Shares (the \"Subscription Shares\") at "
     "HK$0.58 per Subscription Share. The gross proceeds of the Subscription will be HK$87.0 million.",
     [("private_placement", "announced", 87_000_000, 150_000_000, 0.58)]),
    # the non-public issue of A shares to specific targets
    ("The Company has completed the issuance of 86,400,000 A shares to specific targets at RMB12.50 per share, raising "
     "gross proceeds of RMB1,080,000,000.",
     [("private_placement", "closed", 1_080_000_000, 86_400_000, 12.5)]),
    # the conversion price told in a sentence of its own; proceeds a company intends to use to repay a loan
    ("Kestrel has priced its offering of US$175 million aggregate principal amount of 3.75% convertible senior notes "
     "(the \"Notes\"). The initial conversion price is approximately US$12.40 per common share, a premium of 30% to "
     "the closing price of the shares on June 13, 2012. Kestrel intends to use approximately US$120 million of the net "
     "proceeds to repay the amount drawn under its revolving credit facility.",
     [("convertible_debenture", "announced", 175_000_000, None, 12.4),
      ("debt_repayment", "announced", 120_000_000, None, None)]),
    # a senior secured bond issue whose settlement took place
    ("Kestrel announces that settlement of its NOK 450 million senior secured bond issue took place on 13 June 2012.",
     [("secured_loan", "closed", 450_000_000, None, None)]),
    # a gold loan's last instalment repaid in ounces: a dated repayment with no sum of money
    ("On June 11, 2012 the Company delivered 4,000 ounces of gold to Cochrane Bullion Bank in repayment of the final "
     "instalment of its gold loan.",
     [("debt_repayment", "closed", None, None, None)]),
    # (the final ounces, a repayment a period opening dates)
    ("On June 11, 2012 the Company delivered the final 6,000 ounces of gold to Cochrane Bullion Bank in repayment of "
     "its gold loan.",
     [("debt_repayment", "closed", None, None, None)]),
    ("During the quarter the Company delivered 4,500 oz of gold to Cochrane Bullion Bank in repayment of its gold "
     "loan.",
     [("debt_repayment", "closed", None, None, None)]),
    # shares placed or subscribed for with their count, fully paid ('has placed 6,500,000 fully paid ordinary shares')
    ("The Company has placed 6,500,000 fully paid ordinary shares at 24 cents per share to raise A$1,560,000 before "
     "costs.",
     [("private_placement", "closed", 1_560_000, 6_500_000, 0.24)]),
    ("Pardalote has subscribed for 12,500,000 fully paid ordinary shares in Kestrel at A$0.08 per share, raising "
     "A$1.0 million.",
     [("private_placement", "closed", 1_000_000, 12_500_000, 0.08)]),
    ("Poultry Lane Capital Limited has placed the remaining 12,851,380 New Ordinary Shares with institutional "
     "investors at 3.5 pence per share, raising approximately £0.45 million.",
     [("private_placement", "closed", 450_000, 12_851_380, 0.035)]),
    # proceeds applied to reduce a loan are its repayment, not a loan
    ("On 15 May 2012 the bank closed out the Company's hedge book, and the net proceeds of A$1.46 million were "
     "applied in reduction of the gold loan, leaving 11,780 ounces outstanding.",
     [("debt_repayment", "closed", 1_460_000, None, None)]),
    ("On 9 May 2012 the Company applied R150 million, being part of the proceeds of the deposit, to reduce the "
     "balance outstanding under its term loan facility with Umkhonto Merchant Bank Limited.",
     [("debt_repayment", "closed", 150_000_000, None, None)]),
    # notes exchanged for equity are a debt settled in shares (the interest settled with them is no principal)
    ("On the Effective Date, all $31.2 million principal amount of the Company's 9 3/4% Senior Secured Notes due 2006 "
     "(the \"Notes\"), together with accrued interest of $4.6 million, were cancelled in exchange for 18,800,000 "
     "shares of new common stock.",
     [("debt_settlement", "closed", 31_200_000, 18_800_000, None)]),
    ("Under the plan, holders of the Company's $142.0 million of 9.875% Senior Secured Notes due 2024 will receive "
     "100% of the new common stock of the reorganized Company.",
     [("debt_settlement", "announced", 142_000_000, None, None)]),
    ("Kestrel has reached an agreement in principle under which the $18.75 million of Notes, together with accrued "
     "interest, would be exchanged for 95% of the common stock of the reorganized Company.",
     [("debt_settlement", "announced", 18_750_000, None, None)]),
    # an unsecured loan, or one from the issuer's chairman, is a note; a secured one stays a loan
    ("To fund the cash payment on closing, Kestrel's Chairman, Leland Quarrier, has advanced a bridge loan of "
     "$750,000 to the Company.",
     [("promissory_note", "closed", 750_000, None, None)]),
    ("Golden Summit Holdings Limited has agreed to extend the repayment date of its unsecured, interest-free loan of "
     "HK$45,000,000 to the Company from 30 June 2012 to 30 June 2014.",
     [("promissory_note", "announced", 45_000_000, None, None)]),
    ("Mr. Ernesto Velarde, Chairman of the Company, has advanced Cdn$750,000 to Kestrel under a loan agreement dated "
     "May 12, 2012. The loan bears interest at 12% per annum and is secured by a general security agreement over the "
     "assets of the Company.",
     [("secured_loan", "closed", 750_000, None, None)]),
    # a closed placement whose proceeds will repay a loan stays closed
    ("Kestrel has closed a $5 million private placement of 10,000,000 shares at $0.50 per share, the proceeds of "
     "which will be used to repay its bridge loan.",
     [("private_placement", "closed", 5_000_000, 10_000_000, 0.5)]),
    # the number of a tranche is no count of its shares
    ("The Company has issued 4,000,000 Tranche 2 Placement Shares at A$0.08 per share to sophisticated investors.",
     [("private_placement", "closed", None, 4_000_000, 0.08)]),
    # what the company last raised, months before, is background
    ("The Company last raised equity in March 2012, when it placed shares to raise £1.1 million.", []),
    # an over-allotment option 'to purchase up to an additional 3,000,000 shares' is a ceiling, no issue
    ("The Company has granted the underwriter a 45-day option to purchase up to an additional 3,000,000 shares of "
     "common stock and/or warrants to purchase up to an additional 3,000,000 shares of common stock.", []),
    # shares of common stock sold at a price per share to offshore investors: a placement
    ("Kestrel has completed the sale of 1,200,000 shares of common stock at $1.80 per share to offshore investors in "
     "reliance on Regulation S under the Securities Act of 1933, for gross proceeds of $2,160,000.",
     [("private_placement", "closed", 2_160_000, 1_200_000, 1.8)]),
    # a condition's threshold is no loan's principal
    ("The loan is due November 30, 2012, or earlier from the proceeds of any equity financing of more than $3 "
     "million.", []),
    # a deposit paid in exchange for a share of the gold: a stream
    ("Silverpeak will pay an upfront deposit of U.S. $60 million in exchange for 6% of the payable gold produced from "
     "the Akrokerri mine for the life of mine.", [("royalty_stream", "announced", 60_000_000, None, None)]),
    # warrants whose exercise price 'will be reduced', told in the passive
    ("Under the amendment, the exercise price of the 5,000,000 share purchase warrants held by Tarpon will be reduced "
     "from C$0.85 to C$0.40 per share.", [("warrants", "announced", None, 5_000_000, 0.4)]),
    # an officer's quoted remark about what the release told is no financing of its own
    ("\"With the bank facility now at $50 million and the debentures retired, our balance sheet is the strongest it "
     "has been,\" said Jane Smith, Chief Executive Officer.", []),
    # a quoted remark that is the whole sentence; common shares sold at a price per share to named investors; options
    # a named person will receive are incentive options
    ("\"With the equipment loan retired and more than US$30 million in the bank, we are debt-free and fully funded "
     "for our 2012 exploration programme.\"", []),
    ("In that placement the Company sold 2,000,000 common shares at US$3.10 per share to Halvorsen Capital Partners, "
     "for gross proceeds of US$6.2 million.", [("private_placement", "announced", 6_200_000, 2_000_000, 3.1)]),
    ("Mr Tolhurst will receive 1,000,000 options exercisable at A$0.35 each on or before 31 August 2014, subject to "
     "shareholder approval.", [("stock_options", "announced", None, 1_000_000, 0.35)]),
    # a gold loan drawn in ounces is a loan (in gold, no sum of money); a prepaid forward sale is no repayment
    ("On 12 May 2012 the Company drew down a gold loan of 12,000 ounces from Swan River Bullion Bank Limited.",
     [("secured_loan", "closed", None, None, None)]),
    ("Nadina has closed a prepaid gold forward sale agreement with Skeena Precious Metals Trading Ltd., under which "
     "Skeena has paid Nadina US$10 million in exchange for 6,000 ounces of gold to be delivered over 12 months.", []),
    # ounces delivered into a gold loan, or the last ones delivered to retire it, repay it (in gold, no sum of money)
    ("On December 15, 2011 the Company delivered the final 7,500 ounces of gold to Harbourfront Bullion Corporation, "
     "retiring the 30,000-ounce gold loan drawn in 2009.", [("debt_repayment", "closed", None, None, None)]),
    ("During the year the Company delivered 9,000 ounces into its gold loan with Macedon Bullion Bank Limited, leaving "
     "6,000 ounces outstanding.", [("debt_repayment", "closed", None, None, None)]),
    # (nor does the tail of its number, '0 flow-through shares', make one)
    ("The Company has granted the underwriters an option to purchase up to an additional 375,000 flow-through shares "
     "at the offering price, exercisable up to 48 hours before closing.", []),
]


def test_a_repayment_the_lenders_agree_not_to_demand_is_none():
    facts = parse_release(release("The $22.4 million project loan facility is in default, and the Banks have agreed "
                                  "not to demand repayment or enforce their security until 31 January 2012 while "
                                  "the Company seeks a buyer.")).financings
    assert "debt_repayment" not in {f.instrument_type for f in facts}


@pytest.mark.parametrize(("paragraph", "expected"), OFFERS)
def test_offers_by_other_names_and_what_is_not_an_offer(paragraph, expected):
    facts = parse_release(release(paragraph)).financings
    assert [(f.instrument_type, f.status, f.amount, f.share_count, f.price_per_share) for f in facts] == expected


UNIT_WARRANTS = [
    # the terms in their own 'Each warrant entitles ...' sentence, after the units' make-up
    ("Kestrel has arranged a non-brokered private placement of 8,000,000 units at a price of $0.25 per Unit for gross "
     "proceeds of $2,000,000. Each Unit consists of one common share and one common share purchase warrant. Each "
     "warrant entitles the holder to acquire one common share at $0.35 for 24 months from the closing date.",
     ("warrants", "announced", None, 0.35, None)),
    # a unit named by a defined term, with a long make-up ('flow-through share within the meaning of ...')
    ("Kestrel issued 2,850,000 flow-through units (the \"FT Units\") at a price of $0.42 per FT Unit for gross "
     "proceeds "
     "of $1,197,000. Each FT Unit consists of one common share issued as a \"flow-through share\" within the meaning "
     "of the Income Tax Act (Canada) and one-half of one common share purchase warrant (each whole warrant, a "
     "\"Warrant\"). Each Warrant entitles the holder to acquire one common share at $0.60 until June 14, 2014.",
     ("warrants", "closed", None, 0.60, date(2014, 6, 14))),
    # a unit of 'one share of common stock and one warrant', the expiry in the sentence after
    ("Kestrel today announced the pricing of a firm commitment underwritten public offering of 20,000,000 units at a "
     "price to the public of U.S. $0.45 per unit, for gross proceeds of U.S. $9.0 million. Each unit consists of one "
     "share of common stock and one warrant to purchase one share of common stock at an exercise price of U.S. $0.60 "
     "per share. The warrants will be exercisable immediately upon issuance and will expire on June 14, 2017.",
     ("warrants", "announced", None, 0.60, date(2017, 6, 14))),
    # a placement of 'up to' so many units: no count, but the warrants' terms still make a row
    ("Kestrel announces a non-brokered private placement of up to 12,500,000 units at C$0.20 per unit for gross "
     "proceeds of up to C$2,500,000. Each unit will consist of one common share and one common share purchase "
     "warrant exercisable at C$0.30 for 24 months from closing.",
     ("warrants", "announced", None, 0.30, None)),
]


@pytest.mark.parametrize(("paragraph", "expected"), UNIT_WARRANTS)
def test_the_warrants_of_units_told_by_their_terms(paragraph, expected):
    facts = parse_release(release(paragraph)).financings
    rows = [(f.instrument_type, f.status, f.share_count, f.price_per_share, f.maturity_date) for f in facts
            if f.instrument_type == "warrants"]
    assert rows == [expected]


def test_finder_warrants_do_not_stand_for_the_unit_warrants():
    facts = parse_release(release(
        "On October 14, 2012, the Company closed its non-brokered private placement of 4,545,455 flow-through units "
        "at a price of $0.22 per FT Unit for gross proceeds of $1,000,000. Each FT Unit consists of one flow-through "
        "share and one-half of one common share purchase warrant. Each whole warrant entitles the holder to acquire "
        "one common share at a price of $0.25 until October 14, 2014. In connection with the Offering, the Company "
        "paid cash finder's fees of $62,400 and issued 390,000 finder's warrants to Red Cedar Capital Inc., each "
        "exercisable at $0.16 until October 14, 2014.")).financings
    assert sorted((f.share_count or 0, f.price_per_share) for f in facts if f.instrument_type == "warrants") == [
        (0, 0.25), (390_000, 0.16)]


def test_two_kinds_of_units_with_their_proceeds_listed_respectively():
    facts = parse_release(release(
        "Kestrel has closed the second and final tranche of its non-brokered private placement. In the second "
        "tranche the Company issued 4,500,000 CFT Units at C$0.22 per CFT Unit and 6,250,000 HD Units at C$0.16 per HD "
        "Unit, for gross proceeds of C$990,000 and C$1,000,000 respectively.")).financings
    assert [(f.instrument_type, f.amount, f.share_count, f.price_per_share) for f in facts] == [
        ("private_placement", 990_000, 4_500_000, 0.22), ("private_placement", 1_000_000, 6_250_000, 0.16)]


def test_a_tranche_of_units_told_without_the_placement_word_and_the_warrants_counted_after_them():
    facts = parse_release(release(
        "Kestrel has closed the second and final tranche of its private placement of units (the \"Units\"). Each Unit "
        "was sold at a price of $0.40 and consists of one common share and one-half of one warrant. In the second "
        "tranche the Company issued 3,750,000 brokered Units for gross proceeds of $1,500,000 and 1,250,000 "
        "non-brokered Units for gross proceeds of $500,000, together with a total of 2,500,000 Warrants expiring "
        "July 8, 2013.")).financings
    assert [(f.instrument_type, f.amount, f.share_count, f.price_per_share, f.maturity_date) for f in facts] == [
        ("private_placement", 1_500_000, 3_750_000, 0.40, None),
        ("private_placement", 500_000, 1_250_000, 0.40, None),
        ("warrants", None, 2_500_000, None, date(2013, 7, 8)),
    ]


def test_two_placements_in_one_sentence_and_warrant_terms_before_their_count():
    facts = parse_release(release(
        "Under the private placement Kestrel issued 3,200,000 flow-through units at $0.45 per FT Unit for gross "
        "proceeds of $1,440,000, and "
        "2,600,000 hard-dollar units at $0.40 per HD Unit for gross proceeds of $1,040,000. Each whole warrant "
        "entitles the holder to purchase one additional common share at a price of $0.60 until March 15, 2014. "
        "A total of 2,900,000 Warrants were issued under the placement.")).financings
    assert [(f.instrument_type, f.amount, f.share_count, f.price_per_share, f.maturity_date) for f in facts] == [
        ("private_placement", 1_440_000, 3_200_000, 0.45, None),
        ("private_placement", 1_040_000, 2_600_000, 0.40, None),
        ("warrants", None, 2_900_000, 0.60, date(2014, 3, 15)),
    ]


@pytest.mark.parametrize(("paragraph", "expected"), FOLLOW_UPS)
def test_financing_terms_in_the_next_sentence(paragraph, expected):
    (fact,) = parse_release(release(paragraph)).financings
    assert {k: getattr(fact, k) for k in expected} == expected


@pytest.mark.parametrize(("sentence", "parties"), PARTIES)
def test_financing_counterparties(sentence, parties):
    (fact,) = parse_release(release(sentence)).financings
    assert fact.counterparties == parties


def test_an_australian_financial_year_ends_in_june_unless_the_release_says_otherwise():
    asx = ("ASX ANNOUNCEMENT\n\n27 July 2012\n\nKESTREL GOLD LIMITED\n\nASX: KGL\n\nJune Quarter 2012 Activities "
           "Report\n\nKestrel Gold Limited (ASX: KGL) (\"Kestrel\" or \"the Company\") is pleased to report on "
           "activities at its Wren Gold Operation for the June Quarter.\n\n"
           "- FY12 gold production of 86,941oz, a record for the Wren Gold Operation\n")
    facts = parse_release(asx).production
    assert [(f.period_start, f.period_end, f.value) for f in facts] == [(date(2011, 7, 1), date(2012, 6, 30), 86941)]
    said = asx.replace("for the June Quarter.", "for the June Quarter. Its financial year ends on 31 December.")
    assert [(f.period_start, f.period_end) for f in parse_release(said).production] == [
        (date(2012, 1, 1), date(2012, 12, 31))] or parse_release(said).production == ()


def test_a_year_after_its_period_word_is_no_figure():
    facts = _production("The Wren plant recovered 20,967 ounces of gold in the first quarter of 2012, against 18,886 "
                        "ounces recovered in the fourth quarter of 2011.")
    assert sorted(f[5] for f in facts) == [18886, 20967]


def test_a_total_stated_beside_its_parts_is_no_row_of_its_own():
    facts = parse_release(release(
        "Kestrel today announced the closing, on June 1, 2012, of new senior secured credit facilities totalling "
        "$1.2 billion (the \"Credit Facilities\"). The Credit Facilities consist of an $800 million revolving credit "
        "facility (the \"Revolver\") maturing on June 1, 2016 and a $400 million term loan facility maturing on June "
        "1, 2017. At closing Kestrel drew $250 million under the Revolver.")).financings
    got = {(f.instrument_type, f.amount, f.status, f.maturity_date) for f in facts}
    assert got == {("credit_facility", 800e6, "closed", date(2016, 6, 1)),
                   ("credit_facility", 400e6, "closed", date(2017, 6, 1)),
                   ("credit_facility", 250e6, "closed", None)}, facts


def test_the_leads_summary_of_a_judgment_is_the_dated_one_below():
    text = ("KESTREL GOLD\n\nJune 14, 2012\n\nTSX: KGC\n\nKestrel Obtains U.S. Judgment Against Nicaragua\n\n"
            "Vancouver - Kestrel Gold Corp. (TSX: KGC) announces that the United States District Court "
            "for the Southern District of New York has entered judgment against the Republic of Nicaragua on the "
            "arbitral award issued in favour of the Company.\n\n"
            "On March 31, 2012, the Court granted the Company's petition to confirm the award and entered judgment "
            "against the Republic of Nicaragua for US$52.8 million.\n\n"
            "The award was rendered on January 14, 2011 by an arbitral tribunal constituted under the Rules of "
            "Arbitration of the International Chamber of Commerce, which ordered Nicaragua to pay US$47.2 million.\n")
    events = parse_release(text).events
    assert sorted((e.event_type, e.event_date) for e in events) == [
        ("arbitration_award", date(2011, 1, 14)), ("court_judgment", date(2012, 3, 31))]
    judgment = next(e for e in events if e.event_type == "court_judgment")
    assert judgment.venue == "United States District Court for the Southern District of New York"
    assert judgment.amount == 52_800_000


def test_a_gold_prepayment_agreement_is_a_financing_not_an_event():
    parsed = parse_release(release(
        "On May 7, 2012, the Company entered into a gold prepayment agreement with Cordillera Precious Metals Finance "
        "Ltd., under which it will advance US$4.0 million to the Company."))
    assert parsed.events == ()
    assert [(f.instrument_type, f.amount) for f in parsed.financings] == [("secured_loan", 4_000_000)]


def test_an_honorific_and_surname_take_the_full_name_the_release_gives():
    events = parse_release(release(
        "Kestrel has issued a promissory note to Mr. Harald Vukovich, a director of the Company.\n\n"
        "The Board has appointed Mr. Vukovich as interim President and Chief Executive Officer effective July 1, "
        "2012.")).events
    assert [(e.event_type, e.person_name, e.event_date) for e in events] == [
        ("executive_appointment", "Harald Vukovich", date(2012, 7, 1))]
    events = parse_release(release(
        "Dr. Leung Siu Fai, an independent non-executive Director, has informed the Board of his wish to retire.\n\n"
        "The Board has appointed Dr. Leung as Chief Executive Officer.")).events
    assert ("executive_appointment", "Leung Siu Fai") in [(e.event_type, e.person_name) for e in events]


def test_of_the_total_carries_the_ounces_metric_of_the_sentence_before():
    facts = _production("The Kestrel operations poured 50,160 ounces of gold in May 2012.\n\nOf the total, 32,110 "
                        "ounces came from the Wren mine and 18,050 ounces from the Finch mine.")
    assert ("Wren mine", "gold_poured_oz", 32110) in [(f[0], f[4], f[5]) for f in facts]
    assert ("Finch mine", "gold_poured_oz", 18050) in [(f[0], f[4], f[5]) for f in facts]


def test_figures_given_respectively_go_to_their_sites_in_order():
    facts = _production("The Wren, Finch and Robin mines produced 32,110, 18,050 and 9,400 ounces of gold in May "
                        "2012, respectively.")
    assert sorted((f[0], f[4], f[5], f[2]) for f in facts) == [
        ("Finch mine", "gold_produced_oz", 18050, date(2012, 5, 1)),
        ("Robin mine", "gold_produced_oz", 9400, date(2012, 5, 1)),
        ("Wren mine", "gold_produced_oz", 32110, date(2012, 5, 1))]


def test_a_company_total_in_the_highlights_does_not_take_the_site_of_a_mine_below():
    facts = _production("Highlights\n\n- Gold production of 61,250 ounces in the first quarter of 2012\n\n"
                        "Mina Esperanza\n\nMina Esperanza produced 38,400 ounces of gold during the first quarter "
                        "of 2012.\n\nCerro Alto\n\nAt Cerro Alto, gold production totalled 22,850 ounces in the "
                        "first quarter of 2012.")
    assert sorted((f[0], f[5]) for f in facts) == [
        ("Cerro Alto", 22850), ("Kestrel Gold Corp.", 61250), ("Mina Esperanza", 38400)]


def test_a_period_after_figures_joined_by_and_is_each_ones():
    facts = _production("The Wren mine produced 15,112 ounces of gold in the fourth quarter of 2011.\n\nThe Wren mine "
                        "produced 62,318 ounces of gold and 151,400 ounces of silver in 2011, 22% more gold than in "
                        "2010.")
    assert sorted((f[0], f[2], f[3], f[5]) for f in facts) == [
        ("Wren mine", date(2011, 1, 1), date(2011, 12, 31), 62318),
        ("Wren mine", date(2011, 10, 1), date(2011, 12, 31), 15112)]


def test_a_heading_or_run_in_label_naming_a_site_frames_its_paragraph():
    facts = _production("Gold production in the first quarter of 2012 was 45,300 ounces.\n\nSukari Hill\n\n"
                        "The mill processed 610,000 tonnes of ore. Gold production was 28,100 ounces.\n\n"
                        "Kanem: Heap leach operations treated 402,000 tonnes of ore. Gold production was "
                        "8,130 ounces.\n\nOutlook\n\nThe Company expects to produce 180,000 ounces in 2013.")
    assert sorted((f[0], f[4], f[5]) for f in facts) == [
        ("Kanem", "gold_produced_oz", 8130), ("Kanem", "ore_processed_t", 402000),
        ("Kestrel Gold Corp.", "gold_produced_oz", 45300), ("Kestrel Gold Corp.", "gold_produced_oz", 180000),
        ("Sukari Hill", "gold_produced_oz", 28100), ("Sukari Hill", "ore_processed_t", 610000)]


def test_a_drawing_on_the_facility_announced_is_a_row_of_its_own_and_a_balance_drawn_is_none():
    facts = parse_release(release(
        "Kestrel has concluded a R350 million term loan facility (\"the Facility\") with Limpopo Investment Bank "
        "Limited. A first drawdown of R120 million under the Facility was made on 12 May 2012. At May 31, 2012, "
        "R150 million was drawn under the Facility.")).financings
    assert [(f.instrument_type, f.status, f.amount, f.counterparties) for f in facts] == [
        ("credit_facility", "closed", 350_000_000, ("Limpopo Investment Bank Limited",)),
        ("credit_facility", "closed", 120_000_000, ("Limpopo Investment Bank Limited",))]


def test_the_corporation_is_the_company():
    facts = _production("The Wren mine produced 10,200 ounces of gold in May 2012. The Corporation sold 9,500 ounces "
                        "of gold in May 2012.")
    assert sorted((f[0], f[4], f[5]) for f in facts) == [
        ("Kestrel Gold Corp.", "gold_sold_oz", 9500), ("Wren mine", "gold_produced_oz", 10200)]


def test_a_possessive_site_owns_its_figure_and_a_pit_named_as_a_reason_is_no_source():
    facts = _production("Sirakoro's first-quarter 2012 production of 26,011 ounces reflected higher grades from the "
                        "Sirakoro North pit. Cash costs at Sirakoro were US$334 per ounce in the first quarter of "
                        "2012.")
    assert sorted((f[0], f[1], f[4], f[5]) for f in facts) == [
        ("Sirakoro", None, "cash_cost_per_oz", 334), ("Sirakoro", None, "gold_produced_oz", 26011)]


def test_a_bare_site_name_is_the_facility_of_the_same_words():
    from dataclasses import replace

    from pressroom.extract.production import dedupe_production
    (table_fact,) = [f for f in _facts_of_table() if f.value == 40577]
    prose_fact = replace(table_fact, site="Wiawso Hills",
                         evidence=replace(table_fact.evidence, extractor="production.prose"))
    mill_fact = replace(table_fact, site="Wiawso Hills mill", value=40001)
    assert [(f.site, f.value) for f in dedupe_production([prose_fact, table_fact, mill_fact])] == [
        ("Wiawso Hills mine", 40577), ("Wiawso Hills mill", 40001)]


def _facts_of_table():
    return parse_release(release("Wiawso Hills mine\n\n                          Q4 2011      2011\n"
                                 "Gold produced (oz)         14,195    40,577\n", when="January 14, 2012")).production


def test_the_day_interest_runs_from_is_not_the_awards_day():
    facts = parse_release(release(
        "On March 22, 2012, the tribunal issued its award in favour of the Company in the arbitration against the "
        "Bolivarian Republic of Venezuela. The Tribunal ordered Venezuela to pay the Company US$740 million plus "
        "interest from May 12, 2011 until the date of payment.")).events
    assert [(f.event_type, f.event_date) for f in facts] == [("arbitration_award", date(2012, 3, 22))]


def test_a_royalty_created_and_sold_is_a_financing_and_no_disposition():
    facts = parse_release(release(
        "The Company has completed the sale of a 2% net smelter return royalty on its Wren project to Sandstorm Gold "
        "Ltd. for cash consideration of US$12 million."))
    assert facts.events == ()
    assert [(f.instrument_type, f.status, f.amount) for f in facts.financings] == [
        ("royalty_stream", "closed", 12_000_000)]


def test_a_hyphenated_period_word_is_no_site_and_an_owner_is_no_part_of_an_ore_source():
    facts = _production("First-quarter production totalled 46 215 ounces of gold in the first quarter of 2012.\n\n"
                        "During the month of May 2012, the El Tablon plant treated 2,870 tonnes of ore coming from the "
                        "Corporation's Cerro Pelado mine and 1,040 tonnes from the Corporation's Wren pit.")
    assert sorted((f[0], f[1] or "", f[5]) for f in facts) == [
        ("El Tablon plant", "Cerro Pelado mine", 2870), ("El Tablon plant", "Wren pit", 1040),
        ("Kestrel Gold Corp.", "", 46215)]


def test_the_corporation_is_never_its_own_counterparty_and_names_its_officers():
    facts = parse_release(release(
        "The Corporation has granted 850,000 incentive stock options to directors, officers and employees of the "
        "Corporation, exercisable at C$0.42 per share until June 13, 2017.\n\nJean-Pierre Kalala, the Corporation's "
        "Chief Operating Officer, died on 29 April 2012."))
    assert [f.counterparties for f in facts.financings] == [("directors", "officers", "employees")]
    assert [(f.event_type, f.person_name) for f in facts.events] == [("executive_departure", "Jean-Pierre Kalala")]


def test_a_feed_from_one_source_is_the_mills_whole_figure_and_a_split_feed_keeps_its_parts():
    whole = _production("The Lakeview mill processed 7,940 tonnes of ore from the Jewel underground mine in May 2012.")
    assert [(f[0], f[1], f[5]) for f in whole] == [("Lakeview mill", None, 7940)]
    split = _production("The Lakeview mill processed 7,940 tonnes of ore in May 2012. Of this, 5,100 tonnes came from "
                        "the Jewel mine and 2,840 tonnes from the Finch mine.")
    assert sorted((f[0], f[1] or "", f[5]) for f in split) == [
        ("Lakeview mill", "", 7940), ("Lakeview mill", "Finch mine", 2840), ("Lakeview mill", "Jewel mine", 5100)]


def test_a_wash_plant_is_a_site():
    facts = _production("The Tiger Creek wash plant treated 14,800 tonnes of saprolite during May 2012 and recovered "
                        "311 ounces of gold to gravity concentrate.")
    assert sorted((f[0], f[4], f[5]) for f in facts) == [
        ("Tiger Creek wash plant", "gold_recovered_oz", 311), ("Tiger Creek wash plant", "ore_processed_t", 14800)]


def test_a_heading_with_its_country_and_share_names_the_site_of_the_paragraph_below():
    facts = _production("Dyanké Mine, Mali (80%)\n\nThe mine processed 2.64 million tonnes at 1.31 g/t with a recovery "
                        "of 91.5% in the first quarter of 2012.\n\nKiéma Mine, Burkina Faso (90%)\n\nKiéma processed "
                        "1.44 million tonnes at 1.05 g/t in the first quarter of 2012. The expansion of the Kiéma "
                        "plant is scheduled for 2013.")
    assert sorted({f[0] for f in facts}) == ["Dyanké Mine", "Kiéma Mine"]


def test_figures_given_respectively_with_units_each_and_a_clause_after():
    facts = _production("Smith Creek and Makwa Lake produced 41,760 ounces and 26,660 ounces, respectively, in the "
                        "first quarter of 2012, while gold sales totalled 67,900 ounces.")
    assert sorted((f[0], f[4], f[5]) for f in facts) == [
        ("Kestrel Gold Corp.", "gold_sold_oz", 67900), ("Makwa Lake", "gold_produced_oz", 26660),
        ("Smith Creek", "gold_produced_oz", 41760)]


def test_a_year_earlier_is_a_period_not_a_rate():
    facts = _production("The Wren mine produced 148,300 ounces of gold in the first quarter of 2012, compared with "
                        "119,870 ounces a year earlier.")
    assert sorted((f[2], f[5]) for f in facts) == [(date(2011, 1, 1), 119870), (date(2012, 1, 1), 148300)]


def test_a_drawing_and_the_repayment_it_funds_in_one_sentence():
    facts = parse_release(release(
        "Kestrel has closed a US$1.0 billion revolving credit facility (the \"Facility\") with Dominion Atlantic Bank. "
        "On May 14, 2012, the Company drew $300 million under the Facility and, together with cash on hand, repaid "
        "in full its $400 million term loan.")).financings
    assert [(f.instrument_type, f.status, f.amount) for f in facts] == [
        ("credit_facility", "closed", 1_000_000_000), ("credit_facility", "closed", 300_000_000),
        ("debt_repayment", "closed", 400_000_000)]


def test_a_balance_elsewhere_in_the_sentence_leaves_the_drawing():
    facts = parse_release(release(
        "Kestrel has closed a US$150 million revolving credit facility with Dominion Atlantic Bank. On May 14, 2012, "
        "the Company drew $45 million under the facility and, together with cash on hand, repaid in full the $55 "
        "million outstanding under its term loan. On June 1, 2012, the Company repaid the $20 million outstanding "
        "principal of its notes, funded with cash on hand and a $15 million drawdown under the facility.")).financings
    assert [(f.instrument_type, f.amount) for f in facts] == [
        ("credit_facility", 150_000_000), ("credit_facility", 45_000_000), ("debt_repayment", 55_000_000),
        ("credit_facility", 15_000_000), ("debt_repayment", 20_000_000)]
    # (a balance beside the sum is no drawing)
    facts = parse_release(release(
        "Kestrel has closed a US$150 million revolving credit facility with Dominion Atlantic Bank. At the end of the "
        "quarter the Company had drawn US$40 million under the facility, with US$40 million outstanding.")).financings
    assert [(f.instrument_type, f.amount) for f in facts] == [("credit_facility", 150_000_000)]


def test_the_age_of_services_paid_for_in_shares_is_not_the_settlement_s():
    facts = parse_release(release(
        "The Company has agreed to settle $214,500 of indebtedness owed to Fort St. James Diamond Drilling Ltd. for "
        "drilling services completed in 2011 by issuing 1,950,000 common shares at a deemed price of $0.11 per "
        "share.")).financings
    assert [(f.instrument_type, f.status, f.amount, f.share_count, f.price_per_share) for f in facts] == [
        ("debt_settlement", "announced", 214_500, 1_950_000, 0.11)]


def test_the_instalments_a_settlement_is_paid_in_are_a_row_each_in_place_of_their_total():
    facts = parse_release(release(
        "On 25 May 2012, the Company and the Petitioner entered into a deed of settlement, under which the Company "
        "shall pay the Petitioner HK$30,000,000 in full and final settlement of the debt, in three instalments:\n\n"
        "(a) HK$10,000,000, paid on 28 May 2012;\n(b) HK$10,000,000 on or before 30 September 2012; and\n"
        "(c) HK$10,000,000 on or before 30 November 2012.\n\nThe Petitioner will withdraw the Petition.")).financings
    assert [(f.instrument_type, f.status, f.amount, f.maturity_date) for f in facts] == [
        ("debt_settlement", "closed", 10_000_000, date(2012, 5, 28)),
        ("debt_settlement", "announced", 10_000_000, date(2012, 9, 30)),
        ("debt_settlement", "announced", 10_000_000, date(2012, 11, 30))]
    # (shares issued in settlement are a row of their own)
    facts = parse_release(release(
        "Kestrel will pay Kurrajong A$3.75 million in full and final settlement of all claims, comprising:\n"
        "- a cash payment of A$2.0 million within five business days of execution of the Deed;\n"
        "- a further cash payment of A$1.75 million on or before 31 October 2012; and\n"
        "- the issue of 10,000,000 fully paid ordinary shares at a deemed issue price of A$0.15 per share.\n\n"
        "Each party will bear its own costs.")).financings
    assert [(f.instrument_type, f.amount, f.share_count, f.price_per_share) for f in facts] == [
        ("debt_settlement", 2_000_000, None, None), ("debt_settlement", 1_750_000, None, None),
        ("debt_settlement", None, 10_000_000, 0.15)]


def test_instalments_an_award_debtor_pays_the_company_are_no_financing():
    facts = parse_release(release(
        "Yesterday, Kestrel and Honduras signed a settlement agreement under which Honduras will pay the Company a "
        "total of US$57.8 million in full and final satisfaction of the Award, in three instalments:\n\n"
        "- US$20.0 million on or before March 31, 2012;\n- US$18.9 million on or before September 30, 2012; and\n"
        "- US$18.9 million on or before March 31, 2013.\n\nUnpaid amounts will bear interest.")).financings
    assert [f.instrument_type for f in facts if f.instrument_type == "debt_settlement"] == []


def test_a_highlight_rounding_a_placement_is_that_placement():
    facts = parse_release(release(
        "Highlights\n\n- $10.0 million flow-through financing closed in January\n- Drilling to resume in July\n\n"
        "On May 22, 2012 the Company closed a bought-deal private placement of 2,150,000 flow-through common shares at "
        "$4.65 per share for gross proceeds of $9,997,500.")).financings
    assert [(f.instrument_type, f.amount, f.share_count) for f in facts] == [
        ("private_placement", 9_997_500, 2_150_000)]


def test_a_market_value_and_what_an_exercise_would_raise_are_no_financings():
    facts = parse_release(release(
        "The Company has raised £1.15 million before expenses through a placing of 17,692,308 new ordinary shares at "
        "6.5p per share. At the placing price, this gives Kestrel a market capitalisation of approximately £6.25 "
        "million. Were all of the Placing Warrants to be exercised, the Company would receive a further £3.3 "
        "million.")).financings
    assert [(f.instrument_type, f.amount) for f in facts] == [("private_placement", 1_150_000)]


def test_a_highlight_and_the_body_sentence_of_one_placement_are_one_row_with_every_figure():
    facts = parse_release(release(
        "Highlights\n\n- A$20m placement to institutional and sophisticated investors\n- Drilling to resume in July\n\n"
        "The Company has received firm commitments from institutional and sophisticated investors for a placement of "
        "40,000,000 fully paid ordinary shares at A$0.50 per share to raise A$20m before costs.")).financings
    assert [(f.instrument_type, f.amount, f.currency, f.share_count, f.price_per_share) for f in facts] == [
        ("private_placement", 20_000_000, "AUD", 40_000_000, 0.5)]
    assert facts[0].evidence.text.startswith("The Company has received firm commitments")


def test_an_over_allotment_option_granted_and_the_underwriters_named_before_a_defined_term():
    facts = parse_release(release(
        "Kestrel is pleased to announce that it has entered into an agreement with a syndicate of underwriters co-led "
        "by Harbourfront Capital Markets Inc. and Pemberton Securities Ltd., and including Laurier Partners Inc. "
        "(together, the \"Underwriters\"). The Underwriters have agreed to purchase, on a bought deal basis, "
        "20,000,000 common shares of the Company at a price of $0.75 per share, for gross proceeds of $15,000,000. "
        "Kestrel has granted the Underwriters an over-allotment option to purchase an additional 3,000,000 common "
        "shares at the offering price, exercisable for 30 days after closing.")).financings
    assert [(f.instrument_type, f.amount, f.share_count, f.price_per_share) for f in facts] == [
        ("equity_offering", 15_000_000, 20_000_000, 0.75), ("equity_offering", None, 3_000_000, 0.75)]
    assert facts[0].counterparties == ("Harbourfront Capital Markets Inc.", "Pemberton Securities Ltd.",
                                       "Laurier Partners Inc.")


def test_lists_of_figures_given_respectively_go_to_the_sites_named_after_them():
    facts = _production("Cash costs were $518, $446 and $693 per ounce sold at Lomas Verdes, Quebrada del Zonda and "
                        "Pampa Chica, with head grades of 6.84 g/t, 2.10 g/t and 1.38 g/t, respectively, in the first "
                        "quarter of 2012.")
    assert sorted((f[0], f[4], f[5]) for f in facts) == [
        ("Lomas Verdes", "cash_cost_per_oz", 518), ("Lomas Verdes", "head_grade_g_t", 6.84),
        ("Pampa Chica", "cash_cost_per_oz", 693), ("Pampa Chica", "head_grade_g_t", 1.38),
        ("Quebrada del Zonda", "cash_cost_per_oz", 446), ("Quebrada del Zonda", "head_grade_g_t", 2.10)]
    facts = _production("Mill throughput averaged 1,720 tonnes per day at Lomas Verdes and 2,460 tonnes per day at "
                        "Pampa Chica in the first quarter of 2012, with head grades of 6.84 g/t and 1.38 g/t and "
                        "recoveries of 90.2% and 89.1%, respectively.")
    assert sorted((f[0], f[4], f[5]) for f in facts if f[4] != "tonnes_per_day") == [
        ("Lomas Verdes", "head_grade_g_t", 6.84), ("Lomas Verdes", "recovery_pct", 90.2),
        ("Pampa Chica", "head_grade_g_t", 1.38), ("Pampa Chica", "recovery_pct", 89.1)]


def test_a_total_and_a_change_before_the_figures_given_respectively_are_no_list():
    facts = _production("Group gold production for the first quarter of 2012 was 34,860oz, 4% lower than the prior "
                        "quarter, with Kumusi River and Mulgabbie North contributing 21,940oz and 12,920oz "
                        "respectively.")
    assert sorted((f[0], f[5]) for f in facts) == [
        ("Kestrel Gold Corp.", 34860), ("Kumusi River", 21940), ("Mulgabbie North", 12920)]


def test_each_site_takes_the_figure_its_own_verb_reports():
    facts = _production("Lomas Verdes produced 31,640 ounces and Pampa Chica produced 9,150 ounces in the first "
                        "quarter of 2012.")
    assert sorted((f[0], f[5]) for f in facts) == [("Lomas Verdes", 31640), ("Pampa Chica", 9150)]


def test_attaching_options_are_a_row_of_their_terms_and_a_fee_on_the_same_terms_takes_them():
    facts = parse_release(release(
        "Kestrel has received commitments for a placement of 75,000,000 shares at A$0.06 per share to raise A$4.5 "
        "million. Placement participants will receive one free attaching option for every two shares subscribed for, "
        "each exercisable at A$0.10 and expiring on 30 June 2014. Claremont Capital Partners Pty Ltd acted as lead "
        "manager and will receive 15,000,000 options on the same terms as the attaching options.")).financings
    got = [(f.instrument_type, f.share_count, f.price_per_share, f.price_currency, f.maturity_date) for f in facts]
    assert got == [
        ("private_placement", 75_000_000, 0.06, "AUD", None),
        ("warrants", None, 0.10, "AUD", date(2014, 6, 30)),
        ("warrants", 15_000_000, 0.10, "AUD", date(2014, 6, 30))]


def test_free_attaching_options_are_counted():
    facts = parse_release(release(
        "A total of 31,240,000 free attaching options, each exercisable at A$0.08 on or before 30 June 2014, have been "
        "issued to subscribers under the Rights Issue.")).financings
    assert [(f.instrument_type, f.share_count, f.price_per_share) for f in facts] == [("warrants", 31_240_000, 0.08)]


def test_a_sale_agreement_or_letter_of_intent_to_sell_is_a_disposition_and_its_signing_date_no_second_deal():
    events = parse_release(release(
        "Kestrel has executed a sale agreement with its joint venture partner, Keirnan Resources Pty Ltd, to sell its "
        "40% interest in the Cutmore Well Joint Venture for cash consideration of A$6.5 million. The agreement was "
        "signed on June 8, 2012.\n\nSeparately, Kestrel has signed a non-binding letter of intent dated June 5, 2012 "
        "with Northern Raven Exploration Corp. (\"Northern Raven\") for the sale of the Gnat Pass property for total "
        "consideration of $3.0 million.")).events
    assert [(e.event_type, e.event_date, e.counterparty, e.amount) for e in events] == [
        ("disposition", date(2012, 6, 8), "Keirnan Resources Pty Ltd", 6_500_000),
        ("disposition", date(2012, 6, 5), "Northern Raven Exploration Corp.", 3_000_000)]


def test_the_newswire_of_the_dateline_is_no_party_to_a_deal():
    text = ("Kestrel Gold Announces a Letter of Intent\n\nVancouver, British Columbia--(Newsfile Corp. - June 14, "
            "2012) - Kestrel Gold Corp. (TSX: KGC) is pleased to announce that on June 13, 2012 it signed a letter of "
            "intent for the sale of its Gnat Pass property.\n\nThe property is not part of the Company's core holdings "
            "in the region.\n")
    assert "Newsfile Corp." in text
    events = parse_release(text).events
    assert [(e.event_type, e.counterparty) for e in events] == [("disposition", None)]


def test_a_court_that_stays_or_lifts_a_stay_rules_and_a_chairman_who_agreed_to_become_executive_chairman():
    events = parse_release(release(
        "On May 9, 2011, at Guatemala's request, the District Court stayed the enforcement proceeding pending the "
        "outcome of the annulment application. On June 12, 2012 the U.S. District Court for the District of Columbia "
        "lifted the stay.\n\nGerald Fontaine, who has served as non-executive Chairman of the Board since 2004, has "
        "agreed to become Executive Chairman of the Company effective June 14, 2012.")).events
    got = [(e.event_type, e.event_date, e.person_name) for e in events if e.event_type != "legal_challenge"]
    assert got == [("court_judgment", date(2011, 5, 9), None), ("court_judgment", date(2012, 6, 12), None),
                   ("executive_appointment", date(2012, 6, 14), "Gerald Fontaine")]


def test_a_plant_named_in_full_keeps_the_figures_in_its_brackets_and_tonnes_per_day_in_tms():
    facts = _production("The Wren CIL plant processed 96,850 tonnes of ore in the first quarter of 2012 (Q4 2011: "
                        "91,200 tonnes). Company ore was treated at an average of 1,191 TMS per day in the quarter.")
    assert sorted((f[0], f[2], f[4], f[5]) for f in facts) == [
        ("Wren CIL plant", date(2011, 10, 1), "ore_processed_t", 91200),
        ("Wren CIL plant", date(2012, 1, 1), "ore_processed_t", 96850),
        ("Wren CIL plant", date(2012, 1, 1), "tonnes_per_day", 1191)]


def test_tranches_of_a_placement_take_its_price_and_a_cap_is_no_amount():
    facts = parse_release(release(
        "Kestrel has received firm commitments for a placement of 108,333,334 shares at A$0.06 per share to raise "
        "A$6.5 million, in two tranches:\n\n- Tranche 1: 75,000,000 shares (A$4.5 million) to be issued on 23 June "
        "2012; and\n- Tranche 2: 33,333,334 shares (A$2.0 million), subject to shareholder approval.\n\n"
        "Kestrel will also offer eligible shareholders the opportunity to apply for up to A$30,000 of shares each "
        "under a share purchase plan (the \"SPP\") at A$0.06 per share. The SPP is capped at A$1.5 million."
    )).financings
    assert [(f.instrument_type, f.amount, f.share_count, f.price_per_share) for f in facts] == [
        ("private_placement", 4_500_000, 75_000_000, 0.06), ("private_placement", 2_000_000, 33_333_334, 0.06),
        ("equity_offering", None, None, 0.06)]


def test_an_underwriters_option_to_purchase_additional_shares_at_the_offering_price():
    facts = parse_release(release(
        "Kestrel has entered into an agreement under which the Underwriters have agreed to purchase, on a bought deal "
        "basis, 15,625,000 common shares of the Company (the \"Common Shares\") at a price of C$1.60 per Common Share "
        "for gross proceeds of C$25,000,000. The Company has granted the Underwriters an option (the \"Underwriters' "
        "Option\") to purchase an additional 2,343,750 Common Shares at the Offering Price.")).financings
    assert [(f.instrument_type, f.amount, f.share_count, f.price_per_share) for f in facts] == [
        ("equity_offering", 25_000_000, 15_625_000, 1.6), ("equity_offering", None, 2_343_750, 1.6)]


def test_an_appointment_from_the_same_date_and_on_the_nth_day_of_a_month():
    events = parse_release(release(
        "The Company announces that Mr. Jonathan P. Askew, Chief Financial Officer, has left the Company to pursue "
        "other opportunities, with effect from 13 June 2012. Ms. Harriet Cole-Manning, the Group Financial Controller, "
        "has been appointed interim Chief Financial Officer with effect from the same date.\n\nMr. Dale K. Heppner, "
        "CPA, the Company's Controller, has been appointed Corporate Secretary, effective the 30th day of June, "
        "2012.")).events
    assert [(e.event_type, e.event_date, e.person_name) for e in events] == [
        ("executive_departure", date(2012, 6, 13), "Jonathan P. Askew"),
        ("executive_appointment", date(2012, 6, 13), "Harriet Cole-Manning"),
        ("executive_appointment", date(2012, 6, 30), "Dale K. Heppner")]


def test_a_figure_compared_from_another_in_a_named_period_and_a_site_named_as_the_cause():
    facts = _production("At the Wren mine the head grade declined to 1.41 g/t in the first quarter of 2012 from 1.62 "
                        "g/t in the fourth quarter of 2011. Consolidated gold production reached 20,172 ounces in the "
                        "first quarter of 2012, due mainly to the higher grade at the Finch mine.")
    assert sorted((f[0], f[2], f[4], f[5]) for f in facts) == [
        ("Kestrel Gold Corp.", date(2012, 1, 1), "gold_produced_oz", 20172),
        ("Wren mine", date(2011, 10, 1), "head_grade_g_t", 1.62),
        ("Wren mine", date(2012, 1, 1), "head_grade_g_t", 1.41)]
    facts = _production("At the Wren mine the head grade declined to 1.41 g/t from 1.62 g/t in the fourth quarter of "
                        "2011, in a quarter of lower-grade stopes.")
    assert (date(2011, 10, 1), 1.41) not in {(f[2], f[5]) for f in facts}


def test_lower_case_officer_titles_a_death_and_one_person_under_two_spellings():
    events = parse_release(release(
        "The Board deeply regrets to announce that Mr. Guo Zhenhai (\"Mr. Guo\"), an executive Director and the chief "
        "operating officer of the Company, passed away on 18 May 2012 due to illness. The Board announces that Mr. "
        "Feng Lixin (\"Mr. Feng\"), the deputy general manager (production) of Yunnan Jinguan Mining Co., Ltd., a "
        "wholly-owned subsidiary of the Company, has been appointed as the acting chief operating officer of the "
        "Company with effect from 21 May 2012.\n\nOn June 1, 2012, Dale R. Hutchins informed the Company of his "
        "decision to retire as Chief Financial Officer, effective June 30, 2012. Dale Hutchins will retire as CFO on "
        "June 30, 2012.")).events
    assert [(e.event_type, e.event_date, e.person_name) for e in events] == [
        ("executive_departure", date(2012, 5, 18), "Guo Zhenhai"),
        ("executive_appointment", date(2012, 5, 21), "Feng Lixin"),
        ("executive_departure", date(2012, 6, 30), "Dale R. Hutchins")]
    assert events[1].role == "acting chief operating officer"


def test_a_repayment_takes_no_amount_from_another_clause_and_an_exercise_price_each():
    facts = parse_release(release(
        "Highlights\n\n- Term loan repaid in full; revolving credit facility increased to US$300 million\n- Drilling "
        "resumed at the Wren pit\n\nHolders have exercised 2,150,000 warrants at an exercise price of C$0.30 each, "
        "providing proceeds of C$645,000 to the Company.")).financings
    assert [(f.instrument_type, f.amount, f.share_count, f.price_per_share) for f in facts] == [
        ("credit_facility", 300_000_000, None, None), ("warrants", 645_000, 2_150_000, 0.3)]


def test_unless_otherwise_stated_dollar_amounts_are_in_canadian_dollars():
    facts = parse_release(release(
        "Unless otherwise stated, dollar amounts are in Canadian dollars. Kestrel has closed its bought deal financing "
        "of 11,500,000 common shares at a price of $1.60 per share for gross proceeds of $18,400,000.")).financings
    assert [(f.amount, f.currency, f.price_currency) for f in facts] == [(18_400_000, "CAD", "CAD")]


def test_during_the_year_in_the_report_of_a_years_last_quarter_is_that_year():
    text = release("In the fourth quarter of 2011, the Wren mine produced 12,400 ounces. Ore mined during the year was "
                   "1.31 million tonnes.", when="February 21, 2012")
    facts = [(f.period_start, f.period_end, f.metric, f.value) for f in parse_release(text).production]
    assert sorted(facts) == [(date(2011, 1, 1), date(2011, 12, 31), "ore_mined_t", 1_310_000),
                             (date(2011, 10, 1), date(2011, 12, 31), "gold_produced_oz", 12400)]
    text = release("In the second quarter of 2012, the Wren mine produced 12,400 ounces. Ore mined during the year "
                   "was 1.31 million tonnes.", when="July 21, 2012")
    assert (date(2012, 1, 1), date(2012, 12, 31)) not in {(f.period_start, f.period_end)
                                                          for f in parse_release(text).production}


def test_a_numeric_date_line_reads_by_the_primary_listings_convention():
    asx = parse_release(
        "MENANGINA GOLD LIMITED\nASX: MGN | OTCQB: MGNGF\n\n03/08/2021\n\nREQUEST FOR TRADING HALT\n\n"
        "Menangina Gold Limited (ASX: MGN) requests an immediate trading halt in its securities pending an "
        "announcement about a proposed capital raising.\n\nThe Company expects the trading halt to last until the "
        "commencement of normal trading on Thursday, unless the announcement is made earlier.\n")
    assert asx.header.published_date == date(2021, 8, 3)
    us = parse_release(
        "KUMIVA GOLD CORP.\nNYSE American: KMV\n\n10/09/2018\n\nKumiva Reports September Production\n\n"
        "Kumiva Gold Corp. (NYSE American: KMV) reports production for September 2018 from its heap leach operation "
        "in Nevada.\n\nThe operation poured 3,200 ounces of gold in September, in line with the plan for the month "
        "and the Company's guidance for the year.\n")
    assert us.header.published_date == date(2018, 10, 9)


def test_a_date_after_an_events_words_in_its_clause_and_an_attachment_under_a_court_order():
    events = parse_release(release(
        "The Republic applied for annulment of the award on 10 March 2011, and the ad hoc committee dismissed the "
        "application on 2 May 2012. Pursuant to an order of the Luxembourg District Court (Tribunal d'arrondissement "
        "de Luxembourg), on May 28, 2012 the Company attached all of the shares held by the Republic in its "
        "petroleum holding company. The tribunal found that the cancellation of the mining lease on June 14, 2010 "
        "amounted to an expropriation.")).events
    got = [(e.event_type, e.event_date) for e in events]
    assert ("legal_challenge", date(2011, 3, 10)) in got and ("court_judgment", date(2012, 5, 2)) in got
    assert ("enforcement_action", date(2012, 5, 28)) in got and ("expropriation", date(2010, 6, 14)) in got
    assert not any(t == "arbitration_award" and d in (date(2012, 5, 28), date(2010, 6, 14)) for t, d in got)


def test_a_participation_ceded_to_another_lender_is_a_transfer_and_an_undrawn_facility_no_new_row():
    facts = parse_release(release(
        "On 4 March 2012, Pilanesberg Merchant Bank Limited ceded and assigned its entire R450 million participation "
        "in the Facility to Umvoti Credit Opportunities Fund. Kestrel's US$50 million revolving credit facility "
        "remains undrawn.")).financings
    assert [(f.instrument_type, f.amount, f.currency) for f in facts] == [("debt_transfer", 450_000_000, "ZAR")]


def test_tonnes_at_a_grade_and_recovery_for_ounces_in_compact_units():
    facts = _production("The Wren mill processed 318kt at 1.72g/t and 90.4% recovery for 15.9koz in the first quarter "
                        "of 2012.")
    assert sorted((f[0], f[4], f[5]) for f in facts) == [
        ("Wren mill", "gold_produced_oz", 15900), ("Wren mill", "head_grade_g_t", 1.72),
        ("Wren mill", "ore_processed_t", 318000), ("Wren mill", "recovery_pct", 90.4)]


def test_a_hearing_held_and_a_tribunal_constituted_are_steps_of_the_proceeding():
    events = parse_release(release(
        "The hearing on jurisdiction and the merits was held in Washington, D.C. from May 7 to May 11, 2012. The "
        "arbitral tribunal was constituted last week, when the ICC Court confirmed Dr. Elisabeth Kranzlin as its "
        "president. A further hearing will be held in 2013.")).events
    assert [e.event_type for e in events] == ["legal_proceeding"]      # (one proceeding: its steps merge)
    events = parse_release(release(
        "The arbitral tribunal was constituted on June 1, 2012, when the ICC Court confirmed Dr. Elisabeth Kranzlin "
        "as its president.")).events
    assert [(e.event_type, e.event_date) for e in events] == [("legal_proceeding", date(2012, 6, 1))]


def test_grades_in_words_with_decimal_commas_and_lists_of_grades():
    from pressroom.extract.production import find_figures
    def grades(text):
        return [f.value for f in find_figures(text) if f.metric == "head_grade_g_t"]
    assert grades("at a calculated head grade of 0,34 grams per tonne") == [0.34]
    assert grades("head grades of 6.84 grams per tonne and 1.38 grams per tonne") == [6.84, 1.38]
    assert grades("head grades of 6.84 g/t and 1.38 g/t") == [6.84, 1.38]
    assert grades("a head grade of between 2.0 g/t and 2.5 g/t") == []


def test_a_prior_grade_in_words_in_brackets():
    from pressroom.extract.production import find_figures
    figures = find_figures("at an average head grade of 4.02 grams per tonne (H1 FY16: 3.81 grams per tonne)")
    assert [(f.metric, f.value) for f in figures] == [("head_grade_g_t", 4.02), ("head_grade_g_t", 3.81)]


def test_the_tribunals_findings_are_the_reasons_of_the_award_already_reported():
    facts = parse_release(release(
        "On March 23, 2012, the arbitral tribunal rendered its award ordering the Republic of Costa Rica to pay "
        "US$92 million to Kestrel. The Tribunal found that Executive Decree No. 35,114 of November 24, 2008, which "
        "annulled the Company's concession, amounted to an unlawful expropriation.")).events
    awards = [(f.event_type, f.event_date) for f in facts if f.event_type == "arbitration_award"]
    assert awards == [("arbitration_award", date(2012, 3, 23))]


def test_two_agreements_of_different_kinds_stay_apart():
    facts = parse_release(release(
        "Earlier this month, the Company's subsidiary signed a doré offtake agreement with Auric Metals Trading SA "
        "covering the doré of the Wren mine.\n\nOn June 6, 2012, the Company and the Gobierno del Estado de Sonora "
        "signed a memorandum of understanding to co-fund a water treatment plant.")).events
    agreements = sorted((f.counterparty or "", str(f.event_date)) for f in facts if f.event_type == "agreement")
    assert agreements[-1] == ("Auric Metals Trading SA", "None") and len(agreements) == 2


def test_an_agreement_told_again_by_its_defined_name_is_the_same_agreement():
    facts = parse_release(release(
        "Kestrel has executed a farm-in and joint venture agreement (the \"Farm-in Agreement\") with Pardalote Metals "
        "Corporation over the Pindinnis Well project. The Farm-in Agreement was signed on 29 May 2012.\n\nOn June 8, "
        "2012, the Company signed a 20-year land-use agreement with the Comunidad Campesina de Chaupimayo. The "
        "agreement was approved by the community's general assembly on June 3, 2012.")).events
    assert sorted((f.counterparty, str(f.event_date)) for f in facts if f.event_type == "agreement") == [
        ("Comunidad Campesina de Chaupimayo", "2012-06-08"), ("Pardalote Metals Corporation", "2012-05-29")]


def test_an_outlooks_year_carries_to_the_sites_guidance_in_the_next_sentence():
    text = ("KESTREL GOLD\n\nJanuary 21, 2012\n\nTSX: KGC\n\nKestrel Gold Reports 2011 Results\n\nVancouver, British "
            "Columbia - Kestrel Gold Corp. (TSX: KGC) reports results for 2011 from its Lac Albanel Mine and Fazenda "
            "Boa Vista Mine operations in Canada and Brazil.\n\n2012 Outlook\n\nKestrel expects 2012 production of "
            "245,000 to 265,000 ounces at cash costs of $1,020 to $1,090 per ounce sold. Lac Albanel is expected to "
            "produce approximately 128,000 ounces and Fazenda Boa Vista approximately 96,000 ounces.\n")
    guidance = {(f.site, f.value, f.period_start) for f in parse_release(text).production if f.is_guidance}
    assert guidance == {("Lac Albanel Mine", 128_000, date(2012, 1, 1)),
                        ("Fazenda Boa Vista Mine", 96_000, date(2012, 1, 1))}


FINANCING_STATUS = [
    # a subject whose name ends in 'to' does not make 'drew' a plan ('Zoloto drew down')
    ("On June 8, 2012, OAO Nerchuga Zoloto drew down the first tranche of RUB 800 million under its "
     "RUB 2.4 billion loan facility with OJSC Yenisei Development Bank.", "credit_facility", "closed"),
    ("On 30 June 2012 the Company made the third scheduled repayment of US$1.25 million under its project loan "
     "from Central Asian Mining Finance B.V.", "debt_repayment", "closed"),
    ("On closing, the Company made an initial drawdown of US$40 million under its revolving credit facility with "
     "Halverson Bank plc.", "credit_facility", "closed"),
    ("On June 1, 2012, the Company used $25.0 million of the proceeds to repay in full its term loan with Carson "
     "Valley Bank.", "debt_repayment", "closed"),
    ("The Company intends to use C$6,000,000 of the net proceeds to repay in full the bridge loan advanced to the "
     "Company in March 2012 by Radisson Resource Capital Inc.", "debt_repayment", "announced"),
    ("The net proceeds will be applied to repay the US$5 million bridge loan from Halverson Bank plc.",
     "debt_repayment", "announced"),
    ("Mr. Nigel Pryce, the Chairman of the Company, has on the 3rd of this month advanced to the Company an "
     "unsecured loan of US$150,000.", "promissory_note", "closed"),
    ("On June 7, 2012, Kestrel redeemed all of its outstanding 9.5% senior secured notes due 2016, repaying "
     "$45.0 million of principal to noteholders.", "debt_repayment", "closed"),
    ("On June 4, 2012, Similkameen Mining Finance Inc. assigned the $6,000,000 Loan, together with all related "
     "security, to Nicola Special Opportunities LP.", "debt_transfer", "closed"),
    ("On June 11, 2012, Kestrel received a notice of default from Bridger Peak Credit Fund LP, the sole holder of "
     "the Company's 9.0% senior secured notes, of which $12 million in principal is outstanding.",
     "secured_loan", "in_default"),
    ("The Company did not pay the C$14.0 million principal amount of its 9.0% senior unsecured convertible "
     "debentures due May 31, 2012 on the maturity date.", "convertible_debenture", "in_default"),
]


@pytest.mark.parametrize(("sentence", "itype", "status"), FINANCING_STATUS)
def test_financing_status(sentence, itype, status):
    facts = parse_release(release(sentence)).financings
    assert [f.status for f in facts if f.instrument_type == itype] == [status], facts


def _amounts(body: str) -> dict[str, float | None]:
    return {f.event_type: f.amount for f in parse_release(release(body)).events}


def test_an_awards_sum_in_a_later_sentence():
    assert _amounts(
        "Kestrel is pleased to announce that the arbitral tribunal hearing its claim against Mongolia has issued its "
        "final award. The Award is dated June 11, 2012 and was delivered to the parties yesterday.\n\n"
        "- Mongolia is ordered to pay the Company damages of US$64.8 million.\n"
        "- Mongolia is to reimburse US$3.9 million of the Company's legal costs.")["arbitration_award"] == 64_800_000


def test_a_deals_consideration_in_a_later_sentence():
    assert _amounts(
        "Kestrel is pleased to announce the completion on June 11, 2012 of its acquisition of all of the issued and "
        "outstanding common shares of Lac Dasserat Resources Inc. by way of a plan of arrangement.\n\nUnder the "
        "Arrangement, Lac Dasserat shareholders received 0.2420 of a Kestrel common share and $0.11 in cash for each "
        "Lac Dasserat share held, representing aggregate consideration of approximately $63.2 million."
    )["acquisition"] == 63_200_000


def test_a_settlement_sum_the_company_agreed_to_accept():
    assert _amounts(
        "On June 8, 2012, Kestrel and the Government of Solomon Islands signed a settlement agreement. The Government "
        "has reinstated the mining lease, and Kestrel has agreed to accept $45.0 million in full and final "
        "satisfaction of the award.")["agreement"] == 45_000_000


def test_a_later_sentence_about_another_event_gives_no_sum():
    assert _amounts(
        "On June 8, 2012, the Tribunal de grande instance de Paris granted exequatur to the award against the "
        "Republic of Guinea.\n\nOn April 7, 2010, an ICSID tribunal ordered the Republic of Guinea to pay Kestrel "
        "US$96.5 million, plus interest, as compensation for the loss of the Kouroussa project."
    )["court_judgment"] is None


@pytest.mark.parametrize(("body", "etype"), [
    ("Kestrel is pleased to announce the completion on June 11, 2012 of its acquisition of Lac Dasserat Resources Inc.",
     "acquisition"),
    ("Kestrel announces the closing on June 11, 2012 of the previously announced sale of its Wren mine to Auric Metals "
     "Inc.",
     "disposition"),
])
def test_the_completion_of_a_deal(body, etype):
    assert etype in _amounts(body)


def _parties(body: str) -> list[tuple[str, str | None]]:
    return [(f.event_type, f.counterparty) for f in parse_release(release(body)).events]


def test_a_treaty_title_names_no_adversary():
    assert _parties(
        "The Company delivered a notice of dispute to Ecuador under the Agreement between the Government of Canada "
        "and the Government of the Republic of Ecuador for the Promotion and Reciprocal Protection of Investments "
        "on March 14, 2012.") == [("legal_proceeding", "Republic of Ecuador")]


def test_a_country_named_as_a_place_is_no_adversary():
    parties = _parties(
        "Kestrel, the gold producer operating the Asuadai mine in the Western Region of Ghana, announces that on "
        "June 12, 2012 the High Court of Justice of England and Wales dismissed the application by Brennock Process "
        "Engineering Limited to set aside the arbitration award made in the Company's favour.")
    assert parties and all(p != "Ghana" for _, p in parties)


def test_the_steps_of_a_release_about_one_dispute_share_its_adversary():
    parties = dict(_parties(
        "On June 8, 2012, the Tribunal issued its award ordering the Argentine Republic to pay the Company "
        "US$71.3 million.\n\nThe Company filed its Request for Arbitration with ICSID on May 2, 2008."))
    assert parties == {"arbitration_award": "Argentine Republic", "legal_proceeding": "Argentine Republic"}


def test_a_missed_instalment_and_a_conditions_floor_are_no_loan_amounts():
    facts = parse_release(release(
        "The Company did not make the $3.75 million scheduled principal instalment due May 28, 2012 under its senior "
        "secured term loan (the \"Term Loan\") with Kawartha Merchant Bank. As a result, the $34.5 million "
        "outstanding under the Term Loan is in default.\n\nOn June 8, 2012 the Company and Kawartha Merchant Bank "
        "entered into a forbearance agreement, provided that the Company completes an equity financing of not less "
        "than $10 million by August 31, 2012.")).financings
    assert [(f.instrument_type, f.status, f.amount) for f in facts if f.amount] == [
        ("secured_loan", "in_default", 34_500_000)]


def test_a_lender_named_after_the_issuers_name_and_role():
    facts = parse_release(release(
        "Kestrel's Chairman, Mr. Hartley Quennell, has provided a U.S. $3.0 million secured bridge loan to the "
        "Company, which was advanced on June 12, 2012.")).financings
    assert [(f.status, f.counterparties) for f in facts] == [("closed", ("Hartley Quennell",))]


@pytest.mark.parametrize(("body", "etype"), [
    ("On June 11, 2012 APE issued an arbitration claim form in the High Court of Justice, Commercial Court, in London, "
     "applying to set aside the award under section 68 of the Arbitration Act 1996.", "legal_challenge"),
    ("On June 1, 2012 the Republic of Paraguay filed an application with the Secretary-General of the International "
     "Centre for Settlement of Investment Disputes (\"ICSID\") for the annulment of the award.", "legal_challenge"),
    ("On June 8, 2012 Kasitu Mining applied to the High Court of South Africa (Witwatersrand Local Division) for an "
     "order recognising the award and making it an order of court.", "legal_proceeding"),
    ("The board announces that a winding-up petition (the \"Petition\") filed on 8 June 2012 in the High Court of the "
     "Hong Kong Special Administrative Region by Golden Anvil Trading Limited against the Company has been served.",
     "legal_proceeding"),
    ("On June 9, 2012, the Higher Regional Court of Berlin (Kammergericht) declared the Award enforceable in Germany.",
     "court_judgment"),
    ("On June 11, 2012, on the basis of a garnishment order issued by the Local Court of Frankfurt am Main, a court "
     "bailiff attached receivables of approximately €8.2 million owed to the Kingdom of Morocco.",
     "enforcement_action"),
])
def test_more_steps_of_a_dispute(body, etype):
    assert [f.event_type for f in parse_release(release(body)).events] == [etype]


def test_a_courts_final_order_approving_an_arrangement_is_a_step_of_the_deal():
    facts = parse_release(release(
        "Kestrel announces that it has completed its previously announced acquisition of all of the issued and "
        "outstanding common shares of Tenmile Resources Ltd. by way of a plan of arrangement (the \"Arrangement\"). "
        "The Arrangement became effective on June 11, 2012.\n\nTenmile's shareholders approved the Arrangement on "
        "June 1, 2012, and the Supreme Court of British Columbia granted the final order on June 6, 2012.")).events
    assert [(f.event_type, f.event_date) for f in facts] == [("acquisition", date(2012, 6, 11))]


def test_interest_running_from_a_date_does_not_date_the_award():
    facts = parse_release(release(
        "On June 8, 2012 the arbitral tribunal issued its final award. The tribunal ordered APE to pay damages of "
        "US$11.6 million, together with interest at 6% per annum from 1 September 2002.")).events
    assert [(f.event_type, f.event_date) for f in facts] == [("arbitration_award", date(2012, 6, 8))]


def test_a_plant_named_with_its_process():
    from pressroom.extract.production import find_facilities
    assert [f.name for f in find_facilities(
        "The Kasitu Hill carbon-in-leach plant treated ore from the 1.5 Mtpa carbon-in-leach plant at the Ccorihuayta "
        "beneficiation plant")] == ["Kasitu Hill carbon-in-leach plant", "Ccorihuayta beneficiation plant"]


def test_a_mills_feed_rows_inside_its_section_of_rows():
    text = ("KESTREL GOLD LIMITED\n\n29 January 2008\n\nASX Code: KGC\n\nQUARTERLY REPORT FOR THE PERIOD ENDED 31 "
            "DECEMBER 2007\n\nKestrel Gold Limited (\"the Company\") operates the Karramindie mill in the Eastern "
            "Goldfields of Western Australia, fed by the Gimlet Rocks open pit and the Jabiru underground mine.\n\n"
            "PRODUCTION SUMMARY\n"
            "                                 Unit    Dec 07 Qtr    Sep 07 Qtr\n"
            "Karramindie mill\n"
            "  Ore milled                     t          412,600       398,100\n"
            "    - Gimlet Rocks open pit      t          301,200       288,500\n"
            "    - ROM stockpiles             t           32,500        35,300\n"
            "    - Oxide stockpile            t            1,200         1,100\n"
            "  Gold produced                  oz          28,530        26,610\n\n"
            "The Wadjarri mill will be expanded to treat approximately 40,000 t per month from late 2008.\n")
    facts = {(f.site, f.ore_source, f.value) for f in parse_release(text).production
             if f.metric == "ore_processed_t" and f.period_start == date(2007, 10, 1)}
    assert facts == {("Karramindie mill", None, 412_600), ("Karramindie mill", "Gimlet Rocks open pit", 301_200),
                     ("Karramindie mill", "ROM stockpiles", 32_500),
                     ("Karramindie mill", "oxide stockpile", 1_200)}
    assert not [f for f in parse_release(text).production if f.value == 40_000]


def test_the_quarter_of_a_release_on_a_month_and_its_quarter():
    text = ("APIACAS GOLD INC.\n\nCSE: APG\n\nJuly 9, 2019\n\nKestrel Gold Reports June and Second Quarter 2019 "
            "Production\n\nVANCOUVER, BC - Kestrel Gold Inc. (\"Kestrel\" or the \"Company\") reports production for "
            "June 2019 and for the second quarter of 2019 from its Tucunare plant in Brazil.\n\nIn the quarter the "
            "Jatoba open pit mined 47,380 tonnes of ore.\n")
    facts = [(f.metric, f.value, f.period_start, f.period_grain) for f in parse_release(text).production]
    assert facts == [("ore_mined_t", 47_380, date(2019, 4, 1), "quarter")]


@pytest.mark.parametrize("sentence", [
    "Options to purchase 400,000 shares at $0.25 also expired on June 1, 2012.",
    "The remaining 1,400,000 warrants of the series expired on March 15, 2012.",
    "Warrants over 3,000,000 ordinary shares exercisable at 4p lapsed unexercised on 20 May 2012.",
    "The $600,000 flow-through financing completed in December 2011 was fully spent on the 2012 winter drill program.",
])
def test_options_that_lapsed_and_money_spent_are_no_financings(sentence):
    assert parse_release(release(sentence)).financings == ()


def test_shares_issued_to_settle_a_debt_and_an_instalment_paid():
    facts = parse_release(release(
        "The Company has issued 2,400,000 common shares at a deemed price of 5 cents per share to settle $120,000 of "
        "salary accrued and owed to its officers.\n\nOn 30 May 2012 the Company paid the final instalment of US$2.5 "
        "million on its project loan from Banque Nigerienne de Credit Minier.")).financings
    assert [(f.instrument_type, f.status, f.amount) for f in facts] == [
        ("debt_settlement", "closed", 120_000), ("debt_repayment", "closed", 2_500_000)]


def test_a_price_the_release_defined_by_a_term():
    facts = parse_release(release(
        "Kestrel announces that it has conditionally placed 40,000,000 new ordinary shares at 2.5p per share (the "
        "\"Issue Price\") with institutional investors, raising £1,000,000.\n\nIn addition, Kevin Trelissick, the "
        "Company's Chairman, has "
        "subscribed for 8,000,000 new ordinary shares at the Issue Price, raising £200,000.")).financings
    assert [(f.share_count, f.price_per_share) for f in facts if f.share_count == 8_000_000] == [(8_000_000, 0.025)]


def test_a_subscribers_part_of_a_placement_names_its_party():
    facts = parse_release(release(
        "On June 8, 2012, the Company closed the second and final tranche of its non-brokered private placement, "
        "issuing 6,250,000 units at a price of C$0.32 per unit for gross proceeds of C$2,000,000. Fondo Minero Andino "
        "S.A.C., an existing shareholder, subscribed for 3,125,000 units of the second tranche.")).financings
    assert [(f.instrument_type, f.share_count, f.counterparties) for f in facts] == [
        ("private_placement", 6_250_000, ("Fondo Minero Andino S.A.C.",))]


def test_options_to_subscribe_for_shares_are_options():
    facts = parse_release(release(
        "On 8 June 2012, the Board granted to Mr. Tang share options to subscribe for 2,000,000 shares of the Company "
        "at an exercise price of HK$1.12 per share.")).financings
    assert [f.instrument_type for f in facts] == ["stock_options"]


def test_the_tranches_of_a_total_take_its_terms():
    facts = parse_release(release(
        "- Binding agreement with Ironstone Credit Opportunities Fund for the issue of A$25 million of convertible "
        "notes in two tranches\n\nKestrel has signed a binding subscription agreement with Ironstone Credit "
        "Opportunities Fund for the issue of unsecured convertible notes (\"Notes\") with a total face value of A$25 "
        "million. The Notes carry a coupon of 8.0% per annum and mature on 31 October 2014.\n\nAll amounts are in "
        "Australian dollars unless stated otherwise.\n\nThe Notes will be issued in two tranches:\n\n- Tranche 1: $15 "
        "million, to be issued on or about 6 July 2012; and\n- Tranche 2: $10 million, subject to shareholder "
        "approval.")).financings
    assert sorted((f.amount, f.currency, f.interest_rate_pct, str(f.maturity_date)) for f in facts) == [
        (10_000_000, "AUD", 8.0, "2014-10-31"), (15_000_000, "AUD", 8.0, "2014-10-31")]


def test_a_heading_in_capitals_names_its_site():
    text = ("Kestrel Gold Reports Third Quarter 2020 Production\n\nPHOENIX, Arizona, Nov. 05, 2020 (GLOBE NEWSWIRE) -- "
            "Kestrel Gold Inc. (NYSE American: KGC) today reported production for the three months ended September "
            "30, 2020 from its mines: Wabaskang in Ontario and La Pitahaya in Sonora, Mexico.\n\n"
            "**WABASKANG MINE, ONTARIO**\n\nThe Wabaskang mill produced 21,640 ounces of gold in the third quarter.\n\n"
            "**LA PITAHAYA MINE, SONORA**\n\nAt La Pitahaya, the mill processed 412,000 tonnes at a head grade of "
            "1.46 g/t gold.\n")
    sites = {(f.site, f.metric) for f in parse_release(text).production}
    assert ("La Pitahaya Mine", "ore_processed_t") in sites and ("Wabaskang mill", "gold_produced_oz") in sites


def test_ore_processed_at_an_operation_from_its_pits_with_their_grades_respectively():
    text = ("Kestrel Gold Reports Fourth Quarter 2011 Results\n\nDENVER, Colorado, Feb. 18, 2012 -- Kestrel Gold Corp. "
            "(TSX: KGC) reports results for the fourth quarter of 2011 from the Rainy Hollow mine and the Cassidy "
            "Creek mine.\n\nOre processed at Rainy Hollow comprised 1,118 kt from the Rainy Hollow pit and 284 kt from "
            "the Spruce Knob pit, at grades of 1.47 g/t and 1.03 g/t respectively.\n")
    facts = {(f.site, f.ore_source, f.metric, f.value) for f in parse_release(text).production}
    assert facts == {("Rainy Hollow mine", "Rainy Hollow pit", "ore_processed_t", 1_118_000),
                     ("Rainy Hollow mine", "Spruce Knob pit", "ore_processed_t", 284_000),
                     ("Rainy Hollow mine", "Rainy Hollow pit", "head_grade_g_t", 1.47),
                     ("Rainy Hollow mine", "Spruce Knob pit", "head_grade_g_t", 1.03)}


def test_a_permit_application_is_no_legal_proceeding():
    assert parse_release(release(
        "On 2 June 2012 the Company submitted its planning application for a 30,000 tonne-per-annum underground mine "
        "to the Snowdonia National Park Authority.")).events == ()


def test_an_agreement_with_neither_party_nor_day_is_a_mention():
    assert parse_release(release(
        "Ore from Los Tejones is trucked 38 kilometres to a mill owned and operated by a third party, which "
        "processes it under a toll milling agreement signed in 2011.")).events == ()


@pytest.mark.parametrize("sentence", [
    "Under the French Code of Civil Procedure, an application to set aside an award suspends its enforcement until "
    "the Court of Appeal has ruled.",
    "The Federal Supreme Court ordered Serbia to bear the court costs and to compensate the Company for its legal "
    "costs in the set-aside proceedings.",
])
def test_a_ruling_or_deal_the_release_does_not_date_is_spoken_of(sentence):
    assert [f.event_type for f in parse_release(release(sentence)).events
            if f.event_type in ("court_judgment", "arbitration_award", "acquisition", "disposition")] == []


def test_a_country_names_the_releases_one_operation_there():
    text = ("Kestrel Goldfields plc\n\n20 October 2005\n\nThird Quarter 2005 Production Update\n\nKestrel Goldfields "
            "plc (AIM: KGF), which operates the Daboase mine in Ghana and the Diamou mine in Mali, announces its "
            "production results for the quarter ended 30 September 2005.\n\nGhana\n\nIn the quarter the plant "
            "treated 367,600 tonnes of Daboase open pit ore at 2.04 g/t, supplemented by 35,000 tonnes from the "
            "low-grade stockpile at 1.12 g/t. Ghanaian production rose to 23,180 ounces.\n\nMali\n\nA record 14,620 "
            "ounces were poured at Diamou during the quarter, against 12,940 ounces in the second quarter. The heap "
            "leach operation stacked 618,000 tonnes of ore. Malian cash operating costs fell to US$231 per ounce "
            "poured.\n")
    facts = {(f.site, f.ore_source, f.metric, f.value, f.period_start.month) for f in parse_release(text).production}
    assert ("Daboase mine", "Daboase open pit", "ore_processed_t", 367_600, 7) in facts
    assert ("Daboase mine", "low-grade stockpile", "ore_processed_t", 35_000, 7) in facts
    assert ("Daboase mine", None, "gold_produced_oz", 23_180, 7) in facts
    assert ("Diamou mine", None, "cash_cost_per_oz", 231, 7) in facts


def test_the_profile_names_a_bare_site_and_a_colon_opens_a_list_of_parts():
    text = release(
        "Fish Creek, our heap leach operation near Eureka, recovered 41,750 ounces in 2011.\n\nFor 2012, Kestrel "
        "expects to produce approximately 110,000 ounces of gold: about 67,000 ounces from Morgan Creek and 43,000 "
        "ounces from Fish Creek.\n\nAbout Kestrel Gold Corp.\n\nKestrel is a gold producer with the Morgan Creek mine "
        "in Idaho and the Fish Creek heap leach operation in Nevada.", when="January 20, 2012")
    facts = {(f.site, f.value) for f in parse_release(text).production}
    assert ("Fish Creek heap leach operation", 41_750) in facts
    assert ("Kestrel Gold Corp.", 110_000) in facts and ("Morgan Creek mine", 67_000) in facts


MORE_FINANCING_STATUS = [
    ("A total of 40 000 000 new ordinary shares were placed with institutional and sophisticated investors at R2,50 "
     "per share, raising R100 million.", "private_placement", "closed"),
    ("- Share Purchase Plan oversubscribed, raising A$2.0 million after scale back", "equity_offering", "closed"),
    ("On June 8, 2012, Kestrel amended its senior secured revolving credit facility with Dominion Mercantile Bank, "
     "increasing the facility to $250 million from $150 million.", "credit_facility", "closed"),
    ("The scheduled semi-annual repayment of R25 million on the term loan from Rustenburg Merchant Bank Limited was "
     "made on 31 May 2012.", "debt_repayment", "closed"),
    ("The lenders also received an aggregate of 3,000,000 share purchase warrants, each exercisable to acquire one "
     "common share at $0.15 until April 20, 2014.", "warrants", "closed"),
]


@pytest.mark.parametrize(("sentence", "itype", "status"), MORE_FINANCING_STATUS)
def test_more_financing_status(sentence, itype, status):
    facts = parse_release(release(sentence)).financings
    assert [f.status for f in facts if f.instrument_type == itype] == [status], facts


def test_investor_classes_and_a_price_in_cents_on_the_asx():
    text = release("Kestrel has placed 90,000,000 shares with institutional and sophisticated investors at 4 cents "
                   "per share, raising A$3,600,000.").replace("TSX: KGC", "ASX: KGC").replace("(TSX: KGC)", "(ASX: "
                   "KGC)")
    facts = parse_release(text).financings
    assert [(sorted(f.counterparties), f.price_per_share, f.price_currency) for f in facts] == [
        (["institutional investors", "sophisticated investors"], 0.04, "AUD")]


def test_a_placing_up_to_a_ceiling_and_the_past_twelve_months_fund_raising():
    facts = parse_release(release(
        "On 8 June 2012, the Company and Wing Lok Street Securities Limited (the \"Placing Agent\") entered into the "
        "placing agreement, pursuant to which the Placing Agent has agreed to place, on a best efforts basis, up to "
        "150,000,000 new Shares to not less than six Placees at the placing price of HK$0.38 per Placing Share. The "
        "maximum gross proceeds of the Placing will be HK$57.0 million.\n\nFUND RAISING ACTIVITIES IN THE PAST TWELVE "
        "MONTHS\n\nOn 15 March 2012 the Company completed a placing of 80,000,000 Shares at HK$0.31 per Share, raising "
        "net proceeds of approximately HK$24.1 million.")).financings
    assert [(f.instrument_type, f.amount, f.share_count) for f in facts] == [("private_placement", None, None)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Board is pleased to announce the appointment of Dr Rehema Mwandosya to the Board as Technical Director with "
     "effect from 1 December 2012.",
     ("executive_appointment", "Rehema Mwandosya", "Technical Director", date(2012, 12, 1))),
    ("On 20 June 2012 the Board appointed Walter Arotoma Ayala as Administration and Finance Manager, effective 1 July "
     "2012.",
     ("executive_appointment", "Walter Arotoma Ayala", "Administration and Finance Manager", date(2012, 7, 1))),
    ("Richard A. Stenning, its Executive Chairman, will transition to the role of non-executive Chairman effective "
     "June 1, 2012.", ("executive_departure", "Richard A. Stenning", "Executive Chairman", date(2012, 6, 1))),
])
def test_more_executive_changes(sentence, expected):
    facts = parse_release(release(sentence)).events
    assert [(f.event_type, f.person_name, f.role, f.event_date) for f in facts] == [expected]


def test_a_sale_and_purchase_agreement_with_the_vendor_is_an_acquisition():
    facts = parse_release(release(
        "On 5 June 2012 the Company entered into a conditional sale and purchase agreement with Kisima Minerals "
        "Limited "
        "(the \"Vendor\") for the acquisition of a 100 per cent. interest in prospecting licence PL 2215/2003.")).events
    assert [(f.event_type, f.counterparty) for f in facts] == [("acquisition", "Kisima Minerals Limited")]


def test_the_key_terms_of_a_convertible_bond_set_out_label_by_label():
    facts = parse_release(release(
        "The Board announces that on 10 June 2012 (after trading hours), the Company and Harbour Peak Investments "
        "Limited entered into the subscription agreement, pursuant to which the Subscriber has conditionally agreed "
        "to subscribe for convertible bonds in the principal amount of HK$54,000,000.\n\n"
        "Principal amount:    HK$54,000,000\nInterest:            6.5% per annum, payable semi-annually in arrears\n"
        "Maturity Date:       the second anniversary of the date of issue of the Convertible Bonds\n"
        "Conversion Price:    HK$0.36 per Conversion Share, subject to adjustment\n"
        "Conversion Shares:   assuming full conversion at the initial Conversion Price, 150,000,000 Conversion Shares "
        "will be issued")).financings
    assert [(f.instrument_type, f.amount, f.interest_rate_pct, f.maturity_date, f.share_count, f.price_per_share)
            for f in facts] == [("convertible_debenture", 54_000_000, 6.5, None, 150_000_000, 0.36)]


@pytest.mark.parametrize("sentence", [
    "The warrants were issued on October 28, 2011 with the units sold in the Company's $1.4 million private placement.",
    "The grants follow the Company's $1.8 million private placement of units at $0.12, which closed in December 2011.",
    "The Placement follows the A$1.8 million entitlement offer completed in November 2011.",
    "The 125,000 bonus shares issued to Ms. Sorochan for that loan were disclosed in the Company's news release of "
    "October 16, 2011.",
])
def test_an_earlier_financing_named_in_passing_is_no_row(sentence):
    assert parse_release(release(sentence)).financings == ()


def test_a_count_in_millions_written_with_an_m():
    facts = parse_release(release(
        "On June 8, 2012 the Company closed a private placement of 4.0M flow-through common shares at $0.21 per share "
        "for gross proceeds of $840,000.")).financings
    assert [(f.share_count, f.amount) for f in facts] == [(4_000_000, 840_000)]


def test_the_guidance_an_actual_beat_and_a_heading_in_capitals_run_into_its_paragraph():
    text = release("Record gold production of 141,800 ounces in 2011, above guidance of approximately 135,000 ounces."
                   "\n\nGUIDANCE\nKestrel expects to produce approximately 56,000 oz of gold in 2012 at a cash cost of "
                   "approximately US$560/oz.", when="January 27, 2012")
    facts = {(f.site, f.value, f.is_guidance, f.period_start.year) for f in parse_release(text).production}
    assert {("Kestrel Gold Corp.", 141_800, False, 2011), ("Kestrel Gold Corp.", 135_000, True, 2011),
            ("Kestrel Gold Corp.", 56_000, True, 2012)} <= facts


@pytest.mark.parametrize("sentence", [
    "2011 attributable production of 141,800 ounces exceeded the Company's guidance of approximately 135,000 ounces.",
    "Full-year production at the Wren CIL plant of 141,800 ounces in 2011 was above the Company's 2011 guidance of "
    "approximately 135,000 ounces.",
])
def test_the_companys_guidance_an_actual_exceeded_is_the_companys(sentence):
    facts = {(f.site, f.value, f.is_guidance, f.period_start.year)
             for f in parse_release(release(sentence, when="January 27, 2012")).production}
    assert ("Kestrel Gold Corp.", 135_000, True, 2011) in facts


def test_a_highlight_beating_guidance_takes_its_headings_year():
    text = release("Kestrel reported its results for the three months and year ended December 31, 2014.\n\n"
                   "2014 Highlights\n\n- Record gold production of 168,420 ounces, ahead of guidance of "
                   "approximately 160,000 ounces\n"
                   "- Revenue of $224.6 million", when="February 25, 2015")
    facts = {(f.value, f.is_guidance, f.period_start, f.period_end) for f in parse_release(text).production}
    assert facts == {(168_420, False, date(2014, 1, 1), date(2014, 12, 31)),
                     (160_000, True, date(2014, 1, 1), date(2014, 12, 31))}


@pytest.mark.parametrize("body, site, ounces", [
    ("The Wren mine produced 30,000 ounces in the third quarter of 2012.\n\nKestrel expects to produce 80,000 ounces "
     "in 2013. Wren is expected to contribute approximately 52,000 ounces.", "Wren mine", 52_000),
    ("The Kisesa Hill mine produced 30,000 ounces in the third quarter of 2012.\n\nKestrel expects to produce "
     "approximately 157,000 ounces of gold in 2013, of which approximately 104,000 ounces will come from Kisesa Hill.",
     "Kisesa Hill mine", 104_000),
    ("For 2013, Kestrel expects to produce approximately 310,000 ounces of gold: about 115,000 ounces from the Morgan "
     "Creek mine, 104,000 ounces from the Indian Valley mill and 43,000 ounces from the Fish Creek heap leach "
     "operation.", "Indian Valley mill", 104_000),
])
def test_a_sites_part_of_a_forecast(body, site, ounces):
    facts = parse_release(release(body, when="October 19, 2012")).production
    assert (site, ounces, True, 2013) in [(f.site, f.value, f.is_guidance, f.period_start.year) for f in facts]


def test_a_result_on_track_for_a_forecast_is_no_forecast():
    facts = parse_release(release("- Gold production of 22,474 oz in the December 2011 quarter, on track for the "
                                  "FY2012 forecast", when="January 27, 2012")).production
    assert [(f.value, f.is_guidance, f.period_grain) for f in facts] == [(22474, False, "quarter")]


def test_a_second_change_whose_person_follows_the_first_ones_role():
    facts = parse_release(release(
        "Also effective July 1, 2012, Carlos Vilaro, Senior Vice President, Exploration, will become Executive Vice "
        "President and Chief Operating Officer, and Priya Raghavan, Vice President, Finance, will succeed Mr. Feldmann "
        "as Chief Financial Officer.")).events
    assert [(f.person_name, f.role) for f in facts if f.event_type == "executive_appointment"] == [
        ("Carlos Vilaro", "Executive Vice President and Chief Operating Officer"),
        ("Priya Raghavan", "Chief Financial Officer")]


def test_an_offer_price_named_once_prices_the_offers_that_raise_money_through_its_shares():
    facts = parse_release(release(
        "Kestrel is offering new ordinary shares at an offer price of A$1.40 per New Share under an accelerated "
        "entitlement offer.\n\nThe Institutional Entitlement Offer closed on June 12, 2012 and raised A$96.2 million "
        "through the issue of 68,714,286 New Shares.\n\nThe Retail Entitlement Offer is expected to raise "
        "approximately "
        "A$41.8 million through the issue of approximately 29,857,143 New Shares at the same offer price of A$1.40.",
        when="14 June 2012")).financings
    assert [(f.share_count, f.price_per_share, f.price_currency) for f in facts] == [
        (68_714_286, 1.4, "AUD"), (29_857_143, 1.4, "AUD")]


def test_a_forecast_planned_at_a_figure_for_a_financial_year_written_f2006():
    text = release("For the financial year ended 30 June 2005 the Company produced 3 012 kg (96 840 oz) of gold.\n\n"
                   "Gold production for F2006 is planned at approximately 3 150 kg (101 275 oz).", when="July 28, 2005")
    facts = parse_release(text).production
    assert [(f.period_start, f.period_end, f.value, f.is_guidance) for f in facts] == [
        (date(2004, 7, 1), date(2005, 6, 30), 96_840, False),
        (date(2005, 7, 1), date(2006, 6, 30), 101_275, True)]


def test_directors_who_each_advanced_a_sum_lend_one_unsecured_note_each():
    facts = parse_release(release(
        "On April 9, 2012, Harold Quenneville, the Company's Chairman, and Patricia Skene, a director, each advanced "
        "$75,000 to the Company (together, the \"Loans\"). The Loans are unsecured, bear interest at 12% per annum and "
        "are repayable on April 9, 2013.")).financings
    assert [(f.instrument_type, f.amount, f.interest_rate_pct, f.maturity_date, f.counterparties) for f in facts] == [
        ("promissory_note", 75_000, 12.0, date(2013, 4, 9), ("Harold Quenneville",)),
        ("promissory_note", 75_000, 12.0, date(2013, 4, 9), ("Patricia Skene",))]


def test_a_secured_loan_from_a_director_stays_secured():
    facts = parse_release(release(
        "On April 9, 2012, Harold Quenneville, the Company's Chairman, advanced a loan of $150,000 to the Company, "
        "secured by a general security agreement over the Company's assets.")).financings
    assert [(f.instrument_type, f.amount) for f in facts] == [("secured_loan", 150_000)]


def test_accrued_debt_settled_in_shares():
    facts = parse_release(release(
        "The Company also proposes to settle an aggregate of $127,500 of accrued debt by issuing 1,700,000 common "
        "shares at a deemed price of 7.5 cents per share.")).financings
    assert [(f.instrument_type, f.amount, f.share_count, f.price_per_share) for f in facts] == [
        ("debt_settlement", 127_500, 1_700_000, 0.075)]


def test_a_media_report_and_the_standing_debts_a_release_recalls_give_no_rows():
    text = release(
        "Kestrel refers to an article published in a national newspaper on June 12, 2012, which reported that the "
        "Company was close to signing a US$45 million gold stream with an offshore streaming company.\n\n"
        "No term sheet or commitment letter has been signed, and the Company has received several non-binding "
        "proposals from banks and streaming companies.\n\n"
        "For completeness, the Company notes that:\n\n"
        "- it raised C$12.0 million through a placement of 40,000,000 shares at C$0.30 per share in March 2011, as "
        "announced at the time;\n"
        "- the C$6.5 million of 8% convertible notes issued in 2010 remain on issue and mature on 30 June 2014.")
    assert parse_release(text).financings == ()


def test_a_debt_issued_years_ago_that_remains_on_issue_is_no_row():
    text = release("The C$6.5 million of 8% convertible notes issued in 2010 remain on issue and mature on 30 June "
                   "2014.")
    assert parse_release(text).financings == ()


def test_a_list_after_its_own_lead_in_does_not_inherit_a_proposal_from_the_paragraph_before():
    text = release(
        "The Company has received several non-binding proposals from banks and streaming companies.\n\n"
        "The Company also notes that:\n\n"
        "- it closed a private placement of 4,000,000 shares at C$0.30 per share on June 8, 2012 for gross proceeds of "
        "C$1,200,000.")
    assert [(f.instrument_type, f.status) for f in parse_release(text).financings] == [("private_placement", "closed")]


def test_a_metallurgical_plant_and_its_figure_for_the_corresponding_period_in_brackets():
    text = release("For the six months ended 31 December 2006, the Boskuil metallurgical plant milled 412 600 tonnes "
                   "(corresponding period:\n398 100 tonnes) at a head grade of 5,18 g/t.", when="20 February 2007")
    facts = [(f.site, f.period_start, f.metric, f.value) for f in parse_release(text).production]
    assert facts == [("Boskuil metallurgical plant", date(2006, 7, 1), "ore_processed_t", 412_600),
                     ("Boskuil metallurgical plant", date(2005, 7, 1), "ore_processed_t", 398_100),
                     ("Boskuil metallurgical plant", date(2006, 7, 1), "head_grade_g_t", 5.18)]


def test_a_mills_feed_with_each_sources_part_in_brackets_after_it():
    text = release("The Wren mill processed 1.46 million tonnes in 2011 at 2.38 g/t, sourced from the Finch "
                   "underground mine (412,000 tonnes at 4.96 g/t) and the Cherry Creek open pit (1.05 million tonnes "
                   "at 1.36 g/t).",
                   when="January 20, 2012")
    facts = [(f.site, f.ore_source, f.metric, f.value) for f in parse_release(text).production]
    assert facts == [("Wren mill", None, "ore_processed_t", 1_460_000), ("Wren mill", None, "head_grade_g_t", 2.38),
                     ("Wren mill", "Finch underground mine", "ore_processed_t", 412_000),
                     ("Wren mill", "Finch underground mine", "head_grade_g_t", 4.96),
                     ("Wren mill", "Cherry Creek open pit", "ore_processed_t", 1_050_000),
                     ("Wren mill", "Cherry Creek open pit", "head_grade_g_t", 1.36)]


def test_the_ore_a_heap_leach_stacked_and_its_grade_are_its_ore_processed_and_head_grade():
    text = release("The Finch heap leach operation mined 2.84 million tonnes of ore in 2011 and stacked 2.71 million "
                   "tonnes on the leach pads at 0.68 g/t.", when="January 20, 2012")
    facts = {(f.metric, f.value) for f in parse_release(text).production}
    assert facts == {("ore_mined_t", 2_840_000), ("ore_processed_t", 2_710_000), ("head_grade_g_t", 0.68)}


def test_a_table_s_ore_stacked_and_grade_stacked_rows_and_the_heap_named_after_a_dash():
    text = release("Kestrel reports its results for the three months ended 30 September 2016.\n\n"
                   "                               Q3 2016    Q3 2015\n"
                   "Ore stacked - Zhelezny (kt)       640        598\n"
                   "Grade stacked (g/t)              0.81       0.77\n\n"
                   "The Zhelezny heap leach stacked a record 640 kt of ore.", when="20 October 2016")
    facts = {(f.site, f.period_start, f.metric, f.value) for f in parse_release(text).production}
    assert ("Zhelezny heap leach", date(2016, 7, 1), "ore_processed_t", 640_000) in facts
    assert ("Zhelezny heap leach", date(2015, 7, 1), "ore_processed_t", 598_000) in facts
    assert {f[3] for f in facts if f[2] == "head_grade_g_t"} == {0.81, 0.77}


def test_each_label_of_a_bracket_of_prior_figures_is_a_comparison_and_a_copper_gold_mine_keeps_its_metals():
    text = release("Kestrel reports its results for the three months ended 30 June 2012.\n\n"
                   "Highlights\n\n- Group gold production of 38.0 koz (Q1 2012: 35.0 koz; Q2 2011: 33.7 koz)\n\n"
                   "Kokzhota copper-gold mine\n\n- Ore mined: 612 kt (Q1 2012: 588 kt)", when="20 July 2012")
    facts = [(f.site, f.period_start, f.metric, f.value) for f in parse_release(text).production]
    assert facts == [("Kestrel Gold Corp.", date(2012, 4, 1), "gold_produced_oz", 38_000),
                     ("Kestrel Gold Corp.", date(2012, 1, 1), "gold_produced_oz", 35_000),
                     ("Kestrel Gold Corp.", date(2011, 4, 1), "gold_produced_oz", 33_700),
                     ("Kokzhota copper-gold mine", date(2012, 4, 1), "ore_mined_t", 612_000),
                     ("Kokzhota copper-gold mine", date(2012, 1, 1), "ore_mined_t", 588_000)]


def test_a_projection_of_producing_is_guidance():
    text = release("The Company maintains its projection of producing 56,000 ounces of gold in 2012.")
    assert [(f.value, f.is_guidance) for f in parse_release(text).production] == [(56_000, True)]


def test_a_sections_one_mill_takes_the_figures_its_lines_give_the_mill():
    text = release("Kestrel reports its results for the three months ended 30 June 2012.\n\nWREN OPERATIONS\n\n"
                   "Kestrel operates the Wren mill, which is fed from the Wren North pit and the Wren South pit.\n\n"
                   "*  Mill throughput: 351,900 t at 2.41 g/t\n"
                   "*  Mill feed: 205,300 t from Wren North at 1.92 g/t and 146,600 t from Wren South at 2.98 g/t",
                   when="20 July 2012")
    facts = [(f.site, f.ore_source, f.metric, f.value) for f in parse_release(text).production]
    assert facts == [("Wren mill", None, "ore_processed_t", 351_900), ("Wren mill", None, "head_grade_g_t", 2.41),
                     ("Wren mill", "Wren North pit", "ore_processed_t", 205_300),
                     ("Wren mill", "Wren North pit", "head_grade_g_t", 1.92),
                     ("Wren mill", "Wren South pit", "ore_processed_t", 146_600),
                     ("Wren mill", "Wren South pit", "head_grade_g_t", 2.98)]


def test_the_underground_mine_spoken_of_by_its_kind_and_zones_that_supplied_the_mill_feed():
    text = release(
        "Kestrel reports its results for the three months ended 30 June 2012. Kestrel operates the Wren underground "
        "mine and the Big Creek mill.\n\nThe Big Creek mill processed 61,250 tonnes at 12.84 g/t. Ore from the "
        "Cougar zone made up 38,900 tonnes of the mill feed at 14.26 g/t, and the Lookout zone supplied 22,350 tonnes "
        "at 10.37 g/t.\n\nThe underground mine produced 64,800 tonnes of ore in the quarter.", when="20 July 2012")
    facts = {(f.site, f.ore_source, f.metric, f.value) for f in parse_release(text).production}
    assert {("Big Creek mill", "Cougar zone", "ore_processed_t", 38_900),
            ("Big Creek mill", "Lookout zone", "ore_processed_t", 22_350),
            ("Big Creek mill", "Lookout zone", "head_grade_g_t", 10.37),
            ("Wren underground mine", None, "ore_mined_t", 64_800)} <= facts


def test_the_tonnes_a_heap_leach_crushed_and_stacked_are_its_ore_processed():
    text = release("The Finch heap leach operation mined 2.84 million tonnes of ore in the second quarter of 2012 and "
                   "crushed and stacked 2.71 million tonnes.", when="20 July 2012")
    assert [(f.metric, f.value) for f in parse_release(text).production] == [("ore_mined_t", 2_840_000),
                                                                             ("ore_processed_t", 2_710_000)]


def test_each_part_of_a_forecast_goes_to_the_operation_named_after_it():
    text = release("For 2013 Kestrel expects attributable production of approximately 140,000 ounces, including "
                   "approximately 96,000 ounces from Chamberlain Basin and approximately 74,000 ounces (100% basis) "
                   "from Kelton Ridge.", when="January 20, 2013")
    assert [(f.site, f.value) for f in parse_release(text).production] == [
        ("Kestrel Gold Corp.", 140_000), ("Chamberlain Basin", 96_000), ("Kelton Ridge", 74_000)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Mhlathuze Holdings Limited has agreed to convert R9 600 000 of its shareholder loan into 8 000 000 new ordinary "
     "shares at R1,20 per share.", ("debt_settlement", 9_600_000, 8_000_000)),
    ("On 2 May 2012 Mr Pieter Rademeyer, a non-executive director, advanced an unsecured bridging loan of R3 000 000 "
     "to the Company, bearing interest at 12% per annum.", ("promissory_note", 3_000_000, None)),
    ("The General Shareholders' Meeting held on 13 June 2012 approved a capital increase of S/ 18,600,000 through the "
     "capitalisation of credits held by the principal shareholder, through the issue of 15,500,000 shares.",
     ("debt_settlement", 18_600_000, 15_500_000)),
    ("On 8 June 2012, the Company received a conversion notice from Golden Bough Investments Limited (the "
     "\"Bondholder\") in respect of "
     "Convertible Bonds in the principal amount of HK$24,000,000 at the conversion price of HK$0.30 per Conversion "
     "Share. Accordingly, 80,000,000 Conversion Shares have been allotted and issued to the Bondholder.",
     ("debt_settlement", 24_000_000, 80_000_000)),
])
def test_debts_turned_into_shares_and_an_unsecured_bridging_loan(sentence, expected):
    facts = parse_release(release(sentence)).financings
    assert [(f.instrument_type, f.amount, f.share_count) for f in facts] == [expected]


def test_shares_of_the_offer_in_hand_counted_in_words_and_its_shortfall_placed():
    text = release(
        "Kestrel's share purchase plan (the \"SPP\") closed on June 8, 2012 heavily oversubscribed.\n\n"
        "Applications have been scaled back, and twenty million new shares at NZ 12 cents per share, raising NZ$2.4 "
        "million, were allotted today to eligible shareholders.\n\n"
        "The shortfall of 21,587,400 shares under the entitlement offer has been placed by the Directors at 4.5 cents "
        "per share to sophisticated investors, raising NZ$971,433.", when="14 June 2012")
    facts = [(f.instrument_type, f.amount, f.share_count, f.price_per_share) for f in parse_release(text).financings]
    assert facts == [("equity_offering", 2_400_000, 20_000_000, 0.12),
                     ("private_placement", 971_433, 21_587_400, 0.045)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Mr Peter Lusinde will relinquish the role of interim Chief Executive on 1 June 2012 and will continue as "
     "non-executive Chairman.", ("executive_departure", date(2012, 6, 1), "Peter Lusinde", "interim Chief Executive")),
    ("Mr Bruce A. Kettlewell, the Company's Chief Financial Officer, has been appointed joint Company Secretary with "
     "effect from 12 June 2012.", ("executive_appointment", date(2012, 6, 12), "Bruce A. Kettlewell",
                                   "joint Company Secretary")),
    ("Kestrel took up all of the deposited shares of Tashota Minerals Inc. on June 12, 2012 and will pay for them on "
     "or before June 15, 2012.", ("acquisition", date(2012, 6, 12), None, None)),
    ("On 12 June 2012 the Company completed the transfer of the Pumahuasi Mining Unit to Inversiones Mineras Rupac "
     "S.A.C. for US$38.5 million.", ("disposition", date(2012, 6, 12), None, None)),
    ("On 11 June 2012 the High Court of Justice (Commercial Division), Accra discharged the ex parte interim "
     "injunction obtained on 31 May 2012 by Anum Valley Earthmoving Limited.",
     ("court_judgment", date(2012, 6, 11), None, None)),
    ("On 8 June 2012 the Company filed its statement of defence and a counterclaim for US$3.2 million against Anum "
     "Valley Earthmoving Limited in the High Court.", ("legal_proceeding", date(2012, 6, 8), None, None)),
])
def test_more_ways_of_telling_executive_corporate_and_court_events(sentence, expected):
    facts = parse_release(release(sentence)).events
    assert [(f.event_type, f.event_date, f.person_name, f.role) for f in facts] == [expected]


def test_a_person_who_joined_the_issuer_named_in_two_words():
    facts = parse_release(release("Ms. Holly Tenaka, President of Churn Creek, has joined Kestrel Gold as Vice "
                                  "President, Exploration, effective July 5, 2012.")).events
    assert [(f.event_type, f.person_name, f.role) for f in facts] == [
        ("executive_appointment", "Holly Tenaka", "Vice President, Exploration")]


@pytest.mark.parametrize("sentence", [
    "The Placing follows the placing of 24,400,000 shares at 9p per share completed in October 2011, which raised "
    "GBP2.2 million and funded the bankable feasibility study.",
    "R220 million is currently outstanding under the facility and will be repaid in twelve equal quarterly instalments "
    "from 30 September 2013.",
    "The Company's R85 million convertible bonds issued in 2009 were converted into ordinary shares during 2011.",
])
def test_an_earlier_placing_a_repayment_schedule_and_bonds_converted_years_ago_give_no_rows(sentence):
    assert parse_release(release(sentence)).financings == ()


def test_figures_for_the_corresponding_period_named_at_the_end_of_a_sentence():
    text = release("Group gold production for the six months ended 31 December 2006 was 2 323 kg (74 686 oz), compared "
                   "with 2 245 kg (72 178 oz) in the corresponding period.", when="20 February 2007")
    assert [(f.period_start, f.value) for f in parse_release(text).production] == [
        (date(2006, 7, 1), 74_686), (date(2005, 7, 1), 72_178)]


def test_a_rom_stockpile_keeps_the_name_the_release_writes():
    text = release("For the quarter ended 30 June 2012, mill feed comprised 205,300 t from the Wren North pit at 1.92 "
                   "g/t and 21,600 t drawn from the ROM stockpile at 1.35 g/t.", when="20 July 2012")
    assert {f.ore_source for f in parse_release(text).production} >= {"ROM stockpile"}


def test_an_amendment_of_a_credit_facility_is_a_financing_but_an_amendment_extending_a_forbearance_is_an_event():
    facility = release("Shareholders are advised that Kestrel has concluded an amendment agreement (the "
                       "\"Amendment\") in "
                       "respect of its revolving credit facility with Umhlanga Merchant Bank Limited, as lead "
                       "arranger.")
    forbearance = release("On March 24, 2012 Kestrel and its lender entered into a second amending agreement (the "
                          "\"Second Amendment\") which further extends the forbearance period to June 30, 2012.")
    assert [f.event_type for f in parse_release(facility).events] == []
    assert [f.event_type for f in parse_release(forbearance).events] == ["agreement"]


def test_a_rights_offer_fully_subscribed_counts_its_defined_shares_not_the_share_capital_after_it():
    text = release(
        "The Board is pleased to announce that the Rights Offer was fully subscribed and that Kestrel has raised "
        "R105 million through the issue of the 60 000 000 Rights Offer Shares at 175 cents per share.\n\n"
        "Following the Rights Offer, the issued ordinary share capital of Kestrel now comprises 300 000 000 shares.",
        when="14 June 2012")
    facts = [(f.instrument_type, f.status, f.amount, f.share_count) for f in parse_release(text).financings]
    assert facts == [("equity_offering", "closed", 105_000_000, 60_000_000)]


def test_events_recalled_as_announced_keep_their_days_but_references_and_media_reports_give_nothing():
    recalled = release("As announced on May 20, 2012, the State Agency for Geology revoked the Chatyr-Tash licence on "
                       "May 18, 2012, and Kestrel served a notice of dispute on the Government of the Kyrgyz Republic "
                       "on June 1, 2012.")
    assert [(e.event_type, e.event_date) for e in parse_release(recalled).events] == [
        ("expropriation", date(2012, 5, 18)), ("legal_proceeding", date(2012, 6, 1))]
    text = release("Reference is made to the announcement of the Company dated 1 April 2012 in relation to the "
                   "completion of the acquisition of the Taixi Gold Mine.\n\nKestrel notes a newspaper article which "
                   "reported that the Company had filed a claim against the Government in the High Court.")
    assert parse_release(text).events == ()


def test_interest_running_from_a_date_named_after_its_rate_does_not_date_the_award():
    text = release("The tribunal ordered Montenegro to pay the Company EUR88.4 million in compensation, plus interest "
                   "at EURIBOR plus 2 per cent. from 19 March 2009 until payment.")
    assert date(2009, 3, 19) not in {f.event_date for f in parse_release(text).events}


def test_a_total_subscription_price_is_the_amount_and_options_issued_with_an_earlier_issue_are_exercised():
    placing = release("Siyakhula Mining Investments (Proprietary) Limited will subscribe for 12 500 000 new ordinary "
                      "shares at R1,20 per share, for a total subscription price of R15 000 000 (\"the Specific "
                      "Issue\").")
    exercise = release("Before the Company's listed options, issued with its 2010 rights issue, expired on 8 June "
                       "2012, "
                       "holders exercised 3,150,000 listed options at NZ$0.10 each, raising NZ$315,000.")
    assert [(f.amount, f.share_count, f.price_per_share) for f in parse_release(placing).financings] == [
        (15_000_000, 12_500_000, 1.2)]
    assert [(f.instrument_type, f.amount, f.share_count) for f in parse_release(exercise).financings] == [
        ("warrants", 315_000, 3_150_000)]


def test_a_capital_structure_table_and_a_dated_earlier_placement_the_offer_follows_give_no_rows():
    text = release("The Offer follows the September 2011 placement of 12,500,000 shares at 6c, which raised $750,000 "
                   "for the Company's first drilling program.\n\nCapital structure following the Offer\n\n"
                   "Ordinary shares (ASX: KGC)                            240,000,000\n"
                   "Listed options (ASX: KGCO) exercisable at 8c           60,000,000\n", when="14 June 2012")
    assert parse_release(text).financings == ()


def test_bonds_placed_in_series_listed_under_their_lead_in():
    text = release(
        "1. On 3 June 2012 the Company completed, by public offering, the placement of the First Issue under the "
        "\"Primer Programa de Bonos Corporativos\" (the \"Program\"), approved for up to USD 100,000,000.\n\n"
        "2. The First Issue was placed in two series, both settled on 4 June 2012:\n"
        "   a) Series A: USD 35,000,000, at an annual interest rate of 7.125%, with a single bullet repayment on "
        "4 June 2019;\n"
        "   b) Series B: S/ 50,000,000, at an annual interest rate of 8.40%, with a single bullet repayment on "
        "4 June 2017.", when="14 June 2012")
    facts = [(f.instrument_type, f.status, f.amount, f.currency, f.interest_rate_pct, f.maturity_date)
             for f in parse_release(text).financings]
    assert facts == [("promissory_note", "closed", 35_000_000, "USD", 7.125, date(2019, 6, 4)),
                     ("promissory_note", "closed", 50_000_000, "PEN", 8.4, date(2017, 6, 4))]


def test_the_parts_of_an_issue_listed_in_a_table_one_row_each():
    placement = release(
        "Kestrel has received firm commitments for a two-tranche placement to raise A$5.4 million.\n\n"
        "The Placement comprises two tranches at A$0.045 per share:\n\n"
        "| Tranche | Shares | Issue price | Amount | Timing |\n| --- | --- | --- | --- | --- |\n"
        "| Tranche 1 (Listing Rule 7.1) | 80,000,000 | A$0.045 | A$3,600,000 | Settlement 19 June 2012 |\n"
        "| Tranche 2 (subject to shareholder approval) | 40,000,000 | A$0.045 | A$1,800,000 | After the meeting |\n"
        "| Total | 120,000,000 | | A$5,400,000 | |\n", when="14 June 2012")
    bonds = release(
        "On 12 June 2012 the Company placed its first issue of corporate bonds, secured by a mortgage over its "
        "plant, in two series:\n\n"
        "Series   Currency   Amount         Rate      Maturity\n"
        "A        USD        25,000,000     6.875%    16/06/2019\n"
        "B        S/.        42,000,000     7.90%     16/06/2017\n", when="14 June 2012")
    assert [(f.instrument_type, f.amount, f.share_count, f.price_per_share) for f in parse_release(placement).financings
            if f.instrument_type == "private_placement" and f.amount] == [
        ("private_placement", 3_600_000, 80_000_000, 0.045), ("private_placement", 1_800_000, 40_000_000, 0.045)]
    assert [(f.instrument_type, f.status, f.amount, f.currency, f.interest_rate_pct, f.maturity_date)
            for f in parse_release(bonds).financings] == [
        ("secured_loan", "closed", 25_000_000, "USD", 6.875, date(2019, 6, 16)),
        ("secured_loan", "closed", 42_000_000, "PEN", 7.9, date(2017, 6, 16))]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Under the Merger Agreement dated June 11, 2012, Halcyon Gold Corporation will acquire all of the issued and "
     "outstanding common shares of Eastwind Mining Ltd. by way of a plan of arrangement.", "acquisition"),
    ("On 8 June 2012 Kestrel concluded agreements to dispose of a 26% interest in Doornhoek Operations (Pty) Limited "
     "to Bokamoso Mineral Holdings (Pty) Limited.", "disposition"),
])
def test_a_deal_told_under_its_agreement_or_in_agreements_to_dispose(sentence, expected):
    assert [f.event_type for f in parse_release(release(sentence)).events] == [expected]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("On June 11, 2012, the Ontario Superior Court of Justice certified the class action brought against the Company "
     "in 2011.", "court_judgment"),
    ("On 7 June 2012 the Ontario Court of Justice fined the Company $250,000 after it pleaded guilty to one charge "
     "under the Occupational Health and Safety Act.", "court_judgment"),
    ("On June 12, 2012 the parties agreed to settle the U.S. class action for US$4.75 million, subject to court "
     "approval.", "agreement"),
    ("On June 12, 2012 Kestrel had taken up and paid for 18,400,000 common shares of Tashota Minerals Inc. deposited "
     "under its offer.", "acquisition"),
])
def test_a_class_action_certified_a_fine_a_settlement_agreed_and_shares_taken_up(sentence, expected):
    assert [f.event_type for f in parse_release(release(sentence)).events] == [expected]


def test_a_person_named_by_honorific_initial_and_surname():
    facts = parse_release(release("Shareholders are advised that Mr T Ndlovu has been appointed as financial director "
                                  "of the company with effect from 1 June 2012.")).events
    assert [(f.event_type, f.person_name, f.event_date) for f in facts] == [
        ("executive_appointment", "T Ndlovu", date(2012, 6, 1))]


def test_a_numeric_date_in_an_event_is_read_day_first_on_a_market_that_writes_it_so():
    text = ("ASX ANNOUNCEMENT\n\n14 June 2012\n\nKESTREL GOLD LIMITED (ASX: KGL)\n\n"
            "COURT OF APPEAL DISMISSES ANNULMENT APPLICATION\n\nKestrel Gold Limited (\"Kestrel\" or \"the Company\") "
            "advises that on 03/06/2012 the Paris "
            "Court of Appeal dismissed the application of the Republic of Mali to annul the award.\n\n"
            "The Company continues to pursue the enforcement of the award in the courts of several countries.\n")
    assert [(f.event_type, f.event_date) for f in parse_release(text).events] == [("court_judgment", date(2012, 6, 3))]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A further A$2.0 million was paid on June 8, 2012 to Claremont Heights Mezzanine Partners in partial repayment "
     "of the mezzanine notes, leaving A$3.5 million of those notes outstanding.", [("debt_repayment", 2_000_000)]),
    ("In March 2009 the Company entered into a US$35 million project finance facility with Manas Development Bank "
     "to build the processing plant.", []),
    ("Kestrel has not received any notice of default from its lender, and no event of default has occurred under "
     "the loan.", []),
])
def test_a_balance_left_a_facility_entered_into_years_ago_and_a_default_denied(sentence, expected):
    facts = parse_release(release(sentence)).financings
    assert [(f.instrument_type, f.amount) for f in facts] == expected


def test_a_share_purchase_plans_price_after_new_shares_each_at():
    text = release("Eligible shareholders may apply for up to A$30,000 of new shares each at 4.5c under a Share "
                   "Purchase Plan capped at A$1,000,000 (the \"SPP\").", when="14 June 2012")
    assert [(f.instrument_type, f.price_per_share) for f in parse_release(text).financings] == [
        ("equity_offering", 0.045)]


def test_bare_brackets_after_a_labelled_one_repeat_its_comparison_period():
    text = release("Kestrel announces its operating results for the quarter ended June 30, 2012.\n\n"
                   "The plant treated 186,400 tonnes of ore in the quarter (Q1 2012: 171,900 tonnes) at a head grade "
                   "of 2.41 g/t (2.28 g/t) and a recovery of 91.2% (90.4%), producing 13,172 ounces of gold (11,390 "
                   "ounces).", when="20 July 2012")
    facts = [(f.period_start.month, f.metric, f.value) for f in parse_release(text).production]
    assert facts == [(4, "ore_processed_t", 186_400), (1, "ore_processed_t", 171_900),
                     (4, "head_grade_g_t", 2.41), (1, "head_grade_g_t", 2.28),
                     (4, "recovery_pct", 91.2), (1, "recovery_pct", 90.4),
                     (4, "gold_produced_oz", 13_172), (1, "gold_produced_oz", 11_390)]


def test_in_the_quarter_after_a_sentence_on_the_half_is_the_releases_quarter():
    text = release("Kestrel announces its operating results for the quarter ended June 30, 2012.\n\n"
                   "Kestrel's production for the first half of 2012 was 24,562 ounces. The Company sold 12,840 ounces "
                   "in the quarter at an average price of US$393 per ounce.", when="20 July 2012")
    facts = [(f.period_start, f.period_end, f.metric) for f in parse_release(text).production]
    assert facts == [(date(2012, 1, 1), date(2012, 6, 30), "gold_produced_oz"),
                     (date(2012, 4, 1), date(2012, 6, 30), "gold_sold_oz")]


LEGAL_SIDES = [
    # the issuer's subsidiary, named by the short name the release gives it, appeals for the issuer
    ("Kestrel advises that the District Court fined its subsidiary, Hikutaia Mining Limited (\"Hikutaia Mining\"), "
     "NZ$87,500. On 23 May 2012 Hikutaia Mining lodged an appeal with the Environment Court against the abatement "
     "notice.", [("legal_proceeding", date(2012, 5, 23))]),
    ("Kestrel's wholly-owned subsidiary, Doornlaagte Mining (Proprietary) Limited (\"Doornlaagte\"), received "
     "additional tax assessments. On 19 May 2012 Doornlaagte noted an appeal to the Tax Court against the "
     "assessments.", [("legal_proceeding", date(2012, 5, 19))]),
    # (or by its registered name alone, with or without the legal form)
    ("SUNAT issued assessments against the Company's subsidiary, Minera Llamoja S.A.C., for the 2010 tax year. "
     "After SUNAT confirmed the assessments, Minera Llamoja S.A.C. filed an appeal with the Tribunal Fiscal on May "
     "3, 2012.", [("legal_proceeding", date(2012, 5, 3))]),
    # the state applies to release the funds the issuer attached: its challenge
    ("On May 25, 2012, Madagascar filed an application with the enforcement judge of the Tribunal de grande instance "
     "de Paris seeking the release of the attached funds on the ground of sovereign immunity.",
     [("legal_challenge", date(2012, 5, 25))]),
    # an institution registering the other side's application, and a court ordering an award registered: no filing
    # of the issuer's
    ("On 2 May 2012 the Secretary-General of ICSID registered the application and notified the parties that "
     "enforcement of the Award is provisionally stayed.", []),
    ("On 21 May 2012, the High Court of Justice of England and Wales ordered that the Award be registered under the "
     "Arbitration (International Investment Disputes) Act 1966.", [("court_judgment", date(2012, 5, 21))]),
    # ... but the registration of the issuer's own request is its proceeding
    ("On 11 May 2012 the Secretary-General of ICSID registered the Request for Arbitration submitted by the Company's "
     "wholly-owned subsidiary against the Kyrgyz Republic.", [("legal_proceeding", date(2012, 5, 11))]),
]


@pytest.mark.parametrize(("paragraph", "expected"), LEGAL_SIDES)
def test_who_acts_in_a_legal_step(paragraph, expected):
    facts = parse_release(release(paragraph)).events
    assert [(f.event_type, f.event_date) for f in facts] == expected


DEBT_NEWS = [
    # a lease or hire purchase whose sum the next sentence gives
    ("Kestrel has entered into a hire purchase agreement with Swanvale Equipment Finance Pty Ltd for a new 90-tonne "
     "excavator. The amount financed is US$1,260,000, repayable in 36 monthly instalments at a fixed interest rate of "
     "8.4% per annum.",
     [("secured_loan", 1_260_000, None, None)]),
    # debt converted into shares, told three ways, is settled
    ("During the quarter, holders converted C$2,400,000 principal amount of the Company's 8% convertible debentures "
     "due June 30, 2014 into 4,800,000 common shares at the conversion price of C$0.50 per share.",
     [("debt_settlement", 2_400_000, 4_800_000, 0.5)]),
    ("Holders of convertible notes with a face value of US$300,000 have converted them into 1,500,000 fully paid "
     "ordinary shares at the conversion price of US$0.20 per share.",
     [("debt_settlement", 300_000, 1_500_000, 0.2)]),
    ("The NZ$2.0 million loan provided by the Company's largest shareholder, Kakanui Holdings Limited, has been "
     "converted into 10,000,000 new ordinary shares at NZ$0.20 per share.",
     [("debt_settlement", 2_000_000, 10_000_000, 0.2)]),
    # what notes would convert into is no settlement; a balance left outstanding is no new debt
    ("Kestrel has issued 3,500,000 unsecured convertible notes, each with a face value of A$1.00, raising A$3,500,000. "
     "If converted in full at the Conversion Price, the notes would convert into 140,000,000 shares.",
     [("convertible_debenture", 3_500_000, None, None)]),
    ("C$3,100,000 principal amount of the debentures remains outstanding.", []),
    # shares issued to a contractor to settle a debt (a 'Ltd.' on the way does not end the sentence)
    ("The Company has issued 1,500,000 common shares at a deemed price of $0.10 per share to Shulaps Underground "
     "Contracting Ltd. to settle $150,000 owed for underground development.",
     [("debt_settlement", 150_000, 1_500_000, 0.1)]),
    # a plain loan has no price per share, even with bonus shares issued for it
    ("Ms. Tolmie-Sayers has advanced $200,000 to the Company under a loan secured by a general security agreement. "
     "In consideration for the loan, the Company issued 500,000 bonus shares to Ms. Tolmie-Sayers at a deemed price "
     "of $0.10 per share.",
     [("secured_loan", 200_000, None, None)]),
    # financings the release recalls or has not used give nothing
    ("The NZ$3.0 million placement completed in October 2011 was reported at the time.", []),
    ("As announced on May 20, 2012, the Company closed a private placement of 14,000,000 units at $0.30 per unit for "
     "gross proceeds of $4.2 million.", []),
    ("The Company's at-the-market equity program of up to $10 million, established in 2011, has not been used.", []),
    # ... but a drawing under a facility 'which was announced' earlier is new
    ("The cash component was funded from a drawdown of A$45 million under the A$80 million acquisition facility with "
     "Westralia Banking Corporation Limited, which was announced on 12 April 2012.",
     [("credit_facility", 45_000_000, None, None)]),
]


@pytest.mark.parametrize(("paragraph", "expected"), DEBT_NEWS)
def test_debt_news_and_what_is_only_recalled(paragraph, expected):
    facts = parse_release(release(paragraph)).financings
    assert [(f.instrument_type, f.amount, f.share_count, f.price_per_share) for f in facts] == expected


def test_a_capital_structure_table_under_its_lead_in_gives_nothing():
    text = release("CAPITAL STRUCTURE\n\nFollowing these issues the Company has on issue:\n\n"
                   "  Ordinary shares                         84,356,000\n"
                   "  Listed options (WRNO)                   11,750,000\n"
                   "  Convertible notes ($0.20 face value)     2,500,000")
    assert parse_release(text).financings == ()


def test_a_mills_feed_rows_by_shaft_open_cast_and_rock_dump():
    text = release("Kestrel reports its results for the quarter ended 31 March 2012. The Kestrel metallurgical plant "
                   "treats underground ore from No. 2 Shaft and open-cast ore trucked from the Vogelstruis "
                   "open-cast.\n\n"
                   "                              Unit      Q1 2012     Q4 2011\n"
                   "KESTREL METALLURGICAL PLANT\n"
                   "Ore treated                   t          412 600      398 900\n"
                   "  No. 2 Shaft                 t          186 200      179 400\n"
                   "  Vogelstruis open-cast       t           62 400       58 100\n"
                   "  Slypsteen rock dump         t           42 200       43 100\n", when="24 April 2012")
    facts = [(f.site, f.ore_source, f.period_start.month, f.value) for f in parse_release(text).production]
    assert facts == [("Kestrel metallurgical plant", None, 1, 412_600),
                     ("Kestrel metallurgical plant", None, 10, 398_900),
                     ("Kestrel metallurgical plant", "No. 2 Shaft", 1, 186_200),
                     ("Kestrel metallurgical plant", "No. 2 Shaft", 10, 179_400),
                     ("Kestrel metallurgical plant", "Vogelstruis open-cast", 1, 62_400),
                     ("Kestrel metallurgical plant", "Vogelstruis open-cast", 10, 58_100),
                     ("Kestrel metallurgical plant", "Slypsteen rock dump", 1, 42_200),
                     ("Kestrel metallurgical plant", "Slypsteen rock dump", 10, 43_100)]


def test_bare_named_sources_of_the_one_mills_feed_and_ore_toll_treated_for_others():
    text = release("Kestrel reports its results for the quarter ended 30 September 2012. The Balgarri plant is fed by "
                   "the Balgarri pit beside it and by road-train haulage from the Koondabbie pit and the Birrigai "
                   "pit.\n\n"
                   "Koondabbie ore was milled at an average grade of 3.12 g/t and Birrigai ore at 2.48 g/t, while the "
                   "low-grade stockpile contributed ore at 0.85 g/t.\n\n"
                   "The Vogelstruis open-cast mined 71 300 tonnes of ore in the quarter. A further 31 400 tonnes of "
                   "ore "
                   "from the neighbouring Uitkyk mine were treated under a toll agreement and are excluded from the "
                   "figures above.", when="26 October 2012")
    facts = [(f.site, f.ore_source, f.metric, f.value) for f in parse_release(text).production]
    assert facts == [("Balgarri plant", "Koondabbie pit", "head_grade_g_t", 3.12),
                     ("Balgarri plant", "Birrigai pit", "head_grade_g_t", 2.48),
                     ("Balgarri plant", "low-grade stockpile", "head_grade_g_t", 0.85),
                     ("Vogelstruis open-cast", None, "ore_mined_t", 71_300)]


def test_a_named_stockpile_keeps_its_name():
    from pressroom.extract.production import stockpile_name
    assert stockpile_name("Hailstorm low-grade stockpile") == "Hailstorm low-grade stockpile"
    assert stockpile_name("ROM stockpiles") == "run-of-mine stockpiles"
    assert stockpile_name("Low-grade stockpile") == "low-grade stockpile"


def test_a_bare_ore_source_no_mine_of_the_release_is_named_after_gives_no_grade():
    text = release("Kestrel reports its results for the quarter ended 30 June 2012. The Zhamantas CIP plant is fed by "
                   "the Zhamantas main pit and by the Bayshura and Sarykol satellite pits.\n\n"
                   "Bayshura ore was processed at an average grade of 2.21 g/t in the second quarter.", when="23 July "
                   "2012")
    assert [(f.metric, f.value) for f in parse_release(text).production] == []


MORE_DEBT_NEWS = [
    # a drawing under 'the increased limit' with no instrument word, after the facility's amendment
    ("Kestrel and Vostok Regional Bank OJSC signed a supplementary agreement to their credit line agreement: the "
     "limit of the credit line is increased from RUB 2.4 billion to RUB 3.0 billion.\n\nOn 04.03.2012 Kestrel drew "
     "RUB 600 million under the increased limit. Total borrowings under the credit line now stand at RUB 2.7 billion.",
     [("credit_facility", 3_000_000_000), ("credit_facility", 600_000_000)]),
    # amounts in Ghana cedis and Chilean unidades de fomento; bonds placed are the bonds, secured as the next
    # paragraph says
    ("Kestrel's subsidiary has signed facility agreements for a GH¢40.0 million term loan facility.",
     [("credit_facility", 40_000_000)]),
    ("On May 14, 2012, MAA placed UF 1,800,000 of Series A bonds, which bear interest at 3.40% per annum.\n\n"
     "The bonds are secured by a first-ranking mortgage over the Agua Amarga mine.",
     [("secured_loan", 1_800_000)]),
    # interest paid on a loan; a redemption 'as disclosed in the announcement dated ...'; a facility that did not
    # proceed
    ("(b) the interest of RMB4.6 million due on 21 May 2012 on the RMB200,000,000 term loan from Yichuan Commercial "
     "Bank Co., Ltd. (the \"Term Loan\") was paid in full on its due date;", []),
    ("(d) as disclosed in the announcement of the Company dated 30 April 2012, the Company redeemed in full its "
     "US$50,000,000 7.0 per cent. guaranteed bonds on their maturity date of 28 April 2012.", []),
    ("The cedi facilities replace the US$20 million project facility that the Company discussed with an international "
     "lender in 2011, which did not proceed.", []),
    # a drawing told by its month long before, a repayment the company 'may' make, a facility named in a denial
    ("The R150 million drawn under the revolving credit facility in December 2011 remains outstanding.", []),
    ("Kestrel may repay the remaining $35 million drawn under the facility during the third quarter of 2012 from "
     "free cash flow.", []),
    ("Kestrel has not received any notice of default from Mono Basin Capital LLC, the lender under the Company's "
     "$40 million secured credit facility.", []),
    # a package's total is made by its parts, which give the rows
    ("Kestrel is pleased to announce a A$4.2 million financing package comprising convertible notes and a share "
     "placement.", []),
    # options issued to a noteholder, not to staff, are warrants
    ("Subject to shareholder approval, the Company will also issue the Noteholder 10,000,000 unlisted options "
     "exercisable at 6 cents and expiring on 30 September 2014.", [("warrants", None)]),
]


@pytest.mark.parametrize(("paragraph", "expected"), MORE_DEBT_NEWS)
def test_more_debt_news(paragraph, expected):
    facts = parse_release(release(paragraph)).financings
    assert [(f.instrument_type, f.amount) for f in facts] == expected


MORE_EVENTS = [
    # a disposal 'in terms of which the Company will dispose of' the mine (a SENS phrase)
    ("Shareholders are advised that Kestrel has concluded an agreement with Kgalagadi Mineral Holdings (Proprietary) "
     "Limited in terms of which the Company will dispose of the Doornpan Mine for R112,8 million. The agreement was "
     "signed on 4 June 2012.", [("disposition", None)]),
    # the purchase of an exploration permit completed
    ("On 12 May 2012 the Company completed the purchase of exploration permit EP 61427 (Komata) from Kuaotunu "
     "Minerals Limited for NZ$420,000 in cash.", [("acquisition", date(2012, 5, 12))]),
    # a finance lease or hire purchase agreement is a financing, not an agreement event
    ("On 10 May 2012 the Company signed a financial lease agreement with Banco Sierra Central S.A. for two "
     "underground loaders for a total of USD 2,350,000.", []),
    ("The Company has entered into a hire purchase agreement with Swanvale Equipment Finance Pty Ltd for a new "
     "90-tonne excavator.", []),
    # a non-executive director made chairman is the board's chair; an auditor's resignation; a role taken years ago,
    # told in passing (but the departure it is told with stays)
    ("Following the meeting, the Board appointed Mr Ambler, an independent non-executive director, as Chairman in his "
     "place.", []),
    ("The Board has resolved to appoint Tsui Kwong CPA Limited as the new auditor of the Company with effect from 25 "
     "May 2012 to fill the casual vacancy following the resignation of Lam Ho.", []),
    ("Lorena Gastelum, who joined the Company as Chief Operating Officer in 2009, is leading the study.", []),
    ("Nigel Pendlebury, Finance Director, who joined the Company in 2009, will retire at the end of the year.",
     [("executive_departure", None)]),
    # a retirement the officer has advised the Board of; a name with 'Jr.'; an interim role 'will serve as', after
    # three commas of description
    ("Managing Director Mr Ross Trengove has advised the Board that he will retire on 31 December 2012.",
     [("executive_departure", date(2012, 12, 31))]),
    ("Robert E. Stratton Jr., President and Chief Executive Officer, will retire effective June 30, 2012.",
     [("executive_departure", date(2012, 6, 30))]),
    ("Genevieve Gregoire-Nadeau, CPA, currently Vice President, Finance, will serve as interim Chief Financial "
     "Officer from November 15, 2012.", [("executive_appointment", date(2012, 11, 15))]),
    # a board's resolutions listed as 'To accept the resignation ... of' and 'To appoint ... as'
    ("To accept the resignation submitted for personal reasons by Ing. Walter Cutipa Ccoa as General Manager "
     "(Gerente General) of the Company, effective 31 March 2012.", [("executive_departure", date(2012, 3, 31))]),
    ("To appoint Ing. Rosario Mayta Roncal, currently Operations Manager (Gerente de Operaciones) of the Company, as "
     "General Manager (Gerente General), effective 1 April 2012.", [("executive_appointment", date(2012, 4, 1))]),
    # what an article says of the management is no change
    ("The article also states that the Company's President and Chief Executive Officer, Mr. Fredrik A. Sviridoff, is "
     "leaving the Company. This is also incorrect.", []),
    # an arbitral tribunal holding a hearing is a step of the proceeding, not an award
    ("On 22 May 2012, the arbitral tribunal constituted under the Arbitration Rules of the Lima Chamber of Commerce "
     "held the final oral hearing in the Company's arbitration against Consorcio Constructor Ancash Norte.",
     [("legal_proceeding", date(2012, 5, 22))]),
    # an award named again, undated, as what the issuer enforces; an application the other side will withdraw
    ("Kestrel provides an update on the enforcement of the award rendered in ICSID Case No. ARB/14/8 against the "
     "Republic of Madagascar.", []),
    ("Upon receipt of the final instalment, Honduras will withdraw its pending application for annulment of the "
     "Award.", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), MORE_EVENTS)
def test_more_events(paragraph, expected):
    facts = parse_release(release(paragraph)).events
    assert [f.event_type for f in facts] == [t for t, _ in expected]
    assert all(d is None or f.event_date == d for f, (_, d) in zip(facts, expected, strict=True))


def test_a_table_site_and_its_fuller_name_in_the_text_are_one_site():
    text = release("Kestrel reports its results for the quarter ended 31 March 2012.\n\n"
                   "Operating summary              Q1 2012    Q4 2011\n"
                   "Akzhar heap leach\n"
                   "  Gold poured (koz)                6.2        8.9\n\n"
                   "Akzhar heap leach operation\n\n"
                   "Stacking was suspended from 9 January to 2 February 2012 because of extreme cold, and the "
                   "operation poured 6.2 koz (Q4 2011: 8.9 koz).", when="26 April 2012")
    facts = [(f.site, f.period_start.month, f.value) for f in parse_release(text).production]
    assert facts == [("Akzhar heap leach operation", 1, 6_200), ("Akzhar heap leach operation", 10, 8_900)]


def test_short_tons_per_day_and_a_bare_subject_after_a_colon():
    text = release("Kestrel reports 2011 production from its Kramer Hill underground mine.\n\n"
                   "                                 Q4 2011       2011\n"
                   "Kramer Hill underground mine\n"
                   "  Gold produced (oz)              25,080     99,370\n\n"
                   "Tons are short tons of 2,000 pounds. Mill head grades are in ounces per ton. Metric equivalents "
                   "for 2011:\n"
                   "Kramer Hill milled 337,080 tonnes at a head grade of 9.98 g/t.\n\n"
                   "Kramer Hill's mill averaged 1,048 tons per day in the fourth quarter.", when="25 February 2012")
    facts = [(f.site, f.metric, f.value) for f in parse_release(text).production]
    assert facts[2:] == [("Kramer Hill underground mine", "ore_processed_t", 337_080),
                         ("Kramer Hill underground mine", "head_grade_g_t", 9.98)]


def test_ounces_deferred_are_not_produced_and_the_quarter_is_the_releases_after_a_sentence_on_another():
    text = release("Kestrel reports its results for the September 2012 quarter.\n\n"
                   "Production in the June quarter was reduced by the suspension of processing during the lockdown, "
                   "which deferred approximately 2,400 ounces.\n\n"
                   "Kestrel sold 9,610 ounces of gold in the quarter.", when="21 October 2012")
    facts = [(f.period_start, f.metric, f.value) for f in parse_release(text).production]
    assert facts == [(date(2012, 7, 1), "gold_sold_oz", 9_610)]


def test_a_highlights_total_goes_when_the_parts_come_far_below_and_a_financing_told_by_its_month_is_history():
    body = ("Highlights\n\n- $2.0 million private placement of FT Units and HD Units closed on October 14, 2012\n\n"
            + "The mill ran well in the quarter and the Company advanced its exploration programme. " * 8
            + "\n\nOn October 14, 2012, the Company closed its non-brokered private placement consisting of 4,545,455 "
            "flow-through units at a price of $0.22 per FT Unit for gross proceeds of $1,000,000, and 6,250,000 "
            "non-flow-through units at a price of $0.16 per HD Unit for gross proceeds of $1,000,000.\n\n"
            "Its previous financing, a $2.5 million flow-through private placement, closed in March 2012.")
    facts = parse_release(release(body, when="October 19, 2012")).financings
    assert [(f.amount, f.share_count) for f in facts] == [(1_000_000, 4_545_455), (1_000_000, 6_250_000)]


def test_the_key_terms_listed_under_their_lead_and_the_full_conversion_count_of_notes_named_twice():
    text = release("Kestrel is pleased to announce that its offer of convertible notes (the \"Offer\") closed on 12 "
                   "May 2012 and that 20,000,000 convertible notes (the \"Notes\") were allotted today, raising "
                   "NZ$20.0 million.\n\nKey terms of the Notes:\n\n- face value of NZ$1.00 per Note;\n"
                   "- interest of 9.5% per annum, payable quarterly in arrears;\n"
                   "- maturity date of 31 March 2017, when any Notes not converted will be repaid at face value;\n"
                   "- convertible at the holder's election into ordinary shares at a conversion price of NZ$0.64 per "
                   "share.\n\nFull conversion of the Notes would result in the issue of 31,250,000 ordinary shares.\n\n"
                   "The Company's last equity raising was its NZ$7.2 million rights issue in 2010.")
    facts = parse_release(text).financings
    assert [(f.instrument_type, f.amount, f.interest_rate_pct, f.maturity_date, f.share_count, f.price_per_share)
            for f in facts] == [("convertible_debenture", 20_000_000, 9.5, date(2017, 3, 31), 31_250_000, 0.64)]


def test_a_part_of_a_deposit_told_before_its_verb():
    facts = parse_release(release(
        "Kestrel has entered into a silver stream agreement with Silverline Streaming Corp., under which Silverline "
        "will pay an upfront deposit of USD 60,000,000. USD 40,000,000 of the deposit was disbursed to the Company on "
        "11 "
        "May 2012. The remaining USD 20,000,000 will be disbursed when the expansion is complete.")).financings
    assert [(f.status, f.amount) for f in facts] == [("closed", 40_000_000), ("announced", 20_000_000)]


def test_tonnes_that_were_purchased_ore_are_its_part_of_the_feed():
    text = release("Kestrel reports November 2012 production from its Policarpa beneficiation plant.\n\n"
                   "Of the November feed, 6,530 tonnes came from the Guayabillas underground mine at 7.48 g/t and "
                   "3,316 "
                   "tonnes were purchased ore at 8.91 g/t.", when="12 December 2012")
    facts = [(f.ore_source, f.metric, f.value) for f in parse_release(text).production]
    assert ("purchased ore", "ore_processed_t", 3_316) in facts and ("purchased ore", "head_grade_g_t", 8.91) in facts


def test_purchased_ore_beside_a_named_mine_in_prose_and_in_a_table_row():
    text = release("Kestrel reports production for February 2012 from its Vilaque beneficiation plant, which treats "
                   "ore "
                   "from the Pucarani underground mine and ore bought from local mining cooperatives.\n\n"
                   "Plant feed in February comprised 3,940 tonnes from the Pucarani mine at 9.96 grams per tonne and "
                   "1,922 tonnes of purchased ore at 6.24 grams per tonne.", when="9 March 2012")
    facts = [(f.ore_source, f.metric, f.value) for f in parse_release(text).production]
    assert facts == [("Pucarani mine", "ore_processed_t", 3_940), ("Pucarani mine", "head_grade_g_t", 9.96),
                     ("purchased ore", "ore_processed_t", 1_922), ("purchased ore", "head_grade_g_t", 6.24)]
    table = release("Kestrel reports production for December 2012 from the Lwamgasa CIL plant.\n\n"
                    "**Lwamgasa CIL plant**\n\n| | Oct 2012 | Nov 2012 |\n|---|---|---|\n"
                    "| Ore processed - Nyamalimbe open pit (t) | 21,400 | 22,150 |\n"
                    "| Ore processed - purchased ore (t) | 6,120 | 5,870 |\n"
                    "| Total ore processed (t) | 27,520 | 28,020 |\n", when="20 January 2013")
    facts = [(f.ore_source, f.value) for f in parse_release(table).production]
    assert facts == [("Nyamalimbe open pit", 21_400), ("Nyamalimbe open pit", 22_150), ("purchased ore", 6_120),
                     ("purchased ore", 5_870), (None, 27_520), (None, 28_020)]


def test_every_figure_of_a_bracket_its_period_labels_is_that_periods():
    text = release("Kestrel announces its operating results for the quarter ended September 30, 2012.\n\n"
                   "In the third quarter the Tra Kot CIL plant processed 61,840 tonnes of ore at a head grade of 4.38 "
                   "g/t and a recovery of 91.6%, producing 7,977 oz of gold (Q2 2012: 58,920 tonnes at 4.21 g/t and "
                   "90.8%, producing 7,241 oz).", when="14 October 2012")
    facts = [(f.period_start.month, f.metric, f.value) for f in parse_release(text).production]
    assert facts[4:] == [(4, "ore_processed_t", 58_920), (4, "head_grade_g_t", 4.21), (4, "recovery_pct", 90.8),
                         (4, "gold_produced_oz", 7_241)]


def test_the_figures_of_a_comparison_take_the_period_that_closes_it():
    text = release("Kestrel reports November 2012 production from its Policarpa beneficiation plant.\n\n"
                   "In November the Policarpa beneficiation plant processed 9,846 tonnes of ore at a head grade of "
                   "7.96 "
                   "g/t and a recovery of 93.2%, producing 2,348 ounces of gold, compared with 9,512 tonnes at 8.21 "
                   "g/t, 92.8% and 2,330 ounces in October.", when="12 December 2012")
    facts = [(f.period_start.month, f.metric, f.value) for f in parse_release(text).production]
    assert facts[4:] == [(10, "ore_processed_t", 9_512), (10, "head_grade_g_t", 8.21), (10, "recovery_pct", 92.8),
                         (10, "gold_produced_oz", 2_330)]


def test_a_settlement_paid_in_part_and_the_balance_payable_later_is_two_payments():
    text = release("On 12 November 2012 Kestrel and Sinkwell concluded a settlement agreement in terms of which "
                   "Kestrel will pay Sinkwell R74 million in full and final settlement of all claims. An amount of "
                   "R50 million was paid on 13 November 2012 and the balance of R24 million is payable on or before "
                   "31 March 2013.", when="16 November 2012")
    rows = [(f.instrument_type, f.status, f.amount, f.currency, f.maturity_date)
            for f in parse_release(text).financings]
    assert rows == [("debt_settlement", "closed", 50_000_000, "ZAR", date(2012, 11, 13)),
                    ("debt_settlement", "announced", 24_000_000, "ZAR", date(2013, 3, 31))]
    # the same words about a purchase price are no settlement
    text = release("Kestrel has acquired the Wren mill for R74 million. An amount of R50 million was paid on 13 "
                   "November 2012 and the balance of R24 million is payable on or before 31 March 2013.",
                   when="16 November 2012")
    assert [f.instrument_type for f in parse_release(text).financings] == []


def test_a_long_headline_with_per_cent_in_it_below_an_rns_letterhead_is_the_title():
    text = ("RNS Number:4821L\nFalémé Gold PLC\n08 June 2005\n\n\n                              Falémé Gold PLC\n"
            "                     (\"Falémé\" or \"the Company\")\n\n"
            "Conditional acquisition of 90 per cent. of Société des Mines de Dioulafoundou SA, US$10 million bridge "
            "facility and placing to raise £4.8 million\n\n\n"
            "Falémé Gold PLC (AIM: FAL), the West African gold exploration and development company, announces that on "
            "7 June 2005 it entered into a share purchase agreement with Kolimbiné Mining Investments Limited to "
            "acquire 90 per cent. of the issued share capital of Société des Mines de Dioulafoundou SA.\n\n"
            "Highlights\n\n*  Total consideration of US$21.5 million\n")
    parsed = parse_release(text)
    assert parsed.header.title.startswith("Conditional acquisition of 90 per cent. of Société des Mines")
    assert parsed.header.published_date == date(2005, 6, 8)


GEM_ANNOUNCEMENT = """CHARACTERISTICS OF THE GROWTH ENTERPRISE MARKET ("GEM") OF THE STOCK EXCHANGE OF HONG KONG LIMITED

GEM has been established as a market designed to accommodate companies to which a high investment risk may be \
attached. In particular, companies may list on GEM with neither a track record of profitability nor any obligation to \
forecast future profitability.

Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility for the \
contents of this announcement, make no representation as to its accuracy or completeness.

KESTREL VALLEY GOLD HOLDINGS LIMITED
(incorporated in the Cayman Islands with limited liability)
(Stock Code: 8219)

SUBSCRIPTION OF NEW SHARES UNDER GENERAL MANDATE
AND
APPOINTMENT OF CHIEF OPERATING OFFICER

The board of directors (the "Board") of Kestrel Valley Gold Holdings Limited (the "Company") announces that on 8 \
October 2001, the Company entered into a subscription agreement with Nomin Altai Investment Limited pursuant to which \
the subscriber has agreed to subscribe for 40,000,000 new shares at HK$0.25 per share.

Hong Kong, 9 October 2001
"""


def test_a_gem_announcement_opens_with_the_markets_caveat_above_its_letterhead():
    parsed = parse_release(GEM_ANNOUNCEMENT)
    assert parsed.header.issuer_name == "Kestrel Valley Gold Holdings Limited"
    assert parsed.header.listings == ("HKEX:8219",)
    assert parsed.header.title == ("SUBSCRIPTION OF NEW SHARES UNDER GENERAL MANDATE AND APPOINTMENT OF CHIEF "
                                   "OPERATING OFFICER")
    assert parsed.header.published_date == date(2001, 10, 9)
    assert [(f.share_count, f.price_per_share) for f in parsed.financings] == [(40_000_000, 0.25)]


def test_each_mines_part_of_the_one_mills_feed_told_sentence_by_sentence():
    text = release("Kestrel is pleased to report record gold production for May 2012 at its El Toco mill near El "
                   "Callao. The mill treats ore from the Company's Las Brisas underground mine and from the Guarataro "
                   "open pit.\n\nOre from the Las Brisas mine accounted for 24,870 tonnes of the mill feed in May and "
                   "yielded 5,936 ounces of gold. The Guarataro mine supplied the remaining 16,390 tonnes, from which "
                   "2,476 ounces were produced.")
    facts = [(f.site, f.ore_source, f.metric, f.value) for f in parse_release(text).production]
    assert facts == [("El Toco mill", "Las Brisas mine", "ore_processed_t", 24_870),
                     ("El Toco mill", "Las Brisas mine", "gold_produced_oz", 5_936),
                     ("El Toco mill", "Guarataro mine", "ore_processed_t", 16_390),
                     ("El Toco mill", "Guarataro mine", "gold_produced_oz", 2_476)]


def test_a_term_loan_listed_under_a_facility_and_a_drawdown_under_a_loan_are_facility_rows():
    text = release("Kestrel has signed a US$135 million project finance facility with a syndicate of four banks. "
                   "The Project Facility comprises:\n\n"
                   "- a $110 million senior term loan, bearing interest at LIBOR plus 4.50% and maturing on "
                   "December 31, 2021; and\n\n"
                   "- a $25 million cost overrun facility maturing on December 31, 2021.\n\n"
                   "On June 2, 2017, the Company made its third drawdown under the senior tranche of the project loan, "
                   "of US$30 million.")
    rows = [(f.instrument_type, f.amount) for f in parse_release(text).financings]
    assert ("credit_facility", 110_000_000) in rows
    assert ("credit_facility", 30_000_000) in rows
    assert not [r for r in rows if r[0] == "secured_loan"]


def test_repayments_made_are_a_repayment_and_repayments_to_come_are_a_schedule():
    made = parse_release(release("During the second quarter, the Company made scheduled term loan repayments "
                                 "totalling $15.0 million.")).financings
    assert [(f.instrument_type, f.amount) for f in made] == [("debt_repayment", 15_000_000)]
    schedule = parse_release(release("Quarterly capital repayments of R40 million will commence on 31 March "
                                     "2012.")).financings
    assert [f for f in schedule if f.instrument_type == "debt_repayment"] == []


def test_a_lender_keeps_the_first_word_of_its_name_and_a_newswire_is_no_counterparty():
    text = ("Kestrel Signs Mezzanine Facility\n\nVancouver, British Columbia--(Newsfile Corp. - June 21, 2005) - "
            "Kestrel Gold Corp. (TSXV: KGC) has signed a US$12.0 million mezzanine loan facility "
            "(the \"Mezzanine Facility\") with\nSt Mary Axe Resource Mezzanine Fund II LP (\"St Mary Axe\") "
            "to fund the construction of its Wren project.\n")
    facts = parse_release(text).financings
    assert [f.counterparties for f in facts] == [("St Mary Axe Resource Mezzanine Fund II LP",)]


def test_a_drawing_under_a_sized_term_loan_is_a_facility_row_and_a_budget_is_no_amount():
    drawn = parse_release(release("During the fourth quarter of 2009, Kestrel drew $32 million under the $115 million "
                                  "senior secured term loan provided by the syndicate led by Wren Bank.")).financings
    assert [(f.instrument_type, f.amount) for f in drawn] == [("credit_facility", 32_000_000)]
    budget = parse_release(release("Kestrel has entered into a US$7.5 million unsecured standby cost overrun facility "
                                   "with Wren Capital Partners LP. The Standby Facility may only be drawn if "
                                   "construction costs exceed the current budget of US$61.3 million.")).financings
    assert [f.amount for f in budget] == [7_500_000]


def test_a_vancouver_listing_is_read_and_its_dollars_are_canadian():
    text = ("Kestrel Gold arranges $1.5 million unit placement\n\n    VANCOUVER, Nov. 19, 1996 /CNW/ - Kestrel Gold "
            "Corp. (VSE: KGC; ASE: KGC) announces that it has arranged a non-brokered private placement of 2,500,000 "
            "units at a price of $0.60 per unit for gross proceeds of $1,500,000.\n")
    parsed = parse_release(text)
    assert parsed.header.listings == ("VSE:KGC", "ASE:KGC")
    assert [(f.amount, f.currency) for f in parsed.financings] == [(1_500_000, "CAD")]


def test_a_listing_in_a_paragraph_after_a_long_headline_and_one_over_a_symbol_line_are_read():
    aim = ("RNS Number:4821L\nKestrel Gold PLC\n08 June 2012\n\n\n                              Kestrel Gold PLC\n"
           "                     (\"Kestrel\" or \"the Company\")\n\nConditional acquisition of 90 per cent. of "
           "Societe des Mines de Wren SA, US$10 million bridge facility and placing to raise 4.8 million pounds\n\n\n"
           "Kestrel Gold PLC (AIM: KGP), the West African gold exploration and development company, announces that on "
           "7 June 2012 it entered into a share purchase agreement with Wren Mining Investments Limited.\n")
    assert parse_release(aim).header.listings == ("AIM:KGP",)
    vse = ("KESTREL GOLD CORP.\nSuite 1120 - 800 West Pender Street\nVancouver, B.C.  V6C 2V6\n\n"
           "Vancouver Stock Exchange\nTrading Symbol: KWK\n\nNEWS RELEASE                      May 12, 1998\n\n"
           "              PRIVATE PLACEMENT\n\nKestrel Gold Corp. (the \"Company\") announces that it has arranged a "
           "non-brokered private placement of 1,600,000 units at a price of $0.30 per unit to raise $480,000.\n")
    parsed = parse_release(vse)
    assert parsed.header.listings == ("VSE:KWK",)
    assert [(f.amount, f.currency) for f in parsed.financings] == [(480_000, "CAD")]


def test_key_terms_one_per_paragraph_give_a_convertibles_price_and_conversion_shares():
    text = release("On 13 June 2012 (after trading hours), the Company entered into a subscription agreement with "
                   "Pinnacle Ridge Asia Opportunities Fund, pursuant to which the Company has conditionally agreed to "
                   "issue US$25,000,000 5.0 per cent. convertible notes due 2015.\n\nPrincipal terms of the Notes\n\n"
                   "Principal amount:    US$25,000,000\n\nInterest:            5.0% per annum\n\n"
                   "Conversion Price:    HK$1.15 per Conversion Share, subject to adjustment\n\n"
                   "Conversion Shares:   assuming full conversion at the initial Conversion Price, 169,565,217 "
                   "Conversion Shares will be issued\n")
    [note] = parse_release(text).financings
    assert (note.instrument_type, note.amount, note.share_count, note.price_per_share) == (
        "convertible_debenture", 25_000_000, 169_565_217, 1.15)


def test_the_most_a_full_conversion_gives_is_the_conversion_share_count():
    text = release("On 2 June 2012, the Company entered into a subscription agreement with Pacific Harmony Investments "
                   "Limited for the issue of HK$156,000,000 convertible bonds.\n\n"
                   "Interest:              3% per annum, payable annually in arrears\n"
                   "Conversion price:      HK$0.52 per Share, subject to adjustment\n"
                   "Conversion Shares:     a maximum of 300,000,000 new Shares upon full conversion at the initial "
                   "conversion price\n")
    [bond] = parse_release(text).financings
    assert (bond.share_count, bond.price_per_share) == (300_000_000, 0.52)


def test_a_royalty_paid_in_listed_parts_is_a_row_per_part_and_its_total_gives_way():
    text = release("- Total cash consideration of A$12 million for the Royalty\n\nConsideration\n\n"
                   "The consideration for the Royalty is payable in two parts:\n\n"
                   "  1. A$9 million in cash, which was received on completion on 22 May 2012; and\n"
                   "  2. A$3 million in cash, payable by Mulga within 30 days after the first gold pour at Lorikeet.\n")
    rows = [(f.instrument_type, f.amount, f.status) for f in parse_release(text).financings]
    assert rows == [("royalty_stream", 9_000_000, "closed"), ("royalty_stream", 3_000_000, "announced")]


def test_a_joint_stock_company_named_with_jsc_after_its_name_is_the_issuer():
    text = ("Astana, 8 May 2012\n\nKalba Gold Mining JSC\n(AIX: KALB, KASE: KALB)\n\nOPERATING RESULTS FOR 1Q 2012\n\n"
            "Kalba Gold Mining JSC (\"Kalba Gold\" or the \"Company\"), the gold producer in the East Kazakhstan "
            "region, announces its operating results for the first quarter of 2012.\n")
    assert parse_release(text).header.issuer_name == "Kalba Gold Mining JSC"


def test_the_gross_proceeds_of_the_placing_told_after_it_are_its_amount_not_a_second_placing():
    text = release("A total of 180,000,000 Placing Shares have been successfully placed by Harbour Summit Securities "
                   "Limited, the Placing Agent, to not less than six Placees at the Placing Price of HK$0.32 per "
                   "Placing Share. The gross proceeds from the Placing are approximately HK$57.6 million and the net "
                   "proceeds (after deduction of the placing commission and other related expenses) are approximately "
                   "HK$56.4 million, representing a net issue price of approximately HK$0.313 per Placing Share.")
    rows = [(f.instrument_type, f.amount, f.currency, f.share_count, f.price_per_share)
            for f in parse_release(text).financings]
    assert rows == [("private_placement", 57_600_000, "HKD", 180_000_000, 0.32)]


def test_realized_gold_output_names_no_site():
    text = release("**First half 2012 highlights**\n\n- Realized gold output of 1,384 kg (44,497 ounces), up 18.6% "
                   "year-on-year", when="August 29, 2012")
    assert [(f.site, f.value) for f in parse_release(text, vet=False).production] == [("Kestrel Gold Corp.", 44_497)]


def test_a_name_hard_wrapped_over_two_lines_is_one_person():
    text = release("Kestrel announces that Douglas\nR. Finlayson has resigned as President and Chief Executive Officer "
                   "and as a director of the Company, effective June 8, 2012.\n\nMr. Finlayson, who joined Kestrel in "
                   "1999, is leaving to pursue other interests.")
    departures = [(f.person_name, f.event_date) for f in parse_release(text, vet=False).events
                  if f.event_type == "executive_departure"]
    assert departures == [("Douglas R. Finlayson", date(2012, 6, 8))]


def test_a_deal_completed_without_a_day_takes_the_day_a_later_sentence_says_it_closed_or_became_effective():
    closed = release("Kestrel has completed the acquisition of the Date Creek custom mill in Yavapai County, Arizona, "
                     "from Yarnell Custom Milling LLC.\n\nUnder the purchase agreement, Kestrel paid $1.1 million in "
                     "cash on closing. The transaction closed on June 12, 2012.")
    effective = release("Kestrel has completed its previously announced amalgamation with Sheslay Resources Ltd., a "
                        "private British Columbia company.\n\nThe amalgamation of Sheslay with 0793512 B.C. Ltd., a "
                        "wholly-owned subsidiary of the Company, became effective on June 1, 2012.")
    arranged = release("Kestrel has completed its previously announced acquisition of all of the issued and "
                       "outstanding common shares of Mojikit Resources Inc. by way of a statutory plan of arrangement "
                       "(the \"Arrangement\"). The Arrangement became effective on Friday, June 8, 2012.")
    for text, day in ((closed, date(2012, 6, 12)), (effective, date(2012, 6, 1)), (arranged, date(2012, 6, 8))):
        assert [(f.event_type, f.event_date) for f in parse_release(text, vet=False).events] == [("acquisition", day)]


def test_an_agreement_with_the_vendor_for_the_acquisition_of_is_an_acquisition_on_the_day_the_lead_gives():
    text = release("The Board announces that on 14 June 2012 (after trading hours), Kestrel Gold (BVI) Limited, a "
                   "wholly-owned subsidiary of the Company (the \"Purchaser\"), entered into an equity transfer "
                   "agreement (the \"Agreement\") with Ankang Huaxing Industrial Co., Ltd. (the \"Vendor\") for the "
                   "acquisition of a 25% equity interest in Shaanxi Jingui Mining Co., Ltd. for a consideration of "
                   "RMB96,000,000.")
    [event] = parse_release(text, vet=False).events
    assert (event.event_type, event.event_date, event.amount) == ("acquisition", date(2012, 6, 14), 96_000_000)


def test_a_predecessor_named_after_an_appointment_leaves_on_no_day_the_release_does_not_give():
    text = release("Mr Kofi Mensah has been appointed General Manager of the Wren mine with effect from 1 May 2012. "
                   "He succeeds David Moorhouse, who has left the Company to pursue other interests.")
    facts = {(f.event_type, f.person_name, f.event_date) for f in parse_release(text, vet=False).events}
    assert facts == {("executive_appointment", "Kofi Mensah", date(2012, 5, 1)),
                     ("executive_departure", "David Moorhouse", None)}


def test_a_heading_naming_a_period_frames_the_bullets_under_it():
    text = release("**April-June 2012 in brief**\n\n- Gold production at the Wren mine increased to 10,305 ounces\n\n"
                   "**January-June 2012 in brief**\n\n- Gold production at the Wren mine was a first-half record of "
                   "20,280 ounces\n", when="August 12, 2012")
    facts = {(f.period_start, f.period_end, f.value) for f in parse_release(text).production}
    assert facts == {(date(2012, 4, 1), date(2012, 6, 30), 10_305), (date(2012, 1, 1), date(2012, 6, 30), 20_280)}


def test_the_month_a_pit_started_is_not_the_period_of_its_tonnes():
    text = release("Snake Rock, which started production in May, contributed 119,760 tonnes of ore at a higher grade "
                   "than Nindoolya. The Kalpini plant treated 161,230 tonnes.", when="October 27, 2012")
    assert not any(f.period_start == date(2012, 5, 1) for f in parse_release(text).production)


def test_a_year_a_clause_counts_from_is_not_the_period_of_the_figures_after_it():
    facts = _production("**First Quarter 2012 Highlights**\n\n"
                        "- Gold production of 27,640 ounces, the best quarter since "
                        "commercial production was declared in 2009.\n"
                        "- Gold sold of 27,115 ounces.")
    assert [(f[2], f[3], f[4], f[5]) for f in facts] == [
        (date(2012, 1, 1), date(2012, 3, 31), "gold_produced_oz", 27_640),
        (date(2012, 1, 1), date(2012, 3, 31), "gold_sold_oz", 27_115)]


def test_gold_from_before_commercial_production_is_no_figure_but_a_sites_part_is():
    assert [(f[0], f[4], f[5]) for f in _production(
        "In 2011, its first full year of operation, the Wren mine produced 40,577 ounces, including 4,810 ounces "
        "recovered before commercial production was declared on March 1, 2011.")] == [
        ("Wren mine", "gold_produced_oz", 40_577)]
    assert [(f[0], f[4], f[5], f[6]) for f in _production(
        "Kestrel expects 2012 production of approximately 150,000 ounces of gold, including 102,000 ounces from the "
        "Wren mine.")] == [("Kestrel Gold Corp.", "gold_produced_oz", 150_000, True),
                           ("Wren mine", "gold_produced_oz", 102_000, True)]


def test_a_forecast_for_a_quarter_named_without_its_year_is_the_quarter_to_come_and_the_companys():
    # (under an outlook after the sites' paragraphs: a forecast that names no site is the company's)
    facts = parse_release(release(
        "The Wren mill produced 13,475 oz of gold in the March quarter.\n\n"
        "OUTLOOK\n\nKestrel reaffirms its 2012 guidance of approximately 56,000 oz of gold. Production in the June "
        "quarter is expected to be approximately 14,500 oz.", when="April 21, 2012")).production
    assert [(f.site, f.period_start, f.period_end, f.value, f.is_guidance) for f in facts] == [
        ("Wren mill", date(2012, 1, 1), date(2012, 3, 31), 13_475, False),
        ("Kestrel Gold Corp.", date(2012, 1, 1), date(2012, 12, 31), 56_000, True),
        ("Kestrel Gold Corp.", date(2012, 4, 1), date(2012, 6, 30), 14_500, True)]


def test_a_grade_of_one_of_the_mills_several_sources_keeps_its_source():
    # (the ore's name, an aside, then its grade; a mill the release says is fed from two mines keeps the part's source)
    facts = _production("The Wren mill processes ore from the Finch open pit and from the Lark underground mine.\n\n"
                        "Lark ore, which is blended with open-pit ore at the mill, averaged 5.48 g/t in May 2012.")
    assert [(f[0], f[1], f[4], f[5]) for f in facts] == [("Wren mill", "Lark underground mine", "head_grade_g_t", 5.48)]


def test_a_cost_that_fell_to_a_figure_from_another_keeps_the_other_only_with_its_own_period():
    from pressroom.extract.production import find_figures
    assert [f.value for f in find_figures("- Cash costs fell to $231 per ounce from $244 per ounce.")] == [231]
    assert [(f[2], f[5]) for f in _production(
        "Cash costs at the Wren mine in May 2012 fell to $231 per ounce from $244 per ounce in April 2012.")] == [
        (date(2012, 5, 1), 231), (date(2012, 4, 1), 244)]


def test_gold_sold_with_no_site_named_is_the_companys():
    # gold is sold by the company: a sale that names no site is not the running site's, and 'the Company sold'
    # after a plant's production is the company's
    facts = _production("The Wren mill produced 13,475 ounces of gold in May 2012.\n\nGold sales for the month "
                        "totalled 13,120 ounces at an average price of US$1,590 per ounce.")
    assert sorted((f[0], f[4], f[5]) for f in facts) == [
        ("Kestrel Gold Corp.", "gold_sold_oz", 13120), ("Wren mill", "gold_produced_oz", 13475)]
    facts = _production("In May 2012 the Wren plant produced 13,475 ounces of gold and the Company sold 13,120 ounces.")
    assert sorted((f[0], f[4], f[5]) for f in facts) == [
        ("Kestrel Gold Corp.", "gold_sold_oz", 13120), ("Wren plant", "gold_produced_oz", 13475)]
    # a sale the sentence gives to a site stays the site's
    facts = _production("In May 2012 the Wren mine produced 13,475 ounces of gold and sold 13,120 ounces.")
    assert ("Wren mine", "gold_sold_oz", 13120) in [(f[0], f[4], f[5]) for f in facts]


def test_a_plants_feed_from_peruvian_mining_units_in_dry_metric_tonnes():
    # 'UM Pallanga' is the Pallanga Mining Unit (Unidad Minera); 'TMS' are dry metric tonnes and 'g/TM' their grade
    facts = _production(
        "The Yurajhuanca beneficiation plant treated 89,420 TMS of ore in May 2012 at a head grade of 5.62 g/TM. Plant "
        "feed comprised 52,300 TMS from UM Pallanga at 6.41 g/TM, 28,700 TMS from UM Mallay at 4.72 g/TM and 8,420 "
        "TMS of purchased ore at 3.77 g/TM.")
    assert {(f[0], f[1], f[4], f[5]) for f in facts} >= {
        ("Yurajhuanca beneficiation plant", "Pallanga Mining Unit", "ore_processed_t", 52300),
        ("Yurajhuanca beneficiation plant", "Pallanga Mining Unit", "head_grade_g_t", 6.41),
        ("Yurajhuanca beneficiation plant", "Mallay Mining Unit", "ore_processed_t", 28700),
        ("Yurajhuanca beneficiation plant", "Mallay Mining Unit", "head_grade_g_t", 4.72),
        ("Yurajhuanca beneficiation plant", "purchased ore", "head_grade_g_t", 3.77)}


def test_the_grades_of_a_plants_ores_listed_with_their_verb_left_out():
    facts = _production(
        "The Company's Ccorihuayta beneficiation plant treats ore from the Chuquichaca Mining Unit and the Soraccocha "
        "Mining Unit.\n\nThe Ccorihuayta beneficiation plant treated 63,950 TMS of ore in May 2012 at a head grade of "
        "7.12 g/TM. In May 2012 Chuquichaca ore averaged 7.94 g/TM, Soraccocha ore 6.02 g/TM and purchased ore "
        "4.41 g/TM.")
    assert {(f[1], f[5]) for f in facts if f[4] == "head_grade_g_t"} == {
        (None, 7.12), ("Chuquichaca Mining Unit", 7.94), ("Soraccocha Mining Unit", 6.02), ("purchased ore", 4.41)}


def test_the_tonnes_of_ore_a_mine_produced_are_its_ore_mined():
    facts = _production("The Wren underground mine is the Company's only operation.\n\nWren produced 12,910 tonnes of "
                        "ore in May 2012 (April: 12,140 tonnes), mainly from the Veta Norte stopes.")
    assert sorted((f[0], f[4], f[2].month, f[5]) for f in facts) == [
        ("Wren underground mine", "ore_mined_t", 4, 12140), ("Wren underground mine", "ore_mined_t", 5, 12910)]


@pytest.mark.parametrize("sentence", [
    "Stockpiles at May 31, 2012 held approximately 86,000 tonnes at 1.3 g/t.",
    "The run-of-mine stockpile held 96,500 tonnes at 2.05 g/t at the end of May 2012.",
    "Production for April and May 2012 totalled 7,940 ounces, and the mine remains on track.",
    "The Wren mine poured approximately 3,100 ounces in April and May.",
])
def test_a_stockpiles_balance_and_two_months_together_are_no_figures(sentence):
    assert _production(sentence) == []


def test_a_figure_beside_two_months_named_as_a_reason_keeps_its_quarter():
    facts = _production("In the March 2012 quarter, the Wren mine produced 29,410oz, compared with 30,776oz in the "
                        "December quarter, as the strike in November and December was followed by a slow build-up.")
    assert sorted((f[2], f[5]) for f in facts) == [(date(2011, 10, 1), 30776), (date(2012, 1, 1), 29410)]


@pytest.mark.parametrize("sentence, site", [
    ("At Lac Preissac, the Company expects third quarter 2012 production of approximately 24,500 ounces.",
     "Lac Preissac mine"),
    ("Production from the Company's Yarrawindi Gold Operation in Western Australia was 4,812 ounces of gold in May "
     "2012.", "Yarrawindi Operation"),
])
def test_a_site_the_sentence_opens_with_or_produces_from_is_the_figures(sentence, site):
    facts = _production("The Company operates the Lac Preissac mine and the Yarrawindi Gold Operation.\n\n" + sentence)
    assert [f[0] for f in facts] == [site]


@pytest.mark.parametrize("sentence, period_start, ounces", [
    # a Spanish-style quarter ('1T12', the first 'trimestre') in a comparison's bracket
    ("The Wren plant produced 9,960 ounces of gold in 2T12 (1T12: 9,120 ounces).", date(2012, 1, 1), 9120),
    # a cumulative total 'to' a day: the day's year starts no range
    ("The Wren plant poured 9,742 ounces in the March 2012 quarter (Q4 2011: 8,640 ounces), bringing gold poured for "
     "the six months to 31 March 2012 to 18,382 ounces.", date(2011, 10, 1), 18382),
])
def test_a_spanish_quarter_and_a_total_to_a_day(sentence, period_start, ounces):
    assert (period_start, ounces) in [(f[2], f[5]) for f in _production(sentence)]


def test_a_recovery_paired_with_its_grade_again_for_the_year():
    facts = _production("The Wren mill processed 61,250 tonnes in the fourth quarter of 2011 at 12.84 g/t with a "
                        "recovery of 95.6%, and 243,900 tonnes for the year at 12.31 g/t and 96.8%.")
    assert sorted((f[3].month, f[5]) for f in facts if f[4] == "recovery_pct") == [(12, 95.6), (12, 96.8)]
    assert [f[2].month for f in facts if f[5] == 96.8] == [1]


@pytest.mark.parametrize(("sentence", "expected"), [
    # ore stacked on a heap told after its tonnes, with its grade
    ("In May 2012 612,400 tonnes of crushed ore were stacked on the leach pad at an average grade of 1.12 g/t.",
     {("ore_processed_t", 612_400), ("head_grade_g_t", 1.12)}),
    ("In May 2012, 1,796,000 tonnes grading 0.54 grams of gold per tonne were crushed and stacked on the leach pad.",
     {("ore_processed_t", 1_796_000), ("head_grade_g_t", 0.54)}),
])
def test_ore_stacked_on_a_heap_told_after_its_tonnes(sentence, expected):
    assert {(f[4], f[5]) for f in _production(sentence)} == expected


@pytest.mark.parametrize("sentence", [
    # gold still in the circuit; a plant's design size
    "Approximately 600 ounces of gold remain in the carbon-in-pulp circuit and will be recovered when the mill "
    "restarts in May 2012.",
    "The Wren plant has a designed processing capacity of 2,000 tonnes of ore per day, which the Company plans to "
    "expand to 3,000 tonnes per day in 2013.",
])
def test_gold_in_circuit_and_a_plants_size_are_no_figures(sentence):
    assert _production(sentence) == []


def test_a_period_a_figure_compares_with_does_not_become_the_running_one():
    facts = _production("The Wren mill produced 18,020 ounces of gold in the March 2012 quarter.\n\nGROUP\n"
                        "Group gold recovered of 17,922 ounces compares with 15,310 ounces in the March 2011 quarter. "
                        "Kestrel sold 17,450 ounces of gold.")
    assert [(f[2], f[5]) for f in facts if f[4] == "gold_sold_oz"] == [(date(2012, 1, 1), 17450)]


def test_a_pit_whose_ore_lifted_the_head_grade_is_no_site_of_it():
    facts = _production("The Wren mine produced 10,120 ounces of gold in the March 2012 quarter. Higher-grade ore from "
                        "the Finch East pit lifted the head grade to 3.05 g/t.")
    assert [(f[0], f[1]) for f in facts if f[4] == "head_grade_g_t"] == [("Wren mine", None)]


@pytest.mark.parametrize("sentence, prior", [
    # the Peruvian sol ('S/.') ends no sentence, so the comparison after it keeps its figure
    ("The cash cost of production was US$ 198 per ounce of gold (S/. 694 per ounce) in the first quarter of 2012, "
     "compared with US$ 176 per ounce in the fourth quarter of 2011.", (date(2011, 10, 1), 176)),
    # a bracket's label in lower case
    ("Cash cost per ounce of gold produced was US$468 in the second quarter of 2012 (first quarter: US$502).",
     (date(2012, 1, 1), 502)),
    # 'TCC' is the total cash cost
    ("In 1H2012 TCC made USD 612 per ounce (RUB 35,100/oz) against USD 774 per ounce in 1H2011.",
     (date(2011, 1, 1), 774)),
])
def test_a_cash_costs_prior_figure(sentence, prior):
    facts = parse_release(release(sentence, when="August 14, 2012")).production
    assert prior in [(f.period_start, f.value) for f in facts if f.metric == "cash_cost_per_oz"]


@pytest.mark.parametrize("sentence", [
    "Throughput at the Wren mill is expected to reach 500 tonnes per day in the third quarter of 2012.",
    "Kestrel expects mine output to reach 140 tonnes per day in 2012 once the second ventilation raise is complete.",
])
def test_a_rate_to_be_reached_is_no_figure(sentence):
    assert _production(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Since the Wren mill was commissioned in 2009, it has poured a total of 31,460 ounces of gold.",
    "Since recommissioning, throughput at the Wren mill has averaged 735 tonnes per day.",
    "The Wren mill restarted on June 9, 2012 and has since processed approximately 41,800 tonnes of ore.",
    "Cumulative gold recovery at the Wren heap leach since the start of leaching in 2009 stands at 68%.",
])
def test_a_figure_counted_since_a_start_is_no_periods(sentence):
    facts = _production("The Wren mill poured 1,950 ounces of gold in May 2012. " + sentence)
    assert [(f[4], f[5]) for f in facts] == [("gold_poured_oz", 1950)]


def test_a_record_since_commissioning_keeps_the_months_figure():
    facts = _production("The Wren plant processed 9,860 tonnes of ore in May 2012. Throughput averaged 329 tonnes per "
                        "day, the highest monthly rate since the plant was commissioned.")
    assert ("tonnes_per_day", 329) in [(f[4], f[5]) for f in facts]


@pytest.mark.parametrize("sentence", [
    "The Wren mill is currently operating at approximately 480 tonnes per day, against a permitted rate of 600 tonnes "
    "per day.",
    "The Wren plant is now operating at approximately 1,050 tonnes per day, above its nameplate capacity.",
])
def test_the_rate_a_plant_runs_at_today_is_no_periods(sentence):
    facts = _production("The Wren mill poured 1,950 ounces of gold in May 2012. " + sentence)
    assert [(f[4], f[5]) for f in facts] == [("gold_poured_oz", 1950)]


@pytest.mark.parametrize("sentence", [
    "The Company estimates that approximately 1,900 ounces of production were deferred by the flood.",
    "Load shedding reduced plant throughput by approximately 4,800 tonnes, which the Company estimates cost "
    "approximately 650 ounces of production.",
    "Management estimates that, without the rain, the month would have yielded about 2,500 oz.",
])
def test_output_told_as_not_made_is_no_figure(sentence):
    facts = _production("The Wren mill poured 1,950 ounces of gold in May 2012. " + sentence)
    assert [(f[4], f[5]) for f in facts] == [("gold_poured_oz", 1950)]


@pytest.mark.parametrize("sentence, kept", [
    ("Gold sold in May included 500 oz delivered into forward contracts at A$1,905/oz.", []),
    ("Gold sold includes 35 ounces of April doré shipped on May 3.", []),
    # a part with its own verb and period is a figure of its own
    ("Its figures include 180 oz produced during commissioning in April 2012.", [("gold_produced_oz", 180)]),
])
def test_a_part_a_figure_includes(sentence, kept):
    facts = _production("The Wren mill sold 1,950 ounces of gold in May 2012. " + sentence)
    assert [(f[4], f[5]) for f in facts] == [("gold_sold_oz", 1950)] + kept


def test_a_site_named_with_where_it_lies_as_an_aside():
    facts = _production("Los Venados, in Zacatecas, produced 17,420 ounces of gold in May 2012. Las Golondrinas, in "
                        "Durango, produced 9,115 ounces.")
    assert [(f[0], f[5]) for f in facts] == [("Los Venados", 17420), ("Las Golondrinas", 9115)]


@pytest.mark.parametrize("sentence, year", [
    # the year of the quarter the release reports on
    ("Full-year guidance for Wren is maintained at 66,000 ounces of gold.", 2012),
    ("Kestrel's guidance for the 2012 financial year remains approximately 38,000 ounces of gold.", 2012),
])
def test_a_forecast_kept_or_maintained(sentence, year):
    facts = _production("The Wren mine produced 15,000 ounces of gold in the first quarter of 2012. " + sentence)
    assert (date(year, 1, 1), 66000 if "66" in sentence else 38000, True) in [(f[2], f[5], f[6]) for f in facts]


def test_a_respectively_lists_prior_figures_in_a_bracket():
    facts = _production("Vyhne and Pukanec produced 24.6 koz and 16.6 koz respectively in the first quarter of 2012 "
                        "(Q1 2011: 20.2 koz and 18.4 koz), while gold sold was in line with production.")
    assert [(f[0], f[2], f[5]) for f in facts] == [
        ("Vyhne", date(2012, 1, 1), 24600), ("Pukanec", date(2012, 1, 1), 16600),
        ("Vyhne", date(2011, 1, 1), 20200), ("Pukanec", date(2011, 1, 1), 18400)]


def test_a_figure_takes_the_site_it_is_at():
    facts = _production("Cash costs in May 2012 were US$744 per ounce at the Dunkwa mine and US$812 per ounce at the "
                        "Nsuaem mine.")
    assert [(f[0], f[5]) for f in facts] == [("Dunkwa mine", 744), ("Nsuaem mine", 812)]


@pytest.mark.parametrize("unit", ["g/t", "grams per tonne", "gpt", "g/TM"])
def test_a_grades_unit_in_any_spelling(unit):
    facts = _production(
        f"The Wren CIP plant treated 186,400 tonnes of ore in May 2012 (April 2012: 171,900 tonnes) at a head grade of "
        f"2.41 {unit} (2.28 {unit}). Ore from the Cougar zone made up 38,900 tonnes of the mill feed at 14.26 {unit}, "
        f"and the Lookout zone supplied 22,350 tonnes at 10.37 {unit}. The Finch mill processed 9,846 tonnes in May "
        f"2012 at 7.96 {unit}, compared with 9,512 tonnes at 8.21 {unit} and 2,330 ounces in April 2012.")
    got = {(f[1], f[2], f[4], f[5]) for f in facts}
    assert {(None, date(2012, 4, 1), "head_grade_g_t", 2.28), (None, date(2012, 4, 1), "head_grade_g_t", 8.21),
            ("Lookout zone", date(2012, 5, 1), "head_grade_g_t", 10.37)} <= got


@pytest.mark.parametrize("dollar", ["US$", "U.S.$", "U.S. $"])
def test_a_cost_that_moved_from_another_in_any_dollar_spelling(dollar):
    facts = _production(f"The Wren mine produced 9,640 ounces in May 2012. Total cash costs rose to {dollar}318 per "
                        f"ounce from {dollar}287 per ounce a year ago.")
    costs = [(f[2], f[5]) for f in facts if f[4] == "cash_cost_per_oz"]
    assert costs == [(date(2012, 5, 1), 318), (date(2011, 5, 1), 287)]


def test_a_comparison_with_a_figure_in_two_units_does_not_become_the_running_period():
    text = ('The board announces the results of the Group for the six months ended 30 June 2012 (the "Period" or '
            '"1H2012"), with the comparative figures for the corresponding period of 2011 ("1H2011").\n\n'
            "During the Period, the Group realized gold output of 1,384 kg (44,497 ounces), an increase of 18.6% as "
            "compared with 1,167 kg (37,520 ounces) in 1H2011.\n\nOf the ore processed, the Finch Gold Mine supplied "
            "96,300 tonnes at an average head grade of 4.62 g/t; the balance came from the Wren Gold Mine.")
    facts = parse_release(release(text, when="August 14, 2012")).production
    assert [(f.period_start, f.value) for f in facts if f.metric == "ore_processed_t"] == [(date(2012, 1, 1), 96300)]


def test_a_bracket_labelled_by_a_quarter_in_words_is_the_figure_before_it():
    facts = _production("The Wren mine produced 9,812 ounces of gold in the first quarter of 2012 (first quarter of "
                        "2011: 12,406 ounces) and sold 9,640 ounces.")
    assert [(f[2], f[4], f[5]) for f in facts] == [
        (date(2012, 1, 1), "gold_produced_oz", 9812), (date(2011, 1, 1), "gold_produced_oz", 12406),
        (date(2012, 1, 1), "gold_sold_oz", 9640)]


@pytest.mark.parametrize("days", ["from October 1 to December 16, 2011", "from 1 October to December 16, 2011",
                                  "from October 12 to December 31, 2011"])
def test_a_run_of_days_month_first_is_no_months_or_quarters(days):
    facts = _production(f"The Wren mill poured 1,950 ounces of gold in November 2011. Gold production for the period "
                        f"{days} was 8,120 ounces.")
    assert [(f[4], f[5]) for f in facts] == [("gold_poured_oz", 1950)]


@pytest.mark.parametrize("pct", ["%", " per cent", " percent"])
def test_a_recovery_in_any_spelling_of_per_cent(pct):
    facts = _production(f"The Wren plant milled 186,400 tonnes at a head grade of 5,42 g/t and a recovery of 95,2{pct} "
                        f"in May 2012. The Finch plant's recovery improved to 54.2{pct} in May 2012 (April 2012: "
                        f"49.8{pct}).")
    assert [(f[0], f[2], f[5]) for f in facts if f[4] == "recovery_pct"] == [
        ("Wren plant", date(2012, 5, 1), 95.2), ("Finch plant", date(2012, 5, 1), 54.2),
        ("Finch plant", date(2012, 4, 1), 49.8)]


def test_thousands_grouped_by_spaces_read_as_with_commas():
    text = ("Mill feed: 205 300 t from Finch North at 1.92 g/t, 88 100 t from Finch South at 1.41 g/t. The Wren mill "
            "processed 293 400 t in May 2012. Kestrel expects to produce between 140 000 and 150 000 ounces in 2012. "
            "Vyhne and Pukanec produced 24 600 and 16 600 ounces respectively in May 2012 (April 2012: 20 200 and "
            "18 400 ounces).")
    facts = _production(text)
    got = {(f[1] or f[0], f[2], f[5], f[6]) for f in facts}
    assert {("Finch South", date(2012, 5, 1), 88100, False), ("Vyhne", date(2012, 4, 1), 20200, False),
            ("Pukanec", date(2012, 4, 1), 18400, False)} <= got
    assert not [f for f in facts if f[6]]      # a range is no forecast of either end


@pytest.mark.parametrize("month", ["September", "Sept."])
def test_a_months_abbreviation_is_no_stop(month):
    facts = _production(f"The Wren mill poured 1,950 ounces of gold in May 2012. The guidance of 38,000 ounces for "
                        f"2012 given on 15 {month} 2011 is withdrawn. Stockpiles at Oct. 31 held approximately 86,000 "
                        f"tonnes at 1.3 g/t.")
    assert [(f[4], f[5]) for f in facts] == [("gold_poured_oz", 1950)]


@pytest.mark.parametrize("sentence", [
    "The Wren mill was fed with 80,000 tonnes from the Finch mine and 40,000 tonnes from the Robin pit in May 2012.",
    "Throughput at the Wren mill was 120,000 tonnes in May 2012, sourced from the Finch mine (80,000 tonnes) and the "
    "Robin pit (40,000 tonnes).",
])
def test_a_mills_feed_by_its_sources(sentence):
    facts = _production(sentence)
    got = {(f[0], f[1], f[5]) for f in facts}
    assert {("Wren mill", "Finch mine", 80000), ("Wren mill", "Robin pit", 40000)} <= got


def test_mines_that_supplied_the_running_mills_feed_are_its_sources():
    facts = _production("In May 2012 the Wren mill processed 120,000 tonnes. The Finch open pit supplied 80,000 tonnes "
                        "and the Robin underground mine 40,000 tonnes.")
    assert {(f[0], f[1], f[5]) for f in facts} == {("Wren mill", None, 120000), ("Wren mill", "Finch open pit", 80000),
                                                   ("Wren mill", "Robin underground mine", 40000)}


def test_a_total_then_the_part_one_source_gave():
    facts = _production("The Wren processing plant milled 120,000 tonnes in May 2012, including 35,000 tonnes of ore "
                        "trucked from the Finch satellite pit.")
    assert {(f[0], f[1], f[5]) for f in facts} == {("Wren processing plant", None, 120000),
                                                   ("Wren processing plant", "Finch pit", 35000)}


@pytest.mark.parametrize("sentence", [
    "The Finch pit contributed 80,000 tonnes of the 120,000 tonnes milled at the Wren mill in May 2012.",
    "The Wren mill processed 120,000 tonnes of ore in May 2012, with the Finch pit providing 80,000 tonnes.",
])
def test_a_mines_part_of_the_feed_of_the_mill_the_sentence_names(sentence):
    facts = _production(sentence)
    assert {(f[0], f[1], f[5]) for f in facts} == {("Wren mill", None, 120000), ("Wren mill", "Finch pit", 80000)}


def test_a_total_told_again_before_its_parts():
    facts = _production("The Wren mill processed 120,000 tonnes in May 2012. Of the 120,000 tonnes milled, 80,000 "
                        "tonnes were from the Finch pit.")
    assert {(f[0], f[1], f[5]) for f in facts} == {("Wren mill", None, 120000), ("Wren mill", "Finch pit", 80000)}


def test_a_mills_total_then_its_parts_listed_in_brackets():
    facts = _production("Ore processed at the Wren mill in May 2012 was 120,000 t (Finch pit 80,000 t; Robin pit "
                        "40,000 t).")
    assert {(f[0], f[1], f[5]) for f in facts} == {("Wren mill", None, 120000), ("Wren mill", "Finch pit", 80000),
                                                   ("Wren mill", "Robin pit", 40000)}


@pytest.mark.parametrize("sentence", [
    # (a total, then its parts set off by a comma alone)
    "The Wren mill treated 120,000 tonnes of ore in May 2012, 80,000 tonnes from the Finch pit and 40,000 tonnes from "
    "the Robin underground mine.",
    # (a prior period's figure beside the total, and each part's grade inside it)
    "The Wren mill processed 120,000 tonnes in May 2012 (April 2012: 110,000 tonnes), of which 80,000 tonnes at a "
    "grade of 2.10 g/t came from the Finch pit and 40,000 tonnes at 3.50 g/t from the Robin underground mine.",
    # (each source, then its part in brackets, beside a third source given no figure)
    "The Wren mill processed 120,000 tonnes in May 2012, fed from the Finch pit (80,000 tonnes), the Robin underground "
    "mine (40,000 tonnes) and low-grade stockpiles.",
])
def test_each_part_of_a_feed_is_read_beside_its_own_source(sentence):
    facts = {(f[0], f[1], f[5]) for f in _production(sentence) if f[4] == "ore_processed_t" and f[5] != 110000}
    assert facts == {("Wren mill", None, 120000), ("Wren mill", "Finch pit", 80000),
                     ("Wren mill", "Robin underground mine", 40000)}


def test_a_part_of_a_figure_for_a_shorter_period_is_of_the_same_site():
    facts = parse_release(release("Gold production from the Wren mine was 52,400 ounces in 2012, including 14,100 "
                                  "ounces in the fourth quarter.", when="January 20, 2013")).production
    assert {(f.site, f.period_grain, f.value) for f in facts} == {("Wren mine", "year", 52400),
                                                                 ("Wren mine", "quarter", 14100)}


def test_a_forecast_from_its_named_mine_is_the_mines_but_not_the_first_of_a_list():
    one = parse_release(release("Kestrel expects to produce approximately 60,000 ounces of gold in 2013 from its "
                                "Wren mine.", when="January 20, 2013")).production
    assert [(f.site, f.is_guidance) for f in one] == [("Wren mine", True)]
    two = parse_release(release("Kestrel produced 36,480 ounces of gold in the fourth quarter of 2012 from its Wren "
                                "and Finch mines.", when="January 20, 2013")).production
    assert "Wren mine" not in {f.site for f in two}


@pytest.mark.parametrize("sentence", [
    "Production for 2012 was 65,210 ounces, exceeding the revised guidance of 64,000 ounces issued in August 2012.",
    "Production of 65,210 ounces in 2012 was in line with the guidance of 64,000 ounces the Company gave in January "
    "2012.",
])
def test_the_month_a_forecast_was_given_is_not_its_period(sentence):
    facts = parse_release(release(sentence, when="January 20, 2013")).production
    assert [(f.value, f.period_grain) for f in facts if f.is_guidance] == [(64000, "year")]


def test_a_grade_set_off_after_the_last_part_is_the_whole_feeds():
    facts = _production("The Wren mill processed 120,000 tonnes of ore in May 2012, of which 80,000 tonnes came from "
                        "the Finch pit and 40,000 tonnes from the Robin pit, at an average head grade of 2.38 g/t.")
    assert [(f[0], f[1]) for f in facts if f[4] == "head_grade_g_t"] == [("Wren mill", None)]


@pytest.mark.parametrize("sentence", [
    "Gold production from Finch was 12,000 ounces in May 2012.",
    "Finch (100%-owned) produced 12,000 ounces of gold in May 2012.",
])
def test_a_site_named_without_a_kind_word_as_what_the_figure_is_from_or_with_its_share(sentence):
    assert [(f[0], f[5]) for f in _production(sentence)] == [("Finch", 12000)]


def test_a_half_year_with_a_two_digit_year_in_prose():
    facts = parse_release(release("The Wren mill produced 12,000 ounces of gold in 1H12.", when="August 14, 2012"))
    assert [(f.period_start, f.period_end, f.value) for f in facts.production] == [
        (date(2012, 1, 1), date(2012, 6, 30), 12000)]


@pytest.mark.parametrize("sentence", [
    "Gold production of 12,000 ounces was 5% higher than in April 2012.",
    "Gold production of 12,000 ounces was 5% higher than in the first quarter of 2012.",
    "Cash costs of US$612/oz were 5% lower than in April 2012.",
])
def test_the_period_a_figure_is_higher_or_lower_than_is_not_its_own(sentence):
    facts = _production("The Wren mine produced 1,950 ounces of gold in May 2012. " + sentence)
    assert {f[2] for f in facts} == {date(2012, 5, 1)}


@pytest.mark.parametrize("sentence", ["Kestrel lowered its 2012 guidance to 95,000 ounces.",
                                      "2012 guidance: 95,000 ounces at cash costs of US$650 per ounce."])
def test_ounces_a_guidance_is_set_to_or_labelled_with(sentence):
    facts = parse_release(release(sentence, when="April 14, 2012")).production
    assert (date(2012, 1, 1), "gold_produced_oz", 95000, True) in [
        (f.period_start, f.metric, f.value, f.is_guidance) for f in facts]


@pytest.mark.parametrize("sentence", ["Daily throughput at the Wren mill averaged 4,000 tonnes in May 2012.",
                                      "The average daily milling rate at the Wren mill was 4,000 tonnes in May 2012."])
def test_a_daily_throughput_told_in_tonnes_is_a_rate(sentence):
    assert [(f[4], f[5]) for f in _production(sentence)] == [("tonnes_per_day", 4000)]


@pytest.mark.parametrize("benchmark", ["HIBOR", "SHIBOR", "the CDI rate"])
def test_a_margin_over_another_markets_interbank_rate_is_no_fixed_rate(benchmark):
    text = ("The Company entered into a facility agreement with Lion Rock Bank Limited for a term loan facility of "
            f"HK$350,000,000, bearing interest at {benchmark} plus 3.25 per cent per annum.")
    facts = parse_release(release(text)).financings
    assert [(f.instrument_type, f.amount, f.interest_rate_pct) for f in facts] == [
        ("credit_facility", 350_000_000, None)]


def test_a_cash_cost_per_ounce_that_averaged_and_a_site_named_as_a_reason_frames_nothing():
    facts = _production("Total gold production rose 11% to 204,714 ounces in 2003 from 184,420 ounces in 2002, "
                        "driven by the first full year of operation of the Tinyacclla heap leach. Fourth-quarter gold "
                        "production was 53,860 ounces. Cash cost per ounce of gold, net of silver credits, averaged "
                        "US$178 in 2003 (2002: US$191).")
    assert {(f[0], f[4], f[5]) for f in facts} == {
        ("Kestrel Gold Corp.", "gold_produced_oz", 204_714), ("Kestrel Gold Corp.", "gold_produced_oz", 184_420),
        ("Kestrel Gold Corp.", "gold_produced_oz", 53_860), ("Kestrel Gold Corp.", "cash_cost_per_oz", 178),
        ("Kestrel Gold Corp.", "cash_cost_per_oz", 191)}


def test_a_plant_named_with_its_process_and_the_abbreviation_and_pits_named_with_a_capital_pit():
    facts = _production("The Nyamweru carbon-in-leach (CIL) plant processed 412,600 tonnes of ore in the fourth "
                        "quarter of 2003. Mill feed in the quarter was sourced from the Main Pit (288,400 tonnes) "
                        "and the Kibo Pit (124,200 tonnes).")
    assert {(f[0], f[1], f[5]) for f in facts} == {("Nyamweru CIL plant", None, 412_600),
                                                   ("Nyamweru CIL plant", "Main Pit", 288_400),
                                                   ("Nyamweru CIL plant", "Kibo Pit", 124_200)}


def test_ore_mined_from_two_pits_each_told_after_its_own_source():
    facts = _production("In May 2012, ore mined from the Wren pit was 281,300 tonnes and from the Finch pit 131,260 "
                        "tonnes.")
    assert {(f[0], f[4], f[5]) for f in facts} == {("Wren pit", "ore_mined_t", 281_300),
                                                   ("Finch pit", "ore_mined_t", 131_260)}


@pytest.mark.parametrize(("sentence", "expected"), [
    # a colon before the parts 'at' each mine: the total is the company's, each part its mine's
    ("Kestrel produced 53,190 ounces of gold in May 2012: 27,880 ounces at the Birch Narrows mine and 25,310 ounces "
     "at the Red Pine mine.",
     {("Kestrel Gold Corp.", "gold_produced_oz", 53_190), ("Birch Narrows mine", "gold_produced_oz", 27_880),
      ("Red Pine mine", "gold_produced_oz", 25_310)}),
    # ore an underground mine hoisted is its ore mined
    ("Ore hoisted from the Thunder Lake mine totalled 84,300 tonnes in May 2012.",
     {("Thunder Lake mine", "ore_mined_t", 84_300)}),
])
def test_parts_after_a_colon_and_ore_hoisted(sentence, expected):
    assert {(f[0], f[4], f[5]) for f in _production(sentence)} == expected


def test_a_bare_quarter_in_a_release_of_a_fiscal_year_ending_in_june_is_the_fiscal_quarter():
    text = release("Kestrel announces production results for the third quarter of fiscal 2014 (the three months ended "
                   "March 31, 2014) at its Dakoro mine.\n\nDakoro produced 38,460 ounces of gold in the third quarter, "
                   "compared with 35,122 ounces in the second quarter of fiscal 2014.", when="April 29, 2014")
    facts = {(f.period_start, f.period_end, f.value) for f in parse_release(text).production}
    assert facts == {(date(2014, 1, 1), date(2014, 3, 31), 38_460), (date(2013, 10, 1), date(2013, 12, 31), 35_122)}


def test_when_a_plant_was_commissioned_or_a_circuit_completed_is_no_period_of_a_figure():
    facts = _production("Kestrel reports its results for the first quarter of 2012.\n\nThe Wren CIP plant, "
                        "commissioned in April 2011, processed 104,000 tonnes of ore. The plant averaged 1,150 tonnes "
                        "per day.\n\nThe Finch mill produced 18,250 ounces of gold, the increase reflecting the "
                        "completion of the secondary crushing circuit in February. Cash costs were US$455 per ounce.")
    assert {(f[2], f[4], f[5]) for f in facts} == {
        (date(2012, 1, 1), "ore_processed_t", 104_000), (date(2012, 1, 1), "tonnes_per_day", 1_150),
        (date(2012, 1, 1), "gold_produced_oz", 18_250), (date(2012, 1, 1), "cash_cost_per_oz", 455)}


def test_during_the_half_is_the_half_the_release_reports():
    from pressroom.extract.dates import Period
    from pressroom.extract.production import _this_periods
    lead = Period(date(1998, 1, 1), date(1998, 6, 30), "half", (0, 0))
    text = "The Ulken heap leach stacked 388,000 tonnes of ore at 1.05 g/t during the half."
    assert [(p.start, p.end, p.grain) for p in _this_periods(text, (), lead)] == [
        (date(1998, 1, 1), date(1998, 6, 30), "half")]


def test_a_feed_table_named_in_its_first_cell_or_its_intro_gives_each_source_of_the_one_plant():
    markdown = release("The Mahdia mill processed 354,150 tonnes of ore in the March 2012 quarter.\n\n"
                       "| Mahdia mill feed, Q1 2012 | Tonnes | Grade (g/t) |\n|---|---|---|\n"
                       "| Kaburi pit | 214,300 | 2.44 |\n| Tiger Creek pit | 98,650 | 1.97 |\n"
                       "| Total | 354,150 | 2.13 |\n")
    facts = {(f.site, f.ore_source, f.metric, f.value) for f in parse_release(markdown).production}
    assert {("Mahdia mill", "Kaburi pit", "ore_processed_t", 214_300),
            ("Mahdia mill", "Tiger Creek pit", "head_grade_g_t", 1.97)} <= facts
    # (the plant named two ways in the prose is one plant)
    spaced = release("The El Zancudo plant processed 9,412 tonnes of ore in May 2012. The El Zancudo processing plant "
                     "ran at 304 tonnes per day.\n\nPlant feed was drawn from the Company's three underground mines "
                     "as follows:\n\nSource                     Tonnes     Grade (g/t)\n"
                     "Mina La Ceiba               4,980        11.42\nMina San Roque              3,105         8.63\n"
                     "Total plant feed            8,085        10.35\n")
    facts = {(f.site.split()[1], f.ore_source, f.metric, f.value) for f in parse_release(spaced).production}
    assert ("Zancudo", "Mina La Ceiba", "ore_processed_t", 4_980) in facts


def test_warrants_given_per_principal_take_their_stated_total():
    text = release("For each C$1,000 principal amount of Debentures, subscribers received 1,000 common share purchase "
                   "warrants, for a total of 3,500,000 warrants. Each warrant is exercisable for one common share at "
                   "C$0.60 until February 28, 2014.")
    assert [(f.instrument_type, f.share_count) for f in parse_release(text).financings] == [("warrants", 3_500_000)]


def test_non_flow_through_units_are_counted():
    text = release("Kestrel has closed its non-brokered private placement for aggregate gross proceeds of $1,700,000, "
                   "consisting of:\n\n(a) 2,000,000 flow-through shares at a price of $0.25 per share for gross "
                   "proceeds of $500,000; and\n\n(b) 6,000,000 non flow-through units at a price of $0.20 per unit for "
                   "gross proceeds of $1,200,000.")
    assert (1_200_000, 6_000_000) in {(f.amount, f.share_count) for f in parse_release(text).financings}


def test_a_streams_payment_per_ounce_delivered_is_no_second_stream():
    text = release("Kestrel has entered into a definitive gold purchase agreement (the \"Stream\") with Sterling "
                   "Precious Metals Streaming Corp. (\"Sterling\") in respect of the Wren mine.\n\nUnder the Stream, "
                   "Sterling will pay an upfront deposit of US$75 million to Kestrel in exchange for 6% of the payable "
                   "gold produced from the Wren mine. In addition to the deposit, Sterling will make ongoing payments "
                   "of US$400 per ounce delivered.")
    assert [(f.instrument_type, f.amount) for f in parse_release(text).financings] == [("royalty_stream", 75_000_000)]


def test_the_part_of_an_offer_an_underwriter_takes_is_no_second_offer():
    text = release("The board has resolved to raise R85 million by way of a partially underwritten renounceable rights "
                   "offer of 170 000 000 new Kestrel ordinary shares at a subscription price of 50 cents per share. "
                   "Marula Capital Partners (Pty) Ltd has undertaken to underwrite R50 million of the rights offer.")
    assert [(f.instrument_type, f.amount) for f in parse_release(text).financings] == [("equity_offering", 85_000_000)]


def test_the_quarter_a_letterhead_reports_frames_the_release_and_a_quarter_a_change_is_measured_on_does_not():
    text = ("KESTREL GOLD MINES N.L.\nASX Code: KGM\n27 October 1995\nQUARTERLY REPORT FOR THE PERIOD ENDED 30 "
            "SEPTEMBER 1995\n\nWren Mill Sets Quarterly Throughput Record\n\nHIGHLIGHTS\n\n*  Total gold poured of "
            "14,212 ounces for the quarter, an increase of 17% on the June quarter.\n\nOPERATIONS\n\nMill feed was "
            "drawn from the Boomer open pit, which supplied 141,200 tonnes, and the Quartz Hill pit, which supplied "
            "the remaining 57,440 tonnes.\n")
    periods = {(f.value, f.period_start, f.period_end) for f in parse_release(text).production}
    assert (141_200, date(1995, 7, 1), date(1995, 9, 30)) in periods
    assert (14_212, date(1995, 7, 1), date(1995, 9, 30)) in periods


def test_a_national_court_named_in_its_own_language_is_no_arbitral_tribunal():
    text = release("On April 25, 2012, the Federal Court of Administrative Justice (Tribunal Federal de Justicia "
                   "Administrativa) annulled the resolution of the Ministry and ordered SEMARNAT to issue a new "
                   "resolution.")
    assert {f.event_type for f in parse_release(text).events} == {"court_judgment"}


def test_a_total_row_on_a_full_basis_and_a_sites_interest_in_brackets():
    text = release("Gold production (oz)\n\n| Mine (interest) | Q1 2012 | Q1 2011 |\n|---|---|---|\n"
                   "| Bantako (90%) | 61,240 | 58,110 |\n| Sanankoro (80%) | 44,880 | 47,320 |\n"
                   "| **Total (100% basis)** | **106,120** | **105,430** |\n\nBantako, Senegal (90%) Mill throughput "
                   "in May 2012 was 1.31 Mt at a head grade of 1.58 g/t and recovery of 92.0%.")
    facts = {(f.site, f.metric, f.value) for f in parse_release(text).production}
    assert ("Kestrel Gold Corp.", "gold_produced_oz", 106_120) in facts
    assert {v for s, m, v in facts if m == "recovery_pct"} == {92.0}


def test_a_figure_compared_with_is_of_the_site_of_the_figure_it_is_compared_to():
    facts = _production("Kestrel produced 18,544 ounces of gold in May 2012, compared with 17,215 ounces in April "
                        "2012, and the Wren mill processed 41,320 tonnes.")
    assert {(f[0], f[5]) for f in facts} == {("Kestrel Gold Corp.", 18_544), ("Kestrel Gold Corp.", 17_215),
                                             ("Wren mill", 41_320)}


def test_parts_of_a_total_and_a_mill_in_a_clause_that_says_why_frame_no_later_figure():
    facts = _production("Kestrel produced 58,412 ounces of gold in 2011. Of the 2011 total, 41,907 ounces came from "
                        "the La Noria mill and 16,505 ounces from the Cerro Tinaja heap leach. Fourth-quarter 2011 "
                        "production was a record 16,140 ounces, as the new tailings filter allowed the La Noria mill "
                        "to run at capacity. Cash costs for the year averaged US$298 per ounce.")
    assert {(f[0], f[4], f[5]) for f in facts if f[5] in (16_140, 298)} == {
        ("Kestrel Gold Corp.", "gold_produced_oz", 16_140), ("Kestrel Gold Corp.", "cash_cost_per_oz", 298)}


def test_a_line_under_a_guidance_heading_is_of_the_forecast_unless_it_reports_or_quotes():
    facts = _production("Kestrel produced 58,412 ounces of gold in 2011 at the Wren mill.\n\n2013 Guidance\n\n"
                        "- Wren mill: approximately 61,000 ounces of gold at cash costs of approximately $680 per "
                        "ounce.\n- Ore processed at the Wren mill is expected to be approximately 540,000 tonnes.\n\n"
                        "\"We promised the market 55,000 ounces and delivered 58,412,\" said the President.")
    assert {(f[2].year, f[4], f[5], f[6]) for f in facts} == {
        (2011, "gold_produced_oz", 58_412, False), (2013, "gold_produced_oz", 61_000, True),
        (2013, "cash_cost_per_oz", 680, True), (2013, "ore_processed_t", 540_000, True)}


def test_pits_that_supplied_the_mining_mined_their_ore():
    facts = _production("Mining was split between the Wren pit, which supplied 201,300 tonnes of ore, and the Finch "
                        "pit, which supplied 117,120 tonnes in the March 2012 quarter.")
    assert {(f[0], f[4], f[5]) for f in facts} == {("Wren pit", "ore_mined_t", 201_300),
                                                   ("Finch pit", "ore_mined_t", 117_120)}


@pytest.mark.parametrize("year", ["calendar 2011", "fiscal 2011", "the year 2011"])
def test_a_year_named_with_its_word_then_the_figure_it_came_to_is_no_range(year):
    facts = _production(f"The Wren mine produced 11,206 ounces of gold in the fourth quarter of 2011, bringing "
                        f"production for {year} to 40,877 ounces.")
    assert (date(2011, 12, 31), 40_877) in {(f[3], f[5]) for f in facts}


def test_a_forecasts_year_named_first_makes_no_quarter_of_its_own_and_a_level_reached_is_no_figure():
    facts = _production("Operational update - quarter ended 31 March 2012\n\n"
                        "The Wren plant milled 1.02 Mt of ore at a head grade of 1.97 g/t during the quarter. "
                        "Production guidance for the year ending 31 December 2012 remains 7,300 kg to 7,600 kg.\n\n"
                        "During May the Finch plant processed 28,450 tonnes, with recovery rising to 86.0% by the end "
                        "of the month.")
    assert {(f[4], f[2], f[5]) for f in facts} == {
        ("ore_processed_t", date(2012, 1, 1), 1_020_000), ("head_grade_g_t", date(2012, 1, 1), 1.97),
        ("ore_processed_t", date(2012, 5, 1), 28_450)}
