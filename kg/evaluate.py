"""Scoring a built graph against a hand-made gold file.

Exactly as "How output is compared with gold" in the extraction guide says:

- the system's entities are the typed nodes that a document mentions
  (``schema:mentions``), not reference nodes added from the gazetteer;
- a gold entity is found when the graph holds a node of the same type whose
  label or alternative labels include the gold ``name``, an ``alias`` or its
  ``qualified`` form; entities are counted once per real-world thing over the
  corpus (gold entities of one type sharing a name are one thing);
- a gold relation is found when the graph holds the same direct relation
  between nodes matching its two ends (either order for ``pairs_with``);
- among found ``funds`` the share whose amount matches within 1 %, among
  found ``seconds_staff_to`` the share whose headcount matches.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.model import ENTITY_TYPES, RELATION_TYPES
from kg.graph import NODE_TYPE_ORDER
from kg.namespace import EWP, SCHEMA

_DIRECT = {"pairs_with": EWP.pairsWith, "funds": EWP.funds, "seconds_staff_to": EWP.secondsStaffTo}
_QUALIFIED = {"funds": (EWP.Funding, EWP.funder, EWP.recipient, EWP.amountCNY),
              "seconds_staff_to": (EWP.Secondment, EWP.sender, EWP.receiver, EWP.headcount)}


class GoldError(Exception):
    """The gold file cannot be used; the message names the file and what to fix."""


# ------------------------------------------------------------------ gold
@dataclass
class GoldEntity:
    type: str
    forms: set[str]
    name: str


@dataclass
class GoldRelation:
    type: str
    head: int  # index into Gold.entities
    tail: int
    doc: str
    evidence: str
    amount: Decimal | None = None
    headcount: int | None = None


@dataclass
class Gold:
    entities: list[GoldEntity] = field(default_factory=list)
    relations: list[GoldRelation] = field(default_factory=list)


def load_gold(path: Path) -> Gold:
    """Read and check a gold file; gold entities of one type sharing a surface form are merged."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read the gold file ({exc}); check the path") from exc
    except json.JSONDecodeError as exc:
        raise GoldError(f"{path}:{exc.lineno}: invalid JSON ({exc.msg}); fix the gold file") from exc
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        raise GoldError(f"{path}: not a gold file: expected an object with a \"documents\" list (see the extraction guide)")
    gold = Gold()
    index: dict[tuple[str, str], int] = {}  # (type, form) -> entity index

    def find_or_add(typ: str, forms: set[str], name: str) -> int:
        hits = sorted({index[(typ, f)] for f in forms if (typ, f) in index})
        if hits:
            i = hits[0]
            gold.entities[i].forms |= forms
        else:
            i = len(gold.entities)
            gold.entities.append(GoldEntity(typ, set(forms), name))
        for f in gold.entities[i].forms:
            index[(typ, f)] = i
        return i

    for d, doc in enumerate(data["documents"]):
        where = f"{path}: document {d + 1}"
        if not isinstance(doc, dict) or not isinstance(doc.get("entities", []), list):
            raise GoldError(f"{where}: expected an object with \"entities\" and \"relations\" lists")
        local: dict[str, int] = {}
        for e in doc.get("entities", []):
            if not isinstance(e, dict) or e.get("type") not in ENTITY_TYPES or not isinstance(e.get("name"), str):
                raise GoldError(f"{where}: entity {e!r} needs a \"type\" among {', '.join(ENTITY_TYPES)} and a \"name\"")
            forms = {e["name"], *e.get("aliases", [])}
            if e.get("qualified"):
                forms.add(e["qualified"])
            local[str(e.get("id"))] = find_or_add(e["type"], forms, e["name"])
        for r in doc.get("relations", []):
            if not isinstance(r, dict) or r.get("type") not in RELATION_TYPES:
                raise GoldError(f"{where}: relation {r!r} needs a \"type\" among {', '.join(RELATION_TYPES)}")
            if r.get("head") not in local or r.get("tail") not in local:
                raise GoldError(f"{where}: relation {r.get('type')} refers to an unknown entity id "
                                f"({r.get('head')!r} or {r.get('tail')!r}); every head and tail must be an entity id")
            amount = r.get("amount_cny")
            gold.relations.append(GoldRelation(
                r["type"], local[r["head"]], local[r["tail"]], str(doc.get("id", d)), r.get("evidence", ""),
                Decimal(str(amount)) if amount is not None else None, r.get("headcount")))
    return gold


