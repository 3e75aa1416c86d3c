"""Graph assembly: resolve entities to one node per key and write RDF.

Each :class:`~kg.model.ArticleResult` adds what its article states:

- one node per ``Entity.key`` across all articles, its IRI derived from the
  key alone (``id/region/<division code>``, ``id/person/<sha1>``...), so the
  same key in two articles is one node and IRIs are stable across runs;
- a document node ``id/doc/<sha256[:16]>`` for the article;
- per relation a direct triple (``ewp:pairsWith`` in both directions,
  ``ewp:funds``, ``ewp:secondsStaffTo``) and a qualified node
  (``ewp:Pairing``/``ewp:Funding``/``ewp:Secondment``) with its details and
  its provenance: ``prov:wasDerivedFrom`` the document, ``ewp:evidence`` the
  sentence, ``ewp:startOffset``/``ewp:endOffset``.

Where articles disagree on a single-valued attribute (label, level, side,
parent...), the value stated by most documents wins, ties broken by a fixed
order, so the result does not depend on the order articles are added in.
Adding the same article twice adds nothing.  No blank nodes are made.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Callable
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD, Namespace
from rdflib.plugins.stores.memory import SimpleMemory

from kg.model import ENTITY_TYPES, Article, ArticleResult, Entity, Relation
from kg.namespace import EWP, ID, SCHEMA

ORG = Namespace("http://www.w3.org/ns/org#")

#: Prefixes bound on every graph the builder makes.
PREFIXES = {
    "ewp": EWP._NS,
    "id": ID,
    "schema": SCHEMA,
    "org": ORG,
    "foaf": FOAF,
    "skos": SKOS,
    "prov": PROV,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "dcterms": DCTERMS,
}

#: Guide entity type -> classes of its node (an official is also a person).
TYPE_CLASSES: dict[str, tuple[URIRef, ...]] = {
    "REGION": (EWP.Region,),
    "OFFICIAL": (EWP.Official, EWP.Person),
    "PERSON": (EWP.Person,),
    "ENTERPRISE": (EWP.Enterprise,),
    "HOSPITAL": (EWP.Hospital,),
    "SCHOOL": (EWP.School,),
    "GOVERNMENT": (EWP.GovernmentBody,),
    "ORGANIZATION": (EWP.Organization,),
}
#: Guide relation type -> (class of its qualified node, IRI path segment).
RELATION_CLASSES: dict[str, tuple[URIRef, str]] = {
    "pairs_with": (EWP.Pairing, "pairing"),
    "funds": (EWP.Funding, "funding"),
    "seconds_staff_to": (EWP.Secondment, "secondment"),
}
_DIRECT = {"pairs_with": EWP.pairsWith, "funds": EWP.funds, "seconds_staff_to": EWP.secondsStaffTo}
_ENDS = {"pairs_with": (EWP.partner, EWP.partner), "funds": (EWP.funder, EWP.recipient),
         "seconds_staff_to": (EWP.sender, EWP.receiver)}
_FACT_WORDS = {"pairs_with": "{h} 与 {t} 结对", "funds": "{h} 资助 {t}", "seconds_staff_to": "{h} 选派人员到 {t}"}

#: Which class a node is counted under, most specific first.
NODE_TYPE_ORDER = (
    ("OFFICIAL", EWP.Official),
    ("ENTERPRISE", EWP.Enterprise),
    ("HOSPITAL", EWP.Hospital),
    ("SCHOOL", EWP.School),
    ("GOVERNMENT", EWP.GovernmentBody),
    ("REGION", EWP.Region),
    ("PERSON", EWP.Person),
    ("ORGANIZATION", EWP.Organization),
)
_TITLE_MAX = 100


# ---------------------------------------------------------------- IRIs

def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@lru_cache(maxsize=1 << 16)  # a key recurs in every fact and link of its node
def entity_iri(key: str) -> URIRef:
    """IRI of the node for an entity key; ASCII, a function of the key alone.

    >>> entity_iri("region:610902000000")
    rdflib.term.URIRef('https://w3id.org/ewp-kg/id/region/610902000000')
    >>> str(entity_iri("region:610902000000/瀛湖镇"))[:-8]
    'https://w3id.org/ewp-kg/id/region/610902000000-'
    >>> str(entity_iri("org:汉滨区第三人民医院")).rsplit("/", 2)[-2]
    'org'
    """
    prefix, sep, rest = key.partition(":")
    if not sep or not re.fullmatch(r"[a-z][a-z0-9_-]{0,30}", prefix):
        return ID["entity/" + _sha1(key)[:16]]
    if prefix == "region":
        code, slash, _name = rest.partition("/")
        if re.fullmatch(r"[0-9]{2,12}", code):
            return ID[f"region/{code}-{_sha1(key)[:8]}" if slash else f"region/{code}"]
    return ID[f"{prefix}/{_sha1(key)[:16]}"]


def document_iri(article: Article) -> URIRef:
    """IRI of an article's document node: the first 16 hex digits of the SHA-256 of its text."""
    return ID["doc/" + article.sha256[:16]]


