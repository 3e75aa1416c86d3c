"""Hand-made ArticleResults for the graph, ontology and validation tests.

Two short articles in the style of the seeds.  Offsets are computed from the
text, so the evidence is always a true slice of it.
"""
from __future__ import annotations

from decimal import Decimal

from kg.model import Article, ArticleResult, Entity, Relation

HANBIN = "region:610902000000"
ANKANG = "region:610900000000"
SHAANXI = "region:610000000000"
WUJIN = "region:320412000000"
YINGHU = "region:610902000000/瀛湖镇"
HOSPITAL_HB = "org:汉滨区第三人民医院"
HOSPITAL_WJ = "org:武进人民医院"
ZHANG = "person:张佳炜|汉滨区"
WANG_HB = "person:王伟|汉滨区"
WANG_WJ = "person:王伟|武进区"

TEXT_A = (
    "武进区·汉滨区对口帮扶纪实\n"
    "武进区与汉滨区结对帮扶。"
    "2023年，武进区向汉滨区拨付帮扶资金2.018亿元。"
    "武进区选派25名党政干部到汉滨区挂职，张佳炜任汉滨区副区长。"
    "汉滨区第三人民医院与武进人民医院结对。"
)
TEXT_B = (
    "\n\n苏陕协作\n"
    "常州市武进区向陕西省安康市汉滨区捐赠物资370余万元。"
    "瀛湖镇属于汉滨区。"
    "汉滨区的王伟和武进区的王伟都是医生。"
)


def sentence(text: str, needle: str) -> tuple[str, int, int]:
    """The sentence of ``text`` that contains ``needle``, with its offsets."""
    at = text.index(needle)
    start = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
    end = text.index("。", at) + 1
    return text[start:end], start, end


def region(key, name, level, aliases=(), **attrs) -> Entity:
    code = key.split(":", 1)[1]
    attrs = {"level": level, **attrs}
    if code.isdigit():
        attrs.setdefault("code", code)
    return Entity(key=key, type="REGION", name=name, aliases=set(aliases), attrs=attrs)


def article_a() -> ArticleResult:
    text = TEXT_A
    art = Article(doc_id="a_0001", text=text, source="a_0001.txt", date="2023-06-05",
                  url="https://example.org/news?id=1&x=%E6%B1%89 ]")
    ents = [
        region(HANBIN, "汉滨区", "county", {"汉滨"}, qualified="陕西省安康市汉滨区", parent=ANKANG, side="west"),
        region(ANKANG, "安康市", "prefecture", parent=SHAANXI, side="west", lat=32.68, lon=109.03),
        region(SHAANXI, "陕西省", "province", side="west"),
        region(WUJIN, "武进区", "county", {"武进"}, side="east"),
        Entity(key=HOSPITAL_HB, type="HOSPITAL", name="汉滨区第三人民医院", attrs={"region": HANBIN}),
        Entity(key=HOSPITAL_WJ, type="HOSPITAL", name="武进人民医院", attrs={"region": WUJIN}),
        Entity(key=ZHANG, type="OFFICIAL", name="张佳炜", attrs={"title": "汉滨区副区长", "region": HANBIN}),
    ]
    s1, s2, s3, s4 = (sentence(text, n) for n in ("结对帮扶", "拨付", "选派", "第三人民医院与"))
    rels = [
        Relation("pairs_with", WUJIN, HANBIN, *s1),
        Relation("funds", WUJIN, HANBIN, *s2, amount_cny=Decimal("201800000"), year="2023", kind="aid"),
        Relation("seconds_staff_to", WUJIN, HANBIN, *s3, headcount=25, secondees=(ZHANG,)),
        Relation("pairs_with", HOSPITAL_HB, HOSPITAL_WJ, *s4),
    ]
    return ArticleResult(art, {e.key: e for e in ents}, rels)


def article_b() -> ArticleResult:
    text = TEXT_B
    art = Article(doc_id="b_0002", text=text, source="b.jsonl", line=3)
    ents = [
        region(HANBIN, "汉滨区", "county", {"安康市汉滨区"}, qualified="陕西省安康市汉滨区", parent=ANKANG, side="west"),
        region(WUJIN, "武进区", "county", {"常州市武进区"}, qualified="江苏省常州市武进区", side="east"),
        region(YINGHU, "瀛湖镇", "township", parent=HANBIN, side="west", qualified="陕西省安康市汉滨区瀛湖镇"),
        Entity(key=WANG_HB, type="PERSON", name="王伟", attrs={"region": HANBIN}),
        Entity(key=WANG_WJ, type="PERSON", name="王伟", attrs={"region": WUJIN}),
    ]
    s1 = sentence(text, "捐赠")
    rels = [Relation("funds", WUJIN, HANBIN, *s1, amount_cny=Decimal("3700000"), approx=True, kind="donation")]
    return ArticleResult(art, {e.key: e for e in ents}, rels)
