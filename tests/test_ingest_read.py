"""kg.ingest: formats, encodings, bad inputs and stdin.

Every fixture is written into tmp_path by the test that uses it.
"""
from __future__ import annotations

import io
import json
import sys

import pytest

from kg.ingest import DEFAULT_MAX_BYTES, HINTS, Skipped, decode_bytes, iter_articles, parse_size

SIMPLIFIED = "和平区帮扶会宁县财政资金5590万元，实施产业开发、劳务协作等29个项目。"
TRADITIONAL = "和平區幫扶會寧縣財政資金5590萬元，實施產業開發、勞務協作等29個項目。"


def read(sources, **kwargs):
    """(articles, skipped) of iter_articles over ``sources``."""
    skipped: list[Skipped] = []
    articles = list(iter_articles([str(s) for s in sources], on_skip=skipped.append, **kwargs))
    return articles, skipped


def one_skip(skipped, name):
    found = [s for s in skipped if s.source.endswith(name)]
    assert len(found) == 1, [s.format() for s in skipped]
    return found[0]


# ---------------------------------------------------------------- formats


def test_ingest_txt_single_file_uses_stem_and_name(tmp_path):
    (tmp_path / "a1.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (articles, skipped) = read([tmp_path / "a1.txt"])
    assert skipped == []
    [article] = articles
    assert (article.doc_id, article.source, article.text, article.encoding) == ("a1", "a1.txt", SIMPLIFIED, "utf-8")


def test_ingest_folder_is_walked_recursively_in_sorted_order(tmp_path):
    for rel in ["b.txt", "a/z.txt", "a/b/c.txt", "a-c.txt", "C.TXT"]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{rel} 会宁县", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("hidden", encoding="utf-8")
    articles, skipped = read([tmp_path])
    assert skipped == []  # unknown types and hidden folders are ignored silently
    assert [a.source for a in articles] == ["C.TXT", "a/b/c.txt", "a/z.txt", "a-c.txt", "b.txt"]
    assert all(a.text.startswith(a.source) for a in articles)


def test_ingest_explicit_file_of_unknown_type_is_read_as_text(tmp_path):
    (tmp_path / "article.md").write_text(SIMPLIFIED, encoding="utf-8")
    articles, skipped = read([tmp_path / "article.md"])
    assert skipped == [] and [a.text for a in articles] == [SIMPLIFIED]


PAGE = """<!DOCTYPE html><html><head><meta charset="{charset}"><title>Huining County Government</title>
<link rel="canonical" href="http://www.example.gov.cn/art/2024/2/13/1.html">
<meta property="article:published_time" content="2024-02-13">
<script>document.write("SCRIPT-TEXT");</script><style>.x{{color:red}}</style></head>
<body><h1>跨越山海情相系</h1><div class="article"><p>{p1}</p><p>{p2}</p></div></body></html>"""


@pytest.mark.parametrize("charset, codec", [("utf-8", "utf-8"), ("gb2312", "gbk"), ("big5", "big5")])
def test_ingest_html_gives_body_text_title_url_date(tmp_path, charset, codec):
    p1, p2 = (TRADITIONAL, "天津市8名優秀教師來到會寧。") if codec == "big5" else (SIMPLIFIED, "天津市8名优秀教师来到会宁。")
    (tmp_path / "page.html").write_bytes(PAGE.format(charset=charset, p1=p1, p2=p2).encode(codec))
    articles, skipped = read([tmp_path])
    assert skipped == []
    [article] = articles
    assert p1 in article.text and p2 in article.text
    assert "SCRIPT" not in article.text and "color" not in article.text
    assert article.title == "跨越山海情相系"
    assert article.url == "http://www.example.gov.cn/art/2024/2/13/1.html"
    assert article.date == "2024-02-13"
    assert article.doc_id == "page"


def test_ingest_html_without_date_metadata_does_not_guess_one(tmp_path):
    page = f"<html><body><article><p>{SIMPLIFIED}</p><p>2023年，两地签订协议。</p></article></body></html>"
    (tmp_path / "p.htm").write_text(page, encoding="utf-8")
    [article], _ = read([tmp_path])
    assert article.date is None


def test_ingest_html_falls_back_to_lxml_text(tmp_path, monkeypatch):
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: None)
    page = f"<html><head><title>标题</title><script>var s = '脚本';</script></head><body><p>{SIMPLIFIED}</p></body></html>"
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    [article], skipped = read([tmp_path])
    assert skipped == []
    assert article.text == SIMPLIFIED and article.title == "标题"


