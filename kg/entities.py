"""Entity recognition: regions, organisations and people, by gazetteer and rules.

Works on an article's normalised text (same offsets as the original) and its
jieba tokens.  Produces :class:`Mention` objects, then resolves them within
the document into :class:`kg.model.Entity` records keyed for cross-article
resolution (see :mod:`kg.model`).
"""
from __future__ import annotations

import itertools
import re
import tomllib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import ahocorasick_rs

from kg import gazetteer as gz
from kg import segment
from kg.model import Entity
from kg.normalize import normalize_for_matching
from kg.rules import Rules, load as load_rules

HAN = re.compile(r"[\u4e00-\u9fff]")
PUNCT = set("，,。；;：:！!？?、（）()《》“”\"'‘’【】[]「」『』…—-·|/\\ \t\r\n\u3000+＋")
CN_DIGITS = "零〇一二两三四五六七八九十百千"
#: How someone speaks, then the verb (高兴地说, 激动地告诉记者): what may follow a name.
_MANNER_SPEECH = re.compile(r"[\u4e00-\u9fff]{2}地(?:说|表示|告诉|介绍|讲述|回忆)")
_NOW = ("现", "如今", "目前", "现在")  # before a 挂职 post after a comma (…的许建华，如今挂职…)
# a Corps regiment by its number (四十五团, 第四十五团, 二二四团, 一五〇团)
# (or by its number in digits: 62团, 150团)
_REGIMENT = re.compile(r"(第?(?:[一二三四五六七八九十百零〇]{1,4}?|(?<![0-9])[0-9]{2,3}))(团)(?![队体结员委长部])")

_ORDINAL_COUNTED = re.compile(r"第[一二三四五六七八九十]+[所家个座间]")  # the first of its kind (第一所幼儿园)
_CALLED = re.compile(r"(?<![喊呼大])(?:名叫|叫做|叫)")  # a name given after it (女孩叫吉克阿依)
_POST_NOTE = re.compile(r"(?:[（(](?:挂职|挂任|援派|兼)[）)])?")  # a note after a post (副县长（挂职）)
_BODY_AT = re.compile(r"(?:局|委|厅|办|政府)在")  # a body, then where it acts (卫生健康局在区人民医院…)
_VERB_RESULTS = "好完妥"  # a verb's result after it (商量好, 准备完)
_COMPANY = re.compile(r"[一二三四五六七八九十]{1,3}连(?![续接通线锁片日夜年心带同])")  # a regiment's company (十八连)


def _regiment_in_words(name: str) -> str:
    """A regiment written in digits keyed as the Corps writes it (62团 → 六十二团, 150团 → 一五〇团); other names
    as they are."""
    m = re.fullmatch(r"第?([0-9]{2,3})团", name)
    if not m:
        return name
    digits = "〇一二三四五六七八九"
    n = m.group(1)
    if len(n) == 3:
        return "".join(digits[int(c)] for c in n) + "团"
    tens, ones = int(n[0]), int(n[1])
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "") + "团"


# names listed after a sending verb, then their number (选派姚建新、沈国华、钱月琴3名退休教师)
_SENT_NAMES = re.compile(r"(?:选派|派出|派驻|推荐|组织|安排|抽调)((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}?)"
                         r"([0-9]+|[一二两三四五六七八九十]+)(?:名|位)")
#: Words of a post held away from home, which make its holder an official (挂职, 挂任).
_SECONDED = re.compile(r"挂职|挂任")
#: A hospital's name closing, then a department centre of a few characters (…医院|康复中心, …医院|体检中心).
_HOSPITAL_CENTRE = re.compile(r"医院[\u4e00-\u9fff]{0,4}(?:康复|体检|健康管理|诊疗|治疗|检验|影像|胸痛|卒中|创伤)中心$")
#: A short note in brackets right after a listed name (林秀琴（语文）): a subject, a post, a unit.
_NAME_NOTE = re.compile(r"[(（][^（）()\n、]{1,8}[)）]")
#: The note after an author's name saying who he is (文/郑凯（作者系…挂职干部、…副局长）).
_AUTHOR_NOTE = re.compile(r"[(（]作者(?:系|为|是)([^()（）\n]{2,60})[)）]")
# 于 before a date after a name is the preposition (企业家陈德启于2007年创办…), not a given name's end
_ON_DATE = re.compile(r"[于自](?:[0-9]{2,4}年|[0-9]{1,2}月|今年|去年|前年|当年|同年|次年|本月|上月|近日|日前)")
#: Transliterated names with a middle dot (吐尔逊·买买提, 艾尼瓦尔·阿不都).
_DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}[·•・][\u4e00-\u9fff]{1,6}")
#: A bracketed part of a company's name (（集团）, (中国)); normalised text has ASCII brackets.
_BRACKET = re.compile(r"[(（](?:集团|中国|控股|股份|有限|[\u4e00-\u9fff]{2,4})[)）]")  # 实业（集团）, 深圳（哈尔滨）
#: Endings of a school's or hospital's branch, named by its place right before (布拖分校, 普格分院).
_BRANCH_ENDINGS = ("分校", "分院", "院区")
#: A branch's or office's ending, the ending of the name it goes on over ("" any), the type it does so for (None any):
#: 中国农业银行百色分行, …第三人民医院普格分院, …明湖实验学校布拖分校, …慈善基金会枫泾分会, 上海市慈善基金会闵行区代表处.
_BRANCHES_OVER = (("分行", "银行", None), ("支行", "银行", None), ("分院", "院", None), ("院区", "院", None),
                  ("分校", "", "SCHOOL"), ("分会", "", "ORGANIZATION"), ("代表处", "", None))
_BATCH_LEAD = re.compile(r"第[0-9一二三四五六七八九十]{1,3}批")  # a team's batch before its name
#: A campus named after a school's or hospital's name (哈尔滨工业大学（深圳）), or before its ending (…附属（珠海）医院).
_CAMPUS = re.compile(r"[(（]([\u4e00-\u9fff]{2,4})[)）]")
#: A headcount after listed names, 等 before it or not (黄志强、刘慧敏等3名医生; 孟晓彤、朱恒两名教师).
_NAMES_BEFORE_COUNT = re.compile(r"(等?)[0-9一二两三四五六七八九十]{1,3}[名位人]")
#: The short names inside a bracket that defines them: quoted (“华澄新材”), or after a colon up to a comma
#: (证券简称：海晟股份，…).
_BRACKET_SHORTS = re.compile(r"[“\"‘'「『]([^“”\"‘’'「」『』()]{2,12}?)[”\"’'」』]|(?:简称)[:：]\s*([^“”\"'，,；;()：:\s]{2,12})")
#: A bracket right after a name that may hold its short name (浙大一院).
_BARE_SHORT = re.compile(r"\((?P<short>[\u4e00-\u9fff]{2,8})\)")
#: Dictionary frequency under which a word the dictionary tags as a place is rare enough to be that place
#: (环县 9, 岷县 23; 和县 390 is mostly 和 + 县).
RARE_WORD = 100
#: Characters after which 县人民医院, 县第一中学 name the county's own, unnamed (到县医院, 带进县医院, 常驻县职教中心, 向县医院).
_BEFORE_UNNAMED = "到在的与和及、进去回来往赴入帮驻向"
#: Function words that end a transliterated name written with a dot (阿迪力·吐尔洪为食堂…), but not 来 or 提
#: (阿布来提), which such names hold.
_NAME_BREAKS = set("为在对向与和是说的等将从到给把被")
#: Characters after which a run of name syllables is a place's or a body's name (尼玛县, 扎西岗乡, 卓玛寺), and before
#: which it is part of a longer name (…村扎西…: only when a Han character precedes the place's ending).
_PLACE_OR_BODY_CHARS = set("县乡镇村区市州寺路街山湖河沟岗宗湾社队组局委院校馆站厂")
#: A middle school by its number (二中, 十一中; not 二中心, 一中国…).
_NUMBERED_SCHOOL = re.compile(f"[{CN_DIGITS}]{{1,3}}中(?![心国央华学医])")
#: A team's batch number inside its name (第十二批).
_BATCH = re.compile(r"第[一二三四五六七八九十百0-9]{1,4}[批届]")
#: A quoted slogan of a few characters (“文旅兴县”, “生态立县”) around a two-character name at its end.
_SLOGAN_START = re.compile(r"[“\"「『‘][\u4e00-\u9fff]{2,3}$")
_SLOGAN_END = re.compile(r"[”\"」』’]")
#: What follows a slogan's 所需/所能 (“凉山所需、鄞州所能”): its other half, its end, a stop.
_SLOGAN_TAIL_END = re.compile(r"[、，,；;。”\"」』’]|$")
#: Since when someone holds a post, between the name and the post's verb (吴晓帆|已于今年3月起|挂职…, 于2024年8月).
_WHEN_BEFORE_POST = re.compile(r"(?:(?:已|已经)?(?:于|自|从)(?:今年|去年|[0-9]{4}年)?(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?(?:起|开始)?"
                               r"|目前|现|现在|如今)\Z")  # (江门市选派的梁志成|目前|挂职…)
#: Taking a post over from someone, right before the post (赵磊|接替刘振宇|挂任…).
_REPLACING = re.compile(r"接替[\u4e00-\u9fff]{2,4}?(?:同志)?\Z")
#: A name closing its line, after a post and a space (领导署名：旗委常委、副旗长 那日苏).
_LINE_END_NAME = re.compile(r"[\u4e00-\u9fff]{2,5}(?=[ \t\u3000]*(?:\n|$))")
#: A village's name after 、 in a list (…卡什代村、德二村).
_LISTED_VILLAGE = re.compile(r"([\u4e00-\u9fff]{1,4}?)村")
#: A state body whose branch (分院) is named after it: the branch is a state body too.
_STATE_BRANCH_PARENT = re.compile(r"检察院|法院")
#: Where a byline's report comes from, closing its line: 记者 边巴次仁 赵琳 白朗报道.
_DATELINE = re.compile(r"[\u4e00-\u9fff]{1,8}报道[ \t\u3000]*(?:$|\n|[）)])", re.M)
#: A photo's credit in brackets with no role before the names: （马晓婷 摄）, （张华 李明/摄）, （刘洋供图）.
_PHOTO_CREDIT = re.compile(r"[(（](?P<names>[\u4e00-\u9fff]{2,4}(?:[ \u3000、][\u4e00-\u9fff]{2,4}){0,3})"
                           r"[ \u3000/／]?(?:摄影|摄|供图)[)）]")
#: A table's header with a column of names, its cells parted by tabs, bars or wide spaces.
_NAME_COLUMN_HEADER = re.compile(r"^[^\n]*(?:^|[\t|｜] ?| {2,})姓名(?: ?[\t|｜]| {2,})[^\n]*$", re.M)  # (序号 | 姓名 | 性别)
_PREPOSITIONS = set("向在为给从到对由把被")  # (outside a place's name: 年内|向|宕昌县人民医院)


def _span_mask(length: int, spans) -> bytearray:
    """One byte per character of a text, 1 where one of ``spans`` (start, end) covers it: a fast overlap test."""
    mask = bytearray(length + 1)
    for a, b in spans:
        mask[a:b] = b"\x01" * (b - a)
    return mask


#: A run of at least two townships listed with 、 (棘洪滩街道、上马街道、河套街道、红岛街道).
_TOWNSHIP_RUN = re.compile(r"(?<![\u4e00-\u9fff])(?:[\u4e00-\u9fff]{2,4}?(?:街道|镇|乡)、)+[\u4e00-\u9fff]{2,4}?(?:街道|镇|乡)"
                           r"(?![\u4e00-\u9fff]{0,1}(?:街道|镇|乡))")
#: A profile's opening: the name, the sex, the year of birth (沈卫东，男，1981年5月生).
#: (or the sex and birth in brackets after the name: 1.林志鸿（男，1984年9月生，中共党员），…)
_PROFILE_OPENING = re.compile(r"(?:^|(?<=[、：:\s（(.．]))([\u4e00-\u9fff]{2,4})(?:[，,]\s*|[（(])[男女][，,]\s*"
                              r"(?:[^，,。\n]{0,4}族[，,])?[0-9]{4}年(?:[0-9]{1,2}月)?(?:生|出生)", re.M)
#: A cell of a name between spaces, the next cell a title closing the line (宁波市第二医院　陈思远　心血管内科副主任医师).
_CELL_NAME_BEFORE_TITLE = re.compile(r"(?<=[ \t])(?P<name>[\u4e00-\u9fff]{2,4})[ \t]+(?P<title>[\u4e00-\u9fff]{2,16})[ \t]*$",
                                     re.M)
_CELL_SPLIT = re.compile(r"\s*[\t|｜]\s*| {2,}")
_SINGLE_SPACE = re.compile(" ")
#: Or a header of short column names parted by single spaces (an ideographic space once: 序号　派出地区　姓名　现任职务);
#: its rows then have as many cells.
_NAME_COLUMN_HEADER_SPACED = re.compile(r"^(?=[^\n]*(?<![^ \n])姓名(?![^ \n]))[\u4e00-\u9fff（）()]{2,8}"
                                        r"(?: [\u4e00-\u9fff（）()]{2,8}){2,}$", re.M)
#: A list's line opening with a name, then a space and where the person works or serves
#: (顾晓敏　合阳县人民医院（支医）).
_NAME_LINE = re.compile(r"^[ \t\u3000]*(?P<name>[\u4e00-\u9fff]{2,4})[ \t\u3000]+(?=[\u4e00-\u9fff])",
                        re.MULTILINE)
#: A list's line opening with a two-character name padded with a space between (钱　俊　常州市武进区商务局…).
_PADDED_NAME_LINE = re.compile(r"^[ \t\u3000]*([\u4e00-\u9fff])[ \u3000]{1,2}([\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])",
                               re.MULTILINE)
#: A name of two to four characters written with a space between each (刘　明, 沈 卫 东).
_LETTER_SPACED = re.compile(r"[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){1,3}")
#: What joins the items of a list of places, and a count of counties closing one (三县, 两个县, 等4县).
_LIST_JOINS = ("、", "和", "及", "以及")
_COUNTIES_COUNTED = re.compile(r"等?[0-9一二两三四五六七八九十]{1,2}个?(?:[\u4e00-\u9fff]{1,3}族)?(?:自治)?(?:县|旗)")
#: jieba's tags of names: a short form so tagged (西吉 nr, 海原 ns) may stand for a place in a list of places.
_NAME_TAGS = ("", "ns", "nr", "nrt", "nz", "j")
#: Characters that never start or continue a name leftwards (function words).
_HERE_PLACES = "院校村镇乡"  # one character for the institution or place spoken of (来院, 到校, 来村)
_POST_VERBS = ("挂任", "挂职", "兼任", "担任", "任职")  # verbs of a post held, right after a holder's name
# Verbs of sending whose first character the segmenter may join to the last of a body's name (卫健|委派|出, 学派来).
_SENT_AFTER_ENDING = ("派出", "派来", "派驻", "派往", "派遣")
_STOP_CHARS = set("和与及的在为向到从等对由是了把被将或并且而又也都就还已据受")
#: Characters before a title that are no family name addressing someone (the 区 of 区人大常委会主任).
_ADDRESS_NON_SURNAMES = _STOP_CHARS | set("区县市省州镇乡村旗盟")
ORG_TYPES = ("ENTERPRISE", "HOSPITAL", "SCHOOL", "GOVERNMENT", "ORGANIZATION")
LEVEL_RANK = {"province": 0, "prefecture": 1, "county": 2, "zone": 3, "township": 4, "village": 5}
# Region name endings, for the level of places missing from the gazetteer.
LEVEL_BY_SUFFIX = (("街道", "township"), ("社区", "village"), ("镇", "township"), ("乡", "township"),
                   ("村", "village"), ("县", "county"), ("旗", "county"), ("区", "county"), ("市", "prefecture"),
                   ("州", "prefecture"), ("盟", "prefecture"), ("省", "province"))


@dataclass
class Mention:
    """A span of the text naming an entity."""

    start: int
    end: int
    type: str
    text: str
    candidates: list[str] = field(default_factory=list)  # region keys
    official: bool = True  # region: matched its official name (not a short form)
    key: str | None = None
    attrs: dict = field(default_factory=dict)

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


#: Dictionary words rarer than this may be cut out of a brand by the segmenter (深圳市中|鼎新|能源科技有限公司):
#: their tag says nothing about the name.
RARE_BRAND_WORD = 50
#: Dictionary words more frequent than this are common words first (合作 of 合作市).
COMMON_WORD = 500

class _Matcher:
    """Words found in a text by Aho-Corasick (ahocorasick-rs); each word carries a value (the last given wins)."""

    def __init__(self, words):
        table: dict[str, object] = {}
        for word, value in words:
            if word:
                table[word] = value
        self.words = list(table)
        self.values = [table[w] for w in self.words]
        self._longest = self._all = None
        if self.words:
            self._longest = ahocorasick_rs.AhoCorasick(self.words, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)

    def __len__(self) -> int:
        return len(self.words)

    def leftmost_longest(self, text: str) -> list[tuple[int, int, str, object]]:
        """Non-overlapping matches, leftmost first, longest at each start: (start, end, word, value)."""
        if self._longest is None:
            return []
        words, values = self.words, self.values
        return [(s, e, words[i], values[i]) for i, s, e in self._longest.find_matches_as_indexes(text)]

    def all(self, text: str) -> list[tuple[int, int, str, object]]:
        """Every match, overlapping ones too, in order of their ends: (start, end, word, value)."""
        if not self.words:
            return []
        if self._all is None:
            self._all = ahocorasick_rs.AhoCorasick(self.words)
        words, values = self.words, self.values
        hits = self._all.find_matches_as_indexes(text, overlapping=True)
        return sorted(((s, e, words[i], values[i]) for i, s, e in hits), key=lambda h: (h[1], h[0]))


