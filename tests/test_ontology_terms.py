"""The ontology: every public term defined, labelled, aligned, and in step with kg/namespace.py."""
from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph, URIRef
from rdflib import namespace as ns

from kg.export import ONTOLOGY_RESOURCE, SHAPES_RESOURCE, resource_text
from kg.namespace import EWP, EWP_IRI

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "ewp.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
VOCABULARY_MD = ROOT.parent / "shared" / "spec" / "vocabulary.md"
RDF, RDFS, OWL = ns.RDF, ns.RDFS, ns.OWL

#: The terms spec/vocabulary.md promises (kept here too, so the test runs without the spec).
PROMISED = (
    "Region Person Official Organization Enterprise Hospital School GovernmentBody Document "
    "Pairing Funding Secondment pairsWith funds secondsStaffTo partner funder recipient amountCNY "
    "year kind approximate sender receiver headcount secondee evidence"
).split()
CLASSES = "Region Person Official Organization Enterprise Hospital School GovernmentBody Document Pairing Funding Secondment".split()
EXTERNAL = ("http://schema.org/", "http://www.w3.org/ns/org#", "http://xmlns.com/foaf/0.1/",
            "http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/ns/prov#")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def defined_terms(graph: Graph) -> set[str]:
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}
    return {str(s)[len(EWP_IRI):] for s, _, o in graph.triples((None, RDF.type, None))
            if o in kinds and str(s).startswith(EWP_IRI)}


def namespace_terms() -> set[str]:
    return set(EWP.__annotations__)


def test_ontology_and_namespace_define_the_same_terms(ontology):
    in_ontology, in_code = defined_terms(ontology), namespace_terms()
    assert in_ontology - in_code == set(), "add these to kg/namespace.py"
    assert in_code - in_ontology == set(), "define these in ontology/ewp.ttl"


def test_ontology_keeps_every_promised_term(ontology):
    promised = set(PROMISED)
    if VOCABULARY_MD.is_file():
        promised |= set(re.findall(r"`ewp:(\w+)`", VOCABULARY_MD.read_text(encoding="utf-8")))
    assert promised - defined_terms(ontology) == set()


@pytest.mark.parametrize("term", sorted(namespace_terms()))
def test_ontology_term_has_english_and_chinese_label_and_comment(ontology, term):
    iri = URIRef(EWP_IRI + term)
    labels = {lit.language for lit in ontology.objects(iri, RDFS.label)}
    comments = {lit.language for lit in ontology.objects(iri, RDFS.comment)}
    assert {"en", "zh"} <= labels
    assert "en" in comments


@pytest.mark.parametrize("term", CLASSES)
def test_ontology_class_is_aligned_to_a_public_vocabulary(ontology, term):
    iri = URIRef(EWP_IRI + term)
    assert (iri, RDF.type, OWL.Class) in ontology
    ancestors = set(ontology.transitive_objects(iri, RDFS.subClassOf)) | set(ontology.objects(iri, OWL.equivalentClass))
    assert any(str(a).startswith(EXTERNAL) for a in ancestors), ancestors


def test_ontology_property_characteristics(ontology):
    assert (EWP.pairsWith, RDF.type, OWL.SymmetricProperty) in ontology
    assert (EWP.partOf, RDF.type, OWL.TransitiveProperty) in ontology
    assert (EWP.partOf, RDFS.subPropertyOf, URIRef("http://schema.org/containedInPlace")) in ontology
    assert (EWP.amountCNY, RDFS.range, ns.XSD.decimal) in ontology
    assert (EWP.headcount, RDFS.range, ns.XSD.integer) in ontology
    assert (EWP.Official, RDFS.subClassOf, EWP.Person) in ontology
    for sub in (EWP.Enterprise, EWP.Hospital, EWP.School, EWP.GovernmentBody):
        assert (sub, RDFS.subClassOf, EWP.Organization) in ontology


def test_ontology_parses_in_pyoxigraph_and_has_no_blank_nodes(ontology):
    quads = list(pyoxigraph.parse(ONTOLOGY.read_bytes(), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(ontology)
    assert not any(isinstance(t, pyoxigraph.BlankNode) for q in quads for t in (q.subject, q.object))


@pytest.mark.parametrize("source,resource", [(ONTOLOGY, ONTOLOGY_RESOURCE), (SHAPES, SHAPES_RESOURCE)])
def test_ontology_packaged_copy_is_identical(source, resource):
    assert resource_text(resource) == source.read_text(encoding="utf-8"), (
        f"kg/data/{resource} is stale: run  cp {source.relative_to(ROOT)} kg/data/{resource}")


def test_ontology_defines_every_ewp_term_the_graph_uses(small_graph, ontology):
    used = {str(t)[len(EWP_IRI):] for triple in small_graph for t in triple
            if isinstance(t, URIRef) and str(t).startswith(EWP_IRI)}
    assert used and used <= defined_terms(ontology)
