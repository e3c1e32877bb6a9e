"""The five steps -- ingest, parse, build, check, publish -- shared by the CLI and the DAG.

Each step takes :class:`~pressroom.settings.Settings` and a run id, holds the data dir's
writer lock, is idempotent (a retry or a rerun after a crash converges to the same state)
and returns a small JSON-able dict for logs and XCom.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

from pressroom import warehouse
from pressroom.ingest import ingest as ingest_files
from pressroom.ingest import insert_frame
from pressroom.models import NotARelease
from pressroom.parser import PARSER_VERSION, parse_release
from pressroom.rows import release_rows
from pressroom.settings import DBT_PROJECT_DIR, Settings

log = logging.getLogger("pressroom")

STEPS = ("ingest", "parse", "build", "check", "publish")
PARSE_CHUNK = 2000
PARALLEL_THRESHOLD = 400


class StepFailed(RuntimeError):
    """A step failed; ``str()`` is one readable line, ``report`` the path with the details."""

    def __init__(self, message: str, report: Path | None = None):
        super().__init__(message)
        self.report = report


class NothingToPublish(Exception):
    """The warehouse already holds everything the raw tables hold: build, check and publish skip."""


def new_run_id() -> str:
    return datetime.now(UTC).strftime("run_%Y%m%dT%H%M%S_%f")


def safe_run_id(run_id: str) -> str:
    """Airflow run ids ('manual__2025-01-01T00:00:00+00:00') made safe for file names."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", run_id).strip("_")


# ----------------------------------------------------------------------------- ingest

def ingest(settings: Settings, run_id: str) -> dict:
    started = warehouse.now()
    with warehouse.exclusive(settings), warehouse.raw_connection(settings) as con:
        result = ingest_files(con, settings.inbox, run_id, started)
        detail = result.as_dict()
        warehouse.record_step(con, run_id, "ingest", started, detail)
    log.info("ingest: %(files)d files, %(new_releases)d new, %(rejected)d quarantined, "
             "%(already_seen)d already seen", detail)
    return detail


# ----------------------------------------------------------------------------- parse

def _parse_one(item: tuple[str, str]):
    release_id, raw_text = item
    try:
        return release_id, parse_release(raw_text), None
    except NotARelease as exc:
        return release_id, None, str(exc)
    except Exception as exc:  # an extractor bug must quarantine one file, not stop the run
        return release_id, None, f"parser error: {type(exc).__name__}: {exc}"


def parse(settings: Settings, run_id: str, reparse: bool = False) -> dict:
    """Parse every ingested release that has no parsed header yet (and is not quarantined).

    With ``reparse``, releases parsed by another ``PARSER_VERSION`` (and releases the parser
    quarantined) are parsed again; the next build replaces their rows in the marts.
    """
    started = warehouse.now()
    totals = {"parsed": 0, "rejected": 0, "production_facts": 0, "financing_facts": 0, "event_facts": 0,
              "dropped_by_check": 0}
    with warehouse.exclusive(settings), warehouse.raw_connection(settings) as con:
        if reparse:
            con.execute("begin transaction")
            con.execute("delete from raw.release_headers where parser_version <> ?", [PARSER_VERSION])
            con.execute("delete from raw.rejected_files where stage = 'parse'")
            con.execute("commit")
        pending = con.execute("""
            select r.release_id from raw.releases r
            where not exists (select 1 from raw.release_headers h where h.release_id = r.release_id)
              and not exists (select 1 from raw.rejected_files x where x.content_sha256 = r.content_sha256)
            order by r.release_id""").fetchall()
        ids = [r[0] for r in pending]
        t0 = time.perf_counter()
        for i in range(0, len(ids), PARSE_CHUNK):
            chunk = ids[i:i + PARSE_CHUNK]
            items = con.execute("select release_id, raw_text from raw.releases where release_id in "
                                "(select unnest(?::varchar[])) order by release_id", [chunk]).fetchall()
            results = _parse_many(items)
            counts = _store_parsed(con, results, run_id)
            for k, v in counts.items():
                totals[k] += v
            log.info("parse: %d/%d releases (%.0f/s)", min(i + PARSE_CHUNK, len(ids)), len(ids),
                     min(i + PARSE_CHUNK, len(ids)) / max(time.perf_counter() - t0, 1e-9))
        warehouse.record_step(con, run_id, "parse", started, totals)
    log.info("parse: %(parsed)d parsed, %(rejected)d quarantined; facts: %(production_facts)d production, "
             "%(financing_facts)d financing, %(event_facts)d event (%(dropped_by_check)d candidates dropped by the "
             "learned check)", totals)
    return totals


def _parse_many(items: list[tuple[str, str]]):
    workers = min(os.cpu_count() or 1, 8)
    if len(items) < PARALLEL_THRESHOLD or workers < 2:
        return [_parse_one(it) for it in items]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(_parse_one, items, chunksize=64))


