"""The Great Expectations gate: a candidate warehouse is published only if every suite passes.

One GX-native JSON suite per published table lives in ``expectations/`` (reviewed like dbt YAML).
Each suite's ``meta.query`` is the SQL, run against the candidate file, that produces the frame
the suite validates; a query may join (``dim_releases`` for release dates) and compute check
columns (``unit_matches_metric``, ``has_release``), and may use the run-time parameter
``$today``. Expectations may use ``{"$PARAMETER": "iso_4217_currencies"}``.

GX runs on pandas frames read from the DuckDB file, in an ephemeral context: GX's SQL
datasource does not resolve metrics on DuckDB. ``great_expectations``, ``duckdb`` and
``pandas`` are imported inside the functions, so importing this module stays cheap (the DAG
file and the CLI import it at parse time).
"""

from __future__ import annotations

import json
import logging
import os
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

__all__ = [
    "GateResult",
    "ISO_4217_ACTIVE",
    "ISO_4217_CURRENCIES",
    "SuiteError",
    "build_data_docs",
    "default_suites_dir",
    "load_suite_specs",
    "validate",
]

EXPECTATIONS_DIR_ENV = "PRESSROOM_EXPECTATIONS_DIR"
REPORT_NAME = "gate.json"
RESULTS_DIR_NAME = "gx_results"      # GX-native validation results, kept for Data Docs
DATA_DOCS_DIR_NAME = "data_docs"      # file context root for build_data_docs()
PARTIAL_UNEXPECTED_COUNT = 5

# ISO 4217 List One (current codes), as amended through 2025: ANG -> XCG (2025), ZWL -> ZWG (2024),
# HRK (2023) and BGN (2026, euro) withdrawn. Includes fund codes (BOV, CHE, ...), precious metals
# (XAU, XAG, XPD, XPT) and the supranational X-codes.
ISO_4217_ACTIVE = frozenset("""
    AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD
    CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP
    GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR
    KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN
    MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD
    SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX
    USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF
    XPT XSU XTS XUA XXX YER ZAR ZMW ZWG
""".split())
# What a currency column may hold: every active code except XTS (reserved for testing) and
# XXX ("no currency"), which the warehouse spells as null.
ISO_4217_CURRENCIES = ISO_4217_ACTIVE - {"XTS", "XXX"}

# values for {"$PARAMETER": ...} in suites
EXPECTATION_PARAMETERS: dict[str, Any] = {"iso_4217_currencies": sorted(ISO_4217_CURRENCIES)}

_QUERY_PARAMETER = re.compile(r"\$([A-Za-z_]\w*)")


class SuiteError(ValueError):
    """A suite file cannot be used as written: it does not parse, GX would drop one of its
    expectations, or its query fails against the candidate."""


@dataclass(frozen=True)
class GateResult:
    success: bool
    report_path: Path
    failures: tuple[str, ...]      # one readable line per failed expectation, in suite order
    checked: int                   # expectations evaluated
    tables: tuple[str, ...] = ()   # suites validated, in order

    def summary(self) -> str:
        """One line for stderr and logs.

        >>> GateResult(True, Path("/r/gate.json"), (), 37, ("a", "b")).summary()
        'gate passed: 37 expectations on 2 tables; report: /r/gate.json'
        >>> GateResult(False, Path("/r/gate.json"), ("t.x(c) — boom", "t.y(c) — bang"), 3).summary()
        'gate failed: t.x(c) — boom (+1 more failed); report: /r/gate.json'
        """
        if self.success:
            return (f"gate passed: {self.checked} expectations on {len(self.tables)} tables; "
                    f"report: {self.report_path}")
        first = self.failures[0] if self.failures else "no expectation results"
        more = f" (+{len(self.failures) - 1} more failed)" if len(self.failures) > 1 else ""
        return f"gate failed: {first}{more}; report: {self.report_path}"


# ---------------------------------------------------------------- suites


def default_suites_dir() -> Path:
    """``$PRESSROOM_EXPECTATIONS_DIR``, else the repository's ``expectations/`` folder."""
    override = os.environ.get(EXPECTATIONS_DIR_ENV)
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2] / "expectations"


