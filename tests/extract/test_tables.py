"""Production facts from text tables: one synthetic release per layout, exact facts expected.

Each case is a small release (letterhead, date line, headline, a lead paragraph, then the
table). The release goes through :func:`pressroom.parser.parse_release`; the Doc it builds
and the facts :func:`pressroom.extract.tables.extract_tables` returns are captured, then
compared with the expected facts one for one, and every fact's evidence must be the table
row it was read from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import partial

import pressroom.parser as parser
import pytest
from pressroom.extract import tables

# these tests hold the rules to what they must read; the learned check on their output (vetting) has its own tests
parse = partial(parser.parse_release, vet=False)

LEAD = ("today reported production results from its operations in Sonora, Mexico, which are "
        "summarized in the table below and discussed in more detail in the paragraphs that follow.")


def release(body: str, date: str = "July 15, 2009", lead: str = LEAD,
            title: str = "Quarterly Production") -> str:
    return (f"Acme Gold Corp.\n\n{date}\n\nAcme Gold Reports {title}\n\n"
            f"VANCOUVER, British Columbia, {date} -- Acme Gold Corp. (TSX: ACG) "
            f"(\"Acme\" or the \"Company\") "
            f"{lead} All amounts are in US dollars unless otherwise stated.\n\n{body}")


def parse_tables(text: str):
    """(Doc, table facts, parsed release) for a release text."""
    captured = {}
    original = tables.extract_tables

    def capture(doc):
        facts = original(doc)
        captured["doc"], captured["facts"] = doc, facts
        return facts

    parser.tables.extract_tables = capture
    try:
        parsed = parse(text)
    finally:
        parser.tables.extract_tables = original
    return captured["doc"], captured["facts"], parsed


Q2_09 = ("2009-04-01", "2009-06-30")
Q2_08 = ("2008-04-01", "2008-06-30")
Q1_09 = ("2009-01-01", "2009-03-31")
H1_09 = ("2009-01-01", "2009-06-30")
H1_08 = ("2008-01-01", "2008-06-30")
ACME = "Acme Gold Corp."


@dataclass
class Case:
    name: str
    body: str
    # (metric, site, (period_start, period_end), value, is_guidance[, ore_source])
    facts: list[tuple]
    # each fact's evidence row must contain one of these labels
    labels: tuple[str, ...] = ()
    release: dict = field(default_factory=dict)


CASES = [
    Case(
        "whitespace, two-line header, site sections, n/a and dash, total",
        """OPERATING RESULTS

                                      Three months ended June 30
                                           2009          2008
