"""Reading articles: text, HTML and JSON Lines files, folders and stdin.

:func:`iter_articles` streams one :class:`~kg.model.Article` at a time; no
more than one input (or one JSON line) is held in memory.  An input that
cannot be read becomes a :class:`Skipped` record handed to ``on_skip``, with
a one-line message naming the file (and line) and what to do; reading goes
on with the next input.

Inputs:

- ``.txt`` (and any explicitly named file of unknown type): the whole file
  is one article; ``doc_id`` is the file stem.
- ``.html`` / ``.htm``: the article text is taken out by trafilatura (title,
  canonical URL and published date from the page metadata); when trafilatura
  finds nothing, the visible text of the page (lxml) is used.
- ``.jsonl``: one JSON object per line with ``id`` and ``text`` and optional
  ``title``, ``url``, ``date``; ``doc_id`` is ``id``, ``line`` the line
  number.  Blank lines are ignored.
- a folder: walked recursively in sorted order; files of other types and
  hidden files/folders (name starting with ".") are ignored.
- ``-``: standard input, JSON Lines if its first non-blank character is
  ``{``, else one text article with ``doc_id`` "stdin".

Encodings: a byte order mark (UTF-8/16/32) decides; otherwise strict UTF-8,
then the charset an HTML page declares, then GB18030 (covers GB2312/GBK) or
Big5 as told apart by charset-normalizer.  Anything else is skipped with a
hint to convert it to UTF-8.  ``max_bytes`` limits a file (for ``.jsonl``:
each line, since JSON Lines files are streamed).

Unchanged files need not be read again: with an :class:`InputCache` (the
on-disk store is one), a file whose size, modification and change times,
inode and reading options match what the cache recorded when it last read the
file completely is not opened; the cache names the articles it held instead.
As in git, a file modified within ``RACY_NS`` of being looked at is not
recorded, so an edit that keeps the size within the file system's time
granularity is still seen.
"""
from __future__ import annotations

import json
import os
import re
import sys
import time
from dataclasses import asdict, dataclass
from itertools import chain
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator, Protocol

from kg.model import Article
from kg.normalize import unwrap_lines

__all__ = ["iter_articles", "InputCache", "Skipped", "DEFAULT_MAX_BYTES", "parse_size", "decode_bytes"]

#: Inputs larger than this are skipped (for JSON Lines: each line).
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
#: More inputs than this and ``progress=True`` show a progress bar.
PROGRESS_MIN_FILES = 5
TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
#: Suffixes read when walking a folder; other files there are ignored.
FOLDER_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
STDIN = "-"
STDIN_NAME = "<stdin>"
#: A file modified less than this before it was looked at is not recorded in an :class:`InputCache`.
RACY_NS = 2_000_000_000

# What to do, per kind of problem: one catalogue so messages stay consistent.
HINTS = {
    "missing": "check the path (files: .txt, .html, .htm, .jsonl; or a folder; '-' for stdin)",
    "unreadable": "check that the file exists and that you may read it",
    "unlistable": "check that you may read the folder; its other files were still read",
    "empty": "remove it or fetch the article again",
    "too_large": "raise the limit with --max-bytes (e.g. --max-bytes 100M) or split the input",
    "binary": "give text, HTML or JSON Lines; convert PDF, Word or images to text first",
    "encoding": "convert it to UTF-8, e.g. iconv -f <encoding> -t UTF-8 FILE > FILE.utf8.txt",
    "no_text": "check that it is an article page (not a frame, redirect or script-only page); save the article text as .txt instead",
    "json": 'fix or remove the line; each line must be one JSON object like {"id": "a1", "text": "..."}',
    "json_array": "convert it to JSON Lines, e.g. jq -c '.[]' FILE.json > FILE.jsonl",
    "duplicate": "give every article a unique id (file name or \"id\" field); the first one was kept",
    "bug": "a bug in ewp-kg met on this article, the rest was built; please report it with the article "
           "(`kg build FILE` on it alone shows the same error)",
}


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


class _Skip(Exception):
    """Raised inside the readers; turned into a :class:`Skipped`."""

    def __init__(self, reason: str, hint_key: str, line: int | None = None):
        super().__init__(reason)
        self.reason = reason
        self.hint = HINTS[hint_key]
        self.line = line


@dataclass(frozen=True)
class _Input:
    path: Path | None  # None: standard input
    display: str  # for messages: the path as the user can find it
    source: str  # Article.source