class _TokenAt:
    """The token covering a character offset: ``get(pos, default)`` as on a dict of every offset, by bisection."""

    def __init__(self, tokens: list[tuple[int, int]]):
        self.tokens = tokens
        self.starts = [s for s, _ in tokens]

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The tokens lying wholly inside ``[start, end)``, found by bisection."""
        i = bisect_left(self.starts, start)
        out = []
        while i < len(self.tokens) and self.tokens[i][1] <= end:
            out.append(self.tokens[i])
            i += 1
        return out

    def get(self, pos: int, default=None):
        i = bisect_right(self.starts, pos) - 1
        if i >= 0:
            start, end = self.tokens[i]
            if start <= pos < end:
                return start, end
        return default


class _Lexicon:
    """Automata built from the gazetteer and the rule files, once per process."""

    def __init__(self, rules: Rules, gazetteer: gz.Gazetteer):
        self.rules = rules
        self.gaz = gazetteer
        ent = rules.entities
        # surface form -> list of (key, official?)
        forms: dict[str, list[tuple[str, bool]]] = {}
        for form, key, official in gazetteer.names_for_matching():
            if len(form) >= 2:
                forms.setdefault(form, []).append((key, official))
        self.region_official_auto = _Matcher((f, v) for f, v in forms.items() if any(o for _, o in v))
        self.region_short_auto = _Matcher((f, [x for x in v if not x[1]]) for f, v in forms.items()
                                            if any(not o for _, o in v))
        self.township_breakers = set(ent["township_breakers"])
        self.township_non_initials = set(ent["township_non_initials"])
        self.lone_village_breakers = set(ent["lone_village_breakers"])
        self.plain_word_cities = frozenset(ent["plain_word_cities"])
        self.publication_heads = tuple(ent["publication_heads"])
        self.product_heads = tuple(sorted(ent["product_heads"], key=len, reverse=True))
        self.slogan_tails = tuple(ent["slogan_tails"])
        self.product_head_set = frozenset(ent["product_heads"])
        self.academy_endings = frozenset(ent["academy_endings"])
        self.placed_endings = frozenset(ent["placed_endings"])
        self.government_not_before = tuple(ent["government_not_before"])
        self.national_openers = tuple(ent["national_openers"])
        self.nation_names = tuple(ent["nation_names"])
        self.academy_units = frozenset(ent["academy_units"])
        self.branch_endings = tuple(ent["branch_endings"])
        self.body_branch_endings = tuple(ent["body_branch_endings"])
        self.collective_body_endings = frozenset(ent["collective_body_endings"])
        self.subtitle_openers = tuple(ent["subtitle_openers"])
        self.institution_name_heads = tuple(ent["institution_name_heads"])
        self.building_verbs = tuple(ent["building_verbs"])
        self.counted_people_after = tuple(ent["counted_people_after"])
        self.cooperative_kind = re.compile("(?:" + "|".join(sorted(
            set(ent["product_heads"]) | set(ent["cooperative_kind_words"]), key=len, reverse=True)) + ")+")
        self.age_words = frozenset(ent["age_words"])
        self.schooling_years = frozenset(ent["schooling_years"])
        self.name_openers = tuple(ent["name_openers"])
        self.legal_forms = tuple(sorted(ent["legal_forms"], key=len, reverse=True))
        self.company_name_tails = tuple(ent["company_name_tails"])
        self.enterprise_short_names = dict(ent["enterprise_short_names"])
        # central state-owned enterprises by their registered names and short ones (kg/data/central_enterprises.toml)
        self.registered = _Matcher((normalize_for_matching(form), normalize_for_matching(e["name"]))
                                   for e in _central_enterprises() for form in [e["name"], *e["short"]])
        # (and the names the press gives them once named: 东航 after 东航集团)
        self.registered_also = {normalize_for_matching(e["name"]): e.get("also", []) for e in _central_enterprises()}
        # (each short ending's long forms, one or two: 职教中心 → 职业教育中心, 职业技术教育中心)
        self.key_synonyms = {k: [v] if isinstance(v, str) else list(v) for k, v in ent["key_synonyms"].items()}
        self.short_form_endings = tuple(ent["short_form_endings"])
        self.port_endings = set(ent["port_endings"])
        self.founding_verbs = tuple(ent["founding_verbs"])
        self.body_party_endings = tuple(ent["body_party_endings"])
        self.party_body_endings = tuple(ent["party_body_endings"])
        self.committee_posts = tuple(ent["committee_posts"])
        self.branded_endings = {k: tuple(v) for k, v in ent["branded_endings"].items()}
        self.party_prefixes = set(ent["party_prefixes"])
        self.subgroup_parents = tuple(ent["subgroup_parents"])
        # words that may follow a short form inside one jieba token (汉滨区 → 汉滨 + 区)
        self.region_followers = tuple(ent["short_form_followers"])
        # frequencies and tags of jieba's dictionary as it ships: whether a short form is also a plain word
        # is judged on them, not on the words added below
        self.freq, self.word_tag = segment.dictionary()
        # place names become words of the segmenter, so that 为汉滨 splits as 为 + 汉滨; short forms only (and
        # counties of one character): official names are matched on the text itself
        self.added: set[str] = set()
        for form, values in forms.items():
            if not self.freq.get(form) and not any(o for _, o in values):
                segment.add_word(form, 50, "ns")
                self.added.add(form)
            elif len(form) == 2 and form.endswith("县") and self.freq.get(form, 0) < 50 and any(o for _, o in values):
                # counties of one character the dictionary hardly knows: 礼县|城关第一小学, not 礼|县城|关
                segment.add_word(form, 50, "ns")
                self.added.add(form)
        suffixes = []
        for typ, words in ent["suffixes"].items():
            suffixes += [(w, typ) for w in words]
        self.suffix_auto = _Matcher(suffixes)
        self.zone_auto = _Matcher((w, "zone") for w in ent["zone_suffixes"])
        self.bare_zones = set(ent["bare_zones"])
        self.hospital_grades = tuple(ent["hospital_grades"])
        self.study_verbs = frozenset(ent["study_verbs"])
        self.mass_prefixes = tuple(ent["mass_organisation_prefixes"])
        self.mass_endings = tuple(ent["mass_organisation_endings"])
        self.named_zone_suffixes = set(ent["named_zone_suffixes"])
        self.zone_short_forms = dict(ent["zone_short_forms"])
        self.zone_words = tuple(sorted(ent["zone_suffixes"], key=len, reverse=True))
        self.blockers = _Matcher((w, w) for w in ent["suffix_blockers"])
        self.left_stops = set(ent["left_stops"])
        self.brand_time_words = frozenset(ent["brand_time_words"])
        self.cooperative_forms = tuple(ent["cooperative_forms"])
        self.name_word_verbs = tuple(ent["name_word_verbs"])
        self.name_nouns = set(ent["name_nouns"])
        self.joint_verbs = set(ent["joint_verbs"])
        self.generic = set(ent["generic_words"])
        self.generic_longest = tuple(sorted(self.generic, key=len, reverse=True))  # (longest first, built once)
        self.national = set(ent["national_bodies"]) | set(ent["national_organisations"])
        self.national_auto = _Matcher([(w, "GOVERNMENT") for w in ent["national_bodies"]] +
                                      [(w, "ORGANIZATION") for w in ent["national_organisations"]])
        self.generic_department_heads = tuple(ent["generic_department_heads"])
        self.national_department = re.compile(r"(?:[\u4e00-\u9fff]{2,8}?(" + "|".join(
            map(re.escape, ent["national_department_endings"])) + ")|(新闻办公室|办公厅))(?!长|[\u4e00-\u9fff]?(?:公司|有限))")
        self.list_heads = dict(ent["list_heads"])
        self.list_head_members = set(ent["list_head_members"])
        self.place_list_closers = tuple(ent["place_list_closers"])
        self.determiners = tuple(sorted(ent["determiners"], key=len, reverse=True))
        self.quality_words = re.compile("(?:" + "|".join(map(re.escape, ent["quality_words"])) + ")+")
        self.place_plural_endings = set(ent["place_plural_endings"])
        self.place_referrers = tuple(ent["place_referrers"])
        self.weak_suffixes = set(ent["weak_suffixes"])
        self.group_endings = tuple(ent["group_endings"])
        self.led_group_endings = tuple(ent["led_group_endings"])
        self.led_group_own_heads = tuple(ent["led_group_own_heads"])
        self.group_offices = tuple(ent["group_offices"])
        self.enterprise_words = set(ent["enterprise_words"])
        self.body_words_before = tuple(ent["body_words_before"])
        self.enterprise_words_before = tuple(ent["enterprise_words_before"])
        self.enterprise_kinds = tuple(ent["enterprise_kinds"])
        self.level_words = frozenset(ent["level_words"])
        self.name_words = sorted(ent["name_words"], key=len, reverse=True)
        self.team_name_words = set(ent["team_name_words"])
        self.split_verbs = tuple(ent["split_verbs"])
        self.team_endings = tuple(ent["team_endings"])
        self.organisation_words = tuple(sorted(ent["organisation_words"], key=len, reverse=True))
        self.member_words = tuple(ent["member_words"])
        self.role_words = tuple(ent["role_words"])
        self.trade_short_forms = [tuple(pair) for pair in ent["trade_short_forms"]]
        self.nature_followers = tuple(ent["nature_followers"])
        self.not_village_stems = frozenset(ent["not_village_stems"])
        self.countryside_words = tuple(ent["countryside_words"])
        self.township_inner_breakers = tuple(ent["township_inner_breakers"])
        self.township_non_finals = tuple(ent["township_non_finals"])
        self.peoples = gz.ethnic_groups()
        markers = "|".join(map(re.escape, sorted(ent["abbreviation_markers"], key=len, reverse=True)))
        self.abbreviation = re.compile(rf"\((?:{markers})[:：]?[“\"‘'「『]?(?P<short>[^“”\"‘’'「」『』()]{{2,12}}?)[”\"’'」』]?\)")
        self.abbreviations_bracket = re.compile(rf"\((?P<body>[^()\n]{{0,20}}?(?:{markers}|证券简称|股票简称)[^()\n]{{2,40}})\)")
        self.org_endings = tuple(w for words in ent["suffixes"].values() for w in words)
        self.county_stems: dict[str, list[tuple[str, str]]] = {}  # filled as counties are met (_county_stems)
        self.endings_by_type = {t: tuple(w) for t, w in ent["suffixes"].items()}
        ppl = rules.people
        self.official_titles = set(ppl["official_titles"])
        # a post taken after the name (客户经理吴思远到三河村担任驻村第一书记, 经理助理周晟挂职…副局长): an official
        state = "|".join(sorted(map(re.escape, ppl["official_titles"]), key=len, reverse=True))
        lead = "|".join(sorted(map(re.escape, ppl["region_leadership_titles"] + ppl["posts_taken_after"]),
                               key=len, reverse=True))
        self.institution_words = tuple(ppl["institution_post_words"])
        self.post_after = re.compile(rf"(?:到|赴|在)?[^，,。；;\n]{{0,12}}?(?:(?:挂职|挂任)[^，,。；;\n]{{0,16}}?(?:{state})|"
                                     rf"(?:担任|出任|任)[^，,。；;\n]{{0,16}}?(?:{lead}))")
        self.person_titles = set(ppl["person_titles"])
        self.person_title_tuple = tuple(ppl["person_titles"])
        self.official_titles_longest = tuple(sorted(ppl["official_titles"], key=len, reverse=True))
        self.title_auto = _Matcher([(t, "OFFICIAL") for t in ppl["official_titles"]] +
                                     [(t, "PERSON") for t in ppl["person_titles"]] +
                                     [(t, "PERSON") for t in ppl["relatives_before_names"]])
        self.followers = tuple(sorted(ppl["name_followers"], key=len, reverse=True))
        self.verb_followers = tuple(f for f in self.followers if f not in _STOP_CHARS and f not in ("、", "家"))
        self.dotted_name_adverbs = frozenset(ppl["dotted_name_adverbs"])
        self.followers_before_numbers = frozenset(ppl["name_followers_before_numbers"])
        self.byline_roles = sorted(ppl["byline_roles"], key=len, reverse=True)
        self.byline_units = tuple(ppl["byline_unit_endings"])
        self.not_people = tuple(ppl["not_people_prefixes"])
        # (the names on the line after the head: 评标委员会成员\n陈国良、刘晓梅…, 名单：\n杨光华、…)
        self.roster = re.compile(r"(?:" + "|".join(ppl["roster_heads"]) + r")(?:[:：][ \t\u3000]*\n?|[ \t\u3000]*\n)")
        self.title_word_tails = frozenset(ppl["title_word_tails"])
        self.coming_for = tuple(ppl["coming_for"])
        self.labour_stations = tuple(ppl["labour_stations"])
        self.labour_station_heads = frozenset(ppl["labour_station_heads"])
        self.plain_noun_titles = frozenset(ppl["plain_noun_titles"])
        self.field_roles = frozenset(ppl["field_roles"])
        self.short_byline_roles = frozenset(ppl["short_byline_roles"])
        self.professional_titles = frozenset(ppl["professional_titles"])
        self.nouns_before_names = tuple(sorted(ppl["nouns_before_names"], key=len, reverse=True))
        self.address_words = frozenset(ppl["address_words"])
        self.dai_name_initials = tuple(ppl["dai_name_initials"])
        self.corps_key = gz.xpcc()["key"]
        self.corps_farms = gz.corps_farms()
        self.division_not_before = tuple(gz.xpcc()["not_before"])
        # a division and the city it governs with (师市合一: 第一师阿拉尔市) are one administration
        # (一师阿拉尔市, 一师十团: a division of one digit written short, before its city or a regiment)
        self.short_divisions = {name[1:]: key for key, name, _ in gz.divisions() if len(name) == 3}
        cities = "|".join(city for _, _, city in gz.divisions() if city)
        self.short_division_re = re.compile(r"(?<![第农一二三四五六七八九十])(" + "|".join(self.short_divisions) +
                                            r")(?=" + cities + r"|[一二三四五六七八九十]{1,3}团)")
        self.division_cities = {key: {p.key for p in gazetteer.by_name(city)} for key, _, city in gz.divisions() if city}
        self.body_words = tuple(ppl["body_words"])
        self.address_titles = [re.escape(t) for t in ppl["address_titles"]]
        self.adverb_initials = set(ppl["adverb_initials"])
        self.direction_complements = tuple(ppl["direction_complements"])
        self.pronoun_chars = frozenset(ppl["pronoun_chars"])
        self.name_endings = [re.escape(w) for w in ppl["transliterated_name_endings"]]
        # a name ending as a body's name does is no person's (卫健局副局长: no 卫 健局)
        self.body_endings = tuple(w for words in ent["suffixes"].values() for w in words if len(w) > 1) + \
            tuple(ppl["body_name_endings"])
        self.leadership = set(ppl["region_leadership_titles"])
        self.title_stops = _Matcher((w, "STOP") for w in ppl["title_left_stops"])
        self.post_name_lead = tuple(ppl["post_name_lead"])
        self.post_tails = tuple(ppl["post_tails"])
        self.verbs_joined_to_names = frozenset(ppl["verbs_joined_to_names"])
        self.name_honorifics = tuple(ppl["name_honorifics"])
        self.party_posts = tuple(ppl["party_posts"])
        self.arrivals_before_post = tuple(a + c for a in ppl["arrivals_before_post"] for c in "，,")
        self.list_titles = _Matcher((w, "OFFICIAL") for w in ppl["list_titles"])
        self.group_lead = re.compile("(?:" + "|".join(map(re.escape, ppl["subject_groups"])) + ")的")
        self.origin_lead = re.compile("(?:" + "|".join(map(re.escape, ppl["origin_words"])) + r")[^，,。；;：:、\s]{2,16}?的")
        self.speech_verbs = tuple(ppl["speech_verbs"])
        self.movement_surnames = set(ppl["movement_surnames"])
        self.tibetan = set(ppl["tibetan_syllables"])
        # two syllables or three in a row (a one-syllable name alone is too often a plain word or a place's)
        self.tibetan_run = re.compile("(?:" + "|".join(sorted(self.tibetan, key=len, reverse=True)) + "){2,3}")
        self.mongolian = tuple(sorted(ppl["mongolian_parts"] + ppl["uyghur_parts"], key=len, reverse=True))
        self.uyghur_parts = frozenset(ppl["uyghur_parts"])
        self.name_syllable_verbs = frozenset(ppl["name_syllable_verbs"])
        self.mongolian_initials = {w[0] for w in self.mongolian}  # (a set lookup before scanning them: a hot path)
        self.tibetan_endings = set(ppl["tibetan_endings"])
        self.yi_families = set(ppl["yi_family_names"])
        self.hui_given = tuple(sorted(ppl["hui_given_names"], key=len, reverse=True))
        self.hui_initials = frozenset(g[0] for g in self.hui_given)
        self.province_abbreviations = set(ppl["province_abbreviations"])
        self.name_particles = tuple(ppl["name_particles"])
        self.roles_after_name = tuple(ppl["roles_after_name"])
        roles = "|".join(map(re.escape, ppl["roles_after_name"]))
        # (compiled once; a transliterated name with its dot too: 科里的麦麦提江·吐尔逊医生)
        self.name_before_role = re.compile(rf"(?<=的)([\u4e00-\u9fff]{{2,3}}?|[\u4e00-\u9fff]{{1,6}}[·•・][\u4e00-\u9fff]{{1,6}}?)"
                                           rf"(?:{roles})")
        self.name_role_at = re.compile(rf"([\u4e00-\u9fff]{{2,3}}?)(?:{roles})")  # (…大学林占熺研究员)
        # a name right before a verb of speech (孕产妇王桂兰说, 的吉克阿呷说) or after 的 before 来自: four characters
        # after a list mark or a stop (or opening with a family name of two: 务工人员吉木伍呷说, 。马海伍达表示, found
        # as the three after its first character)
        self.two_char_families = rules.compound_surnames | self.yi_families
        self.name_before_speech = re.compile(
            r"([\u4e00-\u9fff]{2,3}|(?<=[的是，,、”\"」』·•・])[\u4e00-\u9fff]{4})"
            # (…一边分拣一边说: what the speaker does the while)
            r"(?=(?:一边[\u4e00-\u9fff]{1,6}?一边)?(?:笑着说|说|表示|介绍|坦言|感慨|告诉记者)"
            r"(?:[,，:：“\"]|。(?!”))|来自"
            # (or before a word of address: 爱心人士吴国梁先生, 买买提·托合提老人)
            r"|(?:" + "|".join(map(re.escape, ppl["address_after_name"])) + r")(?!们)"
            r"|(?:" + "|".join(map(re.escape, ppl["comrade_after_name"])) + r")(?!" +
            "|".join(map(re.escape, ppl["comrade_not_before"])) + ")"
            r")")  # …”吉克阿呷说。
        self.address_after_name = tuple(ppl["address_after_name"])
        self.dotted_name_tails = tuple(ppl["address_words"]) + tuple(ppl["dotted_name_tails"])


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    return _Lexicon(load_rules(), gz.default())


class EntityRecognizer:
    """Finds and resolves the entities of one document."""

    def __init__(self, lex: _Lexicon | None = None):
        self.lex = lex or lexicon()

    # ------------------------------------------------------------------ regions
    def regions(self, norm: str, token_starts: set[int], token_ends: set[int], masked) -> list[Mention]:
        lex = self.lex
        out: list[Mention] = []
        # official names first; short forms only where no official name was found
        taken: list[tuple[int, int]] = []
        found = lex.region_official_auto.leftmost_longest(norm)
        starts = {s: v for s, _, _, v in found}
        for start, end, form, values in found:
            if masked(start, end):
                continue
            keys = [k for k, o in values if o]
            # a township upgraded since the list (大石乡 → 大石镇) right after its county beats namesakes elsewhere
            before = next((m for m in reversed(out) if m.end == start), None)
            if before is not None:
                keys += [k for k, o in values if not o and _parent(k) in before.candidates]
            if len(form) <= 2 and (start not in token_starts or end not in token_ends) and \
                    not any(_parent(k) in keys for k, o in starts.get(end, ()) if o):
                # 沧县 inside 澜沧县: a two-character name must be a word of its own (unless a township of it follows
                # right after: 向|康|县长|坝镇 is 康县长坝镇)
                continue
            if start and start not in token_starts and start + 1 in token_ends and end in token_ends and \
                    lex.freq.get(norm[start - 1:start + 1], 0) > COMMON_WORD and len(form) <= 3 and \
                    not (norm[start - 1] in _STOP_CHARS and form[-1] in "镇乡"):  # (向上|阿图什镇 is one)
                # 部分|乡镇卫生院: a common word holds the name's first character, no 分乡镇 (but a word of a
                # preposition and the township's first character is the preposition before it: 向上|帕镇捐赠)
                continue
            held_by = lex.gaz.by_alias(norm[start - 1:start + 1]) if all("/" in k for k in keys) and \
                start - 1 in token_starts and start + 1 in token_ends and start not in token_starts else []
            if any(p.key in m.candidates for p in held_by for m in out):
                continue  # 广南县…到广南|乡镇“认亲”: a county named before, written short, holds the first character, no 南乡镇
            if len(form) <= 2 and form[0] in _STOP_CHARS and start and HAN.match(norm[start - 1]) and \
                    lex.freq.get(form, 0) >= RARE_WORD:
                continue  # 副县长和县卫健局局长: 和 joins the two, the county unnamed (no 和县)
            stem = form[:-1]
            if len(form) == 3 and start and norm[start - 1] in "局办委厅院部处将并要还再也" and \
                    lex.freq.get(stem, 0) > COMMON_WORD and lex.word_tag.get(stem, "")[:2] not in ("ns", "nr", "nz"):
                continue  # 县人社局会同县东西部协作办, 将会同县财政局: a verb (会同) and "the county's", no 会同县
            if len(form) <= 2 and _SLOGAN_END.match(norm, end) and _SLOGAN_START.search(norm, max(0, start - 4), start):
                continue  # “文旅兴县”: a slogan closing with a county's name (兴县, 富县) names no county
            if norm.startswith(lex.division_not_before, end) and any(k.startswith(lex.corps_key) for k in keys):
                continue  # 第三师范学院: no division of the Corps
            if all("/" in k for k in keys) and end not in token_ends and norm[end:end + 1] in lex.township_breakers \
                    and not (before is not None and any(_parent(k) in before.candidates for k in keys)):
                continue  # 发展乡村, 凉山乡村振兴: a township name must end a word (unless right after its county)
            if form.endswith("市"):
                # 济南市中区, 青岛市北区: the city's 市 begins the name of one of its districts (市中区, 市北区)
                inner = lex.region_official_auto.leftmost_longest(norm[end - 1:end + 6])
                if inner and inner[0][0] == 0 and inner[0][1] >= 3 and \
                        any(o and _within(k, c) for k, o in inner[0][3] for c in keys):
                    keys = [k for k, o in inner[0][3] if o and any(_within(k, c) for c in keys)]
                    end = end - 1 + inner[0][1]
                    form = norm[start:end]
            if norm[end - 1:end + 1] in lex.level_words and end - 1 in token_starts and end not in token_ends:
                # 青岛|市民王秀珍: the place written short before a word its level's character opens
                out.append(Mention(start, end - 1, "REGION", form[:-1], keys, False))
                taken.append((start, end - 1))
                continue
            out.append(Mention(start, end, "REGION", form, keys, True))
            taken.append((start, end))
        out += self._short_divisions(norm, taken, masked)
        out.sort(key=lambda m: m.start)
        out += self._township_stems(norm, out, taken, masked)
        out.sort(key=lambda m: m.start)
        out += self._townships(norm, out, taken, token_ends, masked)
        out += self._ethnic_townships(norm, taken, masked)
        out += self._listed_townships(norm, out, taken, masked)
        out.sort(key=lambda m: m.start)
        villages = self._villages(norm, out, masked)
        out += villages
        taken += [(m.start, m.end) for m in villages]
        out += self._renamed_townships(norm, villages, taken, masked)
        shorts = lex.region_short_auto.leftmost_longest(norm)
        # (宁波市|北仑: 市北, of 市北区, across the edge of a name found hides 北仑, which starts a word)
        out_ends = {m.end for m in out}
        hidden = [(s, e) for s, e, _, _ in shorts if (s not in token_starts and s not in out_ends
                                                      or e not in token_ends and s in token_starts)]
        if hidden:
            # a short form across a word's edge may hide one that starts a word (用于|都安县: 于都, of 于都县, first;
            # 来|安吉跟岗: 来安, of 来安县)
            every = lex.region_short_auto.all(norm)
            shorts = sorted(shorts + [h for h in every if h[0] in token_starts and any(s < h[0] < e for s, e in hidden)])
        covered = _span_mask(len(norm), taken)  # the characters of the names taken (a faster test than the list)
        for start, end, form, values in shorts:
            if masked(start, end):
                continue
            if covered.find(1, start, end) >= 0:
                inner, keys = self._namesakes_inside(out, taken, start, end, values)
                if inner:
                    # 伽师县和夏阿瓦提镇: a township upgraded since the list, right after its county, beats the
                    # namesake elsewhere found inside it (阿瓦提镇 of 巴楚县)
                    out = [m for m in out if m not in inner]
                    taken = [(a, b) for a, b in taken if not (start <= a and b <= end)]
                    out.append(Mention(start, end, "REGION", form, keys, False))
                    taken.append((start, end))
                    covered = _span_mask(len(norm), taken)
                    out_ends = {m.end for m in out}
                continue
            if norm.startswith(lex.nature_followers, end):
                continue  # 怒江源头: the river
            if start and lex.word_tag.get(norm[start - 1:start + 1], "")[:2] == "ns" and \
                    norm.startswith(lex.nature_followers, start + 1):
                continue  # 天|山南|脉: a mountain's range (天山南脉) holds the first character, no 山南
            # a short form must stand as a word of its own
            after_region = start in out_ends
            # (or right before a place it holds, inside one word: 新疆|伊犁哈萨克自治州 the segmenter keeps whole; or
            # before its zone, 苏州|高新区)
            if (start not in token_starts and not after_region) or end not in token_ends and \
                    not norm.startswith(tuple(lex.region_followers), end) and \
                    not (start in token_starts and norm.startswith(lex.zone_words, end)) and \
                    not (start in token_starts and self._heads_company(norm, end, values)) and \
                    not any(m.start == end and m.official and any(_within(k, o) for k in m.candidates
                                                                  for o, _ in values) for m in out):
                continue
            if norm[end:end + 1] in ("县", "区", "市", "旗") and norm[end + 1:end + 2] != "级" and (
                    form[-1] not in "县区市旗州盟省" or self._county_stem(form, values)):  # (昭通|县级医院: no 昭通县)
                if self._common_word(Mention(start, end, "REGION", form, official=False)):
                    continue  # 深汕特别合作区, 对口合作区: a common word (合作) and a zone, not 合作市
                if lex.freq.get(form + norm[end], 0) > RARE_WORD:
                    continue  # 从大城市来: a frequent word (大城市, though tagged a place), not 大城县 written as a city
                # 水城县, 错那县: a place renamed since (now 水城区, 错那市) keeps the form the text writes
                end, form = end + 1, form + norm[end]
            elif norm.startswith(("地区", "盟"), end) and form[-1] not in "县区市旗州盟省" and any(
                    lex.gaz.place(k) is not None and lex.gaz.place(k).level == "prefecture" for k, _ in values):
                # 日喀则地区, 乌兰察布盟: a prefecture by its name before it became a city
                level = "地区" if norm.startswith("地区", end) else "盟"
                end, form = end + len(level), form + level
            out.append(Mention(start, end, "REGION", form, [k for k, _ in values], False))
            taken.append((start, end))
            covered[start:end] = b"\x01" * (end - start)
            out_ends.add(end)
        out.sort(key=lambda m: m.start)
        # townships missing from the list after a county written short (门源县青石嘴镇; or a division: 十三师红星一场)
        out += self._townships(norm, [m for m in out if not m.official and m.text[-1:] in "县区市旗师"], taken, token_ends,
                               masked, out)
        out.sort(key=lambda m: m.start)
        out += self._zones(norm, out, masked)
        out += self._township_named_short(norm, out, taken, token_ends, masked)
        out.sort(key=lambda m: m.start)
        return out

    def _short_divisions(self, norm: str, taken: list, masked) -> list[Mention]:
        """A division of the Corps of one digit written without 第 (一师), only before its city or a regiment (一师阿拉尔市,
        一师十团): alone it is also "one teacher" (三师, 一师一优课)."""
        out = []
        for m in self.lex.short_division_re.finditer(norm):
            start, end = m.span(1)
            if masked(start, end) or any(a < end and start < b for a, b in taken):
                continue
            out.append(Mention(start, end, "REGION", m.group(1), [self.lex.short_divisions[m.group(1)]], False))
            taken.append((start, end))
        return out

    def _township_named_short(self, norm, found, taken, token_ends, masked) -> list[Mention]:
        """A township named in full, then by its name without 镇/乡 elsewhere in the text (…大方县猫场镇… 常驻猫场，):
        that township, where the name stands as a word of its own, closing its phrase, and is no common one (not
        闽宁协作, 大板二小: a programme's or a school's name)."""
        out = []
        for m in found:
            if not (m.official and m.candidates and all(k.count("/") == 1 for k in m.candidates) and
                    m.text[-1:] in "镇乡" and len(m.text) >= 3):
                continue
            stem = m.text[:-1]
            if self.lex.freq.get(stem, 0) > RARE_WORD:
                continue  # (城关, 新城: words, or too many places' names)
            for k in (x.start() for x in re.finditer(re.escape(stem), norm)):
                e = k + len(stem)
                if HAN.match(norm[e:e + 1] or " ") and norm[e] not in _STOP_CHARS or e not in token_ends or masked(k, e) or \
                        any(a < e and k < b for a, b in taken) or HAN.match(norm[k - 1:k] or " ") and \
                        norm[k - 1] not in _STOP_CHARS and norm[k - 2:k] not in ("常驻", "驻点", "来到", "前往"):
                    continue
                out.append(Mention(k, e, "REGION", stem, list(m.candidates), False,
                                   attrs={"level": "township", "alias_of": m}))
                taken.append((k, e))
        return out

    def _county_stem(self, form: str, values) -> bool:
        """Whether ``form`` is the stem of the county-level places it names (宜州 of 宜州区, written 宜州市 before
        2016), though it ends like a level (州)."""
        places = [self.lex.gaz.place(k) for k, _ in values]
        return bool(places) and all(p is not None and p.level == "county" and len(p.name) == len(form) + 1
                                    and p.name.startswith(form) for p in places)

    @staticmethod
    def _namesakes_inside(out: list[Mention], taken: list[tuple[int, int]], start: int, end: int,
                          values) -> tuple[list[Mention], list[str]]:
        """The places found inside ``[start, end)`` when a form of a township there (``values``) lies right after
        its county and they do not, or its county is named elsewhere in the text and theirs nowhere (在西北湾镇，…
        of a text naming 奇台县: not 北湾镇 of 靖远县): those the township's own name beats, and its keys. Otherwise
        nothing."""
        inner = [m for m in out if start <= m.start and m.end <= end]
        if not inner or not all(m.candidates for m in inner) or \
                any(a < end and start < b and not (start <= a and b <= end) for a, b in taken):
            return [], []
        before = next((m for m in out if m.end == start and m.candidates), None)
        named = set(before.candidates) if before is not None else \
            {k for m in out if not (start <= m.start and m.end <= end) for k in m.candidates}
        keys = [k for k, _ in values if _parent(k) in named]
        if not keys or any(_parent(k) in named for m in inner for k in m.candidates):
            return [], []
        return inner, keys

    def _county_stems(self, key: str) -> list[tuple[str, str]]:
        """(stem, township key) of a county's townships by their names without 镇/乡 (特木里 of 特木里镇); none for
        other places. Cached per process."""
        cache = self.lex.county_stems
        if key not in cache:
            place = self.lex.gaz.place(key)
            cache[key] = [] if place is None or place.level != "county" else [
                (stem, t.key) for t in self.lex.gaz.children(key)
                if len(stem := re.sub(r"(?:镇|乡|街道|苏木|民族乡)$", "", t.name)) >= 2 and stem != t.name]
        return cache[key]

    def _ethnic_townships(self, norm, taken, masked) -> list[Mention]:
        """A 民族乡 written with its people or peoples (洛本卓白族乡, 六龙山侗族土家族乡) that the list names without them
        (洛本卓乡, 六龙山乡)."""
        out = []
        for m in re.finditer("族乡", norm):
            e = m.end()
            people = next((p for p in self.lex.peoples if norm.endswith(p, 0, m.start())), None)
            if people is None or any(a < e and m.start() < b for a, b in taken):
                continue
            stem_end = m.start() - len(people)
            while norm.endswith("族", 0, stem_end) and (more := next(
                    (p for p in self.lex.peoples if norm.endswith(p, 0, stem_end - 1)), None)) is not None:
                stem_end -= len(more) + 1  # (two peoples: 六龙山侗族土家族乡, the list's 六龙山乡)
            for s in range(max(0, stem_end - 4), stem_end - 1):  # the longest stem first
                if all(HAN.match(c) for c in norm[s:stem_end]) and not masked(s, e) and \
                        not any(a < e and s < b for a, b in taken) and \
                        (places := self.lex.gaz.by_name(norm[s:stem_end] + "乡", ("township",))):
                    out.append(Mention(s, e, "REGION", norm[s:e], [p.key for p in places], True))
                    taken.append((s, e))
                    break
        return out

    def _renamed_townships(self, norm, villages, taken, masked) -> list[Mention]:
        """A township the list knows under an older name, written right before one of its villages (将台堡镇保林村:
        the list's 将台乡, named so before it became a 镇): the same first two characters make it that township."""
        out = []
        for v in villages:
            e = v.start
            if not norm.endswith(("镇", "乡", "街道"), 0, e):
                continue
            parents = {_parent(k) for k in v.candidates if "/" in k}
            match, s = [], e
            for n in range(3, 8):
                s = e - n
                if s < 0 or not all(HAN.match(c) for c in norm[s:e]):
                    break
                match = [k for k in parents if (p := self.lex.gaz.place(k)) is not None and p.level == "township"
                         and p.name[:2] == norm[s:s + 2] and p.name != norm[s:e]]
                if match:
                    break
            if len(match) == 1 and not masked(s, e) and not any(a < e and s < b for a, b in taken):
                v.candidates = [k for k in v.candidates if _parent(k) == match[0]]
                out.append(Mention(s, e, "REGION", norm[s:e], match, False, attrs={"level": "township"}))
                taken.append((s, e))
        return out

    def _township_stems(self, norm, found, taken, masked) -> list[Mention]:
        """A township by its name without 镇/乡, right after its county and opening the name of a school, hospital
        or body there (布拖县特木里中学: 特木里镇's school, not 木里县's): a mention that holds its span from other
        places' forms and lets the name after it extend over it, dropped once names are read (the text, like the
        annotators, names no township there)."""
        out, stems = [], {}
        endings = self.lex.org_endings

        def hold(s: int, stem: str, key: str) -> bool:
            """Hold the stem at ``s`` when a name's ending follows it: no place is read inside it, and the name after
            extends over it; the stem names no place itself (dropped by prune)."""
            e = s + len(stem)
            if not norm.startswith(endings, e) or masked(s, e) or any(a < e and s < b for a, b in taken):
                return False
            out.append(Mention(s, e, "REGION", stem, [key], True, attrs={"level": "township", "stem_only": True}))
            taken.append((s, e))
            return True

        for m in found:
            if len(m.candidates) != 1 or "/" in m.candidates[0]:
                continue
            for stem, key in self._county_stems(m.candidates[0]):
                if norm.startswith(stem, m.end) and hold(m.end, stem, key):
                    stems[stem] = key
                    break
        # the same stem opening a name elsewhere in the text (…特木里中学的5名青年教师)
        for stem, key in stems.items():
            for m in re.finditer(re.escape(stem), norm):
                hold(m.start(), stem, key)
        return out

    def _townships(self, norm, found, taken, token_ends, masked, every=None) -> list[Mention]:
        """Townships missing from the gazetteer, right after their county (西吉县将台堡镇); ``every`` the places found,
        when ``found`` is only the counties to read after."""
        every = found if every is None else every
        out = []
        for m in found:
            if not m.candidates or any("/" in k for k in m.candidates):
                continue
            # (not 湖里区选派到东乡县: 乡 of a county's name)
            t = re.match(r"([\u4e00-\u9fff]{2,4}?)(镇|乡|街道|苏木)(?![村级长政委人县镇])", norm[m.end:m.end + 7]) or \
                re.match(r"([^\W\d_街乡城村])(镇)(?=[、，,与和及])", norm[m.end:m.end + 3])  # (合阳县坊镇、…: a name of one;
            # not 静安区街镇与…: its streets and towns)
            regiment = None
            if not t and m.candidates[0].startswith(self.lex.corps_key + "-"):
                # a regiment after its division (第三师四十五团, 第一师一五〇团, 第十四师二二四团, 第三师第四十五团)
                t = regiment = _REGIMENT.match(norm, m.end)
            if not t or not regiment and not self._township_name(t.group(1)):
                continue
            if not regiment and t.group(2) == "乡" and self.lex.freq.get(t.group(1)[-1] + "乡", 0) > COMMON_WORD:
                continue  # 住房城|乡建设局, 回到家|乡: a word 乡 closes (城乡, 家乡), no township's name
            s, e = regiment.span() if regiment else (m.end, m.end + t.end())
            # a namesake of another county found inside the name (门源县青石嘴镇: 石嘴镇 elsewhere) yields to it
            # (one character before it only, no function word: not 五莲县结对|东安镇, 县人民向|羊场镇)
            inside = [o for o in every if o.start == s + 1 and o.end == e and o.candidates and norm[s] not in _STOP_CHARS
                      and all("/" in k and _parent(k) not in m.candidates for k in o.candidates)]
            for o in inside:
                every.remove(o)
                taken.remove((o.start, o.end))
            if masked(s, e) or any(a < e and s < b for a, b in taken):
                continue
            # (通江县杨柏镇: the list's 杨柏乡 as it is now called)
            renamed = [] if regiment else [k for a, b, _, v in self.lex.region_short_auto.all(norm[s:e])
                                           if a == 0 and b == e - s for k, _ in v if _parent(k) in m.candidates]
            out.append(Mention(s, e, "REGION", norm[s:e], renamed, True, attrs={"level": "township"}))
            taken.append((s, e))
            if inside and not regiment:
                # named again alone later (…向青石嘴镇捐赠): the same township, not the namesake inside it
                for again in re.compile(re.escape(norm[s:e])).finditer(norm, e):
                    a, b = again.span()
                    for o in [o for o in every if a < o.start and o.end == b]:
                        every.remove(o)
                        taken.remove((o.start, o.end))
                    if not masked(a, b) and not any(x < b and a < y for x, y in taken):
                        out.append(Mention(a, b, "REGION", norm[a:b], [], True, attrs={"level": "township"}))
                        taken.append((a, b))
        # regiments named alone in a text that names one division (…第三师图木舒克市… 天河区与第五十一团…, 包河区结对
        # 帮扶四十七团): its own
        divisions = {k for m in found for k in m.candidates[:1] if len(m.candidates) == 1
                     and k.startswith(self.lex.corps_key + "-") and "/" not in k}
        if len(divisions) == 1:
            division = next(m for m in found if m.candidates[:1] == [next(iter(divisions))])
            for r in _REGIMENT.finditer(norm):
                s, e = r.span()
                number = r.group(1)
                listed = norm[s - 1:s] in ("与", "和", "、", "及", "向", "在", "到", "赴") or norm[e:e + 1] in ("、", "与", "和") \
                    or norm.endswith(("结对帮扶", "对口支援", "结对", "帮扶", "支援", "投入"), 0, s)  # (嘉兴市结对帮扶十团)
                if number[0] != "第" and len(number) < 2 and not listed or masked(s, e) or \
                        any(a < e and s < b for a, b in taken):
                    continue  # (第N团, 四十七团, 十二团; 一团 only in a list: 余杭区与十团, not 抱成一团)
                out.append(Mention(s, e, "REGION", norm[s:e], [], True,
                                   attrs={"level": "township", "listed_after": division}))
                taken.append((s, e))
            # the Corps' farms named after a place near them (皮山农场 of the 14th division, not 皮山县)
            for r in re.finditer("农场", norm):
                e = r.end()
                s = next((r.start() - n for n in (2, 3) if self.lex.gaz.by_alias(norm[max(0, r.start() - n):r.start()])),
                         None)
                if s is None or masked(s, e) or any(a < e and s < b for a, b in taken):
                    continue
                out.append(Mention(s, e, "REGION", norm[s:e], [], True,
                                   attrs={"level": "township", "listed_after": division}))
                taken.append((s, e))
        # the Corps' regiments known by name (十三师红星一场, …北塔山牧场), in a text that names their division
        named_divisions = {m.candidates[0]: m for m in found if len(m.candidates) == 1 and
                           m.candidates[0].startswith(self.lex.corps_key + "-") and "/" not in m.candidates[0]}
        for farm, keys in self.lex.corps_farms.items() if named_divisions else ():
            division = next((named_divisions[k] for k in keys if k in named_divisions), None)
            for r in re.finditer(farm, norm) if division is not None else ():
                s, e = r.span()
                if masked(s, e) or any(a < e and s < b for a, b in taken):
                    continue
                out.append(Mention(s, e, "REGION", farm, [], True, attrs={"level": "township", "listed_after": division}))
                taken.append((s, e))
        # a regiment's company (连) by its number right after the regiment (奇台农场十八连, 六十六团三连): a village of it
        for m in [m for m in out if m.text in self.lex.corps_farms or _REGIMENT.fullmatch(m.text)]:
            c = _COMPANY.match(norm, m.end)
            if c and not masked(*c.span()) and not any(a < c.end() and c.start() < b for a, b in taken):
                out.append(Mention(c.start(), c.end(), "REGION", c.group(), [], True, attrs={"level": "village"}))
                taken.append(c.span())
        # a company named alone after a regiment named before (…十团… 箬横镇向十一连捐赠): a village of the nearest
        # regiment before it (not 一连, "in a row", nor a word holding 连: 接连, 牵连)
        regiments = sorted((m for m in out if m.text in self.lex.corps_farms or _REGIMENT.fullmatch(m.text)),
                           key=lambda m: m.start)
        for c in _COMPANY.finditer(norm) if regiments else ():
            before = norm[c.start() - 1:c.start()]
            if c.group() == "一连" or HAN.match(before or " ") and before not in _STOP_CHARS and before not in "团场、到赴向给为" \
                    or masked(*c.span()) or any(a < c.end() and c.start() < b for a, b in taken):
                continue
            regiment = next((r for r in reversed(regiments) if r.end <= c.start()), None)
            if regiment is not None:
                out.append(Mention(c.start(), c.end(), "REGION", c.group(), [], True,
                                   attrs={"level": "village", "listed_after": regiment}))
                taken.append(c.span())
        # unknown to the gazetteer, listed after a township of the list that its county opens (西吉县吉强镇、
        # 将台堡镇、兴隆镇): a township of the same county
        ends = {m.end: m for m in found + out}
        for m in sorted(found + out, key=lambda x: x.start):
            if m.attrs.get("level") != "township" and not (m.candidates and all(k.count("/") == 1 for k in m.candidates)) \
                    or norm[m.end:m.end + 1] != "、":
                continue
            first = m
            while first.start - 1 in ends and norm[first.start - 1] == "、":
                first = ends[first.start - 1]
            county = ends.get(first.start)
            if county is None or not county.candidates or any("/" in k for k in county.candidates):
                continue
            t = re.match(r"([\u4e00-\u9fff]{2,4}?)(镇|乡|街道)(?![村级长政委人县])", norm[m.end + 1:m.end + 8])
            if not t or not self._township_name(t.group(1)) or self.lex.gaz.by_name(t.group()) or \
                    self._place_word(t.group()):
                continue
            s, e = m.end + 1, m.end + 1 + t.end()
            if masked(s, e) or any(a < e and s < b for a, b in taken):
                continue
            if norm[e:e + 1] in ("与", "同"):
                # (龙岗区坂田街道与那坡县城厢镇、园山街道与龙合镇: a pair's first side after 、, a town of the county
                # of the first pair's first side)
                left = ends.get(county.start - 1) if norm[county.start - 1:county.start] in ("与", "同") else None
                other = ends.get(left.start) if left is not None and left.attrs.get("level") == "township" or \
                    left is not None and left.candidates and all(k.count("/") == 1 for k in left.candidates) else None
                if other is not None and other.candidates and not any("/" in k for k in other.candidates):
                    county = other  # (else the list's county, as any township listed after it)
            out.append(Mention(s, e, "REGION", norm[s:e], [], True, attrs={"level": "township", "listed_after": county}))
            ends[e] = out[-1]
            taken.append((s, e))
        # the same township named again alone (东莞市大朗镇… 大朗镇向洛泽河镇拨付…): resolved to the first below
        for m in list(out):
            pos = m.end
            while (pos := norm.find(m.text, pos)) >= 0:
                end = pos + len(m.text)
                if not masked(pos, end) and not any(a < end and pos < b for a, b in taken) and \
                        (pos == 0 or not HAN.match(norm[pos - 1]) or norm[pos - 1] in _STOP_CHARS or
                         norm[pos - 1] in "，。；：、"):
                    out.append(Mention(pos, end, "REGION", m.text, [], True, attrs={"level": "township"}))
                    taken.append((pos, end))
                pos = end
        return out

    def _listed_townships(self, norm: str, found: list[Mention], taken: list, masked) -> list[Mention]:
        """Townships the list does not know (since merged or renamed), listed with known townships of one county
        (棘洪滩街道、上马街道、河套街道、红岛街道分别与…): each a township, of the county of the others."""
        known = {(m.start, m.end): m for m in found if m.attrs.get("level") == "township" or
                 any(k.count("/") == 1 for k in m.candidates)}
        out: list[Mention] = []
        for run in _TOWNSHIP_RUN.finditer(norm):
            items, pos = [], run.start()
            for part in run.group().split("、"):
                items.append((pos, pos + len(part)))
                pos += len(part) + 1
            # the county all the known ones may be of
            parents = [{k.rsplit("/", 1)[0] for k in known[span].candidates} for span in items if span in known]
            common = set.intersection(*parents) if parents else set()
            if len(common) != 1:
                continue
            county = common.pop()
            for a, b in items:
                if (a, b) in known or masked(a, b) or any(x < b and a < y for x, y in taken) or \
                        not self._township_name(norm[a:b - (2 if norm.endswith("街道", 0, b) else 1)]):
                    continue
                out.append(Mention(a, b, "REGION", norm[a:b], [], True, key=f"{county}/{norm[a:b]}", attrs={
                    "level": "township", "parent": county,
                    "qualified": self.lex.gaz.qualified(county) + norm[a:b]}))
                taken.append((a, b))
        return out

    def _township_short(self, stem: str, county_key: str) -> bool:
        """Whether ``stem`` with 镇 or 乡 is a township of the county ``county_key`` (啦井 of 兰坪县: 啦井镇), by its name
        or by what it is called (苏家坨 of 海淀区: 苏家坨镇, listed as 苏家坨地区办事处)."""
        gaz = self.lex.gaz
        return any(p.parent == county_key for w in ("镇", "乡")
                   for p in gaz.by_name(stem + w, ("township",)) + gaz.by_alias(stem + w))

    def _township_name(self, head: str) -> bool:
        """Whether ``head``, written before 镇/乡/街道 right after a place, can be a township's own name: not
        opening with a function word, generic, a count of towns (中山市四个镇区) or of a batch (松江区新一批援镇干部), the
        word 乡镇 or a frequent verb (青川县选派乡镇党委书记)."""
        return not (head[0] in self.lex.township_non_initials or self._generic(head, head) or
                    re.search(r"[个所家座批]", head) or head[-1] in "乡镇" or self._common_verb(head[:2]) or
                    any(c in head[1:] for c in self.lex.township_inner_breakers) or
                    head.endswith(self.lex.township_non_finals) or
                    any(c in head[1:-1] for c in "和与及"))  # (赫章县住房和城|乡建设局: two words joined, no name)

    def _villages(self, norm: str, found: list[Mention], masked) -> list[Mention]:
        """Villages and communities: looked up by name when their suffix appears."""
        lex = self.lex
        taken = [(m.start, m.end) for m in found]
        ends_at = {m.end: m for m in found}
        out = []
        named: set[str] = set()
        for m in re.finditer(r"(?:村|社区|嘎查(?!村))", norm):  # (三家子嘎查村: the name runs on to 村)
            end = m.end()
            if any(s < end <= e for s, e in taken) or masked(m.start(), end):
                continue
            # a township written as it is now called (杨柏镇, listed as 杨柏乡), found with the short forms later: the
            # villages after it are its own (杨柏镇太平场村)
            window = max(0, end - 16)
            renamed = {window + b: Mention(window + a, window + b, "REGION", f, [k for k, _ in v], False)
                       for a, b, f, v in lex.region_short_auto.all(norm[window:m.start()])
                       if v and all(k.count("/") == 1 for k, _ in v) and f.endswith(("镇", "乡", "街道"))}
            best = None
            for length in range(len(m.group()) + 6, len(m.group()), -1):  # (托万吾斯塘村)
                start = end - length
                if start < 0:
                    continue
                name = norm[start:end]
                if not all(HAN.match(c) for c in name) or any(s < end and start < e for s, e in taken):
                    continue
                places = lex.gaz.by_name(name, ("village",))
                if not places and (name.endswith("嘎查") or name.endswith("村") and len(name) <= 4 and
                                   not re.search(rf"[{CN_DIGITS}0-9][所个座家]", name)):  # (两所村小: no 两所村村)
                    places = lex.gaz.by_name(name + "村", ("village",))  # the list's 嘎查村, and its 余村村 for 余村
                prev = ends_at.get(start) or renamed.get(start)
                if length == len(m.group()) + 1:
                    # a village of one character and 村 (余村, 付村): only right after a place holding it
                    # (安吉县余村, 天荒坪镇余村), or named so before
                    if norm.startswith(m.group(), end):
                        continue  # (派潭镇邓村村: the list's name, found at its own end)
                    if name not in named:
                        places = [p for p in places if prev is not None and
                                  any(p.key.startswith(k + "/") for k in prev.candidates)]
                        if not places:
                            continue
                prev_township = prev is not None and prev.candidates and all(
                    k.count("/") == 1 for k in prev.candidates)  # (a township's key; not a village's: 高庄村|示范村)
                # a village ends a word: not 建设村 in 建设村级光伏电站
                # (建设村史馆, 建设社区工厂, 传统村落; but 池沟村|民宿集群: a homestay, no villager)
                word_end = norm[end:end + 1] not in tuple("级民委组干集庄里史工落") or norm.startswith(("民宿", "民房", "民居"), end)
                if not word_end:
                    break
                if places and name[0] in lex.township_non_initials and not prev_township and name not in named:
                    continue  # 甲洼镇等偏远乡村: no village 等偏远乡村 (but a shorter name may still be one; and 和平村,
                    # named with its township before, is that village again: 支持和平村建设…)
                if places and name[:-len(m.group())] in lex.not_village_stems and not prev_township:
                    continue  # 用于街道社区老年食堂; 乡村振兴示范村 (a kind of village)
                if places and not prev_township and self._common_verb(name[:-len(m.group())]) and \
                        re.match(r"[村企](?:结对|共建|联建|合作|携手)", norm[end:end + 3]):
                    continue  # 建立村村结对, 建立村企结对: a verb, then the pairs of villages (no village 建立村)
                if places and name.endswith(lex.countryside_words) and not prev_township or \
                        name.endswith("乡村") and norm.startswith(("振兴", "建设", "治理", "旅游"), end):
                    continue  # 和美乡村, 美丽乡村: the countryside, unless right after its township (文安驿镇|捐赠|乡村振兴: never)
                # (a 嘎查 named alone, unknown to the list, right after a stop or a preposition: 张家坟村与沙日格台嘎查签订…,
                # 。哈日珠日和嘎查种植户…; Mongolian names are long and no common word ends with 嘎查)
                lone = m.group() == "嘎查" and not places and 2 <= length - 2 <= 6 and \
                    (start == 0 or not HAN.match(norm[start - 1]) or norm[start - 1] in _STOP_CHARS) and \
                    name[0] not in lex.township_non_initials and not self._generic(name[:-2], name) and \
                    not lex.lone_village_breakers.intersection(name) and not re.search(rf"[{CN_DIGITS}0-9]", name) and \
                    not any(c in name for c in lex.township_inner_breakers) and \
                    not any(lex.word_tag.get(name[k:k + 2], "")[:1] in ("v", "d", "p", "a") and
                            lex.freq.get(name[k:k + 2], 0) > RARE_WORD for k in range(length - 3))  # (帮助嘎查, 已移交嘎查)
                if places or name in named or lone and not prev_township or (prev_township and 2 <= len(name.removesuffix("嘎查村")) - len(m.group()) <= 4  # (long: listed)
                              and name[0] not in "各每该本全到在和与从向新等" and name[0] not in lex.township_non_initials
                              # (万寨乡的两所村小; but 三家子嘎查 is a name)
                              and not re.search(rf"[{CN_DIGITS}0-9][所个座家]{m.group()}$", name)
                              and not (self._generic(name[:-len(m.group())], name) and not  # (尚湖镇结对帮扶村)
                                       # (but 那 opens many places' names in the south-west: 金水河镇那发街村)
                                       re.fullmatch(r"那[^个些里边所座儿种样][\u4e00-\u9fff]{0,3}", name[:-len(m.group())]))
                              and not self._two_verbs(name[:-len(m.group())])  # (街道|跟班学习|社区治理)
                              and not name.startswith(tuple(lex.split_verbs))  # (云岗街道|跟岗学习|社区治理经验)
                              and not self._village_kind(name[:-len(m.group())])  # (林堤乡小康示范村: a kind)
                              # (镇|开展驻村, 维新镇|开展村镇结对; but an adjective opens names: 杨柏镇太平场村)
                              and not (self._common_verb(name[:2]) and lex.word_tag.get(name[:2], "")[:1] != "a")):
                    best = (start, name, [p.key for p in places], prev, lone and not prev_township)
                    break
            if best:
                start, name, keys, prev, lone = best
                out.append(Mention(start, end, "REGION", name, keys, True,
                                   attrs={"level": "village", "lone": True} if lone else {"level": "village"}))
                taken.append((start, end))
                named.add(name)  # (走马塘村 named again alone: that village, not the list's 马塘村 inside it)
        # villages listed after one of a township (卡什代村、德二村): of that township, whether the list knows them
        # there, elsewhere only (德二村 of another province) or not at all
        by_start = {m.start: m for m in out}
        for v in sorted(out, key=lambda m: m.start):
            townships = {k.rsplit("/", 1)[0] for k in v.candidates if k.count("/") == 2} or \
                ({v.key.rsplit("/", 1)[0]} if v.key and v.key.count("/") == 2 else set())
            p = v.end
            while len(townships) == 1 and norm[p:p + 1] == "、":
                township = next(iter(townships))
                w = by_start.get(p + 1)
                if w is not None:
                    if w.attrs.get("level") != "village" or w.candidates and any(
                            k.startswith(township + "/") for k in w.candidates):
                        break  # (found there by its own name)
                    w.candidates, w.key = [], f"{township}/{w.text}"
                    w.attrs.update(parent=township, qualified=lex.gaz.qualified(township) + w.text)
                    p = w.end
                    continue
                nxt = _LISTED_VILLAGE.match(norm, p + 1)
                if not nxt or any(a < nxt.end() and p < b for a, b in taken):
                    break
                rest, head = norm[nxt.end():nxt.end() + 2], nxt.group(1)
                if masked(p + 1, nxt.end()) or HAN.match(rest[:1] or " ") and lex.freq.get(rest, 0) <= RARE_WORD or \
                        head[0] in lex.township_non_initials or self._generic(head, nxt.group()):
                    break
                w = Mention(p + 1, nxt.end(), "REGION", nxt.group(), [], True, key=f"{township}/{nxt.group()}",
                            attrs={"level": "village", "parent": township,
                                   "qualified": lex.gaz.qualified(township) + nxt.group()})
                out.append(w)
                by_start[w.start] = w
                taken.append((w.start, w.end))
                p = w.end
        return out

    def _village_kind(self, stem: str) -> bool:
        """Whether ``stem`` is made only of words naming a kind of village (小康示范, 美丽示范)."""
        while stem:
            word = next((w for w in self.lex.not_village_stems if stem.startswith(w)), None)
            if word is None:
                return False
            stem = stem[len(word):]
        return True

    def _zones(self, norm: str, found: list[Mention], masked) -> list[Mention]:
        """Development zones: a zone ending with its city's name (西安航天基地), a short name (大华工业园区) or alone (高新区)."""
        lex = self.lex
        out = []
        region_end = {m.end: m for m in found}
        taken = [(m.start, m.end) for m in found]
        for start, end, word, _ in lex.zone_auto.leftmost_longest(norm):
            if masked(start, end) or any(s < end and start < e for s, e in taken):
                continue
            s = start
            if start in region_end:
                s = region_end[start].start
            else:
                # up to four name characters after the last word that cannot be part of a name, or a
                # place named a few characters before (青岛西海岸新区, 厦门火炬高新区)
                j = start
                while j > 0 and start - j < 6 and HAN.match(norm[j - 1]) and norm[j - 1] not in _STOP_CHARS \
                        and norm[j - 1] != "赴" and not (  # (赴西海岸新区对接: the zone, not 赴西海岸新区)
                        norm[j - 1] in "家所个座年月日" and re.match(rf"[0-9{CN_DIGITS}]", norm[j - 2:j - 1] or " ")):
                    # (46家西海岸新区企业: a count before it; 2019年西海岸新区…: a date)
                    j -= 1
                    if j in region_end:
                        break
                prefix = norm[j:start]
                city = j in region_end and len(prefix) <= 4 and not self._common_word(region_end[j])
                if not city:
                    # no verb or adverb opens the name (加快|深汕特别合作区, 合作共建|苏宿工业园区)
                    words = segment.cut(prefix)
                    while words and lex.word_tag.get(words[0], "")[:1] in ("v", "d", "p", "c"):
                        j += len(words.pop(0))
                    prefix = norm[j:start]
                if city:
                    s = region_end[j].start
                elif 2 <= len(prefix) <= 4 and not self._generic(prefix, prefix) and word in lex.named_zone_suffixes:
                    s = j
                elif word not in lex.bare_zones:
                    continue
            while s in region_end and s != start and region_end[s].start < s:
                s = region_end[s].start  # the places written before the city's (天津|东丽|经济技术开发区)
            zone = Mention(s, end, "REGION", norm[s:end], [], True, attrs={"level": "zone", "zone": word})
            out.append(zone)
            if s not in region_end and start - s >= 3 and word in lex.named_zone_suffixes:
                # the zone's own name written alone elsewhere (百里杜鹃管理区 … 在百里杜鹃投资): the zone
                for m in re.finditer(re.escape(norm[s:start]), norm):
                    if not norm.startswith(word, m.end()) and not masked(*m.span()) and \
                            not any(a < m.end() and m.start() < b for a, b in taken):
                        out.append(Mention(m.start(), m.end(), "REGION", m.group(), [], False,
                                           attrs={"level": "zone", "zone": word, "alias_of": zone}))
        return out

    # ------------------------------------------------------------ organisations
    def organisations(self, norm: str, tokens: list[tuple[int, int]], regions: list[Mention], masked) -> list[Mention]:
        lex = self.lex
        out: list[Mention] = []
        tok_end = {e: (s, e) for s, e in tokens}
        tok_containing = _TokenAt(tokens)
        region_by_end = {m.end: m for m in regions}
        regions_by_start = _by_start(regions)
        # words that a name ending may not be cut out of (举办 has no 办, 局长 no 局)
        blockers = [(start, end) for start, end, _word, _ in lex.blockers.all(norm)]

        def blocked(a: int, e: int) -> bool:
            # an ending cut out of a blocking word (举办, 委员, 学校长); one that only ends on the word's first
            # character (第一中学|校长) is whole, and so is one the segmenter ends a word with where the blocking
            # word would run on after it (…人民医院|长期帮扶, …农业科学院|派出: no 医院长, no 学院派)
            return any(x <= e - 1 < y and (x < a or y > e and e not in tok_end) and not (a < x and e == x + 1)
                       for x, y in blockers)

        hits: dict[int, tuple[int, str, str]] = {}
        for start, e, word, typ in lex.suffix_auto.all(norm):
            if e in hits and len(hits[e][1]) >= len(word):
                continue
            hits[e] = (start, word, typ)
        for m in _NUMBERED_SCHOOL.finditer(norm):
            hits.setdefault(m.end(), (m.start(), m.group(), "SCHOOL"))
        national = [(start, end, word, typ) for start, end, word, typ in lex.national_auto.all(norm)]
        for start, end, word, typ in national:
            if any(a < start and end == b for a, b, _, _ in national):
                continue  # (中共中央组织部: the same body as 中央组织部 written inside it; but 国务院国资委 names 国务院 too)
            if not masked(start, end) and not (word.endswith("部") and norm.startswith("门", end)):  # (人社部门, 教育部门)
                out.append(Mention(start, end, typ, word, attrs={"suffix": word, "national": True}))
                # a ministry's department named after it (国家发展改革委|地区振兴司, 农业农村部|新闻办公室)
                dept = lex.national_department.match(norm, end)
                if dept and not masked(start, dept.end()) and not norm.startswith(lex.generic_department_heads, end):
                    out.append(Mention(start, dept.end(), "GOVERNMENT", norm[start:dept.end()],
                                       attrs={"suffix": dept.group(1) or dept.group(2), "national": True}))

        for e, (sfx_start, word, typ) in sorted(hits.items()):
            if masked(sfx_start, e) or blocked(sfx_start, e):
                continue
            tail = tok_containing.get(e - 1)
            if tail and tail[0] < e < tail[1] and (
                    tail[0] == e - 1 and (tail[1] in hits and hits[tail[1]][2] == typ or
                                          typ == "SCHOOL" and word.endswith("校")) or
                    lex.freq.get(norm[tail[0]:tail[1]], 0) > (RARE_WORD if typ == "ENTERPRISE" else COMMON_WORD) and
                    norm[e:tail[1]] not in _STOP_CHARS and
                    # (but 津南区卫健委|派出的, 河东区实验小学|派来的: the segmenter's 委派 and 学派 before a verb of sending)
                    not norm.startswith(_SENT_AFTER_ENDING, e)):
                # the ending's last character is in a word running on: of a longer ending (…街道办|事处: the
                # 街道办事处), a school's word (北京大学|校友: no 北京大学校) or a common word (项目管理|办法, 海淀区|
                # 学院路, 公司法 (a company's ending, in a word less common); but 银川分|行为: the segmenter's cut,
                # the bank's branch 银川分行 then 为)
                continue
            if len(word) == 1 and norm.endswith(word, 0, sfx_start) and sfx_start in hits:
                continue  # 商务局|局|长沙…: the ending written again as the first character of a post (局长)
            if word in lex.weak_suffixes and typ == "ENTERPRISE":
                tok = tok_containing.get(sfx_start)
                if tok and tok[0] < sfx_start:
                    continue  # 畜牧业: the ending is inside a word
                nxt = norm[e:e + 1]
                if nxt and HAN.match(nxt) and not norm.startswith(lex.followers, e) \
                        and not norm.startswith(("等", "和", "与", "及"), e):
                    continue
            if word in ("院区", "分院") and norm[sfx_start - 1:sfx_start] in "新老东西南北主本" and \
                    norm.endswith("院", 0, sfx_start - 1):
                continue  # 疏勒县人民医院新院区: the hospital's new campus is the hospital (not 荔波院区, a named one)
            start = self._name_start(norm, sfx_start, tok_end, tok_containing, region_by_end, typ)
            name = norm[start:e]
            if norm.endswith(lex.determiners, 0, start):
                continue  # 当地供销合作社, 该院: unnamed references
            if start == sfx_start - 1 and norm[start] in "县区市镇乡" and typ in ("HOSPITAL", "SCHOOL"):
                start = sfx_start  # 县人民医院: handled as a bare ending below
            if start == sfx_start and word not in lex.national:
                # a bare ending: only a short form 县人民医院 may still name something
                if start > 0 and norm[start - 1] in "县区市镇乡" and typ in ("HOSPITAL", "SCHOOL"):
                    bare = norm[start - 1:e]
                    if start - 1 == 0 or not HAN.match(norm[start - 2]) or norm[start - 2] in _BEFORE_UNNAMED:
                        out.append(Mention(start - 1, e, typ, bare, attrs={"suffix": word, "generic_prefix": True}))
                continue
            if word in lex.branded_endings and (
                    len(head := norm[_chain_end(regions_by_start, start, sfx_start):sfx_start]) < 2 or
                    any(head.startswith(k) for k in lex.branded_endings[word])):
                continue  # 浙江公羊救援队 (a brand), not 章丘区救援队, 应急救援队, 地震救援队: a kind of team, unnamed
            if word in lex.short_form_endings and not any(r.start == start and r.end == sfx_start and not r.official
                                                          for r in regions):
                continue  # 沿河中职 (a county's school by its short form), not 泉州市中职, 毕节籍中职: the many of a place
            if word in ("小组", "工作小组") and (not any(t in name for t in lex.subgroup_parents) or "领导" in name):
                continue  # a team's group (…工作队察隅县小组, 松江区援滇干部威信工作小组); 领导小组 is a suffix of its own
            starts_with_place = any(r.start == start and r.official for r in regions)
            if typ in ("HOSPITAL", "SCHOOL") and start == sfx_start - 2 and norm[start] in _BEFORE_UNNAMED and \
                    norm[start + 1] in "县区市镇乡州旗" and not any(r.start <= start < r.end for r in regions):
                start += 1  # 带|进县|医院: the segmenter's word holds the verb before the county's hospital
            if typ in ("HOSPITAL", "SCHOOL") and norm[start] in "县区市镇乡州旗" and (
                    norm[start + 1] not in CN_DIGITS or norm[start] == "县" and _NUMBERED_SCHOOL.fullmatch(norm, start + 1, e)) and \
                    not any(r.start <= start < r.end for r in regions) and \
                    (start == 0 or not HAN.match(norm[start - 1]) or norm[start - 1] in _BEFORE_UNNAMED):
                # 县委党校, 县第一中学, 县一中: the county's, unnamed, as 县人民医院 is (the document's one named alike, if
                # any); 市六医院 is a short name (of 上海市第六人民医院)
                out.append(Mention(start, e, typ, name, attrs={"suffix": word, "generic_prefix": True}))
                continue
            if typ == "HOSPITAL" and not starts_with_place and any(g in name for g in lex.hospital_grades):
                continue  # 帮助…人民医院创成二级甲等综合医院: the grade reached, no hospital
            if not starts_with_place and self._generic(name[: len(name) - len(word)], name):
                # a short form opening the name is a place, not a determiner: 那坡|鹏岭电子有限公司 (not 那|…)
                lead = max((r.end for r in regions if r.start == start and r.end <= sfx_start), default=start)
                if lead == start or lead == sfx_start or self._generic(norm[lead:sfx_start], name):
                    continue
            place_end = max((r.end for r in regions if start <= r.start and r.end <= sfx_start), default=None)
            if typ != "GOVERNMENT" and place_end is not None and norm.startswith(lex.place_referrers, place_end):
                continue  # 北京市对口医院: the place's partner hospital, unnamed
            if typ in ("HOSPITAL", "SCHOOL") and norm.endswith("乡镇", 0, sfx_start):
                continue  # (积石山县受损乡镇卫生院, 配齐配强乡镇卫生院: the townships' many, unnamed)
            chain_end = _chain_end(regions_by_start, start, sfx_start)  # the places it opens with (天津市, 于田县)
            if typ in ("HOSPITAL", "SCHOOL") and chain_end > start and norm.startswith(lex.building_verbs, chain_end):
                continue  # (在达日县共建远程医疗中心: what is built in the place, unnamed)
            if typ == "GOVERNMENT" and norm.startswith("驻", start) and norm[start - 1:start] == "派" and \
                    any(r.start == start + 1 for r in regions):
                # (其中14人派|驻墨玉县公安局: the body they were sent into, 驻 the verb's)
                start = start + 1
                chain_end, name = _chain_end(regions_by_start, start, sfx_start), norm[start:e]
            sent = re.search(r"(?:派驻|选派|派出)", norm[chain_end:sfx_start])
            after_sent = chain_end + sent.end() if sent else -1
            if typ == "GOVERNMENT" and sent and any(r.start == after_sent for r in regions) and \
                    not norm.startswith(lex.team_endings, sfx_start):
                # 广州市司法局派驻毕节市司法局的…: the body it was sent to, not one name (山东省派驻重庆市协作工作组 is)
                start, chain_end = after_sent, _chain_end(regions_by_start, after_sent, sfx_start)
                name = norm[start:e]
            elif typ == "GOVERNMENT" and sent and not any(r.start == after_sent for r in regions):
                continue  # 向金阳县派驻驻村第一书记和驻村工作队员: a sending, not a body's name
            # (but a township's name and 学校 is one school: 闵行区浦锦学校)
            last = next((r for r in regions if r.end == chain_end and r.start >= start), None)
            township = last is not None and last.candidates and all("/" in k for k in last.candidates)
            # (靖江市|滨江|学校: a short form of a place elsewhere after a place named in full is a brand, one school)
            outer = next((r for r in regions if last is not None and r.end == last.start and r.start >= start), None)
            brand = last is not None and not last.official and last.text not in lex.left_stops and \
                outer is not None and outer.official and not any(
                _within(k, c) for k in last.candidates for c in outer.candidates)
            if typ != "GOVERNMENT" and chain_end > start and (
                    chain_end == sfx_start and word in lex.place_plural_endings and not township and not brand or
                    lex.quality_words.fullmatch(norm, chain_end, sfx_start) or
                    lex.quality_words.fullmatch(norm, chain_end - 1, sfx_start) and norm[chain_end - 1] in "省市县区州"):
                continue  # 于田学校, 天津优质学校: the place's schools, not one school (厦门市|属医院: 市属, the city's)
            if typ in ("HOSPITAL", "SCHOOL") and not any(start <= m.start and m.end <= sfx_start for m in regions) and \
                    norm.endswith(lex.founding_verbs, 0, start):
                continue  # (…结对共建直播电商产业学院: what two found together, with no place of its own, no name yet; but
                # 援建穗雍小学新校区: a school named before)
            if _ORDINAL_COUNTED.search(name):
                continue  # (邦利村有史以来第一所幼儿园: the first of its kind, counted, no name; but 第一小学 is one)
            if name.startswith(tuple(lex.team_name_words)):
                continue  # (宁波市新一批|赴凉山州东西部协作帮扶工作队: a team's mission opens no name without its place)
            if typ != "GOVERNMENT" and _BODY_AT.search(name, 0, len(name) - len(word)):
                continue  # 西秀区卫生健康局|在区人民医院举行…: a body and where it acts (局在区, one token), no name
            # preceded or opened by a count (3家中药材种植农业合作社, 十余家A股上市公司): a category, not a name (but
            # people counted before their hospital or school: 12名吉林师范大学教师)
            counted = re.search(rf"[0-9{CN_DIGITS}]+[余多]?([所家个名座])\Z", norm[max(0, start - 5):start])
            if counted and not (counted.group(1) == "名" and typ in ("HOSPITAL", "SCHOOL") and
                                norm.startswith(lex.counted_people_after, e)) or \
                    re.match(rf"[0-9{CN_DIGITS}]+[余多]?[所家个名座]", name):
                continue
            inner_regions = [m for m in regions if start <= m.start and m.end <= e]
            first = min(inner_regions, key=lambda m: m.start, default=None)
            if typ == "GOVERNMENT" and first and start < first.start and norm[first.start - 1] in "省市县区州盟旗":
                continue  # (报)市|合作交流办: a body of "the city", its place unnamed (合作 is no place here)
            if typ == "GOVERNMENT" and not any(m.start < sfx_start for m in inner_regions):  # (not 振兴 of 乡村振兴局)
                inner_orgs = [m for m in out if start <= m.start and m.end <= sfx_start and m.type != "GOVERNMENT"]
                if not inner_orgs and not (word in lex.port_endings and self._port_name(norm[start:sfx_start])):
                    continue  # (but a border post or customs house named for its port: 红其拉甫出入境边防检查站)
            if typ != "GOVERNMENT" and len(name) - len(word) < 2 and not inner_regions:
                continue
            if typ == "GOVERNMENT" and len(word) == 1 and (
                    word == "办" and norm[e:e + 1] in ("起", "了", "好", "成", "过", "税", "事", "案", "理", "学") or
                    re.search(rf"[0-9{CN_DIGITS}]+[栋个座间所家名]", name)):
                continue  # 在原隆村租下两栋闲置厂房办起车间, 税务局办税服务厅: 办 the verb, and a count inside, no body 办
            if word == "公司" and not any(start <= m.start and m.end <= sfx_start for m in regions) and any(
                    lex.word_tag.get(norm[a:b], "")[:1] in ("a", "p", "c") and lex.freq.get(norm[a:b], 0) > RARE_WORD
                    for a, b in tok_containing.within(start, sfx_start)):
                continue  # 具体内容详见公司…: the company speaking of itself, no name (but 闽都供应链公司)
            if typ == "ENTERPRISE" and name[:len(name) - len(word)] in lex.product_head_set:
                continue  # 牦牛合作社: a class of cooperatives, not one
            if typ == "ENTERPRISE" and word == "合作社" and lex.cooperative_kind.fullmatch(norm, chain_end, sfx_start) and (
                    chain_end == start or "专业" not in norm[chain_end:sfx_start] and not (
                        last is not None and last.candidates and all(k.count("/") == 2 for k in last.candidates))):
                continue  # 牦牛养殖合作社, 当雄县牧民合作社: a kind of cooperative (but 土锅寨村红米种植合作社 is the village's)
            if typ == "ENTERPRISE" and word == "合作社" and start < chain_end == sfx_start and last is not None and \
                    last.candidates and not all(k.count("/") == 2 for k in last.candidates):
                continue  # 与陈河镇合作社签订…: the township's cooperatives, none named (a village's may be: 三河村合作社)
            if word in lex.placed_endings and not inner_regions and not name.startswith(lex.national_openers) and \
                    not any(m.end == start and m.attrs.get("suffix") in lex.academy_endings or
                            m.start == start and m.type == "SCHOOL" for m in out):  # (复旦大学|研究生支教团)
                continue  # 高原医学研究中心: a hospital's centre by its discipline (but 国家菌草工程技术研究中心)
            if typ == "GOVERNMENT" and word.endswith("政府") and norm.startswith(lex.government_not_before, e):
                continue  # 四川政府采购一体化平台: government procurement, no body 四川政府
            if typ == "ENTERPRISE" and "人民银行" in name:
                continue  # 中国人民银行西宁中心支行: the central bank's branch is a state body, no company
            campus = _CAMPUS.match(norm, e) if typ in ("SCHOOL", "HOSPITAL") else None
            if campus and any(r.start == campus.start(1) and r.end == campus.end(1) for r in regions):
                out.append(Mention(start, campus.end(), typ, norm[start:campus.end()], attrs={"suffix": word}))
                continue
            if typ == "GOVERNMENT" and (name.startswith(lex.mass_prefixes) or name.endswith(lex.mass_endings)):
                typ = "ORGANIZATION"  # 共青团广州市委员会, 天河区团委: a mass organisation, like 妇联 and 工会
            batch = _BATCH_LEAD.match(name) if typ == "GOVERNMENT" else None
            if batch and len(name) - batch.end() >= 4:  # (第五批|浙江省驻吉对口合作工作组: the team, not its batch)
                start, name = start + batch.end(), name[batch.end():]
            out.append(Mention(start, e, typ, name, attrs={"suffix": word}))
        # the institution at the head of a group's name is the group (罗湖医院集团), unless it is a body
        groups = {(m.start, m.end) for m in out}
        out = [m for m in out if m.type == "GOVERNMENT" or not any(
            (m.start, e) in groups for e in range(m.end + 2, m.end + 16)
            if norm.startswith(lex.group_endings + ("（", "("), m.end))]  # 罗湖医院集团, 百果园实业（集团）…
        # a community named by the hospital leading it is that hospital (汉滨区第一医院|医共体), none by the text's own (我院|医共体)
        hospitals = {(m.start, m.end) for m in out if m.type == "HOSPITAL"}
        out = [m for m in out if not (m.type == "HOSPITAL" and m.text.endswith(lex.led_group_endings) and (
            m.text.startswith(lex.led_group_own_heads) or any(
                (m.start, m.end - len(w)) in hospitals for w in lex.led_group_endings if m.text.endswith(w))))]
        # nor a leading group at the head of its office's name (…工作领导小组|办公室)
        out = [m for m in out if not (m.type == "GOVERNMENT" and m.text.endswith("领导小组") and any(
            (m.start, m.end + len(w)) in groups for w in lex.group_offices if norm.startswith(w, m.end)))]
        # nor an organisation's ending cut out of a longer one's (厦门市归国华侨联|合会: the 联合会, not a 侨联)
        longer = {(m.start, m.type): m.end for m in out}
        for m in out:
            longer[(m.start, m.type)] = max(longer[(m.start, m.type)], m.end)
        out = [m for m in out if not (m.type == "ORGANIZATION" and m.end < longer[(m.start, m.type)] <= m.end + 2)]
        # nor a society named inside a hospital's or school's name (广州市红十字会|医院): the guide keeps only places
        # and state bodies named inside names
        institutions = [m for m in out if m.type in ("HOSPITAL", "SCHOOL")]
        out = [m for m in out if not (m.type == "ORGANIZATION" and any(
            h.start <= m.start and m.end < h.end for h in institutions))]
        # nor a cooperative at the head of a state body's name (贵州省供销合作社|联合社: the body, one name; but a
        # company's Party branch names the company too: …有限公司|党支部)
        bodies = {m.start: m.end for m in out if m.type == "GOVERNMENT"}
        out = [m for m in out if not (m.type == "ENTERPRISE" and m.text.endswith("合作社") and
                                      m.end < bodies.get(m.start, 0))]
        # nor is a foundation at the head of its office's name (上海市慈善基金会|闵行区代表处)
        offices = {m.start for m in out if m.type == "ORGANIZATION" and m.text.endswith("代表处")}
        out = [m for m in out if not (m.start in offices and not m.text.endswith("代表处"))]
        # a college right after a school's name is its department (顺德职业技术学院|机电工程学院, 深圳职业技术大学
        # 汽车与|交通学院): the school is the one named
        schools = {m.end for m in out if m.type == "SCHOOL"}
        out = [m for m in out if not (m.type == "SCHOOL" and m.attrs.get("suffix") == "学院" and any(
            e in schools for e in range(max(0, m.start - 5), m.start + 1)
            if _DEPARTMENT_GAP.fullmatch(norm, e, m.start)))]
        # an institute right after its academy's name is the academy's (上海市农业科学院|林木果树研究所): one name
        academies = {m.end: m for m in out if m.type == "ORGANIZATION" and m.attrs.get("suffix") in lex.academy_endings}
        units = [m for m in out if m.type == "ORGANIZATION" and m.start in academies and
                 m.attrs.get("suffix") in lex.academy_units]
        if units:
            merged = {id(academies[m.start]) for m in units}
            out = [m for m in out if id(m) not in merged and m not in units] + [
                Mention(academies[m.start].start, m.end, m.type, norm[academies[m.start].start:m.end], attrs=dict(m.attrs))
                for m in units]
        # a centre right after a hospital's name is its department (西和县中医医院|康复中心): the hospital is the one named
        spans, kept = {(m.start, m.end, m.type) for m in out}, []
        for m in out:
            cut = _hospital_before_centre(m.text) if m.type == "HOSPITAL" else 0
            if not cut:
                kept.append(m)
            elif (m.start, m.start + cut, m.type) not in spans:  # (found alone too: one name)
                kept.append(Mention(m.start, m.start + cut, m.type, norm[m.start:m.start + cut], m.candidates,
                                    m.official, m.key, dict(m.attrs)))
        out = kept
        # a branch named right after its company's full name is one name (青岛海森食品有限公司|安顺分公司)
        companies = {m.end: m for m in out if m.type == "ENTERPRISE" and m.text.endswith(lex.legal_forms)}
        branches = [m for m in out if m.type == "ENTERPRISE" and m.start in companies and
                    m.text.endswith(lex.branch_endings) and m.end - m.start <= 9]
        if branches:
            merged = {id(companies[m.start]) for m in branches}
            out = [m for m in out if id(m) not in merged and m not in branches] + [
                Mention(companies[m.start].start, m.end, m.type, norm[companies[m.start].start:m.end],
                        attrs=dict(m.attrs)) for m in branches]
        # a state body's branch named after the body is one name (济南市公安局|历下区分局), not the branch by its place
        # alone; the body named inside it stays one of its own (golds annotate it)
        bodies = {m.end: m for m in out if m.type == "GOVERNMENT" and not m.text.endswith(lex.body_branch_endings)}
        out = [Mention(bodies[m.start].start, m.end, m.type, norm[bodies[m.start].start:m.end], attrs=dict(m.attrs))
               if m.type == "GOVERNMENT" and m.text.endswith(lex.body_branch_endings) and m.start in bodies and
               m.end - m.start <= 8 else m for m in out]  # (济南市公安局|历下区分局: the branch's place after the body)
        out = self._party_committees_as_bodies(norm, out)
        # the courts of a province or a prefecture together (天津法院, 和田法院): no body of their own
        def higher_place(m: Mention) -> bool:
            place = next((r for r in regions if r.start == m.start and r.end == m.end - len(m.attrs["suffix"])), None)
            levels = {getattr(lex.gaz.place(k), "level", None) for k in place.candidates} if place else set()
            return bool(levels) and levels <= {"province", "prefecture"}
        out = [m for m in out if not (m.type == "GOVERNMENT" and m.attrs.get("suffix") in lex.collective_body_endings
                                      and higher_place(m))]
        # a branch is of its parent's kind (新疆维吾尔自治区人民检察院阿克苏分院: a state body, not a hospital's branch)
        for m in out:
            if m.type == "HOSPITAL" and m.text.endswith("分院") and _STATE_BRANCH_PARENT.search(m.text, 0, len(m.text) - 2):
                m.type = "GOVERNMENT"
        out += self._list_items(norm, out, regions, tokens)
        out += self._registered_companies(norm, tokens, out, masked)
        out += self._latin_companies(norm, out, masked)
        return out

    def _party_committees_as_bodies(self, norm: str, orgs: list[Mention]) -> list[Mention]:
        """A bureau's, hospital's or school's party committee or leading group in a post's title is the body itself, as
        golds annotate it (挂职威宁县公安局党委副书记: 威宁县公安局; 巴楚县人民医院党委书记); not a place's (县委, 村党委),
        nor a committee acting on its own (天宁区人民医院党委与玛沁县人民医院党委签订结对共建协议)."""
        out, spans = [], {(m.start, m.end) for m in orgs}
        for m in orgs:
            party = next((w for w in self.lex.body_party_endings if m.type == "GOVERNMENT" and m.text.endswith(w)
                          and norm.startswith(self.lex.committee_posts, m.end)), None)
            end = m.end - len(party) if party else m.end
            body = party and norm.endswith(self.lex.party_body_endings, 0, end) and max(
                (h for h in self.lex.suffix_auto.all(norm[m.start:end]) if h[1] == end - m.start),
                key=lambda h: len(h[2]), default=None)
            if not body:
                out.append(m)
            elif (m.start, end) not in spans:
                spans.add((m.start, end))
                out.append(Mention(m.start, end, body[3], norm[m.start:end], attrs={"suffix": body[2]}))
        return out

    def _latin_companies(self, norm: str, orgs: list[Mention], masked) -> list[Mention]:
        """Companies written in Latin letters right after a word of their kind (德资企业Kessler, 本土企业Medisafe), and
        the same word standing alone later in the text (Kessler在新市坝镇投资…)."""
        names = {m.group() for m in _LATIN_NAME.finditer(norm) if norm.endswith(self.lex.enterprise_kinds, 0, m.start())}
        out: list[Mention] = []
        for name in sorted(names):
            for m in re.finditer(rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])", norm):
                if not masked(m.start(), m.end()) and not any(o.start < m.end() and m.start() < o.end for o in orgs):
                    out.append(Mention(m.start(), m.end(), "ENTERPRISE", name))
        return out

    def _registered_companies(self, norm: str, tokens: list[tuple[int, int]], orgs: list[Mention],
                              masked) -> list[Mention]:
        """Central state-owned enterprises by the names of the SASAC list (中国石化向班戈县拨付…), whole words of the
        segmenter's (not 中国建筑 of 中国建筑业协会), unless inside another name (中国石化西藏石油分公司). Each
        mention, and a company's name found by its ending that is a registered one, gets ``attrs["registered"]``:
        the registered name, which keys the company."""
        hits = self.lex.registered.leftmost_longest(norm)
        if not hits:
            return []
        starts, ends = {s for s, _ in tokens}, {e for _, e in tokens}
        exact = {(m.start, m.end): m for m in orgs if m.type == "ENTERPRISE"}
        out: list[Mention] = []
        for s, e, word, name in hits:
            if (s, e) in exact:
                exact[s, e].attrs["registered"] = name
            elif s in starts and e in ends and not masked(s, e) and \
                    not any(m.start < e and s < m.end for m in orgs):
                out.append(Mention(s, e, "ENTERPRISE", word, attrs={"registered": name}))
        return out

    def abbreviations(self, norm: str, regions: list[Mention],
                      orgs: list[Mention]) -> tuple[list[Mention], list[Mention]]:
        """Organisations and places named again by the short name the text defines for them: 上海市闵行区中心医院
        （以下简称“区中心医院”）… 区中心医院向县医院捐赠… gives the hospital mentions under its short name;
        克孜勒苏柯尔克孜自治州（以下简称克州）… 江苏安排克州援疆资金… the prefecture.

        Returns the regions and the organisations with the short names' mentions added (``attrs["alias_of"]``:
        the full name's mention) and what the short names hid dropped (a bare 区中心医院 read as a name of its own).
        """
        occupied = regions + orgs
        added: list[Mention] = []
        dropped: set[int] = set()
        defined = [(m.start(), m.end(), m.group("short"), False) for m in self.lex.abbreviation.finditer(norm)]
        # (several in one bracket, or a listed company's name for the exchange: （以下简称“公司”或“华澄新材”）,
        # （证券简称：海晟股份，证券代码：002963）; "the company" names no one)
        for m in self.lex.abbreviations_bracket.finditer(norm):
            if any(d[0] == m.start() for d in defined):
                continue
            for short in _BRACKET_SHORTS.findall(m.group("body")):
                short = next(x for x in short if x)
                if short not in self.lex.generic and not short.startswith(self.lex.determiners):
                    defined.append((m.start(), m.end(), short, False))
        # a bare bracket holds a short name when its characters are the full name's, in order, and the text
        # uses it again: 浙江大学医学院附属第一医院（浙大一院）
        defined += [(m.start(), m.end(), m.group("short"), True) for m in _BARE_SHORT.finditer(norm)
                    if norm.find(m.group("short"), m.end()) >= 0]
        for m_start, m_end, short, bare in sorted(defined, key=lambda d: d[0]):
            full = next((o for o in orgs + regions if o.end == m_start or norm[o.end:m_start].isspace()), None)
            if full is None or len(short) < 2 or short == full.text or full.attrs.get("defined_until", m_end) != m_end:
                continue
            if bare and not _subsequence(short, full.text):
                continue
            dropped.update(id(o) for o in occupied if m_start <= o.start and o.end <= m_end)
            full.attrs["defined_until"] = m_end
            pos = m_end
            while (pos := norm.find(short, pos)) >= 0:
                end = pos + len(short)
                over = [o for o in occupied if o.start < end and pos < o.end and id(o) not in dropped]
                # a mention the short name covers exactly, or places inside it (县医院 holds no place; 闵行区 may)
                if any((o.start, o.end) == (pos, end) and o.type == "REGION" for o in over):
                    pass  # the place's own short form, found already
                elif all(pos <= o.start and o.end <= end for o in over):
                    dropped.update(id(o) for o in over if o.type != "REGION")
                    added.append(Mention(pos, end, full.type, short, list(full.candidates), attrs={"alias_of": full}))
                pos = end
        added += self._initial_short_names(norm, regions, occupied + added, dropped)
        kept = [o for o in orgs if id(o) not in dropped]
        implicit = self._implicit_short_names(norm, regions, kept, added)
        implicit += self._company_short_names(norm, regions, kept, added + implicit)
        places = [r for r in regions if id(r) not in dropped] + [m for m in added if m.type == "REGION"]
        places.sort(key=lambda m: m.start)
        return places, [o for o in kept if not o.attrs.get("alias_of")] + [m for m in added if m.type != "REGION"] \
            + implicit

    def _initial_short_names(self, norm: str, regions: list[Mention], occupied: list[Mention],
                             dropped: set[int]) -> list[Mention]:
        """Autonomous counties and prefectures with long names go by their first character and level after
        being named in full: 塔什库尔干塔吉克自治县 … 塔县, 克孜勒苏柯尔克孜自治州 … 克州."""
        lex, out = self.lex, []
        for full in regions:
            if not full.official or id(full) in dropped or len(full.candidates) != 1:
                continue
            place = lex.gaz.place(full.candidates[0])
            if place is None or place.level not in ("county", "prefecture") or \
                    not place.name.endswith(("自治县", "自治州")):
                continue
            stems = [f for f in gz.short_forms(place.name, place.level) if not f.endswith(("县", "州"))]
            if not stems or len(min(stems, key=len)) < 4:
                continue
            short = place.name[0] + place.name[-1]
            if lex.gaz.by_name(short) or short in lex.freq or any(o.text == short for o in out):
                continue  # 和县 is a county of its own
            pos = full.end
            while (pos := norm.find(short, pos)) >= 0:
                end = pos + len(short)
                if not any(o.start < end and pos < o.end for o in occupied + out) and \
                        norm[pos - 1:pos + 1] not in lex.freq and norm[end:end + 1] not in ("区", "市"):
                    out.append(Mention(pos, end, "REGION", short, list(full.candidates), attrs={"alias_of": full}))
                pos = end
        return out

    def _company_short_names(self, norm: str, regions: list[Mention], orgs: list[Mention],
                             added: list[Mention]) -> list[Mention]:
        """A company named without its place and legal form, before or after its full name: 山东鲁泉服饰有限公司 …
        鲁泉服饰在达板镇投资."""
        taken = [(m.start, m.end) for m in regions + orgs + added]
        # (a place's short form may open it, its brand: 永兴针织 after 江苏永兴针织服饰有限公司, not 永兴县)
        short_places = {(r.start, r.end) for r in regions if not r.official}
        regions_by_start = _by_start(regions)
        out: list[Mention] = []
        for full in orgs:
            if full.type != "ENTERPRISE":
                continue
            # the short name the press gives it (工行 for 中国工商银行…)
            shorts = [short for short, name in self.lex.enterprise_short_names.items() if full.text.startswith(name)] + \
                self.lex.registered_also.get(full.attrs.get("registered"), [])
            legal = next((f for f in self.lex.legal_forms if full.text.endswith(f)), None)
            cores = []
            coop = next((f for f in self.lex.cooperative_forms if full.text.endswith(f)), None)
            if legal is None and coop is not None:
                lead = _chain_end(regions_by_start, full.start, full.end)
                if full.end - len(coop) - lead >= 4:  # a brand and more before the ending (not 本庙合作社 itself)
                    cores.append(norm[lead:lead + 2] + coop[-3:])  # (…本庙中药材种植农民专业合作社 → 本庙合作社)
            if legal is not None:
                lead = _chain_end(regions_by_start, full.start, full.end)  # past its places (山东, 宁波市江北区)
                if lead == full.start and norm.startswith("中国", lead) and full.end - len(legal) - lead >= 6:
                    lead += 2  # (and 中国: 中国中辰能源集团有限公司 → 中辰能源)
                core = norm[lead:full.end - len(legal)]
                cores.append(core)
                if len(core) <= 2 and lead > full.start:
                    # two characters left may be its trade alone, with the last place its brand (钟山证券股份有限公司 →
                    # 钟山证券; 厦门建发集团有限公司 → 建发 too)
                    cores.append(norm[max(r.start for r in regions if full.start <= r.start and r.end == lead):lead] +
                                 core)
                brand = core[:2]
                while core.endswith(self.lex.company_name_tails):  # (恒晟纺织科技 → 恒晟纺织)
                    core = core[:-2]
                    cores.append(core)
                if legal.endswith("股份有限公司") and len(brand) == 2:
                    cores.append(brand + "股份")  # a listed company by its brand (广州市穗华食品股份有限公司 → 穗华股份)
                if ("集团" in cores[0] or "集团" in legal) and len(core) >= 2:
                    cores.append(core + "集团")  # its brand and 集团 (厦门嘉禾源实业集团有限公司 → 嘉禾源集团)
                    if brand + "集团" not in cores:
                        cores.append(brand + "集团")  # (中国建恒投资集团有限公司 → 建恒集团)
                if len(cores[0]) >= 6 and brand + cores[0][2:4] not in cores:
                    cores.append(brand + cores[0][2:4])  # its brand and first word (江苏永兴针织服饰有限公司 → 永兴针织)
                for long, short_form in self.lex.trade_short_forms:
                    if cores[0].startswith(long, 2):  # its trade written short (宁波甬丰农业机械有限公司 → 甬丰农机)
                        cores.append(brand + short_form)
                    elif cores[0].startswith(long) and lead > full.start:
                        # no brand: its place written short, then its trade (福清市城市建设投资控股集团有限公司 → 福清城投)
                        place = norm[max(r.start for r in regions if full.start <= r.start and r.end == lead):lead]
                        cores.append((place[:-1] if len(place) > 2 and place.endswith(("市", "县", "区")) else place)
                                     + short_form)
                # its brand and 公司, where no other company here shares the brand (厦门嘉联惠生活超市有限公司 → 嘉联惠公司,
                # 广州禺膳团餐服务有限公司 → 禺膳公司)
                cores += [cores[0][:k] + "公司" for k in (2, 3) if k <= len(cores[0]) - 2 and not any(
                    o is not full and o.type == "ENTERPRISE" and cores[0][:k] in o.text and
                    o.text.endswith(self.lex.legal_forms) for o in orgs)]
                trade = cores[0][:-2] if cores[0].endswith("集团") else cores[0]
                if len(trade) >= 5 and brand + trade[-2:] not in cores:
                    # its brand and its trade or last word (宁波恒拓精密模具有限公司 → 恒拓模具, 福建鸿晋纺织科技股份有限公司 →
                    # 鸿晋科技, 青岛瑞阳控股集团有限公司 → 瑞阳控股)
                    cores.append(brand + trade[-2:])
            cores += self._subsidiary_short_names(norm, full, regions, legal)
            for core in cores + shorts:
                # (a core of two or three, 建发 of 厦门建发集团有限公司, only as a word of its own: 建发、象屿与…)
                short = core not in shorts and len(core) < 4
                if core not in shorts and (len(core) < 2 or not all(HAN.match(c) for c in core) or
                                           self.lex.freq.get(core, 0) > (10 if short else 0)):
                    continue
                pos = 0  # (before the full name too: 由中国建筑出资… 中国建筑集团有限公司把…)
                while (pos := norm.find(core, pos)) >= 0:
                    end = pos + len(core)
                    if short and not (_SHORT_NAME_EDGE.match(norm[pos - 1:pos] if pos else "") and
                                      _SHORT_NAME_AFTER.match(norm, end)) or \
                            core in shorts and _SUBSIDIARY_AFTER.match(norm, end):
                        pos = end  # (中建 of 中建三局, 中铁 of 中铁建工集团: a subsidiary)
                        continue
                    # (a short name found on its own by its ending, 穗华股份, is this company's)
                    alone = next((o for o in orgs if (o.start, o.end) == (pos, end) and o is not full and
                                  o.type == "ENTERPRISE" and "alias_of" not in o.attrs), None)
                    if alone is not None:
                        alone.attrs["alias_of"] = full
                        out.append(Mention(pos, end, "ENTERPRISE", core, attrs={"alias_of": full}))
                    elif not any(a < end and pos < b and not ((a, b) in short_places and a == pos and b < end)
                                 for a, b in taken + [(m.start, m.end) for m in out]):
                        out.append(Mention(pos, end, "ENTERPRISE", core, attrs={"alias_of": full}))
                    pos = end
        return out

    @staticmethod
    def _subsidiary_short_names(norm: str, full: Mention, regions: list[Mention], legal: str | None) -> list[str]:
        """A group's company of a province named by its group's brand, the province and its trade (国网江苏省电力有限公司,
        国网青海省电力公司): its place and trade (江苏电力), with the brand too (国网青海电力)."""
        end = full.end - len(legal) if legal else full.end - 2 if full.text.endswith("公司") else None
        place = next((r for r in regions if full.start + 2 <= r.start and r.end + 2 == end and r.official), None)
        if end is None or place is None or not all(HAN.match(c) for c in norm[full.start:place.start]):
            return []
        stem = place.text[:-1] if place.text.endswith(("省", "市")) and len(place.text) > 2 else place.text
        trade = norm[place.end:end]
        return [stem + trade, norm[full.start:place.start] + stem + trade]

    def _branch_place(self, head: str) -> str | None:
        """The place a branch's name closes with before its ending (明湖实验学校|布拖|分校 → 布拖县): one county or city
        the forms of the gazetteer name alike."""
        lex = self.lex
        for auto in (lex.region_official_auto, lex.region_short_auto):
            ends = [(s, e, v) for s, e, _, v in auto.all(head) if e == len(head) and e - s >= 2]
            keys = {k for _, _, v in ends for k, _ in v if "/" not in k}
            if len(keys) == 1:
                return next(iter(keys))
        return None

    def _implicit_short_names(self, norm: str, regions: list[Mention], orgs: list[Mention],
                              added: list[Mention]) -> list[Mention]:
        """Short names of hospitals and schools the text uses without defining them: 市六医院 after
        上海市第六人民医院, when its characters are those of one such name of the text only, in order."""
        fulls = [o for o in orgs if o.type in ("HOSPITAL", "SCHOOL") and not o.attrs.get("generic_prefix") or
                 o.type == "ORGANIZATION" and o.text.endswith("研究所")]
        if not fulls:
            return []
        # a name read without a place of its own (市六医院) may be such a short name too
        placeless = {(o.start, o.end): o for o in fulls
                     if not any(o.start <= r.start and r.end <= o.end for r in regions)}
        taken = [(m.start, m.end) for m in regions + orgs + added]
        # (a place may open it: 闵行二院 for 上海市闵行区第二人民医院, 礼县职专 for 礼县职业中等专业学校 — its place and a
        # word that is no ending of its own: 元阳县医院 may be another hospital of 元阳县)
        short_places = {(r.start, r.end) for r in regions
                        if not r.official or norm[r.end:r.end + 2] not in self.lex.endings_by_type.get("HOSPITAL", ()) +
                        self.lex.endings_by_type.get("SCHOOL", ())}
        out: list[Mention] = []
        # (and hospitals by their number: 广医二院 for 广州医科大学附属第二医院, 石大一附院 for 石河子大学第一附属医院;
        # institutes by 所: 亚热带生态所 for 中国科学院亚热带农业生态研究所)
        numbered = [(m.start(), m.end(), m.group(), "HOSPITAL")
                    for m in re.finditer("[一二三四五六七八九十]附?院|附[一二三四五六七八九十]院", norm)]
        # (and schools by theirs: 东乡二中 for 东乡族自治县第二中学)
        numbered += [(m.start(), m.end(), m.group(), "SCHOOL")
                     for m in _NUMBERED_SCHOOL.finditer(norm)]
        if any(f.type == "ORGANIZATION" for f in fulls):
            numbered += [(m.start(), m.end(), m.group(), "ORGANIZATION") for m in re.finditer("(?<!研究)所", norm)]
        for sfx_start, e, word, typ in list(self.lex.suffix_auto.all(norm)) + numbered:
            if typ not in ("HOSPITAL", "SCHOOL") and not (typ == "ORGANIZATION" and word == "所"):
                continue
            for st in range(max(0, sfx_start - (5 if typ == "ORGANIZATION" else 4)), sfx_start - 1):
                short = norm[st:e]
                blocking = [(a, b) for a, b in taken if a < e and st < b]
                if blocking and (st, e) not in placeless and not all(
                        (a, b) in short_places and a == st and b < e for a, b in blocking):
                    continue
                if not all(HAN.match(c) for c in short) or st > 0 and HAN.match(norm[st - 1]) and \
                        norm[st - 1] not in _STOP_CHARS and (st, e) not in placeless and not blocking:
                    continue  # (常驻|普格分院: read alone; 到|礼县职专: a place opens it)
                # (not a branch named with the short name: 北京二中阿尔山分校 is no full name of 北京二中)
                names = {f.text: f for f in fulls if f.type == typ and f.start < st and short != f.text
                         and _subsequence(short, f.text) and not f.text.startswith(short)}
                if len(names) > 1:
                    # a hospital and its branch named after it (鄞州三院: the hospital, not its 普格分院)
                    parent = min(names, key=len)
                    # (or the same hospital with and without its city: 丰台区第二人民医院, 北京市丰台区第二人民医院)
                    if all(n.startswith(parent) or n.endswith(parent) for n in names):
                        names = {parent: names[parent]}
                if len(names) == 1:
                    full = next(iter(names.values()))
                    out.append(Mention(st, e, typ, short, attrs={"alias_of": full}))
                    taken.append((st, e))
                    if (st, e) in placeless:
                        placeless.pop((st, e)).attrs["alias_of"] = full  # the name read alone goes
                    break
        return out

    def prune(self, norm: str, regions: list[Mention], orgs: list[Mention]) -> tuple[list[Mention], list[Mention]]:
        """Drop what only looks like a name: a short form of a place inside an organisation's name but not at its
        start (中山 in 厦门大学附属中山医院), and names that are part of a publication's (四川日报, 中国甘肃网) or
        of a farm product's (会理石榴)."""
        lex = self.lex

        def publication(m: Mention) -> bool:
            after = norm[m.end:m.end + 5]
            return after.startswith(lex.publication_heads) or bool(re.match(r"网(?:[讯站]|[^\u4e00-\u9fff]|$)", after))

        leading = set()
        for o in orgs:
            pos, prev = o.start, None
            for r in sorted((r for r in regions if o.start <= r.start and r.end <= o.end), key=lambda r: r.start):
                # a short form continues the chain only inside the place before it (东丽区合作交流办: no 合作市)
                if r.start == pos and (prev is None or r.official or any(
                        lex.gaz.is_within(c, p) for c in r.candidates for p in prev.candidates)):
                    leading.add(id(r))
                    pos, prev = r.end, r
        # 中山医院 after 复旦大学附属中山医院: a name the tail of one named before, whose place is not at its start,
        # is that one again; the short form opening it is no place (it is found as a short name below)
        for o in orgs:
            if o.type in ("HOSPITAL", "SCHOOL") and any(
                    f.type == o.type and f.start < o.start and f.text != o.text and f.text.endswith(o.text) for f in orgs):
                leading -= {id(r) for r in regions if r.start == o.start and not r.official}
        # 会理石榴, 威宁洋芋: a place's short form in a product's name
        # (not a place opening an organisation's name: 山东寿光|蔬菜产业集团)
        products = {id(r) for r in regions if not r.official and norm.startswith(lex.product_heads, r.end)
                    and id(r) not in leading}
        # “凉山所需、鄞州所能”: places in a slogan of what each side needs and offers
        for r in regions:
            if norm.startswith(lex.slogan_tails, r.end):
                tail = next(t for t in lex.slogan_tails if norm.startswith(t, r.end))
                if _SLOGAN_TAIL_END.match(norm, r.end + len(tail)):
                    products.add(id(r))
        kept_regions = [r for r in regions if not publication(r) and id(r) not in products and not r.attrs.get("stem_only") and (
            r.official or id(r) in leading or _province_form(lex.gaz, r) or
            norm.startswith(("分行", "支行"), r.end) or  # the place of a bank's branch (兴业银行银川分行)
            not any(o.start <= r.start and r.end <= o.end for o in orgs))]
        kept_orgs = [o for o in orgs if not publication(o) and not _in_book_title(norm, o.start, o.end)]
        return kept_regions, kept_orgs

    def _extend_left(self, norm, sfx_start, tok_end, tok_containing, region_by_end, typ="") -> int:
        """Extend a name ending leftwards over the words that belong to the name."""
        lex = self.lex
        pos = sfx_start
        # the part of a token before the ending (区委 inside 区委书记)
        tok = tok_containing.get(sfx_start)
        if tok and tok[0] < sfx_start and sfx_start not in region_by_end:
            piece = norm[tok[0]:sfx_start]
            if piece in lex.left_stops and not (typ == "GOVERNMENT" and piece in lex.enterprise_words and
                                                norm.startswith(lex.body_words_before, sfx_start)) or \
                    not all(HAN.match(c) or c.isalnum() for c in piece):
                return pos  # (but 城乡|建设局: a body named for what it builds)
            pos = tok[0]
        steps = 0
        region_starts = {m.start for m in region_by_end.values()  # not 合作 (合作市), but 化隆县 (化隆回族自治县)
                         if m.official or m.text.endswith(("镇", "乡", "街道", "村", "县", "区", "市", "州", "旗"))}
        any_region_start = {m.start for m in region_by_end.values()}  # (short forms too: 宁波·凉山…)
        crossed = None  # where a 和 or a verb inside the name was first crossed (人力资源和社会保障局)
        while pos > 0 and sfx_start - pos < 28 and steps < 10:
            steps += 1
            if norm.endswith(lex.split_verbs, 0, pos):
                break  # a verb the segmenter may split ends here: 跟|岗|浦东新区高行实验学校 (跟岗), no 岗浦东…
            if norm[pos - 1:pos] == "着" and lex.word_tag.get(norm[pos - 2:pos - 1], "")[:1] == "v":
                break  # 带着|合作社技术员: a verb and 着 end the words before a name
            if norm[pos - 2:pos - 1] in ("和", "与", "及") and norm[pos - 1:pos] in "县市区" and \
                    not (pos - 2 in region_by_end and region_by_end[pos - 2].official) \
                    and HAN.match(norm[pos - 3:pos - 2] or " ") and tok_end.get(pos, (0, 0))[0] == pos - 2:
                pos -= 1  # …研究员乔建平|和县|农业技术推广中心: "and the county's" (安徽省和县 is one place)
                break
            if norm[pos - 1:pos] == "·" and pos - 1 in region_by_end and pos in any_region_start:
                pos = region_by_end[pos - 1].start  # two places joined by a dot: 宁波·凉山东西部协作飞地产业园
                continue
            township = typ in ("SCHOOL", "HOSPITAL") and next((
                k for k in (2, 3) if pos - k in region_by_end and region_by_end[pos - k].candidates and
                self._township_short(norm[pos - k:pos], region_by_end[pos - k].candidates[0])), None)
            if township:
                pos -= township  # 兰坪县|啦井|中学: a township of the county written short (the segmenter cut it up)
                continue
            if pos in region_by_end:
                short = region_by_end[pos]
                if not short.official and (short.text in lex.left_stops or short.text in lex.joint_verbs) \
                        and (short.start not in region_by_end or pos in region_starts):
                    # 新建 (a verb, and the short form of 新建区) starts no name: 计划新建劳务工作站 (but 汉滨区新建职中;
                    # not 临夏县新建|韩集镇中心小学, where the name opens with its own place)
                    break
                pos = region_by_end[pos].start
                continue
            # teams and offices carry their mission in their names (天津市对口支援新疆和田地区前方指挥部)
            word = typ == "GOVERNMENT" and next((w for w in lex.name_words if norm.endswith(w, 0, pos) and (
                w not in lex.team_name_words or norm.startswith(lex.team_endings, sfx_start))), None) or \
                typ in ("ORGANIZATION", "HOSPITAL") and next((w for w in lex.organisation_words
                                                              if norm.endswith(w, 0, pos)), None) or \
                typ == "ORGANIZATION" and pos == sfx_start and next((w for w in lex.member_words
                                                                     if norm.endswith(w, 0, pos)), None)
            if word and norm.endswith(lex.name_word_verbs, 0, pos):
                break  # the end of a verb before the name (常驻|环江县人力资源局), not 驻 inside a team's name
            if word and not norm.endswith(lex.org_endings, 0, pos - len(word)):
                pos -= len(word)  # 对口支援 inside 天津市对口支援新疆和田地区前方指挥部
                continue
            bracket = typ == "ENTERPRISE" and _BRACKET.search(norm, max(0, pos - 6), pos)
            if bracket and bracket.end() == pos and bracket.start() > 0 and HAN.match(norm[bracket.start() - 1]):
                pos = bracket.start()  # 上海蔬菜（集团）有限公司
                continue
            # a hospital's or school's place in brackets before its ending (遵义医科大学第五附属（珠海）医院)
            campus = typ in ("HOSPITAL", "SCHOOL") and pos == sfx_start and _CAMPUS.search(norm, max(0, pos - 6), pos)
            if campus and campus.end() == pos and campus.start() > 0 and HAN.match(norm[campus.start() - 1]) and \
                    campus.end(1) in region_by_end and region_by_end[campus.end(1)].start == campus.start(1):
                pos = campus.start()
                continue
            batch = typ in ("GOVERNMENT", "ORGANIZATION") and _BATCH.search(norm, max(0, pos - 8), pos)
            if batch and batch.end() == pos:
                pos = batch.start()  # 福建省第十二批援宁工作队, 复旦大学第27届研究生支教团
                continue
            if norm.endswith(lex.role_words, 0, pos):
                break  # 园区运营方|山东鲁彭电子商务有限公司
            if typ == "ENTERPRISE" and pos in any_region_start and pos < sfx_start and norm.endswith(lex.enterprise_kinds, 0, pos):
                break  # 苏州企业|江苏绿原生态农业科技有限公司: the kind said of the company before its name
            if typ in ("HOSPITAL", "SCHOOL") and pos < sfx_start and norm.endswith(lex.legal_forms, 0, pos):
                break  # 湖州乐途物流有限公司|向…卫生院: a company's name ends here (its party branch goes on over it)
            if typ in ("HOSPITAL", "SCHOOL") and pos + 1 == sfx_start and norm[pos] in "县区市旗州盟" and \
                    tok_end.get(sfx_start) == (pos, sfx_start) and not any(r.start <= pos < r.end for r in region_by_end.values()):
                break  # 只服务|旗|医院: a lone 旗 before the ending is "the banner's", no word before it is the name's
            tok = tok_end.get(pos)
            if tok is None:
                tok = tok_containing.get(pos - 1, (pos - 1, pos))
            piece = norm[tok[0]:pos]
            if typ in ("GOVERNMENT", "ORGANIZATION") and len(piece) >= 3 and (
                    piece in lex.official_titles or piece.endswith(lex.post_tails)):
                break  # 万州区副区长|孟凡军和工作队, 塔县|县委书记|马|军代表|县委: a post and its holder open no body's name
            if typ in ("SCHOOL", "HOSPITAL", "ENTERPRISE") and piece.startswith("援") and piece in lex.name_words and (
                    pos in region_starts or (short := lex.region_short_auto.leftmost_longest(norm[pos:pos + 8])) and
                    short[0][0] == 0):
                break  # 上海援疆|喀什大学工作队: the aid named before a place's institution is the team's, not its name
            if typ == "GOVERNMENT" and pos in region_starts and pos < sfx_start and piece not in lex.party_prefixes \
                    and not piece.startswith(("援", "驻")) and (piece not in lex.name_words or piece in lex.team_name_words
                                                                 and not norm.startswith(lex.team_endings, sfx_start)) \
                    and not piece.endswith(lex.subgroup_parents):  # (…援藏工作队|察隅县小组)
                break  # a body's name opens with its place (认真落实|福建省委), or 中共 before it
            if typ != "GOVERNMENT" and pos != sfx_start and norm.endswith(lex.endings_by_type[typ], 0, pos) and \
                    not norm.startswith(("附属", "第", "（", "("), pos) and not (  # 华东师范大学第二附属中学 goes on,
                    typ == "ENTERPRISE" and norm.endswith(tuple(lex.weak_suffixes) + ("集团",), 0, pos)) and not any(
                    norm.startswith(word, sfx_start) and norm.endswith(parent, 0, pos) and kind in (None, typ)
                    for word, parent, kind in _BRANCHES_OVER):  # 实业（集团）; a branch over its parent
                break  # another organisation of its kind ends here (青岛市中心医院对口帮扶徽县人民医院)
            before = tok_end.get(tok[0])
            if typ == "ENTERPRISE" and len(piece) == 1 and HAN.match(piece) and piece not in _NAME_BREAKS and \
                    lex.word_tag.get(piece) != "p" and \
                    tok[0] not in region_by_end and before and before[1] - before[0] == 1 and \
                    HAN.match(norm[before[0]]) and norm[before[0]] not in _STOP_CHARS and \
                    norm[before[0]] not in lex.left_stops and norm[before[0]:pos] not in lex.freq:
                pos = before[0]  # 福州|闽|都|农产品…有限公司: two lone characters are a brand the segmenter split
                # (not a preposition: 建成后|由|荆竹村…联合社)
                continue
            if typ == "ENTERPRISE" and len(piece) == 1 and HAN.match(piece) and piece not in _NAME_BREAKS and \
                    before and norm[before[0]:before[1]] in ("和", "与") and before[0] in region_by_end:
                pos = before[0]  # 鹤山市|和|盛|食品有限公司: the brand 和盛 after its place, not 鹤山市 and 盛…
                continue
            if typ in ("HOSPITAL", "ENTERPRISE", "ORGANIZATION") and len(piece) == 1 and HAN.match(piece) and \
                    piece not in _STOP_CHARS and tok[0] in region_by_end and \
                    (lone_after := tok_containing.get(pos)) is not None and lone_after[1] - lone_after[0] == 1 and (norm[pos] not in _STOP_CHARS or
                                                            norm[pos] == "和" and pos + 1 == sfx_start) and \
                    norm[tok[0]:pos + 1] not in lex.freq:
                pos, crossed = tok[0], None  # 北京|同|和|医院, 北京|亦|城|慈善基金会: two lone characters after the
                continue  # place are its brand the segmenter split, not "with" or "also" (but 半山村|道|和|乡村卫生室)
            if piece == "和" and crossed is None and (tok[0] not in region_by_end or  # (振兴 of 振兴区: a word)
                                                      self._common_word(region_by_end[tok[0]])) and \
                    not norm.endswith(lex.org_endings + ("集体", "产业园", "园区", "基地"), 0, tok[0]) and pos not in region_starts \
                    and not _NUMBERED_SCHOOL.fullmatch(norm, max(0, tok[0] - 2), tok[0]):  # (福州三中和闽宁中学: two)
                # (not 九星村村集体和上海星辉建材有限公司: a village's collective and the company; nor …产业园和浙江…公司)
                # (人力资源和社会保障局; but …示范园和子洲县中医医院: what follows 和 is a name with its own place)
                crossed = pos
                pos = tok[0]
                continue
            # 山东东阿|本|草堂生物科技有限公司: one character right after the company's place opens its brand
            brand_opening = typ == "ENTERPRISE" and len(piece) == 1 and tok[0] in region_by_end and \
                piece not in "那这哪其此该各每" and norm[pos:pos + 1] not in "几些个一二两三四五六七八九十0123456789"
            if not piece or any(c in PUNCT for c in piece) or piece in lex.left_stops and not (
                    typ == "ENTERPRISE" and piece in lex.enterprise_words and
                    norm.startswith(lex.enterprise_words_before, pos) or
                    # (住房和城乡建设局, 交通建设局: a body named for what it builds)
                    typ == "GOVERNMENT" and piece in lex.enterprise_words and
                    norm.startswith(lex.body_words_before, pos)) and not brand_opening:
                break
            if len(piece) == 1 and norm[tok[0] - 1:tok[1]] in lex.left_stops:
                break  # 到|岗|疏附县人民医院: a stop word the segmenter cut in two (到岗)
            if len(piece) > 2 and pos in region_starts and piece[-2:] in lex.left_stops and \
                    lex.word_tag.get(piece[-2:], "")[:1] == "v":
                break  # 援藏|资金投入|日喀则市人民医院: a verb of the stops closing a word before the name's place
            if piece in lex.joint_verbs and (norm.endswith(lex.org_endings, 0, tok[0]) or pos in region_starts):
                break  # 厦门市人社局联合临夏州人社局, …代表处联合闵行区社会组织联合会: two bodies, not one name
            if len(piece) == 3 and piece[2] in lex.generic and (
                    piece[:2] in lex.joint_verbs and norm.endswith(lex.org_endings, 0, tok[0]) or
                    piece[:2] in lex.left_stops):
                # 农业农村局|会同县|财政局, 目前|仍由村|合作社: a verb or a stop the segmenter joined to "the county's"
                # or "the village's" (no 会同县, no 仍由村合作社)
                pos = tok[0] + 2
                break
            # a stop the segmenter joined to what opens the name: to a place's short form (向东|乡二中: 东乡), or to "the
            # county's" (谢谢|咱县|医院, 以县人民医院, …率区工商联; but a team's name holds its mission: …帮镇扶村工作队)
            if len(piece) == 2 and piece[0] in lex.left_stops and (
                    typ in ("SCHOOL", "HOSPITAL") and piece[0] in _STOP_CHARS and
                    (short := lex.region_short_auto.leftmost_longest(norm[tok[0] + 1:tok[0] + 8])) and
                    short[0][0] == 0 and short[0][1] >= 2 or
                    typ != "GOVERNMENT" and piece[1] in lex.generic and piece not in lex.freq):
                pos = tok[0] + 1
                break
            if typ == "ENTERPRISE" and len(piece) == 2 and piece[1] in "和与" and tok[0] in region_by_end and \
                    piece not in lex.freq and pos < sfx_start:
                pos = tok[0]  # 上海|申和|食品集团股份有限公司: a brand closing with 和 after its place, not "and"
                continue
            if piece in _STOP_CHARS or len(piece) > 2 and piece.endswith("的") or (piece[-1] in _STOP_CHARS or piece[-1] in lex.left_stops) and (
                    piece not in lex.freq or lex.word_tag.get(piece, "")[:1] in ("l", "i")) and piece not in lex.name_nouns and not (
                    # (北京|京援|同心教育基金会: the place's one-character form and 援 after it name its aid)
                    piece[1:] == "援" and piece[0] in lex.province_abbreviations and tok[0] in region_by_end):
                # 的 or a word of three closing with it (小小的|卫生院; not 美的), or 名到 (a segmenter guess, not a word), or a set phrase
                # (如今已是): a function word ends it
                break
            if typ == "ENTERPRISE" and len(piece) == 2 and piece[0] in "和与" and tok[0] in region_by_end and \
                    piece not in lex.freq:
                pos = tok[0]  # 天津|和泽|医药有限公司: a brand opening with 和 after its place, not "and"
                continue
            if piece[0] in _STOP_CHARS and piece not in lex.freq and len(piece) > 1:
                pos = tok[0] + 1  # 向丹州|小学, 是育|红小学 (segmenter guesses): the name starts after the function word
                break
            if re.search(r"[0-9]", piece) or re.search(r"[0-9]$", norm[max(0, tok[0] - 1):tok[0]]) or \
                    re.fullmatch(rf"[前后近这那头]?[{CN_DIGITS}]+[所家个名座位批天周]|两级", piece) or \
                    re.fullmatch(rf"[{CN_DIGITS}]+年", piece) and piece not in lex.schooling_years:  # (近三年|南京农业大学)
                break  # a count (12名, 两家, 前两天) is no part of a name
            if not all(HAN.match(c) or c.isalpha() or c == "〇" for c in piece):  # (第一二〇中学)
                break
            if len(piece) == 1 and before is not None and before[1] - before[0] == 1 and \
                    lex.word_tag.get(norm[before[0]:pos], "")[:1] == "n" and tok[0] not in region_by_end:
                tok, piece = (before[0], pos), norm[before[0]:pos]  # 行|知 split by the segmenter: the noun 行知
            tag = "n" if piece in lex.name_nouns or brand_opening else lex.word_tag.get(piece, "")
            if (tag[:1] in ("p", "c", "u", "d", "r", "q", "y", "e", "o") or tag in ("ad", "t") and
                    # (溧阳市青年企业家商会: 青年 is tagged as a time word; so is 未来 of 北京智学未来科技有限公司)
                    piece not in lex.age_words and not (typ == "ENTERPRISE" and piece in lex.brand_time_words) and
                    not (typ == "SCHOOL" and piece in lex.schooling_years)) and not (
                    typ == "ENTERPRISE" and lex.freq.get(piece, 0) < RARE_BRAND_WORD):  # 中|鼎新|能源: a brand cut up
                break
            if typ == "SCHOOL" and piece[-1:] in lex.study_verbs and (len(piece) == 1 or piece not in lex.freq or
                                                                       lex.word_tag.get(piece, "")[:1] in ("v", "l")):
                break  # 考到广东|读|大学, 我想考|浙江大学: going to study ends the name even right after a place
            if tag == "v" and not (tok[0] in region_by_end) and typ not in ("ENTERPRISE", "GOVERNMENT", "ORGANIZATION"):
                break  # 海南州培训中小学: a verb ends a school's or hospital's name (浙江省慈善联合总会 goes on)
            if tag[:1] in ("l", "i") and typ in ("HOSPITAL", "SCHOOL") and \
                    any(r.start == pos for r in region_by_end.values()):
                break  # 积极争取|慈溪市妇幼保健院: a set phrase before the place a school's or hospital's name opens with
            brand = typ == "ENTERPRISE" and len(piece) == 1 and before is not None and \
                lex.word_tag.get(norm[before[0]:before[1]], "")[:2] in ("nr", "nz")
            # (a rare word the dictionary tags as a verb is a brand's: 中国|建恒|投资集团有限公司)
            brand = brand or typ == "ENTERPRISE" and len(piece) == 2 and lex.freq.get(piece, 0) < RARE_BRAND_WORD
            if tag == "v" and not (tok[0] in region_by_end) and not brand:
                # a verb-like word (开发) stays inside a name only when the name runs on to its place (a brand's
                # single character does anyway: 富丽|达|集团)
                if crossed is None:
                    crossed = pos
            # a region mention ends inside this token: take the region and stop at its start
            inside = next((region_by_end[i] for i in range(tok[0] + 1, pos) if i in region_by_end), None)
            if inside is not None and inside.start < tok[0]:
                pos = inside.start
                continue
            pos = tok[0]
        if crossed is not None and not any(r.start == pos for r in region_by_end.values()) and not (
                typ == "ENTERPRISE" and norm.startswith(lex.nation_names, pos)) and not (
                typ == "ENTERPRISE" and any(pos < r.start and r.end <= crossed for r in region_by_end.values())):
            # (but a group's brand before the place: 华能|西藏|雅鲁藏布江水电|开发|投资有限公司)
            # a 和 or a verb stays inside a name only when the name runs on to its place, or to the nation's name
            # (中华|联合|财产保险股份有限公司, 中国|联合|网络通信有限公司)
            return crossed
        return pos

    def _name_start(self, norm, sfx_start, tok_end, tok_containing, region_by_end, typ="") -> int:
        """Where a name ending at ``sfx_start`` starts: extended leftwards, then past words no name opens with,
        whatever the segmenter made of them (有消息称|康禾医药集团, 下一步|商会)."""
        pos = self._extend_left(norm, sfx_start, tok_end, tok_containing, region_by_end, typ)
        if typ == "ENTERPRISE":
            pos = self._brand_after_place(norm, pos, sfx_start, tok_containing, region_by_end)
        head = norm[pos:sfx_start]
        pos += max((head.rfind(w) + len(w) for w in self.lex.name_openers if w in head), default=0)
        if norm[pos - 1:pos] in ("—", "-") and head.startswith(self.lex.subtitle_openers):
            pos += next(len(w) for w in self.lex.subtitle_openers if head.startswith(w))  # ——记|穗丰银行派驻…
        if typ in ("HOSPITAL", "SCHOOL"):
            # (…第二人民医院年内|向|宕昌县人民医院: a function word before the place a school's or hospital's name
            # opens with ends the words before it, whatever the segmenter joined)
            places = [r for r in region_by_end.values() if r.start < sfx_start and pos < r.end]
            inner = min((r.start for r in places if pos < r.start and r.official and any(
                norm[i] in _PREPOSITIONS and not any(x.start <= i < x.end for x in places)
                for i in range(pos, r.start))), default=None)
            pos = inner if inner is not None else pos
            # (在导管室指导|凉山州第二人民医院: words before a prefecture or county named in full, none of a university's
            # or a group's, are no part of the name)
            inner = min((r.start for r in places if pos < r.start and (r.official or r.text[-1:] in "省市州县区旗盟") and
                         not any(x.start < r.start for x in places) and
                         not any(w in norm[pos:r.start] for w in self.lex.institution_name_heads)), default=None)
            pos = inner if inner is not None else pos
        return pos

    def _port_name(self, head: str) -> bool:
        """Whether ``head`` is a port's name, as border posts and customs houses are named (红其拉甫, 霍尔果斯): a
        proper name of two to four characters, no common word, nor provinces written short (闽宁)."""
        return 2 <= len(head) <= 4 and all(HAN.match(c) for c in head) and (
            head not in self.lex.freq or self.lex.word_tag.get(head, "")[:2] in ("nr", "ns", "nz")) and \
            not any(c in _STOP_CHARS for c in head) and \
            not all(c in self.lex.province_abbreviations for c in head)  # (闽宁海关协作: two provinces' customs)

    def _brand_after_place(self, norm, pos, sfx_start, tok_containing, region_by_end) -> int:
        """A company's name is its place, its brand and its trade: a brand of a few characters the segmenter cut into
        words no name goes on over (天津|津于|农牧科技, 浙江|长|兴华|越|线束, 杭州|果然|鲜农业科技, 北京|森源|和|盛) still
        runs back to the place right before it."""
        lex = self.lex
        if pos >= sfx_start or pos in {m.start for m in region_by_end.values()}:
            return pos
        place = next((region_by_end[e] for e in range(pos - 1, pos - 5, -1) if e in region_by_end), None)
        if place is None:
            return pos
        gap = norm[place.end:pos]
        if not all(HAN.match(c) for c in gap) or gap[0] in _NAME_BREAKS or gap[0] in "于及" or \
                any(c in _STOP_CHARS and c != "和" for c in gap):
            return pos
        for a, b in tok_containing.within(place.end, pos):
            word = norm[a:b]
            if a < place.end or word in lex.left_stops and word != "和" or \
                    lex.word_tag.get(word, "")[:1] in ("t", "m", "q", "r", "p", "u", "v") and len(word) > 1:
                return pos
        start = place.start
        while start in region_by_end:
            start = region_by_end[start].start  # (浙江省湖州市…)
        return start

    def _generic(self, head: str, name: str) -> bool:
        """Unnamed references: 当地医院, 该校, 上市公司."""
        lex = self.lex
        if not head:
            return True
        if head.startswith(lex.determiners):
            return True
        rest = head
        changed = True
        while rest and changed:
            changed = False
            for w in lex.generic_longest:
                if rest.startswith(w):
                    rest = rest[len(w):]
                    changed = True
                    break
        return not rest

    def _list_items(self, norm, orgs, regions, tokens) -> list[Mention]:
        """Items of "A、B、C等N家江苏企业": each item is an entity of the head noun's type."""
        lex = self.lex
        out = []
        heads = "|".join(map(re.escape, lex.list_heads))
        # (or closed by 等 with no count: 穗丰农业、粤港食品等广州企业)
        # (not …等6个企业项目: projects, the items their names)
        for m in re.finditer(rf"(?:([0-9{CN_DIGITS}]+)[家所个]|(?<=等))([\u4e00-\u9fff]{{0,4}}?)({heads})(?!项目)", norm):
            typ = lex.list_heads[m.group(3)]
            if m.group(1) in ("一", "1"):
                continue  # (…在昌平一家物流企业做分拣主管: "a" company, no count of a list)
            if m.group(1) is None and m.group(2) and m.group(2) not in lex.list_head_members and not any(
                    r.start == m.start(2) and r.end == m.end(2) and (
                        r.official or lex.word_tag.get(r.text, "ns").startswith("ns")) for r in regions):
                continue  # (等新兴企业: a kind of company; 等广州企业: the place's, named before)
            list_id = m.start()
            # walk back over "X、Y、Z(和|及)?W" until a stop
            end = m.start()
            closed = norm[end - 1:end] == "等"
            if closed:
                end -= 1
            line_start = max(norm.rfind(c, 0, end) for c in "，,。；;：:\n") + 1
            seg = norm[line_start:end]
            parts = re.split(r"、|和|及", seg)
            if seg.endswith(("及", "和", "与", "、")):
                continue  # (带领区合作交流办、区教育局及8家爱心企业: the count is an item of its own, not their number)
            if len(parts) < 2 or seg.endswith("的") or seg.endswith(lex.place_list_closers):
                continue  # (上海、浙江等地的46家企业, 天津、兰州等地82家企业: the places' companies, no list of names)
            if not closed and any(lex.word_tag.get(w, "")[:1] in ("v", "d") for w in segment.cut(parts[-1])):
                continue  # 黄埔区、广州开发区累计引导16家企业: the count is the object of a verb, not a list's
            # the first item starts after the last stop word in it
            first = parts[0]
            # the first item starts after the rightmost word that cannot be part of a name
            cut = max((first.rfind(w) + len(w) for w in lex.left_stops | {"有"} if w in first
                       and len(first) - (first.rfind(w) + len(w)) >= 2), default=0)
            first = first[cut:]
            parts[0] = first
            cursor = line_start
            for i, part in enumerate(re.split(r"(、|和|及)", seg)):
                if i % 2 == 0:
                    item = part if i > 0 else first
                    s = cursor + (len(part) - len(item))
                    cursor += len(part)
                    # an item holding a known ending keeps only the name before it (新城地产吾悦广场二期 → 新城地产)
                    cut = next((s + len(item[:k]) for k in range(len(item), 1, -1)
                                if any(item[:k].endswith(w) for w in lex.weak_suffixes | {"公司", "集团"})), None)
                    e = cut or s + len(item)
                    name = norm[s:e]
                    if not 2 <= len(name) <= 16 or not all(HAN.match(c) or c.isalpha() for c in name) or \
                            re.search(rf"[{CN_DIGITS}]+(?:省市|省区|省|市|县|区)", name):
                        continue  # (…、吉林四省市和…两家中央企业: places counted, no company)
                    if any(r.start <= s and e <= r.end for r in regions) or self._generic(name, name):
                        continue
                    if all(lex.word_tag.get(w, "nz")[:2] not in ("nr", "nz", "ns", "nt") and
                           lex.freq.get(w, 0) > 10 for w in segment.cut(name)):
                        continue  # (引进电梯部件、木地板、电机、童装等企业: the dictionary's common words are a trade, no name)
                    covering = next((o for o in orgs if o.start <= s and e <= o.end), None)
                    if covering is not None:
                        covering.attrs.setdefault("list_item", list_id)
                        continue
                    if any(r.end == e for r in regions):
                        continue
                    out.append(Mention(s, e, typ, name, attrs={"list_item": list_id}))
                else:
                    cursor += len(part)
        return out

    # ------------------------------------------------------------------- people
    def people(self, norm: str, tokens: list[tuple[int, int]], taken: list[Mention], masked) -> list[Mention]:
        lex = self.lex
        out: list[Mention] = []
        tok_at = {s: e for s, e in tokens}
        # a short form of a place inside a name (洪江 in 钟洪江) yields to the name
        occupied = [(m.start, m.end) for m in taken if m.type != "REGION" or m.official]

        def free(s, e):
            return not any(a < e and s < b for a, b in occupied) and not any(a < e and s < b for a, b in
                                                                               ((p.start, p.end) for p in out))

        def add(s, e, typ, title, title_start=None, name=None):
            name = name or norm[s:e]
            dot = next((i for i, c in enumerate(name) if c in "·•・"), -1)
            lead = next((t for t in lex.official_titles_longest if dot > len(t) + 1 and name.startswith(t)), "")
            if lead:
                # 县长艾尔肯·吐尔逊 read as one transcribed name: the post before it is no part of it
                if not title:
                    title, title_start = lead, s
                s, name = s + len(lead), name[len(lead):]
            dot = next((i for i, c in enumerate(name) if c in "·•・"), -1)
            lead = next((w for w in lex.nouns_before_names if dot > len(w) + 1 and name.startswith(w)), "")
            s, name = s + len(lead), name[len(lead):]  # (班长热娜古丽·艾买提: who she is, no part of her name)
            if not free(s, e) or masked(s, e):
                return
            if any(norm[max(0, s - 6):s].rstrip("丨|:： ").endswith(p) for p in lex.not_people):
                return
            if name[0] in lex.adverb_initials and not self._speaks(norm, e):
                return  # 各族群众都看在眼里: the adverb after the noun, no family name 都
            if any(c in lex.pronoun_chars for c in name):
                return  # 又有2名护士来我院进修: no person 来我院
            if name.endswith(lex.body_words + lex.body_endings):
                return  # 区委副书记, 任县委常委, 卫健局副局长: a body, not a family name 区, 任 or 卫
            if name[-1] in "村镇乡县区市州旗" and norm.startswith(("党", "委"), e):
                return  # 由村党支部书记带队: the village's party secretary, no 由村
            if name[1:] in lex.address_words:
                return  # 市民王阿姨: someone addressed, unnamed
            if name in lex.person_title_tuple or name in lex.followers:
                return  # 通讯员供图: a credit (or a title, a verb after names), no name
            out.append(Mention(s, e, typ, name, attrs={"title": title, "title_start": title_start}))

        titles = lex.title_auto.leftmost_longest(norm)
        # the characters of places found (朱家沟村|民: no title 村民)
        in_place = _span_mask(len(norm), ((m.start, m.end) for m in taken if m.type == "REGION"))
        # titles followed by a name
        for start, end, title, typ in titles:
            if masked(start, end) or typ == "PERSON" and in_place[start]:
                continue
            if typ == "PERSON" and tok_at.get(start, end) > end and norm[end:tok_at[start]] in lex.title_word_tails:
                continue  # 居民|区将…: the title opens a longer word (居民区), no name follows it
            if typ == "PERSON" and end - start == 2 and start and lex.freq.get(norm[start - 1:start + 1], 0) > COMMON_WORD \
                    and lex.word_tag.get(norm[end - 1:end + 1]) == "n":
                continue  # 妇|女儿|童工作, 乡|村民|宿集群: a title made of the ends of two words (妇女|儿童, 乡村|民宿)
            if start and norm[start - 1] in lex.rules.surnames and norm[start - 1] not in _ADDRESS_NON_SURNAMES and (
                    start == 1 or not HAN.match(norm[start - 2]) or norm[start - 2] in _STOP_CHARS) and \
                    not re.match(rf"[）)0-9{CN_DIGITS}]", norm[start - 2:start - 1]):  # (初二（3）班|学生: a class)
                continue  # “何校长常说: a family name and a title address someone; no name follows
            pos = end
            # (a title running on into another: 心内科主任|医师艾克拜尔·阿不都, the first match cut inside 主任医师)
            more = next((m for m in lex.title_auto.leftmost_longest(norm[pos - 2:pos + 6]) if m[0] == 0 and m[1] > 2), None)
            if more is not None and typ == "PERSON" and more[3] == "PERSON":
                pos = pos - 2 + more[1]
            paren = re.match(r"\s*[(（][^()（）]{1,6}[)）]", norm[pos:pos + 10])  # 副县长（挂职）陈志强
            if paren:
                pos += paren.end()
            elif any(title.endswith(r) for r in lex.byline_roles) and norm[pos:pos + 1] in (":", "：", "丨", "|", "｜",
                                                                                          "/", "／") or \
                    title in lex.field_roles and norm[pos:pos + 1] in (":", "："):
                pos += 1  # 作者：张三, 通讯员丨孙晓楠, 记者/何嘉欣; a notice's field: 项目经理：罗成刚
            spaced = pos
            while pos < len(norm) and norm[pos] in " \u3000\t":
                pos += 1
            if any(title.endswith(r) for r in lex.byline_roles):
                pos += self._byline_unit(norm, pos)  # 作者：宣传科 顾佳琪: the person after the unit
            n = self._name_at(norm, pos, tok_at)
            if n and any(lex.word_tag.get(norm[pos:pos + k], "")[:1] in ("i", "l") for k in range(n + 1, n + 3)):
                n = 0  # 茶农|常来常往: a set phrase runs on past the name, no name
            if n and title in lex.plain_noun_titles:
                n = self._name_after_plain_noun(norm, pos, n)  # 干部|群众, 干部|包联: the noun in running text
            joined = None
            letters = _LETTER_SPACED.match(norm, pos) if not n else None
            while letters is not None and not n and letters.end() - pos >= 3:
                # a name letter-spaced (副县长 刘　明, 区长 沈 卫 东): two-character names padded in lists, or a PDF's
                stop, word = letters.end(), re.sub(r"[ \u3000]", "", letters.group())
                if (not HAN.match(norm[stop:stop + 1] or " ") or norm.startswith(lex.followers, stop)) and \
                        self._surname_len(word) and not self._plain_word(word) and \
                        not any(word.endswith(f) for f in lex.followers if len(f) == 1):  # (陈 伟 说: no 陈伟说)
                    n, joined = stop - pos, word
                letters = _LETTER_SPACED.match(norm, pos, stop - 2)  # one character fewer (李 强 参|加会议)
            if not n and pos > spaced and typ == "OFFICIAL":
                # a signature: the post, a space and a name closing the line (副旗长 那日苏)
                last = _LINE_END_NAME.match(norm, pos)
                n = len(last.group()) if last and self._surname_len(last.group()) and \
                    not self._plain_word(last.group()) else 0
            if norm.startswith(tuple("和与及或、"), pos) and not (norm[pos] == "和" and n and self._speaks(norm, pos + n)
                                                        and not self._plain_word(norm[pos + 1:pos + n])):
                n = 0  # 教师和学生; but 局长和志刚说: 和 is a family name (Naxi, Bai) when the name then speaks
            if any(title.endswith(r) for r in lex.byline_roles):
                # 记者 宝音: bylines name people without a known surname; 记者 乌云其其格: a name longer than
                # a surname and a given name, the whole word between spaces (but 王楠摄 is 王楠)
                whole = self._byline_name(norm, pos)
                n = whole if not n or whole > 4 else n
                if n and norm[pos:pos + n].endswith(tuple(lex.byline_roles)):
                    n = 0  # 文/图 佛山日报记者 黄晓晴: another byline's role, whose name its own match finds
                if n and title in lex.short_byline_roles and not re.match(r"[\s)）]|$", norm[pos + n:pos + n + 1]):
                    n = 0  # 图：龙州·鹤山东西部协作…现场: a caption, no name standing alone after 图：
                line_end = norm.find("\n", pos)
                if n and norm[end:end + 1] in (":", "：") and re.search(r"[？?]", norm[pos:line_end if line_end >= 0 else None]):
                    n = 0  # 记者：闵行和泽普的结对有没有延伸到基层？ an interview's question, after its speaker
            seconded = not n and typ == "OFFICIAL" and _SECONDED_BY.match(norm, pos)
            if seconded and _SECONDED.search(norm, _clause_start(norm, start), start):
                # 挂职西吉县委常委、副县长的仓山区干部林志坚: the post's holder is named after his home and 干部
                n = self._name_at(norm, seconded.end(), tok_at)
                if n:
                    pos = seconded.end()
            if n:
                title_start = self._title_start(norm, start, taken, out)
                full_title = norm[title_start:end]
                # a 挂职 post is a state post, unless the post is a professional's (挂职校长何伟强)
                kind = "OFFICIAL" if typ == "OFFICIAL" or _SECONDED.search(full_title) and typ != "PERSON" else "PERSON"
                if kind == "OFFICIAL" and any(full_title.endswith(t) for t in lex.person_titles if len(t) > 2):
                    kind = "PERSON"
                # the body the post is in decides: 湘雅医院对外合作处处长 holds no state post, 遵义市驻上海劳务
                # 工作站站长 does
                # (right before the whole title: 南京市中级人民法院党组书记、院长周立新 holds posts of the court)
                body = [m for m in taken if m.type != "REGION" and (
                        m.end <= start and start - m.end <= 8 and not any(c in PUNCT for c in norm[m.end:start]) or
                        title_start <= m.start and m.end < start and not m.text.endswith(("党委", "党总支", "党支部")) and
                        re.fullmatch(r"[\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})*、", norm[m.end:start]))
                        # (国网果洛供电公司派驻的第一书记: who sent him, not the body of his post)
                        and not re.search(r"(?:派驻|选派|派出|推荐)", norm[m.end:start])]
                if body and not _SECONDED.search(full_title) and not any(title.endswith(r) for r in lex.byline_roles) and \
                        title not in lex.professional_titles:  # (农业技术推广中心高级农艺师: a profession in a body)
                    # (or a state post among the posts: 珠海市政协副主席、民盟珠海市委会主委梁慧敏)
                    in_body = body[-1].type == "GOVERNMENT" or kind == "OFFICIAL" and any(
                        m.type == "GOVERNMENT" and title_start <= m.start and m.end < body[-1].start for m in taken)
                    kind = "OFFICIAL" if in_body and (body[-1].end == start or norm[start - 1] == "、" or
                                                      kind == "OFFICIAL") else "PERSON"
                if "党组" in full_title or any(p in full_title for p in lex.party_posts):
                    # a 党组 leads a state organ only (党组副书记、副院长 of a court), never a hospital; a Party
                    # committee's or branch's secretary holds a Party post wherever it is (青海大学党委书记马建华)
                    kind = "OFFICIAL"
                if title in lex.labour_station_heads and (
                        norm.endswith(lex.labour_stations, 0, start) or
                        # (…工作站就在方松街道一栋沿街小楼里…。站长罗文才是…: the station of the sentence before)
                        start > 0 and norm[start - 1] in "。！\n" and
                        any(w in norm[max(0, start - 80):start] for w in lex.labour_stations)):
                    kind = "OFFICIAL"  # (工作站站长孙志远: the station unnamed, its head still the place's)
                note = _AUTHOR_NOTE.match(norm, pos + n) if any(title.endswith(r) for r in lex.byline_roles) else None
                if note and (_SECONDED.search(note.group(1)) or self._official_posts(norm, note.start(1), note.end(1))):
                    kind = "OFFICIAL"  # 文/郑凯（作者系城阳区派驻礼县挂职干部、礼县乡村振兴局副局长）: the author's post
                add(pos, pos + n, kind, full_title, title_start, name=joined)
                # 骨科医生次仁多吉、普布: more names of the same standing after 、
                p = pos + n
                while norm[p:p + 1] == "、" and not any(title.endswith(r) for r in lex.byline_roles) and \
                        (k := self._name_at(norm, p + 1, tok_at)) and not self._titled(norm, p + 1 + k):
                    add(p + 1, p + 1 + k, kind, full_title, title_start)
                    p += 1 + k
                # more names after a byline role, separated by spaces
                if any(title.endswith(r) for r in lex.byline_roles):
                    p = pos + n
                    while True:
                        q = p
                        while q < len(norm) and norm[q] in " \u3000、":  # 记者 周明远、刘思琪
                            q += 1
                        if q == p:
                            break
                        if norm.startswith(("发自", "报道"), q) or _DATELINE.match(norm, q):
                            break  # 本报特派记者 唐闻捷 发自日喀则 / 边巴次仁 赵琳 白朗报道: where the report comes from
                        word = self._byline_name(norm, q)
                        if word and any(b == word for _, b, _, _ in lex.title_auto.leftmost_longest(norm[q:q + word])):
                            break  # 学生记者 陈思彤 指导教师 顾文娟: the next title, whose name its own match finds
                        # after 、 the name may run on into the sentence (记者谭晓雯、陈宇发回的报道)
                        k = self._name_at(norm, q, tok_at, strict_end="、" not in norm[p:q]) or \
                            self._byline_name(norm, q)
                        spaced = re.match(r"([\u4e00-\u9fff]) ([\u4e00-\u9fff])(?=\s|$)", norm[q:q + 4])
                        if not k and spaced and self._surname_len(spaced.group(1)):
                            add(q, q + 3, "PERSON", title, None, name=spaced.group(1) + spaced.group(2))
                            p = q + 3
                            continue
                        if not k:
                            break
                        add(q, q + k, "PERSON", title, None)
                        p = q + k
        # a roster: 评审专家名单：何建国、杨丽萍、赵永明、蒲晓东（采购人代表）
        for m in lex.roster.finditer(norm):
            p, names = m.end(), []
            while (k := self._name_at(norm, p, tok_at, strict_end=True)) or \
                    (k := self._name_at(norm, p, tok_at)) and norm[p + k:p + k + 1] in "（(":
                names.append((p, p + k))
                p += k
                note = re.match(r"[（(][^（）()\n]{1,12}[）)]", norm[p:p + 14])
                p += note.end() if note else 0
                if norm[p:p + 1] not in ("、", "，", ","):
                    break
                p += 1
            if "\n" in m.group() and not (len(names) >= 2 and norm[p:p + 1] in ("\n", "") and
                                          all(norm[b] == "、" for _, b in names[:-1])):
                continue  # (names on the line after the head: a line of them, 、 between, alone on it; not 主要成员：\n
                # 李宏伟，…总指挥: a profile of an official)
            if len(names) >= 2 or names and not HAN.match(norm[names[0][1]:names[0][1] + 1] or " "):
                for s, e in names:
                    add(s, e, "PERSON", norm[m.start():m.end()].rstrip(":： \t\u3000"), None)
        # names each with a short note in brackets, listed after a colon (泾源县第二中学：林秀琴（语文）、陈国栋（物理）)
        for m in re.finditer(r"[:：][ \t\u3000]*", norm):
            names, _ = self._listed_names(norm, m.end(), tok_at, noted=True)
            for a, b in names if len(names) >= 2 else ():
                add(a, b, "PERSON", None, None)
        # a line of a unit's people after its name and a colon (心血管内科：陈敏、杨光友; 护理部：李娅、安琴)
        for m in re.finditer(r"^[ \t\u3000]*([\u4e00-\u9fff]{2,10})[:：][ \t\u3000]*", norm, re.M):
            names, end = self._listed_names(norm, m.end(), tok_at) if m.group(1).endswith(lex.byline_units) else ([], 0)
            for a, b in names if len(names) >= 2 and norm[end:end + 1] in ("\n", "", "；", ";", "。") else ():
                add(a, b, "PERSON", None, None)
        # a photo's credit with no role (（马晓婷 摄）): the names before 摄, each one a person's by its family name
        for m in _PHOTO_CREDIT.finditer(norm):
            for word in re.finditer(r"[\u4e00-\u9fff]+", m.group("names")):
                if self._surname_len(word.group()) and not self._plain_word(word.group()):
                    add(m.start("names") + word.start(), m.start("names") + word.end(), "PERSON", None, None)
        # a reply's address line to a deputy or a member (周德明代表：, 陈立军委员：): the one the reply answers
        for m in re.finditer(rf"^[ \t\u3000]*([\u4e00-\u9fff]{{2,5}}?)({'|'.join(lex.address_titles)})[:：][ \t\u3000]*$",
                             norm, re.MULTILINE):
            s, e = m.span(1)
            if self._name_at(norm, s, tok_at) == e - s or self._surname_len(m.group(1)) and \
                    not self._plain_word(m.group(1)):
                add(s, e, "OFFICIAL", m.group(2), m.start(2))
        # names before a title at a line or clause start: 习近平总书记, 俊锋、亚政、宏兵市长:
        for m in re.finditer(r"(?:^|(?<=[\s。，,：:；;“\"]))((?:[\u4e00-\u9fff]{2,3}、)*[\u4e00-\u9fff]{2,3}?)"
                             r"(总书记|同志|" + "|".join(sorted((t for t in lex.official_titles if len(t) >= 2 and
                                                             t not in lex.plain_noun_titles),  # (南疆干部: no name)
                                                            key=len, reverse=True)) + ")", norm, re.M):
            names = m.group(1).split("、")
            title = m.group(2)
            if any(len(t) > len(title) and norm.startswith(t, m.start(2)) for t in lex.person_titles):
                continue  # 麻醉科副主任医师: a doctor's post, and 麻醉科 no name
            pos = m.start(1)
            listed = len(names) > 1 and norm[m.end():m.end() + 1] in ":："
            for nm in names:
                s, e = pos, pos + len(nm)
                pos = e + 1
                if (self._surname_len(nm) or listed) and not self._plain_word(nm):  # (车间主任: no 车间)
                    if not any(r.start <= s < r.end for r in taken) and title != "同志":
                        add(s, e, "OFFICIAL", title, None)
        # names before a title inside a clause, where the segmenter cut the name out as one word:
        # 贯彻落实|习近平|总书记, 传达|王建国|书记|的讲话
        # (the longest title at each place: 麻醉科副主任医师 holds a doctor's post, no 副主任)
        for e, _, title, typ in titles:
            s = next((e - n for n in (3, 2) if tok_at.get(e - n) == e), None)
            if typ != "OFFICIAL" or len(title) < 2 or s is None or title in lex.plain_noun_titles:
                continue
            word = norm[s:e]
            if word in lex.freq and not lex.word_tag.get(word, "").startswith("nr") or \
                    word[-1] in "科室处部" and lex.freq.get(word[:-1], 0) > 30:
                continue  # 麻醉科主任: a word the dictionary knows, or a department (麻醉|科副主任), not a name
            if word[-1] == "任" and s and HAN.match(norm[s - 1]):
                continue  # 周立|群任|区委常委: the verb of the post held after a name the segmenter cut, no 群任
            if self._name_at(norm, s, tok_at) == e - s and self._surname_len(word) \
                    and not any(r.start <= s < r.end for r in taken):
                add(s, e, "OFFICIAL", title, None)
        # "刘建国是历城区发展和改革局副局长": a name at a clause start, 是 and a clause ending in a post
        # (or after who he is among them: 带队的梁志强是象贤中学副校长)
        for m in re.finditer(r"(?:^|(?<=[\s。，,：:；;“\"])|(?<=带队的)|(?<=领队的)|(?<=牵头的))([\u4e00-\u9fff]{2,3}?)是",
                             norm, re.M):
            s, k = m.start(1), m.end(1)
            clause_end = _clause_end(norm, k)
            post = lex.title_auto.leftmost_longest(norm[k + 1:clause_end])
            if post and k + 1 + post[-1][1] == clause_end and self._name_at(norm, s, tok_at) == k - s:
                add(s, k, post[-1][3], norm[k + 1:clause_end], k + 1)
            elif re.search(r"挂职的?干部\Z", norm[k + 1:clause_end]) and self._name_at(norm, s, tok_at) == k - s:
                add(s, k, "OFFICIAL", norm[k + 1:clause_end], k + 1)  # 赵立新是和平区选派到会宁县挂职的干部
        # a name given with 叫 (理事长叫丁世贵，…; 一位叫杨光芬的老人; 有个女孩叫吉克阿依，家在…)
        for m in _CALLED.finditer(norm):
            n = self._name_at(norm, m.end(), tok_at, strict_end=True) or self._name_at(norm, m.end(), tok_at)
            if n and norm[m.end() + n:m.end() + n + 1] in ("，", ",", "。", "的", "；", "、") and \
                    not self._place_word(norm[m.end():m.end() + n]):
                add(m.end(), m.end() + n, "PERSON", None)
        # 选派的陈立诚医生: a name between 的 and a professional role
        for m in lex.name_before_role.finditer(norm):
            # (not a place's short name: 在昭觉县民族中学支教的余姚教师胡静怡, a teacher from 余姚)
            if self._name_at(norm, m.start(1), tok_at) == len(m.group(1)) and not self._place_word(m.group(1)):
                add(m.start(1), m.end(1), "PERSON", norm[m.end(1):m.end()], None)
        # names listed after a sending verb and counted: 选派姚建新、沈国华、钱月琴3名退休教师 (officials when cadres)
        for m in _SENT_NAMES.finditer(norm):
            names = m.group(1).split("、")
            number = m.group(2).replace("两", "二")
            count = int(number) if number.isdigit() else "一二三四五六七八九十".find(number) + 1
            if count != len(names):
                continue
            spans, pos = [], m.start(1)
            for name in names:
                if self._name_at(norm, pos, tok_at) != len(name):
                    break
                spans.append((pos, pos + len(name)))
                pos += len(name) + 1
            else:
                typ = "OFFICIAL" if "干部" in norm[m.end():m.end() + 6] else "PERSON"
                for a, b in spans:
                    add(a, b, typ, None)
        # right after the institution they work in: 福建农林大学林占熺研究员 (not its department: …中医医院康复科护士长)
        for o in taken:
            m = lex.name_role_at.match(norm, o.end) if o.type != "REGION" else None
            if m and self._name_at(norm, m.start(1), tok_at) == len(m.group(1)) and not (
                    m.group(1).endswith(lex.byline_units) and lex.freq.get(m.group(1)[:-1], 0) > RARE_WORD):
                add(m.start(1), m.end(1), "PERSON", norm[m.end(1):m.end()], None)
        # 选派干部周立伟到泸定县挂职: a cadre named between 干部 and where he goes; an official when a post follows
        for m in re.finditer(r"(?<=干部)([\u4e00-\u9fff]{2,3}?)(?=到|赴|前往|常驻)", norm):
            if m.group(1)[0] in "和与及" or self._name_at(norm, m.start(1), tok_at) != len(m.group(1)):
                continue
            clause_end = _clause_end(norm, m.end())
            if re.match(r"[，,](?:担任|挂任|任)", norm[clause_end:clause_end + 3]):
                clause_end = _clause_end(norm, clause_end + 1)  # …常驻东台市，担任…劳务工作站站长: his post
            posts = self._official_posts(norm, m.end(), clause_end)
            # a post in a state body (…担任耀州区驻东台劳务工作站站长) makes an official too
            in_body = next((b for b in taken if b.type == "GOVERNMENT" and m.end() <= b.start and b.end < clause_end
                            and norm.startswith(lex.person_title_tuple, b.end)), None)
            official = posts or in_body or _SECONDED.search(norm, m.end(), clause_end)
            title = norm[m.end() + posts[-1][0]:m.end() + posts[-1][1]] if posts else "干部"
            if in_body is not None and not posts:  # the body and the longest title right after it
                held = lex.title_auto.leftmost_longest(norm[in_body.end:clause_end])[0]
                title = norm[in_body.start:in_body.end + held[1]]
            add(m.start(1), m.end(1), "OFFICIAL" if official else "PERSON", title, None)
        # 市领导周晓梅、孙海涛、郑国强: every name of the list holds the title
        for start, end, title, _ in lex.list_titles.leftmost_longest(norm):
            pos = end
            while (n := self._name_at(norm, pos, tok_at)):
                add(pos, pos + n, "OFFICIAL", title, start)
                pos += n
                if norm[pos:pos + 1] != "、":
                    break
                pos += 1
        # a name before its 挂职 post: 其中王海峰挂职理塘县委常委、副县长, 发展改革委干部赵立群挂职十堰市副市长,
        # 选派的挂职干部吴志坚现任融水县委常委, 锡山区选派的周毅挂任化隆县委常委
        k_lead = ("时任", "现任", "曾任")  # (时任…指挥长的徐立华如今已退休: a name after 的 and a verb of its own)
        for k in (m.start() for m in re.finditer("挂职|挂任|现任|时任|担任|(?<![主担兼曾原时])任(?=[\u4e00-\u9fff]{2})", norm)):
            clause_end = _clause_end(norm, k)
            post = self._official_posts(norm, k, clause_end)
            if not post:
                # (挂任靖西市人民医院副院长的梁志坚: a professional post before the name, a person's)
                held = next((b for a, b, _, typ in lex.title_auto.leftmost_longest(norm[k:clause_end])
                             if typ == "PERSON" and norm.startswith("的", k + b)), None)
                n = self._name_at(norm, k + held + 1, tok_at) if held and norm.startswith(("挂任", "挂职"), k) else 0
                if n and norm[k + held + 1 + n:k + held + 2 + n] in ("是", "，", ",", "说", "介绍", "表示"):
                    add(k + held + 1, k + held + 1 + n, "PERSON", norm[k:k + held], k)
                # (…选派的12名教师在林周县中学…，其中周明远担任林周县中学副校长: one of those counted, a professional post)
                titles = lex.title_auto.leftmost_longest(norm[k:clause_end]) if norm.startswith(("担任", "任"), k) else []
                n = next((n for n in (3, 2, 4) if k - n >= 2 and norm.endswith("其中", 0, k - n) and
                          self._name_at(norm, k - n, tok_at) == n), 0) if titles else 0
                if n and titles[-1][3] == "PERSON":
                    add(k - n, k, "PERSON", norm[k:k + titles[-1][1]], k)
                continue
            title_end = k + post[-1][1]
            noted = _POST_NOTE.match(norm, title_end)  # (…副县长（挂职）的刘光辉: a note on the post before 的)
            if norm.startswith("的", noted.end()):
                # the post before the name: 现任红河州委常委、副州长的沈立新，是…
                after = noted.end() + 1
                n = self._name_at(norm, after, tok_at)
                if n and (after + n >= len(norm) or norm[after + n] in "，,。；;、" or
                          norm.startswith(tuple(lex.name_honorifics) + ("赴", "到", "来到", "前往"), after + n) or
                          norm.startswith(k_lead, k) and norm.startswith(lex.followers, after + n)):
                    add(after, after + n, "OFFICIAL", norm[k:title_end], k)
                    continue
            k0 = k
            while k0 > 0 and norm[k0 - 1] in " \u3000\t":
                k0 -= 1  # 王海涛　挂职临夏州人民政府副秘书长
            now = next((len(a) for a in _NOW if norm.startswith("挂职", k) and norm.endswith(a, 0, k)), 0)  # (，现挂职…)
            if k0 - now > 1 and norm[k0 - now - 1] in "，," and (norm.startswith("现任", k) or now):
                k0 -= 1 + now  # 挂职的干部林志鹏，现任闽宁镇党委副书记
                # 刘畅是石景山区选派到称多县挂职的第五批援青干部，现任称多县委常委; 孙建伟由市北区选派，现挂职…:
                # the name opening the sentence
                opening = max(norm.rfind(c, 0, k0) for c in "。！？\n") + 1
                while norm[opening:opening + 1] in " \u3000\t":
                    opening += 1
                n = self._name_at(norm, opening, tok_at)
                if n and norm.startswith(("是", "由"), opening + n) and not norm[opening + n:k0].count("，"):
                    add(opening, opening + n, "OFFICIAL", norm[k:k + post[-1][1]], k)
                    continue
            elif norm.startswith("任", k) and norm.endswith(("挂职，", "挂职,"), 0, k0):
                k0 -= 3  # 北仑区选派林海涛到普安县挂职，任县委常委、副县长
            elif now:
                k0 -= now  # 东城区选派的刘海涛同志现挂职…: 现 is no part of the name
            elif norm[k0 - 1:k0] in ("，", ",") and norm.startswith(("挂职", "挂任"), k):
                # 陈志斌来自福清市农业农村局，挂任…村第一书记: the name opening the clause before, where he comes from
                opening = max(norm.rfind(c, 0, k0 - 1) for c in "。！？\n；;，,") + 1
                n = self._name_at(norm, opening, tok_at)
                if n and norm.startswith("来自", opening + n):
                    add(opening, opening + n, "OFFICIAL", norm[k:k + post[-1][1]], k)
                    continue
            listed = norm.endswith("分别", 0, k0)
            k0 -= 2 if listed else 0  # (成员徐文韬、沈佳怡、黄子骞分别挂任…: a list of names, each its post)
            # (…干部顾明杰、沈一帆到岗，分别挂职…: their arrival told between the names and the posts)
            k0 -= len(next((a for a in lex.arrivals_before_post if norm.endswith(a, 0, k0)), ""))
            honorific = next((h for h in lex.name_honorifics if norm.endswith(h, 0, k0)), "")
            k0 -= len(honorific)  # 张骏同志挂职…
            if not honorific and norm.startswith(("挂职", "挂任"), k):
                k0 -= len(next((p for p in lex.name_particles if norm.endswith(p, 0, k0)), ""))  # 孙立平则挂职…
            when = _WHEN_BEFORE_POST.search(norm, max(0, k0 - 12), k0)
            if when:
                k0 = when.start()  # 副教授吴晓帆已于今年3月起挂职…: since when, between the name and the post
            replacing = _REPLACING.search(norm, max(0, k0 - 8), k0)
            if replacing:
                k0 = replacing.start()  # 赵磊接替刘振宇挂任…: the one who takes the post over holds it
            # 闵行区选派吴志刚到元阳县挂职…: the name before 到/赴 and the place, right after a sending verb
            # (…到罗甸县人社局挂职副局长; the first of places written as one: …的于海洋到江门市|新会区挂职副区长)
            run = k0
            while (before := next((m for m in taken if m.type == "REGION" and m.end == run and
                                   any(q.end == m.start and q.type == "REGION" for q in taken)), None)) is not None:
                run = before.start
            place = next((m for m in taken if m.type in ("REGION", "GOVERNMENT", "HOSPITAL", "SCHOOL") and m.end == k0
                          and m.start >= 1 and norm[m.start - 1] in "到赴"), None) or \
                next((m for m in taken if m.type == "REGION" and m.end == run and m.start >= 1 and
                      norm[m.start - 1] in "到赴" and run != k0), None)
            if place is not None:
                k0 = place.start - 1
            elif norm.startswith("担任", k):
                continue  # 担任 only after 到/赴 and the place (选派顾建明到高峰村担任驻村第一书记; not 黄志明担任心内科执行主任)
            for n in (3, 2, 4):
                s = k0 - n
                held = next((p for p in out if (p.start, p.end) == (s, k0)), None)
                # (孙浩|挂任: the segmenter's 孙浩挂 ends the name inside a word: the name must end at the post's verb)
                if s >= 0 and (self._name_at(norm, s, tok_at) == n or tok_at.get(s, k0) > k0 and
                               self._name_at(norm[:k0], s, {}) == n) and \
                        (s == 0 or held is not None or norm.endswith(lex.post_name_lead, 0, s)):
                    title_end = k + post[-1][1]
                    if held is not None and held.type == "PERSON" and not norm.startswith(("挂职", "挂任"), k):
                        break  # 骨科副主任医师王振宇任领队: a doctor leading a team holds no state post
                    if held is not None and (held.type == "PERSON" or (held.attrs.get("title") or "").endswith("挂职干部")):
                        # 选派青年教师郑浩然挂职云龙县委常委、副县长: the 挂职 post makes the teacher an official;
                        # 挂职干部吴志坚现任融水县委常委: the post held says more than 挂职干部
                        held.type = "OFFICIAL"
                        held.attrs.update(title=norm[k:title_end], title_start=k)
                    add(s, k0, "OFFICIAL", norm[k:title_end], k)
                    while listed and s > 1 and norm[s - 1] == "、":
                        # the names listed before it, each ending at a 、
                        n = next((n for n in (3, 2, 4) if s - 1 - n >= 0 and
                                  self._name_at(norm[:s - 1], s - 1 - n, {}) == n), 0)
                        if not n:
                            break
                        s -= 1 + n
                        add(s, s + n, "OFFICIAL", norm[k:title_end], k)
                    break
        # a name and its post in brackets: 王浩然（挂职西和县委常委、副县长）, 周志强（上海市闵行区援滇干部，挂职任…副县长）,
        # 刘建军（心血管内科主任医师）
        for m in re.finditer(r"[(]([^()]{2,40})[)]", norm):
            inside = m.group(1)
            posts = lex.title_auto.leftmost_longest(inside)
            if not posts or posts[-1][1] != len(inside):
                continue  # the bracket ends with the post (not 万州讯（记者 谭晓玲）, a byline)
            kind = self._kind_of_posts(inside, posts)
            k0 = m.start()
            for n in (3, 2, 4):
                s0 = k0 - n
                if s0 >= 0 and self._name_at(norm, s0, tok_at) == n and (
                        s0 == 0 or not HAN.match(norm[s0 - 1]) or norm[s0 - 1] in _STOP_CHARS
                        or norm.endswith(lex.post_name_lead, 0, s0)):  # 由王浩然（挂职…）牵头
                    add(s0, k0, kind, inside, m.start(1))
                    break
        # "name,post…" lines: 张佳炜,靖江市结对永寿县联络组组长,挂职永寿县委常委、副县长;
        # (or "name　post" in a list of honours: 王磊　镇江市对口帮扶渭南市工作组副组长，挂职…; or "name，unit，支教…":
        # 沈佳，南京市雨花台中学，支教大通县第一完全中学；)
        # (or after a script's marker: 【同期声】顾晨 上海市松江区挂职干部、广南县委常委、副县长)
        for m in re.finditer(r"^[ \t\u3000]*(?:[\u4e00-\u9fff](?:[ \u3000]*[\u4e00-\u9fff]){1,3}[:：]|[0-9]{1,2}[.、．]\s*|[(（][0-9一二三四五六七八九十]{1,2}[)）]\s*|"
                             # (bullets, pictographs among them: 👤黄志坚｜心血管内科主任医师)
                             r"【[^】\n]{1,6}】\s*|[◆●■▲★☆◇▶►•\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?\s*)?"
                             # (a transliterated name with its dot: 阿不都热合曼·买买提  奎依巴格镇党委书记)
                             r"([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}[·•・][\u4e00-\u9fff]{1,6})"
                             # (the sex or people in brackets: 吉克阿呷（女，彝族）, 杨光荣（苗族）; or a colon: 赵明轩：…主任医师)
                             r"(?:[(（](?:[男女](?:[，,][^()（）\n]{1,6})?|[\u4e00-\u9fff]{1,4}族)[)）])?"
                             r"([,，:：]|[ \t\u3000]+|[ \t\u3000]*[|｜][ \t\u3000]*)([^\n]{2,})$", norm, re.M):
            # after a colon or a caption's bar the rest must close with the posts (not 张立新：今年…, a speaker's words)
            name, posts_close, rest = m.group(1), m.group(2) in ":：", m.group(3)
            if len(rest) > 80:
                # a profile's paragraph (周雯　宁波大学附属人民医院妇产科主任医师，2023年8月…): its first clause, closing
                # with the posts
                rest, posts_close = re.match(r"[^，,。；;]*", rest).group(), True
                if not 2 <= len(rest) <= 40:
                    continue
            if re.search(r"[|｜]", m.group(2)):
                if "·" in name or re.search(r"[|｜]", rest):
                    continue  # (沪滇协作·支教手记｜…: a column's title; 孙佳琪｜A｜B: a table's row, read as a table)
                posts_close = True  # (字幕：陈志斌｜…挂职干部，任西吉县副县长: his posts, as after a colon)
            if self._name_at(norm + ",", m.start(1), {}) != len(name):
                continue  # not a name the name rules accept (初冬时节,…)
            given = name[self._surname_len(name) or 1:]
            if lex.freq.get(given, 0) > COMMON_WORD and lex.word_tag.get(given, "")[:1] in ("m", "t", "q"):
                continue  # 那一年，…: a time phrase opening the sentence, no 那 一年
            if norm[m.end(1)].isspace() and (len(name) > 3 and not _DOTTED_NAME.fullmatch(name) or
                                             not HAN.match(rest[0]) and not re.match(r"[0-9]{4}年", rest)):
                continue  # (a headline's words before a space: 鲁藏情深 “组团式”…)
            posts = lex.title_auto.leftmost_longest(rest)
            if not posts:
                if _SENT_LINE.search(rest) and norm[m.end(1)] in ",，":
                    add(m.start(1), m.end(1), "PERSON", None, None)
                elif _SENT_BY_LINE.search(rest):
                    # (徐海波　2023年7月由鄞州区选派到…木里藏族自治县挂职，任…: sent, a 挂职 post a state one)
                    add(m.start(1), m.end(1), "OFFICIAL" if "挂职" in rest else "PERSON", None, None)
                continue
            if posts_close and posts[-1][1] != len(rest.rstrip(";；。 \u3000")):
                continue  # (张立新：今年上海援疆…: a speaker and his words)
            kind = self._kind_of_posts(rest, posts)
            if kind == "PERSON" and posts[0][2] not in lex.professional_titles and any(
                    t.type == "GOVERNMENT" and t.end == m.start(3) + posts[0][0] for t in taken):
                kind = "OFFICIAL"  # (韩军，崆峒区驻天津劳务工作站站长: the head of a state body's station)
            add(m.start(1), m.end(1), kind, rest.rstrip(";；。"), m.start(3))
        # a profile's opening: 一、沈卫东，男，1981年5月生，中共党员，…局副局长，挂职…副局长 (official or not by the posts
        # the line names)
        for m in _PROFILE_OPENING.finditer(norm):
            if self._name_at(norm, m.start(1), {}) != len(m.group(1)):
                continue
            rest = norm[m.end():(norm.find("\n", m.end()) + 1 or len(norm) + 1) - 1]
            posts = lex.title_auto.leftmost_longest(rest)
            add(m.start(1), m.end(1), self._kind_of_posts(rest, posts) if posts else "PERSON", None, None)
        # a form line: 姓名：林建华；派出单位：福州市鼓楼区；挂职岗位：西吉县委常委、副县长
        for m in re.finditer(r"姓\s*名[:：]\s*([\u4e00-\u9fff]{2,4})\s*[；;，,]([^\n]{2,80})", norm):
            if self._name_at(norm + "；", m.start(1), {}) != len(m.group(1)):
                continue
            posts = lex.title_auto.leftmost_longest(m.group(2))
            if posts:
                add(m.start(1), m.end(1), self._kind_of_posts(m.group(2), posts), m.group(2), m.start(2))
        # a transliterated name by its ending (古丽 of Uyghur women's names) after a word for who she is (绣娘比比古丽说)
        for m in re.finditer("|".join(lex.name_endings), norm):
            e = m.end()
            if HAN.match(norm[e:e + 1]) and not norm.startswith(lex.followers, e) or \
                    norm[e:e + 1] in ("·", "•", "・"):
                continue  # (阿依古丽·买买提: the dotted name goes on, found whole elsewhere)
            for k in (2, 3, 1):
                lead = next((w for w in lex.nouns_before_names + lex.person_title_tuple
                             if norm.endswith(w, 0, m.start() - k)), None) if m.start() - k >= 0 else None
                if lead is not None:
                    add(m.start() - k, e, "PERSON", lead, m.start() - k - len(lead))
                    break
                if m.start() - k >= 0 and not HAN.match(norm[m.start() - k - 1:m.start() - k] or " ") and \
                        self._speaks(norm, e):
                    add(m.start() - k, e, "PERSON", None, None)  # “…，”阿依古丽说: alone before she speaks
                    break
        # a name right before a verb of speech or after 的 before 来自, when no common word hides in it
        for m in lex.name_before_speech.finditer(norm):
            cand = m.group(1)
            if norm.startswith("来自", m.end(1)) and norm[m.start(1) - 1:m.start(1)] != "的":
                continue  # (在车间做封边工的王春燕来自木鱼镇: where someone described comes from)
            if norm[m.start(1) - 1:m.start(1)] in ("·", "•", "・"):
                # 麦尔耶姆古丽·艾力说: the whole transliterated name, from the start of its first part
                j = m.start(1) - 1
                while j > 0 and m.start(1) - 1 - j < 8 and HAN.match(norm[j - 1]) and norm[j - 1] not in _STOP_CHARS:
                    j -= 1
                part = next((w for w in lex.mongolian if norm.endswith(w, 0, j)), "")
                if part and m.start(1) - 1 - j + len(part) <= 8:
                    j -= len(part)  # 阿不都|热合曼·买买提: a part holding a function word (都) opens it
                # 职工|阿依古丽·买买提, 十团职工|艾力·买买提: the name after the last word for who he is
                leads = [i + len(w) for i in range(j, m.start(1) - 3) for w in lex.nouns_before_names + lex.person_title_tuple
                         if norm.startswith(w, i) and m.start(1) - 1 - (i + len(w)) >= 2]
                j = max(leads, default=j)
                if j < m.start(1) - 1:
                    add(j, m.end(1), "PERSON", None, None)
                continue
            start, end = m.start(1), m.end(1)
            if len(cand) == 3 and norm[start - 1:start + 1] in lex.two_char_families:
                cand, start = norm[start - 1:end], start - 1  # 务工人员|吉木伍呷说: the family name's first character
            # Tibetan names before the verb: 格桑旺堆说, 拉毛吉说
            tib = 4 if norm[end - 4:end - 2] in lex.tibetan and norm[end - 2:end] in lex.tibetan else \
                3 if norm[end - 3:end - 1] in lex.tibetan and norm[end - 1] in lex.tibetan_endings else 0
            if tib:
                add(end - tib, end, "PERSON", None, None)
                continue
            if len(cand) == 3 and norm.endswith(lex.nouns_before_names, 0, start + 1):
                cand, start = cand[1:], start + 1  # 咖农|岩温说: the name after the word for who he is
            if len(cand) == 2 and cand[0] in lex.dai_name_initials and not lex.freq.get(cand):
                add(start, m.end(1), "PERSON", None, None)  # 岩温, 玉香: Dai names
                continue
            sl = self._surname_len(cand)
            if len(cand) == 4 and sl != 2:
                continue  # four characters only after a two-character family name (吉克阿呷)
            if sl and norm.startswith(lex.address_after_name, end) and cand[0] not in _PREPOSITIONS:
                if not norm.endswith(lex.person_title_tuple + lex.nouns_before_names, 0, end - 1):
                    add(start, end, "PERSON", None, None)  # (吴国梁先生: addressed by name, whatever words it holds)
                continue  # (游客张先生: a family name alone)
            if not sl or any(lex.freq.get(cand[i:j], 0) > 30 and not lex.word_tag.get(cand[i:j], "").startswith("nr")
                             for i in range(len(cand)) for j in range(i + 2, len(cand) + 1)):
                continue
            if len(cand) == 3 and cand[:2] in lex.freq and not lex.word_tag.get(cand[:2], "").startswith("nr"):
                continue
            add(start, m.end(1), "PERSON", None, None)
        # 选派黄志强、刘慧敏等3名医生: the names listed before 等 and a headcount (or two or more listed right before
        # it: 孟晓彤、朱恒两名教师)
        for m in _NAMES_BEFORE_COUNT.finditer(norm):
            end, names = m.start(), []
            while True:
                fits = [n for n in (3, 2, 4) if end - n >= 0 and self._name_at(norm, end - n, tok_at) == n]
                # a token starts there, or a list mark or a stop before it (医生|护士等32名: no 生护士)
                n = next((n for n in fits if end - n in tok_at or end - n == 0 or not HAN.match(norm[end - n - 1])), 0)
                if not n:
                    # (心内科、消化科、麻醉科等14名专家: an item of the list that is no name, ending as those read as
                    # names end, makes them items of its kind)
                    names = [(a, b) for a, b in names if norm[b - 1] != norm[end - 1]]
                    break
                names.append((end - n, end))
                if norm[end - n - 1:end - n] != "、":
                    break
                end -= n + 1
            if m.group(1) or len(names) >= 2 and norm.startswith(lex.roles_after_name, m.end()):
                # (周立群等3名干部, 李卓然、孟祥瑞等6名援藏干部: cadres, state posts' holders; not 罗志强等7名干部人才,
                # cadres and professionals)
                role = re.match(r"[\u4e00-\u9fff]{0,4}", norm[m.end():]).group()
                kind = "OFFICIAL" if any(t in role and not norm.startswith(("人才", "和", "及", "与", "、"),
                                                                           m.end() + role.find(t) + len(t))
                                         for t in lex.plain_noun_titles) else "PERSON"
                for a, b in names:
                    add(a, b, kind, None, None)
        # "57岁的杨大兵", "来自通渭县马营镇的李小军" (not 来自野马川镇的高三学生: a word, no name)
        for m in itertools.chain(re.finditer(r"[0-9]{1,3}岁的", norm), lex.origin_lead.finditer(norm)):
            n = self._name_at(norm, m.end(), tok_at)
            if n and not (norm[m.end():m.end() + n] in lex.freq and norm.startswith(lex.person_title_tuple, m.end() + n)):
                add(m.end(), m.end() + n, "PERSON", None)
        for m in lex.group_lead.finditer(norm):
            n = self._name_at(norm, m.end(), tok_at)
            if n and norm[m.end() + n:m.end() + n + 1] in ("、", "，", ",", "。", "和", "与"):
                add(m.end(), m.end() + n, "PERSON", None)  # (还有英语组的王蔚、化学组的孙朝晖，…: a colleague)
        for m in out:
            post = lex.post_after.match(norm, m.end) if m.type == "PERSON" else None
            if post and not any(w in post.group() for w in lex.institution_words):
                m.type = "OFFICIAL"  # (not 梁颖挂职水城区人民医院重症医学科主任: a post in a hospital)
        # Tibetan names of two or three syllables anywhere (班上的尼玛次仁因为…, 次旦卓玛塞给我…), not a place's or an
        # organisation's name (尼玛县, 扎西岗乡)
        for m in lex.tibetan_run.finditer(norm):
            s, e = m.span()
            if (e - s) % 2 or e - s > 6 or norm[e:e + 1] in _PLACE_OR_BODY_CHARS or \
                    s and norm[s - 1] in _PLACE_OR_BODY_CHARS and HAN.match(norm[s - 2:s - 1] or " "):
                continue
            add(s, e, "PERSON", None, None)
        # a table with a column of names (序号	姓名	性别	派出单位及职务	挂职单位及职务): the cells under 姓名, an official
        # when a cell of the row ends with a state post
        headers = [(h, _CELL_SPLIT) for h in _NAME_COLUMN_HEADER.finditer(norm)] + \
            [(h, _SINGLE_SPACE) for h in _NAME_COLUMN_HEADER_SPACED.finditer(norm)] if "姓名" in norm else []
        for header, split in headers:
            cells = split.split(header.group().strip())
            col = cells.index("姓名")
            pos = header.end() + 1
            for line in norm[pos:].split("\n"):
                start, pos = pos, pos + len(line) + 1
                parts = split.split(line.strip())
                if len(parts) < max(2, col + 1) or split is _SINGLE_SPACE and len(parts) != len(cells):
                    break  # (the table ends at a line that is no row)
                name = parts[col]
                at = norm.find(name, start, pos)
                if 2 <= len(name) <= 4 and at >= 0 and self._surname_len(name) and not self._plain_word(name):
                    # (not 挂职日喀则市人民医院医务部主任: a post in a hospital)
                    posts = [c for c in parts[col + 1:] if c.endswith(tuple(lex.official_titles))
                             and not any(w in c for w in lex.institution_words)]
                    add(at, at + len(name), "OFFICIAL" if posts else "PERSON", posts[-1] if posts else None, None)
        # cells of a line parted by spaces, a name before a title (宁波市第二医院　陈思远　心血管内科副主任医师)
        for m in _CELL_NAME_BEFORE_TITLE.finditer(norm):
            name, title_cell = m.group("name"), m.group("title")
            posts = lex.title_auto.leftmost_longest(title_cell)
            if posts and posts[-1][1] == len(title_cell) and self._name_at(norm + " ", m.start("name"), {}) == len(name) \
                    and self._surname_len(name) and not self._plain_word(name):
                add(m.start("name"), m.end("name"), self._kind_of_posts(title_cell, posts), None, None)
        # lines of a list, each a name, a space and the body or place the person serves in (顾晓敏　合阳县人民医院
        # （支医）), two such lines in a row at least; last, where no other rule found the name (林建华　隆德县委副书记
        # （挂职）: an official by his post)
        starts = {m.start for m in taken}

        def rest_of_line(pos: int) -> str:
            return norm[pos:(norm.find("\n", pos) + 1 or len(norm) + 1) - 1]

        rows = {norm.count("\n", 0, m.start()): m for m in _NAME_LINE.finditer(norm)
                if m.end() in starts and self._surname_len(m.group("name")) and not self._plain_word(m.group("name"))}
        # (lines of a list opening with a two-character name padded to the width of three: 钱　俊　常州市武进区商务局…)
        padded = {norm.count("\n", 0, m.start()): m for m in _PADDED_NAME_LINE.finditer(norm)
                  if self._surname_len(m.group(1) + m.group(2)) and not self._plain_word(m.group(1) + m.group(2))}
        for line, m in padded.items():
            if line - 1 in padded or line + 1 in padded or line - 1 in rows or line + 1 in rows:
                rest = rest_of_line(m.end())
                posts = lex.title_auto.leftmost_longest(rest)
                kind = "OFFICIAL" if (lex.post_after.search(rest) or posts) and \
                    self._kind_of_posts(rest, posts) == "OFFICIAL" else "PERSON"
                add(m.start(1), m.end(2), kind, None, None, name=m.group(1) + m.group(2))
        for line, m in rows.items():
            if line - 1 in rows or line + 1 in rows:
                # (韩冬　镇江市丹徒区选派，挂职蒲城县发展和改革局副局长: an official by the post the line gives him)
                rest = rest_of_line(m.end())
                post = lex.post_after.search(rest)
                kind = "OFFICIAL" if post and not any(w in post.group() for w in lex.institution_words) else "PERSON"
                add(m.start("name"), m.end("name"), kind, None, None)
        return out

    def _byline_unit(self, norm: str, pos: int) -> int:
        """The length of a unit signing a byline at ``pos`` with the spaces after it (作者：宣传科 顾佳琪: a word
        of the dictionary and a unit's ending), or 0."""
        m = re.match(r"([\u4e00-\u9fff]{3,14})(?=[\s)）]|$)[ \u3000]*", norm[pos:pos + 18])
        word = m.group(1) if m else ""
        if any(word.endswith(u) and len(word) - len(u) >= 2 and (self.lex.freq.get(word[:-len(u)], 0) >= 10 or
                                                               len(word) >= 6 or  # (普格县融媒体中心 阿木日哈: a named unit)
                                                               # (援疆医疗队: words of the dictionary before the ending)
                                                               len(word) >= 5 and self.lex.freq.get(word[-len(u) - 2:-len(u)], 0) >= 10)
               for u in self.lex.byline_units):
            return m.end()
        return 0

    def _byline_name(self, norm: str, pos: int) -> int:
        """A 2-6 character name standing alone between spaces or brackets in a byline (乌云其其格)."""
        m = re.match(r"[\u4e00-\u9fff]{2,6}(?=[\s)）]|$)", norm[pos:pos + 8])
        if not m or any(m.group().startswith(r) for r in self.lex.byline_roles):
            return 0
        if self._byline_unit(norm, pos):
            return 0
        if self.lex.freq.get(m.group(), 0) > 20 and not re.match(r"\s*摄", norm[pos + m.end():pos + m.end() + 3]):
            # a rare word may still be a name (宝音), a common one only before 摄 (记者 高远 摄) or, opening with a
            # family name, before another name of the byline (本报记者 高远 刘晨曦)
            nxt = re.match(r"[ \u3000]+", norm[pos + m.end():pos + m.end() + 3])
            if not (nxt and self._surname_len(m.group()) and
                    self._name_at(norm, pos + m.end() + nxt.end(), {}, strict_end=True)):
                return 0
        return m.end()

    def _listed_names(self, norm: str, p: int, tok_at: dict, noted: bool = False) -> tuple[list[tuple[int, int]], int]:
        """The names from ``p`` on parted by 、 (each followed by a short note in brackets when ``noted``: 林秀琴（语文）),
        and where the list ends."""
        names = []
        while k := self._name_at(norm, p, tok_at, strict_end=True):
            note = _NAME_NOTE.match(norm, p + k) if noted else None
            if noted and note is None:
                break
            names.append((p, p + k))
            p = note.end() if note else p + k
            if norm[p:p + 1] != "、":
                break
            p += 1
        return names, p

    def _places_dotted(self, text: str) -> bool:
        """Whether ``text`` holds two places joined by a dot (余姚·昭觉, 西湖·青川), or 在 before the dot: no
        transliterated name."""
        dot = re.search("[·•・]", text).start()
        after = self.lex.region_short_auto.leftmost_longest(text[dot + 1:])
        return "在" in text[:dot] or bool(after) and after[0][0] == 0 and any(
            b == dot for _, b, _, _ in self.lex.region_short_auto.all(text[:dot]))

    def _surname_len(self, name: str) -> int:
        rules = self.lex.rules
        if name[:2] in rules.compound_surnames and len(name) >= 3:
            return 2
        if name[:1] in rules.surnames:
            return 1
        return 0

    def _name_at(self, norm: str, pos: int, tok_at: dict, strict_end: bool = False) -> int:
        """Length (2-4) of a personal name starting at ``pos``, or 0."""
        lex = self.lex
        dotted = _DOTTED_NAME.match(norm, pos)
        if dotted and self._places_dotted(dotted.group()):
            dotted = None  # (…沈立峰在余姚·昭觉东西部协作…: two places joined by a dot; the name before is an ordinary one)
        if dotted:
            name = dotted.group()
            dot = re.search("[·•・]", name).start()
            if name[:dot].endswith(lex.publication_heads) or any(h in name[dot + 1:] for h in lex.publication_heads):
                return 0  # 农民日报·中国农网, 新甘肃·甘肃日报: publications, no transliterated name
            if "的" in name[:dot]:
                return 0  # (老人|的儿子艾尔肯·买买提: the name starts after who he is)
            # 阿迪力·吐尔洪为食堂…: the name ends before a function word, two characters after the dot at least
            cut = next((i for i in range(dot + 3, len(name)) if name[i] in _NAME_BREAKS or name[i] == "家" or
                        name[i] in lex.dotted_name_adverbs or
                        norm.startswith(lex.roles_after_name + lex.dotted_name_tails, pos + i) or any(
                name.startswith(f, i) or norm.startswith(f, pos + i) for f in self.lex.followers if len(f) > 1)
                or self._common_verb(norm[pos + i:pos + i + 2])  # (…沙吾提家的, …吾守尔实施急诊)
                or name[dot + 1:i] in lex.uyghur_parts and (self._dictionary_verb(norm[pos + i:pos + i + 2]) or
                                                           lex.word_tag.get(norm[pos + i:pos + i + 2], "")[:1] in ("t", "f"))
                and not norm.startswith(lex.mongolian, pos + i)
                # (…·吐尔逊|复查完后, …·吾斯曼|以前: a known part ends the name before any verb or time word of the
                # dictionary; not …·阿不都|热合曼, another part)
                or tok_at.get(pos + i) == pos + i + 1 and self._one_char_verb(name[i])  # (…吐尔逊|骑|电动车)
                or name[i + 1:i + 2] == "着"  # (…艾海提|掰着指头算: a verb and 着)
                or name[i] == "一"), None)  # (…艾尔肯|一脚弧线球: transliterations write 伊 or 依, never 一)
            if cut is not None and name[cut] not in _NAME_BREAKS and cut + 1 <= len(name) and any(
                    norm.startswith(f, pos + cut + 1) for f in self.lex.followers if len(f) > 1):
                cut += 1  # 吐尔洪·艾买提|出席: the verb after the name, not 提出
            if cut is not None:
                return cut  # 艾尔肯·买买提感谢…: before a verb of two characters or more
            closed = not HAN.match(norm[pos + len(name):pos + len(name) + 1] or "。")
            for f in self.lex.followers:  # 吐尔逊·买买提说: the name ends before the verb
                if closed and f in _STOP_CHARS:
                    continue  # (摄影：努尔比亚·阿不都）: a function word closes no clause, the name's own character)
                if name.endswith(f) and "·" not in name[-len(f):] and len(name) - len(f) > name.find("·") + 1:
                    name = name[: -len(f)]
                    break
            return len(name)
        if norm[pos:pos + 1] in lex.mongolian_initials:  # 乌云其其格, 斯琴图雅: Mongolian names of two or three parts
            n = parts = 0
            while parts < 3 and (part := next((w for w in lex.mongolian if norm.startswith(w, pos + n)), None)):
                n, parts = n + len(part), parts + 1
            if parts >= 2 or n >= 3 and (not HAN.match(norm[pos + n:pos + n + 1] or " ") or pos + n in tok_at or
                                          norm.startswith(lex.followers, pos + n)):
                return n
        if norm[pos:pos + 2] in lex.tibetan:  # 扎西, 次仁多吉: Tibetan names of one or two syllables
            if norm[pos + 2:pos + 4] in lex.tibetan:
                if norm[pos + 4:pos + 6] in lex.tibetan and (
                        not HAN.match(norm[pos + 6:pos + 7] or " ") or pos + 6 in tok_at or
                        norm.startswith(lex.followers, pos + 6)):
                    return 6  # 旦增尼玛曲珠说, 强巴土登旺久说: three syllables
                if norm[pos + 4:pos + 5] in lex.tibetan_endings and (
                        not HAN.match(norm[pos + 5:pos + 6] or " ") or pos + 5 in tok_at or
                        norm.startswith(lex.followers, pos + 5)):
                    return 5  # 格桑多布杰: two syllables and a third of one character
                return 4
            if norm[pos + 2:pos + 3] in lex.tibetan_endings and (
                    not HAN.match(norm[pos + 3:pos + 4] or " ") or pos + 3 in tok_at or
                    norm.startswith(lex.followers, pos + 3)):
                return 3  # 才让措, 拉毛吉说: a third syllable of one character
            return 2
        hui = next((g for g in lex.hui_given if norm.startswith(g, pos + 1)), None) \
            if norm[pos + 1:pos + 2] in lex.hui_initials and norm[pos:pos + 1] in lex.rules.surnames else None
        if hui and (not HAN.match(norm[pos + 1 + len(hui):pos + 2 + len(hui)] or " ") or
                    norm.startswith(lex.followers, pos + 1 + len(hui)) or pos + 1 + len(hui) in tok_at):
            return 1 + len(hui)  # 村民马阿不都|推开…, 韩哈三|在海沧…: a Hui given name after the family name
        if norm[pos:pos + 2] in lex.yi_families and all(HAN.match(c) for c in norm[pos + 2:pos + 4]) and (
                not HAN.match(norm[pos + 4:pos + 5]) or pos + 4 in tok_at):
            if norm[pos + 3] == "说" or any(len(f) > 1 and norm.startswith(f, pos + 3) for f in lex.followers):
                return 3  # 俄木初|说: a given name of one, then the verb
            return 4  # 阿苏拉则, 俄木日火: a Yi family name of two syllables and a given name of two
        if norm[pos:pos + 1] in lex.dai_name_initials and HAN.match(norm[pos + 1:pos + 2] or " ") and \
                not lex.freq.get(norm[pos:pos + 2]) and (not HAN.match(norm[pos + 2:pos + 3] or " ") or
                                                         norm.startswith(lex.followers, pos + 2)):
            return 2  # 书记岩罕|告诉记者, 返乡青年岩应|在…: a Dai name of two, no word of the dictionary
        sl = self._surname_len(norm[pos:pos + 3])  # (three characters: a compound family name needs a given name)
        if not sl or norm.startswith("某", pos + sl):
            return 0  # (患者李某, 王某某: a name the text withholds)
        if norm.startswith("边", pos) and "边" in norm[pos + 2:pos + 4]:
            return 0  # "while … while" (游客边采边尝, 市民边试吃边扫码): no family name 边

        def ends_well(e: int) -> bool:
            rest = norm[e:e + 4]
            if not rest or not HAN.match(rest[0]):
                return True
            if strict_end:
                return False
            if rest.startswith(lex.followers):
                return True
            if rest[0] in lex.followers_before_numbers and rest[1:2].isdigit():
                return True  # 田茂林|以608分考入…
            if rest[0] == "刚" and (lex.word_tag.get(rest[1:3], "")[:1] == "v" or rest[1:2] in "到来去赴从" or
                                   e - pos >= 3 and rest[1:2] and self._one_char_verb(rest[1])) and \
                    (not rest.startswith(lex.followers, 1) or e - pos >= 3):
                # 刘晨阳|刚结束…, 刘思敏|刚到团场: an adverb before a verb (not 刘晨|阳刚; but 罗成刚|介绍, 罗成刚|到: a
                # name of two before 刚 and a follower is one of three)
                return True
            if _MANNER_SPEECH.match(norm, e):
                return True  # 王明芬高兴地说: how someone speaks, then the verb
            if _ON_DATE.match(norm, e) and lex.word_tag.get(norm[pos:pos + 2], "nr")[:2] in ("nr", "nz"):
                return True  # (陈德启|于2007年; not 宿舍已|于去年: a plain word opens it)
            particle = next((p for p in lex.name_particles if rest.startswith(p)), "")
            after = norm[e + len(particle):e + len(particle) + 1]
            # (a family name of one character and a given name of one or two: 县长彭云|则表示, 顾晓明|则表示)
            return bool(particle) and bool(HAN.match(after)) and (
                not self._speaks(norm, e + len(particle)) or sl == 1 and e - pos in (2, 3))

        choices = []
        plain = set()  # lengths that read as common words
        for n in (sl + 1, sl + 2, sl + 3):
            if n == sl + 3 and (choices or sl == 2):
                break  # four characters only for names like 扎西次仁, when no shorter name fits
            cand = norm[pos:pos + n]
            if len(cand) != n or not all(HAN.match(c) for c in cand):
                break
            # a dictionary word is a name only when tagged as one, or as a proper noun (文华 nz); nor is a
            # surname followed by a particle (来了)
            common_word = cand in lex.freq and lex.word_tag.get(cand, "nr")[:2] not in ("nr", "nz") and not (
                # a rare word tagged as a place that is no place of the division list (马建国)
                lex.word_tag.get(cand) == "ns" and lex.freq.get(cand, 0) <= 5 and not lex.gaz.by_name(cand))
            common_word = common_word or any(c in "了的着过们吗呢吧是" for c in cand[sl:])  # (专家来了又走, 欧阳锐|是)
            # an adverb after a word the segmenter kept whole (教练于洋|还为…): no name of three running into it
            common_word = common_word or n == 3 and cand[2] in lex.adverb_initials and tok_at.get(pos) == pos + 2
            # a one-character given name that is a verb before its complement of direction (药农富|起来), or that
            # opens a post with the character after it (广州专家任|主任: 任 the verb, 主任 the post)
            common_word = common_word or n == sl + 1 and (norm.startswith(lex.direction_complements, pos + n - 1) or
                                                          norm[pos + n - 1:pos + n + 1] in lex.official_titles)
            # a family name before a frequent verb: 书记王|强调 is no 王强调
            common_word = common_word or n == sl + 2 and lex.word_tag.get(cand[sl:]) == "v" and \
                lex.freq.get(cand[sl:], 0) > 3000
            common_word = common_word or self._coming_to_place(cand)  # 来津, 来汉滨: coming to a place
            # (or to one written by its first character, then what one comes for: 专家来通义诊, 教师来金送教)
            common_word = common_word or cand[0] in lex.movement_surnames and norm.startswith(lex.coming_for, pos + 2)
            # a family name and a post address someone (记者：赵书记，…; 王县长): no given name 书记
            common_word = common_word or cand[sl:] in lex.official_titles or cand[sl:] in lex.person_title_tuple
            # a family name's character before a word of three (工人连|电烙铁|都没摸过): no given name of three
            common_word = common_word or sl == 1 and n == 4 and cand[1:] in lex.freq
            # a family name's character before a frequent time word: 教师于|今年8月底到岗
            common_word = common_word or self._frequent_time_word(cand[sl:])
            # a frequent adverb opening a name of three (专家常年|扎在田间地头): no name
            common_word = common_word or n == 3 and sl == 1 and lex.word_tag.get(cand[:2]) == "d" and \
                lex.freq.get(cand[:2], 0) > COMMON_WORD
            # (or a frequent word the segmenter kept whole and the verb's result after it: 和同组老师商量|好)
            common_word = common_word or n == 3 and sl == 1 and cand[2] in _VERB_RESULTS and \
                tok_at.get(pos) == pos + 2 and lex.freq.get(cand[:2], 0) > COMMON_WORD
            # a plain word and a place or time word after it: 学生毕业后将…, not a name 毕业后
            common_word = common_word or n == 3 and cand[2] in "后前中时里上下内外间" and self._plain_word(cand[:2])
            # a plain word the segmenter kept whole, and a name that would end inside the next token (常态|化同)
            # (but not one ending where a one-character verb closes that token: 市长方志|诚率|党政代表团)
            common_word = common_word or (n == 3 and tok_at.get(pos) == pos + 2 and self._plain_word(cand[:2])
                                          and tok_at and pos + 3 not in tok_at and not (
                                              tok_at.get(pos + 2) == pos + 4 and norm[pos + 3] in lex.verbs_joined_to_names))
            # a dictionary word of three opening with a frequent plain word (宿舍|楼, tagged as a name): no name
            common_word = common_word or n == 3 and cand in lex.freq and self._plain_word(cand[:2]) and \
                lex.freq.get(cand[:2], 0) > 500
            if n == sl + 3:
                # 扎西次仁 yes, 全力抓好 no: no common word inside a four-character name
                common_word = common_word or any(lex.freq.get(cand[i:j], 0) > 50 for i in range(3) for j in
                                                 range(i + 2, 5) if not lex.word_tag.get(cand[i:j], "").startswith("nr"))
            if ends_well(pos + n) and not common_word:
                verb_end = tok_at.get(pos + n - 1)
                if n == sl + 3 and sl + 2 not in plain and verb_end is not None and \
                        lex.word_tag.get(norm[pos + n - 1:verb_end], "")[:1] == "v" and not strict_end:
                    n -= 1  # 张|启明|蹲|在地头, 马|德福|坐在: a verb's word opening on the fourth character
                choices.append(n)
            elif common_word:
                plain.add(n)
        if not choices:
            # no known word follows: trust the segmenter when it made the name one word
            tok = tok_at.get(pos)
            word = norm[pos:tok] if tok else ""
            if tok is not None and 2 <= tok - pos <= 3 and not strict_end and all(HAN.match(c) for c in word) \
                    and (lex.word_tag.get(word, "nr").startswith("nr") or not lex.freq.get(word)) \
                    and not (len(word) == 3 and self._plain_word(word[:2])) \
                    and word[sl:] not in lex.official_titles and word[sl:] not in lex.person_title_tuple \
                    and not self._coming_to_place(word):  # 常态化 is no 常 family member, 来津 no 来, 赵书记 no name
                if tok - pos == 2 and sl == 1 and tok_at.get(tok) == tok + 1 and HAN.match(norm[tok]) and \
                        norm[tok] not in _STOP_CHARS and norm[tok] not in _NAME_BREAKS and \
                        not self._one_char_verb(norm[tok]) and tok + 1 in tok_at and \
                        lex.freq.get(norm[tok + 1:tok_at[tok + 1]], 0) > RARE_WORD:
                    return 3  # 县长刘海|波|座谈: a lone character between the segmenter's name and a word is its end
                return tok - pos
            # a family name and a given name the segmenter took for a word of its own (王|光明, 刘|国庆, a rare adverb:
            # 周|立新), not a
            # verb or a function word (王|强调)
            given = tok_at.get(pos + 1) if sl == 1 else None
            if given == pos + 3 and not strict_end and all(HAN.match(c) for c in norm[pos + 1:pos + 3]) and \
                    (lex.word_tag.get(norm[pos + 1:pos + 3], "n") in ("n", "nr", "nz", "t", "a") or
                     lex.word_tag.get(norm[pos + 1:pos + 3]) == "d" and lex.freq.get(norm[pos + 1:pos + 3], 0) <= RARE_WORD or
                     # (陈|启明, 孙|启明|通过…: a rare verb)
                     lex.word_tag.get(norm[pos + 1:pos + 3]) == "v" and lex.freq.get(norm[pos + 1:pos + 3], 0) <= RARE_WORD or
                     # (顾|卫国, 田|茂林: a word tagged as a place that is no place of the division list)
                     lex.word_tag.get(norm[pos + 1:pos + 3]) == "ns" and lex.freq.get(norm[pos + 1:pos + 3], 0) <= 500
                     and not lex.gaz.by_name(norm[pos + 1:pos + 3])) and \
                    not self._frequent_time_word(norm[pos + 1:pos + 3]) and \
                    norm[pos + 1:pos + 3] not in lex.official_titles and norm[pos + 1:pos + 3] not in lex.person_title_tuple and \
                    not self._coming_to_place(norm[pos:pos + 3]):  # (专家来|湟源: coming to a place; 于|今年: a date;
                # 赵|书记: a post addressing someone)
                return 3
            return 0
        if choices[:1] == [2] and sl == 1 and norm.startswith(tuple(lex.name_particles), pos + 2):
            return 2  # 彭云|则表示
        if len(choices) == 2:
            end = pos + choices[1]
            if choices[1] == choices[0] + 1 and norm[end - 1] in "说讲称道" and \
                    (end >= len(norm) or not HAN.match(norm[end])):
                return choices[0]  # 周宏|说。 (the segmenter's 周宏说): a verb of speech closing the sentence
            if norm[pos + choices[0]] in "和与及" and choices[1] == choices[0] + 1 and \
                    norm.startswith(lex.verb_followers, pos + choices[1]):
                return choices[1]  # 孟庆和|率…: 和 ends the given name when a verb follows it, no "and"
            if choices[1] == choices[0] + 1 and norm.startswith(_POST_VERBS, pos + choices[0]):
                return choices[0]  # 许哲|挂任 (not 许哲挂|任): a verb of the post held right after the name
            tok = tok_at.get(pos)
            if tok is not None and tok - pos in choices:
                return tok - pos
            if tok_at.get(pos + sl) == pos + choices[1] and choices[1] - sl == 2 and not (
                    norm.startswith(_POST_VERBS, pos + choices[0])):  # (欧阳|立挂|任: 欧阳立 挂任)
                return choices[1]  # 吴|东来|共同出席: the segmenter's given name of two, not 吴东 coming (来)
            # both lengths end well: the shorter name when a follower word starts right after it
            # (冯伟收到, 李明说), else the longer (赵小林、)
            rest = norm[pos + choices[0]:]
            return choices[0] if any(rest.startswith(f) for f in lex.followers if f not in "和与及、") \
                else choices[1]
        return choices[0]

    def _heads_company(self, norm: str, end: int, values) -> bool:
        """A city's or province's short form that starts a company's name although the segmenter cut it
        (无|锡华|宏…有限公司): the name runs on to a company ending."""
        places = [self.lex.gaz.place(k) for k, _ in values]
        if not any(p is not None and p.level in ("province", "prefecture") for p in places):
            return False
        run = re.match(r"[\u4e00-\u9fff]{2,20}", norm[end:])
        if not run:
            return False
        ends = [run.group().find(w) for w in self.lex.endings_by_type["ENTERPRISE"] if "公司" in w and w in run.group()]
        brand = run.group()[:min(ends)] if ends else ""
        # (上|海瑞|和|医药集团有限公司: 和 inside a brand of two characters, not a list of two names)
        return bool(ends) and not any(c in _STOP_CHARS and not (c == "和" and i <= 1) for i, c in enumerate(brand))

    def _titled(self, norm: str, pos: int) -> bool:
        """A title starts at ``pos`` or a few characters on (麻醉科副主任医师): what stands before is no name."""
        window = norm[pos:pos + 10]
        if re.match(rf"[0-9{CN_DIGITS}]+[名位人]", window):
            return False  # (梁志坚、何少芬2名专家: the count of those named, then what they are)
        cut = next((i for i, c in enumerate(window) if c in PUNCT), len(window))  # (刘雅琴、孙宏涛，区政协秘书长…)
        return any(s <= 4 for s, _, _, _ in self.lex.title_auto.leftmost_longest(window[:cut])[:1])

    def _kind_of_posts(self, text: str, posts: list) -> str:
        """OFFICIAL or PERSON for one who holds the posts found in ``text``: the last post decides when it is a
        professional one (…针灸科主任，挂职环县中医医院副院长 → PERSON), else any post of state or 挂职 makes
        an official."""
        if posts[-1][3] == "PERSON" and len(posts[-1][2]) > 1:
            return "PERSON"
        return "OFFICIAL" if _SECONDED.search(text) or any(p[3] == "OFFICIAL" for p in posts) else "PERSON"

    def _coming_to_place(self, word: str) -> bool:
        """A verb of coming or going and a place or a plain word (来津, 赴陕, 来汉滨, 来支教), not a family name
        and a given name."""
        return word[0] in self.lex.movement_surnames and (
            word[1:] in self.lex.province_abbreviations or self._place_word(word[1:]) or self._plain_word(word[1:])
            or word[1:2] in _HERE_PLACES  # (来院坐诊, 到校, 来村: coming to the institution or place spoken of)
            or len(word) == 4 and self._place_word(word[1:3]))  # (专家来绥江多是短期考察)

    def _place_word(self, word: str) -> bool:
        """A place's name or short form (克州 once the text defines it is not known here; 汉滨, 陕西 are)."""
        return bool(self.lex.gaz.by_name(word)) or bool(self.lex.region_short_auto.leftmost_longest(word)) and \
            self.lex.region_short_auto.leftmost_longest(word)[0][:2] == (0, len(word))

    def _one_char_verb(self, char: str) -> bool:
        """A frequent verb of one character the segmenter cut alone (骑, 跑): it ends a transcribed name before it
        (艾克拜尔·吐尔逊|骑|电动车), unless names are made of it (来, 提: 阿布来提)."""
        lex = self.lex
        return char not in lex.name_syllable_verbs and lex.freq.get(char, 0) > COMMON_WORD and \
            lex.word_tag.get(char, "")[:1] == "v"

    def _dictionary_verb(self, word: str) -> bool:
        """A verb of two characters or more the dictionary holds, however rare (复查, 就诊)."""
        return len(word) > 1 and self.lex.word_tag.get(word, "")[:1] == "v"

    def _common_verb(self, word: str) -> bool:
        """A frequent verb, adverb, preposition or adjective of the dictionary (实施, 正在, 成功): no part of a transcribed
        name."""
        lex = self.lex
        return len(word) > 1 and lex.freq.get(word, 0) > COMMON_WORD and lex.word_tag.get(word, "")[:1] in ("v", "d", "p", "a")

    def _common_word(self, m: Mention) -> bool:
        """A short form that is a common word first (合作 of 合作市, not 水城 of 水城区)."""
        lex = self.lex
        return not m.official and lex.freq.get(m.text, 0) > COMMON_WORD and \
            lex.word_tag.get(m.text, "")[:2] not in ("ns", "nr", "nz")

    def _name_after_plain_noun(self, norm: str, pos: int, n: int) -> int:
        """The length of a name of ``n`` characters at ``pos`` after a title that is also a plain noun (干部), or 0:
        no function word (干部|和村…, 干部|但…), dictionary word (群众, 常态, 马上, 高原), place (南疆, 苏|援疆) or verb
        (包|联, 原|挂职) opens it, and it ends before a word that follows names (干部周屹|现挂职, not 周屹现)."""
        lex = self.lex
        first = norm[pos:pos + 2]
        if norm[pos] in _STOP_CHARS or lex.word_tag.get(norm[pos], "")[:1] in ("c", "p", "d") or \
                self._one_char_verb(norm[pos]) or lex.word_tag.get(first, "nr")[:2] not in ("nr", "nz") or \
                self._place_word(first) or norm[pos] in lex.province_abbreviations and norm[pos + 1:pos + 2] == "援" or \
                lex.word_tag.get(norm[pos + 1:pos + 3], "")[:1] == "v" and lex.freq.get(norm[pos + 1:pos + 3], 0) > 50:
            return 0
        if n == 3 and any(len(f) > 1 and norm.startswith(f, pos + 2) for f in lex.followers):
            return 2
        return n

    def _frequent_time_word(self, word: str) -> bool:
        """A time word too frequent to be a given name (今年, 目前; not 国庆, nor a season of one character: 韩冬|率)."""
        return len(word) > 1 and self.lex.word_tag.get(word) == "t" and self.lex.freq.get(word, 0) > COMMON_WORD

    def _two_verbs(self, stem: str) -> bool:
        """Two verbs of two characters (跟班|学习): what is done, no village's name (前进村, 联合村 are one)."""
        tag = self.lex.word_tag
        return len(stem) == 4 and tag.get(stem[:2]) == "v" and tag.get(stem[2:]) == "v"

    def _plain_word(self, word: str) -> bool:
        """A frequent dictionary word that is no name, place or proper noun (常态, 工作)."""
        return self.lex.freq.get(word, 0) > 50 and self.lex.word_tag.get(word, "")[:2] not in ("nr", "ns", "nz")

    def _speaks(self, norm: str, pos: int) -> bool:
        """A verb of speech at ``pos`` (说, 表示, 介绍…)."""
        return norm.startswith(self.lex.speech_verbs, pos)

    def _official_posts(self, norm: str, start: int, end: int) -> list[tuple[int, int, str, object]]:
        """The official titles in ``norm[start:end]`` (offsets relative to ``start``), in order; a title that is also
        a plain noun is no post held (总指挥的钱振宇带领首批援建|干部: the post is 总指挥)."""
        return [t for t in self.lex.title_auto.leftmost_longest(norm[start:end])
                if t[3] == "OFFICIAL" and t[2] not in self.lex.plain_noun_titles]

    def _title_start(self, norm: str, start: int, taken: list[Mention], people: list[Mention]) -> int:
        """Where the post whose title word starts at ``start`` begins: its clause's start, moved past an
        earlier name in the clause and past the last word that is never part of a post
        (区委书记赵小林、区人大常委会主任曹宇 → 区人大常委会主任; 得到了咸阳市委书记 → 咸阳市委书记)."""
        pos = _clause_start(norm, start)
        pos = max([pos] + [p.end for p in people if pos <= p.end <= start])
        names = [(m.start, m.end) for m in taken if m.start < start and m.end > pos]
        cut = pos
        for s, e, _word, _kind in self.lex.title_stops.leftmost_longest(norm[pos:start]):
            if not any(a < pos + e and pos + s < b for a, b in names):  # not inside 和平区 or 同心县
                cut = pos + e
        while cut < start and norm[cut] in "、和与及 \u3000":
            cut += 1
        return cut

    # --------------------------------------------------------------- resolution
    def resolve(self, doc_id: str, norm: str, regions: list[Mention], orgs: list[Mention],
                people: list[Mention], original: str | None = None) -> dict[str, Entity]:
        """Entities of the document from its mentions. ``original``: the text as written (same offsets as
        ``norm``); names written in traditional characters keep that form (北京綠源冷鏈物流有限公司), with the
        simplified one, which keys and matching use, among the aliases; a place gets the written form as an alias."""
        gaz = self.lex.gaz
        entities: dict[str, Entity] = {}

        def written(start: int, end: int) -> str | None:
            """The text as written at [start, end) when its characters differ from the normalised ones."""
            if original is None:
                return None
            w = original[start:end]
            return w if any(a != b and HAN.match(a) for a, b in zip(w, norm[start:end])) else None
        self._resolve_regions(regions)
        self._listed_counties(norm, regions)
        for m in regions:
            if m.attrs.get("alias_of") is not None:
                m.key = m.attrs["alias_of"].key  # a short name the text defines (克州): the place it stands for
        regions[:] = [m for m in regions if m.key]
        self._division_cities(regions)

        def region_key_in(start, end) -> Mention | None:
            """The place a name starts with: the innermost of the chain of places at its start
            (汉滨区第三人民医院 → 汉滨区, 日喀则市山东实验中学 → 日喀则市, not 山东)."""
            inner = sorted((m for m in regions if start <= m.start and m.end <= end), key=lambda m: (m.start, -m.end))
            if not inner or inner[0].start > start + 2:  # 中共从江县委: a short prefix before the place
                return inner[-1] if inner and len(inner) == 1 else None
            chain = [inner[0]]
            for m in inner[1:]:
                if m.start == chain[-1].end and m.key and chain[-1].key and \
                        (m.key.startswith(chain[-1].key + "/") or gaz.is_within(m.key, chain[-1].key)):
                    chain.append(m)
            return chain[-1]

        def add(m: Mention, key: str, name: str, typ: str, attrs: dict):
            w, also = written(m.start, m.end), None
            if w is not None and typ != "REGION" and name == norm[m.start:m.end]:
                name, also = w, name  # 北京綠源冷鏈物流有限公司, and 北京绿源冷链物流有限公司 among the aliases
            elif w is not None:
                also = w  # a place: its official name, the written form among the aliases
            ts = m.attrs.get("title_start")
            if attrs.get("title") and ts is not None and norm.startswith(attrs["title"], ts):
                attrs = {**attrs, "title": written(ts, ts + len(attrs["title"])) or attrs["title"]}
            ent = entities.get(key)
            if ent is None:
                ent = entities[key] = Entity(key=key, type=typ, name=name, attrs=dict(attrs))
            elif len(name) > len(ent.name):
                ent.aliases.add(ent.name)
                ent.name = name
            if name != ent.name:
                ent.aliases.add(name)
            for k, v in attrs.items():
                ent.attrs.setdefault(k, v)
            if typ == "OFFICIAL" and ent.type == "PERSON":
                ent.type = "OFFICIAL"
            if also and also != ent.name:
                ent.aliases.add(also)
            ent.spans.append(m.span)
            m.key = key

        for m in regions:
            attrs = {}
            place = gaz.place(m.key) if not m.key.startswith("region:?") else None
            if place:
                attrs.update(region_entity(gaz, m.key).attrs)
            else:
                attrs.update({k: v for k, v in m.attrs.items() if k in ("level", "parent", "qualified")})
                parent = m.attrs.get("parent")
                if parent and gaz.place(parent.split("/")[0] if "/" in parent else parent):
                    side = _side(gaz, parent.split("/")[0] if "/" in parent else parent)
                    if side:
                        attrs["side"] = side
            name = place.name if place and m.official and m.text == place.name else m.text
            add(m, m.key, name, "REGION", attrs)
            ent = entities[m.key]
            if place and m.text != place.name:
                ent.aliases.add(m.text)

        # organisations: keyed by type + the innermost region's key + the rest of the name
        full_names = {}
        for m in sorted(orgs, key=lambda m: -(m.end - m.start)):
            inner = region_key_in(m.start, m.end)
            rest = norm[inner.end:m.end] if inner else norm[m.start:m.end]  # keys from the normalised text
            rest = self._long_ending(rest, m.type, inner, entities)
            if inner and m.type == "ORGANIZATION" and inner.start > m.start:
                rest = norm[m.start:inner.start] + "…" + rest  # 民盟珠海市委会 and 民进珠海市委会: two parties' committees
            if m.attrs.get("alias_of"):
                continue  # a short name the text defines: given its full name's key below
            if m.attrs.get("generic_prefix"):
                # 县人民医院: the one organisation of the document whose name ends alike
                longs = self._long_forms(m.attrs["suffix"])
                target = next((k for k, e in entities.items() if e.type == m.type and e.name != m.text and (
                    e.name.endswith(m.text) or any(e.name.endswith(m.text[:-len(m.attrs["suffix"])] + long)
                                                   for long in longs))), None)
                if target:
                    add(m, target, entities[target].name, m.type, {})
                continue
            key = f"org:{m.type}:{inner.key if inner else ''}:{rest}"
            if m.attrs.get("registered"):
                key = f"org:ENTERPRISE::{m.attrs['registered']}"  # (中国石化 and 中国石油化工集团有限公司: one company)
            # a short form tied to its full name (立华牧业 → 江苏立华牧业股份有限公司)
            if m.type == "ENTERPRISE" and not m.attrs.get("registered"):  # (not 中国石化 of 中国石化西藏石油分公司)
                for fk, full in full_names.items():
                    if full.type == "ENTERPRISE" and m.text in full.name and m.text != full.name:
                        key = fk
                        break
            attrs = {"region": inner.key} if inner else {}
            if m.type in ("SCHOOL", "HOSPITAL") and m.text.endswith(_BRANCH_ENDINGS):
                branch = self._branch_place(norm[m.start:m.end - 2])
                if branch:
                    attrs["region"] = branch  # (…明湖实验学校布拖分校: the branch is where its name places it)
            add(m, key, m.text, m.type, attrs)
            full_names.setdefault(key, entities[key])
            # its name without the outer places it opens with (宁夏回族自治区固原市隆德县沙塘镇人民政府 → 隆德县沙塘镇
            # 人民政府, 沙塘镇人民政府): as people call it, among the aliases
            pos = m.start
            while inner and pos < inner.start and (step := next((r for r in regions if r.start == pos and r.key and
                                                                  r.end <= inner.start), None)):
                pos = step.end
                alias = written(pos, m.end) or norm[pos:m.end]
                if alias != entities[key].name:
                    entities[key].aliases.add(alias)
        for m in orgs:
            full = m.attrs.get("alias_of")
            if full is not None and full.key:
                add(m, full.key, m.text, full.type, {})
        for m in orgs:
            # the bracket defining a short name belongs to the name's mention for the relation rules:
            # "X（以下简称“Y”）与Z签订协议" reads as X与Z
            m.end = m.attrs.pop("defined_until", m.end)
        bodies = sorted((m for m in orgs if m.type == "GOVERNMENT" and m.key), key=lambda m: m.end)

        def body_in(start, end) -> Mention | None:
            """The body a post names: the last one inside the title (挂职永寿县委常委、副县长 → 永寿县委)."""
            inside = [m for m in bodies if start <= m.start and m.end <= end]
            return inside[-1] if inside else None

        # people: keyed by name plus the region their post names
        by_name: dict[str, str] = {}
        for m in people:
            title_region = title_body = None
            ts = m.attrs.get("title_start")
            if ts is not None:
                title_region = region_key_in(ts, m.start)
                title_body = body_in(ts, m.start)
            if m.text in by_name:
                key = by_name[m.text]
            else:
                key = f"person:{m.text}|{title_region.key if title_region else doc_id}"
                by_name[m.text] = key
            attrs = {}
            if m.attrs.get("title"):
                attrs["title"] = m.attrs["title"]
            if title_region:
                attrs["region"] = title_region.key
            if title_body:
                attrs["body"] = title_body.key
            add(m, key, m.text, m.type, attrs)
        return entities

    def _long_forms(self, short: str) -> list[str]:
        """The long forms of a short ending (中院 → 中级人民法院; 一中 → 第一中学), none if it is none."""
        return self.lex.key_synonyms.get(short) or ([_numbered_long(short)] if _numbered_long(short) else [])

    def _long_ending(self, rest: str, typ: str, inner: Mention | None, entities: dict) -> str:
        """The rest of a name's key with a short ending written long (南京中院 → 中级人民法院, 沿河中职 → 中等职业学校); of
        two long forms, the one an organisation of the document already has (职教中心 → 职业技术教育中心)."""
        longs = self._long_forms(rest)
        if not longs and inner is None:
            # (a name of no place of the gazetteer, its ending written short: 红其拉甫边检站, 红其拉甫出入境边防检查站)
            short = next((k for k, v in self.lex.key_synonyms.items() if len(k) >= 3 and rest.endswith(k) and rest != k
                          and len(v) == 1), None)
            if short is not None:
                return rest[:-len(short)] + self.lex.key_synonyms[short][0]
        if not longs:
            return rest.replace("人民政府", "政府")
        place = inner.key if inner else ""
        return next((long for long in longs if f"org:{typ}:{place}:{long}" in entities), longs[0])

    def _division_cities(self, regions: list[Mention]) -> None:
        """A division of the Corps written with the city it governs (第一师阿拉尔市) is one place, the division; the
        city named alone in the same text (阿拉尔市) is that place too."""
        cities = self.lex.division_cities
        by_start = {m.start: m for m in regions}
        merged, joined = {}, set()
        for m in regions:
            city = by_start.get(m.end)
            if m.key in cities and city is not None and city.key in cities[m.key]:
                m.end, m.text = city.end, m.text + city.text
                joined.add(id(city))
                merged[city.key] = m.key
        if merged:
            regions[:] = [m for m in regions if id(m) not in joined]
            for m in regions:
                m.key = merged.get(m.key, m.key)

    def _listed_counties(self, norm: str, regions: list[Mention]) -> None:
        """Short forms left unresolved in a list beside a county (宁夏海原、西吉、隆德三县): the one county of the
        same province each may name, when the dictionary has the word as a name or none, or a count of counties
        closes the list (同心、盐池两县)."""
        gaz = self.lex.gaz
        lex = self.lex

        def counties(m: Mention) -> dict[str, str]:
            """province -> the county ``m`` names there, for the provinces where it names just one"""
            keys = [m.key] if m.key else m.candidates
            by: dict[str, list[str]] = {}
            for k in keys:
                if gaz.place(k) is not None and gaz.place(k).level == "county":
                    by.setdefault(gaz.chain(k)[-1].key, []).append(k)
            return {p: ks[0] for p, ks in by.items() if len(ks) == 1}
        # a list of counties counted (海原、西吉、隆德三县) with no place to anchor it: the one province all may be in
        i = 0
        while i < len(regions):
            j = i
            while j + 1 < len(regions) and norm[regions[j].end:regions[j + 1].start] in _LIST_JOINS:
                j += 1
            items = regions[i:j + 1]
            i = j + 1
            if len(items) < 2 or _COUNTIES_COUNTED.match(norm, items[-1].end) is None or \
                    any(m.official and not m.key for m in items):
                continue
            each = [counties(m) for m in items]
            common = set(each[0]).intersection(*each[1:])
            if len(common) == 1:
                province = common.pop()
                for m, by in zip(items, each):
                    m.key = m.key or by[province]
        for order in (regions, regions[::-1]):
            for i in range(1, len(order)):
                m, near = order[i], order[i - 1]
                if m.key or m.official or not m.candidates or not near.key or \
                        norm[min(m.end, near.end):max(m.start, near.start)] not in _LIST_JOINS:
                    continue
                place = gaz.place(near.key)
                if place is None or place.level != "county":
                    continue
                province = gaz.chain(near.key)[-1].key
                same = [k for k in m.candidates if gaz.place(k) and gaz.place(k).level == "county"
                        and gaz.chain(k)[-1].key == province]
                last = max(m, near, key=lambda x: x.end)
                counted = _COUNTIES_COUNTED.match(norm, last.end) is not None
                if len(same) == 1 and (counted or lex.word_tag.get(m.text, "") in _NAME_TAGS):
                    m.key = same[0]

    def _resolve_regions(self, regions: list[Mention]) -> None:
        """Choose one place per mention, using the other places named in the document."""
        gaz = self.lex.gaz
        lex = self.lex
        context: dict[str, int] = {}

        chains: dict[str, list[str]] = {}

        def chain_keys(key):
            keys = chains.get(key)
            if keys is None:
                keys = chains[key] = [p.key for p in gaz.chain(key)]
            return keys

        official_keys = set()
        for m in regions:
            # reliable anchors: unambiguous official names above village level, not plain two-character words
            if m.official and len(m.candidates) == 1 and len(m.text) >= 3 and \
                    gaz.place(m.candidates[0]) and gaz.place(m.candidates[0]).level != "village":
                official_keys.add(m.candidates[0])
                for k in chain_keys(m.candidates[0]):
                    context[k] = context.get(k, 0) + 1
        # places the text writes short with their level, one place only (酉阳县 of 酉阳土家族苗族自治县): their bare
        # stem (在酉阳，…) names them too
        written_with_level = {m.candidates[0] for m in regions if not m.official and len(m.candidates) == 1 and
                              len(m.text) >= 3 and m.text[-1] in "县旗"}
        prev_of = {}
        anchored: dict[str, set[str]] = {}  # a township's or village's text -> the places it was written after
        for i, m in enumerate(regions):
            if i and regions[i - 1].end == m.start:
                prev_of[id(m)] = regions[i - 1]
        for _round in range(2):
            for m in regions:
                if m.attrs.get("level") == "zone" or not m.candidates:
                    continue
                scored = []
                for k in m.candidates:
                    place = gaz.place(k)
                    if place is None:
                        continue
                    score = sum(context.get(a, 0) for a in chain_keys(k)[1:]) + 3 * context.get(k, 0)
                    prev = prev_of.get(id(m))
                    prefixed = prev is not None and any(gaz.is_within(k, c) for c in prev.candidates)
                    scored.append((score + (1000 if prefixed else 0), -LEVEL_RANK[place.level], k))
                if not scored:
                    continue
                scored.sort(reverse=True)
                best = scored[0]
                place = gaz.place(best[2])
                ties = [x for x in scored if x[:2] == best[:2]]
                parent = place.parent if place.parent and gaz.place(place.parent) and \
                    gaz.place(place.parent).level != "province" else None
                known = best[2] in official_keys or best[0] >= 1000 or (parent is not None and context.get(parent, 0) > 0)
                # a city whose county the text names (毕节 beside 纳雍县), although its short form is a plain word
                known = known or place.level == "prefecture" and context.get(best[2], 0) > 0 or \
                    best[2] in written_with_level
                if place.level in ("village", "township") and best[0] > 0:
                    known = True
                if place.level == "village" and m.text[0] in lex.township_non_initials and best[0] < 1000 and not any(
                        context.get(a, 0) for a in chain_keys(best[2])[1:]
                        if gaz.place(a) and gaz.place(a).level in ("county", "township")):
                    best = (0,) + best[1:]  # 和农村 after 提升: a village starting with 和 needs its county or township
                if place.level == "village" and best[0] == 0:
                    # villages share names across the country: only with their county or township named; one
                    # written right after a township of another county is that township's (将台堡镇毛沟村)
                    m.key = None
                    prev = prev_of.get(id(m))
                    if prev is not None and (prev.attrs.get("level") == "township" or
                                             prev.candidates and all("/" in k for k in prev.candidates)):
                        m.candidates = []
                        m.attrs["level"] = "village"
                    continue
                if not m.official and best[0] < 1000 and best[2] not in official_keys and self._common_word(m) \
                        and not best[2].startswith(lex.corps_key) and not (  # (兵团 is the Corps)
                        place.level == "prefecture" and m.text not in lex.plain_word_cities):  # (保定, 恩施, 孝感)
                    m.key = None  # 两地合作的重点 beside 甘南藏族自治州: the word, not 合作市 (unless written so)
                    continue
                if not m.official:
                    tag = lex.word_tag.get(m.text, "")
                    in_dict = lex.freq.get(m.text, 0) > 0
                    # a short form is taken alone when it is no plain word: a province, a city's stem or a
                    # stem with its level (东乡县) that the dictionary knows as a name, or no dictionary word at all
                    plain = place.level == "province" or not in_dict or (
                        m.text not in lex.plain_word_cities if place.level == "prefecture" else
                        tag in ("", "ns", "nr", "nz", "j") and m.text[-1] in "县州旗盟市区")
                    if not known and (not plain or len(ties) > 1):
                        # a province's short form that a county of a city named nearby shares (河北 beside
                        # 天津市, which has a 河北区): the county is not made sure of, the province is the name
                        province = next((x[2] for x in scored if gaz.place(x[2]).level == "province"), None)
                        m.key = province
                        continue
                elif len(m.text) <= 2 and not known and not (
                        len(m.candidates) == 1 and m.text[-1] in "县旗" and lex.word_tag.get(m.text) in ("ns", "n")
                        and lex.freq.get(m.text, 0) < RARE_WORD):  # 环县, 岷县: the dictionary knows them as places
                    # (or as rare nouns: 理县)
                    # two-character official names are often plain words (城区, 城镇)
                    m.key = None
                    continue
                elif best[0] == 0 and len(ties) > 1:
                    # an ambiguous official name with no context (和平区, 鼓楼区)
                    m.key = f"region:?/{m.text}"
                    m.attrs.setdefault("level", _level_from_name(m.text))
                    continue
                m.key = best[2]
                if best[0] >= 1000 and place.level in ("township", "village"):
                    anchored.setdefault(m.text, set()).add(best[2])
                if _round == 0 and m.official:
                    for k in chain_keys(m.key):
                        context[k] = context.get(k, 0) + 1
        # a township or village written after its county or city once (东莞市长安镇) is that one wherever the text
        # names it alone, before or after (在长安镇，…: not 威信县's 长安镇 because 昭通 is named too)
        for m in regions:
            keys = anchored.get(m.text)
            if keys and len(keys) == 1 and m.key and m.key not in keys and next(iter(keys)) in m.candidates and \
                    id(m) not in prev_of:
                m.key = next(iter(keys))
        # a township or village right after a county or township it does not belong to in the gazetteer
        # (钟山区荷城街道: the gazetteer's only 荷城街道 is in Guangdong): the text's order wins
        for m in regions:
            prev = prev_of.get(id(m))
            if m.key and m.key.startswith("region:?") and m.attrs.get("level") in ("township", "village") and \
                    prev is not None and prev.key and (pp := gaz.place(prev.key)) is not None and \
                    pp.level in ("county", "township"):
                # 郧阳区茶店镇, the gazetteer's 茶店镇 all elsewhere: the one of the county named before it
                m.key, m.candidates = None, []
                continue
            place = gaz.place(m.key) if m.key else None
            if place is None or place.level not in ("township", "village") or prev is None:
                continue
            if not prev.key and not prev.candidates and prev.attrs.get("level") == "township":
                # 巫溪县红池坝镇茶山村 with no 红池坝镇 in the gazetteer: the village is that township's, not
                # the gazetteer's 茶山村 of another township
                m.key, m.candidates = None, []
                m.attrs["level"] = place.level
                continue
            if not prev.key:
                continue
            prev_place = gaz.place(prev.key)
            if prev_place is not None and prev_place.level in ("county", "township") and \
                    not gaz.is_within(m.key, prev.key):
                m.key, m.candidates = None, []
                m.attrs["level"] = place.level
        # townships and villages outside the gazetteer, right after their county or township
        by_end = {m.end: m for m in regions if m.key}

        def place_after_parents():
            for m in regions:
                if m.key is None and m.attrs.get("level") in ("township", "village") and not m.candidates:
                    prev = by_end.get(m.start)
                    county = m.attrs.get("listed_after")
                    if prev is None and county is not None:
                        prev = county  # the county opening the list
                    if prev is not None and prev.key and not prev.key.startswith("region:?"):
                        m.attrs.pop("listed_after", None)
                        m.key = f"{prev.key}/{_regiment_in_words(m.text)}"
                        m.attrs["parent"] = prev.key
                        m.attrs["qualified"] = (prev.attrs.get("qualified") or gaz.qualified(prev.key)) + m.text
                        by_end[m.end] = m
        place_after_parents()
        for m in regions:
            if m.attrs.pop("lone", None) and m.key is None and not m.candidates:
                m.key = f"region:?/{m.text}"  # (a 嘎查 named alone, unknown to the list: a place of its own)
        # a village or township named again alone is the one the text placed before (将台堡镇毛沟村 … 向毛沟村捐赠)
        # (or resolved elsewhere by the context: 庄浪县万泉镇吴庙村 … 为吴庙村修建, not 静宁县's 吴庙村)
        placed = {m.text: m for m in regions if m.key and m.attrs.get("level") in ("township", "village")}
        after_parent = {}
        for m in regions:
            if m.key and m.attrs.get("level") in ("township", "village") and by_end.get(m.start) is not None:
                after_parent.setdefault(m.text, m)
        for m in regions:
            first = after_parent.get(m.text)
            if first is not None and m is not first and m.start > first.start and m.key != first.key and \
                    by_end.get(m.start) is None:
                m.key, m.candidates = first.key, []
                m.attrs.update({k: v for k, v in first.attrs.items() if k in ("level", "parent", "qualified")})
                continue
            first = placed.get(m.text)
            if m.key is None and first is not None:
                m.key, m.candidates = first.key, []
                m.attrs.update({k: v for k, v in first.attrs.items() if k in ("level", "parent", "qualified")})
        # (and a village after the township named again so: 将台堡镇毛沟村, the township placed before)
        by_end.update({m.end: m for m in regions if m.key})
        place_after_parents()
        for m in regions:
            m.attrs.pop("listed_after", None)
        # zones: under the city named in or just before them
        for m in regions:
            if m.attrs.get("level") != "zone":
                continue
            inner = sorted((r for r in regions if r is not m and r.key and m.start <= r.start and r.end <= m.end),
                           key=lambda r: r.start)
            before = [r for r in regions if r.key and r.end <= m.start and m.start - r.end <= 30
                      and gaz.place(r.key) is not None]  # a city or county of the gazetteer, not another zone
            # the last of the places opening it (天津|东丽|经济技术开发区: under 东丽区)
            chain = inner[:1]
            for r in inner[1:]:
                if r.start == chain[-1].end:
                    chain.append(r)
            parent = chain[-1].key if chain else None
            rest = m.text[chain[-1].end - m.start:] if chain else m.text
            if parent is None and m.text in lex.bare_zones and before and not any(
                    r.end <= m.start and self._zone_short(r.text).endswith(m.text) and len(r.text) > len(m.text)
                    for r in regions):
                # (not one named in full before: 广元经开区 … 来湖州之前…，是经开区承诺的…: the same zone, below)
                parent = before[-1].key
                while parent and gaz.place(parent) and gaz.place(parent).level not in ("prefecture", "province"):
                    parent = gaz.place(parent).parent
            # (济南高新技术产业开发区 and 济南高新区: one node)
            m.key = f"{parent}/{self._zone_short(rest)}" if parent else f"region:?/{m.text}"
            m.attrs["parent"] = parent
            if parent:
                m.attrs["qualified"] = gaz.qualified(parent) + rest
        # zones named bare after being named in full: one node (航天基地 → 西安航天基地)
        full = [m for m in regions if m.attrs.get("level") == "zone" and m.attrs.get("parent")]
        for m in regions:
            if m.attrs.get("level") == "zone" and not m.attrs.get("parent"):
                match = next((f for f in full if self._zone_short(f.text).endswith(m.text)), None)
                if match:
                    m.key = match.key
                    m.attrs.update(parent=match.attrs["parent"], qualified=match.attrs.get("qualified"))

    def _zone_short(self, name: str) -> str:
        """A zone's name with its ending written short (济南高新技术产业开发区 → 济南高新区)."""
        long = next((w for w in self.lex.zone_short_forms if name.endswith(w)), None)
        return name[:-len(long)] + self.lex.zone_short_forms[long] if long else name


