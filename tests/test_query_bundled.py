"""Each bundled query (kg/queries/*.rq) on the hand-made fixture tests/data/query/small.ttl.

The expected rows were written by reading the fixture, not by running the queries.
"""
from decimal import Decimal
from pathlib import Path

import pytest

from kg.query import QUERIES_DIR, bundled_queries, load_graph, query_description, run_query

SMALL = Path(__file__).parent / "data" / "query" / "small.ttl"
D = "https://w3id.org/ewp-kg/id/doc/"


@pytest.fixture(scope="module")
def store():
    return load_graph(SMALL)


def rows(store, name):
    result = run_query(store, name)
    return [tuple(r.values()) for r in result.records()], result.vars


EXPECTED = {
    "pairings": (
        ["partner1", "partner2", "document", "evidence", "pairing"],
        [
            ("北辰区", "淳化县", D + "d2", "北辰区与淳化县建立东西部协作结对关系。", "https://w3id.org/ewp-kg/id/fact/p2"),
            ("安康武进希望小学", "武进区实验小学", D + "d1", "武进区实验小学与安康武进希望小学结对共建。", "https://w3id.org/ewp-kg/id/fact/p4"),
            ("武进区", "汉滨区", D + "d0", "武进区与汉滨区结对帮扶以来，两地携手共进。", "https://w3id.org/ewp-kg/id/fact/p1"),
            ("汉滨区第三人民医院", "武进区人民医院", D + "d0", "武进区人民医院与汉滨区第三人民医院结成帮扶对子。", "https://w3id.org/ewp-kg/id/fact/p3"),
        ],
    ),
    "funding-by-year": (
        ["funder", "recipient", "year", "amountCNY", "facts"],
        [
            ("北辰区", "淳化县", "2021", Decimal(3000000), 1),
            ("北辰区", "淳化县", "total", Decimal(3000000), 1),
            ("常州市", "汉滨区", "2022", Decimal(1200000), 1),
            ("常州市", "汉滨区", "total", Decimal(1200000), 1),
            ("武进区", "汉滨区", "2021", Decimal(977000000), 1),
            ("武进区", "汉滨区", "2022", Decimal(50000000), 1),
            ("武进区", "汉滨区", "total", Decimal(1027000000), 2),
            ("武进区", "瀛湖镇", "", Decimal(300000), 1),
            ("武进区", "瀛湖镇", "total", Decimal(300000), 1),
        ],
    ),
    "staff-sent": (
        ["sender", "receiver", "secondments", "headcount", "secondees"],
        [
            ("武进区", "汉滨区", 1, 12, ""),
            ("北辰区", "淳化县", 1, 5, ""),
            ("武进区人民医院", "汉滨区第三人民医院", 1, 3, "冯伟"),
        ],
    ),
    "officials": (
        ["region", "official", "title"],
        [("汉滨区", "吴大林", "汉滨区区长"), ("汉滨区", "范传斌", "区委书记")],
    ),
    "institution-pairings": (
        ["institution1", "type1", "institution2", "type2", "document"],
        [
            ("安康武进希望小学", "School", "武进区实验小学", "School", D + "d1"),
            ("汉滨区第三人民医院", "Hospital", "武进区人民医院", "Hospital", D + "d0"),
        ],
    ),
    "regions-by-side": (
        ["side", "region", "level", "partners"],
        [
            ("east", "武进区", "county", 2),
            ("east", "北辰区", "county", 1),
            ("east", "常州市", "prefecture", 1),
            ("west", "汉滨区", "county", 2),
            ("west", "淳化县", "county", 1),
            ("west", "瀛湖镇", "township", 1),
        ],
    ),
    "west-multi-partners": (
        ["county", "easternPartners", "partners"],
        [("汉滨区", 2, "常州市、武进区")],
    ),
    "funding-evidence": (
        ["funder", "recipient", "amountCNY", "year", "approximate", "document", "evidence"],
        [
            ("北辰区", "淳化县", Decimal(3000000), "2021", False, D + "d2", "北辰区投入300万元支持淳化县产业发展。"),
            ("常州市", "汉滨区", Decimal(1200000), "2022", True, D + "d1", "常州市捐赠汉滨区约120万元。"),
            ("武进区", "汉滨区", Decimal(977000000), "2021", False, D + "d0", "武进区累计投入财政帮扶资金9.77亿元。"),
            ("武进区", "汉滨区", Decimal(50000000), "2022", False, D + "d1", "2022年武进区向汉滨区拨付帮扶资金5000万元。"),
            ("武进区", "瀛湖镇", Decimal(300000), "", False, D + "d0", "武进区资助瀛湖镇30万元建设村道。"),
        ],
    ),
    "part-of-shaanxi": (
        ["region", "level", "parent"],
        [
            ("汉滨区", "county", "安康市"),
            ("淳化县", "county", "咸阳市"),
            ("咸阳市", "prefecture", "陕西省"),
            ("安康市", "prefecture", "陕西省"),
            ("瀛湖镇", "township", "汉滨区"),
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_query_bundled_rows_on_small_fixture(store, name):
    expected_vars, expected_rows = EXPECTED[name]
    got_rows, got_vars = rows(store, name)
    assert got_vars == expected_vars
    assert got_rows == expected_rows


def test_query_fact_sources_lists_every_fact_once_with_its_document(store):
    records = run_query(store, "fact-sources").records()
    assert len(records) == 12  # 4 pairings + 5 fundings + 3 secondments in the fixture
    assert len({r["fact"] for r in records}) == 12
    by_doc = {}
    for r in records:
        by_doc.setdefault(r["document"].rsplit("/", 1)[1], set()).add(r["fact"].rsplit("/", 1)[1])
    assert by_doc == {"d0": {"p1", "p3", "f1", "f5", "s1", "s2"}, "d1": {"p4", "f2", "f3"}, "d2": {"p2", "f4", "s3"}}
    assert {r["title"] for r in records} == {"武进区·汉滨区深化对口帮扶工作纪实", "苏陕协作新篇章", "津陕协作在淳化"}


def test_query_every_bundled_query_has_a_test_and_a_header():
    names = set(bundled_queries())
    assert len(names) >= 8
    assert names == set(EXPECTED) | {"fact-sources"}
    for path in QUERIES_DIR.glob("*.rq"):
        assert query_description(path), f"{path.name} has no '# what it answers' comment header"


def test_query_top_level_queries_folder_is_the_bundled_one():
    top = Path(__file__).resolve().parents[1] / "queries"
    assert sorted(p.name for p in top.glob("*.rq")) == sorted(p.name for p in QUERIES_DIR.glob("*.rq"))
    for path in top.glob("*.rq"):
        assert path.read_bytes() == (QUERIES_DIR / path.name).read_bytes()
