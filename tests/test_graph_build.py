"""GraphBuilder: resolution, labels, qualified facts, provenance, incrementality, SPARQL."""
from __future__ import annotations

import hashlib
from pathlib import Path
from decimal import Decimal

import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib import namespace as ns

from graph_fixtures import (ANKANG, HANBIN, HOSPITAL_HB, SHAANXI, WANG_HB, WANG_WJ, WUJIN, YINGHU, ZHANG,
                            TEXT_A, article_a, article_b)
from kg.graph import GraphBuilder, count_nodes_and_facts, document_iri, entity_iri, fact_iri
from kg.model import Article, ArticleResult, Entity, Relation
from kg.namespace import EWP, ID, SCHEMA

PROV, RDF, RDFS, SKOS = ns.PROV, ns.RDF, ns.RDFS, ns.SKOS


def build(*results) -> GraphBuilder:
    builder = GraphBuilder()
    for result in results:
        builder.add(result)
    return builder


def nodes_labelled(graph, cls, label):
    return sorted(s for s in graph.subjects(RDF.type, cls) if (s, RDFS.label, Literal(label, lang="zh")) in graph)


# ---------------------------------------------------------------- IRIs

IRI_CASES = (
    ("region:610902000000", "region/610902000000"),
    ("region:610902000000/瀛湖镇",
     "region/610902000000-" + hashlib.sha1("region:610902000000/瀛湖镇".encode()).hexdigest()[:8]),
    ("org:汉滨区第三人民医院", "org/" + hashlib.sha1("org:汉滨区第三人民医院".encode()).hexdigest()[:16]),
    ("person:王伟|汉滨区", "person/" + hashlib.sha1("person:王伟|汉滨区".encode()).hexdigest()[:16]),
    ("region:瀛湖镇", "region/" + hashlib.sha1("region:瀛湖镇".encode()).hexdigest()[:16]),
    ("奇怪的键 ]%", "entity/" + hashlib.sha1("奇怪的键 ]%".encode()).hexdigest()[:16]),
)


@pytest.mark.parametrize("key,path", IRI_CASES)
def test_graph_entity_iri_is_derived_from_key(key, path):
    assert entity_iri(key) == URIRef("https://w3id.org/ewp-kg/id/" + path)


def test_graph_document_iri_is_sha256_prefix():
    art = Article(doc_id="x", text="汉滨区", source="x.txt")
    assert document_iri(art) == ID["doc/" + hashlib.sha256("汉滨区".encode()).hexdigest()[:16]]


def test_graph_pairing_iri_ignores_end_order():
    art = Article(doc_id="x", text="甲与乙结对。", source="x.txt")
    one = Relation("pairs_with", "region:1", "region:2", "甲与乙结对。", 0, 6)
    other = Relation("pairs_with", "region:2", "region:1", "甲与乙结对。", 0, 6)
    funds = Relation("funds", "region:2", "region:1", "甲与乙结对。", 0, 6)
    assert fact_iri(art, one) == fact_iri(art, other)
    assert fact_iri(art, funds) != fact_iri(art, other)


def test_graph_iris_ascii_without_percent_bracket_space(small_graph):
    for triple in small_graph:
        for term in triple:
            assert not isinstance(term, BNode), triple
            if isinstance(term, URIRef):
                assert term.isascii() and not set(term) & set("%] <>\"{}|\\^`"), term


# ---------------------------------------------------------------- resolution

def test_graph_same_key_in_two_articles_is_one_node(small_graph):
    assert nodes_labelled(small_graph, EWP.Region, "汉滨区") == [entity_iri(HANBIN)]
    assert nodes_labelled(small_graph, EWP.Region, "武进区") == [entity_iri(WUJIN)]
    # surface forms of both articles end up on the one node
    alts = {str(o) for o in small_graph.objects(entity_iri(WUJIN), SKOS.altLabel)}
    assert alts == {"武进", "常州市武进区", "江苏省常州市武进区"}


def test_graph_namesakes_in_different_regions_stay_two(small_graph):
    wangs = nodes_labelled(small_graph, EWP.Person, "王伟")
    assert wangs == sorted([entity_iri(WANG_HB), entity_iri(WANG_WJ)])
    assert (entity_iri(WANG_HB), EWP.region, entity_iri(HANBIN)) in small_graph
    assert (entity_iri(WANG_WJ), EWP.region, entity_iri(WUJIN)) in small_graph


