"""kg build --store: the on-disk store holds the same graph as the in-memory build, and rebuilds incrementally."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg import api
from kg.scale import GraphStore

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def _store_graph(store_dir: Path):
    store = GraphStore(store_dir)
    try:
        return store.to_rdflib()
    finally:
        store.close()


def _assert_same(expected, got) -> None:
    if not isomorphic(expected, got):
        _both, only_expected, only_got = graph_diff(to_isomorphic(expected), to_isomorphic(got))
        lines = [f"- {t}" for t in sorted(only_expected)[:20]] + [f"+ {t}" for t in sorted(only_got)[:20]]
        pytest.fail("store and in-memory graphs differ:\n" + "\n".join(lines))


@pytest.fixture
def corpus(tmp_path) -> Path:
    """A copy of the seeds that tests may change."""
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    return folder


def _build(corpus: Path, tmp_path: Path, **options):
    return api.build([str(corpus)], tmp_path / "out", store=tmp_path / "store", quiet=True, **options)


def _extracted(monkeypatch) -> list[str]:
    """Record the doc_id of every article that reaches the extraction."""
    seen: list[str] = []
    real = api.extract

    def counting(articles, *args, **kwargs):
        def tap():
            for article in articles:
                seen.append(article.doc_id)
                yield article

        return real(tap(), *args, **kwargs)

    monkeypatch.setattr(api, "extract", counting)
    return seen


def test_scale_store_build_equals_in_memory_build_on_seeds(corpus, tmp_path):
    summary = _build(corpus, tmp_path)
    _assert_same(api.build_graph([str(corpus)]), _store_graph(tmp_path / "store"))
    assert summary.store_stats.extracted == 5


def test_scale_store_turtle_export_is_the_same_graph(corpus, tmp_path):
    from rdflib import Graph

    _build(corpus, tmp_path)
    exported = Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    _assert_same(api.build_graph([str(corpus)]), exported)


def test_scale_store_queries_match_the_turtle_build(corpus, tmp_path):
    from kg.query import bundled_queries, run_query

    _build(corpus, tmp_path)
    api.build([str(corpus)], tmp_path / "mem", quiet=True)
    for name in bundled_queries():
        from_store = run_query(tmp_path / "store", name).records()
        from_turtle = run_query(tmp_path / "mem" / "graph.ttl", name).records()
        assert from_store == from_turtle, name


def test_scale_store_rebuild_skips_unchanged_articles(corpus, tmp_path, monkeypatch):
    _build(corpus, tmp_path)
    extracted = _extracted(monkeypatch)
    summary = _build(corpus, tmp_path)
    assert extracted == []
    assert (summary.store_stats.unchanged, summary.store_stats.extracted) == (5, 0)
    _assert_same(api.build_graph([str(corpus)]), _store_graph(tmp_path / "store"))


def test_scale_store_rebuild_reflects_a_changed_article(corpus, tmp_path, monkeypatch):
    _build(corpus, tmp_path)
    before = _store_graph(tmp_path / "store")
    changed = sorted(corpus.glob("*.txt"))[0]
    old_text = changed.read_text(encoding="utf-8")
    changed.write_text("武进区向汉滨区捐赠资金500万元。\n", encoding="utf-8")
    extracted = _extracted(monkeypatch)
    _build(corpus, tmp_path)
    assert extracted == [changed.stem]
    after = _store_graph(tmp_path / "store")
    _assert_same(api.build_graph([str(corpus)]), after)
    # the old article's document node is gone, the new one is there
    from kg.graph import document_iri
    from kg.model import Article

    old_doc = document_iri(Article(doc_id=changed.stem, text=old_text, source=""))
    new_doc = document_iri(Article(doc_id=changed.stem, text="武进区向汉滨区捐赠资金500万元。\n", source=""))
    assert (old_doc, None, None) in before and (old_doc, None, None) not in after
    assert (new_doc, None, None) in after


def test_scale_store_adding_one_article_adds_only_what_it_states(corpus, tmp_path):
    from rdflib import Graph

    _build(corpus, tmp_path)
    before = _store_graph(tmp_path / "store")
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "new.txt").write_text("2023年，江苏省常州市武进区与陕西省安康市汉滨区结对帮扶。\n", encoding="utf-8")
    api.build([str(corpus), str(extra)], tmp_path / "out", store=tmp_path / "store", quiet=True)
    after = _store_graph(tmp_path / "store")
    _assert_same(api.build_graph([str(corpus), str(extra)]), after)
    # what the new article alone states, built in memory, covers everything that was added
    alone = api.build_graph([str(extra)])
    added = Graph()
    for triple in set(after) - set(before):
        added.add(triple)
    assert added, "the new article added nothing"
    subjects_alone = set(alone.subjects())
    assert {s for s, _p, _o in added} <= subjects_alone | set(before.subjects())


def test_scale_store_removes_articles_no_longer_given(corpus, tmp_path):
    _build(corpus, tmp_path)
    gone = sorted(corpus.glob("*.txt"))[-1]
    gone.unlink()
    summary = _build(corpus, tmp_path)
    assert summary.store_stats.removed == 1
    _assert_same(api.build_graph([str(corpus)]), _store_graph(tmp_path / "store"))


def test_scale_store_cli_reports_what_it_did(corpus, tmp_path):
    from click.testing import CliRunner

    from kg.cli import cli

    args = ["build", str(corpus), "--out", str(tmp_path / "out"), "--store", str(tmp_path / "store"), "--no-turtle"]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0, first.output
    assert not (tmp_path / "out" / "graph.ttl").exists()
    second = CliRunner().invoke(cli, args)
    assert "store: 0 extracted, 5 unchanged, 0 removed" in second.output


def test_scale_store_two_jobs_give_the_same_graph(tmp_path, monkeypatch):
    import kg.scale

    corpus = [str(SEEDS), str(ROOT / "tests" / "data" / "probe2")]
    # small tasks, so that the nodes are described by the worker processes, several tasks each
    monkeypatch.setattr(kg.scale, "DESCRIBE_CHUNK", 16)
    summary = api.build(corpus, tmp_path / "out", store=tmp_path / "store", quiet=True, jobs=2)
    assert summary.store_stats.nodes_derived > 4 * 16
    _assert_same(api.build_graph(corpus), _store_graph(tmp_path / "store"))


def test_scale_store_one_text_from_two_sources_is_one_document(corpus, tmp_path):
    first = sorted(corpus.glob("*.txt"))[0]
    (corpus / "copy-of-first.txt").write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    _build(corpus, tmp_path)
    _assert_same(api.build_graph([str(corpus)]), _store_graph(tmp_path / "store"))
    # and when the copy goes, the document node is the first source's alone again
    (corpus / "copy-of-first.txt").unlink()
    _build(corpus, tmp_path)
    _assert_same(api.build_graph([str(corpus)]), _store_graph(tmp_path / "store"))
