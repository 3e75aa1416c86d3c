"""Bundled queries on the graph built from seeds/.

The expectations are facts of the gold annotations (/work/shared/gold/seeds.gold.json)
that the extraction finds: they can fail, but do not break on small extraction changes
(rows are looked for, not counted exactly).
"""
from decimal import Decimal

import pytest

from kg.query import bundled_queries, load_graph, run_query
from kg.store import load_into_store
from seeds_build import seeds_exports


@pytest.fixture(scope="module")
def store():
    return load_graph(seeds_exports() / "graph.ttl")


def records(store, name):
    return run_query(store, name).records()


def test_query_seeds_every_bundled_query_answers(store):
    # how fast they answer is the benchmark's business (benchmarks/run.py), not a test's
    empty = [name for name in bundled_queries() if not run_query(store, name).rows]
    assert not empty


def test_query_seeds_wujin_funds_hanbin_977_million(store):
    rows = records(store, "funding-evidence")
    row = next(r for r in rows if (r["funder"], r["recipient"]) == ("武进区", "汉滨区") and r["amountCNY"] == Decimal(977000000))
    assert "武进" in row["evidence"] and "汉滨" in row["evidence"]
    assert row["document"].startswith("https://w3id.org/ewp-kg/id/doc/")
    assert any(r["funder"] == "和平区" and r["recipient"] == "会宁县" and r["amountCNY"] == Decimal(55900000)
               and r["year"] == "2023" for r in rows)


def test_query_seeds_funding_totals(store):
    totals = {(r["funder"], r["recipient"]): r["amountCNY"] for r in records(store, "funding-by-year") if r["year"] == "total"}
    assert totals[("武进区", "汉滨区")] >= Decimal(977000000)
    assert totals[("和平区", "会宁县")] >= Decimal(55900000)


def test_query_seeds_hanbin_is_part_of_shaanxi(store):
    rows = {r["region"]: r for r in records(store, "part-of-shaanxi")}
    assert rows["汉滨区"]["parent"] == "安康市"
    assert "安康市" in rows and "旬邑县" in rows and "永寿县" in rows
    assert "会宁县" not in rows and "武进区" not in rows  # 甘肃 and 江苏


def test_query_seeds_pairings(store):
    pairs = {frozenset((r["partner1"], r["partner2"])) for r in records(store, "pairings")}
    for a, b in [("武进区", "汉滨区"), ("和平区", "会宁县"), ("泰兴市", "旬邑县"), ("靖江市", "永寿县"), ("六合区", "湟源县")]:
        assert frozenset((a, b)) in pairs, (a, b)
    assert all(r["evidence"] and r["document"] for r in records(store, "pairings"))


def test_query_seeds_staff_sent(store):
    rows = {(r["sender"], r["receiver"]): r for r in records(store, "staff-sent")}
    assert rows[("武进区", "汉滨区")]["headcount"] >= 70
    assert ("靖江市", "永寿县") in rows


def test_query_seeds_institutions_and_officials(store):
    pairs = {frozenset((r["institution1"], r["institution2"])) for r in records(store, "institution-pairings")}
    assert frozenset(("西北妇女儿童医院", "汉滨区妇幼保健院")) in pairs
    officials = {(r["region"], r["official"]) for r in records(store, "officials")}
    assert ("汉滨区", "吴大林") in officials
    # an official is a member of the body his post names (汉滨区委书记 范传斌 → 汉滨区委)
    members = run_query(store, "SELECT ?o ?b WHERE { ?x ewp:memberOf ?y . ?x rdfs:label ?o . ?y rdfs:label ?b }")
    assert ("范传斌", "汉滨区委") in {(r["o"], r["b"]) for r in members.records()}


def test_query_seeds_sides_and_multi_partner_counties(store):
    sides = {r["region"]: r["side"] for r in records(store, "regions-by-side")}
    assert sides["武进区"] == "east" and sides["汉滨区"] == "west"
    multi = {r["county"]: r for r in records(store, "west-multi-partners")}
    assert {"和平区", "天津市"} <= set(multi["会宁县"]["partners"].split("、"))


def test_query_seeds_every_fact_has_a_document_and_sentence(store):
    rows = records(store, "fact-sources")
    assert len(rows) >= 20
    assert all(r["document"] and r["evidence"] for r in rows)
    assert len({r["document"] for r in rows}) == 5


def test_query_seeds_store_directory_answers_like_the_turtle(store, tmp_path):
    load_into_store(tmp_path / "store", [seeds_exports() / "graph.ttl"])
    on_disk = load_graph(tmp_path / "store")
    for name in ("funding-by-year", "pairings"):
        assert run_query(on_disk, name).to_csv() == run_query(store, name).to_csv()
