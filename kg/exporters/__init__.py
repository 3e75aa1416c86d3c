"""Exports for other tools: Neo4j (neosemantics and neo4j-admin CSV) and Ontotext GraphDB.

Each exporter takes the built graph (an rdflib graph or the path of
``graph.ttl``) and writes a folder another tool loads on the first try, with a
README holding the exact commands.
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph

#: Named graphs of the GraphDB/TriG/N-Quads exports.
GRAPH_IRIS = {
    "ontology": "https://w3id.org/ewp-kg/graph/ontology",
    "data": "https://w3id.org/ewp-kg/graph/data",
    "shapes": "https://w3id.org/ewp-kg/graph/shapes",
}


class ExportError(Exception):
    """An input the exporter cannot use; the message says what to do."""


def read_graph(graph: Graph | str | Path) -> Graph:
    """The graph itself, or the graph parsed from an RDF file (format from the extension)."""
    if isinstance(graph, Graph):
        return graph
    path = Path(graph)
    if not path.is_file():
        raise ExportError(f"no graph at {path}; build one with `kg build SOURCES --out DIR` and give DIR/graph.ttl")
    from rdflib.util import guess_format

    fmt = guess_format(str(path)) or "turtle"
    try:
        if fmt in ("trig", "nquads"):
            from rdflib import Dataset

            dataset = Dataset()
            dataset.parse(path, format=fmt)
            merged = Graph()
            for s, p, o, _g in dataset.quads((None, None, None, None)):
                merged.add((s, p, o))
            for prefix, ns in dataset.namespaces():
                merged.bind(prefix, ns, override=False)
            return merged
        return Graph().parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types
        raise ExportError(f"cannot read the graph {path}: {' '.join(str(exc).split())}") from exc


def companion_text(graph_path: Graph | str | Path | None, name: str, given: str | Path | None) -> str:
    """Text of the ontology or shapes: the file given, else ``name`` beside the graph, else the packaged copy."""
    from kg import export

    if given is not None:
        path = Path(given)
        if not path.is_file():
            raise ExportError(f"no such file: {path}")
        return path.read_text(encoding="utf-8")
    if isinstance(graph_path, (str, Path)):
        beside = Path(graph_path).with_name(name)
        if beside.is_file():
            return beside.read_text(encoding="utf-8")
    return export.ontology_text() if name == "ontology.ttl" else export.shapes_text()