#: A company's name in Latin letters: a capital, then letters (Kessler, Medisafe; not AED, CT: all capitals and short).
_LATIN_NAME = re.compile(r"(?<![A-Za-z0-9])[A-Z](?=[A-Za-z0-9&\-]*[a-z])[A-Za-z0-9&\-]{2,29}(?![A-Za-z0-9])")


@lru_cache(maxsize=1)
def _central_enterprises() -> list[dict]:
    """The central state-owned enterprises, each its registered ``name`` and its ``short`` names
    (``kg/data/central_enterprises.toml``)."""
    with resources.files("kg.data").joinpath("central_enterprises.toml").open("rb") as fh:
        return tomllib.load(fh)["enterprise"]


def region_entity(gaz: gz.Gazetteer, key: str) -> Entity | None:
    """The gazetteer's description of a region key (name, level, parent, code, coordinates, side)."""
    place = gaz.place(key)
    if place is None:
        return None
    attrs = dict(level=place.level, official_name=place.name, qualified=gaz.qualified(place.key),
                 code=place.code, parent=place.parent, lat=place.lat, lon=place.lon)
    side = _side(gaz, place.key)
    if side:
        attrs["side"] = side
    return Entity(key=key, type="REGION", name=place.name, attrs=attrs)


def _province_form(gaz: gz.Gazetteer, m: Mention) -> bool:
    """A short form of a province (新疆 in 上海市对口支援新疆工作前方指挥部) names the province wherever it stands."""
    return bool(m.candidates) and all(gaz.place(k) is not None and gaz.place(k).level == "province" for k in m.candidates)


