"""The on-disk graph store: an Oxigraph database in a directory.

For graphs too big to hold in memory, ``kg build --store DIR`` streams the
triples into an Oxigraph store; ``kg query DIR ...`` then reads it the same way
it reads a Turtle file.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp()) / "store"
>>> ttl = d.parent / "g.ttl"
>>> _ = ttl.write_text('<http://x/a> <http://x/p> "汉滨区"@zh .', encoding="utf-8")
>>> load_into_store(d, [ttl])
1
>>> len(open_store(d, read_only=True))
1
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Union

import pyoxigraph as ox

#: What :func:`load_into_store` accepts: a file path, an rdflib graph, or N-Triples/Turtle bytes.
Source = Union[str, os.PathLike, bytes, "rdflib.Graph"]  # noqa: F821


class StoreError(Exception):
    """The store or an input to it cannot be read; the message says what to do."""


def rdf_format(path: str | os.PathLike) -> ox.RdfFormat:
    """The RDF format of a file, from its extension (.ttl, .trig, .nq, .nt, .rdf, .jsonld)."""
    ext = Path(path).suffix.lstrip(".").lower()
    fmt = ox.RdfFormat.from_extension(ext) if ext else None
    if fmt is None:
        raise StoreError(f"cannot tell the RDF format of {path}; use a .ttl, .trig, .nq, .nt, .rdf or .jsonld file")
    return fmt


def open_store(path: str | os.PathLike, read_only: bool = False) -> ox.Store:
    """Open the Oxigraph store in directory ``path`` (created when missing, unless ``read_only``).

    A read-only store can be opened while nothing else writes to it, by several processes at once.
    """
    path = Path(path)
    if read_only:
        if not path.is_dir():
            raise StoreError(f"no store at {path}; build one with `kg build SOURCES --store {path}`")
        try:
            return ox.Store.read_only(str(path))
        except OSError as exc:
            raise StoreError(f"cannot open the store at {path}: {exc}") from exc
    path.mkdir(parents=True, exist_ok=True)
    try:
        return ox.Store(str(path))
    except OSError as exc:
        raise StoreError(f"cannot open the store at {path} for writing ({exc}); is another process using it?") from exc


def load_into_store(store_dir: str | os.PathLike | ox.Store, sources: Iterable[Source],
                    graph: str | None = None) -> int:
    """Bulk-load RDF files or rdflib graphs into the store at ``store_dir``.

    Args:
        store_dir: the store directory (created when missing) or an open writable :class:`pyoxigraph.Store`.
        sources: paths of RDF files (format from the extension), rdflib graphs, or Turtle bytes.
        graph: IRI of the named graph to load into; the default graph when None.

    Returns:
        the number of quads in the store afterwards.

    Bulk loading writes straight to new files on disk without holding the
    whole input in memory, so it suits graphs far larger than RAM.
    """
    store = store_dir if isinstance(store_dir, ox.Store) else open_store(store_dir)
    to_graph = ox.NamedNode(graph) if graph else None
    for source in sources:
        try:
            if isinstance(source, (bytes, bytearray)):
                store.bulk_load(bytes(source), ox.RdfFormat.TURTLE, to_graph=to_graph)
            elif isinstance(source, (str, os.PathLike)):
                path = Path(source)
                if not path.is_file():
                    raise StoreError(f"no such file: {path}")
                store.bulk_load(path=str(path), format=rdf_format(path), to_graph=to_graph)
            else:  # an rdflib graph: N-Triples is the fastest thing for Oxigraph to read
                data = source.serialize(format="nt", encoding="utf-8")
                store.bulk_load(data, ox.RdfFormat.N_TRIPLES, to_graph=to_graph)
        except SyntaxError as exc:
            raise StoreError(f"cannot load {source if not isinstance(source, bytes) else 'the Turtle given'}: "
                             + " ".join(str(exc).split())) from exc
    store.flush()
    return len(store)
