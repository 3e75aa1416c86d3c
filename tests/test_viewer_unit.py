"""The HTML viewer without a browser: offline, escaped, complete, and its scale options."""
from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, Graph

from kg import viewer
from viewer_graphs import EWP, SEEDS_TTL, XSS_IMG, XSS_SCRIPT, hostile_graph, synthetic_graph
ENTITY_CLASSES = ("Region", "Person", "Official", "Enterprise", "Hospital", "School", "GovernmentBody", "Organization")
#: A src/href/url()/@import pointing off the machine (http:, https: or protocol-relative).
REMOTE = re.compile(r"""(?:\b(?:src|href)\s*=\s*["']?\s*|url\(\s*["']?\s*|@import\s+["']?)(?:https?:)?//""", re.I)
DATA_BLOCK = re.compile(r'<script type="application/json" id="kg-data">(.*?)</script>', re.S)


@pytest.fixture(scope="module")
def seeds_html(seeds, tmp_path_factory) -> str:
    path = viewer.write_html(seeds, tmp_path_factory.mktemp("viewer") / "graph.html")
    return path.read_text(encoding="utf-8")


def entity_count(graph: Graph) -> int:
    return len({s for c in ENTITY_CLASSES for s in graph.subjects(RDF.type, EWP[c])})


def embedded(page: str) -> dict:
    blocks = DATA_BLOCK.findall(page)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def node(data: dict, label: str) -> dict:
    return next(n for n in data["nodes"] if n["names"][0] == label)


# ---------------------------------------------------------------- one offline file


def test_viewer_page_links_nothing_remote(seeds_html):
    assert REMOTE.findall(seeds_html) == []
    # vis-network itself is inlined, not linked.
    assert "<script src" not in seeds_html and "<link" not in seeds_html
    assert "vis-network" in seeds_html and "new vis.Network" in seeds_html


def test_viewer_page_is_one_utf8_document(seeds, tmp_path):
    path = viewer.write_html(seeds, tmp_path / "sub" / "g.html")
    raw = path.read_bytes()
    page = raw.decode("utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert "汉滨区" in page  # Chinese written as UTF-8, not only as \u escapes
    assert list(tmp_path.joinpath("sub").iterdir()) == [path]  # no stray temp file or lib/ folder


def test_viewer_page_is_byte_identical_across_runs(seeds, tmp_path):
    a = viewer.write_html(seeds, tmp_path / "a.html", layout="static").read_bytes()
    b = viewer.write_html(seeds, tmp_path / "b.html", layout="static").read_bytes()
    assert a == b


def test_viewer_page_forbids_remote_loads_and_foreign_scripts(seeds_html):
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', seeds_html).group(1)
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert csp.count("'sha256-") == 2


# ---------------------------------------------------------------- escaping


def test_viewer_hostile_text_never_reaches_html_raw(tmp_path):
    page = viewer.write_html(hostile_graph(), tmp_path / "evil.html").read_text(encoding="utf-8")
    assert XSS_IMG not in page and "<img" not in page
    assert XSS_SCRIPT not in page and "<script>alert" not in page
    # Exactly our three script elements end: data, vis-network, viewer.
    assert len(re.findall(r"</script", page, re.I)) == 3
    data = embedded(page)
    labels = {n["names"][0] for n in data["nodes"]}
    assert labels == {"恶意区" + XSS_IMG, "受助县" + XSS_SCRIPT}  # round-trips exactly
    fact = next(iter(data["facts"].values()))
    assert XSS_IMG in fact["evidence"] and fact["doc"]["title"] == "标题" + XSS_SCRIPT


def test_viewer_embed_json_escapes_script_breakers():
    text = viewer.embed_json({"k": "</script><!--&\u2028\u2029>"})
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == {"k": "</script><!--&\u2028\u2029>"}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=40))
def test_viewer_embed_json_is_safe_for_any_text(text):
    block = viewer.embed_json({"label": text, "names": [text, "x" + text]})
    assert "</" not in block and "<!--" not in block and "\u2028" not in block and "\u2029" not in block
    assert json.loads(block)["label"] == text