class InputCache(Protocol):
    """What a consumer remembers of files read before (see :func:`iter_articles`).

    ``path`` is the file's absolute path, ``signature`` an opaque string made
    from its stat and the reading options, ``articles`` the (doc_id, line) of
    every article the file gave, in order.
    """

    def unchanged(self, path: str, signature: str) -> list[tuple[str, int | None]] | None:
        """The articles of ``path`` if it was last read with this signature, else None (it is read)."""

    def kept(self, path: str, articles: list[tuple[str, int | None]]) -> None:
        """``path`` was not read: its articles, as recorded, are still among the inputs."""

    def read(self, path: str, signature: str, articles: list[tuple[str, int | None]]) -> None:
        """``path`` was read completely, without a skipped part, and gave ``articles``."""


def _signature(path: Path, max_bytes: int) -> tuple[str, int] | tuple[None, None]:
    """Stat of ``path`` and the options it is read with, and when it last changed; Nones when it cannot be stat'ed."""
    try:
        st = os.stat(path)
    except OSError:
        return None, None
    signature = f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}:{st.st_dev}:{max_bytes}"
    return signature, max(st.st_mtime_ns, st.st_ctime_ns)


# --------------------------------------------------------------------------
# public entry point


def iter_articles(sources: Iterable[str], on_skip: Callable[[Skipped], None] | None = None,
                  verbose: bool = False, max_bytes: int = DEFAULT_MAX_BYTES,
                  progress: bool = False, cache: InputCache | None = None) -> Iterator[Article]:
    """Yield the articles of files, folders or '-' (stdin), in order.

    Args:
        sources: paths of files or folders, or "-" for standard input.
        on_skip: called with a :class:`Skipped` for every input (or JSON
            line) that cannot be read; the rest is still read.
        verbose: print each input read, with its encoding, on stderr.
        max_bytes: skip files larger than this (JSON Lines: lines).
        progress: interactive use: print each skipped input on stderr as it
            happens, and show a progress bar when there are more than
            ``PROGRESS_MIN_FILES`` inputs.
        cache: files it knows unchanged are not read (their articles are not
            yielded; the cache is told they were kept); files read completely
            are reported to it.
    """
    reporter = _Reporter(progress=progress, verbose=verbose)
    skips = 0

    def skip(item: Skipped) -> None:
        nonlocal skips
        skips += 1
        if on_skip is not None:
            on_skip(item)
        if progress:
            reporter.say("skipped " + item.format())

    inputs = list(_expand(sources, skip))
    seen: dict[str, str] = {}  # doc_id -> where it was first read
    reporter.start(len(inputs))
    try:
        for inp in inputs:
            key = signature = changed = None
            if cache is not None and inp.path is not None:
                key = os.path.abspath(inp.path)
                signature, changed = _signature(inp.path, max_bytes)
                known = cache.unchanged(key, signature) if signature is not None else None
                # not read again unless one of its ids was since taken by an earlier input
                if known is not None and not any(doc_id in seen for doc_id, _ in known):
                    for doc_id, line in known:
                        seen[doc_id] = f"{inp.display}:{line}" if line else inp.display
                    cache.kept(key, known)
                    if verbose:
                        reporter.say(f"unchanged {inp.display}: {len(known)} article(s), not read again")
                    reporter.advance()
                    continue
            looked_at = time.time_ns()
            skips_before = skips
            count = 0
            encodings: set[str] = set()
            gave: list[tuple[str, int | None]] = []
            try:
                for article in _read_input(inp, max_bytes, skip):
                    where = f"{inp.display}:{article.line}" if article.line else inp.display
                    if article.doc_id in seen:
                        skip(Skipped(inp.display, f"duplicate id {article.doc_id!r} (already read from {seen[article.doc_id]})",
                                     HINTS["duplicate"], article.line))
                        continue
                    seen[article.doc_id] = where
                    count += 1
                    if article.encoding:
                        encodings.add(article.encoding)
                    if key is not None:
                        gave.append((article.doc_id, article.line))
                    yield article
            except _Skip as exc:
                skip(Skipped(inp.display, exc.reason, exc.hint, exc.line))
            else:
                if verbose:
                    enc = ", ".join(sorted(encodings)) or "-"
                    reporter.say(f"read {inp.display}: {count} article(s), encoding {enc}")
                # as in git: a file changed within RACY_NS of being looked at may change again unseen
                if signature is not None and skips == skips_before and gave and looked_at - changed >= RACY_NS:
                    cache.read(key, signature, gave)
            reporter.advance()
    finally:
        reporter.close()