def test_ingest_html_with_xml_declaration(tmp_path):
    page = f'<?xml version="1.0" encoding="utf-8"?>\n<html><body><div><p>{SIMPLIFIED}</p></div></body></html>'
    (tmp_path / "x.html").write_text(page, encoding="utf-8")
    [article], skipped = read([tmp_path])
    assert SIMPLIFIED in article.text and skipped == []


def test_ingest_jsonl_reads_fields_and_line_numbers(tmp_path):
    rows = [
        {"id": "n1", "text": SIMPLIFIED, "title": "标题", "url": "http://x.cn/1", "date": "2024-02-13"},
        {"id": 2, "text": "第二篇"},
    ]
    (tmp_path / "dump.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n", encoding="utf-8")
    articles, skipped = read([tmp_path / "dump.jsonl"])
    assert skipped == []
    assert [(a.doc_id, a.line, a.source) for a in articles] == [("n1", 1, "dump.jsonl"), ("2", 2, "dump.jsonl")]
    assert (articles[0].title, articles[0].url, articles[0].date) == ("标题", "http://x.cn/1", "2024-02-13")
    assert articles[1].title is None


def test_ingest_jsonl_bad_lines_in_the_middle_are_reported_and_the_rest_read(tmp_path):
    lines = [
        json.dumps({"id": "ok1", "text": "一"}),
        '{"id": "broken", "text": "二"',  # line 2: truncated
        json.dumps({"text": "no id"}),  # line 3
        json.dumps({"id": "t", "text": 5}),  # line 4
        json.dumps(["not", "an", "object"]),  # line 5
        json.dumps({"id": "ok2", "text": "六"}),  # line 6
    ]
    (tmp_path / "d.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, skipped = read([tmp_path])
    assert [(a.doc_id, a.line) for a in articles] == [("ok1", 1), ("ok2", 6)]
    assert [s.line for s in skipped] == [2, 3, 4, 5]
    assert all(s.source == str(tmp_path / "d.jsonl") for s in skipped)
    assert "invalid JSON" in skipped[0].reason and skipped[0].hint == HINTS["json"]
    assert 'missing "id"' in skipped[1].reason
    assert '"text" is not a string' in skipped[2].reason
    assert "not a JSON object" in skipped[3].reason
    assert skipped[0].format().startswith(f"{tmp_path / 'd.jsonl'}:2: invalid JSON")


def test_ingest_jsonl_that_is_a_json_array_is_skipped_once(tmp_path):
    (tmp_path / "a.jsonl").write_text('[\n{"id": "x", "text": "y"}\n]\n', encoding="utf-8")
    articles, skipped = read([tmp_path])
    assert articles == []
    assert [(s.reason, s.line) for s in skipped] == [("is a JSON array, not JSON Lines", 1)]


def test_ingest_jsonl_gbk_line_is_decoded(tmp_path):
    line = json.dumps({"id": "g", "text": SIMPLIFIED}, ensure_ascii=False).encode("gbk")
    (tmp_path / "g.jsonl").write_bytes(b'{"id": "u", "text": "ascii"}\n' + line + b"\n")
    articles, skipped = read([tmp_path])
    assert skipped == []
    assert [(a.doc_id, a.text, a.encoding) for a in articles] == [("u", "ascii", "utf-8"), ("g", SIMPLIFIED, "gb18030")]


def test_ingest_duplicate_ids_keep_the_first(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "same.txt").write_text("一", encoding="utf-8")
    (tmp_path / "b" / "same.txt").write_text("二", encoding="utf-8")
    articles, skipped = read([tmp_path])
    assert [a.text for a in articles] == ["一"]
    skip = one_skip(skipped, "same.txt")
    assert skip.source == str(tmp_path / "b" / "same.txt")
    assert "duplicate id 'same'" in skip.reason and str(tmp_path / "a" / "same.txt") in skip.reason


# ---------------------------------------------------------------- encodings


@pytest.mark.parametrize("codec, text, expected", [
    ("gbk", SIMPLIFIED, "gb18030"),
    ("gb18030", SIMPLIFIED + "𠀀", "gb18030"),
    ("big5", TRADITIONAL, "big5"),
    ("gbk", "会宁县", "gb18030"),  # too short for charset-normalizer alone
    ("big5", "會寧縣", "big5"),
])
def test_ingest_chinese_legacy_encodings_decode(tmp_path, codec, text, expected):
    (tmp_path / "a.txt").write_bytes(text.encode(codec))
    [article], skipped = read([tmp_path], verbose=True)
    assert skipped == []
    assert article.text == text
    assert article.encoding == expected


def test_ingest_verbose_reports_each_file_and_encoding(tmp_path, capsys):
    (tmp_path / "g.txt").write_bytes(SIMPLIFIED.encode("gbk"))
    (tmp_path / "u.txt").write_text(SIMPLIFIED, encoding="utf-8")
    read([tmp_path], verbose=True)
    err = capsys.readouterr().err.splitlines()
    assert err == [f"read {tmp_path / 'g.txt'}: 1 article(s), encoding gb18030",
                   f"read {tmp_path / 'u.txt'}: 1 article(s), encoding utf-8"]
    read([tmp_path])
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("bom, codec, name", [
    (b"\xef\xbb\xbf", "utf-8", "utf-8-sig"),
    (b"", "utf-16", "utf-16"),  # Python's utf-16 codec writes a BOM
])
def test_ingest_bom_is_stripped(tmp_path, bom, codec, name):
    (tmp_path / "b.txt").write_bytes(bom + SIMPLIFIED.encode(codec))
    [article], _ = read([tmp_path])
    assert article.text == SIMPLIFIED
    assert not article.text.startswith("\ufeff")
    assert article.encoding == name


def test_ingest_jsonl_bom_on_first_line_is_stripped(tmp_path):
    (tmp_path / "b.jsonl").write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "b", "text": "x"}).encode() + b"\n")
    [article], skipped = read([tmp_path])
    assert skipped == [] and article.doc_id == "b"


