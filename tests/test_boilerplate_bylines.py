"""A byline or a source before a page widget on the same line stays readable (regression: the whole line was masked)."""
from __future__ import annotations

from kg.normalize import boilerplate_mask

LINES = (
    ("来源：黔东南州扶贫开发办公室　　作者：龙再红　　字号：大 中 小", "字号：大 中 小"),
    ("发布时间：2023-04-12 10:25　来源：青川县乡村振兴局　浏览次数：862　【字体：大 中 小】", "【字体：大 中 小】"),
)


def test_boilerplate_masks_only_the_widget_after_a_byline():
    for line, widget in LINES:
        assert [line[a:b].strip() for a, b in boilerplate_mask(line)] == [widget]


def test_boilerplate_byline_before_a_widget_gives_its_entities(extract):
    x = extract(LINES[0][0] + "\n")
    assert "龙再红" in x.names("PERSON")
    assert "黔东南州扶贫开发办公室" in x.names("GOVERNMENT")
    y = extract(LINES[1][0] + "\n")
    assert "青川县乡村振兴局" in y.names("GOVERNMENT")
