"""`kg query` in-process: formats, query sources, the on-disk store, and errors (exit 2)."""
import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.query import run_query
from kg.store import load_into_store, open_store

SMALL = Path(__file__).parent / "data" / "query" / "small.ttl"
PROVINCES = "SELECT ?name ?side WHERE { ?r ewp:level 'province' ; ewp:side ?side ; rdfs:label ?l BIND(STR(?l) AS ?name) } ORDER BY ?name"


def kg(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_query_cli_table_is_aligned_with_wide_characters():
    result = kg("query", SMALL, PROVINCES)
    assert result.exit_code == 0
    assert result.stdout == ("name    side\n"
                             "------  ----\n"
                             "天津市  east\n"
                             "江苏省  east\n"
                             "陕西省  west\n")
    assert result.stderr == "3 row(s)\n"


def test_query_cli_csv():
    result = kg("query", SMALL, PROVINCES, "--format", "csv")
    assert result.exit_code == 0
    assert list(csv.reader(io.StringIO(result.stdout))) == [
        ["name", "side"], ["天津市", "east"], ["江苏省", "east"], ["陕西省", "west"]]


def test_query_cli_json_is_sparql_results_json():
    result = kg("query", SMALL, "funding-evidence", "-f", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["head"]["vars"][:3] == ["funder", "recipient", "amountCNY"]
    first = data["results"]["bindings"][0]
    assert first["amountCNY"] == {"type": "literal", "value": "3000000",
                                  "datatype": "http://www.w3.org/2001/XMLSchema#decimal"}
    assert first["document"] == {"type": "uri", "value": "https://w3id.org/ewp-kg/id/doc/d2"}
    # a conforming parser reads it back
    parsed = ox.parse_query_results(result.stdout.encode(), ox.QueryResultsFormat.JSON)
    assert len(list(parsed)) == 5


def test_query_cli_reads_rq_file_and_bundled_name_alike(tmp_path):
    rq = tmp_path / "provinces.rq"
    rq.write_text(PROVINCES, encoding="utf-8")
    assert kg("query", SMALL, rq).stdout == kg("query", SMALL, PROVINCES).stdout
    assert kg("query", SMALL, "pairings").stdout == kg("query", SMALL, "pairings.rq").stdout


def test_query_cli_ask_and_construct():
    assert kg("query", SMALL, "ASK { ?r ewp:partOf+ ?p }").stdout == "true\n"
    result = kg("query", SMALL, "CONSTRUCT { ?a ewp:funds ?b } WHERE { ?a ewp:funds ?b }")
    assert result.exit_code == 0
    assert len(list(ox.parse(result.stdout.encode(), ox.RdfFormat.TURTLE))) == 4


def test_query_cli_invalid_rq_file_exit_2_names_the_file(tmp_path):
    rq = tmp_path / "broken.rq"
    rq.write_text("SELECT ?x WHERE { ?x ewp:funds \n", encoding="utf-8")
    result = kg("query", SMALL, rq)
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"Error: invalid SPARQL in {rq}: error at ")


def test_query_cli_invalid_inline_query_exit_2():
    result = kg("query", SMALL, "SELECT ?x WHERE {")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: invalid SPARQL in the query given: ")
    assert len(result.stderr.strip().splitlines()) == 1


def test_query_cli_unknown_query_name_lists_the_bundled_ones():
    result = kg("query", SMALL, "pairing")
    assert result.exit_code == 2
    assert "no query file or bundled query named 'pairing'" in result.stderr
    assert "pairings" in result.stderr


def test_query_cli_missing_or_broken_graph_exit_2(tmp_path):
    assert kg("query", tmp_path / "nope.ttl", "pairings").exit_code == 2
    bad = tmp_path / "bad.ttl"
    bad.write_text("<http://a> <http://b> .", encoding="utf-8")
    result = kg("query", bad, "pairings")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: cannot read the graph {bad}: ")


def test_query_store_directory_gives_the_same_rows_as_the_turtle(tmp_path):
    store_dir = tmp_path / "store"
    assert load_into_store(store_dir, [SMALL]) == len(list(ox.parse(path=str(SMALL))))
    for name in ("funding-by-year", "part-of-shaanxi", "west-multi-partners"):
        result = kg("query", store_dir, name, "--format", "csv")
        assert result.exit_code == 0
        assert result.stdout == kg("query", SMALL, name, "--format", "csv").stdout


def test_query_store_accepts_rdflib_graphs_and_named_graphs(tmp_path):
    import rdflib

    graph = rdflib.Graph().parse(SMALL)
    store = open_store(tmp_path / "s")
    load_into_store(store, [graph], graph="https://w3id.org/ewp-kg/graph/data")
    assert [g.value for g in store.named_graphs()] == ["https://w3id.org/ewp-kg/graph/data"]
    # named graphs are queried as one default graph
    assert run_query(store, "part-of-shaanxi").records()[0]["region"] == "汉滨区"


def test_query_trig_dataset_is_queried_as_a_union(tmp_path):
    quads = [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode("https://w3id.org/ewp-kg/graph/data"))
             for t in ox.parse(path=str(SMALL))]
    trig = tmp_path / "all.trig"
    trig.write_bytes(ox.serialize(quads, format=ox.RdfFormat.TRIG))
    assert kg("query", trig, "staff-sent").stdout == kg("query", SMALL, "staff-sent").stdout


@pytest.mark.parametrize("name", ["pairings", "funding-by-year"])
def test_query_cli_help_lists_bundled_queries(name):
    assert name in kg("query", "--help").stdout