def test_decode_bytes_prefers_strict_utf8_over_detection():
    # Valid UTF-8 bytes are also valid GB18030; strict UTF-8 must win.
    data = SIMPLIFIED.encode("utf-8")
    assert decode_bytes(data) == (SIMPLIFIED, "utf-8")


# ---------------------------------------------------------------- bad inputs


def make_bad_corpus(root):
    """A folder with one good file and every kind of bad one."""
    (root / "good.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_text(" \n\u3000\n", encoding="utf-8")
    (root / "binary.txt").write_bytes(b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)))
    (root / "latin.txt").write_bytes(bytes(range(0x80, 0x100)) * 4)  # no NUL, no valid text codec
    (root / "controls.txt").write_bytes(bytes(range(1, 9)) * 50)
    (root / "big.txt").write_bytes("会".encode() * 400)  # 1200 bytes
    (root / "dead.txt").symlink_to(root / "does-not-exist")
    (root / "empty.jsonl").write_text("\n\n", encoding="utf-8")
    (root / "page.html").write_text("<html><head><script>x()</script></head><body></body></html>", encoding="utf-8")


EXPECTED_BAD = {
    "empty.txt": ("empty (0 bytes)", "empty"),
    "blank.txt": ("empty (only whitespace)", "empty"),
    "binary.txt": ("looks binary (NUL byte at offset 5)", "binary"),
    "latin.txt": ("undecodable: not UTF-8, GB18030/GBK or Big5 text", "encoding"),
    "controls.txt": ("looks binary (400 control characters)", "binary"),
    "big.txt": ("too large (1.2 KB > limit 1000 bytes)", "too_large"),
    "dead.txt": ("cannot read (No such file or directory)", "unreadable"),
    "empty.jsonl": ("empty (no JSON lines)", "empty"),
    "page.html": ("no article text found in the HTML", "no_text"),
}


