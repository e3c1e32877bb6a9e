# syntax=docker/dockerfile:1
#
# Pressroom: one image for every Airflow component (api-server, scheduler, dag-processor, triggerer,
# init) and for the dbt docs server in docker-compose.yml. Airflow, dbt-duckdb and GX are installed
# from our own uv.lock, not taken from the apache/airflow image, so the image has exactly the versions
# `pressroom run` is tested with.
#
# Metadata-database driver: the compose stack keeps Airflow's metadata in Postgres, which Airflow 3
# reaches through psycopg2 (sync engine, postgresql+psycopg2://) and asyncpg (the api-server's async
# engine, derived from the same URL). Both come locked with `apache-airflow[postgres]` in pyproject.toml.

FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PYTHON_DOWNLOADS=never

RUN pip install --no-cache-dir uv==0.13.8

WORKDIR /opt/pressroom

# Dependencies first, from the lock only: this layer is rebuilt when pyproject.toml or uv.lock change,
# not when the code does.
COPY pyproject.toml uv.lock ./
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --locked --no-dev --no-install-project

# Then the project. `uv sync` installs it editable (the .pth points at /opt/pressroom/include), so the
# ./include bind mount in docker-compose.yml is what the containers import.
COPY README.md ./
COPY include/ include/
COPY dags/ dags/
COPY dbt_project/ dbt_project/
COPY expectations/ expectations/
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --locked --no-dev

# Non-root user. The directories that become named volumes (/data, Airflow logs, the simple auth
# manager's password file) are created here and owned by it: Docker copies that ownership into an
# empty named volume on first use.
RUN groupadd --gid 50000 pressroom \
    && useradd --uid 50000 --gid pressroom --create-home --shell /bin/bash pressroom \
    && mkdir -p /opt/airflow/logs /opt/airflow/auth /data /inbox \
    && chown -R pressroom:pressroom /opt/airflow /data /inbox

ENV PATH=/opt/pressroom/.venv/bin:$PATH \
    VIRTUAL_ENV=/opt/pressroom/.venv \
    AIRFLOW_HOME=/opt/airflow \
    AIRFLOW__CORE__DAGS_FOLDER=/opt/pressroom/dags \
    AIRFLOW__CORE__LOAD_EXAMPLES=False \
    PRESSROOM_DATA_DIR=/data \
    PRESSROOM_INBOX=/inbox

# dbt_project/ is read-only in the containers (and root-owned in the image): dbt writes target/ and
# logs/ under the data dir instead, unless the pipeline passes --target-path/--log-path itself.
ENV DBT_TARGET_PATH=/data/dbt/target \
    DBT_LOG_PATH=/data/dbt/logs \
    DBT_SEND_ANONYMOUS_USAGE_STATS=false \
    GX_ANALYTICS_ENABLED=false

USER pressroom

# Import check at build time: the locked environment and the project load together.
RUN python -c "import airflow, dbt.version, duckdb, great_expectations, pressroom"

EXPOSE 8080 8081

# docker-compose.yml gives every service its own command (airflow api-server, airflow scheduler, ...).
CMD ["airflow", "version"]
