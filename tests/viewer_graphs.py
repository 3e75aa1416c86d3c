"""Graphs for the viewer tests, built by hand with rdflib in the public vocabulary.

- :func:`seed_graph`: the five seed articles' gold annotations as a graph
  (what ``kg build seeds`` should produce), with coordinates for the regions.
- :func:`synthetic_graph`: a generated graph of any size, for the 3,000-node test.
- :func:`hostile_graph`: article text that tries to run script in the page.
"""
from __future__ import annotations

import hashlib
import json
import random
from decimal import Decimal
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace
from rdflib.namespace import DCTERMS, PROV, SKOS

EWP = Namespace("https://w3id.org/ewp-kg/ontology#")
ID = Namespace("https://w3id.org/ewp-kg/id/")
SCHEMA = Namespace("http://schema.org/")

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold" / "seeds.gold.json"
SEEDS = ROOT / "seeds"

CLASS_OF = {"REGION": "Region", "OFFICIAL": "Official", "PERSON": "Person", "ENTERPRISE": "Enterprise",
            "HOSPITAL": "Hospital", "SCHOOL": "School", "GOVERNMENT": "GovernmentBody",
            "ORGANIZATION": "Organization"}
#: Approximate centres (lat, lon) of the seed regions, for the geographic layout.
COORDS = {
    "上海市": (31.23, 121.47), "北京市": (39.90, 116.41), "天津市": (39.13, 117.20), "天津市和平区": (39.12, 117.21),
    "山东省": (36.67, 117.00), "江苏省": (32.06, 118.80), "江苏省南京市": (32.06, 118.80),
    "江苏省南京市六合区": (32.32, 118.84), "江苏省常州市": (31.81, 119.97), "江苏省常州市武进区": (31.70, 119.94),
    "江苏省泰州市": (32.46, 119.92), "江苏省泰州市泰兴市": (32.17, 120.05), "江苏省泰州市靖江市": (32.01, 120.28),
    "甘肃省": (36.06, 103.83), "甘肃省白银市会宁县": (35.69, 105.05), "陕西省": (34.27, 108.95),
    "陕西省咸阳市": (34.33, 108.71), "陕西省咸阳市旬邑县": (35.11, 108.33), "陕西省咸阳市永寿县": (34.69, 108.14),
    "陕西省咸阳市淳化县": (34.80, 108.58), "陕西省咸阳市长武县": (35.21, 107.80), "陕西省商洛市镇安县": (33.42, 109.15),
    "陕西省安康市": (32.68, 109.03), "陕西省安康市汉滨区": (32.70, 109.03), "陕西省西安市": (34.34, 108.94),
    "陕西省西安市雁塔区": (34.22, 108.95), "青海省": (36.62, 101.78), "青海省西宁市": (36.62, 101.78),
    "青海省西宁市湟源县": (36.68, 101.26),
}


def _iri(kind: str, text: str):
    return ID[f"{kind}/{hashlib.sha1(text.encode('utf-8')).hexdigest()[:16]}"]


def _new_graph() -> Graph:
    g = Graph()
    for prefix, ns in (("ewp", EWP), ("id", ID), ("schema", SCHEMA), ("skos", SKOS), ("prov", PROV), ("dcterms", DCTERMS)):
        g.bind(prefix, ns)
    return g


def _entity(g: Graph, iri, cls: str, name: str, aliases=()) -> None:
    g.add((iri, RDF.type, EWP[cls]))
    if cls == "Official":
        g.add((iri, RDF.type, EWP.Person))
    if cls in ("Enterprise", "Hospital", "School", "GovernmentBody"):
        g.add((iri, RDF.type, EWP.Organization))
    g.add((iri, RDFS.label, Literal(name, lang="zh")))
    g.add((iri, SKOS.prefLabel, Literal(name, lang="zh")))
    for alias in aliases:
        if alias != name:
            g.add((iri, SKOS.altLabel, Literal(alias, lang="zh")))


