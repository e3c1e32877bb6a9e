"""Where Pressroom reads releases and keeps everything it writes."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
SAMPLE_INBOX = PACKAGE_DIR / "sample_inbox"
PROJECT_DIR = PACKAGE_DIR.parent.parent          # the repository (include/pressroom -> .)
DBT_PROJECT_DIR = Path(os.environ.get("PRESSROOM_DBT_PROJECT_DIR", PROJECT_DIR / "dbt_project"))


@dataclass(frozen=True)
class Settings:
    inbox: Path
    data_dir: Path

    @classmethod
    def from_env(cls, inbox: str | Path | None = None, data_dir: str | Path | None = None) -> Settings:
        """Explicit arguments, else ``PRESSROOM_INBOX`` / ``PRESSROOM_DATA_DIR``, else the sample and ./data."""
        inbox = inbox or os.environ.get("PRESSROOM_INBOX") or SAMPLE_INBOX
        data_dir = data_dir or os.environ.get("PRESSROOM_DATA_DIR") or Path.cwd() / "data"
        return cls(Path(inbox).expanduser().resolve(), Path(data_dir).expanduser().resolve())

    # --- everything below lives under data_dir
    @property
    def raw_db(self) -> Path:
        """The working database: raw tables written by ingest and parse (never read by analysts)."""
        return self.data_dir / "working.duckdb"

    @property
    def warehouse(self) -> Path:
        """The published warehouse analysts query."""
        return self.data_dir / "warehouse.duckdb"

    @property
    def candidates_dir(self) -> Path:
        return self.data_dir / "candidates"

    def candidate(self, run_id: str) -> Path:
        """The candidate warehouse of the run in progress.

        One fixed path (named like the published file, so its DuckDB catalog is ``warehouse``
        and dbt's partial parsing survives between runs); ``candidate_owner`` says which run
        built it.
        """
        return self.candidates_dir / "warehouse.duckdb"

    @property
    def candidate_owner(self) -> Path:
        return self.candidates_dir / "run_id"

    def verdict(self, run_id: str) -> Path:
        """Written by the gate when a candidate passes: its SHA-256, checked again at publish."""
        return self.candidates_dir / "passed.json"

    def report_dir(self, run_id: str) -> Path:
        return self.data_dir / "reports" / run_id

    @property
    def dbt_target_dir(self) -> Path:
        return self.data_dir / "dbt" / "target"

    @property
    def dbt_log_dir(self) -> Path:
        return self.data_dir / "dbt" / "logs"

    @property
    def docs_dir(self) -> Path:
        """The published dbt docs site (static_index.html) and the last gate report."""
        return self.data_dir / "docs"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / ".pressroom.lock"
