# Pressroom: `make run` runs the Airflow DAG end to end on the bundled sample; `make test` runs the tests.
# Each target installs what it needs from the committed lock (uv is bootstrapped if missing).

SHELL := /bin/bash
.SHELLFLAGS := -eo pipefail -c
.DEFAULT_GOAL := help

PYTHON      ?= python3
DATA_DIR    ?= $(CURDIR)/data
INBOX       ?= $(CURDIR)/include/pressroom/sample_inbox
UV_VERSION  := 0.13.8
UV          := $(shell command -v uv 2>/dev/null || echo $(CURDIR)/.tools/bin/uv)
VENV        := $(CURDIR)/.venv
BIN         := $(VENV)/bin

export UV_PYTHON_DOWNLOADS := never
# trust the machine's certificate store (package mirrors and proxies behind a private CA)
export UV_SYSTEM_CERTS     := 1
export PRESSROOM_DATA_DIR  := $(DATA_DIR)
export PRESSROOM_INBOX     := $(INBOX)
# Airflow runs the whole DAG in one process (`airflow dags test`) on a SQLite metadata DB under the data dir.
AIRFLOW_ENV := AIRFLOW_HOME=$(DATA_DIR)/airflow AIRFLOW__CORE__DAGS_FOLDER=$(CURDIR)/dags \
               AIRFLOW__CORE__LOAD_EXAMPLES=False AIRFLOW__CORE__UNIT_TEST_MODE=False \
               AIRFLOW__LOGGING__LOGGING_LEVEL=INFO NO_COLOR=1

.PHONY: help install run test browser eval train-vetting perturb bench lint docs sql clean

help:  ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(CURDIR)/.tools/bin/uv:
	$(PYTHON) -m venv $(CURDIR)/.tools
	$(CURDIR)/.tools/bin/pip install --quiet "uv==$(UV_VERSION)"

$(VENV)/.installed: pyproject.toml uv.lock | $(UV)
	$(UV) sync --locked --python 3.11
	touch $@

install: $(VENV)/.installed  ## create .venv from uv.lock (Python 3.11)

run: install  ## run the Airflow DAG end to end on $(INBOX), publish $(DATA_DIR)/warehouse.duckdb
	@mkdir -p $(DATA_DIR)/airflow
	@echo "pressroom: preparing the Airflow metadata DB ($(DATA_DIR)/airflow/airflow.db)"
	@$(AIRFLOW_ENV) $(BIN)/airflow db migrate > $(DATA_DIR)/airflow/db-migrate.log 2>&1 \
		|| { tail -20 $(DATA_DIR)/airflow/db-migrate.log; exit 1; }
	@echo "pressroom: airflow dags test pressroom   (full log: $(DATA_DIR)/airflow/dags-test.log)"
	@$(AIRFLOW_ENV) $(BIN)/airflow dags test pressroom > $(DATA_DIR)/airflow/dags-test.log 2>&1; \
		status=$$?; \
		grep -E "pressroom\] |\[DAG TEST\] end task|Marking run|state=(failed|skipped)|AirflowFailException|Error:" \
			$(DATA_DIR)/airflow/dags-test.log | sed -E 's/^[0-9T:.-]+Z //; s/ +\[[a-z._]+\] loc=.*//' | cut -c1-220 || true; \
		if [ $$status -ne 0 ] || ! grep -q "DagRun Finished.*state=success" $(DATA_DIR)/airflow/dags-test.log; then \
			echo "pressroom: the DAG run failed; see $(DATA_DIR)/airflow/dags-test.log" >&2; exit 1; fi
	@echo
	@$(BIN)/pressroom summary

test: install browser  ## run the test suite
	$(BIN)/python -m pytest

# The docs-site test drives Debian's Chromium; install it where we can (root on Debian), else it is skipped.
browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			echo "pressroom: installing Debian's chromium and chromium-driver for the docs-site test"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
		else echo "pressroom: no chromium/chromedriver and no root: the docs-site browser test will be skipped"; fi; \
	fi

eval: install  ## precision / recall / F1 of the extractors on the fixture corpus
	$(BIN)/python -m pressroom.evaluate tests/fixtures/releases

train-vetting: install  ## retrain the learned check on candidate facts (development fixtures only)
	$(BIN)/python scripts/train_vetting.py

perturb: install  ## rewrite development releases without changing their facts; list the facts that change
	$(BIN)/python scripts/perturb.py

bench: install  ## parse throughput and end-to-end timings (prints figures)
	$(BIN)/python scripts/bench.py

lint: install  ## ruff (with Airflow 3 rules) on the code
	$(BIN)/ruff check include dags tests scripts

docs: install  ## serve the dbt docs site and the gate's Data Docs of the last published run on localhost:8080
	@test -f $(DATA_DIR)/docs/index.html || $(MAKE) run
	$(BIN)/pressroom docs --port $(or $(PORT),8080)

sql: install  ## open the published warehouse read-only in a SQL shell
	@test -f $(DATA_DIR)/warehouse.duckdb || $(MAKE) run
	$(BIN)/python -m pressroom.sql $(DATA_DIR)/warehouse.duckdb

clean:  ## remove the data dir (published warehouse included) and caches
	rm -rf $(DATA_DIR) .pytest_cache .ruff_cache
