"""SHACL shapes and `kg validate`: good data conforms, broken data is reported, bad files exit 2."""
from __future__ import annotations

import pytest
from click.testing import CliRunner
from rdflib import Literal
from rdflib import namespace as ns

from kg import export
from kg.cli import cli
from kg.namespace import EWP
from kg.validate import validate_graph

RDF, RDFS, PROV = ns.RDF, ns.RDFS, ns.PROV


def first(graph, cls):
    return sorted(graph.subjects(RDF.type, cls))[0]


def test_validate_good_graph_conforms(small_graph):
    report = validate_graph(small_graph)
    assert report.conforms, report.text
    assert report.violations == 0


# (what to break, how, the shape whose message must appear)
BREAKAGES = (
    ("funding without provenance", lambda g: g.remove((first(g, EWP.Funding), PROV.wasDerivedFrom, None)),
     "prov:wasDerivedFrom"),
    ("funding without evidence", lambda g: g.remove((first(g, EWP.Funding), EWP.evidence, None)), "ewp:evidence"),
    ("secondment without offsets", lambda g: g.remove((first(g, EWP.Secondment), EWP.startOffset, None)),
     "ewp:startOffset"),
    ("offsets reversed", lambda g: g.set((first(g, EWP.Pairing), EWP.startOffset, Literal(10 ** 6))), "ewp:startOffset"),
    ("pairing with one partner", lambda g: g.remove((first(g, EWP.Pairing), EWP.partner,
                                                     sorted(g.objects(first(g, EWP.Pairing), EWP.partner))[0])),
     "exactly two"),
    ("funding without recipient", lambda g: g.remove((first(g, EWP.Funding), EWP.recipient, None)), "ewp:recipient"),
    ("secondment without sender", lambda g: g.remove((first(g, EWP.Secondment), EWP.sender, None)), "ewp:sender"),
    ("region without level", lambda g: g.remove((first(g, EWP.Region), EWP.level, None)), "ewp:level"),
    ("label not @zh", lambda g: g.set((first(g, EWP.Hospital), RDFS.label, Literal("hospital"))), "@zh"),
    ("document without hash", lambda g: g.remove((first(g, EWP.Document), EWP.contentHash, None)), "ewp:contentHash"),
    ("amount as string", lambda g: g.set((first(g, EWP.Funding), EWP.amountCNY, Literal("100"))), "ewp:amountCNY"),
)


@pytest.mark.parametrize("what,breaks,message", BREAKAGES, ids=[b[0] for b in BREAKAGES])
def test_validate_broken_graph_does_not_conform(small_graph, what, breaks, message):
    breaks(small_graph)
    report = validate_graph(small_graph)
    assert not report.conforms
    assert report.violations >= 1
    assert message in report.text


def test_validate_cli_exit_0_on_conforming_graph(small_graph, tmp_path):
    path = export.write_turtle(small_graph, tmp_path / "graph.ttl")
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == f"{path}: conforms to the shapes\n"


def test_validate_cli_exit_1_prints_report(small_graph, tmp_path):
    small_graph.remove((first(small_graph, EWP.Funding), PROV.wasDerivedFrom, None))
    path = export.write_turtle(small_graph, tmp_path / "graph.ttl")
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 1
    assert "Conforms: False" in result.stdout and "wasDerivedFrom" in result.stdout
    assert result.stderr == f"{path}: 1 violation(s) of the shapes\n"


@pytest.mark.parametrize("content,expected", [
    (None, "no such file"),
    ("@prefix broken <", "cannot be parsed as turtle"),
])
def test_validate_cli_exit_2_names_the_file(tmp_path, content, expected):
    path = tmp_path / "graph.ttl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert str(path) in result.stderr and expected in result.stderr
    assert "kg build" in result.stderr


def test_validate_cli_custom_shapes_and_help(small_graph, tmp_path):
    path = export.write_turtle(small_graph, tmp_path / "graph.ttl")
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        "@prefix ewp: <https://w3id.org/ewp-kg/ontology#> .\n"
        "<urn:s> a sh:NodeShape ; sh:targetClass ewp:Funding ; "
        "sh:property [ sh:path ewp:amountCNY ; sh:maxInclusive 1000 ] .\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", "--shapes", str(shapes), str(path)])
    assert result.exit_code == 1
    help_text = CliRunner().invoke(cli, ["validate", "--help"]).output
    assert "Exit codes" in help_text and "kg validate exports/graph.ttl" in help_text