# ----------------------------------------------------------------- system
def _node_types(graph: Graph) -> dict[URIRef, str]:
    """Extracted entities: typed nodes that some document mentions.

    Nodes no document mentions (a province added from the gazetteer so that
    ``ewp:partOf`` chains are complete) are reference data, not extraction output.
    """
    mentioned = set(graph.objects(None, SCHEMA.mentions))
    out: dict[URIRef, str] = {}
    for typ, cls in reversed(NODE_TYPE_ORDER):  # most specific class last, so it wins
        for node in graph.subjects(RDF.type, cls):
            if node in mentioned:
                out[node] = typ  # later (more specific) classes overwrite
    return out


def _labels(graph: Graph, node) -> set[str]:
    return {str(o) for p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel) for o in graph.objects(node, p)}


@dataclass
class Score:
    tp_gold: int = 0
    gold: int = 0
    tp_sys: int = 0
    sys: int = 0

    @property
    def precision(self) -> float:
        return self.tp_sys / self.sys if self.sys else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "gold": self.gold, "found": self.tp_gold, "system": self.sys, "correct": self.tp_sys}


@dataclass
class Report:
    entities: dict[str, Score]
    relations: dict[str, Score]
    amount_accuracy: tuple[int, int]
    headcount_accuracy: tuple[int, int]
    missed: list[str]
    spurious: list[str]
    attribute_mismatches: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        def acc(pair):
            ok, n = pair
            return {"matched": ok, "found": n, "accuracy": round(ok / n, 4) if n else None}

        return {
            "entities": {t: s.to_dict() for t, s in self.entities.items()},
            "relations": {t: s.to_dict() for t, s in self.relations.items()},
            "entity_macro_f1": round(_macro(self.entities), 4),
            "relation_macro_f1": round(_macro(self.relations), 4),
            "amount_accuracy": acc(self.amount_accuracy),
            "headcount_accuracy": acc(self.headcount_accuracy),
            "missed": self.missed,
            "spurious": self.spurious,
            "attribute_mismatches": self.attribute_mismatches,
        }

    def format(self, misses: bool = True) -> str:
        lines = []
        if misses:
            lines.append("gold facts not found:")
            lines += [f"  - {m}" for m in self.missed] or ["  (none)"]
            lines.append("system facts not in gold:")
            lines += [f"  + {m}" for m in self.spurious] or ["  (none)"]
            lines.append("amounts and headcounts that differ from gold:")
            lines += [f"  ≠ {m}" for m in self.attribute_mismatches] or ["  (none)"]
            lines.append("")
        lines.append(f"{'type':<18}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}{'sys':>6}")
        for t, s in list(self.entities.items()) + list(self.relations.items()):
            lines.append(f"{t:<18}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}{s.gold:6d}{s.sys:6d}")
        lines.append(f"entity macro-F1 {_macro(self.entities):.3f}   relation macro-F1 {_macro(self.relations):.3f}")
        for name, (ok, n) in (("amount within 1%", self.amount_accuracy), ("headcount exact", self.headcount_accuracy)):
            lines.append(f"{name}: {ok}/{n}" + (f" = {ok / n:.3f}" if n else ""))
        return "\n".join(lines)


def _macro(scores: dict[str, Score]) -> float:
    present = [s for s in scores.values() if s.gold or s.sys]
    return sum(s.f1 for s in present) / len(present) if present else 0.0


