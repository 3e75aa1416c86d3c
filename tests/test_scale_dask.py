"""kg build --scheduler: extraction on a local two-worker Dask cluster gives the same Turtle as a local build."""
from __future__ import annotations

from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed", reason="the 'dask' extra is not installed")

from kg import api  # noqa: E402

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as local:
        yield local


def test_scale_dask_build_gives_the_same_turtle_bytes_as_a_local_build(cluster, tmp_path):
    api.build([str(SEEDS)], tmp_path / "local", quiet=True)
    api.build([str(SEEDS)], tmp_path / "dask", quiet=True, scheduler=cluster.scheduler_address)
    local = (tmp_path / "local" / "graph.ttl").read_bytes()
    assert (tmp_path / "dask" / "graph.ttl").read_bytes() == local


def test_scale_dask_results_come_back_in_input_order(cluster):
    from kg.scale import extract_dask

    articles = list(api.read([str(SEEDS)]))
    results = list(extract_dask(articles, cluster.scheduler_address, batch_size=2))
    assert [r.article.doc_id for r in results] == [a.doc_id for a in articles]


def test_scale_dask_store_build_holds_the_local_graph(cluster, tmp_path):
    from rdflib.compare import isomorphic

    from kg.scale import GraphStore

    api.build([str(SEEDS)], tmp_path / "out", quiet=True, store=tmp_path / "store", scheduler=cluster.scheduler_address)
    store = GraphStore(tmp_path / "store")
    try:
        assert isomorphic(store.to_rdflib(), api.build_graph([str(SEEDS)]))
    finally:
        store.close()