def _store_parsed(con, results, run_id: str) -> dict:
    import pandas as pd

    parsed_at = warehouse.now()
    headers, production, financings, events, rejects = [], [], [], [], []
    ids, dropped = [], 0
    for release_id, parsed, reason in results:
        ids.append(release_id)
        if parsed is None:
            rejects.append((release_id, reason))
            continue
        dropped += parsed.dropped_by_check
        h, p, f, e = release_rows(release_id, parsed, PARSER_VERSION, parsed_at, run_id)
        headers.append(h)
        production += p
        financings += f
        events += e
    con.execute("begin transaction")
    try:
        for table in ("release_headers", "production_facts", "financing_facts", "event_facts"):
            con.execute(f"delete from raw.{table} where release_id in (select unnest(?::varchar[]))", [ids])
        for table, rows in (("release_headers", headers), ("production_facts", production),
                            ("financing_facts", financings), ("event_facts", events)):
            if rows:
                insert_frame(con, f"raw.{table}", pd.DataFrame(rows))
        for release_id, reason in rejects:
            con.execute("""
                insert into raw.rejected_files
                select content_sha256, source_uri, file_name, 'parse', ?, ?, ?
                from raw.releases where release_id = ?
                on conflict do nothing""", [reason, parsed_at, run_id, release_id])
            log.warning("quarantined release %s: %s", release_id, reason)
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    return {"parsed": len(headers), "rejected": len(rejects), "production_facts": len(production),
            "financing_facts": len(financings), "event_facts": len(events), "dropped_by_check": dropped}


# ----------------------------------------------------------------------------- build

def pending_changes(settings: Settings) -> int:
    """Releases and rejections in the raw tables that the published warehouse does not hold yet."""
    if not settings.warehouse.exists():
        return -1
    import duckdb

    with warehouse.raw_connection(settings, read_only=True) as con:
        con.execute(f"attach '{settings.warehouse}' as published (read_only)")
        try:
            (n,) = con.execute("""
                select (select count(*) from raw.release_headers h
                        where h.release_id not in (select release_id from published.marts.dim_releases)
                          and h.release_id not in (select r.release_id from raw.releases r
                                                   join raw.rejected_files x using (content_sha256)))
                     + (select count(*) from raw.rejected_files x
                        where x.content_sha256 not in (select content_sha256 from published.marts.rejected_files))
                     + (select count(*) from raw.release_headers h
                        join published.marts.dim_releases d using (release_id)
                        where d.parser_version is distinct from h.parser_version)
            """).fetchone()
        except duckdb.Error:
            return -1       # the published warehouse predates these tables: rebuild
        finally:
            con.execute("detach published")
    return n


def dbt_command() -> list[str]:
    exe = Path(sys.executable).with_name("dbt")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("dbt")
    if not found:
        raise StepFailed("dbt is not installed in this environment (run `make install`)")
    return [found]


def run_dbt(settings: Settings, run_id: str, args: list[str], log_name: str) -> Path:
    """Run one dbt command against this run's candidate; stream progress; raise on failure."""
    report_dir = settings.report_dir(run_id)
    report_dir.mkdir(parents=True, exist_ok=True)
    log_path = report_dir / f"{log_name}.log"
    env = {**os.environ,
           "PRESSROOM_BUILD_DB": str(settings.candidate(run_id)),
           "PRESSROOM_RAW_DB": str(settings.raw_db),
           "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
    cmd = [*dbt_command(), "--no-use-colors", *args,
           "--project-dir", str(DBT_PROJECT_DIR), "--profiles-dir", str(DBT_PROJECT_DIR),
           "--target-path", str(settings.dbt_target_dir), "--log-path", str(settings.dbt_log_dir)]
    log.info("dbt: %s", " ".join(args))
    errors: list[str] = []
    with open(log_path, "w") as out:
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                cwd=DBT_PROJECT_DIR)
        assert proc.stdout is not None
        for line in proc.stdout:
            out.write(line)
            text = line.rstrip()
            progress = re.search(r"\b(?:OK created|OK loaded|ERROR|FAIL|WARN)\b|Completed|Done\.", text)
            if progress and "PASS " not in text:
                log.info("dbt | %s", re.sub(r"^\S+\s+", "", text))
            if re.search(r"\b(?:ERROR|FAIL)\b|Error|error", text) and "ERROR=0" not in text:
                errors.append(re.sub(r"^\d\d:\d\d:\d\d\s+", "", text).strip())
        code = proc.wait()
    if code != 0:
        first = next((e for e in errors if "Failure in" in e or "Error in" in e or "Database Error" in e),
                     errors[0] if errors else f"dbt exited with {code}")
        raise StepFailed(f"dbt {args[0]} failed: {first}", log_path)
    return log_path


