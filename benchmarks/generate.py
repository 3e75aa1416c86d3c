"""Generate a benchmark corpus from the seeds' real sentences, with names swapped.

Each article takes a run of consecutive paragraphs from one or two seed
articles and swaps, consistently within the article:

- regions for other divisions of the same level from the project's gazetteer
  (``kg.gazetteer.default()``), keeping the hierarchy: a seed township and its
  county become a random township and *its* county, and so on up;
  short forms (汉滨 for 汉滨区) become the new region's short form;
- organisation names through their region prefix (汉滨区第三人民医院 →
  <new county>第三人民医院), since the prefix is swapped wherever it appears;
- people for new surname + given-name combinations.

The entities to swap are found by running the project's own extraction over
the seeds once.  Output is deterministic for a given ``--seed``.

    python benchmarks/generate.py --articles 2000 --out /tmp/corpus            # .txt files
    python benchmarks/generate.py --articles 2000 --out /tmp/corpus --jsonl    # one corpus.jsonl
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
            "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文辉力斌志红宇晨鹏飞俊峰亮波浩凯东海林"
LEVELS = ("province", "prefecture", "county", "township")
#: Names left as they are (quoted leaders, not people the articles are about).
KEEP = frozenset({"习近平"})


@dataclass
class SeedArticle:
    name: str
    paragraphs: list[str]


@dataclass
class SeedNames:
    """Surface forms found in the seeds: region form -> (region key, is short form); person names."""

    regions: dict[str, tuple[str, bool]] = field(default_factory=dict)
    region_levels: dict[str, str] = field(default_factory=dict)
    region_parents: dict[str, str | None] = field(default_factory=dict)
    people: set[str] = field(default_factory=set)


def read_seeds() -> list[SeedArticle]:
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        paragraphs = [p.strip() for p in text.splitlines() if p.strip()]
        out.append(SeedArticle(path.stem, paragraphs))
    return out


def seed_names() -> SeedNames:
    """Run the project's extraction over the seeds to find what to swap."""
    from kg.extract import extract_article
    from kg.ingest import iter_articles

    names = SeedNames()
    for article in iter_articles([str(SEEDS)]):
        result = extract_article(article)
        for entity in result.entities.values():
            if entity.type == "REGION":
                level = (entity.attrs or {}).get("level")
                if level not in LEVELS or not entity.key:
                    continue
                names.region_levels[entity.key] = level
                names.region_parents[entity.key] = (entity.attrs or {}).get("parent")
                official = (entity.attrs or {}).get("official_name") or entity.name
                for form in {entity.name, official, *entity.aliases}:
                    if len(form) >= 2:
                        names.regions.setdefault(form, (entity.key, form != official and len(form) < len(official)))
            elif entity.type in ("OFFICIAL", "PERSON") and 2 <= len(entity.name) <= 4 and entity.name not in KEEP:
                names.people.add(entity.name)
    return names


class Gazetteer:
    """Divisions by level, loaded once (sorted keys, so the choice is deterministic)."""

    def __init__(self) -> None:
        from kg import gazetteer

        con = sqlite3.connect(f"file:{gazetteer.db_path()}?mode=ro", uri=True)
        gazetteer.default()  # builds the cache on first use
        self.places = {}
        self.by_level: dict[str, list[str]] = {level: [] for level in LEVELS}
        for key, name, level, parent in con.execute(
                "SELECT key, name, level, parent FROM place WHERE level IN ('province','prefecture','county','township') ORDER BY key"):
            self.places[key] = (name, level, parent)
            self.by_level[level].append(key)
        self._short = gazetteer.short_forms

    def short(self, key: str) -> str:
        name, level, _ = self.places[key]
        forms = sorted(self._short(name, level), key=lambda f: (len(f), f))
        return forms[0] if forms else name


def region_mapping(rng: random.Random, names: SeedNames, gaz: Gazetteer, keys: list[str]) -> dict[str, str]:
    """Seed region key -> gazetteer key of the same level, hierarchy kept where both sides have parents."""
    depth = {level: i for i, level in enumerate(LEVELS)}
    mapping: dict[str, str] = {}
    for key in sorted(keys, key=lambda k: (-depth[names.region_levels[k]], k)):
        if key in mapping:
            continue
        new = rng.choice(gaz.by_level[names.region_levels[key]])
        mapping[key] = new
        # walk both chains up together
        old_parent, new_parent = names.region_parents.get(key), gaz.places[new][2]
        while old_parent in names.region_levels and old_parent not in mapping and new_parent in gaz.places \
                and gaz.places[new_parent][1] == names.region_levels[old_parent]:
            mapping[old_parent] = new_parent
            old_parent, new_parent = names.region_parents.get(old_parent), gaz.places[new_parent][2]
    return mapping


def person_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


class Generator:
    def __init__(self, seed: int = 0) -> None:
        self.rng = random.Random(seed)
        self.seeds = read_seeds()
        self.names = seed_names()
        self.gaz = Gazetteer()
        forms = sorted(set(self.names.regions) | self.names.people, key=lambda f: (-len(f), f))
        self.pattern = re.compile("|".join(map(re.escape, forms)))

    def article(self, index: int) -> dict:
        rng = self.rng
        paragraphs: list[str] = []
        for _ in range(rng.choice((1, 1, 2))):
            seed = rng.choice(self.seeds)
            n = len(seed.paragraphs)
            length = rng.randint(min(3, n), min(12, n))
            start = rng.randint(0, n - length)
            paragraphs += seed.paragraphs[start:start + length]
        text = "\n\n".join(paragraphs)
        used = {self.names.regions[m.group(0)][0] for m in self.pattern.finditer(text) if m.group(0) in self.names.regions}
        regions = region_mapping(rng, self.names, self.gaz, sorted(used))
        people: dict[str, str] = {}

        def swap(match: re.Match) -> str:
            form = match.group(0)
            if form in self.names.regions:
                key, is_short = self.names.regions[form]
                new = regions.get(key)
                if new is None:
                    return form
                return self.gaz.short(new) if is_short else self.gaz.places[new][0]
            if form not in people:
                people[form] = person_name(rng)
            return people[form]

        body = self.pattern.sub(swap, text)
        title = body.split("\n", 1)[0][:40]
        return {"id": f"gen-{index:06d}", "title": title, "text": body}

    def articles(self, count: int) -> Iterator[dict]:
        for i in range(count):
            yield self.article(i)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, required=True, help="how many articles")
    parser.add_argument("--out", type=Path, required=True, help="output folder")
    parser.add_argument("--seed", type=int, default=0, help="random seed (same seed, same corpus)")
    parser.add_argument("--jsonl", action="store_true", help="write one corpus.jsonl instead of .txt files")
    args = parser.parse_args(argv)
    write(args.articles, args.out, seed=args.seed, jsonl=args.jsonl)


def write(count: int, out: Path, seed: int = 0, jsonl: bool = False) -> int:
    """Write ``count`` articles into folder ``out``; returns the number of characters written."""
    out.mkdir(parents=True, exist_ok=True)
    gen = Generator(seed)
    chars = 0
    if jsonl:
        with open(out / "corpus.jsonl", "w", encoding="utf-8") as handle:
            for record in gen.articles(count):
                chars += len(record["text"])
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        for record in gen.articles(count):
            chars += len(record["text"])
            (out / f"{record['id']}.txt").write_text(record["text"] + "\n", encoding="utf-8")
    return chars


if __name__ == "__main__":
    main()
