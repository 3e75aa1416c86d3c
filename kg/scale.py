"""Building big corpora: an on-disk, incremental graph store and Dask scale-out.

``kg build SOURCES --store DIR`` streams what each article states into an
Oxigraph store in ``DIR`` instead of one in-memory rdflib graph, so memory
stays bounded whatever the corpus size.  The union of the store's graphs is
the same set of triples :class:`kg.graph.GraphBuilder` makes in memory
(labels by majority of documents, gazetteer parents, fact labels and all),
because the store keeps what each document said in a small SQLite file
(``DIR/state.sqlite``) and re-derives only the nodes a build touched.

Layout of the store (queries see the union: ``use_default_graph_as_union``):

- ``graph/doc/<sha256[:16]>``: one named graph per distinct article text:
  its document node and its qualified facts (with their labels);
- ``graph/direct``: the direct ``ewp:pairsWith``/``ewp:funds``/
  ``ewp:secondsStaffTo`` triples, present while some document states them;
- ``graph/entities``: one description per entity node, re-derived from every
  document's statements whenever a build adds or removes one of them.

Every triple lives in exactly one graph, so SELECTs over the union give the
same rows as over the in-memory graph.

Incremental builds: the manifest (table ``sources``) maps each article's
``doc_id`` to the SHA-256 of its text and a fingerprint of its metadata.  A
file whose stat is as when it was last read (table ``files``, see
:class:`kg.ingest.InputCache`) is not even read; an unchanged article is
skipped without extraction; a changed one has its old
statements removed (``CLEAR GRAPH`` of its document graph, its rows in the
state file) before the new ones go in; an article no longer among the
sources is removed.  Articles with identical text share one document graph.

The store is compacted (Oxigraph's ``optimize``) after a first build and
whenever the quads written since the last compaction reach ``COMPACT_SHARE``
of its size then.

``kg build SOURCES --scheduler tcp://HOST:8786`` sends batches of articles to
a Dask cluster (``pip install 'ewp-kg[dask]'``); results come back in input
order, so the graph is the same as a local build.
"""
from __future__ import annotations

import hashlib
import json
import pickle
import sqlite3
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import chain, islice
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from kg.model import Article, ArticleResult, Entity

GRAPH_BASE = "https://w3id.org/ewp-kg/graph/"
ENTITIES_GRAPH = ox.NamedNode(GRAPH_BASE + "entities")
DIRECT_GRAPH = ox.NamedNode(GRAPH_BASE + "direct")
STATE_FILE = "state.sqlite"
_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_DECIMAL = ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")
#: Batches of at least this many quads go through Oxigraph's bulk loader, smaller ones through ``extend``.
_BULK_QUADS = 10_000
#: Quads added by ``extend`` between two flushes of Oxigraph's memory tables.
_FLUSH_QUADS = 200_000
#: Keys per task when entity nodes are described in parallel (fewer keys: described in this process).
DESCRIBE_CHUNK = 2000
#: Compact the store (Oxigraph's ``optimize``) once the quads written since it was last compacted exceed
#: this share of its size then: after a first build, and after every few dozen small rebuilds.  Each bulk
#: load and rebuild leaves files that queries must merge: at 100,000 articles, compacting after four 1 %
#: rebuilds made a query join 35 % faster; compacting costs about 14 s there, so not after every rebuild.
COMPACT_SHARE = 0.25
#: Bump when the state layout changes; an old store is then rebuilt from scratch.
STATE_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS sources (doc_id TEXT PRIMARY KEY, sha TEXT, fp TEXT, title TEXT, src TEXT,
                                    date TEXT, url TEXT, build INTEGER);
