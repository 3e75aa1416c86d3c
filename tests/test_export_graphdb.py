"""`kg export --format graphdb|trig|nquads`: three Turtle files for three named graphs and one
dataset file, each checked by three independent parsers (rdflib, pyoxigraph, Debian's rapper)."""
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from export_helpers import rapper_count
from kg.cli import cli
from kg.exporters import GRAPH_IRIS

SMALL = Path(__file__).parent / "data" / "query" / "small.ttl"


def kg(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def graphdb_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("graphdb")
    result = kg("export", SMALL, "--format", "graphdb", "--out", out)
    assert result.exit_code == 0
    assert kg("export", SMALL, "--format", "nquads", "--out", out).exit_code == 0
    return out


@pytest.mark.parametrize("name", ["ontology.ttl", "data.ttl", "shapes.ttl"])
def test_export_graphdb_turtle_read_by_three_parsers(graphdb_dir, name):
    path = graphdb_dir / name
    by_rdflib = len(Graph().parse(path, format="turtle"))
    by_oxigraph = len(list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)))
    assert by_rdflib == by_oxigraph > 0
    assert rapper_count(path) == by_rdflib


@pytest.mark.parametrize("name", ["ewp-kg.trig", "ewp-kg.nq"])
def test_export_graphdb_dataset_read_by_three_parsers(graphdb_dir, name):
    path = graphdb_dir / name
    fmt = "trig" if name.endswith(".trig") else "nquads"
    dataset = Dataset()
    dataset.parse(path, format=fmt)
    quads = list(ox.parse(path=str(path)))
    assert len(list(dataset.quads((None, None, None, None)))) == len(quads)
    assert rapper_count(path) == len(quads)
    # each named graph holds exactly its Turtle file
    for part, iri in GRAPH_IRIS.items():
        in_graph = [q for q in quads if q.graph_name == ox.NamedNode(iri)]
        assert len(in_graph) == len(Graph().parse(graphdb_dir / f"{part}.ttl")), part
    assert {q.graph_name.value for q in quads} == set(GRAPH_IRIS.values())


def test_export_graphdb_data_is_the_graph_and_parts_are_what_they_say(graphdb_dir):
    assert isomorphic(Graph().parse(graphdb_dir / "data.ttl"), Graph().parse(SMALL))
    owl_class = (None, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), URIRef("http://www.w3.org/2002/07/owl#Class"))
    node_shape = (None, None, URIRef("http://www.w3.org/ns/shacl#NodeShape"))
    assert (URIRef("https://w3id.org/ewp-kg/ontology#Funding"), owl_class[1], owl_class[2]) in Graph().parse(graphdb_dir / "ontology.ttl")
    assert any(True for _ in Graph().parse(graphdb_dir / "shapes.ttl").triples(node_shape))


def test_export_graphdb_readme_names_files_and_graphs(graphdb_dir):
    text = (graphdb_dir / "README.md").read_text(encoding="utf-8")
    for part, iri in GRAPH_IRIS.items():
        assert f"@{part}.ttl" in text and iri in text
    assert "--data-binary @ewp-kg.trig" in text


def test_export_graphdb_is_deterministic(tmp_path, graphdb_dir):
    assert kg("export", SMALL, "--format", "graphdb", "--out", tmp_path).exit_code == 0
    for name in ("ontology.ttl", "data.ttl", "shapes.ttl", "ewp-kg.trig"):
        assert (tmp_path / name).read_bytes() == (graphdb_dir / name).read_bytes(), name


def test_export_uses_the_ontology_beside_the_graph(tmp_path):
    shutil.copy(SMALL, tmp_path / "graph.ttl")
    (tmp_path / "ontology.ttl").write_text(
        "<https://w3id.org/ewp-kg/ontology#Region> a <http://www.w3.org/2002/07/owl#Class> .\n", encoding="utf-8")
    assert kg("export", tmp_path / "graph.ttl", "--format", "trig", "--out", tmp_path / "out").exit_code == 0
    quads = list(ox.parse(path=str(tmp_path / "out" / "ewp-kg.trig")))
    assert len([q for q in quads if q.graph_name.value == GRAPH_IRIS["ontology"]]) == 1


def test_export_bad_graph_exit_2(tmp_path):
    bad = tmp_path / "graph.ttl"
    bad.write_text("<http://a> <http://b> .", encoding="utf-8")
    result = kg("export", bad, "--format", "graphdb", "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: cannot read the graph {bad}: ")
