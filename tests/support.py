"""Helpers shared by the tests: paths, the real CLI, file hashes, read-only queries."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_INBOX = ROOT / "include" / "pressroom" / "sample_inbox"
FIXTURES = ROOT / "tests" / "fixtures" / "releases"
PRESSROOM = [sys.executable, "-m", "pressroom"]


def run_cli(*args: str, docs: bool = False, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the real `pressroom` command line; returns the completed process (never raises)."""
    full_env = {**os.environ, "PRESSROOM_DBT_DOCS": "1" if docs else "0", **(env or {})}
    return subprocess.run([*PRESSROOM, *args], capture_output=True, text=True, env=full_env, timeout=900)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def query(db: Path, sql: str, params=None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