CREATE INDEX IF NOT EXISTS sources_sha ON sources(sha);
CREATE INDEX IF NOT EXISTS sources_build ON sources(build);
CREATE TABLE IF NOT EXISTS mentions (sha TEXT, key TEXT, entity BLOB);
CREATE INDEX IF NOT EXISTS mentions_key ON mentions(key);
CREATE INDEX IF NOT EXISTS mentions_sha ON mentions(sha);
CREATE TABLE IF NOT EXISTS refs (sha TEXT, key TEXT);
CREATE INDEX IF NOT EXISTS refs_key ON refs(key);
CREATE INDEX IF NOT EXISTS refs_sha ON refs(sha);
CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, sig TEXT, docs TEXT, build INTEGER);
CREATE TEMP TABLE IF NOT EXISTS files_read (path TEXT PRIMARY KEY, sig TEXT, docs TEXT);
CREATE TABLE IF NOT EXISTS facts (sha TEXT, iri TEXT, type TEXT, head TEXT, tail TEXT, label TEXT);
CREATE INDEX IF NOT EXISTS facts_sha ON facts(sha);
CREATE INDEX IF NOT EXISTS facts_head ON facts(head);
CREATE INDEX IF NOT EXISTS facts_tail ON facts(tail);
CREATE INDEX IF NOT EXISTS facts_ends ON facts(type, head, tail);
CREATE TABLE IF NOT EXISTS nodes (key TEXT PRIMARY KEY, status TEXT, label TEXT, parent TEXT);
CREATE INDEX IF NOT EXISTS nodes_parent ON nodes(parent);
CREATE TABLE IF NOT EXISTS dirty_keys (key TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS dirty_docs (sha TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS dirty_direct (type TEXT, head TEXT, tail TEXT, PRIMARY KEY (type, head, tail));
"""


# ---------------------------------------------------------------- terms

def to_ox(term):
    """An rdflib term as a pyoxigraph term."""
    if isinstance(term, URIRef):
        return _named(term)
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        raise ValueError(f"blank node {term}: the store takes IRIs only")
    raise TypeError(f"not an RDF term: {term!r}")


@lru_cache(maxsize=1 << 16)  # predicates, classes and entity IRIs recur in every document
def _named(iri: URIRef) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def _quads(triples: Iterable[tuple], graph: ox.NamedNode) -> list[ox.Quad]:
    return [ox.Quad(to_ox(s), to_ox(p), to_ox(o), graph) for s, p, o in triples]


def doc_graph(sha: str) -> ox.NamedNode:
    """Name of the named graph holding what the article with text hash ``sha`` states."""
    return ox.NamedNode(f"{GRAPH_BASE}doc/{sha[:16]}")


def fingerprint(article: Article) -> str:
    """What decides whether an article changed: its text and the metadata the graph records."""
    from kg.graph import document_title

    meta = [article.sha256, article.doc_id, _source(article), document_title(article), article.date, article.url]
    return hashlib.sha256(json.dumps(meta, ensure_ascii=False).encode("utf-8")).hexdigest()


def _source(article: Article) -> str:
    return f"{article.source}:{article.line}" if article.line else article.source


# ---------------------------------------------------------------- one article's rows

def _doc_quads(sha: str, sources: Iterable[tuple], mention_keys: Iterable[str]) -> list[ox.Quad]:
    """The document node of the text ``sha``: ``sources`` are (doc_id, title, src, date, url) of its sources."""
    from kg.graph import GraphBuilder, _Doc
    from kg.namespace import ID

    doc = _Doc(sha256=sha)
    for doc_id, title, src, date, url in sources:
        doc.titles.add(title)
        doc.sources.add(src)
        doc.ids.add(doc_id)
        if date:
            doc.dates.add(date)
        if url:
            doc.urls.add(url)
    doc.mentions.update(mention_keys)
    triples: list = []
    GraphBuilder._add_doc(triples.append, ID["doc/" + sha[:16]], doc)
    return _quads(triples, doc_graph(sha))


@dataclass
class Rows:
    """What one article adds to the store, ready to write; made where the article was extracted."""

    sha: str
    source: tuple  # the ``sources`` row, less the build number
    mentions: list  # (sha, key, pickled Entity)
    refs: list  # keys the article's entities and facts point to
    facts: list  # ``facts`` rows
    direct: list  # (type, head, tail)
    keys: list  # keys whose nodes the article touches
    quads: list | bytes  # its facts' quads, or the same as N-Quads (cheaper to send between processes)
    doc_quads: list | bytes  # its document node, as the only source of its text


def prepare(result: ArticleResult, nquads: bool = False) -> Rows:
    """The rows and quads one article's result adds to the store."""
    from kg.graph import GraphBuilder, document_title

    article = result.article
    sha = article.sha256
    source = (article.doc_id, sha, fingerprint(article), document_title(article), _source(article),
              article.date, article.url)
    mentions, refs = [], set()
    for key, entity in sorted(result.entities.items()):
        mentions.append((sha, entity.key or key, pickle.dumps(entity, protocol=5)))
        attrs = entity.attrs or {}
        for attr in ("parent", "body", "region"):
            if attrs.get(attr):
                refs.add(str(attrs[attr]))
    builder = GraphBuilder()
    builder.add(result)
    graph = doc_graph(sha)
    quads, facts, direct = [], [], set()
    for iri, (rel_type, head, tail, triples) in builder._facts.items():
        facts.append((sha, str(iri), rel_type, head, tail, None))
        refs.update((head, tail))
        quads += _quads([t for t in triples if t[0] == iri], graph)
        direct.add((rel_type, head, tail))
    mention_keys = {m[1] for m in mentions}
    doc_id, _sha, _fp, title, src, date, url = source
    doc = _doc_quads(sha, [(doc_id, title, src, date, url)], mention_keys)
    if nquads:
        quads, doc = (ox.serialize(q, format=ox.RdfFormat.N_QUADS) for q in (quads, doc))
    return Rows(sha, source, mentions, sorted(refs), facts, sorted(direct), sorted(mention_keys | refs), quads, doc)


# ---------------------------------------------------------------- the store

@dataclass
class StoreStats:
    """What an incremental build did."""

    read: int = 0  # articles among the inputs (read, or known from an unchanged file)
    extracted: int = 0
    failed: int = 0  # extraction failed on them (a bug): left out, see GraphStore.update
    unchanged: int = 0
    files_unread: int = 0  # files not read again: their stat was as recorded
    removed: int = 0
    nodes_derived: int = 0
    compacted: bool = False
    seconds: dict = field(default_factory=Counter)


class GraphStore:
    """An on-disk graph: Oxigraph quads plus the per-document state they are derived from.

    >>> import tempfile
    >>> store = GraphStore(tempfile.mkdtemp())
    >>> len(store)
    0
    """

    def __init__(self, path, describe: Callable[[str], Entity | None] | None = None):
        from kg.store import open_store

        self.path = Path(path)
        self.path.mkdir(parents=True, exist_ok=True)
        self.describe = describe
        self.db = sqlite3.connect(str(self.path / STATE_FILE), isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(_SCHEMA)
        row = self.db.execute("SELECT value FROM meta WHERE name='version'").fetchone()
        self.ox = open_store(self.path)
        if row is None or int(row[0]) != STATE_VERSION:
            self._reset()
        self.stats = StoreStats()
        self._pending: list[ox.Quad] = []  # additions, written in big batches
        self._pending_nq: list[bytes] = []  # more additions, as N-Quads from worker processes
        self._pending_nq_count = 0
        self._unflushed = 0  # quads added by extend since Oxigraph last wrote its memory tables to disk
        self._written = 0  # quads added in this session
        self._seen: list[tuple[int, str]] = []  # (build, doc_id) of unchanged articles, not yet marked
        self._kept_files: list[tuple[int, str]] = []  # (build, path) of files not read again, not yet marked
        from kg.graph import GraphBuilder

        self._builder = GraphBuilder()
        row = self.db.execute("SELECT value FROM meta WHERE name='build'").fetchone()
        self.build_no = int(row[0]) + 1 if row else 1

    def _reset(self) -> None:
        self.ox.clear()
        for table in ("sources", "files", "mentions", "refs", "facts", "nodes", "dirty_keys", "dirty_docs",
                      "dirty_direct"):
            self.db.execute(f"DELETE FROM {table}")
        self.db.execute("DELETE FROM meta WHERE name IN ('written', 'compacted_size')")
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (str(STATE_VERSION),))

    def __len__(self) -> int:
        self._flush()
        return len(self.ox)

    def _queue(self, quads: list[ox.Quad] | bytes) -> None:
        """Add quads (or N-Quads text) at the next flush."""
        if isinstance(quads, bytes):
            self._pending_nq.append(quads)
            self._pending_nq_count += quads.count(b"\n")
        else:
            self._pending += quads
        if len(self._pending) + self._pending_nq_count >= 50_000:
            self._flush()

    def _flush(self) -> None:
        quads, nq_count = self._pending, self._pending_nq_count
        self._written += len(quads) + nq_count
        nquads = b"".join(self._pending_nq)
        self._pending, self._pending_nq, self._pending_nq_count = [], [], 0
        # Oxigraph's bulk loader writes sorted files straight to disk: about 3 times faster than
        # extend + flush, and nothing stays in memory (1 million quads in batches of 50,000: 5.3 s vs 16 s);
        # it parses the workers' N-Quads in Rust, with no Python term made for them.  Small batches
        # go through extend instead: a bulk load per handful of quads would leave many tiny files.
        small: list[Iterable[ox.Quad]] = []
        small_count = 0
        if len(quads) >= _BULK_QUADS:
            self.ox.bulk_extend(quads)
        elif quads:
            small.append(quads)
            small_count += len(quads)
        if nq_count >= _BULK_QUADS:
            self.ox.bulk_load(input=nquads, format=ox.RdfFormat.N_QUADS)
        elif nquads:
            small.append(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
            small_count += nq_count
        if not small:
            return
        self.ox.extend(chain.from_iterable(small))
        self._unflushed += small_count
        if self._unflushed >= _FLUSH_QUADS:
            # write Oxigraph's in-memory tables to disk now and then: without it the process grows with
            # the corpus (1.5 GB after 1 million quads added by extend alone)
            self.ox.flush()
            self._unflushed = 0

    def close(self) -> None:
        self._flush()
        self.ox.flush()
        self.db.close()

    # ------------------------------------------------------------ build
    def update(self, articles: Iterable[Article], extract: Callable[[Iterable[Article]], Iterator[ArticleResult]],
               on_article: Callable[[Article], None] | None = None, remove_missing: bool = True,
               jobs: int = 1, on_failure: Callable[[ArticleResult], None] | None = None) -> StoreStats:
        """Bring the store in line with ``articles``: extract new or changed ones, skip unchanged, drop missing.

        ``extract`` maps an iterable of articles to their results in order (e.g. :func:`kg.api.extract`).
        ``on_article`` is called for every article read, extracted or not (articles of files not read
        again, see :meth:`unchanged`, are counted in ``stats`` only).  ``jobs``: processes
        that describe entity nodes at the end (see :meth:`finish`).  ``on_failure`` is called
        with each result extraction failed on (``error`` set); such an article is left out and,
        not being a source now, read and extracted again by the next build.
        """
        stats = self.stats
        start = time.perf_counter()

        def todo() -> Iterator[Article]:
            for article in articles:
                stats.read += 1
                if on_article is not None:
                    on_article(article)
                if self._unchanged(article):
                    stats.unchanged += 1
                    continue
                yield article

        self.db.execute("BEGIN")
        try:
            for n, result in enumerate(extract(todo()), 1):
                if isinstance(result, ArticleResult) and result.error:
                    stats.failed += 1
                    if on_failure is not None:
                        on_failure(result)
                    continue
                self._add(result)
                stats.extracted += 1
                if n % 500 == 0:  # keep transactions (and the WAL) small
                    self.db.execute("COMMIT")
                    self.db.execute("BEGIN")
            self._flush()
            self._mark_seen()
            self._record_files()
            if remove_missing and stats.read:  # nothing read (all inputs bad): keep the store as it is
                for (doc_id,) in self.db.execute("SELECT doc_id FROM sources WHERE build < ?", (self.build_no,)).fetchall():
                    self._remove_source(doc_id)
                    stats.removed += 1
            stats.seconds["extract+store"] += time.perf_counter() - start
            # what was extracted is committed with its dirty marks: if deriving fails, the next build derives it
            self.db.execute("COMMIT")
            self.db.execute("BEGIN")
            self.finish(jobs=jobs)
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('build', ?)", (str(self.build_no),))
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self._flush()
        self.ox.flush()
        self._compact_when_due()
        return stats

    def _compact_when_due(self) -> None:
        """Compact the store when what was written since the last compaction reaches ``COMPACT_SHARE`` of its size."""
        meta = dict(self.db.execute("SELECT name, value FROM meta WHERE name IN ('written', 'compacted_size')"))
        written = int(meta.get("written", 0)) + self._written
        self._written = 0
        if written > COMPACT_SHARE * int(meta.get("compacted_size", 0)):
            t = time.perf_counter()
            self.ox.optimize()
            self.stats.compacted = True
            self.stats.seconds["compact"] += time.perf_counter() - t
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('compacted_size', ?)", (str(len(self.ox)),))
            written = 0
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('written', ?)", (str(written),))

    def _unchanged(self, article: Article) -> bool:
        fp = fingerprint(article)
        row = self.db.execute("SELECT fp FROM sources WHERE doc_id=?", (article.doc_id,)).fetchone()
        if row is not None and row[0] == fp:
            self._seen.append((self.build_no, article.doc_id))
            if len(self._seen) >= 5000:
                self._mark_seen()
            return True
        if row is not None:
            self._remove_source(article.doc_id)
        return False

    def _mark_seen(self) -> None:
        """Record that the unchanged articles read so far are still among the sources (one statement per batch)."""
        self.db.executemany("UPDATE sources SET build=? WHERE doc_id=?", self._seen)
        self._seen = []
        self.db.executemany("UPDATE files SET build=? WHERE path=?", self._kept_files)
        self._kept_files = []

    # ------------------------------------------------------------ kg.ingest.InputCache
    def unchanged(self, path: str, signature: str) -> list[tuple[str, int | None]] | None:
        row = self.db.execute("SELECT sig, docs FROM files WHERE path=?", (path,)).fetchone()
        if row is None or row[0] != signature:
            return None
        return [(doc_id, line) for doc_id, line in json.loads(row[1])]

    def kept(self, path: str, articles: list[tuple[str, int | None]]) -> None:
        self.stats.read += len(articles)
        self.stats.unchanged += len(articles)
        self.stats.files_unread += 1
        self._kept_files.append((self.build_no, path))
        self._seen += [(self.build_no, doc_id) for doc_id, _ in articles]
        if len(self._seen) >= 5000:
            self._mark_seen()

    def read(self, path: str, signature: str, articles: list[tuple[str, int | None]]) -> None:
        self.db.execute("INSERT OR REPLACE INTO files_read VALUES (?,?,?)",
                        (path, signature, json.dumps(articles, ensure_ascii=False)))

    def _record_files(self) -> None:
        """Remember the files read completely in this build whose every article is now a source; forget vanished ones."""
        self.db.execute("""INSERT OR REPLACE INTO files SELECT f.path, f.sig, f.docs, ? FROM files_read f
                           WHERE NOT EXISTS (SELECT 1 FROM json_each(f.docs) AS a
                                             LEFT JOIN sources s ON s.doc_id = json_extract(a.value, '$[0]')
                                             WHERE s.build IS NOT ?)""", (self.build_no, self.build_no))
        self.db.execute("DELETE FROM files_read")
        self.db.execute("DELETE FROM files WHERE build IS NOT ?", (self.build_no,))

    def _add(self, result: ArticleResult | Rows) -> None:
        rows = result if isinstance(result, Rows) else prepare(result)
        sha = rows.sha
        db = self.db
        new_text = db.execute("SELECT 1 FROM sources WHERE sha=? LIMIT 1", (sha,)).fetchone() is None
        db.execute("INSERT OR REPLACE INTO sources VALUES (?,?,?,?,?,?,?,?)", (*rows.source, self.build_no))
        if new_text:
            self._queue(rows.doc_quads)  # made with the article: its only source
        else:
            db.execute("INSERT OR IGNORE INTO dirty_docs VALUES (?)", (sha,))  # several sources: derived at the end
        if db.execute("SELECT 1 FROM mentions WHERE sha=? LIMIT 1", (sha,)).fetchone() or \
                db.execute("SELECT 1 FROM facts WHERE sha=? LIMIT 1", (sha,)).fetchone():
            return  # the same text was already extracted (from another source)
        db.executemany("INSERT INTO mentions VALUES (?,?,?)", rows.mentions)
        db.executemany("INSERT INTO refs VALUES (?,?)", [(sha, k) for k in rows.refs])
        db.executemany("INSERT INTO facts VALUES (?,?,?,?,?,?)", rows.facts)
        db.executemany("INSERT OR IGNORE INTO dirty_direct VALUES (?,?,?)", rows.direct)
        db.executemany("INSERT OR IGNORE INTO dirty_keys VALUES (?)", [(k,) for k in rows.keys])
        self._queue(rows.quads)

    def _remove_source(self, doc_id: str) -> None:
        db = self.db
        row = db.execute("SELECT sha FROM sources WHERE doc_id=?", (doc_id,)).fetchone()
        if row is None:
            return
        sha = row[0]
        db.execute("DELETE FROM sources WHERE doc_id=?", (doc_id,))
        if db.execute("SELECT 1 FROM sources WHERE sha=? LIMIT 1", (sha,)).fetchone():
            db.execute("INSERT OR IGNORE INTO dirty_docs VALUES (?)", (sha,))
            return  # another source has the same text: only its document node changes
        db.execute("INSERT OR IGNORE INTO dirty_keys SELECT key FROM mentions WHERE sha=?", (sha,))
        db.execute("INSERT OR IGNORE INTO dirty_keys SELECT key FROM refs WHERE sha=?", (sha,))
        db.execute("INSERT OR IGNORE INTO dirty_direct SELECT type, head, tail FROM facts WHERE sha=?", (sha,))
        for table in ("mentions", "refs", "facts"):
            db.execute(f"DELETE FROM {table} WHERE sha=?", (sha,))
        db.execute("DELETE FROM dirty_docs WHERE sha=?", (sha,))
        graph = doc_graph(sha)
        if self.ox.contains_named_graph(graph):
            self.ox.remove_graph(graph)  # CLEAR GRAPH: the document's node and facts go at once

    # ------------------------------------------------------------ derived parts
    def finish(self, jobs: int = 1) -> None:
        """Re-derive what the touched documents and keys decide: document nodes, direct triples, entity nodes, fact labels.

        With ``jobs`` > 1 the nodes that documents name are described in that many
        processes (reading the committed state); writing stays in this one.
        """
        t = time.perf_counter()
        self._flush()
        self._derive_docs()
        self._derive_direct()
        self._derive_nodes(jobs)
        self._derive_fact_labels()
        self.stats.seconds["derive"] += time.perf_counter() - t

    def _derive_docs(self) -> None:
        """Document nodes of texts read from several sources (or whose sources changed)."""
        from kg.namespace import ID

        db = self.db
        for (sha,) in db.execute("SELECT sha FROM dirty_docs").fetchall():
            graph = doc_graph(sha)
            iri = ID["doc/" + sha[:16]]
            for quad in list(self.ox.quads_for_pattern(ox.NamedNode(str(iri)), None, None, graph)):
                self.ox.remove(quad)
            rows = db.execute("SELECT doc_id, title, src, date, url FROM sources WHERE sha=?", (sha,)).fetchall()
            if rows:
                keys = [k for (k,) in db.execute("SELECT DISTINCT key FROM mentions WHERE sha=?", (sha,))]
                self._queue(_doc_quads(sha, rows, keys))
        self._flush()
        db.execute("DELETE FROM dirty_docs")

    def _derive_direct(self) -> None:
        from kg.graph import _DIRECT, entity_iri
        from kg.namespace import EWP

        db = self.db
        for rel_type, head, tail in db.execute("SELECT type, head, tail FROM dirty_direct").fetchall():
            stated = db.execute("SELECT 1 FROM facts WHERE type=? AND head=? AND tail=? LIMIT 1",
                                (rel_type, head, tail)).fetchone() is not None
            h, t = entity_iri(head), entity_iri(tail)
            triples = [(h, _DIRECT[rel_type], t)]
            if rel_type == "pairs_with":
                triples.append((t, EWP.pairsWith, h))
            for quad in _quads(triples, DIRECT_GRAPH):  # pairs_with ends are stored sorted: one row per pair
                if stated:
                    self._pending.append(quad)
                else:
                    self.ox.remove(quad)
        self._flush()
        db.execute("DELETE FROM dirty_direct")

    def _derive_nodes(self, jobs: int = 1) -> None:
        db = self.db
        keys = [k for (k,) in db.execute("SELECT key FROM dirty_keys ORDER BY key")]
        db.execute("DELETE FROM dirty_keys")
        rounds: Counter = Counter()
        queue: list[str] = []
        # first the nodes some document names: they depend on their mentions alone, so they are
        # described in parallel; the others (gazetteer parents, removed nodes) depend on each other
        for key, label, quads in _described_nodes(self, keys, jobs):
            if label is None:
                queue.append(key)  # no document names it: derived below, after the named ones
                continue
            rounds[key] += 1
            queue.extend(k for k in self._store_node(key, "named", label, None, quads) if k)
        queue.reverse()
        while queue:
            key = queue.pop()
            # a parent is redone when a child's described status changes; the guard stops a cyclic gazetteer
            rounds[key] += 1
            if rounds[key] > 1:
                self._flush()  # its earlier derivation must be in the store before it is removed
            if rounds[key] <= 16:
                queue.extend(k for k in self._derive_node(key) if k)
        self._flush()

    def _derive_node(self, key: str) -> list[str]:
        """Re-derive one node; returns the keys whose described status may depend on it."""
        from kg.graph import _Node

        node, status, parent = _node_from_mentions(self.db, key), "named", None
        if node is None:
            status = None
            db = self.db
            if self.describe is not None and (
                    db.execute("SELECT 1 FROM refs WHERE key=? LIMIT 1", (key,)).fetchone()
                    or db.execute("SELECT 1 FROM nodes WHERE parent=? AND status='described' LIMIT 1", (key,)).fetchone()):
                entity = self.describe(key)
                if entity is not None:
                    node, status = _Node(key), "described"
                    node.add(entity, "")
                    parent = (entity.attrs or {}).get("parent")
        label, quads = _node_quads(self._builder, node) if node is not None else (None, [])
        return self._store_node(key, status, label, parent, quads)

    def _store_node(self, key: str, status: str | None, label: str | None, parent: str | None,
                    quads: list[ox.Quad] | bytes) -> list[str]:
        """Replace a node's description by ``quads`` or N-Quads (status None: the node goes); returns the keys to redo."""
        from kg.graph import entity_iri

        db = self.db
        old = db.execute("SELECT status, label, parent FROM nodes WHERE key=?", (key,)).fetchone()
        if old is not None:  # a node is in the entities graph only while it has a row in ``nodes``
            iri = ox.NamedNode(str(entity_iri(key)))
            for quad in list(self.ox.quads_for_pattern(iri, None, None, ENTITIES_GRAPH)):
                self.ox.remove(quad)
        if status is not None:
            self._queue(quads)
            db.execute("INSERT OR REPLACE INTO nodes VALUES (?,?,?,?)", (key, status, label, parent))
            self.stats.nodes_derived += 1
        else:
            db.execute("DELETE FROM nodes WHERE key=?", (key,))
        old_status, old_label, old_parent = old if old else (None, None, None)
        if old_label != label:
            db.execute("UPDATE facts SET label=NULL WHERE head=? OR tail=?", (key, key))
        changed = (old_status == "described") != (status == "described") or old_parent != parent
        return [old_parent, parent] if changed else []

    def _derive_fact_labels(self) -> None:
        from kg.graph import _FACT_WORDS, _bare, _zh

        db = self.db
        labels: dict[str, str] = {}

        def label_of(key: str) -> str:
            if key not in labels:
                row = db.execute("SELECT label FROM nodes WHERE key=?", (key,)).fetchone()
                labels[key] = row[0] if row else _bare(key)
            return labels[key]

        while True:
            rows = db.execute("SELECT rowid, sha, iri, type, head, tail FROM facts WHERE label IS NULL LIMIT 5000").fetchall()
            if not rows:
                break
            for rowid, sha, iri, rel_type, head, tail in rows:
                words = _FACT_WORDS[rel_type].format(h=label_of(head), t=label_of(tail))
                subject, graph = ox.NamedNode(iri), doc_graph(sha)
                for quad in list(self.ox.quads_for_pattern(subject, _LABEL, None, graph)):
                    self.ox.remove(quad)
                self._pending.append(ox.Quad(subject, _LABEL, to_ox(_zh(words)), graph))
                db.execute("UPDATE facts SET label=? WHERE rowid=?", (words, rowid))
            self._flush()
            if len(labels) > 100_000:
                labels.clear()

    # ------------------------------------------------------------ reading back
    def triples(self) -> Iterator[ox.Triple]:
        """Every triple of the union of the store's graphs (each lives in one graph only).

        Oxigraph keeps xsd:decimal values, not their lexical form, and gives
        ``977000000`` back; the project's canonical form (:func:`kg.graph._decimal`)
        is ``977000000.0``, restored here so exports match the in-memory build.
        """
        for quad in self.ox.quads_for_pattern(None, None, None, None):
            if isinstance(quad.graph_name, ox.DefaultGraph):
                continue
            obj = quad.object
            if isinstance(obj, ox.Literal) and obj.datatype == _DECIMAL and "." not in obj.value:
                yield ox.Triple(quad.subject, quad.predicate, ox.Literal(obj.value + ".0", datatype=_DECIMAL))
            else:
                yield quad.triple

    def to_rdflib(self) -> Graph:
        """The union as an in-memory rdflib graph (for tests and small stores)."""
        from kg.graph import new_graph

        g = new_graph()
        data = ox.serialize((t for t in self.triples()), format=ox.RdfFormat.N_TRIPLES)
        g.parse(data=data.decode("utf-8"), format="nt")
        return g

    def write_turtle(self, path) -> Path:
        """Stream the union into a Turtle file (Oxigraph's order, not rdflib's sorted form; same triples)."""
        import os
        import secrets

        from kg.graph import PREFIXES

        path = Path(path)
        tmp = path.parent / f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
        try:
            with open(tmp, "wb") as handle:
                ox.serialize(self.triples(), handle, format=ox.RdfFormat.TURTLE,
                             prefixes={k: str(v) for k, v in PREFIXES.items()})
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        finally:
            if tmp.exists():
                tmp.unlink()
        return path

    def counts(self) -> tuple[Counter, Counter]:
        """Entity nodes per guide type and facts per relation type (as :func:`kg.graph.count_nodes_and_facts`)."""
        from kg.graph import NODE_TYPE_ORDER, RELATION_CLASSES

        rows = self.ox.query("SELECT ?c (COUNT(?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c", use_default_graph_as_union=True)
        by_class = {row["c"].value: int(row["n"].value) for row in rows}
        facts = Counter({t: by_class[str(cls)] for t, (cls, _) in RELATION_CLASSES.items() if by_class.get(str(cls))})
        nodes: Counter = Counter()
        official = by_class.get(str(NODE_TYPE_ORDER[0][1]), 0)
        for name, cls in NODE_TYPE_ORDER:
            # each node has one class, except officials, which are persons too (kg.graph.TYPE_CLASSES)
            n = by_class.get(str(cls), 0) - (official if name == "PERSON" else 0)
            if n > 0:
                nodes[name] = n
        return nodes, facts


# ---------------------------------------------------------------- describing nodes

def _node_from_mentions(db: sqlite3.Connection, key: str):
    """The node of ``key`` from every document's mention of it, or None when no document names it."""
    from kg.graph import _Node

    rows = db.execute("SELECT sha, entity FROM mentions WHERE key=?", (key,)).fetchall()
    if not rows:
        return None
    node = _Node(key)
    for sha, blob in rows:
        node.add(pickle.loads(blob), sha)
    return node


def _node_quads(builder, node) -> tuple[str, list[ox.Quad]]:
    from kg.graph import GraphBuilder

    triples: list = []
    label = GraphBuilder._add_node(builder, triples.append, node)
    return label, _quads(triples, ENTITIES_GRAPH)


def _describe(db: sqlite3.Connection, builder, keys: Iterable[str], nquads: bool = False) -> Iterator[tuple]:
    """(key, label, quads) of the nodes documents name, (key, None, no quads) for the other keys;
    with ``nquads`` the quads as N-Quads text (30 times cheaper than pickled Quads between processes)."""
    for key in keys:
        node = _node_from_mentions(db, key)
        if node is None:
            yield key, None, b"" if nquads else []
            continue
        label, quads = _node_quads(builder, node)
        yield key, label, ox.serialize(quads, format=ox.RdfFormat.N_QUADS) if nquads else quads


def _describe_keys(state: str, keys: list[str]) -> list[tuple[str, str | None, bytes]]:
    """:func:`_describe` in a worker process, reading the committed state file."""
    from kg.graph import GraphBuilder

    db = sqlite3.connect(f"file:{state}?mode=ro", uri=True)
    try:
        return list(_describe(db, GraphBuilder(), keys, nquads=True))
    finally:
        db.close()


def _described_nodes(store: GraphStore, keys: list[str],
                     jobs: int) -> Iterator[tuple[str, str | None, list[ox.Quad] | bytes]]:
    """:func:`_describe_keys` over ``keys``, in order; in ``jobs`` forked processes when there are many."""
    chunk = DESCRIBE_CHUNK
    if jobs <= 1 or len(keys) <= chunk:
        yield from _describe(store.db, store._builder, keys)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    state = str(store.path / STATE_FILE)
    chunks = [keys[i:i + chunk] for i in range(0, len(keys), chunk)]
    # fork: the workers start at once with the modules already loaded; they only read the state file
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork")) as pool:
        pending = []
        for part in chunks:
            pending.append(pool.submit(_describe_keys, state, part))
            if len(pending) > jobs * 2:
                yield from pending.pop(0).result()
        for future in pending:
            yield from future.result()


# ---------------------------------------------------------------- Dask

def extract_dask(articles: Iterable[Article], scheduler: str, batch_size: int = 32,
                 window: int | None = None, post: Callable | None = None) -> Iterator:
    """Extract on the Dask cluster at ``scheduler`` (``tcp://HOST:8786``, or a ``distributed.Client``), in input order.

    Whole batches of articles go to the workers; a bounded window of batches is in flight.
    ``post``: a function applied to each result on the worker (see :func:`kg.extract.extract_all`).
    """
    try:
        from distributed import Client
    except ImportError as exc:  # pragma: no cover - depends on the extra
        raise RuntimeError("--scheduler needs dask.distributed: pip install 'ewp-kg[dask]'") from exc
    from kg.extract import _extract_batch

    own = not hasattr(scheduler, "submit")
    client = Client(scheduler) if own else scheduler
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        window = window or workers * 2
        it = iter(articles)
        pending = []
        while True:
            while len(pending) < window:
                batch = list(islice(it, batch_size))
                if not batch:
                    break
                pending.append(client.submit(_extract_batch, batch, post, pure=False))
            if not pending:
                break
            future = pending.pop(0)
            yield from future.result()
            future.release()
    finally:
        if own:
            client.close()


# ---------------------------------------------------------------- kg build --store

def build_store(sources: list[str], out_dir: Path, store_dir: Path, jobs: int = 1, scheduler: str | None = None,
                turtle: bool = True, verbose: bool = False, quiet: bool = False, max_bytes: int | None = None):
    """``kg build --store``: update the store in ``store_dir`` from the sources; exports into ``out_dir``.

    Writes ontology.ttl, shapes.ttl and skipped.json, and graph.ttl streamed
    from the store unless ``turtle`` is false (for huge corpora query the store
    with ``kg query DIR`` instead).  No HTML viewer: it is for small graphs.
    """
    from kg import api, export

    start = time.perf_counter()
    summary = api.BuildSummary()

    gs = GraphStore(store_dir, describe=api.describe_region)
    try:
        # files the store read before and whose stat has not changed are not read again
        articles = api.read(sources, summary.skipped, verbose=verbose and not quiet, max_bytes=max_bytes,
                            progress=not quiet, cache=gs)
        # with workers, each article's rows are made where it is extracted (a third of the work of storing it)
        post = partial(prepare, nquads=True) if jobs > 1 or scheduler else None
        stats = gs.update(articles, lambda todo: api.extract(todo, jobs=jobs, scheduler=scheduler, post=post),
                          jobs=jobs, on_failure=partial(api.failed, skipped=summary.skipped))
        summary.articles = stats.read
        if summary.articles == 0:
            raise api.KGError("no article could be read from " + " ".join(sources)
                              + "; give .txt, .html or .jsonl files or folders holding them")
        out_dir.mkdir(parents=True, exist_ok=True)
        if turtle:
            summary.outputs.append(gs.write_turtle(out_dir / "graph.ttl"))
        summary.outputs.append(export.atomic_write_text(out_dir / "ontology.ttl", export.ontology_text()))
        summary.outputs.append(export.atomic_write_text(out_dir / "shapes.ttl", export.shapes_text()))
        report = out_dir / "skipped.json"
        export.atomic_write_text(report, json.dumps([s.to_dict() for s in summary.skipped], ensure_ascii=False,
                                                    indent=2) + "\n")
        summary.outputs.append(report)
        summary.outputs.append(store_dir)
        summary.entities, summary.relations = gs.counts()
        summary.triples = len(gs)
    finally:
        gs.close()
    summary.store_stats = stats
    summary.seconds = time.perf_counter() - start
    return summary