def _fact(g: Graph, rel: dict, head, tail, doc, index: str) -> None:
    kind = rel["type"]
    fact = _iri("fact", f"{index}|{kind}|{head}|{tail}|{rel['evidence']}")
    if kind == "pairs_with":
        g.add((fact, RDF.type, EWP.Pairing))
        g.add((fact, EWP.partner, head))
        g.add((fact, EWP.partner, tail))
        g.add((head, EWP.pairsWith, tail))
        g.add((tail, EWP.pairsWith, head))
    elif kind == "funds":
        g.add((fact, RDF.type, EWP.Funding))
        g.add((fact, EWP.funder, head))
        g.add((fact, EWP.recipient, tail))
        g.add((head, EWP.funds, tail))
        if rel.get("amount_cny") is not None:
            g.add((fact, EWP.amountCNY, Literal(Decimal(str(rel["amount_cny"])), datatype=XSD.decimal)))
        if rel.get("year"):
            g.add((fact, EWP.year, Literal(rel["year"])))
        if rel.get("kind"):
            g.add((fact, EWP.kind, Literal(rel["kind"])))
        if rel.get("approx"):
            g.add((fact, EWP.approximate, Literal(True)))
    else:
        g.add((fact, RDF.type, EWP.Secondment))
        g.add((fact, EWP.sender, head))
        g.add((fact, EWP.receiver, tail))
        g.add((head, EWP.secondsStaffTo, tail))
        if rel.get("headcount") is not None:
            g.add((fact, EWP.headcount, Literal(int(rel["headcount"]))))
        for person in rel.get("secondees", []):
            g.add((fact, EWP.secondee, person))
    g.add((fact, PROV.wasDerivedFrom, doc))
    g.add((fact, EWP.evidence, Literal(rel["evidence"], lang="zh")))


def seed_graph(gold_path: Path = GOLD) -> Graph:
    """The gold annotations of the seed articles as a graph, one node per (class, name)."""
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    g = _new_graph()
    regions: dict[str, object] = {}  # qualified name -> iri
    names: dict[str, object] = {}  # any region name/alias -> iri
    pending_orgs = []
    for document in gold["documents"]:
        source = SEEDS / f"{document['id']}.txt"
        doc = ID[f"doc/{document['id']}"]
        title = next((line.strip() for line in source.read_text(encoding="utf-8").splitlines() if line.strip()),
                     document["id"]) if source.exists() else document["id"]
        g.add((doc, RDF.type, EWP.Document))
        g.add((doc, DCTERMS.title, Literal(title[:60], lang="zh")))
        g.add((doc, EWP.sourceFile, Literal(f"seeds/{document['id']}.txt")))
        local = {}
        for e in document["entities"]:
            cls = CLASS_OF[e["type"]]
            key = e.get("qualified") or e["name"] if cls == "Region" else e["name"]
            iri = _iri(cls.lower(), key)
            local[e["id"]] = iri
            _entity(g, iri, cls, e["name"], e.get("aliases", []))
            if cls == "Region":
                regions[key] = iri
                for n in [e["name"], *e.get("aliases", [])]:
                    names.setdefault(n, iri)
                if e.get("level"):
                    g.set((iri, EWP.level, Literal(e["level"])))
                if key in COORDS:
                    g.set((iri, SCHEMA.latitude, Literal(Decimal(str(COORDS[key][0])), datatype=XSD.decimal)))
                    g.set((iri, SCHEMA.longitude, Literal(Decimal(str(COORDS[key][1])), datatype=XSD.decimal)))
            elif cls not in ("Official", "Person"):
                pending_orgs.append((iri, e["name"]))
        for i, rel in enumerate(document["relations"]):
            rel = dict(rel, secondees=[local[p] for p in rel.get("secondees", [])])
            _fact(g, rel, local[rel["head"]], local[rel["tail"]], doc, f"{document['id']}/{i}")
    # partOf: the longest other qualified name that prefixes this one.
    for key, iri in regions.items():
        parents = [k for k in regions if k != key and key.startswith(k)]
        if parents:
            g.add((iri, EWP.partOf, regions[max(parents, key=len)]))
    # basedIn: an organisation whose name starts with a region's name.
    for iri, name in pending_orgs:
        matches = [n for n in names if name.startswith(n) and n != name]
        if matches:
            g.add((iri, EWP.basedIn, names[max(matches, key=len)]))
    return g