def parse_size(value: str | int) -> int:
    """Bytes from ``"20M"``, ``"512K"``, ``"1G"`` or a plain number (1K = 1024).

    >>> parse_size("20M"), parse_size("1500"), parse_size("1.5k")
    (20971520, 1500, 1536)
    """
    if isinstance(value, int):
        number = value
    else:
        match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*", value, re.IGNORECASE)
        if not match:
            raise ValueError(f"{value!r} is not a size; write e.g. 20M, 512K or 1000000")
        factor = 1024 ** " kmgt".index(match.group(2).lower() or " ")
        number = int(float(match.group(1)) * factor)
    if number <= 0:
        raise ValueError(f"{value!r}: the size must be positive")
    return number


# --------------------------------------------------------------------------
# finding the inputs


def _expand(sources: Iterable[str], skip: Callable[[Skipped], None]) -> Iterator[_Input]:
    for source in sources:
        if source == STDIN:
            yield _Input(None, STDIN_NAME, STDIN_NAME)
            continue
        path = Path(source)
        if path.is_dir():
            yield from _walk(source, skip)
        elif path.exists() or path.is_symlink():
            yield _Input(path, source, path.name)
        else:
            skip(Skipped(source, "no such file or folder", HINTS["missing"]))


def _walk(root: str, skip: Callable[[Skipped], None]) -> list[_Input]:
    base = Path(root)

    def onerror(err: OSError) -> None:
        skip(Skipped(str(err.filename), f"cannot list folder ({err.strerror})", HINTS["unlistable"]))

    found: list[tuple[str, ...]] = []  # path parts below the root (strings: pathlib costs seconds on 100,000 files)
    for dirpath, dirnames, filenames in os.walk(base, onerror=onerror):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        below = os.path.relpath(dirpath, base)
        parts = () if below == os.curdir else tuple(below.split(os.sep))
        for name in filenames:
            if not name.startswith(".") and os.path.splitext(name)[1].lower() in FOLDER_SUFFIXES:
                found.append(parts + (name,))
    found.sort()
    inputs = []
    for parts in found:
        path = base.joinpath(*parts)
        inputs.append(_Input(path, str(path), "/".join(parts)))
    return inputs


# --------------------------------------------------------------------------
# reading one input


def _read_input(inp: _Input, max_bytes: int, skip: Callable[[Skipped], None]) -> Iterator[Article]:
    if inp.path is None:
        yield from _read_stdin(inp, max_bytes, skip)
        return
    suffix = inp.path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            with inp.path.open("rb") as stream:
                yield from _read_jsonl(_lines(stream, max_bytes), inp, max_bytes, skip)
            return
        data = _read_capped(inp.path, max_bytes)
    except OSError as exc:
        raise _Skip(f"cannot read ({exc.strerror or exc})", "unreadable") from exc
    if suffix in HTML_SUFFIXES:
        yield _html_article(data, inp)
    else:
        yield _text_article(data, inp, doc_id=inp.path.stem)


def _read_capped(path: Path, max_bytes: int) -> bytes:
    size = path.stat().st_size
    if size > max_bytes:
        raise _Skip(f"too large ({_human(size)} > limit {_human(max_bytes)})", "too_large")
    with path.open("rb") as stream:
        data = stream.read(max_bytes + 1)  # the file may have grown, or be a device
    if len(data) > max_bytes:
        raise _Skip(f"too large (more than the limit {_human(max_bytes)})", "too_large")
    return data


