"""The Great Expectations gate (pressroom.quality) on small candidate warehouses.

Each test builds a DuckDB file with the contract's ``marts`` tables (exact columns and types,
CONTRACT.md), validates it with the committed suites in ``expectations/``, and checks the
verdict, the one-line summary and ``gate.json``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest
from pressroom import quality
from pressroom.models import EVENT_TYPES, FINANCING_STATUSES, INSTRUMENT_TYPES, PRODUCTION_METRICS

REPO = Path(__file__).resolve().parents[1]
SUITES_DIR = REPO / "expectations"
TODAY = date(2026, 6, 30)

# ---------------------------------------------------------------- candidate builder

MARTS_DDL = """
create schema if not exists marts;
create table marts.dim_releases (
    release_id varchar not null, issuer_name varchar, ticker varchar, exchange varchar,
    published_date date not null, title varchar not null, source_uri varchar, parser_version varchar
);
create table marts.fct_production (
    production_id varchar, release_id varchar, site varchar, ore_source varchar,
    period_start date, period_end date, period_grain varchar, metric varchar,
    value double, unit varchar, is_guidance boolean, evidence varchar
);
create table marts.fct_financings (
    financing_id varchar, release_id varchar, instrument_type varchar, status varchar,
    amount double, currency varchar, amount_usd double, interest_rate_pct double,
    maturity_date date, share_count bigint, price_per_share double, price_currency varchar,
    counterparties varchar, evidence varchar
);
create table marts.fct_events (
    event_id varchar, release_id varchar, event_type varchar, event_date date,
    counterparty varchar, venue varchar, amount double, currency varchar,
    person_name varchar, role varchar, evidence varchar
);
create table marts.rejected_files (
    source_uri varchar, content_sha256 varchar, reason varchar, rejected_at timestamp
);
"""

COLUMNS = {
    "dim_releases": ["release_id", "issuer_name", "ticker", "exchange", "published_date", "title",
                     "source_uri", "parser_version"],
    "fct_production": ["production_id", "release_id", "site", "ore_source", "period_start", "period_end",
                       "period_grain", "metric", "value", "unit", "is_guidance", "evidence"],
    "fct_financings": ["financing_id", "release_id", "instrument_type", "status", "amount", "currency",
                       "amount_usd", "interest_rate_pct", "maturity_date", "share_count", "price_per_share",
                       "price_currency", "counterparties", "evidence"],
    "fct_events": ["event_id", "release_id", "event_type", "event_date", "counterparty", "venue", "amount",
                   "currency", "person_name", "role", "evidence"],
    "rejected_files": ["source_uri", "content_sha256", "reason", "rejected_at"],
}


def make_candidate(path: Path, tables: dict[str, list[dict]]) -> Path:
    """A candidate warehouse with every contract table; rows are dicts, missing keys are null."""
    with duckdb.connect(str(path)) as con:
        con.execute(MARTS_DDL)
        for table, rows in tables.items():
            columns = COLUMNS[table]
            for row in rows:
                unknown = set(row) - set(columns)
                assert not unknown, f"{table} has no column(s) {unknown}"
                con.execute(
                    f"insert into marts.{table} ({', '.join(columns)}) "
                    f"values ({', '.join('?' for _ in columns)})",
                    [row.get(c) for c in columns],
                )
    return path


def release(release_id: str, published: date, **extra) -> dict:
    return {"release_id": release_id, "issuer_name": "Rusoro Mining Ltd.", "ticker": "RML",
            "exchange": "TSX-V", "published_date": published, "title": f"Release {release_id}",
            "source_uri": f"inbox/{release_id}.txt", "parser_version": "0.1.0", **extra}


def production(production_id: str, metric: str, value: float, **extra) -> dict:
    return {"production_id": production_id, "release_id": "r1", "site": "Choco 10 mill",
            "ore_source": None, "period_start": date(2012, 10, 1), "period_end": date(2012, 12, 31),
            "period_grain": "quarter", "metric": metric, "value": value,
            "unit": PRODUCTION_METRICS.get(metric), "is_guidance": False,
            "evidence": f"{metric} for the quarter was {value}", **extra}


CLEAN_VALUES = {
    "ore_mined_t": 250_000.0, "ore_processed_t": 240_000.0, "tonnes_per_day": 2_600.0,
    "head_grade_g_t": 2.1, "recovery_pct": 91.5, "gold_recovered_oz": 14_800.0,
    "gold_poured_oz": 14_500.0, "gold_produced_oz": 14_700.0, "gold_sold_oz": 14_000.0,
    "cash_cost_per_oz": 780.0,
}


def clean_tables() -> dict[str, list[dict]]:
    """Two releases and facts that break no expectation; one production row per metric."""
    return {
        "dim_releases": [release("r1", date(2013, 1, 15)), release("r2", date(2019, 3, 4), ticker=None)],
        "fct_production": [
            *(production(f"p{i}", metric, value) for i, (metric, value) in enumerate(CLEAN_VALUES.items())),
            # guidance may cover a period that ends after the release
            production("p-guide", "gold_produced_oz", 60_000.0, is_guidance=True,
                       period_start=date(2013, 1, 1), period_end=date(2013, 12, 31), period_grain="year"),
        ],
        "fct_financings": [
            {"financing_id": "f1", "release_id": "r2", "instrument_type": "promissory_note",
             "status": "closed", "amount": 1_000_000.0, "currency": "USD", "amount_usd": 1_000_000.0,
             "interest_rate_pct": 10.0,
             "maturity_date": date(2020, 3, 4), "counterparties": "Lender A; Lender B",
             "evidence": "a US$1,000,000 promissory note bearing 10% interest"},
            {"financing_id": "f2", "release_id": "r2", "instrument_type": "warrants", "status": "announced",
             "share_count": 5_000_000, "price_per_share": 0.05, "price_currency": "CAD",
             "evidence": "5,000,000 warrants exercisable at C$0.05"},
            {"financing_id": "f3", "release_id": "r2", "instrument_type": "debt_settlement",
             "status": "proposed", "interest_rate_pct": 0.0, "evidence": "a non-interest-bearing settlement"},
        ],
        "fct_events": [
            {"event_id": "e1", "release_id": "r2", "event_type": "arbitration_award",
             "event_date": date(2016, 8, 22), "counterparty": "Bolivarian Republic of Venezuela",
             "amount": 967_770_000.0, "currency": "USD",
             "evidence": "the Tribunal awarded US$967.77 million"},
            {"event_id": "e2", "release_id": "r1", "event_type": "executive_appointment",
             "person_name": "Jane Doe", "role": "Chief Financial Officer",
             "evidence": "appointed Jane Doe as Chief Financial Officer"},
        ],
        "rejected_files": [
            {"source_uri": "inbox/empty.txt", "content_sha256": "e3b0c44298fc1c149afbf4c8996fb924"
             "27ae41e4649b934ca495991b7852b855", "reason": "empty file",
             "rejected_at": datetime(2026, 6, 30, 12, 0)},
        ],
    }


def gate(tmp_path: Path, tables: dict[str, list[dict]]) -> tuple[quality.GateResult, dict]:
    candidate = make_candidate(tmp_path / "candidate.duckdb", tables)
    result = quality.validate(candidate, tmp_path / "report", suites_dir=SUITES_DIR, today=TODAY)
    return result, json.loads(result.report_path.read_text())


def failed(report: dict) -> list[tuple[str, str, dict]]:
    """(suite, expectation type, kwargs) of every failed expectation in gate.json."""
    return [(suite, e["type"], e["kwargs"]) for suite, body in report["suites"].items()
            for e in body["expectations"] if not e["success"]]


# ---------------------------------------------------------------- the suites themselves


def test_clean_fixture_covers_every_metric():
    assert set(CLEAN_VALUES) == set(PRODUCTION_METRICS)
    assert {"promissory_note", "warrants"} <= set(INSTRUMENT_TYPES)
    assert {"closed", "announced", "proposed"} <= set(FINANCING_STATUSES)
    assert {"arbitration_award", "executive_appointment"} <= set(EVENT_TYPES)


@pytest.mark.parametrize("suite_path", sorted(SUITES_DIR.glob("*.json")), ids=lambda p: p.stem)
def test_suite_loads_every_expectation(suite_path: Path):
    import great_expectations as gx

    spec = json.loads(suite_path.read_text())
    assert spec["name"] == suite_path.stem
    assert spec["meta"]["table"] in COLUMNS
    assert spec["expectations"], "a suite with no expectations checks nothing"
    suite = gx.ExpectationSuite(**spec)           # GX drops invalid expectations, logging only
    assert len(suite.expectations) == len(spec["expectations"])
    assert all((e.get("meta") or {}).get("notes") for e in spec["expectations"]), "every expectation says why"


def test_every_published_table_has_a_suite():
    assert {p.stem for p in SUITES_DIR.glob("*.json")} == set(COLUMNS)


def test_unit_matches_metric_agrees_with_the_models(tmp_path: Path):
    # fct_production's query carries its own metric -> unit table; it must be models.PRODUCTION_METRICS
    units = sorted(set(PRODUCTION_METRICS.values()))
    rows = [production(f"{metric}-{unit}", metric, 1.0, unit=unit)
            for metric in [*PRODUCTION_METRICS, "silver_produced_oz"] for unit in units]
    candidate = make_candidate(tmp_path / "c.duckdb", {"fct_production": rows})
    query = json.loads((SUITES_DIR / "fct_production.json").read_text())["meta"]["query"]
    with duckdb.connect(str(candidate), read_only=True) as con:
        checked = con.execute(f"select metric, unit, unit_matches_metric from ({query})").fetchall()
    assert len(checked) == len(rows)
    assert {(m, u): ok for m, u, ok in checked} == {
        (m, u): PRODUCTION_METRICS.get(m) == u for m, u, _ in checked}


def test_load_rejects_a_suite_gx_would_drop(tmp_path: Path):
    spec = json.loads((SUITES_DIR / "fct_events.json").read_text())
    spec["expectations"].append({"type": "expect_column_values_to_be_sensible",
                                 "kwargs": {"column": "amount"}})
    (tmp_path / "fct_events.json").write_text(json.dumps(spec))
    with pytest.raises(quality.SuiteError, match=r"fct_events\.json.*expect_column_values_to_be_sensible"):
        quality.load_suite_specs(tmp_path)


def test_load_rejects_bad_kwargs(tmp_path: Path):
    (tmp_path / "x.json").write_text(json.dumps({"name": "x", "expectations": [
        {"type": "expect_column_values_to_be_between", "kwargs": {"column": "amount", "min": 0}}]}))
    with pytest.raises(quality.SuiteError, match=r"x\.json: expectation #0"):
        quality.load_suite_specs(tmp_path)


def test_failing_query_names_the_suite_and_writes_the_report(tmp_path: Path):
    (tmp_path / "suites").mkdir()
    (tmp_path / "suites" / "broken.json").write_text(json.dumps({
        "name": "broken", "meta": {"query": "select * from marts.no_such_table"},
        "expectations": [{"type": "expect_table_row_count_to_be_between", "kwargs": {"min_value": 0}}]}))
    candidate = make_candidate(tmp_path / "c.duckdb", {})
    with pytest.raises(quality.SuiteError, match=r"broken\.json: meta\.query failed.*no_such_table"):
        quality.validate(candidate, tmp_path / "report", suites_dir=tmp_path / "suites", today=TODAY)
    report = json.loads((tmp_path / "report" / "gate.json").read_text())
    assert report["success"] is False and "broken.json" in report["error"]


def test_default_suites_dir(monkeypatch, tmp_path: Path):
    monkeypatch.delenv(quality.EXPECTATIONS_DIR_ENV, raising=False)
    assert quality.default_suites_dir() == SUITES_DIR
    monkeypatch.setenv(quality.EXPECTATIONS_DIR_ENV, str(tmp_path))
    assert quality.default_suites_dir() == tmp_path


def test_iso_4217_list():
    assert len(quality.ISO_4217_ACTIVE) > 170
    assert {"USD", "CAD", "AUD", "EUR", "GBP", "ZAR", "VES", "XAU"} <= quality.ISO_4217_CURRENCIES
    assert not {"XYZ", "XXX", "XTS", "VEF", "HRK", "usd"} & quality.ISO_4217_CURRENCIES


def test_importing_quality_is_cheap():
    code = ("import sys, pressroom.quality; "
            "heavy = [m for m in ('great_expectations', 'pandas', 'duckdb') if m in sys.modules]; "
            "assert not heavy, heavy")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


# ---------------------------------------------------------------- the gate on candidates


def test_clean_candidate_passes(tmp_path: Path):
    result, report = gate(tmp_path, clean_tables())
    assert result.success, result.failures
    assert result.failures == ()
    n_expectations = sum(len(json.loads(p.read_text())["expectations"]) for p in SUITES_DIR.glob("*.json"))
    assert result.checked == n_expectations
    assert result.summary() == (f"gate passed: {n_expectations} expectations on 5 tables; "
                                f"report: {result.report_path}")
    assert result.report_path == tmp_path / "report" / "gate.json"
    assert report["success"] is True and report["today"] == "2026-06-30"
    assert report["suites"]["fct_production"]["rows"] == 11
    entry = report["suites"]["fct_production"]["expectations"][1]
    assert entry["type"] == "expect_table_row_count_to_be_between" and entry["observed_value"] == 11


def test_empty_fact_tables_pass(tmp_path: Path):
    tables = clean_tables()
    tables.update(fct_production=[], fct_financings=[], fct_events=[], rejected_files=[])
    result, report = gate(tmp_path, tables)
    assert result.success, result.failures
    assert report["suites"]["fct_events"]["rows"] == 0


def test_empty_warehouse_passes(tmp_path: Path):
    result, _ = gate(tmp_path, {})
    assert result.success, result.failures


def _with(table: str, row: dict) -> dict[str, list[dict]]:
    tables = clean_tables()
    tables[table] = [*tables[table], row]
    return tables


VIOLATIONS = {
    "negative ounces": (
        _with("fct_production", production("p-neg", "gold_produced_oz", -5.0)),
        ("fct_production", "expect_column_values_to_be_between", "value where unit == 'oz'"),
        "-5.0 at production_id=p-neg, metric=gold_produced_oz, unit=oz",
    ),
    "cash cost 7 USD/oz": (
        _with("fct_production", production("p-cost", "cash_cost_per_oz", 7.0)),
        ("fct_production", "expect_column_values_to_be_between", "value where unit == 'USD/oz'"),
        "7.0 at production_id=p-cost, metric=cash_cost_per_oz, unit=USD/oz",
    ),
    "actual dated after its release": (
        _with("fct_production", production("p-late", "gold_sold_oz", 9_000.0,
                                            period_start=date(2013, 1, 1), period_end=date(2013, 3, 31))),
        ("fct_production", "expect_column_pair_values_a_to_be_greater_than_b",
         "release_published_date, period_end where is_guidance == False"),
        "'2013-01-15' vs '2013-03-31' at production_id=p-late, metric=gold_sold_oz, unit=oz",
    ),
    "currency XYZ": (
        _with("fct_financings", {"financing_id": "f-xyz", "release_id": "r1",
                                 "instrument_type": "secured_loan", "status": "closed",
                                 "amount": 5e6, "currency": "XYZ", "evidence": "XYZ 5 million"}),
        ("fct_financings", "expect_column_values_to_be_in_set", "currency"),
        "'XYZ' at financing_id=f-xyz",
    ),
    "fact with an unknown release": (
        _with("fct_events", {"event_id": "e-orphan", "release_id": "r-missing", "event_type": "agreement",
                             "evidence": "signed an agreement"}),
        ("fct_events", "expect_column_values_to_be_in_set", "has_release"),
        "False at event_id=e-orphan",
    ),
    "metric with the wrong unit": (
        _with("fct_production", production("p-unit", "gold_produced_oz", 14_700.0, unit="t")),
        ("fct_production", "expect_column_values_to_be_in_set", "unit_matches_metric"),
        "False at production_id=p-unit, metric=gold_produced_oz, unit=t",
    ),
}


@pytest.mark.parametrize("case", list(VIOLATIONS), ids=lambda c: c.replace(" ", "-"))
def test_violation_fails_the_gate(tmp_path: Path, case: str):
    tables, (suite, expectation, label), example = VIOLATIONS[case]
    result, report = gate(tmp_path, tables)

    assert not result.success
    assert len(result.failures) == 1, result.failures          # exactly the intended expectation
    summary = result.summary()
    assert "\n" not in summary
    assert summary.startswith(f"gate failed: {suite}.{expectation}({label}) — 1 of ")
    assert f"rows unexpected (e.g. {example})" in summary
    assert summary.endswith(f"; report: {result.report_path}")

    assert report["success"] is False and report["failures"] == list(result.failures)
    [(failed_suite, failed_type, kwargs)] = failed(report)
    assert (failed_suite, failed_type) == (suite, expectation)
    assert label.split(" where ")[0].split(", ")[0] in (kwargs.get("column"), kwargs.get("column_A"))
    [entry] = [e for e in report["suites"][suite]["expectations"] if not e["success"]]
    assert entry["unexpected_count"] == 1 and entry["partial_unexpected_list"]
    assert entry["notes"]


def test_release_from_the_future_and_before_1990(tmp_path: Path):
    tables = clean_tables()
    tables["dim_releases"] += [release("r-future", date(2026, 7, 1)), release("r-old", date(1989, 12, 31))]
    result, report = gate(tmp_path, tables)
    assert {(s, t, k.get("column", k.get("column_A"))) for s, t, k in failed(report)} == {
        ("dim_releases", "expect_column_values_to_be_between", "published_date"),
        ("dim_releases", "expect_column_pair_values_a_to_be_greater_than_b", "run_date"),
    }
    # the same candidate passes the date check on a later run date: today is a parameter
    later = quality.validate(tmp_path / "candidate.duckdb", tmp_path / "later", SUITES_DIR, date(2026, 7, 1))
    assert len(later.failures) == 1 and "published_date" in later.failures[0]


def test_several_failures_are_all_reported(tmp_path: Path):
    tables = clean_tables()
    tables["fct_financings"][0].update(interest_rate_pct=120.0, price_currency="usd")
    tables["fct_financings"][1].update(share_count=0, price_per_share=25_000.0)
    tables["fct_events"][0].update(evidence="  ")
    tables["rejected_files"][0].update(reason=None)
    result, report = gate(tmp_path, tables)
    assert {(s, k.get("column")) for s, _, k in failed(report)} == {
        ("fct_financings", "interest_rate_pct"), ("fct_financings", "price_currency"),
        ("fct_financings", "share_count"), ("fct_financings", "price_per_share"),
        ("fct_events", "evidence"), ("rejected_files", "reason"),
    }
    assert len(result.failures) == 6
    assert "(+5 more failed)" in result.summary()


def test_missing_contract_column_fails_once_with_a_readable_line(tmp_path: Path):
    candidate = make_candidate(tmp_path / "c.duckdb", clean_tables())
    with duckdb.connect(str(candidate)) as con:
        con.execute("alter table marts.fct_events drop column counterparty")
    result = quality.validate(candidate, tmp_path / "report", SUITES_DIR, TODAY)
    assert result.failures == (
        "fct_events.expect_table_columns_to_match_set() — missing columns: counterparty",
    )


def test_data_docs_render_the_last_run(tmp_path: Path):
    result, _ = gate(tmp_path, VIOLATIONS["negative ounces"][0])
    assert not result.success
    index = quality.build_data_docs(tmp_path / "report")
    assert index.name == "index.html" and index.is_file()
    assert index.is_relative_to(tmp_path / "report" / "data_docs")
    [page] = (index.parent / "validations" / "fct_production").rglob("*.html")
    html = page.read_text()
    assert "-5.0" in html and "Run Name" in html
    assert len(list((index.parent / "validations").rglob("*.html"))) == 5
    assert quality.build_data_docs(tmp_path / "report") == index          # rebuilding is idempotent
    assert len(list((index.parent / "validations").rglob("*.html"))) == 5
