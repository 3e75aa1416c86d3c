"""Run SPARQL over a built graph: ``kg query GRAPH QUERY``.

GRAPH is a Turtle, TriG, N-Quads (or other RDF) file, loaded into an in-memory
Oxigraph store, or the directory of an on-disk store (:mod:`kg.store`).
QUERY is a SPARQL string, a path to a ``.rq`` file, or the name of a bundled
query (``kg/queries/*.rq``, e.g. ``pairings``).  Results print as an aligned
table, CSV or SPARQL 1.1 Query Results JSON.

>>> store = load_graph("tests/data/query/small.ttl")
>>> result = run_query(store, "SELECT ?name WHERE { ?r ewp:level 'province' ; rdfs:label ?name } ORDER BY ?name")
>>> [row["name"] for row in result.records()]
['天津市', '江苏省', '陕西省']
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import click
import pyoxigraph as ox

from kg.store import StoreError, open_store, rdf_format

#: Folder of the bundled queries (package data).
QUERIES_DIR = Path(__file__).resolve().parent / "queries"

EWP = "https://w3id.org/ewp-kg/ontology#"
ID = "https://w3id.org/ewp-kg/id/"
XSD = "http://www.w3.org/2001/XMLSchema#"

#: Prefixes known to every query (a query's own PREFIX lines take precedence) and used to shorten IRIs in tables.
PREFIXES = {
    "ewp": EWP,
    "id": ID,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": XSD,
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "http://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "sh": "http://www.w3.org/ns/shacl#",
}

FORMATS = ("table", "csv", "json")


class QueryError(Exception):
    """A query or graph that cannot be used; the message says which and why (CLI exit code 2)."""


@dataclass(frozen=True)
class Query:
    """A SPARQL query and where it came from (for messages)."""

    text: str
    name: str


def bundled_queries() -> dict[str, Path]:
    """The bundled queries by name (file stem), sorted."""
    return {p.stem: p for p in sorted(QUERIES_DIR.glob("*.rq"))}


def query_description(path: Path) -> str:
    """The first comment line of a ``.rq`` file: what question it answers."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            return line.lstrip("#").strip()
    return ""


def resolve_query(query: str) -> Query:
    """Turn a SPARQL string, a ``.rq`` path or a bundled query name into a :class:`Query`."""
    if "\n" not in query and len(query) < 1024:
        path = Path(query)
        if path.is_file():
            return Query(path.read_text(encoding="utf-8"), str(path))
        bundled = bundled_queries()
        stem = query[:-3] if query.endswith(".rq") else query
        if stem in bundled:
            return Query(bundled[stem].read_text(encoding="utf-8"), f"{stem} ({bundled[stem]})")
        if re.fullmatch(r"[\w./\\-]+", query):  # one word: meant as a file or a name, not SPARQL
            raise QueryError(f"no query file or bundled query named {query!r}; bundled queries: "
                             + ", ".join(bundled) + " (or give SPARQL text)")
    return Query(query, "the query given")


def load_graph(path: str | os.PathLike) -> ox.Store:
    """An Oxigraph store holding the graph at ``path``: an RDF file (read into memory) or a store directory."""
    path = Path(path)
    try:
        if path.is_dir():
            return open_store(path, read_only=True)
        if not path.is_file():
            raise QueryError(f"no graph at {path}; build one with `kg build SOURCES --out DIR` and give DIR/graph.ttl")
        store = ox.Store()
        store.bulk_load(path=str(path), format=rdf_format(path))
        return store
    except StoreError as exc:
        raise QueryError(str(exc)) from exc
    except SyntaxError as exc:
        raise QueryError(f"cannot read the graph {path}: {_one_line(exc)}") from exc