def _read_stdin(inp: _Input, max_bytes: int, skip: Callable[[Skipped], None]) -> Iterator[Article]:
    stream = sys.stdin.buffer
    lines = _lines(stream, max_bytes)
    head: list[bytes | None] = []
    for raw in lines:
        head.append(raw)
        if raw is None or raw.strip(b" \t\r\n\xef\xbb\xbf"):
            break
    first = next((raw for raw in head if raw is not None and raw.strip()), b"")
    if first.lstrip(b" \t\r\n").removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{"):
        yield from _read_jsonl(chain(head, lines), inp, max_bytes, skip)
        return
    if any(raw is None for raw in head):
        raise _Skip(f"too large (more than the limit {_human(max_bytes)})", "too_large")
    data = b"".join(head)
    data += stream.read(max_bytes + 1 - len(data))
    if len(data) > max_bytes:
        raise _Skip(f"too large (more than the limit {_human(max_bytes)})", "too_large")
    yield _text_article(data, inp, doc_id="stdin")


def _lines(stream: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """Lines of a binary stream; ``None`` for a line longer than ``max_bytes``."""
    while True:
        raw = stream.readline(max_bytes + 1)
        if not raw:
            return
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            while True:  # drop the rest of the overlong line without keeping it
                rest = stream.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
        else:
            yield raw


def _text_article(data: bytes, inp: _Input, doc_id: str) -> Article:
    text, encoding = decode_bytes(data)
    if not text.strip():
        raise _Skip("empty (only whitespace)", "empty")
    # text converted from PDF breaks its lines inside sentences: joined again, so a sentence is one
    return Article(doc_id=doc_id, text=unwrap_lines(text), source=inp.source, encoding=encoding)


# --------------------------------------------------------------------------
# JSON Lines


def _read_jsonl(lines: Iterable[bytes | None], inp: _Input, max_bytes: int,
                skip: Callable[[Skipped], None]) -> Iterator[Article]:
    any_line = False
    for number, raw in enumerate(lines, start=1):
        if raw is None:
            skip(Skipped(inp.display, f"line too large (more than the limit {_human(max_bytes)})",
                         HINTS["too_large"], number))
            any_line = True
            continue
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            continue
        try:
            article = _jsonl_article(raw, inp, number)
        except _Skip as exc:
            if not any_line and raw.lstrip().startswith(b"["):
                raise _Skip("is a JSON array, not JSON Lines", "json_array", number) from exc
            skip(Skipped(inp.display, exc.reason, exc.hint, number))
        else:
            yield article
        any_line = True
    if not any_line:
        raise _Skip("empty (no JSON lines)", "empty")


def _jsonl_article(raw: bytes, inp: _Input, number: int) -> Article:
    line, encoding = decode_bytes(raw)
    try:
        record = json.loads(line.strip())
    except json.JSONDecodeError as exc:
        raise _Skip(f"invalid JSON ({exc.msg} at column {exc.pos + 1})", "json") from exc
    if not isinstance(record, dict):
        raise _Skip(f"not a JSON object (got {type(record).__name__})", "json")
    doc_id = record.get("id")
    if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)) or not str(doc_id).strip():
        raise _Skip('missing "id" (a non-empty string or number)', "json")
    text = record.get("text")
    if not isinstance(text, str):
        raise _Skip('missing "text" (a string)' if text is None else f'"text" is not a string (got {type(text).__name__})', "json")
    if not text.strip():
        raise _Skip('empty "text"', "empty")
    return Article(doc_id=_no_surrogates(str(doc_id).strip()), text=_no_surrogates(text), source=inp.source,
                   title=_optional(record.get("title")), url=_optional(record.get("url")),
                   date=_optional(record.get("date")), line=number, encoding=encoding)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_surrogates(text: str) -> str:
    """``text`` with lone surrogates (valid JSON escapes like "\\ud800", but not
    encodable as UTF-8) replaced by U+FFFD, one for one so offsets hold."""
    return _SURROGATE.sub("\ufffd", text)


def _optional(value) -> str | None:
    if isinstance(value, str):
        return _no_surrogates(value.strip()) or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


# --------------------------------------------------------------------------
# HTML


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _html_article(data: bytes, inp: _Input) -> Article:
    declared = _META_CHARSET.search(data[:8192])
    text, encoding = decode_bytes(data, declared.group(1).decode("ascii", "replace") if declared else None)
    if not text.strip():
        raise _Skip("empty (only whitespace)", "empty")
    body, title, url, date = _extract_html(text)
    if not body.strip():
        raise _Skip("no article text found in the HTML", "no_text")
    return Article(doc_id=inp.path.stem if inp.path else "stdin", text=body, source=inp.source,
                   title=title, url=url, date=date, encoding=encoding)


def _extract_html(html: str) -> tuple[str, str | None, str | None, str | None]:
    """Article text, title, URL and date of a page: trafilatura, else lxml."""
    # lxml refuses str input that carries an XML encoding declaration.
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False,
            # Only dates the page states; the extensive search guesses a
            # year from the body text ("2023年" -> 2023-01-01).
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # noqa: BLE001 - a page trafilatura chokes on still has text
        doc = None
    if doc is not None and (doc.text or "").strip():
        return doc.text, doc.title or None, doc.url or None, doc.date or None
    return _lxml_text(html)


def _lxml_text(html: str) -> tuple[str, str | None, None, None]:
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return "", None, None, None
    title = root.findtext(".//title")
    for bad in root.xpath("//script|//style|//noscript|//template|//head"):
        bad.drop_tree()
    lines = (re.sub(r"[ \t\u3000]+", " ", line).strip() for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line), (title or "").strip() or None, None, None


