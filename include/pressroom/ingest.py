"""Ingest: take every inbox file whose content the warehouse has not seen.

A file's identity is the SHA-256 of its decoded, line-ending-normalized text (raw bytes
for a file that cannot be decoded), so a renamed or re-delivered release is skipped and an
edited one is new. A path whose size and modification time are unchanged since the last
ingest is not read again (its hash is remembered in ``raw.inbox_files``), so a large inbox
costs one ``stat`` per old file. Unusable files are quarantined in ``raw.rejected_files`` with a reason;
they never stop the others. All inserts of a run happen in one transaction.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from pressroom.models import NotARelease
from pressroom.normalize import decode

log = logging.getLogger("pressroom")


@dataclass
class IngestResult:
    new_release_ids: list[str] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)     # (file name, reason)
    already_seen: int = 0
    files: int = 0

    def as_dict(self) -> dict:
        return {"files": self.files, "new_releases": len(self.new_release_ids),
                "rejected": len(self.rejected), "already_seen": self.already_seen}


def release_id_for(sha256: str) -> str:
    return sha256[:16]


def inbox_files(inbox: Path) -> list[Path]:
    if not inbox.is_dir():
        raise FileNotFoundError(f"inbox {inbox} is not a directory")
    return sorted(p for p in inbox.rglob("*")
                  if p.is_file() and not any(part.startswith(".") for part in p.relative_to(inbox).parts))


def ingest(con, inbox: Path, run_id: str, ingested_at: datetime) -> IngestResult:
    import pandas as pd

    result = IngestResult()
    releases: dict[str, dict] = {}
    rejects: dict[str, dict] = {}
    files = inbox_files(inbox)
    result.files = len(files)
    stats = {str(p.resolve()): p.stat() for p in files}
    unchanged = _unchanged_and_known(con, stats)
    seen_paths: list[dict] = []
    for path in files:
        key = str(path.resolve())
        if key in unchanged:
            result.already_seen += 1
            continue
        data = path.read_bytes()
        uri = path.resolve().as_uri()
        try:
            decoded = decode(data)
        except NotARelease as exc:
            sha = hashlib.sha256(data).hexdigest()
            seen_paths.append(_path_row(key, stats[key], sha, ingested_at))
            rejects.setdefault(sha, {"content_sha256": sha, "source_uri": uri, "file_name": path.name,
                                     "stage": "ingest", "reason": str(exc), "rejected_at": ingested_at,
                                     "run_id": run_id})
            continue
        seen_paths.append(_path_row(key, stats[key], decoded.sha256, ingested_at))
        if decoded.sha256 in releases:
            continue
        releases[decoded.sha256] = {
            "release_id": release_id_for(decoded.sha256), "content_sha256": decoded.sha256,
            "source_uri": uri, "file_name": path.name, "encoding": decoded.encoding,
            "byte_size": len(data), "raw_text": decoded.text, "ingested_at": ingested_at, "run_id": run_id,
        }
    seen = _known_hashes(con, list(releases) + list(rejects))
    result.already_seen += sum(1 for h in list(releases) + list(rejects) if h in seen)
    new_releases = [r for h, r in releases.items() if h not in seen]
    new_rejects = [r for h, r in rejects.items() if h not in seen]
    con.execute("begin transaction")
    try:
        if new_releases:
            insert_frame(con, "raw.releases", pd.DataFrame(new_releases))
        if new_rejects:
            insert_frame(con, "raw.rejected_files", pd.DataFrame(new_rejects))
        if seen_paths:
            insert_frame(con, "raw.inbox_files", pd.DataFrame(seen_paths), or_replace=True)
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    result.new_release_ids = [r["release_id"] for r in new_releases]
    result.rejected = [(r["file_name"], r["reason"]) for r in new_rejects]
    for name, reason in result.rejected:
        log.warning("quarantined %s: %s", name, reason)
    return result


def _path_row(path: str, stat, sha: str, seen_at: datetime) -> dict:
    return {"path": path, "byte_size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "content_sha256": sha,
            "seen_at": seen_at}


def _unchanged_and_known(con, stats: dict) -> set[str]:
    """Paths whose size and mtime match what ingest saw before, and whose content is already stored."""
    if not stats:
        return set()
    import pandas as pd

    frame = pd.DataFrame({"path": list(stats), "byte_size": [s.st_size for s in stats.values()],
                          "mtime_ns": [s.st_mtime_ns for s in stats.values()]})
    con.register("inbox_now", frame)
    try:
        rows = con.execute("""
            select n.path from inbox_now n
            join raw.inbox_files f on f.path = n.path and f.byte_size = n.byte_size and f.mtime_ns = n.mtime_ns
            where f.content_sha256 in (select content_sha256 from raw.releases)
               or f.content_sha256 in (select content_sha256 from raw.rejected_files)""").fetchall()
    finally:
        con.unregister("inbox_now")
    return {r[0] for r in rows}


def _known_hashes(con, hashes: list[str]) -> set[str]:
    if not hashes:
        return set()
    import pandas as pd

    con.register("candidate_hashes", pd.DataFrame({"h": hashes}))
    try:
        rows = con.execute(
            "select h from candidate_hashes where h in (select content_sha256 from raw.releases) "
            "or h in (select content_sha256 from raw.rejected_files)").fetchall()
    finally:
        con.unregister("candidate_hashes")
    return {r[0] for r in rows}


def insert_frame(con, table: str, frame, or_replace: bool = False) -> None:
    """Insert a DataFrame's rows into ``table`` by column name (replacing rows with the same key if asked)."""
    con.register("rows_to_insert", frame)
    try:
        verb = "insert or replace" if or_replace else "insert"
        con.execute(f"{verb} into {table} by name select * from rows_to_insert")
    finally:
        con.unregister("rows_to_insert")
