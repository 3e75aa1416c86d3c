"""The Python API under the CLI: build a graph, evaluate it.

The path of an article through the code reads like the list of stages:
ingest -> extract (spaCy: entities, relations) -> graph (resolve, assemble)
-> export (Turtle, HTML).
"""
from __future__ import annotations

import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from kg.model import ENTITY_TYPES, RELATION_TYPES, Article, ArticleResult


#: Graphs with more entity nodes than this get a regions-only viewer from `kg build`.
VIEWER_FULL_LIMIT = 3000


class KGError(Exception):
    """An error the user can act on; the message says what to do."""


@dataclass
class BuildSummary:
    """What a build produced, for the terminal summary."""

    articles: int = 0
    entities: Counter = field(default_factory=Counter)
    relations: Counter = field(default_factory=Counter)
    skipped: list = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    seconds: float = 0.0
    triples: int = 0
    notes: list[str] = field(default_factory=list)

    def format(self) -> str:
        lines = [f"{self.articles} article(s), {self.triples} triples in {self.seconds:.2f} s"]
        lines.append("entities:  " + ", ".join(f"{t} {self.entities.get(t, 0)}" for t in ENTITY_TYPES))
        lines.append("relations: " + ", ".join(f"{t} {self.relations.get(t, 0)}" for t in RELATION_TYPES))
        for path in self.outputs:
            lines.append(f"wrote {path}")
        lines += self.notes
        if self.skipped:
            lines.append(f"skipped {len(self.skipped)} input(s); see skipped.json")
        return "\n".join(lines)


def extract(articles: Iterable[Article], jobs: int = 1, scheduler: str | None = None,
            post: Callable | None = None) -> Iterator[ArticleResult]:
    """Run the extraction pipeline over articles, in order (on a Dask cluster when ``scheduler`` is given).

    ``post``: applied to each result where it is made; its values are yielded instead (see
    :func:`kg.extract.extract_all`).
    """
    if scheduler:
        from kg.scale import extract_dask

        yield from extract_dask(articles, scheduler, post=post)
        return
    from kg.extract import extract_all

    yield from extract_all(articles, jobs=jobs, post=post)


def read(sources: list[str], skipped: list | None = None, verbose: bool = False,
         max_bytes: int | None = None, progress: bool = False, cache=None) -> Iterator[Article]:
    """Read articles from files, folders or '-' (stdin); bad inputs go to ``skipped``.

    ``max_bytes``: skip larger inputs (default 20 MB); ``progress``: progress
    bar and live skip messages on stderr; ``cache``: an :class:`kg.ingest.InputCache`
    whose unchanged files are not read again (see :func:`kg.ingest.iter_articles`).
    """
    from kg import ingest

    on_skip = skipped.append if skipped is not None else None
    yield from ingest.iter_articles(sources, on_skip=on_skip, verbose=verbose,
                                    max_bytes=max_bytes or ingest.DEFAULT_MAX_BYTES, progress=progress,
                                    cache=cache)


def describe_region(key: str):
    """An Entity for a region no article names (a parent on the way to the province), from the gazetteer."""
    from kg import gazetteer
    from kg.entities import region_entity

    if not key.startswith("region:") or key.startswith("region:?"):
        return None
    return region_entity(gazetteer.default(), key)


def failed(result: ArticleResult, skipped: list | None) -> None:
    """Report an article extraction failed on (see :func:`kg.extract.extract_article`): into ``skipped``, and on stderr."""
    from kg.ingest import HINTS, Skipped

    item = Skipped(result.article.source, f"extraction failed on article {result.article.doc_id!r}: {result.error}",
                   HINTS["bug"], result.article.line)
    if skipped is not None:
        skipped.append(item)
    print("skipped " + item.format(), file=sys.stderr, flush=True)


