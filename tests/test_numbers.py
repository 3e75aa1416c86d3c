"""Amounts, years, periods and headcounts as the rules read them (extraction guide, ``funds`` and
``seconds_staff_to`` attributes).  Sentences are new, in the style of the held-out pairs."""
from decimal import Decimal

import pytest

from kg.relations import cn_number, find_money, find_year

# (text, amounts in yuan, approx flags)
MONEY = (
    # written in English, in order with the yuan after it
    ("累计捐赠物资约RMB 1.2 million，另拨付资金300万元", [1200000, 3000000], [True, False]),
    ("累计投入财政帮扶资金1.945亿元", [194500000], [False]),
    ("捐赠价值370余万元的物资", [3700000], [True]),
    ("现已累计捐助近225万元", [2250000], [True]),
    ("拨付帮扶资金两亿元", [200000000], [False]),
    ("帮扶财政资金5590万元", [55900000], [False]),
    ("投资2.018亿元建设纺织产业园", [201800000], [False]),
    ("捐赠价值45.6万元的救护车", [456000], [False]),
    ("捐款100万元、捐赠价值50万元的防疫物资", [1000000, 500000], [False, False]),
)
# garbled numbers in the sources: no amount rather than a wrong one
NO_MONEY = ("每年-元支持产业发展", "带动建档立卡贫困户近户", "投入资金万元", "实施项目136个")
YEARS = (
    ("2016至2022年，济南市累计投入财政援助资金12.6亿元。", "2016-2022"),
    ("2016年至2022年，累计拨付8.2亿元。", "2016-2022"),
    ("2023年，福州市向固原市拨付资金3.28亿元。", "2023"),
    ("今年以来，闵行区累计投入资金5000万元。", None),
)
CN_NUMERALS = (("两", 2), ("十二", 12), ("二十五", 25), ("一百二十", 120), ("三千", 3000), ("1520", 1520))
# (sentence, funder, recipient, amount, approx) through the whole pipeline
FUND_AMOUNTS = (
    ("2021年以来，番禺区累计向从江县投入财政帮扶资金1.945亿元。", "番禺区", "从江县", 194500000, False),
    ("2023年，福州市向固原市拨付东西部协作财政援助资金3.28亿元。", "福州市", "固原市", 328000000, False),
    ("章丘区今年向康乐县拨付帮扶资金两亿元。", "章丘区", "康乐县", 200000000, False),
    ("海淀区向堆龙德庆区捐赠价值300余万元的教学设备。", "海淀区", "堆龙德庆区", 3000000, True),
    ("天津食品集团有限公司向庄浪县捐助近225万元。", "天津食品集团有限公司", "庄浪县", 2250000, True),
    ("西城区向张北县捐赠价值40万元药品，20万元体育器材，10万元防护物资。", "西城区", "张北县", 700000, False),
    ("建邺区向湟中区拨付帮扶资金1500万元，并捐赠价值200万元的医疗设备。", "建邺区", "湟中区", 17000000, False),
)
# sentence, funder, recipient: amount garbled → relation without an amount (or none at all)
FUND_GARBLED = (
    ("吴江区每年-元支持宜君县发展产业。", "吴江区", "宜君县"),
)
HEADCOUNTS = (
    ("闵行区选派25名党政干部、60名专业技术人员到红河州挂职。", "闵行区", "红河州", 85),
    ("宜君县选派20名村干部到吴江区挂职学习。", "宜君县", "吴江区", 20),
    ("河东区选派党政干部8人、专业技术人才35人到庄浪县工作。", "河东区", "庄浪县", 43),
    ("济南市选派党政干部86名、专业技术人才1520名到临夏州挂职帮扶。", "济南市", "临夏州", 1606),
    ("苏州市选派十二名援藏干部赴林周县开展援藏工作。", "苏州市", "林周县", 12),
    # a count of people before a noun opening with 民 (五名民宿管家)
    ("德清县民宿行业协会选派五名民宿管家到剑阁县驻村指导。", "德清县民宿行业协会", "剑阁县", 5),
    # a clause after sending more, naming no other place
    ("怀柔区今年已选派5名党政干部到化德县挂职，选派38名医生、教师、农技人员开展支医支教支农。", "怀柔区", "化德县", 43),
)


