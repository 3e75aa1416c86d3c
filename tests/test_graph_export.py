"""Turtle export: two parsers, determinism, golden file, atomic writes, hostile text.

Regenerate the golden file after an intended change with
``KG_UPDATE_GOLDEN=1 python -m pytest tests/test_graph_export.py`` and review the diff.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg import export
from kg.graph import GraphBuilder
from kg.model import Article, ArticleResult, Entity, Relation

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "data" / "golden" / "small.ttl"


def parse_both(text: str) -> tuple[Graph, int]:
    """Parse Turtle with rdflib and pyoxigraph; return the rdflib graph and pyoxigraph's triple count."""
    graph = Graph().parse(data=text, format="turtle")
    quads = list(pyoxigraph.parse(text.encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE))
    return graph, len(quads)


def readable_diff(expected: Graph, actual: Graph) -> str:
    _both, only_expected, only_actual = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
    lines = ["only in expected:"] + sorted(f"  {t}" for t in only_expected.serialize(format="nt").splitlines() if t)
    lines += ["only in actual:"] + sorted(f"  {t}" for t in only_actual.serialize(format="nt").splitlines() if t)
    return "\n".join(lines)


def test_graph_export_turtle_parses_in_rdflib_and_pyoxigraph(small_graph):
    text = export.to_turtle(small_graph)
    parsed, count = parse_both(text)
    assert count == len(small_graph) == len(parsed)
    assert isomorphic(parsed, small_graph), readable_diff(small_graph, parsed)


def test_graph_export_byte_identical_twice(graph_articles, tmp_path):
    paths = []
    for run in range(2):
        builder = GraphBuilder()
        for result in graph_articles:
            builder.add(result)
        paths.append(export.write_turtle(builder.graph, tmp_path / f"run{run}.ttl"))
    assert paths[0].read_bytes() == paths[1].read_bytes()


SCRIPT = """
import sys
sys.path.insert(0, {tests!r})
from graph_fixtures import article_a, article_b
from kg.graph import GraphBuilder
from kg.export import to_turtle
b = GraphBuilder()
for r in (article_b(), article_a()) if sys.argv[1] == "reversed" else (article_a(), article_b()):
    b.add(r)
sys.stdout.buffer.write(to_turtle(b.graph).encode("utf-8"))
"""


def test_graph_export_byte_identical_across_processes_and_orders():
    """Different hash seeds and article orders give the same bytes (no hash(), no counters)."""
    outputs = set()
    for seed, order in (("1", "forward"), ("2", "reversed"), ("random", "forward")):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        done = subprocess.run([sys.executable, "-c", SCRIPT.format(tests=str(ROOT / "tests")), order],
                              capture_output=True, env=env, check=True, cwd=ROOT)
        outputs.add(done.stdout)
    assert len(outputs) == 1 and next(iter(outputs)).startswith(b"@prefix")


def test_graph_export_matches_golden_file(small_graph):
    text = export.to_turtle(small_graph)
    if os.environ.get("KG_UPDATE_GOLDEN"):
        export.atomic_write_text(GOLDEN, text)
    expected = Graph().parse(GOLDEN, format="turtle")
    assert isomorphic(expected, small_graph), readable_diff(expected, small_graph)
    assert GOLDEN.read_text(encoding="utf-8") == text


def test_graph_export_refuses_blank_nodes():
    g = Graph()
    g.add((BNode(), URIRef("https://example.org/p"), Literal("x")))
    with pytest.raises(ValueError, match="blank node"):
        export.to_turtle(g)


def test_graph_export_write_all_writes_graph_ontology_shapes(small_graph, tmp_path):
    paths = export.write_all(small_graph, tmp_path / "out")
    assert [p.name for p in paths] == ["graph.ttl", "ontology.ttl", "shapes.ttl"]
    assert all(p.is_file() for p in paths)
    assert (tmp_path / "out" / "ontology.ttl").read_bytes() == (ROOT / "ontology" / "ewp.ttl").read_bytes()
    assert (tmp_path / "out" / "shapes.ttl").read_bytes() == (ROOT / "ontology" / "shapes.ttl").read_bytes()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["graph.ttl", "ontology.ttl", "shapes.ttl"]


def test_graph_export_atomic_write_removes_temp_file_on_failure(tmp_path, monkeypatch):
    target = tmp_path / "graph.ttl"
    target.write_text("old", encoding="utf-8")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(export.os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        export.atomic_write_text(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_graph_export_atomic_write_bytes(tmp_path):
    path = export.atomic_write_bytes(tmp_path / "sub" / "x.bin", b"\x00\xff")
    assert path.read_bytes() == b"\x00\xff"
    assert [p.name for p in path.parent.iterdir()] == ["x.bin"]


# ---------------------------------------------------------------- hostile text

# Any Unicode text except surrogates (not encodable as UTF-8, so never in a decoded article).
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)


@settings(max_examples=int(os.environ.get("KG_HYPOTHESIS_EXAMPLES", "60")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=TEXT, alias=TEXT, evidence=TEXT, key=TEXT, title=TEXT, source=TEXT)
def test_graph_export_arbitrary_text_gives_valid_turtle(name, alias, evidence, key, title, source):
    text = evidence + "\n" + name
    article = Article(doc_id=source, text=text, source=source, title=title, url=alias, date=alias)
    head, tail = "org:" + key, "region:" + name
    entities = {
        head: Entity(head, "ORGANIZATION", name, {alias}, {"region": tail}),
        tail: Entity(tail, "REGION", alias, {name}, {"level": "zone", "qualified": key}),
    }
    relation = Relation("funds", head, tail, evidence, 0, len(evidence), year=alias, kind=name)
    builder = GraphBuilder()
    builder.add(ArticleResult(article, entities, [relation]))
    turtle = export.to_turtle(builder.graph)
    parsed, count = parse_both(turtle)
    assert count == len(builder.graph)
    assert isomorphic(parsed, builder.graph)
    for term in {t for triple in parsed for t in triple if isinstance(t, URIRef)}:
        assert term.isascii() and not set(term) & set("%] ")
    assert Literal(evidence, lang="zh") in set(parsed.objects())


@pytest.mark.skipif(shutil.which("rapper") is None, reason="rapper (raptor2-utils) not installed; .ci/run installs it")
def test_graph_export_turtle_parses_in_raptor(small_graph, tmp_path):
    path = export.write_turtle(small_graph, tmp_path / "graph.ttl")
    done = subprocess.run(["rapper", "-q", "-i", "turtle", "-o", "ntriples", str(path)],
                          capture_output=True, check=True)
    lines = [line for line in done.stdout.decode("utf-8").splitlines() if line.strip()]
    assert len(lines) == len(small_graph)


def test_graph_export_atomic_write_uses_umask_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        path = export.atomic_write_text(tmp_path / "graph.ttl", "x")
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o644
