"""The working raw database, the single-writer lock, and the atomic publish."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from pressroom.schema import DDL
from pressroom.settings import Settings

log = logging.getLogger("pressroom")


class PublishError(RuntimeError):
    """The candidate cannot be published (missing, not validated, or changed since validation)."""


@contextlib.contextmanager
def exclusive(settings: Settings):
    """Hold the data dir's writer lock: DuckDB allows one writer, so steps never overlap."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    with open(settings.lock_file, "a+") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            log.info("waiting for another pressroom step to finish (%s)", settings.lock_file)
            fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


@contextlib.contextmanager
def raw_connection(settings: Settings, read_only: bool = False):
    import duckdb

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    if read_only and not settings.raw_db.exists():
        read_only = False
    con = duckdb.connect(str(settings.raw_db), read_only=read_only)
    try:
        if not read_only:
            con.execute(DDL)
        yield con
    finally:
        con.close()


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def record_step(con, run_id: str, step: str, started_at: datetime, detail: dict) -> None:
    con.execute("insert into raw.step_runs values (?, ?, ?, ?, ?)",
                [run_id, step, started_at, now(), json.dumps(detail, default=str)])


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def fresh_candidate(settings: Settings, run_id: str, from_published: bool = True) -> Path:
    """A new candidate file for this run: a copy of the published warehouse (or nothing yet).

    Stale candidates of earlier, interrupted runs are removed first, so a retried or
    restarted run never builds on half-written state.
    """
    settings.candidates_dir.mkdir(parents=True, exist_ok=True)
    for stale in settings.candidates_dir.iterdir():
        if stale.is_dir():
            shutil.rmtree(stale)
        else:
            stale.unlink()
    candidate = settings.candidate(run_id)
    settings.candidate_owner.write_text(run_id)
    if from_published and settings.warehouse.exists():
        tmp = candidate.with_suffix(".copying")
        shutil.copyfile(settings.warehouse, tmp)
        os.replace(tmp, candidate)
    return candidate


def candidate_run(settings: Settings) -> str | None:
    """The run that built the current candidate, if any."""
    owner = settings.candidate_owner
    return owner.read_text().strip() if owner.exists() and settings.candidate("").exists() else None


def write_verdict(settings: Settings, run_id: str, report_path: Path) -> None:
    candidate = settings.candidate(run_id)
    verdict = {"run_id": run_id, "candidate": str(candidate), "sha256": sha256_file(candidate),
               "report": str(report_path), "validated_at": now().isoformat()}
    tmp = settings.verdict(run_id).with_suffix(".tmp")
    tmp.write_text(json.dumps(verdict, indent=2))
    os.replace(tmp, settings.verdict(run_id))


def publish(settings: Settings, run_id: str) -> Path:
    """Replace the published warehouse with this run's validated candidate, atomically.

    ``os.replace`` is one rename: an analyst's open connection keeps reading the old file
    (its inode stays alive until closed), a new connection sees the new file, and nobody
    ever sees a mix. Without a matching verdict nothing is touched.
    """
    candidate = settings.candidate(run_id)
    verdict_path = settings.verdict(run_id)
    if candidate.exists() and candidate_run(settings) != run_id:
        raise PublishError(f"the candidate was built by run {candidate_run(settings)}, not {run_id}")
    if not candidate.exists():
        if settings.warehouse.exists() and _published_run(settings) == run_id:
            log.info("run %s is already published", run_id)
            return settings.warehouse
        raise PublishError(f"no candidate warehouse for run {run_id}: run build and check first")
    if not verdict_path.exists():
        raise PublishError(f"candidate {candidate} has not passed the quality gate")
    verdict = json.loads(verdict_path.read_text())
    if verdict["sha256"] != sha256_file(candidate):
        raise PublishError(f"candidate {candidate} changed after it was validated; rebuild it")
    wal = candidate.with_name(candidate.name + ".wal")
    if wal.exists():
        raise PublishError(f"candidate {candidate} has an unflushed write-ahead log")
    docs_src = settings.dbt_target_dir / "static_index.html"
    settings.docs_dir.mkdir(parents=True, exist_ok=True)
    os.replace(candidate, settings.warehouse)
    _fsync_dir(settings.data_dir)
    record = {"run_id": run_id, "published_at": now().isoformat(), "sha256": verdict["sha256"],
              "report": verdict["report"]}
    tmp = settings.data_dir / "published.json.tmp"
    tmp.write_text(json.dumps(record, indent=2))
    os.replace(tmp, settings.data_dir / "published.json")
    verdict_path.unlink(missing_ok=True)
    settings.candidate_owner.unlink(missing_ok=True)
    publish_docs(settings, docs_src, Path(verdict["report"]).parent / "data_docs")
    return settings.warehouse


def publish_docs(settings: Settings, dbt_static_index: Path, gx_data_docs: Path) -> None:
    """Put the dbt docs site (one file) and the gate's Data Docs beside the published warehouse."""
    settings.docs_dir.mkdir(parents=True, exist_ok=True)
    if dbt_static_index.exists():
        shutil.copyfile(dbt_static_index, settings.docs_dir / "index.html.tmp")
        os.replace(settings.docs_dir / "index.html.tmp", settings.docs_dir / "index.html")
    site = next(iter(gx_data_docs.glob("**/data_docs/local_site")), None) if gx_data_docs.exists() else None
    if site is not None and (site / "index.html").exists():
        tmp = settings.docs_dir / "gx.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.copytree(site, tmp)
        old = settings.docs_dir / "gx.old"
        shutil.rmtree(old, ignore_errors=True)
        if (settings.docs_dir / "gx").exists():
            os.replace(settings.docs_dir / "gx", old)
        os.replace(tmp, settings.docs_dir / "gx")
        shutil.rmtree(old, ignore_errors=True)


def _published_run(settings: Settings) -> str | None:
    path = settings.data_dir / "published.json"
    return json.loads(path.read_text()).get("run_id") if path.exists() else None


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
