"""Pressroom benchmark: parse throughput, end-to-end run time and the cost of one new release.

    .venv/bin/python scripts/bench.py                 # 10,000 releases (several minutes)
    .venv/bin/python scripts/bench.py --quick         # 300 releases, a smoke run (about 2 minutes)
    .venv/bin/python scripts/bench.py --releases 2000 --skip-e2e --out /tmp/bench

It measures and prints; it never fails on a figure. The targets the project is designed for:

* parsing >= 1,000 releases per second on one core;
* 10,000 releases end to end (``pressroom run``) in about a minute on 2 cores;
* adding one release costs the same with 10,000 releases in the warehouse as with 100.

What it does:

1. writes N distinct releases (``scripts/make_corpus.py``: the sample and dev releases with
   other issuers, tickers, years, figures and sites; seeded, so the corpus is reproducible);
2. decodes and parses all N in this process, pinned to one CPU where the OS allows it:
   releases/s, mean and p95 ms per release, facts extracted, peak RSS;
3. times ``pressroom run --inbox INBOX --data-dir DATA`` on the N releases into a fresh data
   dir. Per-step wall times come from the step log lines on stderr (``HH:MM:SS LEVEL ingest:
   ...``), stamped on arrival to sub-second precision; the boundary between build and check,
   which no log line marks, comes from ``raw.step_runs`` in the working database;
4. adds one new release to a warehouse of 100 releases and to the warehouse of N releases,
   timing each ``pressroom run`` (the inbox keeps its earlier files, as a real inbox does).
   The 100-release warehouse costs one more full run to set up, so ``--quick`` skips that
   comparison (``--small 0``) and times +1 release at N only; ``--quick --small 100`` adds it.

Every ``pressroom run`` pays a fixed cost whatever the data (dbt start-up and project parse,
``dbt docs generate``, the Great Expectations import): about 30-50 s on a 2-core machine.

Everything is written under ``--out`` (default: a temporary directory, removed at the end
unless ``--keep``), with each run's stderr in ``logs/`` and the figures in ``bench.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_corpus  # noqa: E402

QUICK_RELEASES = 300
SMALL_WAREHOUSE = 100
NEW_RELEASE_INDEX = 9_000_000        # index of the releases added in step 4: never in the corpus
STEP_LINE = re.compile(r"^(?P<clock>\d\d:\d\d:\d\d)\s+\w+\s+"
                       r"(?P<what>ingest|parse|dbt|check|publish|nothing new)(?P<sep>:| \|)\s?(?P<rest>.*)$")
PARSE_RATE = re.compile(r"^\d+/\d+ releases \((\d+)/s\)")


# ----------------------------------------------------------------------------- helpers

def fmt_s(v: float | None) -> str:
    return "-" if v is None else f"{v:.1f}s" if v >= 10 else f"{v:.2f}s"


def mb(kib: int) -> float:
    return kib / 1024 if sys.platform != "darwin" else kib / 1024 / 1024


def machine() -> dict:
    info = {"nproc": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
            "cpu_count": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        info["git"] = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=make_corpus.REPO,
                                     capture_output=True, text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=make_corpus.REPO,
                               capture_output=True, text=True, timeout=10).stdout.strip()
        info["git"] += " (+ uncommitted changes)" if dirty else ""
    except (OSError, subprocess.SubprocessError):
        pass
    return info


def loadavg() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


def pressroom_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("pressroom")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "pressroom"]


# ----------------------------------------------------------------------------- 1. corpus

def make_inbox(inbox: Path, n: int, seed: int,
               exclude: tuple[str, ...]) -> tuple[list[Path], set[str], float]:
    if inbox.exists():
        shutil.rmtree(inbox)
    t0 = time.perf_counter()
    paths, hashes = make_corpus.write_corpus(inbox, n, seed, n_issuers=make_corpus.issuer_pool_size(n),
                                             exclude=exclude)
    return paths, hashes, time.perf_counter() - t0


def new_releases(out: Path, count: int, seed: int, n: int, corpus_hashes: set[str],
                 exclude: tuple[str, ...]) -> list[Path]:
    """Releases that are in no corpus folder, added one at a time in step 4: each one parses
    and yields a few facts, so the +1 run exercises every incremental fact model."""
    from pressroom.models import NotARelease
    from pressroom.parser import parse_release

    folder = out / "new_releases"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    seen = set(corpus_hashes)
    paths = []
    index = NEW_RELEASE_INDEX
    while len(paths) < count:
        name, text, _ = make_corpus.release(seed, index, make_corpus.issuer_pool_size(n), seen, exclude)
        index += 1
        try:
            parsed = parse_release(text)
        except NotARelease:
            continue
        if len(parsed.production) + len(parsed.financings) + len(parsed.events) < 3 and index < NEW_RELEASE_INDEX + 200:
            continue
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


# ----------------------------------------------------------------------------- 2. parse

def bench_parse(paths: list[Path], pin: bool) -> dict:
    from pressroom.models import NotARelease
    from pressroom.normalize import decode
    from pressroom.parser import parse_release

    blobs = [p.read_bytes() for p in paths]
    pinned_to = None
    old_affinity = None
    if pin and hasattr(os, "sched_setaffinity"):
        old_affinity = os.sched_getaffinity(0)
        cpu = 0 if 0 in old_affinity else min(old_affinity)
        os.sched_setaffinity(0, {cpu})
        pinned_to = cpu
    try:
        for data in blobs[:20]:                     # warm-up: first-call costs, not per-release work
            try:
                parse_release(decode(data).text)
            except NotARelease:
                pass
        times, decode_total = [], 0.0
        facts = {"production": 0, "financings": 0, "events": 0}
        rejected: dict[str, int] = {}
        cpu0 = time.process_time()
        t_start = time.perf_counter()
        for data in blobs:
            t0 = time.perf_counter()
            try:
                text = decode(data).text
                t1 = time.perf_counter()
                decode_total += t1 - t0
                parsed = parse_release(text)
                facts["production"] += len(parsed.production)
                facts["financings"] += len(parsed.financings)
                facts["events"] += len(parsed.events)
            except NotARelease as exc:
                rejected[str(exc)] = rejected.get(str(exc), 0) + 1
            except Exception as exc:  # noqa: BLE001 -- the pipeline quarantines these too
                key = f"parser error: {type(exc).__name__}"
                rejected[key] = rejected.get(key, 0) + 1
            times.append(time.perf_counter() - t0)
        elapsed = time.perf_counter() - t_start
        cpu = time.process_time() - cpu0
    finally:
        if old_affinity is not None:
            os.sched_setaffinity(0, old_affinity)   # the pipeline runs below get every CPU back
    times_ms = sorted(t * 1000 for t in times)
    n = len(blobs)
    return {
        "releases": n,
        "pinned_cpu": pinned_to,
        "seconds": elapsed,
        "cpu_seconds": cpu,
        "releases_per_s": n / elapsed if elapsed else None,
        "releases_per_cpu_s": n / cpu if cpu else None,     # less sensitive to other load on the CPU
        "mean_ms": statistics.fmean(times_ms) if times_ms else None,
        "p50_ms": times_ms[len(times_ms) // 2] if times_ms else None,
        "p95_ms": times_ms[min(len(times_ms) - 1, int(0.95 * len(times_ms)))] if times_ms else None,
        "max_ms": times_ms[-1] if times_ms else None,
        "decode_share": decode_total / sum(times) if times else None,
        "facts": facts,
        "facts_total": sum(facts.values()),
        "rejected": rejected,
        "bytes": sum(len(b) for b in blobs),
        "peak_rss_mb": mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss),
    }


# ----------------------------------------------------------------------------- 3, 4. pressroom run

def _step_runs(data_dir: Path) -> dict[str, tuple[float, float]]:
    """(started, finished) epoch seconds of each step of the latest run, from raw.step_runs."""
    import duckdb

    db = data_dir / "working.duckdb"
    if not db.exists():
        return {}
    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error:
        return {}
    try:
        rows = con.execute("""
            select step, started_at, finished_at from raw.step_runs
            where run_id = (select run_id from raw.step_runs order by started_at desc limit 1)""").fetchall()
    except duckdb.Error:
        return {}
    finally:
        con.close()
    def epoch(ts) -> float:
        return ts.replace(tzinfo=UTC).timestamp()

    return {step: (epoch(s), epoch(f)) for step, s, f in rows}


def run_pressroom(label: str, inbox: Path, data_dir: Path, log_dir: Path, env_extra: dict | None = None,
                  echo: bool = True) -> dict:
    """Run ``pressroom run`` once; wall time per step from its stderr; CPU and RSS from wait4."""
    log_dir.mkdir(parents=True, exist_ok=True)
    cmd = [*pressroom_cmd(), "run", "--inbox", str(inbox), "--data-dir", str(data_dir)]
    env = {**os.environ, **(env_extra or {})}
    env.pop("PRESSROOM_INBOX", None)
    env.pop("PRESSROOM_DATA_DIR", None)
    events: list[tuple[float, str, str]] = []        # (arrival, what, rest)
    last_parse_rate = None
    stderr_path = log_dir / f"{label}.stderr.log"
    stdout_path = log_dir / f"{label}.stdout.log"
    if echo:
        print(f"  [{label}] {' '.join(cmd)}", flush=True)
    t0 = time.time()
    with open(stdout_path, "w") as out, open(stderr_path, "w") as err_log:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.PIPE, text=True, env=env, bufsize=1)
        assert proc.stderr is not None
        for line in proc.stderr:
            now = time.time()
            err_log.write(f"{now - t0:9.3f} {line}")
            m = STEP_LINE.match(line.rstrip("\n"))
            if not m:
                continue
            what = m.group("what") + ("|" if m.group("sep") == " |" else "")
            events.append((now, what, m.group("rest")))
            if what == "parse":
                rate = PARSE_RATE.match(m.group("rest"))
                if rate:
                    last_parse_rate = int(rate.group(1))
            if echo and what != "dbt|":
                print(f"  [{label}] +{now - t0:6.1f}s {m.group('what')}: {m.group('rest')[:110]}", flush=True)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    t_end = time.time()

    def first(what: str, startswith: str = "") -> float | None:
        return next((t for t, w, r in events if w == what and r.startswith(startswith)), None)

    def last(what: str) -> float | None:
        return next((t for t, w, _ in reversed(events) if w == what), None)

    runs = _step_runs(data_dir)
    t_ingest = first("ingest")
    t_parse = last("parse")
    t_dbt_build = first("dbt", "build")
    t_dbt_docs = first("dbt", "docs")
    t_check = first("check")
    t_publish = first("publish")
    build_end = runs["build"][1] if "build" in runs else None
    ingest_start = runs["ingest"][0] if "ingest" in runs else None

    def span(a: float | None, b: float | None) -> float | None:
        return b - a if a is not None and b is not None else None

    steps = {
        "startup": span(t0, ingest_start),                          # interpreter, imports, CLI
        "ingest": span(ingest_start or t0, t_ingest),
        "parse": span(t_ingest, t_parse),
        "build": span(t_parse, build_end if build_end else t_check),  # dbt build + docs + checkpoint
        "dbt_build": span(t_dbt_build, t_dbt_docs or build_end),
        "dbt_docs": span(t_dbt_docs, build_end),
        "check": span(build_end, t_check),
        "publish": span(t_check, t_publish),
        "exit": span(t_publish, t_end),                             # summary printed, interpreter exit
    }
    tail = stderr_path.read_text().splitlines()[-8:] if proc.returncode else []
    result = {
        "label": label, "returncode": proc.returncode, "wall": t_end - t0, "steps": steps,
        "step_runs": {k: v[1] - v[0] for k, v in runs.items()},
        "cpu_seconds": usage.ru_utime + usage.ru_stime, "peak_rss_mb": mb(usage.ru_maxrss),
        "pipeline_parse_rate": last_parse_rate,
        "published": any(w == "publish" for _, w, _ in events),
        "stderr_log": str(stderr_path), "stderr_tail": tail,
    }
    if echo:
        status_text = "ok" if proc.returncode == 0 else f"FAILED (exit {proc.returncode})"
        print(f"  [{label}] {status_text}: wall {fmt_s(result['wall'])}, cpu {fmt_s(result['cpu_seconds'])}, "
              f"peak RSS {result['peak_rss_mb']:.0f} MB; stderr: {stderr_path}", flush=True)
        for t in tail:
            print(f"  [{label}]   {t}")
    return result


def add_and_run(label: str, new_file: Path, inbox: Path, data_dir: Path, log_dir: Path) -> dict:
    shutil.copy2(new_file, inbox / new_file.name)
    return run_pressroom(label, inbox, data_dir, log_dir)


def median_run(runs: list[dict]) -> dict:
    """The run with the median wall time (the run itself, so its steps add up)."""
    return sorted(runs, key=lambda r: r["wall"])[len(runs) // 2]


# ----------------------------------------------------------------------------- report

STEP_COLUMNS = ("startup", "ingest", "parse", "dbt_build", "dbt_docs", "check", "publish")


def run_row(name: str, held: str, r: dict) -> str:
    cells = [f"{name:<22}", f"{held:>9}", f"{fmt_s(r['wall']):>8}"]
    cells += [f"{fmt_s(r['steps'].get(c)):>9}" for c in STEP_COLUMNS]
    cells += [f"{fmt_s(r['cpu_seconds']):>8}", f"{r['peak_rss_mb']:>6.0f}M"]
    if r["returncode"]:
        cells.append(" FAILED")
    return " ".join(cells)


def report(res: dict) -> None:
    m, n = res["machine"], res["releases"]
    print()
    print("=" * 118)
    print(f"Pressroom benchmark: {n:,} releases; nproc {m['nproc']} (cpu_count {m['cpu_count']}), "
          f"{m.get('cpu', '?')}; Python {m['python']}; git {m.get('git', '?')}")
    print(f"load average at start {res['load_start']}, at end {res['load_end']} "
          f"(other work on the machine inflates every wall time below)")
    print("-" * 118)
    p = res["parse"]
    pin = f"pinned to CPU {p['pinned_cpu']}" if p["pinned_cpu"] is not None else "not pinned"
    print(f"parse, in-process, 1 core ({pin}): {p['releases_per_s']:,.0f} releases/s "
          f"[target >= 1,000/s]; mean {p['mean_ms']:.2f} ms, p50 {p['p50_ms']:.2f} ms, "
          f"p95 {p['p95_ms']:.2f} ms, max {p['max_ms']:.1f} ms per release")
    print(f"  {p['releases']:,} releases ({p['bytes'] / 1e6:.1f} MB) in {p['seconds']:.1f}s "
          f"(cpu {p['cpu_seconds']:.1f}s = {p['releases_per_cpu_s']:,.0f} releases per cpu-second; "
          f"decode {100 * p['decode_share']:.1f}% of it); facts "
          f"{p['facts_total']:,} ({p['facts']['production']:,} production, {p['facts']['financings']:,} "
          f"financing, {p['facts']['events']:,} event); rejected {sum(p['rejected'].values())}"
          + (f" {p['rejected']}" if p["rejected"] else "")
          + f"; peak RSS {p['peak_rss_mb']:.0f} MB")
    runs = res.get("runs") or {}
    if runs:
        print("-" * 118)
        head = [f"{'pressroom run':<22}", f"{'warehouse':>9}", f"{'wall':>8}"]
        head += [f"{c:>9}" for c in STEP_COLUMNS] + [f"{'cpu':>8}", f"{'rss':>7}"]
        print(" ".join(head))
        e2e = runs.get("e2e")
        if e2e:
            print(run_row(f"end to end, {n:,} new", "0", e2e))
        if runs.get("setup_small"):
            print(run_row(f"setup, {res['small']} new", "0", runs["setup_small"]))
        for key, held in (("incr_small", res["small"]), ("incr_large", n)):
            rs = runs.get(key) or []
            if rs:
                r = median_run(rs)
                extra = f" (median of {len(rs)})" if len(rs) > 1 else ""
                print(run_row(f"+1 release{extra}", f"{held:,}", r))
        print("  (startup: interpreter and imports before ingest starts; dbt_build/dbt_docs: the two dbt "
              "commands of the build step; cpu: user+sys of the run and its children)")
        if e2e:
            rate = e2e.get("pipeline_parse_rate")
            print(f"end to end: {fmt_s(e2e['wall'])} for {n:,} releases "
                  "[target: about 60s for 10,000 on 2 cores]"
                  + (f"; the parse step ran at {rate:,}/s" if rate else ""))
        if runs.get("incr_small") and runs.get("incr_large"):
            a, b = median_run(runs["incr_small"]), median_run(runs["incr_large"])
            ratio = b["wall"] / a["wall"] if a["wall"] else float("nan")
            print(f"+1 release: {fmt_s(a['wall'])} with {res['small']:,} in the warehouse, "
                  f"{fmt_s(b['wall'])} with {n:,}: ratio {ratio:.2f} [target: about 1.0]")
            per_step = ", ".join(
                f"{c} {fmt_s(a['steps'].get(c))} -> {fmt_s(b['steps'].get(c))}" for c in STEP_COLUMNS
                if a["steps"].get(c) is not None and b["steps"].get(c) is not None)
            print(f"  per step ({res['small']:,} -> {n:,}): {per_step}")
    print("=" * 118)


# ----------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Pressroom benchmark (prints figures, never asserts on them).")
    ap.add_argument("--releases", type=int, default=None, help="corpus size N (default 10000; --quick: 300)")
    ap.add_argument("--quick", action="store_true", help=f"a smoke run on {QUICK_RELEASES} releases")
    ap.add_argument("--out", type=Path, help="work folder (default: a temporary one, removed unless --keep)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary work folder")
    ap.add_argument("--skip-e2e", action="store_true",
                    help="only the corpus and the in-process parse benchmark")
    ap.add_argument("--small", type=int, default=None,
                    help="releases in the small warehouse of the incremental comparison "
                         f"(default {SMALL_WAREHOUSE}; with --quick 0: no comparison, only +1 release at N)")
    ap.add_argument("--incremental-repeats", type=int, default=1,
                    help="new releases added one by one to each warehouse; "
                         "the median run is reported (default 1)")
    ap.add_argument("--seed", type=int, default=make_corpus.DEFAULT_SEED)
    ap.add_argument("--no-pin", action="store_true", help="do not pin the parse benchmark to one CPU")
    ap.add_argument("--exclude-templates", default="", metavar="SUBSTR,...",
                    help="template releases not to vary (e.g. one whose facts the quality gate rejects, "
                         "which would stop every run at check)")
    args = ap.parse_args(argv)
    exclude = tuple(x.strip() for x in args.exclude_templates.split(",") if x.strip())

    n = args.releases or (QUICK_RELEASES if args.quick else 10000)
    small = args.small if args.small is not None else 0 if args.quick else SMALL_WAREHOUSE
    small = max(0, min(small, n))
    temp = args.out is None
    out = Path(tempfile.mkdtemp(prefix="pressroom-bench-")) if temp else args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    log_dir = out / "logs"
    res: dict = {"releases": n, "small": small, "out": str(out), "machine": machine(),
                 "load_start": loadavg(), "seed": args.seed}
    t_bench = time.perf_counter()
    m = res["machine"]
    print(f"pressroom bench: {n:,} releases, nproc {m['nproc']}, load {res['load_start']}, work folder {out}",
          flush=True)
    failed = False
    try:
        # 1. corpus
        inbox = out / "inbox"
        paths, hashes, secs = make_inbox(inbox, n, args.seed, exclude)
        templates, skipped = make_corpus.load_templates(exclude)
        res["corpus"] = {"releases": len(paths), "distinct": len(hashes), "templates": len(templates),
                         "skipped_templates": list(skipped), "seconds": secs}
        print(f"1. corpus: {len(paths):,} releases, {len(hashes):,} distinct contents, from {len(templates)} "
              f"templates, in {secs:.1f}s -> {inbox}", flush=True)
        for s in skipped:
            print(f"   template not used: {s}")

        # 2. parse throughput
        print("2. parse throughput, in-process, one core ...", flush=True)
        res["parse"] = bench_parse(paths, pin=not args.no_pin)
        p = res["parse"]
        print(f"   {p['releases_per_s']:,.0f} releases/s; mean {p['mean_ms']:.2f} ms, "
              f"p95 {p['p95_ms']:.2f} ms; {p['facts_total']:,} facts; peak RSS {p['peak_rss_mb']:.0f} MB",
              flush=True)

        if not args.skip_e2e:
            runs: dict = {}
            res["runs"] = runs
            # 3. end to end into a fresh data dir
            print(f"3. end to end: pressroom run on {n:,} releases, fresh data dir", flush=True)
            data_large = out / "data"
            shutil.rmtree(data_large, ignore_errors=True)
            runs["e2e"] = run_pressroom("e2e", inbox, data_large, log_dir)
            failed |= runs["e2e"]["returncode"] != 0

            # 4. one new release, small warehouse vs large
            extra = new_releases(out, args.incremental_repeats, args.seed, n, hashes, exclude)
            runs["incr_small"], runs["incr_large"] = [], []
            inbox_small, data_small = out / "inbox_small", out / "data_small"
            if small:
                print(f"4. incremental: +1 release with {small:,} vs {n:,} releases in the warehouse",
                      flush=True)
                shutil.rmtree(inbox_small, ignore_errors=True)
                inbox_small.mkdir()
                for path in paths[:small]:
                    shutil.copy2(path, inbox_small / path.name)
                shutil.rmtree(data_small, ignore_errors=True)
                # untimed set-up: PRESSROOM_DBT_DOCS=0 skips `dbt docs generate` where the pipeline
                # supports it (the timed runs below always generate docs, as `pressroom run` does)
                runs["setup_small"] = run_pressroom("setup_small", inbox_small, data_small, log_dir,
                                                    env_extra={"PRESSROOM_DBT_DOCS": "0"})
                failed |= runs["setup_small"]["returncode"] != 0
            else:
                print(f"4. incremental: +1 release with {n:,} releases in the warehouse "
                      "(no small-warehouse comparison: --small 0, the --quick default)", flush=True)
            for j, new_file in enumerate(extra):
                if small and runs["setup_small"]["returncode"] == 0:
                    r = add_and_run(f"incr_small_{j}", new_file, inbox_small, data_small, log_dir)
                    runs["incr_small"].append(r)
                    failed |= r["returncode"] != 0
                if runs["e2e"]["returncode"] == 0:
                    r = add_and_run(f"incr_large_{j}", new_file, inbox, data_large, log_dir)
                    runs["incr_large"].append(r)
                    failed |= r["returncode"] != 0
        res["load_end"] = loadavg()
        res["bench_seconds"] = time.perf_counter() - t_bench
        (out / "bench.json").write_text(json.dumps(res, indent=2, default=str))
        report(res)
        print(f"bench finished in {res['bench_seconds']:.0f}s"
              + ("" if temp and not args.keep else f"; figures: {out / 'bench.json'}, logs: {log_dir}"))
    finally:
        if temp and not args.keep:
            shutil.rmtree(out, ignore_errors=True)
            print(f"(removed {out}; use --out DIR or --keep to keep the corpus, warehouses and logs)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