@pytest.mark.parametrize("text,amounts,approx", MONEY)
def test_numbers_money_reads_amounts_in_yuan(text, amounts, approx):
    found = find_money(text)
    assert [int(m.amount) for m in found] == amounts
    assert [m.approx for m in found] == approx


@pytest.mark.parametrize("text", NO_MONEY)
def test_numbers_money_garbled_gives_no_amount(text):
    assert find_money(text) == []


@pytest.mark.parametrize("text,year", YEARS)
def test_numbers_years_and_periods(text, year):
    assert find_year(text) == year


@pytest.mark.parametrize("text,value", CN_NUMERALS)
def test_numbers_chinese_numerals(text, value):
    assert cn_number(text) == value


@pytest.mark.parametrize("text,funder,recipient,amount,approx", FUND_AMOUNTS)
def test_numbers_funds_amount_through_pipeline(extract, text, funder, recipient, amount, approx):
    r = extract(text).relation("funds", funder, recipient)
    assert r is not None, extract(text).facts("funds")
    assert r.amount_cny == Decimal(amount)
    assert r.approx is approx


@pytest.mark.parametrize("text,funder,recipient", FUND_GARBLED)
def test_numbers_funds_garbled_amount_is_absent(extract, text, funder, recipient):
    r = extract(text).relation("funds", funder, recipient)
    assert r is None or r.amount_cny is None


def test_numbers_funds_year_of_period(extract):
    r = extract("2016至2022年，济南市累计向临夏州投入财政援助资金12.6亿元。").relation("funds", "济南市", "临夏州")
    assert r is not None
    assert (r.year, r.amount_cny) == ("2016-2022", Decimal(1260000000))


def test_numbers_funds_separately_gives_each_the_amount(extract):
    x = extract("福州市民政局、福州市慈善总会分别向西吉县捐赠10万元防疫物资。")
    for funder in ("福州市民政局", "福州市慈善总会"):
        r = x.relation("funds", funder, "西吉县")
        assert r is not None, x.facts("funds")
        assert r.amount_cny == Decimal(100000)
        assert not r.joint


def test_numbers_funds_part_of_amount_is_not_added(extract):
    x = extract("今年，萧山区向泸定县拨付帮扶资金3200万元，其中1200万元用于磨西镇震后恢复重建。")
    r = x.relation("funds", "萧山区", "泸定县")
    assert r is not None
    assert r.amount_cny == Decimal(32000000)


@pytest.mark.parametrize("text,sender,receiver,count", HEADCOUNTS)
def test_numbers_headcount_summed_over_groups(extract, text, sender, receiver, count):
    x = extract(text)
    r = x.relation("seconds_staff_to", sender, receiver)
    assert r is not None, x.facts("seconds_staff_to")
    assert r.headcount == count


def test_numbers_headcount_not_from_beneficiaries(extract):
    x = extract("闵行区选派3名干部到元阳县挂职，帮助当地1200余名群众就业。")
    r = x.relation("seconds_staff_to", "闵行区", "元阳县")
    assert r is not None and r.headcount == 3


@pytest.mark.parametrize("text,sender,receiver,count", [
    ("2021年至2023年，东营市累计向酉阳县选派支教教师127人次，培训本地教师3200余人次。", "东营市", "酉阳县", 127),
    ("2021年以来，广州市共选派职业教育支教教师126人次、管理干部9人到毕节市开展帮扶。", "广州市", "毕节市", 135),
])
def test_numbers_headcount_in_people_times_of_those_sent(extract, text, sender, receiver, count):
    # 人次 counts those sent, not those the sent trained (培训…3200余人次)
    x = extract(text)
    r = x.relation("seconds_staff_to", sender, receiver)
    assert r is not None, x.facts("seconds_staff_to")
    assert r.headcount == count


@pytest.mark.parametrize("text,funder,recipient,amount", (
    # a difference from a year named is no more money
    ("全年无锡市支持延安市财政援助资金2.95亿元，较2022年增加1100万元。", "无锡市", "延安市", 295_000_000),
    # how much has been paid so far of the amounts stated is a part of them
    ("今年闵行区安排元阳县、绿春县财政援助资金分别为9820万元、8780万元，截至5月底已拨付1.1亿元。", "闵行区", "绿春县", 87_800_000),
    # trade through what was built is no money given
    ("2024年，深圳市华润供应链管理有限公司在霍尔果斯市投资1.6亿元建成跨境电商监管仓，今年上半年进出口货值突破12亿元。",
     "深圳市华润供应链管理有限公司", "霍尔果斯市", 160_000_000),
    # a cap on what each gets is no sum given
    ("中山市今年安排东西部协作资金3150万元支持昭通市帮扶车间建设，对新建车间给予最高30万元的一次性建设补助。", "中山市", "昭通市",
     31_500_000),
))
def test_numbers_funds_amount_not_added_from_a_difference_or_a_part_paid(extract, text, funder, recipient, amount):
    r = extract(text).relation("funds", funder, recipient)
    assert r is not None and r.amount_cny == Decimal(amount)


