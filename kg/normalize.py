"""Text normalisation for matching, keeping every character offset.

Extraction matches patterns against ``normalize_for_matching(article.text)``
and reports offsets into it; because the mapping is one character to one
character, those offsets are valid in the original text too, so evidence is
always a slice of the text exactly as it was read.

>>> normalize_for_matching("會寧縣２０２３年，投入ＡＢＣ")
'会宁县2023年,投入ABC'
>>> text = "索 引 号: | 1262/2024 |\\n信息来源:会宁县政府办公室\\n"
>>> [text[a:b] for a, b in boilerplate_mask(text)]
['索 引 号: | 1262/2024 |']
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["normalize_for_matching", "boilerplate_mask", "BoilerplateRule", "boilerplate_rules"]

# Ranges where OpenCC can have a traditional -> simplified mapping: CJK
# radicals, compatibility ideographs, extension A, the unified block and the
# supplementary ideographic planes.  Everything else is never sent to OpenCC
# (cheaper, and lone surrogates could not be encoded for it anyway).
_CJK_RANGES = (
    (0x2E80, 0x2FDF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x3FFFF),
)
# Kept as they are: they carry line structure that boilerplate_mask and
# sentence splitting rely on.
_KEPT_CONTROLS = frozenset("\t\n\r")


@lru_cache(maxsize=1)
def _opencc():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _kept() -> frozenset[str]:
    """Characters OpenCC maps that are standard simplified characters of their own (``rules/normalize.toml``)."""
    raw = resources.files("kg").joinpath("rules/normalize.toml").read_text(encoding="utf-8")
    return frozenset(tomllib.loads(raw)["keep"])


class _CharMap(dict):
    """``str.translate`` table filled on first use of each code point."""

    def __missing__(self, code: int) -> str:
        value = _map_char(code)
        self[code] = value
        return value


def _map_char(code: int) -> str:
    char = chr(code)
    if 0xFF01 <= code <= 0xFF5E:  # full-width ASCII forms
        return chr(code - 0xFEE0)
    if code == 0x3000:  # ideographic space
        return " "
    if (code < 0x20 or 0x7F <= code <= 0x9F) and char not in _KEPT_CONTROLS:
        return " "
    if any(lo <= code <= hi for lo, hi in _CJK_RANGES):
        if char in _kept():
            return char  # (乾佑街道, not 干佑)
        try:
            simplified = _opencc().convert(char)
        except Exception:  # noqa: BLE001 - any OpenCC failure means "keep"
            return char
        # A one-character input can only come back longer through a phrase
        # entry; that would shift offsets, so it is refused.
        return simplified if len(simplified) == 1 else char
    return char


_TABLE = _CharMap()


def normalize_for_matching(text: str) -> str:
    """Text for pattern matching, same length and offsets as ``text``.

    Full-width ASCII forms become ASCII (U+FF01–FF5E → U+0021–007E, U+3000 →
    space), traditional characters become simplified (OpenCC ``t2s``, one
    character at a time, but for the simplified characters of their own kept in
    ``rules/normalize.toml``: 乾 of 乾县), and control characters other than tab, newline and
    carriage return become spaces.  Every output character depends only on
    the input character at the same position.
    """
    return text.translate(_TABLE)


@dataclass(frozen=True)
class BoilerplateRule:
    """One line pattern of ``kg/rules/boilerplate.toml``."""

    name: str
    pattern: re.Pattern
    why: str
    examples: tuple[str, ...] = ()
    counterexamples: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def boilerplate_rules() -> tuple[BoilerplateRule, ...]:
    """The line rules of ``kg/rules/boilerplate.toml``, compiled."""
    raw = resources.files("kg").joinpath("rules/boilerplate.toml").read_text(encoding="utf-8")
    data = tomllib.loads(raw)
    rules = []
    for entry in data["line"]:
        rules.append(BoilerplateRule(
            name=entry["name"],
            pattern=re.compile(entry["pattern"]),
            why=entry.get("why", ""),
            examples=tuple(entry.get("examples", ())),
            counterexamples=tuple(entry.get("counterexamples", ())),
        ))
    return tuple(rules)


_LINE = re.compile(r"[^\r\n]*")


def boilerplate_mask(text: str) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of web boilerplate in ``text``: from the first boilerplate match on a line to
    its end (the whole line for the rules anchored at its start).

    A byline or source before a page widget stays readable: in "来源:X办公室 作者:张三 字号:大 中 小" only
    "字号:大 中 小" is masked.  Lines are tested after :func:`normalize_for_matching` (so ``索引号：``
    and ``索引号:`` both match) and the spans are offsets into ``text``, without the line break.
    Entities found inside a span are to be dropped.
    """
    rules = boilerplate_rules()
    normal = normalize_for_matching(text)
    spans = []
    for match in _LINE.finditer(normal):
        line = match.group()
        if not line.strip():
            continue
        starts = [found.start() for rule in rules for found in [rule.pattern.search(line)] if found]
        if starts:
            start = min(starts)
            while start > 0 and line[start - 1] in "【[(（ \t|":
                start -= 1  # the widget's own brackets and the space before it ([打印本页])
            spans.append((match.start() + start, match.end()))
    return spans