def test_ingest_each_bad_input_is_skipped_with_reason_and_hint_and_the_rest_read(tmp_path):
    make_bad_corpus(tmp_path)
    articles, skipped = read([tmp_path, tmp_path / "missing.txt"], max_bytes=1000)
    assert [a.doc_id for a in articles] == ["good"]
    for name, (reason, hint) in EXPECTED_BAD.items():
        skip = one_skip(skipped, name)
        assert skip.source == str(tmp_path / name)
        assert (skip.reason, skip.hint, skip.line) == (reason, HINTS[hint], None), skip.format()
        assert skip.format() == f"{tmp_path / name}: {reason}; {HINTS[hint]}"
        assert "\n" not in skip.format()
    missing = one_skip(skipped, "missing.txt")
    assert missing.reason == "no such file or folder"
    assert len(skipped) == len(EXPECTED_BAD) + 1


def test_ingest_unreadable_file_is_skipped(tmp_path, monkeypatch):
    from pathlib import Path

    (tmp_path / "a.txt").write_text("一", encoding="utf-8")
    (tmp_path / "locked.txt").write_text("二", encoding="utf-8")
    real_open = Path.open

    def deny(self, *args, **kwargs):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)
    articles, skipped = read([tmp_path])
    assert [a.doc_id for a in articles] == ["a"]
    assert one_skip(skipped, "locked.txt").reason == "cannot read (Permission denied)"


def test_ingest_jsonl_line_over_the_limit_is_skipped_alone(tmp_path):
    long_line = json.dumps({"id": "long", "text": "长" * 500}, ensure_ascii=False)
    (tmp_path / "d.jsonl").write_text("\n".join([json.dumps({"id": "a", "text": "一"}), long_line,
                                                   json.dumps({"id": "b", "text": "二"})]), encoding="utf-8")
    articles, skipped = read([tmp_path], max_bytes=200)
    assert [a.doc_id for a in articles] == ["a", "b"]
    assert [(s.line, s.reason) for s in skipped] == [(2, "line too large (more than the limit 200 bytes)")]


def test_ingest_default_limit_is_20_mb():
    assert DEFAULT_MAX_BYTES == 20 * 1024 * 1024


@pytest.mark.parametrize("text, size", [("20M", 20 * 1024 * 1024), ("512k", 512 * 1024), ("1000", 1000), ("1G", 1 << 30)])
def test_parse_size(text, size):
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "big", "-1", "0", "12X"])
def test_parse_size_rejects(text):
    with pytest.raises(ValueError):
        parse_size(text)


# ---------------------------------------------------------------- stdin


def feed_stdin(monkeypatch, data: bytes):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_ingest_stdin_text(monkeypatch):
    feed_stdin(monkeypatch, "\n  \n".encode() + SIMPLIFIED.encode("gbk"))
    [article], skipped = read(["-"])
    assert skipped == []
    assert (article.doc_id, article.source, article.encoding) == ("stdin", "<stdin>", "gb18030")
    assert article.text == "\n  \n" + SIMPLIFIED


def test_ingest_stdin_jsonl_is_sniffed(monkeypatch):
    data = "\n\ufeff" + json.dumps({"id": "s1", "text": "一"}) + "\nnot json\n" + json.dumps({"id": "s2", "text": "二"}) + "\n"
    feed_stdin(monkeypatch, data.encode("utf-8"))
    articles, skipped = read(["-"])
    assert [(a.doc_id, a.line) for a in articles] == [("s1", 2), ("s2", 4)]
    assert [(s.source, s.line) for s in skipped] == [("<stdin>", 3)]