def load_suite_specs(suites_dir: Path | None = None) -> list[tuple[Path, dict]]:
    """Every ``*.json`` suite in ``suites_dir``, parsed and checked, sorted by file name.

    Checks what GX would otherwise hide: each expectation must build (GX logs and *drops* an
    unknown expectation type), and the suite GX builds must hold as many expectations as the file.
    """
    suites_dir = Path(suites_dir) if suites_dir is not None else default_suites_dir()
    paths = sorted(suites_dir.glob("*.json"))
    if not paths:
        raise SuiteError(f"no expectation suites (*.json) in {suites_dir}")
    specs: list[tuple[Path, dict]] = []
    for path in paths:
        spec = _read_spec(path)
        clash = next((other for other, seen in specs if seen["name"] == spec["name"]), None)
        if clash:
            raise SuiteError(f"{path}: suite name {spec['name']!r} is already used by {clash}")
        _build_suite(spec, path)           # raises SuiteError if anything would be dropped
        specs.append((path, spec))
    return specs


def _read_spec(path: Path) -> dict:
    try:
        spec = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SuiteError(f"{path}: not a readable JSON suite: {exc}") from exc
    if not isinstance(spec, dict) or not isinstance(spec.get("name"), str) or not spec["name"]:
        raise SuiteError(f"{path}: a suite needs a non-empty string 'name'")
    if not isinstance(spec.get("expectations"), list):
        raise SuiteError(f"{path}: 'expectations' must be a list")
    meta = spec.get("meta") or {}
    if not isinstance(meta, dict):
        raise SuiteError(f"{path}: 'meta' must be an object")
    if "query" in meta and not (isinstance(meta["query"], str) and meta["query"].strip()):
        raise SuiteError(f"{path}: meta.query must be a non-empty SQL string")
    return spec


def _suite_query(spec: dict) -> str:
    meta = spec.get("meta") or {}
    return meta.get("query") or f"select * from marts.{meta.get('table') or spec['name']}"


