"""The DAG end to end, the way `make run` runs it: `airflow dags test` on a SQLite metadata DB."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from support import ROOT, SAMPLE_INBOX

pytestmark = pytest.mark.slow
AIRFLOW = str(Path(sys.executable).with_name("airflow"))


def test_airflow_dags_test_publishes_the_sample(tmp_path):
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLE_INBOX, inbox)
    env = {**os.environ,
           "AIRFLOW_HOME": str(tmp_path / "airflow"), "AIRFLOW__CORE__DAGS_FOLDER": str(ROOT / "dags"),
           "AIRFLOW__CORE__LOAD_EXAMPLES": "False", "PRESSROOM_INBOX": str(inbox),
           "PRESSROOM_DATA_DIR": str(tmp_path / "data"), "PRESSROOM_DBT_DOCS": "0"}
    migrate = subprocess.run([AIRFLOW, "db", "migrate"], env=env, capture_output=True, text=True, timeout=300)
    assert migrate.returncode == 0, migrate.stderr[-2000:]
    run = subprocess.run([AIRFLOW, "dags", "test", "pressroom"], env=env, capture_output=True, text=True,
                         timeout=900)
    log = run.stdout + run.stderr
    assert run.returncode == 0, log[-4000:]
    assert "DagRun Finished" in log and "state=success" in log
    for task in ("ingest", "parse", "build", "check", "publish"):
        assert f"end task task_id={task}" in log
    con = duckdb.connect(str(tmp_path / "data" / "warehouse.duckdb"), read_only=True)
    try:
        assert con.execute("select count(*) from marts.dim_releases").fetchone() == (5,)
        assert con.execute("select value from marts.fct_production where metric = 'gold_poured_oz' "
                           "and ore_source is null and period_start = date '2008-11-01'").fetchone() == (13475.0,)
    finally:
        con.close()
