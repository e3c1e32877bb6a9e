"""``pressroom`` command line: the whole pipeline (``run``) or one step at a time.

    pressroom run --inbox DIR --data-dir DIR
    pressroom ingest|parse|build|check|publish --data-dir DIR [--run-id ID]
    pressroom summary --data-dir DIR

Exit 0: done (for ``run``: the new state is published, or there was nothing new).
Non-zero: nothing new was published; one line on stderr says why and where the report is.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys

from pressroom.settings import Settings


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="pressroom", description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="command", required=True)

    def common(sp, with_run_id: bool):
        sp.add_argument("--inbox", help="folder of release files (default: $PRESSROOM_INBOX or the bundled sample)")
        sp.add_argument("--data-dir", help="where everything is kept (default: $PRESSROOM_DATA_DIR or ./data)")
        sp.add_argument("-q", "--quiet", action="store_true", help="only warnings and errors on stderr")
        if with_run_id:
            sp.add_argument("--run-id", help="run id shared by the steps of one run (default: the last build's)")

    common(sub.add_parser("run", help="ingest, parse, build, check and publish"), False)
    for name, text in (("ingest", "take new release files from the inbox"),
                       ("parse", "extract header fields and facts from ingested releases"),
                       ("build", "build the dbt models into a candidate warehouse"),
                       ("check", "run the Great Expectations gate on the candidate"),
                       ("publish", "atomically replace the published warehouse with the validated candidate")):
        sp = sub.add_parser(name, help=text)
        common(sp, True)
        if name == "parse":
            sp.add_argument("--reparse", action="store_true",
                            help="parse again the releases an older parser version read (and parser rejections)")
        if name == "build":
            sp.add_argument("--full-refresh", action="store_true", help="rebuild every model from scratch")
            sp.add_argument("--force", action="store_true", help="build even if nothing new was ingested")
    common(sub.add_parser("summary", help="what the published warehouse holds"), False)
    sp = sub.add_parser("docs", help="serve the dbt docs site and the gate's Data Docs on localhost")
    common(sp, False)
    sp.add_argument("--port", type=int, default=8080)
    sp.add_argument("--host", default="127.0.0.1")
    sp.add_argument("--no-serve", action="store_true", help="only say where the sites are")
    return p


def _run_id_for(settings: Settings, args) -> str:
    from pressroom.pipeline import new_run_id

    if getattr(args, "run_id", None):
        return args.run_id
    if args.command in ("check", "publish"):
        from pressroom.warehouse import candidate_run

        owner = candidate_run(settings)
        if owner:
            return owner
    return new_run_id()


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO, stream=sys.stderr,
                        format="%(asctime)s %(levelname)-7s %(message)s", datefmt="%H:%M:%S")
    for noisy in ("great_expectations", "py.warnings"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    settings = Settings.from_env(args.inbox, args.data_dir)
    from pressroom import pipeline

    try:
        if args.command == "summary":
            print(pipeline.summary(settings))
            return 0
        if args.command == "docs":
            return _docs(settings, args)
        if args.command == "run":
            result = pipeline.run(settings)
            if not result.get("published"):
                print("Nothing new to publish: the warehouse already holds every release in the inbox.")
                print(pipeline.summary(settings))
                return 0
            print(pipeline.summary(settings))
            return 0
        run_id = _run_id_for(settings, args)
        step = getattr(pipeline, args.command)
        kwargs = {}
        if args.command == "build":
            kwargs = {"full_refresh": args.full_refresh, "force": args.force}
        elif args.command == "parse":
            kwargs = {"reparse": args.reparse}
        print(json.dumps({"run_id": run_id, **step(settings, run_id, **kwargs)}, indent=2, default=str))
        return 0
    except pipeline.NothingToPublish as exc:
        print(f"Nothing to build: {exc}")
        return 0
    except pipeline.StepFailed as exc:
        where = f"; report: {exc.report}" if exc.report else ""
        print(f"pressroom: {exc}{where}", file=sys.stderr)
        return 1
    except FileNotFoundError as exc:
        print(f"pressroom: {exc}", file=sys.stderr)
        return 2


def _docs(settings: Settings, args) -> int:
    import functools
    import http.server

    index = settings.docs_dir / "index.html"
    if not index.exists():
        print(f"pressroom: no docs published under {settings.docs_dir} yet; run `make run` first", file=sys.stderr)
        return 1
    base = f"http://{args.host}:{args.port}"
    print(f"dbt docs:                  {base}/" + (f"\nGreat Expectations docs:   {base}/gx/index.html"
                                                      if (settings.docs_dir / "gx" / "index.html").exists() else ""))
    if args.no_serve:
        return 0
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(settings.docs_dir))
    with http.server.ThreadingHTTPServer((args.host, args.port), handler) as server:
        print("serving; Ctrl-C to stop", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
