"""kg build --store: the on-disk store holds the same graph as the in-memory build, and rebuilds incrementally."""
from __future__ import annotations

import os
import shutil
import time
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
    assert "store: 0 extracted, 5 unchanged (" in second.output and "), 0 removed" in second.output


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


# ---------------------------------------------------------------- files not read again


@pytest.fixture
def settled(monkeypatch):
    """Files count as settled at once, as they do two seconds after their last change."""
    import kg.ingest

    monkeypatch.setattr(kg.ingest, "RACY_NS", 0)


def _opened(monkeypatch) -> list[str]:
    """Record the display name of every input the build opens."""
    import kg.ingest

    opened: list[str] = []
    real = kg.ingest._read_input

    def reading(inp, *args, **kwargs):
        opened.append(inp.display)
        return real(inp, *args, **kwargs)

    monkeypatch.setattr(kg.ingest, "_read_input", reading)
    return opened


def test_scale_store_rebuild_does_not_read_unchanged_files(corpus, tmp_path, monkeypatch, settled):
    _build(corpus, tmp_path)
    opened = _opened(monkeypatch)
    extracted = _extracted(monkeypatch)
    summary = _build(corpus, tmp_path)
    assert (opened, extracted) == ([], [])
    stats = summary.store_stats
    assert (summary.articles, stats.read, stats.unchanged, stats.files_unread, stats.removed) == (5, 5, 5, 5, 0)
    _assert_same(api.build_graph([str(corpus)]), _store_graph(tmp_path / "store"))


def test_scale_store_reads_a_file_edited_in_place_to_the_same_size_and_time(corpus, tmp_path, monkeypatch, settled):
    _build(corpus, tmp_path)
    target = sorted(corpus.glob("*.txt"))[0]
    text = target.read_text(encoding="utf-8")
    edited = text.replace("帮扶", "协作", 1)
    assert edited != text and len(edited.encode()) == len(text.encode())
    before = target.stat()
    target.write_text(edited, encoding="utf-8")
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))  # only the change time tells
    opened = _opened(monkeypatch)
    summary = _build(corpus, tmp_path)
    assert opened == [str(target)]
    assert (summary.store_stats.extracted, summary.store_stats.files_unread) == (1, 4)
    _assert_same(api.build_graph([str(corpus)]), _store_graph(tmp_path / "store"))


def test_scale_store_reads_again_files_changed_just_before_they_were_read(corpus, tmp_path, monkeypatch):
    # default RACY_NS: a file whose times are within two seconds of being read is not trusted next time
    future = time.time_ns() + 60 * 10**9
    target = sorted(corpus.glob("*.txt"))[0]
    os.utime(target, ns=(future, future))
    _build(corpus, tmp_path)
    opened = _opened(monkeypatch)
    _build(corpus, tmp_path)
    assert str(target) in opened


def test_scale_store_reads_again_a_file_with_a_bad_line_and_reports_it(corpus, tmp_path, monkeypatch, settled):
    (corpus / "feed.jsonl").write_text('{"id": "j1", "text": "武进区与汉滨区结对帮扶。"}\nnot json\n', encoding="utf-8")
    first = _build(corpus, tmp_path)
    feed = str(corpus / "feed.jsonl")
    assert [(s.source, s.line) for s in first.skipped] == [(feed, 2)]
    opened = _opened(monkeypatch)
    second = _build(corpus, tmp_path)
    assert opened == [feed]
    assert [(s.source, s.line) for s in second.skipped] == [(feed, 2)]
    assert second.store_stats.read == 6


def test_scale_store_unread_file_keeps_its_ids_against_a_new_duplicate(corpus, tmp_path, monkeypatch, settled):
    _build(corpus, tmp_path)
    first = sorted(corpus.glob("*.txt"))[0]
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / first.name).write_text("2023年，江苏省常州市武进区与陕西省安康市汉滨区结对帮扶。\n", encoding="utf-8")
    # the corpus file comes first and is not read again: the new file with its id is the duplicate
    summary = api.build([str(corpus), str(extra)], tmp_path / "out", store=tmp_path / "store", quiet=True)
    assert [s.source for s in summary.skipped] == [str(extra / first.name)]
    _assert_same(api.build_graph([str(corpus), str(extra)]), _store_graph(tmp_path / "store"))
    # the new file first: it takes the id, the corpus file is read and skipped as the duplicate
    opened = _opened(monkeypatch)
    summary = api.build([str(extra), str(corpus)], tmp_path / "out", store=tmp_path / "store", quiet=True)
    assert str(first) in opened
    _assert_same(api.build_graph([str(extra), str(corpus)]), _store_graph(tmp_path / "store"))


def test_scale_store_forgets_deleted_files(corpus, tmp_path, settled):
    _build(corpus, tmp_path)
    gone = sorted(corpus.glob("*.txt"))[-1]
    gone.unlink()
    summary = _build(corpus, tmp_path)
    assert (summary.store_stats.removed, summary.store_stats.files_unread) == (1, 4)
    _assert_same(api.build_graph([str(corpus)]), _store_graph(tmp_path / "store"))
    store = GraphStore(tmp_path / "store")
    try:
        paths = [p for (p,) in store.db.execute("SELECT path FROM files")]
    finally:
        store.close()
    assert len(paths) == 4 and os.path.abspath(gone) not in paths


def test_scale_store_compacts_after_a_first_build_and_when_rewrites_add_up(corpus, tmp_path, monkeypatch, settled):
    import kg.scale

    assert _build(corpus, tmp_path).store_stats.compacted  # the first build writes everything
    assert not _build(corpus, tmp_path).store_stats.compacted  # nothing written since
    target = sorted(corpus.glob("*.txt"))[0]
    target.write_text(target.read_text(encoding="utf-8") + "\n武进区向汉滨区捐赠资金100万元。\n", encoding="utf-8")
    monkeypatch.setattr(kg.scale, "COMPACT_SHARE", 10.0)  # one changed article is far below it
    assert not _build(corpus, tmp_path).store_stats.compacted
    target.write_text(target.read_text(encoding="utf-8") + "\n武进区向汉滨区捐赠资金200万元。\n", encoding="utf-8")
    monkeypatch.setattr(kg.scale, "COMPACT_SHARE", 0.01)  # the two rebuilds' writes together are above it
    summary = _build(corpus, tmp_path)
    assert summary.store_stats.compacted
    _assert_same(api.build_graph([str(corpus)]), _store_graph(tmp_path / "store"))


def test_scale_store_leaves_out_an_article_extraction_fails_on_and_retries_it(corpus, tmp_path, monkeypatch, settled):
    from kg.relations import RelationExtractor

    real = RelationExtractor.extract

    def failing(self, original, *args, **kwargs):
        if "故障" in original:
            raise ValueError("a bug")
        return real(self, original, *args, **kwargs)

    (corpus / "bad.txt").write_text("故障。武进区与汉滨区结对帮扶。", encoding="utf-8")
    with monkeypatch.context() as patch:
        patch.setattr(RelationExtractor, "extract", failing)
        first = _build(corpus, tmp_path)
    assert [s.source for s in first.skipped] == ["bad.txt"]
    assert (first.store_stats.extracted, first.store_stats.failed) == (5, 1)
    second = _build(corpus, tmp_path)  # the bug fixed: the article is read and extracted again
    assert not second.skipped
    assert (second.store_stats.extracted, second.store_stats.unchanged, second.store_stats.failed) == (1, 5, 0)
    _assert_same(api.build_graph([str(corpus)]), _store_graph(tmp_path / "store"))
