"""`kg export --format neo4j`: setup.cypher for neosemantics, and the neo4j-admin CSV bundle
loaded into a real embedded Cypher database (kuzu), with a schema generated from the CSV headers."""
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import RDF, Graph, URIRef
from rdflib.compare import isomorphic

from export_helpers import load_into_kuzu, read_csv, scalar
from kg.cli import cli
from kg.exporters.neo4j import NODE_GROUPS, relationship_type

SMALL = Path(__file__).parent / "data" / "query" / "small.ttl"
EWP = "https://w3id.org/ewp-kg/ontology#"


@pytest.fixture(scope="module")
def neo4j_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("neo4j")
    result = CliRunner().invoke(cli, ["export", str(SMALL), "--format", "neo4j", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_export_neo4j_setup_cypher_has_the_n10s_statements(neo4j_dir):
    lines = (neo4j_dir / "setup.cypher").read_text(encoding="utf-8").splitlines()
    statements = [line for line in lines if not line.startswith("//")]
    assert statements[0] == "CREATE CONSTRAINT n10s_unique_uri IF NOT EXISTS FOR (r:Resource) REQUIRE r.uri IS UNIQUE;"
    assert statements[1] == ("CALL n10s.graphconfig.init({handleVocabUris: 'SHORTEN', handleMultival: 'ARRAY', "
                             "multivalPropList: ['http://www.w3.org/2004/02/skos/core#altLabel'], keepLangTag: true});")
    assert "CALL n10s.nsprefixes.add('ewp', 'https://w3id.org/ewp-kg/ontology#');" in statements
    assert "CALL n10s.nsprefixes.add('prov', 'http://www.w3.org/ns/prov#');" in statements
    assert statements[-1] == f"CALL n10s.rdf.import.fetch('{(neo4j_dir / 'graph.ttl').resolve().as_uri()}', 'Turtle');"
    assert all(s.endswith(";") for s in statements)


def test_export_neo4j_turtle_is_the_graph(neo4j_dir):
    assert isomorphic(Graph().parse(neo4j_dir / "graph.ttl"), Graph().parse(SMALL))


def test_export_neo4j_fetch_url_option(tmp_path):
    result = CliRunner().invoke(cli, ["export", str(SMALL), "-f", "neo4j", "--out", str(tmp_path),
                                      "--fetch-url", "file:///var/lib/neo4j/import/graph.ttl"])
    assert result.exit_code == 0
    assert "n10s.rdf.import.fetch('file:///var/lib/neo4j/import/graph.ttl', 'Turtle');" in (tmp_path / "setup.cypher").read_text()


def test_export_neo4j_csv_headers_follow_the_operations_manual(neo4j_dir):
    csv_dir = neo4j_dir / "csv"
    for path in csv_dir.glob("nodes_*.csv"):
        header, _rows = read_csv(path)
        assert header[:4] == ["uri:ID", ":LABEL", "name", "altLabels:string[]"], path.name
    assert "amountCNY:float" in read_csv(csv_dir / "nodes_Funding.csv")[0]
    assert "year" in read_csv(csv_dir / "nodes_Funding.csv")[0]  # text: "2016-2022" occurs
    assert "headcount:int" in read_csv(csv_dir / "nodes_Secondment.csv")[0]
    for path in csv_dir.glob("rels_*.csv"):
        header, rows = read_csv(path)
        assert header == [":START_ID", ":END_ID", ":TYPE"], path.name
        assert {r[2] for r in rows} == {path.stem[len("rels_"):]}
    region = dict(zip(*[[h for h in read_csv(csv_dir / "nodes_Region.csv")[0]],
                        next(r for r in read_csv(csv_dir / "nodes_Region.csv")[1] if r[2] == "汉滨区")]))
    assert region["altLabels:string[]"] == "安康市汉滨区;汉滨"
    assert (region["level"], region["side"]) == ("county", "west")


def test_export_neo4j_every_relationship_end_exists_and_ids_are_unique(neo4j_dir):
    ids = Counter()
    for path in (neo4j_dir / "csv").glob("nodes_*.csv"):
        ids.update(row[0] for row in read_csv(path)[1])
    assert ids and max(ids.values()) == 1
    for path in (neo4j_dir / "csv").glob("rels_*.csv"):
        for start, end, _type in read_csv(path)[1]:
            assert start in ids and end in ids, (path.name, start, end)


def test_export_neo4j_readme_has_the_admin_import_command(neo4j_dir):
    text = (neo4j_dir / "csv" / "README.md").read_text(encoding="utf-8")
    assert "bin/neo4j-admin database import full neo4j" in text
    assert "--array-delimiter=';'" in text
    for path in (neo4j_dir / "csv").glob("*.csv"):
        assert f"import/ewp-kg/{path.name}" in text


def test_export_neo4j_relationship_type_names():
    assert relationship_type(URIRef(EWP + "pairsWith")) == "PAIRS_WITH"
    assert relationship_type(URIRef(EWP + "secondsStaffTo")) == "SECONDS_STAFF_TO"
    assert relationship_type(URIRef(EWP + "funder")) == "FUNDER"


# ---- the bundle in a real Cypher database (kuzu) -------------------------------------------

@pytest.fixture(scope="module")
def kuzu_conn(neo4j_dir, tmp_path_factory):
    return load_into_kuzu(neo4j_dir / "csv", tmp_path_factory.mktemp("kuzu") / "db")


def test_export_neo4j_bundle_loads_with_the_right_counts(kuzu_conn):
    g = Graph().parse(SMALL)
    typed = {s for s in g.subjects(RDF.type, None)}
    assert scalar(kuzu_conn, "MATCH (n) RETURN count(n)") == len(typed)
    for group, classes in NODE_GROUPS.items():
        expected = {s for c in classes for s in g.subjects(RDF.type, URIRef(EWP + c))}
        assert scalar(kuzu_conn, f"MATCH (n:{group}) RETURN count(n)") == len(expected), group
    links = [(s, p, o) for s, p, o in g if isinstance(o, URIRef) and p != RDF.type]
    assert scalar(kuzu_conn, "MATCH ()-[r]->() RETURN count(r)") == len(links)
    for rtype, n in {"FUNDS": 4, "PAIRS_WITH": 8, "SECONDS_STAFF_TO": 3, "FUNDER": 5, "PARTNER": 8}.items():
        assert scalar(kuzu_conn, f"MATCH ()-[r:{rtype}]->() RETURN count(r)") == n, rtype


def test_export_neo4j_bundle_two_hop_queries(kuzu_conn):
    rows = kuzu_conn.execute(
        "MATCH (a:Region)<-[:FUNDER]-(f:Funding)-[:RECIPIENT]->(b:Region) WHERE a.name = '武进区' "
        "RETURN b.name, f.year, f.amountCNY ORDER BY f.amountCNY DESC")
    got = []
    while rows.has_next():
        got.append(tuple(rows.get_next()))
    assert got == [("汉滨区", "2021", 977000000.0), ("汉滨区", "2022", 50000000.0), ("瀛湖镇", None, 300000.0)]
    # who funds a place inside 安康市, through the direct relationship and ewp:partOf
    rows = kuzu_conn.execute(
        "MATCH (a:Region)-[:FUNDS]->(b:Region)-[:PART_OF*1..3]->(c:Region {name: '安康市'}) "
        "RETURN DISTINCT a.name ORDER BY a.name")
    names = []
    while rows.has_next():
        names.append(rows.get_next()[0])
    assert names == ["常州市", "武进区"]
    assert scalar(kuzu_conn, "MATCH (s:Secondment)-[:SECONDEE]->(p:Person) RETURN p.name") == "冯伟"
    assert scalar(kuzu_conn, "MATCH (p:Person {name: '吴大林'}) RETURN p.labels") == "Official;Person"