def fact_iri(article: Article, relation: Relation) -> URIRef:
    """IRI of the qualified node of one relation: a digest of document, type, ends and sentence start.

    The two ends of ``pairs_with`` are sorted first, since the relation is undirected.
    """
    head, tail = relation.head, relation.tail
    if relation.type == "pairs_with":
        head, tail = sorted((head, tail))
    segment = RELATION_CLASSES[relation.type][1]
    digest = _sha1("\x1f".join((article.sha256, relation.type, head, tail, str(relation.start))))
    return ID[f"{segment}/{digest[:16]}"]


# ---------------------------------------------------------------- literals

@lru_cache(maxsize=1 << 16)  # labels and names recur across nodes and documents
def _zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def _decimal(value) -> Literal | None:
    text = _decimal_text(value)
    return None if text is None else Literal(text, datatype=XSD.decimal)


@lru_cache(maxsize=1 << 16)  # coordinates recur in every mention of a place; votes need only the text
def _decimal_text(value) -> str | None:
    """Canonical xsd:decimal lexical form of ``value``, or None when it is not a finite number."""
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    if not number.is_finite():
        return None
    text = format(number.normalize(), "f")
    if "." not in text:  # canonical xsd:decimal, and what Turtle's 1.0 shorthand reads back
        text += ".0"
    return text


def _date(value: str) -> Literal:
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        return Literal(value, datatype=XSD.date)
    return Literal(value)


def document_title(article: Article) -> str:
    """The article's title, else its first non-empty line (cut to 100 characters), else its source."""
    if article.title and article.title.strip():
        return article.title.strip()
    for line in article.text.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= _TITLE_MAX else line[: _TITLE_MAX - 1] + "…"
    return article.source


# ---------------------------------------------------------------- state

def _votes() -> defaultdict:
    return defaultdict(set)


def _winner(votes: dict, order=None):
    """The value stated by most documents; ties by ``order`` (a sort key), then by value."""
    if not votes:
        return None
    order = order or (lambda v: v)
    return min(votes, key=lambda v: (-len(votes[v]), order(v)))


def _type_rank(entity_type: str) -> tuple:
    # an official is a person with a post; any specific organisation beats the generic one
    specific = {"OFFICIAL": 0, "PERSON": 1, "ORGANIZATION": 1}.get(entity_type, 0)
    return (specific, ENTITY_TYPES.index(entity_type) if entity_type in ENTITY_TYPES else 99)