def build(settings: Settings, run_id: str, full_refresh: bool = False, force: bool = False) -> dict:
    """Build the dbt models into a fresh candidate copy of the published warehouse."""
    started = warehouse.now()
    with warehouse.exclusive(settings):
        pending = pending_changes(settings)
        if pending == 0 and not (force or full_refresh):
            raise NothingToPublish("the published warehouse already holds every ingested release")
        candidate = warehouse.fresh_candidate(settings, run_id, from_published=not full_refresh)
        args = ["build"] + (["--full-refresh"] if full_refresh else [])
        log_path = run_dbt(settings, run_id, args, "dbt_build")
        if os.environ.get("PRESSROOM_DBT_DOCS", "1") != "0":
            run_dbt(settings, run_id, ["docs", "generate", "--static"], "dbt_docs")
        _checkpoint(candidate)
        with warehouse.raw_connection(settings) as con:
            warehouse.record_step(con, run_id, "build", started, {"candidate": str(candidate)})
    return {"candidate": str(candidate), "dbt_log": str(log_path), "pending": pending}


def _checkpoint(path: Path) -> None:
    import duckdb

    con = duckdb.connect(str(path))
    try:
        con.execute("checkpoint")
    finally:
        con.close()


# ----------------------------------------------------------------------------- check

def check(settings: Settings, run_id: str) -> dict:
    """Run the Great Expectations gate on the candidate; a pass writes the verdict publish needs."""
    from pressroom import quality

    started = warehouse.now()
    with warehouse.exclusive(settings):
        candidate = settings.candidate(run_id)
        if not candidate.exists() or warehouse.candidate_run(settings) != run_id:
            raise StepFailed(f"no candidate warehouse for run {run_id}: run build first")
        report_dir = settings.report_dir(run_id)
        import duckdb

        try:
            result = quality.validate(candidate, report_dir)
        except (quality.SuiteError, duckdb.Error) as exc:
            raise StepFailed(f"gate could not run: {exc}".splitlines()[0], report_dir / "gate.json") from exc
        with warehouse.raw_connection(settings) as con:
            warehouse.record_step(con, run_id, "check", started,
                                  {"success": result.success, "report": str(result.report_path)})
        try:
            docs_index = quality.build_data_docs(report_dir)
            log.info("check: Great Expectations Data Docs at %s", docs_index)
        except Exception as exc:   # the docs are a view of the verdict, never the verdict itself
            log.warning("check: could not render Data Docs: %s", exc)
        if not result.success:
            raise StepFailed(result.summary(), result.report_path)
        warehouse.write_verdict(settings, run_id, result.report_path)
    log.info("check: %s", result.summary())
    return {"success": True, "report": str(result.report_path), "summary": result.summary()}


# ----------------------------------------------------------------------------- publish

def publish(settings: Settings, run_id: str) -> dict:
    started = warehouse.now()
    with warehouse.exclusive(settings):
        try:
            path = warehouse.publish(settings, run_id)
        except warehouse.PublishError as exc:
            raise StepFailed(str(exc)) from exc
        with warehouse.raw_connection(settings) as con:
            warehouse.record_step(con, run_id, "publish", started, {"warehouse": str(path)})
    log.info("publish: %s", path)
    return {"warehouse": str(path)}


# ----------------------------------------------------------------------------- run

def run(settings: Settings, run_id: str | None = None) -> dict:
    """All five steps. Returns what each did; raises :class:`StepFailed` on the first failure."""
    run_id = run_id or new_run_id()
    out: dict = {"run_id": run_id}
    out["ingest"] = ingest(settings, run_id)
    out["parse"] = parse(settings, run_id)
    try:
        out["build"] = build(settings, run_id)
    except NothingToPublish as exc:
        log.info("nothing new: %s", exc)
        out["published"] = False
        return out
    out["check"] = check(settings, run_id)
    out["publish"] = publish(settings, run_id)
    out["published"] = True
    return out


# ----------------------------------------------------------------------------- summary

def summary(settings: Settings) -> str:
    """What the published warehouse holds, for people."""
    import duckdb

    lines = []
    if not settings.warehouse.exists():
        return f"No warehouse published yet under {settings.data_dir}."
    con = duckdb.connect(str(settings.warehouse), read_only=True)
    try:
        counts = {t: con.execute(f"select count(*) from marts.{t}").fetchone()[0]
                  for t in ("dim_releases", "rejected_files", "fct_production", "fct_financings", "fct_events")}
    finally:
        con.close()
    published = settings.data_dir / "published.json"
    record = json.loads(published.read_text()) if published.exists() else {}
    lines.append(f"Releases accepted: {counts['dim_releases']}   rejected: {counts['rejected_files']}")
    lines.append(f"Rows: fct_production {counts['fct_production']}, fct_financings {counts['fct_financings']}, "
                 f"fct_events {counts['fct_events']}")
    if record:
        lines.append(f"Quality gate: passed (run {record.get('run_id')}); report: {record.get('report')}")
    lines.append(f"Warehouse: {settings.warehouse}")
    docs = settings.docs_dir / "index.html"
    if docs.exists():
        lines.append(f"dbt docs: {docs}")
    lines.append(f"Try:  python -m pressroom.sql {settings.warehouse} -c \"select site, ore_source, period_start, "
                 "metric, value, unit, evidence from marts.fct_production order by period_start, site, metric\"")
    lines.append("      (or `make sql` for an interactive read-only shell, `make docs` for the docs sites)")
    return "\n".join(lines)