# ---------------------------------------------------------------- content


def test_viewer_draws_one_node_per_entity(seeds, seeds_html):
    data = embedded(seeds_html)
    assert len(data["nodes"]) == entity_count(seeds) == data["meta"]["nodes"]
    assert {n["id"] for n in data["nodes"]} == {str(s) for c in ENTITY_CLASSES for s in seeds.subjects(RDF.type, EWP[c])}
    assert {n["cls"] for n in data["nodes"]} <= set(viewer.CLASS_STYLES)


def test_viewer_draws_builder_graph(small_graph, tmp_path):
    """The graph kg.graph builds (not only hand-made ones) comes out whole."""
    data = embedded(viewer.write_html(small_graph, tmp_path / "g.html").read_text(encoding="utf-8"))
    assert len(data["nodes"]) == entity_count(small_graph)
    assert data["facts"]


def test_viewer_officials_are_officials_not_persons(seeds, seeds_html):
    official = node(embedded(seeds_html), "范传斌")
    assert official["cls"] == "Official" and official["shape"] == viewer.CLASS_STYLES["Official"][2]


def test_viewer_edges_carry_relation_amounts_and_headcounts(seeds_html):
    data = embedded(seeds_html)
    wujin, hanbin = node(data, "武进区")["id"], node(data, "汉滨区")["id"]
    labels = {(e["rel"], e["from"], e["to"]): e["label"] for e in data["edges"]}
    assert "9.77亿元" in labels[("funds", wujin, hanbin)] and labels[("funds", wujin, hanbin)].startswith("funds ")
    assert labels[("secondsStaffTo", wujin, hanbin)].startswith("secondsStaffTo ")
    assert "70人" in labels[("secondsStaffTo", wujin, hanbin)]
    assert any(rel == "pairsWith" for rel, _, _ in labels)


def test_viewer_node_lists_facts_with_evidence_and_source(seeds_html):
    data = embedded(seeds_html)
    wujin = node(data, "武进区")
    evidence = [data["facts"][str(i)]["evidence"] for i in wujin["facts"]]
    assert "2016至2022年，武进支持汉滨实施苏陕扶贫项目292个、资金9.77亿元。" in evidence
    assert all(data["facts"][str(i)]["doc"]["file"].startswith("seeds/") for i in wujin["facts"])


def test_viewer_region_path_runs_up_to_the_province(seeds_html):
    hanbin = node(embedded(seeds_html), "汉滨区")
    assert hanbin["path"] == ["汉滨区", "安康市", "陕西省"]
    assert "安康市汉滨区" in hanbin["names"]  # altLabel searchable


@pytest.mark.parametrize(("amount", "approx", "text"), [
    (977000000, False, "9.77亿元"), (3250000, True, "约325万元"), (5000, False, "5000元"), ("1.5E+8", False, "1.5亿元"),
])
def test_viewer_format_amount(amount, approx, text):
    assert viewer.format_amount(amount, approx) == text


# ---------------------------------------------------------------- scale options


def test_viewer_focus_keeps_the_neighbourhood(seeds):
    data = viewer.view_data(seeds, focus="汉滨", depth=1)
    hanbin = node(data, "汉滨区")
    assert data["meta"]["focus"] == hanbin["id"]
    ids = {n["id"] for n in data["nodes"]}
    neighbours = {e["to"] if e["from"] == hanbin["id"] else e["from"] for e in data["edges"]
                  if hanbin["id"] in (e["from"], e["to"]) and e["rel"] not in ("partOf", "basedIn")}
    assert ids == neighbours | {hanbin["id"]}
    assert 1 < len(ids) < entity_count(seeds)
    assert len(viewer.view_data(seeds, focus="汉滨区", depth=0)["nodes"]) == 1
    assert len(viewer.view_data(seeds, focus="汉滨区", depth=2)["nodes"]) > len(ids)


def test_viewer_focus_on_an_unknown_name_says_what_to_do(seeds):
    with pytest.raises(viewer.ViewerError, match="no node named '汉滨县'.*did you mean"):
        viewer.view_data(seeds, focus="汉滨县")


