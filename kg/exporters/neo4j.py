"""Neo4j export: Turtle + ``setup.cypher`` for neosemantics, and a neo4j-admin CSV bundle.

Layout of the output folder::

    graph.ttl        the graph, for n10s.rdf.import.fetch
    setup.cypher     constraint, n10s graph config, prefixes, import call
    README.md        how to run both
    csv/             neo4j-admin bundle: nodes_<group>.csv, rels_<TYPE>.csv, README.md

In the CSV bundle every node with an ``ewp:`` class is a node (the qualified
facts too: ``Funding``, ``Pairing``, ``Secondment``) labelled with its classes
and their superclasses (an official is ``Official;Person``); every link
between two nodes is a relationship named after its predicate in upper snake
case (``ewp:funder`` -> ``FUNDER``, ``ewp:pairsWith`` -> ``PAIRS_WITH``,
``prov:wasDerivedFrom`` -> ``WAS_DERIVED_FROM``).  Headers follow the Neo4j
operations manual: ``uri:ID``, ``:LABEL``, typed properties such as
``amountCNY:float``, ``:START_ID``, ``:END_ID``, ``:TYPE``.
"""
from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from pathlib import Path

from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.export import atomic_write_text, to_turtle
from kg.exporters import read_graph

EWP = "https://w3id.org/ewp-kg/ontology#"
SCHEMA_CONTAINED = URIRef("http://schema.org/containedInPlace")

#: Node files: group name -> the ewp classes whose nodes go in it (first match wins, in this order).
NODE_GROUPS: dict[str, tuple[str, ...]] = {
    "Region": ("Region",),
    "Person": ("Official", "Person"),
    "Organization": ("Enterprise", "Hospital", "School", "GovernmentBody", "Organization"),
    "Document": ("Document",),
    "Pairing": ("Pairing",),
    "Funding": ("Funding",),
    "Secondment": ("Secondment",),
}
#: Nodes with no ewp class that a relationship points at (so that every relationship has both ends).
OTHER_GROUP = "Resource"
#: Superclasses of the vocabulary (docs: /work/shared/spec/vocabulary.md), added as labels.
SUPERCLASSES = {"Official": "Person", "Enterprise": "Organization", "Hospital": "Organization",
                "School": "Organization", "GovernmentBody": "Organization"}