def evaluate_graph(graph: Graph, gold: Gold) -> Report:
    """Score ``graph`` against ``gold``."""
    types = _node_types(graph)
    labels = {n: _labels(graph, n) for n in types}
    # gold entity index -> matching nodes; node -> matched gold entities
    matches: dict[int, set] = defaultdict(set)
    matched_nodes: set = set()
    by_form: dict[tuple[str, str], list] = defaultdict(list)
    for node, typ in types.items():
        for lab in labels[node]:
            by_form[(typ, lab)].append(node)
    for i, ge in enumerate(gold.entities):
        for form in ge.forms:
            for node in by_form.get((ge.type, form), []):
                matches[i].add(node)
                matched_nodes.add(node)

    entities = {t: Score() for t in ENTITY_TYPES}
    missed, spurious = [], []
    for i, ge in enumerate(gold.entities):
        entities[ge.type].gold += 1
        entities[ge.type].tp_gold += bool(matches[i])
        if not matches[i]:
            missed.append(f"{ge.type}: {ge.name}")
    for node, typ in sorted(types.items(), key=lambda kv: (kv[1], _best_label(graph, kv[0]))):
        entities[typ].sys += 1
        entities[typ].tp_sys += node in matched_nodes
        if node not in matched_nodes:
            spurious.append(f"{typ}: {_best_label(graph, node)}")

    # direct relations of the graph
    edges: dict[str, set[tuple]] = {}
    for rtype, pred in _DIRECT.items():
        pairs = set()
        for s, o in graph.subject_objects(pred):
            pairs.add(tuple(sorted((s, o))) if rtype == "pairs_with" else (s, o))
        edges[rtype] = pairs

    def edge_matches(rtype, h, t) -> set[tuple]:
        out = set()
        for a in matches.get(h, ()):
            for b in matches.get(t, ()):
                key = tuple(sorted((a, b))) if rtype == "pairs_with" else (a, b)
                if key in edges[rtype]:
                    out.add(key)
        return out

    relations = {t: Score() for t in RELATION_TYPES}
    gold_ids: dict[str, dict[tuple, list[GoldRelation]]] = {t: defaultdict(list) for t in RELATION_TYPES}
    for gr in gold.relations:
        ident = tuple(sorted((gr.head, gr.tail))) if gr.type == "pairs_with" else (gr.head, gr.tail)
        gold_ids[gr.type][ident].append(gr)
    correct_edges: dict[str, set] = {t: set() for t in RELATION_TYPES}
    for rtype, idents in gold_ids.items():
        for ident, facts in idents.items():
            gr = facts[0]
            hits = edge_matches(rtype, gr.head, gr.tail)
            if rtype == "pairs_with" and not hits:
                hits = edge_matches(rtype, gr.tail, gr.head)
            relations[rtype].gold += 1
            if hits:
                relations[rtype].tp_gold += 1
                correct_edges[rtype] |= hits
            else:
                missed.append(f"{rtype}: {gold.entities[gr.head].name} → {gold.entities[gr.tail].name} "
                              f"[{gr.doc}] {gr.evidence[:60]}")
    names = {n: _best_label(graph, n) for n in types}
    for rtype, pairs in edges.items():
        for pair in sorted(pairs):
            relations[rtype].sys += 1
            if pair in correct_edges[rtype]:
                relations[rtype].tp_sys += 1
            else:
                spurious.append(f"{rtype}: {names.get(pair[0], pair[0])} → {names.get(pair[1], pair[1])}")

    amount = _attribute_accuracy(graph, gold, "funds", matches, lambda g, v: g.amount is not None and v is not None
                                 and abs(Decimal(str(v)) - g.amount) <= g.amount * Decimal("0.01"),
                                 lambda g: g.amount is not None)
    heads = _attribute_accuracy(graph, gold, "seconds_staff_to", matches,
                                lambda g, v: v is not None and int(v) == g.headcount, lambda g: g.headcount is not None)
    return Report(entities, relations, amount[:2], heads[:2], missed, spurious, amount[2] + heads[2])


def _attribute_accuracy(graph, gold, rtype, matches, ok, has) -> tuple[int, int, list[str]]:
    cls, head_p, tail_p, value_p = _QUALIFIED[rtype]
    values: dict[tuple, list] = defaultdict(list)
    for fact in graph.subjects(RDF.type, cls):
        for h in graph.objects(fact, head_p):
            for t in graph.objects(fact, tail_p):
                vals = [v.toPython() for v in graph.objects(fact, value_p)] or [None]
                values[(h, t)] += vals
    good = total = 0
    wrong = []
    for gr in gold.relations:
        if gr.type != rtype or not has(gr):
            continue
        found = [v for a in matches.get(gr.head, ()) for b in matches.get(gr.tail, ()) for v in values.get((a, b), [])]
        if not any((a, b) in values for a in matches.get(gr.head, ()) for b in matches.get(gr.tail, ())):
            continue
        total += 1
        if any(ok(gr, v) for v in found):
            good += 1
        else:
            expected = gr.amount if rtype == "funds" else gr.headcount
            wrong.append(f"{rtype}: {gold.entities[gr.head].name} → {gold.entities[gr.tail].name} gold {expected}, "
                         f"graph {sorted({str(v) for v in found})} [{gr.doc}] {gr.evidence[:50]}")
    return good, total, wrong


def _best_label(graph: Graph, node) -> str:
    for p in (RDFS.label, SKOS.prefLabel):
        for o in graph.objects(node, p):
            return str(o)
    return str(node)
