"""Plain data passed between the pipeline stages.

ingest -> Article; extract (spaCy pipeline) -> ArticleResult holding
Entity and Relation records; resolve/graph turn those into RDF.
Everything here is picklable so workers can send results back.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from decimal import Decimal

#: Entity types of the extraction guide, in display order.
ENTITY_TYPES = (
    "REGION",
    "OFFICIAL",
    "PERSON",
    "ENTERPRISE",
    "HOSPITAL",
    "SCHOOL",
    "GOVERNMENT",
    "ORGANIZATION",
)
#: Relation types of the extraction guide.
RELATION_TYPES = ("pairs_with", "funds", "seconds_staff_to")


@dataclass(frozen=True)
class Article:
    """One source article as read from disk.

    ``text`` is the text exactly as decoded; every offset in the pipeline
    refers to it, and evidence sentences are slices of it.
    """

    doc_id: str
    text: str
    source: str
    title: str | None = None
    url: str | None = None
    date: str | None = None
    line: int | None = None
    encoding: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class Entity:
    """One real-world thing as mentioned in one article.

    ``key`` is the cross-article resolution key; two Entity records with the
    same key are the same node in the graph.  Keys look like
    ``region:610902000000`` (division code), ``region:610902000000/瀛湖镇``
    (below county level, parent code + name), ``org:汉滨区第三人民医院``,
    ``person:王伟|汉滨区``.

    ``attrs`` by type (all optional):

    - REGION: ``code`` (12-digit division code or None), ``level``
      (province/prefecture/county/township/village/zone), ``qualified``
      (陕西省安康市汉滨区), ``official_name``, ``parent`` (key of the
      enclosing region), ``side`` (east/west), ``lat``, ``lon``.
    - OFFICIAL / PERSON: ``title`` (post as written), ``body`` (key of the
      GOVERNMENT entity the post belongs to), ``region`` (key of the region
      the person serves or is tied to).
    - ENTERPRISE / HOSPITAL / SCHOOL / GOVERNMENT / ORGANIZATION: ``region``
      (key of the region the name starts with).
    """

    key: str
    type: str
    name: str
    aliases: set[str] = field(default_factory=set)
    attrs: dict = field(default_factory=dict)
    spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Relation:
    """One stated fact: both ends are entity keys of the same article."""

    type: str
    head: str
    tail: str
    evidence: str
    start: int
    end: int
    amount_cny: Decimal | None = None
    approx: bool = False
    joint: bool = False
    year: str | None = None
    kind: str | None = None
    headcount: int | None = None
    secondees: tuple[str, ...] = ()


@dataclass
class ArticleResult:
    """What extraction found in one article."""

    article: Article
    entities: dict[str, Entity] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    #: set when extraction failed on this article (a bug): what went wrong and where; nothing else is set
    error: str | None = None
