"""Resolution and provenance on the seeds' graph: one node per real-world thing, every fact traceable."""
from __future__ import annotations

from collections import defaultdict

from rdflib import Graph
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from kg.graph import NODE_TYPE_ORDER
from kg.namespace import EWP
from kg.validate import validate_graph
from seeds_build import seeds_exports


def _graph() -> Graph:
    g = Graph()
    g.parse(seeds_exports() / "graph.ttl", format="turtle")
    return g


def _node_type(g: Graph, node) -> str | None:
    types = set(g.objects(node, RDF.type))
    return next((name for name, cls in NODE_TYPE_ORDER if cls in types), None)


def test_resolve_seeds_no_two_nodes_of_a_class_share_a_name():
    g = _graph()
    by_name: dict[tuple[str, str], set] = defaultdict(set)
    for node in set(g.subjects(RDFS.label, None)):
        typ = _node_type(g, node)
        if typ is None:
            continue
        for name in set(g.objects(node, RDFS.label)) | set(g.objects(node, SKOS.altLabel)):
            by_name[(typ, str(name))].add(node)
    shared = {key: sorted(map(str, nodes)) for key, nodes in by_name.items() if len(nodes) > 1}
    assert not shared, f"nodes of one class sharing a name: {shared}"


def test_resolve_seeds_every_fact_has_provenance_and_conforms():
    g = _graph()
    facts = [f for cls in (EWP.Pairing, EWP.Funding, EWP.Secondment) for f in g.subjects(RDF.type, cls)]
    assert len(facts) >= 30
    docs = set(g.subjects(RDF.type, EWP.Document))
    for fact in facts:
        assert set(g.objects(fact, PROV.wasDerivedFrom)) & docs, fact
        assert list(g.objects(fact, EWP.evidence)), fact
    report = validate_graph(g)
    assert report.conforms, report.text


def test_resolve_seeds_regions_reach_their_province():
    g = _graph()
    hanbin = next(n for n in g.subjects(RDF.type, EWP.Region) if str(next(g.objects(n, RDFS.label))) == "汉滨区")
    chain = []
    node = hanbin
    while node is not None:
        chain.append(str(next(g.objects(node, RDFS.label))))
        node = next(g.objects(node, EWP.partOf), None)
    assert chain == ["汉滨区", "安康市", "陕西省"]
