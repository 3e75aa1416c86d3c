"""The exports of the graph built from seeds/: the neo4j-admin bundle in kuzu, GraphDB files in three parsers."""
from collections import Counter
from decimal import Decimal

import pyoxigraph as ox
import pytest
from rdflib import RDF, Graph, URIRef

from export_helpers import load_into_kuzu, rapper_count, read_csv, scalar
from kg.exporters.command import export
from seeds_build import seeds_exports


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    graph = seeds_exports() / "graph.ttl"
    out = tmp_path_factory.mktemp("seeds-export")
    export(graph, "neo4j", out / "neo4j")
    export(graph, "graphdb", out / "graphdb")
    return out


def test_export_seeds_neo4j_bundle_in_kuzu(exported, tmp_path):
    csv_dir = exported / "neo4j" / "csv"
    ids = Counter()
    for path in csv_dir.glob("nodes_*.csv"):
        ids.update(row[0] for row in read_csv(path)[1])
    assert max(ids.values()) == 1
    n_rels = 0
    for path in csv_dir.glob("rels_*.csv"):
        for start, end, _t in read_csv(path)[1]:
            assert start in ids and end in ids
            n_rels += 1
    conn = load_into_kuzu(csv_dir, tmp_path / "db")
    assert scalar(conn, "MATCH (n) RETURN count(n)") == len(ids)
    assert scalar(conn, "MATCH ()-[r]->() RETURN count(r)") == n_rels
    g = Graph().parse(seeds_exports() / "graph.ttl")
    fundings = set(g.subjects(RDF.type, URIRef("https://w3id.org/ewp-kg/ontology#Funding")))
    assert scalar(conn, "MATCH (f:Funding) RETURN count(f)") == len(fundings)
    amount = scalar(conn, "MATCH (:Region {name: '武进区'})<-[:FUNDER]-(f:Funding)-[:RECIPIENT]->(:Region {name: '汉滨区'}) "
                          "RETURN max(f.amountCNY)")
    assert Decimal(str(amount)) == Decimal(977000000)
    assert scalar(conn, "MATCH (:Region {name: '汉滨区'})-[:PART_OF*1..3]->(p:Region {name: '陕西省'}) RETURN count(p)") >= 1


@pytest.mark.parametrize("name", ["ontology.ttl", "data.ttl", "shapes.ttl", "ewp-kg.trig"])
def test_export_seeds_graphdb_files_read_by_three_parsers(exported, name):
    path = exported / "graphdb" / name
    n_oxigraph = len(list(ox.parse(path=str(path))))
    if name.endswith(".ttl"):
        assert len(Graph().parse(path, format="turtle")) == n_oxigraph
    assert rapper_count(path) == n_oxigraph