@dataclass
class Result:
    """The result of a query: ``vars`` and ``rows`` (pyoxigraph terms or None) for SELECT,
    ``boolean`` for ASK, ``triples`` for CONSTRUCT/DESCRIBE."""

    vars: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)
    boolean: bool | None = None
    triples: list | None = None

    def records(self) -> list[dict]:
        """The rows as dicts of Python values: str for IRIs and text, int/Decimal/float/bool for typed literals."""
        return [{v: python_value(t) for v, t in zip(self.vars, row)} for row in self.rows]

    def to_table(self, max_width: int = 60) -> str:
        """An aligned text table for humans; IRIs shortened with :data:`PREFIXES`, long cells cut at ``max_width``."""
        if self.boolean is not None:
            return "true" if self.boolean else "false"
        if self.triples is not None:
            return self.to_turtle()
        cells = [[_display(t, max_width) for t in row] for row in self.rows]
        widths = [_width(v) for v in self.vars]
        for row in cells:
            widths = [max(w, _width(c)) for w, c in zip(widths, row)]
        lines = ["  ".join(_pad(v, w) for v, w in zip(self.vars, widths)).rstrip(),
                 "  ".join("-" * w for w in widths)]
        lines += ["  ".join(_pad(c, w) for c, w in zip(row, widths)).rstrip() for row in cells]
        return "\n".join(lines)

    def to_csv(self) -> str:
        """SPARQL 1.1 Query Results CSV: IRIs and lexical forms, no datatypes or language tags."""
        out = io.StringIO()
        writer = csv.writer(out)  # CRLF line ends, as the CSV results format asks
        if self.boolean is not None:
            writer.writerow(["boolean"])
            writer.writerow(["true" if self.boolean else "false"])
            return out.getvalue()
        writer.writerow(self.vars)
        for row in self.rows:
            writer.writerow(["" if t is None else ("_:" + t.value if isinstance(t, ox.BlankNode) else t.value)
                             for t in row])
        return out.getvalue()

    def to_json(self) -> str:
        """SPARQL 1.1 Query Results JSON."""
        if self.boolean is not None:
            return json.dumps({"head": {}, "boolean": self.boolean})
        bindings = [{v: _json_term(t) for v, t in zip(self.vars, row) if t is not None} for row in self.rows]
        return json.dumps({"head": {"vars": self.vars}, "results": {"bindings": bindings}},
                          ensure_ascii=False, indent=1)

    def to_turtle(self) -> str:
        """The triples of a CONSTRUCT/DESCRIBE result as Turtle."""
        data = ox.serialize(self.triples or [], format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        return data.decode("utf-8")

    def format(self, fmt: str = "table", max_width: int = 60) -> str:
        """The result in one of :data:`FORMATS` (CONSTRUCT results are always Turtle)."""
        if self.triples is not None:
            return self.to_turtle()
        return {"table": lambda: self.to_table(max_width), "csv": self.to_csv, "json": self.to_json}[fmt]()


def run_query(store: ox.Store | str | os.PathLike, query: str | Query) -> Result:
    """Run a query (SPARQL text, ``.rq`` path, bundled name or :class:`Query`) over a store or graph path.

    Named graphs of a TriG/N-Quads dataset are queried together as the default graph.
    """
    if not isinstance(store, ox.Store):
        store = load_graph(store)
    if not isinstance(query, Query):
        query = resolve_query(query)
    try:
        answer = store.query(query.text, prefixes=PREFIXES, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise QueryError(f"invalid SPARQL in {query.name}: {_one_line(exc)}") from exc
    except OSError as exc:
        raise QueryError(f"the query {query.name} failed: {_one_line(exc)}") from exc
    if isinstance(answer, ox.QuerySolutions):
        names = [v.value for v in answer.variables]
        return Result(vars=names, rows=[tuple(sol[v] for v in names) for sol in answer])
    if isinstance(answer, ox.QueryTriples):
        return Result(triples=list(answer))
    return Result(boolean=bool(answer))


def select(graph: ox.Store | str | os.PathLike, query: str | Query) -> list[dict]:
    """Rows of a SELECT query as dicts of Python values (for notebooks and tests)."""
    return run_query(graph, query).records()


# --- terms -------------------------------------------------------------------

_NUMERIC = {XSD + t: int for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                    "positiveInteger", "nonPositiveInteger", "negativeInteger",
                                    "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
_NUMERIC.update({XSD + "decimal": Decimal, XSD + "double": float, XSD + "float": float})


def python_value(term):
    """A plain Python value for an RDF term: numbers and booleans typed, everything else its string value."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        if dt in _NUMERIC:
            try:
                return _NUMERIC[dt](term.value)
            except (ValueError, ArithmeticError):
                return term.value
        if dt == XSD + "boolean":
            return term.value in ("true", "1")
    return term.value


def shorten(iri: str) -> str:
    """``ewp:funds`` for the full IRI, using the longest matching prefix of :data:`PREFIXES`."""
    best = None
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and (best is None or len(ns) > len(PREFIXES[best])):
            best = prefix
    if best is None:
        return iri
    local = iri[len(PREFIXES[best]):]
    return f"{best}:{local}"


def _display(term, max_width: int) -> str:
    if term is None:
        text = ""
    elif isinstance(term, ox.NamedNode):
        text = shorten(term.value)
    elif isinstance(term, ox.BlankNode):
        text = "_:" + term.value
    else:
        text = term.value
    text = " ".join(text.split())  # one line per row
    if max_width and _width(text) > max_width:
        out, used = [], 0
        for ch in text:
            w = _char_width(ch)
            if used + w > max_width - 1:
                break
            out.append(ch)
            used += w
        text = "".join(out) + "…"
    return text


def _char_width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def _width(text: str) -> int:
    """Columns a string takes in a terminal: CJK characters take two."""
    return sum(_char_width(ch) for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {k: _json_term(getattr(term, k)) for k in ("subject", "predicate", "object")}}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != XSD + "string":
        out["datatype"] = term.datatype.value
    return out


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())


# --- command line ----------------------------------------------------------------

class QueryUsageError(click.ClickException):
    """A bad query or graph: one line on stderr, exit code 2."""

    exit_code = 2


def _query_help() -> str:
    lines = [f"  {name:<22} {query_description(path)}" for name, path in bundled_queries().items()]
    return "\n".join(lines)


@click.command(name="query", epilog="\b\nBundled queries:\n" + _query_help())
@click.argument("graph", type=click.Path(path_type=Path))
@click.argument("query")
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="table for reading, csv for spreadsheets, json for SPARQL 1.1 Query Results JSON.")
@click.option("--max-width", type=click.IntRange(0), default=60, show_default=True,
              help="Cut table cells longer than this (0: never).")
def query_command(graph: Path, query: str, fmt: str, max_width: int) -> None:
    """Run a SPARQL query over GRAPH (a .ttl/.trig/.nq file or a store directory).

    QUERY is SPARQL text, a .rq file or the name of a bundled query. The
    prefixes ewp:, id:, rdfs:, skos:, prov:, xsd: and others are predefined.

    \b
    Exit codes:
      0  the query ran (whatever the number of rows)
      2  the query or the graph could not be read

    \b
    Examples:
      kg query exports/graph.ttl pairings
      kg query exports/graph.ttl queries/funding-by-year.rq --format csv > funding.csv
      kg query exports/graph.ttl 'SELECT ?r WHERE { ?r ewp:side "west" }' --format json
    """
    try:
        store = load_graph(graph)
        result = run_query(store, query)
    except QueryError as exc:
        raise QueryUsageError(str(exc)) from exc
    text = result.format(fmt, max_width=max_width)
    click.echo(text, nl=not text.endswith("\n"))
    if result.boolean is None and result.triples is None:
        click.echo(f"{len(result.rows)} row(s)", err=True)


commands = [query_command]

if __name__ == "__main__":  # pragma: no cover
    sys.exit(query_command())