def test_graph_no_two_nodes_of_one_class_share_a_label(small_graph):
    seen = {}
    for node, label in small_graph.subject_objects(RDFS.label):
        for cls in small_graph.objects(node, RDF.type):
            if cls != EWP.Person:  # namesakes are expected
                seen.setdefault((cls, label), set()).add(node)
    shared = {k: v for k, v in seen.items() if len(v) > 1 and k[0] not in (EWP.Pairing, EWP.Funding, EWP.Secondment)}
    assert not shared


def test_graph_label_prefers_official_name_then_longest_then_lexicographic():
    art = Article(doc_id="x", text="t", source="x.txt")
    art2 = Article(doc_id="y", text="u", source="y.txt")
    key = "region:610902000000"
    one = ArticleResult(art, {key: Entity(key, "REGION", "汉滨", attrs={"level": "county"})})
    two = ArticleResult(art2, {key: Entity(key, "REGION", "汉滨区", {"安康市汉滨区"}, attrs={"level": "county"})})
    g = build(one, two).graph
    assert set(g.objects(entity_iri(key), RDFS.label)) == {Literal("汉滨区", lang="zh")}
    assert set(g.objects(entity_iri(key), SKOS.altLabel)) == {Literal("汉滨", lang="zh"), Literal("安康市汉滨区", lang="zh")}
    # an official name wins over longer forms
    three = ArticleResult(art, {key: Entity(key, "REGION", "汉滨区", attrs={"official_name": "汉滨区", "level": "county"})})
    four = ArticleResult(art2, {key: Entity(key, "REGION", "安康市汉滨区", attrs={"level": "county"})})
    g = build(three, four).graph
    assert set(g.objects(entity_iri(key), SKOS.prefLabel)) == {Literal("汉滨区", lang="zh")}
    # equal length: lexicographic, whatever the order of the articles
    five = ArticleResult(art, {key: Entity(key, "REGION", "乙区", attrs={"level": "county"})})
    six = ArticleResult(art2, {key: Entity(key, "REGION", "甲区", attrs={"level": "county"})})
    assert build(five, six).graph.value(entity_iri(key), RDFS.label) == Literal(min("乙区", "甲区"), lang="zh")
    assert build(six, five).graph.value(entity_iri(key), RDFS.label) == Literal(min("乙区", "甲区"), lang="zh")


def test_graph_result_does_not_depend_on_article_order(graph_articles):
    forward = build(*graph_articles).graph
    backward = build(*reversed(graph_articles)).graph
    assert isomorphic(forward, backward)


def test_graph_same_corpus_twice_adds_nothing(graph_articles, small_graph):
    again = build(*graph_articles, *graph_articles).graph
    assert set(again) == set(small_graph)


def test_graph_adding_an_article_only_adds(graph_articles):
    first = set(build(graph_articles[0]).graph)
    both = build(*graph_articles).graph
    assert first <= set(both)
    new_subjects = {s for s, _, _ in set(both) - first}
    # nodes of the new article (and the documents' nodes it touches), nothing else
    assert entity_iri(HOSPITAL_HB) not in new_subjects
    assert entity_iri(ZHANG) not in new_subjects
    assert entity_iri(YINGHU) in new_subjects


def test_graph_official_is_also_person_and_keeps_title(small_graph):
    zhang = entity_iri(ZHANG)
    assert {EWP.Official, EWP.Person} <= set(small_graph.objects(zhang, RDF.type))
    assert (zhang, EWP.title, Literal("汉滨区副区长", lang="zh")) in small_graph


def test_graph_type_conflict_gives_one_node_most_specific_type():
    key = "org:汉滨区第三人民医院"
    a = ArticleResult(Article("a", "a", "a.txt"), {key: Entity(key, "ORGANIZATION", "汉滨区第三人民医院")})
    b = ArticleResult(Article("b", "b", "b.txt"), {key: Entity(key, "HOSPITAL", "汉滨区第三人民医院")})
    g = build(a, b).graph
    assert set(g.objects(entity_iri(key), RDF.type)) == {EWP.Hospital}


def test_graph_region_hierarchy_and_attributes(small_graph):
    hanbin = entity_iri(HANBIN)
    assert small_graph.value(hanbin, EWP.level) == Literal("county")
    assert small_graph.value(hanbin, EWP.side) == Literal("west")
    assert small_graph.value(hanbin, EWP.divisionCode) == Literal("610902000000")
    assert (hanbin, EWP.partOf, entity_iri(ANKANG)) in small_graph
    assert (hanbin, SCHEMA.containedInPlace, entity_iri(ANKANG)) in small_graph
    assert (hanbin, SKOS.altLabel, Literal("陕西省安康市汉滨区", lang="zh")) in small_graph
    ankang = entity_iri(ANKANG)
    assert small_graph.value(ankang, SCHEMA.latitude) == Literal("32.68", datatype=ns.XSD.decimal)
    assert (entity_iri(HOSPITAL_HB), EWP.basedIn, hanbin) in small_graph