# --------------------------------------------------------------------------
# encodings

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Declared charsets mapped to the Python codec that decodes the most of them:
# pages labelled gb2312 routinely hold GBK characters.
_CODEC_FOR_DECLARED = {
    "gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030",
    "big5": "big5", "big5-hkscs": "big5hkscs", "cp950": "cp950", "x-big5": "big5",
}
_CHINESE = ("gb18030", "big5", "cp950", "big5hkscs")
# Below this size charset-normalizer guesses GB vs Big5 poorly; a frequency
# check (see _common_ratio) is used instead.
_SHORT = 64


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Text and codec name of ``data``; raises ``_Skip`` if binary or undecodable.

    >>> decode_bytes("會寧縣".encode("big5"))
    ('會寧縣', 'big5')
    """
    if not data:
        raise _Skip("empty (0 bytes)", "empty")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as exc:
                raise _Skip(f"starts with a {codec.upper().replace('-SIG', '')} byte order mark but is not valid {codec} "
                            f"(byte {exc.start})", "encoding") from exc
    nul = data.find(b"\x00")
    if nul >= 0:
        raise _Skip(f"looks binary (NUL byte at offset {nul})", "binary")
    try:
        return _plausible(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    codec = _CODEC_FOR_DECLARED.get((declared or "").lower())
    if codec:
        try:
            return _plausible(data.decode(codec)), codec
        except UnicodeDecodeError:
            pass
    codec = _guess_chinese(data)
    if codec is None:
        raise _Skip("undecodable: not UTF-8, GB18030/GBK or Big5 text", "encoding")
    return _plausible(data.decode(codec)), codec


#: Control characters that text files do not hold (tab, line ends, form feed, SUB and ESC are allowed).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x19\x1c-\x1f]")


def _plausible(text: str) -> str:
    """``text`` unless it is mostly control characters (a binary file)."""
    controls = len(_CONTROL.findall(text, 0, 65536))
    if controls > max(8, len(text[:65536]) // 100):
        raise _Skip(f"looks binary ({controls} control characters)", "binary")
    return text


def _guess_chinese(data: bytes) -> str | None:
    decodable = []
    for codec in _CHINESE:
        try:
            decodable.append((codec, data.decode(codec)))
        except UnicodeDecodeError:
            continue
    if not decodable:
        return None
    # 'big5' and 'cp950' decode the same text: keep only the first of a family.
    families = {}
    for codec, text in decodable:
        families.setdefault("gb" if codec == "gb18030" else "big5", (codec, text))
    if len(families) == 1:
        return next(iter(families.values()))[0]
    if len(data) < _SHORT:
        return max(families.values(), key=lambda item: _common_ratio(item[1]))[0]
    import charset_normalizer

    best = charset_normalizer.from_bytes(data, cp_isolation=list(_CHINESE)).best()
    if best is not None:
        name = best.encoding.replace("_", "").lower()
        family = "gb" if name.startswith("gb") else "big5"
        if family in families:
            return families[family][0]
    return families.get("gb", next(iter(families.values())))[0]


def _common_ratio(text: str) -> float:
    """Share of CJK characters among the 3755 most common (GB2312 level 1).

    Traditional text is compared after t2s, so real Big5 text scores as high
    as real GBK text, while bytes decoded with the wrong codec give rarer
    characters.
    """
    from kg.normalize import normalize_for_matching

    cjk = [ch for ch in normalize_for_matching(text) if "\u4e00" <= ch <= "\u9fff"]
    if not cjk:
        return 0.0
    common = 0
    for ch in cjk:
        try:
            encoded = ch.encode("gb2312")
        except UnicodeEncodeError:
            continue
        common += 0xB0 <= encoded[0] <= 0xD7
    return common / len(cjk)


def _human(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size} bytes"


# --------------------------------------------------------------------------
# terminal output


class _Reporter:
    """Progress bar and messages on stderr that do not garble each other."""

    def __init__(self, progress: bool, verbose: bool):
        self.progress = progress
        self.verbose = verbose
        self.bar = None

    def start(self, total: int) -> None:
        if self.progress and total > PROGRESS_MIN_FILES:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="file", desc="reading", file=sys.stderr, leave=False, dynamic_ncols=True)

    def say(self, message: str) -> None:
        if self.bar is not None:
            self.bar.write(message, file=sys.stderr)
        else:
            print(message, file=sys.stderr, flush=True)

    def advance(self) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
