"""The jieba-rs segmenter gives the Python jieba package's tokens; the matcher finds leftmost-longest words."""
from __future__ import annotations

from pathlib import Path

import jieba
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg import segment
from kg.entities import _Matcher
from kg.extract import pipeline

ROOT = Path(__file__).resolve().parent.parent
# Han, digits, ASCII and full-width punctuation, the characters of dates, amounts and names
ALPHABET = list("汉滨区武进东西部协作对口帮扶的了和在是有人民医院学校公司万元亿年月日"
                "0123456789０１２abcXYZ.-%+#&_,，。、：（）()/ \n\t\u3000")


def _jieba(text: str) -> list[str]:
    return [w for w in jieba.cut(text, cut_all=False) if w]


@pytest.fixture(scope="module", autouse=True)
def _same_dictionary():
    pipeline()  # the lexicon adds place short forms to the segmenter; give Python jieba the same words
    from kg.entities import lexicon

    for word in lexicon().added:
        jieba.add_word(word, freq=50, tag="ns")


def _texts() -> list[Path]:
    return sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("tests/data/probe*/*.txt"))


@pytest.mark.parametrize("path", _texts(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_segment_matches_python_jieba_on_articles(path):
    text = path.read_text(encoding="utf-8")
    assert segment.cut(text) == _jieba(text)


@pytest.mark.parametrize("text,tokens", [
    ("2024-02-13", ["2024", "-", "02", "-", "13"]),
    ("增长90.4%，", ["增长", "90.4%", "，"]),
    ("学习c++语言", ["学习", "c++", "语言"]),
])
def test_segment_cuts_ascii_runs_as_jieba(text, tokens):
    assert segment.cut(text) == tokens == _jieba(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, min_size=1, max_size=40))
def test_segment_matches_python_jieba_on_any_mix(text):
    assert segment.cut(text) == _jieba(text)


def test_pipeline_tokens_cover_the_text():
    nlp = pipeline()
    text = "江苏省常州市武进区与陕西省安康市汉滨区2024-02-13签约，援助资金3.5亿元。\n\n"
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert [t.text for t in doc if not t.is_space] == [w for w in _jieba(text) if w.strip()]


def _naive_leftmost_longest(words: list[str], text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    while pos < len(text):
        found = [w for w in words if text.startswith(w, pos)]
        if found:
            best = max(found, key=len)
            out.append((pos, pos + len(best), best))
            pos += len(best)
            continue
        pos += 1
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="汉滨区武进县市", min_size=1, max_size=4), min_size=1, max_size=8),
       st.text(alphabet="汉滨区武进县市的", max_size=40))
def test_matcher_is_leftmost_longest(words, text):
    matcher = _Matcher((w, i) for i, w in enumerate(words))
    got = [(s, e, w) for s, e, w, _ in matcher.leftmost_longest(text)]
    # the naive scan tries every start in order: a leftmost match wins, then the longest there
    assert got == _naive_leftmost_longest(sorted(set(words)), text)


def test_matcher_all_finds_overlapping_words_with_their_values():
    matcher = _Matcher([("人民医院", "HOSPITAL"), ("医院", "HOSPITAL"), ("学校", "SCHOOL"), ("医院", "CLINIC")])
    assert matcher.all("县人民医院和学校") == [
        (1, 5, "人民医院", "HOSPITAL"), (3, 5, "医院", "CLINIC"), (6, 8, "学校", "SCHOOL")]
    assert _Matcher([]).all("x") == [] and _Matcher([]).leftmost_longest("x") == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ALPHABET + ["  ", " \n ", "\r\n"]), max_size=30).map("".join))
def test_words_and_spaces_as_spacy(text):
    from spacy.util import get_words_and_spaces

    words = segment.cut(text)
    assert segment.words_and_spaces(words, text) == get_words_and_spaces(words, text)


def test_segment_dictionary_cache_gives_the_parsed_tables_and_survives_a_bad_file(tmp_path, monkeypatch):
    monkeypatch.setenv("EWP_KG_CACHE", str(tmp_path))
    segment.dictionary.cache_clear()
    try:
        parsed = segment.dictionary()  # parses dict.txt and writes the cache
        cached_files = list(tmp_path.glob("jieba-dict-*.marshal"))
        assert len(cached_files) == 1
        segment.dictionary.cache_clear()
        assert segment.dictionary() == parsed  # read back from the cache
        cached_files[0].write_bytes(b"\x00 not marshal")
        segment.dictionary.cache_clear()
        assert segment.dictionary() == parsed  # a bad cache file is parsed again and replaced
        freq, tags = parsed
        assert freq["中国"] > 0 and tags["中国"] == "ns"
    finally:
        segment.dictionary.cache_clear()