def build_graph(sources: list[str], jobs: int = 1, skipped: list | None = None, summary: BuildSummary | None = None,
                scheduler: str | None = None, **read_options):
    """Build the rdflib graph of the sources in memory (``read_options``: see :func:`read`)."""
    from kg.graph import GraphBuilder

    builder = GraphBuilder(describe=describe_region)
    for result in extract(read(sources, skipped, **read_options), jobs=jobs, scheduler=scheduler):
        if result.error:
            failed(result, skipped)
            continue
        builder.add(result)
        if summary is not None:
            summary.articles += 1
    return builder.graph


def build(sources: list[str], out_dir: Path, jobs: int = 1, verbose: bool = False, quiet: bool = False,
          max_bytes: int | None = None, store: Path | None = None, scheduler: str | None = None,
          turtle: bool = True) -> BuildSummary:
    """Build the graph and write its exports into ``out_dir``.

    ``store``: build incrementally into the on-disk store in that folder (see :mod:`kg.scale`);
    ``scheduler``: extract on that Dask cluster; ``turtle``: with ``store``, also write graph.ttl.
    """
    from kg.runtime import batch_gc

    with batch_gc():
        if store is not None:
            from kg.scale import build_store

            return build_store(sources, out_dir, Path(store), jobs=jobs, scheduler=scheduler, turtle=turtle,
                               verbose=verbose, quiet=quiet, max_bytes=max_bytes)
        return _build_in_memory(sources, out_dir, jobs=jobs, verbose=verbose, quiet=quiet, max_bytes=max_bytes,
                                scheduler=scheduler)


def _build_in_memory(sources: list[str], out_dir: Path, jobs: int, verbose: bool, quiet: bool,
                     max_bytes: int | None, scheduler: str | None) -> BuildSummary:
    from kg import export
    from kg.graph import count_nodes_and_facts

    start = time.perf_counter()
    summary = BuildSummary()
    graph = build_graph(sources, jobs=jobs, skipped=summary.skipped, summary=summary, scheduler=scheduler,
                        verbose=verbose and not quiet, max_bytes=max_bytes, progress=not quiet)
    if summary.articles == 0:
        raise KGError("no article could be read from " + " ".join(sources) + "; give .txt, .html or .jsonl files or folders holding them")
    out_dir.mkdir(parents=True, exist_ok=True)
    summary.outputs += export.write_all(graph, out_dir)
    summary.entities, summary.relations = count_nodes_and_facts(graph)
    html = out_dir / "graph.html"
    note = write_viewer(graph, html, summary.entities)
    if note:
        summary.notes.append(note)
    summary.outputs.append(html)
    report = out_dir / "skipped.json"
    export.atomic_write_text(report, json.dumps([s.to_dict() for s in summary.skipped], ensure_ascii=False, indent=2) + "\n")
    summary.outputs.append(report)
    summary.triples = len(graph)
    summary.seconds = time.perf_counter() - start
    return summary


def write_viewer(graph, path: Path, entities: Counter) -> str | None:
    """Write the HTML viewer of a build; ``entities``: nodes per type.  Returns a note for the summary, if any.

    Up to :data:`VIEWER_FULL_LIMIT` entity nodes the page shows them all; beyond,
    a page of every node would not load, so it shows the regions on a map.
    """
    from kg import viewer

    if sum(entities.values()) <= VIEWER_FULL_LIMIT:
        viewer.write_html(graph, path)
        return None
    viewer.write_html(graph, path, classes=["Region"], layout="geo")
    return (f"graph.html shows the {entities['REGION']} regions on a map; "
            "use `kg view graph.ttl --focus NAME --out FILE` for any neighbourhood")


def evaluate(sources: list[str], gold_path: Path, jobs: int = 1):
    """Build in memory and score the graph against a gold file."""
    from kg.evaluate import evaluate_graph, load_gold

    gold = load_gold(gold_path)
    graph = build_graph(sources, jobs=jobs)
    return evaluate_graph(graph, gold)