@dataclass
class _Node:
    """What all documents say about one entity key."""

    key: str
    types: defaultdict = field(default_factory=_votes)
    names: set = field(default_factory=set)
    official_names: set = field(default_factory=set)
    surface: set = field(default_factory=set)
    qualified: set = field(default_factory=set)
    single: defaultdict = field(default_factory=lambda: defaultdict(_votes))  # attr -> value -> docs
    titles: set = field(default_factory=set)
    bodies: set = field(default_factory=set)
    regions: set = field(default_factory=set)

    def add(self, entity: Entity, doc: str) -> None:
        self.types[entity.type].add(doc)
        attrs = entity.attrs or {}
        if entity.name:
            self.names.add(entity.name)
            self.surface.add(entity.name)
        self.surface.update(a for a in entity.aliases if a)
        for attr in ("official_name", "qualified"):
            value = attrs.get(attr)
            if value:
                self.surface.add(value)
                (self.official_names if attr == "official_name" else self.qualified).add(value)
        code = attrs.get("code")
        if not code and entity.key.startswith("region:") and re.fullmatch(r"[0-9]{12}", entity.key[7:]):
            code = entity.key[7:]
        for attr, value in (("level", attrs.get("level")), ("side", attrs.get("side")),
                            ("code", code), ("parent", attrs.get("parent"))):
            if value:
                self.single[attr][str(value)].add(doc)
        if attrs.get("lat") is not None and attrs.get("lon") is not None:
            lat, lon = _decimal_text(attrs["lat"]), _decimal_text(attrs["lon"])
            if lat is not None and lon is not None:
                self.single["geo"][(lat, lon)].add(doc)
        if attrs.get("title"):
            self.titles.add(attrs["title"])
        if attrs.get("body"):
            self.bodies.add(attrs["body"])
        if attrs.get("region"):
            self.regions.add(attrs["region"])

    @property
    def entity_type(self) -> str:
        return min(self.types, key=lambda t: (_type_rank(t)[0], -len(self.types[t]), _type_rank(t)[1], t))

    @property
    def label(self) -> str:
        pool = self.official_names or self.names or self.surface or {self.key}
        return min(pool, key=lambda n: (-len(n), n))


@dataclass
class _Doc:
    titles: set = field(default_factory=set)
    sources: set = field(default_factory=set)
    ids: set = field(default_factory=set)
    dates: set = field(default_factory=set)
    urls: set = field(default_factory=set)
    sha256: str = ""
    mentions: set = field(default_factory=set)


# ---------------------------------------------------------------- builder

