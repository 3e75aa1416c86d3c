"""GraphDB export: ontology, data and shapes as three Turtle files for three named graphs.

Also one dataset file (TriG or N-Quads) holding the three named graphs
(:data:`kg.exporters.GRAPH_IRIS`), for tools that load a dataset in one go,
and a README with the GraphDB import steps.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg.export import atomic_write_bytes, atomic_write_text, to_turtle
from kg.exporters import GRAPH_IRIS, ExportError, companion_text, read_graph

#: Prefixes written in the TriG file.
TRIG_PREFIXES = {
    "ewp": "https://w3id.org/ewp-kg/ontology#",
    "id": "https://w3id.org/ewp-kg/id/",
    "ewpg": "https://w3id.org/ewp-kg/graph/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "http://schema.org/",
    "dcterms": "http://purl.org/dc/terms/",
    "sh": "http://www.w3.org/ns/shacl#",
}
DATASET_FORMATS = {"trig": (ox.RdfFormat.TRIG, "ewp-kg.trig"), "nquads": (ox.RdfFormat.N_QUADS, "ewp-kg.nq")}


def dataset_quads(parts: dict[str, str]) -> list[ox.Quad]:
    """Quads of the named graphs, from Turtle texts keyed by :data:`GRAPH_IRIS` names, in a fixed order."""
    quads = []
    for name in ("ontology", "data", "shapes"):
        if name not in parts:
            continue
        graph = ox.NamedNode(GRAPH_IRIS[name])
        try:
            triples = list(ox.parse(parts[name].encode("utf-8"), ox.RdfFormat.TURTLE))
        except SyntaxError as exc:
            raise ExportError(f"the {name} Turtle does not parse: {' '.join(str(exc).split())}") from exc
        # blank nodes (shape lists) get canonical labels (RDFC-1.0) so that the same input gives the same bytes
        part = ox.Dataset(ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples)
        part.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
        quads += sorted(part, key=lambda q: (str(q.subject), str(q.predicate), str(q.object)))
    return quads


def write_dataset(parts: dict[str, str], path: str | Path, fmt: str = "trig") -> Path:
    """Write the named graphs as one TriG or N-Quads file."""
    rdf_format = DATASET_FORMATS[fmt][0]
    kwargs = {"prefixes": TRIG_PREFIXES} if fmt == "trig" else {}
    data = ox.serialize(dataset_quads(parts), format=rdf_format, **kwargs)
    return atomic_write_bytes(path, data)


def graph_parts(graph: Graph | str | Path, ontology: str | Path | None = None,
                shapes: str | Path | None = None) -> dict[str, str]:
    """Turtle texts of the three named graphs: the ontology and shapes beside the graph (or packaged) and the data."""
    return {
        "ontology": companion_text(graph, "ontology.ttl", ontology),
        "data": to_turtle(read_graph(graph)),
        "shapes": companion_text(graph, "shapes.ttl", shapes),
    }


def export_graphdb(graph: Graph | str | Path, out_dir: str | Path, ontology: str | Path | None = None,
                   shapes: str | Path | None = None, repository: str = "ewp-kg") -> list[Path]:
    """Write ontology.ttl, data.ttl, shapes.ttl, ewp-kg.trig and README.md into ``out_dir``; return the paths."""
    out = Path(out_dir)
    parts = graph_parts(graph, ontology, shapes)
    written = [atomic_write_text(out / f"{name}.ttl", text) for name, text in parts.items()]
    written.append(write_dataset(parts, out / DATASET_FORMATS["trig"][1], "trig"))
    written.append(atomic_write_text(out / "README.md", readme(repository)))
    return written


def readme(repository: str = "ewp-kg") -> str:
    """The GraphDB import steps."""
    g = GRAPH_IRIS
    base = f"http://localhost:7200/repositories/{repository}"
    return f"""# ewp-kg for Ontotext GraphDB

| file | named graph |
|---|---|
| `ontology.ttl` | `{g['ontology']}` |
| `data.ttl` | `{g['data']}` |
| `shapes.ttl` | `{g['shapes']}` |
| `ewp-kg.trig` | all three, each in its named graph |

## 1. Create a repository

Workbench (http://localhost:7200) → Setup → Repositories → Create new
repository → GraphDB Repository, id `{repository}`, ruleset "RDFS-Plus
(Optimized)" so that `rdfs:subClassOf` is used (an `ewp:Official` is found as
an `ewp:Person`).

## 2a. Load with the Workbench

Import → Upload RDF files → pick `ontology.ttl`, `data.ttl` and `shapes.ttl` →
for each: Import settings → Target graphs → Named graph, with the IRI from the
table above → Import.  Or upload `ewp-kg.trig` alone with Target graphs
"From data".

## 2b. Load with curl (RDF4J Graph Store protocol)

```sh
curl -X PUT -H 'Content-Type: text/turtle' --data-binary @ontology.ttl \\
  '{base}/rdf-graphs/service?graph={g['ontology']}'
curl -X PUT -H 'Content-Type: text/turtle' --data-binary @data.ttl \\
  '{base}/rdf-graphs/service?graph={g['data']}'
curl -X PUT -H 'Content-Type: text/turtle' --data-binary @shapes.ttl \\
  '{base}/rdf-graphs/service?graph={g['shapes']}'
# or everything at once:
curl -X POST -H 'Content-Type: application/trig' --data-binary @ewp-kg.trig '{base}/statements'
```

## 3. Query

The queries of `kg/queries/*.rq` run unchanged in the SPARQL tab (the data
graph is part of the default graph in GraphDB). To ask one graph only, add
`FROM <{g['data']}>`.

To have GraphDB enforce the shapes on every write, create the repository with
"Support SHACL validation" and load `shapes.ttl` into the graph
`http://rdf4j.org/schema/rdf4j#SHACLShapeGraph` instead.
"""
