"""The extraction pipeline: spaCy ``zh`` with jieba segmentation plus two registered components.

The tokenizer is ``kg.JiebaTokenizer.v1`` (:mod:`kg.segment`): jieba's
dictionary and tokens, cut by jieba-rs.

``kg_entities`` finds regions, organisations and people and resolves them
within the document; ``kg_relations`` applies the relation rules.  Both read
their rules from :mod:`kg.rules` data files.  Articles are processed whole,
in batches per worker process (``jobs``), and results come back in input order.
"""
from __future__ import annotations

import os
import re
import traceback
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from itertools import islice
from typing import Callable, Iterable, Iterator

import spacy
from spacy.attrs import IDX, IS_SPACE, LENGTH
from spacy.language import Language
from spacy.tokens import Doc

from kg import segment  # noqa: F401  (registers the tokenizer)
from kg.model import Article, ArticleResult
from kg.normalize import boilerplate_mask, normalize_for_matching

_HAN = re.compile(r"[\u4e00-\u9fff]")

#: The segmenter, chosen explicitly: spaCy's default for ``zh`` is character segmentation.  spaCy's own
#: ``{"@tokenizers": "spacy.zh.ChineseTokenizer", "segmenter": "jieba"}`` gives the same tokens, 20 times slower.
NLP_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "kg.JiebaTokenizer.v1"}}}