def _expectation_id(suite_name: str, index: int) -> str:
    """A stable id per expectation (GX's serializers insist on a UUID)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"pressroom:expectations/{suite_name}#{index}"))


def _build_suite(spec: dict, path: Path):
    """The GX suite for ``spec``; every expectation gets a stable id from its position."""
    gx = _import_gx()
    from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

    configs = []
    for index, raw in enumerate(spec["expectations"]):
        where = f"{path}: expectation #{index}"
        if not isinstance(raw, dict) or not isinstance(raw.get("type"), str):
            raise SuiteError(f"{where}: needs a 'type' and 'kwargs'")
        where += f" ({raw['type']})"
        config = {**raw, "id": _expectation_id(spec["name"], index)}
        try:
            ExpectationConfiguration(**config).to_domain_obj()
        except Exception as exc:  # GX raises pydantic, ExpectationNotFound, TypeError, ...
            raise SuiteError(f"{where} is not valid: {_one_line(exc)}") from exc
        configs.append(config)
    try:
        suite = gx.ExpectationSuite(
            name=spec["name"], expectations=configs, meta=spec.get("meta"), notes=spec.get("notes"),
        )
    except Exception as exc:
        raise SuiteError(f"{path}: GX cannot build the suite: {_one_line(exc)}") from exc
    if len(suite.expectations) != len(spec["expectations"]):
        raise SuiteError(f"{path}: GX loaded {len(suite.expectations)} of "
                         f"{len(spec['expectations'])} expectations (invalid ones are dropped)")
    return suite


# ---------------------------------------------------------------- validation


def validate(
    candidate_db: Path,
    report_dir: Path,
    suites_dir: Path | None = None,
    today: date | None = None,
) -> GateResult:
    """Validate the candidate warehouse against every suite; write ``report_dir/gate.json``.

    Returns a failed ``GateResult`` when data breaks an expectation. Raises ``SuiteError`` when
    a suite cannot be loaded or its query fails, ``FileNotFoundError`` or ``duckdb.Error`` when
    the candidate is missing or unreadable; the report, with the error, is written first.
    """
    import duckdb

    gx = _import_gx()
    candidate_db = Path(candidate_db)
    report_dir = Path(report_dir)
    suites_dir = Path(suites_dir) if suites_dir is not None else default_suites_dir()
    today = today or date.today()
    report_path = report_dir / REPORT_NAME
    report: dict[str, Any] = {
        "success": False,
        "candidate_db": str(candidate_db),
        "suites_dir": str(suites_dir),
        "today": today.isoformat(),
        "validated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "checked": 0,
        "failures": [],
        "suites": {},
    }
    report_dir.mkdir(parents=True, exist_ok=True)
    results_dir = report_dir / RESULTS_DIR_NAME
    for stale in results_dir.glob("*.json"):   # a report describes one run, never a mix
        stale.unlink()
    try:
        specs = load_suite_specs(suites_dir)
        if not candidate_db.is_file():
            raise FileNotFoundError(f"candidate warehouse not found: {candidate_db}")
        frames = {}
        with duckdb.connect(str(candidate_db), read_only=True) as con:
            for path, spec in specs:
                frames[spec["name"]] = _run_query(con, spec, path, {"today": today})
    except Exception as exc:  # SuiteError, a missing or unreadable candidate: report, then raise
        report["error"] = _one_line(exc, 1000)
        _write_json(report_path, report)
        raise

    context = _ephemeral_context(gx)
    datasource = context.data_sources.add_pandas("candidate")
    results_dir.mkdir(exist_ok=True)
    failures: list[str] = []
    checked = 0
    for path, spec in specs:
        name = spec["name"]
        frame = frames[name]
        suite = _build_suite(spec, path)
        batch = (datasource.add_dataframe_asset(name)
                 .add_batch_definition_whole_dataframe("whole_frame")
                 .get_batch(batch_parameters={"dataframe": frame}))
        id_columns = [c for c in (spec.get("meta") or {}).get("id_columns", []) if c in frame.columns]
        result_format: dict[str, Any] = {"result_format": "SUMMARY",
                                         "partial_unexpected_count": PARTIAL_UNEXPECTED_COUNT}
        if id_columns:
            result_format["unexpected_index_column_names"] = id_columns
        suite_result = batch.validate(suite, result_format=result_format,
                                      expectation_parameters=EXPECTATION_PARAMETERS)
        # GX orders results by metric dependencies, not as in the file: match them back by id
        by_id = {r.expectation_config.id: r.to_json_dict() for r in suite_result.results}
        entries = []
        for index, raw in enumerate(spec["expectations"]):
            entry = _report_entry(raw, by_id.get(_expectation_id(name, index)))
            entries.append(entry)
            checked += 1
            if not entry["success"]:
                failures.append(_failure_line(name, raw, entry, id_columns))
        report["suites"][name] = {
            "file": str(path),
            "table": (spec.get("meta") or {}).get("table", name),
            "query": _suite_query(spec),
            "rows": len(frame),
            "success": all(e["success"] for e in entries),
            "expectations": entries,
        }
        _write_json(results_dir / f"{name}.json", {"suite": spec, "run_name": "gate",
                                                   "run_time": report["validated_at"],
                                                   "result": suite_result.to_json_dict()})

    report.update(success=not failures, checked=checked, failures=failures)
    _write_json(report_path, report)
    return GateResult(success=not failures, report_path=report_path, failures=tuple(failures),
                      checked=checked, tables=tuple(spec["name"] for _, spec in specs))


def _run_query(con, spec: dict, path: Path, available: dict[str, Any]):
    sql = _suite_query(spec)
    names = sorted(set(_QUERY_PARAMETER.findall(sql)))
    unknown = [n for n in names if n not in available]
    if unknown:
        raise SuiteError(f"{path}: meta.query uses unknown parameter(s) "
                         f"{', '.join('$' + n for n in unknown)}; known: "
                         f"{', '.join('$' + n for n in sorted(available))}")
    try:
        if names:
            return con.execute(sql, {n: available[n] for n in names}).df()
        return con.execute(sql).df()
    except Exception as exc:  # duckdb.Error subclasses: catalog, binder, parser...
        raise SuiteError(f"{path}: meta.query failed on the candidate: {_one_line(exc)}") from exc


def _ephemeral_context(gx):
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    # GX draws a tqdm bar per metric batch otherwise; in task logs that is pages of noise.
    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    return context


def _import_gx():
    """``great_expectations``, imported without flooding the host's INFO logs.

    Importing GX logs ~200 INFO lines ("Skipping registering function ... closure"), and one
    module pins its own logger to INFO to announce a temporary docs directory per ephemeral
    context. Unless the host has set a level for the ``great_expectations`` logger, GX logs
    at WARNING and above. Progress bars are switched off per context (``_ephemeral_context``).
    """
    gx_logger = logging.getLogger("great_expectations")
    quiet = gx_logger.level in (logging.NOTSET, logging.WARNING)
    if quiet:
        gx_logger.setLevel(logging.WARNING)
    import great_expectations as gx

    if quiet:
        logging.getLogger("great_expectations.data_context.types.base").setLevel(logging.WARNING)
    return gx


def _report_entry(raw: dict, result: dict | None) -> dict:
    entry: dict[str, Any] = {
        "type": raw["type"],
        "kwargs": raw.get("kwargs", {}),
        "notes": (raw.get("meta") or {}).get("notes"),
    }
    if result is None:  # GX returned no result for it: treat as failed, never as passed
        entry.update(success=False, exception="GX returned no result for this expectation")
        return entry
    res = result.get("result") or {}
    entry["success"] = bool(result.get("success"))
    for key in ("element_count", "unexpected_count", "unexpected_percent", "missing_count",
                "partial_unexpected_list", "partial_unexpected_index_list", "observed_value", "details"):
        if key in res:
            entry[key] = res[key]
    message = _exception_message(result.get("exception_info"))
    if message is not None:
        entry["success"] = False
        entry["exception"] = message
    return entry


def _exception_message(info: Any) -> str | None:
    """GX reports either one ``{raised_exception, exception_message, ...}`` or, when a metric
    failed to resolve (a missing column, a type error), a mapping of metric id to that shape."""
    if not isinstance(info, dict):
        return None
    if "raised_exception" in info:
        return (info.get("exception_message") or "exception") if info["raised_exception"] else None
    for value in info.values():
        if isinstance(value, dict) and value.get("raised_exception"):
            return value.get("exception_message") or "exception"
    return None


# ---------------------------------------------------------------- readable lines


def _failure_line(suite: str, raw: dict, entry: dict, id_columns: list[str]) -> str:
    """``fct_production.expect_column_values_to_be_between(value where unit == 'oz') — 1 of 3 rows
    unexpected (e.g. -5.0 at production_id=p1)``"""
    kwargs = raw.get("kwargs", {})
    args = [kwargs[k] for k in ("column", "column_A", "column_B") if k in kwargs]
    if "column_list" in kwargs:
        args.append("+".join(kwargs["column_list"]))
    label = ", ".join(str(a) for a in args)
    condition = kwargs.get("row_condition")
    if condition:
        label += f" where {_render_condition(condition)}"
    head = f"{suite}.{raw['type']}({label})"
    if entry.get("exception"):
        return f"{head} — error: {_one_line(entry['exception'], 160)}"
    if entry.get("unexpected_count"):
        line = f"{head} — {entry['unexpected_count']} of {entry.get('element_count', '?')} rows unexpected"
        example = _example(entry, id_columns)
        return f"{line} ({example})" if example else line
    missing = ((entry.get("details") or {}).get("mismatched") or {}).get("missing")
    if missing:
        return f"{head} — missing columns: {', '.join(map(str, missing))}"
    if "observed_value" in entry:
        return f"{head} — observed {_clip(json.dumps(entry['observed_value'], default=str))}"
    return f"{head} — failed"


def _example(entry: dict, id_columns: list[str]) -> str:
    values = entry.get("partial_unexpected_list") or []
    if not values:
        return ""
    value = values[0]
    text = "e.g. " + (" vs ".join(map(_fmt, value)) if isinstance(value, list) else _fmt(value))
    rows = entry.get("partial_unexpected_index_list") or []
    if rows and isinstance(rows[0], dict):
        where = ", ".join(f"{c}={rows[0][c]}" for c in id_columns if c in rows[0])
        if where:
            text += f" at {where}"
    return _clip(text)


def _fmt(value: Any) -> str:
    if isinstance(value, str):
        return repr(value.removesuffix("T00:00:00.000000").removesuffix("T00:00:00"))
    return str(value)


def _render_condition(condition: Any) -> str:
    """GX 1.x row conditions in their JSON form, as a readable expression."""
    if isinstance(condition, str):
        return condition
    if isinstance(condition, dict):
        kind = condition.get("type")
        if kind == "comparison":
            column = (condition.get("column") or {}).get("name")
            return f"{column} {condition.get('operator')} {condition.get('parameter')!r}"
        if kind in ("and", "or") and isinstance(condition.get("conditions"), list):
            return f" {kind} ".join(_render_condition(c) for c in condition["conditions"])
    return json.dumps(condition, default=str)


def _one_line(exc: Any, limit: int = 300) -> str:
    text = " ".join(str(exc).split())
    return _clip(text, limit) if text else type(exc).__name__


def _clip(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _write_json(path: Path, payload: dict) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(payload, indent=2, default=str) + "\n", encoding="utf-8")
    os.replace(tmp, path)


# ---------------------------------------------------------------- Data Docs


def build_data_docs(report_dir: Path) -> Path:
    """Render GX Data Docs for the last ``validate`` run in ``report_dir``; return its index.html.

    Uses a file context rooted at ``report_dir/data_docs`` (GX keeps its ``gx/uncommitted/``
    output there, outside the source tree), fed with the suites and the GX-native results that
    ``validate`` saved under ``report_dir/gx_results``, so it never re-reads the candidate (which
    may have been published or discarded since). Building needs no network; the pages load
    Bootstrap, jQuery and fonts from CDNs, so they look plain when viewed offline.
    """
    gx = _import_gx()
    from great_expectations.core.expectation_validation_result import (
        ExpectationSuiteValidationResultSchema,
    )
    from great_expectations.core.run_identifier import RunIdentifier
    from great_expectations.data_context.types.resource_identifiers import (
        ExpectationSuiteIdentifier,
        ValidationResultIdentifier,
    )

    report_dir = Path(report_dir)
    saved = sorted((report_dir / RESULTS_DIR_NAME).glob("*.json"))
    if not saved:
        raise FileNotFoundError(f"no GX results in {report_dir / RESULTS_DIR_NAME}; run validate() first")
    context = gx.get_context(mode="file", project_root_dir=str(report_dir / DATA_DOCS_DIR_NAME))
    site_name, site_config = next(iter(context.variables.data_docs_sites.items()))
    if site_config.get("show_how_to_buttons", True):
        context.update_data_docs_site(site_name, {**site_config, "show_how_to_buttons": False})
    schema = ExpectationSuiteValidationResultSchema()
    for path in saved:
        payload = json.loads(path.read_text(encoding="utf-8"))
        spec, result_dict = payload["suite"], payload["result"]
        context.suites.add_or_update(_build_suite(spec, path))
        run_id = RunIdentifier(run_name=payload.get("run_name", "gate"), run_time=payload.get("run_time"))
        # batch.validate() leaves the run unset; Data Docs shows and files results by it
        result_dict.setdefault("meta", {}).update(run_id=run_id.to_json_dict(),
                                                  validation_time=run_id.run_time.isoformat())
        key = ValidationResultIdentifier(
            expectation_suite_identifier=ExpectationSuiteIdentifier(name=spec["name"]),
            run_id=run_id,
            batch_identifier=spec["name"],
        )
        context.validation_results_store.set(key, schema.load(result_dict))
    sites = context.build_data_docs(site_names=[site_name])
    return Path(sites[site_name].removeprefix("file://"))
