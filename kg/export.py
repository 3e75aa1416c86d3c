"""Writing the graph: deterministic Turtle, the ontology and shapes beside it.

Files are written atomically (temporary file in the same folder, fsync,
``os.replace``) so a crash never leaves a half-written export.  The ontology
and shapes ship inside the package (``kg/data/ontology-*.ttl``, copies of
``ontology/*.ttl`` kept identical by a test), so an installed ``kg`` needs no
source tree.
"""
from __future__ import annotations

import os
import secrets
from importlib import resources
from pathlib import Path

from rdflib import BNode, Graph

#: Packaged copies of ontology/ewp.ttl and ontology/shapes.ttl.
ONTOLOGY_RESOURCE = "ontology-ewp.ttl"
SHAPES_RESOURCE = "ontology-shapes.ttl"


def atomic_write_bytes(path: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically; on failure the temporary file is removed."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # os.open with 0o666 rather than mkstemp (0o600): the result gets the usual umask permissions
    tmp = path.parent / f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return path


def atomic_write_text(path: Path | str, text: str) -> Path:
    """Write ``text`` as UTF-8 to ``path`` atomically."""
    return atomic_write_bytes(path, text.encode("utf-8"))


def resource_text(name: str) -> str:
    """Text of a file packaged under ``kg/data``."""
    return resources.files("kg").joinpath("data", name).read_text(encoding="utf-8")


def ontology_text() -> str:
    """The OWL ontology (Turtle), as shipped with the package."""
    return resource_text(ONTOLOGY_RESOURCE)


def shapes_text() -> str:
    """The SHACL shapes (Turtle), as shipped with the package."""
    return resource_text(SHAPES_RESOURCE)


def to_turtle(graph: Graph) -> str:
    """Serialise ``graph`` as Turtle, the same bytes for the same triples.

    rdflib's Turtle serializer sorts subjects, predicates and objects and
    emits only the prefixes used; determinism therefore holds as long as the
    graph has no blank nodes, which is checked here.
    """
    for triple in graph:
        if any(isinstance(term, BNode) for term in triple):
            raise ValueError(f"blank node in graph: {triple}; give every node an IRI")
    text = graph.serialize(format="turtle")
    return text if text.endswith("\n") else text + "\n"


def write_turtle(graph: Graph, path: Path | str) -> Path:
    """Write ``graph`` to ``path`` as deterministic Turtle."""
    return atomic_write_text(path, to_turtle(graph))


def write_all(graph: Graph, out_dir: Path | str) -> list[Path]:
    """Write ``graph.ttl``, ``ontology.ttl`` and ``shapes.ttl`` into ``out_dir``; return their paths."""
    out_dir = Path(out_dir)
    return [
        write_turtle(graph, out_dir / "graph.ttl"),
        atomic_write_text(out_dir / "ontology.ttl", ontology_text()),
        atomic_write_text(out_dir / "shapes.ttl", shapes_text()),
    ]