#: After a 挂职 post: "的" and maybe the holder's home and the noun that names him (的仓山区干部, 的).
_SECONDED_BY = re.compile(r"的(?:[\u4e00-\u9fff]{0,8}?(?:干部|同志))?")


def _by_start(regions: list[Mention]) -> dict[int, list[Mention]]:
    """Region mentions by where they start, in text order."""
    out: dict[int, list[Mention]] = {}
    for r in sorted(regions, key=lambda r: r.start):
        out.setdefault(r.start, []).append(r)
    return out


def _hospital_before_centre(name: str) -> int:
    """Where a hospital's name ends inside ``name`` when a department centre follows it (…中医医院康复中心), or 0."""
    m = _HOSPITAL_CENTRE.search(name)
    return m.start() + 2 if m else 0


def _numbered_long(short: str) -> str:
    """A middle school's number written short as its name's ending is, long (一中 → 第一中学; 十一中 → 第十一中学)."""
    return f"第{short[:-1]}中学" if _NUMBERED_SCHOOL.fullmatch(short) else ""


def _chain_end(by_start: dict[int, list[Mention]], start: int, limit: int) -> int:
    """Where the places written one after another from ``start`` end, none past ``limit`` (天津市|于田县…)."""
    pos = start
    while (nxt := next((r for r in by_start.get(pos, ()) if r.end <= limit), None)) is not None:
        pos = nxt.end
    return pos


