
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
