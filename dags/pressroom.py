"""
## pressroom

Mining press releases to analyst-ready facts, in five steps:

1. **ingest** — every inbox file whose *content* is new (SHA-256 of its decoded text) goes to the
   `raw` schema of the working DuckDB; unusable files are quarantined with their reason.
2. **parse** — header fields and production, financing and event facts, each with its evidence.
3. **build** — `dbt build` into a candidate copy of the published warehouse (incremental marts).
4. **check** — the Great Expectations gate on the candidate; a failure publishes nothing.
5. **publish** — the validated candidate atomically replaces `DATA_DIR/warehouse.duckdb`.

The same functions back `pressroom run` (see `include/pressroom/pipeline.py`). Every task is
idempotent and keyed by the DAG run's id, so retries and reruns converge. Paths come from
`PRESSROOM_INBOX` and `PRESSROOM_DATA_DIR` (defaults: the bundled sample inbox and `./data`).
"""

from __future__ import annotations

import pendulum
from airflow.sdk import Asset, dag, task

WAREHOUSE = Asset("pressroom_warehouse")


def _settings_and_run():
    # heavy imports (duckdb, dbt, GX) happen here, at run time, never at DAG parse time
    from airflow.sdk import get_current_context
    from pressroom.pipeline import safe_run_id
    from pressroom.settings import Settings

    return Settings.from_env(), safe_run_id(get_current_context()["run_id"])


def _step(name: str, fail_fast: bool = False):
    from airflow.sdk.exceptions import AirflowFailException, AirflowSkipException
    from pressroom import pipeline

    settings, run_id = _settings_and_run()
    try:
        return getattr(pipeline, name)(settings, run_id)
    except pipeline.NothingToPublish as exc:
        raise AirflowSkipException(str(exc)) from exc
    except pipeline.StepFailed as exc:
        message = f"{exc}" + (f"; report: {exc.report}" if exc.report else "")
        if fail_fast:          # a data-quality verdict does not change on retry
            raise AirflowFailException(message) from exc
        raise RuntimeError(message) from exc


@dag(
    dag_id="pressroom",
    schedule="@hourly",
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,  # DuckDB has a single writer; the steps also hold a file lock
    default_args={"owner": "pressroom", "retries": 2, "retry_delay": pendulum.duration(seconds=30)},
    tags=["pressroom"],
    doc_md=__doc__,
)
def pressroom():
    @task
    def ingest() -> dict:
        return _step("ingest")

    @task
    def parse(ingested: dict) -> dict:
        return _step("parse")

    @task
    def build(parsed: dict) -> dict:
        return _step("build")

    @task
    def check(built: dict) -> dict:
        return _step("check", fail_fast=True)

    @task(outlets=[WAREHOUSE])
    def publish(checked: dict) -> dict:
        return _step("publish")

    publish(check(build(parse(ingest()))))


pressroom()
