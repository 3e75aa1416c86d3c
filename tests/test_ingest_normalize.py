"""kg.normalize: offset-preserving normalisation and the boilerplate mask."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.normalize import boilerplate_mask, boilerplate_rules, normalize_for_matching

SEED_002 = Path(__file__).resolve().parents[1] / "seeds" / "002_5e482c36e855b8f5.txt"

CONVERSIONS = (
    ("會寧縣", "会宁县"),
    ("東西部協作", "东西部协作"),
    ("２０２３年", "2023年"),
    ("ＡＢＣｘｙｚ", "ABCxyz"),
    ("３．３億元", "3.3亿元"),
    ("（甘肃）：会宁", "(甘肃):会宁"),
    ("会\u3000宁", "会 宁"),
    ("a\x00b\x07c\x1bd\x7fe\x85", "a b c d e "),
    ("line\nnext\r\n\tend", "line\nnext\r\n\tend"),
    ("会宁县与和平区", "会宁县与和平区"),
    # simplified characters of their own that OpenCC maps as traditional ones stay (乾县, not 干县)
    ("陝西省乾縣乾佑街道", "陕西省乾县乾佑街道"),
    ("於潛鎮", "於潜镇"),
)


@pytest.mark.parametrize("text, expected", CONVERSIONS)
def test_normalize_converts(text, expected):
    assert normalize_for_matching(text) == expected


def test_normalize_refuses_conversions_that_change_length(monkeypatch):
    import kg.normalize as normalize

    class Phrase:
        def convert(self, text):
            return text * 2  # what a one-to-many phrase entry would do

    monkeypatch.setattr(normalize, "_opencc", lambda: Phrase())
    monkeypatch.setattr(normalize, "_TABLE", normalize._CharMap())
    assert normalize_for_matching("會寧") == "會寧"


# Arbitrary Unicode, with extra weight on the characters the function changes.
interesting = st.sampled_from("會寧縣東區協幫扶億萬２０ＡＺａｚ！～\u3000\x00\x1f\x7f\x85\n\r\t\ufeff𠀀\ud800")
texts = st.lists(st.one_of(st.characters(), interesting), max_size=60).map("".join)


@settings(max_examples=100, deadline=None)
@given(texts)
def test_normalize_keeps_length_and_offsets(text):
    normal = normalize_for_matching(text)
    assert len(normal) == len(text)
    # One character to one character, context-free: every offset stays valid.
    assert all(normalize_for_matching(ch) == normal[i] for i, ch in enumerate(text))
    assert normalize_for_matching(normal) == normal


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=30), st.text(max_size=30))
def test_normalize_commutes_with_concatenation(a, b):
    assert normalize_for_matching(a + b) == normalize_for_matching(a) + normalize_for_matching(b)


# ---------------------------------------------------------------- boilerplate


def masked_lines(text):
    return [text[a:b] for a, b in boilerplate_mask(text)]


def test_boilerplate_mask_on_seed_002_header():
    text = SEED_002.read_text(encoding="utf-8")
    lines = text.splitlines()
    masked = masked_lines(text)
    assert lines[0] in masked and lines[0].startswith("索 引 号:")
    assert lines[1] in masked and lines[1].startswith("文 号:")
    assert "浏览次数:" in masked
    assert lines[5].startswith("发布时间:") and lines[5] in masked
    # Entities annotated in the gold live on these header lines: kept.
    kept = [line for line in lines[:10] if line not in masked]
    assert "所属机构: | 会宁县融媒体中心 | 发布机构: |" in kept
    assert "信息来源:会宁县政府办公室" in kept
    assert any(line.startswith("跨越山海情相系") for line in kept)  # the title
    # The article body (one long line) is not masked, the "|" rows around it are.
    body = next(i for i, line in enumerate(lines) if line.startswith("拉开东西部协作"))
    start = sum(len(line) + 1 for line in lines[:body])
    end = start + len(lines[body])
    assert text[start:end] == lines[body]
    assert all(b <= start or a >= end for a, b in boilerplate_mask(text))
    assert all(text[a:b].strip(" |") == "" for a, b in boilerplate_mask(text) if a >= end)


def test_boilerplate_mask_spans_are_whole_lines_of_the_original():
    text = "正文一\r\n索引号：１２３\n【打印本頁】【關閉窗口】\n會寧縣\n"
    spans = boilerplate_mask(text)
    assert [text[a:b] for a, b in spans] == ["索引号：１２３", "【打印本頁】【關閉窗口】"]
    for a, b in spans:
        assert a == 0 or text[a - 1] == "\n"
        assert b == len(text) or text[b] in "\r\n"


@settings(max_examples=100, deadline=None)
@given(texts)
def test_boilerplate_mask_spans_are_valid(text):
    previous = 0
    for a, b in boilerplate_mask(text):
        assert previous <= a < b <= len(text)
        assert "\n" not in text[a:b] and "\r" not in text[a:b]
        previous = b


RULES = boilerplate_rules()


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_boilerplate_rule_examples(rule):
    assert rule.examples, f"rule {rule.name} needs examples in kg/rules/boilerplate.toml"
    for example in rule.examples:
        assert masked_lines(example) == [example], example
    for counter in rule.counterexamples:
        assert masked_lines(counter) == [], counter


@pytest.mark.parametrize("line", ["信息来源:会宁县政府办公室", "来源：天津日报", "所属机构: | 会宁县融媒体中心 |",
                                  "发布机构:会宁县人民政府", "责任编辑:王伟"])
def test_boilerplate_keeps_lines_whose_values_can_be_entities(line):
    assert masked_lines(line) == []


def test_hard_wrapped_text_is_joined_and_relations_found(tmp_path):
    from kg import api

    (tmp_path / "pdf.txt").write_text(
        "栖霞区柞水县东西部协作工作情况通报\n\n南京市栖霞区与陕西省商洛市柞水县自2021年建立东西部\n"
        "协作结对关系以来，两地围绕产业发展、人才交流、劳务协作等\n重点任务推进协作。\n"
        "2023年，栖霞区向柞水县投入江苏省财政援助资金3850万元，\n其中1200万元用于木耳产业提质增效。\n"
        "在栖霞区招商部门推介下，南京金穗食品有限公司投资6500万\n－ 2 －\n元在柞水县建设木耳深加工项目。\n",
        encoding="utf-8")
    article = next(iter(api.read([str(tmp_path)])))
    assert "东西部协作结对关系" in article.text and "6500万元" in article.text and "－ 2 －" not in article.text
    result = next(iter(api.extract([article])))
    names = {(result.entities[r.head].name, result.entities[r.tail].name) for r in result.relations}
    assert ("栖霞区", "柞水县") in names and ("南京金穗食品有限公司", "柞水县") in names


def test_text_with_paragraph_lines_is_not_joined():
    from kg.normalize import unwrap_lines

    text = "武进区与汉滨区深化协作\n\n记者 王晓东 通讯员 李娜\n\n两地签订结对帮扶协议。\n武进区捐赠100万元。\n"
    assert unwrap_lines(text) == text


def test_headings_before_paragraphs_on_one_line_each_are_not_joined():
    from kg.normalize import unwrap_lines

    paragraph = "深圳市人民医院与乐业县人民医院结对帮扶，派出17名医疗专家常驻开展“组团式”帮扶；深圳中学与隆林各族自治县民族高级中学结成帮扶对子。"
    text = "\n".join(f"{n}、民生协作，社会帮扶有力有效\n{paragraph}\n" for n in "一二三四五六") + "\n"
    assert unwrap_lines(text) == text