def test_numbers_funds_the_amount_put_in_of_an_investment_agreed(extract):
    x = extract("昆山宏达精密五金有限公司2023年在碧江区协议投资3亿元，目前已完成投资1.9亿元。")
    r = x.relation("funds", "昆山宏达精密五金有限公司", "碧江区")
    assert r is not None and r.amount_cny == Decimal(190_000_000), x.relations


def test_numbers_funds_the_amount_paid_of_a_plan_said_far_after_it(extract):
    x = extract("2024年，闽侯县计划安排财政援助资金4650万元支持彭阳县实施协作项目23个，截至4月底已向彭阳县拨付2980万元。")
    r = x.relation("funds", "闽侯县", "彭阳县")
    assert r is not None and r.amount_cny == Decimal(29_800_000)


def test_numbers_headcount_not_added_from_a_clause_sending_elsewhere(extract):
    x = extract("怀柔区今年已选派5名党政干部到化德县挂职，选派38名医生到商都县开展支医。")
    r = x.relation("seconds_staff_to", "怀柔区", "化德县")
    assert r is not None and r.headcount == 5, x.relations


def test_numbers_headcount_each_receiver_its_own_group_separately(extract):
    x = extract("长乐区选派11名教师、8名医生分别到泾源县高级中学、泾源县人民医院开展为期一年的支教支医。")
    counts = {x.entities[r.tail].name: r.headcount for r in x.relations if r.type == "seconds_staff_to"}
    assert counts == {"泾源县高级中学": 11, "泾源县人民医院": 8}, counts


@pytest.mark.parametrize("text,sender,receiver,count", (
    # those a party has in a place, counted after 挂职的
    ("目前，宝坻区在合水县挂职的党政干部4名、专业技术人员17名，均已完成轮换到岗。", "宝坻区", "合水县", 21),
    # groups joined by 和
    ("目前，江宁区共有9名党政干部和24名专业技术人才在柞水县挂职或开展帮扶。", "江宁区", "柞水县", 33),
    # A在B派驻…
    ("目前，福建省农业科学院在西吉县派驻专家3名、技术员6名，实现重点村全覆盖。", "福建省农业科学院", "西吉县", 9),
    # the count of those held there after a cadre sent is named without one
    ("津南区选派挂职环县县委常委、副县长的孙浩然介绍，目前津南区共有5名党政干部、23名专业技术人员在环县挂职或开展帮扶工作。",
     "津南区", "环县", 28),
))
def test_numbers_headcount_of_those_a_party_has_in_a_place(extract, text, sender, receiver, count):
    x = extract(text)
    assert any(r.headcount == count for r in x.relations if r.type == "seconds_staff_to" and
               (x.name(r.head), x.name(r.tail)) == (sender, receiver)), x.relations


def test_numbers_headcount_no_sender_from_a_place_sent_to(extract):
    x = extract("全年，佛山共选派支教教师312名，其中向黔东南州选派198名、向毕节市选派114名。")
    assert not any(x.name(r.head) == "黔东南州" for r in x.relations), x.relations


def test_numbers_headcount_each_place_its_own_count_listed(extract):
    x = extract("其中，河西区派驻宕昌县41人、西和县35人。")
    counts = {(x.name(r.head), x.name(r.tail)): r.headcount for r in x.relations if r.type == "seconds_staff_to"}
    assert counts == {("河西区", "宕昌县"): 41, ("河西区", "西和县"): 35}, counts
    x = extract("宕昌县选派20名、西和县选派18名干部和技术人员到河西区跟岗学习。")
    counts = {(x.name(r.head), x.name(r.tail)): r.headcount for r in x.relations if r.type == "seconds_staff_to"}
    assert counts == {("宕昌县", "河西区"): 20, ("西和县", "河西区"): 18}, counts
