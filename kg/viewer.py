"""The interactive HTML viewer: one self-contained, offline file built with pyvis.

The page embeds vis-network (JS and CSS, from the copy pyvis ships), the
graph's data as escaped JSON inside ``<script type="application/json">`` and a
small script (``kg/static/viewer.js``) that draws it with a legend, a search
box, filters by class and relation, and a side panel that shows every fact a
node takes part in with its evidence sentence and source document.  Nothing is
fetched from the network, and no article text is ever parsed as HTML.

Python API: :func:`write_html` (used by ``kg build``) and :func:`view_data`.
CLI: ``kg view GRAPH --out FILE``.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import os
import re
import tempfile
from collections import defaultdict, deque
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import click
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

EWP = Namespace("https://w3id.org/ewp-kg/ontology#")
SCHEMA = Namespace("http://schema.org/")

STATIC = Path(__file__).parent / "static"

#: Node classes in legend order: key -> (Chinese label, colour, vis shape, legend glyph).
#: Subclasses come before their superclass so the most specific class wins.
CLASS_STYLES: dict[str, tuple[str, str, str, str]] = {
    "Region": ("地区", "#1f77b4", "dot", "●"),
    "Official": ("官员", "#d62728", "triangle", "▲"),
    "Person": ("人物", "#e377c2", "triangleDown", "▼"),
    "GovernmentBody": ("政府机构", "#8c564b", "square", "■"),
    "Enterprise": ("企业", "#ff7f0e", "diamond", "◆"),
    "Hospital": ("医院", "#2ca02c", "star", "★"),
    "School": ("学校", "#9467bd", "hexagon", "⬢"),
    "Organization": ("其他组织", "#7f7f7f", "dot", "○"),
}
#: Classes that ``fold_institutions`` merges into the region they are based in.
INSTITUTIONS = ("GovernmentBody", "Enterprise", "Hospital", "School", "Organization")
#: What ``classes=["Person"]`` also admits (subclasses).
SUBCLASSES = {
    "Person": ("Person", "Official"),
    "Organization": INSTITUTIONS,
}

#: Relations drawn as edges: key -> (Chinese label, colour, arrow, dashes).
RELATION_STYLES: dict[str, tuple[str, str, str, bool]] = {
    "pairsWith": ("结对", "#1f77b4", "", False),
    "funds": ("资助", "#2ca02c", "to", False),
    "secondsStaffTo": ("选派", "#ff7f0e", "to", False),
    "partOf": ("隶属", "#b0b0b0", "to", True),
    "basedIn": ("位于", "#c7c7c7", "to", True),
    "memberOf": ("任职", "#d6a5a5", "to", True),
}
#: Predicates tried, in order, to find the region an institution or person belongs to.
BASED_IN = (EWP.basedIn, EWP.region, EWP.locatedIn, SCHEMA.location, EWP.partOf)

LAYOUTS = ("auto", "physics", "static", "geo")
#: Above this many nodes ``layout="auto"`` precomputes positions and turns physics off.
PHYSICS_MAX_NODES = 500


class ViewerError(ValueError):
    """A viewer option that cannot be honoured; the message says what to do."""


# --------------------------------------------------------------------------- reading the graph


@dataclass
class _Node:
    iri: str
    cls: str
    label: str
    names: list[str]
    parent: str | None = None  # ewp:partOf (regions)
    region: str | None = None  # the region an institution/person is based in
    level: str | None = None
    lat: float | None = None
    lon: float | None = None
    titles: list[str] = field(default_factory=list)
    member_of: list[str] = field(default_factory=list)
    facts: list[int] = field(default_factory=list)
    folded: list[str] = field(default_factory=list)


def _zh_first(values) -> str | None:
    """Prefer an @zh literal, then an untagged one, then any; ties broken by text."""
    values = [v for v in values if isinstance(v, Literal)]
    if not values:
        return None
    rank = {"zh": 0, None: 1}
    values.sort(key=lambda v: (rank.get((v.language or None) and v.language.split("-")[0].lower(), 2), str(v)))
    return str(values[0])


def _local_name(iri: str) -> str:
    return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _float(value) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def format_amount(amount, approximate: bool = False) -> str:
    """Yuan as a reader writes it: 977000000 -> '9.77亿元', 3000000 -> '300万元'.

    >>> format_amount(977000000)
    '9.77亿元'
    >>> format_amount(Decimal("3250000"), approximate=True)
    '约325万元'
    """
    try:
        value = Decimal(str(amount))
    except (InvalidOperation, ValueError):
        return str(amount)
    for unit, size in (("亿元", Decimal(100_000_000)), ("万元", Decimal(10_000))):
        if abs(value) >= size:
            text = f"{(value / size).quantize(Decimal('0.01')).normalize():f}{unit}"
            break
    else:
        text = f"{value.normalize():f}元"
    return ("约" if approximate else "") + text


def _class_of(graph: Graph, subject) -> str | None:
    types = {_local_name(str(t)) for t in graph.objects(subject, RDF.type) if str(t).startswith(str(EWP))}
    for key in CLASS_STYLES:
        if key in types:
            return key
    return None


def _names(graph: Graph, subject) -> tuple[str, list[str]]:
    label = _zh_first(graph.objects(subject, RDFS.label)) or _zh_first(graph.objects(subject, SKOS.prefLabel))
    label = label or _local_name(str(subject))
    names = [label]
    for predicate in (RDFS.label, SKOS.prefLabel, SKOS.altLabel):
        for value in sorted(str(v) for v in graph.objects(subject, predicate) if isinstance(v, Literal)):
            if value not in names:
                names.append(value)
    return label, names


def _document(graph: Graph, fact) -> dict:
    docs = sorted(str(d) for d in graph.objects(fact, PROV.wasDerivedFrom))
    if not docs:
        return {}
    doc = URIRef(docs[0])
    title = _zh_first(graph.objects(doc, DCTERMS.title)) or _zh_first(graph.objects(doc, RDFS.label))
    source = _zh_first(graph.objects(doc, EWP.sourceFile))
    return {"iri": docs[0], "title": title or "", "file": source or ""}


def _one(graph: Graph, subject, predicate) -> str | None:
    values = sorted(str(v) for v in graph.objects(subject, predicate))
    return values[0] if values else None


@dataclass
class _Model:
    nodes: dict[str, _Node]
    facts: list[dict]
    edges: dict[tuple[str, str, str], list[int]]  # (relation, from, to) -> fact indices


def _read(graph: Graph) -> _Model:
    nodes: dict[str, _Node] = {}
    for subject in set(graph.subjects(RDF.type, None)):
        cls = _class_of(graph, subject)
        if cls is None or not isinstance(subject, URIRef):
            continue
        label, names = _names(graph, subject)
        node = _Node(str(subject), cls, label, names)
        node.level = _one(graph, subject, EWP.level)
        node.lat = _float(graph.value(subject, SCHEMA.latitude))
        node.lon = _float(graph.value(subject, SCHEMA.longitude))
        nodes[node.iri] = node
    for node in nodes.values():
        subject = URIRef(node.iri)
        if node.cls == "Region":
            parents = sorted(str(p) for p in graph.objects(subject, EWP.partOf) if str(p) in nodes and str(p) != node.iri)
            node.parent = parents[0] if parents else None
        else:
            for predicate in BASED_IN:
                regions = sorted(str(r) for r in graph.objects(subject, predicate)
                                 if str(r) in nodes and nodes[str(r)].cls == "Region")
                if regions:
                    node.region = regions[0]
                    break
            node.titles = sorted(str(t) for t in graph.objects(subject, EWP.title) if isinstance(t, Literal))
            node.member_of = sorted(str(b) for b in graph.objects(subject, EWP.memberOf)
                                    if str(b) in nodes and str(b) != node.iri)

    facts: list[dict] = []
    edges: dict[tuple[str, str, str], list[int]] = {}

    def add_fact(rel: str, head: str, tail: str, fact: dict) -> None:
        if rel == "pairsWith":
            head, tail = sorted((head, tail))
        index = len(facts)
        facts.append(fact)
        edges.setdefault((rel, head, tail), []).append(index)
        for iri in {head, tail, *fact.get("secondees", [])}:
            if iri in nodes:
                nodes[iri].facts.append(index)

    def base(fact_node, rel: str) -> dict:
        return {
            "rel": rel,
            "iri": str(fact_node),
            "evidence": _zh_first(graph.objects(fact_node, EWP.evidence)) or "",
            "doc": _document(graph, fact_node),
        }

    qualified = []
    for cls_name, rel in (("Pairing", "pairsWith"), ("Funding", "funds"), ("Secondment", "secondsStaffTo")):
        for fact_node in sorted(graph.subjects(RDF.type, EWP[cls_name]), key=str):
            qualified.append((rel, fact_node))
    for rel, fact_node in qualified:
        fact = base(fact_node, rel)
        if rel == "pairsWith":
            partners = sorted(str(p) for p in graph.objects(fact_node, EWP.partner) if str(p) in nodes)
            if len(partners) != 2:
                continue
            head, tail = partners
            fact["detail"] = ""
        elif rel == "funds":
            head, tail = _one(graph, fact_node, EWP.funder), _one(graph, fact_node, EWP.recipient)
            if head not in nodes or tail not in nodes:
                continue
            amount = graph.value(fact_node, EWP.amountCNY)
            approx = str(graph.value(fact_node, EWP.approximate) or "").lower() in ("true", "1")
            fact["amount"] = format_amount(amount, approx) if amount is not None else ""
            fact["year"] = _one(graph, fact_node, EWP.year) or ""
            fact["kind"] = _one(graph, fact_node, EWP.kind) or ""
            fact["detail"] = " · ".join(x for x in (fact["amount"], fact["year"], fact["kind"]) if x)
        else:
            head, tail = _one(graph, fact_node, EWP.sender), _one(graph, fact_node, EWP.receiver)
            if head not in nodes or tail not in nodes:
                continue
            count = graph.value(fact_node, EWP.headcount)
            fact["headcount"] = f"{count}人" if count is not None else ""
            secondees = sorted(str(p) for p in graph.objects(fact_node, EWP.secondee) if str(p) in nodes)
            fact["secondees"] = secondees
            fact["detail"] = " · ".join(
                x for x in (fact["headcount"], "、".join(nodes[p].label for p in secondees)) if x)
        fact["from"], fact["to"] = head, tail
        add_fact(rel, head, tail, fact)

    # Direct edges without a qualified fact still get drawn.
    for rel in ("pairsWith", "funds", "secondsStaffTo"):
        for s, o in graph.subject_objects(EWP[rel]):
            s, o = str(s), str(o)
            if s in nodes and o in nodes and s != o:
                key = (rel, *sorted((s, o))) if rel == "pairsWith" else (rel, s, o)
                edges.setdefault(key, [])
    for node in nodes.values():
        if node.parent:
            edges.setdefault(("partOf", node.iri, node.parent), [])
        if node.region:
            edges.setdefault(("basedIn", node.iri, node.region), [])
        for body in node.member_of:
            edges.setdefault(("memberOf", node.iri, body), [])
    return _Model(nodes, facts, edges)


# --------------------------------------------------------------------------- scale options


def _fold(model: _Model) -> None:
    """Merge institutions into the region they are based in (those without one stay)."""
    target = {iri: n.region for iri, n in model.nodes.items() if n.cls in INSTITUTIONS and n.region}
    if not target:
        return
    for iri, region in sorted(target.items()):
        node = model.nodes.pop(iri)
        host = model.nodes[region]
        host.folded.append(node.label)
        host.names.extend(n for n in node.names if n not in host.names)
        host.facts.extend(i for i in node.facts if i not in host.facts)
    edges: dict[tuple[str, str, str], list[int]] = {}
    for (rel, a, b), facts in model.edges.items():
        a, b = target.get(a, a), target.get(b, b)
        if a == b:
            continue
        if rel == "pairsWith":
            a, b = sorted((a, b))
        edges.setdefault((rel, a, b), []).extend(facts)
    model.edges = edges


def find_node(model_or_graph, name: str) -> str:
    """The IRI of the node called ``name`` (label, alias, or IRI); raises ViewerError."""
    model = model_or_graph if isinstance(model_or_graph, _Model) else _read(model_or_graph)
    if name in model.nodes:
        return name
    exact = sorted(iri for iri, n in model.nodes.items() if name in n.names)
    if exact:
        # Prefer a node whose canonical label is the name, then regions (汉滨区 the place).
        exact.sort(key=lambda iri: (model.nodes[iri].label != name, model.nodes[iri].cls != "Region", iri))
        return exact[0]
    import difflib

    labels = sorted({n.label for n in model.nodes.values()})
    near = sorted({n.label for n in model.nodes.values() if any(name in x for x in n.names)})[:5]
    near = near or difflib.get_close_matches(name, labels, n=5, cutoff=0.5)
    hint = f"; did you mean {'、'.join(near)}?" if near else "; give a label or alias as it appears in the graph"
    raise ViewerError(f"no node named {name!r} in the graph{hint}")


def _focus(model: _Model, name: str, depth: int) -> None:
    start = find_node(model, name)
    neighbours: dict[str, set[str]] = defaultdict(set)
    for rel, a, b in model.edges:
        if rel in ("partOf", "basedIn"):
            continue  # walking up to the province and down again would pull in everything
        neighbours[a].add(b)
        neighbours[b].add(a)
    for index in range(len(model.facts)):
        fact = model.facts[index]
        for person in fact.get("secondees", []):
            for end in (fact["from"], fact["to"]):
                neighbours[person].add(end)
                neighbours[end].add(person)
    seen = {start: 0}
    queue = deque([start])
    while queue:
        iri = queue.popleft()
        if seen[iri] >= depth:
            continue
        for other in sorted(neighbours[iri]):
            if other not in seen:
                seen[other] = seen[iri] + 1
                queue.append(other)
    _keep(model, set(seen))


def _keep(model: _Model, keep: set[str]) -> None:
    model.nodes = {iri: n for iri, n in model.nodes.items() if iri in keep}
    model.edges = {k: v for k, v in model.edges.items() if k[1] in keep and k[2] in keep}


def _filter_classes(model: _Model, classes, always: str | None = None) -> None:
    wanted: set[str] = set()
    lookup = {k.lower(): k for k in CLASS_STYLES}
    for name in classes:
        key = lookup.get(str(name).removeprefix("ewp:").lower())
        if key is None:
            raise ViewerError(f"unknown class {name!r}; choose from {', '.join(CLASS_STYLES)}")
        wanted.update(SUBCLASSES.get(key, (key,)))
    _keep(model, {iri for iri, n in model.nodes.items() if n.cls in wanted or iri == always})


# --------------------------------------------------------------------------- layout


def _fr_layout(n: int, pairs: list[tuple[int, int]], iterations: int = 60, seed: int = 7, sample: int = 700):
    """Fruchterman–Reingold in numpy for components too big for networkx's dense spring_layout.

    (networkx's own sparse variant needs scipy.)  Repulsion is exact up to
    ``sample`` nodes; above that each iteration repels every node from a fresh
    random sample of ``sample`` nodes, scaled up: O(n·sample) per iteration,
    and the noise averages out over the iterations.
    """
    import numpy as np

    rng = np.random.default_rng(seed)
    pos = (rng.random((n, 2)) * 2 - 1).astype(np.float32)
    k2 = np.float32(4.0 / n)
    k = math.sqrt(4.0 / n)
    src = np.array([a for a, _ in pairs], dtype=np.int64)
    dst = np.array([b for _, b in pairs], dtype=np.int64)
    temperature = 0.2
    cooling = temperature / (iterations + 1)
    block = 1024
    for _ in range(iterations):
        if n > sample:
            others = rng.choice(n, size=sample, replace=False)
            weight = np.float32(n / sample)
        else:
            others = np.arange(n)
            weight = np.float32(1.0)
        ox, oy = pos[others, 0], pos[others, 1]
        disp = np.zeros((n, 2), dtype=np.float32)
        for start in range(0, n, block):
            dx = pos[start:start + block, 0, None] - ox[None, :]
            dy = pos[start:start + block, 1, None] - oy[None, :]
            d2 = dx * dx + dy * dy
            np.maximum(d2, np.float32(1e-6), out=d2)
            np.divide(k2 * weight, d2, out=d2)
            disp[start:start + block, 0] = np.einsum("ij,ij->i", dx, d2)
            disp[start:start + block, 1] = np.einsum("ij,ij->i", dy, d2)
        if len(src):
            delta = pos[src] - pos[dst]
            dist = np.maximum(np.sqrt((delta * delta).sum(-1)), np.float32(1e-3))
            force = delta * (dist / np.float32(k))[:, None]
            np.add.at(disp, src, -force)
            np.add.at(disp, dst, force)
        length = np.maximum(np.sqrt((disp * disp).sum(-1)), np.float32(1e-9))
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cooling
    pos -= pos.mean(0)
    return pos.astype(float)


def _static_positions(model: _Model, scale_per_node: float = 28.0) -> dict[str, tuple[float, float]]:
    """Positions for every node: each connected component laid out alone, then packed in rows."""
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(sorted(model.nodes))
    g.add_edges_from((a, b) for _, a, b in sorted(model.edges))
    components = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    boxes = []
    for comp in components:
        if len(comp) == 1:
            local = {comp[0]: (0.0, 0.0)}
        elif len(comp) <= 300:
            sub = g.subgraph(comp)
            local = {k: tuple(v) for k, v in nx.spring_layout(sub, seed=7, iterations=80).items()}
        else:
            index = {iri: i for i, iri in enumerate(comp)}
            pairs = [(index[a], index[b]) for a, b in g.subgraph(comp).edges()]
            pos = _fr_layout(len(comp), pairs)
            local = {iri: tuple(pos[i]) for iri, i in index.items()}
        # Scale so that area grows with the node count (about scale_per_node px apart).
        radius = max(max((math.hypot(x, y) for x, y in local.values()), default=0.0), 1e-9)
        target = scale_per_node * math.sqrt(len(comp)) * 1.2 if len(comp) > 1 else 0.0
        factor = target / radius if len(comp) > 1 else 0.0
        boxes.append({iri: (x * factor, y * factor) for iri, (x, y) in local.items()})
    # Shelf packing: big components first, rows about as wide as the biggest one (or sqrt of the total).
    positions: dict[str, tuple[float, float]] = {}
    total = sum(len(b) for b in boxes)
    row_width = max(scale_per_node * 2.4 * math.sqrt(len(boxes[0])) if boxes else 0.0,
                    scale_per_node * 3 * math.sqrt(total))
    x = y = row_height = 0.0
    gap = scale_per_node * 2
    for box in boxes:
        xs = [p[0] for p in box.values()]
        ys = [p[1] for p in box.values()]
        width, height = max(xs) - min(xs), max(ys) - min(ys)
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height + gap, 0.0
        for iri, (px, py) in box.items():
            positions[iri] = (round(x + px - min(xs), 1), round(y + py - min(ys), 1))
        x += width + gap
        row_height = max(row_height, height)
    return positions


def _geo_positions(model: _Model) -> tuple[dict[str, tuple[float, float]], set[str], dict]:
    """Regions at their coordinates (equirectangular, y grows south); the rest placed near them."""
    located = {iri: (n.lon, n.lat) for iri, n in model.nodes.items()
               if n.cls == "Region" and n.lat is not None and n.lon is not None}
    if not located:
        return _static_positions(model), set(), {}
    lat0 = math.fsum(lat for _, lat in located.values()) / len(located)
    lon0 = math.fsum(lon for lon, _ in located.values()) / len(located)
    lons = [lon for lon, _ in located.values()]
    lats = [lat for _, lat in located.values()]
    span = max(max(lons) - min(lons), max(lats) - min(lats), 1.0)
    k = max(60.0, 1800.0 / span)  # px per degree
    coslat = math.cos(math.radians(lat0))

    def project(lon: float, lat: float) -> tuple[float, float]:
        return ((lon - lon0) * k * coslat, -(lat - lat0) * k)

    fixed = {iri: project(*ll) for iri, ll in located.items()}
    # Everything else sits in rings around its anchor: its own region (or nearest
    # located ancestor), else the middle of its located neighbours.  Deterministic
    # and O(n); a spring layout would fling the unanchored nodes off the map.
    neighbours: dict[str, list[str]] = defaultdict(list)
    for _, a, b in sorted(model.edges):
        neighbours[a].append(b)
        neighbours[b].append(a)
    rings: dict[tuple[float, float], list[str]] = defaultdict(list)
    loose: list[str] = []
    for iri in sorted(model.nodes):
        if iri in fixed:
            continue
        ref, hops = model.nodes[iri].region or model.nodes[iri].parent, 0
        while ref and ref not in fixed and ref in model.nodes and hops < 10:
            ref, hops = model.nodes[ref].parent, hops + 1
        anchors = [fixed[ref]] if ref in fixed else [fixed[o] for o in neighbours[iri] if o in fixed]
        if anchors:
            centre = (round(math.fsum(x for x, _ in anchors) / len(anchors), 1), round(math.fsum(y for _, y in anchors) / len(anchors), 1))
            rings[centre].append(iri)
        else:
            loose.append(iri)
    positions = {iri: (round(x, 1), round(y, 1)) for iri, (x, y) in fixed.items()}
    spacing = 24.0
    for (cx, cy), members in rings.items():
        radius, slot, capacity = spacing * 1.5, 0, 0
        for iri in members:
            if slot >= capacity:
                if capacity:
                    radius += spacing
                capacity, slot = max(6, int(2 * math.pi * radius / spacing)), 0
            angle = 2 * math.pi * slot / capacity + radius  # offset rings so they do not line up
            positions[iri] = (round(cx + radius * math.cos(angle), 1), round(cy + radius * math.sin(angle), 1))
            slot += 1
    if loose:  # a tidy block to the left of the map
        xs = [x for x, _ in positions.values()]
        ys = [y for _, y in positions.values()]
        top, left = min(ys), min(xs) - 3 * spacing
        per_column = max(8, int((max(ys) - min(ys)) / spacing) + 1)
        for i, iri in enumerate(loose):
            positions[iri] = (round(left - (i // per_column) * spacing * 1.5, 1), round(top + (i % per_column) * spacing, 1))
    graticule = {"lon0": lon0, "lat0": lat0, "k": k, "coslat": coslat,
                 "lonMin": math.floor(min(lons)) - 2, "lonMax": math.ceil(max(lons)) + 2,
                 "latMin": math.floor(min(lats)) - 2, "latMax": math.ceil(max(lats)) + 2}
    return positions, set(fixed), graticule


# --------------------------------------------------------------------------- page data


def _region_path(model_nodes: dict[str, _Node], all_nodes: dict[str, _Node], node: _Node) -> list[str]:
    start = node.iri if node.cls == "Region" else node.region
    path, seen = [], set()
    while start and start in all_nodes and start not in seen:
        seen.add(start)
        path.append(all_nodes[start].label)
        start = all_nodes[start].parent
    return path


def _edge_label(rel: str, facts: list[dict]) -> str:
    details = []
    for fact in facts:
        detail = fact.get("amount") or fact.get("headcount") or ""
        if detail and detail not in details:
            details.append(detail)
    if len(details) > 2:
        details = details[:2] + [f"+{len(details) - 2}"]
    return " ".join([rel, *details])


def _truncate(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def view_data(graph: Graph, *, focus: str | None = None, depth: int = 2, classes=None,
              fold_institutions: bool = False, layout: str = "auto") -> dict:
    """The data the page embeds: nodes and edges (pyvis/vis-network dicts), facts, legend, options."""
    from pyvis.edge import Edge
    from pyvis.network import Network

    if layout not in LAYOUTS:
        raise ViewerError(f"unknown layout {layout!r}; choose from {', '.join(LAYOUTS)}")
    if depth < 0:
        raise ViewerError("depth must be 0 or more")
    model = _read(graph)
    everything = dict(model.nodes)
    if fold_institutions:
        _fold(model)
    focus_iri = None
    if focus:
        focus_iri = find_node(model, focus)
        _focus(model, focus, depth)
    if classes:
        _filter_classes(model, classes, always=focus_iri)

    n = len(model.nodes)
    mode = layout if layout != "auto" else ("physics" if n <= PHYSICS_MAX_NODES else "static")
    fixed: set[str] = set()
    graticule: dict = {}
    if mode == "static":
        positions = _static_positions(model)
    elif mode == "geo":
        positions, fixed, graticule = _geo_positions(model)
    else:
        positions = {}

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    degree: dict[str, int] = defaultdict(int)
    for _, a, b in model.edges:
        degree[a] += 1
        degree[b] += 1
    for iri in sorted(model.nodes):
        node = model.nodes[iri]
        label_zh, colour, shape, _ = CLASS_STYLES[node.cls]
        path = _region_path(model.nodes, everything, node)
        label = node.label + (f" (+{len(node.folded)})" if node.folded else "")
        tip = [node.label, f"{label_zh} {node.cls}"]
        if node.titles:
            tip.append("、".join(node.titles[:3]))
        if len(node.names) > 1:
            tip.append("又名 " + "、".join(node.names[1:6]) + ("…" if len(node.names) > 6 else ""))
        if path:
            tip.append(" › ".join(path))
        tip.append(f"{len(node.facts)} fact(s)")
        options = dict(label=label, shape=shape, color=colour, title="\n".join(tip),
                       value=1 + degree[iri], cls=node.cls, names=node.names, path=path,
                       facts=sorted(node.facts), folded=node.folded, level=node.level or "",
                       titles=node.titles)
        if iri in positions:
            options["x"], options["y"] = positions[iri]
            if mode != "physics":
                options["physics"] = False
        if iri in fixed:
            options["fixed"] = True
        net.add_node(iri, **options)
    for index, ((rel, a, b), fact_ids) in enumerate(sorted(model.edges.items())):
        label_zh, colour, arrow, dashes = RELATION_STYLES[rel]
        facts = [model.facts[i] for i in fact_ids]
        tip = [f"{model.nodes[a].label} {rel} {model.nodes[b].label}"]
        for fact in facts[:5]:
            line = fact.get("detail") or ""
            if fact.get("evidence"):
                line = (line + " " if line else "") + "“" + _truncate(fact["evidence"], 100) + "”"
            if line:
                tip.append(line)
        if len(facts) > 5:
            tip.append(f"… {len(facts) - 5} more")
        if rel not in ("pairsWith", "funds", "secondsStaffTo"):
            tip = [f"{model.nodes[a].label} {rel} {model.nodes[b].label}"]
        edge = Edge(a, b, directed=True, id=f"e{index}", rel=rel, label=_edge_label(rel, facts) if facts else ("" if rel in ("partOf", "basedIn", "memberOf") else rel),
                    title="\n".join(tip), color=colour, arrows=arrow, dashes=dashes, facts=sorted(fact_ids),
                    width=1 + min(len(facts), 4) * 0.5)
        net.edges.append(edge.options)

    big = n > PHYSICS_MAX_NODES
    net.options = {
        "autoResize": True,
        "nodes": {"font": {"size": 14, "face": "sans-serif"}, "borderWidth": 1,
                  "scaling": {"min": 8, "max": 28, "label": {"enabled": True, "min": 11, "max": 22,
                                                                      "drawThreshold": 7 if big else 3}}},
        "edges": {"font": {"size": 11, "align": "middle", "strokeWidth": 3, "color": "#444"},
                  "smooth": False if (big or mode != "physics") else {"type": "continuous"},
                  "arrows": {"to": {"scaleFactor": 0.6}}, "selectionWidth": 2},
        "interaction": {"hover": not big, "tooltipDelay": 150, "hideEdgesOnDrag": big,
                        "hideEdgesOnZoom": big, "navigationButtons": False, "keyboard": False},
        "layout": {"improvedLayout": n <= 150, "randomSeed": 7},
        "physics": ({"enabled": True, "solver": "forceAtlas2Based",
                     "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120, "avoidOverlap": 0.4},
                     "stabilization": {"enabled": True, "iterations": 300, "fit": True}}
                    if mode == "physics" else {"enabled": False}),
    }
    nodes, edges, _, _, _, options = net.get_network_data()
    legend_counts = defaultdict(int)
    for node in model.nodes.values():
        legend_counts[node.cls] += 1
    rel_counts = defaultdict(int)
    for rel, _, _ in model.edges:
        rel_counts[rel] += 1
    used_facts = sorted({i for node in model.nodes.values() for i in node.facts})
    return {
        "meta": {"layout": mode, "nodes": len(nodes), "edges": len(edges), "focus": focus_iri or "",
                 "folded": fold_institutions, "graticule": graticule,
                 "classesTotal": len(everything)},
        "classes": [{"key": k, "label": v[0], "color": v[1], "shape": v[2], "glyph": v[3], "count": legend_counts[k]}
                    for k, v in CLASS_STYLES.items()],
        "relations": [{"key": k, "label": v[0], "color": v[1], "count": rel_counts[k]}
                      for k, v in RELATION_STYLES.items()],
        "nodes": nodes,
        "edges": edges,
        "facts": {str(i): model.facts[i] for i in used_facts},
        "labels": {iri: everything[iri].label for i in used_facts
                   for iri in (model.facts[i]["from"], model.facts[i]["to"], *model.facts[i].get("secondees", []))},
        "options": json.loads(options),
    }


# --------------------------------------------------------------------------- the page


def embed_json(data) -> str:
    """JSON safe inside a <script> element: no '<', '>', '&', U+2028/U+2029 left raw.

    >>> embed_json({"a": "</script>&"})
    '{"a":"\\\\u003c/script\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


def vis_network_files() -> tuple[Path, Path]:
    """The vis-network JS and CSS to inline: pyvis's own copy, else kg/static/."""
    candidates = []
    try:
        import pyvis

        lib = Path(pyvis.__file__).parent / "templates" / "lib"
        candidates += sorted(lib.glob("vis-*"), key=lambda p: [int(x) for x in p.name[4:].split(".") if x.isdigit()],
                             reverse=True)
    except ImportError:  # pragma: no cover - pyvis is a dependency
        pass
    candidates.append(STATIC)
    for folder in candidates:
        js, css = folder / "vis-network.min.js", folder / "vis-network.css"
        if not css.exists():
            css = folder / "vis-network.min.css"
        if js.exists() and css.exists():
            return js, css
    raise ViewerError("vis-network not found in pyvis's package; reinstall pyvis (pip install --force-reinstall pyvis)")


def _inline_script(code: str) -> str:
    # A literal "</script" inside inlined code would end the element early; the
    # source-map comment would point at a file that is not there.
    code = re.sub(r"\n//# sourceMappingURL=\S+\s*$", "\n", code)
    return code.replace("</script", "<\\/script").replace("<!--", "<\\!--")


def render_html(data: dict, title: str = "ewp-kg graph") -> str:
    """The complete page for ``data`` (from :func:`view_data`)."""
    js, css = vis_network_files()
    template = (STATIC / "viewer.html").read_text(encoding="utf-8")
    vis_js = _inline_script(js.read_text(encoding="utf-8"))
    viewer_js = _inline_script((STATIC / "viewer.js").read_text(encoding="utf-8"))
    # The page's CSP allows exactly these two scripts: even injected markup could run nothing.
    hashes = " ".join("'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode() + "'"
                      for code in (vis_js, viewer_js))
    parts = {
        "{{title}}": html.escape(title),
        "{{script_src}}": hashes,
        "{{vis_css}}": css.read_text(encoding="utf-8").replace("</style", "<\\/style"),
        "{{viewer_css}}": (STATIC / "viewer.css").read_text(encoding="utf-8"),
        "{{vis_js}}": vis_js,
        "{{viewer_js}}": viewer_js,
        "{{data}}": embed_json(data),
    }
    # One pass, so that text substituted earlier is never scanned for later placeholders.
    out, pos = [], 0
    pattern = re.compile("|".join(re.escape(k) for k in parts))
    for match in pattern.finditer(template):
        out.append(template[pos:match.start()])
        out.append(parts[match.group(0)])
        pos = match.end()
    out.append(template[pos:])
    return "".join(out)


def write_html(graph: Graph, path, *, focus: str | None = None, depth: int = 2, classes=None,
               fold_institutions: bool = False, layout: str = "auto") -> Path:
    """Write the interactive viewer of ``graph`` to ``path`` (one offline UTF-8 HTML file).

    Arguments mirror ``kg view``: ``focus`` a node name (label or alias) with
    ``depth`` hops around it, ``classes`` class names to keep, ``fold_institutions``
    to merge institutions into their region, ``layout`` one of auto, physics,
    static, geo.  Returns the path written.
    """
    return _write(graph, path, focus=focus, depth=depth, classes=classes,
                  fold_institutions=fold_institutions, layout=layout)[0]


def _write(graph: Graph, path, *, focus, depth, classes, fold_institutions, layout) -> tuple[Path, dict]:
    path = Path(path)
    data = view_data(graph, focus=focus, depth=depth, classes=classes,
                     fold_institutions=fold_institutions, layout=layout)
    title = "ewp-kg · 东西部协作知识图谱"
    if focus:
        title += f" · {focus}"
    text = render_html(data, title)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Write beside the target and rename, so a reader never sees half a page.
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a page is for sharing
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path, data


# --------------------------------------------------------------------------- CLI


@click.command(name="view")
@click.argument("graph_file", metavar="GRAPH", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="HTML file to write.")
@click.option("--focus", metavar="NAME", help="Show only the neighbourhood of this node (label or alias).")
@click.option("--depth", type=click.IntRange(0), default=2, show_default=True, help="Hops around --focus.")
@click.option("--class", "classes", multiple=True, metavar="CLASS",
              help=f"Keep only nodes of this class (repeatable): {', '.join(CLASS_STYLES)}.")
@click.option("--fold-institutions", is_flag=True, help="Merge enterprises, hospitals, schools and bodies into their region.")
@click.option("--layout", type=click.Choice(LAYOUTS), default="auto", show_default=True,
              help=f"physics (live), static (precomputed, physics off), geo (regions at lat/lon); auto = physics up to {PHYSICS_MAX_NODES} nodes.")
def view(graph_file: Path, out: Path, focus, depth, classes, fold_institutions, layout) -> None:
    """Write the interactive HTML viewer of a Turtle graph (one file, works offline).

    \b
    Example:
      kg view exports/graph.ttl --out exports/graph.html
      kg view exports/graph.ttl --out hanbin.html --focus 汉滨区 --depth 2
      kg view big.ttl --out regions.html --fold-institutions --layout geo
    """
    graph = Graph()
    try:
        graph.parse(graph_file, format="turtle")
    except Exception as exc:  # rdflib raises many kinds
        raise click.ClickException(f"cannot read {graph_file} as Turtle ({exc}); give the graph.ttl written by kg build") from exc
    try:
        _, data = _write(graph, out, focus=focus, depth=depth, classes=list(classes) or None,
                         fold_institutions=fold_institutions, layout=layout)
    except ViewerError as exc:
        raise click.ClickException(str(exc)) from exc
    meta = data["meta"]
    click.echo(f"wrote {out}: {meta['nodes']} nodes, {meta['edges']} edges, layout {meta['layout']}", err=True)


commands = [view]
