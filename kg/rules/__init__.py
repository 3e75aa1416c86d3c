"""Rule data (TOML and word lists) loaded once per process."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


def _toml(name: str) -> dict:
    with resources.files(__package__).joinpath(name).open("rb") as fh:
        return tomllib.load(fh)


def _words(name: str) -> list[str]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    out: list[str] = []
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        out.extend(line.split())
    return out


@dataclass(frozen=True)
class Rules:
    entities: dict
    people: dict
    relations: dict
    surnames: frozenset[str]
    compound_surnames: frozenset[str]


@lru_cache(maxsize=1)
def load() -> Rules:
    names = _words("surnames.txt")
    return Rules(
        entities=_toml("entities.toml"),
        people=_toml("people.toml"),
        relations=_toml("relations.toml"),
        surnames=frozenset(n for n in names if len(n) == 1),
        compound_surnames=frozenset(n for n in names if len(n) == 2),
    )
