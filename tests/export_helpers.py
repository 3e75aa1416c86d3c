"""Helpers of the export tests: read the neo4j-admin CSV, load it into kuzu, count triples with rapper."""
from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
from collections import defaultdict
from pathlib import Path

import pytest

RAPPER_FORMATS = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads"}


def read_csv(path):
    """(header, rows) of a CSV file."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    return rows[0], rows[1:]


KUZU_TYPES = {"string": "STRING", "int": "INT64", "long": "INT64", "float": "DOUBLE", "double": "DOUBLE",
              "boolean": "BOOLEAN", "date": "DATE"}


def load_into_kuzu(csv_dir: Path, db_dir: Path):
    """Create a kuzu schema from the neo4j-admin headers and COPY the bundle in; return a connection.

    Node files become node tables (``uri:ID`` the primary key, ``:LABEL`` a string column,
    arrays kept as their delimited string); each relationship file becomes a relationship
    table with one FROM/TO pair per pair of node tables it links.
    """
    kuzu = pytest.importorskip("kuzu", reason="kuzu is in the test extra: pip install -e '.[test]'")
    conn = kuzu.Connection(kuzu.Database(str(db_dir)))
    table_of = {}
    for path in sorted(csv_dir.glob("nodes_*.csv")):
        table = path.stem[len("nodes_"):]
        header, rows = read_csv(path)
        columns = []
        for col in header:
            name, _, kind = col.partition(":")
            if kind == "ID":
                columns.append(f"{name} STRING PRIMARY KEY")
            elif kind == "LABEL":
                columns.append("labels STRING")
            else:
                columns.append(f"{name} {'STRING' if kind.endswith('[]') else KUZU_TYPES[kind or 'string']}")
        conn.execute(f"CREATE NODE TABLE {table}({', '.join(columns)})")
        conn.execute(f"COPY {table} FROM '{path}' (header=true, parallel=false)")
        table_of.update({row[0]: table for row in rows})
    node_tables = {t.lower() for t in table_of.values()}
    for path in sorted(csv_dir.glob("rels_*.csv")):
        rtype = path.stem[len("rels_"):]
        if rtype.lower() in node_tables:  # kuzu shares one case-insensitive namespace for tables
            rtype += "_REL"
        header, rows = read_csv(path)
        assert header == [":START_ID", ":END_ID", ":TYPE"]
        by_pair = defaultdict(list)
        for start, end, _t in rows:
            by_pair[(table_of[start], table_of[end])].append((start, end))
        pairs = ", ".join(f"FROM {a} TO {b}" for a, b in sorted(by_pair))
        conn.execute(f"CREATE REL TABLE {rtype}({pairs})")
        for (a, b), links in sorted(by_pair.items()):
            part = db_dir.parent / f"{rtype}_{a}_{b}.csv"
            with open(part, "w", encoding="utf-8", newline="") as handle:
                csv.writer(handle).writerows([("from", "to"), *links])
            conn.execute(f"COPY {rtype} FROM '{part}' (from='{a}', to='{b}', header=true)")
    return conn


def scalar(conn, cypher):
    result = conn.execute(cypher)
    return result.get_next()[0]



def rapper_count(path: Path) -> int:
    """Triples rapper reads from the file; skips (locally) or fails (CI=true) when rapper is absent."""
    if shutil.which("rapper") is None:
        message = "rapper not installed: apt-get install -y raptor2-utils (.ci/run installs it)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    proc = subprocess.run(["rapper", "-i", RAPPER_FORMATS[path.suffix], "-c", str(path)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    match = re.search(r"returned (\d+) (?:triples|statements)", proc.stderr)
    assert match, proc.stderr
    return int(match.group(1))


