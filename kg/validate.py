"""Checking a graph against the SHACL shapes (pySHACL), and the ``kg validate`` command.

>>> from kg.graph import GraphBuilder
>>> validate_graph(GraphBuilder().graph).conforms
True
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import click
from rdflib import Graph
from rdflib.util import guess_format


class GraphReadError(Exception):
    """A graph or shapes file that cannot be read; the message says which and what to do."""


@dataclass
class ValidationReport:
    """Outcome of a SHACL validation."""

    conforms: bool
    text: str
    results: Graph
    violations: int


def load_shapes(path: Path | str | None = None) -> Graph:
    """The shapes graph: ``path`` if given, else the shapes shipped with the package."""
    if path is not None:
        return read_graph(path)
    from kg.export import shapes_text

    return Graph().parse(data=shapes_text(), format="turtle")


def read_graph(path: Path | str) -> Graph:
    """Parse an RDF file, its format guessed from the extension (Turtle by default)."""
    path = Path(path)
    if not path.is_file():
        raise GraphReadError(f"{path}: no such file; give the path of a Turtle file such as exports/graph.ttl "
                             "(make one with `kg build SOURCES --out exports`)")
    fmt = guess_format(str(path)) or "turtle"
    try:
        return Graph().parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types
        raise GraphReadError(f"{path}: cannot be parsed as {fmt} ({type(exc).__name__}: {exc}); "
                             "check the file is RDF, or rebuild it with `kg build`") from exc


def validate_graph(graph: Graph, shapes: Graph | None = None) -> ValidationReport:
    """Validate ``graph`` against ``shapes`` (default: the packaged shapes)."""
    from pyshacl import validate
    from rdflib.namespace import RDF, SH

    shapes = shapes if shapes is not None else load_shapes()
    if not graph.store.context_aware:
        # pyshacl wraps the data in a ConjunctiveGraph, which needs a context-aware store; the graphs
        # kg.graph builds use rdflib's faster SimpleMemory
        copy = Graph()
        copy.addN((s, p, o, copy) for s, p, o in graph)
        graph = copy
    conforms, results, text = validate(graph, shacl_graph=shapes, inference="none",
                                       abort_on_first=False, allow_warnings=False, advanced=False)
    violations = len(set(results.subjects(RDF.type, SH.ValidationResult)))
    return ValidationReport(bool(conforms), text, results, violations)


def validate_file(path: Path | str, shapes_path: Path | str | None = None) -> ValidationReport:
    """Read and validate an RDF file; raises :class:`GraphReadError` when it cannot be read."""
    return validate_graph(read_graph(path), load_shapes(shapes_path))


class _ReadFailure(click.ClickException):
    exit_code = 2


@click.command(name="validate")
@click.argument("graph_path", metavar="GRAPH", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--shapes", "shapes_path", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="SHACL shapes to use instead of the packaged ontology/shapes.ttl.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing; use the exit code.")
def validate_command(graph_path: Path, shapes_path: Path | None, quiet: bool) -> None:
    """Check a graph (Turtle) against the SHACL shapes: labels, region levels, fact ends, provenance.

    Prints the pySHACL report on stdout when the graph does not conform.

    \b
    Exit codes:
      0  the graph conforms
      1  it does not (the report says which node breaks which rule)
      2  the graph or shapes file cannot be read

    \b
    Example:
      kg validate exports/graph.ttl
    """
    try:
        report = validate_file(graph_path, shapes_path)
    except GraphReadError as exc:
        raise _ReadFailure(str(exc)) from exc
    if report.conforms:
        if not quiet:
            click.echo(f"{graph_path}: conforms to the shapes", err=True)
        return
    if not quiet:
        click.echo(report.text)
        click.echo(f"{graph_path}: {report.violations} violation(s) of the shapes", err=True)
    sys.exit(1)


#: Commands registered by kg.cli.
commands = [validate_command]