def test_ingest_stdin_empty_is_skipped(monkeypatch):
    feed_stdin(monkeypatch, b"")
    articles, skipped = read(["-"])
    assert articles == [] and [s.source for s in skipped] == ["<stdin>"]


def test_ingest_stdin_over_limit_is_skipped(monkeypatch):
    feed_stdin(monkeypatch, "会".encode() * 100)
    articles, skipped = read(["-"], max_bytes=50)
    assert articles == [] and "too large" in skipped[0].reason


# ---------------------------------------------------------------- streaming and progress


def test_ingest_is_lazy(tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(str(i), encoding="utf-8")
    stream = iter_articles([str(tmp_path)])
    assert next(stream).doc_id == "0"
    (tmp_path / "2.txt").unlink()  # read only when reached
    with pytest.raises(StopIteration):
        next(stream), next(stream)


def test_ingest_progress_prints_skips_as_they_happen(tmp_path, capsys):
    (tmp_path / "e.txt").write_bytes(b"")
    list(iter_articles([str(tmp_path)], progress=True))
    assert capsys.readouterr().err.splitlines() == [f"skipped {tmp_path / 'e.txt'}: empty (0 bytes); {HINTS['empty']}"]


def test_ingest_progress_bar_only_for_more_than_a_few_files(tmp_path, capsys):
    from kg.ingest import PROGRESS_MIN_FILES

    for i in range(PROGRESS_MIN_FILES):
        (tmp_path / f"{i}.txt").write_text("一", encoding="utf-8")
    list(iter_articles([str(tmp_path)], progress=True))
    assert capsys.readouterr().err == ""
    (tmp_path / "extra.txt").write_text("一", encoding="utf-8")
    list(iter_articles([str(tmp_path)], progress=True))
    assert "reading" in capsys.readouterr().err
    list(iter_articles([str(tmp_path)], progress=False))
    assert capsys.readouterr().err == ""


# ---------------------------------------------------------------- arbitrary text (Hypothesis)

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

any_text = st.text(st.characters(codec="utf-8"), max_size=80)
skip_reasons_for_text = ("empty (0 bytes)", "empty (only whitespace)", "looks binary")


@settings(max_examples=100, deadline=None)
@given(any_text)
def test_ingest_txt_round_trips_any_text_or_skips_it_cleanly(text):
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "a.txt").write_bytes(text.encode("utf-8"))
        (Path(tmp) / "z.txt").write_text("后一篇", encoding="utf-8")
        articles, skipped = read([tmp])
    assert articles[-1].doc_id == "z"  # the rest is always read
    expected = text.removeprefix("\ufeff")  # in UTF-8 a leading U+FEFF is the BOM
    if skipped:
        [skip] = skipped
        assert skip.reason.startswith(skip_reasons_for_text), skip.reason
        assert "\x00" in text or not expected.strip() or skip.reason.startswith("looks binary (")
    else:
        assert articles[0].text == expected


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=80), st.text(max_size=20))
def test_ingest_jsonl_round_trips_any_text(text, title):
    import tempfile
    from pathlib import Path

    lines = [json.dumps({"id": "x", "text": text, "title": title}), json.dumps({"id": "y", "text": "后"})]
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "d.jsonl").write_text("\n".join(lines), encoding="utf-8")
        articles, skipped = read([tmp])
    assert articles[-1].doc_id == "y"
    if text.strip():
        assert skipped == []
        assert articles[0].text == text  # st.text() has no lone surrogates
        assert articles[0].title == (title.strip() or None)
        articles[0].text.encode("utf-8")
    else:
        assert [(s.line, s.reason) for s in skipped] == [(1, 'empty "text"')]


def test_ingest_jsonl_lone_surrogates_become_replacement_chars(tmp_path):
    (tmp_path / "s.jsonl").write_text('{"id": "s", "text": "a\\ud800b\\ud83d\\ude00"}\n', encoding="utf-8")
    [article], _ = read([tmp_path])
    assert article.text == "a\ufffdb\U0001F600"
    assert article.sha256  # encodable as UTF-8
