"""Reading articles (minimal version: UTF-8 .txt files and folders).

To be extended: HTML, JSON Lines, encodings, stdin, size limits.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Iterator

from kg.model import Article


@dataclass(frozen=True)
class Skipped:
    """An input that could not be read, and what to do about it."""

    source: str
    reason: str
    hint: str
    line: int | None = None

    def to_dict(self) -> dict:
        return asdict(self)

    def format(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.reason}; {self.hint}"


def iter_articles(sources: list[str], on_skip: Callable[[Skipped], None] | None = None,
                  verbose: bool = False) -> Iterator[Article]:
    """Yield one Article per readable file under ``sources``, in sorted order."""
    for source in sources:
        path = Path(source)
        files = sorted(p for p in path.rglob("*.txt")) if path.is_dir() else [path]
        for file in files:
            try:
                text = file.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError) as exc:
                if on_skip:
                    on_skip(Skipped(str(file), str(exc), "check the file exists and is UTF-8 text"))
                continue
            yield Article(doc_id=file.stem, text=text, source=file.name)