def synthetic_graph(n_nodes: int = 3000, seed: int = 1) -> Graph:
    """A made-up graph of about ``n_nodes`` entities, shaped like a big corpus."""
    rng = random.Random(seed)
    g = _new_graph()
    doc = ID["doc/synthetic"]
    g.add((doc, RDF.type, EWP.Document))
    g.add((doc, DCTERMS.title, Literal("合成测试文章", lang="zh")))
    g.add((doc, EWP.sourceFile, Literal("synthetic.txt")))
    regions, others = [], []
    n_provinces = 12
    n_regions = max(n_provinces + 1, n_nodes // 4)
    for i in range(n_regions):
        iri = ID[f"region/r{i}"]
        level = "province" if i < n_provinces else "county"
        _entity(g, iri, "Region", f"地区{i}" + ("省" if level == "province" else "县"), [f"地{i}"])
        g.add((iri, EWP.level, Literal(level)))
        if i >= n_provinces:
            g.add((iri, EWP.partOf, ID[f"region/r{i % n_provinces}"]))
        lat, lon = 25 + (i % n_provinces) * 1.3 + rng.random(), 100 + (i % n_provinces) * 2.0 + rng.random() * 2
        g.add((iri, SCHEMA.latitude, Literal(Decimal(f"{lat:.3f}"), datatype=XSD.decimal)))
        g.add((iri, SCHEMA.longitude, Literal(Decimal(f"{lon:.3f}"), datatype=XSD.decimal)))
        regions.append(iri)
    classes = ["Enterprise", "Hospital", "School", "GovernmentBody", "Organization", "Official", "Person"]
    for i in range(n_nodes - n_regions):
        cls = classes[i % len(classes)]
        iri = ID[f"{cls.lower()}/x{i}"]
        _entity(g, iri, cls, f"{cls}{i}号")
        if cls not in ("Official", "Person"):
            g.add((iri, EWP.basedIn, rng.choice(regions)))
        others.append(iri)
    everyone = regions + others
    for i in range(int(n_nodes * 0.8)):
        kind = rng.choice(["pairs_with", "funds", "funds", "seconds_staff_to"])
        head = rng.choice(regions[:n_regions // 2] if kind == "pairs_with" else everyone)
        tail = rng.choice(regions[n_regions // 2:] if kind == "pairs_with" else regions)
        if head == tail:
            continue
        rel = {"type": kind, "evidence": f"第{i}句：{kind} 的证据。", "amount_cny": rng.randint(1, 5000) * 10000,
               "headcount": rng.randint(1, 40), "year": "2022"}
        _fact(g, rel, head, tail, doc, f"s{i}")
    return g


XSS_IMG = "<img src=x onerror=alert(1)>"
XSS_SCRIPT = "</script><script>alert(1)</script>"


def hostile_graph() -> Graph:
    """Two regions and a funding whose names, evidence and title carry script payloads."""
    g = _new_graph()
    a, b = ID["region/evil-a"], ID["region/evil-b"]
    _entity(g, a, "Region", "恶意区" + XSS_IMG, [XSS_SCRIPT, "\u2028行分隔&amp;"])
    _entity(g, b, "Region", "受助县" + XSS_SCRIPT)
    doc = ID["doc/evil"]
    g.add((doc, RDF.type, EWP.Document))
    g.add((doc, DCTERMS.title, Literal("标题" + XSS_SCRIPT, lang="zh")))
    g.add((doc, EWP.sourceFile, Literal("evil" + XSS_IMG + ".txt")))
    rel = {"type": "funds", "evidence": "恶意区资助受助县1亿元。" + XSS_IMG + XSS_SCRIPT + "<!-- <script>",
           "amount_cny": 100000000, "kind": XSS_IMG}
    _fact(g, rel, a, b, doc, "evil")
    return g


#: The seeds' gold annotations as a graph (built by hand from the gold file), the viewer tests' main page.
SEEDS_TTL = Path(__file__).parent / "data" / "viewer" / "seeds-gold.ttl"
