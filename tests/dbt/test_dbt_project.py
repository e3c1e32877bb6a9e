"""The dbt project, built for real: raw rows in, marts out, incrementally and in full.

One module-scoped scenario, in the order the pipeline meets it:

1. a raw DuckDB made from ``pressroom.schema.DDL`` with five accepted releases and two
   rejected files (one of them parsed before it was rejected), then ``dbt build``;
2. one more release (a second mention of the award, with another date) and one more
   rejection, then ``dbt build`` again on the same candidate (incremental);
3. ``dbt build --full-refresh`` into a fresh candidate, which must equal the incremental one;
4. ``dbt docs generate --static``; the candidate is "published" (copied to
   ``warehouse.duckdb``) and opened without the raw attach, as analysts open it, and every
   table and every compiled analysis must run there.

dbt runs as a subprocess with the same arguments and environment variables the pipeline
uses (``PRESSROOM_RAW_DB``, ``PRESSROOM_BUILD_DB``, ``--target-path``, ``--log-path``).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest
from pressroom.schema import DDL

REPO = Path(__file__).resolve().parents[2]
PROJECT_DIR = REPO / "dbt_project"
DBT = Path(sys.executable).with_name("dbt")

CONTRACT_COLUMNS = {
    "dim_releases": {
        "release_id": "VARCHAR",
        "issuer_name": "VARCHAR",
        "ticker": "VARCHAR",
        "exchange": "VARCHAR",
        "published_date": "DATE",
        "title": "VARCHAR",
        "source_uri": "VARCHAR",
        "parser_version": "VARCHAR",
    },
    "fct_production": {
        "production_id": "VARCHAR",
        "release_id": "VARCHAR",
        "site": "VARCHAR",
        "ore_source": "VARCHAR",
        "period_start": "DATE",
        "period_end": "DATE",
        "period_grain": "VARCHAR",
        "metric": "VARCHAR",
        "value": "DOUBLE",
        "unit": "VARCHAR",
        "is_guidance": "BOOLEAN",
        "evidence": "VARCHAR",
    },
    "fct_financings": {
        "financing_id": "VARCHAR",
        "release_id": "VARCHAR",
        "instrument_type": "VARCHAR",
        "status": "VARCHAR",
        "amount": "DOUBLE",
        "currency": "VARCHAR",
        "amount_usd": "DOUBLE",
        "interest_rate_pct": "DOUBLE",
        "maturity_date": "DATE",
        "share_count": "BIGINT",
        "price_per_share": "DOUBLE",
        "price_currency": "VARCHAR",
        "counterparties": "VARCHAR",
        "evidence": "VARCHAR",
    },
    "fct_events": {
        "event_id": "VARCHAR",
        "release_id": "VARCHAR",
        "event_type": "VARCHAR",
        "event_date": "DATE",
        "counterparty": "VARCHAR",
        "venue": "VARCHAR",
        "amount": "DOUBLE",
        "currency": "VARCHAR",
        "person_name": "VARCHAR",
        "role": "VARCHAR",
        "evidence": "VARCHAR",
    },
    "rejected_files": {
        "source_uri": "VARCHAR",
        "content_sha256": "VARCHAR",
        "reason": "VARCHAR",
        "rejected_at": "TIMESTAMP",
    },
}
INCREMENTAL_MARTS = ("dim_releases", "fct_production", "fct_financings", "fct_events", "rejected_files")
FACT_TABLES = {"fct_production": "production_id", "fct_financings": "financing_id", "fct_events": "event_id"}
PARSER_VERSION = "0.1.0"
VENEZUELA = "Bolivarian Republic of Venezuela"
DC_COURT = "U.S. District Court for the District of Columbia"


# ---------------------------------------------------------------- raw fixture rows


@dataclass
class Release:
    """A release as the Python side stores it: raw text plus header and facts."""

    name: str
    published: date
    title: str
    text: str
    default_currency: str | None = None
    production: list[dict] = field(default_factory=list)
    financings: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)

    @property
    def sha(self) -> str:
        return hashlib.sha256(self.text.encode()).hexdigest()

    @property
    def release_id(self) -> str:
        return self.sha[:16]


def production(
    site,
    metric,
    value,
    unit,
    evidence,
    *,
    ore_source=None,
    start=date(2008, 11, 1),
    end=date(2008, 11, 30),
    grain="month",
    guidance=False,
):
    return dict(
        site=site,
        ore_source=ore_source,
        period_start=start,
        period_end=end,
        period_grain=grain,
        metric=metric,
        value=value,
        unit=unit,
        is_guidance=guidance,
        evidence=evidence,
    )


def financing(
    instrument_type,
    status,
    evidence,
    *,
    amount=None,
    currency=None,
    rate=None,
    maturity=None,
    shares=None,
    price=None,
    price_currency=None,
    counterparties=None,
):
    return dict(
        instrument_type=instrument_type,
        status=status,
        amount=amount,
        currency=currency,
        interest_rate_pct=rate,
        maturity_date=maturity,
        share_count=shares,
        price_per_share=price,
        price_currency=price_currency,
        counterparties=counterparties,
        evidence=evidence,
    )


def event(
    event_type,
    evidence,
    *,
    on=None,
    counterparty=None,
    venue=None,
    amount=None,
    currency=None,
    person=None,
    role=None,
):
    return dict(
        event_type=event_type,
        event_date=on,
        counterparty=counterparty,
        venue=venue,
        amount=amount,
        currency=currency,
        person_name=person,
        role=role,
        evidence=evidence,
    )


NOV_2008_TEXT = (
    "Rusoro Reports Record Gold Production and Record Low Cash Costs at Choco 10\n\n"
    "December 19, 2008\n\nTrading Symbol (TSX-V):RML\n\n"
    "The Choco 10 mill produced 13,475 oz of gold in November 2008.\n"
    "Cash costs at the Choco mill were a record low for November at US$385 per ounce of gold.\n"
    "Total ore processed at the Choco 10 mill in November was 193,796 tonnes. "
    "The total gold recovered at the plant was 15,593 ounces with a total of 13,475 ounces "
    "poured during the month of November. "
    "Gold recovered from Choco 10 ore processing recovered 9,246 ounces, with 9,170 ounces "
    "poured during the month.\n"
    "Isidora gold ore processed at the Choco 10 mill resulted in 6,347 ounces of gold recovered "
    "and 4,305 ounces of gold poured during the month of November.\n"
    "The Company will produce approximately 100,000 ounces of gold in 2008.\n"
)
NOV_2008 = Release(
    "2008-12-19-choco-10-record-production.txt",
    date(2008, 12, 19),
    "Rusoro Reports Record Gold Production and Record Low Cash Costs at Choco 10",
    NOV_2008_TEXT,
    production=[
        production(
            "Choco 10 mill",
            "gold_produced_oz",
            13475,
            "oz",
            "The Choco 10 mill produced 13,475 oz of gold in November 2008.",
        ),
        production(
            "Choco mill",
            "cash_cost_per_oz",
            385,
            "USD/oz",
            "Cash costs at the Choco mill were a record low for November at US$385 per ounce of gold.",
        ),
        production(
            "Choco 10 mill",
            "ore_processed_t",
            193796,
            "t",
            "Total ore processed at the Choco 10 mill in November was 193,796 tonnes.",
        ),
        production(
            "Choco 10 mill",
            "gold_recovered_oz",
            15593,
            "oz",
            "The total gold recovered at the plant was 15,593 ounces",
        ),
        production(
            "Choco 10 mill",
            "gold_poured_oz",
            13475,
            "oz",
            "a total of 13,475 ounces poured during the month of November",
        ),
        production(
            "Choco 10 mill",
            "gold_recovered_oz",
            9246,
            "oz",
            "recovered 9,246 ounces",
            ore_source="Choco 10 mine",
        ),
        production(
            "Choco 10 mill",
            "gold_poured_oz",
            9170,
            "oz",
            "with 9,170 ounces poured",
            ore_source="Choco 10 mine",
        ),
        production(
            "Choco 10 mill",
            "gold_recovered_oz",
            6347,
            "oz",
            "6,347 ounces of gold recovered",
            ore_source="Isidora mine",
        ),
        production(
            "Choco 10 mill",
            "gold_poured_oz",
            4305,
            "oz",
            "4,305 ounces of gold poured",
            ore_source="Isidora mine",
        ),
        production(
            "Rusoro Mining Ltd.",
            "gold_produced_oz",
            100000,
            "oz",
            "The Company will produce approximately 100,000 ounces of gold in 2008.",
            start=date(2008, 1, 1),
            end=date(2008, 12, 31),
            grain="year",
            guidance=True,
        ),
    ],
)

LOAN_TEXT = (
    "Rusoro Announces Restructuring of its Senior Secured Exchangeable Loan\n\nJune 3, 2010\n\n"
    "All amounts in this news release are in United States dollars unless otherwise stated.\n"
    "1. Rusoro will make a first principal payment to the Lenders of $17 million on June 10, 2010;\n"
    "3. Rusoro will make a final principal payment of $30 million by no later than June 10, 2011;\n"
    "6. On June 10, 2010, Rusoro will issue to the Lenders warrants to purchase 30 million common "
    "shares of Rusoro at an exercise price of C$0.39 per share, exercisable until January 10, 2012.\n"
)
LENDERS = (
    "Petropavlovsk PLC; Lansdowne U.K. Equity Fund Limited; BlackRock Natural Resources Hedge Fund Limited"
)
LOAN = Release(
    "2010-06-03-exchangeable-loan-restructuring.txt",
    date(2010, 6, 3),
    "Rusoro Announces Restructuring of its Senior Secured Exchangeable Loan",
    LOAN_TEXT,
    default_currency="USD",
    financings=[
        financing(
            "debt_repayment",
            "proposed",
            "Rusoro will make a first principal payment to the Lenders of $17 million on June 10, 2010",
            amount=17e6,
            currency="USD",
            maturity=date(2010, 6, 10),
            counterparties=LENDERS,
        ),
        financing(
            "exchangeable_loan",
            "proposed",
            "Rusoro will make a final principal payment of $30 million by no later than June 10, 2011",
            amount=30e6,
            currency="USD",
            rate=10.0,
            maturity=date(2011, 6, 10),
            price=0.39,
            price_currency="CAD",
            counterparties=LENDERS,
        ),
        financing(
            "warrants",
            "proposed",
            "warrants to purchase 30 million common shares of Rusoro at an exercise price of C$0.39",
            maturity=date(2012, 1, 10),
            shares=30_000_000,
            price=0.39,
            price_currency="CAD",
            counterparties=LENDERS,
        ),
    ],
)

PLACEMENT_TEXT = (
    "Rusoro Closes C$12 Million Private Placement\n\nMay 10, 2011\n\n"
    "Rusoro has closed a private placement of 24,000,000 units at C$0.50 per unit for gross "
    "proceeds of C$12,000,000.\n"
    "Rusoro also settled CLP 500,000,000 owed to a Chilean drilling contractor.\n"
)
PLACEMENT = Release(
    "2011-05-10-private-placement.txt",
    date(2011, 5, 10),
    "Rusoro Closes C$12 Million Private Placement",
    PLACEMENT_TEXT,
    financings=[
        financing(
            "private_placement",
            "closed",
            "a private placement of 24,000,000 units at C$0.50 per unit for gross proceeds of C$12,000,000",
            amount=12e6,
            currency="CAD",
            shares=24_000_000,
            price=0.5,
            price_currency="CAD",
        ),
        financing(
            "debt_settlement",
            "closed",
            "settled CLP 500,000,000 owed to a Chilean drilling contractor",
            amount=5e8,
            currency="CLP",
            counterparties="a Chilean drilling contractor",
        ),
    ],
)

NOTES_TEXT = (
    "Rusoro Announces Promissory Note Financing Of U.S. $5,500,000\n\nFebruary 3, 2017\n\n"
    "Rusoro has raised an aggregate of U.S. $5,500,000 through the issuance of non-interest bearing "
    "promissory notes. The notes are due ninety days after Rusoro receives its first payment in "
    "respect of the award issued on August 22, 2016 by the Arbitration Tribunal operating under the "
    "Additional Facility Rules of the World Bank's International Centre for the Settlement of "
    "Investment Disputes in the arbitration brought by Rusoro against the Bolivarian Republic of "
    "Venezuela. The Award, plus accrued interest, is in excess of U.S. $1.2 billion.\n"
    "Venezuela had brought an application before the Paris Court of Appeal on October 19, 2016 to "
    "set aside the Award.\n"
    "Rusoro is pleased to announce the appointment of Jessica Van Den Akker as Chief Financial Officer.\n"
    "The Board has accepted the resignation of Harpreet Dhaliwal as CFO.\n"
)
ICSID_TRIBUNAL = (
    "Arbitration Tribunal operating under the Additional Facility Rules of the World "
    "Bank's International Centre for the Settlement of Investment Disputes"
)
NOTES = Release(
    "2017-02-03-promissory-notes-debt-transfer-new-cfo.txt",
    date(2017, 2, 3),
    "Rusoro Announces Promissory Note Financing Of U.S. $5,500,000",
    NOTES_TEXT,
    financings=[
        financing(
            "promissory_note",
            "closed",
            "Rusoro has raised an aggregate of U.S. $5,500,000 through the issuance of "
            "non-interest bearing promissory notes.",
            amount=5.5e6,
            currency="USD",
            rate=0.0,
        ),
    ],
    events=[
        event(
            "arbitration_award",
            "the award issued on August 22, 2016 by the Arbitration Tribunal",
            on=date(2016, 8, 22),
            counterparty=VENEZUELA,
            venue=ICSID_TRIBUNAL,
            amount=1.2e9,
            currency="USD",
        ),
        event(
            "legal_challenge",
            "Venezuela had brought an application before the Paris Court of Appeal",
            on=date(2016, 10, 19),
            counterparty=VENEZUELA,
            venue="Paris Court of Appeal",
        ),
        event(
            "executive_appointment",
            "the appointment of Jessica Van Den Akker as Chief Financial Officer",
            person="Jessica Van Den Akker",
            role="Chief Financial Officer",
        ),
        event(
            "executive_departure",
            "the resignation of Harpreet Dhaliwal as CFO",
            person="Harpreet Dhaliwal",
            role="CFO",
        ),
    ],
)

ONTARIO_TEXT = (
    "Rusoro Mining Obtains Judgment in Canada against the Republic of Venezuela\n\nDecember 6, 2017\n\n"
    "Rusoro has obtained a judgment against the Republic of Venezuela in the Superior Court of "
    "Justice in Ontario, Canada, issued on April 25, 2017.\n"
    "Rusoro has filed suit in the Supreme Court of the State of New York seeking recognition.\n"
    "Rusoro filed an action in the U.S. District Court for the District of Columbia.\n"
)
ONTARIO = Release(
    "2017-12-06-ontario-judgment-and-new-york-recognition-suit.txt",
    date(2017, 12, 6),
    "Rusoro Mining Obtains Judgment in Canada against the Republic of Venezuela",
    ONTARIO_TEXT,
    events=[
        event(
            "court_judgment",
            "obtained a judgment against the Republic of Venezuela in the Superior Court",
            on=date(2017, 4, 25),
            counterparty="Republic of Venezuela",
            venue="Superior Court of Justice in Ontario",
            amount=1.3e9,
            currency="USD",
        ),
        event(
            "legal_proceeding",
            "filed suit in the Supreme Court of the State of New York",
            venue="Supreme Court of the State of New York",
        ),
        event(
            "legal_proceeding",
            "filed an action in the U.S. District Court for the District of Columbia",
            venue=DC_COURT,  # no counterparty, as the parser reads it: taken from the release
        ),
    ],
)

# parsed, then rejected at the parse stage: must not reach any mart but rejected_files
TRUNCATED_TEXT = "Rusoro Reports Q1 2009 Production\n\nApril 1, 2009\n\nThe Choco 10 mill produced 20,"
TRUNCATED = Release(
    "2009-04-01-truncated.txt",
    date(2009, 4, 1),
    "Rusoro Reports Q1 2009 Production",
    TRUNCATED_TEXT,
    production=[
        production(
            "Choco 10 mill",
            "gold_produced_oz",
            20,
            "oz",
            "The Choco 10 mill produced 20,",
            start=date(2009, 1, 1),
            end=date(2009, 3, 31),
            grain="quarter",
        )
    ],
)

# second run
DEC_2008_TEXT = (
    "Rusoro Reports December Production\n\nJanuary 20, 2009\n\n"
    "The Choco 10 plant poured 12,100 ounces of gold in December 2008 from 15,000 ounces recovered.\n"
)
DEC_2008 = Release(
    "2009-01-20-december-production.txt",
    date(2009, 1, 20),
    "Rusoro Reports December Production",
    DEC_2008_TEXT,
    production=[
        production(
            "the Choco 10 plant",
            "gold_poured_oz",
            12100,
            "oz",
            "The Choco 10 plant poured 12,100 ounces of gold in December 2008",
            start=date(2008, 12, 1),
            end=date(2008, 12, 31),
        ),
        production(
            "the Choco 10 plant",
            "gold_recovered_oz",
            15000,
            "oz",
            "from 15,000 ounces recovered",
            start=date(2008, 12, 1),
            end=date(2008, 12, 31),
        ),
    ],
)
DC_RULING_TEXT = (
    "Rusoro Mining Wins Key U.S. Court Ruling Confirming Arbitration Award\n\nMarch 14, 2018\n\n"
    "On August 16, 2017, an arbitration tribunal convened under the Canada-Venezuela Bilateral "
    "Investment Treaty found that the Republic of Venezuela had unlawfully expropriated the gold "
    "mining assets of Rusoro and ordered Venezuela to compensate Rusoro in the amount of "
    "US$967.77 million, plus interest.\n"
    "Rusoro commenced litigation in the U.S. District Court for the District of Columbia.\n"
    "On March 1, 2018, the DC court ruled in Rusoro's favour.\n"
    "Rusoro has commenced enforcement proceedings in England.\n"
)
DC_RULING = Release(
    "2018-03-14-us-court-confirms-arbitration-award.txt",
    date(2018, 3, 14),
    "Rusoro Mining Wins Key U.S. Court Ruling Confirming Arbitration Award",
    DC_RULING_TEXT,
    events=[
        event(
            "arbitration_award",
            "On August 16, 2017, an arbitration tribunal convened under the "
            "Canada-Venezuela Bilateral Investment Treaty",
            on=date(2017, 8, 16),
            counterparty="Republic of Venezuela",
            venue="arbitration tribunal convened under the Canada-Venezuela Bilateral Investment Treaty",
            amount=967.77e6,
            currency="USD",
        ),
        event(
            "legal_proceeding",
            "Rusoro commenced litigation in the U.S. District Court for the District of Columbia",
            counterparty="Republic of Venezuela",
            venue=DC_COURT,
        ),
        event(
            "court_judgment",
            "On March 1, 2018, the DC court ruled in Rusoro's favour",
            on=date(2018, 3, 1),
            counterparty="Republic of Venezuela",
            venue=DC_COURT,
        ),
        event(
            "enforcement_action",
            "Rusoro has commenced enforcement proceedings in England",
            counterparty="Republic of Venezuela",
            venue="England",
        ),
    ],
)

FIRST_RUN = (NOV_2008, LOAN, PLACEMENT, NOTES, ONTARIO, TRUNCATED)
SECOND_RUN = (DEC_2008, DC_RULING)


def open_raw(path: Path) -> duckdb.DuckDBPyConnection:
    # DuckDB names a file's catalog after its stem, so in raw.duckdb "raw.releases" would be
    # ambiguous (catalog raw or schema raw): attach it under the name dbt uses.
    con = duckdb.connect()
    con.execute(f"attach '{path}' as pressroom_raw")
    con.execute("use pressroom_raw")
    return con


def write_release(con, release: Release, run_id: str, at: datetime) -> None:
    text = release.text
    con.execute(
        "insert into raw.releases values (?, ?, ?, ?, 'utf-8', ?, ?, ?, ?)",
        [
            release.release_id,
            release.sha,
            f"file:///inbox/{release.name}",
            release.name,
            len(text.encode()),
            text,
            at,
            run_id,
        ],
    )
    con.execute(
        "insert into raw.release_headers values (?, 'Rusoro Mining Ltd.', 'RML', 'TSX-V', 'TSX-V:RML',"
        " ?, ?, 'Vancouver, BC', ?, ?, ?, 0, ?, ?, ?)",
        [
            release.release_id,
            release.published,
            release.title,
            release.default_currency,
            text,
            text.count("\n\n") + 1,
            PARSER_VERSION,
            at,
            run_id,
        ],
    )
    kinds = (
        ("production_facts", release.production),
        ("financing_facts", release.financings),
        ("event_facts", release.events),
    )
    for table, facts in kinds:
        for fact in facts:
            start = text.find(fact["evidence"])
            assert start >= 0, fact["evidence"]
            fact_id = hashlib.sha256(f"{release.sha}|{table}|{sorted(fact.items())}".encode()).hexdigest()[
                :16
            ]
            values = [
                fact_id,
                release.release_id,
                *fact.values(),
                start,
                start + len(fact["evidence"]),
                table.removesuffix("_facts"),
                PARSER_VERSION,
            ]
            con.execute(f"insert into raw.{table} values ({', '.join('?' * len(values))})", values)


def write_rejection(con, sha: str, name: str, stage: str, reason: str, run_id: str, at: datetime) -> None:
    con.execute(
        "insert into raw.rejected_files values (?, ?, ?, ?, ?, ?, ?)",
        [sha, f"file:///inbox/{name}", name, stage, reason, at, run_id],
    )


# ---------------------------------------------------------------- running dbt


def dbt(command: str, raw_db: Path, build_db: Path, work: Path, *extra: str) -> None:
    env = {
        **os.environ,
        "PRESSROOM_RAW_DB": str(raw_db),
        "PRESSROOM_BUILD_DB": str(build_db),
        "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
    }
    args = [
        str(DBT),
        *command.split(),
        "--project-dir",
        str(PROJECT_DIR),
        "--profiles-dir",
        str(PROJECT_DIR),
        "--target-path",
        str(work / "dbt" / "target"),
        "--log-path",
        str(work / "dbt" / "logs"),
        *extra,
    ]
    result = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"dbt {command} failed:\n{result.stdout[-6000:]}\n{result.stderr[-2000:]}"


def rows(db: Path, sql: str, params=None) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def one(db: Path, sql: str, params=None):
    [(value,)] = rows(db, sql, params)
    return value


def persisted_relations(db: Path) -> list[tuple[str, str]]:
    return rows(
        db,
        """
        select schema_name, table_name from duckdb_tables() where database_name = current_database()
        union all
        select schema_name, view_name from duckdb_views()
        where database_name = current_database() and not internal
        order by 1, 2""",
    )


@dataclass
class Scenario:
    work: Path
    raw_db: Path
    candidate: Path  # built by the first run, then incrementally by the second
    after_first_run: dict[str, list[tuple]]
    full_refresh: Path
    published: Path


@pytest.fixture(scope="module")
def scenario(tmp_path_factory) -> Scenario:
    work = tmp_path_factory.mktemp("pressroom")
    raw_db = work / "raw.duckdb"
    candidate = work / "candidate.duckdb"

    with open_raw(raw_db) as con:
        con.execute(DDL)
        first_at = datetime(2026, 11, 1, 6, 0)
        for release in FIRST_RUN:
            write_release(con, release, "run-1", first_at)
        write_rejection(
            con,
            TRUNCATED.sha,
            TRUNCATED.name,
            "parse",
            "truncated: the text ends mid-sentence",
            "run-1",
            first_at,
        )
        write_rejection(
            con, hashlib.sha256(b"").hexdigest(), "empty.txt", "ingest", "empty file", "run-1", first_at
        )
    dbt("build", raw_db, candidate, work)
    after_first_run = {table: rows(candidate, f"select * from marts.{table}") for table in INCREMENTAL_MARTS}
    after_first_run["dim_legal_events"] = rows(candidate, "select * from marts.dim_legal_events")

    with open_raw(raw_db) as con:
        second_at = datetime(2026, 11, 2, 6, 0)
        for release in SECOND_RUN:
            write_release(con, release, "run-2", second_at)
        write_rejection(
            con,
            hashlib.sha256(b"\x89PNG").hexdigest(),
            "scan.png",
            "ingest",
            "binary file: not UTF-8 text",
            "run-2",
            second_at,
        )
    dbt("build", raw_db, candidate, work, "--exclude", "test_type:unit")

    # the full refresh goes to a fresh file at the same path: an unchanged profile keeps
    # dbt's partial parsing (a new path would re-parse the project, ~10 s here). Its data
    # tests would repeat the ones the incremental build passed: it must equal that build.
    incremental = work / "incremental.duckdb"
    os.replace(candidate, incremental)
    dbt("build", raw_db, candidate, work, "--full-refresh", "--exclude", "test_type:unit", "test_type:data")
    dbt("docs generate --static", raw_db, candidate, work)

    published = work / "published" / "warehouse.duckdb"
    published.parent.mkdir()
    shutil.copyfile(incremental, published)
    return Scenario(work, raw_db, incremental, after_first_run, candidate, published)


# ---------------------------------------------------------------- the first run


def test_contract_tables_have_every_contract_column_with_its_type(scenario):
    for table, expected in CONTRACT_COLUMNS.items():
        actual = dict(
            rows(
                scenario.candidate,
                """
            select column_name, data_type from information_schema.columns
            where table_schema = 'marts' and table_name = ?""",
                [table],
            )
        )
        assert {name: actual.get(name) for name in expected} == expected, table


def test_first_run_loads_accepted_releases_only(scenario):
    first = scenario.after_first_run
    accepted = {release.release_id for release in FIRST_RUN if release is not TRUNCATED}
    assert {row[0] for row in first["dim_releases"]} == accepted
    for table in FACT_TABLES:
        released = {row[1] for row in first[table]}
        assert TRUNCATED.release_id not in released and released <= accepted
    assert len(first["fct_production"]) == len(NOV_2008.production)
    assert len(first["fct_financings"]) == len(LOAN.financings) + len(PLACEMENT.financings) + len(
        NOTES.financings
    )
    assert len(first["fct_events"]) == len(NOTES.events) + len(ONTARIO.events)
    assert sorted(row[2] for row in first["rejected_files"]) == [
        "empty file",
        "truncated: the text ends mid-sentence",
    ]


def test_release_header_fields_reach_dim_releases(scenario):
    row = rows(
        scenario.candidate,
        """
        select issuer_name, ticker, exchange, published_date, title, source_uri, parser_version,
               issuer_id, default_currency, listings
        from marts.dim_releases where release_id = ?""",
        [LOAN.release_id],
    )
    assert row == [
        (
            "Rusoro Mining Ltd.",
            "RML",
            "TSX-V",
            date(2010, 6, 3),
            LOAN.title,
            f"file:///inbox/{LOAN.name}",
            PARSER_VERSION,
            "rusoro-mining",
            "USD",
            "TSX-V:RML",
        )
    ]


def test_cad_amount_is_converted_at_the_release_months_rate(scenario):
    rate = one(
        scenario.candidate,
        """
        select usd_per_unit from reference.fx_rates_to_usd
        where currency = 'CAD' and month = date '2011-05-01'""",
    )
    assert 1.0 < rate < 1.07  # the loonie was above par in May 2011
    amount_usd, rate_used, note = rows(
        scenario.candidate,
        """
        select amount_usd, fx_rate_usd_per_unit, amount_usd_note from marts.fct_financings
        where instrument_type = 'private_placement'""",
    )[0]
    assert amount_usd == pytest.approx(12e6 * rate, abs=0.01)
    assert rate_used == rate
    assert note.startswith("converted at the 2011-05 ECB monthly average rate: 1 CAD = ")


def test_usd_is_kept_and_missing_rates_or_amounts_stay_null_with_a_reason(scenario):
    by_type = {
        row[0]: row[1:]
        for row in rows(
            scenario.candidate,
            """
        select instrument_type, amount, amount_usd, amount_usd_note, price_per_share, price_currency
        from marts.fct_financings""",
        )
    }
    assert by_type["promissory_note"][:3] == (5.5e6, 5.5e6, "amount is in USD")
    assert by_type["debt_settlement"][:3] == (
        5e8,
        None,
        "not converted: no CLP rate for 2011-05 in seed fx_rates_to_usd",
    )
    assert by_type["warrants"] == (None, None, "no amount stated", 0.39, "CAD")  # price never converted
    assert by_type["exchangeable_loan"][3:] == (0.39, "CAD")


def test_site_aliases_resolve_choco_mill_to_one_site(scenario):
    site_ids = dict(rows(scenario.candidate, "select site, site_id from marts.fct_production"))
    assert site_ids["Choco mill"] == site_ids["Choco 10 mill"] == "rusoro-mining/choco-10-mill"
    assert site_ids["Rusoro Mining Ltd."] == "rusoro-mining/rusoro-mining-ltd"
    ore_sources = dict(
        rows(
            scenario.candidate,
            """
        select ore_source, ore_source_site_id from marts.fct_production where ore_source is not null""",
        )
    )
    assert ore_sources == {
        "Choco 10 mine": "rusoro-mining/choco-10-mine",
        "Isidora mine": "rusoro-mining/isidora-mine",
    }


def test_award_has_one_mention_and_no_conflict_after_the_first_run(scenario):
    [award] = [row for row in scenario.after_first_run["dim_legal_events"] if row[5] == "arbitration_award"]
    columns = [
        row[0]
        for row in rows(
            scenario.candidate,
            """
        select column_name from information_schema.columns
        where table_schema = 'marts' and table_name = 'dim_legal_events' order by ordinal_position""",
        )
    ]
    award = dict(zip(columns, award, strict=True))
    assert (award["mention_count"], award["has_conflicting_dates"], award["event_date"]) == (
        1,
        False,
        date(2016, 8, 22),
    )


# ---------------------------------------------------------------- the second (incremental) run


def test_incremental_run_keeps_old_rows_untouched_and_adds_the_new(scenario):
    new_ids = {release.release_id for release in SECOND_RUN}
    expected_added = {
        "dim_releases": 2,
        "fct_production": 2,
        "fct_financings": 0,
        "fct_events": 4,
        "rejected_files": 1,
    }
    for table in INCREMENTAL_MARTS:
        before = scenario.after_first_run[table]
        after = rows(scenario.candidate, f"select * from marts.{table}")
        assert len(after) == len(set(after))
        assert set(before) <= set(after), f"{table}: rows of the first run changed"
        added = set(after) - set(before)
        assert len(added) == expected_added[table], table
        if table == "rejected_files":
            assert [row[2] for row in added] == ["binary file: not UTF-8 text"]
        else:
            release_column = 0 if table == "dim_releases" else 1
            assert {row[release_column] for row in added} <= new_ids, table


def test_no_duplicate_keys_after_the_incremental_run(scenario):
    for table, key in {
        **FACT_TABLES,
        "dim_releases": "release_id",
        "rejected_files": "content_sha256",
    }.items():
        assert one(scenario.candidate, f"select count(*) - count(distinct {key}) from marts.{table}") == 0, (
            table
        )


def test_a_later_mention_joins_the_award_and_flags_the_conflicting_dates(scenario):
    mentions = rows(
        scenario.candidate,
        """
        select release_id, event_date, canonical_event_id from marts.fct_events
        where event_type = 'arbitration_award' order by event_date""",
    )
    assert [(release_id, on) for release_id, on, _ in mentions] == [
        (NOTES.release_id, date(2016, 8, 22)),
        (DC_RULING.release_id, date(2017, 8, 16)),
    ]
    assert mentions[0][2] == mentions[1][2]  # one canonical event ...
    first_run_id = one(
        scenario.candidate,
        "select canonical_event_id from marts.fct_events where release_id = ? "
        "and event_type = 'arbitration_award'",
        [NOTES.release_id],
    )
    assert first_run_id == mentions[0][2]  # ... whose id did not change when the mention arrived
    award = rows(
        scenario.candidate,
        """
        select mention_count, release_count, has_conflicting_dates, has_conflicts, event_date, dates_seen,
               first_mention_release_id, last_mention_release_id, venue_family, counterparty_family
        from marts.dim_legal_events where canonical_event_id = ?""",
        [first_run_id],
    )
    assert award == [
        (
            2,
            2,
            True,
            True,
            None,
            "2016-08-22; 2017-08-16",
            NOTES.release_id,
            DC_RULING.release_id,
            "Arbitral tribunal",
            VENEZUELA,
        )
    ]


def test_mentions_of_one_proceeding_across_releases_share_a_canonical_event(scenario):
    dc_events = dict(
        rows(
            scenario.candidate,
            """
        select event_type, count(distinct canonical_event_id) from marts.fct_events
        where venue_family = ? group by 1""",
            [DC_COURT],
        )
    )
    assert dc_events == {"legal_proceeding": 1, "court_judgment": 1}
    counts = dict(
        rows(
            scenario.candidate,
            """
        select event_type || ' @ ' || venue_family, mention_count from marts.dim_legal_events""",
        )
    )
    assert counts[f"legal_proceeding @ {DC_COURT}"] == 2
    inferred = rows(
        scenario.candidate,
        """
        select venue, counterparty, counterparty_family from marts.fct_events
        where is_counterparty_inferred order by venue""",
    )
    assert inferred == [
        ("Supreme Court of the State of New York", None, VENEZUELA),
        (DC_COURT, None, VENEZUELA),
    ]
    assert counts["legal_challenge @ Paris Court of Appeal"] == 1
    assert not any(
        rows(
            scenario.candidate,
            """
        select 1 from marts.dim_legal_events
        where has_conflicting_dates and event_type != 'arbitration_award'""",
        )
    )


def test_dim_sites_has_one_choco_mill_with_every_name_seen(scenario):
    sites = {
        row[0]: row[1:]
        for row in rows(
            scenario.candidate,
            """
        select site_id, site_name, site_type, names_seen from marts.dim_sites""",
        )
    }
    assert sites["rusoro-mining/choco-10-mill"] == (
        "Choco 10 mill",
        "mill",
        "Choco 10 mill; Choco mill; the Choco 10 plant",
    )
    assert sites["rusoro-mining/isidora-mine"][1] == "mine"


def test_dim_dates_covers_every_date_in_the_data(scenario):
    first, last, days = rows(
        scenario.candidate, "select min(date_day), max(date_day), count(*) from marts.dim_dates"
    )[0]
    # whole years from the November 2008 production period to the March 2018 release
    assert (first, last, days) == (
        date(2008, 1, 1),
        date(2018, 12, 31),
        (date(2018, 12, 31) - first).days + 1,
    )


# ---------------------------------------------------------------- full refresh, publishing, docs


def test_full_refresh_rebuilds_identical_contents(scenario):
    incremental, full = persisted_relations(scenario.candidate), persisted_relations(scenario.full_refresh)
    assert incremental == full
    assert {table for schema, table in incremental if schema == "marts"} >= {
        *INCREMENTAL_MARTS,
        "dim_issuers",
        "dim_sites",
        "dim_dates",
        "dim_legal_events",
    }
    with duckdb.connect() as con:
        con.execute(f"attach '{scenario.candidate}' as incremental (read_only)")
        con.execute(f"attach '{scenario.full_refresh}' as full_refresh (read_only)")
        for schema, table in incremental:
            for left, right in (("incremental", "full_refresh"), ("full_refresh", "incremental")):
                [(extra,)] = con.execute(f"""
                    select count(*) from (select * from {left}.{schema}.{table}
                    except all select * from {right}.{schema}.{table})""").fetchall()
                assert extra == 0, f"{schema}.{table}: {extra} rows in {left} only"


def test_published_warehouse_opens_without_the_raw_attach(scenario):
    relations = persisted_relations(scenario.published)
    assert ("marts", "fct_events") in relations
    with duckdb.connect(str(scenario.published), read_only=True) as con:
        assert not [
            row
            for row in con.execute("select database_name from duckdb_databases()").fetchall()
            if row[0] == "pressroom_raw"
        ]
        for schema, table in relations:
            con.execute(f"select * from {schema}.{table}").fetchall()
        assert not con.execute("select view_name from duckdb_views() where not internal").fetchall()


def test_every_analysis_runs_on_the_published_warehouse(scenario):
    compiled = scenario.work / "dbt" / "target" / "compiled" / "pressroom" / "analyses"
    queries = sorted(compiled.glob("*.sql"))
    assert [query.stem for query in queries] == [
        "cash_cost_trend",
        "facts_of_one_release",
        "financing_timeline",
        "gold_production_by_site_by_month",
        "legal_timeline_of_award",
    ]
    results = {}
    with duckdb.connect(str(scenario.published), read_only=True) as con:
        for query in queries:
            sql = query.read_text()
            assert "pressroom_raw" not in sql and "full_refresh" not in sql
            results[query.stem] = con.execute(sql).fetchall()
    assert all(results.values()), {name: len(found) for name, found in results.items()}
    timeline = results["legal_timeline_of_award"]
    assert [row[2] for row in timeline][:2] == ["arbitration_award", "legal_challenge"]
    assert len(results["facts_of_one_release"]) == len(DC_RULING.events)
    for row in results["facts_of_one_release"]:
        assert row[4] == row[5]  # evidence == the raw-text span the offsets point at


def test_docs_site_is_generated(scenario):
    assert (scenario.work / "dbt" / "target" / "static_index.html").stat().st_size > 10_000


def test_every_model_seed_and_column_is_described(scenario):
    manifest = json.loads((scenario.work / "dbt" / "target" / "manifest.json").read_text())
    nodes = [
        node
        for node in manifest["nodes"].values()
        if node["resource_type"] in ("model", "seed") and node["package_name"] == "pressroom"
    ]
    assert len(nodes) >= 20
    undocumented = [node["name"] for node in nodes if not node["description"].strip()]
    undocumented += [
        f"{node['name']}.{name}"
        for node in nodes
        for name, column in node["columns"].items()
        if not column["description"].strip()
    ]
    for node in nodes:
        if node["config"]["materialized"] == "ephemeral":
            continue
        actual = {
            name
            for (name,) in rows(
                scenario.published,
                """
            select column_name from information_schema.columns where table_schema = ? and table_name = ?""",
                [node["schema"], node["alias"]],
            )
        }
        assert actual, node["name"]
        undocumented += [f"{node['name']}.{name}" for name in actual - set(node["columns"])]
    assert undocumented == []