class GraphBuilder:
    """Collect ArticleResults and assemble them into one rdflib graph.

    >>> builder = GraphBuilder()
    >>> len(builder.graph)
    0
    """

    def __init__(self, describe: Callable[[str], Entity | None] | None = None) -> None:
        """``describe(key)``, when given, returns an Entity for a key that is referenced
        (a region's parent, a person's body or region, an organisation's region, an end
        of a fact) but that no article names, e.g. from the gazetteer; so that
        ``ewp:partOf`` chains reach the province.  Articles' own statements win."""
        self._describe = describe
        self._nodes: dict[str, _Node] = {}
        self._docs: dict[URIRef, _Doc] = {}
        self._facts: dict[URIRef, tuple[str, str, str, set]] = {}  # iri -> (type, head, tail, triples)
        self._mentions: set[tuple[str, str, str]] = set()  # (document hash, key, type) before resolution
        self._graph: Graph | None = None

    def add(self, result: ArticleResult) -> None:
        """Add what one article states; adding it again changes nothing."""
        article = result.article
        doc_iri = document_iri(article)
        doc = self._docs.setdefault(doc_iri, _Doc(sha256=article.sha256))
        doc.titles.add(document_title(article))
        doc.sources.add(f"{article.source}:{article.line}" if article.line else article.source)
        doc.ids.add(article.doc_id)
        if article.date:
            doc.dates.add(article.date)
        if article.url:
            doc.urls.add(article.url)
        doc_tag = article.sha256
        for key, entity in sorted(result.entities.items()):
            node = self._nodes.get(entity.key or key)
            if node is None:
                node = self._nodes[entity.key or key] = _Node(entity.key or key)
            node.add(entity, doc_tag)
            self._mentions.add((doc_tag, node.key, entity.type))
            doc.mentions.add(node.key)
        for relation in result.relations:
            self._add_relation(article, doc_iri, relation)
        self._graph = None

    def _add_relation(self, article: Article, doc_iri: URIRef, rel: Relation) -> None:
        if rel.type not in RELATION_CLASSES:
            raise ValueError(f"unknown relation type {rel.type!r}; expected one of {', '.join(RELATION_CLASSES)}")
        iri = fact_iri(article, rel)
        head, tail = entity_iri(rel.head), entity_iri(rel.tail)
        head_prop, tail_prop = _ENDS[rel.type]
        triples = {
            (iri, RDF.type, RELATION_CLASSES[rel.type][0]),
            (iri, head_prop, head),
            (iri, tail_prop, tail),
            (iri, PROV.wasDerivedFrom, doc_iri),
            (iri, EWP.evidence, _zh(rel.evidence)),
            (iri, EWP.startOffset, Literal(int(rel.start))),
            (iri, EWP.endOffset, Literal(int(rel.end))),
            (head, _DIRECT[rel.type], tail),
        }
        if rel.type == "pairs_with":
            triples.add((tail, EWP.pairsWith, head))
        if rel.year:
            triples.add((iri, EWP.year, Literal(str(rel.year))))
        if rel.type == "funds":
            if rel.amount_cny is not None:
                amount = _decimal(rel.amount_cny)
                if amount is not None:
                    triples.add((iri, EWP.amountCNY, amount))
            if rel.kind:
                triples.add((iri, EWP.kind, Literal(rel.kind)))
            triples.add((iri, EWP.approximate, Literal(bool(rel.approx))))
            triples.add((iri, EWP.joint, Literal(bool(rel.joint))))
        if rel.type == "seconds_staff_to":
            if rel.headcount is not None:
                triples.add((iri, EWP.headcount, Literal(int(rel.headcount))))
                triples.add((iri, EWP.headcountShared, Literal(bool(rel.joint))))
            for person in rel.secondees:
                triples.add((iri, EWP.secondee, entity_iri(person)))
        known = self._facts.get(iri)
        if known is not None:
            triples |= known[3]
        heads = (rel.head, rel.tail) if rel.type != "pairs_with" else tuple(sorted((rel.head, rel.tail)))
        self._facts[iri] = (rel.type, heads[0], heads[1], triples)

    def resolution_counts(self) -> tuple[Counter, Counter]:
        """Entities per type before resolution (one per article and key) and nodes per type after
        (nodes the articles name; not those only filled in by ``describe``)."""
        before = Counter(entity_type for _doc, _key, entity_type in self._mentions)
        after = Counter(node.entity_type for node in self._nodes.values())
        return before, after

    @property
    def graph(self) -> Graph:
        """The assembled graph (rebuilt after each ``add``, then cached)."""
        if self._graph is None:
            self._graph = self._assemble()
        return self._graph

    def _assemble(self) -> Graph:
        triples: list = []
        add = triples.append
        labels: dict[str, str] = {}
        nodes = {**self._described(), **self._nodes}
        for key in sorted(nodes):
            labels[key] = self._add_node(add, nodes[key])
        for iri, doc in self._docs.items():
            self._add_doc(add, iri, doc)
        for iri, (rel_type, head, tail, facts) in self._facts.items():
            triples += facts
            words = _FACT_WORDS[rel_type].format(h=labels.get(head, _bare(head)), t=labels.get(tail, _bare(tail)))
            add((iri, RDFS.label, _zh(words)))
        g = new_graph()
        # straight into the store: Graph.addN checks every term again, and these are made here
        add_to_store = g.store.add
        for triple in triples:
            add_to_store(triple, g)
        return g

    def _described(self) -> dict[str, _Node]:
        """Nodes for keys referenced but never named, from ``describe``, following their parents."""
        if self._describe is None:
            return {}
        out: dict[str, _Node] = {}
        todo = sorted(self._referenced_keys(self._nodes.values(), with_facts=True) - set(self._nodes))
        while todo:
            key = todo.pop()
            if key in out or key in self._nodes:
                continue
            entity = self._describe(key)
            if entity is None:
                continue
            node = out[key] = _Node(key)
            node.add(entity, "")
            todo.extend(sorted(self._referenced_keys([node]) - set(self._nodes) - set(out)))
        return out

    def _referenced_keys(self, nodes, with_facts: bool = False) -> set[str]:
        keys: set[str] = set()
        for node in nodes:
            keys.update(node.single["parent"])
            keys.update(node.bodies)
            keys.update(node.regions)
        if with_facts:
            for _iri, (_type, head, tail, _triples) in self._facts.items():
                keys.update((head, tail))
        return keys

    def _add_node(self, add: Callable[[tuple], None], node: _Node) -> str:
        iri = entity_iri(node.key)
        entity_type = node.entity_type
        for cls in TYPE_CLASSES.get(entity_type, (EWP.Organization,)):
            add((iri, RDF.type, cls))
        label = node.label
        add((iri, RDFS.label, _zh(label)))
        add((iri, SKOS.prefLabel, _zh(label)))
        for alt in node.surface - {label}:
            add((iri, SKOS.altLabel, _zh(alt)))
        if entity_type == "REGION":
            self._add_region(add, iri, node)
        elif entity_type in ("OFFICIAL", "PERSON"):
            for title in node.titles:
                add((iri, EWP.title, _zh(title)))
            for body in node.bodies:
                add((iri, EWP.memberOf, entity_iri(body)))
            for region in node.regions:
                add((iri, EWP.region, entity_iri(region)))
        else:
            for region in node.regions:
                add((iri, EWP.basedIn, entity_iri(region)))
        return label

    @staticmethod
    def _add_region(add: Callable[[tuple], None], iri: URIRef, node: _Node) -> None:
        single = node.single
        level = _winner(single["level"])
        if level:
            add((iri, EWP.level, Literal(level)))
        side = _winner(single["side"])
        if side:
            add((iri, EWP.side, Literal(side)))
        code = _winner(single["code"])
        if code:
            add((iri, EWP.divisionCode, Literal(code)))
        parent = _winner(single["parent"])
        if parent and parent != node.key:
            add((iri, EWP.partOf, entity_iri(parent)))
            add((iri, SCHEMA.containedInPlace, entity_iri(parent)))
        for qualified in node.qualified:
            add((iri, EWP.qualifiedName, _zh(qualified)))
        geo = _winner(single["geo"])
        if geo:
            add((iri, SCHEMA.latitude, Literal(geo[0], datatype=XSD.decimal)))
            add((iri, SCHEMA.longitude, Literal(geo[1], datatype=XSD.decimal)))

    @staticmethod
    def _add_doc(add: Callable[[tuple], None], iri: URIRef, doc: _Doc) -> None:
        add((iri, RDF.type, EWP.Document))
        add((iri, RDFS.label, _zh(min(doc.titles, key=lambda t: (-len(t), t)))))
        for title in doc.titles:
            add((iri, DCTERMS.title, _zh(title)))
        for source in doc.sources:
            add((iri, EWP.sourceFile, Literal(source)))
        for doc_id in doc.ids:
            add((iri, DCTERMS.identifier, Literal(doc_id)))
        for date in doc.dates:
            add((iri, DCTERMS.date, _date(date)))
        for url in doc.urls:
            add((iri, SCHEMA.url, Literal(url, datatype=XSD.anyURI)))
        add((iri, EWP.contentHash, Literal(doc.sha256)))
        for key in doc.mentions:
            add((iri, SCHEMA.mentions, entity_iri(key)))