#: Predicates that are not exported as relationships: the type (labels) and a duplicate of ewp:partOf.
SKIPPED_LINKS = {RDF.type, SCHEMA_CONTAINED}
#: Literal predicates folded into the standard columns.
NAME_PREDICATES = (RDFS.label, SKOS.prefLabel)
ALT_PREDICATE = SKOS.altLabel
#: Columns with a fixed type whatever the literals say.
#: ``year`` stays text: the texts state spans such as "2016-2022" (in Cypher: ``toInteger(left(f.year, 4))``).
FIXED_TYPES = {"amountCNY": "float", "headcount": "int", "year": "string"}
_XSD_TYPES = {
    **{XSD[t]: "int" for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger")},
    XSD.decimal: "float", XSD.double: "float", XSD.float: "float",
    XSD.boolean: "boolean", XSD.date: "date",
}
#: Neo4j's default array delimiter; a ';' inside a value becomes the full-width '；'.
ARRAY_DELIMITER = ";"

#: Prefixes for n10s (SHORTEN turns ewp:funds into ewp__funds).
N10S_PREFIXES = {
    "ewp": EWP,
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "skos": str(SKOS),
    "xsd": str(XSD),
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "http://schema.org/",
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "org": "http://www.w3.org/ns/org#",
}


def relationship_type(predicate: URIRef) -> str:
    """``FUNDS`` for ``ewp:funds``: the local name in upper snake case.

    >>> relationship_type(URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"))
    'WAS_DERIVED_FROM'
    """
    local = _local(predicate)
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", local).upper() or "RELATED_TO"


def _local(iri) -> str:
    text = str(iri)
    return re.split(r"[#/]", text)[-1] or text


def _classes(graph: Graph, node) -> list[str]:
    return sorted(_local(c) for c in graph.objects(node, RDF.type) if str(c).startswith(EWP))


def _group(classes: list[str]) -> str | None:
    for group, members in NODE_GROUPS.items():
        if any(c in members for c in classes):
            return group
    return None


def _labels(classes: list[str]) -> list[str]:
    labels = set(classes)
    for c in classes:
        if c in SUPERCLASSES:
            labels.add(SUPERCLASSES[c])
    return sorted(labels)


def _clean(text: str) -> str:
    return text.replace(ARRAY_DELIMITER, "；")


def _column_type(literals: list[Literal]) -> str:
    kinds = {_XSD_TYPES.get(lit.datatype, "string") for lit in literals}
    return kinds.pop() if len(kinds) == 1 else "string"


def _value(lit: Literal, kind: str) -> str:
    text = str(lit)
    if kind == "int":
        match = re.search(r"-?\d+", text)
        return match.group(0) if match else ""
    if kind == "boolean":
        return "true" if text.lower() in ("true", "1") else "false"
    return text


def _pick_name(graph: Graph, node) -> str:
    for predicate in NAME_PREDICATES:
        values = sorted(graph.objects(node, predicate), key=lambda v: (getattr(v, "language", None) != "zh", str(v)))
        if values:
            return str(values[0])
    return ""


def csv_tables(graph: Graph) -> tuple[dict[str, tuple[list[str], list[list[str]]]], dict[str, tuple[list[str], list[list[str]]]]]:
    """The node and relationship tables of the neo4j-admin bundle.

    Returns ``(nodes, rels)``: ``nodes[group] = (header, rows)`` and ``rels[TYPE] = (header, rows)``.
    """
    groups: dict = {}
    classes: dict = {}
    for node in set(graph.subjects(RDF.type, None)):
        if not isinstance(node, URIRef):
            continue
        cls = _classes(graph, node)
        group = _group(cls)
        if group:
            groups[node], classes[node] = group, cls
    # relationships, and untyped nodes they reach
    rels: dict[str, list[list[str]]] = defaultdict(list)
    for s, p, o in graph:
        if p in SKIPPED_LINKS or not isinstance(o, URIRef) or not isinstance(s, URIRef):
            continue
        for end in (s, o):
            if end not in groups:
                groups[end], classes[end] = OTHER_GROUP, []
        rtype = relationship_type(p)
        rels[rtype].append([str(s), str(o), rtype])
    # node properties, per group
    members: dict[str, list] = defaultdict(list)
    for node, group in groups.items():
        members[group].append(node)
    nodes: dict = {}
    for group in list(NODE_GROUPS) + [OTHER_GROUP]:
        if group not in members:
            continue
        items = sorted(members[group], key=str)
        props: dict[URIRef, list[Literal]] = defaultdict(list)
        multi: set = set()
        for node in items:
            seen: dict = defaultdict(int)
            for p, o in graph.predicate_objects(node):
                if isinstance(o, Literal) and p not in NAME_PREDICATES and p != ALT_PREDICATE:
                    props[p].append(o)
                    seen[p] += 1
            multi.update(p for p, n in seen.items() if n > 1)
        columns: list[tuple[URIRef, str, str]] = []  # predicate, column name, type
        locals_seen = defaultdict(int)
        for p in props:
            locals_seen[_local(p)] += 1
        for p in sorted(props, key=lambda p: (_local(p), str(p))):
            name = _local(p)
            if locals_seen[name] > 1 or name in ("uri", "name", "altLabels"):
                name = _prefix_name(p)
            kind = FIXED_TYPES.get(name) or _column_type(props[p])
            if p in multi:
                kind = "string[]" if kind in ("string", "date") else kind + "[]"
            columns.append((p, name, kind))
        header = ["uri:ID", ":LABEL", "name", "altLabels:string[]"] + [
            f"{name}:{kind}" if kind != "string" else name for _p, name, kind in columns]
        rows = []
        for node in items:
            labels = _labels(classes[node]) or [OTHER_GROUP]
            alts = sorted(_clean(str(a)) for a in graph.objects(node, ALT_PREDICATE))
            row = [str(node), ARRAY_DELIMITER.join(labels), _pick_name(graph, node), ARRAY_DELIMITER.join(alts)]
            for p, _name, kind in columns:
                base = kind.removesuffix("[]")
                values = sorted(_value(v, base) for v in graph.objects(node, p) if isinstance(v, Literal))
                row.append(ARRAY_DELIMITER.join(_clean(v) for v in values) if kind.endswith("[]")
                           else (values[0] if values else ""))
            rows.append(row)
        nodes[group] = (header, rows)
    relationships = {t: ([":START_ID", ":END_ID", ":TYPE"], sorted(rows)) for t, rows in sorted(rels.items())}
    return nodes, relationships


def _prefix_name(p: URIRef) -> str:
    for prefix, ns in N10S_PREFIXES.items():
        if str(p).startswith(ns):
            return f"{prefix}_{_local(p)}"
    return _local(p)


def _csv_text(header: list[str], rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def node_file(group: str) -> str:
    """File name of a node group: ``nodes_Region.csv``."""
    return f"nodes_{group}.csv"


def rel_file(rtype: str) -> str:
    """File name of a relationship type: ``rels_FUNDS.csv``."""
    return f"rels_{rtype}.csv"


def admin_import_command(node_files: list[str], rel_files: list[str], database: str = "neo4j",
                         folder: str = "import/ewp-kg") -> str:
    """The ``neo4j-admin database import full`` command for the bundle, one option per line."""
    parts = [f"bin/neo4j-admin database import full {database}", "--overwrite-destination",
             "--id-type=string", f"--array-delimiter='{ARRAY_DELIMITER}'", "--delimiter=','",
             "--quote='\"'", "--multiline-fields=true", "--input-encoding=UTF-8"]
    parts += [f"--nodes={folder}/{name}" for name in node_files]
    parts += [f"--relationships={folder}/{name}" for name in rel_files]
    return " \\\n  ".join(parts)


def setup_cypher(turtle_url: str, prefixes: dict[str, str]) -> str:
    """The neosemantics script: constraint, graph config, prefixes, import."""
    lines = [
        "// Load the ewp-kg graph with neosemantics (n10s) into an empty Neo4j 5 database.",
        "// Run with: bin/cypher-shell -u neo4j -p <password> -f setup.cypher",
        "CREATE CONSTRAINT n10s_unique_uri IF NOT EXISTS FOR (r:Resource) REQUIRE r.uri IS UNIQUE;",
        "CALL n10s.graphconfig.init({handleVocabUris: 'SHORTEN', handleMultival: 'ARRAY', "
        "multivalPropList: ['http://www.w3.org/2004/02/skos/core#altLabel'], keepLangTag: true});",
    ]
    for prefix, ns in prefixes.items():
        lines.append(f"CALL n10s.nsprefixes.add('{prefix}', '{ns}');")
    lines.append(f"CALL n10s.rdf.import.fetch('{_cypher_escape(turtle_url)}', 'Turtle');")
    return "\n".join(lines) + "\n"


def _cypher_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("'", "\\'")


def used_prefixes(graph: Graph) -> dict[str, str]:
    """The :data:`N10S_PREFIXES` whose namespace occurs in a predicate or class of the graph."""
    iris = {str(p) for p in graph.predicates()} | {str(o) for o in graph.objects(None, RDF.type)}
    return {prefix: ns for prefix, ns in N10S_PREFIXES.items() if any(i.startswith(ns) for i in iris)}


def export_neo4j(graph: Graph | str | Path, out_dir: str | Path, fetch_url: str | None = None) -> list[Path]:
    """Write the neosemantics files and the neo4j-admin CSV bundle into ``out_dir``; return the paths written.

    Args:
        graph: the graph or the path of graph.ttl.
        out_dir: the folder to write (created when missing).
        fetch_url: the URL Neo4j reads the Turtle from; default the ``file://`` URL of the written graph.ttl
            (n10s wants an absolute path; give the path as the Neo4j server sees it when it runs elsewhere).
    """
    g = read_graph(graph)
    out = Path(out_dir)
    written = [atomic_write_text(out / "graph.ttl", to_turtle(g))]
    url = fetch_url or (out / "graph.ttl").resolve().as_uri()
    written.append(atomic_write_text(out / "setup.cypher", setup_cypher(url, used_prefixes(g))))
    nodes, rels = csv_tables(g)
    csv_dir = out / "csv"
    node_names, rel_names = [], []
    for group, (header, rows) in nodes.items():
        node_names.append(node_file(group))
        written.append(atomic_write_text(csv_dir / node_file(group), _csv_text(header, rows)))
    for rtype, (header, rows) in rels.items():
        rel_names.append(rel_file(rtype))
        written.append(atomic_write_text(csv_dir / rel_file(rtype), _csv_text(header, rows)))
    counts = {g_: len(r) for g_, (_h, r) in nodes.items()}, {t: len(r) for t, (_h, r) in rels.items()}
    written.append(atomic_write_text(csv_dir / "README.md", _csv_readme(node_names, rel_names, counts)))
    written.append(atomic_write_text(out / "README.md", _readme(url)))
    return written



def _csv_readme(node_names: list[str], rel_names: list[str], counts) -> str:
    node_counts, rel_counts = counts
    table = "\n".join(f"| `{node_file(g)}` | {n} |" for g, n in node_counts.items())
    rtable = "\n".join(f"| `{rel_file(t)}` | {n} |" for t, n in rel_counts.items())
    return f"""# ewp-kg for `neo4j-admin database import`

CSV files in the format of the Neo4j operations manual (UTF-8, `,` between
fields, `"` quotes, arrays split on `{ARRAY_DELIMITER}`). Node files carry `uri:ID`
(the node's IRI), `:LABEL` (its classes and their superclasses) and typed
properties (`amountCNY:float`, `headcount:int`, `altLabels:string[]`; `year` is
text such as `2021` or `2016-2022`);
relationship files carry `:START_ID`, `:END_ID`, `:TYPE`.

The qualified facts are nodes (`Funding`, `Pairing`, `Secondment`) linked to
their ends (`FUNDER`, `RECIPIENT`, `PARTNER`, `SENDER`, `RECEIVER`, `SECONDEE`)
and to their source (`WAS_DERIVED_FROM` a `Document`); the direct relationships
`PAIRS_WITH`, `FUNDS` and `SECONDS_STAFF_TO` link the parties themselves.

## Import

Stop Neo4j, copy this folder to `$NEO4J_HOME/import/ewp-kg`, then from `$NEO4J_HOME`:

```sh
{admin_import_command(node_names, rel_names)}
```

Start Neo4j again (on Enterprise Edition, run `CREATE DATABASE neo4j` if the
database did not exist) and try:

```cypher
MATCH (a:Region)<-[:FUNDER]-(f:Funding)-[:RECIPIENT]->(b)
RETURN a.name, b.name, f.year, f.amountCNY ORDER BY f.amountCNY DESC LIMIT 10;
```

## Files

| nodes | rows |
|---|---|
{table}

| relationships | rows |
|---|---|
{rtable}
"""


def _readme(url: str) -> str:
    return f"""# ewp-kg for Neo4j

Two ways in; use one.

## neosemantics (n10s): `graph.ttl` + `setup.cypher`

Install the neosemantics plugin matching your Neo4j 5 version, start Neo4j
with an empty database, then:

```sh
bin/cypher-shell -u neo4j -p <password> -f setup.cypher
```

`setup.cypher` creates the `n10s_unique_uri` constraint, initialises the graph
config (`handleVocabUris: 'SHORTEN'`, `handleMultival: 'ARRAY'` for
`skos:altLabel`, `keepLangTag: true`), adds the prefixes and imports

    {url}

n10s needs the absolute path as the server sees it: if Neo4j runs elsewhere
(Docker), re-export with `kg export GRAPH --format neo4j --out DIR --fetch-url file:///path/in/server/graph.ttl`.
Nodes then have labels such as `ewp__Region` and properties such as `rdfs__label`.

## neo4j-admin bulk import: `csv/`

See `csv/README.md` for the `neo4j-admin database import full` command.
"""
