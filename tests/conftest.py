
# ---- graph, ontology and validation fixtures (tests/test_graph_*, test_ontology_*, test_validate_*)
import pytest as _pytest_graph


@_pytest_graph.fixture
def graph_articles():
    """Two hand-made ArticleResults (see tests/graph_fixtures.py)."""
    from graph_fixtures import article_a, article_b

    return [article_a(), article_b()]


@_pytest_graph.fixture
def small_graph(graph_articles):
    """The rdflib graph built from ``graph_articles``."""
    from kg.graph import GraphBuilder

    builder = GraphBuilder()
    for result in graph_articles:
        builder.add(result)
    return builder.graph


# ---- rule tests (tests/test_entities_rules.py, test_relations_rules.py, test_numbers.py)
class _Extracted:
    """One sentence run through the extraction pipeline, with name-based lookups."""

    def __init__(self, result):
        self.result = result
        self.entities = result.entities
        self.relations = result.relations

    def name(self, key):
        ent = self.entities.get(key)
        return ent.name if ent else key

    def names(self, typ):
        """Names (and aliases) of the entities of one type."""
        out = set()
        for e in self.entities.values():
            if e.type == typ:
                out |= {e.name, *e.aliases}
        return out

    def entity(self, name):
        return next((e for e in self.entities.values() if e.name == name or name in e.aliases), None)

    def facts(self, rtype):
        """(head name, tail name) of every relation of one type; pairs_with as sorted tuples."""
        out = set()
        for r in self.relations:
            if r.type == rtype:
                pair = (self.name(r.head), self.name(r.tail))
                out.add(tuple(sorted(pair)) if rtype == "pairs_with" else pair)
        return out

    def is_(self, key, name):
        """Whether entity ``key`` is called ``name`` (its name or an alias)."""
        ent = self.entities.get(key)
        return bool(ent) and (ent.name == name or name in ent.aliases)

    def relation(self, rtype, head, tail):
        """The first relation of ``rtype`` between the entities called ``head`` and ``tail``."""
        return next((r for r in self.relations if r.type == rtype and self.is_(r.head, head)
                     and self.is_(r.tail, tail)), None)


@_pytest_graph.fixture(scope="session")
def extract():
    """``extract(text)`` → the pipeline's result for one short text (one pipeline per session)."""
    from kg.extract import extract_article
    from kg.model import Article

    cache = {}

    def run(text: str) -> _Extracted:
        if text not in cache:
            cache[text] = _Extracted(extract_article(Article(doc_id="rule-test", text=text, source="rule-test.txt")))
        return cache[text]

    return run


# ---- viewer fixtures (tests/test_viewer_*)
@_pytest_graph.fixture(scope="module")
def seeds():
    """The seeds' gold annotations as an rdflib graph (tests/data/viewer/seeds-gold.ttl)."""
    from rdflib import Graph
    from viewer_graphs import SEEDS_TTL

    graph = Graph()
    graph.parse(SEEDS_TTL, format="turtle")
    return graph
