"""``kg export GRAPH --format neo4j|graphdb|trig|nquads --out DIR``."""
from __future__ import annotations

from pathlib import Path

import click

from kg.exporters import ExportError

FORMATS = ("neo4j", "graphdb", "trig", "nquads")


def export(graph: str | Path, fmt: str, out_dir: str | Path, ontology=None, shapes=None,
           fetch_url: str | None = None) -> list[Path]:
    """Export ``graph`` (path of graph.ttl) in one of :data:`FORMATS` into ``out_dir``; return the paths written."""
    if fmt == "neo4j":
        from kg.exporters.neo4j import export_neo4j

        return export_neo4j(graph, out_dir, fetch_url=fetch_url)
    from kg.exporters.graphdb import DATASET_FORMATS, export_graphdb, graph_parts, write_dataset

    if fmt == "graphdb":
        return export_graphdb(graph, out_dir, ontology=ontology, shapes=shapes)
    if fmt in DATASET_FORMATS:
        parts = graph_parts(graph, ontology, shapes)
        return [write_dataset(parts, Path(out_dir) / DATASET_FORMATS[fmt][1], fmt)]
    raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")


class ExportUsageError(click.ClickException):
    """An input that cannot be exported: exit code 2."""

    exit_code = 2


@click.command(name="export")
@click.argument("graph", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), required=True,
              help="neo4j: Turtle + setup.cypher for neosemantics and a neo4j-admin CSV bundle; "
                   "graphdb: ontology/data/shapes Turtle + TriG; trig/nquads: one dataset file with three named graphs.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder to write into (created when missing).")
@click.option("--ontology", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Ontology Turtle [default: ontology.ttl beside GRAPH, else the packaged one].")
@click.option("--shapes", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="SHACL shapes Turtle [default: shapes.ttl beside GRAPH, else the packaged one].")
@click.option("--fetch-url", help="neo4j: URL the Neo4j server reads graph.ttl from [default: its file:// URL here].")
def export_command(graph: Path, fmt: str, out_dir: Path, ontology: Path | None, shapes: Path | None,
                   fetch_url: str | None) -> None:
    """Export a built graph (graph.ttl) for Neo4j or GraphDB, or as TriG/N-Quads with named graphs.

    Each output folder holds a README.md with the exact import commands.

    \b
    Exit codes:
      0  written
      2  the graph or an option could not be used

    \b
    Examples:
      kg export exports/graph.ttl --format neo4j --out exports/neo4j
      kg export exports/graph.ttl --format graphdb --out exports/graphdb
      kg export exports/graph.ttl --format trig --out exports
    """
    try:
        paths = export(graph, fmt, out_dir, ontology=ontology, shapes=shapes, fetch_url=fetch_url)
    except ExportError as exc:
        raise ExportUsageError(str(exc)) from exc
    for path in paths:
        click.echo(f"wrote {path}", err=True)


commands = [export_command]
