"""The graph's vocabulary as Python names, checked against ``ontology/ewp.ttl``.

``EWP`` lists every term the ontology defines (``_fail = True``: a typo such
as ``EWP.fund`` raises instead of minting a new IRI); ``tests/test_ontology_*``
fails when this file and the ontology drift.  ``ID`` is the namespace of
instances (regions, people, organisations, documents, qualified facts).

>>> str(EWP.funds)
'https://w3id.org/ewp-kg/ontology#funds'
>>> str(ID["region/610902000000"])
'https://w3id.org/ewp-kg/id/region/610902000000'
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

EWP_IRI = "https://w3id.org/ewp-kg/ontology#"
ID_IRI = "https://w3id.org/ewp-kg/id/"
ONTOLOGY_IRI = "https://w3id.org/ewp-kg/ontology"

SCHEMA = Namespace("http://schema.org/")
ID = Namespace(ID_IRI)


class EWP(DefinedNamespace):
    """East–West partnership ontology (``ewp:``), one attribute per term of ``ontology/ewp.ttl``."""

    _fail = True
    _NS = Namespace(EWP_IRI)

    # Classes: things
    Region: URIRef  # administrative unit or zone
    Person: URIRef  # a named person
    Official: URIRef  # a person holding a public post (subclass of Person)
    Organization: URIRef  # superclass of the four below; alone: any other organisation
    Enterprise: URIRef  # company, group, cooperative
    Hospital: URIRef  # hospital or health institution
    School: URIRef  # school or educational institution
    GovernmentBody: URIRef  # government, Party or state body
    Document: URIRef  # a source article

    # Classes: qualified facts
    QualifiedFact: URIRef  # superclass of the three below
    Pairing: URIRef
    Funding: URIRef
    Secondment: URIRef

    # Direct relations
    pairsWith: URIRef  # symmetric; stated in both directions
    funds: URIRef  # funder -> recipient
    secondsStaffTo: URIRef  # sender -> receiver

    # Properties of qualified facts
    partner: URIRef
    funder: URIRef
    recipient: URIRef
    amountCNY: URIRef  # xsd:decimal, yuan
    year: URIRef
    kind: URIRef  # aid / donation / investment
    approximate: URIRef  # xsd:boolean
    joint: URIRef  # xsd:boolean
    sender: URIRef
    receiver: URIRef
    headcount: URIRef  # xsd:integer
    headcountShared: URIRef  # xsd:boolean
    secondee: URIRef

    # Provenance
    evidence: URIRef  # the sentence as written
    startOffset: URIRef
    endOffset: URIRef
    sourceFile: URIRef
    contentHash: URIRef

    # Regions
    partOf: URIRef  # transitive; immediate parent stated
    level: URIRef
    side: URIRef
    divisionCode: URIRef
    qualifiedName: URIRef

    # People and organisations
    title: URIRef  # post as written
    memberOf: URIRef  # person -> body
    region: URIRef  # person -> region served
    basedIn: URIRef  # organisation -> region


def _materialise(namespace: type[DefinedNamespace]) -> None:
    """Store every term as a class attribute.

    rdflib resolves ``EWP.funds`` through the metaclass's ``__getattr__`` on each
    access, a new URIRef every time; graph assembly and the viewer make about a
    million such accesses on 2,000 articles.  Unknown names still raise (``_fail``).
    """
    for name in namespace.__annotations__:
        setattr(namespace, name, namespace[name])


_materialise(EWP)
