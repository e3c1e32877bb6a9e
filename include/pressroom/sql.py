"""A read-only SQL shell on the published warehouse.

    python -m pressroom.sql [WAREHOUSE] [-c SQL]

It uses the same DuckDB library that wrote the file, so the shell can always open it (a
DuckDB CLI of an older release may not read a newer storage format). Dot commands:
``.tables``, ``.schema TABLE``, ``.quit``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pressroom.settings import Settings

PROMPT, MORE = "pressroom> ", "      ...> "


def _execute(con, sql: str) -> None:
    import duckdb

    sql = sql.strip().rstrip(";")
    if not sql:
        return
    if sql in (".tables", ".t"):
        sql = ("select table_schema || '.' || table_name as table_name, table_type from information_schema.tables "
               "where table_schema not in ('information_schema', 'pg_catalog') order by 1")
    elif sql.startswith(".schema"):
        name = sql.split(maxsplit=1)[1] if " " in sql else ""
        schema, _, table = name.rpartition(".")
        sql = (f"select column_name, data_type, is_nullable from information_schema.columns "
               f"where table_name = '{table}'" + (f" and table_schema = '{schema}'" if schema else "") +
               " order by ordinal_position")
    try:
        rel = con.sql(sql)
        if rel is not None:
            rel.show(max_width=200, max_rows=60)
    except duckdb.Error as exc:
        print(f"Error: {exc}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    import duckdb

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("warehouse", nargs="?", type=Path, help="default: DATA_DIR/warehouse.duckdb")
    ap.add_argument("-c", "--command", help="run one statement and exit")
    args = ap.parse_args(argv)
    path = args.warehouse or Settings.from_env().warehouse
    if not path.exists():
        print(f"pressroom: no warehouse at {path}; run `make run` first", file=sys.stderr)
        return 1
    con = duckdb.connect(str(path), read_only=True)
    if args.command:
        _execute(con, args.command)
        return 0
    try:
        import readline  # noqa: F401  (line editing and history)
    except ImportError:
        pass
    print(f"{path} (read-only, DuckDB {duckdb.__version__}). End statements with ';'. .tables lists tables.")
    buffer: list[str] = []
    while True:
        try:
            line = input(MORE if buffer else PROMPT)
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if not buffer and line.strip() in (".quit", ".exit", "\\q"):
            return 0
        buffer.append(line)
        text = "\n".join(buffer).strip()
        if text.startswith(".") or text.endswith(";"):
            _execute(con, text)
            buffer = []


if __name__ == "__main__":
    sys.exit(main())