# ---------------------------------------------------------------- facts

def test_graph_funding_is_direct_and_qualified_with_provenance(small_graph):
    funder, recipient = entity_iri(WUJIN), entity_iri(HANBIN)
    assert (funder, EWP.funds, recipient) in small_graph
    facts = sorted(small_graph.subjects(RDF.type, EWP.Funding))
    assert len(facts) == 2
    amounts = sorted(small_graph.value(f, EWP.amountCNY).toPython() for f in facts)
    assert amounts == [Decimal("3700000"), Decimal("201800000")]
    for fact in facts:
        assert small_graph.value(fact, EWP.funder) == funder
        assert small_graph.value(fact, EWP.recipient) == recipient
        assert small_graph.value(fact, EWP.amountCNY).datatype == ns.XSD.decimal
        doc = small_graph.value(fact, PROV.wasDerivedFrom)
        assert (doc, RDF.type, EWP.Document) in small_graph
        start = small_graph.value(fact, EWP.startOffset).toPython()
        end = small_graph.value(fact, EWP.endOffset).toPython()
        evidence = str(small_graph.value(fact, EWP.evidence))
        text = TEXT_A if small_graph.value(doc, EWP.sourceFile) == Literal("a_0001.txt") else None
        if text is not None:
            assert text[start:end] == evidence
    approx = [f for f in facts if small_graph.value(f, EWP.approximate).toPython()]
    assert len(approx) == 1 and small_graph.value(approx[0], EWP.kind) == Literal("donation")


def test_graph_pairing_both_directions_and_two_partners(small_graph):
    a, b = entity_iri(WUJIN), entity_iri(HANBIN)
    assert (a, EWP.pairsWith, b) in small_graph and (b, EWP.pairsWith, a) in small_graph
    for pairing in small_graph.subjects(RDF.type, EWP.Pairing):
        assert len(set(small_graph.objects(pairing, EWP.partner))) == 2


def test_graph_secondment_headcount_and_secondee(small_graph):
    (fact,) = small_graph.subjects(RDF.type, EWP.Secondment)
    assert small_graph.value(fact, EWP.headcount) == Literal(25)
    assert small_graph.value(fact, EWP.headcount).datatype == ns.XSD.integer
    assert small_graph.value(fact, EWP.secondee) == entity_iri(ZHANG)
    assert (entity_iri(WUJIN), EWP.secondsStaffTo, entity_iri(HANBIN)) in small_graph
    assert small_graph.value(fact, EWP.headcountShared) == Literal(False)


def test_graph_secondment_shared_headcount_is_marked():
    a = article_a()
    rel = next(r for r in a.relations if r.type == "seconds_staff_to")
    a.relations = [r for r in a.relations if r is not rel] + [
        Relation("seconds_staff_to", rel.head, tail, rel.evidence, rel.start, rel.end, headcount=25, joint=True)
        for tail in (rel.tail, YINGHU)]
    graph = build(a).graph
    facts = list(graph.subjects(RDF.type, EWP.Secondment))
    assert len(facts) == 2
    assert {(graph.value(f, EWP.headcount), graph.value(f, EWP.headcountShared)) for f in facts} == \
        {(Literal(25), Literal(True))}


def test_graph_document_node(small_graph):
    doc = document_iri(article_a().article)
    assert small_graph.value(doc, EWP.contentHash) == Literal(hashlib.sha256(TEXT_A.encode()).hexdigest())
    assert str(small_graph.value(doc, RDFS.label)) == "武进区·汉滨区对口帮扶纪实"
    assert small_graph.value(doc, EWP.sourceFile) == Literal("a_0001.txt")
    doc_b = document_iri(article_b().article)
    assert small_graph.value(doc_b, EWP.sourceFile) == Literal("b.jsonl:3")
    assert str(small_graph.value(doc_b, RDFS.label)) == "苏陕协作"  # first non-empty line


def test_graph_count_nodes_and_facts(small_graph):
    nodes, facts = count_nodes_and_facts(small_graph)
    assert nodes == {"REGION": 5, "OFFICIAL": 1, "PERSON": 2, "HOSPITAL": 2}
    assert facts == {"pairs_with": 2, "funds": 2, "seconds_staff_to": 1}


# ---------------------------------------------------------------- SPARQL

