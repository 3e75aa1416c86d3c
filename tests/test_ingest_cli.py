"""`kg build` over bad inputs: exit codes, skipped.json, --max-bytes, -q/-v.

Extraction is replaced by a stub (each article gives an empty result) so
these tests check the reading side of a build only.
"""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.ingest import HINTS
from kg.model import ArticleResult

TEXT = "和平区帮扶会宁县财政资金5590万元。"


@pytest.fixture
def no_extraction(monkeypatch):
    """Replace the extraction stage: one empty ArticleResult per article, recorded."""
    from kg import api

    seen = []

    def extract(articles, jobs=1, **options):
        for article in articles:
            seen.append(article)
            yield ArticleResult(article=article)

    monkeypatch.setattr(api, "extract", extract)
    return seen


def run(*args, input=None):
    return CliRunner().invoke(cli, ["build", *map(str, args)], input=input, catch_exceptions=False)


def test_build_help_documents_exit_codes_and_max_bytes():
    result = run("--help")
    assert result.exit_code == 0
    for text in ("Exit codes:", "0  every input was read", "1  the build finished but some inputs were skipped",
                 "2  usage error or nothing could be built", "--max-bytes", "-q, --quiet", "-v, --verbose"):
        assert text in result.output


def test_build_all_good_exits_0(tmp_path, no_extraction):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TEXT, encoding="utf-8")
    result = run(tmp_path / "in", "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "out" / "skipped.json").read_text(encoding="utf-8")) == []
    assert [a.doc_id for a in no_extraction] == ["a"]


def test_build_with_bad_inputs_exits_1_and_reports_them(tmp_path, no_extraction):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(TEXT, encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    (src / "bin.txt").write_bytes(b"\x00\x01\x02")
    (src / "d.jsonl").write_text('{"id": "j1", "text": "一"}\n{"id": \n', encoding="utf-8")
    result = run(src, "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert [a.doc_id for a in no_extraction] == ["a", "j1"]
    report = json.loads((tmp_path / "out" / "skipped.json").read_text(encoding="utf-8"))
    assert [(r["source"], r["line"]) for r in report] == [(str(src / "bin.txt"), None), (str(src / "d.jsonl"), 2),
                                                          (str(src / "empty.txt"), None)]
    assert all(r["reason"] and r["hint"] for r in report)
    # Each skip is printed as one line as it happens, naming the file.
    assert f"skipped {src / 'empty.txt'}: empty (0 bytes); {HINTS['empty']}" in result.stderr.splitlines()
    assert f"skipped {src / 'd.jsonl'}:2: invalid JSON" in result.stderr


def test_build_quiet_prints_nothing(tmp_path, no_extraction):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = run(tmp_path / "a.txt", tmp_path / "empty.txt", "--out", tmp_path / "out", "-q")
    assert result.exit_code == 1
    assert result.stderr == "" and result.stdout == ""


def test_build_verbose_reports_encoding(tmp_path, no_extraction):
    (tmp_path / "g.txt").write_bytes(TEXT.encode("gbk"))
    result = run(tmp_path / "g.txt", "--out", tmp_path / "out", "-v")
    assert result.exit_code == 0
    assert f"read {tmp_path / 'g.txt'}: 1 article(s), encoding gb18030" in result.stderr


def test_build_nothing_readable_exits_2_and_writes_nothing(tmp_path, no_extraction):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run(tmp_path / "empty.txt", tmp_path / "missing.txt", "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert "no article could be read" in result.stderr
    assert not (tmp_path / "out").exists()


def test_build_max_bytes_is_passed_to_ingest(tmp_path, no_extraction):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "big.txt").write_text(TEXT * 100, encoding="utf-8")
    result = run(tmp_path, "--out", tmp_path / "out", "--max-bytes", "1K")
    assert result.exit_code == 1
    assert [a.doc_id for a in no_extraction] == ["a"]
    assert "big.txt: too large" in result.stderr and "limit 1.0 KB" in result.stderr


def test_build_rejects_bad_max_bytes(tmp_path):
    result = run(tmp_path, "--max-bytes", "lots")
    assert result.exit_code == 2
    assert "Invalid value for '--max-bytes'" in result.stderr


def test_build_reads_stdin(tmp_path, no_extraction):
    data = json.dumps({"id": "s1", "text": TEXT}, ensure_ascii=False) + "\n"
    result = run("-", "--out", tmp_path / "out", input=data.encode("utf-8"))
    assert result.exit_code == 0, result.output
    assert [(a.doc_id, a.source) for a in no_extraction] == [("s1", "<stdin>")]


@pytest.fixture
def failing_relations(monkeypatch):
    """Make the relation stage raise on any article containing 故障 (standing in for a bug met on one article)."""
    from kg.relations import RelationExtractor

    real = RelationExtractor.extract

    def extract(self, original, *args, **kwargs):
        if "故障" in original:
            raise IndexError("list index out of range")
        return real(self, original, *args, **kwargs)

    monkeypatch.setattr(RelationExtractor, "extract", extract)


def test_build_goes_on_past_an_article_extraction_fails_on(tmp_path, failing_relations):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(TEXT, encoding="utf-8")
    (src / "b.txt").write_text("故障" + TEXT, encoding="utf-8")
    (src / "c.txt").write_text("武进区与汉滨区结对帮扶。", encoding="utf-8")
    result = run(src, "--out", tmp_path / "out")
    assert result.exit_code == 1, result.output
    skipped = json.loads((tmp_path / "out" / "skipped.json").read_text(encoding="utf-8"))
    assert [s["source"] for s in skipped] == ["b.txt"]  # as the graph names its source (prov), inside the folder
    assert skipped[0]["reason"].startswith("extraction failed on article 'b': IndexError: list index out of range (kg/")
    assert skipped[0]["hint"] == HINTS["bug"]
    assert "skipped b.txt: extraction failed" in result.output
    graph = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "会宁县" in graph and "汉滨区" in graph  # the articles before and after it were built
