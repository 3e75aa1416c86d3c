"""``kg export GRAPH --format neo4j|graphdb|trig|nquads --out DIR``."""
from __future__ import annotations

commands: list = []
