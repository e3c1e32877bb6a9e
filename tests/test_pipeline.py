"""`pressroom run` end to end on real releases: the contract's promises, checked on the published file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest
from pressroom.evaluate import CORE, _match, same
from pressroom.normalize import normalize, squash
from support import FIXTURES, query, run_cli, sha256

pytestmark = pytest.mark.slow

CHOCO_NOV_2008 = {
    ("Choco 10 mill", None, "ore_processed_t"): (193796, "t", "193,796"),
    ("Choco 10 mill", None, "gold_recovered_oz"): (15593, "oz", "15,593"),
    ("Choco 10 mill", None, "gold_poured_oz"): (13475, "oz", "13,475"),
    ("Choco 10 mill", None, "cash_cost_per_oz"): (385, "USD/oz", "385"),
    ("Choco 10 mill", "Choco 10 mine", "gold_recovered_oz"): (9246, "oz", "9,246"),
    ("Choco 10 mill", "Isidora mine", "gold_poured_oz"): (4305, "oz", "4,305"),
}


def test_choco_10_november_2008_figures_are_published_with_evidence(published: Path):
    rows = query(published / "warehouse.duckdb", """
        select site, ore_source, metric, value, unit, evidence, period_start, period_end, period_grain, is_guidance
        from marts.fct_production where period_start = date '2008-11-01'""")
    found = {(r[0], r[1], r[2]): r for r in rows}
    for key, (value, unit, text) in CHOCO_NOV_2008.items():
        site, ore_source, metric, got, got_unit, evidence, start, end, grain, guidance = found[key]
        assert (got, got_unit) == (value, unit), key
        assert text in evidence, (key, evidence)
        assert (str(start), str(end), grain, guidance) == ("2008-11-01", "2008-11-30", "month", False)


def test_every_hand_checked_fact_of_the_sample_is_published(published: Path):
    """The warehouse holds exactly the facts of tests/fixtures/releases/seeds/*.expected.json."""
    db = published / "warehouse.duckdb"
    for expected_file in sorted((FIXTURES / "seeds").glob("*.expected.json")):
        expected = json.loads(expected_file.read_text())
        name = expected_file.name.replace(".expected.json", ".txt")
        (release_id,) = query(db, "select release_id from marts.dim_releases where source_uri like ?", [f"%/{name}"])[0]
        header = query(db, "select issuer_name, ticker, exchange, cast(published_date as varchar), title "
                           "from marts.dim_releases where release_id = ?", [release_id])[0]
        for field, value in zip(("issuer_name", "ticker", "exchange", "published_date", "title"), header, strict=True):
            assert same(field, value, expected["header"][field]), (name, field, value)
        for family, table in (("production", "fct_production"), ("financings", "fct_financings"),
                              ("events", "fct_events")):
            con = duckdb.connect(str(db), read_only=True)
            cur = con.execute(f"select * from marts.{table} where release_id = ?", [release_id])
            names = [d[0] for d in cur.description]
            predicted = []
            for row in cur.fetchall():
                rec = {k: (v.isoformat()[:10] if hasattr(v, "isoformat") else v)
                       for k, v in zip(names, row, strict=True)}
                if family == "financings":
                    rec["counterparties"] = rec["counterparties"].split("; ") if rec["counterparties"] else []
                predicted.append(rec)
            con.close()
            for p, e in _match(family, predicted, expected[family]):
                assert p is not None and e is not None, (name, family, "missing" if p is None else "extra", p or e)
                assert all(same(f, p.get(f), e.get(f)) for f in CORE[family]), (name, family, p, e)
            assert all(row["evidence"] for row in predicted)


def test_evidence_offsets_point_into_the_stored_raw_text(published: Path):
    rows = query(published / "working.duckdb", """
        select f.evidence, substr(r.raw_text, f.evidence_start + 1, f.evidence_end - f.evidence_start)
        from raw.production_facts f join raw.releases r using (release_id)
        union all
        select f.evidence, substr(r.raw_text, f.evidence_start + 1, f.evidence_end - f.evidence_start)
        from raw.financing_facts f join raw.releases r using (release_id)""")
    assert rows
    for evidence, raw in rows:
        assert squash(normalize(raw).text) == evidence


def test_second_run_on_the_same_inbox_changes_nothing(data_copy):
    inbox, data = data_copy
    before = sha256(data / "warehouse.duckdb")
    ids_before = query(data / "warehouse.duckdb", "select release_id from marts.dim_releases order by 1")
    proc = run_cli("run", "--inbox", str(inbox), "--data-dir", str(data))
    assert proc.returncode == 0, proc.stderr
    assert "Nothing new to publish" in proc.stdout
    assert sha256(data / "warehouse.duckdb") == before
    assert query(data / "warehouse.duckdb", "select release_id from marts.dim_releases order by 1") == ids_before


def test_a_renamed_copy_is_not_new(data_copy):
    inbox, data = data_copy
    src = next(inbox.glob("2008-*.txt"))
    shutil.copy(src, inbox / "renamed-copy.txt")
    (inbox / "crlf-copy.txt").write_bytes(src.read_bytes().replace(b"\n", b"\r\n"))
    proc = run_cli("run", "--inbox", str(inbox), "--data-dir", str(data))
    assert proc.returncode == 0, proc.stderr
    assert "Nothing new to publish" in proc.stdout


def test_a_new_release_adds_exactly_its_rows_while_an_analyst_reads(data_copy):
    inbox, data = data_copy
    db = data / "warehouse.duckdb"
    tables = ("dim_releases", "fct_production", "fct_financings", "fct_events")
    before = {t: set(_rows(db, t)) for t in tables}
    analyst = duckdb.connect(str(db), read_only=True)       # an open read-only connection during the run
    (n_before,) = analyst.execute("select count(*) from marts.dim_releases").fetchone()
    new = FIXTURES / "dev" / "2016-10-03-tamarack-bought-deal-and-loan-repayment.txt"
    shutil.copy(new, inbox / new.name)
    proc = run_cli("run", "--inbox", str(inbox), "--data-dir", str(data))
    assert proc.returncode == 0, proc.stderr[-3000:]
    # the open connection still sees the complete old state; a new one sees the complete new state
    assert analyst.execute("select count(*) from marts.dim_releases").fetchone() == (n_before,)
    assert analyst.execute("select count(*) from marts.fct_production p left join marts.dim_releases d "
                           "using (release_id) where d.release_id is null").fetchone() == (0,)
    analyst.close()
    (new_id,) = query(db, "select release_id from marts.dim_releases where source_uri like ?", [f"%/{new.name}"])[0]
    assert query(db, "select count(*) from marts.dim_releases")[0][0] == n_before + 1
    for t in tables:
        after = set(_rows(db, t))
        assert before[t] <= after, f"{t}: existing rows changed"
        (expected_added,) = query(db, f"select count(*) from marts.{t} where release_id = ?", [new_id])[0]
        assert len(after - before[t]) == expected_added, t
    (n_fin,) = query(db, "select count(*) from marts.fct_financings where release_id = ?", [new_id])[0]
    assert n_fin >= 1


def _rows(db: Path, table: str) -> list[tuple]:
    return query(db, f"select * exclude (loaded_at) from marts.{table}") if _has(db, table, "loaded_at") \
        else query(db, f"select * from marts.{table}")


def _has(db: Path, table: str, column: str) -> bool:
    return bool(query(db, "select 1 from information_schema.columns where table_schema = 'marts' "
                          "and table_name = ? and column_name = ?", [table, column]))


GATE_BREAKER = """GOLDFINCH MINING CORP.

NEWS RELEASE

May 5, 2019

TSX: GFM

Goldfinch Reports April Production at the Wren Mill

Toronto, Ontario - Goldfinch Mining Corp. (TSX: GFM) reports that the Wren mill produced 4,210 ounces of gold
in April 2019. Cash costs at the Wren mill were US$7 per ounce of gold in April 2019, a figure the operations team
is reviewing.
"""


def test_a_gate_failure_publishes_nothing_and_says_why(data_copy):
    inbox, data = data_copy
    before = sha256(data / "warehouse.duckdb")
    (inbox / "2019-05-05-goldfinch-april.txt").write_text(GATE_BREAKER)
    proc = run_cli("run", "--inbox", str(inbox), "--data-dir", str(data))
    assert proc.returncode != 0
    lines = [ln for ln in proc.stderr.splitlines() if ln.startswith("pressroom: ")]
    assert len(lines) == 1, proc.stderr[-2000:]
    assert "gate failed" in lines[0] and "cash_cost" in lines[0] or "USD/oz" in lines[0], lines[0]
    report = Path(lines[0].rsplit("report: ", 1)[1])
    assert report.exists()
    assert sha256(data / "warehouse.duckdb") == before
    assert not query(data / "warehouse.duckdb", "select 1 from marts.dim_releases where title like 'Goldfinch%'")


def test_unusable_files_are_quarantined_and_the_rest_publish(tmp_path: Path):
    inbox = tmp_path / "inbox"
    shutil.copytree(FIXTURES.parent.parent.parent / "include" / "pressroom" / "sample_inbox", inbox)
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "scan.pdf").write_bytes(b"%PDF-1.4\n\x00\x01\x02\xff\xfe" * 200)
    (inbox / "no-date.txt").write_text("Kestrel Gold Corp. Announces Something\n\n" + "Words without any date. " * 30)
    data = tmp_path / "data"
    proc = run_cli("run", "--inbox", str(inbox), "--data-dir", str(data))
    assert proc.returncode == 0, proc.stderr[-2000:]
    db = data / "warehouse.duckdb"
    rejected = dict(query(db, "select split_part(source_uri, '/', -1), reason from marts.rejected_files"))
    assert set(rejected) == {"empty.txt", "scan.pdf", "no-date.txt"}
    assert "empty" in rejected["empty.txt"]
    assert "binary" in rejected["scan.pdf"]
    assert "date" in rejected["no-date.txt"]
    assert all("\n" not in r for r in rejected.values())
    assert query(db, "select count(*) from marts.dim_releases")[0][0] == 5


def test_a_run_killed_after_build_is_recovered_without_duplicates(data_copy):
    inbox, data = data_copy
    shutil.copy(FIXTURES / "dev" / "2016-01-08-volcan-dorado-december-production.txt", inbox)
    # the steps of an interrupted run: ingest, parse and build done, never checked or published
    for step in ("ingest", "parse", "build"):
        proc = run_cli(step, "--inbox", str(inbox), "--data-dir", str(data), "--run-id", "killed_run")
        assert proc.returncode == 0, proc.stderr[-2000:]
    assert (data / "candidates" / "run_id").read_text() == "killed_run"
    before = sha256(data / "warehouse.duckdb")
    proc = run_cli("publish", "--data-dir", str(data), "--run-id", "killed_run")
    assert proc.returncode != 0 and "has not passed the quality gate" in proc.stderr
    assert sha256(data / "warehouse.duckdb") == before
    proc = run_cli("run", "--inbox", str(inbox), "--data-dir", str(data))
    assert proc.returncode == 0, proc.stderr[-2000:]
    db = data / "warehouse.duckdb"
    assert query(db, "select count(*), count(distinct release_id) from marts.dim_releases")[0] == (6, 6)
    assert query(db, "select count(*) = count(distinct production_id) from marts.fct_production")[0] == (True,)
    assert not (data / "candidates" / "warehouse.duckdb").exists()


def test_steps_can_be_rerun_one_by_one(data_copy):
    inbox, data = data_copy
    shutil.copy(FIXTURES / "dev" / "2015-04-01-harrier-minerals-convertible-debentures.txt", inbox)
    for step in ("ingest", "ingest", "parse", "parse", "build", "check", "publish", "publish"):
        proc = run_cli(step, "--inbox", str(inbox), "--data-dir", str(data), "--run-id", "by_hand")
        assert proc.returncode == 0, (step, proc.stderr[-2000:])
    db = data / "warehouse.duckdb"
    assert query(db, "select count(*), count(distinct release_id) from marts.dim_releases")[0] == (6, 6)
    (n,) = query(data / "working.duckdb", "select count(*) from raw.financing_facts")[0]
    (m,) = query(db, "select count(*) from marts.fct_financings")[0]
    assert n == m


def test_the_docs_site_is_published_next_to_the_warehouse(published: Path):
    html = (published / "docs" / "index.html").read_text()
    for model in ("fct_production", "fct_financings", "fct_events", "dim_releases"):
        assert model in html


def test_analyst_queries_answer_from_the_sample_warehouse(published: Path):
    """The compiled analyses (dbt_project/analyses) run as-is on the published file."""
    compiled = published / "dbt" / "target" / "compiled" / "pressroom" / "analyses"
    con = duckdb.connect(str(published / "warehouse.duckdb"), read_only=True)
    try:
        results = {}
        for path in sorted(compiled.glob("*.sql")):
            cur = con.execute(path.read_text())
            names = [d[0] for d in cur.description]
            results[path.stem] = [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
    finally:
        con.close()
    assert set(results) == {"cash_cost_trend", "facts_of_one_release", "financing_timeline",
                            "gold_production_by_site_by_month", "legal_timeline_of_award"}
    assert all(results.values()), {k: len(v) for k, v in results.items()}
    flat = json.dumps(results, default=str)
    assert "Choco 10" in flat and "13475" in flat.replace(",", "").replace(".0", "")
    assert "385" in json.dumps(results["cash_cost_trend"], default=str)
    timeline = json.dumps(results["legal_timeline_of_award"], default=str)
    assert "arbitration_award" in timeline and "court_judgment" in timeline
    assert "promissory_note" in json.dumps(results["financing_timeline"], default=str)


def test_a_parser_upgrade_republishes_every_release_once(data_copy, monkeypatch):
    """`pressroom parse --reparse` after a version bump: the next run replaces, never duplicates."""
    from pressroom import pipeline
    from pressroom.settings import Settings

    inbox, data = data_copy
    db = data / "warehouse.duckdb"
    before = {t: query(db, f"select count(*) from marts.{t}")[0][0]
              for t in ("dim_releases", "fct_production", "fct_financings", "fct_events")}
    monkeypatch.setattr(pipeline, "PARSER_VERSION", "99.0.0")
    assert pipeline.parse(Settings(inbox, data), "upgrade", reparse=True)["parsed"] == before["dim_releases"]
    proc = run_cli("run", "--inbox", str(inbox), "--data-dir", str(data))
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Nothing new" not in proc.stdout
    assert query(db, "select distinct parser_version from marts.dim_releases") == [("99.0.0",)]
    assert query(db, "select distinct parser_version from marts.fct_production") == [("99.0.0",)]
    for table, n in before.items():
        assert query(db, f"select count(*) from marts.{table}")[0][0] == n, table