def test_viewer_class_filter_keeps_classes_and_subclasses(seeds):
    assert {n["cls"] for n in viewer.view_data(seeds, classes=["Region"])["nodes"]} == {"Region"}
    assert {n["cls"] for n in viewer.view_data(seeds, classes=["ewp:Person"])["nodes"]} == {"Person", "Official"}
    with pytest.raises(viewer.ViewerError, match="choose from"):
        viewer.view_data(seeds, classes=["Town"])


def test_viewer_fold_institutions_into_regions(seeds):
    whole = viewer.view_data(seeds)
    folded = viewer.view_data(seeds, fold_institutions=True)
    gone = {n["id"] for n in whole["nodes"]} - {n["id"] for n in folded["nodes"]}
    assert gone and all(node_cls in viewer.INSTITUTIONS for node_cls in
                        {n["cls"] for n in whole["nodes"] if n["id"] in gone})
    assert len(folded["nodes"]) == len(whole["nodes"]) - len(gone)
    hanbin = node(folded, "汉滨区")
    assert "汉滨区第三人民医院" in hanbin["folded"] and "汉滨区第三人民医院" in hanbin["names"]
    assert set(folded["facts"]) == set(whole["facts"])  # no fact lost
    ids = {n["id"] for n in folded["nodes"]}
    assert all(e["from"] in ids and e["to"] in ids for e in folded["edges"])


def test_viewer_fold_tolerates_graphs_without_based_in(tmp_path):
    data = viewer.view_data(hostile_graph(), fold_institutions=True)
    assert len(data["nodes"]) == 2


def test_viewer_big_graph_gets_precomputed_positions_and_no_physics():
    graph = synthetic_graph(800)
    data = viewer.view_data(graph)
    assert data["meta"]["layout"] == "static" and data["options"]["physics"] == {"enabled": False}
    assert len(data["nodes"]) == entity_count(graph)
    assert all("x" in n and "y" in n and n["physics"] is False for n in data["nodes"])
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) > 0.95 * len(data["nodes"])  # not piled up


def test_viewer_geo_layout_places_regions_by_coordinates(seeds):
    data = viewer.view_data(seeds, layout="geo")
    wujin, hanbin = node(data, "武进区"), node(data, "汉滨区")
    assert wujin["fixed"] and hanbin["fixed"]
    assert wujin["x"] > hanbin["x"] + 500  # east is right
    assert data["meta"]["graticule"]["k"] > 0
    assert all("x" in n for n in data["nodes"])


def test_viewer_small_graph_uses_physics(seeds):
    data = viewer.view_data(seeds)
    assert data["meta"]["layout"] == "physics" and data["options"]["physics"]["enabled"] is True


# ---------------------------------------------------------------- CLI


def test_viewer_cli_writes_the_page(tmp_path):
    from kg.cli import cli

    out = tmp_path / "v.html"
    result = CliRunner().invoke(cli, ["view", str(SEEDS_TTL), "--out", str(out), "--focus", "汉滨区", "--depth", "1",
                                      "--layout", "static"])
    assert result.exit_code == 0, result.output
    assert re.fullmatch(rf"wrote {re.escape(str(out))}: \d+ nodes, \d+ edges, layout static\n", result.output)
    assert out.exists()


def test_viewer_cli_unknown_focus_fails_with_a_hint(tmp_path):
    from kg.cli import cli

    result = CliRunner().invoke(cli, ["view", str(SEEDS_TTL), "--out", str(tmp_path / "v.html"), "--focus", "火星"])
    assert result.exit_code == 1
    assert "no node named '火星'" in result.output and not (tmp_path / "v.html").exists()


def test_viewer_cli_rejects_a_file_that_is_not_turtle(tmp_path):
    from kg.cli import cli

    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle <<<", encoding="utf-8")
    result = CliRunner().invoke(cli, ["view", str(bad), "--out", str(tmp_path / "v.html")])
    assert result.exit_code == 1 and "cannot read" in result.output and "kg build" in result.output
