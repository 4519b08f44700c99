"""Runs the SQL of docs/sql.md over a directory of Parquet tables, for tests/parquet.rs.

usage: python3 tests/parquet_sql.py ENGINE SQL_MD DIR CASES_JSON OUT_JSON

ENGINE is duckdb or polars. CASES_JSON is a list of {"query": NAME, "params": {...}}: NAME is
the name of a fenced block of SQL_MD (```sql NAME), each :param is replaced by a literal as
docs/sql.md says. OUT_JSON gets, for each case, the rows as [key, certainty] (key: the first
column) and the seconds the query took. Exit 3 when the engine's package is missing.
"""

import json
import re
import sys
import time

DATES = {"day", "known_at", "day_after"}


def blocks(markdown):
    """The named SQL blocks of the page: {name: sql}."""
    found = dict(re.findall(r"```sql (\w+)\n(.*?)```", markdown, flags=re.S))
    if not found:
        sys.exit("no named ```sql NAME block in the page")
    return found


def literal(name, value):
    if name in DATES:
        return "DATE '%s'" % value
    if isinstance(value, int):
        return str(value)
    return "'%s'" % str(value).replace("'", "''")


def bind(sql, params):
    def one(m):
        name = m.group(1)
        if name not in params:
            sys.exit("parameter :%s has no value" % name)
        return literal(name, params[name])

    return re.sub(r":([a-z_]+)\b", one, sql)


def main():
    engine, page, directory, cases_path, out_path = sys.argv[1:6]
    try:
        if engine == "duckdb":
            import duckdb
        elif engine == "polars":
            import polars
        else:
            sys.exit("unknown engine %r" % engine)
    except ImportError:
        sys.stderr.write(
            "the Python package '%s' is missing: install it with `pip install %s` "
            "(.ci/run does)\n" % (engine, engine)
        )
        sys.exit(3)
    with open(page, encoding="utf-8") as f:
        queries = blocks(f.read())
    with open(cases_path, encoding="utf-8") as f:
        cases = json.load(f)
    tables = [
        "islands", "parties", "relations", "sources", "events", "positions", "attributions",
        "disputes", "dispute_definite", "dispute_islands", "dispute_island_definite",
    ]
    if engine == "duckdb":
        con = duckdb.connect()
        for t in tables:
            con.execute("CREATE VIEW %s AS SELECT * FROM read_parquet('%s/%s.parquet')" % (t, directory, t))

        def run(sql):
            return con.execute(sql).fetchall()
    else:
        ctx = polars.SQLContext()
        for t in tables:
            ctx.register(t, polars.scan_parquet("%s/%s.parquet" % (directory, t)))

        def run(sql):
            # The same text as DuckDB's: docs/sql.md is written in what both read.
            df = ctx.execute(sql, eager=True)
            return df.rows()

    out = []
    for case in cases:
        sql = bind(queries[case["query"]], case["params"])
        start = time.perf_counter()
        try:
            rows = run(sql)
        except Exception as e:  # the engine's own error, with the query that raised it
            sys.exit("%s failed on %s: %s\n%s" % (engine, case["query"], e, sql))
        seconds = time.perf_counter() - start
        out.append({"rows": [[r[0], r[-1]] for r in rows], "seconds": seconds})
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(out, f)


if __name__ == "__main__":
    main()