FUNDS_QUERY = """
PREFIX ewp: <https://w3id.org/ewp-kg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?evidence ?source ?amount WHERE {
  ?fact a ewp:Funding ; ewp:funder ?funder ; ewp:recipient ?recipient ;
        ewp:evidence ?evidence ; prov:wasDerivedFrom ?doc .
  ?doc ewp:sourceFile ?source .
  OPTIONAL { ?fact ewp:amountCNY ?amount }
  ?funder rdfs:label|skos:altLabel ?fname . FILTER(STR(?fname) = "武进")
  ?recipient rdfs:label|skos:altLabel ?rname . FILTER(STR(?rname) = "汉滨区")
} ORDER BY ?amount
"""

PART_OF_QUERY = """
PREFIX ewp: <https://w3id.org/ewp-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?name WHERE {
  ?province rdfs:label "陕西省"@zh .
  ?region ewp:partOf+ ?province ; rdfs:label ?name .
} ORDER BY ?name
"""


def test_graph_sparql_which_sentences_say_wujin_funds_hanbin(small_graph):
    rows = [(str(e), str(s), a.toPython()) for e, s, a in small_graph.query(FUNDS_QUERY)]
    assert rows == [
        ("常州市武进区向陕西省安康市汉滨区捐赠物资370余万元。", "b.jsonl:3", Decimal("3700000")),
        ("2023年，武进区向汉滨区拨付帮扶资金2.018亿元。", "a_0001.txt", Decimal("201800000")),
    ]


def test_graph_sparql_regions_part_of_province(small_graph):
    names = [str(row.name) for row in small_graph.query(PART_OF_QUERY)]
    assert sorted(names) == sorted(["安康市", "汉滨区", "瀛湖镇"])
    assert (entity_iri(SHAANXI), EWP.partOf, None) not in small_graph


def test_graph_readme_example_query_answers(small_graph):
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The graph model", 1)[1]
    query = section.split("```sparql", 1)[1].split("```", 1)[0]
    rows = sorted((str(s), str(e), a.toPython()) for s, e, a in small_graph.query(query))
    assert rows == [
        ("a_0001.txt", "2023年，武进区向汉滨区拨付帮扶资金2.018亿元。", Decimal("201800000")),
        ("b.jsonl:3", "常州市武进区向陕西省安康市汉滨区捐赠物资370余万元。", Decimal("3700000")),
    ]


def test_graph_resolution_counts_before_and_after(graph_articles):
    builder = build(*graph_articles, graph_articles[0])
    before, after = builder.resolution_counts()
    # 汉滨区 and 武进区 are in both articles: 7 region mentions, 5 region nodes
    assert before == {"REGION": 7, "HOSPITAL": 2, "OFFICIAL": 1, "PERSON": 2}
    assert after == {"REGION": 5, "HOSPITAL": 2, "OFFICIAL": 1, "PERSON": 2}
    assert after == count_nodes_and_facts(builder.graph)[0]


def test_graph_describe_fills_referenced_regions_up_to_the_province(graph_articles):
    places = {
        "region:320400000000": Entity("region:320400000000", "REGION", "常州市",
                                      attrs={"level": "prefecture", "parent": "region:320000000000"}),
        "region:320000000000": Entity("region:320000000000", "REGION", "江苏省", attrs={"level": "province"}),
        HANBIN: Entity(HANBIN, "REGION", "汉滨", attrs={"level": "village"}),  # articles win
    }
    article = graph_articles[1]
    article.entities[WUJIN].attrs["parent"] = "region:320400000000"
    builder = GraphBuilder(describe=places.get)
    builder.add(article)
    g = builder.graph
    province = entity_iri("region:320000000000")
    assert g.value(province, RDFS.label) == Literal("江苏省", lang="zh")
    assert (entity_iri(WUJIN), EWP.partOf, entity_iri("region:320400000000")) in g
    assert list(g.query("ASK { ?r <%s>+ <%s> }" % (EWP.partOf, province)))[0] is True
    assert g.value(entity_iri(HANBIN), EWP.level) == Literal("county")
    # described nodes are not mentions: counts before resolution see the article only
    assert builder.resolution_counts()[0]["REGION"] == 3


def test_graph_describe_fills_fact_ends_no_article_names():
    art = Article("x", "甲资助乙。", "x.txt")
    rel = Relation("funds", "org:甲", "org:乙", "甲资助乙。", 0, 5)
    builder = GraphBuilder(describe=lambda key: Entity(key, "ENTERPRISE", key[4:]) if key == "org:乙" else None)
    builder.add(ArticleResult(art, {}, [rel]))
    g = builder.graph
    assert g.value(entity_iri("org:乙"), RDFS.label) == Literal("乙", lang="zh")
    assert (entity_iri("org:甲"), RDF.type, None) not in g