# --- hard line breaks ------------------------------------------------------------

#: A line that ends a sentence, a heading or a field, and so is no wrapped line.
_LINE_END = re.compile(r"[。！？!?；;：:”」』）)】》…]\s*$")
#: A line that starts an item of its own: 一、 （一） 1. • 第二章.
_ITEM_START = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]|[•·●■◆▪*]|第[一二三四五六七八九十\d]+[章节条部分])")
#: A page number left between the lines of a converted PDF: － 2 －, - 12 -, 第3页.
_PAGE_NUMBER = re.compile(r"^\s*(?:[－\-—–]\s*\d{1,3}\s*[－\-—–]|第\s*\d{1,3}\s*页)\s*$")
#: Lines of tables, forms and lists: cells apart (three or more, or spaces, tabs, |) or a field and its value
#: (信息来源:…).
_FIELD_LINE = re.compile(r"[|\t\u3000]| {2,}|^[^，。,]{1,10}[:：]|\S+ \S+ \S+")
#: At least this many wrapped lines, and this share of the text's lines, before a text counts as hard-wrapped.
WRAPPED_MIN_LINES = 3
WRAPPED_MIN_SHARE = 0.3


def unwrap_lines(text: str) -> str:
    """Join the lines of a text hard-wrapped inside its sentences, as text converted from PDF is
    ("…自2021年建立东西部\\n协作结对关系以来，…"), and drop the page numbers between them; any other text is
    returned as it is. A line is wrapped when it is 12 characters or more, ends in no closing punctuation,
    and the next line goes on with the sentence (no item mark, no blank line).

    >>> unwrap_lines("南京市栖霞区与柞水县自2021年建立东西部\\n协作结对关系以来，两地围绕产业发展、人才交流等\\n"
    ...              "重点任务推进协作。栖霞区向柞水县投入资金3850万\\n元，用于木耳产业。")
    '南京市栖霞区与柞水县自2021年建立东西部协作结对关系以来，两地围绕产业发展、人才交流等重点任务推进协作。栖霞区向柞水县投入资金3850万元，用于木耳产业。'
    >>> unwrap_lines("标题\\n\\n第一段。\\n第二段。")  # paragraphs end their lines: left alone
    '标题\\n\\n第一段。\\n第二段。'
    """
    lines = text.split("\n")

    def next_line(i: int) -> int | None:
        j = i + 1
        while j < len(lines) and _PAGE_NUMBER.match(lines[j]):
            j += 1
        return j if j < len(lines) else None

    def wrapped(i: int) -> bool:
        line = lines[i].strip()
        j = next_line(i)
        return (len(line) >= 12 and not _LINE_END.search(line) and j is not None and lines[j].strip() != ""
                and not _ITEM_START.match(lines[j]) and not _PAGE_NUMBER.match(lines[i])
                and not _FIELD_LINE.search(line))

    marks = [wrapped(i) for i in range(len(lines))]
    content = sum(1 for line in lines if line.strip())
    if sum(marks) < WRAPPED_MIN_LINES or sum(marks) < WRAPPED_MIN_SHARE * content:
        return text
    # a page's lines are about as long as each other: shorter ones end a paragraph or stand alone (a heading
    # before paragraphs written on one line each, 六、民生协作，社会帮扶有力有效, is much shorter than they are)
    widths = sorted(len(lines[i].strip()) for i, m in enumerate(marks) if m)
    longest = sorted(len(line.strip()) for line in lines if line.strip())
    width = max(widths[len(widths) // 2], longest[len(longest) * 9 // 10])
    marks = [m and len(lines[i].strip()) >= 0.75 * width for i, m in enumerate(marks)]
    out, i = [], 0
    while i < len(lines):
        line = lines[i]
        while marks[i]:
            j = next_line(i)
            line = line.rstrip() + lines[j].lstrip()
            i = j
        out.append(line)
        i += 1
    return "\n".join(out)