def _bare(key: str) -> str:
    return key.partition(":")[2] or key


def new_graph() -> Graph:
    """An empty graph with the project's prefixes bound (schema: is http://schema.org/).

    Its store is rdflib's ``SimpleMemory``: adding to it and reading it back cost
    about 40 % less than rdflib's default store, but it has no named graphs, so
    tools that wrap it in a ``ConjunctiveGraph`` (pyshacl) need a copy in a
    ``Graph()`` (see :func:`kg.validate.validate_graph`).
    """
    g = Graph(store=SimpleMemory(), bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        g.bind(prefix, namespace, override=True, replace=True)
    return g


def count_nodes_and_facts(graph: Graph) -> tuple[Counter, Counter]:
    """Count entity nodes by guide type and qualified facts by relation type.

    Each node is counted once, under its most specific class (an official is
    not counted again as a person; a hospital not again as an organisation).
    Returns ``(Counter({"REGION": n, ...}), Counter({"funds": n, ...}))``.
    """
    nodes: Counter = Counter()
    for subject in set(graph.subjects(RDF.type, None)):
        types = set(graph.objects(subject, RDF.type))
        for name, cls in NODE_TYPE_ORDER:
            if cls in types:
                nodes[name] += 1
                break
    facts: Counter = Counter()
    for rel_type, (cls, _segment) in RELATION_CLASSES.items():
        count = len(set(graph.subjects(RDF.type, cls)))
        if count:
            facts[rel_type] = count
    return nodes, facts
