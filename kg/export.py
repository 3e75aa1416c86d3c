"""Writing the graph: deterministic Turtle, the ontology and shapes beside it.

Files are written atomically (temporary file in the same folder, fsync,
``os.replace``) so a crash never leaves a half-written export.  The ontology
and shapes ship inside the package (``kg/data/ontology-*.ttl``, copies of
``ontology/*.ttl`` kept identical by a test), so an installed ``kg`` needs no
source tree.
"""
from __future__ import annotations

import os
import re
import secrets
from importlib import resources
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

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


_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_\-]*[A-Za-z0-9_\-])?\Z")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_NEEDS_ESCAPE = re.compile(r'[\\"\x00-\x1f\x7f]')
_INTEGER = re.compile(r"[+-]?[0-9]+\Z")
_DECIMAL = re.compile(r"[+-]?[0-9]*\.[0-9]+\Z")


def _escape(text: str) -> str:
    if _NEEDS_ESCAPE.search(text) is None:
        return text  # nearly always: a search is cheaper than a substitution that changes nothing
    return _NEEDS_ESCAPE.sub(lambda m: _ESCAPES.get(m.group(), f"\\u{ord(m.group()):04X}"), text)


class _Terms:
    """Turtle forms of terms, with prefixed names where a bound prefix fits."""

    def __init__(self, graph: Graph):
        self.prefixes = sorted(((str(ns), prefix) for prefix, ns in graph.namespaces() if prefix),
                               key=lambda item: -len(item[0]))
        self.used: set[str] = set()
        self._cache: dict = {}

    def iri(self, iri: URIRef) -> str:
        text = self._cache.get(iri)
        if text is None:
            text = f"<{_escape(str(iri))}>"
            for ns, prefix in self.prefixes:
                if iri.startswith(ns) and _LOCAL.match(iri[len(ns):]):
                    text = f"{prefix}:{iri[len(ns):]}"
                    self.used.add(prefix)
                    break
            self._cache[iri] = text
        return text

    def literal(self, lit: Literal) -> str:
        lexical = str(lit)
        datatype = lit.datatype
        if datatype == XSD.integer and _INTEGER.match(lexical):
            return lexical
        if datatype == XSD.decimal and _DECIMAL.match(lexical):
            return lexical
        if datatype == XSD.boolean and lexical in ("true", "false"):
            return lexical
        quoted = f'"{_escape(lexical)}"'
        if lit.language:
            return f"{quoted}@{lit.language}"
        if datatype is not None and datatype != XSD.string:
            return f"{quoted}^^{self.iri(datatype)}"
        return quoted

    def term(self, term) -> str:
        if isinstance(term, URIRef):
            return self.iri(term)
        if isinstance(term, Literal):
            return self.literal(term)
        raise ValueError(f"blank node in graph: {term!r}; give every node an IRI")


def to_turtle(graph: Graph) -> str:
    """Serialise ``graph`` as Turtle, the same bytes for the same triples.

    Subjects, predicates (``rdf:type`` first, as ``a``) and objects are sorted by
    their Turtle form, and only the prefixes used are declared.  Written here
    rather than by rdflib's serializer, which is ten times slower on big graphs.
    Blank nodes are refused: every node needs an IRI for the output to be stable.
    """
    terms = _Terms(graph)
    by_subject: dict[str, dict[str, list[str]]] = {}
    for s, p, o in graph:
        if isinstance(s, BNode):
            raise ValueError(f"blank node in graph: {(s, p, o)}; give every node an IRI")
        subject = terms.term(s)
        predicate = "a" if p == RDF.type else terms.iri(p)
        by_subject.setdefault(subject, {}).setdefault(predicate, []).append(terms.term(o))
    blocks = []
    for subject in sorted(by_subject):
        predicates = by_subject[subject]
        lines = []
        for predicate in sorted(predicates, key=lambda k: (k != "a", k)):
            objects = sorted(predicates[predicate])
            lines.append(f"{predicate} " + ",\n        ".join(objects))
        blocks.append(f"{subject} " + " ;\n    ".join(lines) + " .\n")
    namespaces = dict((prefix, ns) for ns, prefix in terms.prefixes)
    head = "".join(f"@prefix {prefix}: <{namespaces[prefix]}> .\n" for prefix in sorted(terms.used))
    return head + "\n" + "\n".join(blocks)


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