def _subsequence(short: str, full: str) -> bool:
    """Whether the characters of ``short`` stand in ``full`` in the same order (浙大一院 in 浙江大学医学院附属第一医院)."""
    rest = iter(full)
    return all(ch in rest for ch in short)


def _clause_end(norm: str, pos: int) -> int:
    """Where the clause that ``pos`` is in ends: the next comma, full stop, semicolon or line end."""
    return min([i for i in (norm.find(c, pos) for c in "，,。；;\n") if i >= 0] or [len(norm)])


def _in_book_title(norm: str, start: int, end: int) -> bool:
    """Whether ``norm[start:end]`` lies inside the 《…》 of a title on its line (《闽宁商会协作框架协议》): a name there
    names the document, not a party."""
    opened = norm.rfind("《", norm.rfind("\n", 0, start) + 1, start)
    if opened < 0 or norm.rfind("》", opened, start) >= 0:
        return False
    line_end = norm.find("\n", end)
    closed = norm.find("》", end, line_end if line_end >= 0 else len(norm))
    return closed >= 0 and norm.rfind("《", end, closed) < 0


def _clause_start(norm: str, pos: int) -> int:
    best = -1
    for c in "，,。；;：:\n！？!?“”\"":
        best = max(best, norm.rfind(c, 0, pos))
    # an opening bracket still open at pos (王浩然（挂职…), not one closed before it (副县长（挂职）、湖州市…组长)
    bracket = max(norm.rfind(c, 0, pos) for c in "（(")
    if bracket > best and not any(c in norm[bracket:pos] for c in "）)"):
        best = bracket
    return best + 1


