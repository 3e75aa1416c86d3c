"""Word segmentation: jieba's dictionary and algorithm, run by jieba-rs.

`rjieba <https://pypi.org/project/rjieba/>`_ binds jieba-rs, a Rust port of
jieba with the same dictionary and the same DAG + HMM segmentation.  It cuts
the text about twenty times faster than the Python package, which was the
largest single cost of a build.  The one difference seen on the seeds, the
probe sets and generated corpora: jieba-rs keeps a run like ``2024-02-13`` as
one token where jieba splits it into ``2024 - 02 - 13``; :func:`cut` splits it
back, so tokens are jieba's (``tests/test_segment.py`` compares the two).

Words the project adds (place short forms, see :class:`kg.entities._Lexicon`)
go through :func:`add_word`.  The segmenter is registered as the spaCy
tokenizer ``kg.JiebaTokenizer.v1``; the pipeline stays spaCy's ``zh``.
"""
from __future__ import annotations

import importlib.util
import marshal
import os
import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

#: characters jieba cuts with its HMM step when no dictionary word covers them (``jieba.re_han_default``, less Han)
_RUN_TOKEN = re.compile(r"[a-zA-Z0-9+#&._%\-]+")
#: how that step cuts such a run: letters and digits (with a decimal part and %) together, what lies between them
#: whole (``jieba.finalseg.re_skip``)
_SKIP = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")


@lru_cache(maxsize=1)
def segmenter():
    """The process's jieba-rs segmenter, with jieba's dictionary."""
    import rjieba

    return rjieba.Jieba()


@lru_cache(maxsize=1)
def dictionary() -> tuple[dict[str, int], dict[str, str]]:
    """Frequency and part-of-speech tag of every word of jieba's dictionary as it ships (``jieba/dict.txt``).

    The rules ask whether a piece of text is a common word.  The ``jieba``
    package is not imported (0.13 s), only its file read: parsing its 349,000
    lines takes 0.4 s, so the parsed columns are kept in the cache folder
    (:func:`kg.gazetteer.cache_dir`, one file per size and time of
    ``dict.txt``) and later processes load them in 0.2 s.
    Words with frequency 0 are left out of the first table.
    """
    words, counts, tags = _dictionary_columns(jieba_dict_path())
    freq = {word: count for word, count in zip(words, counts) if count}
    return freq, dict(zip(words, tags))


def _dictionary_columns(path: Path) -> tuple[list[str], list[int], list[str]]:
    from kg.gazetteer import cache_dir

    st = path.stat()
    cached = cache_dir() / f"jieba-dict-{st.st_size}-{st.st_mtime_ns}.marshal"
    try:
        with cached.open("rb") as handle:
            columns = marshal.loads(handle.read())  # marshal.load reads a file object piece by piece: 3 times slower
        if isinstance(columns, tuple) and len(columns) == 3 and len({len(c) for c in columns}) == 1:
            return columns
    except (OSError, EOFError, ValueError, TypeError):
        pass  # not made yet, or unreadable: parse the file
    columns = ([], [], [])
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) < 2:
                continue
            columns[0].append(parts[0])
            columns[1].append(int(parts[1]))
            columns[2].append(parts[2] if len(parts) > 2 else "")
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_name(f"{cached.name}.{os.getpid()}.tmp")
        with tmp.open("wb") as handle:
            marshal.dump(columns, handle)
        os.replace(tmp, cached)  # whole or not at all, also with several workers at once
    except OSError:
        pass  # a read-only cache folder only costs the parse next time
    return columns


def jieba_dict_path() -> Path:
    """``dict.txt`` of the installed ``jieba`` package (found, not imported)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("the jieba package (for its dictionary) is not installed: pip install jieba")
    return Path(spec.submodule_search_locations[0]) / "dict.txt"


def add_word(word: str, freq: int, tag: str) -> None:
    """Add a word to the segmenter's dictionary (as ``jieba.add_word``)."""
    segmenter().add_word(word, freq, tag)


def cut(text: str) -> list[str]:
    """jieba's accurate-mode tokens (``jieba.cut(text, cut_all=False)``, HMM on).

    jieba-rs cuts runs of ASCII letters, digits and ``+#&._%-`` differently
    (``2024-02-13`` whole, ``#-`` apart); such runs, less dictionary words like
    ``c++``, are joined and cut again the way jieba's HMM step does.
    """
    seg = segmenter()
    out: list[str] = []
    run: list[str] = []
    for token in seg.cut(text, True):
        if _RUN_TOKEN.fullmatch(token) and (len(token) == 1 or not seg.has_word(token)):
            run.append(token)
            continue
        if run:
            out += [piece for piece in _SKIP.split("".join(run)) if piece]
            run = []
        if token:
            out.append(token)
    if run:
        out += [piece for piece in _SKIP.split("".join(run)) if piece]
    return out


def words_and_spaces(words: list[str], text: str) -> tuple[list[str], list[bool]]:
    """``spacy.util.get_words_and_spaces`` for words that tile the text, as :func:`cut`'s do.

    Same result (whitespace between words becomes one token, a single space
    after a word becomes its trailing space), without copying the rest of the
    text for every word.
    """
    out_words: list[str] = []
    out_spaces: list[bool] = []
    pos, size = 0, len(text)
    for word in words:
        if word.isspace():
            continue
        start = text.index(word, pos)
        if start > pos:
            out_words.append(text[pos:start])
            out_spaces.append(False)
        out_words.append(word)
        pos = start + len(word)
        if pos < size and text[pos] == " ":
            out_spaces.append(True)
            pos += 1
        else:
            out_spaces.append(False)
    if pos < size:
        out_words.append(text[pos:])
        out_spaces.append(False)
    return out_words, out_spaces


class JiebaTokenizer:
    """spaCy tokenizer: :func:`cut`, words and spaces aligned as spaCy's Chinese tokenizer does."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words, spaces = words_and_spaces(cut(text), text)
        return Doc(self.vocab, words=words, spaces=spaces)

    # a blank pipeline is saved and loaded with its tokenizer; there is nothing of ours to store
    def to_bytes(self, **_kwargs) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_kwargs) -> "JiebaTokenizer":
        return self

    def to_disk(self, _path, **_kwargs) -> None:
        pass

    def from_disk(self, _path, **_kwargs) -> "JiebaTokenizer":
        return self


@registry.tokenizers("kg.JiebaTokenizer.v1")
def create_tokenizer():
    def make(nlp) -> JiebaTokenizer:
        return JiebaTokenizer(nlp.vocab)

    return make