Cerro Azul mine
  Ore processed ('000 t)                  412.6         398.1
  Recovery (%)                             91.2             -
  Gold produced (oz)                     22,870        26,530
  Cash cost (US$/oz)                        468           431
Rio Verde mine
  Head grade (g/t)                         2.61          2.12
  Gold sold (oz)                         15,765           n/a
Total
  Gold produced (oz)                     38,412        30,240
""",
        [
            ("ore_processed_t", "Cerro Azul mine", Q2_09, 412600, False),
            ("ore_processed_t", "Cerro Azul mine", Q2_08, 398100, False),
            ("recovery_pct", "Cerro Azul mine", Q2_09, 91.2, False),
            ("gold_produced_oz", "Cerro Azul mine", Q2_09, 22870, False),
            ("gold_produced_oz", "Cerro Azul mine", Q2_08, 26530, False),
            ("cash_cost_per_oz", "Cerro Azul mine", Q2_09, 468, False),
            ("cash_cost_per_oz", "Cerro Azul mine", Q2_08, 431, False),
            ("head_grade_g_t", "Rio Verde mine", Q2_09, 2.61, False),
            ("head_grade_g_t", "Rio Verde mine", Q2_08, 2.12, False),
            ("gold_sold_oz", "Rio Verde mine", Q2_09, 15765, False),
            ("gold_produced_oz", ACME, Q2_09, 38412, False),
            ("gold_produced_oz", ACME, Q2_08, 30240, False),
        ],
        ("Ore processed", "Recovery", "Gold produced", "Cash cost", "Head grade", "Gold sold"),
    ),
    Case(
        "pipe / Markdown table, footnote markers, AISC row, n/a",
        """PRODUCTION SUMMARY

| | Q2 2009 | Q1 2009 | Q2 2008 |
|---|---:|---:|---:|
| Ore milled (tonnes) | 412,600 | 398,100 | 380,000 |
| Head grade (g/t) | 1.84 | 2.25 | n/a |
| Gold produced (oz) | 22,870(1) | 26,530* | 20,000 |
| AISC (US$/oz) | 900 | 950 | 1,000 |

(1) Includes 1,000 ounces of pre-commercial production.
""",
        [
            ("ore_processed_t", ACME, Q2_09, 412600, False),
            ("ore_processed_t", ACME, Q1_09, 398100, False),
            ("ore_processed_t", ACME, Q2_08, 380000, False),
            ("head_grade_g_t", ACME, Q2_09, 1.84, False),
            ("head_grade_g_t", ACME, Q1_09, 2.25, False),
            ("gold_produced_oz", ACME, Q2_09, 22870, False),
            ("gold_produced_oz", ACME, Q1_09, 26530, False),
            ("gold_produced_oz", ACME, Q2_08, 20000, False),
        ],
        ("Ore milled", "Head grade", "Gold produced"),
    ),
    Case(
        "pipe table with bold site section rows",
        """| | Q2 2009 | Q2 2008 |
|---|---|---|
| **El Limon mine** | | |
| Ore mined (t) | 120,500 | 110,000 |
| **La Libertad mine** | | |
| Gold produced (oz) | 4,870 | n/a |
| **Total** | | |
| Gold produced (oz) | 15,120 | 9,900 |
""",
        [
            ("ore_mined_t", "El Limon mine", Q2_09, 120500, False),
            ("ore_mined_t", "El Limon mine", Q2_08, 110000, False),
            ("gold_produced_oz", "La Libertad mine", Q2_09, 4870, False),
            ("gold_produced_oz", ACME, Q2_09, 15120, False),
            ("gold_produced_oz", ACME, Q2_08, 9900, False),
        ],
        ("Ore mined", "Gold produced"),
    ),
    Case(
        "tab-separated, non-USD cash cost dropped",
        "Operating results\n\n\tQ2 2009\tQ2 2008\nOre mined (t)\t512,000\t488,000\n"
        "Gold produced (oz)\t22,870\t26,530\nCash cost (C$/oz)\t560\t520\n",
        [
            ("ore_mined_t", ACME, Q2_09, 512000, False),
            ("ore_mined_t", ACME, Q2_08, 488000, False),
            ("gold_produced_oz", ACME, Q2_09, 22870, False),
            ("gold_produced_oz", ACME, Q2_08, 26530, False),
        ],
        ("Ore mined", "Gold produced"),
    ),
    Case(
        "tab-separated with a two-line header",
        "Operating results\n\n\tThree months ended June 30\n\t2009\t2008\nOre mined (t)\t512,000\t488,000\n"
        "Tonnes per day\t5,400\t5,100\n",
        [
            ("ore_mined_t", ACME, Q2_09, 512000, False),
            ("ore_mined_t", ACME, Q2_08, 488000, False),
            ("tonnes_per_day", ACME, Q2_09, 5400, False),
            ("tonnes_per_day", ACME, Q2_08, 5100, False),
        ],
        ("Ore mined", "Tonnes per day"),
    ),
    Case(
        "columns per site, period from the sentence before the table",
        """Production by mine for the three months ended June 30, 2009 is summarized below:

                         El Limon mine   La Libertad mine      Total
Ore milled (t)                 120,500            88,200     208,700
Head grade (g/t)                  3.12              1.95         n/a
Gold poured (oz)                10,250             4,870      15,120
""",
        [
            ("ore_processed_t", "El Limon mine", Q2_09, 120500, False),
            ("ore_processed_t", "La Libertad mine", Q2_09, 88200, False),
            ("ore_processed_t", ACME, Q2_09, 208700, False),
            ("head_grade_g_t", "El Limon mine", Q2_09, 3.12, False),
            ("head_grade_g_t", "La Libertad mine", Q2_09, 1.95, False),
            ("gold_poured_oz", "El Limon mine", Q2_09, 10250, False),
            ("gold_poured_oz", "La Libertad mine", Q2_09, 4870, False),
            ("gold_poured_oz", ACME, Q2_09, 15120, False),
        ],
        ("Ore milled", "Head grade", "Gold poured"),
    ),
    Case(
        "sites over periods (two header lines), values with % and $",
        """                       Cerro Azul mine         Rio Verde mine
                      Q2 2009   Q2 2008      Q2 2009   Q2 2008
Recovery (%)             91.2%     90.4%        88.0%     87.5%
Cash cost (US$/oz)       $468      $431         $502      $520
""",
        [
            ("recovery_pct", "Cerro Azul mine", Q2_09, 91.2, False),
            ("recovery_pct", "Cerro Azul mine", Q2_08, 90.4, False),
            ("recovery_pct", "Rio Verde mine", Q2_09, 88.0, False),
            ("recovery_pct", "Rio Verde mine", Q2_08, 87.5, False),
            ("cash_cost_per_oz", "Cerro Azul mine", Q2_09, 468, False),
            ("cash_cost_per_oz", "Cerro Azul mine", Q2_08, 431, False),
            ("cash_cost_per_oz", "Rio Verde mine", Q2_09, 502, False),
            ("cash_cost_per_oz", "Rio Verde mine", Q2_08, 520, False),
        ],
        ("Recovery", "Cash cost"),
    ),
    Case(
        "header's label cell names the site; 'Half-year ended' over dates; A$ cash cost dropped",
        """PRODUCTION SUMMARY

Wattle Creek operation            Half-year ended     Half-year ended
                                     30 Jun 2009         30 Jun 2008
Ore mined (t)                            612,400             548,900
Gold produced (oz)                        36,620              33,160
Cash cost (A$/oz)                            712                 688
""",
        [
            ("ore_mined_t", "Wattle Creek operation", H1_09, 612400, False),
            ("ore_mined_t", "Wattle Creek operation", H1_08, 548900, False),
            ("gold_produced_oz", "Wattle Creek operation", H1_09, 36620, False),
            ("gold_produced_oz", "Wattle Creek operation", H1_08, 33160, False),
        ],
        ("Ore mined", "Gold produced"),
    ),
    Case(
        "months without a year take the latest year not after the release",
        """The following table shows monthly production at the Choco 10 mill:

                       December    November     October
Ore processed (t)        98,000      95,500      91,000
Gold poured (oz)          8,100       7,950       7,400
""",
        [
            ("ore_processed_t", "Choco 10 mill", ("2015-12-01", "2015-12-31"), 98000, False),
            ("ore_processed_t", "Choco 10 mill", ("2015-11-01", "2015-11-30"), 95500, False),
            ("ore_processed_t", "Choco 10 mill", ("2015-10-01", "2015-10-31"), 91000, False),
            ("gold_poured_oz", "Choco 10 mill", ("2015-12-01", "2015-12-31"), 8100, False),
            ("gold_poured_oz", "Choco 10 mill", ("2015-11-01", "2015-11-30"), 7950, False),
            ("gold_poured_oz", "Choco 10 mill", ("2015-10-01", "2015-10-31"), 7400, False),
        ],
        ("Ore processed", "Gold poured"),
        {"date": "January 8, 2016"},
    ),
    Case(
        "Jun-09 style month headers and scaling in labels (thousand tonnes, koz, (000s))",
        """                            Jun-09     May-09     Jun-08
Ore mined (thousand tonnes)   98.5       95.0       91.2
Ore milled (000s)             97.1       94.3       90.0
Gold produced (koz)           8.12       7.95       7.40
""",
        [
            ("ore_mined_t", ACME, ("2009-06-01", "2009-06-30"), 98500, False),
            ("ore_mined_t", ACME, ("2009-05-01", "2009-05-31"), 95000, False),
            ("ore_mined_t", ACME, ("2008-06-01", "2008-06-30"), 91200, False),
            ("ore_processed_t", ACME, ("2009-06-01", "2009-06-30"), 97100, False),
            ("ore_processed_t", ACME, ("2009-05-01", "2009-05-31"), 94300, False),
            ("ore_processed_t", ACME, ("2008-06-01", "2008-06-30"), 90000, False),
            ("gold_produced_oz", ACME, ("2009-06-01", "2009-06-30"), 8120, False),
            ("gold_produced_oz", ACME, ("2009-05-01", "2009-05-31"), 7950, False),
            ("gold_produced_oz", ACME, ("2008-06-01", "2008-06-30"), 7400, False),
        ],
        ("Ore mined", "Ore milled", "Gold produced"),
    ),
    Case(
        "actual and guidance columns; a range and cost rows give nothing",
        """2010 OUTLOOK

                              2009 Actual     2010 Guidance
Gold production (oz)              98,450    105,000 - 115,000
Gold sold (koz)                     97.1                110
Cash cost (US$ per ounce)            512                 540
All-in sustaining cost ($/oz)        810                 850
Capital expenditures ($M)           45.2                 60
""",
        [
            ("gold_produced_oz", "Rio Verde mine", ("2009-01-01", "2009-12-31"), 98450, False),
            ("gold_sold_oz", "Rio Verde mine", ("2009-01-01", "2009-12-31"), 97100, False),
            ("gold_sold_oz", "Rio Verde mine", ("2010-01-01", "2010-12-31"), 110000, True),
            ("cash_cost_per_oz", "Rio Verde mine", ("2009-01-01", "2009-12-31"), 512, False),
            ("cash_cost_per_oz", "Rio Verde mine", ("2010-01-01", "2010-12-31"), 540, True),
        ],
        ("Gold production", "Gold sold", "Cash cost"),
        {"date": "January 20, 2010",
         "lead": "today announced production for the year ended December 31, 2009 "
                 "and its outlook for 2010 at the Rio Verde mine in Sonora, Mexico."},
    ),
    Case(
        "three and six months ended over two header lines; YTD after a quarter",
        """                      Three months ended      Six months ended
                           June 30                 June 30
                       2009        2008        2009        2008
Gold produced (oz)   22,870      26,530      45,100      50,020

                      Q2 2009     YTD 2009
Gold poured (oz)       21,000       44,000
""",
        [
            ("gold_produced_oz", ACME, Q2_09, 22870, False),
            ("gold_produced_oz", ACME, Q2_08, 26530, False),
            ("gold_produced_oz", ACME, H1_09, 45100, False),
            ("gold_produced_oz", ACME, H1_08, 50020, False),
            ("gold_poured_oz", ACME, Q2_09, 21000, False),
            ("gold_poured_oz", ACME, H1_09, 44000, False),
        ],
        ("Gold produced", "Gold poured"),
    ),
    Case(
        "fiscal years ending June 30",
        """                         FY2010      FY2009
Ore milled (kt)           1,210       1,150
Gold produced (koz)        78.9        74.2
""",
        [
            ("ore_processed_t", "Wattle Creek operation", ("2009-07-01", "2010-06-30"), 1210000, False),
            ("ore_processed_t", "Wattle Creek operation", ("2008-07-01", "2009-06-30"), 1150000, False),
            ("gold_produced_oz", "Wattle Creek operation", ("2009-07-01", "2010-06-30"), 78900, False),
            ("gold_produced_oz", "Wattle Creek operation", ("2008-07-01", "2009-06-30"), 74200, False),
        ],
        ("Ore milled", "Gold produced"),
        {"date": "August 20, 2010",
         "lead": "today reported production for the financial year ended 30 June 2010 "
                 "at its Wattle Creek operation in Western Australia."},
    ),
    Case(
        "a mill's feed split by mine: sections are ore sources, the total is the mill's",
        """December 2015 production at the El Tambo mill is summarized below.

El Tambo mill                 December 2015
Condor open pit
  Ore processed (t)                  61,450
  Gold poured (oz)                    6,905
Puma underground mine
  Ore processed (t)                  35,270
Total
  Gold poured (oz)                   11,284
""",
        [
            ("ore_processed_t", "El Tambo mill", ("2015-12-01", "2015-12-31"), 61450, False,
             "Condor open pit"),
            ("gold_poured_oz", "El Tambo mill", ("2015-12-01", "2015-12-31"), 6905, False, "Condor open pit"),
            ("ore_processed_t", "El Tambo mill", ("2015-12-01", "2015-12-31"), 35270, False,
             "Puma underground mine"),
            ("gold_poured_oz", "El Tambo mill", ("2015-12-01", "2015-12-31"), 11284, False),
        ],
        ("Ore processed", "Gold poured"),
        {"date": "January 8, 2016"},
    ),
    Case(
        "months as rows, metrics as columns",
        """Monthly production at the Choco 10 mill in the fourth quarter:

Month        Ore milled (t)   Recovery (%)   Gold poured (oz)
October             98,000           90.1              6,000
November           101,500           91.0              6,600
""",
        [
            ("ore_processed_t", "Choco 10 mill", ("2008-10-01", "2008-10-31"), 98000, False),
            ("recovery_pct", "Choco 10 mill", ("2008-10-01", "2008-10-31"), 90.1, False),
            ("gold_poured_oz", "Choco 10 mill", ("2008-10-01", "2008-10-31"), 6000, False),
            ("ore_processed_t", "Choco 10 mill", ("2008-11-01", "2008-11-30"), 101500, False),
            ("recovery_pct", "Choco 10 mill", ("2008-11-01", "2008-11-30"), 91.0, False),
            ("gold_poured_oz", "Choco 10 mill", ("2008-11-01", "2008-11-30"), 6600, False),
        ],
        ("October", "November"),
        {"date": "January 12, 2009"},
    ),
    Case(
        "sites as rows, metric and unit from the caption",
        """Gold production by mine (ounces):

                         Q2 2009      Q2 2008
Cerro Azul mine           12,000       11,500
Rio Verde mine             9,800        7,700
Total                     21,800       19,200
""",
        [
            ("gold_produced_oz", "Cerro Azul mine", Q2_09, 12000, False),
            ("gold_produced_oz", "Cerro Azul mine", Q2_08, 11500, False),
            ("gold_produced_oz", "Rio Verde mine", Q2_09, 9800, False),
            ("gold_produced_oz", "Rio Verde mine", Q2_08, 7700, False),
            ("gold_produced_oz", ACME, Q2_09, 21800, False),
            ("gold_produced_oz", ACME, Q2_08, 19200, False),
        ],
        ("Cerro Azul", "Rio Verde", "Total"),
    ),
    Case(
        "one value per row, no header: the caption gives site and month",
        """Highlights for the month of November 2008 at the Choco 10 mill:

Ore processed (t)            105,430
Head grade (g/t)                2.64
Gold poured (oz)              13,475
""",
        [
            ("ore_processed_t", "Choco 10 mill", ("2008-11-01", "2008-11-30"), 105430, False),
            ("head_grade_g_t", "Choco 10 mill", ("2008-11-01", "2008-11-30"), 2.64, False),
            ("gold_poured_oz", "Choco 10 mill", ("2008-11-01", "2008-11-30"), 13475, False),
        ],
        ("Ore processed", "Head grade", "Gold poured"),
        {"date": "December 19, 2008"},
    ),
    Case(
        "dollar amounts 'in thousands' do not scale ounces; financial rows give nothing",
        """FINANCIAL HIGHLIGHTS

(in thousands of US dollars, except per ounce amounts)
                                   Q2 2009      Q2 2008
Revenue                             22,870       26,530
Net income                           3,500        4,100
Realized gold price ($/oz)             925          890
Gold sold (oz)                      24,700       29,800
""",
        [
            ("gold_sold_oz", ACME, Q2_09, 24700, False),
            ("gold_sold_oz", ACME, Q2_08, 29800, False),
        ],
        ("Gold sold",),
    ),
    Case(
        "nine-month columns, actuals after the release date, unknown headers: nothing",
        """                      Nine months ended September 30
                           2009        2008
Gold produced (oz)       65,000      70,100

                         Current     Previous
Gold produced (oz)        22,870       21,000

                         Q3 2009      Q2 2009
Gold sold (oz)            23,000       21,500
""",
        [("gold_sold_oz", ACME, Q2_09, 21500, False)],
        ("Gold sold",),
    ),
    Case(
        "empty cells placed by column position; footnoted labels; parenthesized value gives nothing",
        """                           Q2 2009    Q1 2009    Q2 2008
Gold produced (oz)*         22,870     21,000     20,100
Recovery (%)                  91.2                  90.0
Mill throughput (tpd)        4,535      4,410
Ore milled / processed (tonnes)  412,600  398,100  380,000
Cash cost (US$/oz)(1)          468        455      (431)
Change in gold produced (%)     9%        -2%         4%
""",
        [
            ("gold_produced_oz", ACME, Q2_09, 22870, False),
            ("gold_produced_oz", ACME, Q1_09, 21000, False),
            ("gold_produced_oz", ACME, Q2_08, 20100, False),
            ("recovery_pct", ACME, Q2_09, 91.2, False),
            ("recovery_pct", ACME, Q2_08, 90.0, False),
            ("tonnes_per_day", ACME, Q2_09, 4535, False),
            ("tonnes_per_day", ACME, Q1_09, 4410, False),
            ("ore_processed_t", ACME, Q2_09, 412600, False),
            ("ore_processed_t", ACME, Q1_09, 398100, False),
            ("ore_processed_t", ACME, Q2_08, 380000, False),
            ("cash_cost_per_oz", ACME, Q2_09, 468, False),
            ("cash_cost_per_oz", ACME, Q1_09, 455, False),
        ],
        ("Gold produced", "Recovery", "Mill throughput", "Ore milled", "Cash cost"),
    ),
    Case(
        "a units column; a header line set apart by a blank line",
        """                     Units      Q2 2009    Q2 2008
Ore processed        tonnes     412,600    398,100
Cash cost            US$/oz         468        431
Cash cost            C$/oz          512        480

                     Q1 2009     Q4 2008

Gold sold (oz)        21,140      20,915
""",
        [
            ("ore_processed_t", ACME, Q2_09, 412600, False),
            ("ore_processed_t", ACME, Q2_08, 398100, False),
            ("cash_cost_per_oz", ACME, Q2_09, 468, False),
            ("cash_cost_per_oz", ACME, Q2_08, 431, False),
            ("gold_sold_oz", ACME, Q1_09, 21140, False),
            ("gold_sold_oz", ACME, ("2008-10-01", "2008-12-31"), 20915, False),
        ],
        ("Ore processed", "Cash cost", "Gold sold"),
    ),
    Case(
        "metrics across, sites down (Markdown); a share in brackets; sub-part rows skipped",
        """Second quarter 2009 production by mine:

| Mine | Ore milled (t) | Grade (g/t) | Gold produced (oz) |
|---|---|---|---|
| Cerro Azul | 120,500 | 3.12 | 10,250 |
| Los Pinos (50%) | 88,200 | 1.95 | 4,870 |
| Underground | 1,000 | 2.00 | 300 |
| Total | 208,700 | n/a | 15,120 |
""",
        [
            ("ore_processed_t", "Cerro Azul", Q2_09, 120500, False),
            ("head_grade_g_t", "Cerro Azul", Q2_09, 3.12, False),
            ("gold_produced_oz", "Cerro Azul", Q2_09, 10250, False),
            ("ore_processed_t", "Los Pinos", Q2_09, 88200, False),
            ("head_grade_g_t", "Los Pinos", Q2_09, 1.95, False),
            ("gold_produced_oz", "Los Pinos", Q2_09, 4870, False),
            ("ore_processed_t", ACME, Q2_09, 208700, False),
            ("gold_produced_oz", ACME, Q2_09, 15120, False),
        ],
        ("Cerro Azul", "Los Pinos", "Total"),
    ),
    Case(
        "sections: another metal and an unrecognized group are not read",
        """                        Q2 2009      Q2 2008
Gold
  Produced (oz)          22,870       26,530
Silver
  Produced (oz)         120,000      110,000
Mexico - Sonora: 50% JV
  Sold (oz)               9,800        7,700
""",
        [
            ("gold_produced_oz", ACME, Q2_09, 22870, False),
            ("gold_produced_oz", ACME, Q2_08, 26530, False),
        ],
        ("Produced",),
    ),
    Case(
        "bare year columns under a lead naming a quarter: that quarter in each year",
        """                             2009          2008
Gold produced (oz)         22,870        26,530
""",
        [
            ("gold_produced_oz", "Cerro Azul mine", Q2_09, 22870, False),
            ("gold_produced_oz", "Cerro Azul mine", Q2_08, 26530, False),
        ],
        ("Gold produced",),
        {"lead": "today reported operating results for the three months ended June 30, 2009 from its "
                 "Cerro Azul mine in Sonora, Mexico, which are summarized below."},
    ),
    Case(
        "site blocks set apart by blank lines are read under the table's header",
        """OPERATING RESULTS

                                      Three months ended June 30
                                           2009          2008
Cerro Azul mine
  Gold produced (oz)                     22,870        26,530

Rio Verde mine
  Gold produced (oz)                     15,542         3,710

Total
  Gold produced (oz)                     38,412        30,240
""",
        [
            ("gold_produced_oz", "Cerro Azul mine", Q2_09, 22870, False),
            ("gold_produced_oz", "Cerro Azul mine", Q2_08, 26530, False),
            ("gold_produced_oz", "Rio Verde mine", Q2_09, 15542, False),
            ("gold_produced_oz", "Rio Verde mine", Q2_08, 3710, False),
            ("gold_produced_oz", ACME, Q2_09, 38412, False),
            ("gold_produced_oz", ACME, Q2_08, 30240, False),
        ],
        ("Gold produced",),
    ),
    Case(
        "group headers over pairs of columns with change columns between",
        """                       Three months ended        Six months ended
                            June 30                   June 30
                    2009     2008     Chg     2009     2008     Chg
Gold produced (oz) 22,870   26,530    -14%   45,100   50,020    -10%
""",
        [
            ("gold_produced_oz", ACME, Q2_09, 22870, False),
            ("gold_produced_oz", ACME, Q2_08, 26530, False),
            ("gold_produced_oz", ACME, H1_09, 45100, False),
            ("gold_produced_oz", ACME, H1_08, 50020, False),
        ],
        ("Gold produced",),
    ),
    Case(
        "bare years with nothing saying which part of an unfinished year: nothing",
        """                             2009          2008
Gold produced (oz)         22,870        26,530
""",
        [],
    ),
    Case(
        "bare years under an outlook heading: the coming year is guidance",
        """2010 OUTLOOK

                             2009          2010
Gold produced (oz)         98,450       110,000
""",
        [
            ("gold_produced_oz", ACME, ("2009-01-01", "2009-12-31"), 98450, False),
            ("gold_produced_oz", ACME, ("2010-01-01", "2010-12-31"), 110000, True),
        ],
        ("Gold produced",),
        {"date": "January 20, 2010"},
    ),
    Case(
        "not production: reserves, drill intercepts, votes",
        """Mineral Reserves at the Rio Verde mine as at December 31, 2008:

Category         Tonnes (000s)    Grade (g/t)    Contained gold (oz)
Proven                   4,120           2.31                306,000
Total                   13,990           2.06                924,800

Hole ID     From (m)   To (m)   Width (m)   Au (g/t)
RV-09-12       95.0     113.0       18.0       4.02
RV-09-14      148.0     160.0       12.0       8.45

Nominee                 Votes For        %       Votes Withheld     %
Martin Leclerc          112,904,118    98.91       1,244,900      1.09
Ana Villarreal          113,011,402    99.00       1,137,616      1.00
""",
        [],
        (),
        {"date": "February 20, 2009",
         "lead": "today reported results for the year ended December 31, 2008 at "
                 "the Rio Verde mine in Sonora, Mexico, and its updated reserves."},
    ),
    Case(
        "thousands separated by a space, a two-line 'Quarter ended' header",
        "Operating results\n\n                              Quarter ended    Quarter ended\n"
        "                              30 Jun 2009      30 Jun 2008\n"
        "Ore milled (t)                    412 000          398 500\n"
        "Gold produced (oz)                 38 420           36 115\n",
        [
            ("ore_processed_t", ACME, Q2_09, 412000, False),
            ("ore_processed_t", ACME, Q2_08, 398500, False),
            ("gold_produced_oz", ACME, Q2_09, 38420, False),
            ("gold_produced_oz", ACME, Q2_08, 36115, False),
        ],
        ("Ore milled", "Gold produced"),
    ),
    Case(
        "quarters and semesters ('2Q09', '1S09'), a change column, nine-month columns give nothing",
        "Production summary\n\n                   2Q09      2Q08    Change      1S09      1S08      9M08\n"
        "Gold produced (oz)     21,450    20,110      +7%    42,300    40,050    61,000\n",
        [
            ("gold_produced_oz", ACME, Q2_09, 21450, False),
            ("gold_produced_oz", ACME, Q2_08, 20110, False),
            ("gold_produced_oz", ACME, ("2009-01-01", "2009-06-30"), 42300, False),
            ("gold_produced_oz", ACME, ("2008-01-01", "2008-06-30"), 40050, False),
        ],
        ("Gold produced",),
    ),
    Case(
        "metric and imperial tables: ('000t) scales, kilograms, yields and short tons give nothing",
        "Operating results (metric)\n\n                                 Quarter ended   Quarter ended\n"
        "                                  30 Jun 2009     30 Jun 2008\n"
        "Ore milled (000t)                       1 250           1 198\n"
        "Gold produced (kg)                      6 062           5 894\n"
        "Gold produced (oz)                    194 900         189 500\n\n"
        "Operating results (imperial)\n\n                                 Quarter ended   Quarter ended\n"
        "                                  30 Jun 2009     30 Jun 2008\n"
        "Ore milled (000 tons)                   1 378           1 321\n"
        "Yield (oz/ton)                          0.141           0.144\n",
        [
            ("ore_processed_t", ACME, Q2_09, 1250000, False),
            ("ore_processed_t", ACME, Q2_08, 1198000, False),
            ("gold_produced_oz", ACME, Q2_09, 194900, False),
            ("gold_produced_oz", ACME, Q2_08, 189500, False),
        ],
        ("Ore milled (000t)", "Gold produced (oz)"),
    ),
    Case(
        "a site named before the metric's words in the row label, a change column, a footnoted header",
        "Operating statistics\n\n                                  Q2 2009(1)   Q2 2008   % Change\n"
        "Red Cedar gold production (oz)       148,300   119,870        24%\n"
        "Horwood Lake gold production (oz)     71,240    76,905        (7)%\n"
        "Total gold production (oz)           219,540   196,775        12%\n",
        [
            ("gold_produced_oz", "Red Cedar", Q2_09, 148300, False),
            ("gold_produced_oz", "Red Cedar", Q2_08, 119870, False),
            ("gold_produced_oz", "Horwood Lake", Q2_09, 71240, False),
            ("gold_produced_oz", "Horwood Lake", Q2_08, 76905, False),
            ("gold_produced_oz", ACME, Q2_09, 219540, False),
            ("gold_produced_oz", ACME, Q2_08, 196775, False),
        ],
        ("gold production",),
    ),
    Case(
        "a units column, 'Mar Qtr 2009' headings, a 'FY09 YTD' column that gives nothing",
        "Production summary\n\n                         Units     Jun Qtr 2009   Jun Qtr 2008   FY09 YTD\n"
        "Ore mined                t              612,400        598,100   1,810,500\n"
        "Head grade               g/t               2.21           2.18        2.20\n"
        "Recovery                 %                 93.1           92.8        93.0\n",
        [
            ("ore_mined_t", ACME, Q2_09, 612400, False),
            ("ore_mined_t", ACME, Q2_08, 598100, False),
            ("head_grade_g_t", ACME, Q2_09, 2.21, False),
            ("head_grade_g_t", ACME, Q2_08, 2.18, False),
            ("recovery_pct", ACME, Q2_09, 93.1, False),
            ("recovery_pct", ACME, Q2_08, 92.8, False),
        ],
        ("Ore mined", "Head grade", "Recovery"),
    ),
    Case(
        "a pipe table whose label column is headed 'Operation', units in thousands ('kt', 'koz')",
        "| Operation | Unit | Jun-09 Qtr | Jun-08 Qtr |\n|---|---|---|---|\n| Ore milled | kt | 598 | 590 |\n"
        "| Gold poured | koz | 39.9 | 38.9 |\n",
        [
            ("ore_processed_t", ACME, Q2_09, 598000, False),
            ("ore_processed_t", ACME, Q2_08, 590000, False),
            ("gold_poured_oz", ACME, Q2_09, 39900, False),
            ("gold_poured_oz", ACME, Q2_08, 38900, False),
        ],
        ("Ore milled", "Gold poured"),
    ),
    Case(
        "the metric in the header's label cell, years as columns, sites as rows, '--' cells, a total",
        "Five-year record\n\nGold production (oz)       2009        2008        2007\n"
        "Wren mine               162,480     158,210     141,906\n"
        "Finch mine               41,232          --          --\n"
        "Total                   203,712     158,210     141,906\n",
        [
            ("gold_produced_oz", "Wren mine", ("2009-01-01", "2009-12-31"), 162480, False),
            ("gold_produced_oz", "Wren mine", ("2008-01-01", "2008-12-31"), 158210, False),
            ("gold_produced_oz", "Wren mine", ("2007-01-01", "2007-12-31"), 141906, False),
            ("gold_produced_oz", "Finch mine", ("2009-01-01", "2009-12-31"), 41232, False),
            ("gold_produced_oz", ACME, ("2009-01-01", "2009-12-31"), 203712, False),
            ("gold_produced_oz", ACME, ("2008-01-01", "2008-12-31"), 158210, False),
            ("gold_produced_oz", ACME, ("2007-01-01", "2007-12-31"), 141906, False),
        ],
        ("Wren mine", "Finch mine", "Total"),
        {"date": "January 17, 2010"},
    ),
    Case(
        "a mill's feed by source: a title line with the period, metrics across, sources down, contained ounces",
        "WREN MILL FEED BY SOURCE - SECOND QUARTER 2009\n"
        "------------------------------------------------------------\n"
        "Source              Tonnes milled   Grade (g/t)   Contained oz   Recovered oz\n"
        "------------------------------------------------------------\n"
        "Finch open pit             96,410          2.18          6,757          5,978\n"
        "Badger pit                 21,880          3.05          2,146          1,874\n"
        "Total / average           118,290          2.34          8,903          7,852\n",
        [
            ("ore_processed_t", "Wren mill", Q2_09, 96410, False, "Finch open pit"),
            ("head_grade_g_t", "Wren mill", Q2_09, 2.18, False, "Finch open pit"),
            ("gold_recovered_oz", "Wren mill", Q2_09, 5978, False, "Finch open pit"),
            ("ore_processed_t", "Wren mill", Q2_09, 21880, False, "Badger pit"),
            ("head_grade_g_t", "Wren mill", Q2_09, 3.05, False, "Badger pit"),
            ("gold_recovered_oz", "Wren mill", Q2_09, 1874, False, "Badger pit"),
            ("ore_processed_t", "Wren mill", Q2_09, 118290, False),
            ("head_grade_g_t", "Wren mill", Q2_09, 2.34, False),
            ("gold_recovered_oz", "Wren mill", Q2_09, 7852, False),
        ],
        ("Finch open pit", "Badger pit", "Total"),
        {"lead": "VANCOUVER, British Columbia, July 15, 2009 -- Acme Gold Corp. (TSX: ACG) reports production "
                 "for the second quarter of 2009 from its Wren mill, which treats ore from two pits."},
    ),
    Case(
        "month rows and a 'Quarter' row: the quarter the months make up",
        "Month           Tonnes processed   Grade (g/t)   Gold poured (oz)\n"
        "April           135,200            2.38          9,610\n"
        "May             139,850            2.45          10,122\n"
        "June            137,830            2.40          9,843\n"
        "Quarter         412,880            2.41          29,575\n",
        [
            (m, ACME, period, v, False)
            for period, vals in ((("2009-04-01", "2009-04-30"), (135200, 2.38, 9610)),
                                 (("2009-05-01", "2009-05-31"), (139850, 2.45, 10122)),
                                 (("2009-06-01", "2009-06-30"), (137830, 2.40, 9843)),
                                 (Q2_09, (412880, 2.41, 29575)))
            for m, v in zip(("ore_processed_t", "head_grade_g_t", "gold_poured_oz"), vals, strict=True)
        ],
        ("April", "May", "June", "Quarter"),
    ),
    Case(
        "a header over four lines, an '... Operations' site, a wrapped label, 'Total gold produced' after sites",
        "                               Q2 2009         Q2 2008\n"
        "                           (three months   (three months\n"
        "                           ended June 30,  ended June 30,\n"
        "                                   2009)           2008)\n"
        "Larder Creek Operations\n"
        "  Tonnes milled                  288,450         276,900\n"
        "  Gold produced (oz)              27,402          24,797\n"
        "  Cash cost, net of by-product\n"
        "    credits (US$/oz Au)              412             498\n"
        "Shabaqua Underground\n"
        "  Gold produced (oz)              11,890           7,997\n"
        "Total gold produced (oz)          39,292          32,794\n",
        [
            ("ore_processed_t", "Larder Creek Operations", Q2_09, 288450, False),
            ("ore_processed_t", "Larder Creek Operations", Q2_08, 276900, False),
            ("gold_produced_oz", "Larder Creek Operations", Q2_09, 27402, False),
            ("gold_produced_oz", "Larder Creek Operations", Q2_08, 24797, False),
            ("cash_cost_per_oz", "Larder Creek Operations", Q2_09, 412, False),
            ("cash_cost_per_oz", "Larder Creek Operations", Q2_08, 498, False),
            ("gold_produced_oz", "Shabaqua Underground", Q2_09, 11890, False),
            ("gold_produced_oz", "Shabaqua Underground", Q2_08, 7997, False),
            ("gold_produced_oz", ACME, Q2_09, 39292, False),
            ("gold_produced_oz", ACME, Q2_08, 32794, False),
        ],
        ("Tonnes milled", "Gold produced", "Cash cost", "Total gold produced"),
    ),
    Case(
        "guidance ranges per site: no figures",
        "2009 Guidance           Cerro Azul         Rio Verde         Total\n"
        "Gold production (oz)    115,000-120,000    42,000-45,000     157,000-165,000\n"
        "Cash cost ($/oz)        600-650            700-750           620-670\n",
        [],
    ),
    Case(
        "a site whose name ends in 's' ('Mina San Judas') is one site, in a block set apart from the header",
        """                                      Q2 2009     Q2 2008
Mina El Tecolote
Ore processed (t)                   1,398,750   1,301,200
Head grade (g/t)                         0.71        0.78
Gold produced (oz)                     21,418      22,960

Mina San Judas(3)
Ore processed (t)                      96,420           -
Head grade (g/t)                         4.96           -
Gold produced (oz)                     14,025           -
""",
        [
            ("ore_processed_t", "Mina El Tecolote", Q2_09, 1398750, False),
            ("ore_processed_t", "Mina El Tecolote", Q2_08, 1301200, False),
            ("head_grade_g_t", "Mina El Tecolote", Q2_09, 0.71, False),
            ("head_grade_g_t", "Mina El Tecolote", Q2_08, 0.78, False),
            ("gold_produced_oz", "Mina El Tecolote", Q2_09, 21418, False),
            ("gold_produced_oz", "Mina El Tecolote", Q2_08, 22960, False),
            ("ore_processed_t", "Mina San Judas", Q2_09, 96420, False),
            ("head_grade_g_t", "Mina San Judas", Q2_09, 4.96, False),
            ("gold_produced_oz", "Mina San Judas", Q2_09, 14025, False),
        ],
        ("Gold produced", "Ore processed", "Head grade"),
    ),
    Case(
        "headings spelling out their months ('(Jan - Jun 2009)' makes a year-to-date column a half), a mill's "
        "feed split by mine in indented rows",
        """Wren mill operating statistics

                                          Q2 2009       YTD 2009
                                        (Apr - Jun      (Jan - Jun
                                             2009)           2009)
Ore milled (tonnes)                        412,600         810,750
   Finch underground                       118,300         223,200
   Lark open pit                           294,300         587,550
Head grade (g/t Au)                           2.38            2.30
Gold produced (oz)                          29,515          55,806
""",
        [
            ("ore_processed_t", "Wren mill", Q2_09, 412600, False),
            ("ore_processed_t", "Wren mill", H1_09, 810750, False),
            ("ore_processed_t", "Wren mill", Q2_09, 118300, False, "Finch underground mine"),
            ("ore_processed_t", "Wren mill", H1_09, 223200, False, "Finch underground mine"),
            ("ore_processed_t", "Wren mill", Q2_09, 294300, False, "Lark open pit"),
            ("ore_processed_t", "Wren mill", H1_09, 587550, False, "Lark open pit"),
            ("head_grade_g_t", "Wren mill", Q2_09, 2.38, False),
            ("head_grade_g_t", "Wren mill", H1_09, 2.30, False),
            ("gold_produced_oz", "Wren mill", Q2_09, 29515, False),
            ("gold_produced_oz", "Wren mill", H1_09, 55806, False),
        ],
        ("Ore milled", "Finch underground", "Lark open pit", "Head grade", "Gold produced"),
    ),
    Case(
        "decimal commas and space thousands, words under some headings only, 'Total <issuer>' row",
        """OPERATING RESULTS BY MINE

Quarter ended 30 June 2009
                      Tonnes      Head    Recovery    Gold        Gold     Cash cost
                      milled      grade               produced    produced
                      ('000 t)    (g/t)   (%)         (kg)        (oz)     (R/kg)
Doornhoek Mine          312,4     5,86    96,4        1 765       56 738    72 410
Rietkuil Mine         1 268,9     4,92    95,8        1 267       40 749    79 880
Total Acme            1 581,3     5,07    96,1        3 032       97 487    75 540
""",
        [
            ("ore_processed_t", "Doornhoek Mine", Q2_09, 312400, False),
            ("head_grade_g_t", "Doornhoek Mine", Q2_09, 5.86, False),
            ("recovery_pct", "Doornhoek Mine", Q2_09, 96.4, False),
            ("gold_produced_oz", "Doornhoek Mine", Q2_09, 56738, False),
            ("ore_processed_t", "Rietkuil Mine", Q2_09, 1268900, False),
            ("head_grade_g_t", "Rietkuil Mine", Q2_09, 4.92, False),
            ("recovery_pct", "Rietkuil Mine", Q2_09, 95.8, False),
            ("gold_produced_oz", "Rietkuil Mine", Q2_09, 40749, False),
            ("ore_processed_t", ACME, Q2_09, 1581300, False),
            ("head_grade_g_t", ACME, Q2_09, 5.07, False),
            ("recovery_pct", ACME, Q2_09, 96.1, False),
            ("gold_produced_oz", ACME, Q2_09, 97487, False),
        ],
        ("Doornhoek Mine", "Rietkuil Mine", "Total Acme"),
    ),
    Case(
        "a cost row below the company's total row is the company's, not the last site's",
        """PRODUCTION SUMMARY

                                 Three months ended June 30
                                    2009          2008
Cerro Azul mine
  Gold produced (oz)              22,870        26,530
Rio Verde mine
  Gold produced (oz)              15,542        13,710
Total gold produced (oz)          38,412        40,240
Cash cost (US$/oz)                   468           431
""",
        [
            ("gold_produced_oz", "Cerro Azul mine", Q2_09, 22870, False),
            ("gold_produced_oz", "Cerro Azul mine", Q2_08, 26530, False),
            ("gold_produced_oz", "Rio Verde mine", Q2_09, 15542, False),
            ("gold_produced_oz", "Rio Verde mine", Q2_08, 13710, False),
            ("gold_produced_oz", ACME, Q2_09, 38412, False),
            ("gold_produced_oz", ACME, Q2_08, 40240, False),
            ("cash_cost_per_oz", ACME, Q2_09, 468, False),
            ("cash_cost_per_oz", ACME, Q2_08, 431, False),
        ],
        ("Gold produced", "Total gold produced", "Cash cost"),
    ),
    Case(
        "a section naming one operation in lower case, with a note marker; 'Group' after it is the company",
        """OPERATING STATISTICS

                                 Three months ended June 30
                                    2009          2008
Cerro Azul mine
  Gold produced ('000 oz)           32.8          29.7
Kyuyel alluvial operations (1)
  Gold recovered ('000 oz)           9.4           8.1
Group
  Gold produced ('000 oz) (2)       42.2          37.8
""",
        [
            ("gold_produced_oz", "Cerro Azul mine", Q2_09, 32800, False),
            ("gold_produced_oz", "Cerro Azul mine", Q2_08, 29700, False),
            ("gold_recovered_oz", "Kyuyel alluvial operations", Q2_09, 9400, False),
            ("gold_recovered_oz", "Kyuyel alluvial operations", Q2_08, 8100, False),
            ("gold_produced_oz", ACME, Q2_09, 42200, False),
            ("gold_produced_oz", ACME, Q2_08, 37800, False),
        ],
        ("Gold produced", "Gold recovered"),
    ),
    Case(
        "a caption of two lines: the one nearest the table names the site",
        """Operations

Cerro Azul mine - operating statistics

                                  H1 2009       H1 2008
Ore mined (t)                     412,600       388,100
Gold produced (oz)                 35,711        31,759
""",
        [
            ("ore_mined_t", "Cerro Azul mine", ("2009-01-01", "2009-06-30"), 412600, False),
            ("ore_mined_t", "Cerro Azul mine", ("2008-01-01", "2008-06-30"), 388100, False),
            ("gold_produced_oz", "Cerro Azul mine", ("2009-01-01", "2009-06-30"), 35711, False),
            ("gold_produced_oz", "Cerro Azul mine", ("2008-01-01", "2008-06-30"), 31759, False),
        ],
        ("Ore mined", "Gold produced"),
    ),
    Case(
        "a chemical symbol before the metric names no site",
        """Cerro Azul operation             Q2 2009     Q2 2008
Au recovery (%)                     92.4        91.6
Au produced (oz)                  14,842      13,077
""",
        [
            ("recovery_pct", "Cerro Azul operation", Q2_09, 92.4, False),
            ("recovery_pct", "Cerro Azul operation", Q2_08, 91.6, False),
            ("gold_produced_oz", "Cerro Azul operation", Q2_09, 14842, False),
            ("gold_produced_oz", "Cerro Azul operation", Q2_08, 13077, False),
        ],
        ("Au recovery", "Au produced"),
    ),
    Case(
        "'Three months ended' over columns each dated in full",
        """Three months ended           June 30, 2009   June 30, 2008
Tonnes milled                      412,600         398,100
Gold produced (oz)                  22,870          26,530
""",
        [
            ("ore_processed_t", ACME, Q2_09, 412600, False),
            ("ore_processed_t", ACME, Q2_08, 398100, False),
            ("gold_produced_oz", ACME, Q2_09, 22870, False),
            ("gold_produced_oz", ACME, Q2_08, 26530, False),
        ],
        ("Tonnes milled", "Gold produced"),
    ),
    Case(
        "'Quarter ended' over month-year columns ('Jun-09'), and 'Three months to' over months",
        """Quarter ended                Jun-09       Jun-08
Tonnes milled                412,600      398,100

Three months to           Jun 2009     Jun 2008
Gold produced (oz)          22,870       26,530
""",
        [
            ("ore_processed_t", ACME, Q2_09, 412600, False),
            ("ore_processed_t", ACME, Q2_08, 398100, False),
            ("gold_produced_oz", ACME, Q2_09, 22870, False),
            ("gold_produced_oz", ACME, Q2_08, 26530, False),
        ],
        ("Tonnes milled", "Gold produced"),
    ),
    Case(
        "a caption naming a mining unit; throughput in TMS/day; a cash cost per gold-equivalent ounce is none",
        """Operating statistics - Tucuhuasi Mining Unit

                                       2Q09      2Q08
Ore treated (TMS)                   160,150   149,860
Throughput (TMS/day)                  1,760     1,647
Cash cost (US$/oz Au, net of Ag)        612       402
Cash cost (US$/oz AuEq)                 742       655
""",
        [
            ("ore_processed_t", "Tucuhuasi Mining Unit", Q2_09, 160150, False),
            ("ore_processed_t", "Tucuhuasi Mining Unit", Q2_08, 149860, False),
            ("tonnes_per_day", "Tucuhuasi Mining Unit", Q2_09, 1760, False),
            ("tonnes_per_day", "Tucuhuasi Mining Unit", Q2_08, 1647, False),
            ("cash_cost_per_oz", "Tucuhuasi Mining Unit", Q2_09, 612, False),
            ("cash_cost_per_oz", "Tucuhuasi Mining Unit", Q2_08, 402, False),
        ],
        labels=("Ore treated", "Throughput", "Cash cost (US$/oz Au"),
    ),
    Case(
        "a unit column written 'U.S.$/oz'",
        """                                        2Q09      2Q08
Gold produced         (oz)               39,350    39,210
Cash cost             (U.S.$/oz)            842       796
""",
        [
            ("gold_produced_oz", ACME, Q2_09, 39350, False),
            ("gold_produced_oz", ACME, Q2_08, 39210, False),
            ("cash_cost_per_oz", ACME, Q2_09, 842, False),
            ("cash_cost_per_oz", ACME, Q2_08, 796, False),
        ],
        labels=("Gold produced", "Cash cost"),
    ),
    Case(
        "a table introduced by a sentence whose other clause names assays",
        """The July report was deferred to allow the new assay laboratory to complete its reconciliation, so both
months are reported below.

                                     June 2009    May 2009
Gold recovered (oz)                        3,320        3,061
""",
        [
            ("gold_recovered_oz", ACME, ("2009-06-01", "2009-06-30"), 3320, False),
            ("gold_recovered_oz", ACME, ("2009-05-01", "2009-05-31"), 3061, False),
        ],
        labels=("Gold recovered",),
    ),
    Case(
        "a study's parameters are no production table",
        """The Study contemplates a 7,500 tonne-per-day mill. Key parameters are:

    Mill throughput (design)              7,500 tpd
    Average mill recovery, LOM            91.5%
    Average annual gold production, LOM   142,000 oz
""",
        [],
        release={"lead": "today reported production results for June 2009 from its operations in Sonora, Mexico."},
    ),
    Case(
        "a caption naming its topic before its site ('Operations - X heap leach mine')",
        """Operations - Çamköy heap leach mine

                                     H1 2009      H1 2008
Ore mined (tonnes)                 1,412,600    1,298,400
Gold poured (ounces)                  28,470       26,115
""",
        [
            ("ore_mined_t", "Çamköy heap leach mine", H1_09, 1412600, False),
            ("ore_mined_t", "Çamköy heap leach mine", H1_08, 1298400, False),
            ("gold_poured_oz", "Çamköy heap leach mine", H1_09, 28470, False),
            ("gold_poured_oz", "Çamköy heap leach mine", H1_08, 26115, False),
        ],
        labels=("Ore mined", "Gold poured"),
    ),
    Case(
        "ore treated for third parties gives no fact",
        """                                      Q2 2009    Q2 2008
Ore milled (t)                          61,840     58,210
Third-party ore toll treated (t)         4,120      3,900
Gold produced (oz)                       1,067      1,035
""",
        [
            ("ore_processed_t", ACME, Q2_09, 61840, False),
            ("ore_processed_t", ACME, Q2_08, 58210, False),
            ("gold_produced_oz", ACME, Q2_09, 1067, False),
            ("gold_produced_oz", ACME, Q2_08, 1035, False),
        ],
        labels=("Ore milled", "Gold produced"),
    ),
    Case(
        "a calendar-year column ('CY2009') beside quarters; a cost's class ('C1') names no site",
        """December 2009 Quarter Production Update

Acme Operations              Dec-09 Qtr   Sep-09 Qtr     CY2009
Ore mined (kt)                    118.4        104.9      402.6
Gold produced (oz)                5,437        4,983     19,133
C1 cash cost (US$/oz)               412          486        468
""",
        [
            ("ore_mined_t", "Acme Operations", ("2009-10-01", "2009-12-31"), 118400, False),
            ("ore_mined_t", "Acme Operations", ("2009-07-01", "2009-09-30"), 104900, False),
            ("ore_mined_t", "Acme Operations", ("2009-01-01", "2009-12-31"), 402600, False),
            ("gold_produced_oz", "Acme Operations", ("2009-10-01", "2009-12-31"), 5437, False),
            ("gold_produced_oz", "Acme Operations", ("2009-07-01", "2009-09-30"), 4983, False),
            ("gold_produced_oz", "Acme Operations", ("2009-01-01", "2009-12-31"), 19133, False),
            ("cash_cost_per_oz", "Acme Operations", ("2009-10-01", "2009-12-31"), 412, False),
            ("cash_cost_per_oz", "Acme Operations", ("2009-07-01", "2009-09-30"), 486, False),
            ("cash_cost_per_oz", "Acme Operations", ("2009-01-01", "2009-12-31"), 468, False),
        ],
        release={"date": "January 29, 2010", "lead": "today reported production for the December 2009 quarter and "
                 "the 2009 calendar year at its operations in Sonora, Mexico, summarized in the table below."},
        labels=("Ore mined", "Gold produced", "C1 cash cost"),
    ),
    Case(
        "'Six months to 30 June 2009' over two lines; tailings retreated, and the dumps it came from",
        """Operating statistics - Mkoba Tailings Retreatment Plant

                                      June       May     Six months to
                                      2009      2009      30 June 2009
Tailings retreated (t)              61,840    58,210         352,460
  from Mkoba No. 2 dump (t)         48,900    58,210         299,760
  from Mkoba No. 3 dump (t)         12,940         -          52,700
Head grade (g/t)                      0.86      0.91            0.88
""",
        [
            ("ore_processed_t", "Mkoba Tailings Retreatment Plant", ("2009-06-01", "2009-06-30"), 61840, False),
            ("ore_processed_t", "Mkoba Tailings Retreatment Plant", ("2009-05-01", "2009-05-31"), 58210, False),
            ("ore_processed_t", "Mkoba Tailings Retreatment Plant", H1_09, 352460, False),
            ("ore_processed_t", "Mkoba Tailings Retreatment Plant", ("2009-06-01", "2009-06-30"), 48900, False,
             "Mkoba No. 2 dump"),
            ("ore_processed_t", "Mkoba Tailings Retreatment Plant", ("2009-05-01", "2009-05-31"), 58210, False,
             "Mkoba No. 2 dump"),
            ("ore_processed_t", "Mkoba Tailings Retreatment Plant", H1_09, 299760, False, "Mkoba No. 2 dump"),
            ("ore_processed_t", "Mkoba Tailings Retreatment Plant", ("2009-06-01", "2009-06-30"), 12940, False,
             "Mkoba No. 3 dump"),
            ("ore_processed_t", "Mkoba Tailings Retreatment Plant", H1_09, 52700, False, "Mkoba No. 3 dump"),
            ("head_grade_g_t", "Mkoba Tailings Retreatment Plant", ("2009-06-01", "2009-06-30"), 0.86, False),
            ("head_grade_g_t", "Mkoba Tailings Retreatment Plant", ("2009-05-01", "2009-05-31"), 0.91, False),
            ("head_grade_g_t", "Mkoba Tailings Retreatment Plant", H1_09, 0.88, False),
        ],
        labels=("Tailings retreated", "dump", "Head grade"),
    ),
    Case(
        "kilograms beside ounces under each period; a toll-ore row; a caption naming 'Mt Kirkby' is no scale",
        """Processing - Mt Kirkby mill

                           H1 2009             H1 2008
                         kg        oz        kg        oz
Gold produced       1,050.3    33,768     935.4    30,074

                                      Unit     H1 2009     H1 2008
Ore processed - Company ore            t       498,700     471,200
Ore processed - toll ore (note 1)      t        62,300           -
""",
        [
            ("gold_produced_oz", "Mt Kirkby mill", H1_09, 33768, False),
            ("gold_produced_oz", "Mt Kirkby mill", H1_08, 30074, False),
            ("ore_processed_t", "Mt Kirkby mill", H1_09, 498700, False),     # (under the same heading)
            ("ore_processed_t", "Mt Kirkby mill", H1_08, 471200, False),
        ],
        labels=("Gold produced", "Company ore"),
    ),
    Case(
        "a unit column in metric tonnes ('TMS', 'g/TM'); 'Metallurgical' and 'Fine' name no site",
        """Jatunhuasi Mining Unit              Unit        2Q09       1Q09       1H09
Ore mined                           TMS      109,150    108,090    217,240
Head grade Au                       g/TM        4.46       4.31       4.39
Metallurgical recovery Au           %           92.1       91.7       91.9
Fine gold produced                  oz        14,320     13,680     28,000
""",
        [
            ("ore_mined_t", "Jatunhuasi Mining Unit", Q2_09, 109150, False),
            ("ore_mined_t", "Jatunhuasi Mining Unit", Q1_09, 108090, False),
            ("ore_mined_t", "Jatunhuasi Mining Unit", H1_09, 217240, False),
            ("head_grade_g_t", "Jatunhuasi Mining Unit", Q2_09, 4.46, False),
            ("head_grade_g_t", "Jatunhuasi Mining Unit", Q1_09, 4.31, False),
            ("head_grade_g_t", "Jatunhuasi Mining Unit", H1_09, 4.39, False),
            ("recovery_pct", "Jatunhuasi Mining Unit", Q2_09, 92.1, False),
            ("recovery_pct", "Jatunhuasi Mining Unit", Q1_09, 91.7, False),
            ("recovery_pct", "Jatunhuasi Mining Unit", H1_09, 91.9, False),
            ("gold_produced_oz", "Jatunhuasi Mining Unit", Q2_09, 14320, False),
            ("gold_produced_oz", "Jatunhuasi Mining Unit", Q1_09, 13680, False),
            ("gold_produced_oz", "Jatunhuasi Mining Unit", H1_09, 28000, False),
        ],
        labels=("Ore mined", "Head grade", "recovery", "Fine gold"),
    ),
    Case(
        "sites listed by bare name under a section row naming the metric, three-line period headers",
        """PRODUCTION AND COST SUMMARY

                              Three months ended      Six months ended
                            June 30,    June 30,    June 30,    June 30,
                                2009        2008        2009        2008
Gold produced (oz)
  Dog Lake                    41,260      38,905     118,430     112,870
  Spruce Creek                27,815      29,460      84,120      88,390
Gold sold (oz)                87,120      85,310     255,980     247,215
""",
        [
            ("gold_produced_oz", "Dog Lake", Q2_09, 41260, False),
            ("gold_produced_oz", "Dog Lake", Q2_08, 38905, False),
            ("gold_produced_oz", "Dog Lake", H1_09, 118430, False),
            ("gold_produced_oz", "Dog Lake", H1_08, 112870, False),
            ("gold_produced_oz", "Spruce Creek", Q2_09, 27815, False),
            ("gold_produced_oz", "Spruce Creek", Q2_08, 29460, False),
            ("gold_produced_oz", "Spruce Creek", H1_09, 84120, False),
            ("gold_produced_oz", "Spruce Creek", H1_08, 88390, False),
            ("gold_sold_oz", ACME, Q2_09, 87120, False),
            ("gold_sold_oz", ACME, Q2_08, 85310, False),
            ("gold_sold_oz", ACME, H1_09, 255980, False),
            ("gold_sold_oz", ACME, H1_08, 247215, False),
        ],
        labels=("Dog Lake", "Spruce Creek", "Gold sold"),
    ),
    Case(
        "a guidance table under its heading: the paragraph above the heading is no caption; ranges give nothing",
        """Las Palomas mined 1.05 million tonnes of ore and had a record quarter following the commissioning of the
secondary crusher in June.

2009 GUIDANCE

                              Previous               Current
Gold production (oz)
  Dog Lake            155,000 - 165,000               160,000
  Spruce Creek        115,000 - 125,000     110,000 - 115,000
  Total               340,000 - 365,000               345,000
Cash costs ($/oz sold)        700 - 750                   715
""",
        [
            ("gold_produced_oz", "Dog Lake", ("2009-01-01", "2009-12-31"), 160000, True),
            ("gold_produced_oz", ACME, ("2009-01-01", "2009-12-31"), 345000, True),
            ("cash_cost_per_oz", ACME, ("2009-01-01", "2009-12-31"), 715, True),
        ],
        labels=("Dog Lake", "Total", "Cash costs"),
    ),
    Case(
        "a guidance table of 'Gold (oz)' and cost columns by mine; mines as columns with a co-product cost row",
        """2009 Guidance

Guidance for 2009 is unchanged:

                         Gold (oz)   By-product cash cost ($/oz Au)
Mesa del Toro      55,000 - 58,000                        540 - 570
La Candelilla               64,000                              410
Total                      182,000                        460 - 490

Second Quarter 2009 Operating Results

                                     Mesa del           La
                                         Toro   Candelilla      Total
Gold produced (oz)                     14,020       15,690     29,710
Cash cost, by-product ($/oz Au)           548          402        468
Cash cost, co-product ($/oz Au)           601          511        535
""",
        [
            ("gold_produced_oz", "La Candelilla", ("2009-01-01", "2009-12-31"), 64000, True),
            ("cash_cost_per_oz", "La Candelilla", ("2009-01-01", "2009-12-31"), 410, True),
            ("gold_produced_oz", ACME, ("2009-01-01", "2009-12-31"), 182000, True),
            ("gold_produced_oz", "Mesa del Toro", Q2_09, 14020, False),
            ("gold_produced_oz", "La Candelilla", Q2_09, 15690, False),
            ("gold_produced_oz", ACME, Q2_09, 29710, False),
            ("cash_cost_per_oz", "Mesa del Toro", Q2_09, 548, False),
            ("cash_cost_per_oz", "La Candelilla", Q2_09, 402, False),
            ("cash_cost_per_oz", ACME, Q2_09, 468, False),
        ],
        labels=("La Candelilla", "Total", "Gold produced", "by-product"),
    ),
    Case(
        "mines by bare name down a pipe table whose caption names the metric",
        """**Gold production (ounces)**

|                    | Q2 2009 | Q2 2008 |
|--------------------|---------|---------|
| Lac Albanel        | 33,850  | 30,410  |
| Fazenda Boa Vista  | 24,610  | 25,930  |
| Total              | 58,460  | 56,340  |
""",
        [
            ("gold_produced_oz", "Lac Albanel", Q2_09, 33850, False),
            ("gold_produced_oz", "Lac Albanel", Q2_08, 30410, False),
            ("gold_produced_oz", "Fazenda Boa Vista", Q2_09, 24610, False),
            ("gold_produced_oz", "Fazenda Boa Vista", Q2_08, 25930, False),
            ("gold_produced_oz", ACME, Q2_09, 58460, False),
            ("gold_produced_oz", ACME, Q2_08, 56340, False),
        ],
        labels=("Lac Albanel", "Fazenda Boa Vista", "Total"),
    ),
    Case(
        "a mine's heading, a paragraph about it, then its table; a 'Nine months' column gives nothing",
        """KISESA HILL MINE

The Kisesa Hill mine, an open pit feeding a 4,000 tonne-per-day carbon-in-leach plant, has operated since 2001.

                                  Q2 2009     Q2 2008    Nine months 2009
Ore milled (tonnes)                371,450     362,900        1,088,320
Gold produced (ounces)              25,340      26,070           75,150

NGUDU MINE

The Ngudu mine completed its second full quarter of commercial production.

                                  Q2 2009    Nine months 2009
Gold produced (ounces)              15,890           39,880
""",
        [
            ("ore_processed_t", "Kisesa Hill mine", Q2_09, 371450, False),
            ("ore_processed_t", "Kisesa Hill mine", Q2_08, 362900, False),
            ("gold_produced_oz", "Kisesa Hill mine", Q2_09, 25340, False),
            ("gold_produced_oz", "Kisesa Hill mine", Q2_08, 26070, False),
            ("gold_produced_oz", "Ngudu mine", Q2_09, 15890, False),
        ],
        labels=("Ore milled", "Gold produced"),
    ),
    Case(
        "a 'Six months 2009' column is the first half; a bare '(six months)' under 'H1 2009' adds nothing",
        """KISESA HILL MINE - OPERATING STATISTICS

The Kisesa Hill mine completed its second full year of commercial production.

                                  Q2 2009       Q2 2008     Six months 2009
Ore milled (tonnes)                371,450       362,900         726,300

                                  Q2 2009       H1 2009
                                             (six months)
Gold produced (ounces)              25,340        49,870
""",
        [
            ("ore_processed_t", "Kisesa Hill mine", Q2_09, 371450, False),
            ("ore_processed_t", "Kisesa Hill mine", Q2_08, 362900, False),
            ("ore_processed_t", "Kisesa Hill mine", H1_09, 726300, False),
            ("gold_produced_oz", "Kisesa Hill mine", Q2_09, 25340, False),
            ("gold_produced_oz", "Kisesa Hill mine", H1_09, 49870, False),
        ],
        labels=("Ore milled", "Gold produced"),
    ),
    Case(
        "a section row naming the metric and its scale ('Ore mined (\'000 t)') over a mine's total row",
        """Operating statistics

                                    Q2 2009    Q1 2009
Kulinda mine
Ore mined ('000 t)
   Total                              275.8      256.2
""",
        [
            ("ore_mined_t", "Kulinda mine", Q2_09, 275800, False),
            ("ore_mined_t", "Kulinda mine", Q1_09, 256200, False),
        ],
        labels=("Total",),
    ),
    Case(
        "month columns with two-digit years ('Jan 09    Feb 09'), the site from the lead",
        """Production

                       Apr 09     May 09     Jun 09
Ore milled (t)         36,550     34,120     40,330
Gold poured (oz)        4,102      3,871      4,560
""",
        [
            ("ore_processed_t", ACME, ("2009-04-01", "2009-04-30"), 36550, False),
            ("ore_processed_t", ACME, ("2009-05-01", "2009-05-31"), 34120, False),
            ("ore_processed_t", ACME, ("2009-06-01", "2009-06-30"), 40330, False),
            ("gold_poured_oz", ACME, ("2009-04-01", "2009-04-30"), 4102, False),
            ("gold_poured_oz", ACME, ("2009-05-01", "2009-05-31"), 3871, False),
            ("gold_poured_oz", ACME, ("2009-06-01", "2009-06-30"), 4560, False),
        ],
        labels=("Ore milled", "Gold poured"),
    ),
    Case(
        "a numbered heading names the operation over a paragraph about one of its pits and the table",
        """**1. MURRIN DOWNS GOLD OPERATION (100%)**

Murrin Downs had a strong quarter, with higher grades from the Stage 3 cutback in the Main pit.

                                  June 2009   March 2009    2008/09
                                    Quarter      Quarter       Year
Ore milled ('000 t)                   301.2        296.4    1,183.9
Gold produced (oz)                   15,996       15,008     61,263
""",
        [
            ("ore_processed_t", "MURRIN DOWNS OPERATION", Q2_09, 301200, False),
            ("ore_processed_t", "MURRIN DOWNS OPERATION", Q1_09, 296400, False),
            ("gold_produced_oz", "MURRIN DOWNS OPERATION", Q2_09, 15996, False),
            ("gold_produced_oz", "MURRIN DOWNS OPERATION", Q1_09, 15008, False),
            # ('2008/09 Year': the fiscal year, ending in June when the release does not say)
            ("ore_processed_t", "MURRIN DOWNS OPERATION", ("2008-07-01", "2009-06-30"), 1183900, False),
            ("gold_produced_oz", "MURRIN DOWNS OPERATION", ("2008-07-01", "2009-06-30"), 61263, False),
        ],
        labels=("Ore milled", "Gold produced"),
    ),
    Case(
        "labels wrapped onto a second line: a bilingual label ('Mineral tratado /' over 'Ore treated (t)'), a unit "
        "below its label ('Head grade' over '(g/t Au)'); crude (unrefined) ounces are no gold figure",
        """PLANTA LOS LOROS / LOS LOROS PLANT

                          Q2 2009    Q1 2009
Mineral tratado /
 Ore treated (t)           10,480      9,870
Ley / Head grade
 (g/t Au)                    8.33       7.64
Crude gold recovered (oz)   2,960      2,540
Oro producido /
 Gold produced (oz)         2,499      2,131
""",
        [
            ("ore_processed_t", "LOS LOROS PLANT", Q2_09, 10480, False),
            ("ore_processed_t", "LOS LOROS PLANT", Q1_09, 9870, False),
            ("head_grade_g_t", "LOS LOROS PLANT", Q2_09, 8.33, False),
            ("head_grade_g_t", "LOS LOROS PLANT", Q1_09, 7.64, False),
            ("gold_produced_oz", "LOS LOROS PLANT", Q2_09, 2499, False),
            ("gold_produced_oz", "LOS LOROS PLANT", Q1_09, 2131, False),
        ],
        labels=("Ore treated", "Head grade", "Gold produced"),
    ),
    Case(
        "a mill fed by two mines, named in the lead, is the site of an unlabelled table",
        """Mill performance

                                   June 2009        May 2009
Ore processed (tonnes)                   41,260           38,115
Gold produced (ounces)                    8,412            7,488
""",
        [
            ("ore_processed_t", "El Toco mill", ("2009-06-01", "2009-06-30"), 41260, False),
            ("ore_processed_t", "El Toco mill", ("2009-05-01", "2009-05-31"), 38115, False),
            ("gold_produced_oz", "El Toco mill", ("2009-06-01", "2009-06-30"), 8412, False),
            ("gold_produced_oz", "El Toco mill", ("2009-05-01", "2009-05-31"), 7488, False),
        ],
        labels=("Ore processed", "Gold produced"),
        release={"lead": "is pleased to report record gold production for June 2009 at its El Toco mill near El "
                         "Callao, Venezuela. The mill treats ore from the Company's Las Brisas underground mine and "
                         "from the Guarataro open pit."},
    ),    Case(
        "a wire service's '<<' '>>' fences; a mill's feed by source: each mine's row is the mill's feed from it, the "
        "total the mill's",
        """<<
                    EL TOCO MILL - MONTHLY RESULTS

                               June 2009    May 2009
Ore processed (tonnes)           118,640     109,315
Gold produced (oz)                14,208      12,702

                        MILL FEED BY SOURCE - JUNE 2009

Source                     Tonnes    Grade (g/t)    Gold produced (oz)
Las Brisas mine            52,310       6.12              9,402
Guarataro pit              66,330       2.51              4,806
Total                     118,640       4.07             14,208
>>
""",
        [
            ("ore_processed_t", "El Toco mill", ("2009-06-01", "2009-06-30"), 118640, False),
            ("ore_processed_t", "El Toco mill", ("2009-05-01", "2009-05-31"), 109315, False),
            ("gold_produced_oz", "El Toco mill", ("2009-06-01", "2009-06-30"), 14208, False),
            ("gold_produced_oz", "El Toco mill", ("2009-05-01", "2009-05-31"), 12702, False),
            ("ore_processed_t", "El Toco mill", ("2009-06-01", "2009-06-30"), 52310, False, "Las Brisas mine"),
            ("head_grade_g_t", "El Toco mill", ("2009-06-01", "2009-06-30"), 6.12, False, "Las Brisas mine"),
            ("gold_produced_oz", "El Toco mill", ("2009-06-01", "2009-06-30"), 9402, False, "Las Brisas mine"),
            ("ore_processed_t", "El Toco mill", ("2009-06-01", "2009-06-30"), 66330, False, "Guarataro pit"),
            ("head_grade_g_t", "El Toco mill", ("2009-06-01", "2009-06-30"), 2.51, False, "Guarataro pit"),
            ("gold_produced_oz", "El Toco mill", ("2009-06-01", "2009-06-30"), 4806, False, "Guarataro pit"),
            ("head_grade_g_t", "El Toco mill", ("2009-06-01", "2009-06-30"), 4.07, False),
        ],
        labels=("Ore processed", "Gold produced", "Las Brisas", "Guarataro", "Total"),
        release={"lead": "is pleased to report production for June 2009 at its El Toco mill, which treats ore from "
                         "the Las Brisas mine and the Guarataro pit."},
    ),    Case(
        "a column of units beside the labels: kilograms are no ounces",
        """OPERATING RESULTS

                                    Quarter ended      Quarter ended
                                    30 Jun 2009        31 Mar 2009
Total operations
  Ore milled              (t)          518 200            513 000
  Gold produced          (kg)            3 058              3 021
  Gold produced          (oz)           98 317             97 127
""",
        [
            ("ore_processed_t", ACME, Q2_09, 518200, False),
            ("ore_processed_t", ACME, Q1_09, 513000, False),
            ("gold_produced_oz", ACME, Q2_09, 98317, False),
            ("gold_produced_oz", ACME, Q1_09, 97127, False),
        ],
        labels=("Ore milled", "Gold produced"),
    ),
    Case(
        "columns of bare years under a caption of fiscal years ended September 30",
        """OPERATING STATISTICS - fiscal years ended September 30

                                  2009         2008
Ore milled (tonnes)            402,600      389,100
Gold produced (ounces)          75,880       77,470
""",
        [
            ("ore_processed_t", ACME, ("2008-10-01", "2009-09-30"), 402600, False),
            ("ore_processed_t", ACME, ("2007-10-01", "2008-09-30"), 389100, False),
            ("gold_produced_oz", ACME, ("2008-10-01", "2009-09-30"), 75880, False),
            ("gold_produced_oz", ACME, ("2007-10-01", "2008-09-30"), 77470, False),
        ],
        labels=("Ore milled", "Gold produced"),
        release={"date": "December 8, 2009"},
    ),
]

CASES += [
    Case(
        "sites as columns, calendar halves as sections of rows (a fiscal year ending in June)",
        """PRODUCTION BY OPERATION
                               Wren Creek        Kaimai         Group
H1 CY2009 (Jan - Jun 2009)
  Ore processed (kt)                     388.4        152.7        541.1
  Gold produced (koz)                     23.2         13.8         37.0
H2 CY2008 (Jul - Dec 2008)
  Ore processed (kt)                     395.1        176.0        571.1
  Gold produced (koz)                     23.1         18.0         41.1
""",
        [
            ("ore_processed_t", "Wren Creek mine", H1_09, 388400, False),
            ("ore_processed_t", "Kaimai mine", H1_09, 152700, False),
            ("ore_processed_t", ACME, H1_09, 541100, False),
            ("gold_produced_oz", "Wren Creek mine", H1_09, 23200, False),
            ("gold_produced_oz", "Kaimai mine", H1_09, 13800, False),
            ("gold_produced_oz", ACME, H1_09, 37000, False),
            ("ore_processed_t", "Wren Creek mine", ("2008-07-01", "2008-12-31"), 395100, False),
            ("ore_processed_t", "Kaimai mine", ("2008-07-01", "2008-12-31"), 176000, False),
            ("ore_processed_t", ACME, ("2008-07-01", "2008-12-31"), 571100, False),
            ("gold_produced_oz", "Wren Creek mine", ("2008-07-01", "2008-12-31"), 23100, False),
            ("gold_produced_oz", "Kaimai mine", ("2008-07-01", "2008-12-31"), 18000, False),
            ("gold_produced_oz", ACME, ("2008-07-01", "2008-12-31"), 41100, False),
        ],
        ("Ore processed", "Gold produced"),
        release={"lead": "today reported production from its Wren Creek mine and Kaimai mine on the West Coast, "
                         "whose financial year ends on 30 June, for the half year to 30 June 2009."},
    ),
]

CASES += [
    Case(
        "a mine's table beside prose about one of its pits (the pit is no fuller name of the mine)",
        """Wren Gold Mine (100% basis)

                       Q2 2009   Q1 2009
Ore mined (kt)             612       586
Gold produced (oz)      30,020    28,140

Mining in the quarter focused on the Wren Main pit, where the Stage 2 cut-back reached fresh ore in May. Mine
production averaged 6,022 tonnes per day.
""",
        [
            ("ore_mined_t", "Wren Mine", Q2_09, 612000, False),
            ("ore_mined_t", "Wren Mine", Q1_09, 586000, False),
            ("gold_produced_oz", "Wren Mine", Q2_09, 30020, False),
            ("gold_produced_oz", "Wren Mine", Q1_09, 28140, False),
        ],
        ("Ore mined", "Gold produced"),
    ),
]

CASES += [
    Case(
        "a numbered heading in capitals names the site of the table under it",
        """1. OPERATING RESULTS - WREN MINING UNIT

Key figures                       2Q09      1Q09
Ore treated (TMS)               84,620    81,350
Gold produced (oz)              10,774     9,888

At the Wren Mining Unit, the higher production is explained by the grade of the stopes on Level 4210.
""",
        [
            ("ore_processed_t", "Wren Mining Unit", Q2_09, 84620, False),
            ("ore_processed_t", "Wren Mining Unit", Q1_09, 81350, False),
            ("gold_produced_oz", "Wren Mining Unit", Q2_09, 10774, False),
            ("gold_produced_oz", "Wren Mining Unit", Q1_09, 9888, False),
        ],
        ("Ore treated", "Gold produced"),
    ),
]

CASES += [
    Case(
        "a mine's section and its mill's section (the mill's name is no tonnes milled)",
        """Operating statistics

                                    Q2 2009    Q1 2009
Kulinda mine
   Ore mined ('000 t)                 275.8      256.2
Kulinda mill
   Ore processed ('000 t)             262.1      255.7
   Gold produced (oz)                24,980     23,150
""",
        [
            ("ore_mined_t", "Kulinda mine", Q2_09, 275800, False),
            ("ore_mined_t", "Kulinda mine", Q1_09, 256200, False),
            ("ore_processed_t", "Kulinda mill", Q2_09, 262100, False),
            ("ore_processed_t", "Kulinda mill", Q1_09, 255700, False),
            ("gold_produced_oz", "Kulinda mill", Q2_09, 24980, False),
            ("gold_produced_oz", "Kulinda mill", Q1_09, 23150, False),
        ],
        ("Ore mined", "Ore processed", "Gold produced"),
    ),
]

CASES += [
    Case(
        "periods over a line of units, sites down the rows, a production caption",
        """GROUP PRODUCTION

Operation               Q2 2009      Q1 2009     Q2 2009 AISC
                         (koz)        (koz)          (A$/oz)
Ghost Rock               118.4        109.7            1,018
Dalgonally                61.7         44.3            1,251
Group                    180.1        154.0            1,142
""",
        [
            ("gold_produced_oz", "Ghost Rock", Q2_09, 118400, False),
            ("gold_produced_oz", "Ghost Rock", Q1_09, 109700, False),
            ("gold_produced_oz", "Dalgonally", Q2_09, 61700, False),
            ("gold_produced_oz", "Dalgonally", Q1_09, 44300, False),
            ("gold_produced_oz", ACME, Q2_09, 180100, False),
            ("gold_produced_oz", ACME, Q1_09, 154000, False),
        ],
        ("Ghost Rock", "Dalgonally", "Group"),
    ),
]

CASES += [
    Case(
        "a mill's feed split by source in indented rows, stockpiles among them",
        """WREN CIL PLANT                               Q2 2009         Q1 2009
Ore milled (t)                                  131,760         126,940
  Finch open pit (t)                             92,110          90,450
  Low-grade stockpiles (t)                       18,450          16,360
""",
        [
            ("ore_processed_t", "Wren CIL plant", Q2_09, 131760, False),
            ("ore_processed_t", "Wren CIL plant", Q1_09, 126940, False),
            ("ore_processed_t", "Wren CIL plant", Q2_09, 92110, False, "Finch open pit"),
            ("ore_processed_t", "Wren CIL plant", Q1_09, 90450, False, "Finch open pit"),
            ("ore_processed_t", "Wren CIL plant", Q2_09, 18450, False, "low-grade stockpiles"),
            ("ore_processed_t", "Wren CIL plant", Q1_09, 16360, False, "low-grade stockpiles"),
        ],
        ("Ore milled", "Finch open pit", "Low-grade stockpiles"),
        release={"lead": "today reported production from its Wren CIL plant, fed from the Finch open pit and "
                         "stockpiles."},
    ),
]

CASES += [
    Case(
        "the issuer's attributable share in a section under the mine's 100% rows",
        """Wapi River Gold Mine (100% basis)   Q2 2009   Q1 2009
Gold poured (oz)                      18,410    17,905
Attributable to Acme (80%)
Gold poured (oz)                      14,728    14,324
""",
        [
            ("gold_poured_oz", "Wapi River Mine", Q2_09, 18410, False),
            ("gold_poured_oz", "Wapi River Mine", Q1_09, 17905, False),
            ("gold_poured_oz", ACME, Q2_09, 14728, False),
            ("gold_poured_oz", ACME, Q1_09, 14324, False),
        ],
        ("Gold poured",),
    ),
]

CASES += [
    Case(
        "UG and OP after a mine's name",
        """                            Q2 2009      Q1 2009
Ore mined - Werrina OP      215,600      198,300
Ore mined - Bluewater UG     38,450       35,120
""",
        [
            ("ore_mined_t", "Werrina open pit", Q2_09, 215600, False),
            ("ore_mined_t", "Werrina open pit", Q1_09, 198300, False),
            ("ore_mined_t", "Bluewater underground mine", Q2_09, 38450, False),
            ("ore_mined_t", "Bluewater underground mine", Q1_09, 35120, False),
        ],
        ("Ore mined",),
    ),
]

CASES += [
    Case(
        "ore treated for third parties beside the company's own ore",
        """Wren Mining Unit                    Unit        2Q09       1Q09
Ore treated - Company ore           TMS      108,420    107,650
Ore treated - third parties (1)     TMS       12,600      9,850
""",
        [
            ("ore_processed_t", "Wren Mining Unit", Q2_09, 108420, False),
            ("ore_processed_t", "Wren Mining Unit", Q1_09, 107650, False),
        ],
        ("Company ore",),
    ),
]

CASES += [
    Case(
        "periods down the rows ('Q3 2009'), a heap leach's ore and grade placed, kg (oz) cells",
        """Table 1: Kumsai heap leach operation - production summary

               Ore mined   Ore placed    Grade placed   Gold recovered   Gold poured
               (t)         on pads (t)   (g/t)          kg (oz)          (oz)
Q2 2009        612,400       598,100        1.04          384 (12,346)    11,980
Q1 2009        577,900       560,300        0.98          331 (10,642)    10,910
Q2 2008        498,200       490,600        1.11          312 (10,031)    10,204
""",
        [
            ("gold_recovered_oz", "Kumsai heap leach operation", Q2_09, 12346, False),
            ("gold_recovered_oz", "Kumsai heap leach operation", Q1_09, 10642, False),
            ("gold_recovered_oz", "Kumsai heap leach operation", Q2_08, 10031, False),
            ("ore_mined_t", "Kumsai heap leach operation", Q2_09, 612400, False),
            ("ore_mined_t", "Kumsai heap leach operation", Q1_09, 577900, False),
            ("ore_mined_t", "Kumsai heap leach operation", Q2_08, 498200, False),
            ("gold_poured_oz", "Kumsai heap leach operation", Q2_09, 11980, False),
            ("gold_poured_oz", "Kumsai heap leach operation", Q1_09, 10910, False),
            ("gold_poured_oz", "Kumsai heap leach operation", Q2_08, 10204, False),
            ("ore_processed_t", "Kumsai heap leach operation", Q2_09, 598100, False),
            ("ore_processed_t", "Kumsai heap leach operation", Q1_09, 560300, False),
            ("ore_processed_t", "Kumsai heap leach operation", Q2_08, 490600, False),
            ("head_grade_g_t", "Kumsai heap leach operation", Q2_09, 1.04, False),
            ("head_grade_g_t", "Kumsai heap leach operation", Q1_09, 0.98, False),
            ("head_grade_g_t", "Kumsai heap leach operation", Q2_08, 1.11, False),
        ],
        ("Q2 2009", "Q1 2009", "Q2 2008"),
    ),
]

CASES += [
    Case(
        "'Surface Operations' among the mines of a table is a site, not a part of one",
        """                      Q2 2009     Q1 2009
Gold produced (oz)
Doornhoek Mine         219 290     210 100
Surface Operations      31 527      30 210
""",
        [
            ("gold_produced_oz", "Doornhoek Mine", Q2_09, 219290, False),
            ("gold_produced_oz", "Doornhoek Mine", Q1_09, 210100, False),
            ("gold_produced_oz", "Surface Operations", Q2_09, 31527, False),
            ("gold_produced_oz", "Surface Operations", Q1_09, 30210, False),
        ],
        ("Doornhoek Mine", "Surface Operations"),
    ),
]


def _key(f):
    return (f.metric, f.site, (f.period_start.isoformat(), f.period_end.isoformat()), float(f.value),
            f.is_guidance, f.ore_source)


def _expected_key(t):
    metric, site, (start, end), value, guidance = t[:5]
    return (metric, site, (start, end), float(value), guidance, t[5] if len(t) > 5 else None)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_table_layouts(case: Case):
    text = release(case.body, **case.release)
    doc, facts, parsed = parse_tables(text)
    got = sorted((_key(f) for f in facts), key=repr)
    want = sorted((_expected_key(t) for t in case.facts), key=repr)
    assert got == want
    for f in facts:
        assert f.unit == {"t": "t", "oz": "oz"}.get(f.unit, f.unit)
        assert f.evidence.extractor == "production.table"
        row = text[f.evidence.start:f.evidence.end]
        # (a label wrapped onto a second line spans both)
        assert ("\n" not in row or not any(ch.isdigit() for ch in row.split("\n")[0])) and any(
            label in row for label in case.labels), row
        assert f.evidence.text == " ".join(row.replace("*", "").split())     # emphasis marks are cleaned away
        if doc.clean.text == text:
            assert doc.clean.text[f.evidence.start:f.evidence.end] == row
    # the table facts reach the parsed release (nothing else there claims the same key; a site set in capitals is
    # then named as the prose writes it)
    def folded(k):
        return (k[0], k[1].lower(), *k[2:])
    merged = {folded(_key(f)) for f in parsed.production}
    assert all(folded(k) in merged for k in got)


def test_evidence_points_at_the_row_in_clean_text():
    body = """                         Q2 2009      Q2 2008
Gold produced (oz)        22,870       26,530
Gold sold (oz)            22,140       26,915
"""
    doc, facts, _ = parse_tables(release(body))
    assert len(facts) == 4
    for f in facts:
        label = "Gold produced" if f.metric == "gold_produced_oz" else "Gold sold"
        start = doc.clean.text.index(label)
        assert doc.clean.raw_span(start, start + len(label))[0] == f.evidence.start
        assert label in doc.clean.text[f.evidence.start:f.evidence.end]


def test_release_without_tables_is_cheap_and_empty():
    text = release("Gold production in the quarter was 22,870 ounces at the Cerro Azul mine.")
    doc, facts, _ = parse_tables(text)
    assert facts == []


def test_a_highlight_without_a_site_repeats_the_tables_named_row():
    body = ("Second Quarter 2009 Highlights\n\n- Gold production of 22,870 ounces in the second quarter of 2009\n\n"
            "                         Q2 2009\nSixteenmile Project\n  Gold produced (oz)      22,870\n"
            "  Head grade (g/t)         2.61\n")
    _, _, parsed = parse_tables(release(body))
    assert {(f.site, f.metric, f.value) for f in parsed.production} == {
        ("Sixteenmile Project", "gold_produced_oz", 22870), ("Sixteenmile Project", "head_grade_g_t", 2.61)}


@pytest.mark.parametrize("legend", ["All figures relate to the Sixteenmile mill.",
                                    "The figures above are for the Sixteenmile mill."])
def test_a_note_under_a_table_naming_no_site_gives_the_site(legend):
    body = ("                         Q2 2009     H1 2009\n  Gold produced (oz)      22,870      41,300\n"
            f"  Head grade (g/t)          2.61        2.55\n\n{legend} Costs were in line with the budget.\n")
    _, _, parsed = parse_tables(release(body, lead="today reported production for the second quarter of 2009."))
    assert {f.site for f in parsed.production} == {"Sixteenmile mill"}


def test_the_one_site_of_the_paragraph_introducing_a_table_is_its_site():
    body = ("The Sixteenmile mine had a steadier quarter after the shaft repairs. Key operating statistics are set "
            "out below:\n\n                         Q2 2009     Q1 2009\n  Gold produced (oz)      22,870      "
            "20,100\n  Head grade (g/t)          2.61        2.55\n")
    _, _, parsed = parse_tables(release(body, lead="today reported production for the second quarter of 2009."))
    assert {f.site for f in parsed.production} == {"Sixteenmile mine"}
    consolidated = body.replace("Key operating", "Consolidated operating")
    _, _, parsed = parse_tables(release(consolidated, lead="today reported production for the second quarter of 2009."))
    assert "Sixteenmile mine" not in {f.site for f in parsed.production if f.metric == "head_grade_g_t"}


def test_a_site_set_in_capitals_without_its_accents_is_named_as_the_prose_writes_it():
    body = ("The Company operates the Lac Sauvage and Rivière-Noire mines in Quebec.\n\n    RIVIERE-NOIRE MINE\n"
            "                         Q2 2009     Q1 2009\n  Gold produced (oz)      22,870      20,100\n")
    _, _, parsed = parse_tables(release(body, lead="today reported production for the second quarter of 2009."))
    assert {f.site for f in parsed.production} == {"Rivière-Noire mine"}


def test_sites_side_by_side_over_their_own_metric_columns():
    body = ("Monthly production\n\n"
            "                     Nyakafuru                            Kibira Hills\n"
            "              Ore milled    Grade   Gold poured    Ore milled    Grade   Gold poured\n"
            "                     (t)    (g/t)          (oz)           (t)    (g/t)          (oz)\n"
            "May               48,120     3.62         5,140        31,400     2.95         2,760\n"
            "June              44,960     3.81         5,080        29,850     3.02         2,690\n")
    _, _, parsed = parse_tables(release(body, lead="today reported production from the Nyakafuru mine and the Kibira "
                                                   "Hills mine for May 2009."))
    facts = {(f.site, f.metric, f.value) for f in parsed.production if f.period_start == date(2009, 5, 1)}
    assert facts == {("Nyakafuru mine", "ore_processed_t", 48120), ("Nyakafuru mine", "head_grade_g_t", 3.62),
                     ("Nyakafuru mine", "gold_poured_oz", 5140), ("Kibira Hills mine", "ore_processed_t", 31400),
                     ("Kibira Hills mine", "head_grade_g_t", 2.95), ("Kibira Hills mine", "gold_poured_oz", 2760)}


def test_a_section_of_the_work_names_no_site():
    body = ("                       Unit   Apr-09   May-09\nMining\nOre mined              t      38,410   41,260\n"
            "Haulage\nOre hauled to Kookynie t      36,900   39,450\nToll treatment - Kookynie Custom Mill\n"
            "Ore milled             t      35,200   38,950\n")
    _, _, parsed = parse_tables(release(body))
    assert "Haulage" not in {f.site for f in parsed.production}


def test_an_attributable_total_column_is_the_companys():
    text = ("Kestrel Gold Reports Fourth Quarter 2011 Results\n\nDENVER, Colorado, Feb. 18, 2012 -- Kestrel Gold Corp. "
            "(TSX: KGC) reports results for the fourth quarter of 2011 from the Rainy Hollow mine and the Cassidy "
            "Creek mine.\n\n| Q4 2011 | Rainy Hollow | Cassidy Creek | Attributable total |\n|---|---|---|---|\n"
            "| Gold produced (koz) | 56.4 | 62.4 | 93.8 |\n\nThe Company expects to produce more gold in 2012.\n")
    facts = {(f.site, f.value) for f in parse(text).production}
    assert ("Kestrel Gold Corp.", 93_800) in facts


def test_spanish_quarter_and_half_columns_and_ore_rows_by_source():
    text = ("COMPANIA MINERA KESTREL S.A.A.\n\nLima, 26 de julio de 2018\n\nRef.: HECHO DE IMPORTANCIA\n\n"
            "Compania Minera Kestrel S.A.A. (the \"Company\") informs the market of the operating results of its "
            "Ccorihuayta plant, which treats ore from the Chuquichaca Mining Unit, for the second quarter of 2018.\n\n"
            "Ccorihuayta plant                  2T18      1T18      1S18\n"
            "Ore treated (TMS)                63,950    59,880   123,830\n"
            "  Chuquichaca ore                40,960    38,770    79,730\n"
            "  Purchased ore                   5,160     3,690     8,850\n"
            "Gold produced (oz)               13,670    12,640    26,310\n")
    facts = {(f.ore_source, f.period_start, f.period_grain, f.value) for f in parse(text).production
             if f.metric == "ore_processed_t"}
    assert (None, date(2018, 1, 1), "quarter", 59_880) in facts and (None, date(2018, 1, 1), "half", 123_830) in facts
    assert ("Chuquichaca Mining Unit", date(2018, 4, 1), "quarter", 40_960) in facts
    assert ("Purchased ore", date(2018, 4, 1), "quarter", 5_160) in facts


def test_a_numbered_mine_production_section_in_dry_tonnes_is_each_mining_units_ore_mined():
    text = ("COMPANIA MINERA KESTREL S.A.A.\n\nLima, 26 de julio de 2018\n\nRef.: HECHO DE IMPORTANCIA\n\n"
            "Compania Minera Kestrel S.A.A. (the \"Company\") informs the market of the operating results of its "
            "Chuquichaca Mining Unit and its Soraccocha Mining Unit for the second quarter of 2018.\n\n"
            "1. Mine production (TMS)            2T18      1T18\n"
            "   UM Chuquichaca                 41,820    39,460\n"
            "   UM Soraccocha                  18,240    17,910\n")
    facts = {(f.site, f.metric, f.period_start, f.value) for f in parse(text).production}
    assert facts == {("Chuquichaca Mining Unit", "ore_mined_t", date(2018, 4, 1), 41_820),
                     ("Chuquichaca Mining Unit", "ore_mined_t", date(2018, 1, 1), 39_460),
                     ("Soraccocha Mining Unit", "ore_mined_t", date(2018, 4, 1), 18_240),
                     ("Soraccocha Mining Unit", "ore_mined_t", date(2018, 1, 1), 17_910)}


def test_rows_naming_their_pit_before_the_ore_and_a_bare_underground():
    text = release("The Company mines the Kurli Kurli open pit and the Gurdigar Well and Castle underground mines.\n\n"
                   "                               Sep Qtr    Jun Qtr\n"
                   "                                  2011       2011\n"
                   "MINING\n"
                   "Kurli Kurli OP - ore (t)      412,800    398,500\n"
                   "Gurdigar Well UG - ore (t)     62,400     58,100\n"
                   "Ore mined - Castle underground (t)  8,400   6,190\n", date="October 26, 2011")
    facts = {(f.site, f.metric, f.period_start, f.value) for f in parse(text).production}
    assert facts == {("Kurli Kurli open pit", "ore_mined_t", date(2011, 7, 1), 412_800),
                     ("Kurli Kurli open pit", "ore_mined_t", date(2011, 4, 1), 398_500),
                     ("Gurdigar Well underground mine", "ore_mined_t", date(2011, 7, 1), 62_400),
                     ("Gurdigar Well underground mine", "ore_mined_t", date(2011, 4, 1), 58_100),
                     ("Castle underground mine", "ore_mined_t", date(2011, 7, 1), 8_400),
                     ("Castle underground mine", "ore_mined_t", date(2011, 4, 1), 6_190)}


def test_a_bare_half_year_column_is_the_half_to_its_latest_quarter():
    text = release("The Company's financial year ends on 30 June.\n\n"
                   "                                 Jun Qtr      Mar Qtr    Half-year\n"
                   "                                    2011         2011         2011\n"
                   "WREN MILL\n"
                   "  Ore milled (t)                 226,880      187,450      414,330\n"
                   "  Gold produced (oz)              16,232       12,474       28,706\n", date="July 27, 2011")
    facts = {(f.metric, f.period_start, f.period_end, f.period_grain, f.value) for f in parse(text).production}
    assert ("ore_processed_t", date(2011, 1, 1), date(2011, 6, 30), "half", 414_330) in facts
    assert ("gold_produced_oz", date(2011, 1, 1), date(2011, 6, 30), "half", 28_706) in facts
    assert ("gold_produced_oz", date(2011, 1, 1), date(2011, 3, 31), "quarter", 12_474) in facts


def test_a_hubs_section_gives_each_mine_its_ore_mined_and_the_hubs_plant_its_processing():
    text = release("The Akbulak hub comprises the Akbulak open pit, the Karatas underground mine and the 2.8 Mtpa "
                   "Akbulak CIP plant.\n\n"
                   "                              Q2 2009   Q2 2008   Change\n"
                   "Akbulak hub\n"
                   "Ore mined, kt\n"
                   "  Akbulak open pit              842.6     798.1      +6%\n"
                   "  Karatas underground           112.4      94.7     +19%\n"
                   "Ore processed, kt               701.9     688.3      +2%\n"
                   "Gold produced, koz               54.5      50.5      +8%\n\n"
                   "In the third quarter, the Akbulak CIP plant is expected to process around 720 kt of ore.\n")
    facts = {(f.site, f.metric, f.value) for f in parse(text).production if f.period_start.year == 2009}
    assert {("Akbulak open pit", "ore_mined_t", 842_600), ("Karatas underground mine", "ore_mined_t", 112_400),
            ("Akbulak CIP plant", "ore_processed_t", 701_900),
            ("Akbulak CIP plant", "gold_produced_oz", 54_500)} <= facts


def test_a_highlight_repeating_a_sites_table_figure_without_its_site_is_no_second_fact():
    text = release("Highlights\n\n- Gold sold of 23,760 oz in the June 2009 quarter at A$2,088/oz\n\n"
                   "                                Q2 2009    Q1 2009\n"
                   "Wren mine\n"
                   "Gold produced (oz)               24,120     22,870\n"
                   "Gold sold (oz)                   23,760     22,410\n")
    facts = [(f.site, f.value) for f in parse(text).production if f.metric == "gold_sold_oz"]
    assert sorted(facts) == [("Wren mine", 22_410), ("Wren mine", 23_760)]


def test_prose_repeating_a_sites_table_figure_under_a_place_it_names_for_something_else_is_no_second_fact():
    text = release("Head grade of 1.94 g/t in the June 2009 quarter was in line with the plan as mining moved "
                   "into the Tuna South pit.\n\n"
                   "                                Q2 2009    Q1 2009\n"
                   "Wren mine\n"
                   "Ore processed (tonnes)          640,210    598,330\n"
                   "Head grade (g/t)                   1.94       1.81\n")
    facts = [(f.site, f.value) for f in parse(text).production if f.metric == "head_grade_g_t"]
    assert sorted(facts) == [("Wren mine", 1.81), ("Wren mine", 1.94)]


def test_a_markdown_heading_row_with_one_cell_over_each_pair_of_columns():
    text = release("Wren Mine - Operating Statistics\n\n"
                   "|                    | Three months ended June 30 | Six months ended June 30 |\n"
                   "|                    |   2009   |   2008   |   2009    |   2008    |\n"
                   "|--------------------|----------|----------|-----------|-----------|\n"
                   "| Gold produced (oz) |  36,842  |  31,911  |   71,038  |   63,720  |\n")
    facts = sorted((f.period_start.isoformat(), f.period_end.isoformat(), f.value) for f in parse(text).production)
    assert facts == [("2008-01-01", "2008-06-30", 63_720), ("2008-04-01", "2008-06-30", 31_911),
                     ("2009-01-01", "2009-06-30", 71_038), ("2009-04-01", "2009-06-30", 36_842)]


def test_a_metric_row_naming_its_site_after_a_dash():
    text = release("The Karatas concentrator processed 902 kt of ore in the June 2009 quarter.\n\n"
                   "                                      Q2 2009   Q2 2008\n"
                   "  Head grade - Karatas (g/t Au)          1.62      1.58\n"
                   "  Gold recovery - Karatas (%)            76.9      76.4\n")
    facts = sorted((f.site, f.metric, f.value) for f in parse(text).production if f.metric != "ore_processed_t")
    assert facts == [("Karatas concentrator", "head_grade_g_t", 1.58), ("Karatas concentrator", "head_grade_g_t", 1.62),
                     ("Karatas concentrator", "recovery_pct", 76.4), ("Karatas concentrator", "recovery_pct", 76.9)]


def test_sites_indented_under_a_gold_row_are_each_sites_part():
    text = release("                                      Q2 2009   Q2 2008\n"
                   "  Gold produced (koz)                    49.6      46.2\n"
                   "    Karatas concentrator                 36.1      34.3\n"
                   "    Zhelezny heap leach                  13.5      11.9\n")
    facts = sorted((f.site, f.value) for f in parse(text).production if f.period_start == date(2009, 4, 1))
    assert facts == [("Acme Gold Corp.", 49_600), ("Karatas concentrator", 36_100), ("Zhelezny heap leach", 13_500)]


def test_a_milled_row_split_by_dashed_sources_under_a_caption_naming_the_mine():
    # the South African layout: a bare 'Tonnes milled ('000 t)' over '- underground', '- surface sources' and '- total'
    # under the caption's mine; its thousands are of tonnes, not of the ounces of the row below
    text = release("OPERATING STATISTICS - WREN MINE\n\n"
                   "                                         Quarter ended   Quarter ended\n"
                   "                                           30 Jun 2009     31 Mar 2009\n"
                   "Tonnes milled ('000 t)\n"
                   "   - underground                                   612             640\n"
                   "   - surface sources                               148             131\n"
                   "   - total                                         760             771\n"
                   "Gold produced (oz)                              79,991          82,338\n")
    facts = sorted((f.site.lower(), f.ore_source or "", f.metric, f.value) for f in parse(text).production
                   if f.period_start == date(2009, 4, 1))
    assert facts == [("wren mine", "", "gold_produced_oz", 79_991), ("wren mine", "", "ore_processed_t", 760_000),
                     ("wren mine", "surface sources", "ore_processed_t", 148_000),
                     ("wren mine", "underground", "ore_processed_t", 612_000)]


def test_units_after_a_dash_and_rows_of_nothing_but_a_unit_below_their_metric():
    # 'Gold produced  - kg  2,488' then '  - oz  79,991': the ounces are the metric's; kilograms and rand are not read
    text = release("OPERATING STATISTICS - WREN MINE\n\n"
                   "                                         Quarter ended   Quarter ended\n"
                   "                                           30 Jun 2009     31 Mar 2009\n"
                   "Gold produced                    - kg            2,488           2,561\n"
                   "                                 - oz           79,991          82,338\n"
                   "Cash costs                       - R/kg         58,640          55,310\n"
                   "                                 - US$/oz          231             223\n")
    facts = sorted((f.metric, f.value) for f in parse(text).production if f.period_start == date(2009, 4, 1))
    assert facts == [("cash_cost_per_oz", 231), ("gold_produced_oz", 79_991)]


def test_a_mills_grade_by_the_pit_its_feed_came_from():
    text = release("Robin Creek\n\n"
                   "ROBIN CREEK                           Jun 09 Qtr    Mar 09 Qtr\n"
                   "Ore milled (t)                          351,200       338,950\n"
                   "Head grade (g/t)                           2.87          2.74\n\n"
                   "Wren\n\n"
                   "The Wren mill blends fresh ore from the Wren pit with reclaimed tailings.\n\n"
                   "WREN                                             Jun 09 Qtr    Mar 09 Qtr\n"
                   "Ore milled - Wren pit (t)                           205,660       212,410\n"
                   "Head grade - Wren pit (g/t)                            2.41          2.52\n"
                   "Head grade - Old Wren tailings (g/t)                   0.62          0.60\n")
    facts = sorted((f.site, f.ore_source, f.metric, f.value) for f in parse(text).production
                   if f.period_start == date(2009, 4, 1) and f.ore_source)
    assert facts == [("Wren mill", "Old Wren tailings", "head_grade_g_t", 0.62),
                     ("Wren mill", "Wren pit", "head_grade_g_t", 2.41),
                     ("Wren mill", "Wren pit", "ore_processed_t", 205_660)]


def test_a_fiscal_year_to_date_column_of_an_issuer_whose_year_ends_in_june():
    # 'FY09 YTD' beside the December 2008 quarter of an ASX issuer: July to December 2008
    text = ("ASX ANNOUNCEMENT                                   28 January 2009\n\n"
            "ACME GOLD LIMITED (ASX: ACG)\n\nQUARTERLY ACTIVITIES REPORT - DECEMBER 2008 QUARTER\n\n"
            "Acme Gold Limited reports its production for the December 2008 quarter, the second of its 2009 "
            "financial year. Mill throughput at Robin Creek rose on the September quarter as the underground mine "
            "supplied more of the feed.\n\nRobin Creek\n\n"
            "ROBIN CREEK                          Dec 08 Qtr    Sep 08 Qtr    FY09 YTD\n"
            "Ore milled (t)                          351,200       338,950     690,150\n"
            "Gold produced (oz)                       29,943        27,441      57,384\n")
    facts = {(f.metric, f.period_start, f.period_end, f.period_grain, f.value) for f in parse(text).production}
    assert facts == {("ore_processed_t", date(2008, 10, 1), date(2008, 12, 31), "quarter", 351_200),
                     ("ore_processed_t", date(2008, 7, 1), date(2008, 9, 30), "quarter", 338_950),
                     ("ore_processed_t", date(2008, 7, 1), date(2008, 12, 31), "half", 690_150),
                     ("gold_produced_oz", date(2008, 10, 1), date(2008, 12, 31), "quarter", 29_943),
                     ("gold_produced_oz", date(2008, 7, 1), date(2008, 9, 30), "quarter", 27_441),
                     ("gold_produced_oz", date(2008, 7, 1), date(2008, 12, 31), "half", 57_384)}


def test_a_table_with_decimal_commas_groups_its_thousands_with_points():
    text = release("Pinos Altos Mine\n\n"
                   "                                   Q2 2009     Q2 2008\n"
                   "Ore processed (t)                  455.870     430.215\n"
                   "Head grade (g/t)                      2,87        2,94\n"
                   "Gold produced (oz)                  34.487      34.244\n")
    facts = {(f.metric, f.period_start, f.value) for f in parse(text).production}
    assert {("ore_processed_t", date(2009, 4, 1), 455_870), ("head_grade_g_t", date(2009, 4, 1), 2.87),
            ("gold_produced_oz", date(2008, 4, 1), 34_244)} <= facts
    # (the same points under comma thousands are decimals: '1,234.567' is no table of this kind)
    text = release("Pinos Altos Mine\n\n"
                   "                                   Q2 2009     Q2 2008\n"
                   "Ore processed (t)                  455,870     430,215\n"
                   "Head grade (g/t)                     2.875       2.940\n")
    assert ("head_grade_g_t", date(2009, 4, 1), 2.875) in {(f.metric, f.period_start, f.value)
                                                           for f in parse(text).production}


def test_sources_indented_under_a_bare_ore_milled_row_are_the_feed_of_the_releases_one_plant():
    text = release("Planta Los Pilares treats ore from the Company's El Chapotal mine and ore purchased from "
                   "small-scale miners.\n\n"
                   "                                        Q2 2009    Q2 2008\n"
                   "Company ore milled (t)                   19,637     18,210\n"
                   "   El Chapotal mine                      15,405     14,100\n"
                   "   Purchased ore                          4,232      4,110\n"
                   "Gold produced (oz)                        3,037      2,880\n")
    facts = {(f.site, f.ore_source, f.period_start, f.value) for f in parse(text).production
             if f.metric == "ore_processed_t"}
    assert {("Planta Los Pilares", "El Chapotal mine", date(2009, 4, 1), 15_405),
            ("Planta Los Pilares", "Purchased ore", date(2009, 4, 1), 4_232)} <= facts


def test_a_row_in_kilograms_with_its_ounces_in_brackets_and_a_footnote_that_is_no_ounce_figure():
    text = release("Pinos Altos Mine\n\n"
                   "                                   Three months ended 30 June\n"
                   "                                        2009            2008\n"
                   "Ore processed (tonnes)                405,870(1)       391,420\n"
                   "Gold produced, kg (oz)              476.6 (15,323)  439.9 (14,143)\n"
                   "Gold sold kg (oz)                     402 (12 925)    366 (11 767)\n")
    facts = {(f.metric, f.period_start, f.value) for f in parse(text).production}
    assert {("gold_produced_oz", date(2009, 4, 1), 15_323), ("gold_produced_oz", date(2008, 4, 1), 14_143),
            ("gold_sold_oz", date(2009, 4, 1), 12_925), ("gold_sold_oz", date(2008, 4, 1), 11_767),
            ("ore_processed_t", date(2009, 4, 1), 405_870)} <= facts


def test_mill_feed_rows_by_source_belong_to_the_releases_one_mill():
    text = release("Acme operates the Wren mine and mill, which treats ore from the Finch and Lark open pits. The "
                   "Wren mill ran without interruption in the quarter.\n\n"
                   "| Wren (kt unless stated) | Q2 2009 | Q2 2008 |\n|---|---|---|\n"
                   "| Ore mined | 1,182 | 1,096 |\n"
                   "| Mill feed - Finch pit | 842 | 806 |\n"
                   "| Mill feed - Lark pit | 261 | 238 |\n"
                   "| Mill feed - low-grade stockpile | 42 | 96 |\n")
    facts = {(f.site, f.ore_source, f.value) for f in parse(text).production
             if f.metric == "ore_processed_t" and f.period_start == date(2009, 4, 1)}
    assert {("Wren mill", "Finch pit", 842_000), ("Wren mill", "Lark pit", 261_000)} <= facts


def test_a_section_row_naming_its_topic_then_its_mill_frames_the_rows_below():
    text = release("Acme operates the Wandarrie mill, which treats ore from the Mulgarra open pit.\n\n"
                   "                              Unit   Q2 2009   Q2 2008\n"
                   "MINING\n"
                   "Ore mined - Mulgarra pit        kt     268.4     251.9\n"
                   "PROCESSING - WANDARRIE MILL\n"
                   "Total milled                    kt     383.6     381.7\n"
                   "Head grade                     g/t      2.17      2.03\n"
                   "COMPANY\n"
                   "Gold sold                       oz    24,310    23,460\n")
    facts = {(f.site, f.metric, f.value) for f in parse(text).production
             if f.period_start == date(2009, 4, 1)}
    assert {("Wandarrie mill", "ore_processed_t", 383_600), ("Wandarrie mill", "head_grade_g_t", 2.17),
            ("Acme Gold Corp.", "gold_sold_oz", 24_310)} <= facts


def test_a_plants_feed_by_source_and_its_total_under_the_plants_section():
    text = release("Acme reports production from its El Aguacate plant, which treats ore from the Company's San "
                   "Blasito "
                   "underground mine and from a low-grade stockpile.\n\n"
                   "| | Q2 2009 | Q2 2008 |\n|---|---|---|\n"
                   "| **San Blasito mine** | | |\n"
                   "| Ore mined (t) | 38,460 | 35,120 |\n"
                   "| **El Aguacate plant** | | |\n"
                   "| Ore processed - San Blasito ore (t) | 36,780 | 34,960 |\n"
                   "| Ore processed - low-grade stockpile (t) | 4,820 | - |\n"
                   "| Total ore processed (t) | 41,600 | 34,960 |\n"
                   "| Head grade (g/t) | 4.18 | 4.62 |\n")
    facts = {(f.site, f.ore_source, f.metric, f.value) for f in parse(text).production
             if f.period_start == date(2009, 4, 1)}
    assert {("El Aguacate plant", "San Blasito underground mine", "ore_processed_t", 36_780),
            ("El Aguacate plant", None, "ore_processed_t", 41_600),
            ("El Aguacate plant", None, "head_grade_g_t", 4.18)} <= facts


def test_a_guidance_table_reads_approximate_figures_and_leaves_ranges():
    text = release("2010 guidance                Production (koz)   Total cash cost (US$/oz)\n"
                   "Zolotaya Sopka mine                 150 - 160          approximately 560\n"
                   "Talaya mine                  approximately 78                  610 - 650\n",
                   date="January 15, 2010")
    facts = {(f.site, f.metric, f.value, f.is_guidance) for f in parse(text).production}
    assert facts == {("Zolotaya Sopka mine", "cash_cost_per_oz", 560, True),
                     ("Talaya mine", "gold_produced_oz", 78_000, True)}


@pytest.mark.parametrize(("heading", "site"), [
    ("**Consolidated operating results**", "Acme Gold Corp."),
    ("**Group operating results**", "Acme Gold Corp."),
    # (no company-wide word: the one operation the lead names)
    ("**Operating results**", "Wren operation"),
])
def test_a_table_headed_consolidated_is_the_companys_though_the_lead_names_one_operation(heading, site):
    text = release(f"{heading}\n\n| | Q2 2009 | Q2 2008 |\n|---|---|---|\n"
                   "| Ore milled (tonnes) | 312,400 | 287,900 |\n| Gold produced (oz) | 26,080 | 22,720 |\n",
                   lead="reports production for the second quarter of 2009 from its Wren operation in Quebec.")
    facts = {(f.site, f.metric, f.value) for f in parse(text).production
             if f.period_start == date(2009, 4, 1)}
    assert facts == {(site, "ore_processed_t", 312_400), (site, "gold_produced_oz", 26_080)}


def test_a_year_the_lead_gives_guidance_for_leaves_the_reported_quarter_alone():
    text = release("**Preliminary 2011 production (ounces)**\n\n| | Q4 2011 | Q4 2010 | 2011 | 2010 "
                   "|\n|---|---|---|---|---|\n"
                   "| Wren mine | 41,260 | 38,470 | 152,900 | 141,650 |\n",
                   date="January 14, 2012",
                   lead="today reported preliminary fourth quarter and full-year 2011 production from its "
                        "Wren mine, provided 2012 guidance and announced the pricing of an offering of notes.")
    facts = {(f.period_start, f.period_end, f.value) for f in parse(text).production
             if f.metric == "gold_produced_oz"}
    assert facts == {(date(2011, 10, 1), date(2011, 12, 31), 41_260), (date(2010, 10, 1), date(2010, 12, 31), 38_470),
                     (date(2011, 1, 1), date(2011, 12, 31), 152_900), (date(2010, 1, 1), date(2010, 12, 31), 141_650)}


def test_nine_month_columns_go_unread_and_a_company_section_under_a_mills_caption_is_the_companys():
    text = release("    Operating statistics - Wren mill\n"
                   "    -------------------------------------------------------------------\n"
                   "                               Q3 2009    Q3 2008  9 mos 2009  9 mos 2008\n"
                   "    -------------------------------------------------------------------\n"
                   "    Ore milled (tonnes)         99,820     91,460     187,300     268,150\n"
                   "    Gold produced (ounces)      14,215     12,460      29,840      35,970\n"
                   "    -------------------------------------------------------------------\n"
                   "    Company\n"
                   "    Gold sold (ounces)          13,980     12,610      29,120      35,400\n"
                   "    -------------------------------------------------------------------\n",
                   date="October 27, 2009",
                   lead="today reported results for the third quarter of 2009 from its Wren mine and mill.")
    facts = {(f.site, f.period_start, f.metric, f.value) for f in parse(text).production}
    q3, q3_prior = date(2009, 7, 1), date(2008, 7, 1)
    assert {("Wren mill", q3, "ore_processed_t", 99_820), ("Wren mill", q3_prior, "ore_processed_t", 91_460),
            ("Wren mill", q3, "gold_produced_oz", 14_215), ("Acme Gold Corp.", q3, "gold_sold_oz", 13_980),
            ("Acme Gold Corp.", q3_prior, "gold_sold_oz", 12_610)} <= facts
    assert not any(v in (268_150, 35_970, 35_400) for *_, v in facts)


def test_a_row_in_grams_is_no_ounce_figure():
    text = release(" Wren plant                     Q2 2009      Q1 2009\n"
                   " Ore processed (t)               41,870       36,950\n"
                   " Refined gold sold (g)          131,600      122,400\n")
    facts = {(f.metric, f.value) for f in parse(text).production}
    assert ("ore_processed_t", 41_870) in facts
    assert not any(m == "gold_sold_oz" for m, _ in facts)


def test_fiscal_quarter_and_half_columns_named_twice():
    text = release("Wren mine\n\n"
                   "                              Q2 Fiscal 2008   Q1 Fiscal 2008   H1 Fiscal 2008\n"
                   "                               (Dec quarter)    (Sep quarter)     (six months)\n"
                   "Ore milled (tonnes)                  356,800          349,100          705,900\n"
                   "Gold produced (ounces)                25,241           24,051           49,292\n",
                   date="January 24, 2008",
                   lead="reported production for its second quarter of fiscal 2008, the three months ended December "
                        "31, 2007. The Company's fiscal year ends on June 30.")
    facts = {(f.period_start, f.period_end, f.metric, f.value) for f in parse(text).production}
    assert facts == {
        (date(2007, 10, 1), date(2007, 12, 31), "ore_processed_t", 356_800),
        (date(2007, 7, 1), date(2007, 9, 30), "ore_processed_t", 349_100),
        (date(2007, 7, 1), date(2007, 12, 31), "ore_processed_t", 705_900),
        (date(2007, 10, 1), date(2007, 12, 31), "gold_produced_oz", 25_241),
        (date(2007, 7, 1), date(2007, 9, 30), "gold_produced_oz", 24_051),
        (date(2007, 7, 1), date(2007, 12, 31), "gold_produced_oz", 49_292)}


def test_dashed_rows_under_ore_milled_are_the_mills_feed_by_source():
    text = release("The Wren mill is fed from the Finch open pit and run-of-mine stockpiles.\n\n"
                   "| | Unit | Q2 2009 | Q2 2008 |\n|---|---|---|---|\n"
                   "| **Wren mill** | | | |\n"
                   "| Ore milled | kt | 1,402.6 | 1,371.2 |\n"
                   "| - Finch ore | kt | 1,304.7 | 1,263.5 |\n"
                   "| - Stockpiles | kt | 97.9 | 107.7 |\n")
    facts = {(f.site, f.ore_source, f.value) for f in parse(text).production
             if f.metric == "ore_processed_t" and f.period_start == date(2009, 4, 1)}
    assert facts == {("Wren mill", None, 1_402_600), ("Wren mill", "Finch open pit", 1_304_700),
                     ("Wren mill", "stockpiles", 97_900)}


def test_a_mines_ounces_in_a_guidance_table_are_the_ounces_it_is_to_produce_and_ranges_give_nothing():
    text = release("**Three-year guidance**\n\n| Guidance | 2010 | 2011 | 2012 |\n|---|---|---|---|\n"
                   "| Wren mine (koz) | 168 - 178 | 185 | 200 |\n"
                   "| Consolidated production (koz) | 260 - 270 | 275 | 290 |\n",
                   date="February 11, 2010")
    facts = {(f.site, f.period_start.year, f.value, f.is_guidance) for f in parse(text).production
             if f.metric == "gold_produced_oz"}
    assert facts == {("Wren mine", 2011, 185_000, True), ("Wren mine", 2012, 200_000, True),
                     ("Acme Gold Corp.", 2011, 275_000, True), ("Acme Gold Corp.", 2012, 290_000, True)}


def test_consolidated_rows_under_a_caption_naming_one_operation_are_the_companys():
    text = release("The Company operates the Wren mill and the Pipit heap leach operation.\n\n"
                   "**Pipit and consolidated**\n\n| (koz unless stated) | Q4 2025 | Q4 2024 |\n|---|---|---|\n"
                   "| Pipit ore stacked (kt) | 1,210 | 1,164 |\n"
                   "| Pipit gold recovered | 7.9 | 7.1 |\n"
                   "| Consolidated gold produced | 52.1 | 47.8 |\n"
                   "| Consolidated cash cost ($/oz sold) | 812 | 846 |\n",
                   date="January 27, 2026")
    facts = {(f.site, f.metric, f.period_start.year, f.value) for f in parse(text).production
             if f.metric in ("gold_produced_oz", "cash_cost_per_oz")}
    company = "Acme Gold Corp."
    assert facts == {(company, "gold_produced_oz", 2025, 52_100), (company, "gold_produced_oz", 2024, 47_800),
                     (company, "cash_cost_per_oz", 2025, 812), (company, "cash_cost_per_oz", 2024, 846)}


def test_a_year_in_parentheses_heads_its_column():
    text = release("| Opikeigen mine | 2000 | (1999) |\n|---|---|---|\n"
                   "| Gold produced (oz) | 61,250 | 58,900 |\n", date="February 27, 2001")
    facts = {(f.period_start.year, f.value) for f in parse(text).production
             if f.metric == "gold_produced_oz"}
    assert facts == {(2000, 61_250), (1999, 58_900)}


def test_a_quarterly_report_titled_by_its_last_month_frames_the_quarter():
    text = release("QUARTER HIGHLIGHTS\n\n- Group gold production of 49,465 oz at an AISC of A$1,901/oz\n",
                   date="27 April 2023", lead="reports on its activities.",
                   title="Quarterly Activities Report - March 2023")
    facts = {(f.period_start, f.period_end, f.period_grain, f.value) for f in parse(text).production}
    assert facts == {(date(2023, 1, 1), date(2023, 3, 31), "quarter", 49_465)}


def test_an_operations_rows_name_its_pit_and_its_mill_and_the_mills_feed_by_source():
    text = release("The Wren mill treats ore from the Wren open pit, the Pipit underground mine and ore bought in.\n\n"
                   "PRODUCTION                          Mar 2023 Qtr  Dec 2022 Qtr\n\n"
                   "WREN\n"
                   "Ore mined - Wren open pit (t)       598,200       612,700\n"
                   "Ore milled - Wren mill (t)          702,400       718,900\n"
                   "  Wren open pit                     512,600       534,200\n"
                   "  Third-party ore                    32,400        28,800\n"
                   "Recovery (%)                           93.2          92.8\n",
                   date="27 April 2023", lead="reports on its activities.")
    facts = {(f.site, f.ore_source, f.metric, f.value) for f in parse(text).production
             if f.period_start == date(2023, 1, 1) and f.metric != "recovery_pct"}
    assert facts == {("Wren open pit", None, "ore_mined_t", 598_200), ("Wren mill", None, "ore_processed_t", 702_400),
                     ("Wren mill", "Wren open pit", "ore_processed_t", 512_600),
                     ("Wren mill", "Third-party ore", "ore_processed_t", 32_400)}


def test_a_capitals_heading_with_its_ownership_names_the_table_two_paragraphs_below():
    text = release("WREN GOLD MINE (Acme 90%, Government of Burkina Faso 10%)\n\n"
                   "Operations at Wren were affected by the rainy season.\n\n"
                   "The plant's diesel power station operated at 97% availability.\n\n"
                   "                                          Sep 2009 Qtr    Jun 2009 Qtr\n"
                   "   Ore milled (t)                               178,950         186,320\n"
                   "   Gold poured (oz)                               8,216           9,402\n",
                   date="26 October 2009", lead="reports on its activities.")
    facts = {(f.site, f.metric, f.value) for f in parse(text).production
             if f.period_start == date(2009, 7, 1)}
    assert facts == {("Wren mine", "ore_processed_t", 178_950), ("Wren mine", "gold_poured_oz", 8_216)}


def test_a_metric_row_without_figures_heads_the_sources_indented_below_it():
    text = release("                                 Q4 2022   Q3 2022\n"
                   "Kotsina Creek mine\n"
                   "  Ore mined (tonnes)             112,400   106,900\n"
                   "Klutina mill\n"
                   "  Ore processed (tonnes)\n"
                   "    Kotsina Creek mine           110,600   104,800\n"
                   "    Bremner stockpile              6,200     3,100\n"
                   "    Total                        116,800   107,900\n"
                   "  Gold produced (oz)              14,220    12,960\n",
                   date="January 18, 2023", lead="reports its preliminary results.")
    facts = {(f.site, f.ore_source, f.metric, f.value) for f in parse(text).production
             if f.period_start == date(2022, 10, 1)}
    assert facts == {("Kotsina Creek mine", None, "ore_mined_t", 112_400),
                     ("Klutina mill", "Kotsina Creek mine", "ore_processed_t", 110_600),
                     ("Klutina mill", "Bremner stockpile", "ore_processed_t", 6_200),
                     ("Klutina mill", None, "ore_processed_t", 116_800),
                     ("Klutina mill", None, "gold_produced_oz", 14_220)}


def test_nordic_columns_by_month_numbers_and_a_sales_section_after_the_sites_is_the_companys():
    text = release("Production figures\n\n"
                   "                           4-6/2009  4-6/2008  Change %  1-6/2009  1-6/2008  1-12/2008\n"
                   "Mining - Wren mine\n"
                   "Ore mined, t                 98 412    91 380       7,7   192 655   181 240    369 870\n"
                   "Processing - Wren plant\n"
                   "Head grade, g/t Au             3,47      3,62      -4,1      3,51      3,58       3,55\n"
                   "Gold production, oz          10 305     9 898       4,1    20 280    19 245     39 060\n"
                   "Sales\n"
                   "Gold sold, oz                10 120     9 740       3,9    19 960    19 310     38 890\n",
                   date="August 12, 2009")
    facts = {(f.site, f.period_start, f.period_end, f.metric, f.value) for f in parse(text).production}
    assert {("Wren mine", date(2009, 4, 1), date(2009, 6, 30), "ore_mined_t", 98_412),
            ("Wren mine", date(2008, 1, 1), date(2008, 12, 31), "ore_mined_t", 369_870),
            ("Wren plant", date(2009, 1, 1), date(2009, 6, 30), "head_grade_g_t", 3.51),
            ("Wren plant", date(2008, 4, 1), date(2008, 6, 30), "gold_produced_oz", 9_898),
            ("Acme Gold Corp.", date(2009, 4, 1), date(2009, 6, 30), "gold_sold_oz", 10_120)} <= facts
    assert not any(v in (7.7, 4.1, 3.9) for *_, v in facts)


def test_a_year_heading_a_column_with_its_notes_number_is_still_the_columns_year():
    text = release("OPERATING STATISTICS\n\n"
                   "                              Jun Qtr    Mar Qtr    Jun Qtr\n"
                   "                                 2009    2009(1)       2008\n"
                   "Ore milled (t)                405,900    411,200    389,400\n"
                   "Gold produced (oz)             32,350     30,980     30,390\n\n"
                   "(1) Restated.\n")
    facts = {(f.period_start, f.metric, f.value) for f in parse(text).production}
    assert {(date(2009, 4, 1), "ore_processed_t", 405_900), (date(2009, 1, 1), "gold_produced_oz", 30_980),
            (date(2008, 4, 1), "gold_produced_oz", 30_390)} <= facts


def test_a_first_columns_heading_names_no_site_and_grade_and_recovery_follow_the_plant_of_the_ore_processed():
    text = release("| Indicator | Unit | 2Q 2009 | 2Q 2008 |\n|---|---|---|---|\n"
                   "| Ore mined (Zhanaul open pit) | kt | 612 | 588 |\n"
                   "| Ore processed (Kokpekty CIL plant) | kt | 574 | 551 |\n"
                   "| Head grade | g/t | 1.92 | 1.88 |\n"
                   "| Recovery | % | 84.1 | 83.6 |\n"
                   "| Gold production | oz | 28,646 | 27,425 |\n",
                   lead="reports the second quarter's results of the Zhanaul open pit and the Kokpekty CIL plant.")
    facts = {(f.site, f.metric, f.value) for f in parse(text).production if f.period_start == date(2009, 4, 1)}
    assert facts == {("Zhanaul open pit", "ore_mined_t", 612_000), ("Kokpekty CIL plant", "ore_processed_t", 574_000),
                     ("Kokpekty CIL plant", "head_grade_g_t", 1.92), ("Kokpekty CIL plant", "recovery_pct", 84.1),
                     ("Acme Gold Corp.", "gold_produced_oz", 28_646)}


def test_a_fiscal_years_column_heading_and_the_issuers_own_ore_name_no_site():
    text = release("Chakari North plant\n\n"
                   "                              June Qtr    March Qtr      2008/09\n"
                   "                                  2009         2009   Fin. Year\n"
                   "Own ore milled (t)             286,410      301,552   1,150,876\n"
                   "Gold produced (oz)              15,807       14,553      59,488\n")
    sites = {f.site for f in parse(text).production}
    assert sites == {"Chakari North plant"}


def test_a_total_section_in_capitals_is_the_companys_not_a_mine_named_total():
    text = release(
                   'OPERATING RESULTS\n'
                   '                                Sep 1999       Jun 1999       Sep 1998\n'
                   '                                 quarter        quarter        quarter\n'
                   'WILGERAND SHAFT\n'
                   'Ore milled               (t)     268 000        259 000        281 000\n'
                   'Yield                  (g/t)        5,12           5,04           5,30\n'
                   'Gold produced           (kg)       1 372          1 305          1 489\n'
                   '\n'
                   'KOEDOESNEK SHAFT\n'
                   'Ore milled               (t)     142 000        139 000        151 000\n'
                   'Yield                  (g/t)        5,48           5,61           5,22\n'
                   'Gold produced           (kg)         778            780            788\n'
                   '\n'
                   'SURFACE SOURCES\n'
                   'Ore milled               (t)      98 000         84 000         62 000\n'
                   'Yield                  (g/t)        0,65           0,60           0,71\n'
                   'Gold produced           (kg)          64             50             44\n'
                   '\n'
                   'TOTAL MINE\n'
                   'Ore milled               (t)     508 000        482 000        494 000\n'
                   'Yield                  (g/t)        4,36           4,43           4,70\n'
                   'Gold produced           (kg)       2 214          2 135          2 321\n'
                   'Gold produced           (oz)      71 182         68 642         74 622\n'
                   'Cash costs            (R/kg)      48 620         49 910         44 150\n'
                   'Cash costs          (US$/oz)         249            254            227\n'
                   'Average rate          (R/US$)       6,07           6,11           6,05\n'
                   '\n',
                   date="October 28, 1999", lead="reports its results.")
    facts = {(f.site, f.value) for f in parse(text).production if f.period_start == date(1999, 7, 1)
             and f.metric == "ore_processed_t"}
    assert facts == {("Wilgerand Shaft", 268_000), ("Koedoesnek Shaft", 142_000), ("Acme Gold Corp.", 508_000)}


def test_a_header_line_set_apart_heads_every_sites_block_below_it():
    text = release("PRODUCTION                          Jun 2009 Qtr  Mar 2009 Qtr\n\n"
                   "WREN\n"
                   "Ore milled - Wren mill (t)               702,400       718,900\n"
                   "Gold produced (oz)                        39,147        38,394\n\n"
                   "MT FINCH\n"
                   "Ore milled (t)                            86,100        89,500\n"
                   "Gold produced (oz)                        10,318        11,484\n",
                   lead="reports production from the Wren mill and the Mt Finch operation.")
    facts = {(f.site, f.metric, f.value) for f in parse(text).production if f.period_start == date(2009, 4, 1)}
    assert {("Wren mill", "ore_processed_t", 702_400), ("Mt Finch operation", "ore_processed_t", 86_100),
            ("Mt Finch operation", "gold_produced_oz", 10_318)} <= facts


def test_calendar_year_columns_beside_quarter_headings_are_the_years():
    text = release("                                  Jun Qtr    Mar Qtr\n"
                   "                                     2009       2009     CY2008     CY2007\n"
                   "Ore processed (t)                 166,350    170,840    664,400    652,910\n",
                   date="July 26, 2009", lead="reports.")
    facts = {(f.period_start, f.period_end, f.value) for f in parse(text).production}
    assert facts == {(date(2009, 4, 1), date(2009, 6, 30), 166_350), (date(2009, 1, 1), date(2009, 3, 31), 170_840),
                     (date(2008, 1, 1), date(2008, 12, 31), 664_400), (date(2007, 1, 1), date(2007, 12, 31), 652_910)}


def test_a_bare_unit_column_keeps_kilograms_apart_and_the_ounces_line_below_is_the_same_metric():
    text = release("                                    Quarter        Quarter\n"
                   "                                    ended          ended\n"
                   "                                    30 Jun         31 Mar\n"
                   "                                    2009           2009\n"
                   "WREN SHAFT\n"
                   "Ore milled                  t       398 600        387 200\n"
                   "Head grade                g/t          4,62           4,51\n"
                   "Gold produced              kg         1 678          1 584\n"
                   "                           oz        53 949         50 927\n",
                   lead="reports.")
    facts = {(f.metric, f.value) for f in parse(text).production if f.period_start == date(2009, 4, 1)}
    assert facts == {("ore_processed_t", 398_600), ("head_grade_g_t", 4.62), ("gold_produced_oz", 53_949)}


def test_a_hedge_book_table_is_no_production():
    text = release("3.2 Commitments\n\nAt 30 June 2009 the Company's commitments were:\n\n"
                   "                              Ounces       A$/oz\n"
                   "    Forward sales\n"
                   "      Half year to Dec 2009    14,000         571\n"
                   "      Half year to June 2010   16,000         560\n"
                   "    Bought put options          6,000         540\n"
                   "    Total                      36,000         563\n", lead="reports its June 2009 quarter.")
    assert parse(text).production == ()


def test_thousands_of_tonnes_in_the_caption_leave_ounces_alone_and_a_clipped_six_months_column_is_the_half():
    text = release("WREN GOLD OPERATION\n\n('000 t unless otherwise stated)\n\n"
                   "                         Jun 09 Qtr  Mar 09 Qtr  Jun 08 Qtr  6 mths to Jun 09\n"
                   "Ore milled                    386.2       379.5       361.8        765.7\n"
                   "Head grade (g/t)               1.94        1.88        2.11         1.91\n"
                   "Gold produced (oz)           22,474      21,317      23,023       43,791\n",
                   lead="reports.")
    facts = {(f.period_start, f.period_end, f.metric, f.value) for f in parse(text).production}
    assert {(date(2009, 4, 1), date(2009, 6, 30), "ore_processed_t", 386_200),
            (date(2009, 4, 1), date(2009, 6, 30), "gold_produced_oz", 22_474),
            (date(2009, 1, 1), date(2009, 6, 30), "gold_produced_oz", 43_791)} <= facts
    assert not any(v > 1_000_000 for *_, v in facts)


def test_thousands_written_thous_scale_the_row():
    text = release("                              1H 2009   1H 2008   Change\n"
                   "Ore mining, thous. t          1,186.4   1,102.9      +8%\n"
                   "Ore processing, thous. t      1,049.7     998.2      +5%\n", lead="reports its first half.")
    facts = {(f.metric, f.value) for f in parse(text).production if f.period_start == date(2009, 1, 1)}
    assert facts == {("ore_mined_t", 1_186_400), ("ore_processed_t", 1_049_700)}


def test_bare_thousands_units_beside_text_labels_scale_their_rows():
    text = release("MARRAMUNDA OPERATIONS\n\nOre from the Bulla Rocks underground mine and the Kestrel open pit is\n"
                   "processed at the Marramunda mill, 38km north-east of Leonora.\n\n"
                   "                                   Jun Qtr    Mar Qtr      FY09\n"
                   "                                     2009       2009\n"
                   "Ore mined                 '000 t\n"
                   "  Bulla Rocks underground           142.6      131.9     538.4\n"
                   "  Kestrel open pit                  211.3      244.0     902.7\n"
                   "Ore milled                '000 t    381.5      362.8   1,447.9\n"
                   "  ex Bulla Rocks underground        146.2      129.4     531.7\n"
                   "  ex Kestrel open pit               235.3      233.4     916.2\n\n\n"
                   "ASX: ACG | Quarterly Activities Report - June 2009 | Page 2\n\n\n"
                   "                                   Jun Qtr    Mar Qtr      FY09\n"
                   "                                     2009       2009\n"
                   "Head grade                g/t        1.71       1.62      1.64\n"
                   "Gold produced             koz        19.4       17.3      70.2\n",
                   lead="reports its June 2009 quarter.")
    facts = {(f.site, f.ore_source, f.metric, f.value) for f in parse(text).production
             if f.period_start == date(2009, 4, 1)}
    assert {("Kestrel open pit", None, "ore_mined_t", 211_300),
            ("Marramunda mill", "Kestrel open pit", "ore_processed_t", 235_300)} <= facts
    assert 19_400 in {v for *_, v in facts} and not any(v < 100 and m != "head_grade_g_t" for _, _, m, v in facts)


def test_a_unit_noted_for_another_metal_keeps_its_gold_rows_and_a_company_section_is_the_issuers():
    text = release("The Meeting took note of the production of the Company's two mining units:\n\n"
                   "                                                2009         2008\n"
                   "Wren Mining Unit (gold)\n"
                   "  Ore treated (TMS)                          412,600      389,150\n"
                   "  Fine gold produced (oz)                     48,215       45,830\n"
                   "Finch Mining Unit (zinc-silver)\n"
                   "  Fine gold produced (oz)                      2,140        1,072\n"
                   "  Fine silver produced (oz)                1,184,500    1,098,700\n"
                   "Company\n"
                   "  Fine gold produced (oz)                     50,355       46,902\n",
                   date="March 2, 2010", lead="reports the production of its Wren and Finch mining units.")
    facts = {(f.site, f.metric, f.value) for f in parse(text).production if f.period_start == date(2009, 1, 1)}
    assert facts == {("Wren Mining Unit", "ore_processed_t", 412_600), ("Wren Mining Unit", "gold_produced_oz", 48_215),
                     ("Finch Mining Unit", "gold_produced_oz", 2_140), ("Acme Gold Corp.", "gold_produced_oz", 50_355)}


def test_a_site_section_with_an_ownership_note_is_that_site_and_the_total_below_is_the_companys():
    text = release("OPERATING HIGHLIGHTS\n\n"
                   "                                  Three months ended      Year ended\n"
                   "                                      June 30             June 30\n"
                   "                                   2009       2008       2009       2008\n"
                   "    Wren mine\n"
                   "      Tonnes milled              88,240     79,610    342,900    301,770\n"
                   "      Gold produced (oz)         23,310     21,050     92,380     79,640\n"
                   "    Finch JV (50% share)\n"
                   "      Gold produced (oz)          6,420      6,190     26,080     24,475\n"
                   "    Total gold produced (oz)     29,730     27,240    118,460    104,115\n",
                   lead="reports production from the Wren mine and its share of the Finch joint venture.")
    facts = {(f.site, f.metric, f.value) for f in parse(text).production if f.period_start == date(2009, 4, 1)}
    assert ("Wren mine", "gold_produced_oz", 23_310) in facts
    assert ("Acme Gold Corp.", "gold_produced_oz", 29_730) in facts
    assert 6_420 in {v for _, _, v in facts} and ("Wren mine", "gold_produced_oz", 6_420) not in facts


def test_metric_rows_with_a_bracketed_unit_and_no_figures_head_the_sources_below_them():
    text = release("OPERATING RESULTS\n\n"
                   "                                   Quarter ended    Quarter ended\n"
                   "                                      30 Jun 2009      31 Mar 2009\n"
                   "WREN GOLD PLANT\n"
                   "Tonnes milled                (t)\n"
                   "   No. 1 Shaft                            231 000          244 000\n"
                   "   Surface rock dumps                      96 000           71 000\n"
                   "   Total                                  327 000          315 000\n"
                   "Yield                      (g/t)\n"
                   "   No. 1 Shaft                               5,62             5,48\n"
                   "   Surface rock dumps                        0,93             1,02\n"
                   "Gold produced               (oz)\n"
                   "   No. 1 Shaft                             41 732           42 985\n"
                   "   Surface rock dumps                       2 861            2 315\n"
                   "   Total                                   44 593           45 300\n",
                   date="July 28, 2009", lead="reports.")
    facts = {(f.ore_source, f.metric, f.value) for f in parse(text).production if f.period_start == date(2009, 4, 1)}
    assert facts == {("No. 1 Shaft", "ore_processed_t", 231_000), ("Surface rock dumps", "ore_processed_t", 96_000),
                     (None, "ore_processed_t", 327_000), ("No. 1 Shaft", "gold_produced_oz", 41_732),
                     ("Surface rock dumps", "gold_produced_oz", 2_861), (None, "gold_produced_oz", 44_593)}


def test_a_site_section_written_in_two_languages_is_that_site():
    text = release("**Production summary / Resumen de producción**\n\n"
                   "                                               Apr-09     May-09     Jun-09\n"
                   "Wren pilot plant / Planta piloto Wren\n"
                   "  Gold produced (oz) / Oro producido              418        341        451\n"
                   "Finch toll plant / Planta Finch (maquila)\n"
                   "  Gold produced (oz) / Oro producido              500        449        630\n"
                   "Total gold produced (oz) / Producción total       918        790      1,081\n",
                   lead="reports the production of its Wren pilot plant and the Finch toll plant.")
    facts = {(f.site, f.value) for f in parse(text).production if f.period_start == date(2009, 6, 1)}
    assert facts == {("Wren pilot plant", 451), ("Finch toll plant", 630), ("Acme Gold Corp.", 1_081)}


def test_a_total_cash_cost_row_under_a_cash_operating_cost_row_is_the_cash_cost():
    text = release("                                  Q2 2009    Q2 2008\n"
                   "    Gold sold (oz)                 18,210     16,880\n"
                   "    Cash operating cost ($/oz)        248        262\n"
                   "    Total cash cost ($/oz)            266        279\n", lead="reports.")
    facts = {(f.metric, f.value) for f in parse(text).production if f.period_start == date(2009, 4, 1)}
    assert facts == {("gold_sold_oz", 18_210), ("cash_cost_per_oz", 266)}


def test_a_bare_dollars_per_ounce_unit_beside_a_text_label_makes_it_a_cash_cost():
    text = release("                                    Quarter        Quarter\n"
                   "                                    ended          ended\n"
                   "                                    30 Jun         31 Mar\n"
                   "                                    2009           2009\n"
                   "Gold produced              oz        53 949         50 927\n"
                   "Cash cost              US$/oz           381            378\n", lead="reports.")
    facts = {(f.metric, f.value) for f in parse(text).production if f.period_start == date(2009, 4, 1)}
    assert facts == {("gold_produced_oz", 53_949), ("cash_cost_per_oz", 381)}


@pytest.mark.parametrize("heading", ["Wren", "Wren Operation"])
def test_a_sites_section_gives_its_mills_figures_to_the_mill_the_prose_names(heading):
    # the section is the operation; ore mined stays with the pit, what was milled and made is the Wren mill's
    text = release(f"{heading}\n\n"
                   "                                     Q2 2009    Q2 2008\n"
                   "Ore mined - Wren open pit (t)         862,400    790,100\n"
                   "Ore processed (t)                     412,000    398,500\n"
                   "Head grade (g/t)                         1.62       1.74\n"
                   "Gold produced (oz)                     19,138     18,894\n\n"
                   "The Wren mill, which treats ore from the Wren open pit, averaged 4,527 tonnes per day in the "
                   "quarter.",
                   lead="reports the second quarter 2009 production of its Wren operation in Sonora, Mexico.")
    facts = {(f.site, f.metric, f.value) for f in parse(text).production if f.period_start == date(2009, 4, 1)}
    assert facts == {("Wren open pit", "ore_mined_t", 862_400), ("Wren mill", "ore_processed_t", 412_000),
                     ("Wren mill", "head_grade_g_t", 1.62), ("Wren mill", "gold_produced_oz", 19_138),
                     ("Wren mill", "tonnes_per_day", 4_527)}


def test_a_table_split_by_a_pages_running_footer_keeps_its_heading():
    text = release("Wren mill\n\n"
                   "                                     Q2 2009    Q2 2008\n"
                   "Ore processed (t)                     412,000    398,500\n\n\n"
                   "Acme Gold Corp. | Quarterly Report - June 2009 | Page 2\n\n\n"
                   "                                     Q2 2009    Q2 2008\n"
                   "Gold produced (oz)                     19,138     18,894\n",
                   lead="reports the second quarter 2009 production of its Wren and Finch mills in Sonora, Mexico.")
    facts = {(f.site, f.metric, f.value) for f in parse(text).production if f.period_start == date(2009, 4, 1)}
    assert facts == {("Wren mill", "ore_processed_t", 412_000), ("Wren mill", "gold_produced_oz", 19_138)}


def test_a_full_year_column_is_that_year_and_a_rows_figures_are_no_part_of_the_section_below():
    # (restated columns marked '*', nine months that make no grain of ours, figures with spaces for thousands on the
    # row above the site's section)
    text = release("                             Q3 2016   Q3 2015*  Jan-Sep   Jan-Sep   Full year\n"
                   "                                                 2016    2015*      2015*\n"
                   "Mining\n"
                   "Ore mined Hemberget, t        56 950    49 280   165 750   149 530    203 100\n"
                   "Storuman concentrator\n"
                   "Ore milled, t                138 550   131 270   405 930   384 220    519 870\n"
                   "Gold production, oz           12 641    12 647    36 516    36 375     48 982\n",
                   date="October 27, 2016", lead="reports its production in the third quarter.")
    facts = {(f.site, f.period_start, f.period_end, f.value) for f in parse(text).production
             if f.metric == "gold_produced_oz"}
    assert facts == {("Storuman concentrator", date(2016, 7, 1), date(2016, 9, 30), 12_641),
                     ("Storuman concentrator", date(2015, 7, 1), date(2015, 9, 30), 12_647),
                     ("Storuman concentrator", date(2015, 1, 1), date(2015, 12, 31), 48_982)}


def test_a_calendar_quarter_column_of_a_company_with_a_june_year():
    text = release("                          Q4 CY09    Q3 CY09\n"
                   "Gold produced (oz)         14,210     16,880\n",
                   date="January 25, 2010",
                   lead="reports its production for the December 2009 quarter, the second quarter of its financial "
                        "year ending 30 June 2010.")
    facts = {(f.period_start, f.period_end, f.value) for f in parse(text).production}
    assert facts == {(date(2009, 10, 1), date(2009, 12, 31), 14_210), (date(2009, 7, 1), date(2009, 9, 30), 16_880)}


def test_a_mills_feed_from_a_pit_the_prose_never_names_and_a_sales_and_costs_section():
    text = release("                                     Q2 2009    Q2 2008\n"
                   "Ore mined - Wren Main pit (t)         588,300    561,900\n"
                   "Processing - Finch CIL plant\n"
                   "Ore processed - Wren Main (t)         501,400    486,200\n"
                   "Ore processed - stockpiles (t)         42,100     61,800\n"
                   "Total ore processed (t)               543,500    548,000\n"
                   "Gold poured (oz)                       44,120     39,870\n"
                   "Sales and costs\n"
                   "Gold sold (oz)                         43,560     40,980\n"
                   "Cash cost (US$/oz)                        788        836\n",
                   lead="reports the second quarter 2009 results of its Finch operation.")
    facts = {(f.site, f.ore_source, f.metric, f.value) for f in parse(text).production
             if f.period_start == date(2009, 4, 1)}
    assert facts == {("Wren Main pit", None, "ore_mined_t", 588_300),
                     ("Finch CIL plant", "Wren Main pit", "ore_processed_t", 501_400),
                     ("Finch CIL plant", "stockpiles", "ore_processed_t", 42_100),
                     ("Finch CIL plant", None, "ore_processed_t", 543_500),
                     ("Finch CIL plant", None, "gold_poured_oz", 44_120),
                     (ACME, None, "gold_sold_oz", 43_560), (ACME, None, "cash_cost_per_oz", 788)}


def test_half_year_columns_to_a_month_and_two_digit_year_and_a_header_label_whose_day_stands_apart():
    # 'Half-year to Dec 05' is the half to December 2005 (no period ends on 5 December)
    text = release("                              Jun 2009   Half-year   Half-year\n"
                   "                               Quarter   to Jun 09   to Jun 08\n"
                   "Gold poured (oz)                 8,506      17,037      15,554\n",
                   date="July 28, 2009", lead="reports.")
    facts = {(f.period_start, f.period_end, f.value) for f in parse(text).production}
    assert facts == {(date(2009, 4, 1), date(2009, 6, 30), 8_506), (date(2009, 1, 1), date(2009, 6, 30), 17_037),
                     (date(2008, 1, 1), date(2008, 6, 30), 15_554)}
    # 'Three months ended March 31' over its years, the '31' read apart from the label: the quarters
    text = release("Three months ended March 31                      2009          2008\n"
                   "Gold produced (ounces)                          17,240        22,610\n",
                   date="May 12, 2009", lead="reports.")
    facts = {(f.period_start, f.period_end, f.value) for f in parse(text).production}
    assert facts == {(date(2009, 1, 1), date(2009, 3, 31), 17_240), (date(2008, 1, 1), date(2008, 3, 31), 22_610)}


def test_a_column_to_a_day_written_in_figures():
    # 'Year to 30/6/98', 'Half Year to 31.12.98': the period to that last day (day first: it is 28 or more)
    text = release("                         Jun 1999    Mar 1999     Year to\n"
                   "                          Quarter     Quarter     30/6/99\n"
                   "Gold poured (oz)           10,240       9,812      38,875\n",
                   date="July 28, 1999", lead="reports.")
    facts = {(f.period_start, f.period_end, f.value) for f in parse(text).production}
    assert (date(1998, 7, 1), date(1999, 6, 30), 38_875) in facts
    text = release("                         Dec Qtr     Sep Qtr    Half Year\n"
                   "                            1998        1998  to 31.12.98\n"
                   "Ore mined (t)            118,904     109,380      228,284\n",
                   date="January 28, 1999", lead="reports.")
    facts = {(f.period_start, f.period_end, f.value) for f in parse(text).production}
    assert (date(1998, 7, 1), date(1998, 12, 31), 228_284) in facts


@pytest.mark.parametrize("unit", ["US$/oz", "U.S.$/oz"])
def test_a_cost_unit_standing_in_its_own_column(unit):
    body = ("                                    Quarter        Quarter\n"
            "                                    ended          ended\n"
            "                                    30 Jun         31 Mar\n"
            "                                    2009           2009\n"
            "Gold produced              oz        71 182         69 381\n"
            f"Cash cost              {unit:<8}         381            378\n")
    _, _, parsed = parse_tables(release(body))
    assert {(f.period_start, f.value) for f in parsed.production if f.metric == "cash_cost_per_oz"} == {
        (date(2009, 4, 1), 381), (date(2009, 1, 1), 378)}


def test_a_heading_over_a_column_group_whose_tail_reaches_the_next_groups_first_column():
    # 'Three months ended December 31' runs on over the third column, which sits under 'Year ended December 31':
    # a column takes the heading whose middle is nearest its own
    text = release("                              Three months ended December 31   Year ended December 31\n"
                   "                                  2012         2011         2012         2011\n"
                   "Gold produced (oz)               14,220       11,870       52,640       44,915\n",
                   date="January 22, 2013", lead="reports.")
    facts = {(f.period_start, f.period_end, f.value) for f in parse(text).production}
    assert facts == {(date(2012, 10, 1), date(2012, 12, 31), 14_220), (date(2011, 10, 1), date(2011, 12, 31), 11_870),
                     (date(2012, 1, 1), date(2012, 12, 31), 52_640), (date(2011, 1, 1), date(2011, 12, 31), 44_915)}


def test_a_salient_features_table_before_the_first_paragraph_and_thousands_of_tonnes_after_a_dash():
    # the South African quarterly: the letterhead, then the table of salient features, then the review;
    # '- t 000' is a unit (thousands of tonnes), not a first value
    text = ("WREN GOLD MINING COMPANY LIMITED\n(Incorporated in the Republic of South Africa)\n"
            "Share code: WGM\n\nREPORT TO SHAREHOLDERS FOR THE QUARTER ENDED 30 JUNE 1999\n\n"
            "Johannesburg, 29 July 1999\n\n"
            "SALIENT FEATURES                          Quarter       Quarter\n"
            "                                            ended         ended\n"
            "                                          30 June      31 March\n"
            "                                             1999          1999\n"
            "Ore milled               - t 000            1 102         1 087\n"
            "Gold produced            - kg               3 412         3 286\n"
            "                         - oz             109 698       105 647\n\n"
            "REVIEW OF OPERATIONS\n\n"
            "Gold production increased by 4% as mining at the Vlakfontein section returned to planned face grades "
            "after the seismic event of February, and the uneconomic 14 level west section at No. 3 Shaft closed.\n")
    facts = {(f.metric, f.period_start, f.value) for f in parse(text).production}
    assert facts == {("ore_processed_t", date(1999, 4, 1), 1_102_000), ("ore_processed_t", date(1999, 1, 1), 1_087_000),
                     ("gold_produced_oz", date(1999, 4, 1), 109_698), ("gold_produced_oz", date(1999, 1, 1), 105_647)}


def test_a_unit_after_a_comma_in_a_feed_label_names_no_source():
    # 'Ore processed, Kt' under a hub's line: the hub's ore processed in thousands of tonnes ('Kt' is no pit)
    text = release("                                      FY 2009     FY 2008     Change\n"
                   "Belaya Gora hub\n"
                   "  Ore mined, Kt                         2,412       2,198       +10%\n"
                   "  Ore processed, Kt                     2,265       2,240        +1%\n"
                   "  Grade processed, g/t                   3.12        3.25        -4%\n",
                   date="January 29, 2010", lead="reports.")
    facts = {(f.site, f.ore_source, f.metric, f.value) for f in parse(text).production
             if f.period_start == date(2009, 1, 1)}
    assert facts == {("Belaya Gora hub", None, "ore_mined_t", 2_412_000),
                     ("Belaya Gora hub", None, "ore_processed_t", 2_265_000),
                     ("Belaya Gora hub", None, "head_grade_g_t", 3.12)}


def test_an_operations_figures_are_not_those_of_its_underground_mine():
    # 'Wirraminna Operations' over rows of ore from its pit and its underground mine: the milling is the operations'
    text = release("Ore was sourced from the Golden Gully open pit and the Wirraminna underground mine.\n\n"
                   "| Wirraminna Operations | Q2 2009 | Q1 2009 |\n|---|---|---|\n"
                   "| Ore mined - Golden Gully open pit (t) | 402,115 | 377,940 |\n"
                   "| Ore mined - Wirraminna underground (t) | 118,630 | 104,210 |\n"
                   "| Ore milled (t) | 498,760 | 486,300 |\n")
    facts = {(f.site, f.metric, f.value) for f in parse(text).production if f.period_start == date(2009, 4, 1)}
    assert ("Wirraminna Operations", "ore_processed_t", 498_760) in facts
    assert ("Wirraminna underground mine", "ore_mined_t", 118_630) in facts


def test_columns_of_months_three_apart_in_a_quarterly_report_are_quarters():
    # 'Dec-08  Mar-09  Jun-09': the quarters ending in those months; months a month apart stay months
    body = ("Robin Creek\n\n"
            "                         Dec-08    Mar-09    Jun-09\n"
            "Ore milled (kt)           402.1     388.6     411.9\n")
    facts = {(f.period_start, f.period_end, f.period_grain, f.value) for f in parse(release(body)).production}
    assert facts == {(date(2008, 10, 1), date(2008, 12, 31), "quarter", 402_100),
                     (date(2009, 1, 1), date(2009, 3, 31), "quarter", 388_600),
                     (date(2009, 4, 1), date(2009, 6, 30), "quarter", 411_900)}
    body = ("Robin Creek\n\n"
            "                         Apr-09    May-09    Jun-09\n"
            "Ore milled (kt)           132.1     128.6     131.9\n")
    assert {f.period_grain for f in parse(release(body)).production} == {"month"}


def test_a_caption_naming_a_shaft_is_the_site_of_the_table_below_it():
    # a South African report: one table per shaft under the shaft's name in capitals, after the group's table
    tables_text = ""
    for caption, tonnes in (("GROUP", "305 500"), ("DOORNKRAAL SHAFT", "184 000"), ("WITPAN SHAFT", "121 500")):
        tables_text += (f"{caption}\n"
                        "                             Unit       Jun 2009 qtr    Mar 2009 qtr\n"
                        f"Tonnes treated               t               {tonnes}         315 700\n\n")
    facts = {(f.site.lower(), f.value) for f in parse(release(tables_text)).production
             if f.period_start == date(2009, 4, 1)}
    assert facts == {("acme gold corp.", 305_500), ("doornkraal shaft", 184_000), ("witpan shaft", 121_500)}


def test_a_month_and_year_heading_named_a_half_is_the_six_months_to_that_month():
    body = ("| Kibiti Hill mine | Jun 2009 half | Jun 2008 half |\n|---|---|---|\n"
            "| Ore mined (t) | 612,300 | 588,900 |\n")
    facts = {(f.period_start, f.period_end, f.period_grain, f.value) for f in parse(release(body)).production}
    assert facts == {(date(2009, 1, 1), date(2009, 6, 30), "half", 612_300),
                     (date(2008, 1, 1), date(2008, 6, 30), "half", 588_900)}


@pytest.mark.parametrize(("note", "ounces"), [("(in thousands, except grade, recovery and per-ounce amounts)", 77_600),
                                              ("(in thousands, except ounces, grade and recovery)", 77.6)])
def test_a_note_under_the_tables_title_scales_every_quantity_it_does_not_except(note, ounces):
    # the title over its note is one heading of two lines; the note's thousands are the rows' tonnes and ounces
    body = ("Promontory operating statistics\n" + note + "\n\n"
            "                                      Three months ended June 30,\n"
            "                                             2009         2008\n"
            "Ore mined (tonnes)                          5,412        4,980\n"
            "Head grade (g/t)                             0.92         0.88\n"
            "Gold produced (ounces)                       77.6         69.0\n")
    facts = {(f.metric, f.value) for f in parse(release(body)).production if f.period_start == date(2009, 4, 1)}
    assert facts == {("ore_mined_t", 5_412_000), ("head_grade_g_t", 0.92), ("gold_produced_oz", ounces)}


def test_a_mine_named_for_a_metal_is_a_site_and_that_metals_own_rows_are_still_not_read():
    body = ("| Mine | 2008 production (koz) | 2007 production (koz) |\n|---|---:|---:|\n"
            "| Silver Sage (Nevada) | 512 | 498 |\n| Los Arcos (Mexico) | 401 | 372 |\n\n"
            "Los Arcos mine operating statistics\n\n"
            "|  | Q2 2009 | Q2 2008 |\n|---|---:|---:|\n"
            "| Gold Produced (oz) | 21,400 | 19,800 |\n| Silver Produced (oz) | 88,100 | 80,500 |\n")
    facts = {(f.site, f.value) for f in parse(release(body)).production if f.period_end.year == 2008}
    assert facts == {("Silver Sage", 512_000), ("Los Arcos mine", 401_000), ("Los Arcos mine", 19_800)}


def test_a_report_that_opens_with_its_table_under_column_heads_set_apart_by_a_blank_line():
    # a Johannesburg quarterly: the table comes straight after the date line, its heads apart from its rows, the
    # years written in two digits after the day, and a row of ounces under the row in kilograms
    text = ("KLIPVLEI GOLD MINING COMPANY LIMITED\n(Incorporated in the Republic of South Africa)\n"
            "JSE share code: KLV\n\nOPERATING RESULTS FOR THE QUARTER AND YEAR ENDED 30 JUNE 1996\n\n"
            "Johannesburg, 25 July 1996\n\n"
            "KLIPVLEI MINE                               Quarter      Quarter         Year         Year\n"
            "                                              ended        ended        ended        ended\n"
            "                                          30 Jun 96    31 Mar 96    30 Jun 96    30 Jun 95\n\n"
            "Ore milled                ('000 t)              412          398        1 631        1 588\n"
            "Gold produced             (kg)                2 415        2 397        9 633        9 709\n"
            "                          (oz)               77 644       77 065      309 708      312 151\n"
            "Cash cost                 (R/kg)             38 210       37 650       37 980       34 420\n"
            "                          (US$/oz)              274          305          302          296\n\n"
            "COMMENTARY\n\nTonnage milled rose as No. 5 Shaft returned to full production after the flooding "
            "of 27 level in February, and the grade improved as stoping moved back to the shaft pillar.\n")
    facts = {(f.site, f.metric, f.period_start, f.period_end, f.value) for f in parse(text).production}
    year = (date(1995, 7, 1), date(1996, 6, 30))
    assert {("Klipvlei mine", "ore_processed_t", *year, 1_631_000),
            ("Klipvlei mine", "gold_produced_oz", *year, 309_708),
            ("Klipvlei mine", "cash_cost_per_oz", *year, 302),
            ("Klipvlei mine", "gold_produced_oz", date(1996, 4, 1), date(1996, 6, 30), 77_644)} <= facts
    assert not any(f[1] == "gold_produced_oz" and f[4] < 10_000 for f in facts)     # (the kilograms are no ounces)


def test_a_results_line_of_the_year_frames_the_release_and_a_group_column_is_the_company():
    text = ("SONDELA GOLD MINING LIMITED\n(Incorporated in the Republic of South Africa)\nShare code: SDL\n\n"
            "AUDITED RESULTS FOR THE YEAR ENDED 30 JUNE 2004\n\nJohannesburg, 19 August 2004\n\nFEATURES\n"
            "- Gold production of 9 334 kg (300 100 oz)\n- Final dividend of 35 cents per share\n\n"
            "OPERATING RESULTS\n\n"
            "                          Doornrivier Mine        Vlakfontein Mine              Group\n"
            "Year ended 30 June        2004        2003        2004        2003        2004        2003\n\n"
            "Ore milled ('000 t)      1 212       1 276         684         651       1 896       1 927\n"
            "Head grade (g/t)          5.71        5.58        4.12        4.30        5.14        5.15\n\n"
            "Doornrivier Mine\nUnit costs rose by 11% on the back of the wage agreement concluded in August 2003 "
            "and higher electricity tariffs, while the grade improved on the shaft pillar.\n")
    facts = {(f.site, f.metric, f.period_start, f.value) for f in parse(text).production}
    fy = date(2003, 7, 1)
    assert {("Doornrivier Mine", "ore_processed_t", fy, 1_212_000),
            ("Vlakfontein Mine", "ore_processed_t", fy, 684_000),
            ("Sondela Gold Mining Limited", "ore_processed_t", fy, 1_896_000),
            ("Sondela Gold Mining Limited", "gold_produced_oz", fy, 300_100)} <= facts
    assert not any(f[2] == date(2003, 8, 1) for f in facts)