def _parent(key: str) -> str:
    """The key a township's or village's key hangs under (region:…/瀛湖镇 → region:…)."""
    return key.rsplit("/", 1)[0]


_SENT_BY_LINE = re.compile(r"^[0-9年月日]{0,12}由[\u4e00-\u9fff]{2,12}?(?:选派|派驻|派出)")  # (2023年7月由鄞州区选派…)
_SENT_LINE = re.compile(r"[，,](?:支教|支医|支农|挂职)")  # a list line's unit, then where its person was sent
#: After a company's short name of two or three: an edge, or the company acting (温氏派驻威宁的…, 建发投资…).
_SHORT_NAME_AFTER = re.compile(r"$|[^\u4e00-\u9fff]|[、与和及等由向在为]|派驻|派出|选派|投资|捐赠|捐资|出资")
#: What runs on from a press name into a subsidiary's name (中建|三局, 中铁|建工集团, 国网|青海省电力公司).
_SUBSIDIARY_AFTER = re.compile(r"[一二三四五六七八九十]|[^\W向在为给对与和及的从到把将还也已又]{0,6}?(?:集团|公司|局|分行|支行)")
_SHORT_NAME_EDGE = re.compile(r"$|[^\u4e00-\u9fff]|[、与和及等由向]")  # around a company's short name of two
_DEPARTMENT_GAP = re.compile(r"(?:[\u4e00-\u9fff]{1,3}[与和])?")  # (大学|汽车与|交通学院)


def _within(inner: str, outer: str) -> bool:
    """Whether the place of key ``inner`` lies inside the division of key ``outer`` (by their codes)."""
    code, outer_code = inner.split("/")[0].rsplit(":", 1)[-1], outer.split("/")[0].rsplit(":", 1)[-1]
    prefix = outer_code.rstrip("0")
    prefix += "0" * (len(prefix) % 2)
    return bool(prefix) and code != outer_code and code.startswith(prefix)


def _level_from_name(name: str) -> str:
    for sfx, level in LEVEL_BY_SUFFIX:
        if name.endswith(sfx):
            return level
    return "county"


@lru_cache(maxsize=1)
def _sides() -> dict[str, str]:
    with resources.files("kg.data").joinpath("east_west.toml").open("rb") as fh:
        data = tomllib.load(fh)
    out = {}
    for side in ("east", "west"):
        for code in data[side]["provinces"]:
            out[str(code)] = side
    return out


def _side(gaz: gz.Gazetteer, key: str) -> str | None:
    chain = gaz.chain(key)
    if chain and chain[-1].key == gz.xpcc()["key"]:
        return gz.xpcc()["side"]  # the Corps has no division code
    if not chain or not chain[-1].code:
        return None
    return _sides().get(chain[-1].code[:2])