for _name in ("kg_mentions", "kg_entities", "kg_relations"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


#: IDX, LENGTH and IS_SPACE of every token, read in one call.
_TOKEN_ATTRS = [IDX, LENGTH, IS_SPACE]


def _text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc: spaCy rebuilds it from the tokens on every access."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


class EntityComponent:
    """Sets ``doc._.kg_mentions`` and ``doc._.kg_entities``."""

    def __init__(self, nlp: Language, name: str):
        from kg.entities import EntityRecognizer

        self.name = name
        self.recognizer = EntityRecognizer()

    def __call__(self, doc: Doc) -> Doc:
        norm = _text(doc)
        rec = self.recognizer
        # token offsets from the Doc's arrays: no Token objects made (they dominated the profile)
        tokens = [(idx, idx + length) for idx, length, space in doc.to_array(_TOKEN_ATTRS).tolist() if not space]
        starts = {s for s, _ in tokens}
        ends = {e for _, e in tokens}
        mask = doc.user_data.get("kg_mask") or []

        def masked(s: int, e: int) -> bool:
            return any(a < e and s < b for a, b in mask)

        regions = rec.regions(norm, starts, ends, masked)
        orgs = rec.organisations(norm, tokens, regions, masked)
        regions, orgs = rec.prune(norm, regions, orgs)
        regions, orgs = rec.abbreviations(norm, regions, orgs)
        original = doc.user_data.get("kg_original", norm)
        for m in orgs:
            # names keep the article's own punctuation (（集团）), matching stays on the normalised text
            surface = original[m.start:m.end]
            if surface != m.text and all(a == b or not _HAN.match(a) for a, b in zip(surface, m.text)):
                m.text = surface
        people = rec.people(norm, tokens, regions + orgs, masked)
        regions = [r for r in regions if r.official or not any(p.start < r.end and r.start < p.end for p in people)]
        entities = rec.resolve(doc.user_data.get("kg_doc_id", ""), norm, regions, orgs, people, original)
        doc._.kg_mentions = [m for m in regions + orgs + people if m.key]
        doc._.kg_entities = entities
        return doc


class RelationComponent:
    """Sets ``doc._.kg_relations`` from the mentions of ``kg_entities``."""

    def __init__(self, nlp: Language, name: str):
        from kg.entities import lexicon
        from kg.relations import RelationExtractor

        self.name = name
        lex = lexicon()
        self.extractor = RelationExtractor(lex.rules, lex.gaz)

    def __call__(self, doc: Doc) -> Doc:
        norm = _text(doc)
        original = doc.user_data.get("kg_original")
        if original is None:
            original = norm
        mentions = doc._.kg_mentions or []
        doc._.kg_relations = self.extractor.extract(original, norm, mentions, doc._.kg_entities or {})
        return doc


@Language.factory("kg_entities", assigns=["doc._.kg_mentions", "doc._.kg_entities"])
def make_entities(nlp: Language, name: str) -> EntityComponent:
    return EntityComponent(nlp, name)


@Language.factory("kg_relations", requires=["doc._.kg_mentions", "doc._.kg_entities"], assigns=["doc._.kg_relations"])
def make_relations(nlp: Language, name: str) -> RelationComponent:
    return RelationComponent(nlp, name)


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The spaCy pipeline (one per process)."""
    nlp = spacy.blank("zh", config=NLP_CONFIG)
    nlp.add_pipe("kg_entities")
    nlp.add_pipe("kg_relations")
    return nlp


def extract_article(article: Article) -> ArticleResult:
    """Run the pipeline over one article.

    An error inside the pipeline (a bug met on this article's text) does not
    stop a corpus: the result carries it in ``error`` and nothing else, and the
    build reports the article as skipped.
    """
    try:
        return _extract(article)
    except Exception as exc:  # noqa: BLE001 - reported per article, see above
        return ArticleResult(article=article, error=_failure(exc))


def _failure(exc: Exception) -> str:
    """``IndexError: list index out of range (kg/relations.py:432)``: the error and the last line of ours it came from."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f"{os.sep}kg{os.sep}" in f.filename]
    where = ""
    if frames:
        path = frames[-1].filename
        where = f" ({path[path.rindex(os.sep + 'kg' + os.sep) + 1:]}:{frames[-1].lineno})"
    return f"{type(exc).__name__}: {exc}{where}"


def _extract(article: Article) -> ArticleResult:
    nlp = pipeline()
    norm = normalize_for_matching(article.text)
    doc = nlp.make_doc(norm)
    doc.user_data["kg_original"] = article.text
    doc.user_data["kg_text"] = norm  # spaCy's tokenisation is non-destructive: doc.text == norm
    # people named without a place are told apart by their document: its text (the same text read from
    # two sources is one document), not the id of one source
    doc.user_data["kg_doc_id"] = "doc:" + article.sha256[:16]
    doc.user_data["kg_mask"] = boilerplate_mask(norm)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return ArticleResult(article=article, entities=doc._.kg_entities, relations=doc._.kg_relations)


def _extract_batch(articles: list[Article], post: Callable | None = None) -> list:
    return [_post(extract_article(a), post) for a in articles]


def _post(result: ArticleResult, post: Callable | None):
    """``post(result)``, except for a failed result, which goes on as it is (see :func:`extract_article`)."""
    return result if post is None or result.error else post(result)


def extract_all(articles: Iterable[Article], jobs: int = 1, batch_size: int = 16,
                post: Callable | None = None) -> Iterator:
    """Extract from every article, in order; with ``jobs`` > 1 batches go to worker processes.

    ``post``, when given, maps each ArticleResult where it was made (in the
    worker), and its values are yielded instead; it must be picklable.  Failed
    results (``error`` set) are yielded as they are.
    """
    if jobs <= 1:
        for article in articles:
            yield _post(extract_article(article), post)
        return
    from kg import gazetteer

    gazetteer.default()  # build the gazetteer cache once here, not in every worker at the same time
    it = iter(articles)
    # a bounded window of batches in flight keeps memory flat on big corpora
    with ProcessPoolExecutor(max_workers=jobs, initializer=_warm) as pool:
        pending = []
        while True:
            while len(pending) < jobs * 2:
                batch = list(islice(it, batch_size))
                if not batch:
                    break
                pending.append(pool.submit(_extract_batch, batch, post))
            if not pending:
                break
            yield from pending.pop(0).result()


def _warm() -> None:
    from kg.runtime import tune_gc

    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    pipeline()
    tune_gc()
